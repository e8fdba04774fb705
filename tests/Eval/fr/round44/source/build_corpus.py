"""Round 44, French (fr-FR, fr-CA): a new author's own mix, written blind at the start of the forty-fifth session
(brief WRITER51.md), about a third of the lines fr-CA. Speakers and situations chosen apart from round 43 (no
Alsatians, Bretons, Lyonnais, Corsicans, Lorrains, Savoyards, Antillais, Réunionnais, Vietnamese, Ukrainians, Chinese
students, Gaspésiens, Saguenay, Abitibi, Acadians, Beaucerons, Franco-Ontarians, Outaouais, Latin American
Montrealers, francisation classes) and from the round-42 groups it lists as avoided.
fr-FR devices: Marseillais and Provençaux ("vé", "dégun", "fada", "peuchère", "tarpin", the OM, pétanque, the ferry),
Toulousains and Occitans ("boudu", "macarel", Airbus, the Stade toulousain, the cassoulet), Ch'tis of Lille and
Roubaix ("biloute", "min fiu", "hein", the braderie, the terrils, the mines), Basques of Bayonne and Biarritz ("aupa",
"agur", pelote, surf, the fêtes de Bayonne), Bordelais ("gavé", "la poche", the chocolatine, the wine trade), Normands
(the D-Day beaches, Cherbourg, cider, the haras), Auvergnats (Michelin, the puys, salers cows, the aligot),
Franco-Maghrebi families ("wallah", "yemma", "saha", "hamdoulah", "jedda"), Senegalese, Ivorian and Congolese families
of Paris and Évry ("on dit quoi", "dêh", "waaw", "jërëjëf", "ma daronne"), Portuguese-French families ("pá", "avó"),
Polynesians and Kanak ("ia ora na", "maururu", the heiva, the va'a); jobs (a bakery at dawn, a TGV conductor, a
nursing home, a plumber, a hairdresser, a VTC driver, a supermarket till, a combine harvester, a restaurant kitchen, a
Louvre guard, a lifeguard, movers, a recycling centre, a night nurse, a garage); games (Questions pour un champion,
belote, Time's Up, the sept familles, Qui veut gagner des millions, a GeoGuessr stream, a bar quiz, Loup-garou, a
Christmas quiz); school (CE2, sixième, troisième, BTS tourisme, licence de géo, the professeur des écoles concours,
CAP cuisine); home (a teenager, a father cooking, grandparents on a video call, a couple, a child at bedtime, a
crossword, Eurovision, the Olympics).
fr-CA devices: Montrealers of Hochelaga, Rosemont and Villeray ("tsé", "genre", "check", the Canadiens, the dépanneur,
the métro, the jazz festival), Québec City (Limoilou, the Carnaval, the Château Frontenac, the Lévis ferry), Mauricie
(the paper mill, the Grand Prix of Trois-Rivières, "icitte", "pantoute"), Estrie (Sherbrooke students, Stanstead,
Memphrémagog, Magog), Côte-Nord (Sept-Îles, Baie-Comeau, the Schefferville train, Innu "kuei", "tshinashkumitin"),
Bas-Saint-Laurent (Rimouski, Kamouraska, Trois-Pistoles), Haitian Montrealers (Kreyòl "sak pase", "manman mwen",
"pitit la", "anpil"), Franco-Manitobans of Saint-Boniface (English mixed in, the Festival du Voyageur), Italian
Montrealers of Saint-Léonard ("mannaggia", "nonna", "zio", "capisci"); jobs (a trucker on the 20, a nurse in Laval, a
garderie, a pee-wee hockey coach, movers on July first, a call centre, a snowplough, a vet clinic); families (twins at
the chalet, a grandmother at canasta, TikTok, géographie homework, a motorhome to Florida, an exchange in Mexico).
Families per speaker group, and the shared families (follow-up, plural-capitals, subdivision, out-of-domain, help,
stop, cancel, launch, yes-no-check, self-correction, reverse-question, official-name, everyday-name, shared-name).
Lines of rounds 1-43 are dropped (build_round with round 44's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# --- fr-FR: Marseillais and Provençaux (the OM, pétanque, the calanques, "dégun", "fada", "peuchère", "tarpin", "vé")
marseillais | alexa vé dis-moi la capitale {} parce que dégun le sait ici | de la tunisie=TN; de l'algérie=DZ; de l'arménie=AM
marseillais | alexa à la pétanque le fada il dit que la capitale {} c'est tarpin facile alors c'est quoi | du kazakhstan=KZ; de l'azerbaïdjan=AZ; de la géorgie le pays=GE
marseillais | alexa peuchère l'om joue contre une équipe {} c'est quoi leur capitale | grecque=GR; chypriote=CY; albanaise=AL
marseillais | alexa sur le ferry pour ajaccio un monsieur {} me demande la capitale de chez lui | comorien=KM; malgache=MG; djiboutien=DJ
marseillais | alexa oh fan de chichourle c'est quoi la capitale {} | du liban=LB; de la syrie=SY; de la jordanie=JO
marseillais | alexa au vieux-port un bateau battait pavillon {} c'est quoi sa capitale | maltais=MT; panaméen=PA; libérien=LR
marseillais | alexa mon cousin des quartiers nord il part bosser {} c'est quoi la capitale | au qatar=QA; à bahreïn=BH; au koweït=KW
marseillais | alexa dans les calanques y avait des plongeurs {} c'est quoi la capitale de leur pays | slovènes=SI; croates=HR; monténégrins=ME
marseillais | alexa té la capitale de la provence c'est pas une vraie capitale hein dis-moi plutôt celle {} | de l'égypte=EG; de la libye=LY; du soudan=SD
marseillais | alexa à l'apéro sur le cours julien on se chamaille sur la capitale {} départage-nous | de l'australie=AU; de la nouvelle-zélande=NZ; du brésil=BR
# --- fr-FR: Toulousains and Occitans (rugby, Airbus, the cassoulet, "macarel", "boudu", "con" as a filler)
toulousains | alexa boudu c'est quoi la capitale {} | de l'islande=IS; de la finlande=FI; de l'estonie=EE
toulousains | alexa chez airbus on livre un avion {} con c'est quoi leur capitale déjà | à une compagnie vietnamienne=VN; à une compagnie éthiopienne=ET; à une compagnie indonésienne=ID
toulousains | alexa macarel le stade toulousain reçoit une équipe {} elle vient de quelle capitale | des fidji=FJ; des samoa=WS; des tonga=TO
toulousains | alexa pour le tournoi des six nations dis-moi la capitale {} | de l'irlande=IE; de l'italie=IT; de l'écosse=GB-SCT
toulousains | alexa au marché victor hugo un vendeur {} m'a demandé la capitale de chez lui en rigolant | roumain=RO; bulgare=BG; moldave=MD
toulousains | alexa ma mamé elle parlait occitan et elle voulait toujours savoir la capitale {} | de l'andorre=AD; de monaco=MC; du liechtenstein=LI
toulousains | alexa à la cité de l'espace un astronaute venait {} quelle est la capitale de là-bas | du japon=JP; du kazakhstan en fait=KZ; de l'inde=IN
toulousains | alexa entre deux cassoulets c'est quoi la capitale {} | de l'argentine=AR; de l'uruguay=UY; du paraguay=PY
# --- fr-FR: Ch'tis of Lille, Roubaix and the mining basin (the braderie, the beffroi, "biloute", "hein", "min fiu", "dis")
chtis | alexa dis biloute c'est quoi la capitale {} hein | de la belgique=BE; des pays-bas=NL; du luxembourg=LU
chtis | alexa min fiu i m'demande la capitale {} et j'sais point | de la pologne=PL; de la lituanie=LT; de la lettonie=LV
chtis | alexa à la braderie de lille y a un stand {} c'est quoi leur capitale | sénégalais=SN; guinéen=GN; malien=ML
chtis | alexa au terril un marcheur {} me demande sa capitale il est perdu ou quoi | norvégien=NO; suédois=SE; danois=DK
chtis | alexa mon pépé était mineur avec des gars {} c'était quoi la capitale de chez eux | polonais=PL; marocains=MA; italiens=IT
chtis | alexa il drache à roubaix dis-moi la capitale {} pour passer le temps | du chili=CL; du pérou=PE; de la bolivie=BO
chtis | alexa au beffroi un guide parle des flamands alors la capitale {} c'est quoi | de la flandre enfin de la belgique=BE; des pays-bas espagnols enfin de l'espagne=ES
# --- fr-FR: Basques of Bayonne, Biarritz and the Pays basque intérieur (pelote, surf, the fêtes de Bayonne, "aupa", "agur")
basques | alexa aupa c'est quoi la capitale {} | du portugal=PT; du maroc=MA; de l'irlande=IE
basques | alexa au fronton un joueur {} nous a battus c'est quoi sa capitale | mexicain=MX; cubain=CU; argentin=AR
basques | alexa à la côte des basques un surfeur {} cherche sa capitale sur son téléphone aide-le | hawaïen=US-HI; costaricien=CR; sud-africain=ZA
basques | alexa pendant les fêtes de bayonne un gars en blanc et rouge il voulait savoir la capitale {} | du nicaragua=NI; du honduras=HN; du guatemala=GT
basques | alexa agur et avant de partir c'est quoi la capitale {} | du salvador=SV; du belize=BZ; du panama=PA
basques | alexa ma grand-tante a émigré {} au siècle dernier c'est quoi la capitale là-bas | en argentine=AR; au chili=CL; en uruguay=UY
# --- fr-FR: Bordelais (wine, the chocolatine, "gavé", "poche" for a bag, the tram)
bordelais | alexa c'est gavé dur dis-moi la capitale {} | du tadjikistan=TJ; du turkménistan=TM; de l'ouzbékistan=UZ
bordelais | alexa au château on exporte du vin {} c'est quoi la capitale du pays | en chine=CN; à singapour=SG; à hong kong enfin en chine=CN
bordelais | alexa j'ai mis ma chocolatine dans la poche et j'ai oublié la capitale {} c'est quoi | de la hongrie=HU; de l'autriche=AT; de la slovaquie=SK
bordelais | alexa un client {} voulait du saint-émilion c'est quoi la capitale de son pays | brésilien=BR; sud-coréen=KR; nigérian=NG
bordelais | alexa dans le tram b un étudiant {} m'a demandé sa capitale pour rigoler | ghanéen=GH; togolais=TG; béninois au pluriel=BJ
bordelais | alexa les vendangeurs cette année sont venus {} c'est quoi la capitale de là-bas | de bulgarie=BG; du portugal en fait=PT; d'équateur=EC
# --- fr-FR: Normands of Caen, Cherbourg and the pays d'Auge ("p'têt ben qu'oui p'têt ben qu'non", the D-Day beaches, cider)
normands | alexa p'têt ben qu'oui p'têt ben qu'non mais c'est quoi la capitale {} | du canada=CA; des états-unis=US; du royaume-uni=GB
normands | alexa à omaha beach un vétéran {} visitait c'est quoi la capitale de son pays | américain=US; canadien=CA; polonais=PL
normands | alexa au ferry de cherbourg des routiers {} demandent la capitale de chez eux | irlandais=IE; gallois=GB-WLS; écossais=GB-SCT
normands | alexa on boit le cidre et mon beau-père demande la capitale {} | de jersey=JE; de guernesey=GG; de l'île de man=IM
normands | alexa au haras un cheval vient {} quelle est la capitale là-bas | d'irlande=IE; du qatar=QA; des émirats=AE
# --- fr-FR: Auvergnats of Clermont and the Cantal (Michelin, the volcanoes, salers cows, the aligot)
auvergnats | alexa chez michelin on a une usine {} c'est quoi la capitale du pays | en thaïlande=TH; en serbie=RS; en roumanie=RO
auvergnats | alexa sur le puy de dôme des randonneurs {} m'ont demandé leur capitale c'est quoi | népalais=NP; bhoutanais=BT; mongols=MN
auvergnats | alexa mon troupeau de salers part à l'export {} c'est quoi la capitale | au kazakhstan=KZ; en turquie=TR; en algérie=DZ
auvergnats | alexa au buron en faisant l'aligot on joue c'est quoi la capitale {} | du cameroun=CM; du gabon=GA; du tchad=TD
auvergnats | alexa mon arrière-grand-père était bougnat à paris et il parlait de la capitale {} c'est laquelle | de l'auvergne enfin non de la france=FR; de l'espagne=ES
# --- fr-FR: Franco-Maghrebi families of Marseille, Lyon's Vaulx-en-Velin and Seine-Saint-Denis (Darija and Kabyle words, "wallah", "yemma", "saha")
maghrebins | alexa wallah c'est quoi la capitale {} | du maroc=MA; de la mauritanie=MR; de la libye=LY
maghrebins | alexa yemma elle demande la capitale {} pour le bled de sa copine | de la tunisie=TN; de l'algérie=DZ; de l'égypte=EG
maghrebins | alexa pour le ramadan mon oncle rentre {} c'est quoi la capitale déjà | d'arabie saoudite=SA; d'oman=OM; du yémen=YE
maghrebins | alexa saha c'est quoi la capitale {} j'ai un pote qui vient de là-bas | de l'irak=IQ; de l'iran=IR; de l'afghanistan=AF
maghrebins | alexa jedda elle veut savoir la capitale {} parce qu'elle regarde un feuilleton | de la turquie=TR; du pakistan=PK; de l'indonésie=ID
maghrebins | alexa à la fête du mouton mon cousin parie que la capitale {} c'est casablanca | du maroc=MA
maghrebins | alexa hamdoulah le bac est fini mais c'est quoi la capitale {} | du niger=NE; du mali=ML; du burkina=BF
maghrebins | alexa mon père il regarde al jazeera et il veut la capitale {} | du soudan du sud=SS; de l'érythrée=ER; de la somalie=SO
# --- fr-FR: Senegalese, Ivorian and Congolese families in Paris and Évry ("on dit quoi", "dêh", Wolof "waaw", "jërëjëf")
afro-parisiens | alexa on dit quoi c'est quoi la capitale {} | de la côte d'ivoire=CI; du cameroun=CM; du congo brazza=CG
afro-parisiens | alexa waaw ma tante demande la capitale {} jërëjëf | de la gambie=GM; de la guinée-bissau=GW; du cap-vert=CV
afro-parisiens | alexa au mariage de ma cousine y avait des invités {} c'est quoi leur capitale dêh | rwandais=RW; burundais=BI; ougandais=UG
afro-parisiens | alexa mon petit frère dit que la capitale {} c'est abidjan et moi je dis non alors c'est quoi | de la côte d'ivoire=CI
afro-parisiens | alexa au foyer de montreuil les vieux parlent {} c'est quoi la capitale là-bas | du mali=ML; de la mauritanie=MR; du sénégal=SN
afro-parisiens | alexa à château rouge une dame vend des produits {} c'est quoi la capitale de chez elle | du congo kinshasa=CD; de la centrafrique=CF; de la guinée équatoriale=GQ
afro-parisiens | alexa pour la can on supporte quelle équipe je sais pas mais c'est quoi la capitale {} | de la zambie=ZM; du zimbabwe=ZW; du malawi=MW
afro-parisiens | alexa ma daronne elle veut la capitale {} pour remplir un formulaire | du togo=TG; du bénin=BJ; de la sierra leone=SL
# --- fr-FR: Portuguese-French families of Champigny and Tours ("avó", "pá", the August trip to the village)
portugais-fr | alexa pá c'est quoi la capitale {} | du brésil=BR; de l'angola=AO; du mozambique=MZ
portugais-fr | alexa ma avó demande la capitale {} elle dit que c'est portugais là-bas aussi | du cap-vert=CV; de sao tomé=ST; du timor oriental=TL
portugais-fr | alexa au mois d'août on traverse {} en voiture c'est quoi la capitale | l'espagne=ES; l'andorre=AD
portugais-fr | alexa au café du bairro mon père dit que la capitale {} c'est rio ah bon c'est quoi vraiment | du brésil=BR
portugais-fr | alexa mon oncle travaille sur un chantier {} c'est quoi la capitale de ce pays | au luxembourg=LU; en suisse=CH; à macao enfin en chine=CN
# --- fr-FR: Polynesians and Kanak living in mainland France and at home ("ia ora na", "māuruuru" as ASR gives it, the va'a, the heiva)
polynesiens | alexa ia ora na c'est quoi la capitale {} | de la polynésie française=PF; de la nouvelle-calédonie=NC; de wallis-et-futuna=WF
polynesiens | alexa maururu mais c'est quoi la capitale {} | des îles cook=CK; de niue=NU; des tokelau=TK
polynesiens | alexa au heiva des danseurs venaient {} c'est quoi leur capitale | d'hawaï=US-HI; de rapa nui enfin du chili=CL; des samoa américaines=AS
polynesiens | alexa pour la course de va'a des équipes {} sont arrivées quelle est leur capitale | des îles salomon=SB; du vanuatu=VU; de papouasie=PG
polynesiens | alexa mon tonton kanak demande la capitale {} | du vanuatu tiens=VU; des fidji dis donc=FJ; de nauru=NR
polynesiens | alexa à papeete on parle des îles voisines c'est quoi la capitale {} | de kiribati=KI; de tuvalu=TV; des îles marshall=MH
# --- fr-FR: at work (a bakery at four in the morning, an SNCF conductor, a nursing home, a plumber, a hairdresser, a VTC driver, a supermarket till, a cereal farm, a restaurant kitchen, a Louvre guard, a lifeguard, a removals firm)
metiers | alexa je pétris la pâte dis-moi la capitale {} | de la croatie=HR; de la serbie=RS; de la macédoine du nord=MK
metiers | alexa dans le tgv un voyageur {} me demande sa capitale pendant le contrôle | suisse=CH; italien=IT; belge=BE
metiers | alexa à l'ehpad madame lucienne veut savoir la capitale {} avant son goûter | de la russie=RU; de la biélorussie=BY; de l'ukraine=UA
metiers | alexa je suis sous un évier tu peux me dire la capitale {} | du kenya=KE; de la tanzanie=TZ; de l'éthiopie=ET
metiers | alexa au salon une cliente me parle de ses vacances {} c'est quoi la capitale là-bas | aux maldives=MV; aux seychelles=SC; à l'île maurice=MU
metiers | alexa mon client dans le vtc vient {} il me teste sur sa capitale c'est quoi | du sri lanka=LK; du bangladesh=BD; du népal=NP
metiers | alexa à la caisse une dame {} m'a dit que sa capitale était dure à dire c'est laquelle | birmane=MM; cambodgienne=KH; laotienne=LA
metiers | alexa sur la moissonneuse j'écoute la radio qui parle du blé {} c'est quoi leur capitale | ukrainien=UA; argentin=AR; canadien=CA
metiers | alexa en cuisine le plongeur vient {} c'est quoi sa capitale il me l'a dit mais j'ai oublié | du sri lanka=LK; du pakistan=PK; d'érythrée=ER
metiers | alexa au louvre des touristes {} cherchent la joconde et demandent leur capitale c'est quoi | japonais=JP; coréens=KR; brésiliens=BR
metiers | alexa au poste de secours un nageur {} a perdu ses parents c'est quoi la capitale de chez lui | néerlandais=NL; allemand=DE; danois=DK
metiers | alexa on déménage une famille qui part {} c'est quoi la capitale là-bas | au québec=CA-QC; en nouvelle-calédonie=NC; à la réunion=RE
metiers | alexa à la déchetterie un gars m'a parlé de son pays {} c'est quoi la capitale | la moldavie=MD; la géorgie caucase=GE; l'arménie=AM
metiers | alexa je suis infirmière de nuit et un patient {} veut sa capitale c'est quoi | tchétchène enfin russe=RU; afghan=AF; soudanais=SD
metiers | alexa au garage on répare une voiture immatriculée {} c'est quoi la capitale de ce pays | en lituanie=LT; en estonie=EE; en slovaquie=SK
# --- fr-FR: games (Questions pour un champion at home, belote, Time's Up, the jeu des sept familles, Qui veut gagner des millions, a GeoGuessr stream, a bar quiz in Montpellier)
jeux | alexa on regarde questions pour un champion et ils demandent la capitale {} c'est quoi | du kirghizistan=KG; de la mongolie=MN; du bhoutan=BT
jeux | alexa à la belote le perdant doit dire la capitale {} alors c'est quoi | du venezuela=VE; de la colombie=CO; de l'équateur=EC
jeux | alexa au time's up on a une carte capitale {} c'est quoi la réponse | du suriname=SR; du guyana=GY; de la guyane française=GF
jeux | alexa au jeu des sept familles la famille capitale il faut la capitale {} | de la barbade=BB; de la grenade=GD; de la dominique=DM
jeux | alexa à qui veut gagner des millions la question à mille euros c'est la capitale {} | de la jamaïque=JM; d'haïti=HT; de cuba=CU
jeux | alexa je streame geoguessr et le chat veut savoir la capitale {} | de l'eswatini=SZ; du lesotho=LS; du botswana=BW
jeux | alexa au quiz du bar à montpellier la question huit c'est la capitale {} | de la namibie=NA; de l'angola=AO; du mozambique=MZ
jeux | alexa au petit jeu de la voiture on dit des capitales et mon fils bloque sur {} | la micronésie=FM; les palaos=PW; kiribati=KI
jeux | alexa pour le jeu du dictionnaire il faut la capitale {} vite | de saint-kitts-et-nevis=KN; de sainte-lucie=LC; de saint-vincent=VC
jeux | alexa on joue au loup-garou mais en pause dis-moi la capitale {} | de trinité-et-tobago=TT; des bahamas=BS; d'antigua=AG
jeux | alexa dernière question du quiz de noël c'est quoi la capitale {} | du brunei=BN; du timor=TL; des philippines=PH
# --- fr-FR: school (CE2, sixième, troisième, a BTS tourisme, a licence de géo, the concours de professeur des écoles, a CAP cuisine)
ecole | alexa en ce deux on apprend les pays d'europe c'est quoi la capitale {} | du portugal=PT; de la grèce=GR; de la suède=SE
ecole | alexa pour mon contrôle de sixième c'est quoi la capitale {} | de la chine=CN; du japon=JP; de l'inde=IN
ecole | alexa en troisième on fait la guerre froide c'est quoi la capitale {} | de la corée du nord=KP; de cuba=CU; du vietnam=VN
ecole | alexa pour mon bts tourisme j'ai besoin de la capitale {} | de la république dominicaine=DO; du costa rica=CR; du mexique=MX
ecole | alexa en licence de géo le prof a demandé la capitale {} personne savait | du myanmar=MM; du kazakhstan avant astana=KZ; de la tanzanie=TZ
ecole | alexa je révise le concours de prof des écoles quelle est la capitale {} | de la roumanie=RO; de la hongrie=HU; de la tchéquie=CZ
ecole | alexa en cap cuisine on fait un plat {} c'est quoi la capitale de ce pays | péruvien=PE; libanais=LB; éthiopien=ET
ecole | alexa la maîtresse a dit que la capitale {} c'est pas la plus grande ville alors c'est laquelle | de la turquie=TR; de l'australie=AU; du canada=CA
ecole | alexa mon exposé c'est sur l'europe de l'est c'est quoi la capitale {} | de la bosnie-herzégovine=BA; du kosovo=XK; de l'albanie=AL
# --- fr-FR: at home (a teenager in her room, a father cooking, grandparents on a video call, a couple choosing a holiday, a child who cannot sleep, a crossword on the terrace)
maison | alexa je suis dans ma chambre et j'ai la flemme c'est quoi la capitale {} | de la norvège=NO; de l'irlande=IE; de la finlande=FI
maison | alexa je fais la blanquette et mon fils demande la capitale {} | du sénégal=SN; de madagascar=MG; du maroc=MA
maison | alexa papi et mamie sont en visio et ils veulent savoir la capitale {} | du québec=CA-QC; de l'ontario=CA-ON; de la colombie-britannique=CA-BC
maison | alexa avec mon copain on hésite entre deux voyages c'est quoi la capitale {} | de la thaïlande=TH; du cambodge=KH; du laos=LA
maison | alexa le petit dort pas il veut savoir la capitale {} avant de dormir | du groenland=GL; de l'islande=IS; des îles féroé=FO
maison | alexa sur la terrasse on fait les mots croisés six lettres capitale {} | du pérou=PE; de cuba=CU; du qatar=QA
maison | alexa ma fille part en erasmus euh non en volontariat {} c'est quoi la capitale | au ghana=GH; au libéria=LR; en sierra leone=SL
maison | alexa on regarde l'eurovision et ça vote depuis {} c'est quoi la capitale | saint-marin=SM; l'azerbaïdjan=AZ; la moldavie=MD
maison | alexa pendant les jeux olympiques un athlète {} a gagné c'est quoi la capitale de son pays | ougandais=UG; botswanais=BW; jamaïcain=JM
# --- fr-CA: Montrealers of Hochelaga, Rosemont and Villeray ("tsé", "genre", "checker", "full", the métro, the dépanneur, the Habs)
montrealais | alexa tsé genre c'est quoi la capitale {} | de la suède=SE; de la finlande=FI; de la tchéquie=CZ | fr-CA
montrealais | alexa check ça la capitale {} c'est tu vraiment ça que mon chum dit | de l'australie=AU; de la suisse=CH; du brésil=BR | fr-CA
montrealais | alexa le canadien joue contre un joueur {} c'est quoi la capitale de son pays | slovaque=SK; letton=LV; biélorusse=BY | fr-CA
montrealais | alexa au dépanneur le monsieur vient {} pis y veut savoir la capitale de chez eux | du bangladesh=BD; de la corée du sud=KR; du sri lanka=LK | fr-CA
montrealais | alexa dans le métro à berri y a une pub pour un voyage {} c'est quoi la capitale | au portugal=PT; en grèce=GR; au maroc=MA | fr-CA
montrealais | alexa c'est full plate ce soir dis-moi la capitale {} | de l'alberta=CA-AB; de la saskatchewan=CA-SK; du manitoba=CA-MB | fr-CA
montrealais | alexa au festival de jazz y avait un band {} c'est quoi leur capitale | malien=ML; cubain=CU; norvégien=NO | fr-CA
montrealais | alexa ma coloc vient {} pis elle me niaise sur sa capitale c'est quoi | de la nouvelle-écosse=CA-NS; de terre-neuve=CA-NL; de l'île-du-prince-édouard=CA-PE | fr-CA
# --- fr-CA: people of Québec City (Limoilou, the Carnaval, a guide at the Château Frontenac, "bin", "là là")
quebec-ville | alexa bin là c'est quoi la capitale {} | du nouveau-brunswick=CA-NB; du nunavut=CA-NU; du yukon=CA-YT | fr-CA
quebec-ville | alexa au carnaval des touristes {} m'ont demandé leur propre capitale c'est quoi là là | mexicains=MX; français=FR; japonais=JP | fr-CA
quebec-ville | alexa je suis guide au château frontenac pis un groupe {} veut savoir la capitale de chez eux | chinois=CN; allemand=DE; indien=IN | fr-CA
quebec-ville | alexa à limoilou mon voisin dit que la capitale {} c'est montréal c'est-tu vrai | du québec=CA-QC | fr-CA
quebec-ville | alexa sur le traversier pour lévis un gars {} y cherche sa capitale | belge=BE; suisse=CH; luxembourgeois=LU | fr-CA
quebec-ville | alexa au parlement y a une délégation {} c'est quoi leur capitale | bavaroise=DE-BY; catalane enfin espagnole=ES; écossaise=GB-SCT | fr-CA
# --- fr-CA: Mauricie and Trois-Rivières (the paper mill, the Grand Prix, the Saint-Maurice, "pantoute", "icitte")
mauricie | alexa icitte à la shop de papier on exporte {} c'est quoi la capitale | au vietnam=VN; en inde=IN; en turquie=TR | fr-CA
mauricie | alexa au grand prix de trois-rivières un pilote {} a gagné c'est quoi sa capitale | autrichien=AT; néo-zélandais=NZ; argentin=AR | fr-CA
mauricie | alexa je sais pantoute la capitale {} dis-moi donc | de la slovénie=SI; de la croatie=HR; de la serbie=RS | fr-CA
mauricie | alexa sur le bord du saint-maurice on se demande c'est quoi la capitale {} | de la pennsylvanie=US-PA; de l'ohio=US-OH; du michigan=US-MI | fr-CA
mauricie | alexa mon beau-frère travaille à shawinigan avec des ingénieurs {} c'est quoi leur capitale | égyptiens=EG; iraniens=IR; algériens=DZ | fr-CA
# --- fr-CA: Estrie and Sherbrooke (university students, the Cantons-de-l'Est, Vermont across the border, Magog)
estrie | alexa à l'université de sherbrooke mon coloc vient {} c'est quoi sa capitale | du burkina faso=BF; du niger=NE; du tchad=TD | fr-CA
estrie | alexa on traverse la frontière à stanstead c'est quoi la capitale {} | du vermont=US-VT; du new hampshire=US-NH; du maine=US-ME | fr-CA
estrie | alexa au lac memphrémagog des kayakistes {} m'ont demandé leur capitale | du connecticut=US-CT; du massachusetts=US-MA; du rhode island=US-RI | fr-CA
estrie | alexa pour mon travail de session c'est quoi la capitale {} | de la jordanie=JO; d'israël=IL; de la palestine=PS | fr-CA
estrie | alexa au marché de magog un producteur {} vend du fromage c'est quoi sa capitale | hollandais=NL; suisse allemand=CH; grec=GR | fr-CA
# --- fr-CA: Côte-Nord (Sept-Îles, Baie-Comeau, the iron-ore train, the Innu of Uashat mak Mani-utenam, "kuei", "tshinashkumitin")
cote-nord | alexa kuei c'est quoi la capitale {} | du labrador enfin de terre-neuve-et-labrador=CA-NL; du groenland=GL; de l'alaska=US-AK | fr-CA
cote-nord | alexa tshinashkumitin pis c'est quoi la capitale {} | du nunavut=CA-NU; des territoires du nord-ouest=CA-NT; du yukon=CA-YT | fr-CA
cote-nord | alexa au port de sept-îles un bateau de minerai part {} c'est quoi la capitale | en chine=CN; au japon=JP; en allemagne=DE | fr-CA
cote-nord | alexa sur le train de schefferville un gars {} me jase c'est quoi sa capitale | chilien=CL; péruvien=PE; australien=AU | fr-CA
cote-nord | alexa à l'aluminerie de baie-comeau des techniciens {} sont arrivés c'est quoi leur capitale | norvégiens=NO; islandais=IS; bahreïniens=BH | fr-CA
# --- fr-CA: Bas-Saint-Laurent (Rimouski, Kamouraska, the eels, the ferry to the North Shore, "mon homme", "ben coudonc")
bas-saint-laurent | alexa ben coudonc c'est quoi la capitale {} | de la géorgie l'état américain=US-GA; de la floride=US-FL; de la caroline du sud=US-SC | fr-CA
bas-saint-laurent | alexa à l'institut des sciences de la mer un chercheur {} cherche sa capitale | portugais=PT; chilien=CL; sénégalais=SN | fr-CA
bas-saint-laurent | alexa mon homme pêche l'anguille à kamouraska pis y demande la capitale {} | de l'irlande du nord=GB-NIR; du pays de galles=GB-WLS; de l'angleterre=GB-ENG | fr-CA
bas-saint-laurent | alexa sur le traversier de trois-pistoles on parle de la capitale {} | du texas=US-TX; de l'arizona=US-AZ; de la californie=US-CA | fr-CA
# --- fr-CA: Haitian Montrealers of Saint-Michel and Montréal-Nord (Kreyòl "sak pase", "wi", "manman", "pitit", "anpil")
haitiens-mtl | alexa sak pase c'est quoi la capitale {} | d'haïti=HT; de la république dominicaine=DO; de la jamaïque=JM | fr-CA
haitiens-mtl | alexa manman mwen demande la capitale {} | de cuba=CU; des bahamas=BS; de porto rico=PR | fr-CA
haitiens-mtl | alexa pitit la ap mande capitale {} c'est quoi | de la guadeloupe=GP; de la martinique=MQ; de la guyane=GF | fr-CA
haitiens-mtl | alexa à l'église dimanche un pasteur venait {} c'est quoi la capitale de là-bas | du bénin=BJ; du ghana=GH; du nigéria=NG | fr-CA
haitiens-mtl | alexa mon cousin travaille aux îles turques c'est quoi la capitale {} | des îles turques-et-caïques=TC; des îles caïmans=KY; des bermudes=BM | fr-CA
haitiens-mtl | alexa anpil merci pis la capitale {} c'est laquelle | de saint-martin le côté français=MF; de sint maarten=SX; de saint-barth=BL | fr-CA
# --- fr-CA: Franco-Manitobans of Saint-Boniface (the Festival du Voyageur, Louis Riel, English mixed in, "anyway", "pis là")
franco-manitobains | alexa anyway c'est quoi la capitale {} | du dakota du nord=US-ND; du minnesota=US-MN; du montana=US-MT | fr-CA
franco-manitobains | alexa au festival du voyageur un violoneux {} m'a demandé sa capitale | cajun de louisiane=US-LA; métis de la saskatchewan=CA-SK; franco-albertain=CA-AB | fr-CA
franco-manitobains | alexa pis là my daughter wants la capitale {} | du dakota du sud=US-SD; du wisconsin=US-WI; de l'iowa=US-IA | fr-CA
franco-manitobains | alexa sur la route vers regina on se demande la capitale {} | du nebraska=US-NE; du kansas=US-KS; du wyoming=US-WY | fr-CA
franco-manitobains | alexa à l'école dans saint-boniface le teacher veut la capitale {} | de l'idaho=US-ID; de l'oregon=US-OR; de l'état de washington=US-WA | fr-CA
# --- fr-CA: Italian Montrealers of Saint-Léonard ("nonna", "mannaggia", "capisci", trilingual)
italiens-mtl | alexa mannaggia c'est quoi la capitale {} | de l'italie=IT; de saint-marin=SM; du vatican=VA | fr-CA
italiens-mtl | alexa ma nonna demande la capitale {} capisci | de malte=MT; de l'albanie=AL; de la slovénie=SI | fr-CA
italiens-mtl | alexa au café sur jean-talon on gage sur la capitale {} | de la sardaigne enfin de l'italie=IT; de la croatie=HR; de la tunisie=TN | fr-CA
italiens-mtl | alexa mon zio a immigré {} avant de venir ici c'est quoi la capitale là-bas | en argentine=AR; au venezuela=VE; en australie=AU | fr-CA
# --- fr-CA: at work (a trucker on the 20, a nurse in Laval, a garderie educator, a hockey coach, movers on July first, a call centre, a snowplough driver, a vet clinic)
metiers-qc | alexa chu dans mon truck sur la vingt dis-moi la capitale {} | de l'ontario=CA-ON; de l'état de new york=US-NY; du new jersey=US-NJ | fr-CA
metiers-qc | alexa à l'urgence de laval une patiente {} cherche sa capitale pour son dossier | colombienne=CO; salvadorienne=SV; hondurienne=HN | fr-CA
metiers-qc | alexa à la garderie les amis veulent savoir la capitale {} | du kenya=KE; du rwanda=RW; de l'ouganda=UG | fr-CA
metiers-qc | alexa je coache le hockey pee-wee pis on affronte une équipe {} c'est quoi sa capitale | de l'illinois=US-IL; de l'indiana=US-IN; du missouri=US-MO | fr-CA
metiers-qc | alexa le premier juillet on déménage une famille {} c'est quoi leur capitale | vietnamienne=VN; camerounaise=CM; syrienne=SY | fr-CA
metiers-qc | alexa au centre d'appels un client de {} me demande sa capitale c'est niaiseux mais c'est quoi | la virginie=US-VA; la caroline du nord=US-NC; le tennessee=US-TN | fr-CA
metiers-qc | alexa dans ma charrue à neige je m'ennuie c'est quoi la capitale {} | du kentucky=US-KY; de la virginie-occidentale=US-WV; du maryland=US-MD | fr-CA
metiers-qc | alexa à la clinique vétérinaire on a un chien qui vient {} c'est quoi la capitale | de l'alabama=US-AL; du mississippi=US-MS; de l'arkansas=US-AR | fr-CA
# --- fr-CA: families (a father and his twins at the cottage, a grandmother playing cards, a teen on TikTok, a mother helping with géographie homework, a road trip to Florida)
familles-qc | alexa au chalet les jumeaux se chicanent sur la capitale {} | du colorado=US-CO; de l'utah=US-UT; du nevada=US-NV | fr-CA
familles-qc | alexa grand-maman joue à la canasta pis elle demande la capitale {} | de l'oklahoma=US-OK; du nouveau-mexique=US-NM; du delaware=US-DE | fr-CA
familles-qc | alexa sur tiktok y disent que la capitale {} c'est new york c'est-tu vrai | des états-unis=US | fr-CA
familles-qc | alexa mon gars fait son devoir de géographie c'est quoi la capitale {} | de l'alaska=US-AK; d'hawaï=US-HI; du montana tant qu'à faire=US-MT | fr-CA
familles-qc | alexa on descend en floride avec le motorisé c'est quoi la capitale {} | de la caroline du nord=US-NC; de la géorgie aux states=US-GA; de la floride tant qu'à faire=US-FL | fr-CA
familles-qc | alexa ma fille fait un échange au mexique c'est quoi la capitale {} | du jalisco=MX-JAL; du yucatán=MX-YUC; de oaxaca=MX-OAX | fr-CA
# --- subdivision: states, provinces, Länder and territories, each in its own situation
subdivision | alexa mon correspondant allemand habite {} c'est quoi la capitale de son land | en bavière=DE-BY; en basse-saxe=DE-NI; en hesse=DE-HE
subdivision | alexa pour le salon de l'auto on va en allemagne c'est quoi la capitale {} | de la rhénanie-du-nord-westphalie=DE-NW; du bade-wurtemberg=DE-BW; de la saxe=DE-SN
subdivision | alexa en jumelage avec une ville {} c'est quoi la capitale du land | de thuringe=DE-TH; du brandebourg=DE-BB; de saxe-anhalt=DE-ST
subdivision | alexa à la fac un doctorant vient {} c'est quoi la capitale de cette région allemande | du mecklembourg=DE-MV; du schleswig-holstein=DE-SH; de la sarre=DE-SL
subdivision | alexa pour la ligue de foot allemande c'est quoi la capitale {} | de la rhénanie-palatinat=DE-RP; de hambourg=DE-HH; de brême=DE-HB
subdivision | alexa berlin c'est un land aussi alors c'est quoi sa capitale | DE-BE
subdivision | alexa mon frère fait un pvt en australie euh non un working holiday c'est quoi la capitale {} | du queensland=AU-QLD; de la nouvelle-galles du sud=AU-NSW; de victoria l'état=AU-VIC
subdivision | alexa pour les vendanges australiennes c'est quoi la capitale {} | de l'australie-méridionale=AU-SA; de l'australie-occidentale=AU-WA; de la tasmanie=AU-TAS
subdivision | alexa dans le bush là-bas c'est quoi la capitale {} | du territoire du nord=AU-NT; du territoire de la capitale australienne=AU-ACT
subdivision | alexa en yoga le prof revient {} c'est quoi la capitale de cet état indien | du kerala=IN-KL; du tamil nadu=IN-TN; du karnataka=IN-KA
subdivision | alexa au restaurant indien le patron vient {} c'est quoi la capitale | du pendjab=IN-PB; du gujarat=IN-GJ; du rajasthan=IN-RJ
subdivision | alexa pour un reportage sur le thé c'est quoi la capitale {} | de l'assam=IN-AS; du bengale-occidental=IN-WB; du sikkim=IN-SK
subdivision | alexa mon collègue de bangalore dit qu'il vient {} c'est quoi la capitale | du maharashtra=IN-MH; de l'andhra pradesh=IN-AP; du telangana=IN-TS
subdivision | alexa pour le trek dans l'himalaya c'est quoi la capitale {} | de l'himachal pradesh=IN-HP; du ladakh=IN-LA; de l'uttarakhand=IN-UK
subdivision | alexa sur la carte de l'inde c'est quoi la capitale {} | de l'uttar pradesh=IN-UP; du bihar=IN-BR; du madhya pradesh=IN-MP
subdivision | alexa une ong travaille dans l'est de l'inde c'est quoi la capitale {} | de l'odisha=IN-OD; du jharkhand=IN-JH; du chhattisgarh=IN-CG
subdivision | alexa dans le nord-est indien c'est quoi la capitale {} | du manipur=IN-MN; du mizoram=IN-MZ; du nagaland=IN-NL
subdivision | alexa encore le nord-est c'est quoi la capitale {} | du meghalaya=IN-ML; du tripura=IN-TR; de l'arunachal pradesh=IN-AR
subdivision | alexa pour mes vacances à goa c'est quoi la capitale {} | de goa=IN-GA; de pondichéry=IN-PY; des îles andaman=IN-AN
subdivision | alexa un article sur l'inde parle {} c'est quoi la capitale | du haryana=IN-HR; de chandigarh le territoire=IN-CH; du lakshadweep=IN-LD
subdivision | alexa dans le film la capitale {} c'est quoi | de delhi le territoire=IN-DL; de dadra-et-nagar-haveli-et-daman-et-diu=IN-DH
subdivision | alexa au carnaval de rio on rencontre des gens {} c'est quoi la capitale de leur état | de bahia=BR-BA; du pernambouc=BR-PE; du ceará=BR-CE
subdivision | alexa un copain capoeiriste vient {} c'est quoi la capitale de cet état brésilien | du minas gerais=BR-MG; de são paulo l'état=BR-SP; du paraná=BR-PR
subdivision | alexa en amazonie c'est quoi la capitale {} | de l'amazonas=BR-AM; du pará=BR-PA; de l'acre=BR-AC
subdivision | alexa pour le documentaire sur le pantanal c'est quoi la capitale {} | du mato grosso=BR-MT; du mato grosso do sul=BR-MS; du goiás=BR-GO
subdivision | alexa dans le nordeste c'est quoi la capitale {} | du rio grande do norte=BR-RN; de la paraíba=BR-PB; de l'alagoas=BR-AL
subdivision | alexa encore au brésil c'est quoi la capitale {} | du sergipe=BR-SE; du piauí=BR-PI; du maranhão=BR-MA
subdivision | alexa près de la guyane c'est quoi la capitale {} | de l'amapá=BR-AP; du roraima=BR-RR; du tocantins=BR-TO
subdivision | alexa dans le sud du brésil c'est quoi la capitale {} | du rio grande do sul=BR-RS; de santa catarina=BR-SC; de l'espírito santo=BR-ES
subdivision | alexa c'est quoi la capitale {} au brésil | de rondônia=BR-RO; de l'état de rio=BR-RJ; du district fédéral=BR-DF
subdivision | alexa pour la fête des morts au mexique c'est quoi la capitale {} | du michoacán=MX-MIC; du chiapas=MX-CHP; de puebla l'état=MX-PUE
subdivision | alexa on part à cancún c'est quoi la capitale {} | du quintana roo=MX-ROO; de campeche=MX-CAM; de tabasco=MX-TAB
subdivision | alexa près de la frontière américaine c'est quoi la capitale {} | de sonora=MX-SON; du chihuahua=MX-CHH; de la basse-californie=MX-BCN
subdivision | alexa au nord du mexique c'est quoi la capitale {} | du coahuila=MX-COA; du nuevo león=MX-NLE; du tamaulipas=MX-TAM
subdivision | alexa pour les baleines c'est quoi la capitale {} | de la basse-californie du sud=MX-BCS; du sinaloa=MX-SIN; du nayarit=MX-NAY
subdivision | alexa au centre du mexique c'est quoi la capitale {} | du guanajuato=MX-GUA; de querétaro=MX-QUE; de l'hidalgo=MX-HID
subdivision | alexa autour de mexico c'est quoi la capitale {} | de l'état de mexico=MX-MEX; du morelos=MX-MOR; de tlaxcala=MX-TLA
subdivision | alexa dans la tequila c'est quoi la capitale {} | de colima=MX-COL; d'aguascalientes=MX-AGU; de zacatecas=MX-ZAC
subdivision | alexa sur la côte du golfe c'est quoi la capitale {} | de veracruz=MX-VER; du guerrero=MX-GRO; de durango=MX-DUR
subdivision | alexa et pour san luis potosí l'état c'est quoi la capitale | MX-SLP
subdivision | alexa en road trip dans le sud américain c'est quoi la capitale {} | de la louisiane=US-LA; du mississippi=US-MS; de l'alabama=US-AL
subdivision | alexa mon fils regarde un match de basket c'est quoi la capitale {} | de l'ohio=US-OH; de l'indiana=US-IN; du wisconsin=US-WI
subdivision | alexa pour la route soixante-six c'est quoi la capitale {} | de l'oklahoma=US-OK; du missouri=US-MO; de l'illinois=US-IL
subdivision | alexa au salon de l'agriculture un éleveur du {} c'est quoi sa capitale | nebraska=US-NE; kansas=US-KS; iowa=US-IA
subdivision | alexa mon oncle vit {} c'est quoi la capitale de l'état | dans le massachusetts=US-MA; en pennsylvanie=US-PA; dans le maryland=US-MD
subdivision | alexa pour mon voyage à las vegas c'est quoi la capitale {} | du nevada=US-NV; de l'utah=US-UT; de l'arizona=US-AZ
subdivision | alexa en regardant yellowstone la série c'est quoi la capitale {} | du montana=US-MT; du wyoming=US-WY; de l'idaho=US-ID
subdivision | alexa le festival de country à nashville c'est quoi la capitale {} | du tennessee=US-TN; du kentucky=US-KY; de la caroline du sud=US-SC
subdivision | alexa en cours d'anglais c'est quoi la capitale {} | de l'oregon=US-OR; du colorado=US-CO; du michigan=US-MI
subdivision | alexa ma correspondante américaine vit {} c'est quoi sa capitale | au texas=US-TX; en virginie=US-VA; dans le new jersey=US-NJ
subdivision | alexa c'est quoi la capitale {} je suis perdu dans les petits états | du delaware=US-DE; du rhode island=US-RI; du connecticut=US-CT
subdivision | alexa un ami vit {} c'est quoi la capitale | dans le minnesota=US-MN; dans le dakota du nord=US-ND; dans le dakota du sud=US-SD
subdivision | alexa la capitale {} c'est laquelle dans les appalaches | de la virginie-occidentale=US-WV; du vermont=US-VT; du new hampshire=US-NH
subdivision | alexa en lisant un polar c'est quoi la capitale {} | du maine=US-ME; de l'arkansas=US-AR; du nouveau-mexique=US-NM
subdivision | alexa la capitale de l'état de new york c'est pas new york alors c'est quoi | US-NY
subdivision | alexa et la californie sa capitale c'est los angeles ou quoi | US-CA
subdivision | alexa la capitale du washington l'état pas la ville c'est laquelle | US-WA
subdivision | alexa ma tante habite {} c'est quoi la capitale | en guadeloupe=GP; en martinique=MQ; à mayotte=YT
subdivision | alexa pour une mutation de fonctionnaire c'est quoi la capitale {} | de la guyane=GF; de saint-pierre-et-miquelon=PM; de wallis=WF
subdivision | alexa pour les timbres de mon père c'est quoi la capitale {} | des terres australes françaises=TF; de sainte-hélène=SH; des îles pitcairn=PN
subdivision | alexa un voilier fait escale {} c'est quoi la capitale là-bas | aux îles vierges britanniques=VG; aux îles vierges américaines=VI; à anguilla=AI
subdivision | alexa dans un reportage sur les îles c'est quoi la capitale {} | de montserrat=MS; d'aruba=AW; de curaçao=CW
subdivision | alexa sur la carte du pacifique c'est quoi la capitale {} | de guam=GU; des îles mariannes du nord=MP; de l'île norfolk=NF
subdivision | alexa pour un quiz sur les îles australiennes c'est quoi la capitale {} | de l'île christmas=CX; des îles cocos=CC
subdivision | alexa une croisière passe par {} c'est quoi la capitale | bonaire=BQ; les îles åland=AX; gibraltar=GI
subdivision | alexa aux malouines c'est quoi la capitale {} | des îles malouines=FK; du svalbard=SJ; du territoire britannique de l'océan indien=IO
subdivision | alexa et le sahara occidental il a une capitale c'est quoi | EH
subdivision | alexa pour mon arrière-grand-père de la réunion c'est quoi la capitale {} | de la réunion=RE; de mayotte en fait=YT
# --- follow-up: a second question after the first answer
follow-up | alexa et celle {} alors | de l'autriche=AT; de la hongrie tant qu'on y est=HU; du liechtenstein du coup=LI
follow-up | alexa d'accord et pour {} | le kirghizstan=KG; le tadjikistan pendant qu'on y est=TJ; l'arménie à côté=AM
follow-up | alexa ok merci et {} c'est quoi | la namibie juste à côté=NA; le zimbabwe après=ZW; le botswana aussi=BW
follow-up | alexa ah bon et la capitale {} elle est où | de son voisin le malawi=MW; de la zambie voisine=ZM
follow-up | alexa super et maintenant celle {} | du nicaragua=NI; du costa rica=CR; du honduras=HN
follow-up | alexa attends et {} ça donne quoi | les comores=KM; madagascar=MG; maurice=MU
follow-up | alexa et la suivante sur ma liste c'est {} | l'équateur=EC; la colombie=CO; le guyana=GY
follow-up | alexa ouais et pour {} c'est pareil | la slovaquie=SK; la tchéquie=CZ
follow-up | alexa merci et celle {} tant que t'y es | du laos=LA; de la birmanie=MM; du bhoutan=BT
follow-up | alexa et {} ça c'est quoi sa capitale | la mongolie=MN; la corée du nord=KP; le japon=JP
follow-up | alexa okay pis {} | l'islande=IS; le danemark=DK; la norvège=NO | fr-CA
follow-up | alexa c'est beau pis pour {} | le salvador=SV; le guatemala=GT; le belize=BZ | fr-CA
follow-up | alexa pis celle {} tant qu'à y être | du yukon=CA-YT; de la colombie-britannique=CA-BC; des territoires=CA-NT | fr-CA
follow-up | alexa ah oui pis après {} | la guinée=GN; la guinée-bissau=GW; la guinée équatoriale=GQ | fr-CA
follow-up | alexa et son voisin {} | le burundi=BI; le soudan du sud=SS; l'érythrée=ER
follow-up | alexa encore une {} | l'ouzbékistan=UZ; le turkménistan=TM
# --- plural-capitals: countries with several capitals, asked in the plural
plural-capitals | alexa c'est quoi les capitales {} | de la bolivie=BO; de l'afrique du sud=ZA; du bénin=BJ
plural-capitals | alexa quelles sont les deux capitales {} | de la côte d'ivoire=CI; du sri lanka=LK; de la malaisie=MY
plural-capitals | alexa mon prof dit qu'il y a plusieurs capitales {} c'est lesquelles | aux pays-bas=NL; en eswatini=SZ; en palestine=PS
plural-capitals | alexa donne-moi toutes les capitales {} | de l'afrique du sud les trois=ZA; de la bolivie les deux=BO
plural-capitals | alexa les capitales {} c'est quoi déjà | du jammu-et-cachemire=IN-JK; de l'uttarakhand=IN-UK; de montserrat=MS
plural-capitals | alexa c'est-tu vrai que {} a deux capitales c'est lesquelles | la malaisie=MY; le sri lanka=LK; le swaziland=SZ | fr-CA
plural-capitals | alexa les capitales {} y en a combien pis c'est quoi | de l'afrique du sud=ZA; des pays-bas=NL; de la côte d'ivoire=CI | fr-CA
plural-capitals | alexa on m'a dit que le bénin a deux capitales c'est lesquelles | BJ
plural-capitals | alexa les capitales de la palestine c'est lesquelles exactement | PS
# --- everyday-name: the names people really use
everyday-name | alexa ma petite nièce veut savoir c'est quoi la capitale {} | de la hollande=NL; de l'angleterre=GB-ENG; de la birmanie=MM
everyday-name | alexa au comptoir du pmu on se demande la capitale {} c'est quoi | des states=US; de l'amérique=US; du swaziland=SZ
everyday-name | alexa pour les mots fléchés dis-moi la capitale {} | de la macédoine=MK; de la biélorussie=BY; du cap vert=CV
everyday-name | alexa la capitale {} tu sais | de la centrafrique=CF; du congo kinshasa=CD; du congo brazzaville=CG
everyday-name | alexa je cherche la capitale {} | des émirats=AE; de la tchéquie=CZ; de la république tchèque=CZ
everyday-name | alexa ça serait quoi la capitale {} | de la grande-bretagne=GB; du royaume uni=GB; des anglais enfin du royaume-uni=GB
everyday-name | alexa la capitale {} s'il te plaît | de la corée du sud=KR; de la corée du nord=KP; de taïwan=TW
everyday-name | alexa la capitale {} c'est laquelle là | du kirghizistan=KG; de la moldavie=MD; de l'eswatini=SZ | fr-CA
everyday-name | alexa c'est quoi la capitale {} coudonc | des vieux pays enfin de la france=FR; des states=US; de la bosnie=BA | fr-CA
everyday-name | alexa la capitale {} tsé le pays | du timor est=TL; de la papouasie=PG; des salomon=SB | fr-CA
everyday-name | alexa et la capitale {} | de saint-kitts=KN; de saint-vincent-et-les-grenadines=VC; de trinidad=TT
# --- official-name: long official names
official-name | alexa pour mon cours de droit international quelle est la capitale {} | de la république fédérale d'allemagne=DE; de la confédération suisse=CH; du royaume de belgique=BE
official-name | alexa quelle est la capitale {} s'il vous plaît | de la république populaire de chine=CN; de la fédération de russie=RU; de la république islamique d'iran=IR
official-name | alexa donnez-moi la capitale {} | du royaume hachémite de jordanie=JO; du sultanat d'oman=OM; de l'état du koweït=KW
official-name | alexa sur le formulaire de la préfecture c'est écrit quoi comme capitale {} | de la république arabe d'égypte=EG; du royaume du maroc=MA; de la république tunisienne=TN
official-name | alexa la capitale {} c'est laquelle | des états fédérés de micronésie=FM; de la république des palaos=PW; de la république de nauru=NR
official-name | alexa au consulat on me demande quelle est la capitale {} | de la république démocratique populaire lao=LA; de la république socialiste du viêt nam=VN; du royaume du cambodge=KH
official-name | alexa je voudrais la capitale {} | de la république de l'union du myanmar=MM; de la république populaire du bangladesh=BD; de la république fédérale démocratique du népal=NP
official-name | alexa dans le journal du soir ils parlent de la capitale {} c'est laquelle | de la république du kosovo=XK; de la république de chine taïwan=TW; de l'état de palestine=PS
official-name | alexa pour mon examen de citoyenneté la capitale {} c'est quoi | du royaume-uni de grande-bretagne et d'irlande du nord=GB; des états-unis d'amérique=US; du commonwealth d'australie=AU | fr-CA
official-name | alexa à radio-canada ils ont dit la capitale {} mais j'ai pas entendu laquelle | de la république du soudan du sud=SS; de la république fédérale de somalie=SO; de l'état d'érythrée=ER | fr-CA
official-name | alexa sur le passeport de mon client c'est marqué quelle capitale {} | de la république coopérative du guyana=GY; de la république bolivarienne du venezuela=VE; de l'état plurinational de bolivie=BO
official-name | alexa pour le protocole de la mairie quelle est la capitale {} | du grand-duché de luxembourg=LU; de la principauté de monaco=MC; de la sérénissime république de saint-marin=SM
official-name | alexa dites-moi la capitale {} | de la république démocratique fédérale d'éthiopie=ET; de la république unie de tanzanie=TZ; de la république du malawi=MW
# --- shared-name: names that fit several places
shared-name | alexa mon voisin me teste c'est quoi la capitale {} | de la géorgie=GE+US-GA; de la corée=KP+KR; du congo=CD+CG
shared-name | alexa pour la carte du monde de ma fille la capitale {} c'est quoi | des deux corées=KP+KR; des deux congo=CD+CG; des îles vierges=VG+VI
shared-name | alexa mon fils demande la capitale de la géorgie sans préciser laquelle | GE+US-GA | fr-CA
shared-name | alexa dis-moi les capitales des congos | CD+CG
shared-name | alexa je confonds toujours c'est quoi la capitale {} | de la dominique et de la république dominicaine=DM+DO
# --- reverse-question: which place has this capital
reverse-question | alexa {} c'est la capitale de quel pays | ouagadougou=CITY:Ouagadougou; bichkek=CITY:Bichkek; tegucigalpa=CITY:Tegucigalpa
reverse-question | alexa de quel pays {} est la capitale | nouakchott=CITY:Nouakchott; paramaribo=CITY:Paramaribo; vientiane=CITY:Vientiane
reverse-question | alexa {} c'est la capitale de quoi | windhoek=CITY:Windhoek; achgabat=CITY:Achgabat; ljubljana=CITY:Ljubljana
reverse-question | alexa {} c'est-tu une capitale pis de quoi | régina=CITY:Regina; yellowknife=CITY:Yellowknife; fredericton=CITY:Fredericton | fr-CA
reverse-question | alexa victoria c'est la capitale de quoi | CITY:Victoria
reverse-question | alexa chandigarh c'est la capitale de quel état | CITY:Chandigarh
# --- yes-no-check: the speaker checks a guess (sometimes wrong)
yes-no-check | alexa est-ce que la capitale {} | de l'australie c'est sydney=AU; du brésil c'est rio=BR; de la turquie c'est istanbul=TR
yes-no-check | alexa c'est vrai que la capitale {} | du canada c'est toronto=CA; de la suisse c'est genève=CH; du nigéria c'est lagos=NG
yes-no-check | alexa j'ai bon si je dis que la capitale {} | du maroc c'est rabat=MA; du kazakhstan c'est almaty=KZ; du viêt nam c'est hô chi minh-ville=VN
yes-no-check | alexa la capitale {} non | de la nouvelle-zélande c'est auckland=NZ; du pakistan c'est karachi=PK; de l'équateur c'est guayaquil=EC
yes-no-check | alexa c'est-tu {} | halifax la capitale de la nouvelle-écosse=CA-NS; charlottetown la capitale de l'île=CA-PE; iqaluit la capitale du nunavut=CA-NU | fr-CA
yes-no-check | alexa la capitale {} c'est-tu ben | de l'ontario toronto=CA-ON; de la floride miami=US-FL; de l'illinois chicago=US-IL | fr-CA
yes-no-check | alexa je parie que la capitale {} j'ai raison | du cameroun c'est douala=CM; de la tanzanie c'est dar es salaam=TZ; du bénin c'est cotonou=BJ
yes-no-check | alexa dis-moi si la capitale {} | du myanmar c'est rangoun=MM; du burundi c'est bujumbura=BI; de la bolivie c'est la paz=BO
# --- self-correction: the speaker changes the place mid-sentence
self-correction | alexa vite avant le bus c'est quoi la capitale {} | de la suède non de la norvège=NO; de l'autriche pardon de l'australie=AU; du niger euh du nigéria=NG
self-correction | alexa je me trompe tout le temps la capitale {} | de la slovénie ah non de la slovaquie=SK; de l'iran je veux dire de l'irak=IQ; de la guinée enfin de la gambie=GM
self-correction | alexa ma langue a fourché dis-moi la capitale {} | du mali attends non du malawi=MW; de la lettonie ou plutôt de la lituanie=LT; du paraguay non de l'uruguay=UY
self-correction | alexa chu fatigué c'est quoi la capitale {} | de la colombie euh non de la colombie-britannique=CA-BC; du manitoba oups de la saskatchewan=CA-SK; de terre-neuve pardon de la nouvelle-écosse=CA-NS | fr-CA
self-correction | alexa mon gars se mêle dans ses états la capitale {} | du dakota du nord euh du sud=US-SD; de la caroline du sud non du nord=US-NC; de la virginie je veux dire la virginie-occidentale=US-WV | fr-CA
self-correction | alexa la capitale de l'autriche euh de l'autruche non de l'autriche | AT
self-correction | alexa les noms se ressemblent trop la capitale {} | de la dominique euh non de la république dominicaine=DO; de la grenade enfin de grenade le pays=GD; de la guyane pardon du guyana=GY
# --- out-of-domain: other questions, other devices, "capitale" in other senses, places that are not in the data
out-of-domain | alexa mets france inter | FB
out-of-domain | alexa quel temps il fait à marseille demain | FB
out-of-domain | alexa mets un minuteur de vingt minutes pour le gratin | FB
out-of-domain | alexa c'est quoi le score de l'om | FB
out-of-domain | alexa allume la lumière du salon | FB
out-of-domain | alexa rajoute du pastis sur la liste de courses | FB
out-of-domain | alexa joue du jul | FB
out-of-domain | alexa c'est quand la prochaine braderie de lille | FB
out-of-domain | alexa à quelle heure ferme le carrefour de bègles | FB
out-of-domain | alexa combien de calories dans une chocolatine | FB
out-of-domain | alexa c'est quoi la capitale européenne de la culture cette année | FB
out-of-domain | alexa quelle est la capitale mondiale du cassoulet | FB
out-of-domain | alexa c'est quoi le capital de départ pour ouvrir une sarl | FB
out-of-domain | alexa combien rapporte un capital de dix mille euros sur un livret a | FB
out-of-domain | alexa c'est quoi une lettre capitale | FB
out-of-domain | alexa écris toulouse en lettres capitales | FB
out-of-domain | alexa la peine capitale elle a été abolie quand en france | FB
out-of-domain | alexa c'est quoi les sept péchés capitaux | FB
out-of-domain | alexa quelle est la capitale de la normandie | FB
out-of-domain | alexa c'est quoi la capitale de l'occitanie | FB
out-of-domain | alexa quelle est la capitale du pays basque | FB
out-of-domain | alexa c'est quoi la capitale des hauts-de-france | FB
out-of-domain | alexa c'est quoi la capitale de l'auvergne | FB
out-of-domain | alexa la capitale de la provence c'est aix ou marseille | FB
out-of-domain | alexa c'est quoi la capitale de la gironde | FB
out-of-domain | alexa c'est quoi la capitale de la catalogne | FB
out-of-domain | alexa quelle est la capitale de la kabylie | FB
out-of-domain | alexa c'est quoi la capitale du rif | FB
out-of-domain | alexa c'est quoi la capitale de la flandre | FB
out-of-domain | alexa quelle est la capitale de la wallonie | FB
out-of-domain | alexa c'est quoi la capitale de la lombardie | FB
out-of-domain | alexa quelle est la capitale de l'andalousie | FB
out-of-domain | alexa c'est quoi la capitale de la sibérie | FB
out-of-domain | alexa c'est quoi la capitale de la patagonie | FB
out-of-domain | alexa quelle était la capitale de l'empire ottoman | FB
out-of-domain | alexa c'était quoi la capitale de l'empire inca | FB
out-of-domain | alexa quelle était la capitale de l'union soviétique | FB
out-of-domain | alexa c'était quoi la capitale de la yougoslavie | FB
out-of-domain | alexa quelle était la capitale de l'allemagne de l'est | FB
out-of-domain | alexa c'était quoi la capitale du royaume de navarre | FB
out-of-domain | alexa quelle était la capitale des aztèques | FB
out-of-domain | alexa c'était quoi la capitale de l'empire romain d'orient | FB
out-of-domain | alexa quelle est la capitale du mordor | FB
out-of-domain | alexa c'est quoi la capitale du wakanda | FB
out-of-domain | alexa quelle est la capitale de westeros | FB
out-of-domain | alexa c'est quoi la capitale de l'atlantide | FB
out-of-domain | alexa c'est quoi la capitale de la terre du milieu | FB
out-of-domain | alexa quelle est la capitale de pandora dans avatar | FB
out-of-domain | alexa c'est quoi la capitale d'astérix et obélix | FB
out-of-domain | alexa quelle est la capitale de la lune | FB
out-of-domain | alexa c'est quoi la capitale de mars | FB
out-of-domain | alexa combien d'habitants à paris | FB
out-of-domain | alexa quelle est la plus grande ville du brésil | FB
out-of-domain | alexa c'est quoi la monnaie du japon | FB
out-of-domain | alexa quelle langue on parle au mozambique | FB
out-of-domain | alexa quel est le drapeau de l'irlande | FB
out-of-domain | alexa combien de pays en afrique | FB
out-of-domain | alexa qui est le président du sénégal | FB
out-of-domain | alexa quel est le plus long fleuve du monde | FB
out-of-domain | alexa quelle heure il est à tokyo | FB
out-of-domain | alexa c'est loin bayonne de biarritz | FB
out-of-domain | alexa traduis merci en basque | FB
out-of-domain | alexa raconte-moi une blague de ch'ti | FB
out-of-domain | alexa mets la radio en occitan | FB
out-of-domain | alexa appelle yemma | FB
out-of-domain | alexa c'est quand l'aïd cette année | FB
out-of-domain | alexa mets de la musique coupé-décalé | FB
out-of-domain | alexa joue l'hymne du portugal | FB
out-of-domain | alexa quelle est la recette du poulet yassa | FB
out-of-domain | alexa réveille-moi à quatre heures pour le fournil | FB
out-of-domain | alexa quel est le prochain tgv pour paris | FB
out-of-domain | alexa rappelle-moi de donner les médicaments à madame lucienne | FB
out-of-domain | alexa combien coûte un joint de robinet | FB
out-of-domain | alexa quel est le prix du blé aujourd'hui | FB
out-of-domain | alexa est-ce que la capitale est bien écrite avec un seul p | FB
out-of-domain | alexa c'est quoi un capitaine de bateau | FB
out-of-domain | alexa épelle le mot capitale | FB
out-of-domain | alexa quel est le synonyme de capital | FB
out-of-domain | alexa c'est quoi le capital social de michelin | FB
out-of-domain | alexa c'est quoi la capitale du rugby en france | FB
out-of-domain | alexa quelle ville est la capitale de la gastronomie | FB
out-of-domain | alexa paris est-elle la capitale de la mode | FB
out-of-domain | alexa ouvre netflix | FB
out-of-domain | alexa monte le son | FB
out-of-domain | alexa baisse le chauffage de deux degrés | FB
out-of-domain | alexa mets la série sur la télé du salon | FB
out-of-domain | alexa ajoute un rendez-vous chez le coiffeur jeudi | FB
out-of-domain | alexa quelle est la météo à la réunion | FB
out-of-domain | alexa lis-moi les infos | FB
out-of-domain | alexa quel âge tu as | FB
out-of-domain | alexa tu es amoureuse | FB
out-of-domain | alexa chante-moi une chanson | FB
out-of-domain | alexa mets la chaîne des habs | FB | fr-CA
out-of-domain | alexa quel temps y fait à rimouski | FB | fr-CA
out-of-domain | alexa c'est quoi le pointage du canadien hier | FB | fr-CA
out-of-domain | alexa mets ckoi | FB | fr-CA
out-of-domain | alexa allume les lumières du sous-sol | FB | fr-CA
out-of-domain | alexa ajoute du lait pis des oeufs sur la liste | FB | fr-CA
out-of-domain | alexa c'est quand le prochain traversier pour lévis | FB | fr-CA
out-of-domain | alexa y va-tu neiger à sherbrooke demain | FB | fr-CA
out-of-domain | alexa c'est quoi les heures de visite de l'assemblée nationale | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale régionale de la mauricie | FB | fr-CA
out-of-domain | alexa quelle est la capitale de l'estrie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la côte-nord | FB | fr-CA
out-of-domain | alexa quelle est la capitale du bas-saint-laurent | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du nunavik | FB | fr-CA
out-of-domain | alexa c'était quoi la capitale de la nouvelle-france | FB | fr-CA
out-of-domain | alexa c'était quoi la capitale du canada-uni | FB | fr-CA
out-of-domain | alexa quelle est la capitale de la baie d'hudson | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale du sirop d'érable | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la poutine | FB | fr-CA
out-of-domain | alexa quel est mon capital dans mon reer | FB | fr-CA
out-of-domain | alexa c'est quoi le gain en capital sur un chalet | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du pays d'en haut | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du pays des schtroumpfs | FB | fr-CA
out-of-domain | alexa quelle est la capitale de narnia | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale des îles canaries | FB | fr-CA
out-of-domain | alexa quelle est la capitale du cachemire pakistanais | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la transnistrie | FB | fr-CA
out-of-domain | alexa quelle est la capitale de l'abkhazie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du somaliland | FB | fr-CA
out-of-domain | alexa quelle est la capitale de la tchétchénie | FB | fr-CA
out-of-domain | alexa c'est quoi la meilleure civilisation dans le jeu civilization | FB | fr-CA
out-of-domain | alexa mets de la musique haïtienne | FB | fr-CA
out-of-domain | alexa appelle ma nonna | FB | fr-CA
out-of-domain | alexa combien ça coûte un billet d'avion pour port-au-prince | FB | fr-CA
out-of-domain | alexa traduis bonjour en innu | FB | fr-CA
out-of-domain | alexa c'est quoi le résultat de la loterie | FB | fr-CA
out-of-domain | alexa part la sécheuse | FB | fr-CA
out-of-domain | alexa barre la porte d'en avant | FB | fr-CA
out-of-domain | alexa chauffe le char | FB | fr-CA
out-of-domain | alexa c'est quoi le prix de l'essence à trois-rivières | FB | fr-CA
out-of-domain | alexa à quelle heure ouvre le dépanneur | FB | fr-CA
out-of-domain | alexa combien de provinces au canada | FB | fr-CA
out-of-domain | alexa qui est le premier ministre du manitoba | FB | fr-CA
out-of-domain | alexa c'est quoi la plus grande ville du nunavut | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du hockey | FB | fr-CA
# --- help
help | alexa comment ça marche ce jeu des capitales | HELP
help | alexa aide-moi je comprends rien | HELP
help | alexa qu'est-ce que je peux te demander | HELP
help | alexa c'est quoi les règles | HELP
help | alexa je fais comment pour jouer | HELP
help | alexa explique-moi vé je suis perdu | HELP
help | alexa dis biloute comment on s'en sert | HELP
help | alexa wallah j'ai pas compris comment on joue | HELP
help | alexa j'ai besoin d'aide s'il te plaît | HELP
help | alexa tu peux m'expliquer comment on pose une question | HELP
help | alexa qu'est-ce que tu sais faire avec les capitales | HELP
help | alexa je suis nouvelle ici comment ça fonctionne | HELP
help | alexa au secours je sais pas quoi dire | HELP
help | alexa mamie demande comment on utilise ton jeu | HELP
help | alexa aide | HELP
help | alexa comment ça marche ton affaire | HELP | fr-CA
help | alexa j'ai pas pantoute compris qu'est-ce que je dis | HELP | fr-CA
help | alexa aide-moi donc un peu | HELP | fr-CA
help | alexa c'est quoi que je peux te demander au juste | HELP | fr-CA
help | alexa how does it work euh comment ça marche | HELP | fr-CA
help | alexa manman pa konprann comment on joue | HELP | fr-CA
help | alexa peux-tu m'aider j'sais pas comment faire | HELP | fr-CA
help | alexa explique-moi les consignes | HELP | fr-CA
# --- stop
stop | alexa stop | STOP
stop | alexa arrête | STOP
stop | alexa arrête-toi vé | STOP
stop | alexa tais-toi | STOP
stop | alexa chut | STOP
stop | alexa ça suffit pour ce soir | STOP
stop | alexa on arrête là macarel | STOP
stop | alexa stop stop stop | STOP
stop | alexa quitte le jeu | STOP
stop | alexa ferme-la wallah | STOP
stop | alexa c'est bon arrête biloute | STOP
stop | alexa arrête-toi maintenant le petit dort | STOP
stop | alexa silence s'il te plaît | STOP
stop | alexa sors du jeu | STOP
stop | alexa arrête tout agur | STOP
stop | alexa arrête ça tout de suite | STOP | fr-CA
stop | alexa ferme ta boîte | STOP | fr-CA
stop | alexa c'est assez là arrête | STOP | fr-CA
stop | alexa tais-toi donc | STOP | fr-CA
stop | alexa stop là mannaggia | STOP | fr-CA
stop | alexa arrête on a fini les devoirs | STOP | fr-CA
stop | alexa quitte capitales du monde | STOP | fr-CA
stop | alexa ok stop anyway | STOP | fr-CA
# --- cancel
cancel | alexa annule | CANCEL
cancel | alexa laisse tomber | CANCEL
cancel | alexa oublie | CANCEL
cancel | alexa oublie ça vé | CANCEL
cancel | alexa annule ma question | CANCEL
cancel | alexa non rien laisse tomber | CANCEL
cancel | alexa c'est pas grave oublie | CANCEL
cancel | alexa annule c'est une erreur | CANCEL
cancel | alexa laisse tomber wallah | CANCEL
cancel | alexa oublie ce que j'ai dit | CANCEL
cancel | alexa non non annule biloute | CANCEL
cancel | alexa laisse béton | CANCEL
cancel | alexa pardon annule ça | CANCEL
cancel | alexa annule la question de mon fils | CANCEL
cancel | alexa oublie ça c'est correct | CANCEL | fr-CA
cancel | alexa laisse faire pour tantôt | CANCEL | fr-CA
cancel | alexa annule ça là | CANCEL | fr-CA
cancel | alexa non oublie ça never mind | CANCEL | fr-CA
cancel | alexa laisse faire c'est beau | CANCEL | fr-CA
cancel | alexa annule s'il te plaît | CANCEL | fr-CA
cancel | alexa forget it oublie ça | CANCEL | fr-CA
cancel | alexa laisse faire mannaggia | CANCEL | fr-CA
# --- launch: the skill's invocation name "capitales du monde"
launch | alexa ouvre capitales du monde | LAUNCH
launch | alexa lance capitales du monde vé | LAUNCH
launch | alexa ouvre capitales du monde biloute | LAUNCH
launch | alexa lance le jeu capitales du monde s'il te plaît | LAUNCH
launch | alexa démarre capitales du monde pour le contrôle de géo | LAUNCH
launch | alexa ouvre capitales du monde pour mamie | LAUNCH
launch | alexa on va jouer à capitales du monde | LAUNCH
launch | alexa je voudrais ouvrir capitales du monde | LAUNCH
launch | alexa lance capitales du monde wallah | LAUNCH
launch | alexa ouvre capitales du monde pour l'apéro | LAUNCH
launch | alexa démarre capitales du monde agur | LAUNCH
launch | alexa ouvre capitales du monde pour les petits | LAUNCH
launch | alexa lance capitales du monde tsé le jeu | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde pour le devoir | LAUNCH | fr-CA
launch | alexa démarre capitales du monde au dépanneur | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde pour grand-maman | LAUNCH | fr-CA
launch | alexa lance capitales du monde sak pase | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde anyway | LAUNCH | fr-CA
launch | alexa on joue à capitales du monde dans le motorisé | LAUNCH | fr-CA
launch | alexa démarre capitales du monde mannaggia | LAUNCH | fr-CA
# --- more fr-CA speakers: Montrealers, Québec City, Côte-Nord, Haitian and Italian Montrealers, families
montrealais | alexa dans la ruelle les kids gagent sur la capitale {} pis personne la sait | du pakistan=PK; de l'afghanistan=AF; de l'iran=IR | fr-CA
montrealais | alexa au marché jean-talon un vendeur {} me demande sa capitale pour le fun | libanais=LB; marocain=MA; tunisien=TN | fr-CA
montrealais | alexa à la caisse pop une madame {} attend pis elle veut savoir la capitale de chez eux | philippine=PH; indonésienne=ID; thaïlandaise=TH | fr-CA
quebec-ville | alexa au festival d'été un band {} joue ce soir c'est quoi leur capitale | islandais=IS; estonien=EE; irlandais=IE | fr-CA
quebec-ville | alexa à l'université laval ma prof vient {} c'est quoi la capitale | du gabon=GA; du congo=CG; de la guinée=GN | fr-CA
mauricie | alexa à la pourvoirie des chasseurs {} sont arrivés c'est quoi leur capitale | de la pennsylvanie=US-PA; du tennessee=US-TN; du wisconsin=US-WI | fr-CA
cote-nord | alexa à natashquan un poète {} est en visite c'est quoi sa capitale | acadien de la nouvelle-écosse=CA-NS; breton enfin français=FR; terre-neuvien=CA-NL | fr-CA
haitiens-mtl | alexa tonton mwen vit {} c'est quoi la capitale là-bas | en guadeloupe=GP; à miami en floride=US-FL; à new york l'état=US-NY | fr-CA
haitiens-mtl | alexa pou lekòl pitit mwen bezwen capitale {} | du brésil=BR; du chili=CL; du venezuela=VE | fr-CA
italiens-mtl | alexa il mio nipote veut savoir la capitale {} pour l'école | de la grèce=GR; de la bulgarie=BG; de la macédoine du nord=MK | fr-CA
franco-manitobains | alexa à la ferme à saint-pierre-jolys le voisin vient {} c'est quoi la capitale | du dakota du nord=US-ND; de l'ontario=CA-ON; de l'alberta=CA-AB | fr-CA
estrie | alexa au cégep de sherbrooke mon prof d'histoire demande la capitale {} | de la russie=RU; de la pologne=PL; de l'ukraine=UA | fr-CA
familles-qc | alexa ma belle-mère regarde le tour de france pis demande la capitale {} | de la slovénie=SI; du danemark=DK; de la colombie=CO | fr-CA
familles-qc | alexa on fait un casse-tête du monde pis il manque la capitale {} | de l'indonésie=ID; de la malaisie=MY; de singapour=SG | fr-CA
metiers-qc | alexa au bureau de poste de chicoutimi euh non de rimouski un colis part {} c'est quoi la capitale | au japon=JP; en corée du sud=KR; à taïwan=TW | fr-CA
metiers-qc | alexa à l'aéroport de dorval un vol part {} c'est quoi la capitale là-bas | pour le sénégal=SN; pour l'algérie=DZ; pour haïti=HT | fr-CA
bas-saint-laurent | alexa au phare de pointe-au-père un touriste {} veut sa capitale | ontarien=CA-ON; manitobain=CA-MB; albertain=CA-AB | fr-CA
# --- more reverse-question lines
reverse-question | alexa bamako c'est dans quel pays | CITY:Bamako
reverse-question | alexa y a une ville qui s'appelle {} c'est la capitale de quel pays | podgorica=CITY:Podgorica; gaborone=CITY:Gaborone; nuku'alofa=CITY:Nuku'alofa
reverse-question | alexa ma fille dit que {} est une capitale c'est celle de quel pays | asmara=CITY:Asmara; bandar seri begawan=CITY:Bandar Seri Begawan; thimphu=CITY:Thimphu
reverse-question | alexa {} c'est la capitale de quelle province | winnipeg=CITY:Winnipeg; edmonton=CITY:Edmonton; charlottetown=CITY:Charlottetown | fr-CA
reverse-question | alexa {} c'est la capitale de quel état américain | tallahassee=CITY:Tallahassee; sacramento=CITY:Sacramento; montpelier=CITY:Montpelier | fr-CA
reverse-question | alexa au quiz on m'a demandé {} c'est la capitale de quoi | mascate=CITY:Mascate; douchanbé=CITY:Douchanbé; oulan-bator=CITY:Oulan-Bator
reverse-question | alexa dans mon roman y parlent de {} c'est la capitale de quel pays | tachkent=CITY:Tachkent; mogadiscio=CITY:Mogadiscio; libreville=CITY:Libreville
reverse-question | alexa {} c'est la capitale de quel land allemand | mayence=CITY:Mayence; wiesbaden=CITY:Wiesbaden; schwerin=CITY:Schwerin
# --- more help, stop and cancel in the speakers' own words
help | alexa boudu comment on joue à ton truc | HELP
help | alexa peuchère j'y comprends dégun explique-moi | HELP
help | alexa aupa comment ça se joue | HELP
help | alexa ma avó veut savoir comment on joue | HELP
help | alexa on dit quoi comment on fait pour jouer | HELP
help | alexa j'ai besoin d'explications pour le jeu des capitales | HELP
help | alexa c'est quoi les commandes que je peux dire | HELP
help | alexa sak pase comment ça marche | HELP | fr-CA
help | alexa coudonc comment on joue à ça | HELP | fr-CA
help | alexa my kids want to know euh comment on joue | HELP | fr-CA
help | alexa j'ai besoin d'un coup de main avec le jeu | HELP | fr-CA
stop | alexa arrête macarel on passe à table | STOP
stop | alexa tais-toi peuchère | STOP
stop | alexa stop la belote reprend | STOP
stop | alexa arrête le jeu yemma dort | STOP
stop | alexa ça suffit les capitales on ferme | STOP
stop | alexa stop min fiu il faut dormir | STOP
stop | alexa arrête on a fini dêh | STOP
stop | alexa arrête ça pá | STOP
stop | alexa arrête-toi boudu | STOP
stop | alexa stop on sort du jeu merci | STOP
stop | alexa arrête c'est l'heure du souper | STOP | fr-CA
stop | alexa ferme-toi donc là | STOP | fr-CA
stop | alexa stop sak pase on arrête | STOP | fr-CA
stop | alexa arrête tsé on a fini | STOP | fr-CA
stop | alexa stop on est arrivés au chalet | STOP | fr-CA
stop | alexa c'est fini pour à soir arrête | STOP | fr-CA
cancel | alexa annule fan de chichourle | CANCEL
cancel | alexa laisse tomber macarel | CANCEL
cancel | alexa oublie ça biloute | CANCEL
cancel | alexa annule saha | CANCEL
cancel | alexa laisse tomber pá | CANCEL
cancel | alexa oublie ça dêh | CANCEL
cancel | alexa annule ma dernière demande | CANCEL
cancel | alexa laisse tomber c'était pour rire | CANCEL
cancel | alexa laisse faire tsé | CANCEL | fr-CA
cancel | alexa oublie ça anyway | CANCEL | fr-CA
cancel | alexa annule ça sak pase | CANCEL | fr-CA
cancel | alexa laisse faire je me suis trompé | CANCEL | fr-CA
cancel | alexa non non laisse faire ça là | CANCEL | fr-CA
# --- more out-of-domain
out-of-domain | alexa quelle est la capitale de la bretagne et de la normandie réunies | FB
out-of-domain | alexa c'est quoi la capitale du béarn | FB
out-of-domain | alexa quelle est la capitale des landes | FB
out-of-domain | alexa c'est quoi la capitale du cantal | FB
out-of-domain | alexa quelle est la capitale du nord-pas-de-calais | FB
out-of-domain | alexa c'était quoi la capitale de l'aquitaine | FB
out-of-domain | alexa c'est quoi la capitale du cotentin | FB
out-of-domain | alexa quelle est la capitale de la grande kabylie | FB
out-of-domain | alexa c'est quoi la capitale du biafra | FB
out-of-domain | alexa quelle était la capitale du royaume du dahomey avant la colonisation | FB
out-of-domain | alexa c'est quoi la capitale de l'empire du mali au moyen âge | FB
out-of-domain | alexa quelle est la capitale de la casamance | FB
out-of-domain | alexa c'est quoi la capitale du katanga | FB
out-of-domain | alexa quelle est la capitale des îles marquises | FB
out-of-domain | alexa c'est quoi la capitale de bora-bora | FB
out-of-domain | alexa quelle est la capitale des açores | FB
out-of-domain | alexa c'est quoi la capitale de madère | FB
out-of-domain | alexa quelle est la capitale de la galice | FB
out-of-domain | alexa c'est quoi la capitale du royaume de bourgogne | FB
out-of-domain | alexa c'est quoi la capitale de la gaule | FB
out-of-domain | alexa quelle est la capitale de la mer méditerranée | FB
out-of-domain | alexa c'est quoi la capitale du pays des merveilles | FB
out-of-domain | alexa quelle est la capitale de poudlard | FB
out-of-domain | alexa c'est quoi la capitale de l'empire galactique | FB
out-of-domain | alexa quelle est la capitale de la syldavie dans tintin | FB
out-of-domain | alexa c'est quoi la capitale de la bordurie | FB
out-of-domain | alexa mets l'alarme à six heures pour la tournée | FB
out-of-domain | alexa combien de temps pour cuire un aligot | FB
out-of-domain | alexa c'est quand la fête de la musique | FB
out-of-domain | alexa joue la chanson de nino ferrer le sud | FB
out-of-domain | alexa quelle équipe a gagné le top quatorze | FB
out-of-domain | alexa c'est quoi le programme du heiva | FB
out-of-domain | alexa quelle est la meilleure capitale pour faire la fête | FB
out-of-domain | alexa donne-moi une capitale au hasard | FB
out-of-domain | alexa quelle capitale est la plus froide du monde | FB
out-of-domain | alexa combien de capitales j'ai trouvé aujourd'hui | FB
out-of-domain | alexa c'est quelle ville la capitale de la bière au québec | FB | fr-CA
out-of-domain | alexa c'était quoi la capitale du haut-canada | FB | fr-CA
out-of-domain | alexa quelle est la capitale de la gaspésie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'île d'anticosti | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du vinland des vikings | FB | fr-CA
out-of-domain | alexa quelle est la capitale du nitassinan | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la petite italie | FB | fr-CA
out-of-domain | alexa quelle est la capitale du cap-breton | FB | fr-CA
out-of-domain | alexa mets le réveil pour ma shift de nuit | FB | fr-CA
out-of-domain | alexa c'est quoi la température à sept-îles | FB | fr-CA
out-of-domain | alexa mets de la musique de kompa | FB | fr-CA
out-of-domain | alexa combien de temps pour aller à winnipeg en char | FB | fr-CA
polynesiens | alexa mon cousin de raiatea me teste c'est quoi la capitale {} officiellement | de la polynésie=PF; de tahiti enfin de la polynésie française=PF
subdivision | alexa sur la plage de tulum mon chum demande la capitale {} | de l'état du quintana roo=MX-ROO; de l'état de campeche=MX-CAM | fr-CA
"""

if __name__ == "__main__":
    build_round(44, "fr", LINES, sys.argv, "tests/Eval/fr/round44/source/build_corpus.py")
