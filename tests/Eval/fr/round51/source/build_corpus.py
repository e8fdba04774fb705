"""Round 51, French (fr-FR, fr-CA): a new author's own mix, written blind at the end of the fifty-eighth session (brief
WRITER65.md), for the next session's tuner. About two fifths of the lines fr-CA.
Speakers and situations chosen apart from round 50 (no Alsaciens, Bretons, Normands, Marseillais, Ch'tis, Lyonnais,
Toulousains, Corses, Réunionnais, Antillais, Franco-Algerian, Franco-Portuguese, Franco-Vietnamese, Franco-Turkish or
Franco-Congolese families, British, Italian, Ukrainian or Korean learners, Acadiens of New Brunswick's south-east,
Franco-Ontariens, Saguenéens and Jeannois, Gaspésiens and Madelinots, Haitian Montrealers, Lebanese Montrealers,
Beaucerons, Franco-Manitobains, Anglo-Montrealers; none of round 50's jobs, school years, games or home situations),
from the groups round 50 lists as avoided from round 49 (Dauphinois, Limousins, Héraultais, Béarnais, Ardennais,
Franco-Senegalese, Franco-Russian or Franco-Comorian families, Chinese, Filipino, Afghan or Czech learners,
Franco-Terre-Neuviens, Franco-Nunavois, Fort McMurray workers, Filipino Montrealers, Guatemalan and Mexican farm
workers, Sephardic or Ahuntsic-Cartierville Montrealers; none of round 49's jobs, school years, games or home
situations) and from round 48 (Francs-Comtois, Ligériens, Charentais, Périgourdins, Stéphanois, Saint-Pierrais,
Franco-Brazilian, Franco-Spanish and Franco-Malagasy families, German, Indian, Nigerian and Swedish learners,
South-West Montrealers, Appalachians, Franco-Yukoners, Franco-Ténois, Cajuns, Franco-Americans of New England,
Acadians of Prince Edward Island, Punjabi and Iranian Montrealers).
fr-FR speakers: Basques of Bayonne, Biarritz and Saint-Jean-de-Luz ("agur", "aupa", "adiskide", the pelote, the fêtes
de Bayonne, the gâteau basque), Auvergnats of Clermont-Ferrand and the Cantal ("ben voyons", "c'est pas le tout", the
aligot, Michelin, the volcanoes, the ASM), Bordelais ("gavé", "une poche", "un de ces caumes", the vendanges, the dune
du Pilat), Niçois ("adieu" as hello, "pitchoun", "fada", the socca, the Promenade), Lorrains of Nancy and Metz
("beuh", "schlapp", the mirabelles, the place Stanislas), Savoyards ("y" as in "y faut", "ça caillasse", the
tartiflette, the ski resorts), Picards of Amiens and the Baie de Somme ("ej", "ch'est", "mi", "un bout d'pain", the
hortillonnages), teenagers of the 93 and the 94 ("frérot", "le sang", "chanmé", "relou", "c'est ouf"), Franco-Malian
families of Montreuil ("i ni ce", "ko", "mon vieux père", the tontine, the foyer), Franco-Polish families of the old
mining towns ("babcia", "dzienkouyé", "na zdrowie", the pierogi, the ducasse), Franco-Tamil families of La Chapelle
("amma", "appa", "aiyo", "seri", the Ganesh festival), Polynesians and Caledonians in the métropole ("ia ora na",
"fiu", "maururu", "tata", "c'est choc"), Guyanais and Mahorais ("mo ka", "jeje", "bweni", Kourou) and learners (a
Japanese cook, an American exchange student, a Polish nanny, a Syrian refugee: "sumimasen", "like", "so", "prochè",
"yani", article and gender errors).
fr-FR situations: work (a pharmacist, a long-haul lorry driver, a sapeur-pompier, a hairdresser, a postwoman, a ski
instructor, a Rungis porter, a cruise-ship steward), school (CM1, sixième, quatrième, terminale, the brevet, a BTS
tourisme, a prépa), games and TV (Trivial Pursuit, Tout le monde veut prendre sa place, Le Maillon faible, Motus,
Slam, GeoGuessr) and home (moving house, the Six Nations, a bedtime story, a barbecue, a baby shower, the Saturday
market, a wedding quiz).
fr-CA speakers: Trifluviens and Mauriciens ("ben là", "c'est ben l'fun", the Grand Prix, the pont Laviolette),
Abitibiens of Rouyn-Noranda, Val-d'Or and Amos ("mon chum", "le bois", the forestière), Bas-Laurentiens and
Côte-Nordiens of Rimouski, Matane and Sept-Îles ("le traversier", the minerai, the Manic), Estriens of Sherbrooke,
Magog and Coaticook ("pantoute", "c'est correct", the Vermont border), Outaouais of Gatineau ("de l'autre bord", "le
fédéral", the Bal de neige), people of Québec City and Lévis ("c'est malade", "icitte", the Carnaval, Bonhomme, the
Nordiques), Innus of Uashat mak Mani-utenam and Mashteuiatsh ("kuei", "tshinashkumitin", "nuitsheuakan", Innu Nikamu),
Moroccan Montrealers of Côte-des-Neiges ("wakha", "safi", "bsaha", "lalla", the ftour), Colombian Montrealers of
Villeray ("parce", "qué pena", "chévere", the arepas), Franco-Albertains of Edmonton and Saint-Paul ("ça fait que",
"mon homme", the rodeo, the canola) and Brayons of the Madawaska ("asteure", the république du Madawaska, the Foire
brayonne, the mill).
fr-CA situations: work (a snow-plough driver, a tree planter, a Hydro-Québec lineman, a dépanneur clerk, a flight
attendant, a cabane à sucre server, a trucker on the 20, an airport counter agent), school (maternelle, cinquième
année, secondaire cinq, the cégep, the DEC, Génies en herbe, the ministry exam), games (a hockey pool, Le Tricheur,
Atlas at the chalet, crib night) and home (the first of July move, a Sépaq camping, snowbirds in Florida, Halloween, a
garage sale, the temps des sucres).
Families per speaker group and situation, and the shared families (follow-up, plural-capitals, subdivision,
out-of-domain, help, stop, cancel, launch, yes-no-check, self-correction, reverse-question, official-name,
everyday-name, shared-name). Lines of rounds 1-50 are dropped.
Built by round12_hinl_corpus.py (build_round with round 51's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# --- fr-FR: Basques (Bayonne, Biarritz, Saint-Jean-de-Luz: "agur", "adiskide", "aupa", the pelote, the fêtes de Bayonne, the gâteau basque)
basques | alexa agur c'est quoi la capitale {} | de l'uruguay=UY; du chili=CL; de l'argentine=AR
basques | alexa aupa dis-moi la capitale {} adiskide | du venezuela=VE; de la colombie=CO; du panama=PA
basques | alexa pendant les fêtes de bayonne un gars en rouge et blanc m'a demandé la capitale {} | du costa rica=CR; du nicaragua=NI; du honduras=HN
basques | alexa à la pelote on jouait contre des gars {} ils ont quoi comme capitale | du mexique=MX; de cuba=CU; du guatemala=GT
basques | alexa en mangeant un gâteau basque on s'est demandé la capitale du salvador | SV
basques | alexa aupa la capitale de la navarre c'est quoi | FB
basques | alexa agur adiskide c'est quoi la capitale du pays basque | FB
basques | alexa à saint-jean-de-luz y a des surfeurs qui viennent {} c'est quoi la capitale | d'australie=AU; de nouvelle-zélande=NZ; d'hawaï=US-HI
basques | alexa mon cousin pêche le thon vers {} quelle est la capitale | les açores du portugal=PT; le cap-vert=CV; les seychelles=SC
# --- fr-FR: Auvergnats (Clermont-Ferrand, Aurillac, Le Puy: "ben voyons", "c'est pas le tout", the aligot, the Michelin factory, the volcans, the ASM)
auvergnats | alexa ben voyons c'est quoi la capitale {} | du tadjikistan=TJ; du kirghizstan=KG; de l'ouzbékistan=UZ
auvergnats | alexa c'est pas le tout mais c'est quoi la capitale {} | du turkménistan=TM; du kazakhstan=KZ; de la mongolie=MN
auvergnats | alexa chez michelin on a un collègue {} c'est quoi sa capitale | thaïlandais=TH; vietnamien=VN; indonésien=ID
auvergnats | alexa avant le match de l'asm on se demandait la capitale {} | des fidji=FJ; des tonga=TO; des samoa=WS
auvergnats | alexa en faisant l'aligot mémé demandait la capitale de l'islande | IS
auvergnats | alexa au puy-de-dôme y avait des randonneurs {} c'est quoi leur capitale | tchèques=CZ; slovaques=SK; slovènes=SI
auvergnats | alexa ben voyons c'est quoi la capitale de l'auvergne | FB
# --- fr-FR: Bordelais (Bordeaux, Arcachon, the Médoc: "gavé", "une poche", "il fait un de ces caumes", the cannelés, the vendanges, the Girondins)
bordelais | alexa c'est gavé dur ça la capitale {} | du burkina faso=BF; du niger=NE; du tchad=TD
bordelais | alexa il fait un de ces caumes dis-moi la capitale {} | de l'égypte=EG; de la libye=LY; du soudan=SD
bordelais | alexa mets-moi ça dans ta poche la capitale {} c'est quoi | de la jamaïque=JM; des bahamas=BS; de la barbade=BB
bordelais | alexa aux vendanges y a des saisonniers {} c'est quoi la capitale | bulgares=BG; roumains=RO; polonais=PL
bordelais | alexa à la dune du pilat un touriste m'a demandé la capitale du danemark | DK
bordelais | alexa le vin part beaucoup en chine c'est quoi leur capitale | CN
bordelais | alexa c'est quoi la capitale de la gironde | FB
# --- fr-FR: Niçois (Nice, Menton, the arrière-pays: "adieu" as hello, "pitchoun", "la socca", "fada", the Promenade, the carnaval de Nice)
nicois | alexa adieu c'est quoi la capitale {} | de monaco=MC; de saint-marin=SM; de malte=MT
nicois | alexa pitchoun veut savoir la capitale {} | de l'italie=IT; de la grèce=GR; de chypre=CY
nicois | alexa je suis pas fada mais c'est quoi la capitale {} déjà | de la croatie=HR; du monténégro=ME; de la bosnie=BA
nicois | alexa sur la promenade des anglais des russes m'ont demandé leur capitale pour rigoler | RU
nicois | alexa en mangeant la socca on s'est demandé la capitale de la tunisie | TN
nicois | alexa adieu c'est quoi la capitale des alpes-maritimes | FB
nicois | alexa à menton on voit {} c'est quoi la capitale là-bas | la ligurie italienne=IT; la corse=FB; monaco=MC
# --- fr-FR: Lorrains (Nancy, Metz, Épinal: "schlapp", "beuh", "c'est ouf de chez ouf", the quiche, the mirabelles, the place Stanislas)
lorrains | alexa beuh c'est quoi la capitale {} | de la sarre=DE-SL; de la hesse=DE-HE; de la thuringe=DE-TH
lorrains | alexa place stanislas un touriste {} m'a demandé sa capitale | saoudien=SA; qatari=QA; koweïtien=KW
lorrains | alexa j'ai mis mes schlapp c'est quoi la capitale {} | de la belgique=BE; du luxembourg=LU; de l'autriche=AT
lorrains | alexa à la cueillette des mirabelles on s'est demandé la capitale de la finlande | FI
lorrains | alexa c'est quoi la capitale de la lorraine | FB
lorrains | alexa à metz y a un stand {} au marché c'est quoi leur capitale | arménien=AM; géorgien=GE; azerbaïdjanais=AZ
# --- fr-FR: Savoyards (Annecy, Chambéry, the Tarentaise: "y", "la tartiflette", "ça caillasse", the ski resorts, the reblochon)
savoyards | alexa c'est quoi la capitale {} | du népal=NP; du bhoutan=BT; du bangladesh=BD
savoyards | alexa à val thorens y a des skieurs {} c'est quoi leur capitale | anglais=GB; hollandais=NL; suédois=SE
savoyards | alexa avec la tartiflette on se demandait la capitale {} | de la norvège=NO; du pakistan=PK; de l'afghanistan=AF
savoyards | alexa c'est quoi la capitale de la savoie | FB
savoyards | alexa y faut que je sache la capitale du lesotho | LS
# --- fr-FR: Picards (Amiens, Abbeville, the Baie de Somme: "ch'est", "ej", "mi", "un bout d'pain", the hortillonnages, the phoques)
picards | alexa ej voudrais savoir la capitale {} | de la zambie=ZM; du zimbabwe=ZW; du malawi=MW
picards | alexa ch'est quoi la capitale {} | du mozambique=MZ; de l'angola=AO; de la namibie=NA
picards | alexa à la baie de somme des anglais m'ont demandé la capitale du pays de galles | GB-WLS
picards | alexa mi j'sais pas la capitale du botswana | BW
picards | alexa c'est quoi la capitale de la picardie | FB
# --- fr-FR: Parisian teenagers of the 93 and the 94 (Saint-Denis, Créteil: "wallah" avoided, "chanmé", "ouf", "relou", "le sang", "frérot", verlan)
ados-banlieue | alexa frérot c'est quoi la capitale {} | du nigéria=NG; du ghana=GH; du cameroun=CM
ados-banlieue | alexa le sang dis-moi la capitale {} c'est pour un devoir relou | de la côte d'ivoire=CI; de la guinée=GN; du togo=TG
ados-banlieue | alexa c'est ouf j'connais pas la capitale {} | du bénin=BJ; de la sierra leone=SL; du libéria=LR
ados-banlieue | alexa vas-y donne la capitale {} wesh | de la gambie=GM; de la guinée-bissau=GW; de la mauritanie=MR
ados-banlieue | alexa c'est chanmé la capitale du brésil c'est laquelle | BR
ados-banlieue | alexa t'es relou réponds c'est quoi la capitale de l'érythrée | ER
ados-banlieue | alexa frérot elle a quoi comme capitale la seine-saint-denis | FB
ados-banlieue | alexa c'est quoi la capitale du rap français | FB
# --- fr-FR: Franco-Malian families (Montreuil, Bamako links: "i ni ce", "tonton" avoided, "ko", "mon vieux père", the tontine, the thiéboudiène)
franco-maliens | alexa i ni ce c'est quoi la capitale {} | du mali=ML; du sénégal=SN; du niger=NE
franco-maliens | alexa mon vieux père demande la capitale {} | du burkina=BF; de la guinée conakry=GN; de la mauritanie=MR
franco-maliens | alexa à la tontine les femmes se demandaient la capitale {} | du soudan du sud=SS; de l'éthiopie=ET; de la somalie=SO
franco-maliens | alexa ko la capitale de djibouti c'est quoi | DJ
franco-maliens | alexa au foyer de montreuil on se demandait la capitale de la république centrafricaine | CF
# --- fr-FR: Franco-Polish families (Lens, Douai, the old mining towns: "babcia", "dzienkouyé", "na zdrowie", the pierogi, the ducasse)
franco-polonais | alexa babcia veut savoir la capitale {} | de la pologne=PL; de la lituanie=LT; de la biélorussie=BY
franco-polonais | alexa dzienkouyé et c'est quoi la capitale {} | de l'ukraine=UA; de la slovaquie=SK; de la hongrie=HU
franco-polonais | alexa na zdrowie et dis-moi la capitale de la lettonie | LV
franco-polonais | alexa en faisant les pierogi on se demandait la capitale de l'estonie | EE
franco-polonais | alexa c'est quoi la capitale de la silésie | FB
# --- fr-FR: Franco-Tamil families (La Chapelle, Sri Lankan and Pondicherry roots: "amma", "appa", "seri", "aiyo", the Ganesh festival, the dosa)
franco-tamouls | alexa amma demande la capitale {} | du sri lanka=LK; de l'inde=IN; des maldives=MV
franco-tamouls | alexa aiyo c'est quoi la capitale {} | du tamil nadu=IN-TN; du kerala=IN-KL; du karnataka=IN-KA
franco-tamouls | alexa seri et la capitale de pondichéry c'est quoi | IN-PY
franco-tamouls | alexa appa dit que la capitale du sri lanka c'est colombo c'est vrai | LK
franco-tamouls | alexa à la fête de ganesh on se demandait la capitale de la malaisie | MY
franco-tamouls | alexa c'est quoi la capitale de l'andhra pradesh | IN-AP
# --- fr-FR: Calédoniens and Polynésiens in the métropole ("ia ora na", "fiu", "maururu", "tata", "c'est choc", the tamure, the bougna)
oceaniens | alexa ia ora na c'est quoi la capitale {} | de la polynésie=PF; de wallis-et-futuna=WF; de la nouvelle-calédonie=NC
oceaniens | alexa c'est choc tata c'est quoi la capitale {} | du vanuatu=VU; des îles salomon=SB; de la papouasie-nouvelle-guinée=PG
oceaniens | alexa fiu dis-moi la capitale {} | des îles cook=CK; de niue=NU; des tokelau=TK
oceaniens | alexa maururu et c'est quoi la capitale des tuvalu | TV
oceaniens | alexa la capitale de kiribati c'est quoi | KI
oceaniens | alexa c'est quoi la capitale de nauru | NR
oceaniens | alexa ia ora na la capitale des palaos c'est laquelle | PW
oceaniens | alexa c'est quoi la capitale des îles marshall | MH
oceaniens | alexa la capitale de la micronésie | FM
# --- fr-FR: Guyanais and Mahorais ("ka", "mo", "bweni", "jeje", the carnaval de Cayenne, the Kourou launches, the mabawas)
guyanais-mahorais | alexa mo ka mandé la capitale {} | du suriname=SR; du guyana=GY; de la guyane=GF
guyanais-mahorais | alexa jeje c'est quoi la capitale {} | de mayotte=YT; des comores=KM; de madagascar=MG
guyanais-mahorais | alexa à kourou les ingénieurs {} c'est quoi leur capitale | italiens=IT; allemands=DE; japonais=JP
guyanais-mahorais | alexa bweni veut savoir la capitale de maurice | MU
guyanais-mahorais | alexa c'est quoi la capitale de saint-laurent-du-maroni | FB
# --- fr-FR: learners (a Japanese cook in Paris, an American exchange student in Aix, a Polish nanny, a Syrian refugee in Grenoble: "sumimasen", "like", "prochè", "yani", gender errors)
apprenants | alexa sumimasen quel est le capitale {} | du japon=JP; de la corée du sud=KR; de la chine=CN
apprenants | alexa euh like c'est quoi le capital {} | de le canada=CA; de la mexique=MX; de les états-unis=US
apprenants | alexa prochè la capitale de le {} c'est quoi | portugal=PT; irlande=IE; islande=IS
apprenants | alexa yani c'est quoi capitale {} | syrie=SY; jordanie=JO; liban=LB
apprenants | alexa moi veux savoir capital de le irak | IQ
apprenants | alexa excusez-moi quelle est la capitale de la israël | IL
apprenants | alexa sumimasen la capitale de taïwan s'il vous plaît | TW
apprenants | alexa okay so euh la capitale de le nouveau-mexique | US-NM
apprenants | alexa je cherche capitale de l'iran s'il vous plaît | IR
apprenants | alexa prochè quelle capitale pour la tchéquie | CZ
# --- fr-FR work: a pharmacist, a long-haul lorry driver, a sapeur-pompier, a hairdresser, a postwoman, a ski instructor, a Rungis porter, a cruise-ship steward
travail-fr | alexa entre deux ordonnances c'est quoi la capitale {} | du kenya=KE; de l'ouganda=UG; de la tanzanie=TZ
travail-fr | alexa je suis routier je livre {} ce soir c'est quoi la capitale | en slovénie=SI; en croatie=HR; en serbie=RS
travail-fr | alexa à la caserne on fait un quiz la capitale {} | du rwanda=RW; du burundi=BI; du gabon=GA
travail-fr | alexa une cliente sous le casque demande la capitale {} | du brunei=BN; du cambodge=KH; du laos=LA
travail-fr | alexa en tournée de facteur j'ai une lettre pour {} c'est quoi la capitale | le yémen=YE; oman=OM; bahreïn=BH
travail-fr | alexa mes élèves de ski viennent {} c'est quoi leur capitale | du danemark=DK; de belgique=BE; de lettonie=LV
travail-fr | alexa à rungis les mangues arrivent {} c'est quoi la capitale | du pérou=PE; de côte d'ivoire=CI; du brésil=BR
travail-fr | alexa sur le paquebot on fait escale {} c'est quoi la capitale | à sainte-lucie=LC; à la grenade=GD; à antigua=AG
travail-fr | alexa la prochaine escale c'est saint-vincent c'est quoi la capitale | VC
travail-fr | alexa pour le pharmacien c'est quoi la capitale de la guinée équatoriale | GQ
travail-fr | alexa au dépôt de la poste c'est quoi la capitale de sao tomé | ST
travail-fr | alexa pause café à la caserne c'est quoi la capitale de l'eswatini | SZ
# --- fr-FR school: CM1, sixième, terminale, a BTS tourisme, a prépa, a brevet revision night
ecole-fr | alexa pour mon contrôle de cm un c'est quoi la capitale {} | de l'espagne=ES; de l'allemagne=DE; du royaume-uni=GB
ecole-fr | alexa en sixième on apprend les capitales c'est quoi celle {} | de la suède=SE; de la finlande=FI; de l'irlande=IE
ecole-fr | alexa pour mon exposé de terminale sur {} c'est quoi la capitale | le soudan=SD; l'érythrée=ER; le tchad=TD
ecole-fr | alexa en bts tourisme on doit connaître la capitale {} | de la dominique=DM; de saint-kitts=KN; de trinité-et-tobago=TT
ecole-fr | alexa révision du brevet la capitale {} | du vietnam=VN; des philippines=PH; de singapour=SG
ecole-fr | alexa le prof de prépa a demandé la capitale du timor oriental | TL
ecole-fr | alexa pour mes devoirs quelle est la capitale du belize | BZ
ecole-fr | alexa maman dit de demander la capitale du sénégal pour ma fiche | SN
ecole-fr | alexa en géo on a un dm sur la capitale de la macédoine du nord | MK
ecole-fr | alexa c'est quoi la capitale de l'europe pour mon exposé | FB
# --- fr-FR games and TV: Trivial Pursuit, Tout le monde veut prendre sa place, Le Maillon faible, Motus, GeoGuessr, Slam
jeux-fr | alexa au trivial pursuit la question c'est la capitale {} | du myanmar=MM; de la birmanie=MM; du kirghizstan=KG
jeux-fr | alexa dans tout le monde veut prendre sa place ils ont demandé la capitale {} | de l'équateur=EC; de la bolivie=BO; du paraguay=PY
jeux-fr | alexa le maillon faible a pas su la capitale {} tu la sais toi | de l'albanie=AL; de la moldavie=MD; du kosovo=XK
jeux-fr | alexa sur geoguessr je suis tombé {} c'est quoi la capitale | en mongolie=MN; au kazakhstan=KZ; en azerbaïdjan=AZ
jeux-fr | alexa à motus le mot c'était la capitale du chili c'est quoi | CL
jeux-fr | alexa dans slam la réponse c'était la capitale de la guyana | GY
jeux-fr | alexa au trivial la carte bleue dit capitale de l'ouzbékistan | UZ
# --- fr-FR home: a road trip, moving house, the Six Nations, a bedtime story, a baby shower, the Saturday market, a barbecue
maison-fr | alexa pendant le déménagement on se demandait la capitale {} | de la jordanie=JO; de l'arabie saoudite=SA; des émirats=AE
maison-fr | alexa pendant le tournoi des six nations c'est quoi la capitale {} | de l'écosse=GB-SCT; de l'irlande=IE; de l'italie=IT
maison-fr | alexa ma fille veut une histoire qui se passe {} c'est quoi la capitale | au groenland=GL; aux îles féroé=FO; en islande=IS
maison-fr | alexa au barbecue tonton dit que la capitale {} c'est pas ce qu'on croit | de l'australie=AU; du canada=CA; de la turquie=TR
maison-fr | alexa sur la route des vacances c'est quoi la capitale de l'andorre | AD
maison-fr | alexa au marché du samedi le marchand d'épices vient du maroc c'est quoi la capitale | MA
maison-fr | alexa à la baby shower on jouait aux capitales c'est quoi celle de la tanzanie | TZ
maison-fr | alexa pendant l'apéritif de noël c'est quoi la capitale du vatican | VA
maison-fr | alexa le chat dort alors dis-moi doucement la capitale de la suisse | CH
# --- fr-CA: Trifluviens and Mauriciens (Trois-Rivières, Shawinigan: "ben là", "c'est ben l'fun", the Grand Prix de Trois-Rivières, the pont Laviolette)
mauriciens | alexa ben là c'est quoi la capitale {} | de la colombie-britannique=CA-BC; de l'alberta=CA-AB; de la saskatchewan=CA-SK | fr-CA
mauriciens | alexa au grand prix de trois-rivières y avait des pilotes {} c'est quoi leur capitale | brésiliens=BR; autrichiens=AT; finlandais=FI | fr-CA
mauriciens | alexa c'est ben l'fun mais c'est quoi la capitale {} | du manitoba=CA-MB; de l'ontario=CA-ON; du nouveau-brunswick=CA-NB | fr-CA
mauriciens | alexa en traversant le pont laviolette je me demandais la capitale de la nouvelle-écosse | CA-NS | fr-CA
mauriciens | alexa c'est quoi la capitale de la mauricie | FB | fr-CA
mauriciens | alexa à shawinigan la shop a des clients {} c'est quoi la capitale | japonais=JP; coréens=KR; indiens=IN | fr-CA
# --- fr-CA: Abitibiens (Rouyn-Noranda, Val-d'Or, Amos: "y fait frette en crisse" avoided, "mon chum", "le bois", the forestière, the Festival du cinéma)
abitibiens | alexa mon chum travaille dans le bois avec des gars {} c'est quoi leur capitale | mexicains=MX; guatémaltèques=GT; tunisiens=TN | fr-CA
abitibiens | alexa à rouyn on se demandait la capitale {} | du yukon=CA-YT; du nunavut=CA-NU; des territoires du nord-ouest=CA-NT | fr-CA
abitibiens | alexa au festival du cinéma y avait un film {} c'est quoi la capitale | iranien=IR; kurde=FB; estonien=EE | fr-CA
abitibiens | alexa c'est quoi la capitale de l'abitibi | FB | fr-CA
abitibiens | alexa à val-d'or y a une compagnie {} c'est quoi la capitale | australienne=AU; sud-africaine=ZA; chilienne=CL | fr-CA
# --- fr-CA: Bas-Laurentiens and Côte-Nordiens (Rimouski, Matane, Sept-Îles, Baie-Comeau: "la mer", "le traversier", "la shop", the crevettes de Matane, the Manic)
cote-nord | alexa en attendant le traversier c'est quoi la capitale {} | de terre-neuve=CA-NL; de l'île-du-prince-édouard=CA-PE; du nouveau-brunswick=CA-NB | fr-CA
cote-nord | alexa à sept-îles les bateaux de minerai partent {} c'est quoi la capitale | en chine=CN; aux pays-bas=NL; en corée=KR | fr-CA
cote-nord | alexa avec les crevettes de matane on se demandait la capitale de la norvège | NO | fr-CA
cote-nord | alexa à la manic on a des ingénieurs {} c'est quoi leur capitale | français=FR; marocains=MA; algériens=DZ | fr-CA
cote-nord | alexa c'est quoi la capitale de la côte-nord | FB | fr-CA
cote-nord | alexa à rimouski un marin m'a demandé la capitale du groenland | GL | fr-CA
# --- fr-CA: Estriens (Sherbrooke, Magog, Coaticook: "pantoute", "c'est correct", the lac Memphrémagog, the Vermont border)
estriens | alexa pantoute je sais pas la capitale {} | du vermont=US-VT; du new hampshire=US-NH; du maine=US-ME | fr-CA
estriens | alexa à la douane de stanstead c'est quoi la capitale {} | du massachusetts=US-MA; du connecticut=US-CT; de l'état de new york=US-NY | fr-CA
estriens | alexa à l'université de sherbrooke y a des étudiants {} c'est quoi leur capitale | camerounais=CM; ivoiriens=CI; gabonais=GA | fr-CA
estriens | alexa c'est correct mais c'est quoi la capitale du rhode island | US-RI | fr-CA
estriens | alexa c'est quoi la capitale des cantons-de-l'est | FB | fr-CA
# --- fr-CA: Outaouais (Gatineau, Hull, Aylmer: "de l'autre bord", "la fonction publique", "ben correct", the Bal de neige, the pont Champlain)
outaouais | alexa je travaille de l'autre bord à ottawa mais c'est quoi la capitale {} | de l'ontario=CA-ON; du canada=CA; du québec=CA-QC | fr-CA
outaouais | alexa au fédéral mon collègue est {} c'est quoi sa capitale | libanais=LB; rwandais=RW; haïtien=HT | fr-CA
outaouais | alexa au bal de neige y avait des ambassades {} c'est quoi la capitale | du chili=CL; de la lettonie=LV; du vietnam=VN | fr-CA
outaouais | alexa ben correct c'est quoi la capitale de l'outaouais | FB | fr-CA
outaouais | alexa dans le parc de la gatineau j'ai croisé des touristes du qatar c'est quoi leur capitale | QA | fr-CA
# --- fr-CA: Québécois of Québec City (Limoilou, Charlesbourg, Lévis: "les Nordiques", "le Carnaval", "Bonhomme", "icitte", "c'est malade")
quebec-ville | alexa c'est malade c'est quoi la capitale {} | de la louisiane=US-LA; de la floride=US-FL; de la caroline du sud=US-SC | fr-CA
quebec-ville | alexa au carnaval bonhomme a rencontré des gens {} c'est quoi leur capitale | suisses=CH; belges=BE; danois=DK | fr-CA
quebec-ville | alexa icitte à limoilou on se demandait la capitale de l'état du texas | US-TX | fr-CA
quebec-ville | alexa si les nordiques revenaient y joueraient contre la capitale de quel pays | FB | fr-CA
quebec-ville | alexa c'est quoi la capitale nationale du québec | CA-QC | fr-CA
quebec-ville | alexa à lévis le traversier est plein de touristes {} c'est quoi leur capitale | allemands=DE; coréens du sud=KR; brésiliens=BR | fr-CA
# --- fr-CA: Innus of Uashat mak Mani-utenam and Mashteuiatsh ("kuei", "tshinashkumitin", "nuitsheuakan", the Innu Nikamu festival, caribou)
innus | alexa kuei c'est quoi la capitale {} | du groenland=GL; de la finlande=FI; de la norvège=NO | fr-CA
innus | alexa tshinashkumitin et la capitale {} | du labrador=CA-NL; du nunavut=CA-NU; de la nouvelle-zélande=NZ | fr-CA
innus | alexa au festival innu nikamu y avait des chanteurs {} c'est quoi la capitale | du mexique=MX; de la bolivie=BO; du pérou=PE | fr-CA
innus | alexa kuei c'est quoi la capitale du nitassinan | FB | fr-CA
innus | alexa nuitsheuakan veut savoir la capitale de l'alaska | US-AK | fr-CA
# --- fr-CA: Moroccan Montrealers (Saint-Michel, Côte-des-Neiges: "wakha", "safi", "bsaha", "lalla", the harira, the msemen)
marocains-mtl | alexa wakha c'est quoi la capitale {} | du maroc=MA; de la mauritanie=MR; de la tunisie=TN | fr-CA
marocains-mtl | alexa safi dis-moi la capitale {} | du sahara occidental=EH; de l'algérie=DZ; de la libye=LY | fr-CA
marocains-mtl | alexa bsaha et c'est quoi la capitale de l'arabie saoudite | SA | fr-CA
marocains-mtl | alexa lalla demande la capitale de la palestine | PS | fr-CA
marocains-mtl | alexa pendant le ftour on se demandait la capitale du bahreïn | BH | fr-CA
marocains-mtl | alexa c'est quoi la capitale de fès | FB | fr-CA
# --- fr-CA: Colombian Montrealers (Villeray, Saint-Léonard: "parce", "qué pena", "chévere", the arepas, the cumbia)
colombiens-mtl | alexa parce c'est quoi la capitale {} | de la colombie=CO; du venezuela=VE; de l'équateur=EC | fr-CA
colombiens-mtl | alexa qué pena mais c'est quoi la capitale {} | du honduras=HN; du salvador=SV; du panama=PA | fr-CA
colombiens-mtl | alexa chévere et la capitale de la république dominicaine | DO | fr-CA
colombiens-mtl | alexa en faisant des arepas on se demandait la capitale du costa rica | CR | fr-CA
colombiens-mtl | alexa c'est quoi la capitale de l'antioquia | FB | fr-CA
# --- fr-CA: Franco-Albertains (Edmonton, Bonnyville, Saint-Paul: "mon homme", "ça fait que", "la ferme", the pétrole, the Rodéo)
franco-albertains | alexa ça fait que c'est quoi la capitale {} | de l'alberta=CA-AB; de la saskatchewan=CA-SK; de la colombie-britannique=CA-BC | fr-CA
franco-albertains | alexa au rodéo de saint-paul y avait des cowboys {} c'est quoi la capitale | du montana=US-MT; du wyoming=US-WY; de l'idaho=US-ID | fr-CA
franco-albertains | alexa à la ferme on vend du canola {} c'est quoi la capitale | au japon=JP; au mexique=MX; au bangladesh=BD | fr-CA
franco-albertains | alexa mon homme c'est quoi la capitale du dakota du nord | US-ND | fr-CA
franco-albertains | alexa c'est quoi la capitale des sables bitumineux | FB | fr-CA
# --- fr-CA: Brayons of the Madawaska (Edmundston, Saint-Léonard NB: "la république du Madawaska", "asteure", "le moulin", the Foire brayonne)
brayons | alexa à la foire brayonne on se demandait la capitale {} | du maine=US-ME; du nouveau-brunswick=CA-NB; de la nouvelle-écosse=CA-NS | fr-CA
brayons | alexa asteure c'est quoi la capitale de la république du madawaska | FB | fr-CA
brayons | alexa au moulin y a des gars {} c'est quoi leur capitale | philippins=PH; ukrainiens=UA; salvadoriens=SV | fr-CA
brayons | alexa c'est quoi la capitale du new hampshire | US-NH | fr-CA
# --- fr-CA work: a déneigeur, a tree planter, a Hydro-Québec lineman, a dépanneur clerk, an Air Transat flight attendant, a cabane à sucre server, a trucker on the 20
travail-ca | alexa dans la gratte à quatre heures du matin c'est quoi la capitale {} | de l'islande=IS; de la russie=RU; de la suède=SE | fr-CA
travail-ca | alexa au planting d'arbres y a des gars {} c'est quoi leur capitale | australiens=AU; néo-zélandais=NZ; irlandais=IE | fr-CA
travail-ca | alexa chez hydro on a envoyé des monteurs de ligne {} c'est quoi la capitale | à porto rico=PR; en haïti=HT; aux bahamas=BS | fr-CA
travail-ca | alexa au dépanneur un client m'a demandé la capitale {} | du pakistan=PK; du sri lanka=LK; du népal=NP | fr-CA
travail-ca | alexa je suis agente de bord on vole {} demain c'est quoi la capitale | vers cuba=CU; vers la jamaïque=JM; vers le costa rica=CR | fr-CA
travail-ca | alexa à la cabane à sucre on a un groupe {} c'est quoi leur capitale | coréen=KR; français=FR; brésilien=BR | fr-CA
travail-ca | alexa en camion sur la vingt je me demandais la capitale de la pennsylvanie | US-PA | fr-CA
travail-ca | alexa au dépanneur c'est quoi la capitale du bangladesh | BD | fr-CA
travail-ca | alexa à la shop le boss est {} c'est quoi sa capitale | tchèque=CZ; grec=GR; portugais=PT | fr-CA
# --- fr-CA school: cinquième année, secondaire cinq, the DEC, Génies en herbe, the bulletin, a travail d'équipe
ecole-ca | alexa pour mon travail d'équipe en cinquième année c'est quoi la capitale {} | du kenya=KE; de l'éthiopie=ET; du ghana=GH | fr-CA
ecole-ca | alexa en secondaire cinq en univers social c'est quoi la capitale {} | de l'inde=IN; du pakistan=PK; de l'afghanistan=AF | fr-CA
ecole-ca | alexa pour génies en herbe faut savoir la capitale {} | du kirghizstan=KG; du tadjikistan=TJ; du bhoutan=BT | fr-CA
ecole-ca | alexa au cégep le prof de géo demande la capitale du myanmar | MM | fr-CA
ecole-ca | alexa pour mon dec c'est quoi la capitale des seychelles | SC | fr-CA
ecole-ca | alexa mon bulletin dépend de la capitale de la nouvelle-zélande c'est quoi | NZ | fr-CA
ecole-ca | alexa c'est quoi la capitale de l'antarctique pour mon devoir | AQ | fr-CA
# --- fr-CA games and TV: a hockey pool, Génies en herbe practice, Le Tricheur, a Kahoot avoided, Atlas at the chalet, crib night
jeux-ca | alexa au pool de hockey le gars de la lettonie c'est quoi sa capitale | LV | fr-CA
jeux-ca | alexa au tricheur ils ont demandé la capitale {} | de la slovaquie=SK; de la slovénie=SI; de la biélorussie=BY | fr-CA
jeux-ca | alexa au chalet on joue à atlas c'est quoi la capitale {} | du cameroun=CM; du congo brazzaville=CG; du congo kinshasa=CD | fr-CA
jeux-ca | alexa on joue aux cartes pis la question c'est la capitale de la finlande | FI | fr-CA
jeux-ca | alexa dans le pool le joueur suisse vient de la capitale c'est laquelle | CH | fr-CA
# --- fr-CA home: the first of July move, a Sépaq camping, the temps des sucres, Halloween, snowbirds in Florida, a garage sale
maison-ca | alexa pendant le déménagement du premier juillet le voisin vient {} c'est quoi la capitale | d'algérie=DZ; de syrie=SY; d'égypte=EG | fr-CA
maison-ca | alexa au camping de la sépaq on a des voisins {} c'est quoi leur capitale | belges=BE; hollandais=NL; allemands=DE | fr-CA
maison-ca | alexa mes parents passent l'hiver {} c'est quoi la capitale | en floride=US-FL; en arizona=US-AZ; en californie=US-CA | fr-CA
maison-ca | alexa à l'halloween mon gars est déguisé en pharaon c'est quoi la capitale de l'égypte | EG | fr-CA
maison-ca | alexa à la vente de garage j'ai trouvé un drapeau du kazakhstan c'est quoi la capitale | KZ | fr-CA
maison-ca | alexa au temps des sucres ma tante demandait la capitale du vermont | US-VT | fr-CA
maison-ca | alexa les snowbirds de myrtle beach c'est quoi la capitale de la caroline du sud | US-SC | fr-CA
# --- shared: plural-capitals (the eight countries with several capitals)
plural-capitals | alexa c'est quoi les capitales {} | de l'afrique du sud=ZA; de la bolivie=BO; des pays-bas=NL
plural-capitals | alexa donne-moi les deux capitales {} | du bénin=BJ; de la côte d'ivoire=CI; du sri lanka=LK
plural-capitals | alexa quelles sont les capitales {} | de la malaisie=MY; de l'eswatini=SZ; du swaziland=SZ
plural-capitals | alexa adiskide les trois capitales de l'afrique du sud c'est lesquelles | ZA
plural-capitals | alexa la bolivie a deux capitales c'est lesquelles | BO
plural-capitals | alexa c'est quoi les deux capitales de la hollande | NL
plural-capitals | alexa ben voyons le bénin il a combien de capitales et c'est lesquelles | BJ
plural-capitals | alexa les capitales de la côte d'ivoire s'il te plaît | CI
plural-capitals | alexa frérot c'est quoi les capitales du sri lanka | LK
plural-capitals | alexa la malaisie a deux capitales c'est lesquelles | MY
plural-capitals | alexa les deux capitales de l'eswatini | SZ
plural-capitals | alexa pour mon exposé les capitales administrative et politique de l'afrique du sud | ZA
plural-capitals | alexa pourquoi les pays-bas ont deux capitales c'est lesquelles | NL
plural-capitals | alexa la capitale constitutionnelle et la capitale administrative de la bolivie | BO
plural-capitals | alexa c'est quoi les capitales du bénin porto-novo et l'autre | BJ
plural-capitals | alexa sumimasen capitales de la malaisie | MY
plural-capitals | alexa la côte d'ivoire elle a deux capitales c'est quoi | CI
plural-capitals | alexa i ni ce les deux capitales du bénin | BJ
plural-capitals | alexa dis-moi toutes les capitales de l'afrique du sud | ZA
plural-capitals | alexa c'est quoi les deux capitales {} | de la bolivie=BO; de la malaisie=MY; de l'afrique du sud=ZA | fr-CA
plural-capitals | alexa ça fait que les capitales {} c'est quoi | du sri lanka=LK; des pays-bas=NL; du bénin=BJ | fr-CA
plural-capitals | alexa les capitales de l'eswatini c'est lesquelles | SZ | fr-CA
plural-capitals | alexa ben là la côte d'ivoire a-tu deux capitales | CI | fr-CA
plural-capitals | alexa c'est quoi les trois capitales sud-africaines | ZA | fr-CA
plural-capitals | alexa c'est quoi les capitales de la bolivie sucre pis l'autre | BO | fr-CA
plural-capitals | alexa amsterdam pis la haye c'est les capitales de quel pays | NL | fr-CA
plural-capitals | alexa les deux capitales du sri lanka pour génies en herbe | LK | fr-CA
plural-capitals | alexa kuala lumpur pis putrajaya c'est les deux capitales de la malaisie right | MY | fr-CA
plural-capitals | alexa parce les deux capitales de la côte d'ivoire | CI | fr-CA
plural-capitals | alexa le swaziland y a combien de capitales | SZ | fr-CA
plural-capitals | alexa les deux capitales du bénin pour mon travail | BJ | fr-CA
# --- shared: help
help | alexa aide-moi avec capitales du monde | HELP
help | alexa comment ça marche | HELP
help | alexa qu'est-ce que je peux te demander | HELP
help | alexa j'y comprends rien aide-moi | HELP
help | alexa aide | HELP
help | alexa ben voyons comment on fait | HELP
help | alexa frérot explique-moi comment ça marche | HELP
help | alexa c'est quoi les questions que je peux poser | HELP
help | alexa demande à capitales du monde de l'aide | HELP
help | alexa sumimasen aide s'il vous plaît | HELP
help | alexa je sais pas quoi dire | HELP
help | alexa donne-moi des exemples de questions | HELP
help | alexa au secours je suis perdu | HELP
help | alexa qu'est-ce que tu sais faire | HELP
help | alexa à l'aide | HELP | fr-CA
help | alexa ben là comment ça fonctionne ton affaire | HELP | fr-CA
help | alexa je comprends pas comment ça marche | HELP | fr-CA
help | alexa peux-tu m'aider | HELP | fr-CA
help | alexa qu'est-ce que je dis asteure | HELP | fr-CA
help | alexa c'est quoi les options | HELP | fr-CA
help | alexa aide-moi donc | HELP | fr-CA
help | alexa j'ai besoin d'aide avec le jeu des capitales | HELP | fr-CA
help | alexa explique-moi ça | HELP | fr-CA
help | alexa kuei comment on l'utilise | HELP | fr-CA
# --- shared: stop
stop | alexa stop | STOP
stop | alexa arrête | STOP
stop | alexa c'est bon arrête | STOP
stop | alexa ferme-toi | STOP
stop | alexa ça suffit | STOP
stop | alexa agur | STOP
stop | alexa frérot stop | STOP
stop | alexa tais-toi | STOP
stop | alexa on arrête là | STOP
stop | alexa quitte capitales du monde | STOP
stop | alexa c'est fini merci | STOP
stop | alexa basta | STOP
stop | alexa au revoir | STOP
stop | alexa stoppe | STOP
stop | alexa arrête ça | STOP | fr-CA
stop | alexa c'est assez | STOP | fr-CA
stop | alexa ferme ça | STOP | fr-CA
stop | alexa ok bye | STOP | fr-CA
stop | alexa ferme capitales du monde | STOP | fr-CA
stop | alexa c'est beau merci | STOP | fr-CA
stop | alexa ben là arrête | STOP | fr-CA
stop | alexa on a fini | STOP | fr-CA
stop | alexa j'ai fini | STOP | fr-CA
stop | alexa tshinashkumitin bye | STOP | fr-CA
# --- shared: cancel
cancel | alexa annule | CANCEL
cancel | alexa annule ça | CANCEL
cancel | alexa laisse tomber | CANCEL
cancel | alexa non oublie | CANCEL
cancel | alexa annuler | CANCEL
cancel | alexa non non annule | CANCEL
cancel | alexa c'est pas grave laisse | CANCEL
cancel | alexa oublie ce que j'ai dit | CANCEL
cancel | alexa annule la question | CANCEL
cancel | alexa vas-y laisse tomber frérot | CANCEL
cancel | alexa finalement non | CANCEL
cancel | alexa j'annule | CANCEL
cancel | alexa laisse béton | CANCEL
cancel | alexa non rien | CANCEL
cancel | alexa laisse faire | CANCEL | fr-CA
cancel | alexa annule ça asteure | CANCEL | fr-CA
cancel | alexa oublie ça | CANCEL | fr-CA
cancel | alexa non laisse faire | CANCEL | fr-CA
cancel | alexa annule ma question | CANCEL | fr-CA
cancel | alexa pantoute annule | CANCEL | fr-CA
cancel | alexa ben non oublie ça | CANCEL | fr-CA
cancel | alexa annule donc | CANCEL | fr-CA
cancel | alexa c'est correct laisse faire | CANCEL | fr-CA
cancel | alexa finalement laisse faire | CANCEL | fr-CA
# --- shared: launch
launch | alexa ouvre capitales du monde | LAUNCH
launch | alexa lance capitales du monde | LAUNCH
launch | alexa démarre capitales du monde | LAUNCH
launch | alexa capitales du monde | LAUNCH
launch | alexa on joue à capitales du monde | LAUNCH
launch | alexa frérot lance capitales du monde | LAUNCH
launch | alexa ouvre-moi capitales du monde s'il te plaît | LAUNCH
launch | alexa agur lance capitales du monde | LAUNCH
launch | alexa mets capitales du monde | LAUNCH
launch | alexa je veux jouer avec capitales du monde | LAUNCH
launch | alexa allez on ouvre capitales du monde | LAUNCH
launch | alexa active capitales du monde | LAUNCH
launch | alexa parle à capitales du monde | LAUNCH
launch | alexa sumimasen ouvrir capitales du monde | LAUNCH
launch | alexa démarre le jeu capitales du monde | LAUNCH
launch | alexa lance l'application capitales du monde | LAUNCH
launch | alexa ouvre-moi donc capitales du monde | LAUNCH | fr-CA
launch | alexa part capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre donc capitales du monde | LAUNCH | fr-CA
launch | alexa démarre-moi capitales du monde | LAUNCH | fr-CA
launch | alexa j'veux capitales du monde | LAUNCH | fr-CA
launch | alexa lance-moi capitales du monde | LAUNCH | fr-CA
launch | alexa kuei ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa peux-tu ouvrir capitales du monde | LAUNCH | fr-CA
launch | alexa ben là ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa on va jouer à capitales du monde | LAUNCH | fr-CA
launch | alexa wakha ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa démarre l'affaire capitales du monde | LAUNCH | fr-CA
launch | alexa parle avec capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre le skill capitales du monde | LAUNCH | fr-CA
# --- shared: out-of-domain (weather, timers, music, shopping, trivia about capitals, capitals of continents and of other things)
out-of-domain | alexa quel temps il fait à {} demain | bayonne=FB; clermont=FB; bordeaux=FB
out-of-domain | alexa mets un minuteur de {} | dix minutes pour l'aligot=FB; vingt minutes pour les cannelés=FB; cinq minutes=FB
out-of-domain | alexa mets de la musique {} | basque=FB; de maloya=FB; de rap=FB
out-of-domain | alexa combien d'habitants à {} | paris=FB; madrid=FB; tokyo=FB
out-of-domain | alexa quelle heure il est à {} | nouméa=FB; papeete=FB; cayenne=FB
out-of-domain | alexa c'est quoi la monnaie {} | du japon=FB; de la pologne=FB; de la suisse=FB
out-of-domain | alexa quelle langue on parle {} | au brésil=FB; en belgique=FB; au pays basque=FB
out-of-domain | alexa c'est quoi au juste la capitale {} | de l'europe=FB; de l'afrique=FB; de l'asie=FB
out-of-domain | alexa qui est la capitale {} | de la gastronomie=FB; de la mode=FB; du vin=FB
out-of-domain | alexa c'est quoi le drapeau {} | du portugal=FB; de la grèce=FB; du mali=FB
out-of-domain | alexa combien de kilomètres entre paris et {} | lyon=FB; marseille=FB; brest=FB
out-of-domain | alexa qui a gagné le match {} | de l'om=FB; des girondins=FB; du stade toulousain=FB
out-of-domain | alexa ajoute {} à la liste de courses | du jambon de bayonne=FB; des mirabelles=FB; du reblochon=FB
out-of-domain | alexa réveille-moi à six heures | FB
out-of-domain | alexa quelle est la plus grande ville du monde | FB
out-of-domain | alexa c'est quoi le plus grand pays d'afrique | FB
out-of-domain | alexa raconte-moi une blague | FB
out-of-domain | alexa allume la lumière du salon | FB
out-of-domain | alexa c'est quand les soldes | FB
out-of-domain | alexa quelle est la population de la capitale de l'inde | FB
out-of-domain | alexa combien de pays dans le monde | FB
out-of-domain | alexa baisse le son | FB
out-of-domain | alexa c'est quoi l'hymne de la france | FB
out-of-domain | alexa frérot mets du jul | FB
out-of-domain | alexa la capitale la plus froide du monde c'est laquelle | FB
out-of-domain | alexa quelle est la capitale la plus haute du monde | FB
out-of-domain | alexa qui est le président du sénégal | FB
out-of-domain | alexa traduis merci en basque | FB
out-of-domain | alexa c'est quoi la capitale de la bretagne | FB
out-of-domain | alexa c'est quoi la capitale de l'occitanie | FB
out-of-domain | alexa c'est quoi la capitale des hauts-de-france | FB
out-of-domain | alexa c'est quoi la capitale de la provence | FB
out-of-domain | alexa c'est quoi la capitale de l'atlantide | FB
out-of-domain | alexa c'est quoi la capitale de la lune | FB
out-of-domain | alexa commande une pizza | FB
out-of-domain | alexa quel est le prix du gazole | FB
out-of-domain | alexa joue france inter | FB
out-of-domain | alexa combien de temps pour cuire un oeuf | FB
out-of-domain | alexa c'est quoi le numéro des pompiers | FB
out-of-domain | alexa épelle kirghizstan | FB
out-of-domain | alexa quelle est la capitale du monde | FB
out-of-domain | alexa c'est quoi la capitale de la normandie | FB
out-of-domain | alexa quel temps fait-il à {} | québec=FB; gatineau=FB; rimouski=FB | fr-CA
out-of-domain | alexa mets une minuterie de {} | quinze minutes pour le pâté chinois=FB; trois minutes=FB; une heure pour le sirop=FB | fr-CA
out-of-domain | alexa fais jouer {} | les cowboys fringants=FB; du kaytranada=FB; de la musique innue=FB | fr-CA
out-of-domain | alexa c'est quoi le score {} | du canadien=FB; des oilers=FB; des sénateurs=FB | fr-CA
out-of-domain | alexa combien de monde habite à {} | montréal=FB; ottawa=FB; sherbrooke=FB | fr-CA
out-of-domain | alexa y a-tu une capitale {} | de l'amérique du sud=FB; de l'océanie=FB; du hockey=FB | fr-CA
out-of-domain | alexa ajoute {} sur ma liste d'épicerie | du lait=FB; du sirop d'érable=FB; des bleuets=FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la poutine | FB | fr-CA
out-of-domain | alexa y fait-tu frette dehors | FB | fr-CA
out-of-domain | alexa allume les lumières du sous-sol | FB | fr-CA
out-of-domain | alexa c'est quand la prochaine game du canadien | FB | fr-CA
out-of-domain | alexa combien de provinces au canada | FB | fr-CA
out-of-domain | alexa c'est quoi le taux de change du dollar américain | FB | fr-CA
out-of-domain | alexa quelle est la plus vieille ville du canada | FB | fr-CA
out-of-domain | alexa quelle est la ville la plus peuplée du québec | FB | fr-CA
out-of-domain | alexa ferme le thermostat | FB | fr-CA
out-of-domain | alexa raconte-moi une joke | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la gaspésie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du saguenay | FB | fr-CA
out-of-domain | alexa quelle est la capitale de l'acadie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du texas en population | FB | fr-CA
out-of-domain | alexa quelle heure il est à vancouver | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale du sirop d'érable | FB | fr-CA
out-of-domain | alexa quelle est la superficie de la russie | FB | fr-CA
# --- shared: follow-up (short questions within a session)
follow-up | alexa et {} | la pologne=PL; le népal=NP; le pérou=PE
follow-up | alexa et pour {} | la hongrie=HU; le cameroun=CM; le laos=LA
follow-up | alexa et {} alors | l'éthiopie=ET; le japon=JP; la libye=LY
follow-up | alexa et celle {} | du ghana=GH; de la syrie=SY; de l'uruguay=UY
follow-up | alexa pareil pour {} | le mali=ML; le chili=CL; la grèce=GR
follow-up | alexa ok et le togo | TG
follow-up | alexa frérot et la somalie | SO
follow-up | alexa ben voyons et le zimbabwe | ZW
follow-up | alexa et après le portugal | PT
follow-up | alexa pis {} | le manitoba=CA-MB; l'ontario=CA-ON; la colombie=CO | fr-CA
follow-up | alexa pis pour {} | le maine=US-ME; haïti=HT; le liban=LB | fr-CA
follow-up | alexa ok pis {} | l'égypte=EG; le vietnam=VN; l'irak=IQ | fr-CA
follow-up | alexa ben pis le rwanda | RW | fr-CA
follow-up | alexa pis celle du yukon | CA-YT | fr-CA
follow-up | alexa ok pis la jordanie | JO | fr-CA
# --- shared: yes-no-check
yes-no-check | alexa est-ce que {} | bamako c'est la capitale du mali=ML; lima c'est la capitale du pérou=PE; sydney c'est la capitale de l'australie=AU
yes-no-check | alexa c'est vrai que {} | genève c'est la capitale de la suisse=CH; rabat c'est la capitale du maroc=MA; lagos c'est la capitale du nigeria=NG
yes-no-check | alexa est-ce que la capitale {} | de la turquie c'est istanbul=TR; du brésil c'est rio=BR; du canada c'est toronto=CA
yes-no-check | alexa la capitale de la bolivie c'est bien la paz | BO
yes-no-check | alexa bruxelles c'est la capitale de la belgique oui ou non | BE
yes-no-check | alexa frérot dakar c'est bien au sénégal la capitale | SN
yes-no-check | alexa le vieux père dit que la capitale du mali c'est tombouctou c'est vrai | ML
yes-no-check | alexa est-ce que auckland est la capitale de la nouvelle-zélande | NZ
yes-no-check | alexa ankara c'est bien la capitale turque | TR
yes-no-check | alexa est-ce que washington c'est la capitale des états-unis | US
yes-no-check | alexa la capitale du kazakhstan c'est almaty non | KZ
yes-no-check | alexa est-ce que c'est vrai que {} | vancouver c'est la capitale de la colombie-britannique=CA-BC; montréal c'est la capitale du québec=CA-QC; calgary c'est la capitale de l'alberta=CA-AB | fr-CA
yes-no-check | alexa c'tu vrai que {} | new york c'est la capitale de l'état de new york=US-NY; miami c'est la capitale de la floride=US-FL; boston c'est la capitale du massachusetts=US-MA | fr-CA
yes-no-check | alexa ottawa c'est-tu la capitale du canada | CA | fr-CA
yes-no-check | alexa la capitale de terre-neuve c'est-tu saint-jean | CA-NL | fr-CA
yes-no-check | alexa bogota c'est bien la capitale de la colombie hein | CO | fr-CA
yes-no-check | alexa casablanca c'est-tu la capitale du maroc | MA | fr-CA
yes-no-check | alexa regina c'est vraiment la capitale de la saskatchewan | CA-SK | fr-CA
yes-no-check | alexa port-au-prince c'est la capitale d'haïti right | HT | fr-CA
# --- shared: self-correction
self-correction | alexa la capitale {} | de l'autriche non je veux dire l'australie=AU; de la suède euh non la suisse=CH; du niger non pardon du nigeria=NG
self-correction | alexa dis-moi la capitale {} | de la slovénie non de la slovaquie=SK; de l'iran non de l'irak=IQ; de la gambie euh de la zambie=ZM
self-correction | alexa la capitale de la guinée non de la guinée-bissau | GW
self-correction | alexa la capitale du paraguay attends de l'uruguay | UY
self-correction | alexa frérot la capitale du congo non du cameroun | CM
self-correction | alexa c'est quoi la capitale de la mauritanie non pardon de l'île maurice | MU
self-correction | alexa la capitale de la lettonie ah non de la lituanie | LT
self-correction | alexa capitale de la dominique non de la république dominicaine | DO
self-correction | alexa c'est quoi la capitale de monaco non je voulais dire de malte | MT
self-correction | alexa voyons la capitale {} | du manitoba non de la saskatchewan=CA-SK; du vermont non du maine=US-ME; de la colombie non de la colombie-britannique=CA-BC | fr-CA
self-correction | alexa c'est quoi donc la capitale {} | de la nouvelle-écosse non du nouveau-brunswick=CA-NB; du honduras pardon du salvador=SV; de l'algérie non de la tunisie=TN | fr-CA
self-correction | alexa la capitale du nunavut non des territoires du nord-ouest | CA-NT | fr-CA
self-correction | alexa c'est quoi la capitale de l'autriche attends non de l'allemagne | DE | fr-CA
self-correction | alexa la capitale du costa rica ben non de porto rico | PR | fr-CA
self-correction | alexa la capitale de la suède euh non de la norvège | NO | fr-CA
# --- shared: reverse-question
reverse-question | alexa {} c'est la capitale de quel pays | nairobi=CITY:Nairobi; ouagadougou=CITY:Ouagadougou; tachkent=CITY:Tachkent
reverse-question | alexa quel pays a pour capitale {} | oulan-bator=CITY:Oulan-Bator; katmandou=CITY:Katmandou; asmara=CITY:Asmara
reverse-question | alexa de quel pays {} est la capitale | bichkek=CITY:Bichkek; ljubljana=CITY:Ljubljana; vientiane=CITY:Vientiane
reverse-question | alexa frérot {} c'est la capitale de quoi | bamako=CITY:Bamako; lomé=CITY:Lomé; niamey=CITY:Niamey
reverse-question | alexa ben voyons douchanbé c'est où | CITY:Douchanbé
reverse-question | alexa paramaribo c'est la capitale de quel pays déjà | CITY:Paramaribo
reverse-question | alexa la capitale qui s'appelle mascate c'est quel pays | CITY:Mascate
reverse-question | alexa agur ngerulmud c'est la capitale de quel endroit | CITY:Ngerulmud
reverse-question | alexa quel pays a tbilissi comme capitale | CITY:Tbilissi
reverse-question | alexa sumimasen phnom penh capitale de quel pays | CITY:Phnom Penh
reverse-question | alexa honiara c'est dans quel pays | CITY:Honiara
reverse-question | alexa quel pays a pour capitale mbabane | CITY:Mbabane
reverse-question | alexa {} c'est la capitale de quelle place | tegucigalpa=CITY:Tegucigalpa; managua=CITY:Managua; asuncion=CITY:Asunción | fr-CA
reverse-question | alexa {} c'est-tu une capitale de quel pays | kigali=CITY:Kigali; gitega=CITY:Gitega; yaoundé=CITY:Yaoundé | fr-CA
reverse-question | alexa quelle province a {} comme capitale | fredericton=CITY:Fredericton; charlottetown=CITY:Charlottetown; winnipeg=CITY:Winnipeg | fr-CA
reverse-question | alexa iqaluit c'est la capitale de quoi | CITY:Iqaluit | fr-CA
reverse-question | alexa yellowknife c'est la capitale de quel territoire | CITY:Yellowknife | fr-CA
reverse-question | alexa quel état a augusta comme capitale | US-ME | fr-CA
reverse-question | alexa montpelier c'est la capitale de quel état | US-VT | fr-CA
reverse-question | alexa de quel pays paramaribo est la capitale pis georgetown | FB | fr-CA
reverse-question | alexa bogota c'est la capitale de quel pays | CITY:Bogotá | fr-CA
reverse-question | alexa naypyidaw c'est où ça | CITY:Naypyidaw | fr-CA
reverse-question | alexa quel pays a nouakchott comme capitale | CITY:Nouakchott | fr-CA
# --- shared: official-name
official-name | alexa quelle est la capitale {} | de la république populaire de chine=CN; de la fédération de russie=RU; de la république fédérale d'allemagne=DE
official-name | alexa je voudrais connaître la capitale {} | du royaume du maroc=MA; du royaume hachémite de jordanie=JO; de la république islamique d'iran=IR
official-name | alexa pour la dictée la capitale {} | de la république arabe d'égypte=EG; du royaume d'espagne=ES; de la confédération suisse=CH
official-name | alexa capitale de la république de côte d'ivoire | CI
official-name | alexa capitale du royaume-uni de grande-bretagne et d'irlande du nord | GB
official-name | alexa c'est quoi la capitale de la république fédérative du brésil | BR
official-name | alexa la capitale de la république socialiste du viêt nam | VN
official-name | alexa capitale de la république démocratique fédérale d'éthiopie | ET
official-name | alexa quelle est la capitale de l'état plurinational de bolivie | BO
official-name | alexa c'est quoi la capitale des états-unis d'amérique | US | fr-CA
official-name | alexa la capitale de la république bolivarienne du venezuela | VE | fr-CA
official-name | alexa c'est quoi la capitale du royaume de norvège | NO | fr-CA
official-name | alexa la capitale de la république d'haïti | HT | fr-CA
official-name | alexa la capitale de la république libanaise | LB | fr-CA
official-name | alexa la capitale des états-unis mexicains | MX | fr-CA
official-name | alexa c'est quoi la capitale de la république populaire démocratique de corée | KP | fr-CA
official-name | alexa la capitale du commonwealth des bahamas | BS | fr-CA
# --- shared: everyday-name
everyday-name | alexa c'est laquelle la capitale {} | de la hollande=NL; de l'angleterre=GB-ENG; des states=US
everyday-name | alexa tu connais la capitale {} | de la birmanie=MM; du swaziland=SZ; de la perse=IR
everyday-name | alexa frérot la capitale {} | du congo kinshasa=CD; de la rdc=CD; du zaïre=CD
everyday-name | alexa c'est quoi la capitale de la biélorussie | BY
everyday-name | alexa la capitale de la république tchèque | CZ
everyday-name | alexa c'est quoi la capitale du dahomey | BJ
everyday-name | alexa la capitale de la haute-volta | BF
everyday-name | alexa la capitale de ceylan | LK
everyday-name | alexa c'est quoi la capitale de l'île maurice | MU
everyday-name | alexa c'est quoi ça la capitale {} | des émirats=AE; du centrafrique=CF; de la macédoine=MK | fr-CA
everyday-name | alexa sais-tu la capitale {} | des vieux pays=FB; des îles de la madeleine=FB; du siam=TH | fr-CA
everyday-name | alexa c'est quoi la capitale des usa | US | fr-CA
everyday-name | alexa la capitale de la grande-bretagne | GB | fr-CA
everyday-name | alexa c'est quoi la capitale du cap-vert | CV | fr-CA
everyday-name | alexa c'est quoi la capitale de la russie soviétique | RU | fr-CA
everyday-name | alexa la capitale du timor-leste | TL | fr-CA
# --- shared: shared-name
shared-name | alexa quelle capitale pour {} | de la géorgie=GE; du congo=CD+CG; de la guinée=GN
shared-name | alexa dis voir la capitale {} | de la corée=KP+KR; des samoa=WS; du soudan=SD
shared-name | alexa frérot la capitale de la géorgie le pays | GE
shared-name | alexa la capitale de la géorgie aux états-unis | US-GA
shared-name | alexa les capitales des deux corées | KP+KR
shared-name | alexa c'est quoi la capitale de washington l'état | US-WA
shared-name | alexa la capitale du luxembourg le pays | LU
shared-name | alexa c'est quoi la capitale de la macédoine la région grecque | FB
shared-name | alexa la capitale de saint-martin côté français | MF
shared-name | alexa c'est quoi déjà la capitale {} | de la géorgie=US-GA; du mexique=MX; de new york=US-NY | fr-CA
shared-name | alexa donne-moi la capitale {} | des deux dakotas=US-ND+US-SD; des deux carolines=US-NC+US-SC; des deux congos=CD+CG | fr-CA
shared-name | alexa la capitale de la géorgie en europe | GE | fr-CA
shared-name | alexa c'est quoi la capitale de la virginie | US-VA | fr-CA
shared-name | alexa la capitale de la grenade le pays des caraïbes | GD | fr-CA
shared-name | alexa c'est quoi la capitale de la guinée équatoriale pis de la guinée | GN+GQ | fr-CA
# --- shared: subdivision
subdivision | alexa on se demandait la capitale {} | de la bavière=DE-BY; de la saxe=DE-SN; du brandebourg=DE-BB
subdivision | alexa rappelle-moi la capitale {} | de l'écosse=GB-SCT; de l'irlande du nord=GB-NIR; de l'angleterre=GB-ENG
subdivision | alexa elle est où la capitale {} | de la catalogne=FB; de l'andalousie=FB; de la toscane=FB
subdivision | alexa vite la capitale {} | du queensland=AU-QLD; de la tasmanie=AU-TAS; de l'état de victoria=AU-VIC
subdivision | alexa c'est quelle ville la capitale {} | de la guadeloupe=GP; de la martinique=MQ; de la réunion=RE
subdivision | alexa quelle est donc la capitale {} | du rajasthan=IN-RJ; du gujarat=IN-GJ; du maharashtra=IN-MH
subdivision | alexa j'ai oublié la capitale {} | du jalisco=MX-JAL; du yucatan=MX-YUC; de l'oaxaca=MX-OAX
subdivision | alexa tu peux me dire la capitale {} | de bahia=BR-BA; du minas gerais=BR-MG; de l'amazonas=BR-AM
subdivision | alexa la capitale de la corse | FB
subdivision | alexa c'est quoi la capitale de la wallonie | FB
subdivision | alexa la capitale du tyrol | FB
subdivision | alexa c'est quoi la capitale de la sicile | FB
subdivision | alexa la capitale de saint-pierre-et-miquelon | PM
subdivision | alexa c'est quoi la capitale de la polynésie française | PF
subdivision | alexa la capitale du pendjab indien | IN-PB
subdivision | alexa c'est quoi la capitale de la rhénanie-du-nord-westphalie | DE-NW
subdivision | alexa c'est quelle ville la capitale d'état {} | de l'arizona=US-AZ; du nevada=US-NV; de l'utah=US-UT | fr-CA
subdivision | alexa m'as-tu dit la capitale {} | du michigan=US-MI; de l'ohio=US-OH; de l'illinois=US-IL | fr-CA
subdivision | alexa quelle ville est la capitale {} | de la géorgie du sud=GS; des bermudes=BM; des îles caïmans=KY | fr-CA
subdivision | alexa capitale {} s'il te plaît | du kentucky=US-KY; du tennessee=US-TN; de l'alabama=US-AL | fr-CA
subdivision | alexa dis donc c'est quoi la capitale {} | de l'oregon=US-OR; de l'état de washington=US-WA; de l'alaska=US-AK | fr-CA
subdivision | alexa ça serait quoi la capitale {} | du colorado=US-CO; du kansas=US-KS; de l'oklahoma=US-OK | fr-CA
subdivision | alexa c'est quoi la capitale de l'ontario | CA-ON | fr-CA
subdivision | alexa la capitale du labrador | CA-NL | fr-CA
subdivision | alexa c'est quoi la capitale du nunavik | FB | fr-CA
subdivision | alexa la capitale du groenland danois | GL | fr-CA
subdivision | alexa c'est quoi la capitale de l'île d'anticosti | FB | fr-CA
subdivision | alexa c'est quoi la capitale de la nouvelle-galles du sud | AU-NSW | fr-CA
subdivision | alexa la capitale de l'australie-occidentale | AU-WA | fr-CA
subdivision | alexa c'est quoi la capitale de l'iowa | US-IA | fr-CA
subdivision | alexa la capitale du wisconsin | US-WI | fr-CA
subdivision | alexa c'est quoi la capitale du minnesota | US-MN | fr-CA
subdivision | alexa la capitale de la virginie-occidentale | US-WV | fr-CA
# --- more help, stop, cancel, launch with the speakers' own words
cancel | alexa aupa non laisse tomber la question | CANCEL
cancel | alexa ben voyons annule ce que je viens de dire | CANCEL
cancel | alexa c'est gavé compliqué annule | CANCEL
cancel | alexa adieu non annule pitchoun a parlé | CANCEL
cancel | alexa beuh annule la question sur la sarre | CANCEL
cancel | alexa ej veux annuler | CANCEL
cancel | alexa le sang annule c'est relou | CANCEL
cancel | alexa i ni ce annule la question | CANCEL
cancel | alexa babcia a changé d'avis annule | CANCEL
cancel | alexa aiyo annule annule | CANCEL
cancel | alexa fiu laisse tomber | CANCEL
cancel | alexa sumimasen annulez s'il vous plaît | CANCEL
cancel | alexa oups annule la dernière question | CANCEL
cancel | alexa non c'était pas pour toi annule | CANCEL
cancel | alexa ben là annule ma niaiserie | CANCEL | fr-CA
cancel | alexa laisse faire mon chum répond à ma place | CANCEL | fr-CA
cancel | alexa annule le bébé a parlé | CANCEL | fr-CA
cancel | alexa kuei non oublie ça | CANCEL | fr-CA
cancel | alexa wakha safi annule | CANCEL | fr-CA
cancel | alexa qué pena annule ça | CANCEL | fr-CA
cancel | alexa ça fait que laisse faire la question | CANCEL | fr-CA
cancel | alexa asteure annule ça | CANCEL | fr-CA
cancel | alexa c'était pas la bonne province annule | CANCEL | fr-CA
cancel | alexa non non laisse faire les capitales | CANCEL | fr-CA
help | alexa aupa comment je demande une capitale | HELP
help | alexa c'est pas le tout mais ça sert à quoi capitales du monde | HELP
help | alexa beuh je sais pas comment lui parler aide-moi | HELP
help | alexa ej comprends point aide-moi | HELP
help | alexa i ni ce comment ça marche ton truc | HELP
help | alexa babcia voudrait savoir comment ça marche | HELP
help | alexa yani aide moi je comprends pas | HELP
help | alexa pour mon contrôle comment je t'utilise | HELP
help | alexa ben là je sais pas quoi te demander aide-moi | HELP | fr-CA
help | alexa qu'est-ce que ça fait capitales du monde | HELP | fr-CA
help | alexa wakha comment on pose une question | HELP | fr-CA
help | alexa parce explique-moi le jeu | HELP | fr-CA
help | alexa ça fait que comment je fais pour avoir une capitale | HELP | fr-CA
help | alexa aide-moi avec les capitales mon gars comprend rien | HELP | fr-CA
stop | alexa aupa arrête maintenant | STOP
stop | alexa ben voyons arrête donc | STOP
stop | alexa adieu stop | STOP
stop | alexa beuh arrête de parler | STOP
stop | alexa ej veux que t'arrêtes | STOP
stop | alexa le sang c'est bon stop | STOP
stop | alexa i ni ce on arrête | STOP
stop | alexa fiu arrête tout | STOP
stop | alexa yani stop s'il vous plaît | STOP
stop | alexa les enfants dorment arrête | STOP
stop | alexa pantoute arrête | STOP | fr-CA
stop | alexa wakha safi c'est fini | STOP | fr-CA
stop | alexa ça fait que stop là | STOP | fr-CA
stop | alexa kuei c'est assez pour à soir | STOP | fr-CA
stop | alexa ferme ça on soupe | STOP | fr-CA
stop | alexa c'est assez les capitales | STOP | fr-CA
stop | alexa asteure tu peux arrêter | STOP | fr-CA
stop | alexa parce stop | STOP | fr-CA
launch | alexa aupa ouvre capitales du monde | LAUNCH
launch | alexa ben voyons lance capitales du monde | LAUNCH
launch | alexa adieu démarre capitales du monde | LAUNCH
launch | alexa beuh lance capitales du monde pour les gamins | LAUNCH
launch | alexa ej veux capitales du monde | LAUNCH
launch | alexa i ni ce ouvre capitales du monde | LAUNCH
launch | alexa babcia veut jouer à capitales du monde | LAUNCH
launch | alexa aiyo lance capitales du monde | LAUNCH
launch | alexa ia ora na ouvre capitales du monde | LAUNCH
launch | alexa pour réviser le brevet lance capitales du monde | LAUNCH
launch | alexa à la caserne on lance capitales du monde | LAUNCH
launch | alexa pantoute rien à faire ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa au chalet démarre capitales du monde | LAUNCH | fr-CA
launch | alexa parce lance capitales du monde | LAUNCH | fr-CA
launch | alexa ça fait que ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa pour génies en herbe ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa mon homme veut capitales du monde | LAUNCH | fr-CA
launch | alexa asteure lance capitales du monde | LAUNCH | fr-CA
# --- more out-of-domain
out-of-domain | alexa c'est quand les fêtes de bayonne | FB
out-of-domain | alexa recette du gâteau basque | FB
out-of-domain | alexa c'est quoi l'altitude du puy de dôme | FB
out-of-domain | alexa combien de temps pour faire l'aligot | FB
out-of-domain | alexa c'est quand les vendanges cette année | FB
out-of-domain | alexa mets la radio sur france bleu gironde | FB
out-of-domain | alexa c'est quoi le programme du carnaval de nice | FB
out-of-domain | alexa météo à nancy ce week-end | FB
out-of-domain | alexa quelle est la hauteur du mont blanc | FB
out-of-domain | alexa y a de la neige à val thorens | FB
out-of-domain | alexa frérot c'est qui le meilleur rappeur | FB
out-of-domain | alexa mets un réveil à sept heures pour le collège | FB
out-of-domain | alexa c'est quoi l'heure de la prière | FB
out-of-domain | alexa combien de temps pour aller à varsovie en voiture | FB
out-of-domain | alexa c'est quand la fête de ganesh | FB
out-of-domain | alexa sumimasen comment on dit merci en français | FB
out-of-domain | alexa quelle est la capitale la plus peuplée d'europe | FB
out-of-domain | alexa c'est quoi la plus petite capitale du monde | FB
out-of-domain | alexa combien de capitales y a-t-il en afrique | FB
out-of-domain | alexa quel est le fuseau horaire de tokyo | FB
out-of-domain | alexa rappelle-moi d'acheter du pain | FB
out-of-domain | alexa c'est quoi la capitale de l'union européenne | FB
out-of-domain | alexa quelle est la ville la plus riche du monde | FB
out-of-domain | alexa joue la marseillaise | FB
out-of-domain | alexa quel âge a la tour eiffel | FB
out-of-domain | alexa c'est quoi la capitale de l'alsace en alsacien | FB
out-of-domain | alexa combien font sept fois huit | FB
out-of-domain | alexa c'est quoi la capitale du rugby | FB
out-of-domain | alexa c'est quoi la capitale de la bourgogne | FB
out-of-domain | alexa c'est quand le traversier pour rivière-du-loup | FB | fr-CA
out-of-domain | alexa y a-tu de la poudreuse au mont-sainte-anne | FB | fr-CA
out-of-domain | alexa c'est quoi l'adresse du dépanneur le plus proche | FB | fr-CA
out-of-domain | alexa combien ça coûte un billet pour cancun | FB | fr-CA
out-of-domain | alexa c'est quand le festival innu nikamu | FB | fr-CA
out-of-domain | alexa c'est quoi la recette des crêpes au sirop | FB | fr-CA
out-of-domain | alexa mets de la cumbia | FB | fr-CA
out-of-domain | alexa c'est quand le ramadan cette année | FB | fr-CA
out-of-domain | alexa y a-tu du trafic sur la quarante | FB | fr-CA
out-of-domain | alexa combien de temps pour aller à edmonton en auto | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la chanson québécoise | FB | fr-CA
out-of-domain | alexa quelle est la plus grande province du canada | FB | fr-CA
out-of-domain | alexa c'est qui le premier ministre du nouveau-brunswick | FB | fr-CA
out-of-domain | alexa combien de monde à la capitale nationale | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'abitibi-témiscamingue en population | FB | fr-CA
out-of-domain | alexa la date du déménagement du premier juillet | FB | fr-CA
out-of-domain | alexa c'est quoi le meilleur spot de camping en gaspésie | FB | fr-CA
out-of-domain | alexa mets une alarme pour la gratte à quatre heures | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du cinéma | FB | fr-CA
out-of-domain | alexa quelle est la température à sept-îles | FB | fr-CA
# --- more lines for the speakers' own families
savoyards | alexa au refuge un alpiniste {} m'a demandé sa capitale | pakistanais=PK; népalais=NP; chilien=CL
savoyards | alexa après la fondue c'est quoi la capitale du liechtenstein | LI
savoyards | alexa y a des saisonniers {} à la station c'est quoi leur capitale | argentins=AR; kiwis=NZ; écossais=GB-SCT
savoyards | alexa ça caillasse ce matin c'est quoi la capitale de la sibérie | FB
picards | alexa un bout d'pain et la capitale {} | de l'ouganda=UG; du kenya=KE; du soudan du sud=SS
picards | alexa aux hortillonnages des touristes {} ont demandé leur capitale | danois=DK; flamands=BE; japonais=JP
picards | alexa mi j'voudrais la capitale de l'irlande du nord | GB-NIR
franco-polonais | alexa à la ducasse de lens on parlait de la capitale {} | de la roumanie=RO; de la croatie=HR; de la moldavie=MD
franco-polonais | alexa mon grand-père était mineur il venait de cracovie c'est la capitale de la pologne | PL
franco-polonais | alexa na zdrowie c'est quoi la capitale du kazakhstan | KZ
franco-polonais | alexa babcia dit que la capitale de la pologne c'est cracovie c'est vrai | PL
marocains-mtl | alexa à côte-des-neiges la voisine vient {} c'est quoi la capitale | du sénégal=SN; de la guinée=GN; du mali=ML
marocains-mtl | alexa bsaha le msemen c'est quoi la capitale du koweït | KW
marocains-mtl | alexa wakha la capitale du yémen | YE
colombiens-mtl | alexa chévere les capitales {} | du pérou=PE; de la bolivie=BO; du chili=CL
colombiens-mtl | alexa parce mon cousin vit {} c'est quoi la capitale | en argentine=AR; au brésil=BR; en uruguay=UY
colombiens-mtl | alexa qué pena c'est quoi la capitale du guatemala | GT
brayons | alexa à edmundston mon beau-frère vient {} c'est quoi la capitale | de la louisiane=US-LA; du vermont=US-VT; de l'île-du-prince-édouard=CA-PE
brayons | alexa asteure c'est quoi la capitale de la nouvelle-angleterre | FB
brayons | alexa au moulin le boss est {} c'est quoi sa capitale | suédois=SE; finlandais=FI; autrichien=AT
brayons | alexa la capitale de terre-neuve c'est-tu saint john's | CA-NL | fr-CA
jeux-ca | alexa au pool de hockey y a des joueurs {} c'est quoi leur capitale | tchèques=CZ; slovaques=SK; russes=RU | fr-CA
jeux-ca | alexa à atlas j'suis pogné avec la capitale {} | du liechtenstein=LI; d'andorre=AD; de saint-marin=SM | fr-CA
jeux-ca | alexa au crib mon oncle gage que la capitale de l'australie c'est sydney | AU | fr-CA
franco-tamouls | alexa amma la capitale {} | du bengale-occidental=IN-WB; de l'odisha=IN-OD; du telangana=IN-TS
franco-tamouls | alexa aiyo la capitale du bangladesh c'est quoi | BD
franco-tamouls | alexa appa veut savoir la capitale {} | de l'uttar pradesh=IN-UP; du bihar=IN-BR; de l'assam=IN-AS
innus | alexa kuei à mashteuiatsh on se demandait la capitale {} | du pérou=PE; du chili=CL; de l'équateur=EC | fr-CA
innus | alexa tshinashkumitin c'est quoi la capitale des territoires du nord-ouest | CA-NT | fr-CA
innus | alexa la capitale du nunavik c'est-tu kuujjuaq | FB | fr-CA
estriens | alexa au lac memphrémagog des américains {} m'ont demandé leur capitale | du vermont=US-VT; du new jersey=US-NJ; du delaware=US-DE | fr-CA
estriens | alexa pantoute je sais pas la capitale du maryland | US-MD | fr-CA
estriens | alexa à coaticook un touriste {} voulait la capitale | de la virginie=US-VA; du kansas=US-KS; du nebraska=US-NE | fr-CA
outaouais | alexa de l'autre bord de la rivière y a des ambassades {} c'est quoi la capitale | du ghana=GH; de la zambie=ZM; de la namibie=NA | fr-CA
outaouais | alexa au fédéral on reçoit une délégation {} c'est quoi leur capitale | mongole=MN; bhoutanaise=BT; népalaise=NP | fr-CA
outaouais | alexa ben correct la capitale de l'ontario c'est-tu ottawa | CA-ON | fr-CA
cote-nord | alexa le minerai part aussi {} c'est quoi la capitale | en allemagne=DE; au japon=JP; en turquie=TR | fr-CA
cote-nord | alexa sur le traversier de matane c'est quoi la capitale de l'islande | IS | fr-CA
abitibiens | alexa à amos un gars de la forestière vient {} c'est quoi la capitale | de la suède=SE; de la finlande=FI; de la russie=RU | fr-CA
abitibiens | alexa mon chum veut savoir la capitale du wisconsin | US-WI | fr-CA
mauriciens | alexa ben là la capitale de l'île-du-prince-édouard | CA-PE | fr-CA
mauriciens | alexa à trois-rivières on a reçu des jumelés {} c'est quoi leur capitale | de tours en france=FR; de la belgique=BE; du burkina=BF | fr-CA
quebec-ville | alexa c'est malade la capitale {} | du mississippi=US-MS; de l'arkansas=US-AR; du missouri=US-MO | fr-CA
quebec-ville | alexa au château frontenac des touristes {} c'est quoi leur capitale | texans=US-TX; californiens=US-CA; floridiens=US-FL | fr-CA
franco-albertains | alexa ça fait que la capitale de la saskatchewan | CA-SK | fr-CA
franco-albertains | alexa mon homme travaille avec des gars {} c'est quoi la capitale | du nigeria=NG; du venezuela=VE; du kazakhstan=KZ | fr-CA
maison-ca | alexa au chalet on se demandait la capitale {} | de la mongolie=MN; de la namibie=NA; du botswana=BW | fr-CA
ecole-ca | alexa en maternelle ma puce veut la capitale de la france | FR | fr-CA
ecole-ca | alexa pour l'examen du ministère c'est quoi la capitale {} | du portugal=PT; de la grèce=GR; de la pologne=PL | fr-CA
travail-ca | alexa au comptoir de l'aéroport un passager {} veut sa capitale | sénégalais=SN; malien=ML; togolais=TG | fr-CA
travail-ca | alexa à la cabane à sucre des touristes {} c'est quoi la capitale | du mexique=MX; de l'australie=AU; de la chine=CN | fr-CA
oceaniens | alexa tata demande la capitale {} | des fidji=FJ; du vanuatu=VU; des samoa américaines=AS
guyanais-mahorais | alexa à cayenne des brésiliens {} ont demandé leur capitale | de l'amapa=BR-AP; du para=BR-PA; de belém=FB
guyanais-mahorais | alexa jeje c'est quoi la capitale de la tanzanie | TZ
ados-banlieue | alexa frérot la capitale {} c'est pour le contrôle | de l'algérie=DZ; du maroc=MA; de la tunisie=TN
ados-banlieue | alexa c'est ouf la capitale de la corée du nord | KP
franco-maliens | alexa mon vieux père vient {} c'est quoi la capitale | de kayes au mali=ML; de la côte d'ivoire=CI; du sénégal=SN
franco-maliens | alexa i ni ce la capitale du cap-vert | CV
lorrains | alexa schlapp aux pieds la capitale {} | du vatican=VA; de monaco=MC; d'andorre=AD
lorrains | alexa beuh c'est quoi la capitale de la rhénanie-palatinat | DE-RP
nicois | alexa fada la capitale {} | de la tunisie=TN; de l'algérie=DZ; du liban=LB
bordelais | alexa à arcachon des anglais ont un bateau de {} c'est quoi la capitale | jersey=JE; guernesey=GG; l'île de man=IM
bordelais | alexa gavé bien la capitale de l'irlande | IE
auvergnats | alexa au pied du volcan des touristes {} c'est quoi leur capitale | islandais=IS; japonais=JP; italiens=IT
basques | alexa aupa c'est quoi la capitale du venezuela | VE
basques | alexa la famille de l'oncle vit {} c'est quoi la capitale | au chili=CL; en argentine=AR; en uruguay=UY
apprenants | alexa euh so the capitale de le {} is what | brésil=BR; chili=CL; pérou=PE
apprenants | alexa sumimasen capitale de la thaïlande | TH
apprenants | alexa yani la capitale de le soudan | SD
jeux-fr | alexa au questions de géo sur le téléphone la capitale {} | du qatar=QA; du bahreïn=BH; d'oman=OM
maison-fr | alexa pour le quiz du mariage c'est quoi la capitale {} | du cambodge=KH; du laos=LA; du myanmar=MM
ecole-fr | alexa en histoire-géo de quatrième la capitale {} | de la russie=RU; de l'ukraine=UA; de la biélorussie=BY
travail-fr | alexa à la pharmacie un client {} me demande sa capitale | arménien=AM; géorgien=GE; ouzbek=UZ
out-of-domain | alexa c'est quoi le score de l'aviron bayonnais | FB
out-of-domain | alexa combien de volcans en auvergne | FB
out-of-domain | alexa mets des chants polyphoniques basques | FB
out-of-domain | alexa c'est quoi la meilleure tartiflette d'annecy | FB
out-of-domain | alexa c'est quand la braderie d'amiens | FB
out-of-domain | alexa combien coûte un billet pour nouméa | FB
out-of-domain | alexa quelle est la capitale la plus au sud du monde | FB
out-of-domain | alexa c'est quoi le plus long fleuve de france | FB
out-of-domain | alexa frérot mets un minuteur pour les pâtes | FB
out-of-domain | alexa quel temps à la baie de somme | FB
out-of-domain | alexa y a-tu des bleuets au marché jean-talon | FB | fr-CA
out-of-domain | alexa c'est quoi l'horaire de la stm | FB | fr-CA
out-of-domain | alexa combien de kilomètres de sherbrooke à boston | FB | fr-CA
out-of-domain | alexa c'est quand la fête du canada | FB | fr-CA
out-of-domain | alexa mets une toune des colocs | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du monde du hockey | FB | fr-CA
franco-polonais | alexa dzienkouyé babcia veut la capitale de la bosnie | BA
franco-polonais | alexa à douai on mange des pierogi c'est quoi la capitale de la lituanie déjà | LT
marocains-mtl | alexa lalla veut savoir la capitale {} | de la jordanie=JO; du qatar=QA; des émirats arabes unis=AE | fr-CA
plural-capitals | alexa aiyo le sri lanka a deux capitales c'est lesquelles | LK
plural-capitals | alexa amma demande les capitales du sri lanka colombo et l'autre | LK
plural-capitals | alexa les deux capitales du sri lanka pour mon exposé de terminale | LK
plural-capitals | alexa wakha les capitales du sri lanka c'est quoi | LK | fr-CA
plural-capitals | alexa c'est quoi les deux capitales de l'eswatini ex-swaziland | SZ
plural-capitals | alexa mbabane et lobamba c'est les capitales de l'eswatini c'est ça | SZ
plural-capitals | alexa jeje les capitales du swaziland | SZ
plural-capitals | alexa pour génies en herbe les deux capitales du swaziland | SZ | fr-CA
plural-capitals | alexa i ni ce la côte d'ivoire a combien de capitales c'est lesquelles | CI
plural-capitals | alexa frérot yamoussoukro et abidjan c'est les deux capitales de la côte d'ivoire | CI
plural-capitals | alexa les capitales ivoiriennes c'est lesquelles | CI
plural-capitals | alexa à sherbrooke mon coloc ivoirien parle des deux capitales de son pays la côte d'ivoire | CI | fr-CA
plural-capitals | alexa les capitales du bénin cotonou pis porto-novo | BJ | fr-CA
plural-capitals | alexa aupa les capitales de la bolivie | BO
plural-capitals | alexa beuh les capitales de la malaisie | MY
plural-capitals | alexa adieu les deux capitales des pays-bas | NL
basques | alexa demande à capitales du monde la capitale du nicaragua | NI
auvergnats | alexa demande à capitales du monde c'est quoi la capitale de l'arménie | AM
nicois | alexa demande à capitales du monde la capitale de saint-marin pour pitchoun | SM
ecole-fr | alexa demande à capitales du monde quelle est la capitale de la namibie | NA
franco-tamouls | alexa demande à capitales du monde la capitale des maldives | MV
travail-fr | alexa demande à capitales du monde la capitale du burundi | BI
estriens | alexa demande à capitales du monde la capitale du new jersey | US-NJ | fr-CA
quebec-ville | alexa demande à capitales du monde c'est quoi la capitale de la géorgie l'état | US-GA | fr-CA
outaouais | alexa demande à capitales du monde la capitale du lesotho | LS | fr-CA
ecole-ca | alexa demande à capitales du monde la capitale du malawi | MW | fr-CA
innus | alexa demande à capitales du monde la capitale de la norvège pour nuitsheuakan | NO | fr-CA
"""

if __name__ == "__main__":
    build_round(51, "fr", LINES, sys.argv, "tests/Eval/fr/round51/source/build_corpus.py")
