"""Round 30, French (fr-FR, fr-CA): a new author's own mix, written blind at the start of the twenty-ninth session,
about a third of the lines fr-CA. Speakers chosen apart from rounds 26-29. France and French-speaking Europe on fr-FR
devices: Bretons of Brest, Quimper, Lorient and the Morbihan (the crêperie, the fest-noz, the Festival interceltique,
the mamm-gozh, "demat", "kenavo", "ma doue", "il drache"), Toulousains (the Stade toulousain and its Pacific and
Georgian players, Airbus clients, the Capitole, the chocolatine, "boudu", "macarel", "con" as a filler), Lyonnais (a
bouchon, the mâchon, the Fête des Lumières, the parc de la Tête d'Or, the gones, "j'y sais pas"), Belgians ("une
fois", "savez-vous", "septante", the friterie, the fifteenth of August in Liège, a bonne-maman in Namur), Swiss
Romands ("adieu" as a greeting, "ça joue", "ou bien", "huitante", the natel, the Carouge market, a Valais chalet, the
UN in Geneva), Guyanais of Cayenne and Kourou (the space centre, the Touloulou carnival, the pirogue, "mo pa konnèt",
"fout"), Caldoches and Kanaks of New Caledonia ("tata", "ça va bien ou bien", "c'est fin dur", the broussard, the
tribu, the baie des Citrons), a Senegalese family in Paris and Montreuil ("nanga def", "waaw", "deugg", the yaay, the
thiéboudienne, the baptism); learners: a Ukrainian family in Rennes ("bud laska", "dyakuyu", "yak skazaty", the
babusya, "quelle est le capitale", "de le pologne"), a retired Dutch couple at an Ardèche campsite ("hoi", "dank je",
"hoe zeg je", "mijn vrouw", "la capitale de le luxembourg"), an Iranian doctoral student in Montpellier ("khob", "baba",
"maman bozorg", "c'est quel ville"); at work: a baker at four in the morning, a Beauce grain farmer on the combine, a
restaurant kitchen at the rush ("chaud derrière", "oui chef"), a trucker at a motorway rest area, a driving instructor
at a red light, a night hotel receptionist, a fishmonger at the market, a flour delivery; games and sport: the Tour de
France on TV, pétanque on the village square, Questions pour un champion, Les douze coups de midi, Scrabble, an escape
game, a Kahoot at school; at home: grandpa and the Echo he got for Christmas, the Sunday lunch, the car trip with the
kids, the bedtime story, a birthday quiz, clearing the table. Canada (fr-CA): Acadians of the Péninsule acadienne
(Caraquet and its Tintamarre, the Shippagan wharf) and of the Baie Sainte-Marie and Chéticamp in Nova Scotia
("asteure", "point", "icitte", "espère un petit brin"), Haitian-Quebecers of Montréal-Nord ("sak pase", "wi", "anmwe",
the manman, the grann, the griot, tonton at church), Beaucerons and the Centre-du-Québec (Saint-Georges, the Chaudière
in spring, Drummondville's Mondial des cultures, the Village québécois d'antan), Franco-Manitobans of Saint-Boniface
(the Festival du Voyageur, the Red River, the Icelanders of Gimli, a Ukrainian neighbour in Winnipeg),
Cameroonian-Quebecers ("on dit quoi", "ça dit quoi", "mola", the mater and the pater), Colombian students at the
Université de Montréal ("parce", "qué pena", "chévere", "mi abuela"), Atikamekw of Wemotaci and Manawan ("kwei",
"mikwetc", the kokom, the bush camp); at work: a trucker on the 20, a tree planters' camp, a paramedic crew waiting for
a call, milking on a dairy farm, an atom minor-hockey team at the arena, a secondary-school teacher, a Cirque du Soleil
tour; games: Génies en herbe, bingo in the church basement, a hockey pool, a brasserie quiz; everyday Quebec: an
ice-fishing shack, a moose-hunting camp, the pont-tunnel traffic, the office Christmas party, Halloween, the
Saint-Jean-sur-Richelieu balloon festival, the Granby zoo, a seniors' residence, a family supper, shovelling the
driveway. Plus follow-ups, yes/no checks with right and wrong guesses, self-corrections with a marker ("non pardon",
"euh non je veux dire", "oups", "enfin non", "non attends", "pardon", "non excuse-moi", "non désolé", "non je me
trompe", "non plutôt", "ah non je voulais dire", "oh pardon", "non non", "excuse", "scusez", "non en fait", "non
correction", "zut je voulais dire", "euh je me suis trompé", "pas celle-là l'autre je veux dire", "pardon pardon"),
reverse questions, official, everyday and old names, shared names (Géorgie, Congo, Corée, îles Vierges), plurals
(every several-capital country, Palestine, Jammu-et-Cachemire, Uttarakhand, Montserrat), subdivisions and territories,
one-shot requests through "capitales du monde", launch, help, stop and cancel, out-of-domain near misses (other facts
about a named country, "capitale" and "capital" in other senses, regions, cantons and provinces the data lacks,
fictional places, everyday requests), and what recognition writes (lost accents, homophones such as "du soudain", "du
lit banc", "de malt", "du catare", "du quai nia", "du yes men", split words such as "bots wana", "nami bie", "let
tonie", "thai lande" and joined ones such as "lacapitale").
`python3 tests/Eval/fr/round30/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 30's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Bretons of Brest, Quimper, Lorient and the Morbihan
bretagne | alexa demat dis-moi la capitale {} | de l'irlande=IE; de l'islande=IS; de la norvège=NO
bretagne | alexa ma doue la capitale {} c'est laquelle déjà | du pays de galles=GB-WLS; de l'écosse=GB-SCT
bretagne | alexa au festival interceltique de lorient un sonneur de cornemuse demande la capitale de l'écosse | GB-SCT
bretagne | alexa on est à la crêperie et la serveuse veut savoir la capitale {} | du portugal=PT; du cap-vert=CV
bretagne | alexa la mamm-gozh demande c'est quoi la capitale {} dis donc | du royaume-uni=GB; de l'espagne=ES
bretagne | alexa en plein fest-noz on se dispute sur la capitale {} | du danemark=DK; de la lituanie=LT
bretagne | alexa kenavo mais avant ça la capitale {} | des îles féroé=FO; du groenland=GL
bretagne | alexa il drache sur brest quelle est la capitale {} | de la finlande=FI; de la suède=SE
bretagne | alexa sur le bateau pour belle-île mon fils veut la capitale {} | de l'estonie=EE; de la lettonie=LV
bretagne | alexa à la pointe du raz un touriste demande la capitale {} c'est bien ça | du canada=CA
bretagne | alexa mon tonton marin pêcheur à concarneau il dit que la capitale des seychelles c'est victoria c'est vrai | SC
# Toulousains (the Stade toulousain, Airbus, the Capitole, "boudu", "macarel", "con" as a filler)
toulouse | alexa boudu c'est quoi la capitale {} | des fidji=FJ; des tonga=TO; des samoa=WS
toulouse | alexa macarel j'ai oublié la capitale {} | de la nouvelle-zélande=NZ; de l'argentine=AR
toulouse | alexa au stade on a un pilier qui vient de géorgie c'est quoi la capitale de son pays | GE
toulouse | alexa chez airbus le client vient {} c'est quoi sa capitale | du qatar=QA; des émirats arabes unis=AE; de singapour=SG
toulouse | alexa con je sais plus la capitale {} tu me la dis | de l'andorre=AD; de l'uruguay=UY
toulouse | alexa place du capitole une dame me demande la capitale {} | de la chine=CN; de l'inde=IN
toulouse | alexa avec une chocolatine et un café dis-moi la capitale {} | du chili=CL; de la colombie=CO
toulouse | alexa on regarde le match contre les springboks c'est quoi la capitale {} déjà | de l'afrique du sud=ZA
# Lyonnais (a bouchon, the Fête des Lumières, the OL, the gones, "j'y sais pas")
lyon | alexa j'y sais pas moi c'est quoi la capitale {} | de l'italie=IT; du japon=JP
lyon | alexa dans le bouchon le patron parie sur la capitale {} | de l'ouzbékistan=UZ; du turkménistan=TM; du tadjikistan=TJ
lyon | alexa pour la fête des lumières des touristes demandent la capitale {} | de la corée du sud=KR; du kirghizstan=KG
lyon | alexa les gones veulent savoir la capitale {} | du kazakhstan=KZ; du burkina faso=BF; du ghana=GH
lyon | alexa on est au parc de la tête d'or c'est quoi la capitale {} | du brésil=BR; de la mongolie=MN
lyon | alexa au mâchon de dimanche mon beau-frère demande la capitale {} | de l'azerbaïdjan=AZ
# Belgians on fr-FR devices ("une fois", "savez-vous", "septante", "nonante", "dis")
belgique | alexa dis savez-vous me dire la capitale {} une fois | du rwanda=RW; du burundi=BI
belgique | alexa c'est quoi la capitale de la république démocratique du congo dis | CD
belgique | alexa allez une fois la capitale {} c'est quoi | du luxembourg=LU; de la grèce=GR; de la turquie=TR
belgique | alexa ma bonne-maman de namur elle a septante-huit ans et elle demande la capitale {} | du maroc=MA; de l'allemagne=DE
belgique | alexa ça va là je cherche la capitale {} pour mon quiz à la friterie | de la belgique=BE; du sénégal=SN
belgique | alexa on est à liège pour le quinze août dis-moi la capitale {} | de la pologne=PL; de la bulgarie=BG
belgique | alexa mon voisin flamand me demande la capitale des pays-bas en français | NL
# Swiss Romands of Geneva, Lausanne, Fribourg and the Valais ("ça joue", "adieu" as a greeting, "huitante", "natel")
suisse-romande | alexa adieu tu peux me dire la capitale {} | du liechtenstein=LI; de l'autriche=AT
suisse-romande | alexa ça joue ou bien c'est quoi la capitale {} | de la slovénie=SI; de la croatie=HR
suisse-romande | alexa au marché de carouge une dame veut la capitale {} | de la serbie=RS; du monténégro=ME
suisse-romande | alexa mon grand-père a huitante-deux ans et il cherche la capitale {} | du kosovo=XK; de l'albanie=AL
suisse-romande | alexa au chalet dans le valais on cherche la capitale {} | de la macédoine du nord=MK; de la bosnie-herzégovine=BA
suisse-romande | alexa j'ai pas mon natel sous la main c'est quoi la capitale {} | de saint-marin=SM; de monaco=MC
suisse-romande | alexa à l'onu à genève un stagiaire demande la capitale {} | de la suisse=CH; du vatican=VA
# Guyanais of Cayenne and Kourou (the space centre, the Touloulou carnival, "fout", "mo pa konnèt")
guyane | alexa mo pa konnèt c'est quoi la capitale {} | du suriname=SR; du guyana=GY
guyane | alexa au centre spatial de kourou l'ingénieur veut la capitale {} | du venezuela=VE; de trinité-et-tobago=TT
guyane | alexa pendant le carnaval la touloulou me demande la capitale {} | de sainte-lucie=LC; de la dominique=DM
guyane | alexa fout j'ai oublié la capitale {} | de la barbade=BB; de la grenade=GD
guyane | alexa au marché de cayenne la marchande parle de la capitale {} c'est quoi | de saint-vincent-et-les-grenadines=VC; de saint-christophe-et-niévès=KN
guyane | alexa mon cousin de saint-laurent-du-maroni demande la capitale {} | d'antigua-et-barbuda=AG; des bahamas=BS
guyane | alexa sur la pirogue mon frère parie sur la capitale {} | de la guyane=GF
# Caldoches and Kanaks of Nouméa and the brousse ("tata", "c'est fin bon", "broussard", "ça va bien ou bien")
caledonie | alexa tata c'est quoi la capitale {} | du vanuatu=VU; de la papouasie-nouvelle-guinée=PG
caledonie | alexa ça va bien ou bien dis-moi la capitale {} | des îles salomon=SB; de nauru=NR; de tuvalu=TV
caledonie | alexa le broussard de bourail veut savoir la capitale {} | de kiribati=KI; de la micronésie=FM
caledonie | alexa à la tribu le vieux demande c'est quoi la capitale {} | des palaos=PW; des îles marshall=MH
caledonie | alexa à la baie des citrons on se demande la capitale {} | de l'australie=AU; de l'indonésie=ID
caledonie | alexa c'est fin dur ta question la capitale {} c'est quoi | du timor oriental=TL; des philippines=PH
caledonie | alexa pour le festival du cerf à boulouparis c'est quoi la capitale {} | de la nouvelle-calédonie=NC; de wallis-et-futuna=WF
# A Senegalese family in Paris and Montreuil ("nanga def", "waaw", "deugg", "yaay", "la tata", the thiéboudienne)
senegal-paris | alexa nanga def c'est quoi la capitale {} | du sénégal=SN; de la mauritanie=MR
senegal-paris | alexa waaw ma yaay demande la capitale {} | de la gambie=GM; de la guinée=GN
senegal-paris | alexa deugg je sais plus la capitale {} | de la guinée-bissau=GW; de la sierra leone=SL
senegal-paris | alexa on mange le thiéboudienne chez la tata c'est quoi la capitale {} | du liberia=LR; du niger=NE; du tchad=TD
senegal-paris | alexa mon neveu de dakar il demande la capitale {} | du mali=ML; du gabon=GA
senegal-paris | alexa à la mosquée le grand frère dit que la capitale du togo c'est lomé c'est ça | TG
senegal-paris | alexa pour le baptême du petit on a des cousins {} c'est quoi la capitale là-bas | de la côte d'ivoire=CI; du bénin=BJ
# A Ukrainian family learning French in Rennes ("dyakuyu", "bud laska", "babusya", "yak skazaty", articles and genders astray)
learner-ukrainian | alexa bud laska quelle est le capitale {} | de ukraine=UA; de la moldavie=MD
learner-ukrainian | alexa je demande capitale {} s'il vous plaît | de roumanie=RO; de biélorussie=BY
learner-ukrainian | alexa yak skazaty euh la capitale de le {} | russie=RU; hongrie=HU
learner-ukrainian | alexa ma babusya elle veut savoir capitale {} | de la slovaquie=SK; de la tchéquie=CZ
learner-ukrainian | alexa dyakuyu et aussi capitale {} | de l'arménie=AM; de la géorgie le pays=GE
learner-ukrainian | alexa pour mon cours de français le professeur demande capitale {} | de le pologne=PL
# A Dutch retired couple in a campsite on the Ardèche ("hoi", "dank je", "hoe zeg je", "de la pays-bas")
learner-dutch | alexa hoi quelle est la capitale de la {} | belgique s'il vous plaît=BE; danemark=DK
learner-dutch | alexa hoe zeg je euh la capitale {} | de la suède=SE; de le finlande=FI
learner-dutch | alexa dank je et la capitale de le {} | allemagne=DE; suisse=CH
learner-dutch | alexa au camping la voisine demande le capitale {} | de l'autriche=AT; de la norvège=NO
learner-dutch | alexa mijn vrouw veut savoir la capitale de le luxembourg | LU
# An Iranian doctoral student in Montpellier ("khob", "baba", "maman bozorg", "merci" as everyone says it)
learner-iranian | alexa khob quelle est la capitale {} | de l'iran=IR; de l'afghanistan=AF; du pakistan=PK
learner-iranian | alexa ma maman bozorg demande la capitale {} | de l'irak=IQ; de la syrie=SY; de la jordanie=JO
learner-iranian | alexa pour mon collègue au labo la capitale {} c'est quel ville | de l'arabie saoudite=SA; du koweït=KW
learner-iranian | alexa baba demande la capitale {} merci | de bahreïn=BH; d'oman=OM; du yémen=YE
learner-iranian | alexa excusez-moi je cherche le capitale {} | d'israël=IL; du liban=LB; de l'égypte=EG
# Work in France: a baker at four in the morning, a Beauce grain farmer on the combine, a restaurant kitchen at the rush, a long-haul trucker, a driving instructor, a night receptionist, a fishmonger
work-france | alexa il est quatre heures le pain est au four c'est quoi la capitale {} | des maldives=MV; de maurice=MU
work-france | alexa je suis dans la moissonneuse en pleine beauce donne-moi la capitale {} | de l'ukraine=UA; du kazakhstan=KZ
work-france | alexa chaud derrière oui chef la capitale {} vite | de madagascar=MG; des comores=KM
work-france | alexa sur l'aire de repos le routier à côté veut la capitale {} | du mozambique=MZ; de la tanzanie=TZ
work-france | alexa mon élève en conduite me demande la capitale {} au feu rouge | du kenya=KE; de l'ouganda=UG
work-france | alexa à la réception de l'hôtel un client de nuit demande la capitale {} | de l'éthiopie=ET; de l'érythrée=ER
work-france | alexa sur le marché au poissonnier on se demande la capitale {} | de djibouti=DJ; de la somalie=SO
work-france | alexa pendant la pause clope le plongeur veut savoir la capitale {} | du soudan=SD; du soudan du sud=SS
work-france | alexa le chauffeur qui livre la farine me demande la capitale {} | de la libye=LY; de la tunisie=TN; de l'algérie=DZ
# Games and sport in France: the Tour de France on TV, pétanque on the square, Questions pour un champion, Les douze coups de midi, Scrabble, an escape game, Kahoot at school
games-france | alexa pendant l'étape du tour de france dis-moi la capitale {} | de la slovénie vite=SI; de l'équateur=EC
games-france | alexa on joue aux boules sur la place et le père martin veut la capitale {} | du pérou=PE; du paraguay=PY
games-france | alexa questions pour un champion il demande la capitale {} c'est quoi | du mexique=MX; du guatemala=GT
games-france | alexa aux douze coups de midi la question c'est la capitale {} | du honduras=HN; du salvador=SV
games-france | alexa au scrabble on peut mettre la capitale {} elle s'appelle comment | du nicaragua=NI; du costa rica=CR
games-france | alexa dans l'escape game l'énigme dit la capitale {} | du panama=PA; du belize=BZ
games-france | alexa pour le kahoot de la prof c'est quoi la capitale {} | de la bolivie=BO; de l'argentine=AR
games-france | alexa il pointe ou il tire en attendant la capitale de l'uruguay | UY
# Home in France: grandpa and the Echo he got for Christmas, the Sunday lunch, the car trip with the kids, the bedtime story, a birthday
home-france | alexa c'est papy ma petite-fille m'a offert ce machin tu connais la capitale {} | de la thaïlande=TH; du viêt nam=VN
home-france | alexa au déjeuner du dimanche tonton veut savoir la capitale {} | du cambodge=KH; du laos=LA
home-france | alexa les enfants demandent on arrive quand et la capitale {} | du myanmar=MM; du bangladesh=BD
home-france | alexa pour l'histoire du soir le petit ours va au {} c'est quoi la capitale | népal=NP; bhoutan=BT
home-france | alexa pour l'anniversaire de léa on fait un quiz la capitale {} | de la corée du nord=KP; du brunei=BN
home-france | alexa je débarrasse la table dis-moi juste la capitale {} | de la malaisie=MY; du sri lanka=LK
home-france | alexa papy a encore mis la télé trop fort c'est quoi la capitale de chypre | CY
home-france | alexa dans la voiture sur l'autoroute le grand demande la capitale {} | de malte=MT; de l'islande=IS
# Acadians of the Péninsule acadienne (Caraquet, the Tintamarre) and of the Baie Sainte-Marie in Nova Scotia ("asteure", "point", "icitte", "espérer")
acadie | alexa asteure dis-moi la capitale {} | de la nouvelle-écosse=CA-NS; du nouveau-brunswick=CA-NB | fr-CA
acadie | alexa au tintamarre à caraquet on se demande la capitale {} | de la louisiane=US-LA; de l'île-du-prince-édouard=CA-PE | fr-CA
acadie | alexa je sais point la capitale {} tu la sais toi | de la belgique=BE; de la france=FR | fr-CA
acadie | alexa icitte à la baie sainte-marie mon père demande la capitale {} | de terre-neuve=CA-NL; de l'islande=IS | fr-CA
acadie | alexa espère un petit brin c'est quoi la capitale {} | de la norvège=NO; du danemark=DK | fr-CA
acadie | alexa sur le quai à shippagan un pêcheur veut savoir la capitale du canada | CA | fr-CA
acadie | alexa ma mémé de chéticamp dit que la capitale de l'irlande c'est dublin | IE | fr-CA
# Haitian-Quebecers of Montréal-Nord and Saint-Michel ("sak pase", "wi", "manman", "tonton", "anmwe", the griot)
haiti-montreal | alexa sak pase c'est quoi la capitale {} | d'haïti=HT; de la république dominicaine=DO | fr-CA
haiti-montreal | alexa wi manman demande la capitale {} | de la jamaïque=JM; de cuba=CU | fr-CA
haiti-montreal | alexa anmwe j'ai oublié la capitale {} | du nigeria=NG; de l'angola=AO | fr-CA
haiti-montreal | alexa tonton joe à l'église il gage sur la capitale {} | des bahamas=BS; du ghana=GH | fr-CA
haiti-montreal | alexa on mange du griot chez grann c'est quoi la capitale {} | du cameroun=CM; du togo=TG | fr-CA
haiti-montreal | alexa mon cousin de jacmel veut la capitale {} tu sais | de la barbade=BB; de trinité-et-tobago=TT | fr-CA
# Beaucerons and the Centre-du-Québec (Saint-Georges, Drummondville's Mondial des cultures, the Village d'antan)
beauce | alexa chez nous en beauce on veut savoir la capitale {} | de la hongrie=HU; de la pologne=PL | fr-CA
beauce | alexa au mondial des cultures à drummond les danseurs viennent {} c'est quoi la capitale | du sri lanka=LK; des philippines=PH; du pérou=PE | fr-CA
beauce | alexa mon chum de saint-georges dit que la capitale {} | du chili c'est santiago c'est-tu vrai=CL | fr-CA
beauce | alexa au village d'antan le guide demande la capitale {} | de l'argentine=AR; du mexique=MX | fr-CA
beauce | alexa la gang du garage veut savoir la capitale {} | de la lituanie=LT; de la géorgie en europe=GE | fr-CA
beauce | alexa sur la rivière chaudière au printemps la capitale {} c'est quoi | de la bolivie=BO; de l'inde=IN | fr-CA
# Franco-Manitobans of Saint-Boniface (the Festival du Voyageur, the Rivière-Rouge, Louis Riel, Gimli)
manitoba | alexa au festival du voyageur on veut la capitale {} | du manitoba=CA-MB; de la saskatchewan=CA-SK | fr-CA
manitoba | alexa à saint-boniface ma grand-mère demande la capitale {} | de l'alberta=CA-AB; de l'ontario=CA-ON | fr-CA
manitoba | alexa on descend au minnesota en fin de semaine c'est quoi la capitale {} | du minnesota=US-MN; du dakota du nord=US-ND | fr-CA
manitoba | alexa à gimli les islandais disent que la capitale {} | de l'islande c'est reykjavik=IS | fr-CA
manitoba | alexa ma voisine ukrainienne de winnipeg demande la capitale {} | de l'ukraine=UA; de l'allemagne=DE | fr-CA
manitoba | alexa le long de la rivière rouge mon gars veut savoir la capitale {} | des philippines=PH; du yukon=CA-YT | fr-CA
# Cameroonian-Quebecers in Québec City and Sherbrooke ("on dit quoi", "la mater", "le pater", "mola", "ça dit quoi")
cameroun-quebec | alexa on dit quoi la capitale {} c'est quoi | du cameroun=CM; du tchad=TD | fr-CA
cameroun-quebec | alexa la mater veut savoir la capitale {} | de la centrafrique=CF; de la guinée équatoriale=GQ | fr-CA
cameroun-quebec | alexa mola tu connais la capitale {} | du gabon=GA; du congo-brazzaville=CG | fr-CA
cameroun-quebec | alexa le pater demande la capitale {} pour son ami | de sao tomé-et-principe=ST; du rwanda=RW | fr-CA
cameroun-quebec | alexa ça dit quoi la capitale de la rdc c'est kinshasa | CD | fr-CA
# Colombian-Quebecers, students at the Université de Montréal ("parce", "qué pena", "chévere", "mi abuela")
colombia-quebec | alexa parce dis-moi la capitale {} | de la colombie=CO; du venezuela=VE | fr-CA
colombia-quebec | alexa qué pena mais c'est quoi la capitale {} | de l'équateur=EC; du panama=PA | fr-CA
colombia-quebec | alexa chévere et la capitale {} | du costa rica=CR; du guatemala=GT | fr-CA
colombia-quebec | alexa mi abuela demande la capitale {} | de l'espagne=ES; de cuba=CU | fr-CA
# Atikamekw of Wemotaci and Manawan ("kwei", "mikwetc", the bush camp)
atikamekw | alexa kwei c'est quoi la capitale {} | du nunavut=CA-NU; du groenland=GL | fr-CA
atikamekw | alexa mikwetc et la capitale {} | de la nouvelle-zélande=NZ; de la finlande=FI | fr-CA
atikamekw | alexa au camp dans le bois ma kokom demande la capitale {} | de l'australie=AU; du pérou=PE | fr-CA
# Work in Quebec: a long-haul trucker on the 20, a tree planter in the bush, a paramedic, a dairy farm at milking, a minor-hockey coach at the arena, a polyvalente teacher, a Cirque du Soleil artist on tour
work-quebec | alexa je roule sur la vingt vers rivière-du-loup c'est quoi la capitale {} | du nouveau-mexique=US-NM; du maine=US-ME | fr-CA
work-quebec | alexa au camp de planteurs on gage sur la capitale {} | de la suède=SE; de la tchéquie=CZ | fr-CA
work-quebec | alexa dans l'ambulance on attend l'appel dis-moi la capitale {} | de la slovaquie=SK; de la lettonie=LV | fr-CA
work-quebec | alexa pendant la traite des vaches c'est quoi la capitale {} | de la suisse=CH; du danemark=DK | fr-CA
work-quebec | alexa à l'aréna les jeunes de l'équipe atome veulent savoir la capitale {} | de la biélorussie=BY; du kazakhstan=KZ | fr-CA
work-quebec | alexa à la polyvalente mes élèves de secondaire deux demandent la capitale {} | de la russie=RU; de l'autriche=AT | fr-CA
work-quebec | alexa on est en tournée avec le cirque au japon c'est quoi la capitale {} | du japon=JP; de la corée du sud=KR | fr-CA
work-quebec | alexa le boss de la ferme veut savoir la capitale {} | des émirats=AE; du brésil=BR | fr-CA
# Games in Quebec: Génies en herbe, bingo in the church basement, the hockey pool, a trivia night at the brasserie
games-quebec | alexa pour génies en herbe la question c'est la capitale {} | de l'eswatini=SZ; du lesotho=LS | fr-CA
games-quebec | alexa au bingo du sous-sol d'église madame tremblay demande la capitale {} | du botswana=BW; de la namibie=NA | fr-CA
games-quebec | alexa dans mon pool de hockey y a un gars {} c'est quoi la capitale | de la zambie=ZM; du zimbabwe=ZW | fr-CA
games-quebec | alexa au quiz de la brasserie la question c'est la capitale {} | du malawi=MW; des seychelles=SC | fr-CA
games-quebec | alexa à génies en herbe on a perdu sur la capitale {} c'est quoi | de la mauritanie=MR; du mali=ML | fr-CA
# Everyday Quebec: ice fishing at Sainte-Anne-de-la-Pérade, moose hunting, the pont-tunnel traffic, the office Christmas party, Halloween, the balloon festival, the Granby zoo, a seniors' residence
quebec-everyday | alexa dans la cabane à pêche sur la glace c'est quoi la capitale {} | de la mongolie=MN; de l'ouzbékistan=UZ | fr-CA
quebec-everyday | alexa au camp de chasse on attend l'orignal dis-moi la capitale {} | du népal=NP; du bhoutan=BT | fr-CA
quebec-everyday | alexa pogné dans le trafic du pont-tunnel c'est quoi la capitale {} | de l'indonésie=ID; de la thaïlande=TH | fr-CA
quebec-everyday | alexa au party de bureau on se chicane sur la capitale {} | de l'australie=AU; de la turquie=TR | fr-CA
quebec-everyday | alexa les enfants sont déguisés pour l'halloween et veulent la capitale {} | de l'égypte=EG; de la grèce=GR | fr-CA
quebec-everyday | alexa au festival des montgolfières de saint-jean le pilote demande la capitale {} | de la tunisie=TN; du maroc=MA | fr-CA
quebec-everyday | alexa au zoo de granby la petite veut la capitale {} | du kenya=KE; de la tanzanie=TZ | fr-CA
quebec-everyday | alexa à la résidence pour aînés madame gauthier demande la capitale {} | de l'italie=IT; du portugal=PT | fr-CA
quebec-everyday | alexa au souper de famille mon beau-père dit que la capitale {} | de l'australie c'est sydney=AU | fr-CA
quebec-everyday | alexa en pelletant l'entrée j'me demandais la capitale {} | du viêt nam=VN; du cambodge=KH | fr-CA
# Follow-ups after a first answer
follow-up | et {} alors | pour la hongrie=HU; pour le portugal=PT
follow-up | alexa et celle {} | de la roumanie=RO; du danemark=DK
follow-up | ok et {} tant qu'on y est | la bulgarie=BG; l'estonie=EE
follow-up | d'accord et {} c'est quoi | le nigeria=NG; le soudan=SD
follow-up | merci et {} | celle du qatar=QA; celle d'oman=OM
follow-up | pis {} d'abord | le honduras=HN; le nicaragua=NI | fr-CA
follow-up | ok là {} | pour la jamaïque=JM; pour haïti=HT | fr-CA
follow-up | et aussi celle {} s'il te plaît | du kenya=KE; de l'angola=AO
follow-up | ah bon et pour {} | le tchad=TD; le niger=NE
follow-up | et sa voisine {} | la slovaquie=SK
follow-up | alexa encore une et {} | pour la zambie=ZM; pour le malawi=MW | fr-CA
follow-up | pis celle {} elle | de l'islande=IS; du groenland=GL | fr-CA
follow-up | super et maintenant {} | l'azerbaïdjan=AZ; l'arménie=AM
follow-up | et pour {} on fait comment | le luxembourg=LU
follow-up | ah ok pis {} | pour la colombie=CO; pour l'uruguay=UY | fr-CA
# Plurals: every several-capital country, Palestine, and the subdivisions and territory with two capitals
plural-capitals | alexa c'est quoi les capitales {} | de la bolivie=BO; de l'eswatini=SZ; du bénin=BJ
plural-capitals | alexa quelles sont les deux capitales {} | de la côte d'ivoire=CI; de la malaisie=MY
plural-capitals | alexa j'ai lu qu'il y a deux capitales {} c'est lesquelles | aux pays-bas=NL; au sri lanka=LK
plural-capitals | alexa dis-moi les trois capitales de l'afrique du sud | ZA
plural-capitals | alexa les capitales {} c'est quoi | de la palestine=PS; du swaziland=SZ
plural-capitals | alexa c'est-tu vrai que la bolivie a deux capitales c'est lesquelles | BO | fr-CA
plural-capitals | alexa nomme-moi les capitales {} | de l'afrique du sud=ZA; du sri lanka=LK | fr-CA
plural-capitals | alexa pourquoi le bénin a deux capitales c'est lesquelles | BJ | fr-CA
plural-capitals | alexa quelles sont les capitales {} | des pays-bas=NL; de la côte d'ivoire=CI | fr-CA
plural-capitals | alexa la malaisie elle a combien de capitales pis c'est lesquelles | MY | fr-CA
plural-capitals | alexa les capitales {} tu les connais | du jammu-et-cachemire=IN-JK; de l'uttarakhand=IN-UK
plural-capitals | alexa montserrat a deux capitales c'est lesquelles | MS
plural-capitals | alexa c'est quoi les deux capitales de la palestine | PS | fr-CA
plural-capitals | alexa quelles sont les capitales de l'eswatini en afrique | SZ | fr-CA
plural-capitals | alexa donne-moi toutes les capitales {} | de la bolivie s'il te plaît=BO; de la hollande=NL
plural-capitals | alexa c'est quoi ses capitales au sri lanka | LK
plural-capitals | alexa les deux capitales {} c'est lesquelles déjà | de la malaisie=MY; du bénin=BJ
# Subdivisions: US states, Canadian provinces and territories, German Länder, Australian states, Brazilian and Mexican states, Indian states, the UK's nations
subdivision | alexa c'est quoi la capitale {} | du texas=US-TX; de la floride=US-FL; de la californie=US-CA
subdivision | alexa capitale de l'état {} | de new york=US-NY; du vermont=US-VT; du kentucky=US-KY
subdivision | alexa la capitale {} c'est quelle ville | de l'arizona=US-AZ; du nevada=US-NV; de l'oregon=US-OR
subdivision | alexa dans quelle ville est la capitale {} | de l'illinois=US-IL; de la pennsylvanie=US-PA
subdivision | alexa c'est quoi la capitale de l'état {} déjà | de washington=US-WA; du massachusetts=US-MA
subdivision | alexa coudonc la capitale {} c'est quelle ville | de la colombie-britannique=CA-BC; de l'alberta=CA-AB | fr-CA
subdivision | alexa c'est quoi la capitale {} là | des territoires du nord-ouest=CA-NT; du nunavut=CA-NU | fr-CA
subdivision | alexa la capitale provinciale {} | de l'ontario=CA-ON; du québec=CA-QC | fr-CA
subdivision | alexa c'est quoi la capitale {} en allemagne | de la bavière=DE-BY; de la saxe=DE-SN; de la hesse=DE-HE
subdivision | alexa capitale {} s'il te plaît | de la basse-saxe=DE-NI; de la thuringe=DE-TH
subdivision | alexa dis-moi la capitale {} en australie | du queensland=AU-QLD; de la tasmanie=AU-TAS; de l'australie-occidentale=AU-WA
subdivision | alexa c'est laquelle la capitale {} au brésil | de bahia=BR-BA; de l'amazonas=BR-AM; du minas gerais=BR-MG
subdivision | alexa la capitale {} en inde c'est quoi | du kerala=IN-KL; du rajasthan=IN-RJ; du tamil nadu=IN-TN
subdivision | alexa au fait c'est quoi la capitale {} | de l'angleterre=GB-ENG; de l'irlande du nord=GB-NIR
subdivision | alexa le pays de galles il a une capitale c'est laquelle | GB-WLS
subdivision | alexa coudonc la capitale {} c'est laquelle | du wisconsin=US-WI; du new hampshire=US-NH; de la caroline du sud=US-SC | fr-CA
subdivision | alexa la capitale {} c'est-tu la même ville que la plus grande | de l'ohio=US-OH; de la géorgie aux états-unis=US-GA | fr-CA
subdivision | alexa capitale de la nouvelle-galles du sud | AU-NSW
subdivision | alexa la capitale de l'île-du-prince-édouard c'est-tu charlottetown | CA-PE | fr-CA
subdivision | alexa c'est quoi la capitale du pendjab | IN-PB
subdivision | alexa la capitale du bade-wurtemberg c'est laquelle hein | DE-BW
subdivision | alexa dis-moi la capitale de l'alaska pis d'hawaï | US-AK+US-HI | fr-CA
# Territories and overseas places
territory | alexa dis-moi c'est quoi la capitale {} | de la martinique=MQ; de la guadeloupe=GP; de mayotte=YT
territory | alexa la ville capitale {} c'est laquelle | de la réunion=RE; de la polynésie française=PF
territory | alexa dis-moi la capitale {} dans les antilles | de saint-pierre-et-miquelon=PM; de saint-barthélemy=BL; de saint-martin=MF
territory | alexa c'est quoi le chef-lieu {} | de la guyane=GF; de la nouvelle-calédonie=NC
territory | alexa mettons c'est quoi la capitale {} | de porto rico=PR; des bermudes=BM; de gibraltar=GI | fr-CA
territory | alexa la capitale {} c'est laquelle | de jersey=JE; de guernesey=GG; de l'île de man=IM
territory | alexa tu connais la capitale {} | d'aruba=AW; de curaçao=CW; des îles caïmans=KY
territory | alexa capitale {} ça existe | de hong kong=HK; de taïwan=TW; du sahara occidental=EH
territory | alexa quelle est la capitale {} dans le pacifique | des îles cook=CK; de guam=GU; des samoa américaines=AS | fr-CA
territory | alexa la capitale {} c'est quoi au juste | des îles malouines=FK; de sainte-hélène=SH
territory | alexa c'est quoi la capitale des îles vierges britanniques | VG
territory | alexa la capitale des îles turques-et-caïques | TC | fr-CA
territory | alexa c'est quoi la capitale de l'antarctique | AQ
territory | alexa la capitale des îles féroé c'est laquelle | FO | fr-CA
territory | alexa ils ont une capitale les terres australes françaises | TF
# Yes/no checks, right and wrong guesses (the place asked about)
yes-no-check | alexa est-ce que la capitale {} | de la turquie c'est istanbul=TR; du brésil c'est rio=BR; de la suisse c'est genève=CH
yes-no-check | alexa c'est bien {} | ottawa la capitale du canada=CA; berne la capitale de la suisse=CH
yes-no-check | alexa j'ai raison si je dis que la capitale {} | du maroc c'est casablanca=MA; du nigeria c'est lagos=NG
yes-no-check | alexa vrai ou faux la capitale {} | de l'australie c'est canberra=AU; de la nouvelle-zélande c'est auckland=NZ
yes-no-check | alexa c'est-tu {} | toronto la capitale du canada=CA; québec la capitale du québec=CA-QC | fr-CA
yes-no-check | alexa mon chum dit que la capitale {} j'y crois pas | du kazakhstan c'est almaty=KZ; de la bolivie c'est la paz=BO | fr-CA
yes-no-check | alexa je parie que la capitale {} | de la tanzanie c'est dar es salaam=TZ; du pakistan c'est karachi=PK
yes-no-check | alexa confirme-moi que la capitale {} | du viêt nam c'est hanoï=VN; de l'inde c'est new delhi=IN
yes-no-check | alexa c'est pas {} | bombay la capitale de l'inde=IN; sydney la capitale de l'australie=AU
yes-no-check | alexa la capitale de la côte d'ivoire c'est abidjan hein | CI
yes-no-check | alexa c'est vrai que la capitale du myanmar c'est plus rangoun | MM
yes-no-check | alexa est-ce que saint-pétersbourg c'est la capitale de la russie | RU
yes-no-check | alexa c'est-tu vrai que montréal a été la capitale du canada | CA | fr-CA
yes-no-check | alexa la capitale {} c'est-tu | de la floride miami=US-FL; de la californie los angeles=US-CA | fr-CA
yes-no-check | alexa la capitale des états-unis c'est bien washington pas new york | US
yes-no-check | alexa dis-moi oui ou non la capitale {} | de l'espagne c'est barcelone=ES; de l'italie c'est milan=IT
yes-no-check | alexa je gage que la capitale {} | de la corée du sud c'est séoul=KR; de la chine c'est shanghai=CN | fr-CA
yes-no-check | alexa c'est correct si j'écris que la capitale de la slovénie c'est ljubljana | SI | fr-CA
yes-no-check | alexa genre la capitale de la turquie c'est ankara ou istanbul | TR
yes-no-check | alexa ma fille dit que la capitale de l'écosse c'est glasgow elle a raison | GB-SCT
yes-no-check | alexa la capitale du burundi c'est plus bujumbura c'est ça | BI | fr-CA
# Self-corrections with a marker (the last place named)
self-correction | alexa la capitale {} elle s'appelle comment | de l'autriche non pardon de l'australie=AU; de la suède euh non je veux dire de la suisse=CH
self-correction | alexa c'est quoi la capitale {} vite | de l'iran oups de l'irak=IQ; du niger enfin non du nigeria=NG
self-correction | alexa dis-moi vite la capitale {} | de la slovénie non attends de la slovaquie=SK; de la gambie pardon de la zambie=ZM
self-correction | alexa je cherche la capitale {} | du mali non excuse-moi de malte=MT; de la guinée non désolé de la guyane=GY
self-correction | alexa c'est quoi la capitale {} pour vrai | de la colombie non je me trompe de la bolivie=BO; du paraguay non plutôt de l'uruguay=UY | fr-CA
self-correction | alexa donne-moi la capitale {} | de l'islande ah non je voulais dire de l'irlande=IE; du danemark oh pardon de la norvège=NO | fr-CA
self-correction | alexa quelle est la capitale {} s'il te plaît | de la lettonie non non de la lituanie=LT; de l'estonie euh pardon de la finlande=FI
self-correction | alexa la capitale de la corée du nord attends non de la corée du sud | KR
self-correction | alexa tu connais la capitale {} toi | de la dominique pardon de la république dominicaine=DO; du congo-brazzaville non je veux dire du congo-kinshasa=CD
self-correction | alexa c'est quoi donc la capitale {} | de l'autriche excuse de l'allemagne=DE; du portugal scusez de l'espagne=ES | fr-CA
self-correction | alexa la capitale officielle {} | du canada non en fait du québec=CA-QC; du mexique non correction du guatemala=GT | fr-CA
self-correction | alexa la capitale du soudan non attends du soudan du sud | SS
self-correction | alexa c'est quoi la capitale de la roumanie zut je voulais dire de la bulgarie | BG
self-correction | alexa la capitale du bhoutan euh je me suis trompé du népal | NP
self-correction | alexa la capitale de l'arménie pas celle-là l'autre je veux dire l'azerbaïdjan | AZ | fr-CA
self-correction | alexa c'est quoi la capitale du cameroun pardon pardon du gabon | GA | fr-CA
# Reverse questions (every place with that capital)
reverse-question | alexa {} c'est la capitale de quel pays | ouagadougou=CITY:Ouagadougou; tachkent=CITY:Tachkent; bichkek=CITY:Bichkek
reverse-question | alexa {} c'est la capitale de quoi | nouakchott=CITY:Nouakchott; vientiane=CITY:Vientiane; asmara=CITY:Asmara
reverse-question | alexa de quel pays {} est la capitale | windhoek=CITY:Windhoek; paramaribo=CITY:Paramaribo
reverse-question | alexa {} c'est-tu une capitale de quel pays | tegucigalpa=CITY:Tegucigalpa; montevideo=CITY:Montevideo | fr-CA
reverse-question | alexa la ville de {} c'est la capitale de où | bakou=CITY:Bakou; podgorica=CITY:Podgorica | fr-CA
reverse-question | alexa c'est quel pays qui a {} comme capitale | bamako=CITY:Bamako; niamey=CITY:Niamey; lilongwe=CITY:Lilongwe
reverse-question | alexa {} c'est dans quel pays c'est une capitale non | thimphu=CITY:Thimphu; katmandou=CITY:Katmandou
reverse-question | alexa victoria c'est la capitale de quoi | CITY:Victoria | fr-CA
reverse-question | alexa kingston c'est la capitale de quel pays | CITY:Kingston
reverse-question | alexa regina c'est la capitale de quelle province | CITY:Regina | fr-CA
reverse-question | alexa {} c'est la capitale de quel état | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee | fr-CA
reverse-question | alexa douchanbé je crois que c'est une capitale mais de quoi | CITY:Douchanbé
reverse-question | alexa oulan-bator c'est la capitale de quoi au juste | CITY:Oulan-Bator
reverse-question | alexa tu sais {} c'est la capitale de quel pays toi | erevan=CITY:Erevan; tbilissi=CITY:Tbilissi; chisinau=CITY:Chișinău
reverse-question | alexa {} c'est la capitale de où | gaborone=CITY:Gaborone; maseru=CITY:Maseru | fr-CA
reverse-question | alexa de quoi {} est-elle la capitale | la valette=CITY:La Valette; port-louis=CITY:Port-Louis
reverse-question | alexa mascate c'est la capitale d'où ça | CITY:Mascate
reverse-question | alexa nuku'alofa c'est une capitale de quel pays | CITY:Nuku'alofa | fr-CA
# Official names
official-name | alexa quelle est officiellement la capitale {} | de la république fédérale d'allemagne=DE; de la confédération helvétique=CH
official-name | alexa c'est quoi la capitale {} s'il vous plaît | du royaume hachémite de jordanie=JO; de la république islamique du pakistan=PK; de la république arabe syrienne=SY
official-name | alexa la capitale {} s'il te plaît | des états-unis mexicains=MX; de la république bolivarienne du venezuela=VE
official-name | alexa capitale {} merci | de la fédération de russie=RU; du royaume de suède=SE | fr-CA
official-name | alexa c'est quoi la capitale de la république populaire démocratique de corée | KP
official-name | alexa la capitale {} c'est quoi encore | de la république populaire de chine=CN; du grand-duché de luxembourg=LU | fr-CA
official-name | alexa quelle est la capitale du royaume-uni de grande-bretagne et d'irlande du nord | GB
official-name | alexa c'est quoi la capitale de l'état plurinational de bolivie | BO | fr-CA
official-name | alexa la capitale de la république fédérale démocratique d'éthiopie | ET
official-name | alexa dis-moi la capitale de la république orientale de l'uruguay | UY | fr-CA
official-name | alexa c'est quoi la capitale de la république démocratique populaire lao | LA
official-name | alexa la capitale de la principauté d'andorre c'est laquelle | AD
# Everyday names
everyday-name | alexa c'est quoi la capitale {} en deux mots | de la hollande=NL; de l'angleterre=GB-ENG
everyday-name | alexa la capitale {} c'est quoi pis | des states=US; de la biélo-russie=BY | fr-CA
everyday-name | alexa capitale {} s'te plaît | des émirats=AE; de la rdc=CD; de la centrafrique=CF
everyday-name | alexa c'est quoi ça la capitale {} | du burkina=BF; de la bosnie=BA; de la macédoine=MK | fr-CA
everyday-name | alexa dis-moi la capitale {} je l'ai sur le bout de la langue | de la grande-bretagne=GB; de l'amérique=US
everyday-name | alexa c'est quoi la capitale {} déjà | du timor=TL; de la papouasie=PG; de trinidad=TT
everyday-name | alexa la capitale de la république tchèque | CZ | fr-CA
everyday-name | alexa la capitale {} là-bas | de saint-kitts=KN; de saint-vincent=VC | fr-CA
everyday-name | alexa c'est quoi la capitale des usa | US
everyday-name | alexa la capitale {} en afrique c'est laquelle | de la guinée-conakry=GN; du congo-brazzaville=CG
everyday-name | alexa c'est quoi la capitale de la moldova | MD | fr-CA
# Old names
old-name | alexa c'était quoi la capitale {} | de la haute-volta=BF; du dahomey=BJ; de la rhodésie=ZW
old-name | alexa c'est quoi aujourd'hui la capitale {} | de la birmanie=MM; du siam=TH; de la perse=IR
old-name | alexa la capitale {} c'est laquelle aujourd'hui | de ceylan=LK; du zaïre=CD; de la gold coast=GH | fr-CA
old-name | alexa la capitale {} comme disait ma grand-mère | de l'abyssinie=ET; de la formose=TW; du nyassaland=MW
old-name | alexa c'est quoi la capitale {} asteure | du swaziland=SZ; du basutoland=LS; du bechuanaland=BW | fr-CA
old-name | alexa mon grand-père dit encore {} c'est quoi la capitale | l'oubangui-chari=CF; les nouvelles-hébrides=VU; le kampuchéa=KH
old-name | alexa la capitale du soudan français | ML | fr-CA
old-name | alexa c'est quoi la capitale de la côte française des somalis | DJ
old-name | alexa la capitale du honduras britannique c'était quoi | BZ | fr-CA
old-name | alexa c'est quoi la capitale de la guinée portugaise | GW
old-name | alexa la capitale du tanganyika | TZ
# Shared names: bare (every place) and disambiguated (the one place)
shared-name | alexa c'est quoi la capitale de la géorgie | GE+US-GA
shared-name | alexa la capitale du congo c'est laquelle | CD+CG
shared-name | alexa capitale de la corée | KP+KR
shared-name | alexa c'est quoi la capitale des îles vierges | VG+VI
shared-name | alexa les capitales des deux congo | CD+CG | fr-CA
shared-name | alexa la capitale de la géorgie s'il te plaît | GE+US-GA | fr-CA
shared-name | alexa c'est quoi les capitales des deux corées | KP+KR | fr-CA
shared-name | alexa la capitale des îles vierges c'est quoi | VG+VI | fr-CA
shared-name | alexa la capitale de la géorgie le pays près de la russie | GE
shared-name | alexa la capitale de la géorgie l'état américain | US-GA | fr-CA
shared-name | alexa capitale du congo-kinshasa | CD
shared-name | alexa la capitale de la corée du nord là | KP | fr-CA
shared-name | alexa c'est quoi la capitale des îles vierges américaines | VI
shared-name | alexa la capitale du petit congo celui de brazzaville | CG
shared-name | alexa mon cousin vit en corée c'est quoi la capitale | KP+KR
shared-name | alexa c'est quoi la capitale de la géorgie hein | GE+US-GA
shared-name | alexa la capitale du congo tsé celui en afrique | CD+CG | fr-CA
shared-name | alexa les capitales des corées nord et sud | KP+KR
# One-shot requests through the invocation name
one-shot | alexa demande à capitales du monde la capitale {} | du pérou=PE; de la jordanie=JO
one-shot | alexa demande à capitales du monde c'est quoi la capitale {} | de la serbie=RS; du kosovo=XK | fr-CA
one-shot | alexa ouvre capitales du monde et dis-moi la capitale {} | de l'ouganda=UG; du rwanda=RW
one-shot | alexa lance capitales du monde pour la capitale {} | de la namibie=NA; de l'angola=AO
one-shot | alexa avec capitales du monde trouve la capitale {} | du cap-vert=CV; de la guinée équatoriale=GQ | fr-CA
one-shot | alexa demande à capitales du monde quelles sont les capitales de l'afrique du sud | ZA
one-shot | alexa capitales du monde la capitale {} | du monténégro=ME; de la croatie=HR
one-shot | alexa dis à capitales du monde que je veux la capitale {} | de l'arabie saoudite=SA; du brunei=BN | fr-CA
one-shot | alexa demande à capitales du monde si la capitale du canada c'est ottawa | CA | fr-CA
one-shot | alexa ouvre capitales du monde {} c'est la capitale de quoi | nairobi=CITY:Nairobi
one-shot | alexa demande à capitales du monde la capitale de la géorgie | GE+US-GA | fr-CA
one-shot | alexa capitales du monde c'est quoi la capitale de la sierra leone | SL
# What recognition writes: lost accents and hyphens, homophones, split and joined words
recognition | alexa c'est quoi la capitale {} dis voir | du perou=PE; de l'equateur=EC; du venezuela=VE
recognition | alexa quelle est la capitale {} déjà | du soudain=SD; du lit banc=LB; de malt=MT
recognition | alexa la capitale {} tu la sais | du ma lit=ML; du chade=TD; du nez pal=NP
recognition | alexa c'est quoi la capitale {} hein | du quai nia=KE; du catare=QA; du yes men=YE
recognition | alexa lacapitale {} | de la suède=SE; du japon=JP
recognition | alexa c'est quoi la capitale {} merci | du bots wana=BW; du ka zakhstan=KZ; de la nami bie=NA
recognition | alexa capitale du sale vador | SV
recognition | alexa la capitale d'aïti | HT | fr-CA
recognition | alexa c'est quoi la capitale de la let tonie | LV
recognition | alexa c'est quoi la capitale du pack istan | PK | fr-CA
recognition | alexa la capitale de la roussie | RU
recognition | alexa la capitale de l'ongrie | HU | fr-CA
recognition | alexa la capitale du to go | TG
recognition | alexa la capitale de la thai lande | TH | fr-CA
recognition | alexa la capitale de la cerbie | RS
recognition | alexa la capitale du mexic | MX | fr-CA
recognition | alexa la capitale de l'indo nésie | ID
recognition | alexa la capitale de lainde | IN | fr-CA
recognition | alexa c'est quoi la capitale de l'os tralie | AU
# Help
help | alexa kenavo euh comment on s'en sert de ton truc des capitales | HELP
help | alexa c'est papy je comprends rien à ce jeu explique-moi | HELP
help | alexa qu'est-ce que je peux te demander au juste avec les capitales | HELP
help | alexa aide-moi une fois je sais pas quoi dire | HELP
help | alexa comment ça marche ça joue pas | HELP
help | alexa je suis perdue tu peux m'expliquer les règles | HELP
help | alexa mo pa konprann comment on joue | HELP
help | alexa khob comment je dois poser la question | HELP
help | alexa j'ai besoin d'aide avec capitales du monde | HELP
help | alexa qu'est-ce qu'il faut dire pour avoir une capitale | HELP
help | alexa aide pour les enfants ils savent pas quoi demander | HELP
help | alexa asteure je fais quoi explique-moi | HELP | fr-CA
help | alexa comment ça fonctionne ton affaire de capitales | HELP | fr-CA
help | alexa j'comprends pas trop c'est quoi que je peux te demander | HELP | fr-CA
help | alexa sak pase comment on joue à ça | HELP | fr-CA
help | alexa aide-moi donc je suis mêlé | HELP | fr-CA
help | alexa c'est quoi les options que j'ai | HELP | fr-CA
help | alexa on dit quoi pour poser une question explique | HELP | fr-CA
help | alexa peux-tu m'aider pour le quiz de génies en herbe | HELP | fr-CA
help | alexa je veux de l'aide s'il te plaît pour les capitales | HELP
help | alexa bud laska aide-moi je ne comprends pas | HELP
help | alexa dis-moi ce que tu sais faire avec les pays | HELP | fr-CA
# Stop
stop | alexa stop le pain est prêt | STOP
stop | alexa arrête on passe à table | STOP
stop | alexa ça suffit les capitales pour ce soir | STOP
stop | alexa tais-toi papy dort | STOP
stop | alexa arrête tout la partie de boules reprend | STOP
stop | alexa stop une fois | STOP
stop | alexa on arrête là merci bien | STOP
stop | alexa arrête de parler on est arrivés | STOP
stop | alexa stop stop stop le service commence | STOP
stop | alexa c'est bon arrête le jeu | STOP
stop | alexa kenavo on arrête | STOP
stop | alexa arrête ça asteure | STOP | fr-CA
stop | alexa ferme-la le bingo commence | STOP | fr-CA
stop | alexa stop l'appel rentre on part | STOP | fr-CA
stop | alexa arrête le jeu le poisson mord | STOP | fr-CA
stop | alexa ça va faire les capitales arrête | STOP | fr-CA
stop | alexa stop la game recommence | STOP | fr-CA
stop | alexa arrête les enfants vont se coucher | STOP | fr-CA
stop | alexa quitte le jeu des capitales | STOP | fr-CA
stop | alexa c'est assez arrête | STOP | fr-CA
stop | alexa stop mikwetc | STOP | fr-CA
stop | alexa stop dyakuyu c'est fini | STOP
# Cancel
cancel | alexa annule j'ai demandé la mauvaise chose | CANCEL
cancel | alexa laisse tomber le client est parti | CANCEL
cancel | alexa non annule c'était pour rire | CANCEL
cancel | alexa oublie ma question papy a trouvé | CANCEL
cancel | alexa annule la question une fois | CANCEL
cancel | alexa laisse tomber on a trouvé sur le plateau | CANCEL
cancel | alexa non rien annule | CANCEL
cancel | alexa annule ça c'est le petit qui a parlé | CANCEL
cancel | alexa laisse tomber la capitale on s'en fout | CANCEL
cancel | alexa annule la dernière demande s'il te plaît | CANCEL
cancel | alexa oublie ça khob | CANCEL
cancel | alexa annule donc ça | CANCEL | fr-CA
cancel | alexa laisse faire on l'a eu | CANCEL | fr-CA
cancel | alexa oublie ça c'était pas pour toi | CANCEL | fr-CA
cancel | alexa annule j'ai pesé sur le mauvais bouton | CANCEL | fr-CA
cancel | alexa non non annule ma tante l'a trouvée | CANCEL | fr-CA
cancel | alexa laisse faire la question | CANCEL | fr-CA
cancel | alexa annule ma demande le coach a la réponse | CANCEL | fr-CA
cancel | alexa oublie ça mola | CANCEL | fr-CA
cancel | alexa annule je me suis trompé de pays | CANCEL | fr-CA
cancel | alexa laisse faire parce | CANCEL | fr-CA
cancel | alexa annulation s'il te plaît | CANCEL
# Launch
launch | alexa démarre capitales du monde pour la crêperie | LAUNCH
launch | alexa ouvre capitales du monde une fois | LAUNCH
launch | alexa lance capitales du monde pour papy | LAUNCH
launch | alexa mets-moi capitales du monde | LAUNCH
launch | alexa on veut jouer à capitales du monde avec les gones | LAUNCH
launch | alexa ouvre capitales du monde asteure | LAUNCH | fr-CA
launch | alexa part donc capitales du monde pour le bingo | LAUNCH | fr-CA
launch | alexa lance le jeu capitales du monde dans le camion | LAUNCH | fr-CA
launch | alexa démarre capitales du monde pour génies en herbe | LAUNCH | fr-CA
launch | alexa capitales du monde s'il vous plaît | LAUNCH
# Out of domain: other facts about a named country, capital in other senses, places the data lacks, fictional places, everyday requests
out-of-domain | alexa c'est quoi la capitale de la bretagne | FB
out-of-domain | alexa combien d'habitants en irlande | FB
out-of-domain | alexa quelle langue on parle au pays de galles | FB
out-of-domain | alexa c'est quoi la capitale de la cornouailles anglaise | FB
out-of-domain | alexa mets la météo de quimper | FB
out-of-domain | alexa c'est quoi la capitale de l'occitanie | FB
out-of-domain | alexa qui a gagné le top quatorze l'an dernier | FB
out-of-domain | alexa c'est quoi la monnaie de la nouvelle-zélande | FB
out-of-domain | alexa la capitale européenne de l'aéronautique c'est toulouse | FB
out-of-domain | alexa c'est quoi la capitale des gaules | FB
out-of-domain | alexa quelle est la population de lyon | FB
out-of-domain | alexa c'est quoi la capitale de la wallonie | FB
out-of-domain | alexa la capitale de la flandre c'est laquelle | FB
out-of-domain | alexa quel temps fait-il à charleroi | FB
out-of-domain | alexa c'est quoi la capitale du canton de vaud | FB
out-of-domain | alexa combien de langues officielles en suisse | FB
out-of-domain | alexa c'est quoi la capitale de la catalogne | FB
out-of-domain | alexa quelle est la capitale de la sicile | FB
out-of-domain | alexa c'est quoi la capitale de la toscane | FB
out-of-domain | alexa quand décolle la prochaine ariane | FB
out-of-domain | alexa quelle est la plus grande ville de guyane | FB
out-of-domain | alexa c'est quoi le drapeau du suriname | FB
out-of-domain | alexa quelle heure il est à nouméa | FB
out-of-domain | alexa c'est quoi la capitale de la province sud | FB
out-of-domain | alexa c'est quoi la langue du vanuatu | FB
out-of-domain | alexa combien ça coûte un billet pour dakar | FB
out-of-domain | alexa c'est quoi la capitale de la casamance | FB
out-of-domain | alexa la recette du thiéboudienne | FB
out-of-domain | alexa quelle est la monnaie de la gambie | FB
out-of-domain | alexa comment on dit merci en français | FB
out-of-domain | alexa traduis capitale en ukrainien | FB
out-of-domain | alexa c'est quoi le plus grand pays d'europe | FB
out-of-domain | alexa quelle est la superficie de l'iran | FB
out-of-domain | alexa mets de la musique persane | FB
out-of-domain | alexa combien de farine pour une baguette | FB
out-of-domain | alexa quel est le prix du blé aujourd'hui | FB
out-of-domain | alexa mets un minuteur de vingt minutes pour le pain | FB
out-of-domain | alexa c'est quoi le plus long fleuve d'afrique | FB
out-of-domain | alexa qui porte le maillot jaune | FB
out-of-domain | alexa c'est quoi la capitale du texte en majuscule | FB
out-of-domain | alexa comment on écrit une lettre capitale | FB
out-of-domain | alexa c'est quoi la peine capitale | FB
out-of-domain | alexa combien j'ai de capital sur mon livret a | FB
out-of-domain | alexa c'est quoi les sept péchés capitaux | FB
out-of-domain | alexa quel est le plus haut sommet du népal | FB
out-of-domain | alexa ajoute du lait à la liste de courses | FB
out-of-domain | alexa raconte-moi une histoire pour dormir | FB
out-of-domain | alexa joyeux anniversaire léa | FB
out-of-domain | alexa combien de pays en afrique | FB
out-of-domain | alexa c'est quoi la capitale de l'atlantide | FB
out-of-domain | alexa c'est quoi la capitale de la terre du milieu | FB
out-of-domain | alexa la capitale de l'europe c'est laquelle | FB
out-of-domain | alexa quel est l'hymne national de la france | FB
out-of-domain | alexa c'est quoi la capitale gastronomique de la france | FB
out-of-domain | alexa quelle est la religion en arabie saoudite | FB
out-of-domain | alexa c'est quoi la capitale de la sibérie | FB
out-of-domain | alexa c'est quoi la capitale de l'acadie | FB | fr-CA
out-of-domain | alexa quand c'est le tintamarre cette année | FB | fr-CA
out-of-domain | alexa combien d'acadiens au nouveau-brunswick | FB | fr-CA
out-of-domain | alexa quelle langue on parle en haïti | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la gaspésie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la beauce | FB | fr-CA
out-of-domain | alexa quelle heure il est à winnipeg | FB | fr-CA
out-of-domain | alexa c'est qui louis riel | FB | fr-CA
out-of-domain | alexa quelle est la monnaie du cameroun | FB | fr-CA
out-of-domain | alexa combien il fait à sherbrooke | FB | fr-CA
out-of-domain | alexa quelle est la population de la colombie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'amazonie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale régionale de la mauricie | FB | fr-CA
out-of-domain | alexa combien d'habitants dans la région de la capitale-nationale | FB | fr-CA
out-of-domain | alexa l'épaisseur de la glace au lac saint-pierre | FB | fr-CA
out-of-domain | alexa quand ouvre la chasse à l'orignal | FB | fr-CA
out-of-domain | alexa c'est quoi l'état du trafic sur le pont-tunnel | FB | fr-CA
out-of-domain | alexa joue de la musique de noël pour le party | FB | fr-CA
out-of-domain | alexa c'est quoi les heures du zoo de granby | FB | fr-CA
out-of-domain | alexa combien de temps pour cuire une dinde | FB | fr-CA
out-of-domain | alexa qui a gagné la coupe stanley en dernier | FB | fr-CA
out-of-domain | alexa c'est quoi le score du canadien | FB | fr-CA
out-of-domain | alexa mets la radio de radio-canada | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du hockey | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale du sirop d'érable | FB | fr-CA
out-of-domain | alexa combien j'ai de capital à rembourser sur mon hypothèque | FB | fr-CA
out-of-domain | alexa écris capital avec une majuscule | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de narnia | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la lune | FB | fr-CA
out-of-domain | alexa la capitale du wakanda c'est quoi | FB | fr-CA
out-of-domain | alexa combien de provinces au canada | FB | fr-CA
out-of-domain | alexa quel est le plus grand lac du québec | FB | fr-CA
out-of-domain | alexa ajoute des oeufs sur la liste d'épicerie | FB | fr-CA
out-of-domain | alexa allume les lumières du salon | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'ontario du nord | FB | fr-CA
out-of-domain | alexa qui est le premier ministre du canada | FB | fr-CA
out-of-domain | alexa quel est le plus petit pays du monde | FB
out-of-domain | alexa c'est quoi la capitale de la savoie | FB
out-of-domain | alexa quel fuseau horaire pour la réunion | FB
out-of-domain | alexa qui est le président du sénégal | FB
out-of-domain | alexa combien de régions en france | FB
out-of-domain | alexa la capitale de l'alsace c'est strasbourg non | FB
out-of-domain | alexa c'est quoi la devise de la belgique | FB
out-of-domain | alexa comment va la bourse de paris | FB
out-of-domain | alexa c'est quoi l'indicatif téléphonique du maroc | FB
out-of-domain | alexa quel temps à la pointe du raz demain | FB
out-of-domain | alexa combien de temps de vol jusqu'à tokyo | FB
out-of-domain | alexa c'est quoi la capitale du département du finistère | FB

# Added after the first build: more speaker lines, plurals, shared names and checks in this round's situations
plural-capitals | alexa pour mon exposé sur la palestine c'est quoi ses capitales | PS
plural-capitals | alexa les capitales de la palestine ça dit quoi | PS | fr-CA
plural-capitals | alexa au festival interceltique un breton demande les capitales de la bolivie | BO
plural-capitals | alexa à la friterie on se demande les deux capitales du bénin | BJ
plural-capitals | alexa montserrat dans les antilles c'est quoi ses deux capitales | MS | fr-CA
plural-capitals | alexa deugg c'est quoi les capitales de la côte d'ivoire déjà | CI
plural-capitals | alexa au bingo c'est lesquelles les capitales de l'afrique du sud | ZA | fr-CA
shared-name | alexa la capitale de la géorgie en amérique là où il y a atlanta | US-GA | fr-CA
shared-name | alexa c'est quoi la capitale des îles vierges des états-unis | VI
shared-name | alexa la capitale des îles vierges britanniques c'est-tu road town | VG | fr-CA
shared-name | alexa boudu la capitale de la géorgie | GE+US-GA
shared-name | alexa parce c'est quoi la capitale du congo | CD+CG | fr-CA
shared-name | alexa mola la capitale des deux congos | CD+CG | fr-CA
shared-name | alexa waaw la capitale de la corée | KP+KR
atikamekw | alexa kwei ma kokom veut la capitale {} | de la bolivie=BO; du mexique=MX | fr-CA
atikamekw | alexa au pow-wow de wemotaci un danseur demande la capitale {} | des états-unis=US; du guatemala=GT | fr-CA
atikamekw | alexa mikwetc pis c'est-tu ottawa la capitale du canada | CA | fr-CA
colombia-quebec | alexa qué pena mi abuela demande encore la capitale {} | du pérou=PE; du chili=CL | fr-CA
colombia-quebec | alexa on fait des arepas chez la coloc c'est quoi la capitale {} | du nicaragua=NI; du salvador=SV | fr-CA
cameroun-quebec | alexa au mariage de ma cousine à québec on parle de la capitale {} | du nigeria=NG; du burundi=BI | fr-CA
cameroun-quebec | alexa la mater dit que la capitale du cameroun c'est douala c'est ça | CM | fr-CA
learner-dutch | alexa hoi wij zijn au camping c'est quoi le capitale {} | de la pologne=PL; de le portugal=PT
learner-dutch | alexa dank je wel et le capitale de la {} | grèce=GR; croatie=HR
haiti-montreal | alexa wi tonton demande si la capitale d'haïti c'est pas cap-haïtien | HT | fr-CA
haiti-montreal | alexa ma grann au salon veut la capitale {} | du bénin=BJ; du sénégal=SN | fr-CA
acadie | alexa j'avons une question la capitale {} | du maine=US-ME; du massachusetts=US-MA | fr-CA
acadie | alexa asteure au tintamarre un touriste veut la capitale {} | de saint-pierre-et-miquelon=PM | fr-CA
manitoba | alexa au festival du voyageur le violoneux demande la capitale {} | de l'écosse=GB-SCT; de l'irlande=IE | fr-CA
beauce | alexa mon oncle de la beauce pense que la capitale {} | de l'allemagne c'est munich=DE | fr-CA
quebec-everyday | alexa en attendant le déneigeur c'est quoi la capitale {} | de la norvège=NO; de l'islande=IS | fr-CA
quebec-everyday | alexa dans le sous-sol chez ma tante on joue et la question c'est la capitale {} | de la jamaïque=JM; de l'ukraine=UA | fr-CA
work-quebec | alexa à la pause du chantier de planteurs la capitale {} c'est laquelle | de la finlande=FI; de la russie=RU | fr-CA
games-quebec | alexa génies en herbe deuxième question la capitale {} | de la tanzanie=TZ; de la mauritanie=MR | fr-CA
bretagne | alexa ma doue la mamm-gozh croit que la capitale de l'irlande c'est cork | IE
toulouse | alexa macarel au stade ernest-wallon on parie sur la capitale {} | de l'écosse=GB-SCT; de l'italie=IT
lyon | alexa les gones disent que la capitale {} | de la suisse c'est zurich=CH; de l'inde c'est bombay=IN
belgique | alexa savez-vous si la capitale {} une fois | du congo-kinshasa c'est bien kinshasa=CD
suisse-romande | alexa ou bien la capitale {} c'est laquelle | du liechtenstein vaduz ou schaan=LI
guyane | alexa fout c'est quoi la capitale {} | du brésil=BR; du suriname déjà=SR
caledonie | alexa tata c'est fin dur la capitale {} | des fidji=FJ; du vanuatu=VU
senegal-paris | alexa nanga def la capitale de la mauritanie c'est nouakchott c'est ça | MR
work-france | alexa quand le pain lève on joue la capitale {} | de l'autriche=AT; de la hongrie=HU
games-france | alexa au tour de france ils passent par {} c'est quoi la capitale | l'espagne=ES; la belgique=BE
home-france | alexa c'est papy encore tu sais la capitale {} | du maroc=MA; de la tunisie=TN
yes-no-check | alexa kenavo la capitale de l'islande c'est bien reykjavik | IS
yes-no-check | alexa pis la capitale {} c'est-tu | de l'ontario ottawa=CA-ON; du manitoba winnipeg=CA-MB | fr-CA
yes-no-check | alexa questions pour un champion la capitale {} c'est bien ça | du brésil c'est brasilia=BR
yes-no-check | alexa mon chum de gimli dit que la capitale de la norvège c'est bergen | NO | fr-CA
self-correction | alexa la capitale {} pardon | du népal non du bhoutan=BT
self-correction | alexa ma doue la capitale de l'écosse non pardon du pays de galles | GB-WLS
self-correction | alexa la capitale du manitoba euh non je veux dire de la saskatchewan | CA-SK | fr-CA
self-correction | alexa sak pase la capitale de la jamaïque non attends de cuba | CU | fr-CA
reverse-question | alexa à génies en herbe on nous demande {} c'est la capitale de quoi | gitega=CITY:Gitega; port moresby=CITY:Port Moresby | fr-CA
reverse-question | alexa boudu {} c'est la capitale de quel pays | suva=CITY:Suva; apia=CITY:Apia
reverse-question | alexa au scrabble ma voisine a mis {} c'est une capitale de quoi | lomé=CITY:Lomé; bangui=CITY:Bangui
reverse-question | alexa halifax c'est la capitale de quelle province | CITY:Halifax | fr-CA
reverse-question | alexa la mater dit que {} c'est une capitale de où | yaoundé=CITY:Yaoundé; malabo=CITY:Malabo | fr-CA
one-shot | alexa demande à capitales du monde pour papy la capitale {} | de la gambie=GM; du liberia=LR
one-shot | alexa demande donc à capitales du monde la capitale {} | du nouveau-brunswick=CA-NB; de l'île-du-prince-édouard=CA-PE | fr-CA
help | alexa ma doue comment on fait avec capitales du monde | HELP
help | alexa au camp de chasse on comprend pas ton jeu aide-nous | HELP | fr-CA
stop | alexa c'est fin stop | STOP
stop | alexa arrête le jeu l'orignal arrive | STOP | fr-CA
cancel | alexa annule boudu je me suis trompé | CANCEL
cancel | alexa laisse faire mikwetc | CANCEL | fr-CA
out-of-domain | alexa c'est quoi la capitale de la bourgogne | FB
out-of-domain | alexa combien de temps dure le tour de france | FB
out-of-domain | alexa c'est quoi la capitale des îles de la madeleine | FB | fr-CA
"""

if __name__ == "__main__":
    build_round(30, "fr", LINES, sys.argv, "tests/Eval/fr/round30/source/build_corpus.py")
