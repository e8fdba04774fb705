"""Round 48, Dutch (nl-NL): a new author's own mix, written blind at the end of the sixty-second session (brief
WRITER71.md), for the next session's tuner. Speakers chosen apart from the groups of the Dutch round 47 (Bosschenaren,
Tilburgers, Venlonaren, Deventenaren, Bredanaars, Zutphenaren; Argentine, Serbian and Sudanese Dutch, Danish expats;
plumbers, driving instructors, cooks, gardeners, security guards, canal-boat guides, postmen, refuse collectors,
veterinary assistants; stamp collecting, the sauna, a storm night, the knitting club, Father's Day, the doctor's waiting
room, the gym, a home renovation, clearing out the attic), from the groups of round 46 (Schiedammers, Waterlanders of
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
Eindhovenaren ("hoe is 't", "PSV", "de lichtstad", "Glow"), Helmonders ("hedde", "ons mam", "Carolus"), Roosendalers
("allee", "amai" over the Belgian border, "de Tongerlose"), Woerdenaars ("de kaasmarkt", "joh"), Hellevoetsluizers ("het
Haringvliet", "de vesting"), Zaltbommelaars ("hè", "zeg", de Waal, de Bommelerwaard), Capellenaren ("effe", "ff", de
metro); Chilean Dutch ("po", "cachai", "weón"), Nepali Dutch ("hajur", "dai", "didi"), Kenyan
expats ("sasa", "pole pole", "sawa"), Finnish expats ("no niin", "moi", "sauna? nee"), Lebanese Dutch ("yaani",
"habibi", "tayeb"), Tunisian Dutch ("sahha", "barcha", "yezzi"); at work: electricians ("de meterkast", "de groep eruit"), opticians ("het montuur", "de oogmeting"),
swimming instructors ("het diploma", "het diepe"), forklift drivers ("de heftruck", "de pallets", "het magazijn"),
piano teachers ("de toonladder", "de metronoom"), bicycle repairers ("de band plakken", "de ketting"); in situations: a power cut ("de stroom is uit", "kaarsjes"), sailing on
the IJsselmeer ("de fok", "overstag", "de sluis"), the school run ("de bakfiets", "het schoolplein"), waiting at a
Schiphol gate ("boarding", "de gate", "vertraging"), a pub quiz in the brown café ("de quizmaster", "ronde drie"), the laundrette ("de wasserette", "de droger").
Plus follow-ups, plural capitals, subdivisions and territories, yes/no checks, self-corrections, reverse questions,
official, everyday and old names, shared names, the invocation name "hoofdsteden van de wereld" with and without a
question, launch, help, stop and cancel in those speakers' words, and out-of-domain requests and near misses.
`python3 tests/Eval/nl/round48/source/build_corpus.py [--check]`.
Built by round12_hinl_corpus.py (build_round with round 48's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Eindhovenaren (de lichtstad, PSV, Glow): "hoe is 't", "ge"
eindhovenaren | alexa hoe is 't wat is de hoofdstad van {} eigenlijk | kazachstan=KZ; tadzjikistan=TJ; kirgizië=KG
eindhovenaren | alexa psv speelt tegen een club uit {} wat is daar de hoofdstad | oekraïne=UA; servië=RS; kroatië=HR
eindhovenaren | alexa tijdens glow liep er een man uit {} rond wat is de hoofdstad daar | chili=CL; peru=PE; bolivia=BO
eindhovenaren | alexa in de lichtstad ken ik iemand uit {} hoe heet de hoofdstad | estland=EE; letland=LV; litouwen=LT
eindhovenaren | alexa zeg ge weet vast de hoofdstad van moldavië | MD
eindhovenaren | alexa wat is de hoofdstad van wit-rusland da weet ik nooit | BY
eindhovenaren | alexa op de high tech campus werkt een collega uit taiwan wat is daar de hoofdstad | TW
eindhovenaren | alexa hoe is 't mee de hoofdstad van zuid-korea | KR
eindhovenaren | alexa is eindhoven de hoofdstad van noord-brabant | FB
# Helmonders (Carolus, ons mam): "hedde", "ons mam"
helmonders | alexa ons mam wil weten wat de hoofdstad van {} is | slovenië=SI; slowakije=SK; hongarije=HU
helmonders | alexa hedde gij de hoofdstad van {} voor me | albanië=AL; montenegro=ME; noord-macedonië=MK
helmonders | alexa bij carolus hebben ze een stand over {} wat is daar de hoofdstad | ghana=GH; togo=TG; benin=BJ
helmonders | alexa wat is nou de hoofdstad van noord-korea | KP
helmonders | alexa ons mam zegt dat de hoofdstad van zuid-afrika kaapstad is klopt da | ZA
helmonders | alexa de hoofdstad van bosnië zeg | BA
helmonders | alexa hedde de hoofdstad van cyprus | CY
# Roosendalers (over de grens met België): "allee", "amai"
roosendalers | alexa allee wat is de hoofdstad van {} | luxemburg=LU; liechtenstein=LI; andorra=AD
roosendalers | alexa amai ik weet de hoofdstad van {} niet meer | monaco=MC; san marino=SM; malta=MT
roosendalers | alexa in de tongerlose kerk hing een vlag van {} wat is de hoofdstad | vaticaanstad=VA; portugal=PT; ierland=IE
roosendalers | alexa allee zeg de hoofdstad van belgië is da brussel of antwerpen | BE
roosendalers | alexa wat is de hoofdstad van vlaanderen | FB
roosendalers | alexa amai wat is de hoofdstad van de democratische republiek congo | CD
roosendalers | alexa en de hoofdstad van congo-brazzaville | CG
roosendalers | alexa wat zijn de hoofdsteden van nederland allee | NL
# Woerdenaars (de kaasmarkt): "joh"
woerdenaars | alexa joh wat is de hoofdstad van {} | zwitserland=CH; oostenrijk=AT; denemarken=DK
woerdenaars | alexa op de kaasmarkt stond een toerist uit {} wat is daar de hoofdstad | japan=JP; china=CN; mongolië=MN
woerdenaars | alexa wat is de hoofdstad van de kaas van nederland | FB
woerdenaars | alexa joh zeg eens welke hoofdstad heeft noorwegen | NO
woerdenaars | alexa hoofdstad van zweden joh | SE
woerdenaars | alexa de hoofdstad van finland welke is dat ook alweer | FI
woerdenaars | alexa is utrecht de hoofdstad van nederland | NL
# Hellevoetsluizers (het Haringvliet, de vesting)
hellevoetsluizers | alexa in de vesting lag een boot uit {} wat is de hoofdstad daar | ijsland=IS; griekenland=GR; turkije=TR
hellevoetsluizers | alexa een zeiler op het haringvliet kwam uit {} wat is de hoofdstad | nieuw-zeeland=NZ; australië=AU; fiji=FJ
hellevoetsluizers | alexa de hoofdstad van de bahama's | BS
hellevoetsluizers | alexa wat is de hoofdstad van trinidad en tobago | TT
hellevoetsluizers | alexa hoofdstad van barbados graag | BB
hellevoetsluizers | alexa de hoofdstad van sint-maarten | SX
# Chilean Dutch: "po", "cachai"
chileense-nederlanders | alexa cachai wat de hoofdstad van {} is | argentinië=AR; uruguay=UY; paraguay=PY
chileense-nederlanders | alexa ya po zeg de hoofdstad van {} | ecuador=EC; colombia=CO; venezuela=VE
chileense-nederlanders | alexa de hoofdstad van chili is santiago toch po | CL
chileense-nederlanders | alexa welke zijn de hoofdsteden van bolivia po | BO
chileense-nederlanders | alexa bolivia heeft twee hoofdsteden welke zijn dat | BO
chileense-nederlanders | alexa de hoofdstad van cuba weón | CU
chileense-nederlanders | alexa wat is de hoofdstad van paaseiland | FB
# Nepali Dutch: "hajur", "dai", "didi"
nepalese-nederlanders | alexa hajur wat is de hoofdstad van {} | nepal=NP; bhutan=BT; bangladesh=BD
nepalese-nederlanders | alexa mijn dai woont in {} wat is de hoofdstad daar | qatar=QA; koeweit=KW; bahrein=BH
nepalese-nederlanders | alexa didi vraagt wat de hoofdstad van {} is | maleisië=MY; singapore=SG; brunei=BN
nepalese-nederlanders | alexa wat zijn de twee hoofdsteden van maleisië | MY
nepalese-nederlanders | alexa hoofdstad van india hajur | IN
nepalese-nederlanders | alexa hoofdstad van sri lanka alle twee | LK
nepalese-nederlanders | alexa wat is de hoofdstad van tibet | FB
# Kenyan expats: "sasa", "sawa", "pole pole"
keniaanse-expats | alexa sasa wat is de hoofdstad van {} | kenia=KE; oeganda=UG; tanzania=TZ
keniaanse-expats | alexa pole pole wat is de hoofdstad van {} | rwanda=RW; burundi=BI; zuid-soedan=SS
keniaanse-expats | alexa sawa en de hoofdstad van {} | ethiopië=ET; somalië=SO; djibouti=DJ
keniaanse-expats | alexa wat is de hoofdstad van eritrea sawa | ER
keniaanse-expats | alexa is nairobi de hoofdstad van kenia | KE
keniaanse-expats | alexa zeg de hoofdstad van malawi | MW
keniaanse-expats | alexa de hoofdstad van zambia sasa | ZM
# Finnish expats: "moi", "no niin"
finse-expats | alexa moi wat is de hoofdstad van {} | estland=EE; zweden=SE; noorwegen=NO
finse-expats | alexa no niin de hoofdstad van {} alsjeblieft | groenland=GL; åland=AX; de faeröer=FO
finse-expats | alexa wat is de hoofdstad van lapland | FB
finse-expats | alexa moi is helsinki de hoofdstad van finland | FI
finse-expats | alexa de hoofdstad van rusland no niin | RU
finse-expats | alexa hoofdstad van ijsland moi | IS
# Lebanese Dutch: "yaani", "habibi", "tayeb"
libanese-nederlanders | alexa yaani wat is de hoofdstad van {} | libanon=LB; syrië=SY; jordanië=JO
libanese-nederlanders | alexa habibi zeg de hoofdstad van {} | irak=IQ; iran=IR; saoedi-arabië=SA
libanese-nederlanders | alexa tayeb en de hoofdstad van {} | oman=OM; jemen=YE; de emiraten=AE
libanese-nederlanders | alexa wat is de hoofdstad van palestina yaani | PS
libanese-nederlanders | alexa habibi de hoofdstad van palestina alsjeblieft | PS
libanese-nederlanders | alexa wat is de hoofdstad van israël | IL
libanese-nederlanders | alexa de hoofdstad van egypte tayeb | EG
# Electricians (de meterkast): "de groep eruit"
elektriciens | alexa terwijl ik de meterkast doe wat is de hoofdstad van {} | marokko=MA; algerije=DZ; tunesië=TN
elektriciens | alexa de groep is eruit maar zeg eerst de hoofdstad van {} | libië=LY; soedan=SD; tsjaad=TD
elektriciens | alexa ik sta op de ladder wat is de hoofdstad van niger | NE
elektriciens | alexa hoofdstad van mali even | ML
elektriciens | alexa wat is de hoofdstad van mauritanië | MR
elektriciens | alexa hoeveel ampère kan een groep hebben | FB
# Opticians (het montuur, de oogmeting)
opticiens | alexa tijdens de oogmeting vroeg een klant uit {} wat zijn hoofdstad is | senegal=SN; gambia=GM; guinee=GN
opticiens | alexa dit montuur komt uit {} wat is de hoofdstad daar | italië=IT; frankrijk=FR; spanje=ES
opticiens | alexa wat is de hoofdstad van guinee-bissau | GW
opticiens | alexa de hoofdstad van sierra leone | SL
opticiens | alexa hoofdstad van liberia | LR
opticiens | alexa wat kost een nieuw montuur | FB
# Swimming instructors (het diploma, het diepe)
zweminstructeurs | alexa een kind dat zwemt voor diploma a komt uit {} wat is de hoofdstad | burkina faso=BF; ivoorkust=CI; kameroen=CM
zweminstructeurs | alexa in het diepe vroeg een ouder uit {} naar de hoofdstad | gabon=GA; equatoriaal-guinea=GQ; angola=AO
zweminstructeurs | alexa wat is de hoofdstad van de centraal-afrikaanse republiek | CF
zweminstructeurs | alexa de hoofdstad van sao tomé en principe | ST
zweminstructeurs | alexa hoe lang duurt een zwemles | FB
zweminstructeurs | alexa wat is de hoofdstad van kaapverdië | CV
# Forklift drivers (de heftruck, de pallets, het magazijn)
heftruckchauffeurs | alexa deze pallets komen uit {} wat is de hoofdstad daar | vietnam=VN; thailand=TH; cambodja=KH
heftruckchauffeurs | alexa in het magazijn staat een container uit {} wat is de hoofdstad | laos=LA; myanmar=MM; indonesië=ID
heftruckchauffeurs | alexa de hoofdstad van de filipijnen | PH
heftruckchauffeurs | alexa hoofdstad van oost-timor op de heftruck | TL
heftruckchauffeurs | alexa wat is de hoofdstad van pakistan | PK
heftruckchauffeurs | alexa hoofdstad van afghanistan | AF
heftruckchauffeurs | alexa hoeveel kilo mag een heftruck tillen | FB
# Piano teachers (de toonladder, de metronoom)
pianoleraren | alexa mijn leerling uit {} vroeg naar de hoofdstad welke is het | polen=PL; tsjechië=CZ; duitsland=DE
pianoleraren | alexa zet de metronoom uit en zeg de hoofdstad van {} | roemenië=RO; bulgarije=BG; armenië=AM
pianoleraren | alexa wat is de hoofdstad van georgië het land | GE
pianoleraren | alexa hoofdstad van azerbeidzjan | AZ
pianoleraren | alexa zet de metronoom op zestig | FB
pianoleraren | alexa wat is de hoofdstad van oostenrijk waar mozart woonde | AT
# A power cut: "de stroom is uit", "kaarsjes"
stroomstoring | alexa de stroom is uit maar wat is de hoofdstad van {} | haïti=HT; dominicaanse republiek=DO; jamaica=JM
stroomstoring | alexa bij kaarslicht vraag ik de hoofdstad van {} | honduras=HN; guatemala=GT; el salvador=SV
stroomstoring | alexa wat is de hoofdstad van nicaragua | NI
stroomstoring | alexa wat is de hoofdstad van costa rica | CR
stroomstoring | alexa hoofdstad van panama | PA
stroomstoring | alexa wanneer is de stroom weer terug | FB
stroomstoring | alexa hoofdstad van belize | BZ
# Sailing on the IJsselmeer: "de fok", "overstag", "de sluis"
zeilen | alexa we gaan overstag wat is de hoofdstad van {} | saint lucia=LC; grenada=GD; dominica=DM
zeilen | alexa wachtend bij de sluis wat is de hoofdstad van {} | antigua en barbuda=AG; saint kitts en nevis=KN; saint vincent en de grenadines=VC
zeilen | alexa hoe hard waait het op het ijsselmeer | FB
zeilen | alexa wat is de hoofdstad van de seychellen | SC
zeilen | alexa de hoofdstad van mauritius | MU
zeilen | alexa de hoofdstad van de malediven | MV
# The school run (de bakfiets, het schoolplein)
schoolplein | alexa op het schoolplein zei een moeder uit {} iets over de hoofdstad welke is het | mozambique=MZ; zimbabwe=ZW; namibië=NA
schoolplein | alexa in de bakfiets vraagt mijn zoon wat de hoofdstad van {} is | botswana=BW; lesotho=LS; madagaskar=MG
schoolplein | alexa wat is de hoofdstad van eswatini | SZ
schoolplein | alexa de hoofdstad van swaziland | SZ
schoolplein | alexa wat is de hoofdstad van de comoren | KM
schoolplein | alexa hoe laat gaat de school uit | FB
# Waiting at a Schiphol gate: "boarding", "de gate", "vertraging"
schiphol-gate | alexa ik zit bij de gate voor een vlucht naar {} wat is de hoofdstad daar | canada=CA; mexico=MX; brazilië=BR
schiphol-gate | alexa vertraging naar {} wat is eigenlijk de hoofdstad | nigeria=NG; algerije=DZ; egypte=EG
schiphol-gate | alexa boarding begint zo wat is de hoofdstad van de verenigde staten | US
schiphol-gate | alexa is mijn vlucht naar lissabon op tijd | FB
schiphol-gate | alexa wat is de hoofdstad van het verenigd koninkrijk | GB
schiphol-gate | alexa hoofdstad van guyana | GY
schiphol-gate | alexa hoofdstad van suriname | SR
# Pub quiz in the brown café: "de quizmaster", "ronde drie"
kroegquiz | alexa ronde drie de quizmaster vraagt de hoofdstad van {} | tuvalu=TV; nauru=NR; kiribati=KI
kroegquiz | alexa snel wat is de hoofdstad van {} | palau=PW; micronesia=FM; de marshalleilanden=MH
kroegquiz | alexa wat is de hoofdstad van {} voor de quiz | samoa=WS; tonga=TO; vanuatu=VU
kroegquiz | alexa de hoofdstad van de salomonseilanden | SB
kroegquiz | alexa de hoofdstad van papoea-nieuw-guinea | PG
kroegquiz | alexa wie wint de pubquiz vanavond | FB
kroegquiz | alexa wat is de hoofdstad van nieuw-zeeland | NZ
# plural capitals: all eight, several times each
plural-capitals | alexa wat zijn de hoofdsteden van {} | zuid-afrika=ZA; benin=BJ; eswatini=SZ
plural-capitals | alexa noem alle hoofdsteden van {} | bolivia=BO; sri lanka=LK; ivoorkust=CI
plural-capitals | alexa welke twee hoofdsteden heeft {} | nederland=NL; maleisië=MY; bolivia=BO
plural-capitals | alexa zuid-afrika heeft drie hoofdsteden welke zijn dat | ZA
plural-capitals | alexa vertel me de drie hoofdsteden van zuid-afrika | ZA
plural-capitals | alexa de hoofdsteden van zuid-afrika graag | ZA
plural-capitals | alexa zijn amsterdam en den haag allebei hoofdsteden van nederland | NL
plural-capitals | alexa wat zijn de twee hoofdsteden van nederland | NL
plural-capitals | alexa heeft nederland twee hoofdsteden | NL
plural-capitals | alexa alle hoofdsteden van maleisië | MY
plural-capitals | alexa kuala lumpur en putrajaya zijn dat allebei hoofdsteden van maleisië | MY
plural-capitals | alexa de hoofdsteden van maleisië alsjeblieft | MY
plural-capitals | alexa sucre en la paz welke is de hoofdstad van bolivia allebei | BO
plural-capitals | alexa de hoofdsteden van bolivia | BO
plural-capitals | alexa welke hoofdsteden heeft benin nou | BJ
plural-capitals | alexa benin heeft toch twee hoofdsteden | BJ
plural-capitals | alexa de twee hoofdsteden van ivoorkust | CI
plural-capitals | alexa wat zijn de hoofdsteden van ivoorkust | CI
plural-capitals | alexa noem de hoofdsteden van sri lanka | LK
plural-capitals | alexa welke hoofdsteden heeft sri lanka | LK
plural-capitals | alexa de beide hoofdsteden van eswatini | SZ
plural-capitals | alexa swaziland heeft twee hoofdsteden welke | SZ
plural-capitals | alexa zeg de hoofdsteden van zuid-afrika en dan houdoe | ZA
plural-capitals | alexa wat zijn alle hoofdsteden van nederland eigenlijk | NL
plural-capitals | alexa maleisië hoeveel hoofdsteden en welke | MY
plural-capitals | alexa bolivia welke hoofdsteden | BO
plural-capitals | alexa de drie hoofdsteden van zuid-afrika pretoria en welke nog meer | ZA
plural-capitals | alexa hoofdsteden van benin alle twee | BJ
plural-capitals | alexa ivoorkust noem beide hoofdsteden | CI
plural-capitals | alexa sri lanka twee hoofdsteden toch | LK
plural-capitals | alexa eswatini hoofdsteden | SZ
plural-capitals | alexa hoofdsteden van nederland amsterdam en | NL
plural-capitals | alexa vraag hoofdsteden van de wereld wat de hoofdsteden van maleisië zijn | MY
plural-capitals | alexa vraag hoofdsteden van de wereld naar de hoofdsteden van bolivia | BO
# subdivisions (also ones the data lacks)
subdivision | alexa wat is de hoofdstad van de staat {} | texas=US-TX; californië=US-CA; florida=US-FL
subdivision | alexa hoofdstad van de amerikaanse staat {} | new york=US-NY; washington=US-WA; alaska=US-AK
subdivision | alexa wat is de hoofdstad van de provincie {} | quebec=CA-QC; ontario=CA-ON; brits-columbia=CA-BC
subdivision | alexa welke stad is de hoofdstad van {} in duitsland | beieren=DE-BY; saksen=DE-SN; hessen=DE-HE
subdivision | alexa wat is de hoofdstad van {} in australië | queensland=AU-QLD; tasmanië=AU-TAS; victoria=AU-VIC
subdivision | alexa wat is de hoofdstad van schotland | GB-SCT
subdivision | alexa de hoofdstad van wales | GB-WLS
subdivision | alexa hoofdstad van noord-ierland | GB-NIR
subdivision | alexa wat is eigenlijk de hoofdstad van engeland zelf | GB-ENG
subdivision | alexa wat is de hoofdstad van noordrijn-westfalen | DE-NW
subdivision | alexa hoofdstad van nedersaksen | DE-NI
subdivision | alexa wat is de hoofdstad van de deelstaat saarland | DE-SL
subdivision | alexa hoofdstad van kerala | IN-KL
subdivision | alexa wat is de hoofdstad van de indiase staat goa | IN-GA
subdivision | alexa hoofdstad van bahia in brazilië | BR-BA
subdivision | alexa wat is de hoofdstad van jalisco | MX-JAL
subdivision | alexa de hoofdstad van yucatán | MX-YUC
subdivision | alexa hoofdstad van de provincie utrecht | FB
subdivision | alexa wat is de hoofdstad van gelderland | FB
subdivision | alexa wat is de hoofdstad van catalonië | FB
subdivision | alexa hoofdstad van beieren die grote stad | DE-BY
subdivision | alexa wat is de hoofdstad van de provincie limburg | FB
subdivision | alexa wat is de hoofdstad van aruba | AW
subdivision | alexa hoofdstad van curaçao | CW
subdivision | alexa wat is de hoofdstad van bonaire | BQ
subdivision | alexa hoofdstad van puerto rico | PR
subdivision | alexa wat is de hoofdstad van de kaaimaneilanden | KY
subdivision | alexa hoofdstad van frans-guyana | GF
subdivision | alexa wat is de hoofdstad van hawaï | US-HI
subdivision | alexa wat is de hoofdstad van toscane | FB
subdivision | alexa de hoofdstad van andalusië | FB
subdivision | alexa hoofdstad van de staat nevada | US-NV
subdivision | alexa wat is de hoofdstad van nunavut | CA-NU
subdivision | alexa hoofdstad van de bermuda's | BM
subdivision | alexa wat is de hoofdstad van gibraltar | GI
subdivision | alexa wat is de hoofdstad van de provincie friesland | FB
# follow-ups, as said within a session
follow-up | en {} dan | peru=PE; japan=JP; ghana=GH
follow-up | en van {} | mongolië=MN; kenia=KE; chili=CL
follow-up | en wat dacht je van {} | ierland=IE; cuba=CU; nepal=NP
follow-up | oké en noord-korea | KP
follow-up | en zuid-korea | KR
follow-up | en palestina | PS
follow-up | en de andere congo | CG
follow-up | en congo-kinshasa | CD
follow-up | en die van zuid-afrika | ZA
follow-up | nog eentje uruguay | UY
follow-up | doe maar turkije | TR
follow-up | en van canada | CA
follow-up | en australië dan | AU
follow-up | oké dan egypte | EG
follow-up | en italië | IT
follow-up | en nog een vraag vietnam | VN
follow-up | hmm en irak | IQ
follow-up | en tanzania | TZ
follow-up | en portugal | PT
follow-up | wat is die van noorwegen | NO
follow-up | en polen | PL
# yes/no checks
yes-no-check | alexa is {} de hoofdstad van australië | sydney=AU; canberra=AU; melbourne=AU
yes-no-check | alexa klopt het dat {} de hoofdstad van turkije is | istanbul=TR; ankara=TR
yes-no-check | alexa is rio de janeiro nog steeds de hoofdstad van brazilië | BR
yes-no-check | alexa is pyongyang de hoofdstad van noord-korea | KP
yes-no-check | alexa is seoul de hoofdstad van zuid-korea | KR
yes-no-check | alexa is kinshasa de hoofdstad van congo | CD
yes-no-check | alexa is brazzaville de hoofdstad van de republiek congo | CG
yes-no-check | alexa is ramallah de hoofdstad van palestina | PS
yes-no-check | alexa is lagos de hoofdstad van nigeria | NG
yes-no-check | alexa klopt het dat amsterdam de hoofdstad is van nederland | NL
yes-no-check | alexa is zürich de hoofdstad van zwitserland | CH
yes-no-check | alexa is toronto de hoofdstad van canada | CA
yes-no-check | alexa is new york de hoofdstad van amerika | US
yes-no-check | alexa is almaty nog de hoofdstad van kazachstan | KZ
yes-no-check | alexa is dar es salaam de hoofdstad van tanzania | TZ
yes-no-check | alexa is yangon de hoofdstad van myanmar | MM
yes-no-check | alexa is casablanca de hoofdstad van marokko | MA
yes-no-check | alexa is auckland de hoofdstad van nieuw-zeeland | NZ
yes-no-check | alexa is kaapstad een hoofdstad van zuid-afrika | ZA
yes-no-check | alexa is abidjan de hoofdstad van ivoorkust | CI
# self-corrections
self-correction | alexa wat is de hoofdstad van oostenrijk nee sorry australië | AU
self-correction | alexa de hoofdstad van zweden eh ik bedoel zwitserland | CH
self-correction | alexa wat is de hoofdstad van slowakije nee slovenië | SI
self-correction | alexa hoofdstad van noord-korea nee wacht zuid-korea | KR
self-correction | alexa hoofdstad van zuid-korea o nee noord-korea bedoel ik | KP
self-correction | alexa wat is de hoofdstad van congo eh de democratische republiek | CD
self-correction | alexa wat is de hoofdstad van iran nee irak | IQ
self-correction | alexa wat is de hoofdstad van guinee nee guinee-bissau | GW
self-correction | alexa hoofdstad van niger of nee nigeria | NG
self-correction | alexa wat is de hoofdstad van letland sorry litouwen | LT
self-correction | alexa de hoofdstad van gambia nee zambia | ZM
self-correction | alexa wat is de hoofdstad van israël nee ik bedoel palestina | PS
self-correction | alexa hoofdstad van mali eh nee malawi | MW
self-correction | alexa wat is de hoofdstad van paraguay nee uruguay | UY
self-correction | alexa hoofdstad van de republiek congo nee toch de andere | CD
self-correction | alexa hoofdstad van dominica nee de dominicaanse republiek | DO
self-correction | alexa wat is de hoofdstad van oman wacht jemen | YE
self-correction | alexa hoofdstad van armenië nee albanië | AL
# reverse questions
reverse-question | alexa van welk land is {} de hoofdstad | nairobi=CITY:Nairobi; lima=CITY:Lima; hanoi=CITY:Hanoi
reverse-question | alexa {} is de hoofdstad van welk land | ouagadougou=CITY:Ouagadougou; tbilisi=CITY:Tbilisi; montevideo=CITY:Montevideo
reverse-question | alexa welk land heeft {} als hoofdstad | kigali=CITY:Kigali; doha=CITY:Doha; reykjavik=IS
reverse-question | alexa waar is bisjkek de hoofdstad van | CITY:Bisjkek
reverse-question | alexa pyongyang is de hoofdstad van welk land | CITY:Pyongyang
reverse-question | alexa seoul hoort bij welk land als hoofdstad | CITY:Seoul
reverse-question | alexa van welk land is kinshasa de hoofdstad | CITY:Kinshasa
reverse-question | alexa brazzaville is de hoofdstad van wat | CITY:Brazzaville
reverse-question | alexa welk land heeft paramaribo als hoofdstad | CITY:Paramaribo
reverse-question | alexa van welk land is windhoek de hoofdstad | CITY:Windhoek
reverse-question | alexa welk land hoort bij de hoofdstad vaduz | CITY:Vaduz
reverse-question | alexa ulaanbaatar is de hoofdstad van | CITY:Ulaanbaatar
reverse-question | alexa welk land heeft canberra | CITY:Canberra
reverse-question | alexa welk land heeft thimphu als hoofdstad | CITY:Thimphu
reverse-question | alexa van welk land is la paz de hoofdstad | CITY:La Paz
reverse-question | alexa putrajaya is de hoofdstad van welk land | CITY:Putrajaya
reverse-question | alexa van welk land is ramallah de hoofdstad | CITY:Ramallah
reverse-question | alexa welk land heeft gitega als hoofdstad | CITY:Gitega
# official and long names
official-name | alexa wat is de hoofdstad van de {} | democratische volksrepubliek korea=KP; republiek korea=KR; volksrepubliek china=CN
official-name | alexa hoofdstad van het {} | koninkrijk der nederlanden=NL; koninkrijk marokko=MA; koninkrijk thailand=TH
official-name | alexa wat is de hoofdstad van de republiek {} | kazachstan=KZ; ghana=GH; chili=CL
official-name | alexa wat is de hoofdstad van de staat palestina | PS
official-name | alexa de hoofdstad van de russische federatie | RU
official-name | alexa wat is de hoofdstad van de verenigde staten van amerika | US
official-name | alexa hoofdstad van het verenigd koninkrijk van groot-brittannië en noord-ierland | GB
official-name | alexa wat is de hoofdstad van de islamitische republiek iran | IR
official-name | alexa hoofdstad van de plurinationale staat bolivia | BO
official-name | alexa wat is de hoofdstad van het groothertogdom luxemburg | LU
official-name | alexa hoofdstad van de bondsrepubliek duitsland | DE
official-name | alexa hoofdstad van de democratische republiek congo | CD
official-name | alexa de hoofdstad van de republiek congo | CG
official-name | alexa de hoofdstad van de federale democratische republiek ethiopië | ET
official-name | alexa hoofdstad van de bolivariaanse republiek venezuela | VE
official-name | alexa wat is de hoofdstad van het hasjemitisch koninkrijk jordanië | JO
official-name | alexa hoofdstad van de arabische republiek egypte | EG
official-name | alexa wat is de hoofdstad van de republiek zuid-afrika | ZA
official-name | alexa hoofdstad van de socialistische republiek vietnam | VN
official-name | alexa wat is de hoofdstad van de verenigde mexicaanse staten | MX
# everyday and old names
everyday-name | alexa wat is de hoofdstad van {} | holland=NL; amerika=US; engeland=GB-ENG
everyday-name | alexa hoofdstad van {} vroeger | birma=MM; perzië=IR; ceylon=LK
everyday-name | alexa de hoofdstad van {} van vroeger | siam=TH; zaïre=CD; opper-volta=BF
everyday-name | alexa wat is de hoofdstad van rusland | RU
everyday-name | alexa hoofdstad van tsjechoslowakije | FB
everyday-name | alexa wat is de hoofdstad van joegoslavië | FB
everyday-name | alexa hoofdstad van macedonië | MK
everyday-name | alexa wat is de hoofdstad van wit-rusland | BY
everyday-name | alexa hoofdstad van dahomey | BJ
everyday-name | alexa wat is de hoofdstad van rhodesië | ZW
everyday-name | alexa hoofdstad van oost-duitsland | FB
everyday-name | alexa wat is de hoofdstad van tsjechië | CZ
everyday-name | alexa wat is de hoofdstad van groot-brittannië | GB
everyday-name | alexa hoofdstad van de emiraten | AE
everyday-name | alexa wat is de hoofdstad van de vs | US
everyday-name | alexa wat is de hoofdstad van het vk | GB
everyday-name | alexa hoofdstad van kampuchea | KH
everyday-name | alexa wat is de hoofdstad van zuid-afrika | ZA
everyday-name | alexa hoofdstad van holland | NL
everyday-name | alexa wat is de hoofdstad van turkije of türkiye | TR
everyday-name | alexa wat is de hoofdstad van abessinië | ET
# shared names
shared-name | alexa wat is de hoofdstad van georgia | GE+US-GA
shared-name | alexa hoofdstad van georgië in de kaukasus | GE
shared-name | alexa wat is de hoofdstad van de staat georgia in amerika | US-GA
shared-name | alexa wat is de hoofdstad van korea | KP+KR
shared-name | alexa hoofdstad van de koreas | KP+KR
shared-name | alexa wat is de hoofdstad van congo | CD+CG
shared-name | alexa hoofdstad van beide congo's | CD+CG
shared-name | alexa wat is de hoofdstad van guinee | GN
shared-name | alexa wat is de hoofdstad van washington | US-WA
shared-name | alexa wat is de hoofdstad van new mexico | US-NM
shared-name | alexa hoofdstad van mexico | MX
shared-name | alexa wat is de hoofdstad van luxemburg | LU
shared-name | alexa hoofdstad van de provincie luxemburg in belgië | FB
shared-name | alexa wat is de hoofdstad van sudan | SD
shared-name | alexa hoofdstad van dominica het eiland | DM
shared-name | alexa hoofdstad van samoa | WS
shared-name | alexa wat is de hoofdstad van amerikaans-samoa | AS
shared-name | alexa wat is de hoofdstad van ierland | IE
shared-name | alexa wat is de hoofdstad van victoria | AU-VIC
shared-name | alexa hoofdstad van punjab | IN-PB
shared-name | alexa wat is de hoofdstad van het eiland guinee | FB
shared-name | alexa wat is de hoofdstad van macedonië in griekenland | FB
# help
help | alexa hoofdsteden van de wereld help | HELP
help | alexa help | HELP
help | help | HELP
help | help mij eens | HELP
help | wat kan ik vragen | HELP
help | alexa vraag hoofdsteden van de wereld om hulp | HELP
help | hoe werkt dit eigenlijk | HELP
help | wat moet ik zeggen | HELP
help | ik snap het niet | HELP
help | hoe gebruik ik dit spel | HELP
help | hulp alsjeblieft | HELP
help | hoe moet ik een hoofdstad vragen | HELP
help | wat zijn de opties | HELP
help | ik weet niet wat ik moet vragen | HELP
help | alexa hulp bij hoofdsteden van de wereld | HELP
help | geef eens een voorbeeld | HELP
help | wat kun jij allemaal | HELP
help | uitleg graag | HELP
help | hoe werkt hoofdsteden van de wereld | HELP
help | joh help me even | HELP
help | allee hoe gaat dit | HELP
help | hajur hoe werkt dit | HELP
help | wat kan ik allemaal vragen over hoofdsteden | HELP
help | ik kom er niet uit help | HELP
help | kun je me helpen | HELP
# stop
stop | stop | STOP
stop | alexa stop | STOP
stop | ophouden | STOP
stop | hou op | STOP
stop | genoeg zo | STOP
stop | klaar | STOP
stop | ik ben klaar | STOP
stop | stop maar | STOP
stop | alexa houdoe | STOP
stop | doei | STOP
stop | dag alexa | STOP
stop | stop ermee | STOP
stop | alexa zet uit | STOP
stop | dat was het | STOP
stop | ik stop ermee | STOP
stop | sluit af | STOP
stop | alexa stoppen | STOP
stop | moi moi | STOP
stop | kwaheri | STOP
stop | nou stop maar joh | STOP
stop | de stroom gaat uit stop | STOP
stop | we moeten boarden stop | STOP
stop | klaar ermee | STOP
stop | tot ziens | STOP
# cancel
cancel | annuleer | CANCEL
cancel | alexa annuleren | CANCEL
cancel | laat maar | CANCEL
cancel | laat maar zitten | CANCEL
cancel | vergeet het | CANCEL
cancel | nee laat maar | CANCEL
cancel | annuleer dat | CANCEL
cancel | alexa laat maar joh | CANCEL
cancel | niet meer nodig | CANCEL
cancel | hoeft niet meer | CANCEL
cancel | laat ook maar | CANCEL
cancel | vergeet die vraag | CANCEL
cancel | nee toch niet | CANCEL
cancel | annuleren graag | CANCEL
cancel | laat maar zitten allee | CANCEL
cancel | sorry laat maar | CANCEL
cancel | annuleer de vraag | CANCEL
cancel | doe maar niet | CANCEL
cancel | ach laat maar | CANCEL
cancel | nee wacht laat maar | CANCEL
cancel | hoeft niet sawa | CANCEL
cancel | alexa vergeet het maar | CANCEL
cancel | ik annuleer | CANCEL
cancel | annuleer maar | CANCEL
# launch
launch | alexa open hoofdsteden van de wereld | LAUNCH
launch | alexa start hoofdsteden van de wereld | LAUNCH
launch | alexa hoofdsteden van de wereld | LAUNCH
launch | alexa speel hoofdsteden van de wereld | LAUNCH
launch | alexa begin hoofdsteden van de wereld | LAUNCH
launch | alexa open de hoofdsteden van de wereld | LAUNCH
launch | alexa start de skill hoofdsteden van de wereld | LAUNCH
launch | alexa open de skill hoofdsteden van de wereld | LAUNCH
launch | alexa doe hoofdsteden van de wereld | LAUNCH
launch | alexa hoofdsteden van de wereld openen | LAUNCH
launch | alexa hoofdsteden van de wereld starten | LAUNCH
launch | alexa mag ik hoofdsteden van de wereld | LAUNCH
launch | alexa zet hoofdsteden van de wereld aan | LAUNCH
launch | alexa open hoofdsteden van de wereld alsjeblieft | LAUNCH
launch | alexa hoe is 't start hoofdsteden van de wereld | LAUNCH
launch | alexa allee open hoofdsteden van de wereld | LAUNCH
launch | alexa joh open hoofdsteden van de wereld eens | LAUNCH
launch | alexa ik wil hoofdsteden van de wereld spelen | LAUNCH
launch | alexa laten we hoofdsteden van de wereld doen | LAUNCH
launch | alexa ga naar hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdstad van de wereld | LAUNCH
launch | alexa start hoofdsteden wereld | LAUNCH
launch | alexa activeer hoofdsteden van de wereld | LAUNCH
launch | alexa hoofdsteden van de wereld graag | LAUNCH
launch | alexa moi open hoofdsteden van de wereld | LAUNCH
launch | alexa sasa start hoofdsteden van de wereld | LAUNCH
launch | alexa voor de kroegquiz open hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden van de wereld voor de kinderen | LAUNCH
launch | alexa kun je hoofdsteden van de wereld openen | LAUNCH
launch | alexa open even hoofdsteden van de wereld | LAUNCH
# out-of-domain
out-of-domain | alexa wat is het weer morgen in eindhoven | FB
out-of-domain | alexa zet een timer voor tien minuten | FB
out-of-domain | alexa speel iets van guus meeuwis | FB
out-of-domain | alexa hoeveel inwoners heeft parijs | FB
out-of-domain | alexa wat is de hoofdstad van europa | FB
out-of-domain | alexa wat is de hoofdstad van afrika | FB
out-of-domain | alexa hoe groot is berlijn | FB
out-of-domain | alexa hoe laat is het in nairobi | FB
out-of-domain | alexa wat is de hoofdstad van de mode | FB
out-of-domain | alexa welke hoofdstad is het grootst | FB
out-of-domain | alexa hoe ver is het naar brussel | FB
out-of-domain | alexa wanneer speelt psv | FB
out-of-domain | alexa zet de lampen in de woonkamer uit | FB
out-of-domain | alexa wat is de hoofdletter van de a | FB
out-of-domain | alexa welke taal spreken ze in chili | FB
out-of-domain | alexa wat is de munteenheid van kenia | FB
out-of-domain | alexa hoe zeg je dank je wel in het fins | FB
out-of-domain | alexa wat eten ze in libanon | FB
out-of-domain | alexa hoe hoog is de mount everest | FB
out-of-domain | alexa zet de wekker op zeven uur | FB
out-of-domain | alexa hoeveel landen zijn er in de wereld | FB
out-of-domain | alexa wat is de hoofdstad van de maan | FB
out-of-domain | alexa vertel een mop | FB
out-of-domain | alexa wat is het grootste land van afrika | FB
out-of-domain | alexa welke rivier stroomt door boedapest | FB
out-of-domain | alexa wie is de president van chili | FB
out-of-domain | alexa hoe laat vertrekt de trein naar woerden | FB
out-of-domain | alexa wat is het volkslied van nepal | FB
out-of-domain | alexa zet radio twee aan | FB
out-of-domain | alexa hoeveel kost een kilo kaas | FB
out-of-domain | alexa welke hoofdstad ligt het hoogst | FB
out-of-domain | alexa wat is de hoofdstad van zuid-amerika | FB
out-of-domain | alexa zet boodschappen op de lijst melk | FB
out-of-domain | alexa hoe lang vliegen naar santiago | FB
out-of-domain | alexa wat is de hoofdstad van atlantis | FB
out-of-domain | alexa wat is de hoofdstad van mordor | FB
out-of-domain | alexa hoeveel mensen wonen in kathmandu | FB
out-of-domain | alexa wat is het verschil tussen holland en nederland | FB
out-of-domain | alexa wie heeft de stroomstoring veroorzaakt | FB
out-of-domain | alexa speel een toonladder in c | FB
out-of-domain | alexa wat is de hoofdstad van de hemel | FB
out-of-domain | alexa welke hoofdstad heeft de meeste inwoners | FB
out-of-domain | alexa hoe laat gaat de zon onder in helsinki | FB
out-of-domain | alexa zet het journaal aan | FB
out-of-domain | alexa wat is de hoofdstad van oceanië | FB
out-of-domain | alexa welk land heeft de meeste hoofdsteden | FB
out-of-domain | alexa wat betekent habibi | FB
out-of-domain | alexa bel ons mam | FB
out-of-domain | alexa welk weer is het in beiroet | FB
out-of-domain | alexa wat is de vlag van bolivia | FB
# help, stop, cancel, launch in these speakers' own words
help | hoe is 't ik snap niks van dit spelletje wat moet ik zeggen | HELP
help | ons mam weet niet hoe dit werkt kunde gij helpen | HELP
help | amai hoe vraag ik nu een hoofdstad aan u | HELP
help | joh wat kan ik hier allemaal mee | HELP
help | cachai niet hoe dit werkt help me po | HELP
help | didi zegt dat ik om hulp moet vragen dus help | HELP
help | sawa maar hoe werkt het precies | HELP
help | no niin en wat doe ik nu | HELP
help | yaani hoe moet ik dit gebruiken | HELP
help | ik sta in de meterkast vertel even hoe dit werkt | HELP
help | de quizmaster wacht hoe vraag ik een hoofdstad | HELP
help | mijn zoon in de bakfiets wil weten wat hij kan vragen | HELP
help | welke vragen snap jij eigenlijk | HELP
help | kun je uitleggen wat deze skill doet | HELP
help | geef me eens wat tips over de hoofdsteden skill | HELP
help | hoe kan ik de hoofdstad van een land opvragen | HELP
help | ik ben de draad kwijt wat kan ik zeggen | HELP
help | wat werkt er allemaal bij hoofdsteden van de wereld | HELP
help | hallo hoe werkt het hier | HELP
help | wat verwacht je van me | HELP
help | hulp nodig met hoofdsteden | HELP
help | zeg eens wat ik kan vragen hajur | HELP
stop | hoe is 't nou genoeg gespeeld stop | STOP
stop | ons mam roept stop ermee | STOP
stop | allee stop maar ik ga slapen | STOP
stop | joh hou nou maar op | STOP
stop | ya po stop | STOP
stop | hajur bas stop nu | STOP
stop | sawa sawa stop nu maar | STOP
stop | no niin dat is genoeg stop | STOP
stop | yalla khalas stop | STOP
stop | de groep is eruit ik stop | STOP
stop | ronde drie is voorbij stop maar | STOP
stop | we zijn bij school stop ermee | STOP
stop | ik moet overstag stop nu | STOP
stop | khalas genoeg | STOP
stop | stop nou eens met praten | STOP
stop | hou maar op met die hoofdsteden | STOP
stop | sluit hoofdsteden van de wereld | STOP
stop | ik wil stoppen met de hoofdsteden | STOP
stop | beëindig de skill | STOP
stop | wij houden er mee op | STOP
stop | het is mooi geweest | STOP
cancel | hoe is 't laat die vraag maar | CANCEL
cancel | amai nee laat dat maar zitten | CANCEL
cancel | ons mam zegt laat maar | CANCEL
cancel | joh laat die hoofdstad maar zitten | CANCEL
cancel | weón laat maar | CANCEL
cancel | hajur niet nodig annuleer | CANCEL
cancel | pole pole laat maar zitten | CANCEL
cancel | no niin vergeet het | CANCEL
cancel | tayeb laat maar habibi | CANCEL
cancel | annuleer die laatste vraag | CANCEL
cancel | die vraag hoeft niet meer annuleren | CANCEL
cancel | laat maar ik wist het al | CANCEL
cancel | nee annuleer dat toch maar | CANCEL
cancel | ik bedoelde niks laat maar | CANCEL
cancel | de quizmaster heeft het al gezegd laat maar | CANCEL
cancel | het maakt niet uit laat maar | CANCEL
cancel | streep die vraag maar door | CANCEL
cancel | trek die vraag maar in | CANCEL
cancel | vergeet wat ik vroeg | CANCEL
cancel | die hoef ik niet meer te weten | CANCEL
cancel | annuleer alles | CANCEL
cancel | nee nee annuleren | CANCEL
launch | alexa ons mam wil hoofdsteden van de wereld openen | LAUNCH
launch | alexa amai doe eens hoofdsteden van de wereld | LAUNCH
launch | alexa po open hoofdsteden van de wereld | LAUNCH
launch | alexa hajur hoofdsteden van de wereld starten | LAUNCH
launch | alexa yaani open hoofdsteden van de wereld habibi | LAUNCH
launch | alexa nu de stroom terug is open hoofdsteden van de wereld | LAUNCH
launch | alexa bij de gate even hoofdsteden van de wereld openen | LAUNCH
launch | alexa open voor de quiz de skill hoofdsteden van de wereld | LAUNCH
launch | alexa start voor de les hoofdsteden van de wereld | LAUNCH
launch | alexa kunde gij hoofdsteden van de wereld starten | LAUNCH
launch | alexa open nog een keer hoofdsteden van de wereld | LAUNCH
launch | alexa we gaan hoofdsteden van de wereld spelen | LAUNCH
launch | alexa ik wil oefenen met hoofdsteden van de wereld | LAUNCH
launch | alexa zet die skill hoofdsteden van de wereld op | LAUNCH
launch | alexa laad hoofdsteden van de wereld | LAUNCH
launch | alexa hoofdsteden van de wereld alsjeblieft openen | LAUNCH
launch | alexa schiet eens hoofdsteden van de wereld aan | LAUNCH
launch | alexa hoofdsteden van de wereld op de keukenspeaker | LAUNCH
launch | alexa open de app hoofdsteden van de wereld | LAUNCH
launch | alexa ik wil de hoofdsteden van de wereld skill | LAUNCH
launch | alexa open dat spel hoofdsteden van de wereld | LAUNCH
launch | alexa wil je hoofdsteden van de wereld openen | LAUNCH
launch | alexa open de wereldhoofdsteden | LAUNCH
launch | alexa start nou die hoofdsteden van de wereld | LAUNCH
launch | alexa moi moi open hoofdsteden van de wereld | LAUNCH
# yes/no and reverse, more in these speakers' words
yes-no-check | alexa hedde gij gehoord dat astana de hoofdstad van kazachstan is klopt da | KZ
yes-no-check | alexa amai is brussel echt de hoofdstad van belgië | BE
yes-no-check | alexa joh is bern de hoofdstad van zwitserland of genève | CH
yes-no-check | alexa po is santiago de hoofdstad van chili | CL
yes-no-check | alexa hajur is kathmandu de hoofdstad van nepal | NP
yes-no-check | alexa sasa is dodoma echt de hoofdstad van tanzania | TZ
yes-no-check | alexa moi is tallinn de hoofdstad van estland | EE
yes-no-check | alexa yaani is beiroet de hoofdstad van libanon | LB
yes-no-check | alexa de quizmaster zegt dat sydney de hoofdstad is van australië klopt dat | AU
yes-no-check | alexa mijn zoon denkt dat lagos de hoofdstad van nigeria is heeft hij gelijk | NG
yes-no-check | alexa is putrajaya ook een hoofdstad van maleisië | MY
yes-no-check | alexa klopt het dat sucre de hoofdstad van bolivia is | BO
yes-no-check | alexa is den haag de hoofdstad van nederland of amsterdam | NL
yes-no-check | alexa is pretoria de hoofdstad van zuid-afrika | ZA
yes-no-check | alexa is oost-jeruzalem de hoofdstad van palestina | PS
yes-no-check | alexa klopt het dat pyongyang in noord-korea de hoofdstad is | KP
yes-no-check | alexa is busan de hoofdstad van zuid-korea | KR
yes-no-check | alexa is lubumbashi de hoofdstad van congo-kinshasa | CD
yes-no-check | alexa is pointe-noire de hoofdstad van congo-brazzaville | CG
yes-no-check | alexa is tasjkent de hoofdstad van oezbekistan | UZ
yes-no-check | alexa is asjchabad de hoofdstad van turkmenistan | TM
reverse-question | alexa hoe is 't van welk land is eindhoven geen hoofdstad | FB
reverse-question | alexa ons mam vraagt bij welk land hoort de hoofdstad tirana | CITY:Tirana
reverse-question | alexa allee van welk land is vaduz de hoofdstad nou | CITY:Vaduz
reverse-question | alexa joh welk land heeft bern als hoofdstad | CITY:Bern
reverse-question | alexa po van welk land is asunción de hoofdstad | CITY:Asunción
reverse-question | alexa hajur dhaka is de hoofdstad van welk land | CITY:Dhaka
reverse-question | alexa sasa van welk land is kampala de hoofdstad | CITY:Kampala
reverse-question | alexa moi welk land heeft tórshavn als hoofdstad | CITY:Tórshavn
reverse-question | alexa yaani damascus is de hoofdstad van welk land | CITY:Damascus
reverse-question | alexa de quizmaster vraagt bij welk land honiara hoort | CITY:Honiara
reverse-question | alexa welk land heeft nouakchott als hoofdstad | CITY:Nouakchott
reverse-question | alexa moroni is de hoofdstad van welk land | CITY:Moroni
reverse-question | alexa van welk land is bangui de hoofdstad | CITY:Bangui
reverse-question | alexa bissau is de hoofdstad van welk land | CITY:Bissau
reverse-question | alexa van welk land is londen de hoofdstad | CITY:Londen
reverse-question | alexa sucre is de hoofdstad van welk land | CITY:Sucre
reverse-question | alexa welk land heeft pretoria als een van zijn hoofdsteden | CITY:Pretoria
reverse-question | alexa bij welk land hoort oost-jeruzalem als hoofdstad | CITY:Oost-Jeruzalem
eindhovenaren | alexa hoe is 't in het philips museum hing een kaart van {} wat is de hoofdstad | zuid-afrika=ZA; botswana=BW; zambia=ZM
eindhovenaren | alexa een asml collega uit {} vroeg me de hoofdstad | zuid-korea=KR; nederland=NL; taiwan=TW
eindhovenaren | alexa op stratumseind zat een gast uit {} wat is daar de hoofdstad eigenlijk | ierland=IE; schotland=GB-SCT; wales=GB-WLS
eindhovenaren | alexa de tegenstander van psv komt uit noord-korea haha nee wat is de hoofdstad daar | KP
eindhovenaren | alexa ge hoort het goed wat is de hoofdstad van de republiek congo | CG
eindhovenaren | alexa hoe is 't de hoofdstad van palestina is dat ramallah | PS
eindhovenaren | alexa wat is de hoofdstad van oezbekistan eh samarkand of zo | UZ
eindhovenaren | alexa hoe laat speelt psv vanavond | FB
eindhovenaren | alexa wanneer is glow dit jaar | FB
eindhovenaren | alexa is de lichtstad een hoofdstad | FB
helmonders | alexa ons mam heeft een zus in {} wat is de hoofdstad | canada=CA; spanje=ES; portugal=PT
helmonders | alexa hedde ge de hoofdstad van {} paraat | noord-korea=KP; zuid-korea=KR; japan=JP
helmonders | alexa ons pap wil de hoofdstad van de democratische republiek congo weten | CD
helmonders | alexa in de kermis van helmond stond een kraam uit turkmenistan wat is de hoofdstad | TM
helmonders | alexa ons mam vraagt de hoofdsteden van maleisië | MY
helmonders | alexa hedde de hoofdstad van het verenigd koninkrijk | GB
helmonders | alexa wat speelt er in het carolus vanavond | FB
helmonders | alexa ons mam wil weten hoe laat de markt begint | FB
helmonders | alexa de hoofdstad van zuid-soedan hedde die | SS
roosendalers | alexa allee de belgen zeggen dat de hoofdstad van {} anders heet hoe heet ze | congo=CD+CG; rwanda=RW; burundi=BI
roosendalers | alexa amai mijn schoonzus uit essen vraagt de hoofdstad van {} | frankrijk=FR; kroatië=HR; slovenië=SI
roosendalers | alexa allee wat is de hoofdstad van congo-kinshasa nou | CD
roosendalers | alexa amai wat is de hoofdstad van de andere congo de kleine | CG
roosendalers | alexa allee zeg de hoofdsteden van zuid-afrika | ZA
roosendalers | alexa is roosendaal groter dan de hoofdstad van luxemburg | FB
roosendalers | alexa hoe laat gaat de trein naar antwerpen | FB
roosendalers | alexa amai de hoofdstad van wallonië | FB
woerdenaars | alexa joh op de kaasmarkt vroeg een toerist uit {} naar zijn eigen hoofdstad | verenigde staten=US; brazilië=BR; india=IN
woerdenaars | alexa joh de kaasboer komt uit {} wat is daar de hoofdstad | frankrijk=FR; zwitserland=CH; italië=IT
woerdenaars | alexa joh wat is de hoofdstad van zuid-korea en noord-korea allebei | KP+KR
woerdenaars | alexa de hoofdstad van palestina joh | PS
woerdenaars | alexa hoeveel kost een gouda bij de kaasmarkt | FB
woerdenaars | alexa wanneer is de kaasmarkt in woerden | FB
woerdenaars | alexa joh wat zijn de hoofdsteden van bolivia | BO
hellevoetsluizers | alexa bij de vesting ligt een jacht uit {} wat is de hoofdstad | malta=MT; cyprus=CY; monaco=MC
hellevoetsluizers | alexa op het haringvliet vaart een schip onder de vlag van {} welke hoofdstad hoort daarbij | liberia=LR; panama=PA; de marshalleilanden=MH
hellevoetsluizers | alexa hoe hoog is het water in het haringvliet | FB
hellevoetsluizers | alexa wat is de hoofdstad van voorne-putten | FB
hellevoetsluizers | alexa een schip uit noord-korea in de haven wat is de hoofdstad daar | KP
hellevoetsluizers | alexa de hoofdstad van aruba voor de zeilers | AW
chileense-nederlanders | alexa cachai mijn tante woont in {} wat is daar de hoofdstad | bolivia=BO; peru=PE; argentinië=AR
chileense-nederlanders | alexa po mi abuela vraagt de hoofdstad van {} | spanje=ES; mexico=MX; guatemala=GT
chileense-nederlanders | alexa weón wat is de hoofdstad van de dominicaanse republiek | DO
chileense-nederlanders | alexa cachai welke twee steden zijn hoofdstad van bolivia | BO
chileense-nederlanders | alexa hoe laat is het in santiago po | FB
chileense-nederlanders | alexa speel cueca muziek | FB
chileense-nederlanders | alexa po is valparaíso de hoofdstad van chili | CL
chileense-nederlanders | alexa wat is de hoofdstad van patagonië | FB
nepalese-nederlanders | alexa hajur mijn didi werkt in {} wat is de hoofdstad | de emiraten=AE; maleisië=MY; zuid-korea=KR
nepalese-nederlanders | alexa dai vraagt de hoofdstad van {} | pakistan=PK; afghanistan=AF; sri lanka=LK
nepalese-nederlanders | alexa hajur is kathmandu nog steeds de hoofdstad | NP
nepalese-nederlanders | alexa hoe hoog is de mount everest in meters hajur | FB
nepalese-nederlanders | alexa dai zegt dat dhaka de hoofdstad van bangladesh is | BD
nepalese-nederlanders | alexa wat is de hoofdstad van sikkim | IN-SK
nepalese-nederlanders | alexa hajur wanneer is dashain dit jaar | FB
keniaanse-expats | alexa sasa my friend vraagt de hoofdstad van {} | zuid-afrika=ZA; nigeria=NG; ghana=GH
keniaanse-expats | alexa pole pole ik ben nieuw hier wat is de hoofdstad van {} | nederland=NL; belgië=BE; duitsland=DE
keniaanse-expats | alexa sawa wat is de hoofdstad van de democratische republiek congo | CD
keniaanse-expats | alexa sasa en de republiek congo | CG
keniaanse-expats | alexa hoe laat is het in nairobi sasa | FB
keniaanse-expats | alexa is mombasa een hoofdstad | FB
keniaanse-expats | alexa sawa welke hoofdstad heeft uganda | UG
finse-expats | alexa moi in de sauna vroeg iemand de hoofdstad van {} | letland=LV; litouwen=LT; polen=PL
finse-expats | alexa no niin mijn collega uit {} wil de hoofdstad weten | hongarije=HU; oostenrijk=AT; tsjechië=CZ
finse-expats | alexa moi wat zijn de twee hoofdsteden van nederland | NL
finse-expats | alexa no niin hoe koud is het in helsinki | FB
finse-expats | alexa moi wat is de hoofdstad van noord-korea | KP
finse-expats | alexa wat is de hoofdstad van karelië | FB
finse-expats | alexa no niin de hoofdstad van groenland | GL
libanese-nederlanders | alexa yaani mijn oom woont in {} wat is de hoofdstad | koeweit=KW; qatar=QA; bahrein=BH
libanese-nederlanders | alexa habibi wat is de hoofdstad van {} | marokko=MA; tunesië=TN; soedan=SD
libanese-nederlanders | alexa tayeb is beiroet nog de hoofdstad | LB
libanese-nederlanders | alexa yaani hoe is het weer in beiroet | FB
libanese-nederlanders | alexa habibi speel fairuz | FB
libanese-nederlanders | alexa wat is de hoofdstad van de staat palestina habibi | PS
libanese-nederlanders | alexa tayeb wat is de hoofdstad van cyprus vlakbij | CY
elektriciens | alexa de klant komt uit {} wat is daar de hoofdstad | rusland=RU; oekraïne=UA; georgië=GE
elektriciens | alexa de meterkast is van een merk uit {} wat is de hoofdstad daar | zweden=SE; denemarken=DK; finland=FI
elektriciens | alexa de groep eruit wat is de hoofdstad van zuid-afrika met al die hoofdsteden | ZA
elektriciens | alexa wat is de hoofdstad van ivoorkust terwijl ik die groep vervang | CI
elektriciens | alexa hoeveel volt zit er op een stopcontact | FB
elektriciens | alexa hoe sluit ik een aardlekschakelaar aan | FB
elektriciens | alexa wat is de hoofdstad van de republiek congo | CG
opticiens | alexa dit brilmontuur is gemaakt in {} wat is daar de hoofdstad | japan=JP; denemarken=DK; duitsland=DE
opticiens | alexa een klant met lenzen uit {} vraagt naar de hoofdstad | mauritanië=MR; niger=NE; tsjaad=TD
opticiens | alexa tijdens de oogmeting wat is de hoofdstad van palestina | PS
opticiens | alexa hoe vaak moet ik mijn lenzen vervangen | FB
opticiens | alexa wat is de hoofdstad van noord-korea voor een klant | KP
opticiens | alexa wat zijn de hoofdsteden van sri lanka vroeg een klant | LK
zweminstructeurs | alexa een zwemmertje uit {} vroeg naar zijn hoofdstad | syrië=SY; eritrea=ER; afghanistan=AF
zweminstructeurs | alexa voor het diploma b een kind uit {} wat is de hoofdstad daar | oekraïne=UA; polen=PL; turkije=TR
zweminstructeurs | alexa hoe warm is het water in het diepe | FB
zweminstructeurs | alexa wat is de hoofdstad van zuid-korea voor een ouder | KR
zweminstructeurs | alexa hoeveel banen zwem je voor diploma a | FB
zweminstructeurs | alexa wat is de hoofdstad van de democratische republiek congo voor die moeder | CD
heftruckchauffeurs | alexa de vracht komt uit {} welke stad is de hoofdstad | china=CN; zuid-korea=KR; maleisië=MY
heftruckchauffeurs | alexa deze pallets gaan naar {} wat is de hoofdstad | noorwegen=NO; ierland=IE; ijsland=IS
heftruckchauffeurs | alexa in het magazijn hangt een vlag van bolivia wat zijn de hoofdsteden | BO
heftruckchauffeurs | alexa hoe laat is mijn pauze | FB
heftruckchauffeurs | alexa de vrachtbrief zegt centraal-afrikaanse republiek wat is de hoofdstad | CF
pianoleraren | alexa mijn leerling uit {} speelt chopin wat is de hoofdstad van haar land | polen=PL; litouwen=LT; estland=EE
pianoleraren | alexa tussen twee toonladders wat is de hoofdstad van {} | hongarije=HU; slowakije=SK; servië=RS
pianoleraren | alexa speel een stuk van chopin | FB
pianoleraren | alexa wat is de hoofdstad van italië waar de opera is | IT
pianoleraren | alexa hoeveel toetsen heeft een piano | FB
pianoleraren | alexa de hoofdstad van noord-korea vraagt mijn leerling | KP
stroomstoring | alexa de stroom is uit hoe laat is het | FB
stroomstoring | alexa wat is de hoofdstad van {} terwijl de kaarsjes branden | venezuela=VE; colombia=CO; ecuador=EC
stroomstoring | alexa bij een storing in het hele dorp vraag ik de hoofdstad van {} | zuid-korea=KR; noord-korea=KP; palestina=PS
stroomstoring | alexa gelukkig werk je op batterij wat zijn de hoofdsteden van zuid-afrika | ZA
stroomstoring | alexa bel de netbeheerder | FB
stroomstoring | alexa is er een storing in woerden | FB
zeilen | alexa na de sluis wat is de hoofdstad van {} | denemarken=DK; zweden=SE; noorwegen=NO
zeilen | alexa de fok staat bol wat zijn de hoofdsteden van {} | nederland=NL; bolivia=BO; zuid-afrika=ZA
zeilen | alexa wanneer gaat de brug bij enkhuizen open | FB
zeilen | alexa hoeveel knopen wind is het | FB
zeilen | alexa wat is de hoofdstad van friesland zoals de friezen zeggen | FB
schoolplein | alexa op het schoolplein vroeg juf de hoofdstad van {} | congo-brazzaville=CG; congo-kinshasa=CD; gabon=GA
schoolplein | alexa mijn dochter in de bakfiets vraagt de hoofdstad van {} | maleisië=MY; nepal=NP; kenia=KE
schoolplein | alexa hoe laat begint de school morgen | FB
schoolplein | alexa is het morgen studiedag | FB
schoolplein | alexa de meester zegt dat zuid-afrika drie hoofdsteden heeft welke | ZA
schiphol-gate | alexa we hebben vertraging naar {} wat is de hoofdstad eigenlijk | maleisië=MY; zuid-afrika=ZA; sri lanka=LK
schiphol-gate | alexa bij gate d vijf naar {} wat is de hoofdstad | noord-macedonië=MK; albanië=AL; kosovo=XK
schiphol-gate | alexa waar is gate d zeven | FB
schiphol-gate | alexa hoe lang duurt de vlucht naar seoul | FB
schiphol-gate | alexa wat is de hoofdstad van zuid-korea waar we naartoe vliegen | KR
schiphol-gate | alexa de vlucht gaat naar tel aviv wat is de hoofdstad van israël | IL
kroegquiz | alexa de quizmaster vraagt wat de hoofdsteden van {} zijn | ivoorkust=CI; benin=BJ; eswatini=SZ
kroegquiz | alexa ronde vier vraag twee de hoofdstad van {} | turkmenistan=TM; oezbekistan=UZ; mauritanië=MR
kroegquiz | alexa bij de kroegquiz wat is de hoofdstad van guinee-bissau | GW
kroegquiz | alexa de quizmaster wil de hoofdstad van de comoren | KM
kroegquiz | alexa wie won het wk van negentienachtenzeventig | FB
kroegquiz | alexa hoeveel hoofdsteden heeft zuid-afrika voor ronde drie | ZA
kroegquiz | alexa wat is de langste rivier van de wereld | FB
kroegquiz | alexa wat is de hoofdstad van de salomonseilanden voor de bonusvraag | SB
# more shared families in these speakers' words
follow-up | hoe is 't en {} | moldavië=MD; wit-rusland=BY; georgië=GE
follow-up | allee en {} dan | luxemburg=LU; frankrijk=FR; monaco=MC
follow-up | po en {} | argentinië=AR; bolivia=BO; colombia=CO
follow-up | sasa en {} | oeganda=UG; rwanda=RW; ethiopië=ET
follow-up | yaani en {} | jordanië=JO; syrië=SY; irak=IQ
follow-up | joh en noord-korea dan | KP
follow-up | en zuid-korea allee | KR
follow-up | hajur en palestina | PS
follow-up | en de democratische republiek congo | CD
follow-up | en congo-brazzaville dan | CG
follow-up | en de hoofdsteden van maleisië | MY
follow-up | moi en estland | EE
follow-up | ronde drie en kiribati | KI
follow-up | en die van bhutan hajur | BT
follow-up | en turkmenistan die ook | TM
follow-up | ook die van oezbekistan | UZ
follow-up | nog eentje de comoren | KM
follow-up | hedde die van tuvalu ook | TV
follow-up | en toen nog mauritanië | MR
self-correction | alexa hoe is 't de hoofdstad van {} | slowakije nee slovenië=SI; oostenrijk eh australië=AU; zweden nee zwitserland=CH
self-correction | alexa ons mam vraagt de hoofdstad van zuid-korea nee noord-korea | KP
self-correction | alexa allee de hoofdstad van congo-kinshasa nee brazzaville die congo | CG
self-correction | alexa po de hoofdstad van peru nee paraguay | PY
self-correction | alexa hajur de hoofdstad van india nee nepal | NP
self-correction | alexa sasa de hoofdstad van tanzania sorry kenia | KE
self-correction | alexa moi de hoofdstad van zweden nee finland bedoel ik | FI
self-correction | alexa yaani de hoofdstad van syrië nee libanon | LB
self-correction | alexa wat is de hoofdstad van noord-korea nee zuid | KR
self-correction | alexa wat is de hoofdstad van israël o nee palestina | PS
self-correction | alexa de hoofdstad van maleisië nee indonesië | ID
self-correction | alexa wat is de hoofdstad van bolivia nee chili | CL
self-correction | alexa hoofdstad van nederland ach nee van belgië | BE
self-correction | alexa de hoofdstad van slowakije nee tsjechië | CZ
self-correction | alexa wat is de hoofdstad van australië nee oostenrijk bedoel ik | AT
self-correction | alexa hoofdstad van de kaapverdische eilanden nee van kameroen | CM
official-name | alexa hoe is 't wat is de hoofdstad van de {} | republiek kenia=KE; federale republiek nigeria=NG; republiek chili=CL
official-name | alexa allee de hoofdstad van het {} | koninkrijk belgië=BE; groothertogdom luxemburg=LU; vorstendom monaco=MC
official-name | alexa yaani de hoofdstad van de {} | libanese republiek=LB; syrische arabische republiek=SY; republiek irak=IQ
official-name | alexa wat is de hoofdstad van de federale democratische republiek nepal | NP
official-name | alexa de hoofdstad van de verenigde republiek tanzania | TZ
official-name | alexa wat is de hoofdstad van de republiek der unie van myanmar | MM
official-name | alexa hoofdstad van het koninkrijk eswatini | SZ
official-name | alexa wat is de hoofdstad van de democratische socialistische republiek sri lanka | LK
official-name | alexa hoofdstad van de republiek de ivoorkust | CI
official-name | alexa de hoofdstad van het vorstendom liechtenstein | LI
official-name | alexa hoofdstad van de oostelijke republiek uruguay | UY
everyday-name | alexa hoe is 't wat is de hoofdstad van {} | engeland=GB-ENG; zwitserland=CH; amerika=US
everyday-name | alexa ons mam noemt het nog {} wat is de hoofdstad | ceylon=LK; swaziland=SZ; zaïre=CD
everyday-name | alexa allee de hoofdstad van {} | holland=NL; de states=US; korea het zuiden=KR
everyday-name | alexa wat is de hoofdstad van noord-korea dat communistische land | KP
everyday-name | alexa wat is de hoofdstad van birma | MM
everyday-name | alexa de hoofdstad van het kongo van vroeger | CD
everyday-name | alexa wat is de hoofdstad van de dominicaanse | DO
everyday-name | alexa hoofdstad van de ivoorkust | CI
everyday-name | alexa wat is de hoofdstad van de filipijnen eigenlijk | PH
everyday-name | alexa hoofdstad van bosnië | BA
everyday-name | alexa wat is de hoofdstad van tsjechië of tsjechisch | CZ
everyday-name | alexa wat is de hoofdstad van oost-timor of timor-leste | TL
shared-name | alexa hoe is 't wat is de hoofdstad van georgia | GE+US-GA
shared-name | alexa allee de hoofdstad van congo zeg | CD+CG
shared-name | alexa wat is de hoofdstad van korea allebei | KP+KR
shared-name | alexa de hoofdstad van guinee in afrika | GN
shared-name | alexa wat is de hoofdstad van nieuw-guinea | PG
shared-name | alexa de hoofdstad van de staat washington | US-WA
shared-name | alexa wat is de hoofdstad van washington de staat niet de stad | US-WA
shared-name | alexa hoofdstad van de staat new york | US-NY
shared-name | alexa wat is de hoofdstad van het land georgië | GE
shared-name | alexa hoofdstad van zuid-soedan niet soedan | SS
shared-name | alexa de hoofdstad van de republiek macedonië | MK
shared-name | alexa wat is de hoofdstad van de congo rivier | FB
subdivision | alexa hoe is 't zeg de hoofdstad van {} | schotland=GB-SCT; wales=GB-WLS; noord-ierland=GB-NIR
subdivision | alexa allee wat is de hoofdstad van {} in canada | manitoba=CA-MB; alberta=CA-AB; nova scotia=CA-NS
subdivision | alexa po de hoofdstad van {} in mexico | chiapas=MX-CHP; oaxaca=MX-OAX; sonora=MX-SON
subdivision | alexa hajur de hoofdstad van {} | sikkim=IN-SK; west-bengalen=IN-WB; assam=IN-AS
subdivision | alexa moi de hoofdstad van {} | åland=AX; lapland=FB; de faeröer=FO
subdivision | alexa wat is de hoofdstad van queensland sawa | AU-QLD
subdivision | alexa de hoofdstad van de staat minas gerais | BR-MG
subdivision | alexa wat is de hoofdstad van de regio santiago | FB
subdivision | alexa wat is de hoofdstad van noord-brabant | FB
subdivision | alexa de hoofdstad van vlaams-brabant | FB
subdivision | alexa hoofdstad van de provincie zuid-holland | FB
subdivision | alexa wat is de hoofdstad van de staat massachusetts | US-MA
subdivision | alexa hoofdstad van thüringen | DE-TH
subdivision | alexa wat is de hoofdstad van sint-maarten het nederlandse deel | SX
subdivision | alexa de hoofdstad van het franse deel van sint-maarten | MF
subdivision | alexa wat is de hoofdstad van hongkong | HK
subdivision | alexa hoofdstad van macau | MO
subdivision | alexa wat is de hoofdstad van de westelijke sahara | EH
out-of-domain | alexa hoe is 't met het weer in helmond | FB
out-of-domain | alexa allee wat kost een frietje in essen | FB
out-of-domain | alexa joh zet de kaasmarkt in mijn agenda | FB
out-of-domain | alexa hoe warm is het in santiago po | FB
out-of-domain | alexa hajur speel nepalese muziek | FB
out-of-domain | alexa sasa hoe zeg je hallo in het swahili | FB
out-of-domain | alexa moi hoe laat gaat de sauna open | FB
out-of-domain | alexa yaani welke dag is het vandaag | FB
out-of-domain | alexa wat is de hoofdstad van de elektriciteit | FB
out-of-domain | alexa hoeveel landen liggen in afrika | FB
out-of-domain | alexa wat is de grootste stad van zuid-afrika | FB
out-of-domain | alexa welke hoofdstad ligt aan zee | FB
out-of-domain | alexa wat is de hoofdstad van azië | FB
out-of-domain | alexa welke landen hebben twee hoofdsteden | FB
out-of-domain | alexa wat is de bevolking van kuala lumpur | FB
out-of-domain | alexa hoe oud is de stad den haag | FB
out-of-domain | alexa wat is de postcode van de vesting | FB
out-of-domain | alexa leg uit hoe een sluis werkt | FB
out-of-domain | alexa welke hoofdstad is het koudst | FB
out-of-domain | alexa zet het licht in de bakfiets aan | FB
out-of-domain | alexa wanneer gaat het boarden beginnen | FB
out-of-domain | alexa hoe spel je ouagadougou | FB
subdivision | alexa wat is de hoofdstad van antarctica | AQ
out-of-domain | alexa wat is de hoofdstad van de noordpool | FB
out-of-domain | alexa wie is de koning van eswatini | FB
out-of-domain | alexa welke taal spreken ze in bolivia | FB
out-of-domain | alexa wat is het tijdsverschil met kathmandu | FB
out-of-domain | alexa wat is de hoofdstad van de wereld | FB
out-of-domain | alexa welke stad is de hoofdstad van de cocktails | FB
out-of-domain | alexa welke kleur heeft de vlag van libanon | FB
out-of-domain | alexa zet een timer voor de pizza | FB
out-of-domain | alexa wat is de hoofdstad van het noorden | FB
out-of-domain | alexa zoek een elektricien in de buurt | FB
out-of-domain | alexa hoe ver is nairobi van mombasa | FB
out-of-domain | alexa hoe laat is het nu in seoul | FB
out-of-domain | alexa wat is de snelste heftruck | FB
out-of-domain | alexa wat doet een opticien | FB
out-of-domain | alexa hoe leer ik mijn kind zwemmen | FB
out-of-domain | alexa vertel iets over de geschiedenis van congo | FB
out-of-domain | alexa wat is de hoofdstad van de provincie | FB
out-of-domain | alexa hoe heet de president van zuid-korea | FB
out-of-domain | alexa wat is de grootste stad van bolivia | FB
out-of-domain | alexa wie is de premier van maleisië | FB
out-of-domain | alexa hoeveel inwoners heeft pyongyang | FB
out-of-domain | alexa hoe oud is de koning van nederland | FB
out-of-domain | alexa wat is het hoogste gebouw van kuala lumpur | FB
out-of-domain | alexa speel het chileense volkslied | FB
out-of-domain | alexa wat is de hoofdstad van frankrijk in het engels | FB
out-of-domain | alexa bestel nieuwe lampjes | FB
out-of-domain | alexa wat is de hoofdstad van nergensland | FB
# Zaltbommelaars (de Waal, de Bommelerwaard): "hè", "zeg"
zaltbommelaars | alexa hè aan de waal lag een schip uit {} wat is de hoofdstad | luxemburg=LU; zwitserland=CH; oostenrijk=AT
zaltbommelaars | alexa in de bommelerwaard woont een stel uit {} wat is daar de hoofdstad zeg | polen=PL; roemenië=RO; bulgarije=BG
zaltbommelaars | alexa zeg wat is de hoofdstad van {} hè | kosovo=XK; montenegro=ME; bosnië en herzegovina=BA
zaltbommelaars | alexa hè wat zijn de hoofdsteden van nederland nou echt | NL
zaltbommelaars | alexa zeg de hoofdstad van noord-korea hè | KP
zaltbommelaars | alexa hè en van zuid-korea | KR
zaltbommelaars | alexa is zaltbommel een hoofdstad | FB
zaltbommelaars | alexa hoe hoog staat de waal bij zaltbommel | FB
zaltbommelaars | alexa zeg wat is de hoofdstad van de bommelerwaard | FB
zaltbommelaars | alexa hè wat is de hoofdstad van palestina | PS
zaltbommelaars | alexa zeg de hoofdstad van congo-brazzaville | CG
zaltbommelaars | alexa hè de hoofdstad van de democratische republiek congo | CD
zaltbommelaars | alexa de hoofdstad van ivoorkust zeg hè | CI
# Capellenaren (de metro, de Hollandsche IJssel): "effe", "ff"
capellenaren | alexa in de metro naar capelle zat iemand uit {} wat is daar de hoofdstad | suriname=SR; kaapverdië=CV; angola=AO
capellenaren | alexa effe snel de hoofdstad van {} | mozambique=MZ; zimbabwe=ZW; namibië=NA
capellenaren | alexa ff checken wat de hoofdstad van {} is | benin=BJ; togo=TG; burkina faso=BF
capellenaren | alexa effe wat zijn de hoofdsteden van zuid-afrika | ZA
capellenaren | alexa ff de hoofdsteden van maleisië | MY
capellenaren | alexa effe welke twee steden zijn de hoofdstad van bolivia | BO
capellenaren | alexa hoe laat gaat de metro naar rotterdam centraal | FB
capellenaren | alexa is capelle aan den ijssel een hoofdstad | FB
capellenaren | alexa effe de hoofdstad van gambia | GM
capellenaren | alexa ff wat is de hoofdstad van senegal | SN
capellenaren | alexa effe de hoofdstad van de centraal-afrikaanse republiek | CF
capellenaren | alexa ff de hoofdstad van guinee-bissau | GW
# Tunisian Dutch: "barcha", "sahha", "yezzi"
tunesische-nederlanders | alexa sahha wat is de hoofdstad van {} | tunesië=TN; libië=LY; algerije=DZ
tunesische-nederlanders | alexa barcha vragen maar eerst de hoofdstad van {} | marokko=MA; mauritanië=MR; egypte=EG
tunesische-nederlanders | alexa yezzi zeg de hoofdstad van {} | frankrijk=FR; italië=IT; malta=MT
tunesische-nederlanders | alexa sahha wat is de hoofdstad van palestina | PS
tunesische-nederlanders | alexa de hoofdstad van de westelijke sahara sahha | EH
tunesische-nederlanders | alexa barcha dank en de hoofdstad van qatar | QA
tunesische-nederlanders | alexa yezzi is tunis de hoofdstad van tunesië | TN
tunesische-nederlanders | alexa hoe warm is het in djerba | FB
tunesische-nederlanders | alexa speel mezoued muziek | FB
tunesische-nederlanders | alexa sahha wat is de hoofdstad van de comoren | KM
tunesische-nederlanders | alexa wat is de hoofdstad van soedan yezzi | SD
tunesische-nederlanders | alexa barcha wat is de hoofdstad van saoedi-arabië | SA
# Bicycle repairers: "de band plakken", "de ketting"
fietsenmakers | alexa terwijl ik een band plak wat is de hoofdstad van {} | denemarken=DK; nederland=NL; belgië=BE
fietsenmakers | alexa deze fiets komt uit {} wat is daar de hoofdstad | taiwan=TW; china=CN; vietnam=VN
fietsenmakers | alexa de ketting ligt eraf maar zeg de hoofdstad van {} | eritrea=ER; colombia=CO; rwanda=RW
fietsenmakers | alexa een klant uit zuid-korea wacht op zijn fiets wat is zijn hoofdstad | KR
fietsenmakers | alexa wat is de hoofdstad van noord-korea terwijl ik de remmen stel | KP
fietsenmakers | alexa hoe plak ik een binnenband | FB
fietsenmakers | alexa waar koop ik een nieuwe ketting | FB
fietsenmakers | alexa deze e-bike komt uit maleisië wat zijn de hoofdsteden | MY
fietsenmakers | alexa wie won de tour van vorig jaar | FB
fietsenmakers | alexa de hoofdstad van eritrea waar ze goed fietsen | ER
fietsenmakers | alexa een klant uit sri lanka vraagt de hoofdsteden van zijn land | LK
# The laundrette: "de wasserette", "de droger", "het wasprogramma"
wasserette | alexa in de wasserette wacht ik op de droger wat is de hoofdstad van {} | kazachstan=KZ; mongolië=MN; kirgizië=KG
wasserette | alexa het wasprogramma duurt nog lang wat is de hoofdstad van {} | jemen=YE; oman=OM; bahrein=BH
wasserette | alexa naast me in de wasserette zit een man uit {} wat is de hoofdstad | haïti=HT; jamaica=JM; cuba=CU
wasserette | alexa hoe lang duurt een droger van veertig minuten nog | FB
wasserette | alexa op welke temperatuur was ik wol | FB
wasserette | alexa wat is de hoofdstad van congo-kinshasa terwijl ik vouw | CD
wasserette | alexa de hoofdstad van eswatini en swaziland is dat hetzelfde | SZ
wasserette | alexa wat is de hoofdstad van zuid-soedan | SS
wasserette | alexa een vrouw uit benin vraagt de hoofdsteden van haar land | BJ
wasserette | alexa wat is de hoofdstad van palestina vraagt mijn buurvrouw | PS
wasserette | alexa de hoofdstad van noord-korea dat wil ik weten | KP
out-of-domain | alexa hè hoe laat gaat het pontje over de waal | FB
out-of-domain | alexa effe de metrotijden van capelle | FB
out-of-domain | alexa sahha wat is het weer in tunis | FB
out-of-domain | alexa hoeveel kost een nieuwe fietsband | FB
out-of-domain | alexa hoe lang moet de was nog draaien | FB
out-of-domain | alexa welke hoofdstad heeft de meeste fietsen | FB
out-of-domain | alexa hoe heet de burgemeester van eindhoven | FB
out-of-domain | alexa ons mam jarig zet het in de agenda | FB
out-of-domain | alexa amai wat is het verschil tussen brabant en vlaams-brabant | FB
out-of-domain | alexa joh hoeveel kaas eet een nederlander per jaar | FB
out-of-domain | alexa po wat betekent cachai | FB
out-of-domain | alexa wat is de hoofdstad van het leven | FB
out-of-domain | alexa wat is de hoofdstad van de liefde | FB
out-of-domain | alexa noem een rijm op hoofdstad | FB
out-of-domain | alexa hoeveel hoofdsteden zijn er op de wereld | FB
out-of-domain | alexa welke hoofdstad heeft de meeste bruggen | FB
out-of-domain | alexa wat is de oudste hoofdstad van europa | FB
out-of-domain | alexa welke hoofdstad is het verst weg van amsterdam | FB
out-of-domain | alexa hoe lang rijd je van woerden naar den haag | FB
out-of-domain | alexa welke munt gebruiken ze in nepal | FB
out-of-domain | alexa sasa vertel het nieuws uit kenia | FB
out-of-domain | alexa moi welke dag is het midzomer | FB
out-of-domain | alexa habibi wat is de temperatuur buiten | FB
out-of-domain | alexa zet de droger in de agenda | FB
out-of-domain | alexa waar is de dichtstbijzijnde wasserette | FB
out-of-domain | alexa hoe schrijf je kuala lumpur | FB
out-of-domain | alexa welke stad is groter amsterdam of den haag | FB
out-of-domain | alexa hoeveel provincies heeft nederland | FB
out-of-domain | alexa wat is de hoofdstad van de eurozone | FB
out-of-domain | alexa wie heeft de hoofdstad van australië ontworpen | FB
out-of-domain | alexa wat is de hoofdstad van het hiernamaals | FB
out-of-domain | alexa welke sport is populair in zuid-korea | FB
out-of-domain | alexa zet muziek uit de jaren tachtig op | FB
out-of-domain | alexa hoe duur is een vliegticket naar kathmandu | FB
out-of-domain | alexa hoe lang is de grens tussen de twee korea's | FB
out-of-domain | alexa wat is de hoofdstad van de ruimte | FB
out-of-domain | alexa spreek je ook fins | FB
out-of-domain | alexa wat is de hoofdstad van het internet | FB
out-of-domain | alexa wat is de grootste stad van palestina | FB
out-of-domain | alexa hoe ver is kinshasa van brazzaville | FB
out-of-domain | alexa welke rivier ligt tussen de twee congo's | FB
out-of-domain | alexa wat is het nummer van de storingsdienst | FB
out-of-domain | alexa hoe zet ik de metronoom harder | FB
out-of-domain | alexa hoeveel pallets passen er in een vrachtwagen | FB
out-of-domain | alexa hoe krijg ik mijn zwemdiploma | FB
out-of-domain | alexa wat is de hoofdstad van zuid-europa | FB
out-of-domain | alexa wat is de hoofdstad van scandinavië | FB
out-of-domain | alexa wat is de hoofdstad van het midden-oosten | FB
out-of-domain | alexa wat is de hoofdstad van de caraïben | FB
out-of-domain | alexa welke hoofdstad is de mooiste volgens jou | FB
yes-no-check | alexa hè is den haag een hoofdstad van nederland | NL
yes-no-check | alexa effe is kuala lumpur nog een hoofdstad | MY
yes-no-check | alexa sahha is rabat de hoofdstad van marokko of casablanca | MA
yes-no-check | alexa is la paz een hoofdstad van bolivia | BO
yes-no-check | alexa is bloemfontein ook een hoofdstad van zuid-afrika | ZA
yes-no-check | alexa is colombo nog de hoofdstad van sri lanka | LK
yes-no-check | alexa is porto-novo de hoofdstad van benin | BJ
yes-no-check | alexa is mbabane de hoofdstad van eswatini | SZ
yes-no-check | alexa is yamoussoukro de hoofdstad van ivoorkust | CI
stop | hè stop maar | STOP
stop | effe stoppen nu | STOP
stop | sahha stop | STOP
stop | de was is klaar stop | STOP
stop | de band is geplakt ik stop | STOP
cancel | hè laat maar | CANCEL
cancel | ff laat maar zitten | CANCEL
cancel | yezzi laat maar | CANCEL
cancel | de droger piept laat maar | CANCEL
cancel | laat die vraag maar de ketting eerst | CANCEL
help | hè hoe werkt dit dan | HELP
help | effe uitleggen hoe het werkt | HELP
help | sahha hoe gebruik ik dit | HELP
launch | alexa hè open hoofdsteden van de wereld | LAUNCH
launch | alexa effe hoofdsteden van de wereld openen | LAUNCH
launch | alexa sahha start hoofdsteden van de wereld | LAUNCH
launch | alexa in de wasserette open hoofdsteden van de wereld | LAUNCH
plural-capitals | alexa hè welke hoofdsteden heeft ivoorkust allemaal | CI
plural-capitals | alexa effe de hoofdsteden van ivoorkust opnoemen | CI
plural-capitals | alexa sahha yamoussoukro en abidjan zijn dat de hoofdsteden van ivoorkust | CI
plural-capitals | alexa po de twee hoofdsteden van de ivoorkust | CI
plural-capitals | alexa hajur welke hoofdsteden heeft sri lanka dai wil het weten | LK
plural-capitals | alexa kotte en colombo zijn dat allebei hoofdsteden van sri lanka | LK
plural-capitals | alexa ff de hoofdsteden van sri lanka | LK
plural-capitals | alexa de quizmaster vraagt beide hoofdsteden van sri lanka | LK
plural-capitals | alexa sasa de hoofdsteden van eswatini | SZ
plural-capitals | alexa mbabane en lobamba zijn dat de hoofdsteden van swaziland | SZ
plural-capitals | alexa effe alle hoofdsteden van eswatini | SZ
plural-capitals | alexa hè welke twee hoofdsteden heeft eswatini | SZ
plural-capitals | alexa allee de hoofdsteden van benin alstublieft | BJ
plural-capitals | alexa porto-novo en cotonou zijn dat beide hoofdsteden van benin | BJ
plural-capitals | alexa moi welke hoofdsteden heeft nederland | NL
plural-capitals | alexa ons mam wil de hoofdsteden van nederland weten | NL
plural-capitals | alexa yaani noem de hoofdsteden van bolivia | BO
plural-capitals | alexa hajur alle hoofdsteden van maleisië noemen | MY
plural-capitals | alexa joh welke hoofdsteden heeft zuid-afrika | ZA
"""

if __name__ == "__main__":
    build_round(48, "nl", LINES, sys.argv, "tests/Eval/nl/round48/source/build_corpus.py")
