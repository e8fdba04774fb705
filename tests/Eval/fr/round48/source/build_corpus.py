"""Round 48, French (fr-FR, fr-CA): a new author's own mix, written blind at the start of the fifty-third session
(brief WRITER59.md), about two fifths of the lines fr-CA. Speakers and situations chosen apart from round 47 (no
Lorrains, Champenois, Gascons or Landais, Provençaux, Guyanais, Mahorais, Néo-Calédoniens, Franco-Chinese,
Franco-Ukrainian or Franco-Italian families, American, Australian, Japanese or Korean learners, young parents,
Beaucerons, Rive-Sud suburbanites, Plateau or Rosemont Montrealers, Acadians of Nova Scotia, Franco-Albertans,
Franco-Colombiens, Cameroonian or Congolese Montrealers, cégépiens, Baie-James workers; none of round 47's jobs, school
years, games or home situations) and from the groups round 47 lists as avoided from rounds 44 to 46 (Alsaciens,
Lyonnais, Bretons, Corses, Réunionnais, Antillais, Savoyards, Catalans, Niçois, Nantais, Vendéens, Bourguignons,
Marseillais, Toulousains, Ch'tis, Basques, Bordelais, Normands, Auvergnats, Polynesians, Parisian or banlieue
teenagers, Belgians or Swiss in France, Erasmus students, retired people, small children as a group, British
learners, Franco-Vietnamese, Franco-Polish, Armenian, Turkish, Romanian, Tamil, Franco-Maghrebi, Afro-Parisian and
Portuguese-French families; Saguenéens, Gaspésiens, Abitibiens, Outaouais public servants, Acadians of New Brunswick,
Franco-Ontarians, Fransaskois, Franco-Manitobans, Laval teenagers, francisation learners, aînés, Cree or Inuit
speakers, Latino, Lebanese, Greek, English-speaking, Haitian or Italian Montrealers, Hochelaga or Villeray, Québec
City, Mauricie, Estrie, Côte-Nord, Bas-Saint-Laurent, Laurentides, Lanaudière, Montérégie, Centre-du-Québec,
Charlevoix, Madelinots).
fr-FR speakers: Francs-Comtois of Besançon, Montbéliard, Pontarlier and the Jura ("beuiller", "un pochon", "ça joue",
the fruitière, the cancoillotte, frontaliers working in La Chaux-de-Fonds, Peugeot at Sochaux, the foire comtoise,
cross-country skiing at Les Rousses), Ligériens of Tours, Blois, Orléans, Angers and Saumur (the châteaux, la Loire à
vélo, rillettes, the Cadre noir, the fêtes johanniques, the troglodytes), Charentais of La Rochelle, Cognac, Angoulême
and the Île de Ré ("tantôt", "les cagouilles", "les mojhettes", the cognac trade, the BD festival, the Francofolies,
the Hermione), Périgourdins of Sarlat, Périgueux and Bergerac (English neighbours, the truffle market, Lascaux,
canoeing on the Dordogne, walnuts, the gîte), Stéphanois ("beauseigne", les Verts, Geoffroy-Guichard and the
chaudron, the Cité du design, Manufrance), Saint-Pierrais of Saint-Pierre-et-Miquelon (the fog, the ferry to Fortune,
the Basque festival, trawlers, Miquelon), Franco-Brazilian families ("nossa", "tudo bem", "a vovó", "saudade", the
feijoada, capoeira), Franco-Spanish families of the "petite Espagne" of Saint-Denis and of Paris concierges ("venga",
"hombre", "vale", "madre mía", "la abuela"), Franco-Malagasy families ("misaotra", "veloma", "dadabe", "neny", the
romazava, the twenty-sixth of June) and learners (a German au pair, an Indian engineer at La Défense, a Nigerian
student in a university FLE course, a Swedish PhD student: article, gender and word-order errors, "please", "no
wahala", "excuse me"). Jobs: a baker at four in the morning, a VTC driver, a mechanic, a supermarket cashier, a farmer
on her tractor, a TGV driver, a home nurse, removal men, a café waiter, a holiday-camp leader. School: CE un,
cinquième, quatrième, seconde, terminale HGGSP, a licence LEA, the CRPE. Games and TV: Questions pour un champion, Les
Douze Coups de midi, Qui veut gagner des millions, GeoGuessr, Time's Up, hangman, a loto-quiz at the salle des fêtes,
the comité des fêtes quiz. Home: Eurovision night, the Tour de France, the apéro, DIY on the stepladder, insomnia at
three in the morning, Sunday lunch at the in-laws', planning the holidays, Koh-Lanta, the Olympics, sorting the post.
fr-CA speakers: South-West Montrealers of Verdun, Saint-Henri and Pointe-Saint-Charles (the Verdun beach, the Atwater
market, the Lachine canal, rue Wellington, a fête de ruelle, "coudonc", "ma blonde"), Appalachians of Thetford Mines,
Montmagny, Lévis and Saint-Jean-Port-Joli (the old asbestos mines, the snow geese, the accordion festival, the Lévis
ferry, "me niaise"), Franco-Yukoners and Franco-Ténois (Dawson, Whitehorse, Yellowknife: the Rendez-vous, the ice
road, the aurores, the mine camps, "icitte"), Louisiana Cajuns ("mais là", "cher", "asteur", "ça c'est bon", the
fais-dodo, crawfish, the bayou), Franco-Americans of New England (Lewiston, Biddeford, Manchester: "mon vieux", "la
parenté", "ma mémère", the shop, the club franco), Acadians of Prince Edward Island (Abram-Village, Wellington, the
Chandeleur, lobster, potatoes, the Confederation Bridge: "asteure", "pu"), Punjabi families of Parc-Extension
("haanji", "beta", "chalo", "bhaji", the gurdwara, Jean-Talon, cousins in Brampton and Surrey) and Iranian
Montrealers ("joon", "azizam", "khob", Norouz, the tahdig). Jobs: an STM bus driver, a paramedic, a tree planter, a
garagiste at tyre-change time, a PAB in a CHSLD, a pee-wee hockey coach, a taxi driver, a guide at the Vieux-Port, an
IGA cashier, a construction worker. School: troisième, quatrième and sixième année, secondaire deux, trois and
quatre, a Kahoot, the expo-sciences, relations internationales at the UdeM, the camp de jour. Games and TV: La Poule
aux oeufs d'or, L'Union fait la force, a board game at the camping, the office party quiz, the capitals game in the
car on the 40, a card game, a bonus question. Home: the hockey game (the Flyers, the Lightning, the Jets, the Kraken),
the Saint-Jean, the above-ground pool, the barbecue, Sunday breakfast, a power cut, the soccer World Cup, the spaghetti
sauce, the Tour de France on TVA.
Families per speaker group and situation, and the shared families (follow-up, plural-capitals, subdivision,
out-of-domain, help, stop, cancel, launch, yes-no-check, self-correction, reverse-question, official-name,
everyday-name, shared-name). Lines of rounds 1-47 are dropped (build_round with round 48's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# --- fr-FR: Francs-Comtois (Besançon, Montbéliard, Pontarlier, the Jura: "beuiller", "un pochon", "ça joue", the comté, the cancoillotte, frontaliers in Switzerland, Peugeot at Sochaux)
francs-comtois | alexa beuille voir la capitale {} | de la suisse=CH; de l'autriche=AT; du liechtenstein=LI
francs-comtois | alexa je suis frontalier à la chaux-de-fonds et un collègue vient {} c'est quoi sa capitale | du portugal=PT; du kosovo=XK; de la bosnie=BA
francs-comtois | alexa à la fruitière y a un stagiaire {} il m'a demandé la capitale de chez lui | slovaque=SK; hongrois=HU; slovène=SI
francs-comtois | alexa en touillant la cancoillotte dis-moi voir la capitale {} | de la tchéquie=CZ; de la pologne=PL; de la croatie=HR
francs-comtois | alexa chez peugeot à sochaux on exporte des voitures {} c'est quoi la capitale là-bas | en iran=IR; au maroc=MA; en algérie=DZ
francs-comtois | alexa ça joue tu sais la capitale {} | du bade-wurtemberg=DE-BW; de la bavière=DE-BY; de la hesse=DE-HE
francs-comtois | alexa passe-moi le pochon non je rigole dis-moi la capitale de la mongolie | MN
francs-comtois | alexa à la citadelle de besançon y avait un panneau sur le kirghizstan c'est quoi la capitale | KG
francs-comtois | alexa on fait du ski de fond aux rousses avec des norvégiens c'est quoi la capitale de la norvège déjà | NO
francs-comtois | alexa pendant la foire comtoise un gars m'a parlé {} quelle est la capitale | de la biélorussie=BY; de la moldavie=MD; de la lettonie=LV
# --- fr-FR: Ligériens (Tours, Blois, Orléans, Angers, Saumur: the châteaux, la Loire à vélo, rillettes, the cadre noir)
ligeriens | alexa au château de chambord y avait des touristes {} c'est quoi la capitale de leur pays | brésiliens=BR; indiens=IN; mexicains=MX
ligeriens | alexa sur la loire à vélo on a croisé un couple {} c'est quoi leur capitale | danois=DK; néerlandais=NL; finlandais=FI
ligeriens | alexa au cadre noir de saumur un cavalier venait {} c'est quelle capitale | de jordanie=JO; d'oman=OM; du qatar=QA
ligeriens | alexa je mange mes rillettes et je me demande la capitale {} | du bhoutan=BT; du népal=NP; du laos=LA
ligeriens | alexa à blois au musée de la magie un magicien venait {} c'est quoi la capitale | d'ukraine=UA; de géorgie le pays=GE; de l'arménie=AM
ligeriens | alexa à orléans pour les fêtes johanniques on reçoit une délégation {} quelle est leur capitale | écossaise=GB-SCT; galloise=GB-WLS; irlandaise=IE
ligeriens | alexa les troglodytes de saumur ça me rappelle la cappadoce c'est quoi la capitale de la turquie | TR
ligeriens | alexa j'ai un client au domaine de vouvray qui vient de taïwan c'est quoi sa capitale | TW
ligeriens | alexa à angers au festival premiers plans y avait un film {} c'est quoi la capitale | kazakh=KZ; ouzbek=UZ; tadjik=TJ
# --- fr-FR: Charentais (La Rochelle, Cognac, Angoulême, Île de Ré: "la cagouille", "les mojhettes", "tantôt", the BD festival, the Francofolies)
charentais | alexa tantôt un acheteur de cognac {} m'a demandé sa capitale tu la connais | chinois=CN; singapourien=SG; nigérian=NG
charentais | alexa à la rochelle y a un voilier qui arrive {} c'est quoi la capitale de là-bas | du cap-vert=CV; des açores=PT; de sainte-lucie=LC
charentais | alexa au festival de la bd d'angoulême un auteur venait {} c'est quoi sa capitale | de corée du sud=KR; du japon=JP; de belgique=BE
charentais | alexa j'ramasse les cagouilles sous la pluie et j'me demande la capitale {} | du luxembourg=LU; de l'irlande du nord=GB-NIR; de l'écosse=GB-SCT
charentais | alexa aux francofolies y avait un chanteur {} c'est quoi la capitale | du burundi=BI; du rwanda=RW; des comores=KM
charentais | alexa sur l'île de ré à vélo ma fille demande la capitale {} | de la barbade=BB; de la jamaïque=JM; des bahamas=BS
charentais | alexa en écossant les mojhettes dis donc c'est quoi la capitale du tchad | TD
charentais | alexa à rochefort devant l'hermione on parlait de l'amérique c'est quoi la capitale des états-unis | US
charentais | alexa mon beau-frère de jarnac dit que la capitale du canada c'est montréal c'est vrai | CA
# --- fr-FR: Périgourdins (Périgueux, Sarlat, Bergerac: the truffle market, Lascaux, the English neighbours, walnuts, canoeing on the Dordogne)
perigourdins | alexa mes voisins anglais de sarlat me demandent la capitale {} | du pays de galles=GB-WLS; de l'irlande=IE; de l'angleterre=GB-ENG
perigourdins | alexa au marché aux truffes de sainte-alvère un acheteur venait {} c'est quoi la capitale | d'australie=AU; de nouvelle-zélande=NZ; d'afrique du sud=ZA
perigourdins | alexa en canoë sur la dordogne on a doublé des gens {} c'est quoi leur capitale | suédois=SE; islandais=IS; estoniens=EE
perigourdins | alexa à lascaux la guide parlait des grottes {} c'est quelle capitale déjà | du vietnam=VN; de la thaïlande=TH; du cambodge=KH
perigourdins | alexa je casse des noix en regardant la télé c'est quoi la capitale du royaume-uni | GB
perigourdins | alexa à bergerac au marché un vendeur de la réunion m'a demandé la capitale {} | de maurice=MU; des seychelles=SC; de madagascar=MG
perigourdins | alexa le gîte est loué par une famille {} c'est quoi la capitale de leur pays | israélienne=IL; libanaise=LB; chypriote=CY
# --- fr-FR: Stéphanois (Saint-Étienne: les Verts, Geoffroy-Guichard, "beauseigne", "gaga", the Cité du design, the old Manufrance)
stephanois | alexa les verts ont signé un attaquant {} c'est quoi la capitale de son pays | ivoirien=CI; gabonais=GA; togolais=TG
stephanois | alexa beauseigne j'ai oublié la capitale {} | du burkina faso=BF; du bénin=BJ; du niger=NE
stephanois | alexa à geoffroy-guichard les supporters adverses venaient {} c'est quoi la capitale | de grèce=GR; de serbie=RS; du monténégro=ME
stephanois | alexa à la biennale du design un exposant venait {} quelle est sa capitale | de finlande=FI; d'estonie=EE; de lituanie=LT
stephanois | alexa mon pépé travaillait à manufrance avec un gars d'arménie c'est quoi la capitale de l'arménie | AM
stephanois | alexa dans le chaudron ça chantait en quoi c'est quoi la capitale de la guinée-bissau | GW
stephanois | alexa à la cité du design y a une expo sur le mali c'est quoi la capitale du mali | ML
# --- fr-FR: Saint-Pierrais (Saint-Pierre-et-Miquelon: the fog, the ferry to Fortune, cod, the Canadian cousins, the fêtes basques)
saint-pierrais | alexa le traversier pour fortune est annulé à cause de la brume c'est quoi la capitale de terre-neuve | CA-NL
saint-pierrais | alexa c'est quoi la capitale {} on y va l'été prochain | de la nouvelle-écosse=CA-NS; du nouveau-brunswick=CA-NB; de l'île-du-prince-édouard=CA-PE
saint-pierrais | alexa pour la fête basque à saint-pierre y a des cousins {} c'est quelle capitale | espagnols=ES; d'islande=IS; des îles féroé=FO
saint-pierrais | alexa on est français mais on vit à côté du canada c'est quoi la capitale de saint-pierre-et-miquelon | PM
saint-pierrais | alexa à miquelon y a plus de chevaux que de gens c'est quoi la capitale du groenland | GL
saint-pierrais | alexa un chalutier {} est entré au port c'est quoi la capitale | portugais=PT; russe=RU; norvégien=NO
# --- fr-FR: Franco-Brazilian families (Paris, Guyane border cousins: "nossa", "tudo bem", "a vovó", "saudade", feijoada, capoeira)
franco-bresiliens | alexa nossa j'ai oublié la capitale {} | du brésil=BR; de l'angola=AO; du mozambique=MZ
franco-bresiliens | alexa a vovó demande la capitale {} elle habite là-bas | de bahia=BR-BA; du minas gerais=BR-MG; du pernambouc=BR-PE
franco-bresiliens | alexa tudo bem c'est quoi la capitale {} | du rio grande do sul=BR-RS; du paraná=BR-PR; de santa catarina=BR-SC
franco-bresiliens | alexa au cours de capoeira un mec vient {} c'est quoi la capitale | de sao tomé=ST; du timor oriental=TL; de guinée-bissau=GW
franco-bresiliens | alexa pendant la feijoada mon oncle dit que la capitale du brésil c'est rio c'est vrai ça | BR
franco-bresiliens | alexa ma cousine vit à manaus c'est la capitale de quel état | CITY:manaos
franco-bresiliens | alexa j'ai la saudade du pays c'est quoi la capitale {} | du ceará=BR-CE; de l'amazonas=BR-AM; du pará=BR-PA
franco-bresiliens | alexa c'est quoi la capitale de l'uruguay a vovó dit buenos aires | UY
# --- fr-FR: Franco-Spanish families (Saint-Denis "petite Espagne", Paris concierges' children: "hombre", "venga", "la abuela", "madre mía", "vale")
franco-espagnols | alexa venga dis-moi la capitale {} | de l'argentine=AR; du chili=CL; du pérou=PE
franco-espagnols | alexa la abuela demande c'est quoi la capitale {} | de la colombie=CO; du venezuela=VE; de l'équateur=EC
franco-espagnols | alexa madre mía j'ai un trou c'est quoi la capitale {} | du guatemala=GT; du honduras=HN; du salvador=SV
franco-espagnols | alexa hombre c'est quoi la capitale {} | du nicaragua=NI; du costa rica=CR; du panama=PA
franco-espagnols | alexa vale alors la capitale de cuba c'est quoi | CU
franco-espagnols | alexa mon cousin de saint-domingue il dit que c'est la capitale de quoi | CITY:saint-domingue
franco-espagnols | alexa dans le quartier de la plaine y a un resto {} c'est quoi la capitale | équato-guinéen=GQ; paraguayen=PY; bolivien=BO
franco-espagnols | alexa la abuela est née en galice mais c'est quoi la capitale de l'espagne tout court | ES
franco-espagnols | alexa c'est quoi la capitale de porto rico vale | PR
# --- fr-FR: Franco-Malagasy families ("veloma", "misaotra", "dadabe", "neny", the romazava, the mofo gasy)
franco-malgaches | alexa misaotra et c'est quoi la capitale {} | de madagascar=MG; du mozambique=MZ; de la tanzanie=TZ
franco-malgaches | alexa dadabe demande la capitale {} | du kenya=KE; du malawi=MW; de la zambie=ZM
franco-malgaches | alexa neny veut savoir la capitale {} | du zimbabwe=ZW; du botswana=BW; de la namibie=NA
franco-malgaches | alexa en préparant le romazava on se demande la capitale de mayotte | YT
franco-malgaches | alexa veloma mais avant c'est quoi la capitale de la réunion | RE
franco-malgaches | alexa mon cousin de tamatave part travailler aux comores c'est quoi la capitale | KM
franco-malgaches | alexa c'est antananarivo ou tananarive la capitale de madagascar | MG
franco-malgaches | alexa pour la fête du vingt-six juin on a invité des gens {} c'est quoi leur capitale | du lesotho=LS; d'ouganda=UG; d'éthiopie=ET
# --- fr-FR: learners (a German au pair, an Indian engineer at La Défense, a Nigerian student in a university FLE course, a Swedish PhD student: gender, article and word-order errors, English words)
apprenants-fr | alexa je suis au pair allemande et je veux savoir le capitale {} | de la saxe=DE-SN; de le brandebourg=DE-BB; de la thuringe=DE-TH
apprenants-fr | alexa quelle est le capitale {} s'il te plaît | de la basse-saxe=DE-NI; de la schleswig-holstein=DE-SH; de le mecklembourg=DE-MV
apprenants-fr | alexa je suis ingénieur à la défense et je veux connaître capitale {} | de le karnataka=IN-KA; de la maharashtra=IN-MH; de le kerala=IN-KL
apprenants-fr | alexa ma famille est de hyderabad c'est capitale {} je pense | du telangana=IN-TS; de l'andhra pradesh=IN-AP; de le tamil nadu=IN-TN
apprenants-fr | alexa please dis-moi la capitale de le nigeria | NG
apprenants-fr | alexa mon prof de fle demande la capitale {} je ne sais pas | de la ghana=GH; de le liberia=LR; de la sierra leone=SL
apprenants-fr | alexa comment on dit la capitale de le gambie | GM
apprenants-fr | alexa je suis suédois et je oublie la capitale de ma voisin la finlande | FI
apprenants-fr | alexa quel est la capitale de la pakistan | PK
apprenants-fr | alexa no wahala c'est quoi la capitale de le cameroun | CM
apprenants-fr | alexa la capitale de la bangladesh c'est dhaka oui | BD
apprenants-fr | alexa je cherche la capitale pour le pays sri lanka | LK
apprenants-fr | alexa excuse me la capitale de le bengale occidental c'est kolkata | IN-WB
# --- fr-FR: jobs (a baker at four in the morning, a VTC driver, a mechanic, a supermarket cashier, a farmer on her tractor, a TGV driver, a home nurse, a removal man, a brasserie waiter, a holiday-camp leader)
metiers-fr | alexa je pétris ma pâte à quatre heures du mat dis-moi la capitale {} | de l'égypte=EG; du soudan=SD; de la libye=LY
metiers-fr | alexa je suis chauffeur vtc et j'ai un client {} il m'a demandé sa capitale pour rigoler | saoudien=SA; émirati=AE; koweïtien=KW
metiers-fr | alexa au garage on répare une voiture immatriculée {} c'est quoi la capitale de ce pays | en bulgarie=BG; en lituanie=LT; en macédoine du nord=MK
metiers-fr | alexa à la caisse une cliente {} m'a demandé la capitale de son pays pour voir si je savais | bahreïnie=BH; yéménite=YE; syrienne=SY
metiers-fr | alexa sur le tracteur je me demande la capitale {} | de l'ukraine=UA; du kazakhstan=KZ; de la roumanie=RO
metiers-fr | alexa je conduis le tgv jusqu'à milan c'est quoi la capitale de l'italie au fait | IT
metiers-fr | alexa je suis infirmière à domicile et une patiente me demande la capitale {} | du sénégal=SN; de la mauritanie=MR; de la guinée=GN
metiers-fr | alexa on déménage une famille qui part {} c'est quoi la capitale là-bas | en arabie saoudite=SA; au canada=CA; en suisse=CH
metiers-fr | alexa en terrasse un client m'a parié un café sur la capitale {} | du turkménistan=TM; de l'azerbaïdjan=AZ; de l'afghanistan=AF
metiers-fr | alexa je suis anim en colo et les gamins veulent la capitale {} | de l'australie=AU; de la chine=CN; de l'inde=IN
metiers-fr | alexa pause café au dépôt c'est quoi la capitale de l'irak | IQ
metiers-fr | alexa je livre du pain à un restaurant érythréen c'est quoi la capitale de l'érythrée | ER
# --- fr-FR: school (CE un, cinquième, quatrième, seconde, terminale HGGSP, a licence LEA, the CRPE teachers' exam)
ecole-fr | alexa ma fille est en ce un et elle veut la capitale {} | de la france=FR; de l'espagne=ES; de l'allemagne=DE
ecole-fr | alexa j'ai une interro de géo en cinquième sur l'asie c'est quoi la capitale {} | du sri lanka=LK; des maldives=MV; de la birmanie=MM
ecole-fr | alexa pour l'exposé de quatrième c'est quoi la capitale {} | de la somalie=SO; de djibouti=DJ; du soudan du sud=SS
ecole-fr | alexa en seconde on fait la mondialisation c'est quoi la capitale {} | de l'indonésie=ID; des philippines=PH; de la malaisie=MY
ecole-fr | alexa en spé hggsp on bosse sur le moyen-orient quelle est la capitale {} | d'israël=IL; de la syrie=SY; de l'iran=IR
ecole-fr | alexa pour ma licence lea j'ai besoin de la capitale {} | du brunei=BN; de singapour=SG; de la corée du nord=KP
ecole-fr | alexa je révise le crpe et je bloque sur la capitale {} | de la tunisie=TN; de l'algérie=DZ; du maroc=MA
ecole-fr | alexa mon fils en quatrième me demande la capitale du kosovo et j'en sais rien | XK
ecole-fr | alexa en terminale on parle de la chine et de taïwan c'est quoi la capitale de taïwan | TW
ecole-fr | alexa c'est pour les devoirs c'est quoi la capitale de la guinée équatoriale | GQ
ecole-fr | alexa la maîtresse a dit que la capitale du burundi avait changé c'est laquelle maintenant | BI
# --- fr-FR: games and TV (Questions pour un champion, Les Douze Coups de midi, Qui veut gagner des millions, GeoGuessr, Time's Up, a loto-quiz at the salle des fêtes)
jeux-fr | alexa on regarde questions pour un champion c'est quoi la capitale {} | des tonga=TO; des fidji=FJ; du vanuatu=VU
jeux-fr | alexa aux douze coups de midi ils ont demandé la capitale {} | de nauru=NR; des tuvalu=TV; des kiribati=KI
jeux-fr | alexa sur geoguessr je suis tombé {} c'est quoi la capitale | au bhoutan=BT; en mongolie=MN; au lesotho=LS
jeux-fr | alexa au loto-quiz de la salle des fêtes la question c'était la capitale {} | des palaos=PW; des îles marshall=MH; de la micronésie=FM
jeux-fr | alexa qui veut gagner des millions c'était quoi la capitale des îles salomon | SB
jeux-fr | alexa on joue au time's up et personne sait la capitale des samoa | WS
jeux-fr | alexa joker c'est quoi la capitale de la papouasie-nouvelle-guinée | PG
jeux-fr | alexa pour le pendu il me faut la capitale {} | de l'équateur=EC; du suriname=SR; du guyana=GY
jeux-fr | alexa au quiz du comité des fêtes on a perdu sur la capitale de saint-marin | SM
# --- fr-FR: home (Eurovision night, the Tour de France on TV, the apéro, DIY, insomnia at three in the morning, Sunday lunch at the in-laws', planning the holidays, Koh-Lanta)
maison-fr | alexa c'est l'eurovision et ça chante {} c'est quoi la capitale | pour l'azerbaïdjan=AZ; pour malte=MT; pour chypre=CY
maison-fr | alexa à l'eurovision les points {} viennent d'où c'est quoi leur capitale | de saint-marin=SM; de l'albanie=AL; de la macédoine=MK
maison-fr | alexa le tour de france passe {} cette année c'est quoi la capitale | au danemark=DK; en belgique=BE; en italie=IT
maison-fr | alexa à l'apéro on s'est engueulés sur la capitale {} | de l'australie=AU; du canada=CA; de la turquie=TR
maison-fr | alexa je suis sur l'escabeau en train de poser une étagère c'est quoi la capitale de l'équateur | EC
maison-fr | alexa il est trois heures du matin j'arrive pas à dormir c'est quoi la capitale du kirghizstan | KG
maison-fr | alexa chez belle-maman on se dispute la capitale {} | du brésil=BR; de la nouvelle-zélande=NZ; de la suisse=CH
maison-fr | alexa on prépare les vacances {} c'est quoi la capitale | au monténégro=ME; en croatie=HR; en albanie=AL
maison-fr | alexa koh-lanta c'est {} cette saison c'est quoi la capitale | aux philippines=PH; au cambodge=KH; au panama=PA
maison-fr | alexa pendant les jeux olympiques on a vu une athlète de tuvalu c'est quoi la capitale | TV
maison-fr | alexa je fais le tri du courrier et y a une carte postale {} c'est quoi la capitale | du pérou=PE; de l'uruguay=UY; de la bolivie=BO
# --- fr-CA: South-West Montreal (Verdun, Saint-Henri, Pointe-Saint-Charles: the Verdun beach, the Atwater market, the Lachine canal, rue Wellington)
sud-ouest-montreal | alexa à la plage de verdun y a une famille {} c'est quoi la capitale de leur pays | du bangladesh=BD | fr-CA
sud-ouest-montreal | alexa au marché atwater le fromager vient {} c'est quoi la capitale | de la suisse=CH; du portugal=PT; de la grèce=GR | fr-CA
sud-ouest-montreal | alexa on marche le long du canal lachine pis ma blonde me demande la capitale {} | du manitoba=CA-MB; de la saskatchewan=CA-SK; de l'alberta=CA-AB | fr-CA
sud-ouest-montreal | alexa sur la rue wellington y a un nouveau resto {} c'est quoi la capitale de ce pays-là | éthiopien=ET; érythréen=ER; soudanais=SD | fr-CA
sud-ouest-montreal | alexa mon voisin de saint-henri vient du salvador c'est quoi la capitale | SV | fr-CA
sud-ouest-montreal | alexa c'est quoi la capitale {} coudonc | du ghana=GH; de la côte d'ivoire=CI; du togo=TG | fr-CA
sud-ouest-montreal | alexa à pointe-saint-charles on a une fête de ruelle pis quelqu'un demande la capitale de la jamaïque | JM | fr-CA
sud-ouest-montreal | alexa c'est-tu ottawa ou toronto la capitale du canada | CA | fr-CA
# --- fr-CA: Appalachians (Thetford Mines, Montmagny, Lévis: the old asbestos mines, the snow geese, the accordion festival, the ferry to Québec)
appalachiens | alexa les oies blanches de montmagny s'en vont {} c'est quoi la capitale | au texas=US-TX; au maryland=US-MD; en caroline du nord=US-NC | fr-CA
appalachiens | alexa au carrefour mondial de l'accordéon y avait un musicien {} c'est quoi sa capitale | argentin=AR; colombien=CO; finlandais=FI | fr-CA
appalachiens | alexa à thetford on a vendu de l'amiante partout c'est quoi la capitale {} | de l'afrique du sud=ZA; du zimbabwe=ZW; de l'inde=IN | fr-CA
appalachiens | alexa sur le traversier de lévis mon gars m'a demandé la capitale de l'ontario | CA-ON | fr-CA
appalachiens | alexa c'est quoi ça la capitale {} mon oncle me niaise avec ça | du vermont=US-VT; du new hampshire=US-NH; du maine=US-ME | fr-CA
appalachiens | alexa au dépanneur de saint-jean-port-joli ils parlaient de la capitale de l'alaska | US-AK | fr-CA
appalachiens | alexa mon père jure que la capitale de la floride c'est miami j'y crois pas | US-FL | fr-CA
# --- fr-CA: Franco-Yukoners and Franco-Ténois (Whitehorse, Dawson, Yellowknife: the Rendez-vous, the gold rush, the aurores, the ice road)
franco-nordiques | alexa ici à dawson on est loin de tout c'est quoi la capitale du yukon pour vrai | CA-YT | fr-CA
franco-nordiques | alexa sur la route de glace un camionneur m'a demandé la capitale des territoires du nord-ouest | CA-NT | fr-CA
franco-nordiques | alexa au rendez-vous de whitehorse on jase des capitales c'est quoi celle {} | du nunavut=CA-NU; de l'alaska=US-AK; du groenland=GL | fr-CA
franco-nordiques | alexa des touristes {} viennent voir les aurores c'est quoi leur capitale | japonais=JP; taïwanais=TW; australiens=AU | fr-CA
franco-nordiques | alexa au camp de la mine un gars vient {} c'est quoi la capitale | de la russie=RU; de la suède=SE; du chili=CL | fr-CA
franco-nordiques | alexa il fait moins quarante pis je me demande la capitale de l'islande | IS | fr-CA
franco-nordiques | alexa c'est quoi la capitale du svalbard c'est-tu aussi froid qu'icitte | SJ | fr-CA
# --- fr-CA: Louisiana Cajuns (Lafayette, Breaux Bridge, the bayou: "cher", "mais là", "asteur", "ça c'est bon", the fais-dodo, crawfish)
cadiens | alexa mais là cher c'est quoi la capitale {} | de la louisiane=US-LA; du mississippi=US-MS; de l'alabama=US-AL | fr-CA
cadiens | alexa asteur dis-moi la capitale {} | de l'arkansas=US-AR; du tennessee=US-TN; du kentucky=US-KY | fr-CA
cadiens | alexa au fais-dodo de breaux bridge un vieux m'a demandé la capitale de la nouvelle-écosse d'où venaient les acadiens | CA-NS | fr-CA
cadiens | alexa on bouillit les écrevisses c'est quoi la capitale d'haïti cher | HT | fr-CA
cadiens | alexa ça c'est bon mais c'est quoi la capitale {} | de l'oklahoma=US-OK; du missouri=US-MO; de l'iowa=US-IA | fr-CA
cadiens | alexa sur le bayou on a vu un bateau {} c'est quoi la capitale là-bas | du belize=BZ; du honduras=HN; du guatemala=GT | fr-CA
cadiens | alexa mon grand-père disait que baton rouge c'était la capitale c'est vrai ça | CITY:baton rouge | fr-CA
# --- fr-CA: Franco-Americans of New England (Lewiston, Biddeford, Manchester, Woonsocket: "mon vieux", "la parenté", the mills, the Québec cousins)
franco-americains | alexa mon vieux c'est quoi la capitale {} | du massachusetts=US-MA; du connecticut=US-CT; du rhode island=US-RI | fr-CA
franco-americains | alexa la parenté de lewiston demande la capitale de l'état de new york | US-NY | fr-CA
franco-americains | alexa à la shop de biddeford on parlait de la capitale {} | de la pennsylvanie=US-PA; du new jersey=US-NJ; du delaware=US-DE | fr-CA
franco-americains | alexa ma mémère venait de la beauce c'est quoi la capitale du québec | CA-QC | fr-CA
franco-americains | alexa à manchester au club franco on se demandait la capitale {} | de la virginie=US-VA; de la virginie-occidentale=US-WV; de l'ohio=US-OH | fr-CA
franco-americains | alexa c'est quoi la capitale du michigan mon vieux | US-MI | fr-CA
# --- fr-CA: Acadians of Prince Edward Island (Évangéline region, Abram-Village, Wellington: "asteure", "pis", "la mer", "les patates", "la Chandeleur")
acadiens-ipe | alexa asteure c'est quoi la capitale de l'île-du-prince-édouard je sais même pu | CA-PE | fr-CA
acadiens-ipe | alexa à la chandeleur à abram-village on a eu une question sur la capitale {} | du nouveau-brunswick=CA-NB; de terre-neuve=CA-NL; de la colombie-britannique=CA-BC | fr-CA
acadiens-ipe | alexa on ramasse les patates pis je me demande la capitale {} | de l'irlande=IE; de l'écosse=GB-SCT; du pays de galles=GB-WLS | fr-CA
acadiens-ipe | alexa les homardiers de wellington vendent au japon c'est quoi la capitale {} | du japon=JP; de la corée du sud=KR; de la chine=CN | fr-CA
acadiens-ipe | alexa sur le pont de la confédération ma fille veut savoir la capitale de saint-pierre-et-miquelon | PM | fr-CA
acadiens-ipe | alexa c'est quoi la capitale de la france asteure c'est toujours paris | FR | fr-CA
# --- fr-CA: Punjabi families of Parc-Extension ("haanji", "beta", "chalo", "bhaji", the gurdwara, Jean-Talon)
pendjabis-montreal | alexa haanji c'est quoi la capitale {} | du pendjab=IN-PB; de l'haryana=IN-HR; de l'himachal pradesh=IN-HP | fr-CA
pendjabis-montreal | alexa beta demande la capitale {} pour l'école | du pakistan=PK; du népal=NP; du bangladesh=BD | fr-CA
pendjabis-montreal | alexa chalo vite c'est quoi la capitale {} | du rajasthan=IN-RJ; du gujarat=IN-GJ; de l'uttar pradesh=IN-UP | fr-CA
pendjabis-montreal | alexa au gurdwara un monsieur de brampton me demande la capitale de l'ontario | CA-ON | fr-CA
pendjabis-montreal | alexa mon bhaji travaille à surrey c'est quoi la capitale de la colombie-britannique | CA-BC | fr-CA
pendjabis-montreal | alexa sur jean-talon y a un magasin {} c'est quoi la capitale | sri lankais=LK; afghan=AF; maldivien=MV | fr-CA
pendjabis-montreal | alexa c'est quoi la capitale de l'inde new delhi ou delhi | IN | fr-CA
pendjabis-montreal | alexa c'est quoi la capitale {} ma tante vient de là | du bihar=IN-BR; de l'odisha=IN-OD; du jharkhand=IN-JH | fr-CA
# --- fr-CA: Iranian Montrealers (Côte-Saint-Luc, Décarie: "merci joon", "azizam", "khob", Nowruz, the tahdig)
iraniens-montreal | alexa merci joon pis c'est quoi la capitale {} | de l'iran=IR; de l'irak=IQ; de l'afghanistan=AF | fr-CA
iraniens-montreal | alexa azizam demande la capitale {} pour son devoir | du tadjikistan=TJ; du turkménistan=TM; de l'ouzbékistan=UZ | fr-CA
iraniens-montreal | alexa pour norouz on a des invités {} c'est quoi leur capitale | azerbaïdjanais=AZ; arméniens=AM; kurdes d'irak=IQ | fr-CA
iraniens-montreal | alexa khob c'est quoi la capitale du koweït | KW | fr-CA
iraniens-montreal | alexa le tahdig est brûlé pis je cherche la capitale {} | de bahreïn=BH; du qatar=QA; d'oman=OM | fr-CA
iraniens-montreal | alexa mon oncle dit que la capitale de la turquie c'est istanbul | TR | fr-CA
iraniens-montreal | alexa c'est quoi la capitale du liban ma voisine vient de là | LB | fr-CA
# --- fr-CA: jobs (an STM bus driver, a paramedic, a tree planter, a garagiste at tire-change time, a PAB in a CHSLD, a minor-hockey coach, a taxi driver, a guide at the Vieux-Port, an IGA cashier, a construction worker)
metiers-ca | alexa je chauffe le quatre-vingts sur du parc pis un passager m'a demandé la capitale {} | du cameroun=CM; du congo-brazzaville=CG; du gabon=GA | fr-CA
metiers-ca | alexa je suis paramédic pis on attend un call c'est quoi la capitale {} | du nicaragua=NI; de la bolivie=BO; du paraguay=PY | fr-CA
metiers-ca | alexa je plante des arbres en colombie-britannique c'est quoi la capitale {} | du yukon=CA-YT; de l'alberta=CA-AB; de l'ontario=CA-ON | fr-CA
metiers-ca | alexa au garage c'est le rush des pneus d'hiver pis un client me demande la capitale {} | du mexique=MX; de cuba=CU; de la république dominicaine=DO | fr-CA
metiers-ca | alexa je suis préposée au chsld pis une résidente veut savoir la capitale {} | de l'italie=IT; de la belgique=BE; de l'irlande=IE | fr-CA
metiers-ca | alexa j'entraîne le pee-wee pis on a un joueur dont les parents viennent {} c'est quoi la capitale | de la slovaquie=SK; de la lettonie=LV; de la tchéquie=CZ | fr-CA
metiers-ca | alexa dans mon taxi y a un client {} qui me demande sa capitale pour me tester | marocain=MA; tunisien=TN; algérien=DZ | fr-CA
metiers-ca | alexa au vieux-port le bateau de croisière arrive {} c'est quoi la capitale | des bermudes=BM; des bahamas=BS; d'antigua=AG | fr-CA
metiers-ca | alexa je suis caissière au iga pis une madame m'a demandé la capitale de la pologne | PL | fr-CA
metiers-ca | alexa sur le chantier le contremaître gage que la capitale de l'australie c'est sydney | AU | fr-CA
metiers-ca | alexa pause de dîner sur le chantier c'est quoi la capitale de la hongrie | HU | fr-CA
# --- fr-CA: school (troisième année, quatrième année, sixième année, secondaire deux to quatre, the expo-sciences, Kahoot, relations internationales at the Université de Montréal, the camp de jour)
ecole-ca | alexa mon gars en troisième année veut savoir la capitale {} | du canada=CA; des états-unis=US; du mexique=MX | fr-CA
ecole-ca | alexa ma fille en quatrième année a un devoir sur la capitale {} | du nouveau-brunswick=CA-NB; du manitoba=CA-MB; de la nouvelle-écosse=CA-NS | fr-CA
ecole-ca | alexa en sixième année on apprend les capitales d'afrique c'est quoi celle {} | du congo-kinshasa=CD; de la centrafrique=CF; de l'angola=AO | fr-CA
ecole-ca | alexa mon cours d'histoire de secondaire trois c'est sur la nouvelle-france c'est quoi la capitale de la louisiane | US-LA | fr-CA
ecole-ca | alexa en secondaire deux on a un kahoot sur l'europe c'est quoi la capitale {} | de l'andorre=AD; de monaco=MC; de malte=MT | fr-CA
ecole-ca | alexa pour l'expo-sciences sur les volcans c'est quoi la capitale {} | de l'islande=IS; de l'indonésie=ID; du japon=JP | fr-CA
ecole-ca | alexa en relations internationales à l'udem j'ai un examen sur la capitale {} | de la palestine=PS; d'israël=IL; de la jordanie=JO | fr-CA
ecole-ca | alexa au camp de jour les jeunes me demandent la capitale du vatican | VA | fr-CA
ecole-ca | alexa c'est pour mon travail de secondaire quatre c'est quoi la capitale de l'arabie saoudite | SA | fr-CA
ecole-ca | alexa mon prof dit que la capitale du nigeria c'est plus lagos c'est quoi d'abord | NG | fr-CA
ecole-ca | alexa en géo on fait l'océanie c'est quoi la capitale {} | de la nouvelle-zélande=NZ; des fidji=FJ; des samoa=WS | fr-CA
# --- fr-CA: games and TV (La Poule aux oeufs d'or, L'Union fait la force, a board game at the camping, the office Christmas party quiz, the capitals game in the car)
jeux-ca | alexa à la poule aux oeufs d'or ils ont demandé la capitale {} | de la norvège=NO; du danemark=DK; de la suède=SE | fr-CA
jeux-ca | alexa à l'union fait la force l'équipe a séché sur la capitale {} | de l'estonie=EE; de la lituanie=LT; de la moldavie=MD | fr-CA
jeux-ca | alexa au camping on joue à un jeu de société c'est quoi la capitale {} | de la tanzanie=TZ; de l'ouganda=UG; du rwanda=RW | fr-CA
jeux-ca | alexa au party de bureau le quiz demande la capitale {} | du vietnam=VN; de la thaïlande=TH; de la birmanie=MM | fr-CA
jeux-ca | alexa on joue aux capitales en char sur la quarante c'est quoi la capitale {} | du wisconsin=US-WI; du minnesota=US-MN; de l'illinois=US-IL | fr-CA
jeux-ca | alexa mon beau-frère triche au quiz c'est quoi la vraie capitale de la suisse | CH | fr-CA
jeux-ca | alexa au jeu de cartes la question c'est la capitale de trinité-et-tobago | TT | fr-CA
jeux-ca | alexa ma tante gage vingt piasses que la capitale de la nouvelle-zélande c'est auckland | NZ | fr-CA
jeux-ca | alexa question bonus c'est quoi la capitale de la dominique | DM | fr-CA
# --- fr-CA: home (La Soirée du hockey, the Saint-Jean, the above-ground pool, the barbecue, Sunday brunch, the ice-storm blackout, the World Cup of soccer)
maison-ca | alexa le canadien joue contre {} à soir c'est quoi la capitale de leur état | les flyers=US-PA; le lightning=US-FL; les predators=US-TN | fr-CA
maison-ca | alexa pendant la game contre {} c'est quoi la capitale de leur province | les jets=CA-MB; les oilers=CA-AB; les canucks=CA-BC | fr-CA
maison-ca | alexa les golden knights c'est au nevada c'est quoi la capitale du nevada | US-NV | fr-CA
maison-ca | alexa on joue contre {} demain c'est quoi la capitale de cet état-là | le kraken=US-WA; le wild=US-MN; l'avalanche=US-CO | fr-CA
maison-ca | alexa à la saint-jean un invité {} m'a demandé la capitale de chez eux | français=FR; sénégalais=SN; haïtien=HT | fr-CA
maison-ca | alexa dans la piscine hors terre les enfants se chicanent sur la capitale {} | de l'égypte=EG; du kenya=KE; du maroc=MA | fr-CA
maison-ca | alexa je flippe les burgers sur le barbecue c'est quoi la capitale {} | de la caroline du sud=US-SC; de la géorgie l'état=US-GA; de l'arizona=US-AZ | fr-CA
maison-ca | alexa au déjeuner du dimanche c'est quoi la capitale de l'argentine | AR | fr-CA
maison-ca | alexa durant la panne de courant on joue aux capitales c'est quoi celle de la croatie | HR | fr-CA
maison-ca | alexa la coupe du monde de soccer c'est {} c'est quoi la capitale | au qatar=QA; en russie=RU; au brésil=BR | fr-CA
maison-ca | alexa pendant que la sauce à spag mijote c'est quoi la capitale de la serbie | RS | fr-CA
maison-ca | alexa on regarde le tour de france à tva c'est quoi la capitale de la slovénie | SI | fr-CA
# --- shared: plural-capitals (the several-capital countries and Palestine)
plural-capitals | alexa c'est quoi les capitales {} | de la bolivie=BO; du bénin=BJ; de la côte d'ivoire=CI
plural-capitals | alexa quelles sont les deux capitales {} | du sri lanka=LK; de la malaisie=MY; des pays-bas=NL
plural-capitals | alexa l'afrique du sud elle a trois capitales c'est lesquelles | ZA
plural-capitals | alexa dis-moi les capitales {} ma prof dit qu'il y en a plusieurs | de l'eswatini=SZ; de la palestine=PS; de l'afrique du sud=ZA
plural-capitals | alexa les capitales {} c'est quoi au juste | du swaziland=SZ; de la hollande=NL; de la bolivie=BO
plural-capitals | alexa c'est vrai que {} a deux capitales c'est lesquelles | le bénin=BJ; la malaisie=MY; le sri lanka=LK
plural-capitals | alexa donne-moi toutes les capitales {} | de la côte d'ivoire=CI; des pays-bas=NL; de l'eswatini=SZ
plural-capitals | alexa les trois capitales de l'afrique du sud s'il te plaît | ZA
plural-capitals | alexa la palestine c'est quoi ses capitales | PS
plural-capitals | alexa pourquoi {} a plusieurs capitales c'est lesquelles | la bolivie=BO; le bénin=BJ; la côte d'ivoire=CI
plural-capitals | alexa c'est quoi les capitales {} je me mélange toujours | des pays-bas=NL; du sri lanka=LK; de la malaisie=MY
plural-capitals | alexa quelles sont les capitales du bénin porto-novo pis cotonou | BJ | fr-CA
plural-capitals | alexa c'est quoi les capitales {} je sais qu'il y en a deux | de la bolivie=BO; de la malaisie=MY; de l'eswatini=SZ | fr-CA
plural-capitals | alexa les capitales {} c'est lesquelles coudonc | de la côte d'ivoire=CI; du sri lanka=LK; des pays-bas=NL | fr-CA
plural-capitals | alexa nomme-moi les capitales {} | de l'afrique du sud=ZA; du bénin=BJ; de la palestine=PS | fr-CA
plural-capitals | alexa ça a-tu deux capitales {} c'est quoi | l'eswatini=SZ; la bolivie=BO; la malaisie=MY | fr-CA
plural-capitals | alexa c'est quoi les villes capitales {} | de la palestine=PS; des pays-bas=NL; de la côte d'ivoire=CI | fr-CA
plural-capitals | alexa j'ai lu que le sri lanka avait deux capitales c'est quoi leurs noms | LK | fr-CA
plural-capitals | alexa c'est quoi les capitales de l'afrique du sud le cap pis les autres | ZA | fr-CA
plural-capitals | alexa sucre et la paz c'est les deux capitales de la bolivie c'est ça | BO
plural-capitals | alexa mon prof de géo dit que la bolivie a deux capitales lesquelles | BO
plural-capitals | alexa la bolivie pis ses capitales c'est quoi au juste | BO | fr-CA
plural-capitals | alexa quelles sont les capitales officielles de la bolivie | BO | fr-CA
plural-capitals | alexa le bénin c'est porto-novo ou cotonou la capitale ou les deux | BJ
plural-capitals | alexa j'ai entendu que le bénin avait deux capitales tu peux me les dire | BJ | fr-CA
plural-capitals | alexa yamoussoukro pis abidjan c'est-tu les deux capitales de la côte d'ivoire | CI | fr-CA
plural-capitals | alexa la côte d'ivoire a combien de capitales et c'est lesquelles | CI
plural-capitals | alexa en afrique du sud y a pretoria et c'est quoi les autres capitales | ZA
plural-capitals | alexa c'est quoi les trois capitales sud-africaines | ZA | fr-CA
plural-capitals | alexa ramallah et jérusalem-est c'est les capitales de la palestine | PS | fr-CA
plural-capitals | alexa la palestine elle a combien de capitales | PS
plural-capitals | alexa amsterdam et la haye c'est les deux capitales des pays-bas ou pas | NL
plural-capitals | alexa kuala lumpur et putrajaya c'est les deux capitales de la malaisie | MY | fr-CA
plural-capitals | alexa colombo c'est une des capitales du sri lanka c'est quoi l'autre | LK
plural-capitals | alexa l'eswatini a deux capitales mbabane et c'est quoi l'autre | SZ | fr-CA
# --- shared: follow-up (a second question right after an answer, with or without the wake word)
follow-up | et celle {} | du pérou=PE; de la lettonie=LV; du gabon=GA
follow-up | et pour {} | la roumanie=RO; le soudan=SD; le vermont=US-VT
follow-up | alexa et celle {} alors | du chili=CL; de la colombie-britannique=CA-BC; du queensland=AU-QLD
follow-up | ok et {} c'est quoi | l'écosse=GB-SCT; la hongrie=HU; le zimbabwe=ZW
follow-up | et la capitale {} tant qu'on y est | du yémen=YE; de la géorgie le pays=GE; de l'albanie=AL
follow-up | d'accord et {} | le laos=LA; la tasmanie=AU-TAS; le malawi=MW
follow-up | alexa super et maintenant celle {} | de la bavière=DE-BY; du tchad=TD; des seychelles=SC
follow-up | ah ouais et celle {} | du cap-vert=CV; de la libye=LY; de la sarre=DE-SL
follow-up | pis celle {} | du honduras=HN; de la saskatchewan=CA-SK; de l'idaho=US-ID | fr-CA
follow-up | ok pis {} | le texas=US-TX; la mongolie=MN; le nunavut=CA-NU | fr-CA
follow-up | alexa pis celle {} d'abord | de l'utah=US-UT; de la namibie=NA; du wyoming=US-WY | fr-CA
follow-up | merci pis {} c'est quoi | l'oregon=US-OR; le montana=US-MT; la jordanie=JO | fr-CA
follow-up | c'est bon pis la capitale {} | du kansas=US-KS; du nebraska=US-NE; de l'indiana=US-IN | fr-CA
follow-up | alexa pis celle {} tant qu'à faire | du dakota du nord=US-ND; du dakota du sud=US-SD; du nouveau-mexique=US-NM | fr-CA
# --- shared: subdivision (states, provinces, nations and territories, the way people name them)
subdivision | alexa j'ai toujours cru que c'était los angeles mais c'est quoi la capitale {} | de la californie=US-CA; de l'état de washington=US-WA; de hawaï=US-HI
subdivision | alexa en australie quelle est la capitale {} | de la nouvelle-galles du sud=AU-NSW; du victoria=AU-VIC; de l'australie-occidentale=AU-WA
subdivision | alexa toujours en australie la capitale {} c'est laquelle | de l'australie-méridionale=AU-SA; du territoire du nord=AU-NT; de la tasmanie=AU-TAS
subdivision | alexa c'est quoi le chef-lieu {} | de la guadeloupe=GP; de la martinique=MQ; de la guyane=GF
subdivision | alexa dans le pacifique c'est quoi le chef-lieu {} | de la polynésie française=PF; de la nouvelle-calédonie=NC; de wallis-et-futuna=WF
subdivision | alexa c'est quoi la ville principale {} | de saint-barth=BL; de saint-martin côté français=MF; de la rhénanie-du-nord-westphalie=DE-NW
subdivision | alexa en allemagne c'est quoi la capitale {} | du land de brême=DE-HB; de hambourg le land=DE-HH; de la saxe-anhalt=DE-ST
subdivision | alexa c'est quoi la capitale de l'état {} | de jalisco=MX-JAL; du yucatán=MX-YUC; de oaxaca=MX-OAX
subdivision | alexa la capitale {} au mexique | du nuevo león=MX-NLE; de la basse-californie=MX-BCN; du chiapas=MX-CHP
subdivision | alexa toujours au mexique quelle est la capitale {} | du quintana roo=MX-ROO; de la basse-californie du sud=MX-BCS; du sonora=MX-SON
subdivision | alexa c'est quoi la capitale {} en inde | du kerala=IN-KL; du bengale-occidental=IN-WB; de goa=IN-GA
subdivision | alexa dans le nord-est de l'inde la capitale {} c'est quoi | de l'assam=IN-AS; du sikkim=IN-SK; du jammu-et-cachemire=IN-JK
subdivision | alexa capitale {} s'il te plaît | des îles caïmans=KY; des îles vierges britanniques=VG; de gibraltar=GI
subdivision | alexa je prends le ferry c'est quoi la capitale {} | de l'île de man=IM; de jersey=JE; de guernesey=GG
subdivision | alexa c'est quoi la capitale {} au brésil | de l'état de são paulo=BR-SP; de goiás=BR-GO; du mato grosso=BR-MT
subdivision | alexa aux antilles la capitale {} c'est laquelle | d'aruba=AW; de curaçao=CW; des îles turques-et-caïques=TC
subdivision | alexa je cherche la capitale {} | du territoire de la capitale australienne=AU-ACT; des îles féroé=FO; de l'île christmas=CX
subdivision | alexa c'est quoi la capitale de la province {} | de québec=CA-QC; de l'alberta=CA-AB; de terre-neuve-et-labrador=CA-NL | fr-CA
subdivision | alexa c'est quoi la capitale {} aux états-unis | du connecticut=US-CT; du maryland=US-MD; de la louisiane=US-LA | fr-CA
subdivision | alexa la capitale {} c'est quoi ça | du colorado=US-CO; du nevada=US-NV; du nouveau-mexique=US-NM | fr-CA
subdivision | alexa au canada c'est quoi la capitale {} | de l'ontario=CA-ON; du territoire du yukon=CA-YT; de l'île-du-prince-édouard=CA-PE | fr-CA
subdivision | alexa sur la côte est c'est quoi la capitale {} | de la caroline du nord=US-NC; de la virginie=US-VA; de l'état de new york=US-NY | fr-CA
subdivision | alexa la capitale {} aux états | du vermont=US-VT; du maine=US-ME; de la floride=US-FL | fr-CA
subdivision | alexa dans le nord c'est quoi la capitale {} | des territoires du nord-ouest=CA-NT; du nunavut=CA-NU; de la saskatchewan=CA-SK | fr-CA
subdivision | alexa dans les antilles c'est quoi la capitale {} | de porto rico=PR; des bermudes=BM; de la grenade=GD | fr-CA
subdivision | alexa dans le midwest c'est quoi la capitale {} | de l'ohio=US-OH; de l'utah=US-UT; du wisconsin=US-WI | fr-CA
subdivision | alexa la capitale {} c'est-tu une grosse ville | de l'alaska=US-AK; de l'oklahoma=US-OK; de l'arkansas=US-AR | fr-CA
# --- shared: yes-no-check (the speaker names a city and wants to know if it is right)
yes-no-check | alexa est-ce que la capitale {} c'est bien ça | de l'australie c'est sydney=AU; du brésil c'est rio=BR; de la turquie c'est istanbul=TR
yes-no-check | alexa c'est vrai que la capitale {} | du maroc c'est casablanca=MA; du nigeria c'est abuja=NG; de la suisse c'est genève=CH
yes-no-check | alexa j'ai bon si je dis que la capitale {} | du kazakhstan c'est astana=KZ; du myanmar c'est rangoun=MM; de la tanzanie c'est dodoma=TZ
yes-no-check | alexa dis-moi si la capitale {} ou pas | du vietnam c'est hô chi minh-ville=VN; de l'inde c'est bombay=IN; du pakistan c'est karachi=PK
yes-no-check | alexa la capitale du canada c'est bien ottawa hein | CA
yes-no-check | alexa la capitale de la nouvelle-zélande c'est wellington ou auckland | NZ
yes-no-check | alexa est-ce que berne c'est vraiment la capitale de la suisse | CH
yes-no-check | alexa on m'a dit que la capitale de la bolivie c'était la paz c'est juste | BO
yes-no-check | alexa est-ce que la capitale de la côte d'ivoire c'est abidjan | CI
yes-no-check | alexa ma soeur dit que la capitale de l'écosse c'est glasgow elle a raison | GB-SCT
yes-no-check | alexa c'est-tu vrai que la capitale {} | de la californie c'est los angeles=US-CA; de l'état de new york c'est new york=US-NY; de l'illinois c'est chicago=US-IL | fr-CA
yes-no-check | alexa j'ai-tu raison la capitale {} | de la colombie-britannique c'est vancouver=CA-BC; de l'alberta c'est calgary=CA-AB; du nouveau-brunswick c'est moncton=CA-NB | fr-CA
yes-no-check | alexa la capitale {} c'est-tu ça | de l'ontario c'est toronto=CA-ON; du québec c'est montréal=CA-QC; de la nouvelle-écosse c'est halifax=CA-NS | fr-CA
yes-no-check | alexa confirme-moi que la capitale du texas c'est austin | US-TX | fr-CA
yes-no-check | alexa c'est-tu canberra la capitale de l'australie | AU | fr-CA
yes-no-check | alexa mon chum dit que la capitale du pennsylvanie c'est philadelphie c'est-tu vrai | US-PA | fr-CA
yes-no-check | alexa la capitale de la floride c'est-tu orlando | US-FL | fr-CA
yes-no-check | alexa ma blonde dit que la capitale de la hollande c'est amsterdam c'est correct | NL | fr-CA
# --- shared: self-correction (the speaker corrects the name in mid-sentence)
self-correction | alexa la capitale de l'autriche euh non de l'australie | AU
self-correction | alexa c'est quoi la capitale de la suède pardon de la suisse | CH
self-correction | alexa la capitale de la slovénie non je veux dire de la slovaquie | SK
self-correction | alexa quelle est la capitale de l'iran attends de l'irak | IQ
self-correction | alexa c'est quoi la capitale de la gambie non de la zambie | ZM
self-correction | alexa la capitale du niger pardon du nigeria | NG
self-correction | alexa donne-moi la capitale de la mauritanie euh de maurice plutôt | MU
self-correction | alexa c'est quoi la capitale de la guinée enfin de la guinée-bissau | GW
self-correction | alexa la capitale de l'arménie non de l'albanie | AL
self-correction | alexa c'est quoi la capitale de la colombie euh de la colombie-britannique | CA-BC | fr-CA
self-correction | alexa la capitale du manitoba non attends de la saskatchewan | CA-SK | fr-CA
self-correction | alexa c'est quoi la capitale de la virginie non de la virginie-occidentale | US-WV | fr-CA
self-correction | alexa la capitale du dakota du nord non du sud | US-SD | fr-CA
self-correction | alexa c'est quoi la capitale de la dominique euh de la république dominicaine | DO | fr-CA
self-correction | alexa la capitale du congo-brazzaville non du congo-kinshasa | CD | fr-CA
self-correction | alexa la capitale de l'ouganda oups je voulais dire du rwanda | RW | fr-CA
self-correction | alexa c'est quoi la capitale de l'autriche non de l'allemagne mettons | DE | fr-CA
self-correction | alexa la capitale de la caroline du sud non de la caroline du nord | US-NC | fr-CA
self-correction | alexa la capitale de la lettonie non pardon de la lituanie | LT
self-correction | alexa la capitale de l'estonie euh non de l'islande | IS
# --- shared: reverse-question (a capital named, the place asked)
reverse-question | alexa {} c'est la capitale de quel pays | ouagadougou=CITY:ouagadougou; bichkek=CITY:bichkek; tbilissi=CITY:tbilissi
reverse-question | alexa de quel pays {} est la capitale | vientiane=CITY:vientiane; asmara=CITY:asmara; paramaribo=CITY:paramaribo
reverse-question | alexa {} c'est la capitale de quoi | canberra=CITY:canberra; victoria=CITY:victoria; la paz=CITY:la paz
reverse-question | alexa la ville de {} c'est la capitale de quel pays déjà | ljubljana=CITY:ljubljana; bratislava=CITY:bratislava; podgorica=CITY:podgorica
reverse-question | alexa quel pays a pour capitale {} | nouakchott=CITY:nouakchott; windhoek=CITY:windhoek; gaborone=CITY:gaborone
reverse-question | alexa {} c'est où c'est la capitale de quoi | achgabat=CITY:achgabat; douchanbé=CITY:douchanbé; tachkent=CITY:tachkent
reverse-question | alexa kingston c'est la capitale de quel pays | CITY:kingston
reverse-question | alexa saint john's c'est la capitale de quoi au juste | CITY:saint john's
reverse-question | alexa bruxelles c'est la capitale de quel pays | CITY:bruxelles
reverse-question | alexa {} c'est-tu une capitale de quoi | fredericton=CITY:fredericton; charlottetown=CITY:charlottetown; regina=CITY:regina | fr-CA
reverse-question | alexa {} c'est la capitale de quel état | sacramento=CITY:sacramento; tallahassee=CITY:tallahassee; albany=CITY:albany | fr-CA
reverse-question | alexa de quel état {} est la capitale | montpelier=CITY:montpelier; augusta=CITY:augusta; concord=CITY:concord | fr-CA
reverse-question | alexa {} c'est la capitale de quelle province | winnipeg=CITY:winnipeg; edmonton=CITY:edmonton; halifax=CITY:halifax | fr-CA
reverse-question | alexa yellowknife c'est la capitale de quoi | CITY:yellowknife | fr-CA
reverse-question | alexa iqaluit c'est-tu la capitale du nunavut ou du nord du québec | CITY:iqaluit | fr-CA
reverse-question | alexa chandigarh c'est la capitale de quel état | CITY:chandigarh | fr-CA
reverse-question | alexa brasília c'est la capitale de quoi exactement | CITY:brasília
reverse-question | alexa nuku'alofa c'est la capitale de quel pays | CITY:nuku'alofa
# --- shared: official-name (the long official name of the country)
official-name | alexa quelle est la capitale {} en nom officiel | de la république fédérale d'allemagne=DE; des états-unis d'amérique=US; de la confédération suisse=CH
official-name | alexa c'est quoi la capitale {} en entier | du royaume hachémite de jordanie=JO; de la république populaire de chine=CN; de la fédération de russie=RU
official-name | alexa donne-moi la capitale {} | de la république islamique d'iran=IR; de la république arabe d'égypte=EG; du royaume du maroc=MA
official-name | alexa sur le formulaire c'est écrit {} c'est quoi la capitale | république démocratique du congo=CD; république du congo=CG; république centrafricaine=CF
official-name | alexa quelle est la capitale {} s'il te plaît | du royaume-uni de grande-bretagne et d'irlande du nord=GB; de la république tchèque=CZ; du royaume d'arabie saoudite=SA
official-name | alexa en espagnol ils disent {} c'est quoi la capitale | république bolivarienne du venezuela=VE; états-unis mexicains=MX; république orientale de l'uruguay=UY
official-name | alexa la capitale {} au complet | de la république populaire démocratique de corée=KP; de la république de corée=KR; de la république socialiste du viêt nam=VN
official-name | alexa c'est quoi la capitale {} pour mon travail | de la principauté de monaco=MC; du grand-duché de luxembourg=LU; de la principauté d'andorre=AD | fr-CA
official-name | alexa c'est quoi la capitale {} officiellement | de la république de côte d'ivoire=CI; du royaume des pays-bas=NL; de l'état plurinational de bolivie=BO | fr-CA
official-name | alexa dans mon livre c'est écrit {} c'est quoi la capitale | royaume de thaïlande=TH; république de l'inde=IN; république fédérale du nigeria=NG | fr-CA
official-name | alexa la capitale de l'état de la cité du vatican | VA
official-name | alexa la capitale de la république de chine à taïwan | TW
official-name | alexa la capitale du royaume du cambodge | KH | fr-CA
official-name | alexa quelle est la capitale de la république de macédoine du nord | MK | fr-CA
# --- shared: everyday-name (short, old or everyday names)
everyday-name | alexa c'est quoi déjà la capitale {} | des states=US; de la hollande=NL; de la birmanie=MM
everyday-name | alexa vite fait la capitale {} | de la rép tchèque=CZ; des émirats=AE; du congo-kinshasa=CD
everyday-name | alexa tu connais la capitale {} | de la biélo=BY; du timor=TL; de la centrafrique=CF
everyday-name | alexa à l'époque de mon grand-père c'était quoi la capitale {} | de la perse=IR; de ceylan=LK; du siam=TH
everyday-name | alexa la capitale {} en vrai c'est laquelle | de l'angleterre=GB-ENG; de la grande-bretagne=GB; de l'amérique=US
everyday-name | alexa la capitale du zaïre c'est quoi maintenant | CD
everyday-name | alexa la capitale du swaziland | SZ
everyday-name | alexa c'est quoi la capitale de la bosnie | BA
everyday-name | alexa c'est quoi la capitale {} déjà | des états=US; de saint-kitts=KN; de saint-vincent=VC | fr-CA
everyday-name | alexa la capitale {} c'est quoi ça déjà | de la caroline du nord=US-NC; de la c-b=CA-BC; de l'île=CA-PE | fr-CA
everyday-name | alexa la capitale de terre-neuve | CA-NL | fr-CA
everyday-name | alexa c'est quoi la capitale des îles vierges américaines | VI | fr-CA
everyday-name | alexa la capitale de la rdc | CD
everyday-name | alexa c'est quoi la capitale de la macédoine | MK
everyday-name | alexa capitale des émirats arabes | AE | fr-CA
# --- shared: shared-name (one name, several places)
shared-name | alexa c'est quoi la capitale de la géorgie | GE+US-GA
shared-name | alexa la capitale de la géorgie | GE+US-GA | fr-CA
shared-name | alexa la capitale du congo | CD+CG
shared-name | alexa c'est quoi la capitale du congo | CD+CG | fr-CA
shared-name | alexa c'est quoi la capitale de la corée | KP+KR
shared-name | alexa la capitale de la corée c'est laquelle | KP+KR | fr-CA
shared-name | alexa quelle est la capitale des dakotas | US-ND+US-SD | fr-CA
shared-name | alexa c'est quoi la capitale des carolines | US-NC+US-SC | fr-CA
shared-name | alexa c'est quoi la capitale des îles vierges | VG+VI
shared-name | alexa la capitale de saint-martin l'île | MF+SX
shared-name | alexa c'est quoi la capitale des samoa les deux | AS+WS
shared-name | alexa quelle est la capitale de la géorgie je sais pas laquelle | GE+US-GA
shared-name | alexa donne-moi la capitale du congo les deux | CD+CG
shared-name | alexa c'est quoi la capitale du dakota | US-ND+US-SD | fr-CA
shared-name | alexa c'est quoi la capitale de la caroline | US-NC+US-SC
shared-name | alexa la capitale des îles vierges c'est laquelle | VG+VI | fr-CA
shared-name | alexa la capitale de la géorgie j'sais pas si c'est le pays ou l'état | GE+US-GA | fr-CA
shared-name | alexa c'est quoi la capitale des deux congo | CD+CG
shared-name | alexa c'est quoi la capitale de saint-martin | MF+SX | fr-CA
shared-name | alexa quelle est la capitale des samoa | AS+WS | fr-CA
# --- shared: out-of-domain (other requests to the Echo, other questions about countries, "capitale" in other senses, places the skill has no capital for)
out-of-domain | alexa quel temps il fait à besançon demain | FB
out-of-domain | alexa est-ce qu'il va neiger sur le haut-doubs ce week-end | FB
out-of-domain | alexa mets-moi de la musique brésilienne | FB
out-of-domain | alexa joue la playlist de l'apéro | FB
out-of-domain | alexa quelle heure il est à tokyo | FB
out-of-domain | alexa c'est quoi le décalage horaire avec la réunion | FB
out-of-domain | alexa combien d'habitants au brésil | FB
out-of-domain | alexa quelle est la population de la chine | FB
out-of-domain | alexa c'est quoi la monnaie du japon | FB
out-of-domain | alexa quelle langue on parle au mozambique | FB
out-of-domain | alexa c'est quoi la plus grande ville d'australie | FB
out-of-domain | alexa c'est combien de kilomètres entre paris et berlin | FB
out-of-domain | alexa c'est quoi la capitale de la franche-comté avant la fusion des régions | FB
out-of-domain | alexa c'est quoi le chef-lieu du doubs | FB
out-of-domain | alexa c'est quoi la capitale du périgord | FB
out-of-domain | alexa quelle est la capitale mondiale de la truffe | FB
out-of-domain | alexa c'est quoi la capitale du cognac | FB
out-of-domain | alexa la préfecture de la charente-maritime c'est la rochelle ou saintes | FB
out-of-domain | alexa c'est quoi la capitale de la sardaigne | FB
out-of-domain | alexa c'est quoi la capitale de la crète | FB
out-of-domain | alexa quelle est la capitale du tyrol | FB
out-of-domain | alexa c'est quoi la capitale de la wallonie | FB
out-of-domain | alexa c'est quoi la capitale de la flandre | FB
out-of-domain | alexa c'est quoi la capitale de la laponie | FB
out-of-domain | alexa la capitale de la transylvanie c'est quoi | FB
out-of-domain | alexa c'est quoi la capitale de la patagonie | FB
out-of-domain | alexa c'est quoi la capitale de la sibérie | FB
out-of-domain | alexa quelle était la capitale de l'empire romain d'orient | FB
out-of-domain | alexa quelle était la capitale de l'union soviétique | FB
out-of-domain | alexa c'est quoi la capitale du royaume de mercie | FB
out-of-domain | alexa quelle est la capitale de la galice | FB
out-of-domain | alexa c'est quoi la capitale de l'andalousie | FB
out-of-domain | alexa c'est quoi la capitale de la toscane en italie | FB
out-of-domain | alexa c'est quoi le capital social d'une sarl | FB
out-of-domain | alexa comment on calcule les intérêts sur un capital | FB
out-of-domain | alexa c'est quoi le capital décès de la sécu | FB
out-of-domain | alexa mets l'émission capital sur m six | FB
out-of-domain | alexa comment on écrit en lettres capitales | FB
out-of-domain | alexa la peine capitale existe encore aux états-unis | FB
out-of-domain | alexa c'est quoi les sept péchés capitaux | FB
out-of-domain | alexa c'est capital ce que je vais te dire | FB
out-of-domain | alexa qui a écrit le capital karl marx | FB
out-of-domain | alexa mets un minuteur de vingt minutes pour la pâte | FB
out-of-domain | alexa réveille-moi à quatre heures moins le quart | FB
out-of-domain | alexa ajoute de la cancoillotte à la liste de courses | FB
out-of-domain | alexa ajoute des rillettes sur la liste | FB
out-of-domain | alexa allume la lumière de la cuisine | FB
out-of-domain | alexa éteins la télé | FB
out-of-domain | alexa c'est quoi le score de saint-étienne | FB
out-of-domain | alexa quand est-ce que les verts jouent | FB
out-of-domain | alexa raconte-moi une blague | FB
out-of-domain | alexa chante joyeux anniversaire pour papi | FB
out-of-domain | alexa c'est quoi l'hymne national du brésil | FB
out-of-domain | alexa de quelle couleur est le drapeau de madagascar | FB
out-of-domain | alexa comment on dit merci en malgache | FB
out-of-domain | alexa traduis bonjour en espagnol | FB
out-of-domain | alexa c'est quoi le plus haut sommet d'afrique | FB
out-of-domain | alexa quel est le plus long fleuve de france | FB
out-of-domain | alexa qui est le président du brésil | FB
out-of-domain | alexa c'est quand la prochaine eurovision | FB
out-of-domain | alexa qui a gagné l'eurovision l'an dernier | FB
out-of-domain | alexa c'est quoi l'étape du tour de france aujourd'hui | FB
out-of-domain | alexa à quelle heure passe questions pour un champion | FB
out-of-domain | alexa combien de pays dans l'union européenne | FB
out-of-domain | alexa quels pays ont l'euro | FB
out-of-domain | alexa c'est quoi le pays le plus petit du monde | FB
out-of-domain | alexa appelle maman | FB
out-of-domain | alexa lis-moi les infos de france inter | FB
out-of-domain | alexa mets france bleu besançon | FB
out-of-domain | alexa c'est quoi la recette du romazava | FB
out-of-domain | alexa combien de temps pour cuire une feijoada | FB
out-of-domain | alexa c'est quoi la capitale de l'europe | FB
out-of-domain | alexa quelle ville est la capitale européenne de la culture cette année | FB
out-of-domain | alexa c'est quoi la capitale de la gastronomie | FB
out-of-domain | alexa c'est quoi la capitale de la mode | FB
out-of-domain | alexa c'est où la tour eiffel | FB
out-of-domain | alexa combien coûte un billet de tgv pour milan | FB
out-of-domain | alexa quelle est la date des vacances de la toussaint | FB
out-of-domain | alexa montre-moi une carte de l'afrique | FB
out-of-domain | alexa c'est quoi la capitale de la lune | FB
out-of-domain | alexa c'est quoi la capitale du pays basque espagnol | FB
out-of-domain | alexa qui est le roi d'espagne | FB
out-of-domain | alexa c'est quoi la capitale de kurdistan | FB
out-of-domain | alexa c'est quoi le pib de l'iran | FB
out-of-domain | alexa le moyen-orient c'est quels pays | FB
out-of-domain | alexa quelle est la religion au népal | FB
out-of-domain | alexa c'est quoi la capitale de l'atlantide | FB
out-of-domain | alexa qu'est-ce qu'on mange ce soir | FB
out-of-domain | alexa commande des croquettes pour le chat | FB
out-of-domain | alexa c'est quoi la météo à la rochelle | FB
out-of-domain | alexa quelle est la température de l'eau à l'île de ré | FB
out-of-domain | alexa quand est la fête de la musique | FB
out-of-domain | alexa c'est quoi la capitale du vin | FB
out-of-domain | alexa quel temps fait-il à montréal | FB | fr-CA
out-of-domain | alexa va-tu faire frette demain matin | FB | fr-CA
out-of-domain | alexa c'est quoi la météo pour le chalet à tremblant | FB | fr-CA
out-of-domain | alexa mets du cayouche | FB | fr-CA
out-of-domain | alexa joue de la musique cadienne | FB | fr-CA
out-of-domain | alexa mets la radio de radio-canada | FB | fr-CA
out-of-domain | alexa c'est quoi le score du canadien | FB | fr-CA
out-of-domain | alexa à quelle heure commence la game à soir | FB | fr-CA
out-of-domain | alexa qui a compté le but | FB | fr-CA
out-of-domain | alexa combien de coupes stanley le canadien a gagné | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du hockey | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale de la poutine | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la gaspésie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'acadie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la nouvelle-france | FB | fr-CA
out-of-domain | alexa c'est quoi la région de la capitale-nationale | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du cajun country | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale de l'écrevisse | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du cachemire pakistanais | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la province de téhéran | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du klondike | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale des appalaches | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la nouvelle-angleterre | FB | fr-CA
out-of-domain | alexa combien ça coûte un passeport canadien | FB | fr-CA
out-of-domain | alexa ça prend-tu un visa pour aller au brésil | FB | fr-CA
out-of-domain | alexa c'est quoi le taux de change du dollar américain | FB | fr-CA
out-of-domain | alexa combien de monde vit au yukon | FB | fr-CA
out-of-domain | alexa c'est quoi la plus grande ville de l'alberta | FB | fr-CA
out-of-domain | alexa c'est quoi la plus grosse ville du texas | FB | fr-CA
out-of-domain | alexa quelle langue on parle en iran | FB | fr-CA
out-of-domain | alexa c'est quoi la monnaie de l'inde | FB | fr-CA
out-of-domain | alexa quelle heure il est à whitehorse | FB | fr-CA
out-of-domain | alexa c'est quoi le décalage avec lafayette | FB | fr-CA
out-of-domain | alexa mets une minuterie de dix minutes pour les pâtes | FB | fr-CA
out-of-domain | alexa ajoute du lait pis des oeufs sur ma liste d'épicerie | FB | fr-CA
out-of-domain | alexa ferme les lumières du sous-sol | FB | fr-CA
out-of-domain | alexa ouvre la lumière du salon | FB | fr-CA
out-of-domain | alexa c'est quoi le capital sur mon prêt auto | FB | fr-CA
out-of-domain | alexa c'est quoi un gain en capital | FB | fr-CA
out-of-domain | alexa c'est quoi la différence entre le capital pis les intérêts | FB | fr-CA
out-of-domain | alexa écris mon nom en lettres capitales | FB | fr-CA
out-of-domain | alexa la peine capitale au canada ça a fini quand | FB | fr-CA
out-of-domain | alexa c'est quoi le plus long pont du québec | FB | fr-CA
out-of-domain | alexa quand est-ce que le traversier de lévis part | FB | fr-CA
out-of-domain | alexa c'est quoi l'horaire de la stm à soir | FB | fr-CA
out-of-domain | alexa y a-tu du trafic sur le pont champlain | FB | fr-CA
out-of-domain | alexa quand est-ce que la collecte des vidanges passe | FB | fr-CA
out-of-domain | alexa raconte-moi une joke | FB | fr-CA
out-of-domain | alexa chante bonne fête à ma fille | FB | fr-CA
out-of-domain | alexa c'est quand la saint-jean-baptiste | FB | fr-CA
out-of-domain | alexa appelle ma mère sur son cell | FB | fr-CA
out-of-domain | alexa c'est quoi les nouvelles à matin | FB | fr-CA
out-of-domain | alexa c'est quoi le drapeau de l'acadie | FB | fr-CA
out-of-domain | alexa c'est qui le premier ministre du canada | FB | fr-CA
out-of-domain | alexa c'est qui le gouverneur de la louisiane | FB | fr-CA
out-of-domain | alexa combien de provinces au canada | FB | fr-CA
out-of-domain | alexa combien d'états aux états-unis | FB | fr-CA
out-of-domain | alexa combien de pays en afrique | FB | fr-CA
out-of-domain | alexa c'est quoi le pays le plus grand au monde | FB | fr-CA
out-of-domain | alexa nomme-moi les pays qui touchent le brésil | FB | fr-CA
out-of-domain | alexa quel océan est à l'ouest du canada | FB | fr-CA
out-of-domain | alexa c'est quoi la recette du tahdig | FB | fr-CA
out-of-domain | alexa combien de temps faire cuire un homard | FB | fr-CA
out-of-domain | alexa à quelle heure ferme le iga | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'amour | FB | fr-CA
out-of-domain | alexa c'est quoi le capital-actions de ma compagnie | FB | fr-CA
out-of-domain | alexa joue la poule aux oeufs d'or | FB | fr-CA
out-of-domain | alexa mets le réveil pour cinq heures demain | FB | fr-CA
out-of-domain | alexa c'est quoi l'indicatif régional de gatineau | FB | fr-CA
out-of-domain | alexa la route de glace ouvre-tu cette année | FB | fr-CA
out-of-domain | alexa y a-tu des aurores boréales à soir | FB | fr-CA
out-of-domain | alexa quelle équipe a gagné la coupe grey | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du sirop d'érable | FB | fr-CA
out-of-domain | alexa c'est quoi la ville la plus froide du canada | FB | fr-CA
out-of-domain | alexa combien de kilomètres entre montréal pis toronto | FB | fr-CA
out-of-domain | alexa c'est quoi le nom du fleuve à québec | FB | fr-CA
out-of-domain | alexa lis-moi une histoire pour dormir | FB | fr-CA
out-of-domain | alexa joue des sons de pluie | FB | fr-CA
out-of-domain | alexa commande du papier de toilette | FB | fr-CA
out-of-domain | alexa c'est quoi le mot de passe du wifi | FB | fr-CA
out-of-domain | alexa quelle est la capitale du monde du fromage | FB
out-of-domain | alexa parle-moi de la guerre en ukraine | FB
out-of-domain | alexa c'est quoi la capitale de l'île d'oléron | FB
out-of-domain | alexa c'est quoi la capitale de l'angoumois | FB
out-of-domain | alexa quelle est la capitale de la bd | FB
out-of-domain | alexa c'est quoi le chef-lieu de la dordogne | FB
out-of-domain | alexa c'est quoi la capitale de la loire | FB
out-of-domain | alexa c'est quoi la capitale du berry | FB
# --- shared: help
help | alexa comment ça marche ton jeu des capitales | HELP
help | alexa je comprends rien qu'est-ce que je dois dire | HELP
help | alexa aide-moi je sais pas comment on pose la question | HELP
help | alexa qu'est-ce que je peux te demander sur les capitales | HELP
help | alexa tu peux m'expliquer comment on fait | HELP
help | alexa c'est quoi les règles | HELP
help | alexa j'ai besoin d'aide avec capitales du monde | HELP
help | alexa explique-moi comment je te demande une capitale | HELP
help | alexa à l'aide je suis perdue | HELP
help | alexa qu'est-ce que tu sais faire avec les capitales | HELP
help | alexa tu peux me donner des exemples de questions | HELP
help | alexa je dis quoi pour avoir une capitale | HELP
help | alexa c'est quoi les commandes | HELP
help | alexa comment on utilise ce truc | HELP
help | alexa mamie voudrait savoir comment ça fonctionne | HELP
help | alexa tu fais aussi les états américains comment je demande | HELP
help | alexa je sais pas quoi dire aide-moi un peu | HELP
help | alexa montre-moi comment on joue | HELP
help | alexa ça sert à quoi capitales du monde | HELP
help | alexa tu peux répéter comment ça marche | HELP
help | alexa beuille je pige pas comment ça marche | HELP
help | alexa misaotra mais comment on fait | HELP
help | alexa what do i say euh qu'est-ce que je dis | HELP
help | alexa j'ai pas compris le fonctionnement | HELP
help | alexa aide s'il te plaît | HELP
help | alexa comment ça fonctionne ton affaire | HELP | fr-CA
help | alexa je comprends pas pantoute comment ça marche | HELP | fr-CA
help | alexa qu'est-ce que je peux dire coudonc | HELP | fr-CA
help | alexa aide-moi donc un peu | HELP | fr-CA
help | alexa comment on pose une question là | HELP | fr-CA
help | alexa explique-moi ça comme il faut | HELP | fr-CA
help | alexa c'est quoi que je dois dire pour une capitale | HELP | fr-CA
help | alexa mais là cher comment ça marche | HELP | fr-CA
help | alexa mon vieux j'ai besoin d'aide | HELP | fr-CA
help | alexa haanji comment on fait la question | HELP | fr-CA
help | alexa les enfants savent pas quoi demander aide-nous | HELP | fr-CA
help | alexa tu peux-tu m'aider avec le jeu | HELP | fr-CA
help | alexa qu'est-ce que ça fait au juste capitales du monde | HELP | fr-CA
help | alexa ça marche-tu avec les provinces aussi comment je demande | HELP | fr-CA
help | alexa donne-moi des exemples de ce que je peux dire | HELP | fr-CA
help | alexa je suis mêlé aide-moi | HELP | fr-CA
help | alexa c'est quoi les options | HELP | fr-CA
help | alexa comment je fais pour demander une capitale au complet | HELP | fr-CA
help | alexa j'ai besoin d'un coup de main avec l'application | HELP | fr-CA
# --- shared: stop
stop | alexa stop on passe à table | STOP
stop | alexa arrête le jeu c'est l'heure du bain | STOP
stop | alexa ça suffit pour ce soir | STOP
stop | alexa on arrête là merci | STOP
stop | alexa quitte capitales du monde | STOP
stop | alexa ferme le jeu des capitales | STOP
stop | alexa c'est bon on arrête | STOP
stop | alexa arrête tout je dois partir au boulot | STOP
stop | alexa stop le four sonne | STOP
stop | alexa tais-toi maintenant | STOP
stop | alexa chut le bébé dort | STOP
stop | alexa arrête-toi | STOP
stop | alexa fin du jeu | STOP
stop | alexa on a fini merci beaucoup | STOP
stop | alexa sors de l'appli | STOP
stop | alexa arrête le quiz le match commence | STOP
stop | alexa bon allez on arrête veloma | STOP
stop | alexa venga stop | STOP
stop | alexa stop nossa ça suffit | STOP
stop | alexa beauseigne arrête-toi | STOP
stop | alexa au revoir on arrête | STOP
stop | alexa terminé pour aujourd'hui | STOP
stop | alexa coupe le jeu | STOP
stop | alexa arrête les capitales s'il te plaît | STOP
stop | alexa stop please | STOP
stop | alexa c'est assez pour aujourd'hui | STOP | fr-CA
stop | alexa arrête ça là | STOP | fr-CA
stop | alexa ferme ça la game commence | STOP | fr-CA
stop | alexa on arrête ça tout de suite | STOP | fr-CA
stop | alexa ça va faire les capitales | STOP | fr-CA
stop | alexa ferme capitales du monde | STOP | fr-CA
stop | alexa stop on s'en va au chalet | STOP | fr-CA
stop | alexa arrête les enfants vont se coucher | STOP | fr-CA
stop | alexa bonne nuit arrête-toi | STOP | fr-CA
stop | alexa c'est fini pour à soir | STOP | fr-CA
stop | alexa mais là cher arrête | STOP | fr-CA
stop | alexa stop mon vieux | STOP | fr-CA
stop | alexa chalo on arrête | STOP | fr-CA
stop | alexa merci joon on arrête | STOP | fr-CA
stop | alexa sors du jeu | STOP | fr-CA
stop | alexa on a assez joué ferme ça | STOP | fr-CA
stop | alexa arrête de parler | STOP | fr-CA
stop | alexa quitte l'application | STOP | fr-CA
stop | alexa on lâche ça pour aujourd'hui | STOP | fr-CA
stop | alexa stop le souper est prêt | STOP | fr-CA
stop | alexa stop j'ai un client qui arrive | STOP
stop | alexa arrête je dois aller chercher le petit à l'école | STOP
stop | alexa c'est fini les capitales pour ce soir on va se coucher | STOP
stop | alexa bon ça va on arrête de jouer | STOP
stop | alexa ferme l'appli des capitales | STOP
stop | alexa arrête hombre ça suffit | STOP
stop | alexa arrête de jouer on part au marché | STOP
stop | alexa stop le bus arrive | STOP | fr-CA
stop | alexa ça va faire pour à soir merci | STOP | fr-CA
stop | alexa arrête asteur on va souper | STOP | fr-CA
stop | alexa ferme le jeu on s'en va au dépanneur | STOP | fr-CA
stop | alexa arrête le quiz la visite arrive | STOP | fr-CA
# --- shared: cancel
cancel | alexa annule ma question | CANCEL
cancel | alexa laisse tomber je l'ai trouvée | CANCEL
cancel | alexa oublie ce que je viens de dire | CANCEL
cancel | alexa non annule c'était pas la bonne | CANCEL
cancel | alexa laisse tomber c'est pas grave | CANCEL
cancel | alexa non rien oublie | CANCEL
cancel | alexa annule le petit a appuyé sur le bouton | CANCEL
cancel | alexa oublie ça ma femme vient de me le dire | CANCEL
cancel | alexa non c'est bon annule | CANCEL
cancel | alexa annule je me suis trompé de pays | CANCEL
cancel | alexa je retire ma question | CANCEL
cancel | alexa laisse tomber on verra plus tard | CANCEL
cancel | alexa annule la dernière demande | CANCEL
cancel | alexa c'est pas ça que je voulais annule | CANCEL
cancel | alexa oublie madre mía je sais plus | CANCEL
cancel | alexa laisse beauseigne c'est rien | CANCEL
cancel | alexa annule ça please | CANCEL
cancel | alexa non non annule | CANCEL
cancel | alexa oublie la question sur l'arménie | CANCEL
cancel | alexa annule mon fils a trouvé dans son livre | CANCEL
cancel | alexa laisse tomber la question d'avant | CANCEL
cancel | alexa annule je reformule | CANCEL
cancel | alexa oublie j'ai parlé trop vite | CANCEL
cancel | alexa laisse faire c'est correct | CANCEL | fr-CA
cancel | alexa annule ça mon gars l'a trouvé | CANCEL | fr-CA
cancel | alexa oublie ça coudonc | CANCEL | fr-CA
cancel | alexa non laisse faire la question | CANCEL | fr-CA
cancel | alexa annule c'était pas la bonne province | CANCEL | fr-CA
cancel | alexa laisse faire je vais regarder sur google | CANCEL | fr-CA
cancel | alexa oublie ce que j'ai demandé | CANCEL | fr-CA
cancel | alexa annule la dernière affaire | CANCEL | fr-CA
cancel | alexa laisse faire cher | CANCEL | fr-CA
cancel | alexa annule ça mon vieux | CANCEL | fr-CA
cancel | alexa non non laisse faire | CANCEL | fr-CA
cancel | alexa annule le petit parlait en même temps | CANCEL | fr-CA
cancel | alexa oublie ça je me suis trompé d'état | CANCEL | fr-CA
cancel | alexa laisse faire ma blonde le savait | CANCEL | fr-CA
cancel | alexa annule je me suis mêlé | CANCEL | fr-CA
cancel | alexa non c'est beau annule | CANCEL | fr-CA
cancel | alexa oublie la question azizam | CANCEL | fr-CA
cancel | alexa annule j'ai dit n'importe quoi | CANCEL | fr-CA
cancel | alexa laisse faire la réponse est dans le kahoot | CANCEL | fr-CA
cancel | alexa oublie ça on change de sujet | CANCEL | fr-CA
cancel | alexa annule ma demande s'il vous plaît | CANCEL | fr-CA
# --- shared: launch ("capitales du monde", the invocation name in the task)
launch | alexa lance capitales du monde pour l'interro de géo | LAUNCH
launch | alexa ouvre capitales du monde on révise le crpe | LAUNCH
launch | alexa démarre capitales du monde pour la colo | LAUNCH
launch | alexa lance capitales du monde pendant l'apéro | LAUNCH
launch | alexa ouvre capitales du monde avant l'eurovision | LAUNCH
launch | alexa lance capitales du monde pour le loto-quiz | LAUNCH
launch | alexa mets capitales du monde pour la abuela | LAUNCH
launch | alexa ouvre capitales du monde pour mon exposé | LAUNCH
launch | alexa lance le jeu capitales du monde | LAUNCH
launch | alexa on joue à capitales du monde | LAUNCH
launch | alexa démarre capitales du monde please | LAUNCH
launch | alexa ouvre capitales du monde pour les gamins | LAUNCH
launch | alexa lance capitales du monde en attendant le pain | LAUNCH
launch | alexa je veux jouer à capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde pour réviser la terminale | LAUNCH
launch | alexa ouvre capitales du monde pour la soirée du hockey | LAUNCH | fr-CA
launch | alexa part capitales du monde pour le kahoot | LAUNCH | fr-CA
launch | alexa lance capitales du monde au camping | LAUNCH | fr-CA
launch | alexa démarre capitales du monde pour le party de bureau | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde mon vieux | LAUNCH | fr-CA
launch | alexa part capitales du monde pour les enfants | LAUNCH | fr-CA
launch | alexa lance capitales du monde mais là cher | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde pour mon devoir de sixième année | LAUNCH | fr-CA
launch | alexa démarre capitales du monde pendant la panne | LAUNCH | fr-CA
launch | alexa on peut-tu jouer à capitales du monde | LAUNCH | fr-CA
launch | alexa embarque capitales du monde | LAUNCH | fr-CA
launch | alexa lance capitales du monde pour l'expo-sciences | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde pour le camp de jour | LAUNCH | fr-CA
launch | alexa haanji ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa démarre capitales du monde pour mon examen à l'udem | LAUNCH | fr-CA
"""

if __name__ == "__main__":
    build_round(48, "fr", LINES, sys.argv, "tests/Eval/fr/round48/source/build_corpus.py")
