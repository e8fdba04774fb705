"""Round 49, French (fr-FR, fr-CA): a new author's own mix, written blind at the start of the fifty-fifth session
(brief WRITER61.md), about two fifths of the lines fr-CA. Speakers and situations chosen apart from round 48 (no
Francs-Comtois, Ligériens, Charentais, Périgourdins, Stéphanois, Saint-Pierrais as speakers, Franco-Brazilian,
Franco-Spanish or Franco-Malagasy families, German, Indian, Nigerian or Swedish learners, South-West Montrealers,
Appalachians, Franco-Yukoners and Franco-Ténois, Louisiana Cajuns, Franco-Americans of New England, Acadians of Prince
Edward Island, Punjabi or Iranian Montrealers; none of round 48's jobs, school years, games or home situations) and
from the groups round 48 lists as avoided from rounds 44 to 47.
fr-FR speakers: Dauphinois of Grenoble, Voiron, the Vercors and Chamrousse ("ça me fait zire", "la gonfle", "pacaud",
"cheni", the Bastille cable car, the Brûleurs de loups, the synchrotron), Limousins of Limoges, Brive, Tulle and the
Creuse ("quò", the porcelain, the CSP, the Limousine cows, chestnuts, the Nuits de nacre), Héraultais of Montpellier,
Sète and Béziers ("qué", "fada", the joutes, the tielle, the Étang de Thau oysters, rugby), Béarnais of Pau and the
Vallée d'Ossau ("adishatz", "macarel", the Section paloise, the garbure, the Aubisque), Ardennais of
Charleville-Mézières, Sedan and Givet (the Marionnettes festival, Rimbaud, the Meuse, boar hunting, the Belgian
border), Franco-Senegalese families ("nanga def", "jërëjëf", "waaw", "mame", the thiéboudienne, the Magal),
Franco-Russian families ("davaï", "babouchka", "nu", "kak dela", blinis, Orthodox Easter), Franco-Comorian families
("ewa", "koko", "hapana", the grand mariage, the mataba) and learners (a Chinese master's student, a Filipino nanny, an
Afghan refugee in a language course, a Czech hockey player: article, gender and word-order errors, "please",
"excuse me", "yes"). Jobs: a lorry driver, a pharmacist, a postwoman, firefighters, a hairdresser, a night security
guard, a gendarme, a PE teacher, a florist, a switchboard operator. School: CM deux, sixième, troisième and the brevet,
première, BTS tourisme, prépa, a licence de géographie, the Sciences Po entrance exam. Games and TV: Tout le monde veut
prendre sa place, Slam, Trivial Pursuit, the petit bac, a pub quiz, Fort Boyard, Le Maillon faible. Home: Christmas
Eve, Roland-Garros, the raclette, walking the dog, the washing-up, the Sunday market, ironing, the Six Nations, moving
house, the rentrée.
fr-CA speakers: Franco-Terre-Neuviens of the Port-au-Port peninsula ("boy", "pis", cod, the ferry), Franco-Nunavois of
Iqaluit ("qujannamiik", the Toonik Tyme, the sealift, the qamutik), Québécois workers at Fort McMurray (the camp, the
oil sands, the twelve-hour shift, the Tim), Filipino Montrealers of Côte-des-Neiges ("salamat", "naku", "ate", "kuya",
"anak", the balikbayan box, the Simbang Gabi), Guatemalan and Mexican seasonal farm workers ("órale", "gracias", "mi
familia": gender and article errors), Sephardic Montrealers ("yallah", "mazal tov", "la nona", the Mimouna) and
Ahuntsic-Cartierville Montrealers ("tsé", "pantoute", "chus", "toé", the Marché Central, the Rivière-des-Prairies).
Jobs: a snow-removal driver, an Air Transat flight attendant, a dépanneur clerk, a Hydro-Québec lineman, a garderie
educator, a Jean Coutu pharmacist, a plumber, a casse-croûte waitress, a school janitor, a log-truck driver. School:
deuxième and cinquième année, secondaire un and cinq, the dictée, a geography club, summer homework, Université Laval.
Games and TV: Génial, Le Tricheur, a trivia night at the brasserie, Scrabble, Trivial Pursuit at the chalet. Home: the
cabane à sucre, the réveillon and the tourtière, the chalet, the first snowstorm, Halloween, moving day, the Grand
Prix, the playoffs, the Bye Bye.
Families per speaker group and situation, and the shared families (follow-up, plural-capitals, subdivision,
out-of-domain, help, stop, cancel, launch, yes-no-check, self-correction, reverse-question, official-name,
everyday-name, shared-name). Lines of rounds 1-48 are dropped (build_round with round 49's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# --- fr-FR: Dauphinois (Grenoble, Voiron, the Vercors, Chamrousse: "ça me fait zire", "la gonfle", "pacaud", "cheni", the Bastille cable car, the Brûleurs de loups, the gratin dauphinois)
dauphinois | alexa depuis la bastille on voit les montagnes dis-moi la capitale {} | du népal=NP; du tadjikistan=TJ; de l'afghanistan=AF
dauphinois | alexa ça me fait zire de chercher dans le livre c'est quoi la capitale {} | de l'ouzbékistan=UZ; du turkménistan=TM; du kazakhstan=KZ
dauphinois | alexa y a de la gonfle partout sur le balcon et le petit demande la capitale {} | de l'islande=IS; du groenland=GL; de la finlande=FI
dauphinois | alexa aux brûleurs de loups on a un nouveau joueur {} c'est quoi sa capitale | letton=LV; estonien=EE; lituanien=LT
dauphinois | alexa range ton cheni et dis-moi la capitale {} | de la slovénie=SI; du monténégro=ME; de la macédoine du nord=MK
dauphinois | alexa en faisant le gratin dauphinois je me demandais c'est quoi la capitale du chili | CL
dauphinois | alexa à la station de chamrousse un moniteur venait d'andorre c'est quoi la capitale | AD
dauphinois | alexa dans le vercors on a croisé des randonneurs {} quelle est leur capitale | suisses allemands=CH; autrichiens=AT; slovaques=SK
dauphinois | alexa t'es un peu pacaud ou tu connais la capitale du bhoutan | BT
dauphinois | alexa au labo du synchrotron y a une chercheuse {} c'est quoi la capitale de son pays | sud-coréenne=KR; japonaise=JP; taïwanaise=TW
# --- fr-FR: Limousins (Limoges, the Creuse, Brive, Tulle: "quò", the porcelain, the CSP basketball, the Limousine cows, the Oradour memorial, the accordion in Tulle)
limousins | alexa quò c'est quoi la capitale {} | du burkina faso=BF; du mali=ML; du niger=NE
limousins | alexa à la porcelaine on expédie un service {} c'est quoi leur capitale | en arabie saoudite=SA; au koweït=KW; à bahreïn=BH
limousins | alexa au match du csp y avait un pivot {} c'est quoi la capitale | serbe=RS; croate=HR; monténégrin=ME
limousins | alexa on vend des vaches limousines {} c'est quoi la capitale là-bas | au kazakhstan=KZ; en turquie=TR; au paraguay=PY
limousins | alexa dans la creuse on a des voisins anglais ils me demandent la capitale du pays de galles | GB-WLS
limousins | alexa à brive à la foire du livre un auteur venait {} quelle est la capitale | du rwanda=RW; du burundi=BI; de l'ouganda=UG
limousins | alexa à tulle pendant les nuits de nacre un accordéoniste venait {} c'est quoi la capitale | d'argentine=AR; d'uruguay=UY; de colombie=CO
limousins | alexa dis donc quò c'est quoi la capitale de la zambie | ZM
limousins | alexa en épluchant les châtaignes dis-moi la capitale {} | du malawi=MW; du zimbabwe=ZW; du botswana=BW
# --- fr-FR: Héraultais (Montpellier, Sète, Béziers, the Étang de Thau: the joutes, the tielle, the Place de la Comédie, rugby at Béziers, "qué", "fada")
heraultais | alexa qué c'est quoi la capitale {} | de l'érythrée=ER; de djibouti=DJ; de la somalie=SO
heraultais | alexa aux joutes de sète un jouteur venait {} c'est quoi la capitale | de tunisie=TN; de libye=LY; de malte=MT
heraultais | alexa en mangeant une tielle je me demande la capitale {} | de chypre=CY; de la grèce=GR; de l'albanie=AL
heraultais | alexa t'es fada ou quoi dis-moi la capitale du soudan du sud | SS
heraultais | alexa sur la place de la comédie y a des touristes {} c'est quoi leur capitale | philippins=PH; indonésiens=ID; malaisiens=MY
heraultais | alexa à l'étang de thau on vend des huîtres {} c'est quelle capitale | à singapour=SG; au vietnam=VN; en thaïlande=TH
heraultais | alexa à béziers au rugby on a un pilier {} c'est quoi la capitale de son pays | fidjien=FJ; tongien=TO; samoan=WS
heraultais | alexa à la fac de médecine de montpellier y a un interne {} c'est quoi sa capitale | libanais=LB; syrien=SY; jordanien=JO
heraultais | alexa allez qué la capitale de la géorgie le pays pas l'état | GE
# --- fr-FR: Béarnais (Pau, Orthez, Oloron, the Vallée d'Ossau: "adishatz", "macarel", the Section paloise, the garbure, the Tour de France in the Aubisque, the Boulevard des Pyrénées)
bearnais | alexa adishatz dis-moi la capitale {} | de l'espagne=ES; du portugal=PT; du maroc=MA
bearnais | alexa macarel j'ai oublié la capitale {} | de la bolivie=BO; du pérou=PE; de l'équateur=EC
bearnais | alexa à la section paloise on a un ailier {} c'est quoi sa capitale | géorgien=GE; argentin=AR; néo-zélandais=NZ
bearnais | alexa en faisant la garbure dis-moi la capitale {} | du venezuela=VE; de la guyana=GY; du suriname=SR
bearnais | alexa sur le boulevard des pyrénées un monsieur m'a demandé la capitale du costa rica | CR
bearnais | alexa à l'aubisque pendant le tour un coureur venait {} c'est quoi la capitale | d'érythrée=ER; d'équateur=EC; de slovénie=SI
bearnais | alexa dans la vallée d'ossau avec les brebis je me demande la capitale de l'écosse | GB-SCT
bearnais | alexa adishatz tu connais la capitale du honduras | HN
# --- fr-FR: Ardennais (Charleville-Mézières, Sedan, Givet: "une caillasse", "un caillou", the Marionnettes festival, Rimbaud, the Meuse, the Belgian border, the boar)
ardennais | alexa au festival des marionnettes une troupe venait {} c'est quoi la capitale | du kirghizstan=KG; du mozambique=MZ; du bénin=BJ
ardennais | alexa à givet on passe la frontière dis-moi la capitale de la belgique | BE
ardennais | alexa au château fort de sedan un guide parlait {} c'est quoi la capitale | du luxembourg=LU; des pays-bas=NL; du danemark=DK
ardennais | alexa rimbaud a vécu en abyssinie c'est quoi la capitale de l'éthiopie | ET
ardennais | alexa rimbaud a vécu au yémen c'est quoi la capitale du yémen | YE
ardennais | alexa en allant à la chasse au sanglier on parlait {} c'est quoi la capitale | de la roumanie=RO; de la bulgarie=BG; de la hongrie=HU
ardennais | alexa le long de la meuse en vélo je me demandais la capitale {} | de la rhénanie-du-nord-westphalie=DE-NW; de la sarre=DE-SL; de la rhénanie-palatinat=DE-RP
# --- fr-FR: Franco-Senegalese families (Mantes-la-Jolie, Montreuil, Rouen: "nanga def", "jërëjëf", "waaw", "mame", the thiéboudienne, the Magal, the cousins in Dakar)
franco-senegalais | alexa nanga def c'est quoi la capitale {} | du sénégal=SN; de la gambie=GM; de la guinée-bissau=GW
franco-senegalais | alexa mame demande la capitale {} | de la mauritanie=MR; du cap-vert=CV; de la guinée=GN
franco-senegalais | alexa jërëjëf et c'est quoi la capitale de la sierra leone | SL
franco-senegalais | alexa waaw dis-moi la capitale {} | du libéria=LR; du ghana=GH; du togo=TG
franco-senegalais | alexa pendant la thiéboudienne tonton dit que la capitale du nigeria c'est lagos c'est vrai | NG
franco-senegalais | alexa le cousin part travailler {} c'est quoi la capitale | en guinée équatoriale=GQ; au gabon=GA; au tchad=TD
franco-senegalais | alexa pour le magal y a des gens qui viennent {} c'est quoi leur capitale | de gambie=GM; de côte d'ivoire=CI; de mauritanie=MR
franco-senegalais | alexa waaw mame veut savoir la capitale de sao tomé-et-principe | ST
# --- fr-FR: Franco-Russian families (Meudon, Sainte-Geneviève-des-Bois: "babouchka", "davaï", "nu", "kak dela", the blinis, the Orthodox Easter)
franco-russes | alexa davaï dis-moi la capitale {} | de la russie=RU; de la biélorussie=BY; de la moldavie=MD
franco-russes | alexa babouchka demande c'est quoi la capitale {} | de l'azerbaïdjan=AZ; de l'arménie=AM; de la mongolie=MN
franco-russes | alexa nu alors la capitale de l'ukraine c'est kiev ou kyiv | UA
franco-russes | alexa pour la pâque orthodoxe la famille vient {} c'est quoi la capitale | de lettonie=LV; d'estonie=EE; de géorgie=GE
franco-russes | alexa kak dela dis-moi la capitale de la corée du nord | KP
franco-russes | alexa en faisant les blinis je me demande la capitale {} | du tadjikistan=TJ; de l'ouzbékistan=UZ; du kirghizistan=KG
franco-russes | alexa davaï davaï la capitale du turkménistan vite | TM
# --- fr-FR: Franco-Comorian families (Dunkirk, Paris 19e, Mayotte cousins: "hapana", "ewa", "koko", the grand mariage, the mataba)
franco-comoriens | alexa ewa c'est quoi la capitale {} | des comores=KM; de madagascar=MG; de maurice=MU
franco-comoriens | alexa koko veut savoir la capitale {} | de mayotte=YT; de la réunion=RE; des seychelles=SC
franco-comoriens | alexa pour le grand mariage les invités viennent {} c'est quoi leur capitale | de tanzanie=TZ; du kenya=KE; du mozambique=MZ
franco-comoriens | alexa hapana c'est pas ça je veux la capitale des maldives | MV
franco-comoriens | alexa en faisant le mataba dis-moi la capitale de l'île maurice | MU
franco-comoriens | alexa ewa la capitale de l'afrique du sud c'est johannesburg | ZA
# --- fr-FR: learners (a Chinese master's student, a Filipino nanny, an Afghan refugee in an OFII language course, a Czech hockey player in Grenoble: gender, article and word-order errors, English words)
apprenants | alexa quelle est le capital de chine s'il vous plaît | CN
apprenants | alexa moi je veux savoir capitale {} | de philippines=PH; la thaïlande=TH; le myanmar=MM
apprenants | alexa please la capitale pour afghanistan c'est quoi | AF
apprenants | alexa la capitale de tchéquie est prague yes | CZ
apprenants | alexa dis moi le capitale {} please | du pakistan=PK; de iran=IR; de irak=IQ
apprenants | alexa quel est la capitale de le cambodge | KH
apprenants | alexa excuse me la capitale du laos c'est quoi | LA
apprenants | alexa je cherche capitale pays {} | bangladesh=BD; sri lanka=LK; népal=NP
apprenants | alexa ma professeur demande la capitale de brunei | BN
apprenants | alexa la capital de timor oriental c'est quoi | TL
apprenants | alexa toi savoir capitale de papouasie-nouvelle-guinée | PG
apprenants | alexa salamat non pardon merci quelle capitale de palaos | PW
apprenants | alexa is it la capitale de tchéquie ou république tchèque même chose | CZ
apprenants | alexa je veux le capitale du slovaquie | SK
# --- fr-FR: jobs (a lorry driver, a pharmacist, a postwoman, a firefighter, a hairdresser, a night security guard, a gendarme, a PE teacher, a florist, a switchboard operator)
metiers-fr | alexa je suis routier sur l'a sept et je livre {} c'est quoi la capitale | en andorre=AD; à monaco=MC; au liechtenstein=LI
metiers-fr | alexa à la pharmacie une cliente venait {} c'est quoi la capitale | du soudan=SD; d'égypte=EG; d'algérie=DZ
metiers-fr | alexa je suis factrice et j'ai une carte postale {} c'est quoi la capitale | de nouvelle-zélande=NZ; d'australie=AU; de polynésie française=PF
metiers-fr | alexa à la caserne les pompiers font un quiz c'est quoi la capitale {} | du canada=CA; des états-unis=US; du mexique=MX
metiers-fr | alexa au salon de coiffure une cliente rentre {} c'est quoi la capitale | du cambodge=KH; du sri lanka=LK; de birmanie=MM
metiers-fr | alexa je fais la ronde de nuit et je m'ennuie c'est quoi la capitale {} | de la dominique=DM; de sainte-lucie=LC; de la grenade=GD
metiers-fr | alexa à la gendarmerie on a un stagiaire qui demande la capitale du vanuatu | VU
metiers-fr | alexa je suis prof de sport et mes élèves veulent la capitale {} | du kenya=KE; de l'éthiopie=ET; de la jamaïque=JM
metiers-fr | alexa à la boutique de fleurs on reçoit des roses {} c'est quoi la capitale | d'équateur=EC; de colombie=CO; du kenya=KE
metiers-fr | alexa au standard une dame appelle {} c'est quoi la capitale | d'haïti=HT; de la martinique=MQ; de la guadeloupe=GP
metiers-fr | alexa je suis chauffeur routier et je passe par la capitale {} | de la lituanie=LT; de la lettonie=LV; de l'estonie=EE
metiers-fr | alexa à l'officine on a un médicament fabriqué en inde c'est quoi la capitale de l'inde | IN
metiers-fr | alexa pendant ma tournée de courrier dis-moi la capitale {} | de saint-marin=SM; du vatican=VA; de malte=MT
# --- fr-FR: school (CM deux, sixième, troisième and the brevet, première, BTS tourisme, a prépa, a licence de géographie, the Sciences Po entrance exam)
ecole-fr | alexa pour mon contrôle de cm deux c'est quoi la capitale {} | de l'allemagne=DE; de l'italie=IT; du royaume-uni=GB
ecole-fr | alexa en sixième on apprend les capitales c'est quoi la capitale {} | de l'autriche=AT; de la suède=SE; de l'irlande=IE
ecole-fr | alexa pour le brevet de troisième dis-moi la capitale {} | de la chine=CN; du japon=JP; de la corée du sud=KR
ecole-fr | alexa en première en géo on fait l'afrique c'est quoi la capitale {} | du nigeria=NG; de l'angola=AO; de la namibie=NA
ecole-fr | alexa pour mon bts tourisme j'ai besoin de la capitale {} | des bahamas=BS; de la barbade=BB; de cuba=CU
ecole-fr | alexa en prépa le colleur m'a demandé la capitale du myanmar j'ai séché | MM
ecole-fr | alexa pour ma licence de géographie la capitale {} | du brésil=BR; de l'argentine=AR; du paraguay=PY
ecole-fr | alexa je révise le concours de sciences po c'est quoi la capitale {} | d'israël=IL; de la palestine=PS; de l'iran=IR
ecole-fr | alexa la maîtresse de cm deux a dit que la capitale de l'australie c'est sydney c'est ça | AU
ecole-fr | alexa pour l'exposé de sixième sur l'océanie c'est quoi la capitale {} | de nauru=NR; de tuvalu=TV; des kiribati=KI
ecole-fr | alexa pour le bts on a un dossier sur les îles {} c'est quoi la capitale | marshall=MH; salomon=SB; cook=CK
ecole-fr | alexa en troisième le prof d'histoire demande la capitale de la turquie | TR
ecole-fr | alexa j'ai un partiel de géo demain la capitale des états fédérés de micronésie | FM
# --- fr-FR: games and TV (Tout le monde veut prendre sa place, Slam, Trivial Pursuit, the petit bac, a pub quiz, Fort Boyard, Le Maillon faible)
jeux-fr | alexa à tout le monde veut prendre sa place ils ont demandé la capitale {} | du belize=BZ; du guatemala=GT; du salvador=SV
jeux-fr | alexa dans slam la grille disait capitale {} | du nicaragua=NI; du panama=PA; de la république dominicaine=DO
jeux-fr | alexa au trivial pursuit la carte bleue demande la capitale {} | du qatar=QA; d'oman=OM; des émirats arabes unis=AE
jeux-fr | alexa on fait un petit bac avec la lettre t il nous faut la capitale {} | du togo=TG; de la tanzanie=TZ; de trinité-et-tobago=TT
jeux-fr | alexa au quiz du bar on a perdu sur la capitale {} | du lesotho=LS; de l'eswatini=SZ; du swaziland=SZ
jeux-fr | alexa le père fouras m'a posé une énigme sur la capitale de l'ouganda | UG
jeux-fr | alexa au maillon faible on m'a demandé la capitale {} | de la centrafrique=CF; du cameroun=CM; du congo-brazzaville=CG
jeux-fr | alexa pour gagner au trivial c'est quoi la capitale de saint-kitts-et-nevis | KN
jeux-fr | alexa au quiz du pub la question bonus c'est la capitale {} | de saint-vincent-et-les-grenadines=VC; d'antigua-et-barbuda=AG; de la dominique=DM
jeux-fr | alexa on joue au petit bac lettre m c'est quoi la capitale {} | de la mauritanie=MR; de madagascar=MG; du mali=ML
jeux-fr | alexa au quiz de fort boyard ils ont dit la capitale du kosovo | XK
# --- fr-FR: home (Christmas Eve, Roland-Garros, the raclette, walking the dog, the washing-up, the Sunday market, ironing, the Six Nations, moving house, the rentrée)
maison-fr | alexa pendant le réveillon de noël tonton veut savoir la capitale {} | de la norvège=NO; du danemark=DK; de l'islande=IS
maison-fr | alexa on regarde roland-garros et y a un joueur {} c'est quoi sa capitale | kazakh=KZ; serbe=RS; grec=GR
maison-fr | alexa pendant la raclette dis-moi la capitale {} | de la suisse=CH; du luxembourg=LU; de l'autriche=AT
maison-fr | alexa je promène le chien dis-moi la capitale {} | de la tunisie=TN; de la jordanie=JO; du liban=LB
maison-fr | alexa je fais la vaisselle c'est quoi la capitale {} | de l'irak=IQ; de la syrie=SY; du yémen=YE
maison-fr | alexa au marché du dimanche le poissonnier vient {} c'est quoi la capitale | du sénégal=SN; du vietnam=VN; du portugal=PT
maison-fr | alexa je repasse le linge c'est quoi la capitale {} | de la croatie=HR; de la bosnie-herzégovine=BA; de la serbie=RS
maison-fr | alexa pendant le tournoi des six nations c'est quoi la capitale {} | de l'angleterre=GB-ENG; de l'irlande du nord=GB-NIR; de l'italie=IT
maison-fr | alexa on déménage et les cartons sont partout c'est quoi la capitale de la pologne | PL
maison-fr | alexa pour la rentrée le petit veut réviser la capitale {} | de l'espagne=ES; de la belgique=BE; des pays-bas=NL
maison-fr | alexa devant le foot à la télé c'est quoi la capitale {} | du cap-vert=CV; du ghana=GH; de la côte d'ivoire=CI
maison-fr | alexa pendant l'apéro chez les voisins on se dispute sur la capitale du canada | CA
maison-fr | alexa en pliant le linge dis-moi la capitale {} | de la roumanie=RO; de la bulgarie=BG; de la grèce=GR
# --- fr-CA: Franco-Terre-Neuviens (the Port-au-Port peninsula, Cap-Saint-Georges, La Grand'Terre, Stephenville: "boy", "pis", "la morue", the Acadian and Breton roots, the ferry to Nova Scotia)
franco-terre-neuviens | alexa boy c'est quoi la capitale {} | de terre-neuve=CA-NL; de la nouvelle-écosse=CA-NS; de l'île-du-prince-édouard=CA-PE | fr-CA
franco-terre-neuviens | alexa à cap-saint-georges on pêche la morue pis je me demande la capitale de l'islande | IS | fr-CA
franco-terre-neuviens | alexa sur le traversier pour north sydney dis-moi la capitale {} | du nouveau-brunswick=CA-NB; de l'ontario=CA-ON; du manitoba=CA-MB | fr-CA
franco-terre-neuviens | alexa mon grand-père avait des ancêtres bretons c'est quoi la capitale de la france | FR | fr-CA
franco-terre-neuviens | alexa à la grand'terre on a reçu des visiteurs {} c'est quoi la capitale | de saint-pierre-et-miquelon=PM; des îles féroé=FO; du groenland=GL | fr-CA
franco-terre-neuviens | alexa boy la capitale de l'irlande c'est-tu dublin | IE | fr-CA
# --- fr-CA: Franco-Nunavois (Iqaluit: "qujannamiik", the Toonik Tyme, the sealift, the qamutik, the Frobisher Bay, the caribou)
franco-nunavois | alexa qujannamiik pis c'est quoi la capitale {} | du nunavut=CA-NU; des territoires du nord-ouest=CA-NT; du yukon=CA-YT | fr-CA
franco-nunavois | alexa à iqaluit le bateau du ravitaillement arrive {} c'est quoi la capitale | du québec=CA-QC; de la nouvelle-écosse=CA-NS; du groenland=GL | fr-CA
franco-nunavois | alexa pendant le toonik tyme un visiteur m'a demandé la capitale de la norvège | NO | fr-CA
franco-nunavois | alexa sur le qamutik avec mon chum on parlait {} c'est quoi la capitale | de la finlande=FI; de la suède=SE; de la russie=RU | fr-CA
franco-nunavois | alexa à la baie de frobisher y fait moins quarante c'est quoi la capitale de l'alaska | US-AK | fr-CA
# --- fr-CA: Québécois workers at Fort McMurray ("le camp", "les sables bitumineux", "mon chum", the fly-in fly-out, the shift of fourteen days, Tim Hortons)
fort-mcmurray | alexa au camp à fort mac mon chum veut savoir la capitale {} | de l'alberta=CA-AB; de la saskatchewan=CA-SK; de la colombie-britannique=CA-BC | fr-CA
fort-mcmurray | alexa dans les sables bitumineux y a des gars {} c'est quoi la capitale de leur pays | du venezuela=VE; du nigeria=NG; d'irlande=IE | fr-CA
fort-mcmurray | alexa après ma shift de douze heures dis-moi la capitale {} | du texas=US-TX; de l'oklahoma=US-OK; du dakota du nord=US-ND | fr-CA
fort-mcmurray | alexa dans l'avion pour fort mac le gars à côté vient {} c'est quoi la capitale | des philippines=PH; de somalie=SO; du pakistan=PK | fr-CA
fort-mcmurray | alexa au tim de fort mac on gage sur la capitale du koweït | KW | fr-CA
fort-mcmurray | alexa mon boss est albertain pis y sait pas la capitale de l'alberta c'est quoi | CA-AB | fr-CA
# --- fr-CA: Filipino Montrealers (Côte-des-Neiges: "ate", "kuya", "anak", "salamat", "naku", the adobo, the Simbang Gabi, the balikbayan box)
philippins-mtl | alexa salamat c'est quoi la capitale {} | des philippines=PH; de l'indonésie=ID; de la malaisie=MY | fr-CA
philippins-mtl | alexa naku anak demande la capitale {} | de guam=GU; de palaos=PW; des îles mariannes du nord=MP | fr-CA
philippins-mtl | alexa kuya envoie une balikbayan box {} c'est quoi la capitale | en arabie saoudite=SA; aux émirats=AE; au qatar=QA | fr-CA
philippins-mtl | alexa ate dit que la capitale du japon c'est osaka c'est-tu vrai | JP | fr-CA
philippins-mtl | alexa après la simbang gabi à côte-des-neiges dis-moi la capitale du timor-leste | TL | fr-CA
philippins-mtl | alexa en faisant l'adobo je me demande la capitale du brunei | BN | fr-CA
# --- fr-CA: Guatemalan and Mexican seasonal farm workers (the farms, the strawberries, the greenhouse: "órale", "gracias", "mi familia", gender and article errors)
travailleurs-agricoles | alexa órale la capitale {} c'est quoi | de guatemala=GT; du honduras=HN; de el salvador=SV | fr-CA
travailleurs-agricoles | alexa gracias et la capitale {} | de oaxaca=MX-OAX; de chiapas=MX-CHP; de michoacán=MX-MIC | fr-CA
travailleurs-agricoles | alexa dans la serre mon ami demande quelle est le capitale {} | du jalisco=MX-JAL; du yucatán=MX-YUC; de veracruz=MX-VER | fr-CA
travailleurs-agricoles | alexa le patron de la ferme il demande capitale du mexique | MX | fr-CA
travailleurs-agricoles | alexa mi familia est à puebla c'est quoi la capitale de puebla | MX-PUE | fr-CA
travailleurs-agricoles | alexa pour les fraises on travaille avec un gars de la jamaïque c'est quoi capitale | JM | fr-CA
travailleurs-agricoles | alexa órale quelle est la capitale de le nicaragua | NI | fr-CA
# --- fr-CA: Sephardic Montrealers (Côte-Saint-Luc is used: Outremont, Saint-Laurent: "mazal tov", "yallah", "la nona", Moroccan Jewish roots, the Mimouna, the Festival sefarad)
sepharades-mtl | alexa yallah c'est quoi la capitale {} | d'israël=IL; du maroc=MA; de l'espagne=ES | fr-CA
sepharades-mtl | alexa la nona demande la capitale {} | de la tunisie=TN; de l'éthiopie=ET; de l'argentine=AR | fr-CA
sepharades-mtl | alexa pour la mimouna les cousins viennent {} c'est quoi la capitale | du maroc=MA; d'israël=IL; de france=FR | fr-CA
sepharades-mtl | alexa mazal tov et c'est quoi la capitale de gibraltar | GI | fr-CA
sepharades-mtl | alexa au festival sefarad un chanteur venait {} quelle capitale | de turquie=TR; de grèce=GR; de bulgarie=BG | fr-CA
# --- fr-CA: Ahuntsic-Cartierville (the Rivière-des-Prairies, the Marché Central, the Sault-au-Récollet: "tsé", "pantoute", "chus", "toé")
ahuntsic | alexa tsé c'est quoi la capitale {} | de la louisiane=US-LA; du maine=US-ME; du vermont=US-VT | fr-CA
ahuntsic | alexa chus au marché central pis je veux la capitale {} | du new hampshire=US-NH; du massachusetts=US-MA; du connecticut=US-CT | fr-CA
ahuntsic | alexa toé connais-tu la capitale {} | de la floride=US-FL; de la géorgie l'état=US-GA; de la caroline du sud=US-SC | fr-CA
ahuntsic | alexa le long de la rivière-des-prairies je me demandais la capitale du québec | CA-QC | fr-CA
ahuntsic | alexa je le sais pantoute c'est quoi la capitale {} | de l'ohio=US-OH; du michigan=US-MI; de l'illinois=US-IL | fr-CA
ahuntsic | alexa au sault-au-récollet dis-moi la capitale de l'état de new york | US-NY | fr-CA
# --- fr-CA: jobs (a snow-removal driver, an Air Transat flight attendant, a dépanneur clerk, a Hydro-Québec lineman, a CPE educator, a Jean Coutu pharmacist, a plumber, a casse-croûte waitress, a school janitor, a log-truck driver)
metiers-ca | alexa je déneige à trois heures du matin dis-moi la capitale {} | de la mongolie=MN; du kirghizistan=KG; de l'arménie=AM | fr-CA
metiers-ca | alexa je suis agente de bord chez transat pis demain on vole {} c'est quoi la capitale | à cuba=CU; en république dominicaine=DO; au costa rica=CR | fr-CA
metiers-ca | alexa au dépanneur un client m'a demandé la capitale {} | de l'île-du-prince-édouard=CA-PE; du nouveau-brunswick=CA-NB; de la saskatchewan=CA-SK | fr-CA
metiers-ca | alexa je suis monteur de lignes chez hydro pis on part aider {} c'est quoi la capitale | au vermont=US-VT; au maine=US-ME; à porto rico=PR | fr-CA
metiers-ca | alexa à la garderie les amis veulent savoir la capitale {} | du brésil=BR; de l'égypte=EG; de la chine=CN | fr-CA
metiers-ca | alexa au jean coutu un client revient {} c'est quoi la capitale | de la barbade=BB; des bahamas=BS; de la jamaïque=JM | fr-CA
metiers-ca | alexa je suis plombier pis je suis sous l'évier dis-moi la capitale du panama | PA | fr-CA
metiers-ca | alexa au casse-croûte un trucker m'a demandé la capitale {} | du wisconsin=US-WI; du minnesota=US-MN; de l'iowa=US-IA | fr-CA
metiers-ca | alexa je suis concierge à l'école pis les profs parlent de la capitale {} | du pérou=PE; de la bolivie le pays=BO; du chili=CL | fr-CA
metiers-ca | alexa je chauffe un truck de bois sur la cent dix-sept dis-moi la capitale {} | de l'oregon=US-OR; de l'état de washington=US-WA; de l'idaho=US-ID | fr-CA
metiers-ca | alexa agente de bord encore on atterrit {} c'est quoi la capitale | au mexique=MX; en haïti=HT; au guatemala=GT | fr-CA
metiers-ca | alexa à la garderie on fait un bricolage sur le kenya c'est quoi la capitale | KE | fr-CA
# --- fr-CA: school (deuxième année, cinquième année, secondaire un, secondaire cinq, the dictée, a geography club, summer homework, Université Laval)
ecole-ca | alexa pour ma dictée de deuxième année c'est quoi la capitale {} | de l'italie=IT; de l'allemagne=DE; de l'angleterre=GB-ENG | fr-CA
ecole-ca | alexa en cinquième année on fait les provinces c'est quoi la capitale {} | de l'ontario=CA-ON; du manitoba=CA-MB; de la colombie-britannique=CA-BC | fr-CA
ecole-ca | alexa en secondaire un le prof de géo demande la capitale {} | de l'australie=AU; de la nouvelle-zélande=NZ; des fidji=FJ | fr-CA
ecole-ca | alexa pour mon examen de secondaire cinq c'est quoi la capitale {} | de l'ukraine=UA; de la russie=RU; de la biélorussie=BY | fr-CA
ecole-ca | alexa au club de géo de l'école c'est quoi la capitale {} | du tchad=TD; du niger=NE; du soudan=SD | fr-CA
ecole-ca | alexa dans mon cahier de devoirs d'été y a la capitale {} | de la californie=US-CA; de l'arizona=US-AZ; du nevada=US-NV | fr-CA
ecole-ca | alexa pour mon cours de géographie à l'université laval c'est quoi la capitale du bangladesh | BD | fr-CA
ecole-ca | alexa ma prof de cinquième année dit que la capitale du canada c'est toronto c'est-tu ça | CA | fr-CA
ecole-ca | alexa en secondaire un on fait l'asie c'est quoi la capitale {} | de la thaïlande=TH; du vietnam=VN; du laos=LA | fr-CA
ecole-ca | alexa au club de géo la question c'est la capitale {} | du colorado=US-CO; de l'utah=US-UT; du nouveau-mexique=US-NM | fr-CA
# --- fr-CA: games and TV (Génial, Le Tricheur, a trivia night at the brasserie, Scrabble, Trivial Pursuit at the chalet, a game of Tout le monde en parle bingo)
jeux-ca | alexa à génial y ont demandé la capitale {} | du montana=US-MT; du wyoming=US-WY; du dakota du sud=US-SD | fr-CA
jeux-ca | alexa au tricheur la question c'était la capitale {} | de l'afghanistan=AF; de l'iran=IR; de l'irak=IQ | fr-CA
jeux-ca | alexa au quiz de la brasserie on bloque sur la capitale {} | du kansas=US-KS; du nebraska=US-NE; du missouri=US-MO | fr-CA
jeux-ca | alexa au scrabble mon chum a mis un nom de capitale c'est quoi la capitale du tonga | TO | fr-CA
jeux-ca | alexa au trivial au chalet on veut la capitale {} | de la pennsylvanie=US-PA; du new jersey=US-NJ; du delaware=US-DE | fr-CA
jeux-ca | alexa au quiz de la brasserie question bonus la capitale {} | de la caroline du nord=US-NC; de la virginie=US-VA; de la virginie-occidentale=US-WV | fr-CA
jeux-ca | alexa au tricheur y ont dit la capitale du tadjikistan c'est douchanbé c'est-tu vrai | TJ | fr-CA
jeux-ca | alexa à génial la capitale {} c'est quoi | du kentucky=US-KY; du tennessee=US-TN; de l'alabama=US-AL | fr-CA
jeux-ca | alexa on joue au trivial au chalet c'est quoi la capitale {} | du mississippi=US-MS; de l'arkansas=US-AR; de l'indiana=US-IN | fr-CA
# --- fr-CA: home (the cabane à sucre, the réveillon and the tourtière, the chalet, the first snowstorm, Halloween, moving day, the Grand Prix, the playoffs, the Bye Bye)
maison-ca | alexa à la cabane à sucre mon oncle veut savoir la capitale {} | du vermont=US-VT; du rhode island=US-RI; du maryland=US-MD | fr-CA
maison-ca | alexa au réveillon en mangeant la tourtière c'est quoi la capitale {} | de la belgique=BE; de la suisse=CH; du luxembourg=LU | fr-CA
maison-ca | alexa au chalet y a pas d'internet dis-moi la capitale {} | d'hawaï=US-HI; de l'alaska=US-AK; de la géorgie l'état américain=US-GA | fr-CA
maison-ca | alexa pendant la première tempête de neige c'est quoi la capitale {} | de la finlande=FI; de l'estonie=EE; de la lettonie=LV | fr-CA
maison-ca | alexa à l'halloween un petit déguisé en pharaon demande la capitale de l'égypte | EG | fr-CA
maison-ca | alexa on déménage le premier juillet pis je me demande la capitale {} | du sénégal=SN; du cameroun=CM; de la côte d'ivoire=CI | fr-CA
maison-ca | alexa pendant le grand prix de montréal c'est quoi la capitale {} | de monaco=MC; de l'azerbaïdjan=AZ; de bahreïn=BH | fr-CA
maison-ca | alexa pendant les séries le canadien joue contre {} c'est quoi la capitale de leur état | la floride=US-FL; la caroline=US-NC; le colorado=US-CO | fr-CA
maison-ca | alexa en écoutant le bye bye dis-moi la capitale du portugal | PT | fr-CA
maison-ca | alexa en pelletant l'entrée je me demande la capitale {} | de la corée du nord=KP; du japon=JP; de taïwan=TW | fr-CA
maison-ca | alexa au souper du dimanche ma belle-mère demande la capitale {} | de l'arabie saoudite=SA; des émirats=AE; d'oman=OM | fr-CA
# --- shared: plural-capitals (the several-capital countries and Palestine)
plural-capitals | alexa quelles sont les capitales {} | du bénin=BJ; de la bolivie=BO; de la côte d'ivoire=CI
plural-capitals | alexa c'est quoi les deux capitales {} | du sri lanka=LK; de la malaisie=MY; des pays-bas=NL
plural-capitals | alexa donne-moi toutes les capitales {} | de l'afrique du sud=ZA; de l'eswatini=SZ; de la palestine=PS
plural-capitals | alexa le bénin a combien de capitales et c'est lesquelles | BJ
plural-capitals | alexa la bolivie elle a deux capitales c'est lesquelles | BO
plural-capitals | alexa pourquoi la côte d'ivoire a deux capitales c'est quoi les noms | CI
plural-capitals | alexa on m'a dit que l'afrique du sud a trois capitales tu peux me les dire | ZA
plural-capitals | alexa les capitales du swaziland c'est quoi | SZ
plural-capitals | alexa les pays-bas ont deux capitales amsterdam et la haye c'est ça | NL
plural-capitals | alexa c'est quoi les capitales de la hollande | NL
plural-capitals | alexa la malaisie a deux capitales non | MY
plural-capitals | alexa dis-moi les deux capitales du sri lanka j'arrive jamais à les prononcer | LK
plural-capitals | alexa pour la palestine c'est quoi les capitales | PS
plural-capitals | alexa au brevet y avait une question sur les capitales {} | du bénin=BJ; de la bolivie=BO; de l'afrique du sud=ZA
plural-capitals | alexa mame veut connaître les capitales {} | de la côte d'ivoire=CI; du bénin=BJ; de l'eswatini=SZ
plural-capitals | alexa quelles sont les deux capitales de la bolivie sucre et la paz | BO
plural-capitals | alexa c'est-tu vrai que l'afrique du sud a plusieurs capitales c'est lesquelles | ZA | fr-CA
plural-capitals | alexa c'est quoi les capitales {} | de la malaisie=MY; du sri lanka=LK; des pays-bas=NL | fr-CA
plural-capitals | alexa nomme-moi les capitales {} | du bénin=BJ; de la bolivie=BO; de la palestine=PS | fr-CA
plural-capitals | alexa la côte d'ivoire a-tu deux capitales c'est quoi | CI | fr-CA
plural-capitals | alexa donne-moi les capitales de l'eswatini | SZ | fr-CA
plural-capitals | alexa au club de géo on parle des pays à plusieurs capitales c'est quoi les capitales {} | de l'afrique du sud=ZA; de la côte d'ivoire=CI; de l'eswatini=SZ | fr-CA
plural-capitals | alexa les capitales de la malaisie c'est kuala lumpur pis quoi | MY | fr-CA
plural-capitals | alexa c'est quoi encore les capitales du sri lanka | LK | fr-CA
plural-capitals | alexa le pays-bas a combien de capitales | NL | fr-CA
plural-capitals | alexa quelles sont les capitales de l'état de palestine | PS | fr-CA
plural-capitals | alexa y a-tu deux capitales au bénin | BJ | fr-CA
plural-capitals | alexa salamat quelles sont les capitales de la malaisie | MY | fr-CA
plural-capitals | alexa toutes les capitales de la bolivie svp | BO | fr-CA
plural-capitals | alexa j'ai lu que les pays-bas ont une capitale et un gouvernement ailleurs c'est quoi les deux | NL
plural-capitals | alexa combien de capitales a le sri lanka et lesquelles | LK
plural-capitals | alexa cite-moi les capitales de l'eswatini | SZ
plural-capitals | alexa les capitales de la palestine c'est lesquelles | PS
plural-capitals | alexa dis-moi les capitales sud-africaines | ZA
plural-capitals | alexa c'est quoi les deux capitales ivoiriennes | CI
# --- shared: follow-up (a second question right after an answer, with or without the wake word)
follow-up | alexa et {} | du gabon=GA; du congo-kinshasa=CD; de l'angola=AO
follow-up | et celle {} | de la zambie=ZM; du zimbabwe=ZW; du malawi=MW
follow-up | alexa et pour {} | le népal=NP; le bhoutan=BT; le sikkim=IN-SK
follow-up | ok et la capitale {} | du rwanda=RW; de la tanzanie=TZ; de l'ouganda=UG
follow-up | alexa pis {} | le manitoba=CA-MB; la saskatchewan=CA-SK; l'alberta=CA-AB | fr-CA
follow-up | pis celle {} | du yukon=CA-YT; du nunavut=CA-NU; des territoires du nord-ouest=CA-NT | fr-CA
follow-up | alexa ok pis {} | le texas=US-TX; l'oklahoma=US-OK; l'arizona=US-AZ | fr-CA
follow-up | d'accord et la capitale {} | de la hongrie=HU; de la slovaquie=SK; de la tchéquie=CZ
follow-up | alexa et {} aussi | la corée du nord=KP; le soudan du sud=SS; le timor oriental=TL
follow-up | alexa attends et {} alors | la moldavie=MD; la roumanie=RO; la bulgarie=BG
follow-up | merci et celle {} | du vanuatu=VU; des îles salomon=SB; de nauru=NR
follow-up | alexa ah ouais et {} | l'islande=IS; le groenland=GL; les îles féroé=FO
follow-up | alexa pis {} elle | la nouvelle-écosse=CA-NS; terre-neuve=CA-NL; le nouveau-brunswick=CA-NB | fr-CA
follow-up | ok merci pis celle {} | du maine=US-ME; du vermont=US-VT; du new hampshire=US-NH | fr-CA
follow-up | alexa encore une {} | la mauritanie=MR; le niger=NE; le burkina=BF
follow-up | alexa et en {} c'est quoi | bavière=DE-BY; saxe=DE-SN; thuringe=DE-TH
follow-up | alexa bon pis {} | le belize=BZ; le guatemala=GT; le honduras=HN | fr-CA
# --- shared: subdivision (states, provinces, nations and territories, the way people name them)
subdivision | alexa c'est quoi la capitale de l'état {} | de l'uttar pradesh=IN-UP; du kerala=IN-KL; du tamil nadu=IN-TN
subdivision | alexa la capitale du land {} | de basse-saxe=DE-NI; de brandebourg=DE-BB; de mecklembourg-poméranie-occidentale=DE-MV
subdivision | alexa quelle est la capitale de l'état brésilien {} | de bahia=BR-BA; du minas gerais=BR-MG; du paraná=BR-PR
subdivision | alexa c'est quoi la capitale {} en inde | du maharashtra=IN-MH; du rajasthan=IN-RJ; du gujarat=IN-GJ
subdivision | alexa la capitale {} en australie | du queensland=AU-QLD; de la nouvelle-galles du sud=AU-NSW; de l'australie-occidentale=AU-WA
subdivision | alexa la capitale de la tasmanie | AU-TAS
subdivision | alexa c'est quoi la capitale de l'état de victoria en australie | AU-VIC
subdivision | alexa la capitale de l'australie-méridionale | AU-SA
subdivision | alexa la capitale du territoire du nord australien | AU-NT
subdivision | alexa capitale {} au brésil | du pernambouc=BR-PE; du ceará=BR-CE; du rio grande do sul=BR-RS
subdivision | alexa c'est quoi la capitale de l'état {} au brésil | d'amazonas=BR-AM; du pará=BR-PA; de santa catarina=BR-SC
subdivision | alexa la capitale {} au mexique | du nuevo león=MX-NLE; de sonora=MX-SON; de chihuahua l'état=MX-CHH
subdivision | alexa c'est quoi la capitale de l'état {} mexicain | de guanajuato=MX-GUA; de querétaro=MX-QUE; de quintana roo=MX-ROO
subdivision | alexa la capitale de la basse-californie | MX-BCN
subdivision | alexa la capitale de la basse-californie du sud | MX-BCS
subdivision | alexa capitale du {} en allemagne | schleswig-holstein=DE-SH; saxe-anhalt=DE-ST; bade-wurtemberg=DE-BW
subdivision | alexa la capitale de la hesse en allemagne | DE-HE
subdivision | alexa c'est quoi la capitale de l'état {} en inde | du bengale-occidental=IN-WB; du karnataka=IN-KA; du pendjab=IN-PB
subdivision | alexa capitale de {} | l'assam=IN-AS; l'odisha=IN-OD; du bihar=IN-BR
subdivision | alexa la capitale de goa en inde | IN-GA
subdivision | alexa la capitale du telangana | IN-TS
subdivision | alexa c'est quoi la capitale du jammu-et-cachemire | IN-JK
subdivision | alexa la capitale de la province {} | de l'ontario=CA-ON; de québec=CA-QC; de la colombie-britannique=CA-BC | fr-CA
subdivision | alexa c'est quoi la capitale de l'état {} aux états-unis | de washington=US-WA; du wisconsin=US-WI; de la virginie=US-VA | fr-CA
subdivision | alexa la capitale du territoire du yukon | CA-YT | fr-CA
subdivision | alexa c'est quoi la capitale de l'état du nevada | US-NV | fr-CA
subdivision | alexa la capitale de la californie c'est-tu los angeles | US-CA | fr-CA
subdivision | alexa la capitale {} aux states | de l'utah=US-UT; du nouveau-mexique=US-NM; de l'oregon=US-OR | fr-CA
subdivision | alexa capitale du pays de galles | GB-WLS
subdivision | alexa c'est quoi la capitale de l'irlande du nord | GB-NIR
subdivision | alexa la capitale de l'angleterre c'est londres ou pas | GB-ENG
subdivision | alexa la capitale de la nouvelle-calédonie | NC
subdivision | alexa c'est quoi la capitale de la guyane française | GF
subdivision | alexa la capitale de wallis-et-futuna | WF
subdivision | alexa la capitale de saint-barthélemy | BL
subdivision | alexa c'est quoi la capitale de saint-martin côté français | MF
subdivision | alexa c'est laquelle la capitale {} | des bermudes=BM; des îles caïmans=KY; des îles turques-et-caïques=TC
subdivision | alexa quelle est la capitale {} territoire américain | de porto rico=PR; des îles vierges américaines=VI; des samoa américaines=AS
subdivision | alexa la capitale {} dans la manche | de jersey=JE; de guernesey=GG; de l'île de man=IM
subdivision | alexa c'est quoi la capitale {} aux antilles néerlandaises | d'aruba=AW; de curaçao=CW; de sint maarten=SX
subdivision | alexa la capitale des îles malouines | FK
subdivision | alexa la capitale de l'île christmas | CX
subdivision | alexa la capitale des îles åland | AX
subdivision | alexa c'est quoi la capitale du svalbard | SJ
subdivision | alexa la capitale de sainte-hélène | SH
subdivision | alexa la capitale des îles pitcairn | PN
subdivision | alexa la capitale d'anguilla | AI
subdivision | alexa la capitale de montserrat | MS
subdivision | alexa la capitale des îles vierges britanniques | VG
subdivision | alexa la capitale du sahara occidental | EH
subdivision | alexa la capitale de niue | NU
subdivision | alexa la capitale des îles cocos | CC
subdivision | alexa la capitale de l'île norfolk | NF
subdivision | alexa la capitale des tokelau | TK
subdivision | alexa la capitale des terres australes et antarctiques françaises | TF
subdivision | alexa capitale du district fédéral au brésil | BR-DF
subdivision | alexa la capitale du territoire de la capitale australienne | AU-ACT
subdivision | alexa c'est quoi la capitale de l'état de {} | rondônia=BR-RO; roraima=BR-RR; tocantins=BR-TO
subdivision | alexa capitale de l'état {} mexique | d'oaxaca=MX-OAX; de tabasco=MX-TAB; de zacatecas=MX-ZAC
subdivision | alexa dis-moi la capitale {} au mexique | du sinaloa=MX-SIN; de durango=MX-DUR; de coahuila=MX-COA
# --- shared: yes-no-check (the speaker names a city and wants to know if it is right)
yes-no-check | alexa est-ce que la capitale de la turquie c'est istanbul | TR
yes-no-check | alexa la capitale du brésil c'est rio non | BR
yes-no-check | alexa c'est bien canberra la capitale de l'australie | AU
yes-no-check | alexa la capitale du maroc c'est casablanca ou rabat | MA
yes-no-check | alexa est-ce que lagos c'est la capitale du nigeria | NG
yes-no-check | alexa la capitale de la suisse c'est genève hein | CH
yes-no-check | alexa dakar c'est bien la capitale du sénégal | SN
yes-no-check | alexa la capitale de la nouvelle-zélande c'est auckland je crois | NZ
yes-no-check | alexa j'ai raison si je dis que la capitale du vietnam c'est hô chi minh-ville | VN
yes-no-check | alexa la capitale de l'inde c'est bombay ou new delhi | IN
yes-no-check | alexa est-ce que almaty est encore la capitale du kazakhstan | KZ
yes-no-check | alexa la capitale de la tanzanie c'est dar es salaam non | TZ
yes-no-check | alexa la capitale du myanmar c'est toujours rangoun | MM
yes-no-check | alexa c'est-tu vrai que la capitale de la colombie-britannique c'est victoria pis pas vancouver | CA-BC | fr-CA
yes-no-check | alexa la capitale de l'ontario c'est-tu ottawa | CA-ON | fr-CA
yes-no-check | alexa la capitale de la floride c'est-tu miami | US-FL | fr-CA
yes-no-check | alexa la capitale de l'état de new york c'est-tu new york | US-NY | fr-CA
yes-no-check | alexa la capitale du burundi c'est bujumbura ou gitega | BI
yes-no-check | alexa abuja ou lagos pour le nigeria | NG
yes-no-check | alexa la capitale de la côte d'ivoire c'est abidjan non | CI
yes-no-check | alexa la capitale du bénin c'est cotonou ou porto-novo | BJ
yes-no-check | alexa est-ce que berne c'est la vraie capitale de la suisse | CH
yes-no-check | alexa la capitale de l'illinois c'est-tu chicago | US-IL | fr-CA
yes-no-check | alexa halifax c'est bien la capitale de la nouvelle-écosse | CA-NS | fr-CA
yes-no-check | alexa la capitale de la saskatchewan c'est saskatoon ou regina | CA-SK | fr-CA
# --- shared: self-correction (the speaker corrects the name in mid-sentence)
self-correction | alexa la capitale de l'autriche non de l'australie | AU
self-correction | alexa c'est quoi la capitale de la slovénie euh non de la slovaquie | SK
self-correction | alexa la capitale du niger pardon du nigeria | NG
self-correction | alexa la capitale de l'iran non attends de l'irak | IQ
self-correction | alexa c'est quoi la capitale de la suède non de la suisse | CH
self-correction | alexa la capitale de la guinée euh de la guinée-bissau | GW
self-correction | alexa la capitale de la colombie enfin je veux dire de la bolivie | BO
self-correction | alexa la capitale de la lettonie ah non la lituanie | LT
self-correction | alexa c'est quoi la capitale du mali non je me suis trompé de la mauritanie | MR
self-correction | alexa la capitale de l'ouganda pardon du rwanda | RW
self-correction | alexa la capitale de la gambie non de la zambie | ZM
self-correction | alexa la capitale du paraguay euh de l'uruguay | UY
self-correction | alexa la capitale du manitoba non attends de la saskatchewan | CA-SK | fr-CA
self-correction | alexa c'est quoi la capitale de l'iowa non de l'ohio | US-OH | fr-CA
self-correction | alexa la capitale du nouveau-brunswick non de la nouvelle-écosse | CA-NS | fr-CA
self-correction | alexa la capitale de l'arménie voyons de l'albanie | AL | fr-CA
self-correction | alexa la capitale de la dominique non de la république dominicaine | DO | fr-CA
self-correction | alexa c'est quoi la capitale du dakota du nord non du sud | US-SD | fr-CA
self-correction | alexa la capitale de l'autriche euh je voulais dire de l'allemagne | DE
self-correction | alexa la capitale du congo non du cameroun | CM
# --- shared: reverse-question (a capital named, the place asked)
reverse-question | alexa {} c'est la capitale de quel pays | ouagadougou=BF; bichkek=KG; achgabat=TM
reverse-question | alexa de quel pays {} est la capitale | tbilissi=GE; erevan=AM; bakou=AZ
reverse-question | alexa {} c'est où | nouakchott=MR; niamey=NE; ndjamena=TD
reverse-question | alexa tegucigalpa c'est la capitale de quoi | HN
reverse-question | alexa antananarivo c'est dans quel pays | MG
reverse-question | alexa {} c'est la capitale de quelle province | fredericton=CA-NB; charlottetown=CA-PE; winnipeg=CA-MB | fr-CA
reverse-question | alexa {} c'est la capitale de quel état | sacramento=US-CA; tallahassee=US-FL; albany=US-NY | fr-CA
reverse-question | alexa iqaluit c'est la capitale de quoi | CA-NU | fr-CA
reverse-question | alexa de quel pays paramaribo est la capitale | SR
reverse-question | alexa vaduz c'est la capitale de quel pays | LI
reverse-question | alexa ljubljana c'est où déjà | SI
reverse-question | alexa montevideo c'est la capitale de quel pays | UY
reverse-question | alexa de quoi oulan-bator est la capitale | MN
reverse-question | alexa {} c'est la capitale de quel état américain | boise=US-ID; cheyenne=US-WY; helena=US-MT | fr-CA
reverse-question | alexa honiara c'est la capitale de quelles îles | SB
# --- shared: official-name (the long official name of the country)
official-name | alexa c'est quoi au juste la capitale {} | de la république fédérale d'allemagne=DE; de la confédération suisse=CH; du royaume d'espagne=ES
official-name | alexa donne-moi la capitale {} | de la république populaire de chine=CN; de la république islamique d'iran=IR; de la fédération de russie=RU
official-name | alexa quelle est la capitale {} | du royaume hachémite de jordanie=JO; du royaume du maroc=MA; de la république arabe d'égypte=EG
official-name | alexa capitale {} | de la république démocratique du congo=CD; de la république du congo=CG; de la république centrafricaine=CF
official-name | alexa c'est quoi la capitale du royaume-uni de grande-bretagne et d'irlande du nord | GB
official-name | alexa la capitale des états-unis d'amérique | US
official-name | alexa la capitale de la république de corée | KR
official-name | alexa la capitale de la république populaire démocratique de corée | KP
official-name | alexa c'est quoi la capitale de la république de l'union du myanmar | MM
official-name | alexa la capitale de la république socialiste du viêt nam | VN
official-name | alexa la capitale du royaume des pays-bas | NL
official-name | alexa c'est quoi la capitale de la république fédérative du brésil | BR | fr-CA
official-name | alexa la capitale des états-unis mexicains | MX | fr-CA
official-name | alexa c'est quoi la capitale de la république de chine | TW | fr-CA
official-name | alexa c'est quoi la capitale de la république démocratique fédérale d'éthiopie | ET | fr-CA
official-name | alexa la capitale de la république de l'inde | IN | fr-CA
official-name | alexa la capitale du royaume de thaïlande | TH | fr-CA
official-name | alexa la capitale de l'état plurinational de bolivie | BO | fr-CA
official-name | alexa la capitale de la république bolivarienne du venezuela | VE | fr-CA
official-name | alexa la capitale de la république de türkiye | TR
official-name | alexa c'est quoi la capitale de la république de côte d'ivoire | CI
official-name | alexa la capitale du royaume d'eswatini | SZ
official-name | alexa c'est quoi la capitale de la république fédérale démocratique du népal | NP
# --- shared: everyday-name (short, old or everyday names)
everyday-name | alexa c'est quoi la capitale {} déjà | des states=US; de l'amérique=US; de la hollande=NL
everyday-name | alexa c'est quoi la capitale {} dans les vieux livres | de la perse=IR; de la birmanie=MM; de ceylan=LK
everyday-name | alexa capitale {} ancien nom | du dahomey=BJ; de la haute-volta=BF; du zaïre=CD
everyday-name | alexa c'est quoi la capitale de l'angleterre euh le royaume-uni quoi | GB
everyday-name | alexa la capitale de la tchécoslovaquie | CZ
everyday-name | alexa la capitale de la rdc | CD
everyday-name | alexa la capitale des émirats | AE
everyday-name | alexa la capitale du swaziland | SZ
everyday-name | alexa c'est quoi la capitale de la macédoine | MK
everyday-name | alexa la capitale de la biélorussie ou bélarus | BY
everyday-name | alexa la capitale de la centrafrique | CF
everyday-name | alexa c'est quoi la capitale des usa | US | fr-CA
everyday-name | alexa la capitale des états | US | fr-CA
everyday-name | alexa c'est quoi la capitale de l'île-du-prince | CA-PE | fr-CA
everyday-name | alexa la capitale de la c b | CA-BC | fr-CA
everyday-name | alexa la capitale de la turquie ou türkiye | TR
everyday-name | alexa la capitale du congo-kinshasa | CD
everyday-name | alexa c'est quoi la capitale de la grande-bretagne | GB
everyday-name | alexa la capitale du cambodge ou kampuchéa | KH
everyday-name | alexa la capitale de la tchéquie | CZ
# --- shared: shared-name (one name, several places)
shared-name | alexa c'est quoi la capitale de la géorgie | GE+US-GA
shared-name | alexa la capitale du congo | CD+CG
shared-name | alexa c'est quoi les capitales des deux congos | CD+CG
shared-name | alexa la capitale de la corée | KP+KR
shared-name | alexa les capitales des deux corées | KP+KR
shared-name | alexa c'est quoi les capitales des deux soudans | SD+SS
shared-name | alexa la capitale des îles vierges | VG+VI
shared-name | alexa les capitales des dakotas | US-ND+US-SD | fr-CA
shared-name | alexa les capitales des carolines | US-NC+US-SC | fr-CA
shared-name | alexa la capitale de la géorgie | GE+US-GA | fr-CA
shared-name | alexa la capitale de la dominique et de la république dominicaine | DM+DO
shared-name | alexa la capitale de la corée du nord et du sud | KP+KR
shared-name | alexa c'est quoi la capitale du congo | CD+CG | fr-CA
shared-name | alexa capitales du soudan et du soudan du sud | SD+SS
shared-name | alexa la capitale de la caroline | US-NC+US-SC | fr-CA
shared-name | alexa capitale du dakota | US-ND+US-SD | fr-CA
# --- shared: out-of-domain (other requests to the Echo, other questions about countries, "capitale" in other senses, places the skill has no capital for)
out-of-domain | alexa quel temps il fait à grenoble demain | FB
out-of-domain | alexa mets france bleu isère | FB
out-of-domain | alexa il va neiger à chamrousse ce week-end | FB
out-of-domain | alexa combien d'habitants à limoges | FB
out-of-domain | alexa mets un minuteur de quarante minutes pour le clafoutis | FB
out-of-domain | alexa le csp limoges a gagné hier soir | FB
out-of-domain | alexa c'est quand la feria de béziers | FB
out-of-domain | alexa mets de la musique occitane | FB
out-of-domain | alexa quelle heure il est à nouméa | FB
out-of-domain | alexa il fait combien de degrés à sète | FB
out-of-domain | alexa joue les pastis de sète | FB
out-of-domain | alexa qui a gagné le match de la section paloise | FB
out-of-domain | alexa c'est quoi la recette de la garbure | FB
out-of-domain | alexa la route du col d'aubisque est ouverte | FB
out-of-domain | alexa récite-moi le dormeur du val | FB
out-of-domain | alexa quelle est la hauteur de la meuse à charleville | FB
out-of-domain | alexa mets youssou ndour | FB
out-of-domain | alexa traduis merci en wolof | FB
out-of-domain | alexa c'est quoi la monnaie du sénégal | FB
out-of-domain | alexa combien d'heures de vol entre paris et dakar | FB
out-of-domain | alexa quelle langue on parle en mauritanie | FB
out-of-domain | alexa c'est quand la pâque orthodoxe cette année | FB
out-of-domain | alexa mets de la musique russe pour babouchka | FB
out-of-domain | alexa combien de fuseaux horaires en russie | FB
out-of-domain | alexa traduis bonjour en russe | FB
out-of-domain | alexa quel est le plus long fleuve de russie | FB
out-of-domain | alexa c'est quoi la population des comores | FB
out-of-domain | alexa quelle langue on parle aux comores | FB
out-of-domain | alexa mets de la musique comorienne | FB
out-of-domain | alexa combien coûte un billet pour moroni | FB
out-of-domain | alexa how do you say capital in french | FB
out-of-domain | alexa c'est quoi le mot pour dire capital en chinois | FB
out-of-domain | alexa conjugue le verbe aller au futur | FB
out-of-domain | alexa quelle est la différence entre capital et capitale | FB
out-of-domain | alexa épelle le mot capitale | FB
out-of-domain | alexa c'est quoi le capital social d'une sarl | FB
out-of-domain | alexa c'est quoi une lettre capitale | FB
out-of-domain | alexa écris en lettres capitales mon nom | FB
out-of-domain | alexa c'est quoi la peine capitale | FB
out-of-domain | alexa la peine capitale existe encore aux états-unis | FB
out-of-domain | alexa c'est quoi les sept péchés capitaux | FB
out-of-domain | alexa combien j'ai de capital sur mon livret a | FB
out-of-domain | alexa c'est quoi le capital-risque | FB
out-of-domain | alexa qui a écrit le capital | FB
out-of-domain | alexa c'est quoi une ville capitale européenne de la culture cette année | FB
out-of-domain | alexa quelle ville est la capitale mondiale du livre | FB
out-of-domain | alexa quelle est la capitale de la gastronomie en france | FB
out-of-domain | alexa c'est quoi la capitale des gaules | FB
out-of-domain | alexa lyon c'est la capitale de quoi | FB
out-of-domain | alexa quelle ville est la capitale du champagne | FB
out-of-domain | alexa c'est quoi la capitale de la bretagne | FB
out-of-domain | alexa la capitale de la corse c'est quoi | FB
out-of-domain | alexa la capitale de la région auvergne-rhône-alpes | FB
out-of-domain | alexa c'est quoi la capitale du limousin | FB
out-of-domain | alexa quelle est la capitale de la catalogne | FB
out-of-domain | alexa c'est quoi la capitale de l'écosse du sud | FB
out-of-domain | alexa quelle est la capitale de la wallonie | FB
out-of-domain | alexa la capitale de la flandre | FB
out-of-domain | alexa c'est quoi la capitale de la sicile | FB
out-of-domain | alexa la capitale de la californie du nord | FB
out-of-domain | alexa la capitale de l'andalousie | FB
out-of-domain | alexa c'est quoi la capitale de l'europe | FB
out-of-domain | alexa quelle est la capitale de l'afrique | FB
out-of-domain | alexa c'est quoi la capitale de mars | FB
out-of-domain | alexa la capitale de la lune | FB
out-of-domain | alexa c'est quoi la capitale de l'atlantide | FB
out-of-domain | alexa la capitale de wakanda | FB
out-of-domain | alexa quelle est la capitale du monde de harry potter | FB
out-of-domain | alexa c'est quoi la capitale de l'empire romain | FB
out-of-domain | alexa c'est quoi la capitale de la prusse | FB
out-of-domain | alexa la capitale de l'urss c'était quoi | FB
out-of-domain | alexa quel est le plus grand pays du monde | FB
out-of-domain | alexa quel est le plus petit pays d'afrique | FB
out-of-domain | alexa combien il y a de pays en afrique | FB
out-of-domain | alexa quel pays a le plus d'habitants | FB
out-of-domain | alexa c'est quoi le drapeau du bénin | FB
out-of-domain | alexa de quelle couleur est le drapeau de la lituanie | FB
out-of-domain | alexa c'est quoi l'hymne national du canada | FB
out-of-domain | alexa qui est le président du brésil | FB
out-of-domain | alexa qui est le premier ministre de l'inde | FB
out-of-domain | alexa quelle est la monnaie de la suisse | FB
out-of-domain | alexa combien vaut le franc suisse en euros | FB
out-of-domain | alexa quelle langue on parle au suriname | FB
out-of-domain | alexa c'est quoi le point culminant de l'afrique | FB
out-of-domain | alexa quel est le plus long fleuve du monde | FB
out-of-domain | alexa combien de kilomètres entre grenoble et genève | FB
out-of-domain | alexa quelle est la superficie du brésil | FB
out-of-domain | alexa quel est le code téléphonique du maroc | FB
out-of-domain | alexa faut-il un visa pour le vietnam | FB
out-of-domain | alexa quels sont les pays frontaliers de la bolivie | FB
out-of-domain | alexa quelle est la plus grande ville du canada | FB
out-of-domain | alexa c'est quoi la plus grande ville de suisse | FB
out-of-domain | alexa quelle est la ville la plus peuplée d'australie | FB
out-of-domain | alexa rappelle-moi d'appeler la pharmacie à quatorze heures | FB
out-of-domain | alexa ajoute du reblochon à la liste de courses | FB
out-of-domain | alexa allume la lumière du salon | FB
out-of-domain | alexa éteins la télé | FB
out-of-domain | alexa baisse le volume | FB
out-of-domain | alexa mets le réveil à quatre heures et demie | FB
out-of-domain | alexa raconte-moi une blague | FB
out-of-domain | alexa chante-moi une chanson | FB
out-of-domain | alexa quel jour on est | FB
out-of-domain | alexa lis-moi les infos de franceinfo | FB
out-of-domain | alexa quel est le résultat du match france angleterre | FB
out-of-domain | alexa mets rtl | FB
out-of-domain | alexa combien font sept fois huit | FB
out-of-domain | alexa appelle maman | FB
out-of-domain | alexa quels sont les horaires de la pharmacie de garde | FB
out-of-domain | alexa mets la playlist de roland-garros | FB
out-of-domain | alexa c'est quand les soldes d'été | FB
out-of-domain | alexa c'est quand la fête des mères | FB
out-of-domain | alexa comment faire une raclette sans appareil | FB
out-of-domain | alexa trouve-moi un plombier à pau | FB
out-of-domain | alexa où est mon colis | FB
out-of-domain | alexa c'est quoi le numéro des pompiers | FB
out-of-domain | alexa la gendarmerie la plus proche | FB
out-of-domain | alexa qui chante la bohème | FB
out-of-domain | alexa fais un bruit de pluie pour dormir | FB
out-of-domain | alexa quelle est la météo à iqaluit | FB | fr-CA
out-of-domain | alexa y fait-tu froid à fort mcmurray | FB | fr-CA
out-of-domain | alexa mets ckoi | FB | fr-CA
out-of-domain | alexa c'est quoi le score du canadien | FB | fr-CA
out-of-domain | alexa à quelle heure commence la game du canadien | FB | fr-CA
out-of-domain | alexa mets les cowboys fringants | FB | fr-CA
out-of-domain | alexa ajoute du sirop d'érable sur ma liste d'épicerie | FB | fr-CA
out-of-domain | alexa part un minuteur de vingt minutes pour la tourtière | FB | fr-CA
out-of-domain | alexa y va-tu neiger demain à montréal | FB | fr-CA
out-of-domain | alexa ferme les lumières du sous-sol | FB | fr-CA
out-of-domain | alexa c'est quand la prochaine tempête | FB | fr-CA
out-of-domain | alexa le pont jacques-cartier est-tu ouvert | FB | fr-CA
out-of-domain | alexa combien de temps en char de montréal à fort mac | FB | fr-CA
out-of-domain | alexa appelle ma blonde | FB | fr-CA
out-of-domain | alexa c'est quoi la population du nunavut | FB | fr-CA
out-of-domain | alexa traduis merci en inuktitut | FB | fr-CA
out-of-domain | alexa combien de provinces au canada | FB | fr-CA
out-of-domain | alexa quelle est la plus grande province du canada | FB | fr-CA
out-of-domain | alexa qui est le premier ministre du québec | FB | fr-CA
out-of-domain | alexa c'est quoi le drapeau de terre-neuve | FB | fr-CA
out-of-domain | alexa quelle heure il est à saint-jean de terre-neuve | FB | fr-CA
out-of-domain | alexa mets de la musique de la manille | FB | fr-CA
out-of-domain | alexa traduis salamat en français | FB | fr-CA
out-of-domain | alexa c'est quoi le taux de change du peso mexicain | FB | fr-CA
out-of-domain | alexa combien d'heures de vol pour guatemala | FB | fr-CA
out-of-domain | alexa c'est quand la mimouna | FB | fr-CA
out-of-domain | alexa joue du enrico macias | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale du hockey | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la poutine | FB | fr-CA
out-of-domain | alexa quelle ville est la capitale du sirop d'érable | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la gaspésie | FB | fr-CA
out-of-domain | alexa la capitale du labrador | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'acadie | FB | fr-CA
out-of-domain | alexa la capitale de la nouvelle-angleterre | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du texas du sud | FB | fr-CA
out-of-domain | alexa la capitale de la nouvelle-france c'était quoi | FB | fr-CA
out-of-domain | alexa c'est quoi le capital de ma maison | FB | fr-CA
out-of-domain | alexa combien de capital il me reste sur mon hypothèque | FB | fr-CA
out-of-domain | alexa c'est-tu une lettre capitale ou minuscule | FB | fr-CA
out-of-domain | alexa quelle est la capitale d'une équipe de hockey | FB | fr-CA
out-of-domain | alexa c'est quoi le plus grand lac du canada | FB | fr-CA
out-of-domain | alexa combien d'habitants à whitehorse | FB | fr-CA
out-of-domain | alexa c'est quoi l'heure à manille | FB | fr-CA
out-of-domain | alexa joue la soirée du hockey | FB | fr-CA
out-of-domain | alexa c'est quand la fête du travail | FB | fr-CA
out-of-domain | alexa monte le chauffage | FB | fr-CA
out-of-domain | alexa démarre l'aspirateur | FB | fr-CA
out-of-domain | alexa quelle est la recette du pâté chinois | FB | fr-CA
out-of-domain | alexa joue de la musique de noël | FB | fr-CA
out-of-domain | alexa c'est quoi les nouvelles à radio-canada | FB | fr-CA
out-of-domain | alexa c'est-tu ouvert le jean coutu dimanche | FB | fr-CA
out-of-domain | alexa trouve-moi un dépanneur ouvert | FB | fr-CA
out-of-domain | alexa mets la radio de cbc | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la chanson francophone | FB | fr-CA
out-of-domain | alexa combien de pays parlent français | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la nouvelle-zélande du sud | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du royaume de narnia | FB
out-of-domain | alexa la capitale de la terre du milieu | FB
out-of-domain | alexa quel pays a pour capitale la plus froide du monde | FB
out-of-domain | alexa quelle est la capitale la plus haute du monde | FB
out-of-domain | alexa combien de capitales il y a en europe | FB
out-of-domain | alexa classe les capitales européennes par population | FB
out-of-domain | alexa quelle capitale est la plus proche de grenoble | FB
out-of-domain | alexa quel fuseau horaire à la réunion | FB
out-of-domain | alexa c'est quoi la capitale de l'antarctique | FB
out-of-domain | alexa la capitale de hong kong | FB
out-of-domain | alexa c'est quoi la capitale de macao | FB
out-of-domain | alexa la capitale de l'île bouvet | FB
# --- shared: help
help | alexa aide-moi avec les capitales | HELP
help | alexa comment ça marche ton jeu de capitales | HELP
help | alexa qu'est-ce que je peux te demander | HELP
help | alexa je comprends pas comment on joue | HELP
help | alexa explique-moi comment ça fonctionne | HELP
help | alexa je suis perdu là | HELP
help | aide | HELP
help | à l'aide | HELP
help | alexa ça me fait zire j'y comprends rien aide-moi | HELP
help | alexa quò comment on fait | HELP
help | alexa qué comment ça marche | HELP
help | alexa macarel je sais pas quoi dire | HELP
help | alexa babouchka comprend pas comment on fait | HELP
help | alexa mame veut savoir comment ça marche | HELP
help | alexa ewa tu m'expliques | HELP
help | alexa help me please comment ça marche | HELP
help | alexa moi pas comprendre comment utiliser | HELP
help | alexa qu'est-ce qu'on peut demander comme pays | HELP
help | alexa tu connais quoi comme capitales | HELP
help | alexa c'est quoi les règles | HELP
help | alexa donne-moi un exemple de question | HELP
help | alexa je dois dire quoi exactement | HELP
help | alexa tu peux m'aider pour le brevet | HELP
help | alexa comment je fais pour demander une capitale | HELP
help | alexa on peut demander les états américains aussi | HELP
help | alexa rappelle-moi ce que tu sais faire | HELP
help | alexa j'ai besoin d'aide avec le jeu | HELP
help | alexa répète les instructions | HELP
help | alexa aide-moi s'il te plaît | HELP
help | alexa tsé je sais pas comment ça marche | HELP | fr-CA
help | alexa chus mêlé aide-moi | HELP | fr-CA
help | alexa comment ça marche ton affaire | HELP | fr-CA
help | alexa qu'est-ce que je peux te demander pantoute | HELP | fr-CA
help | alexa boy j'ai besoin d'aide | HELP | fr-CA
help | alexa naku comment on fait | HELP | fr-CA
help | alexa órale ayuda aide-moi | HELP | fr-CA
help | alexa yallah explique-moi | HELP | fr-CA
help | alexa peux-tu m'aider avec les provinces | HELP | fr-CA
help | alexa c'est quoi que je dois dire | HELP | fr-CA
help | alexa je comprends rien à ton jeu aide | HELP | fr-CA
help | alexa montre-moi comment jouer | HELP | fr-CA
help | alexa aide-moi pour mon devoir de géo | HELP | fr-CA
help | alexa comment on s'en sert | HELP | fr-CA
help | alexa explique-moi les règles du jeu | HELP | fr-CA
help | alexa t'sais-tu faire quoi au juste | HELP | fr-CA
# --- shared: stop
stop | alexa arrête | STOP
stop | alexa stop les capitales | STOP
stop | alexa c'est bon arrête-toi | STOP
stop | alexa on arrête là | STOP
stop | alexa ça suffit pour ce soir | STOP
stop | alexa tais-toi | STOP
stop | alexa ferme le jeu | STOP
stop | alexa quitte les capitales | STOP
stop | alexa arrête le jeu | STOP
stop | alexa fin du jeu | STOP
stop | alexa on a fini | STOP
stop | alexa ça me fait zire arrête | STOP
stop | alexa quò arrête-toi | STOP
stop | alexa qué arrête un peu | STOP
stop | alexa adishatz on arrête | STOP
stop | alexa davaï stop | STOP
stop | alexa hapana arrête | STOP
stop | alexa mame a dit stop | STOP
stop | alexa stop please | STOP
stop | alexa moi finir maintenant | STOP
stop | alexa ferme-la gentiment | STOP
stop | alexa j'en ai marre arrête | STOP
stop | alexa on arrête la révision | STOP
stop | alexa arrête de parler | STOP
stop | alexa stop c'est l'heure du dîner | STOP
stop | alexa ok au revoir | STOP
stop | alexa bonne nuit arrête | STOP
stop | alexa arrête tout | STOP
stop | alexa c'est fini pour aujourd'hui | STOP
stop | alexa arrête ça | STOP | fr-CA
stop | alexa ferme ça | STOP | fr-CA
stop | alexa tsé c'est assez | STOP | fr-CA
stop | alexa boy arrête | STOP | fr-CA
stop | alexa toé arrête-toi | STOP | fr-CA
stop | alexa naku stop | STOP | fr-CA
stop | alexa órale ya basta arrête | STOP | fr-CA
stop | alexa yallah on arrête | STOP | fr-CA
stop | alexa c'est correct on arrête | STOP | fr-CA
stop | alexa bonne nuit ferme le jeu | STOP | fr-CA
stop | alexa arrête la game | STOP | fr-CA
stop | alexa ferme l'application | STOP | fr-CA
stop | alexa c'est assez de capitales | STOP | fr-CA
stop | alexa on arrête ça là | STOP | fr-CA
stop | alexa quitte | STOP | fr-CA
stop | alexa bye bye | STOP | fr-CA
stop | alexa salut on se revoit | STOP | fr-CA
# --- shared: cancel
cancel | alexa annule | CANCEL
cancel | alexa annule ça | CANCEL
cancel | alexa laisse tomber | CANCEL
cancel | alexa non annule la question | CANCEL
cancel | alexa oublie | CANCEL
cancel | alexa oublie ma question | CANCEL
cancel | alexa annule je me suis trompé | CANCEL
cancel | alexa non c'est pas ça annule | CANCEL
cancel | alexa laisse béton | CANCEL
cancel | alexa annule tout | CANCEL
cancel | alexa ça me fait zire annule | CANCEL
cancel | alexa quò laisse tomber | CANCEL
cancel | alexa qué annule | CANCEL
cancel | alexa macarel annule ça | CANCEL
cancel | alexa davaï annule | CANCEL
cancel | alexa hapana laisse tomber | CANCEL
cancel | alexa waaw annule | CANCEL
cancel | alexa cancel please | CANCEL
cancel | alexa moi annuler | CANCEL
cancel | alexa laisse ça | CANCEL
cancel | alexa annule la demande | CANCEL
cancel | alexa non non annule | CANCEL
cancel | alexa oublie ce que j'ai dit | CANCEL
cancel | alexa annule la dernière question | CANCEL
cancel | alexa en fait non annule | CANCEL
cancel | alexa laisse tomber c'est pas grave | CANCEL
cancel | alexa annule ça s'il te plaît | CANCEL
cancel | alexa c'est bon annule | CANCEL
cancel | alexa annule ça là | CANCEL | fr-CA
cancel | alexa laisse faire | CANCEL | fr-CA
cancel | alexa laisse faire ça | CANCEL | fr-CA
cancel | alexa oublie ça | CANCEL | fr-CA
cancel | alexa tsé laisse faire | CANCEL | fr-CA
cancel | alexa boy annule | CANCEL | fr-CA
cancel | alexa toé laisse faire | CANCEL | fr-CA
cancel | alexa naku annule | CANCEL | fr-CA
cancel | alexa órale cancela annule | CANCEL | fr-CA
cancel | alexa yallah annule | CANCEL | fr-CA
cancel | alexa annule ma demande | CANCEL | fr-CA
cancel | alexa non laisse faire c'est beau | CANCEL | fr-CA
cancel | alexa annule je me suis trompée | CANCEL | fr-CA
cancel | alexa cancelle ça | CANCEL | fr-CA
cancel | alexa annule la question svp | CANCEL | fr-CA
cancel | alexa oublie ça c'est correct | CANCEL | fr-CA
cancel | alexa laisse faire pantoute | CANCEL | fr-CA
# --- shared: launch ("capitales du monde", the invocation name in the task)
launch | alexa ouvre capitales du monde | LAUNCH
launch | alexa lance capitales du monde | LAUNCH
launch | alexa démarre capitales du monde pour le contrôle de cm deux | LAUNCH
launch | alexa ouvre capitales du monde pour réviser le brevet | LAUNCH
launch | alexa lance capitales du monde ça me fait zire de chercher | LAUNCH
launch | alexa quò ouvre capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde pour le quiz de la caserne | LAUNCH
launch | alexa lance capitales du monde pendant la raclette | LAUNCH
launch | alexa démarre capitales du monde pour mame | LAUNCH
launch | alexa davaï lance capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde pour le bts tourisme | LAUNCH
launch | alexa je voudrais capitales du monde | LAUNCH
launch | alexa joue à capitales du monde avec nous | LAUNCH
launch | alexa moi vouloir capitales du monde | LAUNCH
launch | alexa lance capitales du monde pour le petit bac | LAUNCH
launch | alexa ouvre capitales du monde pour la dictée | LAUNCH | fr-CA
launch | alexa part capitales du monde au chalet | LAUNCH | fr-CA
launch | alexa lance capitales du monde pour le quiz de la brasserie | LAUNCH | fr-CA
launch | alexa démarre capitales du monde au camp | LAUNCH | fr-CA
launch | alexa boy ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde pour le club de géo | LAUNCH | fr-CA
launch | alexa part capitales du monde à la cabane à sucre | LAUNCH | fr-CA
launch | alexa naku lance capitales du monde | LAUNCH | fr-CA
launch | alexa órale ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa lance capitales du monde pour ma cinquième année | LAUNCH | fr-CA
launch | alexa tsé ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa démarre capitales du monde pendant la tempête | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde pour la garderie | LAUNCH | fr-CA
launch | alexa yallah démarre capitales du monde | LAUNCH | fr-CA
launch | alexa lance capitales du monde pour mon cours à laval | LAUNCH | fr-CA
# --- more lines per group and situation (a second pass over the same speakers)
dauphinois | alexa en montant à la bastille dans les bulles le petit veut la capitale de la guinée-bissau | GW
dauphinois | alexa à voiron chez le marchand de skis y a un client {} c'est quoi sa capitale | norvégien=NO; canadien=CA; japonais=JP
limousins | alexa au lac de vassivière on a des campeurs {} c'est quoi la capitale | belges=BE; néerlandais=NL; allemands=DE
limousins | alexa quò la capitale de la guinée-bissau c'est quoi | GW
heraultais | alexa à montpellier au marché des arceaux un maraîcher venait {} quelle capitale | d'arménie=AM; du liban=LB; de syrie=SY
heraultais | alexa qué fada la capitale de la nouvelle-zélande c'est wellington ou pas | NZ
bearnais | alexa à pau pour le grand prix de pau un pilote venait {} c'est quoi la capitale | de monaco=MC; du brésil=BR; de l'argentine=AR
ardennais | alexa à sedan au marché y a un vendeur {} c'est quoi la capitale | turc=TR; marocain=MA; algérien=DZ
franco-senegalais | alexa waaw tonton part à bissau c'est la capitale de quel pays | GW
franco-senegalais | alexa nanga def la capitale du burkina c'est bobo-dioulasso | BF
franco-russes | alexa babouchka a un cousin {} c'est quoi la capitale de là-bas | kazakh=KZ; ouzbek=UZ; azerbaïdjanais=AZ
franco-comoriens | alexa koko dit que la capitale des comores c'est mutsamudu c'est vrai | KM
apprenants | alexa quelle est la capitale de guinée bissau please | GW
apprenants | alexa je suis tchèque et je veux capitale de mon pays voisin {} | autriche=AT; pologne=PL; allemagne=DE
metiers-fr | alexa je suis coiffeuse et ma cliente revient {} elle me demande la capitale | de thaïlande=TH; du japon=JP; de bali=ID
metiers-fr | alexa le routier hollandais au péage me demande la capitale du portugal | PT
ecole-fr | alexa pour mon contrôle de sixième c'est quoi la capitale de la guinée-bissau | GW
ecole-fr | alexa au brevet blanc on m'a demandé la capitale {} | de l'albanie=AL; de la moldavie=MD; de chypre=CY
jeux-fr | alexa à slam la définition c'était capitale {} en cinq lettres | du pérou=PE; de la norvège=NO; de l'italie=IT
maison-fr | alexa en préparant la bûche de noël dis-moi la capitale {} | de l'ouganda=UG; du soudan=SD; de l'érythrée=ER
maison-fr | alexa pendant le journal de treize heures ils parlent {} c'est quoi la capitale | du niger=NE; du tchad=TD; de la libye=LY
franco-terre-neuviens | alexa boy mon cousin travaille {} c'est quoi la capitale | à terre-neuve=CA-NL; en nouvelle-écosse=CA-NS; au labrador=CA-NL | fr-CA
franco-nunavois | alexa qujannamiik le vol pour ottawa part demain c'est-tu la capitale du canada | CA | fr-CA
fort-mcmurray | alexa au camp mon voisin de chambre vient {} c'est quoi la capitale | du cap-breton=CA-NS; de la gaspésie=CA-QC; du manitoba=CA-MB | fr-CA
philippins-mtl | alexa naku lola demande la capitale {} | de la corée du sud=KR; du vietnam=VN; de taïwan=TW | fr-CA
travailleurs-agricoles | alexa órale mi familia a un cousin au honduras c'est quoi capitale de la guinée-bissau non du honduras | HN | fr-CA
sepharades-mtl | alexa yallah la nona a vécu {} c'est quoi la capitale | en tunisie=TN; au maroc=MA; en égypte=EG | fr-CA
ahuntsic | alexa chus à la piscine du parc ahuntsic pis je me demande la capitale {} | du minnesota=US-MN; du dakota du nord=US-ND; de l'indiana=US-IN | fr-CA
metiers-ca | alexa je suis commis au dépanneur pis un client veut la capitale {} | de la guinée-bissau=GW; du gabon=GA; du togo=TG | fr-CA
metiers-ca | alexa au casse-croûte un client de la guinée m'a demandé sa capitale | GN | fr-CA
ecole-ca | alexa pour mes devoirs d'été la capitale {} | du massachusetts=US-MA; du rhode island=US-RI; du connecticut=US-CT | fr-CA
jeux-ca | alexa à génial question éclair la capitale du suriname | SR | fr-CA
maison-ca | alexa on regarde le tour de france à la tévé c'est quoi la capitale {} | de l'érythrée=ER; de la slovénie=SI; de la colombie=CO | fr-CA
maison-ca | alexa à la cabane à sucre une famille venait {} c'est quoi la capitale | du brésil=BR; du vietnam=VN; du mexique=MX | fr-CA
stop | alexa arrête les capitales il est tard | STOP
stop | alexa stop je vais dormir | STOP
stop | alexa arrête on passe à table | STOP
stop | alexa coupe le jeu des capitales | STOP
stop | alexa arrête-toi on part à l'école | STOP
stop | alexa c'est fini les capitales pour ce soir | STOP
stop | alexa arrête j'ai le brevet demain | STOP
stop | alexa ferme capitales du monde | STOP
stop | alexa arrête la partie on va souper | STOP | fr-CA
stop | alexa ferme capitales du monde là | STOP | fr-CA
stop | alexa chus tanné arrête | STOP | fr-CA
stop | alexa arrête ça on part au chalet | STOP | fr-CA
stop | alexa ferme le jeu je m'en vais déneiger | STOP | fr-CA
stop | alexa c'est fini les capitales | STOP | fr-CA
cancel | alexa annule j'ai dit le mauvais pays | CANCEL
cancel | alexa laisse tomber la question sur la bolivie | CANCEL
cancel | alexa non attends annule ma demande | CANCEL
cancel | alexa annule pardon je me suis trompé de pays | CANCEL
cancel | alexa oublie cette question | CANCEL
cancel | alexa annule c'était pas pour toi | CANCEL
cancel | alexa annule ça c'est le petit qui a parlé | CANCEL
cancel | alexa laisse faire j'ai trouvé | CANCEL | fr-CA
cancel | alexa annule ça c'était le mauvais état | CANCEL | fr-CA
cancel | alexa oublie ça la question est pas bonne | CANCEL | fr-CA
cancel | alexa laisse faire la province | CANCEL | fr-CA
cancel | alexa annule chus pas sûr | CANCEL | fr-CA
cancel | alexa non non laisse faire | CANCEL | fr-CA
help | alexa qu'est-ce que tu sais sur les capitales | HELP
help | alexa comment on joue à capitales du monde | HELP
help | alexa aide-moi pour le quiz du pub | HELP
help | alexa aide-moi je sais pas quoi demander | HELP | fr-CA
help | alexa comment ça marche capitales du monde | HELP | fr-CA
out-of-domain | alexa combien de temps pour cuire un gratin dauphinois | FB
out-of-domain | alexa c'est quoi la porcelaine de limoges | FB
out-of-domain | alexa quand ont lieu les joutes de sète | FB
out-of-domain | alexa qui était arthur rimbaud | FB
out-of-domain | alexa c'est quoi le wolof | FB
out-of-domain | alexa combien de pays en amérique du sud | FB
out-of-domain | alexa quelle est la capitale du gruyère | FB
out-of-domain | alexa c'est quoi la deuxième ville du sénégal | FB
out-of-domain | alexa ajoute des blinis à ma liste | FB
out-of-domain | alexa c'est quoi l'indicatif de la bolivie | FB
out-of-domain | alexa c'est loin la bolivie | FB
out-of-domain | alexa quelle capitale a le plus de ponts | FB
out-of-domain | alexa c'est quoi les meilleures capitales à visiter en hiver | FB
out-of-domain | alexa quelle heure il est à dakar | FB
out-of-domain | alexa y a-tu de la place au camp de fort mac | FB | fr-CA
out-of-domain | alexa c'est quoi le prix de l'essence à fort mcmurray | FB | fr-CA
out-of-domain | alexa combien coûte un billet pour manille | FB | fr-CA
out-of-domain | alexa mets de la musique mexicaine | FB | fr-CA
out-of-domain | alexa quelle est la capitale du homard | FB | fr-CA
out-of-domain | alexa c'est-tu la capitale de la pêche cap-saint-georges | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'abitibi | FB | fr-CA
out-of-domain | alexa qui a gagné le tricheur hier | FB | fr-CA
plural-capitals | alexa waaw le bénin il a quelles capitales porto-novo et cotonou | BJ
plural-capitals | alexa pour mon exposé c'est quoi les capitales béninoises | BJ
plural-capitals | alexa la capitale officielle et la capitale économique du bénin c'est quoi | BJ | fr-CA
plural-capitals | alexa yallah les capitales de la palestine c'est quoi | PS | fr-CA
plural-capitals | alexa quelles capitales pour l'état de palestine | PS
plural-capitals | alexa naku c'est quoi les deux capitales de la malaisie putrajaya pis l'autre | MY | fr-CA
plural-capitals | alexa macarel la bolivie a deux capitales lesquelles | BO
plural-capitals | alexa les capitales du sri lanka colombo et l'autre c'est quoi | LK
"""

if __name__ == "__main__":
    build_round(49, "fr", LINES, sys.argv, "tests/Eval/fr/round49/source/build_corpus.py")
