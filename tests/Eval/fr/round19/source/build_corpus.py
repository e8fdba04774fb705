"""Round 19, French (fr-FR and fr-CA): a new author's mix of speakers and situations, written blind. In France:
Parisians and people from the suburbs (young people's "wesh", "en vrai", "du coup", "jsp"), the South ("peuchère",
"té", "fan de chichourle", "oh con"), Alsace ("hopla", "gell", Länder across the Rhine), the North ("biloute"),
Belgians and Swiss living in France ("une fois", "tu sais me dire" for "can you", "septante", "nonante", "dis voir",
"adieu" as a greeting), the overseas departments (Antilles, Réunion, Guyane, Mayotte: their own chefs-lieux, their
neighbours, "doudou", "même" as a question tag), elders in the vous register with the country names of their school
days (Dahomey, Haute-Volta, Zaïre, Ceylan, Siam, Perse, Rhodésie). In Québec and Canada (fr-CA): "c'est quoi",
"c'tu" / "c'est-tu", "tu ... -tu", "pis", "là", "icitte", "coudonc", "tsé", "mettons", "j'sais pu", "ma blonde",
"mon chum", "le char", "dans le sud", anglicisms ("so", "anyway", "by the way", "checke", "full"), univers social
homework, génies en herbe, Radio-Canada. Situations: homework and tests, small children, "questions pour un champion"
style quiz nights and bets, crosswords, travel planning, the car, the kitchen, the news, sport; fillers ("euh", "ben",
"bah", "genre", "hum") and self-corrections; the French grammar of place names (de la, du, des, d', de l'; au, en, aux,
à) and its colloquial slips ("la capitale au japon", "la capitale en finlande"); and what speech recognition may write
(accents lost, elisions split or dropped: "de italie", "d israël", joined "dirlande", "capital" for "capitale",
hyphens lost, numbers as words).
`python3 tests/Eval/fr/round19/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 19's number; a fourth field names a line's locale, fr-FR when absent)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions, everyday register, mostly countries asked little.
direct-question | quelle est la capitale {} | du burkina faso=BF; de la mauritanie=MR; des comores=KM
direct-question | quelle ville est la capitale {} | du turkménistan=TM; de l'érythrée=ER; du malawi=MW
direct-question | c'est quelle ville déjà la capitale {} | du lesotho=LS; de la namibie=NA; du gabon=GA
direct-question | la capitale {} c'est quoi | de la lettonie=LV; du monténégro=ME; de l'arménie=AM
direct-question | la capitale {} c'est laquelle | de la slovaquie=SK; du paraguay=PY; de l'ouzbékistan=UZ
direct-question | quelle est la ville capitale {} | du honduras=HN; du nicaragua=NI; de la jamaïque=JM
direct-question | qu'est-ce que c'est la capitale {} | du tadjikistan=TJ; du kirghizstan=KG; de la moldavie=MD
direct-question | la capitale {} elle s'appelle comment | de l'albanie=AL; de la slovénie=SI; du zimbabwe=ZW
direct-question | comment s'appelle la capitale {} | du mozambique=MZ; de la zambie=ZM; du botswana=BW
direct-question | c'est quoi la capitale {} | du suriname=SR; de la guinée-bissau=GW; du bhoutan=BT | fr-CA
direct-question | c'est laquelle la capitale {} | de la guinée=GN; du soudan du sud=SS; du liberia=LR | fr-CA
direct-question | quelle est la capitale {} au juste | du guyana=GY; de l'eswatini=SZ; de la dominique=DM | fr-CA

# Polite requests, tu and vous.
polite-request | pourrais-tu me dire quelle est la capitale {} | de la croatie=HR; de l'estonie=EE; de la lituanie=LT
polite-request | est-ce que tu pourrais me donner la capitale {} | du cambodge=KH; du laos=LA; du myanmar=MM
polite-request | j'aimerais connaître la capitale {} s'il te plaît | du ghana=GH; du togo=TG; du bénin=BJ
polite-request | peux-tu m'indiquer la capitale {} | de l'équateur=EC; de l'uruguay=UY; du venezuela=VE
polite-request | dites-moi s'il vous plaît la capitale {} | du liban=LB; de la jordanie=JO; du koweït=KW
polite-request | alexa sois gentille dis-moi la capitale {} | de la tanzanie=TZ; du kenya=KE; de l'ouganda=UG
polite-request | pourrais-tu me dire c'est quoi la capitale {} | du rwanda=RW; du burundi=BI; de la somalie=SO | fr-CA
polite-request | tu serais-tu capable de me dire la capitale {} | de l'islande=IS; de la finlande=FI; du danemark=DK | fr-CA
polite-request | aurais-tu la gentillesse de me dire la capitale {} | de la mongolie=MN; du népal=NP; de brunei=BN | fr-CA

do-you-know | sais-tu quelle est la capitale {} | du qatar=QA; de bahreïn=BH; d'oman=OM
do-you-know | tu sais c'est quoi la capitale {} | du bangladesh=BD; du pakistan=PK; de l'afghanistan=AF
do-you-know | est-ce que tu connais la capitale {} | du kazakhstan=KZ; de l'azerbaïdjan=AZ; de la papouasie=PG
do-you-know | tu connaîtrais pas la capitale {} par hasard | de la sierra leone=SL; de la gambie=GM; du cap-vert=CV
do-you-know | sais-tu c'est quoi la capitale {} | de la barbade=BB; de la grenade=GD; de sainte-lucie=LC | fr-CA
do-you-know | tu le sais-tu toi la capitale {} | du costa rica=CR; du panama=PA; du guatemala=GT | fr-CA
do-you-know | as-tu une idée c'est quoi la capitale {} | des bahamas=BS; de trinité-et-tobago=TT; d'antigua=AG | fr-CA

# Terse and trailing words.
terse | capitale {} | du niger=NE; du tchad=TD; du mali=ML
terse | {} capitale | pérou=PE; chili=CL; cuba=CU
terse | la capitale {} vite | du soudan=SD; de la libye=LY; de la tunisie=TN
terse | capitale {} stp | des fidji=FJ; du vanuatu=VU; des tonga=TO | fr-CA
terse | capitale {} go | de l'ontario=CA-ON; du québec=CA-QC; du yukon=CA-YT | fr-CA
trailing-words | quelle est la capitale {} merci beaucoup | de la grèce=GR; de la hongrie=HU; de la roumanie=RO
trailing-words | c'est quoi la capitale {} déjà | de la bulgarie=BG; de la serbie=RS; de la bosnie=BA
trailing-words | la capitale {} s'il te plaît alexa | de l'autriche=AT; de la pologne=PL; de la tchéquie=CZ
trailing-words | c'est quoi la capitale {} donc | du maroc=MA; de l'algérie=DZ; de l'égypte=EG | fr-CA
trailing-words | c'est quoi la capitale {} merci ben gros | de la syrie=SY; de l'irak=IQ; de l'iran=IR | fr-CA

# Hesitations and fillers.
filler-hesitation | euh quelle est la capitale {} | de la thaïlande=TH; de l'indonésie=ID; des philippines=PH
filler-hesitation | ben euh c'est quoi la capitale {} | du vietnam=VN; de la malaisie=MY; de singapour=SG
filler-hesitation | genre c'est quoi la capitale {} | de la nouvelle-zélande=NZ; de l'australie=AU; de la papouasie-nouvelle-guinée=PG
filler-hesitation | bah attends euh la capitale {} c'est quoi | de l'éthiopie=ET; de djibouti=DJ; de l'érythrée=ER
filler-hesitation | alors euh voyons voir la capitale {} | du cameroun=CM; du congo brazzaville=CG; de la centrafrique=CF
filler-hesitation | heu comment dire la capitale {} tu vois | du portugal=PT; de l'espagne=ES; de l'italie=IT
filler-hesitation | bon ben euh la capitale {} | de la suède=SE; de la norvège=NO; de l'irlande=IE
filler-hesitation | hum la capitale du brésil c'est quoi | BR
filler-hesitation | euh genre là c'est quoi la capitale {} | de la colombie=CO; de l'argentine=AR; du chili=CL | fr-CA
filler-hesitation | ben là euh la capitale {} c'est quoi | du mexique=MX; du salvador=SV; du belize=BZ | fr-CA
filler-hesitation | heu attends un peu c'est quoi encore la capitale {} | de la tasmanie=AU-TAS; du queensland=AU-QLD | fr-CA

# Québécois colloquial forms (fr-CA).
quebecois | heille alexa c'est quoi la capitale {} | de la guinée équatoriale=GQ; du cap-vert=CV; de sao tomé=ST | fr-CA
quebecois | pis la capitale {} c'est quoi | de la côte d'ivoire=CI; du sénégal=SN; de la guinée=GN | fr-CA
quebecois | coudonc c'est quoi la capitale {} là | de l'arabie saoudite=SA; des émirats=AE; du yémen=YE | fr-CA
quebecois | dis-moi donc c'est quoi la capitale {} là | du belize=BZ; du salvador=SV; d'haïti=HT | fr-CA
quebecois | mettons que je te demande la capitale {} tu me dis quoi | de l'argentine=AR; de la colombie=CO; du brésil=BR | fr-CA
quebecois | tsé la capitale {} c'est quoi encore | du japon=JP; de la chine=CN; de taïwan=TW | fr-CA
quebecois | j'sais pu c'est quoi la capitale {} | de la suisse=CH; de la belgique=BE; du luxembourg=LU | fr-CA
quebecois | ma blonde me demande c'est quoi la capitale {} | de l'ukraine=UA; de la russie=RU; de la biélorussie=BY | fr-CA
quebecois | mon chum veut savoir la capitale {} | de la turquie=TR; de chypre=CY; de malte=MT | fr-CA
quebecois | maudit c'est quoi déjà la capitale {} | du nigeria=NG; de l'angola=AO; de madagascar=MG | fr-CA
quebecois | icitte au chalet on se demande c'est quoi la capitale {} | de la nouvelle-écosse=CA-NS; du manitoba=CA-MB; de la saskatchewan=CA-SK | fr-CA
quebecois | c'est quoi ça déjà la capitale {} là | du nunavut=CA-NU; de terre-neuve=CA-NL; de la macédoine du nord=MK | fr-CA
quebecois | ok là j'te gage que tu sais pas la capitale du kosovo | XK | fr-CA
quebecois | sacrement j'm'en rappelle pu c'est quoi la capitale du danemark | DK | fr-CA

# Anglicisms and code-mixing (fr-CA).
anglicism | c'est quoi la capitale {} anyway | de l'inde=IN; de l'afghanistan=AF; de la corée du sud=KR | fr-CA
anglicism | so c'est quoi la capitale {} | de l'écosse=GB-SCT; de l'irlande du nord=GB-NIR; du pays de galles=GB-WLS | fr-CA
anglicism | ok pis genre la capitale {} c'est quoi | de la floride=US-FL; du vermont=US-VT; du maine=US-ME | fr-CA
anglicism | checke-moi donc la capitale {} | du mexique=MX; de cuba=CU; de la république dominicaine=DO | fr-CA
anglicism | by the way c'est quoi la capitale {} | de la louisiane=US-LA; du massachusetts=US-MA; de new york=US-NY | fr-CA
anglicism | j'suis full mêlé c'est quoi la capital city de l'australie | AU | fr-CA
anglicism | c'est quoi la capitale de la californie juste pour le fun | US-CA | fr-CA

# Young people in France.
youth-slang | wesh alexa c'est quoi la capitale {} | du maroc=MA; de l'algérie=DZ; du sénégal=SN
youth-slang | en vrai c'est quoi la capitale {} frère | de la côte d'ivoire=CI; du cameroun=CM; du congo kinshasa=CD
youth-slang | du coup la capitale {} c'est quoi | de la russie=RU; de l'allemagne=DE; de l'angleterre=GB-ENG
youth-slang | jsp c'est quoi la capitale {} tu peux me dire | du gabon=GA; du togo=TG; du burkina=BF
youth-slang | vas-y dis la capitale de la tunisie | TN

# The South, Alsace, the North.
regional-france | oh peuchère c'est quoi la capitale {} | du portugal=PT; de l'andorre=AD; de monaco=MC
regional-france | dis-moi té la capitale {} c'est laquelle | de la grèce=GR; de la croatie=HR; de l'albanie=AL
regional-france | oh fan de chichourle c'est quoi déjà la capitale de l'algérie | DZ
regional-france | oh con c'est quoi la capitale du sénégal déjà | SN
regional-france | hopla alexa c'est quoi la capitale {} | du bade-wurtemberg=DE-BW; de la sarre=DE-SL; de la rhénanie-palatinat=DE-RP
regional-france | hop alexa dis-moi la capitale {} gell | de la bavière=DE-BY; de la hesse=DE-HE; du luxembourg=LU
regional-france | dis biloute c'est quoi la capitale {} | de la belgique=BE; des pays-bas=NL; du danemark=DK

# Belgians and Swiss living in France.
belgian-swiss | tu sais me dire la capitale {} | de la lituanie=LT; de l'estonie=EE; de la lettonie=LV
belgian-swiss | dis une fois c'est quoi la capitale {} | du liechtenstein=LI; de l'autriche=AT; de la slovénie=SI
belgian-swiss | question septante-trois quelle est la capitale {} | de saint-marin=SM; d'andorre=AD; du vatican=VA
belgian-swiss | question nonante-deux la capitale {} | de la moldavie=MD; de la biélorussie=BY; de l'ukraine=UA
belgian-swiss | dis voir c'est quoi la capitale {} | du kosovo=XK; de la macédoine=MK; du monténégro=ME
belgian-swiss | adieu alexa tu sais me dire la capitale de la hongrie | HU
belgian-swiss | allez dis c'est quoi la capitale de la roumanie hein | RO

# The overseas departments and regions: their chefs-lieux, their neighbours.
overseas | quel est le chef-lieu {} | de la guadeloupe=GP; de la martinique=MQ; de mayotte=YT
overseas | dis-moi doudou c'est quoi la capitale {} | de la dominique=DM; de sainte-lucie=LC; de la barbade=BB
overseas | la capitale {} c'est quoi même | de maurice=MU; de madagascar=MG; des seychelles=SC
overseas | c'est quoi la préfecture de la réunion | RE
overseas | la capitale de la guyane c'est laquelle | GF
overseas | chez nous à mayotte on parle des comores c'est quoi leur capitale | KM
overseas | c'est quoi la capitale du suriname à côté de la guyane | SR

# Homework and school.
homework | j'ai un exposé sur {} c'est quoi sa capitale | le brésil=BR; la bolivie=BO; le pérou=PE
homework | pour mon devoir de géo c'est quoi la capitale {} | de l'uruguay=UY; du paraguay=PY; de l'équateur=EC
homework | la maîtresse nous a demandé la capitale {} | du kenya=KE; de l'égypte=EG; du ghana=GH
homework | je révise mon contrôle de géographie quelle est la capitale {} | de la chine=CN; de l'inde=IN; du japon=JP
homework | j'ai une interro demain c'est quoi la capitale {} | de l'irlande=IE; de la finlande=FI; de la suède=SE
homework | pour mon devoir d'univers social c'est quoi la capitale {} | de l'alberta=CA-AB; de la colombie-britannique=CA-BC; de l'île-du-prince-édouard=CA-PE | fr-CA
homework | mon prof de géo veut qu'on trouve la capitale {} | du vietnam=VN; de la thaïlande=TH; du cambodge=KH | fr-CA
homework | j'ai un examen demain pis je sais pas la capitale {} | du nouveau-brunswick=CA-NB; de l'ontario=CA-ON; des territoires du nord-ouest=CA-NT | fr-CA
homework | en histoire-géo on étudie le nigeria c'est quoi la capitale | NG
homework | papa m'aide pas alors toi dis-moi la capitale de l'ouganda | UG

# Small children.
young-child | alexa c'est où la capitale {} | de l'australie=AU; du canada=CA; de l'espagne=ES
young-child | alexa alexa c'est quoi la capitale {} dis | de la chine=CN; de l'italie=IT; de l'angleterre=GB-ENG
young-child | moi je veux savoir la capitale {} | des états-unis=US; du japon=JP; de la france=FR
young-child | c'est quoi la capitale {} moi j'aime les pingouins | de l'antarctique=AQ
young-child | c'est quoi la capitale {} toi tu sais | de la russie=RU; du brésil=BR | fr-CA
young-child | maman dit que c'est paris la capitale de la france c'est vrai | FR

# Elders: the vous register, a grandchild, names from their school days.
elder | pourriez-vous me dire quelle est la capitale {} | de la haute-volta=BF; du dahomey=BJ; de ceylan=LK
elder | excusez-moi madame quelle est la capitale {} | de la birmanie=MM; du siam=TH; de la perse=IR
elder | auriez-vous l'amabilité de me donner la capitale {} | du zaïre=CD; de la rhodésie=ZW; du swaziland=SZ
elder | je voudrais savoir quelle est aujourd'hui la capitale {} | du nigeria=NG; de la tanzanie=TZ; du kazakhstan=KZ
elder | de mon temps la capitale {} c'était pas la même c'est quoi maintenant | du brésil=BR; de la côte d'ivoire=CI; de la birmanie=MM
elder | voulez-vous bien me dire la capitale {} | de l'autriche=AT; de la hongrie=HU; de la pologne=PL | fr-CA
elder | mon petit-fils me demande la capitale {} pouvez-vous l'aider | de la norvège=NO; de l'islande=IS; du groenland=GL | fr-CA
elder | bonjour alexa ici c'est madame tremblay je voudrais la capitale du portugal | PT | fr-CA

# Quiz nights, games, bets.
quiz-night | questions pour un champion quelle est la capitale {} | de la micronésie=FM; des palaos=PW; de kiribati=KI
quiz-night | on joue au quiz la capitale {} c'est quoi | de la mongolie=MN; du laos=LA; du bhoutan=BT
quiz-night | pour le quatre à la suite la capitale {} | du turkménistan=TM; de l'ouzbékistan=UZ; du tadjikistan=TJ
quiz-night | c'est pour le trivial pursuit la capitale {} | de la nouvelle-zélande=NZ; du canada=CA; de l'argentine=AR
quiz-night | j'ai parié dix euros avec mon frère que la capitale {} c'est sydney | de l'australie=AU
quiz-night | on joue à génies en herbe c'est quoi la capitale {} | de tuvalu=TV; de nauru=NR; des îles marshall=MH | fr-CA
quiz-night | j'ai gagé dix piasses avec mon beau-frère c'est quoi la capitale {} | de la turquie=TR; du kosovo=XK; de la corée du nord=KP | fr-CA
quiz-night | au quiz du bar ils ont demandé la capitale {} | des samoa=WS; des îles salomon=SB; du timor oriental=TL | fr-CA

crossword | capitale {} en quatre lettres c'est quoi pour mes mots fléchés | du pérou=PE; du togo=TG; de l'italie=IT
crossword | dans mes mots croisés on me demande la capitale {} | du ghana=GH; du yémen=YE; de la lettonie=LV
crossword | mes mots croisés de la presse me demandent la capitale {} | de l'érythrée=ER; du qatar=QA; de cuba=CU | fr-CA

# Travel planning (locative prepositions).
travel | je pars en voyage {} c'est quoi la capitale | au népal=NP; en islande=IS; aux philippines=PH
travel | on part en vacances {} cet été c'est quoi la capitale là-bas | au vietnam=VN; en croatie=HR; aux maldives=MV
travel | j'atterris {} demain quelle est la capitale | en jordanie=JO; au chili=CL; au sri lanka=LK
travel | mon vol fait escale {} c'est quoi la capitale | au qatar=QA; à bahreïn=BH; en éthiopie=ET
travel | on s'en va dans le sud {} c'est quoi la capitale | à cuba=CU; en république dominicaine=DO; au mexique=MX | fr-CA
travel | je fais un road trip {} c'est quoi la capitale | en californie=US-CA; au nouveau-mexique=US-NM; en arizona=US-AZ | fr-CA
travel | on descend en floride en passant par {} c'est quoi la capitale | la caroline du nord=US-NC; la virginie=US-VA; la géorgie=US-GA | fr-CA
travel | je vais voir de la famille {} c'est quoi la capitale | en haïti=HT; au liban=LB; au maroc=MA | fr-CA
travel | avant de réserver l'hôtel c'est quoi la capitale de la jamaïque | JM

driving | alexa pendant que je conduis dis-moi la capitale {} | de la norvège=NO; de la finlande=FI; de l'estonie=EE
driving | je suis sur l'autoroute dis-moi vite la capitale {} | de la suisse=CH; de la belgique=BE; de l'allemagne=DE
driving | les enfants demandent à l'arrière c'est quoi la capitale {} | de l'espagne=ES; de l'irlande=IE; du danemark=DK
driving | j'suis dans le char c'est quoi la capitale {} | du vermont=US-VT; du new hampshire=US-NH; du maine=US-ME | fr-CA
driving | on traverse {} là c'est quoi la capitale | le nouveau-brunswick=CA-NB; l'ontario=CA-ON; le manitoba=CA-MB | fr-CA

kitchen | j'ai les mains dans la farine dis-moi la capitale {} | de l'italie=IT; de la grèce=GR; du liban=LB
kitchen | pendant que les pâtes cuisent c'est quoi la capitale {} | de la hongrie=HU; de la pologne=PL; de la tchéquie=CZ
kitchen | j'fais mon pâté chinois pis je me demandais c'est quoi la capitale {} | de la chine=CN; du japon=JP; de la corée du sud=KR | fr-CA
kitchen | je fais un couscous et on se demande la capitale du maroc | MA

# The news and sport.
news-item | ils parlent {} aux infos c'est quoi la capitale | du soudan=SD; d'haïti=HT; de la syrie=SY
news-item | j'ai entendu à la radio un truc sur {} c'est quoi sa capitale | le niger=NE; le mali=ML; le burkina=BF
news-item | au journal de vingt heures ils ont parlé {} quelle est sa capitale | du yémen=YE; de la somalie=SO; de la libye=LY
news-item | à radio-canada ils parlaient {} c'est quoi la capitale | du groenland=GL; de l'ukraine=UA; du venezuela=VE | fr-CA
news-item | il y a eu un tremblement de terre {} c'est quoi la capitale | en afghanistan=AF; au myanmar=MM; en équateur=EC | fr-CA
news-item | aux nouvelles ils parlent des élections {} c'est quoi la capitale | au salvador=SV; au guatemala=GT; en moldavie=MD | fr-CA

sports-fan | le match de ce soir c'est contre {} c'est quoi sa capitale | la croatie=HR; l'uruguay=UY; l'argentine=AR
sports-fan | pendant le tournoi des six nations on se demandait la capitale {} | du pays de galles=GB-WLS; de l'écosse=GB-SCT; de l'irlande=IE
sports-fan | le grand prix de formule un a lieu {} c'est quoi la capitale | à bahreïn=BH; en azerbaïdjan=AZ; à singapour=SG
sports-fan | aux olympiques l'athlète venait {} c'est quoi la capitale | du kenya=KE; de la jamaïque=JM; de l'éthiopie=ET | fr-CA
sports-fan | le canadien a repêché un joueur {} c'est quoi la capitale | de la slovaquie=SK; de la lettonie=LV; de la suède=SE | fr-CA
sports-fan | la coupe du monde était au qatar c'est quoi la capitale déjà | QA

# Colloquial prepositions instead of "de".
locative | la capitale au {} c'est laquelle | japon=JP; mexique=MX; portugal=PT
locative | c'est quoi la capitale en {} | slovaquie=SK; finlande=FI; iran=IR
locative | la capitale aux {} c'est quoi | philippines=PH; émirats=AE; bahamas=BS
locative | c'est quoi ça la capitale au {} | nicaragua=NI; honduras=HN; guatemala=GT | fr-CA
locative | en israël c'est quelle ville la capitale | IL
locative | au koweït quelle ville est la capitale | KW
locative | à chypre la capitale c'est quoi | CY

# Topic first (left dislocation).
dislocation | {} c'est quoi sa capitale | le mozambique=MZ; le zimbabwe=ZW; la namibie=NA
dislocation | {} sa capitale c'est laquelle | l'indonésie=ID; la malaisie=MY; le brunei=BN
dislocation | et {} elle a quoi comme capitale | l'arménie=AM; l'azerbaïdjan=AZ; l'ouzbékistan=UZ
dislocation | {} là c'est quoi sa capitale | le nunavut=CA-NU; la saskatchewan=CA-SK; le nouveau-brunswick=CA-NB | fr-CA
dislocation | {} ça a quoi comme capitale | le cameroun=CM; le gabon=GA; le tchad=TD | fr-CA

# Speech-recognition artefacts: accents lost, elisions split, dropped or joined, hyphens lost, "capital".
asr-artefact | quelle est la capital {} | du perou=PE; de l'equateur=EC; du senegal=SN
asr-artefact | quel est la capitale {} | de iran=IR; de ouganda=UG; de inde=IN
asr-artefact | c'est quoi la capitale {} alexa | de italie=IT; d israël=IL; dirlande=IE
asr-artefact | la capitale {} s'il vous plaît | de la nouvelle zélande=NZ; de trinité et tobago=TT; des iles salomon=SB
asr-artefact | c'est quoi déjà la capitale {} | du bahrein=BH; du koweit=KW; de l'azerbaidjan=AZ
asr-artefact | dis-moi la capitale {} | de haiti=HT; du viet nam=VN; d'el salvador=SV
asr-artefact | la capital {} | de la guinee equatoriale=GQ; du kirghizistan=KG; de saint christophe et nieves=KN | fr-CA
asr-artefact | c'est quoi la capitale {} là | de saint vincent et les grenadines=VC; d'antigua et barbuda=AG; du cap vert=CV | fr-CA
asr-artefact | c est quoi la capitale de la tchecoslovaquie euh de la slovaquie | SK | fr-CA
asr-artefact | le capital de la suède | SE
asr-artefact | quelle est la capitale des tas unis | US
asr-artefact | quelle et la capitale du danemark | DK

# Follow-ups after an earlier answer.
follow-up | et celle {} | du honduras=HN; de l'équateur=EC; de la somalie=SO
follow-up | et pour {} | le cambodge=KH; la jordanie=JO; l'arménie=AM
follow-up | ok et {} alors | le laos=LA; la mongolie=MN; le bhoutan=BT
follow-up | même question pour {} | la slovénie=SI; le monténégro=ME; la lettonie=LV
follow-up | et {} c'est quoi la sienne | la libye=LY; le soudan du sud=SS; le tchad=TD
follow-up | pareil pour {} | le vanuatu=VU; les samoa=WS; les tonga=TO
follow-up | pis pour {} | le chili=CL; l'uruguay=UY; le paraguay=PY | fr-CA
follow-up | ok pis {} là | l'alberta=CA-AB; le manitoba=CA-MB; le yukon=CA-YT | fr-CA
follow-up | pis celle {} | de la corée du nord=KP; du turkménistan=TM; de la micronésie=FM | fr-CA

# Self-corrections: the place said last.
self-correction | la capitale de la suède non pardon de la norvège | NO
self-correction | quelle est la capitale de l'autriche euh non de la hongrie | HU
self-correction | la capitale du niger pardon du nigeria | NG
self-correction | c'est quoi la capitale de la slovaquie non je veux dire de la slovénie | SI
self-correction | la capitale de l'iran euh de l'irak pardon | IQ
self-correction | quelle est la capitale de la guinée enfin de la guinée-bissau | GW
self-correction | dis-moi la capitale de l'autriche ah non de l'australie | AU
self-correction | la capitale de la dominique non je me suis trompé de la république dominicaine | DO
self-correction | la capitale du soudan du sud euh du soudan tout court | SD
self-correction | la capitale de la lettonie ou plutôt de la lituanie | LT
self-correction | capitale du mali non du malawi | MW
self-correction | c'est quoi la capitale du manitoba non attends de la saskatchewan | CA-SK | fr-CA
self-correction | c'est quoi la capitale de l'islande oups de l'irlande | IE | fr-CA
self-correction | la capitale de la gambie ah pis non de la zambie | ZM | fr-CA
self-correction | la capitale du congo euh de la république démocratique du congo | CD | fr-CA
self-correction | c'est quoi la capitale de l'ontario non laisse faire l'ontario je veux celle du québec | CA-QC | fr-CA

# Checks: is X the capital of Y (the place asked about).
yes-no-check | est-ce que sydney est la capitale de l'australie | AU
yes-no-check | c'est bien berne la capitale de la suisse | CH
yes-no-check | istanbul c'est la capitale de la turquie non | TR
yes-no-check | la capitale du maroc c'est casablanca ou rabat | MA
yes-no-check | est-ce que lagos est encore la capitale du nigeria | NG
yes-no-check | rio c'est toujours la capitale du brésil | BR
yes-no-check | c'est vrai que la capitale de la bolivie c'est la paz | BO
yes-no-check | la capitale de la nouvelle-zélande c'est auckland ou wellington | NZ
yes-no-check | dakar c'est bien la capitale du sénégal | SN
yes-no-check | abidjan c'est la capitale de la côte d'ivoire ou pas | CI
yes-no-check | almaty c'est encore la capitale du kazakhstan | KZ
yes-no-check | est-ce que la capitale du vietnam c'est hô chi minh-ville | VN
yes-no-check | new york c'est la capitale des états-unis hein | US
yes-no-check | karachi c'est la capitale du pakistan | PK
yes-no-check | la capitale de la tanzanie c'est dar es salaam | TZ
yes-no-check | c'tu ottawa la capitale du canada | CA | fr-CA
yes-no-check | c'est-tu toronto la capitale de l'ontario | CA-ON | fr-CA
yes-no-check | la capitale du québec c'est-tu montréal ou ben québec | CA-QC | fr-CA
yes-no-check | c'tu vrai que vancouver c'est pas la capitale de la colombie-britannique | CA-BC | fr-CA
yes-no-check | miami c'est-tu la capitale de la floride | US-FL | fr-CA
yes-no-check | est-ce que pointe-à-pitre c'est le chef-lieu de la guadeloupe | GP
yes-no-check | la capitale de la martinique c'est bien fort-de-france | MQ

# Reverse questions: a capital to its place.
reverse-question | {} c'est la capitale de quel pays | ouagadougou=CITY:ouagadougou; paramaribo=CITY:paramaribo; asmara=CITY:asmara
reverse-question | de quel pays {} est la capitale | tegucigalpa=CITY:tegucigalpa; ljubljana=CITY:ljubljana; montevideo=CITY:montevideo
reverse-question | c'est quel pays qui a pour capitale {} | vientiane=CITY:vientiane; bichkek=CITY:bichkek; nouakchott=CITY:nouakchott
reverse-question | {} c'est la capitale de quoi | windhoek=CITY:windhoek; thimphou=CITY:thimphu; mascate=CITY:mascate | fr-CA
reverse-question | {} c'est la capitale de quelle province déjà | fredericton=CITY:fredericton; regina=CITY:regina; iqaluit=CITY:iqaluit | fr-CA
reverse-question | de quel état américain {} est la capitale | sacramento=CITY:sacramento; tallahassee=CITY:tallahassee | fr-CA
reverse-question | dodoma c'est la capitale de quel pays africain | CITY:dodoma
reverse-question | nouméa c'est le chef-lieu de quoi | CITY:nouméa
reverse-question | quel pays a pour capitale oulan-bator | CITY:oulan-bator
reverse-question | achgabat capitale de quel pays | CITY:achgabat

# Long official names.
official-name | quelle est la capitale de la république fédérale d'allemagne | DE
official-name | c'est quoi la capitale de la confédération helvétique | CH
official-name | la capitale des états-unis d'amérique | US
official-name | quelle est la capitale du royaume-uni de grande-bretagne et d'irlande du nord | GB
official-name | la capitale de la république populaire de chine c'est quoi | CN
official-name | capitale de la fédération de russie | RU
official-name | quelle est la capitale du royaume du maroc | MA
official-name | la capitale du royaume hachémite de jordanie | JO
official-name | quelle est la capitale de la république islamique d'iran | IR
official-name | c'est quoi la capitale de l'état plurinational de bolivie | BO
official-name | capitale du grand-duché de luxembourg | LU
official-name | quelle est la capitale de la principauté de monaco | MC
official-name | la capitale de la république socialiste du viêt nam | VN
official-name | quelle est la capitale des états-unis mexicains | MX | fr-CA
official-name | c'est quoi la capitale du royaume de belgique | BE | fr-CA
official-name | c'est quoi la capitale de la république populaire démocratique de corée | KP | fr-CA
official-name | la capitale du royaume d'arabie saoudite | SA | fr-CA

# Everyday, old and short names.
everyday-name | quelle est la capitale de la hollande | NL
everyday-name | c'est quoi la capitale de la rdc | CD
everyday-name | la capitale de la grande-bretagne | GB
everyday-name | capitale du timor | TL
everyday-name | c'est quoi la capitale de l'île maurice | MU
everyday-name | la capitale des usa c'est quoi | US
everyday-name | quelle est la capitale de la centrafrique | CF
everyday-name | c'est quoi la capitale des states | US | fr-CA
everyday-name | c'est quoi la capitale de l'amérique | US | fr-CA
everyday-name | c'est quoi la capitale de la birmanie | MM | fr-CA
everyday-name | la capitale du vatican c'est quoi | VA | fr-CA
everyday-name | c'est quoi la capitale de la biélo | BY
everyday-name | c'est quoi la capitale de la russie blanche | BY | fr-CA

# Names several places share, and their look-alikes.
shared-name | quelle est la capitale de la corée | KP+KR
shared-name | c'est quoi la capitale du congo | CD+CG
shared-name | les deux congos ils ont quoi comme capitales | CD+CG
shared-name | la capitale des îles vierges | VG+VI
shared-name | quelle est la capitale de la géorgie | GE+US-GA
shared-name | c'est quoi la capitale de la géorgie là | GE+US-GA | fr-CA
shared-name | c'est quoi les capitales des deux corées | KP+KR | fr-CA
shared-name | c'est quoi la capitale des îles vierges | VG+VI | fr-CA
shared-name | capitale du congo brazzaville | CG
shared-name | la capitale de la géorgie le pays pas l'état | GE | fr-CA

# Countries with several capitals, asked in the plural (expected: the country).
plural-capitals | quelles sont les capitales de l'afrique du sud | ZA
plural-capitals | l'afrique du sud a trois capitales c'est lesquelles | ZA
plural-capitals | c'est quoi les trois capitales de l'afrique du sud | ZA | fr-CA
plural-capitals | les deux capitales de la bolivie | BO
plural-capitals | combien de capitales a la bolivie | BO | fr-CA
plural-capitals | quelles sont les capitales des pays-bas | NL
plural-capitals | c'est-tu vrai que les pays-bas ont deux capitales c'est quoi | NL | fr-CA
plural-capitals | les capitales de la malaisie | MY
plural-capitals | la malaisie a deux capitales lesquelles | MY | fr-CA
plural-capitals | quelles sont les capitales de la palestine | PS
plural-capitals | la palestine a combien de capitales | PS | fr-CA
plural-capitals | c'est quoi les deux capitales du sri lanka | LK | fr-CA
plural-capitals | le sri lanka a combien de capitales | LK
plural-capitals | quelles sont les deux capitales du bénin | BJ
plural-capitals | donne-moi les capitales de la côte d'ivoire | CI
plural-capitals | la côte d'ivoire elle a deux capitales c'est ça | CI | fr-CA
plural-capitals | l'eswatini a deux capitales c'est lesquelles | SZ
plural-capitals | c'est quoi les capitales du swaziland | SZ | fr-CA
plural-capitals | le bénin il a combien de capitales | BJ | fr-CA

# States, provinces and other subdivisions.
subdivision | la capitale provinciale {} c'est quoi | de l'alberta=CA-AB; de la colombie-britannique=CA-BC; de l'île-du-prince-édouard=CA-PE | fr-CA
subdivision | pis la capitale {} c'est laquelle | des territoires du nord-ouest=CA-NT; du yukon=CA-YT; de terre-neuve-et-labrador=CA-NL | fr-CA
subdivision | quelle est la capitale de l'état {} | du texas=US-TX; de l'oregon=US-OR; de l'ohio=US-OH
subdivision | la capitale de l'état de washington c'est quoi | US-WA
subdivision | c'est quoi la capitale {} aux états-unis | du kentucky=US-KY; du nevada=US-NV; de l'illinois=US-IL | fr-CA
subdivision | quelle est la capitale {} en australie | de la nouvelle-galles du sud=AU-NSW; du victoria=AU-VIC; de l'australie-occidentale=AU-WA
subdivision | la capitale du land {} | de saxe=DE-SN; de basse-saxe=DE-NI; de thuringe=DE-TH
subdivision | c'est quoi la capitale de l'état {} au brésil | de bahia=BR-BA; du pará=BR-PA; de são paulo=BR-SP
subdivision | quelle est la capitale de l'état indien {} | du kerala=IN-KL; du rajasthan=IN-RJ; de goa=IN-GA
subdivision | la capitale du yucatán au mexique | MX-YUC
subdivision | c'est quoi la capitale du jalisco | MX-JAL | fr-CA
subdivision | la capitale de hawaï | US-HI
subdivision | c'est quoi la capitale de l'alaska | US-AK | fr-CA
subdivision | capitale de l'écosse | GB-SCT

# Territories and overseas collectivities.
territory | quelle est la capitale {} s'il vous plaît | de la polynésie française=PF; de la nouvelle-calédonie=NC; de wallis-et-futuna=WF
territory | c'est quoi la capitale de saint-pierre-et-miquelon | PM | fr-CA
territory | la capitale {} ça serait quoi | du groenland=GL; des îles féroé=FO; de porto rico=PR | fr-CA
territory | le chef-lieu de saint-barthélemy | BL
territory | c'est quoi la capitale de saint-martin côté français | MF
territory | capitale {} svp | des bermudes=BM; de gibraltar=GI; des îles caïmans=KY
territory | tu connais la capitale {} | de l'île de man=IM; de jersey=JE; de guernesey=GG
territory | la capitale d'aruba c'est quoi | AW | fr-CA
territory | c'est quoi la capitale de curaçao | CW | fr-CA
territory | la capitale du sahara occidental | EH

# One-shot requests through the invocation name (assumed "capitales du monde").
one-shot | demande à capitales du monde quelle est la capitale {} | du pérou=PE; de la syrie=SY; de l'uruguay=UY
one-shot | alexa demande à capitales du monde la capitale {} | du botswana=BW; du lesotho=LS; de la zambie=ZM
one-shot | demande à capitales du monde c'est quoi la capitale {} | du nicaragua=NI; de la jamaïque=JM; du panama=PA | fr-CA

# Out of domain: other facts about a country, capital in other senses, chit-chat, the home.
out-of-domain | quelle est la population {} | du japon=FB; de l'inde=FB; du canada=FB
out-of-domain | c'est quoi la monnaie {} | de la suisse=FB; du maroc=FB; de la pologne=FB
out-of-domain | quelle langue on parle {} | au brésil=FB; en belgique=FB; au mali=FB
out-of-domain | c'est qui le président {} | du sénégal=FB; de la france=FB; des états-unis=FB
out-of-domain | quelle est la plus grande ville {} | du canada=FB; de l'australie=FB; de la turquie=FB | fr-CA
out-of-domain | quelle heure est-il à tokyo | FB
out-of-domain | quel temps fait-il à montréal | FB | fr-CA
out-of-domain | c'est quoi le drapeau de l'italie | FB
out-of-domain | combien il y a de pays en afrique | FB
out-of-domain | quel est le plus grand pays du monde | FB
out-of-domain | c'est quoi l'hymne national du canada | FB | fr-CA
out-of-domain | pourquoi lyon c'est la capitale de la gastronomie | FB
out-of-domain | c'est quoi la capitale de la mode | FB
out-of-domain | c'est quoi un capital décès | FB
out-of-domain | comment on calcule le capital d'un prêt | FB
out-of-domain | la peine capitale existe encore aux états-unis | FB
out-of-domain | écris mon nom en lettres capitales | FB
out-of-domain | c'est quoi les sept péchés capitaux | FB
out-of-domain | quelle est la capitale de mars | FB
out-of-domain | est-ce que la lune a une capitale | FB
out-of-domain | c'est quoi la plus grosse planète | FB
out-of-domain | raconte-moi une blague | FB
out-of-domain | tu m'aimes alexa | FB
out-of-domain | allume la lumière du salon | FB
out-of-domain | mets un minuteur de dix minutes pour les pâtes | FB
out-of-domain | c'est quoi la météo demain | FB
out-of-domain | combien de temps de vol entre paris et montréal | FB | fr-CA
out-of-domain | c'est quoi le décalage horaire avec la france | FB | fr-CA
out-of-domain | quel est le plus long fleuve d'afrique | FB
out-of-domain | quelle est la plus haute montagne d'europe | FB
out-of-domain | c'est quoi l'indicatif téléphonique de la belgique | FB
out-of-domain | qui a gagné la coupe stanley l'an passé | FB | fr-CA
out-of-domain | c'est quoi le score du canadien à soir | FB | fr-CA
out-of-domain | combien il y a de provinces au canada | FB | fr-CA
out-of-domain | comment on dit capitale en anglais | FB
out-of-domain | épelle le mot capitale | FB
out-of-domain | combien il y a de régions en france | FB
out-of-domain | dans quel pays se trouve tombouctou | FB
out-of-domain | il fait combien de degrés à dakar | FB
out-of-domain | quelle est la superficie du québec | FB | fr-CA
out-of-domain | comment on appelle les habitants de madagascar | FB
out-of-domain | mets la radio | FB
out-of-domain | c'est quand la fête nationale du québec | FB | fr-CA
out-of-domain | joue de la musique de céline dion | FB | fr-CA
out-of-domain | c'est quoi la capitale mondiale du sirop d'érable | FB | fr-CA
out-of-domain | c'est combien d'heures de route de québec à gaspé | FB | fr-CA
out-of-domain | c'est quoi la commission de la capitale nationale | FB | fr-CA
out-of-domain | quelle est la devise de la france | FB
out-of-domain | est-ce que les canadiens ont besoin d'un visa pour le brésil | FB | fr-CA
out-of-domain | c'est quoi le plat typique du portugal | FB
out-of-domain | qui est le roi du maroc | FB
out-of-domain | combien d'habitants à paris | FB
out-of-domain | c'est quoi la capitale de l'afrique | FB

# Help, stop, cancel, launch.
help | qu'est-ce que je peux te demander | HELP
help | aide-moi s'il te plaît | HELP
help | j'ai besoin d'aide | HELP
help | c'est quoi les règles | HELP
help | explique-moi comment jouer | HELP
help | comment on pose une question | HELP
help | qu'est-ce que tu sais faire | HELP
help | je comprends rien comment ça marche | HELP
help | quelles questions je peux poser | HELP
help | j'ai pas compris comment on fait | HELP
help | donne-moi des exemples de questions | HELP
help | aidez-moi je ne sais pas comment faire | HELP
help | comment ça fonctionne ton affaire | HELP | fr-CA
help | peux-tu m'aider un peu là | HELP | fr-CA
help | comment qu'on fait ça | HELP | fr-CA
help | je suis mêlé aide-moi | HELP | fr-CA
help | c'est quoi que je peux te demander | HELP | fr-CA
help | à l'aide | HELP
help | je sais pas quoi dire | HELP
help | comment ça marche ce jeu-là | HELP | fr-CA
help | j'ai oublié comment on joue | HELP
help | tu peux-tu m'expliquer à quoi tu sers | HELP | fr-CA

stop | stop alexa | STOP
stop | arrête-toi | STOP
stop | c'est bon arrête | STOP
stop | on arrête là | STOP
stop | quitte le jeu | STOP
stop | ferme capitales du monde | STOP
stop | fin de la partie | STOP
stop | j'arrête | STOP
stop | ça suffit maintenant | STOP
stop | on a fini | STOP
stop | c'est assez | STOP | fr-CA
stop | arrête ça | STOP | fr-CA
stop | ok c'est beau arrête | STOP | fr-CA
stop | ferme-toi alexa | STOP | fr-CA
stop | on arrête ça là | STOP | fr-CA
stop | sors de l'application | STOP
stop | stop stop stop | STOP
stop | c'est beau merci bye | STOP | fr-CA
stop | termine | STOP
stop | coupe | STOP

cancel | laisse tomber | CANCEL
cancel | oublie ça | CANCEL
cancel | non rien | CANCEL
cancel | rien finalement | CANCEL
cancel | annule ça | CANCEL
cancel | non annule | CANCEL
cancel | pas grave oublie | CANCEL
cancel | finalement non | CANCEL
cancel | laisse tomber c'est rien | CANCEL
cancel | annule ma demande | CANCEL
cancel | oublie ma question | CANCEL
cancel | non non annule | CANCEL
cancel | laisse faire | CANCEL | fr-CA
cancel | je change d'idée | CANCEL | fr-CA
cancel | laisse faire c'est pas grave | CANCEL | fr-CA
cancel | annule ça là | CANCEL | fr-CA
cancel | oublie ça finalement | CANCEL | fr-CA
cancel | non c'est correct laisse faire | CANCEL | fr-CA
cancel | non c'est bon oublie | CANCEL
cancel | annuler | CANCEL
cancel | non finalement je veux rien | CANCEL
cancel | oublie ce que je viens de dire | CANCEL
cancel | attends non annule tout | CANCEL
cancel | c'est pas grave laisse tomber alexa | CANCEL
cancel | tant pis laisse tomber | CANCEL
cancel | laisse faire je vais chercher sur google | CANCEL | fr-CA
cancel | annule annule | CANCEL | fr-CA
cancel | non oublie ça c'était pour rire | CANCEL | fr-CA

launch | alexa ouvre capitales du monde | LAUNCH
launch | démarre capitales du monde | LAUNCH
launch | je veux jouer à capitales du monde | LAUNCH
launch | ouvre le jeu capitales du monde | LAUNCH
launch | lance l'application capitales du monde | LAUNCH
launch | ouvre la skill capitales du monde | LAUNCH
launch | pars capitales du monde | LAUNCH | fr-CA
launch | j'aimerais ouvrir capitales du monde | LAUNCH | fr-CA
launch | ouvre capitales du monde s'il te plaît | LAUNCH | fr-CA
launch | commence capitales du monde | LAUNCH | fr-CA
"""

if __name__ == "__main__":
    build_round(19, "fr", LINES, sys.argv, "tests/Eval/fr/round19/source/build_corpus.py")
