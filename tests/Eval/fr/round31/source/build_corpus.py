"""Round 31, French (fr-FR, fr-CA): a new author's own mix, written blind at the start of the thirtieth session,
about a third of the lines fr-CA. Speakers chosen apart from rounds 27-30.
France and the overseas collectivities on fr-FR devices:
Auvergnats of Clermont-Ferrand and the Cantal (the ASM at the stade Marcel-Michelin, Michelin clients, the puy de Dôme,
Vulcania, the Salers fair, the truffade and the aligot, the Saint-Nectaire, a great-grandfather who was a bougnat in
Paris, "bé", "ma foi", the pépé), Corsicans of Ajaccio and Bastia ("o ma", "aiò", "madonna", "ava", u babbu, a nanna,
the ferry to Toulon, Furiani and the Sporting, the GR20, the Tour de Corse rally, the figatellu), Basques of Bayonne,
Biarritz and Hendaye ("kaixo", "agur", "milesker", aita, amatxi, the fêtes de Bayonne, the fronton and the pelotari,
surfers at the côte des Basques, the Aviron bayonnais, Espelette peppers), Savoyards (an ESF ski instructor, a chairlift
attendant, a Chamonix guide, a Geneva cross-border worker, the lac d'Annecy, tartiflette and raclette, a mountain
refuge), Normans (Juno and Omaha beaches, the Mont-Saint-Michel, the Armada de Rouen, the Deauville festival, the Le
Havre container port, camembert, cider and calva, "p'têt ben qu'oui p'têt ben qu'non"), Polynesians of Tahiti ("ia ora
na", "mauruuru", "fiu", "aita pea pea", mama ruau, the tamaa, the Hawaiki Nui va'a race, the Heiva, the truck to
Papeete), a Moroccan-French family of Mantes-la-Jolie ("wesh", "hamdoullah", "zarma", "miskine", "safi", khalti, the
hajja, the bled, the Algeciras ferry, the Eid), a Chinese-French family of Aubervilliers ("aiya", nainai, mama, "wo bu
zhidao", the Chinese New Year, the wholesalers), a Turkish-French family of Sarcelles ("abi", "tamam", "yani",
"mashallah", anne); learners: a British retiree in the Lot ("how do you say", "you know", "my wife", "sorry", "le
capital", "de la japon", "de le kenya"), a Chinese student in Bordeaux ("ni hao", "xie xie", "zenme shuo", "c'est quelle
est la capitale", "de le brésil"), a Korean au pair in Paris ("aigo", "ottoke", "kamsahamnida", "de la danemark"), a FLE
class of newcomers and their teacher; children (a six-year-old, Léo, a big sister, the maîtresse); an EHPAD activity
afternoon (the animatrice, the afternoon loto, old names: Siam, Abyssinie, Birmanie, Rhodésie, Oubangui-Chari); the
Foreign Legion at Aubagne and Castelnaudary (the caporal, the binôme, the képi blanc, Camerone); at work: a VTC driver
at Roissy, a night shift at the hospital, a UNESCO interpreter, a Bordeaux wine estate and its exports, Le Havre
customs, a Paris 2024 volunteer, a baker, a depot smoke break, a Chambord guide, a vet; games and TV: Qui veut gagner des
millions, Pékin Express, Koh-Lanta, Le Maillon faible, Worldle, Trivial Pursuit, Fort Boyard, a scratch-off world map,
Pictionary, a flag game; at home: a DNA test, a pen friend, a baby name, the Tandem app, a son's world tour, a world-map
shower curtain, the ironing, a cousin's wedding abroad, online tea, the pasta water, the cat and the globe.
Canada (fr-CA): the Festival d'été on the Plains of Abraham and the Vieux-Québec, the Laurentians (the chalet, the
P'tit Train du Nord, Mont-Tremblant, the campfire, the rivière Rouge, "faque", "tsé", "pis"), the Montérégie (apple
picking in Rougemont, the Saint-Hyacinthe agricultural fair, the corn stand, mont Saint-Bruno, "ma blonde"),
Franco-Ontarians of Sudbury (the Big Nickel, the mine, the Laurentian, lake Ramsey, "icitte"), Franco-Albertans of
Edmonton, Saint-Albert and Fort McMurray (the oil sands, the Cité francophone, the Calgary Stampede, the road to
Jasper), Cree of Eeyou Istchee ("wachiya", "meegwetch", the kokum, the goose break, the James Bay, a Mistissini
pow-wow), Inuit of Nunavik ("ai", "nakurmiik", anaanatsiaq, the Air Inuit flight, the Kuujjuaq co-op),
Salvadoran-Quebecers ("puchica", "vos sabés", mi mamá, the cipote, the pupusas), Punjabi students in Montréal cégeps
("sat sri akal", "paaji", "haanji", "bhai", a DoorDash delivery); at work: a customs officer at Dorval, a night shift at
the CHUM, a Tim Hortons drive-through, SOPFEU forest firefighters, a bush pilot, a garage, a Dollarama till, "su'a job";
sport and games: the world junior hockey championship, the Omnium at the stade IGA, the Alouettes, the Montréal
marathon, La Poule aux oeufs d'or, Question de famille, Worldle, dek hockey, the Tour de l'île; at home: a baby shower,
the basement, a fourth-grade project, the réveillon and the tourtière, a trailer at the Nicolet campground, a mother in
a CHSLD, folding the laundry, mononcle's card game, a snowstorm, a trip plan, an exchange student. Plus follow-ups,
yes/no checks with right and wrong guesses, self-corrections with a marker ("non pardon", "euh non je veux dire",
"oups", "enfin", "non attends", "pardon", "non je me trompe", "je veux dire", "euh scusez", "non en fait", "non
excuse", "ah non je voulais dire", "non désolé", "attends non", "oh pis non … finalement", "je me suis mélangé je
voulais dire", "non mais qu'est-ce que je dis", "euh non rectification", "attends je reformule"), reverse questions,
official, everyday and old names, shared names (Congo, Corée, Géorgie, îles Vierges), plurals (every several-capital
country, Palestine, Jammu-et-Cachemire, Uttarakhand, Montserrat), subdivisions and territories, one-shot requests
through "capitales du monde", launch, help, stop and cancel, out-of-domain near misses (other facts about a named
country, "capitale" and "capital" in other senses, French regions and departments, Quebec regions, a Swiss canton, a
Belgian province, fictional places, everyday requests), and what recognition writes (lost accents such as "perou",
"grece", "thailande", split words such as "tan zanie", "mozan bique", "guate mala", homophones such as "mal à oui",
"mort itanie", "roue manie", "sud dan", joined "lacapitale", "c est", "capital").
`python3 tests/Eval/fr/round31/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 31's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# --- fr-FR: Auvergnats of Clermont-Ferrand and the Cantal
auvergne | alexa à la mi-temps de l'asm au stade marcel-michelin c'est quoi la capitale {} | de l'argentine=AR; des samoa=WS
auvergne | alexa bé dis-moi la capitale {} pour le pépé | de l'angola=AO
auvergne | alexa chez michelin on a un client {} c'est quoi sa capitale | du brésil=BR
auvergne | alexa en haut du puy de dôme un touriste demande la capitale {} | de la serbie=RS; de la croatie=HR
auvergne | alexa ma foi je sais plus la capitale {} tu me la dis | de l'albanie=AL
auvergne | alexa à la foire de salers un acheteur vient {} c'est quoi la capitale là-bas | de l'ouzbékistan=UZ
auvergne | alexa on mange la truffade et la tatie demande la capitale {} | de l'arménie=AM
auvergne | alexa à vulcania le guide parle de l'islande la capitale c'est bien reykjavik | IS
auvergne | alexa mon arrière-grand-père était bougnat à paris c'est quoi la capitale de la france déjà je rigole dis-moi quand même | FR
auvergne | alexa pendant que le saint-nectaire s'affine dis-moi la capitale {} | de la hongrie=HU
auvergne | alexa sur la route de l'aligot on parie la capitale {} | du tadjikistan=TJ
# --- fr-FR: Corsicans of Ajaccio and Bastia
corse | alexa o ma c'est quoi la capitale {} | de malte=MT; de chypre=CY; de la grèce=GR
corse | alexa aiò dis-moi vite la capitale {} | de la libye=LY
corse | alexa sur le ferry pour toulon u babbu veut la capitale {} | de monaco=MC; de saint-marin=SM
corse | alexa madonna j'ai un trou la capitale {} c'est laquelle | de la sardaigne=FB; de la sicile=FB
corse | alexa au furiani avant le match du sporting c'est quoi la capitale {} | du monténégro=ME; de la bosnie=BA
corse | alexa a nanna demande la capitale {} elle a un cousin là-bas | de porto rico=PR
corse | alexa sur le gr vingt un randonneur m'a demandé la capitale {} | de la slovaquie=SK
corse | alexa ava c'est quoi la capitale de l'italie je veux être sûr | IT
corse | alexa pendant le tour de corse un pilote vient {} c'est quoi sa capitale | de l'estonie=EE
corse | alexa en mangeant le figatellu on se demande la capitale {} | du maroc=MA
# --- fr-FR: Basques of Bayonne, Biarritz and Hendaye
pays-basque | alexa kaixo c'est quoi la capitale {} | de l'uruguay=UY; du paraguay=PY
pays-basque | alexa agur mais d'abord la capitale {} | du pérou=PE
pays-basque | alexa aux fêtes de bayonne un gars en blanc et rouge demande la capitale {} | de la nouvelle-zélande=NZ
pays-basque | alexa au fronton le pelotari vient {} c'est quoi la capitale | de cuba=CU
pays-basque | alexa amatxi veut savoir la capitale {} milesker | du honduras=HN
pays-basque | alexa à la côte des basques un surfeur vient {} c'est quoi la capitale de chez lui | du costa rica=CR; de l'indonésie=ID
pays-basque | alexa aita dit que la capitale du nicaragua c'est managua c'est vrai | NI
pays-basque | alexa à hendaye on regarde l'espagne en face c'est quoi sa capitale | ES
pays-basque | alexa à l'aviron bayonnais on a un joueur {} c'est quoi la capitale | des tonga=TO
pays-basque | alexa on fait sécher le piment d'espelette dis-moi la capitale {} | du salvador=SV
# --- fr-FR: Savoyards, ski instructors and mountain guides
savoie | alexa au télésiège un client me demande la capitale {} | de la pologne=PL
savoie | alexa je suis moniteur esf et mes élèves viennent {} c'est quoi leur capitale | du royaume-uni=GB
savoie | alexa à chamonix un guide demande la capitale {} | du bhoutan=BT
savoie | alexa on fait une tartiflette dis voir la capitale {} | de la suède=SE
savoie | alexa je suis frontalier à genève c'est quoi la capitale de la suisse déjà | CH
savoie | alexa au bord du lac d'annecy le pédalo c'est quoi la capitale {} | de la bulgarie=BG
savoie | alexa après la raclette mets-moi la capitale {} | du liechtenstein=LI; du luxembourg=LU
savoie | alexa au refuge on parie sur la capitale {} | du pakistan=PK
savoie | alexa le perchman demande la capitale de la corée du sud | KR
# --- fr-FR: Normans, the D-Day beaches, the Mont-Saint-Michel, the Armada de Rouen
normandie | alexa à juno beach des canadiens demandent c'est quoi la capitale de leur pays je crois que c'est ottawa | CA
normandie | alexa p'têt ben qu'oui p'têt ben qu'non c'est quoi la capitale {} | de la belgique=BE
normandie | alexa au mont-saint-michel des touristes viennent {} c'est quoi la capitale | de taïwan=TW
normandie | alexa à l'armada de rouen il y a un voilier {} quelle est la capitale | d'oman=OM; de l'indonésie=ID
normandie | alexa sur les plages d'omaha un vétéran américain c'est quoi la capitale des états-unis | US
normandie | alexa avec le camembert et le cidre dis-moi la capitale {} | de l'ukraine=UA; de la biélorussie=BY
normandie | alexa au festival de deauville une actrice vient {} c'est quoi la capitale | de la corée du sud=KR
normandie | alexa le calva est servi la capitale {} c'est laquelle | des bahamas=BS
normandie | alexa au port du havre un porte-conteneurs arrive {} c'est quoi la capitale | de singapour=SG; du liberia=LR; de panama=PA
# --- fr-FR: Polynesians of Tahiti and the islands
tahiti | alexa ia ora na c'est quoi la capitale {} | des samoa=WS; du vanuatu=VU; de kiribati=KI
tahiti | alexa fiu j'oublie toujours la capitale {} | des îles marshall=MH; des palaos=PW
tahiti | alexa mauruuru mais dis-moi aussi la capitale {} | de tuvalu=TV; de nauru=NR
tahiti | alexa à la hawaiki nui une équipe vient {} c'est quoi la capitale | des îles cook=CK; de hawaï=US-HI
tahiti | alexa mama ruau demande la capitale {} avant le tamaa | de la micronésie=FM; des îles salomon=SB
tahiti | alexa aita pea pea c'est quoi la capitale {} | de la papouasie-nouvelle-guinée=PG; des fidji=FJ
tahiti | alexa dans le truck pour papeete les enfants veulent la capitale {} | de la polynésie française=PF; de wallis-et-futuna=WF
tahiti | alexa au heiva un danseur vient {} c'est où la capitale | de l'île de pâques=FB; de niue=NU
tahiti | alexa dans l'avion pour los angeles c'est quoi la capitale de la californie | US-CA
# --- fr-FR: a Moroccan-French family of Mantes-la-Jolie
maroc-france | alexa wesh c'est quoi la capitale {} | de la mauritanie=MR
maroc-france | alexa hamdoullah on arrive au bled mais c'est quoi la capitale {} | du maroc déjà=MA
maroc-france | alexa khalti demande la capitale {} zarma elle sait pas | de l'arabie saoudite=SA; des émirats=AE
maroc-france | alexa sur le bateau à algésiras c'est quoi la capitale {} | du portugal déjà=PT; de gibraltar=GI
maroc-france | alexa miskine mon frère sait pas la capitale {} | du qatar=QA
maroc-france | alexa safi dernière question la capitale {} | du koweït=KW; de bahreïn=BH
maroc-france | alexa pendant l'aïd la hajja veut savoir la capitale {} | du liban=LB
# --- fr-FR: a Chinese-French family of Aubervilliers
chine-paris | alexa aiya c'est quoi la capitale {} | de la mongolie=MN
chine-paris | alexa nainai demande la capitale {} | du cambodge=KH
chine-paris | alexa au nouvel an chinois on parle de la capitale {} | de la malaisie=MY; des philippines=PH
chine-paris | alexa mama veut savoir c'est quoi la capitale {} au magasin | du brunei=BN
chine-paris | alexa wo bu zhidao la capitale {} tu sais toi | du népal=NP
chine-paris | alexa au grossiste le fournisseur vient {} c'est quoi la capitale | du bangladesh=BD

# --- fr-FR: a Turkish-French family of Sarcelles
turquie-france | alexa abi c'est quoi la capitale {} | de la turquie=TR; de l'azerbaïdjan=AZ
turquie-france | alexa tamam mais la capitale {} c'est quoi | de l'iran=IR; de l'irak=IQ
turquie-france | alexa anne demande la capitale {} yani elle sait plus | du turkménistan=TM; de l'afghanistan=AF
turquie-france | alexa mashallah tu sais tout alors la capitale {} | de la géorgie le pays=GE; de la macédoine du nord=MK
turquie-france | alexa à istanbul on m'a dit que c'était la capitale de la turquie c'est vrai | TR
# --- fr-FR learners: a British retiree in the Lot
anglais-lot | alexa how do you say euh quelle est le capital {} | de la japon=JP; de la canada=CA
anglais-lot | alexa you know my wife veut savoir la capitale {} | de la irlande=IE; du écosse=GB-SCT
anglais-lot | alexa je suis anglais sorry c'est quoi le capitale {} | de pays de galles=GB-WLS; de la angleterre=GB-ENG
anglais-lot | alexa at the market in cahors on parle de la capitale {} | de la australie=AU; de la inde=IN
anglais-lot | alexa right ok la capitale {} please | de le kenya=KE; de le ghana=GH
anglais-lot | alexa my grandson est à l'université {} c'est quoi la capitale | de le nigeria=NG; de la jamaïque please=JM
anglais-lot | alexa what is euh la capitale de la irlande du nord | GB-NIR
# --- fr-FR learners: a Chinese student in Bordeaux
chinoise-bordeaux | alexa ni hao c'est quelle est la capitale {} | de la france=FR; de le japon=JP
chinoise-bordeaux | alexa zenme shuo euh la capitale {} c'est quoi | de le corée du sud=KR; de la singapour=SG
chinoise-bordeaux | alexa xie xie et la capitale {} | de la thaïlande s'il vous plaît=TH; de le mexique=MX
chinoise-bordeaux | alexa ma camarade elle vient {} quelle est capitale | de la pérou=PE; de la égypte=EG
chinoise-bordeaux | alexa je fais exposé sur la capitale {} | de le brésil=BR; de la russie=RU
# --- fr-FR learners: a Korean au pair in Paris
coree-paris | alexa aigo c'est quoi la capitale {} | de la corée du sud=KR; de le vietnam=VN
coree-paris | alexa ottoke j'oublie la capitale {} | de la nouvelle zélande=NZ; de la danemark=DK
coree-paris | alexa kamsahamnida et la capitale {} | de la espagne=ES; de le portugal=PT
coree-paris | alexa les enfants de madame demandent la capitale {} | du canada=CA; de l'argentine=AR
# --- fr-FR: children
enfants | alexa alexa c'est quoi la capitale {} | de la girafe=FB; du père noël=FB
enfants | alexa moi j'ai six ans et je veux savoir la capitale {} | de l'afrique=FB; de l'amérique du sud=FB
enfants | alexa ma maîtresse elle a dit la capitale {} tu la sais toi | de la chine=CN
enfants | alexa c'est moi léo dis la capitale {} | de l'australie=AU
enfants | alexa maman elle dit que tu sais tout alors la capitale {} | de l'inde=IN
enfants | alexa c'est la capitale de quoi {} | tokyo=CITY:Tokyo; le caire=CITY:Le Caire
enfants | alexa y a des pingouins à la capitale {} | de l'antarctique=FB; du groenland=GL
enfants | alexa ma grande soeur elle dit que la capitale {} c'est vrai | de l'australie c'est sydney=AU
enfants | alexa dis-moi la capitale {} parce que j'aime les lions | du botswana=BW
# --- fr-FR: an EHPAD activity afternoon
ehpad | alexa l'animatrice demande la capitale {} | du siam=TH
ehpad | alexa mon petit c'est quoi la capitale {} | de l'abyssinie=ET
ehpad | alexa dites-moi mademoiselle la capitale {} | de la birmanie=MM
ehpad | alexa quand j'étais jeune on disait la capitale {} c'est laquelle maintenant | de la rhodésie=ZW
ehpad | alexa pendant le loto de l'après-midi la capitale {} | de l'oubangui-chari=CF
ehpad | alexa je suis né à saïgon c'est quoi la capitale du viêt nam maintenant | VN
ehpad | alexa on fait un quiz à la résidence la capitale {} | de la hongrie=HU; de l'autriche=AT
ehpad | alexa mon mari a fait l'algérie c'est bien alger la capitale | DZ
ehpad | alexa pour le goûter on joue aux capitales {} | de la pologne=PL
# --- fr-FR: the Foreign Legion at Aubagne and Castelnaudary
legion | alexa à la légion on a un caporal {} c'est quoi sa capitale | de madagascar=MG
legion | alexa au régiment un légionnaire vient {} quelle est la capitale | de la serbie=RS
legion | alexa à castelnaudary les engagés viennent {} c'est quoi la capitale | de l'équateur=EC
legion | alexa képi blanc oblige dis-moi la capitale {} | de la moldavie=MD
legion | alexa mon binôme vient {} je connais pas la capitale | des fidji=FJ
legion | alexa pour la revue de camerone la capitale du mexique c'est bien mexico | MX
# --- fr-FR: a FLE class for newcomers (teacher and students)
fle | alexa en cours de français une élève vient {} c'est quoi la capitale | de l'érythrée=ER; de la somalie=SO
fle | alexa la prof demande la capitale {} pour notre camarade | de la guinée=GN; de la sierra leone=SL
fle | alexa moi je viens {} tu connais la capitale | du tchad=TD; du niger=NE
fle | alexa en cours on apprend les pays la capitale {} | du soudan du sud=SS
fle | alexa mon voisin de classe est {} c'est quoi la capitale de son pays | afghan=AF; tchétchène=FB
fle | alexa la professeure veut savoir la capitale {} | du yémen=YE
fle | alexa le dictionnaire dit capitale {} c'est ça | de la guinée-bissau=GW; du burundi=BI

# --- fr-FR at work
travail | alexa je suis chauffeur vtc à roissy mon client va {} c'est quoi la capitale | en éthiopie=ET; au rwanda=RW; en ouganda=UG
travail | alexa de garde de nuit à l'hôpital un patient vient {} c'est quoi la capitale | de la guinée équatoriale=GQ; du gabon=GA
travail | alexa je suis interprète à l'unesco la délégation vient {} c'est quoi la capitale | du malawi=MW
travail | alexa au domaine on exporte {} c'est quoi la capitale | en chine=CN
travail | alexa au château le caviste a un acheteur {} c'est quoi la capitale | du ghana=GH
travail | alexa aux douanes du havre le conteneur vient {} c'est quoi la capitale | des îles marshall=MH; de la dominique=DM
travail | alexa bénévole aux jeux de paris on accueille l'équipe {} c'est quoi sa capitale | du zimbabwe=ZW
travail | alexa à la boulangerie un client {} me demande si je connais la capitale de son pays | du burkina=BF; du togo=TG
travail | alexa en pause clope au dépôt on se demande la capitale {} | du mozambique=MZ; de la namibie=NA
travail | alexa je suis guide au château de chambord un groupe vient {} c'est quoi la capitale | du chili=CL
travail | alexa au cabinet vétérinaire un client a adopté un chien {} c'est quoi la capitale de ce pays | d'espagne=ES
# --- fr-FR: TV and games
jeux | alexa à qui veut gagner des millions la question c'est la capitale {} | du kirghizstan=KG
jeux | alexa dans pékin express ils arrivent {} c'est quoi la capitale | au laos=LA
jeux | alexa koh-lanta se passe {} c'est quoi la capitale | aux philippines=PH; au cambodge=KH; aux fidji=FJ
jeux | alexa au maillon faible il a raté la capitale {} c'est quoi | de l'estonie=EE
jeux | alexa sur worldle le pays du jour c'est {} c'est quoi sa capitale | le paraguay=PY; le bhoutan=BT
jeux | alexa au trivial pursuit la carte demande la capitale {} | du canada=CA
jeux | alexa à fort boyard le père fouras demande la capitale {} | de la suède=SE
jeux | alexa on gratte la carte du monde on vient de gratter {} c'est quoi la capitale | le sénégal=SN
jeux | alexa au pictionary je dois dessiner la capitale {} c'est quoi | de la russie=RU
jeux | alexa on joue au jeu des drapeaux le drapeau rouge et blanc avec un cèdre c'est le liban c'est quoi la capitale | LB
# --- fr-FR at home
maison | alexa mon test adn dit que j'ai des ancêtres {} c'est quoi la capitale | en sierra leone=SL; au cameroun=CM
maison | alexa ma correspondante habite {} c'est quoi la capitale | en lettonie=LV
maison | alexa on cherche un prénom pour le bébé comme une capitale c'est quoi la capitale {} | de la géorgie=GE+US-GA
maison | alexa sur l'appli tandem je parle avec quelqu'un {} c'est quoi la capitale | de l'ukraine=UA
maison | alexa mon fils part faire le tour du monde première étape la capitale {} | du népal=NP
maison | alexa le rideau de douche a une carte du monde c'est quoi la capitale {} | du guyana=GY; du suriname=SR
maison | alexa pendant le repassage dis-moi la capitale {} | de l'autriche=AT; de la croatie=HR
maison | alexa on prépare le mariage de ma cousine {} c'est quoi la capitale | à maurice=MU; aux seychelles=SC; aux maldives=MV
maison | alexa en faisant les courses sur internet je vois du thé {} c'est quoi la capitale | du kenya=KE
maison | alexa pendant que les pâtes cuisent la capitale {} | de la jordanie=JO; d'israël=IL
maison | alexa le chat a fait tomber le globe sur la capitale {} c'est quoi | du soudan=SD

# --- fr-CA: the Festival d'été on the Plains in Québec City
festival-ete | alexa sur les plaines on attend le show c'est quoi la capitale {} | de la jamaïque=JM | fr-CA
festival-ete | alexa le groupe de ce soir vient {} c'est quoi leur capitale | de la nouvelle-zélande=NZ | fr-CA
festival-ete | alexa coudonc la capitale {} c'est-tu | de la colombie=CO | fr-CA
festival-ete | alexa en file pour les toilettes chimiques dis-moi la capitale {} | du bénin=BJ | fr-CA
festival-ete | alexa y a un band {} sur la scène loto-québec c'est quoi la capitale de leur pays | de la suède=SE | fr-CA
festival-ete | alexa dans le vieux-québec des touristes demandent la capitale du québec je leur dis quoi | CA-QC | fr-CA
# --- fr-CA: the Laurentians (Mont-Tremblant, the P'tit Train du Nord, the chalet)
laurentides | alexa au chalet on a pas de télé faque dis-moi la capitale {} | du danemark=DK | fr-CA
laurentides | alexa sur la piste du p'tit train du nord un cycliste vient {} c'est quoi la capitale | de la belgique=BE | fr-CA
laurentides | alexa au village de tremblant des touristes parlent {} c'est quoi leur capitale | du texas=US-TX | fr-CA
laurentides | alexa autour du feu de camp pis la capitale {} c'est quoi | de la lituanie=LT | fr-CA
laurentides | alexa sur le quai du lac la belle-mère veut la capitale {} | de la grèce=GR; de chypre=CY | fr-CA
laurentides | alexa en kayak sur la rouge tsé la capitale {} c'est laquelle | du costa rica=CR; du nicaragua=NI | fr-CA
# --- fr-CA: the Montérégie (apple picking in Rougemont, Saint-Hyacinthe)
monteregie | alexa aux pommes à rougemont la petite demande la capitale {} | de la pologne=PL; de la hongrie=HU | fr-CA
monteregie | alexa à l'expo agricole de saint-hyacinthe un éleveur vient {} c'est quoi la capitale | de l'argentine=AR | fr-CA
monteregie | alexa dans le verger les cueilleurs viennent {} c'est quoi la capitale | du honduras=HN | fr-CA
monteregie | alexa au kiosque de blé d'inde la madame demande la capitale {} | de la roumanie=RO; de la serbie=RS | fr-CA
monteregie | alexa au mont saint-bruno ma blonde veut savoir la capitale {} | de la slovaquie=SK; de la tchéquie=CZ | fr-CA
# --- fr-CA: Franco-Ontarians of Sudbury
sudbury | alexa à côté du big nickel on se demande la capitale {} | de la finlande=FI; de l'italie=IT | fr-CA
sudbury | alexa à la mine un gars de la shift vient {} c'est quoi la capitale | du chili=CL | fr-CA
sudbury | alexa à la laurentienne ma coloc vient {} c'est quoi la capitale | du cameroun=CM | fr-CA
sudbury | alexa icitte en ontario c'est quoi la capitale de la province | CA-ON | fr-CA
sudbury | alexa c'est quoi la capitale {} mon oncle travaille là | du manitoba=CA-MB; de la saskatchewan=CA-SK | fr-CA
sudbury | alexa au camp de pêche sur le lac ramsey la capitale {} | de l'ukraine=UA; de la croatie=HR | fr-CA
# --- fr-CA: Franco-Albertans of Edmonton, Saint-Albert and Fort McMurray
alberta | alexa à fort mac un gars de la shift de nuit vient {} c'est quoi la capitale | du venezuela=VE; de terre-neuve=CA-NL | fr-CA
alberta | alexa à la cité francophone d'edmonton on fait un quiz la capitale {} | de l'alberta=CA-AB; de la colombie-britannique=CA-BC | fr-CA
alberta | alexa dans les sables bitumineux mon boss vient {} c'est quoi la capitale | du koweït=KW | fr-CA
alberta | alexa au stampede de calgary un cowboy vient {} c'est quoi la capitale | du montana=US-MT; du wyoming=US-WY | fr-CA
alberta | alexa sur la route de jasper dis-moi la capitale {} | du yukon=CA-YT; des territoires du nord-ouest=CA-NT | fr-CA
# --- fr-CA: Cree of Eeyou Istchee (Chisasibi, Mistissini)
cris | alexa wachiya c'est quoi la capitale {} | du nunavut=CA-NU; du canada=CA | fr-CA
cris | alexa meegwetch pis la capitale {} | de la nouvelle-zélande=NZ; de l'australie=AU | fr-CA
cris | alexa au goose break la kokum veut savoir la capitale {} | du groenland=GL; de la norvège=NO | fr-CA
cris | alexa à la baie james y a des ingénieurs {} c'est quoi leur capitale | de la chine=CN; de la corée du sud=KR | fr-CA
cris | alexa à mistissini pour le pow-wow une famille vient {} c'est quoi la capitale | du dakota du nord=US-ND; du minnesota=US-MN | fr-CA
# --- fr-CA: Inuit of Nunavik (Kuujjuaq, Salluit)
nunavik | alexa ai c'est quoi la capitale {} | du groenland=GL; de l'islande=IS | fr-CA
nunavik | alexa nakurmiik pis la capitale {} | du danemark=DK; de l'alaska=US-AK | fr-CA
nunavik | alexa anaanatsiaq demande la capitale {} | de la russie=RU; de la finlande=FI | fr-CA
nunavik | alexa dans le vol d'air inuit vers montréal c'est quoi la capitale du nunavut | CA-NU | fr-CA
nunavik | alexa à la coop de kuujjuaq y a des chercheurs {} c'est quoi la capitale | de la suède=SE; de l'écosse=GB-SCT | fr-CA
# --- fr-CA: Salvadoran-Quebecers
salvador-quebec | alexa puchica c'est quoi la capitale {} | du salvador=SV; du honduras=HN | fr-CA
salvador-quebec | alexa mi mamá veut savoir la capitale {} | du guatemala=GT; du belize=BZ | fr-CA
salvador-quebec | alexa on fait des pupusas pis ma tante demande la capitale {} | du nicaragua=NI; du panama=PA | fr-CA
salvador-quebec | alexa vos sabés la capitale {} | du costa rica=CR; de la république dominicaine=DO | fr-CA
salvador-quebec | alexa mon cipote demande la capitale {} pour l'école | du mexique=MX; de cuba=CU | fr-CA
# --- fr-CA: Punjabi students in Montréal colleges
punjabi-montreal | alexa sat sri akal c'est quoi la capitale {} | de l'inde=IN; du pendjab=IN-PB | fr-CA
punjabi-montreal | alexa paaji demande la capitale {} | du pakistan=PK; du bangladesh=BD | fr-CA
punjabi-montreal | alexa haanji la capitale {} c'est quoi | du népal=NP; du sri lanka=LK | fr-CA
punjabi-montreal | alexa au cégep mon prof veut savoir la capitale {} | du rajasthan=IN-RJ; du gujarat=IN-GJ | fr-CA
punjabi-montreal | alexa en livrant pour doordash je me demande la capitale {} | du kerala=IN-KL; du maharashtra=IN-MH | fr-CA
punjabi-montreal | alexa bhai la capitale {} c'est laquelle | de l'afghanistan=AF; de l'ouzbékistan=UZ | fr-CA

# --- fr-CA at work
travail-qc | alexa aux douanes à dorval le passager arrive {} c'est quoi la capitale | de la tunisie=TN | fr-CA
travail-qc | alexa de nuit au chum une patiente vient {} c'est quoi la capitale | d'haïti=HT; de la martinique=MQ | fr-CA
travail-qc | alexa au tim au drive un client me demande la capitale {} | de la floride=US-FL; du vermont=US-VT | fr-CA
travail-qc | alexa à la sopfeu les pompiers forestiers viennent {} c'est quoi la capitale | du portugal=PT; du chili=CL | fr-CA
travail-qc | alexa je suis pilote de brousse pis mon client vient {} c'est quoi la capitale | de l'autriche=AT | fr-CA
travail-qc | alexa au garage le mécano vient {} c'est quoi la capitale | des philippines=PH | fr-CA
travail-qc | alexa à la caisse au dollarama une cliente vient {} c'est quoi la capitale | de l'iran=IR; de la syrie=SY | fr-CA
travail-qc | alexa su'a job on a un nouveau {} c'est quoi la capitale de chez eux | du burundi=BI; du rwanda=RW | fr-CA
# --- fr-CA: sport and games
sport-qc | alexa au mondial junior l'équipe {} joue ce soir c'est quoi la capitale | de la lettonie=LV; de la slovaquie=SK | fr-CA
sport-qc | alexa à l'omnium au stade iga la joueuse vient {} c'est quoi la capitale | de la biélorussie=BY; du kazakhstan=KZ | fr-CA
sport-qc | alexa aux alouettes on a un receveur {} c'est quoi la capitale | de l'ohio=US-OH | fr-CA
sport-qc | alexa au marathon de montréal le gagnant vient {} c'est quoi la capitale | du kenya=KE; de l'éthiopie=ET; de l'ouganda=UG | fr-CA
sport-qc | alexa à la poule aux oeufs d'or la question c'est la capitale {} | de la jordanie=JO; du qatar=QA | fr-CA
sport-qc | alexa on joue à question de famille chez nous la capitale {} | de l'azerbaïdjan=AZ | fr-CA
sport-qc | alexa sur worldle ce matin c'était {} c'est quoi la capitale | le lesotho=LS; la gambie=GM | fr-CA
sport-qc | alexa à la ligue de dek hockey on fait des équipes de pays c'est quoi la capitale {} | du zimbabwe=ZW | fr-CA
sport-qc | alexa au tour de l'île à vélo un cycliste vient {} c'est quoi la capitale | de la colombie=CO | fr-CA
# --- fr-CA at home
maison-qc | alexa au baby shower on fait un jeu la capitale {} | de la france=FR | fr-CA
maison-qc | alexa dans le sous-sol les jeunes veulent savoir la capitale {} | de la mongolie=MN; de la bulgarie=BG | fr-CA
maison-qc | alexa la petite fait sa recherche de quatrième année sur la capitale {} | du sénégal=SN; de la côte d'ivoire=CI; du mali=ML | fr-CA
maison-qc | alexa au réveillon avec la tourtière mon beau-frère demande la capitale {} | de la louisiane=US-LA; du massachusetts=US-MA | fr-CA
maison-qc | alexa au camping à nicolet le voisin de roulotte vient {} c'est quoi la capitale | de l'ontario=CA-ON; du nouveau-brunswick=CA-NB | fr-CA
maison-qc | alexa ma mère au chsld veut savoir la capitale {} | de l'irlande=IE | fr-CA
maison-qc | alexa en pliant le linge dis-moi la capitale {} | du liban=LB | fr-CA
maison-qc | alexa pendant la partie de cartes mononcle gage sur la capitale {} | de la turquie=TR | fr-CA
maison-qc | alexa pendant la tempête de neige on s'ennuie la capitale {} | du cap-vert=CV; de sao tomé-et-principe=ST | fr-CA
maison-qc | alexa mon chum planifie un voyage {} c'est quoi la capitale | en islande=IS | fr-CA
maison-qc | alexa on a eu un échange étudiant {} c'est quoi la capitale | de la belgique=BE; de l'allemagne=DE | fr-CA

# --- follow-ups
follow-up | alexa et {} | du burkina faso alors=BF; de la gambie ensuite=GM; pour le togo=TG
follow-up | et {} maintenant | le guatemala=GT; le bélize=BZ
follow-up | ok pis {} elle | le paraguay=PY | fr-CA
follow-up | d'accord et celle {} | du laos=LA; de la birmanie=MM; du timor oriental=TL
follow-up | super et celle {} tant qu'on y est | de l'algérie=DZ; de la libye=LY
follow-up | merci et pour {} | le kirghizstan=KG; la tunisie=TN
follow-up | parfait pis pour {} | le manitoba=CA-MB; l'île-du-prince-édouard=CA-PE; le yukon=CA-YT | fr-CA
follow-up | ah ok et {} c'est quoi | oman=OM; le yémen=YE; bahreïn=BH
follow-up | et la capitale {} aussi tant qu'à faire | de la slovénie=SI; du monténégro=ME | fr-CA
follow-up | bon et {} tu sais | l'angola=AO; le mozambique=MZ
follow-up | wow ok pis {} là | la finlande=FI; la norvège=NO | fr-CA
follow-up | et son voisin {} | le niger=NE; le tchad=TD; le soudan=SD
follow-up | et maintenant celle {} s'il te plaît | du sénégal=SN
follow-up | ah bon et {} d'abord | la lettonie=LV; l'estonie=EE; la lituanie=LT | fr-CA
follow-up | et puis {} pour finir | les comores=KM; madagascar=MG; maurice=MU
follow-up | pis le pays d'à côté {} | le vanuatu=VU; les îles salomon=SB | fr-CA
follow-up | et la même chose pour {} | l'érythrée=ER; djibouti=DJ; la somalie=SO
follow-up | ok une autre {} | le suriname=SR; le guyana=GY | fr-CA
follow-up | et pour {} on dit quoi | le brunei=BN; le timor=TL
follow-up | encore une {} | le liechtenstein=LI; andorre=AD; saint-marin=SM
# --- yes/no checks, right and wrong guesses
yes-no-check | alexa la capitale {} c'est bien ça | de la turquie c'est istanbul=TR
yes-no-check | alexa est-ce que {} est la capitale du brésil | brasilia=BR
yes-no-check | alexa c'est-tu vrai que la capitale {} | du nigeria c'est lagos=NG | fr-CA
yes-no-check | alexa j'ai raison si je dis que la capitale {} | du viêt nam c'est hanoï=VN
yes-no-check | alexa confirme-moi que la capitale {} | de la bolivie c'est sucre=BO
yes-no-check | alexa la capitale du kazakhstan c'est-tu encore astana ou ils ont changé | KZ | fr-CA
yes-no-check | alexa vrai ou faux la capitale {} | de la côte d'ivoire c'est abidjan=CI; du bénin c'est cotonou=BJ
yes-no-check | alexa dis-moi oui ou non la capitale {} | des états-unis c'est new york=US
yes-no-check | alexa gage avec mon chum la capitale {} | de l'écosse c'est glasgow=GB-SCT; de la floride c'est miami=US-FL | fr-CA
yes-no-check | alexa je pense que la capitale {} j'ai bon | du myanmar c'est rangoun=MM; du cameroun c'est douala=CM
yes-no-check | alexa c'est vrai que la capitale {} | de la colombie-britannique c'est vancouver=CA-BC; de la californie c'est los angeles=US-CA | fr-CA
yes-no-check | alexa ma belle-soeur dit que la capitale {} elle a raison | du burundi c'est bujumbura=BI; de l'équateur c'est guayaquil=EC
yes-no-check | alexa c'est bien oslo la capitale de la norvège hein | NO
yes-no-check | alexa la capitale de la malaisie c'est kuala lumpur oui ou non | MY
yes-no-check | alexa est-ce que la capitale {} | de l'afrique du sud c'est johannesburg=ZA; de la syrie c'est damas=SY | fr-CA
yes-no-check | alexa on s'obstine la capitale de l'illinois c'est-tu chicago | US-IL | fr-CA
yes-no-check | alexa dis voir la capitale de l'italie c'est pas milan quand même | IT
yes-no-check | alexa la capitale {} c'est bien ça non | du sri lanka c'est colombo=LK; de la tanzanie c'est dodoma=TZ
# --- self-corrections with a marker, the last place expected
self-correction | alexa la capitale {} | du niger non pardon du nigeria=NG; de l'autriche euh non je veux dire de l'australie=AU
self-correction | alexa c'est quoi déjà la capitale {} | de la slovaquie oups de la slovénie=SI; de l'islande enfin de l'irlande=IE | fr-CA
self-correction | alexa dis-moi donc la capitale {} | de la guinée non attends de la guinée-bissau=GW; du soudan pardon du soudan du sud=SS
self-correction | alexa quelle est donc la capitale {} | de l'iran non je me trompe de l'irak=IQ; de la suède je veux dire de la suisse=CH
self-correction | alexa la capitale {} c'est quoi encore | de la gambie euh scusez de la zambie=ZM; du mali non en fait du malawi=MW | fr-CA
self-correction | alexa capitale {} vite | de la colombie non excuse de la bolivie=BO; de la dominique euh non je veux dire de la république dominicaine=DO
self-correction | alexa c'est quoi la capitale de l'autriche ah non je voulais dire l'allemagne | DE
self-correction | alexa la capitale de la lettonie non désolé de la lituanie | LT | fr-CA
self-correction | alexa la capitale du paraguay attends non de l'uruguay | UY
self-correction | alexa dis-moi la capitale du vermont oh pis non du maine finalement | US-ME | fr-CA
self-correction | alexa c'est quoi la capitale de la mongolie euh je me suis mélangé je voulais dire la moldavie | MD
self-correction | alexa la capitale du cameroun non mais qu'est-ce que je dis du gabon | GA
self-correction | alexa la capitale de l'alberta oups je veux dire de la saskatchewan | CA-SK | fr-CA
self-correction | alexa quelle est la capitale de la macédoine du nord euh non rectification de l'albanie | AL
self-correction | alexa euh la capitale {} | du congo-brazzaville non pardon de la rdc=CD; de la rdc non je veux dire du congo-brazzaville=CG
self-correction | alexa la capitale de la hongrie attends je reformule de la roumanie | RO | fr-CA

# --- reverse questions (CITY: as languages/fr.json names the capital)
reverse-question | alexa {} c'est la capitale de quel pays | ouagadougou=CITY:Ouagadougou; bichkek=CITY:Bichkek; paramaribo=CITY:Paramaribo
reverse-question | alexa {} c'est la capitale de quoi au juste | tegucigalpa=CITY:Tegucigalpa; antananarivo=CITY:Antananarivo | fr-CA
reverse-question | alexa de quel pays {} est la capitale | vientiane=CITY:Vientiane; oulan-bator=CITY:Oulan-Bator; asmara=CITY:Asmara
reverse-question | alexa {} c'est où ça c'est une capitale | nouakchott=CITY:Nouakchott; ngerulmud=CITY:Ngerulmud
reverse-question | alexa à worldle la réponse c'était {} c'est la capitale de quel pays | windhoek=CITY:Windhoek; gaborone=CITY:Gaborone | fr-CA
reverse-question | alexa la ville de {} c'est la capitale de qui | thimphu=CITY:Thimphu; achgabat=CITY:Achgabat
reverse-question | alexa {} c'est la capitale de quel état | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; albany=CITY:Albany | fr-CA
reverse-question | alexa {} c'est la capitale de quelle province | regina=CITY:Regina; fredericton=CITY:Fredericton | fr-CA
reverse-question | alexa une capitale qui s'appelle {} c'est dans quel pays | lilongwe=CITY:Lilongwe; bamako=CITY:Bamako; niamey=CITY:Niamey
reverse-question | alexa mon collègue revient de {} c'est la capitale de quoi | tbilissi=CITY:Tbilissi; erevan=CITY:Erevan
reverse-question | alexa {} ça se trouve dans quel pays c'est une capitale je crois | podgorica=CITY:Podgorica; ljubljana=CITY:Ljubljana | fr-CA
reverse-question | alexa kingston c'est la capitale de quel pays | CITY:Kingston
reverse-question | alexa victoria c'est la capitale de quoi | CITY:Victoria | fr-CA
reverse-question | alexa saint john's c'est la capitale de où | CITY:Saint John's | fr-CA
reverse-question | alexa {} c'est la capitale de quel pays d'afrique | freetown=CITY:Freetown; monrovia=CITY:Monrovia; banjul=CITY:Banjul
reverse-question | alexa {} c'est une capitale de quel coin | douchanbé=CITY:Douchanbé; mascate=CITY:Mascate
reverse-question | alexa le mot de la grille c'est {} c'est la capitale de quel pays | lomé=CITY:Lomé; caracas=CITY:Caracas
# --- official names
official-name | alexa quelle est la capitale {} | de la république fédérative du brésil=BR; du royaume hachémite de jordanie=JO; de la république orientale de l'uruguay=UY
official-name | alexa c'est quoi la capitale {} officiellement | de la confédération helvétique=CH
official-name | alexa la capitale {} s'il te plaît | de la république arabe syrienne=SY | fr-CA
official-name | alexa donne-moi la capitale {} | du grand-duché de luxembourg=LU; de la principauté du liechtenstein=LI; du royaume du maroc=MA
official-name | alexa pour mon cours de géo c'est quoi la capitale {} | de la république démocratique populaire lao=LA | fr-CA
official-name | alexa dis la capitale {} | de la république islamique du pakistan=PK
official-name | alexa c'est laquelle la capitale {} | de la république fédérale d'allemagne=DE; du royaume d'arabie saoudite=SA | fr-CA
official-name | alexa la capitale {} elle est où | de la république kirghize=KG; de la république bolivarienne du venezuela=VE
official-name | alexa capitale {} merci | de la république centrafricaine=CF
official-name | alexa c'est quoi la capitale du royaume-uni de grande-bretagne et d'irlande du nord | GB
# --- everyday names
everyday-name | alexa au fait c'est quoi la capitale {} | de la hollande=NL; des states=US; de l'amérique=US
everyday-name | alexa la capitale {} c'est quoi au juste | de la centrafrique=CF; de la bosnie=BA | fr-CA
everyday-name | alexa dis-moi la capitale {} vite | des émirats=AE; de la macédoine=MK
everyday-name | alexa c'est quoi la capitale {} pour vrai | de la grande-bretagne=GB; de la papouasie=PG; de la trinité=TT | fr-CA
everyday-name | alexa la capitale {} elle s'appelle comment | de saint-kitts=KN; d'antigua=AG; de saint-vincent=VC
everyday-name | alexa la capitale {} tu la connais | des usa=US; du burkina=BF; du timor=TL
everyday-name | alexa c'est quoi la capitale {} mon gars | de la moldova=MD; de sao tomé=ST; de la tchéquie=CZ | fr-CA
everyday-name | alexa je veux la capitale {} | de la république tchèque=CZ; de cabo verde=CV; du salvador=SV
# --- old names
old-name | alexa quand mon grand-père est parti c'était {} c'est quoi la capitale maintenant | la gold coast=GH; le soudan français=ML; le nyassaland=MW
old-name | alexa dans l'atlas de ma mère y a {} c'est quoi la capitale | le basutoland=LS; le bechuanaland=BW; le tanganyika=TZ | fr-CA
old-name | alexa sur le vieux timbre c'est écrit {} c'est quoi la capitale | nouvelles-hébrides=VU; côte française des somalis=DJ; honduras britannique=BZ
old-name | alexa c'est quoi la capitale {} comme on disait avant | de formose=TW; du kampuchéa=KH; de la guinée portugaise=GW
old-name | alexa la capitale {} ça existe encore | de la rhodésie du nord=ZM; de la russie blanche=BY; de la côte-de-l'or=GH | fr-CA
old-name | alexa mon oncle disait toujours {} c'est quoi la capitale de ça | le swaziland=SZ; la perse=IR

# --- shared names (bare: every place; disambiguated: one)
shared-name | alexa c'est quoi donc la capitale {} | du congo=CD+CG; des deux congo=CD+CG
shared-name | alexa la capitale {} c'est quoi au fait | de la corée=KP+KR; des deux corées=KP+KR | fr-CA
shared-name | alexa dis-moi juste la capitale {} | des îles vierges=VG+VI; de la géorgie=GE+US-GA
shared-name | alexa la géorgie c'est quoi sa capitale | GE+US-GA | fr-CA
shared-name | alexa les îles vierges c'est quoi leur capitale | VG+VI
shared-name | alexa le congo a quelle capitale | CD+CG | fr-CA
shared-name | alexa la capitale {} stp | de la géorgie l'état américain=US-GA; de la géorgie dans le caucase=GE | fr-CA
shared-name | alexa c'est quoi la capitale {} pas l'autre | des îles vierges britanniques=VG; des îles vierges américaines=VI
shared-name | alexa la capitale {} je précise | du congo celui de kinshasa=CD; du congo celui de brazzaville=CG
shared-name | alexa les corées ont quelles capitales | KP+KR | fr-CA
shared-name | alexa et la corée | KP+KR
# --- several capitals, asked in the plural
plural-capitals | alexa c'est quoi les capitales {} | de l'afrique du sud=ZA; du bénin=BJ; de la bolivie=BO
plural-capitals | alexa quelles sont les deux capitales {} | de la côte d'ivoire=CI; du sri lanka=LK; de la malaisie=MY
plural-capitals | alexa dis-moi les capitales {} | des pays-bas=NL; de l'eswatini=SZ; de la palestine=PS | fr-CA
plural-capitals | alexa y en a combien des capitales {} pis c'est lesquelles | en afrique du sud=ZA; en bolivie=BO | fr-CA
plural-capitals | alexa ma fille dit que {} a deux capitales c'est lesquelles | le bénin=BJ; la malaisie=MY; le sri lanka=LK
plural-capitals | alexa les trois capitales de l'afrique du sud tu peux me les dire | ZA
plural-capitals | alexa la hollande a deux capitales c'est quoi déjà | NL | fr-CA
plural-capitals | alexa c'est quoi les capitales du swaziland | SZ
plural-capitals | alexa quelles capitales a la palestine | PS
plural-capitals | alexa la côte d'ivoire elle a combien de capitales et c'est lesquelles | CI | fr-CA
plural-capitals | alexa les capitales {} on les dit comment | de l'état de palestine=PS; des territoires palestiniens=PS
plural-capitals | alexa les capitales {} | du jammu-et-cachemire=IN-JK; de l'uttarakhand=IN-UK; de montserrat=MS
plural-capitals | alexa au quiz y a une question sur les capitales {} | des pays-bas=NL; de l'eswatini=SZ | fr-CA
plural-capitals | alexa pour l'exposé de ma fille quelles sont les capitales {} | du bénin=BJ; de la côte d'ivoire=CI; de la malaisie=MY
plural-capitals | alexa le sri lanka a combien de capitales pis c'est quoi leurs noms | LK | fr-CA
plural-capitals | alexa c'est quoi les capitales de la bolivie la paz pis l'autre | BO | fr-CA
plural-capitals | alexa les deux capitales du sri lanka je les mélange tout le temps | LK
plural-capitals | alexa le jammu-et-cachemire a deux capitales une pour l'été pis une pour l'hiver c'est lesquelles | IN-JK | fr-CA
plural-capitals | alexa pour mon exposé sur l'inde c'est quoi les deux capitales de l'uttarakhand | IN-UK
plural-capitals | alexa montserrat il paraît qu'il y a deux capitales à cause du volcan c'est lesquelles | MS
# --- subdivisions: states, provinces, länder, the UK's nations
subdivision | alexa c'est quoi la capitale {} aux états-unis | du kentucky=US-KY; de l'arkansas=US-AR; du nevada=US-NV
subdivision | alexa la capitale {} c'est laquelle | du nouveau-mexique=US-NM; de l'oklahoma=US-OK | fr-CA
subdivision | alexa dis-moi la capitale de l'état {} | du wisconsin=US-WI; de l'iowa=US-IA; de l'utah=US-UT
subdivision | alexa la capitale {} en allemagne | de la bavière=DE-BY; de la saxe=DE-SN; de la sarre=DE-SL
subdivision | alexa quelle est la capitale du land {} | de basse-saxe=DE-NI; de hesse=DE-HE
subdivision | alexa c'est quoi la capitale {} au brésil | de bahia=BR-BA; du paraná=BR-PR; de pernambouc=BR-PE
subdivision | alexa la capitale de l'état {} au mexique | de jalisco=MX-JAL; du yucatán=MX-YUC
subdivision | alexa c'est quoi la capitale {} en australie | du queensland=AU-QLD; de la tasmanie=AU-TAS; du victoria=AU-VIC
subdivision | alexa la capitale de l'état indien {} | du bihar=IN-BR; de l'assam=IN-AS; du tamil nadu=IN-TN
subdivision | alexa c'est quoi la capitale {} mettons | de la nouvelle-écosse=CA-NS; du québec=CA-QC | fr-CA
subdivision | alexa la capitale du pays de galles tu connais | GB-WLS
subdivision | alexa l'angleterre c'est quoi sa capitale | GB-ENG | fr-CA
subdivision | alexa la capitale {} là-bas c'est quoi | du tennessee=US-TN; de la caroline du sud=US-SC; du dakota du sud=US-SD | fr-CA
subdivision | alexa c'est quoi la capitale de l'état de washington pas la ville | US-WA | fr-CA
subdivision | alexa c'est quoi la capitale de la pennsylvanie déjà | US-PA | fr-CA
# --- territories and dependencies
territory | alexa ma cousine demande c'est quoi la capitale {} | de la guadeloupe=GP; de mayotte=YT; de saint-pierre-et-miquelon=PM
territory | alexa pis la capitale {} c'est quoi | de la nouvelle-calédonie=NC; de la réunion=RE; de la guyane=GF | fr-CA
territory | alexa dis-moi la capitale {} en vrai | des bermudes=BM; des îles caïmans=KY; des malouines=FK
territory | alexa la capitale {} tu sais | des îles féroé=FO; de guernesey=GG; de jersey=JE
territory | alexa c'est laquelle la capitale {} déjà | de l'île de man=IM; de gibraltar=GI; d'aruba=AW | fr-CA
territory | alexa capitale {} stp | de curaçao=CW; de saint-martin=MF; de saint-barthélemy=BL
territory | alexa comment s'appelle la capitale {} | de guam=GU; des samoa américaines=AS; de porto rico=PR
territory | alexa c'est quoi la capitale {} pour ma collection | de sainte-hélène=SH; des îles pitcairn=PN; des îles turques-et-caïques=TC
territory | alexa la capitale {} c'est-tu loin | des îles åland=AX; du svalbard=SJ | fr-CA
territory | alexa c'est quoi la capitale du groenland | GL | fr-CA
territory | alexa la martinique c'est quoi sa capitale | MQ

# --- one-shot requests through the invocation name
one-shot | alexa demande à capitales du monde la capitale {} | du kiribati=KI; du soudan du sud=SS; des palaos=PW
one-shot | alexa demande à capitales du monde c'est quoi la capitale {} | du lesotho=LS | fr-CA
one-shot | alexa ouvre capitales du monde et dis-moi la capitale {} | de l'ouganda=UG; de la namibie=NA; du cap-vert=CV
one-shot | alexa lance capitales du monde pour la capitale {} | de l'érythrée=ER; du turkménistan=TM
one-shot | alexa capitales du monde la capitale {} | de la micronésie=FM; des seychelles=SC | fr-CA
one-shot | alexa peux-tu demander à capitales du monde la capitale {} | des comores=KM; de djibouti=DJ; de la guinée équatoriale=GQ
one-shot | alexa avec capitales du monde trouve-moi la capitale {} | de saint-christophe-et-niévès=KN; de sainte-lucie=LC; de la barbade=BB | fr-CA
one-shot | alexa demande à capitales du monde les capitales de la bolivie | BO
one-shot | alexa demande à capitales du monde si la capitale de l'australie c'est sydney | AU | fr-CA
one-shot | alexa demande à capitales du monde bangkok c'est la capitale de quel pays | CITY:Bangkok
one-shot | alexa dis à capitales du monde que je veux la capitale de la grenade | GD | fr-CA
one-shot | alexa demande donc à capitales du monde la capitale de trinité-et-tobago | TT | fr-CA
# --- what recognition writes: lost accents, split and joined words, homophones
recognition | alexa c'est quoi la capitale {} euh | de la colombi=CO; du perou=PE; de l'equateur=EC
recognition | alexa la capitale {} merci | du sud dan=SD; de la tan zanie=TZ; du mozan bique=MZ
recognition | alexa lacapitale {} | de la grece=GR; du nepal=NP; de l'egypte=EG
recognition | alexa quelle est la capitale {} stp | de l'algeri=DZ; de la bulgari=BG | fr-CA
recognition | alexa c'est quoi la capital {} | du mal à oui=MW; de la zambi=ZM; de la mort itanie=MR
recognition | alexa capitale {} | de l'a rménie=AM; du ka zakhstan=KZ | fr-CA
recognition | alexa la capitale {} s'il te plait | du guate mala=GT; de la jamaique=JM; d'haiti=HT
recognition | alexa la capitale {} c'est quoi hein | de la tunisi=TN; du kowe ït=KW; de la jordani=JO
recognition | alexa c'est quoi la capitale {} la | de la roue manie=RO; de la suede=SE; de l'islandes=IS | fr-CA
recognition | alexa c est quoi la capitale {} | de la thailande=TH; des emirats arabes unis=AE
# --- launch
launch | alexa ouvre capitales du monde | LAUNCH
launch | alexa bé lance capitales du monde pour le pépé | LAUNCH
launch | alexa lance capitales du monde on va jouer aux capitales à l'ehpad | LAUNCH
launch | alexa ouvre-moi capitales du monde s'te plaît | LAUNCH | fr-CA
launch | alexa démarre capitales du monde au chalet | LAUNCH | fr-CA
launch | alexa kaixo ouvre capitales du monde | LAUNCH
launch | alexa wachiya ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa je veux jouer à capitales du monde avec les enfants | LAUNCH
launch | alexa part capitales du monde pour la recherche de la petite | LAUNCH | fr-CA
launch | alexa aiya lance capitales du monde | LAUNCH
launch | alexa on est à la légion mets capitales du monde | LAUNCH
launch | alexa puchica ouvre capitales du monde | LAUNCH | fr-CA
# --- help
help | alexa comment ça marche capitales du monde | HELP
help | alexa aide-moi je comprends pas le jeu des capitales | HELP
help | alexa bé je fais comment avec ton truc de capitales | HELP
help | alexa o ma qu'est-ce que je dois dire pour les capitales | HELP
help | alexa kaixo tu m'expliques comment on joue | HELP
help | alexa je suis moniteur de ski et je sais pas quoi te dire aide-moi | HELP
help | alexa p'têt ben que j'ai besoin d'aide | HELP
help | alexa fiu je comprends rien aide | HELP
help | alexa wesh comment on s'en sert de ce truc | HELP
help | alexa how do you say euh aide s'il vous plaît | HELP
help | alexa l'animatrice voudrait savoir ce qu'on peut te demander | HELP
help | alexa qu'est-ce que je peux te demander pour mes élèves de fle | HELP
help | alexa à l'aide les enfants veulent jouer et je sais pas comment | HELP
help | alexa c'est quoi les commandes de capitales du monde | HELP
help | alexa coudonc comment ça marche ton affaire de capitales | HELP | fr-CA
help | alexa aide-moi avec capitales du monde au chalet | HELP | fr-CA
help | alexa wachiya je sais pas comment faire aide-moi | HELP | fr-CA
help | alexa qu'est-ce que je peux dire icitte pour les capitales | HELP | fr-CA
help | alexa ma mère au chsld comprend pas tu peux expliquer | HELP | fr-CA
help | alexa puchica aide-moi s'te plaît | HELP | fr-CA
help | alexa haanji comment on utilise ça | HELP | fr-CA
help | alexa j'ai besoin d'aide pour la recherche de ma fille | HELP | fr-CA
help | alexa c'est quoi les options ici | HELP | fr-CA
help | alexa explique-moi le jeu pendant la tempête | HELP | fr-CA

# --- stop
stop | alexa stop c'est l'heure du goûter à la résidence | STOP
stop | alexa arrête la partie on passe à table | STOP
stop | alexa bé arrête ça suffit | STOP
stop | alexa aiò stop | STOP
stop | alexa agur stop | STOP
stop | alexa arrête le jeu le télésiège repart | STOP
stop | alexa stop les enfants vont se coucher | STOP
stop | alexa halte là on arrête les capitales | STOP
stop | alexa arrête tout mauruuru | STOP
stop | alexa c'est bon safi arrête | STOP
stop | alexa termine capitales du monde | STOP
stop | alexa stop on est arrivé au bled | STOP
stop | alexa fin de la partie au régiment | STOP
stop | alexa arrête ça le cours de français recommence | STOP
stop | alexa ferme capitales du monde | STOP | fr-CA
stop | alexa arrête ça là le show commence | STOP | fr-CA
stop | alexa c'est assez pour à soir | STOP | fr-CA
stop | alexa stop le souper est prêt | STOP | fr-CA
stop | alexa arrête meegwetch | STOP | fr-CA
stop | alexa stop le patient se réveille | STOP | fr-CA
stop | alexa ok ferme-toi là on sort | STOP | fr-CA
stop | alexa arrête de parler mononcle veut jouer aux cartes | STOP | fr-CA
stop | alexa stop j'ai un client au drive | STOP | fr-CA
stop | alexa arrête ça le lift redémarre | STOP | fr-CA
# --- cancel
cancel | alexa annule c'était pas la bonne question | CANCEL
cancel | alexa annule ça bé | CANCEL
cancel | alexa laisse tomber o ma | CANCEL
cancel | alexa annule la question milesker | CANCEL
cancel | alexa non laisse tomber la capitale c'est pas grave | CANCEL
cancel | alexa annule le petit a appuyé sur le bouton | CANCEL
cancel | alexa oublie ça mon petit | CANCEL
cancel | alexa annule wesh je me suis trompé | CANCEL
cancel | alexa laisse tomber aiya | CANCEL
cancel | alexa annule la recherche le client est parti | CANCEL
cancel | alexa non non annule ça | CANCEL
cancel | alexa annule s'il vous plaît sorry | CANCEL
cancel | alexa oublie ma question le père fouras a déjà répondu | CANCEL
cancel | alexa laisse faire c'est correct | CANCEL | fr-CA
cancel | alexa annule ça coudonc | CANCEL | fr-CA
cancel | alexa laisse faire la capitale ma fille l'a trouvée | CANCEL | fr-CA
cancel | alexa annule j'ai parlé trop vite | CANCEL | fr-CA
cancel | alexa oublie ça puchica | CANCEL | fr-CA
cancel | alexa annule haanji | CANCEL | fr-CA
cancel | alexa laisse faire le patient dort | CANCEL | fr-CA
cancel | alexa annule ma demande j'ai une autre commande au drive | CANCEL | fr-CA
cancel | alexa non laisse faire nakurmiik | CANCEL | fr-CA
cancel | alexa oublie ça c'était pas pour toé | CANCEL | fr-CA

# --- out of domain: other facts, other senses of capital, places the data lacks, everyday requests
out-of-domain | alexa combien d'habitants {} | en mongolie=FB; en islande=FB; au portugal=FB
out-of-domain | alexa quelle langue on parle {} | au surinam=FB; en érythrée=FB; au belize=FB
out-of-domain | alexa c'est quoi la monnaie {} | du maroc=FB; de la suisse=FB; du japon=FB
out-of-domain | alexa quelle heure il est {} | à tahiti=FB; à séoul=FB | fr-CA
out-of-domain | alexa quel temps il fait {} | à bayonne=FB; à ajaccio=FB; à clermont-ferrand=FB
out-of-domain | alexa c'est quoi la capitale {} | de l'auvergne=FB; de la corse=FB; du pays basque=FB
out-of-domain | alexa c'est quoi la capitale {} au juste | de la normandie=FB; de la savoie=FB; de la catalogne=FB
out-of-domain | alexa la capitale {} c'est quoi | de la montérégie=FB; des laurentides=FB; de l'abitibi=FB | fr-CA
out-of-domain | alexa c'est quoi la capitale {} en fait | de la toscane=FB; de la flandre=FB; du kurdistan=FB
out-of-domain | alexa dis-moi la capitale {} | de wakanda=FB; de westeros=FB; de l'atlantide=FB
out-of-domain | alexa c'est quoi le capital {} | social de ma boîte=FB; de départ au monopoly=FB
out-of-domain | alexa c'est quoi la peine capitale | FB
out-of-domain | alexa écris capitale en lettres capitales | FB
out-of-domain | alexa quelle ville est la capitale européenne de la culture cette année | FB
out-of-domain | alexa c'est quoi la capitale mondiale du fromage | FB
out-of-domain | alexa c'est quoi le drapeau {} | de la corse=FB; du pays basque=FB
out-of-domain | alexa qui est le président {} | du sénégal=FB; de la turquie=FB | fr-CA
out-of-domain | alexa qui est le premier ministre {} | de l'inde=FB; du québec=FB | fr-CA
out-of-domain | alexa c'est combien de kilomètres entre {} | paris et bayonne=FB; montréal et québec=FB
out-of-domain | alexa quel est le plus haut sommet {} | d'europe=FB; du canada=FB | fr-CA
out-of-domain | alexa mets un minuteur de dix minutes pour les pâtes | FB
out-of-domain | alexa ajoute du saint-nectaire à la liste de courses | FB
out-of-domain | alexa joue des polyphonies corses | FB
out-of-domain | alexa joue de la musique de tahiti | FB
out-of-domain | alexa c'est quand les fêtes de bayonne cette année | FB
out-of-domain | alexa quel est le score de l'asm clermont | FB
out-of-domain | alexa les pistes sont ouvertes à chamonix | FB
out-of-domain | alexa la marée est à quelle heure au mont-saint-michel | FB
out-of-domain | alexa comment on fait une tartiflette | FB
out-of-domain | alexa traduis bonjour en coréen | FB
out-of-domain | alexa comment on dit merci en basque | FB
out-of-domain | alexa raconte-moi une blague de légionnaire | FB
out-of-domain | alexa appelle mamie | FB
out-of-domain | alexa rappelle-moi d'appeler khalti demain | FB
out-of-domain | alexa c'est quand le nouvel an chinois | FB
out-of-domain | alexa combien de pays il y a en afrique | FB
out-of-domain | alexa quel est le plus grand pays du monde | FB
out-of-domain | alexa quelle est la plus grande ville du brésil | FB
out-of-domain | alexa où se trouve le mont everest | FB
out-of-domain | alexa quel fleuve passe à bagdad | FB
out-of-domain | alexa quelle est la ville la plus peuplée de turquie | FB
out-of-domain | alexa c'est quoi l'indicatif téléphonique du maroc | FB
out-of-domain | alexa faut-il un visa pour aller au viêt nam | FB
out-of-domain | alexa c'est quoi la capitale de la région grand est | FB
out-of-domain | alexa c'est quoi le chef-lieu de la lozère | FB
out-of-domain | alexa c'est quoi la préfecture du cantal | FB
out-of-domain | alexa c'est quoi la capitale du canton de vaud | FB
out-of-domain | alexa c'est quoi la capitale de la province de liège | FB
out-of-domain | alexa la capitale de la lune c'est quoi | FB
out-of-domain | alexa c'est quoi la capitale de la gaule | FB
out-of-domain | alexa la capitale de mon coeur c'est toi alexa | FB
out-of-domain | alexa c'est quoi un capital-risque | FB
out-of-domain | alexa éteins la lumière du salon | FB
out-of-domain | alexa monte le son | FB
out-of-domain | alexa quelle est la météo à papeete demain | FB
out-of-domain | alexa combien de temps de vol pour séoul | FB
out-of-domain | alexa c'est quoi le plat national de la corée | FB
out-of-domain | alexa quel est l'hymne du pays de galles | FB
out-of-domain | alexa combien de légionnaires il y a | FB
out-of-domain | alexa combien coûte un billet pour papeete | FB
out-of-domain | alexa c'est quoi la capitale de la région auvergne-rhône-alpes | FB
out-of-domain | alexa c'est quoi la sous-préfecture de bayonne | FB
out-of-domain | alexa le camembert c'est de quelle région | FB
out-of-domain | alexa quelle heure est-il à pékin | FB
out-of-domain | alexa c'est quoi la capitale de l'espace schengen | FB
out-of-domain | alexa c'est quoi la capitale de l'union européenne | FB
out-of-domain | alexa quel est le pays le plus petit d'afrique | FB
out-of-domain | alexa y fait-tu froid à kuujjuaq | FB | fr-CA
out-of-domain | alexa c'est quoi le score du canadien | FB | fr-CA
out-of-domain | alexa joue la radio de québec | FB | fr-CA
out-of-domain | alexa c'est quand le festival d'été cette année | FB | fr-CA
out-of-domain | alexa mets une alarme pour six heures | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la gaspésie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la beauce | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale du sirop d'érable | FB | fr-CA
out-of-domain | alexa quelle ville est la capitale du hockey | FB | fr-CA
out-of-domain | alexa c'est-tu ouvert le tim à c't'heure | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale d'eeyou istchee | FB | fr-CA
out-of-domain | alexa comment on dit bonjour en cri | FB | fr-CA
out-of-domain | alexa combien de monde habitent au nunavik | FB | fr-CA
out-of-domain | alexa c'est quoi la population de fort mcmurray | FB | fr-CA
out-of-domain | alexa ajoute des pommes à ma liste d'épicerie | FB | fr-CA
out-of-domain | alexa c'est combien une pupusa | FB | fr-CA
out-of-domain | alexa quelle langue on parle au punjab | FB | fr-CA
out-of-domain | alexa combien d'heures de route de sudbury à toronto | FB | fr-CA
out-of-domain | alexa c'est quoi le plus grand lac du québec | FB | fr-CA
out-of-domain | alexa quelle est la capitale financière du canada | FB | fr-CA
out-of-domain | alexa le capital de mon rrsp y est rendu à combien | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la nouvelle-france | FB | fr-CA
out-of-domain | alexa c'est-tu loin le big nickel | FB | fr-CA
out-of-domain | alexa quel temps y va faire au chalet en fin de semaine | FB | fr-CA
out-of-domain | alexa joue de la musique pour le baby shower | FB | fr-CA
out-of-domain | alexa démarre l'aspirateur | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du comté de montcalm | FB | fr-CA
out-of-domain | alexa combien de provinces y a au canada | FB | fr-CA
out-of-domain | alexa quelle est la ville la plus froide au monde | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la zone euro | FB | fr-CA


"""

if __name__ == "__main__":
    build_round(31, "fr", LINES, sys.argv, "tests/Eval/fr/round31/source/build_corpus.py")
