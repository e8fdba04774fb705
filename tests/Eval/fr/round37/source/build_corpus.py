"""Round 37, French (fr-FR, fr-CA): a new author's own mix, written blind in the thirty-eighth session (brief
WRITER44.md), about a third of the lines fr-CA. Speakers and situations chosen apart from rounds 33-36.
fr-FR devices: Ch'tis of Lille, Roubaix, Lens and Dunkerque ("min fiu", "biloute", "hein", "ch'est", the braderie, the
estaminet, the Racing supporters, the Dunkerque carnival, a former miner with Polish workmates, the Roubaix cloth shops,
the Dunkerque port), Lyonnais (the gones in a bouchon, the Fête des Lumières, the traboules, the OL, the mâchon),
Toulousains ("con", "peuchère", the chocolatine, Airbus at Blagnac, the Stade toulousain, the Cité de l'espace, the
Canal du Midi barges), Corsicans of Ajaccio and Bastia ("o ma", "aiò", the Livorno ferry, the cruise ships, the
shepherd), Lorrains of Metz and Nancy ("beuh", the Luxembourg and Saarland frontaliers, the mirabelle pickers, the
place Stanislas, the FC Metz), Normans of Rouen and Le Havre ("p'têt ben", the container port and its pilot, the D-Day
beach veterans, the cider), a Cameroonian-French family of Lyon ("on dit quoi", "mola", "tara", the tonton, the
pastor), a Turkish-French family of Vénissieux ("abi", "yani", "anne", the lorries to Iraq), a Chinese-French family of
Belleville and the thirteenth ("aiya", the nainai, the restaurant, the Wenzhou cousin in Prato), a Portuguese-French
family of Champigny ("ó pá", the avó, "caramba"); learners: a Polish au pair ("dobrze", "le capitale"), a Ukrainian
refugee family in Nancy ("dyakuyu", "capitale de ukraine", "je apprends"), an English retiree in the Dordogne ("my
wife she ask", "le capital de l'irlande", English mixed in), a Brazilian capoeira teacher ("beleza"); at work: a TGV
controller, a baker at five in the morning, a Roissy taxi driver, a vet, a hairdresser, a pizzaiolo, a museum guide, a
call centre, a supermarket shelf stacker, a pharmacist; games: Tout le monde veut prendre sa place, Trivial Pursuit,
GeoGuessr, a pub quiz, the Panini album, Des chiffres et des lettres, Pictionary, an escape game; children (a six-year-
old, the maîtresse's homework, a scout camp, the Schtroumpfs and the penguins) and elders (old names: Rangoun,
Léopoldville, Yugoslavia, Ceylan, the Siam, the Haute-Volta; a former soldier of Djibouti). fr-CA devices: Trifluviens
(the Grand Prix de Trois-Rivières, the pont Laviolette, the FestiVoix, the paper mill), Québec City (Bonhomme Carnaval,
a Château Frontenac guide, Limoilou, the Remparts, "la capitale nationale"), Franco-Ontarians of Hearst and
Kapuskasing ("awoye", the paper mill), Drummondville (the Mondial des cultures, the poutine), Rimouski (the UQAR, the
research ship, the river), Wendat of Wendake ("kwe", the pow-wow, the kokom), Algerian-Québécois of the Petit-Maghreb
("wesh", "khoya", the yemma), Filipino caregivers of Côte-des-Neiges ("po", "ate", English mixed in), a Colombian-
Québécois family of Montréal-Nord ("oye", the abuela), Chinese-Québécois of the Quartier chinois; at work: a Port of
Montreal longshoreman, a sugar shack, an STM bus driver, the La Pocatière railcar plant, a hockey referee, a trucker on
the 117, a Tim Hortons cashier, a CLSC nurse, a garage mechanic, a maple syrup producer; games: La Poule aux oeufs d'or,
Kahoot, a brasserie quiz, Es-tu plus brillant qu'un élève de cinquième année, Le Banquier; teenagers ("bro", "c'est
malade", "full écoeuré", "tiguidou"), children and elders ("mon doux", "bonyenne", "sainte bénite", "astheure"). Families
per speaker group or situation, and the shared families (follow-up, plural-capitals, subdivision, out-of-domain, help,
stop, cancel, launch, yes-no-check, self-correction, reverse-question, official-name, everyday-name, shared-name). Lines
of rounds 1-36 are dropped (build_round with round 37's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# --- fr-FR: Ch'tis of Lille, Roubaix, Lens and Dunkerque
chti | alexa dis min fiu à la braderie j'ai acheté un vieux drapeau {} c'est quoi la capitale de ce pays là | du pérou=PE; de l'uruguay=UY; du paraguay=PY
chti | alexa hein biloute les supporters du racing ont joué contre une équipe {} elle s'appelle comment leur capitale | tchèque=CZ; croate=HR; ukrainienne=UA
chti | alexa à l'estaminet le patron il dit qu'il a un cousin {} la capitale c'est quoi hein | en pologne=PL; en lituanie=LT; en lettonie=LV
chti | alexa au carnaval de dunkerque y avait des gars déguisés {} c'est quoi leur capitale | en vikings de norvège=NO; en danois=DK; en suédois=SE
chti | alexa mon grand-père il était mineur avec des polonais et des {} la capitale de leur pays c'est laquelle | marocains=MA; italiens=IT; algériens=DZ
chti | alexa dis donc la capitale de la belgique c'est pas à côté de tourcoing hein | BE
chti | alexa ch'est quoi la capitale {} min fiu | du luxembourg=LU; de l'estonie=EE; de la finlande=FI
chti | alexa à roubaix y a une boutique qui vend des tissus {} c'est quoi la capitale | du bangladesh=BD; du sri lanka=LK; du pakistan=PK
chti | alexa hé ben les bateaux au port de dunkerque ils viennent {} leur capitale s'il te plaît | du libéria=LR; de sierra leone=SL; de panama=PA
chti | alexa l'équipe de lens elle a un nouvel attaquant {} c'est quoi la capitale là-bas | ghanéen=GH; malien=ML; gabonais=GA
# --- fr-FR: Lyonnais
lyon | alexa on est dans un bouchon avec des gones {} ils veulent savoir leur capitale | de turin en italie=IT; de genève enfin de suisse=CH; de barcelone en espagne=ES
lyon | alexa pour la fête des lumières y a des touristes {} devant la cathédrale c'est quoi leur capitale | coréens du sud=KR; japonais=JP; taïwanais=TW
lyon | alexa dans la traboule y a un guide qui parle de la route de la soie quelle est la capitale {} | de l'ouzbékistan=UZ; du turkménistan=TM; de l'afghanistan=AF
lyon | alexa à l'ol ils ont signé un défenseur {} il a dit sa capitale mais je me rappelle plus | brésilien=BR; angolais=AO; cap-verdien=CV
lyon | alexa au mâchon ce matin on parlait {} la capitale c'est quoi déjà | du mexique=MX; du costa rica=CR; du nicaragua=NI
lyon | alexa la capitale des gaules c'est lyon mais la capitale de la france c'est bien paris hein | FR
lyon | alexa ma fille part en échange {} c'est quoi la capitale de ce pays | en corée du sud=KR; au viêt nam=VN; aux philippines=PH
# --- fr-FR: Toulousains
toulouse | alexa con les ingénieurs d'airbus à blagnac ils livrent un avion {} la capitale elle est où | à une compagnie du koweït=KW; à la compagnie d'oman=OM; à un client de singapour=SG
toulouse | alexa peuchère mon neveu il va jouer au rugby {} c'est quoi la capitale | aux fidji=FJ; aux samoa=WS; aux tonga=TO
toulouse | alexa une chocolatine et la capitale {} s'il te plaît | de la géorgie le pays=GE; de la namibie=NA; de la zambie=ZM
toulouse | alexa au stade toulousain y a un pilier {} c'est laquelle sa capitale | roumain=RO; argentin=AR; sud-africain=ZA
toulouse | alexa dis voir à la cité de l'espace ils parlent d'une fusée lancée {} la capitale c'est quoi | par l'inde=IN; par le kazakhstan=KZ; par la guyane française=GF
toulouse | alexa sur le canal du midi y a des péniches louées par des {} leur capitale c'est laquelle | allemands=DE; suisses=CH; néerlandais=NL
# --- fr-FR: Corsicans of Ajaccio and Bastia
corse | alexa o ma le ferry pour livourne il est plein {} ils demandent la capitale | d'italiens=IT; de toscans=IT; de maltais=MT
corse | alexa aiò dis-moi la capitale {} pour le petit | de la grèce=GR; de chypre=CY; de la turquie=TR
corse | alexa à bastia y a un bateau de croisière {} c'est quoi la capitale | monégasque=MC; croate=HR; monténégrin=ME
corse | alexa ma tante elle dit que la capitale de la sardaigne c'est cagliari mais la capitale de l'italie c'est rome c'est ça | IT
corse | alexa au village le berger il a vendu du fromage {} c'est quoi la capitale du pays | à un albanais=AL; à un kosovar=XK; à un serbe=RS
# --- fr-FR: Lorrains of Metz and Nancy, Luxembourg frontaliers
lorraine | alexa beuh je bosse au luxembourg c'est quoi la capitale du luxembourg c'est luxembourg aussi | LU
lorraine | alexa on fait la cueillette de la mirabelle avec des saisonniers {} c'est quoi leur capitale | roumains=RO; bulgares=BG; moldaves=MD
lorraine | alexa place stanislas y a des étudiants {} qui cherchent leur capitale sur la carte | tchadiens=TD; nigériens=NE; centrafricains=CF
lorraine | alexa à la gare de metz un contrôleur {} m'a demandé la capitale | autrichien=AT; luxembourgeois=LU; belge=BE
lorraine | alexa mon collègue frontalier il habite en sarre c'est quoi la capitale de la sarre | DE-SL
lorraine | alexa l'équipe du fc metz a un joueur {} sa capitale elle s'appelle comment | sénégalais=SN; guinéen=GN; mauritanien=MR
# --- fr-FR: Normands of Rouen and Le Havre
normandie | alexa p'têt ben que tu sais la capitale {} le gars du port il veut savoir | de la chine=CN; de l'inde=IN; de la corée du sud=KR
normandie | alexa au port du havre y a un porte-conteneurs {} c'est quoi la capitale de son pays | maltais=MT; libérien=LR; panaméen=PA
normandie | alexa sur les plages du débarquement y a des vétérans {} ils demandent la capitale de leur pays | canadiens=CA; américains=US; britanniques=GB
normandie | alexa le pilote du port du havre a amené un navire {} dis-moi sa capitale | des bahamas=BS; des îles marshall=MH; d'antigua-et-barbuda=AG
normandie | alexa à rouen le cidre il part jusqu'{} c'est quoi la capitale là-bas | au japon=JP; en australie=AU; en suède=SE
normandie | alexa mon gamin il veut savoir la capitale de la normandie mais en vrai c'est rouen ou caen | FB
# --- fr-FR: a Cameroonian-French family of Lyon
cameroun | alexa on dit quoi ma chérie la capitale du cameroun c'est yaoundé ou douala | CM
cameroun | alexa mola dis-moi la capitale {} mon petit frère il veut savoir | du gabon=GA; de la guinée équatoriale=GQ; du tchad=TD
cameroun | alexa ma mère elle demande la capitale {} où tonton il travaille | du nigeria=NG; de sao tomé-et-principe=ST; du congo brazzaville=CG
cameroun | alexa tara le pasteur il part en mission {} c'est quoi la capitale | au rwanda=RW; au burundi=BI; en ouganda=UG
cameroun | alexa c'est quoi la capitale de la république centrafricaine ma tante a des cousins là-bas | CF
# --- fr-FR: a Turkish-French family of Vénissieux
turc | alexa abi c'est quoi la capitale de la turquie c'est istanbul non | TR
turc | alexa yani la capitale {} pour ma grand-mère | de l'azerbaïdjan=AZ; du kazakhstan=KZ; du kirghizstan=KG
turc | alexa anne veut la capitale {} elle regarde une série | de la bosnie=BA; de la macédoine du nord=MK; du kosovo=XK
turc | alexa mon oncle fait des camions jusqu'{} c'est quoi la capitale | en irak=IQ; en iran=IR; en géorgie le pays=GE
# --- fr-FR: a Chinese-French family of Belleville and the thirteenth
chinois | alexa aiya ma nainai demande c'est quoi la capitale de la chine c'est pékin ou beijing | CN
chinois | alexa au restaurant il y a des clients {} qui demandent leur capitale | du cambodge=KH; du laos=LA; de la thaïlande=TH
chinois | alexa mon père a un fournisseur {} c'est quoi la capitale là-bas | en malaisie=MY; en indonésie=ID; au myanmar=MM
chinois | alexa la capitale de taïwan c'est taipei c'est ça | TW
chinois | alexa mon cousin de wenzhou il travaille {} quelle est la capitale | en italie à prato=IT; en espagne=ES; en serbie=RS
# --- fr-FR: a Portuguese-French family of Champigny
portugais | alexa ó pá c'est quoi la capitale du portugal c'est lisbonne hein | PT
portugais | alexa la avó veut savoir la capitale {} où on parle portugais aussi | du mozambique=MZ; de l'angola=AO; du timor oriental=TL
portugais | alexa caramba mon père il a un ami {} c'est quoi sa capitale | du cap-vert=CV; de guinée-bissau=GW; du brésil=BR
# --- fr-FR: learners: a Polish au pair in Lyon, a Ukrainian refugee family in Nancy, an English retiree in the Dordogne, a Brazilian capoeira teacher
aupair | alexa dobrze la capitale de la pologne c'est varsovie oui | PL
aupair | alexa je suis polonaise et je veux savoir le capitale {} | de la slovaquie=SK; de la hongrie=HU; de la biélorussie=BY
ukrainien | alexa dyakuyu c'est quoi capitale de ukraine pour ma fille école | UA
ukrainien | alexa s'il te plaît la capitale {} je apprends le français | de moldavie=MD; de roumanie=RO; de la russie=RU
anglais | alexa what's euh quelle est la capitale {} please | de la nouvelle-zélande=NZ; de le canada=CA; de l'australie=AU
anglais | alexa my wife she ask me c'est quoi le capital de l'irlande | IE
anglais | alexa bonjour le capital de l'écosse is it edinburgh | GB-SCT
anglais | alexa the neighbour le voisin il demande la capitale {} | du pays de galles=GB-WLS; de l'irlande du nord=GB-NIR; de l'angleterre=GB-ENG
bresilien | alexa beleza me diz la capitale du brésil c'est rio non | BR
bresilien | alexa capoeira on a un élève {} c'est quoi la capitale de son pays | bolivien=BO; vénézuélien=VE; colombien=CO
# --- fr-FR: at work: a TGV controller, a baker at dawn, a Roissy taxi driver, a vet, a hairdresser, a pizzaiolo, a museum guide, a call centre
travail | alexa je suis contrôleur dans le tgv et y a des passagers {} qui demandent la capitale de leur pays | israéliens=IL; libanais=LB; jordaniens=JO
travail | alexa il est cinq heures je fais le pain et je me demande la capitale {} | du burkina faso=BF; du togo=TG; du bénin=BJ
travail | alexa je suis taxi à roissy mon client arrive {} c'est quoi la capitale | d'éthiopie=ET; de djibouti=DJ; de somalie=SO
travail | alexa au cabinet vétérinaire une famille a ramené un chat {} la capitale s'il vous plaît | d'égypte=EG; du soudan=SD; du soudan du sud=SS
travail | alexa au salon de coiffure une cliente me parle de son voyage {} c'est quoi la capitale | aux maldives=MV; à l'île maurice=MU; aux seychelles=SC
travail | alexa je fais les pizzas et le livreur il vient {} c'est quoi sa capitale | d'érythrée=ER; du yémen=YE; d'arabie saoudite=SA
travail | alexa je suis guide au musée et une dame {} m'a demandé sa capitale | péruvienne=PE; équatorienne=EC; chilienne=CL
travail | alexa au call center j'ai un client qui appelle {} c'est quoi leur capitale | de madagascar=MG; des comores=KM; du malawi=MW
travail | alexa je range les rayons et le produit vient {} c'est quoi la capitale du pays | du kenya=KE; de tanzanie=TZ; du zimbabwe=ZW
travail | alexa à la pharmacie on reçoit des touristes {} quelle est leur capitale | hongrois=HU; slovènes=SI; autrichiens=AT
# --- fr-FR: games: Tout le monde veut prendre sa place, Trivial Pursuit, GeoGuessr, Des chiffres et des lettres, a pub quiz, a Panini album
jeux | alexa à tout le monde veut prendre sa place ils ont demandé la capitale {} et j'ai pas su | du bhoutan=BT; du népal=NP; de la mongolie=MN
jeux | alexa on joue au trivial pursuit question géo c'est quoi la capitale {} | du suriname=SR; du guyana=GY; du belize=BZ
jeux | alexa sur geoguessr je suis tombé {} c'est quoi la capitale | en estonie=EE; au monténégro=ME; en albanie=AL
jeux | alexa au quiz du pub la question c'est la capitale {} | du brunei=BN; du timor oriental=TL; de papouasie-nouvelle-guinée=PG
jeux | alexa dans mon album panini y a l'équipe {} c'est quoi la capitale | de l'arabie saoudite=SA; du qatar=QA; de l'iran=IR
jeux | alexa pour des chiffres et des lettres on révise la capitale {} | de la jamaïque=JM; de haïti=HT; de cuba=CU
jeux | alexa au pictionary mon frère a dessiné un drapeau {} c'est quoi la capitale | du canada=CA; du japon=JP; de la suisse=CH
jeux | alexa on fait un escape game il faut la capitale {} pour le code | de l'islande=IS; du groenland=GL; des îles féroé=FO
# --- fr-FR: children: a CE1 pupil, a scout camp, the Panini album, a child with a globe
enfants | alexa moi j'ai six ans et je veux savoir la capitale {} | de la france=FR; de l'espagne=ES; de l'italie=IT
enfants | alexa la maîtresse elle a dit de chercher la capitale {} pour demain | du maroc=MA; de l'algérie=DZ; de la tunisie=TN
enfants | alexa au camp scout le chef il dit que la capitale de l'australie c'est sydney c'est vrai | AU
enfants | alexa c'est quoi la capitale des pingouins | FB
enfants | alexa c'est où qu'il habite le père noël c'est quoi sa capitale | FB
enfants | alexa ma soeur elle dit que la capitale du japon c'est kyoto c'est pas vrai hein | JP
enfants | alexa dis alexa la capitale {} c'est quoi | des états-unis=US; de la russie=RU; du brésil=BR
# --- fr-FR: elders: a former miner of Polish descent, a widower in his garden, an old sailor
anciens | alexa de mon temps on disait la capitale de la birmanie c'était rangoun c'est quoi maintenant | MM
anciens | alexa quand j'étais marin on allait à léopoldville c'est quoi la capitale du zaïre maintenant | CD
anciens | alexa ma petite la capitale {} je m'en souviens plus | de la yougoslavie enfin la serbie=RS; de la tchécoslovaquie enfin la tchéquie=CZ; de l'allemagne de l'est enfin l'allemagne=DE
anciens | alexa j'ai fait mon service à djibouti c'est toujours djibouti la capitale | DJ
anciens | alexa moi je jardine et ma voisine me demande la capitale {} | de ceylan enfin le sri lanka=LK; du siam enfin la thaïlande=TH; de la haute-volta enfin le burkina=BF
# --- fr-CA: Trifluviens of Trois-Rivières
trois-rivieres | alexa au grand prix de trois-rivières y a un pilote {} c'est quoi sa capitale | belge=BE; néerlandais=NL; finlandais=FI | fr-CA
trois-rivieres | alexa sur le pont laviolette je pensais à ça c'est quoi la capitale {} | de l'estonie=EE; de la lettonie=LV; de la lituanie=LT | fr-CA
trois-rivieres | alexa au festivoix y a un band {} sais-tu c'est quoi leur capitale | islandais=IS; norvégien=NO; danois=DK | fr-CA
trois-rivieres | alexa la papetière a vendu du papier {} c'est quoi la capitale | en inde=IN; au pakistan=PK; au bangladesh=BD | fr-CA
# --- fr-CA: Québec City, Limoilou and the Carnaval
quebec | alexa bonhomme carnaval y'a des touristes {} c'est quoi leur capitale | mexicains=MX; brésiliens=BR; chiliens=CL | fr-CA
quebec | alexa chu guide au château frontenac pis un monsieur {} m'a demandé sa capitale | suédois=SE; polonais=PL; autrichien=AT | fr-CA
quebec | alexa la capitale nationale c'est québec mais la capitale du canada c'est-tu ottawa | CA | fr-CA
quebec | alexa à limoilou mon voisin vient {} c'est quoi sa capitale | du congo kinshasa=CD; du rwanda=RW; de la côte d'ivoire=CI | fr-CA
quebec | alexa les remparts ont repêché un gars {} c'est quoi la capitale de son pays | slovaque=SK; tchèque=CZ; suisse=CH | fr-CA
quebec | alexa la capitale du québec c'est québec tsé je le sais mais mon chum me croit pas | CA-QC | fr-CA
# --- fr-CA: Franco-Ontarians of Hearst and Kapuskasing
franco-ontarien | alexa awoye c'est quoi la capitale de l'ontario c'est-tu ottawa ou toronto | CA-ON | fr-CA
franco-ontarien | alexa au moulin à papier on a des gars qui viennent {} c'est quoi leur capitale | du manitoba=CA-MB; de l'alberta=CA-AB; de la saskatchewan=CA-SK | fr-CA
franco-ontarien | alexa à hearst on a un nouveau prof qui arrive {} c'est quoi la capitale | du yukon=CA-YT; des territoires du nord-ouest=CA-NT; du nunavut=CA-NU | fr-CA
franco-ontarien | alexa ma grand-mère est née à kapuskasing pis elle veut savoir la capitale de la colombie-britannique | CA-BC | fr-CA
# --- fr-CA: Drummondville and the Mondial des cultures
drummond | alexa au mondial des cultures y a une troupe {} c'est quoi la capitale | kenyane=KE; mongole=MN; péruvienne=PE | fr-CA
drummond | alexa la poutine a été inventée icitte mais c'est quoi la capitale {} d'abord | de la belgique=BE; des pays-bas=NL; de l'irlande=IE | fr-CA
drummond | alexa y a un danseur {} qui demande sa capitale au kiosque | géorgien=GE; ukrainien=UA; kazakh=KZ | fr-CA
# --- fr-CA: Rimouski and the Bas-Saint-Laurent
rimouski | alexa au port de rimouski y a un navire de recherche {} c'est quoi la capitale | norvégien=NO; allemand=DE; japonais=JP | fr-CA
rimouski | alexa à l'uqar j'ai une coloc {} elle dit sa capitale mais je comprends pas | du bénin=BJ; du cameroun=CM; de madagascar=MG | fr-CA
rimouski | alexa sur le bord du fleuve on voit un bateau {} c'est quoi la capitale de leur pays | des bermudes=BM; des îles caïmans=KY; de gibraltar=GI | fr-CA
# --- fr-CA: Wendat of Wendake
wendake | alexa kwe c'est quoi la capitale {} | du nouveau-mexique=US-NM; de l'arizona=US-AZ; de l'oklahoma=US-OK | fr-CA
wendake | alexa au pow-wow de wendake y a des danseurs qui viennent {} c'est quoi la capitale | du dakota du nord=US-ND; du wisconsin=US-WI; du michigan=US-MI | fr-CA
wendake | alexa ma kokom veut savoir la capitale {} | de l'alaska=US-AK; du manitoba=CA-MB; de la nouvelle-zélande=NZ | fr-CA
# --- fr-CA: Algerian-Québécois of the Petit-Maghreb
maghreb-qc | alexa wesh khoya c'est quoi la capitale de l'algérie | DZ | fr-CA
maghreb-qc | alexa au café de la rue jean-talon mon oncle demande la capitale {} | de la libye=LY; du maroc=MA; de la mauritanie=MR | fr-CA
maghreb-qc | alexa ma yemma elle veut savoir la capitale {} pour un mariage | de la tunisie=TN; de l'égypte=EG; du liban=LB | fr-CA
# --- fr-CA: Filipino caregivers of Côte-des-Neiges
philippin-qc | alexa hello po c'est quoi la capitale des philippines | PH | fr-CA
philippin-qc | alexa my employer madame elle demande la capitale {} | de la malaisie=MY; de l'indonésie=ID; du brunei=BN | fr-CA
philippin-qc | alexa sorry ate c'est quoi la capitale {} | de palaos=PW; de guam=GU; de la micronésie=FM | fr-CA
# --- fr-CA: a Colombian-Québécois family of Montréal-Nord
colombien-qc | alexa oye c'est quoi la capitale de la colombie c'est bogota | CO | fr-CA
colombien-qc | alexa mi abuela veut savoir la capitale {} | du venezuela=VE; du panama=PA; du honduras=HN | fr-CA
colombien-qc | alexa parce que mon père parle toujours {} c'est quoi la capitale | du guatemala=GT; du salvador=SV; de la république dominicaine=DO | fr-CA
# --- fr-CA: Chinese-Québécois of the Quartier chinois
chinois-qc | alexa au restaurant de la rue de la gauchetière un client {} demande sa capitale | vietnamien=VN; cambodgien=KH; laotien=LA | fr-CA
chinois-qc | alexa mon grand-père vient {} c'est quoi la capitale | de hong kong=HK; de macao=MO; de taïwan=TW | fr-CA
# --- fr-CA: at work: a Port of Montreal longshoreman, a sugar shack owner, an STM bus driver, a La Pocatière train plant, a hockey referee, a 117 trucker, a Tim Hortons cashier, a CLSC nurse
jobs-qc | alexa chu débardeur au port de montréal pis le cargo vient {} c'est quoi la capitale | de l'égypte=EG; de la turquie=TR; du maroc=MA | fr-CA
jobs-qc | alexa à la cabane à sucre on a un groupe {} c'est quoi leur capitale | de français=FR; de belges=BE; de suisses=CH | fr-CA
jobs-qc | alexa je chauffe l'autobus de la stm pis un passager {} me demande sa capitale | haïtien=HT; jamaïcain=JM; trinidadien=TT | fr-CA
jobs-qc | alexa à l'usine de la pocatière on fait des wagons pour {} c'est quoi la capitale | le mexique=MX; les états-unis=US; l'australie=AU | fr-CA
jobs-qc | alexa chu arbitre au hockey pis y a une équipe {} c'est quoi leur capitale | lettone=LV; biélorusse=BY; slovène=SI | fr-CA
jobs-qc | alexa sur la cent dix-sept avec mon truck j'écoute un podcast sur la capitale {} | de l'abitibi=FB; de la baie-james=FB; du nunavik=FB | fr-CA
jobs-qc | alexa au tim j'ai un client qui a dit qu'il venait {} c'est quoi la capitale | de la barbade=BB; de sainte-lucie=LC; de la grenade=GD | fr-CA
jobs-qc | alexa chu infirmière au clsc pis une patiente vient {} c'est quoi sa capitale | du burundi=BI; de la guinée=GN; du niger=NE | fr-CA
jobs-qc | alexa au garage le mécano il vient {} c'est quoi la capitale | de la bosnie-herzégovine=BA; de la croatie=HR; de la serbie=RS | fr-CA
jobs-qc | alexa chu acériculteur pis on exporte du sirop {} c'est quoi la capitale | en allemagne=DE; au japon=JP; en corée du sud=KR | fr-CA
# --- fr-CA: games: La Poule aux oeufs d'or, Le Banquier, Es-tu plus brillant qu'un élève de cinquième année, Kahoot, a brasserie quiz
jeux-qc | alexa à la poule aux oeufs d'or la madame a eu la capitale {} pis a l'a pas su | du bhoutan=BT; de l'érythrée=ER; du lesotho=LS | fr-CA
jeux-qc | alexa sur kahoot en classe la question c'est la capitale {} | de la namibie=NA; du botswana=BW; de l'angola=AO | fr-CA
jeux-qc | alexa au quiz de la brasserie y ont demandé la capitale {} | de tuvalu=TV; de nauru=NR; de kiribati=KI | fr-CA
jeux-qc | alexa es-tu plus brillant qu'un élève de cinquième année c'est quoi la capitale {} | de la floride=US-FL; de la californie=US-CA; du texas=US-TX | fr-CA
jeux-qc | alexa mon oncle joue au banquier pis y'a une question sur la capitale {} | de la louisiane=US-LA; du mississippi=US-MS; de l'alabama=US-AL | fr-CA
# --- fr-CA: teens and children
ados-qc | alexa bro c'est malade j'ai oublié la capitale {} pour l'exam | de l'ouganda=UG; de la zambie=ZM; du mozambique=MZ | fr-CA
ados-qc | alexa chu full écoeuré de la géo c'est quoi la capitale {} | du chili=CL; de l'argentine=AR; de l'uruguay=UY | fr-CA
ados-qc | alexa tiguidou là c'est quoi la capitale {} | de la jamaïque=JM; de cuba=CU; des bahamas=BS | fr-CA
enfants-qc | alexa moi chu en deuxième année c'est quoi la capitale {} | de la france=FR; de l'angleterre=GB-ENG; de l'écosse=GB-SCT | fr-CA
enfants-qc | alexa mon prof a dit que la capitale de l'australie c'est pas sydney c'est-tu vrai | AU | fr-CA
enfants-qc | alexa c'est quoi la capitale des schtroumpfs | FB | fr-CA
# --- fr-CA: elders
aines-qc | alexa mon doux c'est quoi la capitale {} déjà | de terre-neuve=CA-NL; de la nouvelle-écosse=CA-NS; de l'île-du-prince-édouard=CA-PE | fr-CA
aines-qc | alexa bonyenne j'ai pus de mémoire la capitale {} c'est quoi | de l'irlande=IE; de l'italie=IT; du portugal=PT | fr-CA
aines-qc | alexa sainte bénite mon petit-fils est parti travailler {} c'est quoi la capitale | à dubaï aux émirats=AE; au qatar=QA; en arabie saoudite=SA | fr-CA
aines-qc | alexa dans mon temps on disait la rhodésie c'est quoi la capitale du zimbabwe astheure | ZW | fr-CA
# --- shared: follow-up
follow-up | et celle de la slovaquie tant qu'on y est | SK
follow-up | ah ok et celle du voisin la hongrie | HU
follow-up | bon et pour le kenya alors | KE
follow-up | d'accord et le vanuatu c'est quoi | VU
follow-up | et puis celle des îles salomon | SB
follow-up | et la mongolie dans tout ça | MN
follow-up | ah bon et pour l'ouzbékistan | UZ
follow-up | et en face alors la corée du nord | KP
follow-up | ok merci et l'équateur | EC
follow-up | et le tadjikistan juste à côté | TJ
follow-up | attends et pour le turkménistan | TM
follow-up | et chez les voisins au liechtenstein | LI
follow-up | et saint-marin aussi tant que t'y es | SM
follow-up | la même chose pour l'arménie | AM
follow-up | pareil pour le nicaragua s'il te plaît | NI
follow-up | et celle du groenland pendant que t'y es | GL
follow-up | et celle de la nouvelle-calédonie | NC
follow-up | pis celle du nouveau-brunswick | CA-NB | fr-CA
follow-up | ok pis l'alberta elle | CA-AB | fr-CA
follow-up | pis le vermont c'est quoi | US-VT | fr-CA
follow-up | correct pis pour le maine | US-ME | fr-CA
follow-up | ah ouin pis la saskatchewan | CA-SK | fr-CA
follow-up | pis celle de la jamaïque tant qu'à faire | JM | fr-CA
follow-up | pis en haïti c'est quoi | HT | fr-CA
follow-up | ok pis le new hampshire lui | US-NH | fr-CA
follow-up | pis la même affaire pour le massachusetts | US-MA | fr-CA
follow-up | et celle de saint-pierre-et-miquelon | PM | fr-CA
follow-up | pis celle du delaware | US-DE | fr-CA
# --- shared: plural-capitals
plural-capitals | alexa c'est quoi les capitales de la bolivie y en a deux je crois | BO
plural-capitals | alexa la bolivie elle a combien de capitales | BO
plural-capitals | alexa les deux capitales du bénin c'est lesquelles | BJ
plural-capitals | alexa la côte d'ivoire a deux capitales c'est lesquelles | CI
plural-capitals | alexa pourquoi les pays-bas ont deux capitales c'est quoi elles | NL
plural-capitals | alexa dis-moi toutes les capitales de l'afrique du sud | ZA
plural-capitals | alexa l'afrique du sud elle a bien trois capitales hein lesquelles | ZA
plural-capitals | alexa les capitales du sri lanka s'il te plaît | LK
plural-capitals | alexa la malaisie a deux capitales c'est laquelle la vraie | MY
plural-capitals | alexa quelles sont les capitales de l'eswatini | SZ
plural-capitals | alexa le swaziland il a deux capitales c'est quoi | SZ
plural-capitals | alexa la palestine elle a quelles capitales | PS
plural-capitals | alexa c'est quoi les capitales de la palestine | PS
plural-capitals | alexa les capitales de la malaisie c'est kuala lumpur et quoi d'autre | MY
plural-capitals | alexa ça se peut-tu un pays avec trois capitales comme l'afrique du sud c'est lesquelles | ZA | fr-CA
plural-capitals | alexa c'est quoi les deux capitales de la bolivie | BO | fr-CA
plural-capitals | alexa mon prof dit que le bénin a deux capitales c'est-tu vrai lesquelles | BJ | fr-CA
plural-capitals | alexa les capitales des pays-bas c'est quoi au juste | NL | fr-CA
plural-capitals | alexa y a-tu deux capitales au sri lanka | LK | fr-CA
plural-capitals | alexa nomme-moi les capitales de la côte d'ivoire | CI | fr-CA
plural-capitals | alexa les capitales de l'eswatini c'est quoi | SZ | fr-CA
plural-capitals | alexa la palestine a-tu deux capitales | PS | fr-CA
plural-capitals | alexa les capitales de la malaisie | MY | fr-CA
# --- shared: subdivision
subdivision | alexa c'est quoi le chef-lieu de la martinique | MQ
subdivision | alexa la préfecture de la guadeloupe c'est pointe-à-pitre ou basse-terre | GP
subdivision | alexa la capitale de la réunion c'est saint-denis ou saint-pierre | RE
subdivision | alexa c'est quoi la capitale de mayotte mon cousin y est gendarme | YT
subdivision | alexa la capitale de la guyane française s'il te plaît | GF
subdivision | alexa la capitale de la polynésie c'est papeete c'est ça | PF
subdivision | alexa c'est quoi la capitale de wallis-et-futuna | WF
subdivision | alexa dis-moi la capitale de saint-barthélemy | BL
subdivision | alexa la capitale de la partie française de saint-martin | MF
subdivision | alexa le chef-lieu des terres australes françaises c'est quoi | TF
subdivision | alexa c'est quoi la capitale de la bavière pour l'oktoberfest | DE-BY
subdivision | alexa la capitale de la rhénanie-du-nord-westphalie c'est cologne ou düsseldorf | DE-NW
subdivision | alexa la capitale du bade-wurtemberg | DE-BW
subdivision | alexa c'est quoi la capitale de la saxe | DE-SN
subdivision | alexa la capitale du queensland en australie | AU-QLD
subdivision | alexa c'est quoi la capitale de la tasmanie | AU-TAS
subdivision | alexa la capitale de l'état de victoria en australie | AU-VIC
subdivision | alexa la capitale du kerala | IN-KL
subdivision | alexa c'est quoi la capitale du rajasthan | IN-RJ
subdivision | alexa la capitale de l'état de bahia au brésil | BR-BA
subdivision | alexa c'est quoi la capitale du jalisco au mexique | MX-JAL
subdivision | alexa la capitale du yucatan | MX-YUC
subdivision | alexa la capitale de la californie c'est los angeles non | US-CA
subdivision | alexa la capitale de l'île de man | IM
subdivision | alexa la capitale de jersey | JE
subdivision | alexa c'est quoi la capitale des îles åland | AX
subdivision | alexa la capitale de porto rico | PR
subdivision | alexa c'est quoi la capitale de l'état de washington pas la ville | US-WA | fr-CA
subdivision | alexa la capitale de l'état de new york c'est-tu new york | US-NY | fr-CA
subdivision | alexa c'est quoi la capitale de la pennsylvanie | US-PA | fr-CA
subdivision | alexa la capitale de la virginie | US-VA | fr-CA
subdivision | alexa c'est quoi la capitale du colorado | US-CO | fr-CA
subdivision | alexa la capitale de l'illinois c'est-tu chicago | US-IL | fr-CA
subdivision | alexa c'est quoi la capitale du nevada pas vegas | US-NV | fr-CA
subdivision | alexa la capitale de l'utah | US-UT | fr-CA
subdivision | alexa la capitale de la caroline du sud | US-SC | fr-CA
subdivision | alexa c'est quoi la capitale de l'oregon | US-OR | fr-CA
subdivision | alexa la capitale d'hawaï | US-HI | fr-CA
subdivision | alexa c'est quoi la capitale du québec | CA-QC | fr-CA
subdivision | alexa la capitale de l'ontario | CA-ON | fr-CA
subdivision | alexa la capitale du nunavut c'est iqaluit | CA-NU | fr-CA
subdivision | alexa c'est quoi la capitale du manitoba | CA-MB | fr-CA
subdivision | alexa la capitale de l'indiana | US-IN | fr-CA
subdivision | alexa la capitale du missouri | US-MO | fr-CA
subdivision | alexa c'est quoi la capitale du wyoming | US-WY | fr-CA
subdivision | alexa la capitale de l'idaho | US-ID | fr-CA
subdivision | alexa la capitale de l'arkansas | US-AR | fr-CA
subdivision | alexa c'est quoi la capitale du maryland | US-MD | fr-CA
subdivision | alexa la capitale de la virginie-occidentale | US-WV | fr-CA
subdivision | alexa c'est quoi la capitale de hong kong mon oncle dit que c'est pas un pays | HK | fr-CA
# --- shared: out-of-domain (other requests, and near-misses)
out-of-domain | alexa mets france bleu nord | FB
out-of-domain | alexa c'est quand le prochain match du rc lens | FB
out-of-domain | alexa il fait combien dehors à lille | FB
out-of-domain | alexa mets un minuteur de dix minutes pour les frites | FB
out-of-domain | alexa c'est quoi la recette du welsh | FB
out-of-domain | alexa quelle est la capitale des flandres | FB
out-of-domain | alexa c'est quoi la capitale de la wallonie | FB
out-of-domain | alexa lyon c'est la capitale de la gastronomie c'est vrai | FB
out-of-domain | alexa la capitale des gaules c'est quelle ville | FB
out-of-domain | alexa réserve-moi une table dans un bouchon lyonnais | FB
out-of-domain | alexa c'est quoi la capitale de la provence | FB
out-of-domain | alexa toulouse c'est la capitale de l'aéronautique ou pas | FB
out-of-domain | alexa c'est quoi la capitale de l'occitanie | FB
out-of-domain | alexa c'est quoi la capitale du pays basque | FB
out-of-domain | alexa quelle est la capitale de la catalogne | FB
out-of-domain | alexa c'est quoi la capitale de la corse ajaccio ou bastia | FB
out-of-domain | alexa quelle est la capitale de la sicile | FB
out-of-domain | alexa c'est quoi la capitale de la toscane | FB
out-of-domain | alexa c'est quoi la capitale de la lorraine | FB
out-of-domain | alexa c'est quoi la capitale de l'alsace c'est strasbourg | FB
out-of-domain | alexa strasbourg c'est la capitale de l'europe hein | FB
out-of-domain | alexa c'est quoi la capitale de l'europe | FB
out-of-domain | alexa quelle est la capitale de l'afrique | FB
out-of-domain | alexa c'est quoi la capitale de l'amérique du sud | FB
out-of-domain | alexa c'est quoi la capitale du monde | FB
out-of-domain | alexa quelle est la capitale de la bretagne rennes ou nantes | FB
out-of-domain | alexa c'est quoi la capitale de la savoie | FB
out-of-domain | alexa quelle est la capitale du kurdistan | FB
out-of-domain | alexa c'est quoi la capitale du tibet | FB
out-of-domain | alexa c'est quoi la capitale de la crimée | FB
out-of-domain | alexa quelle est la capitale de la sibérie | FB
out-of-domain | alexa c'est quoi la capitale de la transylvanie | FB
out-of-domain | alexa c'est quoi la capitale de la patagonie | FB
out-of-domain | alexa quelle est la capitale de la laponie | FB
out-of-domain | alexa c'est quoi la capitale de l'atlantide | FB
out-of-domain | alexa c'est quoi la capitale du mordor | FB
out-of-domain | alexa c'est quoi la capitale de wakanda | FB
out-of-domain | alexa la capitale du royaume de poudlard c'est quoi | FB
out-of-domain | alexa c'est quoi la capitale de la lune | FB
out-of-domain | alexa c'est quoi une lettre capitale | FB
out-of-domain | alexa écris-moi mon nom en lettres capitales | FB
out-of-domain | alexa c'est quoi le capital social d'une sarl | FB
out-of-domain | alexa combien il faut de capital pour ouvrir une boulangerie | FB
out-of-domain | alexa c'est quoi la peine capitale | FB
out-of-domain | alexa c'est quoi les sept péchés capitaux | FB
out-of-domain | alexa c'est quoi la capitale européenne de la culture cette année | FB
out-of-domain | alexa c'est quoi la capitale mondiale du fromage | FB
out-of-domain | alexa quelle ville est la capitale de la mode | FB
out-of-domain | alexa c'est quoi la capitale du champagne reims ou épernay | FB
out-of-domain | alexa c'est quoi la capitale de la mirabelle | FB
out-of-domain | alexa c'est où le plus grand port de france | FB
out-of-domain | alexa combien d'habitants à paris | FB
out-of-domain | alexa quelle est la plus grande ville du brésil | FB
out-of-domain | alexa c'est quoi la langue qu'on parle au cameroun | FB
out-of-domain | alexa c'est quoi la monnaie de la turquie | FB
out-of-domain | alexa quel temps il fait à istanbul | FB
out-of-domain | alexa traduis merci en chinois | FB
out-of-domain | alexa quelle heure il est à pékin | FB
out-of-domain | alexa c'est quoi le drapeau du portugal il a quelles couleurs | FB
out-of-domain | alexa ajoute du pain et du lait à la liste de courses | FB
out-of-domain | alexa appelle mamie | FB
out-of-domain | alexa allume la lumière du salon | FB
out-of-domain | alexa baisse le son | FB
out-of-domain | alexa raconte-moi une blague | FB
out-of-domain | alexa c'est quoi l'horoscope du jour pour les lions | FB
out-of-domain | alexa mets de la musique de stromae | FB
out-of-domain | alexa joue la chanson des corons | FB
out-of-domain | alexa le tgv de quatorze heures il a du retard | FB
out-of-domain | alexa quelle est la distance entre lyon et marseille | FB
out-of-domain | alexa qui a gagné la coupe du monde de rugby | FB
out-of-domain | alexa combien de pays dans le monde | FB
out-of-domain | alexa quel est le plus petit pays du monde | FB
out-of-domain | alexa c'est quoi le plus long fleuve d'afrique | FB
out-of-domain | alexa quel pays a la forme d'une botte | FB
out-of-domain | alexa c'est qui le président du sénégal | FB
out-of-domain | alexa épelle varsovie | FB
out-of-domain | alexa comment on dit capitale en anglais | FB
out-of-domain | alexa réveille-moi à six heures | FB
out-of-domain | alexa dis bonne nuit aux enfants | FB
out-of-domain | alexa fais le bruit du chat | FB
out-of-domain | alexa c'est quoi la capitale du meilleur pays du monde | FB
out-of-domain | alexa c'est quoi la capitale de ma rue | FB
out-of-domain | alexa la capitale de la normandie c'est rouen ou caen | FB
out-of-domain | alexa quelle est la capitale de la picardie | FB
out-of-domain | alexa c'est quoi la capitale de la sardaigne | FB
out-of-domain | alexa quelle est la capitale de la bourgogne | FB
out-of-domain | alexa la capitale de l'andalousie c'est séville | FB
out-of-domain | alexa c'est quoi la météo à québec demain | FB | fr-CA
out-of-domain | alexa mets cogeco | FB | fr-CA
out-of-domain | alexa c'est quand la game du canadien à soir | FB | fr-CA
out-of-domain | alexa y fait-tu frette dehors | FB | fr-CA
out-of-domain | alexa quelle est la capitale de la gaspésie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la beauce | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du lac-saint-jean | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la côte-nord | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'acadie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la nouvelle-angleterre | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la mauricie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du bas-saint-laurent | FB | fr-CA
out-of-domain | alexa drummondville c'est-tu la capitale de la poutine | FB | fr-CA
out-of-domain | alexa montréal c'est-tu la capitale du bagel | FB | fr-CA
out-of-domain | alexa la capitale mondiale du sirop d'érable c'est où | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la nation huronne-wendat | FB | fr-CA
out-of-domain | alexa trois-rivières c'est-tu la capitale de la poésie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du hockey | FB | fr-CA
out-of-domain | alexa combien ça coûte un billet pour cancún | FB | fr-CA
out-of-domain | alexa ajoute du sirop d'érable sur ma liste d'épicerie | FB | fr-CA
out-of-domain | alexa joue les cowboys fringants | FB | fr-CA
out-of-domain | alexa mets radio-canada | FB | fr-CA
out-of-domain | alexa appelle ma blonde | FB | fr-CA
out-of-domain | alexa ferme les lumières du sous-sol | FB | fr-CA
out-of-domain | alexa c'est quoi le capital de mon reer | FB | fr-CA
out-of-domain | alexa c'est combien le capital pour une hypothèque | FB | fr-CA
out-of-domain | alexa la peine capitale existe-tu encore aux états-unis | FB | fr-CA
out-of-domain | alexa c'est quoi la plus grande ville du canada | FB | fr-CA
out-of-domain | alexa combien de provinces au canada | FB | fr-CA
out-of-domain | alexa ça prend combien de temps aller à ottawa en char | FB | fr-CA
out-of-domain | alexa quelle heure il est à vancouver | FB | fr-CA
out-of-domain | alexa c'est qui le premier ministre du québec | FB | fr-CA
out-of-domain | alexa conte-moi une joke | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale des prairies | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale des maritimes | FB | fr-CA
# --- shared: help
help | alexa aide-moi je sais pas comment on te parle | HELP
help | alexa comment ça marche ton jeu des capitales | HELP
help | alexa qu'est-ce que je peux te demander | HELP
help | alexa je comprends rien tu fais quoi toi | HELP
help | alexa explique-moi comment on joue | HELP
help | alexa j'ai besoin d'aide avec les capitales | HELP
help | alexa qu'est-ce que tu sais faire exactement | HELP
help | alexa comment je te demande une capitale | HELP
help | alexa c'est quoi les règles | HELP
help | alexa donne-moi un exemple de question | HELP
help | alexa je suis perdu qu'est-ce que je dis | HELP
help | alexa ma mamie elle sait pas comment faire tu peux lui expliquer | HELP
help | alexa tu peux m'expliquer à quoi tu sers | HELP
help | alexa les instructions s'il te plaît | HELP
help | alexa à l'aide je sais pas quoi dire | HELP
help | alexa comment on s'en sert de ce truc | HELP
help | alexa je peux te demander quoi comme pays | HELP
help | alexa aide-moi un peu là | HELP | fr-CA
help | alexa comment ça marche ton affaire | HELP | fr-CA
help | alexa je sais pas quoi te demander peux-tu m'aider | HELP | fr-CA
help | alexa c'est quoi que je peux dire | HELP | fr-CA
help | alexa m'as-tu expliquer comment ça fonctionne | HELP | fr-CA
help | alexa j'ai besoin d'un coup de main avec ton jeu | HELP | fr-CA
help | alexa explique-moi ça comme il faut | HELP | fr-CA
help | alexa mon grand-père comprend pas ton affaire aide-le | HELP | fr-CA
help | alexa qu'est-ce qu'on fait astheure | HELP | fr-CA
help | alexa c'est quoi les affaires que tu sais | HELP | fr-CA
help | alexa donne-moi des exemples de questions | HELP | fr-CA
# --- shared: stop
stop | alexa stop on mange | STOP
stop | alexa arrête on passe à table | STOP
stop | alexa c'est bon arrête-toi là | STOP
stop | alexa ça suffit pour aujourd'hui | STOP
stop | alexa tais-toi le bébé dort | STOP
stop | alexa arrête les capitales maintenant | STOP
stop | alexa quitte le jeu | STOP
stop | alexa on arrête là merci | STOP
stop | alexa ferme les capitales | STOP
stop | alexa stop stop stop | STOP
stop | alexa terminé pour ce soir | STOP
stop | alexa chut arrête | STOP
stop | alexa bon allez on arrête | STOP
stop | alexa fin de la partie | STOP
stop | alexa arrête de parler le train arrive | STOP
stop | alexa stop j'ai un client | STOP
stop | alexa c'est fini merci au revoir | STOP
stop | alexa arrête ça | STOP | fr-CA
stop | alexa ferme-la le monde dort | STOP | fr-CA
stop | alexa c'est assez pour à soir | STOP | fr-CA
stop | alexa arrête ça là là | STOP | fr-CA
stop | alexa on a fini bye | STOP | fr-CA
stop | alexa ferme le jeu des capitales | STOP | fr-CA
stop | alexa stop la game commence | STOP | fr-CA
stop | alexa arrête faut que j'aille chauffer | STOP | fr-CA
stop | alexa c'est beau arrête | STOP | fr-CA
stop | alexa bon ben stop | STOP | fr-CA
stop | alexa tais-toi mon char est arrivé | STOP | fr-CA
# --- shared: cancel
cancel | alexa annule | CANCEL
cancel | alexa annule ma question | CANCEL
cancel | alexa non laisse tomber | CANCEL
cancel | alexa oublie ce que j'ai dit | CANCEL
cancel | alexa annule c'était pas pour toi | CANCEL
cancel | alexa laisse tomber c'est mon fils qui a parlé | CANCEL
cancel | alexa non non annule ça | CANCEL
cancel | alexa annule je me suis trompé | CANCEL
cancel | alexa rien oublie | CANCEL
cancel | alexa annule la demande | CANCEL
cancel | alexa laisse tomber je demanderai au maître | CANCEL
cancel | alexa annule tout | CANCEL
cancel | alexa euh non annule | CANCEL
cancel | alexa pardon annule c'était la télé | CANCEL
cancel | alexa non c'est bon laisse | CANCEL
cancel | alexa annule j'ai trouvé dans le livre | CANCEL
cancel | alexa annule ça | CANCEL | fr-CA
cancel | alexa laisse faire | CANCEL | fr-CA
cancel | alexa non laisse faire c'est correct | CANCEL | fr-CA
cancel | alexa oublie ça | CANCEL | fr-CA
cancel | alexa annule c'était mon chum | CANCEL | fr-CA
cancel | alexa laisse faire j'ai trouvé | CANCEL | fr-CA
cancel | alexa annule ma demande | CANCEL | fr-CA
cancel | alexa non non laisse faire | CANCEL | fr-CA
cancel | alexa annule je parlais à ma mère | CANCEL | fr-CA
cancel | alexa laisse faire c'est pas important | CANCEL | fr-CA
cancel | alexa oublie ça c'était une joke | CANCEL | fr-CA
cancel | alexa annule toute | CANCEL | fr-CA
# --- shared: launch
launch | alexa ouvre capitales du monde | LAUNCH
launch | alexa lance capitales du monde | LAUNCH
launch | alexa démarre le jeu capitales du monde | LAUNCH
launch | alexa ouvre le jeu des capitales | LAUNCH
launch | alexa lance capitales du monde pour ma fille | LAUNCH
launch | alexa on joue à capitales du monde | LAUNCH
launch | alexa mets capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde s'il te plaît | LAUNCH
launch | alexa je veux jouer à capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa part capitales du monde | LAUNCH | fr-CA
launch | alexa démarre capitales du monde | LAUNCH | fr-CA
launch | alexa lance le jeu capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre-moi capitales du monde | LAUNCH | fr-CA
launch | alexa on veut jouer à capitales du monde | LAUNCH | fr-CA
launch | alexa peux-tu ouvrir capitales du monde | LAUNCH | fr-CA
# --- shared: yes-no-check
yes-no-check | alexa est-ce que la capitale du canada c'est toronto | CA
yes-no-check | alexa la capitale de la suisse c'est zurich oui ou non | CH
yes-no-check | alexa c'est vrai que la capitale du maroc c'est rabat et pas casablanca | MA
yes-no-check | alexa la capitale de la turquie c'est bien ankara | TR
yes-no-check | alexa est-ce que rio c'est la capitale du brésil | BR
yes-no-check | alexa la capitale du nigeria c'est lagos hein | NG
yes-no-check | alexa je crois que la capitale du vietnam c'est hô chi minh-ville j'ai raison | VN
yes-no-check | alexa la capitale de la tanzanie c'est dar es salaam ou pas | TZ
yes-no-check | alexa est-ce que new york c'est la capitale des états-unis | US
yes-no-check | alexa la capitale de l'inde c'est bien new delhi | IN
yes-no-check | alexa mon mari dit que la capitale de l'australie c'est melbourne il a tort hein | AU
yes-no-check | alexa la capitale du pakistan c'est karachi c'est ça | PK
yes-no-check | alexa la capitale de la birmanie c'est naypyidaw c'est juste | MM
yes-no-check | alexa est-ce que la capitale du kazakhstan c'est toujours almaty | KZ
yes-no-check | alexa la capitale du burundi c'est bujumbura oui | BI
yes-no-check | alexa la capitale de la nouvelle-zélande c'est auckland c'est-tu ça | NZ | fr-CA
yes-no-check | alexa c'est-tu vrai que la capitale de la floride c'est miami | US-FL | fr-CA
yes-no-check | alexa la capitale de l'alberta c'est-tu calgary | CA-AB | fr-CA
yes-no-check | alexa la capitale de la colombie-britannique c'est vancouver hein | CA-BC | fr-CA
yes-no-check | alexa la capitale du texas c'est-tu houston | US-TX | fr-CA
yes-no-check | alexa mon oncle dit que la capitale de l'écosse c'est glasgow y a-tu raison | GB-SCT | fr-CA
yes-no-check | alexa la capitale de la bolivie c'est-tu la paz | BO | fr-CA
yes-no-check | alexa la capitale de la nouvelle-écosse c'est halifax right | CA-NS | fr-CA
yes-no-check | alexa la capitale de la russie c'est moscou ou saint-pétersbourg | RU | fr-CA
# --- shared: self-correction
self-correction | alexa la capitale de l'autriche non pardon de l'australie | AU
self-correction | alexa c'est quoi la capitale de la slovénie euh non de la slovaquie | SK
self-correction | alexa la capitale de l'islande attends non de l'irlande | IE
self-correction | alexa la capitale du niger non je voulais dire du nigeria | NG
self-correction | alexa la capitale de la guinée euh de la guinée-bissau | GW
self-correction | alexa c'est quoi la capitale de l'iran non de l'irak | IQ
self-correction | alexa la capitale de la gambie pardon de la zambie | ZM
self-correction | alexa la capitale de la mauritanie euh non de maurice | MU
self-correction | alexa la capitale du soudan enfin du soudan du sud | SS
self-correction | alexa la capitale de la colombie non de la bolivie | BO
self-correction | alexa dis-moi la capitale de la lettonie oh non de la lituanie | LT
self-correction | alexa la capitale de la dominique euh non de la république dominicaine | DO
self-correction | alexa la capitale de la suède oups de la suisse | CH
self-correction | alexa la capitale de la roumanie non de la bulgarie | BG
self-correction | alexa la capitale du paraguay non de l'uruguay | UY | fr-CA
self-correction | alexa la capitale de l'arkansas non du kansas | US-KS | fr-CA
self-correction | alexa c'est quoi la capitale du dakota du nord non du sud | US-SD | fr-CA
self-correction | alexa la capitale de la virginie non de la virginie-occidentale | US-WV | fr-CA
self-correction | alexa la capitale du manitoba non de la saskatchewan | CA-SK | fr-CA
self-correction | alexa la capitale de l'autriche wo non de l'allemagne | DE | fr-CA
self-correction | alexa c'est quoi la capitale de l'ohio euh de l'iowa | US-IA | fr-CA
self-correction | alexa la capitale du maine non du vermont | US-VT | fr-CA
self-correction | alexa la capitale de la caroline du sud non celle du nord | US-NC | fr-CA
# --- shared: reverse-question
reverse-question | alexa ouagadougou c'est la capitale de quel pays | CITY:Ouagadougou
reverse-question | alexa bichkek c'est dans quel pays | CITY:Bichkek
reverse-question | alexa tbilissi c'est la capitale de quoi | CITY:Tbilissi
reverse-question | alexa de quel pays vientiane est la capitale | CITY:Vientiane
reverse-question | alexa paramaribo c'est la capitale de quel pays | CITY:Paramaribo
reverse-question | alexa nouakchott c'est la capitale de où | CITY:Nouakchott
reverse-question | alexa achgabat c'est la capitale de quel pays déjà | CITY:Achgabat
reverse-question | alexa à quel pays appartient la capitale lilongwe | CITY:Lilongwe
reverse-question | alexa windhoek c'est la capitale de quel pays | CITY:Windhoek
reverse-question | alexa skopje c'est la capitale de quel pays | CITY:Skopje
reverse-question | alexa la valette c'est la capitale de quel pays | CITY:La Valette
reverse-question | alexa podgorica c'est la capitale de qui | CITY:Podgorica
reverse-question | alexa mascate c'est la capitale de quel pays | CITY:Mascate
reverse-question | alexa tegucigalpa c'est dans quel pays | CITY:Tegucigalpa | fr-CA
reverse-question | alexa regina c'est la capitale de quelle province | CITY:Regina | fr-CA
reverse-question | alexa fredericton c'est la capitale de quelle province | CITY:Fredericton | fr-CA
reverse-question | alexa charlottetown c'est la capitale de quelle province | CITY:Charlottetown | fr-CA
reverse-question | alexa montpelier c'est la capitale de quel état | CITY:Montpelier | fr-CA
reverse-question | alexa albany c'est la capitale de quel état | CITY:Albany | fr-CA
reverse-question | alexa yellowknife c'est la capitale de quoi | CITY:Yellowknife | fr-CA
reverse-question | alexa managua c'est la capitale de quel pays | CITY:Managua | fr-CA
reverse-question | alexa castries c'est dans quel pays | CITY:Castries | fr-CA
reverse-question | alexa kingstown c'est la capitale de quel pays | CITY:Kingstown | fr-CA
# --- shared: official-name
official-name | alexa la capitale de la république fédérale d'allemagne | DE
official-name | alexa c'est quoi la capitale du royaume hachémite de jordanie | JO
official-name | alexa la capitale de la république islamique d'iran | IR
official-name | alexa c'est quoi la capitale de la confédération suisse | CH
official-name | alexa la capitale de la république populaire de chine | CN
official-name | alexa c'est quoi la capitale de la fédération de russie | RU
official-name | alexa la capitale du royaume d'espagne | ES
official-name | alexa c'est quoi la capitale de la république arabe d'égypte | EG
official-name | alexa la capitale de la république du cameroun | CM
official-name | alexa la capitale du royaume de belgique | BE
official-name | alexa c'est quoi la capitale de la république socialiste du viêt nam | VN
official-name | alexa la capitale des états fédérés de micronésie | FM
official-name | alexa la capitale de la république fédérative du brésil | BR | fr-CA
official-name | alexa c'est quoi la capitale du royaume-uni de grande-bretagne et d'irlande du nord | GB | fr-CA
official-name | alexa la capitale des états-unis mexicains | MX | fr-CA
official-name | alexa c'est quoi la capitale de la république d'haïti | HT | fr-CA
official-name | alexa la capitale de la république argentine | AR | fr-CA
official-name | alexa c'est quoi la capitale du grand-duché de luxembourg | LU | fr-CA
official-name | alexa la capitale de la principauté de monaco | MC | fr-CA
# --- shared: everyday-name
everyday-name | alexa c'est quoi la capitale de la hollande | NL
everyday-name | alexa la capitale de la birmanie | MM
everyday-name | alexa c'est quoi la capitale de la grande-bretagne | GB
everyday-name | alexa la capitale de la république tchèque | CZ
everyday-name | alexa c'est quoi la capitale du congo kinshasa | CD
everyday-name | alexa la capitale de la rdc | CD
everyday-name | alexa c'est quoi la capitale des émirats | AE
everyday-name | alexa la capitale de la biélorussie | BY
everyday-name | alexa la capitale du vatican | VA
everyday-name | alexa c'est quoi la capitale de l'angleterre | GB-ENG
everyday-name | alexa c'est quoi la capitale des states | US | fr-CA
everyday-name | alexa la capitale des états | US | fr-CA
everyday-name | alexa c'est quoi la capitale de l'amérique | US | fr-CA
everyday-name | alexa c'est quoi la capitale de la macédoine | MK | fr-CA
everyday-name | alexa c'est quoi la capitale du timor | TL | fr-CA
everyday-name | alexa la capitale de saint-kitts | KN | fr-CA
everyday-name | alexa c'est quoi la capitale de trinidad | TT | fr-CA
# --- shared: shared-name
shared-name | alexa c'est quoi la capitale du congo | CD+CG
shared-name | alexa les capitales des deux congo | CD+CG
shared-name | alexa c'est quoi la capitale de la corée | KP+KR
shared-name | alexa les capitales des deux corées s'il te plaît | KP+KR
shared-name | alexa la capitale de la géorgie | GE+US-GA
shared-name | alexa c'est quoi la capitale des îles vierges | VG+VI
shared-name | alexa la capitale du congo brazzaville | CG
shared-name | alexa c'est quoi la capitale de la corée du nord | KP
shared-name | alexa la capitale de la géorgie le pays du caucase | GE
shared-name | alexa la capitale des îles vierges britanniques | VG
shared-name | alexa c'est quoi la capitale de la géorgie l'état américain | US-GA | fr-CA
shared-name | alexa la capitale de la géorgie aux states | US-GA | fr-CA
shared-name | alexa c'est quoi la capitale de la corée | KP+KR | fr-CA
shared-name | alexa la capitale du congo s'il vous plaît | CD+CG | fr-CA
shared-name | alexa les îles vierges américaines c'est quoi la capitale | VI | fr-CA
shared-name | alexa la capitale de la république démocratique du congo | CD | fr-CA
shared-name | alexa la capitale de la géorgie l'ancienne république soviétique | GE | fr-CA
# --- more: out-of-domain with a situation
out-of-domain | alexa à la braderie de lille c'est quoi la capitale des moules frites | FB
out-of-domain | alexa le p'tit quinquin c'est une chanson de quelle ville | FB
out-of-domain | alexa combien de temps pour aller de lens à lille en ter | FB
out-of-domain | alexa la capitale du nord pas-de-calais c'est lille ou arras | FB
out-of-domain | alexa c'est quoi la capitale des hauts-de-france | FB
out-of-domain | alexa quelle est la capitale de la région auvergne-rhône-alpes | FB
out-of-domain | alexa c'est quoi la capitale de la lombardie milan je crois | FB
out-of-domain | alexa c'est quoi la capitale de la galice en espagne | FB
out-of-domain | alexa c'est quoi la capitale de la flandre occidentale | FB
out-of-domain | alexa quelle est la capitale du canton de genève | FB
out-of-domain | alexa c'est quoi la capitale de la sarre française la moselle | FB
out-of-domain | alexa quelle est la capitale de l'anatolie | FB
out-of-domain | alexa c'est quoi la capitale du kurdistan irakien | FB
out-of-domain | alexa quelle est la capitale de la province du guangdong | FB
out-of-domain | alexa c'est quoi la capitale du bas-congo | FB
out-of-domain | alexa c'est quoi la capitale de l'extrême-nord au cameroun | FB
out-of-domain | alexa c'est quoi la capitale de la dalmatie | FB
out-of-domain | alexa c'est quoi la capitale de la bohême | FB
out-of-domain | alexa quelle est la capitale de l'empire romain | FB
out-of-domain | alexa c'était quoi la capitale des incas | FB
out-of-domain | alexa toulouse c'est la ville rose pourquoi | FB
out-of-domain | alexa c'est quoi le score du stade toulousain | FB
out-of-domain | alexa la tour eiffel elle fait combien de mètres | FB
out-of-domain | alexa comment on fait une tartiflette euh non une quiche lorraine | FB
out-of-domain | alexa c'est quoi la capitale de la chocolatine | FB
out-of-domain | alexa rouen c'est la ville aux cent clochers c'est ça | FB
out-of-domain | alexa c'est quoi le prix d'un billet de ferry pour bastia | FB
out-of-domain | alexa c'est quoi la capitale de la corse du sud | FB
out-of-domain | alexa metz c'est la capitale de quoi | FB
out-of-domain | alexa nancy c'est la capitale des ducs de lorraine c'est vrai | FB
out-of-domain | alexa c'est quoi la capitale de la cuisine chinoise | FB
out-of-domain | alexa c'est quoi le capital de départ au monopoly | FB
out-of-domain | alexa mets nostalgie dans la cuisine | FB
out-of-domain | alexa quelle capitale tu préfères toi | FB
out-of-domain | alexa t'es déjà allée dans une capitale | FB
out-of-domain | alexa c'est quoi la capitale des abeilles | FB
out-of-domain | alexa combien de kilomètres entre québec et montréal | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du témiscamingue | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale des cantons-de-l'est | FB | fr-CA
out-of-domain | alexa quelle est la capitale de la montérégie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale des laurentides | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la nouvelle-france dans le temps | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'ontario français | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la cabane à sucre | FB | fr-CA
out-of-domain | alexa les remparts jouent-tu à soir | FB | fr-CA
out-of-domain | alexa c'est quand le carnaval de québec cette année | FB | fr-CA
out-of-domain | alexa quel autobus je prends pour le marché jean-talon | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale des îles-de-la-madeleine | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du cap-breton | FB | fr-CA
out-of-domain | alexa quelle est la capitale de la kabylie mon oncle veut savoir | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du pays des merveilles | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'antioquia en colombie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de mindanao aux philippines | FB | fr-CA
# --- more: help, stop, cancel, launch with a situation
help | alexa je suis à l'estaminet et je sais pas comment on joue à ton truc | HELP
help | alexa le petit veut jouer mais il sait pas quoi dire aide-nous | HELP
help | alexa explique-moi comment je demande la capitale d'un pays | HELP
help | alexa comment on pose une question au jeu des capitales | HELP
help | alexa mon grand-père il est perdu avec toi dis-lui comment faire | HELP
help | alexa aide-moi chu nouvelle avec ça | HELP | fr-CA
help | alexa le petit sait pas quoi dire peux-tu l'aider | HELP | fr-CA
help | alexa comment ça fonctionne tes capitales là | HELP | fr-CA
help | alexa qu'est-ce que je dis pour avoir une capitale | HELP | fr-CA
stop | alexa arrête le carnaval commence | STOP
stop | alexa stop le pain est cuit | STOP
stop | alexa arrête les questions le taxi arrive | STOP
stop | alexa arrête là les petits vont se coucher | STOP
stop | alexa arrête je dois servir les clients | STOP
stop | alexa arrête on rentre de la cabane à sucre | STOP | fr-CA
stop | alexa stop le bus arrive | STOP | fr-CA
stop | alexa arrête le jeu là bonne nuit | STOP | fr-CA
stop | alexa c'est fini pour à soir arrête | STOP | fr-CA
cancel | alexa annule c'est mon mari qui a parlé | CANCEL
cancel | alexa non attends annule ma question | CANCEL
cancel | alexa laisse tomber on a trouvé sur la carte | CANCEL
cancel | alexa annule j'ai demandé n'importe quoi | CANCEL
cancel | alexa annule la question du petit | CANCEL
cancel | alexa laisse faire la question de tantôt | CANCEL | fr-CA
cancel | alexa annule c'est mon gars qui niaisait | CANCEL | fr-CA
cancel | alexa laisse faire c'est réglé | CANCEL | fr-CA
cancel | alexa annule ça j'me suis trompé de pays | CANCEL | fr-CA
cancel | alexa non oublie ça on a l'atlas | CANCEL | fr-CA
launch | alexa ouvre capitales du monde pour mon fils | LAUNCH
launch | alexa lance capitales du monde on révise la géo | LAUNCH
launch | alexa démarre capitales du monde on joue en famille | LAUNCH
launch | alexa ouvre le jeu capitales du monde pour l'estaminet | LAUNCH
launch | alexa lance le jeu capitales du monde s'il te plaît | LAUNCH
launch | alexa ouvre capitales du monde j'ai un exam demain | LAUNCH | fr-CA
launch | alexa part le jeu capitales du monde pour les enfants | LAUNCH | fr-CA
launch | alexa démarre capitales du monde on est au chalet | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde pour ma grand-mère | LAUNCH | fr-CA
launch | alexa lance capitales du monde on joue en gang | LAUNCH | fr-CA
# --- more: everyday-name, shared-name, official-name, reverse-question
everyday-name | alexa la capitale de la hollande pour mon voyage à vélo | NL
everyday-name | alexa c'est quoi la capitale de l'angleterre enfin du royaume-uni | GB
everyday-name | alexa c'est quoi la capitale du congo belge comme on disait | CD
everyday-name | alexa la capitale de saint-kitts-et-nevis c'est quoi | KN
everyday-name | alexa c'est quoi la capitale de la grande-bretagne pour mon anglais | GB
everyday-name | alexa c'est quoi la capitale du swaziland comme disait mon père | SZ
everyday-name | alexa la capitale de la tchéquie ou république tchèque c'est pareil | CZ | fr-CA
everyday-name | alexa c'est quoi la capitale des émirats arabes | AE | fr-CA
everyday-name | alexa c'est quoi la capitale des usa | US | fr-CA
shared-name | alexa ch'est quoi la capitale du congo min fiu | CD+CG
shared-name | alexa la capitale de la corée tu sais laquelle | KP+KR
shared-name | alexa c'est quoi la capitale de la géorgie pour mon pilier de rugby | GE
shared-name | alexa c'est quoi la capitale des deux corées pour l'exposé | KP+KR | fr-CA
shared-name | alexa la capitale de la géorgie en bas d'la caroline du sud | US-GA | fr-CA
official-name | alexa c'est quoi la capitale de l'état plurinational de bolivie | BO
official-name | alexa la capitale de la république de turquie | TR
official-name | alexa c'est quoi la capitale du royaume du maroc | MA
official-name | alexa c'est quoi la capitale de la république démocratique populaire lao | LA | fr-CA
official-name | alexa la capitale du royaume de norvège | NO | fr-CA
reverse-question | alexa juba c'est dans quel pays | CITY:Juba
reverse-question | alexa bamako c'est la capitale de quel pays d'afrique | CITY:Bamako
reverse-question | alexa thimphu c'est la capitale de quel pays | CITY:Thimphu
reverse-question | alexa niamey c'est dans quel pays le mali ou le niger | CITY:Niamey
reverse-question | alexa pierre c'est la capitale de quel état américain | CITY:Pierre | fr-CA
reverse-question | alexa whitehorse c'est la capitale de quoi au juste | CITY:Whitehorse | fr-CA
# --- more speakers and the missing countries
chti | alexa min fiu j'ai un copain qui part travailler {} c'est quoi la capitale | en andorre=AD; à bahreïn=BH; en syrie=SY
lorraine | alexa beuh ma voisine elle part en croisière {} c'est quoi la capitale | à la dominique=DM; à saint-christophe-et-niévès=KN; en gambie=GM
corse | alexa aiò le bateau il part {} quelle est la capitale | en tunisie=TN; en algérie=DZ; en sardaigne en italie=IT
normandie | alexa au havre y a une escale d'un voilier {} c'est quoi la capitale de là-bas | de saint-vincent-et-les-grenadines=VC; de trinité-et-tobago=TT; de la dominique=DM
toulouse | alexa con j'ai un collègue d'airbus muté {} c'est quoi la capitale là-bas | en allemagne=DE; en espagne=ES; au royaume-uni=GB
lyon | alexa les gones de la fac de lyon font un échange {} la capitale c'est quoi | au maroc=MA; en tunisie=TN; au sénégal=SN
cameroun | alexa tara mon cousin joue au foot {} c'est quoi la capitale | en gambie=GM; au liberia=LR; en sierra leone=SL
turc | alexa yani mon frère il a fait le ramadan {} c'est quoi la capitale | à bahreïn=BH; en syrie=SY; en jordanie=JO
travail | alexa chu chauffeur de taxi à roissy et mon client vient {} quelle est la capitale | d'andorre=AD; du vatican=VA; de saint-marin=SM
quebec | alexa sur la terrasse dufferin y a un couple {} c'est quoi leur capitale | syrien=SY; bahreïnien=BH; gambien=GM | fr-CA
jobs-qc | alexa chu agent de bord chez air transat pis on va {} c'est quoi la capitale | en dominique=DM; à saint-kitts=KN; à antigua=AG | fr-CA
aines-qc | alexa mon doux ma fille est partie faire du ski {} c'est quoi la capitale | en andorre=AD; en autriche=AT; en suisse=CH | fr-CA
# --- more speaker frames
chti | alexa dis ch'est quoi la capitale {} pour la belle-mère | du danemark=DK; de l'écosse=GB-SCT; de l'irlande=IE
chti | alexa à la ducasse du village y avait un stand {} c'est quoi leur capitale hein | vietnamien=VN; thaïlandais=TH; indien=IN
lyon | alexa dans le métro de lyon j'ai croisé des supporters {} c'est quoi leur capitale | écossais=GB-SCT; gallois=GB-WLS; irlandais=IE
lyon | alexa on a un stagiaire aux hospices civils qui vient {} c'est quoi la capitale | d'haïti=HT; de la guinée=GN; du congo kinshasa=CD
toulouse | alexa peuchère au marché victor hugo le fromager il vend du fromage {} c'est quoi la capitale | grec=GR; hollandais=NL; anglais=GB
corse | alexa o ma au col de bavella y a des motards {} c'est quoi leur capitale | allemands=DE; autrichiens=AT; tchèques=CZ
lorraine | alexa à nancy y a un colloque avec des profs {} c'est quoi la capitale | iraniens=IR; irakiens=IQ; afghans=AF
normandie | alexa au mont-saint-michel y a des touristes {} ils veulent leur capitale | coréens=KP+KR; chinois=CN; japonais=JP
cameroun | alexa on dit quoi la capitale {} pour l'exposé de la petite | du mali=ML; du sénégal=SN; de la côte d'ivoire=CI
chinois | alexa au supermarché asiatique y a des produits {} quelle est la capitale | des philippines=PH; de singapour=SG; de la corée du sud=KR
portugais | alexa ó pá mon cousin il bosse sur les chantiers {} c'est quoi la capitale | au luxembourg=LU; en suisse=CH; en andorre=AD
travail | alexa je suis contrôleur aérien à orly et l'avion arrive {} c'est quoi la capitale | d'algérie=DZ; de tunisie=TN; du liban=LB
travail | alexa je suis vendeur de journaux et un client {} me demande la capitale | sri-lankais=LK; népalais=NP; bangladais=BD
jeux | alexa pour le quiz du club de pétanque la capitale {} c'est quoi | du honduras=HN; du salvador=SV; du guatemala=GT
jeux | alexa au petit bac on a la lettre k la capitale {} | du kenya=KE; du koweït=KW; du kirghizstan=KG
enfants | alexa moi je collectionne les drapeaux c'est quoi la capitale {} | des seychelles=SC; des comores=KM; de maurice=MU
anciens | alexa j'étais coopérant {} c'est quoi la capitale maintenant | au dahomey=BJ; au congo belge=CD; en haute-volta=BF
trois-rivieres | alexa à trois-rivières on a des étudiants de l'uqtr {} c'est quoi leur capitale | tunisiens=TN; sénégalais=SN; ivoiriens=CI | fr-CA
quebec | alexa au festival d'été y a un chanteur {} c'est quoi sa capitale | malien=ML; nigérian=NG; guinéen=GN | fr-CA
franco-ontarien | alexa awoye mon beau-frère travaille dans les mines {} c'est quoi la capitale | au chili=CL; au pérou=PE; en australie=AU | fr-CA
drummond | alexa au mondial des cultures y a des danseurs qui viennent {} leur capitale c'est quoi | du sri lanka=LK; des philippines=PH; de l'inde=IN | fr-CA
rimouski | alexa au cégep de rimouski on a une prof qui vient {} c'est quoi la capitale | de la belgique=BE; de la suisse=CH; du luxembourg=LU | fr-CA
wendake | alexa kwe au musée huron-wendat y a des visiteurs qui viennent {} c'est quoi la capitale | de la nouvelle-zélande=NZ; de l'australie=AU; du mexique=MX | fr-CA
maghreb-qc | alexa wesh ma soeur elle part en vacances {} c'est quoi la capitale | en turquie=TR; en grèce=GR; en espagne=ES | fr-CA
colombien-qc | alexa oye mi tío il travaille {} c'est quoi la capitale | au costa rica=CR; en équateur=EC; au pérou=PE | fr-CA
jobs-qc | alexa chu chauffeur de chasse-neige pis j'écoute une émission sur la capitale {} | du wisconsin=US-WI; du minnesota=US-MN; du michigan=US-MI | fr-CA
jobs-qc | alexa au dépanneur un client vient {} c'est quoi la capitale | de la martinique=MQ; de la guadeloupe=GP; de saint-pierre-et-miquelon=PM | fr-CA
jeux-qc | alexa on joue à la roue de fortune pis la catégorie c'est la capitale {} | de l'ohio=US-OH; du kentucky=US-KY; du tennessee=US-TN | fr-CA
ados-qc | alexa bro genre la capitale {} c'est quoi | du japon=JP; de la corée du sud=KR; de la chine=CN | fr-CA
enfants-qc | alexa moi je veux savoir la capitale {} pour mon dessin | du groenland=GL; de l'islande=IS; de la norvège=NO | fr-CA
aines-qc | alexa bonyenne mon voisin est né {} c'est quoi la capitale | en écosse=GB-SCT; au pays de galles=GB-WLS; en irlande du nord=GB-NIR | fr-CA
# --- more: yes-no-check and self-correction
yes-no-check | alexa la capitale de la côte d'ivoire c'est abidjan mon cousin dit oui | CI
yes-no-check | alexa la capitale du bénin c'est cotonou oui ou non | BJ
yes-no-check | alexa dis-moi si la capitale du maroc c'est marrakech | MA
yes-no-check | alexa la capitale de l'équateur c'est guayaquil c'est ça | EC | fr-CA
yes-no-check | alexa c'est-tu montréal la capitale du québec | CA-QC | fr-CA
self-correction | alexa la capitale du cameroun non du congo brazzaville | CG
self-correction | alexa c'est quoi la capitale de la malaisie pardon de l'indonésie | ID
self-correction | alexa la capitale de l'ouganda non du rwanda | RW | fr-CA
self-correction | alexa la capitale de l'alaska non de l'arizona | US-AZ | fr-CA
"""

if __name__ == "__main__":
    build_round(37, "fr", LINES, sys.argv, "tests/Eval/fr/round37/source/build_corpus.py")
