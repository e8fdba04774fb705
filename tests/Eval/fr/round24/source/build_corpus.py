"""Round 24, French (fr-FR, fr-CA): a new author's own mix, written blind, about a third of the lines fr-CA. Speakers
chosen apart from rounds 20-23. France and the French-speaking neighbours on fr-FR devices: Marseille (OM supporters on
the Vieux-Port, "té", "vé", "peuchère", "fada", "dégun", "tarpin", "fan de chichourle"), Lille and the Nord ("biloute",
"min fieu", "quo qu'ch'est"), Alsace ("hopla", "gell", the Christmas market), Belgians in Brussels and Liège ("une
fois", "savoir" for "pouvoir", "mon ket", "au kot", "non peut-être", "septante"), Swiss Romands in Lausanne and Geneva
("adieu", "ça joue ou bien", "y a pas le feu au lac", "huitante"), Réunionnais, Antillais and Guyanais ("kosa", "mi koné
pas", "doudou", "oui mon chè", "an pa sav"), a Nouméa caller; at work: a post-office counter, a travel agency, customs
at Roissy, a fire station on night duty, a garage, a médiathèque story hour, a wedding DJ, a physiotherapist between
patients, a supermarket night shelf-stacker; classe prépa students before a khôlle and the Sciences Po entrance exam; a
partially sighted woman who cannot read her atlas; insomnia at three in the morning; at home: ironing, bath time, on the
stepladder, gardening, a sick day on the sofa; games: Risk, Civilization, the Eurovision evening, the Formula One grand
prix, "Les douze coups de midi", "Questions pour un champion", a family quiz at a birthday. Canada (fr-CA):
Lac-Saint-Jean ("ouin", picking bleuets), Charlevoix, a Montérégie dairy farm at milking time, Brayons of the Madawaska
in Edmundston, Franco-Colombiens in Vancouver (English mixed in: "like", "anyway", "so"), French expats in Montreal
picking up Québécois ("du coup", "c'est ouf"), Lebanese-Quebecers in Laval ("yalla", "habibi"), a night snow-removal
crew, the winter-tire change at the garage, ice fishing, a chalet weekend, the Saint-Jean bonfire, the Bye Bye on New
Year's Eve, the Quebec Winter Carnival, the Montreal Grand Prix, a dépanneur, church-basement bingo, a seniors'
residence (RPA), an office party ("crime", "simonaque", "torrieu", "bon yeu", "voyons donc", "je capote", "arrête de
niaiser", "icitte", "pogner"). Plus follow-ups, yes/no checks with right and wrong guesses, self-corrections, reverse
questions, official, old and everyday names, shared names (Géorgie, Congo, Corée, îles Vierges, the Dakotas and
Carolinas), plurals (every several-capital country, Palestine, Montserrat, Jammu and Kashmir, Uttarakhand), subdivisions
(Canadian provinces and territories, US, Mexican, Brazilian, German, Indian and Australian states, the UK's nations) and
territories, one-shot requests through "capitales du monde", launch, help, stop and cancel, out-of-domain near misses
(other facts about a named country, "capital" as money, as a letter, as the death penalty, the deadly sins, préfectures
and chefs-lieux, regions the data lacks, biggest cities, everyday requests), and what recognition writes (lost accents
and hyphens, split or joined words, homophones such as "graisse" for Grèce). `python3
tests/Eval/fr/round24/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py (build_round
with round 24's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# fr-FR: Marseille, the Vieux-Port and the OM supporters.
marseille | alexa té dis-moi la capitale {} vé | de l'algérie=DZ; des comores=KM; du sénégal=SN
marseille | oh alexa c'est quoi la capitale {} peuchère j'ai oublié | du maroc=MA; du liban=LB; de la grèce=GR
marseille | alexa l'om va jouer {} c'est quoi la capitale là-bas | en turquie=TR; au portugal=PT
marseille | alexa dégun il sait la capitale {} tu peux me la dire | de la mauritanie=MR; du cap-vert=CV; de djibouti=DJ
marseille | alexa fan de chichourle c'est laquelle la capitale {} | de l'albanie=AL; du monténégro=ME
marseille | alexa je te jure ça me rend fada quelle est la capitale {} | du mali=ML; du niger=NE; du tchad=TD
marseille | alexa tarpin dure celle-là la capitale {} c'est quoi | de l'ouzbékistan=UZ; du kazakhstan=KZ; du turkménistan=TM
marseille | oh alexa mon cousin il part {} c'est quoi la capitale dis | en arménie=AM; en tunisie=TN

# fr-FR: Lille and the Nord.
lille | alexa dis biloute ch'est quoi la capitale {} | de la belgique=BE; du luxembourg=LU
lille | alexa min fieu y demande la capitale {} hein | de la pologne=PL; de la tchéquie=CZ; de la slovaquie=SK
lille | alexa à la braderie un gars m'a demandé la capitale {} tu sais toi | de la hongrie=HU; de la roumanie=RO; de la bulgarie=BG
lille | alexa quo qu'ch'est la capitale {} | de l'ukraine=UA; de la moldavie=MD; de la biélorussie=BY
lille | alexa dans l'eurostar sous la manche c'est quoi la capitale {} déjà | du royaume-uni=GB; de l'irlande=IE

# fr-FR: Alsace.
alsace | alexa hopla une question la capitale {} c'est laquelle | du danemark=DK; de l'islande=IS; de la finlande=FI
alsace | alexa au marché de noël les exposants viennent {} c'est quoi la capitale | d'estonie=EE; de lettonie=LV; de suède=SE
alsace | alexa gell tu me dis la capitale {} | de la norvège=NO; de l'allemagne=DE
alsace | alexa ma belle-mère de strasbourg veut savoir la capitale {} | de la slovénie=SI; de la croatie=HR; de la serbie=RS

# fr-FR: Belgians in Brussels and Liège.
belgique | alexa dis une fois c'est quoi la capitale {} | du rwanda=RW; du burundi=BI
belgique | alexa tu sais me dire la capitale {} allez | de l'italie=IT; de l'espagne=ES; de malte=MT
belgique | alexa mon ket doit savoir la capitale {} pour demain | de la colombie=CO; du venezuela=VE; de l'équateur=EC
belgique | alexa au kot on se dispute sur la capitale {} c'est laquelle | de l'australie=AU; de la nouvelle-zélande=NZ; du canada=CA
belgique | alexa non peut-être que je connais la capitale {} allez dis-la-moi | du brésil=BR; de l'argentine=AR
belgique | alexa septante pour cent des gens savent pas la capitale {} et toi | du pérou=PE; du chili=CL

# fr-FR: Swiss Romands in Lausanne and Geneva.
suisse | adieu alexa tu me dis la capitale {} s'il te plaît | de l'andorre=AD; de monaco=MC; de saint-marin=SM
suisse | alexa ça joue ou bien tu connais la capitale {} | de la suisse=CH; du liechtenstein=LI
suisse | alexa pour la conférence à genève il me faut la capitale {} | de l'éthiopie=ET; du kenya=KE; de la tanzanie=TZ
suisse | alexa y a pas le feu au lac mais c'est quoi la capitale {} | du laos=LA; du cambodge=KH; du viêt nam=VN
suisse | alexa huitante questions et je bloque sur la capitale {} | de l'autriche=AT; du portugal=PT

# fr-FR: Réunion, the Antilles, Guyane, Nouméa.
outre-mer | alexa kosa la capitale {} mi koné pas | de maurice=MU; de madagascar=MG; des seychelles=SC
outre-mer | alexa mi demande a ou la capitale {} | de la réunion=RE; de mayotte=YT
outre-mer | alexa doudou c'est quoi la capitale {} an pa sav | de la martinique=MQ; de la guadeloupe=GP; de la dominique=DM
outre-mer | alexa oui mon chè la capitale {} c'est laquelle | d'haïti=HT; de sainte-lucie=LC; de la barbade=BB
outre-mer | alexa à cayenne on veut savoir la capitale {} | du suriname=SR; du guyana=GY; de la guyane=GF
outre-mer | alexa bonjour c'est pour nouméa quelle est la capitale {} | du vanuatu=VU; des fidji=FJ; de la nouvelle-calédonie=NC

# fr-FR: a post-office counter.
la-poste | alexa le colis part {} c'est quoi la capitale déjà | au kirghizstan=KG; au tadjikistan=TJ; en mongolie=MN
la-poste | alexa au guichet une dame envoie un recommandé dans la capitale {} c'est laquelle | du gabon=GA; du cameroun=CM; de la guinée=GN
la-poste | alexa pour remplir le bordereau il me faut la capitale {} | de la jordanie=JO; de l'irak=IQ; de la syrie=SY

# fr-FR: a travel agency.
agence-voyages | alexa le client veut visiter la capitale {} c'est laquelle | de la thaïlande=TH; de l'indonésie=ID; des philippines=PH
agence-voyages | alexa pour le circuit je dois noter la capitale {} c'est quoi | du costa rica=CR; du panama=PA; du guatemala=GT
agence-voyages | alexa en réservant le vol je sèche sur la capitale {} | du belize=BZ; du honduras=HN; du nicaragua=NI
agence-voyages | alexa une cliente hésite pour son voyage de noces c'est quoi la capitale {} | des maldives=MV; des bahamas=BS; du salvador=SV

# fr-FR: customs at Roissy.
roissy | alexa le passager arrive {} la capitale c'est quoi pour le formulaire | du pakistan=PK; du bangladesh=BD; d'afghanistan=AF
roissy | alexa on contrôle un vol qui vient de la capitale {} c'est laquelle | de la sierra leone=SL; du liberia=LR; du togo=TG
roissy | alexa à la douane on a un doute c'est quoi la capitale {} | de la papouasie-nouvelle-guinée=PG; des îles salomon=SB; des samoa=WS

# fr-FR: a fire station on night duty.
pompiers | alexa à la caserne pendant la garde c'est quoi la capitale {} | du paraguay=PY; de l'uruguay=UY; de cuba=CU
pompiers | alexa entre deux interventions dis-moi vite la capitale {} | de la république dominicaine=DO; de la jamaïque=JM; de trinité-et-tobago=TT

# fr-FR: a garage.
garage | alexa y a une voiture immatriculée en {} c'est quoi la capitale | lituanie=LT; macédoine du nord=MK; bosnie-herzégovine=BA
garage | alexa j'ai les mains dans le moteur donne-moi la capitale {} | de l'azerbaïdjan=AZ; du kosovo=XK

# fr-FR: a médiathèque story hour.
mediatheque | alexa les enfants de l'heure du conte veulent savoir la capitale {} | du japon=JP; de la chine=CN; de la corée du nord=KP
mediatheque | alexa à la médiathèque on range l'atlas c'est quoi la capitale {} | du soudan=SD; du soudan du sud=SS; de l'érythrée=ER

# fr-FR: a wedding DJ.
mariage | alexa les tables du mariage ont des noms de capitales c'est quoi la capitale {} | de l'inde=IN; du mexique=MX; de la russie=RU
mariage | alexa le marié est originaire {} c'est quoi la capitale | du mozambique=MZ; de la zambie=ZM; du zimbabwe=ZW

# fr-FR: a physiotherapist and a night shelf-stacker.
boulot | alexa entre deux patients c'est quoi la capitale {} | du ghana=GH; du nigeria=NG; de l'angola=AO
boulot | alexa en mettant les cartons en rayon je me demande la capitale {} | du koweït=KW; du qatar=QA; de bahreïn=BH

# fr-FR: classe prépa and the Sciences Po exam.
prepa | alexa avant ma khôlle rappelle-moi la capitale {} | du myanmar=MM; du brunei=BN; du timor oriental=TL
prepa | alexa pour le concours de sciences po c'est quoi la capitale {} | de l'iran=IR; d'israël=IL; des émirats arabes unis=AE
prepa | alexa on révise en coloc la capitale {} c'est quoi déjà | de la namibie=NA; de l'ouganda=UG; de la gambie=GM
prepa | alexa j'ai une khôlle de géo dans dix minutes la capitale {} c'est laquelle | de l'arabie saoudite=SA; du yémen=YE; d'oman=OM

# fr-FR: a partially sighted woman.
malvoyante | alexa je suis malvoyante et je peux pas lire l'atlas quelle est la capitale {} | de la guinée-bissau=GW; de la guinée équatoriale=GQ; de sao tomé-et-principe=ST
malvoyante | alexa lis-moi la capitale {} s'il te plaît | du burkina faso=BF; de la république centrafricaine=CF; de l'eswatini=SZ

# fr-FR: insomnia at three in the morning.
insomnie | alexa il est trois heures du mat je dors pas c'est quoi la capitale {} | du malawi=MW; du lesotho=LS; du botswana=BW
insomnie | alexa chut parle doucement la capitale {} c'est quoi | de la somalie=SO; de la libye=LY; du soudan=SD

# fr-FR: at home (ironing, bath time, the stepladder, the garden, a sick day).
maison | alexa pendant que je repasse dis-moi la capitale {} | de la mongolie=MN; du népal=NP; du bhoutan=BT
maison | alexa j'ai les mains pleines de savon c'est quoi la capitale {} | de la turquie=TR; de la géorgie le pays=GE
maison | alexa je suis sur l'escabeau tu peux me donner la capitale {} | du sri lanka=LK; de singapour=SG; de la malaisie=MY
maison | alexa dans le jardin avec le tuyau d'arrosage je me demande la capitale {} | de l'estonie=EE; de la lituanie=LT
maison | alexa je suis malade sur le canapé distrais-moi c'est quoi la capitale {} | des états-unis=US; de la france=FR; de l'angleterre=GB-ENG

# fr-FR: games (Risk, Ticket to Ride, Civilization, Eurovision, Formula One, TV quizzes, a birthday quiz).
jeux | alexa on joue au risk et je viens de conquérir {} c'est quoi sa capitale | l'argentine=AR; le kamtchatka=FB; l'égypte=EG
jeux | alexa dans civilization je joue {} c'est quoi leur vraie capitale | les aztèques=FB; la perse=IR
jeux | alexa c'est l'eurovision douze points pour la capitale {} c'est laquelle | de la moldavie=MD; de l'arménie=AM; de l'azerbaïdjan=AZ
jeux | alexa le grand prix de formule un est {} cette semaine c'est quoi la capitale | à bahreïn=BH; en hongrie=HU; au brésil=BR
jeux | alexa aux douze coups de midi ils ont demandé la capitale {} | du kirghizstan=KG; des tonga=TO; de kiribati=KI
jeux | alexa pour questions pour un champion c'est quoi la capitale {} | de tuvalu=TV; de nauru=NR; des palaos=PW
jeux | alexa pour le quiz de l'anniversaire de papi la capitale {} c'est quoi | de la micronésie=FM; des îles marshall=MH; de la grenade=GD

# fr-CA: Lac-Saint-Jean.
lac-saint-jean | alexa ouin la capitale {} c'est quoi ça | de la jamaïque=JM; du mexique=MX; du honduras=HN | fr-CA
lac-saint-jean | alexa on fait la traversée du lac à la nage pis on jase c'est quoi la capitale {} | de la norvège=NO; de la suède=SE; de l'islande=IS | fr-CA
lac-saint-jean | alexa en ramassant les bleuets ma tante veut savoir la capitale {} | de la belgique=BE; de la suisse=CH; de la france=FR | fr-CA

# fr-CA: Charlevoix.
charlevoix | alexa au chalet dans charlevoix on gage sur la capitale {} | de l'australie=AU; du japon=JP; de l'inde=IN | fr-CA
charlevoix | alexa bon yeu c'est quoi la capitale {} donc | de la grèce=GR; de l'italie=IT | fr-CA

# fr-CA: a Montérégie dairy farm.
ferme | alexa pendant la traite dis-moi donc la capitale {} | du danemark=DK; des pays-bas=NL; de l'irlande=IE | fr-CA
ferme | alexa le vétérinaire vient {} c'est quoi la capitale de son pays | du burkina faso=BF; de la côte d'ivoire=CI | fr-CA
ferme | alexa icitte à la ferme on se demande la capitale {} | de la nouvelle-zélande=NZ; de l'uruguay=UY | fr-CA

# fr-CA: Brayons of the Madawaska.
madawaska | alexa icitte à edmundston on veut savoir la capitale {} | du nouveau-brunswick=CA-NB; du maine=US-ME; de la nouvelle-écosse=CA-NS | fr-CA
madawaska | alexa à la foire brayonne quelqu'un m'a demandé la capitale {} | de l'île-du-prince-édouard=CA-PE; de terre-neuve=CA-NL | fr-CA

# fr-CA: Franco-Colombiens in Vancouver.
vancouver | alexa like c'est quoi la capitale {} anyway | de la corée du sud=KR; des philippines=PH; de la chine=CN | fr-CA
vancouver | alexa so genre la capitale {} c'est quoi | du viêt nam=VN; de la thaïlande=TH; du cambodge=KH | fr-CA
vancouver | alexa ok my bad la capitale {} c'est laquelle | de la colombie-britannique=CA-BC; de l'alberta=CA-AB | fr-CA

# fr-CA: French expats in Montreal.
expats-montreal | alexa du coup c'est quoi la capitale {} | du maroc=MA; de l'algérie=DZ; de la tunisie=TN | fr-CA
expats-montreal | alexa c'est ouf je me rappelle plus la capitale {} | du portugal=PT; de l'espagne=ES | fr-CA
expats-montreal | alexa mes collègues québécois me niaisent c'est quoi la capitale {} | du nunavut=CA-NU; du yukon=CA-YT; des territoires du nord-ouest=CA-NT | fr-CA

# fr-CA: Lebanese-Quebecers in Laval.
laval | alexa yalla dis-moi la capitale {} | du liban=LB; de la syrie=SY; de la jordanie=JO | fr-CA
laval | alexa habibi c'est quoi la capitale {} | de l'égypte=EG; de l'irak=IQ; du koweït=KW | fr-CA
laval | alexa ma teta veut savoir la capitale {} | de chypre=CY; de l'arménie=AM | fr-CA

# fr-CA: winter (snow removal at night, winter tires, ice fishing, moose camp, chalet).
hiver | alexa dans la souffleuse à trois heures du matin c'est quoi la capitale {} | de la russie=RU; de la finlande=FI; de l'estonie=EE | fr-CA
hiver | alexa au garage en attendant mes pneus d'hiver c'est quoi la capitale {} | de l'allemagne=DE; de l'autriche=AT; de la pologne=PL | fr-CA
hiver | alexa dans la cabane à pêche sur la glace on se demande la capitale {} | du groenland=GL; de la mongolie=MN; du kazakhstan=KZ | fr-CA
hiver | alexa au chalet y a pas de réseau mais toi tu sais-tu la capitale {} | de la bolivie=BO; du pérou=PE; de l'équateur=EC | fr-CA

# fr-CA: Saint-Jean, the Bye Bye, the Winter Carnival, the Grand Prix.
fetes | alexa autour du feu de la saint-jean c'est quoi la capitale {} | d'haïti=HT; du sénégal=SN; du cameroun=CM | fr-CA
fetes | alexa pendant le bye bye on se demande la capitale {} | des états-unis=US; du royaume-uni=GB; de la france=FR | fr-CA
fetes | alexa au carnaval de québec bonhomme veut savoir la capitale {} | du venezuela=VE; de la colombie=CO; du chili=CL | fr-CA
fetes | alexa pour le grand prix de montréal les pilotes viennent {} c'est quoi la capitale | de monaco=MC; des pays-bas=NL; de la thaïlande=TH | fr-CA

# fr-CA: the dépanneur, a drive-thru, bingo, a seniors' residence, the métro, an office party.
quotidien | alexa au dépanneur on gage un billet sur la capitale {} | de la guinée=GN; du mali=ML; du niger=NE | fr-CA
quotidien | alexa au bingo du sous-sol de l'église madame tremblay demande la capitale {} | du vatican=VA; de la pologne=PL; de malte=MT | fr-CA
quotidien | alexa à la résidence on aimerait connaître la capitale {} s'il vous plaît | du luxembourg=LU; de la croatie=HR; de la serbie=RS | fr-CA
quotidien | alexa au party de bureau on se chicane c'est quoi la capitale {} | de l'afghanistan=AF; du pakistan=PK; de l'iran=IR | fr-CA
quotidien | alexa crime je capote c'est quoi la capitale {} | de la gambie=GM; de la namibie=NA; de madagascar=MG | fr-CA
quotidien | alexa simonaque j'ai pas pogné c'est quoi la capitale {} | de l'albanie=AL; de la slovénie=SI; de la slovaquie=SK | fr-CA
quotidien | alexa torrieu arrête de niaiser pis dis-moi la capitale {} | du népal=NP; du bangladesh=BD; du sri lanka=LK | fr-CA

# Direct questions, both locales, the plain ways of asking.
direct-question | alexa quelle est la capitale {} | de la zambie=ZM; du tadjikistan=TJ; de l'ouzbékistan=UZ
direct-question | alexa la capitale {} c'est quoi | de la mauritanie=MR; du bénin=BJ; du burundi=BI
direct-question | alexa comment s'appelle la capitale {} | du lesotho=LS; du malawi=MW; de l'eswatini=SZ
direct-question | alexa c'est quelle ville la capitale {} | du turkménistan=TM; de l'azerbaïdjan=AZ; de la géorgie dans le caucase=GE
direct-question | alexa est-ce que tu pourrais me dire la capitale {} | de la sierra leone=SL; du liberia=LR; du ghana=GH
direct-question | alexa c'est quoi la capitale {} donc | de la papouasie-nouvelle-guinée=PG; du vanuatu=VU; des îles salomon=SB | fr-CA
direct-question | alexa c'est quelle ville qui est la capitale {} | des samoa=WS; des tonga=TO; des fidji=FJ | fr-CA
direct-question | alexa donne-moi la capitale {} | du guatemala=GT; du salvador=SV; du nicaragua=NI | fr-CA
direct-question | alexa capitale {} | du costa rica=CR; du panama=PA; du belize=BZ | fr-CA
direct-question | alexa trouve-moi la capitale {} | du suriname=SR; du guyana=GY; de trinité-et-tobago=TT | fr-CA
direct-question | alexa la capitale {} | du tchad=TD; de la république centrafricaine=CF; du soudan du sud=SS | fr-CA
direct-question | alexa c'est quoi déjà la capitale {} | de l'angola=AO; du mozambique=MZ; du zimbabwe=ZW | fr-CA
direct-question | alexa peux-tu me dire la capitale {} | du botswana=BW; de l'érythrée=ER; de la guinée-bissau=GW | fr-CA
direct-question | alexa j'aimerais ça savoir la capitale {} | de la guinée équatoriale=GQ; de sao tomé-et-principe=ST; du cap-vert=CV | fr-CA
direct-question | alexa c'est laquelle la capitale {} | du kosovo=XK; de la moldavie=MD; de la biélorussie=BY | fr-CA
direct-question | alexa tu connais la capitale {} toi | de la lituanie=LT; de l'andorre=AD; de saint-marin=SM | fr-CA
direct-question | alexa m'as te demander la capitale {} | des seychelles=SC; du nigeria=NG; de l'indonésie=ID | fr-CA
direct-question | alexa j'ai une question c'est quoi la capitale {} | de saint-vincent-et-les-grenadines=VC; de saint-christophe-et-niévès=KN; d'antigua-et-barbuda=AG
direct-question | alexa rappelle-moi la capitale {} | de la dominique=DM; de sainte-lucie=LC; de la barbade=BB

# Follow-ups.
follow-up | et celle {} | de la norvège=NO; du chili=CL; de l'égypte=EG
follow-up | et {} alors | la finlande=FI; le pérou=PE; la jordanie=JO
follow-up | ok et pour {} | le danemark=DK; la bolivie=BO; l'irak=IQ
follow-up | et celle {} tant qu'à y être | de l'autriche=AT; du kenya=KE; du népal=NP
follow-up | pis {} elle | la suède=SE; l'uruguay=UY; la syrie=SY | fr-CA
follow-up | ok pis {} | le manitoba=CA-MB; la saskatchewan=CA-SK; l'ontario=CA-ON | fr-CA
follow-up | pis celle {} d'abord | du paraguay=PY; de la tanzanie=TZ; du ghana=GH | fr-CA
follow-up | et {} tant qu'à faire | cuba=CU; haïti=HT; la jamaïque=JM | fr-CA
follow-up | et maintenant {} | le mali=ML; la guinée=GN; le sénégal=SN
follow-up | pis pour {} c'est quoi | le vermont=US-VT; la floride=US-FL; le massachusetts=US-MA | fr-CA

# Yes/no checks: the place asked about.
yes-no-check | alexa est-ce que la capitale de l'australie c'est sydney | AU
yes-no-check | alexa c'est vrai que la capitale du brésil c'est rio | BR
yes-no-check | alexa la capitale de la turquie c'est bien ankara | TR
yes-no-check | alexa est-ce que rabat est la capitale du maroc | MA
yes-no-check | alexa la capitale du canada c'est pas toronto hein | CA
yes-no-check | alexa c'est genève la capitale de la suisse non | CH
yes-no-check | alexa j'ai raison si je dis que la capitale du nigeria c'est lagos | NG
yes-no-check | alexa la capitale de l'inde c'est new delhi ou bombay | IN
yes-no-check | alexa est-ce que la capitale de la bolivie c'est la paz | BO
yes-no-check | alexa c'est bien canberra la capitale de l'australie | AU
yes-no-check | alexa vé la capitale de l'écosse c'est glasgow ou pas | GB-SCT
yes-no-check | alexa dis une fois la capitale du kazakhstan c'est toujours astana | KZ
yes-no-check | alexa c'est juste que la capitale de la nouvelle-zélande c'est auckland | NZ
yes-no-check | alexa est-ce que berne c'est vraiment la capitale de la suisse | CH
yes-no-check | alexa le caire c'est bien la capitale de l'égypte | EG
yes-no-check | alexa la capitale du vietnam c'est-tu hô chi minh-ville | VN | fr-CA
yes-no-check | alexa c'est-tu vrai que la capitale des états-unis c'est new york | US | fr-CA
yes-no-check | alexa la capitale de la colombie-britannique c'est-tu vancouver | CA-BC | fr-CA
yes-no-check | alexa la capitale de l'ontario c'est toronto hein | CA-ON | fr-CA
yes-no-check | alexa est-ce que québec c'est la capitale du québec | CA-QC | fr-CA
yes-no-check | alexa la capitale de la floride c'est-tu miami | US-FL | fr-CA
yes-no-check | alexa mon chum dit que la capitale du maroc c'est casablanca c'est-tu vrai | MA | fr-CA
yes-no-check | alexa est-ce que la capitale du pakistan c'est karachi | PK | fr-CA
yes-no-check | alexa c'est bien ottawa la capitale du canada han | CA | fr-CA
yes-no-check | alexa la capitale de la birmanie c'est rangoun ou ça a changé | MM
yes-no-check | alexa la capitale de la côte d'ivoire c'est abidjan non | CI
yes-no-check | alexa je gage que la capitale de la californie c'est los angeles j'ai-tu raison | US-CA | fr-CA

# Self-corrections: the place said last.
self-correction | alexa la capitale de l'autriche euh non de l'australie | AU
self-correction | alexa c'est quoi la capitale de la slovénie non attends de la slovaquie | SK
self-correction | alexa quelle est la capitale du niger pardon du nigeria | NG
self-correction | alexa la capitale de l'islande non je veux dire de l'irlande | IE
self-correction | alexa c'est quoi la capitale de la suède euh non de la suisse | CH
self-correction | alexa la capitale de la gambie oh non de la zambie | ZM
self-correction | alexa quelle est la capitale de l'iran zut de l'irak | IQ
self-correction | alexa la capitale du mali non pardon de malte | MT
self-correction | alexa c'est quoi la capitale de la guinée équatoriale non de la guinée tout court | GN
self-correction | alexa donne-moi la capitale de la colombie je me suis trompé de la bolivie | BO
self-correction | alexa la capitale du paraguay non de l'uruguay je mélange toujours | UY
self-correction | alexa c'est quoi la capitale de l'autriche té non de l'allemagne | DE
self-correction | alexa la capitale de la lettonie ou plutôt de la lituanie | LT
self-correction | alexa la capitale du manitoba non attends de la saskatchewan | CA-SK | fr-CA
self-correction | alexa c'est quoi la capitale du nouveau-brunswick euh de la nouvelle-écosse je veux dire | CA-NS | fr-CA
self-correction | alexa la capitale de la slovaquie oups de la slovénie | SI | fr-CA
self-correction | alexa c'est quoi la capitale du congo non du cameroun | CM | fr-CA
self-correction | alexa la capitale de maurice ah pis non de la mauritanie | MR | fr-CA
self-correction | alexa la capitale de l'ontario non non de l'alberta | CA-AB | fr-CA
self-correction | alexa c'est quoi la capitale du honduras voyons donc du nicaragua | NI | fr-CA
self-correction | alexa la capitale de la dominique je veux dire de la république dominicaine | DO | fr-CA
self-correction | alexa la capitale de l'estonie ben non de la lettonie | LV | fr-CA
self-correction | alexa la capitale de la corée du sud non du nord | KP
self-correction | alexa quelle est la capitale du soudan du sud pardon du soudan | SD

# Reverse questions: every place with that capital.
reverse-question | alexa abuja c'est la capitale de quel pays | CITY:Abuja
reverse-question | alexa de quel pays ouagadougou est la capitale | CITY:Ouagadougou
reverse-question | alexa nairobi c'est la capitale de quoi | CITY:Nairobi
reverse-question | alexa quel pays a pour capitale lima | CITY:Lima
reverse-question | alexa tbilissi c'est la capitale de quel pays déjà | CITY:Tbilissi
reverse-question | alexa oulan-bator c'est dans quel pays la capitale | CITY:Oulan-Bator
reverse-question | alexa achgabat c'est la capitale de quel pays | CITY:Achgabat
reverse-question | alexa montevideo c'est la capitale de l'argentine ou de l'uruguay | CITY:Montevideo
reverse-question | alexa dans quel pays se trouve la capitale vientiane | CITY:Vientiane
reverse-question | alexa la ville de windhoek c'est la capitale de quel pays | CITY:Windhoek
reverse-question | alexa kingston c'est la capitale de quoi | CITY:Kingston
reverse-question | alexa victoria c'est la capitale de quoi au juste | CITY:Victoria
reverse-question | alexa quelle province a regina comme capitale | CITY:Regina | fr-CA
reverse-question | alexa charlottetown c'est la capitale de quelle province | CITY:Charlottetown | fr-CA
reverse-question | alexa iqaluit c'est la capitale de quoi | CITY:Iqaluit | fr-CA
reverse-question | alexa saint john's c'est la capitale de quoi | CITY:Saint John's | fr-CA
reverse-question | alexa fredericton c'est-tu une capitale | CITY:Fredericton | fr-CA
reverse-question | alexa de quel pays bichkek est la capitale | CITY:Bichkek | fr-CA
reverse-question | alexa tegucigalpa c'est la capitale de quel pays | CITY:Tegucigalpa | fr-CA
reverse-question | alexa la paz c'est la capitale de quoi | CITY:La Paz | fr-CA
reverse-question | alexa quel pays a doha comme capitale | CITY:Doha | fr-CA
reverse-question | alexa whitehorse c'est la capitale de quel territoire | CITY:Whitehorse | fr-CA
reverse-question | alexa ljubljana c'est la capitale de quel pays | CITY:Ljubljana
reverse-question | alexa de quoi bamako est la capitale | CITY:Bamako
reverse-question | alexa moroni c'est la capitale de quel pays | CITY:Moroni
reverse-question | alexa funafuti c'est la capitale de quel pays | CITY:Funafuti
reverse-question | alexa quel état a sacramento comme capitale | CITY:Sacramento | fr-CA
reverse-question | alexa la capitale qui s'appelle paramaribo c'est dans quel pays | CITY:Paramaribo
reverse-question | alexa yaoundé c'est la capitale de quel pays | CITY:Yaoundé

# Official names.
official-name | alexa quelle est la capitale {} officiellement | de la république fédérale d'allemagne=DE; de la confédération helvétique=CH; du royaume hachémite de jordanie=JO
official-name | alexa c'est quoi la capitale {} exactement | de la république populaire de chine=CN; des états-unis mexicains=MX; de la république arabe d'égypte=EG
official-name | alexa donne-moi la capitale {} s'il te plaît | de la république islamique du pakistan=PK; de la fédération de russie=RU; du grand-duché de luxembourg=LU
official-name | alexa pour l'ambassade la capitale {} c'est laquelle | de la république orientale de l'uruguay=UY; de la république bolivarienne du venezuela=VE; de la république socialiste du viêt nam=VN
official-name | alexa pour mon dossier il me faut la capitale {} | de la république hellénique=GR; du royaume du maroc=MA; de la république de corée=KR
official-name | alexa quelle est la capitale officielle {} | du royaume de belgique=BE; de la république fédérative du brésil=BR; de la république arabe syrienne=SY
official-name | alexa c'est quoi la capitale {} déjà | de la république démocratique du congo=CD; de la république du congo=CG; des états-unis d'amérique=US | fr-CA
official-name | alexa sais-tu la capitale {} | de la république tchèque=CZ; de la république slovaque=SK; de la république kirghize=KG | fr-CA
official-name | alexa c'est laquelle donc la capitale {} | de l'état de la cité du vatican=VA; de la république populaire démocratique de corée=KP | fr-CA

# Everyday names.
everyday-name | alexa dis voir c'est quoi la capitale {} | de la hollande=NL; de la birmanie=MM; des émirats=AE
everyday-name | alexa quelle est la capitale {} au fait | de la bosnie=BA; de la rdc=CD; du burkina=BF
everyday-name | alexa c'est quoi la capitale {} au juste | de la centrafrique=CF; de la macédoine=MK; de trinidad=TT
everyday-name | alexa la capitale {} c'est quoi encore | des states=US; de l'amérique=US; de la grande-bretagne=GB | fr-CA
everyday-name | alexa c'est quoi la capitale {} là | de saint-kitts=KN; de saint-vincent=VC; d'antigua=AG | fr-CA
everyday-name | alexa c'est quoi la capitale {} là-bas | du swaziland=SZ; du cabo verde=CV; de la türkiye=TR
everyday-name | alexa c'est quoi la capitale {} pour les intimes | de la papouasie=PG; du congo kinshasa=CD; de la guinée-conakry=GN
everyday-name | alexa la capitale {} c'est laquelle tu sais | de la polynésie=PF; des malouines=FK; des caïmans=KY

# Old names: today's country.
old-name | alexa quelle était la capitale {} et aujourd'hui | de la perse=IR; du siam=TH; de ceylan=LK
old-name | alexa mon grand-père disait toujours {} c'est quoi la capitale aujourd'hui | le dahomey=BJ; la haute-volta=BF; l'abyssinie=ET
old-name | alexa la capitale {} elle s'appelle comment aujourd'hui | de la rhodésie=ZW; du zaïre=CD; de formose=TW
old-name | alexa la capitale {} c'est quoi maintenant | du soudan français=ML; de la côte de l'or=GH; du tanganyika=TZ
old-name | alexa c'est quoi la capitale {} comme on disait avant | de l'oubangui-chari=CF; des nouvelles-hébrides=VU; du bechuanaland=BW | fr-CA
old-name | alexa la capitale {} c'est laquelle astheure | du basutoland=LS; du nyassaland=MW; du honduras britannique=BZ | fr-CA
old-name | alexa c'est quoi la capitale {} sur les vieilles cartes | de la côte française des somalis=DJ; de la guinée portugaise=GW; du kampuchéa=KH

# Shared names: every place, or the one named.
shared-name | alexa c'est quoi la capitale de la géorgie | GE+US-GA
shared-name | alexa quelle est la capitale du congo | CD+CG
shared-name | alexa la capitale de la corée c'est quoi | KP+KR
shared-name | alexa c'est quoi la capitale des îles vierges | VG+VI
shared-name | alexa les capitales des deux congos c'est quoi | CD+CG
shared-name | alexa donne-moi les capitales des deux corées | KP+KR
shared-name | alexa la capitale de la géorgie le pays pas l'état | GE
shared-name | alexa la capitale de l'état de géorgie aux états-unis | US-GA
shared-name | alexa la capitale du congo kinshasa | CD
shared-name | alexa la capitale du congo brazzaville pas l'autre | CG
shared-name | alexa c'est quoi la capitale des îles vierges britanniques | VG
shared-name | alexa c'est quoi la capitale des îles vierges américaines | VI
shared-name | alexa la capitale de la géorgie c'est-tu atlanta | US-GA | fr-CA
shared-name | alexa c'est quoi la capitale du congo donc | CD+CG | fr-CA
shared-name | alexa pis la corée c'est quoi sa capitale | KP+KR | fr-CA
shared-name | alexa la capitale du dakota | US-ND+US-SD | fr-CA
shared-name | alexa c'est quoi la capitale de la caroline | US-NC+US-SC | fr-CA
shared-name | alexa c'est quoi la capitale des îles vierges là où on va en croisière | VG+VI | fr-CA
shared-name | alexa la capitale de la géorgie en europe de l'est | GE | fr-CA

# Plurals: the country itself.
plural-capitals | alexa quelles sont les capitales de l'afrique du sud | ZA
plural-capitals | alexa l'afrique du sud a trois capitales c'est lesquelles | ZA | fr-CA
plural-capitals | alexa c'est quoi les deux capitales de la bolivie | BO
plural-capitals | alexa la bolivie a-tu deux capitales | BO | fr-CA
plural-capitals | alexa quelles sont les capitales du bénin | BJ
plural-capitals | alexa dis-moi les deux capitales des pays-bas | NL
plural-capitals | alexa les capitales de la hollande c'est amsterdam et quoi | NL | fr-CA
plural-capitals | alexa c'est quoi les capitales de la malaisie | MY
plural-capitals | alexa la malaisie elle a combien de capitales | MY | fr-CA
plural-capitals | alexa quelles sont les capitales du sri lanka | LK
plural-capitals | alexa c'est quoi les capitales du sri lanka donc | LK | fr-CA
plural-capitals | alexa la côte d'ivoire a deux capitales lesquelles | CI
plural-capitals | alexa quelles sont les capitales de la côte d'ivoire abidjan et | CI | fr-CA
plural-capitals | alexa c'est quoi les capitales de l'eswatini | SZ
plural-capitals | alexa les capitales du swaziland c'est lesquelles | SZ | fr-CA
plural-capitals | alexa quelles sont les capitales de la palestine | PS
plural-capitals | alexa c'est quoi les deux capitales de la palestine | PS | fr-CA
plural-capitals | alexa quelles sont les capitales de montserrat | MS
plural-capitals | alexa quelles sont les deux capitales du jammu-et-cachemire | IN-JK
plural-capitals | alexa l'uttarakhand a deux capitales c'est lesquelles | IN-UK
plural-capitals | alexa le bénin a-tu vraiment deux capitales c'est quoi | BJ | fr-CA
plural-capitals | alexa c'est quoi les capitales de l'afrique du sud pour mon devoir | ZA
plural-capitals | alexa les capitales de la bolivie c'est sucre et quoi déjà | BO

# Subdivisions and territories.
subdivision | alexa c'est quoi la capitale {} au canada | de la nouvelle-écosse=CA-NS; du manitoba=CA-MB; de la saskatchewan=CA-SK | fr-CA
subdivision | alexa quelle est la capitale provinciale {} | de l'alberta=CA-AB; de l'ontario=CA-ON; du québec=CA-QC | fr-CA
subdivision | alexa la capitale {} c'est quoi ça | du nouveau-brunswick=CA-NB; de terre-neuve-et-labrador=CA-NL; de l'île-du-prince-édouard=CA-PE | fr-CA
subdivision | alexa c'est quoi la capitale {} en haut dans le nord | du yukon=CA-YT; du nunavut=CA-NU; des territoires du nord-ouest=CA-NT | fr-CA
subdivision | alexa on descend en floride en passant par {} c'est quoi la capitale | l'état de new york=US-NY; la pennsylvanie=US-PA; la virginie=US-VA | fr-CA
subdivision | alexa c'est quoi la capitale de l'état {} | du vermont=US-VT; du new hampshire=US-NH; du massachusetts=US-MA | fr-CA
subdivision | alexa quelle est la capitale {} aux états-unis | de la louisiane=US-LA; du texas=US-TX; de l'arizona=US-AZ
subdivision | alexa la capitale {} c'est quelle ville | de la californie=US-CA; du nevada=US-NV; de l'alaska=US-AK
subdivision | alexa au mexique c'est quoi la capitale {} | du yucatán=MX-YUC; de jalisco=MX-JAL; de quintana roo=MX-ROO
subdivision | alexa au brésil quelle est la capitale {} | de bahia=BR-BA; du minas gerais=BR-MG; du rio grande do sul=BR-RS
subdivision | alexa en allemagne la capitale {} c'est quoi | de la saxe=DE-SN; de la basse-saxe=DE-NI; de la rhénanie-du-nord-westphalie=DE-NW
subdivision | alexa c'est quoi la capitale {} en inde | du kerala=IN-KL; du rajasthan=IN-RJ; du maharashtra=IN-MH
subdivision | alexa en australie la capitale {} c'est quoi | du queensland=AU-QLD; de la tasmanie=AU-TAS; de la nouvelle-galles du sud=AU-NSW
subdivision | alexa c'est quoi la capitale de l'état {} en australie | de victoria=AU-VIC; d'australie-occidentale=AU-WA; d'australie-méridionale=AU-SA
subdivision | alexa quelle est la capitale {} au royaume-uni | du pays de galles=GB-WLS; de l'écosse=GB-SCT; de l'irlande du nord=GB-NIR
subdivision | alexa c'est quoi le chef-lieu {} | de la polynésie française=PF; de wallis-et-futuna=WF; de saint-barthélemy=BL
subdivision | alexa c'est quoi la capitale {} dans les caraïbes | de saint-martin=MF; de porto rico=PR; d'aruba=AW
subdivision | alexa la capitale {} c'est quoi déjà là | du groenland=GL; des îles féroé=FO; des îles åland=AX
subdivision | alexa quelle est la capitale {} le territoire | des bermudes=BM; de gibraltar=GI; de l'île de man=IM
subdivision | alexa c'est quoi la capitale {} dans la manche | de jersey=JE; de guernesey=GG
subdivision | alexa c'est quoi la capitale {} en asie | de hong kong=HK; de macao=MO; de taïwan=TW
subdivision | alexa la capitale {} c'est quelle place | de saint-pierre-et-miquelon=PM; du sahara occidental=EH; de curaçao=CW | fr-CA
subdivision | alexa c'est quoi la capitale de la bavière | DE-BY
subdivision | alexa la capitale des îles cook c'est quoi | CK
subdivision | alexa quelle est la capitale des samoa américaines | AS

# One-shot requests through the invocation name.
one-shot | alexa demande à capitales du monde la capitale {} | du pérou=PE; de l'arménie=AM; du kenya=KE
one-shot | alexa ouvre capitales du monde et dis-moi la capitale {} | de la mongolie=MN; du laos=LA
one-shot | alexa lance capitales du monde quelle est la capitale {} | de l'estonie=EE; du népal=NP
one-shot | alexa avec capitales du monde trouve la capitale {} | du malawi=MW; du togo=TG
one-shot | alexa demande à capitales du monde c'est quoi les capitales de la bolivie | BO
one-shot | alexa demande à capitales du monde si la capitale de l'australie c'est canberra | AU
one-shot | alexa demande donc à capitales du monde c'est quoi la capitale {} | du manitoba=CA-MB; de la colombie=CO; de la norvège=NO | fr-CA
one-shot | alexa dis à capitales du monde que je veux la capitale {} | du portugal=PT; de la suède=SE | fr-CA
one-shot | alexa ouvre capitales du monde pis dis-moi la capitale {} | du honduras=HN; de l'islande=IS | fr-CA
one-shot | alexa capitales du monde la capitale {} | du japon=JP; du cameroun=CM

# Recognition: lost accents and hyphens, split or joined words, homophones.
recognition | alexa ces quoi la capitale {} | du perou=PE; de l'egypte=EG; de la coree du sud=KR
recognition | alexa quel est la capital {} | du venezuela=VE; de la thailande=TH; du koweit=KW
recognition | alexa c est quoi la capitale {} | d haiti=HT; du bangladech=BD; du kazakstan=KZ
recognition | alexa quelle et la capitale {} | de la tchequie=CZ; du turkmenistan=TM; de l'ouzbekistan=UZ
recognition | alexa la capital {} c'est quoi | de la graisse=GR; de linde=IN; du chad=TD
recognition | alexa c'est quoi la capitale {} svp | dla hongrie=HU; dlallemagne=DE; d'la roumanie=RO
recognition | alexa quelle est la capitale {} s'te plaît | du burkina fasso=BF; de la nouvelle zelande=NZ; de la bosnie herzegovine=BA
recognition | alexa quel est la capitale {} | de l'azer baïdjan=AZ; du mianmar=MM; de la macedoine du nord=MK
recognition | alexa ces quoi la capital {} | du viet nam=VN; de l'equateur=EC; des emirats arabes unis=AE | fr-CA
recognition | alexa c quoi la capitale {} | du nouveau brunswick=CA-NB; de la colombie britannique=CA-BC; de l'ile du prince edouard=CA-PE | fr-CA
recognition | alexa kessé la capitale {} | du mexic=MX; de la jamaique=JM; du perou=PE | fr-CA
recognition | alexa quesse que c'est la capitale {} | de la nouvelle ecosse=CA-NS; de terre neuve=CA-NL; de la saskatchewan=CA-SK | fr-CA
recognition | alexa c'est quoi la capitale {} hein | d'la syrie=SY; dl'irak=IQ; de lafghanistan=AF | fr-CA
recognition | alexa la capitale de la {} | suisse alexa=CH; nouvelle-zélande s'il te plaît alexa=NZ

# Out of domain: fallback.
out-of-domain | alexa combien d'habitants au portugal | FB
out-of-domain | alexa quelle langue on parle en belgique | FB
out-of-domain | alexa c'est quoi la monnaie du maroc | FB
out-of-domain | alexa quelle heure il est à tokyo là maintenant | FB
out-of-domain | alexa quel temps il fera à marseille demain | FB
out-of-domain | alexa c'est quoi la capitale de la bretagne | FB
out-of-domain | alexa la capitale de la provence c'est quoi | FB
out-of-domain | alexa quelle est la capitale de l'alsace | FB
out-of-domain | alexa c'est combien le capital minimum pour une sarl | FB
out-of-domain | alexa explique-moi le capital décès de la sécu | FB
out-of-domain | alexa comment on écrit un a en lettre capitale | FB
out-of-domain | alexa en quelle année la peine capitale a été abolie en france | FB
out-of-domain | alexa c'est quoi les sept péchés capitaux | FB
out-of-domain | alexa qui a gagné l'eurovision l'année dernière | FB
out-of-domain | alexa quel est le plus grand pays d'afrique | FB
out-of-domain | alexa il ressemble à quoi le drapeau de l'italie | FB
out-of-domain | alexa combien de kilomètres entre paris et berlin | FB
out-of-domain | alexa raconte-moi une blague marseillaise | FB
out-of-domain | alexa mets du jul | FB
out-of-domain | alexa quelle est la plus haute montagne d'europe | FB
out-of-domain | alexa c'est quoi le pib de la suisse | FB
out-of-domain | alexa qui est le président du sénégal | FB
out-of-domain | alexa c'est quoi la capitale de la flandre | FB
out-of-domain | alexa quelle est la capitale de la wallonie | FB
out-of-domain | alexa c'est quoi la capitale de la catalogne | FB
out-of-domain | alexa quelle est la capitale européenne de la culture cette année | FB
out-of-domain | alexa c'est quoi la capitale de la lune | FB
out-of-domain | alexa quelle était la capitale de l'atlantide | FB
out-of-domain | alexa c'est quoi la capitale de l'europe | FB
out-of-domain | alexa c'est quoi le décalage horaire avec la réunion | FB
out-of-domain | alexa il fait combien à cayenne en ce moment | FB
out-of-domain | alexa ajoute de la semoule à la liste de courses | FB
out-of-domain | alexa quelle est la capitale de la bourgogne | FB
out-of-domain | alexa combien y a-t-il de départements en france | FB
out-of-domain | alexa c'est quoi la préfecture du var | FB
out-of-domain | alexa quel est le chef-lieu de la corrèze | FB
out-of-domain | alexa quelle est la ville la plus peuplée d'australie | FB
out-of-domain | alexa c'est quoi l'indicatif téléphonique de la belgique | FB
out-of-domain | alexa comment on dit capitale en anglais | FB
out-of-domain | alexa c'est quoi une plus-value sur le capital | FB
out-of-domain | alexa lyon c'est la capitale de la gastronomie ou pas | FB
out-of-domain | alexa c'est quoi le numéro d'urgence en belgique | FB
out-of-domain | alexa c'est quand la prochaine votation en suisse | FB
out-of-domain | alexa c'est quoi la capitale de la corse | FB
out-of-domain | alexa quelle est la capitale de la normandie | FB
out-of-domain | alexa qui a écrit le capital | FB
out-of-domain | alexa lis-moi capitale de la douleur de paul éluard | FB
out-of-domain | alexa la capitale de la champagne c'est reims ou épernay | FB
out-of-domain | alexa c'est quoi la capitale du pays basque | FB
out-of-domain | alexa quelle est la capitale du tibet | FB
out-of-domain | alexa c'est quoi la capitale du kurdistan | FB
out-of-domain | alexa quelle était la capitale de l'urss | FB
out-of-domain | alexa combien il y a d'îles aux philippines | FB
out-of-domain | alexa c'est quoi la devise de la france | FB
out-of-domain | alexa qui est le roi du maroc en ce moment | FB
out-of-domain | alexa il est où le kilimandjaro | FB
out-of-domain | alexa mets france inter | FB
out-of-domain | alexa rappelle-moi d'appeler le plombier demain matin | FB
out-of-domain | alexa c'est quoi l'altitude de la paz | FB
out-of-domain | alexa combien d'habitants à pékin | FB
out-of-domain | alexa épelle-moi le mot capitale | FB
out-of-domain | alexa c'est quoi le capital-risque | FB
out-of-domain | alexa qui a gagné la coupe du monde de rugby | FB
out-of-domain | alexa c'est quoi la capitale de la gaspésie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du nunavik | FB | fr-CA
out-of-domain | alexa la capitale de la beauce c'est-tu saint-georges | FB | fr-CA
out-of-domain | alexa combien ça coûte un passeport canadien | FB | fr-CA
out-of-domain | alexa y fait combien à québec à soir | FB | fr-CA
out-of-domain | alexa quand est-ce que ça ouvre les cabanes à sucre | FB | fr-CA
out-of-domain | alexa c'est quoi la langue officielle du nouveau-brunswick | FB | fr-CA
out-of-domain | alexa quelle est la population du québec | FB | fr-CA
out-of-domain | alexa c'est quoi le score du canadien | FB | fr-CA
out-of-domain | alexa y fait-tu frette à montréal à matin | FB | fr-CA
out-of-domain | alexa combien de temps pour aller à ottawa en char | FB | fr-CA
out-of-domain | alexa c'est quoi la monnaie au mexique | FB | fr-CA
out-of-domain | alexa quel fuseau horaire à terre-neuve | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la république du madawaska | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'acadie | FB | fr-CA
out-of-domain | alexa c'était quoi la capitale de la nouvelle-france | FB | fr-CA
out-of-domain | alexa mets la radio à ckoi | FB | fr-CA
out-of-domain | alexa à quelle heure ferme le dépanneur | FB | fr-CA
out-of-domain | alexa quel est le plus long fleuve du canada | FB | fr-CA
out-of-domain | alexa c'est qui le premier ministre du canada | FB | fr-CA
out-of-domain | alexa c'est combien d'impôt sur le gain en capital d'un chalet | FB | fr-CA
out-of-domain | alexa la capitale mondiale de la motoneige c'est où | FB | fr-CA
out-of-domain | alexa c'est quelle ville la capitale de la poutine | FB | fr-CA
out-of-domain | alexa c'est quoi la plus grande ville de l'ontario | FB | fr-CA
out-of-domain | alexa combien de provinces au canada | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la côte-nord | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du saguenay lac-saint-jean | FB | fr-CA
out-of-domain | alexa quelle langue qu'ils parlent en haïti | FB | fr-CA
out-of-domain | alexa c'est quoi l'hymne national du canada | FB | fr-CA
out-of-domain | alexa mets une toune de céline dion | FB | fr-CA
out-of-domain | alexa y a combien d'habitants en islande | FB | fr-CA

# Help.
help | alexa comment ça marche ton truc de capitales | HELP
help | alexa je comprends pas ce que je dois dire aide-moi | HELP
help | alexa tu peux m'aider je sais pas comment on joue | HELP
help | alexa quelles questions je peux te poser sur les capitales | HELP
help | alexa explique-moi comment on se sert de capitales du monde | HELP
help | alexa je suis perdue qu'est-ce que je peux te demander | HELP
help | alexa c'est quoi les règles de ton jeu | HELP
help | alexa donne-moi un exemple de question | HELP
help | alexa au secours je sais pas quoi dire | HELP
help | alexa tu fais quoi exactement avec les capitales | HELP
help | alexa aide-moi une fois | HELP
help | alexa comment on fait pour te demander une capitale | HELP
help | alexa comment ça marche ton affaire | HELP | fr-CA
help | alexa chus perdu là aide-moi donc | HELP | fr-CA
help | alexa qu'est-ce que je peux te demander au juste | HELP | fr-CA
help | alexa peux-tu m'expliquer comment ça fonctionne | HELP | fr-CA
help | alexa j'comprends rien aide-moi | HELP | fr-CA
help | alexa c'est quoi que je dois dire pour que ça marche | HELP | fr-CA
help | alexa donne-moi un coup de main avec les capitales | HELP | fr-CA
help | alexa mautadit comment ça marche ça | HELP | fr-CA
help | alexa j'ai besoin d'aide avec ton jeu | HELP | fr-CA

# Stop: end the skill.
stop | alexa stop ça suffit pour ce soir | STOP
stop | alexa arrête on a fini de réviser | STOP
stop | alexa tais-toi maintenant | STOP
stop | alexa quitte capitales du monde | STOP
stop | alexa c'est bon on arrête là | STOP
stop | alexa ferme le jeu des capitales | STOP
stop | alexa stop on passe à table | STOP
stop | alexa arrête les capitales | STOP
stop | alexa bon bah on arrête | STOP
stop | alexa fin de la partie | STOP
stop | alexa stop je dois partir au boulot | STOP
stop | alexa ferme-la | STOP | fr-CA
stop | alexa c'est assez arrête | STOP | fr-CA
stop | alexa on arrête ça là | STOP | fr-CA
stop | alexa bonne nuit arrête | STOP | fr-CA
stop | alexa sors du jeu | STOP | fr-CA
stop | alexa ok c'est beau arrête | STOP | fr-CA
stop | alexa c'est correct tu peux arrêter | STOP | fr-CA
stop | alexa stop stop stop | STOP | fr-CA
stop | alexa arrête ça là on s'en va au dépanneur | STOP | fr-CA
stop | alexa ferme capitales du monde | STOP | fr-CA

# Cancel: drop what was asked.
cancel | alexa annule ma question | CANCEL
cancel | alexa non laisse tomber | CANCEL
cancel | alexa oublie ce que j'ai dit | CANCEL
cancel | alexa annule c'était pas ça | CANCEL
cancel | alexa non rien oublie | CANCEL
cancel | alexa annule la demande | CANCEL
cancel | alexa laisse tomber c'est pas grave | CANCEL
cancel | alexa oublie j'ai trouvé tout seul | CANCEL
cancel | alexa non non annule | CANCEL
cancel | alexa laisse béton | CANCEL
cancel | alexa annule finalement je sais | CANCEL
cancel | alexa oublie ça | CANCEL | fr-CA
cancel | alexa laisse faire c'est correct | CANCEL | fr-CA
cancel | alexa annule ça | CANCEL | fr-CA
cancel | alexa non oublie ça là | CANCEL | fr-CA
cancel | alexa pas grave laisse faire | CANCEL | fr-CA
cancel | alexa ah pis laisse faire | CANCEL | fr-CA
cancel | alexa oublie mon affaire | CANCEL | fr-CA
cancel | alexa annule ma demande de tantôt | CANCEL | fr-CA
cancel | alexa non c'est pas ça que je voulais annule | CANCEL | fr-CA
cancel | alexa laisse faire ma question | CANCEL | fr-CA

# Launch.
launch | alexa lance capitales du monde pour les enfants | LAUNCH
launch | alexa démarre capitales du monde s'il te plaît | LAUNCH
launch | alexa on joue à capitales du monde | LAUNCH
launch | alexa ouvre-moi capitales du monde | LAUNCH
launch | alexa je veux jouer à capitales du monde | LAUNCH
launch | alexa mets capitales du monde | LAUNCH
launch | alexa pars capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre donc capitales du monde | LAUNCH | fr-CA
launch | alexa go capitales du monde | LAUNCH | fr-CA
launch | alexa peux-tu partir capitales du monde | LAUNCH | fr-CA
launch | alexa enweye lance capitales du monde | LAUNCH | fr-CA
launch | alexa capitales du monde s'il vous plaît | LAUNCH
"""

if __name__ == "__main__":
    build_round(24, "fr", LINES, sys.argv, "tests/Eval/fr/round24/source/build_corpus.py")
