"""Round 50, French (fr-FR, fr-CA): a new author's own mix, written blind at the start of the fifty-seventh session
(brief WRITER63.md), about two fifths of the lines fr-CA. Speakers and situations chosen apart from round 49 (no
Dauphinois, Limousins, Héraultais, Béarnais, Ardennais, Franco-Senegalese, Franco-Russian or Franco-Comorian families,
Chinese, Filipino, Afghan or Czech learners, Franco-Terre-Neuviens, Franco-Nunavois, Fort McMurray workers, Filipino
Montrealers, Guatemalan and Mexican farm workers, Sephardic or Ahuntsic-Cartierville Montrealers; none of round 49's
jobs, school years, games or home situations) and from the groups round 49 lists as avoided from round 48 (Francs-
Comtois, Ligériens, Charentais, Périgourdins, Stéphanois, Saint-Pierrais, Franco-Brazilian, Franco-Spanish and
Franco-Malagasy families, German, Indian, Nigerian and Swedish learners, South-West Montrealers, Appalachians,
Franco-Yukoners, Franco-Ténois, Cajuns, Franco-Americans of New England, Acadians of Prince Edward Island, Punjabi and
Iranian Montrealers).
fr-FR speakers: Alsaciens of Strasbourg, Mulhouse, Colmar and the Sundgau ("hopla", "gell", "yo", "a bissel", the
winstub, the marché de Noël, the storks), Bretons of Brest, Quimper and Concarneau ("ma doue", "kenavo", "yec'hed mat",
the Interceltique, the fest-noz, the kouign-amann), Normands of Caen, Rouen and the Cotentin ("p'têt ben", "bézot",
"mucre", the D-Day beaches, the camembert), Marseillais ("fan de chichourle", "dégun", "tarpin", "vé", the OM, the
Bonne Mère), Ch'tis of Lille, Roubaix and Dunkerque ("biloute", "ch'est", "mi", "wassingue", the braderie, the
carnaval), Lyonnais ("gone", "fenottes", "mâchon", "ça caille", the Fête des Lumières, the traboules), Toulousains
("boudu", "peuchère", "con", the chocolatine, the Stade toulousain, Airbus), Corses ("o ma", "aiò", the figatellu),
Réunionnais ("kossa", "zot", "marmaille", "lé la", the cari, the maloya), Antillais ("sa ou fè", "doudou", "an nou
alé", "tibo", the carnaval, the accras), Franco-Algerian families ("wesh", "wallah", "hamdoulah", "yemma", "khalti",
the Aïd, the bled), Franco-Portuguese families ("obrigado", "a avó", "pois", "minha filha", the August drive),
Franco-Vietnamese families ("da", "bà", the Têt, the phở), Franco-Turkish families ("tamam", "anne", "abla",
"inchallah", the çay), Franco-Congolese families ("mbote", "tonton", "mama", "nzambe", the sapeurs) and learners (a
British Erasmus student, an Italian au pair, a Ukrainian refugee, a Korean pastry student: article, gender and
preposition errors, "please", "scusi", "dyakuyu", "ne").
fr-FR situations: work (a taxi driver at Orly, a night-shift nurse, a baker, a librarian, an SNCF controller, a
mechanic, a dairy farmer, a supermarket cashier, a Louvre guide, an air traffic controller), school (CE2, cinquième,
quatrième, seconde, the bac, a licence d'histoire, an Erasmus year, technology class), games and TV (Questions pour un
champion, Qui veut gagner des millions, Koh-Lanta, Pékin Express, Pictionary, Des chiffres et des lettres) and home
(Sunday lunch at mamie's, the Tour de France, the Eurovision, a rainy gîte, the apéro with neighbours, Easter eggs).
fr-CA speakers: Acadiens of New Brunswick (Moncton, Shediac, Caraquet: chiac "right", "anyway", "icitte", "asteure",
"j'ai watché", the Tintamarre, the poutine râpée), Franco-Ontariens of Sudbury, Hearst and Vanier ("ben", "moé",
"toé", "pas pire", the mines), Saguenéens and Jeannois ("mon homme", "y fait frette", the bleuets, the Traversée du
lac, Rio Tinto), Gaspésiens and Madelinots ("mets-en", "le monde", the rocher Percé, the crab season), Haitian
Montrealers of Montréal-Nord ("sak pase", "mezanmi", "manman", "ti moun", the soup joumou, the konpa), Lebanese
Montrealers of Laval ("habibi", "kifak", "teta", "akid", the manouche), Beaucerons ("pas d'tralala", "la shed", the
Chaudière, the contractors), Franco-Manitobains of Saint-Boniface ("mon vieux", "y a pas de trouble", the Festival du
Voyageur) and Anglo-Montrealers switching into French ("so like", "whatever", "my bad", "c'est what").
fr-CA situations: work (an STM bus driver, a CHSLD orderly, a snow-crab fisherman, a Château Frontenac guide, a
minor-hockey coach, a call-centre agent, an IGA cashier), school (troisième and sixième année, secondaire deux, the
cégep, the Expo-sciences, the Université de Moncton), games and TV (Risk, a Kahoot at work, Le Cercle, La Poule aux
oeufs d'or, Tout le monde en parle) and home (the Saint-Jean bonfire, the NHL draft, shopping in Plattsburgh, Sunday
brunch, the Tour de l'Île, the opening of the fishing season).
Families per speaker group and situation, and the shared families (follow-up, plural-capitals, subdivision,
out-of-domain, help, stop, cancel, launch, yes-no-check, self-correction, reverse-question, official-name,
everyday-name, shared-name). Lines of rounds 1-49 are dropped (build_round with round 50's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# --- fr-FR: Alsaciens (Strasbourg, Mulhouse, Colmar, the Sundgau: "hopla", "gell", "yo", "a bissel", the winstub, the marché de Noël, the choucroute, the storks)
alsaciens | alexa hopla c'est quoi la capitale {} gell | de la lituanie=LT; de la lettonie=LV; de l'estonie=EE
alsaciens | alexa au marché de noël y a un stand {} tu sais leur capitale | du pérou=PE; de l'équateur=EC; du paraguay=PY
alsaciens | alexa yo la mamema demande la capitale {} | du luxembourg=LU; du liechtenstein=LI; de la suisse=CH
alsaciens | alexa a bissel de culture à la winstub c'est quoi la capitale {} | de la hongrie=HU; de la roumanie=RO; de la bulgarie=BG
alsaciens | alexa les cigognes elles partent où en hiver au {} c'est quoi sa capitale | maroc=MA; sénégal=SN; mali=ML
alsaciens | alexa en mangeant la choucroute on se demandait la capitale de la moldavie | MD
alsaciens | alexa à mulhouse le voisin vient {} quelle est la capitale là-bas | du kosovo=XK; de l'albanie=AL; de la serbie=RS
alsaciens | alexa hopla hop dis-nous vite la capitale du bade-wurtemberg | DE-BW
alsaciens | alexa on passe le rhin demain c'est quoi la capitale de la rhénanie-palatinat | DE-RP
alsaciens | alexa dans le sundgau on a accueilli une famille {} c'est quoi leur capitale | syrienne=SY; irakienne=IQ; yéménite=YE
# --- fr-FR: Bretons (Brest, Quimper, Lorient, the Morbihan: "kenavo", "ma doue", "yec'hed mat", "dre mor", the Festival interceltique, the crêpes, the kouign-amann, the fest-noz)
bretons | alexa ma doue c'est quoi la capitale {} déjà | de l'irlande=IE; de l'écosse=GB-SCT; du pays de galles=GB-WLS
bretons | alexa au festival interceltique y avait des sonneurs {} c'est quoi leur capitale | de l'île de man=IM; des asturies espagnoles=ES; de la galice=ES
bretons | alexa au fest-noz un gars m'a demandé la capitale {} | de la cornouailles anglaise=GB-ENG; du danemark=DK; de la norvège=NO
bretons | alexa entre deux crêpes dis-moi la capitale {} | de l'islande=IS; de la finlande=FI; de la suède=SE
bretons | alexa kenavo mais avant c'est quoi la capitale {} | du cap-vert=CV; des seychelles=SC; de maurice=MU
bretons | alexa le thonier de concarneau pêche au large {} c'est quoi la capitale | des seychelles=SC; de la mauritanie=MR; de la côte d'ivoire=CI
bretons | alexa yec'hed mat et c'est quoi la capitale de jersey | JE
bretons | alexa à brest les marins parlent de guernesey c'est quoi sa capitale | GG
bretons | alexa en faisant le kouign-amann je me demande la capitale de la nouvelle-zélande | NZ
bretons | alexa il pleut sur quimper dis-moi la capitale de terre-neuve | CA-NL
# --- fr-FR: Normands (Caen, Rouen, the Cotentin, the Pays d'Auge: "p'têt ben qu'oui p'têt ben qu'non", "bézot", "mucre", the D-Day beaches, the camembert, the calvados)
normands | alexa p'têt ben que tu sais la capitale {} | du canada=CA; de l'australie=AU; des états-unis=US
normands | alexa sur les plages du débarquement y avait des soldats {} c'est quoi leur capitale | polonais=PL; tchèques=CZ; norvégiens=NO
normands | alexa le temps est mucre aujourd'hui c'est quoi la capitale {} | de la belgique=BE; des pays-bas=NL; du royaume-uni=GB
normands | alexa mon bézot veut savoir la capitale de l'angleterre | GB-ENG
normands | alexa avec un petit calva c'est quoi la capitale {} | de l'ukraine=UA; de la biélorussie=BY; de la russie=RU
normands | alexa le ferry de cherbourg va en irlande c'est quoi la capitale | IE
normands | alexa au mont-saint-michel y avait des touristes {} quelle est leur capitale | coréens=KR; chinois=CN; japonais=JP
normands | alexa en faisant le camembert je me demandais la capitale de la grèce | GR
# --- fr-FR: Marseillais (the Vieux-Port, the quartiers Nord, L'Estaque: "dégun", "fan de chichourle", "tarpin", "cagole", "la Bonne Mère", the OM, the pastis, the bouillabaisse)
marseillais | alexa fan de chichourle c'est quoi la capitale {} | de l'algérie=DZ; de la tunisie=TN; de la libye=LY
marseillais | alexa dégun il sait la capitale {} alors dis-le toi | des comores=KM; de madagascar=MG; de djibouti=DJ
marseillais | alexa c'est tarpin dur ce quiz c'est quoi la capitale {} | de l'arménie=AM; de la géorgie le pays=GE; de l'azerbaïdjan=AZ
marseillais | alexa l'om joue contre un club {} c'est quoi la capitale déjà | grec=GR; turc=TR; chypriote=CY
marseillais | alexa au vieux-port y a un bateau qui part pour {} c'est quoi la capitale | la corse=FB; malte=MT; la tunisie=TN
marseillais | alexa vé la bonne mère elle veille sur nous et c'est quoi la capitale du liban | LB
marseillais | alexa en préparant la bouillabaisse dis-moi la capitale de l'italie | IT
marseillais | alexa à l'estaque le cousin il revient du sénégal c'est quoi la capitale | SN
# --- fr-FR: Ch'tis (Lille, Roubaix, Dunkerque, the bassin minier: "biloute", "ch'est", "wassingue", "mi", the braderie, the carnaval de Dunkerque, the maroilles, the frites)
chtis | alexa dis biloute ch'est quoi la capitale {} | de la belgique=BE; du luxembourg=LU; de la pologne=PL
chtis | alexa à la braderie un monsieur vendait des tapis {} c'est quoi la capitale | afghans=AF; iraniens=IR; pakistanais=PK
chtis | alexa mi j'sais pas la capitale {} tu sais toi | du kirghizistan=KG; du tadjikistan=TJ; du turkménistan=TM
chtis | alexa au carnaval de dunkerque y avait des gens {} c'est quoi leur capitale | venus de flandre=BE; d'écosse=GB-SCT; d'islande=IS
chtis | alexa passe la wassingue et dis-moi la capitale de la slovaquie | SK
chtis | alexa avec le maroilles et les frites c'est quoi la capitale de l'autriche | AT
chtis | alexa mon grand-père était mineur il venait {} c'est quoi la capitale | d'italie=IT; de pologne=PL; du maroc=MA
# --- fr-FR: Lyonnais (the Croix-Rousse, Villeurbanne, Vaulx-en-Velin: "gone", "mâchon", "ça caille", "fenottes", the Fête des Lumières, the bouchons, the OL, the traboules)
lyonnais | alexa le gone me demande la capitale {} tu peux l'aider | du portugal=PT; de l'espagne=ES; d'andorre=AD
lyonnais | alexa pendant la fête des lumières y avait des artistes {} c'est quoi leur capitale | tchèques=CZ; hongrois=HU; croates=HR
lyonnais | alexa au mâchon les fenottes parlaient de la capitale {} | du bhoutan=BT; du népal=NP; du sri lanka=LK
lyonnais | alexa l'ol a recruté un joueur {} c'est quoi la capitale de son pays | ghanéen=GH; camerounais=CM; malien=ML
lyonnais | alexa ça caille sur la croix-rousse c'est quoi la capitale de la mongolie | MN
lyonnais | alexa dans les traboules un touriste cherchait la capitale de la slovénie | SI
lyonnais | alexa à vaulx-en-velin le prof demande la capitale {} | du burkina faso=BF; du niger=NE; du tchad=TD
# --- fr-FR: Toulousains (the Capitole, the Mirail, the Canal du Midi: "peuchère", "chocolatine", "boudu", "con" as a filler, the Stade toulousain, the cassoulet, Airbus)
toulousains | alexa boudu c'est quoi la capitale {} | de l'argentine=AR; de l'uruguay=UY; du chili=CL
toulousains | alexa peuchère j'ai oublié la capitale {} | des fidji=FJ; des tonga=TO; des samoa=WS
toulousains | alexa avec ma chocolatine je révise la capitale {} | de la colombie=CO; du venezuela=VE; du guyana=GY
toulousains | alexa le stade toulousain joue contre {} c'est quoi la capitale | l'afrique du sud=ZA; la nouvelle-zélande=NZ; l'irlande=IE
toulousains | alexa chez airbus on livre un avion à {} c'est quoi la capitale | l'éthiopie=ET; le qatar=QA; l'indonésie=ID
toulousains | alexa con avec le cassoulet on se demandait la capitale du portugal | PT
toulousains | alexa place du capitole un touriste demande la capitale de la catalogne | FB
# --- fr-FR: Corses (Ajaccio, Bastia, Corte: "o", "aiò", "o ma", the polyphonies, the figatellu, the maquis)
corses | alexa o ma c'est quoi la capitale {} | de la sardaigne italienne=IT; de malte=MT; de chypre=CY
corses | alexa aiò dis-moi la capitale {} | de la croatie=HR; du monténégro=ME; de la bosnie-herzégovine=BA
corses | alexa au port de bastia y a un ferry pour {} c'est quoi la capitale | la tunisie=TN; l'italie=IT; la sardaigne=FB
corses | alexa en coupant le figatellu je demande la capitale de saint-marin | SM
corses | alexa à corte l'étudiant révise la capitale de la macédoine du nord | MK
# --- fr-FR: Réunionnais (Saint-Denis, Saint-Pierre, the Hauts: "zot", "marmaille", "kossa", "lé la", the cari, the Piton de la Fournaise, the maloya)
reunionnais | alexa kossa la capitale {} | de maurice=MU; des seychelles=SC; des comores=KM
reunionnais | alexa la marmaille y demande la capitale {} | de madagascar=MG; du mozambique=MZ; de l'afrique du sud=ZA
reunionnais | alexa zot i connait la capitale {} | de mayotte=YT; de la réunion=RE; des maldives=MV
reunionnais | alexa pendant le cari le tonton y parle de l'inde c'est quoi la capitale | IN
reunionnais | alexa au piton de la fournaise un touriste demande la capitale du malawi | MW
reunionnais | alexa lé la le maloya mais dis-moi avant la capitale de la tanzanie | TZ
reunionnais | alexa mon cousin i travaille à {} c'est quoi la capitale | l'île maurice=MU; la nouvelle-calédonie=NC; la polynésie française=PF
# --- fr-FR: Antillais (Guadeloupe, Martinique, Antillais of the Paris region: "sa ou fè", "doudou", "an nou alé", "tibo", the zouk, the carnaval, the accras, the ti-punch)
antillais | alexa sa ou fè c'est quoi la capitale {} | de la guadeloupe=GP; de la martinique=MQ; de la guyane=GF
antillais | alexa doudou demande la capitale {} | de la dominique=DM; de sainte-lucie=LC; de la barbade=BB
antillais | alexa an nou alé c'est quoi la capitale {} | d'haïti=HT; de la jamaïque=JM; de cuba=CU
antillais | alexa au carnaval y avait une troupe {} c'est quoi la capitale | de trinidad=TT; de grenade=GD; de saint-vincent=VC
antillais | alexa en faisant les accras tibo veut la capitale d'antigua-et-barbuda | AG
antillais | alexa à saint-martin côté hollandais c'est quoi la capitale | SX
antillais | alexa ma tante elle vit à {} c'est quoi la capitale là-bas | saint-barth=BL; saint-martin=MF; porto rico=PR
# --- fr-FR: Franco-Algerian families (Saint-Denis, Vénissieux: "wesh", "wallah", "hamdoulah", "yemma", "khalti", the couscous du dimanche, the bled in summer, the Aïd)
franco-algeriens | alexa wesh c'est quoi la capitale {} | de l'égypte=EG; de la jordanie=JO; de l'arabie saoudite=SA
franco-algeriens | alexa wallah je sais plus la capitale {} | du soudan=SD; du soudan du sud=SS; de l'érythrée=ER
franco-algeriens | alexa yemma demande la capitale {} | du koweït=KW; de bahreïn=BH; d'oman=OM
franco-algeriens | alexa pour l'aïd khalti part {} c'est quoi la capitale | au qatar=QA; aux émirats=AE; en turquie=TR
franco-algeriens | alexa hamdoulah on part au bled cet été c'est quoi la capitale de l'algérie | DZ
franco-algeriens | alexa pendant le couscous du dimanche on parlait de la mauritanie c'est quoi sa capitale | MR
# --- fr-FR: Franco-Portuguese families (Champigny, the Val-de-Marne: "avó", "obrigado", "pois", "minha filha", the bacalhau, the August trip in the camionnette, the fado)
franco-portugais | alexa obrigado mais c'est quoi la capitale {} | de l'angola=AO; du mozambique=MZ; du cap-vert=CV
franco-portugais | alexa a avó veut savoir la capitale {} | de sao tomé-et-principe=ST; de la guinée-bissau=GW; du timor oriental=TL
franco-portugais | alexa pois c'est quoi la capitale du brésil déjà | BR
franco-portugais | alexa en août on traverse l'espagne en camionnette c'est quoi la capitale | ES
franco-portugais | alexa minha filha révise la capitale {} | du minas gerais=BR-MG; de bahia=BR-BA; du paraná=BR-PR
franco-portugais | alexa en écoutant du fado je me demande la capitale de macao | FB
# --- fr-FR: Franco-Vietnamese families (the 13e arrondissement, Marseille: "bà", "con", "dạ" as "da", the pho, the Têt, the bánh chưng)
franco-vietnamiens | alexa da c'est quoi la capitale {} | du viêt nam=VN; du laos=LA; du cambodge=KH
franco-vietnamiens | alexa pour le têt bà demande la capitale {} | de la thaïlande=TH; de la birmanie=MM; de la malaisie=MY
franco-vietnamiens | alexa en mangeant le pho on parlait de la capitale {} | des philippines=PH; de brunei=BN; de singapour=SG
franco-vietnamiens | alexa dans le treizième un monsieur demande la capitale du timor-leste | TL
# --- fr-FR: Franco-Turkish families (Strasbourg-Neuhof, the Paris region: "tamam", "anne", "abla", "inşallah" as "inchallah", the çay, the kebab, the summer in Anatolia)
franco-turcs | alexa tamam c'est quoi la capitale {} | de la turquie=TR; de l'azerbaïdjan=AZ; du kazakhstan=KZ
franco-turcs | alexa anne veut savoir la capitale {} | de l'ouzbékistan=UZ; de la géorgie du caucase=GE; de l'iran=IR
franco-turcs | alexa abla révise avec un çay c'est quoi la capitale de la bulgarie | BG
franco-turcs | alexa inchallah on part en été mais c'est quoi la capitale de la turquie c'est pas istanbul | TR
# --- fr-FR: Franco-Congolese families (Château-Rouge, Sevran: "mbote", "tonton", "mama", "nzambe", the rumba, the pondu, the sapeurs)
franco-congolais | alexa mbote c'est quoi la capitale {} | du congo-kinshasa=CD; du congo-brazzaville=CG; de l'angola=AO
franco-congolais | alexa tonton demande la capitale {} | du gabon=GA; de la guinée équatoriale=GQ; du cameroun=CM
franco-congolais | alexa mama veut la capitale {} pour la tontine | du rwanda=RW; du burundi=BI; de l'ouganda=UG
franco-congolais | alexa nzambe c'est quoi la capitale de la centrafrique | CF
franco-congolais | alexa les sapeurs de château-rouge veulent la capitale de la zambie | ZM
# --- fr-FR: learners (a British Erasmus student in Rennes, an Italian au pair in Paris, a Ukrainian refugee in a village, a Korean pastry student: article, gender and preposition errors, "please", "scusi", "dyakuyu", "ne")
apprenants | alexa please quelle est le capitale {} | de la canada=CA; du australie=AU; de le mexique=MX
apprenants | alexa scusi je voudrais le capitale {} | de le brésil=BR; de la portugal=PT; du albanie=AL
apprenants | alexa dyakuyu et où est la capitale {} | de la moldavie=MD; de le ukraine=UA; de pologne=PL
apprenants | alexa ne c'est quel capitale {} s'il vous plaît | de corée du sud=KR; de japon=JP; de chine=CN
apprenants | alexa moi je cherche capitale de kenya | KE
apprenants | alexa comment on dit la capitale de la nigeria | NG
apprenants | alexa what is euh quelle est la capitale de la ghana | GH
apprenants | alexa je suis étudiant erasmus quelle est la capitale de le pays de galles | GB-WLS
apprenants | alexa dis-moi capitale de la sierra leone please | SL
apprenants | alexa la capitale de le libéria c'est quoi | LR
apprenants | alexa je ne sais pas la capitale de le guatemala tu peux dire | GT
# --- fr-CA: Acadiens du Nouveau-Brunswick (Moncton, Dieppe, Shediac, the Péninsule acadienne: chiac "right", "anyway", "icitte", "j'ai watché", "asteure", the Tintamarre, the poutine râpée, the homard)
acadiens | alexa right c'est quoi la capitale {} | du nouveau-brunswick=CA-NB; de la nouvelle-écosse=CA-NS; de l'île-du-prince-édouard=CA-PE | fr-CA
acadiens | alexa anyway j'ai watché un show sur {} c'est quoi la capitale | le maine=US-ME; le vermont=US-VT; le new hampshire=US-NH | fr-CA
acadiens | alexa asteure dis-moi la capitale {} | de la louisiane=US-LA; du massachusetts=US-MA; du connecticut=US-CT | fr-CA
acadiens | alexa au tintamarre y avait du monde {} c'est quoi leur capitale | de la belgique=BE; de la suisse=CH; du sénégal=SN | fr-CA
acadiens | alexa icitte à shediac on mange du homard c'est quoi la capitale du homard | FB | fr-CA
acadiens | alexa j'fais de la poutine râpée pis j'me demande la capitale de l'irlande | IE | fr-CA
acadiens | alexa à caraquet y a un pêcheur qui veut savoir la capitale de saint-pierre-et-miquelon | PM | fr-CA
acadiens | alexa c'est quoi la capitale du canada anyway | CA | fr-CA
# --- fr-CA: Franco-Ontariens (Sudbury, Hearst, Hawkesbury, Ottawa-Vanier: "ben", "toé", "moé", "pas pire", the Nickel, the mines, the Franco-Ontarian flag, the Festival franco-ontarien)
franco-ontariens | alexa ben c'est quoi la capitale {} | de l'ontario=CA-ON; du manitoba=CA-MB; de la saskatchewan=CA-SK | fr-CA
franco-ontariens | alexa pas pire mais c'est quoi la capitale {} | du michigan=US-MI; du minnesota=US-MN; du wisconsin=US-WI | fr-CA
franco-ontariens | alexa moé j'travaille à la mine pis j'veux la capitale {} | du chili=CL; du pérou=PE; de la bolivie=BO | fr-CA
franco-ontariens | alexa à hearst on se demandait la capitale de l'ohio | US-OH | fr-CA
franco-ontariens | alexa au festival franco-ontarien y a un band de l'acadie c'est quoi la capitale de l'acadie | FB | fr-CA
franco-ontariens | alexa toé tu connais la capitale de la pennsylvanie | US-PA | fr-CA
franco-ontariens | alexa à vanier mon chum vient {} c'est quoi la capitale | d'haïti=HT; du burundi=BI; du liban=LB | fr-CA
# --- fr-CA: Saguenéens et Jeannois (Chicoutimi, Jonquière, Alma, Roberval: "mon homme", "y fait frette", "les bleuets", the tourtière du Lac, the Traversée du lac, Rio Tinto)
saguenayens | alexa y fait frette au saguenay c'est quoi la capitale {} | de la norvège=NO; de la finlande=FI; du groenland=GL | fr-CA
saguenayens | alexa mon homme c'est quoi la capitale {} | de l'alaska=US-AK; du yukon=CA-YT; des territoires du nord-ouest=CA-NT | fr-CA
saguenayens | alexa à la traversée du lac y avait un nageur {} c'est quoi la capitale de son pays | égyptien=EG; argentin=AR; brésilien=BR | fr-CA
saguenayens | alexa en cueillant des bleuets on parlait de la capitale du nunavut | CA-NU | fr-CA
saguenayens | alexa chez rio tinto on envoie de l'aluminium en {} c'est quoi la capitale | guinée=GN; australie=AU; islande=IS | fr-CA
saguenayens | alexa la tourtière est au four dis-moi la capitale de l'islande | IS | fr-CA
# --- fr-CA: Gaspésiens (Gaspé, Percé, New Richmond, the Îles-de-la-Madeleine: "la grand'côte", "le monde", "mets-en", the rocher Percé, the morue, the crab season)
gaspesiens | alexa mets-en c'est quoi la capitale {} | du portugal=PT; de l'espagne=ES; de terre-neuve-et-labrador=CA-NL | fr-CA
gaspesiens | alexa au rocher percé y avait des touristes {} c'est quoi leur capitale | allemands=DE; hollandais=NL; suisses=CH | fr-CA
gaspesiens | alexa aux îles-de-la-madeleine le monde veut savoir la capitale {} | des bermudes=BM; des bahamas=BS; des îles caïmans=KY | fr-CA
gaspesiens | alexa la saison du crabe est finie c'est quoi la capitale du japon | JP | fr-CA
gaspesiens | alexa à new richmond on se demandait la capitale de la nouvelle-écosse pis de l'île-du-prince-édouard | CA-NS+CA-PE | fr-CA
# --- fr-CA: Haitian Montrealers (Montréal-Nord, Saint-Michel: "sak pase", "manman", "ti moun", "mezanmi", the griot, the soup joumou, the konpa)
haitiens | alexa sak pase c'est quoi la capitale {} | d'haïti=HT; de la république dominicaine=DO; de cuba=CU | fr-CA
haitiens | alexa mezanmi j'sais pas la capitale {} | du bénin=BJ; du togo=TG; du ghana=GH | fr-CA
haitiens | alexa manman demande la capitale {} | de la floride=US-FL; de new york=US-NY; du new jersey=US-NJ | fr-CA
haitiens | alexa en mangeant la soup joumou le premier janvier on parlait de la capitale de la jamaïque | JM | fr-CA
haitiens | alexa ti moun veut la capitale du suriname pour son devoir | SR | fr-CA
haitiens | alexa au konpa y avait un groupe de la guyane française c'est quoi sa capitale | GF | fr-CA
# --- fr-CA: Lebanese Montrealers of Laval and Saint-Laurent ("habibi", "kifak", "teta", "akid", the manouche, the toum, the Lebanese bakery)
libanais | alexa habibi c'est quoi la capitale {} | du liban=LB; de la syrie=SY; de la jordanie=JO | fr-CA
libanais | alexa kifak dis-moi la capitale {} | de chypre=CY; de la grèce=GR; d'israël=IL | fr-CA
libanais | alexa teta veut savoir la capitale {} | de l'arménie=AM; de l'irak=IQ; du koweït=KW | fr-CA
libanais | alexa akid que je sais pas la capitale de la palestine | PS | fr-CA
libanais | alexa en faisant la manouche on parlait de la capitale de l'arabie saoudite | SA | fr-CA
# --- fr-CA: Beaucerons (Saint-Georges, Sainte-Marie, the Chaudière: "pas d'tralala", "une shed", the sugar shacks, the Beauce contractors, the crue printanière)
beaucerons | alexa pas d'tralala c'est quoi la capitale {} | du texas=US-TX; de l'oklahoma=US-OK; du kansas=US-KS | fr-CA
beaucerons | alexa dans la shed le boss demande la capitale {} | du nebraska=US-NE; de l'iowa=US-IA; du missouri=US-MO | fr-CA
beaucerons | alexa la chaudière a débordé pis j'me demande la capitale du vermont | US-VT | fr-CA
beaucerons | alexa un entrepreneur beauceron construit {} c'est quoi la capitale | en colombie-britannique=CA-BC; en alberta=CA-AB; au nouveau-mexique=US-NM | fr-CA
# --- fr-CA: Franco-Manitobains (Saint-Boniface, Saint-Pierre-Jolys: "mon vieux", "y a pas de trouble", the Festival du Voyageur, the Métis, the Red River)
franco-manitobains | alexa mon vieux c'est quoi la capitale {} | du dakota du nord=US-ND; du dakota du sud=US-SD; du montana=US-MT | fr-CA
franco-manitobains | alexa au festival du voyageur on gelait dis-moi la capitale {} | du manitoba=CA-MB; de l'idaho=US-ID; du wyoming=US-WY | fr-CA
franco-manitobains | alexa y a pas de trouble mais c'est quoi la capitale de l'utah | US-UT | fr-CA
franco-manitobains | alexa sur la rivière rouge un métis demande la capitale du colorado | US-CO | fr-CA
# --- fr-CA: Anglo-Montrealers switching to French (the West Island, NDG: "like", "whatever", "so", "my bad", English word order)
anglo-montrealais | alexa so like c'est quoi la capitale {} | de l'écosse=GB-SCT; de l'irlande du nord=GB-NIR; de l'angleterre=GB-ENG | fr-CA
anglo-montrealais | alexa whatever dis-moi la capitale {} | de la californie=US-CA; de l'oregon=US-OR; de l'état de washington=US-WA | fr-CA
anglo-montrealais | alexa my bad c'est la capitale {} que je voulais | de la virginie=US-VA; du maryland=US-MD; du delaware=US-DE | fr-CA
anglo-montrealais | alexa c'est what la capitale du nevada | US-NV | fr-CA
anglo-montrealais | alexa in french please c'est quoi la capitale de l'arizona | US-AZ | fr-CA
anglo-montrealais | alexa my mom wants to know la capitale de la jamaïque | JM | fr-CA
# --- fr-FR work: a taxi driver at Orly, a night-shift nurse, a baker, a librarian, an SNCF controller, a mechanic, a farmer, a supermarket cashier, a museum guide, an air traffic controller
metiers-fr | alexa je suis chauffeur de taxi à orly un client arrive {} c'est quoi la capitale | de la guinée=GN; de la gambie=GM; du nigeria=NG
metiers-fr | alexa en garde de nuit à l'hôpital la collègue demande la capitale {} | du salvador=SV; du honduras=HN; du nicaragua=NI
metiers-fr | alexa je fais le pain à quatre heures du matin c'est quoi la capitale {} | du costa rica=CR; du panama=PA; du belize=BZ
metiers-fr | alexa à la bibliothèque un lecteur cherche la capitale {} | de la micronésie=FM; des palaos=PW; de nauru=NR
metiers-fr | alexa contrôleur sncf ici un voyageur veut la capitale {} | de la tchéquie=CZ; de la slovaquie=SK; de l'autriche=AT
metiers-fr | alexa au garage je répare une voiture immatriculée {} c'est quoi la capitale | au luxembourg=LU; en lituanie=LT; en bulgarie=BG
metiers-fr | alexa en trayant les vaches je me demande la capitale {} | du kiribati=KI; de tuvalu=TV; du vanuatu=VU
metiers-fr | alexa je suis caissière et un client vient {} c'est quoi la capitale | du sri lanka=LK; du bangladesh=BD; des maldives=MV
metiers-fr | alexa guide au musée du louvre un visiteur demande la capitale {} | de l'égypte antique=EG; de l'iran=IR; de l'irak=IQ
metiers-fr | alexa contrôleuse aérienne à roissy un vol arrive {} c'est quoi la capitale | des îles marshall=MH; des îles salomon=SB; de papouasie-nouvelle-guinée=PG
# --- fr-FR school: CE2, cinquième, quatrième, seconde, terminale and the bac, a licence d'histoire, an Erasmus year
ecole-fr | alexa j'ai un contrôle de géo en ce deux c'est quoi la capitale {} | de la france=FR; de l'allemagne=DE; de l'espagne=ES
ecole-fr | alexa en cinquième on apprend l'afrique c'est quoi la capitale {} | de l'eswatini=SZ; du lesotho=LS; du botswana=BW
ecole-fr | alexa pour l'exposé de quatrième c'est quoi la capitale {} | de la namibie=NA; du zimbabwe=ZW; de la zambie=ZM
ecole-fr | alexa en seconde la prof d'histoire demande la capitale {} | de l'empire ottoman=FB; de la turquie=TR; de la prusse=FB
ecole-fr | alexa je révise le bac de géo c'est quoi la capitale {} | de l'inde=IN; du pakistan=PK; de l'afghanistan=AF
ecole-fr | alexa en licence d'histoire on parle de la capitale {} | du brandebourg=DE-BB; de la saxe=DE-SN; de la thuringe=DE-TH
ecole-fr | alexa avant mon année erasmus dis-moi la capitale {} | de la bavière=DE-BY; de la hesse=DE-HE; de la basse-saxe=DE-NI
ecole-fr | alexa au collège le prof de techno demande la capitale du rwanda | RW
# --- fr-FR games and TV: Questions pour un champion, Qui veut gagner des millions, Des chiffres et des lettres, the Mille Bornes, Pictionary, Koh-Lanta, Pékin Express
jeux-fr | alexa on joue à questions pour un champion c'est quoi la capitale {} | de l'ouganda=UG; de la somalie=SO; de l'éthiopie=ET
jeux-fr | alexa pour qui veut gagner des millions j'ai besoin de la capitale {} | du turkménistan=TM; du kirghizistan=KG; du brunei=BN
jeux-fr | alexa on regarde koh-lanta ils sont {} c'est quoi la capitale | aux philippines=PH; au cambodge=KH; aux fidji=FJ
jeux-fr | alexa pékin express passe par {} c'est quoi la capitale | la mongolie=MN; le laos=LA; la birmanie=MM
jeux-fr | alexa au pictionary mon frère dessine un drapeau c'est quoi la capitale de la grenade | GD
jeux-fr | alexa des chiffres et des lettres c'est fini dis-moi la capitale du monaco | MC
# --- fr-FR home: the Sunday lunch at the grandparents', the Tour de France on TV, a rainy holiday in the gîte, the Eurovision night, the apéro with the neighbours, Easter eggs in the garden
maison-fr | alexa au déjeuner chez mamie on se dispute sur la capitale {} | de l'australie=AU; de la turquie=TR; du brésil=BR
maison-fr | alexa le tour de france part {} cette année c'est quoi la capitale | du danemark=DK; des pays-bas=NL; d'espagne=ES
maison-fr | alexa pour l'eurovision on vote pour {} c'est quoi sa capitale | la suède=SE; l'ukraine=UA; la croatie=HR
maison-fr | alexa il pleut au gîte on joue aux capitales c'est quoi celle {} | du mexique=MX; de cuba=CU; du canada=CA
maison-fr | alexa à l'apéro avec les voisins on se demandait la capitale de la nouvelle-calédonie | NC
maison-fr | alexa les enfants cherchent les oeufs de pâques et moi la capitale de la polynésie française | PF
# --- fr-CA work: an STM bus driver, a CHSLD orderly, a snow crab fisherman, a Château Frontenac guide, a minor-hockey coach, a call-centre agent, a vet, an IGA cashier
metiers-ca | alexa chauffeur d'autobus à la stm un passager demande la capitale {} | du québec=CA-QC; de l'ontario=CA-ON; de l'alberta=CA-AB | fr-CA
metiers-ca | alexa préposé au chsld une madame veut savoir la capitale {} | de l'italie=IT; de la pologne=PL; du portugal=PT | fr-CA
metiers-ca | alexa sur le bateau de crabe le capitaine demande la capitale {} | du groenland=GL; des îles féroé=FO; de l'islande=IS | fr-CA
metiers-ca | alexa guide au château frontenac un touriste veut la capitale {} | du canada=CA; du québec=CA-QC; de la colombie-britannique=CA-BC | fr-CA
metiers-ca | alexa coach de hockey mineur j'ai un joueur {} c'est quoi sa capitale | slovaque=SK; letton=LV; finlandais=FI | fr-CA
metiers-ca | alexa au centre d'appels un client appelle {} c'est quoi la capitale | du tennessee=US-TN; du kentucky=US-KY; de l'alabama=US-AL | fr-CA
metiers-ca | alexa caissière chez iga un client vient {} c'est quoi la capitale | du vietnam=VN; du sri lanka=LK; du népal=NP | fr-CA
# --- fr-CA school: troisième année, sixième année, secondaire deux and four, the cégep, an Expo-sciences, the Université de Moncton
ecole-ca | alexa en troisième année on apprend les provinces c'est quoi la capitale {} | de la saskatchewan=CA-SK; du nouveau-brunswick=CA-NB; du yukon=CA-YT | fr-CA
ecole-ca | alexa en sixième année j'ai un examen c'est quoi la capitale {} | de la chine=CN; de l'inde=IN; de la russie=RU | fr-CA
ecole-ca | alexa secondaire deux en univers social c'est quoi la capitale {} | de l'égypte=EG; de la mésopotamie=FB; de la grèce=GR | fr-CA
ecole-ca | alexa au cégep en géo c'est quoi la capitale {} | de l'australie-occidentale=AU-WA; du queensland=AU-QLD; de la tasmanie=AU-TAS | fr-CA
ecole-ca | alexa pour l'expo-sciences j'ai besoin de la capitale {} | de l'arkansas=US-AR; du mississippi=US-MS; de la caroline du sud=US-SC | fr-CA
ecole-ca | alexa à l'université de moncton le prof demande la capitale {} | de la virginie-occidentale=US-WV; du rhode island=US-RI; de hawaï=US-HI | fr-CA
# --- fr-CA games and TV: La Poule aux oeufs d'or, Tout le monde en parle, Le Cercle, a Quiz at the cabane, Risk, a Kahoot at work
jeux-ca | alexa on joue au risk pis j'veux attaquer {} c'est quoi la capitale | l'ukraine=UA; le kamtchatka=FB; la mongolie=MN | fr-CA
jeux-ca | alexa au kahoot de la job la question c'est la capitale {} | du nigéria=NG; du kenya=KE; de l'algérie=DZ | fr-CA
jeux-ca | alexa en regardant le cercle j'ai pas su la capitale {} | de l'uruguay=UY; du paraguay=PY; de l'équateur=EC | fr-CA
jeux-ca | alexa à la poule aux oeufs d'or la madame savait pas la capitale de la nouvelle-zélande | NZ | fr-CA
jeux-ca | alexa tout le monde en parle recevait un gars {} c'est quoi la capitale de son pays | ukrainien=UA; rwandais=RW; haïtien=HT | fr-CA
# --- fr-CA home: the Saint-Jean bonfire, the first day of fishing, the NHL draft, a Sunday brunch, the Tour de l'Île on bike, the Christmas shopping in Plattsburgh
maison-ca | alexa au feu de la saint-jean mon oncle demande la capitale {} | de la france=FR; de la belgique=BE; de la suisse=CH | fr-CA
maison-ca | alexa au repêchage de la lnh un joueur vient {} c'est quoi la capitale | de suède=SE; de tchéquie=CZ; de russie=RU | fr-CA
maison-ca | alexa on magasine à plattsburgh c'est quoi la capitale de l'état de new york | US-NY | fr-CA
maison-ca | alexa au brunch du dimanche ma blonde demande la capitale {} | du mexique=MX; du guatemala=GT; du costa rica=CR | fr-CA
maison-ca | alexa après le tour de l'île en vélo j'me demande la capitale de l'illinois | US-IL | fr-CA
maison-ca | alexa pour l'ouverture de la pêche on va au maine c'est quoi la capitale | US-ME | fr-CA
franco-vietnamiens | alexa bà a une amie de taïwan c'est quoi la capitale là-bas | TW
metiers-ca | alexa au centre d'appels un client de taïwan veut savoir sa capitale taipei c'est ça | TW | fr-CA
apprenants | alexa ne ma copine de séoul demande capitale de le kosovo | XK
# --- shared: help
help | alexa hopla je comprends rien à ton jeu aide-moi | HELP
help | alexa ma doue comment ça marche ce truc de capitales | HELP
help | alexa p'têt ben que j'ai besoin d'aide | HELP
help | alexa dégun m'a expliqué comment on joue | HELP
help | alexa biloute aide-moi un peu | HELP
help | alexa le gone comprend pas quoi dire tu peux l'aider | HELP
help | alexa peuchère je sais pas quoi te demander | HELP
help | alexa kossa i faut dire pour avoir une capitale | HELP
help | alexa wesh c'est quoi les commandes | HELP
help | alexa a avó sait pas comment te parler explique-lui | HELP
help | alexa please help je ne comprends pas | HELP
help | alexa scusi comment je fais pour demander | HELP
help | alexa j'ai besoin d'un coup de main avec les capitales | HELP
help | alexa qu'est-ce que je peux te demander au juste | HELP
help | alexa donne-moi des exemples de questions | HELP
help | alexa je suis perdue dans ton appli tu m'aides | HELP
help | alexa mamie voudrait savoir comment on s'en sert | HELP
help | alexa aide s'il te plaît je suis bloqué | HELP
help | alexa comment on pose une question à ce jeu | HELP
help | alexa explique-moi les règles du jeu des capitales | HELP
help | alexa tu fais quoi exactement toi | HELP
help | alexa qu'est-ce que tu sais faire avec les pays | HELP
help | alexa je sais pas comment ça fonctionne aide | HELP
help | alexa right j'comprends pas comment ça marche | HELP | fr-CA
help | alexa anyway aide-moé donc | HELP | fr-CA
help | alexa ben voyons comment on fait ça | HELP | fr-CA
help | alexa mon homme j'ai besoin d'aide icitte | HELP | fr-CA
help | alexa mets-en que j'sais pas quoi dire aide-moi | HELP | fr-CA
help | alexa sak pase comment ça marche ton affaire | HELP | fr-CA
help | alexa habibi aide-moi avec les capitales | HELP | fr-CA
help | alexa pas d'tralala explique-moi comment ça marche | HELP | fr-CA
help | alexa so like how does it work comment ça marche | HELP | fr-CA
help | alexa c'est quoi que je peux te demander au juste | HELP | fr-CA
help | alexa j'suis mêlé aide-moi | HELP | fr-CA
help | alexa j'comprends rien pantoute à ton jeu | HELP | fr-CA
help | alexa ma petite veut jouer mais on sait pas comment aide-nous | HELP | fr-CA
help | alexa donne-moé des exemples | HELP | fr-CA
help | alexa aide s'il vous plaît j'suis perdu | HELP | fr-CA
help | alexa comment ça s'utilise ton affaire de capitales | HELP | fr-CA
help | alexa c'est quoi les instructions | HELP | fr-CA
help | alexa y a-tu une aide | HELP | fr-CA
help | alexa mezanmi j'ai besoin d'aide | HELP | fr-CA
help | alexa kifak comment je fais pour jouer | HELP | fr-CA
help | alexa my bad j'sais pas comment utiliser ça aide-moi | HELP | fr-CA
# --- shared: stop
stop | alexa hopla ça suffit arrête | STOP
stop | alexa kenavo on arrête là | STOP
stop | alexa bon ben ça ira arrête-toi | STOP
stop | alexa fan de chichourle tais-toi | STOP
stop | alexa biloute arrête ton jeu | STOP
stop | alexa stop les capitales on mange | STOP
stop | alexa peuchère arrête c'est l'heure du match | STOP
stop | alexa zot i arrête maintenant | STOP
stop | alexa an nou alé on arrête | STOP
stop | alexa wallah stop | STOP
stop | alexa obrigado c'est fini | STOP
stop | alexa tamam c'est bon arrête | STOP
stop | alexa mbote on a fini merci | STOP
stop | alexa please stop merci | STOP
stop | alexa ferme l'application des capitales | STOP
stop | alexa quitte le jeu | STOP
stop | alexa on a fini pour ce soir | STOP
stop | alexa arrête tout j'en ai assez | STOP
stop | alexa au revoir les capitales | STOP
stop | alexa c'est terminé pour aujourd'hui | STOP
stop | alexa sors du jeu s'il te plaît | STOP
stop | alexa les enfants vont au lit arrête | STOP
stop | alexa arrête de parler le bébé dort | STOP
stop | alexa right c'est assez arrête | STOP | fr-CA
stop | alexa anyway on arrête ça là | STOP | fr-CA
stop | alexa ben là arrête | STOP | fr-CA
stop | alexa mon homme c'est fini pour à soir | STOP | fr-CA
stop | alexa mets-en arrête ça | STOP | fr-CA
stop | alexa sak pase stop | STOP | fr-CA
stop | alexa habibi arrête merci | STOP | fr-CA
stop | alexa pas d'tralala ferme ça | STOP | fr-CA
stop | alexa whatever stop it | STOP | fr-CA
stop | alexa ferme-toi donc | STOP | fr-CA
stop | alexa c'est assez pour astheure | STOP | fr-CA
stop | alexa arrête ton affaire | STOP | fr-CA
stop | alexa sors de capitales du monde | STOP | fr-CA
stop | alexa on arrête de jouer la game est finie | STOP | fr-CA
stop | alexa bonne nuit arrête toute | STOP | fr-CA
stop | alexa c'est correct arrête | STOP | fr-CA
stop | alexa la game de hockey commence arrête | STOP | fr-CA
stop | alexa tais-toé | STOP | fr-CA
stop | alexa mezanmi stop là | STOP | fr-CA
stop | alexa kifak arrête s'il te plaît | STOP | fr-CA
stop | alexa mon vieux c'est fini merci ben | STOP | fr-CA
# --- shared: cancel
cancel | alexa hopla annule | CANCEL
cancel | alexa ma doue laisse tomber | CANCEL
cancel | alexa p'têt ben que non annule | CANCEL
cancel | alexa dégun t'a demandé ça annule | CANCEL
cancel | alexa non biloute annule ma question | CANCEL
cancel | alexa laisse tomber le gone a changé d'avis | CANCEL
cancel | alexa boudu annule ça | CANCEL
cancel | alexa kossa non non annule | CANCEL
cancel | alexa doudou laisse tomber | CANCEL
cancel | alexa wesh annule c'est pas ça | CANCEL
cancel | alexa pois non annule | CANCEL
cancel | alexa tamam oublie | CANCEL
cancel | alexa scusi annulez | CANCEL
cancel | alexa please cancel annule | CANCEL
cancel | alexa annule la question | CANCEL
cancel | alexa oublie ce que j'ai dit | CANCEL
cancel | alexa non c'est pas grave annule | CANCEL
cancel | alexa laisse tomber je demanderai plus tard | CANCEL
cancel | alexa annule la dernière demande | CANCEL
cancel | alexa non rien oublie | CANCEL
cancel | alexa finalement non annule | CANCEL
cancel | alexa je me suis trompé annule tout | CANCEL
cancel | alexa right annule ça | CANCEL | fr-CA
cancel | alexa anyway laisse faire | CANCEL | fr-CA
cancel | alexa ben non laisse faire ça | CANCEL | fr-CA
cancel | alexa oublie ça mon homme | CANCEL | fr-CA
cancel | alexa mets-en pas annule | CANCEL | fr-CA
cancel | alexa sak pase annule | CANCEL | fr-CA
cancel | alexa habibi laisse faire | CANCEL | fr-CA
cancel | alexa pas d'tralala annule | CANCEL | fr-CA
cancel | alexa never mind laisse faire | CANCEL | fr-CA
cancel | alexa cancelle ma demande | CANCEL | fr-CA
cancel | alexa laisse faire c'est pas important | CANCEL | fr-CA
cancel | alexa annule ça toute | CANCEL | fr-CA
cancel | alexa non non oublie ça | CANCEL | fr-CA
cancel | alexa laisse faire j'me suis trompé | CANCEL | fr-CA
cancel | alexa annule la dernière affaire | CANCEL | fr-CA
cancel | alexa finalement laisse faire | CANCEL | fr-CA
cancel | alexa ça fait rien annule | CANCEL | fr-CA
cancel | alexa mezanmi annule | CANCEL | fr-CA
cancel | alexa kifak non laisse faire | CANCEL | fr-CA
cancel | alexa my bad annule | CANCEL | fr-CA
cancel | alexa mon vieux annule donc ça | CANCEL | fr-CA
cancel | alexa oublie la question de tantôt | CANCEL | fr-CA
# --- shared: launch
launch | alexa hopla ouvre capitales du monde | LAUNCH
launch | alexa ma doue lance capitales du monde | LAUNCH
launch | alexa fan de chichourle démarre capitales du monde | LAUNCH
launch | alexa biloute ouvre capitales du monde pour mi | LAUNCH
launch | alexa peuchère lance-moi capitales du monde | LAUNCH
launch | alexa kossa ouvre capitales du monde pour la marmaille | LAUNCH
launch | alexa wesh lance capitales du monde | LAUNCH
launch | alexa please ouvre capitales du monde | LAUNCH
launch | alexa on veut jouer à capitales du monde | LAUNCH
launch | alexa mets capitales du monde pour les enfants | LAUNCH
launch | alexa démarre le jeu capitales du monde | LAUNCH
launch | alexa j'aimerais jouer avec capitales du monde | LAUNCH
launch | alexa ouvre-moi capitales du monde s'il te plaît | LAUNCH
launch | alexa lance l'appli capitales du monde | LAUNCH
launch | alexa on joue à capitales du monde après le dîner | LAUNCH
launch | alexa right ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa anyway part capitales du monde | LAUNCH | fr-CA
launch | alexa ben ouvre donc capitales du monde | LAUNCH | fr-CA
launch | alexa mon homme lance capitales du monde | LAUNCH | fr-CA
launch | alexa sak pase ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa habibi ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa pas d'tralala démarre capitales du monde | LAUNCH | fr-CA
launch | alexa so like ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde pour ma classe | LAUNCH | fr-CA
launch | alexa part-moi capitales du monde | LAUNCH | fr-CA
launch | alexa on veut jouer à capitales du monde au chalet | LAUNCH | fr-CA
launch | alexa démarre capitales du monde pour les jeunes | LAUNCH | fr-CA
launch | alexa mets capitales du monde mon vieux | LAUNCH | fr-CA
launch | alexa j'veux jouer à capitales du monde | LAUNCH | fr-CA
launch | alexa mezanmi lance capitales du monde | LAUNCH | fr-CA
# --- shared: out-of-domain (weather, music, timers, other questions about countries, "capital" in other senses)
out-of-domain | alexa quel temps fait-il à strasbourg demain | FB
out-of-domain | alexa hopla mets de la musique alsacienne | FB
out-of-domain | alexa à quelle heure ouvre le marché de noël de colmar | FB
out-of-domain | alexa combien d'habitants à mulhouse | FB
out-of-domain | alexa c'est quoi la capitale européenne de noël | FB
out-of-domain | alexa quelle langue on parle au luxembourg | FB
out-of-domain | alexa combien de cigognes en alsace | FB
out-of-domain | alexa ma doue va-t-il pleuvoir à brest | FB
out-of-domain | alexa mets du tri yann | FB
out-of-domain | alexa c'est quand la marée haute à concarneau | FB
out-of-domain | alexa la capitale de la bretagne c'est rennes ou nantes | FB
out-of-domain | alexa recette des crêpes de froment | FB
out-of-domain | alexa c'est quoi la capitale mondiale de la crêpe | FB
out-of-domain | alexa quelle heure est-il à dublin | FB
out-of-domain | alexa p'têt ben qu'il va pleuvoir à caen | FB
out-of-domain | alexa combien de temps pour cuire un camembert au four | FB
out-of-domain | alexa c'est quand le jour j | FB
out-of-domain | alexa c'est quoi la capitale de la normandie | FB
out-of-domain | alexa mets rmc sport | FB
out-of-domain | alexa fan de chichourle l'om a gagné | FB
out-of-domain | alexa c'est quoi le mistral | FB
out-of-domain | alexa mets jul | FB
out-of-domain | alexa combien de kilomètres entre marseille et alger | FB
out-of-domain | alexa c'est quoi la capitale européenne de la culture cette année | FB
out-of-domain | alexa biloute quel temps à lille | FB
out-of-domain | alexa c'est quand la braderie de lille | FB
out-of-domain | alexa mets la chanson du p'tit quinquin | FB
out-of-domain | alexa quelle est la capitale des flandres | FB
out-of-domain | alexa comment on fait une carbonade flamande | FB
out-of-domain | alexa c'est quoi un gone | FB
out-of-domain | alexa horaires du métro à lyon | FB
out-of-domain | alexa c'est quoi la capitale des gaules | FB
out-of-domain | alexa qui a gagné le match de l'ol | FB
out-of-domain | alexa peuchère il fait combien à toulouse | FB
out-of-domain | alexa pourquoi toulouse c'est la ville rose | FB
out-of-domain | alexa c'est quoi la capitale de l'occitanie | FB
out-of-domain | alexa mets du claude nougaro | FB
out-of-domain | alexa combien d'avions airbus livre par an | FB
out-of-domain | alexa o ma quel temps à ajaccio | FB
out-of-domain | alexa mets des polyphonies corses | FB
out-of-domain | alexa c'est quoi la capitale de la corse | FB
out-of-domain | alexa kossa la météo à saint-denis | FB
out-of-domain | alexa le piton de la fournaise il est en éruption | FB
out-of-domain | alexa mets du maloya | FB
out-of-domain | alexa combien d'heures de vol pour la réunion | FB
out-of-domain | alexa sa ou fè mets du zouk | FB
out-of-domain | alexa recette des accras de morue | FB
out-of-domain | alexa c'est quand le carnaval de fort-de-france | FB
out-of-domain | alexa wesh mets du cheb khaled | FB
out-of-domain | alexa c'est quand l'aïd cette année | FB
out-of-domain | alexa combien coûte un billet pour alger | FB
out-of-domain | alexa quelle est la monnaie du maroc | FB
out-of-domain | alexa obrigado mets du fado | FB
out-of-domain | alexa combien de kilomètres de paris à porto | FB
out-of-domain | alexa recette du bacalhau | FB
out-of-domain | alexa c'est quand le têt | FB
out-of-domain | alexa comment on dit merci en vietnamien | FB
out-of-domain | alexa mets de la musique turque | FB
out-of-domain | alexa quelle heure est-il à istanbul | FB
out-of-domain | alexa mbote mets de la rumba congolaise | FB
out-of-domain | alexa qui est le président de la rdc | FB
out-of-domain | alexa please what time is it | FB
out-of-domain | alexa scusi quel temps fait-il | FB
out-of-domain | alexa comment on dit bonjour en ukrainien | FB
out-of-domain | alexa mets un minuteur de dix minutes pour le pain | FB
out-of-domain | alexa combien de passagers à roissy par jour | FB
out-of-domain | alexa quel est le prochain train pour bordeaux | FB
out-of-domain | alexa c'est quoi le capital social d'une sarl | FB
out-of-domain | alexa comment placer mon capital | FB
out-of-domain | alexa c'est quoi une lettre capitale | FB
out-of-domain | alexa écris-moi un mot en lettres capitales | FB
out-of-domain | alexa qu'est-ce que la peine capitale | FB
out-of-domain | alexa qui a écrit le capital | FB
out-of-domain | alexa c'est quoi le capital décès | FB
out-of-domain | alexa quelle est la plus grande ville du monde | FB
out-of-domain | alexa quel est le plus petit pays du monde | FB
out-of-domain | alexa quelle est la langue officielle du brésil | FB
out-of-domain | alexa combien d'habitants en chine | FB
out-of-domain | alexa quel est le drapeau de l'italie | FB
out-of-domain | alexa quelle est la monnaie de la suisse | FB
out-of-domain | alexa quel est le plus long fleuve d'afrique | FB
out-of-domain | alexa qui est le roi du maroc | FB
out-of-domain | alexa c'est quoi l'hymne national du japon | FB
out-of-domain | alexa quel est le plus haut sommet d'europe | FB
out-of-domain | alexa combien de pays en afrique | FB
out-of-domain | alexa quelle est la superficie du canada | FB
out-of-domain | alexa c'est quoi le fuseau horaire de tokyo | FB
out-of-domain | alexa raconte-moi une blague | FB
out-of-domain | alexa mets france inter | FB
out-of-domain | alexa allume la lumière du salon | FB
out-of-domain | alexa ajoute du beurre à la liste de courses | FB
out-of-domain | alexa réveille-moi à six heures | FB
out-of-domain | alexa qui a gagné koh-lanta | FB
out-of-domain | alexa c'est quand la finale de questions pour un champion | FB
out-of-domain | alexa quelle est la capitale du jeu vidéo en france | FB
out-of-domain | alexa c'est quoi la capitale mondiale du parfum | FB
out-of-domain | alexa c'est quoi la capitale de la gastronomie | FB
out-of-domain | alexa qui est le maire de paris | FB
out-of-domain | alexa combien d'arrondissements à paris | FB
out-of-domain | alexa quelle est la population de l'île-de-france | FB
out-of-domain | alexa c'est quoi la capitale de l'alsace | FB
out-of-domain | alexa quel est le classement du tour de france | FB
out-of-domain | alexa qui a gagné l'eurovision | FB
out-of-domain | alexa mets un podcast d'histoire | FB
out-of-domain | alexa lis-moi les infos | FB
out-of-domain | alexa c'est quoi le prix du gazole | FB
out-of-domain | alexa quels sont les pays de l'union européenne | FB
out-of-domain | alexa combien de pays dans le monde | FB
out-of-domain | alexa quelle est la capitale la plus froide du monde | FB
out-of-domain | alexa quelle capitale est la plus peuplée | FB
out-of-domain | alexa quelle est la plus vieille capitale d'europe | FB
out-of-domain | alexa right c'est quoi la météo à moncton | FB | fr-CA
out-of-domain | alexa mets du radio radio | FB | fr-CA
out-of-domain | alexa c'est quand le tintamarre | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'acadie | FB | fr-CA
out-of-domain | alexa y fait-tu beau à shediac | FB | fr-CA
out-of-domain | alexa ben quelle heure il est à sudbury | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale du nickel | FB | fr-CA
out-of-domain | alexa mets du cano | FB | fr-CA
out-of-domain | alexa combien de monde à hearst | FB | fr-CA
out-of-domain | alexa y fait combien à chicoutimi | FB | fr-CA
out-of-domain | alexa c'est-tu la saison des bleuets | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale du bleuet | FB | fr-CA
out-of-domain | alexa recette de tourtière du lac | FB | fr-CA
out-of-domain | alexa mets de la musique de la gaspésie | FB | fr-CA
out-of-domain | alexa à quelle heure part le traversier des îles | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la gaspésie | FB | fr-CA
out-of-domain | alexa sak pase mets du konpa | FB | fr-CA
out-of-domain | alexa recette de soup joumou | FB | fr-CA
out-of-domain | alexa combien coûte un billet pour port-au-prince | FB | fr-CA
out-of-domain | alexa habibi mets fairuz | FB | fr-CA
out-of-domain | alexa c'est quoi la température à beyrouth | FB | fr-CA
out-of-domain | alexa comment on fait du toum | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la beauce | FB | fr-CA
out-of-domain | alexa la chaudière va-tu déborder | FB | fr-CA
out-of-domain | alexa c'est quand le festival du voyageur | FB | fr-CA
out-of-domain | alexa quelle heure il est à winnipeg | FB | fr-CA
out-of-domain | alexa so like c'est quoi la météo | FB | fr-CA
out-of-domain | alexa put on some music mets de la musique | FB | fr-CA
out-of-domain | alexa c'est quand le prochain autobus | FB | fr-CA
out-of-domain | alexa c'est quoi le score du canadien | FB | fr-CA
out-of-domain | alexa qui a gagné la game hier | FB | fr-CA
out-of-domain | alexa mets ckoi | FB | fr-CA
out-of-domain | alexa ajoute du lait sur ma liste d'épicerie | FB | fr-CA
out-of-domain | alexa mets une minuterie de vingt minutes | FB | fr-CA
out-of-domain | alexa allume les lumières du sous-sol | FB | fr-CA
out-of-domain | alexa va-tu neiger à soir | FB | fr-CA
out-of-domain | alexa c'est quoi le taux de change du dollar américain | FB | fr-CA
out-of-domain | alexa combien de temps pour aller à plattsburgh | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale du hockey | FB | fr-CA
out-of-domain | alexa c'est quoi mon capital de rente | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la poutine | FB | fr-CA
out-of-domain | alexa quelle est la plus grande province du canada | FB | fr-CA
out-of-domain | alexa combien de provinces au canada | FB | fr-CA
out-of-domain | alexa c'est quoi la devise du québec | FB | fr-CA
out-of-domain | alexa qui est le premier ministre du québec | FB | fr-CA
out-of-domain | alexa c'est quoi le drapeau du nouveau-brunswick | FB | fr-CA
out-of-domain | alexa quelle langue on parle au nunavut | FB | fr-CA
out-of-domain | alexa c'est loin la floride en char | FB | fr-CA
out-of-domain | alexa c'est quand le feu de la saint-jean | FB | fr-CA
out-of-domain | alexa qui a été repêché premier | FB | fr-CA
out-of-domain | alexa à quelle heure ferme le iga | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la mauricie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du saguenay | FB | fr-CA
out-of-domain | alexa mets la poule aux oeufs d'or | FB | fr-CA
out-of-domain | alexa raconte-moi une joke | FB | fr-CA
out-of-domain | alexa c'est quoi la date de la fête du travail | FB | fr-CA
out-of-domain | alexa combien d'habitants à montréal | FB | fr-CA
out-of-domain | alexa quelle est la monnaie de la jamaïque | FB | fr-CA
out-of-domain | alexa qui est le président d'haïti | FB | fr-CA
out-of-domain | alexa quelle est la langue officielle du liban | FB | fr-CA
out-of-domain | alexa c'est quoi le plus long fleuve du canada | FB | fr-CA
out-of-domain | alexa quel pays a le plus de lacs | FB | fr-CA
out-of-domain | alexa c'est quoi l'indicatif régional de moncton | FB | fr-CA
out-of-domain | alexa y a-tu de la construction sur la quarante | FB | fr-CA
out-of-domain | alexa quelle capitale est la plus proche de montréal | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'ancienne nouvelle-france | FB | fr-CA
out-of-domain | alexa combien de kilomètres entre québec et ottawa | FB | fr-CA
# --- shared: plural-capitals (Benin, Bolivia, Côte d'Ivoire, Sri Lanka, Malaysia, the Netherlands, Eswatini, South Africa, Palestine)
plural-capitals | alexa hopla quelles sont les capitales {} | du bénin=BJ; de la bolivie=BO; de la côte d'ivoire=CI
plural-capitals | alexa ma doue il a combien de capitales {} | le sri lanka=LK; la malaisie=MY; les pays-bas=NL
plural-capitals | alexa c'est quoi les capitales {} | de l'eswatini=SZ; de l'afrique du sud=ZA; de la palestine=PS
plural-capitals | alexa wesh donne-moi les deux capitales {} | du bénin=BJ; de la bolivie=BO; de la côte d'ivoire=CI
plural-capitals | alexa peuchère les capitales {} c'est lesquelles | du sri lanka=LK; de la malaisie=MY; des pays-bas=NL
plural-capitals | alexa pour la marmaille les capitales {} | de l'eswatini=SZ; de l'afrique du sud=ZA; de la palestine=PS
plural-capitals | alexa biloute pourquoi la belgique a une capitale et {} en a plusieurs lesquelles | les pays-bas=NL; l'afrique du sud=ZA; la bolivie=BO
plural-capitals | alexa en cinquième on dit que le bénin a deux capitales c'est lesquelles | BJ
plural-capitals | alexa obrigado et les capitales de la bolivie sucre et la paz c'est ça | BO
plural-capitals | alexa mbote abidjan et yamoussoukro c'est les deux capitales de la côte d'ivoire | CI
plural-capitals | alexa da les capitales de la malaisie kuala lumpur et putrajaya | MY
plural-capitals | alexa p'têt ben qu'amsterdam et la haye c'est les capitales des pays-bas | NL
plural-capitals | alexa au rugby on joue contre l'afrique du sud elle a trois capitales lesquelles | ZA
plural-capitals | alexa le swaziland il a deux capitales c'est quoi | SZ
plural-capitals | alexa quelles sont les capitales du sri lanka kotte et colombo | LK
plural-capitals | alexa please what are the capitals quelles capitales a la bolivie | BO
plural-capitals | alexa right c'est quoi les capitales {} | du bénin=BJ; de la bolivie=BO; de la côte d'ivoire=CI | fr-CA
plural-capitals | alexa ben quelles capitales a {} | le sri lanka=LK; la malaisie=MY; les pays-bas=NL | fr-CA
plural-capitals | alexa mon homme les capitales {} c'est-tu | de l'eswatini=SZ; de l'afrique du sud=ZA; de la hollande=NL | fr-CA
plural-capitals | alexa sak pase les deux capitales {} | du bénin=BJ; de la côte d'ivoire=CI; de la malaisie=MY | fr-CA
plural-capitals | alexa pas d'tralala nomme-moi les capitales {} | du sri lanka=LK; de l'eswatini=SZ; de l'afrique du sud=ZA | fr-CA
plural-capitals | alexa habibi c'est quoi les deux capitales de la palestine | PS | fr-CA
plural-capitals | alexa au kahoot on demandait les trois capitales de l'afrique du sud pretoria le cap pis l'autre | ZA | fr-CA
plural-capitals | alexa en sixième année on apprend que la bolivie a deux capitales lesquelles | BO | fr-CA
plural-capitals | alexa porto-novo pis cotonou c'est-tu les deux capitales du bénin | BJ | fr-CA
plural-capitals | alexa mbabane pis lobamba c'est les capitales de l'eswatini | SZ | fr-CA
plural-capitals | alexa so like what are the capitals of the netherlands en français | NL | fr-CA
plural-capitals | alexa dans le cercle la question c'était les capitales de la côte d'ivoire | CI | fr-CA
plural-capitals | alexa les capitales de la malaisie c'est-tu kuala lumpur pis une autre | MY | fr-CA
plural-capitals | alexa le sri lanka a-tu deux capitales | LK | fr-CA
plural-capitals | alexa quelles sont les capitales de l'état de palestine ramallah et jérusalem-est | PS
plural-capitals | alexa la prof dit que l'eswatini a deux capitales c'est lesquelles | SZ
plural-capitals | alexa a avó demande les capitales de la côte d'ivoire pour les mots fléchés | CI
plural-capitals | alexa yamoussoukro c'est-tu la vraie capitale de la côte d'ivoire ou ben abidjan donne-moi les deux | CI | fr-CA
plural-capitals | alexa au garage un client ivoirien me parle des deux capitales de son pays c'est lesquelles | CI
plural-capitals | alexa en vélo à amsterdam je me demandais les capitales des pays-bas | NL
plural-capitals | alexa le hockeyeur hollandais dit que son pays a deux capitales lesquelles | NL | fr-CA
plural-capitals | alexa ch'est quoi les capitales de la hollande mi j'sais pas | NL
plural-capitals | alexa tamam les deux capitales de l'eswatini c'est quoi | SZ
plural-capitals | alexa au cégep on a appris que l'eswatini a une capitale royale pis une administrative c'est lesquelles | SZ | fr-CA
plural-capitals | alexa kossa les capitales du swaziland | SZ
plural-capitals | alexa teta veut savoir les capitales de la palestine | PS | fr-CA
# --- shared: follow-up (no wake word or a short "et ...")
follow-up | et celle {} | du pérou=PE; de la colombie=CO; du chili=CL
follow-up | alexa et {} alors | l'indonésie=ID; la papouasie=PG; le timor=TL
follow-up | hopla et pour {} | l'autriche=AT; la hongrie=HU; la slovaquie=SK
follow-up | et {} c'est quoi | la lettonie=LV; l'estonie=EE; la lituanie=LT
follow-up | alexa même question pour {} | le niger=NE; le tchad=TD; le soudan=SD
follow-up | et la capitale {} aussi | de la bavière=DE-BY; de la saxe=DE-SN; de la sarre=DE-SL
follow-up | peuchère et {} | l'uruguay=UY; le paraguay=PY; l'argentine=AR
follow-up | alexa pis {} | le manitoba=CA-MB; la saskatchewan=CA-SK; l'alberta=CA-AB | fr-CA
follow-up | ok pis celle {} | du vermont=US-VT; du maine=US-ME; du new hampshire=US-NH | fr-CA
follow-up | alexa pis pour {} c'est quoi | la jamaïque=JM; haïti=HT; cuba=CU | fr-CA
follow-up | right pis {} | le nouveau-brunswick=CA-NB; la nouvelle-écosse=CA-NS; l'île-du-prince-édouard=CA-PE | fr-CA
follow-up | et la même chose pour {} | la syrie=SY; la jordanie=JO; l'irak=IQ | fr-CA
follow-up | alexa pis l'autre {} | corée du nord=KP; guinée-bissau=GW; soudan du sud=SS | fr-CA
follow-up | et le voisin {} c'est quoi sa capitale | du sénégal=SN; du mali=ML; de la guinée=GN | fr-CA
# --- shared: subdivision (states, provinces, territories, nations, dependent territories)
subdivision | alexa c'est quoi la capitale {} | du tamil nadu=IN-TN; du kerala=IN-KL; du karnataka=IN-KA
subdivision | alexa dis-moi la capitale de l'état {} en inde | du maharashtra=IN-MH; du gujarat=IN-GJ; du rajasthan=IN-RJ
subdivision | alexa quelle est la capitale {} | du bengale-occidental=IN-WB; de l'uttar pradesh=IN-UP; du pendjab=IN-PB
subdivision | alexa capitale {} | de l'assam=IN-AS; du bihar=IN-BR; de l'odisha=IN-OD
subdivision | alexa la capitale de l'état indien {} | de goa=IN-GA; du sikkim=IN-SK; du telangana=IN-TS
subdivision | alexa c'est quoi la capitale de l'état brésilien {} | de são paulo=BR-SP; de rio de janeiro=BR-RJ; du pernambouc=BR-PE
subdivision | alexa quelle est la capitale {} au brésil | de l'amazonas=BR-AM; du ceará=BR-CE; du rio grande do sul=BR-RS
subdivision | alexa capitale de l'état {} au mexique | du jalisco=MX-JAL; du yucatán=MX-YUC; de oaxaca=MX-OAX
subdivision | alexa la capitale {} c'est quoi | du nuevo león=MX-NLE; de la basse-californie=MX-BCN; du chiapas=MX-CHP
subdivision | alexa dis-moi la capitale {} | de la rhénanie-du-nord-westphalie=DE-NW; du schleswig-holstein=DE-SH; du mecklembourg=DE-MV
subdivision | alexa quelle est la capitale {} en australie | de la nouvelle-galles du sud=AU-NSW; du victoria=AU-VIC; de l'australie-méridionale=AU-SA
subdivision | alexa c'est quoi la capitale du territoire du nord en australie | AU-NT
subdivision | alexa quelle est la capitale de la saxe-anhalt | DE-ST
subdivision | alexa la capitale du quintana roo là où il y a cancún | MX-ROO
subdivision | alexa la capitale du guanajuato | MX-GUA
subdivision | alexa c'est quoi la capitale de la réunion | RE
subdivision | alexa quelle est la capitale de la guadeloupe basse-terre ou pointe-à-pitre | GP
subdivision | alexa la capitale de wallis-et-futuna | WF
subdivision | alexa c'est quoi la capitale du groenland | GL
subdivision | alexa capitale de gibraltar | GI
subdivision | alexa c'est quoi la capitale des îles malouines | FK
subdivision | alexa quelle est la capitale de l'himachal pradesh | IN-HP
subdivision | alexa c'est quoi la capitale du jammu-et-cachemire | IN-JK
subdivision | alexa la capitale de pondichéry | IN-PY
subdivision | alexa pour mon fils en terminale c'est quoi la capitale {} | de la géorgie l'état américain=US-GA; de la caroline du nord=US-NC; de la virginie=US-VA | fr-CA
subdivision | alexa en rangeant l'atlas quelle est la capitale {} | de l'indiana=US-IN; de l'ohio=US-OH; du michigan=US-MI | fr-CA
subdivision | alexa vite fait capitale {} | de l'alabama=US-AL; de la louisiane=US-LA; du texas=US-TX | fr-CA
subdivision | alexa la capitale de la province {} | de l'ontario=CA-ON; de québec=CA-QC; de la colombie-britannique=CA-BC | fr-CA
subdivision | alexa c'est quoi la capitale du territoire {} | du yukon=CA-YT; du nunavut=CA-NU; des territoires du nord-ouest=CA-NT | fr-CA
subdivision | alexa c'est quoi la capitale de l'état {} | de washington=US-WA; de new york=US-NY; de la floride=US-FL | fr-CA
subdivision | alexa quelle est la capitale de la californie | US-CA | fr-CA
subdivision | alexa c'est quoi la capitale de l'oregon | US-OR | fr-CA
subdivision | alexa la capitale du montana | US-MT | fr-CA
subdivision | alexa c'est quoi la capitale du wyoming | US-WY | fr-CA
subdivision | alexa la capitale de porto rico | PR | fr-CA
subdivision | alexa capitale des bermudes | BM | fr-CA
subdivision | alexa c'est quoi la capitale de l'écosse | GB-SCT | fr-CA
subdivision | alexa quelle est la capitale de l'irlande du nord | GB-NIR | fr-CA
subdivision | alexa c'est quoi la capitale du pays de galles | GB-WLS | fr-CA
subdivision | alexa c'est quoi la capitale de saint-pierre-et-miquelon | PM | fr-CA
subdivision | alexa la capitale du nouveau-mexique | US-NM | fr-CA
subdivision | alexa la capitale de l'alaska | US-AK | fr-CA
# --- shared: yes-no-check
yes-no-check | alexa la capitale de l'australie c'est-tu sydney | AU | fr-CA
yes-no-check | alexa est-ce que la capitale du canada c'est toronto | CA
yes-no-check | alexa hopla c'est bien berne la capitale de la suisse | CH
yes-no-check | alexa c'est vrai que la capitale de la turquie c'est ankara | TR
yes-no-check | alexa la capitale du brésil c'est rio non | BR
yes-no-check | alexa est-ce que new york c'est la capitale des états-unis | US
yes-no-check | alexa biloute c'est bruxelles la capitale de la belgique hein | BE
yes-no-check | alexa la capitale du maroc c'est casablanca ou pas | MA
yes-no-check | alexa c'est lagos la capitale du nigeria | NG
yes-no-check | alexa j'ai raison la capitale du vietnam c'est hanoï | VN
yes-no-check | alexa est-ce que la capitale de la nouvelle-zélande c'est auckland | NZ
yes-no-check | alexa karachi c'est la capitale du pakistan oui ou non | PK
yes-no-check | alexa la capitale de la tanzanie c'est dar es salaam c'est ça | TZ
yes-no-check | alexa c'est genève la capitale de la suisse | CH
yes-no-check | alexa la capitale de la floride c'est-tu miami | US-FL | fr-CA
yes-no-check | alexa la capitale de l'ontario c'est ottawa han | CA-ON | fr-CA
yes-no-check | alexa c'est-tu vrai que la capitale de la colombie-britannique c'est victoria pis pas vancouver | CA-BC | fr-CA
yes-no-check | alexa montréal c'est-tu la capitale du québec | CA-QC | fr-CA
yes-no-check | alexa la capitale de la californie c'est los angeles han | US-CA | fr-CA
yes-no-check | alexa c'est-tu saint-jean la capitale du nouveau-brunswick | CA-NB | fr-CA
yes-no-check | alexa la capitale de l'alberta c'est calgary right | CA-AB | fr-CA
yes-no-check | alexa est-ce que la capitale du texas c'est houston | US-TX | fr-CA
yes-no-check | alexa la capitale du kazakhstan c'est-tu encore almaty | KZ | fr-CA
yes-no-check | alexa chicago c'est la capitale de l'illinois c'est ça | US-IL | fr-CA
yes-no-check | alexa la capitale de l'inde c'est-tu mumbai | IN | fr-CA
yes-no-check | alexa la capitale du myanmar c'est rangoun hein | MM
yes-no-check | alexa sydney ou canberra c'est quoi la capitale de l'australie | AU
yes-no-check | alexa la capitale de la côte d'ivoire c'est abidjan non | CI
# --- shared: self-correction
self-correction | alexa la capitale du chili euh non du pérou | PE
self-correction | alexa c'est quoi la capitale de la slovénie pardon de la slovaquie | SK
self-correction | alexa la capitale de l'autriche non de l'australie | AU
self-correction | alexa hopla la capitale de la suède euh de la suisse | CH
self-correction | alexa dis-moi la capitale de l'iran non de l'irak | IQ
self-correction | alexa la capitale de la gambie ah non de la zambie | ZM
self-correction | alexa capitale de la guinée attends de la guinée équatoriale | GQ
self-correction | alexa c'est quoi la capitale du niger je veux dire du nigeria | NG
self-correction | alexa la capitale de la mauritanie pardon de l'île maurice | MU
self-correction | alexa la capitale de la dominique non de la république dominicaine | DO
self-correction | alexa peuchère la capitale de l'islande euh de l'irlande | IE
self-correction | alexa la capitale du soudan non du soudan du sud | SS
self-correction | alexa c'est quoi la capitale du congo-brazzaville euh kinshasa je veux dire la rdc | CD
self-correction | alexa la capitale de la bavière non du bade-wurtemberg | DE-BW
self-correction | alexa la capitale de l'ontario non attends du manitoba | CA-MB | fr-CA
self-correction | alexa c'est quoi la capitale du maine euh du vermont | US-VT | fr-CA
self-correction | alexa la capitale du dakota du nord non du sud | US-SD | fr-CA
self-correction | alexa la capitale de la virginie ben de la virginie-occidentale | US-WV | fr-CA
self-correction | alexa capitale de la caroline du sud euh du nord | US-NC | fr-CA
self-correction | alexa la capitale du kansas non de l'arkansas | US-AR | fr-CA
self-correction | alexa la capitale de la colombie non de la colombie-britannique | CA-BC | fr-CA
self-correction | alexa la capitale de la jamaïque attends non d'haïti | HT | fr-CA
self-correction | alexa c'est quoi la capitale du liban euh de la libye | LY | fr-CA
self-correction | alexa la capitale de l'autriche my bad de l'allemagne | DE | fr-CA
self-correction | alexa la capitale de la nouvelle-écosse non de terre-neuve | CA-NL | fr-CA
self-correction | alexa la capitale du nouveau-mexique euh du mexique le pays | MX | fr-CA
self-correction | alexa la capitale du mali non de malte | MT
self-correction | alexa la capitale de la serbie non de la sibérie non de la slovénie | SI
# --- shared: reverse-question (capital given, country asked)
reverse-question | alexa {} c'est la capitale de quel pays | ouagadougou=BF; bamako=ML; niamey=NE
reverse-question | alexa de quel pays {} est la capitale | tbilissi=GE; erevan=AM; bakou=AZ
reverse-question | alexa hopla {} c'est la capitale de quoi | vaduz=LI; ljubljana=SI; bratislava=SK
reverse-question | alexa c'est où {} c'est une capitale | oulan-bator=MN; thimphou=BT; katmandou=NP
reverse-question | alexa windhoek c'est la capitale de quel pays | NA
reverse-question | alexa peuchère canberra c'est la capitale de quoi | AU
reverse-question | alexa à quel pays appartient la capitale nouakchott | MR
reverse-question | alexa ulan bator c'est dans quel pays | MN
reverse-question | alexa tegucigalpa c'est la capitale de qui | HN
reverse-question | alexa bichkek c'est la capitale de quel pays déjà | KG
reverse-question | alexa asmara c'est la capitale de quel pays africain | ER
reverse-question | alexa la capitale paramaribo c'est de quel pays | SR
reverse-question | alexa {} c'est la capitale de quelle province | regina=CA-SK; fredericton=CA-NB; charlottetown=CA-PE | fr-CA
reverse-question | alexa {} c'est la capitale de quel état | sacramento=US-CA; albany=US-NY; tallahassee=US-FL | fr-CA
reverse-question | alexa iqaluit c'est-tu la capitale du nunavut ou du yukon | CA-NU | fr-CA
reverse-question | alexa whitehorse c'est la capitale de quoi | CA-YT | fr-CA
reverse-question | alexa yellowknife c'est dans quel territoire | CA-NT | fr-CA
reverse-question | alexa augusta c'est la capitale de quel état américain | US-ME | fr-CA
reverse-question | alexa montpelier c'est la capitale de quoi | US-VT | fr-CA
reverse-question | alexa port-au-prince c'est la capitale de quel pays | HT | fr-CA
reverse-question | alexa beyrouth c'est la capitale de quoi déjà | LB | fr-CA
reverse-question | alexa kingston c'est-tu la capitale de la jamaïque ou de l'ontario | JM | fr-CA
# --- shared: official-name
official-name | alexa dans le bus scolaire les jeunes demandent c'est quoi la capitale {} | de la république islamique d'iran=IR; du royaume hachémite de jordanie=JO; de la confédération suisse=CH
official-name | alexa pour la grille de mots croisés quelle est la capitale {} | de la république populaire de chine=CN; des états fédérés de micronésie=FM; de la république de l'union du myanmar=MM
official-name | alexa avant de dormir dis-moi la capitale {} | du royaume d'arabie saoudite=SA; de la république fédérale d'allemagne=DE; de la principauté de monaco=MC
official-name | alexa juste la capitale {} | du grand-duché de luxembourg=LU; du sultanat d'oman=OM; de l'état plurinational de bolivie=BO
official-name | alexa pour le devoir la capitale {} c'est quoi | de la république de corée=KR; de la république populaire démocratique de corée=KP; de la république arabe syrienne=SY
official-name | alexa entre deux vols quelle est la capitale {} | du royaume-uni de grande-bretagne et d'irlande du nord=GB; de la république bolivarienne du venezuela=VE; de l'état du qatar=QA | fr-CA
official-name | alexa sur la carte du salon c'est quoi la capitale {} | du royaume du maroc=MA; de la république socialiste du viêt nam=VN; de la république démocratique populaire lao=LA | fr-CA
official-name | alexa la capitale {} | de la fédération de russie=RU; de la république unie de tanzanie=TZ; de l'état d'israël=IL | fr-CA
official-name | alexa pendant la pub c'est quoi la capitale {} | du royaume de thaïlande=TH; de la république fédérale démocratique d'éthiopie=ET; de la république islamique de mauritanie=MR | fr-CA
official-name | alexa la capitale de la république hellénique | GR
official-name | alexa capitale de la république islamique du pakistan | PK
official-name | alexa la capitale du royaume de belgique | BE
official-name | alexa c'est quoi la capitale de la république populaire du bangladesh | BD | fr-CA
official-name | alexa la capitale du commonwealth des bahamas | BS | fr-CA
official-name | alexa c'est quoi la capitale de la république du kenya | KE
official-name | alexa la capitale de l'état indépendant de samoa | WS | fr-CA
official-name | alexa la capitale de la république kirghize | KG
official-name | alexa quelle est la capitale de la république d'afrique du sud | ZA
official-name | alexa c'est quoi la capitale de la république du congo | CG
# --- shared: everyday-name
everyday-name | alexa ma voisine se demande c'est quoi la capitale {} | de la hollande=NL; de la birmanie=MM; du swaziland=SZ
everyday-name | alexa en camping la capitale {} | de la grande-bretagne=GB; des states=US; de l'amérique=US
everyday-name | alexa en vidant le lave-vaisselle dis-moi la capitale {} | de la rdc=CD; des émirats=AE; de la centrafrique=CF
everyday-name | alexa au téléphone mamie demande la capitale {} c'est quoi | du vatican=VA; de la bosnie=BA; de trinidad=TT
everyday-name | alexa en pliant le linge quelle est la capitale {} | de saint-kitts=KN; de sao tomé=ST; de la papouasie=PG
everyday-name | alexa vite avant le souper c'est quoi la capitale {} | de la biélo=BY; du cap vert=CV; de la république tchèque=CZ | fr-CA
everyday-name | alexa la question du calendrier c'est la capitale {} | des usa=US; de l'angleterre=GB-ENG; de la corée du sud=KR | fr-CA
everyday-name | alexa au dépanneur on gageait c'est quoi la capitale {} | de la perse=IR; de ceylan=LK; de la haute-volta=BF | fr-CA
everyday-name | alexa c'est quoi la capitale de saint-vincent | VC
everyday-name | alexa la capitale de la macédoine | MK
everyday-name | alexa capitale des philippines pour les philippins | PH
everyday-name | alexa la capitale de la suisse romande | CH | fr-CA
everyday-name | alexa c'est quoi la capitale du timor | TL | fr-CA
everyday-name | alexa la capitale du bélarus | BY | fr-CA
# --- shared: shared-name
shared-name | alexa c'est quoi la capitale de la géorgie | GE+US-GA
shared-name | alexa la capitale du congo | CD+CG
shared-name | alexa quelles sont les capitales des deux congo | CD+CG
shared-name | alexa c'est quoi la capitale de la corée | KP+KR
shared-name | alexa les capitales des deux corées | KP+KR
shared-name | alexa c'est quoi les capitales des deux soudans | SD+SS
shared-name | alexa la capitale des îles vierges | VG+VI
shared-name | alexa la capitale de la dominique et de la république dominicaine | DM+DO
shared-name | alexa hopla la capitale de la géorgie s'il te plaît | GE+US-GA
shared-name | alexa wesh c'est quoi la capitale du soudan et du soudan du sud | SD+SS
shared-name | alexa mbote c'est quoi la capitale du congo tout court | CD+CG
shared-name | alexa c'est quoi les capitales des carolines | US-NC+US-SC | fr-CA
shared-name | alexa les capitales des deux dakotas | US-ND+US-SD | fr-CA
shared-name | alexa ben la capitale de la géorgie | GE+US-GA | fr-CA
shared-name | alexa la capitale de la caroline | US-NC+US-SC | fr-CA
shared-name | alexa c'est quoi la capitale du dakota | US-ND+US-SD | fr-CA
shared-name | alexa les capitales des îles vierges | VG+VI | fr-CA
shared-name | alexa c'est quoi la capitale de la corée nord pis sud | KP+KR | fr-CA
shared-name | alexa la capitale des deux congos | CD+CG | fr-CA
shared-name | alexa capitale de la caroline du nord pis du sud | US-NC+US-SC | fr-CA
shared-name | alexa la capitale du dakota du nord et du sud | US-ND+US-SD | fr-CA
shared-name | alexa sak pase la capitale de la dominique pis de la république dominicaine | DM+DO | fr-CA
"""

if __name__ == "__main__":
    build_round(50, "fr", LINES, sys.argv, "tests/Eval/fr/round50/source/build_corpus.py")
