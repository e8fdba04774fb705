"""Round 22, French (fr-FR, and fr-CA for about a third of the lines): a new author's own mix, written blind, with
speakers chosen apart from rounds 19 to 21. **fr-FR**: a Vendéen farmer ("ben dame", "mon gars"), Franc-Comtois
("ça joue", "dis voir"), Burgundy grape pickers at the harvest, a Sète fish market, Lens and the mining basin with a
Polish grandfather, a Portuguese-French family in Champigny ("ó pá"), a Tunisian-French mother ("yezzi", "barcha"), a
Vietnamese-French grandmother, a Malagasy student, a German exchange pupil (article and gender slips, "wie sagt man"),
posh Paris ("c'est fou", "hyper", "franchement"); a rugby Six Nations evening, the Olympics and the Euro, a crossword
and "des chiffres et des lettres", GeoGuessr, a delivery rider, cabin crew, a sailor on leave, a primary teacher
preparing an exposé, a wedding and honeymoon plan, jogging with earbuds, a hairdresser, a dentist's waiting room.
**fr-CA**: Gaspésie, Abitibi miners, Outaouais (Gatineau across from Ottawa), Trois-Rivières, Îles-de-la-Madeleine,
Brayons of Madawaska, Franco-Albertans, West Island bilinguals, newcomers in francisation classes and the citizenship
test (provinces and territories), the cabane à sucre, snow removal, a hockey pool, curling, a CLSC, a garage, a
Baie-James work camp ("tiguidou", "pantoute", "ayoye", "câline", "faque", "chus", "y'a-tu", "sais-tu", "en masse",
"tantôt", "ben là", "voyons donc"). Plus fillers and hesitations ("euh", "bon alors", "attends attends", "hum"),
self-corrections ("non attends", "pardon", "je veux dire", "enfin", "oups"), follow-ups, yes/no checks with right and
wrong cities, reverse questions, official, everyday and old names (Haute-Volta, Dahomey, Ceylan, Siam, Formose,
Nyassaland, Bechuanaland, Basutoland, Oubangui-Chari, Nouvelles-Hébrides, Tanganyika, Abyssinie, Zaïre, Rhodésie),
shared names (Congo, Corée, Géorgie, îles Vierges), every several-capital country and Palestine in the plural,
subdivisions (Canadian provinces, US states, German Länder, UK nations, Australian states, Brazilian, Mexican and
Indian states), territories (overseas France, Caribbean, Pacific), and recognition artefacts (lost accents, split or
joined words, English spellings). Out of domain: other facts about a named country (population, currency, language,
time zone, flag, anthem, president, weather, distance, plug type, visa), "capital" in other senses (capital social,
peine capitale, les sept péchés capitaux, lettre capitale, Le Capital, capital-décès, capital santé, capitale
européenne de la culture, capital de départ), and other skills' requests.
`python3 tests/Eval/fr/round22/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 22's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# direct questions, fr-FR
direct-question | ben dame c'est quoi la capitale {} mon gars | de la mauritanie=MR; du turkménistan=TM; de l'ouzbékistan=UZ
direct-question | quelle est donc la capitale {} | du kirghizstan=KG; du tadjikistan=TJ; de la mongolie=MN
direct-question | c'est laquelle la capitale {} déjà | de la lettonie=LV; de l'estonie=EE; de la lituanie=LT
direct-question | la capitale {} c'est quoi | du bhoutan=BT; du népal=NP; du laos=LA
direct-question | elle s'appelle comment la capitale {} | du malawi=MW; de la zambie=ZM; du zimbabwe=ZW
direct-question | quelle ville est la capitale {} | du honduras=HN; du nicaragua=NI; du guatemala=GT
direct-question | quelle est la capitale actuelle {} | du burundi=BI; de la tanzanie=TZ; du myanmar=MM
direct-question | c'est quoi sa capitale {} | au gabon=GA; au togo=TG; au niger=NE
direct-question | quelle est la ville capitale {} | de la slovénie=SI; de la slovaquie=SK; de la croatie=HR
direct-question | capitale {} c'est quoi | du yémen=YE; d'oman=OM; du qatar=QA
direct-question | c'est quoi la capitale {} | de l'érythrée=ER; de djibouti=DJ; de la somalie=SO | fr-CA
direct-question | c'est-tu quoi la capitale {} | du soudan du sud=SS; du tchad=TD; de la libye=LY | fr-CA
direct-question | y'a-tu quelqu'un qui sait la capitale {} | de la jamaïque=JM; d'haïti=HT; de cuba=CU | fr-CA
direct-question | faque c'est quoi la capitale {} | du paraguay=PY; de l'uruguay=UY; de l'équateur=EC | fr-CA
direct-question | chus mêlé c'est quoi la capitale {} | de la nouvelle-zélande=NZ; des fidji=FJ; des samoa=WS | fr-CA
direct-question | ayoye c'est quoi déjà la capitale {} | du kazakhstan=KZ; de l'azerbaïdjan=AZ; de l'arménie=AM | fr-CA
direct-question | ça joue tu sais la capitale {} toi | de la roumanie=RO; de la bulgarie=BG; de la moldavie=MD
direct-question | dis voir c'est quoi la capitale {} | de la hongrie=HU; de la serbie=RS; du monténégro=ME
direct-question | c'est quelle ville la capitale {} | de l'albanie=AL; de la macédoine du nord=MK; du kosovo=XK
direct-question | quelle est la capitale {} s'il te plaît | du cameroun=CM; du sénégal=SN; du mali=ML
# polite
polite-request | est-ce que tu pourrais me dire la capitale {} | de la namibie=NA; du botswana=BW; du lesotho=LS
polite-request | tu peux me donner la capitale {} s'il te plaît | du rwanda=RW; de l'ouganda=UG; du kenya=KE
polite-request | pourriez-vous m'indiquer la capitale {} | de l'éthiopie=ET; du soudan=SD; de l'égypte=EG
polite-request | alexa sois gentille donne-moi la capitale {} | du ghana=GH; du libéria=LR; de la sierra leone=SL
polite-request | j'aimerais bien connaître la capitale {} | de la guinée équatoriale=GQ; de sao tomé-et-principe=ST; du cap-vert=CV
polite-request | ce serait possible d'avoir la capitale {} | du vanuatu=VU; des îles salomon=SB; de la papouasie-nouvelle-guinée=PG
polite-request | peux-tu me dire c'est quoi la capitale {} s'il vous plaît | du brunei=BN; du timor oriental=TL; de singapour=SG | fr-CA
polite-request | aurais-tu la gentillesse de me dire la capitale {} | du liechtenstein=LI; de saint-marin=SM; de monaco=MC
polite-request | serais-tu capable de me trouver la capitale {} | de la dominique=DM; de la grenade=GD; de sainte-lucie=LC | fr-CA
polite-request | si ça te dérange pas c'est quoi la capitale {} | des bahamas=BS; de la barbade=BB; du belize=BZ | fr-CA
polite-request | merci de me rappeler la capitale {} | du koweït=KW; de bahreïn=BH; de la jordanie=JO
polite-request | j'voudrais savoir la capitale {} | de l'irak=IQ; de l'iran=IR; de la syrie=SY | fr-CA
# imperative
imperative | donne la capitale {} | du pakistan=PK; du bangladesh=BD; de l'afghanistan=AF
imperative | trouve-moi la capitale {} | des maldives=MV; de maurice=MU; des seychelles=SC
imperative | dis-moi vite la capitale {} | des comores=KM; de madagascar=MG; du mozambique=MZ
imperative | cherche la capitale {} | du suriname=SR; du guyana=GY; du venezuela=VE
imperative | rappelle-moi la capitale {} | de chypre=CY; de malte=MT; de l'islande=IS
imperative | envoye dis-moi la capitale {} | du chili=CL; de l'argentine=AR; du pérou=PE | fr-CA
imperative | donne-moi donc la capitale {} | de la colombie=CO; du panama=PA; du costa rica=CR | fr-CA
imperative | annonce-moi la capitale {} | des tonga=TO; des tuvalu=TV; de nauru=NR
imperative | sors-moi la capitale {} | de la micronésie=FM; des palaos=PW; des îles marshall=MH
# do-you-know
do-you-know | est-ce que tu connais la capitale {} | du kiribati=KI; de la guinée-bissau=GW; de la gambie=GM
do-you-know | tu la connais toi la capitale {} | de la tunisie=TN; de l'algérie=DZ; du maroc=MA
do-you-know | sais-tu c'est quoi la capitale {} | de l'angola=AO; de la république centrafricaine=CF; de l'eswatini=SZ | fr-CA
do-you-know | tu saurais pas par hasard la capitale {} | de la biélorussie=BY; de l'ukraine=UA; de la géorgie le pays=GE
do-you-know | tu sais-tu la capitale {} | du viêt nam=VN; de la thaïlande=TH; du cambodge=KH | fr-CA
do-you-know | as-tu une idée de la capitale {} | de l'indonésie=ID; des philippines=PH; de la corée du nord=KP | fr-CA
do-you-know | vous savez quelle est la capitale {} | de la norvège=NO; de la suède=SE; de la finlande=FI
# leading filler
leading-filler | euh bon alors la capitale {} | du danemark=DK; de l'irlande=IE; du portugal=PT
leading-filler | hum attends attends la capitale {} c'est quoi | de la pologne=PL; de la tchéquie=CZ; de l'autriche=AT
leading-filler | bon ben euh c'est quoi la capitale {} | de la grèce=GR; de la turquie=TR; du liban=LB | fr-CA
leading-filler | ouais euh la capitale {} | de l'inde=IN; de la chine=CN; du japon=JP
leading-filler | alors alors alors la capitale {} | de l'arabie saoudite=SA; des émirats arabes unis=AE; d'israël=IL
leading-filler | hé ho alexa la capitale {} | du brésil=BR; du mexique=MX; du canada=CA
leading-filler | ben là euh la capitale {} c'est quoi | de la russie=RU; de l'allemagne=DE; de l'espagne=ES | fr-CA
leading-filler | heu heu la capitale {} | de l'italie=IT; de la suisse=CH; de la belgique=BE
leading-filler | ah oui tiens la capitale {} | du luxembourg=LU; d'andorre=AD; du vatican=VA
# trailing words
trailing-words | la capitale {} c'est pour un exposé | du nigeria=NG; du bénin le pays=BJ; du burkina faso=BF
trailing-words | capitale {} merci beaucoup | des états-unis=US; du royaume-uni=GB; de la france=FR
trailing-words | la capitale {} je m'en souviens jamais | de la côte d'ivoire=CI; de la guinée=GN; du sri lanka=LK
trailing-words | c'est quoi la capitale {} tiguidou merci | de l'australie=AU; de la nouvelle-calédonie=NC; de la polynésie française=PF | fr-CA
trailing-words | la capitale {} pour mes mots croisés | de l'équateur en cinq lettres=EC; du togo en quatre lettres=TG; du pérou en quatre lettres=PE
trailing-words | la capitale {} c'est pour le quiz de ce soir | de la bolivie=BO; des pays-bas=NL; de la malaisie=MY
trailing-words | la capitale {} pis vite | du salvador=SV; de la république dominicaine=DO; de trinité-et-tobago=TT | fr-CA
# bare name
bare-name | capitale {} | ouzbékistan=UZ; islande=IS; mongolie=MN
bare-name | {} capitale | laos=LA; bhoutan=BT; bolivie=BO
bare-name | capitale de {} | cuba=CU; oman=OM; fidji=FJ | fr-CA
bare-name | {} sa capitale | estonie=EE; arménie=AM; maldives=MV
# one-shot
one-shot | demande à capitales du monde la capitale {} | de la lettonie=LV; du soudan=SD; de la croatie=HR
one-shot | alexa ouvre capitales du monde et dis-moi la capitale {} | du vietnam=VN; de l'uruguay=UY; du ghana=GH
one-shot | lance capitales du monde pour la capitale {} | de la jamaïque=JM; du kenya=KE; de la hongrie=HU | fr-CA
one-shot | demande à capitales du monde c'est quoi la capitale {} | du yukon=CA-YT; du manitoba=CA-MB; du nunavut=CA-NU | fr-CA
one-shot | avec capitales du monde cherche la capitale {} | du népal=NP; de la zambie=ZM; du tchad=TD
# launch
launch | ouvre capitales du monde | LAUNCH
launch | alexa lance capitales du monde | LAUNCH
launch | démarre capitales du monde s'il te plaît | LAUNCH
launch | je veux jouer à capitales du monde | LAUNCH
launch | ouvre-moi capitales du monde | LAUNCH | fr-CA
launch | part capitales du monde | LAUNCH | fr-CA
launch | lance le jeu capitales du monde | LAUNCH | fr-CA
launch | on va faire capitales du monde | LAUNCH
launch | mets capitales du monde | LAUNCH
launch | active capitales du monde | LAUNCH | fr-CA
launch | capitales du monde | LAUNCH
launch | commence capitales du monde | LAUNCH
# plural capitals
plural-capitals | c'est quoi les capitales {} | de l'afrique du sud=ZA; de la bolivie=BO; des pays-bas=NL
plural-capitals | quelles sont les deux capitales {} | de la malaisie=MY; du bénin=BJ; du sri lanka=LK
plural-capitals | donne-moi toutes les capitales {} | de l'afrique du sud=ZA; de la côte d'ivoire=CI; de l'eswatini=SZ
plural-capitals | ils ont combien de capitales {} | en afrique du sud=ZA; en bolivie=BO; au swaziland=SZ
plural-capitals | c'est-tu vrai qu'il y a deux capitales {} | en bolivie=BO; aux pays-bas=NL; en malaisie=MY | fr-CA
plural-capitals | nomme-moi les capitales {} | du bénin=BJ; de la côte d'ivoire=CI; du sri lanka=LK | fr-CA
plural-capitals | c'est quoi les deux villes capitales {} | de la palestine=PS; des territoires palestiniens=PS; de l'eswatini=SZ
plural-capitals | les trois capitales {} c'est lesquelles | de l'afrique du sud=ZA
plural-capitals | pourquoi la hollande a deux capitales c'est lesquelles | NL
plural-capitals | elles sont où les capitales de la palestine | PS | fr-CA
plural-capitals | la malaisie elle a deux capitales non c'est lesquelles | MY
plural-capitals | quelles sont les capitales administrative et économique de la côte d'ivoire | CI
plural-capitals | les capitales du benin c'est lesquelles | BJ | fr-CA
plural-capitals | combien de capitales a la bolivie et c'est quoi leurs noms | BO
plural-capitals | y'a combien de capitales au sri lanka | LK | fr-CA
plural-capitals | l'afrique du sud a trois capitales tu peux me les dire | ZA | fr-CA
# subdivisions
subdivision | mais c'est quoi la capitale {} | de la saskatchewan=CA-SK; de l'alberta=CA-AB; de la nouvelle-écosse=CA-NS | fr-CA
subdivision | quelle est la capitale provinciale {} | du nouveau-brunswick=CA-NB; de l'île-du-prince-édouard=CA-PE; de terre-neuve=CA-NL | fr-CA
subdivision | c'est quelle ville qui est la capitale {} | des territoires du nord-ouest=CA-NT; de la colombie-britannique=CA-BC; de l'ontario=CA-ON | fr-CA
subdivision | pour le test de citoyenneté la capitale {} | du québec=CA-QC; du yukon=CA-YT; du manitoba=CA-MB | fr-CA
subdivision | quelle est la capitale de l'état {} | du vermont=US-VT; du maine=US-ME; du new hampshire=US-NH | fr-CA
subdivision | sur la route de la floride c'est quoi la capitale {} | de la caroline du sud=US-SC; de la virginie=US-VA; du tennessee=US-TN | fr-CA
subdivision | la capitale {} c'est laquelle | du texas=US-TX; de la californie=US-CA; de l'oregon=US-OR
subdivision | quelle est la capitale de l'état {} aux états-unis | de washington=US-WA; de new york=US-NY; de l'illinois=US-IL
subdivision | capitale {} svp | du nevada=US-NV; de l'arizona=US-AZ; du colorado=US-CO
subdivision | c'est quoi la capitale {} déjà | de la louisiane=US-LA; du kentucky=US-KY; du missouri=US-MO
subdivision | et la capitale {} | du dakota du nord=US-ND; de l'alaska=US-AK; d'hawaï=US-HI
subdivision | la capitale du land {} | de bavière=DE-BY; de saxe=DE-SN; de hesse=DE-HE
subdivision | wie sagt man euh la capitale {} en allemagne | de la rhénanie-palatinat=DE-RP; de la basse-saxe=DE-NI; de la sarre=DE-SL
subdivision | c'est quoi donc la capitale {} | du pays de galles=GB-WLS; de l'écosse=GB-SCT; de l'irlande du nord=GB-NIR
subdivision | la capitale de l'angleterre c'est londres ou pas | GB-ENG
subdivision | capitale de l'état {} en australie | du queensland=AU-QLD; de tasmanie=AU-TAS; de victoria=AU-VIC
subdivision | quelle est la capitale {} | de l'australie-occidentale=AU-WA; du territoire du nord=AU-NT; de la nouvelle-galles du sud=AU-NSW
subdivision | c'est quoi la capitale de l'état {} au brésil | de bahia=BR-BA; du minas gerais=BR-MG; du paraná=BR-PR
subdivision | ó pá la capitale {} c'est quoi | du rio grande do sul=BR-RS; du pernambouc=BR-PE; de l'amazonas=BR-AM
subdivision | la capitale de l'état {} au mexique | du yucatán=MX-YUC; de jalisco=MX-JAL; de oaxaca=MX-OAX
subdivision | c'est quoi la capitale {} au mexique | du chiapas=MX-CHP; de veracruz=MX-VER; du quintana roo=MX-ROO | fr-CA
subdivision | quelle est la capitale de l'état indien {} | du kerala=IN-KL; du rajasthan=IN-RJ; du gujarat=IN-GJ
subdivision | capitale {} en inde | du tamil nadu=IN-TN; du bengale-occidental=IN-WB; de goa=IN-GA
subdivision | c'est quoi la capitale de la rhénanie-du-nord-westphalie | DE-NW
subdivision | la capitale du bade-wurtemberg | DE-BW
subdivision | c'est quoi la capitale du schleswig-holstein | DE-SH
subdivision | la capitale du maharashtra c'est bombay non | IN-MH
subdivision | capitale du sao paulo l'état | BR-SP
subdivision | la capitale de l'île-du-prince-édouard c'tu charlottetown | CA-PE | fr-CA
# territories
territory | bon c'est quoi la capitale {} | de la guadeloupe=GP; de la martinique=MQ; de la guyane=GF
territory | le chef-lieu {} c'est quoi | de la réunion=RE; de mayotte=YT; de saint-pierre-et-miquelon=PM
territory | quelle est donc la capitale {} déjà | de wallis-et-futuna=WF; de la polynésie=PF; de saint-barthélemy=BL
territory | capitale {} vite | du groenland=GL; des îles féroé=FO; des îles åland=AX
territory | pis la capitale {} c'est quoi ça | de porto rico=PR; de guam=GU; des samoa américaines=AS | fr-CA
territory | pis c'est quoi la capitale {} | des bermudes=BM; des îles caïmans=KY; d'aruba=AW | fr-CA
territory | quelle est au juste la capitale {} | de curaçao=CW; d'anguilla=AI; de montserrat=MS | fr-CA
territory | la capitale {} | de gibraltar=GI; de jersey=JE; de guernesey=GG
territory | c'est quoi la ville principale {} | de l'île de man=IM; des îles malouines=FK; de sainte-hélène=SH
territory | la capitale de hong kong | HK
territory | c'est quoi la capitale de macao | MO
territory | quelle est la capitale des îles cook | CK
territory | la capitale de niue | NU
territory | capitale des îles turques-et-caïques | TC | fr-CA
territory | c'est quoi la capitale de taïwan | TW
territory | c'est quoi la capitale du sahara occidental | EH
territory | la capitale des terres australes françaises | TF
territory | c'est quoi la capitale de saint-martin côté français | MF
territory | la capitale de sint maarten | SX | fr-CA
territory | capitale du svalbard | SJ
territory | la capitale des îles pitcairn | PN
territory | c'est quoi la capitale de l'île christmas | CX
territory | la capitale de norfolk l'île | NF
territory | c'est quoi la capitale des îles mariannes du nord | MP | fr-CA
territory | la capitale de bonaire | BQ
territory | capitale des tokelau | TK
# follow-ups
follow-up | et {} | pour le mali=ML; pour le niger=NE; pour la mauritanie=MR
follow-up | et celle {} | du pérou=PE; de la colombie=CO; du chili=CL
follow-up | ok et {} alors | la norvège=NO; le danemark=DK; la suède=SE
follow-up | pis {} | l'alberta=CA-AB; la saskatchewan=CA-SK; le manitoba=CA-MB | fr-CA
follow-up | pis celle {} | du mexique=MX; du guatemala=GT; du honduras=HN | fr-CA
follow-up | d'accord et {} c'est quoi | l'ouganda=UG; le rwanda=RW; le burundi=BI
follow-up | merci et la capitale {} | du cameroun=CM; du gabon=GA; du congo-brazzaville=CG
follow-up | super et maintenant {} | la roumanie=RO; la bulgarie=BG; la grèce=GR
follow-up | la même chose pour {} | l'argentine=AR; l'uruguay=UY; le paraguay=PY
follow-up | puis {} tant qu'on y est | la finlande=FI; l'estonie=EE; la lettonie=LV | fr-CA
follow-up | et pour {} tu dirais quoi | le laos=LA; le cambodge=KH; la thaïlande=TH | fr-CA
follow-up | encore une {} | le ghana=GH; le togo=TG; le bénin=BJ
follow-up | attends et {} | l'inde=IN; le pakistan=PK; le népal=NP
follow-up | et {} dans la foulée | l'écosse=GB-SCT; le pays de galles=GB-WLS; l'irlande=IE
follow-up | faque {} c'est quoi d'abord | l'ontario=CA-ON; le nouveau-brunswick=CA-NB; la nouvelle-écosse=CA-NS | fr-CA
follow-up | ah bon et celle de son voisin le togo | TG
follow-up | et le pays juste à côté la belgique | BE
follow-up | pareil pour le portugal | PT
follow-up | et son voisin l'autriche | AT
follow-up | bon et l'égypte | EG | fr-CA
# yes-no checks
yes-no-check | est-ce que la capitale {} | de l'australie c'est sydney=AU; du canada c'est toronto=CA; du brésil c'est rio=BR
yes-no-check | c'est bien {} | canberra la capitale de l'australie=AU; ottawa la capitale du canada=CA; brasilia la capitale du brésil=BR
yes-no-check | c'est-tu vrai que {} | montréal c'est la capitale du québec=CA-QC; new york c'est la capitale des états-unis=US; vancouver c'est la capitale de la colombie-britannique=CA-BC | fr-CA
yes-no-check | la capitale {} oui ou non | de la turquie c'est istanbul=TR; du maroc c'est casablanca=MA; de la suisse c'est genève=CH
yes-no-check | j'ai raison si je dis que {} | lagos c'est la capitale du nigeria=NG; dar es salam c'est la capitale de la tanzanie=TZ; abidjan c'est la capitale de la côte d'ivoire=CI
yes-no-check | confirme-moi que {} | la capitale de l'inde c'est new delhi=IN; la capitale du vietnam c'est hanoï=VN; la capitale de la nouvelle-zélande c'est wellington=NZ
yes-no-check | la capitale {} hein | de l'allemagne c'est bien berlin=DE; du kazakhstan c'est astana maintenant=KZ; du myanmar c'est plus rangoun=MM
yes-no-check | est-ce que {} | almaty est encore la capitale du kazakhstan=KZ; zurich est la capitale de la suisse=CH; karachi est la capitale du pakistan=PK | fr-CA
yes-no-check | c'est pas {} la capitale | sydney=AU; rio=BR; istanbul=TR | fr-CA
yes-no-check | je parie un café que {} | bruxelles c'est la capitale de la belgique=BE; berne c'est la capitale de la suisse=CH; la haye c'est la capitale des pays-bas=NL
yes-no-check | vrai ou faux la capitale de la bolivie c'est la paz | BO
yes-no-check | est-ce que marrakech c'est la capitale du maroc | MA | fr-CA
yes-no-check | tu es sûre que la capitale de la côte d'ivoire c'est yamoussoukro | CI
yes-no-check | la capitale du québec c'est-tu québec pour vrai | CA-QC | fr-CA
# self-corrections
self-correction | la capitale de l'autriche non pardon {} | de l'australie=AU; de l'allemagne=DE; de l'islande=IS
self-correction | c'est quoi la capitale de la suède euh non {} | de la suisse=CH; du danemark=DK; de la norvège=NO
self-correction | capitale de la slovénie attends je veux dire {} | de la slovaquie=SK; de la serbie=RS; de la croatie=HR
self-correction | la capitale de l'iran oups {} | de l'irak=IQ; de l'inde=IN; d'israël=IL
self-correction | la capitale du niger enfin non {} | du nigeria=NG; du mali=ML; du tchad=TD
self-correction | c'est quoi la capitale de la gambie non attends {} | de la zambie=ZM; de la guinée=GN; du ghana=GH | fr-CA
self-correction | la capitale de la colombie-britannique non {} | de la colombie le pays=CO; de l'alberta=CA-AB; de la saskatchewan=CA-SK | fr-CA
self-correction | capitale de la mongolie ah non câline {} | de la moldavie=MD; du monténégro=ME; de la macédoine=MK | fr-CA
self-correction | la capitale du paraguay pardon je me suis trompé {} | de l'uruguay=UY; du portugal=PT; du pérou=PE
self-correction | la capitale de la tunisie non de l'algérie | DZ
self-correction | c'est quoi la capitale de la guyane pas la française l'autre le guyana | GY
self-correction | la capitale de la dominique euh de la république dominicaine | DO
self-correction | la capitale de l'autriche euh non non c'est bien l'autriche | AT | fr-CA
self-correction | la capitale du congo ah je veux dire la rdc | CD
self-correction | capitale de la corée du sud non du nord | KP | fr-CA
self-correction | la capitale de la lettonie ou non plutôt de la lituanie | LT
# reverse questions
reverse-question | {} c'est la capitale de quel pays | ouagadougou=CITY:Ouagadougou; bichkek=CITY:Bichkek; oulan-bator=CITY:Oulan-Bator
reverse-question | de quel pays {} est la capitale | tegucigalpa=CITY:Tegucigalpa; paramaribo=CITY:Paramaribo; windhoek=CITY:Windhoek
reverse-question | {} c'est la capitale de quoi | nouakchott=CITY:Nouakchott; tachkent=CITY:Tachkent; achgabat=CITY:Achgabat
reverse-question | {} c'est-tu une capitale de quel pays | ljubljana=CITY:Ljubljana; bratislava=CITY:Bratislava; podgorica=CITY:Podgorica | fr-CA
reverse-question | quel pays a pour capitale {} | vientiane=CITY:Vientiane; thimphu=CITY:Thimphu; katmandou=CITY:Katmandou
reverse-question | {} c'est dans quel pays comme capitale | asmara=CITY:Asmara; mogadiscio=CITY:Mogadiscio; khartoum=CITY:Khartoum
reverse-question | {} est la capitale de quelle province | fredericton=CITY:Fredericton; regina=CITY:Regina; iqaluit=CITY:Iqaluit | fr-CA
reverse-question | {} c'est la capitale de quel état | tallahassee=CITY:Tallahassee; sacramento=CITY:Sacramento; albany=CITY:Albany | fr-CA
reverse-question | de quoi {} est-elle la capitale | la valette=CITY:La Valette; nicosie=CITY:Nicosie; reykjavik=CITY:Reykjavik
reverse-question | la ville de {} c'est la capitale de quoi | libreville=CITY:Libreville; malabo=CITY:Malabo; lomé=CITY:Lomé
reverse-question | {} capitale de quel pays | niamey=CITY:Niamey; bamako=CITY:Bamako; banjul=CITY:Banjul
reverse-question | c'est quel pays qui a {} comme capitale | gitega=CITY:Gitega; dodoma=CITY:Dodoma; lilongwe=CITY:Lilongwe | fr-CA
reverse-question | {} c'est la capitale de quel land | wiesbaden=CITY:Wiesbaden; hanovre=CITY:Hanovre; schwerin=CITY:Schwerin
reverse-question | quel pays a deux capitales dont sucre | CITY:Sucre
reverse-question | victoria c'est la capitale de quoi au juste | CITY:Victoria | fr-CA
reverse-question | kingston est la capitale de quel pays | CITY:Kingston
reverse-question | saint john's c'est la capitale de quoi | CITY:Saint John's | fr-CA
reverse-question | erevan c'est la capitale de quel pays | CITY:Erevan
reverse-question | douchanbé est capitale de quel pays | CITY:Douchanbé
reverse-question | naypyidaw c'est la capitale de quel pays | CITY:Naypyidaw | fr-CA
# official names
official-name | quelle est la capitale de la {} | république fédérale d'allemagne=DE; confédération helvétique=CH; république hellénique=GR
official-name | capitale du {} | royaume hachémite de jordanie=JO; grand-duché de luxembourg=LU; royaume du maroc=MA
official-name | c'est quoi la capitale de la {} | république populaire démocratique de corée=KP; république de corée=KR; république populaire de chine=CN | fr-CA
official-name | la capitale des {} | états-unis d'amérique=US; états-unis mexicains=MX; émirats arabes unis=AE
official-name | la capitale de la {} c'est quoi | fédération de russie=RU; république islamique d'iran=IR; république arabe d'égypte=EG
official-name | quelle est la capitale du royaume-uni de grande-bretagne et d'irlande du nord | GB
official-name | capitale de la république démocratique du congo | CD | fr-CA
official-name | la capitale de la république bolivarienne du venezuela | VE
official-name | c'est quoi la capitale de l'état plurinational de bolivie | BO
official-name | la capitale de la république orientale de l'uruguay | UY | fr-CA
official-name | la capitale de la principauté du liechtenstein | LI
official-name | quelle est la capitale de la république socialiste du viêt nam | VN
official-name | capitale du royaume de thaïlande | TH | fr-CA
official-name | la capitale de la république fédérative du brésil | BR
official-name | c'est quoi la capitale de la république kirghize | KG
official-name | la capitale de la république algérienne démocratique et populaire | DZ
# everyday names
everyday-name | c'est quoi alors la capitale {} | des states=US; de la hollande=NL; de l'amérique=US | fr-CA
everyday-name | et quelle est la capitale {} | de l'angleterre=GB-ENG; de la grande-bretagne=GB; des émirats=AE
everyday-name | la capitale {} stp | de la rdc=CD; de la centrafrique=CF; du burkina=BF
everyday-name | capitale {} ça donne quoi | de la birmanie=MM; de la macédoine=MK; de la bosnie=BA
everyday-name | la capitale {} s'il vous plaît | de la république tchèque=CZ; de la biélo russie=BY; du congo-kinshasa=CD
everyday-name | c'est quoi déjà déjà la capitale {} | des usa=US; de la russie blanche=BY; de la côte-d'ivoire=CI | fr-CA
everyday-name | la capitale de la türkiye | TR
everyday-name | la capitale du swaziland | SZ | fr-CA
everyday-name | c'est quoi la capitale de cabo verde | CV
everyday-name | la capitale de l'aotearoa | NZ
everyday-name | la capitale de saint-kitts | KN
everyday-name | c'est quoi la capitale de trinidad | TT | fr-CA
everyday-name | la capitale du timor | TL
everyday-name | capitale de la papouasie | PG
everyday-name | la capitale de la guinée-conakry | GN | fr-CA
# old names
old-name | c'était quoi la capitale {} | de la haute-volta=BF; du dahomey=BJ; de l'oubangui-chari=CF
old-name | dans le temps la capitale {} | de ceylan=LK; du siam=TH; de la perse=IR
old-name | la capitale {} du temps de mon grand-père | du nyassaland=MW; du bechuanaland=BW; du basutoland=LS
old-name | la capitale {} comme on disait avant | des nouvelles-hébrides=VU; du tanganyika=TZ; de l'abyssinie=ET
old-name | dis-moi c'est quoi la capitale {} | du zaïre=CD; de formose=TW; du kampuchéa=KH | fr-CA
old-name | euh la capitale {} | de la rhodésie=ZW; de la rhodésie du nord=ZM; du honduras britannique=BZ
old-name | quelle était la capitale {} | de la côte-de-l'or=GH; du soudan français=ML; de la gold coast=GH
old-name | la capitale de la côte française des somalis | DJ
old-name | la capitale du congo belge | CD | fr-CA
old-name | capitale de la guinée portugaise | GW
# shared names
shared-name | coudonc c'est quoi la capitale {} | du congo=CD+CG; des deux congo=CD+CG; de la corée=KP+KR
shared-name | les capitales {} | des deux corées=KP+KR; des corées=KP+KR; des congos=CD+CG
shared-name | la capitale de la géorgie | GE+US-GA
shared-name | quelle est la capitale de la géorgie | GE+US-GA | fr-CA
shared-name | la capitale des îles vierges | VG+VI
shared-name | c'est quoi la capitale des îles vierges | VG+VI | fr-CA
shared-name | capitale du congo tout court | CD+CG | fr-CA
shared-name | la capitale de la corée tu sais | KP+KR
shared-name | dis-moi la capitale des deux congos | CD+CG
# recognition slips
recognition-slip | c'est quoi au juste la capitale {} | du perou=PE; de l'equateur=EC; du benin=BJ
recognition-slip | et la capitale {} alors | de la republique tcheque=CZ; de l'ethiopie=ET; du senegal=SN
recognition-slip | capitale {} merci | de la sierraleone=SL; de la guinéebissau=GW; du capvert=CV
recognition-slip | quelle est la vraie capitale {} | du kenya=KE; de la malaisie=MY; de l'algerie=DZ
recognition-slip | la capitale {} ce serait quoi | de la nouvelle zélande=NZ; de l'afrique du sud=ZA; du costarica=CR | fr-CA
recognition-slip | c'est quoi exactement la capitale {} | de la tanzanie=TZ; du bot swana=BW; de l'ou ganda=UG | fr-CA
recognition-slip | la capitale {} tu sais | du vénézuéla=VE; de la colombie=CO; du nigéria=NG
recognition-slip | quelle est la capitale de l'azerbaidjan | AZ
recognition-slip | la capitale de la bielorussie | BY | fr-CA
recognition-slip | c'est quoi la capitale de la corée du sud | KR
recognition-slip | capitale de bahrein | BH
recognition-slip | la capitale du koweit | KW
# english mixing
english-mix | what's la capitale {} | du portugal=PT; de l'espagne=ES; de l'irlande=IE | fr-CA
english-mix | c'est quoi le capital city {} | du ghana=GH; de l'australie=AU; du chili=CL | fr-CA
english-mix | so genre la capitale {} c'est quoi | de la jamaïque=JM; du pérou=PE; de la grèce=GR | fr-CA
english-mix | okay la capitale {} please | de la suède=SE; du japon=JP; de la chine=CN
english-mix | by the way c'est quoi la capitale {} | de la corée du sud=KR; de la thaïlande=TH; du vietnam=VN | fr-CA
english-mix | sorry c'est quoi déjà la capitale {} | de l'égypte=EG; de la turquie=TR; de la syrie=SY
# learners
learner | quelle est le capitale de {} | allemagne=DE; pologne=PL; hongrie=HU
learner | comment on dit la capitale de le {} | brésil=BR; mexique=MX; canada=CA
learner | je cherche la ville capital de {} | italie=IT; ukraine=UA; roumanie=RO
learner | la capitale pour le pays {} c'est quelle | japon=JP; chine=CN; inde=IN | fr-CA
learner | dans francisation on demande la capitale de {} | la syrie=SY; l'afghanistan=AF; la colombie=CO | fr-CA
learner | madagascar sa capitale elle s'appelle comment | MG
learner | je suis étudiant malgache c'est quoi la capitale des comores | KM
# children
child | maman elle dit que la capitale {} c'est quoi | de l'espagne=ES; de l'angleterre=GB-ENG; de l'italie=IT
child | alexa c'est quoi la capitale {} pour mon exposé | de l'égypte=EG; du japon=JP; de la chine=CN
child | dis alexa la capitale {} | des pingouins en antarctique=AQ; du pays des kangourous=AU; de la russie=RU
child | c'est quoi la capitale {} la maîtresse a demandé | de la france=FR; du portugal=PT; de la belgique=BE
child | moi je veux savoir la capitale {} | du canada=CA; des états-unis=US; du mexique=MX | fr-CA
# elders
elder | dites-moi mademoiselle la capitale {} | de la pologne=PL; de la tchécoslovaquie=CZ; de la yougoslavie=RS
elder | je voudrais savoir la capitale {} je vous prie | du portugal=PT; de l'écosse=GB-SCT; de l'irlande=IE
elder | ma petite quelle est la capitale {} | du viêt nam=VN; du cambodge=KH; du laos=LA
elder | grand-mère veut savoir la capitale {} | du vietnam=VN; de la corée du sud=KR; de taïwan=TW
# quiz and games
quiz | question pour le quiz la capitale {} | de la géorgie du sud=GS; de l'île bouvet=BV; du territoire britannique de l'océan indien=IO
quiz | pour geoguessr c'est quoi la capitale {} | de l'eswatini=SZ; du lesotho=LS; du bhoutan=BT
quiz | on joue aux capitales la capitale {} | de l'australie=AU; de l'argentine=AR; du brésil=BR
quiz | dans des chiffres et des lettres la capitale {} | de la libye=LY; du liban=LB; de la jordanie=JO
quiz | pour mon hockey pool on gage c'est quoi la capitale {} | de la finlande=FI; de la slovaquie=SK; de la lettonie=LV | fr-CA
# travel, sport, work
travel | on part en voyage de noces c'est quoi la capitale {} | de l'île maurice=MU; des seychelles=SC; des maldives=MV
travel | je suis hôtesse de l'air c'est quoi la capitale {} | de l'ouzbékistan=UZ; du qatar=QA; d'oman=OM
travel | en escale c'est quoi la capitale {} | des philippines=PH; de l'indonésie=ID; du sri lanka=LK
travel | on va dans le sud cet hiver c'est quoi la capitale {} | de cuba=CU; de la république dominicaine=DO; du costa rica=CR | fr-CA
sport | pour le tournoi des six nations la capitale {} | du pays de galles=GB-WLS; de l'écosse=GB-SCT; de l'italie=IT
sport | pendant les jeux olympiques c'est quoi la capitale {} | de la jamaïque=JM; du kenya=KE; de l'éthiopie=ET
sport | le match de curling c'est contre la capitale {} | de la suède=SE; de la norvège=NO; de la suisse=CH | fr-CA
sport | pour l'euro c'est quoi la capitale {} | de la turquie=TR; de l'albanie=AL; de la slovénie=SI
work | au camp de la baie-james on gage c'est quoi la capitale {} | de la mongolie=MN; du pérou=PE; du chili=CL | fr-CA
work | je suis livreur vite fait la capitale {} | de la tunisie=TN; du maroc=MA; de l'algérie=DZ
work | yezzi la capitale {} c'est quoi déjà | de la tunisie=TN; de la libye=LY; de malte=MT
work | pendant les vendanges on se demandait la capitale {} | de la moldavie=MD; de la hongrie=HU; de l'arménie=AM
# out of domain
out-of-domain | c'est combien d'habitants {} | au portugal=FB; en islande=FB; au luxembourg=FB
out-of-domain | quelle langue on parle {} | au sénégal=FB; en belgique=FB; au brésil=FB
out-of-domain | c'est quoi la monnaie {} | du maroc=FB; de la suisse=FB; du japon=FB
out-of-domain | quelle heure il est {} | à tokyo=FB; à montréal=FB; à dakar=FB
out-of-domain | il fait quel temps {} | à lisbonne=FB; à québec=FB; à alger=FB | fr-CA
out-of-domain | c'est qui le président {} | du sénégal=FB; de la tunisie=FB; du brésil=FB
out-of-domain | de quelle couleur est le drapeau {} | du cameroun=FB; de l'irlande=FB; du canada=FB | fr-CA
out-of-domain | c'est quoi la plus grande ville {} | du maroc=FB; de la suisse=FB; de la turquie=FB
out-of-domain | c'est quoi l'indicatif téléphonique {} | du maroc=FB; de la tunisie=FB; du portugal=FB
out-of-domain | combien de kilomètres entre paris et {} | lisbonne=FB; varsovie=FB; alger=FB
out-of-domain | il faut-tu un visa pour aller {} | à cuba=FB; au mexique=FB; au vietnam=FB | fr-CA
out-of-domain | c'est quoi le type de prise électrique {} | en angleterre=FB; aux états-unis=FB; en australie=FB
out-of-domain | c'est quoi le plat typique {} | du portugal=FB; de la tunisie=FB; du vietnam=FB
out-of-domain | c'est quoi l'hymne national {} | du canada=FB; de la belgique=FB; du cameroun=FB | fr-CA
out-of-domain | c'est quoi le capital social d'une sarl | FB
out-of-domain | la peine capitale existe encore aux états-unis | FB
out-of-domain | c'est quoi les sept péchés capitaux | FB
out-of-domain | comment on écrit une lettre capitale | FB
out-of-domain | qui a écrit le capital | FB
out-of-domain | c'est quoi un capital-décès | FB
out-of-domain | comment préserver son capital santé | FB
out-of-domain | quelle ville est capitale européenne de la culture cette année | FB
out-of-domain | il faut combien de capital de départ pour ouvrir un restaurant | FB | fr-CA
out-of-domain | c'est quoi la capitale mondiale du sirop d'érable | FB | fr-CA
out-of-domain | c'est quoi la capitale de la gastronomie | FB
out-of-domain | c'est quoi le capital de ma banque | FB | fr-CA
out-of-domain | c'est quoi le gain en capital sur un chalet | FB | fr-CA
out-of-domain | mets de la musique de la compagnie créole | FB
out-of-domain | mets la radio ici première | FB | fr-CA
out-of-domain | mets un minuteur de dix minutes pour les pâtes | FB
out-of-domain | ajoute du lait à la liste de courses | FB
out-of-domain | allume la lumière du salon | FB
out-of-domain | c'est quoi la météo demain à rimouski | FB | fr-CA
out-of-domain | raconte-moi une blague | FB
out-of-domain | combien de temps pour cuire un oeuf mollet | FB
out-of-domain | c'est qui a gagné le match des canadiens hier | FB | fr-CA
out-of-domain | quel est le score du match france angleterre | FB
out-of-domain | appelle ma fille | FB
out-of-domain | quel jour on est | FB
out-of-domain | c'est quand la prochaine marée à sète | FB
out-of-domain | comment on dit merci en portugais | FB
out-of-domain | traduis bonjour en allemand | FB
out-of-domain | c'est quoi le plus long fleuve d'afrique | FB
out-of-domain | quelle est la plus haute montagne du canada | FB | fr-CA
out-of-domain | la tour eiffel mesure combien de mètres | FB
out-of-domain | combien ça coûte un billet d'avion pour cancún | FB | fr-CA
out-of-domain | c'est quoi la superficie de la russie | FB
out-of-domain | combien de pays il y a en afrique | FB
out-of-domain | c'est quoi le pays le plus peuplé du monde | FB
out-of-domain | c'est ouvert la pharmacie à soir | FB | fr-CA
out-of-domain | commande-moi une pizza | FB
out-of-domain | réveille-moi à six heures | FB
out-of-domain | où est-ce que j'ai mis mes clés | FB
out-of-domain | est-ce qu'il va neiger cette fin de semaine | FB | fr-CA
out-of-domain | c'est quoi les fuseaux horaires de la russie | FB
out-of-domain | quelle est la religion principale en indonésie | FB
out-of-domain | c'est quoi le pib de l'allemagne | FB
out-of-domain | qui est le premier ministre du québec | FB | fr-CA
out-of-domain | quel temps il fera pour les vendanges en bourgogne | FB
out-of-domain | c'est qui le roi du maroc | FB
out-of-domain | ça prend combien d'heures de vol jusqu'à paris | FB | fr-CA
out-of-domain | la capitale c'est à combien de kilomètres d'ici | FB
out-of-domain | comment s'appelle les habitants de madagascar | FB
out-of-domain | est-ce que les chiens peuvent manger du chocolat | FB
out-of-domain | c'est quoi le meilleur resto de poutine à québec | FB | fr-CA
out-of-domain | joue à un autre jeu | FB
out-of-domain | chante-moi une chanson | FB | fr-CA
out-of-domain | c'est quoi la recette de la galette des rois | FB
out-of-domain | combien de joueurs dans une équipe de rugby | FB
out-of-domain | le déneigeur passe à quelle heure | FB | fr-CA
out-of-domain | c'est combien le litre d'essence aujourd'hui | FB
out-of-domain | montre-moi une carte du monde | FB
# help
help | aide-moi | HELP
help | j'ai besoin d'aide | HELP
help | comment ça marche | HELP
help | qu'est-ce que je peux te demander | HELP
help | je comprends pas comment on joue | HELP
help | tu peux m'expliquer comment ça fonctionne | HELP
help | c'est quoi les règles | HELP
help | qu'est-ce que tu sais faire | HELP
help | à l'aide | HELP
help | je sais pas quoi dire | HELP
help | comment on utilise ce truc | HELP
help | explique-moi | HELP
help | aide | HELP | fr-CA
help | j'ai besoin d'un coup de main | HELP | fr-CA
help | comment ça marche ton affaire | HELP | fr-CA
help | je suis perdu là aide-moi | HELP | fr-CA
help | qu'est-ce que je dois dire | HELP | fr-CA
help | peux-tu m'aider | HELP | fr-CA
help | comment on fait pour jouer | HELP | fr-CA
help | donne-moi des exemples de questions | HELP
help | quelles questions je peux poser | HELP
help | aidez-moi s'il vous plaît | HELP
# stop
stop | stop | STOP
stop | arrête | STOP
stop | arrête-toi | STOP
stop | tais-toi | STOP
stop | c'est fini merci | STOP
stop | ferme capitales du monde | STOP
stop | quitte | STOP
stop | au revoir alexa | STOP
stop | arrête le jeu | STOP
stop | ça suffit pour aujourd'hui | STOP
stop | on arrête là | STOP
stop | j'ai fini | STOP
stop | arrête ça | STOP | fr-CA
stop | c'est assez | STOP | fr-CA
stop | ferme-la | STOP | fr-CA
stop | bye bye | STOP | fr-CA
stop | salut on arrête | STOP | fr-CA
stop | quitte le jeu | STOP | fr-CA
stop | arrêter | STOP | fr-CA
stop | sors de capitales du monde | STOP
stop | stop alexa | STOP
stop | bon ben arrête | STOP
# cancel
cancel | annule | CANCEL
cancel | annuler | CANCEL
cancel | annule ça | CANCEL
cancel | laisse tomber | CANCEL
cancel | oublie ça | CANCEL
cancel | non annule | CANCEL
cancel | annule la question | CANCEL
cancel | oublie ma question | CANCEL
cancel | non laisse tomber | CANCEL
cancel | annulation | CANCEL
cancel | annule annule | CANCEL
cancel | laisse faire | CANCEL | fr-CA
cancel | oublie ça là | CANCEL | fr-CA
cancel | annule donc | CANCEL | fr-CA
cancel | ben non annule | CANCEL | fr-CA
cancel | laisse faire ça | CANCEL | fr-CA
cancel | annule s'il te plaît | CANCEL | fr-CA
cancel | oublie ça c'est pas grave | CANCEL
cancel | annule tout | CANCEL
cancel | non non oublie | CANCEL | fr-CA
cancel | tu peux annuler | CANCEL
cancel | laisse tomber c'est bon | CANCEL
# second batch: more requests that are not capitals, help, stop and cancel, Saint-Vincent
direct-question | ben dame la capitale de saint-vincent-et-les-grenadines c'est quoi | VC
direct-question | c'est quoi la capitale de saint-vincent dans les antilles | VC | fr-CA
out-of-domain | c'est quoi la population {} | de la gaspésie=FB; du nouveau-brunswick=FB; de l'abitibi=FB | fr-CA
out-of-domain | quelle est la devise {} | de la pologne=FB; du danemark=FB; de la hongrie=FB
out-of-domain | c'est où exactement {} sur la carte | le burkina faso=FB; le bhoutan=FB; le suriname=FB
out-of-domain | quels sont les pays frontaliers {} | de la suisse=FB; du mali=FB; du laos=FB
out-of-domain | c'est quoi le décalage horaire avec {} | la réunion=FB; tahiti=FB; vancouver=FB
out-of-domain | combien de temps il faut pour aller en voiture de gatineau à ottawa | FB | fr-CA
out-of-domain | c'est quoi la capitale de mes placements | FB
out-of-domain | combien rapporte un capital de dix mille euros | FB
out-of-domain | c'est quoi le sens de capital dans une phrase | FB
out-of-domain | écris-moi le mot capitale en majuscules | FB
out-of-domain | la capitale du vin c'est bordeaux ou beaune | FB
out-of-domain | c'est quoi un crime capital | FB | fr-CA
out-of-domain | c'est quand la cabane à sucre ouvre | FB | fr-CA
out-of-domain | qui joue au centre pour les oilers | FB | fr-CA
out-of-domain | ça coûte combien le coiffeur pour une coupe | FB
out-of-domain | c'est quoi la distance entre la terre et la lune | FB
out-of-domain | quelle est la meilleure période pour aller à madagascar | FB
help | au secours je comprends rien | HELP
help | aide-moi un peu | HELP
help | j'ai besoin d'explications | HELP
help | qu'est-ce qu'on peut faire ici | HELP
help | comment je pose une question | HELP
help | tu fais quoi exactement | HELP | fr-CA
help | montre-moi comment faire | HELP | fr-CA
help | c'est quoi les commandes | HELP | fr-CA
help | des instructions s'il te plaît | HELP
help | j'comprends pas aide-moi | HELP | fr-CA
help | je veux de l'aide pour ce jeu | HELP
stop | arrête de parler | STOP
stop | on s'arrête là | STOP
stop | c'est terminé | STOP
stop | fin du jeu | STOP
stop | je veux arrêter | STOP | fr-CA
stop | arrête tout | STOP
stop | stoppe | STOP
stop | ferme le jeu | STOP | fr-CA
stop | quitter | STOP
stop | on a fini merci alexa | STOP | fr-CA
stop | arrête capitales du monde | STOP
stop | bon c'est assez pour à soir | STOP | fr-CA
cancel | annule ma demande | CANCEL
cancel | annule la demande | CANCEL | fr-CA
cancel | annule ce que j'ai dit | CANCEL
cancel | non oublie | CANCEL
cancel | oublie | CANCEL | fr-CA
cancel | laisse tomber la question | CANCEL
cancel | non finalement laisse tomber | CANCEL
cancel | annule ça stp | CANCEL | fr-CA
cancel | oublie ça veux-tu | CANCEL
cancel | laisse faire c'est correct | CANCEL | fr-CA
cancel | annule ça là | CANCEL | fr-CA
cancel | oublie la dernière question | CANCEL
cancel | ah pis laisse faire | CANCEL | fr-CA
cancel | bon annule | CANCEL
"""

if __name__ == "__main__":
    build_round(22, "fr", LINES, sys.argv, "tests/Eval/fr/round22/source/build_corpus.py")
