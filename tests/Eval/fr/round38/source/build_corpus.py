"""Round 38, French (fr-FR, fr-CA): a new author's own mix, written blind in the thirty-ninth session (brief
WRITER45.md), about a third of the lines fr-CA. Speakers and situations chosen apart from rounds 34-37.
fr-FR devices: Marseillais of the Vieux-Port, the Panier and the quartiers nord ("dégun", "fada", "tè", "oh
fan", "on s'en bat", the OM at the Vélodrome, the ferry to Algiers, the pétanque, the cabanon), Bretons of Brest,
Lorient and Quimper ("kenavo", "ma doue", the fest-noz, the Festival interceltique, the Concarneau trawlers, the
chouchen, the crêperie), Alsatians of Strasbourg and Mulhouse ("hopla", "jo", "gell", the Christmas market, the
European Parliament, the Basel and Freiburg frontaliers), Basques of Bayonne ("aupa", "milesker", the fêtes, the pelote,
the Aviron), Réunionnais in Paris ("zot", "la kaz", "gramoun", "lé bon"), Guadeloupeans of Créteil ("an nou", "ka",
"doudou"), a Malian-French family of Montreuil (the foyer, the tonton back from Kayes, "wallah"), a Vietnamese-French
grandmother of Ivry ("bà", the pho shop), a Kabyle grandfather ("a mmi", Tizi Ouzou); learners: a German Erasmus
student in Montpellier ("also", "genau", gender slips), an American in Paris ("like", "um", English word order), a
Japanese learner ("eto", "desu"), a Syrian refugee learning French ("yalla", "s'il te plaît capitale"); at work: a
night nurse, a lorry driver on the A7, a Bordeaux sommelier, a Concarneau fisherman, an SNCF ticket inspector, a
postwoman, a Cantal dairy farmer, a driving-school instructor, an Ikea warehouse worker; games: Questions pour un
champion, Koh-Lanta evenings, a belote table, a Worldle streak, Qui veut gagner des millions, a school spelling bee;
children (a CE1 pupil, a holiday camp, a child with a globe) and elders (the colonial names, a pied-noir, a former
merchant seaman). fr-CA devices: Acadians of Moncton and Caraquet (chiac: "right", "asteure", "icitte", "frolic",
the Tintamarre), Gaspésiens ("pantoute", the crab plant, Percé), Saguenéens ("bleuet", the Jonquière paper mill, the
Saguenay fjord cruise), Haitian-Québécois of Montréal-Nord and Saint-Michel ("sak pase", "manman", "tonton", the
church), Abitibi miners of Val-d'Or and Rouyn ("le fly-in fly-out"), Madelinots, Sherbrooke students, Lebanese-
Québécois of Laval ("yalla", "habibi", "teta"), Vietnamese-Québécois of Côte-des-Neiges; at work: a Hydro-Québec
lineman, a Bombardier welder, an ER nurse at Sainte-Justine, a Via Rail conductor, a Saint-Hubert cook, a camp
counsellor, a snowplough driver, a dépanneur clerk; games: Le Tricheur, a bingo hall, a Kahoot in secondaire deux,
a hockey-pool night; teenagers ("genre", "c'est full", "j'suis down"), children and elders ("mautadine", "torrieux",
"dans mon temps"). Families per speaker group or situation, and the shared families (follow-up, plural-capitals,
subdivision, out-of-domain, help, stop, cancel, launch, yes-no-check, self-correction, reverse-question,
official-name, everyday-name, shared-name). Lines of rounds 1-37 are dropped (build_round with round 38's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# --- fr-FR: Marseillais
marseille | alexa oh fan y a un cargo qui rentre au port il vient {} c'est quoi la capitale | d'algérie=DZ; de tunisie=TN; de malte=MT
marseille | alexa tè dégun sait la capitale {} au cabanon tu me la dis | de la corse non je rigole de la grèce=GR; de l'albanie=AL; du monténégro=ME
marseille | alexa l'om a acheté un milieu {} c'est quoi sa capitale à lui | camerounais=CM; sénégalais=SN; gabonais=GA
marseille | alexa mon beau-frère il prend le ferry pour alger la capitale de l'algérie c'est bien alger | DZ
marseille | alexa au vélodrome y avait des supporters {} ils viennent de quelle capitale | portugais=PT; espagnols=ES; italiens=IT
marseille | alexa fada la petite me demande la capitale {} et moi j'en sais rien | des comores=KM; de madagascar=MG; de l'île maurice=MU
marseille | alexa on joue aux boules et le pointeur il dit que la capitale {} c'est laquelle | de l'arménie=AM; de la géorgie le pays=GE; de l'azerbaïdjan=AZ
marseille | alexa oh la capitale de la libye c'est quoi déjà | LY
marseille | alexa dans le panier y a une épicerie {} c'est quoi leur capitale | libanaise=LB; syrienne=SY; jordanienne=JO
marseille | alexa on s'en bat mais dis moi quand même la capitale {} | de chypre=CY; de la turquie=TR; de l'égypte=EG
marseille | alexa les marins du porte-conteneurs ils sont {} quelle capitale | philippins=PH; indonésiens=ID; birmans=MM
# --- fr-FR: Bretons
bretagne | alexa au fest-noz y a un groupe {} c'est quoi la capitale de chez eux | écossais=GB-SCT; gallois=GB-WLS; irlandais=IE
bretagne | alexa ma doue la capitale {} je l'ai sur le bout de la langue | de l'islande=IS; des îles féroé=FO; du groenland=GL
bretagne | alexa au festival interceltique à lorient cette année le pays invité c'est {} quelle est sa capitale | la galice enfin l'espagne=ES; l'irlande=IE; l'île de man=IM
bretagne | alexa le chalutier de concarneau il pêche au large {} la capitale de là-bas c'est quoi | de la mauritanie=MR; du sénégal pardon de la guinée-bissau=GW; des seychelles=SC
bretagne | alexa kenavo mais d'abord la capitale {} | de jersey=JE; de guernesey=GG; de la cornouailles enfin de l'angleterre=GB-ENG
bretagne | alexa à la crêperie y a des touristes {} ils me demandent leur capitale | néerlandais=NL; danois=DK; finlandais=FI
bretagne | alexa brest elle est jumelée avec une ville {} c'est quoi la capitale de ce pays | du japon=JP; des états-unis=US; de l'irlande=IE
bretagne | alexa dis donc la capitale de la bretagne c'est rennes ou nantes | FB
# --- fr-FR: Alsatians
alsace | alexa hopla au marché de noël y a un stand {} c'est quoi la capitale | tchèque=CZ; slovaque=SK; hongrois=HU
alsace | alexa jo au parlement européen y a des députés {} leur capitale c'est laquelle | estoniens=EE; lettons=LV; lituaniens=LT
alsace | alexa gell la capitale {} c'est stuttgart hein | du bade-wurtemberg=DE-BW; de la bavière non c'est munich=DE-BY; de la sarre=DE-SL
alsace | alexa je bosse à bâle et le collègue il habite {} c'est quoi la capitale | dans le liechtenstein=LI; en autriche=AT; en slovénie=SI
alsace | alexa c'est quoi la capitale de la rhénanie-palatinat | DE-RP
alsace | alexa à mulhouse au musée de l'auto y a une voiture {} la capitale de ce pays | roumaine=RO; bulgare=BG; serbe=RS
alsace | alexa la capitale de la hesse c'est francfort non | DE-HE
# --- fr-FR: Basques
basque | alexa aupa aux fêtes de bayonne y a une peña {} c'est quoi leur capitale | de navarre enfin d'espagne=ES; mexicaine=MX; argentine=AR
basque | alexa à la pelote y a un joueur {} quelle est la capitale | de cuba=CU; d'uruguay=UY; de l'équateur=EC
basque | alexa milesker et la capitale {} c'est quoi | du chili=CL; de la bolivie=BO; du venezuela=VE
basque | alexa l'aviron il joue contre une équipe {} elle a quoi comme capitale | fidjienne=FJ; tongienne=TO; samoane=WS
# --- fr-FR: Réunionnais in Paris
reunion | alexa zot i sava la capitale {} c'est quoi | de la réunion=RE; de mayotte=YT; de l'île maurice=MU
reunion | alexa mon gramoun il demande la capitale {} | de madagascar=MG; des seychelles=SC; de l'inde=IN
reunion | alexa lé bon dis-moi la capitale de la réunion c'est saint-denis ou saint-pierre | RE
reunion | alexa ma tantine la parti en vacances {} c'est quoi la capitale | aux maldives=MV; au sri lanka=LK; en afrique du sud=ZA
# --- fr-FR: Guadeloupeans of Créteil
antilles | alexa doudou c'est quoi la capitale {} | de la guadeloupe=GP; de la martinique=MQ; de la guyane=GF
antilles | alexa an nou wè la capitale {} sé ki sa | de la dominique=DM; de sainte-lucie=LC; de la barbade=BB
antilles | alexa mon cousin il travaille à saint-barth c'est quoi la capitale de saint-barthélemy | BL
antilles | alexa sé kisa la capitale {} | d'haïti=HT; de la jamaïque=JM; de trinidad=TT
antilles | alexa ma voisine elle vient {} la capitale c'est quoi | de saint-martin=MF; d'antigua=AG; de grenade l'île=GD
# --- fr-FR: Malian-French family of Montreuil
malien | alexa wallah le tonton il revient de kayes il demande la capitale {} | du mali=ML; de la mauritanie=MR; du burkina faso=BF
malien | alexa au foyer on discute la capitale {} c'est laquelle | de la guinée=GN; de la gambie=GM; du niger=NE
malien | alexa mon petit frère il dit que la capitale du sénégal c'est bamako il a raison | SN
malien | alexa on va au mariage d'une cousine {} c'est quoi la capitale | au tchad=TD; en côte d'ivoire=CI; au togo=TG
# --- fr-FR: Vietnamese-French grandmother of Ivry, Kabyle grandfather
vietnamien | alexa bà elle veut savoir la capitale {} | du viêt nam=VN; du cambodge=KH; du laos=LA
vietnamien | alexa capitale {} c'est quoi s'il te plaît | de thaïlande=TH; de malaisie=MY; de brunei=BN
vietnamien | alexa au restaurant pho un client il parle de saigon c'est la capitale du vietnam | VN
kabyle | alexa a mmi dis-moi la capitale {} | de l'algérie=DZ; du maroc=MA; de la libye=LY
kabyle | alexa je suis de tizi ouzou mon petit-fils il veut la capitale {} | du canada=CA; de la belgique=BE; de la suisse=CH
# --- fr-FR learners
allemand | alexa also je suis étudiant erasmus c'est quoi le capitale {} | de la france=FR; de la pologne=PL; de la norvège=NO
allemand | alexa genau quelle est le capitale {} | de l'australie=AU; de la nouvelle-zélande=NZ; du canada=CA
americain | alexa um like what is la capitale {} | du mexique=MX; du guatemala=GT; du belize=BZ
americain | alexa la capitale {} est quoi | du brésil=BR; de la colombie=CO; du paraguay=PY
japonais | alexa eto la capitale {} desu | de la mongolie=MN; du kazakhstan=KZ; du tadjikistan=TJ
japonais | alexa excusez-moi quelle capitale {} | de la corée du nord=KP; de taïwan=TW; des philippines=PH
syrien | alexa yalla s'il te plaît capitale {} | de la syrie=SY; de l'irak=IQ; de l'arabie saoudite=SA
syrien | alexa je apprends le français quelle est la capitale {} | du yémen=YE; d'oman=OM; du qatar=QA
# --- fr-FR at work
travail | alexa je suis infirmière de nuit et le patient il me demande la capitale {} | du kirghizstan=KG; de l'ouzbékistan=UZ; du turkménistan=TM
travail | alexa je suis routier sur l'a sept et à la radio ils parlent {} c'est quoi la capitale | de l'ukraine=UA; de la moldavie=MD; de la biélorussie=BY
travail | alexa je suis sommelier et j'ai un vin {} c'est quoi la capitale de ce pays | géorgien=GE; arménien=AM; sud-africain=ZA
travail | alexa on débarque le poisson à concarneau il vient {} c'est quoi la capitale | de namibie=NA; d'angola=AO; du mozambique=MZ
travail | alexa je suis contrôleur à la sncf un voyageur me demande la capitale {} | des pays-bas=NL; du luxembourg=LU; du danemark=DK
travail | alexa je suis factrice et j'ai un colis {} c'est quoi la capitale | pour le burundi=BI; pour le rwanda=RW; pour l'ouganda=UG
travail | alexa la capitale {} c'est quoi je trais les vaches et j'ai la radio | du kenya=KE; de la tanzanie=TZ; de l'éthiopie=ET
travail | alexa je suis moniteur d'auto-école et mon élève vient {} c'est quoi sa capitale | du soudan=SD; du soudan du sud=SS; de l'érythrée=ER
travail | alexa chez ikea les cartons viennent {} c'est quoi la capitale là-bas | de suède=SE; de lituanie=LT; de pologne=PL
# --- fr-FR games
jeux | alexa pour questions pour un champion quelle est la capitale {} | du bhoutan=BT; du népal=NP; du bangladesh=BD
jeux | alexa on regarde koh-lanta ils sont {} c'est quoi la capitale | aux philippines=PH; au cambodge=KH; aux fidji=FJ
jeux | alexa à la belote le pépé il parie que la capitale {} c'est | de l'australie sydney=AU; du canada toronto=CA; de la turquie istanbul=TR
jeux | alexa pour worldle j'ai eu un pays c'est {} la capitale c'est quoi | le suriname=SR; le guyana=GY; le belize=BZ
jeux | alexa qui veut gagner des millions la question c'est la capitale {} | de la micronésie=FM; des îles marshall=MH; des palaos=PW
jeux | alexa pour le concours d'orthographe on doit écrire la capitale {} c'est laquelle | du kiribati=KI; de tuvalu=TV; de nauru=NR
# --- fr-FR children and elders
enfants | alexa la maîtresse elle a dit qu'on doit savoir la capitale {} | de l'italie=IT; de l'allemagne=DE; de l'espagne=ES
enfants | alexa en colo on a fait un jeu c'est quoi la capitale {} | de la russie=RU; de la chine=CN; de l'inde=IN
enfants | alexa sur mon globe y a un pays tout petit {} c'est quoi sa capitale | saint-marin=SM; andorre=AD; monaco=MC
enfants | alexa moi je sais la capitale de la france c'est paris et celle de l'angleterre | GB-ENG
anciens | alexa de mon temps on disait {} c'est quoi la capitale aujourd'hui | le zaïre=CD; la rhodésie=ZW; le dahomey=BJ
anciens | alexa j'étais marin au commerce on faisait escale {} c'est quoi la capitale | au nyassaland=MW; au bechuanaland=BW; au basutoland=LS
anciens | alexa je suis pied-noir d'oran et la capitale {} c'est laquelle | de l'oubangui-chari=CF; du soudan français=ML; de la côte française des somalis=DJ
anciens | alexa la capitale {} je la confonds toujours | de la birmanie=MM; de la perse=IR; du siam=TH
# --- fr-CA: Acadians of Moncton and Caraquet
acadie | alexa right asteure c'est quoi la capitale {} | du nouveau-brunswick=CA-NB; de la nouvelle-écosse=CA-NS; de l'île-du-prince-édouard=CA-PE | fr-CA
acadie | alexa au tintamarre y avait des gens {} c'est quoi leur capitale | de la louisiane=US-LA; du maine=US-ME; de la france=FR | fr-CA
acadie | alexa icitte on se demandait la capitale {} | de terre-neuve=CA-NL; du massachusetts=US-MA; du vermont=US-VT | fr-CA
acadie | alexa à la frolic mon oncle dit que la capitale du nouveau-brunswick c'est moncton | CA-NB | fr-CA
acadie | alexa c'est quoi la capitale de la louisiane là où les cajuns restent | US-LA | fr-CA
# --- fr-CA: Gaspésiens
gaspesie | alexa pantoute je le sais pas c'est quoi la capitale {} | de la norvège=NO; de l'islande=IS; du danemark=DK | fr-CA
gaspesie | alexa à l'usine de crabe on a des travailleurs {} c'est quoi leur capitale | mexicains=MX; guatémaltèques=GT; honduriens=HN | fr-CA
gaspesie | alexa un bateau de croisière à percé il venait {} c'est quoi la capitale | des bermudes=BM; des bahamas=BS; de saint-pierre-et-miquelon=PM | fr-CA
# --- fr-CA: Saguenéens
saguenay | alexa là là c'est quoi la capitale {} | du manitoba=CA-MB; de la saskatchewan=CA-SK; de l'alberta=CA-AB | fr-CA
saguenay | alexa sur la croisière du fjord y a des touristes {} leur capitale c'est quoi | allemands=DE; suisses=CH; belges=BE | fr-CA
saguenay | alexa au moulin de jonquière on vend du papier {} c'est quoi la capitale | au nigeria=NG; au ghana=GH; au kenya=KE | fr-CA
saguenay | alexa les bleuets on les exporte {} la capitale c'est quoi | au japon=JP; en corée du sud=KR; à singapour=SG | fr-CA
# --- fr-CA: Haitian-Québécois
haitien | alexa sak pase la capitale {} c'est quoi | d'haïti=HT; de la république dominicaine=DO; de cuba=CU | fr-CA
haitien | alexa manman veut savoir la capitale {} | du bénin=BJ; du togo=TG; du congo brazzaville=CG | fr-CA
haitien | alexa à l'église le pasteur a parlé {} c'est quoi la capitale | d'israël=IL; de la jordanie=JO; de l'égypte=EG | fr-CA
haitien | alexa tonton dit que la capitale d'haïti c'est cap-haïtien c'est-tu vrai | HT | fr-CA
# --- fr-CA: Abitibi miners
abitibi | alexa à val-d'or on a un contrat de mine {} c'est quoi la capitale | au burkina=BF; au mali=ML; en guinée=GN | fr-CA
abitibi | alexa je fais du fly-in fly-out au nunavut c'est quoi la capitale | CA-NU | fr-CA
abitibi | alexa à rouyn le boss revient {} c'est quoi la capitale là-bas | du nevada=US-NV; de l'arizona=US-AZ; du chili=CL | fr-CA
abitibi | alexa c'est quoi la capitale {} mon chum y travaille dans une mine | des territoires du nord-ouest=CA-NT; du yukon=CA-YT; de l'australie-occidentale=AU-WA | fr-CA
# --- fr-CA: Madelinots, Sherbrooke students
madelinot | alexa aux îles on reçoit des touristes {} c'est quoi leur capitale | français=FR; suisses=CH; belges=BE | fr-CA
madelinot | alexa la capitale de l'île-du-prince-édouard c'est charlottetown hein | CA-PE | fr-CA
sherbrooke | alexa pour mon travail d'université la capitale {} c'est laquelle | de la colombie-britannique=CA-BC; de l'ontario=CA-ON; du québec=CA-QC | fr-CA
sherbrooke | alexa mon coloc vient {} c'est quoi la capitale de chez eux | du cameroun=CM; de la tunisie=TN; du maroc=MA | fr-CA
sherbrooke | alexa c'est full dur la géo c'est quoi la capitale {} | de la slovénie=SI; de la croatie=HR; de la bosnie=BA | fr-CA
# --- fr-CA: Lebanese-Québécois of Laval, Vietnamese-Québécois
libanais | alexa yalla habibi c'est quoi la capitale {} | du liban=LB; de la syrie=SY; de chypre=CY | fr-CA
libanais | alexa teta veut savoir la capitale {} | de l'arménie=AM; de l'irak=IQ; du koweït=KW | fr-CA
libanais | alexa la capitale des émirats c'est dubaï ou abou dabi | AE | fr-CA
vietnamien-qc | alexa grand-papa demande c'est quoi la capitale {} | du vietnam=VN; du laos=LA; du myanmar=MM | fr-CA
vietnamien-qc | alexa à côte-des-neiges on a une épicerie {} c'est quoi la capitale | thaïlandaise=TH; cambodgienne=KH; indonésienne=ID | fr-CA
# --- fr-CA at work
jobs-qc | alexa j'suis monteur de lignes chez hydro pis on envoie des gars {} c'est quoi la capitale | au massachusetts=US-MA; à new york=US-NY; au vermont=US-VT | fr-CA
jobs-qc | alexa chez bombardier on soude des wagons pour {} c'est quoi la capitale | le mexique=MX; le royaume-uni=GB; la suède=SE | fr-CA
jobs-qc | alexa j'suis infirmière à sainte-justine pis une maman vient {} c'est quoi la capitale | du congo kinshasa=CD; d'haïti=HT; de la syrie=SY | fr-CA
jobs-qc | alexa je suis chef de train chez via rail pis un passager me demande la capitale {} | de l'ontario=CA-ON; du nouveau-brunswick=CA-NB; de la nouvelle-écosse=CA-NS | fr-CA
jobs-qc | alexa au saint-hubert un client demande la capitale {} | de la floride=US-FL; de la californie=US-CA; du texas=US-TX | fr-CA
jobs-qc | alexa j'suis moniteur de camp pis les jeunes veulent savoir la capitale {} | de l'ohio=US-OH; de la pennsylvanie=US-PA; du new jersey=US-NJ | fr-CA
jobs-qc | alexa j'conduis la charrue la nuit pis j'me demande la capitale {} | du montana=US-MT; du dakota du nord=US-ND; de l'idaho=US-ID | fr-CA
jobs-qc | alexa au dépanneur un gars me demande la capitale {} | de la caroline du sud=US-SC; de la géorgie l'état=US-GA; de l'alabama=US-AL | fr-CA
# --- fr-CA games
jeux-qc | alexa on joue au tricheur pis la question c'est la capitale {} | du wyoming=US-WY; du nebraska=US-NE; du kansas=US-KS | fr-CA
jeux-qc | alexa au bingo la madame à côté veut savoir la capitale {} | de l'irlande=IE; de l'écosse=GB-SCT; du portugal=PT | fr-CA
jeux-qc | alexa pour le kahoot de secondaire deux la capitale {} | de l'oklahoma=US-OK; de l'arkansas=US-AR; du missouri=US-MO | fr-CA
jeux-qc | alexa au pool de hockey un joueur vient {} c'est quoi sa capitale | de la finlande=FI; de la lettonie=LV; de la slovaquie=SK | fr-CA
# --- fr-CA teenagers, children, elders
ados-qc | alexa genre c'est quoi la capitale {} j'suis down de savoir | de l'argentine=AR; du pérou=PE; de la colombie=CO | fr-CA
ados-qc | alexa yo c'est quoi la capitale {} c'est pour un devoir | de la hongrie=HU; de la roumanie=RO; de la bulgarie=BG | fr-CA
enfants-qc | alexa moi j'veux savoir la capitale {} | de la jamaïque=JM; du costa rica=CR; du panama=PA | fr-CA
enfants-qc | alexa ma maîtresse a dit que la capitale du canada c'est ottawa | CA | fr-CA
aines-qc | alexa mautadine c'est quoi la capitale {} déjà | de l'angleterre=GB-ENG; de l'irlande du nord=GB-NIR; du pays de galles=GB-WLS | fr-CA
aines-qc | alexa torrieux dans mon temps la capitale {} c'était pas la même | du kazakhstan=KZ; de la tanzanie=TZ; du nigeria=NG | fr-CA
aines-qc | alexa dans mon temps on appelait ça {} c'est quoi la capitale astheure | le ceylan=LK; le tanganyika=TZ; la haute-volta=BF | fr-CA
# --- more speakers, fr-FR
marseille | alexa à la sortie du stade un gars avec un drapeau {} m'a demandé sa capitale je savais pas | afghan=AF; bahreïni=BH; salvadorien=SV
marseille | alexa dégun veut me croire mais la capitale {} c'est pas la ville la plus grande hein | de la turquie=TR; du maroc=MA; de la suisse=CH
marseille | alexa à l'estaque le pêcheur il m'a dit que son père venait {} c'est quoi la capitale | de sicile enfin d'italie=IT; de naples enfin d'italie pareil=IT; d'arménie=AM
marseille | alexa oh gari tu peux me dire la capitale {} ma fille elle révise | du liberia=LR; de la sierra leone=SL; du cap-vert=CV
bretagne | alexa le skipper de la route du rhum il passe {} c'est quoi la capitale de là-bas | par le cap-vert=CV; près de sao tomé=ST; aux antilles à saint-vincent=VC
bretagne | alexa à l'école diwan ils font un exposé sur la capitale {} | du vanuatu=VU; de la papouasie-nouvelle-guinée=PG; du timor oriental=TL
bretagne | alexa les ostréiculteurs de cancale exportent {} quelle est la capitale | à hong kong=HK; à singapour=SG; à taïwan=TW
bretagne | alexa mon tonton il a fait la marine nationale à djibouti c'est quoi la capitale de djibouti | DJ
alsace | alexa les cigognes elles hivernent {} c'est quoi la capitale là-bas | au maroc=MA; au sénégal=SN; en mauritanie=MR
alsace | alexa au musée unterlinden y a un tableau d'un peintre {} quelle capitale | flamand enfin belge=BE; hollandais=NL; autrichien=AT
alsace | alexa hopla les frontaliers de fribourg ils habitent en allemagne mais dans quel land c'est quoi la capitale du bade-wurtemberg | DE-BW
basque | alexa à biarritz les surfeurs viennent {} c'est quoi la capitale | d'australie=AU; d'afrique du sud=ZA; de nouvelle-zélande=NZ
basque | alexa aupa mon cousin est parti bosser {} c'est quoi la capitale | au chili=CL; au nicaragua=NI; au salvador=SV
reunion | alexa mon fréré i travaille dans un hôtel {} c'est quoi la capitale | aux seychelles=SC; aux comores=KM; à maurice=MU
antilles | alexa mon doudou il est parti travailler {} la capitale c'est quoi | à saint-kitts=KN; à saint-vincent=VC; aux îles vierges britanniques=VG
antilles | alexa ou ka sav la capitale {} | de la guyane française=GF; du suriname=SR; du venezuela=VE
malien | alexa le tonton du foyer il a travaillé {} c'est quoi la capitale | en côte d'ivoire=CI; au gabon=GA; en guinée équatoriale=GQ
malien | alexa wallah mon cousin il est parti en italie et puis {} c'est quoi la capitale | en libye=LY; en tunisie=TN; au niger=NE
vietnamien | alexa bà elle a une amie {} elle demande la capitale | laotienne=LA; chinoise=CN; japonaise=JP
kabyle | alexa a mmi mon frère il a fait l'armée au sahara c'est quoi la capitale du sahara occidental | EH
allemand | alexa also in deutschland on dit hauptstadt et en français la capitale {} c'est quoi | de la belgique=BE; du danemark=DK; des pays-bas=NL
americain | alexa so um la capitale {} please | de l'irlande=IE; de l'écosse=GB-SCT; de l'islande=IS
japonais | alexa eto eto la capitale {} c'est quoi | du cambodge=KH; du bhoutan=BT; du sri lanka=LK
syrien | alexa s'il te plaît je cherche la capitale {} pour ma fille école | de la turquie=TR; du liban=LB; de l'allemagne=DE
travail | alexa je suis guide à versailles et un touriste {} me demande sa capitale je sais pas | kazakh=KZ; azerbaïdjanais=AZ; ouzbek=UZ
travail | alexa je livre des colis pour amazon et le client vient {} c'est quoi la capitale | de l'équateur=EC; de la bolivie=BO; du pérou=PE
travail | alexa je suis aide-soignante à l'ehpad et la dame elle dit qu'elle est née {} c'est quoi la capitale | en indochine au laos=LA; en tunisie=TN; au maroc=MA
travail | alexa je suis boulanger et mon apprenti vient {} c'est quoi la capitale | du bangladesh=BD; d'afghanistan=AF; de guinée=GN
travail | alexa je bosse à l'aéroport de nice et un vol arrive {} c'est quoi la capitale | de bahreïn=BH; du qatar=QA; d'oman=OM
travail | alexa je suis prof de géo au collège et je révise la capitale {} | du lesotho=LS; du botswana=BW; du malawi=MW
travail | alexa je suis chauffeur vtc et mon client vient {} il m'a demandé la capitale | de la papouasie=PG; du vanuatu=VU; de sao tomé=ST
jeux | alexa on fait un blind test des hymnes et là c'est {} c'est quoi sa capitale | l'hymne du liberia=LR; l'hymne de la sierra leone=SL; l'hymne de saint-kitts=KN
jeux | alexa au scrabble mon mari a mis un mot c'est la capitale {} | du togo=TG; du tchad=TD; du pérou=PE
jeux | alexa pour le quiz de la fête des voisins quelle est la capitale {} | de la zambie=ZM; du zimbabwe=ZW; du malawi=MW
enfants | alexa c'est moi léo j'ai six ans c'est quoi la capitale {} | des dinosaures non de l'amérique=US; du pôle nord enfin du groenland=GL; des kangourous l'australie=AU
enfants | alexa mon doudou il vient {} c'est quoi la capitale | de la chine=CN; de l'inde=IN; du brésil=BR
anciens | alexa j'ai fait mon service militaire en allemagne c'est quoi la capitale {} | de la rhénanie-du-nord-westphalie=DE-NW; de la sarre=DE-SL; de la saxe-anhalt=DE-ST
anciens | alexa ma grand-mère disait {} c'est quoi la capitale maintenant | les nouvelles-hébrides=VU; la côte de l'or=GH; la guinée portugaise=GW
# --- more speakers, fr-CA
acadie | alexa à caraquet on fait la pêche au homard pis on vend {} c'est quoi la capitale | en chine=CN; en corée du sud=KR; au viêt nam=VN | fr-CA
acadie | alexa asteure mon garçon travaille {} c'est quoi la capitale | en alberta=CA-AB; en saskatchewan=CA-SK; aux territoires du nord-ouest=CA-NT | fr-CA
gaspesie | alexa les pêcheurs de sainte-anne-des-monts ont vendu du poisson {} c'est quoi la capitale | au portugal=PT; en espagne=ES; en norvège=NO | fr-CA
saguenay | alexa au festival des bleuets y avait une fanfare {} c'est quoi la capitale | bavaroise=DE-BY; écossaise=GB-SCT; irlandaise=IE | fr-CA
haitien | alexa sak pase mon ti frère il part étudier {} c'est quoi la capitale | en france=FR; en belgique=BE; en suisse=CH | fr-CA
haitien | alexa manman dit que la capitale {} je sais pas | du brésil=BR; du chili=CL; de l'argentine=AR | fr-CA
abitibi | alexa à malartic on a un contremaître {} c'est quoi sa capitale | péruvien=PE; australien=AU; sud-africain=ZA | fr-CA
madelinot | alexa aux îles de la madeleine les phoques on les voit {} c'est quoi la capitale | au groenland=GL; en islande=IS; en norvège=NO | fr-CA
sherbrooke | alexa à l'udes j'ai un ami qui vient {} c'est quoi la capitale | du rwanda=RW; du burundi=BI; de madagascar=MG | fr-CA
libanais | alexa yalla teta elle a une cousine {} c'est quoi la capitale | au brésil=BR; au venezuela=VE; au sénégal=SN | fr-CA
vietnamien-qc | alexa ma grand-mère elle a des cousins {} c'est quoi la capitale | en australie=AU; au cambodge=KH; en californie=US-CA | fr-CA
jobs-qc | alexa j'suis commis à la sqdc pis un client parle {} c'est quoi la capitale | de la jamaïque=JM; du colorado=US-CO; de l'uruguay=UY | fr-CA
jobs-qc | alexa j'fais de la livraison pour le port pis les conteneurs viennent {} c'est quoi la capitale | du bangladesh=BD; du pakistan=PK; de l'inde=IN | fr-CA
jobs-qc | alexa j'suis préposée aux bénéficiaires pis une résidente est née {} c'est quoi la capitale | en italie=IT; en grèce=GR; en pologne=PL | fr-CA
jeux-qc | alexa à la soirée quiz du bar de l'université on a eu la capitale {} | du connecticut=US-CT; du delaware=US-DE; du maryland=US-MD | fr-CA
jeux-qc | alexa au jeu de société de ma tante faut la capitale {} | de la virginie=US-VA; de la virginie-occidentale=US-WV; de la caroline du nord=US-NC | fr-CA
jeux-qc | alexa pour le questionnaire de ma ligue de quilles la capitale {} | de l'utah=US-UT; du nouveau-mexique=US-NM; de l'oregon=US-OR | fr-CA
ados-qc | alexa c'est full malaisant j'sais pas la capitale {} | du dakota du sud=US-SD; du mississippi=US-MS; de l'indiana=US-IN | fr-CA
enfants-qc | alexa mon ami de la garderie vient {} c'est quoi la capitale | de la guinée=GN; du mali=ML; d'haïti=HT | fr-CA
aines-qc | alexa dans mon temps y avait des missionnaires au {} c'est quoi la capitale astheure | basutoland=LS; congo belge=CD; siam=TH | fr-CA
aines-qc | alexa mon défunt mari faisait des voyages de pêche {} c'est quoi la capitale | au wisconsin=US-WI; au minnesota=US-MN; au new hampshire=US-NH | fr-CA
aines-qc | alexa mautadine la capitale {} c'est quoi déjà | du rhode island=US-RI; du kentucky=US-KY; du tennessee=US-TN | fr-CA
# --- more shared families
shared-name | alexa ma fille part en stage au congo c'est quoi la capitale | CD+CG
shared-name | alexa mon voisin coréen il dit la capitale de la corée c'est séoul | KP+KR
shared-name | alexa on parle de la géorgie à la télé c'est quoi sa capitale | GE+US-GA
shared-name | alexa je vais à atlanta c'est la capitale de la géorgie l'état | US-GA | fr-CA
shared-name | alexa la capitale de la corée du nord | KP | fr-CA
shared-name | alexa c'est quoi la capitale de la géorgie là-bas près de la russie | GE | fr-CA
shared-name | alexa les deux congo ont quoi comme capitales | CD+CG | fr-CA
shared-name | alexa il y a deux corées c'est quoi leurs capitales | KP+KR
official-name | alexa la capitale de la république socialiste du viêt nam | VN
official-name | alexa c'est quoi la capitale de l'état plurinational de bolivie | BO
official-name | alexa la capitale de la république fédérative du brésil | BR | fr-CA
official-name | alexa c'est quoi la capitale du royaume de thaïlande | TH | fr-CA
everyday-name | alexa c'est quoi la capitale du timor-oriental | TL
everyday-name | alexa la capitale de la perse | IR | fr-CA
everyday-name | alexa c'est quoi la capitale de la russie blanche | BY | fr-CA
# --- more out-of-domain, with a situation
out-of-domain | alexa oh fan la capitale phocéenne c'est bien marseille hein | FB
out-of-domain | alexa à marseille on dit que c'est la deuxième capitale de france c'est vrai | FB
out-of-domain | alexa c'est quoi l'horaire du ferry pour bastia demain matin | FB
out-of-domain | alexa mets-moi l'ambiance du vélodrome à fond | FB
out-of-domain | alexa le pointeur il a gagné combien de parties au championnat de pétanque | FB
out-of-domain | alexa quimper c'est la capitale de la cornouaille bretonne c'est ça | FB
out-of-domain | alexa le chouchen ça se fait avec quoi | FB
out-of-domain | alexa c'est quand le prochain fest-noz à lorient | FB
out-of-domain | alexa il est à quelle heure le bateau pour ouessant | FB
out-of-domain | alexa strasbourg c'est la capitale européenne mais c'est la capitale de quoi exactement | FB
out-of-domain | alexa il ouvre quand le marché de noël de colmar | FB
out-of-domain | alexa c'est quoi la recette de la choucroute | FB
out-of-domain | alexa c'est quand les fêtes de bayonne cette année | FB
out-of-domain | alexa comment on joue à la pelote à main nue | FB
out-of-domain | alexa mets du ka moderne pour la fête | FB
out-of-domain | alexa comment on fait un rougail saucisse | FB
out-of-domain | alexa le vol pour saint-denis de la réunion il part à quelle heure | FB
out-of-domain | alexa combien coûte un envoi d'argent vers bamako | FB
out-of-domain | alexa c'est quand le ramadan cette année | FB
out-of-domain | alexa traduis merci en bambara | FB
out-of-domain | alexa ça veut dire quoi capitale en kabyle | FB
out-of-domain | alexa also was ist die hauptstadt von frankreich | FB
out-of-domain | alexa what's the weather like in paris today | FB
out-of-domain | alexa le train pour montpellier il a du retard | FB
out-of-domain | alexa l'ehpad il ferme à quelle heure les visites | FB
out-of-domain | alexa le cours du blé aujourd'hui | FB
out-of-domain | alexa c'est combien le litre de lait payé au producteur | FB
out-of-domain | alexa il y a des bouchons sur l'a sept vers valence | FB
out-of-domain | alexa je dois passer le code de la route c'est combien de questions | FB
out-of-domain | alexa à questions pour un champion c'est qui le présentateur | FB
out-of-domain | alexa c'est quoi le mot du jour de worldle | FB
out-of-domain | alexa à la belote c'est quoi l'atout qui vaut le plus | FB
out-of-domain | alexa les pays de koh-lanta cette saison c'est où le tournage | FB
out-of-domain | alexa capitale ça s'écrit avec un e à la fin | FB
out-of-domain | alexa c'est quoi la capitale de la région où j'habite | FB
out-of-domain | alexa c'est quoi la capitale des schtroumpfs | FB
out-of-domain | alexa c'est quoi la capitale du pays des licornes | FB
out-of-domain | alexa la maîtresse a dit capitale c'est une grande lettre c'est vrai | FB
out-of-domain | alexa c'est quoi la capitale de la bretagne nord | FB
out-of-domain | alexa c'est quoi la capitale de la transylvanie | FB
out-of-domain | alexa c'est quoi la capitale de la mésopotamie | FB
out-of-domain | alexa c'est quoi la capitale de la prusse | FB
out-of-domain | alexa c'est quoi la capitale de l'indochine | FB
out-of-domain | alexa c'est quoi la capitale de l'aof | FB
out-of-domain | alexa c'est quoi la capitale de l'acadie française autrefois port-royal c'est ça | FB | fr-CA
out-of-domain | alexa quand est-ce que le tintamarre commence à caraquet | FB | fr-CA
out-of-domain | alexa le traversier pour les îles y part-tu à soir | FB | fr-CA
out-of-domain | alexa c'est quoi le prix du crabe des neiges cette année | FB | fr-CA
out-of-domain | alexa le pont de la rivière saguenay y est-tu fermé | FB | fr-CA
out-of-domain | alexa c'est quand le festival du bleuet à mistassini | FB | fr-CA
out-of-domain | alexa mets de la musique konpa pour la fête à manman | FB | fr-CA
out-of-domain | alexa c'est quoi le prix de l'or à matin | FB | fr-CA
out-of-domain | alexa y a-tu une panne d'hydro dans mon coin | FB | fr-CA
out-of-domain | alexa c'est quoi mon horaire de train via rail pour québec | FB | fr-CA
out-of-domain | alexa combien de calories dans une poutine | FB | fr-CA
out-of-domain | alexa trouve-moi un dépanneur ouvert | FB | fr-CA
out-of-domain | alexa c'est quoi les numéros gagnants du six quarante-neuf | FB | fr-CA
out-of-domain | alexa qui a gagné le pool de hockey l'an passé | FB | fr-CA
out-of-domain | alexa québec c'est la vieille capitale pourquoi on l'appelle de même | FB | fr-CA
out-of-domain | alexa ottawa c'est-tu en ontario ou au québec | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du hockey au canada | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'île d'orléans | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la mauricie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale des îles de la madeleine | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la beauce | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de wendake | FB | fr-CA
out-of-domain | alexa yo c'est quoi la capitale de fortnite | FB | fr-CA
out-of-domain | alexa le capital de mon hypothèque y baisse-tu | FB | fr-CA
# --- more cancel, stop, launch with a situation
cancel | alexa oh fan je me suis trompé de pays annule | CANCEL
cancel | alexa non la petite a appuyé n'importe où annule | CANCEL
cancel | alexa annule la capitale je la connais finalement | CANCEL
cancel | alexa laisse tomber on a trouvé dans le livre | CANCEL
cancel | alexa hopla non annule | CANCEL
cancel | alexa c'est pas la bonne question annule s'il te plaît | CANCEL
cancel | alexa non attends annule ce que je viens de dire | CANCEL
cancel | alexa annule c'est mon fils qui a parlé | CANCEL
cancel | alexa laisse faire j'ai trouvé sur google | CANCEL | fr-CA
cancel | alexa non laisse faire c'était pas ça | CANCEL | fr-CA
cancel | alexa annule ça mautadine je me suis trompé | CANCEL | fr-CA
cancel | alexa oublie ça le petit a parlé à ma place | CANCEL | fr-CA
cancel | alexa annule la question de tantôt | CANCEL | fr-CA
cancel | alexa non non laisse faire pour astheure | CANCEL | fr-CA
stop | alexa stop le bébé dort | STOP
stop | alexa arrête on passe à table | STOP
stop | alexa c'est fini pour ce soir arrête | STOP
stop | alexa arrête le jeu des capitales | STOP
stop | alexa ça va on a fini arrête-toi | STOP | fr-CA
stop | alexa arrête les capitales on s'en va | STOP | fr-CA
stop | alexa stop c'est l'heure du dodo | STOP | fr-CA
stop | alexa c'est assez pour à soir arrête | STOP | fr-CA
launch | alexa tè lance-moi capitales du monde pour le petit | LAUNCH
launch | alexa ouvre capitales du monde on révise | LAUNCH
launch | alexa kenavo la radio ouvre capitales du monde | LAUNCH
launch | alexa je voudrais ouvrir capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde pour ma classe | LAUNCH | fr-CA
launch | alexa right ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa part le jeu capitales du monde pour les enfants | LAUNCH | fr-CA
official-name | alexa la capitale de la république algérienne démocratique et populaire | DZ
official-name | alexa c'est quoi la capitale de la république française | FR | fr-CA
official-name | alexa la capitale de la république tunisienne | TN
official-name | alexa c'est quoi la capitale du royaume de belgique | BE | fr-CA
# --- still more speakers
marseille | alexa à la bonne mère y a un pèlerinage de gens {} c'est quoi leur capitale | polonais=PL; philippins=PH; libanais=LB
marseille | alexa mon collègue du port autonome il est d'origine {} c'est quoi la capitale de là-bas | comorienne=KM; arménienne=AM; vietnamienne=VN
bretagne | alexa à saint-malo y a un ferry qui part {} quelle est la capitale | pour portsmouth en angleterre=GB-ENG; pour cork en irlande=IE; pour jersey=JE
alsace | alexa jo mon voisin il fait le trajet tous les jours {} c'est quoi la capitale | à bâle en suisse=CH; à karlsruhe en allemagne=DE; à luxembourg=LU
reunion | alexa zot i connaît la capitale {} mi rappelle pu | de la tanzanie=TZ; du mozambique=MZ; de l'éthiopie=ET
antilles | alexa an nou ka révisé la capitale {} | de porto rico=PR; des îles caïmans=KY; des bermudes=BM
malien | alexa le grand frère il parle de la coupe d'afrique la capitale {} c'est quoi | de la guinée-bissau=GW; du cap-vert=CV; de la gambie=GM
travail | alexa je suis pharmacienne et un client me demande la capitale {} je sais pas quoi dire | du monténégro=ME; de la macédoine du nord=MK; du kosovo=XK
travail | alexa je suis caissière et mon client il vient {} c'est quoi la capitale | de moldavie=MD; de géorgie le pays=GE; d'albanie=AL
travail | alexa je suis jardinier au jardin des plantes et j'ai une plante qui vient {} c'est quoi la capitale | de madagascar=MG; de nouvelle-calédonie=NC; de la guyane=GF
jeux | alexa pour le quiz de noël la capitale {} | de la finlande=FI; de l'estonie=EE; de l'islande=IS
enfants | alexa j'ai un atlas et le pays il est tout vert c'est {} c'est quoi la capitale | l'irlande=IE; la mauritanie=MR; le brésil=BR
anciens | alexa j'ai travaillé à la coopération au {} c'est quoi la capitale | niger=NE; tchad=TD; burundi=BI
acadie | alexa à moncton au festival acadien y a des gens {} c'est quoi la capitale de chez eux | de la louisiane=US-LA; de belle-île-en-mer enfin de france=FR; de saint-pierre-et-miquelon=PM | fr-CA
gaspesie | alexa à percé y a des touristes {} qui me demandent leur capitale | néerlandais=NL; japonais=JP; mexicains=MX | fr-CA
haitien | alexa tonton a travaillé {} c'est quoi la capitale là-bas | aux bahamas=BS; en guyane française=GF; aux îles turques-et-caïques=TC | fr-CA
jobs-qc | alexa j'suis infirmière aux urgences pis un patient vient {} c'est quoi la capitale | de l'iowa=US-IA; de l'arizona=US-AZ; du colorado=US-CO | fr-CA
jeux-qc | alexa à la soirée bingo le prix c'est un voyage {} c'est quoi la capitale | au costa rica=CR; en république dominicaine=DO; à cuba=CU | fr-CA
ados-qc | alexa j'suis down pour un voyage {} c'est quoi la capitale | en corée du sud=KR; au japon=JP; en thaïlande=TH | fr-CA
aines-qc | alexa mon petit-fils est parti planter des arbres {} c'est quoi la capitale | en colombie-britannique=CA-BC; en alberta=CA-AB; au yukon=CA-YT | fr-CA
# --- more follow-up, reverse, check, correction
follow-up | alexa ok merci et celle de l'écosse | GB-SCT
follow-up | alexa tè et la tunisie | TN
follow-up | alexa et après la lettonie | LV
follow-up | alexa pis la nouvelle-écosse c'est quoi | CA-NS | fr-CA
follow-up | alexa right pis l'île-du-prince-édouard | CA-PE | fr-CA
reverse-question | alexa douchanbé c'est la capitale de quel pays | CITY:Douchanbé
reverse-question | alexa nouakchott c'est où ça | CITY:Nouakchott
reverse-question | alexa iqaluit c'est la capitale de quoi | CITY:Iqaluit | fr-CA
reverse-question | alexa charlottetown c'est la capitale de quelle province | CITY:Charlottetown | fr-CA
yes-no-check | alexa le pépé dit que la capitale de l'écosse c'est glasgow c'est vrai | GB-SCT
yes-no-check | alexa la capitale de la bavière c'est munich hein | DE-BY
yes-no-check | alexa la capitale de la nouvelle-écosse c'est-tu halifax | CA-NS | fr-CA
self-correction | alexa la capitale du kenya ah non de l'ouganda | UG
self-correction | alexa capitale de la croatie pardon de la serbie | RS
self-correction | alexa la capitale du vermont pis non du maine | US-ME | fr-CA
help | alexa tè je sais pas comment on s'en sert explique | HELP
help | alexa comment ça marche pour les capitales des provinces | HELP | fr-CA
# --- follow-up
follow-up | alexa et celle du portugal tant que t'y es | PT
follow-up | alexa ok et pour l'espagne alors | ES
follow-up | alexa d'accord et la grèce c'est quoi sa capitale | GR
follow-up | alexa attends et le voisin la suisse | CH
follow-up | alexa bon et l'autriche maintenant | AT
follow-up | alexa et pour la belgique elle est où la capitale | BE
follow-up | alexa ah bon et celle de la croatie | HR
follow-up | alexa merci et la slovaquie | SK
follow-up | alexa pis celle du mexique | MX | fr-CA
follow-up | alexa ok pis l'alberta d'abord | CA-AB | fr-CA
follow-up | alexa right pis celle du maine | US-ME | fr-CA
follow-up | alexa et la capitale de l'autre là le niger | NE
follow-up | alexa et maintenant fais-moi le tchad | TD
follow-up | alexa encore une la capitale du congo kinshasa | CD
follow-up | alexa pis la même chose pour le vermont | US-VT | fr-CA
follow-up | alexa une autre la capitale de l'ouganda | UG | fr-CA
follow-up | alexa et celle de la somalie tu la connais | SO
follow-up | alexa et pour djibouti c'est pareil le nom de la ville | DJ
# --- plural-capitals
plural-capitals | alexa la bolivie elle a deux capitales c'est lesquelles | BO
plural-capitals | alexa c'est quoi les capitales de l'afrique du sud y en a trois je crois | ZA
plural-capitals | alexa pourquoi les pays-bas ils ont deux capitales c'est quoi | NL
plural-capitals | alexa quelles sont les deux capitales du bénin | BJ
plural-capitals | alexa la côte d'ivoire a combien de capitales et c'est lesquelles | CI
plural-capitals | alexa le sri lanka il a deux capitales donne-les-moi | LK
plural-capitals | alexa les capitales de la malaisie c'est kuala lumpur et quoi d'autre | MY
plural-capitals | alexa l'eswatini a deux capitales non c'est lesquelles | SZ
plural-capitals | alexa c'est quoi les capitales de la palestine | PS
plural-capitals | alexa le swaziland ses capitales c'est quoi | SZ | fr-CA
plural-capitals | alexa y a-tu deux capitales en bolivie | BO | fr-CA
plural-capitals | alexa dis-moi toutes les capitales de l'afrique du sud | ZA | fr-CA
plural-capitals | alexa la hollande elle a deux capitales amsterdam et la haye c'est ça | NL | fr-CA
plural-capitals | alexa la malaisie a-tu plusieurs capitales | MY | fr-CA
plural-capitals | alexa les deux capitales de la palestine ramallah et | PS | fr-CA
plural-capitals | alexa le bénin porto-novo et cotonou c'est les deux capitales | BJ
plural-capitals | alexa combien de capitales pour la côte d'ivoire | CI | fr-CA
plural-capitals | alexa ceylan avait deux capitales lesquelles | LK
# --- subdivision
subdivision | alexa c'est quoi la capitale de la bavière | DE-BY
subdivision | alexa la capitale de la saxe c'est leipzig ou dresde | DE-SN
subdivision | alexa quelle est la capitale de la basse-saxe | DE-NI
subdivision | alexa la capitale du schleswig-holstein | DE-SH
subdivision | alexa c'est quoi la capitale de la thuringe | DE-TH
subdivision | alexa la capitale du brandebourg c'est potsdam | DE-BB
subdivision | alexa la capitale de la californie c'est los angeles | US-CA
subdivision | alexa capitale du texas s'il te plaît | US-TX
subdivision | alexa quelle est la capitale de l'état de new york | US-NY
out-of-domain | alexa c'est quoi la capitale de la catalogne | FB
subdivision | alexa la capitale du queensland en australie | AU-QLD
subdivision | alexa c'est quoi la capitale de la tasmanie | AU-TAS
subdivision | alexa la capitale de l'état de victoria en australie | AU-VIC
subdivision | alexa la capitale du kerala | IN-KL
subdivision | alexa c'est quoi la capitale du rajasthan | IN-RJ
subdivision | alexa la capitale de goa en inde | IN-GA
subdivision | alexa c'est quoi la capitale du jalisco au mexique | MX-JAL
subdivision | alexa la capitale du yucatán | MX-YUC
subdivision | alexa la capitale de l'état de bahia au brésil | BR-BA
subdivision | alexa c'est quoi la capitale du minas gerais | BR-MG
subdivision | alexa c'est quoi la capitale de la nouvelle-calédonie | NC
subdivision | alexa la capitale de la polynésie française c'est papeete | PF
subdivision | alexa c'est quoi la capitale de wallis-et-futuna | WF
subdivision | alexa la capitale des terres australes françaises | TF
subdivision | alexa c'est quoi la capitale de l'ontario | CA-ON | fr-CA
subdivision | alexa la capitale du québec c'est-tu québec ou montréal | CA-QC | fr-CA
subdivision | alexa c'est quoi la capitale de la colombie-britannique | CA-BC | fr-CA
subdivision | alexa la capitale du manitoba c'est winnipeg | CA-MB | fr-CA
subdivision | alexa c'est quoi la capitale de l'état de washington pas la ville | US-WA | fr-CA
subdivision | alexa la capitale du michigan c'est-tu détroit | US-MI | fr-CA
subdivision | alexa c'est quoi la capitale de l'illinois | US-IL | fr-CA
subdivision | alexa la capitale de la nouvelle-galles du sud | AU-NSW | fr-CA
subdivision | alexa la capitale du groenland c'est nuuk | GL | fr-CA
subdivision | alexa la capitale de porto rico | PR | fr-CA
subdivision | alexa c'est quoi la capitale de l'alaska | US-AK | fr-CA
subdivision | alexa c'est quoi la capitale d'hawaï | US-HI | fr-CA
# --- out-of-domain
out-of-domain | alexa mets-moi jul sur spotify | FB
out-of-domain | alexa il fait combien à marseille demain | FB
out-of-domain | alexa c'est quand le prochain match de l'om | FB
out-of-domain | alexa oh fan mets la radio | FB
out-of-domain | alexa rajoute du pastis sur la liste des courses | FB
out-of-domain | alexa ça donne quoi la marée à brest ce soir | FB
out-of-domain | alexa joue un air de biniou | FB
out-of-domain | alexa c'est quoi la recette du kouign-amann | FB
out-of-domain | alexa quelle heure il est à strasbourg | FB
out-of-domain | alexa allume la lumière du salon | FB
out-of-domain | alexa baisse le chauffage s'il te plaît | FB
out-of-domain | alexa c'est quoi le résultat de l'aviron bayonnais | FB
out-of-domain | alexa raconte-moi une blague | FB
out-of-domain | alexa mets un minuteur de dix minutes pour les pâtes | FB
out-of-domain | alexa réveille-moi à cinq heures et demie | FB
out-of-domain | alexa c'est combien un euro en dollars canadiens | FB
out-of-domain | alexa appelle tata fatou | FB
out-of-domain | alexa c'est quoi les horaires de la piscine de montreuil | FB
out-of-domain | alexa combien il y a d'habitants en chine | FB
out-of-domain | alexa c'est quoi la monnaie du japon | FB
out-of-domain | alexa quelle langue on parle au brésil | FB
out-of-domain | alexa c'est quoi le plus haut sommet d'afrique | FB
out-of-domain | alexa c'est quoi le plus long fleuve du monde | FB
out-of-domain | alexa qui est le président du sénégal | FB
out-of-domain | alexa c'est quoi l'hymne de l'allemagne | FB
out-of-domain | alexa combien de temps en avion pour aller à hanoï | FB
out-of-domain | alexa traduis bonjour en vietnamien | FB
out-of-domain | alexa c'est quoi le capital de départ au monopoly | FB
out-of-domain | alexa combien j'ai de capital sur mon livret a | FB
out-of-domain | alexa c'est quoi le capital social d'une sarl | FB
out-of-domain | alexa la peine capitale elle existe encore aux états-unis | FB
out-of-domain | alexa c'est quoi une lettre capitale | FB
out-of-domain | alexa comment on écrit en lettres capitales sur un chèque | FB
out-of-domain | alexa c'est quoi les sept péchés capitaux | FB
out-of-domain | alexa c'est quoi la capitale de la gastronomie | FB
out-of-domain | alexa quelle est la capitale mondiale du parfum | FB
out-of-domain | alexa c'est quoi la capitale des gaules | FB
out-of-domain | alexa c'est quoi la capitale européenne de la culture cette année | FB
out-of-domain | alexa c'est quoi la capitale de la provence | FB
out-of-domain | alexa la capitale de la normandie c'est rouen ou caen | FB
out-of-domain | alexa c'est quoi la capitale de l'alsace | FB
out-of-domain | alexa quelle est la capitale du pays basque | FB
out-of-domain | alexa c'est quoi la capitale de la savoie | FB
out-of-domain | alexa c'est quoi la capitale de la bourgogne | FB
out-of-domain | alexa c'est quoi la capitale de la kabylie | FB
out-of-domain | alexa c'est quoi la capitale de l'atlantide | FB
out-of-domain | alexa c'est quoi la capitale du wakanda | FB
out-of-domain | alexa c'est quoi la capitale de la lune | FB
out-of-domain | alexa quelle est la capitale de mars la planète | FB
out-of-domain | alexa c'est quoi la capitale de l'union soviétique | FB
out-of-domain | alexa c'est quoi la capitale de la yougoslavie | FB
out-of-domain | alexa c'est quoi la capitale de la tchécoslovaquie | FB
out-of-domain | alexa c'est quoi la capitale de l'empire romain | FB
out-of-domain | alexa c'est quoi la capitale de la sibérie | FB
out-of-domain | alexa c'est quoi la capitale de la sicile | FB
out-of-domain | alexa c'est quoi la capitale de la toscane | FB
out-of-domain | alexa c'est quoi la capitale de l'andalousie | FB
out-of-domain | alexa c'est quoi la capitale du kurdistan | FB
out-of-domain | alexa c'est quoi la capitale de la flandre | FB
out-of-domain | alexa c'est quoi la capitale de la wallonie | FB
out-of-domain | alexa c'est quoi la capitale du tyrol | FB
out-of-domain | alexa c'est quoi la capitale de la patagonie | FB
out-of-domain | alexa c'est quoi la capitale du sahara | FB
out-of-domain | alexa c'est quoi la capitale de l'europe | FB
out-of-domain | alexa c'est quoi la capitale de l'afrique | FB
out-of-domain | alexa mon capital santé il est bon tu crois | FB
out-of-domain | alexa c'est quoi un capital décès | FB
out-of-domain | alexa c'est quoi le film capitaine marvel | FB
out-of-domain | alexa mets france info | FB
out-of-domain | alexa lance une playlist de zouk | FB
out-of-domain | alexa mets du maloya | FB
out-of-domain | alexa ajoute un rendez-vous chez le dentiste mardi | FB
out-of-domain | alexa quel temps il fait à ajaccio | FB
out-of-domain | alexa combien de kilomètres entre lyon et paris | FB
out-of-domain | alexa c'est combien le plein de gasoil | FB
out-of-domain | alexa c'est quoi le programme à la télé ce soir | FB
out-of-domain | alexa éteins tout | FB
out-of-domain | alexa lis-moi une histoire pour dormir | FB
out-of-domain | alexa combien font sept fois huit | FB
out-of-domain | alexa comment on dit capitale en anglais | FB
out-of-domain | alexa c'est quoi la météo à montréal | FB | fr-CA
out-of-domain | alexa mets-moi du ginette reno | FB | fr-CA
out-of-domain | alexa c'est quand la game du canadien à soir | FB | fr-CA
out-of-domain | alexa ajoute du lait pis des oeufs sur ma liste d'épicerie | FB | fr-CA
out-of-domain | alexa y fait-tu frette dehors | FB | fr-CA
out-of-domain | alexa part le char à distance | FB | fr-CA
out-of-domain | alexa c'est quoi l'heure à vancouver | FB | fr-CA
out-of-domain | alexa combien ça coûte un billet pour les îles de la madeleine | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale mondiale de la poutine | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la gaspésie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'abitibi | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de l'acadie | FB | fr-CA
out-of-domain | alexa quelle est la capitale du saguenay | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la côte-nord | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du bas-saint-laurent | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale des cantons-de-l'est | FB | fr-CA
out-of-domain | alexa la capitale de la mode c'est-tu milan ou paris | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la nouvelle-france | FB | fr-CA
out-of-domain | alexa combien y a de provinces au canada | FB | fr-CA
out-of-domain | alexa qui est le premier ministre du québec | FB | fr-CA
out-of-domain | alexa c'est quoi un gain en capital | FB | fr-CA
out-of-domain | alexa comment je fais un reer | FB | fr-CA
out-of-domain | alexa joue la game de trivia de la soirée | FB | fr-CA
out-of-domain | alexa mets de la musique de cabane à sucre | FB | fr-CA
out-of-domain | alexa c'est quoi le score des remparts | FB | fr-CA
out-of-domain | alexa sak pase mets konpa | FB | fr-CA
out-of-domain | alexa yalla mets fairouz | FB | fr-CA
out-of-domain | alexa la capitale de la planète hoth dans star wars | FB | fr-CA
out-of-domain | alexa c'est quoi le drapeau du brésil | FB | fr-CA
out-of-domain | alexa quelle heure il est à tokyo | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de narnia | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale de la laponie | FB | fr-CA
out-of-domain | alexa c'est quoi la capitale du nunavik | FB | fr-CA
out-of-domain | alexa c'est quoi la plus grosse ville du canada | FB | fr-CA
out-of-domain | alexa commande-moi une pizza | FB | fr-CA
out-of-domain | alexa fais-moi un rappel pour sortir les vidanges | FB | fr-CA
out-of-domain | alexa y a-tu de la construction sur la quarante | FB | fr-CA
# --- help
help | alexa comment ça marche ton truc des capitales | HELP
help | alexa je comprends pas qu'est-ce que je dois dire | HELP
help | alexa aide-moi s'il te plaît | HELP
help | alexa oh fan j'y comprends rien explique-moi | HELP
help | alexa qu'est-ce que tu sais faire avec les capitales | HELP
help | alexa tu peux m'expliquer comment on joue | HELP
help | alexa je dis quoi pour avoir une capitale | HELP
help | alexa c'est quoi les règles | HELP
help | alexa au secours je suis perdu | HELP
help | alexa euh comment je te demande un pays | HELP
help | alexa mode d'emploi s'il te plaît | HELP
help | alexa la mamie elle sait pas comment faire tu peux l'aider | HELP
help | alexa ma doue je sais pas quoi dire | HELP
help | alexa hopla comment on fait | HELP
help | alexa also je ne comprends pas le fonctionnement | HELP
help | alexa um how does it work euh comment ça marche | HELP
help | alexa quelles questions je peux te poser | HELP
help | alexa j'ai besoin d'aide avec le jeu des capitales | HELP
help | alexa montre-moi ce que tu peux faire | HELP
help | alexa comment ça fonctionne ton affaire | HELP | fr-CA
help | alexa aide-moi donc | HELP | fr-CA
help | alexa je sais pas quoi te demander pantoute | HELP | fr-CA
help | alexa right comment ça marche icitte | HELP | fr-CA
help | alexa c'est quoi que je peux dire | HELP | fr-CA
help | alexa explique-moi comment ça marche mautadine | HELP | fr-CA
help | alexa j'ai besoin d'aide | HELP | fr-CA
help | alexa manman comprend pas peux-tu l'aider | HELP | fr-CA
help | alexa genre comment je fais pour demander une capitale | HELP | fr-CA
# --- stop
stop | alexa stop | STOP
stop | alexa arrête ça suffit | STOP
stop | alexa oh fan arrête | STOP
stop | alexa tais-toi maintenant | STOP
stop | alexa c'est bon arrête-toi | STOP
stop | alexa ferme-la | STOP
stop | alexa stop stop stop | STOP
stop | alexa on arrête là merci | STOP
stop | alexa kenavo arrête | STOP
stop | alexa ça suffit les capitales | STOP
stop | alexa halte | STOP
stop | alexa arrête de parler les petits dorment | STOP
stop | alexa bon j'en ai assez arrête | STOP
stop | alexa quitte le jeu | STOP
stop | alexa éteins-toi | STOP
stop | alexa arrête-toi | STOP | fr-CA
stop | alexa ok c'est beau arrête | STOP | fr-CA
stop | alexa ferme ça | STOP | fr-CA
stop | alexa arrête ça là | STOP | fr-CA
stop | alexa ça va faire arrête | STOP | fr-CA
stop | alexa stop là j'ai fini | STOP | fr-CA
stop | alexa sors du jeu | STOP | fr-CA
stop | alexa c'est assez torrieux arrête | STOP | fr-CA
stop | alexa ta gueule | STOP | fr-CA
stop | alexa tais-toi donc | STOP | fr-CA
stop | alexa on arrête on va souper | STOP | fr-CA
# --- cancel
cancel | alexa annule | CANCEL
cancel | alexa annule ça | CANCEL
cancel | alexa non laisse tomber | CANCEL
cancel | alexa oublie ce que j'ai dit | CANCEL
cancel | alexa annule la question | CANCEL
cancel | alexa non non annule | CANCEL
cancel | alexa laisse tomber c'est pas grave | CANCEL
cancel | alexa tè annule | CANCEL
cancel | alexa annule ma demande | CANCEL
cancel | alexa pardon annule je me suis trompé | CANCEL
cancel | alexa je veux annuler | CANCEL
cancel | alexa oublie ça | CANCEL
cancel | alexa annule tout | CANCEL
cancel | alexa non rien annule | CANCEL
cancel | alexa laisse faire | CANCEL | fr-CA
cancel | alexa annule ça là | CANCEL | fr-CA
cancel | alexa oublie ça d'abord | CANCEL | fr-CA
cancel | alexa non annule annule | CANCEL | fr-CA
cancel | alexa annule la dernière affaire | CANCEL | fr-CA
cancel | alexa laisse faire c'est correct | CANCEL | fr-CA
cancel | alexa j'veux annuler ça | CANCEL | fr-CA
cancel | alexa right annule | CANCEL | fr-CA
cancel | alexa oublie ma question | CANCEL | fr-CA
cancel | alexa annule s'il vous plaît | CANCEL | fr-CA
cancel | alexa non c'est pas ça annule | CANCEL | fr-CA
# --- launch
launch | alexa ouvre capitales du monde | LAUNCH
launch | alexa lance capitales du monde | LAUNCH
launch | alexa démarre le jeu capitales du monde | LAUNCH
launch | alexa oh fan ouvre capitales du monde | LAUNCH
launch | alexa hopla lance capitales du monde | LAUNCH
launch | alexa ouvre-moi capitales du monde s'il te plaît | LAUNCH
launch | alexa je veux jouer à capitales du monde | LAUNCH
launch | alexa mets capitales du monde pour les enfants | LAUNCH
launch | alexa ouvre l'appli capitales du monde | LAUNCH
launch | alexa ouvre capitales du monde | LAUNCH | fr-CA
launch | alexa part capitales du monde | LAUNCH | fr-CA
launch | alexa démarre capitales du monde | LAUNCH | fr-CA
launch | alexa lance-moi capitales du monde | LAUNCH | fr-CA
launch | alexa ouvre donc capitales du monde | LAUNCH | fr-CA
launch | alexa on joue à capitales du monde | LAUNCH | fr-CA
# --- yes-no-check
yes-no-check | alexa est-ce que la capitale de l'australie c'est sydney | AU
yes-no-check | alexa c'est vrai que la capitale du brésil c'est rio | BR
yes-no-check | alexa la capitale de la turquie c'est ankara hein | TR
yes-no-check | alexa est-ce que berne c'est bien la capitale de la suisse | CH
yes-no-check | alexa la capitale du canada c'est bien ottawa et pas toronto | CA
yes-no-check | alexa c'est bien tallinn la capitale de l'estonie | EE
yes-no-check | alexa la capitale du nigeria c'est lagos oui ou non | NG
yes-no-check | alexa mon fils dit que la capitale du maroc c'est casablanca il a tort hein | MA
yes-no-check | alexa est-ce que la capitale du vietnam c'est hô chi minh ville | VN
yes-no-check | alexa c'est bien canberra pour l'australie | AU
yes-no-check | alexa la capitale de la tanzanie c'est dar es salaam pas vrai | TZ
yes-no-check | alexa vrai ou faux la capitale du kazakhstan c'est almaty | KZ
yes-no-check | alexa la capitale de la nouvelle-zélande c'est auckland | NZ
yes-no-check | alexa c'est-tu vrai que la capitale des états-unis c'est new york | US | fr-CA
yes-no-check | alexa la capitale de l'ontario c'est-tu ottawa | CA-ON | fr-CA
yes-no-check | alexa la capitale du pakistan c'est-tu karachi | PK | fr-CA
yes-no-check | alexa est-ce que bogota c'est la capitale de la colombie | CO | fr-CA
yes-no-check | alexa la capitale de la floride c'est-tu miami | US-FL | fr-CA
yes-no-check | alexa tonton dit que la capitale du myanmar c'est rangoun c'est-tu correct | MM | fr-CA
yes-no-check | alexa la capitale de la bolivie c'est la paz right | BO | fr-CA
# --- self-correction
self-correction | alexa la capitale de la suède euh non de la norvège | NO
self-correction | alexa c'est quoi la capitale de l'autriche attends non de l'australie | AU
self-correction | alexa la capitale de l'iran pardon de l'irak | IQ
self-correction | alexa la capitale de la slovénie non je veux dire la slovaquie | SK
self-correction | alexa la capitale du niger euh du nigeria | NG
self-correction | alexa la capitale de la gambie oh non de la zambie | ZM
self-correction | alexa capitale de la guinée non de la guinée équatoriale | GQ
self-correction | alexa la capitale de la dominique pardon de la république dominicaine | DO
self-correction | alexa la capitale du mali non attends de la mauritanie | MR
self-correction | alexa c'est quoi la capitale de la colombie non du costa rica | CR
self-correction | alexa la capitale de l'ohio non de l'iowa | US-IA | fr-CA
self-correction | alexa la capitale du yukon non du nunavut | CA-NU | fr-CA
self-correction | alexa la capitale de la lettonie oups de la lituanie | LT | fr-CA
self-correction | alexa la capitale du honduras non du nicaragua | NI | fr-CA
self-correction | alexa la capitale de l'uruguay je veux dire du paraguay | PY | fr-CA
self-correction | alexa la capitale de la malaisie non de singapour | SG | fr-CA
# --- reverse-question
reverse-question | alexa ouagadougou c'est la capitale de quel pays | CITY:Ouagadougou
reverse-question | alexa bichkek c'est où | CITY:Bichkek
reverse-question | alexa de quel pays tbilissi est la capitale | CITY:Tbilissi
reverse-question | alexa oulan-bator c'est la capitale de quoi | CITY:Oulan-Bator
reverse-question | alexa vientiane c'est la capitale de quel pays | CITY:Vientiane
reverse-question | alexa mascate c'est dans quel pays | CITY:Mascate
reverse-question | alexa asmara c'est la capitale de quel pays africain | CITY:Asmara
reverse-question | alexa windhoek c'est la capitale de quel pays | CITY:Windhoek
reverse-question | alexa la valette c'est la capitale de quoi | CITY:La Valette
reverse-question | alexa achgabat c'est quel pays | CITY:Achgabat
reverse-question | alexa paramaribo c'est la capitale de quel pays | CITY:Paramaribo | fr-CA
reverse-question | alexa regina c'est la capitale de quelle province | CITY:Regina | fr-CA
reverse-question | alexa fredericton c'est la capitale de quoi | CITY:Fredericton | fr-CA
reverse-question | alexa tegucigalpa c'est dans quel pays | CITY:Tegucigalpa | fr-CA
reverse-question | alexa lusaka c'est la capitale de quel pays | CITY:Lusaka | fr-CA
reverse-question | alexa honiara c'est la capitale de quel pays | CITY:Honiara | fr-CA
# --- official-name
official-name | alexa c'est quoi la capitale de la république fédérale d'allemagne | DE
official-name | alexa la capitale du royaume du maroc | MA
official-name | alexa la capitale de la confédération helvétique | CH
official-name | alexa quelle est la capitale de la république hellénique | GR
official-name | alexa la capitale de la république populaire de chine | CN
official-name | alexa la capitale du royaume hachémite de jordanie | JO
official-name | alexa la capitale de la fédération de russie | RU
official-name | alexa c'est quoi la capitale de la république arabe d'égypte | EG
official-name | alexa la capitale de la république islamique d'iran | IR
official-name | alexa la capitale du grand-duché de luxembourg | LU
official-name | alexa c'est quoi la capitale des états-unis d'amérique | US | fr-CA
official-name | alexa la capitale de la république de corée | KR | fr-CA
official-name | alexa la capitale de la république démocratique du congo | CD | fr-CA
official-name | alexa la capitale de la république bolivarienne du venezuela | VE | fr-CA
official-name | alexa la capitale du royaume-uni de grande-bretagne et d'irlande du nord | GB | fr-CA
official-name | alexa la capitale de la république orientale de l'uruguay | UY | fr-CA
# --- everyday-name
everyday-name | alexa c'est quoi la capitale de la hollande | NL
everyday-name | alexa la capitale de l'angleterre c'est londres hein | GB-ENG
everyday-name | alexa c'est quoi la capitale de la grande-bretagne | GB
everyday-name | alexa la capitale de la tchéquie | CZ
everyday-name | alexa c'est quoi la capitale de l'amérique | US
everyday-name | alexa la capitale des émirats | AE
everyday-name | alexa c'est quoi la capitale de la rdc | CD
everyday-name | alexa la capitale de la centrafrique | CF
everyday-name | alexa c'est quoi la capitale de la biélorussie | BY
everyday-name | alexa la capitale de la birmanie | MM
everyday-name | alexa la capitale des states | US | fr-CA
everyday-name | alexa c'est quoi la capitale du swaziland | SZ | fr-CA
everyday-name | alexa la capitale de la macédoine | MK | fr-CA
everyday-name | alexa c'est quoi la capitale de la bosnie | BA | fr-CA
everyday-name | alexa la capitale de l'arabie | SA | fr-CA
everyday-name | alexa c'est quoi la capitale du timor | TL | fr-CA
# --- shared-name
shared-name | alexa c'est quoi la capitale du congo | CD+CG
shared-name | alexa la capitale de la corée | KP+KR
shared-name | alexa c'est quoi la capitale de la géorgie | GE+US-GA
shared-name | alexa les capitales des deux congo | CD+CG
shared-name | alexa les capitales des deux corées | KP+KR
shared-name | alexa la capitale de la géorgie le pays du caucase | GE
shared-name | alexa la capitale de la géorgie aux états-unis | US-GA
shared-name | alexa la capitale du congo brazzaville | CG
shared-name | alexa la capitale de la corée du sud | KR
shared-name | alexa c'est quoi la capitale du congo | CD+CG | fr-CA
shared-name | alexa c'est quoi la capitale de la géorgie l'état américain | US-GA | fr-CA
shared-name | alexa la capitale de la géorgie | GE+US-GA | fr-CA
shared-name | alexa la capitale de la corée | KP+KR | fr-CA
shared-name | alexa la capitale du congo kinshasa | CD | fr-CA
shared-name | alexa la capitale des îles vierges | VG+VI
shared-name | alexa la capitale des îles vierges britanniques | VG | fr-CA
shared-name | alexa la capitale des îles vierges américaines | VI | fr-CA
"""

if __name__ == "__main__":
    build_round(38, "fr", LINES, sys.argv, "tests/Eval/fr/round38/source/build_corpus.py")
