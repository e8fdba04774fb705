"""Round 26, French (fr-FR, fr-CA): a new author's own mix, written blind at the start of the twenty-fifth session, about
a third of the lines fr-CA. Speakers chosen apart from rounds 22-25. France and the Pacific on fr-FR devices: Corsicans
in Ajaccio and Bastia ("o", "aiò", "o cumpà", "vai", the nonna, the Sporting match, the ferry, the paillote), the
Pays basque ("aupa", "egun on", "milesker", the aita and the amatxi, the fronton, the fêtes de Bayonne), Normans ("p'têt
ben", the Le Havre docks, Mont-Saint-Michel tourists, Omaha Beach, milking), Auvergnats (the Michelin plant, the ASM,
the truffade, the Puy de Dôme, a Cantal grandmother), seasonal workers of the Savoie ski resorts (the chairlift, the
tartiflette, Annecy lake, "beh ouais"), pied-noir elders ("purée", "la kémia", "je te jure sur la tête de ma mère", "tu
me fais pas marcher"), Tahitians ("ia ora na", "maururu", "aita pea pea", "fiu", the tane), a Turkish-French family in
Strasbourg ("yani", "abla", "tamam", "hadi", "anne"), a Tamil family at La Chapelle ("amma", "appa", "anna", "seri"),
learners (Chinese students: "de le", "comment on dit", "ni hao"; British retirees in the Dordogne: "sorry my french",
"bloody hell", "le capitale", "je oublie"), small children at bedtime and at school, teenage streamers on Twitch and
Discord ("le chat", "gg", "les gars"); at work: night nurses in a hospital, a VTC driver at Roissy and on the
périphérique, the Rungis market at three in the morning, oyster farmers of the Arcachon basin, Bordeaux wine-growers at
the harvest, a TGV conductor and the bar car, an EHPAD memory workshop (vous register); games: Pékin Express,
Koh-Lanta, a pub quiz, Trivial Pursuit, the loto at the salle des fêtes; at home: teleworking on Teams, a power cut, the
couscous for the réveillon, the vegetable garden, a child with a fever, moving house. Canada (fr-CA): a calèche driver
and the Remparts in Québec City, the Festival d'été, a ski patroller and chalet renters in Mont-Tremblant, a teacher
from the south in a Nunavik school (the Twin Otter, "nakurmiik"), Franco-Albertans in Edmonton and the Fort McMurray
camps ("la run", fly-in fly-out), Franco-Ontarians at the Sudbury mine, Franco-Yukonnais in Whitehorse (the northern
lights, gold panning), a Moroccan-Quebec family in Saint-Michel ("wesh", "hamdoulah", "ya benti", "tsé"), a
Chinese-Quebec grandmother in Brossard, a Tim Hortons drive-through at the morning rush (the double-double), the
Montreal métro (the orange line), a construction site ("le contremaître", "la pépine", "chu brûlé", "pantoute"), cégep
students before the exam ("ma coloc", "le prof"), Quebec TV games ("La Guerre des clans", "Le Banquier"), camping in
La Mauricie (the maringouins, the campfire), a Sunday supper with the mother-in-law ("le char", "jaser", "tabarouette",
"c'est écoeurant", "enweille", "bin oui", "t'sais", "ça adonne"). Plus follow-ups, yes/no checks with right and wrong
guesses, self-corrections, reverse questions, official, everyday and old names, shared names (Géorgie, Congo, Corée,
îles Vierges), plurals (every several-capital country, Palestine, Montserrat, Jammu-et-Cachemire, Uttarakhand),
subdivisions (Canadian provinces and territories, US, Mexican, Brazilian, German, Indian and Australian states, the UK's
nations) and territories, one-shot requests through "capitales du monde", launch, help, stop and cancel, out-of-domain
near misses (other facts about a named country, "capital" in other senses, regions and islands the data lacks,
everyday requests), and what recognition writes (lost accents and hyphens, homophones, joined and split words).
`python3 tests/Eval/fr/round26/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 26's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Corsica
corse | o alexa dis-moi un peu la capitale {} | du portugal=PT; de la grèce=GR; de malte=MT
corse | alexa aiò au bar de bastia on se demande la capitale {} | de l'italie=IT; du monténégro=ME
corse | alexa o cumpà tu la sais toi la capitale {} | de l'albanie=AL; de la tunisie=TN
corse | alexa sur le ferry pour marseille on cherche la capitale {} | de l'algérie=DZ; du maroc=MA; de la libye=LY
corse | alexa vai vai dis-nous vite la capitale {} | de la croatie=HR; de la slovénie=SI
corse | alexa ma nonna à ajaccio voudrait savoir la capitale {} | de l'argentine=AR; de l'uruguay=UY
corse | alexa pendant le match du sporting c'est quoi la capitale {} | de la hongrie=HU
corse | alexa à la paillote on a parié sur la capitale {} c'est laquelle | du liban=LB; de la syrie=SY; de la jordanie=JO
# Pays basque
basque | alexa aupa dis-moi la capitale {} | de l'espagne=ES; du chili=CL; du pérou=PE
basque | alexa egun on c'est quoi la capitale {} s'il te plaît | de la colombie=CO; de l'équateur=EC
basque | alexa mon aita dit que la capitale {} c'est pas celle que je crois c'est laquelle | de l'australie=AU; du brésil=BR; de la turquie=TR
basque | alexa au fronton entre deux parties la capitale {} c'est quoi | du venezuela=VE; de cuba=CU
basque | alexa pendant les fêtes de bayonne on se demande la capitale {} | du mexique=MX; du guatemala=GT
basque | alexa mon amatxi voudrait connaître la capitale {} | du paraguay=PY; de la bolivie=BO
basque | alexa milesker d'avance tu connais la capitale {} | du honduras=HN; du nicaragua=NI
# Normandy
normandie | alexa p'têt ben que tu sais toi la capitale {} | du canada=CA; de l'irlande=IE
normandie | alexa sur les docks du havre un marin m'a demandé la capitale {} | des philippines=PH; de l'indonésie=ID; du bangladesh=BD
normandie | alexa au mont-saint-michel des touristes veulent savoir la capitale {} | du japon=JP; de la corée du sud=KR
normandie | alexa devant la plage d'omaha un vieux monsieur m'a demandé la capitale {} | du royaume-uni=GB; de la pologne=PL; de la norvège=NO
normandie | alexa à la ferme avec les vaches faut que je sache la capitale {} | du danemark=DK; de l'islande=IS
normandie | alexa pendant la traite du matin c'est quoi la capitale {} | de l'estonie=EE; de la lettonie=LV; de la lituanie=LT
# Auvergne
auvergne | alexa à l'usine michelin les collègues demandent la capitale {} | de la thaïlande=TH; de la malaisie=MY; du vietnam=VN
auvergne | alexa après le match de l'asm on se demande la capitale {} | des fidji=FJ; des samoa=WS
auvergne | alexa en mangeant la truffade dis-nous la capitale {} | de la suisse=CH; de l'autriche=AT; du liechtenstein=LI
auvergne | alexa au sommet du puy de dôme un randonneur me demande la capitale {} | de l'arménie=AM; de l'azerbaïdjan=AZ
auvergne | alexa ma mémé du cantal voudrait savoir la capitale {} | de la roumanie=RO; de la moldavie=MD; de la bulgarie=BG
# Seasonal workers in the Savoie resorts
saisonniers | alexa après le service au chalet c'est quoi la capitale {} | de la finlande=FI; de la suède=SE
saisonniers | alexa au télésiège un client m'a demandé la capitale {} et j'ai séché | de la nouvelle-zélande=NZ; de l'afrique du sud=ZA
saisonniers | alexa entre deux tartiflettes on cherche la capitale {} | de la slovaquie=SK; de la tchéquie=CZ
saisonniers | alexa beh ouais la capitale {} c'est laquelle | du kazakhstan=KZ; de l'ouzbékistan=UZ; du kirghizstan=KG
saisonniers | alexa au bord du lac d'annecy je me demandais la capitale {} | du luxembourg=LU; de la belgique=BE
saisonniers | alexa le moniteur de ski veut savoir la capitale {} | d'andorre=AD; de saint-marin=SM; de monaco=MC
# Pied-noir elders
pied-noir | alexa purée dis-moi la capitale {} mon fils | de l'égypte=EG; de la mauritanie=MR
pied-noir | alexa oh la la la je me rappelle plus la capitale {} | du soudan=SD; du tchad=TD; du niger=NE
pied-noir | alexa à la kémia avec les cousins on parle de la capitale {} c'est quoi | d'israël=IL; de chypre=CY
pied-noir | alexa je te jure sur la tête de ma mère que je la connais mais c'est quoi la capitale {} | de l'irak=IQ; de l'iran=IR
pied-noir | alexa tu me fais pas marcher hein la capitale {} c'est laquelle | du mali=ML; du sénégal=SN
# Tahiti
tahiti | alexa ia ora na c'est quoi la capitale {} | des tonga=TO; de tuvalu=TV; de nauru=NR
tahiti | alexa maururu d'avance dis-moi la capitale {} | du vanuatu=VU; des îles salomon=SB; de kiribati=KI
tahiti | alexa aita pea pea mais c'est quoi la capitale {} | de la papouasie-nouvelle-guinée=PG; de la micronésie=FM
tahiti | alexa je suis fiu de chercher la capitale {} sur internet | des îles marshall=MH; des palaos=PW
tahiti | alexa mon tane veut savoir la capitale {} | de l'australie=AU; de la nouvelle-zélande=NZ
# Turkish-French family in Strasbourg
turc | alexa yani c'est quoi la capitale {} | de la turquie=TR; de la géorgie le pays=GE
turc | alexa ma abla elle demande la capitale {} | du turkménistan=TM; du tadjikistan=TJ
turc | alexa tamam tamam dis-moi juste la capitale {} | de la macédoine du nord=MK; du kosovo=XK; de la bosnie=BA
turc | alexa hadi vite la capitale {} avant que anne revienne | du pakistan=PK; de l'afghanistan=AF
# Tamil family at La Chapelle
tamoul | alexa amma veut savoir la capitale {} | de l'inde=IN; du népal=NP; du bhoutan=BT
tamoul | alexa dans le magasin d'appa on cherche la capitale {} | des maldives=MV; de l'île maurice=MU; de singapour=SG
tamoul | alexa seri seri alors c'est quoi la capitale {} | du myanmar=MM; du cambodge=KH
tamoul | alexa mon anna me teste c'est quoi la capitale {} | du sri lanka=LK; des seychelles=SC
# Learners: Chinese students
chinois | alexa bonjour je suis étudiant quelle est la capitale de le {} | laos=LA; brunei=BN; mongolie=MN
chinois | alexa comment on dit la capitale {} en français | de la chine=CN; de taïwan=TW
chinois | alexa excusez-moi capitale {} c'est quelle ville | corée du nord=KP; philippines=PH
chinois | alexa ni hao alexa la capitale {} c'est quoi s'il vous plaît | de la mongolie=MN; du japon=JP
# Learners: British retirees in the Dordogne
anglais | alexa euh quelle est le capitale de le {} | jamaïque=JM; barbade=BB; trinité-et-tobago=TT
anglais | alexa sorry my french quelle est la capitale {} | de la grenade=GD; de sainte-lucie=LC; de saint-vincent=VC
anglais | alexa bloody hell je oublie la capitale {} | de l'irlande=IE; des bahamas=BS
anglais | alexa la capitale de le {} s'il vous plaît | kenya=KE; ghana=GH; nigeria=NG
anglais | alexa my wife she wants la capitale {} | du portugal=PT; de la belgique=BE
# Children
enfants | alexa maman elle a dit que tu sais la capitale {} | de la france=FR; de l'espagne=ES
enfants | alexa moi j'ai six ans c'est quoi la capitale {} | de la russie=RU; des états-unis=US
enfants | alexa alexa alexa c'est quoi la capitale {} | de madagascar=MG; de l'égypte=EG
enfants | alexa la maîtresse elle demande la capitale {} pour demain | de l'allemagne=DE; de l'italie=IT
enfants | alexa mon doudou il veut savoir la capitale {} | du canada=CA; de la chine=CN
enfants | alexa c'est quoi la capitale de la {} | chine chine=CN; fra euh france=FR
# Teenage streamers
streamer | alexa le chat demande c'est quoi la capitale {} | du qatar=QA; de bahreïn=BH; du koweït=KW
streamer | alexa attends les gars je demande la capitale {} | de l'arabie saoudite=SA; d'oman=OM; du yémen=YE
streamer | alexa gg maintenant dis-moi la capitale {} | de la somalie=SO; de l'éthiopie=ET; de l'érythrée=ER
streamer | alexa en live sur twitch on veut la capitale {} | de djibouti=DJ; du soudan du sud=SS
streamer | alexa sur discord mon pote dit que la capitale {} c'est facile c'est quoi | des émirats arabes unis=AE; de la corée du nord=KP
# Night nurses
hopital | alexa pendant la garde de nuit c'est quoi la capitale {} | du rwanda=RW; du burundi=BI
hopital | alexa entre deux tours de chambres dis-moi la capitale {} | de l'ouganda=UG; de la tanzanie=TZ
hopital | alexa un patient qui dort pas me demande la capitale {} | de la zambie=ZM; du zimbabwe=ZW; du malawi=MW
hopital | alexa à la pause café des urgences la capitale {} c'est quoi | du mozambique=MZ; de l'angola=AO
# VTC driver
vtc | alexa mon client vient {} il me demande si je connais sa capitale | du nigeria=NG; du ghana=GH; du cameroun=CM
vtc | alexa je dépose un client à roissy c'est quoi déjà la capitale {} | du gabon=GA; de la guinée équatoriale=GQ
vtc | alexa dans les bouchons du périph la capitale {} c'est laquelle | de la namibie=NA; du botswana=BW; du lesotho=LS
vtc | alexa mon client est {} et il me teste sur sa capitale | de centrafrique=CF; du congo-brazzaville=CG
# Rungis
rungis | alexa à trois heures du matin à rungis on parle de la capitale {} | du costa rica=CR; du panama=PA
rungis | alexa les bananes viennent {} c'est quoi la capitale là-bas | de la république dominicaine=DO; de la côte d'ivoire=CI; de la martinique=MQ
rungis | alexa le grossiste en fleurs veut savoir la capitale {} | du kenya=KE; de l'éthiopie=ET
rungis | alexa les mangues arrivent {} c'est quoi leur capitale | du pérou=PE; du brésil=BR
# Oyster farmers of Arcachon
huitres | alexa entre deux poches d'huîtres dis-moi la capitale {} | du salvador=SV; du belize=BZ
huitres | alexa sur la pinasse au bassin c'est quoi la capitale {} | d'haïti=HT; de la jamaïque=JM
huitres | alexa un acheteur {} vient demain tu me dis sa capitale | de taïwan=TW; de singapour=SG
# Bordeaux wine-growers
vignes | alexa j'exporte mon vin {} c'est quoi la capitale déjà | en chine=CN; au japon=JP; en russie=RU
vignes | alexa pendant les vendanges à saint-émilion la capitale {} c'est quoi | de l'arménie=AM; de la moldavie=MD
vignes | alexa le caviste a un client {} quelle est sa capitale | du danemark=DK; de la lettonie=LV
# TGV conductor
sncf | alexa dans le tgv pour marseille c'est quoi la capitale {} | du togo=TG; du bénin=BJ; du burkina faso=BF
sncf | alexa au bar du tgv un voyageur demande la capitale {} | de la guinée=GN; de la guinée-bissau=GW; de la sierra leone=SL
sncf | alexa ici le contrôleur la capitale {} c'est quoi | du liberia=LR; de la gambie=GM; du cap-vert=CV
# EHPAD memory workshop
ehpad | alexa pourriez-vous me dire la capitale {} | de sao tomé-et-principe=ST; des comores=KM; des seychelles=SC
ehpad | alexa madame jeanne voudrait connaître la capitale {} | du suriname=SR; du guyana=GY
ehpad | alexa auriez-vous l'amabilité de me rappeler la capitale {} | de la dominique=DM; de saint-christophe-et-niévès=KN; d'antigua-et-barbuda=AG
ehpad | alexa pendant l'atelier mémoire quelle est donc la capitale {} | de la hongrie=HU; de la grèce=GR
# Games and TV
jeux | alexa devant pékin express on se demande la capitale {} | du timor oriental=TL; de l'eswatini=SZ; du népal=NP
jeux | alexa pendant koh-lanta ils sont {} c'est quoi la capitale | au panama=PA; aux philippines=PH; au cambodge=KH
jeux | alexa au quiz du pub irlandais la question c'est la capitale {} | de la biélorussie=BY; de l'ukraine=UA; de la serbie=RS
jeux | alexa trivial pursuit question bleue la capitale {} | de la mauritanie=MR; du kirghizstan=KG
jeux | alexa au loto de la salle des fêtes on parlait de la capitale {} | de la slovaquie=SK; de la tchéquie=CZ
# At home
maison | alexa je suis en réunion teams et on se demande la capitale {} | de l'uruguay=UY; de l'argentine=AR
maison | alexa pendant la coupure de courant dis-moi au moins la capitale {} | de l'islande=IS; de la norvège=NO
maison | alexa je prépare le couscous du réveillon c'est quoi la capitale {} | de l'algérie=DZ; du maroc=MA
maison | alexa je plante mes tomates au potager tu connais la capitale {} | du laos=LA; du bhoutan=BT
maison | alexa le petit a de la fièvre et il veut savoir la capitale {} | de l'autriche=AT; de la suisse=CH
maison | alexa au milieu des cartons du déménagement c'est quoi la capitale {} | du sénégal=SN; du mali=ML; du niger=NE

# Canada, fr-CA: Québec City
quebec | alexa sur la terrasse dufferin un couple me demande la capitale {} | du luxembourg=LU; de monaco=MC; de malte=MT | fr-CA
laurentides | alexa au chalet y a pas de réseau mais toi tu sais la capitale {} | de la slovénie=SI; de la croatie=HR; de l'andorre=AD | fr-CA
nunavik | alexa ullaakkut mes élèves demandent la capitale {} | de la suède=SE; du danemark=DK | fr-CA
brossard | alexa ma grand-mère veut la capitale {} pour son mah-jong | de la corée du sud=KR; des philippines=PH | fr-CA
metro | alexa entre berri-uqam pis jean-talon c'est quoi la capitale {} | du vietnam=VN; du laos=LA; du cambodge=KH | fr-CA
tele-quebec | alexa à qui perd gagne ils demandent la capitale {} | du kenya=KE; de la grèce=GR | fr-CA
timmies | alexa la caisse est lente dis-moi vite la capitale {} | de la belgique=BE; de la suisse=CH | fr-CA
quebec | alexa dans ma calèche un touriste me demande la capitale {} | de la france=FR; de l'allemagne=DE | fr-CA
quebec | alexa à la game des remparts on s'obstine sur la capitale {} | de la suède=SE; de la finlande=FI; de la tchéquie=CZ | fr-CA
quebec | alexa au festival d'été entre deux shows c'est quoi la capitale {} | de l'australie=AU; de l'irlande=IE | fr-CA
quebec | alexa le portier du château frontenac veut savoir la capitale {} | du japon=JP; de la chine=CN; de la corée du sud=KR | fr-CA
# Laurentides
laurentides | alexa à la patrouille de ski on se demande la capitale {} | de la norvège=NO; de la suisse=CH | fr-CA
laurentides | alexa les locataires du chalet veulent savoir la capitale {} | du danemark=DK; de l'autriche=AT | fr-CA
laurentides | alexa sur le p'tit train du nord à vélo c'est quoi la capitale {} | de la belgique=BE; des pays-bas=NL | fr-CA
# Nunavik
nunavik | alexa mes élèves de kuujjuaq veulent savoir la capitale {} | du groenland=GL; de l'islande=IS; de la russie=RU | fr-CA
nunavik | alexa nakurmiik d'avance c'est quoi la capitale {} | du canada=CA; des états-unis=US | fr-CA
nunavik | alexa en attendant le twin otter dis-moi la capitale {} | de la mongolie=MN; du kazakhstan=KZ | fr-CA
# Franco-Albertans
alberta | alexa au camp de fort mac pendant ma run c'est quoi la capitale {} | de l'arabie saoudite=SA; du koweït=KW; du nigeria=NG | fr-CA
alberta | alexa icitte à bonnie doon on se demande la capitale {} | de l'ukraine=UA; de la pologne=PL | fr-CA
alberta | alexa en fly-in fly-out on a le temps de jaser la capitale {} c'est quoi | du venezuela=VE; de la norvège=NO | fr-CA
# Franco-Ontarians at the Sudbury mine
sudbury | alexa au fond de la mine les gars se demandent la capitale {} | du chili=CL; du pérou=PE; de la bolivie=BO | fr-CA
sudbury | alexa à la shop à sudbury c'est quoi la capitale {} donc | de l'indonésie=ID; des philippines=PH | fr-CA
sudbury | alexa mon boss franco veut savoir la capitale {} | de l'italie=IT; de la grèce=GR | fr-CA
# Franco-Yukonnais
yukon | alexa en regardant les aurores boréales dis-moi la capitale {} | de la finlande=FI; de l'estonie=EE | fr-CA
yukon | alexa en cherchant de l'or dans le ruisseau c'est quoi la capitale {} | de l'afrique du sud=ZA; du ghana=GH; du soudan=SD | fr-CA
yukon | alexa à whitehorse on est moins trente c'est quoi la capitale {} | du tadjikistan=TJ; de l'ouzbékistan=UZ | fr-CA
# Moroccan-Quebec family in Saint-Michel
maghreb-mtl | alexa wesh tsé la capitale {} c'est quoi | du maroc=MA; de la tunisie=TN; de l'égypte=EG | fr-CA
maghreb-mtl | alexa hamdoulah il fait beau c'est quoi la capitale {} | de la mauritanie=MR; de la libye=LY | fr-CA
maghreb-mtl | alexa ya benti demande à ta tante euh non alexa c'est quoi la capitale {} | de l'algérie=DZ; de la jordanie=JO | fr-CA
maghreb-mtl | alexa ma mère veut savoir la capitale {} pour son voyage | de la turquie=TR; de l'arabie saoudite=SA | fr-CA
# Chinese-Quebec grandmother in Brossard
brossard | alexa ma grand-mère demande la capitale {} en français | de taïwan=TW; de la thaïlande=TH | fr-CA
brossard | alexa la capitale de le {} c'est quoi | vietnam=VN; cambodge=KH | fr-CA
brossard | alexa mon ah ma veut savoir c'est quoi la capitale {} | de singapour=SG; de la malaisie=MY | fr-CA
# Tim Hortons drive-through
timmies | alexa pendant le rush du matin chez tim c'est quoi la capitale {} | de la jamaïque=JM; d'haïti=HT | fr-CA
timmies | alexa entre deux double-double dis-moi la capitale {} | du portugal=PT; de l'espagne=ES; du mexique=MX | fr-CA
timmies | alexa au service au volant un client m'a niaisé avec la capitale {} | du costa rica=CR; du guatemala=GT | fr-CA
# Montreal métro
metro | alexa sur la ligne orange on se demande la capitale {} | de la colombie=CO; de l'équateur=EC | fr-CA
metro | alexa le métro est encore en panne dis-moi la capitale {} | du salvador=SV; du honduras=HN; du nicaragua=NI | fr-CA
metro | alexa en attendant le bus cinquante et un c'est quoi la capitale {} | du liban=LB; de la syrie=SY | fr-CA
# Construction site
chantier | alexa le contremaître veut savoir la capitale {} | de la roumanie=RO; de la hongrie=HU; de la croatie=HR | fr-CA
chantier | alexa chu brûlé mais c'est quoi la capitale {} | de l'albanie=AL; de la serbie=RS | fr-CA
chantier | alexa le gars de la pépine sait pantoute la capitale {} | du cameroun=CM; du congo-kinshasa=CD | fr-CA
chantier | alexa à la pause du dîner sur le chantier c'est quoi la capitale {} | du rwanda=RW; du burundi=BI; du sénégal=SN | fr-CA
# Cégep students
cegep | alexa ma coloc pis moi on étudie c'est quoi la capitale {} | de l'inde=IN; du pakistan=PK; du bangladesh=BD | fr-CA
cegep | alexa le prof va demander la capitale {} à l'exam c'est laquelle | de l'iran=IR; de l'irak=IQ; de l'afghanistan=AF | fr-CA
cegep | alexa j'ai un quiz de géo demain c'est quoi la capitale {} | de la lituanie=LT; de la lettonie=LV | fr-CA
# Quebec TV games
tele-quebec | alexa devant la guerre des clans on gage sur la capitale {} | du brésil=BR; de l'argentine=AR | fr-CA
tele-quebec | alexa au banquier la question c'était la capitale {} c'est quoi | de la nouvelle-zélande=NZ; des fidji=FJ | fr-CA
# Camping in La Mauricie
camping | alexa autour du feu de camp on jase de la capitale {} c'est quoi | du kenya=KE; de la tanzanie=TZ; de l'ouganda=UG | fr-CA
camping | alexa les maringouins nous mangent mais c'est quoi la capitale {} | de madagascar=MG; du mozambique=MZ | fr-CA
camping | alexa dans la tente avec les enfants dis-moi la capitale {} | de l'éthiopie=ET; de la somalie=SO | fr-CA
# Sunday supper with the mother-in-law
souper | alexa tabarouette ma belle-mère veut la capitale {} | de cuba=CU; de la république dominicaine=DO | fr-CA
souper | alexa enweille dis-nous c'est quoi la capitale {} | de la zambie=ZM; du zimbabwe=ZW; de l'angola=AO | fr-CA
souper | alexa bin oui on s'obstine encore t'sais c'est quoi la capitale {} | de l'égypte=EG; du soudan du sud=SS | fr-CA
souper | alexa dans le char en revenant du souper c'est quoi la capitale {} | de la côte d'ivoire=CI; du mali=ML | fr-CA
souper | alexa si ça adonne peux-tu me dire la capitale {} | du paraguay=PY; de l'uruguay=UY | fr-CA

# Follow-ups
follow-up | alexa pis l'ontario d'abord | CA-ON | fr-CA
follow-up | alexa ok pis la saskatchewan elle | CA-SK | fr-CA
follow-up | alexa et {} | pour l'italie=IT; pour la grèce=GR
follow-up | et celle {} | de la hongrie=HU; du japon=JP
follow-up | alexa même question pour {} | le portugal=PT; la pologne=PL; la suède=SE
follow-up | alexa ok et {} alors | la norvège=NO; l'espagne=ES
follow-up | alexa pis {} elle | la belgique=BE; la suisse=CH | fr-CA
follow-up | alexa ok pis pour {} c'est quoi | le pérou=PE; le chili=CL | fr-CA
follow-up | alexa et maintenant {} | le vietnam=VN; la thaïlande=TH
follow-up | alexa d'accord et la capitale {} aussi | du maroc=MA; de l'algérie=DZ
follow-up | alexa super et {} du coup | le danemark=DK; l'irlande=IE
follow-up | alexa pis la même affaire pour {} | le mexique=MX; le brésil=BR | fr-CA
follow-up | alexa et après {} | la corée du sud=KR; l'inde=IN
# Yes/no checks
yes-no-check | alexa la capitale de l'alberta c'est-tu calgary | CA-AB | fr-CA
yes-no-check | alexa ma coloc dit que la capitale de l'australie c'est melbourne a-tu raison | AU | fr-CA
yes-no-check | alexa est-ce que la capitale du canada c'est toronto | CA
yes-no-check | alexa est-ce que la capitale de l'australie c'est canberra | AU
yes-no-check | alexa c'est vrai que sydney c'est la capitale de l'australie | AU
yes-no-check | alexa berne c'est bien la capitale de la suisse | CH
yes-no-check | alexa la capitale de la turquie c'est istanbul non | TR
yes-no-check | alexa la capitale du brésil c'est-tu rio | BR | fr-CA
yes-no-check | alexa c'est-tu vrai que la capitale du canada c'est ottawa | CA | fr-CA
yes-no-check | alexa anna dit que la capitale du sri lanka c'est colombo c'est vrai | LK
yes-no-check | alexa mon aita jure que la capitale de l'espagne c'est barcelone | ES
yes-no-check | alexa lagos c'est la capitale du nigeria hein | NG
yes-no-check | alexa la capitale des états-unis c'est pas new york | US
yes-no-check | alexa j'ai-tu raison de dire que la capitale du maroc c'est casablanca | MA | fr-CA
yes-no-check | alexa je crois que la capitale de la nouvelle-zélande c'est auckland j'ai bon | NZ
yes-no-check | alexa est-ce que zurich c'est la capitale de la suisse | CH
yes-no-check | alexa la capitale du vietnam c'est bien hanoï | VN
yes-no-check | alexa la capitale du kazakhstan c'est toujours almaty | KZ
yes-no-check | alexa dis-moi si la capitale de la bolivie c'est la paz | BO
yes-no-check | alexa c'est-tu montréal la capitale du québec | CA-QC | fr-CA
yes-no-check | alexa mon chum dit que la capitale de l'inde c'est mumbai il se trompe-tu | IN | fr-CA
yes-no-check | alexa rio c'était pas la capitale du brésil avant | BR
yes-no-check | alexa la capitale de la birmanie c'est rangoun ou pas | MM
yes-no-check | alexa la capitale de la tanzanie c'est dar es salaam c'est ça | TZ
yes-no-check | alexa genève c'est-tu la capitale de la suisse | CH | fr-CA
yes-no-check | alexa est-ce que la capitale du pakistan c'est karachi | PK
yes-no-check | alexa c'est bien abuja la capitale du nigeria | NG
yes-no-check | alexa la capitale du cameroun c'est douala non | CM
# Self-corrections
self-correction | alexa la capitale de la nouvelle-écosse euh non du nouveau-brunswick | CA-NB | fr-CA
self-correction | alexa la capitale de l'autriche non pardon de l'australie | AU
self-correction | alexa c'est quoi la capitale de la slovaquie euh non de la slovénie | SI
self-correction | alexa la capitale de l'iran non de l'irak | IQ
self-correction | alexa quelle est la capitale du niger je veux dire du nigeria | NG
self-correction | alexa la capitale de la suède ah non de la suisse | CH
self-correction | alexa dis-moi la capitale de la guinée euh de la guinée-bissau | GW
self-correction | alexa la capitale de la colombie attends non de la bolivie | BO
self-correction | alexa la capitale du danemark oups je voulais dire de la norvège | NO
self-correction | alexa c'est quoi la capitale de l'islande non de l'irlande | IE
self-correction | alexa la capitale de la lettonie non de la lituanie pardon | LT
self-correction | alexa la capitale de la mauritanie euh de l'île maurice | MU
self-correction | alexa la capitale du soudan non du soudan du sud | SS
self-correction | alexa la capitale de la gambie ah non de la zambie | ZM
self-correction | alexa la capitale du paraguay non de l'uruguay voyons | UY | fr-CA
self-correction | alexa c'est quoi la capitale de l'autriche non de l'allemagne excuse | DE | fr-CA
self-correction | alexa la capitale du costa rica euh non de porto rico | PR | fr-CA
self-correction | alexa la capitale du mali attends je me trompe du malawi | MW | fr-CA
self-correction | alexa la capitale de l'ontario non de l'alberta | CA-AB | fr-CA
self-correction | alexa la capitale de la croatie ah pis non de la serbie | RS | fr-CA
self-correction | alexa la capitale du tchad euh du cameroun | CM
self-correction | alexa la capitale du congo-kinshasa non du congo-brazzaville | CG
self-correction | alexa la capitale de la dominique non de la république dominicaine | DO
# Reverse questions
reverse-question | alexa iqaluit c'est la capitale de quoi déjà | CITY:Iqaluit | fr-CA
reverse-question | alexa fredericton c'est-tu la capitale de quelle province | CITY:Fredericton | fr-CA
reverse-question | alexa ouagadougou c'est la capitale de quel pays | CITY:Ouagadougou
reverse-question | alexa kigali c'est la capitale de quoi | CITY:Kigali
reverse-question | alexa de quel pays canberra est la capitale | CITY:Canberra
reverse-question | alexa tbilissi c'est la capitale de quel pays déjà | CITY:Tbilissi
reverse-question | alexa bichkek c'est dans quel pays c'est une capitale non | CITY:Bichkek
reverse-question | alexa oulan-bator c'est la capitale de quel pays | CITY:Oulan-Bator
reverse-question | alexa montevideo c'est la capitale de l'argentine ou de l'uruguay | CITY:Montevideo
reverse-question | alexa ljubljana c'est la capitale de quel pays | CITY:Ljubljana
reverse-question | alexa windhoek c'est la capitale de quel pays | CITY:Windhoek
reverse-question | alexa nouakchott c'est la capitale de quoi | CITY:Nouakchott
reverse-question | alexa paramaribo c'est-tu une capitale de quel pays | CITY:Paramaribo | fr-CA
reverse-question | alexa regina c'est la capitale de quelle province | CITY:Regina | fr-CA
reverse-question | alexa yellowknife c'est la capitale de quoi | CITY:Yellowknife | fr-CA
reverse-question | alexa de quel pays vientiane est la capitale | CITY:Vientiane
reverse-question | alexa asmara c'est la capitale de quel pays | CITY:Asmara
reverse-question | alexa thimphu c'est la capitale de quel pays | CITY:Thimphu
reverse-question | alexa podgorica c'est la capitale de quel pays | CITY:Podgorica | fr-CA
reverse-question | alexa victoria c'est la capitale de quoi | CITY:Victoria | fr-CA
reverse-question | alexa kingston c'est la capitale de quel pays | CITY:Kingston
reverse-question | alexa bakou c'est la capitale de quel pays | CITY:Bakou
reverse-question | alexa achgabat c'est la capitale de quel pays | CITY:Achgabat
reverse-question | alexa tegucigalpa c'est la capitale de quel pays ça | CITY:Tegucigalpa | fr-CA
reverse-question | alexa dodoma c'est la capitale de quel pays | CITY:Dodoma
reverse-question | alexa gitega c'est la capitale de quoi | CITY:Gitega
# Official names
official-name | alexa quelle est la capitale de la république fédérale d'allemagne | DE
official-name | alexa la capitale de la confédération helvétique | CH
official-name | alexa c'est quoi la capitale du royaume hachémite de jordanie | JO
official-name | alexa quelle est la capitale de la république islamique d'iran | IR
official-name | alexa la capitale de la fédération de russie c'est quoi | RU
official-name | alexa quelle est la capitale du grand-duché de luxembourg | LU
official-name | alexa la capitale de la république populaire démocratique de corée | KP
official-name | alexa c'est quoi la capitale des états-unis d'amérique | US | fr-CA
official-name | alexa quelle est la capitale des états-unis mexicains | MX
official-name | alexa la capitale de la république arabe d'égypte | EG
official-name | alexa la capitale de la république socialiste du viêt nam | VN
official-name | alexa c'est quoi la capitale du royaume d'arabie saoudite | SA | fr-CA
official-name | alexa la capitale de la république populaire de chine | CN | fr-CA
official-name | alexa la capitale du royaume-uni de grande-bretagne et d'irlande du nord | GB
official-name | alexa la capitale de la république démocratique du congo | CD
official-name | alexa quelle est la capitale de la république orientale de l'uruguay | UY
official-name | alexa la capitale de la république bolivarienne du venezuela | VE
official-name | alexa quelle est la capitale de la principauté d'andorre | AD
official-name | alexa la capitale du royaume du maroc | MA | fr-CA
official-name | alexa la capitale de la république hellénique | GR
official-name | alexa la capitale de la république démocratique populaire lao | LA
# Everyday names
everyday-name | alexa c'est quoi la capitale de la hollande | NL
everyday-name | alexa la capitale de l'amérique c'est quoi | US
everyday-name | alexa c'est quoi la capitale des states | US | fr-CA
everyday-name | alexa la capitale des émirats | AE
everyday-name | alexa c'est quoi la capitale de la birmanie | MM
everyday-name | alexa la capitale de la centrafrique | CF
everyday-name | alexa la capitale de la rdc c'est quoi | CD
everyday-name | alexa c'est quoi la capitale de la république tchèque | CZ
everyday-name | alexa la capitale de la macédoine | MK
everyday-name | alexa c'est quoi la capitale de saint-kitts | KN
everyday-name | alexa la capitale de trinidad | TT | fr-CA
everyday-name | alexa la capitale du timor | TL
everyday-name | alexa la capitale de la grande-bretagne | GB
everyday-name | alexa c'est quoi la capitale du burkina | BF
everyday-name | alexa la capitale de la moldova | MD | fr-CA
everyday-name | alexa la capitale de la russie blanche | BY
everyday-name | alexa c'est quoi la capitale de la papouasie | PG
everyday-name | alexa la capitale du cabo verde | CV
everyday-name | alexa c'est quoi la capitale de la türkiye | TR
# Old names
old-name | alexa c'était quoi la capitale de la haute-volta | BF
old-name | alexa la capitale du dahomey | BJ
old-name | alexa madame jeanne demande la capitale du zaïre | CD
old-name | alexa c'est quoi la capitale de la rhodésie | ZW
old-name | alexa la capitale de la perse | IR
old-name | alexa la capitale du siam c'est quoi | TH
old-name | alexa la capitale de ceylan | LK | fr-CA
old-name | alexa c'était quoi la capitale de l'abyssinie | ET
old-name | alexa la capitale de formose | TW
old-name | alexa la capitale du swaziland | SZ | fr-CA
old-name | alexa la capitale du nyassaland | MW
old-name | alexa la capitale des nouvelles-hébrides | VU
old-name | alexa c'est quoi la capitale de l'oubangui-chari | CF
old-name | alexa la capitale du honduras britannique | BZ
old-name | alexa la capitale de la côte de l'or | GH
old-name | alexa c'est quoi la capitale du tanganyika | TZ
old-name | alexa la capitale du basutoland | LS
old-name | alexa la capitale du bechuanaland | BW
# Shared names
shared-name | alexa on s'obstine sur la capitale des deux corées | KP+KR | fr-CA
shared-name | alexa le chat demande la capitale de la corée | KP+KR
shared-name | alexa dans le char on parle des îles vierges c'est quoi leur capitale | VG+VI | fr-CA
shared-name | alexa c'est quoi les capitales des deux congos | CD+CG | fr-CA
shared-name | alexa sur le ferry on se demande la capitale de la géorgie | GE+US-GA
shared-name | alexa la capitale des îles vierges britanniques pour mon voyage en voilier | VG
shared-name | alexa c'est quoi la capitale de la géorgie | GE+US-GA
shared-name | alexa la capitale de la géorgie aux états-unis | US-GA
shared-name | alexa la capitale de la géorgie l'état américain | US-GA | fr-CA
shared-name | alexa la capitale de la géorgie dans le caucase | GE
shared-name | alexa c'est quoi la capitale du congo | CD+CG
shared-name | alexa les capitales des deux congo | CD+CG
shared-name | alexa la capitale du congo belge | CD
shared-name | alexa c'est quoi la capitale de la corée | KP+KR
shared-name | alexa les capitales des deux corées | KP+KR | fr-CA
shared-name | alexa la capitale de la corée du sud pas celle du nord | KR
shared-name | alexa c'est quoi la capitale des îles vierges | VG+VI
shared-name | alexa la capitale des îles vierges britanniques | VG
shared-name | alexa la capitale des îles vierges américaines | VI | fr-CA
shared-name | alexa la capitale des îles vierges des états-unis | VI
shared-name | alexa c'est quoi la capitale de la géorgie donc | GE+US-GA | fr-CA
shared-name | alexa la capitale du congo le grand | CD | fr-CA
shared-name | alexa la capitale de la corée celle de kim jong-un | KP
# Plurals
plural-capitals | alexa montserrat a deux capitales c'est lesquelles | MS
plural-capitals | alexa pour mon examen de géo quelles sont les capitales de montserrat | MS | fr-CA
plural-capitals | alexa ma coloc veut les trois capitales de l'afrique du sud | ZA | fr-CA
plural-capitals | alexa au chantier on s'obstine sur les capitales du sri lanka | LK | fr-CA
plural-capitals | alexa purée c'est quoi les capitales de la palestine | PS
plural-capitals | alexa mon prof dit que l'eswatini a deux capitales lesquelles | SZ | fr-CA
plural-capitals | alexa les deux capitales du bénin c'est porto-novo et quoi | BJ
plural-capitals | alexa dans le tgv on cherche les capitales de la malaisie | MY
plural-capitals | alexa quelles sont les capitales de l'afrique du sud | ZA
plural-capitals | alexa c'est quoi les trois capitales de l'afrique du sud | ZA | fr-CA
plural-capitals | alexa les deux capitales de la bolivie | BO
plural-capitals | alexa la bolivie elle a combien de capitales c'est lesquelles | BO | fr-CA
plural-capitals | alexa quelles sont les capitales du bénin | BJ
plural-capitals | alexa les capitales des pays-bas c'est lesquelles | NL
plural-capitals | alexa c'est quoi les deux capitales de la hollande | NL | fr-CA
plural-capitals | alexa les capitales de la malaisie | MY
plural-capitals | alexa quelles sont les deux capitales du sri lanka | LK
plural-capitals | alexa les capitales de la côte d'ivoire c'est quoi | CI
plural-capitals | alexa la côte d'ivoire a deux capitales lesquelles | CI | fr-CA
plural-capitals | alexa c'est quoi les capitales de l'eswatini | SZ
plural-capitals | alexa quelles sont les capitales de la palestine | PS
plural-capitals | alexa les capitales de la palestine c'est-tu lesquelles | PS | fr-CA
plural-capitals | alexa les deux capitales du jammu-et-cachemire | IN-JK
plural-capitals | alexa les capitales de l'uttarakhand | IN-UK
plural-capitals | alexa quelles sont les capitales de montserrat | MS
plural-capitals | alexa dis-moi les capitales du bénin pis de la malaisie | BJ+MY | fr-CA
plural-capitals | alexa les capitales du swaziland | SZ
# Subdivisions
subdivision | alexa on s'en va aux states c'est quoi la capitale du new hampshire | US-NH | fr-CA
subdivision | alexa la capitale du massachusetts pour notre trip à boston | US-MA | fr-CA
subdivision | alexa c'est quoi la capitale de la saskatchewan | CA-SK | fr-CA
subdivision | alexa la capitale du manitoba | CA-MB | fr-CA
subdivision | alexa c'est quoi la capitale de l'île-du-prince-édouard | CA-PE | fr-CA
subdivision | alexa la capitale de la colombie-britannique c'est-tu vancouver | CA-BC | fr-CA
subdivision | alexa la capitale du nouveau-brunswick | CA-NB | fr-CA
subdivision | alexa c'est quoi la capitale de terre-neuve | CA-NL | fr-CA
subdivision | alexa la capitale du nunavut | CA-NU | fr-CA
subdivision | alexa c'est quoi la capitale du yukon | CA-YT | fr-CA
subdivision | alexa la capitale de la nouvelle-écosse | CA-NS | fr-CA
subdivision | alexa c'est quoi la capitale de l'ontario | CA-ON | fr-CA
subdivision | alexa la capitale des territoires du nord-ouest | CA-NT | fr-CA
subdivision | alexa c'est quoi la capitale du vermont | US-VT | fr-CA
subdivision | alexa la capitale du maine on va à ogunquit | US-ME | fr-CA
subdivision | alexa c'est quoi la capitale de la floride | US-FL | fr-CA
subdivision | alexa la capitale de la californie | US-CA
subdivision | alexa c'est quoi la capitale du texas | US-TX
subdivision | alexa la capitale de la louisiane | US-LA
subdivision | alexa c'est quoi la capitale de l'état de new york | US-NY
subdivision | alexa la capitale de l'état de washington | US-WA
subdivision | alexa c'est quoi la capitale du nevada | US-NV
subdivision | alexa la capitale d'hawaï | US-HI
subdivision | alexa c'est quoi la capitale du kentucky | US-KY
subdivision | alexa la capitale de la bavière | DE-BY
subdivision | alexa c'est quoi la capitale de la sarre | DE-SL
subdivision | alexa la capitale du bade-wurtemberg | DE-BW
subdivision | alexa la capitale de la rhénanie-palatinat | DE-RP
subdivision | alexa c'est quoi la capitale de l'écosse | GB-SCT
subdivision | alexa la capitale du pays de galles | GB-WLS
subdivision | alexa la capitale de l'irlande du nord | GB-NIR
subdivision | alexa c'est quoi la capitale de la tasmanie | AU-TAS
subdivision | alexa la capitale du queensland | AU-QLD
subdivision | alexa c'est quoi la capitale de la nouvelle-galles du sud | AU-NSW
subdivision | alexa la capitale du kerala | IN-KL
subdivision | alexa c'est quoi la capitale du tamil nadu | IN-TN
subdivision | alexa la capitale de pondichéry | IN-PY
subdivision | alexa c'est quoi la capitale de bahia | BR-BA
subdivision | alexa la capitale du minas gerais | BR-MG
subdivision | alexa c'est quoi la capitale du yucatán | MX-YUC
subdivision | alexa la capitale de jalisco | MX-JAL
subdivision | alexa la capitale de la basse-californie du sud | MX-BCS
# Territories
territory | alexa c'est quoi la capitale de la réunion | RE
territory | alexa la capitale de la guadeloupe | GP
territory | alexa c'est quoi la capitale de la guyane | GF
territory | alexa la capitale de mayotte | YT
territory | alexa mon tane veut savoir la capitale de la polynésie | PF
territory | alexa la capitale de la nouvelle-calédonie | NC
territory | alexa c'est quoi la capitale de wallis-et-futuna | WF
territory | alexa la capitale de saint-pierre-et-miquelon | PM | fr-CA
territory | alexa la capitale de saint-barthélemy | BL
territory | alexa c'est quoi la capitale du groenland | GL
territory | alexa la capitale des îles féroé | FO
territory | alexa la capitale de porto rico | PR | fr-CA
territory | alexa c'est quoi la capitale des bermudes | BM | fr-CA
territory | alexa la capitale de gibraltar | GI
territory | alexa la capitale d'aruba | AW
territory | alexa c'est quoi la capitale de curaçao | CW
territory | alexa la capitale de l'île de man | IM
territory | alexa la capitale de jersey | JE
territory | alexa c'est quoi la capitale des îles caïmans | KY | fr-CA
territory | alexa la capitale des îles cook | CK
territory | alexa la capitale des malouines | FK
territory | alexa c'est quoi la capitale du sahara occidental | EH
territory | alexa la capitale du vatican | VA
territory | alexa c'est quoi la capitale de saint-martin | MF
# One-shot through the invocation name
one-shot | alexa demande à capitales du monde la capitale du pérou | PE
one-shot | alexa ouvre capitales du monde et dis-moi la capitale de la norvège | NO
one-shot | alexa demande à capitales du monde c'est quoi la capitale de l'équateur | EC
one-shot | alexa lance capitales du monde et donne-moi la capitale du laos | LA
one-shot | alexa demande à capitales du monde quelle est la capitale du bhoutan | BT
one-shot | alexa capitales du monde la capitale de la mongolie | MN
one-shot | alexa utilise capitales du monde pour la capitale du ghana | GH
one-shot | alexa demande à capitales du monde la capitale du manitoba | CA-MB | fr-CA
one-shot | alexa ouvre capitales du monde pis dis-moi la capitale du chili | CL | fr-CA
one-shot | alexa demande donc à capitales du monde la capitale de la jamaïque | JM | fr-CA
one-shot | alexa avec capitales du monde trouve la capitale de la tunisie | TN
one-shot | alexa demande à capitales du monde les capitales de la bolivie | BO
one-shot | alexa demande à capitales du monde la capitale de la corée du nord | KP | fr-CA
one-shot | alexa dis à capitales du monde que je veux la capitale du soudan | SD
one-shot | alexa lance capitales du monde la capitale du yémen | YE
# What recognition writes
recognition | alexa c'est quoi la capitale de la saskatchouane | CA-SK | fr-CA
recognition | alexa la capitale du nouveau brunswick | CA-NB | fr-CA
recognition | alexa c'est quoi la capitale de terre neuve et labrador | CA-NL | fr-CA
recognition | alexa c'est quoi la capitale de l'equateur | EC
recognition | alexa la capitale du perou | PE
recognition | alexa c'est quoi la capitale de la nouvelle zelande | NZ
recognition | alexa la capitale de la grece | GR
recognition | alexa la capitale de la graisse | GR
recognition | alexa c'est quoi la capitale du cap vert | CV
recognition | alexa la capitale de la tchequie | CZ
recognition | alexa c'est quoi la capitale de l'ile maurice | MU
recognition | alexa la capitale du bahrein | BH
recognition | alexa la capitale d'haiti | HT
recognition | alexa c'est quoi la capitale du srilanka | LK
recognition | alexa la capitale du catar | QA
recognition | alexa c'est quoi la capitale de l'ouzbekistan | UZ
recognition | alexa la capitale du bélise | BZ
recognition | alexa c'est quoi la capitale de linde | IN
recognition | alexa la capitale de la colombie britannique | CA-BC | fr-CA
recognition | alexa c'est quoi la capitale de la coree du nord | KP | fr-CA
recognition | alexa la capitale du kirghizistan | KG
recognition | alexa la capitale de l'azerbaidjan | AZ
recognition | alexa c'est quoi la capitale du koweit | KW
recognition | alexa la capitale des emirats arabes unis | AE | fr-CA
recognition | alexa la capitale de la papouasie nouvelle guinée | PG
recognition | alexa c'est quoi la capitale de l'arabie saoudite | SA
recognition | alexa la capitale du salvadore | SV
recognition | alexa la capitale de l'estonnie | EE
recognition | alexa c'est quoi la capitale de la guinée bissau | GW
recognition | alexa la capitale de la bosnie herzégovine | BA
recognition | alexa la capitale du liechtenstien | LI
recognition | alexa c'est quoi la capitale de la biélo russie | BY
recognition | alexa la capitale de l'afrique du sud | ZA | fr-CA
recognition | alexa c'est quoi la capitale du mexic | MX
recognition | alexa la capitale du tadjikistane | TJ
recognition | alexa la capitale de l'érythrée | ER | fr-CA
recognition | alexa c'est quoi la capitale de ta haïti | HT
recognition | alexa la capitale de sao tomé | ST
recognition | alexa c'est quoi la capitale du burkina fasso | BF
recognition | alexa la capitale du zimbabwé | ZW
recognition | alexa c'est quoi la capitale de la tanzani | TZ
recognition | alexa la capitale de la mauritani | MR | fr-CA
recognition | alexa c'est quoi la capitale du viet nam | VN

# Out-of-domain near misses
out-of-domain | alexa c'est quoi la capitale de la corse | FB
out-of-domain | alexa la capitale du pays basque c'est bayonne ou bilbao | FB
out-of-domain | alexa c'est quoi la capitale de la normandie | FB
out-of-domain | alexa la capitale de l'auvergne | FB
out-of-domain | alexa c'est quoi la capitale de la savoie | FB
out-of-domain | alexa la capitale de la sardaigne | FB
out-of-domain | alexa c'est quoi la capitale de la sicile | FB
out-of-domain | alexa la capitale de la catalogne | FB
out-of-domain | alexa c'est quoi la capitale de la flandre | FB
out-of-domain | alexa la capitale de la bretagne | FB
out-of-domain | alexa la capitale de l'alsace c'est strasbourg | FB
out-of-domain | alexa c'est quoi la capitale de la gaspésie | FB | fr-CA
out-of-domain | alexa la capitale de l'acadie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du nunavik | FB | fr-CA
out-of-domain | alexa la capitale du saguenay | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la laponie | FB
out-of-domain | alexa la capitale de la sibérie | FB
out-of-domain | alexa c'est quoi la capitale du kurdistan | FB
out-of-domain | alexa c'est quoi la capitale de la crète | FB
out-of-domain | alexa combien d'habitants en corse | FB
out-of-domain | alexa quelle langue on parle au portugal | FB
out-of-domain | alexa c'est quoi la monnaie du japon | FB
out-of-domain | alexa quelle est la population du nigeria | FB
out-of-domain | alexa c'est quoi le drapeau de la turquie | FB
out-of-domain | alexa qui est le président du sénégal | FB
out-of-domain | alexa c'est quoi la plus grande ville de l'australie | FB
out-of-domain | alexa quelle heure il est à tahiti | FB
out-of-domain | alexa il fait combien à whitehorse | FB | fr-CA
out-of-domain | alexa c'est quoi la superficie du canada | FB | fr-CA
out-of-domain | alexa c'est quoi l'hymne national de l'italie | FB
out-of-domain | alexa combien de temps de vol pour le japon | FB
out-of-domain | alexa c'est quoi la meilleure saison pour aller au pérou | FB
out-of-domain | alexa quel est le plat typique du maroc | FB | fr-CA
out-of-domain | alexa quel fuseau horaire en chine | FB
out-of-domain | alexa quelle est la montagne la plus haute du népal | FB
out-of-domain | alexa c'est quoi le plus long fleuve du brésil | FB
out-of-domain | alexa combien il y a de pays en afrique | FB
out-of-domain | alexa c'est quoi le plus petit pays du monde | FB
out-of-domain | alexa combien de provinces au canada | FB | fr-CA
out-of-domain | alexa quelle est la distance entre québec et montréal | FB | fr-CA
out-of-domain | alexa c'est quoi l'indicatif téléphonique de l'algérie | FB
out-of-domain | alexa faut-il un visa pour la tunisie | FB
out-of-domain | alexa traduis capitale en anglais | FB
out-of-domain | alexa épelle le mot capitale | FB
out-of-domain | alexa c'est quoi le capital social de mon entreprise | FB
out-of-domain | alexa comment placer un capital de dix mille euros | FB
out-of-domain | alexa la peine capitale existe encore aux états-unis | FB
out-of-domain | alexa écris mon nom en lettres capitales | FB
out-of-domain | alexa quelle ville est la capitale européenne de la culture cette année | FB
out-of-domain | alexa c'est quoi la capitale mondiale de la gastronomie | FB
out-of-domain | alexa quelle ville est la capitale de la mode | FB
out-of-domain | alexa c'est quoi la capitale des gaules | FB
out-of-domain | alexa la capitale du camembert c'est quelle ville | FB
out-of-domain | alexa c'est quoi la capitale du homard au canada | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale nationale | FB | fr-CA
out-of-domain | alexa c'est quoi l'équipe de hockey de la capitale | FB | fr-CA
out-of-domain | alexa mets de la musique corse | FB
out-of-domain | alexa mets un minuteur de dix minutes pour les huîtres | FB
out-of-domain | alexa quelle est la météo à bastia demain | FB
out-of-domain | alexa allume la lumière du salon | FB
out-of-domain | alexa ajoute des tomates à la liste de courses | FB
out-of-domain | alexa raconte-moi une blague | FB
out-of-domain | alexa joue la radio de radio-canada | FB | fr-CA
out-of-domain | alexa c'est quoi le score des canadiens | FB | fr-CA
out-of-domain | alexa appelle ma belle-mère | FB | fr-CA
out-of-domain | alexa réveille-moi à cinq heures pour la mine | FB | fr-CA
out-of-domain | alexa commande-moi un double-double | FB | fr-CA
out-of-domain | alexa quelle est la température à kuujjuaq | FB | fr-CA
out-of-domain | alexa combien coûte un billet de train pour paris | FB
out-of-domain | alexa quand passe le prochain tgv | FB
out-of-domain | alexa qui a gagné pékin express | FB
out-of-domain | alexa quelle est la date des fêtes de bayonne | FB
out-of-domain | alexa c'est quoi le résultat du loto | FB
out-of-domain | alexa quelle est la capitale de ma région | FB
out-of-domain | alexa c'est quoi la capitale de l'atlantide | FB
out-of-domain | alexa c'est quoi la capitale du monde des schtroumpfs | FB
out-of-domain | alexa c'est quoi la capitale de westeros | FB
out-of-domain | alexa quel pays a la plus belle capitale | FB
out-of-domain | alexa c'est quoi le fromage de l'auvergne | FB
out-of-domain | alexa combien de calories dans une tartiflette | FB
out-of-domain | alexa la capitale de la tartiflette c'est annecy | FB
out-of-domain | alexa c'est quoi la plus vieille ville de france | FB
out-of-domain | alexa c'est quoi la religion en indonésie | FB
out-of-domain | alexa quel est le pays le plus peuplé d'afrique | FB
out-of-domain | alexa c'est quoi la date de l'indépendance de l'algérie | FB
out-of-domain | alexa quel océan borde la namibie | FB
out-of-domain | alexa c'est combien un dollar canadien en euros | FB | fr-CA
out-of-domain | alexa quel est le prix de l'essence à sudbury | FB | fr-CA
out-of-domain | alexa quels pays parlent français en afrique | FB
out-of-domain | alexa c'est quoi la capitale de la bourgogne-franche-comté | FB

out-of-domain | alexa c'est quoi la capitale de la poutine | FB | fr-CA
out-of-domain | alexa combien de temps pour aller à kuujjuaq en avion | FB | fr-CA
out-of-domain | alexa c'est quoi la langue des inuits | FB | fr-CA
out-of-domain | alexa à quelle heure ferme le tim hortons | FB | fr-CA
out-of-domain | alexa c'est quoi la population de l'alberta | FB | fr-CA
out-of-domain | alexa quand est-ce que la ligne orange rouvre | FB | fr-CA
out-of-domain | alexa c'est qui le premier ministre du québec | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la mauricie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'abitibi | FB | fr-CA
out-of-domain | alexa combien y a de lacs au québec | FB | fr-CA
out-of-domain | alexa la capitale de la côte-nord c'est-tu baie-comeau | FB | fr-CA
# Help
help | alexa ia ora na comment ça marche ton jeu | HELP
help | alexa aide-moi avec capitales du monde | HELP
help | alexa je comprends pas comment ça marche ton jeu de capitales | HELP
help | alexa qu'est-ce que je peux te demander au juste | HELP
help | alexa comment on joue à ça | HELP
help | alexa explique-moi ce que tu sais faire avec les capitales | HELP
help | alexa mamie comprend pas comment te parler aide-la | HELP
help | alexa je suis perdu là aide-moi | HELP
help | alexa c'est quoi les règles | HELP
help | alexa à l'aide je sais pas quoi dire | HELP
help | alexa tu peux m'expliquer comment on te pose une question | HELP
help | alexa pouvez-vous m'aider je ne comprends pas | HELP
help | alexa qu'est-ce qu'il faut dire pour avoir une capitale | HELP
help | alexa j'ai besoin d'aide avec le jeu des capitales | HELP
help | alexa comment ça fonctionne ton affaire | HELP | fr-CA
help | alexa aide-moi donc je comprends pas | HELP | fr-CA
help | alexa c'est quoi que je peux te demander | HELP | fr-CA
help | alexa je sais pas comment marche capitales du monde | HELP | fr-CA
help | alexa montre-moi comment faire | HELP | fr-CA
help | alexa peux-tu m'aider avec ton jeu de capitales | HELP | fr-CA
help | alexa aide s'il vous plaît | HELP
help | alexa euh qu'est-ce que tu fais au juste toi | HELP
help | alexa mes élèves comprennent pas comment te parler peux-tu les aider | HELP | fr-CA
# Stop
stop | alexa arrête capitales du monde | STOP
stop | alexa stop ça suffit pour ce soir | STOP
stop | alexa on arrête le jeu maintenant | STOP
stop | alexa ferme capitales du monde | STOP
stop | alexa tais-toi s'il te plaît | STOP
stop | alexa c'est bon on a fini | STOP
stop | alexa arrête tout le petit dort | STOP
stop | alexa stop la garde reprend | STOP
stop | alexa quitte le jeu des capitales | STOP
stop | alexa au revoir on s'arrête là | STOP
stop | alexa veuillez arrêter s'il vous plaît | STOP
stop | alexa arrête là on mange | STOP
stop | alexa stop le live est fini | STOP
stop | alexa ferme ça | STOP | fr-CA
stop | alexa arrête ça c'est assez | STOP | fr-CA
stop | alexa c'est fini pour à soir | STOP | fr-CA
stop | alexa on a fini de jouer bonne nuit | STOP | fr-CA
stop | alexa sors de capitales du monde | STOP | fr-CA
stop | alexa ferme ton jeu la game commence | STOP | fr-CA
stop | alexa stop stop stop | STOP | fr-CA
stop | alexa arrête de parler le souper est prêt | STOP | fr-CA
# Cancel
cancel | alexa oublie ça la truffade est prête | CANCEL
cancel | alexa annule annule le chat a trouvé | CANCEL
cancel | alexa non laisse faire ma belle-mère le savait | CANCEL | fr-CA
cancel | alexa tabarouette oublie ça | CANCEL | fr-CA
cancel | alexa non c'est bon laisse tomber purée | CANCEL
cancel | alexa annule ma demande le client est parti | CANCEL
cancel | alexa laisse tomber | CANCEL
cancel | alexa non laisse tomber c'est pas grave | CANCEL
cancel | alexa annule ma question | CANCEL
cancel | alexa oublie ce que j'ai dit | CANCEL
cancel | alexa non rien finalement | CANCEL
cancel | alexa oublie ça j'ai trouvé sur mon téléphone | CANCEL
cancel | alexa annule c'était le petit qui parlait | CANCEL
cancel | alexa pas grave oublie la question | CANCEL
cancel | alexa annule je me suis trompé | CANCEL
cancel | alexa laisse tomber ma nonna a trouvé | CANCEL
cancel | alexa veuillez annuler ma demande | CANCEL
cancel | alexa non non annule ça | CANCEL
cancel | alexa laisse faire | CANCEL | fr-CA
cancel | alexa c'est beau laisse faire | CANCEL | fr-CA
cancel | alexa oublie ça d'abord | CANCEL | fr-CA
cancel | alexa annule ça mon chum a trouvé | CANCEL | fr-CA
cancel | alexa non rien c'est correct | CANCEL | fr-CA
cancel | alexa laisse faire la question | CANCEL | fr-CA
cancel | alexa annule la dernière affaire | CANCEL | fr-CA
cancel | alexa oublie ma question pantoute | CANCEL | fr-CA
cancel | alexa laisse tomber la capitale | CANCEL | fr-CA
# Launch
launch | alexa ia ora na ouvre capitales du monde | LAUNCH
launch | alexa on est au camping ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa lance capitales du monde pour l'atelier mémoire | LAUNCH
launch | alexa enweille part capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde on est en live | LAUNCH
launch | alexa ouvre capitales du monde pour les enfants | LAUNCH
launch | alexa lance le jeu capitales du monde s'il te plaît | LAUNCH
launch | alexa on joue à capitales du monde | LAUNCH
launch | alexa démarre capitales du monde pour le quiz | LAUNCH
launch | alexa ouvre-moi capitales du monde | LAUNCH
launch | alexa je veux jouer à capitales du monde | LAUNCH
launch | alexa mets capitales du monde | LAUNCH
launch | alexa ouvre donc capitales du monde | LAUNCH | fr-CA
launch | alexa part le jeu capitales du monde | LAUNCH | fr-CA
launch | alexa lance capitales du monde pour ma classe | LAUNCH | fr-CA
launch | alexa peux-tu partir capitales du monde | LAUNCH | fr-CA
launch | alexa pourriez-vous ouvrir capitales du monde | LAUNCH
"""

if __name__ == "__main__":
    build_round(26, "fr", LINES, sys.argv, "tests/Eval/fr/round26/source/build_corpus.py")
