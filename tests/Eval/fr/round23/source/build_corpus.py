"""Round 23, French (fr-FR, fr-CA): a new author's own mix, written blind, about a third of the lines fr-CA.
Speakers chosen apart from rounds 19-22. France (fr-FR): sailors on a Toulon frigate, a Reims champagne-cellar crew,
a Chamonix mountain-hut keeper and her hikers, a Nantes family in the car on the way to holidays ("on arrive quand"),
a Rouen hair salon, a Dijon brasserie kitchen at the rush, a retired Périgord teacher doing mots fléchés, a Polish-French
family in the Lens mining basin, a Perpignan Catalan-French grandfather ("bé", "home"), an RER commuter, collégiens
revising the brevet ("le contrôle d'histoire-géo", "genre", "trop chelou"), a Brazilian au pair and an American exchange
student in Tours and an Italian Erasmus student in Montpellier (gender and article slips, "allora", "how do you say"),
and the Vendée Globe, Roland-Garros, the Dakar rally, the biathlon World Cup, the Champions League, TV games ("Motus",
"Tout le monde veut prendre sa place", "Qui veut gagner des millions"), belote and Time's Up evenings, crêpes in the
kitchen. Canada (fr-CA): Îles-de-la-Madeleine fishermen, Rimouski and the Côte-Nord (Sept-Îles, Baie-Comeau),
Sherbrooke students, Trois-Rivières, a Joliette CPE educator with the little ones, a Laval high-school ("polyvalente")
class, a Hydro-Québec lineman in the truck, a sugar shack in April, a snowmobile trip, Moving Day on the first of July,
Fransaskois in Gravelbourg, Franco-Ontarians in Hawkesbury, Latin-American newcomers in francisation, the hockey game
on the radio ("kossé", "quessé", "ben voyons", "mautadine", "drette là", "tantôt", "à matin", "m'as", "check ben",
"y fait frette", "bout d'ciarge", "genre", "full"). Plus fillers and hesitations ("euh", "bah", "hum", "attends"),
self-corrections, follow-ups, yes/no checks, reverse questions, official, old and everyday names, shared names
(Géorgie, Congo, Corée, îles Vierges), plurals (every several-capital country and Palestine), subdivisions (Canadian
provinces, US, Mexican, Brazilian, German, Indian and Australian states, the UK's nations), French overseas places and
other territories, one-shot requests through "capitales du monde", out-of-domain near-misses (other facts about a
named country, "capital" as money, the M6 magazine, capital letters, the death penalty, French regions and
departments the data lacks), and what recognition writes (lost accents, lost hyphens, split or joined words,
misspellings). `python3 tests/Eval/fr/round23/source/build_corpus.py [--check]`; the mechanics are in
source/round12_hinl_corpus.py (build_round with round 23's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# fr-FR: sailors on a Toulon frigate.
toulon-navy | alexa on fait escale où déjà bon c'est quoi la capitale {} | de l'oman=OM; du yémen=YE; de djibouti=DJ
toulon-navy | alexa le pacha demande la capitale {} pour le briefing | des seychelles=SC; de madagascar=MG; des comores=KM
toulon-navy | alexa en passerelle on se demande c'est quoi la capitale {} | de l'érythrée=ER; de la somalie=SO; du soudan=SD
toulon-navy | alexa t'as la capitale {} on mouille devant demain | de malte=MT; de chypre=CY; du liban=LB
toulon-navy | alexa au carré les gars parient sur la capitale {} | de la libye=LY; de la tunisie=TN; de l'algérie=DZ
toulon-navy | alexa quelle est la capitale {} on croise au large | du sri lanka=LK; des maldives=MV; de maurice=MU
toulon-navy | alexa pour la relève de quart c'est quoi la capitale {} | du qatar=QA; de bahreïn=BH; du koweït=KW

# fr-FR: a Reims champagne cellar.
reims-cellar | alexa on exporte des bouteilles {} c'est quoi la capitale là-bas | en lettonie=LV; en lituanie=LT; en estonie=EE
reims-cellar | alexa le client vient {} il habite la capitale c'est laquelle | de norvège=NO; de finlande=FI; de suède=SE
reims-cellar | bon alexa pendant qu'on remue les bouteilles la capitale {} c'est quoi | du danemark=DK; de l'islande=IS; de l'irlande=IE
reims-cellar | alexa pour l'étiquette export la capitale {} s'il te plaît | du japon=JP; de singapour=SG; de la corée du sud=KR
reims-cellar | alexa quelle est la capitale {} on a une commande de là-bas | du nigeria=NG; du ghana=GH; de l'angola=AO

# fr-FR: a Chamonix mountain hut.
chamonix-hut | alexa les randonneurs viennent {} ils me demandent la capitale | du népal=NP; du bhoutan=BT; du tadjikistan=TJ
chamonix-hut | alexa au refuge on a un doute la capitale {} c'est quoi | de la suisse=CH; de l'autriche=AT; du liechtenstein=LI
chamonix-hut | alexa ici le gardien du refuge la capitale {} svp | de la slovénie=SI; de la géorgie du sud=GS; de l'arménie=AM
chamonix-hut | alexa les alpinistes partent {} cet été c'est quoi la capitale | au pérou=PE; en bolivie=BO; au kirghizstan=KG

# fr-FR: a Nantes family in the car.
nantes-car | alexa on arrive quand bon en attendant c'est quoi la capitale {} | de l'espagne=ES; du portugal=PT; de l'andorre=AD
nantes-car | papa il dit que tu sais la capitale {} alexa | de l'italie=IT; de saint-marin=SM; de monaco=MC
nantes-car | alexa les enfants se disputent à l'arrière la capitale {} c'est quoi | de la belgique=BE; du luxembourg=LU; des pays-bas=NL
nantes-car | alexa jeu de la route la capitale {} | de la croatie=HR; de la bosnie-herzégovine=BA; du monténégro=ME
nantes-car | maman elle a perdu alors alexa la capitale {} c'est quoi | de l'albanie=AL; de la grèce=GR; de la bulgarie=BG

# fr-FR: a Rouen hair salon.
rouen-salon | alexa ma cliente part {} lundi c'est quoi la capitale déjà | en thaïlande=TH; au cambodge=KH; au laos=LA
rouen-salon | alexa pendant la couleur dis-moi la capitale {} | du vietnam=VN; de l'indonésie=ID; des philippines=PH
rouen-salon | alexa madame voudrait savoir la capitale {} | de la jordanie=JO; d'israël=IL; de la syrie=SY
rouen-salon | ah oui alexa la capitale {} vous savez vous | du mexique=MX; de cuba=CU; de la jamaïque=JM

# fr-FR: a Dijon brasserie kitchen at the rush.
dijon-kitchen | alexa vite entre deux commandes la capitale {} | du maroc=MA; du sénégal=SN; du mali=ML
dijon-kitchen | alexa le plongeur il vient {} c'est quoi la capitale | de guinée=GN; de côte d'ivoire=CI; du cameroun=CM
dijon-kitchen | alexa chaud devant ah et la capitale {} c'est quoi | du tchad=TD; du niger=NE; du burkina faso=BF
dijon-kitchen | alexa le chef demande la capitale {} pour le plat du jour | de la hongrie=HU; de la pologne=PL; de la roumanie=RO
dijon-kitchen | alexa service terminé dis la capitale {} | de l'éthiopie=ET; du kenya=KE; de l'ouganda=UG

# fr-FR: a retired Périgord teacher and the mots fléchés.
perigord-teacher | alexa dans mes mots fléchés capitale {} en sept lettres | du canada=CA; de la mongolie=MN; du botswana=BW
perigord-teacher | alexa je vous prie quelle est la capitale {} | de la namibie=NA; de la zambie=ZM; du zimbabwe=ZW
perigord-teacher | alexa ma grille demande la capitale {} vous la connaissez | du malawi=MW; du mozambique=MZ; de la tanzanie=TZ
perigord-teacher | alexa de mon temps on apprenait ça la capitale {} | du rwanda=RW; du burundi=BI; du gabon=GA
perigord-teacher | alexa soyez gentille rappelez-moi la capitale {} | du togo=TG; de la sierra leone=SL; du liberia=LR

# fr-FR: a Polish-French family in Lens.
lens-family | alexa babcia elle demande c'est quoi la capitale {} | de la pologne=PL; de l'ukraine=UA; de la biélorussie=BY
lens-family | alexa au match de lens y avait des supporters {} la capitale c'est quoi | de la serbie=RS; de la slovaquie=SK; de la tchéquie=CZ
lens-family | dis alexa la capitale {} pour ma grand-mère | de la moldavie=MD; de la russie=RU; de l'allemagne=DE

# fr-FR: a Perpignan Catalan-French grandfather.
perpignan | bé alexa la capitale {} dis-me | de l'andorre=AD; de la catalogne=FB; des baléares=FB
perpignan | home alexa c'est quoi la capitale {} | de l'argentine=AR; de l'uruguay=UY; du paraguay=PY
perpignan | alexa moi je dis que la capitale {} c'est pas la plus grande ville alors c'est quoi | de l'australie=AU; de la turquie=TR; du brésil=BR

# fr-FR: an RER commuter.
rer-commuter | alexa encore une panne sur le rer bon la capitale {} | du pakistan=PK; de l'afghanistan=AF; de l'iran=IR
rer-commuter | alexa dans le métro ils affichent la capitale {} c'est laquelle | de l'irak=IQ; de l'arabie saoudite=SA; des émirats arabes unis=AE
rer-commuter | alexa je rentre du boulot la capitale {} vite fait | de l'inde=IN; du bangladesh=BD; de la birmanie=MM

# fr-FR: collégiens revising the brevet.
brevet | alexa pour le contrôle d'histoire-géo c'est quoi la capitale {} | de la chine=CN; de la corée du nord=KP; du japon=JP
brevet | genre alexa la capitale {} c'est quoi trop chelou comme nom | du burkina=BF; du kazakhstan=KZ; de l'ouzbékistan=UZ
brevet | alexa la prof a dit de réviser la capitale {} | du turkménistan=TM; de l'azerbaïdjan=AZ; de la géorgie dans le caucase=GE
brevet | alexa j'ai brevet blanc demain la capitale {} c'est quoi | du chili=CL; de la colombie=CO; du venezuela=VE
brevet | wesh non alexa sérieux la capitale {} | de l'équateur=EC; du guyana=GY; du suriname=SR
brevet | alexa c'est pour la carte à compléter la capitale {} | du nicaragua=NI; du honduras=HN; du costa rica=CR

# fr-FR: learners of French (a Brazilian au pair, an American student in Tours, an Italian Erasmus student).
learner | alexa how do you say euh quelle est le capitale {} | de brésil=BR; de allemagne=DE; de angleterre=GB-ENG
learner | allora alexa la capitale {} è quale pardon c'est quoi | de le italie=IT; de la grèce svp=GR; de le portugal=PT
learner | alexa excuse-moi mon français est pas bon le capital {} est quoi | de les états-unis=US; de la canada=CA; de le mexique=MX
learner | alexa je veux savoir le capitale {} merci beaucoup | de le pérou=PE; de la chili=CL; de le panama=PA
learner | alexa sorry what is la capitale {} en français | de la nouvelle-zélande=NZ; de la jamaïque please=JM; de le salvador=SV

# fr-FR: sport (Vendée Globe, Roland-Garros, Dakar, biathlon, Champions League).
sport-fr | alexa pour le vendée globe le skipper vient {} c'est quoi la capitale | de nouvelle-zélande=NZ; des îles malouines=FK; du cap-vert=CV
sport-fr | alexa à roland-garros la joueuse vient {} la capitale c'est quoi | du kazakhstan ou je sais plus=KZ; de la biélorussie elle=BY; de tunisie=TN
sport-fr | alexa le dakar passe {} cette année c'est quoi la capitale | en arabie saoudite=SA; en mauritanie=MR; au sénégal=SN
sport-fr | alexa en biathlon le norvégien gagne encore bon la capitale {} | de la norvège=NO; de la suède c'est quoi=SE; de l'estonie=EE
sport-fr | alexa le psg joue {} en ligue des champions la capitale c'est laquelle | en écosse=GB-SCT; en serbie=RS; en ukraine=UA
sport-fr | alexa pour la coupe du monde de rugby la capitale {} | des fidji=FJ; des samoa=WS; des tonga=TO

# fr-FR: TV games, belote and Time's Up.
tv-games | alexa à motus ils ont dit capitale {} c'est quoi | du kirghizstan=KG; de l'arménie en six lettres=AM; du laos=LA
tv-games | alexa tout le monde veut prendre sa place la capitale {} | du bhoutan vite=BT; de la mongolie vite=MN; du brunei=BN
tv-games | alexa question à mille euros la capitale {} | du vanuatu=VU; de kiribati=KI; des palaos=PW
tv-games | alexa on joue à la belote et on s'engueule la capitale {} c'est quoi | de nauru=NR; de tuvalu=TV; des îles marshall=MH
tv-games | alexa au time's up le mot c'était la capitale {} c'est quoi | de la micronésie=FM; des îles salomon=SB; de la papouasie-nouvelle-guinée=PG

# fr-FR: the kitchen, crêpes on the go.
kitchen-fr | alexa j'ai les mains pleines de farine la capitale {} | de la barbade=BB; de la grenade=GD; de sainte-lucie=LC
kitchen-fr | alexa pendant que la pâte repose c'est quoi la capitale {} | de la dominique=DM; de haïti=HT; des bahamas=BS
kitchen-fr | alexa je fais un curry la capitale {} au fait | du belize=BZ; du guatemala=GT; de trinité-et-tobago=TT

# fr-CA: Îles-de-la-Madeleine fishermen.
madelinot | alexa su'l bateau on se demande la capitale {} | de terre-neuve=CA-NL; de la nouvelle-écosse=CA-NS; de l'île-du-prince-édouard=CA-PE | fr-CA
madelinot | ben voyons alexa c'est quoi la capitale {} | du nouveau-brunswick=CA-NB; de saint-pierre-et-miquelon=PM; du groenland=GL | fr-CA
madelinot | alexa le homard s'en va {} quessé la capitale | au japon=JP; en chine=CN; en corée du sud=KR | fr-CA

# fr-CA: Rimouski and the Côte-Nord.
cote-nord | alexa icitte à sept-îles on veut savoir la capitale {} | du nunavut=CA-NU; du labrador=CA-NL; des territoires du nord-ouest=CA-NT | fr-CA
cote-nord | alexa à baie-comeau y fait frette c'est quoi la capitale {} | de l'islande=IS; de la norvège=NO; de la finlande=FI | fr-CA
cote-nord | kossé la capitale {} alexa | du yukon=CA-YT; de l'alberta=CA-AB; de la saskatchewan=CA-SK | fr-CA

# fr-CA: Sherbrooke students.
sherbrooke | alexa genre pour mon travail de session la capitale {} c'est quoi | de la colombie=CO; du venezuela=VE; de l'équateur=EC | fr-CA
sherbrooke | alexa check ben ça la capitale {} | du rwanda=RW; de l'ouganda=UG; du soudan du sud=SS | fr-CA
sherbrooke | alexa mon coloc dit n'importe quoi la capitale {} c'est laquelle | de l'australie=AU; de la nouvelle-zélande=NZ; de la papouasie=PG | fr-CA
sherbrooke | alexa full important pour l'examen la capitale {} | de la turquie=TR; de l'égypte=EG; de l'éthiopie=ET | fr-CA

# fr-CA: Trois-Rivières.
trois-rivieres | alexa à matin à la radio y parlaient {} c'est quoi la capitale | du soudan=SD; du tchad=TD; de la centrafrique=CF | fr-CA
trois-rivieres | mautadine alexa je m'en rappelle pus la capitale {} | de la hongrie=HU; de l'autriche=AT; de la roumanie=RO | fr-CA
trois-rivieres | alexa tantôt ma tante m'a demandé la capitale {} | du portugal=PT; de l'espagne=ES; de l'irlande=IE | fr-CA

# fr-CA: a Joliette CPE educator with the little ones.
cpe-joliette | alexa les amis veulent savoir la capitale {} | du canada=CA; de la france=FR; des états-unis=US | fr-CA
cpe-joliette | alexa on chante les pays aujourd'hui la capitale {} | de l'italie=IT; de l'allemagne=DE; de la suisse=CH | fr-CA
cpe-joliette | alexa la petite léa a un ami {} c'est quoi la capitale | d'haïti=HT; du liban=LB; du maroc=MA | fr-CA

# fr-CA: a Laval polyvalente class.
polyvalente | alexa pour le cours d'univers social la capitale {} | de la belgique=BE; des pays-bas=NL; du danemark=DK | fr-CA
polyvalente | alexa le prof d'éduc a gagé que je savais pas la capitale {} | du pakistan=PK; de l'inde=IN; du bangladesh=BD | fr-CA
polyvalente | alexa drette là c'est quoi la capitale {} | de l'arabie saoudite=SA; de l'iran=IR; de l'irak=IQ | fr-CA
polyvalente | alexa c'est malade j'ai oublié la capitale {} | de la thaïlande=TH; du vietnam=VN; du cambodge=KH | fr-CA

# fr-CA: a Hydro-Québec lineman in the truck.
hydro-lineman | alexa dans le truck on jase la capitale {} | du brésil=BR; de l'argentine=AR; du chili=CL | fr-CA
hydro-lineman | alexa entre deux poteaux c'est quoi la capitale {} | du mexique=MX; du guatemala=GT; du honduras=HN | fr-CA
hydro-lineman | alexa m'as te poser une question la capitale {} | du salvador=SV; du nicaragua=NI; du costa rica=CR | fr-CA

# fr-CA: a sugar shack, a snowmobile trip, Moving Day.
cabane-sucre | alexa à la cabane à sucre on se demande la capitale {} | du vermont=US-VT; du maine=US-ME; du new hampshire=US-NH | fr-CA
cabane-sucre | alexa en motoneige on s'est arrêtés c'est quoi la capitale {} | de l'ontario=CA-ON; du manitoba=CA-MB; de la colombie-britannique=CA-BC | fr-CA
cabane-sucre | alexa le premier juillet je déménage pis je veux savoir la capitale {} | du québec=CA-QC; de l'ontario en passant=CA-ON | fr-CA

# fr-CA: Fransaskois, Franco-Ontarians in Hawkesbury.
franco-ouest | alexa à gravelbourg on se demande c'est quoi la capitale {} | du dakota du nord=US-ND; du montana=US-MT; du minnesota=US-MN | fr-CA
franco-ouest | alexa icitte à hawkesbury la capitale {} | du canada c'est-tu ottawa=CA; de la pennsylvanie=US-PA; de l'ohio=US-OH | fr-CA
franco-ouest | bon ben alexa la capitale {} | du wisconsin=US-WI; du michigan=US-MI; de l'iowa=US-IA | fr-CA

# fr-CA: Latin-American newcomers in francisation.
francisation | alexa bonjour je suis en francisation la capitale {} c'est quoi | de la colombie s'il vous plaît=CO; du pérou s'il vous plaît=PE; du venezuela s'il vous plaît=VE | fr-CA
francisation | alexa por favor la capitale {} | de la bolivie=BO; de l'uruguay=UY; du paraguay=PY | fr-CA
francisation | alexa je pratique mon français quelle est la capitale {} | de la république dominicaine=DO; de cuba=CU; du panama=PA | fr-CA

# fr-CA: the hockey game on the radio.
hockey-radio | alexa le gardien vient {} c'est quoi la capitale déjà | de la tchéquie=CZ; de la slovaquie=SK; de la lettonie=LV | fr-CA
hockey-radio | alexa entre deux périodes la capitale {} | de la suède=SE; de la finlande ça=FI; de la russie=RU | fr-CA
hockey-radio | alexa le nouveau joueur est {} bout d'ciarge c'est quoi la capitale | du kazakhstan=KZ; de la biélorussie=BY; du danemark=DK | fr-CA

# follow-up: a second question after a first answer.
follow-up | et {} | le togo=TG; la sierra leone=SL; l'ouganda=UG
follow-up | et pour {} alors | la guinée-bissau=GW; la gambie=GM; le burundi=BI
follow-up | ok et celle {} | du lesotho=LS; de l'érythrée=ER; de djibouti=DJ
follow-up | d'accord et {} c'est quoi | la lituanie=LT; la macédoine du nord=MK; le kosovo=XK
follow-up | ah ok pis {} | le mali=ML; la mauritanie=MR; le niger=NE | fr-CA
follow-up | pis {} tant qu'à faire | l'alberta=CA-AB; le manitoba=CA-MB; le japon=JP | fr-CA
follow-up | et la même chose pour {} | la jordanie=JO; le yémen=YE; oman=OM
follow-up | super et {} maintenant | le brunei=BN; le timor oriental=TL; la malaisie=MY
follow-up | okay pis {} elle | la corée du nord=KP; le népal=NP; la mongolie=MN | fr-CA
follow-up | ah bon et celle {} | de la guinée équatoriale=GQ; de sao tomé-et-principe=ST; du gabon=GA
follow-up | merci et {} | le bénin=BJ; le ghana=GH; le libéria=LR

# plural-capitals: countries with several capitals (and Palestine).
plural-capitals | c'est quoi les capitales {} | de l'afrique du sud=ZA; de la bolivie=BO; du bénin=BJ
plural-capitals | alexa quelles sont les trois capitales {} | de l'afrique du sud déjà=ZA
plural-capitals | alexa il paraît qu'il y a deux capitales {} c'est lesquelles | aux pays-bas=NL; en malaisie=MY; au sri lanka=LK
plural-capitals | alexa donne-moi les deux capitales {} | de la côte d'ivoire=CI; de l'eswatini=SZ; de la palestine=PS
plural-capitals | alexa pourquoi {} a deux capitales c'est lesquelles | la bolivie=BO; le bénin=BJ; la malaisie=MY
plural-capitals | alexa y a-tu plusieurs capitales {} | en afrique du sud=ZA; aux pays-bas=NL; au swaziland=SZ | fr-CA
plural-capitals | alexa les capitales {} c'est-tu sucre pis la paz | de la bolivie=BO | fr-CA
plural-capitals | alexa c'est quoi les capitales {} toutes | du sri lanka=LK; de la côte-d'ivoire=CI; de la palestine=PS | fr-CA
plural-capitals | alexa ma fille dit que {} a plusieurs capitales c'est lesquelles | la hollande=NL; l'afrique du sud=ZA; le bénin=BJ
plural-capitals | alexa quelles sont les capitales officielles {} | de la malaisie=MY; de l'eswatini=SZ; du sri lanka=LK
plural-capitals | alexa cite-moi toutes les capitales {} | de la palestine=PS; de la côte d'ivoire=CI; de la bolivie=BO
plural-capitals | alexa c'est quoi les capitales {} | de montserrat=MS; du jammu-et-cachemire=IN-JK; de l'uttarakhand=IN-UK

# subdivision: provinces, states, nations, overseas places.
subdivision | alexa hum quelle est la capitale {} | de l'état de new york=US-NY; de la californie=US-CA; du texas=US-TX
subdivision | alexa pour les vacances c'est quoi la capitale de l'état {} | de floride=US-FL; de l'illinois=US-IL; du nevada=US-NV
subdivision | alexa dans le sud on passe par {} c'est quoi la capitale | la caroline du nord=US-NC; la caroline du sud=US-SC; la virginie=US-VA | fr-CA
subdivision | alexa la capitale {} pour le road trip | de la louisiane=US-LA; du tennessee=US-TN; du kentucky=US-KY | fr-CA
subdivision | alexa la capitale {} c'est pas mumbai | du maharashtra=IN-MH
subdivision | alexa c'est quoi la capitale de l'état {} en inde | du kerala=IN-KL; du tamil nadu=IN-TN; du rajasthan=IN-RJ
subdivision | alexa quelle est la capitale {} en allemagne | de la bavière=DE-BY; de la saxe=DE-SN; de la rhénanie-du-nord-westphalie=DE-NW
subdivision | alexa le land {} c'est quoi sa capitale | de bade-wurtemberg=DE-BW; de basse-saxe=DE-NI; de hesse=DE-HE
subdivision | alexa la capitale de l'état {} au mexique | du yucatán=MX-YUC; de jalisco=MX-JAL; de oaxaca=MX-OAX
subdivision | alexa au brésil la capitale {} c'est quoi | de l'état de bahia=BR-BA; du minas gerais=BR-MG; du rio grande do sul=BR-RS
subdivision | alexa c'est quoi la capitale {} en australie | du queensland=AU-QLD; de la tasmanie=AU-TAS; de l'australie-occidentale=AU-WA
subdivision | alexa bah la capitale {} c'est laquelle | de l'écosse=GB-SCT; du pays de galles=GB-WLS; de l'irlande du nord=GB-NIR
subdivision | alexa c'est quoi le chef-lieu {} | de la guadeloupe=GP; de la martinique=MQ; de la guyane=GF
subdivision | alexa la capitale {} ma cousine y habite | de la réunion=RE; de mayotte=YT; de la nouvelle-calédonie=NC
subdivision | alexa euh c'est quoi la capitale {} | de la polynésie française=PF; de wallis-et-futuna=WF; de saint-barthélemy=BL
subdivision | alexa quelle est la capitale {} svp | de l'alaska=US-AK; d'hawaï=US-HI; de l'arizona=US-AZ
subdivision | alexa la capitale {} en passant | du colorado=US-CO; de l'utah=US-UT; de l'oregon=US-OR | fr-CA
subdivision | alexa c'est quoi la capitale {} déjà | de porto rico=PR; des bermudes=BM; des îles caïmans=KY
subdivision | alexa la capitale {} c'est où | de l'île de man=IM; de jersey=JE; de guernesey=GG
subdivision | alexa c'est-tu {} qui a halifax comme capitale | la nouvelle-écosse=CA-NS | fr-CA
subdivision | alexa la capitale {} au canada | de la colombie-britannique c'est-tu vancouver=CA-BC | fr-CA

# out-of-domain: other facts about a named country, "capital" in other senses, other requests.
out-of-domain | alexa combien d'habitants {} | au brésil=FB; en belgique=FB; au québec=FB
out-of-domain | alexa c'est quoi la monnaie {} | du japon=FB; de la suisse=FB; du maroc=FB
out-of-domain | alexa quelle langue on parle {} | en suisse=FB; au luxembourg=FB; au sénégal=FB
out-of-domain | alexa c'est quoi le drapeau {} | de l'italie=FB; du canada=FB
out-of-domain | alexa quelle est la plus grande ville {} | du canada=FB; de l'australie=FB; de la turquie=FB
out-of-domain | alexa qui est le président {} | du sénégal=FB; des états-unis=FB; du mexique=FB
out-of-domain | alexa quelle heure il est {} | à tokyo=FB; à montréal=FB; en nouvelle-calédonie=FB
out-of-domain | alexa quel temps il fait {} | à la capitale=FB; à québec=FB
out-of-domain | alexa c'est quoi la capitale régionale {} | de la bretagne=FB; de la normandie=FB; de l'alsace=FB
out-of-domain | alexa c'est quoi la préfecture {} | de la gironde=FB; du calvados=FB; de la haute-savoie=FB
out-of-domain | alexa mets l'émission capital sur m six | FB
out-of-domain | alexa c'est à quelle heure capital ce soir | FB
out-of-domain | alexa le magazine capital de ce mois c'est quoi le sujet | FB
out-of-domain | alexa c'est quoi un capital social pour une sarl | FB
out-of-domain | alexa combien il me reste de capital sur mon prêt immobilier | FB
out-of-domain | alexa comment on écrit capitale en majuscule | FB
out-of-domain | alexa comment on fait une lettre capitale en calligraphie | FB
out-of-domain | alexa la peine capitale existe encore aux états-unis | FB
out-of-domain | alexa c'est quoi les sept péchés capitaux | FB
out-of-domain | alexa c'est quoi le capital-risque | FB
out-of-domain | alexa quelle est la capitale européenne de la culture cette année | FB
out-of-domain | alexa lyon c'est la capitale des gaules pourquoi | FB
out-of-domain | alexa c'est quoi la capitale de la gastronomie | FB
out-of-domain | alexa quelle ville est la capitale mondiale du fromage | FB
out-of-domain | alexa c'est quoi la capitale de la lune | FB
out-of-domain | alexa c'est quoi la capitale de l'europe | FB
out-of-domain | alexa la capitale de l'atlantide c'était quoi | FB
out-of-domain | alexa c'est quoi la capitale du village des schtroumpfs | FB
out-of-domain | alexa c'est quoi l'indicatif téléphonique {} | de la belgique=FB; du maroc pour appeler=FB
out-of-domain | alexa combien de kilomètres entre paris et lyon | FB
out-of-domain | alexa mets france inter | FB
out-of-domain | alexa mets un minuteur de dix minutes pour les pâtes | FB
out-of-domain | alexa joue du jul | FB
out-of-domain | alexa ajoute du beurre à la liste de courses | FB
out-of-domain | alexa c'est quoi l'hymne national {} | de la france=FB; du portugal=FB
out-of-domain | alexa quelle est la superficie {} | de la russie=FB; du vatican=FB
out-of-domain | alexa c'est quoi le plus haut sommet {} | de l'afrique=FB; de l'europe=FB
out-of-domain | alexa combien de pays en afrique | FB
out-of-domain | alexa quel pays a gagné la coupe du monde de rugby | FB
out-of-domain | alexa c'est quoi le score du match de lens | FB
out-of-domain | alexa il faut un visa pour aller {} | au vietnam=FB; en chine=FB
out-of-domain | alexa réserve un billet de train pour paris | FB
out-of-domain | alexa traduis capitale en anglais | FB
out-of-domain | alexa c'est quoi la recette des crêpes | FB
out-of-domain | alexa allume la lumière du salon | FB
out-of-domain | alexa raconte-moi une blague | FB
out-of-domain | alexa à quelle heure est le journal de treize heures | FB
out-of-domain | alexa quel est le fuseau horaire {} | de l'inde=FB; de la réunion=FB
out-of-domain | alexa la commission de la capitale nationale ça sert à quoi | FB | fr-CA
out-of-domain | alexa combien de monde habite {} | à montréal=FB; en ontario=FB; au nunavut=FB | fr-CA
out-of-domain | alexa c'est quoi la météo à matin | FB | fr-CA
out-of-domain | alexa mets rythme fm | FB | fr-CA
out-of-domain | alexa c'est quand le prochain match du canadien | FB | fr-CA
out-of-domain | alexa y fait-tu frette {} | à sept-îles=FB; à gravelbourg=FB | fr-CA
out-of-domain | alexa c'est quoi le taux de change du dollar américain | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la poutine | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale du sirop d'érable | FB | fr-CA
out-of-domain | alexa trois-rivières c'est-tu la capitale de la mauricie | FB | fr-CA
out-of-domain | alexa c'est quoi la population {} | de la chine=FB; de l'inde=FB | fr-CA
out-of-domain | alexa quelle est la langue officielle {} | du brésil=FB; d'haïti=FB | fr-CA
out-of-domain | alexa quel est le premier ministre {} | du canada=FB; du québec=FB | fr-CA
out-of-domain | alexa c'est quoi le gain en capital sur un chalet | FB | fr-CA
out-of-domain | alexa mets de la musique de cabane à sucre | FB | fr-CA
out-of-domain | alexa c'est quoi la date de la fête nationale | FB | fr-CA
out-of-domain | alexa commande une pizza | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'ancienne yougoslavie | FB
out-of-domain | alexa la capitale de la prusse c'était quoi | FB
out-of-domain | alexa c'est quoi la capitale de l'union soviétique | FB
out-of-domain | alexa c'est quoi la capitale du pôle sud | FB
out-of-domain | alexa c'est quoi la capitale de l'amérique du sud | FB
out-of-domain | alexa épelle le mot capitale | FB
out-of-domain | alexa capitale ça prend un e à la fin | FB | fr-CA

# help.
help | alexa comment ça marche ton jeu des capitales | HELP
help | alexa je comprends pas ce que je dois dire aide-moi | HELP
help | alexa qu'est-ce que je peux te demander | HELP
help | alexa tu peux m'expliquer comment on joue | HELP
help | alexa c'est quoi les règles | HELP
help | alexa j'ai besoin d'aide avec capitales du monde | HELP
help | alexa aide | HELP
help | alexa comment je fais pour te demander une capitale | HELP
help | alexa à l'aide je suis perdue | HELP
help | alexa kossé que je peux dire | HELP | fr-CA
help | alexa aide-moi donc un peu | HELP | fr-CA
help | alexa comment ça fonctionne ton affaire | HELP | fr-CA
help | alexa j'comprends rien explique-moi | HELP | fr-CA
help | alexa qu'est-ce qu'on peut faire avec ça | HELP | fr-CA
help | alexa tu peux m'aider s'il te plaît | HELP

# stop.
stop | alexa arrête | STOP
help | alexa donne-moi un exemple de question | HELP
stop | alexa stop c'est fini | STOP
stop | alexa arrête de parler | STOP
stop | alexa tais-toi | STOP
stop | alexa ça suffit pour ce soir | STOP
stop | alexa on arrête là merci | STOP
stop | alexa quitte capitales du monde | STOP
stop | alexa sors du jeu | STOP
stop | alexa ferme capitales du monde | STOP
stop | alexa arrête ça là | STOP | fr-CA
stop | alexa stop stop | STOP | fr-CA
stop | alexa c'est assez pour à soir | STOP | fr-CA
stop | alexa ferme-toi | STOP | fr-CA
stop | alexa arrête le jeu on mange | STOP | fr-CA
stop | alexa on a fini bonne nuit | STOP

# cancel.
cancel | alexa annule | CANCEL
cancel | alexa annule ma question | CANCEL
cancel | alexa annule ça | CANCEL
cancel | alexa non annule annule | CANCEL
cancel | alexa oublie ça | CANCEL
cancel | alexa laisse tomber | CANCEL
cancel | alexa annule la demande | CANCEL
cancel | alexa annule ce que je viens de dire | CANCEL
cancel | alexa annule donc ça | CANCEL | fr-CA
cancel | alexa laisse faire c'est correct | CANCEL | fr-CA
cancel | alexa oublie ça finalement | CANCEL | fr-CA
cancel | alexa annule la question | CANCEL | fr-CA
cancel | alexa non non annule | CANCEL | fr-CA
cancel | alexa bon ben laisse tomber | CANCEL
cancel | alexa annule tout | CANCEL

# launch.
launch | alexa ouvre capitales du monde | LAUNCH
launch | alexa lance capitales du monde | LAUNCH
launch | alexa démarre capitales du monde | LAUNCH
launch | alexa je veux jouer à capitales du monde | LAUNCH
launch | alexa joue à capitales du monde | LAUNCH
launch | alexa mets capitales du monde s'il te plaît | LAUNCH
launch | alexa on peut jouer à capitales du monde | LAUNCH
launch | alexa ouvre donc capitales du monde | LAUNCH | fr-CA
launch | alexa part capitales du monde | LAUNCH | fr-CA
launch | alexa lance le jeu capitales du monde | LAUNCH | fr-CA
launch | alexa capitales du monde | LAUNCH
launch | alexa ouvre l'application capitales du monde | LAUNCH

# one-shot: a question through the invocation name.
one-shot | alexa demande à capitales du monde la capitale {} | du pérou=PE; de la lettonie=LV; du cameroun=CM
one-shot | alexa demande à capitales du monde c'est quoi la capitale {} | du kenya=KE; de la slovaquie=SK; du paraguay=PY | fr-CA
one-shot | alexa ouvre capitales du monde et dis-moi la capitale {} | de l'uruguay=UY; de la namibie=NA; du botswana=BW
one-shot | alexa lance capitales du monde pour la capitale {} | de l'estonie=EE; du monténégro=ME; de l'albanie=AL
one-shot | alexa utilise capitales du monde capitale {} | du nigeria=NG; de la zambie=ZM | fr-CA

# yes-no-check: checking a capital the speaker thinks of.
yes-no-check | alexa est-ce que la capitale {} | de l'australie c'est sydney=AU; du canada c'est toronto=CA; de la turquie c'est istanbul=TR
yes-no-check | alexa c'est bien {} | rabat la capitale du maroc=MA; berne la capitale de la suisse=CH; abuja la capitale du nigeria=NG
yes-no-check | alexa c'est-tu vrai que la capitale {} | du brésil c'est rio=BR; des états-unis c'est new york=US; de la nouvelle-zélande c'est auckland=NZ | fr-CA
yes-no-check | alexa la capitale {} c'est bien ça | de la bolivie c'est la paz=BO; du kazakhstan c'est astana=KZ; du myanmar c'est naypyidaw=MM
yes-no-check | alexa j'ai raison si je dis que la capitale {} | du vietnam c'est hanoï=VN; de l'inde c'est new delhi=IN; du pakistan c'est karachi=PK
yes-no-check | alexa vérifie pour moi la capitale {} | de la tanzanie c'est dodoma=TZ; de la côte d'ivoire c'est abidjan=CI; du burundi c'est bujumbura=BI
yes-no-check | alexa c'est-tu {} | québec la capitale du québec=CA-QC; toronto la capitale de l'ontario=CA-ON; regina la capitale de la saskatchewan=CA-SK | fr-CA
yes-no-check | alexa confirme-moi que la capitale {} | de l'afrique du sud c'est le cap=ZA; des pays-bas c'est amsterdam=NL
yes-no-check | alexa est-ce que {} | genève c'est la capitale de la suisse=CH; milan c'est la capitale de l'italie=IT; barcelone est la capitale de l'espagne=ES
yes-no-check | alexa il me semble que la capitale {} | du maroc c'est casablanca c'est ça=MA; de la chine c'est pékin c'est ça=CN | fr-CA

# self-correction: the speaker repairs the place.
self-correction | alexa la capitale {} s'il te plaît | du niger euh non du nigeria=NG; de l'autriche pardon de l'australie=AU; de la slovénie non de la slovaquie=SK
self-correction | alexa dis c'est quoi la capitale {} | de la suède attends de la suisse=CH; de l'iran non de l'irak=IQ; du honduras euh non du salvador=SV
self-correction | alexa bon quelle est la capitale {} | de la gambie enfin de la zambie=ZM; de la guinée non de la guyane=GY; de la mauritanie euh de l'île maurice=MU
self-correction | alexa ok la capitale {} | du paraguay non de l'uruguay=UY; de la colombie je veux dire du costa rica=CR; de l'autriche hum de l'allemagne=DE | fr-CA
self-correction | alexa c'est quoi la capitale {} c'est ça | de la lettonie non de la lituanie=LT; de la slovaquie ah non de la slovénie=SI; de l'estonie euh la lettonie=LV | fr-CA
self-correction | alexa donne-moi la capitale {} | du congo euh de la république démocratique du congo=CD; de la corée du sud non du nord=KP; du soudan non du soudan du sud=SS
self-correction | alexa je voulais dire la capitale {} | de l'arménie pas de l'albanie=AM; de la mongolie pas de la moldavie=MN; de la bolivie pas du brésil=BO
self-correction | alexa la capitale de la {} | tunisie non pardon la libye=LY; roumanie non la bulgarie=BG; belgique euh non la hollande=NL | fr-CA
self-correction | alexa quelle est la capitale du {} merci | népal attends du bhoutan=BT; ghana non du togo=TG; cambodge non du laos=LA
self-correction | alexa attends {} | la capitale de l'équateur non du pérou=PE; la capitale du chili non de l'argentine=AR

# reverse-question: which country has this capital.
reverse-question | alexa {} c'est la capitale de quel pays | ouagadougou=CITY:Ouagadougou; nouakchott=CITY:Nouakchott; tachkent=CITY:Tachkent
reverse-question | alexa de quel pays {} est la capitale | bichkek=CITY:Bichkek; douchanbé=CITY:Douchanbé; achgabat=CITY:Achgabat
reverse-question | alexa {} c'est la capitale de quoi | windhoek=CITY:Windhoek; lusaka=CITY:Lusaka; gaborone=CITY:Gaborone
reverse-question | alexa c'est où {} c'est la capitale de quel pays | asmara=CITY:Asmara; mogadiscio=CITY:Mogadiscio; kigali=CITY:Kigali
reverse-question | alexa {} c'est-tu une capitale de quel pays | tegucigalpa=CITY:Tegucigalpa; managua=CITY:Managua; paramaribo=CITY:Paramaribo | fr-CA
reverse-question | alexa la ville de {} c'est la capitale de quel pays | bamako=CITY:Bamako; niamey=CITY:Niamey; conakry=CITY:Conakry
reverse-question | alexa quel pays a {} pour capitale | canberra=CITY:Canberra; wellington=CITY:Wellington; ottawa=CITY:Ottawa
reverse-question | alexa {} c'est dans quel pays c'est une capitale non | vientiane=CITY:Vientiane; phnom penh=CITY:Phnom Penh; katmandou=CITY:Katmandou
reverse-question | alexa c'est quoi le pays qui a comme capitale {} | oulan-bator=CITY:Oulan-Bator; thimphu=CITY:Thimphu; dili=CITY:Dili | fr-CA
reverse-question | alexa {} c'est la capitale de quel état | tallahassee=CITY:Tallahassee; sacramento=CITY:Sacramento; montpelier=CITY:Montpelier | fr-CA
reverse-question | alexa à motus on a eu {} c'est la capitale de quoi | ljubljana=CITY:Ljubljana; podgorica=CITY:Podgorica; skopje=CITY:Skopje
reverse-question | alexa {} c'est capitale de quel pays déjà | monrovia=CITY:Monrovia; freetown=CITY:Freetown; banjul=CITY:Banjul
reverse-question | alexa c'est la capitale de quel pays {} | libreville=CITY:Libreville; malabo=CITY:Malabo; bangui=CITY:Bangui
reverse-question | alexa {} ça appartient à quel pays c'est bien une capitale | kingston=CITY:Kingston; victoria=CITY:Victoria | fr-CA

# official-name: official and long names.
official-name | alexa quelle est la capitale de la {} | république arabe d'égypte=EG; confédération helvétique=CH; fédération de russie=RU
official-name | alexa c'est quoi la capitale du {} | royaume hachémite de jordanie=JO; royaume du cambodge=KH; grand-duché de luxembourg=LU
official-name | alexa la capitale de la {} s'il vous plaît | république fédérative du brésil=BR; république islamique du pakistan=PK; république hellénique=GR
official-name | alexa c'est quoi la capitale des {} | états-unis d'amérique=US; états-unis mexicains=MX; émirats arabes unis=AE
official-name | alexa la capitale de la {} c'est quoi | république populaire démocratique de corée=KP; république de corée=KR; république populaire de chine=CN | fr-CA
official-name | alexa quelle est la capitale officielle du {} | royaume-uni de grande-bretagne et d'irlande du nord=GB; royaume des pays-bas=NL; royaume d'arabie saoudite=SA
official-name | alexa c'est quoi la capitale de la {} | république démocratique populaire lao=LA; république socialiste du viêt nam=VN; république bolivarienne du venezuela=VE | fr-CA
official-name | alexa dis-moi la capitale de la {} | république orientale de l'uruguay=UY; principauté de monaco=MC; république algérienne démocratique et populaire=DZ
official-name | alexa la capitale de l'{} | état plurinational de bolivie=BO; état de la cité du vatican=VA
official-name | alexa quelle est donc la capitale de la {} | république fédérale démocratique d'éthiopie=ET; république kirghize=KG; république arabe syrienne=SY

# old-name: names of earlier times.
old-name | alexa c'était quoi la capitale {} | de la haute-volta=BF; du dahomey=BJ; du zaïre=CD
old-name | alexa de mon temps on disait {} c'est quoi la capitale | la rhodésie=ZW; le nyassaland=MW; le tanganyika=TZ
old-name | alexa ma grand-mère disait la capitale {} | de la perse=IR; de ceylan=LK; du siam=TH
old-name | alexa quelle est la capitale {} aujourd'hui | de l'abyssinie=ET; de formose=TW; du bechuanaland=BW
old-name | alexa c'était quoi déjà la capitale {} | de la côte de l'or=GH; du basutoland=LS; de l'oubangui-chari=CF | fr-CA
old-name | alexa la capitale {} maintenant c'est laquelle | du soudan français=ML; des nouvelles-hébrides=VU; du honduras britannique=BZ

# everyday-name: short and everyday names.
everyday-name | alexa au fait c'est quoi la capitale {} | des states=US; de l'amérique=US; de la hollande=NL
everyday-name | alexa la capitale {} c'est quoi au juste | des émirats=AE; de la centrafrique=CF; de la rdc=CD
everyday-name | alexa en fait quelle est la capitale {} | de l'angleterre=GB-ENG; de la grande-bretagne=GB; du royaume-uni=GB
everyday-name | alexa c'est quoi la capitale {} svp | de la bosnie=BA; de la macédoine=MK; de la république tchèque=CZ
everyday-name | alexa la capitale {} tu connais | de saint-kitts=KN; de trinidad=TT; de saint-vincent=VC
everyday-name | alexa quelle est la capitale {} déjà | du congo-brazzaville=CG; du congo-kinshasa=CD; de l'île maurice=MU
everyday-name | alexa coudonc c'est quoi la capitale {} | des usa=US; du burkina=BF; de la birmanie=MM | fr-CA
everyday-name | alexa la capitale {} c'est quoi ça | d'antigua=AG; de la papouasie=PG; du timor=TL | fr-CA
everyday-name | alexa rappelle-moi quelle est la capitale {} | de la turquie enfin la türkiye=TR; du swaziland=SZ; de cabo verde=CV
everyday-name | alexa t'sais c'est quoi la capitale {} | du vatican=VA; de taïwan=TW; de la palestine=PS

# shared-name: names several places share.
shared-name | alexa une question c'est quoi la capitale {} | de la géorgie=GE+US-GA; du congo=CD+CG; de la corée=KP+KR
shared-name | alexa les capitales {} | des deux congo=CD+CG; des deux corées=KP+KR; des îles vierges=VG+VI
shared-name | alexa attends quelle est la capitale {} | de la géorgie le pays=GE; de l'état de géorgie=US-GA; de la géorgie aux états-unis=US-GA
shared-name | alexa pis la capitale {} | du congo tout court=CD+CG; de géorgie=GE+US-GA | fr-CA
shared-name | alexa c'est quoi la capitale de saint-martin côté {} | français=MF; hollandais=SX
shared-name | alexa la capitale {} c'est la même que le pays | du luxembourg=LU; de djibouti=DJ; du koweït=KW
shared-name | alexa c'est quoi la capitale de l'état {} là | de washington=US-WA; de new york=US-NY | fr-CA
shared-name | alexa et la capitale {} c'est laquelle | des îles vierges britanniques=VG; des îles vierges américaines=VI

# misheard: what recognition writes.
misheard | alexa c'est quoi la capital {} | du perou=PE; de l'equateur=EC; du koweit=KW
misheard | alexa quel est la capitale {} | de la norvege=NO; du nepal=NP; de la guinee equatoriale=GQ
misheard | alexa cest quoi la capitale {} | du kazakstan=KZ; de l'ouzbekistan=UZ; de l'azerbaidjan=AZ
misheard | alexa c est quoi la capitale {} | d haiti=HT; de bahrein=BH; du katar=QA
misheard | alexa la capitale {} | de nouvelle zelande=NZ; de trinite et tobago=TT; du cap vert=CV
misheard | alexa quelle et la capitale {} | du bresil=BR; de la cote d'ivoire=CI; de l'ethiopie=ET
misheard | alexa alors c'est quoi la capitale {} | de l'arabie saoudie=SA; du tadjikistan=TJ; de la biélo russie=BY | fr-CA
misheard | alexa la capitale {} c'est quoi | de papouasie nouvelle guinée=PG; de saint vincent et les grenadines=VC; de bosnie herzégovine=BA | fr-CA
misheard | alexa quel est la capital {} | de l'erythree=ER; de la republique centrafricaine=CF; du soudan du sud=SS
misheard | alexa c'est quoi la capitale dla {} | slovénie=SI; croatie=HR; serbie=RS
misheard | alexa euh ben c'est quoi la capitale {} | dirak=IQ; dafghanistan=AF; de les philippines=PH | fr-CA
misheard | alexa capitale {} merci | sainte lucie=LC; antigua et barbuda=AG; saint kitts et nevis=KN

# bare-name: the place said with little else.
bare-name | {} capitale | singapour=SG; brunei=BN; maldives=MV
bare-name | alexa capitale {} | du yémen=YE; de l'oman=OM; du qatar=QA
bare-name | {} la capitale | le tchad=TD; le soudan=SD; la libye=LY | fr-CA
bare-name | alexa {} capitale s'il te plaît | sri lanka=LK; bangladesh=BD; pakistan=PK
bare-name | alexa la capitale {} vite | du lesotho=LS; de l'eswatini=SZ; des comores=KM | fr-CA

# fr-CA, second batch: more of the same speakers and the intents.
madelinot | alexa la tempête est passée bon ben c'est quoi la capitale {} | de l'irlande=IE; de l'écosse=GB-SCT; du pays de galles=GB-WLS | fr-CA
cote-nord | alexa à rimouski le prof demande la capitale {} | du groenland=GL; des îles féroé=FO; de l'islande en passant=IS | fr-CA
sherbrooke | alexa avant mon cours à matin la capitale {} | de la grèce=GR; de la macédoine du nord=MK; de l'albanie=AL | fr-CA
trois-rivieres | alexa ma belle-mère est partie en croisière {} c'est quoi la capitale | aux bahamas=BS; à la barbade=BB; en jamaïque=JM | fr-CA
cpe-joliette | alexa les tout-petits demandent c'est quoi la capitale {} | du mexique=MX; de l'espagne=ES; du japon=JP | fr-CA
polyvalente | alexa mon équipe perd au génie quiz la capitale {} | du myanmar=MM; de l'indonésie=ID; des philippines=PH | fr-CA
hydro-lineman | alexa y a une panne on attend c'est quoi la capitale {} | de l'algérie=DZ; de la tunisie=TN; de la libye=LY | fr-CA
cabane-sucre | alexa la tire est prête mais avant la capitale {} | du massachusetts=US-MA; du connecticut=US-CT; du rhode island=US-RI | fr-CA
franco-ouest | alexa mon voisin est {} c'est quoi sa capitale | de l'ukraine=UA; de la pologne=PL; de l'allemagne=DE | fr-CA
francisation | alexa mi profesora demande la capitale {} | du guatemala=GT; du salvador=SV; du honduras=HN | fr-CA
hockey-radio | alexa le match est à l'étranger c'est quoi la capitale {} | de la suisse=CH; de l'autriche=AT; de la norvège=NO | fr-CA
subdivision | alexa quessé la capitale {} | du québec=CA-QC; de l'île-du-prince-édouard=CA-PE; du nunavut=CA-NU | fr-CA
subdivision | alexa dis-moi donc la capitale {} | du texas=US-TX; de la géorgie l'état=US-GA; de la floride=US-FL | fr-CA
reverse-question | alexa {} c'est la capitale de quelle province | fredericton=CITY:Fredericton; charlottetown=CITY:Charlottetown; winnipeg=CITY:Winnipeg | fr-CA
reverse-question | alexa iqaluit c'est la capitale de quoi donc | CITY:Iqaluit | fr-CA
official-name | alexa pis c'est quoi la capitale du {} | royaume de belgique=BE; royaume de norvège=NO; royaume d'espagne=ES | fr-CA
old-name | alexa dans mon vieux livre y a {} c'est quoi la capitale asteure | la rhodésie du nord=ZM; le congo belge=CD; la guinée portugaise=GW | fr-CA
follow-up | pis pour {} | la guinée=GN; le sénégal=SN; le burkina faso=BF | fr-CA
yes-no-check | alexa c'est-tu vrai que {} | lagos c'est la capitale du nigeria=NG; dar es salam c'est la capitale de la tanzanie=TZ | fr-CA
self-correction | alexa la capitale {} voyons | du maroc non de l'algérie=DZ; de l'équateur euh du guatemala=GT | fr-CA
misheard | alexa kessé la capitale {} | du sri lanka=LK; de la malaisie=MY; d'israël=IL | fr-CA
everyday-name | alexa c'est quoi la capitale {} là | de l'angleterre=GB-ENG; de l'amérique=US; des émirats arabes=AE | fr-CA
out-of-domain | alexa c'est quoi la capitale {} | de l'abitibi=FB; de la gaspésie=FB | fr-CA
out-of-domain | alexa combien ça coûte un billet {} | pour cuba=FB; pour paris=FB | fr-CA
out-of-domain | alexa c'est quoi la température à québec | FB | fr-CA
out-of-domain | alexa c'est quand le déménagement du premier juillet | FB | fr-CA
out-of-domain | alexa ottawa c'est-tu plus gros que montréal | FB | fr-CA
out-of-domain | alexa quelle est la monnaie de l'islande | FB | fr-CA
help | alexa je sais pas quoi te demander aide-moi | HELP | fr-CA
help | alexa c'est quoi je peux dire à capitales du monde | HELP | fr-CA
help | alexa peux-tu m'expliquer le jeu | HELP
help | alexa comment on pose une question | HELP
stop | alexa arrête capitales du monde | STOP | fr-CA
stop | alexa c'est fini arrête | STOP
stop | alexa stop merci bonsoir | STOP
stop | alexa arrête tout de suite | STOP | fr-CA
cancel | alexa annule annule annule | CANCEL | fr-CA
cancel | alexa annule je me suis trompé | CANCEL
cancel | alexa oublie ma question | CANCEL
cancel | alexa laisse tomber finalement | CANCEL | fr-CA
launch | alexa démarre donc capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre le jeu capitales du monde | LAUNCH
one-shot | alexa demande à capitales du monde quessé la capitale {} | du ghana=GH; de la jamaïque=JM | fr-CA
"""

if __name__ == "__main__":
    build_round(23, "fr", LINES, sys.argv, "tests/Eval/fr/round23/source/build_corpus.py")
