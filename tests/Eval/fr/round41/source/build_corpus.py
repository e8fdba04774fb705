"""Round 41, French (fr-FR, fr-CA): a new author's own mix, written blind at the start of the forty-second session
(brief WRITER48.md), about two fifths of the lines fr-CA. Speakers and situations chosen apart from round 40 (no
Bordelais, Savoyards, Normands, Auvergnats, Catalans, Bourguignons, Martiniquais and Guyanais, the Asian families of
Paris, the Dordogne retirees, Estrie, Outaouais, Bas-Saint-Laurent, Madelinots, Laurentides, Franco-Westerners, First
Nations speakers, snowbirds, Montréal and Laval immigrant families) and from what it lists as avoided (Lyon, Lille,
Toulouse, Corsica, Nice, Lorraine, Marseille, Brittany, Alsace, Basque Country, Réunion, Guadeloupe, Québec City,
Beauce, Mauricie, Franco-Ontarians, Franco-Manitobans, Côte-Nord, Acadie, Gaspésie, Saguenay, Abitibi, teenagers).
fr-FR devices: Champenois of Reims and Épernay (the caves, the vendanges, the Stade de Reims, "la goutte"), Tourangeaux
(the châteaux, Amboise, Chinon, a guide-conférencier), Comtois of Besançon and the Jura (the fruitière, the clocks,
"ça joue", "dis voir"), Gascons of the Landes and the Gers (the féria de Dax, the rugby, Hossegor, "macarel", "hé bé",
the papé), Provençaux of Avignon (the festival, the Ventoux, the lavender, "peuchère", "fada"), Belgians living in
France ("savoir" for "pouvoir", "une fois", "septante", "nonante", the bon-papa), Tahitians and Caldoches ("ia ora
na", "maruru", the tata, the fare, the pirogue), Maghrebi parents ("wallah", "saha", "hamdoullah", "ya benti"), West
Africans of Paris and Montreuil ("on dit quoi", "c'est comment", "ça va aller", the foyer, the tantine), Portuguese
families ("ó pá", "tá bom", the summer drive "au pays", "ma mãe"), Foreign Legion recruits of Aubagne and
Castelnaudary (learners), FLE learners (Ukrainian, Afghan, Syrian, a Filipino au pair, Brazilian, Chinese, Polish, an
Indian engineer, Spanish, Eritrean); at work (Rungis, the métro, pompiers, a Roissy flight attendant, a fromagerie, the
Carcassonne tourist office, a nail salon, an Airbnb host, a VTC driver, a gendarmerie, a school canteen, the Tour de
France caravan, an estate agency, a kebab); games (le petit bac, pays-villes, Les 12 coups de midi, Trivial Pursuit,
Geoguessr, a pub quiz, an escape game, a Twitch stream, Qui veut gagner des millions, a loto quiz); seniors (a club des
aînés, a widower's crosswords, a retired teacher, old names); school (brevet, a CE2 class, a classe de neige, an oral);
families (dinner-table arguments, a road trip, a birthday, a mixed couple).
fr-CA devices: Montérégie (Granby zoo, Rougemont orchards and their seasonal workers, the montgolfières of
Saint-Jean, the vet school of Saint-Hyacinthe, the Richelieu, "mettons"), Centre-du-Québec and the Bois-Francs
(Drummondville's Mondial des cultures, Victoriaville, "pis", "ben là", "c'est écoeurant"), Charlevoix (Baie-Saint-Paul,
the casino, the Isle-aux-Coudres ferry, "toé", "moé"), Montréal adults code-switching ("genre", "full", "chill",
"anyway", "tu checkes"), Haitian Montrealers ("sak pasé", "mwen pa konnen", the church, the kompa), truckers ("la run",
"le cb", "à soir", Lacolle), construction workers ("le boss", "ma gang", "la shop"), cégep students ("c'est malade",
"mon chum"), seniors in a résidence, games (Génies en herbe, the party de Noël, poker, darts, a TikTok quiz), hockey
parents at the aréna. Families per speaker group, and the shared families (follow-up, plural-capitals, subdivision,
out-of-domain, help, stop, cancel, launch, yes-no-check, self-correction, reverse-question, official-name,
everyday-name, shared-name). Lines of rounds 1-40 are dropped (build_round with round 41's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# --- fr-FR: Champenois of Reims and Épernay (the caves, the cathedral, the Stade de Reims, "la goutte")
champagne | alexa dans la cave on a des touristes {} c'est quoi leur capitale déjà | norvégiens=NO; suédois=SE; danois=DK
champagne | alexa on expédie des caisses de champagne {} c'est quoi la capitale là-bas | au nigeria=NG; au ghana=GH; en côte d'ivoire enfin à abidjan non la capitale=CI
champagne | alexa pour la fiche de dégustation j'ai besoin de la capitale {} | du japon=JP; de singapour=SG; de la corée du sud=KR
champagne | alexa au stade de reims le nouveau gardien il est {} c'est quoi la capitale de chez lui | malien=ML; guinéen=GN; sénégalais=SN
champagne | alexa pendant les vendanges à épernay un saisonnier m'a demandé la capitale {} | de la pologne=PL; de la bulgarie=BG; de la roumanie=RO
champagne | alexa devant la cathédrale une guide m'a demandé la capitale {} et j'ai séché | de l'ouzbékistan=UZ; du turkménistan=TM; du tadjikistan=TJ
champagne | alexa avec la goutte après le repas on joue donne-nous la capitale {} | du monténégro=ME; de la bosnie=BA; de la slovénie=SI
# --- fr-FR: Tourangeaux (the châteaux of the Loire, Amboise, Chinon, the rillettes, "le plus pur français")
touraine | alexa au château d'amboise un groupe {} m'a demandé leur capitale je suis guide | brésilien=BR; argentin=AR; chilien=CL
touraine | alexa on dit qu'on parle le meilleur français en touraine alors dis-moi la capitale {} | du québec=CA-QC; de la belgique=BE; de la suisse=CH
touraine | alexa à la guinguette de tours un monsieur disait que la capitale {} c'était pas la plus grande ville c'est laquelle | de l'australie=AU; du canada=CA; de la turquie=TR
touraine | alexa au marché de chinon on vend des rillettes à des touristes {} leur capitale c'est quoi | néerlandais=NL; belges flamands=BE; irlandais=IE
touraine | alexa je révise pour le concours de guide conférencier la capitale {} s'il te plaît | de l'écosse=GB-SCT; du pays de galles=GB-WLS; de l'irlande du nord=GB-NIR
touraine | alexa ma fille fait un exposé sur léonard de vinci il est né en italie mais c'est quoi la capitale {} | de l'italie=IT; du vatican=VA; de saint-marin=SM
# --- fr-FR: Comtois of Besançon and the Jura (the comté, the clocks, the Doubs, "ça joue", "tout à l'heure" for later)
comtois | alexa ça joue tu peux me dire la capitale {} | de la lituanie=LT; de la lettonie=LV; de l'estonie=EE
comtois | alexa à la fruitière on a reçu des visiteurs {} c'est quoi la capitale de leur pays | mongols=MN; kazakhs=KZ; kirghizes=KG
comtois | alexa je fais du ski de fond aux rousses et un gars {} m'a parlé de sa capitale c'est laquelle | finlandais=FI; islandais=IS; estonien=EE
comtois | alexa j'ai réparé une horloge qui vient {} c'est quoi la capitale | d'autriche=AT; de la hongrie=HU; de la république tchèque=CZ
comtois | alexa dis voir la capitale {} on se chamaille avec le voisin | du luxembourg=LU; de monaco=MC; du liechtenstein=LI
# --- fr-FR: Gascons of the Landes and the Gers (the férias, the rugby, the foie gras, "macarel", "hé bé")
gascons | alexa macarel c'est quoi la capitale {} | des fidji=FJ; des tonga=TO; des samoa=WS
gascons | alexa hé bé à la féria de dax un espagnol m'a demandé la capitale {} | de l'argentine=AR; de l'uruguay=UY; du paraguay=PY
gascons | alexa au rugby on joue contre un club qui a un pilier {} c'est quoi sa capitale | géorgien=GE; tongien=TO; fidjien=FJ
gascons | alexa à la ferme on gave les canards et la radio parlait {} c'est quoi la capitale | du yémen=YE; du soudan=SD; de la somalie=SO
gascons | alexa les surfeurs de hossegor viennent {} c'est quoi la capitale | d'australie=AU; d'hawaï=US-HI; de californie=US-CA
gascons | alexa mon papé demande la capitale {} il entend pas bien alors parle fort | du portugal=PT; de l'espagne=ES; de l'andorre=AD
# --- fr-FR: Provençaux of Avignon and the Vaucluse (the festival, the Ventoux, the lavender, "peuchère", "fada")
provence | alexa peuchère je me souviens plus de la capitale {} | de la syrie=SY; du liban=LB; de la jordanie=JO
provence | alexa au festival d'avignon y a une troupe {} qui joue ce soir c'est quoi leur capitale | coréenne=KR; iranienne=IR; géorgienne du caucase=GE
provence | alexa tu vas me prendre pour un fada mais c'est quoi la capitale {} | de la mauritanie=MR; du niger=NE; du tchad=TD
provence | alexa les cyclistes qui montent le ventoux ils sont souvent {} c'est quoi leur capitale | colombiens=CO; slovènes=SI; danois=DK
provence | alexa on vend de la lavande à un grossiste {} tu me dis la capitale de son pays | japonais=JP; chinois=CN; taïwanais=TW
# --- fr-FR: Belgians living in France ("septante", "nonante", "savoir" for "pouvoir", "une fois", "allez")
belges | alexa tu sais me dire la capitale {} une fois | du rwanda=RW; du burundi=BI; de la rdc=CD
belges | alexa allez dis la capitale {} je suis belge mais je vis à paris | des pays-bas=NL; du luxembourg=LU; de l'allemagne=DE
belges | alexa mon bon-papa a septante ans et il demande la capitale {} | de la hollande=NL; de la flandre non de la belgique=BE; du danemark=DK
belges | alexa on regarde le foot avec les diables rouges contre {} c'est quoi leur capitale | le maroc=MA; la croatie=HR; l'égypte=EG
belges | alexa tu sais pas me dire la capitale {} en nonante secondes | de la zambie=ZM; du zimbabwe=ZW; du malawi=MW
# --- fr-FR: Tahitians and Caldoches ("ia ora na", "māuruuru" transcribed "maruru", "tata", the fare, the pirogue)
pacifique | alexa ia ora na c'est quoi la capitale {} | de la polynésie=PF; de la nouvelle-calédonie=NC; de wallis-et-futuna=WF
pacifique | alexa à la course de pirogue y avait une équipe {} c'est quoi leur capitale | hawaïenne=US-HI; néo-zélandaise=NZ; samoane=WS
pacifique | alexa ma tata de nouméa veut savoir la capitale {} | du vanuatu=VU; des îles salomon=SB; de la papouasie-nouvelle-guinée=PG
pacifique | alexa maruru tu peux me dire aussi la capitale {} | des îles cook=CK; de niue=NU; des tokelau=TK
pacifique | alexa au fare on parle des îles c'est quoi la capitale {} | de kiribati=KI; de tuvalu=TV; de nauru=NR
# --- fr-FR: Maghrebi parents and grandparents in France ("wallah", "hamdoullah", "saha", Arabic code-switching)
maghreb | alexa wallah j'ai oublié la capitale {} | de la tunisie=TN; de l'algérie=DZ; de la libye=LY
maghreb | alexa saha dis-moi la capitale {} pour le petit | du maroc=MA; de l'égypte=EG; de la mauritanie=MR
maghreb | alexa hamdoullah il a eu son bac maintenant il part en voyage c'est quoi la capitale {} | des émirats=AE; du qatar=QA; d'oman=OM
maghreb | alexa mon fils il fait la omra cette année c'est quoi la capitale {} | de l'arabie saoudite=SA; de la jordanie=JO; du koweït=KW
maghreb | alexa ya benti dis à maman la capitale {} | de la turquie=TR; de l'irak=IQ; de l'iran=IR
# --- fr-FR: West Africans in Paris and Montreuil ("on dit quoi", "ça va aller", "c'est comment", "gars")
afrique | alexa on dit quoi c'est quoi la capitale {} | du burkina=BF; du togo=TG; du bénin=BJ
afrique | alexa c'est comment la capitale {} tu connais | du cameroun=CM; du gabon=GA; du congo-brazza=CG
afrique | alexa gars dis-moi la capitale {} mon cousin part là-bas | de la guinée-bissau=GW; de la gambie=GM; du cap-vert=CV
afrique | alexa au foyer de montreuil les vieux se disputent la capitale {} c'est laquelle | du mali=ML; du sénégal=SN; de la mauritanie la vraie=MR
afrique | alexa ça va aller mais c'est quoi la capitale {} je dois envoyer un colis | de la sierra leone=SL; du liberia=LR; du ghana=GH
afrique | alexa ma tantine demande la capitale {} au quartier on sait plus | de la centrafrique=CF; de la guinée équatoriale=GQ; de sao tomé=ST
# --- fr-FR: Portuguese families in France ("pá", "ó", "tá bom", the vacances au pays, the Algarve)
portugais | alexa ó pá c'est quoi la capitale {} | du brésil=BR; de l'angola=AO; du mozambique=MZ
portugais | alexa tá bom mais la capitale {} c'est laquelle | du timor=TL; de la guinée-bissau pardon du cap-vert=CV; de sao tomé-et-principe=ST
portugais | alexa en août on va au pays en voiture on passe par {} c'est quoi la capitale | l'espagne=ES; andorre=AD; le portugal=PT
portugais | alexa ma mãe veut savoir la capitale {} pour son feuilleton | du venezuela=VE; de la colombie=CO; de l'équateur=EC
# --- fr-FR: the Foreign Legion at Aubagne and Castelnaudary (legionnaires learning French, "mon adjudant", the képi blanc)
legion | alexa légionnaire demande capitale {} pour le cours de français | du népal=NP; de la mongolie=MN; du brésil=BR
legion | alexa mon adjudant veut la capitale {} pour la mission | du mali=ML; du niger=NE; de djibouti=DJ
legion | alexa je suis légionnaire je parle pas bien français c'est quoi capitale de mon pays {} | la serbie=RS; la moldavie=MD; la biélorussie=BY
legion | alexa au quartier un camarade {} veut savoir sa capitale en français | ukrainien=UA; polonais=PL; slovaque=SK
legion | alexa à castelnaudary le caporal dit que la capitale {} c'est quoi | de la guyane=GF; de mayotte=YT; de la côte d'ivoire la politique=CI
# --- fr-FR: learners in French-as-a-foreign-language classes (Ukrainian, Afghan, Syrian, Filipino, Brazilian, Chinese, Polish, Indian, Spanish, Eritrean)
apprenants | alexa excuse-moi je suis ukrainienne je apprends le français la capitale {} c'est quoi | de la géorgie le pays=GE; de la arménie=AM; de le azerbaïdjan=AZ
apprenants | alexa je viens de afghanistan c'est quelle capitale {} | de le pakistan=PK; de le iran=IR; de le tadjikistan=TJ
apprenants | alexa bonjour moi syrien nouveau en france capitale {} s'il vous plaît | de le liban=LB; de la irak=IQ; de la jordanie=JO
apprenants | alexa po excuse me au pair philippine je veux savoir la capitale {} | des philippines=PH; de la indonésie=ID; de le brunei=BN
apprenants | alexa tudo bem eu quero non pardon je veux la capitale {} | de la bolivie=BO; de le pérou=PE; de le guyana=GY
apprenants | alexa ni hao non bonjour la capitale {} | de la chine=CN; de le vietnam=VN; de le laos=LA
apprenants | alexa dzien dobry comment on dit la capitale {} | de la ukraine=UA; de la lituanie=LT; de la slovaquie=SK
apprenants | alexa je suis ingénieur indien à la défense la capitale {} please | de le sri lanka=LK; de le népal=NP; de le bhoutan=BT
apprenants | alexa hola perdón pardon la capitale {} c'est quoi en français | de le costa rica=CR; de le panama=PA; de le guatemala=GT
apprenants | alexa selam je suis érythréenne la capitale {} merci | de la érythrée=ER; de la éthiopie=ET; de le soudan du sud=SS
apprenants | alexa me llamo carlos erasmus à grenoble euh la capitale {} | de cuba=CU; de la république dominicaine=DO; de haïti=HT
# --- fr-FR: at work (Rungis, RATP, pompiers, Roissy crew, a fromagerie, a Carcassonne tourist office, a nail salon, an Airbnb host, a VTC driver, a gendarme, a school canteen, a truck of the Tour de France)
travail | alexa je suis à rungis le camion de mangues vient {} c'est quoi la capitale | du pérou=PE; de côte d'ivoire=CI; du brésil=BR
travail | alexa ligne treize du métro un voyageur {} cherche son ambassade c'est quoi sa capitale | bangladais=BD; pakistanais=PK; sri-lankais=LK
travail | alexa à la caserne on fait un quiz entre pompiers la capitale {} | du kenya=KE; de l'ouganda=UG; de la tanzanie=TZ
travail | alexa hôtesse de l'air à roissy demain je pars {} c'est quoi la capitale | au vietnam=VN; en thaïlande=TH; au cambodge=KH
travail | alexa à la fromagerie un client {} veut du comté c'est quoi la capitale de son pays | grec=GR; chypriote=CY; maltais=MT
travail | alexa à l'office de tourisme de carcassonne on me demande la capitale {} | de l'occitanie non de la france=FR; de l'andorre la principauté=AD; de la catalogne non de l'espagne=ES
travail | alexa au salon d'ongles la cliente elle vient {} elle teste ma culture c'est quoi la capitale | du vietnam=VN; de la thaïlande=TH; du myanmar=MM
travail | alexa mon airbnb accueille des gens {} ce week-end c'est quoi leur capitale | de nouvelle-zélande=NZ; d'afrique du sud=ZA; de jamaïque=JM
travail | alexa je suis chauffeur vtc un client {} m'a demandé si je connais sa capitale | ghanéen=GH; nigérian=NG; kényan=KE
travail | alexa à la brigade de gendarmerie un touriste {} a perdu son passeport sa capitale c'est | slovène=SI; croate=HR; macédonien=MK
travail | alexa à la cantine c'est la semaine du monde aujourd'hui menu {} c'est quoi la capitale | du mexique=MX; du pérou=PE; de l'inde=IN
travail | alexa caravane du tour de france l'étape part {} c'est quoi la capitale du coin | du danemark=DK; du pays basque espagnol non de l'espagne=ES; de la belgique=BE
travail | alexa à l'agence immobilière un acheteur {} demande c'est quoi sa capitale pour le dossier | qatari=QA; émirati=AE; saoudien=SA
travail | alexa au kebab le patron est {} il me teste c'est quoi la capitale | kurde d'irak=IQ; turc=TR; afghan=AF
# --- fr-FR: games (le petit bac, Les 12 coups de midi, Trivial Pursuit, Geoguessr, a Paris pub quiz, an escape game, a Twitch stream, the pays-villes)
jeux | alexa petit bac lettre b la capitale {} | du burundi=BI; du botswana=BW; de la birmanie=MM
jeux | alexa on joue au petit bac ville qui commence par la lettre du pays c'est quoi la capitale {} | du lesotho=LS; de l'eswatini=SZ; de la namibie=NA
jeux | alexa comme aux douze coups de midi c'est quoi la capitale {} | des seychelles=SC; de maurice=MU; des comores=KM
jeux | alexa au trivial la carte bleue demande la capitale {} | du belize=BZ; de la barbade=BB; des bahamas=BS
jeux | alexa sur geoguessr je suis tombé {} c'est quoi la capitale | au kirghizistan=KG; en mongolie=MN; au bhoutan=BT
jeux | alexa au quiz du pub à oberkampf question neuf la capitale {} | de la moldavie=MD; de la biélorussie=BY; de l'albanie=AL
jeux | alexa l'escape game veut le nom de la capitale {} pour ouvrir le cadenas | du pérou=PE; de l'égypte=EG; du cambodge=KH
jeux | alexa je stream sur twitch et le chat demande la capitale {} | du kazakhstan=KZ; du turkménistan=TM; de l'azerbaïdjan=AZ
jeux | alexa pays villes on a la lettre m c'est quoi la capitale {} | de madagascar=MG; du mozambique=MZ; des maldives=MV
jeux | alexa qui veut gagner des millions pour mille euros la capitale {} | de la grenade=GD; de la dominique=DM; de sainte-lucie=LC
jeux | alexa mon neveu m'a lancé un défi la capitale {} en moins de dix secondes | de saint-vincent-et-les-grenadines=VC; de saint-christophe-et-niévès=KN; d'antigua-et-barbuda=AG
jeux | alexa au loto quiz de la salle des fêtes la capitale {} | de trinité-et-tobago=TT; du suriname=SR; du guyana=GY
# --- fr-FR: seniors (a club du troisième âge, a widower, a retired teacher, the hearing aid, the dictée)
seniors | alexa au club des aînés la question c'est la capitale {} | de la yougoslavie non de la serbie=RS; de la tchécoslovaquie enfin la slovaquie=SK; de l'urss enfin la russie=RU
seniors | alexa ma petite dame vous pouvez me dire la capitale {} | de la rhodésie=ZW; du dahomey=BJ; de la haute-volta=BF
seniors | alexa de mon temps la capitale {} c'était autre chose maintenant c'est laquelle | du nigeria=NG; du brésil=BR; de la tanzanie=TZ
seniors | alexa j'ai mon appareil auditif parle bien la capitale {} | de la corée du nord=KP; du japon=JP; des philippines=PH
seniors | alexa institutrice à la retraite je vérifie la capitale {} | de la nouvelle-zélande=NZ; de l'australie=AU; de la papouasie=PG
seniors | alexa depuis que ma femme est partie je fais les mots croisés c'est quoi la capitale {} | du pérou en quatre lettres=PE; de l'irak en six lettres=IQ; de l'italie en quatre lettres=IT
seniors | alexa à l'ancienne on disait la capitale {} c'est toujours pareil | de ceylan=LK; de la perse=IR; du siam=TH
# --- fr-FR: school (a collège geography teacher, brevet revision, a CE2 class, a classe de neige, a pupil's oral)
ecole | alexa pour le brevet je dois connaître la capitale {} | du nigeria=NG; de l'afrique du sud=ZA; de l'inde=IN
ecole | alexa madame dit que la capitale {} tombe souvent en contrôle c'est laquelle | de l'indonésie=ID; de la malaisie=MY; des philippines=PH
ecole | alexa c'est pour la classe de ce deux on apprend la capitale {} | de la france=FR; de l'espagne=ES; de l'allemagne=DE
ecole | alexa je prépare mon oral et je dois citer la capitale {} | de l'ukraine=UA; de la russie=RU; de la finlande=FI
ecole | alexa prof d'histoire-géo au collège rappelle-moi la capitale {} | du soudan du sud=SS; de l'éthiopie=ET; de l'érythrée=ER
ecole | alexa en classe de neige les enfants veulent savoir la capitale {} | de la suisse=CH; de l'autriche=AT; de la norvège=NO
# --- fr-FR: families (dinner-table arguments, a road trip, a birthday, a mixed couple, the grandchildren)
famille | alexa on s'engueule à table c'est quoi la capitale {} | de l'australie sydney ou pas=AU; du brésil rio ou pas=BR; de la turquie istanbul ou pas=TR
famille | alexa on part en road trip on traverse {} c'est quoi la capitale | la slovénie=SI; la croatie=HR; la hongrie=HU
famille | alexa pour l'anniversaire de léo le thème c'est le monde c'est quoi la capitale {} | du canada=CA; du mexique=MX; des états-unis=US
famille | alexa mon mari est {} et je sais même pas sa capitale | islandais=IS; estonien=EE; letton=LV
famille | alexa papi demande aux petits la capitale {} et personne sait | de l'irlande=IE; de l'écosse=GB-SCT; de l'angleterre=GB-ENG
# --- fr-CA: Montérégie (Saint-Hyacinthe, Granby, Saint-Jean-sur-Richelieu, the vergers of Rougemont, "mettons", "en tout cas")
monteregie | alexa mettons que je veux aller {} c'est quoi la capitale | au vermont=US-VT; au new hampshire=US-NH; dans l'état de new york=US-NY | fr-CA
monteregie | alexa au zoo de granby y a un nouvel animal qui vient {} c'est quoi la capitale | du kenya=KE; de la tanzanie=TZ; de madagascar=MG | fr-CA
monteregie | alexa aux pommes à rougemont les travailleurs viennent {} c'est quoi la capitale de leur pays | du guatemala=GT; du mexique=MX; du honduras=HN | fr-CA
monteregie | alexa en tout cas à la fête des montgolfières y avait un ballon {} c'est quoi sa capitale | suisse=CH; belge=BE; japonais=JP | fr-CA
monteregie | alexa à l'école vétérinaire de saint-hyacinthe mon coloc est {} c'est quoi sa capitale | marocain=MA; tunisien=TN; camerounais=CM | fr-CA
monteregie | alexa on longe le richelieu en bateau jusqu'{} c'est quoi la capitale | au lac champlain au vermont=US-VT; à new york l'état=US-NY; au québec la province=CA-QC | fr-CA
# --- fr-CA: Centre-du-Québec and the Bois-Francs (Drummondville, Victoriaville, the Mondial des cultures, "pis", "ben là", "c'est écoeurant")
boisfrancs | alexa au mondial des cultures de drummond y a une troupe {} c'est quoi sa capitale | ukrainienne=UA; bulgare=BG; péruvienne=PE | fr-CA
boisfrancs | alexa pis c'est quoi la capitale {} | de la saskatchewan=CA-SK; du manitoba=CA-MB; de l'alberta=CA-AB | fr-CA
boisfrancs | alexa ben là dis-moi la capitale {} j'suis pas sûr | de la colombie-britannique=CA-BC; du nouveau-brunswick=CA-NB; de la nouvelle-écosse=CA-NS | fr-CA
boisfrancs | alexa à victo au festival de musique actuelle y a un band {} c'est quoi la capitale | norvégien=NO; japonais de tokyo non le pays=JP; islandais=IS | fr-CA
boisfrancs | alexa c'est écoeurant j'me rappelle pus la capitale {} | du yukon=CA-YT; des territoires du nord-ouest=CA-NT; du nunavut=CA-NU | fr-CA
boisfrancs | alexa à la cabane à sucre un touriste {} m'a demandé si je connais sa capitale | français de bretagne non de france=FR; belge=BE; allemand=DE | fr-CA
# --- fr-CA: Charlevoix (Baie-Saint-Paul, La Malbaie, the casino, the artists, the traversier de l'Isle-aux-Coudres, "toé", "moé")
charlevoix | alexa toé tu sais-tu la capitale {} | de l'île-du-prince-édouard=CA-PE; de terre-neuve=CA-NL; de l'ontario=CA-ON | fr-CA
charlevoix | alexa au casino de charlevoix un joueur {} m'a demandé sa capitale | chinois de macao non de chine=CN; coréen du sud=KR; vietnamien=VN | fr-CA
charlevoix | alexa moé j'vends des toiles à baie-saint-paul à un collectionneur {} c'est quoi sa capitale | mexicain=MX; argentin=AR; américain=US | fr-CA
charlevoix | alexa sur le traversier de l'isle-aux-coudres des touristes {} demandent leur capitale | hollandais=NL; autrichiens=AT; suisses allemands=CH | fr-CA
charlevoix | alexa au sommet du g sept à la malbaie y avait le premier ministre {} c'est quoi la capitale | du japon=JP; de l'italie=IT; du royaume-uni=GB | fr-CA
# --- fr-CA: Montréal adults code-switching (Plateau, Mile End, West Island, "genre", "full", "chill", "anyway", "tu checkes")
mtl-mix | alexa genre c'est quoi la capitale {} anyway | de l'australie=AU; de la nouvelle-zélande=NZ; de l'irlande=IE | fr-CA
mtl-mix | alexa je suis full mêlé c'est quoi la capitale {} | du kazakhstan=KZ; du pakistan=PK; de l'afghanistan=AF | fr-CA
mtl-mix | alexa can you like dis-moi la capitale {} | de la californie=US-CA; du texas=US-TX; de la floride=US-FL | fr-CA
mtl-mix | alexa chill là mais c'est quoi la capitale {} au juste | du massachusetts=US-MA; du maine=US-ME; du rhode island=US-RI | fr-CA
mtl-mix | alexa tu checkes ça pour moi la capitale {} | du michigan=US-MI; de l'ohio=US-OH; de l'illinois=US-IL | fr-CA
mtl-mix | alexa au café du mile end on gage sur la capitale {} | du washington l'état=US-WA; de l'oregon=US-OR; de l'idaho=US-ID | fr-CA
mtl-mix | alexa i mean je veux dire la capitale {} | de la pennsylvanie=US-PA; du new jersey=US-NJ; du maryland=US-MD | fr-CA
# --- fr-CA: Haitian Montrealers of Saint-Michel and Montréal-Nord (Creole "sak pasé", "ki jan", "mwen", "chérie", the church, the kompa)
haitiens | alexa sak pasé dis-moi la capitale {} | d'haïti=HT; de la république dominicaine=DO; de cuba=CU | fr-CA
haitiens | alexa ki jan ou rele kapital la {} non pardon c'est quoi la capitale | de la jamaïque=JM; de porto rico=PR; des bahamas=BS | fr-CA
haitiens | alexa à l'église on prie pour le monde la capitale {} c'est laquelle | du venezuela=VE; du nicaragua=NI; du salvador=SV | fr-CA
haitiens | alexa chérie demande la capitale {} mwen pa konnen | de la guadeloupe=GP; de la martinique=MQ; de la guyane=GF | fr-CA
haitiens | alexa au festival kompa un groupe vient {} c'est quoi la capitale | de sainte-lucie=LC; de la dominique=DM; de la barbade=BB | fr-CA
# --- fr-CA: truckers on the 20 and the 40 ("mon truck", "la run", "le CB", "à soir", "check ben ça")
camionneurs | alexa j'ai une run {} à soir c'est quoi la capitale | en ontario=CA-ON; au manitoba=CA-MB; en saskatchewan=CA-SK | fr-CA
camionneurs | alexa dans mon truck on jase au cb un gars de la run {} demande sa capitale | du tennessee=US-TN; du kentucky=US-KY; de l'indiana=US-IN | fr-CA
camionneurs | alexa check ben ça je livre {} demain c'est quoi la capitale | en géorgie l'état=US-GA; en caroline du nord=US-NC; en caroline du sud=US-SC | fr-CA
camionneurs | alexa je suis bloqué aux douanes de lacolle je rentre {} c'est quoi la capitale | au new york=US-NY; au vermont pardon new york=US-NY; aux états-unis=US | fr-CA
camionneurs | alexa le répartiteur m'envoie {} la semaine prochaine c'est quoi la capitale | au texas=US-TX; en arizona=US-AZ; au nouveau-mexique=US-NM | fr-CA
# --- fr-CA: construction (a chantier in Laval, the foreman, the union, "le boss", "ma gang", "une shop")
chantier | alexa sur le chantier le boss dit que la capitale {} c'est toronto c'est-tu vrai | de l'ontario=CA-ON; du canada=CA; de la colombie-britannique=CA-BC | fr-CA
chantier | alexa ma gang a un nouveau {} c'est quoi la capitale de chez eux | roumain=RO; moldave=MD; portugais=PT | fr-CA
chantier | alexa au dîner on fait un quiz dans la shop la capitale {} | de l'équateur=EC; de la bolivie la vraie=BO; du paraguay=PY | fr-CA
chantier | alexa le gars de la grue vient {} il dit que c'est une petite capitale laquelle | de l'islande=IS; du luxembourg=LU; de malte=MT | fr-CA
# --- fr-CA: cégep students in Saint-Hyacinthe, Drummondville and Saint-Jérôme's neighbours ("genre", "vraiment", "c'est malade", the party)
cegep | alexa pour mon cours d'histoire au cégep c'est quoi la capitale {} | de l'empire ottoman non de la turquie=TR; de la prusse non de l'allemagne=DE; de la perse non de l'iran=IR | fr-CA
cegep | alexa c'est malade j'ai un exam demain la capitale {} | du nigeria=NG; du kenya=KE; de l'éthiopie=ET | fr-CA
cegep | alexa au party mon chum gage que la capitale {} c'est zurich | de la suisse=CH; du liechtenstein voyons=LI; de l'autriche=AT | fr-CA
cegep | alexa en sciences politiques la prof veut la capitale {} | d'israël=IL; de la palestine=PS; du liban=LB | fr-CA
cegep | alexa mon coloc en échange vient {} c'est quoi sa capitale vraiment | de taïwan=TW; de hong kong non de la chine=CN; de corée du sud=KR | fr-CA
# --- fr-CA: seniors in a résidence pour aînés ("ma belle", "mon garçon", "la dame de la résidence", the bingo)
aines | alexa ma belle c'est quoi la capitale {} | de l'angleterre=GB-ENG; de l'écosse=GB-SCT; de l'irlande=IE | fr-CA
aines | alexa mon garçon je suis allée en voyage {} dans les années soixante c'est quoi la capitale | en grèce=GR; en italie=IT; en espagne=ES | fr-CA
aines | alexa la dame de la résidence me demande la capitale {} | du portugal=PT; du maroc=MA; de l'égypte=EG | fr-CA
aines | alexa avant le bingo on joue aux capitales c'est quoi la capitale {} | de la floride=US-FL; de la californie non pardon de l'arizona=US-AZ; de la louisiane=US-LA | fr-CA
aines | alexa mon défunt mari venait {} c'est quoi la capitale déjà | de la pologne=PL; de l'irlande=IE; de la hongrie=HU | fr-CA
# --- fr-CA: games and parties (Génies en herbe, the party de Noël, poker night, dards at the brasserie, a TikTok quiz)
jeux-qc | alexa à génies en herbe la question c'était la capitale {} | de l'ouganda=UG; du rwanda=RW; du burundi=BI | fr-CA
jeux-qc | alexa au party de noël chez ma tante on gage vingt piastres sur la capitale {} | du brésil=BR; de la turquie=TR; du maroc=MA | fr-CA
jeux-qc | alexa soirée poker avant de brasser c'est quoi la capitale {} | du vietnam=VN; de la malaisie=MY; de singapour=SG | fr-CA
jeux-qc | alexa aux dards à la brasserie celui qui perd dit la capitale {} | du danemark=DK; de la suède=SE; de la norvège=NO | fr-CA
jeux-qc | alexa sur tiktok y a un quiz la capitale {} tu la sais-tu | du népal=NP; du bangladesh=BD; du myanmar=MM | fr-CA
# --- fr-CA: hockey parents at the aréna ("le petit joue atome", the tournoi, the bus, "mon grand")
arena | alexa au tournoi pee-wee y a une équipe {} c'est quoi la capitale | de la slovaquie=SK; de la finlande=FI; de la suède=SE | fr-CA
arena | alexa mon grand joue atome pis son coach est {} c'est quoi sa capitale | tchèque=CZ; letton=LV; suisse=CH | fr-CA
arena | alexa dans l'autobus du tournoi les jeunes demandent la capitale {} | du minnesota=US-MN; du wisconsin=US-WI; du dakota du nord=US-ND | fr-CA
arena | alexa le gardien des canadiens il vient {} c'est quoi la capitale | du manitoba=CA-MB; de la slovaquie=SK; du danemark=DK | fr-CA
# --- fr-CA: more frames per group, and nurses, a dépanneur, ice fishing at Baie-du-Febvre
monteregie | alexa mettons que ma fille part en coopération {} c'est quoi la capitale | au pérou=PE; au sénégal=SN; au honduras=HN | fr-CA
monteregie | alexa à l'expo agricole de saint-hyacinthe un éleveur {} m'a demandé sa capitale | néo-zélandais=NZ; danois=DK; irlandais=IE | fr-CA
monteregie | alexa en tout cas les cueilleurs de fraises cette année viennent {} c'est quoi la capitale | du salvador=SV; de la jamaïque=JM; du guatemala=GT | fr-CA
monteregie | alexa au fort chambly un visiteur m'a demandé la capitale {} | de la louisiane=US-LA; de l'angleterre=GB-ENG; de la france=FR | fr-CA
boisfrancs | alexa pis à victo y a un joueur de soccer {} c'est quoi sa capitale | ghanéen=GH; ivoirien=CI; haïtien=HT | fr-CA
boisfrancs | alexa ben là mon neveu déménage {} c'est quoi la capitale de là-bas | en alberta=CA-AB; en colombie-britannique=CA-BC; au nouveau-brunswick=CA-NB | fr-CA
boisfrancs | alexa au village québécois d'antan un guide demande la capitale {} | du bas-canada non du québec=CA-QC; de terre-neuve-et-labrador=CA-NL; du canada-uni non du canada=CA | fr-CA
boisfrancs | alexa c'est écoeurant mon voisin sait toutes les capitales moi je sais pas celle {} | des palaos=PW; des îles marshall=MH; de la micronésie=FM | fr-CA
charlevoix | alexa toé tu sais-tu la capitale {} mon mari dit que c'est pas la plus grosse ville | de la floride=US-FL; de la californie=US-CA; du texas=US-TX | fr-CA
charlevoix | alexa moé j'ai servi des clients {} au manoir richelieu c'est quoi leur capitale | allemands=DE; autrichiens de vienne non le pays=AT; polonais=PL | fr-CA
charlevoix | alexa au festif de baie-saint-paul y avait un chanteur {} c'est quoi la capitale | sénégalais=SN; malien=ML; cap-verdien=CV | fr-CA
charlevoix | alexa sur le petit train de charlevoix une famille {} demande sa capitale | mexicaine=MX; costaricienne=CR; panaméenne=PA | fr-CA
mtl-mix | alexa genre my boss est {} c'est quoi la capitale | écossais=GB-SCT; gallois=GB-WLS; nord-irlandais=GB-NIR | fr-CA
mtl-mix | alexa full random question c'est quoi la capitale {} | de l'arkansas=US-AR; du kentucky=US-KY; de l'alabama=US-AL | fr-CA
mtl-mix | alexa so euh la capitale {} c'est quoi | du dakota du sud=US-SD; du nevada=US-NV; de l'oklahoma=US-OK | fr-CA
mtl-mix | alexa my girlfriend is from {} c'est quoi la capitale | l'iowa=US-IA; le missouri=US-MO; le wisconsin=US-WI | fr-CA
haitiens | alexa sak pasé ma tante demande la capitale {} | du bénin=BJ; du togo=TG; du cameroun=CM | fr-CA
haitiens | alexa mwen vle konnen non je veux savoir la capitale {} | du brésil=BR; du chili=CL; de l'argentine=AR | fr-CA
haitiens | alexa au salon de coiffure à montréal-nord on gage sur la capitale {} | du nigeria=NG; de l'afrique du sud la vraie=ZA; de l'éthiopie=ET | fr-CA
haitiens | alexa chérie la petite a un devoir sur la capitale {} | de trinité-et-tobago=TT; de la grenade=GD; de saint-vincent=VC | fr-CA
camionneurs | alexa à soir je couche au truck stop {} c'est quoi la capitale | en pennsylvanie=US-PA; en ohio=US-OH; au michigan=US-MI | fr-CA
camionneurs | alexa la run de la semaine c'est {} c'est quoi la capitale de l'état | la virginie=US-VA; le maryland=US-MD; le delaware=US-DE | fr-CA
camionneurs | alexa je passe par {} avec ma remorque c'est quoi la capitale | le wyoming=US-WY; le montana=US-MT; l'utah=US-UT | fr-CA
camionneurs | alexa mon chum camionneur gage que la capitale {} c'est chicago | de l'illinois=US-IL; du minnesota non de l'illinois=US-IL; de l'indiana=US-IN | fr-CA
chantier | alexa le boss veut savoir la capitale {} parce que le nouveau vient de là | du salvador=SV; de la colombie=CO; du pérou=PE | fr-CA
chantier | alexa ma gang dit que la capitale {} c'est sydney moi je dis non | de l'australie=AU; de la nouvelle-galles du sud=AU-NSW; de la nouvelle-zélande=NZ | fr-CA
chantier | alexa dans la shop on a un soudeur {} c'est quoi la capitale | tunisien=TN; algérien=DZ; libanais=LB | fr-CA
chantier | alexa à la pause un gars {} dit que sa capitale est en montagne laquelle | bolivien=BO; népalais=NP; équatorien=EC | fr-CA
cegep | alexa c'est malade mon cours de géo c'est la capitale {} | de l'inde=IN; du pakistan=PK; du bangladesh=BD | fr-CA
cegep | alexa mon chum joue à un jeu vidéo qui se passe {} c'est quoi la capitale | au japon=JP; en corée du sud=KR; en pologne=PL | fr-CA
cegep | alexa pour le travail d'équipe on a la capitale {} | du brunei=BN; de l'indonésie=ID; du timor oriental=TL | fr-CA
cegep | alexa la prof de philo dit que la capitale {} c'était athènes dans l'antiquité et aujourd'hui | de la grèce=GR; de chypre=CY; de la macédoine du nord=MK | fr-CA
aines | alexa ma belle mon petit-fils s'en va travailler {} c'est quoi la capitale | au koweït=KW; à dubaï aux émirats=AE; en arabie saoudite=SA | fr-CA
aines | alexa mon garçon j'ai vu un reportage {} c'est quoi la capitale | sur la mongolie=MN; sur le groenland=GL; sur l'islande=IS | fr-CA
aines | alexa je regarde la messe du pape c'est quoi la capitale {} | du vatican=VA; de l'italie=IT; de malte=MT | fr-CA
aines | alexa à la résidence une nouvelle dame vient {} c'est quoi la capitale | de la belgique=BE; de la suisse=CH; du liban=LB | fr-CA
jeux-qc | alexa au party de noël le quiz de mon oncle la capitale {} | de la biélorussie=BY; de l'ukraine=UA; de la moldavie=MD | fr-CA
jeux-qc | alexa génies en herbe question éclair la capitale {} | de la syrie=SY; de l'irak=IQ; du yémen=YE | fr-CA
jeux-qc | alexa au tournoi de cribbage on gage la capitale {} | de la tasmanie=AU-TAS; du queensland=AU-QLD; de l'australie-méridionale=AU-SA | fr-CA
jeux-qc | alexa soirée jeux de société au chalet c'est quoi la capitale {} | du laos=LA; du cambodge=KH; de la thaïlande=TH | fr-CA
arena | alexa au tournoi de québec les jeunes jouent contre une équipe {} c'est quoi la capitale | de la suisse=CH; de l'allemagne=DE; de l'autriche=AT | fr-CA
arena | alexa le zamboni est brisé on niaise dans les estrades c'est quoi la capitale {} | de la russie=RU; du kazakhstan=KZ; de la lettonie=LV | fr-CA
arena | alexa mon grand fait le camp de hockey {} c'est quoi la capitale | en suède=SE; en finlande=FI; en tchéquie=CZ | fr-CA
infirmieres | alexa de nuit au chum un patient {} m'a demandé sa capitale | éthiopien=ET; érythréen=ER; somalien=SO | fr-CA
infirmieres | alexa à l'urgence l'interprète est {} c'est quoi la capitale de son pays | afghan=AF; iranien=IR; syrien=SY | fr-CA
infirmieres | alexa ma collègue infirmière vient {} c'est quoi la capitale | des philippines=PH; du cameroun=CM; de la tunisie=TN | fr-CA
infirmieres | alexa en pause à trois heures du matin on joue la capitale {} | du soudan=SD; du tchad=TD; de la libye=LY | fr-CA
depanneur | alexa au dépanneur un client {} achète des gratteux c'est quoi sa capitale | indien=IN; sri-lankais=LK; bangladais=BD | fr-CA
depanneur | alexa je tiens un dépanneur le livreur de bière vient {} c'est quoi la capitale | du portugal=PT; du brésil=BR; de l'uruguay=UY | fr-CA
depanneur | alexa derrière le comptoir on gage sur la capitale {} | de la jordanie=JO; d'oman=OM; de bahreïn=BH | fr-CA
depanneur | alexa un client veut envoyer de l'argent {} c'est quoi la capitale | en haïti=HT; au congo kinshasa=CD; au burundi=BI | fr-CA
peche | alexa à la pêche blanche à baie-du-febvre un pêcheur {} m'a demandé sa capitale | ukrainien=UA; biélorusse=BY; lituanien=LT | fr-CA
peche | alexa dans la cabane sur la glace on joue la capitale {} | du groenland=GL; de l'alaska=US-AK; du nunavut=CA-NU | fr-CA
peche | alexa ça mord pas faque dis-moi la capitale {} | de la norvège=NO; de l'islande=IS; des îles féroé=FO | fr-CA
# --- more situational help, stop, cancel, launch
help | alexa la petite sait pas quoi te demander aide-nous | HELP
help | alexa moi légionnaire pas comprendre comment jouer aide | HELP
help | alexa ben là je fais quoi avec ton jeu de capitales | HELP | fr-CA
help | alexa toé explique-moi comment on joue | HELP | fr-CA
help | alexa c'est quoi je dois dire pour avoir une capitale | HELP | fr-CA
help | alexa peuchère je sais pas comment ça marche | HELP
stop | alexa macarel arrête-toi | STOP
stop | alexa wallah stop maintenant | STOP
stop | alexa c'est l'heure du repas on arrête | STOP
stop | alexa les enfants dorment tais-toi | STOP
stop | alexa arrête le jeu des capitales | STOP
stop | alexa ferme-la une fois | STOP
stop | alexa mon truck repart arrête | STOP | fr-CA
stop | alexa c'est assez pour à soir on arrête | STOP | fr-CA
stop | alexa arrête là le bingo commence | STOP | fr-CA
stop | alexa stop la game est finie | STOP | fr-CA
stop | alexa farme-la | STOP | fr-CA
stop | alexa ok merci tu peux arrêter | STOP | fr-CA
cancel | alexa attends non oublie la question sur la bolivie | CANCEL
cancel | alexa laisse tomber je demanderai à mon prof | CANCEL
cancel | alexa non laisse la petite a trouvé toute seule | CANCEL
cancel | alexa annule j'ai dit une bêtise | CANCEL
cancel | alexa oublie c'est le papé qui parlait | CANCEL
cancel | alexa laisse tomber une fois | CANCEL
cancel | alexa finalement non j'ai la réponse annule | CANCEL
cancel | alexa oublie ça je l'ai trouvé sur mon téléphone | CANCEL | fr-CA
cancel | alexa laisse faire mon chum le sait | CANCEL | fr-CA
cancel | alexa annule annule c'était pas pour toi | CANCEL | fr-CA
cancel | alexa laisse faire la question du quiz | CANCEL | fr-CA
cancel | alexa non oublie ça c'est ma blonde qui parlait | CANCEL | fr-CA
cancel | alexa ah pis laisse faire | CANCEL | fr-CA
cancel | alexa ben non annule ça là | CANCEL | fr-CA
launch | alexa ouvre capitales du monde pour la classe | LAUNCH
launch | alexa lance capitales du monde on fait un quiz | LAUNCH
launch | alexa ouvre-moi le jeu capitales du monde pour le petit bac | LAUNCH
launch | alexa démarre capitales du monde s'il te plaît | LAUNCH
launch | alexa on peut jouer à capitales du monde avec papi | LAUNCH
launch | alexa je voudrais lancer capitales du monde | LAUNCH
launch | alexa part donc capitales du monde pour les enfants | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde on fait un concours | LAUNCH | fr-CA
launch | alexa mets donc capitales du monde | LAUNCH | fr-CA
launch | alexa lance le jeu capitales du monde au chalet | LAUNCH | fr-CA
launch | alexa go capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre l'application capitales du monde | LAUNCH | fr-CA
# --- more fr-CA shared lines
follow-up | alexa ok pis le {} | honduras=HN; belize=BZ; salvador=SV | fr-CA
follow-up | alexa pis pour {} c'est laquelle | la californie=US-CA; l'arizona=US-AZ; le nevada=US-NV | fr-CA
follow-up | alexa ok correct pis {} | la jamaïque=JM; cuba=CU; la barbade=BB | fr-CA
self-correction | alexa c'est quoi ben la capitale {} | du vermont non du maine=US-ME; de la pennsylvanie euh de la virginie=US-VA; de la caroline du nord non du sud=US-SC | fr-CA
self-correction | alexa c'est quoi la capitale {} là je veux dire | de l'alberta de la saskatchewan=CA-SK; de l'ontario du manitoba=CA-MB; du yukon du nunavut=CA-NU | fr-CA
official-name | alexa c'est quoi la capitale {} au complet | des états-unis d'amérique=US; de la république française=FR; du royaume d'espagne=ES | fr-CA
everyday-name | alexa la capitale {} c'est quoi ça | des états=US; de la russie blanche=BY; du zaïre=CD | fr-CA
reverse-question | alexa {} c'est-tu une capitale de quoi | whitehorse=CITY:Whitehorse; iqaluit=CITY:Iqaluit; yellowknife=CITY:Yellowknife | fr-CA
reverse-question | alexa {} c'est la capitale de quel état américain | montpelier=CITY:Montpelier; augusta=CITY:Augusta; concord=CITY:Concord | fr-CA
reverse-question | alexa {} c'est la capitale de quel pays déjà | managua=CITY:Managua; port-au-prince=CITY:Port-au-Prince; kingstown=CITY:Kingstown
plural-capitals | alexa la bolivie a-tu deux capitales lesquelles | BO | fr-CA
subdivision | alexa la capitale {} pour la tournée | du nouveau-mexique=US-NM; du tennessee=US-TN; de la caroline du sud=US-SC | fr-CA
subdivision | alexa c'est quoi la capitale {} à côté du québec | de l'ontario=CA-ON; du nouveau-brunswick=CA-NB; de terre-neuve=CA-NL | fr-CA
yes-no-check | alexa c'est-tu vrai que {} | québec c'est la capitale du québec=CA-QC; halifax c'est la capitale de la nouvelle-écosse=CA-NS; saint john c'est la capitale du nouveau-brunswick=CA-NB | fr-CA
yes-no-check | alexa gage-toi que la capitale {} | de l'état de new york c'est new york=US-NY; du michigan c'est détroit=US-MI; de la floride c'est miami=US-FL | fr-CA
# --- shared families
follow-up | alexa et {} alors | pour la gambie=GM; pour le sénégal=SN; pour la guinée=GN
follow-up | alexa ok et celle {} | de l'ouzbékistan=UZ; du kirghizistan=KG; de la mongolie=MN
follow-up | alexa pis {} c'est quoi | l'alberta=CA-AB; le manitoba=CA-MB; l'île-du-prince-édouard=CA-PE | fr-CA
follow-up | alexa merci et pour {} | le burkina faso=BF; le niger=NE; le mali=ML
follow-up | alexa bon d'accord et {} tant qu'on y est | l'estonie=EE; la lettonie=LV; la lituanie=LT
follow-up | alexa ah ouais et {} | le costa rica=CR; le panama=PA; le nicaragua=NI
follow-up | alexa pis pour {} tant qu'à faire | le vermont=US-VT; le maine=US-ME; le new hampshire=US-NH | fr-CA
follow-up | alexa même question pour {} | la tanzanie=TZ; le mozambique=MZ; la zambie=ZM
follow-up | alexa et maintenant {} | le qatar=QA; bahreïn=BH; le yémen=YE
follow-up | alexa pis {} elle | la nouvelle-écosse=CA-NS; le nouveau-brunswick=CA-NB; terre-neuve=CA-NL | fr-CA
follow-up | alexa attends et celle {} tu la connais | de la corée du nord=KP; de taïwan=TW; du japon=JP
follow-up | alexa d'accord et pour {} c'est quoi | la géorgie le pays=GE; l'arménie=AM; chypre=CY
follow-up | alexa ok pis celle {} | du yukon=CA-YT; du nunavut=CA-NU; des territoires du nord-ouest=CA-NT | fr-CA
follow-up | alexa et la même chose {} | pour le chili=CL; pour l'argentine=AR; pour l'uruguay=UY
plural-capitals | alexa c'est quoi les capitales {} | du bénin=BJ; de la bolivie=BO; de la côte d'ivoire=CI
plural-capitals | alexa donne-moi les deux capitales {} | du sri lanka=LK; de la malaisie=MY; des pays-bas=NL
plural-capitals | alexa quelles sont les trois capitales {} | de l'afrique du sud=ZA; sud-africaines=ZA
plural-capitals | alexa les capitales {} c'est lesquelles | de l'eswatini=SZ; du swaziland=SZ; de la palestine=PS
plural-capitals | alexa y a-tu deux capitales {} | en bolivie=BO; au bénin=BJ; aux pays-bas=NL | fr-CA
plural-capitals | alexa c'est vrai qu'il y a plusieurs capitales {} lesquelles | en côte d'ivoire=CI; au sri lanka=LK; en malaisie=MY
plural-capitals | alexa quelles sont les capitales {} | du jammu-et-cachemire=IN-JK; de l'uttarakhand=IN-UK; de montserrat=MS
plural-capitals | alexa dis-moi toutes les capitales {} | de l'afrique du sud=ZA; de la palestine=PS; de l'eswatini=SZ
plural-capitals | alexa c'est quoi les capitales {} pis laquelle est la vraie | de la hollande=NL; de la bolivie=BO; du bénin=BJ | fr-CA
subdivision | alexa c'est quoi la capitale {} | de la bavière=DE-BY; de la saxe=DE-SN; de la thuringe=DE-TH
subdivision | alexa la capitale du land {} | de hesse=DE-HE; de rhénanie-du-nord-westphalie=DE-NW; de mecklembourg-poméranie-occidentale=DE-MV
subdivision | alexa quelle est la capitale de l'état {} en inde | du bihar=IN-BR; de l'assam=IN-AS; du gujarat=IN-GJ
subdivision | alexa la capitale de l'état indien {} | de goa=IN-GA; du sikkim=IN-SK; de l'odisha=IN-OD
subdivision | alexa c'est quoi la capitale de l'état mexicain {} | de jalisco=MX-JAL; de nuevo león=MX-NLE; de quintana roo=MX-ROO
subdivision | alexa la capitale de l'état {} au mexique | de sonora=MX-SON; de chihuahua=MX-CHH; de basse-californie=MX-BCN
subdivision | alexa au brésil c'est quoi la capitale de l'état {} | de bahia=BR-BA; du paraná=BR-PR; du ceará=BR-CE
subdivision | alexa la capitale {} au brésil | de l'amazonas=BR-AM; de santa catarina=BR-SC; du pará=BR-PA
subdivision | alexa c'est quoi la capitale de l'état australien {} | de victoria=AU-VIC; du queensland=AU-QLD; de la tasmanie=AU-TAS
subdivision | alexa la capitale {} en australie | de la nouvelle-galles du sud=AU-NSW; du territoire du nord=AU-NT; de l'australie-occidentale=AU-WA
subdivision | alexa c'est quoi la capitale de l'état {} | de l'iowa=US-IA; du missouri=US-MO; de l'arkansas=US-AR
subdivision | alexa la capitale de l'état {} aux états-unis | du mississippi=US-MS; de l'alabama=US-AL; de la louisiane=US-LA
subdivision | alexa c'est quoi la capitale {} dans le sud | du texas=US-TX; de l'oklahoma=US-OK; du kansas=US-KS | fr-CA
subdivision | alexa la capitale {} dans l'ouest | du nevada=US-NV; de l'utah=US-UT; du colorado=US-CO | fr-CA
subdivision | alexa c'est quoi la capitale du {} | dakota du sud=US-SD; nebraska=US-NE; wyoming=US-WY
subdivision | alexa la capitale de l'état {} | d'hawaï=US-HI; de l'alaska=US-AK; du montana=US-MT
subdivision | alexa c'est quoi la capitale {} en inde | du kerala=IN-KL; du tamil nadu=IN-TN; du karnataka=IN-KA
subdivision | alexa dis-moi la capitale {} en inde | du rajasthan=IN-RJ; de l'uttar pradesh=IN-UP; du madhya pradesh=IN-MP
subdivision | alexa la capitale de la province {} | de québec=CA-QC; de l'ontario=CA-ON; de la saskatchewan=CA-SK | fr-CA
subdivision | alexa c'est quoi la capitale {} au canada | des territoires du nord-ouest=CA-NT; du yukon=CA-YT; de la colombie-britannique=CA-BC | fr-CA
subdivision | alexa la capitale {} en allemagne | de la basse-saxe=DE-NI; du bade-wurtemberg=DE-BW; du schleswig-holstein=DE-SH
subdivision | alexa c'est quoi la capitale de la région {} | de la guadeloupe=GP; de mayotte=YT; de la réunion=RE
subdivision | alexa la capitale {} | de la virginie=US-VA; de la virginie-occidentale=US-WV; du delaware=US-DE
subdivision | alexa c'est quoi la capitale de l'état de {} | washington=US-WA; new york=US-NY; géorgie aux états-unis=US-GA
subdivision | alexa c'est quoi le chef-lieu {} | de la guyane=GF; de la martinique=MQ; de saint-pierre-et-miquelon=PM
subdivision | alexa la capitale {} en inde | du telangana=IN-TS; du pendjab=IN-PB; du bengale-occidental=IN-WB
subdivision | alexa euh c'est quoi la capitale {} déjà | du connecticut=US-CT; du massachusetts=US-MA; de la caroline du nord=US-NC
subdivision | alexa capitale {} | du groenland=GL; des îles féroé=FO; des îles åland=AX
subdivision | alexa la capitale de l'île {} | de jersey=JE; de guernesey=GG; de man=IM
subdivision | alexa j'ai un doute c'est quoi la capitale {} | des bermudes=BM; des îles caïmans=KY; de porto rico=PR
subdivision | alexa la capitale {} aux antilles | d'aruba=AW; de curaçao=CW; de sint-maarten=SX
yes-no-check | alexa est-ce que la capitale {} | de l'australie c'est sydney=AU; du canada c'est toronto=CA; de la suisse c'est genève=CH
yes-no-check | alexa c'est bien {} | ankara la capitale de la turquie=TR; rabat la capitale du maroc=MA; abuja la capitale du nigeria=NG
yes-no-check | alexa c'est-tu vrai que la capitale {} | des états-unis c'est new york=US; du brésil c'est rio=BR; de la californie c'est los angeles=US-CA | fr-CA
yes-no-check | alexa vrai ou faux la capitale {} | du kazakhstan c'est almaty=KZ; du vietnam c'est hanoï=VN; du pakistan c'est karachi=PK
yes-no-check | alexa je crois que la capitale {} j'ai raison | de la nouvelle-zélande c'est auckland=NZ; de l'inde c'est new delhi=IN; du myanmar c'est rangoun=MM
yes-no-check | alexa la capitale {} non | de la bolivie c'est la paz=BO; de la tanzanie c'est dar es salam=TZ; du cameroun c'est douala=CM
yes-no-check | alexa est-ce que {} | genève est la capitale de la suisse=CH; barcelone est la capitale de l'espagne=ES; milan est la capitale de l'italie=IT
yes-no-check | alexa c'est-tu {} | montréal la capitale du québec=CA-QC; vancouver la capitale de la colombie-britannique=CA-BC; calgary la capitale de l'alberta=CA-AB | fr-CA
yes-no-check | alexa confirme-moi que la capitale {} | de l'écosse c'est édimbourg=GB-SCT; du pays de galles c'est cardiff=GB-WLS; de la belgique c'est bruxelles=BE
self-correction | alexa la capitale {} c'est laquelle | de la suède non de la norvège=NO; du chili euh non du pérou=PE; de la slovaquie pardon de la slovénie=SI
self-correction | alexa tu connais la capitale {} | de l'autriche enfin de l'australie=AU; du niger non du nigeria=NG; de l'iran euh l'irak=IQ
self-correction | alexa dis-moi la capitale {} | de la guinée équatoriale non la guinée tout court=GN; de la gambie non la zambie=ZM; du soudan non du soudan du sud=SS
self-correction | alexa la capitale {} attends non | de la colombie de la bolivie=BO; du paraguay de l'uruguay=UY; de la hongrie de la roumanie=RO
self-correction | alexa rappelle-moi c'est quoi la capitale {} au juste | du manitoba non de la saskatchewan=CA-SK; de l'ontario pardon du québec=CA-QC; du nouveau-brunswick euh de la nouvelle-écosse=CA-NS | fr-CA
self-correction | alexa quelle est la capitale {} | de la croatie je veux dire de la serbie=RS; de la lettonie je veux dire de la lituanie=LT; de l'albanie je veux dire de la macédoine=MK
self-correction | alexa la capitale {} tu sais | de la dominique euh non de la république dominicaine=DO; du congo euh kinshasa le congo de kinshasa=CD; de la mauritanie non maurice=MU
reverse-question | alexa {} c'est la capitale de quel pays | ouagadougou=CITY:Ouagadougou; tegucigalpa=CITY:Tegucigalpa; bichkek=CITY:Bichkek
reverse-question | alexa de quel pays {} est la capitale | oulan-bator=CITY:Oulan-Bator; vientiane=CITY:Vientiane; antananarivo=CITY:Antananarivo
reverse-question | alexa {} c'est la capitale de quoi | paramaribo=CITY:Paramaribo; nouakchott=CITY:Nouakchott; windhoek=CITY:Windhoek
reverse-question | alexa c'est où {} c'est la capitale de quel pays | ljubljana=CITY:Ljubljana; podgorica=CITY:Podgorica; chisinau=CITY:Chișinău
reverse-question | alexa la ville de {} c'est la capitale de quel état | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; harrisburg=CITY:Harrisburg | fr-CA
reverse-question | alexa {} c'est la capitale de quelle province | regina=CITY:Regina; fredericton=CITY:Fredericton; charlottetown=CITY:Charlottetown | fr-CA
reverse-question | alexa {} capitale de quoi déjà | lomé=CITY:Lomé; bamako=CITY:Bamako; niamey=CITY:Niamey
reverse-question | alexa de quoi {} est-elle la capitale | canberra=CITY:Canberra; wellington=CITY:Wellington; ottawa=CITY:Ottawa
reverse-question | alexa dans quel pays se trouve la capitale {} | asmara=CITY:Asmara; djouba=CITY:Juba; mogadiscio=CITY:Mogadiscio
reverse-question | alexa {} c'est la capitale de où | victoria=CITY:Victoria; kingston=CITY:Kingston; saint john's=CITY:Saint John's | fr-CA
official-name | alexa tu me donnes la capitale {} vite fait | de la république fédérale d'allemagne=DE; de la confédération helvétique=CH; du royaume de suède=SE
official-name | alexa la capitale {} vas-y | de la république populaire de chine=CN; de la fédération de russie=RU; de la république islamique d'iran=IR
official-name | alexa quelle est donc la capitale {} | de la république démocratique du congo=CD; de la république centrafricaine=CF; de la république du congo=CG
official-name | alexa ma question c'est quelle ville est la capitale {} | du royaume hachémite de jordanie=JO; de la république arabe d'égypte=EG; de la république algérienne démocratique et populaire=DZ
official-name | alexa la capitale {} s'il vous plaît | du grand-duché de luxembourg=LU; de la principauté de monaco=MC; de l'état de la cité du vatican=VA
official-name | alexa sais-tu quelle est la capitale {} | des états-unis mexicains=MX; de la république bolivarienne du venezuela=VE; de la république orientale de l'uruguay=UY
official-name | alexa la capitale {} c'est quelle ville | de la république socialiste du viêt nam=VN; de la république démocratique populaire lao=LA; de la république de l'union du myanmar=MM
official-name | alexa hmm la capitale {} c'est quoi | du royaume-uni de grande-bretagne et d'irlande du nord=GB; de la république unie de tanzanie=TZ; de la république fédérale démocratique d'éthiopie=ET
everyday-name | alexa je cherche la capitale {} | de la hollande=NL; de l'amérique=US; de la birmanie=MM
everyday-name | alexa capitale {} s'il te plaît | des émirats=AE; de la centrafrique=CF; du congo-kinshasa=CD
everyday-name | alexa bon alors c'est quoi la capitale {} là | des states=US; de l'angleterre tu sais le royaume-uni=GB; de la grande-bretagne=GB | fr-CA
everyday-name | alexa dis-moi vite la capitale {} stp | de la bosnie=BA; de la macédoine=MK; du timor=TL
everyday-name | alexa attends c'est quoi la capitale {} en fait | de formose=TW; de la perse=IR; de la côte de l'or=GH
everyday-name | alexa donne-moi juste la capitale {} | de l'abyssinie=ET; du bechuanaland=BW; du nyassaland=MW
shared-name | alexa on se demande c'est quoi la capitale {} | de la corée=KP+KR; du congo=CD+CG; de la géorgie=GE+US-GA
shared-name | alexa la capitale {} merci | des deux corées=KP+KR; des deux congo=CD+CG; des îles vierges=VG+VI
shared-name | alexa elles sont où les capitales {} | des corées=KP+KR; des congos=CD+CG
shared-name | alexa la capitale de la dominique et de la république dominicaine | DM+DO
shared-name | alexa c'est quoi la capitale de la géorgie | GE+US-GA | fr-CA
shared-name | alexa la capitale des îles vierges c'est quoi | VG+VI | fr-CA
help | alexa comment ça marche ton jeu des capitales | HELP
help | alexa j'ai rien compris qu'est-ce que je dois dire | HELP
help | alexa tu peux m'expliquer ce que je peux te demander | HELP
help | alexa aide-moi je suis perdue | HELP
help | alexa euh je fais quoi maintenant | HELP
help | alexa c'est quoi les règles | HELP
help | alexa qu'est-ce que tu sais faire exactement | HELP
help | alexa au secours je sais pas comment on s'en sert | HELP
help | alexa je comprends pas comment ça fonctionne | HELP
help | alexa donne-moi un exemple de question | HELP
help | alexa c'est pour quoi faire cette application | HELP
help | alexa montre-moi comment poser une question | HELP
help | alexa ma grand-mère voudrait savoir comment t'utiliser | HELP
help | alexa explique-moi le principe s'il te plaît | HELP
help | alexa je suis nouveau ici tu m'aides | HELP
help | alexa quelles questions je peux poser | HELP
help | alexa j'ai besoin d'aide pour le jeu | HELP
help | alexa comment on fait pour demander une capitale | HELP
help | alexa aide | HELP | fr-CA
help | alexa comment ça marche ton affaire | HELP | fr-CA
help | alexa je sais pas quoi dire là aide-moi donc | HELP | fr-CA
help | alexa qu'est-ce que je peux te demander au juste | HELP | fr-CA
help | alexa tu peux-tu m'expliquer comment ça marche | HELP | fr-CA
help | alexa j'comprends rien à ton jeu | HELP | fr-CA
help | alexa c'est quoi les instructions | HELP | fr-CA
help | alexa aide-moi s'il vous plaît je suis pas bonne avec ça | HELP | fr-CA
help | alexa help me please euh aide-moi | HELP | fr-CA
help | alexa comment je fais pour jouer | HELP | fr-CA
stop | alexa stop | STOP
stop | alexa arrête | STOP
stop | alexa arrête-toi | STOP
stop | alexa tais-toi | STOP
stop | alexa chut | STOP
stop | alexa c'est bon arrête maintenant | STOP
stop | alexa quitte le jeu | STOP
stop | alexa on arrête là | STOP
stop | alexa ferme l'application | STOP
stop | alexa ça suffit | STOP
stop | alexa silence s'il te plaît | STOP
stop | alexa stop j'en ai marre | STOP
stop | alexa arrête de parler | STOP
stop | alexa sors du jeu | STOP
stop | alexa fin de la partie on arrête | STOP
stop | alexa bon ben stop | STOP
stop | alexa arrête tout | STOP
stop | alexa quitter | STOP
stop | alexa farme-toi | STOP | fr-CA
stop | alexa arrête ça là | STOP | fr-CA
stop | alexa stop là c'est assez | STOP | fr-CA
stop | alexa ferme ça | STOP | fr-CA
stop | alexa tais-toi donc | STOP | fr-CA
stop | alexa c'est correct arrête | STOP | fr-CA
stop | alexa on arrête de jouer | STOP | fr-CA
stop | alexa quitte | STOP | fr-CA
stop | alexa arrête de jaser | STOP | fr-CA
stop | alexa shut up arrête | STOP | fr-CA
cancel | alexa annule | CANCEL
cancel | alexa laisse tomber | CANCEL
cancel | alexa oublie ça | CANCEL
cancel | alexa non annule ma question | CANCEL
cancel | alexa en fait non laisse tomber | CANCEL
cancel | alexa annuler | CANCEL
cancel | alexa oublie | CANCEL
cancel | alexa c'est pas grave laisse | CANCEL
cancel | alexa non rien oublie | CANCEL
cancel | alexa annule la question | CANCEL
cancel | alexa bah non finalement laisse tomber | CANCEL
cancel | alexa je me suis trompé annule | CANCEL
cancel | alexa oublie ce que j'ai dit | CANCEL
cancel | alexa pas la peine annule | CANCEL
cancel | alexa non non laisse tomber c'est rien | CANCEL
cancel | alexa annule tout | CANCEL
cancel | alexa laisse faire | CANCEL | fr-CA
cancel | alexa oublie ça donc | CANCEL | fr-CA
cancel | alexa laisse faire c'est pas grave | CANCEL | fr-CA
cancel | alexa annule ça | CANCEL | fr-CA
cancel | alexa non finalement laisse faire | CANCEL | fr-CA
cancel | alexa cancelle | CANCEL | fr-CA
cancel | alexa cancel ça | CANCEL | fr-CA
cancel | alexa oublie ma question | CANCEL | fr-CA
cancel | alexa laisse faire oublie ça | CANCEL | fr-CA
cancel | alexa non c'est beau annule | CANCEL | fr-CA
launch | alexa ouvre capitales du monde | LAUNCH
launch | alexa lance capitales du monde | LAUNCH
launch | alexa démarre le jeu capitales du monde | LAUNCH
launch | alexa je veux jouer à capitales du monde | LAUNCH
launch | alexa ouvre le jeu des capitales du monde s'il te plaît | LAUNCH
launch | alexa lance la skill capitales du monde | LAUNCH
launch | alexa on joue à capitales du monde | LAUNCH
launch | alexa mets capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde pour les enfants | LAUNCH
launch | alexa part capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre donc capitales du monde | LAUNCH | fr-CA
launch | alexa démarre capitales du monde | LAUNCH | fr-CA
launch | alexa lance-moi capitales du monde | LAUNCH | fr-CA
launch | alexa peux-tu ouvrir capitales du monde | LAUNCH | fr-CA
launch | alexa j'veux jouer à capitales du monde | LAUNCH | fr-CA
launch | alexa parte capitales du monde | LAUNCH | fr-CA
out-of-domain | alexa quelle heure est-il | FB
out-of-domain | alexa mets de la musique | FB
out-of-domain | alexa quel temps il fait demain à reims | FB
out-of-domain | alexa règle un minuteur de dix minutes pour les pâtes | FB
out-of-domain | alexa allume la lumière de la cuisine | FB
out-of-domain | alexa ajoute du lait à la liste de courses | FB
out-of-domain | alexa raconte-moi une blague | FB
out-of-domain | alexa c'est quoi le score du stade de reims | FB
out-of-domain | alexa mets france inter | FB
out-of-domain | alexa réveille-moi à six heures | FB
out-of-domain | alexa combien de kilomètres entre tours et paris | FB
out-of-domain | alexa qui a gagné le tour de france l'année dernière | FB
out-of-domain | alexa appelle maman | FB
out-of-domain | alexa baisse le son | FB
out-of-domain | alexa c'est quoi la recette de la garbure | FB
out-of-domain | alexa traduis merci en portugais | FB
out-of-domain | alexa combien font sept fois huit | FB
out-of-domain | alexa c'est quoi la capitale de la bretagne | FB
out-of-domain | alexa c'est quoi la capitale de la champagne | FB
out-of-domain | alexa la capitale de la touraine | FB
out-of-domain | alexa c'est quoi la capitale de la franche-comté | FB
out-of-domain | alexa la capitale de la gascogne | FB
out-of-domain | alexa c'est quoi la capitale de la provence | FB
out-of-domain | alexa la capitale de la wallonie | FB
out-of-domain | alexa c'est quoi la capitale de la flandre | FB
out-of-domain | alexa la capitale de la kabylie | FB
out-of-domain | alexa c'est quoi la capitale de la casamance | FB
out-of-domain | alexa la capitale du kurdistan | FB
out-of-domain | alexa c'est quoi la capitale de la transnistrie | FB
out-of-domain | alexa la capitale de l'ossétie du sud | FB
out-of-domain | alexa c'est quoi la capitale du somaliland | FB
out-of-domain | alexa la capitale de la catalogne | FB
out-of-domain | alexa c'est quoi la capitale de la sicile | FB
out-of-domain | alexa la capitale de la sibérie | FB
out-of-domain | alexa c'est quoi la capitale de la patagonie | FB
out-of-domain | alexa la capitale du tibet | FB
out-of-domain | alexa c'est quoi la capitale de l'empire romain | FB
out-of-domain | alexa la capitale de l'empire inca | FB
out-of-domain | alexa c'est quoi la capitale de la gaule | FB
out-of-domain | alexa la capitale de l'atlantide | FB
out-of-domain | alexa c'est quoi la capitale du wakanda | FB
out-of-domain | alexa la capitale du gondor | FB
out-of-domain | alexa c'est quoi la capitale de westeros | FB
out-of-domain | alexa la capitale de la bordurie dans tintin | FB
out-of-domain | alexa c'est quoi la capitale de la syldavie | FB
out-of-domain | alexa la capitale du pays des merveilles | FB
out-of-domain | alexa c'est quoi la capitale de la lune | FB
out-of-domain | alexa la capitale de mars la planète | FB
out-of-domain | alexa c'est quoi une lettre capitale | FB
out-of-domain | alexa comment on calcule le capital d'un emprunt | FB
out-of-domain | alexa c'est quoi la peine capitale | FB
out-of-domain | alexa c'est quoi les sept péchés capitaux | FB
out-of-domain | alexa quel est le capital social d'une sarl | FB
out-of-domain | alexa c'est quoi la capitale de la gastronomie | FB
out-of-domain | alexa quelle est la capitale européenne de la culture cette année | FB
out-of-domain | alexa la capitale mondiale du champagne c'est où | FB
out-of-domain | alexa c'est quoi la capitale de la moutarde | FB
out-of-domain | alexa quel est le plus grand pays du monde | FB
out-of-domain | alexa combien d'habitants au brésil | FB
out-of-domain | alexa quelle langue on parle en suisse | FB
out-of-domain | alexa c'est quoi la monnaie du japon | FB
out-of-domain | alexa quel est le drapeau de l'italie | FB
out-of-domain | alexa qui est le président du sénégal | FB
out-of-domain | alexa c'est quoi le fuseau horaire de tahiti | FB
out-of-domain | alexa quelle est la plus haute montagne d'afrique | FB
out-of-domain | alexa quel est le plus long fleuve de france | FB
out-of-domain | alexa c'est quoi l'indicatif téléphonique de la belgique | FB
out-of-domain | alexa quelle est la deuxième ville du maroc | FB
out-of-domain | alexa c'est quoi la préfecture du gers | FB
out-of-domain | alexa c'est quoi le chef-lieu du doubs | FB
out-of-domain | alexa donne-moi l'heure de la prière | FB
out-of-domain | alexa ferme les volets | FB
out-of-domain | alexa lance l'aspirateur | FB
out-of-domain | alexa mets un podcast sur l'histoire | FB
out-of-domain | alexa quand est le prochain match des all blacks | FB
out-of-domain | alexa c'est quoi le numéro des pompiers | FB
out-of-domain | alexa combien coûte un billet pour tahiti | FB
out-of-domain | alexa joue du kompa | FB | fr-CA
out-of-domain | alexa quelle température il fait à drummondville | FB | fr-CA
out-of-domain | alexa mets la radio de radio-canada | FB | fr-CA
out-of-domain | alexa c'est quoi le score du canadien | FB | fr-CA
out-of-domain | alexa part le char à distance | FB | fr-CA
out-of-domain | alexa ajoute du sirop d'érable sur ma liste d'épicerie | FB | fr-CA
out-of-domain | alexa allume le foyer | FB | fr-CA
out-of-domain | alexa c'est quand la prochaine traverse pour l'isle-aux-coudres | FB | fr-CA
out-of-domain | alexa y a-tu de la construction sur la vingt | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la montérégie | FB | fr-CA
out-of-domain | alexa la capitale du centre-du-québec | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de charlevoix | FB | fr-CA
out-of-domain | alexa la capitale des bois-francs | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du mile end | FB | fr-CA
out-of-domain | alexa la capitale mondiale de la poutine | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du hockey | FB | fr-CA
out-of-domain | alexa la capitale de la nouvelle-angleterre | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du labrador tout seul | FB | fr-CA
out-of-domain | alexa la capitale du nunavik | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la rupert's land | FB | fr-CA
out-of-domain | alexa la capitale du haut-canada | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la nouvelle-france | FB | fr-CA
out-of-domain | alexa la capitale du bas-canada dans le temps | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la laponie | FB | fr-CA
out-of-domain | alexa c'est combien le gaz à matin | FB | fr-CA
out-of-domain | alexa quand est-ce que le dépanneur ferme | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale des tuques | FB | fr-CA
out-of-domain | alexa comment on dit capitale en anglais | FB | fr-CA
out-of-domain | alexa c'est quoi les gains en capital sur mon reer | FB | fr-CA
out-of-domain | alexa raconte une histoire de pêche | FB | fr-CA
out-of-domain | alexa envoie un texto à mon chum | FB | fr-CA
out-of-domain | alexa c'est quoi le prix du bois d'oeuvre | FB | fr-CA
out-of-domain | alexa joue la soirée du hockey | FB | fr-CA
out-of-domain | alexa c'est quoi la meilleure cabane à sucre en montérégie | FB | fr-CA
out-of-domain | alexa combien de temps pour aller à la malbaie | FB | fr-CA
out-of-domain | alexa trouve-moi une recette de pâté chinois | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du pays basque | FB
out-of-domain | alexa la capitale de la polynésie avant papeete | FB
out-of-domain | alexa c'est quoi la capitale de l'occitanie | FB
out-of-domain | alexa la capitale de la yougoslavie | FB
out-of-domain | alexa c'est quoi la capitale de l'urss | FB
out-of-domain | alexa la capitale de l'allemagne de l'est | FB
out-of-domain | alexa c'est quoi la capitale de la prusse | FB
out-of-domain | alexa c'est quoi la capitale de l'afrique | FB
out-of-domain | alexa la capitale de l'europe | FB
out-of-domain | alexa c'est quoi la capitale de l'andalousie | FB
out-of-domain | alexa la capitale de la lombardie | FB
out-of-domain | alexa c'est quoi la capitale du kosovo du nord | FB
out-of-domain | alexa la capitale de la narnia | FB
out-of-domain | alexa c'est quoi la capitale de la terre du milieu | FB
out-of-domain | alexa la capitale de pandora dans avatar | FB
out-of-domain | alexa c'est quoi la capitale du royaume d'arendelle | FB
out-of-domain | alexa la capitale de poudlard | FB
out-of-domain | alexa c'est quoi la capitale de la champagne-ardenne avant la fusion | FB
out-of-domain | alexa la capitale des châteaux de la loire c'est quelle ville | FB
out-of-domain | alexa c'est quoi la capitale du comté le fromage | FB
out-of-domain | alexa à quelle heure ouvre la fruitière de mouthe | FB
out-of-domain | alexa c'est quand la féria de dax cette année | FB
out-of-domain | alexa la capitale du foie gras c'est où dans les landes | FB
out-of-domain | alexa c'est quoi la capitale des papes à part rome | FB
out-of-domain | alexa donne-moi le programme du festival d'avignon | FB
out-of-domain | alexa c'est quoi la capitale de la région bruxelles non la région wallonne | FB
out-of-domain | alexa combien font septante plus nonante | FB
out-of-domain | alexa c'est quoi la capitale des îles sous-le-vent | FB
out-of-domain | alexa la capitale des marquises c'est quoi | FB
out-of-domain | alexa c'est quoi la capitale de la province nord en nouvelle-calédonie | FB
out-of-domain | alexa mets de la musique chaâbi | FB
out-of-domain | alexa c'est quand le ramadan cette année | FB
out-of-domain | alexa c'est quoi la capitale du rif | FB
out-of-domain | alexa envoie un message à mon cousin à bamako | FB
out-of-domain | alexa c'est quoi la capitale de l'empire du mali | FB
out-of-domain | alexa la capitale de l'afrique-occidentale française | FB
out-of-domain | alexa c'est quoi la capitale de l'algarve | FB
out-of-domain | alexa la capitale de madère c'est quoi | FB
out-of-domain | alexa c'est quoi la capitale des açores | FB
out-of-domain | alexa combien de temps de route jusqu'à porto | FB
out-of-domain | alexa c'est quoi la capitale de la légion étrangère | FB
out-of-domain | alexa à quelle heure le rassemblement demain | FB
out-of-domain | alexa c'est quoi la capitale du donbass | FB
out-of-domain | alexa la capitale de la crimée | FB
out-of-domain | alexa c'est quoi la capitale de la bessarabie | FB
out-of-domain | alexa la capitale de l'austrasie | FB
out-of-domain | alexa c'est quoi le résultat du loto | FB
out-of-domain | alexa la capitale de la république de gilead | FB
out-of-domain | alexa c'est quoi la capitale de panem dans hunger games | FB
out-of-domain | alexa c'est quoi la capitale du gers le département | FB
out-of-domain | alexa combien de capitales je connais moi | FB
out-of-domain | alexa écris capitale en majuscules | FB
out-of-domain | alexa c'est quoi la capitale de la gaspésie au juste | FB | fr-CA
out-of-domain | alexa la capitale des îles de la madeleine c'est cap-aux-meules | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la sagamie | FB | fr-CA
out-of-domain | alexa la capitale de l'île d'orléans | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale de la motoneige | FB | fr-CA
out-of-domain | alexa la capitale de l'isle-aux-coudres | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la vallée du richelieu | FB | fr-CA
out-of-domain | alexa la capitale du west island | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la république de la lune dans le film | FB | fr-CA
out-of-domain | alexa c'est quand la prochaine game du canadien | FB | fr-CA
out-of-domain | alexa mets la radio de cogeco | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'acadie dans le temps | FB | fr-CA
out-of-domain | alexa la capitale de la louisiane française avant | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du pays d'en haut | FB | fr-CA
out-of-domain | alexa y a-tu du trafic sur le pont champlain | FB | fr-CA
out-of-domain | alexa c'est quoi les heures d'ouverture de la saq | FB | fr-CA
out-of-domain | alexa la capitale de la belle province c'est-tu une expression | FB | fr-CA
out-of-domain | alexa combien de gratteux j'ai gagnés | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale des premières nations | FB | fr-CA
out-of-domain | alexa joue du robert charlebois | FB | fr-CA
"""

if __name__ == "__main__":
    build_round(41, "fr", LINES, sys.argv, "tests/Eval/fr/round41/source/build_corpus.py")
