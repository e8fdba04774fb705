"""Round 46, French (fr-FR, fr-CA): a new author's own mix, written blind at the start of the forty-ninth session
(brief WRITER55.md), about a third of the lines fr-CA. Speakers and situations chosen apart from round 45 (no Niçois,
Nantais or Vendéens, Bourguignons, Parisian or banlieue teenagers, Belgians or Swiss in France, Armenian, Turkish or
Romanian families, Tamil families, British learners in the Dordogne, Laurentides, Lanaudière, Montérégie,
Centre-du-Québec, Charlevoix, Madelinots, Cree or Inuit speakers, Lebanese, Greek or English-speaking Montrealers,
Fransaskois) and from the round-44 groups it lists as avoided (Marseillais, Toulousains, Ch'tis, Basques, Bordelais,
Normands, Auvergnats, Franco-Maghrebi and Afro-Parisian families, Portuguese-French, Polynesians, Hochelaga or Villeray
Montrealers, Québec City, Mauricie, Estrie, Côte-Nord, Bas-Saint-Laurent, Haitian or Italian Montrealers,
Franco-Manitobans).
fr-FR speakers: Alsaciens ("hopla", "jo", "gell", "mon schatzi", "opa", the winstub, the Christmas market, the European
Parliament), Lyonnais ("gone", "fenottes", "dis voir", "y" for "le", "bredin", the bouchon and the mâchon, the OL,
Fourvière, the traboules, the Fête des lumières), Bretons of Brest, Quimper and Rennes ("ma doue", "kenavo", "yec'hed
mat", "mamm-gozh", the fest-noz, the Interceltique, the Roscoff ferry), Corses ("o cumpà", "aiò", "u babbu", "a mamma",
"beh", "ava", "pace e salute"), Réunionnais (creole "kosa", "zot", "marmay", "gramoun", "dalon", "mi koné pa"),
Antillais of Guadeloupe and Martinique ("sa ou fè", "tonnè", "doudou", "ti moun", "ou sav", zouk, the yoles),
Savoyards (the Mont-Blanc tunnel, ski schools, "il fait cru", "y" for "le", tartiflette and reblochon), Catalans of
Perpignan ("bon dia", "adéu", "la iaia", "l'avi", the USAP), Franco-Vietnamese families of the 13th arrondissement
("bà", "ông", "má", the Têt), Franco-Polish families of the old mining towns ("babcia", "dziadek", "na zdrowie", the
wigilia), Erasmus students learning French (German, Spanish, Italian; article and gender
errors), retired people (a club des aînés, an EHPAD, pétanque, a thé dansant, old names: la Perse, le Siam, Ceylan, le
Dahomey) and small children (four to eight). Jobs: a lorry driver, a baker, an SNCF guard, a night nurse, a cashier, a
Beauce farmer, a Louvre guide, a plumber, an ambulance man, a journalist, a geography teacher, a VTC
driver, a sworn translator, a care assistant. School: sixième, cinquième, quatrième,
seconde, terminale, the géopolitique option, a geography degree, a master's thesis, the teachers' exam, a business
school. Games: Questions pour un champion, Qui veut gagner des millions, Time's Up,
GeoGuessr, Pictionary, Les Douze coups de midi, belote, a wedding quiz, a flag game. Home: the washing-up, moving house, the car on holiday, a sister's wedding, bath time, a documentary, a US road
trip, a couple's argument.
fr-CA speakers: Saguenéens and Jeannois ("moé", "toé", "chus", "ben là", the Jonquière smelter, the blueberry
festival), Gaspésiens (Percé, the 132, lobster, Carleton-sur-Mer), Abitibiens (the
Val-d'Or gold mines, the Amos road, "icitte"), Outaouais public servants ("anyway", "checke",
crossing to Ottawa, a federal briefing), Acadians of New Brunswick (chiac: "well", "right", "j'sus
back", "mémère", the Tintamarre), Franco-Ontarians of Sudbury, Hearst, Timmins and Kapuskasing ("so",
"like"), Laval teenagers ("genre", "full", "bro", "tsé", "c'est malade", the Carrefour Laval), Latino Montrealers
("oye", "bueno", "ay dios", "mi abuela", "mi tía"), adult learners in francisation classes (Persian, Chinese, Arabic,
Ukrainian and Bengali speakers; article and word-order errors), aînés (Florida snowbirds, the Pope's mass on TV, "pépère", "mémère", "ma belle", the Tanganyika). Jobs: a trucker on the 20, a call centre, a day-camp
counsellor, a mechanic, a school-bus driver, a care attendant. School:
univers social, the ministry exam, second, fourth and sixth grade, secondaire trois, a seminar at Université Laval, a
Kahoot. Games: La Guerre des clans, bingo, charlemagne, a Gatineau pub trivia, a chalet guessing game, tock, a board
game night.
Families per speaker group, and the shared families (follow-up, plural-capitals, subdivision, out-of-domain, help,
stop, cancel, launch, yes-no-check, self-correction, reverse-question, official-name, everyday-name, shared-name).
Lines of rounds 1-45 are dropped (build_round with round 46's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# --- fr-FR: Alsaciens (Strasbourg, Colmar, "hopla", "jo", "gell", "mon schatzi", the winstub, the Christmas market)
alsaciens | alexa hopla c'est quoi la capitale {} | de la lettonie=LV; de la biélorussie=BY; de l'ukraine=UA
alsaciens | alexa au parlement européen à strasbourg y a un député {} c'est quoi sa capitale | maltais=MT; slovène=SI; croate=HR
alsaciens | alexa au marché de noël un couple {} m'a acheté des bredele c'est quoi leur capitale | suédois=SE; autrichien=AT; irlandais=IE
alsaciens | alexa à la winstub le patron parie que personne connaît la capitale {} dis-la moi | du kirghizstan=KG; du tadjikistan=TJ; du turkménistan=TM
alsaciens | alexa jo on traverse le rhin c'est quoi la capitale {} | du bade-wurtemberg=DE-BW; de la sarre=DE-SL; de la rhénanie-palatinat=DE-RP
alsaciens | alexa mon opa de colmar demande la capitale {} | de la hesse=DE-HE; de la basse-saxe=DE-NI; du schleswig-holstein=DE-SH
alsaciens | alexa ça ne va pas la tête j'ai oublié la capitale {} | de l'ouzbékistan=UZ; du kazakhstan=KZ; de la géorgie le pays du caucase=GE
alsaciens | alexa les cigognes partent l'hiver vers {} c'est quoi la capitale de là-bas | le maroc=MA; la mauritanie=MR; le sénégal=SN
alsaciens | alexa on fait une flammekueche avec des amis de {} c'est quoi la capitale de leur land | sarrebruck dans la sarre=DE-SL; mayence en rhénanie=DE-RP; dresde en saxe=DE-SN
# --- fr-FR: Lyonnais ("gone", "fenottes", "dis voir", "y" for "le", the bouchon, the OL, Fourvière, the Fête des lumières)
lyonnais | alexa dis voir la capitale {} | du pérou=PE; de l'équateur=EC; de la colombie=CO
lyonnais | alexa le gone me demande la capitale {} je sais pas y dire | de l'uruguay=UY; du paraguay=PY; de l'argentine=AR
lyonnais | alexa l'ol joue contre un club {} ce soir c'est quoi la capitale de là-bas | portugais=PT; grec=GR; bulgare=BG
lyonnais | alexa mes fenottes font un quiz elles veulent la capitale {} | de la jamaïque=JM; de la barbade=BB; de la grenade l'île=GD
lyonnais | alexa en haut de fourvière un guide m'a parlé de la capitale {} c'est laquelle | de la dominique=DM; de sainte-lucie=LC; de saint-vincent-et-les-grenadines=VC
lyonnais | alexa ça fait pas un pli c'est quoi la capitale {} | de trinité-et-tobago=TT; d'antigua-et-barbuda=AG; de saint-kitts-et-nevis=KN
lyonnais | alexa y a un gone au mâchon qui veut savoir la capitale {} | du guatemala=GT; du honduras=HN; du nicaragua=NI
lyonnais | alexa à la fête des lumières on a croisé des {} c'est quoi leur capitale | salvadoriens=SV; costaricains=CR; panaméens=PA
lyonnais | alexa je suis tout bredin j'ai raté la question c'est quoi la capitale {} | du belize=BZ; du guyana=GY; du suriname=SR
lyonnais | alexa dans la traboule un monsieur {} m'a demandé son chemin c'est quoi la capitale de son pays | haïtien=HT; cubain=CU; bahaméen=BS
# --- fr-FR: Bretons (Brest, Quimper, Rennes, "ma doue", "kenavo", "yec'hed mat", "mamm-gozh", the fest-noz, the crêperie)
bretons | alexa ma doue c'est quoi la capitale {} | de l'irlande=IE; de l'écosse=GB-SCT; du pays de galles=GB-WLS
bretons | alexa au festival interceltique de lorient les musiciens viennent {} c'est quoi la capitale de chez eux | de l'île de man=IM; de la nouvelle-écosse au canada=CA-NS; d'irlande du nord=GB-NIR
bretons | alexa mamm-gozh demande la capitale {} pour ses mots fléchés | de la norvège=NO; de l'islande=IS; du danemark=DK
bretons | alexa kenavo mais avant dis-moi la capitale {} | de la finlande=FI; de la pologne=PL; de la roumanie=RO
bretons | alexa à la crêperie de quimper une famille {} a pris des galettes c'est quoi leur capitale | japonaise=JP; sud-coréenne=KR; taïwanaise=TW
bretons | alexa le ferry de roscoff part vers {} c'est quoi la capitale de là-bas | l'angleterre=GB-ENG; l'irlande du sud=IE; l'espagne=ES
bretons | alexa au fest-noz quelqu'un a posé une colle c'est quoi la capitale {} | de la tanzanie=TZ; du kenya=KE; de l'éthiopie=ET
bretons | alexa yec'hed mat les amis et alexa c'est quoi la capitale {} | de cuba=CU; d'haïti=HT; de la république dominicaine=DO
bretons | alexa mon fils marin à l'arsenal de brest part en mission {} c'est quoi la capitale | à djibouti=DJ; aux émirats arabes unis=AE; au gabon=GA
bretons | alexa on boit un chouchen avec des cousins de {} c'est quoi la capitale là-bas | guernesey=GG; jersey=JE; la cornouaille anglaise=GB-ENG
# --- fr-FR: Corses (Ajaccio, Bastia, Calvi, "o cumpà", "aiò", "u babbu", "a mamma", "beh", "ava", "pace e salute")
corses | alexa o cumpà dis-moi la capitale {} | de malte=MT; de chypre=CY; de la grèce=GR
corses | alexa aiò dépêche-toi c'est quoi la capitale {} | de l'italie=IT; de saint-marin=SM; du vatican=VA
corses | alexa u babbu regarde le tour de france qui passe par {} c'est quoi la capitale | la belgique=BE; le luxembourg=LU; la suisse=CH
corses | alexa a mamma fait les mots croisés elle cherche la capitale {} | du liban=LB; de la syrie=SY; de la jordanie=JO
corses | alexa beh c'est quoi la capitale {} ava | de l'arménie=AM; de l'azerbaïdjan=AZ; de la moldavie=MD
corses | alexa le sporting a joué un match amical contre une équipe {} c'est quoi la capitale | serbe=RS; monténégrine=ME; kosovare=XK
corses | alexa pace e salute c'est quoi la capitale {} | de la libye=LY; de la tunisie=TN; de l'algérie=DZ
# --- fr-FR: Réunionnais (créole: "kosa", "zot", "marmay", "gramoun", "dalon", "mi koné pa", the cari, the Piton)
reunionnais | alexa kosa i lé la capitale {} | de maurice=MU; des seychelles=SC; de madagascar=MG
reunionnais | alexa mon marmay i demande la capitale {} mi koné pa | des comores=KM; du mozambique=MZ; du malawi=MW
reunionnais | alexa dalon la capitale {} c'est laquelle | de mayotte=YT; de l'afrique du sud=ZA; du zimbabwe=ZW
reunionnais | alexa gramoun lé curieux i veut savoir la capitale {} | de l'inde=IN; du sri lanka=LK; des maldives=MV
reunionnais | alexa mon tonton i travaille au port avec des marins {} c'est quoi leur capitale | philippins=PH; indonésiens=ID; birmans=MM
reunionnais | alexa pendant le cari du dimanche zot i parle de la capitale {} c'est quoi | de la réunion=RE; de la guyane=GF; de wallis-et-futuna=WF
reunionnais | alexa mi lé à paris pour mes études c'est quoi la capitale {} | du botswana=BW; de la namibie=NA; de la zambie=ZM
reunionnais | alexa la marmaille i fait un exposé c'est quoi la capitale {} | des terres australes françaises=TF; du territoire britannique de l'océan indien=IO; de l'île christmas=CX
# --- fr-FR: Antillais (Guadeloupe, Martinique; "sa ou fè", "tonnè", "doudou", "ti moun", "ou sav", zouk, carnaval)
antillais | alexa sa ou fè dis-moi la capitale {} | de la guadeloupe=GP; de la martinique=MQ; de saint-martin=MF
antillais | alexa tonnè an pa sav la capitale {} | de sainte-lucie=LC; de la dominique l'île=DM; de la barbade=BB
antillais | alexa les ti moun veulent la capitale {} | de saint-barthélemy=BL; de montserrat=MS; d'anguilla=AI
antillais | alexa ou sav la capitale {} | des îles vierges britanniques=VG; des îles caïmans=KY; des îles turques-et-caïques=TC
antillais | alexa ma tantine de pointe-à-pitre cherche la capitale {} | du venezuela=VE; de la colombie=CO; du suriname=SR
antillais | alexa pour le tour des yoles on a des équipages {} c'est quoi leur capitale | de curaçao=CW; d'aruba=AW; de sint-maarten=SX
# --- fr-FR: Savoyards et Hauts-Savoyards (Annecy, Chambéry, the ski resorts, "y" for "le", "il fait cru", tartiflette)
savoyards | alexa dans le tunnel du mont-blanc y avait des camions {} c'est quoi la capitale | italiens=IT; slovaques=SK; lituaniens=LT
savoyards | alexa je sais pas y faire dis-moi la capitale {} | du népal=NP; du bhoutan=BT; de la mongolie=MN
savoyards | alexa il fait cru ce matin alors dis-moi plutôt la capitale {} | du groenland=GL; de l'islande=IS; des îles féroé=FO
savoyards | alexa au lac d'annecy une famille {} louait un pédalo c'est quoi leur capitale | suisse=CH; liechtensteinoise=LI; luxembourgeoise=LU
savoyards | alexa au chalet d'alpage un randonneur {} m'a acheté un reblochon c'est quoi sa capitale | norvégien=NO; tchèque=CZ; estonien=EE
# --- fr-FR: Catalans de Perpignan ("bon dia", "adéu", "la iaia", "l'avi", the USAP, Collioure)
catalans | alexa la iaia veut savoir la capitale {} | de monaco=MC; de gibraltar=GI; de malte l'île=MT
catalans | alexa l'usap joue contre une équipe {} c'est quoi la capitale de leur pays | fidjienne=FJ; samoane=WS; tongienne=TO
catalans | alexa l'avi regarde le rugby c'est quoi la capitale {} | de la géorgie celle du rugby=GE; de la roumanie=RO; de l'uruguay=UY
catalans | alexa adéu mais d'abord c'est quoi la capitale {} | de la guinée équatoriale=GQ; du cap-vert=CV; de sao tomé-et-principe=ST
# --- fr-FR: Franco-Vietnamiens (the 13th arrondissement, "bà", "ông", "má", the Têt, pho)
vietnamiens | alexa pour le têt on a des cousins qui viennent {} c'est quoi la capitale là-bas | de thaïlande=TH; de malaisie=MY; de singapour=SG
vietnamiens | alexa au restaurant de pho avenue d'ivry un client {} demande la capitale de son pays | birman=MM; philippin=PH; brunéien=BN
vietnamiens | alexa má dit que la capitale du viêt nam c'est hô chi minh-ville c'est vrai | VN
vietnamiens | alexa pour le nouvel an lunaire mon oncle veut la capitale {} | du timor oriental=TL; de l'indonésie=ID; de la papouasie-nouvelle-guinée=PG
# --- fr-FR: Franco-Polonais of the old mining towns (Lens, Bruay; "babcia", "dziadek", "na zdrowie", the wigilia)
polonais | alexa babcia veut savoir la capitale {} | de la pologne=PL; de la tchéquie=CZ; de la slovaquie=SK
polonais | alexa na zdrowie pour le mariage de ma cousine et au fait c'est quoi la capitale {} | de la biélorussie=BY; de la hongrie=HU; de la lituanie=LT
polonais | alexa pour la wigilia on met une assiette de plus alors dis-moi la capitale {} | de l'estonie=EE; de la finlande=FI; de la russie=RU
# --- fr-FR: Erasmus students learning French (German, Spanish, Italian; gender and article errors, words of their own)
erasmus | alexa qu'est-ce que est le capitale {} | de la allemagne=DE; de le mexique=MX; de le japon=JP
erasmus | alexa entschuldigung quelle est la capital {} | de le autriche=AT; de suisse=CH; de le danemark=DK
erasmus | alexa perdón je cherche la capitale {} | de la pérou=PE; de le chili=CL; de la argentine=AR
erasmus | alexa mein gott j'ai oublié la capitale {} | de le brandebourg=DE-BB; de la saxe=DE-SN; de la thuringe=DE-TH
erasmus | alexa quelle est la capitale de la land {} | de saxe-anhalt=DE-ST; de mecklembourg=DE-MV; de basse-saxe=DE-NI
# --- fr-FR: retraités (the club des aînés, an EHPAD, pétanque, cruises, old names from their youth)
retraites | alexa de mon temps on disait la perse c'est quoi la capitale maintenant | IR
retraites | alexa au club des aînés on joue au loto et la question c'est la capitale {} | de la guinée-bissau=GW; du liberia=LR; de la sierra leone=SL
retraites | alexa mon petit-fils est coopérant {} c'est quoi la capitale | au burkina faso=BF; au togo=TG; au bénin=BJ
retraites | alexa quand j'étais jeune on disait le siam c'est quoi la capitale de la thaïlande aujourd'hui | TH
retraites | alexa ma voisine part en croisière {} c'est quoi la capitale | en norvège=NO; en égypte=EG; au monténégro=ME
retraites | alexa j'entends mal répète-moi la capitale {} | de l'australie=AU; de la nouvelle-zélande=NZ; des fidji=FJ
retraites | alexa mon défunt mari était à ceylan dans la marine c'est quoi la capitale aujourd'hui | LK
retraites | alexa à la pétanque un monsieur {} joue avec nous c'est quoi sa capitale | belge=BE; tunisien=TN; sénégalais=SN
retraites | alexa j'ai connu le dahomey moi c'est quoi sa capitale maintenant que c'est {} | le bénin=BJ
retraites | alexa le facteur est venu avec une carte postale {} c'est quoi la capitale de là-bas | de la jordanie=JO; du népal=NP; du pérou=PE
# --- fr-FR: enfants (four to eight years old, asking alone or with a parent)
enfants | alexa alexa c'est quoi la capitale {} | du pays des pandas=CN; du pays des kangourous=AU; du pays des pyramides=EG
enfants | dis alexa la maîtresse elle a dit de trouver la capitale {} | de l'égypte=EG; du mexique=MX; de l'inde=IN
enfants | alexa moi j'ai six ans et je veux savoir la capitale {} | du canada=CA; du brésil=BR; de la russie=RU
enfants | alexa dans mon dessin animé ils vont dans la capitale {} c'est laquelle | du pérou=PE; du kenya=KE; de madagascar=MG
enfants | alexa dans mon livre de pirates il y a la capitale {} c'est laquelle | de la jamaïque=JM; des bahamas=BS; de cuba=CU
# --- fr-FR: métiers (a lorry driver, a baker, an SNCF guard, a night nurse, a cashier, a Beauce farmer, a Louvre guide,
# a plumber, an ambulance man, a journalist, a legionnaire, a geography teacher, a VTC driver)
metiers-fr | alexa je suis routier et je livre {} ce soir c'est quoi la capitale | en slovaquie=SK; en serbie=RS; en macédoine du nord=MK
metiers-fr | alexa à la boulangerie à quatre heures du mat un client {} m'a demandé la capitale de chez lui | ouzbek=UZ; afghan=AF; pakistanais=PK
metiers-fr | alexa contrôleur sncf ici le train de nuit part vers {} c'est quoi la capitale | l'autriche=AT; la croatie=HR; l'allemagne=DE
metiers-fr | alexa infirmière de nuit ici un patient {} me demande la capitale de son pays | comorien=KM; mauricien=MU; djiboutien=DJ
metiers-fr | alexa je suis caissière et la cliente {} m'a fait un quiz c'est quoi la capitale de son pays | moldave=MD; géorgienne=GE; arménienne=AM
metiers-fr | alexa agriculteur en beauce ici on vend notre blé {} c'est quoi la capitale | au maroc=MA; en égypte=EG; en arabie saoudite=SA
metiers-fr | alexa guide au louvre j'ai un groupe {} c'est quoi la capitale de leur pays | qatari=QA; koweïtien=KW; bahreïni=BH
metiers-fr | alexa plombier ici je bosse chez un client {} il m'a posé une colle c'est quoi la capitale de son pays | iranien=IR; irakien=IQ; yéménite=YE
metiers-fr | alexa ambulancier ici pendant la pause on se demande la capitale {} | d'oman=OM; du yémen=YE; des émirats=AE
metiers-fr | alexa je suis journaliste et je prépare un papier sur {} c'est quoi la capitale | le soudan=SD; la somalie=SO; l'éthiopie=ET
metiers-fr | alexa prof de géo ici rappelle-moi la capitale {} | du nigeria=NG; du ghana=GH; du liberia=LR
metiers-fr | alexa chauffeur vtc ici j'ai un client qui revient {} c'est quoi la capitale | du rwanda=RW; de l'ouganda=UG; du burundi=BI
metiers-fr | alexa je suis traductrice assermentée et j'ai un acte de naissance {} c'est quoi la capitale de là-bas | angolais=AO; mozambicain=MZ; bissau-guinéen=GW
metiers-fr | alexa aide-soignante ici ma collègue rentre {} pour les vacances c'est quoi la capitale | au congo kinshasa=CD; en centrafrique=CF; au cameroun=CM
# --- fr-FR: école (sixième to terminale, a geography degree, the teachers' exam, a business school)
ecole-fr | alexa pour le contrôle de sixième il faut la capitale {} | du mali=ML; du niger=NE; du tchad=TD
ecole-fr | alexa en spécialité géopolitique on étudie {} c'est quoi la capitale | la corée du nord=KP; taïwan=TW; le kosovo=XK
ecole-fr | alexa en licence de géo le partiel porte sur l'océanie c'est quoi la capitale {} | des îles salomon=SB; du vanuatu=VU; de la papouasie-nouvelle-guinée=PG
ecole-fr | alexa pour le concours de prof des écoles je révise c'est quoi la capitale {} | des îles marshall=MH; de la micronésie=FM; des palaos=PW
ecole-fr | alexa en école de commerce j'ai une étude de cas sur {} c'est quoi la capitale | le kazakhstan=KZ; l'azerbaïdjan=AZ; le turkménistan=TM
ecole-fr | alexa en quatrième on fait l'amérique du sud c'est quoi la capitale {} | de la bolivie=BO; du paraguay=PY; du guyana=GY
ecole-fr | alexa pour l'exposé de seconde sur l'afrique australe c'est quoi la capitale {} | du lesotho=LS; de l'eswatini=SZ; du swaziland=SZ
ecole-fr | alexa en terminale on bosse sur le golfe persique c'est quoi la capitale {} | de bahreïn=BH; du qatar=QA; du koweït=KW
ecole-fr | alexa en cinquième on apprend les pays d'asie centrale c'est quoi la capitale {} | du tadjikistan=TJ; de l'afghanistan=AF; du kirghizstan=KG
ecole-fr | alexa pour mon mémoire de master sur le pacifique c'est quoi la capitale {} | de kiribati=KI; de tuvalu=TV; de nauru=NR
# --- fr-FR: jeux (Questions pour un champion, Qui veut gagner des millions, Time's Up, GeoGuessr, Pictionary, the
# Douze coups de midi, belote, a wedding quiz, Mille Bornes, a flag game)
jeux-fr | alexa questions pour un champion le quatre à la suite thème capitales c'est quoi la capitale {} | du bhoutan=BT; du brunei=BN; des maldives=MV
jeux-fr | alexa on joue à qui veut gagner des millions t'es mon appel à un ami c'est quoi la capitale {} | de l'australie=AU; du canada=CA; du nigeria=NG
jeux-fr | alexa au time's up il faut faire deviner la capitale {} c'est quoi | du liechtenstein=LI; de saint-marin=SM; d'andorre=AD
jeux-fr | alexa on est sur geoguessr et on est {} c'est quoi la capitale | au laos=LA; en mongolie=MN; au kirghizstan=KG
jeux-fr | alexa au pictionary on doit dessiner la capitale {} c'est laquelle | de l'égypte=EG; de la turquie=TR; de la grèce=GR
jeux-fr | alexa aux douze coups de midi la question c'était la capitale {} | de la zambie=ZM; du malawi=MW; de l'angola=AO
jeux-fr | alexa à la belote le perdant doit dire la capitale {} c'est quoi | de kiribati la république=KI; des tuvalu=TV; de nauru l'île=NR
jeux-fr | alexa au quiz du mariage la table des mariés doit trouver la capitale {} | de l'uruguay=UY; de la namibie=NA; du cameroun=CM
jeux-fr | alexa au jeu des drapeaux celui avec un cèdre c'est le liban c'est quoi sa capitale | LB
jeux-fr | alexa au jeu des drapeaux celui avec une feuille d'érable c'est le canada et sa capitale c'est quoi | CA
# --- fr-FR: maison (the washing-up, moving house, the car on holiday, a wedding, bath time, a documentary, a road trip)
maison-fr | alexa pendant que je fais la vaisselle dis-moi la capitale {} | de la sierra leone=SL; de la guinée conakry=GN; de la gambie=GM
maison-fr | alexa on déménage et le déménageur est {} c'est quoi sa capitale | albanais=AL; kosovar=XK; bosnien=BA
maison-fr | alexa dans la voiture pour les vacances les enfants demandent la capitale {} | de l'espagne=ES; du portugal=PT; de l'andorre=AD
maison-fr | alexa pour le mariage de ma soeur {} on veut savoir la capitale | à l'île maurice=MU; à la réunion=RE; en guadeloupe=GP
maison-fr | alexa pendant le bain le petit veut la capitale {} | du togo=TG; du gabon=GA; du congo brazzaville=CG
maison-fr | alexa on regarde un documentaire sur l'amazonie c'est quoi la capitale {} | de l'acre=BR-AC; du rondônia=BR-RO; du roraima=BR-RR
maison-fr | alexa on prépare un road trip aux états-unis c'est quoi la capitale {} | du nevada=US-NV; de l'arizona=US-AZ; de l'utah=US-UT
maison-fr | alexa mon mari et moi on se dispute sur la capitale {} tranche | de l'australie=AU; de la turquie=TR; du maroc=MA
# --- fr-CA: Saguenéens and Jeannois (Chicoutimi, Jonquière, Alma, Roberval; "moé", "toé", "chus", "ben là", the
# aluminium smelter, the blueberry festival)
saguenay | alexa moé chus pas sûr c'est quoi la capitale {} | de l'islande=IS; de la norvège=NO; de la suède=SE | fr-CA
saguenay | alexa à l'aluminerie de jonquière on a un ingénieur {} c'est quoi sa capitale | australien=AU; norvégien=NO; indien=IN | fr-CA
saguenay | alexa mon oncle d'alma y demande la capitale {} | de l'alberta=CA-AB; de la saskatchewan=CA-SK; du manitoba=CA-MB | fr-CA
saguenay | alexa toé tu sais-tu la capitale {} | du nunavut=CA-NU; du yukon=CA-YT; des territoires du nord-ouest=CA-NT | fr-CA
saguenay | alexa au festival du bleuet y a des touristes {} c'est quoi leur capitale | français=FR; belges=BE; suisses=CH | fr-CA
# --- fr-CA: Gaspésiens (Percé, Gaspé, Carleton-sur-Mer, the 132, lobster, "mon homme")
gaspesiens | alexa au rocher percé un autobus de touristes {} c'est quoi leur capitale | allemands=DE; japonais=JP; mexicains=MX | fr-CA
gaspesiens | alexa mon homme est parti pêcher le homard proche {} c'est quoi la capitale | de terre-neuve=CA-NL; de l'île-du-prince-édouard=CA-PE; du nouveau-brunswick=CA-NB | fr-CA
gaspesiens | alexa sur la cent trente-deux on a vu une plaque {} c'est quoi la capitale | de l'ontario=CA-ON; du vermont=US-VT; du maine=US-ME | fr-CA
gaspesiens | alexa à carleton-sur-mer la marmaille demande la capitale {} | de saint-pierre-et-miquelon=PM; des bermudes=BM; du groenland=GL | fr-CA
# --- fr-CA: Abitibiens (Rouyn-Noranda, Val-d'Or, Amos, La Sarre; the gold mines, "icitte")
abitibiens | alexa à la mine d'or de val-d'or on a des foreurs {} c'est quoi leur capitale | péruviens=PE; chiliens=CL; ghanéens=GH | fr-CA
abitibiens | alexa la compagnie minière ouvre une mine {} c'est quoi la capitale | au burkina faso=BF; au mali=ML; en guinée=GN | fr-CA
abitibiens | alexa dans l'char entre amos pis la sarre on gage sur la capitale {} | du yukon=CA-YT; de la colombie-britannique=CA-BC; de l'alaska=US-AK | fr-CA
# --- fr-CA: Outaouais (Gatineau, Hull, Aylmer; federal public servants crossing to Ottawa, "anyway", "checker")
outaouais | alexa je traverse le pont pour aller travailler à ottawa pis mon collègue {} veut savoir sa capitale | jamaïcain=JM; nigérian=NG; philippin=PH | fr-CA
outaouais | alexa au bureau fédéral on a un breffage sur {} c'est quoi la capitale déjà | la lettonie=LV; l'ukraine=UA; la moldavie=MD | fr-CA
outaouais | alexa anyway checke la capitale {} pour moi | du soudan du sud=SS; de l'érythrée=ER; de la somalie=SO | fr-CA
# --- fr-CA: Acadiens du Nouveau-Brunswick (chiac: "well", "right", "j'sus back", "anyway", "mémère"; Moncton,
# Caraquet, Shippagan, the Tintamarre)
acadiens | alexa well c'est quoi la capitale {} | du nouveau-brunswick=CA-NB; de la nouvelle-écosse=CA-NS; de l'île-du-prince-édouard=CA-PE | fr-CA
acadiens | alexa au tintamarre de caraquet y avait du monde {} c'est quoi leur capitale | de la louisiane=US-LA; de la france=FR; de la belgique=BE | fr-CA
acadiens | alexa j'sus back de moncton pis ma fille a un test sur la capitale {} | du new hampshire=US-NH; du rhode island=US-RI; du connecticut=US-CT | fr-CA
acadiens | alexa c'est weird mais je sais pas la capitale {} | du delaware=US-DE; du maryland=US-MD; de la virginie=US-VA | fr-CA
# --- fr-CA: Franco-Ontariens (Sudbury, Hearst, Timmins; "so", "like", "pis")
franco-ontariens | alexa so c'est quoi la capitale {} | du michigan=US-MI; de l'ohio=US-OH; de la pennsylvanie=US-PA | fr-CA
franco-ontariens | alexa à hearst au moulin à scie mon boss veut savoir la capitale {} | du wisconsin=US-WI; du minnesota=US-MN; de l'iowa=US-IA | fr-CA
franco-ontariens | alexa mon grand-père de timmins pis moi on se demande la capitale {} | de l'illinois=US-IL; de l'indiana=US-IN; du kentucky=US-KY | fr-CA
# --- fr-CA: ados de Laval ("genre", "full", "bro", "tsé", "c'est malade", "checke", the Carrefour Laval)
ados-laval | alexa genre c'est quoi la capitale {} bro | du texas=US-TX; de la californie=US-CA; de la floride=US-FL | fr-CA
ados-laval | alexa checke la capitale {} vite mon devoir est dû à minuit | de l'arkansas=US-AR; du missouri=US-MO; du tennessee=US-TN | fr-CA
ados-laval | alexa tsé la capitale {} c'est quoi | du colorado=US-CO; de l'oregon=US-OR; du montana=US-MT | fr-CA
ados-laval | alexa au carrefour laval mes amis gagent sur la capitale {} | du new jersey=US-NJ; de l'état de new york=US-NY; de la caroline du nord=US-NC | fr-CA
# --- fr-CA: Latino-Montréalais (Colombian, Mexican, Salvadoran families; "oye", "bueno", "ay dios", "mi abuela", "mija")
latinos-mtl | alexa oye c'est quoi la capitale {} | du mexique=MX; de la colombie=CO; du salvador=SV | fr-CA
latinos-mtl | alexa mi abuela veut savoir la capitale {} | du jalisco=MX-JAL; du yucatán=MX-YUC; de oaxaca=MX-OAX | fr-CA
latinos-mtl | alexa bueno la capitale {} c'est quoi | du nuevo león=MX-NLE; de chihuahua=MX-CHH; de sonora=MX-SON | fr-CA
latinos-mtl | alexa ay dios mija me demande la capitale {} | du chiapas=MX-CHP; du guerrero=MX-GRO; de veracruz=MX-VER | fr-CA
latinos-mtl | alexa mon mari est de cali pis il veut la capitale {} | du venezuela=VE; de l'équateur=EC; du panama=PA | fr-CA
latinos-mtl | alexa à la fête de famille on parle de la capitale {} c'est quoi | du honduras=HN; du guatemala=GT; du costa rica=CR | fr-CA
latinos-mtl | alexa oye la capitale {} | de puebla=MX-PUE; de michoacán=MX-MIC; de basse-californie=MX-BCN | fr-CA
latinos-mtl | alexa mi tía vit {} c'est quoi la capitale | au nicaragua=NI; à cuba=CU; en république dominicaine=DO | fr-CA
# --- fr-CA: francisation (adult learners in Montréal: Persian, Chinese, Arabic, Ukrainian, Bengali speakers)
francisation | alexa je suis en francisation quelle est le capital {} | de la iran=IR; de le afghanistan=AF; de la chine=CN | fr-CA
francisation | alexa s'il vous plaît madame alexa la capitale {} c'est quoi | de ukraine=UA; de syrie=SY; de algérie=DZ | fr-CA
francisation | alexa mon professeur demande à moi la capitale {} | de le bangladesh=BD; de le pakistan=PK; de la inde=IN | fr-CA
# --- fr-CA: aînés (snowbirds in Florida, "mémère", "pépère", "ma belle", old names)
aines-qc | alexa pépère se souvient du tanganyika c'est quoi la capitale de la tanzanie astheure | TZ | fr-CA
aines-qc | alexa ma belle dis-moi donc la capitale {} | de la hollande=NL; de l'écosse=GB-SCT; de l'irlande du nord=GB-NIR | fr-CA
aines-qc | alexa mémère regarde la messe du pape c'est quoi la capitale {} | du vatican=VA; de l'italie=IT; du portugal=PT | fr-CA
aines-qc | alexa on passe l'hiver en floride chaque année c'est quoi la capitale {} | de la floride=US-FL; de la caroline du sud=US-SC; de la géorgie l'état=US-GA | fr-CA
# --- fr-CA: métiers (a trucker, a call centre, a day-camp counsellor,
# a mechanic, a school-bus driver)
metiers-qc | alexa camionneur ici sur la vingt je livre {} c'est quoi la capitale | au nouveau-brunswick=CA-NB; en ontario=CA-ON; au vermont=US-VT | fr-CA
metiers-qc | alexa je travaille dans un centre d'appels pis un client {} me demande sa capitale | de l'oklahoma=US-OK; du kansas=US-KS; du nebraska=US-NE | fr-CA
metiers-qc | alexa moniteur de camp de jour ici les jeunes demandent la capitale {} | du dakota du nord=US-ND; du dakota du sud=US-SD; du wyoming=US-WY | fr-CA
metiers-qc | alexa mécanicien ici j'ai un char immatriculé {} c'est quoi la capitale | en idaho=US-ID; au nouveau-mexique=US-NM; en alabama=US-AL | fr-CA
metiers-qc | alexa chauffeur d'autobus scolaire ici les enfants me demandent la capitale {} | du mississippi=US-MS; de la virginie-occidentale=US-WV; du vermont=US-VT | fr-CA
metiers-qc | alexa préposée aux bénéficiaires ici une résidente veut savoir la capitale {} | de la louisiane=US-LA; du massachusetts=US-MA; de la caroline du sud=US-SC | fr-CA
# --- fr-CA: école (primaire, secondaire, univers social, the Université Laval, a Kahoot in class)
ecole-qc | alexa en univers social on apprend la capitale {} | d'hawaï=US-HI; de l'alaska=US-AK; du kentucky=US-KY | fr-CA
ecole-qc | alexa pour l'examen du ministère en quatrième année c'est quoi la capitale {} | du québec=CA-QC; du canada=CA; des territoires du nord-ouest=CA-NT | fr-CA
ecole-qc | alexa à l'université laval j'ai un séminaire sur {} c'est quoi la capitale | l'inde=IN; le bengale-occidental=IN-WB; le kerala=IN-KL | fr-CA
ecole-qc | alexa mon prof d'histoire en secondaire trois veut qu'on connaisse la capitale {} | de l'australie-occidentale=AU-WA; du queensland=AU-QLD; de la tasmanie=AU-TAS | fr-CA
ecole-qc | alexa en sixième année on fait un projet sur {} c'est quoi la capitale | le maharashtra=IN-MH; le tamil nadu=IN-TN; le karnataka=IN-KA | fr-CA
ecole-qc | alexa pour le kahoot en classe c'est quoi la capitale {} | de la nouvelle-galles du sud=AU-NSW; du territoire du nord=AU-NT; de l'australie-méridionale=AU-SA | fr-CA
ecole-qc | alexa mon enseignante de deuxième année veut qu'on trouve la capitale {} | du cap-vert=CV; du burundi=BI; du rwanda=RW | fr-CA
# --- fr-CA: jeux (La Guerre des clans, the parish bingo, a card game, a pub trivia in Gatineau, a chalet game, tock)
jeux-qc | alexa à la guerre des clans la question c'est la capitale {} | de la bavière=DE-BY; de la saxe=DE-SN; de hambourg=DE-HH | fr-CA
jeux-qc | alexa au bingo entre deux parties c'est quoi la capitale {} | de la grèce=GR; de chypre=CY; de malte=MT | fr-CA
jeux-qc | alexa on joue au charlemagne pis le perdant doit nommer la capitale {} | du timor oriental=TL; des îles salomon=SB; des samoa=WS | fr-CA
jeux-qc | alexa au trivia du pub à gatineau c'est quoi la capitale {} | du bihar=IN-BR; de l'uttar pradesh=IN-UP; du rajasthan=IN-RJ | fr-CA
jeux-qc | alexa on joue à devine la capitale au chalet c'est quoi la capitale {} | du gujarat=IN-GJ; du pendjab=IN-PB; de l'assam=IN-AS | fr-CA
jeux-qc | alexa on joue au tock pis l'équipe bleue veut la capitale {} | de brême=DE-HB; de la rhénanie-du-nord-westphalie=DE-NW; du mecklembourg=DE-MV | fr-CA
jeux-qc | alexa à la soirée de jeux de société c'est quoi la capitale {} | du vanuatu=VU; de la micronésie=FM; des palaos=PW | fr-CA
# --- follow-up: a second question after an answer, in the speakers' own words
follow-up | alexa et celle {} alors | de la hongrie=HU; du niger=NE; des seychelles=SC
follow-up | alexa d'accord et {} c'est quoi | pour le togo=TG; pour le cap-vert=CV; pour le zimbabwe=ZW
follow-up | alexa ok et la même chose pour {} | la gambie=GM; la guinée-bissau=GW; le liberia=LR
follow-up | alexa merci et {} maintenant | le tchad=TD; l'irak=IQ; la libye=LY
follow-up | alexa et sa voisine {} | la slovénie=SI; la bulgarie=BG; la serbie=RS
follow-up | alexa et pour {} tu dirais quoi | les comores=KM; le soudan=SD; la mauritanie=MR
follow-up | alexa ah ok et celle {} tant qu'on y est | de la thaïlande=TH; du myanmar=MM; du cambodge=KH
follow-up | alexa super et {} | l'éthiopie=ET; l'érythrée=ER; djibouti=DJ
follow-up | alexa et chez les voisins {} | belges=BE; suisses=CH; luxembourgeois=LU
follow-up | alexa pis {} elle | la saskatchewan=CA-SK; l'oregon=US-OR; le vermont=US-VT | fr-CA
follow-up | alexa ok pis celle {} | du nevada=US-NV; du mexique=MX; du pérou=PE | fr-CA
follow-up | alexa parfait pis {} c'est quoi | le yukon=CA-YT; le manitoba=CA-MB; l'alberta=CA-AB | fr-CA
follow-up | alexa merci ma belle pis pour {} | le maine=US-ME; le connecticut=US-CT; la géorgie l'état américain=US-GA | fr-CA
follow-up | alexa c'est beau pis {} astheure | la nouvelle-écosse=CA-NS; terre-neuve=CA-NL; le nunavut=CA-NU | fr-CA
# --- plural-capitals: every several-capital country (and Palestine) asked in the plural
plural-capitals | alexa quelles sont les capitales {} | du bénin=BJ; de la bolivie=BO; de la côte d'ivoire=CI
plural-capitals | alexa la maîtresse dit que {} a plusieurs capitales tu peux me les dire | l'afrique du sud=ZA; le sri lanka=LK; les pays-bas=NL
plural-capitals | alexa c'est quoi les deux capitales {} | de l'eswatini=SZ; de la palestine=PS; de la côte d'ivoire=CI
plural-capitals | alexa dis-moi toutes les capitales {} | de l'afrique du sud=ZA; du bénin=BJ; de la malaisie=MY
plural-capitals | alexa pourquoi il y a deux capitales {} c'est lesquelles | aux pays-bas=NL; en bolivie=BO; au sri lanka=LK
plural-capitals | alexa donne-moi la capitale politique et la capitale économique {} | du bénin=BJ; de la côte d'ivoire=CI; du sri lanka=LK
plural-capitals | alexa les trois capitales {} c'est quoi | de l'afrique du sud=ZA; sud-africaines=ZA
plural-capitals | alexa la palestine elle a quelles capitales | PS
plural-capitals | alexa ma prof dit que la malaisie a deux capitales lesquelles | MY
plural-capitals | alexa le swaziland il a combien de capitales et c'est lesquelles | SZ
plural-capitals | alexa mon gars dit que {} a deux capitales c'est lesquelles | le bénin=BJ; la bolivie=BO; la malaisie=MY | fr-CA
plural-capitals | alexa les capitales {} c'est quoi déjà | du swaziland=SZ; de la palestine=PS; de la hollande=NL | fr-CA
plural-capitals | alexa nomme-moi les capitales {} pour mon examen | de la côte d'ivoire=CI; de l'eswatini=SZ; de l'afrique du sud=ZA | fr-CA
plural-capitals | alexa y a combien de capitales {} pis c'est lesquelles | en malaisie=MY; en palestine=PS; au bénin=BJ | fr-CA
plural-capitals | alexa c'est-tu vrai que {} a deux capitales c'est quoi | le sri lanka=LK; les pays-bas=NL; la bolivie=BO | fr-CA
# --- subdivision: states, provinces, Länder, nations and territories, as people name them
subdivision | alexa c'est quoi la capitale de l'état {} | de bahia=BR-BA; de minas gerais=BR-MG; de pernambouc=BR-PE
subdivision | alexa la capitale de l'état brésilien {} c'est quoi | du maranhão=BR-MA; du piauí=BR-PI; de la paraíba=BR-PB
subdivision | alexa capitale {} | du rio grande do sul=BR-RS; du rio grande do norte=BR-RN; du sergipe=BR-SE
subdivision | alexa c'est quoi la capitale de l'état de {} au brésil | são paulo=BR-SP; rio de janeiro=BR-RJ; espírito santo=BR-ES
subdivision | alexa la capitale {} au brésil | de l'amapá=BR-AP; de l'alagoas=BR-AL; du tocantins=BR-TO
subdivision | alexa dans le nord-est du brésil c'est quoi la capitale {} | du ceará=BR-CE; du paraná=BR-PR; de santa catarina=BR-SC
subdivision | alexa la capitale {} c'est quoi | du mato grosso do sul=BR-MS; du goiás=BR-GO; du district fédéral brésilien=BR-DF
subdivision | alexa quelle est la capitale de l'état mexicain {} | de querétaro=MX-QUE; de san luis potosí=MX-SLP; de tabasco=MX-TAB
subdivision | alexa au mexique c'est quoi la capitale {} | du tamaulipas=MX-TAM; du sinaloa=MX-SIN; du quintana roo=MX-ROO
subdivision | alexa la capitale de l'état {} au mexique | de campeche=MX-CAM; de coahuila=MX-COA; de colima=MX-COL
subdivision | alexa c'est quoi la capitale {} au mexique | du durango=MX-DUR; du guanajuato=MX-GUA; de l'hidalgo=MX-HID
subdivision | alexa la capitale {} | du morelos=MX-MOR; du nayarit=MX-NAY; du tlaxcala=MX-TLA
subdivision | alexa quelle est la capitale de l'état {} | de zacatecas=MX-ZAC; d'aguascalientes=MX-AGU; de basse-californie du sud=MX-BCS
subdivision | alexa la capitale de l'état de mexico celui autour de la ville | MX-MEX
subdivision | alexa c'est quoi la capitale de l'état indien {} | d'odisha=IN-OD; du jharkhand=IN-JH; du chhattisgarh=IN-CG
subdivision | alexa en inde quelle est la capitale {} | du madhya pradesh=IN-MP; de l'himachal pradesh=IN-HP; de l'uttarakhand=IN-UK
subdivision | alexa la capitale {} en inde | de goa=IN-GA; du sikkim=IN-SK; du meghalaya=IN-ML
subdivision | alexa c'est quoi la capitale {} dans le nord-est de l'inde | du manipur=IN-MN; du mizoram=IN-MZ; du nagaland=IN-NL
subdivision | alexa la capitale {} c'est laquelle | du tripura=IN-TR; de l'arunachal pradesh=IN-AR; de l'haryana=IN-HR
subdivision | alexa quelle est la capitale du territoire {} | du ladakh=IN-LA; du jammu-et-cachemire=IN-JK; de pondichéry=IN-PY
subdivision | alexa c'est quoi le chef-lieu {} | des laquedives=IN-LD; des îles andaman-et-nicobar=IN-AN; de dadra-et-nagar-haveli=IN-DH
subdivision | alexa c'est quoi la capitale du land {} | de saxe-anhalt=DE-ST; de brandebourg=DE-BB; de berlin=DE-BE
subdivision | alexa la capitale de l'état australien {} | de victoria=AU-VIC; du territoire de la capitale australienne=AU-ACT; du queensland=AU-QLD
subdivision | alexa quelle est la capitale {} au royaume-uni | de l'angleterre=GB-ENG; de l'écosse=GB-SCT; du pays de galles=GB-WLS
subdivision | alexa quelle est la capitale de l'état américain {} | de l'alabama=US-AL; de la caroline du nord=US-NC; du kansas=US-KS
subdivision | alexa la capitale {} aux états-unis | du dakota du sud=US-SD; du nebraska=US-NE; de l'oklahoma=US-OK
subdivision | alexa c'est quoi la capitale {} aux états-unis | de l'état de washington=US-WA; de l'utah=US-UT; de l'idaho=US-ID
subdivision | alexa la capitale {} elle est où | du nouveau-mexique=US-NM; de l'arizona=US-AZ; du texas=US-TX
subdivision | alexa c'est quoi le chef-lieu {} déjà | de la polynésie française=PF; de la nouvelle-calédonie=NC; de wallis-et-futuna=WF
subdivision | alexa c'est quoi la capitale {} | des îles cook=CK; de niue=NU; des tokelau=TK
subdivision | alexa quelle est la capitale {} | des samoa américaines=AS; de guam=GU; des îles mariannes du nord=MP
subdivision | alexa dis-moi la capitale {} | des îles malouines=FK; de sainte-hélène=SH; des îles pitcairn=PN
subdivision | alexa tu connais la capitale {} | de l'île norfolk=NF; des îles cocos=CC; de l'île christmas en australie=CX
subdivision | alexa je voudrais la capitale {} | de porto rico=PR; des îles vierges américaines=VI; de bonaire=BQ
subdivision | alexa la capitale {} s'il te plaît | de hong kong=HK; de macao=MO; du sahara occidental=EH
subdivision | alexa donne-moi la capitale {} | des îles åland=AX; du svalbard=SJ; de la géorgie du sud=GS
subdivision | alexa c'est laquelle la capitale {} | de jersey l'île=JE; de guernesey l'île=GG; de l'île de man=IM
subdivision | alexa elle s'appelle comment la capitale {} | de saint-pierre-et-miquelon l'archipel=PM; de mayotte=YT; de la guyane=GF
subdivision | alexa dis-moi donc la capitale {} | du wisconsin=US-WI; de l'iowa=US-IA; du minnesota=US-MN | fr-CA
subdivision | alexa dans les states c'est quoi la capitale {} | du massachusetts=US-MA; du rhode island=US-RI; du new hampshire=US-NH | fr-CA
subdivision | alexa la capitale {} dans les states | de la californie=US-CA; de l'oregon=US-OR; de l'état de washington=US-WA | fr-CA
subdivision | alexa c'est quoi la capitale {} aux états | du tennessee=US-TN; du kentucky=US-KY; de la virginie=US-VA | fr-CA
subdivision | alexa c'est laquelle la capitale {} coudonc | de la louisiane=US-LA; de la pennsylvanie=US-PA; de l'ohio=US-OH | fr-CA
subdivision | alexa sais-tu c'est quoi la capitale {} | du montana=US-MT; du wyoming=US-WY; du colorado=US-CO | fr-CA
subdivision | alexa peux-tu me dire la capitale {} toé | du michigan=US-MI; de l'indiana=US-IN; de l'illinois=US-IL | fr-CA
subdivision | alexa la capitale {} c'est quelle place | du missouri=US-MO; de l'arkansas=US-AR; du mississippi=US-MS | fr-CA
subdivision | alexa c'est où la capitale {} | du delaware=US-DE; du maryland=US-MD; du new jersey=US-NJ | fr-CA
subdivision | alexa j'aurais besoin de la capitale {} | de hawaï=US-HI; de l'alaska=US-AK; du nevada=US-NV | fr-CA
subdivision | alexa coudonc la capitale {} | du groenland=GL; des îles féroé=FO; d'aruba=AW | fr-CA
# --- yes-no-check: a city named to check it, often the wrong one
yes-no-check | alexa est-ce que la capitale du canada c'est toronto | CA
yes-no-check | alexa c'est vrai que la capitale de la suisse c'est pas genève | CH
yes-no-check | alexa la capitale du maroc c'est casablanca ou pas | MA
yes-no-check | alexa la capitale du brésil c'est bien rio | BR
yes-no-check | alexa est-ce que lagos c'est encore la capitale du nigeria | NG
yes-no-check | alexa la capitale de la tanzanie c'est dar es salaam hein | TZ
yes-no-check | alexa est-ce que la capitale de l'inde c'est bombay | IN
yes-no-check | alexa la capitale du viêt nam c'est saïgon non | VN
yes-no-check | alexa la capitale du pakistan c'est karachi je crois | PK
yes-no-check | alexa la capitale de l'écosse c'est glasgow ou édimbourg | GB-SCT
yes-no-check | alexa est-ce que kampala est la capitale de l'ouganda | UG
yes-no-check | alexa la capitale de la bavière c'est bien munich | DE-BY
yes-no-check | alexa je crois que la capitale de la nouvelle-galles du sud c'est sydney c'est ça | AU-NSW
yes-no-check | alexa est-ce que almaty est toujours la capitale du kazakhstan | KZ
yes-no-check | alexa la capitale du myanmar c'est rangoun ou c'est une autre | MM
yes-no-check | alexa c'est-tu vrai que la capitale du québec c'est montréal | CA-QC | fr-CA
yes-no-check | alexa la capitale de la californie c'est-tu los angeles | US-CA | fr-CA
yes-no-check | alexa la capitale du texas c'est-tu houston | US-TX | fr-CA
yes-no-check | alexa la capitale de la colombie-britannique c'est vancouver right | CA-BC | fr-CA
yes-no-check | alexa c'est-tu ottawa la capitale de l'ontario | CA-ON | fr-CA
yes-no-check | alexa mon chum dit que la capitale de l'alberta c'est calgary c'est-tu vrai | CA-AB | fr-CA
yes-no-check | alexa la capitale de la pennsylvanie c'est philadelphie hein | US-PA | fr-CA
yes-no-check | alexa est-ce que la capitale de la nouvelle-zélande c'est wellington pour vrai | NZ | fr-CA
# --- self-correction: a slip, then the place meant
self-correction | alexa la capitale de la slovaquie non de la slovénie | SI
self-correction | alexa c'est quoi la capitale du niger pardon du nigeria | NG
self-correction | alexa la capitale de la guinée attends guinée équatoriale | GQ
self-correction | alexa la capitale de l'iran non je voulais dire l'irak | IQ
self-correction | alexa la capitale de la suède euh de la suisse | CH
self-correction | alexa la capitale de la mauritanie non de l'île maurice | MU
self-correction | alexa la capitale du soudan non du soudan du sud | SS
self-correction | alexa la capitale de la lettonie ah non la lituanie | LT
self-correction | alexa la capitale du paraguay ou plutôt de l'uruguay | UY
self-correction | alexa la capitale de la dominique non de la république dominicaine | DO
self-correction | alexa la capitale de l'autriche zut de l'allemagne | DE
self-correction | alexa la capitale de la gambie je veux dire de la zambie | ZM
self-correction | alexa la capitale du manitoba non attends de la saskatchewan | CA-SK | fr-CA
self-correction | alexa la capitale de terre-neuve ah pis non de la nouvelle-écosse | CA-NS | fr-CA
self-correction | alexa la capitale du nouveau-mexique non du mexique le pays | MX | fr-CA
self-correction | alexa la capitale de l'ohio non de l'iowa | US-IA | fr-CA
self-correction | alexa la capitale de la virginie non de la virginie-occidentale | US-WV | fr-CA
self-correction | alexa la capitale de l'arménie voyons de l'albanie | AL | fr-CA
# --- reverse-question: a capital named, its country asked
reverse-question | alexa ouagadougou c'est la capitale de quel pays | CITY:ouagadougou
reverse-question | alexa de quel pays oulan-bator est la capitale | CITY:oulan-bator
reverse-question | alexa tbilissi c'est la capitale de quoi | CITY:tbilissi
reverse-question | alexa reykjavik c'est dans quel pays | CITY:reykjavik
reverse-question | alexa canberra c'est la capitale de quel pays | CITY:canberra
reverse-question | alexa montevideo c'est la capitale de quel pays | CITY:montevideo
reverse-question | alexa bichkek c'est la capitale de quel pays | CITY:bichkek
reverse-question | alexa nouméa c'est le chef-lieu de quoi | CITY:nouméa
reverse-question | alexa kingston c'est la capitale de quoi | CITY:kingston
reverse-question | alexa la paz c'est la capitale de quoi | CITY:la paz
reverse-question | alexa pretoria c'est la capitale de quel pays | CITY:pretoria
reverse-question | alexa naypyidaw c'est la capitale de quel pays | CITY:naypyidaw
reverse-question | alexa douchanbé c'est la capitale de quoi | CITY:douchanbé
reverse-question | alexa tegucigalpa c'est la capitale de quel pays | CITY:tegucigalpa
reverse-question | alexa chandigarh c'est la capitale de quoi | CITY:chandigarh
reverse-question | alexa porto-novo c'est la capitale de quel pays | CITY:porto-novo
reverse-question | alexa podgorica c'est la capitale de quel pays | CITY:podgorica
reverse-question | alexa winnipeg c'est la capitale de quelle province | CITY:winnipeg | fr-CA
reverse-question | alexa regina c'est la capitale de quelle province | CITY:regina | fr-CA
reverse-question | alexa iqaluit c'est la capitale de quel territoire | CITY:iqaluit | fr-CA
reverse-question | alexa harrisburg c'est la capitale de quel état | CITY:harrisburg | fr-CA
reverse-question | alexa fredericton c'est la capitale de quelle province | CITY:fredericton | fr-CA
reverse-question | alexa victoria c'est la capitale de quoi | CITY:victoria | fr-CA
reverse-question | alexa de quel état américain sacramento est la capitale | CITY:sacramento | fr-CA
# --- official-name: long official names
official-name | alexa quelle ville est la capitale {} | de la république fédérale d'allemagne=DE; de la confédération suisse=CH; du grand-duché de luxembourg=LU
official-name | alexa j'ai besoin de la capitale {} | de la république populaire de chine=CN; de la fédération de russie=RU; de la république islamique d'iran=IR
official-name | alexa on cherche la capitale {} | du royaume du maroc=MA; du royaume hachémite de jordanie=JO; du sultanat d'oman=OM
official-name | alexa rappelle-moi la capitale {} | de la république arabe d'égypte=EG; de la république unie de tanzanie=TZ; de la république fédérale démocratique d'éthiopie=ET
official-name | alexa c'est quoi déjà la capitale {} | de l'état plurinational de bolivie=BO; de la république bolivarienne du venezuela=VE; de la république orientale de l'uruguay=UY
official-name | alexa la capitale {} c'est quelle ville | de la république socialiste du viêt nam=VN; de la république démocratique populaire lao=LA; du royaume du cambodge=KH
official-name | alexa peux-tu me dire la capitale {} | de la république de corée=KR; de la république populaire démocratique de corée=KP; des états fédérés de micronésie=FM
official-name | alexa sais-tu quelle est la capitale {} | de la république hellénique=GR; de la principauté de monaco=MC; de la sérénissime république de saint-marin=SM
official-name | alexa quel est le nom de la capitale {} | de la république islamique de mauritanie=MR; de la république islamique du pakistan=PK; du royaume du bhoutan=BT
official-name | alexa mettons la capitale {} | du royaume-uni de grande-bretagne et d'irlande du nord=GB; des états-unis d'amérique=US; des états-unis mexicains=MX | fr-CA
official-name | alexa la capitale {} c'est quoi ça | de la république du congo=CG; de la république démocratique du congo=CD; de la république centrafricaine=CF | fr-CA
official-name | alexa tu l'sais-tu la capitale {} | du royaume d'arabie saoudite=SA; de l'état du koweït=KW; du royaume de bahreïn=BH | fr-CA
# --- everyday-name: the names people use rather than the official or listed ones
everyday-name | alexa je me demandais la capitale {} | de la birmanie=MM; de la rdc=CD; de la centrafrique=CF
everyday-name | alexa la capitale {} tu sais | de la macédoine=MK; de la bosnie-herzégovine=BA; de la république tchèque=CZ
everyday-name | alexa question la capitale {} | de l'amérique=US; de la grande-bretagne=GB; de la hollande=NL
everyday-name | alexa vite la capitale {} | du bélarus=BY; de la moldova=MD; du vietnam=VN
everyday-name | alexa dites-moi la capitale {} | du congo brazza=CG; du congo kinshasa=CD; de la guinée conakry=GN
everyday-name | alexa quelle est donc la capitale {} | des émirats=AE; de l'arabie=SA; de la papouasie=PG
everyday-name | alexa j'aimerais connaître la capitale {} | de saint-kitts=KN; de trinidad=TT; de saint-vincent=VC
everyday-name | alexa dis-moi c'est quoi la capitale {} | des states=US; du timor=TL; de la côte-d'ivoire=CI | fr-CA
everyday-name | alexa checke la capitale {} pour moé | du royaume-uni=GB; de la russie=RU; de la perse=IR | fr-CA
everyday-name | alexa c'est quoi donc la capitale {} | du kirghizistan=KG; du bengladesh=BD; du swaziland=SZ | fr-CA
# --- shared-name: a name that means several places
shared-name | alexa c'est quoi la capitale de la géorgie | GE+US-GA
shared-name | alexa la capitale de la géorgie s'il te plaît | GE+US-GA | fr-CA
shared-name | alexa c'est quoi la capitale du congo | CD+CG
shared-name | alexa la capitale du congo je sais jamais lequel | CD+CG
shared-name | alexa c'est quoi la capitale des deux congo | CD+CG | fr-CA
shared-name | alexa c'est quoi la capitale de la corée | KP+KR
shared-name | alexa les capitales des deux corées c'est quoi | KP+KR
shared-name | alexa la capitale de la corée pis de l'autre corée | KP+KR | fr-CA
shared-name | alexa c'est quoi la capitale des îles vierges | VG+VI
shared-name | alexa la capitale des îles vierges dans les caraïbes | VG+VI | fr-CA
shared-name | alexa la capitale de la dominique et de la république dominicaine | DM+DO
shared-name | alexa la capitale de la géorgie pour mon devoir | GE+US-GA
# --- out-of-domain: what people say to an Echo that is not a capital question (all FB)
out-of-domain | alexa hopla quel temps il fait à strasbourg demain | FB
out-of-domain | alexa mets de la musique alsacienne | FB
out-of-domain | alexa c'est quand le prochain marché de noël | FB
out-of-domain | alexa combien de députés y a au parlement européen | FB
out-of-domain | alexa c'est quoi la capitale de l'alsace | FB
out-of-domain | alexa c'est quoi la capitale du grand est | FB
out-of-domain | alexa recette de la choucroute garnie | FB
out-of-domain | alexa dis voir il pleut à lyon | FB
out-of-domain | alexa c'est quoi la capitale des gaules | FB
out-of-domain | alexa le score de l'ol hier soir | FB
out-of-domain | alexa lyon c'est la capitale de la gastronomie ou pas | FB
out-of-domain | alexa combien d'habitants à villeurbanne | FB
out-of-domain | alexa mets un minuteur de douze minutes pour la quenelle | FB
out-of-domain | alexa ma doue il fait quel temps à brest | FB
out-of-domain | alexa c'est quoi la capitale de la bretagne | FB
out-of-domain | alexa joue de la musique bretonne pour le fest-noz | FB
out-of-domain | alexa comment on dit merci en breton | FB
out-of-domain | alexa à quelle heure est la marée haute à saint-malo | FB
out-of-domain | alexa c'est quoi la capitale de la corse | FB
out-of-domain | alexa aiò mets une chanson de i muvrini | FB
out-of-domain | alexa le bateau pour bastia part à quelle heure | FB
out-of-domain | alexa combien de kilomètres entre ajaccio et bonifacio | FB
out-of-domain | alexa kosa la météo pour saint-denis demain | FB
out-of-domain | alexa mets du maloya | FB
out-of-domain | alexa le piton de la fournaise il est en éruption | FB
out-of-domain | alexa recette du cari poulet | FB
out-of-domain | alexa tonnè mets du zouk kassav | FB
out-of-domain | alexa le carnaval de pointe-à-pitre c'est quand | FB
out-of-domain | alexa combien d'habitants en martinique | FB
out-of-domain | alexa la route du col du galibier est ouverte | FB
out-of-domain | alexa il va neiger à chambéry ce week-end | FB
out-of-domain | alexa c'est quoi la capitale des alpes | FB
out-of-domain | alexa c'est quoi la capitale de la catalogne | FB
out-of-domain | alexa bon dia le score de l'usap | FB
out-of-domain | alexa traduis bonjour en vietnamien | FB
out-of-domain | alexa c'est quand le nouvel an lunaire cette année | FB
out-of-domain | alexa comment on dit grand-mère en polonais | FB
out-of-domain | alexa le racing club de lens joue quand | FB
out-of-domain | alexa wie spät ist es | FB
out-of-domain | alexa quelle langue on parle en belgique | FB
out-of-domain | alexa quelle est la monnaie de la suisse | FB
out-of-domain | alexa combien d'habitants en chine | FB
out-of-domain | alexa quel est le plus grand pays d'afrique | FB
out-of-domain | alexa quelle est la plus grande ville du brésil | FB
out-of-domain | alexa c'est qui le président du sénégal | FB
out-of-domain | alexa quelle heure est-il à tokyo | FB
out-of-domain | alexa c'est quoi le décalage horaire avec new york | FB
out-of-domain | alexa de quelle couleur est le drapeau de l'irlande | FB
out-of-domain | alexa joue l'hymne national italien | FB
out-of-domain | alexa quel est le plus haut sommet d'europe | FB
out-of-domain | alexa combien de pays en afrique | FB
out-of-domain | alexa c'est quoi la capitale de la sicile | FB
out-of-domain | alexa c'est quoi la capitale de la toscane | FB
out-of-domain | alexa quelle est la capitale de l'andalousie | FB
out-of-domain | alexa c'est quoi la capitale de la wallonie ou de la flandre | FB
out-of-domain | alexa c'est quoi la capitale du canton de vaud | FB
out-of-domain | alexa c'est quoi la capitale de la sibérie | FB
out-of-domain | alexa quelle est la capitale de la province du guangdong | FB
out-of-domain | alexa c'est quoi la capitale de la normandie | FB
out-of-domain | alexa quelle est la capitale de l'occitanie | FB
out-of-domain | alexa c'est quoi le capital social d'une sarl | FB
out-of-domain | alexa c'est quoi un capital-risque | FB
out-of-domain | alexa la peine capitale existe encore aux états-unis | FB
out-of-domain | alexa comment on écrit en lettres capitales | FB
out-of-domain | alexa c'est quoi le capital décès de la sécu | FB
out-of-domain | alexa quelle est la capitale européenne de la culture cette année | FB
out-of-domain | alexa qui a écrit le capital | FB
out-of-domain | alexa mets radio capitale | FB
out-of-domain | alexa c'est quoi les sept péchés capitaux | FB
out-of-domain | alexa combien de capitales en europe | FB
out-of-domain | alexa la capitale de la france elle a combien d'habitants | FB
out-of-domain | alexa pourquoi la capitale de l'australie c'est pas sydney | FB
out-of-domain | alexa quelle est la capitale la plus froide du monde | FB
out-of-domain | alexa quelle est la capitale la plus haute du monde | FB
out-of-domain | alexa c'est quoi le plus vieux pays du monde | FB
out-of-domain | alexa allume la lumière du salon | FB
out-of-domain | alexa ajoute des croissants à la liste de courses | FB
out-of-domain | alexa réveille-moi à six heures et demie | FB
out-of-domain | alexa raconte une blague | FB
out-of-domain | alexa c'est quoi l'horoscope du lion | FB
out-of-domain | alexa mets france inter | FB
out-of-domain | alexa qui a gagné roland-garros l'année dernière | FB
out-of-domain | alexa c'est quand la fête des mères | FB
out-of-domain | alexa combien font sept fois huit | FB
out-of-domain | alexa épelle anticonstitutionnellement | FB
out-of-domain | alexa mets une histoire pour dormir | FB
out-of-domain | alexa le pays des pandas c'est lequel | FB
out-of-domain | alexa baisse le volume | FB
out-of-domain | alexa l'autoroute du soleil est bouchée | FB
out-of-domain | alexa le train de nuit pour vienne il part d'où | FB
out-of-domain | alexa rappelle-moi de passer à la pharmacie | FB
out-of-domain | alexa ouvre spotify | FB
out-of-domain | alexa qu'est-ce qu'on mange ce soir | FB
out-of-domain | alexa les pyramides d'égypte elles ont quel âge | FB
out-of-domain | alexa le quatre à la suite c'est dans quelle émission | FB
out-of-domain | alexa mets la chaîne météo | FB
out-of-domain | alexa combien coûte un billet pour alger | FB
out-of-domain | alexa la tour eiffel elle mesure combien | FB
out-of-domain | alexa quelle est la ville la plus peuplée d'inde | FB
out-of-domain | alexa dis-moi un fait sur le japon | FB
out-of-domain | alexa c'est loin marseille | FB
out-of-domain | alexa quel est le fleuve le plus long d'afrique | FB
out-of-domain | alexa comment s'appellent les habitants de madagascar | FB
out-of-domain | alexa quelle est la religion principale en indonésie | FB
out-of-domain | alexa c'est quoi le pib de l'allemagne | FB
out-of-domain | alexa quel pays a la forme d'une botte | FB
out-of-domain | alexa quelle est la capitale de l'empire romain d'orient | FB
out-of-domain | alexa c'est quoi la capitale de la yougoslavie | FB
out-of-domain | alexa c'est quoi la capitale de l'urss | FB
out-of-domain | alexa est-ce que le bac de géo c'est demain | FB
out-of-domain | alexa joue à questions pour un champion | FB
out-of-domain | alexa lance un quiz de culture générale | FB
out-of-domain | alexa tire une carte au hasard | FB
out-of-domain | alexa lance un dé | FB
out-of-domain | alexa bà demande s'il va pleuvoir | FB
out-of-domain | alexa babcia veut écouter de la polka | FB
out-of-domain | alexa où est la pharmacie de garde la plus proche | FB
out-of-domain | alexa quelle est la capitale du monde de la mode | FB
out-of-domain | alexa c'est quoi la capitale du vin de bordeaux | FB
out-of-domain | alexa quelle heure est-il à saint-denis de la réunion | FB
out-of-domain | alexa quel temps fait-il à gatineau | FB | fr-CA
out-of-domain | alexa moé j'veux écouter les cowboys fringants | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du bleuet | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale de la motoneige | FB | fr-CA
out-of-domain | alexa combien de monde vit au saguenay | FB | fr-CA
out-of-domain | alexa y va-tu faire beau pour la traversée du lac | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du saguenay-lac-saint-jean | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la gaspésie | FB | fr-CA
out-of-domain | alexa à quelle heure le soleil se couche à percé | FB | fr-CA
out-of-domain | alexa le prix du homard cette semaine | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'abitibi | FB | fr-CA
out-of-domain | alexa le prix de l'or à matin | FB | fr-CA
out-of-domain | alexa la saison de la chasse à l'orignal commence quand | FB | fr-CA
out-of-domain | alexa le pont champlain est-tu fermé à soir | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'outaouais | FB | fr-CA
out-of-domain | alexa est-ce que le bureau fédéral est fermé à cause de la tempête | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'acadie | FB | fr-CA
out-of-domain | alexa c'est quand le tintamarre | FB | fr-CA
out-of-domain | alexa well mets de la musique de radio radio | FB | fr-CA
out-of-domain | alexa la marée à shippagan | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du nord de l'ontario | FB | fr-CA
out-of-domain | alexa c'est-tu loin sudbury de timmins | FB | fr-CA
out-of-domain | alexa so mets la radio de sudbury | FB | fr-CA
out-of-domain | alexa genre c'est quoi la capitale du tiktok | FB | fr-CA
out-of-domain | alexa joue la dernière toune de loud | FB | fr-CA
out-of-domain | alexa la shop au carrefour laval ferme à quelle heure | FB | fr-CA
out-of-domain | alexa c'est malade ça fait combien de followers | FB | fr-CA
out-of-domain | alexa oye mets de la cumbia | FB | fr-CA
out-of-domain | alexa combien de pesos dans un dollar canadien | FB | fr-CA
out-of-domain | alexa quelle heure est-il à bogotá | FB | fr-CA
out-of-domain | alexa la recette des tamales | FB | fr-CA
out-of-domain | alexa je suis en francisation comment on dit capital en anglais | FB | fr-CA
out-of-domain | alexa c'est quoi le mot capitale veut dire | FB | fr-CA
out-of-domain | alexa s'il vous plaît le métro ferme à quelle heure | FB | fr-CA
out-of-domain | alexa à la fadoq le bingo c'est à quelle heure | FB | fr-CA
out-of-domain | alexa mets la messe à la télé | FB | fr-CA
out-of-domain | alexa il fait combien à fort lauderdale | FB | fr-CA
out-of-domain | alexa les nouvelles de tva | FB | fr-CA
out-of-domain | alexa l'état des routes sur la vingt | FB | fr-CA
out-of-domain | alexa le dépanneur ferme-tu à onze heures | FB | fr-CA
out-of-domain | alexa combien de neige on va avoir à soir | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale nationale au québec la commission | FB | fr-CA
out-of-domain | alexa c'est quoi la région de la capitale-nationale | FB | fr-CA
out-of-domain | alexa la pourvoirie est-tu ouverte en mai | FB | fr-CA
out-of-domain | alexa les canadiens jouent-tu à soir | FB | fr-CA
out-of-domain | alexa le score de la game des sénateurs | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du hockey | FB | fr-CA
out-of-domain | alexa quel âge a le rocher percé | FB | fr-CA
out-of-domain | alexa combien de provinces au canada | FB | fr-CA
out-of-domain | alexa c'est qui le premier ministre du québec | FB | fr-CA
out-of-domain | alexa quelle est la plus grande ville du canada | FB | fr-CA
out-of-domain | alexa c'est quoi le drapeau de l'acadie | FB | fr-CA
out-of-domain | alexa mets de la musique de noël à tue-tête | FB | fr-CA
out-of-domain | alexa ajoute du sirop d'érable à ma liste d'épicerie | FB | fr-CA
out-of-domain | alexa la guerre des clans ça joue à quel poste | FB | fr-CA
out-of-domain | alexa c'est quoi les règles du charlemagne | FB | fr-CA
out-of-domain | alexa un kahoot sur les capitales ça existe-tu | FB | fr-CA
out-of-domain | alexa comment on joue au tock | FB | fr-CA
out-of-domain | alexa c'est quoi le capital de mon reer | FB | fr-CA
out-of-domain | alexa c'est quoi un gain en capital | FB | fr-CA
out-of-domain | alexa quelle est la capitale du comté de restigouche | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'île d'anticosti | FB | fr-CA
# --- help
help | alexa hopla comment ça marche ce jeu des capitales | HELP
help | alexa qu'est-ce que je peux te demander dans capitales du monde | HELP
help | alexa aide-moi je comprends rien à ton jeu | HELP
help | alexa tu peux m'expliquer comment on pose une question | HELP
help | alexa c'est quoi les commandes | HELP
help | alexa euh je fais comment là | HELP
help | alexa ma doue je sais pas quoi dire aide-moi | HELP
help | alexa explique-moi les règles s'il te plaît | HELP
help | alexa je dois dire quoi pour avoir une capitale | HELP
help | alexa mamie voudrait savoir comment ça fonctionne | HELP
help | alexa qu'est-ce que tu sais faire au juste | HELP
help | alexa tu peux me donner un exemple de question | HELP
help | alexa dis voir comment on s'en sert | HELP
help | alexa au secours je suis perdu | HELP
help | alexa kosa mi doit dire | HELP
help | alexa entschuldigung comment marche ce jeu | HELP
help | alexa perdón je ne comprends pas comment utiliser | HELP
help | alexa c'est quoi les options | HELP
help | alexa tu peux répéter les instructions | HELP
help | alexa la maîtresse veut savoir comment on l'utilise en classe | HELP
help | alexa papa il dit que je dois demander de l'aide | HELP
help | alexa o cumpà explique-moi comment on joue | HELP
help | alexa tu connais quoi comme pays toi | HELP
help | alexa est-ce que je peux demander les états américains aussi | HELP
help | alexa comment on fait pour changer de pays | HELP
help | alexa aide | HELP
help | alexa moé je comprends pas comment ça marche ton affaire | HELP | fr-CA
help | alexa je fais quoi astheure | HELP | fr-CA
help | alexa well comment ça marche anyway | HELP | fr-CA
help | alexa so qu'est-ce que je peux dire | HELP | fr-CA
help | alexa genre comment tu fonctionnes | HELP | fr-CA
help | alexa oye explique-moi comment on fait | HELP | fr-CA
help | alexa je suis en francisation aide-moi s'il vous plaît | HELP | fr-CA
help | alexa pépère sait pas comment te parler aide-le | HELP | fr-CA
help | alexa c'est quoi que je dois dire pour les provinces | HELP | fr-CA
help | alexa peux-tu m'aider un peu là | HELP | fr-CA
help | alexa j'ai besoin d'aide avec capitales du monde | HELP | fr-CA
help | alexa ça marche comment ton jeu de capitales | HELP | fr-CA
help | alexa c'est quoi les affaires que je peux te demander | HELP | fr-CA
help | alexa aide-moi donc ma belle | HELP | fr-CA
help | alexa checke je sais pas quoi faire | HELP | fr-CA
help | alexa anyway j'ai besoin d'un coup de main | HELP | fr-CA
help | alexa mon professeur dit demander aide | HELP | fr-CA
help | alexa bueno je comprends pas tu m'aides | HELP | fr-CA
# --- stop
stop | alexa hopla c'est fini | STOP
stop | alexa arrête tout | STOP
stop | alexa stop stop stop | STOP
stop | alexa bon on arrête là | STOP
stop | alexa c'est bon j'en ai assez | STOP
stop | alexa ferme le jeu | STOP
stop | alexa quitte le jeu des capitales | STOP
stop | alexa on a fini merci | STOP
stop | alexa tais-toi maintenant | STOP
stop | alexa kenavo | STOP
stop | alexa aiò on arrête | STOP
stop | alexa ça suffit pour ce soir | STOP
stop | alexa bonne nuit arrête | STOP
stop | alexa dalon arrête | STOP
stop | alexa tonnè arrête-toi | STOP
stop | alexa sors du jeu | STOP
stop | alexa je veux arrêter de jouer | STOP
stop | alexa c'est l'heure du dodo on arrête | STOP
stop | alexa fin de la partie | STOP
stop | alexa adéu | STOP
stop | alexa stop là ça suffit | STOP
stop | alexa basta on arrête | STOP
stop | alexa merci c'est terminé | STOP
stop | alexa arrête capitales du monde maintenant | STOP
stop | alexa ferme-la moé j'ai fini | STOP | fr-CA
stop | alexa c'est assez là | STOP | fr-CA
stop | alexa arrête ça là | STOP | fr-CA
stop | alexa well c'est fini là | STOP | fr-CA
stop | alexa so stop | STOP | fr-CA
stop | alexa genre arrête bro | STOP | fr-CA
stop | alexa bon ben on arrête ça icitte | STOP | fr-CA
stop | alexa ça va faire | STOP | fr-CA
stop | alexa ferme capitales du monde s'il te plaît | STOP | fr-CA
stop | alexa j'ai fini merci ma belle | STOP | fr-CA
stop | alexa oye para | STOP | fr-CA
stop | alexa c'est correct on arrête | STOP | fr-CA
stop | alexa sors de là | STOP | fr-CA
stop | alexa arrête de parler | STOP | fr-CA
stop | alexa va te coucher | STOP | fr-CA
stop | alexa je veux fermer s'il vous plaît | STOP | fr-CA
stop | alexa bonne nuit là c'est fini | STOP | fr-CA
stop | alexa on a fini de jouer pour à soir | STOP | fr-CA
stop | alexa la partie est finie | STOP | fr-CA
stop | alexa quitte asteure | STOP | fr-CA
# --- cancel
cancel | alexa annule ça | CANCEL
cancel | alexa non laisse tomber | CANCEL
cancel | alexa oublie ce que j'ai dit | CANCEL
cancel | alexa non rien en fait | CANCEL
cancel | alexa annule la question | CANCEL
cancel | alexa je me suis trompé annule | CANCEL
cancel | alexa non non non annule | CANCEL
cancel | alexa pas grave oublie | CANCEL
cancel | alexa laisse tomber je vais demander à papa | CANCEL
cancel | alexa annule ma demande | CANCEL
cancel | alexa hopla non c'est pas ça annule | CANCEL
cancel | alexa ma doue annule | CANCEL
cancel | alexa beh oublie | CANCEL
cancel | alexa non c'est bon mi koné | CANCEL
cancel | alexa bà a trouvé la réponse annule | CANCEL
cancel | alexa scusa annule | CANCEL
cancel | alexa ah non je voulais pas dire ça annule | CANCEL
cancel | alexa laisse c'est rien | CANCEL
cancel | alexa oublie la dernière question | CANCEL
cancel | alexa non finalement rien | CANCEL
cancel | alexa annulation | CANCEL
cancel | alexa c'est bon j'ai trouvé tout seul | CANCEL
cancel | alexa zut annule | CANCEL
cancel | alexa tant pis laisse tomber | CANCEL
cancel | alexa annule la dernière affaire | CANCEL | fr-CA
cancel | alexa non laisse faire moé | CANCEL | fr-CA
cancel | alexa ah pis laisse faire | CANCEL | fr-CA
cancel | alexa oublie ça bro | CANCEL | fr-CA
cancel | alexa well never mind | CANCEL | fr-CA
cancel | alexa anyway oublie ça | CANCEL | fr-CA
cancel | alexa so cancel ça | CANCEL | fr-CA
cancel | alexa c'est pas grave laisse faire | CANCEL | fr-CA
cancel | alexa non non c'est correct | CANCEL | fr-CA
cancel | alexa annule ça icitte | CANCEL | fr-CA
cancel | alexa bueno olvídalo laisse faire | CANCEL | fr-CA
cancel | alexa excuse moi je veux annuler | CANCEL | fr-CA
cancel | alexa pépère a changé d'idée annule | CANCEL | fr-CA
cancel | alexa non j'me suis trompé laisse faire | CANCEL | fr-CA
cancel | alexa oublie ma question | CANCEL | fr-CA
cancel | alexa c'est beau j'ai ma réponse annule | CANCEL | fr-CA
cancel | alexa laisse faire c'était pas ça | CANCEL | fr-CA
cancel | alexa annule la demande pour moi | CANCEL | fr-CA
cancel | alexa genre oublie ça | CANCEL | fr-CA
cancel | alexa ah pis non annule | CANCEL | fr-CA
# --- launch: the skill opened by its invocation name
launch | alexa hopla ouvre capitales du monde | LAUNCH
launch | alexa démarre capitales du monde | LAUNCH
launch | alexa je veux jouer à capitales du monde | LAUNCH
launch | alexa ouvre la skill capitales du monde | LAUNCH
launch | alexa dis voir lance capitales du monde | LAUNCH
launch | alexa ma doue ouvre capitales du monde | LAUNCH
launch | alexa aiò lance capitales du monde | LAUNCH
launch | alexa kosa ouvre capitales du monde | LAUNCH
launch | alexa on peut jouer à capitales du monde | LAUNCH
launch | alexa lance le jeu capitales du monde pour les enfants | LAUNCH
launch | alexa mets capitales du monde | LAUNCH
launch | alexa bà veut capitales du monde | LAUNCH
launch | alexa entschuldigung ouvre capitales du monde | LAUNCH
launch | alexa active capitales du monde | LAUNCH
launch | alexa lance capitales du monde pour réviser le brevet | LAUNCH
launch | alexa ouvre capitales du monde pour mamie | LAUNCH
launch | alexa démarre le jeu capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde moé | LAUNCH | fr-CA
launch | alexa well ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa so lance capitales du monde | LAUNCH | fr-CA
launch | alexa genre ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa oye lance capitales du monde | LAUNCH | fr-CA
launch | alexa pars capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre donc capitales du monde | LAUNCH | fr-CA
launch | alexa démarre capitales du monde pour pépère | LAUNCH | fr-CA
launch | alexa je veux capitales du monde s'il vous plaît | LAUNCH | fr-CA
launch | alexa anyway lance capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre capitales du monde pour mon examen d'univers social | LAUNCH | fr-CA
launch | alexa parle à capitales du monde | LAUNCH | fr-CA
launch | alexa lance capitales du monde icitte | LAUNCH | fr-CA
# --- fourth batch: plural, reverse and shared-name lines in more words, and Israel
plural-capitals | alexa mon cahier dit que {} a deux capitales tu me les dis | le sri lanka=LK; les pays-bas=NL; la palestine=PS
plural-capitals | alexa j'ai lu que {} avait trois capitales c'est lesquelles | l'afrique du sud=ZA
plural-capitals | alexa la hollande elle a amsterdam et une autre capitale c'est laquelle | NL
plural-capitals | alexa au sri lanka y a colombo et l'autre capitale au nom très long c'est quoi les deux | LK
plural-capitals | alexa les palestiniens ils ont combien de capitales et lesquelles | PS | fr-CA
plural-capitals | alexa c'est quoi les capitales officielles de l'afrique du sud toutes les trois | ZA | fr-CA
plural-capitals | alexa mon voisin sud-africain dit que son pays a plusieurs capitales lesquelles | ZA
plural-capitals | alexa je veux les deux capitales de la bolivie pas juste la paz | BO | fr-CA
plural-capitals | alexa la côte d'ivoire a deux capitales c'est quoi leurs noms | CI
plural-capitals | alexa l'eswatini ses deux capitales c'est quoi | SZ | fr-CA
plural-capitals | alexa la malaisie kuala lumpur pis l'autre capitale c'est laquelle | MY | fr-CA
plural-capitals | alexa le bénin cotonou et porto-novo c'est les deux capitales | BJ
plural-capitals | alexa les pays-bas ont deux capitales amsterdam et laquelle | NL | fr-CA
plural-capitals | alexa il y a deux capitales au sri lanka c'est quoi | LK | fr-CA
plural-capitals | alexa la palestine ses capitales c'est ramallah et quoi d'autre | PS
reverse-question | alexa dakar c'est dans quel pays déjà | CITY:dakar
reverse-question | alexa skopje c'est la capitale de quel pays | CITY:skopje
reverse-question | alexa vaduz c'est la capitale de quoi | CITY:vaduz
reverse-question | alexa thimphu c'est dans quel pays | CITY:thimphu
reverse-question | alexa la capitale qui s'appelle windhoek c'est quel pays | CITY:windhoek
reverse-question | alexa boise c'est la capitale de quel état | CITY:boise | fr-CA
reverse-question | alexa charlottetown c'est la capitale de quelle province | CITY:charlottetown | fr-CA
reverse-question | alexa whitehorse c'est la capitale de quoi au juste | CITY:whitehorse | fr-CA
shared-name | alexa les deux congo ont quelles capitales | CD+CG
shared-name | alexa la capitale des congolais | CD+CG | fr-CA
shared-name | alexa c'est quoi la capitale de la géorgie mon fils me demande | GE+US-GA
shared-name | alexa la capitale coréenne c'est quoi | KP+KR
shared-name | alexa pis les îles vierges leur capitale c'est quoi | VG+VI | fr-CA
shared-name | alexa la dominique ou la république dominicaine je mélange c'est quoi leur capitale | DM+DO
metiers-fr | alexa guide à jérusalem pour un groupe de pèlerins c'est quoi la capitale {} | d'israël=IL
vietnamiens | alexa ông a un ami {} il veut savoir sa capitale | israélien=IL
ecole-qc | alexa pour mon travail sur le moyen-orient c'est quoi la capitale {} | d'israël=IL; de la palestine=PS | fr-CA
plural-capitals | alexa yamoussoukro pis abidjan c'est les capitales de la côte d'ivoire c'est-tu ça | CI | fr-CA
plural-capitals | alexa mon collègue ivoirien dit que son pays a deux capitales lesquelles | CI
plural-capitals | alexa donne-moi les deux capitales ivoiriennes | CI
subdivision | alexa pour le carnaval de salvador je veux la capitale {} | de l'état de bahia au brésil=BR-BA
subdivision | alexa on part en croisière sur le fleuve amazone c'est quoi la capitale {} | de l'état d'amazonas=BR-AM; de l'état du pará=BR-PA; du mato grosso au brésil=BR-MT
subdivision | alexa mon collègue brésilien vient de l'état {} il dit que la capitale c'est la même ville c'est ça | de são paulo=BR-SP
subdivision | alexa la capitale de l'état de la paraíba au nord-est du brésil | BR-PB
subdivision | alexa mon beau-frère informaticien part en inde c'est quoi la capitale {} | du telangana=IN-TS; de l'andhra pradesh=IN-AP; du territoire de la capitale delhi=IN-DL
subdivision | alexa la plage à goa c'est magnifique c'est quoi la capitale {} | de l'état de goa=IN-GA
subdivision | alexa dans le pacifique sud c'est quoi la capitale {} | des îles cook=CK; de l'île de niue=NU; des samoa américaines=AS | fr-CA
"""

if __name__ == "__main__":
    build_round(46, "fr", LINES, sys.argv, "tests/Eval/fr/round46/source/build_corpus.py")
