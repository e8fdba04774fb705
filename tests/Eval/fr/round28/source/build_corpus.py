"""Round 28, French (fr-FR, fr-CA): a new author's own mix, written blind at the start of the twenty-seventh session,
about a third of the lines fr-CA. Speakers chosen apart from rounds 24-27. France on fr-FR devices: Burgundians (the
Dijon mustard works, the Hospices de Beaune auction, snails, a pinot-growing father-in-law), Picards (a boat in the
Amiens hortillonnages, the seals of the bay of Somme, "alle", "mi j'sais point"), Champenois and Ardennais (a Reims
cellar and the remueur, the Épernay harvest, a boar hunt), Catalans of Perpignan ("bon dia", "adéu", "mon pare", the
USAP, the Castillet), Sétois and Montpelliérains ("oh fan", "cagade", the joutes nautiques, the tielle), Vendéens (the
Puy du Fou, Les Sables, the Vendée Globe start, the mogettes), Grenoblois (a mountain refuge without network, a
flatshare, an Italian nonno: "allora"), a Vietnamese-French family in the 13th arrondissement ("bà", "con", the Sunday
pho), Polish-French families of the Lens mining basin ("babcia", "na zdrowie", Bollaert), Armenian-French families
in Valence and Alfortville ("yaya jan", "tsavet tanem"); learners: a Brazilian nanny ("nossa", "né", "tipo", "por
favor", "de le venezuela"), an American exchange student in Aix ("okay so", "like", "um", "le capitale", "de la
kenya"); teenagers at a sleepover and before the brevet ("genre", "en mode", "trop chelou", "jsp"); at work: a hair
salon, a supermarket till, a call centre on break, a beekeeper, a sommelier, a postman; the car (the A7 jams, a
motorway area, a camping-car); homework and a CM2 class; board games (Les Aventuriers du Rail, Time's Up, belote at
granny's), video games (FIFA, Football Manager, Age of Empires, Pokémon Go), TV games (Tout le monde veut prendre sa
place, Motus, Le Grand Concours); sport (the Six Nations, Roland-Garros, the Dakar, the football World Cup draw, the
ski World Cup). Canada (fr-CA): Madelinots (the wind, the lobster fishermen, the dunes, the wharf), the Eastern
Townships (Sherbrooke students, lake Memphrémagog, mont Orford, "tsé"), Trois-Rivières (the Laviolette bridge, the
FestiVoix, the Grand Prix), the sugar shack (the tire on the snow, the evaporator), the first-of-July moving day,
Italian-Quebecers in Saint-Léonard ("nonna", "mannaggia", "allora", the tomato day), Greek-Quebecers in
Parc-Extension ("yiayia", "ela", "opa", the souvlaki counter), Congolese-Quebecers ("mon frère", "eh mama", the
Sunday choir), Fransaskois of Gravelbourg (the combine, the co-op, the prairie), a fishing outfitter (the floatplane,
the doré), a snowmobile relay at minus thirty, a CPE daycare, a curling club and a microbrewery trivia night,
everyday Quebec (a garage sale, the ice storm, the caisse pop, Le Cercle on TVA, "coudonc", "m'achale"). Plus
follow-ups, yes/no checks with right and wrong guesses, self-corrections with a marker ("non pardon", "euh non je veux
dire", "oups", "non attends", "excuse-moi", "je me suis trompé", "ah pis non", "scuse", "non c'est pas ça", "attends
je recommence"), reverse questions, official, everyday and old names, shared names (Géorgie, Congo, Corée, îles
Vierges), plurals (every several-capital country, Palestine, Jammu-et-Cachemire, Uttarakhand, Montserrat),
subdivisions and territories, two places in one question, one-shot requests through "capitales du monde", launch,
help, stop and cancel, out-of-domain near misses (other facts about a named country, "capitale" and "capital" in other
senses, regions the data lacks, fictional places, everyday requests), and what recognition writes (lost accents and
hyphens, homophones such as "cas nada", "bah reine", "nez pale", "on grille", "tôt go", split and joined words such
as "lacapitale", "ouzbek istan", "srilanka").
`python3 tests/Eval/fr/round28/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 28's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ---- fr-FR: Burgundy (Dijon, the mustard works, the Hospices de Beaune auction, the Clos Vougeot)
bourgogne | alexa à la moutarderie on se demande c'est quoi la capitale {} | de la hongrie=HU; de la croatie=HR; de la slovénie=SI
bourgogne | alexa pendant la vente des hospices de beaune dis-moi la capitale {} | du japon=JP; de la corée du sud=KR
bourgogne | alexa entre deux douzaines d'escargots la capitale {} c'est laquelle | de la grèce=GR; de chypre=CY; de malte=MT
bourgogne | alexa mon beau-père qui fait du pinot demande la capitale {} | de la nouvelle-zélande=NZ; du chili=CL
bourgogne | alexa on descend à dijon en voiture et on se demande la capitale {} | de l'autriche=AT; de la suisse=CH
# ---- fr-FR: Picardy (Amiens, the hortillonnages, the cathedral, the bay of Somme seals)
picardie | alexa en barque dans les hortillonnages on cherche la capitale {} | du danemark=DK; de la norvège=NO
picardie | alexa ma mère alle veut savoir la capitale {} | de l'islande=IS; de la finlande=FI; de la suède=SE
picardie | alexa on regarde les phoques en baie de somme c'est quoi la capitale {} déjà | de l'irlande=IE; de l'estonie=EE
picardie | alexa mi j'sais point la capitale {} tu me la dis | de la lettonie=LV; de la lituanie=LT
# ---- fr-FR: Champagne and the Ardennes (a Reims cellar, the Épernay harvest, the boar of the Ardennes)
champagne | alexa dans la cave à reims le remueur veut savoir la capitale {} | de la russie=RU; de l'ukraine=UA; de la biélorussie=BY
champagne | alexa les vendangeurs d'épernay se disputent sur la capitale {} | de l'australie=AU; de l'argentine=AR
champagne | alexa à la chasse dans les ardennes on parie sur la capitale {} | du canada=CA; des états-unis=US; du mexique=MX
champagne | alexa pendant le dégorgement dis-nous vite la capitale {} | de singapour=SG; de la malaisie=MY; de l'indonésie=ID
# ---- fr-FR: Perpignan and the Catalan country ("bon dia", "adéu", the USAP, the Castillet, "mon pare")
catalan | alexa bon dia c'est quoi la capitale {} | de l'andorre=AD; de l'espagne=ES; du portugal=PT
catalan | alexa mon pare il demande la capitale {} | de l'uruguay=UY; du paraguay=PY
catalan | alexa avant le match de l'usap dis-moi la capitale {} | des fidji=FJ; des samoa=WS; des tonga=TO
catalan | alexa au pied du castillet on cherche la capitale {} adéu | de l'équateur=EC; du pérou=PE
# ---- fr-FR: Montpellier and Sète (the joutes nautiques, the tielle, "oh fan", "cagade")
sete | alexa oh fan c'est quoi la capitale {} | de la tunisie=TN; de l'algérie=DZ; du maroc=MA
sete | alexa pendant les joutes sur le canal on veut la capitale {} | de la libye=LY; de l'égypte=EG
sete | alexa j'ai fait une cagade au quiz c'était quoi la capitale {} | du liban=LB; de la syrie=SY; de la jordanie=JO
sete | alexa en mangeant la tielle on se demande la capitale {} | de l'albanie=AL; du monténégro=ME
# ---- fr-FR: Vendée (the Puy du Fou, Les Sables, the Vendée Globe start, the mogettes)
vendee | alexa au puy du fou mon fils demande la capitale {} | du royaume-uni=GB; de la belgique=BE; du luxembourg=LU
vendee | alexa on regarde le départ du vendée globe c'est quoi la capitale {} | du cap-vert=CV; de maurice=MU; des seychelles=SC
vendee | alexa aux sables sur la plage dis-moi la capitale {} | de la barbade=BB; de la grenade=GD
vendee | alexa entre deux assiettes de mogettes la capitale {} tu sais | de la dominique=DM; de sainte-lucie=LC
# ---- fr-FR: Grenoble and the Alps (a mountain refuge, students in a flatshare, an Italian-Grenoblois nonno)
grenoble | alexa au refuge on n'a plus de réseau sauf toi c'est quoi la capitale {} | du népal=NP; du bhoutan=BT; du pakistan=PK
grenoble | alexa mon nonno dit allora la capitale {} c'est quoi | de l'italie=IT; de saint-marin=SM
grenoble | alexa dans la coloc on s'engueule sur la capitale {} | du kazakhstan=KZ; de l'ouzbékistan=UZ; du turkménistan=TM
grenoble | alexa après la rando en chartreuse dis-nous la capitale {} | du tadjikistan=TJ; du kirghizstan=KG
# ---- fr-FR: a Vietnamese-French family in the 13th arrondissement ("bà", "con", the pho on Sunday)
vietnamien | alexa ma grand-mère bà demande la capitale {} | du viêt nam=VN; du laos=LA; du cambodge=KH
vietnamien | alexa pendant le pho du dimanche c'est quoi la capitale {} | de la thaïlande=TH; du myanmar=MM
vietnamien | alexa con il a un contrôle dis-lui la capitale {} | des philippines=PH; du brunei=BN; du timor oriental=TL
# ---- fr-FR: Polish-French families of the mining basin (Lens, "babcia", the RC Lens at Bollaert)
polonais | alexa ma babcia elle veut savoir la capitale {} | de la pologne=PL; de la slovaquie=SK; de la tchéquie=CZ
polonais | alexa à bollaert avant le coup d'envoi c'est quoi la capitale {} | de la serbie=RS; de la bosnie-herzégovine=BA
polonais | alexa na zdrowie dis-nous la capitale {} | de la roumanie=RO; de la bulgarie=BG; de la moldavie=MD
# ---- fr-FR: Armenian-French families in Valence and Alfortville ("yaya", "tsavet tanem", "jan")
armenien | alexa yaya jan demande la capitale {} | de l'arménie=AM; de l'azerbaïdjan=AZ; de la turquie=TR
armenien | alexa tsavet tanem dis-moi la capitale {} | de l'iran=IR; de l'irak=IQ
armenien | alexa au repas chez tonton à alfortville c'est quoi la capitale {} | du koweït=KW; de bahreïn=BH; du qatar=QA
# ---- fr-FR: a Brazilian nanny learning French ("né", "tipo", "nossa", "a menina", "comment on dit")
bresilienne | alexa nossa c'est quoi le capitale {} né | du brésil=BR; de la colombie=CO
bresilienne | alexa tipo la menina elle demande capitale {} | de le venezuela=VE; de le guyana=GY; de le suriname=SR
bresilienne | alexa comment on dit la capitale {} por favor non s'il te plaît | de la angola=AO; de la mozambique=MZ
bresilienne | alexa eu não sei euh je sais pas la capitale {} | de la cuba=CU; de la haïti=HT
# ---- fr-FR: an American exchange student in Aix ("like", "okay so", "um", gender slips)
americain | alexa okay so c'est quoi le capitale {} | de le nigeria=NG; de le ghana=GH; de le libéria=LR
americain | alexa um like je voudrais savoir la capitale {} | de la kenya=KE; de la éthiopie=ET
americain | alexa my host mom demande la capitale {} sorry | du sierra leone=SL; du gambie=GM
americain | alexa so like la capitale {} c'est quoi exactly | de ouganda=UG; de rwanda=RW; de burundi=BI
# ---- fr-FR: teenagers at a sleepover and before the brevet ("genre", "en mode", "trop chelou", "jsp")
ados | alexa genre c'est quoi la capitale {} | de l'afghanistan=AF; de l'inde=IN
ados | alexa en mode on révise le brevet la capitale {} c'est quoi | du sénégal=SN; du mali=ML; de la mauritanie=MR
ados | alexa trop chelou ce pays c'est quoi sa capitale {} | du burkina faso=BF; du niger=NE; du tchad=TD
ados | alexa on fait une soirée pyjama et on veut la capitale {} | de la guinée=GN; de la guinée-bissau=GW; de la guinée équatoriale=GQ
ados | alexa jsp la capitale {} tu peux me dire | du togo=TG; du gabon=GA
# ---- fr-FR: at work (a hair salon, a supermarket till, a call centre on break, a beekeeper, a sommelier, a postman)
metiers | alexa sous le casque chez la coiffeuse on se demande la capitale {} | de la somalie=SO; de djibouti=DJ; de l'érythrée=ER
metiers | alexa à la caisse huit c'est calme dis-moi la capitale {} | du soudan=SD; du soudan du sud=SS
metiers | alexa à la pause du centre d'appels c'est quoi la capitale {} | du zimbabwe=ZW; de la zambie=ZM; du malawi=MW
metiers | alexa au rucher avec les abeilles la capitale {} c'est quoi | de la namibie=NA; du botswana=BW; du lesotho=LS
metiers | alexa le sommelier voudrait la capitale {} | de la géorgie le pays=GE; de la moldavie=MD
metiers | alexa pendant ma tournée de facteur dis-moi la capitale {} | de madagascar=MG; des comores=KM
# ---- fr-FR: the car and the camping-car (the A7 in August, the motorway area, the GPS)
route | alexa on est sur l'a sept dans les bouchons c'est quoi la capitale {} | de l'arabie saoudite=SA; du yémen=YE; d'oman=OM
route | alexa sur l'aire d'autoroute les enfants demandent la capitale {} | des émirats arabes unis=AE; d'israël=IL
route | alexa dans le camping-car on joue à trouver la capitale {} | de la mongolie=MN; de la chine=CN; de la corée du nord=KP
route | alexa tant qu'on roule dis-nous la capitale {} | du sri lanka=LK; des maldives=MV; du bangladesh=BD
# ---- fr-FR: homework and the classroom (a CM2 geography lesson, a mother checking homework)
devoirs | alexa la maîtresse a donné les capitales à apprendre c'est quoi la capitale {} | du cameroun=CM; de la république centrafricaine=CF
devoirs | alexa je vérifie les devoirs du petit la capitale {} c'est bien quoi | de la côte d'ivoire=CI; du bénin=BJ
devoirs | alexa en classe de cm deux on cherche la capitale {} | de la tanzanie=TZ; de l'afrique du sud=ZA
devoirs | alexa pour l'exposé de ma fille c'est quoi la capitale {} | de l'eswatini=SZ; de sao tomé-et-principe=ST
# ---- fr-FR: board games (Les Aventuriers du Rail, Time's Up, Carcassonne night)
jeux-societe | alexa aux aventuriers du rail on se demande la capitale {} | de la macédoine du nord=MK; du kosovo=XK
jeux-societe | alexa au time's up personne sait la capitale {} | du liechtenstein=LI; de monaco=MC
jeux-societe | alexa partie de belote chez mamie et on cherche la capitale {} | des pays-bas=NL; de l'allemagne=DE
# ---- fr-FR: video games (FIFA, Football Manager, Age of Empires, Pokémon Go)
jeux-video | alexa sur fifa j'ai pris l'équipe {} c'est quoi sa capitale | du costa rica=CR; du panama=PA; du honduras=HN
jeux-video | alexa sur football manager je suis coach {} c'est quoi la capitale | du salvador=SV; du guatemala=GT; du nicaragua=NI
jeux-video | alexa sur age of empires je joue les turcs c'est quoi la capitale {} aujourd'hui | de la turquie=TR
jeux-video | alexa dans pokémon go j'ai une carte postale {} c'est quoi la capitale | de la jamaïque=JM; des bahamas=BS; du belize=BZ
# ---- fr-FR: TV games (Motus, Tout le monde veut prendre sa place, Le Grand Concours, Jeopardy)
tele | alexa à tout le monde veut prendre sa place ils demandent la capitale {} | de la papouasie-nouvelle-guinée=PG; du vanuatu=VU
tele | alexa à motus il fallait trouver la capitale {} c'est quoi | de kiribati=KI; de tuvalu=TV; de nauru=NR
tele | alexa le candidat du grand concours a séché sur la capitale {} | des îles marshall=MH; des palaos=PW; de la micronésie=FM
tele | alexa à la télé ils parlent {} c'est quoi déjà la capitale | des îles salomon=SB; de la mauritanie=MR
# ---- fr-FR: sport (the Six Nations, Roland-Garros, the Dakar, the ski World Cup, the football World Cup draw)
sport | alexa pendant le tournoi des six nations c'est quoi la capitale {} | de l'écosse=GB-SCT; du pays de galles=GB-WLS
sport | alexa à roland-garros le joueur vient {} c'est quoi la capitale | du kazakhstan=KZ; de la serbie=RS; de la norvège=NO
sport | alexa le dakar passe par {} c'est quoi la capitale | l'arabie saoudite=SA
sport | alexa pour le tirage de la coupe du monde dis-moi la capitale {} | du qatar=QA; de l'équateur=EC; de la bolivie=BO
sport | alexa à la coupe du monde de ski c'est quoi la capitale {} | de l'andorre=AD; de la slovénie=SI
# ---- fr-CA: Îles-de-la-Madeleine (the lobster season, the wind, the dunes, "mon chum pêcheur")
madelinots | alexa y vente à écorner les boeufs aux îles c'est quoi la capitale {} | de l'islande=IS; du groenland=GL | fr-CA
madelinots | alexa mon chum pêcheur de homard veut savoir la capitale {} | du portugal=PT; de l'irlande=IE | fr-CA
madelinots | alexa sur la dune du sud on se demande la capitale {} | de la norvège=NO; de la jamaïque=JM | fr-CA
madelinots | alexa avant le débarquement au quai dis-moi la capitale {} | de terre-neuve=CA-NL; de la nouvelle-écosse=CA-NS | fr-CA
# ---- fr-CA: the Eastern Townships (Sherbrooke students, Magog, Mont Orford, "tsé")
estrie | alexa tsé la capitale {} c'est quoi déjà | du vermont=US-VT; du maine=US-ME; du new hampshire=US-NH | fr-CA
estrie | alexa à l'université de sherbrooke on a un quiz la capitale {} | de la pologne=PL; de la hongrie=HU | fr-CA
estrie | alexa au bord du lac memphrémagog c'est quoi la capitale {} | de la croatie=HR; de la grèce=GR | fr-CA
estrie | alexa en montant le mont orford on s'obstine sur la capitale {} | de la suisse=CH; de l'autriche=AT | fr-CA
# ---- fr-CA: Trois-Rivières (the Grand Prix, the FestiVoix, the Laviolette bridge)
trois-rivieres | alexa su'l pont laviolette on se demande la capitale {} | du brésil=BR; de l'argentine=AR | fr-CA
trois-rivieres | alexa au festivoix mon chum gage sur la capitale {} | de l'espagne=ES; de l'italie=IT | fr-CA
trois-rivieres | alexa au grand prix de trois-rivières le pilote vient {} c'est quoi la capitale | de la belgique=BE; des pays-bas=NL | fr-CA
# ---- fr-CA: the sugar shack (tire on the snow, oreilles de crisse, the evaporator)
cabane | alexa à la cabane à sucre on se demande la capitale {} | du japon=JP; de la chine=CN; de l'inde=IN | fr-CA
cabane | alexa en attendant la tire su'a neige c'est quoi la capitale {} | de la russie=RU; de l'ukraine=UA | fr-CA
cabane | alexa mon oncle à l'évaporateur y veut savoir la capitale {} | de l'allemagne=DE; de la france=FR | fr-CA
cabane | alexa entre deux oreilles de crisse dis-moi donc la capitale {} | du mexique=MX; de cuba=CU | fr-CA
# ---- fr-CA: the first of July moving day (boxes, the truck, the landlord)
demenagement | alexa on déménage pis y reste juste toi de branché c'est quoi la capitale {} | du pérou=PE; de la colombie=CO | fr-CA
demenagement | alexa entre deux boîtes la capitale {} c'est quoi | du venezuela=VE; du chili=CL; de la bolivie=BO | fr-CA
demenagement | alexa le propriétaire vient {} c'est quoi la capitale de son pays | du liban=LB; de la syrie=SY; d'haïti=HT | fr-CA
demenagement | alexa dans le camion de déménagement on gage sur la capitale {} | du maroc=MA; de l'algérie=DZ; de la tunisie=TN | fr-CA
# ---- fr-CA: Italian-Quebecers in Saint-Léonard ("nonna", "mannaggia", "allora", the sauce tomato day)
italo-mtl | alexa ma nonna a demande la capitale {} | de malte=MT; de saint-marin=SM; de monaco=MC | fr-CA
italo-mtl | alexa mannaggia j'ai oublié la capitale {} | de l'albanie=AL; de la slovénie=SI | fr-CA
italo-mtl | alexa pendant la journée des tomates allora c'est quoi la capitale {} | de la tunisie=TN; de la libye=LY | fr-CA
# ---- fr-CA: Greek-Quebecers in Parc-Extension ("yiayia", "ela", "opa", the souvlaki counter)
grec-mtl | alexa ma yiayia veut savoir la capitale {} | de chypre=CY; de la bulgarie=BG; de la macédoine du nord=MK | fr-CA
grec-mtl | alexa ela c'est quoi la capitale {} | de la turquie=TR; de l'égypte=EG | fr-CA
grec-mtl | alexa au comptoir à souvlaki un client demande la capitale {} opa | de l'australie=AU; de la roumanie=RO | fr-CA
# ---- fr-CA: Congolese-Quebecers in Montréal ("mon frère", "eh mama", "na lingi", the Sunday choir)
congolais-mtl | alexa mon frère c'est quoi la capitale {} | de la république démocratique du congo=CD; de l'angola=AO | fr-CA
congolais-mtl | alexa eh mama a veut savoir la capitale {} | du rwanda=RW; du burundi=BI; de l'ouganda=UG | fr-CA
congolais-mtl | alexa après la chorale du dimanche on cherche la capitale {} | du gabon=GA; du cameroun=CM; de la république du congo=CG | fr-CA
# ---- fr-CA: Fransaskois of Gravelbourg and the prairie (the wheat harvest, the combine, the co-op)
fransaskois | alexa dans la moissonneuse à gravelbourg c'est quoi la capitale {} | de la saskatchewan=CA-SK; du manitoba=CA-MB; de l'alberta=CA-AB | fr-CA
fransaskois | alexa à la coop les fermiers s'obstinent sur la capitale {} | du dakota du nord=US-ND; du montana=US-MT | fr-CA
fransaskois | alexa dans la prairie y a rien à faire dis-moi la capitale {} | du kazakhstan=KZ; de la mongolie=MN | fr-CA
# ---- fr-CA: a fishing outfitter (the doré, the floatplane, the camp)
pourvoirie | alexa au camp de pêche en attendant l'hydravion c'est quoi la capitale {} | du nunavut=CA-NU; du yukon=CA-YT | fr-CA
pourvoirie | alexa les doré mordent pas dis-moi la capitale {} | de la finlande=FI; de la suède=SE; du danemark=DK | fr-CA
pourvoirie | alexa le guide de la pourvoirie gage que tu sais pas la capitale {} | de l'estonie=EE; de la lituanie=LT | fr-CA
# ---- fr-CA: snowmobile trails (the relay, the trail pass, minus thirty)
motoneige | alexa au relais de motoneige on se demande la capitale {} | de la lettonie=LV; de la biélorussie=BY | fr-CA
motoneige | alexa y fait moins trente dehors c'est quoi la capitale {} | de la moldavie=MD; de la géorgie le pays=GE | fr-CA
motoneige | alexa on fait le plein au relais dis-nous la capitale {} | de l'arménie=AM; de l'azerbaïdjan=AZ | fr-CA
# ---- fr-CA: a CPE daycare educator with the little ones
cpe | alexa les amis du cpe veulent savoir la capitale {} | du kenya=KE; de la tanzanie=TZ | fr-CA
cpe | alexa pendant la sieste c'est quoi la capitale {} chut | du sénégal=SN; de la côte d'ivoire=CI | fr-CA
cpe | alexa la petite léa demande c'est quoi la capitale {} | de madagascar=MG; de l'éthiopie=ET | fr-CA
# ---- fr-CA: curling club and the microbrewery trivia night
curling | alexa au club de curling entre deux bouts c'est quoi la capitale {} | de l'écosse=GB-SCT; de la nouvelle-zélande=NZ | fr-CA
curling | alexa au quiz de la microbrasserie on bloque sur la capitale {} | de l'ouzbékistan=UZ; du turkménistan=TM; du tadjikistan=TJ | fr-CA
curling | alexa l'équipe des bières tablettes demande la capitale {} | de l'afghanistan=AF; du pakistan=PK | fr-CA
# ---- fr-CA: everyday Quebec (the Bell Centre, the garage sale, the ice storm, the caisse pop, Le Cercle on TVA)
maison-qc | alexa coudonc c'est quoi la capitale {} | de la thaïlande=TH; du viêt nam=VN; du laos=LA | fr-CA
maison-qc | alexa pendant la vente de garage un monsieur demande la capitale {} | du népal=NP; du bangladesh=BD | fr-CA
maison-qc | alexa au cercle sur tva y ont demandé la capitale {} | de l'indonésie=ID; des philippines=PH; de la malaisie=MY | fr-CA
maison-qc | alexa ma belle-mère m'achale avec la capitale {} | de la corée du sud=KR; du cambodge=KH | fr-CA
maison-qc | alexa pendant le verglas on a juste la radio pis toi c'est quoi la capitale {} | de l'iran=IR; de l'irak=IQ; de l'arabie saoudite=SA | fr-CA
maison-qc | alexa en attendant à la caisse pop dis-moi donc la capitale {} | du honduras=HN; du costa rica=CR | fr-CA
# ---- follow-ups (in session, mostly without the wake word)
follow-up | et {} alors | pour le bhoutan=BT; la sierra leone=SL; pour le tchad=TD
follow-up | ah d'accord et celle {} | du niger=NE; du soudan=SD; de la gambie=GM
follow-up | super et maintenant {} | le liberia=LR; la namibie=NA; le botswana=BW
follow-up | bon ben et {} du coup | la zambie=ZM; le malawi=MW
follow-up | merci et celle {} c'est quoi | du yémen=YE; d'oman=OM; du koweït=KW
follow-up | ok pis {} elle | le guatemala=GT; le nicaragua=NI; le salvador=SV | fr-CA
follow-up | pis celle {} tant qu'à faire | du paraguay=PY; de l'uruguay=UY | fr-CA
follow-up | ok merci pis {} d'abord | la barbade=BB; la grenade=GD; le belize=BZ | fr-CA
follow-up | et la même chose pour {} | l'érythrée=ER; djibouti=DJ; la somalie=SO
follow-up | d'accord et pour {} s'il te plaît | les comores=KM; les seychelles=SC; maurice=MU
follow-up | et {} tu connais | le lesotho=LS; le zimbabwe=ZW
follow-up | attends et {} c'est laquelle | la guinée-bissau=GW; la guinée équatoriale=GQ | fr-CA
follow-up | correct pis {} | la corée du nord=KP; le brunei=BN | fr-CA
follow-up | ah ouais et {} | le timor oriental=TL; le myanmar=MM; le sri lanka=LK
# ---- yes/no checks (the place asked about, right or wrong guess)
yes-no-check | alexa la capitale de l'australie c'est sydney hein | AU
yes-no-check | alexa c'est vrai que la capitale du brésil c'est rio | BR
yes-no-check | alexa est-ce que la capitale de la turquie c'est istanbul | TR
yes-no-check | alexa je crois que la capitale du canada c'est ottawa j'ai raison | CA
yes-no-check | alexa la capitale du maroc c'est bien rabat | MA
yes-no-check | alexa dis-moi si lagos est la capitale du nigeria | NG
yes-no-check | alexa ma fille dit que la capitale de la suisse c'est genève c'est ça | CH
yes-no-check | alexa la capitale du kazakhstan c'est toujours almaty | KZ
yes-no-check | alexa est-ce que la capitale de la nouvelle-zélande c'est auckland | NZ
yes-no-check | alexa on m'a dit que la capitale de la bolivie c'est la paz c'est vrai | BO
yes-no-check | alexa la capitale du viêt nam c'est hanoï ou hô chi minh-ville | VN
yes-no-check | alexa la capitale de l'inde c'est bien new delhi et pas bombay | IN
yes-no-check | alexa c'est yamoussoukro la capitale de la côte d'ivoire non | CI
yes-no-check | alexa la capitale du myanmar c'est encore rangoun | MM
yes-no-check | alexa vérifie-moi un truc la capitale du pakistan c'est karachi | PK
yes-no-check | alexa la capitale de la tanzanie c'est dar es salaam non | TZ
yes-no-check | alexa j'ai bon si je dis que la capitale de l'allemagne c'est berlin | DE
yes-no-check | alexa la capitale du québec c'est-tu montréal | CA-QC | fr-CA
yes-no-check | alexa c'est-tu vrai que la capitale de la floride c'est miami | US-FL | fr-CA
yes-no-check | alexa la capitale de l'ontario c'est toronto han | CA-ON | fr-CA
yes-no-check | alexa mon chum dit que la capitale de la californie c'est los angeles y a-tu raison | US-CA | fr-CA
yes-no-check | alexa la capitale des états-unis c'est-tu new york ou washington | US | fr-CA
yes-no-check | alexa gage-tu que la capitale de la colombie-britannique c'est vancouver | CA-BC | fr-CA
yes-no-check | alexa la capitale du manitoba c'est bien winnipeg right | CA-MB | fr-CA
yes-no-check | alexa est-ce que c'est halifax la capitale de la nouvelle-écosse | CA-NS | fr-CA
yes-no-check | alexa la capitale de l'espagne c'est-tu barcelone | ES | fr-CA
yes-no-check | alexa la capitale de la chine c'est shanghai ou c'est pas ça | CN | fr-CA
yes-no-check | alexa la capitale du texas c'est houston pas vrai | US-TX
yes-no-check | alexa je parie que la capitale de l'italie c'est milan | IT
yes-no-check | alexa la capitale du bénin c'est cotonou oui ou non | BJ
yes-no-check | alexa la capitale de l'afrique du sud c'est johannesburg hein | ZA
# ---- self-corrections (the last place named)
self-correction | alexa la capitale de l'autriche non pardon de l'allemagne | DE
self-correction | alexa c'est quoi la capitale de la slovénie euh non je veux dire de la slovaquie | SK
self-correction | alexa la capitale de l'iran oups de l'irak | IQ
self-correction | alexa capitale de la guinée non attends de la guyane | GF
self-correction | alexa la capitale du niger euh non pardon du nigeria | NG
self-correction | alexa la capitale de la suède non non de la suisse | CH
self-correction | alexa dis-moi la capitale de la mongolie ah non excuse-moi de la moldavie | MD
self-correction | alexa la capitale du paraguay je me suis trompé de l'uruguay | UY
self-correction | alexa c'est quoi la capitale de la gambie non je voulais dire de la zambie | ZM
self-correction | alexa la capitale de la lettonie euh pardon de la lituanie | LT
self-correction | alexa la capitale du cameroun non attends du congo brazzaville | CG
self-correction | alexa la capitale de l'islande ou plutôt non de l'irlande | IE
self-correction | alexa la capitale de la dominique euh non de la république dominicaine | DO
self-correction | alexa capitale du népal non pardon je voulais dire du bhoutan | BT
self-correction | alexa la capitale de la colombie ah non de la colombie-britannique | CA-BC | fr-CA
self-correction | alexa c'est quoi la capitale de l'alberta non attends de la saskatchewan | CA-SK | fr-CA
self-correction | alexa la capitale du nouveau-brunswick euh non scuse du nouveau-mexique | US-NM | fr-CA
self-correction | alexa la capitale de l'autriche oups j'veux dire de l'australie | AU | fr-CA
self-correction | alexa la capitale du costa rica non non de porto rico | PR | fr-CA
self-correction | alexa la capitale de la virginie euh non de la virginie-occidentale | US-WV | fr-CA
self-correction | alexa la capitale de la mauritanie ah pis non de maurice | MU | fr-CA
self-correction | alexa la capitale de l'arménie je me suis trompée de l'albanie | AL | fr-CA
self-correction | alexa la capitale du dakota du sud non pardon du dakota du nord | US-ND | fr-CA
self-correction | alexa la capitale de la tunisie non c'est pas ça de la turquie | TR
self-correction | alexa la capitale du sénégal attends je recommence du soudan du sud | SS
self-correction | alexa la capitale de l'équateur pardon je veux dire de la guinée équatoriale | GQ
self-correction | alexa la capitale de la croatie non je voulais dire de la serbie | RS
self-correction | alexa la capitale du malawi euh non du mali | ML
# ---- reverse questions (CITY:<capital>)
reverse-question | alexa {} c'est la capitale de quel pays | oulan-bator=CITY:Oulan-Bator; tachkent=CITY:Tachkent; bichkek=CITY:Bichkek
reverse-question | alexa {} c'est la capitale de quoi | ouagadougou=CITY:Ouagadougou; nouakchott=CITY:Nouakchott; niamey=CITY:Niamey
reverse-question | alexa de quel pays {} est la capitale | montevideo=CITY:Montevideo; asunción=CITY:Asunción; paramaribo=CITY:Paramaribo
reverse-question | alexa {} c'est la capitale de quel état | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; albany=CITY:Albany
reverse-question | alexa {} c'est-tu une capitale de quoi | regina=CITY:Regina; iqaluit=CITY:Iqaluit; charlottetown=CITY:Charlottetown | fr-CA
reverse-question | alexa {} c'est la capitale de quelle province | fredericton=CITY:Fredericton; whitehorse=CITY:Whitehorse | fr-CA
reverse-question | alexa quel pays a {} comme capitale | canberra=CITY:Canberra; ljubljana=CITY:Ljubljana; bratislava=CITY:Bratislava
reverse-question | alexa la ville de {} c'est la capitale de quoi au juste | victoria=CITY:Victoria; kingston=CITY:Kingston; saint john's=CITY:Saint John's | fr-CA
reverse-question | alexa {} c'est dans quel pays c'est une capitale non | la paz=CITY:La Paz; castries=CITY:Castries
reverse-question | alexa tu sais {} c'est la capitale de quel pays | windhoek=CITY:Windhoek; lilongwe=CITY:Lilongwe; antananarivo=CITY:Antananarivo
reverse-question | alexa {} ça serait la capitale de quel coin | bakou=CITY:Bakou; erevan=CITY:Erevan; tbilissi=CITY:Tbilissi | fr-CA
reverse-question | alexa quelle province a {} pour capitale | edmonton=CITY:Edmonton; toronto=CITY:Toronto | fr-CA
reverse-question | alexa {} c'est la capitale de quel état mexicain | guadalajara=CITY:Guadalajara; monterrey=CITY:Monterrey; mérida=CITY:Mérida
# ---- official names
official-name | alexa quelle est la capitale {} | de la république populaire de chine=CN; de la fédération de russie=RU; du royaume d'espagne=ES
official-name | alexa c'est quoi au juste la capitale {} | de la république islamique du pakistan=PK; de la république arabe syrienne=SY; de la confédération helvétique=CH
official-name | alexa dis-moi la capitale {} | du royaume de norvège=NO; du royaume de suède=SE; du royaume du danemark=DK
official-name | alexa je cherche la capitale {} | de la république hellénique=GR; de la république italienne=IT; de la république portugaise=PT
official-name | alexa la capitale {} c'est quoi | des états-unis d'amérique=US; du royaume-uni de grande-bretagne et d'irlande du nord=GB | fr-CA
official-name | alexa peux-tu me donner la capitale {} | de la république du sénégal=SN; du royaume de thaïlande=TH; de la république libanaise=LB
official-name | alexa c'est quelle ville la capitale {} | de la république algérienne démocratique et populaire=DZ; de la république arabe d'égypte=EG | fr-CA
official-name | alexa capitale {} s'il te plaît | du grand-duché de luxembourg=LU; de la principauté de monaco=MC; de la république bolivarienne du venezuela=VE
official-name | alexa c'est quoi la capitale officielle {} | de la république socialiste du viêt nam=VN; de la république populaire démocratique de corée=KP | fr-CA
official-name | alexa tu connais la capitale {} | du royaume du maroc=MA; de la république du cameroun=CM; de la république fédérative du brésil=BR
# ---- everyday names
everyday-name | alexa tu peux me dire c'est quoi la capitale {} | de la hollande=NL; de l'angleterre=GB-ENG; des émirats=AE
everyday-name | alexa bon alors la capitale {} c'est laquelle | de la rdc=CD; du burkina=BF; de la centrafrique=CF
everyday-name | alexa dis-moi vite fait la capitale {} | de la bosnie=BA; de la macédoine=MK; de trinidad=TT
everyday-name | alexa c'est quoi ça la capitale {} | des states=US; de l'amérique=US | fr-CA
everyday-name | alexa euh quelle est la capitale {} déjà | de saint-kitts=KN; d'antigua=AG; de saint-vincent=VC
everyday-name | alexa la capitale {} tu sais | du timor=TL; de la papouasie=PG; de sao tomé=ST
everyday-name | alexa aide-moi c'est quoi la capitale {} | de moldova=MD; de la türkiye=TR; de cabo verde=CV | fr-CA
everyday-name | alexa c'est quoi la capitale {} déjà | de la grande-bretagne=GB; de la république tchèque=CZ; de la guinée-conakry=GN
# ---- old names (the country today)
old-name | alexa c'était quoi la capitale {} | de la perse=IR; du siam=TH; de ceylan=LK
old-name | alexa mon grand-père parle {} c'est quoi la capitale | du dahomey=BJ; de la haute-volta=BF; du zaïre=CD
old-name | alexa la capitale {} c'est quoi aujourd'hui | de l'abyssinie=ET; de la birmanie=MM; de formose=TW
old-name | alexa capitale {} ça existe encore | de la rhodésie=ZW; du bechuanaland=BW; du basutoland=LS | fr-CA
old-name | alexa sur mon vieux timbre c'est écrit {} c'est quoi la capitale | nyassaland=MW; tanganyika=TZ; oubangui-chari=CF
old-name | alexa sur le vieil atlas de mon père y a {} c'est quoi sa capitale | le honduras britannique=BZ; les nouvelles-hébrides=VU; le kampuchéa=KH | fr-CA
old-name | alexa la capitale {} | de la côte française des somalis=DJ; de la gold coast=GH; de la guinée portugaise=GW
old-name | alexa quelle est la capitale {} maintenant | du soudan français=ML; de la rhodésie du nord=ZM; du swaziland=SZ
# ---- shared names (bare: every place; disambiguated: the one place)
shared-name | alexa c'est quoi la capitale de la géorgie | GE+US-GA
shared-name | alexa capitale de la géorgie s'il te plaît | GE+US-GA | fr-CA
shared-name | alexa la géorgie c'est quoi sa capitale | GE+US-GA
shared-name | alexa dis-moi la capitale de la géorgie l'état aux états-unis | US-GA | fr-CA
shared-name | alexa la capitale de la géorgie celle à côté de l'arménie | GE
shared-name | alexa la capitale de la géorgie en amérique | US-GA
shared-name | alexa c'est quoi la capitale du congo | CD+CG
shared-name | alexa la capitale du congo tu la connais | CD+CG | fr-CA
shared-name | alexa les capitales des deux congos | CD+CG
shared-name | alexa la capitale du congo kinshasa | CD
shared-name | alexa la capitale du congo celui de brazzaville | CG | fr-CA
shared-name | alexa c'est quoi la capitale de la corée | KP+KR
shared-name | alexa la capitale de la corée c'est laquelle | KP+KR | fr-CA
shared-name | alexa les capitales des deux corées | KP+KR
shared-name | alexa la capitale de la corée celle du nord | KP | fr-CA
shared-name | alexa la capitale de la corée du côté de séoul | KR
shared-name | alexa c'est quoi la capitale des îles vierges | VG+VI
shared-name | alexa capitale des îles vierges | VG+VI | fr-CA
shared-name | alexa la capitale des îles vierges américaines | VI
shared-name | alexa la capitale des îles vierges les anglaises | VG | fr-CA
shared-name | alexa quelle est la capitale de la corée s'il vous plaît | KP+KR
shared-name | alexa c'est quoi la capitale de la géorgie euh le pays | GE | fr-CA
# ---- plurals (several-capital countries, Palestine and the subdivisions with two capitals)
plural-capitals | alexa c'est quoi les capitales {} | de l'afrique du sud=ZA; de la bolivie=BO; du bénin=BJ
plural-capitals | alexa quelles sont les capitales {} | de la côte d'ivoire=CI; du sri lanka=LK; de la malaisie=MY
plural-capitals | alexa dis-moi les deux capitales {} | des pays-bas=NL; de l'eswatini=SZ; de la palestine=PS
plural-capitals | alexa c'est quoi les trois capitales de l'afrique du sud déjà | ZA | fr-CA
plural-capitals | alexa la bolivie a deux capitales c'est lesquelles | BO | fr-CA
plural-capitals | alexa le bénin y a-tu deux capitales c'est quoi | BJ | fr-CA
plural-capitals | alexa les capitales de la côte d'ivoire c'est quoi les deux | CI | fr-CA
plural-capitals | alexa le sri lanka a combien de capitales pis c'est lesquelles | LK | fr-CA
plural-capitals | alexa ça se peut que la malaisie a deux capitales lesquelles | MY | fr-CA
plural-capitals | alexa pourquoi les pays-bas ont deux capitales c'est lesquelles | NL
plural-capitals | alexa le swaziland il a bien deux capitales c'est quoi | SZ
plural-capitals | alexa c'est quoi les capitales de la palestine | PS | fr-CA
plural-capitals | alexa donne-moi toutes les capitales de l'afrique du sud | ZA
plural-capitals | alexa c'est quoi les capitales de la bolivie sucre et quoi | BO
plural-capitals | alexa les capitales du jammu-et-cachemire | IN-JK
plural-capitals | alexa montserrat ça a deux capitales c'est lesquelles | MS | fr-CA
plural-capitals | alexa quelles sont les capitales de l'uttarakhand | IN-UK
plural-capitals | alexa pour mon exposé j'ai besoin des deux capitales du bénin | BJ
plural-capitals | alexa j'ai lu que l'eswatini avait deux capitales c'est lesquelles | SZ | fr-CA
plural-capitals | alexa la côte d'ivoire elle a plusieurs capitales non | CI
# ---- subdivisions (Canadian provinces and territories, US, Mexican, Brazilian, German, Indian, Australian states, the UK's nations)
subdivision | alexa c'est quoi ça encore la capitale {} | de l'île-du-prince-édouard=CA-PE; des territoires du nord-ouest=CA-NT; du nouveau-brunswick=CA-NB | fr-CA
subdivision | alexa la capitale {} c'est quelle ville | du québec=CA-QC; de l'ontario=CA-ON | fr-CA
subdivision | alexa dis-moi donc la capitale {} | de l'alaska=US-AK; d'hawaï=US-HI; de l'oregon=US-OR | fr-CA
subdivision | alexa quelle est la capitale de l'état {} | du nevada=US-NV; de l'arizona=US-AZ; du colorado=US-CO | fr-CA
subdivision | alexa c'est quoi la capitale de l'état {} | de new york=US-NY; de washington=US-WA | fr-CA
subdivision | alexa la capitale {} tu sais-tu | du massachusetts=US-MA; du connecticut=US-CT; du rhode island=US-RI | fr-CA
subdivision | alexa on part en voyage c'est quoi la capitale {} | de la louisiane=US-LA; du tennessee=US-TN; du kentucky=US-KY | fr-CA
subdivision | alexa c'est laquelle la capitale {} | de l'illinois=US-IL; du michigan=US-MI; de l'ohio=US-OH
subdivision | alexa je voudrais la capitale {} | de la pennsylvanie=US-PA; du new jersey=US-NJ; du delaware=US-DE
subdivision | alexa c'est quoi la capitale de l'état américain {} | du wisconsin=US-WI; du minnesota=US-MN; de l'iowa=US-IA
subdivision | alexa la capitale {} s'il te plaît merci | de l'utah=US-UT; du wyoming=US-WY; de l'idaho=US-ID
subdivision | alexa dis-moi la capitale de l'état {} | du missouri=US-MO; du kansas=US-KS; du nebraska=US-NE
subdivision | alexa c'est quoi la capitale {} aux états-unis | de l'alabama=US-AL; du mississippi=US-MS; de l'arkansas=US-AR
subdivision | alexa et la capitale {} c'est quoi | de la caroline du nord=US-NC; de la caroline du sud=US-SC; de l'oklahoma=US-OK
subdivision | alexa la capitale {} en allemagne | de la bavière=DE-BY; de la saxe=DE-SN; de la hesse=DE-HE
subdivision | alexa c'est quoi la capitale du land {} | de basse-saxe=DE-NI; de rhénanie-palatinat=DE-RP; de thuringe=DE-TH
subdivision | alexa pour mon voyage en allemagne la capitale {} c'est quoi | du bade-wurtemberg=DE-BW; du schleswig-holstein=DE-SH; de la sarre=DE-SL
subdivision | alexa c'est quoi la capitale de l'état {} au mexique | du jalisco=MX-JAL; du yucatán=MX-YUC; d'oaxaca=MX-OAX
subdivision | alexa la capitale de l'état {} au brésil | de bahia=BR-BA; de são paulo=BR-SP; d'amazonas=BR-AM
subdivision | alexa c'est quoi la capitale de l'état indien {} | du kerala=IN-KL; du rajasthan=IN-RJ; du tamil nadu=IN-TN
subdivision | alexa dis-moi la capitale {} en inde | du gujarat=IN-GJ; du bengale-occidental=IN-WB; de goa=IN-GA
subdivision | alexa la capitale {} en australie | du queensland=AU-QLD; de la tasmanie=AU-TAS; de l'australie-occidentale=AU-WA
subdivision | alexa c'est quoi la capitale de l'état de {} | victoria=AU-VIC; nouvelle-galles du sud=AU-NSW
subdivision | alexa la capitale de l'irlande du nord | GB-NIR
subdivision | alexa la capitale de l'angleterre c'est londres ou pas | GB-ENG
subdivision | alexa c'est quoi la capitale du pays de galles | GB-WLS | fr-CA
# ---- territories (overseas France, British, Dutch, Danish, US, Australian territories)
territory | alexa hé c'est quoi la capitale {} | de la martinique=MQ; de la guadeloupe=GP; de mayotte=YT
territory | alexa ma cousine part en mission la capitale {} c'est laquelle | de la nouvelle-calédonie=NC; de wallis-et-futuna=WF; de la polynésie française=PF
territory | alexa dis-moi un peu la capitale {} | de saint-pierre-et-miquelon=PM; de saint-barthélemy=BL; de saint-martin=MF
territory | alexa quelle est la capitale {} mettons | des bermudes=BM; de gibraltar=GI; des îles caïmans=KY | fr-CA
territory | alexa la capitale {} tu la connais | du groenland=GL; des îles féroé=FO; des îles åland=AX
territory | alexa c'est quoi la capitale {} donc | de porto rico=PR; de guam=GU; des samoa américaines=AS | fr-CA
territory | alexa c'est quoi le chef-lieu {} | de la guyane=GF; de la réunion=RE
territory | alexa la capitale {} c'est quoi au fait | d'aruba=AW; de curaçao=CW; des îles turques-et-caïques=TC
territory | alexa la capitale {} s'il te plaît | de jersey=JE; de guernesey=GG; de l'île de man=IM
territory | alexa c'est quoi la capitale des malouines | FK | fr-CA
territory | alexa il y a une capitale en antarctique | AQ
territory | alexa la capitale de hong kong c'est quoi | HK | fr-CA
territory | alexa c'est quoi la capitale du sahara occidental | EH
territory | alexa la capitale des îles cook | CK
territory | alexa la capitale de sainte-hélène | SH | fr-CA
# ---- one-shot requests through the invocation name
one-shot | alexa demande à capitales du monde la capitale {} | du pérou=PE; de la finlande=FI; du ghana=GH
one-shot | alexa ouvre capitales du monde et dis-moi la capitale {} | du portugal=PT; de la jamaïque=JM
one-shot | alexa lance capitales du monde c'est quoi la capitale {} | de l'égypte=EG; de la grèce=GR | fr-CA
one-shot | alexa demande à capitales du monde c'est quoi la capitale {} | du manitoba=CA-MB; du yukon=CA-YT | fr-CA
one-shot | alexa capitales du monde la capitale {} | du kenya=KE; du népal=NP
one-shot | alexa demande à capitales du monde si la capitale de l'australie c'est sydney | AU
one-shot | alexa demande à capitales du monde quelles sont les capitales des pays-bas | NL
one-shot | alexa demande à capitales du monde ottawa c'est la capitale de quoi | CITY:Ottawa | fr-CA
one-shot | alexa ouvre capitales du monde pour la capitale de la corée | KP+KR
one-shot | alexa va sur capitales du monde et trouve la capitale de l'arabie saoudite | SA
one-shot | alexa demande à capitales du monde la capitale de la géorgie le pays | GE | fr-CA
one-shot | alexa dis à capitales du monde de me donner la capitale du laos | LA
one-shot | alexa avec capitales du monde c'est quoi la capitale de la mongolie | MN
one-shot | alexa demande donc à capitales du monde la capitale de l'estonie | EE | fr-CA
one-shot | alexa demande à capitales du monde la capitale du mozambique s'il te plaît | MZ
# ---- two places in one question (every place named)
two-places | alexa c'est quoi la capitale de l'argentine et celle du chili | AR+CL
two-places | alexa la capitale du rwanda et du burundi | BI+RW
two-places | alexa les capitales de la norvège et de la suède | NO+SE | fr-CA
two-places | alexa la capitale du canada pis celle des états-unis | CA+US | fr-CA
two-places | alexa donne-moi la capitale de l'inde et du pakistan | IN+PK
two-places | alexa la capitale de la slovaquie et celle de la slovénie je les mélange | SI+SK
plural-capitals | alexa la malaisie a deux capitales kuala lumpur et c'est quoi l'autre | MY
plural-capitals | alexa les deux capitales des pays-bas pour l'exposé | NL | fr-CA
plural-capitals | alexa on m'a dit que le sri lanka a deux capitales c'est lesquelles | LK
# ---- what recognition writes (lost accents and hyphens, homophones, split and joined words)
recognition | alexa c'est quoi la capitale de la grece | GR
recognition | alexa la capitale du perou | PE
recognition | alexa capitale de l'equateur | EC
recognition | alexa la capitale du chad | TD
recognition | alexa c'est quoi la capitale du cas nada | CA | fr-CA
recognition | alexa la capitale de l'iraq | IQ
recognition | alexa la capitale du cap verre | CV
recognition | alexa c'est quoi la capitale de bah reine | BH
recognition | alexa la capitale du katar | QA | fr-CA
recognition | alexa la capitale du nez pale | NP
recognition | alexa c'est quoi la capitale de la on grille | HU
recognition | alexa la capitale des fiji | FJ
recognition | alexa c'est quoi la capitale de où ganda | UG
recognition | alexa la capitale du vietnam | VN | fr-CA
recognition | alexa lacapitale du japon | JP
recognition | alexa la capital du danemark | DK
recognition | alexa la capitale des pays bas | NL | fr-CA
recognition | alexa la capitale de la nouvelle zelande | NZ
recognition | alexa c'est quoi la capitale de l'arabie saoudit | SA
recognition | alexa la capitale de la bielo russie | BY | fr-CA
recognition | alexa la capitale de l'ouzbek istan | UZ
recognition | alexa c'est quoi la capitale de l'azer baïdjan | AZ
recognition | alexa la capitale du srilanka | LK
recognition | alexa la capitale du costarica | CR | fr-CA
recognition | alexa la capitale d'haiti | HT | fr-CA
recognition | alexa la capitale d'israel | IL
recognition | alexa c'est quoi la capitale de la jamaique | JM | fr-CA
recognition | alexa la capitale de la fin lande | FI
recognition | alexa la capitale du groen land | GL
recognition | alexa la capitale du benin | BJ
recognition | alexa c'est quoi la capitale du coweit | KW | fr-CA
recognition | alexa la capitale de la tchequie | CZ
recognition | alexa la capitale des emirats arabes unis | AE
recognition | alexa la capitale de la malte | MT
recognition | alexa la capitale de doman | OM | fr-CA
recognition | alexa c'est quoi la capitale du tôt go | TG
recognition | alexa la capitale de la colombie britannique | CA-BC | fr-CA
recognition | alexa la capitale de l'ile du prince edouard | CA-PE | fr-CA
recognition | alexa la capitale de la mauri tanie | MR
recognition | alexa capitale de la sierra léone | SL
recognition | alexa la capitale de la guinée bissau | GW
recognition | alexa la capitale des etats unis | US | fr-CA
recognition | alexa la capitale du kirghizistan | KG
recognition | alexa la capitale de l'afgha nistan | AF
# ---- out of domain (other facts about a named country, "capitale" in other senses, places the data lacks, everyday requests)
out-of-domain | alexa combien d'habitants en chine | FB
out-of-domain | alexa c'est quoi la monnaie du japon | FB
out-of-domain | alexa on parle quelle langue au brésil | FB
out-of-domain | alexa il fait combien à madrid aujourd'hui | FB
out-of-domain | alexa quelle heure il est à tokyo | FB
out-of-domain | alexa c'est quoi le drapeau de l'italie | FB
out-of-domain | alexa qui est le président du mexique | FB
out-of-domain | alexa c'est quoi la plus grande ville du canada | FB | fr-CA
out-of-domain | alexa combien de temps de vol entre paris et dakar | FB
out-of-domain | alexa c'est quoi l'indicatif téléphonique de la belgique | FB
out-of-domain | alexa quelle est la superficie de la russie | FB
out-of-domain | alexa c'est quoi l'hymne de la suisse | FB
out-of-domain | alexa quel est le plus haut sommet du népal | FB
out-of-domain | alexa c'est quoi la spécialité culinaire du portugal | FB
out-of-domain | alexa faut-il un visa pour aller au maroc | FB
out-of-domain | alexa c'est quoi la religion principale de l'indonésie | FB
out-of-domain | alexa il y a combien de provinces au canada | FB | fr-CA
out-of-domain | alexa c'est quoi le taux de change du dollar américain | FB | fr-CA
out-of-domain | alexa qui est le premier ministre de l'ontario | FB | fr-CA
out-of-domain | alexa il fait-tu beau à cancún cette semaine | FB | fr-CA
out-of-domain | alexa combien de kilomètres entre montréal pis québec | FB | fr-CA
out-of-domain | alexa c'est quoi la population de l'australie | FB
out-of-domain | alexa quel fleuve traverse l'égypte | FB
out-of-domain | alexa c'est quoi la deuxième ville de l'allemagne | FB
out-of-domain | alexa c'est quoi le capital social d'une sarl | FB
out-of-domain | alexa c'est quoi la peine capitale | FB
out-of-domain | alexa comment on écrit une lettre capitale | FB
out-of-domain | alexa c'est quoi un capital décès | FB
out-of-domain | alexa c'est quoi le capital humain en économie | FB
out-of-domain | alexa mets la radio capitale | FB
out-of-domain | alexa c'est quoi la capitale européenne de la culture cette année | FB
out-of-domain | alexa quelle ville est la capitale mondiale de la gastronomie | FB
out-of-domain | alexa appelle la capitale assurances | FB | fr-CA
out-of-domain | alexa c'est quoi la région de la capitale-nationale | FB | fr-CA
out-of-domain | alexa c'est quoi mon capital de vacances à la banque | FB | fr-CA
out-of-domain | alexa quelle était la capitale de la nouvelle-france | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la bretagne | FB
out-of-domain | alexa c'est quoi la capitale de la catalogne | FB
out-of-domain | alexa la capitale de la sicile c'est quoi | FB
out-of-domain | alexa c'est quoi la capitale de la provence | FB
out-of-domain | alexa la capitale de la toscane | FB
out-of-domain | alexa c'est quoi la capitale de la gaspésie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'abitibi | FB | fr-CA
out-of-domain | alexa la capitale du saguenay c'est-tu chicoutimi | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la flandre | FB
out-of-domain | alexa quelle est la capitale de la bavière au moyen âge | FB
out-of-domain | alexa c'était quoi la capitale de l'empire romain d'orient | FB
out-of-domain | alexa c'est quoi la capitale de l'atlantide | FB
out-of-domain | alexa c'est quoi la capitale de la lune | FB
out-of-domain | alexa la capitale du pays des schtroumpfs | FB
out-of-domain | alexa c'est quoi la capitale du wakanda | FB
out-of-domain | alexa c'est quoi la capitale de la corse | FB
out-of-domain | alexa la capitale de l'écosse avant édimbourg c'était quoi | FB
out-of-domain | alexa mets un minuteur de dix minutes pour les pâtes | FB
out-of-domain | alexa rajoute du lait sur la liste de courses | FB
out-of-domain | alexa allume la lumière du salon | FB
out-of-domain | alexa mets de la musique de zouk | FB
out-of-domain | alexa réveille-moi à six heures demain | FB
out-of-domain | alexa raconte-moi une blague | FB
out-of-domain | alexa c'est quand la fête des mères | FB
out-of-domain | alexa quel temps il fera ce week-end à brest | FB
out-of-domain | alexa mets france inter | FB
out-of-domain | alexa appelle maman | FB
out-of-domain | alexa c'est quoi le score du match de l'om | FB
out-of-domain | alexa traduis bonjour en portugais | FB
out-of-domain | alexa combien font sept fois huit | FB
out-of-domain | alexa ouvre la porte du garage | FB | fr-CA
out-of-domain | alexa mets de la musique de céline dion | FB | fr-CA
out-of-domain | alexa c'est quoi la météo pour demain à sherbrooke | FB | fr-CA
out-of-domain | alexa ajoute des oeufs sur ma liste d'épicerie | FB | fr-CA
out-of-domain | alexa part une minuterie de vingt minutes | FB | fr-CA
out-of-domain | alexa c'est quoi le score des canadiens hier soir | FB | fr-CA
out-of-domain | alexa baisse le chauffage | FB | fr-CA
out-of-domain | alexa mets ckoi | FB | fr-CA
out-of-domain | alexa joue de la musique des cowboys fringants | FB | fr-CA
out-of-domain | alexa c'est quoi la recette du pouding chômeur | FB | fr-CA
out-of-domain | alexa combien de calories dans une poutine | FB | fr-CA
out-of-domain | alexa c'est quand la prochaine pleine lune | FB | fr-CA
out-of-domain | alexa c'est quoi le fuseau horaire de vancouver | FB | fr-CA
out-of-domain | alexa la tour eiffel elle mesure combien | FB
out-of-domain | alexa c'est où le machu picchu | FB
out-of-domain | alexa dans quel pays se trouve tombouctou | FB
out-of-domain | alexa quelle est la capitale économique du maroc | FB
out-of-domain | alexa c'est quoi la capitale économique de la côte d'ivoire | FB
out-of-domain | alexa quelle est l'ancienne capitale du japon | FB
out-of-domain | alexa la capitale de la mode c'est milan ou paris | FB
out-of-domain | alexa c'est quoi la capitale du rock | FB
out-of-domain | alexa combien y a-t-il de pays en afrique | FB
out-of-domain | alexa quel est le pays le plus petit du monde | FB
out-of-domain | alexa combien de langues officielles en inde | FB
out-of-domain | alexa c'est quoi le plat national de la hongrie | FB
out-of-domain | alexa quand est-ce que la belgique est devenue indépendante | FB
out-of-domain | alexa qui a gagné la coupe du monde en deux mille dix-huit | FB
out-of-domain | alexa c'est quoi le prix du gazole | FB
out-of-domain | alexa fais-moi une liste des pays qui commencent par b | FB
out-of-domain | alexa quel est le pays le plus peuplé du monde | FB | fr-CA
out-of-domain | alexa c'est qui le maire de montréal | FB | fr-CA
out-of-domain | alexa qui est le roi d'espagne | FB
out-of-domain | alexa c'est quoi la langue officielle du suriname | FB
out-of-domain | alexa c'est quoi la monnaie de la suisse pis du danemark | FB | fr-CA
out-of-domain | alexa la babcia demande combien d'habitants en pologne | FB
out-of-domain | alexa au refuge c'est quoi l'altitude du mont blanc | FB
out-of-domain | alexa pour l'exposé c'est quoi la population du cameroun | FB
out-of-domain | alexa en mode c'est quoi la langue qu'on parle au kazakhstan | FB
out-of-domain | alexa quel fuseau horaire en arménie | FB
out-of-domain | alexa c'est quoi la monnaie du viêt nam | FB
out-of-domain | alexa quelle est la plus grande ville du brésil | FB
out-of-domain | alexa la grande muraille de chine elle fait combien de kilomètres | FB
out-of-domain | alexa quel pays a gagné le tournoi des six nations l'an dernier | FB
out-of-domain | alexa c'est quoi la ville principale de la vendée | FB
out-of-domain | alexa c'est quoi la capitale de l'occitanie | FB
out-of-domain | alexa c'est quoi la capitale de la champagne | FB
out-of-domain | alexa la capitale de la picardie c'était pas amiens | FB
out-of-domain | alexa c'est quoi la capitale de la bourgogne | FB
out-of-domain | alexa c'est quoi la capitale du pays basque espagnol | FB
out-of-domain | alexa c'est quoi la capitale de la sardaigne | FB
out-of-domain | alexa la capitale de la patagonie | FB
out-of-domain | alexa la capitale de la transylvanie c'est quoi | FB
out-of-domain | alexa c'est quoi la capitale de la mer méditerranée | FB
out-of-domain | alexa la capitale des aventuriers du rail c'est quelle carte | FB
out-of-domain | alexa augmente le capital de mon assurance vie | FB
out-of-domain | alexa c'est quoi le mot le plus long en capitales | FB
out-of-domain | alexa mets les sous-titres en majuscules | FB
out-of-domain | alexa c'est quoi la capitale des îles-de-la-madeleine | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'estrie | FB | fr-CA
out-of-domain | alexa la capitale de la beauce c'est-tu saint-georges | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale du sirop d'érable | FB | fr-CA
out-of-domain | alexa combien ça coûte un billet d'avion pour la grèce | FB | fr-CA
out-of-domain | alexa c'est quoi la population de la saskatchewan | FB | fr-CA
out-of-domain | alexa mets de la musique grecque pour le party | FB | fr-CA
out-of-domain | alexa combien de temps pour cuire un homard | FB | fr-CA
out-of-domain | alexa c'est quand la prochaine tempête de neige | FB | fr-CA
out-of-domain | alexa qui joue au centre bell à soir | FB | fr-CA
out-of-domain | alexa c'est quoi le nom du premier ministre du canada | FB | fr-CA
out-of-domain | alexa c'est quoi l'équipe de hockey de winnipeg | FB | fr-CA
# ---- help
help | alexa je comprends pas comment ça marche ce jeu | HELP
help | alexa aide-moi je sais pas quoi te demander | HELP
help | alexa qu'est-ce que je peux te demander avec capitales du monde | HELP
help | alexa c'est quoi les règles | HELP
help | alexa tu peux m'expliquer comment on joue | HELP
help | alexa au secours je suis perdue | HELP
help | alexa comment on pose une question ici | HELP
help | alexa explique-moi ce que tu sais faire avec les capitales | HELP
help | alexa ma grand-mère comprend pas comment ça marche tu peux l'aider | HELP
help | alexa aide s'il te plaît | HELP
help | alexa qu'est-ce que je dois dire | HELP
help | alexa je sais pas comment m'y prendre aide-moi | HELP
help | alexa comment ça fonctionne ton affaire | HELP | fr-CA
help | alexa j'ai besoin d'aide avec capitales du monde | HELP | fr-CA
help | alexa je suis mêlé qu'est-ce que je peux dire | HELP | fr-CA
help | alexa aide-moi donc j'comprends rien | HELP | fr-CA
help | alexa c'est quoi que je peux te demander | HELP | fr-CA
help | alexa explique-moi comment ça marche pour les enfants | HELP | fr-CA
help | alexa comment on s'en sert de ça | HELP | fr-CA
help | alexa peux-tu m'aider à utiliser le jeu des capitales | HELP | fr-CA
help | alexa aide-nous on sait pas jouer | HELP
help | alexa j'ai oublié comment on fait aide | HELP
# ---- stop
stop | alexa stop c'est l'heure du dîner | STOP
stop | alexa arrête on passe à table | STOP
stop | alexa stop ça suffit pour ce soir | STOP
stop | alexa arrête les capitales j'en ai marre | STOP
stop | alexa quitte capitales du monde | STOP
stop | alexa stop le bébé dort | STOP
stop | alexa arrête tout on sort | STOP
stop | alexa stop stop | STOP
stop | alexa ferme le jeu des capitales | STOP
stop | alexa arrête maintenant s'il te plaît | STOP
stop | alexa tais-toi le téléphone sonne | STOP
stop | alexa arrête on a fini les devoirs | STOP
stop | alexa arrête ça là c'est assez | STOP | fr-CA
stop | alexa stop on s'en va au chalet | STOP | fr-CA
stop | alexa ferme ça on soupe | STOP | fr-CA
stop | alexa arrête le jeu les enfants vont se coucher | STOP | fr-CA
stop | alexa stop on a fini pour à soir | STOP | fr-CA
stop | alexa sors de capitales du monde | STOP | fr-CA
stop | alexa arrête j'ai plus le temps | STOP | fr-CA
stop | alexa stop merci bonne nuit | STOP | fr-CA
stop | alexa ferme-la la game est finie | STOP | fr-CA
stop | alexa arrête de parler | STOP
# ---- cancel
cancel | alexa annule je me suis trompé de pays | CANCEL
cancel | alexa laisse tomber c'était pas la bonne question | CANCEL
cancel | alexa annule la question de mon fils | CANCEL
cancel | alexa non annule on l'a trouvé dans le livre | CANCEL
cancel | alexa oublie ce que j'ai demandé | CANCEL
cancel | alexa annule c'est mon mari qui a parlé | CANCEL
cancel | alexa laisse tomber la capitale on verra demain | CANCEL
cancel | alexa annule la dernière question | CANCEL
cancel | alexa non non annule | CANCEL
cancel | alexa laisse tomber c'est pas grave | CANCEL
cancel | alexa oublie ça je l'ai sur la carte | CANCEL
cancel | alexa annule ma demande s'il te plaît | CANCEL
cancel | alexa laisse faire c'est correct | CANCEL | fr-CA
cancel | alexa annule ça le petit a crié n'importe quoi | CANCEL | fr-CA
cancel | alexa oublie ça ma blonde le savait | CANCEL | fr-CA
cancel | alexa laisse faire la question | CANCEL | fr-CA
cancel | alexa annule j'ai trouvé dans mon cahier | CANCEL | fr-CA
cancel | alexa non laisse faire ça | CANCEL | fr-CA
cancel | alexa annule ça c'était pas pour toi | CANCEL | fr-CA
cancel | alexa oublie ma question sur le pérou | CANCEL | fr-CA
cancel | alexa annule je parlais à ma soeur | CANCEL
cancel | alexa laisse tomber je demanderai à la maîtresse | CANCEL
# ---- launch
launch | alexa ouvre capitales du monde | LAUNCH
launch | alexa lance capitales du monde s'il te plaît | LAUNCH
launch | alexa on joue à capitales du monde | LAUNCH
launch | alexa démarre capitales du monde pour les enfants | LAUNCH
launch | alexa capitales du monde | LAUNCH
launch | alexa j'aimerais jouer à capitales du monde | LAUNCH
launch | alexa ouvre donc capitales du monde | LAUNCH | fr-CA
launch | alexa part capitales du monde | LAUNCH | fr-CA
launch | alexa on veut jouer à capitales du monde avec grand-papa | LAUNCH | fr-CA
launch | alexa mets capitales du monde | LAUNCH | fr-CA
launch | alexa lance le jeu capitales du monde | LAUNCH
launch | alexa réveille capitales du monde | LAUNCH
help | alexa le petit veut jouer aux capitales mais on sait pas quoi dire | HELP
help | alexa euh comment on joue à capitales du monde déjà | HELP
help | alexa aide-moi j'ai jamais utilisé ce jeu-là | HELP | fr-CA
help | alexa qu'est-ce qu'on peut faire avec capitales du monde au juste | HELP | fr-CA
stop | alexa stop la pause est finie je retourne en caisse | STOP
stop | alexa arrête le quiz on arrive au péage | STOP
stop | alexa stop le film commence | STOP
stop | alexa arrête capitales du monde on va se baigner | STOP
stop | alexa stop les enfants au lit | STOP
stop | alexa arrête ça on part à la cabane | STOP | fr-CA
stop | alexa stop le souper est prêt | STOP | fr-CA
cancel | alexa annule c'était la télé qui parlait | CANCEL
cancel | alexa laisse tomber la question de ma belle-mère | CANCEL
cancel | alexa annule ça le chien a jappé | CANCEL | fr-CA
launch | alexa démarre le jeu des capitales du monde | LAUNCH
launch | alexa lance capitales du monde pour la classe | LAUNCH
launch | alexa ouvre capitales du monde on est prêts | LAUNCH | fr-CA
"""

if __name__ == "__main__":
    build_round(28, "fr", LINES, sys.argv, "tests/Eval/fr/round28/source/build_corpus.py")
