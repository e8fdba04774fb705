"""Round 29, French (fr-FR, fr-CA): a new author's own mix, written blind at the start of the twenty-eighth session,
about a third of the lines fr-CA. Speakers chosen apart from rounds 25-28. France on fr-FR devices: Alsatians in
Strasbourg and Colmar (the Christmas market, the winstub, the European Parliament, the bredele, "hopla", "gell", "jo",
the mamema), Marseillais (the OM at the Vélodrome, the cabanon, the Frioul boat, the pastis, "té", "fada", "dégun",
"j'te jure", the minot), Réunionnais (the gramoune, the marmaille, the cari, the piton des Neiges, "ayo", "zot", "lé
bon"), Antillais of Guadeloupe and Martinique (the carnival, "sa ou fè", "doudou", "an ka mandé", a tonton from
Basse-Terre), Ch'tis of Lille and Roubaix (the braderie, the Paris-Roubaix, the estaminet, "biloute", "ch'est"), a
Paris open space (the coffee break, the stand-up, the RER B strike, the afterwork, a client abroad), Périgourdins and
Limousins (the Sarlat market, the walnuts, the truffle dog, the comice and the Limousin cows), a Romanian-French family
in Montreuil ("hai", "bunica", "mersi", "doamne", the building site), a Lebanese-French family ("yalla", "habibi",
"teta", "khalas", the mezze); learners: a Nigerian student in Lyon ("abeg", "wahala", "my sister she ask", "le capital
de le"), a Swedish au pair in Nantes ("hej", "tack", "hur säger man", "le capitale de le"), an Indian IT engineer in
Toulouse ("acha", "yaar", "quel est la capitale de le"); at work: firefighters at the caserne at night, a travel
agent, a librarian at story time, a pharmacist, a pizza rider at a red light; games: mots fléchés and mots croisés,
petit bac, an Eurovision evening (the twelve points), the Africa Cup of Nations at a café, the Paris marathon,
Formula 1, Civilization and Minecraft; at home: a honeymoon plan, grandpa's family tree, a move abroad, bath time,
the Christmas cards to cousins abroad, a foreign dish, the cat and the globe, hanging the washing. Canada (fr-CA):
Saguenay-Lac-Saint-Jean (the bleuets, the Traversée du lac, "y fait frette", "ma mére"), Charlevoix and the
Bas-Saint-Laurent (the Rimouski ferry, Baie-Saint-Paul, the Kamouraska sunset, a gîte), Laval and Lanaudière (the
minivan, the kids' soccer, the Festival de Lanaudière, "faque"), Franco-Ontarians of Hearst and the 11, Franco-Columbians
of Maillardville, the French of the Port-au-Port peninsula, a Hydro-Québec lineman at Radisson, the Montréal port, a
snow-removal night crew, a Korean-Quebec dépanneur, the Carnaval de Québec, the Grand Prix on the île Notre-Dame, the
Saint-Jean bonfire, Star Académie and Les Chefs on TV, Chilean-Quebecers ("cachai", "po", "abuelita"),
Lebanese-Quebecers, Vietnamese-Quebecers ("ba ngoai"), Algerian-Quebecers ("wallah", "khoya"), Ivorian students at
Laval, a French expat in Montréal, and everyday Quebec (the cottage dock, the dentist's waiting room, Scattergories,
the bus stop, the lottery ticket, "ayoye", "tiguidou", "c'est l'fun", "câline", "torrieu", "crime", "maudit",
"arrête de niaiser", "ça me tente", "c'est-tu", "j'ai-tu raison", "pis", "d'abord", "coudonc"). Plus follow-ups, yes/no
checks with right and wrong guesses, self-corrections with a marker ("non pardon", "euh non je veux dire", "oh
pardon", "non attends", "non je me suis trompé", "non en fait", "non désolé", "enfin non", "non excuse-moi", "zut je
voulais dire", "non plutôt", "ah non", "pardon pardon", "ah pis non", "scuse", "euh non je me trompe", "oups", "non
excuse", "mais non voyons"), reverse questions, official, everyday and old names, shared names (Géorgie, Congo, Corée,
îles Vierges), plurals (every several-capital country, Palestine, Jammu-et-Cachemire, Uttarakhand, Montserrat),
subdivisions and territories, two places in one question, one-shot requests through "capitales du monde", launch,
help, stop and cancel, out-of-domain near misses (other facts about a named country, "capitale" and "capital" in
other senses, regions the data lacks, fictional places, everyday requests), and what recognition writes (lost
accents and hyphens, homophones such as "du jambon", "de la graisse", "du pays roux", "du bout temps", "des tongs",
split words such as "guate mala", "mada gascar", "nord vège", "bré zil" and joined ones such as "capitaledu").
`python3 tests/Eval/fr/round29/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 29's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ---- fr-FR: Alsace (Strasbourg, Colmar, the Christmas market, the winstub, "hopla", "gell", "jo", the mamema)
alsace | alexa hopla c'est quoi la capitale {} gell | de l'allemagne=DE; de l'autriche=AT; de la pologne=PL
alsace | alexa au marché de noël un touriste me demande la capitale {} | du danemark=DK; de la lettonie=LV; de la slovaquie=SK
alsace | alexa jo la mamema veut savoir la capitale {} | de la hongrie=HU; de la roumanie=RO
alsace | alexa on est à la winstub avec les collègues dis-nous la capitale {} | de la suisse=CH; du liechtenstein=LI; du luxembourg=LU
alsace | alexa au parlement européen un stagiaire cherche la capitale {} | de la slovénie=SI; de malte=MT
alsace | alexa en passant le pont de l'europe à kehl c'est quoi la capitale {} déjà | de la tchéquie=CZ; de la croatie=HR
alsace | alexa mon papi de colmar il parle alsacien et il demande la capitale {} | de l'estonie=EE; de la finlande=FI
alsace | alexa hopla la capitale de la bavière c'est laquelle | DE-BY
alsace | alexa gell la capitale du bade-wurtemberg c'est stuttgart | DE-BW
alsace | alexa on fait des bredele et la petite veut la capitale de la sarre | DE-SL

# ---- fr-FR: Marseille (the OM at the Vélodrome, the cabanon, the calanques, "té", "fada", "dégun", "j'te jure")
marseille | alexa té c'est quoi la capitale {} | de l'algérie=DZ; de la tunisie=TN; du maroc=MA
marseille | alexa j'te jure dégun il sait la capitale {} tu me la dis | des comores=KM; de madagascar=MG; de l'arménie=AM
marseille | alexa au vélodrome le voisin de tribune il parie sur la capitale {} | du sénégal=SN; du cameroun=CM; du mali=ML
marseille | alexa oh fada la capitale {} c'est quoi | du liban=LB; de la syrie=SY
marseille | alexa on est au cabanon avec les cousins c'est laquelle la capitale {} | de l'égypte=EG; de la libye=LY
marseille | alexa sur le bateau pour le frioul dis-moi la capitale {} | de la grèce=GR; de chypre=CY
marseille | alexa té mon minot il me demande la capitale {} et j'en sais rien | de la mauritanie=MR; du burkina faso=BF
marseille | alexa avec le pastis on se prend la tête sur la capitale {} | de la turquie=TR; de l'albanie=AL

# ---- fr-FR: La Réunion (the marmaille, the gramoune, the cari, "ayo", "zot", "lé bon", Saint-Denis)
reunion | alexa ayo c'est quoi la capitale {} | de maurice=MU; des seychelles=SC; des maldives=MV
reunion | alexa la gramoune i demande la capitale {} | de madagascar=MG; de l'inde=IN; de la chine=CN
reunion | alexa zot i connaît pas la capitale {} dis à nou | du mozambique=MZ; de la tanzanie=TZ; du kenya=KE
reunion | alexa pendant le cari la marmaille i veut savoir la capitale {} | de l'afrique du sud=ZA; du malawi=MW
reunion | alexa lé bon ça la capitale de mayotte c'est mamoudzou | YT
reunion | alexa ayo la capitale de la réunion c'est saint-denis ou saint-pierre | RE
reunion | alexa on monte au piton des neiges dis-moi la capitale {} | du zimbabwe=ZW; de la zambie=ZM

# ---- fr-FR: the Antilles (Guadeloupe, Martinique, the carnival, "doudou", "sa ou fè", "an ka", the zouk)
antilles | alexa sa ou fè c'est quoi la capitale {} | d'haïti=HT; de cuba=CU; de la jamaïque=JM
antilles | alexa doudou la capitale {} c'est laquelle | de la dominique=DM; de sainte-lucie=LC; de la barbade=BB
antilles | alexa an ka mandé la capitale {} | de la grenade=GD; de trinité-et-tobago=TT
antilles | alexa pendant le carnaval on se demande la capitale {} | de saint-vincent-et-les grenadines=VC; d'antigua-et-barbuda=AG; de saint-christophe-et-niévès=KN
antilles | alexa la capitale de la guadeloupe c'est pointe-à-pitre hein | GP
antilles | alexa et la capitale de la martinique c'est bien fort-de-france | MQ
antilles | alexa mon tonton de basse-terre demande la capitale {} | du suriname=SR; du guyana=GY; du venezuela=VE

# ---- fr-FR: the Nord (Lille, Roubaix, the braderie, the Paris-Roubaix, "biloute", "ch'est", "hein")
chti | alexa biloute ch'est quoi la capitale {} hein | de la belgique=BE; des pays-bas=NL
chti | alexa à la braderie un monsieur me demande la capitale {} | de la norvège=NO; de l'islande=IS; de l'irlande=IE
chti | alexa pendant le paris-roubaix à la télé c'est quoi la capitale {} | de la slovaquie=SK; du danemark=DK
chti | alexa ch'est pas possible j'ai oublié la capitale {} | de la suède=SE; de la biélorussie=BY
chti | alexa à l'estaminet on joue au quiz c'est laquelle la capitale {} | de l'ukraine=UA; de la moldavie=MD; de la russie=RU

# ---- fr-FR: a Paris open space (the RER B strike, the afterwork, the coffee machine, the daily stand-up)
bureau | alexa pendant la pause café on se demande la capitale {} | du ghana=GH; du bénin=BJ
bureau | alexa avant le point d'équipe vite la capitale {} | de singapour=SG; du viêt nam=VN
bureau | alexa le rer b est en grève alors dis-moi la capitale {} pour passer le temps | du pakistan=PK; de l'afghanistan=AF
bureau | alexa à l'afterwork on a un pari sur la capitale {} | de l'australie=AU; de la nouvelle-zélande=NZ
bureau | alexa le client est à {} c'est quoi la capitale là-bas | dubaï aux émirats=AE; riyad en arabie saoudite=SA
bureau | alexa pour le mail au client c'est quoi la capitale {} | du qatar=QA; de bahreïn=BH; du koweït=KW
bureau | alexa mon manager part en séminaire c'est quoi la capitale {} | de l'indonésie=ID; des philippines=PH; de la malaisie=MY

# ---- fr-FR: the Périgord and the Limousin (the Sarlat market, the truffles, the walnuts, the Limousin cows, the comice)
perigord | alexa au marché de sarlat on cherche la capitale {} | du portugal=PT; de l'espagne=ES; d'andorre=AD
perigord | alexa en ramassant les noix dis-moi la capitale {} | du chili=CL; de l'argentine=AR
perigord | alexa pendant le cavage des truffes le chien s'arrête et moi je cherche la capitale {} | de l'équateur=EC
perigord | alexa au comice agricole le vétérinaire demande la capitale {} | de l'uruguay=UY; du paraguay=PY; de la colombie=CO

# ---- fr-FR: a Romanian-French family in Montreuil ("hai", "bunica", "mersi", "doamne")
roumaine | alexa hai dis-moi la capitale {} | de la roumanie=RO; de la moldavie=MD; de la bulgarie=BG
roumaine | alexa bunica elle demande la capitale {} mersi | de la serbie=RS; de la hongrie=HU; du monténégro=ME
roumaine | alexa doamne j'ai oublié la capitale {} | de la macédoine du nord=MK; de la bosnie-herzégovine=BA; de l'albanie=AL
roumaine | alexa le chantier est fini hai c'est quoi la capitale {} | de l'ukraine=UA; de la géorgie le pays=GE

# ---- fr-FR: a Lebanese-French family in Paris ("yalla", "habibi", "teta", "khalas", the mezze)
libanaise | alexa yalla c'est quoi la capitale {} | du liban=LB; de la jordanie=JO; de l'irak=IQ
libanaise | alexa teta demande la capitale {} habibi | de la syrie=SY; de l'arabie saoudite=SA; du yémen=YE
libanaise | alexa pendant les mezze on parie sur la capitale {} | d'oman=OM; du koweït=KW
libanaise | alexa khalas dis-moi juste la capitale {} | de l'iran=IR; d'israël=IL; de bahreïn=BH

# ---- fr-FR learners: a Nigerian student in Lyon ("abeg", "wahala", "my sister", "le capital de le")
apprenant | alexa abeg c'est quoi le capital de le {} | ghana=GH; nigeria=NG; cameroun=CM
apprenant | alexa wahala je oublie le capitale de {} | liberia=LR; sierra leone=SL; gambie=GM
apprenant | alexa my sister she ask quel est le capitale de la {} | guinée=GN; namibie=NA
# ---- a Swedish au pair in Nantes ("hej", "tack", "hur säger man", "le capitale")
apprenant | alexa hej quel est le capitale de le {} tack | norvège=NO; danemark=DK; finlande=FI
apprenant | alexa hur säger man euh la capitale de {} | islande=IS; estonie=EE
apprenant | alexa excuse moi je suis suédoise c'est quoi capitale de la {} | lettonie=LV; lituanie=LT
# ---- an Indian IT engineer in Toulouse ("acha", "yaar", "de le")
apprenant | alexa acha quel est la capitale de le {} | népal=NP; bhoutan=BT; bangladesh=BD
apprenant | alexa yaar dis-moi capitale de {} s'il vous plaît | sri lanka=LK; maldives=MV; afghanistan=AF
apprenant | alexa je veux savoir le capitale de la {} okay | birmanie=MM; mongolie=MN

# ---- fr-FR at work: firefighters at the caserne at night, a travel agent, a librarian, a pharmacist, a pizza rider
pompiers | alexa à la caserne on attend l'appel c'est quoi la capitale {} | du tchad=TD; du niger=NE; du soudan=SD
pompiers | alexa entre deux interventions dis-nous la capitale {} | du soudan du sud=SS; de l'érythrée=ER; de djibouti=DJ
pompiers | alexa le chef de garde veut savoir la capitale {} | de l'éthiopie=ET; de la somalie=SO; de l'ouganda=UG
agence-voyage | alexa j'ai une cliente qui part à {} c'est quoi la capitale | zanzibar en tanzanie=TZ; bali en indonésie=ID; phuket en thaïlande=TH
agence-voyage | alexa pour le devis du voyage de noces c'est quoi la capitale {} | des fidji=FJ; des samoa=WS; des tonga=TO
agence-voyage | alexa je prépare un circuit c'est laquelle la capitale {} | du cambodge=KH; du laos=LA; du myanmar=MM
agence-voyage | alexa le client part en croisière la capitale {} c'est quoi | du cap-vert=CV; de sao tomé-et-principe=ST
bibliotheque | alexa pour l'heure du conte les enfants demandent la capitale {} | du japon=JP; de la corée du nord=KP
bibliotheque | alexa je range le rayon voyages c'est quoi la capitale {} | du kazakhstan=KZ; de l'ouzbékistan=UZ; du kirghizstan=KG
bibliotheque | alexa un lecteur me demande la capitale {} et j'ai pas l'atlas | du tadjikistan=TJ; du turkménistan=TM; de l'azerbaïdjan=AZ
pharmacie | alexa entre deux ordonnances c'est quoi la capitale {} | du rwanda=RW; du burundi=BI
pharmacie | alexa une dame part en voyage et demande la capitale {} pour ses vaccins | du gabon=GA; de la guinée équatoriale=GQ; du togo=TG
pizza | alexa je suis au feu rouge avec mes pizzas c'est quoi la capitale {} | de la côte d'ivoire=CI; du congo-brazzaville=CG
pizza | alexa entre deux livraisons la capitale {} c'est laquelle | de la république centrafricaine=CF; de la guinée-bissau=GW; de l'angola=AO

# ---- fr-FR games: mots fléchés, petit bac, Eurovision, the Africa Cup of Nations at a café, the Paris marathon, Formula 1, Minecraft and Civilization
mots-fleches | alexa dans mes mots fléchés capitale {} en cinq lettres c'est quoi | du pérou=PE; du yémen=YE
mots-fleches | alexa pour mes mots croisés il me faut la capitale {} | du togo=TG; de la lettonie=LV; du qatar=QA
mots-fleches | alexa j'ai un mot fléché capitale {} ça commence par un b | du mali=ML; de la serbie=RS
petit-bac | alexa on joue au petit bac il me faut la capitale {} | du niger=NE; de l'oman=OM
petit-bac | alexa petit bac lettre k c'est quoi la capitale {} | du népal=NP; de l'ouganda=UG; de la jamaïque=JM
petit-bac | alexa vite avant la fin du sablier la capitale {} | du rwanda=RW; de l'afghanistan=AF
eurovision | alexa pendant l'eurovision c'est quoi la capitale {} | de l'azerbaïdjan=AZ; de l'arménie=AM
eurovision | alexa le jury donne douze points c'est quoi la capitale {} | de saint-marin=SM; de l'islande=IS
eurovision | alexa pour la soirée eurovision on fait un quiz la capitale {} | d'israël=IL; de la suède=SE
can | alexa au café pour la coupe d'afrique on cherche la capitale {} | de la côte d'ivoire=CI; de l'algérie=DZ; de la guinée=GN
can | alexa pendant la mi-temps de la can c'est quoi la capitale {} | du cameroun=CM; du burkina=BF
can | alexa les supporters du cap-vert demandent la capitale {} | du cap-vert=CV; de l'angola=AO; de la zambie=ZM
marathon | alexa au marathon de paris un coureur vient {} c'est quoi la capitale | du kenya=KE; d'érythrée=ER
marathon | alexa je m'étire après la course dis-moi la capitale {} | de l'ouganda=UG; du maroc=MA
formule-un | alexa pendant le grand prix c'est quoi la capitale {} | de monaco=MC; de bahreïn=BH; du mexique=MX
formule-un | alexa la course est à {} c'est quoi la capitale du pays | abou dabi=AE; bakou=AZ; spa=BE
jeux-video | alexa sur civilization je joue {} c'est quoi leur capitale dans la vraie vie | les japonais=JP; les mongols=MN
jeux-video | alexa sur minecraft on construit la capitale {} c'est laquelle en vrai | de l'égypte=EG; de l'inde=IN
jeux-video | alexa pause dans ma partie c'est quoi la capitale {} | du brunei=BN; du timor oriental=TL; de la papouasie-nouvelle-guinée=PG

# ---- fr-FR at home: a honeymoon plan, grandpa's genealogy, an expat move, bath time, Christmas cards abroad
maison | alexa on prépare notre voyage de noces c'est quoi la capitale {} | de maurice=MU; des seychelles=SC; du costa rica=CR
maison | alexa papi fait son arbre généalogique il cherche la capitale {} | de la pologne=PL; de l'italie=IT; du portugal=PT
maison | alexa on déménage à l'étranger c'est quoi la capitale {} | du canada=CA; de la suisse=CH; de la belgique=BE
maison | alexa pendant le bain la petite demande la capitale {} | de la france=FR; de l'espagne=ES
maison | alexa j'écris les cartes de voeux aux cousins c'est quoi la capitale {} | des états-unis=US; du royaume-uni=GB; de l'irlande=IE
maison | alexa le chat a renversé le globe c'est quoi la capitale {} | du nicaragua=NI; du honduras=HN; du salvador=SV
maison | alexa en étendant le linge je me demande la capitale {} | du guatemala=GT; du panama=PA; du belize=BZ

# ---- fr-CA: Saguenay-Lac-Saint-Jean (the bleuets, the Traversée du lac, "y fait frette", "ma mére", Chicoutimi)
saguenay | alexa y fait frette à soir c'est quoi la capitale {} | de la finlande=FI; de l'islande=IS | fr-CA
saguenay | alexa ma mére veut savoir la capitale {} | de l'écosse=GB-SCT; de l'irlande=IE | fr-CA
saguenay | alexa on ramasse des bleuets c'est-tu quoi la capitale {} | de la russie=RU; de la mongolie=MN | fr-CA
saguenay | alexa pendant la traversée du lac à la nage mon chum demande la capitale {} | du danemark=DK | fr-CA
saguenay | alexa à chicoutimi on s'obstine sur la capitale {} | de l'ontario=CA-ON; de la colombie-britannique=CA-BC | fr-CA

# ---- fr-CA: Charlevoix and the Bas-Saint-Laurent (Baie-Saint-Paul, the Kamouraska sunset, the ferry, Rimouski)
charlevoix | alexa sur le traversier à rimouski c'est quoi la capitale {} | du portugal=PT; de la grèce=GR | fr-CA
charlevoix | alexa à baie-saint-paul une touriste nous demande la capitale {} | de la belgique=BE; de la suisse=CH; du luxembourg=LU | fr-CA
charlevoix | alexa on regarde le coucher de soleil à kamouraska dis-moi la capitale {} | du japon=JP; de taïwan=TW | fr-CA
charlevoix | alexa au gîte le monsieur de la réception veut savoir la capitale {} | de l'autriche=AT; de la tchéquie=CZ | fr-CA

# ---- fr-CA: Laval and Lanaudière (the minivan, the Carrefour Laval, the Festival de Lanaudière in Joliette, the kids' soccer)
banlieue-qc | alexa on est dans la minivan au carrefour laval c'est quoi la capitale {} | du mexique=MX; du guatemala=GT; du costa rica=CR | fr-CA
banlieue-qc | alexa au soccer des petits le coach demande la capitale {} | de l'argentine=AR; du brésil=BR; de l'uruguay=UY | fr-CA
banlieue-qc | alexa au festival de lanaudière entre deux concerts la capitale {} c'est quoi | de l'autriche=AT; de l'allemagne=DE | fr-CA
banlieue-qc | alexa faque c'est quoi la capitale {} | de la colombie=CO; du venezuela=VE; de l'équateur=EC | fr-CA

# ---- fr-CA: Hearst and the north of Ontario (the sawmill, the moose, the 11), Maillardville (Franco-Columbians), the Port-au-Port peninsula
franco-ontario | alexa au moulin à scie à hearst on veut savoir la capitale {} | du manitoba=CA-MB; de la saskatchewan=CA-SK | fr-CA
franco-ontario | alexa sur la onze en s'en allant à kap c'est quoi la capitale {} | de l'alberta=CA-AB; du nunavut=CA-NU | fr-CA
franco-ontario | alexa à maillardville la chorale se demande la capitale {} | du yukon=CA-YT; des territoires du nord-ouest=CA-NT | fr-CA
franco-ontario | alexa à la péninsule de port-au-port mon pére demande la capitale {} | de terre-neuve=CA-NL; de la nouvelle-écosse=CA-NS | fr-CA

# ---- fr-CA: the James Bay dams (a Hydro-Québec lineman at Radisson, the camp), the Montreal port, a snow-removal night crew
baie-james | alexa au campement de radisson c'est quoi la capitale {} | du groenland=GL; de l'alaska=US-AK | fr-CA
baie-james | alexa le monteur de lignes veut savoir la capitale {} avant de monter au poteau | de la chine=CN; de l'inde=IN; du pakistan=PK | fr-CA
port | alexa au port de montréal le conteneur vient {} c'est quoi la capitale | du viêt nam=VN; de la malaisie=MY; de singapour=SG | fr-CA
port | alexa le bateau arrive {} c'est quoi la capitale là-bas | du panama=PA; du libéria=LR; des îles marshall=MH | fr-CA
deneigement | alexa dans la souffleuse à trois heures du matin dis-moi la capitale {} | de la lettonie=LV; de la lituanie=LT; de la biélorussie=BY | fr-CA
deneigement | alexa entre deux rues de déneigement c'est quoi la capitale {} | du kazakhstan=KZ; de l'ouzbékistan=UZ | fr-CA

# ---- fr-CA: a Korean-Quebec dépanneur, the Carnaval de Québec, the Grand Prix in Montréal, the Saint-Jean bonfire, Star Académie
depanneur | alexa au dépanneur entre deux clients c'est quoi la capitale {} | de la corée du nord=KP; du japon=JP | fr-CA
depanneur | alexa mon client des loteries veut savoir la capitale {} | de la thaïlande=TH; du cambodge=KH | fr-CA
fetes-qc | alexa au carnaval avec bonhomme c'est quoi la capitale {} | de la russie=RU; de l'ukraine=UA | fr-CA
fetes-qc | alexa au grand prix sur l'île notre-dame c'est quoi la capitale {} | de monaco=MC; de l'arabie saoudite=SA; de l'espagne=ES | fr-CA
fetes-qc | alexa au feu de la saint-jean le beau-frère demande la capitale {} | de la france=FR; du sénégal=SN; du maroc=MA | fr-CA
fetes-qc | alexa pendant star académie à la tv dis-moi la capitale {} | de l'italie=IT; de la jamaïque=JM | fr-CA

# ---- fr-CA: Chilean-Quebecers ("po", "cachai", "abuelita"), Lebanese-Quebecers in Saint-Laurent, Vietnamese-Quebecers ("bà ngoại"), Algerian-Quebecers in the Petit Maghreb, Ivorian students at Laval, French expats in Montréal
immigrants-qc | alexa cachai c'est quoi la capitale {} po | du chili=CL | fr-CA
immigrants-qc | alexa mon abuelita demande la capitale {} | du paraguay=PY; de l'argentine=AR | fr-CA
immigrants-qc | alexa yalla dans le char c'est quoi la capitale {} | du liban=LB; de chypre=CY; de l'égypte=EG | fr-CA
immigrants-qc | alexa ma ba ngoai veut savoir la capitale {} | du viêt nam=VN; du laos=LA; des philippines=PH | fr-CA
immigrants-qc | alexa wallah khoya c'est quoi la capitale {} | de l'algérie=DZ; de la tunisie=TN; de la libye=LY | fr-CA
immigrants-qc | alexa à l'université laval on est ivoiriens et on veut la capitale {} | de la côte d'ivoire=CI; du ghana=GH; du libéria=LR | fr-CA
immigrants-qc | alexa je suis français à montréal et je demande la capitale {} | de la nouvelle-zélande=NZ; de l'australie=AU | fr-CA

# ---- fr-CA: everyday Quebec (a Saturday at the Costco gas, the cottage dock, the dentist's waiting room, "ayoye", "tiguidou", "c'est l'fun")
quotidien-qc | alexa ayoye j'me souviens plus de la capitale {} | de la roumanie=RO; de la bulgarie=BG | fr-CA
quotidien-qc | alexa tiguidou astheure dis-moi la capitale {} | de la croatie=HR; de la slovénie=SI | fr-CA
quotidien-qc | alexa dans la salle d'attente du dentiste c'est quoi la capitale {} | du soudan=SD; du niger=NE | fr-CA
quotidien-qc | alexa c'est l'fun ce jeu-là c'est quoi la capitale {} | de l'afghanistan=AF; de l'irak=IQ; de l'iran=IR | fr-CA
quotidien-qc | alexa arrête de niaiser pis dis-moi la capitale {} | du gabon=GA | fr-CA
quotidien-qc | alexa câline j'ai un blanc c'est quoi la capitale {} | de la papouasie-nouvelle-guinée=PG; des îles salomon=SB; du vanuatu=VU | fr-CA
quotidien-qc | alexa bon ben ma blonde veut savoir la capitale {} | des bahamas=BS; d'haïti=HT | fr-CA
quotidien-qc | alexa ça me tente de savoir la capitale {} | de la dominique=DM; de la république dominicaine=DO | fr-CA
quotidien-qc | alexa mon gars a un examen de géo c'est quoi la capitale {} | de la mauritanie=MR; du mali=ML; du tchad=TD | fr-CA
quotidien-qc | alexa maudit que j'suis pas bon en géo c'est quoi la capitale {} | du kirghizstan=KG; du tadjikistan=TJ; du turkménistan=TM | fr-CA
quotidien-qc | alexa ma petite de six ans veut savoir la capitale {} | du canada=CA | fr-CA
quotidien-qc | alexa torrieu la capitale {} c'est quoi déjà | de la somalie=SO; de djibouti=DJ; de l'érythrée=ER | fr-CA
quotidien-qc | alexa ma grand-maman demande la capitale {} | de la pologne=PL; de l'irlande=IE | fr-CA
quotidien-qc | alexa mémère veut savoir la capitale {} pour son casse-tête | du bangladesh=BD | fr-CA
quotidien-qc | alexa écoute un peu c'est quoi la capitale {} | du sri lanka=LK; de l'indonésie=ID; du brunei=BN | fr-CA
quotidien-qc | alexa on se fait une partie de scattergories c'est quoi la capitale {} | du rwanda=RW; du burundi=BI; de l'ouganda=UG | fr-CA
quotidien-qc | alexa y a-tu quelqu'un qui sait la capitale {} | du malawi=MW; du zimbabwe=ZW; du botswana=BW | fr-CA
quotidien-qc | alexa en pliant le linge c'est quoi la capitale {} | du lesotho=LS; de l'eswatini=SZ; de la namibie=NA | fr-CA
quotidien-qc | alexa on prépare le voyage dans le sud c'est quoi la capitale {} | de la barbade=BB; de sainte-lucie=LC; de la grenade=GD | fr-CA
quotidien-qc | alexa le prof de mon gars demande la capitale {} | du mozambique=MZ; de madagascar=MG; des comores=KM | fr-CA
quotidien-qc | alexa pendant la game des canadiens c'est quoi la capitale {} | de la slovaquie=SK | fr-CA
quotidien-qc | alexa mon chum dit que la capitale {} c'est facile c'est laquelle | de la turquie=TR; de l'arménie=AM; de l'azerbaïdjan=AZ | fr-CA
quotidien-qc | alexa pour le quiz de l'école du petit c'est quoi la capitale {} | des émirats arabes unis=AE; du qatar=QA; d'oman=OM | fr-CA
quotidien-qc | alexa crime c'est quoi donc la capitale {} | de la jordanie=JO; de la syrie=SY | fr-CA
quotidien-qc | alexa à matin au déjeuner on se demande la capitale {} | du sénégal=SN; de la gambie=GM; de la guinée-bissau=GW | fr-CA
quotidien-qc | alexa au camping on joue aux capitales c'est laquelle la capitale {} | du togo=TG; du bénin=BJ; du burkina faso=BF | fr-CA
quotidien-qc | alexa le bébé dort enfin dis-moi tout bas la capitale {} | de la sierra leone=SL; de la guinée=GN | fr-CA
quotidien-qc | alexa en attendant l'autobus c'est quoi la capitale {} | des fidji=FJ; de kiribati=KI; de tuvalu=TV | fr-CA
quotidien-qc | alexa juste pour voir c'est quoi la capitale {} | de nauru=NR; des palaos=PW; de la micronésie=FM | fr-CA
quotidien-qc | alexa c'est pour un pari avec mon oncle la capitale {} | des samoa=WS; des tonga=TO; des îles marshall=MH | fr-CA
quotidien-qc | alexa je gratte mon billet de loto c'est quoi la capitale {} | de saint-marin=SM; du vatican=VA; d'andorre=AD | fr-CA

# ---- follow-ups ("et ...", "pis ...", "et pour ...")
follow-up | alexa et {} | de la belgique=BE; du laos=LA; de l'oman=OM
follow-up | et pour {} alors | le luxembourg=LU; la zambie=ZM; le yémen=YE
follow-up | ok et celle {} | du kenya=KE; du honduras=HN; de la namibie=NA
follow-up | et {} c'est quoi | le portugal=PT; la libye=LY
follow-up | d'accord merci et la capitale {} | de la croatie=HR; du monténégro=ME; de l'albanie=AL
follow-up | hopla et {} aussi | l'autriche=AT; la hongrie=HU
follow-up | té et {} pendant qu'on y est | la tunisie=TN; l'algérie=DZ
follow-up | ah ouais et {} maintenant | le gabon=GA; le cameroun=CM; le tchad=TD
follow-up | et la même chose pour {} | le chili=CL
follow-up | super et {} | le népal=NP; le bhoutan=BT
follow-up | pis {} | la saskatchewan=CA-SK; le manitoba=CA-MB; l'alberta=CA-AB | fr-CA
follow-up | pis {} d'abord | le nouveau-brunswick=CA-NB; l'île-du-prince-édouard=CA-PE | fr-CA
follow-up | ok pis celle {} | du mexique=MX | fr-CA
follow-up | et {} tant qu'à faire | la suède=SE; la norvège=NO; la finlande=FI | fr-CA
follow-up | c'est bon pis {} astheure | le japon=JP; la chine=CN | fr-CA
follow-up | merci ben et {} | l'australie=AU; la nouvelle-zélande=NZ | fr-CA
follow-up | et l'autre {} | la corée du nord=KP; la corée du sud=KR
follow-up | et encore une {} | l'ouzbékistan=UZ; le kazakhstan=KZ

# ---- yes/no checks, right and wrong guesses (expected: the place asked about)
yes-no-check | alexa est-ce que la capitale de l'australie c'est sydney | AU
yes-no-check | alexa la capitale du canada c'est bien toronto non | CA
yes-no-check | alexa c'est vrai que la capitale de la suisse c'est berne | CH
yes-no-check | alexa la capitale de la turquie c'est istanbul ou pas | TR
yes-no-check | alexa j'ai raison si je dis que la capitale du brésil c'est rio | BR
yes-no-check | alexa la capitale du maroc c'est casablanca hein | MA
yes-no-check | alexa gell la capitale de l'allemagne c'est berlin | DE
yes-no-check | alexa té la capitale de l'égypte c'est bien le caire | EG
yes-no-check | alexa est-ce que lagos c'est la capitale du nigeria | NG
yes-no-check | alexa dis-moi si la capitale du viêt nam c'est hô chi minh ville | VN
yes-no-check | alexa la capitale de la nouvelle-zélande c'est auckland pas vrai | NZ
yes-no-check | alexa mon fils dit que la capitale du kazakhstan c'est almaty il a raison | KZ
yes-no-check | alexa confirme-moi que la capitale de la norvège c'est oslo | NO
yes-no-check | alexa la capitale du myanmar c'est rangoun ou pas | MM
yes-no-check | alexa est-ce que dacca c'est bien la capitale du bangladesh | BD
yes-no-check | alexa la capitale de la tanzanie c'est dar es salaam je crois | TZ
yes-no-check | alexa la capitale du pakistan c'est karachi c'est ça | PK
yes-no-check | alexa la capitale de l'inde c'est new delhi ou bombay | IN
yes-no-check | alexa la capitale du burundi c'est encore bujumbura | BI
yes-no-check | alexa la capitale du québec c'est-tu montréal | CA-QC | fr-CA
yes-no-check | alexa la capitale de l'ontario c'est-tu ottawa ou toronto | CA-ON | fr-CA
yes-no-check | alexa j'ai-tu raison la capitale de la colombie-britannique c'est vancouver | CA-BC | fr-CA
yes-no-check | alexa la capitale de la floride c'est-tu miami | US-FL | fr-CA
yes-no-check | alexa c'est-tu vrai que la capitale de la californie c'est sacramento | US-CA | fr-CA
yes-no-check | alexa la capitale de l'écosse c'est-tu glasgow | GB-SCT | fr-CA
yes-no-check | alexa mon beau-frère dit que la capitale de l'italie c'est milan y a-tu raison | IT | fr-CA
yes-no-check | alexa la capitale de la nouvelle-écosse c'est ben halifax | CA-NS | fr-CA
yes-no-check | alexa la capitale de la chine c'est-tu shanghai | CN | fr-CA
yes-no-check | alexa c'est-tu genève la capitale de la suisse | CH | fr-CA

# ---- self-corrections (expected: the last place named)
self-correction | alexa la capitale de l'autriche non pardon de l'allemagne | DE
self-correction | alexa c'est quoi la capitale de la suède euh non je veux dire de la norvège | NO
self-correction | alexa la capitale du niger oh pardon du nigeria | NG
self-correction | alexa la capitale de la slovénie non attends de la slovaquie | SK
self-correction | alexa la capitale de l'iran non je me suis trompé de l'irak | IQ
self-correction | alexa la capitale de la gambie pardon de la zambie | ZM
self-correction | alexa té la capitale de la colombie non en fait du venezuela | VE
self-correction | alexa dis-moi la capitale du mali non désolé de la mauritanie | MR
self-correction | alexa la capitale de l'arménie enfin non de l'azerbaïdjan | AZ
self-correction | alexa c'est quoi la capitale de la guinée non excuse-moi de la guinée-bissau | GW
self-correction | alexa la capitale de l'autriche zut je voulais dire de l'australie | AU
self-correction | alexa la capitale du paraguay non plutôt de l'uruguay | UY
self-correction | alexa la capitale de la lettonie ah non je veux dire de la lituanie | LT
self-correction | alexa la capitale du honduras pardon pardon du nicaragua | NI
self-correction | alexa la capitale du manitoba ah pis non de la saskatchewan | CA-SK | fr-CA
self-correction | alexa la capitale de l'alberta scuse de la colombie-britannique | CA-BC | fr-CA
self-correction | alexa c'est quoi la capitale de la dominique non attends de la république dominicaine | DO | fr-CA
self-correction | alexa la capitale du chili euh non je me trompe de la bolivie | BO | fr-CA
self-correction | alexa la capitale de la corée du nord oups je veux dire du sud | KR | fr-CA
self-correction | alexa la capitale du vermont non excuse du maine | US-ME | fr-CA
self-correction | alexa la capitale de l'inde mais non voyons du pakistan | PK | fr-CA

# ---- reverse questions (expected: every place with that capital)
reverse-question | alexa ouagadougou c'est la capitale de quel pays | CITY:Ouagadougou
reverse-question | alexa bichkek c'est la capitale de quoi | CITY:Bichkek
reverse-question | alexa de quel pays nouakchott est la capitale | CITY:Nouakchott
reverse-question | alexa vientiane c'est dans quel pays | CITY:Vientiane
reverse-question | alexa tbilissi c'est la capitale de où | CITY:Tbilissi
reverse-question | alexa tunis c'est la capitale de quel pays té | CITY:Tunis
reverse-question | alexa paramaribo c'est la capitale de quel pays déjà | CITY:Paramaribo
reverse-question | alexa je sais plus ljubljana c'est la capitale de quoi | CITY:Ljubljana
reverse-question | alexa quel pays a pour capitale asmara | CITY:Asmara
reverse-question | alexa la ville de windhoek elle est capitale de quel pays | CITY:Windhoek
reverse-question | alexa montevideo c'est capitale de quoi exactement | CITY:Montevideo
reverse-question | alexa dans mes mots fléchés thimphu c'est la capitale de quel pays | CITY:Thimphu
reverse-question | alexa achgabat c'est où ça | CITY:Achgabat
reverse-question | alexa la haye c'est la capitale de quel pays | CITY:La Haye
reverse-question | alexa victoria c'est la capitale de quoi | CITY:Victoria
reverse-question | alexa iqaluit c'est la capitale de quoi | CITY:Iqaluit | fr-CA
yes-no-check | alexa whitehorse c'est-tu la capitale du yukon ou des territoires | CA-YT | fr-CA
reverse-question | alexa fredericton c'est la capitale de quelle province | CITY:Fredericton | fr-CA
reverse-question | alexa charlottetown c'est capitale de quoi d'abord | CITY:Charlottetown | fr-CA
reverse-question | alexa kingston c'est la capitale de quel pays | CITY:Kingston | fr-CA
reverse-question | alexa saint john's c'est la capitale de quoi | CITY:Saint John's | fr-CA
reverse-question | alexa regina c'est la capitale de quelle place | CITY:Regina | fr-CA
reverse-question | alexa tegucigalpa c'est dans quel pays coudonc | CITY:Tegucigalpa | fr-CA
reverse-question | alexa de quel état albany est la capitale | CITY:Albany | fr-CA

# ---- official names
official-name | alexa quelle est la capitale de la république fédérative du brésil | BR
official-name | alexa la capitale de la confédération helvétique s'il te plaît | CH
official-name | alexa c'est quoi la capitale du royaume hachémite de jordanie | JO
official-name | alexa capitale de la république orientale de l'uruguay | UY
official-name | alexa la capitale de l'état plurinational de bolivie c'est laquelle | BO
official-name | alexa c'est quoi la capitale de la république islamique d'iran | IR
official-name | alexa la capitale de la fédération de russie | RU
official-name | alexa dis-moi la capitale des états-unis mexicains | MX
official-name | alexa la capitale de la république arabe d'égypte c'est quoi | EG
official-name | alexa capitale du grand-duché de luxembourg | LU
official-name | alexa c'est quoi la capitale de la république hellénique | GR
official-name | alexa la capitale de la république socialiste du viêt nam | VN
official-name | alexa la capitale de la république démocratique populaire lao | LA
official-name | alexa c'est laquelle la capitale de la république kirghize | KG
official-name | alexa la capitale de la république bolivarienne du venezuela c'est quoi | VE | fr-CA
official-name | alexa c'est quoi la capitale de la république populaire démocratique de corée | KP | fr-CA
official-name | alexa la capitale de la république de corée | KR | fr-CA
official-name | alexa capitale du royaume de thaïlande s'il vous plaît | TH | fr-CA
official-name | alexa c'est quoi la capitale de la république algérienne démocratique et populaire | DZ | fr-CA
official-name | alexa la capitale des états-unis d'amérique | US | fr-CA

# ---- everyday names
everyday-name | alexa c'est quoi la capitale de la hollande | NL
everyday-name | alexa la capitale des émirats hein | AE
everyday-name | alexa c'est quoi la capitale du burkina | BF
everyday-name | alexa la capitale de la centrafrique | CF
everyday-name | alexa dis-moi la capitale de la rdc | CD
everyday-name | alexa c'est quoi la capitale de la bosnie | BA
everyday-name | alexa la capitale de la macédoine c'est quoi déjà | MK
everyday-name | alexa la capitale de saint-kitts | KN
everyday-name | alexa la capitale de trinidad | TT
everyday-name | alexa c'est quoi la capitale de la papouasie | PG
everyday-name | alexa la capitale du timor | TL
everyday-name | alexa la capitale de la moldova | MD
everyday-name | alexa c'est quoi la capitale de cabo verde | CV
everyday-name | alexa la capitale de la guinée-conakry | GN
everyday-name | alexa la capitale du congo-kinshasa c'est quoi | CD
everyday-name | alexa la capitale de sao tomé | ST
everyday-name | alexa la capitale d'el salvador c'est quoi | SV
everyday-name | alexa c'est quoi la capitale des states | US | fr-CA
everyday-name | alexa la capitale de l'amérique | US | fr-CA
everyday-name | alexa c'est quoi la capitale de la république tchèque | CZ | fr-CA
everyday-name | alexa la capitale de la grande-bretagne | GB | fr-CA
everyday-name | alexa la capitale de saint-vincent | VC | fr-CA
everyday-name | alexa c'est quoi la capitale d'antigua | AG | fr-CA
everyday-name | alexa la capitale de la türkiye | TR | fr-CA

# ---- old names
old-name | alexa mon grand-père parle toujours du dahomey c'est quoi sa capitale | BJ
old-name | alexa la capitale de la haute-volta c'est quoi | BF
old-name | alexa la capitale du zaïre à l'époque de mobutu | CD
old-name | alexa c'est quoi la capitale de ceylan | LK
old-name | alexa la capitale de la birmanie | MM
old-name | alexa la capitale du siam c'est laquelle | TH
old-name | alexa la capitale de la perse | IR
old-name | alexa c'est quoi la capitale de l'abyssinie | ET
old-name | alexa la capitale de formose | TW
old-name | alexa la capitale de l'oubangui-chari | CF
old-name | alexa la capitale du nyassaland | MW
old-name | alexa papi était au soudan français c'est quoi la capitale | ML
old-name | alexa la capitale du kampuchéa | KH
old-name | alexa la capitale de la côte-de-l'or | GH
old-name | alexa c'est quoi la capitale de la rhodésie | ZW | fr-CA
old-name | alexa la capitale du bechuanaland | BW | fr-CA
old-name | alexa la capitale du basutoland | LS | fr-CA
old-name | alexa la capitale des nouvelles-hébrides | VU | fr-CA
old-name | alexa la capitale du honduras britannique | BZ | fr-CA
old-name | alexa la capitale du tanganyika | TZ | fr-CA
old-name | alexa la capitale de la côte française des somalis | DJ | fr-CA

# ---- shared names (a bare name: every place; a disambiguated one: the one)
shared-name | alexa c'est quoi la capitale de la géorgie | GE+US-GA
shared-name | alexa la capitale de la géorgie le pays du caucase | GE
shared-name | alexa la capitale de l'état de géorgie aux états-unis | US-GA
shared-name | alexa c'est quoi la capitale du congo | CD+CG
shared-name | alexa les capitales des deux congo | CD+CG
shared-name | alexa la capitale de la corée | KP+KR
shared-name | alexa c'est quoi les capitales des deux corées | KP+KR
shared-name | alexa la capitale des îles vierges | VG+VI
shared-name | alexa la capitale des îles vierges britanniques | VG
shared-name | alexa la capitale des îles vierges américaines | VI
shared-name | alexa la capitale de la géorgie celle d'atlanta | US-GA
shared-name | alexa congo | CD+CG
shared-name | alexa géorgie | GE+US-GA
shared-name | alexa la capitale de la géorgie aux states | US-GA | fr-CA
shared-name | alexa c'est quoi la capitale de la géorgie en europe de l'est | GE | fr-CA
shared-name | alexa la capitale du congo-brazzaville | CG | fr-CA
shared-name | alexa les capitales des corées | KP+KR | fr-CA
shared-name | alexa c'est quoi la capitale des îles vierges | VG+VI | fr-CA
shared-name | alexa la capitale du congo c'est laquelle | CD+CG | fr-CA

# ---- plurals: every several-capital country, Palestine, and places with two capitals
plural-capitals | alexa quelles sont les capitales de l'afrique du sud | ZA
plural-capitals | alexa le sri lanka il a deux capitales c'est lesquelles | LK
plural-capitals | alexa acha quelles sont les capitales du sri lanka | LK
plural-capitals | alexa té les capitales de la malaisie c'est lesquelles | MY
plural-capitals | alexa la palestine elle a combien de capitales | PS
plural-capitals | alexa quelles sont les capitales de l'afrique du sud hopla | ZA
plural-capitals | alexa c'est quoi les trois capitales de l'afrique du sud | ZA
plural-capitals | alexa quelles sont les capitales de la bolivie | BO
plural-capitals | alexa la bolivie elle a deux capitales c'est lesquelles | BO
plural-capitals | alexa les deux capitales du bénin | BJ
plural-capitals | alexa quelles sont les capitales du bénin s'il te plaît | BJ
plural-capitals | alexa c'est quoi les capitales de la côte d'ivoire | CI
plural-capitals | alexa la côte d'ivoire a combien de capitales et lesquelles | CI
plural-capitals | alexa quelles sont les capitales du sri lanka | LK
plural-capitals | alexa les capitales de la malaisie | MY
plural-capitals | alexa quelles sont les deux capitales des pays-bas | NL
plural-capitals | alexa les capitales de l'eswatini | SZ
plural-capitals | alexa quelles sont les capitales de la palestine | PS
plural-capitals | alexa quelles sont les capitales du jammu-et-cachemire | IN-JK
plural-capitals | alexa c'est quoi les capitales de l'uttarakhand | IN-UK
plural-capitals | alexa c'est quoi les capitales de la malaisie | MY | fr-CA
plural-capitals | alexa nomme-moi les capitales du sri lanka | LK | fr-CA
plural-capitals | alexa c'est-tu vrai que les pays-bas ont deux capitales lesquelles | NL | fr-CA
plural-capitals | alexa les capitales du swaziland c'est quoi | SZ | fr-CA
plural-capitals | alexa les capitales de la palestine c'est lesquelles | PS | fr-CA
plural-capitals | alexa quelles sont les capitales de montserrat | MS | fr-CA
plural-capitals | alexa dis-moi les trois capitales de l'afrique du sud | ZA | fr-CA
plural-capitals | alexa c'est quoi les deux capitales de la bolivie | BO | fr-CA
plural-capitals | alexa les capitales de la côte d'ivoire c'est lesquelles | CI | fr-CA
plural-capitals | alexa le bénin a-tu deux capitales | BJ | fr-CA

# ---- subdivisions (states, provinces, Länder, the UK's nations)
subdivision | alexa c'est quoi la capitale {} hopla | de la rhénanie-palatinat=DE-RP; de la hesse=DE-HE; de la thuringe=DE-TH
subdivision | alexa dis-moi la capitale {} s'il te plaît | de la basse-saxe=DE-NI; de la saxe=DE-SN; du schleswig-holstein=DE-SH
subdivision | alexa la capitale {} c'est quoi au juste | du pays de galles=GB-WLS; de l'irlande du nord=GB-NIR; de l'angleterre=GB-ENG
subdivision | alexa la capitale {} j'ai oublié | du texas=US-TX; de l'arizona=US-AZ; du nevada=US-NV
subdivision | alexa pour mon road trip c'est quoi la capitale {} | de l'utah=US-UT; du colorado=US-CO
subdivision | alexa la capitale {} c'est laquelle dis donc | de la louisiane=US-LA; du mississippi=US-MS; de l'alabama=US-AL
subdivision | alexa mon cousin vit {} c'est quoi la capitale de l'état | en pennsylvanie=US-PA; en ohio=US-OH
subdivision | alexa c'est quoi la capitale {} en inde | du kerala=IN-KL; du rajasthan=IN-RJ; du tamil nadu=IN-TN
subdivision | alexa la capitale {} c'est quelle ville | du maharashtra=IN-MH; du gujarat=IN-GJ; du bengale-occidental=IN-WB
subdivision | alexa c'est quoi la capitale {} au brésil | de bahia=BR-BA; du minas gerais=BR-MG
subdivision | alexa la capitale {} au mexique | du yucatán=MX-YUC; de jalisco=MX-JAL
subdivision | alexa c'est quoi la capitale {} en australie | du queensland=AU-QLD; de la tasmanie=AU-TAS; de l'australie-occidentale=AU-WA
subdivision | alexa c'est quoi la capitale provinciale {} | du québec=CA-QC; de la nouvelle-écosse=CA-NS; de l'île-du-prince-édouard=CA-PE | fr-CA
subdivision | alexa c'est quoi la capitale {} coudonc | du vermont=US-VT; du new hampshire=US-NH; du massachusetts=US-MA | fr-CA
subdivision | alexa on descend {} c'est quoi la capitale | dans le maine=US-ME; en caroline du sud=US-SC; au connecticut=US-CT | fr-CA
subdivision | alexa la capitale de l'état {} | de new york=US-NY; de washington=US-WA | fr-CA
subdivision | alexa la capitale {} c'est-tu une grosse ville | de l'ontario=CA-ON; du nouveau-brunswick=CA-NB | fr-CA
subdivision | alexa c'est quoi la capitale {} pour les snowbirds | de la floride=US-FL; de la caroline du nord=US-NC | fr-CA
subdivision | alexa la capitale {} c'est quoi ça | d'hawaï=US-HI; de l'oregon=US-OR; du wisconsin=US-WI | fr-CA

# ---- territories and dependencies
territory | alexa dans les outre-mer c'est quoi la capitale {} | de la guyane=GF; de la nouvelle-calédonie=NC; de la polynésie française=PF
territory | alexa la capitale {} c'est laquelle | de wallis-et-futuna=WF; de saint-pierre-et-miquelon=PM; de saint-barthélemy=BL
territory | alexa dis-moi donc la capitale {} s'il te plaît | du groenland=GL; des îles féroé=FO; de porto rico=PR
territory | alexa c'est quoi la capitale {} au juste | des bermudes=BM; de gibraltar=GI; de jersey=JE
territory | alexa la capitale {} j'en sais rien du tout | des îles caïmans=KY; d'aruba=AW; de curaçao=CW
territory | alexa la capitale {} c'est quoi | de guam=GU; des samoa américaines=AS; des îles cook=CK | fr-CA
territory | alexa on part en croisière c'est quoi la capitale {} | des îles turques-et-caïques=TC; d'anguilla=AI | fr-CA
territory | alexa la capitale {} dis-moi ça | des îles malouines=FK; de sainte-hélène=SH; de l'île de man=IM | fr-CA

# ---- two places in one question
two-places | alexa c'est quoi la capitale de la suède et de la norvège | NO+SE
two-places | alexa les capitales de l'espagne et du portugal | ES+PT
two-places | alexa dis-moi la capitale du chili et celle de l'argentine | AR+CL
two-places | alexa c'est quoi les capitales du québec pis de l'ontario | CA-ON+CA-QC | fr-CA
two-places | alexa la capitale de l'inde et du pakistan | IN+PK | fr-CA

# ---- one-shot requests through the invocation name
one-shot | alexa demande à capitales du monde la capitale {} | du kenya=KE; de l'ouganda=UG; du rwanda=RW
one-shot | alexa ouvre capitales du monde et dis-moi la capitale {} | de la mongolie=MN; du laos=LA; du cambodge=KH
one-shot | alexa lance capitales du monde c'est quoi la capitale {} | de la colombie=CO; du suriname=SR
one-shot | alexa capitales du monde la capitale {} | de l'estonie=EE; de la lettonie=LV
one-shot | alexa demande à capitales du monde c'est quoi la capitale {} | du liechtenstein=LI; de monaco=MC | fr-CA
one-shot | alexa ouvre capitales du monde pis dis-moi la capitale {} | de l'ouzbékistan=UZ; du tadjikistan=TJ | fr-CA
one-shot | alexa avec capitales du monde trouve la capitale {} | du yukon=CA-YT; du nunavut=CA-NU | fr-CA

# ---- recognition artefacts (lost accents, split and joined words, homophones)
recognition | alexa c'est quoi la capitale du jambon | JP
recognition | alexa la capitale de la graisse | GR
recognition | alexa c'est quoi la capitale du pays roux | PE
recognition | alexa la capitale de la suede | SE
recognition | alexa la capitale de l'egypte | EG
recognition | alexa c'est quoi la capitale du nepal | NP
recognition | alexa la capitale de la republique tcheque | CZ
recognition | alexa la capitale du guate mala | GT
recognition | alexa c'est quoi la capitale du mada gascar | MG
recognition | alexa c'est quoi la capitaledu kenya | KE
recognition | alexa la capitale de l'azer baïdjan | AZ
recognition | alexa la capitale de la nord vège | NO
recognition | alexa c'est quoi la capitale du vietnam | VN
recognition | alexa c'est quoi la capitale de l'ethiopie | ET
recognition | alexa la capitale du bout temps | BT
recognition | alexa c'est quoi la capitale des tongs | TO
recognition | alexa c'est quoi la capitale du costa rika | CR
recognition | alexa la capitale de la colombie britannique | CA-BC | fr-CA
recognition | alexa c'est quoi la capitale de l'ile du prince edouard | CA-PE | fr-CA
recognition | alexa la capitale du nouveau brunswick | CA-NB | fr-CA
recognition | alexa c'est quoi la capitale de la nouvelle ecosse | CA-NS | fr-CA
recognition | alexa la capitale de terre neuve | CA-NL | fr-CA
recognition | alexa c'est quoi la capitale du quebec | CA-QC | fr-CA
recognition | alexa c'est quoi la capitale de la jamaique | JM | fr-CA
recognition | alexa la capitale du bré zil | BR | fr-CA

# ---- out of domain: other facts about a named country, "capitale" and "capital" in other senses, places the data lacks, everyday requests (expected FB)
out-of-domain | alexa combien d'habitants en {} | allemagne=FB; roumanie=FB
out-of-domain | alexa quelle langue on parle {} | au paraguay=FB; en érythrée=FB; au suriname=FB
out-of-domain | alexa c'est quoi la monnaie {} | de la hongrie=FB; du maroc=FB
out-of-domain | alexa qui est le président {} | de la colombie=FB; du sénégal=FB
out-of-domain | alexa quel temps il fait {} | à strasbourg=FB; à pointe-à-pitre=FB; à saint-denis de la réunion=FB
out-of-domain | alexa c'est quoi la capitale {} au fait | de l'alsace=FB; de la provence=FB; de la corse=FB
out-of-domain | alexa et la capitale {} c'est laquelle | de la catalogne=FB; de la sicile=FB; de la wallonie=FB
out-of-domain | alexa dis-moi la capitale {} | du pays basque=FB; de la bretagne=FB; du limousin=FB
out-of-domain | alexa c'est quoi la vraie capitale {} | du wakanda=FB; de l'atlantide=FB; du royaume de narnia=FB
out-of-domain | alexa quelle est la capitale européenne de la culture cette année | FB
out-of-domain | alexa c'est quoi la capitale mondiale du foie gras | FB
out-of-domain | alexa lyon c'est la capitale de la gastronomie ou pas | FB
out-of-domain | alexa combien j'ai de capital sur mon livret a | FB
out-of-domain | alexa c'est quoi un capital décès | FB
out-of-domain | alexa écris capitale en lettres capitales | FB
out-of-domain | alexa c'est quoi la peine capitale | FB
out-of-domain | alexa mets une minuterie de dix minutes pour les bredele | FB
out-of-domain | alexa mets de la musique zouk | FB
out-of-domain | alexa ajoute des merguez à la liste de courses | FB
out-of-domain | alexa à quelle heure joue l'om ce soir | FB
out-of-domain | alexa c'est combien d'heures de vol jusqu'à la réunion | FB
out-of-domain | alexa quel est le plus grand pays d'afrique | FB
out-of-domain | alexa quelle est la plus grande ville du brésil | FB
out-of-domain | alexa c'est où le piton de la fournaise | FB
out-of-domain | alexa raconte-moi une blague de ch'ti | FB
out-of-domain | alexa combien de pays en europe | FB
out-of-domain | alexa qui a gagné l'eurovision l'an dernier | FB
out-of-domain | alexa quel est le drapeau de la roumanie | FB
out-of-domain | alexa quel est l'hymne national du liban | FB
out-of-domain | alexa quelle heure il est à beyrouth | FB
out-of-domain | alexa traduis merci en roumain | FB
out-of-domain | alexa comment on dit bonjour en suédois | FB
out-of-domain | alexa joue la radio des pompiers | FB
out-of-domain | alexa c'est quoi le code postal de sarlat | FB
out-of-domain | alexa c'est quand le prochain grand prix de monaco | FB
out-of-domain | alexa qui a gagné la coupe d'afrique | FB
out-of-domain | alexa quel est le record du marathon de paris | FB
out-of-domain | alexa éteins la lumière du salon | FB
out-of-domain | alexa la pharmacie de garde la plus proche | FB
out-of-domain | alexa combien de calories dans une pizza | FB
out-of-domain | alexa quelle est la plus haute montagne du népal | FB
out-of-domain | alexa c'est quoi la superficie du kazakhstan | FB
out-of-domain | alexa quel fuseau horaire pour le japon | FB
out-of-domain | alexa combien coûte un billet pour dakar | FB
out-of-domain | alexa quelle est la religion en indonésie | FB
out-of-domain | alexa le mont blanc il est en france ou en italie | FB
out-of-domain | alexa c'est quoi la capitale de la lune | FB
out-of-domain | alexa capitale de la mode c'est paris ou milan | FB
out-of-domain | alexa on joue à qui est-ce | FB
out-of-domain | alexa appelle mamema | FB
out-of-domain | alexa rappelle-moi de sortir les poubelles | FB
out-of-domain | alexa mets france inter | FB
out-of-domain | alexa raconte une histoire aux enfants | FB
out-of-domain | alexa quel âge a la reine d'angleterre | FB
out-of-domain | alexa c'est quoi la capitale d'un pays en fait | FB
out-of-domain | alexa les capitales en majuscules ça prend un accent | FB
out-of-domain | alexa combien font sept fois huit | FB
out-of-domain | alexa quel est le plus long fleuve d'europe | FB
out-of-domain | alexa qui a fondé la ville de marseille | FB
out-of-domain | alexa combien d'habitants {} | au québec=FB; en gaspésie=FB | fr-CA
out-of-domain | alexa c'est quoi la capitale {} pour vrai | du saguenay=FB; de la gaspésie=FB; de la beauce=FB | fr-CA
out-of-domain | alexa la capitale régionale {} c'est quoi | de la mauricie=FB; de l'abitibi=FB; de la côte-nord=FB | fr-CA
out-of-domain | alexa c'est quoi la langue qu'on parle {} | au nunavut=FB; en haïti=FB | fr-CA
out-of-domain | alexa coudonc la capitale {} c'est laquelle | de la californie du sud=FB; de la toscane=FB; de la patagonie=FB | fr-CA
out-of-domain | alexa montréal c'est-tu la capitale mondiale des nids-de-poule | FB | fr-CA
out-of-domain | alexa c'est quoi le taux de change du dollar canadien en euros | FB | fr-CA
out-of-domain | alexa y fait-tu frette à chicoutimi à matin | FB | fr-CA
out-of-domain | alexa à quelle heure la game des canadiens | FB | fr-CA
out-of-domain | alexa mets une minuterie pour la poutine | FB | fr-CA
out-of-domain | alexa joue du ginette reno | FB | fr-CA
out-of-domain | alexa ajoute du lait à ma liste d'épicerie | FB | fr-CA
out-of-domain | alexa c'est quand la prochaine tempête de neige | FB | fr-CA
out-of-domain | alexa combien de temps en char de montréal à québec | FB | fr-CA
out-of-domain | alexa c'est qui le premier ministre du québec | FB | fr-CA
out-of-domain | alexa c'est quoi la plus grosse ville de la saskatchewan | FB | fr-CA
out-of-domain | alexa quelle est la population du nunavik | FB | fr-CA
out-of-domain | alexa c'est quoi le drapeau de l'acadie | FB | fr-CA
out-of-domain | alexa combien de provinces au canada | FB | fr-CA
out-of-domain | alexa c'est quand la saint-jean | FB | fr-CA
out-of-domain | alexa qui a gagné star académie | FB | fr-CA
out-of-domain | alexa c'est quoi mon gain en capital sur mon reer | FB | fr-CA
out-of-domain | alexa trouve-moi un dépanneur ouvert | FB | fr-CA
out-of-domain | alexa quelle heure il est à vancouver | FB | fr-CA
out-of-domain | alexa c'est où la baie-james sur la carte | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la planète mars | FB | fr-CA
out-of-domain | alexa la capitale de la poutine c'est-tu drummondville | FB | fr-CA
out-of-domain | alexa on joue à tic tac toe | FB | fr-CA
out-of-domain | alexa pèse le pour pis le contre pour mon voyage | FB | fr-CA
out-of-domain | alexa combien de kilomètres entre rimouski et gaspé | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du royaume de westeros | FB | fr-CA
out-of-domain | alexa la capitale de la catalogne c'est-tu barcelone | FB | fr-CA

out-of-domain | alexa quelle est la capitale de la choucroute | FB
out-of-domain | alexa combien de temps de cuisson pour un cari poulet | FB
out-of-domain | alexa c'est quoi la devise de la suède | FB
out-of-domain | alexa quel pays a le plus de capitales au monde | FB
out-of-domain | alexa qui est le maire de strasbourg | FB
out-of-domain | alexa c'est quoi le plat national du liban | FB | fr-CA
out-of-domain | alexa y a combien de lacs au saguenay | FB | fr-CA

# ---- help
help | alexa aide-moi avec capitales du monde | HELP
help | alexa comment ça marche ton truc de capitales | HELP
help | alexa je comprends pas comment jouer | HELP
help | alexa qu'est-ce que je peux te demander | HELP
help | alexa aide s'il te plaît hopla | HELP
help | alexa té c'est quoi les règles | HELP
help | alexa je suis perdue tu peux m'aider | HELP
help | alexa la mamema comprend pas comment ça marche | HELP
help | alexa qu'est-ce que tu sais faire exactement avec les capitales | HELP
help | alexa explique-moi comment on pose une question | HELP
help | alexa j'ai besoin d'un coup de main | HELP
help | alexa aide-moi je suis nouveau | HELP
help | alexa comment on fait pour demander une capitale | HELP
help | alexa explique-moi le jeu s'il te plaît | HELP | fr-CA
help | alexa je comprends rien aide-moi donc | HELP | fr-CA
help | alexa c'est quoi que je peux dire | HELP | fr-CA
help | alexa aide-nous on sait pas quoi faire | HELP | fr-CA
help | alexa comment ça fonctionne ton affaire | HELP | fr-CA
help | alexa peux-tu m'aider un peu | HELP | fr-CA
help | alexa ma grand-maman a besoin d'aide avec le jeu | HELP | fr-CA
help | alexa de l'aide pour capitales du monde | HELP | fr-CA
help | alexa comment on joue coudonc | HELP | fr-CA

help | alexa abeg help me comment je demande une capitale | HELP
help | alexa j'ai besoin d'aide pour utiliser capitales du monde | HELP
help | alexa aide-moi biloute je sais pas quoi dire | HELP
help | alexa qu'est-ce qu'on peut dire à ce jeu-là | HELP | fr-CA
help | alexa ayoye j'comprends pas le jeu aide-moi | HELP | fr-CA

# ---- stop
stop | alexa stop | STOP
stop | alexa arrête on a une intervention | STOP
stop | alexa stop les pizzas refroidissent | STOP
stop | alexa arrête tout hopla | STOP
stop | alexa stop c'est l'heure du bain | STOP
stop | alexa arrête té ça suffit | STOP
stop | alexa stop le match reprend | STOP
stop | alexa c'est bon arrête-toi | STOP
stop | alexa stop la bibliothèque ferme | STOP
stop | alexa arrête les capitales on passe à table | STOP
stop | alexa stop je dois répondre à un client | STOP
stop | alexa arrête de parler | STOP
stop | alexa arrête c'est assez | STOP | fr-CA
stop | alexa stop là on part au chalet | STOP | fr-CA
stop | alexa arrête ça le bébé dort | STOP | fr-CA
stop | alexa stop la game commence | STOP | fr-CA
stop | alexa ferme-la s'il te plaît | STOP | fr-CA
stop | alexa arrête capitales du monde | STOP | fr-CA
stop | alexa stop on a fini pour à soir | STOP | fr-CA
stop | alexa arrête mon autobus arrive | STOP | fr-CA
stop | alexa c'est beau arrête | STOP | fr-CA

# ---- cancel
cancel | alexa annule | CANCEL
cancel | alexa annule c'est le petit qui a parlé | CANCEL
cancel | alexa laisse tomber | CANCEL
cancel | alexa annule la question | CANCEL
cancel | alexa non annule hopla | CANCEL
cancel | alexa annule té je me suis trompé | CANCEL
cancel | alexa laisse tomber c'était pour rire | CANCEL
cancel | alexa annule ça c'était la radio | CANCEL
cancel | alexa oublie ma question | CANCEL
cancel | alexa annule la sirène a sonné | CANCEL
cancel | alexa annule j'ai dit n'importe quoi | CANCEL
cancel | alexa laisse faire | CANCEL | fr-CA
cancel | alexa annule ça | CANCEL | fr-CA
cancel | alexa laisse faire c'était ma blonde | CANCEL | fr-CA
cancel | alexa annule la dernière affaire | CANCEL | fr-CA
cancel | alexa oublie ça c'est pas important | CANCEL | fr-CA
cancel | alexa annule le client est arrivé | CANCEL | fr-CA
cancel | alexa non non annule | CANCEL | fr-CA
cancel | alexa laisse faire la question | CANCEL | fr-CA
cancel | alexa annule c'est la tv qui parlait | CANCEL | fr-CA
cancel | alexa laisse tomber ça coudonc | CANCEL | fr-CA

cancel | alexa annule le chef de garde m'appelle | CANCEL
cancel | alexa laisse tomber la question de bunica | CANCEL
cancel | alexa annule c'était la télé pendant l'eurovision | CANCEL
cancel | alexa non laisse tomber je l'ai trouvé dans l'atlas | CANCEL
cancel | alexa annule ma demande habibi | CANCEL
cancel | alexa annule je suis arrivé chez le client | CANCEL
cancel | alexa annule ça mon chum a trouvé la réponse | CANCEL | fr-CA
cancel | alexa laisse faire la souffleuse arrive | CANCEL | fr-CA
cancel | alexa annule ça ayoye je me suis trompé | CANCEL | fr-CA
cancel | alexa laisse faire ma mére l'a trouvé | CANCEL | fr-CA

# ---- launch
launch | alexa capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde | LAUNCH
launch | alexa lance capitales du monde hopla | LAUNCH
launch | alexa démarre capitales du monde pour les pompiers | LAUNCH
launch | alexa on joue à capitales du monde | LAUNCH
launch | alexa mets capitales du monde s'il te plaît | LAUNCH
launch | alexa ouvre le jeu capitales du monde | LAUNCH | fr-CA
launch | alexa part capitales du monde | LAUNCH | fr-CA
launch | alexa lance capitales du monde pour les enfants | LAUNCH | fr-CA
launch | alexa ouvre donc capitales du monde | LAUNCH | fr-CA
launch | alexa je veux jouer à capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde pour la soirée eurovision | LAUNCH
launch | alexa lance le jeu capitales du monde té | LAUNCH
launch | alexa démarre capitales du monde au dépanneur | LAUNCH | fr-CA
"""

if __name__ == "__main__":
    build_round(29, "fr", LINES, sys.argv, "tests/Eval/fr/round29/source/build_corpus.py")
