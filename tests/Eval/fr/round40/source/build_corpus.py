"""Round 40, French (fr-FR, fr-CA): a new author's own mix, written blind at the start of the forty-first session (brief
WRITER47.md), about two fifths of the lines fr-CA. Speakers and situations chosen apart from round 39 (no Lyon, Lille,
Toulouse, Corsica, Nice, Lorraine, Québec City, Beauce, Mauricie, Franco-Ontarians, Franco-Manitobans, Côte-Nord) and
from the places it lists as avoided (Marseille, Brittany, Alsace, Basque Country, Réunion, Acadie, Gaspésie, Saguenay,
Abitibi as speaker groups).
fr-FR devices: Bordelais and Girondins ("gavé", "la poche", the bassin d'Arcachon, the vendanges, the Girondins),
Savoyards of Annecy and Chambéry ("y" for "le", the vogue, Genevan frontaliers, the tartiflette), Normands ("p'têt
ben", the D-Day beaches, Deauville, the Mont-Saint-Michel, the Cherbourg ferry), Auvergnats of Clermont (Michelin, the
ASM, Vulcania, "ça m'épate"), Catalans of Perpignan and Montpellier students ("bon dia", "adéu", the USAP), Bourguignons
(the Hospices de Beaune, the mustard), Martiniquais and Guyanais ("sa ou fè", "an ka", "bèl bagay", "an pa sav",
Kourou), Vietnamese, Cambodian and Chinese families of the 13th arrondissement and Belleville, British and Dutch
retirees in the Dordogne (learners), other learners (a German pupil, a Japanese tourist, a Korean student, an American,
a Swede, a Turk, a Russian, a Tamil, a Kurd); at work (an SNCF conductor, an EHPAD, a baker, a Boulogne fisher, a
Deliveroo rider, a call centre, a librarian, a Vendée farmer, a garage, a pharmacist, a postman, a lorry driver, a
physio, a sommelier, a bus driver, a hospital, a Versailles guide, a Vélib mechanic, a préfecture desk, a childminder);
games (Questions pour un champion, Time's Up, belote, Koh-Lanta, Fort Boyard, the car game, Kahoot, Monopoly, Scrabble,
Dobble, Des chiffres et des lettres, Worldle, the camping quiz); families with children; students ("en vrai", "du
coup", "grave", "chelou", Erasmus).
fr-CA devices: Estrie (Sherbrooke, Magog, Coaticook, the Vermont border, "faque", "tsé"), Outaouais (federal public
servants, "by the way", the bridges), Bas-Saint-Laurent (Rimouski, Trois-Pistoles, Rivière-du-Loup), Madelinots ("à
matin", "pantoute", the lobster, the CTMA ferry), Laurentides and Lanaudière (the chalet, Tremblant, the festival),
Franco-Westerners (Gravelbourg, Fort McMurray, Edmonton, Vancouver), First Nations and Inuit speakers (Atikamekw "kwei",
Wendake, Cree "wachiya", Kuujjuaq), snowbirds in Florida and Arizona, Montréal and Laval immigrants (Lebanese,
Vietnamese, Algerian, Colombian, Ukrainian, Iranian, Congolese); at work (Hydro-Québec, a CLSC, a CPE, the SAQ, an IGA,
Bombardier, a Dorval taxi, Jean Coutu, Costco, Via Rail, movers, Tadoussac whale guides, a Montérégie farm, a garage);
games (La Poule aux oeufs d'or, parish bingo, crib, the hockey pool, the Friday resto quiz, the réveillon, Kahoot,
Atlas); families in Laval, Longueuil and Lévis. Families per speaker group, and the shared families (follow-up,
plural-capitals, subdivision, out-of-domain, help, stop, cancel, launch, yes-no-check, self-correction,
reverse-question, official-name, everyday-name, shared-name). Lines of rounds 1-39 are dropped (build_round with round
40's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# --- fr-FR: Bordelais and Girondins (the bassin d'Arcachon, the vineyards, the Girondins, "gavé", "la poche")
bordeaux | alexa gavé bien la question du jour c'est la capitale {} | du portugal=PT; de l'angola=AO; du mozambique=MZ
bordeaux | alexa sur le bassin y a des touristes {} qui demandent leur capitale c'est quoi déjà | allemands=DE; autrichiens=AT; suisses=CH
bordeaux | alexa au château on exporte du vin {} tu me dis la capitale pour la fiche | en chine=CN; à singapour=SG; à hong kong non au japon=JP
bordeaux | alexa mets-moi dans la poche la capitale {} j'ai un client là-bas | du qatar=QA; de bahreïn=BH; du koweït=KW
bordeaux | alexa aux girondins ils ont pris un attaquant {} c'est quoi la capitale de son pays | nigérian=NG; camerounais=CM; gabonais=GA
bordeaux | alexa il fait pas beau à la dune du pilat alors on joue dis-moi la capitale {} | de la nouvelle-zélande=NZ; des fidji=FJ; des samoa=WS
bordeaux | alexa pendant les vendanges un gars {} m'a demandé sa capitale j'ai eu honte | géorgien du caucase=GE; arménien=AM; azerbaïdjanais=AZ
bordeaux | alexa à la foire aux plaisirs on a gagné un globe c'est quoi la capitale {} | de l'estonie=EE; de la lettonie=LV; de la finlande=FI
bordeaux | alexa ma belle-mère de libourne elle demande la capitale {} | du honduras=HN; du nicaragua=NI; du salvador=SV
# --- fr-FR: Savoyards of Annecy and Chambéry ("y" for "le", the vogue, the Genevan frontaliers)
savoie | alexa je sais pas y dire la capitale {} tu peux me la donner | du liechtenstein=LI; d'andorre=AD; de saint-marin=SM
savoie | alexa à la vogue de cran y avait un stand quiz c'est quoi la capitale {} | de la slovaquie=SK; de la hongrie=HU; de la tchéquie=CZ
savoie | alexa le lac d'annecy est plein de touristes {} c'est quoi leur capitale | coréens=KR; japonais=JP; indiens=IN
savoie | alexa mon collègue frontalier à genève il est {} c'est quoi sa capitale | kosovar=XK; albanais=AL; macédonien=MK
savoie | alexa en rando sur le mont blanc on a croisé des gens {} dis-moi leur capitale | du népal qui faisaient sherpa=NP; d'islande=IS; du canada=CA
savoie | alexa pendant la tartiflette on se demande la capitale {} | du monténégro=ME; de la bosnie=BA; de la serbie=RS
savoie | alexa je vais y demander à alexa la capitale {} | de l'autriche=AT; de la slovénie=SI; de la croatie=HR
# --- fr-FR: Normands of Rouen, Caen and the Cotentin ("p'têt ben", the D-Day beaches, the calva)
normandie | alexa p'têt ben que tu sais la capitale {} moi j'sais pas | du canada=CA; des états-unis=US; du royaume-uni=GB
normandie | alexa sur les plages du débarquement y a des vétérans {} c'est quoi leur capitale | américains=US; britanniques=GB; polonais=PL
normandie | alexa à deauville pour le festival y a des acteurs {} c'est quoi la capitale de là-bas | américains=US; coréens du sud=KR; iraniens=IR
normandie | alexa mon gars dis-moi voir la capitale {} au lieu de traîner | de jersey=JE; de guernesey=GG; de l'île de man=IM
normandie | alexa au mont-saint-michel des touristes {} demandent la capitale de leur pays | chinois=CN; brésiliens=BR; mexicains=MX
normandie | alexa le ferry de cherbourg part pour l'irlande c'est quoi la capitale {} | de l'irlande=IE; de l'écosse=GB-SCT; du pays de galles=GB-WLS
# --- fr-FR: Auvergnats of Clermont-Ferrand (Michelin, the ASM, the volcanoes)
auvergne | alexa chez michelin on a une usine {} c'est quoi la capitale | en thaïlande=TH; en roumanie=RO; en serbie=RS
auvergne | alexa ça m'épate que je me souvienne pas de la capitale {} | de la mongolie=MN; du kazakhstan=KZ; du turkménistan=TM
auvergne | alexa au marcel-michelin y avait des supporters {} c'est quoi leur capitale | fidjiens=FJ; tongiens=TO; samoans=WS
auvergne | alexa à vulcania le guide a parlé des volcans {} c'est quoi la capitale | d'islande=IS; d'indonésie=ID; du vanuatu=VU
auvergne | alexa mon pauvre je sais plus la capitale {} tu me la dis | de l'équateur=EC; du costa rica=CR; du panama=PA
# --- fr-FR: Catalans of Perpignan and Montpellier students ("adéu", "bon dia", the USAP)
catalan | alexa bon dia digues-me non pardon dis-moi la capitale {} | de l'espagne=ES; d'andorre=AD; de la colombie=CO
catalan | alexa à l'usap on joue contre des géorgiens c'est quoi la capitale {} | du pays=GE; de la géorgie le pays pas l'état=GE; de l'arménie voisine=AM
catalan | alexa je suis en fac à montpellier et j'ai un partiel c'est quoi la capitale {} | du maroc=MA; de l'algérie=DZ; de la tunisie=TN
catalan | alexa à la plage de canet un couple {} m'a demandé sa capitale | belge=BE; néerlandais=NL; danois=DK
catalan | alexa adéu alexa mais avant dis-moi la capitale {} | du guatemala=GT; du belize=BZ; de cuba=CU
# --- fr-FR: Bourguignons of Dijon and Beaune (the wine, the mustard, the Hospices)
bourgogne | alexa à la vente des hospices y avait un acheteur {} c'est quoi la capitale | singapourien=SG; hongkongais non taïwanais=TW; australien=AU
bourgogne | alexa la moutarde on l'exporte {} c'est quoi la capitale déjà | au canada=CA; en australie=AU; en afrique du sud la capitale administrative=ZA
bourgogne | alexa mon vigneron il a des clients {} il me demande la capitale | russes=RU; biélorusses=BY; ukrainiens=UA
bourgogne | alexa dans le car de beaune des retraités {} c'est quoi leur capitale | suédois=SE; norvégiens=NO; finlandais=FI
# --- fr-FR: Martiniquais and Guyanais (at home and in Paris; "sa ou fè", "an ka", "doudou", "bèl bagay")
antilles | alexa sa ou fè doudou c'est quoi la capitale {} | de la martinique=MQ; de la guyane=GF; de sainte-lucie=LC
antilles | alexa an ka chèché la capitale {} tu la connais | de la dominique=DM; de la barbade=BB; de trinidad=TT
antilles | alexa bèl bagay le carnaval y avait des gens {} c'est quoi leur capitale | du brésil=BR; du suriname=SR; du guyana=GY
antilles | alexa à kourou on a des ingénieurs {} qui demandent la capitale | italiens=IT; allemands de l'agence=DE; indiens=IN
antilles | alexa mon tonton à cayenne il veut savoir la capitale {} | d'haïti=HT; de la jamaïque=JM; des bahamas=BS
antilles | alexa depuis fort-de-france les bateaux vont {} c'est quoi la capitale | à saint-vincent=VC; à la grenade=GD; à antigua=AG
antilles | alexa an pa sav la capitale {} di mwen non dis-moi | de saint-kitts=KN; de saint-martin le côté français=MF; de saint-barth=BL
# --- fr-FR: Vietnamese, Cambodian and Chinese families of the 13th arrondissement and Belleville
asie-paris | alexa ma grand-mère elle est née {} elle veut entendre la capitale | au cambodge=KH; au laos=LA; au viêt nam=VN
asie-paris | alexa au restaurant de mes parents un client {} demande la capitale de chez lui | malaisien=MY; indonésien=ID; philippin=PH
asie-paris | alexa pour le nouvel an chinois on fait un quiz c'est quoi la capitale {} | de la chine=CN; de taïwan=TW; de la corée du nord=KP
asie-paris | alexa mon père dit que la capitale {} c'est saïgon c'est vrai | du vietnam=VN; du viêtnam=VN; du viêt-nam=VN
asie-paris | alexa ma tante travaille à la bijouterie elle a des clients {} c'est quoi leur capitale | thaïlandais=TH; birmans=MM; sri-lankais=LK
asie-paris | alexa à belleville mon oncle il demande toujours la capitale {} en mandarin mais là en français | de singapour=SG; de brunei=BN; du timor oriental=TL
asie-paris | alexa ba il veut savoir la capitale {} pour le mariage du cousin | de la malaisie=MY; de la thaïlande=TH; du cambodge=KH
# --- fr-FR: British and Dutch retirees in the Dordogne and the Lot (learners)
retraites-dordogne | alexa please euh s'il vous plaît la capitale {} | de le pays de galles=GB-WLS; de la écosse=GB-SCT; de l'angleterre=GB-ENG
retraites-dordogne | alexa je suis anglaise et je oublie la capitale {} | de la nouvelle zélande=NZ; de l'australie=AU; de la afrique du sud=ZA
retraites-dordogne | alexa mon voisin de bergerac demande quelle est la capitale {} | du kenya=KE; de l'ouganda=UG; de la tanzanie=TZ
retraites-dordogne | alexa hoi euh bonjour c'est quelle la capitale {} | du suriname=SR; de aruba=AW; de curaçao=CW
retraites-dordogne | alexa at the marché on dit quoi la capitale {} | de la malte=MT; de chypre=CY; de gibraltar=GI
retraites-dordogne | alexa mon mari est hollandais il dit que la capitale {} c'est pas amsterdam | des pays-bas=NL; de la hollande=NL; de nederland=NL
# --- fr-FR: learners (a German exchange pupil, a Japanese tourist, a Korean student, an American, a Swede, a Turk, a Russian, a Tamil, a Kurd)
apprenants | alexa ich meine je veux savoir la capitale {} | de la suisse=CH; de le luxembourg=LU; de la belgique=BE
apprenants | alexa sumimasen euh excusez-moi quelle est la capitale {} | du japon=JP; de la mongolie=MN; de le kirghizistan=KG
apprenants | alexa je suis étudiante coréenne je cherche la capitale {} | de le bangladesh=BD; de le pakistan=PK; de l'afghanistan=AF
apprenants | alexa hi so euh quelle est la capitale {} please | de le mexique=MX; de la argentine=AR; du chili=CL
apprenants | alexa ursäkta excusez je voudrais la capitale {} | de la norvège=NO; de la danemark=DK; de le islande=IS
apprenants | alexa kardesim euh mon frère il demande la capitale {} | de la turquie=TR; de la azerbaïdjan=AZ; du chypre du nord non de chypre=CY
apprenants | alexa je parle pas bien français la capitale {} c'est quoi | de la russie=RU; de le biélorussie=BY; de la kazakhstan=KZ
apprenants | alexa vanakkam euh bonjour la capitale {} s'il vous plaît | de le sri lanka la capitale officielle=LK; de l'inde=IN; de les maldives=MV
apprenants | alexa moi kurde je demande capitale {} | de l'irak=IQ; de la syrie=SY; de l'iran=IR
apprenants | alexa excuse me comment on dit la capitale {} en français | de le nigeria=NG; du ghana=GH; de la sierra leone=SL
# --- fr-FR: at work
travail | alexa je suis contrôleur sncf l'eurostar va {} c'est quoi la capitale déjà | en angleterre=GB-ENG; en belgique=BE; aux pays-bas la capitale officielle=NL
travail | alexa à l'ehpad madame durand elle demande la capitale {} | de la roumanie=RO; de la bulgarie=BG; de la grèce=GR
travail | alexa je suis boulangère un client {} m'a demandé sa capitale en payant | érythréen=ER; éthiopien=ET; somalien=SO
travail | alexa je suis marin pêcheur à boulogne on débarque du poisson {} c'est quoi la capitale | norvégien=NO; islandais=IS; féroïen=FO
travail | alexa je suis livreur deliveroo un client {} veut que je devine sa capitale | soudanais=SD; tchadien=TD; nigérien=NE
travail | alexa au centre d'appel j'ai un client {} c'est quoi sa capitale | mauricien=MU; malgache=MG; comorien=KM
travail | alexa je suis bibliothécaire un enfant cherche la capitale {} | du burundi=BI; du rwanda=RW; du malawi=MW
travail | alexa je suis agriculteur en vendée mon stagiaire vient {} c'est quoi la capitale | du bénin=BJ; du togo=TG; de la guinée=GN
travail | alexa au garage un client {} me demande la capitale de chez lui | libyen=LY; égyptien=EG; jordanien=JO
travail | alexa je suis pharmacienne une touriste {} me demande sa capitale | libanaise=LB; israélienne=IL; saoudienne=SA
travail | alexa je suis facteur j'ai un colis pour {} c'est quoi la capitale | la zambie=ZM; le zimbabwe=ZW; le botswana=BW
travail | alexa je suis routier je livre {} c'est quoi la capitale | en pologne=PL; en lituanie=LT; en hongrie=HU
travail | alexa je suis kiné un patient {} m'a parlé de sa capitale je l'ai oubliée | népalais=NP; bhoutanais=BT; pakistanais=PK
travail | alexa je suis sommelier la carte a des vins {} c'est quoi leur capitale | géorgiens=GE; moldaves=MD; libanais=LB
travail | alexa je suis chauffeur de bus à la rochelle un passager {} cherche sa capitale | gambien=GM; guinéen de bissau=GW; cap-verdien=CV
travail | alexa à l'hôpital l'interne qui vient {} me demande sa capitale pour rire | de tunisie=TN; de mauritanie=MR; du sénégal=SN
travail | alexa je suis guide à versailles un groupe {} demande sa capitale | brésilien=BR; péruvien=PE; colombien=CO
travail | alexa je répare les vélib un gars {} me demande la capitale | ouzbek=UZ; tadjik=TJ; afghan=AF
travail | alexa je suis agent d'accueil à la préfecture un monsieur {} cherche la capitale de son pays | de la république centrafricaine=CF; du congo brazzaville=CG; de la rdc=CD
travail | alexa je suis assistante maternelle la maman du petit est {} c'est quoi sa capitale | ivoirienne la capitale politique=CI; burkinabée=BF; malienne=ML
# --- fr-FR: games
jeux | alexa à questions pour un champion le candidat a séché sur la capitale {} | du turkménistan=TM; du kirghizstan=KG; de l'ouzbékistan=UZ
jeux | alexa on joue au time's up et faut deviner la capitale {} | du pérou=PE; de la bolivie la capitale constitutionnelle=BO; du paraguay=PY
jeux | alexa à la belote on parie que tu sais pas la capitale {} | du burkina=BF; du niger=NE; de la guinée équatoriale=GQ
jeux | alexa on regarde koh-lanta ils sont {} c'est quoi la capitale | aux philippines=PH; au cambodge=KH; aux fidji=FJ
jeux | alexa pour fort boyard le père fouras demande la capitale {} | de l'érythrée=ER; de djibouti=DJ; du soudan du sud=SS
jeux | alexa dans la voiture on fait le jeu des capitales c'est quoi la capitale {} | du liberia=LR; de la sierra leone=SL; du ghana=GH
jeux | alexa au kahoot de la prof j'ai eu faux à la capitale {} | du kiribati=KI; des tuvalu=TV; de nauru=NR
jeux | alexa au monopoly monde la case {} c'est quoi sa capitale | de la micronésie=FM; des îles marshall=MH; des palaos=PW
jeux | alexa au scrabble mon mari a posé la capitale {} c'est bien ça | du canada ottawa=CA; de l'australie canberra=AU; du brésil brasilia=BR
jeux | alexa au dobble y a des drapeaux c'est quoi la capitale {} | des îles salomon=SB; de la papouasie=PG; du vanuatu=VU
jeux | alexa à des chiffres et des lettres y a eu une question bonus c'est quoi la capitale {} | de la namibie=NA; de l'angola=AO; du lesotho=LS
jeux | alexa au worldle de ce matin c'était {} c'est quoi la capitale | la somalie=SO; l'ouganda=UG; le soudan=SD
jeux | alexa au quiz du camping on a perdu sur la capitale {} | de sao tomé=ST; de maurice=MU; des seychelles=SC
# --- fr-FR: families with children (homework, bedtime, the car on the A7)
famille | alexa mon fils a un contrôle de géo demain c'est quoi la capitale {} | de l'allemagne=DE; de l'italie=IT; de l'espagne=ES
famille | alexa maman elle dit que la capitale {} c'est sydney c'est vrai ou pas | de l'australie=AU; australienne=AU; du pays des kangourous=AU
famille | alexa j'ai six ans et je veux savoir la capitale {} | de la france=FR; des pingouins non du groenland=GL; de l'égypte=EG
famille | alexa avant de dormir raconte-moi la capitale {} | de la chine=CN; de l'inde=IN; du japon=JP
famille | alexa sur l'autoroute du soleil les enfants demandent la capitale {} | de monaco=MC; de l'italie=IT; de la suisse=CH
famille | alexa ma fille fait un exposé sur {} elle veut la capitale | le sénégal=SN; le maroc=MA; madagascar=MG
famille | alexa papa a dit que la capitale {} c'est rio c'est faux hein | du brésil=BR; brésilienne=BR; des brésiliens=BR
famille | alexa mon petit frère il croit que la capitale {} c'est new york | des états-unis=US; de l'amérique=US; américaine=US
famille | alexa pour la fête des voisins on fait un quiz c'est quoi la capitale {} | du vatican=VA; de saint-marin=SM; de malte=MT
famille | alexa le prof de mon fils demande la capitale {} c'est pas une question de primaire ça | du kazakhstan=KZ; de l'azerbaïdjan=AZ; de l'arménie=AM
# --- fr-FR: students in Grenoble, Rennes and Paris ("en vrai", "du coup", "grave", "chelou")
etudiants | alexa en vrai c'est quoi la capitale {} je suis en pls | du myanmar=MM; de la birmanie=MM; du laos=LA
etudiants | alexa du coup la capitale {} c'est laquelle | de la nouvelle-zélande=NZ; de la tasmanie=AU-TAS; du queensland=AU-QLD
etudiants | alexa mon coloc erasmus il est {} c'est quoi sa capitale grave je sais pas | letton=LV; estonien=EE; lituanien=LT
etudiants | alexa c'est chelou mais je connais pas la capitale {} | de l'arabie saoudite=SA; d'oman=OM; du yémen=YE
etudiants | alexa pour ma soirée erasmus on a des gens {} c'est quoi leurs capitales | d'espagne=ES; de grèce=GR; de portugal=PT
etudiants | alexa j'ai un partiel de relations internationales c'est quoi la capitale {} | de la palestine=PS; du kosovo=XK; du sahara occidental=EH
etudiants | alexa ma binôme elle est {} c'est quoi la capitale déjà | tchèque=CZ; slovaque=SK; hongroise=HU
# --- fr-CA: Estrie (Sherbrooke students, Magog, Coaticook, the Vermont border)
estrie | alexa faque c'est quoi la capitale {} tsé j'ai un examen | du vermont=US-VT; du new hampshire=US-NH; du maine=US-ME | fr-CA
estrie | alexa à l'udes y a un étudiant {} c'est quoi la capitale de son pays | camerounais=CM; gabonais=GA; tchadien=TD | fr-CA
estrie | alexa on traverse la frontière à stanstead c'est quoi la capitale {} | des états-unis=US; du vermont=US-VT; de l'état de new york=US-NY | fr-CA
estrie | alexa au lac memphrémagog y a des touristes {} c'est quoi leur capitale | du massachusetts=US-MA; du connecticut=US-CT; du rhode island=US-RI | fr-CA
estrie | alexa à la laiterie de coaticook un client {} veut savoir la capitale | suisse=CH; belge=BE; néerlandais=NL | fr-CA
estrie | alexa tsé la capitale {} je l'ai jamais su | de la pennsylvanie=US-PA; du new jersey=US-NJ; du delaware=US-DE | fr-CA
# --- fr-CA: Outaouais (Gatineau federal public servants, the bridges to Ottawa, bilingual)
outaouais | alexa à la fonction publique on a une délégation {} c'est quoi leur capitale | du nigeria=NG; du ghana=GH; du kenya=KE | fr-CA
outaouais | alexa by the way c'est quoi la capitale {} j'ai une réunion à matin | de l'indonésie=ID; de la malaisie=MY; des philippines=PH | fr-CA
outaouais | alexa au bureau des passeports un monsieur {} demande sa capitale | jamaïcain=JM; trinidadien=TT; barbadien=BB | fr-CA
outaouais | alexa je traverse le pont pour aller à ottawa c'est-tu la capitale {} | du canada=CA; fédérale=CA; du pays=CA | fr-CA
outaouais | alexa aux affaires mondiales on me demande la capitale {} | du soudan=SD; du soudan du sud=SS; de l'éthiopie=ET | fr-CA
outaouais | alexa j'ai un briefing sur {} c'est quoi la capitale | le yémen=YE; oman=OM; les émirats=AE | fr-CA
# --- fr-CA: Bas-Saint-Laurent (Rimouski, Trois-Pistoles, Rivière-du-Loup)
bas-saint-laurent | alexa à rimouski y a un bateau {} au port c'est quoi sa capitale | norvégien=NO; libérien=LR; panaméen=PA | fr-CA
bas-saint-laurent | alexa bin là c'est quoi la capitale {} je m'en souviens pus | de la nouvelle-écosse=CA-NS; du nouveau-brunswick=CA-NB; de l'île-du-prince-édouard=CA-PE | fr-CA
bas-saint-laurent | alexa à l'école de trois-pistoles on étudie {} c'est quoi la capitale | la finlande=FI; la suède=SE; le danemark=DK | fr-CA
bas-saint-laurent | alexa à l'institut des sciences de la mer y a une chercheuse {} c'est quoi sa capitale | chilienne=CL; argentine=AR; uruguayenne=UY | fr-CA
bas-saint-laurent | alexa de rivière-du-loup le traversier va pas jusqu'à {} mais c'est quoi la capitale | terre-neuve=CA-NL; saint-pierre-et-miquelon=PM; l'île-du-prince-édouard=CA-PE | fr-CA
# --- fr-CA: Madelinots of the Îles-de-la-Madeleine (fishers, "à matin", "pantoute")
madelinots | alexa à matin au quai un pêcheur {} m'a demandé sa capitale | terre-neuvien=CA-NL; islandais=IS; féroïen=FO | fr-CA
madelinots | alexa je connais pantoute la capitale {} tu peux-tu me dire | du groenland=GL; de l'islande=IS; de la norvège=NO | fr-CA
madelinots | alexa sur le traversier du cma y a des touristes {} c'est quoi leur capitale | français=FR; belges=BE; suisses=CH | fr-CA
madelinots | alexa au homard on vend à des acheteurs {} c'est quoi la capitale | chinois=CN; coréens=KR; japonais=JP | fr-CA
# --- fr-CA: Laurentides and Lanaudière (chalets, the ski hill, Joliette)
laurentides | alexa au chalet on joue aux cartes pis on se demande la capitale {} | de la suisse=CH; de l'autriche=AT; de l'allemagne=DE | fr-CA
laurentides | alexa à tremblant y a des skieurs {} c'est quoi leur capitale | mexicains=MX; brésiliens=BR; colombiens=CO | fr-CA
laurentides | alexa au festival de lanaudière y a un orchestre {} c'est quoi la capitale | tchèque=CZ; hongrois=HU; polonais=PL | fr-CA
laurentides | alexa en motoneige on s'est rendus jusqu'en {} c'est quoi la capitale | outaouais non en ontario=CA-ON; ontario=CA-ON; ontario du nord=CA-ON | fr-CA
laurentides | alexa mon beau-frère de saint-jérôme y dit que la capitale {} c'est montréal | du québec=CA-QC; de la province=CA-QC; du canada=CA | fr-CA
# --- fr-CA: Franco-Westerners (Fransaskois of Regina and Gravelbourg, Franco-Albertans of Edmonton and Fort McMurray, Franco-Colombiens of Vancouver)
ouest | alexa icitte à gravelbourg on se demande la capitale {} | de la saskatchewan=CA-SK; du manitoba=CA-MB; de l'alberta=CA-AB | fr-CA
ouest | alexa à fort mac y a des gars {} sur le chantier c'est quoi leur capitale | de terre-neuve=CA-NL; du cap-breton non de la nouvelle-écosse=CA-NS; du nouveau-brunswick=CA-NB | fr-CA
ouest | alexa à vancouver mon colocataire est {} c'est quoi sa capitale | coréen du sud=KR; philippin=PH; indien du pendjab=IN-PB | fr-CA
ouest | alexa la capitale {} c'est-tu vancouver | de la colombie-britannique=CA-BC; de la c-b=CA-BC; de la bc=CA-BC | fr-CA
ouest | alexa à la cité francophone d'edmonton c'est quoi la capitale {} | du yukon=CA-YT; des territoires du nord-ouest=CA-NT; du nunavut=CA-NU | fr-CA
ouest | alexa on part en road trip {} c'est quoi la capitale | au montana=US-MT; dans le dakota du nord=US-ND; dans l'idaho=US-ID | fr-CA
ouest | alexa mon chum travaille dans le pétrole {} c'est quoi la capitale là-bas | au texas=US-TX; en oklahoma=US-OK; au wyoming=US-WY | fr-CA
# --- fr-CA: First Nations and Inuit speakers (Atikamekw of Manawan, Huron-Wendat of Wendake, Cree of Eeyou Istchee, Inuit of Nunavik)
premieres-nations | alexa kwei c'est quoi la capitale {} | du nunavut=CA-NU; du groenland=GL; de l'alaska=US-AK | fr-CA
premieres-nations | alexa à wendake au pow-wow y avait des danseurs {} c'est quoi leur capitale | de l'arizona=US-AZ; du nouveau-mexique=US-NM; de l'oklahoma=US-OK | fr-CA
premieres-nations | alexa wachiya c'est quoi la capitale {} mon garçon demande | du canada=CA; du manitoba=CA-MB; de l'ontario=CA-ON | fr-CA
premieres-nations | alexa à kuujjuaq ma fille veut savoir la capitale {} | du québec=CA-QC; du danemark=DK; de la norvège=NO | fr-CA
premieres-nations | alexa au conseil de bande on reçoit des gens {} c'est quoi leur capitale | de la bolivie les deux=BO; du pérou=PE; du guatemala=GT | fr-CA
# --- fr-CA: snowbirds (Québécois retirees in Florida and Arizona)
snowbirds | alexa icitte en floride c'est quoi la capitale {} c'est pas miami | de la floride=US-FL; de l'état=US-FL; floridienne=US-FL | fr-CA
snowbirds | alexa au parc de roulottes y a un couple {} c'est quoi leur capitale | de l'ohio=US-OH; du michigan=US-MI; de l'indiana=US-IN | fr-CA
snowbirds | alexa on descend par la quatre-vingt-quinze c'est quoi la capitale {} | de la caroline du nord=US-NC; de la caroline du sud=US-SC; de la virginie=US-VA | fr-CA
snowbirds | alexa ma femme dit que la capitale {} c'est phoenix ben voyons | de l'arizona=US-AZ; du nevada=US-NV; de l'utah=US-UT | fr-CA
snowbirds | alexa au bingo de hollywood florida une madame {} demande sa capitale | cubaine=CU; vénézuélienne=VE; dominicaine de la république=DO | fr-CA
snowbirds | alexa en revenant on passe par {} c'est quoi la capitale | le tennessee=US-TN; le kentucky=US-KY; la virginie-occidentale=US-WV | fr-CA
# --- fr-CA: Montréal and Laval immigrants (Lebanese, Vietnamese, Algerian, Colombian, Ukrainian, Iranian, Congolese)
immigres-qc | alexa yalla euh c'est quoi la capitale {} mon fils veut savoir | du liban=LB; de la syrie=SY; de la jordanie=JO | fr-CA
immigres-qc | alexa au dépanneur de côte-des-neiges un client {} me demande la capitale | vietnamien=VN; cambodgien=KH; laotien=LA | fr-CA
immigres-qc | alexa je suis ingénieur algérien ici on me demande la capitale {} | de l'algérie=DZ; du maroc=MA; de la libye=LY | fr-CA
immigres-qc | alexa parce que oye c'est quoi la capitale {} | de la colombie=CO; du venezuela=VE; de l'équateur=EC | fr-CA
immigres-qc | alexa je suis arrivée d'ukraine mon fils demande la capitale {} | de la moldavie=MD; de la roumanie=RO; de la pologne=PL | fr-CA
immigres-qc | alexa merci euh c'est quoi la capitale {} ma mère demande en persan | de l'iran=IR; de l'afghanistan=AF; du tadjikistan=TJ | fr-CA
immigres-qc | alexa mon frère étudie à l'uqam c'est quoi la capitale {} la vraie | du congo kinshasa=CD; de la république démocratique du congo=CD; du congo-brazzaville=CG | fr-CA
# --- fr-CA: at work
travail-qc | alexa je suis monteur de lignes chez hydro on envoie des équipes {} c'est quoi la capitale | au nouveau-brunswick=CA-NB; au vermont=US-VT; dans l'état de new york=US-NY | fr-CA
travail-qc | alexa je suis infirmière au clsc une patiente {} me demande sa capitale | haïtienne=HT; salvadorienne=SV; hondurienne=HN | fr-CA
travail-qc | alexa je suis éducatrice en cpe les amis veulent la capitale {} | des girafes non du kenya=KE; de la tanzanie=TZ; de l'afrique du sud=ZA | fr-CA
travail-qc | alexa je travaille à la saq le vin vient {} c'est quoi la capitale | d'argentine=AR; du chili=CL; de nouvelle-zélande=NZ | fr-CA
travail-qc | alexa à l'iga une cliente {} m'a demandé la capitale | sénégalaise=SN; guinéenne=GN; ivoirienne=CI | fr-CA
travail-qc | alexa chez bombardier à la pocatière on a un contrat {} c'est quoi la capitale | au mexique=MX; en inde=IN; en australie=AU | fr-CA
travail-qc | alexa je chauffe un taxi à dorval un client {} veut sa capitale | égyptien=EG; marocain=MA; tunisien=TN | fr-CA
travail-qc | alexa je travaille au jean coutu une cliente {} me demande la capitale | mexicaine=MX; guatémaltèque=GT; péruvienne=PE | fr-CA
travail-qc | alexa je suis préposé au costco un client {} cherche sa capitale | chinois=CN; coréen=KR; sri-lankais=LK | fr-CA
travail-qc | alexa je suis conducteur chez via rail le train va {} c'est quoi la capitale | en ontario=CA-ON; au nouveau-brunswick=CA-NB; en nouvelle-écosse=CA-NS | fr-CA
travail-qc | alexa je fais du déménagement un client déménage {} c'est quoi la capitale | en alberta=CA-AB; en colombie-britannique=CA-BC; au manitoba=CA-MB | fr-CA
travail-qc | alexa je suis guide de baleines à tadoussac y a des touristes {} c'est quoi leur capitale | allemands=DE; hollandais=NL; suisses=CH | fr-CA
travail-qc | alexa sur la ferme en montérégie on a des travailleurs {} c'est quoi la capitale | guatémaltèques=GT; mexicains=MX; honduriens=HN | fr-CA
travail-qc | alexa je suis mécano un client {} me jase de sa capitale | portugais=PT; açorien non portugais=PT; brésilien=BR | fr-CA
# --- fr-CA: games
jeux-qc | alexa à la poule aux oeufs d'or la question c'était la capitale {} | de l'île-du-prince-édouard=CA-PE; de terre-neuve=CA-NL; de la saskatchewan=CA-SK | fr-CA
jeux-qc | alexa au bingo de la salle paroissiale on fait une question bonus la capitale {} | du yukon=CA-YT; du nunavut=CA-NU; des territoires du nord-ouest=CA-NT | fr-CA
jeux-qc | alexa au crib mononcle gage que je sais pas la capitale {} | de l'islande=IS; du luxembourg=LU; de monaco=MC | fr-CA
jeux-qc | alexa dans notre pool de hockey y a un joueur {} c'est quoi la capitale | finlandais=FI; suédois=SE; letton=LV | fr-CA
jeux-qc | alexa au quiz du resto du vendredi c'est quoi la capitale {} | de la slovénie=SI; de la slovaquie=SK; de la croatie=HR | fr-CA
jeux-qc | alexa au réveillon on joue aux capitales c'est quoi la capitale {} | de la grèce=GR; de chypre=CY; de malte=MT | fr-CA
jeux-qc | alexa au kahoot de mon prof de sec trois c'était la capitale {} | de l'australie=AU; du territoire du nord=AU-NT; de l'australie-occidentale=AU-WA | fr-CA
jeux-qc | alexa au jeu de société atlas on a tiré la carte {} c'est quoi la capitale | de l'uruguay=UY; du paraguay=PY; de l'argentine=AR | fr-CA
# --- fr-CA: families in Laval, Longueuil and Lévis (children 6 to 10, the camp de jour)
familles-qc | alexa au camp de jour la monitrice a demandé la capitale {} | de la france=FR; de l'angleterre=GB-ENG; de l'irlande=IE | fr-CA
familles-qc | alexa maman dit que la capitale {} c'est toronto c'est-tu vrai | du canada=CA; de l'ontario=CA-ON; canadienne=CA | fr-CA
familles-qc | alexa j'ai huit ans pis je veux savoir la capitale {} | de la russie=RU; de la chine=CN; de l'inde=IN | fr-CA
familles-qc | alexa pour mes devoirs de sciences humaines c'est quoi la capitale {} | de la nouvelle-france non du québec=CA-QC; de la province de québec=CA-QC; du québec=CA-QC | fr-CA
familles-qc | alexa bin là papa sait pas la capitale {} | du japon=JP; de la corée du sud=KR; de la thaïlande=TH | fr-CA
# --- shared families, fr-FR
follow-up | et {} alors | celle du ghana=GH; pour le togo=TG; pour le bénin=BJ
follow-up | alexa et pour {} | la hongrie=HU; l'autriche=AT; la slovaquie=SK
follow-up | ok et {} c'est quoi | le yémen=YE; la jordanie=JO; le koweït=KW
follow-up | d'accord merci et celle {} tant qu'on y est | de la croatie=HR; du monténégro=ME; de l'albanie=AL
follow-up | ah oui et {} maintenant | la mongolie=MN; le népal=NP; le laos=LA
follow-up | et puis {} aussi | le malawi=MW; la zambie=ZM; le mozambique=MZ
follow-up | attends et {} du coup | l'écosse=GB-SCT; le pays de galles=GB-WLS; l'irlande du nord=GB-NIR
follow-up | bon et {} | le guatemala=GT; le honduras=HN; le belize=BZ
follow-up | et la capitale {} pendant que t'y es | du burundi=BI; du rwanda=RW; de l'ouganda=UG
plural-capitals | alexa c'est quoi les capitales {} j'ai lu qu'il y en a plusieurs | de l'afrique du sud=ZA; de la bolivie=BO; du bénin=BJ
plural-capitals | alexa la maîtresse a dit que {} a deux capitales c'est lesquelles | le sri lanka=LK; la malaisie=MY; la côte d'ivoire=CI
plural-capitals | alexa donne-moi toutes les capitales {} | des pays-bas=NL; de l'eswatini=SZ; de la palestine=PS
plural-capitals | alexa pourquoi {} a plusieurs capitales et c'est lesquelles | l'afrique du sud=ZA; la bolivie=BO; les pays-bas=NL
plural-capitals | alexa les deux capitales {} tu les connais | du swaziland=SZ; du bénin cotonou et l'autre=BJ; de la côte d'ivoire=CI
plural-capitals | alexa j'ai un doute c'est quoi les capitales officielles {} | de la malaisie=MY; du sri lanka=LK; de la palestine=PS
subdivision | alexa c'est quoi la capitale {} en allemagne | de la bavière=DE-BY; du bade-wurtemberg=DE-BW; de la saxe-anhalt=DE-ST
subdivision | alexa quelle est la capitale du land {} | de hesse=DE-HE; de brandebourg=DE-BB; du schleswig-holstein=DE-SH
subdivision | alexa c'est quoi le chef-lieu {} | de la guadeloupe=GP; de la réunion=RE; de mayotte=YT
subdivision | alexa la capitale de l'état indien {} c'est quoi | du rajasthan=IN-RJ; du tamil nadu=IN-TN; du bengale-occidental=IN-WB
subdivision | alexa la capitale de l'état brésilien {} | du minas gerais=BR-MG; du pernambouc=BR-PE; du rio grande do sul=BR-RS
subdivision | alexa la capitale de l'état mexicain {} c'est quoi | du yucatán=MX-YUC; de oaxaca=MX-OAX; du chiapas=MX-CHP
subdivision | alexa c'est quoi la capitale {} en australie | de la nouvelle-galles du sud=AU-NSW; du victoria=AU-VIC; de l'australie-méridionale=AU-SA
subdivision | alexa la capitale {} c'est laquelle | de la polynésie française=PF; de la nouvelle-calédonie=NC; de wallis-et-futuna=WF
subdivision | alexa c'est quoi la capitale de l'état {} aux états-unis | de washington=US-WA; du colorado=US-CO; de l'illinois=US-IL
subdivision | alexa la capitale {} tu sais | de l'angleterre=GB-ENG; de l'écosse=GB-SCT; de l'irlande du nord=GB-NIR
subdivision | alexa dans le sud de l'inde c'est quoi la capitale {} | du kerala=IN-KL; du maharashtra=IN-MH; du karnataka=IN-KA
subdivision | alexa la capitale des îles {} | féroé=FO; åland=AX; caïmans=KY
subdivision | alexa la capitale {} dans les caraïbes | de porto rico=PR; des bermudes=BM; des îles turques-et-caïques=TC
yes-no-check | alexa est-ce que la capitale {} | de la turquie c'est istanbul=TR; du maroc c'est casablanca=MA; de la suisse c'est genève=CH
yes-no-check | alexa c'est vrai que {} | lagos c'est la capitale du nigeria=NG; karachi c'est la capitale du pakistan=PK; auckland c'est la capitale de la nouvelle-zélande=NZ
yes-no-check | alexa j'ai raison si je dis que la capitale {} | du canada c'est ottawa=CA; de l'australie c'est canberra=AU; du brésil c'est brasilia=BR
yes-no-check | alexa vérifie-moi un truc la capitale {} | du kazakhstan c'est toujours astana=KZ; du myanmar c'est rangoun=MM; de la tanzanie c'est dar es salaam=TZ
yes-no-check | alexa dis-moi si {} | bonn c'est encore la capitale de l'allemagne=DE; almaty c'est la capitale du kazakhstan=KZ; abidjan c'est la capitale de la côte d'ivoire=CI
self-correction | alexa c'est quoi la capitale {} oups | de la slovénie euh non de la slovaquie=SK; de l'autriche pardon de l'australie=AU; de la suède non de la suisse=CH
self-correction | alexa la capitale {} je me mélange | de l'iran enfin de l'irak=IQ; du niger non du nigeria=NG; de la guinée euh la guinée-bissau=GW
self-correction | alexa dis-moi la capitale {} pardon j'ai la tête ailleurs | de la colombie attends non de la bolivie=BO; du mali pardon de malte=MT; de la lettonie ah non la lituanie=LT
self-correction | alexa c'est quoi la capitale {} je me suis trompé | de la gambie non de la zambie=ZM; du tchad non du soudan=SD; de la mauritanie non de l'île maurice=MU
self-correction | alexa attends la capitale {} | de l'autriche non de l'allemagne=DE; du paraguay euh de l'uruguay=UY; de la dominique attends de la république dominicaine=DO
reverse-question | alexa {} c'est la capitale de quel pays | ouagadougou=CITY:Ouagadougou; tegucigalpa=CITY:Tegucigalpa; oulan-bator=CITY:Oulan-Bator
reverse-question | alexa de quel pays {} est la capitale | bichkek=CITY:Bichkek; achgabat=CITY:Achgabat; douchanbé=CITY:Douchanbé
reverse-question | alexa {} c'est la capitale de quoi | canberra=CITY:Canberra; wellington=CITY:Wellington; port moresby=CITY:Port Moresby
reverse-question | alexa tu sais de quel pays {} est la capitale | vientiane=CITY:Vientiane; katmandou=CITY:Katmandou; thimphou=CITY:Thimphu
official-name | alexa quelle est la capitale {} en bon français | de la république fédérale d'allemagne=DE; de la confédération suisse=CH; du royaume d'espagne=ES
official-name | alexa la capitale {} s'il te plaît | de la république populaire de chine=CN; de la fédération de russie=RU; de la république islamique d'iran=IR
official-name | alexa dis-moi donc la capitale {} pour mon mémoire | de la république arabe d'égypte=EG; du royaume hachémite de jordanie=JO; de l'état d'israël=IL
official-name | alexa c'est quoi la capitale {} d'après le manuel | du royaume des pays-bas=NL; de la république de corée=KR; de la république tchèque=CZ
everyday-name | alexa vite fait c'est quoi la capitale {} | de l'angleterre=GB-ENG; des states=US; de la hollande=NL
everyday-name | alexa la capitale {} c'est quoi | de la birmanie=MM; du swaziland=SZ; de la perse=IR
everyday-name | alexa dis-moi la capitale {} comme disent les vieux | de la côte d'ivoire=CI; de la grande-bretagne=GB; de l'amérique=US
shared-name | alexa euh c'est quoi la capitale {} en fait | du congo=CD+CG; de la géorgie=GE+US-GA; de la corée=KP+KR
shared-name | alexa les capitales {} | des deux congo=CD+CG; des deux corées=KP+KR; des îles vierges=VG+VI
shared-name | alexa la capitale de la dominique et {} | de la république dominicaine=DM+DO; celle de la république dominicaine=DM+DO; de la dominicaine=DM+DO
# --- shared families, fr-CA
follow-up | pis {} | le chili=CL; l'argentine=AR; le pérou=PE | fr-CA
follow-up | ok pis {} tant qu'à faire | la norvège=NO; la finlande=FI; le danemark=DK | fr-CA
follow-up | c'est bon pis celle {} | de la géorgie le pays=GE; de l'arménie=AM; de l'azerbaïdjan=AZ | fr-CA
follow-up | coudonc pis {} | le sénégal=SN; le mali=ML; la guinée=GN | fr-CA
follow-up | ah ouin pis {} asteure | la jamaïque=JM; haïti=HT; cuba=CU | fr-CA
plural-capitals | alexa c'est quoi les capitales {} mon prof dit qu'y en a plusieurs | de l'afrique du sud=ZA; des pays-bas=NL; de la malaisie=MY | fr-CA
plural-capitals | alexa y a-tu vraiment deux capitales {} | au bénin=BJ; en bolivie=BO; au sri lanka=LK | fr-CA
plural-capitals | alexa nomme-moi les capitales {} | de la côte d'ivoire=CI; de l'eswatini=SZ; de la palestine=PS | fr-CA
subdivision | alexa c'est quoi la capitale provinciale {} | de l'alberta=CA-AB; de la saskatchewan=CA-SK; du nouveau-brunswick=CA-NB | fr-CA
subdivision | alexa la capitale de l'état {} c'est-tu | de la californie=US-CA; du minnesota=US-MN; du wisconsin=US-WI | fr-CA
subdivision | alexa c'est quoi la capitale {} dans les maritimes | de la nouvelle-écosse=CA-NS; de l'î-p-é=CA-PE; de l'île=CA-PE | fr-CA
subdivision | alexa la capitale territoriale {} | du yukon=CA-YT; du nunavut=CA-NU; des territoires du nord-ouest=CA-NT | fr-CA
subdivision | alexa la capitale {} aux états | du massachusetts=US-MA; de la louisiane=US-LA; de l'alabama=US-AL | fr-CA
subdivision | alexa en allemagne c'est quoi la capitale {} | de la basse-saxe=DE-NI; de la rhénanie-palatinat=DE-RP; de la sarre=DE-SL | fr-CA
yes-no-check | alexa c'est-tu vrai que la capitale {} | de l'ontario c'est ottawa=CA-ON; de la colombie-britannique c'est victoria=CA-BC; de terre-neuve c'est saint-jean=CA-NL | fr-CA
yes-no-check | alexa gage-toi que la capitale {} | du québec c'est montréal=CA-QC; de l'alberta c'est calgary=CA-AB; du manitoba c'est winnipeg=CA-MB | fr-CA
self-correction | alexa c'est quoi la capitale {} je me suis mêlé | du manitoba euh non de la saskatchewan=CA-SK; de l'alberta pardon de la colombie=CA-BC; du nouveau-brunswick non de la nouvelle-écosse=CA-NS | fr-CA
self-correction | alexa la capitale {} voyons donc | de l'autriche ben non de l'australie=AU; de la suède voyons de la suisse=CH; de la slovaquie non slovénie=SI | fr-CA
reverse-question | alexa {} c'est-tu la capitale de quelle province | regina=CITY:Regina; fredericton=CITY:Fredericton; charlottetown=CITY:Charlottetown | fr-CA
reverse-question | alexa {} c'est la capitale de quel état | tallahassee=CITY:Tallahassee; sacramento=CITY:Sacramento; albany=CITY:Albany | fr-CA
official-name | alexa la capitale {} comme dans les papiers officiels | des états-unis d'amérique=US; du royaume-uni de grande-bretagne et d'irlande du nord=GB; de la république française=FR | fr-CA
official-name | alexa c'est quoi la capitale {} le nom au complet | des états-unis mexicains=MX; de la république fédérative du brésil=BR; de la république argentine=AR | fr-CA
everyday-name | alexa c'est quoi la capitale {} comme on dit | des states=US; de la belle province=CA-QC; des îles britanniques=GB | fr-CA
everyday-name | alexa la capitale {} comme disait mon grand-père | du congo belge=CD; de la hollande=NL; de la tchécoslovaquie non la tchéquie=CZ | fr-CA
shared-name | alexa c'est quoi la capitale {} y en a deux je pense | des congo=CD+CG; des corées=KP+KR; de la géorgie=GE+US-GA | fr-CA
shared-name | alexa coudonc la capitale {} | des îles vierges=VG+VI; du congo=CD+CG; de la corée=KP+KR | fr-CA
# --- help
help | alexa je comprends pas comment on joue avec les capitales tu m'expliques | HELP
help | alexa gavé perdu là qu'est-ce que je peux te demander | HELP
help | alexa ma grand-mère sait pas comment te parler tu peux lui expliquer | HELP
help | alexa c'est quoi les questions qu'on peut te poser sur les pays | HELP
help | alexa aide-moi je sais pas quoi dire pour avoir une capitale | HELP
help | alexa comment ça marche ton truc des capitales | HELP
help | alexa je suis perdue tu fais quoi au juste | HELP
help | alexa dis-moi ce que tu sais faire avec les pays et les capitales | HELP
help | alexa j'ai besoin d'aide pour utiliser le jeu | HELP
help | alexa p'têt ben que tu peux m'expliquer comment ça fonctionne | HELP
help | alexa mode d'emploi s'il te plaît | HELP
help | alexa je suis en pls j'ai besoin d'aide | HELP
help | alexa sorry je parle pas bien comment je demande une capitale | HELP
help | alexa qu'est-ce qu'il faut dire pour avoir la capitale d'un pays | HELP
help | alexa explique aux enfants comment on joue | HELP
help | alexa tu peux-tu m'aider je comprends rien | HELP | fr-CA
help | alexa faque comment ça marche ton affaire | HELP | fr-CA
help | alexa je sais pas quoi te demander aide-moi donc | HELP | fr-CA
help | alexa qu'est-ce que je peux te demander au juste | HELP | fr-CA
help | alexa mon père est perdu peux-tu lui expliquer comment ça marche | HELP | fr-CA
help | alexa c'est quoi les commandes pour les capitales | HELP | fr-CA
help | alexa aide s'il vous plaît je suis nouveau ici | HELP | fr-CA
help | alexa j'ai besoin d'un coup de main pour le jeu des capitales | HELP | fr-CA
help | alexa tsé je sais pas comment te parler explique-moi | HELP | fr-CA
help | alexa c'est quoi que tu fais exactement | HELP | fr-CA
# --- stop
stop | alexa stop c'est bon on a fini | STOP
stop | alexa arrête on passe à table | STOP
stop | alexa tais-toi les enfants dorment | STOP
stop | alexa quitte le jeu des capitales | STOP
stop | alexa arrête-toi là merci | STOP
stop | alexa c'est fini pour ce soir stop | STOP
stop | alexa ferme-la s'il te plaît | STOP
stop | alexa stop stop stop | STOP
stop | alexa arrête de parler j'ai un appel | STOP
stop | alexa on arrête le quiz | STOP
stop | alexa silence maintenant | STOP
stop | alexa sors du jeu | STOP
stop | alexa arrête gavé | STOP
stop | alexa farme-toi là | STOP | fr-CA
stop | alexa arrête ça là c'est assez | STOP | fr-CA
stop | alexa ok stop on s'en va au dépanneur | STOP | fr-CA
stop | alexa tais-toi donc | STOP | fr-CA
stop | alexa ferme le jeu des capitales | STOP | fr-CA
stop | alexa arrête on a fini les devoirs | STOP | fr-CA
stop | alexa c'est assez pour à soir | STOP | fr-CA
stop | alexa quitte asteure | STOP | fr-CA
stop | alexa stop là mononcle est arrivé | STOP | fr-CA
stop | alexa arrête le jeu pis éteins-toi | STOP | fr-CA
# --- cancel
cancel | alexa annule ma question | CANCEL
cancel | alexa laisse tomber je vais chercher sur mon téléphone | CANCEL
cancel | alexa oublie ce que je viens de dire | CANCEL
cancel | alexa non rien en fait | CANCEL
cancel | alexa annule c'est pas grave | CANCEL
cancel | alexa laisse tomber le petit a trouvé tout seul | CANCEL
cancel | alexa oublie ça on a la réponse | CANCEL
cancel | alexa annule annule je me suis trompé | CANCEL
cancel | alexa finalement non laisse | CANCEL
cancel | alexa laisse tomber c'était pour rire | CANCEL
cancel | alexa annule la demande | CANCEL
cancel | alexa oublie ma question de tout à l'heure | CANCEL
cancel | alexa annule ça c'est pantoute important | CANCEL | fr-CA
cancel | alexa laisse faire | CANCEL | fr-CA
cancel | alexa laisse faire c'est correct | CANCEL | fr-CA
cancel | alexa oublie ça mon chum le savait | CANCEL | fr-CA
cancel | alexa annule j'ai pas dit ça | CANCEL | fr-CA
cancel | alexa non laisse faire finalement | CANCEL | fr-CA
cancel | alexa oublie ça c'est pas grave | CANCEL | fr-CA
cancel | alexa annule la question de ma fille | CANCEL | fr-CA
cancel | alexa laisse faire je vais regarder dans l'atlas | CANCEL | fr-CA
cancel | alexa oublie ça on change de sujet | CANCEL | fr-CA
# --- launch (the skill's French name guessed: "capitales du monde")
launch | alexa ouvre capitales du monde | LAUNCH
launch | alexa lance capitales du monde s'il te plaît | LAUNCH
launch | alexa démarre le jeu capitales du monde pour les enfants | LAUNCH
launch | alexa ouvre capitales du monde on fait un quiz | LAUNCH
launch | alexa je veux jouer à capitales du monde | LAUNCH
launch | alexa lance l'appli capitales du monde | LAUNCH
launch | alexa mets capitales du monde gavé vite | LAUNCH
launch | alexa ouvre-moi capitales du monde pour réviser la géo | LAUNCH
launch | alexa part capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre donc capitales du monde | LAUNCH | fr-CA
launch | alexa lance capitales du monde pour les enfants du camp | LAUNCH | fr-CA
launch | alexa démarre capitales du monde pis on joue | LAUNCH | fr-CA
launch | alexa peux-tu ouvrir capitales du monde | LAUNCH | fr-CA
launch | alexa parte capitales du monde asteure | LAUNCH | fr-CA
# --- out-of-domain, fr-FR
out-of-domain | alexa c'est quoi la capitale de la nouvelle-aquitaine | FB
out-of-domain | alexa la capitale de l'auvergne-rhône-alpes c'est lyon ou clermont | FB
out-of-domain | alexa c'est quoi la capitale de la gironde | FB
out-of-domain | alexa la capitale de la savoie c'est chambéry non | FB
out-of-domain | alexa c'est quoi la capitale de la normandie rouen ou caen | FB
out-of-domain | alexa la capitale de la catalogne c'est barcelone | FB
out-of-domain | alexa c'est quoi la capitale du pays cathare | FB
out-of-domain | alexa la capitale de la bourgogne du temps des ducs | FB
out-of-domain | alexa c'est quoi la capitale du cantal | FB
out-of-domain | alexa la capitale du périgord noir | FB
out-of-domain | alexa c'est quoi la capitale du cotentin | FB
out-of-domain | alexa la capitale de l'occitanie c'est toulouse hein | FB
out-of-domain | alexa c'est quoi la capitale de l'empire khmer | FB
out-of-domain | alexa la capitale de l'indochine française | FB
out-of-domain | alexa la capitale de l'empire ottoman avant istanbul | FB
out-of-domain | alexa c'est quoi la capitale de la prusse | FB
out-of-domain | alexa la capitale de l'empire aztèque | FB
out-of-domain | alexa c'est quoi la capitale du royaume de navarre | FB
out-of-domain | alexa la capitale de la gaule romaine | FB
out-of-domain | alexa c'est quoi la capitale du wakanda | FB
out-of-domain | alexa la capitale de la terre du milieu | FB
out-of-domain | alexa c'est quoi la capitale de westeros dans game of thrones | FB
out-of-domain | alexa la capitale du royaume d'arendelle | FB
out-of-domain | alexa c'est quoi la capitale de la lune | FB
out-of-domain | alexa la capitale de la sibérie | FB
out-of-domain | alexa c'est quoi la capitale du kurdistan | FB
out-of-domain | alexa la capitale de la flandre | FB
out-of-domain | alexa c'est quoi la capitale de la wallonie | FB
out-of-domain | alexa la capitale de la sicile | FB
out-of-domain | alexa c'est quoi la capitale de la toscane | FB
out-of-domain | alexa la capitale de l'andalousie c'est séville | FB
out-of-domain | alexa c'est quoi la capitale de la transylvanie | FB
out-of-domain | alexa la capitale du tyrol | FB
out-of-domain | alexa c'est quoi la capitale de la patagonie | FB
out-of-domain | alexa la capitale de l'ossétie du sud | FB
out-of-domain | alexa c'est quoi la capitale du somaliland | FB
out-of-domain | alexa la capitale de la transnistrie | FB
out-of-domain | alexa c'est quoi la capitale du haut-karabagh | FB
out-of-domain | alexa la capitale de l'abkhazie | FB
out-of-domain | alexa c'est quoi la capitale de la zone euro | FB
out-of-domain | alexa la capitale européenne de la culture cette année | FB
out-of-domain | alexa c'est quoi la capitale mondiale du fromage | FB
out-of-domain | alexa bordeaux c'est la capitale du vin non | FB
out-of-domain | alexa pourquoi on dit que dijon c'est la capitale de la moutarde | FB
out-of-domain | alexa clermont c'est la capitale du pneu | FB
out-of-domain | alexa c'est quoi un capital social pour une sarl | FB
out-of-domain | alexa combien j'ai de capital sur mon assurance-vie | FB
out-of-domain | alexa c'est quoi le capital-décès de la sécu | FB
out-of-domain | alexa comment on écrit une lettre capitale | FB
out-of-domain | alexa la peine capitale existe encore en france | FB
out-of-domain | alexa c'est quoi les sept péchés capitaux | FB
out-of-domain | alexa qui a écrit le capital | FB
out-of-domain | alexa mets la radio france bleu gironde | FB
out-of-domain | alexa quel temps il fait à annecy demain | FB
out-of-domain | alexa allume la lumière du salon | FB
out-of-domain | alexa mets un minuteur de dix minutes pour les pâtes | FB
out-of-domain | alexa rajoute du camembert sur la liste de courses | FB
out-of-domain | alexa c'est qui qui a gagné le match de l'asm | FB
out-of-domain | alexa joue du zouk | FB
out-of-domain | alexa combien d'habitants à paris | FB
out-of-domain | alexa quelle heure il est à hanoï | FB
out-of-domain | alexa c'est quoi la plus grande ville du brésil | FB
out-of-domain | alexa c'est quoi la monnaie du vietnam | FB
out-of-domain | alexa quelle langue on parle au suriname | FB
out-of-domain | alexa combien de kilomètres entre lyon et genève | FB
out-of-domain | alexa raconte-moi une blague | FB
out-of-domain | alexa mets le réveil à six heures | FB
out-of-domain | alexa c'est quoi le plus haut sommet d'auvergne | FB
out-of-domain | alexa c'est quand le prochain train pour rouen | FB
out-of-domain | alexa joue la marseillaise | FB
out-of-domain | alexa quel est le drapeau du japon | FB
# --- out-of-domain, fr-CA
out-of-domain | alexa c'est quoi la capitale de l'estrie | FB | fr-CA
out-of-domain | alexa la capitale de l'outaouais c'est-tu gatineau | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du bas-saint-laurent | FB | fr-CA
out-of-domain | alexa la capitale des îles-de-la-madeleine | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale des laurentides | FB | fr-CA
out-of-domain | alexa la capitale de lanaudière c'est joliette | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du lac-saint-jean | FB | fr-CA
out-of-domain | alexa la capitale de la nouvelle-angleterre | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du nunavik | FB | fr-CA
out-of-domain | alexa la capitale d'eeyou istchee | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'acadie | FB | fr-CA
out-of-domain | alexa la capitale du bas-canada dans le temps | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du haut-canada | FB | fr-CA
out-of-domain | alexa la capitale de la terre de rupert | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du canada-uni en mil huit cent quarante | FB | fr-CA
out-of-domain | alexa la capitale de la confédération sudiste | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la californie du sud | FB | fr-CA
out-of-domain | alexa la capitale de la floride du sud | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'île de montréal | FB | fr-CA
out-of-domain | alexa la capitale de l'atlantide | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de narnia | FB | fr-CA
out-of-domain | alexa la capitale du pôle nord chez le père noël | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la gaspésie | FB | fr-CA
out-of-domain | alexa montréal c'est la capitale de la poutine | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale du hockey | FB | fr-CA
out-of-domain | alexa victoriaville c'est-tu la capitale du recyclage | FB | fr-CA
out-of-domain | alexa c'est quoi mon capital de rer | FB | fr-CA
out-of-domain | alexa c'est quoi un gain en capital sur un chalet | FB | fr-CA
out-of-domain | alexa comment on met une majuscule capitale sur le clavier | FB | fr-CA
out-of-domain | alexa quel temps fait-il à rimouski | FB | fr-CA
out-of-domain | alexa mets rouge fm | FB | fr-CA
out-of-domain | alexa allume la thermopompe | FB | fr-CA
out-of-domain | alexa rajoute du lait sur ma liste d'épicerie | FB | fr-CA
out-of-domain | alexa c'est quoi le score du canadien | FB | fr-CA
out-of-domain | alexa combien de temps pour aller à tremblant | FB | fr-CA
out-of-domain | alexa la traverse des îles part à quelle heure | FB | fr-CA
out-of-domain | alexa joue du fred pellerin | FB | fr-CA
out-of-domain | alexa c'est quoi la plus grosse ville de l'alberta | FB | fr-CA
out-of-domain | alexa quelle heure est-il à vancouver | FB | fr-CA
out-of-domain | alexa mets une minuterie pour le pâté chinois | FB | fr-CA
out-of-domain | alexa c'est quoi la population du québec | FB | fr-CA
out-of-domain | alexa quelle langue on parle au nunavut | FB | fr-CA
out-of-domain | alexa conte-moi une histoire de pêche | FB | fr-CA
out-of-domain | alexa c'est quoi l'hymne national du canada | FB | fr-CA
out-of-domain | alexa la monnaie de la floride c'est-tu le dollar américain | FB | fr-CA
# --- second batch: more speaker frames
bordeaux | alexa à la fête du vin sur les quais un stand {} c'est quoi la capitale | sud-africain la capitale législative=ZA; chilien=CL; néo-zélandais=NZ
normandie | alexa ma mémé de lisieux elle a une correspondante {} c'est quoi sa capitale | canadienne=CA; québécoise=CA-QC; écossaise=GB-SCT
auvergne | alexa au sommet du puy de dôme un groupe {} demande sa capitale | hollandais=NL; flamand de belgique=BE; luxembourgeois=LU
antilles | alexa mon cousin est parti à {} c'est quoi la capitale là-bas | montréal au québec=CA-QC; porto rico=PR; la barbade=BB
asie-paris | alexa grand-père dit que la capitale {} avant c'était autre chose c'est quoi maintenant | de la birmanie=MM; du kazakhstan=KZ; du cambodge=KH
etudiants | alexa grave en retard pour le td c'est quoi la capitale {} | du pakistan=PK; du bangladesh=BD; du sri lanka=LK
travail | alexa je suis hôtesse au salon de l'agriculture un éleveur {} me demande sa capitale | irlandais=IE; uruguayen=UY; mongol=MN
jeux | alexa au blind test des hymnes c'était l'hymne {} c'est quoi la capitale | de l'ouzbékistan=UZ; du qatar=QA; de la jamaïque=JM
estrie | alexa mon voisin de north hatley vient {} c'est quoi la capitale | du connecticut=US-CT; de l'ontario=CA-ON; d'angleterre=GB-ENG | fr-CA
outaouais | alexa au musée de l'histoire y a une expo sur {} c'est quoi la capitale | l'égypte=EG; la grèce=GR; le pérou=PE | fr-CA
madelinots | alexa ouin bin la capitale {} tu la sais-tu | de saint-pierre-et-miquelon=PM; de terre-neuve-et-labrador=CA-NL; des bermudes=BM | fr-CA
laurentides | alexa au camp de vacances les jeunes viennent {} c'est quoi leur capitale | de la louisiane=US-LA; du mexique=MX; de la belgique=BE | fr-CA
premieres-nations | alexa ma kokom veut savoir la capitale {} | du québec=CA-QC; du canada=CA; du labrador non de terre-neuve-et-labrador=CA-NL | fr-CA
immigres-qc | alexa je suis libanaise ma fille fait un projet sur {} c'est quoi la capitale | l'arménie=AM; chypre=CY; l'égypte=EG | fr-CA
travail-qc | alexa je suis répartiteur au neuf un un un appel vient d'un touriste {} c'est quoi sa capitale | irlandais=IE; polonais=PL; islandais=IS | fr-CA
jeux-qc | alexa au jeu de la roue la catégorie c'est capitales c'est quoi la capitale {} | de la mongolie=MN; du népal=NP; du bhoutan=BT | fr-CA
familles-qc | alexa ma grande a un oral sur {} c'est quoi la capitale | le kenya=KE; l'éthiopie=ET; le maroc=MA | fr-CA
snowbirds | alexa au golf de myrtle beach un monsieur {} demande sa capitale | de la géorgie l'état=US-GA; de la caroline du sud=US-SC; de l'alabama=US-AL | fr-CA
ouest | alexa à saint-boniface non à regina on se demande la capitale {} | du dakota du sud=US-SD; du nebraska=US-NE; du kansas=US-KS | fr-CA
# --- more reverse questions
reverse-question | alexa {} c'est dans quel pays | ouagadougou la capitale=CITY:Ouagadougou; la capitale nommée tbilissi=CITY:Tbilissi; la ville de bakou=CITY:Bakou
reverse-question | alexa ma fille me demande {} est la capitale | de quel pays asmara=CITY:Asmara; de quel pays lusaka=CITY:Lusaka; de quel pays harare=CITY:Harare
reverse-question | alexa j'ai vu {} sur la carte c'est la capitale de quel pays | nouakchott=CITY:Nouakchott; niamey=CITY:Niamey; bamako=CITY:Bamako
reverse-question | alexa {} c'est-tu une capitale pis de quoi | iqaluit=CITY:Iqaluit; yellowknife=CITY:Yellowknife; halifax=CITY:Halifax | fr-CA
reverse-question | alexa à la poule aux oeufs d'or {} c'est la capitale de quel pays | montevideo=CITY:Montevideo; asuncion=CITY:Asunción; caracas=CITY:Caracas | fr-CA
# --- more stop and cancel
stop | alexa arrête le jeu on arrive au péage | STOP
stop | alexa stop la prof rentre en classe | STOP
stop | alexa c'est bon arrête j'ai la migraine | STOP
stop | alexa coupe le jeu des capitales on mange | STOP
stop | alexa arrête de jouer mamie est fatiguée | STOP
stop | alexa stop on va se coucher les enfants | STOP
stop | alexa arrête le quiz le souper est prêt | STOP | fr-CA
stop | alexa ça suffit pour à matin arrête | STOP | fr-CA
stop | alexa stop le bingo commence | STOP | fr-CA
stop | alexa farme-la on a de la visite | STOP | fr-CA
cancel | alexa non non annule j'ai mal posé la question | CANCEL
cancel | alexa laisse tomber le prof a donné la réponse | CANCEL
cancel | alexa oublie ça c'était ma fille qui jouait | CANCEL
cancel | alexa annule je voulais pas te réveiller | CANCEL
cancel | alexa laisse tomber on regarde dans le dictionnaire | CANCEL
cancel | alexa annule ma question sur le pérou | CANCEL
cancel | alexa laisse faire ma femme l'a trouvé | CANCEL | fr-CA
cancel | alexa oublie ça j'ai appuyé sur le bouton par erreur | CANCEL | fr-CA
cancel | alexa annule c'est le petit qui t'a parlé | CANCEL | fr-CA
cancel | alexa laisse faire on le cherchera sur google | CANCEL | fr-CA
help | alexa je suis britannique comment je fais pour demander une capitale en français | HELP
help | alexa explique-moi les règles du jeu des capitales s'il te plaît | HELP
help | alexa kwei je sais pas comment ça marche aide-moi | HELP | fr-CA
help | alexa c'est ma première fois avec toi qu'est-ce que je dis | HELP | fr-CA
launch | alexa ouvre capitales du monde pour mamie | LAUNCH
launch | alexa lance le quiz capitales du monde dans la voiture | LAUNCH
launch | alexa démarre capitales du monde pour le cours de géo | LAUNCH
launch | alexa ouvre capitales du monde pour les gars du chantier | LAUNCH | fr-CA
launch | alexa part capitales du monde pour ma fille | LAUNCH | fr-CA
launch | alexa lance capitales du monde au chalet | LAUNCH | fr-CA
# --- more out-of-domain
out-of-domain | alexa sur le bassin d'arcachon c'est quoi la capitale de l'huître | FB
out-of-domain | alexa c'est quoi la capitale du comté de nice avant mille huit cent soixante | FB
out-of-domain | alexa la capitale de la république de venise c'était quoi | FB
out-of-domain | alexa c'est quoi la capitale du royaume de bourgogne au moyen âge | FB
out-of-domain | alexa la capitale de la dordogne c'est périgueux ou bergerac | FB
out-of-domain | alexa c'est quoi la capitale de la martinique avant saint-pierre | FB
out-of-domain | alexa c'est quoi la capitale du duché de savoie | FB
out-of-domain | alexa la capitale du pays de caux | FB
out-of-domain | alexa c'est quoi le capital de départ au monopoly | FB
out-of-domain | alexa combien de points vaut une capitale au scrabble | FB
out-of-domain | alexa c'est quoi la capitale d'un département en général on dit préfecture | FB
out-of-domain | alexa ouvre netflix sur la télé du salon | FB
out-of-domain | alexa commande des croquettes pour le chat | FB
out-of-domain | alexa quel est le programme de france trois ce soir | FB
out-of-domain | alexa c'est quoi la capitale des schtroumpfs | FB
out-of-domain | alexa la capitale de la république de montmartre | FB
out-of-domain | alexa c'est quoi la capitale de la tartarie | FB
out-of-domain | alexa la capitale du royaume du saguenay la légende | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la république du madawaska | FB | fr-CA
out-of-domain | alexa la capitale de l'île d'anticosti | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale des cantons-de-l'est | FB | fr-CA
out-of-domain | alexa la capitale mondiale du sirop d'érable | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la fransaskoisie | FB | fr-CA
out-of-domain | alexa combien ça coûte un billet pour les îles | FB | fr-CA
out-of-domain | alexa démarre l'auto à distance | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du comté de charlevoix-est | FB | fr-CA
"""

if __name__ == "__main__":
    build_round(40, "fr", LINES, sys.argv, "tests/Eval/fr/round40/source/build_corpus.py")
