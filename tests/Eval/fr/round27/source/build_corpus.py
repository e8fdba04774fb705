"""Round 27, French (fr-FR, fr-CA): a new author's own mix, written blind at the start of the twenty-sixth session, about
a third of the lines fr-CA. Speakers chosen apart from rounds 23-26. France on fr-FR devices: Lorrains in Nancy, Metz
and Thionville (the mirabelle festival, the FC Metz, place Stanislas, "hein", "dis donc", the mémé), Comtois of the Jura
and the Doubs (a comté fruitière, the Morteau clockmakers and sausages), Niçois ("zou", "mefi", "ça m'espante", the
socca, the cours Saleya, the Ponchettes beach), Landais and Gersois ("boudiou", "adishatz", the fêtes de Dax, the course
landaise, the garbure, the Samatan foie-gras market, the papé), Charentais ("le drôle", "la drôlesse", the pineau, the
cagouilles, the Francofolies, the île de Ré bridge), Comorians of Marseille and Mayotte ("marahaba", "ma koko", the
grand mariage), a Tunisian-French family in Belleville ("ahla", "ya khouya", "chbik", "barcha", "ommi", the briks), a
Portuguese-French family in Champigny ("ó pá", "a minha avó", "vamos", "obrigado", the Christmas bacalhau), a Malagasy
family in Orléans ("salama", "misaotra", "dadabe", the mofo gasy); learners: a German Erasmus student in Lille ("also",
"genau", "wie sagt man", "entschuldigung", "le capitale", "de la allemagne"), a Spanish au pair in Versailles ("oye",
"vale", "cómo se dice", "perdón"), a Japanese tourist in Paris ("sumimasen", "ano", "eto", "capitale de ... où"); a
stamp and coin collector (Haute-Volta, Dahomey, Ceylan, Bechuanaland), the sea (a Boulogne trawler, the Ouessant
lighthouse, a retired merchant-navy captain), a summer camp (the monos, the veillée, the dormitory); at work: a gendarme
on patrol, a canteen cook, a Louvre guard, an Air France steward, a night pharmacy, a lift technician stuck in a lift, a
bus driver at the terminus, a radio studio during the ads and the switchboard; games: Geoguessr, Les Incollables, a
world Monopoly, Mille Bornes, Tusmo, a home-made Trivial, TV games (Des chiffres et des lettres, Slam, N'oubliez pas
les paroles); sport: the parade of nations at the Olympic ceremony, handball, the Le Mans 24 hours, the Route du Rhum,
the Euro; at home: a thousand-piece world puzzle, grandpa's globe, a world-food evening, honeymoon plans, the sewing
machine. Canada (fr-CA): Gaspésiens (the Gaspé wharf, the rocher Percé, a Carleton aunt), Abitibiens (a Val-d'Or gold
mine, the camp in the woods, Rouyn, the 117, "coudonc", the FME festival), Chiac speakers in Moncton and Dieppe ("so",
"right", "anyway", "back home", "j'ai watché", "c'est what"), federal public servants and uOttawa students in Gatineau
(the meeting, the bridge, the STO bus, the second-language exam), Innu families of Uashat mak Mani-utenam ("kuei",
"tshinashkumitin", "ma nukum"), Filipino caregivers in Montréal ("po", "naku", "ate", "kuya", "salamat po"), a Syrian
family in Québec City in francisation ("shukran", "ya albi", "inshallah", "de la irak"), Mexican and Guatemalan seasonal
farm workers in Saint-Rémi ("oye", "gracias", "cómo se dice", the greenhouse, the boss), snowbirds in Florida (the
condo in Hollywood Beach, the golf, the pool), a grandfather remembering the Expo 67 pavilions (old names), the
Canadiens in the playoffs at a sports bar (the Glorieux, a beer bet), everyday Quebec (the Costco line, the CLSC
waiting room, the school-bus driver, opening the in-ground pool, a poutine at the casse-croûte, Osheaga, Occupation
double, Tout le monde en parle, mangoes at the grocery). Plus follow-ups, yes/no checks with right and wrong guesses,
self-corrections with a marker ("non attends", "pardon", "je veux dire", "euh non", "oups", "scuse"), reverse
questions, official, everyday and old names, shared names (Géorgie, Congo, Corée, îles Vierges), plurals (every
several-capital country, Palestine, Jammu-et-Cachemire, Uttarakhand, Montserrat), subdivisions (Canadian provinces and
territories, US, Mexican, Brazilian, German, Indian and Australian states, the UK's nations) and territories, two
places in one question, one-shot requests through "capitales du monde", launch, help, stop and cancel, out-of-domain
near misses (other facts about a named country, "capital" in other senses, former and economic capitals, regions the
data lacks, everyday requests), and what recognition writes (lost accents and hyphens, homophones such as "graisse",
"catarrhe", "bah rhin", "laitonie", joined and split words such as "lacapitale", "bots wana", "kazak stan").
`python3 tests/Eval/fr/round27/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 27's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# ---- fr-FR: Lorraine (Nancy, Metz, the mirabelle harvest, the FC Metz, place Stanislas)
lorraine | alexa dis donc hein la capitale {} c'est quoi | de la pologne=PL; de la lituanie=LT; de la lettonie=LV
lorraine | alexa à la fête de la mirabelle on se demande la capitale {} | du luxembourg=LU; de l'estonie=EE
lorraine | alexa pendant le match du fc metz dis-moi la capitale {} hein | de la moldavie=MD; de la biélorussie=BY; de la roumanie=RO
lorraine | alexa place stan on parie sur la capitale {} tu la sais | de la slovaquie=SK; de la tchéquie=CZ; de la bulgarie=BG
lorraine | alexa ma mémé de thionville elle demande la capitale {} | de l'autriche=AT; de la suisse=CH; du liechtenstein=LI
# ---- fr-FR: Franche-Comté and the Jura (a comté fruitière, Morteau clockmakers, the Doubs)
comtois | alexa à la fruitière on voudrait savoir la capitale {} | de la norvège=NO; de l'islande=IS
comtois | alexa entre deux meules de comté c'est quoi la capitale {} | du danemark=DK; de la finlande=FI; de la suède=SE
comtois | alexa à l'atelier d'horlogerie à morteau dis-nous la capitale {} | de l'andorre=AD; de saint-marin=SM
comtois | alexa pendant qu'on fume les saucisses tu connais la capitale {} | du kirghizstan=KG; du tadjikistan=TJ
# ---- fr-FR: Nice and the Côte d'Azur (la socca, the cours Saleya, the OGC Nice, "zou", "mefi", "ça m'espante")
nicois | alexa zou dis-moi la capitale {} | de monaco=MC; de la jamaïque=JM; de cuba=CU
nicois | alexa au cours saleya on cherche la capitale {} | de la tunisie=TN; de l'égypte=EG
nicois | alexa mefi je te teste c'est quoi la capitale {} | du nigeria=NG; de la tanzanie=TZ; du kenya=KE
nicois | alexa avec la socca on joue au quiz la capitale {} c'est laquelle | de l'australie=AU; de la nouvelle-zélande=NZ
nicois | alexa ça m'espante je sais plus la capitale {} | du brésil=BR; du canada=CA
# ---- fr-FR: Landes and Gers (the course landaise, the fêtes de Dax, the garbure, "adishatz", "boudiou")
landais | alexa boudiou c'est quoi déjà la capitale {} | du pérou=PE; de l'équateur=EC
landais | alexa aux fêtes de dax on s'est pris la tête sur la capitale {} | de la colombie=CO; du venezuela=VE
landais | alexa pendant la course landaise dis-moi la capitale {} | du mexique=MX; du costa rica=CR; du panama=PA
landais | alexa on mange la garbure et papé veut la capitale {} | de l'argentine=AR; de l'uruguay=UY
landais | alexa au marché au gras de samatan c'est quoi la capitale {} | du guatemala=GT; du salvador=SV
# ---- fr-FR: Charente and La Rochelle (the cagouilles, the pineau, the Francofolies, the île de Ré; "le drôle")
charentais | alexa le drôle demande la capitale {} | du japon=JP; de la corée du sud=KR
charentais | alexa avec le pineau à l'apéro c'est quoi la capitale {} | de l'irlande=IE; du royaume-uni=GB; de malte=MT
charentais | alexa aux francofolies on se demandait la capitale {} | du sénégal=SN; de la mauritanie=MR; du mali=ML
charentais | alexa en faisant les cagouilles ma drôlesse veut la capitale {} | du portugal=PT; de l'espagne=ES
# ---- fr-FR: Comorians of Marseille and Mayotte ("marahaba", "ma koko", the grand mariage)
comorien | alexa ma koko veut savoir la capitale {} | des comores=KM; de madagascar=MG; de maurice=MU
comorien | alexa marahaba tu peux me dire la capitale {} | des seychelles=SC; du mozambique=MZ
comorien | alexa pour le grand mariage de mon cousin on cherche la capitale {} | de la tanzanie=TZ; de l'ouganda=UG
comorien | alexa le cousin de moroni il dit que la capitale {} c'est quoi | du rwanda=RW; du burundi=BI
comorien | alexa mayotte c'est quoi sa capitale | YT
# ---- fr-FR: a Tunisian-French family in Belleville ("ahla", "ya khouya", "barcha", "chbik", "ommi", the brik)
tunisien | alexa ahla dis-moi la capitale {} | de la libye=LY; de l'algérie=DZ
tunisien | alexa ya khouya c'est quoi la capitale {} | du soudan=SD; du soudan du sud=SS; du tchad=TD
tunisien | alexa chbik tu sais pas la capitale {} | de la jordanie=JO; de l'irak=IQ
tunisien | alexa ommi elle veut savoir la capitale {} | de l'arabie saoudite=SA; du yémen=YE; d'oman=OM
tunisien | alexa on fait les briks et on se demande la capitale {} | du qatar=QA; de bahreïn=BH; du koweït=KW
# ---- fr-FR: a Portuguese-French family in Champigny ("ó pá", "a minha avó", "obrigado", "vamos", "fixe", the bacalhau)
portugais | alexa ó pá dis-moi la capitale {} | de l'angola=AO; du cap-vert=CV; de la guinée-bissau=GW
portugais | alexa a minha avó demande la capitale {} | du mozambique=MZ; du brésil=BR
portugais | alexa vamos c'est quoi la capitale {} | de sao tomé-et-principe=ST; du timor oriental=TL
portugais | alexa pendant le bacalhau de noël on cherche la capitale {} | du luxembourg=LU; de la suisse=CH
# ---- fr-FR: a Malagasy family in Orléans ("salama", "misaotra", "dadabe", the mofo gasy)
malgache | alexa salama c'est quoi la capitale {} | de madagascar=MG; du malawi=MW; de la zambie=ZM
malgache | alexa dadabe veut connaître la capitale {} | du zimbabwe=ZW; de la namibie=NA
malgache | alexa avec les mofo gasy du dimanche on cherche la capitale {} | de maurice=MU; des seychelles=SC
# ---- fr-FR learners: a German Erasmus student in Lille ("also", "genau", "wie sagt man", "die hauptstadt")
erasmus | alexa also quelle est le capitale {} | de la autriche=AT; de la hongrie=HU
erasmus | alexa wie sagt man euh la capitale {} s'il vous plaît | de la slovénie=SI; de la croatie=HR
erasmus | alexa entschuldigung je cherche la capitale {} | du monténégro=ME; de la serbie=RS; de la bosnie=BA
erasmus | alexa die hauptstadt non pardon la capitale de la allemagne | DE
erasmus | alexa est-ce que tu sais le capitale {} | de la macédoine du nord=MK; de l'albanie=AL
# ---- fr-FR learners: a Spanish au pair in Versailles ("vale", "oye", "cómo se dice", "la capital")
au-pair | alexa oye la capital {} cuál es euh c'est quoi | du nicaragua=NI; du honduras=HN
au-pair | alexa vale et la capitale {} | de la république dominicaine=DO; d'haïti=HT
au-pair | alexa cómo se dice euh quelle est la capitale {} | de la bolivie=BO; du belize=BZ
au-pair | alexa perdón je répète la capitale {} | de la guinée équatoriale=GQ; du cameroun=CM
# ---- fr-FR learners: a Japanese tourist in Paris ("sumimasen", "ano", "eto")
touriste | alexa sumimasen la capitale {} c'est quoi | de la corée du sud=KR; de la mongolie=MN
touriste | alexa ano euh capitale {} s'il vous plaît | de la thaïlande=TH; du viêt nam=VN
touriste | alexa eto je voudrais savoir capitale {} | du cambodge=KH; du laos=LA; du myanmar=MM
touriste | alexa excusez-moi capitale {} où | de la malaisie=MY; de l'indonésie=ID
# ---- fr-FR: a stamp collector and a coin collector (old names on the stamps)
philatelie | alexa sur mon timbre il y a marqué haute-volta c'est quoi la capitale | BF
philatelie | alexa j'ai un timbre du dahomey quelle était sa capitale | BJ
philatelie | alexa dans mon album il y a {} quelle est sa capitale | le swaziland=SZ; la rhodésie=ZW; le siam=TH
philatelie | alexa une pièce de monnaie {} tu connais la capitale | de ceylan=LK; de l'abyssinie=ET
philatelie | alexa ce timbre vient {} c'est quoi sa capitale aujourd'hui | du bechuanaland=BW; de l'oubangui-chari=CF
philatelie | alexa mon timbre du zaïre quelle est la capitale | CD
# ---- fr-FR: the sea (a lighthouse keeper on Ouessant, a Boulogne trawler, a retired merchant navy captain)
marins | alexa sur le chalutier on se demande la capitale {} | de l'islande=IS; de la norvège=NO
marins | alexa au phare de ouessant il est tard dis-moi la capitale {} | de l'irlande=IE; du cap-vert=CV
marins | alexa quand je naviguais on faisait escale à la capitale {} c'est laquelle déjà | du ghana=GH; du togo=TG; du bénin=BJ
marins | alexa le capitaine à la retraite veut savoir la capitale {} | de l'uruguay=UY; du suriname=SR; du guyana=GY
# ---- fr-FR: a summer camp (the monos, the veillée, the kids in the dormitory)
colo | alexa les enfants de la colo veulent savoir la capitale {} | de l'inde=IN; de la chine=CN; de la russie=RU
colo | alexa pour la veillée quiz c'est quoi la capitale {} | du népal=NP; du bhoutan=BT
colo | alexa le mono il dit que la capitale {} c'est facile c'est laquelle | de l'égypte=EG; de l'éthiopie=ET
colo | alexa dans le dortoir on se dispute la capitale {} | du pakistan=PK; de l'afghanistan=AF; des maldives=MV
colo | alexa moi je suis chez les grands et je veux la capitale {} | de l'iran=IR; de la turquie=TR; du bangladesh=BD
# ---- fr-FR: at work (a gendarme on patrol, a canteen cook, a Louvre guard, an Air France steward, a night pharmacist, a lift technician, a bus driver, a radio studio)
boulot | alexa pendant la patrouille dis-moi la capitale {} | de l'algérie=DZ; du maroc=MA
boulot | alexa à la cantine avant le service la capitale {} c'est quoi | de la syrie=SY; d'israël=IL
boulot | alexa au louvre un touriste me demande la capitale {} | de la chine=CN; de la corée du sud=KR; du japon=JP
boulot | alexa dans l'avion on atterrit bientôt c'est quoi la capitale {} | du qatar=QA; des émirats=AE
boulot | alexa au terminus du bus la capitale {} c'est laquelle | du burkina faso=BF; de la côte d'ivoire=CI
boulot | alexa pendant la pub à la radio vite la capitale {} | de l'arménie=AM; de l'azerbaïdjan=AZ; de la géorgie le pays=GE
# ---- fr-FR: board and TV games (Geoguessr, Tusmo, Les Incollables, Monopoly, Mille Bornes, Des chiffres et des lettres, N'oubliez pas les paroles, Slam)
plateau | alexa sur geoguessr je suis perdu c'est quoi la capitale {} | de la lettonie=LV; de l'estonie=EE; de la lituanie=LT
plateau | alexa avec les incollables la question c'est la capitale {} | du canada=CA; de l'australie=AU
plateau | alexa au monopoly monde la case c'est la capitale {} c'est quoi | de l'argentine=AR; du brésil=BR
plateau | alexa pour le tusmo en sept lettres la capitale {} | de l'ukraine=UA; de la géorgie du caucase=GE
plateau | alexa on fait un trivial maison la capitale {} | des fidji=FJ; des samoa=WS; des tonga=TO
tele | alexa à des chiffres et des lettres ils ont demandé la capitale {} | du vanuatu=VU; des îles salomon=SB
tele | alexa dans slam il y avait la capitale {} c'est quoi | de la papouasie-nouvelle-guinée=PG; de nauru=NR; de la micronésie=FM
tele | alexa à n'oubliez pas les paroles il chante la capitale {} c'est laquelle | de tuvalu=TV; de kiribati=KI
# ---- fr-FR: sport (the parade of nations at the Olympic ceremony, handball, Le Mans, the Route du Rhum, the Euro)
sport | alexa au défilé des délégations je me demande la capitale {} | du brunei=BN; du timor oriental=TL; des palaos=PW
sport | alexa la délégation passe là c'est quoi la capitale {} | de l'érythrée=ER; de la sierra leone=SL; du liberia=LR
sport | alexa pendant le hand c'est quoi la capitale {} | du danemark=DK; de la norvège=NO; de l'islande=IS
sport | alexa aux vingt-quatre heures du mans on se demande la capitale {} | de la belgique=BE; de l'autriche=AT
sport | alexa pour la route du rhum c'est quoi la capitale {} | de la guadeloupe=GP; de la martinique=MQ
# ---- fr-FR: at home (a thousand-piece world puzzle, grandpa's globe, world-food night, honeymoon plans, sewing)
maison | alexa je fais un puzzle du monde et je cherche la capitale {} | du tchad=TD; du niger=NE; du mali=ML
maison | alexa sur le globe de papi c'est écrit la capitale {} c'est laquelle | de l'inde=IN; du pakistan=PK
maison | alexa pour la soirée cuisine du monde la capitale {} c'est quoi | du pérou=PE; de l'éthiopie=ET; du viêt nam=VN
maison | alexa je suis à la machine à coudre dis-moi la capitale {} | de la barbade=BB; de la grenade=GD; de sainte-lucie=LC
# ---- fr-CA: Gaspésie (Percé, Gaspé, the fishermen's wharf, the rocher Percé)
gaspesie | alexa sur le quai à gaspé on se demande la capitale {} | de la norvège=NO; de l'islande=IS | fr-CA
gaspesie | alexa mon homme revient de la pêche pis il veut la capitale {} | du portugal=PT; de l'espagne=ES | fr-CA
gaspesie | alexa devant le rocher percé des touristes demandent la capitale {} | de l'allemagne=DE; de la suisse=CH | fr-CA
gaspesie | alexa c'est ben beau tout ça mais c'est quoi la capitale {} | du danemark=DK; du groenland=GL | fr-CA
gaspesie | alexa au motel à percé on joue au quiz la capitale {} | de la belgique=BE; de la hollande=NL | fr-CA
gaspesie | alexa ma tante de carleton veut savoir la capitale {} | de la nouvelle-écosse=CA-NS; de l'île-du-prince-édouard=CA-PE | fr-CA
# ---- fr-CA: Abitibi (Rouyn-Noranda, a Val-d'Or gold mine, the camp in the woods, "coudonc")
abitibi | alexa coudonc c'est quoi la capitale {} | de l'australie=AU; du chili=CL; du pérou=PE | fr-CA
abitibi | alexa au fond de la mine à val-d'or on se demande la capitale {} | du ghana=GH; de l'afrique du sud=ZA | fr-CA
abitibi | alexa au camp dans le bois mon chum veut la capitale {} | de la russie=RU; du kazakhstan=KZ | fr-CA
abitibi | alexa à rouyn on s'obstine sur la capitale {} | de la mongolie=MN; de la chine=CN | fr-CA
abitibi | alexa dans le pick-up sur la cent-dix-sept dis-moi la capitale {} | de l'ontario=CA-ON; du manitoba=CA-MB | fr-CA
abitibi | alexa au festival de musique émergente quelqu'un demande la capitale {} | de la finlande=FI; de l'estonie=EE | fr-CA
# ---- fr-CA: Chiac in Moncton ("right", "back home", "j'ai watché", "so", "anyway")
chiac | alexa so c'est quoi la capitale {} | du nouveau-brunswick=CA-NB; de la nouvelle-écosse=CA-NS | fr-CA
chiac | alexa c'est right dur la capitale {} c'est quoi anyway | de l'irlande=IE; de l'écosse=GB-SCT | fr-CA
chiac | alexa j'ai watché un show sur la capitale {} mais je l'ai oubliée | de la louisiane=US-LA; du maine=US-ME | fr-CA
chiac | alexa back home à dieppe on voulait savoir la capitale {} | de la france=FR; de la belgique=BE | fr-CA
chiac | alexa ma grand-mère a dit la capitale {} c'est what | de terre-neuve=CA-NL; du québec=CA-QC | fr-CA
chiac | alexa anyway tu connais-tu la capitale {} | de la jamaïque=JM; des bahamas=BS; de la barbade=BB | fr-CA
# ---- fr-CA: Gatineau and the Outaouais (federal public servants crossing the bridge, uOttawa students)
outaouais | alexa avant mon meeting au fédéral c'est quoi la capitale {} | du canada=CA; du royaume-uni=GB | fr-CA
outaouais | alexa sur le pont vers ottawa dis-moi la capitale {} | de l'inde=IN; du pakistan=PK | fr-CA
outaouais | alexa ma gestionnaire veut savoir la capitale {} pour sa présentation | du nigeria=NG; du kenya=KE | fr-CA
outaouais | alexa à l'université d'ottawa le prof a demandé la capitale {} | de la saskatchewan=CA-SK; de l'alberta=CA-AB | fr-CA
outaouais | alexa pour mon examen de langue seconde la capitale {} | de la hongrie=HU; de la pologne=PL | fr-CA
outaouais | alexa dans l'autobus de la sto c'est quoi la capitale {} | des territoires du nord-ouest=CA-NT; du nunavut=CA-NU; du yukon=CA-YT | fr-CA
# ---- fr-CA: Innu families in Uashat mak Mani-utenam near Sept-Îles ("kuei", "tshinashkumitin", "ma nukum")
innu | alexa kuei c'est quoi la capitale {} | de la colombie-britannique=CA-BC; du québec=CA-QC | fr-CA
innu | alexa ma nukum demande la capitale {} | du groenland=GL; de la norvège=NO | fr-CA
innu | alexa tshinashkumitin pis c'est quoi la capitale {} | de la nouvelle-zélande=NZ; de l'australie=AU | fr-CA
innu | alexa à l'école de sept-îles on cherche la capitale {} | du pérou=PE; de la bolivie=BO | fr-CA
# ---- fr-CA: Filipino caregivers in Montréal ("po", "ate", "kuya", "salamat po", "naku")
aidante | alexa po c'est quoi la capitale {} | des philippines=PH; de l'indonésie=ID | fr-CA
aidante | alexa naku j'ai oublié la capitale {} | de la malaisie=MY; de singapour=SG | fr-CA
aidante | alexa madame gagnon elle demande la capitale {} salamat po | du japon=JP; de taïwan=TW | fr-CA
aidante | alexa mon kuya à toronto dit que la capitale {} c'est quoi | du brunei=BN; du timor oriental=TL | fr-CA
aidante | alexa ate dit que je dois demander la capitale {} | du viêt nam=VN; de la thaïlande=TH | fr-CA
# ---- fr-CA: a Syrian family in Québec City learning French ("shukran", "ya albi", "inshallah")
syrien | alexa shukran mais c'est quoi la capitale {} | de la syrie=SY; du liban=LB | fr-CA
syrien | alexa ya albi demande à alexa la capitale {} | de la jordanie=JO; de la turquie=TR | fr-CA
syrien | alexa moi j'apprends le français je veux la capitale {} s'il vous plaît | de la irak=IQ; de la iran=IR | fr-CA
syrien | alexa inshallah tu connais la capitale {} | de l'arménie=AM; de chypre=CY | fr-CA
syrien | alexa mon professeur de francisation a demandé capitale {} | de l'égypte=EG; du soudan=SD | fr-CA
# ---- fr-CA: Mexican and Guatemalan seasonal farm workers in Saint-Rémi ("oye", "cómo se dice", "gracias")
saint-remi | alexa oye la capitale {} c'est quoi | du guatemala=GT; du honduras=HN | fr-CA
saint-remi | alexa gracias euh et la capitale {} | du salvador=SV; du nicaragua=NI | fr-CA
saint-remi | alexa cómo se dice la capitale {} | de l'état de jalisco=MX-JAL; de oaxaca=MX-OAX | fr-CA
saint-remi | alexa dans la serre on se demande la capitale {} | du yucatán=MX-YUC; de chiapas=MX-CHP | fr-CA
saint-remi | alexa le patron de la ferme veut savoir la capitale {} | du mexique=MX; de la colombie=CO | fr-CA
# ---- fr-CA: snowbirds in Florida (the condo in Hollywood Beach, the golf, the pool)
snowbirds | alexa ici en floride au condo c'est quoi la capitale {} | de la floride=US-FL; de la géorgie aux états-unis=US-GA | fr-CA
snowbirds | alexa au bord de la piscine à hollywood beach la capitale {} | de cuba=CU; des bahamas=BS | fr-CA
snowbirds | alexa au golf mon beau-frère demande la capitale {} | de la caroline du sud=US-SC; de la caroline du nord=US-NC | fr-CA
snowbirds | alexa on remonte au québec en avril mais avant ça la capitale {} | de la virginie=US-VA; du maryland=US-MD | fr-CA
snowbirds | alexa les voisins de l'ontario veulent savoir la capitale {} | du texas=US-TX; de la californie=US-CA | fr-CA
# ---- fr-CA: a grandfather remembers the Expo 67 pavilions (old names)
expo | alexa à l'expo soixante-sept il y avait le pavillon {} c'est quoi sa capitale astheure | de la birmanie=MM; de ceylan=LK | fr-CA
expo | alexa mon grand-père a visité le pavillon de la tchécoslovaquie c'est quoi la capitale de la tchéquie | CZ | fr-CA
expo | alexa grand-papa parle encore de la haute-volta c'est quoi la capitale | BF | fr-CA
expo | alexa au pavillon {} à terre des hommes c'était quoi la capitale | de la perse=IR; du siam=TH | fr-CA
# ---- fr-CA: the Canadiens in the playoffs at a sports bar (the Glorieux, the Coupe Stanley)
canadiens | alexa entre deux périodes du canadien c'est quoi la capitale {} | de la suède=SE; de la finlande=FI; de la tchéquie=CZ | fr-CA
canadiens | alexa les glorieux jouent à soir mais la capitale {} c'est quoi | de la slovaquie=SK; de la lettonie=LV | fr-CA
canadiens | alexa au bar sportif on gage une bière sur la capitale {} | de la suisse=CH; de l'allemagne=DE | fr-CA
canadiens | alexa pendant la pause pub du hockey la capitale {} | du danemark=DK; de la biélorussie=BY | fr-CA
# ---- fr-CA: everyday Quebec (Costco, the CLSC, the school bus, the pool opening, the casse-croûte, Osheaga, Occupation double)
quotidien | alexa dans la file au costco c'est quoi la capitale {} | de l'ukraine=UA; de la moldavie=MD | fr-CA
quotidien | alexa dans la salle d'attente du clsc dis-moi la capitale {} | de l'algérie=DZ; du maroc=MA; de la tunisie=TN | fr-CA
quotidien | alexa le chauffeur d'autobus scolaire veut savoir la capitale {} | de haïti=HT; de la république dominicaine=DO | fr-CA
quotidien | alexa en ouvrant la piscine creusée je me demande la capitale {} | de la grèce=GR; de l'italie=IT | fr-CA
quotidien | alexa au casse-croûte avec ma poutine c'est quoi la capitale {} | de la belgique=BE; de la france=FR | fr-CA
quotidien | alexa on s'en va à osheaga mais avant la capitale {} | de l'islande=IS; de l'irlande=IE | fr-CA
quotidien | alexa à occupation double ils savaient pas la capitale {} moi non plus c'est quoi | de l'australie=AU; du japon=JP | fr-CA
quotidien | alexa à tout le monde en parle ils ont parlé de la capitale {} c'est laquelle | du cameroun=CM; du sénégal=SN | fr-CA
quotidien | alexa à l'épicerie il y a des mangues {} c'est quoi la capitale de ce pays-là | du pérou=PE; de l'inde=IN | fr-CA
# ---- follow-ups after an answer
follow-up | et celle {} | du népal=NP; de la jordanie=JO; du bhoutan=BT
follow-up | et pour {} alors | le chili=CL; la zambie=ZM; l'ouganda=UG
follow-up | ok et {} maintenant | le gabon=GA; la guinée=GN; le togo=TG
follow-up | d'accord merci et la capitale {} tant qu'on y est | de l'éthiopie=ET; de l'érythrée=ER
follow-up | même question pour {} | la slovénie=SI; la croatie=HR; le monténégro=ME
follow-up | ah bon et {} c'est quoi | le malawi=MW; le mozambique=MZ
follow-up | et {} tu sais aussi | la libye=LY; le soudan=SD
follow-up | bon ben et celle {} | de la mauritanie=MR; du sénégal=SN
follow-up | pis celle {} | de l'alberta=CA-AB; du manitoba=CA-MB; de la saskatchewan=CA-SK | fr-CA
follow-up | ok pis {} d'abord | le mexique=MX; le guatemala=GT | fr-CA
follow-up | pis {} c'est quoi la capitale | la nouvelle-écosse=CA-NS; le nunavut=CA-NU | fr-CA
follow-up | parfait pis celle {} | du costa rica=CR; du panama=PA | fr-CA
# ---- yes/no checks (right and wrong guesses): the place asked about
yes-no-check | est-ce que la capitale {} | du canada c'est toronto=CA; de l'australie c'est sydney=AU; du brésil c'est rio=BR
yes-no-check | c'est bien {} | ankara la capitale de la turquie=TR; berne la capitale de la suisse=CH; rabat la capitale du maroc=MA
yes-no-check | alexa la capitale {} c'est vrai | du nigeria c'est lagos=NG; de la tanzanie c'est dodoma=TZ
yes-no-check | j'ai raison si je dis que la capitale {} | du kazakhstan c'est almaty=KZ; du viêt nam c'est hanoï=VN
yes-no-check | alexa la capitale {} oui ou non | de la nouvelle-zélande c'est auckland=NZ; de l'inde c'est new delhi=IN
yes-no-check | alexa ma fille dit que la capitale {} elle a raison | du pakistan c'est karachi=PK; du myanmar c'est rangoun=MM; du bénin c'est porto-novo=BJ
yes-no-check | alexa vrai ou faux la capitale {} | de l'équateur c'est guayaquil=EC; de la bolivie c'est la paz=BO
yes-no-check | c'est-tu vrai que la capitale {} | du québec c'est montréal=CA-QC; de l'ontario c'est ottawa=CA-ON; de la colombie-britannique c'est vancouver=CA-BC | fr-CA
yes-no-check | alexa c'est-tu {} | yellowknife la capitale des territoires du nord-ouest=CA-NT; iqaluit la capitale du nunavut=CA-NU | fr-CA
yes-no-check | alexa je gage que la capitale {} j'ai-tu raison | de la floride c'est miami=US-FL; de la californie c'est los angeles=US-CA; du texas c'est houston=US-TX | fr-CA
yes-no-check | mon chum dit que la capitale {} c'est-tu correct | de la belgique c'est bruxelles=BE; de la suède c'est stockholm=SE | fr-CA
yes-no-check | alexa confirme-moi que la capitale {} | de la côte d'ivoire c'est abidjan=CI; du cameroun c'est douala=CM
yes-no-check | alexa est-ce que {} est la capitale du maroc | casablanca=MA; marrakech=MA
yes-no-check | alexa la capitale de l'allemagne c'est pas bonn | DE
yes-no-check | alexa c'est pas plutôt saint-pétersbourg la capitale de la russie | RU
yes-no-check | alexa la capitale de l'écosse c'est glasgow ou pas | GB-SCT
yes-no-check | alexa istanbul c'est-tu la capitale de la turquie | TR | fr-CA
# ---- self-corrections with a marker ("non attends", "pardon", "je veux dire", "euh non"): the last place
self-correction | alexa la capitale du pérou non attends {} | de la bolivie=BO; du paraguay=PY; de l'équateur=EC
self-correction | alexa c'est quoi la capitale de l'autriche pardon {} | de l'australie=AU; de l'allemagne=DE
self-correction | alexa la capitale de la suède je veux dire {} | de la suisse=CH; du danemark=DK
self-correction | alexa la capitale de l'iran euh non {} | de l'irak=IQ; de l'inde=IN
self-correction | alexa donne-moi la capitale du niger non pardon {} | du nigeria=NG; du mali=ML
self-correction | alexa la capitale de la slovénie oups {} | de la slovaquie=SK; de la serbie=RS
self-correction | alexa la capitale de la gambie non je me suis trompé {} | de la zambie=ZM; de la namibie=NA
self-correction | alexa la capitale de la guinée équatoriale excuse-moi {} | de la guinée-bissau=GW; de la guinée=GN
self-correction | alexa c'est quoi la capitale de l'autriche je veux dire {} | de la hongrie=HU; de l'estonie=EE
self-correction | alexa la capitale de la lettonie attends non {} | de la lituanie=LT; de la biélorussie=BY
self-correction | alexa la capitale de l'ontario ah non scuse {} | du québec=CA-QC; du manitoba=CA-MB | fr-CA
self-correction | alexa la capitale de la colombie non attends {} | de la colombie-britannique=CA-BC; du costa rica=CR | fr-CA
self-correction | alexa la capitale du vermont oups je voulais dire {} | du maine=US-ME; du new hampshire=US-NH | fr-CA
self-correction | alexa la capitale du honduras non non {} | du nicaragua=NI; du salvador=SV | fr-CA
self-correction | alexa la capitale de l'uruguay pardon je veux dire {} | de l'argentine=AR | fr-CA
self-correction | alexa quelle est la capitale du turkménistan euh non plutôt {} | du tadjikistan=TJ; du kirghizstan=KG
# ---- reverse questions: every place with that capital
reverse-question | alexa {} c'est la capitale de quel pays | ouagadougou=CITY:Ouagadougou; tegucigalpa=CITY:Tegucigalpa; nouakchott=CITY:Nouakchott
reverse-question | alexa {} c'est la capitale de quoi | bichkek=CITY:Bichkek; achgabat=CITY:Achgabat; douchanbé=CITY:Douchanbé
reverse-question | alexa de quel pays {} est la capitale | windhoek=CITY:Windhoek; lilongwe=CITY:Lilongwe; gaborone=CITY:Gaborone
reverse-question | alexa {} c'est la capitale de où | oulan-bator=CITY:Oulan-Bator; thimphu=CITY:Thimphu
reverse-question | alexa {} c'est la capitale de quel pays déjà | paramaribo=CITY:Paramaribo; asmara=CITY:Asmara
reverse-question | alexa la ville de {} elle est capitale de quoi | canberra=CITY:Canberra; victoria=CITY:Victoria
reverse-question | alexa {} c'est la capitale de quelle province | regina=CITY:Regina; fredericton=CITY:Fredericton; charlottetown=CITY:Charlottetown | fr-CA
reverse-question | alexa {} c'est-tu une capitale de quelque chose | whitehorse=CITY:Whitehorse; iqaluit=CITY:Iqaluit | fr-CA
reverse-question | alexa {} c'est la capitale de quel état | tallahassee=CITY:Tallahassee; sacramento=CITY:Sacramento; baton rouge=CITY:Baton Rouge | fr-CA
reverse-question | alexa dans quel pays {} est la capitale | vientiane=CITY:Vientiane; naypyidaw=CITY:Naypyidaw
reverse-question | alexa kingston c'est la capitale de quoi | CITY:Kingston
reverse-question | alexa saint john's c'est la capitale de quelle place | CITY:Saint John's | fr-CA
reverse-question | alexa la paz c'est la capitale de quoi au juste | CITY:La Paz
reverse-question | alexa {} est la capitale de quel pays africain | bangui=CITY:Bangui; niamey=CITY:Niamey; malabo=CITY:Malabo
reverse-question | alexa c'est quoi le pays qui a {} comme capitale | funafuti=CITY:Funafuti; port moresby=CITY:Port Moresby | fr-CA
# ---- official names
official-name | alexa quelle est la capitale {} | de la république hellénique=GR; de la confédération helvétique=CH; du royaume hachémite de jordanie=JO
official-name | alexa c'est quoi la capitale {} | de la république populaire de chine=CN; de la fédération de russie=RU; de la république tchèque=CZ
official-name | alexa la capitale {} s'il te plaît | de la république fédérative du brésil=BR; de l'état plurinational de bolivie=BO; des états-unis mexicains=MX
official-name | alexa dis-moi la capitale {} | de la république islamique d'iran=IR; de la république arabe d'égypte=EG; de la république algérienne démocratique et populaire=DZ
official-name | alexa quelle est la capitale {} s'il te plaît | du royaume-uni de grande-bretagne et d'irlande du nord=GB; de la république démocratique populaire lao=LA
official-name | alexa tu connais la capitale {} | de la république orientale de l'uruguay=UY; de la république bolivarienne du venezuela=VE; de la république socialiste du viêt nam=VN
official-name | alexa c'est quoi ça la capitale {} | de la république de corée=KR; de la république populaire démocratique de corée=KP | fr-CA
official-name | alexa la capitale {} c'est quoi donc | du grand-duché de luxembourg=LU; de la principauté d'andorre=AD; du royaume du cambodge=KH | fr-CA
official-name | alexa donne-moi la capitale {} | de la république fédérale d'allemagne=DE; des états-unis d'amérique=US | fr-CA
official-name | alexa la capitale {} | de la république kirghize=KG; de la république arabe syrienne=SY; de la république de l'union du myanmar=MM
official-name | quelle est la capitale {} | du royaume d'arabie saoudite=SA; de la république fédérale démocratique d'éthiopie=ET
# ---- everyday and short names
everyday-name | alexa c'est quoi déjà la capitale {} | des states=US; de la rdc=CD; de la centrafrique=CF
everyday-name | alexa la capitale {} vite | du burkina=BF; de la bosnie=BA; de la papouasie=PG
everyday-name | alexa dis-moi vite la capitale {} | de la hollande=NL; de la macédoine=MK; de saint-kitts=KN
everyday-name | alexa la capitale {} c'est laquelle | de trinidad=TT; d'antigua=AG; de saint-vincent=VC
everyday-name | alexa la capitale {} elle est où | de l'amérique=US; de l'angleterre=GB-ENG; des émirats=AE | fr-CA
everyday-name | c'est quoi la capitale {} | de la moldova=MD; du cabo verde=CV; de la türkiye=TR
everyday-name | alexa la capitale {} s'il vous plaît | des usa=US; du timor=TL; de sao tomé=ST | fr-CA
# ---- old names
old-name | alexa quelle était la capitale {} | de la haute-volta=BF; du dahomey=BJ; de la rhodésie=ZW
old-name | alexa euh c'est quoi la capitale {} | de la birmanie=MM; de la perse=IR; du kampuchéa=KH
old-name | alexa la capitale {} aujourd'hui | de la gold coast=GH; de l'oubangui-chari=CF; du tanganyika=TZ
old-name | alexa heu la capitale {} | du soudan français=ML; des nouvelles-hébrides=VU; de formose=TW | fr-CA
old-name | alexa heille c'est quoi la capitale {} | du congo belge=CD; de la côte française des somalis=DJ; de la guinée portugaise=GW | fr-CA
old-name | alexa dis-moi donc la capitale {} | du honduras britannique=BZ; de la rhodésie du nord=ZM; de l'abyssinie=ET
# ---- shared names: bare, every place; disambiguated, the one place
shared-name | alexa dis c'est quoi la capitale {} | de la géorgie=GE+US-GA; du congo=CD+CG; de la corée=KP+KR
shared-name | dis-moi la capitale {} | des îles vierges=VG+VI; de la géorgie s'il te plaît=GE+US-GA
shared-name | alexa tu peux me donner la capitale {} | du congo brazzaville=CG; du congo kinshasa=CD; de la corée du nord=KP
shared-name | alexa quelles sont les capitales {} | des deux corées=KP+KR; des deux congos=CD+CG
shared-name | la capitale {} | de la géorgie l'état américain=US-GA; de la géorgie près de la russie=GE
shared-name | alexa c'est quoi au juste la capitale {} | des îles vierges britanniques=VG; des îles vierges américaines=VI
shared-name | alexa la capitale {} c'est quoi ça | de la géorgie=GE+US-GA; des îles vierges=VG+VI; du congo=CD+CG | fr-CA
shared-name | alexa la capitale {} mettons | de la géorgie en bas des carolines=US-GA; de la république du congo=CG | fr-CA
shared-name | alexa c'est quoi ça les capitales {} | des corées=KP+KR; des congos=CD+CG | fr-CA
shared-name | alexa pis la corée c'est quoi sa capitale | KP+KR | fr-CA
shared-name | alexa et le congo sa capitale | CD+CG
shared-name | alexa la capitale de la corée celle du sud | KR
# ---- several capitals, asked in the plural
plural-capitals | alexa quelles sont donc les capitales {} | de l'afrique du sud=ZA; de la bolivie=BO; du bénin=BJ
plural-capitals | alexa c'est quoi les capitales {} | de la côte d'ivoire=CI; du sri lanka=LK; de la malaisie=MY
plural-capitals | alexa dis-moi les capitales {} | des pays-bas=NL; de l'eswatini=SZ; de la palestine=PS
plural-capitals | alexa l'afrique du sud elle a combien de capitales et c'est lesquelles | ZA
plural-capitals | alexa les trois capitales {} c'est quoi | de l'afrique du sud=ZA
plural-capitals | alexa la bolivie a deux capitales c'est lesquelles | BO
plural-capitals | alexa les deux capitales {} | du bénin=BJ; de la côte d'ivoire=CI; du swaziland=SZ
plural-capitals | alexa quelles sont les deux capitales {} | du sri lanka=LK; de la malaisie=MY; de la hollande=NL
plural-capitals | alexa les capitales {} c'est quoi | de la palestine=PS; des territoires palestiniens=PS
plural-capitals | alexa heille c'est quoi les capitales {} | de l'afrique du sud=ZA; de la bolivie=BO; de l'eswatini=SZ | fr-CA
plural-capitals | alexa peux-tu me dire quelles sont les capitales {} | du bénin=BJ; de la côte d'ivoire=CI; des pays-bas=NL | fr-CA
plural-capitals | alexa nomme-moi les capitales {} | de la malaisie=MY; du sri lanka=LK; de la palestine=PS | fr-CA
plural-capitals | alexa euh quelles sont les capitales {} | du jammu-et-cachemire=IN-JK; de l'uttarakhand=IN-UK; de montserrat=MS
# ---- subdivisions: provinces, states, the UK's nations
subdivision | alexa c'est quoi la capitale {} donc | de l'île-du-prince-édouard=CA-PE; de terre-neuve-et-labrador=CA-NL; du yukon=CA-YT | fr-CA
subdivision | alexa la capitale {} c'est laquelle ça | de la colombie-britannique=CA-BC; du nouveau-brunswick=CA-NB | fr-CA
subdivision | alexa quelle est la capitale {} s'il vous plaît | de l'ontario=CA-ON; de la saskatchewan=CA-SK; du québec=CA-QC | fr-CA
subdivision | alexa la capitale {} aux états | du vermont=US-VT; du massachusetts=US-MA; de l'état de new york=US-NY | fr-CA
subdivision | alexa sais-tu c'est quoi la capitale {} | du michigan=US-MI; de l'ohio=US-OH; de l'illinois=US-IL | fr-CA
subdivision | alexa dis-moi euh la capitale {} | de l'alaska=US-AK; d'hawaï=US-HI; du nevada=US-NV
subdivision | alexa euh quelle est la capitale {} | du pays de galles=GB-WLS; de l'irlande du nord=GB-NIR; de l'écosse=GB-SCT
subdivision | alexa euh la capitale {} | de l'angleterre=GB-ENG; de la bavière=DE-BY; de la saxe=DE-SN
subdivision | alexa bon c'est quoi la capitale {} | de la rhénanie-du-nord-westphalie=DE-NW; du bade-wurtemberg=DE-BW; de la basse-saxe=DE-NI
subdivision | alexa la capitale {} en australie | de la tasmanie=AU-TAS; du queensland=AU-QLD; du victoria=AU-VIC
subdivision | alexa alors c'est quoi la capitale {} | de la nouvelle-galles du sud=AU-NSW; de l'australie-occidentale=AU-WA
subdivision | alexa la capitale {} au brésil | de bahia=BR-BA; du minas gerais=BR-MG; de l'amazonas=BR-AM
subdivision | alexa peux-tu me dire quelle est la capitale {} | du rio grande do sul=BR-RS; de pernambouc=BR-PE | fr-CA
subdivision | alexa la capitale {} en inde | du kerala=IN-KL; du rajasthan=IN-RJ; du tamil nadu=IN-TN
subdivision | alexa c'est quoi la capitale {} s'il te plaît | du maharashtra=IN-MH; du gujarat=IN-GJ; du pendjab=IN-PB
subdivision | alexa la capitale {} au mexique | de la basse-californie=MX-BCN; du sonora=MX-SON; du nuevo león=MX-NLE | fr-CA
# ---- territories and overseas places
territory | alexa c'est quoi la capitale {} déjà | de la guadeloupe=GP; de la martinique=MQ; de la réunion=RE
territory | alexa rappelle-moi la capitale {} | de la nouvelle-calédonie=NC; de la polynésie française=PF; de wallis-et-futuna=WF
territory | alexa dis-moi la capitale {} s'il te plaît | de saint-pierre-et-miquelon=PM; de saint-barthélemy=BL; de saint-martin=MF
territory | alexa quelle est la capitale {} déjà | de la guyane=GF; de mayotte=YT
territory | alexa la capitale {} c'est laquelle déjà | du groenland=GL; des îles féroé=FO; des îles åland=AX
territory | alexa ok c'est quoi la capitale {} | de porto rico=PR; de guam=GU; des samoa américaines=AS | fr-CA
territory | alexa ok la capitale {} | des bermudes=BM; des îles caïmans=KY; d'anguilla=AI | fr-CA
territory | alexa pourrais-tu me dire quelle est la capitale {} | de gibraltar=GI; de jersey=JE; de l'île de man=IM
territory | alexa au fait c'est quoi la capitale {} | des îles malouines=FK; de sainte-hélène=SH; des îles cook=CK
territory | alexa sais-tu quelle est la capitale {} | du kosovo=XK; de taïwan=TW; du sahara occidental=EH
territory | alexa la capitale {} ça serait quoi | du vatican=VA; de guernesey=GG | fr-CA
# ---- one-shot requests through the invocation name
one-shot | alexa demande à capitales du monde la capitale {} | du ghana=GH; de la sierra leone=SL; du liberia=LR
one-shot | alexa demande à capitales du monde c'est quoi la capitale {} | de la guinée-bissau=GW; de la gambie=GM
one-shot | alexa ouvre capitales du monde et dis-moi la capitale {} | du lesotho=LS; de l'eswatini=SZ; du botswana=BW
one-shot | alexa lance capitales du monde et donne-moi la capitale {} | de la namibie=NA; de l'angola=AO
one-shot | alexa avec capitales du monde quelle est la capitale {} | de la bosnie-herzégovine=BA; du kosovo=XK
one-shot | alexa capitales du monde la capitale {} | du bhoutan=BT; du népal=NP
one-shot | alexa demande à capitales du monde les capitales {} | de la bolivie=BO; de l'afrique du sud=ZA
one-shot | alexa demande donc à capitales du monde la capitale {} | du nunavut=CA-NU; de l'alberta=CA-AB; de la jamaïque=JM | fr-CA
one-shot | alexa part capitales du monde pis dis-moi la capitale {} | de la dominique=DM; de la grenade=GD | fr-CA
one-shot | alexa demande à capitales du monde c'est quoi ça la capitale {} | du guyana=GY; du suriname=SR | fr-CA
one-shot | alexa va voir dans capitales du monde la capitale {} | de l'uruguay=UY; du paraguay=PY | fr-CA
one-shot | alexa demande à capitales du monde si la capitale du canada c'est ottawa | CA
one-shot | alexa demande à capitales du monde de quel pays bamako est la capitale | CITY:Bamako
# ---- what recognition writes: lost accents and hyphens, homophones, joined and split words
recognition | alexa quelle est donc la capitale {} | du perou=PE; de l'equateur=EC; de la tcheque=CZ
recognition | alexa je me demande c'est quoi la capitale {} | de la grece=GR; du senegal=SN; de la coree du sud=KR
recognition | alexa la capitale {} merci | du jappon=JP; de la suede=SE; des etats unis=US
recognition | alexa quelle est au juste la capitale {} | de la graisse=GR; du bots wana=BW; de l'ouzbek istan=UZ
recognition | alexa hé c'est quoi la capitale {} | de lacorée du nord=KP; de la nouvelle zélande=NZ; du burkina fasso=BF
recognition | alexa et la capitale {} | de la guinée équatorial=GQ; de l'arabie saoudi=SA; du kazak stan=KZ
recognition | alexa kel est la capitale {} | de l'éthiopie=ET; de la somalie=SO
recognition | alexa caisse la capitale {} | du liban=LB; de la syrie=SY | fr-CA
recognition | alexa c'est quoi la capital {} | du vietnam=VN; de la thailande=TH; du cambodge=KH
recognition | alexa lacapitale {} | de l'azerbaidjan=AZ; de l'armenie=AM
recognition | alexa la capitale de bah rhin | BH
recognition | alexa la capitale du catarrhe | QA
recognition | alexa la capitale de la laitonie | LV
recognition | alexa c'est quoi la capitale {} coudonc | de haiti=HT; du salvadore=SV; de la jamaique=JM | fr-CA
recognition | alexa capitale des comores moroni ou pas | KM
recognition | alexa la capitale de saint-vincent et les grenadines | VC
recognition | alexa la capitale de saint christophe et nevis | KN
recognition | alexa la capitale des iles marshall | MH | fr-CA
# ---- two places at once: every place named, in ordinal order
two-places | alexa la capitale de la france et celle de l'espagne | ES+FR
two-places | alexa les capitales de la suède et de la norvège | NO+SE
two-places | alexa c'est quoi les capitales du canada et des états-unis | CA+US | fr-CA
two-places | alexa la capitale du chili et celle de l'argentine | AR+CL
two-places | alexa la capitale de la dominique et de la république dominicaine | DM+DO
# ---- help
help | alexa comment ça marche capitales du monde | HELP
help | alexa j'ai pas compris ce que je dois dire | HELP
help | alexa qu'est-ce que je peux te demander au juste | HELP
help | alexa explique-moi comment on joue | HELP
help | alexa je sais pas quoi dire aide-moi | HELP
help | alexa c'est quoi les règles de ton jeu | HELP
help | alexa qu'est-ce que tu sais faire avec les capitales | HELP
help | alexa au secours je comprends rien | HELP
help | alexa ma grand-mère voudrait savoir comment ça fonctionne | HELP
help | alexa tu peux m'aider s'il te plaît | HELP
help | alexa je fais quoi maintenant | HELP
help | alexa donne-moi des exemples de questions | HELP
help | alexa comment je fais pour te demander une capitale | HELP | fr-CA
help | alexa j'ai besoin d'aide avec ton affaire | HELP | fr-CA
help | alexa comment ça marche ce jeu-là | HELP | fr-CA
help | alexa je comprends pas trop comment ça fonctionne ton quiz | HELP | fr-CA
help | alexa aide-moi donc un peu | HELP | fr-CA
help | alexa qu'est-ce qu'on peut dire pour jouer | HELP | fr-CA
help | alexa les instructions s'il te plaît | HELP
help | alexa c'est quoi que je peux te demander | HELP | fr-CA
# ---- stop
stop | alexa arrête on passe à table | STOP
stop | alexa stop c'est bon pour ce soir | STOP
stop | alexa ferme capitales du monde | STOP
stop | alexa quitte le jeu | STOP
stop | alexa tais-toi maintenant | STOP
stop | alexa arrête tout | STOP
stop | alexa c'est fini pour aujourd'hui arrête | STOP
stop | alexa on arrête là merci | STOP
stop | alexa sors de capitales du monde | STOP
stop | alexa stop stop stop | STOP
stop | alexa arrête le quiz les enfants vont se coucher | STOP
stop | alexa ça suffit arrête | STOP
stop | alexa arrête ça là | STOP | fr-CA
stop | alexa ferme ça | STOP | fr-CA
stop | alexa c'est assez arrête | STOP | fr-CA
stop | alexa on arrête de jouer là | STOP | fr-CA
stop | alexa quitte capitales du monde s'il te plaît | STOP | fr-CA
stop | alexa ok stop on a fini | STOP | fr-CA
stop | alexa éteins-toi | STOP
stop | alexa arrête de parler | STOP | fr-CA
# ---- cancel
cancel | alexa annule | CANCEL | fr-CA
cancel | alexa laisse tomber c'est pas grave | CANCEL
cancel | alexa oublie ça | CANCEL
cancel | alexa annule ma question | CANCEL
cancel | alexa non rien laisse tomber | CANCEL
cancel | alexa finalement non annule | CANCEL
cancel | alexa annuler s'il te plaît | CANCEL
cancel | alexa oublie ce que j'ai dit | CANCEL
cancel | alexa laisse tomber la capitale | CANCEL
cancel | alexa pardon je me suis trompé annule | CANCEL
cancel | alexa annule la dernière demande | CANCEL
cancel | alexa en fait non laisse tomber | CANCEL
cancel | alexa laisse faire | CANCEL | fr-CA
cancel | alexa laisse faire c'est correct | CANCEL | fr-CA
cancel | alexa oublie ça d'abord | CANCEL | fr-CA
cancel | alexa annule ça | CANCEL | fr-CA
cancel | alexa non non annule | CANCEL | fr-CA
cancel | alexa laisse faire la question | CANCEL | fr-CA
cancel | alexa annule tout | CANCEL | fr-CA
cancel | alexa bon ben oublie ça | CANCEL
# ---- launch
launch | alexa ouvre capitales du monde | LAUNCH
launch | alexa lance capitales du monde | LAUNCH
launch | alexa démarre capitales du monde | LAUNCH
launch | alexa lance capitales du monde pour la colo | LAUNCH
launch | alexa joue à capitales du monde | LAUNCH
launch | alexa ouvre le jeu capitales du monde | LAUNCH
launch | alexa on lance capitales du monde pour la soirée quiz | LAUNCH
launch | alexa mets-moi capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa part capitales du monde | LAUNCH | fr-CA
launch | alexa lance capitales du monde pour grand-papa | LAUNCH | fr-CA
launch | alexa démarre le jeu capitales du monde | LAUNCH | fr-CA
launch | alexa j'aimerais jouer à capitales du monde | LAUNCH | fr-CA
launch | alexa capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde au bureau | LAUNCH
# ---- out of domain: other facts about a named country
out-of-domain | alexa combien d'habitants {} | au japon=FB; en australie=FB; au nigeria=FB
out-of-domain | alexa quelle langue on parle {} | au brésil=FB; en suisse=FB; en belgique=FB
out-of-domain | alexa c'est quoi la monnaie {} | du danemark=FB; de la pologne=FB; de la tunisie=FB
out-of-domain | alexa qui est le président {} | du sénégal=FB; de la colombie=FB
out-of-domain | alexa quelle heure il est {} | à tokyo=FB; à séoul=FB
out-of-domain | alexa c'est quoi la plus grande ville {} | de l'australie=FB; du canada=FB; de la turquie=FB
out-of-domain | alexa décris-moi le drapeau {} | du portugal=FB; de la jamaïque=FB
out-of-domain | alexa quel est l'indicatif téléphonique {} | du maroc=FB; de la belgique=FB
out-of-domain | alexa quel temps il fait {} en ce moment | à madrid=FB; à lisbonne=FB
out-of-domain | alexa c'est quoi la population {} | du québec=FB; de l'ontario=FB | fr-CA
out-of-domain | alexa quelle langue ils parlent {} | au nouveau-brunswick=FB; en haïti=FB | fr-CA
out-of-domain | alexa c'est qui le premier ministre {} | du canada=FB; de l'alberta=FB | fr-CA
out-of-domain | alexa quel temps il fait {} | à fort lauderdale=FB; à cancún=FB | fr-CA
out-of-domain | alexa quel est le décalage horaire avec {} | la france=FB; le maroc=FB | fr-CA
out-of-domain | alexa combien ça coûte un billet pour {} | cuba=FB; la république dominicaine=FB | fr-CA
out-of-domain | alexa c'est quoi la montagne la plus haute {} | de la suisse=FB; du canada=FB | fr-CA
out-of-domain | alexa où se trouve le kilimandjaro | FB
out-of-domain | alexa quel est le plus long fleuve d'afrique | FB
# ---- out of domain: "capital" in other senses, former and other capitals
out-of-domain | alexa c'est quoi le capital social de ma société | FB
out-of-domain | alexa est-ce que la peine capitale existe encore aux états-unis | FB
out-of-domain | alexa comment on écrit une lettre en capitale | FB
out-of-domain | alexa c'est quoi les sept péchés capitaux | FB
out-of-domain | alexa c'est quoi un fonds de capital-risque | FB
out-of-domain | alexa quelle ville est capitale européenne de la culture cette année | FB
out-of-domain | alexa quelle est la capitale mondiale de la gastronomie | FB
out-of-domain | alexa c'est quoi l'ancienne capitale {} | du japon=FB; du brésil=FB; de l'allemagne=FB
out-of-domain | alexa c'est quoi la capitale économique {} | du maroc=FB; de la turquie=FB
out-of-domain | alexa ma banque m'a parlé de mon capital retraite c'est quoi | FB
out-of-domain | alexa c'est quoi la capitale de la poutine au québec | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale du hockey | FB | fr-CA
out-of-domain | alexa c'est quoi mon solde sur ma carte capital one | FB | fr-CA
out-of-domain | alexa comment on calcule les intérêts sur le capital de mon hypothèque | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la mode en italie | FB
out-of-domain | alexa capitale c'est masculin ou féminin | FB
# ---- out of domain: places the data lacks
out-of-domain | alexa ben c'est quoi la capitale {} | de la bretagne=FB; de la catalogne=FB; de la sicile=FB
out-of-domain | alexa la capitale {} c'est quoi | de la corse=FB; de la wallonie=FB; de la flandre=FB
out-of-domain | alexa bonjour quelle est la capitale {} | de la sardaigne=FB; de l'andalousie=FB; de la toscane=FB
out-of-domain | alexa allez dis-moi la capitale {} | du kurdistan=FB; du tibet=FB; de zanzibar=FB
out-of-domain | alexa pis c'est quoi la capitale {} | de l'alsace=FB; de la normandie=FB | fr-CA
out-of-domain | alexa là c'est quoi la capitale {} | de l'acadie=FB; de la gaspésie=FB; de l'abitibi=FB | fr-CA
out-of-domain | alexa la capitale {} c'est laquelle donc | de la laponie=FB; de la patagonie=FB; de la transylvanie=FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la lune | FB
out-of-domain | alexa c'est quoi la capitale de l'atlantide | FB
out-of-domain | alexa la capitale du pays basque c'est laquelle | FB
# ---- out of domain: everyday requests
out-of-domain | alexa mets une minuterie de dix minutes pour les pâtes | FB
out-of-domain | alexa quel temps il va faire demain à nancy | FB
out-of-domain | alexa mets france inter | FB
out-of-domain | alexa ajoute du comté sur la liste de courses | FB
out-of-domain | alexa raconte-moi une blague | FB
out-of-domain | alexa réveille-moi à six heures demain | FB
out-of-domain | alexa allume la lumière du salon | FB
out-of-domain | alexa comment on dit merci en portugais | FB
out-of-domain | alexa c'est quoi la recette de la garbure | FB
out-of-domain | alexa joue de la musique pour dormir | FB
out-of-domain | alexa donne-moi les infos du jour | FB
out-of-domain | alexa c'est quand la prochaine marée haute à boulogne | FB
out-of-domain | alexa appelle maman | FB
out-of-domain | alexa c'est quoi le score du match de l'ogc nice | FB
out-of-domain | alexa quel film passe ce soir à la télé | FB
out-of-domain | alexa joue la playlist de la colo | FB
out-of-domain | alexa traduis bonjour en allemand | FB
out-of-domain | alexa c'est qui qui a gagné la route du rhum | FB
out-of-domain | alexa quelle est la température dehors | FB
out-of-domain | alexa mets une alarme pour ma pilule | FB
out-of-domain | alexa combien de kilomètres entre lille et paris | FB
out-of-domain | alexa mets la radio de rouyn | FB | fr-CA
out-of-domain | alexa c'est quoi le score du canadien | FB | fr-CA
out-of-domain | alexa quel temps il fait à gaspé à matin | FB | fr-CA
out-of-domain | alexa ajoute du lait sur la liste d'épicerie | FB | fr-CA
out-of-domain | alexa à quelle heure ferme le costco | FB | fr-CA
out-of-domain | alexa mets une minuterie pour la tourtière | FB | fr-CA
out-of-domain | alexa joue du céline dion | FB | fr-CA
out-of-domain | alexa est-ce qu'il va neiger demain | FB | fr-CA
out-of-domain | alexa c'est quoi l'horaire de l'autobus de la sto | FB | fr-CA
out-of-domain | alexa comment on dit merci en tagalog | FB | fr-CA
out-of-domain | alexa éteins les lumières du sous-sol | FB | fr-CA
out-of-domain | alexa raconte-moi une histoire pour les enfants | FB | fr-CA
out-of-domain | alexa c'est quand la fête des patriotes | FB | fr-CA
out-of-domain | alexa monte le chauffage | FB | fr-CA
out-of-domain | alexa combien de temps pour aller à québec en char | FB | fr-CA
out-of-domain | alexa c'est quoi le prix de l'essence à matin | FB | fr-CA
# ---- more help, stop and cancel
help | alexa je suis nouveau comment on utilise capitales du monde | HELP
help | alexa pouvez-vous m'expliquer comment ça marche | HELP
help | alexa je suis perdu qu'est-ce que je dois faire | HELP
help | alexa c'est quoi les commandes | HELP
help | alexa comment on pose une question à capitales du monde | HELP | fr-CA
help | alexa montre-moi comment ça marche | HELP | fr-CA
help | alexa j'ai besoin d'un coup de main avec le quiz | HELP
help | alexa euh qu'est-ce que je suis censé dire là | HELP
stop | alexa arrête le jeu des capitales | STOP
stop | alexa bon stop on y va | STOP
stop | alexa ferme le quiz | STOP
stop | alexa c'est terminé ferme tout | STOP
stop | alexa arrête on a assez joué | STOP | fr-CA
stop | alexa stop là c'est beau | STOP | fr-CA
stop | alexa arrête capitales du monde la partie commence | STOP | fr-CA
stop | alexa coupe le jeu | STOP
cancel | alexa annule c'était une erreur | CANCEL
cancel | alexa non annule la question de la petite | CANCEL
cancel | alexa laisse tomber on verra plus tard | CANCEL
cancel | alexa oublie la question du monsieur | CANCEL
cancel | alexa annule j'ai dit n'importe quoi | CANCEL
cancel | alexa laisse tomber je l'ai trouvée tout seul | CANCEL
cancel | alexa laisse faire je vais regarder sur mon téléphone | CANCEL | fr-CA
cancel | alexa annule ça c'est le petit qui a parlé | CANCEL | fr-CA
cancel | alexa oublie ça mon chum l'a trouvée | CANCEL | fr-CA
cancel | alexa non laisse faire finalement | CANCEL | fr-CA
cancel | alexa annule annule | CANCEL
cancel | alexa laisse tomber la question sur le pérou | CANCEL
"""

if __name__ == "__main__":
    build_round(27, "fr", LINES, sys.argv, "tests/Eval/fr/round27/source/build_corpus.py")
