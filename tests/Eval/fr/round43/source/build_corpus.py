"""Round 43, French (fr-FR, fr-CA): a new author's own mix, written blind at the start of the forty-fourth session
(brief WRITER50.md), about a third of the lines fr-CA. Speakers and situations chosen apart from round 42 (no Picards,
Vendéens, Limousins, Stéphanois, Sétois, pieds-noirs, verlan, Lebanese, Romanians, Mauritians, British retirees,
Malagasy, Lanaudière, Baie-James, Centre-Sud, PVT French, West Island anglophones, Hydro-Québec, Rive-Nord, Tim Hortons
retirees, bike couriers) and from what it lists as avoided (round 41's groups).
fr-FR devices: Alsatians of Strasbourg and Colmar ("hopla", "gell", "jo", the winstub, the Christmas market), Bretons
of Brest, Quimper and Lorient ("ma doué", "kenavo", the fest-noz, the crêperie, the port), Lyonnais ("gone", "fenotte",
the bouchon, the traboules), Corsicans of Bastia and Ajaccio ("o ma", "aiò", the ferry), Lorrains of Metz and Nancy
("beuh", border workers, the old mines, the mirabelle), Savoyards and Grenoblois (ski lifts, a refuge, the chasseurs
alpins), Antillais (Creole "sa ou fè", "ka", the BUMIDOM grandparents, the carnaval), Réunionnais (Creole "koman i
lé", "zot", "la marmaille", the cari), Vietnamese Parisians of the 13th ("má", "ba", "con"), Ukrainian refugees and
Chinese students learning French (learners' errors); jobs (a vet, a taxi, a fishmonger, a hotel reception, a post
office, a dairy farm at milking, vendanges, a fire station, a médiathèque, a museum shop, a ferry, a warehouse, a travel
agency); games (Trivial Pursuit, a pub quiz, a scout camp, a school trip bus, a geography app duel, the petit bac);
school (brevet, CM2, prépa, Erasmus, a geopolitics master's, the bac oral); home (a grandmother's birthday, twins, an
online game, a blind grandfather, a child in the bath, the World Cup).
fr-CA devices: Gaspésiens (lobster fishing, the Rocher Percé, the fish plant), Saguenay–Lac-Saint-Jean ("chu", "toé",
"tabarnouche", the aluminerie, bleuets), Abitibiens (gold mines, Val-d'Or, Rouyn-Noranda, "frette en titi"), Acadians
of New Brunswick speaking chiac ("right", "for sure", "asteure", "yinque"), Beaucerons ("mautadit", the cabane à sucre),
Franco-Ontarians of Sudbury and Hearst (English mixed in), Outaouais civil servants of Gatineau, Latin American
Montrealers ("oye", "bueno", "cómo se dice"), francisation classes (adult learners); jobs (a school bus driver, a
quincaillerie, a SÉPAQ campground, a dairy farm, a pharmacy, roof snow removal); quiz nights (Génies en herbe, a
microbrasserie, a chalet, the Saint-Jean); families (a babysitter, grand-maman on FaceTime, a road trip to the States,
univers social homework). Families per speaker group, and the shared families (follow-up, plural-capitals,
subdivision, out-of-domain, help, stop, cancel, launch, yes-no-check, self-correction, reverse-question, official-name,
everyday-name, shared-name). Lines of rounds 1-42 are dropped (build_round with round 43's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# --- fr-FR: Alsatians of Strasbourg and Colmar (the winstub, the Christmas market, "hopla", "gell", "jo")
alsaciens | alexa hopla dis-moi vite la capitale {} | de la norvège=NO; de la suède=SE; du danemark=DK
alsaciens | alexa au marché de noël un touriste {} m'a demandé sa propre capitale c'est quoi déjà | coréen=KR; philippin=PH; thaïlandais=TH
alsaciens | alexa à la winstub on parie une tournée la capitale {} c'est laquelle gell | de la slovénie=SI; de la bosnie=BA; du monténégro=ME
alsaciens | alexa jo alors c'est quoi la capitale {} que mon beau-frère répète tout le temps | du kirghizistan=KG; du tadjikistan=TJ; du turkménistan=TM
alsaciens | alexa en face de kehl c'est le bade-wurtemberg et sa capitale c'est quoi | DE-BW
alsaciens | alexa la sarre juste à côté elle a quelle capitale | DE-SL
alsaciens | alexa ma grand-mère parlait de la rhénanie-palatinat c'est quoi sa capitale hopla | DE-RP
alsaciens | alexa au parlement européen y a des députés {} quelle est leur capitale | luxembourgeois=LU; maltais=MT; lettons=LV
alsaciens | alexa la cigogne elle part en hiver vers {} c'est quoi la capitale là-bas | le maroc=MA; la mauritanie=MR; le sénégal=SN
# --- fr-FR: Bretons of Brest, Quimper and the Morbihan (the fest-noz, the crêperie, the fishing port, "kenavo", "ma doué")
bretons | alexa ma doué c'est quoi la capitale {} | de l'écosse=GB-SCT; du pays de galles=GB-WLS; de l'irlande du nord=GB-NIR
bretons | alexa au fest-noz y a un groupe qui vient {} c'est quoi leur capitale | de galice en espagne enfin de l'espagne=ES; de l'île de man=IM; de cornouailles enfin d'angleterre=GB-ENG
bretons | alexa à la crêperie des clients {} demandent la capitale de chez eux et moi j'en sais rien | canadiens=CA; australiens=AU; néerlandais=NL
bretons | alexa sur le port de concarneau un thonier part pour {} c'est quoi la capitale | les seychelles=SC; la côte d'ivoire=CI; le ghana=GH
bretons | alexa mon cousin est marin sur un ferry pour {} et la capitale c'est laquelle | jersey=JE; guernesey=GG; l'irlande=IE
bretons | alexa kenavo mais avant dis-moi la capitale {} | du guatemala=GT; du belize=BZ; du costa rica=CR
bretons | alexa à lorient pour le festival interceltique cette année l'invité c'est {} sa capitale c'est quoi | l'acadie enfin le nouveau-brunswick=CA-NB; la nouvelle-écosse=CA-NS; les asturies enfin l'espagne=ES
bretons | alexa le skipper de la route du rhum il arrive en guadeloupe c'est quoi la capitale | GP
bretons | alexa mon grand-père pêchait vers saint-pierre-et-miquelon c'est quoi la capitale de là-bas | PM
# --- fr-FR: Lyonnais (the bouchon, the traboules, the Fête des Lumières, "gone", "fenotte", "ça me fait gonfle")
lyonnais | alexa un gone de ma classe dit que la capitale {} c'est pas ce que je dis c'est quoi | de l'australie=AU; du brésil=BR; de la turquie=TR
lyonnais | alexa au bouchon on se chicane pas on se dispute la capitale {} vas-y tranche | de la suisse=CH; du canada=CA; du nigeria=NG
lyonnais | alexa pour la fête des lumières y a des touristes {} ils viennent de quelle capitale | chiliens=CL; péruviens=PE; colombiens=CO
lyonnais | alexa ma fenotte veut savoir la capitale {} pour son cahier | du pakistan=PK; de l'afghanistan=AF; de l'iran=IR
lyonnais | alexa dans la traboule un guide m'a dit que la capitale {} c'était pas évidente c'est laquelle | du myanmar=MM; du laos=LA; du cambodge=KH
lyonnais | alexa à gerland on a joué contre un club {} c'est quoi la capitale de leur pays | ukrainien=UA; biélorusse=BY; géorgien=GE
lyonnais | alexa ça me fait gonfle j'arrive pas à retenir la capitale {} | de la tanzanie=TZ; du kenya=KE; de l'ouganda=UG
# --- fr-FR: Corsicans of Bastia and Ajaccio (the Sporting, the ferry from Marseille, the figatellu, "o ma", "aiò")
corses | alexa o ma c'est quoi la capitale {} | de la sardaigne enfin de l'italie=IT; de la libye=LY; de la tunisie=TN
corses | alexa aiò dis-moi la capitale {} vite | du liban=LB; de la syrie=SY; de la jordanie=JO
corses | alexa sur le ferry y a des routards {} et ils connaissent même pas leur capitale c'est quoi | polonais=PL; roumains=RO; bulgares=BG
corses | alexa au café de bastia le vieux dit que la capitale {} c'est napoléon qui l'a choisie c'est quoi au moins | de l'égypte=EG; de la russie=RU; de l'autriche=AT
corses | alexa mon neveu fait son service à djibouti c'est quoi la capitale de djibouti | DJ
corses | alexa la fille de la voisine est partie travailler {} c'est quoi la capitale | à monaco=MC; à andorre=AD; au liechtenstein=LI
corses | alexa au port de bastia un routier du kosovo m'a demandé comment on dit sa capitale en français | XK
# --- fr-FR: Lorrains of Metz and Nancy (the mirabelle, the old mines, the border workers, "beuh", "schlapp", "ça va bien oui")
lorrains | alexa beuh c'est quoi encore la capitale {} | du luxembourg=LU; de la belgique=BE; de la hongrie=HU
lorrains | alexa je suis frontalier je bosse au luxembourg mais mon collègue est {} c'est quoi sa capitale | portugais enfin cap-verdien=CV; italien=IT; serbe=RS
lorrains | alexa mon pépé il était à la mine avec des gars {} c'est quoi leur capitale | polonais=PL; algériens=DZ; marocains=MA
lorrains | alexa on fait la mirabelle et on l'exporte jusqu'{} c'est quoi la capitale | au japon=JP; en chine=CN; à singapour=SG
lorrains | alexa ça va bien oui dis-moi la capitale {} s'il te plaît | de l'arménie=AM; de l'azerbaïdjan=AZ; de l'ouzbékistan=UZ
lorrains | alexa dans la rue à metz on jouait avec les fils de soldats {} c'était quoi leur capitale | américains=US; anglais=GB; allemands=DE
# --- fr-FR: Savoyards and Grenoblois (ski lifts, the tartiflette, the chalet, mountain guides)
savoyards | alexa au télésiège un anglais m'a demandé la capitale {} et je savais pas | du népal=NP; du bhoutan=BT; du tibet enfin de la chine=CN
savoyards | alexa le guide de haute montagne part au pérou après la saison c'est quoi la capitale du pérou | PE
savoyards | alexa sur les pistes y a plein de {} c'est quoi la capitale chez eux | danois=DK; néerlandais de la haye=NL; belges flamands=BE
savoyards | alexa on mange une tartiflette et on se demande la capitale {} | du kazakhstan=KZ; de la mongolie=MN; du qatar=QA
savoyards | alexa au refuge un alpiniste {} veut savoir c'est quoi la capitale de son pays en français | slovaque=SK; tchèque=CZ; autrichien=AT
savoyards | alexa le chasseur alpin de ma famille est stationné {} c'est quoi la capitale | au tchad=TD; au niger=NE; au mali=ML
# --- fr-FR: Antillais in Paris and Guadeloupe (Creole, the carnaval, the BUMIDOM grandparents, "sa ou fè", "ka")
antillais | alexa sa ou fè alexa c'est quoi la capitale {} | de la martinique=MQ; de la dominique=DM; de sainte-lucie=LC
antillais | alexa ma tante ka di la capitale {} c'est pas ça dis-moi | de la barbade=BB; de la jamaïque=JM; de trinidad et tobago=TT
antillais | alexa au carnaval y avait un groupe {} c'est quoi leur capitale | haïtien=HT; cubain=CU; dominicain de saint-domingue=DO
antillais | alexa mon grand-père est arrivé avec le bumidom il demande la capitale {} | de la guyane=GF; du suriname=SR; du guyana=GY
antillais | alexa la capitale {} c'est quoi an tan lontan on disait pas pareil | de saint-martin=MF; de saint-barth=BL; d'antigua=AG
antillais | alexa mi bagay la c'est quoi la capitale {} | de grenade=GD; de saint-vincent=VC; de saint-kitts=KN
# --- fr-FR: Réunionnais (Creole, the cari, the volcan, "koman i lé", "lé la", "zot")
reunionnais | alexa koman i lé la capitale {} | de la réunion=RE; de mayotte=YT; des comores=KM
reunionnais | alexa zot i connaît pas la capitale {} dis-lé | de madagascar=MG; de maurice=MU; des seychelles=SC
reunionnais | alexa mon cousin lé parti travaille {} c'est quoi la capitale | en nouvelle-calédonie=NC; en polynésie=PF; à wallis-et-futuna=WF
reunionnais | alexa pendant le cari la marmaille demande la capitale {} | du mozambique=MZ; de l'afrique du sud=ZA; du zimbabwe=ZW
reunionnais | alexa le prof au lycée a dit les terres australes françaises la capitale c'est où | TF
# --- fr-FR: Vietnamese Parisians of the 13th (the phở restaurant, the grandparents, "má", "ba", "con")
vietnamiens | alexa má demande la capitale {} | du viêt nam=VN; de la thaïlande=TH; de la malaisie=MY
vietnamiens | alexa au restaurant du treizième un client {} demande sa capitale en français c'est quoi | indonésien=ID; philippin=PH; birman=MM
vietnamiens | alexa ba dit que la capitale {} c'est pas celle que je pense c'est laquelle | de la corée du sud=KR; de la corée du nord=KP; de taïwan=TW
vietnamiens | alexa pour le nouvel an lunaire on a des cousins {} c'est quoi la capitale | de singapour=SG; du brunei=BN; du timor oriental=TL
vietnamiens | alexa con veut savoir la capitale {} pour les devoirs | du cambodge=KH; du bangladesh=BD; du sri lanka=LK
# --- fr-FR: Ukrainian refugees learning French (learners' errors, "dyakuyu", "tak")
ukrainiens | alexa dyakuyu mais capitale {} c'est quoi | de moldavie=MD; de roumanie=RO; de pologne=PL
ukrainiens | alexa je apprends français quelle est la capitale {} | de lituanie=LT; d'estonie=EE; de lettonie=LV
ukrainiens | alexa tak bien alors la capitale de ukraine c'est kiev ou kyiv | UA
ukrainiens | alexa mon fils demande moi capitale {} | de biélorussie=BY; de géorgie pays=GE; d'arménie=AM
ukrainiens | alexa pardon mon français la capitale {} est quelle ville | de slovaquie=SK; de hongrie=HU; de tchéquie=CZ
# --- fr-FR: Chinese students in Paris and Lyon (learners)
chinois | alexa s'il vous plaît la capitale de le {} | kazakhstan=KZ; pakistan=PK; népal=NP
chinois | alexa je suis étudiant chinois c'est quoi la capitale {} en français | de la mongolie=MN; de taïwan=TW; du japon=JP
chinois | alexa bonjour je voudrais savoir capitale {} merci beaucoup | de l'australie=AU; de la nouvelle-zélande=NZ; des fidji=FJ
chinois | alexa pour mon exposé en master la capitale {} c'est bien | de l'éthiopie=ET; de l'érythrée=ER; de la somalie=SO
# --- fr-FR: at work (a vet clinic, a taxi, a fishmonger, a hotel reception, a post office, a ski shop, a farm at milking time, vendanges, a fire station, a library, a museum shop, a ferry crew)
metiers | alexa je suis au cabinet véto entre deux chiens c'est quoi la capitale {} | du venezuela=VE; de la bolivie=BO; de l'argentine=AR
metiers | alexa dans mon taxi un client m'a demandé la capitale {} et j'ai eu l'air bête | de l'inde=IN; de la birmanie=MM; de l'arabie saoudite=SA
metiers | alexa à la poissonnerie on a du thon qui vient {} c'est quoi la capitale | des maldives=MV; du sri lanka=LK; de l'équateur=EC
metiers | alexa à la réception de l'hôtel j'ai une réservation {} c'est quoi leur capitale pour la fiche | koweïtienne=KW; bahreïnienne=BH; omanaise=OM
metiers | alexa au bureau de poste une dame envoie un colis {} c'est quoi la capitale pour l'adresse | aux émirats=AE; au yémen=YE; en irak=IQ
metiers | alexa je trais les vaches et j'ai une question la capitale {} c'est quoi | de l'irlande=IE; de l'islande=IS; de la nouvelle-zélande=NZ
metiers | alexa pendant les vendanges on a des saisonniers {} c'est quoi la capitale de leur pays | bulgares=BG; équatoriens=EC; sénégalais=SN
metiers | alexa à la caserne on fait un quiz entre deux interventions la capitale {} | du rwanda=RW; du burundi=BI; de la zambie=ZM
metiers | alexa à la médiathèque un lecteur cherche la capitale {} et l'atlas a disparu | du malawi=MW; du botswana=BW; du lesotho=LS
metiers | alexa à la boutique du musée on vend des cartes postales {} c'est quoi la capitale | de la jamaïque=JM; des bahamas=BS; de cuba=CU
metiers | alexa je suis matelot sur le ferry pour {} c'est quoi la capitale | la sardaigne enfin l'italie=IT; tanger enfin le maroc=MA; alger=DZ
metiers | alexa on livre du matériel de forage au {} c'est quoi la capitale pour le bon de livraison | gabon=GA; congo-brazzaville=CG; cameroun=CM
metiers | alexa le client de la station de ski il est {} on met quoi comme capitale dans le fichier | saoudien=SA; qatari=QA; émirati=AE
metiers | alexa je suis magasinier on reçoit des palettes {} c'est quoi leur capitale | turques=TR; grecques=GR; chypriotes=CY
metiers | alexa à l'agence de voyages une cliente hésite pour {} c'est quoi la capitale | le vanuatu=VU; les îles cook=CK; les samoa=WS
metiers | alexa à l'agence de traduction on a un contrat {} il me faut la capitale pour l'en-tête | angolais=AO; israélien=IL; mozambicain=MZ
metiers | alexa je suis chauffeur routier j'ai une cargaison qui part pour {} au port c'est quoi la capitale du pays | l'angola=AO; israël=IL; le liban=LB
# --- fr-FR: games (Trivial Pursuit, Pictionary, a Lyon pub quiz, Tusmo, Des chiffres et des lettres, a scout camp, a school trip bus, a geography app duel)
soirees-jeux | alexa au trivial pursuit camembert bleu c'est quoi la capitale {} | du bénin=BJ; du togo=TG; du burkina faso=BF
soirees-jeux | alexa on fait un pictionary des capitales dessine pas mais dis-moi la capitale {} | du ghana=GH; de la sierra leone=SL; du liberia=LR
soirees-jeux | alexa quiz au pub question douze la capitale {} c'est laquelle | du soudan=SD; du soudan du sud=SS; de la centrafrique=CF
soirees-jeux | alexa au camp scout on joue au jeu des capitales la capitale {} | de la guinée=GN; de la guinée-bissau=GW; de la gambie=GM
soirees-jeux | alexa dans le bus de la sortie scolaire on fait un défi c'est quoi la capitale {} | du paraguay=PY; de l'uruguay=UY; du chili=CL
soirees-jeux | alexa je suis en duel sur l'appli de géo ma frangine dit que la capitale {} c'est facile c'est quoi | de kiribati=KI; des tuvalu=TV; de nauru=NR
soirees-jeux | alexa pour la soirée quiz chez julie il me manque la capitale {} | des palaos=PW; de la micronésie=FM; des îles marshall=MH
soirees-jeux | alexa au jeu du petit bac lettre t la capitale {} ça commence par t | de l'iran=IR; de la géorgie le pays=GE; de l'albanie=AL
soirees-jeux | alexa mon équipe a perdu sur la capitale {} c'était quoi la réponse | de sao tomé-et-principe=ST; de la guinée équatoriale=GQ; du cap-vert=CV
soirees-jeux | alexa question joker la capitale {} | de l'eswatini=SZ; du swaziland=SZ; de la namibie=NA
# --- fr-FR: school (brevet revision, a CM2 class, prépa, an Erasmus student, a master's in geopolitics, the bac oral)
ecole | alexa je révise le brevet c'est quoi la capitale {} | de l'algérie=DZ; de la tunisie=TN; de la libye=LY
ecole | alexa la maîtresse de cm deux veut qu'on trouve la capitale {} | de la côte d'ivoire=CI; du sénégal=SN; du mali=ML
ecole | alexa en prépa on a une colle de géo demain c'est quoi la capitale {} | du nigeria=NG; de l'éthiopie=ET; de l'afrique du sud=ZA
ecole | alexa je pars en erasmus {} c'est quoi la capitale du pays | à cracovie=PL; à porto=PT; à gand=BE
ecole | alexa pour mon mémoire de géopolitique la capitale {} aujourd'hui c'est laquelle | du kazakhstan=KZ; de la birmanie=MM; du nigeria=NG
ecole | alexa à l'oral du bac on m'a demandé la capitale {} et j'ai séché c'est quoi | du brésil=BR; de la turquie=TR; de la tanzanie=TZ
ecole | alexa madame dit que la capitale {} a changé c'est quoi maintenant | de l'indonésie=ID; de la côte d'ivoire=CI; du burundi=BI
ecole | alexa pour l'exposé sur l'océanie la capitale {} | des îles salomon=SB; de la papouasie-nouvelle-guinée=PG; des tonga=TO
# --- fr-FR: at home (a grandmother's birthday, twins, a teenager gaming, a couple planning a trip, a blind grandfather, a kid in the bath)
maison | alexa pour l'anniversaire de mamie on fait un quiz c'est quoi la capitale {} | de l'italie=IT; de l'espagne=ES; du portugal=PT
maison | alexa les jumeaux se battent pour savoir la capitale {} départage-les | de la belgique=BE; de la suisse=CH; des pays-bas=NL
maison | alexa je joue en ligne avec un gars {} c'est quoi sa capitale | brésilien=BR; mexicain=MX; argentin=AR
maison | alexa chéri regarde on pourrait partir {} c'est quoi la capitale déjà | en croatie=HR; en slovénie=SI; au monténégro=ME
maison | alexa je suis aveugle et j'ai pas mon atlas en braille c'est quoi la capitale {} | de la suède=SE; de la finlande=FI; de la norvège=NO
maison | alexa le petit est dans le bain et il veut savoir la capitale {} | de l'égypte=EG; de la chine=CN; de l'australie=AU
maison | alexa papi veut savoir la capitale {} du temps où il était au service | de l'allemagne=DE; de l'algérie=DZ; de djibouti=DJ
maison | alexa on regarde la coupe du monde c'est quoi la capitale {} | de la croatie=HR; du maroc=MA; de l'uruguay=UY
maison | alexa ma fille fait sa valise pour {} c'est quoi la capitale | l'islande=IS; le canada=CA; le japon=JP
# --- fr-CA: Gaspésiens (lobster fishing, the Rocher Percé, the fish plant, "barda", "mouiller" for rain, "pis")
gaspesie | alexa à la pêche au homard y a un gars {} sur le bateau c'est quoi sa capitale | de terre-neuve=CA-NL; de l'île-du-prince-édouard=CA-PE; de la nouvelle-écosse=CA-NS | fr-CA
gaspesie | alexa y mouille à boire debout pis on se demande la capitale {} | de l'islande=IS; de la norvège=NO; du groenland=GL | fr-CA
gaspesie | alexa au rocher percé des touristes {} m'ont demandé la capitale de chez eux | belges=BE; suisses=CH; allemands=DE | fr-CA
gaspesie | alexa à l'usine de poisson on a des travailleurs {} c'est quoi leur capitale | mexicains=MX; guatémaltèques=GT; philippins=PH | fr-CA
gaspesie | alexa c'est quoi le barda pour aller aux îles de la madeleine pis c'est quoi la capitale du québec | CA-QC | fr-CA
gaspesie | alexa mon oncle a pêché au large {} dans son jeune temps c'est quoi la capitale | des îles féroé=FO; du groenland=GL; de l'islande=IS | fr-CA
gaspesie | alexa la capitale {} c'est-tu loin d'ici | du nouveau-brunswick=CA-NB; de l'ontario=CA-ON; du manitoba=CA-MB | fr-CA
# --- fr-CA: Saguenay–Lac-Saint-Jean (bleuets, the aluminerie, the Véloroute, "chu", "toé", "tabarnouche")
saguenay | alexa tabarnouche c'est quoi la capitale {} | de l'alberta=CA-AB; de la saskatchewan=CA-SK; de la colombie-britannique=CA-BC | fr-CA
saguenay | alexa chu à l'aluminerie pis mon chum de shift veut savoir la capitale {} | de l'islande=IS; de la norvège=NO; du bahreïn=BH | fr-CA
saguenay | alexa on cueille des bleuets avec des gars {} c'est quoi leur capitale | du guatemala=GT; du honduras=HN; du salvador=SV | fr-CA
saguenay | alexa toé tu dois le savoir c'est quoi la capitale {} | du yukon=CA-YT; des territoires du nord-ouest=CA-NT; du nunavut=CA-NU | fr-CA
saguenay | alexa à la traversée du lac y avait un nageur {} c'est quoi sa capitale | égyptien=EG; argentin=AR; australien=AU | fr-CA
saguenay | alexa la blonde de mon frère est partie vivre {} c'est quoi la capitale de là | en floride=US-FL; en arizona=US-AZ; en caroline du sud=US-SC | fr-CA
# --- fr-CA: Abitibiens (the gold mines, Val-d'Or, Rouyn-Noranda, the camp, "la shop", "y fait frette en titi")
abitibi | alexa à la mine de val-d'or le foreman est {} c'est quoi sa capitale | australien=AU; sud-africain=ZA; péruvien=PE | fr-CA
abitibi | alexa y fait frette en titi dis-moi la capitale {} pour me réchauffer | du brésil=BR; de la colombie=CO; du venezuela=VE | fr-CA
abitibi | alexa à la shop on achète de l'équipement {} c'est quoi la capitale de ce pays-là | suédois=SE; finlandais=FI; chinois=CN | fr-CA
abitibi | alexa mon gars part travailler dans une mine au {} c'est quoi la capitale | burkina=BF; ghana=GH; mali=ML | fr-CA
abitibi | alexa au festival du cinéma de rouyn y a un film {} c'est quoi la capitale | kazakh=KZ; iranien=IR; mongol=MN | fr-CA
abitibi | alexa la capitale {} c'est-tu la même affaire que la plus grosse ville | de l'ontario=CA-ON; du nevada=US-NV; de l'illinois=US-IL | fr-CA
# --- fr-CA: Acadians of New Brunswick (chiac: "right", "for sure", "asteure", "yinque", "pis")
acadiens | alexa asteure dis-moi la capitale {} right | du nouveau-brunswick=CA-NB; de la nouvelle-écosse=CA-NS; du maine=US-ME | fr-CA
acadiens | alexa j'ai yinque une question c'est quoi la capitale {} | de la louisiane=US-LA; du massachusetts=US-MA; du vermont=US-VT | fr-CA
acadiens | alexa for sure que tu sais la capitale {} | de l'île-du-prince-édouard=CA-PE; de terre-neuve-et-labrador=CA-NL; du québec=CA-QC | fr-CA
acadiens | alexa à caraquet pour le tintamarre on a de la visite {} c'est quoi la capitale | de france=FR; de belgique=BE; de louisiane=US-LA | fr-CA
acadiens | alexa mon grand-père était au large avec des pêcheurs {} c'est quoi leur capitale right | portugais=PT; espagnols=ES; basques enfin espagnols=ES | fr-CA
acadiens | alexa la capitale {} c'est quoi j'suis toute mêlé | du new hampshire=US-NH; du connecticut=US-CT; du rhode island=US-RI | fr-CA
# --- fr-CA: Beaucerons (the cabane à sucre, the Chaudière, the family business, "mon homme", "mautadit")
beauce | alexa à la cabane à sucre on a des visiteurs {} c'est quoi leur capitale | japonais=JP; coréens=KR; français=FR | fr-CA
beauce | alexa mautadit c'est quoi la capitale {} | du kentucky=US-KY; du tennessee=US-TN; de la virginie-occidentale=US-WV | fr-CA
beauce | alexa mon homme exporte des portes {} c'est quoi la capitale pour la facture | au new jersey=US-NJ; en pennsylvanie=US-PA; au delaware=US-DE | fr-CA
beauce | alexa la chaudière a débordé encore pis moi je veux juste savoir la capitale {} | du missouri=US-MO; de l'iowa=US-IA; du nebraska=US-NE | fr-CA
beauce | alexa le voisin est parti en camion {} c'est quoi la capitale | au texas=US-TX; en oklahoma=US-OK; au kansas=US-KS | fr-CA
# --- fr-CA: Franco-Ontarians of Sudbury and Ottawa (bilingual lines, the Franco-Ontarian flag, "toute", "c'est right là")
franco-ontariens | alexa à sudbury on dit que la capitale {} c'est pas toronto c'est quoi d'abord | du canada=CA; de l'ontario=CA-ON; du manitoba=CA-MB | fr-CA
franco-ontariens | alexa my kid asks me c'est quoi la capitale {} | du michigan=US-MI; de l'ohio=US-OH; de l'indiana=US-IN | fr-CA
franco-ontariens | alexa pour la journée des franco-ontariens on fait un quiz la capitale {} | de l'ontario=CA-ON; du nunavut=CA-NU; du yukon=CA-YT | fr-CA
franco-ontariens | alexa mon boss est {} pis je veux savoir sa capitale pour faire la jasette | irlandais=IE; écossais=GB-SCT; gallois=GB-WLS | fr-CA
franco-ontariens | alexa hearst c'est dans quelle province pis c'est quoi la capitale de cette province-là | CA-ON | fr-CA
# --- fr-CA: Outaouais civil servants of Gatineau crossing the bridge to Ottawa
outaouais | alexa chu pogné sur le pont du portage c'est quoi la capitale {} | de la belgique=BE; de l'autriche=AT; de la pologne=PL | fr-CA
outaouais | alexa au ministère j'ai une délégation {} c'est quoi leur capitale pour le carton de nom | tunisienne=TN; jordanienne=JO; malaisienne=MY | fr-CA
outaouais | alexa au bureau des passeports un monsieur né {} veut savoir la capitale c'est quoi | en érythrée=ER; au soudan=SD; en somalie=SO | fr-CA
outaouais | alexa pour la traduction du rapport c'est quoi la capitale {} en français | du sri lanka=LK; de la malaisie=MY; des pays-bas=NL | fr-CA
outaouais | alexa pendant la réunion teams on parle d'une ambassade {} c'est quoi la capitale | au laos=LA; au népal=NP; au bhoutan=BT | fr-CA
outaouais | alexa euh la capitale {} c'est quoi déjà on reçoit l'ambassadeur demain | d'israël=IL; de l'angola=AO; de la palestine euh non d'israël=IL | fr-CA
# --- fr-CA: Latin American Montrealers (Colombians, Mexicans, Chileans: "oye", "bueno", "cómo se dice")
latinos-mtl | alexa oye c'est quoi la capitale {} | du honduras=HN; du nicaragua=NI; du panama=PA | fr-CA
latinos-mtl | alexa bueno alors la capitale {} c'est laquelle | de la bolivie=BO; du pérou=PE; de l'équateur=EC | fr-CA
latinos-mtl | alexa cómo se dice la capitale {} en français | du mexique=MX; de la colombie=CO; du venezuela=VE | fr-CA
latinos-mtl | alexa mon fils est né ici pis il sait pas la capitale {} c'est quoi | du chili=CL; de l'argentine=AR; de cuba=CU | fr-CA
latinos-mtl | alexa ma mère vient de {} elle veut savoir la capitale de l'état | jalisco=MX-JAL; oaxaca=MX-OAX; nuevo león=MX-NLE | fr-CA
latinos-mtl | alexa mi abuela est de l'état {} c'est quoi la capitale | de puebla=MX-PUE; du chiapas=MX-CHP; du yucatán=MX-YUC | fr-CA
# --- fr-CA: francisation classes (adult learners, their teacher)
francisation | alexa je suis en francisation quelle est le capitale {} | de la syrie=SY; de l'afghanistan=AF; de l'iran=IR | fr-CA
francisation | alexa la professeure de francisation demande la capitale {} | de l'algérie=DZ; du cameroun=CM; de la mauritanie=MR | fr-CA
francisation | alexa excusez-moi mon français pas bon capitale {} c'est quoi | du népal=NP; du pakistan=PK; du bangladesh=BD | fr-CA
francisation | alexa on fait une présentation de notre pays la capitale {} s'il vous plaît | de l'ukraine=UA; de la moldavie=MD; de la russie=RU | fr-CA
francisation | alexa nous apprenons les pays mon pays c'est {} quelle est la capitale | l'érythrée=ER; l'éthiopie=ET; le rwanda=RW | fr-CA
# --- fr-CA: at work (a school bus driver, a quincaillerie, a SÉPAQ campground, a dairy farm, a sugar shack kitchen, a pharmacy)
metiers-qc | alexa je chauffe l'autobus scolaire pis les jeunes me demandent la capitale {} | de la californie=US-CA; de l'oregon=US-OR; de l'état de washington=US-WA | fr-CA
metiers-qc | alexa à la quincaillerie un client {} me demande la capitale de sa province | manitobain=CA-MB; albertain=CA-AB; saskatchewanais=CA-SK | fr-CA
metiers-qc | alexa au camping de la sépaq y a une famille {} c'est quoi leur capitale | néerlandaise=NL; danoise=DK; tchèque=CZ | fr-CA
metiers-qc | alexa à la ferme laitière on a un stagiaire {} c'est quoi sa capitale | français de bretagne=FR; suisse=CH; marocain=MA | fr-CA
metiers-qc | alexa à la pharmacie une cliente revient {} c'est quoi la capitale là-bas | de cuba=CU; du costa rica=CR; de la république dominicaine=DO | fr-CA
metiers-qc | alexa je déneige des toits pis j'écoute la radio y ont dit la capitale {} c'est quoi | du colorado=US-CO; de l'utah=US-UT; du wyoming=US-WY | fr-CA
# --- fr-CA: quiz nights (Génies en herbe, a microbrasserie trivia, a chalet game, a Saint-Jean-Baptiste party)
quiz-qc | alexa pour génies en herbe on pratique la capitale {} | de l'idaho=US-ID; du montana=US-MT; du dakota du nord=US-ND | fr-CA
quiz-qc | alexa à la micro ce soir y ont demandé la capitale {} pis personne savait | du dakota du sud=US-SD; du minnesota=US-MN; du wisconsin=US-WI | fr-CA
quiz-qc | alexa au chalet on joue aux capitales tranche la capitale {} | de l'alaska=US-AK; d'hawaï=US-HI; du nouveau-mexique=US-NM | fr-CA
quiz-qc | alexa à la saint-jean on fait un quiz la capitale {} | du québec=CA-QC; de la france=FR; de la belgique=BE | fr-CA
quiz-qc | alexa c'est mon tour au quiz la capitale {} vite | de la caroline du nord=US-NC; de la géorgie l'état=US-GA; de l'alabama=US-AL | fr-CA
quiz-qc | alexa dernière question du quiz de la polyvalente la capitale {} | du mississippi=US-MS; de l'arkansas=US-AR; du maryland=US-MD | fr-CA
# --- fr-CA: families (a babysitter, grand-maman on FaceTime, a twins' birthday, a road trip to the States, a teen's univers social homework)
familles-qc | alexa la gardienne pis les enfants veulent savoir la capitale {} | de la virginie=US-VA; de la pennsylvanie=US-PA; de l'état de new york=US-NY | fr-CA
familles-qc | alexa grand-maman est sur facetime pis elle demande la capitale {} | de la floride=US-FL; de la louisiane=US-LA; du texas=US-TX | fr-CA
familles-qc | alexa on part en road trip {} c'est quoi la capitale de l'état | au maine=US-ME; au vermont=US-VT; au new hampshire=US-NH | fr-CA
familles-qc | alexa en univers social au secondaire deux ma fille doit savoir la capitale {} | de l'inde=IN; de la chine=CN; du japon=JP | fr-CA
familles-qc | alexa à la fête des jumeaux on fait deviner la capitale {} | de l'australie=AU; de la nouvelle-zélande=NZ; de l'indonésie=ID | fr-CA
familles-qc | alexa mon plus vieux fait un échange étudiant {} c'est quoi la capitale | en allemagne=DE; en autriche=AT; au danemark=DK | fr-CA
# --- subdivisions and territories (fr-FR and fr-CA)
subdivision | alexa mon collègue de bangalore dit que la capitale {} c'est pas mumbai c'est quoi | du karnataka=IN-KA; du kerala=IN-KL; du tamil nadu=IN-TN
subdivision | alexa pour mon voyage en inde c'est quoi la capitale {} | du rajasthan=IN-RJ; du gujarat=IN-GJ; du maharashtra=IN-MH
subdivision | alexa je fais du yoga avec une prof qui vient {} c'est quoi la capitale de cet état | du kerala enfin de trivandrum=IN-KL; de l'himachal pradesh=IN-HP; du sikkim=IN-SK
subdivision | alexa dans le nord-est de l'inde la capitale {} c'est laquelle | de l'assam=IN-AS; du meghalaya=IN-ML; du manipur=IN-MN
subdivision | alexa un documentaire sur l'inde parlait {} c'est quoi la capitale | du nagaland=IN-NL; du mizoram=IN-MZ; du tripura=IN-TR
subdivision | alexa la capitale {} en inde c'est quoi | du bihar=IN-BR; du jharkhand=IN-JH; de l'odisha=IN-OD
subdivision | alexa ma voisine tamoule me parle de pondichéry c'est quoi la capitale du territoire | IN-PY
subdivision | alexa la capitale {} c'est pas hyderabad quand même | de l'andhra pradesh=IN-AP; du télangana=IN-TS; du chhattisgarh=IN-CG
subdivision | alexa c'est quoi la capitale {} en inde s'il te plaît | du madhya pradesh=IN-MP; de l'arunachal pradesh=IN-AR; du ladakh=IN-LA
subdivision | alexa on a vu un reportage sur les îles andaman-et-nicobar c'est quoi leur capitale | IN-AN
subdivision | alexa dans la série indienne ils parlent du pendjab c'est quoi la capitale du pendjab indien | IN-PB
subdivision | alexa la capitale du lakshadweep c'est quoi | IN-LD | fr-CA
subdivision | alexa au brésil c'est quoi la capitale {} | de bahia=BR-BA; du pernambouc=BR-PE; du ceará=BR-CE
subdivision | alexa mon correspondant brésilien habite {} c'est quoi la capitale de son état | au minas gerais=BR-MG; au paraná=BR-PR; à santa catarina=BR-SC
subdivision | alexa pour le carnaval je me demande la capitale {} au brésil | du rio grande do sul=BR-RS; du rio grande do norte=BR-RN; de la paraíba=BR-PB
subdivision | alexa la capitale {} en amazonie brésilienne c'est laquelle | de l'amazonas=BR-AM; du pará=BR-PA; du roraima=BR-RR
subdivision | alexa c'est quoi la capitale {} au brésil | de l'état de são paulo=BR-SP; de goiás=BR-GO; du mato grosso=BR-MT
subdivision | alexa la capitale {} c'est quoi on regarde un match du brésilien | du mato grosso do sul=BR-MS; de l'espírito santo=BR-ES; du maranhão=BR-MA | fr-CA
subdivision | alexa c'est quoi la capitale {} dans le nord du brésil | de l'amapá=BR-AP; du tocantins=BR-TO; de rondônia=BR-RO | fr-CA
subdivision | alexa la capitale {} au brésil tu sais-tu | de l'acre=BR-AC; de l'alagoas=BR-AL; du sergipe=BR-SE | fr-CA
subdivision | alexa et le piauí au brésil sa capitale c'est quoi | BR-PI
subdivision | alexa au mexique la capitale {} c'est quoi | du sonora=MX-SON; du sinaloa=MX-SIN; de chihuahua=MX-CHH
subdivision | alexa on part à cancún c'est dans le quintana roo c'est quoi la capitale de l'état | MX-ROO
subdivision | alexa mon chum mexicain vient {} c'est quoi la capitale de l'état | du guerrero=MX-GRO; du michoacán=MX-MIC; du veracruz=MX-VER | fr-CA
subdivision | alexa la capitale {} au mexique c'est la même ville que l'état | de zacatecas=MX-ZAC; d'aguascalientes=MX-AGU; de campeche=MX-CAM
subdivision | alexa au mexique c'est quoi la capitale {} | de la basse-californie=MX-BCN; de la basse-californie du sud=MX-BCS; du coahuila=MX-COA | fr-CA
subdivision | alexa pour les vacances au mexique la capitale {} | du tabasco=MX-TAB; du tamaulipas=MX-TAM; du durango=MX-DUR
subdivision | alexa la capitale {} au mexique c'est laquelle | de l'hidalgo=MX-HID; du morelos=MX-MOR; du nayarit=MX-NAY | fr-CA
subdivision | alexa c'est quoi la capitale {} au mexique | de colima=MX-COL; de tlaxcala=MX-TLA; de querétaro=MX-QUE
subdivision | alexa et dans l'état {} au mexique la capitale | de guanajuato=MX-GUA; de san luis potosí=MX-SLP; de l'état de mexico=MX-MEX
subdivision | alexa en allemagne la capitale {} c'est quoi | de la bavière=DE-BY; de la saxe=DE-SN; de la thuringe=DE-TH
subdivision | alexa notre ville est jumelée avec une ville {} c'est quoi la capitale du land | de basse-saxe=DE-NI; de hesse=DE-HE; de rhénanie-du-nord-westphalie=DE-NW
subdivision | alexa la capitale {} en allemagne c'est laquelle | du brandebourg=DE-BB; de saxe-anhalt=DE-ST; du schleswig-holstein=DE-SH
subdivision | alexa la capitale du mecklembourg-poméranie-occidentale c'est quoi | DE-MV
subdivision | alexa en australie c'est quoi la capitale {} | du queensland=AU-QLD; de la nouvelle-galles du sud=AU-NSW; de la tasmanie=AU-TAS | fr-CA
subdivision | alexa mon frère fait un pvt {} c'est quoi la capitale de l'état | en australie-occidentale=AU-WA; en australie-méridionale=AU-SA; dans le territoire du nord=AU-NT
subdivision | alexa la capitale du territoire de la capitale australienne c'est quoi | AU-ACT
subdivision | alexa l'état de victoria en australie a quelle capitale | AU-VIC | fr-CA
subdivision | alexa on regarde le football américain c'est quoi la capitale {} | de la caroline du nord=US-NC; de l'oklahoma=US-OK; de l'ohio=US-OH
subdivision | alexa dans la série américaine ils parlent de la capitale {} c'est quoi | du massachusetts=US-MA; du maryland=US-MD; du michigan=US-MI
subdivision | alexa la capitale {} c'est pas la grande ville c'est laquelle | de la californie=US-CA; du texas=US-TX; de la floride=US-FL
subdivision | alexa on visite les parcs {} c'est quoi la capitale de l'état | de l'utah=US-UT; de l'arizona=US-AZ; du wyoming=US-WY
subdivision | alexa pour mon road trip dans l'ouest la capitale {} c'est quelle ville | du nevada=US-NV; de l'oregon=US-OR; du montana=US-MT
subdivision | alexa à la frontière de l'ontario y a le minnesota c'est quoi la capitale | US-MN | fr-CA
subdivision | alexa la capitale {} aux états c'est quoi | du delaware=US-DE; de la virginie=US-VA; du tennessee=US-TN | fr-CA
subdivision | alexa dans le vieux sud la capitale {} c'est laquelle | du mississippi=US-MS; de l'alabama=US-AL; de l'arkansas=US-AR
subdivision | alexa ma correspondante vit {} c'est quoi la capitale | dans l'iowa=US-IA; dans le kansas=US-KS; dans le nebraska=US-NE
subdivision | alexa mon beau-frère camionneur passe par l'état {} c'est quoi la capitale | de l'indiana=US-IN; de l'illinois=US-IL; du wisconsin=US-WI | fr-CA
subdivision | alexa je pars travailler en alberta c'est quoi la capitale | CA-AB
subdivision | alexa la capitale de la colombie-britannique c'est vancouver ou non | CA-BC | fr-CA
subdivision | alexa au royaume-uni la capitale {} c'est quoi | de l'écosse=GB-SCT; du pays de galles=GB-WLS; de l'angleterre=GB-ENG
subdivision | alexa pour le tournoi des six nations c'est quoi la capitale {} | de l'irlande du nord=GB-NIR; du pays de galles=GB-WLS; de l'écosse=GB-SCT
subdivision | alexa ma grand-mère est née aux antilles c'est quoi la capitale {} | de la guadeloupe=GP; de la martinique=MQ; de la guyane française=GF
subdivision | alexa on a une cousine {} c'est quoi la capitale de chez elle | en nouvelle-calédonie=NC; en polynésie française=PF; à saint-pierre-et-miquelon=PM | fr-CA
subdivision | alexa un pote travaille {} c'est quoi la capitale là-bas | à mayotte=YT; à la réunion=RE; à saint-barthélemy=BL
subdivision | alexa dans le documentaire sur le grand nord la capitale {} c'était laquelle | du groenland=GL; des îles féroé=FO; des îles åland=AX
subdivision | alexa on part en croisière aux {} c'est quoi la capitale | bermudes=BM; îles caïmans=KY; îles turques-et-caïques=TC
subdivision | alexa la capitale {} dans les caraïbes | d'aruba=AW; de curaçao=CW; de sint-maarten=SX
subdivision | alexa pour la croisière aux petites antilles la capitale {} | d'anguilla=AI; des îles vierges britanniques=VG; des îles vierges américaines=VI
subdivision | alexa mon neveu est dans la marine américaine il est stationné {} c'est quoi la capitale | à porto rico=PR; à guam=GU; aux samoa américaines=AS
subdivision | alexa la capitale {} dans le pacifique | des îles mariannes du nord=MP; de niue=NU; des tokelau=TK | fr-CA
subdivision | alexa les îles australiennes perdues dans l'océan la capitale {} c'est quoi | de l'île norfolk=NF; de l'île christmas=CX; des îles cocos=CC
subdivision | alexa la capitale {} dans l'atlantique sud | des malouines=FK; de sainte-hélène=SH; des îles pitcairn=PN
subdivision | alexa pour les timbres de ma collection c'est quoi la capitale {} | de gibraltar=GI; de l'île de man=IM; du svalbard=SJ | fr-CA
subdivision | alexa la capitale du sahara occidental c'est quoi | EH
subdivision | alexa la capitale des pays-bas caribéens c'est quoi bonaire je crois | BQ
subdivision | alexa c'est quoi la capitale de la terre de feu enfin non des îles caïmans | KY | fr-CA
subdivision | alexa au canada c'est quoi la capitale {} | de la nouvelle-écosse=CA-NS; du nouveau-brunswick=CA-NB; de terre-neuve=CA-NL | fr-CA
subdivision | alexa la capitale {} c'est quoi on a de la famille là | de la saskatchewan=CA-SK; du manitoba=CA-MB; de l'alberta=CA-AB | fr-CA
subdivision | alexa la capitale {} aux états-unis | du new jersey=US-NJ; du connecticut=US-CT; de la caroline du sud=US-SC
subdivision | alexa la capitale {} c'est laquelle aux états | du kentucky=US-KY; de la virginie-occidentale=US-WV; du missouri=US-MO
subdivision | alexa pour le ski dans les rocheuses américaines la capitale {} c'est quoi | du colorado=US-CO; du dakota du sud=US-SD; de l'idaho=US-ID
subdivision | alexa ma fille étudie {} c'est quoi la capitale de l'état | au nouveau-mexique=US-NM; dans l'état de washington=US-WA; à hawaï=US-HI | fr-CA
subdivision | alexa et la capitale {} | du vermont=US-VT; du rhode island=US-RI; du new hampshire=US-NH
subdivision | alexa mon père a travaillé {} dans les années soixante-dix c'est quoi la capitale | en alaska=US-AK; en louisiane=US-LA; en pennsylvanie=US-PA | fr-CA
subdivision | alexa mon fils part faire un stage dans une entreprise {} c'est quoi la capitale de l'état indien | à goa=IN-GA; dans l'haryana=IN-HR; en uttar pradesh=IN-UP
subdivision | alexa le film se passe à calcutta dans le bengale-occidental c'est quoi la capitale de cet état | IN-WB
subdivision | alexa le territoire de delhi c'est quoi sa capitale à lui | IN-DL | fr-CA
subdivision | alexa chandigarh c'est un territoire tout seul pis sa capitale c'est quoi | IN-CH | fr-CA
subdivision | alexa j'ai un client de daman en inde le territoire dadra-et-nagar-haveli-et-daman-et-diu il a quelle capitale | IN-DH
subdivision | alexa on a fait un échange avec une école {} c'est quoi la capitale du land | de hambourg=DE-HH; de brême=DE-HB; de saxe=DE-SN
subdivision | alexa pour mon erasmus à kiel c'est quoi la capitale du schleswig-holstein déjà | DE-SH | fr-CA
subdivision | alexa berlin c'est un land aussi c'est quoi sa capitale alors | DE-BE
subdivision | alexa au brésil l'état de rio de janeiro a quelle capitale | BR-RJ | fr-CA
subdivision | alexa la capitale du district fédéral au brésil c'est quoi | BR-DF
subdivision | alexa mon beau-père hollandais a une maison {} c'est quoi la capitale de l'île | à aruba=AW; à curaçao=CW; à sint-maarten côté hollandais=SX
subdivision | alexa le territoire britannique de l'océan indien il a une capitale c'est laquelle | IO | fr-CA
# --- follow-up (after a first answer)
follow-up | alexa et celle {} alors | de la croatie=HR; de la serbie=RS; de la bosnie-herzégovine=BA
follow-up | alexa ok et pour {} maintenant | le kenya=KE; la somalie=SO; l'ouganda=UG
follow-up | alexa d'accord et {} ça donne quoi | le soudan du sud=SS; l'éthiopie=ET; le tchad=TD
follow-up | alexa merci et pour {} c'est laquelle | le qatar=QA; le koweït=KW; oman=OM
follow-up | alexa super et celle {} tant qu'on y est | du niger=NE; du nigeria=NG; du bénin=BJ
follow-up | alexa pis {} d'abord | le panama=PA; le costa rica=CR; le nicaragua=NI | fr-CA
follow-up | alexa ok pis celle {} | du honduras=HN; du guatemala=GT; du belize=BZ | fr-CA
follow-up | alexa parfait et l'autre là {} | la corée du nord=KP; la mongolie=MN; le japon=JP
follow-up | alexa et juste à côté {} c'est quoi | le lesotho=LS; l'eswatini=SZ; le botswana=BW
follow-up | alexa ah ouais et {} | le rwanda=RW; le burundi=BI; la tanzanie=TZ
follow-up | alexa pis pour {} c'est-tu pareil | le nouveau-brunswick=CA-NB; l'île-du-prince-édouard=CA-PE; la nouvelle-écosse=CA-NS | fr-CA
follow-up | alexa et celle {} aussi tant que tu y es | de l'afghanistan=AF; du turkménistan=TM; de l'ouzbékistan=UZ
follow-up | alexa ah bon et {} alors | la libye=LY; l'égypte=EG; le soudan=SD
follow-up | alexa bon et {} pour finir | la grèce=GR; la macédoine du nord=MK; l'albanie=AL
follow-up | alexa pis le voisin {} | le yukon=CA-YT; l'alaska=US-AK; les territoires du nord-ouest=CA-NT | fr-CA
follow-up | alexa encore une {} | le gabon=GA; la guinée équatoriale=GQ; le cameroun=CM
follow-up | alexa et la suivante sur ma liste {} | le zimbabwe=ZW; la zambie=ZM; le malawi=MW
follow-up | alexa pis {} c'est quoi coudonc | le maroc=MA; l'algérie=DZ; la tunisie=TN | fr-CA
follow-up | alexa ok ok et {} | le liechtenstein=LI; saint-marin=SM; le vatican=VA
# --- plural-capitals (several-capital countries and places)
plural-capitals | alexa quelles sont les capitales {} | de la bolivie=BO; du bénin=BJ; de l'afrique du sud=ZA
plural-capitals | alexa c'est vrai que {} a plusieurs capitales lesquelles | le sri lanka=LK; la malaisie=MY; l'eswatini=SZ
plural-capitals | alexa donne-moi toutes les capitales {} | de la côte d'ivoire=CI; des pays-bas=NL; de la palestine=PS
plural-capitals | alexa la prof dit que l'afrique du sud a trois capitales c'est lesquelles | ZA
plural-capitals | alexa il paraît que la bolivie a deux capitales tu peux me les dire | BO | fr-CA
plural-capitals | alexa les deux capitales du bénin c'est quoi | BJ | fr-CA
plural-capitals | alexa la malaisie ça a-tu deux capitales lesquelles | MY | fr-CA
plural-capitals | alexa amsterdam et la haye c'est les deux capitales des pays-bas c'est ça lesquelles exactement | NL
plural-capitals | alexa la côte d'ivoire elle a combien de capitales et c'est quoi | CI
plural-capitals | alexa les capitales du sri lanka je les mélange toujours c'est quoi | LK | fr-CA
plural-capitals | alexa l'eswatini a une capitale royale et une administrative c'est lesquelles | SZ
plural-capitals | alexa les capitales de la palestine c'est lesquelles | PS | fr-CA
plural-capitals | alexa le jammu-et-cachemire a deux capitales une l'été une l'hiver lesquelles | IN-JK
plural-capitals | alexa les capitales de l'uttarakhand c'est quoi | IN-UK
plural-capitals | alexa montserrat a deux capitales à cause du volcan c'est lesquelles | MS | fr-CA
plural-capitals | alexa dis-moi les capitales de l'afrique du sud toutes les trois | ZA | fr-CA
plural-capitals | alexa les capitales des pays-bas c'est lesquelles pour mon cahier | NL | fr-CA
plural-capitals | alexa pourquoi la bolivie a deux capitales c'est lesquelles | BO
plural-capitals | alexa les capitales officielles de la côte d'ivoire | CI | fr-CA
plural-capitals | alexa est-ce que le sri lanka a vraiment deux capitales et c'est quoi | LK
plural-capitals | alexa l'eswatini ses capitales c'est quoi déjà | SZ | fr-CA
plural-capitals | alexa la malaisie et ses deux capitales c'est lesquelles | MY
plural-capitals | alexa le bénin a deux capitales porto-novo et l'autre c'est laquelle | BJ
plural-capitals | alexa la palestine a plusieurs capitales c'est lesquelles exactement | PS
# --- yes-no-check (a wrong or right city named)
yes-no-check | alexa est-ce que sydney c'est la capitale de l'australie | AU
yes-no-check | alexa rio c'est bien la capitale du brésil hein | BR
yes-no-check | alexa istanbul c'est la capitale de la turquie ou pas | TR
yes-no-check | alexa toronto c'est-tu la capitale du canada | CA | fr-CA
yes-no-check | alexa vancouver c'est la capitale de la colombie-britannique non | CA-BC | fr-CA
yes-no-check | alexa est-ce que genève est la capitale de la suisse | CH
yes-no-check | alexa casablanca c'est la capitale du maroc je crois | MA
yes-no-check | alexa lagos c'est encore la capitale du nigeria ou ça a changé | NG
yes-no-check | alexa almaty c'est la capitale du kazakhstan | KZ
yes-no-check | alexa dis-moi si auckland est la capitale de la nouvelle-zélande | NZ
yes-no-check | alexa zurich c'est la capitale de la suisse mon patron dit ça | CH | fr-CA
yes-no-check | alexa calgary c'est-tu la capitale de l'alberta | CA-AB | fr-CA
yes-no-check | alexa miami c'est la capitale de la floride ou je me trompe | US-FL
yes-no-check | alexa los angeles c'est la capitale de la californie pas vrai | US-CA | fr-CA
yes-no-check | alexa montréal c'est la capitale du québec non | CA-QC | fr-CA
yes-no-check | alexa est-ce que karachi est toujours la capitale du pakistan | PK
yes-no-check | alexa dar es salam c'est la capitale de la tanzanie | TZ
yes-no-check | alexa abidjan c'est la seule capitale de la côte d'ivoire | CI
yes-no-check | alexa new york c'est la capitale des états-unis ma nièce dit oui | US
yes-no-check | alexa saint-pétersbourg c'était la capitale de la russie et aujourd'hui c'est encore ça | RU
yes-no-check | alexa bombay c'est la capitale de l'inde ou pas | IN | fr-CA
yes-no-check | alexa est-ce que marrakech est la capitale du maroc | MA | fr-CA
yes-no-check | alexa c'est bien berne la capitale de la suisse | CH
yes-no-check | alexa munich c'est la capitale de la bavière | DE-BY
yes-no-check | alexa halifax c'est la capitale de la nouvelle-écosse right | CA-NS | fr-CA
yes-no-check | alexa glasgow c'est la capitale de l'écosse | GB-SCT
yes-no-check | alexa est-ce que belize city est la capitale du belize | BZ
yes-no-check | alexa cotonou c'est la capitale du bénin ou c'est porto-novo | BJ
# --- self-correction
self-correction | alexa la capitale de la slovaquie non de la slovénie | SI
self-correction | alexa c'est quoi la capitale de l'autriche euh non de l'australie | AU
self-correction | alexa la capitale de l'islande pardon de l'irlande | IE
self-correction | alexa la capitale de la suède attends non la suisse | CH
self-correction | alexa la capitale du niger enfin du nigeria je veux dire | NG
self-correction | alexa la capitale de l'iran oups de l'irak | IQ
self-correction | alexa la capitale de la gambie non de la zambie | ZM | fr-CA
self-correction | alexa la capitale de la colombie euh de la colombie-britannique | CA-BC | fr-CA
self-correction | alexa la capitale du mali non de malte | MT
self-correction | alexa la capitale de la guinée non de la guyane | GY
self-correction | alexa la capitale de la mauritanie pardon de maurice | MU
self-correction | alexa la capitale de la dominique je veux dire de la république dominicaine | DO | fr-CA
self-correction | alexa la capitale de l'ontario euh non de l'alberta | CA-AB | fr-CA
self-correction | alexa la capitale du kansas attends de l'arkansas | US-AR | fr-CA
self-correction | alexa la capitale de l'estonie non non de la lettonie | LV
self-correction | alexa la capitale de la libye non du liban | LB
self-correction | alexa la capitale du paraguay euh de l'uruguay | UY
self-correction | alexa la capitale de la tanzanie oh pardon de la tunisie | TN
self-correction | alexa la capitale du congo-kinshasa euh non brazzaville enfin le congo-brazzaville | CG
self-correction | alexa la capitale de la corée du sud ah non du nord | KP | fr-CA
self-correction | alexa la capitale de la roumanie non de la bulgarie | BG
self-correction | alexa la capitale du soudan je voulais dire du soudan du sud | SS
self-correction | alexa la capitale de la virginie euh la virginie-occidentale | US-WV | fr-CA
# --- reverse-question (which place has this capital)
reverse-question | alexa ouagadougou c'est la capitale de quel pays | CITY:Ouagadougou
reverse-question | alexa oulan-bator c'est la capitale de quoi | CITY:Oulan-Bator
reverse-question | alexa de quel pays canberra est la capitale | CITY:Canberra
reverse-question | alexa bichkek c'est où c'est la capitale de quel pays | CITY:Bichkek
reverse-question | alexa iqaluit c'est la capitale de quoi au juste | CITY:Iqaluit | fr-CA
reverse-question | alexa yellowknife c'est la capitale de quelle place | CITY:Yellowknife | fr-CA
reverse-question | alexa de quoi regina est la capitale | CITY:Regina | fr-CA
reverse-question | alexa tegucigalpa c'est la capitale de quel pays | CITY:Tegucigalpa
reverse-question | alexa nouakchott c'est la capitale de quoi | CITY:Nouakchott
reverse-question | alexa windhoek c'est quel pays | CITY:Windhoek
reverse-question | alexa paramaribo c'est la capitale de quel pays d'amérique du sud | CITY:Paramaribo
reverse-question | alexa à quel pays appartient la capitale vientiane | CITY:Vientiane
reverse-question | alexa fredericton c'est la capitale de quelle province | CITY:Fredericton | fr-CA
reverse-question | alexa sacramento c'est la capitale de quel état | CITY:Sacramento | fr-CA
reverse-question | alexa de quel état tallahassee est la capitale | CITY:Tallahassee
reverse-question | alexa port-louis c'est la capitale de quoi | CITY:Port-Louis
reverse-question | alexa la capitale qui s'appelle bamako c'est quel pays | CITY:Bamako
reverse-question | alexa kingston c'est la capitale de quoi | CITY:Kingston | fr-CA
reverse-question | alexa saint john's c'est la capitale de quoi | CITY:Saint John's | fr-CA
reverse-question | alexa tbilissi c'est la capitale de quel pays | CITY:Tbilissi
reverse-question | alexa achgabat c'est la capitale de quel pays en asie | CITY:Achgabat
reverse-question | alexa douchanbé c'est dans quel pays | CITY:Douchanbé
reverse-question | alexa montpelier c'est la capitale de quel état | CITY:Montpelier | fr-CA
reverse-question | alexa de quel pays funafuti est la capitale | CITY:Funafuti
# --- official-name
official-name | alexa la capitale de la république {} c'est quoi | fédérale d'allemagne=DE; hellénique=GR; tchèque=CZ
official-name | alexa quelle est la capitale du royaume {} | de belgique=BE; du danemark=DK; de suède=SE
official-name | alexa la capitale de la république populaire {} | de chine=CN; démocratique de corée=KP; du bangladesh=BD
official-name | alexa c'est quoi la capitale de la confédération suisse | CH
official-name | alexa la capitale des états-unis d'amérique c'est quoi | US | fr-CA
official-name | alexa la capitale du royaume-uni de grande-bretagne et d'irlande du nord | GB
official-name | alexa la capitale de la république islamique {} | d'iran=IR; du pakistan=PK; de mauritanie=MR
official-name | alexa la capitale des états-unis du mexique | MX | fr-CA
official-name | alexa la capitale de la fédération de russie | RU
official-name | alexa c'est quoi la capitale de la république arabe {} | d'égypte=EG; syrienne=SY; sahraouie démocratique enfin du sahara occidental=EH
official-name | alexa la capitale du royaume hachémite de jordanie | JO | fr-CA
official-name | alexa la capitale de la république démocratique du congo | CD
official-name | alexa la capitale de la république de chine à taïwan | TW
official-name | alexa la capitale de l'état de palestine | PS | fr-CA
official-name | alexa la capitale de la république du kosovo | XK
official-name | alexa la capitale de la république fédérale démocratique d'éthiopie | ET
official-name | alexa la capitale de la principauté {} | de monaco=MC; d'andorre=AD; du liechtenstein=LI | fr-CA
official-name | alexa la capitale du grand-duché de luxembourg | LU
official-name | alexa la capitale de la république socialiste du viêt nam | VN | fr-CA
official-name | alexa la capitale de la république unie de tanzanie | TZ
official-name | alexa la capitale du commonwealth {} | d'australie=AU; des bahamas=BS; de la dominique=DM
official-name | alexa la capitale de la république coopérative du guyana | GY | fr-CA
official-name | alexa la capitale de la république orientale de l'uruguay | UY
official-name | alexa la capitale de l'état plurinational de bolivie | BO
official-name | alexa la capitale de la république bolivarienne du venezuela | VE | fr-CA
official-name | alexa la capitale du royaume d'arabie saoudite | SA
official-name | alexa la capitale de la république de l'union du myanmar | MM
official-name | alexa la capitale de la république démocratique populaire lao | LA | fr-CA
official-name | alexa la capitale de l'état indépendant de papouasie-nouvelle-guinée | PG
official-name | alexa la capitale de la république de türkiye | TR | fr-CA
official-name | alexa la capitale de l'état de la cité du vatican | VA
official-name | alexa la capitale de la sérénissime république de saint-marin | SM
official-name | alexa la capitale de la république démocratique du timor oriental | TL | fr-CA
official-name | alexa la capitale de la fédération de saint-christophe-et-niévès | KN
official-name | alexa la capitale de l'état du koweït | KW | fr-CA
official-name | alexa la capitale de la république kirghize | KG
# --- everyday-name (short, old or colloquial names)
everyday-name | alexa la capitale {} c'est quoi déjà | de la hollande=NL; de l'angleterre=GB-ENG; de la tchécoslovaquie enfin de la tchéquie=CZ
everyday-name | alexa c'est quoi la capitale {} on dit comme ça dans ma famille | de la perse enfin l'iran=IR; du siam=TH; de ceylan=LK
everyday-name | alexa la capitale {} comme disait mon grand-père | du dahomey=BJ; de la haute-volta=BF; du zaïre=CD
everyday-name | alexa on dit juste {} chez nous mais c'est quoi la capitale | les états=US; les émirats=AE; la centrafrique=CF | fr-CA
everyday-name | alexa la capitale {} tu sais le pays | de la birmanie=MM; du swaziland=SZ; de la biélorussie=BY
everyday-name | alexa la capitale {} comme disent les jeunes | des states=US; de la rdc=CD; du congo-brazza=CG | fr-CA
everyday-name | alexa mon oncle dit encore la capitale {} | de la rhodésie=ZW; du kampuchéa=KH; de l'abyssinie=ET
everyday-name | alexa la capitale {} en abrégé | des usa=US; du royaume-uni=GB; des eau=AE
everyday-name | alexa la capitale {} comme on dit au bureau | de la moldova=MD; du kirghizstan=KG; de la tchéquie=CZ | fr-CA
everyday-name | alexa la capitale de l'île maurice | MU
everyday-name | alexa la capitale de saint-barth | BL | fr-CA
everyday-name | alexa la capitale des îles malouines ou falklands | FK
everyday-name | alexa c'est quoi la capitale du timor est | TL
everyday-name | alexa la capitale de la macédoine tout court | MK | fr-CA
everyday-name | alexa la capitale de la côte d'ivoire on dit ivory coast en anglais | CI
everyday-name | alexa la capitale de la turquie qu'on appelle türkiye maintenant | TR
everyday-name | alexa la capitale de la nouvelle-guinée enfin la papouasie | PG | fr-CA
everyday-name | alexa la capitale de l'île du prince-édouard | CA-PE | fr-CA
everyday-name | alexa c'est quoi la capitale des territoires | CA-NT | fr-CA
everyday-name | alexa la capitale de saint-vincent-et-les-grenadines | VC
everyday-name | alexa la capitale de la guinée-conakry | GN
everyday-name | alexa la capitale de sao tomé | ST | fr-CA
everyday-name | alexa la capitale de l'antigua | AG | fr-CA
everyday-name | alexa la capitale de bosnie-herzégovine ou bosnie tout court | BA
# --- shared-name (one name, several places)
shared-name | alexa c'est quoi la capitale de la corée | KP+KR
shared-name | alexa la capitale du congo | CD+CG
shared-name | alexa la capitale de la géorgie | GE+US-GA
shared-name | alexa la capitale des îles vierges | VG+VI
shared-name | alexa c'est quoi la capitale des deux corées | KP+KR | fr-CA
shared-name | alexa la capitale des congos | CD+CG | fr-CA
shared-name | alexa la capitale de la géorgie tu sais-tu | GE+US-GA | fr-CA
shared-name | alexa c'est quoi la capitale des îles vierges pour mon voyage | VG+VI | fr-CA
shared-name | alexa les capitales des deux congo | CD+CG
shared-name | alexa la capitale coréenne | KP+KR
shared-name | alexa à la soirée quiz on se chicane sur la capitale de la géorgie pis personne sait laquelle | GE+US-GA | fr-CA
shared-name | alexa ma fille fait un exposé sur la corée c'est quoi la capitale | KP+KR
shared-name | alexa au bureau de poste on a un colis pour le congo c'est quoi la capitale | CD+CG
shared-name | alexa la croisière passe par les îles vierges elles ont quelle capitale | VG+VI
shared-name | alexa mon collègue coréen m'a demandé la capitale de chez lui je sais pas laquelle | KP+KR | fr-CA
shared-name | alexa je regarde un reportage sur le fleuve congo c'est quoi la capitale du congo | CD+CG | fr-CA
# --- hesitations and ASR slips (spread over speakers)
self-correction | alexa euh la capitale du euh du kirghizistan | KG
self-correction | alexa la capitale de l'ouzbé de l'ouzbékistan | UZ
self-correction | alexa la capitale du katar | QA | fr-CA
self-correction | alexa la capitale de la mongolie attends non de la moldavie | MD
self-correction | alexa la capitale du sénégal euh du sri lanka pardon | LK
# --- out-of-domain: other questions, other devices, "capital" in other senses, places not in the data
out-of-domain | alexa mets de la musique bretonne pour le fest-noz | FB
out-of-domain | alexa quel temps il fait à strasbourg demain | FB
out-of-domain | alexa allume la lumière du salon | FB
out-of-domain | alexa mets un minuteur de douze minutes pour les crêpes | FB
out-of-domain | alexa c'est quoi la recette de la tartiflette | FB
out-of-domain | alexa combien de calories dans une flammekueche | FB
out-of-domain | alexa qui a gagné le match de l'olympique lyonnais | FB
out-of-domain | alexa lance france inter | FB
out-of-domain | alexa ajoute du reblochon à la liste de courses | FB
out-of-domain | alexa réveille-moi à cinq heures pour la traite | FB
out-of-domain | alexa c'est quoi le capital de ma banque | FB
out-of-domain | alexa j'ai un capital de départ de dix mille euros qu'est-ce que je fais | FB
out-of-domain | alexa c'est quoi une lettre capitale | FB
out-of-domain | alexa la peine capitale existe encore en france | FB
out-of-domain | alexa c'est quoi le capital social d'une sarl | FB
out-of-domain | alexa qui a écrit le capital karl marx ou engels | FB
out-of-domain | alexa c'est quoi la capitale des gaules | FB
out-of-domain | alexa la capitale de la bretagne c'est rennes ou nantes | FB
out-of-domain | alexa la capitale de l'alsace c'est strasbourg ou colmar | FB
out-of-domain | alexa c'est quoi la capitale de la corse ajaccio ou bastia | FB
out-of-domain | alexa quelle est la capitale de la lorraine avant la fusion des régions | FB
out-of-domain | alexa la capitale de la savoie quand elle était un duché | FB
out-of-domain | alexa la capitale de la normandie | FB
out-of-domain | alexa c'est quoi la capitale de l'occitanie | FB
out-of-domain | alexa la capitale de la région grand est | FB
out-of-domain | alexa la capitale de la gaspésie | FB
out-of-domain | alexa la capitale du saguenay-lac-saint-jean | FB
out-of-domain | alexa la capitale de l'abitibi c'est rouyn ou val-d'or | FB
out-of-domain | alexa la capitale de l'acadie | FB
out-of-domain | alexa c'est quoi la capitale de la beauce | FB
out-of-domain | alexa la capitale de l'empire romain d'orient | FB
out-of-domain | alexa la capitale du royaume de bourgogne | FB
out-of-domain | alexa la capitale de l'union soviétique | FB
out-of-domain | alexa c'était quoi la capitale de la yougoslavie | FB
out-of-domain | alexa la capitale de l'allemagne de l'est | FB
out-of-domain | alexa la capitale de la nouvelle-france | FB
out-of-domain | alexa la capitale de l'empire aztèque | FB
out-of-domain | alexa la capitale de l'empire inca | FB
out-of-domain | alexa la capitale du wakanda | FB
out-of-domain | alexa la capitale du gondor dans le seigneur des anneaux | FB
out-of-domain | alexa c'est quoi la capitale de westeros | FB
out-of-domain | alexa la capitale de l'atlantide | FB
out-of-domain | alexa la capitale de la lune | FB
out-of-domain | alexa la capitale de mars la planète | FB
out-of-domain | alexa la capitale de la catalogne | FB
out-of-domain | alexa la capitale de la sicile | FB
out-of-domain | alexa la capitale de la flandre | FB
out-of-domain | alexa la capitale de la wallonie | FB
out-of-domain | alexa la capitale des highlands | FB
out-of-domain | alexa la capitale du pays basque | FB
out-of-domain | alexa la capitale de la sibérie | FB
out-of-domain | alexa la capitale de la patagonie | FB
out-of-domain | alexa la capitale du tibet | FB
out-of-domain | alexa la capitale de la kabylie | FB
out-of-domain | alexa la capitale du zanzibar | FB
out-of-domain | alexa la capitale de la transylvanie | FB
out-of-domain | alexa la capitale du biafra | FB
out-of-domain | alexa la capitale de la prusse | FB
out-of-domain | alexa la capitale de la tchétchénie | FB
out-of-domain | alexa la capitale de la crimée | FB
out-of-domain | alexa c'est quoi la capitale mondiale du fromage | FB
out-of-domain | alexa la capitale de la gastronomie c'est lyon non | FB
out-of-domain | alexa la capitale européenne de la culture cette année | FB
out-of-domain | alexa la capitale mondiale du bleuet c'est dolbeau | FB
out-of-domain | alexa la capitale de la mode c'est paris ou milan | FB
out-of-domain | alexa combien d'habitants à paris | FB
out-of-domain | alexa quelle heure est-il à tokyo | FB
out-of-domain | alexa c'est quoi la monnaie du japon | FB
out-of-domain | alexa quelle langue on parle au brésil | FB
out-of-domain | alexa c'est quoi le plus grand pays du monde | FB
out-of-domain | alexa quelle est la plus haute montagne d'europe | FB
out-of-domain | alexa c'est quoi le drapeau de la suède | FB
out-of-domain | alexa combien de pays en afrique | FB
out-of-domain | alexa c'est quoi l'hymne national du canada | FB
out-of-domain | alexa qui est le président du sénégal | FB
out-of-domain | alexa traduis bonjour en vietnamien | FB
out-of-domain | alexa raconte-moi une blague sur les belges | FB
out-of-domain | alexa joue ma playlist du matin | FB
out-of-domain | alexa appelle maman | FB
out-of-domain | alexa monte le chauffage dans la chambre | FB
out-of-domain | alexa ferme les volets | FB
out-of-domain | alexa c'est quand le prochain tgv pour paris | FB
out-of-domain | alexa y a-tu du trafic sur le pont champlain | FB | fr-CA
out-of-domain | alexa mets la radio de radio-canada | FB | fr-CA
out-of-domain | alexa quel temps y va faire à chicoutimi | FB | fr-CA
out-of-domain | alexa allume le foyer au chalet | FB | fr-CA
out-of-domain | alexa c'est quoi le score du canadien | FB | fr-CA
out-of-domain | alexa mets une minuterie pour le pâté chinois | FB | fr-CA
out-of-domain | alexa ajoute du sirop d'érable sur ma liste d'épicerie | FB | fr-CA
out-of-domain | alexa c'est quand la prochaine tempête de neige | FB | fr-CA
out-of-domain | alexa réchauffe le char à distance | FB | fr-CA
out-of-domain | alexa c'est quoi la recette de la tourtière du lac | FB | fr-CA
out-of-domain | alexa combien ça coûte un permis de pêche au homard | FB | fr-CA
out-of-domain | alexa c'est quoi le taux de change du dollar américain | FB | fr-CA
out-of-domain | alexa joue de la musique acadienne | FB | fr-CA
out-of-domain | alexa quelle heure y est à vancouver | FB | fr-CA
out-of-domain | alexa c'est quoi mon capital de retraite au rrq | FB | fr-CA
out-of-domain | alexa c'est quoi la commission de la capitale nationale | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la côte-nord | FB | fr-CA
out-of-domain | alexa la capitale de l'estrie c'est sherbrooke | FB | fr-CA
out-of-domain | alexa la capitale de l'île d'orléans | FB | fr-CA
out-of-domain | alexa la capitale du vinland des vikings | FB | fr-CA
out-of-domain | alexa la capitale du nunavik | FB | fr-CA
out-of-domain | alexa la capitale de la louisiane française avant la vente | FB | fr-CA
out-of-domain | alexa la capitale de la république du madawaska | FB | fr-CA
out-of-domain | alexa la capitale mondiale de la motoneige | FB | fr-CA
out-of-domain | alexa la capitale du hockey c'est montréal | FB | fr-CA
out-of-domain | alexa le capital-actions de ma compagnie | FB | fr-CA
out-of-domain | alexa écris en lettres capitales mon nom | FB | fr-CA
out-of-domain | alexa c'est quoi la population du mexique | FB | fr-CA
out-of-domain | alexa comment on dit merci en espagnol | FB | fr-CA
out-of-domain | alexa quel est le plus long fleuve du canada | FB | fr-CA
out-of-domain | alexa qui a fondé québec | FB | fr-CA
out-of-domain | alexa c'est quoi le drapeau de l'acadie | FB | fr-CA
out-of-domain | alexa mets de la musique de ginette reno | FB | fr-CA
out-of-domain | alexa éteins la télé dans le sous-sol | FB | fr-CA
out-of-domain | alexa quand est-ce que ferme la sépaq | FB | fr-CA
out-of-domain | alexa dis-moi une blague de gaspésien | FB | fr-CA
out-of-domain | alexa c'est quoi les heures d'ouverture de la quincaillerie | FB | fr-CA
out-of-domain | alexa la capitale de la région de murcie | FB
out-of-domain | alexa la capitale du royaume de piémont-sardaigne | FB
out-of-domain | alexa la capitale du royaume de naples | FB
out-of-domain | alexa la capitale de l'empire austro-hongrois | FB
out-of-domain | alexa la capitale de la république de venise | FB
out-of-domain | alexa la capitale de carthage | FB
out-of-domain | alexa la capitale de la mésopotamie | FB
out-of-domain | alexa la capitale du royaume de kandy | FB
out-of-domain | alexa la capitale de l'annam | FB
out-of-domain | alexa la capitale de la cochinchine | FB
out-of-domain | alexa la capitale de l'indochine française | FB
out-of-domain | alexa la capitale de l'afrique-occidentale française | FB
out-of-domain | alexa la capitale de la narnie | FB
out-of-domain | alexa la capitale de poudlard | FB
out-of-domain | alexa la capitale du royaume d'hyrule dans zelda | FB
out-of-domain | alexa la capitale de la syldavie dans tintin | FB
out-of-domain | alexa la capitale de groland | FB
out-of-domain | alexa la capitale de la galaxie | FB
out-of-domain | alexa la capitale du pôle nord | FB
out-of-domain | alexa la capitale de l'europe c'est bruxelles ou strasbourg | FB
out-of-domain | alexa la capitale de l'union africaine | FB
out-of-domain | alexa la capitale de l'ossétie du sud | FB
out-of-domain | alexa la capitale de la transnistrie | FB
out-of-domain | alexa la capitale du somaliland | FB
out-of-domain | alexa la capitale de l'abkhazie | FB
out-of-domain | alexa la capitale du haut-karabagh | FB
out-of-domain | alexa la capitale de chypre du nord | FB
out-of-domain | alexa la capitale de la sardaigne | FB
out-of-domain | alexa la capitale de l'andalousie | FB
out-of-domain | alexa la capitale du royaume de bohême | FB
out-of-domain | alexa la capitale de la frise | FB
out-of-domain | alexa la capitale du limbourg | FB
out-of-domain | alexa la capitale de la laponie | FB
out-of-domain | alexa la capitale du kurdistan | FB
out-of-domain | alexa la capitale de la bessarabie | FB
out-of-domain | alexa écris la capitale en majuscule dans mon document | FB
out-of-domain | alexa qu'est-ce que ça veut dire capital risque | FB
out-of-domain | alexa c'est quoi les sept péchés capitaux | FB
out-of-domain | alexa l'ennemi public numéro un c'était qui | FB
out-of-domain | alexa combien de kilomètres entre metz et nancy | FB
out-of-domain | alexa c'est quand les soldes d'hiver | FB
out-of-domain | alexa commande des croquettes pour le chat | FB
out-of-domain | alexa mets les infos en vietnamien | FB
out-of-domain | alexa où est mon téléphone | FB
out-of-domain | alexa c'est quoi le code de la wifi | FB
out-of-domain | alexa trouve-moi une pharmacie de garde à bastia | FB
out-of-domain | alexa ça veut dire quoi kenavo | FB
out-of-domain | alexa c'est quoi le plus vieux pays du monde | FB
out-of-domain | alexa quelle est la plus petite capitale du monde | FB
out-of-domain | alexa c'est quoi la capitale la plus froide | FB
out-of-domain | alexa quelle capitale a le plus d'habitants | FB
# --- help
help | alexa comment ça marche ton jeu des capitales | HELP
help | alexa j'ai rien compris qu'est-ce que je dois dire | HELP
help | alexa aide-moi je sais pas comment on pose une question | HELP
help | alexa qu'est-ce que tu sais faire avec les capitales | HELP
help | alexa tu peux m'expliquer les règles | HELP
help | alexa je suis perdue qu'est-ce que je fais maintenant | HELP
help | alexa c'est quoi les commandes | HELP
help | alexa explique à mamie comment ça fonctionne | HELP
help | alexa aide pour le jeu des capitales s'il te plaît | HELP
help | alexa comment je demande une capitale | HELP
help | alexa je comprends pas ce que tu veux que je dise | HELP
help | alexa hopla explique-moi comment on joue | HELP
help | alexa ma doué je suis perdu aide-moi | HELP
help | alexa koman i fonctionne out jeu | HELP
help | alexa excusez-moi je suis nouveau comment utiliser | HELP
help | alexa qu'est-ce qu'on peut te demander à part les pays | HELP
help | alexa besoin d'aide pour le quiz | HELP
help | alexa dis-moi quoi faire je suis bloqué | HELP
help | alexa c'est quoi les options | HELP
help | alexa aide-moi je comprends rien pantoute | HELP | fr-CA
help | alexa comment ça marche ton affaire | HELP | fr-CA
help | alexa qu'est-ce que je peux dire coudonc | HELP | fr-CA
help | alexa explique-moi ça right | HELP | fr-CA
help | alexa chu mêlé aide-moi | HELP | fr-CA
help | alexa c'est comment qu'on joue à ça | HELP | fr-CA
help | alexa oye comment ça marche | HELP | fr-CA
help | alexa je suis en francisation aide-moi s'il vous plaît | HELP | fr-CA
help | alexa la gardienne sait pas comment ça marche explique | HELP | fr-CA
help | alexa aide-moi mautadit je sais pas quoi dire | HELP | fr-CA
help | alexa quelles affaires je peux te demander | HELP | fr-CA
# --- stop
stop | alexa stop hopla c'est fini | STOP
stop | alexa arrête tout on passe à table | STOP
stop | alexa tais-toi le bébé dort | STOP
stop | alexa stop le prof arrive | STOP
stop | alexa arrête ma doué | STOP
stop | alexa chut maintenant | STOP
stop | alexa quitte le jeu des capitales | STOP
stop | alexa stop on arrête là pour ce soir | STOP
stop | alexa arrête ça me saoule | STOP
stop | alexa sors du jeu | STOP
stop | alexa silence s'il te plaît | STOP
stop | alexa stop má est au téléphone | STOP
stop | alexa arrête on a fini la soirée quiz | STOP
stop | alexa o ma stop | STOP
stop | alexa arrête de parler le taxi est arrivé | STOP
stop | alexa stop la vache bouge | STOP
stop | alexa ça suffit maintenant | STOP
stop | alexa arrête j'en veux pus pantoute | STOP | fr-CA
stop | alexa farme-toi là | STOP | fr-CA
stop | alexa stop le bus arrive | STOP | fr-CA
stop | alexa arrête la game des capitales | STOP | fr-CA
stop | alexa ferme ça on s'en va à la pêche | STOP | fr-CA
stop | alexa c'est assez là stop | STOP | fr-CA
stop | alexa quitte l'affaire des capitales | STOP | fr-CA
stop | alexa arrête right now | STOP | fr-CA
stop | alexa stop mon shift commence | STOP | fr-CA
stop | alexa tais-toi grand-maman parle | STOP | fr-CA
stop | alexa arrête bueno c'est fini | STOP | fr-CA
stop | alexa stop on sort de la cabane | STOP | fr-CA
stop | alexa arrête de jaser là | STOP | fr-CA
# --- cancel
cancel | alexa annule la question des capitales | CANCEL
cancel | alexa laisse tomber j'ai trouvé dans l'atlas | CANCEL
cancel | alexa oublie c'est pas grave | CANCEL
cancel | alexa annule hopla | CANCEL
cancel | alexa non annule je voulais pas | CANCEL
cancel | alexa laisse tomber le quiz | CANCEL
cancel | alexa oublie ça papi a trouvé | CANCEL
cancel | alexa annule ma demande | CANCEL
cancel | alexa laisse tomber ma doué | CANCEL
cancel | alexa non rien finalement | CANCEL
cancel | alexa annule je me suis trompée de bouton | CANCEL
cancel | alexa oublie la question de má | CANCEL
cancel | alexa laisse tomber c'est le chat qui a parlé | CANCEL
cancel | alexa annule tout ça | CANCEL
cancel | alexa oublie ce que j'ai dit o ma | CANCEL
cancel | alexa laisse faire la question | CANCEL | fr-CA
cancel | alexa oublie ça c'est beau | CANCEL | fr-CA
cancel | alexa annule right | CANCEL | fr-CA
cancel | alexa laisse faire j'ai la réponse | CANCEL | fr-CA
cancel | alexa cancelle ma question | CANCEL | fr-CA
cancel | alexa non laisse faire la gardienne sait | CANCEL | fr-CA
cancel | alexa oublie ça mautadit | CANCEL | fr-CA
cancel | alexa annule bueno | CANCEL | fr-CA
cancel | alexa laisse faire pour tout de suite | CANCEL | fr-CA
cancel | alexa forget it laisse faire | CANCEL | fr-CA
cancel | alexa oublie ça le quiz est fini | CANCEL | fr-CA
cancel | alexa annule la dernière affaire | CANCEL | fr-CA
cancel | alexa laisse faire tabarnouche | CANCEL | fr-CA
cancel | alexa non non laisse faire | CANCEL | fr-CA
# --- launch (the French invocation name is guessed: "capitales du monde")
launch | alexa ouvre capitales du monde hopla | LAUNCH
launch | alexa lance capitales du monde pour la soirée quiz | LAUNCH
launch | alexa démarre capitales du monde pour les révisions du brevet | LAUNCH
launch | alexa ouvre le jeu capitales du monde pour papi | LAUNCH
launch | alexa lance capitales du monde ma doué | LAUNCH
launch | alexa ouvre capitales du monde s'il vous plaît je suis étudiant | LAUNCH
launch | alexa on joue à capitales du monde | LAUNCH
launch | alexa lance capitales du monde pendant les vendanges | LAUNCH
launch | alexa je veux jouer à capitales du monde | LAUNCH
launch | alexa démarre capitales du monde au chalet | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde pour génies en herbe | LAUNCH | fr-CA
launch | alexa part capitales du monde pour les enfants | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde right | LAUNCH | fr-CA
launch | alexa lance capitales du monde pour la francisation | LAUNCH | fr-CA
launch | alexa on joue-tu à capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde dans l'autobus | LAUNCH | fr-CA
launch | alexa parle à capitales du monde | LAUNCH | fr-CA
"""

if __name__ == "__main__":
    build_round(43, "fr", LINES, sys.argv, "tests/Eval/fr/round43/source/build_corpus.py")
