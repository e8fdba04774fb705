"""Round 47, French (fr-FR, fr-CA): a new author's own mix, written blind at the start of the fifty-first session
(brief WRITER57.md), about a third of the lines fr-CA. Speakers and situations chosen apart from round 46 (no Alsaciens,
Lyonnais, Bretons, Corses, Réunionnais, Antillais, Savoyards, Catalans, Franco-Vietnamese or Franco-Polish families,
Erasmus students, retired people or small children as a group, Saguenéens, Gaspésiens, Abitibiens, Outaouais public
servants, Acadians of New Brunswick, Franco-Ontarians, Laval teenagers, Latino Montrealers, francisation learners or
aînés) and from the round-45 and round-44 groups round 46 lists as avoided (Niçois, Nantais, Vendéens, Bourguignons,
Parisian or banlieue teenagers, Belgians or Swiss in France, Armenian, Turkish, Romanian or Tamil families, British
learners, Marseillais, Toulousains, Ch'tis, Basques, Bordelais, Normands, Auvergnats, Franco-Maghrebi and Afro-Parisian
families, Portuguese-French, Polynesians, Laurentides, Lanaudière, Montérégie, Centre-du-Québec, Charlevoix, Madelinots,
Cree or Inuit speakers, Lebanese, Greek, English-speaking, Haitian or Italian Montrealers, Hochelaga or Villeray,
Québec City, Mauricie, Estrie, Côte-Nord, Bas-Saint-Laurent, Fransaskois, Franco-Manitobans).
fr-FR speakers: Lorrains of Nancy, Metz and Épinal ("oh pinaise", "beuh", "schlouc", the Fête de la mirabelle, the
place Stan, the FC Metz, cross-border work in Luxembourg, the old mines), Champenois of Reims, Épernay and Troyes (the
vendanges, champagne houses, the cathedral, the Stade de Reims), Gascons and Landais ("hèp", "adishatz", "macarel",
"le pitchoun", the Dax feria, surf at Hossegor, rugby, ducks), Provençaux of Avignon, the Vaucluse, Camargue and
Montpellier ("fan de", "peuchère", the mistral, the Festival d'Avignon, a manade, lavender picking, a calandreta),
Guyanais (creole "ki jan to fè", "to sav", "mo pa konnen", Kourou, Saint-Laurent-du-Maroni, the touloulous), Mahorais
("mwana", "koko", the barge, the voulé), Néo-Calédoniens ("oui ma", "tata", "c'est bon ça", "ça fait deux", la
brousse, the case), Franco-Chinese families of Belleville and Aubervilliers ("nainai", "yeye", "mama", the Chinese New
Year, the restaurant, the wholesalers), Franco-Ukrainian newcomers ("diakuiu", "babusia", "bud laska"; learner
errors), Franco-Italian families of Lorraine and Grenoble ("allora", "la nonna", "mamma mia", the polenta), learners
(American and Australian expats, Japanese and Korean students at the Alliance française; article, gender and
word-order errors, English words) and young parents (night feeds, the crèche, the pram, bedtime stories).
Jobs: a firefighter, a hairdresser, an airline pilot, a customs officer at Roissy, a sommelier, a postwoman, an air
traffic controller, a pharmacist, a gendarme, a hotel receptionist, a travel agent, a librarian. School: CE deux, CM un
and CM deux, sixième, the brevet, the bac, a BTS tourisme, the Sciences Po entrance exam, a prépa colle. Games: le petit
bac, Trivial Pursuit, Tout le monde veut prendre sa place, crosswords, an escape game, a bar quiz, Risk, a wedding quiz,
a cousins' challenge. Home: cooking, ironing to the news, gardening, packing a suitcase, the eight o'clock news, a
quarrel at table, homework in the kitchen.
fr-CA speakers: Beaucerons ("pantoute", "ben voyons", the sugar shack, the Chaudière floods, the Saint-Georges
factories), Rive-Sud suburbanites of Longueuil and Brossard (the Jacques-Cartier bridge, the REM, the Costco, kids'
soccer), Plateau and Rosemont Montrealers (the Mile End, Bixi, the dépanneur, the balcony, "c'est ben le fun"),
Acadians of Nova Scotia (Baie Sainte-Marie, Chéticamp: "j'avons", "asteure", "yinque", "point"), Franco-Albertans
(Edmonton, Fort McMurray, the Stampede, the Campus Saint-Jean: "so", "anyways"), Franco-Colombiens (Vancouver,
Whistler, Maillardville, "ma job"), Cameroonian and Congolese Montrealers ("on dit quoi", "le mboa", "ndeko", the
church, Côte-des-Neiges), cégépiens ("là là", "mettons", "c'est chill") and Baie-James and Nord-du-Québec workers
(Chibougamau, Radisson, the camps). Jobs: a snowplough driver, a Hydro-Québec lineman, a CPE educator, a flight
attendant, a nurse at the CHUM, a chef, a hairdresser, a trucker. School: première année, cinquième année, secondaire
un and cinq, the ministry exam, Génies en herbe, a geography bac at UQAM. Games: Le Tricheur, Le Cercle, a brasserie
quiz, questions at the réveillon, Fais-moi un dessin. Home: shovelling, moving day, the souper, tourtière, the chalet.
Families per speaker group and situation, and the shared families (follow-up, plural-capitals, subdivision,
out-of-domain, help, stop, cancel, launch, yes-no-check, self-correction, reverse-question, official-name,
everyday-name, shared-name). Lines of rounds 1-46 are dropped (build_round with round 47's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# --- fr-FR: Lorrains (Nancy, Metz, Épinal: "oh pinaise", "beuh", "schlouc", "la mirabelle", the place Stan, the FC Metz)
lorrains | alexa oh pinaise c'est quoi déjà la capitale {} | de la slovaquie=SK; de la tchéquie=CZ; de la hongrie=HU
lorrains | alexa à la fête de la mirabelle un monsieur {} m'a demandé sa capitale je savais pas | luxembourgeois=LU; belge=BE; néerlandais=NL
lorrains | alexa sur la place stan y a des touristes {} c'est quoi leur capitale | japonais=JP; coréens=KR; chinois=CN
lorrains | alexa beuh je me souviens plus la capitale {} | du danemark=DK; de la norvège=NO; de la finlande=FI
lorrains | alexa le fc metz a recruté un joueur {} c'est quoi la capitale de son pays | sénégalais=SN; malien=ML; guinéen=GN
lorrains | alexa mon grand-père travaillait à la mine avec un gars {} c'est quoi la capitale de là-bas | polonais=PL; italien=IT; algérien=DZ
lorrains | alexa je bosse au luxembourg et un collègue vient {} c'est quoi la capitale | d'estonie=EE; de lituanie=LT; de slovénie=SI
lorrains | alexa pour la saint-nicolas à nancy on reçoit des cousins {} quelle est leur capitale | allemands=DE; suisses=CH; autrichiens=AT
lorrains | alexa à épinal chez les images y avait une carte {} c'est quoi la capitale | du monténégro=ME; de l'albanie=AL; de la macédoine du nord=MK
lorrains | alexa je fais un schlouc de mirabelle et je me demande la capitale {} | de l'islande=IS; de l'irlande=IE; de malte=MT
lorrains | alexa la capitale {} en vitesse j'ai le bus pour thionville | de la sarre=DE-SL; de la rhénanie-palatinat=DE-RP; du bade-wurtemberg=DE-BW
# --- fr-FR: Champenois (Reims, Épernay, Troyes: the vendanges, the cathedral, champagne houses, the Stade de Reims)
champenois | alexa pendant les vendanges un saisonnier {} m'a demandé sa capitale c'est laquelle | bulgare=BG; roumain=RO; moldave=MD
champenois | alexa chez moët on a reçu des clients {} c'est quoi la capitale de leur pays | singapouriens=SG; émiratis=AE; qataris=QA
champenois | alexa à la cathédrale de reims une guide parlait de la capitale {} c'est quoi | du liechtenstein=LI; de monaco=MC; d'andorre=AD
champenois | alexa on exporte du champagne vers {} quelle est la capitale | le nigeria=NG; le ghana=GH; le kenya=KE
champenois | alexa le stade de reims joue un club {} c'est quoi leur capitale | serbe=RS; croate=HR; bosnien=BA
champenois | alexa à troyes au magasin d'usine une dame {} m'a parlé de sa capitale c'est laquelle | brésilienne=BR; mexicaine=MX; chilienne=CL
champenois | alexa entre deux rangs de vigne dis-moi la capitale {} | de l'afrique du sud=ZA; de la namibie=NA; du botswana=BW
champenois | alexa le maître de chai a un stagiaire {} c'est quoi la capitale | australien=AU; néo-zélandais=NZ; argentin=AR
# --- fr-FR: Gascons and Landais (Dax, Mont-de-Marsan, Hossegor: "hèp", "adishatz", "macarel", "pitchoun", the feria, surf, rugby)
gascons | alexa hèp c'est quoi la capitale {} | du portugal=PT; de l'espagne=ES; de l'italie=IT
gascons | alexa macarel j'ai oublié la capitale {} | des fidji=FJ; des tonga=TO; des samoa=WS
gascons | alexa à la feria de dax y avait une peña {} c'est quoi leur capitale | péruvienne=PE; colombienne=CO; vénézuélienne=VE
gascons | alexa à hossegor un surfeur {} m'a demandé la capitale de son pays | hawaïen=US-HI; californien=US-CA; costaricien=CR
gascons | alexa le pitchoun veut savoir la capitale {} pour l'école | du cameroun=CM; du gabon=GA; du tchad=TD
gascons | alexa au rugby à mont-de-marsan on a un pilier {} c'est quoi sa capitale | géorgien=GE; tongien=TO; fidjien=FJ
gascons | alexa adishatz la capitale {} je te demande | de l'uruguay=UY; du paraguay=PY; de l'équateur=EC
gascons | alexa on gave les canards et la mamie demande la capitale {} | de la hongrie la ville du foie gras=HU; du cambodge=KH; du laos=LA
gascons | alexa à la fête de bayonne un basque d'amérique parlait {} c'est quoi la capitale | du nevada=US-NV; de l'idaho=US-ID; du wyoming=US-WY
# --- fr-FR: Provençaux of Avignon, Vaucluse and Camargue ("fan de", "peuchère", "le mistral", the Festival d'Avignon, the manade)
provencaux | alexa fan de c'est quoi la capitale {} | du liban=LB; de la syrie=SY; de la jordanie=JO
provencaux | alexa avec ce mistral j'entends rien dis-moi la capitale {} | de la tunisie=TN; de la libye=LY; de l'égypte=EG
provencaux | alexa au festival d'avignon une troupe {} joue ce soir c'est quoi leur capitale | iranienne=IR; irakienne=IQ; afghane=AF
provencaux | alexa peuchère la petite demande la capitale {} | du bhoutan=BT; du népal=NP; du bangladesh=BD
provencaux | alexa à la manade un gardian a un cousin {} c'est quoi sa capitale | mexicain=MX; cubain=CU; argentin=AR
provencaux | alexa au marché de carpentras une marchande {} voulait savoir sa capitale | arménienne=AM; azerbaïdjanaise=AZ; kazakhe=KZ
provencaux | alexa pendant la cueillette de lavande un saisonnier {} me demande sa capitale | marocain=MA; équatorien=EC; sénégalais=SN
provencaux | alexa sur le pont d'avignon une classe {} chantait c'est quoi leur capitale | suédoise=SE; danoise=DK; norvégienne=NO
provencaux | alexa à montpellier la calandreta fait un exposé sur la capitale {} | de l'andorre=AD; de saint-marin=SM; du vatican=VA
# --- fr-FR: Guyanais (Cayenne, Kourou, Saint-Laurent-du-Maroni: creole "ki jan to fè", "to sav", "mo pa konnen", the touloulous)
guyanais | alexa ki jan to fè c'est quoi la capitale {} | du suriname=SR; du guyana=GY; du brésil=BR
guyanais | alexa mo pa konnen la capitale {} dis-moi | d'haïti=HT; de la jamaïque=JM; de cuba=CU
guyanais | alexa à kourou un ingénieur {} a lancé une fusée c'est quoi sa capitale | indien=IN; japonais=JP; italien=IT
guyanais | alexa à saint-laurent-du-maroni on passe le fleuve vers {} c'est quoi la capitale | le suriname=SR
guyanais | alexa pour le carnaval les touloulous demandent la capitale {} | de la guadeloupe=GP; de la martinique=MQ; de la guyane=GF
guyanais | alexa to sav la capitale {} | du venezuela=VE; de la colombie=CO; du panama=PA
guyanais | alexa au marché de cayenne une dame {} vend des légumes c'est quoi sa capitale | hmong du laos=LA; haïtienne=HT; brésilienne=BR
# --- fr-FR: Mahorais (Mamoudzou, Petite-Terre: "mwana", "koko" the grandmother, the barge, Shimaore and Kibushi)
mahorais | alexa mwana veut savoir la capitale {} | de mayotte=YT; des comores=KM; de madagascar=MG
mahorais | alexa sur la barge pour petite-terre koko demande la capitale {} | de la tanzanie=TZ; du mozambique=MZ; du kenya=KE
mahorais | alexa mon oncle est parti travailler à la réunion c'est quoi la capitale {} | de la réunion=RE
mahorais | alexa un médecin {} est arrivé au dispensaire c'est quoi la capitale de son pays | rwandais=RW; burundais=BI; congolais de kinshasa=CD
mahorais | alexa pour le voulé du dimanche les cousins parlent de la capitale {} | de maurice=MU; des seychelles=SC; des maldives=MV
mahorais | alexa le maître a dit cherche la capitale {} | de la somalie=SO; de djibouti=DJ; de l'érythrée=ER
# --- fr-FR: Néo-Calédoniens (Nouméa, la brousse, the tribus: "tata", "oui ma", "c'est bon ça", "ça fait deux", the case)
caledoniens | alexa oui ma c'est quoi la capitale {} | du vanuatu=VU; des îles salomon=SB; de la papouasie-nouvelle-guinée=PG
caledoniens | alexa tata demande à la case c'est quoi la capitale {} | de la nouvelle-calédonie=NC; de wallis-et-futuna=WF; de la polynésie=PF
caledoniens | alexa en brousse à koné on capte mal c'est quoi la capitale {} | de l'australie=AU; de la nouvelle-zélande=NZ; du queensland=AU-QLD
caledoniens | alexa c'est bon ça la capitale {} tu sais | de kiribati=KI; des tuvalu=TV; de nauru=NR
caledoniens | alexa au lycée lapérouse le prof veut la capitale {} | des palaos=PW; des îles marshall=MH; de la micronésie=FM
caledoniens | alexa on part à sydney pour le rugby c'est quoi la capitale {} | de la nouvelle-galles du sud=AU-NSW; de l'état de victoria=AU-VIC; de la tasmanie=AU-TAS
caledoniens | alexa ça fait deux fois que je demande la capitale {} | du timor oriental=TL; de l'indonésie=ID; des philippines=PH
# --- fr-FR: Franco-Chinese families of Belleville and Aubervilliers (Wenzhou families: "nainai", "yeye", "mama", Chinese New Year, the restaurant)
franco-chinois | alexa nainai veut savoir la capitale {} | de taïwan=TW; de la mongolie=MN; de la corée du sud=KR
franco-chinois | alexa au restaurant un client {} demande sa capitale c'est laquelle | thaïlandais=TH; malaisien=MY; indonésien=ID
franco-chinois | alexa pour le nouvel an chinois à belleville yeye demande la capitale {} | du viêt nam=VN; du cambodge=KH; de la birmanie=MM
franco-chinois | alexa mama dit que c'est pékin la capitale {} c'est vrai | de la chine=CN
franco-chinois | alexa au grossiste d'aubervilliers un fournisseur {} c'est quoi sa capitale | turc=TR; italien=IT; espagnol=ES
franco-chinois | alexa ma cousine part étudier au {} c'est quoi la capitale | canada=CA; japon=JP; royaume-uni=GB
franco-chinois | alexa la capitale {} pour mon petit frère en ce deux | de hong kong=HK; de macao=MO; de singapour=SG
# --- fr-FR: Franco-Ukrainian newcomers since 2022 ("babusia", "diakuiu", "bud laska", learners of French)
franco-ukrainiens | alexa diakuiu c'est quoi la capitale {} | de l'ukraine=UA; de la moldavie=MD; de la biélorussie=BY
franco-ukrainiens | alexa babusia demande quelle est le capitale de la {} | pologne=PL; roumanie=RO; lettonie=LV
franco-ukrainiens | alexa bud laska la capitale de le {} | kazakhstan=KZ; kirghizstan=KG; turkménistan=TM
franco-ukrainiens | alexa à l'école de français on apprend capitale {} c'est quoi | de géorgie=GE; d'arménie=AM; d'azerbaïdjan=AZ
franco-ukrainiens | alexa mon fils demande à moi la capitale de la {} | russie=RU; finlande=FI; estonie=EE
franco-ukrainiens | alexa je travaille dans un hôtel et le client {} demande capitale de son pays | ouzbek=UZ; tadjik=TJ; mongol=MN
# --- fr-FR: Franco-Italian families of Lorraine, Grenoble and Savoy ("nonna", "nonno", "allora", "mamma mia", the polenta)
franco-italiens | alexa allora c'est quoi la capitale {} | de la sicile=FB; de la sardaigne=FB; de l'italie=IT
franco-italiens | alexa la nonna veut savoir la capitale {} | de saint-marin=SM; du vatican=VA; de malte=MT
franco-italiens | alexa mamma mia j'ai un trou la capitale {} | de l'albanie=AL; de la grèce=GR; de chypre=CY
franco-italiens | alexa le nonno est né près de la frontière {} c'est quoi la capitale | slovène=SI; suisse=CH; autrichienne=AT
franco-italiens | alexa pendant que la polenta cuit dis-moi la capitale {} | de l'argentine=AR; de l'uruguay=UY; du venezuela=VE
franco-italiens | alexa à grenoble l'oncle gino demande la capitale {} | de la tunisie=TN; de la libye=LY; de l'éthiopie=ET
# --- fr-FR: learners (American and Australian expats in Paris, Japanese and Korean students at the Alliance française; article, gender and word-order errors)
apprenants | alexa qu'est-ce que c'est le capitale de {} | la canada=CA; le australie=AU; la japon=JP
apprenants | alexa okay so la capitale de les {} c'est quoi | états-unis=US; philippines=PH; pays-bas=NL
apprenants | alexa s'il vous plaît quelle est la capital de la {} | corée du nord=KP; thaïlande=TH; malaisie=MY
apprenants | alexa je suis étudiant à l'alliance française je cherche le capitale de {} | le kenya=KE; la nigeria=NG; le ghana=GH
apprenants | alexa excusez-moi madame alexa la capitale de {} est quoi | texas=US-TX; floride=US-FL; californie=US-CA
apprenants | alexa mon prof de français demande nous la capitale de {} | le liberia=LR; la sierra leone=SL; le togo=TG
apprenants | alexa comment on dit la capitale de {} en français | l'écosse=GB-SCT; le pays de galles=GB-WLS; l'irlande du nord=GB-NIR
apprenants | alexa je suis de {} et je oublie ma capitale haha | l'oregon=US-OR; le vermont=US-VT; le kentucky=US-KY
apprenants | alexa for my homework la capitale de {} please | la zambie=ZM; le zimbabwe=ZW; le malawi=MW
# --- fr-FR: young parents (night feeds, the crèche, bedtime stories, the pram)
jeunes-parents | alexa doucement le bébé dort c'est quoi la capitale {} | du brunei=BN; du bahreïn=BH; du koweït=KW
jeunes-parents | alexa pendant le biberon de trois heures du matin je me demande la capitale {} | de l'angola=AO; de la zambie=ZM; de l'ouganda=UG
jeunes-parents | alexa à la crèche une maman {} m'a parlé de sa capitale c'est laquelle | érythréenne=ER; soudanaise=SD; éthiopienne=ET
jeunes-parents | alexa l'histoire du soir se passe {} c'est quoi la capitale là-bas | en laponie en finlande=FI; en islande=IS; au groenland=GL
jeunes-parents | alexa on cherche un prénom du pays {} c'est quoi sa capitale | du sri lanka=LK; de l'inde=IN; du pakistan=PK
jeunes-parents | alexa en poussant la poussette dis-moi la capitale {} | du niger=NE; du burkina=BF; du mali=ML
# --- fr-FR: jobs (a firefighter, a hairdresser, an airline pilot, a customs officer, a sommelier, a postwoman, an air traffic controller, a pharmacist, a gendarme, a hotel receptionist, a travel agent, a librarian)
metiers-fr | alexa je suis pompier on part en renfort {} c'est quoi la capitale | au portugal=PT; en grèce=GR; au canada=CA
metiers-fr | alexa au salon de coiffure une cliente {} me demande sa capitale c'est laquelle | gabonaise=GA; congolaise de brazzaville=CG; centrafricaine=CF
metiers-fr | alexa je suis pilote demain je pose à la capitale {} c'est laquelle | du qatar=QA; d'oman=OM; du yémen=YE
metiers-fr | alexa douanier à roissy j'ai un passeport {} c'est quoi la capitale | du belize=BZ; du honduras=HN; du guatemala=GT
metiers-fr | alexa je suis sommelier un client veut un vin {} c'est quoi la capitale de là-bas | de géorgie=GE; de moldavie=MD; d'afrique du sud=ZA
metiers-fr | alexa factrice j'ai un colis pour {} c'est quoi la capitale | la nouvelle-écosse=CA-NS; le manitoba=CA-MB; la saskatchewan=CA-SK
metiers-fr | alexa contrôleur aérien je parle avec un vol {} c'est quoi la capitale | islandais=IS; marocain=MA; turc=TR
metiers-fr | alexa pharmacienne j'envoie des médicaments {} c'est quoi la capitale | au burundi=BI; au malawi=MW; au lesotho=LS
metiers-fr | alexa gendarme je remplis un formulaire pour un ressortissant {} quelle est la capitale de son pays | salvadorien=SV; nicaraguayen=NI; hondurien=HN
metiers-fr | alexa réceptionniste d'hôtel j'ai un client {} c'est quoi sa capitale | saoudien=SA; koweïtien=KW; bahreïni=BH
metiers-fr | alexa agence de voyages un couple veut partir {} c'est quoi la capitale | aux seychelles=SC; aux maldives=MV; à l'île maurice=MU
metiers-fr | alexa je suis bibliothécaire un lecteur demande la capitale {} | de la guinée équatoriale=GQ; de sao tomé-et-principe=ST; du cap-vert=CV
# --- fr-FR: school (CE deux, CM un, CM deux, the brevet, the bac, a BTS tourisme, the Sciences Po entrance exam, a prépa, an exposé)
ecole-fr | alexa en cm deux la maîtresse demande la capitale {} | de la belgique=BE; de la suisse=CH; du luxembourg=LU
ecole-fr | alexa pour le brevet d'histoire-géo la capitale {} c'est quoi | de l'union européenne=FB; de l'allemagne=DE; de l'espagne=ES
ecole-fr | alexa je révise le bac et je bloque sur la capitale {} | de la turquie=TR; de l'iran=IR; de l'arabie saoudite=SA
ecole-fr | alexa en bts tourisme on doit connaître la capitale {} | de la république dominicaine=DO; de la barbade=BB; des bahamas=BS
ecole-fr | alexa pour le concours de sciences po c'est quoi la capitale {} | du nigeria=NG; de l'afrique du sud=ZA; de l'éthiopie=ET
ecole-fr | alexa en prépa on a une colle de géo sur la capitale {} | du kazakhstan=KZ; de la birmanie=MM; de la tanzanie=TZ
ecole-fr | alexa exposé de cm un sur la capitale {} | du sénégal=SN; de la côte d'ivoire=CI; du mali=ML
ecole-fr | alexa mon fils en sixième doit colorier la carte c'est quoi la capitale {} | de la mauritanie=MR; de la gambie=GM; de la guinée-bissau=GW
ecole-fr | alexa en ce deux on apprend les pays c'est quoi la capitale {} | de la chine=CN; du japon=JP; de l'inde=IN
# --- fr-FR: games (le petit bac, Trivial Pursuit, Tout le monde veut prendre sa place, Motus, an escape game, a pub quiz, Risk, the 7 familles, a Sunday crossword)
jeux-fr | alexa au petit bac on a la lettre {} c'est quoi la capitale | b comme bulgarie=BG; s comme slovaquie=SK; l comme lituanie=LT
jeux-fr | alexa trivial pursuit question bleue la capitale {} | du lesotho=LS; de l'eswatini=SZ; du botswana=BW
jeux-fr | alexa à tout le monde veut prendre sa place ils ont demandé la capitale {} | de la papouasie=PG; des comores=KM; de la guinée=GN
jeux-fr | alexa aide-moi pour les mots croisés capitale {} en cinq lettres | du pérou=PE; de l'italie=IT; de la lettonie=LV
jeux-fr | alexa dans l'escape game l'indice c'est la capitale {} | du liechtenstein=LI; du kosovo=XK; de la macédoine=MK
jeux-fr | alexa au quiz du bar on hésite sur la capitale {} | de l'australie=AU; du canada=CA; de la nouvelle-zélande=NZ
jeux-fr | alexa on joue au risk et je veux attaquer {} c'est quoi la capitale | le kamtchatka=FB; la mongolie=MN; l'afghanistan=AF
jeux-fr | alexa pour notre quiz de mariage les invités doivent trouver la capitale {} | du mexique=MX; du guatemala=GT; du costa rica=CR
jeux-fr | alexa défi entre cousins qui connaît la capitale {} | du soudan du sud=SS; du soudan=SD; de la centrafrique=CF
# --- fr-FR: home (cooking dinner, ironing, the garden, packing a suitcase, the TV news, homework at the kitchen table, a quarrel about geography)
maison-fr | alexa pendant que je fais la sauce dis-moi la capitale {} | de la syrie=SY; de l'irak=IQ; du liban=LB
maison-fr | alexa je repasse et ils parlent aux infos de la capitale {} c'est laquelle | du soudan=SD; de la somalie=SO; du yémen=YE
maison-fr | alexa je jardine et je me demande la capitale {} | de la grèce=GR; de la croatie=HR; de la roumanie=RO
maison-fr | alexa je fais la valise pour {} c'est quoi la capitale | la jordanie=JO; la tanzanie=TZ; l'ouganda=UG
maison-fr | alexa au journal de vingt heures ils parlent {} c'est quoi la capitale | du venezuela=VE; de la bolivie=BO; d'haïti=HT
maison-fr | alexa à table on se dispute sur la capitale {} c'est laquelle | de la turquie=TR; du brésil=BR; de la suisse=CH
maison-fr | alexa mon mari dit n'importe quoi c'est quoi la vraie capitale {} | du maroc=MA; du nigeria=NG; du kazakhstan=KZ
maison-fr | alexa en faisant les devoirs à la cuisine la capitale {} c'est quoi | du rwanda=RW; du burundi=BI; de l'ouganda=UG
# --- fr-CA: Beaucerons (Saint-Georges, Sainte-Marie: "pantoute", "ben voyons", the sugar shack, the Chaudière floods)
beaucerons | alexa ben voyons c'est quoi la capitale {} | de l'ontario=CA-ON; du manitoba=CA-MB; de l'alberta=CA-AB | fr-CA
beaucerons | alexa à la cabane à sucre un touriste {} demande sa capitale c'est laquelle | français de lyon=FR; belge=BE; suisse=CH | fr-CA
beaucerons | alexa je connais pantoute la capitale {} | du maine=US-ME; du new hampshire=US-NH; du vermont=US-VT | fr-CA
beaucerons | alexa la chaudière a débordé encore pis mon gars demande la capitale {} | du nouveau-brunswick=CA-NB; de la nouvelle-écosse=CA-NS; de l'île-du-prince-édouard=CA-PE | fr-CA
beaucerons | alexa à l'usine à saint-georges on a des travailleurs {} c'est quoi leur capitale | guatémaltèques=GT; mexicains=MX; philippins=PH | fr-CA
beaucerons | alexa on livre du bois en {} c'est quoi la capitale | pennsylvanie=US-PA; caroline du nord=US-NC; virginie=US-VA | fr-CA
beaucerons | alexa mon oncle le sucrier veut savoir la capitale {} | du connecticut=US-CT; du massachusetts=US-MA; du rhode island=US-RI | fr-CA
# --- fr-CA: Rive-Sud (Longueuil, Brossard, Saint-Lambert: the Jacques-Cartier bridge, the REM, the Costco, the soccer tournament)
rive-sud | alexa pris dans le trafic sur le pont jacques-cartier c'est quoi la capitale {} | de l'irlande=IE; de l'écosse=GB-SCT; de l'angleterre=GB-ENG | fr-CA
rive-sud | alexa dans le rem un monsieur {} parlait de sa capitale c'est laquelle | libanais=LB; syrien=SY; égyptien=EG | fr-CA
rive-sud | alexa au costco de brossard une famille {} m'a demandé la capitale c'est quoi | chinoise=CN; sri-lankaise=LK; pakistanaise=PK | fr-CA
rive-sud | alexa mon gars joue au soccer contre une équipe {} c'est quoi la capitale | colombienne=CO; salvadorienne=SV; péruvienne=PE | fr-CA
rive-sud | alexa à soir on reçoit les voisins de longueuil ils viennent {} c'est quoi la capitale | du chili=CL; de la roumanie=RO; de l'algérie=DZ | fr-CA
rive-sud | alexa voyons donc c'est quoi la capitale {} encore | de la floride=US-FL; de la caroline du sud=US-SC; de la géorgie aux états-unis=US-GA | fr-CA
# --- fr-CA: Plateau and Rosemont Montrealers (the Mile End, Bixi, the dépanneur, the balcony, moving day, "c'est ben le fun")
plateau | alexa sur mon balcon du plateau je me demande la capitale {} | du portugal=PT; de la grèce=GR; du cap-vert=CV | fr-CA
plateau | alexa au dépanneur le commis vient {} c'est quoi la capitale | du bangladesh=BD; de corée=KR; du népal=NP | fr-CA
plateau | alexa en bixi dans le mile end j'ai croisé un groupe {} c'est quoi leur capitale | israélien=IL; portugais=PT; ukrainien=UA | fr-CA
plateau | alexa c'est ben le fun mais c'est quoi la capitale {} | de l'islande=IS; du danemark=DK; des féroé=FO | fr-CA
plateau | alexa mon coloc de rosemont vient {} c'est quoi sa capitale | de la bretagne=FB; du pays basque=FB; de la belgique=BE | fr-CA
plateau | alexa au café sur saint-laurent y a un barista {} c'est quoi la capitale de chez eux | australien=AU; éthiopien=ET; brésilien=BR | fr-CA
# --- fr-CA: Acadians of Nova Scotia (Baie Sainte-Marie, Chéticamp, Pubnico: "j'avons", "asteure", "yinque", "point")
acadiens-ne | alexa asteure dis-moi la capitale {} | de la nouvelle-écosse=CA-NS; de terre-neuve=CA-NL; de l'île-du-prince-édouard=CA-PE | fr-CA
acadiens-ne | alexa j'avons oublié la capitale {} | de la louisiane=US-LA; du mississippi=US-MS; de l'alabama=US-AL | fr-CA
acadiens-ne | alexa à chéticamp j'avons des visiteurs {} c'est quoi leur capitale | écossais=GB-SCT; irlandais=IE; gallois=GB-WLS | fr-CA
acadiens-ne | alexa yinque une question la capitale {} | de saint-pierre-et-miquelon=PM; des bermudes=BM; du groenland=GL | fr-CA
acadiens-ne | alexa mon défunt père pêchait avec des gars {} c'est quoi la capitale | portugais des açores=PT; norvégiens=NO; islandais=IS | fr-CA
acadiens-ne | alexa je sais point la capitale {} | du nouveau-brunswick=CA-NB; du québec=CA-QC; du yukon=CA-YT | fr-CA
# --- fr-CA: Franco-Albertans (Edmonton, Saint-Paul, Bonnyville, Calgary: "so", "anyways", the oil sands, the rodeo)
franco-albertains | alexa so c'est quoi la capitale {} | de l'alberta=CA-AB; de la saskatchewan=CA-SK; de la colombie-britannique=CA-BC | fr-CA
franco-albertains | alexa à fort mcmurray on a un gars {} c'est quoi la capitale | de terre-neuve=CA-NL; nigérian=NG; vénézuélien=VE | fr-CA
franco-albertains | alexa au stampede de calgary un cowboy {} c'est quoi sa capitale | du montana=US-MT; du texas=US-TX; de l'oklahoma=US-OK | fr-CA
franco-albertains | alexa anyways la capitale {} c'est quoi | du dakota du nord=US-ND; du dakota du sud=US-SD; du nebraska=US-NE | fr-CA
franco-albertains | alexa à la campus saint-jean on étudie la capitale {} | des territoires du nord-ouest=CA-NT; du nunavut=CA-NU; du yukon=CA-YT | fr-CA
# --- fr-CA: Franco-Colombiens (Vancouver, Victoria, Maillardville: the SkyTrain, Whistler, "la job")
franco-colombiens | alexa dans le skytrain à vancouver c'est quoi la capitale {} | de la colombie-britannique=CA-BC; de l'état de washington=US-WA; de l'oregon=US-OR | fr-CA
franco-colombiens | alexa à whistler un moniteur {} m'a demandé sa capitale | japonais=JP; néo-zélandais=NZ; chilien=CL | fr-CA
franco-colombiens | alexa ma job au port de vancouver c'est avec des bateaux {} c'est quoi la capitale | coréens=KR; taïwanais=TW; philippins=PH | fr-CA
franco-colombiens | alexa à maillardville la chorale demande la capitale {} | de l'alaska=US-AK; de l'idaho=US-ID; de la californie=US-CA | fr-CA
# --- fr-CA: Cameroonian and Congolese Montrealers (camfranglais "on dit quoi", "le mboa", "ndeko", "mon frère", the Sunday church)
camerounais-mtl | alexa on dit quoi la capitale {} | du cameroun=CM; du nigeria=NG; de la guinée équatoriale=GQ | fr-CA
camerounais-mtl | alexa mon frère au mboa me demande la capitale {} | du gabon=GA; du tchad=TD; de la centrafrique=CF | fr-CA
camerounais-mtl | alexa ndeko demande la capitale {} | du congo brazzaville=CG; de la rdc=CD; de l'angola=AO | fr-CA
camerounais-mtl | alexa à l'église un pasteur {} a prêché c'est quoi sa capitale | ghanéen=GH; togolais=TG; béninois=BJ | fr-CA
camerounais-mtl | alexa je suis au dépanneur africain de côte-des-neiges c'est quoi la capitale {} | du rwanda=RW; de la zambie=ZM; du zimbabwe=ZW | fr-CA
# --- fr-CA: cégépiens (Vieux Montréal, Maisonneuve, Ahuntsic: "pas pire", "mettons", "c'est chill", "là là")
cegepiens | alexa là là j'ai un quiz c'est quoi la capitale {} | de la lituanie=LT; de la lettonie=LV; de l'estonie=EE | fr-CA
cegepiens | alexa mettons que je vais en échange c'est quoi la capitale {} | de la suède=SE; de la norvège=NO; de la finlande=FI | fr-CA
cegepiens | alexa c'est chill mais c'est quoi la capitale {} | de la corée du nord=KP; de la mongolie=MN; du laos=LA | fr-CA
cegepiens | alexa pour mon cours de géo au cégep c'est quoi la capitale {} | du paraguay=PY; de la bolivie=BO; du suriname=SR | fr-CA
cegepiens | alexa mon chum est en session à l'étranger {} c'est quoi la capitale | au vietnam=VN; en thaïlande=TH; en indonésie=ID | fr-CA
# --- fr-CA: Baie-James and Nord-du-Québec workers (Chibougamau, Radisson, the fly-in fly-out camps, Hydro dams)
baie-james | alexa au camp de la baie-james on s'ennuie c'est quoi la capitale {} | du nunavut=CA-NU; du groenland=GL; de l'islande=IS | fr-CA
baie-james | alexa à radisson le contremaître demande la capitale {} | de la norvège=NO; de la russie=RU; du kazakhstan=KZ | fr-CA
baie-james | alexa de chibougamau je veux savoir la capitale {} | du québec=CA-QC; de l'ontario=CA-ON; du canada=CA | fr-CA
baie-james | alexa sur le chantier un ingénieur {} parle de sa capitale c'est quoi | chinois=CN; brésilien=BR; turc=TR | fr-CA
# --- fr-CA: jobs (a snowplough driver, a Hydro-Québec lineman, a CPE educator, a flight attendant, a nurse at the CHUM, a chef, a hairdresser, a long-distance trucker)
metiers-qc | alexa je chauffe la gratte toute la nuit c'est quoi la capitale {} | de la suisse=CH; de l'autriche=AT; de la tchéquie=CZ | fr-CA
metiers-qc | alexa monteur de lignes à hydro on part aider {} c'est quoi la capitale | en floride=US-FL; à porto rico=PR; au massachusetts=US-MA | fr-CA
metiers-qc | alexa éducatrice au cpe un petit me demande la capitale {} | de la chine=CN; du mexique=MX; de l'égypte=EG | fr-CA
metiers-qc | alexa agente de bord demain je vole vers la capitale {} c'est laquelle | du panama=PA; du costa rica=CR; de la jamaïque=JM | fr-CA
metiers-qc | alexa infirmière au chum j'ai un patient {} c'est quoi sa capitale | afghan=AF; iranien=IR; irakien=IQ | fr-CA
metiers-qc | alexa je suis chef et je cuisine un plat {} c'est quoi la capitale | péruvien=PE; éthiopien=ET; libanais=LB | fr-CA
metiers-qc | alexa coiffeuse à laval ma cliente revient {} c'est quoi la capitale | de cuba=CU; de la dominique=DM; de la république dominicaine=DO | fr-CA
metiers-qc | alexa camionneur je descends au {} c'est quoi la capitale | tennessee=US-TN; missouri=US-MO; michigan=US-MI | fr-CA
# --- fr-CA: school (maternelle, première année, cinquième année, secondaire un and cinq, a cégep project, the UQAM bac, Génies en herbe)
ecole-qc | alexa en cinquième année la prof demande la capitale {} | de la colombie-britannique=CA-BC; du nouveau-brunswick=CA-NB; de la saskatchewan=CA-SK | fr-CA
ecole-qc | alexa en secondaire un on fait les capitales d'europe c'est quoi la capitale {} | de la pologne=PL; de la hongrie=HU; de la slovénie=SI | fr-CA
ecole-qc | alexa pour génies en herbe faut savoir la capitale {} | du burkina faso=BF; du niger=NE; de la mauritanie=MR | fr-CA
ecole-qc | alexa en secondaire cinq pour l'examen du ministère c'est quoi la capitale {} | des états-unis=US; de la russie=RU; du royaume-uni=GB | fr-CA
ecole-qc | alexa ma fille en première année demande la capitale {} | du canada=CA; de la france=FR; de l'espagne=ES | fr-CA
ecole-qc | alexa mon bac à l'uqam en géographie c'est quoi la capitale {} | du myanmar=MM; du turkménistan=TM; du tadjikistan=TJ | fr-CA
# --- fr-CA: games (Le Cercle, Le Tricheur, a brasserie trivia night, Fais-moi un dessin, a family quiz at the réveillon)
jeux-qc | alexa au tricheur ils ont demandé la capitale {} c'est quoi | du honduras=HN; du nicaragua=NI; du belize=BZ | fr-CA
jeux-qc | alexa au quiz de la brasserie on gage sur la capitale {} | de l'australie=AU; de la turquie=TR; du brésil=BR | fr-CA
jeux-qc | alexa au réveillon on joue aux questions c'est quoi la capitale {} | de l'arabie saoudite=SA; des émirats=AE; du qatar=QA | fr-CA
jeux-qc | alexa au cercle la question c'était la capitale {} | du cambodge=KH; du bhoutan=BT; des maldives=MV | fr-CA
jeux-qc | alexa on joue à fais-moi un dessin et j'ai besoin de la capitale {} | de l'égypte=EG; de l'italie=IT; du japon=JP | fr-CA
# --- fr-CA: home (shovelling the entrance, moving day on the first of July, the souper, tourtière, the Christmas tree, the chalet)
maison-qc | alexa je pellete l'entrée c'est quoi la capitale {} | de la finlande=FI; de la suède=SE; de la lettonie=LV | fr-CA
maison-qc | alexa on déménage le premier juillet pis j'ai oublié la capitale {} | de l'uruguay=UY; de l'argentine=AR; du chili=CL | fr-CA
maison-qc | alexa pendant le souper les enfants se chicanent sur la capitale {} | de la nouvelle-zélande=NZ; de l'australie=AU; des états-unis=US | fr-CA
maison-qc | alexa je fais ma tourtière pis je me demande la capitale {} | de la belgique=BE; du luxembourg=LU; de monaco=MC | fr-CA
maison-qc | alexa au chalet sans internet c'est quoi la capitale {} | de l'alaska=US-AK; d'hawaï=US-HI; de l'arizona=US-AZ | fr-CA
# --- follow-up (a second question straight after a first)
follow-up | alexa et pour {} c'est quoi | la hongrie=HU; la slovaquie=SK; l'autriche=AT
follow-up | alexa ok merci et la capitale {} alors | du pérou=PE; du chili=CL; de la bolivie=BO
follow-up | alexa d'accord pis celle {} | du manitoba=CA-MB; de la saskatchewan=CA-SK; du yukon=CA-YT | fr-CA
follow-up | alexa et son voisin {} c'est quoi sa capitale | le togo=TG; le ghana=GH; le bénin=BJ
follow-up | alexa même question pour {} | le népal=NP; le bhoutan=BT; le sri lanka=LK
follow-up | alexa encore une la capitale {} | de la jamaïque=JM; de trinité-et-tobago=TT; de la grenade=GD
follow-up | alexa ok pis {} c'est quoi sa capitale à lui | le vermont=US-VT; le maine=US-ME; le delaware=US-DE | fr-CA
follow-up | alexa et celle {} tant qu'on y est | du kenya=KE; de l'ouganda=UG; du soudan du sud=SS
follow-up | alexa bon et maintenant la capitale {} | de sainte-lucie=LC; de saint-vincent-et-les-grenadines=VC; d'antigua-et-barbuda=AG
follow-up | alexa ah ouais et {} la capitale c'est quoi | l'ouzbékistan=UZ; le tadjikistan=TJ; le kirghizstan=KG | fr-CA
follow-up | alexa merci et pour le pays juste à côté {} | le liechtenstein=LI; saint-christophe-et-niévès=KN; la dominique=DM
# --- plural-capitals (every several-capital country, asked in the plural)
plural-capitals | alexa quelles sont les capitales {} | du bénin=BJ; de la bolivie=BO; de la malaisie=MY
plural-capitals | alexa c'est quoi les deux capitales {} | du sri lanka=LK; de l'eswatini=SZ; des pays-bas=NL
plural-capitals | alexa l'afrique du sud a trois capitales c'est lesquelles | ZA
plural-capitals | alexa dis-moi les capitales {} au pluriel | de la côte d'ivoire=CI; de la palestine=PS; de l'afrique du sud=ZA
plural-capitals | alexa c'est quoi les capitales {} mon prof dit qu'il y en a plusieurs | de la bolivie=BO; du bénin=BJ; des pays-bas=NL | fr-CA
plural-capitals | alexa les capitales {} c'est quoi déjà | de la malaisie=MY; du sri lanka=LK; de l'eswatini=SZ | fr-CA
plural-capitals | alexa pourquoi la bolivie a deux capitales c'est lesquelles | BO
plural-capitals | alexa à la pause café on parlait des capitales {} tu peux me les donner | de la côte d'ivoire=CI; de l'afrique du sud=ZA; de la palestine=PS
plural-capitals | alexa mon collègue béninois parle de deux capitales c'est lesquelles | BJ
plural-capitals | alexa amsterdam et la haye c'est les capitales des pays-bas c'est ça | NL | fr-CA
plural-capitals | alexa les capitales malaisiennes c'est kuala lumpur et quoi d'autre | MY
plural-capitals | alexa c'est quoi les capitales du swaziland | SZ
plural-capitals | alexa combien de capitales a le sri lanka et c'est lesquelles | LK | fr-CA
plural-capitals | alexa la palestine a quelles capitales | PS | fr-CA
plural-capitals | alexa pretoria le cap et bloemfontein ce sont bien les capitales sud-africaines | ZA
plural-capitals | alexa donne-moi toutes les capitales {} | de la côte d'ivoire=CI; du bénin=BJ; de la malaisie=MY | fr-CA
# --- subdivision (states, provinces, Länder, territories, in the words people use)
subdivision | alexa dis-moi la capitale {} en allemagne | de la bavière=DE-BY; de la saxe=DE-SN; de la thuringe=DE-TH
subdivision | alexa quelle est la capitale du land {} | de hesse=DE-HE; de basse-saxe=DE-NI; de brandebourg=DE-BB
subdivision | alexa en allemagne la capitale {} c'est quelle ville | de la rhénanie-du-nord-westphalie=DE-NW; du mecklembourg=DE-MV; de la saxe-anhalt=DE-ST
subdivision | alexa la ville-état {} a quelle capitale | de hambourg=DE-HH; de brême=DE-HB; de berlin=DE-BE
subdivision | alexa c'est quoi la capitale de l'état {} | de new york=US-NY; de washington=US-WA; de l'illinois=US-IL
subdivision | alexa capitale {} aux états-unis | du wisconsin=US-WI; du minnesota=US-MN; de l'iowa=US-IA
subdivision | alexa la capitale {} c'est pas la plus grande ville hein c'est laquelle | de la pennsylvanie=US-PA; du nevada=US-NV; de l'illinois=US-IL
subdivision | alexa la capitale {} aux states | de l'arkansas=US-AR; du kansas=US-KS; du colorado=US-CO | fr-CA
subdivision | alexa c'est quoi la capitale {} en amérique | de l'indiana=US-IN; de l'ohio=US-OH; de la virginie-occidentale=US-WV | fr-CA
subdivision | alexa en australie la capitale {} c'est quoi | de l'australie-occidentale=AU-WA; de l'australie-méridionale=AU-SA; du territoire du nord=AU-NT
subdivision | alexa le territoire de la capitale australienne a quelle capitale | AU-ACT
subdivision | alexa en inde quelle est la capitale {} | du kerala=IN-KL; du tamil nadu=IN-TN; du karnataka=IN-KA
subdivision | alexa la capitale de l'état indien {} | du rajasthan=IN-RJ; du gujarat=IN-GJ; du maharashtra=IN-MH
subdivision | alexa c'est quoi la capitale {} en inde | du bengale-occidental=IN-WB; de l'uttar pradesh=IN-UP; du bihar=IN-BR
subdivision | alexa pour mon voyage en inde du nord-est c'est quoi la capitale {} | de l'assam=IN-AS; du sikkim=IN-SK; du meghalaya=IN-ML
subdivision | alexa la capitale {} dans l'himalaya | de l'himachal pradesh=IN-HP; de l'uttarakhand=IN-UK; du ladakh=IN-LA
subdivision | alexa un ami de pondichéry demande la capitale {} | du territoire de pondichéry=IN-PY; de l'odisha=IN-OD; du pendjab indien=IN-PB
subdivision | alexa au brésil c'est quoi la capitale {} | du minas gerais=BR-MG; du paraná=BR-PR; du rio grande do sul=BR-RS
subdivision | alexa la capitale de l'état brésilien {} | du ceará=BR-CE; de pernambouc=BR-PE; du maranhão=BR-MA
subdivision | alexa pour le mondial de foot au brésil c'est quoi la capitale {} | de santa catarina=BR-SC; de goiás=BR-GO; de l'espírito santo=BR-ES
subdivision | alexa au mexique la capitale {} c'est quoi | du jalisco=MX-JAL; du yucatán=MX-YUC; de oaxaca=MX-OAX
subdivision | alexa on part à cancún c'est quoi la capitale {} | du quintana roo=MX-ROO; du chiapas=MX-CHP; de campeche=MX-CAM | fr-CA
subdivision | alexa l'état mexicain {} a quelle capitale | de sonora=MX-SON; de chihuahua=MX-CHH; de basse-californie=MX-BCN | fr-CA
subdivision | alexa capitale {} au mexique | du nuevo león=MX-NLE; de veracruz=MX-VER; du michoacán=MX-MIC
subdivision | alexa mes beaux-parents ont un condo {} c'est quoi la capitale de l'état | en arizona=US-AZ; au nouveau-mexique=US-NM; en utah=US-UT | fr-CA
subdivision | alexa la capitale {} c'est où | de la caroline du nord=US-NC; du tennessee=US-TN; du kentucky=US-KY | fr-CA
subdivision | alexa c'est quoi la capitale de la province {} | de québec=CA-QC; d'ontario=CA-ON; de terre-neuve-et-labrador=CA-NL | fr-CA
subdivision | alexa capitale {} au royaume-uni | de l'écosse=GB-SCT; du pays de galles=GB-WLS; de l'irlande du nord=GB-NIR
subdivision | alexa c'est quoi la capitale {} | de la polynésie française=PF; de saint-pierre-et-miquelon=PM; de wallis-et-futuna=WF
subdivision | alexa quelle est la capitale {} dans les antilles | de saint-barthélemy=BL; de saint-martin=MF; de la guadeloupe=GP
subdivision | alexa territoires britanniques la capitale {} | des îles caïmans=KY; des bermudes=BM; des malouines=FK
subdivision | alexa la capitale {} | de l'île de man=IM; de jersey=JE; de guernesey=GG
subdivision | alexa c'est quoi la capitale {} dans les caraïbes | d'aruba=AW; de curaçao=CW; de porto rico=PR | fr-CA
subdivision | alexa la capitale {} au danemark | du groenland=GL; des îles féroé=FO
subdivision | alexa ma tante part en croisière c'est quoi la capitale {} | de guam=GU; des îles mariannes du nord=MP; des samoa américaines=AS | fr-CA
subdivision | alexa la capitale {} au brésil | de bahia=BR-BA; d'amazonas=BR-AM; du pará=BR-PA
subdivision | alexa la capitale {} c'est laquelle | du district fédéral au brésil=BR-DF; de l'état de mexico=MX-MEX; du jammu-et-cachemire=IN-JK
subdivision | alexa ça c'est dur la capitale {} | de l'arunachal pradesh=IN-AR; du nagaland=IN-NL; du mizoram=IN-MZ
subdivision | alexa et la capitale {} en inde | du telangana=IN-TS; du chhattisgarh=IN-CG; du jharkhand=IN-JH
subdivision | alexa c'est quoi la capitale {} dans l'océan indien | de la réunion=RE; de mayotte=YT; des îles cocos=CC
subdivision | alexa la capitale {} dans le pacifique | de la nouvelle-calédonie=NC; de niue=NU; des îles pitcairn=PN
subdivision | alexa quelle est la capitale {} je regarde une carte | du sahara occidental=EH; de gibraltar=GI; de sainte-hélène=SH
subdivision | alexa c'est quoi la capitale {} dans l'atlantique | des îles turques-et-caïques=TC; des îles vierges britanniques=VG; d'anguilla=AI | fr-CA
subdivision | alexa quelle est la capitale {} au mexique | du guanajuato=MX-GUA; de puebla=MX-PUE; de querétaro=MX-QUE | fr-CA
subdivision | alexa la capitale de l'état {} aux états-unis | du maryland=US-MD; du new jersey=US-NJ; du montana=US-MT
subdivision | alexa capitale {} en australie | du queensland=AU-QLD; de victoria=AU-VIC; de la nouvelle-galles-du-sud=AU-NSW | fr-CA
subdivision | alexa ma cousine déménage {} c'est quoi la capitale de la province | à halifax en nouvelle-écosse=CA-NS; en colombie-britannique=CA-BC; dans les territoires du nord-ouest=CA-NT | fr-CA
# --- yes-no-check (checking a capital, sometimes a wrong one on purpose)
yes-no-check | alexa est-ce que la capitale {} | de la turquie c'est istanbul=TR; du maroc c'est casablanca=MA; de la suisse c'est genève=CH
yes-no-check | alexa c'est bien {} | ankara la capitale turque=TR; berne la capitale de la suisse=CH; rabat la capitale du maroc=MA
yes-no-check | alexa la capitale {} c'est-tu | de l'ontario toronto=CA-ON; de la colombie-britannique vancouver=CA-BC; de l'alberta calgary=CA-AB | fr-CA
yes-no-check | alexa j'ai gagé avec mon beau-frère que la capitale {} j'ai-tu raison | de l'australie c'est sydney=AU; du brésil c'est rio=BR; des états-unis c'est new york=US | fr-CA
yes-no-check | alexa vrai ou faux la capitale {} | du nigeria c'est lagos=NG; de la tanzanie c'est dar es salaam=TZ; du pakistan c'est karachi=PK
yes-no-check | alexa confirme-moi que la capitale {} | du kazakhstan c'est astana=KZ; de la birmanie c'est naypyidaw=MM; de la côte d'ivoire c'est yamoussoukro=CI
yes-no-check | alexa dis-moi si la capitale {} | de la nouvelle-zélande c'est auckland=NZ; du canada c'est montréal=CA; de l'inde c'est bombay=IN
yes-no-check | alexa c'est pas plutôt {} | zurich la capitale de la suisse=CH; milan la capitale de l'italie=IT; saint-pétersbourg la capitale de la russie=RU
yes-no-check | alexa mon gars dit que la capitale {} c'est vrai ça | de la californie c'est los angeles=US-CA; de la floride c'est miami=US-FL; du texas c'est houston=US-TX | fr-CA
yes-no-check | alexa la capitale {} j'ai bon | du viêt nam c'est hanoï=VN; de la corée du sud c'est séoul=KR; de la thaïlande c'est bangkok=TH
# --- self-correction (the speaker changes the place mid-sentence)
self-correction | alexa la capitale de l'autriche euh non {} | de l'australie=AU; de l'allemagne=DE; de l'arménie=AM
self-correction | alexa c'est quoi la capitale de la slovénie pardon {} | de la slovaquie=SK; de la serbie=RS; de la croatie=HR
self-correction | alexa la capitale de l'iran attends non {} | de l'irak=IQ; de l'inde=IN; de l'islande=IS
self-correction | alexa la capitale du niger non je veux dire {} | du nigeria=NG; du mali=ML; du tchad=TD
self-correction | alexa la capitale de la guinée oups {} | de la guinée-bissau=GW; de la guinée équatoriale=GQ; de la papouasie-nouvelle-guinée=PG
self-correction | alexa c'est quoi la capitale du dakota du nord ah non {} | du dakota du sud=US-SD; de la caroline du nord=US-NC; de la caroline du sud=US-SC | fr-CA
self-correction | alexa la capitale de la colombie attends je me trompe {} | de la colombie-britannique=CA-BC; du costa rica=CR; du cambodge=KH | fr-CA
self-correction | alexa la capitale de la suède non mais je voulais dire {} | de la suisse=CH; du swaziland=SZ; de la finlande=FI
self-correction | alexa la capitale du soudan euh du {} | soudan du sud=SS; salvador=SV; suriname=SR
self-correction | alexa la capitale de la mauritanie non de {} | l'île maurice=MU; la malaisie=MY; la mongolie=MN | fr-CA
# --- reverse-question (a capital given, the place asked)
reverse-question | alexa {} c'est la capitale de quel pays | ouagadougou=CITY:ouagadougou; tachkent=CITY:tachkent; oulan-bator=CITY:oulan-bator
reverse-question | alexa de quel pays {} est la capitale | nairobi=CITY:nairobi; bichkek=CITY:bichkek; montevideo=CITY:montevideo
reverse-question | alexa {} c'est la capitale de quoi | harare=CITY:harare; lusaka=CITY:lusaka; tbilissi=CITY:tbilissi
reverse-question | alexa {} c'est la capitale de quelle province | régina=CITY:regina; fredericton=CITY:fredericton; edmonton=CITY:edmonton | fr-CA
reverse-question | alexa {} c'est dans quel état américain la capitale | sacramento=CITY:sacramento; tallahassee=CITY:tallahassee; albany=CITY:albany | fr-CA
reverse-question | alexa à quel pays appartient la capitale {} | vientiane=CITY:vientiane; katmandou=CITY:katmandou; thimphou=CITY:thimphu
reverse-question | alexa {} c'est la capitale de quel land allemand | wiesbaden=CITY:wiesbaden; schwerin=CITY:schwerin; potsdam=CITY:potsdam
reverse-question | alexa la ville de {} est capitale de quoi | perth=CITY:perth; hobart=CITY:hobart; darwin=CITY:darwin
# --- official-name (the place by its long official name)
official-name | alexa c'est quoi la capitale de la {} | république fédérale d'allemagne=DE; république populaire de chine=CN; fédération de russie=RU
official-name | alexa quelle est la capitale de la {} | république islamique d'iran=IR; république arabe d'égypte=EG; confédération suisse=CH
official-name | alexa capitale du {} | royaume du maroc=MA; royaume de norvège=NO; royaume hachémite de jordanie=JO
official-name | alexa la capitale de la république {} | tchèque=CZ; de corée=KR; dominicaine=DO
official-name | alexa c'est quoi la capitale des {} | états-unis d'amérique=US; émirats arabes unis=AE; états fédérés de micronésie=FM | fr-CA
official-name | alexa la capitale du {} c'est quoi | royaume-uni de grande-bretagne et d'irlande du nord=GB; grand-duché de luxembourg=LU; royaume de thaïlande=TH
official-name | alexa la capitale de la principauté {} | de monaco=MC; d'andorre=AD; de liechtenstein=LI
official-name | alexa la capitale de la {} | république démocratique populaire lao=LA; république socialiste du viêt nam=VN; république de l'union du myanmar=MM | fr-CA
official-name | alexa quelle est la capitale de l'{} | état plurinational de bolivie=BO; état d'israël=IL; état de palestine=PS
official-name | alexa quelle est la capitale du {} | royaume d'eswatini=SZ; sultanat d'oman=OM; royaume des pays-bas=NL | fr-CA
# --- everyday-name (the place by an everyday, old or short name)
everyday-name | alexa ma grand-mère dit encore la {} c'est quoi sa capitale | hollande=NL; birmanie=MM; perse=IR
everyday-name | alexa la capitale de {} c'est quoi | l'amérique=US; l'angleterre=GB-ENG; la tchécoslovaquie=FB
everyday-name | alexa dans mon vieil atlas quelle est la capitale {} | du swaziland=SZ; de la côte-d'ivoire=CI; de ceylan=LK
everyday-name | alexa la capitale des {} | émirats=AE; states=US; pays-bas=NL | fr-CA
everyday-name | alexa c'est quoi la capitale de la {} dans le coin | centrafrique=CF; biélorussie=BY; rdc=CD
everyday-name | alexa la capitale du {} | congo kinshasa=CD; zaïre=CD; dahomey=BJ
everyday-name | alexa c'est quoi la capitale de la {} mon vieux | macédoine=MK; moldavie=MD; yougoslavie=FB | fr-CA
everyday-name | alexa la capitale de {} | l'île de pâques=FB; terre-neuve=CA-NL; l'île-du-prince=CA-PE | fr-CA
everyday-name | alexa la capitale de la {} c'est où | grande-bretagne=GB; tchéquie=CZ; rca=CF
everyday-name | alexa c'est quoi la capitale du {} | timor-est=TL; cap vert=CV; burkina=BF
# --- shared-name (a name that means several places)
shared-name | alexa c'est quoi la capitale de la géorgie | GE+US-GA
shared-name | alexa la capitale du congo | CD+CG | fr-CA
shared-name | alexa la capitale de la corée c'est quoi | KP+KR
shared-name | alexa la capitale des îles vierges | VG+VI
shared-name | alexa la capitale de la guinée j'ai vu aux nouvelles | GN
shared-name | alexa les deux corées leurs capitales c'est quoi | KP+KR | fr-CA
shared-name | alexa c'est quoi la capitale de washington | US-WA
shared-name | alexa la capitale du territoire du nord | AU-NT
shared-name | alexa c'est quoi la capitale de new york l'état | US-NY | fr-CA
shared-name | alexa le congo pis le congo c'est quoi leurs capitales | CD+CG | fr-CA
shared-name | alexa dans la série les deux géorgie c'est quoi leur capitale | GE+US-GA
shared-name | alexa la capitale de la géorgie aux états-unis | US-GA | fr-CA
shared-name | alexa mexico c'est la capitale de quoi | CITY:mexico
shared-name | alexa la capitale du luxembourg la ville ou le pays | LU
shared-name | alexa c'est quoi la capitale du québec la province | CA-QC | fr-CA
# --- out-of-domain (weather, music, timers, other questions about countries, places with no capital in the data, 'capital' in other senses)
out-of-domain | alexa il fait combien à nancy demain matin | FB
out-of-domain | alexa mets la playlist de johnny pour la fête de la mirabelle | FB
out-of-domain | alexa combien de bouteilles de champagne on vend par an | FB
out-of-domain | alexa quelle heure est-il à nouméa en ce moment | FB
out-of-domain | alexa la météo des plages à hossegor pour ce week-end | FB
out-of-domain | alexa c'est quand la feria de dax cette année | FB
out-of-domain | alexa mets france bleu gascogne | FB
out-of-domain | alexa combien d'habitants à avignon | FB
out-of-domain | alexa est-ce que le mistral va souffler demain | FB
out-of-domain | alexa c'est quoi la capitale mondiale de la lavande | FB
out-of-domain | alexa la capitale européenne de la culture cette année c'est quelle ville | FB
out-of-domain | alexa combien de temps en avion entre cayenne et paris | FB
out-of-domain | alexa quand est-ce que la prochaine fusée décolle de kourou | FB
out-of-domain | alexa c'est quand le carnaval de cayenne | FB
out-of-domain | alexa mets du zouk pour le repas | FB
out-of-domain | alexa la marée à mamoudzou aujourd'hui | FB
out-of-domain | alexa combien coûte la barge pour petite-terre | FB
out-of-domain | alexa c'est quoi la monnaie en nouvelle-calédonie | FB
out-of-domain | alexa quel temps fait-il à koné | FB
out-of-domain | alexa traduis merci en chinois | FB
out-of-domain | alexa quand c'est le nouvel an chinois cette année | FB
out-of-domain | alexa combien de personnes parlent mandarin dans le monde | FB
out-of-domain | alexa comment on dit bonjour en ukrainien | FB
out-of-domain | alexa mets des chansons ukrainiennes pour babusia | FB
out-of-domain | alexa quelle est la langue officielle de la moldavie | FB
out-of-domain | alexa recette de la polenta au fromage | FB
out-of-domain | alexa c'est quoi la plus grande ville d'italie | FB
out-of-domain | alexa comment on conjugue le verbe aller au futur | FB
out-of-domain | alexa quel est le drapeau du japon | FB
out-of-domain | alexa mets une berceuse pour le bébé | FB
out-of-domain | alexa minuteur vingt minutes pour le biberon | FB
out-of-domain | alexa lance une histoire pour enfants sur les animaux | FB
out-of-domain | alexa rappelle-moi le vaccin du petit mardi | FB
out-of-domain | alexa le stock de lait maternel dure combien de temps au frigo | FB
out-of-domain | alexa combien de kilomètres de paris à lisbonne | FB
out-of-domain | alexa le prochain vol pour doha part à quelle heure | FB
out-of-domain | alexa quelle est la population de la chine | FB
out-of-domain | alexa c'est quoi le plus long fleuve d'afrique | FB
out-of-domain | alexa quelle est la plus haute montagne du monde | FB
out-of-domain | alexa combien de pays en afrique | FB
out-of-domain | alexa quel est le plus petit pays du monde | FB
out-of-domain | alexa c'est qui le président du sénégal | FB
out-of-domain | alexa quelle langue on parle au brésil | FB
out-of-domain | alexa quelle est la monnaie de la suisse | FB
out-of-domain | alexa combien de fuseaux horaires en russie | FB
out-of-domain | alexa quel est l'hymne national de la belgique | FB
out-of-domain | alexa mets la radio france info | FB
out-of-domain | alexa ajoute du beurre à la liste de courses | FB
out-of-domain | alexa raconte-moi une blague sur les belges | FB
out-of-domain | alexa c'est quoi un capital-risqueur | FB
out-of-domain | alexa explique-moi le capital social d'une entreprise | FB
out-of-domain | alexa comment écrire une lettre en capitale d'imprimerie | FB
out-of-domain | alexa c'est quoi la peine capitale | FB
out-of-domain | alexa le film capitaine marvel passe à quelle heure | FB
out-of-domain | alexa mets le podcast sur le capital de marx | FB
out-of-domain | alexa c'est quoi le capital décès de la fonction publique | FB
out-of-domain | alexa c'est quoi la capitale de la gastronomie en france | FB
out-of-domain | alexa la capitale de la lorraine c'était nancy ou metz | FB
out-of-domain | alexa c'est quoi la capitale de la champagne | FB
out-of-domain | alexa la capitale des landes c'est quoi | FB
out-of-domain | alexa c'est quoi la capitale du vaucluse | FB
out-of-domain | alexa c'est quoi la capitale régionale de la provence | FB
out-of-domain | alexa c'est quoi le chef-lieu de la moselle | FB
out-of-domain | alexa quelle est la préfecture de la marne | FB
out-of-domain | alexa la capitale du mont-blanc c'est chamonix | FB
out-of-domain | alexa c'est quoi la capitale du monde du surf | FB
out-of-domain | alexa quelle est la capitale de la sicile | FB
out-of-domain | alexa quelle est la capitale de la toscane | FB
out-of-domain | alexa c'est quoi la capitale de la catalogne espagnole | FB
out-of-domain | alexa quelle est la capitale de la province de wenzhou | FB
out-of-domain | alexa c'est quoi la capitale de la crimée | FB
out-of-domain | alexa la capitale de l'empire inca c'était quoi | FB
out-of-domain | alexa quelle était la capitale de la gaule | FB
out-of-domain | alexa c'est quoi la capitale de la lune | FB
out-of-domain | alexa la capitale de l'atlantide | FB
out-of-domain | alexa c'est quoi la capitale de la terre du milieu | FB
out-of-domain | alexa la capitale de pokémon c'est quoi | FB
out-of-domain | alexa qui a gagné le tour de france l'an dernier | FB
out-of-domain | alexa le score du match du fc metz | FB
out-of-domain | alexa combien coûte un billet de train pour reims | FB
out-of-domain | alexa quelle est la capitale de ton coeur | FB
out-of-domain | alexa c'est quoi la distance entre la terre et le soleil | FB
out-of-domain | alexa trouve-moi une pharmacie de garde | FB
out-of-domain | alexa c'est quoi le pays le plus peuplé d'afrique | FB
out-of-domain | alexa quels pays bordent la france | FB
out-of-domain | alexa quelle est la langue du paraguay | FB
out-of-domain | alexa quel est le gentilé des habitants de madagascar | FB
out-of-domain | alexa quelle température à saint-georges de beauce à matin | FB | fr-CA
out-of-domain | alexa mets cjmf pour les nouvelles | FB | fr-CA
out-of-domain | alexa c'est quand la fin de la saison des sucres | FB | fr-CA
out-of-domain | alexa combien de temps bouillir l'eau d'érable | FB | fr-CA
out-of-domain | alexa y a-tu de la neige annoncée à longueuil | FB | fr-CA
out-of-domain | alexa l'horaire du rem pour brossard | FB | fr-CA
out-of-domain | alexa combien coûte l'abonnement bixi | FB | fr-CA
out-of-domain | alexa c'est quand le jour du déménagement | FB | fr-CA
out-of-domain | alexa mets de la musique acadienne | FB | fr-CA
out-of-domain | alexa c'est quand le congrès mondial acadien | FB | fr-CA
out-of-domain | alexa quelle heure il est à chéticamp | FB | fr-CA
out-of-domain | alexa la météo à edmonton pour la fin de semaine | FB | fr-CA
out-of-domain | alexa c'est quand le stampede cette année | FB | fr-CA
out-of-domain | alexa combien d'heures de route entre calgary pis vancouver | FB | fr-CA
out-of-domain | alexa quel temps à whistler demain | FB | fr-CA
out-of-domain | alexa mets du makossa pour la fête | FB | fr-CA
out-of-domain | alexa combien coûte un billet pour douala | FB | fr-CA
out-of-domain | alexa quelle est la langue officielle du cameroun | FB | fr-CA
out-of-domain | alexa c'est quand la fin de la session au cégep | FB | fr-CA
out-of-domain | alexa mets la playlist chill pour étudier | FB | fr-CA
out-of-domain | alexa combien de temps de vol pour la baie-james | FB | fr-CA
out-of-domain | alexa il fait combien à chibougamau | FB | fr-CA
out-of-domain | alexa les conditions routières sur la route du nord | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale du sirop d'érable | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la beauce | FB | fr-CA
out-of-domain | alexa la capitale de l'acadie c'est quoi | FB | fr-CA
out-of-domain | alexa la capitale de la gaspésie c'est quoi | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du nunavik | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale des cris de la baie-james | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la rive-sud | FB | fr-CA
out-of-domain | alexa la capitale du hockey au canada c'est quelle ville | FB | fr-CA
out-of-domain | alexa c'est quoi le chef-lieu de la mrc de beauce-sartigan | FB | fr-CA
out-of-domain | alexa qui a gagné la coupe stanley l'an passé | FB | fr-CA
out-of-domain | alexa le score du canadien à soir | FB | fr-CA
out-of-domain | alexa mets les nouvelles de radio-canada | FB | fr-CA
out-of-domain | alexa part une minuterie de dix minutes pour la tourtière | FB | fr-CA
out-of-domain | alexa combien de population au québec | FB | fr-CA
out-of-domain | alexa c'est qui le premier ministre du québec | FB | fr-CA
out-of-domain | alexa c'est quoi le plus long fleuve au canada | FB | fr-CA
out-of-domain | alexa quel est le drapeau de la nouvelle-écosse | FB | fr-CA
out-of-domain | alexa quelle langue on parle au nunavut | FB | fr-CA
out-of-domain | alexa combien de temps entre montréal pis québec en char | FB | fr-CA
out-of-domain | alexa c'est quoi un gain en capital | FB | fr-CA
out-of-domain | alexa c'est quoi le capital sur mon hypothèque | FB | fr-CA
out-of-domain | alexa mets le balado sur l'histoire du québec | FB | fr-CA
out-of-domain | alexa explique-moi c'est quoi une lettre capitale | FB | fr-CA
out-of-domain | alexa le prix du gaz à lévis aujourd'hui | FB | fr-CA
out-of-domain | alexa trouve-moi une pharmacie ouverte à laval | FB | fr-CA
out-of-domain | alexa raconte-moi une joke de beauceron | FB | fr-CA
out-of-domain | alexa c'est quoi l'hymne national du canada | FB | fr-CA
out-of-domain | alexa combien de fuseaux horaires au canada | FB | fr-CA
out-of-domain | alexa comment on dit capitale en anglais | FB | fr-CA
out-of-domain | alexa quelle est la monnaie au cameroun | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la chanson québécoise | FB | fr-CA
out-of-domain | alexa quelle est la capitale du monde du poulet frit | FB | fr-CA
# --- help, stop, cancel and launch (the skill opened as "capitales du monde")
help | alexa je sais pas comment ça marche ton jeu des capitales explique-moi | HELP
help | alexa qu'est-ce que je peux te demander sur les pays | HELP
help | alexa aide-moi je comprends rien à ce truc de capitales | HELP
help | alexa comment on s'en sert de ça | HELP
help | alexa tu peux m'expliquer ce que tu sais faire avec les capitales | HELP
help | alexa c'est quoi les questions qu'on peut poser | HELP
help | alexa mamie voudrait savoir comment on utilise ça | HELP
help | alexa j'ai besoin d'aide pour utiliser capitales du monde | HELP
help | alexa comment ça fonctionne pour demander une capitale | HELP
help | alexa donne-moi un exemple de question | HELP
help | alexa je suis perdu qu'est-ce que je dis maintenant | HELP
help | alexa ça marche pour les départements français aussi ou pas explique | HELP
help | alexa on peut demander les états américains dans ton truc comment | HELP
help | alexa pardon je suis nouvelle comment je demande une capitale | HELP
help | alexa excuse-moi je parle pas bien français comment utiliser | HELP
help | alexa quelles sont les commandes | HELP
help | alexa le petit veut jouer comment on fait | HELP
help | alexa tu fais quoi exactement | HELP
help | alexa c'est quoi le mode d'emploi | HELP
help | alexa oh pinaise je sais plus quoi dire aide | HELP
help | alexa besoin d'un coup de main avec les capitales | HELP
help | alexa dis-moi ce que je peux faire ici | HELP
help | alexa comment on pose une question à capitales du monde | HELP
help | alexa aide s'il vous plaît je comprends pas le fonctionnement | HELP
help | alexa qu'est-ce que tu connais comme pays | HELP
help | alexa je sais pas quoi demander aide-moi | HELP | fr-CA
help | alexa comment ça marche ton affaire de capitales | HELP | fr-CA
help | alexa peux-tu m'aider j'comprends pas | HELP | fr-CA
help | alexa qu'est-ce qu'on peut te demander au juste | HELP | fr-CA
help | alexa c'est quoi que je dois dire pour avoir une capitale | HELP | fr-CA
help | alexa aide-moi donc avec ça | HELP | fr-CA
help | alexa montre-moi comment ça fonctionne | HELP | fr-CA
help | alexa mémère comprend pas comment faire aide-la | HELP | fr-CA
help | alexa ça marche-tu avec les provinces explique-moi | HELP | fr-CA
help | alexa j'sais pas comment m'en servir | HELP | fr-CA
help | alexa so comment on fait pour demander | HELP | fr-CA
help | alexa qu'est-ce que ça fait capitales du monde | HELP | fr-CA
help | alexa j'ai besoin d'aide avec le jeu des capitales | HELP | fr-CA
help | alexa donne-moi des exemples de questions à poser | HELP | fr-CA
help | alexa je suis mêlé aide-moi | HELP | fr-CA
help | alexa explique-moi les règles | HELP | fr-CA
help | alexa c'est quoi les options | HELP | fr-CA
stop | alexa arrête c'est bon on a fini | STOP
stop | alexa stop je dois partir au boulot | STOP
stop | alexa tais-toi le bébé dort | STOP
stop | alexa ça suffit pour ce soir | STOP
stop | alexa arrête capitales du monde | STOP
stop | alexa on arrête là merci | STOP
stop | alexa fin de la partie | STOP
stop | alexa ferme l'application | STOP
stop | alexa quitte s'il te plaît | STOP
stop | alexa arrête de parler | STOP
stop | alexa bon stop on mange | STOP
stop | alexa c'est fini pour aujourd'hui | STOP
stop | alexa au revoir merci | STOP
stop | alexa adishatz on arrête | STOP
stop | alexa terminé bonsoir | STOP
stop | alexa chut maintenant | STOP
stop | alexa stoppe tout | STOP
stop | alexa je veux quitter | STOP
stop | alexa sors de l'application capitales | STOP
stop | alexa on a assez joué arrête | STOP
stop | alexa coupe le son et arrête | STOP
stop | alexa arrête le jeu les enfants vont au lit | STOP
stop | alexa bye bye | STOP
stop | alexa merci c'est tout | STOP
stop | alexa ferme-la on a fini | STOP | fr-CA
stop | alexa arrête ça là | STOP | fr-CA
stop | alexa c'est assez merci | STOP | fr-CA
stop | alexa ok bye là | STOP | fr-CA
stop | alexa sors de là | STOP | fr-CA
stop | alexa stop stop stop | STOP | fr-CA
stop | alexa on arrête ça le souper est prêt | STOP | fr-CA
stop | alexa ferme capitales du monde | STOP | fr-CA
stop | alexa c'est fini bonne nuit | STOP | fr-CA
stop | alexa arrête-toi | STOP | fr-CA
stop | alexa quitte le jeu des capitales | STOP | fr-CA
stop | alexa ça va faire là | STOP | fr-CA
stop | alexa tais-toi donc | STOP | fr-CA
stop | alexa j'ai fini salut | STOP | fr-CA
stop | alexa on ferme ça | STOP | fr-CA
stop | alexa arrête je dois aller travailler | STOP | fr-CA
stop | alexa anyways stop | STOP | fr-CA
cancel | alexa annule | CANCEL
cancel | alexa laisse tomber | CANCEL
cancel | alexa non annule ça | CANCEL
cancel | alexa oublie ce que j'ai dit | CANCEL
cancel | alexa annule la question | CANCEL
cancel | alexa non c'est pas grave laisse | CANCEL
cancel | alexa laisse tomber je trouverai tout seul | CANCEL
cancel | alexa annule je me suis trompé | CANCEL
cancel | alexa non non annule | CANCEL
cancel | alexa c'est bon oublie | CANCEL
cancel | alexa laisse je demanderai à mon père | CANCEL
cancel | alexa annulation | CANCEL
cancel | alexa peu importe oublie ça | CANCEL
cancel | alexa non rien annule | CANCEL
cancel | alexa oublie la capitale c'était pour rien | CANCEL
cancel | alexa annule tout | CANCEL
cancel | alexa tant pis laisse tomber | CANCEL
cancel | alexa je retire ma question | CANCEL
cancel | alexa macarel laisse tomber | CANCEL
cancel | alexa allora annule | CANCEL
cancel | alexa pardon annule j'ai mal parlé | CANCEL
cancel | alexa bon ben rien | CANCEL
cancel | alexa non finalement rien | CANCEL
cancel | alexa laisse faire | CANCEL | fr-CA
cancel | alexa laisse faire c'est correct | CANCEL | fr-CA
cancel | alexa annule ça là | CANCEL | fr-CA
cancel | alexa oublie ça | CANCEL | fr-CA
cancel | alexa non c'est beau laisse faire | CANCEL | fr-CA
cancel | alexa laisse faire je vais chercher sur google | CANCEL | fr-CA
cancel | alexa annule ma question | CANCEL | fr-CA
cancel | alexa pas grave oublie ça | CANCEL | fr-CA
cancel | alexa non non laisse faire | CANCEL | fr-CA
cancel | alexa annule donc | CANCEL | fr-CA
cancel | alexa finalement c'est beau | CANCEL | fr-CA
cancel | alexa laisse tomber ça | CANCEL | fr-CA
cancel | alexa mettons que j'ai rien dit | CANCEL | fr-CA
cancel | alexa oublie ça là | CANCEL | fr-CA
cancel | alexa annule la recherche | CANCEL | fr-CA
cancel | alexa ben non annule | CANCEL | fr-CA
cancel | alexa never mind annule | CANCEL | fr-CA
cancel | alexa c'est correct oublie | CANCEL | fr-CA
launch | alexa ouvre capitales du monde | LAUNCH
launch | alexa lance capitales du monde | LAUNCH
launch | alexa démarre capitales du monde | LAUNCH
launch | alexa ouvre le jeu capitales du monde | LAUNCH
launch | alexa lance le jeu capitales du monde s'il te plaît | LAUNCH
launch | alexa je veux jouer à capitales du monde | LAUNCH
launch | alexa on joue à capitales du monde | LAUNCH
launch | alexa mets capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde pour les enfants | LAUNCH
launch | alexa lance capitales du monde on révise | LAUNCH
launch | alexa demande à capitales du monde | LAUNCH
launch | alexa active capitales du monde | LAUNCH
launch | alexa allez lance capitales du monde | LAUNCH
launch | alexa commence capitales du monde | LAUNCH
launch | alexa joue à capitales du monde avec moi | LAUNCH
launch | alexa ouvre capitales du monde là | LAUNCH | fr-CA
launch | alexa part capitales du monde | LAUNCH | fr-CA
launch | alexa lance-moi capitales du monde | LAUNCH | fr-CA
launch | alexa démarre capitales du monde pour ma fille | LAUNCH | fr-CA
launch | alexa ouvre donc capitales du monde | LAUNCH | fr-CA
launch | alexa peux-tu ouvrir capitales du monde | LAUNCH | fr-CA
launch | alexa j'veux jouer à capitales du monde | LAUNCH | fr-CA
launch | alexa on part capitales du monde | LAUNCH | fr-CA
launch | alexa embarque capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre-moi capitales du monde s'il vous plaît | LAUNCH | fr-CA
launch | alexa lance capitales du monde on a un quiz | LAUNCH | fr-CA
launch | alexa démarre le jeu capitales du monde | LAUNCH | fr-CA
launch | alexa mets capitales du monde pour la classe | LAUNCH | fr-CA
launch | alexa capitales du monde s'il te plaît | LAUNCH | fr-CA
launch | alexa ouvre l'application capitales du monde | LAUNCH
# --- more plural, stop, cancel and launch lines with their situation
plural-capitals | alexa la malaisie a combien de capitales pis c'est lesquelles | MY | fr-CA
plural-capitals | alexa mon beau-frère part à kuala lumpur il paraît que la malaisie a deux capitales lesquelles | MY
plural-capitals | alexa putrajaya et kuala lumpur ce sont les deux capitales de la malaisie c'est ça | MY
plural-capitals | alexa l'eswatini a deux capitales tu peux me dire lesquelles | SZ
plural-capitals | alexa les deux capitales du royaume d'eswatini c'est quoi | SZ | fr-CA
plural-capitals | alexa mbabane et lobamba sont les capitales de l'eswatini vrai | SZ
plural-capitals | alexa la paz et sucre c'est les deux capitales de la bolivie c'est-tu ça | BO | fr-CA
plural-capitals | alexa pour mon exposé sur les andes quelles sont les capitales de la bolivie | BO
plural-capitals | alexa les capitales boliviennes c'est lesquelles | BO
plural-capitals | alexa combien de capitales ont les pays-bas et lesquelles | NL
plural-capitals | alexa cotonou et porto-novo c'est les capitales du bénin non | BJ | fr-CA
plural-capitals | alexa colombo et kotte les deux capitales du sri lanka c'est juste | LK
plural-capitals | alexa la côte d'ivoire a deux capitales dis-moi les deux | CI | fr-CA
plural-capitals | alexa ramallah et jérusalem-est ce sont les capitales de la palestine | PS
plural-capitals | alexa les trois capitales de l'afrique du sud pour mon quiz | ZA | fr-CA
stop | alexa arrête on passe à table les enfants | STOP
stop | alexa stop la maîtresse sonne la fin de la récré | STOP
stop | alexa ferme le jeu mon bus arrive | STOP
stop | alexa arrête je vais donner le biberon | STOP
stop | alexa stop le pitchoun s'est endormi | STOP
stop | alexa arrête tout je pars à la caserne | STOP
stop | alexa on arrête la partie de petit bac merci | STOP
stop | alexa arrête oui ma on part en brousse | STOP
stop | alexa arrête je prends mon quart de nuit | STOP | fr-CA
stop | alexa stop on part pelleter | STOP | fr-CA
stop | alexa ferme ça le hockey commence | STOP | fr-CA
stop | alexa arrête on s'en va à la cabane | STOP | fr-CA
stop | alexa c'est assez pour à soir ferme ça | STOP | fr-CA
stop | alexa arrête le quiz là là je dois étudier | STOP | fr-CA
cancel | alexa annule je voulais demander la météo | CANCEL
cancel | alexa laisse tomber la capitale je cherche dans l'atlas | CANCEL
cancel | alexa annule le petit a appuyé n'importe comment | CANCEL
cancel | alexa beuh laisse tomber | CANCEL
cancel | alexa non annule ma femme connaît la réponse | CANCEL
cancel | alexa annule la demande ça sert à rien | CANCEL
cancel | alexa oublie la question de la nonna | CANCEL
cancel | alexa laisse faire ma fille l'a trouvée | CANCEL | fr-CA
cancel | alexa annule ça le prof a donné la réponse | CANCEL | fr-CA
cancel | alexa non oublie la question du quiz | CANCEL | fr-CA
cancel | alexa laisse faire pantoute | CANCEL | fr-CA
cancel | alexa annule j'ai mal prononcé | CANCEL | fr-CA
cancel | alexa oublie ça mon chum le savait | CANCEL | fr-CA
cancel | alexa mettons qu'on annule | CANCEL | fr-CA
launch | alexa lance capitales du monde pour réviser le brevet | LAUNCH
launch | alexa ouvre capitales du monde on fait un quiz en famille | LAUNCH
launch | alexa démarre capitales du monde pour la petite avant le dodo | LAUNCH
launch | alexa lance capitales du monde pour le petit bac | LAUNCH
launch | alexa ouvre capitales du monde je révise mon bts | LAUNCH
launch | alexa mets-moi capitales du monde pour mes élèves | LAUNCH
launch | alexa lance capitales du monde les cousins sont là | LAUNCH
launch | alexa ouvre capitales du monde on joue après le souper | LAUNCH | fr-CA
launch | alexa part capitales du monde pour génies en herbe | LAUNCH | fr-CA
launch | alexa lance capitales du monde pour le quiz de la brasserie | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde pour mon examen du ministère | LAUNCH | fr-CA
launch | alexa démarre capitales du monde au chalet | LAUNCH | fr-CA
launch | alexa so ouvre capitales du monde | LAUNCH | fr-CA
"""

if __name__ == "__main__":
    build_round(47, "fr", LINES, sys.argv, "tests/Eval/fr/round47/source/build_corpus.py")
