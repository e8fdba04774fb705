"""Round 25, French (fr-FR, fr-CA): a new author's own mix, written blind, about a third of the lines fr-CA. Speakers
chosen apart from rounds 21-24. France on fr-FR devices: Lyonnais at a bouchon, the Croix-Rousse market and the Fête
des Lumières ("mon gone", "dis-voir", "y a pas de gêne", "tout gâté"), Toulousains and the south-west ("boudu con",
"macarel", "pitchoun", the chocolatine, Stade Toulousain, Airbus, the Cité de l'espace), Bretons ("ma doué", "kenavo",
the fest-noz, a boat off Brest, a Lorient sailor grandfather), young people of the banlieue ("wallah", "askip", "ma
daronne", "frérot", "starfoullah", "mon reuf", "zarma"-free), the West African diaspora in Paris (Ivorian, Cameroonian
and Senegalese: "on dit quoi", "c'est comment", "dêh", "y a pas drap", "on est ensemble", "ça va aller", "la tantie",
"le môgô", Château-Rouge market), a Kabyle-French family ("a mmi", "saha", "ma yemma", going to the bled), learners (a
Ukrainian refugee family: "je apprends", "le capitale", "quel ville"; Dutch campers in Ardèche: "hoe zeg je", "ja ja");
at work: a long-distance trucker in the jams and on the CB, a baker at four in the morning, a driving-school pupil, a
building site at the casse-croûte; games: the Tour de France on TV, pétanque, Scrabble, "Qui veut gagner des millions"
(phone a friend), "Le Maillon faible", an escape game, karaoke, Pictionary, "le jeu des mille euros"; at home: washing
up, DIY, walking the dog, the sleeping baby, the pot-au-feu, folding and hanging the washing, squabbling children.
Canada (fr-CA): Acadians of the Baie Sainte-Marie and Chéticamp ("je sais point", "j'avons", "quoi-ce que", "asteure",
"pourrais-ti", the Festival acadien de Clare, lobster fishing), Franco-Manitobans in Saint-Boniface (the Festival du
Voyageur, "hé ho", minus forty, a Métis grandmother), Beaucerons ("mets-en", "c'est pas pire", "on s'obstine"),
Haitian-Quebecers in Montréal-Nord ("sak pase", "ti cousin mwen", "map mande w", "souple"), a moose-hunting camp
("cibole", the log chalet), tree planters ("batinse", black flies), minor-hockey arena and the Zamboni, a CHSLD night
attendant with residents (vous register), a trucker on the 20 and the drive to Old Orchard ("aux states", the service
au volant), "Génies en herbe" practice, "La Poule aux œufs d'or", a kitchen party, an épluchette de blé d'Inde,
everyday Quebec speech ("c'est plate", "j'ai de la misère", "ça a pas d'allure", "mosus", "chu tanné", "ben là", "lâche
pas la patate", "en masse", "m'achale", "veux-tu ben", "c'est malade", "toé qui sais toute", "d'abord", "han"). Plus
follow-ups, yes/no checks with right and wrong guesses, self-corrections, reverse questions, official, everyday and old
names, shared names (Géorgie, Congo, Corée, îles Vierges, the Dakotas and Carolinas), plurals (every several-capital
country, Palestine, Montserrat, Jammu-et-Cachemire, Uttarakhand), subdivisions (Canadian provinces and territories, US,
Mexican, Brazilian, German, Indian and Australian states, the UK's nations) and territories, one-shot requests through
"capitales du monde", launch, help, stop and cancel, out-of-domain near misses (other facts about a named country,
"capital" as money, a letter, the death penalty, the deadly sins, the TV show on M6; regions, préfectures and
chefs-lieux the data lacks; everyday requests), and what recognition writes (lost accents, lost hyphens, misspellings,
"autruche" for Autriche). `python3 tests/Eval/fr/round25/source/build_corpus.py [--check]`; the mechanics are in
source/round12_hinl_corpus.py (build_round with round 25's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# France and neighbours on fr-FR devices: Lyon
lyon | alexa dis-voir mon gone c'est quoi la capitale {} | du chili=CL
lyon | alexa entre deux quenelles tu me dis la capitale {} | de la colombie=CO; du venezuela=VE
lyon | alexa on est au bouchon avec les collègues la capitale {} c'est laquelle | du paraguay=PY
lyon | alexa pendant la fête des lumières un touriste m'a demandé la capitale {} | du japon=JP; de taïwan=TW
lyon | alexa y a pas de gêne hein mais c'est quoi déjà la capitale {} | de la slovénie=SI
lyon | alexa mon gone il me demande la capitale {} pour ses devoirs | de la croatie=HR; de la serbie=RS; de la bosnie-herzégovine=BA
lyon | alexa je suis tout gâté aujourd'hui rappelle-moi la capitale {} | de la roumanie=RO
lyon | alexa au marché de la croix-rousse on se demandait la capitale {} | du liban=LB; de chypre=CY
# Toulouse and the south-west
toulouse | alexa boudu con c'est quoi la capitale {} | de l'andorre=AD
toulouse | alexa macarel je sèche la capitale {} c'est laquelle | des fidji=FJ; des samoa=WS; des tonga=TO
toulouse | alexa le stade toulousain joue contre {} ce week-end c'est quoi leur capitale | l'argentine=AR
toulouse | alexa le pitchoun veut savoir la capitale {} avant de manger sa chocolatine | du canada=CA
toulouse | alexa chez airbus on a un client {} c'est quoi la capitale là-bas | du qatar=QA; des émirats arabes unis=AE
toulouse | alexa à la cité de l'espace un gamin m'a demandé la capitale {} | de la russie=RU
toulouse | alexa oh fan de pitchoune la capitale {} c'est quoi con | de la grèce=GR
# Brittany
bretagne | alexa ma doué je me souviens plus de la capitale {} | du pays de galles=GB-WLS; de l'écosse=GB-SCT
bretagne | alexa au fest-noz on se demandait la capitale {} dis donc | de l'islande=IS
bretagne | alexa sur le bateau au large de brest c'est quoi la capitale {} | du cap-vert=CV; de la guinée-bissau=GW; de la sierra leone=SL
bretagne | alexa kenavo les copains mais avant ça la capitale {} c'est quoi | de la lettonie=LV; de l'estonie=EE
bretagne | alexa entre deux galettes bon ben la capitale {} | de la hongrie=HU
bretagne | alexa mon grand-père était marin à lorient il me demande la capitale {} | de la mauritanie=MR; de la gambie=GM
# Young people from the banlieue
banlieue | alexa wallah je sais pas c'est quoi la capitale {} | de la tunisie=TN
banlieue | alexa askip la capitale {} c'est une ville trop bizarre c'est laquelle | du turkménistan=TM
banlieue | alexa ma daronne elle demande la capitale {} | du mali=ML; des comores=KM
banlieue | alexa frérot dis-moi vite fait la capitale {} | de l'azerbaïdjan=AZ; de l'arménie=AM
banlieue | alexa c'est chaud j'ai un contrôle demain la capitale {} c'est quoi | de la libye=LY; du soudan=SD
banlieue | alexa starfoullah j'ai zappé la capitale {} | de l'afghanistan=AF; du bangladesh=BD
banlieue | alexa mon reuf il dit que tu connais pas la capitale {} | de la côte d'ivoire=CI
# West African diaspora in Paris
afrique | alexa on dit quoi la capitale {} c'est comment | du cameroun=CM; du gabon=GA; du tchad=TD
afrique | alexa dêh ma petite soeur veut connaître la capitale {} | du togo=TG
afrique | alexa mon frère y a pas drap c'est quoi la capitale {} | de la guinée=GN; de la guinée équatoriale=GQ; de la république centrafricaine=CF
afrique | alexa inch'allah tu connais la capitale {} | de la gambie=GM; du liberia=LR; du niger=NE
afrique | alexa on est ensemble hein la capitale {} c'est quelle ville | du rwanda=RW; du burundi=BI; de l'ouganda=UG
afrique | alexa au marché de château-rouge la tantie demande la capitale {} | de l'éthiopie=ET
afrique | alexa ça va aller mais dis-moi d'abord la capitale {} | du congo-brazzaville=CG
afrique | alexa le môgô du quartier dit que la capitale {} c'est abidjan c'est vrai | de la côte d'ivoire=CI
# A Kabyle-French family
kabyle | alexa a mmi ta grand-mère veut savoir la capitale {} | du liban=LB; de la syrie=SY
kabyle | alexa saha dis-moi la capitale {} | du koweït=KW
kabyle | alexa ma yemma a vu un reportage sur {} c'est quoi la capitale | le yémen=YE; oman=OM; bahreïn=BH
kabyle | alexa on part au bled l'été prochain en passant par {} c'est quoi la capitale | l'espagne=ES
# Learners: a Ukrainian family, Dutch campers in Ardèche
apprenant | alexa excusez-moi je apprends le français quelle est le capitale {} | de la roumanie=RO
apprenant | alexa comment on dit la capitale {} s'il vous plaît | de ukraine=UA; de bulgarie=BG
apprenant | alexa je suis nouvelle en france le capitale {} c'est quoi | de macédoine du nord=MK
apprenant | alexa pardon mon français est pas bon la capitale {} c'est quel ville | de pologne=PL
apprenant | alexa ma fille dit que je parle mal mais je veux savoir le capitale {} | de géorgie le pays=GE
campeurs | alexa hoe zeg je euh comment on dit la capitale {} | de la belgique=BE; du luxembourg=LU
campeurs | alexa ja bonjour nous sommes au camping en ardèche la capitale {} c'est quoi | de l'albanie=AL; du monténégro=ME; du kosovo=XK
campeurs | alexa ja ja ok et la capitale {} s'il vous plaît | de la finlande=FI; de malte=MT
campeurs | alexa mon mari il dit que la capitale {} c'est quoi je ne sais plus | du danemark=DK
# Work: a long-distance trucker, a baker, a driving school, a building site
routier | alexa je suis dans les bouchons sur l'autoroute c'est quoi la capitale {} | de l'italie=IT; de saint-marin=SM; du vatican=VA
routier | alexa j'ai une livraison pour un client {} c'est quoi leur capitale déjà | du liechtenstein=LI; de monaco=MC; de chypre=CY
routier | alexa à la pause sur l'aire d'autoroute dis-moi la capitale {} | du pakistan=PK; du bangladesh=BD
routier | alexa les collègues à la cibi se disputent la capitale {} | de la slovénie=SI
boulangerie | alexa pendant que la pâte lève c'est quoi la capitale {} | du népal=NP; du bhoutan=BT; de la mongolie=MN
boulangerie | alexa j'ai les mains dans la farine tu peux me dire la capitale {} | du laos=LA
boulangerie | alexa une cliente m'a demandé la capitale {} en prenant sa baguette | de l'indonésie=ID; des philippines=PH
boulangerie | alexa il est quatre heures du matin et je me demande la capitale {} | du sri lanka=LK
auto-ecole | alexa avant ma leçon de conduite c'est quoi la capitale {} | de la papouasie-nouvelle-guinée=PG; des îles salomon=SB
auto-ecole | alexa mon moniteur dit que la capitale {} c'est facile c'est laquelle | du vanuatu=VU; de kiribati=KI; de tuvalu=TV
auto-ecole | alexa j'ai raté mon créneau je me console la capitale {} c'est quoi | de la micronésie=FM; de nauru=NR
chantier | alexa les gars sur le chantier se prennent la tête sur la capitale {} | de cuba=CU; de la jamaïque=JM
chantier | alexa pendant la pause casse-croûte la capitale {} c'est quoi | d'haïti=HT; de la république dominicaine=DO; du honduras=HN
chantier | alexa le chef de chantier vient {} c'est quoi la capitale de son pays | de moldavie=MD; du cap-vert=CV
# Tour de France, pétanque, Scrabble, TV games
velo | alexa le tour de france part cette année {} c'est quoi la capitale | d'espagne=ES; de belgique=BE
velo | alexa le coureur qui a gagné l'étape il vient {} c'est quoi la capitale de son pays | d'équateur=EC
velo | alexa pendant l'étape de montagne dis-moi la capitale {} | de la colombie=CO; du kazakhstan=KZ
petanque | alexa on tire ou on pointe mais d'abord la capitale {} c'est quoi | de madagascar=MG; de maurice=MU; des seychelles=SC
petanque | alexa le gars d'en face il parie sur la capitale {} tu la connais | des comores=KM; de djibouti=DJ; de la somalie=SO
petanque | alexa pendant qu'on mesure le point dis-nous la capitale {} | de la tunisie=TN; de la libye=LY
scrabble | alexa au scrabble je veux poser la capitale {} c'est quoi | de la zambie=ZM; du zimbabwe=ZW; du malawi=MW
scrabble | alexa mot compte triple si je trouve la capitale {} | du mozambique=MZ; de l'angola=AO; de la namibie=NA
scrabble | alexa est-ce que la capitale {} ça s'écrit avec un k | du kirghizstan=KG
jeux | alexa j'appelle un ami et c'est toi la capitale {} c'est quoi | de la barbade=BB; de la grenade=GD; de la dominique=DM
jeux | alexa au maillon faible ils ont demandé la capitale {} | de sainte-lucie=LC; de saint-vincent-et-les grenadines=VC; d'antigua-et-barbuda=AG
jeux | alexa pour l'escape game on doit trouver la capitale {} | de saint-christophe-et-niévès=KN; des bahamas=BS; de trinité-et-tobago=TT
jeux | alexa soirée karaoké mais d'abord la capitale {} | du guyana=GY; du suriname=SR
jeux | alexa au pictionary il faut dessiner la capitale {} c'est quoi | de la corée du nord=KP
jeux | alexa pour le jeu des mille euros la capitale {} c'est quoi vite | du burkina=BF
# At home
maison | alexa pendant que je fais la vaisselle c'est quoi la capitale {} | du botswana=BW; du lesotho=LS
maison | alexa je bricole l'étagère dis-moi la capitale {} | des palaos=PW; des îles marshall=MH
maison | alexa en promenant le chien je me demandais la capitale {} | du timor oriental=TL; de brunei=BN; de singapour=SG
maison | alexa le bébé dort enfin c'est quoi la capitale {} tout doucement | des maldives=MV
maison | alexa le pot-au-feu mijote la capitale {} c'est laquelle | du salvador=SV; du guatemala=GT; du nicaragua=NI
maison | alexa je plie le linge la capitale {} tu sais | du costa rica=CR; du panama=PA; du belize=BZ
maison | alexa j'étends le linge dans le jardin c'est quoi la capitale {} | de l'ouzbékistan=UZ; du tadjikistan=TJ; d'israël=IL
maison | alexa les enfants se chamaillent pour savoir la capitale {} | de sao tomé-et-principe=ST; du soudan du sud=SS
# Canada (fr-CA): Acadians of the Baie Sainte-Marie and Chéticamp
acadie | alexa je sais point la capitale {} tu pourrais-ti me la dire | de la france=FR; de l'angleterre=GB-ENG; du royaume-uni=GB | fr-CA
acadie | alexa quoi-ce que c'est la capitale {} asteure | de la louisiane=US-LA; du maine=US-ME; du massachusetts=US-MA | fr-CA
acadie | alexa j'avons une question pour toi la capitale {} | de la nouvelle-écosse=CA-NS; de l'île-du-prince-édouard=CA-PE; du nouveau-brunswick=CA-NB | fr-CA
acadie | alexa à la pêche au homard on se demandait la capitale {} | de saint-pierre-et-miquelon=PM; de terre-neuve=CA-NL; des bermudes=BM | fr-CA
acadie | alexa au festival acadien de clare ma tante veut savoir la capitale {} | de la guadeloupe=GP; de la martinique=MQ; de la guyane=GF | fr-CA
acadie | alexa je crois point que je connais la capitale {} | de la belgique=BE; de la suisse=CH; du luxembourg=LU | fr-CA
# Franco-Manitobans in Saint-Boniface
manitoba | alexa au festival du voyageur hé ho c'est quoi la capitale {} | du manitoba=CA-MB; de la saskatchewan=CA-SK; de l'alberta=CA-AB | fr-CA
manitoba | alexa à saint-boniface on gage sur la capitale {} | du dakota du nord=US-ND; du minnesota=US-MN; du montana=US-MT | fr-CA
manitoba | alexa il fait moins quarante dehors la capitale {} c'est laquelle | du groenland=GL; du nunavut=CA-NU; des territoires du nord-ouest=CA-NT | fr-CA
manitoba | alexa ma grand-mère métisse veut savoir la capitale {} | de l'écosse=GB-SCT; de l'irlande=IE | fr-CA
# Beauce
beauce | alexa mets-en que je le sais pas c'est quoi la capitale {} | de l'ouzbékistan=UZ; du tadjikistan=TJ; de l'afghanistan=AF | fr-CA
beauce | alexa chu un beauceron pis je veux savoir la capitale {} | de l'allemagne=DE; de l'autriche=AT; de la suisse=CH | fr-CA
beauce | alexa au garage de mon beau-frère on s'obstine sur la capitale {} | de l'australie=AU; de la nouvelle-zélande=NZ; du canada=CA | fr-CA
beauce | alexa c'est pas pire comme question la capitale {} c'est quoi | du honduras=HN; du salvador=SV | fr-CA
# Haitian-Quebecers in Montréal-Nord
haiti | alexa sak pase c'est quoi la capitale {} | d'haïti=HT; de la jamaïque=JM; de cuba=CU | fr-CA
haiti | alexa ti cousin mwen veut savoir la capitale {} | du bénin=BJ; de la république démocratique du congo=CD; du sénégal=SN | fr-CA
haiti | alexa à l'église dimanche on parlait {} c'est quoi la capitale | du brésil=BR; du chili=CL; du venezuela=VE | fr-CA
haiti | alexa map mande w la capitale {} souple | de la république dominicaine=DO; des bahamas=BS | fr-CA
# The moose-hunting camp, the tree planters, the arena, night shift in a CHSLD
chasse | alexa au camp de chasse à l'orignal on s'ennuie c'est quoi la capitale {} | de la finlande=FI; de la suède=SE; de l'estonie=EE | fr-CA
chasse | alexa mon chum dit que la capitale {} c'est facile ben dis-la | de la russie=RU; de la mongolie=MN; de la chine=CN | fr-CA
chasse | alexa cibole on attend l'orignal depuis l'aube c'est quoi la capitale {} | de la lettonie=LV; de la lituanie=LT | fr-CA
chasse | alexa dans le chalet de bois rond mon père veut savoir la capitale {} | de la norvège=NO; de l'islande=IS | fr-CA
planteurs | alexa au camp des planteurs d'arbres on est brûlés c'est quoi la capitale {} | de l'islande=IS; du danemark=DK; des îles féroé=FO | fr-CA
planteurs | alexa batinse j'ai planté deux mille arbres aujourd'hui la capitale {} c'est quoi | du nicaragua=NI; du costa rica=CR | fr-CA
planteurs | alexa les mouches noires me mangent mais dis-moi la capitale {} | du gabon=GA; du cameroun=CM; du congo-brazzaville=CG | fr-CA
arena | alexa entre deux périodes au hockey mineur c'est quoi la capitale {} | de la slovaquie=SK; de la tchéquie=CZ; de la lettonie=LV | fr-CA
arena | alexa le gardien de but adverse vient {} c'est quoi la capitale | de suisse=CH; d'allemagne=DE; de suède=SE | fr-CA
arena | alexa en passant la zamboni je me demandais la capitale {} | du kazakhstan=KZ; de la biélorussie=BY | fr-CA
chsld | alexa je suis préposée de nuit pis une résidente me demande la capitale {} | de l'espagne=ES; de l'italie=IT; de la pologne=PL | fr-CA
chsld | alexa madame tremblay voudrait savoir la capitale {} | de la hongrie=HU; de la roumanie=RO; du portugal=PT | fr-CA
chsld | alexa monsieur gagnon est réveillé il veut la capitale {} | de la grèce=GR; de la turquie=TR | fr-CA
# Truck driver on the 20, a trip to the States
camionneur | alexa je roule sur la vingt vers lévis c'est quoi la capitale {} | du vermont=US-VT; du new hampshire=US-NH; de l'état de new york=US-NY | fr-CA
camionneur | alexa je descends aux states avec ma van la capitale {} c'est quoi | de la floride=US-FL; de la caroline du sud=US-SC; du texas=US-TX | fr-CA
camionneur | alexa en attendant mon café au service au volant la capitale {} | de l'ontario=CA-ON; de la colombie-britannique=CA-BC; du yukon=CA-YT | fr-CA
camionneur | alexa à old orchard les enfants demandent la capitale {} | du maine=US-ME; du connecticut=US-CT | fr-CA
# School quiz, TV game and kitchen party
genies | alexa on pratique pour génies en herbe quelle est la capitale {} | du myanmar=MM; des maldives=MV; d'israël=IL | fr-CA
genies | alexa question éclair pour l'équipe la capitale {} | de sao tomé-et-principe=ST; du soudan du sud=SS; de l'érythrée=ER | fr-CA
genies | alexa mon coach de génies en herbe veut que je sache la capitale {} | du kirghizstan=KG; de l'arménie=AM; du turkménistan=TM | fr-CA
genies | alexa c'est la finale régionale demain la capitale {} c'est quoi | de la macédoine du nord=MK; du monténégro=ME; de l'albanie=AL | fr-CA
jeux-qc | alexa à la poule aux oeufs d'or ils ont demandé la capitale {} | du portugal=PT; de la grèce=GR; de l'irlande=IE | fr-CA
jeux-qc | alexa au party de cuisine on joue au quiz la capitale {} c'est quoi | de l'égypte=EG; du maroc=MA; de la tunisie=TN | fr-CA
jeux-qc | alexa à l'épluchette de blé d'inde mon oncle demande la capitale {} | du mexique=MX; du guatemala=GT; du pérou=PE | fr-CA
jeux-qc | alexa on joue à tête à claques pis personne sait la capitale {} | de la jordanie=JO; de l'irak=IQ | fr-CA
# Quebec everyday speech
quebec | alexa c'est plate mais je me rappelle pas la capitale {} | du vietnam=VN; du cambodge=KH; de la thaïlande=TH | fr-CA
quebec | alexa j'ai de la misère avec la capitale {} peux-tu m'aider | du nigeria=NG; du ghana=GH; de la côte d'ivoire=CI | fr-CA
quebec | alexa ça a pas d'allure je sais pas la capitale {} | des philippines=PH; de l'indonésie=ID; de la malaisie=MY | fr-CA
quebec | alexa mosus c'est quoi donc la capitale {} | de l'inde=IN; du pakistan=PK; du népal=NP | fr-CA
quebec | alexa chu tanné de chercher dis-moi la capitale {} | de l'arabie saoudite=SA; de l'iran=IR; de l'irak=IQ | fr-CA
quebec | alexa ben là c'est quoi la capitale {} encore | du kenya=KE; de la tanzanie=TZ; de l'éthiopie=ET | fr-CA
quebec | alexa lâche pas la patate pis dis-moi la capitale {} | du japon=JP; de la corée du sud=KR; de taïwan=TW | fr-CA
quebec | alexa en masse de monde savent pas la capitale {} moi non plus | de l'algérie=DZ; de la libye=LY; du soudan=SD | fr-CA
quebec | alexa ma blonde m'achale avec la capitale {} c'est laquelle | de la colombie=CO; de l'argentine=AR; de l'uruguay=UY | fr-CA
quebec | alexa veux-tu ben me dire la capitale {} | de l'ukraine=UA; de la moldavie=MD; de la bulgarie=BG | fr-CA
quebec | alexa c'est malade je pensais savoir la capitale {} | de la croatie=HR; de la serbie=RS; de la slovénie=SI | fr-CA
quebec | alexa toé qui sais toute c'est quoi la capitale {} | du mali=ML; du niger=NE; du tchad=TD | fr-CA
# Follow-ups inside a session
follow-up | et {} | l'italie=IT; le japon=JP; la suède=SE
follow-up | et pour {} | le ghana=GH; le liban=LB; la mongolie=MN
follow-up | alexa et celle {} | de l'inde=IN; du brésil=BR; de la jordanie=JO
follow-up | pis {} | le manitoba=CA-MB; l'alberta=CA-AB; le pérou=PE | fr-CA
follow-up | ok pis celle {} asteure | du chili=CL; de l'argentine=AR; de la bolivie=BO | fr-CA
follow-up | et {} alors | la grèce=GR; l'ukraine=UA; la turquie=TR
follow-up | d'accord et {} c'est quoi | l'égypte=EG; la syrie=SY; le qatar=QA
follow-up | merci et maintenant {} | le kenya=KE; le maroc=MA; l'algérie=DZ
follow-up | pis {} elle | la russie=RU; la chine=CN; la pologne=PL | fr-CA
follow-up | super et {} tant qu'à y être | l'ontario=CA-ON; le yukon=CA-YT; le vermont=US-VT | fr-CA
follow-up | la même chose pour {} | la finlande=FI; l'estonie=EE; le portugal=PT
follow-up | et si je te demande {} | le vietnam=VN; la corée du sud=KR; l'irlande=IE
follow-up | ok et celle {} d'abord | du cameroun=CM; du sénégal=SN; du togo=TG | fr-CA
follow-up | bon et {} tu sais aussi | le guatemala=GT; le honduras=HN; cuba=CU
follow-up | ah ok et {} | la nouvelle-écosse=CA-NS; le québec=CA-QC; la saskatchewan=CA-SK | fr-CA
follow-up | et la capitale {} pendant qu'on y est | de l'autriche=AT; de la hongrie=HU; de la croatie=HR
# Yes/no checks, right and wrong guesses
yes-no-check | alexa est-ce que la capitale {} | de l'australie c'est sydney=AU; du canada c'est toronto=CA; de la turquie c'est istanbul=TR
yes-no-check | alexa c'est vrai que la capitale {} | du brésil c'est brasilia=BR; du maroc c'est rabat=MA; de la suisse c'est zurich=CH
yes-no-check | alexa la capitale {} | du nigeria c'est bien lagos=NG; du pakistan c'est bien karachi=PK; de la tanzanie c'est bien dar es salaam=TZ
yes-no-check | alexa hanoi c'est-tu la capitale du vietnam | VN | fr-CA
yes-no-check | alexa montréal c'est-tu la capitale du québec | CA-QC | fr-CA
yes-no-check | alexa vancouver c'est ben la capitale de la colombie-britannique | CA-BC | fr-CA
yes-no-check | alexa j'ai gagé que la capitale de l'ontario c'était ottawa j'ai-tu raison | CA-ON | fr-CA
yes-no-check | alexa new york c'est la capitale des états-unis oui ou non | US
yes-no-check | alexa confirme-moi que la capitale de l'allemagne c'est berlin | DE
yes-no-check | alexa mon fils dit que la capitale de l'inde c'est bombay il a raison | IN
yes-no-check | alexa est-ce que genève est la capitale de la suisse | CH
yes-no-check | alexa la capitale de la nouvelle-zélande c'est auckland ou wellington | NZ
yes-no-check | alexa c'est-tu vrai que la capitale du kazakhstan a changé de nom | KZ | fr-CA
yes-no-check | alexa la capitale du maroc c'est casablanca non | MA
yes-no-check | alexa dis-moi si lisbonne est bien la capitale du portugal | PT
yes-no-check | alexa est-ce que c'est rio la capitale du brésil | BR
yes-no-check | alexa c'est bien abuja la capitale du nigeria hein | NG
yes-no-check | alexa la capitale de la birmanie c'est rangoun ou pas | MM
yes-no-check | alexa j'ai raison si je dis que la capitale de la floride c'est miami | US-FL | fr-CA
yes-no-check | alexa chicago c'est la capitale de l'illinois han | US-IL | fr-CA
yes-no-check | alexa on m'a dit que la capitale de l'équateur c'était guayaquil c'est vrai | EC
yes-no-check | alexa est-ce que dakar c'est toujours la capitale du sénégal | SN
yes-no-check | alexa la capitale de l'australie c'est-tu canberra pour vrai | AU | fr-CA
yes-no-check | alexa oslo c'est bien la capitale de la norvège dis-moi que oui | NO
yes-no-check | alexa est-ce que la capitale du burundi c'est encore bujumbura | BI
yes-no-check | alexa saint-jean c'est-tu la capitale de terre-neuve | CA-NL | fr-CA
# Self-corrections: the last place counts
self-correction | alexa la capitale de la slovénie euh non de la slovaquie | SK
self-correction | alexa c'est quoi la capitale de l'autriche attends non de l'australie | AU
self-correction | alexa la capitale de l'islande pardon je voulais dire de l'irlande | IE
self-correction | alexa quelle est la capitale de la suède non de la suisse | CH
self-correction | alexa la capitale du niger euh du nigeria | NG
self-correction | alexa c'est quoi la capitale de la guinée non de la guinée équatoriale | GQ
self-correction | alexa la capitale de l'iran oups de l'irak | IQ
self-correction | alexa dis-moi la capitale de la colombie non attends de la bolivie | BO
self-correction | alexa la capitale du manitoba non de la saskatchewan | CA-SK | fr-CA
self-correction | alexa c'est quoi la capitale du vermont voyons donc je veux dire du maine | US-ME | fr-CA
self-correction | alexa la capitale de la mauritanie euh non de maurice | MU
self-correction | alexa la capitale de la lettonie ah non de la lituanie plutôt | LT
self-correction | alexa c'est quoi la capitale de la gambie excuse de la zambie | ZM | fr-CA
self-correction | alexa la capitale du paraguay non c'est l'uruguay que je veux | UY
self-correction | alexa la capitale de l'autriche ou plutôt de la hongrie | HU
self-correction | alexa la capitale du soudan non du soudan du sud | SS
self-correction | alexa la capitale de taïwan non attends de la thaïlande | TH | fr-CA
self-correction | alexa c'est quoi la capitale du nouveau-brunswick ah pis non de la nouvelle-écosse | CA-NS | fr-CA
self-correction | alexa la capitale de la dominique euh de la république dominicaine | DO
self-correction | alexa la capitale de l'arménie non de l'albanie pardon | AL
self-correction | alexa la capitale du congo-brazzaville non du gabon | GA
self-correction | alexa capitale de la corée du nord euh du sud pardon la corée du sud | KR | fr-CA
# Reverse questions
reverse-question | alexa ouagadougou c'est la capitale de quel pays | CITY:ouagadougou
reverse-question | alexa de quel pays nairobi est la capitale | CITY:nairobi
reverse-question | alexa victoria c'est la capitale de quoi | CITY:victoria | fr-CA
reverse-question | alexa saint-denis c'est la capitale de quoi | CITY:saint-denis
reverse-question | alexa kingston c'est la capitale de quel pays | CITY:kingston
reverse-question | alexa regina c'est la capitale de quelle province | CITY:regina | fr-CA
reverse-question | alexa tegucigalpa c'est la capitale de quel pays déjà | CITY:tegucigalpa
reverse-question | alexa oulan-bator est la capitale de quoi | CITY:oulan-bator
reverse-question | alexa à quel pays appartient la capitale vientiane | CITY:vientiane
reverse-question | alexa bamako c'est la capitale de quel pays africain | CITY:bamako
reverse-question | alexa quel pays a pour capitale canberra | CITY:canberra
reverse-question | alexa quel pays a pour capitale tbilissi | CITY:tbilissi
reverse-question | alexa fredericton c'est la capitale de quelle province | CITY:fredericton | fr-CA
reverse-question | alexa de quoi iqaluit est la capitale | CITY:iqaluit | fr-CA
reverse-question | alexa tallahassee c'est la capitale de quel état | CITY:tallahassee | fr-CA
reverse-question | alexa sacramento c'est la capitale de quoi au juste | CITY:sacramento | fr-CA
reverse-question | alexa asuncion c'est dans quel pays comme capitale | CITY:asunción
reverse-question | alexa windhoek c'est la capitale de quel pays | CITY:windhoek
reverse-question | alexa je cherche le pays dont la capitale est bichkek | CITY:bichkek
reverse-question | alexa achgabat c'est la capitale de quel pays en stan | CITY:achgabat
reverse-question | alexa libreville c'est la capitale de quel pays | CITY:libreville
reverse-question | alexa la ville de managua c'est la capitale de quoi | CITY:managua
reverse-question | alexa quel pays a erevan comme capitale | CITY:erevan
reverse-question | alexa le caire c'est la capitale de quel pays | CITY:le caire
reverse-question | alexa montpelier c'est la capitale de quel état américain | CITY:montpelier | fr-CA
reverse-question | alexa charlottetown c'est la capitale de quoi déjà | CITY:charlottetown | fr-CA
reverse-question | alexa yaoundé c'est la capitale de quel pays | CITY:yaoundé
reverse-question | alexa de quel pays la ville de paramaribo est la capitale | CITY:paramaribo
reverse-question | alexa nouméa c'est la capitale de quoi | CITY:nouméa
reverse-question | alexa la valette c'est la capitale de quel pays | CITY:la valette
# Official names
official-name | alexa quelle est la capitale de la république fédérale d'allemagne | DE
official-name | alexa capitale du royaume hachémite de jordanie | JO
official-name | alexa c'est quoi la capitale de la confédération helvétique | CH
official-name | alexa quelle est la capitale de la république populaire de chine | CN
official-name | alexa la capitale des états-unis d'amérique c'est laquelle | US
official-name | alexa capitale de la république arabe d'égypte | EG
official-name | alexa c'est quoi la capitale de la république islamique d'iran | IR
official-name | alexa la capitale de la république orientale de l'uruguay | UY
official-name | alexa quelle est la capitale du grand-duché de luxembourg | LU
official-name | alexa la capitale de la république de corée | KR
official-name | alexa c'est quoi la capitale de la fédération de russie | RU
official-name | alexa la capitale du royaume de norvège s'il vous plaît | NO
official-name | alexa la capitale de la république fédérative du brésil | BR
official-name | alexa quelle est la capitale de l'état plurinational de bolivie | BO
official-name | alexa capitale de la république bolivarienne du venezuela | VE
official-name | alexa c'est quoi la capitale de la république socialiste du viêt nam | VN
official-name | alexa la capitale du royaume-uni de grande-bretagne et d'irlande du nord | GB
official-name | alexa quelle est la capitale de la république algérienne démocratique et populaire | DZ
official-name | alexa la capitale des états-unis mexicains | MX
official-name | alexa la capitale de la république hellénique c'est quoi | GR
official-name | alexa quelle est la capitale de la république de l'union du myanmar | MM
official-name | alexa la capitale de la république démocratique populaire lao | LA
official-name | alexa la capitale de l'état de la cité du vatican | VA
official-name | alexa c'est quoi la capitale de la principauté d'andorre | AD | fr-CA
official-name | alexa la capitale du royaume d'arabie saoudite | SA | fr-CA
official-name | alexa quelle est la capitale de la république tchèque | CZ | fr-CA
official-name | alexa la capitale du royaume du danemark c'est quoi | DK | fr-CA
official-name | alexa c'est quoi la capitale de la république du kenya | KE
official-name | alexa capitale du royaume des pays-bas | NL
official-name | alexa la capitale de la république de côte d'ivoire | CI
# Everyday names
everyday-name | alexa c'est quoi la capitale {} | de la hollande=NL; des émirats=AE; de la centrafrique=CF
everyday-name | alexa quelle est la capitale {} ma belle | des states=US; de l'amérique=US; de la grande-bretagne=GB
everyday-name | alexa dis la capitale {} | de la rdc=CD; de la bosnie=BA; de la macédoine=MK
everyday-name | alexa c'est quoi la capitale {} déjà | de la birmanie=MM; de la tchéquie=CZ; du belarus=BY
everyday-name | alexa la capitale {} stp | du congo-kinshasa=CD; de la moldova=MD; de l'angleterre=GB-ENG
everyday-name | alexa c'est quoi la capitale des usa | US | fr-CA
everyday-name | alexa la capitale de saint-kitts | KN | fr-CA
everyday-name | alexa c'est quoi la capitale de trinidad | TT
everyday-name | alexa quelle est la capitale de saint-vincent | VC
everyday-name | alexa la capitale de la papouasie c'est quoi | PG
everyday-name | alexa la capitale du burkina c'est laquelle | BF
everyday-name | alexa c'est quoi la capitale de la türkiye maintenant | TR
everyday-name | alexa la capitale de cabo verde | CV
everyday-name | alexa la capitale du timor | TL
# Old names
old-name | alexa mon grand-père demande la capitale {} | du dahomey=BJ; de la haute-volta=BF; du zaïre=CD
old-name | alexa ma grand-mère dit encore la capitale {} | de la perse=IR; du siam=TH; de ceylan=LK
old-name | alexa quelle était la capitale {} | de l'abyssinie=ET; de la rhodésie=ZW; de formose=TW
old-name | alexa la capitale {} c'est quoi maintenant | du swaziland=SZ; des nouvelles-hébrides=VU; du soudan français=ML
old-name | alexa capitale {} | de la gold coast=GH; du bechuanaland=BW; du basutoland=LS
old-name | alexa la capitale du nyassaland | MW
old-name | alexa c'est quoi la capitale du tanganyika | TZ
old-name | alexa la capitale du kampuchéa | KH | fr-CA
old-name | alexa la capitale de l'oubangui-chari | CF
old-name | alexa la capitale de la côte française des somalis | DJ
old-name | alexa la capitale de la guinée portugaise | GW
old-name | alexa la capitale du honduras britannique | BZ | fr-CA
old-name | alexa la capitale de la rhodésie du nord | ZM
# Shared names
shared-name | alexa c'est quoi la capitale de la géorgie | GE+US-GA
shared-name | alexa la capitale de la géorgie le pays dans le caucase | GE
shared-name | alexa la capitale de l'état de géorgie aux états-unis | US-GA | fr-CA
shared-name | alexa quelle est la capitale du congo | CD+CG
shared-name | alexa les capitales des deux congo | CD+CG
shared-name | alexa la capitale du congo-kinshasa pas l'autre | CD
shared-name | alexa c'est quoi la capitale de la corée | KP+KR
shared-name | alexa les capitales des deux corées | KP+KR | fr-CA
shared-name | alexa la capitale des îles vierges | VG+VI
shared-name | alexa la capitale des îles vierges britanniques | VG
shared-name | alexa la capitale des îles vierges américaines | VI | fr-CA
shared-name | alexa c'est quoi les capitales des deux dakotas | US-ND+US-SD | fr-CA
shared-name | alexa les capitales des deux carolines | US-NC+US-SC | fr-CA
shared-name | alexa la géorgie celle des américains c'est quoi sa capitale | US-GA | fr-CA
shared-name | alexa la capitale de la géorgie pas l'état américain le pays | GE
shared-name | alexa la capitale de la corée celle du nord | KP
shared-name | alexa c'est quoi la capitale du congo démocratique | CD
shared-name | alexa tbilissi ou atlanta c'est quoi la capitale de la géorgie | GE+US-GA | fr-CA
# Several capitals, asked in the plural
plural-capitals | alexa quelles sont les capitales de l'afrique du sud | ZA
plural-capitals | alexa l'afrique du sud a combien de capitales | ZA | fr-CA
plural-capitals | alexa c'est quoi les trois capitales de l'afrique du sud | ZA
plural-capitals | alexa les capitales de la bolivie c'est lesquelles | BO
plural-capitals | alexa la bolivie a-tu deux capitales | BO | fr-CA
plural-capitals | alexa quelles sont les deux capitales du bénin | BJ
plural-capitals | alexa le bénin il a plusieurs capitales non | BJ | fr-CA
plural-capitals | alexa c'est quoi les capitales des pays-bas | NL
plural-capitals | alexa les pays-bas ont deux capitales c'est lesquelles | NL | fr-CA
plural-capitals | alexa quelles sont les capitales de la malaisie | MY
plural-capitals | alexa la malaisie a deux capitales dis-moi lesquelles | MY | fr-CA
plural-capitals | alexa les capitales du sri lanka | LK
plural-capitals | alexa pourquoi le sri lanka a deux capitales c'est lesquelles | LK | fr-CA
plural-capitals | alexa quelles sont les capitales de la côte d'ivoire | CI
plural-capitals | alexa la côte d'ivoire a combien de capitales | CI | fr-CA
plural-capitals | alexa les capitales de l'eswatini c'est quoi | SZ
plural-capitals | alexa le swaziland a deux capitales lesquelles | SZ | fr-CA
plural-capitals | alexa quelles sont les capitales de la palestine | PS
plural-capitals | alexa la palestine a-tu deux capitales | PS | fr-CA
plural-capitals | alexa les capitales de montserrat | MS
plural-capitals | alexa c'est quoi les capitales du jammu-et-cachemire | IN-JK
plural-capitals | alexa l'uttarakhand a deux capitales lesquelles | IN-UK
plural-capitals | alexa donne-moi toutes les capitales de l'afrique du sud | ZA
# Subdivisions
subdivision | alexa c'est quoi la capitale {} au canada | de l'alberta=CA-AB; de la colombie-britannique=CA-BC; du québec=CA-QC | fr-CA
subdivision | alexa quelle est la capitale de la province {} | de l'ontario=CA-ON; du nouveau-brunswick=CA-NB; de terre-neuve-et-labrador=CA-NL | fr-CA
subdivision | alexa la capitale du territoire {} | du yukon=CA-YT; du nunavut=CA-NU | fr-CA
subdivision | alexa la capitale des territoires du nord-ouest c'est-tu yellowknife | CA-NT | fr-CA
subdivision | alexa la capitale de l'île-du-prince-édouard | CA-PE | fr-CA
subdivision | alexa quelle est la capitale de l'état {} | de la californie=US-CA; du texas=US-TX; de l'oregon=US-OR
subdivision | alexa c'est quoi la capitale {} aux états-unis | du michigan=US-MI; de l'ohio=US-OH; de la pennsylvanie=US-PA | fr-CA
subdivision | alexa la capitale {} on y va en vacances | d'hawaï=US-HI; de l'arizona=US-AZ; du nevada=US-NV
subdivision | alexa la capitale de l'état de washington | US-WA | fr-CA
subdivision | alexa la capitale {} c'est quoi | du kentucky=US-KY; du tennessee=US-TN; de la virginie=US-VA | fr-CA
subdivision | alexa la capitale {} je cherche | de l'alaska=US-AK; du colorado=US-CO; de l'utah=US-UT
subdivision | alexa quelle est la capitale {} au mexique | du yucatán=MX-YUC; du jalisco=MX-JAL; de la basse-californie=MX-BCN
subdivision | alexa la capitale de l'état {} au brésil | de bahia=BR-BA; de são paulo=BR-SP; du pará=BR-PA
subdivision | alexa la capitale du land {} | de bavière=DE-BY; de saxe=DE-SN; de hesse=DE-HE
subdivision | alexa c'est quoi la capitale {} en inde | du kerala=IN-KL; du rajasthan=IN-RJ; du maharashtra=IN-MH
subdivision | alexa la capitale {} en australie | du queensland=AU-QLD; de la tasmanie=AU-TAS; de l'australie-occidentale=AU-WA
subdivision | alexa la capitale de la nouvelle-galles du sud c'est sydney ou canberra | AU-NSW
subdivision | alexa c'est quoi la capitale de l'irlande du nord | GB-NIR
subdivision | alexa la capitale du pays de galles c'est cardiff | GB-WLS
subdivision | alexa la capitale de la rhénanie-du-nord-westphalie | DE-NW
subdivision | alexa la capitale du bade-wurtemberg | DE-BW
subdivision | alexa la capitale du bengale-occidental | IN-WB
subdivision | alexa la capitale de la louisiane c'est la nouvelle-orléans | US-LA | fr-CA
subdivision | alexa la capitale du massachusetts | US-MA | fr-CA
subdivision | alexa c'est quoi la capitale de l'état de new york pas la ville | US-NY | fr-CA
# Territories
territory | alexa quelle est la capitale {} | de la guadeloupe=GP; de la martinique=MQ; de la réunion=RE
territory | alexa je voudrais connaître la capitale {} | de mayotte=YT; de la polynésie française=PF; de la nouvelle-calédonie=NC
territory | alexa la capitale {} s'il te plaît | de wallis-et-futuna=WF; de saint-barthélemy=BL; de saint-pierre-et-miquelon=PM
territory | alexa c'est quoi la capitale du groenland | GL | fr-CA
territory | alexa la capitale de porto rico | PR
territory | alexa la capitale de guam | GU | fr-CA
territory | alexa quelle est la capitale des îles caïmans | KY
territory | alexa la capitale d'aruba | AW
territory | alexa la capitale de curaçao | CW
territory | alexa la capitale de jersey | JE
territory | alexa la capitale de l'île de man | IM
territory | alexa la capitale de hong kong | HK
territory | alexa c'est quoi la capitale de l'antarctique | AQ | fr-CA
territory | alexa la capitale des îles féroé | FO
territory | alexa la capitale du sahara occidental | EH
territory | alexa la capitale des malouines | FK
territory | alexa la capitale de la guyane française | GF
territory | alexa la capitale de guernesey | GG | fr-CA
territory | alexa la capitale des îles cook | CK
territory | alexa la capitale de gibraltar | GI
# One-shot requests through the invocation name
one-shot | alexa demande à capitales du monde la capitale {} | du pérou=PE; de la jamaïque=JM; du vietnam=VN
one-shot | alexa demande à capitales du monde quelle est la capitale {} | de l'ouganda=UG; du yémen=YE; de la somalie=SO
one-shot | alexa ouvre capitales du monde et dis-moi la capitale {} | de la lituanie=LT; des seychelles=SC; du népal=NP
one-shot | alexa lance capitales du monde pour la capitale {} | du rwanda=RW; de la serbie=RS | fr-CA
one-shot | alexa dis à capitales du monde que je veux la capitale {} | de fidji=FJ; du mozambique=MZ
one-shot | alexa demande donc à capitales du monde c'est quoi la capitale {} | du nunavut=CA-NU; de la saskatchewan=CA-SK; du manitoba=CA-MB | fr-CA
one-shot | alexa avec capitales du monde trouve la capitale {} | de la slovaquie=SK; de l'érythrée=ER
one-shot | alexa capitales du monde la capitale {} | du turkménistan=TM; des tonga=TO; du bhoutan=BT
one-shot | alexa peux-tu demander à capitales du monde la capitale {} | de madagascar=MG; de la namibie=NA | fr-CA
one-shot | alexa demande à capitales du monde si la capitale de l'australie c'est canberra | AU
one-shot | alexa demande à capitales du monde les capitales de la bolivie | BO
one-shot | alexa ouvre capitales du monde pis demande la capitale du nouveau-brunswick | CA-NB | fr-CA
one-shot | alexa demande à capitales du monde de quel pays lima est la capitale | CITY:lima
# What recognition writes
recognition | alexa c'est quoi la capital du perou | PE
recognition | alexa quel et la capitale de l'equateur | EC
recognition | alexa ces quoi la capitale de la tchequie | CZ
recognition | alexa la capitale de l'autruche | AT
recognition | alexa la capitale du chad | TD | fr-CA
recognition | alexa c'est quoi la capitale de la norvege | NO
recognition | alexa la capitale de l'egypte | EG
recognition | alexa la capitale du koweit | KW
recognition | alexa la capitale du bahrein | BH
recognition | alexa la capitale de la cote divoire | CI
recognition | alexa la capitale du burkina fasso | BF
recognition | alexa la capitale du kirghizistan | KG
recognition | alexa la capitale de l'ouzbekistan | UZ
recognition | alexa la capitale de l'azerbaidjan | AZ
recognition | alexa la capitale du tajikistan | TJ
recognition | alexa la capitale du botsouana | BW
recognition | alexa la capitale du zimbabwé | ZW | fr-CA
recognition | alexa la capitale de la bielorussie | BY
recognition | alexa la capitale du viet nam | VN
recognition | alexa la capitale du sri-lanka | LK
recognition | alexa la capitale de la nouvelle zelande | NZ
recognition | alexa la capitale de l'arabie saoudi | SA
recognition | alexa la capitale d'israel | IL
recognition | alexa la capitale du katar | QA | fr-CA
recognition | alexa c'est quoi la capitale de la mauritani | MR
recognition | alexa la capitale de l'érythré | ER
recognition | alexa la capitale de la suede | SE
recognition | alexa la capitale d'el salvador | SV
recognition | alexa la capitale des emirats arabes unis | AE
recognition | alexa la capitale de la micronesie | FM | fr-CA
recognition | alexa quel est la capitale du mexic | MX
recognition | alexa la capitale de l'hongrie | HU
recognition | alexa la capitale de haiti | HT | fr-CA
recognition | alexa la capitale du cambodje | KH
recognition | alexa la capitale de la papouasie nouvelle guinée | PG
recognition | alexa la capitale de la guinée bissau | GW
recognition | alexa la capitale des îles salomons | SB
recognition | alexa c'est quoi la capitale de l'équateure | EC | fr-CA
recognition | alexa la capitale du lichtenstein | LI
recognition | alexa la capitale du saint-marin | SM
recognition | alexa la capitale de trinité et tobago | TT
recognition | alexa la capitale de la malte | MT | fr-CA
recognition | alexa la capitale de sao tomé | ST
# Out of domain: other facts, capital in other senses, places the data lacks, everyday requests
out-of-domain | alexa combien d'habitants au japon | FB
out-of-domain | alexa quelle langue on parle au brésil | FB
out-of-domain | alexa c'est quoi la monnaie de la suisse | FB
out-of-domain | alexa quel temps fait-il à lisbonne | FB
out-of-domain | alexa quelle heure est-il à tokyo en ce moment | FB
out-of-domain | alexa c'est quoi les couleurs du drapeau de l'italie | FB
out-of-domain | alexa qui est le président du sénégal | FB
out-of-domain | alexa quelle est la plus grande ville du canada | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la bretagne | FB
out-of-domain | alexa quelle est la capitale de la catalogne | FB
out-of-domain | alexa la capitale de la corse c'est ajaccio ou bastia | FB
out-of-domain | alexa c'est quoi la capitale de la wallonie | FB
out-of-domain | alexa la capitale de la sicile | FB
out-of-domain | alexa c'est quoi la capitale de l'occitanie | FB
out-of-domain | alexa la capitale de la gaspésie c'est quoi | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du saguenay | FB | fr-CA
out-of-domain | alexa la capitale de la laponie | FB
out-of-domain | alexa la capitale du tibet | FB
out-of-domain | alexa c'est quoi la capitale de la patagonie | FB
out-of-domain | alexa la capitale de l'atlantide | FB
out-of-domain | alexa la capitale du mordor | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'europe | FB
out-of-domain | alexa c'est quoi le capital minimum pour ouvrir une sarl | FB
out-of-domain | alexa comment on écrit une lettre capitale | FB
out-of-domain | alexa c'est quoi les sept péchés capitaux | FB
out-of-domain | alexa la peine capitale existe encore aux états-unis | FB
out-of-domain | alexa mets l'émission capital sur m six | FB
out-of-domain | alexa c'est quoi le capital décès | FB
out-of-domain | alexa quelle est la capitale européenne de la culture cette année | FB
out-of-domain | alexa la capitale mondiale du sirop d'érable c'est quelle ville | FB | fr-CA
out-of-domain | alexa lyon c'est la capitale de la gastronomie ou pas | FB
out-of-domain | alexa mets un minuteur de dix minutes pour les pâtes | FB
out-of-domain | alexa allume la lumière du salon | FB
out-of-domain | alexa joue de la musique de céline dion | FB | fr-CA
out-of-domain | alexa quelle météo demain à québec | FB | fr-CA
out-of-domain | alexa ajoute du lait à ma liste d'épicerie | FB | fr-CA
out-of-domain | alexa raconte-moi une blague | FB
out-of-domain | alexa c'est quoi le score du canadien à soir | FB | fr-CA
out-of-domain | alexa combien de kilomètres entre montréal et toronto | FB | fr-CA
out-of-domain | alexa traduis bonjour en espagnol | FB
out-of-domain | alexa réveille-moi à six heures demain | FB
out-of-domain | alexa quelle est la plus haute montagne du népal | FB
out-of-domain | alexa quel fleuve traverse l'égypte | FB
out-of-domain | alexa combien de provinces au canada | FB | fr-CA
out-of-domain | alexa c'est quoi l'indicatif téléphonique de la belgique | FB
out-of-domain | alexa chante-moi l'hymne national de la france | FB
out-of-domain | alexa quelle est la superficie de la russie | FB
out-of-domain | alexa où se trouve le burkina faso sur la carte | FB
out-of-domain | alexa c'est loin la thaïlande en avion | FB
out-of-domain | alexa combien coûte un billet pour la grèce | FB
out-of-domain | alexa c'est quoi le plat typique du pérou | FB
out-of-domain | alexa la tour eiffel elle mesure combien | FB
out-of-domain | alexa combien d'états aux états-unis | FB | fr-CA
out-of-domain | alexa quelle est la langue officielle du cameroun | FB
out-of-domain | alexa quel est le fuseau horaire de la réunion | FB
out-of-domain | alexa qui a gagné le tour de france l'an dernier | FB
out-of-domain | alexa c'est quoi la population de l'inde | FB
out-of-domain | alexa la deuxième ville de la belgique c'est quoi | FB
out-of-domain | alexa combien de pays en afrique | FB
out-of-domain | alexa quel pays a le plus d'habitants | FB
out-of-domain | alexa c'est quoi la devise du canada | FB | fr-CA
out-of-domain | alexa la capitale de la beauce c'est-tu saint-georges | FB | fr-CA
out-of-domain | alexa la capitale de l'acadie c'est quoi | FB | fr-CA
out-of-domain | alexa la capitale de la normandie c'est rouen ou caen | FB
out-of-domain | alexa quelle ville est la capitale du vin en bourgogne | FB
out-of-domain | alexa c'est quoi le chef-lieu de la haute-garonne | FB
out-of-domain | alexa la préfecture du finistère c'est quoi | FB
out-of-domain | alexa c'est quoi la capitale des highlands | FB
out-of-domain | alexa quelle est la capitale du kurdistan | FB
out-of-domain | alexa c'est quoi la capitale de la flandre | FB
out-of-domain | alexa la capitale de la provence | FB
out-of-domain | alexa c'est quoi la capitale de la sibérie | FB
out-of-domain | alexa combien j'ai de capital sur mon compte épargne | FB
out-of-domain | alexa écris le mot paris en capitales | FB
out-of-domain | alexa c'est quoi un capital risque | FB
out-of-domain | alexa joue la radio rouge fm | FB | fr-CA
out-of-domain | alexa commande-moi une pizza | FB
out-of-domain | alexa c'est quand la fête nationale du québec | FB | fr-CA
out-of-domain | alexa quel est le plus long fleuve du canada | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'abitibi | FB | fr-CA
out-of-domain | alexa la capitale mondiale de la poutine c'est drummondville | FB | fr-CA
out-of-domain | alexa quelle est la monnaie du maroc | FB
out-of-domain | alexa c'est quoi le pib de l'allemagne | FB
out-of-domain | alexa qui est le premier ministre du canada | FB | fr-CA
out-of-domain | alexa le président de la côte d'ivoire c'est qui | FB
out-of-domain | alexa comment on dit merci en japonais | FB
out-of-domain | alexa donne-moi une recette de tajine | FB
out-of-domain | alexa quelle est la ville la plus peuplée de l'australie | FB
out-of-domain | alexa c'est quoi la capitale du cantal | FB
out-of-domain | alexa la capitale de la toscane | FB
out-of-domain | alexa combien d'habitants en côte d'ivoire | FB
out-of-domain | alexa c'est quoi la spécialité culinaire de lyon | FB
out-of-domain | alexa quel temps il fait à toulouse demain | FB
out-of-domain | alexa c'est quoi le plus haut sommet de bretagne | FB
out-of-domain | alexa combien de temps de vol pour dakar | FB
out-of-domain | alexa mets la radio rfi | FB
out-of-domain | alexa qui a gagné l'étape du tour aujourd'hui | FB
out-of-domain | alexa combien de points vaut le k au scrabble | FB
out-of-domain | alexa la capitale du pays basque c'est bayonne | FB
out-of-domain | alexa c'est quoi la capitale de la kabylie | FB
out-of-domain | alexa quel est le drapeau de l'ukraine | FB
out-of-domain | alexa quelle est la ville la plus grande des pays-bas | FB
out-of-domain | alexa à quelle heure ouvre la boulangerie | FB
out-of-domain | alexa ça coûte combien un permis de conduire | FB
out-of-domain | alexa c'est quand la saison de la chasse à l'orignal | FB | fr-CA
out-of-domain | alexa quelle est la plus grande ville du manitoba | FB | fr-CA
out-of-domain | alexa c'est quoi le drapeau de l'acadie | FB | fr-CA
out-of-domain | alexa combien d'habitants en haïti | FB | fr-CA
out-of-domain | alexa la capitale nationale c'est-tu ottawa ou gatineau | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale régionale de la beauce | FB | fr-CA
out-of-domain | alexa c'est quoi le score des remparts à soir | FB | fr-CA
out-of-domain | alexa quelle langue parlent les gens au suriname | FB
plural-capitals | alexa le jammu-et-cachemire a deux capitales c'est lesquelles | IN-JK
shared-name | alexa la capitale du congo c'est laquelle | CD+CG
# Help
help | alexa comment ça marche ton jeu de capitales | HELP
help | alexa qu'est-ce que je peux te demander au juste | HELP
help | alexa je comprends pas comment on joue | HELP
help | alexa c'est quoi les règles | HELP
help | alexa explique-moi comment je dois poser ma question | HELP
help | alexa je suis perdue tu peux m'aider | HELP
help | alexa aide-moi un peu là | HELP
help | alexa qu'est-ce que tu sais faire avec les capitales | HELP
help | alexa mamie comprend pas comment ça fonctionne aide-la | HELP
help | alexa j'ai besoin d'un coup de main | HELP
help | alexa tu peux me rappeler ce que je dois dire | HELP
help | alexa c'est quoi les commandes | HELP
help | alexa chu mêlé comment ça marche ton affaire | HELP | fr-CA
help | alexa j'comprends rien aide-moi donc | HELP | fr-CA
help | alexa qu'est-ce que je suis supposé dire | HELP | fr-CA
help | alexa montre-moi comment ça marche | HELP | fr-CA
help | alexa donne-moi des exemples de questions | HELP
help | alexa à l'aide | HELP
help | alexa j'ai besoin d'aide avec capitales du monde | HELP
help | alexa peux-tu m'expliquer le jeu | HELP | fr-CA
help | alexa aide s'il te plaît je sais pas quoi dire | HELP
help | alexa c'est quoi que je dois faire là | HELP | fr-CA
help | alexa comment je demande une capitale | HELP
# Stop: ends the skill
stop | alexa arrête le jeu | STOP
stop | alexa c'est fini pour aujourd'hui | STOP
stop | alexa on arrête là merci | STOP
stop | alexa ferme capitales du monde | STOP
stop | alexa quitte l'application | STOP
stop | alexa au revoir et à demain | STOP
stop | alexa bonne nuit on arrête | STOP
stop | alexa ça suffit pour ce soir | STOP
stop | alexa j'en ai assez des capitales | STOP
stop | alexa stop stop | STOP
stop | alexa ok c'est beau on arrête ça | STOP | fr-CA
stop | alexa ferme ça | STOP | fr-CA
stop | alexa bye bye | STOP | fr-CA
stop | alexa c'est assez pour à soir | STOP | fr-CA
stop | alexa on lâche ça là | STOP | fr-CA
stop | alexa sors du jeu | STOP
stop | alexa termine | STOP
stop | alexa arrête-toi là les enfants vont se coucher | STOP
stop | alexa quitte capitales du monde | STOP | fr-CA
stop | alexa on a fini merci beaucoup | STOP
stop | alexa c'est terminé | STOP | fr-CA
stop | alexa éteins-toi | STOP
# Cancel: drops what was asked
cancel | alexa laisse tomber | CANCEL
cancel | alexa oublie ça | CANCEL
cancel | alexa non rien finalement | CANCEL
cancel | alexa oublie ma question | CANCEL
cancel | alexa c'est pas grave laisse | CANCEL
cancel | alexa annule ma demande | CANCEL
cancel | alexa finalement non | CANCEL
cancel | alexa non non laisse tomber le livreur est là | CANCEL
cancel | alexa oublie ça d'abord | CANCEL | fr-CA
cancel | alexa annule ça | CANCEL | fr-CA
cancel | alexa non c'est correct oublie ça | CANCEL | fr-CA
cancel | alexa laisse donc faire | CANCEL | fr-CA
cancel | alexa annule annule | CANCEL
cancel | alexa je me suis trompé annule | CANCEL
cancel | alexa non attends annule la question | CANCEL
cancel | alexa ah pis laisse faire c'est pas important | CANCEL | fr-CA
cancel | alexa rien oublie | CANCEL
cancel | alexa tant pis laisse tomber | CANCEL
cancel | alexa c'est beau annule | CANCEL | fr-CA
cancel | alexa oublie ce que je viens de dire | CANCEL
cancel | alexa non pas ça annule | CANCEL
cancel | alexa annule la dernière question | CANCEL | fr-CA
# Launch
launch | alexa ouvre capitales du monde | LAUNCH
launch | alexa lance capitales du monde | LAUNCH
launch | alexa démarre le jeu capitales du monde | LAUNCH
launch | alexa on va jouer à capitales du monde | LAUNCH
launch | alexa ouvre le jeu des capitales du monde | LAUNCH
launch | alexa lance capitales du monde pour mamie | LAUNCH
launch | alexa j'aimerais jouer à capitales du monde | LAUNCH | fr-CA
launch | alexa part capitales du monde | LAUNCH | fr-CA
launch | alexa peux-tu ouvrir capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde s'il te plaît | LAUNCH
launch | alexa vas-y lance capitales du monde | LAUNCH
launch | alexa commence capitales du monde | LAUNCH
launch | alexa démarre capitales du monde | LAUNCH | fr-CA
launch | alexa capitales du monde | LAUNCH | fr-CA
"""

if __name__ == "__main__":
    build_round(25, "fr", LINES, sys.argv, "tests/Eval/fr/round25/source/build_corpus.py")
