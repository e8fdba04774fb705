"""Round 47, Dutch (nl-NL): a new author's own mix, written blind in the sixty-second session (brief WRITER70.md), for
this session's tuner. Speakers chosen apart from the groups of the Dutch round 46 (Schiedammers, Waterlanders of
Purmerend, Monnickendam and Marken, Krabbegatters of Bergen op Zoom, Ossenaren; Armenian Dutch, Irish expats, Indonesian
students, Croatian Dutch; beekeepers, window cleaners, florists at the Aalsmeer veiling, dental assistants, school
caretakers, tattoo artists; natural ice, a train delay, Mother's Day breakfast, lying in the bath), from the groups of
round 45 (Arnhemmers, Gouwenaars, Katwijkers, Spakenburgers, Hoeksewaarders, Terschellingers, IJmuidenaren; Bulgarian
seasonal workers, Lithuanian factory workers, Cape Verdeans of Delfshaven, Colombian and Venezuelan Dutch, Russian
speakers, Japanese expats in Amstelveen, Tamil Dutch, South Africans, international PhD students in Wageningen and
Delft; inland barge skippers, supermarket shelf stackers, bus drivers, zookeepers, butchers, house painters,
librarians; the evening news, the Olympics, the Tour de France, the crossword, family history, the campsite, working
from home, walking the dog, carnaval), from the groups of round 44 (Achterhoekers, Drenten, Urkers of the fishing fleet,
Volendammers, Scheveningers, Nijmegenaren, Zwollenaren, Delft students; Ukrainians since 2022, Indian expats in
Amstelveen, Afghan Dutch, Curaçaoans and Antilleans, Brazilian Dutch, Ghanaian Dutch of the Bijlmer, Indische
Nederlanders, Romanian labour migrants, Moluccan Dutch; lorry drivers, night-shift nurses, hairdressers, parcel
couriers, dairy farmers, taxi drivers, cabin crew; Eurovision night, Formula One on Sunday, the allotment, a sleepless
night, washing up and ironing in the kitchen, a Sunday flea market), from the groups of round 43 (Westlanders,
Alkmaarders, Den Helderaars, Goereeërs, Zoetermeerders, Amersfoorters, Gorcumers; Kurdish, Hungarian, Bosnian,
Pakistani, Ethiopian and Thai Dutch, French expats, Erasmus students in a taalcafé; garage mechanics, night office
cleaners, construction workers, pharmacy assistants, bookkeepers, estate agents, bakers; geocachers, a world-map jigsaw,
moving day, a children's birthday party, a Sunday barbecue, sick on the couch, Christmas dinner), from the groups of
round 42 (Zaankanters, Haarlemmers, Dordtenaren, Kampenaren, Sallanders, Bollenstreek bulb growers, Vlaardingers and
Maassluizers, Vietnamese, Portuguese, Spanish, Greek, Nigerian, Korean and Egyptian speakers, remigranten, pigeon
fanciers, interpreters, maritime pilots, birdwatchers, scouting, an IT helpdesk, the GGD travel desk, marathon runners,
the spreekbeurt, darts, Oranje at a World Cup, oudejaarsavond, a dating app, a wedding, Echo Auto) and from the groups
it says earlier rounds used (among them Veluwnaren, Betuwnaren, Leidenaren, West-Friezen, Texelaars, Gooiers,
Flevolanders, Groningers, Hagenaars, Tukkers, Zeeuwen, Limburgers, Brabanders, Friezen, Flemish people, Rotterdammers,
Amsterdammers, Utrechters; Iranian, Somali, Filipino, Italian, Syrian, Eritrean, Moroccan, Turkish, Polish, Surinamese,
Chinese, German and English speakers; inburgering learners, kleuters, tieners, grandparents, school topografie, game
night, cooking, holidays, Sinterklaas, Koningsdag, quizzes):
Bosschenaren ("ge", "hedde", "houdoe", Oeteldonk, the Binnendieze), Tilburgers ("wa", "mee", "jong", the kermis),
Venlonaren ("jao", "hoe is 't", "gaot", the border with Germany), Deventenaren ("kump", "wat zeg ie", "ja toch", the
boekenfestijn, the Brink), Bredanaars ("jonge jonge", "allee", "hedde gij", the Valkenberg); Argentine Dutch ("che",
"dale", "mirá", "viste"), Serbian Dutch ("bre", "ajde", "brate"), Sudanese Dutch ("yalla", "wallahi", "inshallah"),
Danish expats ("hej", "nå", "altså"); at work: plumbers ("de kraan", "de lekkage", "de stortbak"), driving instructors
("spiegelen", "rechts houden", "de les"), cooks ("de mise en place", "de service"), gardeners ("de heg snoeien", "de
kruiwagen"), security guards ("de nachtdienst", "de ronde", "de slagboom"), canal-boat guides ("links ziet u", "onder de
brug"), postmen ("een pakketje", "aangetekend", "mijn wijk"); in situations: stamp collecting ("een zegel uit", "het
album", "gestempeld"), the sauna ("de opgieting", "het dompelbad"), a storm night ("code oranje"), the knitting club
("een toer", "een steek laten vallen"), Father's Day ("voor papa"), the doctor's waiting room ("mijn nummertje"), the
gym ("de loopband", "het squatten", "de spinningles"), a home renovation ("de aannemer", "stucen", "de tegels"),
clearing out the attic ("de atlas van opa", "een ansichtkaart uit"); and, added late, Zutphenaren ("wah", "nie", "zo",
the IJssel, the Walburgiskerk), refuse collectors ("de wagen", "de route", "de container") and veterinary assistants
("het spreekuur", "de kliniek").
Plus follow-ups, plural capitals, subdivisions and territories, yes/no checks, self-corrections, reverse questions,
official, everyday and old names, shared names, the invocation name "hoofdsteden van de wereld" with and without a
question, launch, help, stop and cancel in those speakers' words, and out-of-domain requests and near misses.
`python3 tests/Eval/nl/round47/source/build_corpus.py [--check]`.
Built by round12_hinl_corpus.py (build_round with round 47's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Bosschenaren (Oeteldonk, de Binnendieze): "houdoe", "ge", "hedde"
bosschenaren | alexa zeg ge weet toch wel wat de hoofdstad van {} is | kazachstan=KZ; oezbekistan=UZ; turkmenistan=TM
bosschenaren | alexa bij de binnendieze vroeg een toerist uit {} naar de hoofdstad welke is dat | tadzjikistan=TJ; kirgizië=KG; mongolië=MN
bosschenaren | alexa hedde gij enig idee wat de hoofdstad van {} is | bhutan=BT; nepal=NP; bangladesh=BD
bosschenaren | alexa in oeteldonk hadden ze een vlag van {} wat is daar de hoofdstad | jamaica=JM; barbados=BB; grenada=GD
bosschenaren | alexa hoofdstad van laos is da vientiane of nie | LA
bosschenaren | alexa houdoe en nog effe de hoofdstad van cambodja | KH
bosschenaren | alexa ge moet me helpen welke stad is de hoofdstad van brunei | BN
bosschenaren | alexa wa is de hoofdstad van oost-timor dan | TL
bosschenaren | alexa is den bosch de hoofdstad van brabant | FB
# Tilburgers (kruikezeikers, de kermis): "wa", "hedde", "mee"
tilburgers | alexa wa is nou eigenlijk de hoofdstad van {} | guatemala=GT; honduras=HN; nicaragua=NI
tilburgers | alexa op de kermis draaide een draaimolen uit {} wa is de hoofdstad | el salvador=SV; costa rica=CR; panama=PA
tilburgers | alexa mijn buurman komt uit {} hoe heet de hoofdstad daar | ecuador=EC; peru=PE; paraguay=PY
tilburgers | alexa ik wil effe weten wa de hoofdstad van {} is mee | uruguay=UY; venezuela=VE; colombia=CO
tilburgers | alexa de hoofdstad van belize hedde die | BZ
tilburgers | alexa zeg is tilburg een hoofdstad | FB
tilburgers | alexa wa is de hoofdstad van guyana jong | GY
tilburgers | alexa welke stad is de hoofdstad van haïti | HT
# Venlonaren (de Maas, de Venlose vasteloavend): "jao", "hoe is 't", "gaot"
venlonaren | alexa jao wat is de hoofdstad van {} | luxemburg=LU; liechtenstein=LI; andorra=AD
venlonaren | alexa hoe is 't wat is de hoofdstad van {} eigenlijk | monaco=MC; san marino=SM; malta=MT
venlonaren | alexa over de grens in {} wat is daar de hoofdstad | duitsland=DE; belgië=BE; frankrijk=FR
venlonaren | alexa gaot dat goed wat is de hoofdstad van cyprus | CY
venlonaren | alexa jao zeg de hoofdstad van zwitserland | CH
venlonaren | alexa wat is de hoofdstad van limburg | FB
venlonaren | alexa wat is de hoofdstad van noordrijn-westfalen | DE-NW
venlonaren | alexa hoofdstad van nedersaksen jao | DE-NI
# Deventenaren (de Brink, het boekenfestijn, Deventer koek): "kump", "wat zeg ie", "ja toch"
deventenaren | alexa op het boekenfestijn lag een boek over {} wat is daar de hoofdstad | zambia=ZM; malawi=MW; mozambique=MZ
deventenaren | alexa wat zeg ie de hoofdstad van {} is welke stad | namibië=NA; botswana=BW; zimbabwe=ZW
deventenaren | alexa ik kump er nie op wat is de hoofdstad van {} | lesotho=LS; angola=AO; madagaskar=MG
deventenaren | alexa de hoofdstad van mauritius ja toch | MU
deventenaren | alexa de deventer koek gaat naar de seychellen wat is daar de hoofdstad | SC
deventenaren | alexa op de brink vroeg iemand naar de hoofdstad van de comoren | KM
deventenaren | alexa wat is de hoofdstad van overijssel | FB
deventenaren | alexa weet ie de hoofdstad van kaapverdië | CV
# Bredanaars (het Valkenberg, de Grote Kerk): "hedde gij", "jonge jonge", "allee"
bredanaars | alexa jonge jonge wat is de hoofdstad van {} | senegal=SN; gambia=GM; guinee-bissau=GW
bredanaars | alexa allee zeg welke stad is de hoofdstad van {} | mali=ML; niger=NE; burkina faso=BF
bredanaars | alexa in het valkenberg zat een vrouw uit {} wat is daar de hoofdstad | sierra leone=SL; liberia=LR; guinee=GN
bredanaars | alexa jonge wat is de hoofdstad van togo | TG
bredanaars | alexa allee de hoofdstad van benin wat is dat | BJ
bredanaars | alexa wat is de hoofdstad van mauritanië jonge | MR
bredanaars | alexa hedde gij de hoofdstad van tsjaad voor me | TD
bredanaars | alexa is breda de hoofdstad van noord-brabant | FB
# Argentijnse Nederlanders: "che", "dale", "viste", "mirá"
argentijnen | alexa che wat is de hoofdstad van {} | argentinië=AR; chili=CL; bolivia=BO
argentijnen | alexa dale zeg me de hoofdstad van {} | brazilië=BR; uruguay=UY; paraguay=PY
argentijnen | alexa mirá wat is de hoofdstad van {} viste | peru=PE; colombia=CO; cuba=CU
argentijnen | alexa che alexa de hoofdstad van de falklandeilanden | FK
argentijnen | alexa de hoofdstad van de malvinas che | FK
argentijnen | alexa dale wat is de hoofdstad van de dominicaanse republiek | DO
argentijnen | alexa che de hoofdstad van mendoza | FB
argentijnen | alexa welke stad is de hoofdstad van spanje viste | ES
# Servische Nederlanders: "bre", "ajde", "brate"
serviers | alexa ajde wat is de hoofdstad van {} | servië=RS; montenegro=ME; kosovo=XK
serviers | alexa bre hoe heet de hoofdstad van {} | kroatië=HR; slovenië=SI; noord-macedonië=MK
serviers | alexa brate wat is de hoofdstad van {} | bosnië=BA; hongarije=HU; roemenië=RO
serviers | alexa ajde de hoofdstad van republika srpska | FB
serviers | alexa bre is belgrado de hoofdstad van servië | RS
serviers | alexa wat is de hoofdstad van vojvodina brate | FB
serviers | alexa ajde bre de hoofdstad van griekenland | GR
# Soedanese Nederlanders: "yalla", "inshallah", "wallahi"
soedanezen | alexa yalla wat is de hoofdstad van {} | soedan=SD; zuid-soedan=SS; eritrea=ER
soedanezen | alexa wallahi ik weet het niet meer wat is de hoofdstad van {} | ethiopië=ET; egypte=EG; libië=LY
soedanezen | alexa inshallah weet jij de hoofdstad van {} | tsjaad=TD; centraal-afrikaanse republiek=CF; oeganda=UG
soedanezen | alexa de hoofdstad van darfoer | FB
soedanezen | alexa yalla is khartoem de hoofdstad van soedan | SD
soedanezen | alexa welke stad is de hoofdstad van djibouti | DJ
soedanezen | alexa hoofdstad van saoedi-arabië yalla | SA
# Deense expats: "hej", "nå", "altså"
denen | alexa hej wat is de hoofdstad van {} | denemarken=DK; noorwegen=NO; zweden=SE
denen | alexa nå wat is de hoofdstad van {} altså | finland=FI; ijsland=IS; estland=EE
denen | alexa hej de hoofdstad van groenland | GL
denen | alexa altså wat is de hoofdstad van de faeröer | FO
denen | alexa nå en de hoofdstad van åland | AX
denen | alexa hej is kopenhagen de hoofdstad van denemarken | DK
denen | alexa wat is de hoofdstad van jutland | FB
denen | alexa nå de hoofdstad van sleeswijk-holstein | DE-SH
# loodgieters: "de kraan", "lekkage", "de stortbak"
loodgieters | alexa ik lig onder de gootsteen wat is de hoofdstad van {} | irak=IQ; iran=IR; syrië=SY
loodgieters | alexa die kraan komt uit {} wat is daar de hoofdstad | italië=IT; spanje=ES; portugal=PT
loodgieters | alexa effe tussen de lekkage door wat is de hoofdstad van {} | jordanië=JO; libanon=LB; israël=IL
loodgieters | alexa de stortbak is gemaakt in tsjechië wat is daar de hoofdstad | CZ
loodgieters | alexa met mijn handen in de afvoer de hoofdstad van koeweit graag | KW
loodgieters | alexa wat is de hoofdstad van bahrein | BH
loodgieters | alexa de klant vroeg naar de hoofdstad van qatar | QA
# rijinstructeurs: "spiegelen", "rechts houden", "de les"
rijinstructeurs | alexa na de les even wat is de hoofdstad van {} | oman=OM; jemen=YE; verenigde arabische emiraten=AE
rijinstructeurs | alexa mijn leerling komt uit {} wat is de hoofdstad | afghanistan=AF; pakistan=PK; india=IN
rijinstructeurs | alexa spiegelen en dan de hoofdstad van {} | sri lanka=LK; maldiven=MV; nepal=NP
rijinstructeurs | alexa tussen twee lessen door wat is de hoofdstad van turkije | TR
rijinstructeurs | alexa rechts houden en wat is de hoofdstad van azerbeidzjan | AZ
rijinstructeurs | alexa mijn leerling zakte weer wat is de hoofdstad van armenië | AM
rijinstructeurs | alexa wat is de hoofdstad van georgië het land | GE
# koks: "service", "de pass", "mise en place"
koks | alexa tijdens de mise en place wat is de hoofdstad van {} | thailand=TH; vietnam=VN; laos=LA
koks | alexa voor de service begint wat is de hoofdstad van {} | japan=JP; china=CN; zuid-korea=KR
koks | alexa de saffraan komt uit iran wat is daar de hoofdstad | IR
koks | alexa chef vraagt wat de hoofdstad van peru is | PE
koks | alexa de kaas komt uit griekenland wat is de hoofdstad | GR
koks | alexa wat is de hoofdstad van de filipijnen | PH
koks | alexa het rundvlees komt uit argentinië hoofdstad | AR
# hoveniers: "de heg", "snoeien", "de kruiwagen"
hoveniers | alexa ik sta de heg te snoeien wat is de hoofdstad van {} | nieuw-zeeland=NZ; australië=AU; papoea-nieuw-guinea=PG
hoveniers | alexa die tulpen gaan naar {} wat is daar de hoofdstad | canada=CA; de verenigde staten=US; mexico=MX
hoveniers | alexa bij de kruiwagen wat is de hoofdstad van {} | fiji=FJ; samoa=WS; tonga=TO
hoveniers | alexa de bamboe komt uit indonesië wat is de hoofdstad | ID
hoveniers | alexa hoofdstad van vanuatu | VU
hoveniers | alexa de olijfboom komt uit israël welke stad is de hoofdstad | IL
hoveniers | alexa de hoofdstad van de salomonseilanden | SB
# beveiligers: "de slagboom", "nachtdienst", "de ronde"
beveiligers | alexa in de nachtdienst vraag ik me af wat de hoofdstad van {} is | rusland=RU; belarus=BY; oekraïne=UA
beveiligers | alexa na mijn ronde wat is de hoofdstad van {} | polen=PL; litouwen=LT; letland=LV
beveiligers | alexa bij de slagboom stond een vrachtwagen uit {} wat is de hoofdstad daar | moldavië=MD; slowakije=SK; bulgarije=BG
beveiligers | alexa het is drie uur 's nachts wat is de hoofdstad van kazachstan | KZ
beveiligers | alexa op de camera zag ik een kenteken uit albanië wat is de hoofdstad | AL
beveiligers | alexa wat is de hoofdstad van noord-korea | KP
beveiligers | alexa hoofdstad van palestina | PS
# rondvaartgidsen: "links ziet u", "de gracht", "de brug"
rondvaartgidsen | alexa links ziet u een boot vol mensen uit {} wat is daar de hoofdstad | japan=JP; zuid-korea=KR; taiwan=TW
rondvaartgidsen | alexa mijn groep van vandaag kwam uit {} wat is de hoofdstad | brazilië=BR; argentinië=AR; chili=CL
rondvaartgidsen | alexa onder de brug vroeg iemand uit {} naar zijn hoofdstad welke is dat | india=IN; pakistan=PK; bangladesh=BD
rondvaartgidsen | alexa is amsterdam echt de hoofdstad van nederland | NL
rondvaartgidsen | alexa de toeristen vroegen wat de hoofdstad van nederland is | NL
rondvaartgidsen | alexa wat is de hoofdstad van noord-holland | FB
rondvaartgidsen | alexa hoe heet de hoofdstad van ierland | IE
# postbodes: "de wijk", "een pakketje", "aangetekend"
postbodes | alexa er lag een pakketje uit {} wat is daar de hoofdstad | kenia=KE; tanzania=TZ; rwanda=RW
postbodes | alexa een aangetekende brief uit {} wat is de hoofdstad | nigeria=NG; ghana=GH; kameroen=CM
postbodes | alexa op mijn wijk woont iemand uit {} wat is de hoofdstad | somalië=SO; burundi=BI; gabon=GA
postbodes | alexa een kaart uit equatoriaal-guinea wat is de hoofdstad | GQ
postbodes | alexa een pakje uit sao tomé en principe de hoofdstad graag | ST
postbodes | alexa een brief uit ivoorkust wat is de hoofdstad | CI
postbodes | alexa wat is de hoofdstad van eswatini | SZ
# postzegels: "een zegel uit", "het album", "gestempeld"
postzegels | alexa ik heb een zegel uit {} wat is daar de hoofdstad | tuvalu=TV; nauru=NR; kiribati=KI
postzegels | alexa in mijn album zit een gestempelde zegel uit {} hoe heet de hoofdstad | micronesia=FM; palau=PW; marshalleilanden=MH
postzegels | alexa een oude zegel uit {} welke stad was de hoofdstad | saint lucia=LC; dominica=DM; saint kitts en nevis=KN
postzegels | alexa een zegel uit saint vincent en de grenadines wat is de hoofdstad | VC
postzegels | alexa een zegel van antigua en barbuda hoofdstad | AG
postzegels | alexa een zegel van de bahama's wat is de hoofdstad | BS
postzegels | alexa een zegel uit trinidad en tobago welke stad is de hoofdstad | TT
postzegels | alexa een zegel uit zaïre wat is daar de hoofdstad | CD
postzegels | alexa een zegel uit ceylon welke hoofdstad hoort daarbij | LK
# sauna: "in de sauna", "een opgieting", "het dompelbad"
sauna | alexa ik zit in de sauna wat is de hoofdstad van {} | finland=FI; estland=EE; letland=LV
sauna | alexa na de opgieting wat is de hoofdstad van {} | zweden=SE; noorwegen=NO; ijsland=IS
sauna | alexa vanuit het dompelbad wat is de hoofdstad van oostenrijk | AT
sauna | alexa in de sauna vroeg een man naar de hoofdstad van turkije | TR
sauna | alexa zet de sauna aan | FB
sauna | alexa hoe lang mag ik in de sauna blijven | FB
# stormnacht: "code oranje", "het dak", "de stroom"
stormnacht | alexa het stormt hier wat is de hoofdstad van {} | schotland=GB-SCT; wales=GB-WLS; noord-ierland=GB-NIR
stormnacht | alexa code oranje en ik kan niet slapen wat is de hoofdstad van {} | ierland=IE; engeland=GB-ENG; het verenigd koninkrijk=GB
stormnacht | alexa de storm komt uit {} wat is daar de hoofdstad | ijsland=IS; groenland=GL; canada=CA
stormnacht | alexa is er code oranje | FB
stormnacht | alexa hoe hard waait het nu | FB
stormnacht | alexa tijdens de storm wat is de hoofdstad van de faeröer | FO
# breiclub: "een toer", "de naalden", "steken"
breiclub | alexa we breien een trui met de vlag van {} wat is de hoofdstad | peru=PE; bolivia=BO; ecuador=EC
breiclub | alexa tussen twee toeren door wat is de hoofdstad van {} | schotland=GB-SCT; ierland=IE; noorwegen=NO
breiclub | alexa ik heb een steek laten vallen wat is de hoofdstad van ijsland | IS
breiclub | alexa de breiclub wil weten wat de hoofdstad van letland is | LV
breiclub | alexa hoeveel steken moet ik opzetten | FB
# vaderdag: "ontbijtje voor papa", "een das", "de barbecue"
vaderdag | alexa papa wil op vaderdag weten wat de hoofdstad van {} is | portugal=PT; kroatië=HR; zwitserland=CH
vaderdag | alexa voor vaderdag een quizvraag wat is de hoofdstad van {} | canada=CA; australië=AU; japan=JP
vaderdag | alexa mijn vader zegt dat de hoofdstad van {} verkeerd is wat is het | turkije=TR; brazilië=BR; nigeria=NG
vaderdag | alexa speel een liedje voor vaderdag | FB
vaderdag | alexa papa zegt sydney is de hoofdstad van australië klopt dat | AU
vaderdag | alexa wanneer is het vaderdag | FB
# wachtkamer: "in de wachtkamer", "het nummertje", "de dokter"
wachtkamer | alexa ik zit in de wachtkamer wat is de hoofdstad van {} | myanmar=MM; thailand=TH; maleisië=MY
wachtkamer | alexa terwijl ik op mijn nummertje wacht wat is de hoofdstad van {} | singapore=SG; indonesië=ID; de filipijnen=PH
wachtkamer | alexa in de wachtkamer lag een tijdschrift over bhutan wat is de hoofdstad | BT
wachtkamer | alexa hoe lang is de wachttijd bij de huisarts | FB
# sportschool: "op de loopband", "een setje", "de spinningles"
sportschool | alexa op de loopband wat is de hoofdstad van {} | kenia=KE; ethiopië=ET; jamaica=JM
sportschool | alexa na de spinningles wat is de hoofdstad van {} | belgië=BE; luxemburg=LU; denemarken=DK
sportschool | alexa start een training van twintig minuten | FB
sportschool | alexa hoeveel calorieën verbrand ik met fietsen | FB
sportschool | alexa de hoofdstad van mongolië nu | MN
# verbouwing: "de badkamer eruit", "stucen", "de aannemer"
verbouwing | alexa de aannemer komt uit {} wat is daar de hoofdstad | polen=PL; roemenië=RO; bulgarije=BG
verbouwing | alexa de tegels komen uit {} wat is de hoofdstad | italië=IT; spanje=ES; portugal=PT
verbouwing | alexa terwijl ik aan het stucen ben wat is de hoofdstad van {} | oekraïne=UA; moldavië=MD; hongarije=HU
verbouwing | alexa het laminaat komt uit china wat is de hoofdstad | CN
verbouwing | alexa hoeveel kost een nieuwe badkamer | FB
koks | alexa de couscous is uit algerije wat is daar de hoofdstad | DZ
koks | alexa de harissa komt uit tunesië welke stad is de hoofdstad | TN
# plural-capitals
plural-capitals | alexa wat zijn de hoofdsteden van {} | zuid-afrika=ZA; bolivia=BO; maleisië=MY
plural-capitals | alexa noem alle hoofdsteden van {} | nederland=NL; benin=BJ; ivoorkust=CI
plural-capitals | alexa welke twee hoofdsteden heeft {} | sri lanka=LK; eswatini=SZ; bolivia=BO
plural-capitals | alexa wat zijn de drie hoofdsteden van zuid-afrika | ZA
plural-capitals | alexa zuid-afrika heeft toch drie hoofdsteden welke zijn dat | ZA
plural-capitals | alexa noem de hoofdsteden van zuid-afrika eens op | ZA
plural-capitals | alexa welke steden zijn allemaal hoofdstad van zuid-afrika | ZA
plural-capitals | alexa bolivia heeft twee hoofdsteden hoe heten die | BO
plural-capitals | alexa de twee hoofdsteden van bolivia graag | BO
plural-capitals | alexa wat zijn beide hoofdsteden van bolivia | BO
plural-capitals | alexa hoe zit het met de twee hoofdsteden van nederland | NL
plural-capitals | alexa nederland heeft er twee toch amsterdam en nog een welke hoofdsteden zijn het | NL
plural-capitals | alexa welke hoofdsteden heeft nederland eigenlijk | NL
plural-capitals | alexa zeg allebei de hoofdsteden van nederland | NL
plural-capitals | alexa maleisië heeft twee hoofdsteden welke zijn dat | MY
plural-capitals | alexa wat zijn beide hoofdsteden van maleisië | MY
plural-capitals | alexa noem de hoofdsteden van maleisië | MY
plural-capitals | alexa de hoofdsteden van maleisië alsjeblieft | MY
plural-capitals | alexa welke hoofdsteden heeft benin | BJ
plural-capitals | alexa benin heeft er twee geloof ik wat zijn de hoofdsteden | BJ
plural-capitals | alexa allebei de hoofdsteden van benin | BJ
plural-capitals | alexa wat zijn de twee hoofdsteden van ivoorkust | CI
plural-capitals | alexa welke steden zijn de hoofdsteden van ivoorkust | CI
plural-capitals | alexa de hoofdsteden van ivoorkust opnoemen graag | CI
plural-capitals | alexa noem beide hoofdsteden van sri lanka | LK
plural-capitals | alexa sri lanka heeft twee hoofdsteden welke | LK
plural-capitals | alexa wat zijn de hoofdsteden van sri lanka ook alweer | LK
plural-capitals | alexa wat zijn beide hoofdsteden van eswatini | SZ
plural-capitals | alexa eswatini heeft twee hoofdsteden hoe heten ze | SZ
plural-capitals | alexa de hoofdsteden van swaziland | SZ
plural-capitals | alexa welke hoofdsteden heeft swaziland allemaal | SZ
plural-capitals | alexa geef me alle drie de hoofdsteden van zuid-afrika | ZA
plural-capitals | alexa de hoofdsteden van bolivia ajde | BO
plural-capitals | alexa die twee hoofdsteden van maleisië welke waren dat ook weer | MY
plural-capitals | alexa welke hoofdsteden heeft ons eigen land | NL
plural-capitals | alexa zeg de twee hoofdsteden van de ivoorkust | CI
plural-capitals | alexa welke hoofdsteden heeft sri lanka nou echt | LK
plural-capitals | alexa hedde gij de hoofdsteden van benin | BJ
# subdivision
subdivision | alexa wat is de hoofdstad van de staat {} | californië=US-CA; texas=US-TX; florida=US-FL
subdivision | alexa welke stad is de hoofdstad van {} in amerika | new york=US-NY; washington=US-WA; nevada=US-NV
subdivision | alexa hoofdstad van de deelstaat {} | beieren=DE-BY; saksen=DE-SN; hessen=DE-HE
subdivision | alexa wat is de hoofdstad van de provincie {} in canada | ontario=CA-ON; quebec=CA-QC; alberta=CA-AB
subdivision | alexa wat is de hoofdstad van de australische staat {} | queensland=AU-QLD; victoria=AU-VIC; tasmanië=AU-TAS
subdivision | alexa wat is de hoofdstad van de indiase staat {} | kerala=IN-KL; goa=IN-GA; maharashtra=IN-MH
subdivision | alexa welke stad is de hoofdstad van de braziliaanse staat {} | bahia=BR-BA; amazonas=BR-AM; paraná=BR-PR
subdivision | alexa wat is de hoofdstad van de mexicaanse staat {} | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | alexa wat is eigenlijk de hoofdstad van {} | friesland=FB; gelderland=FB; zeeland=FB
subdivision | alexa wat is de hoofdstad van {} in spanje | catalonië=FB; andalusië=FB; baskenland=FB
subdivision | alexa welke stad is de hoofdstad van {} in italië | toscane=FB; sicilië=FB; lombardije=FB
subdivision | alexa wat is de hoofdstad van vlaanderen | FB
subdivision | alexa wat is de hoofdstad van wallonië | FB
subdivision | alexa wat is de hoofdstad van bretagne | FB
subdivision | alexa wat is de hoofdstad van de provincie antwerpen | FB
subdivision | alexa hoofdstad van kentucky | US-KY
subdivision | alexa wat is de hoofdstad van alaska | US-AK
subdivision | alexa wat is de hoofdstad van hawaï | US-HI
subdivision | alexa de hoofdstad van illinois is dat chicago | US-IL
subdivision | alexa welke stad is de hoofdstad van pennsylvania | US-PA
subdivision | alexa wat is de hoofdstad van brits-columbia | CA-BC
subdivision | alexa de hoofdstad van nunavut | CA-NU
subdivision | alexa wat is de hoofdstad van nieuw-zuid-wales | AU-NSW
subdivision | alexa wat is de hoofdstad van west-australië | AU-WA
subdivision | alexa wat is de hoofdstad van baden-württemberg | DE-BW
subdivision | alexa hoofdstad van mecklenburg-voor-pommeren | DE-MV
subdivision | alexa wat is de hoofdstad van thüringen | DE-TH
subdivision | alexa wat is de hoofdstad van rijnland-palts | DE-RP
subdivision | alexa wat is de hoofdstad van tamil nadu | IN-TN
subdivision | alexa wat is de hoofdstad van west-bengalen | IN-WB
subdivision | alexa wat is de hoofdstad van rio grande do sul | BR-RS
subdivision | alexa wat is de hoofdstad van minas gerais | BR-MG
subdivision | alexa wat is de hoofdstad van baja california | MX-BCN
subdivision | alexa wat is de hoofdstad van aruba | AW
subdivision | alexa wat is de hoofdstad van curaçao | CW
subdivision | alexa wat is de hoofdstad van sint-maarten | SX
subdivision | alexa de hoofdstad van bonaire | BQ
subdivision | alexa wat is de hoofdstad van puerto rico | PR
subdivision | alexa wat is de hoofdstad van frans-polynesië | PF
subdivision | alexa wat is de hoofdstad van nieuw-caledonië | NC
subdivision | alexa wat is de hoofdstad van gibraltar | GI
subdivision | alexa wat is de hoofdstad van jersey | JE
subdivision | alexa wat is de hoofdstad van het isle of man | IM
subdivision | alexa wat is de hoofdstad van réunion | RE
subdivision | alexa welke stad is de hoofdstad van martinique | MQ
subdivision | alexa wat is de hoofdstad van frans-guyana | GF
subdivision | alexa wat is de hoofdstad van guam | GU
subdivision | alexa wat is de hoofdstad van de kaaimaneilanden | KY
subdivision | alexa wat is de hoofdstad van bermuda | BM
subdivision | alexa wat is de hoofdstad van tibet | FB
subdivision | alexa wat is de hoofdstad van siberië | FB
subdivision | alexa wat is de hoofdstad van beieren eigenlijk | DE-BY
subdivision | alexa wat is de hoofdstad van corsica | FB
subdivision | alexa wat is de hoofdstad van de canarische eilanden | FB
subdivision | alexa wat is de hoofdstad van schotland | GB-SCT
subdivision | alexa wat is de hoofdstad van wales | GB-WLS
subdivision | alexa wat is de hoofdstad van hongkong | HK
# follow-up
follow-up | alexa en {} | eritrea=ER; gabon=GA; nauru=NR
follow-up | alexa en van {} dan | servië=RS; kosovo=XK; montenegro=ME
follow-up | alexa oké en {} | noord-korea=KP; zuid-korea=KR; japan=JP
follow-up | alexa en die van {} | congo-kinshasa=CD; congo-brazzaville=CG; angola=AO
follow-up | alexa nou en {} dan | zambia=ZM; malawi=MW; burundi=BI
follow-up | alexa dan {} | turkmenistan=TM; kirgizië=KG; tadzjikistan=TJ
follow-up | alexa en de hoofdstad van het buurland {} | belgië=BE; duitsland=DE; luxemburg=LU
follow-up | alexa en hoe zit het met {} | palestina=PS; israël=IL; jordanië=JO
follow-up | alexa zelfde vraag voor {} | zuid-afrika=ZA; namibië=NA; botswana=BW
follow-up | alexa en zuid-korea dan | KR
follow-up | alexa en noord-korea | KP
follow-up | alexa en palestina dan | PS
follow-up | alexa en nog eentje malta | MT
follow-up | alexa en verder cyprus | CY
follow-up | alexa wacht en die van de democratische republiek congo | CD
follow-up | alexa ook nog even die van de republiek congo | CG
follow-up | alexa hetzelfde voor vaticaanstad | VA
follow-up | alexa en van singapore | SG
follow-up | alexa doe ook maar suriname | SR
follow-up | alexa en die van sierra leone | SL
follow-up | alexa en brunei daarna | BN
follow-up | alexa volgende land haïti | HT
follow-up | alexa nog eentje dan grenada | GD
follow-up | alexa en dominica | DM
# yes-no-check
yes-no-check | alexa is {} | ankara de hoofdstad van turkije=TR; sydney de hoofdstad van australië=AU; rio de janeiro de hoofdstad van brazilië=BR
yes-no-check | alexa klopt het dat {} | lagos de hoofdstad van nigeria is=NG; zürich de hoofdstad van zwitserland is=CH; almaty de hoofdstad van kazachstan is=KZ
yes-no-check | alexa is het waar dat {} | istanbul de hoofdstad van turkije is=TR; toronto de hoofdstad van canada is=CA; casablanca de hoofdstad van marokko is=MA
yes-no-check | alexa is pretoria de hoofdstad van zuid-afrika | ZA
yes-no-check | alexa is kaapstad ook een hoofdstad van zuid-afrika | ZA
yes-no-check | alexa is la paz de hoofdstad van bolivia | BO
yes-no-check | alexa is sucre de hoofdstad van bolivia of la paz | BO
yes-no-check | alexa is den haag de hoofdstad van nederland | NL
yes-no-check | alexa is kuala lumpur nog steeds de hoofdstad van maleisië | MY
yes-no-check | alexa is pyongyang de hoofdstad van noord-korea | KP
yes-no-check | alexa is seoul de hoofdstad van zuid-korea | KR
yes-no-check | alexa is busan de hoofdstad van zuid-korea | KR
yes-no-check | alexa is kinshasa de hoofdstad van congo | CD
yes-no-check | alexa is brazzaville de hoofdstad van de republiek congo | CG
yes-no-check | alexa is ramallah de hoofdstad van palestina | PS
yes-no-check | alexa is jeruzalem de hoofdstad van israël | IL
yes-no-check | alexa is abidjan de hoofdstad van ivoorkust | CI
yes-no-check | alexa is dar es salaam nog de hoofdstad van tanzania | TZ
yes-no-check | alexa is yangon de hoofdstad van myanmar | MM
yes-no-check | alexa is karachi de hoofdstad van pakistan | PK
yes-no-check | alexa is new york de hoofdstad van amerika | US
yes-no-check | alexa is washington de hoofdstad van de verenigde staten | US
yes-no-check | alexa is bern echt de hoofdstad van zwitserland | CH
yes-no-check | alexa is astana de hoofdstad van kazachstan | KZ
yes-no-check | alexa is colombo de hoofdstad van sri lanka | LK
yes-no-check | alexa is edinburgh de hoofdstad van schotland | GB-SCT
yes-no-check | alexa is lomé de hoofdstad van togo | TG
yes-no-check | alexa is abuja de hoofdstad van nigeria | NG
yes-no-check | alexa is quebec de hoofdstad van quebec | CA-QC
yes-no-check | alexa is marrakesh de hoofdstad van marokko | MA
yes-no-check | alexa is gitega nu de hoofdstad van burundi | BI
yes-no-check | alexa is praag de hoofdstad van slowakije | SK
yes-no-check | alexa is wellington de hoofdstad van nieuw-zeeland | NZ
yes-no-check | alexa is het waar dat dodoma de hoofdstad is | CITY:Dodoma
# self-correction
self-correction | alexa zeg me even de hoofdstad van {} | oostenrijk nee ik bedoel australië=AU; zweden nee zwitserland=CH; slowakije sorry slovenië=SI
self-correction | alexa de hoofdstad van {} | ijsland nee ierland=IE; irak o nee iran=IR; gambia nee wacht zambia=ZM
self-correction | alexa hoofdstad van {} | nigeria nee niger=NE; guinee eh guinee-bissau=GW; mali nee malawi=MW
self-correction | alexa wat is de hoofdstad van zuid-korea nee noord-korea | KP
self-correction | alexa wat is de hoofdstad van noord-korea nee zuid bedoel ik | KR
self-correction | alexa wat is de hoofdstad van congo nee de democratische republiek congo | CD
self-correction | alexa de hoofdstad van de democratische republiek congo eh nee de republiek congo | CG
self-correction | alexa wat is de hoofdstad van israël of nee palestina | PS
self-correction | alexa wat is de hoofdstad van maleisië nee indonesië | ID
self-correction | alexa hoofdstad van indonesië nee sorry maleisië | MY
self-correction | alexa wat is de hoofdstad van colombia nee columbia ik bedoel colombia het land | CO
self-correction | alexa wat is de hoofdstad van dominica nee dominicaanse republiek | DO
self-correction | alexa wat is de hoofdstad van letland o nee litouwen | LT
self-correction | alexa wat is de hoofdstad van zweden nee wacht noorwegen | NO
self-correction | alexa de hoofdstad van armenië eh albanië | AL
self-correction | alexa wat is de hoofdstad van tsjechië nee tsjaad | TD
self-correction | alexa wat is de hoofdstad van paraguay nee uruguay bedoel ik | UY
self-correction | alexa wat is de hoofdstad van de filipijnen nee fiji | FJ
self-correction | alexa wat is de hoofdstad van mauritanië nee mauritius | MU
self-correction | alexa hoofdstad van bolivia eh nee van peru | PE
self-correction | alexa wat is de hoofdstad van libië sorry libanon | LB
self-correction | alexa wat is de hoofdstad van kameroen nee comoren | KM
self-correction | alexa wat is de hoofdstad van jemen nee oman | OM
self-correction | alexa wat is de hoofdstad van samoa nee tonga | TO
self-correction | alexa wat is de hoofdstad van guyana nee ghana | GH
self-correction | alexa wat is de hoofdstad van suriname nee wacht ik wilde de weersverwachting | FB
# reverse-question
reverse-question | alexa van welk land is {} de hoofdstad | nairobi=CITY:Nairobi; ulaanbaatar=CITY:Ulaanbaatar; asjchabad=CITY:Asjchabad
reverse-question | alexa {} is de hoofdstad van welk land | windhoek=CITY:Windhoek; gaborone=CITY:Gaborone; lusaka=CITY:Lusaka
reverse-question | alexa welk land heeft {} als hoofdstad | vientiane=CITY:Vientiane; paramaribo=CITY:Paramaribo; ouagadougou=CITY:Ouagadougou
reverse-question | alexa waar is {} de hoofdstad van | pyongyang=CITY:Pyongyang; seoul=CITY:Seoul; kinshasa=CITY:Kinshasa
reverse-question | alexa van welk land is brazzaville de hoofdstad | CITY:Brazzaville
reverse-question | alexa ramallah is de hoofdstad van wat | CITY:Ramallah
reverse-question | alexa welk land heeft pretoria als hoofdstad | CITY:Pretoria
reverse-question | alexa waar is bloemfontein de hoofdstad van | CITY:Bloemfontein
reverse-question | alexa sucre is toch ergens de hoofdstad van welk land is dat | CITY:Sucre
reverse-question | alexa putrajaya is de hoofdstad van welk land | CITY:Putrajaya
reverse-question | alexa welk land heeft den haag als regeringszetel | CITY:Den Haag
reverse-question | alexa van welk land is tbilisi de hoofdstad | CITY:Tbilisi
reverse-question | alexa bisjkek is de hoofdstad van welk land | CITY:Bisjkek
reverse-question | alexa van welk land is podgorica de hoofdstad | CITY:Podgorica
reverse-question | alexa welk land hoort bij de hoofdstad tegucigalpa | CITY:Tegucigalpa
reverse-question | alexa van welk land is majuro de hoofdstad | CITY:Majuro
reverse-question | alexa funafuti is de hoofdstad van | CITY:Funafuti
reverse-question | alexa waar is bangui de hoofdstad van | CITY:Bangui
reverse-question | alexa welk land heeft malabo als hoofdstad | CITY:Malabo
reverse-question | alexa van welk land is thimphu de hoofdstad | CITY:Thimphu
reverse-question | alexa welk land heeft montevideo als hoofdstad | CITY:Montevideo
reverse-question | alexa van welk land is nicosia de hoofdstad | CITY:Nicosia
reverse-question | alexa welk land heeft riga als hoofdstad | CITY:Riga
reverse-question | alexa bij welk land hoort de hoofdstad apia | CITY:Apia
reverse-question | alexa van welk land is georgetown de hoofdstad | CITY:Georgetown
reverse-question | alexa welk land heeft juba als hoofdstad | CITY:Juba
reverse-question | alexa welke staat heeft sacramento als hoofdstad | CITY:Sacramento
reverse-question | alexa waarvan is yamoussoukro de hoofdstad | CITY:Yamoussoukro
reverse-question | alexa van welk land is victoria de hoofdstad | CITY:Victoria
reverse-question | alexa welk land heeft kingston als hoofdstad | CITY:Kingston
# official-name
official-name | alexa wat is de hoofdstad van de {} | bondsrepubliek duitsland=DE; franse republiek=FR; italiaanse republiek=IT
official-name | alexa wat is de hoofdstad van het {} | koninkrijk der nederlanden=NL; koninkrijk belgië=BE; verenigd koninkrijk van groot-brittannië en noord-ierland=GB
official-name | alexa hoofdstad van de {} | democratische volksrepubliek korea=KP; republiek korea=KR; volksrepubliek china=CN
official-name | alexa wat is de hoofdstad van de plurinationale staat bolivia | BO
official-name | alexa wat is de hoofdstad van de republiek zuid-afrika | ZA
official-name | alexa wat is de hoofdstad van de federatie maleisië | MY
official-name | alexa wat is de hoofdstad van de staat palestina | PS
official-name | alexa wat is de hoofdstad van de democratische republiek congo | CD
official-name | alexa wat is de hoofdstad van de republiek congo | CG
official-name | alexa wat is de hoofdstad van de russische federatie | RU
official-name | alexa wat is de hoofdstad van de verenigde mexicaanse staten | MX
official-name | alexa wat is de hoofdstad van de islamitische republiek iran | IR
official-name | alexa wat is de hoofdstad van het koninkrijk saoedi-arabië | SA
official-name | alexa wat is de hoofdstad van de socialistische republiek vietnam | VN
official-name | alexa wat is de hoofdstad van de democratische socialistische republiek sri lanka | LK
official-name | alexa wat is de hoofdstad van de republiek der unie van myanmar | MM
official-name | alexa wat is de hoofdstad van het hasjemitisch koninkrijk jordanië | JO
official-name | alexa wat is de hoofdstad van de zwitserse bondsstaat | CH
official-name | alexa wat is de hoofdstad van de federale democratische republiek ethiopië | ET
official-name | alexa wat is de hoofdstad van de verenigde republiek tanzania | TZ
official-name | alexa wat is de hoofdstad van de oostelijke republiek uruguay | UY
official-name | alexa wat is de hoofdstad van de bolivariaanse republiek venezuela | VE
official-name | alexa wat is de hoofdstad van de arabische republiek egypte | EG
official-name | alexa wat is de hoofdstad van de republiek ivoorkust | CI
official-name | alexa wat is de hoofdstad van het koninkrijk eswatini | SZ
official-name | alexa wat is de hoofdstad van het groothertogdom luxemburg | LU
official-name | alexa wat is de hoofdstad van het vorstendom liechtenstein | LI
official-name | alexa wat is de hoofdstad van de republiek der filipijnen | PH
official-name | alexa wat is de hoofdstad van de federale republiek nigeria | NG
official-name | alexa wat is de hoofdstad van de republiek benin | BJ
official-name | alexa wat is de hoofdstad van de hellenische republiek | GR
official-name | alexa wat is de hoofdstad van de kirgizische republiek | KG
official-name | alexa wat is de hoofdstad van de federatie van saint kitts en nevis | KN
plural-capitals | alexa zuid-afrika die drie hoofdsteden noem ze eens allemaal | ZA
plural-capitals | alexa welke drie steden zijn de hoofdsteden van zuid-afrika ook weer | ZA
plural-capitals | alexa in welke steden zit de regering van zuid-afrika de hoofdsteden bedoel ik | ZA
plural-capitals | alexa eswatini met die twee hoofdsteden welke steden zijn dat | SZ
plural-capitals | alexa van eswatini wil ik beide hoofdsteden horen | SZ
plural-capitals | alexa benin wat zijn daar de hoofdsteden allebei | BJ
plural-capitals | alexa noem me de hoofdsteden van benin in afrika | BJ
plural-capitals | alexa in bolivia zijn er twee hoofdsteden noem ze | BO
plural-capitals | alexa bolivia met zijn hoofdsteden welke zijn het | BO
plural-capitals | alexa de twee hoofdsteden van sri lanka wil ik weten | LK
plural-capitals | alexa sri lanka welke steden zijn daar hoofdstad | LK
plural-capitals | alexa maleisië welke steden zijn daar allebei hoofdstad | MY
plural-capitals | alexa geef de hoofdsteden van maleisië maar | MY
# everyday-name
everyday-name | alexa zeg eens de hoofdstad van {} | holland=NL; amerika=US; engeland=GB-ENG
everyday-name | alexa wat is de hoofdstad van {} eigenlijk | perzië=IR; siam=TH; birma=MM
everyday-name | alexa de hoofdstad van {} graag | rhodesië=ZW; abessinië=ET; dahomey=BJ
everyday-name | alexa wat is de hoofdstad van zaïre | CD
everyday-name | alexa wat was de hoofdstad van opper-volta | BF
everyday-name | alexa wat is de hoofdstad van swaziland | SZ
everyday-name | alexa wat is de hoofdstad van wit-rusland | BY
everyday-name | alexa wat is de hoofdstad van macedonië | MK
everyday-name | alexa wat is de hoofdstad van tsjechoslowakije | FB
everyday-name | alexa wat is de hoofdstad van joegoslavië | FB
everyday-name | alexa wat is de hoofdstad van de sovjet-unie | FB
everyday-name | alexa wat is de hoofdstad van kampuchea | KH
everyday-name | alexa wat is de hoofdstad van de emiraten | AE
everyday-name | alexa wat is de hoofdstad van groot-brittannië | GB
everyday-name | alexa wat is de hoofdstad van het vk | GB
everyday-name | alexa wat is de hoofdstad van de vs | US
everyday-name | alexa wat is de hoofdstad van tsjechië of czechia | CZ
everyday-name | alexa wat is de hoofdstad van de ivoorkust | CI
everyday-name | alexa wat is de hoofdstad van côte d'ivoire | CI
everyday-name | alexa wat is de hoofdstad van timor-leste | TL
everyday-name | alexa wat is de hoofdstad van cabo verde | CV
everyday-name | alexa wat is de hoofdstad van turkiye | TR
everyday-name | alexa wat is de hoofdstad van holland nou echt | NL
everyday-name | alexa hoofdstad van belgenland | BE
everyday-name | alexa wat is de hoofdstad van moffenland | DE
everyday-name | alexa wat is de hoofdstad van zuid-rhodesië | ZW
everyday-name | alexa wat is de hoofdstad van nederlands-indië | FB
everyday-name | alexa wat is de hoofdstad van formosa | TW
everyday-name | alexa wat is de hoofdstad van bosnië | BA
everyday-name | alexa wat is de hoofdstad van de dr congo | CD
everyday-name | alexa wat is de hoofdstad van congo-kinshasa | CD
everyday-name | alexa wat is de hoofdstad van congo-brazzaville | CG
everyday-name | alexa wat is de hoofdstad van kongo | FB
# shared-name
shared-name | alexa wat is de hoofdstad van georgia | GE+US-GA
shared-name | alexa wat is de hoofdstad van georgia in amerika | US-GA
shared-name | alexa wat is de hoofdstad van georgië bij rusland | GE
shared-name | alexa wat is de hoofdstad van korea | KP+KR
shared-name | alexa wat zijn de hoofdsteden van de twee korea's | KP+KR
shared-name | alexa hoofdstad van congo | CD+CG
shared-name | alexa wat is de hoofdstad van de twee congo's | CD+CG
shared-name | alexa wat is de hoofdstad van guinee | GN
shared-name | alexa wat is de hoofdstad van washington | US-WA
shared-name | alexa wat is de hoofdstad van de staat washington | US-WA
shared-name | alexa wat is de hoofdstad van mexico de staat | MX-MEX
shared-name | alexa wat is de hoofdstad van het land mexico | MX
shared-name | alexa wat is de hoofdstad van luxemburg het land | LU
shared-name | alexa wat is de hoofdstad van de belgische provincie luxemburg | FB
shared-name | alexa wat is de hoofdstad van new york de staat | US-NY
shared-name | alexa wat is de hoofdstad van ierland het eiland | IE
shared-name | alexa wat is de hoofdstad van macedonië in griekenland | FB
shared-name | alexa wat is de hoofdstad van sudan of zuid-sudan | SD+SS
shared-name | alexa wat is de hoofdstad van dominica het eiland | DM
shared-name | alexa wat is de hoofdstad van guinee-bissau niet guinee | GW
shared-name | alexa wat is de hoofdstad van samoa niet amerikaans-samoa | WS
shared-name | alexa wat is de hoofdstad van amerikaans-samoa | AS
shared-name | alexa wat is de hoofdstad van victoria in australië | AU-VIC
shared-name | alexa wat is de hoofdstad van punjab in india | IN-PB
shared-name | alexa wat is de hoofdstad van de punjab in pakistan | FB
shared-name | alexa de hoofdstad van noord-korea en zuid-korea | KP+KR
shared-name | alexa wat is de hoofdstad van de maagdeneilanden | VG+VI
shared-name | alexa wat is de hoofdstad van de britse maagdeneilanden | VG
shared-name | alexa wat is de hoofdstad van sint maarten aan de franse kant | MF
shared-name | alexa wat is de hoofdstad van azerbeidzjan in iran | FB
shared-name | alexa wat is de hoofdstad van de republiek georgië | GE
# help
help | alexa help eens met hoofdsteden van de wereld | HELP
help | alexa wat kan ik allemaal vragen | HELP
help | alexa ik snap niet hoe dit werkt | HELP
help | alexa hoe werkt dit spelletje eigenlijk | HELP
help | alexa vraag hoofdsteden van de wereld wat ik kan zeggen | HELP
help | alexa ajde bre help me even | HELP
help | alexa che hoe gebruik ik dit | HELP
help | alexa jonge wa moet ik zeggen | HELP
help | alexa hedde gij uitleg voor mij | HELP
help | alexa geef eens een voorbeeld van een vraag | HELP
help | alexa ik weet niet wat ik moet vragen | HELP
help | alexa leg het nog een keer uit | HELP
help | alexa wat zijn de opties | HELP
help | alexa hulp alsjeblieft | HELP
help | alexa kun je me uitleggen wat deze skill doet | HELP
help | alexa hoe vraag ik naar een hoofdstad | HELP
help | alexa hej hoe werkt det | HELP
help | alexa yalla help me | HELP
help | alexa jao wat kan ik hier mee | HELP
help | alexa ik kump er nie uit help | HELP
help | alexa uitleg graag | HELP
help | alexa wat moet ik nou zeggen tegen deze app | HELP
help | alexa help hoe vraag ik de hoofdstad van een staat | HELP
help | alexa ik ben het kwijt help | HELP
# stop
stop | alexa stop maar | STOP
stop | alexa houdoe | STOP
stop | alexa ik heb genoeg hoofdsteden gehad | STOP
stop | alexa klaar ermee | STOP
stop | alexa afsluiten | STOP
stop | alexa stop hoofdsteden van de wereld | STOP
stop | alexa ajde stop | STOP
stop | alexa che basta | STOP
stop | alexa het is mooi geweest | STOP
stop | alexa genoeg voor vandaag | STOP
stop | alexa jao stop d'r mee | STOP
stop | alexa hou maar op | STOP
stop | alexa uitzetten graag | STOP
stop | alexa sluit de skill af | STOP
stop | alexa ik moet weer aan het werk stop | STOP
stop | alexa de klant is er stop | STOP
stop | alexa stoppen nu | STOP
stop | alexa hej stop | STOP
stop | alexa wallahi stop nu | STOP
stop | alexa mijn leerling staat voor de deur stop | STOP
stop | alexa einde quiz | STOP
stop | alexa nou ophouden | STOP
stop | alexa het is klaar zo | STOP
stop | alexa jonge stop nou | STOP
# cancel
cancel | alexa annuleren | CANCEL
cancel | alexa laat maar zitten | CANCEL
cancel | alexa vergeet die vraag | CANCEL
cancel | alexa nee laat maar | CANCEL
cancel | alexa annuleer dat | CANCEL
cancel | alexa laat maar ik weet het al | CANCEL
cancel | alexa ajde laat maar | CANCEL
cancel | alexa che laat maar | CANCEL
cancel | alexa wa laat maar | CANCEL
cancel | alexa hej nee laat maar | CANCEL
cancel | alexa yalla vergeet het | CANCEL
cancel | alexa annuleer die vraag maar | CANCEL
cancel | alexa nee toch niet | CANCEL
cancel | alexa doe maar niet | CANCEL
cancel | alexa vergeet het maar | CANCEL
cancel | alexa laat die hoofdstad maar zitten | CANCEL
cancel | alexa ik bedoelde niks annuleer | CANCEL
cancel | alexa jao laat maar zitten | CANCEL
cancel | alexa nee verkeerde vraag annuleren | CANCEL
cancel | alexa annuleer maar jonge | CANCEL
cancel | alexa hoeft niet meer | CANCEL
cancel | alexa niet nodig laat maar | CANCEL
cancel | alexa nee nee laat maar zitten | CANCEL
cancel | alexa de vraag intrekken | CANCEL
# launch
launch | alexa open hoofdsteden van de wereld | LAUNCH
launch | alexa start hoofdsteden van de wereld | LAUNCH
launch | alexa hoofdsteden van de wereld | LAUNCH
launch | alexa begin hoofdsteden van de wereld | LAUNCH
launch | alexa speel hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden van de wereld alsjeblieft | LAUNCH
launch | alexa ik wil hoofdsteden van de wereld | LAUNCH
launch | alexa zet hoofdsteden van de wereld aan | LAUNCH
launch | alexa doe hoofdsteden van de wereld | LAUNCH
launch | alexa ajde open hoofdsteden van de wereld | LAUNCH
launch | alexa che start hoofdsteden van de wereld | LAUNCH
launch | alexa hej open hoofdsteden van de wereld | LAUNCH
launch | alexa jao start hoofdsteden van de wereld eens | LAUNCH
launch | alexa jonge doe hoofdsteden van de wereld | LAUNCH
launch | alexa yalla hoofdsteden van de wereld openen | LAUNCH
launch | alexa laat hoofdsteden van de wereld maar komen | LAUNCH
launch | alexa mag ik hoofdsteden van de wereld | LAUNCH
launch | alexa kun je hoofdsteden van de wereld openen | LAUNCH
launch | alexa ik wil graag hoofdsteden van de wereld spelen | LAUNCH
launch | alexa vraag hoofdsteden van de wereld | LAUNCH
launch | alexa hoofdsteden van de wereld starten | LAUNCH
launch | alexa open de skill hoofdsteden van de wereld | LAUNCH
launch | alexa start de app hoofdsteden van de wereld | LAUNCH
launch | alexa hoofdsteden van de wereld openen graag | LAUNCH
launch | alexa in de sauna even hoofdsteden van de wereld | LAUNCH
launch | alexa voor papa hoofdsteden van de wereld openen | LAUNCH
launch | alexa hedde gij hoofdsteden van de wereld | LAUNCH
launch | alexa tijdens de pauze open hoofdsteden van de wereld | LAUNCH
launch | alexa open nog een keer hoofdsteden van de wereld | LAUNCH
launch | alexa start opnieuw hoofdsteden van de wereld | LAUNCH
# invocation with question
invocation | alexa vraag hoofdsteden van de wereld wat de hoofdstad van {} is | kenia=KE; oeganda=UG; tanzania=TZ
invocation | alexa vraag aan hoofdsteden van de wereld de hoofdstad van {} | zuid-afrika=ZA; noord-korea=KP; palestina=PS
invocation | alexa vraag hoofdsteden van de wereld welke hoofdsteden {} heeft | bolivia=BO; nederland=NL; maleisië=MY
invocation | alexa open hoofdsteden van de wereld en zeg de hoofdstad van zuid-korea | KR
invocation | alexa vraag hoofdsteden van de wereld naar de hoofdstad van de republiek congo | CG
invocation | alexa vraag hoofdsteden van de wereld van welk land dodoma de hoofdstad is | CITY:Dodoma
invocation | alexa start hoofdsteden van de wereld met de hoofdstad van congo-kinshasa | CD
# out-of-domain
out-of-domain | alexa hoeveel inwoners heeft {} | boedapest=FB; lissabon=FB; nairobi=FB
out-of-domain | alexa hoe laat is het nu in {} | tokio=FB; buenos aires=FB; kopenhagen=FB
out-of-domain | alexa wat voor weer is het in {} | belgrado=FB; khartoem=FB; venlo=FB
out-of-domain | alexa welke taal spreken ze in {} | servië=FB; soedan=FB; argentinië=FB
out-of-domain | alexa wat is de munteenheid van {} | denemarken=FB; argentinië=FB; servië=FB
out-of-domain | alexa hoe ver is het van tilburg naar {} | breda=FB; den bosch=FB; eindhoven=FB
out-of-domain | alexa speel muziek van {} | guus meeuwis=FB; rowwen hèze=FB; andré hazes=FB
out-of-domain | alexa zet een timer van {} | tien minuten=FB; een kwartier=FB; vijf minuten=FB
out-of-domain | alexa wat is de grootste stad van {} | brazilië=FB; australië=FB; turkije=FB
out-of-domain | alexa wat is de hoofdstad van {} | europa=FB; afrika=FB; azië=FB
out-of-domain | alexa wat is de hoofdstad van zuid-amerika | FB
out-of-domain | alexa wat is de hoofdstad van de wereld | FB
out-of-domain | alexa wat is de hoofdstad van de mode | FB
out-of-domain | alexa wat is de hoofdstad van de maan | FB
out-of-domain | alexa wat is de hoofdstad van mordor | FB
out-of-domain | alexa wat is de hoofdstad van oeteldonk | FB
out-of-domain | alexa wat is de hoofdstad van de efteling | FB
out-of-domain | alexa wat is de hoofdletter van de a | FB
out-of-domain | alexa wat is een hoofdstad | FB
out-of-domain | alexa hoeveel landen zijn er in de wereld | FB
out-of-domain | alexa hoeveel hoofdsteden zijn er | FB
out-of-domain | alexa welk land heeft de meeste inwoners | FB
out-of-domain | alexa wat is het kleinste land ter wereld | FB
out-of-domain | alexa hoe hoog is de mount everest | FB
out-of-domain | alexa wat is de langste rivier van afrika | FB
out-of-domain | alexa welke hoofdstad ligt het hoogst | FB
out-of-domain | alexa welke hoofdstad is het koudst | FB
out-of-domain | alexa sinds wanneer is amsterdam de hoofdstad | FB
out-of-domain | alexa waarom is bern de hoofdstad van zwitserland | FB
out-of-domain | alexa hoe spreek je reykjavik uit | FB
out-of-domain | alexa vertaal hoofdstad in het engels | FB
out-of-domain | alexa zet de verwarming hoger | FB
out-of-domain | alexa doe het licht in de woonkamer uit | FB
out-of-domain | alexa wat is het weer morgen in den bosch | FB
out-of-domain | alexa gaat het morgen regenen | FB
out-of-domain | alexa speel radio tien | FB
out-of-domain | alexa speel het nieuws | FB
out-of-domain | alexa zet een wekker om zes uur | FB
out-of-domain | alexa herinner me eraan de vuilnisbak buiten te zetten | FB
out-of-domain | alexa zet melk op mijn boodschappenlijst | FB
out-of-domain | alexa wat staat er op mijn agenda | FB
out-of-domain | alexa vertel een mop | FB
out-of-domain | alexa hoe oud ben jij | FB
out-of-domain | alexa ben jij een robot | FB
out-of-domain | alexa wie won de wedstrijd van willem twee | FB
out-of-domain | alexa hoe speelde nac gisteren | FB
out-of-domain | alexa hoe laat is de carnavalsoptocht | FB
out-of-domain | alexa wat is de hoofdstad van vasteloavend | FB
out-of-domain | alexa wanneer is de tilburgse kermis | FB
out-of-domain | alexa hoe laat vertrekt de trein naar venlo | FB
out-of-domain | alexa hoe lang moet een ei koken | FB
out-of-domain | alexa wat is een goede wijn bij vis | FB
out-of-domain | alexa hoeveel gram is een eetlepel bloem | FB
out-of-domain | alexa hoe snoei ik een hortensia | FB
out-of-domain | alexa wanneer moet ik het gras maaien | FB
out-of-domain | alexa wat kost een loodgieter per uur | FB
out-of-domain | alexa hoe ontstop ik een afvoer | FB
out-of-domain | alexa hoeveel rijlessen heb ik nodig | FB
out-of-domain | alexa wat is de maximumsnelheid op de snelweg | FB
out-of-domain | alexa wanneer komt de post vandaag | FB
out-of-domain | alexa wat kost een postzegel | FB
out-of-domain | alexa wat is een penny black waard | FB
out-of-domain | alexa hoeveel graden is het in de sauna | FB
out-of-domain | alexa waarschuw me als de storm komt | FB
out-of-domain | alexa wat is windkracht tien | FB
out-of-domain | alexa hoe brei ik een sjaal | FB
out-of-domain | alexa wat is een goed cadeau voor vaderdag | FB
out-of-domain | alexa hoe laat gaat de sportschool open | FB
out-of-domain | alexa speel spinningmuziek | FB
out-of-domain | alexa hoeveel kost stucwerk per vierkante meter | FB
out-of-domain | alexa wat is de hoofdstad van het stucwerk | FB
out-of-domain | alexa hoe laat gaat de huisarts open | FB
out-of-domain | alexa bel de dokter | FB
out-of-domain | alexa wat betekent che | FB
out-of-domain | alexa wat betekent bre in het servisch | FB
out-of-domain | alexa hoe zeg je dank je wel in het deens | FB
out-of-domain | alexa speel een tango | FB
out-of-domain | alexa wie is de president van argentinië | FB
out-of-domain | alexa wie is de koning van denemarken | FB
out-of-domain | alexa wie is de burgemeester van breda | FB
out-of-domain | alexa wat is de hoofdstad van de gemeente deventer | FB
out-of-domain | alexa hoeveel mensen wonen er in khartoem | FB
out-of-domain | alexa hoe ver is belgrado van amsterdam | FB
out-of-domain | alexa hoe laat is het in kopenhagen | FB
out-of-domain | alexa welke kleur heeft de vlag van soedan | FB
out-of-domain | alexa wat is het volkslied van servië | FB
out-of-domain | alexa welk land is het grootste van afrika | FB
out-of-domain | alexa waar ligt de hoofdstad van canada op de kaart | FB
out-of-domain | alexa hoe heet de rivier door belgrado | FB
out-of-domain | alexa welke hoofdstad heeft de meeste bruggen | FB
out-of-domain | alexa wat was de hoofdstad van het romeinse rijk | FB
out-of-domain | alexa wat was de hoofdstad van pruisen | FB
out-of-domain | alexa wat is de hoofdstad van atlantis | FB
out-of-domain | alexa wat is de hoofdstad van narnia | FB
out-of-domain | alexa wat is de hoofdstad van het bier | FB
out-of-domain | alexa wat is de hoofdstad van de kaas | FB
out-of-domain | alexa hoofdstad met een p van zes letters | FB
out-of-domain | alexa geef me een hoofdstad die begint met een k | FB
out-of-domain | alexa noem alle hoofdsteden van europa | FB
out-of-domain | alexa overhoor mij op hoofdsteden van afrika | FB
out-of-domain | alexa start een quiz over vlaggen | FB
out-of-domain | alexa wat is de hoofdstad van de provincie | FB
out-of-domain | alexa wat is de hoofdstad | FB
out-of-domain | alexa hoofdstad | FB
out-of-domain | alexa wat is de hoofdstad van eh | FB
out-of-domain | alexa koop een reis naar lissabon | FB
out-of-domain | alexa boek een hotel in praag | FB
out-of-domain | alexa wat kost een vlucht naar buenos aires | FB
out-of-domain | alexa hoeveel is tien euro in dollars | FB
out-of-domain | alexa hoeveel pesos is een euro | FB
out-of-domain | alexa wat is de wisselkoers van de deense kroon | FB
out-of-domain | alexa welke dag is het vandaag | FB
out-of-domain | alexa hoe laat gaat de zon onder | FB
out-of-domain | alexa wat is de hoofdstad van mijn dromen | FB
out-of-domain | alexa volume hoger | FB
out-of-domain | alexa zachter | FB
out-of-domain | alexa pauzeer de muziek | FB
out-of-domain | alexa welk nummer is dit | FB
out-of-domain | alexa lees een verhaaltje voor | FB
out-of-domain | alexa hoe gaat het met je | FB
out-of-domain | alexa goeiemorgen | FB
out-of-domain | alexa dank je wel | FB
out-of-domain | alexa wat is de postcode van den bosch | FB
out-of-domain | alexa hoe spel je ouagadougou | FB
out-of-domain | alexa hoeveel letters heeft reykjavik | FB
out-of-domain | alexa welke landen grenzen aan servië | FB
out-of-domain | alexa in welk werelddeel ligt soedan | FB
# more for the own families
bosschenaren | alexa ge zult het nie geloven maar ik ben de hoofdstad van {} kwijt | bahrein=BH; koeweit=KW; qatar=QA
bosschenaren | alexa in oeteldonk zei een prins dat de hoofdstad van {} anders heet hoe heet ie | kazachstan=KZ; myanmar=MM; nigeria=NG
bosschenaren | alexa ge wit toch wel welke stad de hoofdstad van bolivia is | BO
bosschenaren | alexa hedde gij al gehoord welke hoofdsteden zuid-afrika heeft | ZA
tilburgers | alexa wa was de hoofdstad van {} nou ook alweer jong | zuid-korea=KR; noord-korea=KP; palestina=PS
tilburgers | alexa op de kermis won ik een beer uit maleisië wa zijn de hoofdsteden daar | MY
tilburgers | alexa wa is de hoofdstad van nederland volgens jou mee | NL
venlonaren | alexa gaot 't wat is de hoofdstad van {} | saksen=DE-SN; brandenburg=DE-BB; saarland=DE-SL
venlonaren | alexa jao is keulen de hoofdstad van noordrijn-westfalen | DE-NW
venlonaren | alexa hoe is 't wat is de hoofdstad van de republiek congo | CG
deventenaren | alexa op de brink zei iemand iets over {} wat zeg ie is daar de hoofdstad | kenia=KE; soedan=SD; liberia=LR
deventenaren | alexa ik kump er nie op hoe heet de hoofdstad van {} ja toch | zuid-afrika=ZA; noord-korea=KP; congo-brazzaville=CG
deventenaren | alexa in een boek van het boekenfestijn stond de hoofdstad van {} maar ik weet het niet meer | tibet=FB; perzië=IR; ceylon=LK
deventenaren | alexa wat zeg ie de hoofdstad van de democratische republiek congo | CD
deventenaren | alexa de koek gaat naar zuid-korea wat is daar de hoofdstad | KR
bredanaars | alexa allee wat is de hoofdstad van {} dan | palestina=PS; congo-kinshasa=CD; zuid-korea=KR
bredanaars | alexa jonge jonge wat zijn de hoofdsteden van {} | zuid-afrika=ZA; maleisië=MY; nederland=NL
bredanaars | alexa hedde gij de hoofdstad van {} in oe hoofd | egypte=EG; ethiopië=ET; marokko=MA
bredanaars | alexa in het valkenberg vroeg een toerist wat de hoofdstad van bolivia is | BO
argentijnen | alexa che wat zijn de hoofdsteden van bolivia | BO
argentijnen | alexa mirá ik kijk voetbal tegen {} wat is hun hoofdstad | nederland=NL; kroatië=HR; frankrijk=FR
serviers | alexa ajde bre wat zijn de hoofdsteden van {} | zuid-afrika=ZA; bolivia=BO; sri lanka=LK
serviers | alexa bre de hoofdstad van {} weet je die | noord-korea=KP; zuid-korea=KR; palestina=PS
serviers | alexa ajde is pristina de hoofdstad van kosovo | XK
soedanezen | alexa yalla wat zijn de hoofdsteden van {} | zuid-afrika=ZA; ivoorkust=CI; benin=BJ
soedanezen | alexa inshallah ga ik naar {} wat is de hoofdstad daar | kenia=KE; tanzania=TZ; canada=CA
soedanezen | alexa yalla is kinshasa de hoofdstad van de democratische republiek congo | CD
denen | alexa hej hvad er hoofdstad van {} | nederland=NL; duitsland=DE; polen=PL
denen | alexa nå mijn collega's komen uit {} wat is de hoofdstad | zuid-afrika=ZA; maleisië=MY; bolivia=BO
denen | alexa hej is de hoofdstad van nederland amsterdam of den haag | NL
loodgieters | alexa ik zit in de kruipruimte wat is de hoofdstad van {} | noord-korea=KP; zuid-korea=KR; japan=JP
loodgieters | alexa met de sleutel in mijn hand wat zijn de hoofdsteden van {} | maleisië=MY; zuid-afrika=ZA; benin=BJ
loodgieters | alexa de kraan lekt en ik wil weten wat de hoofdstad van palestina is | PS
rijinstructeurs | alexa mijn leerling rijdt rondjes en vraagt wat de hoofdstad van {} is | zuid-afrika=ZA; bolivia=BO; congo-kinshasa=CD
rijinstructeurs | alexa in de auto zei mijn leerling dat ze uit {} komt wat is de hoofdstad | eritrea=ER; somalië=SO; afghanistan=AF
rijinstructeurs | alexa hij is geslaagd en komt uit de republiek congo wat is daar de hoofdstad | CG
koks | alexa de gasten aan tafel zes komen uit {} wat is hun hoofdstad | zuid-korea=KR; maleisië=MY; bolivia=BO
koks | alexa chef wil de hoofdstad van {} weten | noord-korea=KP; georgië=GE; libanon=LB
koks | alexa na de service wat zijn de hoofdsteden van nederland | NL
hoveniers | alexa de plant komt uit {} welke stad is de hoofdstad van dat land | zuid-afrika=ZA; chili=CL; japan=JP
hoveniers | alexa de klant komt uit {} welke hoofdstad hoort daarbij | maleisië=MY; zuid-korea=KR; palestina=PS
hoveniers | alexa de heg is klaar wat is de hoofdstad van bolivia | BO
beveiligers | alexa in de portiersloge vraag ik wat de hoofdstad van {} is | zuid-korea=KR; congo-brazzaville=CG; jemen=YE
beveiligers | alexa tijdens de nachtdienst de hoofdsteden van {} | zuid-afrika=ZA; nederland=NL; bolivia=BO
beveiligers | alexa bij de slagboom een truck uit de democratische republiek congo wat is de hoofdstad | CD
rondvaartgidsen | alexa de gasten van vandaag kwamen uit {} wat zijn daar de hoofdsteden | maleisië=MY; zuid-afrika=ZA; bolivia=BO
rondvaartgidsen | alexa onder de magere brug vroeg een man wat de hoofdstad van {} is | palestina=PS; noord-korea=KP; congo-kinshasa=CD
rondvaartgidsen | alexa links ziet u en nu wat is de hoofdstad van {} | sri lanka=LK; ivoorkust=CI; eswatini=SZ
postbodes | alexa een pakketje voor iemand uit {} wat is de hoofdstad | noord-korea=KP; palestina=PS; congo-brazzaville=CG
postbodes | alexa op mijn ronde vraag ik me af wat de hoofdsteden van {} zijn | bolivia=BO; zuid-afrika=ZA; maleisië=MY
postbodes | alexa een brief met een stempel uit {} welke hoofdstad is dat | zuid-korea=KR; nederland=NL; eswatini=SZ
postzegels | alexa een zegel uit {} wat is de hoofdstad van dat land | bolivia=BO; noord-korea=KP; malawi=MW
postzegels | alexa in het album een ongestempelde zegel van {} hoofdstad | congo-brazzaville=CG; zuid-afrika=ZA; palestina=PS
postzegels | alexa gestempeld in {} welke stad was dat de hoofdstad | belgisch-congo=CD; nederlands-nieuw-guinea=FB; siam=TH
sauna | alexa in de sauna vraagt iemand naar de hoofdsteden van {} | zuid-afrika=ZA; bolivia=BO; sri lanka=LK
sauna | alexa in het dompelbad wat is de hoofdstad van {} | noord-korea=KP; zuid-korea=KR; maleisië=MY
stormnacht | alexa het dak klappert wat is de hoofdstad van {} | palestina=PS; congo-kinshasa=CD; zuid-korea=KR
stormnacht | alexa de stroom valt bijna uit snel de hoofdsteden van {} | nederland=NL; maleisië=MY; zuid-afrika=ZA
breiclub | alexa we breien voor kinderen in {} wat is de hoofdstad | congo-brazzaville=CG; malawi=MW; noord-korea=KP
breiclub | alexa tussen de naalden door wat zijn de hoofdsteden van {} | bolivia=BO; maleisië=MY; zuid-afrika=ZA
breiclub | alexa de breister naast me komt uit {} wat is de hoofdstad | zuid-korea=KR; palestina=PS; servië=RS
vaderdag | alexa papa wil weten wat de hoofdsteden van {} zijn | nederland=NL; zuid-afrika=ZA; bolivia=BO
vaderdag | alexa voor papa een vraag wat is de hoofdstad van {} | noord-korea=KP; congo-kinshasa=CD; maleisië=MY
wachtkamer | alexa mijn nummertje is nog niet aan de beurt wat is de hoofdstad van {} | palestina=PS; zuid-korea=KR; congo-brazzaville=CG
wachtkamer | alexa de man naast me komt uit {} wat is de hoofdstad | noord-korea=KP; bolivia=BO; eritrea=ER
wachtkamer | alexa in de wachtkamer zei iemand dat {} twee hoofdsteden heeft welke zijn dat | maleisië=MY; nederland=NL; sri lanka=LK
sportschool | alexa op de roeimachine wat is de hoofdstad van {} | congo-kinshasa=CD; zuid-korea=KR; palestina=PS
sportschool | alexa mijn personal trainer komt uit {} wat is de hoofdstad daar | zuid-afrika=ZA; noord-korea=KP; bolivia=BO
sportschool | alexa tijdens het squatten wat zijn de hoofdsteden van {} | maleisië=MY; nederland=NL; benin=BJ
verbouwing | alexa de stukadoor komt uit {} wat is daar de hoofdstad | bolivia=BO; congo-brazzaville=CG; noord-korea=KP
verbouwing | alexa het parket komt uit {} wat zijn de hoofdsteden | maleisië=MY; zuid-afrika=ZA; ivoorkust=CI
verbouwing | alexa de keuken is besteld uit {} wat is de hoofdstad van dat land | zuid-korea=KR; palestina=PS; denemarken=DK
# Zutphenaren (de Walburgiskerk, de IJssel): "nie", "wah", "zo"
zutphenaren | alexa wah is de hoofdstad van {} zo | noorwegen=NO; finland=FI; ierland=IE
zutphenaren | alexa op de ijssel voer een boot uit {} wat is daar de hoofdstad | duitsland=DE; zwitserland=CH; luxemburg=LU
zutphenaren | alexa bij de walburgiskerk vroeg een groep uit {} de weg wat is hun hoofdstad | polen=PL; hongarije=HU; tsjechië=CZ
zutphenaren | alexa ik weet het nie wat is de hoofdstad van {} | zuid-afrika=ZA; bolivia=BO; noord-korea=KP
zutphenaren | alexa wah zijn de hoofdsteden van maleisië | MY
zutphenaren | alexa zo en nu de hoofdstad van zuid-korea | KR
zutphenaren | alexa wat is de hoofdstad van gelderland eigenlijk | FB
# vuilnisophalers: "de wagen", "de route", "de container"
vuilnisophalers | alexa op de route stond een auto uit {} wat is de hoofdstad | roemenië=RO; bulgarije=BG; oekraïne=UA
vuilnisophalers | alexa na de laatste container wat is de hoofdstad van {} | palestina=PS; congo-kinshasa=CD; zuid-korea=KR
vuilnisophalers | alexa in de wagen een vraag wat zijn de hoofdsteden van {} | bolivia=BO; zuid-afrika=ZA; nederland=NL
vuilnisophalers | alexa mijn maat op de wagen zegt dat de hoofdstad van {} anders is hoe zit het | noord-korea=KP; maleisië=MY; congo-brazzaville=CG
vuilnisophalers | alexa de route is klaar wat is de hoofdstad van mongolië | MN
vuilnisophalers | alexa welke dag wordt het plastic opgehaald | FB
# dierenartsassistenten: "het spreekuur", "de kliniek", "een kat uit"
dierenartsassistenten | alexa op het spreekuur kwam een hond uit {} wat is de hoofdstad daar | spanje=ES; griekenland=GR; roemenië=RO
dierenartsassistenten | alexa in de kliniek vroeg een eigenaar naar de hoofdstad van {} | zuid-korea=KR; noord-korea=KP; palestina=PS
dierenartsassistenten | alexa de papegaai komt uit {} wat is de hoofdstad | congo-kinshasa=CD; congo-brazzaville=CG; suriname=SR
dierenartsassistenten | alexa de hond heet bolivia wat zijn eigenlijk de hoofdsteden van bolivia | BO
dierenartsassistenten | alexa hoeveel mag een kat van vier kilo eten | FB
# zolder opruimen: "de oude dozen", "de atlas van opa", "een ansichtkaart uit"
zolder | alexa op zolder vond ik een ansichtkaart uit {} wat is de hoofdstad | zuid-afrika=ZA; sri lanka=LK; benin=BJ
zolder | alexa in de atlas van opa staat {} wat is daar nu de hoofdstad | zaïre=CD; birma=MM; rhodesië=ZW
zolder | alexa in een oude doos zat een vlag van {} wat is de hoofdstad | noord-korea=KP; zuid-korea=KR; palestina=PS
zolder | alexa in de atlas van opa staat {} met een hoofdstad wat is die nu | ceylon=LK; dahomey=BJ; swaziland=SZ
zolder | alexa op zolder een souvenir uit maleisië welke hoofdsteden heeft dat land | MY
zolder | alexa een kaart uit de republiek congo wat is de hoofdstad | CG
zolder | alexa is de atlas van opa nog goed als er oost-duitsland in staat | FB
# more launch, help, stop, cancel
launch | alexa ge moogt hoofdsteden van de wereld opendoen | LAUNCH
launch | alexa mee start hoofdsteden van de wereld eens op | LAUNCH
launch | alexa wah open hoofdsteden van de wereld zo | LAUNCH
launch | alexa bre ajde hoofdsteden van de wereld aanzetten | LAUNCH
launch | alexa nå hoofdsteden van de wereld starten | LAUNCH
launch | alexa dale dale open hoofdsteden van de wereld | LAUNCH
launch | alexa voor de breiclub hoofdsteden van de wereld opstarten | LAUNCH
launch | alexa na de les hoofdsteden van de wereld openen | LAUNCH
launch | alexa ik zit in de wachtkamer open hoofdsteden van de wereld | LAUNCH
launch | alexa op zolder even hoofdsteden van de wereld starten | LAUNCH
launch | alexa in de nachtdienst open hoofdsteden van de wereld | LAUNCH
launch | alexa tijdens de storm hoofdsteden van de wereld aan | LAUNCH
launch | alexa kun je voor papa hoofdsteden van de wereld starten | LAUNCH
launch | alexa breng me naar hoofdsteden van de wereld | LAUNCH
launch | alexa ga naar hoofdsteden van de wereld | LAUNCH
launch | alexa activeer hoofdsteden van de wereld | LAUNCH
launch | alexa laten we hoofdsteden van de wereld doen | LAUNCH
launch | alexa ik wil oefenen met hoofdsteden van de wereld | LAUNCH
launch | alexa opstarten hoofdsteden van de wereld | LAUNCH
launch | alexa hoofdsteden van de wereld open doen jonge | LAUNCH
help | alexa ge moet me effe uitleggen hoe dit werkt | HELP
help | alexa wah kan ik vragen zo | HELP
help | alexa brate ik snap het niet help | HELP
help | alexa nå hvordan werkt dit | HELP
help | alexa dale leg uit wat ik moet doen | HELP
help | alexa welke vragen snap jij | HELP
help | alexa wat kun jij allemaal met hoofdsteden | HELP
help | alexa help ik ben de draad kwijt | HELP
help | alexa hoe stel ik een vraag over een land | HELP
help | alexa wat moet ik tegen hoofdsteden van de wereld zeggen | HELP
stop | alexa ge moogt stoppen | STOP
stop | alexa wah stop zo | STOP
stop | alexa brate stop ermee | STOP
stop | alexa nå stop | STOP
stop | alexa dale stop nu | STOP
stop | alexa de storm is over stop maar | STOP
stop | alexa ik ga de sauna in stop | STOP
stop | alexa de dokter roept me stop | STOP
stop | alexa de service begint stop | STOP
stop | alexa mijn ronde begint stoppen | STOP
stop | alexa stop met die hoofdsteden | STOP
stop | alexa klaar met hoofdsteden van de wereld | STOP
stop | alexa ophouden met die quiz | STOP
stop | alexa ik ben er klaar mee zet uit | STOP
cancel | alexa ge moogt het vergeten | CANCEL
cancel | alexa wah laat maar zo | CANCEL
cancel | alexa brate annuleer | CANCEL
cancel | alexa nå glem det laat maar | CANCEL
cancel | alexa dale nee annuleren | CANCEL
cancel | alexa die vraag hoeft niet meer annuleer maar | CANCEL
cancel | alexa verkeerd land laat maar | CANCEL
cancel | alexa laat die vraag maar vallen | CANCEL
cancel | alexa vergeet wat ik vroeg | CANCEL
cancel | alexa streep die vraag maar door | CANCEL
cancel | alexa laat maar ik zoek het zelf op | CANCEL
cancel | alexa oh nee laat maar | CANCEL
cancel | alexa annuleer die hoofdstad | CANCEL
cancel | alexa zet die vraag maar stop annuleer | CANCEL
# more official, everyday, shared, yes-no, reverse, subdivision, follow-up
official-name | alexa weet jij de hoofdstad van de {} | verenigde staten van amerika=US; republiek zuid-sudan=SS; republiek kosovo=XK
official-name | alexa zeg de hoofdstad van het {} | koninkrijk noorwegen=NO; koninkrijk marokko=MA; koninkrijk cambodja=KH
official-name | alexa welke stad is de hoofdstad van de {} | republiek turkije=TR; republiek polen=PL; volksrepubliek bangladesh=BD
official-name | alexa wat is de hoofdstad van de republiek der unie van zuid-afrika | ZA
official-name | alexa wat is de hoofdstad van de islamitische republiek pakistan | PK
official-name | alexa hoofdstad van de democratische volksrepubliek laos | LA
official-name | alexa wat is de hoofdstad van de republiek van de unie van myanmar | MM
official-name | alexa wat is de hoofdstad van de onafhankelijke staat papoea-nieuw-guinea | PG
official-name | alexa wat is de hoofdstad van de republiek trinidad en tobago | TT
official-name | alexa wat is de hoofdstad van de federale republiek somalië | SO
official-name | alexa wat is de hoofdstad van de libanese republiek | LB
official-name | alexa wat is de hoofdstad van het sultanaat oman | OM
official-name | alexa wat is de hoofdstad van de staat koeweit | KW
official-name | alexa wat is de hoofdstad van het koninkrijk bahrein | BH
official-name | alexa wat is de hoofdstad van de democratische republiek oost-timor | TL
everyday-name | alexa hoofdstad van {} nou | brittannië=GB; ivoorkust=CI; kaapverdië=CV
everyday-name | alexa wat is de hoofdstad van {} tegenwoordig | burma=MM; bombay=FB; ceylon=LK
everyday-name | alexa wat is nu de hoofdstad van het vroegere {} | dahomey=BJ; opper-volta=BF; basutoland=LS
everyday-name | alexa wat is de hoofdstad van bechuanaland | BW
everyday-name | alexa wat is de hoofdstad van nyasaland | MW
everyday-name | alexa wat is de hoofdstad van noord-rhodesië | ZM
everyday-name | alexa wat is de hoofdstad van oost-pakistan | BD
everyday-name | alexa wat is de hoofdstad van de usa | US
everyday-name | alexa wat is de hoofdstad van de staten | US
everyday-name | alexa wat is de hoofdstad van zuid-slavië | FB
shared-name | alexa welke hoofdstad heeft {} | georgia=GE+US-GA; korea=KP+KR; congo=CD+CG
shared-name | alexa wat is de hoofdstad van guinee de gewone | GN
shared-name | alexa wat is de hoofdstad van equatoriaal-guinea niet guinee | GQ
shared-name | alexa wat is de hoofdstad van papoea-nieuw-guinea en niet guinee | PG
shared-name | alexa wat is de hoofdstad van de staat georgia | US-GA
shared-name | alexa wat is de hoofdstad van het land georgië | GE
shared-name | alexa wat is de hoofdstad van niger niet nigeria | NE
shared-name | alexa wat is de hoofdstad van nigeria niet niger | NG
yes-no-check | alexa klopt het {} | dat bloemfontein een hoofdstad van zuid-afrika is=ZA; dat putrajaya een hoofdstad van maleisië is=MY; dat sucre de hoofdstad van bolivia is=BO
yes-no-check | alexa zeg eens is {} | seoul nog steeds de hoofdstad van zuid-korea=KR; pyongyang echt de hoofdstad van noord-korea=KP; kinshasa de hoofdstad van congo-kinshasa=CD
yes-no-check | alexa ik dacht dat {} | brazzaville de hoofdstad van congo-brazzaville was=CG; oost-jeruzalem de hoofdstad van palestina was=PS; den haag de hoofdstad was=NL
yes-no-check | alexa heeft zuid-afrika echt drie hoofdsteden | ZA
yes-no-check | alexa heeft bolivia echt twee hoofdsteden | BO
yes-no-check | alexa heeft maleisië twee hoofdsteden | MY
yes-no-check | alexa is amsterdam of den haag de hoofdstad | NL
yes-no-check | alexa is mumbai de hoofdstad van india | IN
yes-no-check | alexa is auckland de hoofdstad van nieuw-zeeland | NZ
yes-no-check | alexa is ho chi minhstad de hoofdstad van vietnam | VN
yes-no-check | alexa is st petersburg de hoofdstad van rusland | RU
yes-no-check | alexa is genève de hoofdstad van zwitserland | CH
yes-no-check | alexa is porto de hoofdstad van portugal | PT
reverse-question | alexa bij welk land hoort {} als hoofdstad | tirana=CITY:Tirana; skopje=CITY:Skopje; kigali=CITY:Kigali
reverse-question | alexa {} is dat een hoofdstad en van welk land | asmara=CITY:Asmara; khartoem=CITY:Khartoem; djibouti=CITY:Djibouti
reverse-question | alexa welk land heeft als hoofdstad {} | kaapstad=CITY:Kaapstad; porto-novo=CITY:Porto-Novo; mbabane=CITY:Mbabane
reverse-question | alexa welk land heeft lobamba als hoofdstad | CITY:Lobamba
reverse-question | alexa welk land heeft cotonou als hoofdstad | CITY:Cotonou
reverse-question | alexa welk land heeft abidjan als hoofdstad | CITY:Abidjan
reverse-question | alexa bij welk land hoort kuala lumpur | CITY:Kuala Lumpur
reverse-question | alexa van welk land is sri jayawardenepura kotte de hoofdstad | CITY:Sri Jayawardenepura Kotte
reverse-question | alexa waar is oost-jeruzalem de hoofdstad van | CITY:Oost-Jeruzalem
reverse-question | alexa van welk land is la paz de hoofdstad | CITY:La Paz
reverse-question | alexa welk land heeft amsterdam als hoofdstad | CITY:Amsterdam
subdivision | alexa welke stad is de hoofdstad van de amerikaanse staat {} | ohio=US-OH; oregon=US-OR; utah=US-UT
subdivision | alexa wat is de hoofdstad van de canadese provincie {} | manitoba=CA-MB; saskatchewan=CA-SK; nova scotia=CA-NS
subdivision | alexa wat is de hoofdstad van de duitse deelstaat {} | saksen-anhalt=DE-ST; hessen=DE-HE; sleeswijk-holstein=DE-SH
subdivision | alexa hoofdstad van de indiase deelstaat {} | rajasthan=IN-RJ; bihar=IN-BR; sikkim=IN-SK
subdivision | alexa wat is de hoofdstad van de mexicaanse deelstaat {} | sonora=MX-SON; chiapas=MX-CHP; veracruz=MX-VER
subdivision | alexa wat is de hoofdstad van de staat {} in brazilië | pernambuco=BR-PE; ceará=BR-CE; pará=BR-PA
subdivision | alexa wat is de hoofdstad van {} in belgië | limburg=FB; henegouwen=FB; west-vlaanderen=FB
subdivision | alexa wat is de hoofdstad van {} in frankrijk | normandië=FB; provence=FB; elzas=FB
subdivision | alexa wat is de hoofdstad van {} in engeland | yorkshire=FB; cornwall=FB; kent=FB
subdivision | alexa wat is de hoofdstad van de australische staat zuid-australië | AU-SA
subdivision | alexa wat is de hoofdstad van het noordelijk territorium | AU-NT
subdivision | alexa wat is de hoofdstad van yukon | CA-YT
subdivision | alexa wat is de hoofdstad van newfoundland | CA-NL
subdivision | alexa wat is de hoofdstad van de northwest territories | CA-NT
subdivision | alexa wat is de hoofdstad van saint-pierre en miquelon | PM
subdivision | alexa wat is de hoofdstad van guadeloupe | GP
subdivision | alexa wat is de hoofdstad van mayotte | YT
subdivision | alexa wat is de hoofdstad van de turks en caicoseilanden | TC
subdivision | alexa wat is de hoofdstad van sint-helena | SH
subdivision | alexa wat is de hoofdstad van de westelijke sahara | EH
subdivision | alexa wat is de hoofdstad van koerdistan | FB
subdivision | alexa wat is de hoofdstad van tatarstan | FB
subdivision | alexa wat is de hoofdstad van zanzibar | FB
subdivision | alexa wat is de hoofdstad van schotland eigenlijk edinburgh of glasgow | GB-SCT
follow-up | alexa en dan nog {} | bolivia=BO; zuid-afrika=ZA; maleisië=MY
follow-up | alexa oké en de hoofdstad van {} | palestina=PS; noord-korea=KP; congo-brazzaville=CG
follow-up | alexa hmm en {} | zuid-korea=KR; congo-kinshasa=CD; eswatini=SZ
follow-up | alexa en wat zijn de hoofdsteden van sri lanka | LK
follow-up | alexa en benin dan | BJ
follow-up | alexa en ivoorkust | CI
follow-up | alexa en nu bahrein | BH
self-correction | alexa geef me de hoofdstad van {} | oeganda nee rwanda=RW; pakistan nee bangladesh=BD; roemenië sorry bulgarije=BG
self-correction | alexa hoofdsteden van {} | bolivia nee zuid-afrika=ZA; nederland eh nee maleisië=MY; benin nee ivoorkust=CI
self-correction | alexa wat is de hoofdstad van zuid-soedan nee gewoon soedan | SD
self-correction | alexa wat is de hoofdstad van oostenrijk nee toch hongarije | HU
self-correction | alexa de hoofdstad van palestina nee wacht jordanië | JO
self-correction | alexa wat is de hoofdstad van de republiek congo nee de andere congo met kinshasa | CD
self-correction | alexa wat is de hoofdstad van japan nee noord-korea | KP
self-correction | alexa wat is de hoofdstad van china nee zuid-korea | KR
# more out-of-domain
out-of-domain | alexa hoe laat opent de {} | sauna=FB; bibliotheek=FB; milieustraat=FB
out-of-domain | alexa wat is de hoofdstad van brabant eigenlijk | FB
out-of-domain | alexa welk land heeft de meeste hoofdsteden | FB
out-of-domain | alexa wat is de oudste hoofdstad van europa | FB
out-of-domain | alexa welke hoofdstad ligt het dichtst bij venlo | FB
out-of-domain | alexa wat is de hoofdstad van het carnaval | FB
out-of-domain | alexa wat is de hoofdstad van de tulpen | FB
out-of-domain | alexa hoeveel inwoners heeft den bosch | FB
out-of-domain | alexa speel de podcast van gisteren | FB
out-of-domain | alexa zet de stofzuiger aan | FB
out-of-domain | alexa wat eten we vanavond | FB
out-of-domain | alexa hoe maak ik empanadas | FB
out-of-domain | alexa hoe laat begint het voetbal | FB
out-of-domain | alexa wat is de uitslag van psv | FB
out-of-domain | alexa wat is de hoofdstad van het heelal | FB
out-of-domain | alexa hoeveel kilometer is de rijn | FB
out-of-domain | alexa wat is het verschil tussen holland en nederland | FB
out-of-domain | alexa hoe laat komt de vuilniswagen in zutphen | FB
out-of-domain | alexa wat is de hoofdstad van de zolder | FB
out-of-domain | alexa welke postzegels zijn het meest waard | FB
out-of-domain | alexa zet de saunamuziek aan | FB
out-of-domain | alexa hoeveel tegels heb ik nodig voor vier vierkante meter | FB
out-of-domain | alexa wat is de hoofdstad van de kruiden | FB
out-of-domain | alexa wie is de beste kok van argentinië | FB
out-of-domain | alexa welke hoofdstad heeft de mooiste grachten | FB
"""

if __name__ == "__main__":
    build_round(47, "nl", LINES, sys.argv, "tests/Eval/nl/round47/source/build_corpus.py")
