"""Round 34, French (fr-FR, fr-CA): a new author's own mix, written blind at the start of the thirty-fifth session
(brief WRITER41.md), about a third of the lines fr-CA. Speakers and situations chosen apart from rounds 30-33.
France and the overseas on fr-FR devices: Alsatians of Strasbourg, Colmar and Mulhouse ("hopla", "jo", the mamema, the
Christmas market, the European Parliament, the storks, the Racing, the bredele, Basel cross-border workers), Marseillais
("dégun", "tarpin", "fada", "frère", the Goudes, the OM, the ferry, the Vieux-Port yachts, the pastis), Réunionnais
("zot", "la marmaille", "gramoun", "ou", the piton de la Fournaise, the cari, the kaz), Martiniquais and Guadeloupéens
(Creole: "sa ou fè", "an pa sav", "mwen ka mandé", "ti manmay", the carnival, the colombo), Charentais and Rochelais (the
Francofolies, the île de Ré, cognac, Fort Boyard, the aquarium, the cagouilles), Limousins (the CSP basketball, the
porcelain, the Limousin cattle, the English of the Creuse, a Corrèze pépé), Grenoblois and Dauphinois (the Bastille, the
synchrotron, Chamrousse, the gratin, Vercors climbers), a Lebanese-French family ("yalla", "habibi", teta, khalo), a
Romanian family and nanny ("bunica", "hai", "da"), a Dutch retiree camping in the Ardèche ("nou", "hè", "de le
danemark", "dans français"), an Indian Airbus engineer in Toulouse ("actually", "yaar", "na"); four-year-olds and a CE2
pupil, teenagers (a TikTok challenge, GeoGuessr, "askip", "frérot"), elders (a hearing-impaired grandmother, a retired
schoolmaster, a sailor's widow, the retirement home game, old names); at work: a fire station, a lorry driver on the A7,
a pharmacy, a cheesemonger, a fish market, a DJ, a teacher, a factory intern, a call centre; games: Questions pour un
champion, Petit Bac, Scrabble, Tu te mets combien, a pub quiz, the Jeu des mille euros, mots fléchés, a radio question,
a geography blind test; sport: the Tour de France, the football Euro, handball, the Paris marathon, rugby; at home: a
wedding table plan named after capitals, the dishwasher, bedtime, moving boxes, the internet box, the washing line, a
documentary. On fr-CA devices: Saguenay and Lac-Saint-Jean ("moé", "toé", "pantoute", "en tout cas", the blueberries,
the Traversée du lac, the Alma smelter), Acadians of Moncton and Dieppe (chiac: "right", "faque", "awkward", "worry
pas", "j'allons", "jouont", the Tintamarre, Parlee Beach, the Wildcats, lobster), Franco-Manitobans of Saint-Boniface
(the Festival du Voyageur, minus forty, the Jets, the Métis), the Bas-Saint-Laurent (the Kamouraska sunset, the Océanic,
the eel fisher, the Trois-Pistoles ferry), Haitian-Quebecers of Montréal-Nord (Creole: "sak pase", "manman mwen",
"anpil moun", the diri ak djon djon), Innu of Uashat mak Mani-utenam and Atikamekw of Manawan ("kuei", "kwei", the
kukum, Innu Nikamu), a French expat in the Plateau ("du coup", "c'est ouf", "mes potes"), Lebanese-Quebecers of
Saint-Laurent; at work: a snowblower operator, a Baie-James lineman, a dépanneur, a tree planter, a CPE, a trucker, an
IGA butcher, a call centre, an orderly; games and sport: Génies en herbe, Star Académie, the Grand Prix, curling, La Roue
de fortune, junior hockey, an improv league; at home: the ice-fishing cabin, the Christmas party, shovelling, a
second-grade daughter, a trip south, the tourtière, the laundry, a son's trip. Families per speaker group or situation,
and the shared families (follow-up, plural-capitals, subdivision, out-of-domain, help, stop, cancel, launch,
yes-no-check, self-correction, reverse-question, official-name, everyday-name, shared-name). Lines of rounds 1-33
are dropped (build_round with round 34's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# --- fr-FR: Alsatians of Strasbourg, Colmar and Mulhouse
alsace | alexa hopla on est au marché de noël et un touriste vient {} c'est quoi sa capitale | d'estonie=EE; de lettonie=LV; de lituanie=LT
alsace | alexa jo ma mamema elle veut savoir la capitale {} | de la slovaquie=SK; de la slovénie=SI; de la tchéquie=CZ
alsace | alexa au parlement européen y a un député {} il m'a dit sa capitale mais j'ai oublié | maltais=MT; chypriote=CY; luxembourgeois=LU
alsace | alexa on mange la choucroute pis le papa il dit c'est quoi la capitale {} | de l'allemagne=DE; de la bavière=DE-BY; du bade-wurtemberg=DE-BW
alsace | alexa le frontalier de bâle il dit que la capitale {} c'est pas zurich alors c'est laquelle | de la suisse=CH
alsace | alexa les cigognes elles partent l'hiver {} c'est quoi la capitale là-bas | au sénégal=SN; en mauritanie=MR; au mali=ML
alsace | alexa au racing y a un nouveau joueur {} elle est où sa capitale | ghanéen=GH; ivoirien=CI; camerounais=CM
alsace | alexa hopla geiss c'est quoi la capitale {} | de la sarre=DE-SL; de la rhénanie-palatinat=DE-RP
alsace | alexa en faisant les bredele ma nièce demande la capitale {} | de l'autriche=AT; du liechtenstein=LI
# --- fr-FR: Marseillais
marseille | alexa dégun sait la capitale {} au bar du coin tu peux me dire | de l'arménie=AM; de l'azerbaïdjan=AZ
marseille | alexa on est aux goudes avec les collègues c'est quoi la capitale {} frère | de la tunisie=TN; de la libye=LY; de l'égypte=EG
marseille | alexa l'om joue contre une équipe {} ce soir c'est quoi leur capitale | grecque=GR; turque=TR; portugaise=PT
marseille | alexa le ferry il part pour {} tu me dis la capitale | la corse=FB; l'algérie=DZ; la sardaigne=FB
marseille | alexa j'ai tarpin la flemme de chercher la capitale {} | des comores=KM; de madagascar=MG; de maurice=MU
marseille | alexa oh fada c'est quoi déjà la capitale {} | du liban=LB; de la syrie=SY; de la jordanie=JO
marseille | alexa au vieux-port y a un yacht qui vient {} c'est quoi la capitale de là-bas | des îles caïmans=KY; des bermudes=BM; de malte=MT
marseille | alexa le pastis il est servi et on se demande la capitale {} | du vietnam=VN; du laos=LA
# --- fr-FR: Réunionnais
reunion | alexa zot i koné la capitale {} | de maurice=MU; des seychelles=SC; de madagascar=MG
reunion | alexa la marmaille i demande c'est quoi la capitale {} | de la réunion=RE; de mayotte=YT
reunion | alexa gramoun lé la i veut savoir la capitale {} | de l'inde=IN; du tamil nadu=IN-TN; de pondichéry=IN-PY
reunion | alexa en montant au piton de la fournaise on a croisé des touristes {} c'est quoi leur capitale | chinois=CN; sud-africains=ZA; australiens=AU
reunion | alexa pendant le cari poulet tonton i dit la capitale {} c'est quoi | du mozambique=MZ; du malawi=MW; de la zambie=ZM
reunion | alexa ça mi connais pas la capitale {} ou | des comores=KM; du kenya=KE; de la tanzanie=TZ
reunion | alexa la kaz lé pas loin de saint-pierre et mi cherche la capitale {} | du zimbabwe=ZW; du botswana=BW; de la namibie=NA
# --- fr-FR: Antillais (Martinique, Guadeloupe)
antilles | alexa sa ou fè an pa sav la capitale {} | de la martinique=MQ; de la guadeloupe=GP
antilles | alexa mwen ka mandé la capitale {} | d'haïti=HT; de la dominique=DM; de sainte-lucie=LC
antilles | alexa pendant le carnaval un moun vient {} c'est quoi sa capitale | de trinidad=TT; de la barbade=BB; de la jamaïque=JM
antilles | alexa ti manmay la ka mandé kisa ki capitale {} | de cuba=CU; de porto rico=PR; du venezuela=VE
antilles | alexa ou sav la capitale {} toi | de saint-vincent=VC; de la grenade=GD; d'antigua=AG
antilles | alexa an ka fè on ti kwiz c'est quoi la capitale {} | du suriname=SR; du guyana=GY; de la guyane=GF
antilles | alexa man la ka di la capitale {} c'est quoi | de saint-martin=MF; de saint-barth=BL; de saint-kitts-et-nevis=KN
antilles | alexa dis-moi la capitale {} pendant qu'on fait le colombo | de la république dominicaine=DO; du belize=BZ; des bahamas=BS
# --- fr-FR: Charentais and Rochelais
charente | alexa aux francofolies y avait un groupe {} c'est quoi leur capitale | québécois=CA-QC; belge=BE; congolais=CD+CG
charente | alexa sur l'île de ré à vélo on se demande la capitale {} | de l'islande=IS; de la norvège=NO; de la suède=SE
charente | alexa le bouilleur de cognac vend beaucoup {} c'est quoi la capitale | en chine=CN; à singapour=SG; au nigeria=NG
charente | alexa mon beau-frère part au fort boyard avec des cousins {} quelle est leur capitale | canadiens=CA; irlandais=IE; danois=DK
charente | alexa à l'aquarium de la rochelle y a un poisson {} c'est quoi la capitale de ce pays | des philippines=PH; d'indonésie=ID; de papouasie-nouvelle-guinée=PG
charente | alexa les cagouilles c'est chez nous mais la capitale {} c'est laquelle | de la belgique=BE; du luxembourg=LU
# --- fr-FR: Limousins
limousin | alexa au csp limoges y a un américain qui vient {} c'est quoi la capitale | de l'ohio=US-OH; du kentucky=US-KY; de l'indiana=US-IN
limousin | alexa la porcelaine on l'envoie {} c'est quoi la capitale | en arabie saoudite=SA; au qatar=QA; aux émirats=AE
limousin | alexa les vaches limousines on les exporte {} quelle capitale | en algérie=DZ; au kazakhstan=KZ; en turquie=TR
limousin | alexa dans la creuse y a des anglais qui viennent {} c'est quoi la capitale là-haut | du pays de galles=GB-WLS; d'irlande du nord=GB-NIR; d'écosse=GB-SCT
limousin | alexa le pépé de la corrèze voudrait savoir la capitale {} | du portugal=PT; de l'espagne=ES; d'andorre=AD
# --- fr-FR: Grenoblois and Dauphinois
grenoble | alexa en haut de la bastille on se demande la capitale {} | du népal=NP; du bhoutan=BT; du tibet=FB
grenoble | alexa au synchrotron y a une chercheuse {} elle dit sa capitale c'est quoi | indienne=IN; iranienne=IR; pakistanaise=PK
grenoble | alexa à chamrousse un moniteur de ski vient {} c'est quoi la capitale | d'andorre=AD; de slovénie=SI; de géorgie le pays=GE
grenoble | alexa le gratin dauphinois est au four et les gosses demandent la capitale {} | du chili=CL; du pérou=PE; de l'équateur=EC
grenoble | alexa le grimpeur du vercors il part {} c'est quoi la capitale | au kirghizstan=KG; au tadjikistan=TJ; au pakistan=PK
# --- fr-FR: a Lebanese-French family of Paris
liban | alexa yalla habibi la capitale {} c'est quoi | du liban=LB; du koweït=KW; de bahreïn=BH
liban | alexa teta elle demande yaani la capitale {} | de l'irak=IQ; de l'iran=IR; du yémen=YE
liban | alexa khalo il travaille {} c'est quoi la capitale | à oman=OM; au qatar=QA; à chypre=CY
liban | alexa mon cousin est parti {} c'est quoi la capitale là-bas | au brésil=BR; en côte d'ivoire=CI; au sénégal=SN
liban | alexa yalla vite la capitale {} | de l'arabie saoudite=SA; de l'égypte=EG; du soudan=SD
# --- fr-FR: a Romanian family and their nanny
roumaine | alexa bunica elle veut savoir euh la capitale {} | de la roumanie=RO; de la moldavie=MD; de la bulgarie=BG
roumaine | alexa hai spune moi la capitale {} | de l'ukraine=UA; de la hongrie=HU; de la serbie=RS
roumaine | alexa je suis nounou la petite demande la capitale {} c'est quoi | de la russie=RU; de la biélorussie=BY; de la pologne=PL
roumaine | alexa da da la capitale de le {} | monténégro=ME; kosovo=XK; bosnie=BA
# --- fr-FR: a Dutch retiree camping in the Ardèche
neerlandais | alexa nou euh quelle est le capitale {} | de le danemark=DK; de la finlande=FI; de la pays-bas=NL
neerlandais | alexa hè je suis au camping et mon femme demande capitale {} | de suriname=SR; de curaçao=CW; de aruba=AW
neerlandais | alexa sorry comment on dit la capitale {} dans français | de la belgique=BE; de la allemagne=DE; de la luxembourg=LU
neerlandais | alexa in het frans alors c'est quoi la capitale {} | de sint-maarten=SX; de bonaire=BQ
# --- fr-FR: an Indian engineer at Airbus in Toulouse
indien | alexa actually what is the capital euh la capitale {} | du kerala=IN-KL; du karnataka=IN-KA; du maharashtra=IN-MH
indien | alexa yaar la capitale {} c'est quelle ville | du gujarat=IN-GJ; du rajasthan=IN-RJ; du bihar=IN-BR
indien | alexa mon manager il demande la capitale {} na | du sri lanka=LK; du bangladesh=BD; des maldives=MV
indien | alexa okay alexa dis-moi capitale {} | de telangana=IN-TS; de odisha=IN-OD; de assam=IN-AS
indien | alexa my colleague dit que la capitale {} c'est mumbai c'est vrai | de l'inde=IN
# --- fr-FR: children
enfants | alexa moi j'ai quatre ans et je veux savoir la capitale {} | des lions=FB; du père noël=FB; de la chine=CN
enfants | alexa c'est quoi la capitale {} dis | de l'afrique=FB; du kenya=KE; de l'australie=AU
enfants | alexa la maîtresse elle a dit qu'il faut savoir la capitale {} c'est quoi | de l'italie=IT; du japon=JP; du canada=CA
enfants | alexa mon doudou il veut savoir la capitale {} | de la lune=FB; du groenland=GL; de l'islande=IS
enfants | alexa est-ce que tu sais toi la capitale {} | de l'égypte=EG; du mexique=MX; de la russie=RU
enfants | alexa mon papi il dit que la capitale {} c'est dans la neige c'est vrai | de la mongolie=MN; de la finlande=FI
enfants | alexa je fais un exposé en ce deux sur {} c'est quoi sa capitale | le pérou=PE; l'argentine=AR; les états-unis=US
# --- fr-FR: teenagers
ados | alexa frérot c'est quoi la capitale {} j'ai un contrôle demain | du burkina=BF; du niger=NE; du tchad=TD
ados | alexa wesh la capitale {} vite c'est pour un défi tiktok | de la corée du nord=KP; du japon=JP; de la thaïlande=TH
ados | alexa c'est chaud je connais pas la capitale {} | du turkménistan=TM; de l'ouzbékistan=UZ; du kazakhstan=KZ
ados | alexa en vrai c'est quoi la capitale {} genre | de l'afghanistan=AF; de l'iran=IR
ados | alexa on fait un geoguessr et je suis bloqué c'est quoi la capitale {} | de l'érythrée=ER; de djibouti=DJ; de la somalie=SO
ados | alexa c'est quoi la capitale {} askip c'est pas le caire | de l'égypte=EG
# --- fr-FR: elders
anciens | alexa mon petit je n'entends plus très bien répète la capitale {} | de la hongrie=HU; de la tchécoslovaquie=FB; de l'autriche=AT
anciens | alexa quand j'étais instituteur on disait la capitale {} c'était quoi | du dahomey=BJ; du kampuchéa=KH
anciens | alexa mon mari était marin il allait {} quelle est la capitale | à madagascar=MG; au cap-vert=CV; en guinée=GN
anciens | alexa ma chère dame quelle est donc la capitale {} | du zaïre=CD; du siam=TH; de l'urss=FB
anciens | alexa à la maison de retraite on fait un jeu la capitale {} c'est laquelle | de la perse=IR; de la yougoslavie=FB; de ceylan=LK
# --- fr-FR: at work
travail | alexa à la caserne des pompiers on a une pause c'est quoi la capitale {} | du canada=CA; du mexique=MX; du brésil=BR
travail | alexa je suis routier sur l'a sept et je livre {} c'est quoi la capitale | en italie=IT; en espagne=ES; en slovénie=SI
travail | alexa à la pharmacie une cliente vient {} c'est quoi la capitale de son pays | d'ouganda=UG; du rwanda=RW; du burundi=BI
travail | alexa je suis fromager et j'ai un client {} c'est quoi sa capitale | japonais=JP; américain=US; norvégien=NO
travail | alexa au marché aux poissons un pêcheur {} m'a demandé la capitale | breton=FB; islandais=IS; féroïen=FO
travail | alexa dj ce soir et le client demande une chanson de la capitale {} c'est quoi | de la jamaïque=JM; de cuba=CU; du nigeria=NG
travail | alexa je suis prof et je prépare mon cours la capitale {} | du ghana=GH; du togo=TG; du bénin=BJ
travail | alexa à l'usine on a un nouveau stagiaire {} c'est quoi la capitale | guinéen=GN; malien=ML; sénégalais=SN
travail | alexa au centre d'appel j'ai un client {} quelle est la capitale | de la guinée-bissau=GW; de la gambie=GM; de la sierra leone=SL
# --- fr-FR: games and TV
jeux | alexa questions pour un champion la capitale {} c'est quoi | de l'ouganda=UG; du liberia=LR; du gabon=GA
jeux | alexa on joue au petit bac et j'ai besoin de la capitale {} | du panama=PA; du nicaragua=NI; du honduras=HN
jeux | alexa au scrabble il me faut un mot c'est quoi la capitale {} | du costa rica=CR; du guatemala=GT; du salvador=SV
jeux | alexa tu te mets combien sur la capitale {} | du paraguay=PY; de l'uruguay=UY; de la bolivie=BO
jeux | alexa au quiz du pub la question c'est la capitale {} | de la namibie=NA; de l'angola=AO; du lesotho=LS
jeux | alexa jeu des mille euros c'est quoi la capitale {} | des fidji=FJ; des samoa=WS; des tonga=TO
jeux | alexa en faisant les mots fléchés il me faut la capitale {} | du vanuatu=VU; des îles salomon=SB; de nauru=NR
jeux | alexa la question du jour à la radio c'est la capitale {} | des îles marshall=MH; de la micronésie=FM; des palaos=PW
jeux | alexa au blind test géo on me demande la capitale {} | de kiribati=KI; des tuvalu=TV; du timor oriental=TL
# --- fr-FR: sport
sport | alexa au tour de france y a un coureur {} c'est quoi sa capitale | slovène=SI; danois=DK; colombien=CO
sport | alexa pendant l'euro de foot on joue contre {} c'est quoi la capitale | l'albanie=AL; la macédoine du nord=MK; la géorgie=GE+US-GA
sport | alexa le handball ce soir c'est contre {} quelle capitale | l'égypte=EG; le bahreïn=BH; le qatar=QA
sport | alexa au marathon de paris le gagnant il est {} c'est quoi sa capitale | éthiopien=ET; kényan=KE; érythréen=ER
sport | alexa au rugby on affronte {} c'est quoi la capitale | les fidji=FJ; les tonga=TO; les samoa=WS
# --- fr-FR: at home
maison | alexa pour le plan de table du mariage chaque table a le nom d'une capitale c'est quoi celle {} | du portugal=PT; de la grèce=GR; de l'irlande=IE
maison | alexa je vide le lave-vaisselle dis-moi la capitale {} | du cambodge=KH; de la birmanie=MM; du myanmar=MM
maison | alexa avant de dormir ma fille veut savoir la capitale {} | du népal=NP; de la mongolie=MN
maison | alexa on déménage et le carton dit {} c'est quoi la capitale | brunei=BN; timor=TL
maison | alexa la box plante pis je cherche la capitale {} | du soudan du sud=SS; de la centrafrique=CF; de la guinée équatoriale=GQ
maison | alexa en étendant le linge je me demande la capitale {} | de sao tomé=ST; du cap-vert=CV; de la guinée-bissau=GW
maison | alexa mon mari regarde un docu sur {} c'est quoi la capitale | le groenland=GL; les îles féroé=FO; le svalbard=SJ
# --- fr-CA: Saguenay and Lac-Saint-Jean
saguenay | alexa moé j'sais pas pantoute la capitale {} | du manitoba=CA-MB; de la saskatchewan=CA-SK; de l'alberta=CA-AB | fr-CA
saguenay | alexa en ramassant des bleuets mon chum demande la capitale {} | de la norvège=NO; de la suède=SE; de la finlande=FI | fr-CA
saguenay | alexa à la traversée du lac y a un nageur {} c'est quoi sa capitale | égyptien=EG; argentin=AR; brésilien=BR | fr-CA
saguenay | alexa en tout cas toé tu dois savoir la capitale {} | du nouveau-brunswick=CA-NB; de la nouvelle-écosse=CA-NS; de l'île-du-prince-édouard=CA-PE | fr-CA
saguenay | alexa à l'aluminerie d'alma y a des ingénieurs {} c'est quoi leur capitale | norvégiens=NO; australiens=AU; chinois=CN | fr-CA
saguenay | alexa on est au chalet sur le bord du lac pis la grand-mère veut la capitale {} | du portugal=PT; de l'islande=IS | fr-CA
# --- fr-CA: Acadians of Moncton and Dieppe (chiac)
acadie | alexa right faque c'est quoi la capitale {} | du nouveau-brunswick=CA-NB; du maine=US-ME; du vermont=US-VT | fr-CA
acadie | alexa j'allons au tintamarre pis je me demande la capitale {} | de la louisiane=US-LA; de la nouvelle-écosse=CA-NS | fr-CA
acadie | alexa c'est awkward mais je sais pas la capitale {} | de terre-neuve-et-labrador=CA-NL; de terre-neuve=CA-NL; de saint-pierre-et-miquelon=PM | fr-CA
acadie | alexa à la plage parlee y a des touristes {} worry pas c'est quoi leur capitale | du massachusetts=US-MA; du connecticut=US-CT; du new hampshire=US-NH | fr-CA
acadie | alexa mon grand-père était pêcheur de homard il vendait {} c'est quoi la capitale | au japon=JP; en corée du sud=KR; en chine=CN | fr-CA
acadie | alexa les wildcats jouont contre une équipe {} c'est quoi la capitale de là | de l'ontario=CA-ON; du québec=CA-QC | fr-CA
# --- fr-CA: Franco-Manitobans of Saint-Boniface
manitoba | alexa au festival du voyageur on se demande la capitale {} | du manitoba=CA-MB; du dakota du nord=US-ND; du minnesota=US-MN | fr-CA
manitoba | alexa il fait moins quarante à winnipeg pis je veux savoir la capitale {} | des territoires du nord-ouest=CA-NT; du nunavut=CA-NU; du yukon=CA-YT | fr-CA
manitoba | alexa les jets jouent contre {} c'est quoi la capitale de cet état-là | le colorado=US-CO; l'arizona=US-AZ; le nevada=US-NV | fr-CA
manitoba | alexa mon arrière-grand-père était métis il venait {} c'est quoi la capitale | de la saskatchewan=CA-SK; du montana=US-MT | fr-CA
manitoba | alexa les ukrainiens de la rivière rouge veulent savoir la capitale {} | de l'ukraine=UA; de la pologne=PL | fr-CA
# --- fr-CA: Bas-Saint-Laurent and Kamouraska
bas-saint-laurent | alexa on regarde le coucher de soleil à kamouraska pis on gage sur la capitale {} | de l'australie=AU; de la nouvelle-zélande=NZ; du canada=CA | fr-CA
bas-saint-laurent | alexa à l'océanic de rimouski y a un joueur {} c'est quoi sa capitale | tchèque=CZ; slovaque=SK; suisse=CH | fr-CA
bas-saint-laurent | alexa le pêcheur d'anguilles il exporte {} c'est quoi la capitale | en corée=KP+KR; au japon=JP | fr-CA
bas-saint-laurent | alexa on prend le traversier de trois-pistoles pis ma tante demande la capitale {} | de la grèce=GR; de la croatie=HR; de l'albanie=AL | fr-CA
# --- fr-CA: Haitian-Quebecers of Montréal-Nord and Saint-Michel
haiti-qc | alexa sak pase la capitale {} se ki | d'haïti=HT; de la république dominicaine=DO; de cuba=CU | fr-CA
haiti-qc | alexa manman mwen vle konnen la capitale {} | de la jamaïque=JM; des bahamas=BS; de porto rico=PR | fr-CA
haiti-qc | alexa tonton la dit que la capitale {} c'est quoi | du bénin=BJ; du togo=TG; du ghana=GH | fr-CA
haiti-qc | alexa pendant qu'on mange le diri ak djon djon dis-nous la capitale {} | de la guyane=GF; de la martinique=MQ; du suriname=SR | fr-CA
haiti-qc | alexa anpil moun pa konnen la capitale {} | du brésil=BR; du chili=CL | fr-CA
# --- fr-CA: Innu of Uashat mak Mani-utenam and Atikamekw of Manawan
innu | alexa kuei c'est quoi la capitale {} | du nunavik=FB; du groenland=GL; de l'islande=IS | fr-CA
innu | alexa au festival innu nikamu y a un chanteur {} c'est quoi sa capitale | sami de norvège=NO; inuit du groenland=GL; maori de nouvelle-zélande=NZ | fr-CA
innu | alexa ma kukum veut savoir la capitale {} | de la bolivie=BO; du pérou=PE; de l'équateur=EC | fr-CA
innu | alexa kwei à manawan on se demande la capitale {} | du québec=CA-QC; de l'ontario=CA-ON | fr-CA
# --- fr-CA: a French expat in the Plateau
francais-mtl | alexa du coup c'est quoi la capitale {} | de la colombie-britannique=CA-BC; de l'ontario=CA-ON; du québec=CA-QC | fr-CA
francais-mtl | alexa c'est ouf je savais pas que la capitale {} c'était pas toronto c'est quoi alors | du canada=CA | fr-CA
francais-mtl | alexa mes potes québécois me charrient c'est quoi la capitale {} | de l'alberta=CA-AB; du nunavut=CA-NU | fr-CA
francais-mtl | alexa je suis au dépanneur et je me demande la capitale {} en fait | de la france=FR; de monaco=MC; de la belgique=BE | fr-CA
# --- fr-CA: Lebanese-Quebecers of Ville Saint-Laurent
liban-qc | alexa yalla la capitale {} c'est quoi là | du liban=LB; de la syrie=SY; d'israël=IL | fr-CA
liban-qc | alexa mon oncle a un resto pis un client {} demande la capitale | arménien=AM; irakien=IQ; jordanien=JO | fr-CA
liban-qc | alexa pendant le ramadan ma soeur veut savoir la capitale {} | de l'algérie=DZ; du maroc=MA; de la mauritanie=MR | fr-CA
# --- fr-CA: at work
jobs-qc | alexa je suis opérateur de souffleuse pis à trois heures du matin je me demande la capitale {} | de la russie=RU; de la mongolie=MN; du kazakhstan=KZ | fr-CA
jobs-qc | alexa je suis monteur de lignes à la baie-james c'est quoi la capitale {} | du yukon=CA-YT; de l'alaska=US-AK | fr-CA
jobs-qc | alexa au dépanneur un client {} m'a demandé la capitale de son pays | indien=IN; pakistanais=PK; bangladais=BD | fr-CA
jobs-qc | alexa je plante des arbres en abitibi pis mon partner vient {} c'est quoi la capitale | de la nouvelle-zélande=NZ; de l'australie=AU; de l'afrique du sud=ZA | fr-CA
jobs-qc | alexa au cpe un enfant vient {} c'est quoi la capitale | du vietnam=VN; du cambodge=KH; du laos=LA | fr-CA
jobs-qc | alexa je suis camionneur pis je livre {} c'est quoi la capitale | en ontario=CA-ON; au michigan=US-MI; en ohio=US-OH | fr-CA
jobs-qc | alexa au comptoir de boucherie chez iga un client {} veut savoir sa capitale | colombien=CO; vénézuélien=VE; péruvien=PE | fr-CA
jobs-qc | alexa au centre d'appels j'ai un client {} c'est quoi la capitale | du texas=US-TX; de la floride=US-FL; de la californie=US-CA | fr-CA
jobs-qc | alexa je suis préposée aux bénéficiaires pis la madame demande la capitale {} | de l'italie=IT; de l'espagne=ES; de la france=FR | fr-CA
# --- fr-CA: games, TV and sport
jeux-qc | alexa génies en herbe la question c'est la capitale {} | de la nouvelle-calédonie=NC; de la polynésie française=PF; de wallis-et-futuna=WF | fr-CA
jeux-qc | alexa à star académie y a un candidat {} c'est quoi la capitale | de la gaspésie=FB; de l'ontario=CA-ON; du nouveau-brunswick=CA-NB | fr-CA
jeux-qc | alexa au grand prix de montréal le pilote {} c'est quoi sa capitale | monégasque=MC; thaïlandais=TH; mexicain=MX | fr-CA
jeux-qc | alexa au curling on affronte {} c'est quoi la capitale | l'écosse=GB-SCT; la suède=SE; la suisse=CH | fr-CA
jeux-qc | alexa à la roue de fortune la catégorie c'est capitale pis la question c'est celle {} | du honduras=HN; du nicaragua=NI; du guatemala=GT | fr-CA
jeux-qc | alexa au hockey junior on joue contre {} c'est quoi la capitale | la lettonie=LV; la slovaquie=SK; la finlande=FI | fr-CA
jeux-qc | alexa à la ligue d'impro le thème c'est la capitale {} | de la tunisie=TN; du cameroun=CM | fr-CA
# --- fr-CA: at home
maison-qc | alexa on est dans la cabane à pêche blanche pis on se demande la capitale {} | de la pennsylvanie=US-PA; de l'état de new york=US-NY; du new jersey=US-NJ | fr-CA
maison-qc | alexa au party de noël mononcle gage que la capitale {} c'est sydney | de l'australie=AU | fr-CA
maison-qc | alexa en pelletant l'entrée je pense à la capitale {} | de la caroline du nord=US-NC; de la caroline du sud=US-SC; de la virginie=US-VA | fr-CA
maison-qc | alexa ma fille de deuxième année veut savoir la capitale {} | du mexique=MX; du japon=JP; de l'égypte=EG | fr-CA
maison-qc | alexa on planifie un voyage dans le sud c'est quoi la capitale {} | du costa rica=CR; du panama=PA; de la république dominicaine=DO | fr-CA
maison-qc | alexa pendant que la tourtière cuit dis-moi la capitale {} | de l'oregon=US-OR; de l'état de washington=US-WA; de l'idaho=US-ID | fr-CA
maison-qc | alexa en faisant le lavage je me demande la capitale {} | du wisconsin=US-WI; de l'iowa=US-IA; du missouri=US-MO | fr-CA
maison-qc | alexa mon gars part en voyage {} c'est quoi la capitale là-bas | en thaïlande=TH; au vietnam=VN; en indonésie=ID | fr-CA
# --- follow-ups
follow-up | et celle {} alors | de la lituanie=LT; du monténégro=ME; de l'équateur=EC
follow-up | pis {} c'est quoi | le rwanda=RW; la zambie=ZM; le malawi=MW | fr-CA
follow-up | ok et {} maintenant | l'ouganda=UG; le soudan=SD; le niger=NE
follow-up | et pour {} tant qu'on y est | la moldavie=MD; le bélarus=BY; la bosnie=BA
follow-up | attends pis celle {} | du vermont=US-VT; du maine=US-ME; du kansas=US-KS | fr-CA
follow-up | ah ouais et {} | l'oman=OM; le yémen=YE; le koweït=KW
follow-up | super et la capitale {} aussi | de l'arménie=AM; du tadjikistan=TJ; du turkménistan=TM
follow-up | pis la même chose pour {} | l'alabama=US-AL; le mississippi=US-MS; le tennessee=US-TN | fr-CA
follow-up | d'accord et {} dans ce cas | l'oklahoma=US-OK; l'arkansas=US-AR; le nebraska=US-NE
follow-up | encore une celle {} | du bhoutan=BT; du brunei=BN; des maldives=MV
follow-up | ok ok pis {} elle | la libye=LY; le tchad=TD; le soudan du sud=SS | fr-CA
follow-up | merci et {} | la bavière=DE-BY; la saxe=DE-SN; la thuringe=DE-TH
follow-up | et celle {} de la même région | du burundi=BI; du congo-brazzaville=CG; du gabon=GA
# --- plurals of several-capital countries
plural-capitals | alexa c'est vrai que l'afrique du sud a trois capitales c'est lesquelles | ZA
plural-capitals | alexa les trois capitales sud-africaines c'est quoi | ZA | fr-CA
plural-capitals | alexa donne-moi toutes les capitales de l'afrique du sud | ZA
plural-capitals | alexa la bolivie elle a deux capitales c'est lesquelles | BO
plural-capitals | alexa c'est quoi les deux capitales boliviennes | BO | fr-CA
plural-capitals | alexa combien de capitales a la bolivie pis c'est lesquelles | BO
plural-capitals | alexa le bénin il a deux capitales non c'est lesquelles | BJ
plural-capitals | alexa cotonou pis porto-novo c'est les deux capitales du bénin | BJ | fr-CA
plural-capitals | alexa dis-moi les capitales du bénin toutes | BJ
plural-capitals | alexa la côte d'ivoire a combien de capitales | CI
plural-capitals | alexa les capitales de la côte d'ivoire c'est abidjan et quoi | CI | fr-CA
plural-capitals | alexa on m'a dit que la côte d'ivoire a deux capitales lesquelles | CI
plural-capitals | alexa le sri lanka il a deux capitales c'est vrai | LK
plural-capitals | alexa les deux capitales sri-lankaises c'est quoi | LK | fr-CA
plural-capitals | alexa toutes les capitales du sri lanka s'il te plaît | LK
plural-capitals | alexa la malaisie a deux capitales je crois c'est lesquelles | MY
plural-capitals | alexa les capitales malaisiennes c'est kuala lumpur et laquelle | MY | fr-CA
plural-capitals | alexa combien la malaisie a de capitales | MY
plural-capitals | alexa les pays-bas ont deux capitales c'est quoi les deux | NL
plural-capitals | alexa amsterdam pis la haye c'est-tu les deux capitales des pays-bas | NL | fr-CA
plural-capitals | alexa la hollande elle a combien de capitales | NL
plural-capitals | alexa l'eswatini il a deux capitales lesquelles | SZ
plural-capitals | alexa les capitales du swaziland c'est lesquelles | SZ | fr-CA
plural-capitals | alexa toutes les capitales de l'eswatini | SZ
plural-capitals | alexa la palestine a deux capitales c'est lesquelles | PS
plural-capitals | alexa c'est quoi les capitales de la palestine | PS | fr-CA
plural-capitals | alexa combien de capitales pour la palestine | PS
plural-capitals | alexa le jammu-et-cachemire a deux capitales c'est lesquelles | IN-JK
plural-capitals | alexa les deux capitales de l'uttarakhand c'est quoi | IN-UK
# --- subdivisions and territories
subdivision | alexa c'est quoi la capitale {} en australie | de l'état de victoria=AU-VIC; du queensland=AU-QLD; de la tasmanie=AU-TAS
subdivision | alexa la capitale {} c'est-tu sydney | de la nouvelle-galles du sud=AU-NSW; de l'australie-méridionale=AU-SA | fr-CA
subdivision | alexa dis-moi la capitale {} au brésil | de bahia=BR-BA; du minas gerais=BR-MG; du pernambouc=BR-PE
subdivision | alexa quelle ville est la capitale {} | de l'amazonas=BR-AM; du paraná=BR-PR; du ceará=BR-CE
subdivision | alexa au mexique la capitale {} c'est quoi | du yucatán=MX-YUC; du jalisco=MX-JAL; du quintana roo=MX-ROO
subdivision | alexa la capitale {} mon chum y va en vacances | de oaxaca=MX-OAX; du chiapas=MX-CHP; de la basse-californie du sud=MX-BCS | fr-CA
subdivision | alexa la capitale {} en allemagne c'est laquelle | de la basse-saxe=DE-NI; de la hesse=DE-HE; du schleswig-holstein=DE-SH
subdivision | alexa capitale {} vite | du brandebourg=DE-BB; de la rhénanie-du-nord-westphalie=DE-NW; du mecklembourg=DE-MV
subdivision | alexa c'est quoi la capitale {} aux états-unis | de l'utah=US-UT; du wyoming=US-WY; du dakota du sud=US-SD
subdivision | alexa quelle est la capitale {} pour de vrai | de la californie=US-CA; de l'illinois=US-IL; de l'état de new york=US-NY
subdivision | alexa c'est quoi la capitale de l'état {} | du michigan=US-MI; de la virginie-occidentale=US-WV; du delaware=US-DE | fr-CA
subdivision | alexa la capitale {} dans l'inde | du pendjab=IN-PB; de l'uttar pradesh=IN-UP; du bengale-occidental=IN-WB
subdivision | alexa la capitale {} en inde c'est quoi | du sikkim=IN-SK; de goa=IN-GA; du ladakh=IN-LA
subdivision | alexa les îles {} ont une capitale c'est laquelle | caïmans=KY; féroé=FO; cook=CK
subdivision | alexa c'est quoi le chef-lieu {} | de la guyane=GF; de mayotte=YT; de saint-pierre-et-miquelon=PM
subdivision | alexa la capitale {} c'est nouméa ou pas | de la nouvelle-calédonie=NC
subdivision | alexa dis voir la capitale {} | de gibraltar=GI; de jersey=JE; de guernesey=GG
subdivision | alexa la capitale {} dans les antilles | d'anguilla=AI; de montserrat=MS; des îles turques-et-caïques=TC
subdivision | alexa c'est quoi la capitale {} au canada | des territoires du nord-ouest=CA-NT; de la colombie-britannique=CA-BC | fr-CA
subdivision | alexa la capitale {} dans le pacifique | de guam=GU; des îles mariannes du nord=MP; des samoa américaines=AS
subdivision | alexa la capitale {} c'est hong kong ou | de l'île de man=IM; des îles åland=AX
subdivision | alexa la capitale {} c'est-tu londres | de l'angleterre=GB-ENG; de l'irlande du nord=GB-NIR | fr-CA
subdivision | alexa la capitale {} au mexique | du nuevo león=MX-NLE; du sonora=MX-SON; du chihuahua=MX-CHH
subdivision | alexa la capitale {} au brésil c'est quoi | de rio grande do sul=BR-RS; de santa catarina=BR-SC; du pará=BR-PA | fr-CA
# --- yes/no checks
yes-no-check | alexa est-ce que canberra c'est bien la capitale de l'australie | AU
yes-no-check | alexa c'est-tu vrai que la capitale du brésil c'est rio | BR | fr-CA
yes-no-check | alexa la capitale du maroc c'est casablanca hein | MA
yes-no-check | alexa j'ai raison si je dis que la capitale de la turquie c'est ankara | TR
yes-no-check | alexa genève c'est la capitale de la suisse ou pas | CH
yes-no-check | alexa lagos c'est encore la capitale du nigeria | NG
yes-no-check | alexa c'est-tu toronto la capitale de l'ontario | CA-ON | fr-CA
yes-no-check | alexa ma soeur dit que la capitale du vietnam c'est hô chi minh-ville elle a raison | VN
yes-no-check | alexa c'est bien dakar la capitale du sénégal | SN
yes-no-check | alexa la capitale de la nouvelle-zélande c'est auckland ou wellington | NZ
yes-no-check | alexa montréal c'est-tu la capitale du québec | CA-QC | fr-CA
yes-no-check | alexa est-ce que la capitale de la floride c'est miami | US-FL | fr-CA
yes-no-check | alexa almaty c'est toujours la capitale du kazakhstan | KZ
yes-no-check | alexa dis-moi si zurich c'est la capitale de la suisse | CH
yes-no-check | alexa la capitale de la tanzanie c'est dar es salaam non | TZ
yes-no-check | alexa c'est-tu vrai que new york c'est pas la capitale des états-unis | US | fr-CA
yes-no-check | alexa yangon c'est la capitale de la birmanie c'est ça | MM
yes-no-check | alexa est-ce que la capitale de l'inde c'est bombay | IN
yes-no-check | alexa vancouver c'est-tu la capitale de la colombie-britannique | CA-BC | fr-CA
yes-no-check | alexa je crois que la capitale de la bolivie c'est la paz je me trompe | BO
yes-no-check | alexa le caire c'est la capitale de l'égypte ou c'est alexandrie | EG
yes-no-check | alexa la capitale du pakistan c'est karachi oui ou non | PK
yes-no-check | alexa est-ce que sucre c'est une capitale de la bolivie | BO
# --- self-corrections
self-correction | alexa la capitale de l'autriche euh non de l'australie | AU
self-correction | alexa c'est quoi la capitale de la suède attends non de la suisse | CH
self-correction | alexa la capitale de l'islande pardon de l'irlande | IE
self-correction | alexa la capitale de la slovénie non je veux dire de la slovaquie | SK
self-correction | alexa la capitale de l'iran oups de l'irak | IQ
self-correction | alexa c'est quoi la capitale du niger non du nigeria | NG
self-correction | alexa la capitale de la guinée euh plutôt de la guinée équatoriale | GQ
self-correction | alexa la capitale de la colombie non la colombie-britannique | CA-BC | fr-CA
self-correction | alexa la capitale du dakota du nord oh non du sud | US-SD | fr-CA
self-correction | alexa la capitale du soudan excuse du soudan du sud | SS
self-correction | alexa la capitale de la mauritanie non non de l'île maurice | MU
self-correction | alexa la capitale du paraguay je me suis trompée de l'uruguay | UY
self-correction | alexa c'est quoi la capitale de la lettonie ah non pardon de la lituanie | LT
self-correction | alexa la capitale du nouveau-brunswick non attends de la nouvelle-écosse | CA-NS | fr-CA
self-correction | alexa la capitale de la gambie ben non de la zambie | ZM
self-correction | alexa capitale de la virginie euh virginie-occidentale je veux dire | US-WV | fr-CA
self-correction | alexa la capitale du mali non excuse-moi du malawi | MW
self-correction | alexa la capitale de la dominique non de la république dominicaine | DO
self-correction | alexa la capitale de l'autriche oups je voulais dire de l'allemagne | DE
# --- reverse questions
reverse-question | alexa ouagadougou c'est la capitale de quel pays | CITY:Ouagadougou
reverse-question | alexa tegucigalpa c'est la capitale de quoi | CITY:Tegucigalpa
reverse-question | alexa oulan-bator c'est dans quel pays | CITY:Oulan-Bator
reverse-question | alexa de quel pays bichkek est la capitale | CITY:Bichkek
reverse-question | alexa vientiane c'est la capitale d'où | CITY:Vientiane
reverse-question | alexa yaoundé c'est la capitale de quel pays d'afrique | CITY:Yaoundé
reverse-question | alexa ljubljana c'est-tu la capitale de la slovaquie ou de la slovénie | CITY:Ljubljana | fr-CA
reverse-question | alexa asmara elle est capitale de quel pays | CITY:Asmara
reverse-question | alexa regina c'est la capitale de quelle province | CITY:Regina | fr-CA
reverse-question | alexa charlottetown c'est la capitale de quoi | CITY:Charlottetown | fr-CA
reverse-question | alexa paramaribo c'est quel pays | CITY:Paramaribo
reverse-question | alexa la ville de windhoek c'est la capitale de quel pays | CITY:Windhoek
reverse-question | alexa nouakchott c'est la capitale de quel pays déjà | CITY:Nouakchott
reverse-question | alexa port-louis est la capitale de quelle île | CITY:Port-Louis
reverse-question | alexa douchanbé c'est la capitale de quel pays en asie | CITY:Douchanbé
reverse-question | alexa bismarck c'est la capitale de quel état américain | CITY:Bismarck | fr-CA
reverse-question | alexa thimphu c'est où au juste | CITY:Thimphu
reverse-question | alexa l'état dont la capitale est tallahassee c'est lequel | CITY:Tallahassee | fr-CA
reverse-question | alexa mascate c'est la capitale de quel pays du golfe | CITY:Mascate
reverse-question | alexa gitega c'est la capitale de quel pays | CITY:Gitega
# --- official names
official-name | alexa quelle est la capitale de la république fédérale d'allemagne | DE
official-name | alexa la capitale de la confédération suisse | CH
official-name | alexa c'est quoi la capitale de la république populaire de chine | CN
official-name | alexa la capitale du royaume-uni de grande-bretagne et d'irlande du nord | GB
official-name | alexa quelle est la capitale de la fédération de russie | RU
official-name | alexa la capitale de la république islamique d'iran | IR
official-name | alexa c'est quoi la capitale du royaume hachémite de jordanie | JO
official-name | alexa la capitale de la république arabe d'égypte | EG | fr-CA
official-name | alexa la capitale du grand-duché de luxembourg | LU
official-name | alexa la capitale de la principauté de monaco c'est quoi | MC
official-name | alexa capitale de la république de corée | KR
official-name | alexa capitale de la république populaire démocratique de corée | KP | fr-CA
official-name | alexa la capitale des états-unis d'amérique | US | fr-CA
official-name | alexa la capitale de la république tchèque | CZ
official-name | alexa la capitale du royaume du maroc | MA
official-name | alexa la capitale de la république socialiste du viêt nam | VN
official-name | alexa la capitale du royaume de belgique | BE
official-name | alexa la capitale de la république démocratique du congo | CD
# --- everyday names
everyday-name | alexa c'est quoi la capitale de la hollande | NL
everyday-name | alexa la capitale de l'angleterre c'est londres ben oui mais vérifie | GB-ENG
everyday-name | alexa c'est quoi la capitale des states | US | fr-CA
everyday-name | alexa la capitale de la centrafrique | CF
everyday-name | alexa la capitale des émirats c'est dubaï non | AE
everyday-name | alexa la capitale de la biélorussie | BY
everyday-name | alexa la capitale de la birmanie c'est quoi maintenant | MM
everyday-name | alexa c'est quoi la capitale de la tchéquie | CZ | fr-CA
everyday-name | alexa la capitale de la rdc | CD
everyday-name | alexa c'est quoi la capitale de saint-kitts | KN
everyday-name | alexa la capitale du swaziland | SZ
everyday-name | alexa capitale de la macédoine | MK
everyday-name | alexa c'est quoi la capitale de trinidad | TT | fr-CA
everyday-name | alexa la capitale de la grande-bretagne | GB
everyday-name | alexa la capitale du congo-kinshasa | CD
everyday-name | alexa capitale de l'île maurice | MU
everyday-name | alexa la capitale de la cité du vatican | VA
everyday-name | alexa la capitale de saint-vincent-et-les-grenadines | VC
# --- shared names
shared-name | alexa c'est quoi la capitale du congo | CD+CG
shared-name | alexa les capitales des deux congo | CD+CG | fr-CA
shared-name | alexa la capitale de la corée | KP+KR
shared-name | alexa les deux corées c'est quoi leurs capitales | KP+KR | fr-CA
shared-name | alexa la capitale de la géorgie | GE+US-GA
shared-name | alexa la capitale de la géorgie pas le pays l'état américain | US-GA | fr-CA
shared-name | alexa la capitale de la géorgie celle à côté de l'arménie | GE
shared-name | alexa la capitale du congo de brazzaville | CG
shared-name | alexa la capitale du congo le grand avec kinshasa | CD
shared-name | alexa la capitale des îles vierges | VG+VI
shared-name | alexa la capitale des îles vierges américaines | VI | fr-CA
shared-name | alexa la capitale de la dominique et de la république dominicaine | DM+DO
shared-name | alexa la capitale de la corée celle du nord | KP
shared-name | alexa la capitale des congos | CD+CG
shared-name | alexa c'est quoi la capitale de la géorgie en amérique | US-GA | fr-CA
# --- launch
launch | alexa ouvre capitales du monde | LAUNCH
launch | alexa lance le jeu capitales du monde | LAUNCH | fr-CA
launch | alexa démarre capitales du monde s'il te plaît | LAUNCH
launch | alexa ouvre-moi capitales du monde pour les enfants | LAUNCH
launch | alexa part capitales du monde | LAUNCH | fr-CA
launch | alexa je veux jouer à capitales du monde | LAUNCH
launch | alexa mets capitales du monde | LAUNCH
launch | alexa allume capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre l'application capitales du monde | LAUNCH
launch | alexa lance capitales du monde pour mamie | LAUNCH
launch | alexa peux-tu ouvrir capitales du monde | LAUNCH | fr-CA
launch | alexa on va jouer avec capitales du monde | LAUNCH
# --- help
help | alexa comment ça marche ton truc des capitales | HELP
help | alexa je comprends pas quoi te dire pour les capitales | HELP
help | alexa aide-moi je sais pas comment on joue | HELP
help | alexa qu'est-ce que je peux te demander au juste | HELP
help | alexa explique-moi comment on fait pour demander une capitale | HELP
help | alexa mamie sait pas comment te parler tu peux l'aider | HELP
help | alexa c'est quoi les règles | HELP
help | alexa j'ai besoin d'aide avec capitales du monde | HELP
help | alexa tu fais quoi exactement | HELP
help | alexa qu'est-ce que tu sais faire avec les pays | HELP
help | alexa je suis perdue là aide-moi | HELP
help | alexa hopla comment on s'en sert | HELP
help | alexa zot i explique comment i marche | HELP
help | alexa mwen pa konprann kijan pou fè | HELP
help | alexa comment ça fonctionne ce jeu-là | HELP | fr-CA
help | alexa je sais pas quoi dire aide-moi donc | HELP | fr-CA
help | alexa c'est quoi que je peux te demander | HELP | fr-CA
help | alexa peux-tu m'expliquer comment ça marche | HELP | fr-CA
help | alexa right comment que je fais pour jouer | HELP | fr-CA
help | alexa aide s'il te plaît je comprends rien | HELP | fr-CA
help | alexa sorry euh how does it work comment ça marche | HELP
help | alexa yaar help me comment on utilise | HELP
help | alexa donne-moi des exemples de questions | HELP
help | alexa quelles questions je peux poser | HELP | fr-CA
help | alexa du coup on fait comment | HELP | fr-CA
help | alexa je veux le mode d'emploi | HELP
# --- stop
stop | alexa c'est bon arrête | STOP
stop | alexa arrête les capitales on mange | STOP
stop | alexa stop on a fini le quiz | STOP
stop | alexa ferme capitales du monde | STOP
stop | alexa ça suffit pour ce soir | STOP
stop | alexa tais-toi maintenant | STOP
stop | alexa arrête tout | STOP
stop | alexa quitte le jeu | STOP
stop | alexa on arrête là merci | STOP
stop | alexa hopla c'est fini | STOP
stop | alexa oh fada arrête | STOP
stop | alexa ça suffit la marmaille va dormir | STOP
stop | alexa arrête ça les petits dorment | STOP
stop | alexa stoppe | STOP | fr-CA
stop | alexa c'est assez là | STOP | fr-CA
stop | alexa arrête ça tusuite | STOP | fr-CA
stop | alexa ferme-toi | STOP | fr-CA
stop | alexa on a fini merci bonne nuit | STOP | fr-CA
stop | alexa right stop là | STOP | fr-CA
stop | alexa sors de capitales du monde | STOP | fr-CA
stop | alexa arrête de parler mononcle arrive | STOP | fr-CA
stop | alexa okay stop stop | STOP
stop | alexa quitter | STOP
stop | alexa je veux arrêter de jouer | STOP
stop | alexa fin du jeu | STOP | fr-CA
stop | alexa arrête-toi s'il te plaît | STOP
# --- cancel
cancel | alexa annule | CANCEL
cancel | alexa non laisse tomber | CANCEL
cancel | alexa annule ma question | CANCEL
cancel | alexa oublie ce que j'ai dit | CANCEL
cancel | alexa non non annule ça | CANCEL
cancel | alexa laisse tomber c'est pas grave | CANCEL
cancel | alexa annule c'était le petit qui parlait | CANCEL
cancel | alexa non annule je me suis trompé | CANCEL
cancel | alexa annulez | CANCEL
cancel | alexa laisse béton | CANCEL
cancel | alexa annule ma dernière demande | CANCEL
cancel | alexa bah non oublie | CANCEL
cancel | alexa annule hopla | CANCEL
cancel | alexa annule ça frère | CANCEL
cancel | alexa laisse faire | CANCEL | fr-CA
cancel | alexa annule ça là | CANCEL | fr-CA
cancel | alexa non oublie ça | CANCEL | fr-CA
cancel | alexa annule c'est mon chum qui a parlé | CANCEL | fr-CA
cancel | alexa annule la question | CANCEL | fr-CA
cancel | alexa pas grave annule | CANCEL | fr-CA
cancel | alexa right annule ça | CANCEL | fr-CA
cancel | alexa laisse faire la capitale | CANCEL | fr-CA
cancel | alexa annule s'il vous plaît | CANCEL
cancel | alexa oublie la question d'avant | CANCEL
cancel | alexa non c'est bon annule | CANCEL | fr-CA
cancel | alexa annule annule | CANCEL
# --- out-of-domain
out-of-domain | alexa quelle est la capitale de l'alsace | FB
out-of-domain | alexa c'est quoi la capitale du grand est | FB
out-of-domain | alexa strasbourg c'est la capitale de l'europe | FB
out-of-domain | alexa mets de la musique alsacienne | FB
out-of-domain | alexa quelle heure ouvre le marché de noël de colmar | FB
out-of-domain | alexa c'est quoi la capitale de la provence | FB
out-of-domain | alexa quel temps il fait à marseille demain | FB
out-of-domain | alexa le score de l'om | FB
out-of-domain | alexa marseille c'est la deuxième capitale de la france | FB
out-of-domain | alexa c'est quoi la recette de la bouillabaisse | FB
out-of-domain | alexa la capitale des calanques | FB
out-of-domain | alexa c'est quoi la capitale de la sicile | FB
out-of-domain | alexa quelle est la capitale de la catalogne | FB
out-of-domain | alexa c'est quoi la capitale de la bretagne | FB
out-of-domain | alexa l'éruption du piton de la fournaise c'est pour quand | FB
out-of-domain | alexa mets radio freedom | FB
out-of-domain | alexa c'est quoi un cari | FB
out-of-domain | alexa la capitale de l'île rodrigues | FB
out-of-domain | alexa mets du zouk | FB
out-of-domain | alexa quand commence le carnaval de fort-de-france | FB
out-of-domain | alexa c'est quoi la capitale de marie-galante | FB
out-of-domain | alexa la capitale des saintes | FB
out-of-domain | alexa quelle est la capitale de la charente-maritime | FB
out-of-domain | alexa c'est quoi la capitale du cognac | FB
out-of-domain | alexa les horaires du bac pour l'île d'aix | FB
out-of-domain | alexa la capitale de la porcelaine c'est bien limoges | FB
out-of-domain | alexa c'est quoi la capitale du limousin | FB
out-of-domain | alexa résultat du csp limoges | FB
out-of-domain | alexa quelle est la capitale des alpes | FB
out-of-domain | alexa grenoble c'est la capitale des alpes non | FB
out-of-domain | alexa est-ce qu'il neige à chamrousse | FB
out-of-domain | alexa la capitale du dauphiné c'est quoi | FB
out-of-domain | alexa comment on dit merci en arabe libanais | FB
out-of-domain | alexa c'est quoi la capitale du mont liban | FB
out-of-domain | alexa la recette du taboulé | FB
out-of-domain | alexa quelle est la capitale de la transylvanie | FB
out-of-domain | alexa traduis bonjour en roumain | FB
out-of-domain | alexa la capitale de la frise | FB
out-of-domain | alexa il fait combien en ardèche | FB
out-of-domain | alexa how much is a camping in ardèche | FB
out-of-domain | alexa quelle est la capitale de la hollande-méridionale | FB
out-of-domain | alexa c'est quoi la capitale de l'occitanie | FB
out-of-domain | alexa combien de temps pour aller à bangalore | FB
out-of-domain | alexa quelle est la capitale du cachemire pakistanais | FB
out-of-domain | alexa la capitale du royaume des licornes | FB
out-of-domain | alexa raconte-moi une histoire de dinosaures | FB
out-of-domain | alexa c'est quoi la capitale de la reine des neiges | FB
out-of-domain | alexa la capitale de la planète mars | FB
out-of-domain | alexa elle est où la capitale du monde | FB
out-of-domain | alexa mets la chanson des capitales | FB
out-of-domain | alexa c'est quoi une capitale | FB
out-of-domain | alexa comment on écrit capitale | FB
out-of-domain | alexa écris mon nom en lettres capitales | FB
out-of-domain | alexa c'est quoi la peine capitale | FB
out-of-domain | alexa la capitale de l'europe de l'est | FB
out-of-domain | alexa quelle est la capitale de l'asie | FB
out-of-domain | alexa c'est quoi la capitale de l'amérique du sud | FB
out-of-domain | alexa la capitale de la prusse | FB
out-of-domain | alexa quelle était la capitale de l'empire romain | FB
out-of-domain | alexa la capitale de la gaule | FB
out-of-domain | alexa c'est quoi le capital de départ au monopoly | FB
out-of-domain | alexa combien j'ai de capital sur mon assurance vie | FB
out-of-domain | alexa c'est quoi la capitale du vin | FB
out-of-domain | alexa mets un minuteur de dix minutes | FB
out-of-domain | alexa appelle la caserne | FB
out-of-domain | alexa combien de kilomètres jusqu'à lyon | FB
out-of-domain | alexa ajoute du comté à la liste de courses | FB
out-of-domain | alexa c'est quoi la capitale du fromage | FB
out-of-domain | alexa quelle est la monnaie de la suisse | FB
out-of-domain | alexa combien d'habitants en chine | FB
out-of-domain | alexa quelle est la langue officielle du brésil | FB
out-of-domain | alexa qui a gagné le tour de france | FB
out-of-domain | alexa à quelle heure joue la france au handball | FB
out-of-domain | alexa c'est quoi le drapeau de l'italie | FB
out-of-domain | alexa quel est le plus grand pays du monde | FB
out-of-domain | alexa quelle est la plus grande ville d'australie | FB
out-of-domain | alexa éteins la lumière du salon | FB
out-of-domain | alexa réveille-moi à six heures | FB
out-of-domain | alexa la capitale de la corse c'est ajaccio ou bastia | FB
out-of-domain | alexa quelle est la capitale de la wallonie | FB
out-of-domain | alexa c'est quoi la capitale de la flandre | FB
out-of-domain | alexa quelle est la capitale du pays basque | FB
out-of-domain | alexa la capitale du kurdistan irakien | FB
out-of-domain | alexa la capitale de la tchétchénie | FB
out-of-domain | alexa c'est quoi la capitale de la scandinavie | FB
out-of-domain | alexa la capitale du sahel | FB
out-of-domain | alexa la capitale de l'union européenne | FB
out-of-domain | alexa la capitale de la gastronomie | FB
out-of-domain | alexa quelle est la capitale du saguenay | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du lac-saint-jean | FB | fr-CA
out-of-domain | alexa chicoutimi c'est-tu la capitale du bleuet | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'acadie | FB | fr-CA
out-of-domain | alexa quand c'est le tintamarre | FB | fr-CA
out-of-domain | alexa la météo à moncton | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de saint-boniface | FB | fr-CA
out-of-domain | alexa quelle est la capitale du festival du voyageur | FB | fr-CA
out-of-domain | alexa le score des jets | FB | fr-CA
out-of-domain | alexa la capitale du bas-saint-laurent | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la côte-du-sud | FB | fr-CA
out-of-domain | alexa l'heure du traversier de trois-pistoles | FB | fr-CA
out-of-domain | alexa mets du konpa | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du nitassinan | FB | fr-CA
out-of-domain | alexa comment on dit merci en innu | FB | fr-CA
out-of-domain | alexa la capitale du plateau mont-royal | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la montérégie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la nouvelle-france | FB | fr-CA
out-of-domain | alexa la capitale de la poutine c'est drummondville | FB | fr-CA
out-of-domain | alexa ça va-tu neiger demain | FB | fr-CA
out-of-domain | alexa trouve-moi un dépanneur ouvert | FB | fr-CA
out-of-domain | alexa c'est combien le plein d'essence | FB | fr-CA
out-of-domain | alexa mets la game des canadiens | FB | fr-CA
out-of-domain | alexa quand c'est le grand prix de montréal | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la nouvelle-angleterre | FB | fr-CA
out-of-domain | alexa la capitale des prairies | FB | fr-CA
out-of-domain | alexa la capitale de l'abitibi | FB | fr-CA
out-of-domain | alexa la capitale mondiale du hockey | FB | fr-CA
out-of-domain | alexa c'est quoi un gain en capital | FB | fr-CA
out-of-domain | alexa combien coûte un billet pour port-au-prince | FB | fr-CA
out-of-domain | alexa la capitale de l'île d'anticosti | FB | fr-CA
out-of-domain | alexa ajoute des bleuets sur ma liste | FB | fr-CA
out-of-domain | alexa quelle est la capitale de la baie-james | FB | fr-CA
out-of-domain | alexa la capitale du nunatsiavut | FB | fr-CA
# --- more lines after the first build
alsace | alexa la petite du périscolaire à mulhouse demande la capitale {} jo | du royaume-uni=GB; de saint-marin=SM; du vatican=VA
marseille | alexa on a un touriste {} au panier il cherche sa capitale | anglais=GB-ENG; sammarinais=SM; gallois=GB-WLS
neerlandais | alexa my wife she asks la capitale {} please | de la grande-bretagne=GB; de la saint-marin=SM
liban | alexa habibi dis à teta la capitale {} | de chypre du nord=FB; de la turquie=TR; de la grèce=GR
acadie | alexa faque mon cousin de shediac dit que la capitale {} c'est quoi right | de l'île-du-prince-édouard=CA-PE; du québec=CA-QC | fr-CA
saguenay | alexa au festival des bières du monde à saguenay y a une bière {} c'est quoi la capitale | belge=BE; tchèque=CZ; allemande=DE | fr-CA
haiti-qc | alexa tonton mwen di la capitale {} c'est kiyès | du canada=CA; de la louisiane=US-LA | fr-CA
manitoba | alexa à la cabane à sucre de saint-pierre-jolys on se demande la capitale {} | de l'ontario=CA-ON; de la nouvelle-écosse=CA-NS; du nunavut=CA-NU | fr-CA
innu | alexa nuitshimit dans le bois on a une question la capitale {} | de la finlande=FI; de la russie=RU | fr-CA
shared-name | alexa la capitale des deux corée mon fils demande | KP+KR
shared-name | alexa la capitale de la géorgie l'état dans le sud des états-unis | US-GA | fr-CA
shared-name | alexa la capitale de la géorgie de staline | GE
shared-name | alexa les îles vierges leur capitale c'est quoi | VG+VI | fr-CA
shared-name | alexa la capitale du congo l'ancien congo belge | CD
shared-name | alexa la capitale du congo français | CG | fr-CA
shared-name | alexa les deux congos leurs capitales | CD+CG
launch | alexa hopla ouvre capitales du monde pour la petite | LAUNCH
launch | alexa ouvre donc capitales du monde frère | LAUNCH
launch | alexa lance-moi capitales du monde la marmaille veut jouer | LAUNCH
launch | alexa démarre capitales du monde on fait un quiz à la caserne | LAUNCH
launch | alexa on est au chalet ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa right ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa capitales du monde tusuite pour la game de cartes | LAUNCH | fr-CA
launch | alexa yalla ouvre capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde on révise pour le contrôle | LAUNCH
launch | alexa kuei lance capitales du monde | LAUNCH | fr-CA
stop | alexa stop le gratin est prêt | STOP
stop | alexa arrête le quiz on part à la plage | STOP
stop | alexa c'est bon ferme ça on va au match | STOP
stop | alexa arrête ça j'ai plus le temps je dois livrer | STOP | fr-CA
stop | alexa arrête on s'en va à la pêche | STOP | fr-CA
stop | alexa ça va faire arrête asteur | STOP | fr-CA
stop | alexa finis les capitales la petite dort | STOP
cancel | alexa non annule j'ai dit la martinique pas la dominique | CANCEL
cancel | alexa annule la question c'était la télé | CANCEL
cancel | alexa laisse tomber le jeu des capitales | CANCEL
cancel | alexa annule c'est ma fille qui a appuyé | CANCEL
cancel | alexa non annule frérot | CANCEL
cancel | alexa annule mamie a changé d'avis | CANCEL
cancel | alexa laisse tomber la question de tout à l'heure | CANCEL
cancel | alexa laisse faire la question de la capitale | CANCEL | fr-CA
cancel | alexa annule ça c'était pas pour toi | CANCEL | fr-CA
cancel | alexa non non laisse faire mononcle | CANCEL | fr-CA
cancel | alexa annule worry pas | CANCEL | fr-CA
cancel | alexa annule la dernière affaire | CANCEL | fr-CA
out-of-domain | alexa la capitale de la choucroute | FB
out-of-domain | alexa combien de cigognes en alsace | FB
out-of-domain | alexa c'est quoi la capitale de la savane | FB
out-of-domain | alexa quelle est la capitale de la lune | FB
out-of-domain | alexa la capitale de la champagne | FB
out-of-domain | alexa c'est quoi la capitale de l'île de ré | FB
out-of-domain | alexa c'est quoi la capitale de la gironde | FB
out-of-domain | alexa combien de sucre dans la tourtière | FB | fr-CA
out-of-domain | alexa la capitale de la gaspésie c'est-tu gaspé | FB | fr-CA
out-of-domain | alexa quelle est la capitale de la patagonie | FB
out-of-domain | alexa la capitale du pays de la reine des neiges | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'ouest canadien | FB | fr-CA
out-of-domain | alexa donne-moi le résultat du loto | FB
out-of-domain | alexa capitale en anglais ça se dit comment | FB
out-of-domain | alexa la capitale du kamouraska | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du comté de kent | FB | fr-CA
"""

if __name__ == "__main__":
    build_round(34, "fr", LINES, sys.argv, "tests/Eval/fr/round34/source/build_corpus.py")
