"""Round 33, French (fr-FR, fr-CA): a new author's own mix, written blind at the start of the thirty-fourth session
(brief WRITER40.md), about a third of the lines fr-CA. Speakers and situations chosen apart from rounds 29-32.
France and the overseas on fr-FR devices: Bordelais and the bassin d'Arcachon (the oyster shack, the dune du Pilat,
the Saint-Émilion vendanges, the Girondins, the Cap-Ferret boat, "gavé", "poche"), Burgundians (the Hospices de Beaune
wine auction, the Dijon mustard works, the Morvan cold, a Nuits-Saint-Georges grower), Catalans of Perpignan and the
Roussillon ("bon dia", "adéu", the USAP and its Pacific players, the tramontane, the Canigou, the Collioure anchovies,
the sardane), Picards of Amiens and the baie de Somme ("ch'est", "min frère", the hortillonnages, the seals, the
cathedral), Vendéens (the Vendée Globe at Les Sables-d'Olonne, the Puy du Fou, the brioche), Champenois and Ardennais
(the champagne cellars, the Charleville puppet festival, Reims cathedral), Stéphanois (the ASSE and the Chaudron, the
mine museum, "gaga"), scientists at Port-aux-Français in the Kerguelen (the Marion Dufresne, the penguins), an
Algerian-French family of Roubaix and Marseille ("ya rabi", "bessah", the yemma, the khti, the Eid), a Congolese
family of Château-Rouge ("mbote", "nzambe", "yo", the sapeur tonton), an Armenian-French family of Alfortville
("barev", "aman", tatik and papik), Polish-French of the Lens mining basin (babcia, dziadek, Bollaert, the ducasse), a
Vietnamese-French family of the thirteenth (bà ngoại, the Têt, the avenue de Choisy), Comorians of Marseille (the
grand mariage, the Moroni flight); learners: an American exchange student at Sciences Po ("okay so like", "um",
"sorry", "le capital de la mexique"), a Brazilian au pair in Lyon ("nossa", "tipo", "né", "de la brésil"), a Japanese
student in Paris ("ano", "eto", "sumimasen", "quelle est le capitale de le corée du nord"), an Italian Erasmus student
in Montpellier ("allora", "boh", "cioè", "de la vatican"), a Syrian refugee family at the French class ("inshallah",
"shukran", "capitale pakistan"), an Afghan teenager at the foyer ("bale", "tashakor"); elders (a grandmother with a
hearing aid, the village café, belote, old names: Dahomey, Haute-Volta, Ceylan); at work: a TGV conductor, a postman,
a Paris taxi, a hairdresser, a school canteen, a night watchman, a garage, a physiotherapist; games: Risk, Time's Up,
Motus, Dobble, Des chiffres et des lettres, Loup-garou; sport: Roland-Garros, the Six Nations, the biathlon, the
Champions League; at home: packing suitcases, homework, a couscous, the dog walk, the crying baby, lost keys.
Quebec and French America on fr-CA devices: the Estrie (lake Memphrémagog, the Mont-Mégantic observatory, mont Orford,
the Magog vendanges, the Université de Sherbrooke), Madelinots of the Îles-de-la-Madeleine (the Souris ferry, the
lobster season, "les gens d'en dehors"), Québec City (the Lévis ferry, the Remparts, Limoilou, the Château Frontenac,
the Fêtes de la Nouvelle-France), Brayons of Edmundston ("asteur", the Foire brayonne, the Maine border), Fransaskois of
Gravelbourg (the combine, the prairies), Franco-Yukonnais (the Yukon Quest, Dawson), Anglo-Montrealers code-switching
("like", "anyway", "fait que what's the capital"), Italian-Quebecers of Saint-Léonard ("allora", "mannaggia", the nonna,
the Jean-Talon market), Greek-Quebecers of Parc-Extension ("ela", "opa", the yiayia, Easter), Syrian families resettled
in Sherbrooke ("ya allah", francisation), Congolese- and Ivorian-Quebecers of Montréal-Nord ("on dit quoi", the pastor);
at work: a sugar shack, an STM bus terminus, a Centre Bell usher, a Caraquet crab boat, a July-first moving crew, a
Costco cash, a Sainte-Justine nurse, the Via Rail train; TV and games: Occupation double, La Voix, the Canadiens, a
snowmobile relay, a cottage quiz; at home: closing the pool, a son's homework, grand-maman's trip, the soup, the
laundry.
Then the ways of asking every round has: plurals (every several-capital country and Palestine), follow-ups, two places
at once, subdivisions and territories (Australian, German, Brazilian, Mexican, Indian, US and Canadian ones, the French
overseas, Crown dependencies, Pacific territories, Montserrat, Jammu and Kashmir, Uttarakhand, Kosovo, Western Sahara),
everyday and official names, shared names bare and disambiguated, yes/no checks with right and wrong guesses,
self-corrections with a marker ("non pardon", "euh non", "je veux dire", "attends non", "oups", "enfin", "excuse-moi",
"ah non", "oh non je me suis trompé"), reverse questions, one-shot requests and launch through "capitales du monde",
help, stop, cancel, out-of-domain near misses (French, Quebec and other regions the data lacks, fictional places,
"capital" in other senses, "capitale mondiale de…", other facts about countries, everyday requests).
`python3 tests/Eval/fr/round33/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 33's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# --- fr-FR: Bordelais and the bassin d'Arcachon
bordeaux | alexa je suis à la cabane à huîtres et j'ai un trou c'est quoi la capitale {} | de l'irlande=IE; de l'écosse=GB-SCT; du pays de galles=GB-WLS
bordeaux | alexa du haut de la dune du pilat on voit pas jusqu'à {} mais c'est quoi sa capitale | l'espagne=ES; le portugal=PT
bordeaux | alexa il fait gavé chaud sur les quais dis-moi la capitale {} | du maroc=MA; de la tunisie=TN; de l'algérie=DZ
bordeaux | alexa un client du château à saint-émilion il vient {} c'est quoi la capitale là-bas | de chine=CN; de singapour=SG
bordeaux | alexa mets ça dans ta poche la capitale {} c'est quoi | du chili=CL; de l'argentine=AR
bordeaux | alexa pendant les vendanges y a un saisonnier {} il dit que sa capitale c'est quoi déjà | de bulgarie=BG; de roumanie=RO; de pologne=PL
bordeaux | alexa au match des girondins y avait des supporters {} quelle est leur capitale | de la croatie=HR; de la serbie=RS
bordeaux | alexa sur le bateau pour le cap ferret mamie demande la capitale {} | de la nouvelle-zélande=NZ; de l'australie=AU
# --- fr-FR: Burgundy, Dijon and Beaune
bourgogne | alexa à la vente des hospices de beaune un acheteur {} demande la capitale de son pays | japonais=JP; américain=US; suisse=CH
bourgogne | alexa avec les escargots on boit un petit coup et la capitale {} c'est laquelle | de la hongrie=HU; de l'autriche=AT
bourgogne | alexa ça caille dans le morvan dis donc la capitale {} | du kazakhstan=KZ; du kirghizstan=KG; de l'ouzbékistan=UZ
bourgogne | alexa à la moutarderie de dijon une touriste {} voulait savoir sa capitale | coréenne=KR; thaïlandaise=TH
bourgogne | alexa le vigneron de nuits-saint-georges exporte {} c'est quoi la capitale | au danemark=DK; en norvège=NO; en finlande=FI
# --- fr-FR: Catalans of Perpignan and the Roussillon
catalan | alexa bon dia quelle est la capitale {} | de l'andorre=AD; de monaco=MC
catalan | alexa l'usap joue contre une équipe {} c'est quoi leur capitale | des fidji=FJ; des tonga=TO; des samoa=WS
catalan | alexa adéu la tramontane m'a tout décoiffé c'est quoi la capitale {} | de malte=MT; de chypre=CY
catalan | alexa en haut du canigou le papi voulait savoir la capitale {} | de la grèce=GR; de l'albanie=AL
catalan | alexa à collioure on vend des anchois à des gens {} c'est quoi la capitale chez eux | du monténégro=ME; de la macédoine du nord=MK
catalan | alexa pendant la sardane ma tante demande la capitale de la catalogne | FB
# --- fr-FR: Picards of Amiens and the baie de Somme
picardie | alexa ch'est quoi la capitale {} | de la lettonie=LV; de l'estonie=EE; de la lituanie=LT
picardie | alexa dans les hortillonnages en barque min frère y demande la capitale {} | du népal=NP; du bhoutan=BT
picardie | alexa on regarde les phoques en baie de somme et la p'tite veut savoir la capitale {} | du groenland=GL; de l'islande=IS
picardie | alexa à la cathédrale d'amiens y a des visiteurs {} c'est quoi leur capitale | du paraguay=PY; de l'uruguay=UY
# --- fr-FR: Vendée, the Puy du Fou and the Vendée Globe
vendee | alexa le skippeur du vendée globe il passe au large {} c'est quoi la capitale | du cap-vert=CV; de sainte-hélène=SH; des malouines=FK
vendee | alexa au puy du fou y a un spectacle sur les vikings quelle est la capitale {} | de la suède=SE; du danemark=DK
vendee | alexa avec la brioche vendéenne et le café dis-moi voir la capitale {} | du costa rica=CR; du panama=PA; du nicaragua=NI
vendee | alexa aux sables-d'olonne un marin arrive {} c'est quoi sa capitale | de l'île maurice=MU; des seychelles=SC
# --- fr-FR: Champagne and the Ardennes
champagne | alexa on fait visiter la cave de champagne à des clients {} quelle est la capitale chez eux | nigérians=NG; indiens=IN; brésiliens=BR
champagne | alexa au festival des marionnettes à charleville une troupe vient {} sa capitale c'est quoi | d'indonésie=ID; du vietnam=VN; du cambodge=KH
champagne | alexa devant la cathédrale de reims dis-moi la capitale {} steuplait | de la belgique=BE; du luxembourg=LU
champagne | alexa dans la forêt des ardennes on a croisé un randonneur {} il parlait de sa capitale c'est laquelle | slovaque=SK; slovène=SI
# --- fr-FR: Stéphanois of Saint-Étienne
stephanois | alexa y a un joueur de l'asse qui vient {} c'est quoi la capitale | du cameroun=CM; du gabon=GA; de guinée=GN
stephanois | alexa au musée de la mine le guide demande la capitale {} | du botswana=BW; de la zambie=ZM
stephanois | alexa dans le chaudron ça chante fort dis-moi vite la capitale {} | du ghana=GH; du togo=TG; du bénin=BJ
stephanois | alexa ma grand-mère elle dit t'es un gone non un gaga c'est quoi la capitale {} | de la namibie=NA; du malawi=MW
# --- fr-FR: scientists at Port-aux-Français in the Kerguelen
kerguelen | alexa depuis la base on s'ennuie c'est quoi la capitale {} | des terres australes françaises=TF; de l'île heard=HM; des îles cocos=CC
kerguelen | alexa le navire ravitailleur marion dufresne passe par {} c'est quoi sa capitale | la réunion=RE; maurice=MU; madagascar=MG
kerguelen | alexa avec les manchots on fait un quiz la capitale {} | des îles féroé=FO; du svalbard=SJ
# --- fr-FR: an Algerian-French family of Roubaix and Marseille
algerie | alexa ya rabi ma yemma elle demande la capitale {} | de l'algérie=DZ; de la libye=LY; de l'égypte=EG
algerie | alexa bessah c'est quoi la capitale {} | de la mauritanie=MR; du niger=NE; du mali=ML
algerie | alexa mon khti elle part en vacances {} c'est quoi la capitale | en turquie=TR; en jordanie=JO; au qatar=QA
algerie | alexa le tonton il dit que la capitale du maroc c'est casablanca c'est vrai | MA
algerie | alexa pour l'aïd y a les cousins qui viennent {} c'est quoi leur capitale | d'arabie saoudite=SA; des émirats=AE; du koweït=KW
# --- fr-FR: a Congolese family of Château-Rouge
congo | alexa mbote c'est quoi la capitale {} | de l'angola=AO; du rwanda=RW; du burundi=BI
congo | alexa maman elle veut savoir la capitale du congo celui d'en face de kinshasa | CG
congo | alexa le tonton sapeur il dit que la capitale de la rdc c'est lubumbashi yo c'est vrai | CD
congo | alexa nzambe on a perdu le papier c'est quoi la capitale {} | de la centrafrique=CF; du tchad=TD; du soudan du sud=SS
congo | alexa au marché de château-rouge la dame vend du poisson {} c'est quoi la capitale de son pays | du sénégal=SN; de la sierra leone=SL
# --- fr-FR: an Armenian-French family of Alfortville
armenie | alexa barev tatik veut savoir la capitale {} | de l'arménie=AM; de la géorgie le pays=GE; de l'azerbaïdjan=AZ
armenie | alexa aman papik répète encore c'est quoi la capitale {} | de l'iran=IR; de l'irak=IQ
armenie | alexa pour le mariage du cousin on part {} c'est quoi la capitale déjà | au liban=LB; en syrie=SY
# --- fr-FR: Polish-French of the Lens mining basin
polonais | alexa babcia elle demande la capitale {} | de la pologne=PL; de la tchéquie=CZ; de la biélorussie=BY
polonais | alexa après le match du racing à bollaert dziadek veut savoir la capitale {} | de l'ukraine=UA; de la moldavie=MD
polonais | alexa à la ducasse on gagne une peluche si on sait la capitale {} | de la russie=RU; de la slovaquie=SK
# --- fr-FR: a Vietnamese-French family of the thirteenth
vietnam | alexa ba ngoai demande la capitale {} | du vietnam=VN; du laos=LA; de la thaïlande=TH
vietnam | alexa pour le têt on appelle les cousins {} c'est quoi la capitale | de taïwan=TW; de corée du sud=KR; des philippines=PH
vietnam | alexa au restau de l'avenue de choisy le chef demande la capitale {} | du myanmar=MM; de la birmanie=MM
# --- fr-FR: Comorians of Marseille
comores | alexa la mama du grand mariage elle demande la capitale {} | des comores=KM; de mayotte=YT; de madagascar=MG
comores | alexa le vol pour moroni il fait escale {} c'est quoi la capitale | au kenya=KE; en tanzanie=TZ; en éthiopie=ET
# --- fr-FR: learners: an American exchange student at Sciences Po
americaine | alexa okay so like c'est quoi le capital {} | de la mexique=MX; du canada=CA; de le guatemala=GT
americaine | alexa um how do you say quelle est la capitale {} | de la honduras=HN; de salvador=SV; de la belize=BZ
americaine | alexa sorry mon français is bad la capitale {} c'est quoi | de le cuba=CU; de la jamaïque=JM
americaine | alexa my roommate asked me c'est quoi la capitale {} | de l'état de new york=US-NY; de la californie=US-CA; du texas=US-TX
# --- fr-FR: learners: a Brazilian au pair in Lyon
bresilienne | alexa nossa eu esqueci c'est quoi la capitale {} | de la brésil=BR; de le pérou=PE; de la équateur=EC
bresilienne | alexa tipo la petite elle demande la capitale {} né | de la colombie=CO; de venezuela=VE
bresilienne | alexa madame elle veut savoir la capitale {} | de la bolivie=BO; de la paraguay=PY; de le suriname=SR
# --- fr-FR: learners: a Japanese student in Paris
japonaise | alexa ano eto la capitale {} c'est quoi | de la japon=JP; de la mongolie=MN
japonaise | alexa sumimasen quelle est le capitale {} | de le corée du nord=KP; de la bangladesh=BD; de le sri lanka=LK
japonaise | alexa pour mon cours de français je dois dire la capitale {} | du brunei=BN; du timor oriental=TL
# --- fr-FR: learners: an Italian Erasmus student in Montpellier
italienne | alexa allora qual è la capitale {} | de la suisse=CH; de la saint-marin=SM; de la vatican=VA
italienne | alexa boh je sais plus cioè la capitale {} | de la slovénie=SI; de la croatie=HR
italienne | alexa mamma mia c'est quoi la capitale {} | du liechtenstein=LI; de l'allemagne=DE
# --- fr-FR: learners: a Syrian refugee family at the French class
syrie | alexa inshallah la capitale {} c'est quoi | de la syrie=SY; de la jordanie=JO; du liban=LB
syrie | alexa shukran mais c'est quoi la capitale {} | du yémen=YE; d'oman=OM; de bahreïn=BH
syrie | alexa ma fille demande capitale {} | pakistan=PK; afghanistan=AF
# --- fr-FR: an Afghan teenager at the foyer
afghan | alexa bale bale la capitale {} | de l'afghanistan=AF; du tadjikistan=TJ; du turkménistan=TM
afghan | alexa tashakor monsieur et la capitale {} | de l'iran=IR; du pakistan=PK
# --- fr-FR: a grandmother with a hearing aid and a grandfather in the village café
anciens | alexa hein quoi répète la capitale {} | de la yougoslavie=FB; de la tchécoslovaquie=FB
anciens | alexa ma petite alexa tu serais gentille de me dire la capitale {} | du portugal=PT; de l'espagne=ES; de l'italie=IT
anciens | alexa de mon temps on disait la capitale {} c'était quoi | du dahomey=BJ; de la haute-volta=BF; de ceylan=LK
anciens | alexa au café du village les anciens parient sur la capitale {} | de l'australie=AU; du canada=CA
anciens | alexa mon mari est sourd dis plus fort la capitale {} | de la finlande=FI; de l'irlande=IE
anciens | alexa à la belote le pépé dit que la capitale {} c'est sydney | de l'australie=AU
# --- fr-FR: at work: a TGV controller, a postman, a Paris taxi, a hairdresser, a school canteen, a night watchman
travail | alexa entre deux contrôles dans le tgv une passagère demande la capitale {} | de l'arabie saoudite=SA; du koweït=KW
travail | alexa pendant ma tournée de facteur j'ai une carte postale {} c'est quoi sa capitale | des maldives=MV; du sri lanka=LK
travail | alexa un client dans mon taxi vient {} il me demande si je connais sa capitale | d'érythrée=ER; d'éthiopie=ET; de djibouti=DJ
travail | alexa au salon la cliente sous le casque demande la capitale {} | de la jamaïque=JM; de cuba=CU; d'haïti=HT
travail | alexa à la cantine les gamins du ce deux demandent la capitale {} | de l'égypte=EG; du soudan=SD
travail | alexa je fais ma ronde de vigile de nuit dis-moi la capitale {} pour passer le temps | de la mongolie=MN; du kazakhstan=KZ
travail | alexa le garagiste veut savoir la capitale {} | de l'ouganda=UG; du kenya=KE; de la tanzanie=TZ
travail | alexa chez le kiné pendant les ultrasons c'est quoi la capitale {} | du zimbabwe=ZW; du mozambique=MZ
# --- fr-FR: games and TV: Motus, belote, Risk, Time's Up, N'oubliez pas les paroles
jeux | alexa on joue au risk et j'attaque {} c'est quoi sa capitale | le kamtchatka=FB; la mongolie=MN; l'argentine=AR
jeux | alexa au times up le mot c'est la capitale {} | du pérou=PE; de l'équateur=EC; de la colombie=CO
jeux | alexa pour motus il me faut la capitale {} en six lettres | de la serbie=RS; de la tchéquie=CZ
jeux | alexa partie de dobble des capitales c'est quoi la capitale {} | de la guinée-bissau=GW; de la gambie=GM; du libéria=LR
jeux | alexa dans des chiffres et des lettres ils ont parlé de la capitale {} c'est laquelle | du burkina=BF; du niger=NE
jeux | alexa on fait un loup-garou spécial monde c'est quoi la capitale {} | du vanuatu=VU; des îles salomon=SB; de la papouasie-nouvelle-guinée=PG
# --- fr-FR: sport: Roland-Garros, the Six Nations, the biathlon, the Champions League
sport | alexa à roland-garros le joueur il vient {} c'est quoi la capitale | du kazakhstan=KZ; de serbie=RS; de norvège=NO
sport | alexa pendant le tournoi des six nations dis-moi la capitale {} | de l'écosse=GB-SCT; de l'irlande=IE; de l'italie=IT
sport | alexa au biathlon le norvégien a gagné encore c'est quoi la capitale {} | de la norvège=NO; de la suède=SE
sport | alexa en ligue des champions on joue contre une équipe {} c'est quoi la capitale | azerbaïdjanaise=AZ; moldave=MD; chypriote=CY
# --- fr-FR: at home: packing suitcases, homework, cooking, the dog walk
maison | alexa je fais les valises pour {} rappelle-moi la capitale | le vietnam=VN; la thaïlande=TH; l'indonésie=ID
maison | alexa les devoirs du petit il faut la capitale {} | du canada=CA; des états-unis=US; du mexique=MX
maison | alexa je fais un couscous les mains pleines de semoule la capitale {} | du maroc=MA; de la tunisie=TN
maison | alexa je sors le chien et ma fille crie c'est quoi la capitale {} | de la belgique=BE; de la suisse=CH
maison | alexa le bébé pleure et son frère veut la capitale {} | de l'inde=IN; de la chine=CN
maison | alexa j'ai perdu mes clés et en plus je me demande la capitale {} | du honduras=HN; du guatemala=GT
# --- fr-CA: Estrie, Sherbrooke, Magog and the mont Orford
estrie | alexa au lac memphrémagog mon chum pis moi on gage sur la capitale {} | de la slovénie=SI; de la slovaquie=SK | fr-CA
estrie | alexa à l'observatoire du mont-mégantic une étudiante demande la capitale {} | du chili=CL; de l'argentine=AR | fr-CA
estrie | alexa on descend le mont orford en ski pis je me demande c'est quoi la capitale {} | de l'autriche=AT; de l'andorre=AD | fr-CA
estrie | alexa à la fête des vendanges de magog un gars vient {} c'est quoi sa capitale | de la moldavie=MD; de la géorgie le pays=GE | fr-CA
estrie | alexa à l'université de sherbrooke mon coloc vient {} sa capitale c'est-tu | du burkina faso=BF; du niger=NE; du tchad=TD | fr-CA
# --- fr-CA: Madelinots of the Îles-de-la-Madeleine
iles | alexa icitte aux îles on a pas grand-chose à faire c'est quoi la capitale {} | de l'île-du-prince-édouard=CA-PE; de la nouvelle-écosse=CA-NS | fr-CA
iles | alexa le traversier pour souris est en retard dis-moi la capitale {} | de terre-neuve=CA-NL; du nouveau-brunswick=CA-NB | fr-CA
iles | alexa à la pêche au homard mon père demande la capitale {} | de l'islande=IS; des îles féroé=FO | fr-CA
iles | alexa y a des gens d'en dehors qui viennent {} c'est quoi leur capitale | de saint-pierre-et-miquelon=PM; des bermudes=BM | fr-CA
# --- fr-CA: Québec City, Limoilou and Lévis
quebec-ville | alexa sur le traversier de lévis une touriste demande la capitale {} | du québec=CA-QC; de l'ontario=CA-ON | fr-CA
quebec-ville | alexa au match des remparts le gardien vient {} c'est quoi la capitale | de la tchéquie=CZ; de la lettonie=LV; de la suisse=CH | fr-CA
quebec-ville | alexa dans limoilou ma voisine veut savoir la capitale {} là | de la finlande=FI; de l'estonie=EE | fr-CA
quebec-ville | alexa au château frontenac j'ai des clients {} ils me demandent leur capitale | brésiliens=BR; mexicains=MX; japonais=JP | fr-CA
quebec-ville | alexa aux fêtes de la nouvelle-france y a un monsieur qui demande la capitale {} | de la louisiane=US-LA; du maine=US-ME | fr-CA
# --- fr-CA: Brayons of Edmundston and the Madawaska
brayons | alexa asteur c'est quoi la capitale {} | du nouveau-brunswick=CA-NB; du maine=US-ME | fr-CA
brayons | alexa à la foire brayonne mon oncle demande la capitale {} | de la république du madawaska=FB | fr-CA
brayons | alexa je traverse la frontière à madawaska la capitale {} c'est laquelle | du vermont=US-VT; du new hampshire=US-NH; du massachusetts=US-MA | fr-CA
# --- fr-CA: Fransaskois of Gravelbourg and the prairies
fransaskois | alexa dans la moissonneuse à gravelbourg c'est quoi la capitale {} | de la saskatchewan=CA-SK; du manitoba=CA-MB; de l'alberta=CA-AB | fr-CA
fransaskois | alexa y a des ukrainiens dans le village quelle est la capitale de l'ukraine | UA | fr-CA
fransaskois | alexa les prairies c'est plate à soir c'est quoi la capitale {} | du dakota du nord=US-ND; du montana=US-MT | fr-CA
# --- fr-CA: Franco-Yukonnais of Whitehorse and Dawson
yukon | alexa pendant la yukon quest un musher vient {} c'est quoi la capitale | de l'alaska=US-AK; des territoires du nord-ouest=CA-NT; du nunavut=CA-NU | fr-CA
yukon | alexa à dawson les aurores boréales sont belles c'est quoi la capitale {} | du yukon=CA-YT; de la colombie-britannique=CA-BC | fr-CA
# --- fr-CA: Anglo-Montrealers switching to French
anglo | alexa like c'est quoi the capital {} | de l'australie=AU; de la nouvelle-zélande=NZ; de l'afrique du sud=ZA | fr-CA
anglo | alexa anyway genre la capitale {} c'est quoi | de l'écosse=GB-SCT; de l'irlande du nord=GB-NIR | fr-CA
anglo | alexa my mom wants to know la capitale {} please | du royaume-uni=GB; de l'angleterre=GB-ENG | fr-CA
anglo | alexa fait que what's the capital {} | de la jamaïque=JM; des bahamas=BS; de la barbade=BB | fr-CA
# --- fr-CA: Italian-Quebecers of Saint-Léonard
italo | alexa allora la nonna veut savoir la capitale {} | de l'italie=IT; de malte=MT; de saint-marin=SM | fr-CA
italo | alexa mannaggia j'me rappelle plus la capitale {} | de l'albanie=AL; de la croatie=HR | fr-CA
italo | alexa au marché jean-talon le marchand vient {} c'est quoi sa capitale | de la grèce=GR; de la tunisie=TN | fr-CA
# --- fr-CA: Greek-Quebecers of Parc-Extension
grec | alexa ela la yiayia demande la capitale {} | de la grèce=GR; de chypre=CY; de la turquie=TR | fr-CA
grec | alexa opa pour pâques on fait un quiz la capitale {} | de la bulgarie=BG; de la macédoine=MK | fr-CA
# --- fr-CA: Syrian families resettled in Sherbrooke
syriens-qc | alexa ya allah il fait frette c'est quoi la capitale {} | de la syrie=SY; de l'irak=IQ | fr-CA
syriens-qc | alexa ma fille à l'école de francisation doit trouver la capitale {} | du soudan=SD; de la somalie=SO; de l'érythrée=ER | fr-CA
# --- fr-CA: Congolese-Quebecers and Ivorian-Quebecers of Montréal-Nord
africains-qc | alexa mon frère on dit quoi la capitale {} c'est laquelle | de la guinée équatoriale=GQ; de sao tomé=ST | fr-CA
africains-qc | alexa maman demande la capitale du congo brazza | CG | fr-CA
africains-qc | alexa le pasteur de l'église il vient {} c'est quoi sa capitale | du libéria=LR; de la sierra leone=SL; de la gambie=GM | fr-CA
# --- fr-CA: at work: a sugar shack, an STM bus, the Centre Bell, a crab boat, a moving truck, a Costco cash
jobs-qc | alexa à la cabane à sucre entre deux chaudières c'est quoi la capitale {} | du vermont=US-VT; de l'état de new york=US-NY | fr-CA
jobs-qc | alexa au terminus de l'autobus de la stm un passager demande la capitale {} | du pérou=PE; de la bolivie=BO | fr-CA
jobs-qc | alexa placier au centre bell pis un fan des flyers veut la capitale {} | de la pennsylvanie=US-PA; du new jersey=US-NJ | fr-CA
jobs-qc | alexa sur le crabier à caraquet c'est quoi la capitale {} | de la norvège=NO; de la russie=RU | fr-CA
jobs-qc | alexa le premier juillet on déménage un couple {} c'est quoi leur capitale | d'haïti=HT; de la république dominicaine=DO | fr-CA
jobs-qc | alexa à la caisse du costco un client demande la capitale {} | de l'arizona=US-AZ; du nevada=US-NV; de l'utah=US-UT | fr-CA
jobs-qc | alexa infirmière à sainte-justine une maman demande la capitale {} pour distraire son p'tit | du sénégal=SN; de la côte d'ivoire=CI | fr-CA
jobs-qc | alexa dans le via rail pour toronto la capitale {} c'est-tu | de l'ontario=CA-ON; du canada=CA | fr-CA
# --- fr-CA: TV and games: OD, La Voix, the Canadiens, a ski-doo trail
jeux-qc | alexa à occupation double y sont partis {} c'est quoi la capitale | en grèce=GR; au mexique=MX; en thaïlande=TH | fr-CA
jeux-qc | alexa à la voix une chanteuse vient {} c'est quoi sa capitale | du cameroun=CM; du rwanda=RW | fr-CA
jeux-qc | alexa le canadien joue contre un gars {} c'est quoi la capitale de son pays | de suède=SE; de finlande=FI; de slovaquie=SK | fr-CA
jeux-qc | alexa on arrête au relais de motoneige pis on se demande la capitale {} | du wyoming=US-WY; du dakota du sud=US-SD | fr-CA
jeux-qc | alexa on fait un quiz au chalet sans internet c'est quoi la capitale {} | du kentucky=US-KY; du tennessee=US-TN; de l'ohio=US-OH | fr-CA
# --- fr-CA: at home: the pool closing, a kid's homework, grand-maman, the soup, the laundry
maison-qc | alexa on ferme la piscine pis ma fille demande la capitale {} | de la floride=US-FL; de la géorgie l'état=US-GA | fr-CA
maison-qc | alexa mon gars a un devoir sur la capitale {} | du mexique=MX; du guatemala=GT | fr-CA
maison-qc | alexa grand-maman veut savoir la capitale {} avant son voyage | du portugal=PT; de l'espagne=ES | fr-CA
maison-qc | alexa pendant que la soupe mijote c'est quoi la capitale {} | de la hongrie=HU; de la roumanie=RO | fr-CA
maison-qc | alexa j'plie le linge pis j'me demande c'est quoi la capitale {} | de l'iowa=US-IA; du missouri=US-MO | fr-CA
# --- plurals: several-capital countries and Palestine
plural-capitals | alexa c'est vrai que {} a plusieurs capitales c'est lesquelles | l'afrique du sud=ZA; la bolivie=BO; la malaisie=MY
plural-capitals | alexa ma prof dit que {} a deux capitales tu peux me les donner | le bénin=BJ; la côte d'ivoire=CI; le sri lanka=LK
plural-capitals | alexa les capitales {} elles sont où au juste | des pays-bas=NL; de l'eswatini=SZ; de la palestine=PS
plural-capitals | alexa pourquoi {} ça a trois capitales | l'afrique du sud=ZA
plural-capitals | alexa donne-moi les deux capitales {} s'il te plaît | de la bolivie=BO; du bénin=BJ; des pays-bas=NL
plural-capitals | alexa combien de capitales il y a {} | au sri lanka=LK; en malaisie=MY; en eswatini=SZ
plural-capitals | alexa c'est quoi les capitales {} pis laquelle est la vraie | de la côte d'ivoire=CI; de la palestine=PS | fr-CA
plural-capitals | alexa y paraît que {} a deux capitales c'est-tu vrai | la malaisie=MY; le swaziland=SZ; la bolivie=BO | fr-CA
plural-capitals | alexa nomme-moi toutes les capitales {} | de l'afrique du sud=ZA; du sri lanka=LK; des pays-bas=NL | fr-CA
plural-capitals | alexa amsterdam ou la haye c'est laquelle la capitale des pays-bas les deux | NL
plural-capitals | alexa abidjan ou yamoussoukro mon père et moi on se chicane c'est quoi les capitales de la côte d'ivoire | CI | fr-CA
plural-capitals | alexa cotonou c'est pas la seule capitale du bénin hein | BJ
plural-capitals | alexa la palestine elle a deux capitales ou une seule | PS
plural-capitals | alexa pretoria le cap bloemfontein c'est les trois capitales sud-africaines | ZA | fr-CA
# --- two places at once, follow-ups
two-places | alexa la capitale du japon pis celle de la corée du sud d'abord | JP+KR | fr-CA
follow-up | alexa et pour {} c'est quoi alors | la suède=SE; la pologne=PL; l'égypte=EG
follow-up | alexa bon d'accord et {} maintenant | le ghana=GH; le népal=NP; le qatar=QA
follow-up | alexa ok merci pis {} | le wisconsin=US-WI; le michigan=US-MI; l'indiana=US-IN | fr-CA
follow-up | alexa attends et sa voisine {} | la zambie=ZM; la gambie=GM
follow-up | alexa super et celle {} tant qu'on y est | du laos=LA; du cambodge=KH; de la birmanie=MM
follow-up | alexa pis celle {} tant qu'à faire | de la virginie=US-VA; de la caroline du nord=US-NC; de la caroline du sud=US-SC | fr-CA
follow-up | alexa la même chose pour {} | le burundi=BI; le malawi=MW; le lesotho=LS
follow-up | alexa et {} tu la connais | l'ouzbékistan=UZ; la mauritanie=MR; le yémen=YE
follow-up | alexa pis après ça {} | le nebraska=US-NE; le kansas=US-KS; l'oklahoma=US-OK | fr-CA
follow-up | alexa encore une {} | l'oregon=US-OR; l'idaho=US-ID | fr-CA
follow-up | alexa une autre {} après | le turkménistan=TM; les comores=KM; le suriname=SR
follow-up | alexa d'accord et pour finir {} | la jordanie=JO; la libye=LY; le liberia=LR
# --- subdivisions and territories
subdivision | alexa la capitale de l'état {} c'est quoi | du minnesota=US-MN; du delaware=US-DE; du maryland=US-MD
subdivision | alexa c'est où la capitale {} en australie | du queensland=AU-QLD; de la tasmanie=AU-TAS; du territoire du nord=AU-NT
subdivision | alexa quelle ville est la capitale {} | de l'australie-occidentale=AU-WA; de l'australie-méridionale=AU-SA; de la nouvelle-galles du sud=AU-NSW
subdivision | alexa le chef-lieu {} c'est quoi | de la bavière=DE-BY; de la saxe=DE-SN; de la hesse=DE-HE
subdivision | alexa le land {} il a quelle capitale | de basse-saxe=DE-NI; de thuringe=DE-TH; de bade-wurtemberg=DE-BW
subdivision | alexa la capitale de l'état brésilien {} | de bahia=BR-BA; de minas gerais=BR-MG; du pará=BR-PA
subdivision | alexa l'état mexicain {} sa capitale c'est quoi | du yucatán=MX-YUC; de jalisco=MX-JAL; d'oaxaca=MX-OAX
subdivision | alexa l'état indien {} il a quoi comme capitale | du kerala=IN-KL; du rajasthan=IN-RJ; du tamil nadu=IN-TN
subdivision | alexa la capitale de la province {} | de la nouvelle-écosse=CA-NS; du manitoba=CA-MB; de l'alberta=CA-AB | fr-CA
subdivision | alexa c'est quoi la ville principale du gouvernement {} | de l'alaska=US-AK; d'hawaï=US-HI | fr-CA
subdivision | alexa capitale de l'état de washington pas la ville l'état | US-WA | fr-CA
subdivision | alexa la capitale {} c'est bien une ville des états-unis | de l'illinois=US-IL; de la pennsylvanie=US-PA
subdivision | alexa c'est quoi la capitale du goa en inde | IN-GA
subdivision | alexa la capitale de la rhénanie-du-nord-westphalie c'est cologne ou pas | DE-NW
subdivision | alexa et le schleswig-holstein sa capitale | DE-SH
subdivision | alexa quelle est la capitale administrative {} | de la guyane=GF; de la martinique=MQ; de la guadeloupe=GP
subdivision | alexa le chef-lieu {} je l'ai oublié | de la polynésie=PF; de la nouvelle-calédonie=NC; de wallis-et-futuna=WF
subdivision | alexa c'est quoi la capitale {} dans les caraïbes | de saint-martin=MF; de saint-barth=BL; de curaçao=CW
subdivision | alexa la capitale {} ça s'appelle comment | de porto rico=PR; de guam=GU; des samoa américaines=AS
subdivision | alexa la capitale {} dans la manche | de jersey=JE; de guernesey=GG; de l'île de man=IM
subdivision | alexa gibraltar ça a une capitale | GI
subdivision | alexa la capitale {} dans l'océan pacifique | des îles cook=CK; de niue=NU; des îles pitcairn=PN
subdivision | alexa c'est quoi la capitale {} en inde | du ladakh=IN-LA; du sikkim=IN-SK; de l'assam=IN-AS
subdivision | alexa la capitale du jammu-et-cachemire en été et en hiver | IN-JK
subdivision | alexa l'uttarakhand il a deux capitales lesquelles | IN-UK
subdivision | alexa montserrat a deux capitales c'est-tu vrai | MS | fr-CA
subdivision | alexa la capitale du kosovo c'est quoi | XK
subdivision | alexa la capitale du sahara occidental | EH
subdivision | alexa la capitale des îles åland | AX
subdivision | alexa c'est quoi la capitale des îles turques-et-caïques | TC | fr-CA
subdivision | alexa la capitale du territoire de la capitale australienne | AU-ACT
# --- yes/no checks (the place asked about, right or wrong guess)
yes-no-check | alexa est-ce que la capitale {} | de la turquie c'est istanbul=TR; du maroc c'est marrakech=MA; de l'australie c'est canberra=AU
yes-no-check | alexa j'ai raison si je dis que {} | berne c'est la capitale de la suisse=CH; zurich c'est la capitale de la suisse=CH
yes-no-check | alexa c'est-tu vrai que {} | toronto c'est la capitale du canada=CA; québec c'est la capitale du québec=CA-QC; vancouver c'est la capitale de la colombie-britannique=CA-BC | fr-CA
yes-no-check | alexa confirme-moi que {} | lagos est la capitale du nigeria=NG; dar es salam est la capitale de la tanzanie=TZ; astana est la capitale du kazakhstan=KZ
yes-no-check | alexa dis-moi si {} | rio c'est la capitale du brésil=BR; new york c'est la capitale des états-unis=US
yes-no-check | alexa la capitale {} c'est bien ça non | de l'inde c'est bombay=IN; du vietnam c'est hô chi minh-ville=VN; du pakistan c'est karachi=PK
yes-no-check | alexa je gage que la capitale {} pas vrai | de la floride c'est miami=US-FL; de la californie c'est los angeles=US-CA; du texas c'est austin=US-TX | fr-CA
yes-no-check | alexa vrai ou faux la capitale {} | de la nouvelle-zélande c'est auckland=NZ; de l'écosse c'est glasgow=GB-SCT; de la russie c'est moscou=RU
yes-no-check | alexa on est d'accord que {} | sydney c'est pas la capitale de l'australie=AU; genève c'est pas la capitale de la suisse=CH
yes-no-check | alexa j'ai-tu raison {} | kigali c'est au rwanda=RW; la capitale de l'alberta c'est calgary=CA-AB | fr-CA
yes-no-check | alexa ma femme dit que la capitale du cameroun c'est douala elle a tort non | CM
yes-no-check | alexa c'est bien ankara et pas istanbul pour la turquie | TR
yes-no-check | alexa la capitale du bénin c'est cotonou oui ou non | BJ
yes-no-check | alexa la capitale de la bolivie c'est la paz je me trompe | BO | fr-CA
# --- self-corrections (the last place named after the marker)
self-correction | alexa la capitale du niger non pardon du nigeria | NG
self-correction | alexa dis voir la capitale de l'autriche euh non de l'australie | AU
self-correction | alexa je voudrais la capitale de la slovaquie non je veux dire la slovénie | SI
self-correction | alexa c'est laquelle la capitale de l'iran attends non de l'irak | IQ
self-correction | alexa elle est où la capitale de la guinée oups de la guinée-bissau | GW
self-correction | alexa c'est quoi la capitale du soudan enfin du soudan du sud | SS
self-correction | alexa donne la capitale {} | de la suède non non de la suisse=CH; de l'islande pardon de l'irlande=IE; de la colombie euh de la bolivie=BO
self-correction | alexa hé la capitale du mali excuse-moi du malawi | MW
self-correction | alexa capitale de la gambie non de la zambie | ZM
self-correction | alexa la capitale du paraguay ah non de l'uruguay vite | UY
self-correction | alexa la capitale de l'ontario non attends du manitoba | CA-MB | fr-CA
self-correction | alexa dis voir la capitale du vermont pardon du maine | US-ME | fr-CA
self-correction | alexa je voudrais la capitale du nouveau-brunswick non de la nouvelle-écosse | CA-NS | fr-CA
self-correction | alexa c'est laquelle la capitale de la dominique non de la république dominicaine | DO | fr-CA
self-correction | alexa elle est où la capitale de la corée du sud euh non du nord | KP | fr-CA
self-correction | alexa la capitale de l'autriche ah non mince je voulais dire l'allemagne | DE
self-correction | alexa la capitale de la lettonie heu non plutôt la lituanie | LT
self-correction | alexa quelle est la capitale du costa rica pardon je me suis trompé du porto rico | PR
self-correction | alexa la capitale du mexique oh non je me suis trompé du nouveau-mexique | US-NM | fr-CA
self-correction | alexa la capitale de la mongolie non oublie ça la capitale du tibet | FB
self-correction | alexa la capitale du tchad non je veux dire du togo | TG
# --- reverse questions (CITY:<capital> as languages/fr.json names it)
reverse-question | alexa {} c'est la capitale de quel pays | oulan-bator=CITY:Oulan-Bator; tachkent=CITY:Tachkent; nouakchott=CITY:Nouakchott
reverse-question | alexa {} c'est la capitale de quoi | ouagadougou=CITY:Ouagadougou; bichkek=CITY:Bichkek; asmara=CITY:Asmara
reverse-question | alexa de quel pays {} est la capitale | douchanbé=CITY:Douchanbé; achgabat=CITY:Achgabat; windhoek=CITY:Windhoek
reverse-question | alexa {} c'est-tu une capitale pis de quoi | fredericton=CITY:Fredericton; regina=CITY:Regina; charlottetown=CITY:Charlottetown | fr-CA
reverse-question | alexa je connais la ville de {} mais c'est la capitale de quel pays | bamako=CITY:Bamako; lomé=CITY:Lomé; niamey=CITY:Niamey
reverse-question | alexa {} c'est la capitale de quel état américain | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; albany=CITY:Albany | fr-CA
reverse-question | alexa la ville de {} c'est la capitale de qui | vientiane=CITY:Vientiane; paramaribo=CITY:Paramaribo
reverse-question | alexa quel pays a pour capitale {} | tbilissi=CITY:Tbilissi; erevan=CITY:Erevan; bakou=CITY:Bakou
reverse-question | alexa {} c'est la capitale de quel coin | iqaluit=CITY:Iqaluit; yellowknife=CITY:Yellowknife | fr-CA
reverse-question | alexa à quel pays appartient la capitale {} | mascate=CITY:Mascate; manama=CITY:Manama; doha=CITY:Doha
reverse-question | alexa kingston c'est la capitale de quoi au juste | CITY:Kingston
reverse-question | alexa victoria c'est la capitale de quoi exactement | CITY:Victoria | fr-CA
# --- official names
official-name | alexa quelle est la capitale {} | de la république fédérale d'allemagne=DE; du royaume d'espagne=ES; de la confédération suisse=CH
official-name | alexa la capitale {} c'est quoi officiellement | de la république arabe d'égypte=EG; des états-unis d'amérique=US; de la fédération de russie=RU
official-name | alexa dis-moi la capitale {} si ça existe | de la république populaire de chine=CN; de la république islamique d'iran=IR; du royaume du maroc=MA
official-name | alexa la capitale {} mon prof l'a écrit comme ça | de la république tchèque=CZ; de la république de corée=KR; de la république hellénique=GR
official-name | alexa capitale {} s'il vous plaît | du royaume-uni de grande-bretagne et d'irlande du nord=GB; de la principauté de monaco=MC; du grand-duché de luxembourg=LU
official-name | alexa elle est où la capitale de la république démocratique populaire lao | LA | fr-CA
official-name | alexa c'est quoi la capitale de la république socialiste du viêt nam | VN | fr-CA
official-name | alexa la capitale {} au long | de la république de côte d'ivoire=CI; de la république du sénégal=SN; de l'état plurinational de bolivie=BO | fr-CA
# --- everyday names
everyday-name | alexa la capitale de la hollande | NL
everyday-name | alexa dis voir la capitale de l'angleterre | GB-ENG
everyday-name | alexa je voudrais la capitale des states | US
everyday-name | alexa c'est laquelle la capitale des émirats | AE
everyday-name | alexa elle est où la capitale de la rdc | CD
everyday-name | alexa c'est quoi la capitale de la centrafrique | CF
everyday-name | alexa la capitale {} elle s'appelle comment | de la birmanie=MM; du swaziland=SZ; de la tchéquie=CZ
everyday-name | alexa capitale {} vite | de l'amérique=US; de la russie=RU; de la perse=IR
everyday-name | alexa la capitale {} tu sais | du congo-kinshasa=CD; de la bosnie=BA; du timor=TL
everyday-name | alexa la capitale {} là | de l'île de la réunion=RE; de la grande-bretagne=GB; de l'île maurice=MU | fr-CA
everyday-name | alexa c'est quoi la capitale {} déjà | des usa=US; des émirats arabes=AE; de l'arabie=SA | fr-CA
everyday-name | alexa la capitale de saint-kitts | KN
everyday-name | alexa la capitale de saint-vincent | VC
everyday-name | alexa la capitale de trinidad | TT
# --- shared names, bare and disambiguated
shared-name | alexa {} c'est quoi la capitale | le congo=CD+CG; la corée=KP+KR; la géorgie=GE+US-GA
shared-name | alexa la capitale {} s'il te plaît | des deux corées=KP+KR; des deux congo=CD+CG; des îles vierges=VG+VI
shared-name | alexa hé la capitale de géorgie | GE+US-GA | fr-CA
shared-name | alexa capitale des corées | KP+KR | fr-CA
shared-name | alexa la capitale du congo vite | CD+CG | fr-CA
shared-name | alexa la capitale de la géorgie celle de tbilissi | GE
shared-name | alexa dis voir la capitale de la géorgie aux états-unis | US-GA
shared-name | alexa je voudrais la capitale de la géorgie en europe | GE
shared-name | alexa dis voir la capitale du congo la rdc | CD
shared-name | alexa je voudrais la capitale du congo d'afrique centrale avec brazza | CG
shared-name | alexa la capitale des îles vierges américaines | VI
shared-name | alexa elle est où la capitale de la corée la communiste | KP | fr-CA
shared-name | alexa c'est quoi la capitale de la corée de samsung | KR | fr-CA
shared-name | alexa c'est laquelle la capitale des îles vierges anglaises | VG | fr-CA
shared-name | alexa la capitale de la dominique pis de la république dominicaine | DM+DO | fr-CA
shared-name | alexa les capitales des îles vierges toutes les deux | VG+VI
# --- launch
launch | alexa ouvre capitales du monde | LAUNCH
launch | alexa lance le jeu capitales du monde s'il te plaît | LAUNCH
launch | alexa démarre capitales du monde pour les enfants | LAUNCH
launch | alexa part capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre-moi donc capitales du monde | LAUNCH | fr-CA
launch | alexa j'aimerais jouer à capitales du monde | LAUNCH
launch | alexa on peut ouvrir capitales du monde mamie veut jouer | LAUNCH
launch | alexa mets capitales du monde | LAUNCH | fr-CA
launch | alexa lance capitales du monde sur l'écho de la cuisine | LAUNCH
launch | alexa ouvre l'application capitales du monde | LAUNCH
# --- one-shot
one-shot | alexa demande à capitales du monde {} | la capitale du lesotho=LS; la capitale de nauru=NR; la capitale de tuvalu=TV
one-shot | alexa dans capitales du monde {} | c'est quoi la capitale des palaos=PW; c'est quoi la capitale de kiribati=KI | fr-CA
one-shot | alexa avec capitales du monde trouve la capitale {} | de la micronésie=FM; des îles marshall=MH; de sainte-lucie=LC

# --- help
help | alexa je comprends pas comment on joue à ton truc de capitales | HELP
help | alexa qu'est-ce que je peux te demander sur les capitales | HELP
help | alexa explique-moi les règles mamie comprend rien | HELP
help | alexa aide-moi j'ai ouvert capitales du monde et je sais pas quoi dire | HELP
help | alexa c'est quoi les commandes de ce jeu-là | HELP
help | alexa comment ça marche tes capitales | HELP
help | alexa au secours je suis perdu dans le jeu | HELP
help | alexa tu peux m'expliquer ce que tu sais faire avec les pays | HELP
help | alexa j'ai besoin d'un coup de main pour utiliser les capitales | HELP
help | alexa je dis quoi moi pour avoir une capitale | HELP
help | alexa montre-moi comment on pose une question | HELP
help | alexa c'est comment qu'on s'en sert de ce jeu | HELP
help | alexa donne-moi un exemple de question | HELP
help | alexa les enfants veulent savoir comment jouer | HELP
help | alexa aide s'il te plaît pour le jeu des capitales | HELP
help | alexa je suis nouveau c'est quoi que je peux dire | HELP | fr-CA
help | alexa j'comprends rien à ton affaire explique-moi | HELP | fr-CA
help | alexa comment on fait pour jouer à ça | HELP | fr-CA
help | alexa peux-tu m'aider avec le jeu des capitales | HELP | fr-CA
help | alexa qu'est-ce qu'y faut que je dise pour que ça marche | HELP | fr-CA
help | alexa c'est quoi les options | HELP | fr-CA
help | alexa grand-papa sait pas comment ça marche aide-le | HELP | fr-CA
help | alexa j'ai besoin d'aide avec capitales du monde | HELP | fr-CA
help | alexa ça fonctionne comment ton jeu de pays | HELP | fr-CA
help | alexa aide-moi j'suis mêlé | HELP | fr-CA
help | alexa je sais pas quoi te demander | HELP
# --- stop
stop | alexa stop le dîner est prêt | STOP
stop | alexa arrête on a fini les devoirs | STOP
stop | alexa ça suffit pour ce soir | STOP
stop | alexa on arrête là merci | STOP
stop | alexa tais-toi le bébé dort | STOP
stop | alexa c'est bon t'arrêtes | STOP
stop | alexa quitte le jeu des capitales | STOP
stop | alexa ferme capitales du monde | STOP
stop | alexa stop stop stop | STOP
stop | alexa arrête de parler maintenant | STOP
stop | alexa on a terminé au revoir | STOP
stop | alexa bon allez on arrête le jeu | STOP
stop | alexa fin de partie | STOP
stop | alexa sors du jeu | STOP
stop | alexa arrête tout le monde dort | STOP
stop | alexa ferme ça | STOP | fr-CA
stop | alexa c'est assez pour à soir | STOP | fr-CA
stop | alexa arrête ça là | STOP | fr-CA
stop | alexa ok on arrête là bonne nuit | STOP | fr-CA
stop | alexa ferme ta boîte à capitales | STOP | fr-CA
stop | alexa stop j'en ai assez | STOP | fr-CA
stop | alexa la game est finie arrête | STOP | fr-CA
stop | alexa on se tanne arrête | STOP | fr-CA
stop | alexa bye bye arrête le jeu | STOP | fr-CA
stop | alexa tu peux arrêter asteure | STOP | fr-CA
stop | alexa arrête je dois partir au travail | STOP
# --- cancel
cancel | alexa annule | CANCEL
cancel | alexa annule ma question | CANCEL
cancel | alexa non laisse tomber | CANCEL
cancel | alexa oublie ça | CANCEL
cancel | alexa non annule je me suis trompé | CANCEL
cancel | alexa laisse tomber c'est pas grave | CANCEL
cancel | alexa annule ce que je viens de dire | CANCEL
cancel | alexa non rien oublie | CANCEL
cancel | alexa annulation | CANCEL
cancel | alexa annule la demande s'il te plaît | CANCEL
cancel | alexa non c'était pas pour toi | CANCEL
cancel | alexa non non annule c'est le petit qui a parlé | CANCEL
cancel | alexa annule c'était une erreur | CANCEL
cancel | alexa oublie ma question sur le pays | CANCEL
cancel | alexa laisse faire | CANCEL | fr-CA
cancel | alexa annule ça | CANCEL | fr-CA
cancel | alexa non oublie ça d'abord | CANCEL | fr-CA
cancel | alexa laisse faire c'est correct | CANCEL | fr-CA
cancel | alexa annule annule | CANCEL | fr-CA
cancel | alexa non c'est beau laisse faire | CANCEL | fr-CA
cancel | alexa pas grave annule | CANCEL | fr-CA
cancel | alexa oublie ce que j'ai dit | CANCEL | fr-CA
cancel | alexa annule la question de mon gars | CANCEL | fr-CA
cancel | alexa non finalement laisse tomber | CANCEL | fr-CA
cancel | alexa annule je parlais à ma blonde | CANCEL | fr-CA
cancel | alexa c'est une erreur oublie ça | CANCEL
# --- out-of-domain: other facts, "capital" in other senses, places the data lacks, everyday requests
out-of-domain | alexa quelle est la capitale de la bretagne | FB
out-of-domain | alexa c'est quoi la capitale de la bourgogne | FB
out-of-domain | alexa la capitale de la picardie c'est amiens | FB
out-of-domain | alexa quelle est la capitale de la vendée | FB
out-of-domain | alexa c'est quoi la capitale de la catalogne | FB
out-of-domain | alexa la capitale de la gironde c'est quoi | FB
out-of-domain | alexa quelle est la capitale de la champagne | FB
out-of-domain | alexa c'est quoi le chef-lieu de la loire | FB
out-of-domain | alexa la capitale de la sicile c'est palerme | FB
out-of-domain | alexa c'est quoi la capitale du pays basque espagnol | FB
out-of-domain | alexa quelle est la capitale de la flandre | FB
out-of-domain | alexa la capitale de la laponie | FB
out-of-domain | alexa c'est quoi la capitale du kurdistan | FB
out-of-domain | alexa quelle est la capitale de la tchétchénie | FB
out-of-domain | alexa la capitale de l'atlantide | FB
out-of-domain | alexa c'est quoi la capitale du wakanda | FB
out-of-domain | alexa la capitale de la terre du milieu | FB
out-of-domain | alexa quelle est la capitale de l'europe | FB
out-of-domain | alexa c'est quoi la capitale de l'afrique | FB
out-of-domain | alexa la capitale de l'île de pâques | FB
out-of-domain | alexa la capitale de la nouvelle-angleterre | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'estrie | FB | fr-CA
out-of-domain | alexa la capitale des îles-de-la-madeleine c'est-tu cap-aux-meules | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'acadie | FB | fr-CA
out-of-domain | alexa la capitale du madawaska | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la beauce | FB | fr-CA
out-of-domain | alexa quelle est la capitale du saguenay | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale de la poutine | FB | fr-CA
out-of-domain | alexa quelle est la capitale mondiale du homard | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la gastronomie | FB
out-of-domain | alexa quelle ville est la capitale européenne de la culture cette année | FB
out-of-domain | alexa c'est quoi la capitale du vin | FB
out-of-domain | alexa la capitale mondiale du parfum c'est grasse | FB
out-of-domain | alexa écris mon prénom en lettres capitales | FB
out-of-domain | alexa c'est quoi un capital décès | FB
out-of-domain | alexa combien j'ai de capital sur mon assurance vie | FB
out-of-domain | alexa c'est quoi la peine capitale | FB
out-of-domain | alexa c'est quoi les sept péchés capitaux | FB
out-of-domain | alexa augmentation de capital ça veut dire quoi | FB
out-of-domain | alexa le capital de karl marx c'est quoi | FB
out-of-domain | alexa c'est quoi le capital de mon reer | FB | fr-CA
out-of-domain | alexa mets la radio capitale fm | FB
out-of-domain | alexa c'est quoi une majuscule capitale | FB
out-of-domain | alexa combien d'habitants au portugal | FB
out-of-domain | alexa quelle est la population de la chine | FB
out-of-domain | alexa c'est quoi la monnaie de la pologne | FB
out-of-domain | alexa quelle langue on parle en arménie | FB
out-of-domain | alexa c'est quoi le drapeau de l'italie | FB
out-of-domain | alexa quel est le plus grand pays du monde | FB
out-of-domain | alexa quelle est la plus haute montagne d'afrique | FB
out-of-domain | alexa combien de pays en europe | FB
out-of-domain | alexa qui est le président du sénégal | FB
out-of-domain | alexa c'est quoi l'hymne de la belgique | FB
out-of-domain | alexa combien de kilomètres entre bordeaux et arcachon | FB
out-of-domain | alexa quel est le fuseau horaire du japon | FB
out-of-domain | alexa quelle heure il est à tokyo | FB
out-of-domain | alexa il fait combien à dakar | FB
out-of-domain | alexa c'est quoi le plus long fleuve du monde | FB
out-of-domain | alexa quel pays a gagné la coupe du monde en deux mille dix-huit | FB
out-of-domain | alexa quel est le plat national de la hongrie | FB
out-of-domain | alexa quelle est la superficie du brésil | FB
out-of-domain | alexa quand est-ce que l'algérie est devenue indépendante | FB
out-of-domain | alexa c'est quoi l'indicatif téléphonique du maroc | FB
out-of-domain | alexa combien coûte le billet pour moroni | FB
out-of-domain | alexa il faut un visa pour aller au vietnam | FB
out-of-domain | alexa traduis bonjour en arménien | FB
out-of-domain | alexa comment on dit merci en polonais | FB
out-of-domain | alexa joue de la musique catalane | FB
out-of-domain | alexa mets la chanson les lacs du connemara | FB
out-of-domain | alexa mets un minuteur de dix minutes pour les huîtres | FB
out-of-domain | alexa allume la lumière du salon | FB
out-of-domain | alexa ajoute de la moutarde à la liste de courses | FB
out-of-domain | alexa quelle est la météo à perpignan demain | FB
out-of-domain | alexa raconte-moi une blague | FB
out-of-domain | alexa quel est le score de l'asse | FB
out-of-domain | alexa à quelle heure est le tgv pour paris | FB
out-of-domain | alexa rappelle-moi d'appeler babcia dimanche | FB
out-of-domain | alexa c'est quand le têt cette année | FB
out-of-domain | alexa quel est le résultat de roland-garros | FB
out-of-domain | alexa qui a gagné le vendée globe | FB
out-of-domain | alexa combien de temps pour cuire un oeuf | FB
out-of-domain | alexa c'est quoi la recette du boeuf bourguignon | FB
out-of-domain | alexa quelle est la capitale de la ville de paris | FB
out-of-domain | alexa quel temps il fait à sherbrooke | FB | fr-CA
out-of-domain | alexa c'est quand la fête des vendanges de magog | FB | fr-CA
out-of-domain | alexa à quelle heure part le traversier de lévis | FB | fr-CA
out-of-domain | alexa le canadien a-tu gagné hier | FB | fr-CA
out-of-domain | alexa mets de la musique de cabane à sucre | FB | fr-CA
out-of-domain | alexa combien de sirop d'érable dans une chaudière | FB | fr-CA
out-of-domain | alexa c'est quoi le prix de l'essence à lévis | FB | fr-CA
out-of-domain | alexa combien d'habitants au nouveau-brunswick | FB | fr-CA
out-of-domain | alexa quelle langue on parle en saskatchewan | FB | fr-CA
out-of-domain | alexa c'est quoi la population du yukon | FB | fr-CA
out-of-domain | alexa quel est le premier ministre de l'alberta | FB | fr-CA
out-of-domain | alexa c'est quand le premier juillet cette année | FB | fr-CA
out-of-domain | alexa ajoute du lait à ma liste d'épicerie | FB | fr-CA
out-of-domain | alexa allume le chauffage du chalet | FB | fr-CA
out-of-domain | alexa réveille-moi à cinq heures pour la pêche au homard | FB | fr-CA
out-of-domain | alexa c'est quoi la chanson de la voix hier soir | FB | fr-CA
out-of-domain | alexa qui a gagné occupation double | FB | fr-CA
out-of-domain | alexa c'est quoi les heures du costco | FB | fr-CA
out-of-domain | alexa comment on dit pâques en grec | FB | fr-CA
out-of-domain | alexa quelle est la monnaie de la jamaïque | FB | fr-CA
out-of-domain | alexa c'est combien un billet pour la grèce | FB | fr-CA
out-of-domain | alexa c'est quoi la plus grande ville du canada | FB | fr-CA
out-of-domain | alexa combien de provinces au canada | FB | fr-CA
out-of-domain | alexa l'autobus cinquante-cinq passe à quelle heure | FB | fr-CA
out-of-domain | alexa montre-moi les aurores boréales | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale régionale de l'abitibi | FB | fr-CA
out-of-domain | alexa la capitale nationale c'est quoi comme région | FB | fr-CA
out-of-domain | alexa raconte une histoire pour endormir le p'tit | FB | fr-CA
out-of-domain | alexa la capitale du hockey c'est-tu montréal | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la planète mars | FB
out-of-domain | alexa la capitale de la lune | FB
out-of-domain | alexa quelle est la capitale de la corse | FB
out-of-domain | alexa donne-moi la liste de toutes les capitales d'amérique du sud | FB
out-of-domain | alexa quelle est la capitale la plus froide du monde | FB
out-of-domain | alexa c'est quoi la plus vieille capitale d'europe | FB
out-of-domain | alexa combien y a-t-il de capitales dans le monde | FB
out-of-domain | alexa quelle capitale a le plus d'habitants | FB
out-of-domain | alexa la capitale de la yougoslavie c'était belgrade | FB
out-of-domain | alexa quelle est la capitale de la prusse | FB
out-of-domain | alexa quelle est la capitale de l'empire romain | FB
# --- more speakers: the missing countries and more fr-CA
bordeaux | alexa ma collègue de bordeaux elle est née {} c'est quoi la capitale là-bas | à antigua=AG; à la grenade=GD; au guyana=GY
travail | alexa le passager du tgv me demande la capitale {} j'ai pas su répondre | de la france=FR; d'israël=IL
jeux | alexa au petit quiz du dimanche la question c'est la capitale {} | de saint-kitts-et-nevis=KN; de trinité-et-tobago=TT; de la grenade=GD
jobs-qc | alexa au quai de croisière de québec un bateau arrive {} c'est quoi sa capitale | d'antigua-et-barbuda=AG; de trinidad-et-tobago=TT | fr-CA
maison-qc | alexa ma cousine s'est mariée {} c'est quoi la capitale | à saint-kitts=KN; au guyana=GY | fr-CA
quebec-ville | alexa un pèlerin qui revient {} me demande la capitale | d'israël=IL; de la france=FR | fr-CA
fransaskois | alexa à l'école de gravelbourg la maîtresse demande la capitale {} | du canada=CA; du brésil=BR; de l'inde=IN | fr-CA
fransaskois | alexa pendant les foins mon père il gage que je sais pas la capitale {} | de la mongolie=MN; du kazakhstan=KZ | fr-CA
yukon | alexa au klondike un chercheur d'or vient {} c'est quoi la capitale | de l'australie=AU; de l'afrique du sud=ZA; du pérou=PE | fr-CA
grec | alexa la yiayia cuisine des spanakopitas pis elle demande la capitale {} | de l'égypte=EG; de l'arménie=AM | fr-CA
syriens-qc | alexa mon mari travaille à la fromagerie il veut savoir la capitale {} | de la jordanie=JO; du liban=LB; de la turquie=TR | fr-CA
africains-qc | alexa à l'épicerie africaine de montréal-nord la madame demande la capitale {} | du burkina=BF; du mali=ML; de la guinée=GN | fr-CA
brayons | alexa au festival de la ploye le vieux demande la capitale {} | de la nouvelle-écosse=CA-NS; de l'île-du-prince-édouard=CA-PE | fr-CA
iles | alexa sur la plage de la dune du sud ma blonde demande la capitale {} | du portugal=PT; des açores=FB | fr-CA
estrie | alexa au marché de la gare de sherbrooke un producteur demande la capitale {} | de la suisse=CH; de la belgique=BE; des pays-bas=NL | fr-CA
anglo | alexa okay so genre c'est quoi la capitale {} man | du vermont=US-VT; du connecticut=US-CT; du rhode island=US-RI | fr-CA
italo | alexa la zia arrive de sicile pis elle demande la capitale {} | de la slovénie=SI; de l'autriche=AT | fr-CA
jeux-qc | alexa au quiz du sous-sol d'église c'est quoi la capitale {} | de la louisiane=US-LA; du mississippi=US-MS; de l'alabama=US-AL | fr-CA
jeux-qc | alexa on regarde tout le monde en parle pis un invité vient {} c'est quoi la capitale | de la colombie=CO; de l'iran=IR | fr-CA
jobs-qc | alexa au garage de pneus un client vient {} c'est quoi la capitale de son pays | du venezuela=VE; de l'équateur=EC; du chili=CL | fr-CA
jobs-qc | alexa j'chauffe le zamboni à l'aréna pis j'me demande la capitale {} | de la lettonie=LV; de la biélorussie=BY | fr-CA
maison-qc | alexa la p'tite fait un casse-tête du monde pis elle cherche la capitale {} | de l'australie=AU; de madagascar=MG; de la nouvelle-zélande=NZ | fr-CA
maison-qc | alexa en pelletant l'entrée je me demande c'est quoi la capitale {} | de la norvège=NO; du groenland=GL | fr-CA
quebec-ville | alexa au vieux-port de québec un voilier arrive {} c'est quoi la capitale | des bahamas=BS; de la barbade=BB; de la dominique=DM | fr-CA
estrie | alexa au festival des traditions du monde de sherbrooke y a un kiosque {} c'est quoi la capitale | du népal=NP; du sri lanka=LK; du bangladesh=BD | fr-CA
# --- more fr-FR speakers
catalan | alexa au marché de perpignan un vendeur {} demande la capitale de son pays | marocain=MA; roumain=RO; sénégalais=SN
picardie | alexa min voisin y dit que la capitale {} ch'est ostende | de la belgique=BE
vendee | alexa au port de l'herbaudière on débarque des pêcheurs {} c'est quoi leur capitale | espagnols=ES; irlandais=IE; portugais=PT
congo | alexa yo ma cousine elle part faire ses études {} c'est quoi la capitale | au canada=CA; en belgique=BE; au maroc=MA
algerie | alexa hchouma je connais pas la capitale {} dis-moi | de la tunisie=TN; du soudan=SD
anciens | alexa pour les mots croisés de mon mari la capitale {} en cinq lettres | du pérou=PE; du japon=JP; de l'italie=IT
kerguelen | alexa le médecin de la base demande la capitale {} | des îles salomon=SB; du vanuatu=VU; de fidji=FJ
# --- more two-places
two-places | alexa les capitales de l'espagne et du portugal | ES+PT
two-places | alexa donne-moi la capitale de la norvège et celle de la suède | NO+SE
two-places | alexa la capitale du laos et du cambodge en même temps | KH+LA
two-places | alexa c'est quoi les capitales du manitoba pis de la saskatchewan | CA-MB+CA-SK | fr-CA
two-places | alexa la capitale du chili pis celle de l'argentine | AR+CL | fr-CA
# --- more launch with a situation
launch | alexa lance capitales du monde on est dans l'auto | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde pour mon devoir de géo | LAUNCH
launch | alexa démarre capitales du monde pour la p'tite | LAUNCH | fr-CA
launch | alexa on veut jouer à capitales du monde au chalet | LAUNCH | fr-CA
launch | alexa allez lance-nous capitales du monde après le souper | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde pour les anciens du club | LAUNCH
launch | alexa tu peux lancer capitales du monde pour papi | LAUNCH
launch | alexa démarre le quiz capitales du monde | LAUNCH
launch | alexa ouvre le jeu des capitales du monde pendant l'apéro | LAUNCH
# --- more stop and cancel with a situation
stop | alexa arrête le jeu des capitales on arrive à la gare | STOP
stop | alexa stop les huîtres sont servies | STOP
stop | alexa arrête les capitales on passe à table | STOP
stop | alexa arrête ça le match commence | STOP | fr-CA
stop | alexa stop l'autobus est là | STOP | fr-CA
stop | alexa c'est fini les capitales va te coucher | STOP | fr-CA
stop | alexa arrête ça tout de suite la petite dort | STOP
stop | alexa quitte capitales du monde s'il te plaît | STOP | fr-CA
cancel | alexa annule ma dernière question c'était le chien | CANCEL
cancel | alexa laisse tomber la capitale on verra plus tard | CANCEL
cancel | alexa oublie la question de papi | CANCEL
cancel | alexa non non c'était la télé annule | CANCEL
cancel | alexa annule c'est mon chum qui niaise | CANCEL | fr-CA
cancel | alexa laisse faire la capitale finalement | CANCEL | fr-CA
cancel | alexa annule j'ai mal prononcé | CANCEL | fr-CA
cancel | alexa non laisse faire c'était pas une question | CANCEL | fr-CA
cancel | alexa annule la dernière demande | CANCEL
cancel | alexa oublie je parlais à ma femme | CANCEL
# --- more out-of-domain
out-of-domain | alexa c'est quoi la capitale de l'auvergne-rhône-alpes | FB
out-of-domain | alexa quelle est la capitale des hauts-de-france | FB
out-of-domain | alexa la capitale du roussillon c'est perpignan | FB
out-of-domain | alexa quelle est la capitale de la wallonie | FB
out-of-domain | alexa c'est quoi la capitale du tibet | FB
out-of-domain | alexa la capitale de la transylvanie | FB
out-of-domain | alexa quelle est la capitale du pays de oz | FB
out-of-domain | alexa la capitale de narnia | FB
out-of-domain | alexa combien il y a d'huîtres dans une bourriche | FB
out-of-domain | alexa quel est le meilleur champagne | FB
out-of-domain | alexa qui a écrit le dormeur du val | FB
out-of-domain | alexa c'est quoi la spécialité de la vendée | FB
out-of-domain | alexa quand est-ce qu'ouvre le puy du fou | FB
out-of-domain | alexa combien de manchots aux kerguelen | FB
out-of-domain | alexa quel est le prix du billet pour l'arménie | FB
out-of-domain | alexa comment on dit bonne année en vietnamien | FB
out-of-domain | alexa quelle est la religion en syrie | FB
out-of-domain | alexa mets un rappel pour la cantine demain | FB
out-of-domain | alexa c'est quoi la capitale de la cuisine italienne | FB
out-of-domain | alexa capital social d'une entreprise ça veut dire quoi | FB
out-of-domain | alexa c'est quoi la capitale de la louisiane française | FB | fr-CA
out-of-domain | alexa quelle est la capitale des cantons-de-l'est | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la gaspésie | FB | fr-CA
out-of-domain | alexa la capitale de la côte-nord c'est-tu baie-comeau | FB | fr-CA
out-of-domain | alexa la capitale du sirop d'érable c'est où | FB | fr-CA
out-of-domain | alexa combien ça coûte un camion de déménagement pour le premier juillet | FB | fr-CA
out-of-domain | alexa quand ouvre la cabane à sucre | FB | fr-CA
out-of-domain | alexa quelle heure il est à whitehorse | FB | fr-CA
out-of-domain | alexa combien de homards dans un casier | FB | fr-CA
"""

if __name__ == "__main__":
    build_round(33, "fr", LINES, sys.argv, "tests/Eval/fr/round33/source/build_corpus.py")
