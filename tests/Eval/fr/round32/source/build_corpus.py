"""Round 32, French (fr-FR, fr-CA): a new author's own mix, written blind at the end of the thirty-first session,
about a third of the lines fr-CA. Speakers chosen apart from rounds 28-31.
France and the overseas on fr-FR devices: Niçois (the promenade des Anglais, the carnival and the bataille de fleurs,
the socca, the port Lympia yachts, the OGC Nice, "macarèu"), Lorrains of Nancy and Metz (the place Stanislas, the
mirabelle picking, the Saint-Nicolas, Luxembourg and Saarland cross-border workers, the quiche), Gascons of the Landes
(the feria of Dax and its bandas, the course landaise, Hossegor surfers, the resin tappers, the Saint-Sever market),
Nîmois and Camarguais (the manade and its gardian, the arènes, the Saintes-Maries pilgrimage, "fan de chichourle",
"peuchère"), Jurassiens (the fruitière, the comté, the Transjurassienne, the Morez spectacle makers, the forêt de la
Joux), Tourangeaux (Chenonceau, the Vouvray, the Loire à vélo, the rillons), Mahorais of Mayotte ("wami", the koko, the
barge to Petite-Terre, the mzungu teacher, the Ramadan), Saint-Pierrais (the Fortune boat, the fête basque), a
Portuguese-French family of Champigny ("a minha avó", "pois", "obrigado", o tio, Benfica), a Malian-French family of
Montreuil ("i ni ce", the tonton, the rue Bara foyer, the baptism), a Tamil-French family at La Chapelle ("vanakkam",
amma, the Ganesh temple and parade), a Cambodian-French family (yeay, the Khmer New Year, the uncle's restaurant);
learners: a German Erasmus student in Lyon ("also", "genau", "wie sagt man", "le capitale de le portugal", "de la
danemark"), a Spanish Erasmus student in Toulouse ("oye", "vale", "perdona", "mi madre pregunta", "de la honduras"), a
Filipino nanny in Neuilly ("ay naku", "madame she ask", "de la palaos"); seven-year-old twins; teenagers on the bus to
the lycée ("wsh", "askip", "frérot", "sah"); at work: a home nurse on her rounds, a flight attendant between
rotations, a lighthouse keeper, a market cheesemaker; games: tarot, GeoGuessr, a bar quiz, a blind test, a flag game,
mots fléchés; sport: handball, the Tour de France, the Olympics, rugby's Pacific pillars.
Quebec and French America on fr-CA devices: Gaspésiens (the rocher Percé, the Rivière-au-Renard wharf, the île
Bonaventure gannets, the smoked herring, the Gaspésie train), Abitibiens of Rouyn-Noranda and Val-d'Or (the mine, the
FME festival, lake Osisko frozen, the moose hunt, the loggers' camp, "chu"), Outaouais (a federal civil servant of
Gatineau, the bridge to Ottawa, the Bal de neige, the Rideau canal), the Côte-Nord (the Baie-Comeau aluminium smelter,
the Matane ferry, the Sept-Îles ore port, Innu of Uashat: "kuei"), Mauricie (the Cité de l'énergie, the La Tuque canoe
classic, a lake cottage, "mettons"), Mexican seasonal workers in Saint-Rémi greenhouses ("órale", "güey", el patrón,
mi compa), Portuguese-Quebecers of the Plateau (the Saint-Esprit feast, the parc du Portugal), Moroccan-Quebecers of
Saint-Laurent ("wakha", the yemma, the ftour), Filipino-Quebecers of Côte-des-Neiges ("po", the lola, the Simbang Gabi
mass), Franco-Americans of New England (the mémère, Lewiston, the Woonsocket pépère); at work: a school-bus driver, a
snowplow driver, a dépanneur clerk, a tire garage, a Warwick cheese dairy; games and TV: La Poule aux oeufs d'or, Le
Tricheur, a hockey pool, a pub quiz, a game of tock; a sixth-grade teacher, a daycare, a little brother.
Then the ways of asking every round has: plurals (every several-capital country and Palestine, Montserrat, Jammu and
Kashmir, Uttarakhand), follow-ups, subdivisions and territories, everyday, official and old names, shared names bare
and disambiguated, yes/no checks with right and wrong guesses, self-corrections with a marker ("non attends",
"pardon", "je veux dire", "excuse", "oups"), reverse questions, one-shot requests through "capitales du monde",
launch, help, stop, cancel, out-of-domain near misses (other facts about a named country, "capital" in other senses,
regions the data lacks such as the Landes, the Camargue, the Gaspésie, fictional places, everyday requests), and what
recognition writes (lost accents "thailande", "perou", "grece", split words "nor vège", "tan zanie", "mozan bique",
homophones "zone bie", "mal à oui", joined "lacapitale", "c est", "capital").
`python3 tests/Eval/fr/round32/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 32's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# --- fr-FR: Niçois and the Côte d'Azur
nice | alexa sur la promenade des anglais un touriste demande la capitale {} | de la norvège=NO; du danemark=DK; de la finlande=FI
nice | alexa macarèu j'ai oublié la capitale {} | de l'estonie=EE; de la lettonie=LV
nice | alexa en mangeant la socca dis-moi la capitale {} | de la lituanie=LT; de la biélorussie=BY
nice | alexa au carnaval de nice y a un char {} c'est quoi leur capitale | du brésil=BR; du mexique=MX
nice | alexa le yacht au port lympia il vient {} c'est quoi la capitale | des îles marshall=MH; des îles caïmans=KY; des bermudes=BM
nice | alexa à la bataille de fleurs la mémé veut savoir la capitale {} | de la suède=SE
nice | alexa le gardien de l'ogc nice il vient {} la capitale c'est laquelle | de la côte d'ivoire=CI; du sénégal=SN
# --- fr-FR: Lorrains of Nancy and Metz
lorraine | alexa place stanislas un collègue me demande la capitale {} | de la slovaquie=SK; de la slovénie=SI
lorraine | alexa pendant la cueillette des mirabelles dis donc la capitale {} | de la moldavie=MD; de la roumanie=RO
lorraine | alexa à la saint-nicolas le grand-père demande la capitale {} | de la tchéquie=CZ; de l'autriche=AT
lorraine | alexa je bosse au luxembourg et je sais même pas la capitale {} | du luxembourg=LU; de la belgique=BE
lorraine | alexa au centre pompidou de metz une dame cherche la capitale {} | du japon=JP; de la corée du sud=KR
lorraine | alexa mon frère est frontalier en sarre c'est quoi la capitale {} | de la sarre=DE-SL; de la rhénanie-palatinat=DE-RP
lorraine | alexa la quiche refroidit vite la capitale {} | de la hongrie=HU
# --- fr-FR: Gascons of the Landes and the feria of Dax
landes | alexa à la feria de dax les bandas demandent la capitale {} | de l'espagne=ES; du portugal=PT
landes | alexa hilh de la capitale {} tu la connais | de l'andorre=AD
landes | alexa pendant la course landaise le copain veut la capitale {} | du pérou=PE; de l'équateur=EC
landes | alexa un surfeur d'hossegor vient {} c'est quoi la capitale chez lui | d'australie=AU; d'hawaï=US-HI; des fidji=FJ
landes | alexa en gemmant les pins le papy demande la capitale {} | du chili=CL; de l'uruguay=UY
landes | alexa au marché de saint-sever dis-moi la capitale {} | du paraguay=PY
# --- fr-FR: Nîmois and the Camargue
camargue | alexa fan de chichourle c'est quoi la capitale {} | de la tunisie=TN; de l'algérie=DZ
camargue | alexa à la manade le gardian demande la capitale {} | du mexique=MX; de l'argentine=AR
camargue | alexa aux arènes de nîmes un touriste cherche la capitale {} | de la jordanie=JO; du liban=LB
camargue | alexa peuchère je me souviens plus la capitale {} | de la syrie=SY; de l'irak=IQ
camargue | alexa aux saintes-maries-de-la-mer le pèlerin veut la capitale {} | de la hongrie=HU; de la serbie=RS
# --- fr-FR: Jurassiens and the comté
jura | alexa à la fruitière le fromager demande la capitale {} | de la suisse=CH; du liechtenstein=LI
jura | alexa on affine le comté et mon voisin veut la capitale {} | de la mongolie=MN; du kazakhstan=KZ
jura | alexa à la transjurassienne un skieur norvégien demande la capitale {} | de l'islande=IS; du groenland=GL
jura | alexa à l'atelier de lunettes à morez c'est quoi la capitale {} | de l'inde=IN; du pakistan=PK
jura | alexa dans la forêt de la joux dis-moi la capitale {} | du canada=CA
# --- fr-FR: Tourangeaux and the Loire castles
touraine | alexa à chenonceau une guide demande la capitale {} | de la chine=CN; de taïwan=TW
touraine | alexa en dégustant le vouvray c'est quoi la capitale {} | de la nouvelle-zélande=NZ; de l'afrique du sud=ZA
touraine | alexa sur la loire à vélo on croise des gens {} c'est quoi leur capitale | de la pologne=PL
touraine | alexa le rillon est prêt mais d'abord la capitale {} | de la grèce=GR
# --- fr-FR: Mahorais of Mayotte
mayotte | alexa wami nisi j'veux la capitale {} | des comores=KM; de madagascar=MG
mayotte | alexa à mamoudzou la koko demande la capitale {} | de la tanzanie=TZ; du mozambique=MZ
mayotte | alexa sur la barge de petite-terre dis-moi la capitale {} | du kenya=KE; de la somalie=SO
mayotte | alexa le mzungu de l'école demande la capitale {} | de maurice=MU; des seychelles=SC
mayotte | alexa au débarquement du ramadan c'est quoi la capitale {} | de l'arabie saoudite=SA; du yémen=YE
# --- fr-FR: Saint-Pierrais
saint-pierre | alexa ici à saint-pierre on veut la capitale {} | de terre-neuve-et-labrador=CA-NL; de la nouvelle-écosse=CA-NS
saint-pierre | alexa sur le bateau pour fortune le matelot demande la capitale {} | de l'île-du-prince-édouard=CA-PE; du nouveau-brunswick=CA-NB
saint-pierre | alexa c'est quoi la capitale de saint-pierre-et-miquelon je teste | PM
saint-pierre | alexa au bal de la fête basque de saint-pierre dis-moi la capitale {} | de l'irlande=IE
# --- fr-FR: a Portuguese-French family in Champigny
luso | alexa a minha avó veut savoir la capitale {} | du cap-vert=CV; de l'angola=AO
luso | alexa pois c'est quoi la capitale {} | de sao tomé-et-principe=ST; de la guinée-bissau=GW
luso | alexa obrigado mais encore la capitale {} | du brésil=BR; du timor oriental=TL
luso | alexa mon père regarde benfica il demande la capitale {} | de la bosnie-herzégovine=BA
luso | alexa o tio part en camion demain c'est quoi la capitale {} | de l'espagne=ES
# --- fr-FR: a Malian-French family in Montreuil
mali | alexa i ni ce tonton veut la capitale {} | du mali=ML; du burkina faso=BF; de la guinée=GN
mali | alexa au foyer de la rue bara on cherche la capitale {} | de la mauritanie=MR; du niger=NE; de la gambie=GM
mali | alexa ma tantie part à bamako par bruxelles c'est quoi la capitale {} | de la sierra leone=SL; du liberia=LR
mali | alexa pour le baptême du petit on invite des gens {} quelle est la capitale | du tchad=TD; du togo=TG
# --- fr-FR: a Tamil-French family at La Chapelle
tamoul | alexa vanakkam c'est quoi la capitale {} | du sri lanka=LK; des maldives=MV
tamoul | alexa amma demande la capitale {} | du tamil nadu=IN-TN; du kerala=IN-KL; de pondichéry=IN-PY
tamoul | alexa au temple de ganesh un monsieur demande la capitale {} | du népal=NP; du bhoutan=BT
tamoul | alexa pendant le défilé de ganesh dis-moi la capitale {} | du bangladesh=BD; de la birmanie=MM
# --- fr-FR: a Cambodian-French family
khmer | alexa yeay demande la capitale {} | du cambodge=KH; du laos=LA
khmer | alexa pour le nouvel an khmer c'est quoi la capitale {} | de la thaïlande=TH; du viêt nam=VN
khmer | alexa au restaurant de mon oncle un client demande la capitale {} | de la malaisie=MY; de singapour=SG
khmer | alexa c'est quoi la capitale {} pour mon devoir s'il te plaît | des philippines=PH; de l'indonésie=ID
# --- fr-FR learners: a German Erasmus student in Lyon
erasmus-de | alexa also c'est quoi le capitale {} | de le portugal=PT; de la danemark=DK
erasmus-de | alexa genau et la capitale {} c'est quoi | de la norvège=NO
erasmus-de | alexa wie sagt man hum la capitale {} s'il vous plaît | de la kirghizistan=KG; de le ouzbékistan=UZ
erasmus-de | alexa mon colocataire il demande quelle est le capitale {} | de le turkménistan=TM; de la azerbaïdjan=AZ
# --- fr-FR learners: a Spanish Erasmus student in Toulouse
erasmus-es | alexa oye la capitale {} c'est quoi | de le nicaragua=NI; de la honduras=HN
erasmus-es | alexa vale et quelle est le capitale {} | de le salvador=SV; de la guatemala=GT
erasmus-es | alexa perdona je ne sais pas la capitale {} | de le costa rica=CR; de la panama=PA
erasmus-es | alexa mi madre pregunta la capitale {} | de la république dominicaine=DO; de cuba=CU
# --- fr-FR learners: a Filipino nanny in Neuilly
nounou | alexa ay naku what is the capitale {} | de le brunei=BN; de la papouasie-nouvelle-guinée=PG
nounou | alexa madame she ask la capitale {} s'il vous plaît | de la palaos=PW; de la micronésie=FM
nounou | alexa the baby sleep so quickly la capitale {} | de la nauru=NR; de la tuvalu=TV
# --- fr-FR: children, twins of seven
enfants | alexa moi j'ai gagné la capitale {} c'est quoi | de l'égypte=EG; de l'éthiopie=ET
enfants | alexa ma soeur elle dit que c'est rome la capitale de l'italie c'est vrai | IT
enfants | alexa c'est moi qui demande la capitale {} | du kenya=KE; du rwanda=RW
enfants | alexa maman elle veut pas dire la capitale {} | de l'ouganda=UG; du burundi=BI
enfants | alexa le pingouin il habite où c'est quoi la capitale {} | de l'antarctique=AQ
enfants | alexa la capitale du pays des kangourous c'est quoi | AU
# --- fr-FR: teenagers on the bus to the lycée
ados | alexa wsh la capitale {} vite | du nigeria=NG; du ghana=GH
ados | alexa askip la capitale {} c'est une ville nulle c'est laquelle | de la belgique=BE; de la suisse=CH
ados | alexa frérot on a interro de géo la capitale {} | du zimbabwe=ZW; de la zambie=ZM
ados | alexa sah quelle ville c'est la capitale {} | du botswana=BW; de la namibie=NA
# --- fr-FR at work: a home nurse on her rounds
infirmiere | alexa entre deux patients c'est quoi la capitale {} | de l'érythrée=ER; de djibouti=DJ
infirmiere | alexa madame durand me demande la capitale {} pendant la prise de sang | du soudan=SD; du soudan du sud=SS
infirmiere | alexa dans la voiture entre deux tournées la capitale {} | du malawi=MW; du lesotho=LS
# --- fr-FR at work: a flight attendant between rotations
hotesse | alexa demain je fais un vol pour la capitale {} c'est laquelle | du qatar=QA; de bahreïn=BH; du koweït=KW
hotesse | alexa à l'escale le commandant demande la capitale {} | d'oman=OM; des émirats arabes unis=AE
hotesse | alexa dans l'hôtel de l'équipage c'est quoi la capitale {} | de l'azerbaïdjan=AZ; de l'arménie=AM
# --- fr-FR at work: a lighthouse keeper and a ferry crew in Brittany south
phare | alexa du haut du phare je vois un cargo {} c'est quoi la capitale | du liberia=LR; du panama=PA; de malte=MT
phare | alexa le cargo vient {} dis-moi la capitale | des bahamas=BS; des îles marshall=MH
# --- fr-FR at work: a cheesemaker and a market stall
marche | alexa sur mon stand un client me demande la capitale {} | de la croatie=HR; du monténégro=ME
marche | alexa entre deux clients la capitale {} c'est quoi | de l'albanie=AL; de la macédoine du nord=MK
marche | alexa le fromager d'à côté veut la capitale {} | du kosovo=XK; de la bulgarie=BG
# --- fr-FR games: tarot, blind test, GeoGuessr, Dobble
jeux | alexa au tarot la partenaire parie sur la capitale {} | de l'uruguay=UY; de la bolivie=BO
jeux | alexa sur geoguessr je suis tombé {} c'est quoi la capitale | au bhoutan=BT; en mongolie=MN; au lesotho=LS
jeux | alexa pour le quiz du bar on doit trouver la capitale {} | du guyana=GY; du suriname=SR; du belize=BZ
jeux | alexa à la soirée blind test la question bonus c'est la capitale {} | de la jamaïque=JM; d'haïti=HT
jeux | alexa on joue au jeu des drapeaux c'est quoi la capitale {} | de la barbade=BB; de la grenade=GD; de la dominique=DM
jeux | alexa pour les mots fléchés en six lettres la capitale {} | du tchad=TD
# --- fr-FR sport: rugby, handball, the Tour de France, the Olympics
sport | alexa l'équipe de france de hand joue {} c'est quoi la capitale | contre l'islande=IS; contre la norvège=NO; contre l'égypte=EG
sport | alexa le coureur qui a gagné l'étape vient {} la capitale c'est quoi | de la slovénie=SI; de l'érythrée=ER
sport | alexa aux jeux olympiques un nageur {} a gagné c'est quoi la capitale de son pays | du kenya=KE; de la lituanie=LT
sport | alexa le pilier vient {} c'est quoi leur capitale | des tonga=TO; des samoa=WS; des fidji=FJ
# --- fr-CA: Gaspésiens of Percé and Gaspé
gaspesie | alexa au rocher percé une touriste demande la capitale {} | de la france=FR; de l'allemagne=DE | fr-CA
gaspesie | alexa su'l quai de rivière-au-renard le pêcheur veut la capitale {} | de la norvège=NO; de l'islande=IS | fr-CA
gaspesie | alexa à l'île bonaventure avec les fous de bassan c'est quoi la capitale {} | de l'écosse=GB-SCT; de l'irlande du nord=GB-NIR | fr-CA
gaspesie | alexa mon oncle fume le hareng pis y demande la capitale {} | du danemark=DK; des îles féroé=FO | fr-CA
gaspesie | alexa dans le train de la gaspésie c'est quoi la capitale {} | du pays de galles=GB-WLS; de l'angleterre=GB-ENG | fr-CA
# --- fr-CA: Abitibiens of Rouyn-Noranda and Val-d'Or
abitibi | alexa chu à la mine à val-d'or pis mon boss veut la capitale {} | du chili=CL; du pérou=PE; de la bolivie=BO | fr-CA
abitibi | alexa au festival de musique émergente à rouyn c'est quoi la capitale {} | de la finlande=FI; de la suède=SE | fr-CA
abitibi | alexa sur le lac osisko gelé dis-moi donc la capitale {} | de la russie=RU; de l'ukraine=UA | fr-CA
abitibi | alexa à la chasse à l'orignal mon chum demande la capitale {} | du manitoba=CA-MB; de la saskatchewan=CA-SK | fr-CA
abitibi | alexa au camp de bûcherons le foreman veut savoir la capitale {} | de l'ontario=CA-ON; du nunavut=CA-NU | fr-CA
# --- fr-CA: Outaouais, a federal civil servant of Gatineau
outaouais | alexa je traverse le pont vers ottawa pis je me demande la capitale {} | du yukon=CA-YT; des territoires du nord-ouest=CA-NT | fr-CA
outaouais | alexa au bureau fédéral ma collègue anglophone veut la capitale {} | de l'alberta=CA-AB; de la colombie-britannique=CA-BC | fr-CA
outaouais | alexa pendant le bal de neige c'est quoi la capitale {} | du royaume-uni=GB; de l'australie=AU | fr-CA
outaouais | alexa sur le canal rideau en patins dis-moi la capitale {} | de la belgique=BE | fr-CA
outaouais | alexa la capitale du canada c'est-tu ottawa ou gatineau | CA | fr-CA
# --- fr-CA: the Côte-Nord, Sept-Îles and Baie-Comeau
cote-nord | alexa à l'aluminerie de baie-comeau un ingénieur demande la capitale {} | de la guinée=GN; du ghana=GH | fr-CA
cote-nord | alexa su'l traversier de matane c'est quoi la capitale {} | du japon=JP; de la chine=CN | fr-CA
cote-nord | alexa au port de sept-îles le bateau de minerai s'en va {} c'est quoi la capitale | en chine=CN; en corée du sud=KR | fr-CA
cote-nord | alexa innu de uashat kuei la capitale {} | du labrador=CA-NL; de l'islande=IS | fr-CA
# --- fr-CA: Mauricie, Shawinigan and La Tuque
mauricie | alexa à la cité de l'énergie le guide demande la capitale {} | de l'italie=IT; de l'espagne=ES | fr-CA
mauricie | alexa mettons que je veux savoir la capitale {} | de la turquie=TR; de chypre=CY | fr-CA
mauricie | alexa à la classique de canots de la tuque c'est quoi la capitale {} | de la nouvelle-zélande=NZ; du vanuatu=VU | fr-CA
mauricie | alexa au chalet du lac à la tortue dis-moi la capitale {} | de l'iran=IR; de l'afghanistan=AF | fr-CA
# --- fr-CA: Mexican seasonal workers on a farm in Saint-Rémi
temporaires | alexa órale c'est quoi la capitale {} | du guatemala=GT; du honduras=HN | fr-CA
temporaires | alexa el patrón il demande la capitale {} | de la colombie=CO; du venezuela=VE | fr-CA
temporaires | alexa dans la serre de tomates mi compa veut la capitale {} | du jalisco=MX-JAL; du yucatán=MX-YUC; de l'oaxaca=MX-OAX | fr-CA
temporaires | alexa güey je sais pas comment on dit la capitale {} | du nicaragua=NI; du salvador=SV | fr-CA
# --- fr-CA: Portuguese-Quebecers of the Plateau
luso-quebec | alexa à la fête du saint-esprit c'est quoi la capitale {} | du portugal=PT; du mozambique=MZ | fr-CA
luso-quebec | alexa au parc du portugal sur saint-laurent la capitale {} c'est laquelle | du cap-vert=CV; de l'angola=AO | fr-CA
# --- fr-CA: Moroccan-Quebecers of Saint-Laurent
maroc-quebec | alexa wakha c'est quoi la capitale {} | du maroc=MA; de la mauritanie=MR | fr-CA
maroc-quebec | alexa ma yemma veut savoir la capitale {} | de la libye=LY; de l'égypte=EG | fr-CA
maroc-quebec | alexa pendant le ftour dis-moi la capitale {} | du sahara occidental=EH; de la tunisie=TN | fr-CA
# --- fr-CA: Filipino-Quebecers of Côte-des-Neiges
philippins | alexa po c'est quoi la capitale {} | des philippines=PH; de guam=GU | fr-CA
philippins | alexa mon lola demande la capitale {} | de l'indonésie=ID; du timor oriental=TL | fr-CA
philippins | alexa après la messe de simbang gabi c'est quoi la capitale {} | des îles salomon=SB; de kiribati=KI | fr-CA
# --- fr-CA: Franco-Americans of New England on a Quebec device
franco-americains | alexa my mémère asks la capitale {} | du maine=US-ME; du new hampshire=US-NH; du vermont=US-VT | fr-CA
franco-americains | alexa à lewiston on parle encore français c'est quoi la capitale {} | du massachusetts=US-MA; du rhode island=US-RI | fr-CA
franco-americains | alexa mon pépère de woonsocket demande la capitale {} | du connecticut=US-CT; de la louisiane=US-LA | fr-CA
# --- fr-CA at work: a school-bus driver, a snowplow, a dépanneur clerk, a vet in the Beauce
jobs-quebec | alexa dans l'autobus jaune les jeunes crient la capitale {} | du texas=US-TX; de la californie=US-CA; de la floride=US-FL | fr-CA
jobs-quebec | alexa en attendant le dégel dans ma gratte la capitale {} | de l'alaska=US-AK; du montana=US-MT | fr-CA
jobs-quebec | alexa au dépanneur un client m'achète un gratteux pis me demande la capitale {} | du nevada=US-NV; de l'arizona=US-AZ | fr-CA
jobs-quebec | alexa au garage en changeant les pneus d'hiver c'est quoi la capitale {} | de l'ohio=US-OH; du michigan=US-MI | fr-CA
jobs-quebec | alexa à la fromagerie de warwick la capitale {} c'est laquelle | de la pennsylvanie=US-PA; de l'illinois=US-IL | fr-CA
# --- fr-CA games and TV: La Poule aux oeufs d'or, Le Tricheur, hockey pool, Quebec trivia
jeux-quebec | alexa à la poule aux oeufs d'or la madame a pas su la capitale {} | de la hongrie=HU; de la roumanie=RO | fr-CA
jeux-quebec | alexa dans notre pool de hockey y a un joueur {} c'est quoi la capitale | de la slovaquie=SK; de la tchéquie=CZ; de la lettonie=LV | fr-CA
jeux-quebec | alexa au tricheur y ont demandé la capitale {} | de la grèce=GR; de la bulgarie=BG | fr-CA
jeux-quebec | alexa au quiz du vendredi au pub on cherche la capitale {} | de la géorgie le pays=GE; de la géorgie l'état=US-GA | fr-CA
jeux-quebec | alexa à la partie de tock ma tante veut la capitale {} | de la jamaïque=JM; de trinité-et-tobago=TT | fr-CA
# --- fr-CA: children and teens in Quebec
jeunes-quebec | alexa ma prof de sixième année veut qu'on trouve la capitale {} | du mexique=MX; du brésil=BR | fr-CA
jeunes-quebec | alexa c'est quoi la capitale {} genre vite vite | de l'argentine=AR; de l'équateur=EC | fr-CA
jeunes-quebec | alexa mon petit frère y demande la capitale {} | du québec=CA-QC | fr-CA
jeunes-quebec | alexa à la garderie on apprend la capitale {} | de la france=FR | fr-CA
# --- plural-capitals: every several-capital country and Palestine
plural-capitals | alexa quelles sont les deux capitales {} | du bénin=BJ; de la bolivie=BO; de la malaisie=MY
plural-capitals | alexa c'est quoi les capitales {} déjà | du bénin=BJ; de la côte d'ivoire=CI; du sri lanka=LK
plural-capitals | alexa au tarot on s'engueule combien de capitales {} et lesquelles | des pays-bas=NL; de l'afrique du sud=ZA; de l'eswatini=SZ
plural-capitals | alexa donne-moi toutes les capitales {} | de l'afrique du sud=ZA; du swaziland=SZ; de la palestine=PS
plural-capitals | alexa il paraît qu'il y a deux capitales {} c'est lesquelles | en bolivie=BO; en côte d'ivoire=CI; au sri lanka=LK
plural-capitals | alexa les capitales {} c'est quoi | de la malaisie=MY; des pays-bas=NL; de la palestine=PS
plural-capitals | alexa la capitale administrative pis la capitale officielle {} | du bénin=BJ; de la côte d'ivoire=CI; de la bolivie=BO | fr-CA
plural-capitals | alexa c'est-tu vrai que {} a trois capitales lesquelles | l'afrique du sud=ZA | fr-CA
plural-capitals | alexa les deux capitales {} tu peux me les dire | de la malaisie=MY; du sri lanka=LK; des pays-bas=NL | fr-CA
plural-capitals | alexa nomme-moi les capitales {} | de la palestine=PS; de l'eswatini=SZ | fr-CA
plural-capitals | alexa quelles sont les capitales {} | de montserrat=MS; du jammu-et-cachemire=IN-JK; de l'uttarakhand=IN-UK
plural-capitals | alexa la capitale d'été pis la capitale d'hiver {} c'est lesquelles | du jammu-et-cachemire=IN-JK | fr-CA
# --- follow-up
follow-up | alexa et {} | pour l'autriche=AT; pour la hongrie=HU | fr-CA
follow-up | alexa ok merci et celle {} | de la jordanie=JO; du qatar=QA; du yémen=YE
follow-up | alexa ah d'accord et pour {} alors | le cameroun=CM; le gabon=GA; le congo-brazzaville=CG
follow-up | alexa pis {} d'abord | le kirghizstan=KG; le tadjikistan=TJ | fr-CA
follow-up | alexa et chez les voisins {} | en bolivie=BO; au paraguay=PY
follow-up | alexa même question pour {} | la centrafrique=CF; la guinée équatoriale=GQ; la guinée-bissau=GW
follow-up | alexa et {} tant qu'à faire | le cap-vert=CV; les comores=KM | fr-CA
follow-up | alexa bon et celle {} maintenant | du turkménistan=TM; de l'ouzbékistan=UZ
follow-up | alexa pis pour {} c'est quoi | saint-marin=SM; monaco=MC | fr-CA
follow-up | alexa et après {} | l'estonie=EE; la géorgie le pays=GE
# --- subdivision
subdivision | alexa c'est quoi la capitale {} | de la bavière=DE-BY; de la saxe=DE-SN; de la hesse=DE-HE
subdivision | alexa quelle ville est la capitale {} | de la basse-saxe=DE-NI; du bade-wurtemberg=DE-BW; de la thuringe=DE-TH
subdivision | alexa la capitale de l'état {} | de new york=US-NY; de washington=US-WA; du wisconsin=US-WI
subdivision | alexa dans quel coin est la capitale {} | du queensland=AU-QLD; de la tasmanie=AU-TAS; de victoria=AU-VIC
subdivision | alexa dis-moi la capitale provinciale {} | du québec=CA-QC; de l'ontario=CA-ON; de la nouvelle-écosse=CA-NS | fr-CA
subdivision | alexa c'est quoi la capitale de l'état {} au brésil | de bahia=BR-BA; du minas gerais=BR-MG; de l'amazonas=BR-AM
subdivision | alexa la capitale {} en inde c'est laquelle | du rajasthan=IN-RJ; du maharashtra=IN-MH; du pendjab=IN-PB
subdivision | alexa et la capitale de l'état {} | de l'oregon=US-OR; du kentucky=US-KY; de l'iowa=US-IA | fr-CA
subdivision | alexa la capitale {} c'est-tu la plus grosse ville | de l'illinois=US-IL; de la californie=US-CA; de l'état de new york=US-NY | fr-CA
subdivision | alexa c'est quoi la capitale {} au mexique | du nuevo león=MX-NLE; de veracruz=MX-VER; de sonora=MX-SON
subdivision | alexa la capitale {} elle s'appelle comment | de l'écosse=GB-SCT; du pays de galles=GB-WLS; de l'irlande du nord=GB-NIR
subdivision | alexa capitale {} stp | de la caroline du nord=US-NC; de la caroline du sud=US-SC; du dakota du sud=US-SD
# --- territory
territory | alexa c'est quoi le chef-lieu {} | de la guadeloupe=GP; de la martinique=MQ; de la guyane=GF
territory | alexa la capitale {} c'est quelle ville | de la réunion=RE; de la polynésie française=PF; de la nouvelle-calédonie=NC
territory | alexa c'est quoi la capitale {} dans le pacifique | de wallis-et-futuna=WF; des îles cook=CK; de niue=NU
territory | alexa la capitale {} c'est laquelle au juste | de gibraltar=GI; de jersey=JE; de guernesey=GG
territory | alexa et la capitale {} elle | de porto rico=PR; d'aruba=AW; de curaçao=CW | fr-CA
territory | alexa c'est quoi la ville principale {} | des malouines=FK; du groenland=GL; de l'île de man=IM
territory | alexa la capitale {} tu connais | de saint-barthélemy=BL; de saint-martin=MF; de mayotte=YT
territory | alexa la capitale {} c'est-tu une grosse ville | des bermudes=BM; des îles turques-et-caïques=TC; d'anguilla=AI | fr-CA
# --- everyday-name
everyday-name | alexa c'est quoi la capitale {} en fait | de la hollande=NL; de l'angleterre=GB-ENG; des states=US
everyday-name | alexa la capitale {} s'il te plaît | des usa=US; des émirats=AE; de la birmanie=MM
everyday-name | alexa quelle est la capitale {} au juste | de la tchéquie=CZ; de la république tchèque=CZ; du swaziland=SZ
everyday-name | alexa la capitale {} donc | de la centrafrique=CF; du congo-kinshasa=CD; du congo-brazzaville=CG | fr-CA
everyday-name | alexa dis-moi voir la capitale {} | de la macédoine=MK; de l'amérique=US; des émirats arabes=AE
everyday-name | alexa c'est quoi la capitale {} pour vrai | du vietnam=VN; de la biélorussie=BY; de la côte-d'ivoire=CI | fr-CA
everyday-name | alexa pis la capitale {} | de la grande-bretagne=GB; de l'angleterre=GB-ENG | fr-CA
everyday-name | alexa capitale {} c'est quoi déjà | du timor=TL; de la papouasie=PG; de saint-kitts=KN
everyday-name | alexa la capitale {} tu la sais | de saint-vincent=VC; d'antigua=AG; de trinidad=TT
# --- official-name
official-name | alexa quelle est la capitale {} | de la république fédérale d'allemagne=DE; de la confédération suisse=CH; du royaume des pays-bas=NL
official-name | alexa c'est quoi au juste la capitale {} | de la république populaire de chine=CN; de la fédération de russie=RU; de la république islamique d'iran=IR
official-name | alexa dis-moi un peu la capitale {} | du royaume-uni de grande-bretagne et d'irlande du nord=GB; de la république arabe syrienne=SY; du royaume hachémite de jordanie=JO
official-name | alexa la capitale {} c'est laquelle déjà | des états-unis d'amérique=US; de la république de corée=KR; de la république populaire démocratique de corée=KP | fr-CA
official-name | alexa et aussi la capitale {} | de la république du congo=CG; de la république démocratique du congo=CD; de la principauté d'andorre=AD
official-name | alexa capitale officielle {} | de la république de l'inde=IN; du royaume du maroc=MA; de la république algérienne=DZ | fr-CA
official-name | alexa la capitale de la {} c'est quoi | république tchèque=CZ; république dominicaine=DO; république centrafricaine=CF
official-name | alexa c'est quoi la capitale {} officiellement | de l'état de la cité du vatican=VA; du grand-duché de luxembourg=LU; de la principauté de monaco=MC
# --- old-name
old-name | alexa c'est quoi la capitale {} comme on disait avant | de la perse=IR; du siam=TH; de ceylan=LK
old-name | alexa la capitale {} c'était quoi | du zaïre=CD; de la haute-volta=BF; du dahomey=BJ
old-name | alexa dis-moi vite la capitale {} | de la rhodésie=ZW; du bechuanaland=BW; du tanganyika=TZ
old-name | alexa la capitale {} comme disait mon grand-père | de la yougoslavie=FB; de la tchécoslovaquie=FB | fr-CA
old-name | alexa et la capitale {} dans le temps | du kampuchéa=KH; de la birmanie=MM; de formose=TW | fr-CA
old-name | alexa la capitale {} à l'époque | de l'abyssinie=ET; du soudan français=ML; de la côte de l'or=GH
# --- shared-name
shared-name | alexa c'est quoi la capitale de la géorgie | GE+US-GA
shared-name | alexa la capitale de la corée | KP+KR
shared-name | alexa capitale du congo | CD+CG | fr-CA
shared-name | alexa c'est quoi les capitales des deux corées | KP+KR
shared-name | alexa les capitales des deux congo c'est quoi | CD+CG
shared-name | alexa c'est quoi la capitale des îles vierges | VG+VI | fr-CA
shared-name | alexa la capitale de la géorgie l'état américain | US-GA
shared-name | alexa la capitale de la géorgie dans le caucase | GE | fr-CA
shared-name | alexa la capitale de la corée du nord | KP
shared-name | alexa la capitale du congo de kinshasa | CD
shared-name | alexa la capitale des îles vierges britanniques | VG | fr-CA
shared-name | alexa la capitale des îles vierges américaines | VI
shared-name | alexa la géorgie sa capitale c'est quoi | GE+US-GA | fr-CA
shared-name | alexa euh la corée c'est quoi sa capitale | KP+KR | fr-CA
shared-name | alexa capitales des congos | CD+CG
shared-name | alexa les îles vierges ça a quoi comme capitale | VG+VI
# --- yes-no-check (the place asked about, right or wrong guess)
yes-no-check | alexa est-ce que la capitale de l'australie c'est sydney | AU
yes-no-check | alexa la capitale du canada c'est bien toronto | CA
yes-no-check | alexa c'est vrai que la capitale de la turquie c'est ankara | TR
yes-no-check | alexa la capitale du brésil c'est rio non | BR
yes-no-check | alexa j'ai parié que la capitale de la suisse c'est genève j'ai raison | CH
yes-no-check | alexa la capitale du maroc c'est casablanca hein | MA
yes-no-check | alexa est-ce que lagos c'est la capitale du nigeria | NG
yes-no-check | alexa c'est-tu montréal la capitale du québec | CA-QC | fr-CA
yes-no-check | alexa la capitale de la nouvelle-zélande c'est-tu auckland | NZ | fr-CA
yes-no-check | alexa j'ai-tu raison la capitale de la tanzanie c'est dodoma | TZ | fr-CA
yes-no-check | alexa vérifie-moi ça la capitale du kazakhstan c'est astana | KZ
yes-no-check | alexa la capitale du pakistan c'est karachi ou pas | PK
yes-no-check | alexa ma blonde dit que la capitale de la floride c'est miami c'est-tu vrai | US-FL | fr-CA
yes-no-check | alexa la capitale du myanmar c'est rangoun c'est ça | MM
yes-no-check | alexa est-ce que la capitale de l'inde c'est new delhi | IN
yes-no-check | alexa c'est vrai que la capitale de la côte d'ivoire c'est plus abidjan | CI
yes-no-check | alexa la capitale du vietnam c'est hô chi minh-ville oui ou non | VN
yes-no-check | alexa la capitale de la californie c'est-tu los angeles | US-CA | fr-CA
yes-no-check | alexa dis-moi si la capitale du burundi c'est bujumbura | BI
yes-no-check | alexa est-ce que berne c'est la capitale de la suisse | CH | fr-CA
yes-no-check | alexa belize city c'est la capitale du belize ou pas | BZ
yes-no-check | alexa la capitale de l'écosse c'est glasgow je crois | GB-SCT
# --- self-correction (the last place named)
self-correction | alexa la capitale de l'autriche non attends de l'australie | AU
self-correction | alexa c'est quoi la capitale de la slovénie pardon de la slovaquie | SK
self-correction | alexa la capitale du niger enfin je veux dire du nigeria | NG
self-correction | alexa la capitale de l'islande euh non de l'irlande | IE
self-correction | alexa la capitale de la suède non attends de la suisse | CH
self-correction | alexa la capitale de l'iran pardon de l'irak | IQ
self-correction | alexa la capitale de la gambie je veux dire de la zambie | ZM
self-correction | alexa la capitale de la guinée équatoriale non excuse de la guinée-bissau | GW
self-correction | alexa c'est quoi la capitale de la colombie non attends du cambodge | KH
self-correction | alexa la capitale de la dominique pardon de la république dominicaine | DO
self-correction | alexa la capitale du mali non non du malawi | MW
self-correction | alexa la capitale de la mauritanie euh je veux dire de maurice | MU
self-correction | alexa la capitale du manitoba non attends de l'alberta | CA-AB | fr-CA
self-correction | alexa la capitale de la lettonie excuse-moi de la lituanie | LT | fr-CA
self-correction | alexa la capitale de l'ouganda non pardon du rwanda | RW | fr-CA
self-correction | alexa la capitale de la bolivie je veux dire du paraguay | PY | fr-CA
self-correction | alexa la capitale du soudan oups du soudan du sud | SS | fr-CA
self-correction | alexa la capitale du liberia non attends de la sierra leone | SL
# --- reverse-question (CITY:<capital>)
reverse-question | alexa ouagadougou c'est la capitale de quel pays | CITY:Ouagadougou
reverse-question | alexa canberra c'est la capitale de quoi | CITY:Canberra
reverse-question | alexa de quel pays tbilissi est la capitale | CITY:Tbilissi
reverse-question | alexa windhoek c'est la capitale de quel pays | CITY:Windhoek
reverse-question | alexa tegucigalpa c'est où c'est la capitale de quoi | CITY:Tegucigalpa
reverse-question | alexa bichkek c'est la capitale de quel pays déjà | CITY:Bichkek
reverse-question | alexa paramaribo c'est la capitale de quoi | CITY:Paramaribo | fr-CA
reverse-question | alexa regina c'est la capitale de quelle province | CITY:Regina | fr-CA
reverse-question | alexa à quel pays appartient la capitale vientiane | CITY:Vientiane
reverse-question | alexa nouakchott c'est la capitale de quel pays | CITY:Nouakchott | fr-CA
reverse-question | alexa asmara c'est la capitale de quel pays | CITY:Asmara
reverse-question | alexa fredericton c'est-tu la capitale de quelque chose | CITY:Fredericton | fr-CA
reverse-question | alexa victoria c'est la capitale de quoi | CITY:Victoria | fr-CA
reverse-question | alexa de quel état sacramento est la capitale | CITY:Sacramento
reverse-question | alexa ljubljana c'est la capitale de quel pays | CITY:Ljubljana
reverse-question | alexa port-louis c'est la capitale de quel pays | CITY:Port-Louis
reverse-question | alexa funafuti c'est la capitale de quoi | CITY:Funafuti
reverse-question | alexa majuro c'est la capitale de quel pays | CITY:Majuro | fr-CA
# --- recognition: what ASR writes
recognition | alexa c'est quoi la capitale {} là | de la nor vège=NO; du gua temala=GT; de l'ouzbé kistan=UZ
recognition | alexa euh la capitale {} | de la thailande=TH; du perou=PE; de la coree du sud=KR
recognition | alexa capitale {} c'est quoi | de l'equateur=EC; du senegal=SN; de l'ethiopie=ET
recognition | alexa lacapitale {} | du japon=JP; de l'espagne=ES
recognition | alexa c est quoi la capitale {} | du kenya=KE; de la somalie=SO; du koweit=KW
recognition | alexa la capitale {} s'il te plait | du mozan bique=MZ; de l'afrique du sud=ZA; de la tan zanie=TZ
recognition | alexa quel est la capital {} | du vénézuéla=VE; du nicaragua=NI; du surinam=SR | fr-CA
recognition | alexa c'est quoi ça la capitale {} | de la zone bie=ZM; du mal à oui=MW; de ouganda=UG | fr-CA
recognition | alexa la capitale {} c'est quoi ça | de l'estonie=EE; de la letonie=LV; de la lituani=LT | fr-CA
recognition | alexa la capitale {} euh | de l'arabie saoudite=SA; des émirats arabe unis=AE; du qatar=QA | fr-CA
recognition | alexa capital {} | de l'irlande=IE; de la grece=GR; de la tunisie=TN
# --- one-shot through the invocation name
one-shot | alexa demande à capitales du monde la capitale {} | du rwanda=RW; de la mongolie=MN; des seychelles=SC
one-shot | alexa ouvre capitales du monde et dis-moi la capitale {} | du laos=LA; du népal=NP
one-shot | alexa lance capitales du monde quelle est la capitale {} | de la finlande=FI; du danemark=DK
one-shot | alexa demande à capitales du monde c'est quoi la capitale {} | du salvador=SV; du honduras=HN; de la jamaïque=JM | fr-CA
one-shot | alexa avec capitales du monde trouve la capitale {} | du yémen=YE; d'oman=OM | fr-CA
one-shot | alexa capitales du monde la capitale {} | de l'éthiopie=ET; du soudan=SD
one-shot | alexa demande aux capitales du monde la capitale {} | du kosovo=XK; de la serbie=RS | fr-CA
# --- launch
launch | alexa ouvre capitales du monde | LAUNCH
launch | alexa lance capitales du monde s'il te plaît | LAUNCH
launch | alexa démarre capitales du monde pour les jumeaux | LAUNCH
launch | alexa on joue à capitales du monde | LAUNCH
launch | alexa ouvre-moi capitales du monde | LAUNCH | fr-CA
launch | alexa part capitales du monde | LAUNCH | fr-CA
launch | alexa mets capitales du monde pour la classe | LAUNCH | fr-CA
launch | alexa capitales du monde | LAUNCH
launch | alexa lance le jeu capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre l'appli capitales du monde | LAUNCH
# --- help
help | aide | HELP
help | alexa aide-moi | HELP
help | je sais pas quoi dire | HELP
help | comment ça marche | HELP
help | qu'est-ce que je peux te demander | HELP
help | tu sais faire quoi | HELP
help | j'ai besoin d'aide | HELP
help | c'est quoi les règles | HELP
help | explique-moi comment on joue | HELP
help | qu'est-ce que tu peux faire | HELP
help | comment je fais pour demander une capitale | HELP
help | à l'aide | HELP
help | aide-moi donc | HELP | fr-CA
help | comment ça fonctionne ton affaire | HELP | fr-CA
help | je comprends pas comment ça marche | HELP | fr-CA
help | qu'est-ce que je dis là | HELP | fr-CA
help | tu peux m'expliquer | HELP | fr-CA
help | je suis perdu aide-moi | HELP | fr-CA
help | c'est quoi que je peux demander | HELP | fr-CA
help | donne-moi des exemples | HELP
help | j'sais pas comment faire | HELP | fr-CA
help | montre-moi comment ça marche | HELP
# --- stop
stop | stop | STOP
stop | arrête | STOP
stop | alexa arrête | STOP
stop | alexa stop | STOP
stop | arrête-toi | STOP
stop | tais-toi | STOP
stop | ferme-la | STOP
stop | quitte | STOP
stop | sortir | STOP
stop | c'est fini | STOP
stop | arrête le jeu | STOP
stop | ferme capitales du monde | STOP
stop | arrête ça | STOP | fr-CA
stop | ferme ça | STOP | fr-CA
stop | ça suffit | STOP | fr-CA
stop | arrête de parler | STOP | fr-CA
stop | quitte le jeu | STOP | fr-CA
stop | stop stop | STOP | fr-CA
stop | ferme-toi | STOP | fr-CA
stop | on arrête là | STOP | fr-CA
stop | alexa quitte capitales du monde | STOP
stop | éteins-toi | STOP
# --- cancel
cancel | annule | CANCEL
cancel | alexa annule | CANCEL
cancel | laisse tomber | CANCEL
cancel | oublie ça | CANCEL
cancel | annuler | CANCEL
cancel | non laisse tomber | CANCEL
cancel | oublie | CANCEL
cancel | annule ça | CANCEL
cancel | c'est pas grave laisse tomber | CANCEL
cancel | oublie ma question | CANCEL
cancel | non annule | CANCEL
cancel | laisse faire | CANCEL | fr-CA
cancel | oublie ça d'abord | CANCEL | fr-CA
cancel | annule ça là | CANCEL | fr-CA
cancel | laisse donc faire | CANCEL | fr-CA
cancel | non non annule | CANCEL | fr-CA
cancel | oublie ça c'est correct | CANCEL | fr-CA
cancel | laisse tomber c'est beau | CANCEL | fr-CA
cancel | annule la question | CANCEL | fr-CA
cancel | laisse tomber je demanderai à papa | CANCEL
cancel | annule annule | CANCEL
cancel | bon oublie | CANCEL
# --- out-of-domain: other facts, other senses of capital, places the data lacks, everyday requests
out-of-domain | alexa combien d'habitants en norvège | FB
out-of-domain | alexa quelle est la monnaie de la hongrie | FB
out-of-domain | alexa quelle langue on parle au mozambique | FB
out-of-domain | alexa c'est quoi le plus haut sommet du japon | FB
out-of-domain | alexa quelle heure il est à tokyo | FB
out-of-domain | alexa qui est le président du portugal | FB
out-of-domain | alexa c'est quoi le drapeau de la lituanie | FB
out-of-domain | alexa combien de temps de vol pour la réunion | FB
out-of-domain | alexa quelle est la capitale de la gastronomie | FB
out-of-domain | alexa c'est quoi la capitale mondiale du fromage | FB
out-of-domain | alexa combien j'ai de capital sur mon livret a | FB
out-of-domain | alexa écris le mot capitale en lettres capitales | FB
out-of-domain | alexa c'est quoi la peine capitale | FB
out-of-domain | alexa quelle est la capitale de la lorraine | FB
out-of-domain | alexa c'est quoi la capitale des landes | FB
out-of-domain | alexa quelle est la capitale de la camargue | FB
out-of-domain | alexa c'est quoi la capitale du jura | FB
out-of-domain | alexa la capitale de la touraine c'est quoi | FB
out-of-domain | alexa quelle est la capitale du pays basque espagnol | FB
out-of-domain | alexa c'est quoi la capitale de la bretagne | FB
out-of-domain | alexa c'est quoi la capitale du wakanda | FB
out-of-domain | alexa quelle est la capitale de l'atlantide | FB
out-of-domain | alexa c'est quoi la capitale de la lune | FB
out-of-domain | alexa mets un minuteur de dix minutes pour les pâtes | FB
out-of-domain | alexa quel temps fait-il à nice demain | FB
out-of-domain | alexa joue du jul | FB
out-of-domain | alexa ajoute du comté à la liste de courses | FB
out-of-domain | alexa raconte une blague | FB
out-of-domain | alexa allume la lumière du salon | FB
out-of-domain | alexa la socca ça se fait avec quoi | FB
out-of-domain | alexa c'est quand la feria de dax | FB
out-of-domain | alexa qui a gagné le tour de france l'an dernier | FB
out-of-domain | alexa combien de pays en afrique | FB
out-of-domain | alexa quel est le plus grand pays du monde | FB
out-of-domain | alexa c'est quoi la plus grande ville du brésil | FB
out-of-domain | alexa combien de kilomètres entre nancy et metz | FB
out-of-domain | alexa traduis bonjour en tamoul | FB
out-of-domain | alexa quelle est la population de mayotte | FB
out-of-domain | alexa c'est quoi la capitale des açores | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de madère | FB | fr-CA
out-of-domain | alexa quelle est la capitale de la gaspésie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'abitibi | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale du homard | FB | fr-CA
out-of-domain | alexa quelle est la capitale de la côte-nord | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la mauricie | FB | fr-CA
out-of-domain | alexa combien de monde vivent à sept-îles | FB | fr-CA
out-of-domain | alexa quelle température y fait à rouyn-noranda | FB | fr-CA
out-of-domain | alexa c'est quoi le plus long fleuve du canada | FB | fr-CA
out-of-domain | alexa qui est le premier ministre du québec | FB | fr-CA
out-of-domain | alexa combien ça coûte un billet pour le mexique | FB | fr-CA
out-of-domain | alexa mets de la musique country | FB | fr-CA
out-of-domain | alexa quelle langue on parle aux philippines | FB | fr-CA
out-of-domain | alexa c'est quoi la monnaie du maroc | FB | fr-CA
out-of-domain | alexa combien de gain en capital je paye sur mon chalet | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du hockey | FB | fr-CA
out-of-domain | alexa rappelle-moi de sortir le bac de recyclage | FB | fr-CA
out-of-domain | alexa c'est quand la prochaine game du canadien | FB | fr-CA
out-of-domain | alexa c'est-tu loin gatineau d'ottawa | FB | fr-CA
out-of-domain | alexa quelle heure il est à manille | FB | fr-CA
out-of-domain | alexa ça s'écrit comment ouagadougou | FB | fr-CA
out-of-domain | alexa quelle est la capitale de la nouvelle-angleterre | FB | fr-CA
out-of-domain | alexa c'est quoi l'indicatif téléphonique du portugal | FB | fr-CA
out-of-domain | alexa quelle est la capitale de la beauce | FB | fr-CA
out-of-domain | alexa combien de provinces au canada | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la scandinavie | FB
out-of-domain | alexa quelle est la capitale de l'europe | FB
out-of-domain | alexa c'est quoi la capitale du pays de cocagne | FB
out-of-domain | alexa c'est quoi l'hymne du sénégal | FB
out-of-domain | alexa quelle est la religion au népal | FB
out-of-domain | alexa quelle est la superficie du tchad | FB
out-of-domain | alexa le fromager dit que le capital de la fruitière a doublé c'est quoi le capital social | FB
out-of-domain | alexa réveille-moi à six heures pour la tournée | FB
out-of-domain | alexa appelle maman | FB
out-of-domain | alexa quelle est la deuxième ville du maroc | FB
out-of-domain | alexa quels pays ont le mot guinée dans leur nom | FB
out-of-domain | alexa combien de fuseaux horaires en russie | FB
out-of-domain | alexa joue la radio nostalgie | FB
out-of-domain | alexa c'est quoi la capitale de la mer | FB
out-of-domain | alexa c'est quoi une lettre capitale | FB
out-of-domain | alexa c'est quoi la capitale de mars | FB
# --- more situations: fr-FR
nice | alexa à l'aéroport de nice le vol suivant part pour la capitale {} c'est quoi | d'israël=IL; de sainte-lucie=LC
nice | alexa la tata de cagnes veut la capitale {} avant la pissaladière | de la croatie=HR; de l'arménie=AM
lorraine | alexa devant la cathédrale de metz un car de touristes {} la capitale c'est quoi | de lituanie=LT
lorraine | alexa au marché couvert de nancy la bergamote et la capitale {} | de l'ukraine=UA
landes | alexa au fronton de bayonne non d'hossegor c'est quoi la capitale {} | du costa rica=CR; du brésil=BR
camargue | alexa sur le marché aux taureaux un espagnol demande la capitale {} | de la colombie=CO; du venezuela=VE
jura | alexa dans la cave d'affinage le froid me fait oublier la capitale {} | du laos=LA; de la birmanie=MM
touraine | alexa au zooparc de beauval le panda vient de chine mais c'est quoi la capitale {} | de la chine=CN; du vietnam=VN
touraine | alexa pendant les fouées à la ferme la capitale {} | de l'inde=IN; du sri lanka=LK
mayotte | alexa au lagon le plongeur vient {} c'est quoi la capitale | de la réunion=RE; de l'afrique du sud=ZA
saint-pierre | alexa pendant la tempête à miquelon dis-moi la capitale {} | de l'alaska=US-AK; du groenland=GL
luso | alexa dans la voiture vers le portugal on passe {} c'est quoi la capitale | par l'espagne=ES; par l'andorre=AD
mali | alexa au grin les vieux discutent de la capitale {} | de la centrafrique=CF; du cameroun=CM; du gabon=GA
tamoul | alexa pour le mariage de ma cousine on va {} c'est quoi la capitale | à singapour=SG; en malaisie=MY; à maurice=MU
khmer | alexa mon grand-père a fui par {} c'est quoi la capitale | la thaïlande=TH; le laos=LA
erasmus-de | alexa ich meine la capitale {} c'est quoi | de la autriche=AT; de le liechtenstein=LI
erasmus-es | alexa madre mía j'oublie toujours la capitale {} | de la argentine=AR; de le chili=CL
nounou | alexa for the homework of the petit la capitale {} please | de la israël=IL
enfants | alexa ma maîtresse a dit que la capitale {} c'est trop dur c'est quoi | de l'islande=IS; du kazakhstan=KZ
enfants | alexa dans mon livre de dinosaures y a la capitale {} c'est quoi | du maroc=MA; de l'argentine=AR
ados | alexa mon prof de géo est chelou il demande la capitale {} | de l'érythrée=ER; du tadjikistan=TJ
ados | alexa pour le tiktok on doit dire la capitale {} | de la corée du nord=KP; de l'iran=IR
infirmiere | alexa monsieur martin était marin il me demande la capitale {} | du pérou=PE; des tonga=TO
hotesse | alexa le passager du vingt-trois demande la capitale {} | de la jordanie=JO; du liban=LB; d'israël=IL
phare | alexa le gardien de l'autre phare veut la capitale {} | de l'irlande=IE; du portugal=PT
marche | alexa je vends du comté à un monsieur {} c'est quoi sa capitale | du danemark=DK; de la lettonie=LV
jeux | alexa à l'apéro géographie la question c'est la capitale {} | de saint-christophe-et-niévès=KN; de saint-vincent-et-les-grenadines=VC; d'antigua-et-barbuda=AG
jeux | alexa dans le jeu de l'oie de mamie la case trente demande la capitale {} | des bahamas=BS
sport | alexa l'adversaire de la coupe davis vient {} c'est quoi la capitale | du kazakhstan=KZ; de la croatie=HR; de la serbie=RS
sport | alexa au mondial de rugby les fidjiens jouent contre {} c'est quoi la capitale | la géorgie le pays=GE; l'uruguay=UY; la namibie=NA
# --- fr-FR: a Berrichon family farm and a Vosges sawmill
berry | alexa à la ferme du berry le vieux demande la capitale {} | de la roumanie=RO; de la moldavie=MD; de la bulgarie=BG
berry | alexa en moissonnant je pense à la capitale {} c'est quoi | de l'ukraine=UA; de la biélorussie=BY
berry | alexa au concours de labour dis-moi la capitale {} | de la hongrie=HU
vosges | alexa à la scierie de gérardmer le chef demande la capitale {} | de la suède=SE; de la finlande=FI; de l'estonie=EE
vosges | alexa pendant la fête des jonquilles c'est quoi la capitale {} | de la belgique=BE
vosges | alexa la myrtille est prête mais la capitale {} c'est laquelle | de la nouvelle-zélande=NZ
# --- more situations: fr-CA
gaspesie | alexa au festival en chanson de petite-vallée c'est quoi la capitale {} | du cameroun=CM; du sénégal=SN | fr-CA
gaspesie | alexa au parc forillon un randonneur demande la capitale {} | de l'autriche=AT | fr-CA
abitibi | alexa au refuge pageau dis-moi la capitale {} | de l'australie=AU; du kenya=KE | fr-CA
outaouais | alexa au musée canadien de l'histoire une classe demande la capitale {} | de l'égypte=EG; de la grèce=GR; de l'irak=IQ | fr-CA
outaouais | alexa au parc de la gatineau dis-moi voir la capitale {} | de la norvège=NO; de la pologne=PL | fr-CA
cote-nord | alexa au festival du bleuet de tadoussac non de sept-îles c'est quoi la capitale {} | de sainte-lucie=LC; d'israël=IL | fr-CA
cote-nord | alexa sur la route cent trente-huit pas de réseau pis la capitale {} | de la russie=RU; du kazakhstan=KZ | fr-CA
mauricie | alexa à la fabrique de papier de trois-rivières le contremaître demande la capitale {} | de la finlande=FI; de la suède=SE | fr-CA
mauricie | alexa au festival western de saint-tite c'est quoi la capitale {} | du texas=US-TX; du wyoming=US-WY; du colorado=US-CO | fr-CA
temporaires | alexa mi esposa à la maison elle demande la capitale {} | de cuba=CU; de haïti=HT | fr-CA
luso-quebec | alexa pendant le match du portugal au café c'est quoi la capitale {} | du ghana=GH; de l'uruguay=UY | fr-CA
luso-quebec | alexa ma madrinha veut la capitale {} | du brésil=BR; de la guinée-bissau=GW | fr-CA
maroc-quebec | alexa wallah j'ai oublié la capitale {} | de l'algérie=DZ; du sénégal=SN | fr-CA
maroc-quebec | alexa au hammam le voisin veut la capitale {} | de la jordanie=JO; du qatar=QA | fr-CA
philippins | alexa salamat po mais c'est quoi la capitale {} | du japon=JP; de taïwan=TW; de la malaisie=MY | fr-CA
philippins | alexa ma tita travaille {} c'est quoi la capitale | aux émirats arabes unis=AE; à hong kong=HK; au koweït=KW | fr-CA
franco-americains | alexa à manchester au new hampshire ma tante demande la capitale {} | de la californie=US-CA; du new jersey=US-NJ | fr-CA
franco-americains | alexa le club social franco de biddeford cherche la capitale {} | du québec=CA-QC; du nouveau-brunswick=CA-NB | fr-CA
jobs-quebec | alexa à la cabane du déneigeur on gage sur la capitale {} | du minnesota=US-MN; du dakota du nord=US-ND | fr-CA
jobs-quebec | alexa à la clinique vétérinaire de la beauce le fermier demande la capitale {} | du danemark=DK | fr-CA
jeux-quebec | alexa à la soirée quiz du sous-sol d'église c'est quoi la capitale {} | du honduras=HN; du guatemala=GT; du panama=PA | fr-CA
jeux-quebec | alexa au bingo de la salle paroissiale la madame demande la capitale {} | de l'espagne=ES; de l'italie=IT | fr-CA
jeunes-quebec | alexa pour mon oral de secondaire un c'est quoi la capitale {} | du burkina faso=BF; du mali=ML; du niger=NE | fr-CA
jeunes-quebec | alexa au camp de jour le moniteur veut savoir la capitale {} | de l'inde=IN; de la chine=CN | fr-CA
# --- plurals again
plural-capitals | alexa ma fille dit que {} a deux capitales c'est lesquelles | la palestine=PS; la malaisie=MY; le sri lanka=LK
plural-capitals | alexa c'est quoi les trois capitales {} | de l'afrique du sud=ZA
plural-capitals | alexa à la fruitière on se demande les deux capitales {} | du bénin=BJ; des pays-bas=NL
plural-capitals | alexa ils ont combien de capitales {} pis c'est quoi | le bénin=BJ; l'eswatini=SZ; la palestine=PS | fr-CA
plural-capitals | alexa dis-moi les deux capitales {} | de montserrat=MS; de l'uttarakhand=IN-UK | fr-CA
# --- more shared names
shared-name | alexa c'est quoi la capitale de la corée vite | KP+KR
shared-name | alexa la capitale du congo s'il vous plaît | CD+CG
shared-name | alexa la capitale du congo brazzaville | CG | fr-CA
shared-name | alexa la géorgie c'est quoi sa capitale | GE+US-GA
shared-name | alexa la capitale de la corée du sud | KR | fr-CA
shared-name | alexa la capitale des îles vierges hein | VG+VI
# --- more yes-no, self-correction, reverse
yes-no-check | alexa la capitale d'israël c'est tel-aviv | IL
yes-no-check | alexa castries c'est bien la capitale de sainte-lucie | LC
yes-no-check | alexa la capitale de la bolivie c'est-tu la paz | BO | fr-CA
yes-no-check | alexa la capitale de l'alberta c'est calgary han | CA-AB | fr-CA
self-correction | alexa la capitale de saint-vincent non attends de sainte-lucie | LC
self-correction | alexa la capitale de la jordanie pardon d'israël | IL | fr-CA
reverse-question | alexa castries c'est la capitale de quoi | CITY:Castries
reverse-question | alexa charlottetown c'est la capitale de quelle province | CITY:Charlottetown | fr-CA
reverse-question | alexa thimphu c'est dans quel pays | CITY:Thimphu
reverse-question | alexa yaoundé c'est la capitale de quel pays | CITY:Yaoundé | fr-CA
reverse-question | alexa de quel pays lilongwe est la capitale | CITY:Lilongwe
reverse-question | alexa honiara c'est la capitale de quoi | CITY:Honiara | fr-CA
# --- one-shot and launch with a situation
one-shot | alexa demande à capitales du monde la capitale d'israël | IL
one-shot | alexa ouvre capitales du monde pour la capitale de sainte-lucie | LC | fr-CA
launch | alexa ouvre capitales du monde on fait l'apéro géo | LAUNCH
launch | alexa démarre capitales du monde pour le quiz du pub | LAUNCH | fr-CA
launch | alexa lance capitales du monde pour les élèves | LAUNCH
launch | alexa ouvre capitales du monde j'ai un examen demain | LAUNCH | fr-CA
# --- help, stop, cancel with a situation
help | alexa je sais pas comment jouer à ton jeu de capitales | HELP
help | alexa comment on fait avec capitales du monde | HELP
help | alexa les jumeaux comprennent pas aide-nous | HELP
help | alexa mamie sait pas quoi demander explique-lui | HELP
help | alexa qu'est-ce que je peux dire pour avoir une capitale | HELP
help | alexa c'est quoi les commandes | HELP | fr-CA
help | alexa ma mémère sait pas comment ça marche aide-la | HELP | fr-CA
help | alexa donne-moi un coup de main avec le jeu | HELP | fr-CA
help | alexa comment je pose une question | HELP | fr-CA
help | alexa explique-moi le jeu des capitales | HELP
stop | alexa arrête les capitales on mange | STOP
stop | alexa stop le jeu la soupe est servie | STOP
stop | alexa arrête on est arrivés | STOP
stop | alexa ferme le jeu des capitales | STOP
stop | alexa arrête tout je dois conduire | STOP
stop | alexa c'est bon on arrête | STOP
stop | alexa arrête c'est l'heure du dodo | STOP | fr-CA
stop | alexa ferme ça l'autobus arrive | STOP | fr-CA
stop | alexa arrête la partie | STOP | fr-CA
stop | alexa stop j'ai fini ma tournée | STOP
stop | alexa quitte les capitales | STOP | fr-CA
stop | alexa c'est assez pour à soir | STOP | fr-CA
cancel | alexa annule la question sur le pérou | CANCEL
cancel | alexa laisse tomber le patient arrive | CANCEL
cancel | alexa oublie ça le client revient | CANCEL
cancel | alexa annule je me suis trompé | CANCEL
cancel | alexa non oublie je demande à ma soeur | CANCEL
cancel | alexa laisse tomber j'ai trouvé dans le livre | CANCEL
cancel | alexa annule ma demande | CANCEL | fr-CA
cancel | alexa laisse faire mon chum le sait | CANCEL | fr-CA
cancel | alexa oublie ça la game commence | CANCEL | fr-CA
cancel | alexa annule ça j'ai plus besoin | CANCEL | fr-CA
cancel | alexa non laisse faire c'est correct | CANCEL | fr-CA
cancel | alexa laisse tomber la question | CANCEL
# --- more out-of-domain, set in this round's situations
out-of-domain | alexa c'est quoi la spécialité de nice à part la socca | FB
out-of-domain | alexa à quelle heure ferme la place stanislas | FB
out-of-domain | alexa la mirabelle c'est de saison quand | FB
out-of-domain | alexa combien de bandas à la feria de dax | FB
out-of-domain | alexa c'est quoi la race des taureaux de camargue | FB
out-of-domain | alexa combien de temps faut-il pour affiner un comté | FB
out-of-domain | alexa quand est-ce qu'on visite chenonceau | FB
out-of-domain | alexa quelle est la langue officielle de mayotte | FB
out-of-domain | alexa c'est quoi la capitale du vin en touraine | FB
out-of-domain | alexa quel est le plat national du cambodge | FB
out-of-domain | alexa combien de langues on parle en inde | FB
out-of-domain | alexa combien coûte un vol paris bamako | FB
out-of-domain | alexa c'est quoi la capitale de la haute-savoie | FB
out-of-domain | alexa combien de tours de roue à la course landaise | FB
out-of-domain | alexa quelle est la monnaie des comores | FB
out-of-domain | alexa quel temps il fait à percé | FB | fr-CA
out-of-domain | alexa c'est quand la saison des fous de bassan | FB | fr-CA
out-of-domain | alexa combien de mines en abitibi | FB | fr-CA
out-of-domain | alexa à quelle heure ouvre le musée canadien de l'histoire | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale de la motoneige | FB | fr-CA
out-of-domain | alexa combien de monde au festival western de saint-tite | FB | fr-CA
out-of-domain | alexa quelle est la capitale de la montérégie | FB | fr-CA
out-of-domain | alexa c'est quoi le salaire minimum au québec | FB | fr-CA
out-of-domain | alexa quelle langue on parle en nouvelle-angleterre | FB | fr-CA
out-of-domain | alexa mets une alarme pour la tournée de déneigement | FB | fr-CA
"""

if __name__ == "__main__":
    build_round(32, "fr", LINES, sys.argv, "tests/Eval/fr/round32/source/build_corpus.py")
