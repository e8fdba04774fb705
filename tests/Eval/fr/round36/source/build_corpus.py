"""Round 36, French (fr-FR, fr-CA): a new author's own mix, written blind in the thirty-seventh session (brief
WRITER43.md), about a third of the lines fr-CA. Speakers and situations chosen apart from rounds 32-35.
fr-FR devices: Savoyards of Annecy, Chambéry and Chamonix ("adieu" as a greeting, the refuge and the cordée, the
Geneva frontaliers, the tartiflette, the ski instructor, the Tour de France col), Montpelliérains and Sétois ("oh fan",
the joutes of the Saint-Louis, the tielle, the fac de médecine, the MHSC, the Comédie), Nantais and Nazairiens (the
Saint-Nazaire shipyard's cruise ships, the éléphant of the Machines de l'île, the Canaris, the muscadet, the Voyage à
Nantes), Parisians (line 1 of the métro, a Louvre guard, a bouquiniste's old map, a bistro of the eleventh, a Marais
gallery), teenagers of the 93 ("wallah", "zarma", "starfoullah", "le reuf", "la daronne", "c'est chelou", the city
stadium), Gascons of the Gers ("adishatz", Jazz in Marciac, the Auch foie gras market, the armagnac, the English
neighbour), Avignonnais and Vauclusiens ("té", "oh con", "mon beau", the festival off, the palais des papes, the
Valensole lavender coaches, the Ventoux cyclists), Poitevins (the Marais poitevin barque, the Futuroscope), Saint-
Martinois and Saint-Barth ("wha you say", "man", "darling", the French and Dutch sides), a Moroccan-French family of
Mantes-la-Jolie ("wakha", "safi", "benti", "bslama", mama, the lorry to the bled), an Ivorian-French family of
Créteil ("on dit quoi", "c'est comment", "dêh", "ya fohi", "gbê", the vieux père and the tantie), a Spanish-French family
of Bordeaux ("venga", "hombre", "vale", the abuela); learners: an Italian Erasmus student in Montpellier ("allora",
"cioè", "scusa", "boh", "de le portugal", "la capital de la croazia"), a Filipino nanny of the sixteenth ("po", "ay
naku", "ate", English mixed in), a young Afghan refugee in a CAP cuisine ("bale", "tashakor", "capitale de le iran");
at work: a lorry driver on the A7 and the CB, a night nurse of a CHU, an Air France steward, a Rungis fishmonger, a
driving instructor, a fire station quiz, a geography teacher, a pharmacist, a postman, a sommelier, a cashier; games
and television: mots fléchés and mots croisés, Questions pour un champion, the Jeu des mille euros, Qui veut gagner des
millions, the Eurovision, the Olympics, a pétanque contest, the Tour de France; children (a globe, a flag collection,
the CM2 exposé, the maître) and elders (a former coopérant in Ouagadougou, a pied-noir of Bône, a retired gendarme, a
retirement-home loto, a hard-of-hearing resident). fr-CA devices: Gaspésiens ("coudonc", "astheure", Percé, the
Bonaventure gannets, the crab fishery), Gatineau and the Outaouais (federal civil servants, the Tulip Festival, the
bridge to Ottawa, the lac Leamy, the Gatineau park), the Côte-Nord (the Sept-Îles ore carriers, the Baie-Comeau
aluminium smelter, the Matane ferry, "moé", "pogner"), Mont-Tremblant and the Laurentides (ski-resort seasonal workers,
the chalet, the ski patrol), a Laval family (the soccer coach, the Cosmodôme, the Carrefour Laval), Italian-Quebecers
of Saint-Léonard ("mannaggia", "ma che", "capisce", the nonna, the zio, the Jean-Talon café), Greek-Quebecers of
Parc-Extension ("ela", "pame", the yiayia, the dépanneur), Atikamekw of Manawan and Wemotaci ("kwei", "mikwetc", the
kokom, the pow-wow), a Mexican seasonal farm worker in Saint-Rémi ("órale", "pues", "ahorita", "capitale de la
mexique"); at work: a lorry driver on the 20 to New England, a Hydro-Québec lineman, a snow plough driver, a CHUM
orderly, a tree planter, a Vieux-Montréal calèche driver, a Mirabel aircraft mechanic, a CPE educator; events and games:
Génies en herbe, the Montreal Grand Prix, a church-basement bingo, the Fête nationale, the first of July move, the
Festival d'été, Juste pour rire, Le Tricheur, Occupation Double; children, teenagers ("genre", "full random", "ok so")
and elders of a résidence. Families per speaker group or situation, and the shared families (follow-up, plural-capitals,
subdivision, out-of-domain, help, stop, cancel, launch, yes-no-check, self-correction, reverse-question, official-name,
everyday-name, shared-name). Lines of rounds 1-35 are dropped (build_round with round 36's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# --- fr-FR: Savoyards of Annecy, Chambéry and Chamonix
savoie | alexa adieu dis voir la capitale {} parce que les saisonniers de la station en viennent | du chili=CL; de la nouvelle-zélande=NZ; de l'argentine=AR
savoie | alexa au refuge y a une cordée {} qui demande leur capitale et moi je sèche | de slovaquie=SK; de slovénie=SI; de tchéquie=CZ
savoie | alexa les frontaliers qui bossent à genève ils disent que la capitale de la suisse c'est genève c'est vrai | CH
savoie | alexa on mange une tartiflette avec des copains {} c'est quoi leur capitale déjà | népalais=NP; bhoutanais=BT; pakistanais=PK
savoie | alexa le guide de haute montagne il a fait un sommet au {} c'est quoi la capitale là-bas | kirghizstan=KG; tadjikistan=TJ; pérou=PE
savoie | alexa sur le lac d'annecy les touristes en pédalo viennent {} elle est comment la capitale | d'émirats arabes unis=AE; du qatar=QA; de bahreïn=BH
savoie | alexa y a pas le tour de france passe au col et un coureur il est {} sa capitale c'est quoi | érythréen=ER; éthiopien=ET; kazakh=KZ
savoie | alexa ma belle-mère de chambéry elle demande la capitale du liechtenstein elle dit que c'est un village | LI
savoie | alexa le moniteur de ski il part faire la saison en {} c'est quoi la capitale là-bas | andorre=AD; autriche=AT; géorgie la république=GE
# --- fr-FR: Montpelliérains and Sétois
montpellier | alexa oh fan aux joutes de la saint-louis y a une équipe invitée {} c'est quoi leur capitale | de malte=MT; de chypre=CY; de grèce=GR
montpellier | alexa on mange une tielle sur le quai et le pêcheur me parle {} la capitale c'est laquelle | de la tunisie=TN; de la libye=LY; de l'albanie=AL
montpellier | alexa à la fac de médecine j'ai un binôme qui vient {} c'est quoi sa capitale | du liban=LB; de jordanie=JO; de syrie=SY
montpellier | alexa le mhsc a recruté un gardien {} c'est quoi la capitale de chez lui | géorgien=GE; arménien=AM; azerbaïdjanais=AZ
montpellier | alexa sur la place de la comédie y a des étudiants qui chantent ils viennent {} capitale s'il te plaît | du vanuatu=VU; de samoa=WS; des tonga=TO
# --- fr-FR: Nantais and Nazairiens
nantes | alexa aux chantiers de saint-nazaire on construit un paquebot pour un armateur {} c'est quoi leur capitale | suisse=CH; italien=IT; monégasque=MC
nantes | alexa sur l'éléphant des machines y a une famille {} qui me demande la capitale de chez eux | coréenne du sud=KR; taïwanaise=TW; singapourienne=SG
nantes | alexa les canaris jouent contre un club {} en coupe d'europe c'est quoi la capitale | chypriote=CY; moldave=MD; bosnien=BA
nantes | alexa je bois un muscadet avec un importateur {} il me demande si je connais sa capitale | brésilien=BR; mexicain=MX; canadien=CA
nantes | alexa pour le voyage à nantes y a un artiste qui vient {} la capitale de son pays c'est quoi | du burkina=BF; du niger=NE; du bénin=BJ
nantes | alexa ma tante de rezé elle veut savoir la capitale de la lituanie et de la lettonie mais d'abord la lituanie | LT
nantes | alexa et la lettonie du coup sa capitale | LV
# --- fr-FR: Parisians at work and at home
paris | alexa ligne un du métro y a un touriste {} qui me demande sa capitale tu me dépannes | indonésien=ID; philippin=PH; malaisien=MY
paris | alexa je suis gardien au louvre et j'ai compté des visiteurs {} ce matin c'est quoi leur capitale | mongols=MN; ouzbeks=UZ; turkmènes=TM
paris | alexa le bouquiniste du quai a une vieille carte {} il me demande la capitale d'aujourd'hui | du siam=TH; de la perse=IR; de ceylan=LK
paris | alexa au bistrot du onzième le serveur est {} et il parie que je connais pas sa capitale | sri-lankais=LK; bangladais=BD; afghan=AF
paris | alexa dans le marais y a une galerie qui expose un peintre {} c'est quoi la capitale de son pays | cubain=CU; haïtien=HT; dominicain de la république dominicaine=DO
paris | alexa ma voisine du cinquième elle revient de {} et elle a oublié la capitale | la jamaïque=JM; la barbade=BB; trinité-et-tobago=TT
paris | alexa c'est quoi la capitale de l'île maurice j'ai un collègue qui part là-bas en lune de miel | MU
paris | alexa tu peux me dire la capitale du laos je prépare mon voyage en sac à dos | LA
# --- fr-FR: teenagers of the 93 (Saint-Denis, Bobigny, Aubervilliers)
neuf-trois | alexa wallah dis-moi la capitale {} le reuf il me dit n'importe quoi | du mali=ML; de la mauritanie=MR; de la guinée=GN
neuf-trois | alexa zarma t'es intelligente toi c'est quoi la capitale {} | du cap-vert=CV; de la guinée-bissau=GW; de la gambie=GM
neuf-trois | alexa la daronne elle veut savoir la capitale de la serbie pour le mariage du cousin | RS
neuf-trois | alexa c'est ouf mon pote il dit que la capitale du nigeria c'est lagos c'est chelou non | NG
neuf-trois | alexa starfoullah aide-moi la capitale {} c'est pour un pari au city | du ghana=GH; du liberia=LR; de la sierra leone=SL
neuf-trois | alexa vas-y la capitale du kosovo frère | XK
neuf-trois | alexa sur la vie de ma mère c'est quoi la capitale de l'algérie le prof il a dit que je savais pas | DZ
neuf-trois | alexa eh alexa c'est quoi la capitale des comores mon grand-père il est de là-bas | KM
# --- fr-FR: Gascons of the Gers
gers | alexa adishatz bon avant que je parte c'est quoi la capitale {} | de l'uruguay=UY; du paraguay=PY; de l'équateur=EC
gers | alexa au festival de marciac y a un trompettiste {} il est d'où déjà la capitale de son pays | sud-africain=ZA; cubain=CU; américain=US
gers | alexa au marché au gras d'auch y a un acheteur {} c'est quoi sa capitale | hongrois=HU; polonais=PL; ukrainien=UA
gers | alexa je vends mon armagnac à un client {} c'est quoi la capitale chez lui | japonais=JP; chinois=CN; vietnamien=VN
gers | alexa dans le village y a un anglais qui a acheté la ferme il me demande la capitale du pays de galles | GB-WLS
# --- fr-FR: Avignonnais and Vauclusiens
avignon | alexa té pour le festival off y a une troupe qui vient {} c'est quoi leur capitale | du québec=CA-QC; de belgique=BE; du luxembourg=LU
avignon | alexa oh con devant le palais des papes un monsieur {} me demande sa capitale tu la connais | estonien=EE; finlandais=FI; islandais=IS
avignon | alexa dans les champs de lavande à valensole y a un car de touristes {} c'est quoi la capitale | thaïlandais=TH; chinois de taïwan=TW; coréens du sud=KR
avignon | alexa les cyclistes qui montent le ventoux ils sont {} c'est quoi leur capitale | norvégiens=NO; danois=DK; néerlandais=NL
avignon | alexa mon beau la capitale du costa rica on s'est disputés avec le pépé | CR
# --- fr-FR: Poitevins (Futuroscope, Marais poitevin)
poitou | alexa on fait la barque dans le marais poitevin avec des cousins {} ils demandent leur capitale | allemands=DE; autrichiens=AT; suisses=CH
poitou | alexa au futuroscope y a une attraction sur {} c'est quoi la capitale | le kenya=KE; la tanzanie=TZ; l'ouganda=UG
poitou | alexa mon gamin à poitiers il fait un exposé sur {} c'est quoi la capitale | le rwanda=RW; le burundi=BI; le malawi=MW
poitou | alexa la capitale du mozambique c'est quoi ma voisine elle y a vécu | MZ
# --- fr-FR: Saint-Martinois and Saint-Barth
saint-martin | alexa wha you say what is the capital de la partie française de saint-martin | MF
saint-martin | alexa ok darling c'est quoi la capitale de saint-barth le touriste il demande | BL
saint-martin | alexa la capitale {} mon cousin travaille sur le bateau là-bas | d'anguilla=AI; de saint-christophe-et-niévès=KN; d'antigua=AG
saint-martin | alexa man c'est quoi la capitale de sint maarten le côté hollandais | SX
saint-martin | alexa et la capitale de la dominique l'île pas la république | DM
# --- fr-FR: Moroccan-French family of Mantes-la-Jolie
maroc | alexa wakha la capitale du maroc c'est casablanca hein mama elle dit rabat | MA
maroc | alexa safi dis-moi la capitale {} le tonton il va en camion jusque là-bas | de la mauritanie=MR; du sénégal=SN; du mali=ML
maroc | alexa benti demande la capitale {} pour ses devoirs inchallah tu sais | de l'arabie saoudite=SA; du yémen=YE; d'oman=OM
maroc | alexa on prend le bateau à sète pour aller au bled mais avant c'est quoi la capitale de l'espagne | ES
maroc | alexa la grand-mère elle demande la capitale du koweït bslama | KW
maroc | alexa c'est quoi la capitale de l'égypte le mari de ma soeur il est égyptien | EG
# --- fr-FR: Ivorian-French family of Créteil
ivoire | alexa on dit quoi alexa c'est comment la capitale {} | du ghana=GH; du togo=TG; du burkina faso=BF
ivoire | alexa mon vieux père il demande la capitale de la côte d'ivoire il dit que c'est abidjan dêh | CI
ivoire | alexa ya fohi dis-moi la capitale {} c'est pour le tonton qui fait le commerce | du cameroun=CM; du gabon=GA; de la guinée équatoriale=GQ
ivoire | alexa c'est quoi la capitale du congo brazzaville la tantie elle vient de là | CG
ivoire | alexa la capitale de la république démocratique du congo on a un cousin à kinshasa | CD
ivoire | alexa gbê c'est quoi la capitale {} | de l'angola=AO; de la zambie=ZM; du zimbabwe=ZW
# --- fr-FR: a Spanish-French family of Bordeaux
espagnol | alexa venga la abuela elle demande la capitale {} | du venezuela=VE; de la colombie=CO; du panama=PA
espagnol | alexa hombre la capitale de l'espagne c'est madrid ou barcelone mon neveu il dit barcelone | ES
espagnol | alexa mi abuela veut savoir la capitale {} où elle a des cousins | du salvador=SV; du honduras=HN; du nicaragua=NI
espagnol | alexa vale et la capitale du guatemala | GT
# --- fr-FR learners: an Italian Erasmus student in Montpellier
erasmus-it | alexa allora quelle est la capitale de le portugal | PT
erasmus-it | alexa cioè je voulais dire la capitale de la autriche | AT
erasmus-it | alexa scusa quelle est la capital {} | de la croazia=HR; de la montenegro=ME; de la macédoine du nord=MK
erasmus-it | alexa boh je sais pas comment dire la capitale de saint-marin en français | SM
erasmus-it | alexa ma dai la capitale de la vatican c'est une ville | VA
# --- fr-FR learners: a Filipino nanny in the sixteenth
filipino | alexa excuse me po what is capitale de philippines | PH
filipino | alexa ay naku madame she ask the capitale of {} | la indonésie=ID; le brunei=BN; le timor oriental=TL
filipino | alexa ate ask me capitale de papouasie nouvelle guinée | PG
filipino | alexa please the capitale of palaos my friend work there | PW
filipino | alexa capitale de les îles marshall please po | MH
# --- fr-FR learners: a young Afghan refugee at a CAP cuisine
afghan | alexa bale la capitale de afghanistan c'est kaboul oui | AF
afghan | alexa tashakor alexa et capitale de le iran | IR
afghan | alexa le chef il dit capitale de le irak c'est bagdad c'est vrai | IQ
afghan | alexa s'il te plaît capitale de le turkménistan | TM
afghan | alexa capitale de l'inde c'est quoi mon copain de la cuisine il est indien | IN
# --- fr-FR at work
routier | alexa je suis sur l'a sept avec ma cargaison pour {} c'est quoi la capitale là-bas | la slovénie=SI; la croatie=HR; la bosnie=BA
routier | alexa les collègues sur la cibi ils demandent la capitale de la roumanie | RO
routier | alexa j'attends à la douane pour passer en {} c'est quoi la capitale | suisse=CH; grande-bretagne=GB; andorre=AD
infirmiere | alexa je suis de nuit au chu et l'interne il vient {} c'est quoi sa capitale | du tchad=TD; de centrafrique=CF; du soudan=SD
infirmiere | alexa un patient en gériatrie me demande la capitale de la tchécoslovaquie je lui dis quoi | FB
infirmiere | alexa pendant la pause c'est quoi la capitale du soudan du sud | SS
steward | alexa je suis steward et demain je fais une rotation vers {} c'est quoi la capitale | le nigeria=NG; l'afrique du sud=ZA; le kenya=KE
steward | alexa on a une escale technique à {} c'est quoi la capitale du pays déjà | oman=OM; bahreïn=BH; le koweït=KW
rungis | alexa à rungis on reçoit des crevettes {} c'est quoi la capitale | d'équateur=EC; de madagascar=MG; du viêt nam=VN
rungis | alexa le poisson arrive {} et le patron demande la capitale | des îles féroé=FO; de norvège=NO; d'islande=IS
moniteur | alexa je suis moniteur d'auto-école et mon élève vient {} je lui demande sa capitale pour le détendre | du sri lanka=LK; du népal=NP; des maldives=MV
pompier | alexa à la caserne on fait un quiz entre deux interventions la capitale {} | de la nouvelle-zélande=NZ; de l'australie=AU; des fidji=FJ
prof-geo | alexa je prépare mon cours de géo sur l'union européenne c'est quoi la capitale {} | de chypre=CY; de malte=MT; de l'estonie=EE
prof-geo | alexa mes élèves de quatrième confondent la capitale de la slovaquie et de la slovénie c'est quoi celle de la slovaquie | SK
pharmacie | alexa je suis pharmacienne et j'ai un client qui part en {} il me demande la capitale | bolivie=BO; paraguay=PY; guyana=GY
facteur | alexa je livre un colis qui vient {} c'est quoi la capitale de là-bas | du suriname=SR; du belize=BZ; de sao tomé=ST
sommelier | alexa je fais goûter un vin {} à des clients c'est quoi la capitale du pays | géorgien=GE; moldave=MD; libanais=LB
caissiere | alexa à la caisse un client me dit qu'il vient {} et qu'il parie que je connais pas la capitale | de l'érythrée=ER; de djibouti=DJ; de somalie=SO
# --- fr-FR games and television
mots-fleches | alexa dans mes mots fléchés on demande la capitale {} en cinq lettres | du ghana=GH; de la syrie=SY; du japon=JP
mots-fleches | alexa capitale {} en six lettres pour ma grille | de l'irlande=IE; de la tanzanie=TZ; de l'arménie=AM
jeux | alexa mon mari fait les mots croisés du journal il cherche la capitale de la lettonie | LV
qpuc | alexa comme dans questions pour un champion top chrono la capitale {} | du kazakhstan=KZ; de l'azerbaïdjan=AZ; de l'arménie=AM
qpuc | alexa julien lepers il aurait demandé la capitale du burundi | BI
jeux | alexa au jeu des mille euros la question bleue c'est la capitale du nauru | NR
jeux | alexa la question rouge du jeu des mille euros c'est la capitale des tuvalu | TV
millions | alexa pour qui veut gagner des millions je joue à la maison c'est quoi la capitale {} | du kiribati=KI; de la micronésie=FM; des îles salomon=SB
eurovision | alexa on regarde l'eurovision et le pays {} a mis douze points c'est quoi sa capitale | de l'australie=AU; de san marin=SM; d'azerbaïdjan=AZ
eurovision | alexa c'est quoi la capitale d'israël parce qu'ils chantent à l'eurovision | IL
jo | alexa pendant les jeux olympiques on a vu un athlète {} c'est quoi sa capitale | botswanais=BW; namibien=NA; du lesotho=LS
jo | alexa la porte-drapeau {} elle est d'où c'est quoi la capitale | des tonga=TO; de tuvalu=TV; de sainte-lucie=LC
petanque | alexa au concours de pétanque y a une équipe {} c'est quoi leur capitale | malgache=MG; thaïlandaise=TH; cambodgienne=KH
petanque | alexa on joue aux boules et le papi demande la capitale de la belgique | BE
tour | alexa l'étape du tour de france démarre {} c'est quoi la capitale | au danemark=DK; en espagne=ES; en italie=IT
# --- fr-FR children
enfant | alexa moi j'ai un globe et je touche {} c'est quoi la capitale | le canada=CA; la russie=RU; la chine=CN
enfant | alexa maman elle dit que tu sais la capitale de l'égypte avec les pyramides | EG
enfant | alexa la capitale du pays des kangourous | AU
enfant | alexa c'est quoi la capitale du pays où y a les pandas | CN
enfant | alexa je fais la collection des drapeaux c'est quoi la capitale {} | de la turquie=TR; du portugal=PT; de la grèce=GR
enfant | alexa pour mon exposé de cm deux la capitale de la corée du nord | KP
enfant | alexa le maître il a dit que la capitale de l'australie c'est pas sydney alors c'est quoi | AU
enfant | alexa mon copain de classe il vient {} c'est quoi sa capitale | de roumanie=RO; de moldavie=MD; de bulgarie=BG
# --- fr-FR elders
ancien | alexa quand j'étais coopérant à ouagadougou c'était la haute-volta maintenant la capitale du burkina c'est toujours ouaga | BF
ancien | alexa oh purée de nous autres la capitale de l'algérie c'est toujours alger | DZ
ancien | alexa mon petit je suis un ancien gendarme et je voudrais savoir la capitale {} | du cambodge=KH; du laos=LA; de la birmanie=MM
ancien | alexa ma fille elle m'a installé cette machine dites-moi la capitale de la pologne | PL
ancien | alexa la capitale de la yougoslavie c'était belgrade et maintenant c'est la capitale de quoi belgrade | CITY:Belgrade
ancien | alexa je suis pied-noir de bône c'est quoi la capitale de la tunisie maintenant | TN
ancien | alexa à la maison de retraite on fait un loto des capitales {} | de l'irlande=IE; de l'écosse=GB-SCT; de l'irlande du nord=GB-NIR
ancien | alexa madame alexa la capitale de la suède s'il vous plaît | SE
ancien | alexa je n'entends plus très bien répétez-moi la capitale de la hongrie | HU
# --- fr-CA: Gaspésiens (Percé, Bonaventure, the fishing wharf)
gaspesie | alexa coudonc y a des touristes {} sur le bateau pour le rocher percé c'est quoi leur capitale | allemands=DE | fr-CA
gaspesie | alexa à l'île bonaventure y a un ornithologue qui vient {} c'est quoi sa capitale | d'écosse=GB-SCT; d'irlande=IE; d'angleterre=GB-ENG | fr-CA
gaspesie | alexa mon chum pêche le crabe pis il vend ça {} c'est quoi la capitale là-bas | au japon=JP; en corée du sud=KR; en chine=CN | fr-CA
gaspesie | alexa ben coudonc c'est quoi la capitale du nouveau-brunswick mon beau-frère reste à campbellton | CA-NB | fr-CA
gaspesie | alexa astheure que la saison est finie dis-moi la capitale de l'île-du-prince-édouard | CA-PE | fr-CA
gaspesie | alexa la capitale de terre-neuve-et-labrador le traversier part d'où pour y aller | CA-NL | fr-CA
# --- fr-CA: Gatineau and the Outaouais
outaouais | alexa chu fonctionnaire fédéral pis on reçoit une délégation {} c'est quoi leur capitale | du ghana=GH; du rwanda=RW; du sénégal=SN | fr-CA
outaouais | alexa au festival des tulipes l'ambassadeur {} était là c'est quoi la capitale de son pays | néerlandais=NL; belge=BE; danois=DK | fr-CA
outaouais | alexa je traverse le pont pour aller à ottawa c'est-tu la capitale de l'ontario ottawa | CA-ON | fr-CA
outaouais | alexa sur la promenade du lac leamy y a des gens {} qui demandent leur capitale | haïtiens=HT; jamaïcains=JM; guyaniens=GY | fr-CA
outaouais | alexa tsé le parc de la gatineau y a un groupe {} qui campe c'est quoi leur capitale | suédois=SE; finlandais=FI; estoniens=EE | fr-CA
# --- fr-CA: Côte-Nord (Sept-Îles, Baie-Comeau)
cote-nord | alexa au port de sept-îles y a un minéralier {} c'est quoi la capitale de son pavillon | libérien=LR; panaméen=PA; maltais=MT | fr-CA
cote-nord | alexa à l'aluminerie de baie-comeau on a un contrat avec {} c'est quoi la capitale | la norvège=NO; l'islande=IS; l'australie=AU | fr-CA
cote-nord | alexa le train de minerai s'en va au labrador pis moé je veux savoir la capitale de la nouvelle-écosse | CA-NS | fr-CA
cote-nord | alexa on pogne le traversier pour matane en attendant c'est quoi la capitale du yukon | CA-YT | fr-CA
# --- fr-CA: Mont-Tremblant and the Laurentides
laurentides | alexa à la station de ski j'ai un client {} qui me demande sa capitale c'est malaisant je la sais pas | brésilien=BR; mexicain=MX; chilien=CL | fr-CA
laurentides | alexa au chalet on joue à un jeu de capitales vas-y avec {} | l'argentine=AR; l'uruguay=UY; le paraguay=PY | fr-CA
laurentides | alexa mon coloc de la job de saison vient {} c'est quoi la capitale de chez eux | d'australie=AU; de nouvelle-zélande=NZ; d'afrique du sud=ZA | fr-CA
laurentides | alexa la patrouille de ski a un gars {} c'est quoi sa capitale | français de la france=FR; suisse=CH; autrichien=AT | fr-CA
# --- fr-CA: a Laval family
laval | alexa mon gars joue au soccer pis son coach vient {} c'est quoi la capitale | du portugal=PT; de la grèce=GR; de l'italie=IT | fr-CA
laval | alexa au cosmodôme y avait un astronaute {} c'est quoi la capitale de son pays | russe=RU; japonais=JP; indien=IN | fr-CA
laval | alexa au carrefour laval la vendeuse vient {} elle m'a demandé si je connaissais sa capitale | des philippines=PH; du viêt nam=VN; du cambodge=KH | fr-CA
laval | alexa ma belle-mère de sainte-rose veut savoir la capitale de la colombie-britannique | CA-BC | fr-CA
# --- fr-CA: Italian-Quebecers of Saint-Léonard
italien-qc | alexa mannaggia la nonna veut savoir la capitale de l'italie elle dit que c'est naples | IT | fr-CA
italien-qc | alexa ma che dis-moi la capitale {} mon zio y est allé en croisière | de malte=MT; de l'albanie=AL; du monténégro=ME | fr-CA
italien-qc | alexa au café sur jean-talon on gage sur la capitale {} capisce | de saint-marin=SM; de monaco=MC; de la slovénie=SI | fr-CA
# --- fr-CA: Greek-Quebecers of Parc-Extension
grec-qc | alexa ela la yiayia veut la capitale de la grèce pour rire elle la sait | GR | fr-CA
grec-qc | alexa pame vite c'est quoi la capitale de chypre mon oncle dit que c'est limassol | CY | fr-CA
grec-qc | alexa sur la rue jean-talon le monsieur du dépanneur vient {} c'est quoi sa capitale | de turquie=TR; d'égypte=EG; d'israël=IL | fr-CA
# --- fr-CA: Atikamekw of Manawan and Wemotaci
atikamekw | alexa kwei c'est quoi la capitale de la province de québec | CA-QC | fr-CA
atikamekw | alexa mikwetc pis la capitale du nunavut | CA-NU | fr-CA
atikamekw | alexa au pow-wow de manawan y a une famille qui vient {} c'est quoi la capitale | des territoires du nord-ouest=CA-NT; du manitoba=CA-MB; de la saskatchewan=CA-SK | fr-CA
atikamekw | alexa ma kokom demande la capitale de l'alberta | CA-AB | fr-CA
# --- fr-CA: Mexican seasonal farm worker in Saint-Rémi (learner)
mexicain-qc | alexa órale quelle est la capitale de la mexique | MX | fr-CA
mexicain-qc | alexa pues la capitale du guatemala s'il te plaît mon ami il vient là | GT | fr-CA
mexicain-qc | alexa ahorita je veux savoir capitale de le honduras | HN | fr-CA
mexicain-qc | alexa le patron de la ferme demande capitale de la état de jalisco | MX-JAL | fr-CA
mexicain-qc | alexa capitale de yucatán por favor | MX-YUC | fr-CA
mexicain-qc | alexa et capitale de oaxaca l'état | MX-OAX | fr-CA
# --- fr-CA at work
camionneur | alexa chu sur la vingt en direction de rivière-du-loup pis je livre au maine c'est quoi la capitale du maine | US-ME | fr-CA
camionneur | alexa je descends une remorque {} c'est quoi la capitale de cet état-là | au vermont=US-VT; au new hampshire=US-NH; au massachusetts=US-MA | fr-CA
camionneur | alexa faque je livre {} demain c'est quoi la capitale de l'état | en pennsylvanie=US-PA; en ohio=US-OH; au michigan=US-MI | fr-CA
hydro | alexa chu monteur de lignes pour hydro pis on part en renfort {} c'est quoi la capitale | dans l'état de new york=US-NY; en floride=US-FL; à porto rico=PR | fr-CA
deneigeur | alexa il est trois heures du matin je déneige le stationnement pis je gage que tu sais pas la capitale du kazakhstan | KZ | fr-CA
deneigeur | alexa entre deux tempêtes dis-moi la capitale de la finlande | FI | fr-CA
infirmiere-qc | alexa au chum y a une préposée qui vient {} c'est quoi sa capitale | du burundi=BI; du congo kinshasa=CD; du cameroun=CM | fr-CA
planteur | alexa au camp de planteurs dans le bois y a un gars {} c'est quoi sa capitale | écossais=GB-SCT; irlandais=IE; gallois=GB-WLS | fr-CA
caleche | alexa je fais la calèche dans le vieux-montréal pis les touristes viennent {} c'est quoi leur capitale | de la corée du sud=KR; de taïwan=TW; de singapour=SG | fr-CA
mirabel | alexa chu mécanicien d'avion à mirabel pis on livre un appareil {} c'est quoi la capitale | en turquie=TR; au maroc=MA; en éthiopie=ET | fr-CA
cpe | alexa l'éducatrice demande la capitale {} pour la semaine multiculturelle | du pérou=PE; du chili=CL; de la bolivie=BO | fr-CA
# --- fr-CA events and games
genies | alexa on se pratique pour génies en herbe c'est quoi la capitale {} | du bhoutan=BT; du bangladesh=BD; de la birmanie=MM | fr-CA
genies | alexa question éclair de génies en herbe la capitale de l'ouzbékistan | UZ | fr-CA
genies | alexa pour génies en herbe faut que je sache la capitale {} | du brunei=BN; du timor oriental=TL; de la papouasie-nouvelle-guinée=PG | fr-CA
grand-prix | alexa au grand prix de montréal le pilote {} a gagné c'est quoi sa capitale | monégasque=MC; néerlandais=NL; thaïlandais=TH | fr-CA
grand-prix | alexa le pilote finlandais au grand prix c'est quoi la capitale de chez eux | FI | fr-CA
bingo | alexa au bingo du sous-sol d'église la madame demande la capitale de l'irlande | IE | fr-CA
bingo | alexa entre deux cartes de bingo c'est quoi la capitale de la belgique | BE | fr-CA
subdivision | alexa bonne fête nationale c'est quoi la capitale du québec la vraie pas montréal | CA-QC | fr-CA
demenagement | alexa on déménage le premier juillet pis j'ai besoin d'une pause c'est quoi la capitale {} | de la jamaïque=JM; des bahamas=BS; de la barbade=BB | fr-CA
festival | alexa au festival d'été de québec y a un band {} c'est quoi leur capitale | islandais=IS; norvégien=NO; australien=AU | fr-CA
juste-rire | alexa à juste pour rire y a un humoriste {} c'est quoi sa capitale | belge=BE; suisse=CH; algérien=DZ | fr-CA
jeux | alexa comme au tricheur vrai ou faux la capitale de la turquie c'est istanbul | TR | fr-CA
occupation | alexa dans occupation double ils sont partis {} c'est quoi la capitale | en grèce=GR; au mexique=MX; au costa rica=CR | fr-CA
# --- fr-CA children, teens and elders
enfant-qc | alexa moé j'veux savoir la capitale de la france | FR | fr-CA
enfant-qc | alexa c'est quoi la capitale du pays avec les kangourous pis les koalas | AU | fr-CA
ados-qc | alexa genre c'est quoi la capitale {} j'ai un exam de géo en secondaire trois | de l'égypte=EG; de l'éthiopie=ET; du kenya=KE | fr-CA
ados-qc | alexa full random mais c'est quoi la capitale du turkménistan | TM | fr-CA
ados-qc | alexa ok so c'est quoi la capitale de la mongolie | MN | fr-CA
aine-qc | alexa ma chouette à la résidence on se demande la capitale {} | du portugal=PT; de l'espagne=ES; de la pologne=PL | fr-CA
aine-qc | alexa mon défunt mari a fait la guerre en corée c'est quoi la capitale de la corée du sud | KR | fr-CA
aine-qc | alexa la capitale de l'autriche pour ma grille de mots mystères | AT | fr-CA
aine-qc | alexa ma fille est partie vivre {} c'est quoi la capitale | au texas=US-TX; en californie=US-CA; en arizona=US-AZ | fr-CA
# --- follow-up
follow-up | alexa et pour le danemark | DK
follow-up | alexa ok et celle de la norvège maintenant | NO
follow-up | alexa pis la suède elle | SE | fr-CA
follow-up | alexa d'accord et l'estonie alors | EE
follow-up | alexa et le voisin la lettonie | LV
follow-up | alexa bon et celle du chili | CL
follow-up | alexa pis pour le pérou c'est quoi | PE | fr-CA
follow-up | alexa même question pour le vietnam | VN
follow-up | alexa même affaire pour le cambodge | KH | fr-CA
follow-up | alexa et chez les voisins en belgique | BE
follow-up | alexa ah ok et pour la croatie | HR
follow-up | alexa et si je te dis la géorgie le pays | GE
follow-up | alexa pis l'autre à côté l'arménie | AM | fr-CA
follow-up | alexa super et la jordanie | JO
follow-up | alexa et la moldavie tant qu'on y est | MD
follow-up | alexa ok merci pis le nicaragua | NI | fr-CA
follow-up | alexa et l'état du wisconsin | US-WI | fr-CA
follow-up | alexa et pour le rajasthan | IN-RJ
# --- plural-capitals
plural-capitals | alexa la bolivie elle a deux capitales c'est lesquelles | BO
plural-capitals | alexa c'est quoi les capitales de l'afrique du sud il paraît qu'il y en a trois | ZA
plural-capitals | alexa les capitales de la malaisie | MY | fr-CA
plural-capitals | alexa c'est vrai que les pays-bas ont deux capitales amsterdam et la haye | NL
plural-capitals | alexa quelles sont les deux capitales du sri lanka | LK
plural-capitals | alexa le bénin il a combien de capitales | BJ
plural-capitals | alexa la côte d'ivoire a deux capitales c'est lesquelles déjà | CI | fr-CA
plural-capitals | alexa c'est quoi les capitales de l'eswatini l'ancien swaziland | SZ
plural-capitals | alexa la palestine elle a quelles capitales | PS
plural-capitals | alexa y a combien de capitales en afrique du sud pis c'est quoi | ZA | fr-CA
plural-capitals | alexa dis-moi les deux capitales de la bolivie la constitutionnelle et l'autre | BO | fr-CA
plural-capitals | alexa porto-novo et cotonou c'est les capitales du bénin c'est ça | BJ
plural-capitals | alexa les capitales de la palestine selon les palestiniens | PS | fr-CA
plural-capitals | alexa pourquoi les pays-bas ont deux capitales c'est lesquelles | NL | fr-CA
plural-capitals | alexa le swaziland il a deux capitales non | SZ | fr-CA
plural-capitals | alexa capitales du sri lanka au pluriel | LK | fr-CA
plural-capitals | alexa la malaisie elle a kuala lumpur et une autre capitale c'est laquelle | MY
plural-capitals | alexa la côte d'ivoire yamoussoukro et abidjan c'est les deux capitales | CI
# --- subdivision
subdivision | alexa c'est quoi la capitale de la bavière on part à l'oktoberfest | DE-BY
subdivision | alexa la capitale de la saxe pour notre voyage à dresde | DE-SN
subdivision | alexa capitale du bade-wurtemberg | DE-BW | fr-CA
subdivision | alexa c'est quoi la capitale de la rhénanie-palatinat mon jumelage est là-bas | DE-RP
subdivision | alexa la capitale de la sarre les frontaliers de forbach ils savent | DE-SL
subdivision | alexa la capitale de la basse-saxe c'est hanovre ou brunswick | DE-NI
subdivision | alexa c'est quoi la capitale de la nouvelle-galles du sud | AU-NSW | fr-CA
subdivision | alexa la capitale de la tasmanie | AU-TAS
subdivision | alexa mon cousin fait un pvt en australie-occidentale c'est quoi la capitale | AU-WA | fr-CA
subdivision | alexa la capitale du queensland | AU-QLD | fr-CA
subdivision | alexa c'est quoi la capitale de l'état de victoria en australie | AU-VIC
subdivision | alexa la capitale du territoire du nord en australie | AU-NT
subdivision | alexa c'est quoi la capitale de l'état de bahia | BR-BA
subdivision | alexa la capitale du minas gerais au brésil | BR-MG
subdivision | alexa capitale de l'état d'amazonas | BR-AM | fr-CA
subdivision | alexa la capitale du rio grande do sul mon ami vient de là | BR-RS
subdivision | alexa c'est quoi la capitale du pernambouc | BR-PE
subdivision | alexa la capitale du paraná | BR-PR | fr-CA
subdivision | alexa la capitale du kerala en inde | IN-KL
subdivision | alexa c'est quoi la capitale du tamil nadu | IN-TN
subdivision | alexa capitale du maharashtra c'est bombay | IN-MH
subdivision | alexa la capitale du pendjab | IN-PB | fr-CA
subdivision | alexa c'est quoi la capitale de goa on y va en hiver | IN-GA | fr-CA
subdivision | alexa la capitale du bengale-occidental | IN-WB
subdivision | alexa c'est quoi la capitale de pondichéry | IN-PY
subdivision | alexa la capitale du chiapas | MX-CHP | fr-CA
subdivision | alexa c'est quoi la capitale de la basse-californie du sud | MX-BCS | fr-CA
subdivision | alexa la capitale du quintana roo parce qu'on va à cancún | MX-ROO | fr-CA
subdivision | alexa c'est quoi la capitale de la louisiane | US-LA | fr-CA
subdivision | alexa la capitale de l'état de washington pas la ville | US-WA | fr-CA
subdivision | alexa c'est quoi la capitale du vermont | US-VT
subdivision | alexa la capitale de la caroline du sud | US-SC | fr-CA
subdivision | alexa capitale de l'illinois c'est pas chicago hein | US-IL | fr-CA
subdivision | alexa c'est quoi la capitale d'hawaï | US-HI
subdivision | alexa la capitale de l'alaska | US-AK
subdivision | alexa c'est quoi la capitale du nevada las vegas | US-NV
subdivision | alexa la capitale de la guadeloupe c'est pointe-à-pitre | GP
subdivision | alexa c'est quoi le chef-lieu de la guyane | GF
subdivision | alexa la capitale de la réunion | RE | fr-CA
subdivision | alexa c'est quoi la capitale de mayotte | YT
subdivision | alexa la capitale de la polynésie française | PF | fr-CA
subdivision | alexa la capitale de wallis-et-futuna | WF
subdivision | alexa c'est quoi la capitale de saint-pierre-et-miquelon | PM | fr-CA
subdivision | alexa la capitale du groenland | GL | fr-CA
subdivision | alexa c'est quoi la capitale des îles caïmans | KY
subdivision | alexa la capitale des bermudes | BM | fr-CA
subdivision | alexa la capitale de gibraltar | GI
subdivision | alexa la capitale de l'île de man | IM
subdivision | alexa c'est quoi la capitale de jersey | JE
subdivision | alexa la capitale de guernesey | GG
subdivision | alexa c'est quoi la capitale des îles åland | AX
subdivision | alexa capitale d'aruba | AW | fr-CA
subdivision | alexa c'est quoi la capitale de curaçao | CW
subdivision | alexa la capitale de porto rico | PR | fr-CA
subdivision | alexa c'est quoi la capitale de guam | GU
subdivision | alexa c'est quoi la capitale des îles cook | CK
subdivision | alexa la capitale des îles malouines | FK
subdivision | alexa capitale de l'île norfolk | NF | fr-CA
subdivision | alexa c'est quoi la capitale de sainte-hélène où napoléon est mort | SH
subdivision | alexa c'est quoi la capitale des terres australes françaises | TF
subdivision | alexa hong kong c'est quoi sa capitale | HK
subdivision | alexa macao elle a une capitale | MO
subdivision | alexa c'est quoi la capitale du sahara occidental | EH
subdivision | alexa la capitale de taïwan | TW | fr-CA
subdivision | alexa c'est quoi la capitale du svalbard | SJ
subdivision | alexa la capitale de l'antarctique | AQ
subdivision | alexa c'est quoi la capitale du territoire de la capitale australienne | AU-ACT
subdivision | alexa la capitale du district fédéral au brésil | BR-DF
subdivision | alexa c'est quoi la capitale du ladakh | IN-LA
subdivision | alexa la capitale de la nouvelle-calédonie | NC | fr-CA
subdivision | alexa capitale des îles turques-et-caïques | TC
subdivision | alexa la capitale des îles vierges britanniques | VG | fr-CA
subdivision | alexa la capitale de montserrat | MS
subdivision | alexa c'est quoi la capitale de niue | NU
subdivision | alexa la capitale des samoa américaines | AS | fr-CA
subdivision | alexa c'est quoi la capitale de l'angleterre | GB-ENG
subdivision | alexa la capitale de l'irlande du nord belfast c'est ça | GB-NIR
subdivision | alexa c'est quoi la capitale de l'état de jalisco | MX-JAL
subdivision | alexa la capitale du nouveau-mexique | US-NM | fr-CA
subdivision | alexa c'est quoi la capitale de la virginie-occidentale | US-WV | fr-CA
subdivision | alexa la capitale du dakota du nord | US-ND | fr-CA
# --- yes-no-check
yes-no-check | alexa est-ce que la capitale du canada c'est toronto | CA
yes-no-check | alexa c'est-tu vrai que la capitale du canada c'est ottawa | CA | fr-CA
yes-no-check | alexa la capitale du brésil c'est bien brasilia | BR
yes-no-check | alexa c'est rio la capitale du brésil ou pas | BR | fr-CA
yes-no-check | alexa ankara c'est bien la capitale de la turquie hein | TR
yes-no-check | alexa la capitale de la nouvelle-zélande c'est auckland non | NZ
yes-no-check | alexa je me trompe ou la capitale du maroc c'est rabat | MA
yes-no-check | alexa la capitale du vietnam c'est hô chi minh-ville c'est ça | VN
yes-no-check | alexa c'est-tu lagos la capitale du nigeria | NG | fr-CA
yes-no-check | alexa dis-moi si la capitale de la suisse c'est berne | CH
yes-no-check | alexa est-ce que almaty c'est encore la capitale du kazakhstan | KZ
yes-no-check | alexa la capitale de l'inde c'est bombay oui ou non | IN
yes-no-check | alexa vrai ou faux la capitale de l'écosse c'est glasgow | GB-SCT | fr-CA
yes-no-check | alexa la capitale de la floride c'est miami c'est ben ça | US-FL | fr-CA
yes-no-check | alexa confirme-moi que la capitale de la tanzanie c'est dodoma | TZ
yes-no-check | alexa c'est bien nouméa la capitale de la nouvelle-calédonie | NC
yes-no-check | alexa ma blonde dit que la capitale de l'australie c'est melbourne elle a-tu raison | AU | fr-CA
yes-no-check | alexa pretoria c'est la capitale de l'afrique du sud ou c'est le cap | ZA
# --- self-correction
self-correction | alexa la capitale de l'autriche non pardon de l'australie | AU
self-correction | alexa c'est quoi la capitale de la suède euh non de la suisse | CH
self-correction | alexa la capitale de la slovénie attends je veux dire la slovaquie | SK
self-correction | alexa capitale de l'irak non de l'iran excuse | IR | fr-CA
self-correction | alexa la capitale du niger ah non du nigeria | NG
self-correction | alexa c'est quoi la capitale de la guinée non de la guinée-bissau | GW
self-correction | alexa la capitale de la colombie non je me suis trompé la colombie-britannique | CA-BC | fr-CA
self-correction | alexa la capitale du mali euh plutôt du malawi | MW
self-correction | alexa c'est quoi la capitale de l'islande oups de l'irlande | IE | fr-CA
self-correction | alexa capitale de l'autriche non de l'allemagne pardon | DE
self-correction | alexa la capitale de la gambie non attends de la zambie | ZM | fr-CA
self-correction | alexa la capitale de la dominique non non de la république dominicaine | DO
self-correction | alexa c'est quoi la capitale du paraguay euh de l'uruguay je veux dire | UY | fr-CA
self-correction | alexa la capitale de la mauritanie ou plutôt de l'île maurice | MU
self-correction | alexa la capitale de l'ontario non scuse du manitoba | CA-MB | fr-CA
self-correction | alexa c'est quoi la capitale du soudan non du soudan du sud | SS
# --- reverse-question
reverse-question | alexa ouagadougou c'est la capitale de quel pays | CITY:Ouagadougou
reverse-question | alexa astana c'est la capitale de quoi | CITY:Astana
reverse-question | alexa tbilissi c'est dans quel pays | CITY:Tbilissi
reverse-question | alexa de quel pays oulan-bator est la capitale | CITY:Oulan-Bator | fr-CA
reverse-question | alexa bichkek c'est la capitale de quel pays | CITY:Bichkek
reverse-question | alexa paramaribo c'est la capitale de quel pays déjà | CITY:Paramaribo | fr-CA
reverse-question | alexa windhoek c'est la capitale de quoi | CITY:Windhoek
reverse-question | alexa ljubljana c'est la capitale de quel pays | CITY:Ljubljana
reverse-question | alexa de quel pays vientiane est la capitale | CITY:Vientiane | fr-CA
reverse-question | alexa regina c'est la capitale de quelle province | CITY:Regina | fr-CA
reverse-question | alexa charlottetown c'est la capitale de quoi | CITY:Charlottetown | fr-CA
reverse-question | alexa montevideo c'est la capitale de quel pays | CITY:Montevideo
reverse-question | alexa nuuk c'est la capitale de quoi | CITY:Nuuk | fr-CA
reverse-question | alexa la valette c'est la capitale de quel pays | CITY:La Valette
reverse-question | alexa thimphu c'est où c'est la capitale de quel pays | CITY:Thimphu
reverse-question | alexa mamoudzou c'est le chef-lieu de quoi | CITY:Mamoudzou
# --- official-name
official-name | alexa la capitale de la république fédérale d'allemagne | DE
official-name | alexa c'est quoi la capitale du royaume hachémite de jordanie | JO
official-name | alexa la capitale de la confédération suisse | CH | fr-CA
official-name | alexa c'est quoi la capitale des états-unis d'amérique | US | fr-CA
official-name | alexa capitale de la république populaire de chine | CN
official-name | alexa la capitale de la république islamique d'iran | IR
official-name | alexa c'est quoi la capitale de la république arabe d'égypte | EG
official-name | alexa la capitale de l'état plurinational de bolivie | BO | fr-CA
official-name | alexa la capitale de la république bolivarienne du venezuela | VE
official-name | alexa c'est quoi la capitale de la fédération de russie | RU | fr-CA
official-name | alexa la capitale du sultanat d'oman | OM
official-name | alexa la capitale de la république hellénique | GR
official-name | alexa c'est quoi la capitale du grand-duché de luxembourg | LU
official-name | alexa la capitale de la république socialiste du viêt nam | VN | fr-CA
official-name | alexa capitale du royaume de thaïlande | TH
official-name | alexa la capitale de la république fédérative du brésil | BR | fr-CA
official-name | alexa c'est quoi la capitale de la république populaire démocratique de corée | KP
official-name | alexa la capitale du royaume-uni de grande-bretagne et d'irlande du nord | GB
# --- everyday-name
everyday-name | alexa c'est quoi la capitale de la hollande | NL
everyday-name | alexa la capitale des states | US | fr-CA
everyday-name | alexa c'est quoi la capitale du bélarus | BY
everyday-name | alexa la capitale de la biélorussie | BY | fr-CA
everyday-name | alexa c'est quoi la capitale de la république tchèque | CZ
everyday-name | alexa la capitale des émirats | AE | fr-CA
everyday-name | alexa capitale de la centrafrique | CF
everyday-name | alexa c'est quoi la capitale de la moldova | MD
everyday-name | alexa la capitale du kirghizistan avec un i | KG
everyday-name | alexa c'est quoi la capitale de la grande-bretagne | GB
everyday-name | alexa la capitale de cabo verde | CV
everyday-name | alexa la capitale de la türkiye comme ils disent maintenant | TR
everyday-name | alexa c'est quoi la capitale de saint-vincent | VC
everyday-name | alexa la capitale de la papouasie | PG | fr-CA
everyday-name | alexa c'est quoi la capitale du timor | TL
everyday-name | alexa la capitale de la rdc | CD | fr-CA
everyday-name | alexa c'est quoi la capitale de la macédoine | MK
everyday-name | alexa la capitale des usa | US
# --- shared-name
shared-name | alexa c'est quoi la capitale de la géorgie | GE+US-GA
shared-name | alexa la capitale de la géorgie | GE+US-GA | fr-CA
shared-name | alexa la capitale de la géorgie l'état américain | US-GA | fr-CA
shared-name | alexa c'est quoi la capitale de la géorgie le pays du caucase | GE
shared-name | alexa c'est quoi la capitale des deux congo | CD+CG
shared-name | alexa la capitale du congo | CD+CG
shared-name | alexa c'est quoi la capitale des deux corées | KP+KR | fr-CA
shared-name | alexa capitale de la corée | KP+KR
shared-name | alexa la capitale des îles vierges | VG+VI
shared-name | alexa c'est quoi la capitale des îles vierges américaines | VI | fr-CA
shared-name | alexa la capitale de la dominique et de la république dominicaine | DM+DO
shared-name | alexa c'est quoi la capitale du congo kinshasa | CD
shared-name | alexa la capitale de la corée du sud pas celle du nord | KR | fr-CA
shared-name | alexa c'est quoi la capitale du congo | CD+CG | fr-CA
# --- help
help | alexa je comprends rien à ce jeu de capitales explique-moi | HELP
help | alexa qu'est-ce qu'on peut te demander dans capitales du monde | HELP
help | alexa aide-moi j'sais pas quoi dire | HELP | fr-CA
help | alexa comment ça fonctionne ton affaire de capitales | HELP | fr-CA
help | alexa euh je fais quoi maintenant | HELP
help | alexa la mamie elle sait pas comment te parler tu peux expliquer | HELP
help | alexa c'est quoi les questions que je peux poser | HELP
help | alexa peux-tu m'aider avec les capitales je sais pas comment ça marche | HELP | fr-CA
help | alexa au secours je suis perdue dans le jeu | HELP
help | alexa explique-moi comment on joue pour les enfants | HELP
help | alexa qu'est-ce que tu sais faire avec les pays | HELP | fr-CA
help | alexa donne-moi un exemple de question | HELP
help | alexa c'est quoi les règles | HELP | fr-CA
help | alexa j'ai besoin d'aide s'il vous plaît | HELP
help | alexa wesh comment on s'en sert de ton truc | HELP
help | alexa tu peux me dire quoi dire pour avoir une capitale | HELP | fr-CA
help | alexa je sais pas trop comment te poser la question | HELP
help | alexa c'est comment ça marche ici | HELP
help | alexa mode d'emploi s'il te plaît | HELP
help | alexa coudonc je fais quoi là | HELP | fr-CA
help | alexa montre-moi ce que je peux te demander | HELP | fr-CA
help | alexa aide aide | HELP
help | alexa please help me po je comprends pas | HELP
help | alexa j'ai oublié comment on fait | HELP | fr-CA
help | alexa comment je fais pour te demander une capitale d'un état américain | HELP | fr-CA
# --- stop
stop | alexa stop c'est bon | STOP
stop | alexa arrête-toi là merci | STOP
stop | alexa c'est fini pour aujourd'hui | STOP | fr-CA
stop | alexa ferme capitales du monde | STOP
stop | alexa on arrête le jeu les enfants vont se coucher | STOP
stop | alexa bon ben salut alexa | STOP | fr-CA
stop | alexa adishatz j'arrête | STOP
stop | alexa tais-toi un peu là | STOP
stop | alexa ça suffit pour ce soir | STOP
stop | alexa ok bye là | STOP | fr-CA
stop | alexa quitte le jeu des capitales | STOP | fr-CA
stop | alexa arrête de parler le bébé dort | STOP
stop | alexa c'est assez | STOP | fr-CA
stop | alexa bonne nuit on arrête | STOP
stop | alexa j'ai fini merci bien | STOP
stop | alexa sors du jeu | STOP
stop | alexa on va souper faque arrête | STOP | fr-CA
stop | alexa je dois y aller au revoir | STOP
stop | alexa éteins-toi | STOP | fr-CA
stop | alexa basta stop | STOP
stop | alexa ferme-la alexa | STOP
stop | alexa on a fini on arrête là | STOP | fr-CA
stop | alexa merci c'est terminé | STOP
stop | alexa stop stop stop | STOP | fr-CA
stop | alexa allez ciao | STOP
# --- cancel
cancel | alexa annule | CANCEL
cancel | alexa non annule ça | CANCEL | fr-CA
cancel | alexa laisse tomber la question | CANCEL
cancel | alexa oublie ce que j'ai dit | CANCEL
cancel | alexa laisse faire | CANCEL | fr-CA
cancel | alexa non non laisse faire c'est correct | CANCEL | fr-CA
cancel | alexa annule la recherche | CANCEL
cancel | alexa c'est pas grave oublie | CANCEL
cancel | alexa ah pis oublie ça | CANCEL | fr-CA
cancel | alexa non rien annule | CANCEL
cancel | alexa laisse béton | CANCEL
cancel | alexa annule ma demande s'il te plaît | CANCEL | fr-CA
cancel | alexa je me suis trompé annule | CANCEL
cancel | alexa laisse tomber frère | CANCEL
cancel | alexa annule tout | CANCEL | fr-CA
cancel | alexa non c'est pas ça que je voulais annule | CANCEL
cancel | alexa oublie ma question de tantôt | CANCEL | fr-CA
cancel | alexa finalement non laisse tomber | CANCEL
cancel | alexa annuler | CANCEL
cancel | alexa nan oublie | CANCEL
cancel | alexa laisse faire ma question | CANCEL | fr-CA
cancel | alexa annule la dernière question | CANCEL
cancel | alexa euh non annule annule | CANCEL | fr-CA
cancel | alexa on oublie ça d'accord | CANCEL
cancel | alexa pardon annule c'était le petit qui parlait | CANCEL
# --- launch
launch | alexa ouvre capitales du monde | LAUNCH
launch | alexa lance capitales du monde | LAUNCH | fr-CA
launch | alexa démarre capitales du monde s'il te plaît | LAUNCH
launch | alexa ouvre le jeu capitales du monde | LAUNCH | fr-CA
launch | alexa on joue à capitales du monde | LAUNCH
launch | alexa part capitales du monde | LAUNCH | fr-CA
launch | alexa mets capitales du monde | LAUNCH
launch | alexa j'aimerais ouvrir capitales du monde | LAUNCH | fr-CA
launch | alexa lance-moi capitales du monde pour les petits | LAUNCH
launch | alexa peux-tu ouvrir capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre-moi capitales du monde vite | LAUNCH
launch | alexa commence capitales du monde | LAUNCH
launch | alexa allume capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre l'application capitales du monde | LAUNCH
# --- out-of-domain: other requests
out-of-domain | alexa quel temps il fait à annecy demain | FB
out-of-domain | alexa mets radio nostalgie | FB
out-of-domain | alexa mets un minuteur de douze minutes pour les pâtes | FB
out-of-domain | alexa quelle heure il est à tokyo | FB
out-of-domain | alexa combien d'habitants à montpellier | FB
out-of-domain | alexa c'est quoi la monnaie du japon | FB
out-of-domain | alexa quelle langue on parle au brésil | FB
out-of-domain | alexa de quelle couleur est le drapeau de l'italie | FB
out-of-domain | alexa c'est quoi la plus grande ville du canada | FB | fr-CA
out-of-domain | alexa c'est qui le président du sénégal | FB
out-of-domain | alexa appelle la daronne | FB
out-of-domain | alexa rajoute du lait sur la liste de courses | FB
out-of-domain | alexa combien de kilomètres entre paris et lyon | FB
out-of-domain | alexa raconte-moi une blague | FB
out-of-domain | alexa c'est quoi le score du match de l'om | FB
out-of-domain | alexa quelle est la recette de la tartiflette | FB
out-of-domain | alexa réveille-moi à cinq heures et quart | FB
out-of-domain | alexa allume la lumière du salon | FB
out-of-domain | alexa c'est quoi le plus long fleuve d'afrique | FB
out-of-domain | alexa combien de pays en europe | FB
out-of-domain | alexa quelle est la plus haute montagne du monde | FB
out-of-domain | alexa c'est quoi l'indicatif téléphonique du maroc | FB
out-of-domain | alexa y fait-tu frette à québec aujourd'hui | FB | fr-CA
out-of-domain | alexa mets de la musique de cowboy junkies | FB | fr-CA
out-of-domain | alexa c'est quand la game du canadien | FB | fr-CA
out-of-domain | alexa combien ça coûte un billet pour paris | FB | fr-CA
out-of-domain | alexa c'est quoi le taux de change du dollar américain | FB | fr-CA
out-of-domain | alexa la route est-tu ouverte dans le parc des laurentides | FB | fr-CA
out-of-domain | alexa quel âge a céline dion | FB | fr-CA
out-of-domain | alexa commande une pizza | FB | fr-CA
out-of-domain | alexa ajoute des oeufs à ma liste d'épicerie | FB | fr-CA
out-of-domain | alexa quelle heure il est à vancouver | FB | fr-CA
out-of-domain | alexa combien de provinces au canada | FB | fr-CA
out-of-domain | alexa chante-moi une chanson de noël | FB | fr-CA
out-of-domain | alexa c'est quoi l'hymne national de la grèce | FB
out-of-domain | alexa traduis bonjour en portugais | FB
out-of-domain | alexa c'est quoi le pays le plus peuplé du monde | FB
out-of-domain | alexa où est-ce qu'on parle le wolof | FB
out-of-domain | alexa c'est qui le roi du maroc | FB
out-of-domain | alexa quel est le plus petit pays du monde | FB
# --- out-of-domain: capital in another sense
out-of-domain | alexa c'est quoi la capitale mondiale de la gastronomie | FB
out-of-domain | alexa quelle ville est capitale européenne de la culture cette année | FB
out-of-domain | alexa comment on écrit une lettre capitale | FB
out-of-domain | alexa c'est quoi le capital de départ pour ouvrir une sarl | FB
out-of-domain | alexa la peine capitale existe encore aux états-unis | FB
out-of-domain | alexa c'est quoi les sept péchés capitaux | FB
out-of-domain | alexa c'est quoi la capitale de la tartiflette | FB
out-of-domain | alexa quelle est la capitale du foie gras | FB
out-of-domain | alexa c'est quoi la capitale mondiale du parfum | FB
out-of-domain | alexa la capitale de la bande dessinée c'est angoulême | FB
out-of-domain | alexa c'est quoi la capitale de la joute nautique | FB
out-of-domain | alexa marseille c'est la capitale de quoi | FB
out-of-domain | alexa lyon c'est la capitale des gaules c'est ça | FB
out-of-domain | alexa c'est quoi la capitale mondiale de la poutine | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du hockey | FB | fr-CA
out-of-domain | alexa c'est quoi mon capital retraite | FB
out-of-domain | alexa comment on met en majuscules capitales sur word | FB
out-of-domain | alexa le capital de karl marx c'est quoi | FB
out-of-domain | alexa c'est quoi la capitale du sirop d'érable | FB | fr-CA
out-of-domain | alexa quelle est la capitale de la chanson québécoise | FB | fr-CA
out-of-domain | alexa c'est une question capitale pour moi tu m'aimes | FB
out-of-domain | alexa capital sympathie ça veut dire quoi | FB
# --- out-of-domain: places without a capital in the data
out-of-domain | alexa c'est quoi la capitale de la bretagne | FB
out-of-domain | alexa la capitale de la savoie | FB
out-of-domain | alexa c'est quoi la capitale de la corse | FB
out-of-domain | alexa la capitale de l'occitanie | FB
out-of-domain | alexa c'est quoi la capitale du pays basque | FB
out-of-domain | alexa la capitale de la catalogne | FB
out-of-domain | alexa la capitale de l'andalousie | FB
out-of-domain | alexa c'est quoi la capitale de la toscane | FB
out-of-domain | alexa la capitale de la sicile | FB
out-of-domain | alexa c'est quoi la capitale de la sardaigne | FB
out-of-domain | alexa la capitale de la wallonie | FB
out-of-domain | alexa c'est quoi la capitale de la flandre | FB
out-of-domain | alexa la capitale du tibet | FB
out-of-domain | alexa c'est quoi la capitale du kurdistan | FB
out-of-domain | alexa la capitale de la crimée | FB
out-of-domain | alexa c'est quoi la capitale du somaliland | FB
out-of-domain | alexa la capitale de la transnistrie | FB
out-of-domain | alexa c'est quoi la capitale de l'abkhazie | FB
out-of-domain | alexa la capitale de l'urss | FB
out-of-domain | alexa c'est quoi la capitale de la prusse | FB
out-of-domain | alexa la capitale de l'empire ottoman | FB
out-of-domain | alexa la capitale de l'atlantide | FB
out-of-domain | alexa c'est quoi la capitale de mars | FB
out-of-domain | alexa la capitale du wakanda | FB
out-of-domain | alexa c'est quoi la capitale du mordor | FB
out-of-domain | alexa la capitale de la lune | FB
out-of-domain | alexa c'est quoi la capitale de l'europe | FB
out-of-domain | alexa la capitale de l'afrique | FB
out-of-domain | alexa c'est quoi la capitale de l'amérique du sud | FB
out-of-domain | alexa la capitale de la laponie | FB
out-of-domain | alexa c'est quoi la capitale de la patagonie | FB
out-of-domain | alexa la capitale de la sibérie | FB
out-of-domain | alexa c'est quoi la capitale de zanzibar | FB
out-of-domain | alexa la capitale de la gaspésie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'abitibi | FB | fr-CA
out-of-domain | alexa la capitale du nunavik | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'acadie | FB | fr-CA
out-of-domain | alexa la capitale de la côte-nord | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale des îles-de-la-madeleine | FB | fr-CA
out-of-domain | alexa la capitale de l'estrie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la mauricie | FB | fr-CA
out-of-domain | alexa la capitale de la beauce | FB | fr-CA
out-of-domain | alexa la capitale du cap-breton | FB | fr-CA
out-of-domain | alexa la capitale du yorkshire | FB
out-of-domain | alexa c'est quoi la capitale de la cornouailles | FB
out-of-domain | alexa la capitale de la lombardie | FB
out-of-domain | alexa c'est quoi la capitale de la bourgogne | FB
out-of-domain | alexa la capitale de l'alsace | FB
out-of-domain | alexa c'est quoi la capitale de la normandie | FB
out-of-domain | alexa la capitale de la provence | FB
out-of-domain | alexa c'est quoi la capitale du gers | FB
out-of-domain | alexa la capitale du poitou | FB
out-of-domain | alexa c'est quoi la capitale de la yougoslavie | FB
out-of-domain | alexa la capitale de babylone | FB
out-of-domain | alexa c'est quoi la capitale de la terre du milieu | FB
out-of-domain | alexa la capitale de bali | FB
out-of-domain | alexa c'est quoi la capitale de la camargue | FB
out-of-domain | alexa la capitale de chypre du nord | FB
out-of-domain | alexa c'est quoi la capitale de la casamance | FB
out-of-domain | alexa la capitale du biafra | FB
out-of-domain | alexa c'est quoi la capitale de la kabylie | FB
# --- out-of-domain with a situation
out-of-domain | alexa adieu le refuge du goûter est-ce qu'il est ouvert en novembre | FB
out-of-domain | alexa à quelle heure part la navette pour chamonix | FB
out-of-domain | alexa c'est quoi la capitale des alpes d'après les annéciens | FB
out-of-domain | alexa oh fan c'est qui qui a gagné les joutes de la saint-louis l'an dernier | FB
out-of-domain | alexa comment on fait la sauce de la tielle sétoise | FB
out-of-domain | alexa nantes c'est la capitale de la bretagne ou pas | FB
out-of-domain | alexa quand est-ce que l'éléphant des machines sort ce week-end | FB
out-of-domain | alexa le métro ligne treize il est en grève demain | FB
out-of-domain | alexa combien de tableaux il y a au louvre | FB
out-of-domain | alexa wallah mets du jul | FB
out-of-domain | alexa c'est quoi la capitale du rap français zarma | FB
out-of-domain | alexa adishatz c'est quand le festival de marciac cette année | FB
out-of-domain | alexa auch c'est la capitale de la gascogne | FB
out-of-domain | alexa té c'est quoi le programme du festival off aujourd'hui | FB
out-of-domain | alexa avignon c'était la capitale des papes c'est ça | FB
out-of-domain | alexa combien de temps pour monter le ventoux à vélo | FB
out-of-domain | alexa le futuroscope il ferme à quelle heure | FB
out-of-domain | alexa poitiers c'est la capitale de quelle région | FB
out-of-domain | alexa wakha mets la radio en arabe | FB
out-of-domain | alexa safi c'est quand l'aïd cette année | FB
out-of-domain | alexa on dit quoi alexa mets du zouglou | FB
out-of-domain | alexa c'est quoi la capitale de l'attiéké | FB
out-of-domain | alexa venga mets de la musique flamenca | FB
out-of-domain | alexa allora comment on dit capitale en français | FB
out-of-domain | alexa ay naku what time is it in manila po | FB
out-of-domain | alexa tashakor comment on fait une sauce béchamel | FB
out-of-domain | alexa je suis sur l'a sept y a des bouchons à valence | FB
out-of-domain | alexa à quelle heure ouvre la criée de rungis | FB
out-of-domain | alexa combien de litres dans un camion-citerne de pompiers | FB
out-of-domain | alexa dans mes mots fléchés c'est quoi un fleuve d'italie en trois lettres | FB
out-of-domain | alexa la capitale de l'armagnac c'est eauze non | FB
out-of-domain | alexa qui a gagné l'eurovision l'année dernière | FB
out-of-domain | alexa combien de médailles la france aux jeux olympiques | FB
out-of-domain | alexa c'est quoi la capitale du tour de france | FB
out-of-domain | alexa le maître il a dit c'est quoi la capitale des dinosaures | FB
out-of-domain | alexa c'est quoi la capitale du père noël | FB
out-of-domain | alexa ouagadougou il fait combien de degrés aujourd'hui | FB
out-of-domain | alexa coudonc y a-tu des fous de bassan à bonaventure en octobre | FB | fr-CA
out-of-domain | alexa percé c'est la capitale de la gaspésie | FB | fr-CA
out-of-domain | alexa c'est quand le festival des tulipes à ottawa | FB | fr-CA
out-of-domain | alexa gatineau c'est-tu la capitale de l'outaouais | FB | fr-CA
out-of-domain | alexa sept-îles c'est la capitale de la côte-nord | FB | fr-CA
out-of-domain | alexa à quelle heure part le traversier de matane | FB | fr-CA
out-of-domain | alexa les pistes sont-tu ouvertes à tremblant | FB | fr-CA
out-of-domain | alexa laval c'est la capitale de quoi | FB | fr-CA
out-of-domain | alexa mannaggia mets de la musique italienne | FB | fr-CA
out-of-domain | alexa ela c'est quoi la recette du souvlaki | FB | fr-CA
out-of-domain | alexa kwei c'est quand le pow-wow de wemotaci | FB | fr-CA
out-of-domain | alexa órale combien ça coûte un appel au mexique | FB | fr-CA
out-of-domain | alexa y a-tu du trafic sur le pont champlain | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du déneigement | FB | fr-CA
out-of-domain | alexa combien de verglas demain à montréal | FB | fr-CA
out-of-domain | alexa c'est qui le meilleur pilote au grand prix | FB | fr-CA
out-of-domain | alexa dis-moi les numéros du bingo | FB | fr-CA
out-of-domain | alexa québec c'est-tu la capitale du monde de l'hiver | FB | fr-CA
out-of-domain | alexa genre c'est quoi la capitale de tiktok | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du crabe des neiges | FB | fr-CA
out-of-domain | alexa ma chouette fais jouer ginette reno | FB | fr-CA
out-of-domain | alexa trois-rivières c'est la capitale de la poésie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la baie-james | FB | fr-CA
out-of-domain | alexa combien de fuseaux horaires au canada | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale des franco-ontariens | FB | fr-CA
# --- cancel, stop, help, launch with a situation
cancel | alexa laisse tomber j'ai trouvé dans mes mots fléchés | CANCEL
cancel | alexa wakha annule mama elle a déjà la réponse | CANCEL
cancel | alexa oublie ça le client est parti de la caisse | CANCEL
cancel | alexa annule je me suis trompée de pays | CANCEL
cancel | alexa coudonc laisse faire le touriste est reparti | CANCEL | fr-CA
cancel | alexa oublie ça la game recommence | CANCEL | fr-CA
cancel | alexa laisse faire ma kokom a trouvé | CANCEL | fr-CA
cancel | alexa mannaggia annule la nonna a changé d'idée | CANCEL | fr-CA
cancel | alexa annule la question du tricheur | CANCEL | fr-CA
cancel | alexa laisse tomber la cordée elle est partie | CANCEL
stop | alexa adieu c'est fini on part en randonnée | STOP
stop | alexa arrête j'ai plus de réseau au refuge | STOP
stop | alexa stop le monsieur dort à la maison de retraite | STOP
stop | alexa arrête ça le bingo commence | STOP | fr-CA
stop | alexa c'est beau merci bonne soirée | STOP | fr-CA
stop | alexa ok arrête on va au chalet | STOP | fr-CA
help | alexa adieu tu peux m'expliquer comment marche le jeu des capitales | HELP
help | alexa mama elle veut savoir comment on te demande une capitale | HELP
help | alexa kwei comment je te demande une capitale | HELP | fr-CA
launch | alexa ouvre capitales du monde pour la mamie | LAUNCH
launch | alexa wesh lance capitales du monde | LAUNCH
launch | alexa lance capitales du monde on fait un quiz à la caserne | LAUNCH
launch | alexa adieu ouvre capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde on se pratique pour génies en herbe | LAUNCH | fr-CA
launch | alexa coudonc ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa lance capitales du monde pour la résidence | LAUNCH | fr-CA
launch | alexa ok so lance capitales du monde | LAUNCH | fr-CA
# --- more reverse, official, shared, plural
reverse-question | alexa mata-utu c'est la capitale de quoi ma tante vient de là | CITY:Mata-Utu
reverse-question | alexa le prof a dit port-vila c'est la capitale de quel pays | CITY:Port Vila
reverse-question | alexa whitehorse c'est la capitale de quoi au canada | CITY:Whitehorse | fr-CA
reverse-question | alexa gustavia c'est la capitale de quelle île | CITY:Gustavia
reverse-question | alexa chisinau c'est la capitale de quel pays le sommelier demande | CITY:Chișinău
reverse-question | alexa tegucigalpa c'est la capitale de quel pays au juste | CITY:Tegucigalpa | fr-CA
official-name | alexa mon prof d'histoire dit la capitale du royaume de norvège c'est oslo | NO
official-name | alexa la capitale de la république du kenya pour mon exposé | KE
official-name | alexa c'est quoi la capitale de la république argentine au juste | AR | fr-CA
official-name | alexa la capitale du royaume d'espagne pour la abuela | ES
official-name | alexa la capitale de la république de côte d'ivoire mon vieux père veut savoir | CI
shared-name | alexa mon cousin part en géorgie c'est quoi la capitale | GE+US-GA
shared-name | alexa on gage sur la capitale de la géorgie aux états-unis | US-GA | fr-CA
shared-name | alexa la tantie demande la capitale du congo sans dire lequel | CD+CG
shared-name | alexa au bingo on demande la capitale de la corée juste la corée | KP+KR | fr-CA
shared-name | alexa la capitale des îles vierges le bateau de mon cousin y va | VG+VI
plural-capitals | alexa benti demande pourquoi l'afrique du sud elle a trois capitales | ZA
plural-capitals | alexa mon vieux père dit que la côte d'ivoire a deux capitales lesquelles | CI
plural-capitals | alexa les capitales du bénin pour l'exposé du petit | BJ
# --- missing countries and more speakers
antilles-fr | alexa je pars en croisière {} c'est quoi la capitale | à la grenade=GD; aux seychelles=SC; à sainte-lucie=LC
saint-martin | alexa man the cousin say capitale de grenade c'est saint george's | GD
ivoire | alexa c'est quoi la capitale des seychelles on part en vacances là-bas dêh | SC
# --- more speaker lines
savoie | alexa le gardien du refuge il a des bénévoles {} c'est quoi la capitale de chez eux | polonais=PL; lituaniens=LT; lettons=LV
savoie | alexa adieu à la fruitière y a un acheteur {} qui goûte le beaufort c'est quoi sa capitale | japonais de tokyo=JP; canadien=CA; américain=US
montpellier | alexa oh fan mon colocataire de la fac est {} c'est quoi sa capitale | gabonais=GA; congolais de brazzaville=CG; tchadien=TD
montpellier | alexa sur la plage de palavas y a des touristes {} c'est quoi leur capitale | belges=BE; hollandais=NL; allemands=DE
nantes | alexa aux chantiers on a des soudeurs {} qui demandent leur capitale | roumains=RO; bulgares=BG; croates=HR
paris | alexa je suis gardienne d'immeuble et les nouveaux locataires viennent {} c'est quoi leur capitale | du pakistan=PK; du bangladesh=BD; du sri lanka=LK
paris | alexa au marché de belleville le marchand vient {} il me demande si je connais sa capitale | de tunisie=TN; d'algérie=DZ; du maroc=MA
neuf-trois | alexa frère le coach du city il vient {} c'est quoi la capitale | de la rdc=CD; de l'angola=AO; du congo brazza=CG
neuf-trois | alexa t'es chelou toi c'est quoi la capitale {} | du brésil=BR; du portugal=PT; de l'argentine=AR
gers | alexa au rugby d'auch on a un pilier {} c'est quoi la capitale chez lui | fidjien=FJ; tongien=TO; samoan=WS
avignon | alexa té pour le festival y a une compagnie {} c'est quoi leur capitale | du burkina=BF; du mali=ML; du niger=NE
poitou | alexa au marais poitevin le batelier demande la capitale {} des touristes | des anglais=GB; des irlandais=IE; des écossais=GB-SCT
maroc | alexa bslama mais avant la capitale {} pour benti | de la libye=LY; du soudan=SD; de la somalie=SO
ivoire | alexa c'est comment la capitale {} mon vieux père il a fait le commerce là-bas | du liberia=LR; de la sierra leone=SL; de la guinée=GN
espagnol | alexa hombre la abuela veut la capitale {} | de cuba=CU; de la république dominicaine=DO; de porto rico=PR
erasmus-it | alexa allora la capitale de la {} qu'est-ce que c'est | grèce=GR; turquie=TR; chypre=CY
filipino | alexa po capitale of {} madame ask | le japon=JP; la corée du sud=KR; la thaïlande=TH
afghan | alexa s'il vous plaît capitale de le {} | pakistan=PK; tadjikistan=TJ; ouzbékistan=UZ
routier | alexa je charge pour {} demain c'est quoi la capitale du pays | la lituanie=LT; la pologne=PL; la tchéquie=CZ
steward | alexa l'équipage fait escale {} c'est quoi la capitale | à maurice=MU; aux maldives=MV; à madagascar=MG
mots-fleches | alexa capitale {} en quatre lettres dans ma grille | du togo=TG; de l'italie=IT; du pérou=PE
qpuc | alexa neuf points gagnants c'est quoi la capitale {} | de la mongolie=MN; du bhoutan=BT; du népal=NP
jo | alexa aux jeux paralympiques une nageuse {} a gagné c'est quoi sa capitale | ukrainienne=UA; biélorusse=BY; hongroise=HU
enfant | alexa mon doudou il veut aller {} c'est quoi la capitale | en afrique du sud=ZA; au japon=JP; en islande=IS
ancien | alexa à la maison de retraite on se souvient {} c'est quoi la capitale aujourd'hui | de la rhodésie du sud=ZW; du dahomey=BJ; du zaïre=CD
gaspesie | alexa coudonc sur le quai y a un bateau {} c'est quoi la capitale de là | portugais=PT; espagnol=ES; islandais=IS | fr-CA
outaouais | alexa à la colline parlementaire y a des élèves {} qui demandent la capitale de leur province | du nouveau-brunswick=CA-NB; de la nouvelle-écosse=CA-NS; de l'île-du-prince-édouard=CA-PE | fr-CA
cote-nord | alexa au port de baie-comeau y a un cargo {} c'est quoi sa capitale | chinois=CN; grec=GR; allemand=DE | fr-CA
laurentides | alexa y a une gang {} au bar de la station c'est quoi leur capitale | anglaise=GB; irlandaise=IE; écossaise=GB-SCT | fr-CA
laval | alexa le prof de mon gars vient {} c'est quoi la capitale | du liban=LB; de la syrie=SY; de l'égypte=EG | fr-CA
italien-qc | alexa la nonna demande la capitale {} ma che je sais pas | de la sicile=FB; de la sardaigne=FB; de la calabre=FB | fr-CA
grec-qc | alexa ela c'est quoi la capitale {} le papou veut savoir | de l'albanie=AL; de la macédoine du nord=MK; de la bulgarie=BG | fr-CA
atikamekw | alexa mikwetc c'est quoi la capitale {} | de l'ontario=CA-ON; du nouveau-brunswick=CA-NB; de la nouvelle-écosse=CA-NS | fr-CA
mexicain-qc | alexa pues capitale de la {} s'il te plaît | colombie=CO; venezuela=VE; équateur=EC | fr-CA
camionneur | alexa faque j'ai un voyage {} c'est quoi la capitale de l'état | au connecticut=US-CT; au rhode island=US-RI; au new jersey=US-NJ | fr-CA
hydro | alexa chu monteur pis on a des collègues {} c'est quoi leur capitale | du maine=US-ME; de l'état de new york=US-NY; du vermont=US-VT | fr-CA
deneigeur | alexa en déneigeant je me demande c'est quoi la capitale {} | du minnesota=US-MN; du dakota du sud=US-SD; du montana=US-MT | fr-CA
caleche | alexa les touristes de la calèche viennent {} c'est quoi leur capitale | du kentucky=US-KY; du tennessee=US-TN; de l'ohio=US-OH | fr-CA
genies | alexa génies en herbe catégorie géo c'est quoi la capitale {} | de l'iowa=US-IA; du kansas=US-KS; du nebraska=US-NE | fr-CA
grand-prix | alexa l'écurie du grand prix vient {} c'est quoi la capitale | d'autriche=AT; de suisse=CH; d'italie=IT | fr-CA
aine-qc | alexa mon petit-fils fait un voyage {} c'est quoi la capitale | au cambodge=KH; au laos=LA; en thaïlande=TH | fr-CA
ados-qc | alexa genre mon chum est {} c'est quoi sa capitale | marocain=MA; tunisien=TN; algérien=DZ | fr-CA
enfant-qc | alexa moé j'veux la capitale {} | du brésil=BR; de la chine=CN; du japon=JP | fr-CA
bingo | alexa au bingo la madame revient {} c'est quoi la capitale | de floride=US-FL; de caroline du nord=US-NC; d'oklahoma=US-OK | fr-CA
"""

if __name__ == "__main__":
    build_round(36, "fr", LINES, sys.argv, "tests/Eval/fr/round36/source/build_corpus.py")
