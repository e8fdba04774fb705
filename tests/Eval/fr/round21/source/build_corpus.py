"""Round 21, French (fr-FR and fr-CA): a new author's mix of speakers and situations, written blind.
In France (fr-FR): Corsicans ("ô", "aiò", "o zitè"), Béarnais and Basques ("adiu", "hein", rugby at the stade),
Savoyards and a ski-lift worker in the Alps ("y" for "le", "dis voir pas"), Auvergnats, pied-noir grandparents
("purée", "macache", "tcheu"), Portuguese-French and Romanian-French families, an English expat in the Dordogne and a
Chinese student learning French (article and gender slips, "how do you say"), gamers and streamers ("gg", "tkt",
"go", "chat"), a night nurse, a pharmacist, a Paris taxi driver ("chef"), firefighters on a break, a vet, an airline
pilot, a baccalauréat revision evening, children of five to nine ("maman elle a dit", "c'est vrai que"), a deaf-ish
grandfather who repeats himself, TV quizzes ("des chiffres et des lettres", "qui veut gagner des millions", "tout le
monde veut prendre sa place", Koh-Lanta), the rugby and handball world cups, the Tour and the Olympics on TV, a wine
cellar, couscous and sushi in the kitchen, a camper van, the ferry to Ajaccio, postcards and geocaching.
In Canada (fr-CA): Gaspésie fishermen, Abitibi miners, Quebec City ("astheure", "à matin", "tantôt"), Gatineau
commuters who work in Ottawa, the Côte-Nord, the Eastern Townships, Montreal anglophones from French immersion,
Franco-Albertans in Edmonton, a daycare educator (CPE), "secondaire deux" geography and the ministry exam, the hockey
pool and the curling club, the sugar shack, the snowmobile trail, the chalet, the dépanneur, the Carnaval de Québec,
"tout le monde en parle"; "pantoute", "ben voyons donc", "tabarouette", "câline", "y'a-tu", "c'est quoi déjà",
"ouin", "en tout cas", "fait que", "tiguidou", "enweille", "m'a te dire", "chu pas sûr", "calvaire".
Fillers ("euh", "bah", "hein", "attends", "voyons", "comment dire"), self-corrections ("non pardon", "enfin",
"je voulais dire", "oups", "attends non", "pas", "euh non"), follow-ups, yes/no checks, reverse questions, official,
old and everyday names, shared names, overseas France, Canadian provinces, US, German, Mexican, Indian, Brazilian
and Australian subdivisions, and what recognition may write (lost accents and hyphens, split or joined words,
"quel" for "quelle", "capital" for "capitale", misspelt names).
`python3 tests/Eval/fr/round21/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 21's number; a fourth field names a line's locale, fr-FR when absent)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions.
direct-question | quelle est donc la capitale {} | de l'ouzbékistan=UZ; du turkménistan=TM; du tadjikistan=TJ
direct-question | c'est laquelle la capitale {} | de la mauritanie=MR; du mali=ML; du niger=NE
direct-question | quelle ville est la capitale {} | de l'érythrée=ER; de djibouti=DJ; de la somalie=SO
direct-question | la capitale {} c'est quelle ville | de la lettonie=LV; de la lituanie=LT; de l'estonie=EE
direct-question | et la capitale {} elle s'appelle comment | du malawi=MW; de la zambie=ZM; du mozambique=MZ
direct-question | quelle est la capitale {} s'il te plaît | de la jordanie=JO; du liban=LB; de la syrie=SY
direct-question | c'est quoi déjà la capitale {} | de l'alberta=CA-AB; du manitoba=CA-MB; de la saskatchewan=CA-SK | fr-CA
direct-question | c'est quoi la capitale {} toé | du honduras=HN; du nicaragua=NI; du guatemala=GT | fr-CA
direct-question | ok pis la capitale {} c'est quoi | du costa rica=CR; du panama=PA; du salvador=SV | fr-CA
direct-question | y'a-tu une capitale {} pis c'est quoi | de la mongolie=MN; du kazakhstan=KZ; du kirghizstan=KG | fr-CA
direct-question | quelle ville c'est la capitale {} | de la croatie=HR; de la slovénie=SI; du monténégro=ME | fr-CA

polite-request | pourriez-vous me dire la capitale {} je vous prie | de l'autriche=AT; de la hongrie=HU; de la roumanie=RO
polite-request | sois gentille dis-moi la capitale {} | du cameroun=CM; du gabon=GA; du tchad=TD
polite-request | est-ce que tu veux bien me donner la capitale {} | du kenya=KE; de l'ouganda=UG; du rwanda=RW
polite-request | j'aimerais connaître la capitale {} merci d'avance | du pakistan=PK; du bangladesh=BD; du népal=NP
polite-request | auriez-vous l'amabilité de me rappeler la capitale {} | du portugal=PT; de l'espagne=ES; de l'irlande=IE
polite-request | peux-tu m'aider s'il te plaît c'est quoi la capitale {} | de la tunisie=TN; de l'algérie=DZ; du maroc=MA | fr-CA
polite-request | aurais-tu la gentillesse de me dire la capitale {} | de la finlande=FI; de la norvège=NO; de la suède=SE | fr-CA
polite-request | si ça te dérange pas c'est quoi la capitale {} | du vietnam=VN; du cambodge=KH; du laos=LA | fr-CA

do-you-know | tu la connais toi la capitale {} | de l'arménie=AM; de l'azerbaïdjan=AZ; de la géorgie=GE+US-GA
do-you-know | est-ce que par hasard tu saurais la capitale {} | du bhoutan=BT; des maldives=MV; du sri lanka=LK
do-you-know | vous savez quelle est la capitale {} | de l'angola=AO; de la namibie=NA; du botswana=BW
do-you-know | tu connais-tu la capitale {} | du belize=BZ; du paraguay=PY; de l'uruguay=UY | fr-CA
do-you-know | as-tu une idée c'est quoi la capitale {} | de la bolivie=BO; de l'équateur=EC; du venezuela=VE | fr-CA
do-you-know | sais-tu ça toi la capitale {} | de la jamaïque=JM; d'haïti=HT; de cuba=CU | fr-CA

imperative | donne-moi la capitale {} | du yémen=YE; d'oman=OM; du qatar=QA
imperative | dis la capitale {} | de la grèce=GR; de chypre=CY; de malte=MT
imperative | trouve-moi la capitale {} | de la papouasie-nouvelle-guinée=PG; des îles salomon=SB; du vanuatu=VU
imperative | rappelle-moi la capitale {} | de la moldavie=MD; de l'ukraine=UA; de la biélorussie=BY | fr-CA
imperative | cherche la capitale {} | du nigeria=NG; du ghana=GH; du togo=TG | fr-CA

terse | capitale {} | du brunei=BN; des fidji=FJ; des tonga=TO
terse | capitale {} vite | de la sierra leone=SL; du liberia=LR; de la gambie=GM
terse | {} capitale | burundi=BI; tanzanie=TZ; soudan=SD
terse | capitale {} svp | du lesotho=LS; de l'eswatini=SZ; du zimbabwe=ZW | fr-CA
terse | {} la capitale | islande=IS; danemark=DK; pologne=PL | fr-CA

trailing-words | quelle est la capitale {} merci beaucoup | de la slovaquie=SK; de la tchéquie=CZ; de la bulgarie=BG
trailing-words | la capitale {} c'est quoi déjà j'ai un trou | de la serbie=RS; de l'albanie=AL; de la macédoine du nord=MK
trailing-words | c'est quoi la capitale {} merci ma belle | du chili=CL; du pérou=PE; de la colombie=CO
trailing-words | c'est quoi la capitale {} merci bonne journée | de l'irak=IQ; de l'iran=IR; de l'afghanistan=AF | fr-CA
trailing-words | la capitale {} c'est quoi en tout cas | du koweït=KW; de bahreïn=BH; de l'arabie saoudite=SA | fr-CA

filler-hesitation | euh attends c'est quoi la capitale {} | de la libye=LY; de l'égypte=EG; du soudan du sud=SS
filler-hesitation | bah euh la capitale {} c'est | du sénégal=SN; de la guinée=GN; de la guinée-bissau=GW
filler-hesitation | hum comment dire la capitale {} | de l'indonésie=ID; des philippines=PH; de la thaïlande=TH
filler-hesitation | euh euh quelle est la capitale {} | de singapour=SG; de la malaisie=MY; du myanmar=MM
filler-hesitation | ben voyons donc c'est quoi la capitale {} | de l'éthiopie=ET; de l'ouganda déjà=UG; de madagascar=MG | fr-CA
filler-hesitation | euh ouin la capitale {} | de la turquie=TR; de la russie=RU; de la chine=CN | fr-CA
filler-hesitation | ah pis euh la capitale {} c'est-tu | du japon=JP; de la corée du sud=KR; de taïwan=TW | fr-CA

# Corsica, the Basque country and Béarn, Savoie, pied-noir grandparents.
regional-france | ô alexa dis-moi la capitale {} | de l'italie=IT; de saint-marin=SM; de monaco=MC
regional-france | aiò la capitale {} c'est quoi | de malte=MT; de la sardaigne non de l'italie=IT; de la croatie=HR
regional-france | adiu alexa quelle est la capitale {} | de l'argentine=AR; des fidji hein=FJ; des samoa=WS
regional-france | hein dis voir pas la capitale {} | de la suisse=CH; du liechtenstein=LI; de l'andorre=AD
regional-france | purée comment elle s'appelle la capitale {} | de l'algérie déjà=DZ; de la tunisie déjà=TN; du maroc déjà=MA
regional-france | dis donc toi tu sais la capitale {} | de l'australie=AU; de la nouvelle-zélande=NZ; du canada=CA
regional-france | oh fan la capitale {} je l'ai sur le bout de la langue | du brésil=BR; du mexique=MX; des états-unis=US

# Canadian speech.
quebecois | heille c'est quoi la capitale {} | de la nouvelle-écosse=CA-NS; du nouveau-brunswick=CA-NB; de l'île-du-prince-édouard=CA-PE | fr-CA
quebecois | tabarouette c'est quoi la capitale {} | du nunavut=CA-NU; du yukon=CA-YT; des territoires du nord-ouest=CA-NT | fr-CA
quebecois | câline c'est quoi déjà la capitale {} | de la colombie-britannique=CA-BC; de terre-neuve=CA-NL; de l'ontario=CA-ON | fr-CA
quebecois | m'a te poser une question c'est quoi la capitale {} | du québec=CA-QC; de la belgique=BE; de la france=FR | fr-CA
quebecois | enweille dis-moi la capitale {} | de l'allemagne=DE; de l'angleterre=GB-ENG; de l'écosse=GB-SCT | fr-CA
quebecois | chu pas sûr c'est quoi la capitale {} | du danemark=DK; de la hongrie=HU; de l'inde=IN | fr-CA
quebecois | calvaire je m'en rappelle pu c'est quoi la capitale {} | de l'australie=AU; de la norvège=NO; d'israël=IL | fr-CA
quebecois | fait que c'est quoi la capitale {} astheure | du kazakhstan=KZ; du myanmar=MM; de la côte d'ivoire=CI | fr-CA
quebecois | tsé veux dire c'est quoi la capitale {} | du groenland=GL; de l'islande=IS; de la finlande=FI | fr-CA
quebecois | y'a quelqu'un qui sait la capitale {} | du portugal=PT; du luxembourg=LU; de la roumanie=RO | fr-CA
quebecois | ma blonde veut savoir la capitale {} | de la jamaïque=JM; des bahamas=BS; de la barbade=BB | fr-CA
quebecois | c'est quoi la capitale {} tiguidou merci | de la grèce=GR; de l'égypte=EG; de la turquie=TR | fr-CA

# English mixed in.
anglicism | what's the capital {} en français | du sénégal=SN; du cameroun=CM; du burkina faso=BF | fr-CA
anglicism | c'est quoi la capital city {} | de l'australie=AU; du brésil=BR; de l'inde=IN | fr-CA
anglicism | so genre c'est quoi la capitale {} | de l'argentine=AR; du chili=CL; du pérou=PE | fr-CA
anglicism | okay wait c'est quoi la capitale {} | de la suède=SE; de la pologne=PL; de l'ukraine=UA | fr-CA
anglicism | alexa what is la capitale {} | du japon=JP; de la chine=CN; de la russie=RU
anglicism | how do you say la capitale {} | de l'allemagne=DE; de la hongrie=HU; de l'autriche=AT
anglicism | go la capitale {} on check vite fait | du vietnam=VN; de la corée du sud=KR; de la thaïlande=TH

# Learners with slips.
learner | quelle est le capitale de {} | pays-bas=NL; portugal=PT; norvège=NO
learner | la capital de le {} c'est quoi | mexique=MX; japon=JP; canada=CA
learner | comment on dit la capitale de la {} | angleterre=GB-ENG; irlande=IE; écosse=GB-SCT
learner | je veux savoir le capitale de {} s'il vous plaît | chine=CN; corée du sud=KR; vietnam=VN
learner | excusez-moi où est la capitale de {} | roumanie=RO; moldavie=MD; bulgarie=BG
learner | what is how do you say capitale de {} | espagne=ES; italie=IT; grèce=GR | fr-CA

# Children.
child-speech | alexa c'est quoi la capitale {} maman elle sait pas | du japon=JP; de l'afrique=FB; de la chine=CN
child-speech | dis alexa c'est vrai que la capitale {} c'est | de l'italie c'est rome=IT; de la russie c'est moscou=RU; de l'égypte c'est le caire=EG
child-speech | alexa alexa la capitale {} | des pingouins=FB; du pôle nord=FB; de l'antarctique=AQ
child-speech | moi je veux savoir la capitale {} | du brésil=BR; du kenya=KE; de l'inde=IN | fr-CA
child-speech | alexa la maîtresse elle a dit la capitale {} c'est quoi | de l'australie=AU; du canada=CA; de la norvège=NO
child-speech | c'est quoi la capitale {} pour mon devoir | de la tanzanie=TZ; du maroc=MA; du pérou=PE | fr-CA

# Elders, vous.
elder-vous | mademoiselle alexa quelle est la capitale {} | de la yougoslavie=FB; du portugal=PT; de la tchécoslovaquie=FB
elder-vous | dites-moi voulez-vous la capitale {} | de la perse=IR; du siam=TH; de ceylan=LK
elder-vous | je ne me souviens plus de la capitale {} | du dahomey=BJ; de l'abyssinie=ET; de la haute-volta=BF
elder-vous | pardon je n'ai pas entendu la capitale {} | du zaïre=CD; de la rhodésie=ZW; de la birmanie=MM
elder-vous | vous pouvez répéter plus fort la capitale {} | de l'égypte=EG; de la turquie=TR; de l'algérie=DZ
elder-vous | excusez-moi madame quelle est la capitale {} | de la russie=RU; de l'espagne=ES; de la belgique=BE | fr-CA

# Recognition artefacts.
recognition | quel est la capital {} | de la norvege=NO; de la suede=SE; de l'equateur=EC
recognition | quelle est la capitale {} alexa | du kirghistan=KG; de l'ouzbekistan=UZ; du turkmenistan=TM
recognition | c est quoi la capitale {} | de l estonie=EE; d oman=OM; de l inde=IN
recognition | quelle est la capitale de {} | la republique tcheque=CZ; la bielorussie=BY; la coree du nord=KP
recognition | quel et la capitale {} | du mozambic=MZ; du zimbabue=ZW; de la zambi=ZM
recognition | c'est quoi la capitale {} déjà | dla slovaquie=SK; dla lettonie=LV; dla libye=LY
recognition | alexa quelle est la capitale {} | du bostwana=BW; de la nouvelle zelande=NZ; de trinite et tobago=TT
recognition | capital {} | du koweit=KW; de l'azerbaidjan=AZ; du tadjikistant=TJ | fr-CA
recognition | ces quoi la capital {} | du cap vert=CV; de sao tome=ST; de la guinee equatoriale=GQ | fr-CA
recognition | quelle est la capital {} | des emirats arabes unis=AE; de lafghanistan=AF; de l'erythree=ER | fr-CA
recognition | cest quoi la capitale {} | du nepal=NP; de l'eritré=ER; du benin=BJ

# Quiz shows and games.
quiz-game | question pour mille euros quelle est la capitale {} | du pakistan=PK; de l'irak=IQ; du soudan=SD
quiz-game | pour le quiz du pub c'est quoi la capitale {} | de la mongolie=MN; du laos=LA; du bhoutan=BT
quiz-game | au petit bac il me faut la capitale {} | du burundi=BI; de la gambie=GM; du tchad=TD
quiz-game | on joue au trivial c'est quoi la capitale {} | du nicaragua=NI; du honduras=HN; de la dominique=DM
quiz-game | dans les mots croisés la capitale {} en cinq lettres | du ghana=GH; de l'équateur=EC; de la jordanie=JO
quiz-game | j'ai gagé une bière avec mon chum c'est quoi la capitale {} | de la slovaquie=SK; de la lettonie=LV; de la suisse=CH | fr-CA
quiz-game | au jeu questionnaire c'est quoi la capitale {} | de la nouvelle-zélande=NZ; des philippines=PH; de l'irlande=IE | fr-CA
quiz-game | à la soirée quiz on se chicane c'est quoi la capitale {} | du nigeria=NG; de la turquie=TR; de l'australie=AU | fr-CA

# Travel.
travel | je pars en voyage c'est quoi la capitale {} | du costa rica=CR; de la colombie=CO; de cuba=CU
travel | on atterrit bientôt quelle est la capitale {} | de l'islande=IS; du kenya=KE; de la jordanie=JO
travel | avec le camping-car on passe par la capitale {} c'est laquelle | de la slovénie=SI; de la croatie=HR; de l'albanie=AL
travel | on fait un road trip c'est quoi la capitale {} | de l'arizona=US-AZ; du nevada=US-NV; de l'utah=US-UT | fr-CA
travel | on descend dans le sud c'est quoi la capitale {} | de la floride=US-FL; de la caroline du sud=US-SC; de la virginie=US-VA | fr-CA

# News and sport.
news-sport | aux infos ils parlent de la capitale {} c'est laquelle | du soudan=SD; du yémen=YE; d'haïti=HT
news-sport | pour le mondial de rugby quelle est la capitale {} | des fidji=FJ; des samoa=WS; des tonga=TO
news-sport | aux jeux olympiques c'est quoi la capitale {} | de la jamaïque=JM; de l'éthiopie=ET; du kenya=KE
news-sport | pendant le match de hand quelle est la capitale {} | du danemark=DK; de l'égypte=EG; de la norvège=NO
news-sport | à tout le monde en parle ils ont dit la capitale {} c'était quoi | du niger=NE; de l'ukraine=UA; du venezuela=VE | fr-CA
news-sport | le canadien joue à soir contre l'équipe {} c'est quoi la capitale de cet état-là | du tennessee=US-TN; du minnesota=US-MN; du colorado=US-CO | fr-CA

# Follow-ups: one turn after an earlier question.
follow-up | et {} | pour le pérou=PE; la bolivie aussi=BO; pour l'équateur alors=EC
follow-up | et celle {} | du paraguay=PY; de l'uruguay=UY; du guyana=GY
follow-up | ok et {} alors | le suriname=SR; la guyane=GF; le belize=BZ
follow-up | d'accord et pour {} | la slovénie=SI; la bosnie=BA; le kosovo=XK
follow-up | pis {} | le maine=US-ME; le vermont=US-VT; le new hampshire=US-NH | fr-CA
follow-up | et {} c'est quoi | le massachusetts=US-MA; le connecticut=US-CT; le rhode island=US-RI | fr-CA
follow-up | pis {} tant qu'à y être | l'ohio=US-OH; le michigan=US-MI; l'indiana=US-IN | fr-CA
follow-up | super et la capitale {} maintenant | du liechtenstein=LI; du luxembourg=LU; de monaco=MC
follow-up | et {} tu sais | le gabon=GA; le congo-brazzaville=CG; la centrafrique=CF
follow-up | même question pour {} | le tchad=TD; le soudan du sud=SS; l'érythrée=ER
follow-up | même affaire pour {} | la gaspésie non le nouveau-brunswick=CA-NB; la nouvelle-écosse=CA-NS; l'île-du-prince-édouard=CA-PE | fr-CA
follow-up | ah bon et {} | la mauritanie=MR; le sahara occidental=EH; les comores=KM

# Several capitals, asked in the plural.
plural-capitals | quelles sont les capitales {} | de l'afrique du sud=ZA; de la bolivie=BO; du bénin=BJ
plural-capitals | c'est quoi les deux capitales {} | des pays-bas=NL; de la malaisie=MY; du sri lanka=LK
plural-capitals | pourquoi il y a deux capitales {} c'est lesquelles | en côte d'ivoire=CI; en bolivie=BO; au bénin=BJ
plural-capitals | l'afrique du sud a trois capitales tu peux me les donner | ZA
plural-capitals | donne-moi toutes les capitales {} | de l'eswatini=SZ; de la palestine=PS; de la côte d'ivoire=CI
plural-capitals | c'est quoi les capitales {} | du swaziland=SZ; des pays-bas=NL; de la malaisie=MY | fr-CA
plural-capitals | combien de capitales {} pis c'est quoi | en afrique du sud=ZA; au sri lanka=LK; en malaisie=MY | fr-CA
plural-capitals | les capitales {} c'est lesquelles | de la hollande=NL; de la palestine=PS; de l'eswatini=SZ | fr-CA
plural-capitals | il me semble que le bénin a deux capitales c'est quoi | BJ | fr-CA
plural-capitals | la bolivie elle a combien de capitales et elles s'appellent comment | BO
plural-capitals | quelles sont les villes capitales de la palestine | PS

# Subdivisions.
subdivision | quelle est la capitale de l'état {} | du texas=US-TX; de californie=US-CA; de l'oregon=US-OR
subdivision | c'est quoi la capitale de l'état {} | de new york=US-NY; du wisconsin=US-WI; de l'illinois=US-IL | fr-CA
subdivision | la capitale de la province {} c'est quoi | de l'alberta=CA-AB; de québec=CA-QC; de l'ontario=CA-ON | fr-CA
subdivision | quel est le chef-lieu {} | de la guadeloupe=GP; de la martinique=MQ; de la réunion=RE
subdivision | quelle est la capitale du land {} | de bavière=DE-BY; de saxe=DE-SN; de hesse=DE-HE
subdivision | c'est quoi la capitale {} en allemagne | du bade-wurtemberg=DE-BW; de la rhénanie-palatinat=DE-RP; de la basse-saxe=DE-NI
subdivision | la capitale de l'état {} au mexique | du yucatán=MX-YUC; de jalisco=MX-JAL; d'oaxaca=MX-OAX
subdivision | quelle est la capitale de l'état indien {} | du kerala=IN-KL; du rajasthan=IN-RJ; du gujarat=IN-GJ
subdivision | la capitale de l'état {} au brésil | de bahia=BR-BA; du paraná=BR-PR; de minas gerais=BR-MG
subdivision | quelle est la capitale {} en australie | du queensland=AU-QLD; de la tasmanie=AU-TAS; de l'australie-occidentale=AU-WA
subdivision | c'est quoi la capitale {} | de l'écosse=GB-SCT; du pays de galles=GB-WLS; de l'irlande du nord=GB-NIR
subdivision | la capitale {} c'est laquelle | de la louisiane=US-LA; du kentucky=US-KY; de l'alaska=US-AK | fr-CA
subdivision | capitale de l'état {} | du montana=US-MT; du dakota du sud=US-SD; du nebraska=US-NE | fr-CA
subdivision | c'est quoi la ville capitale {} | du missouri=US-MO; de la pennsylvanie=US-PA; de l'iowa=US-IA | fr-CA
subdivision | quelle est la capitale {} | du mecklembourg-poméranie-occidentale=DE-MV; de la sarre=DE-SL; du schleswig-holstein=DE-SH

# Yes/no checks: the place asked about.
yes-no-check | est-ce que la capitale {} | du canada c'est toronto=CA; de l'australie c'est sydney=AU; du brésil c'est rio=BR
yes-no-check | c'est bien {} | berne la capitale de la suisse=CH; ankara la capitale de la turquie=TR; rabat la capitale du maroc=MA
yes-no-check | j'ai raison de dire que la capitale {} | du nigeria c'est abuja=NG; de la tanzanie c'est dodoma=TZ; du myanmar c'est naypyidaw=MM
yes-no-check | heille la capitale {} | des états-unis c'est-tu new york=US; de la californie c'est-tu los angeles=US-CA; de la floride c'est-tu miami=US-FL | fr-CA
yes-no-check | c'est vrai que {} | toronto c'est pas la capitale du canada=CA; québec c'est la capitale du québec=CA-QC; halifax c'est la capitale de la nouvelle-écosse=CA-NS | fr-CA
yes-no-check | mon chum dit que la capitale {} a-t-il raison | du kazakhstan c'est astana=KZ; de la turquie c'est istanbul=TR; du pakistan c'est karachi=PK | fr-CA
yes-no-check | vérifie-moi un truc la capitale {} | du vietnam c'est bien hanoï=VN; de la bolivie c'est la paz=BO; de la côte d'ivoire c'est abidjan=CI
yes-no-check | est-ce que {} | genève est la capitale de la suisse=CH; sydney est la capitale de l'australie=AU; marrakech est la capitale du maroc=MA
yes-no-check | dis-moi si je me trompe la capitale {} | de l'inde c'est new delhi=IN; du sri lanka c'est colombo=LK; de l'allemagne c'est berlin=DE

# Self-corrections: the place said last.
self-correction | la capitale {} | du pérou non pardon du chili=CL; de l'autriche euh non de l'australie=AU; de la suède enfin de la suisse=CH
self-correction | c'est quoi encore la capitale {} | de l'iran oups de l'irak=IQ; de la slovaquie attends non de la slovénie=SI; du niger non du nigeria=NG
self-correction | bon quelle est la capitale {} | de la guinée je voulais dire de la guinée équatoriale=GQ; de l'angola euh de l'andorre=AD; du mali non pas du mali du malawi=MW
self-correction | c'est quoi ça la capitale {} | de la colombie pas la colombie-britannique le pays=CO; du manitoba non de la saskatchewan=CA-SK; du maine euh du vermont=US-VT | fr-CA
self-correction | dis-moi la capitale {} | de l'autriche euh non de l'allemagne=DE; de la lettonie ah non de la lituanie=LT; de la corée du sud non du nord=KP | fr-CA
self-correction | capitale {} vas-y | de la gambie non de la zambie=ZM; du honduras euh du salvador=SV; de la dominique enfin de la république dominicaine=DO
self-correction | la capitale {} attends je me suis trompé | du soudan du soudan du sud=SS; de l'ouganda non du rwanda=RW; du gabon du ghana=GH

# Reverse questions: every place with that capital.
reverse-question | {} c'est la capitale de quel pays | ouagadougou=CITY:Ouagadougou; tegucigalpa=CITY:Tegucigalpa; oulan-bator=CITY:Oulan-Bator
reverse-question | de quel pays {} est la capitale | bichkek=CITY:Bichkek; vientiane=CITY:Vientiane; paramaribo=CITY:Paramaribo
reverse-question | {} c'est où | antananarivo=CITY:Antananarivo; nouakchott=CITY:Nouakchott; erevan=CITY:Erevan
reverse-question | {} c'est la capitale de quoi | libreville=CITY:Libreville; canberra=CITY:Canberra; wellington=CITY:Wellington | fr-CA
reverse-question | {} c'est la capitale de quelle province | regina=CITY:Regina; fredericton=CITY:Fredericton; charlottetown=CITY:Charlottetown | fr-CA
reverse-question | quel pays a pour capitale {} | bamako=CITY:Bamako; lusaka=CITY:Lusaka; windhoek=CITY:Windhoek
reverse-question | {} c'est la capitale de quel état | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; bismarck=CITY:Bismarck | fr-CA
reverse-question | la ville de {} elle est capitale de quoi | victoria=CITY:Victoria; kingston=CITY:Kingston; saint-denis=CITY:Saint-Denis
reverse-question | {} ça se trouve dans quel pays c'est une capitale | tachkent=CITY:Tachkent; douchanbé=CITY:Douchanbé; achgabat=CITY:Achgabat
reverse-question | c'est quel pays qui a {} comme capitale | asmara=CITY:Asmara; mogadiscio=CITY:Mogadiscio; djibouti=CITY:Djibouti | fr-CA

# Official names.
official-name | et quelle est la capitale {} | de la république populaire de chine=CN; de la confédération helvétique=CH; du royaume hachémite de jordanie=JO
official-name | dites-moi la capitale {} | de la république fédérale d'allemagne=DE; des états-unis mexicains=MX; de la république islamique d'iran=IR
official-name | la capitale {} je vous prie | du royaume de belgique=BE; de la république argentine=AR; du grand-duché de luxembourg=LU
official-name | la capitale {} s'il vous plaît | de la république arabe d'égypte=EG; de la fédération de russie=RU; de la république hellénique=GR
official-name | tu pourrais me dire la capitale {} | de la république démocratique du congo=CD; du royaume-uni de grande-bretagne et d'irlande du nord=GB; de l'état plurinational de bolivie=BO
official-name | c'est quoi au juste la capitale {} | de la république populaire démocratique de corée=KP; de la république bolivarienne du venezuela=VE; de la république orientale de l'uruguay=UY | fr-CA
official-name | capitale {} c'est quoi ça | de la principauté de monaco=MC; du royaume d'espagne=ES; de la république socialiste du viêt nam=VN | fr-CA
official-name | ok quelle est la capitale {} | des états-unis d'amérique=US; de la république fédérative du brésil=BR; du royaume du maroc=MA | fr-CA
official-name | et la capitale {} c'est quoi | de la république algérienne démocratique et populaire=DZ; de la république de corée=KR; de la république tunisienne=TN

# Everyday names.
everyday-name | la capitale {} c'est quoi | des states=US; de l'amérique=US; des usa=US | fr-CA
everyday-name | quelle est la capitale {} en fait | de la hollande=NL; de la grande-bretagne=GB; du congo-kinshasa=CD
everyday-name | c'est quoi la capitale {} tu sais toi | de la rdc=CD; de la centrafrique=CF; du burkina=BF
everyday-name | la capitale {} elle est où | de la bosnie=BA; de la macédoine=MK; des émirats=AE
everyday-name | capitale {} merci | de la papouasie=PG; de terre-neuve=CA-NL; de saint-kitts=KN
everyday-name | quelle est la capitale {} déjà | de la république tchèque=CZ; de la guinée-conakry=GN; du cabo verde=CV | fr-CA
everyday-name | capitale {} mettons | de trinidad=TT; de l'antigua=AG; de saint-vincent=VC | fr-CA

# Old names.
old-name | la capitale {} aujourd'hui c'est quoi | de la gold coast=GH; de l'oubangui-chari=CF; du nyassaland=MW
old-name | quelle était la capitale {} devenue quoi | de la rhodésie du nord=ZM; du bechuanaland=BW; du basutoland=LS
old-name | c'est quoi la capitale {} maintenant | des nouvelles-hébrides=VU; du honduras britannique=BZ; de la côte française des somalis=DJ
old-name | capitale {} comme on disait avant | du soudan français=ML; de la guinée portugaise=GW; du kampuchéa=KH | fr-CA
old-name | tu connais la capitale {} | de formose=TW; de la russie blanche=BY; du tanganyika=TZ

# Shared names: every place the name names.
shared-name | c'est quoi alors la capitale {} | du congo=CD+CG; de la corée=KP+KR; des îles vierges=VG+VI
shared-name | quelle est la capitale {} stp | des deux congo=CD+CG; des deux corées=KP+KR; de la géorgie=GE+US-GA
shared-name | les capitales {} | des congos=CD+CG; des corées=KP+KR; des dakotas=US-ND+US-SD | fr-CA
shared-name | la capitale {} c'est quoi ça | du congo là=CD+CG; de la géorgie là=GE+US-GA; des carolines=US-NC+US-SC | fr-CA
shared-name | donne-moi donc la capitale {} | de la corée s'il te plaît=KP+KR; du congo s'il te plaît=CD+CG; de la géorgie s'il te plaît=GE+US-GA

# Overseas France and territories.
territory | quelle est la préfecture {} | de la guyane=GF; de mayotte=YT; de saint-pierre-et-miquelon=PM
territory | c'est quoi le chef-lieu {} | de la polynésie française=PF; de la nouvelle-calédonie=NC; de wallis-et-futuna=WF
territory | la capitale {} tu la connais | de saint-barthélemy=BL; des terres australes françaises=TF; du groenland=GL
territory | capitale {} on dit quoi | des îles féroé=FO; des îles åland=AX; de gibraltar=GI
territory | quelle est la capitale {} donc | des bermudes=BM; des îles caïmans=KY; de porto rico=PR | fr-CA
territory | c'est quoi la capitale {} câline | de guam=GU; des samoa américaines=AS; des îles cook=CK | fr-CA
territory | la capitale {} c'est laquelle déjà | de jersey=JE; de guernesey=GG; de l'île de man=IM
territory | c'est quoi la capitale {} dans les caraïbes | de curaçao=CW; d'aruba=AW; de sint-maarten=SX
territory | la capitale du territoire {} | de la capitale australienne=AU-ACT; du nord en australie=AU-NT; de hong kong=HK
territory | capitale {} ça existe-tu | de macao=MO; de l'antarctique=AQ; des malouines=FK | fr-CA

# Out of domain, with near misses.
out-of-domain | combien d'habitants il y a au pérou | FB
out-of-domain | quelle langue on parle au brésil | FB
out-of-domain | c'est quoi la monnaie de la suisse | FB
out-of-domain | de quelle couleur est le drapeau de l'irlande | FB
out-of-domain | qui est le président du sénégal | FB
out-of-domain | combien il y a de pays en afrique | FB
out-of-domain | quelle est la plus grande ville du canada | FB | fr-CA
out-of-domain | c'est quoi le plus grand pays du monde | FB
out-of-domain | où se trouve le laos sur la carte | FB
out-of-domain | quelle est la distance entre paris et ajaccio | FB
out-of-domain | comment on écrit capitale en lettres capitales | FB
out-of-domain | c'est quoi la peine capitale | FB
out-of-domain | c'est quoi un capital social pour une entreprise | FB
out-of-domain | comment faire fructifier mon capital | FB
out-of-domain | quels sont les sept péchés capitaux | FB
out-of-domain | quelle ville est capitale européenne de la culture cette année | FB
out-of-domain | c'est quoi la capitale mondiale du fromage | FB
out-of-domain | quel temps il fait à bastia | FB
out-of-domain | quelle heure il est à tokyo | FB
out-of-domain | mets france bleu pays basque | FB
out-of-domain | joue la playlist de jul | FB
out-of-domain | mets un minuteur de douze minutes pour les pâtes | FB
out-of-domain | ajoute de la semoule à la liste de courses | FB
out-of-domain | allume la lumière de la cuisine | FB
out-of-domain | raconte-moi une blague sur les belges | FB
out-of-domain | quel est le fuseau horaire de la réunion | FB
out-of-domain | comment on dit merci en portugais | FB
out-of-domain | traduis capitale en anglais | FB
out-of-domain | qui a gagné le tour de france l'an dernier | FB
out-of-domain | c'est quoi le score du match de rugby | FB
out-of-domain | quel est le plus long fleuve d'afrique | FB
out-of-domain | combien de régions en france | FB
out-of-domain | c'est quoi le département soixante-quatre | FB
out-of-domain | quel est l'indicatif téléphonique de la corse | FB
out-of-domain | quelle est la population de lyon | FB
out-of-domain | quelle est la superficie de la belgique | FB
out-of-domain | quel est le point culminant de l'espagne | FB
out-of-domain | qui a fondé la ville de québec | FB | fr-CA
out-of-domain | quel est l'hymne national du cameroun | FB
out-of-domain | à quelle heure ferme la pharmacie | FB
out-of-domain | appelle mamie | FB
out-of-domain | lis-moi mes messages | FB
out-of-domain | quel vin va avec le couscous | FB
out-of-domain | c'est quoi un sushi maki | FB
out-of-domain | donne-moi une recette de boeuf bourguignon | FB
out-of-domain | combien de temps de vol pour montréal | FB
out-of-domain | est-ce qu'il faut un visa pour le vietnam | FB
out-of-domain | quel est le taux de change du dollar canadien | FB | fr-CA
out-of-domain | quelle est la météo à gaspé demain | FB | fr-CA
out-of-domain | mets la radio de radio-canada | FB | fr-CA
out-of-domain | c'est quand la prochaine game du canadien | FB | fr-CA
out-of-domain | combien ça coûte un billet pour cuba | FB | fr-CA
out-of-domain | quelle est la plus grosse ville du québec | FB | fr-CA
out-of-domain | c'est quoi la province la plus peuplée | FB | fr-CA
out-of-domain | quand est-ce que le carnaval de québec commence | FB | fr-CA
out-of-domain | c'est quoi la recette du sucre à la crème | FB | fr-CA
out-of-domain | combien y'a de provinces au canada | FB | fr-CA
out-of-domain | qui est le premier ministre de l'alberta | FB | fr-CA
out-of-domain | c'est quoi la capitale en majuscule sur le clavier | FB | fr-CA
out-of-domain | une lettre capitale c'est quoi | FB | fr-CA
out-of-domain | c'est-tu loin chibougamau de chicoutimi | FB | fr-CA
out-of-domain | ouvre spotify | FB | fr-CA
out-of-domain | mets de la musique country | FB | fr-CA
out-of-domain | éteins la télé dans le salon | FB | fr-CA
out-of-domain | quel est le plus grand lac du canada | FB | fr-CA
out-of-domain | y'a combien de monde à montréal | FB | fr-CA
out-of-domain | c'est quoi la monnaie au mexique | FB | fr-CA
out-of-domain | quel âge a céline dion | FB | fr-CA
out-of-domain | quelle est la capitale de la france en l'an mil | FB
out-of-domain | quelle capitale est la plus au nord du monde | FB
out-of-domain | quelle est la plus vieille capitale d'europe | FB
out-of-domain | combien de capitales en europe | FB
out-of-domain | quelle est la capitale la plus peuplée d'afrique | FB | fr-CA
out-of-domain | donne-moi le nom d'une capitale qui commence par z | FB
out-of-domain | quel pays a la plus petite capitale | FB | fr-CA
out-of-domain | quelle langue parle-t-on à berne | FB
out-of-domain | combien d'habitants à nairobi | FB
out-of-domain | quel temps fait-il à ottawa | FB | fr-CA
out-of-domain | c'est quoi le meilleur resto à québec | FB | fr-CA
out-of-domain | quel est le drapeau avec une feuille d'érable | FB | fr-CA
out-of-domain | gg alexa lance une partie de fortnite | FB
out-of-domain | tkt alexa mets-moi du rap | FB
out-of-domain | qui va gagner la coupe du monde de hand | FB
out-of-domain | quelle est la hauteur du mont blanc | FB
out-of-domain | c'est combien l'essence aujourd'hui | FB
out-of-domain | rappelle-moi de sortir les poubelles | FB
out-of-domain | alexa quelle est ta couleur préférée | FB
out-of-domain | est-ce que tu m'aimes alexa | FB
out-of-domain | c'est quoi le contraire de capitale | FB
out-of-domain | combien font sept fois huit | FB
out-of-domain | réveille-moi à six heures | FB
out-of-domain | le capital de mon assurance vie il est de combien | FB
out-of-domain | c'est quoi une ville préfecture | FB
out-of-domain | où est-ce qu'on a enterré napoléon | FB

# Help.
help | aide-moi | HELP
help | j'ai besoin d'aide avec capitales du monde | HELP
help | comment ça marche ton truc | HELP
help | qu'est-ce que je peux te demander | HELP
help | qu'est-ce que tu sais faire au juste | HELP
help | je comprends rien explique-moi | HELP
help | c'est quoi les règles | HELP
help | je dis quoi pour avoir une capitale | HELP
help | euh comment on fait | HELP
help | tu peux m'expliquer comment ça fonctionne | HELP
help | aide s'il vous plaît | HELP
help | à l'aide je suis perdu | HELP
help | je sais pas quoi dire aide-moi | HELP
help | explique-moi comment on utilise le jeu des capitales | HELP
help | qu'est-ce que je suis censé dire | HELP
help | comment je fais pour te parler | HELP
help | c'est quoi les commandes | HELP | fr-CA
help | je suis mêlé aide-moi donc | HELP | fr-CA
help | comment ça marche c't'affaire-là | HELP | fr-CA
help | peux-tu m'aider j'comprends pas | HELP | fr-CA
help | qu'est-ce que je peux dire là | HELP | fr-CA
help | aide-moi un peu là | HELP | fr-CA
help | c'est quoi que je peux te demander | HELP | fr-CA
help | comment on joue à ça | HELP | fr-CA

# Stop.
stop | stop alexa | STOP
stop | arrête | STOP
stop | arrête-toi là | STOP
stop | tais-toi un peu | STOP
stop | ça suffit pour aujourd'hui | STOP
stop | chut alexa | STOP
stop | stop stop stop | STOP
stop | arrête de parler | STOP
stop | c'est fini on arrête | STOP
stop | bon on arrête là merci | STOP
stop | arrête le jeu | STOP
stop | quitte capitales du monde | STOP
stop | stop merci alexa | STOP
stop | ferme capitales du monde | STOP
stop | arrête ça | STOP | fr-CA
stop | arrête astheure | STOP | fr-CA
stop | c'est assez là | STOP | fr-CA
stop | farme-toé | STOP | fr-CA
stop | stop là | STOP | fr-CA
stop | bon ben bye alexa | STOP | fr-CA
stop | arrête ça tout de suite | STOP | fr-CA
stop | ok arrête là c'est assez | STOP | fr-CA
stop | quitter | STOP | fr-CA
stop | arrête ça là merci | STOP | fr-CA

# Cancel.
cancel | annule | CANCEL
cancel | annuler | CANCEL
cancel | laisse tomber | CANCEL
cancel | oublie ça | CANCEL
cancel | non rien laisse tomber | CANCEL
cancel | annule ma question | CANCEL
cancel | oublie ce que j'ai dit | CANCEL
cancel | non laisse tomber c'est pas grave | CANCEL
cancel | annule s'il te plaît | CANCEL
cancel | bah non en fait laisse tomber | CANCEL
cancel | oublie la question | CANCEL
cancel | annule tout | CANCEL
cancel | laisse faire | CANCEL | fr-CA
cancel | annule ça | CANCEL | fr-CA
cancel | oublie ça là | CANCEL | fr-CA
cancel | laisse faire c'est correct | CANCEL | fr-CA
cancel | non non annule | CANCEL | fr-CA
cancel | laisse faire ma question | CANCEL | fr-CA
cancel | oublie ça pantoute | CANCEL | fr-CA
cancel | ben non laisse faire | CANCEL | fr-CA
cancel | annule la question là | CANCEL | fr-CA
cancel | laisse faire oublie ça | CANCEL | fr-CA
cancel | non oublie ça j'ai trouvé | CANCEL
cancel | annule annule | CANCEL

# Launch.
launch | ouvre capitales du monde | LAUNCH
launch | lance capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde | LAUNCH
launch | démarre capitales du monde | LAUNCH
launch | je veux jouer à capitales du monde | LAUNCH
launch | lance le jeu capitales du monde | LAUNCH
launch | ouvre-moi capitales du monde s'il te plaît | LAUNCH
launch | on lance capitales du monde | LAUNCH
launch | vas-y lance capitales du monde | LAUNCH
launch | ouvre capitales du monde stp | LAUNCH | fr-CA
launch | part capitales du monde | LAUNCH | fr-CA
launch | peux-tu ouvrir capitales du monde | LAUNCH | fr-CA
launch | démarre-moi capitales du monde | LAUNCH | fr-CA
launch | j'veux jouer à capitales du monde | LAUNCH | fr-CA
launch | ouvre l'application capitales du monde | LAUNCH | fr-CA
launch | lance capitales du monde pour les enfants | LAUNCH

# One-shot requests through the invocation name.
one-shot | demande à capitales du monde la capitale {} | du kenya=KE; de la zambie=ZM; de l'ouzbékistan=UZ
one-shot | ouvre capitales du monde et dis-moi la capitale {} | de la mongolie=MN; des comores=KM; du suriname=SR
one-shot | demande à capitales du monde c'est quoi la capitale {} | du rwanda=RW; d'haïti=HT; du yukon=CA-YT | fr-CA
one-shot | lance capitales du monde pis dis-moi la capitale {} | du bhoutan=BT; de la barbade=BB; du nunavut=CA-NU | fr-CA
one-shot | capitales du monde quelle est la capitale {} | du burkina faso=BF; de la libye=LY; de l'érythrée=ER

# The wake word inside the sentence.
wake-word | c'est quoi alexa la capitale {} | du turkménistan=TM; de la namibie=NA; du brunei=BN
wake-word | la capitale {} alexa | de la grenade=GD; de sainte-lucie=LC; de la dominique=DM
wake-word | dis-moi alexa la capitale {} | des seychelles=SC; de maurice=MU; du cap-vert=CV | fr-CA
# Second batch, after the first build: the Pacific, and more help, stop, cancel, launch and out-of-domain lines.
direct-question | et la capitale {} c'est quoi alors | des îles marshall=MH; de la micronésie=FM; des palaos=PW
direct-question | quelle est la capitale {} dans le pacifique | de kiribati=KI; de nauru=NR; de tuvalu=TV
quiz-game | ils tournent koh-lanta là-bas c'est quoi la capitale {} | du timor oriental=TL; des palaos=PW; de tuvalu=TV
news-sport | au journal de vingt heures ils parlaient de la capitale {} | de kiribati=KI; de la micronésie=FM; des îles marshall=MH | fr-CA
recognition | euh quelle est la capitale {} | de naurou=NR; du timor=TL; des iles marshal=MH
subdivision | la capitale de l'état {} dans l'inde | du tamil nadu=IN-TN; du bengale-occidental=IN-WB; de goa=IN-GA
subdivision | c'est quoi la capitale {} au mexique | de veracruz=MX-VER; de sonora=MX-SON; du chiapas=MX-CHP | fr-CA
subdivision | la capitale {} au brésil c'est quoi | de pernambouc=BR-PE; du ceará=BR-CE; de l'amazonas=BR-AM | fr-CA
help | je suis bloqué comment on continue | HELP
help | tu fais quoi exactement | HELP
help | dis-moi comment t'utiliser | HELP
help | il faut dire quoi pour que ça marche | HELP
help | aide-moi là je sais pas comment faire | HELP | fr-CA
help | c'est comment que ça marche ton jeu | HELP | fr-CA
stop | arrête tout alexa | STOP
stop | assez alexa | STOP
stop | tais-toi maintenant | STOP
stop | arrête-toi s'il te plaît | STOP | fr-CA
stop | bon ben on arrête ça | STOP | fr-CA
stop | stop c'est fini | STOP | fr-CA
cancel | laisse tomber j'ai plus besoin | CANCEL
cancel | non c'est rien annule | CANCEL
cancel | annule la demande | CANCEL
cancel | laisse faire je vas chercher sur google | CANCEL | fr-CA
cancel | annule ça là c'est beau | CANCEL | fr-CA
cancel | non oublie ça finalement | CANCEL | fr-CA
launch | ouvrir capitales du monde | LAUNCH
launch | lance-moi capitales du monde | LAUNCH
launch | alexa démarre capitales du monde s'il te plaît | LAUNCH
launch | ok alexa part donc capitales du monde | LAUNCH | fr-CA
launch | alexa lance donc capitales du monde | LAUNCH | fr-CA
launch | on joue à capitales du monde | LAUNCH | fr-CA
out-of-domain | quelle est la religion principale en inde | FB
out-of-domain | quel est le pib de l'allemagne | FB
out-of-domain | qui est le roi du maroc | FB
out-of-domain | combien d'îles aux philippines | FB
out-of-domain | c'est quoi l'espérance de vie au japon | FB
out-of-domain | quelle est la langue officielle du cameroun | FB | fr-CA
out-of-domain | c'est quoi le décalage horaire avec la france | FB | fr-CA
out-of-domain | c'est où le nunavut sur la carte | FB | fr-CA
"""

if __name__ == "__main__":
    build_round(21, "fr", LINES, sys.argv, "tests/Eval/fr/round21/source/build_corpus.py")
