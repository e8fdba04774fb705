"""Round 35, Dutch (nl-NL): a new author's own mix, written blind (brief WRITER51.md). Speakers chosen away from the
groups of the Dutch rounds 31 to 34 (see tests/Eval/README.md, round 34): West-Friezen from Hoorn, Enkhuizen and
Medemblik ("ik weet et niet", "nou", "me buurman", the card club), fruit growers of the Betuwe (Tiel, Geldermalsen,
Buren; seasonal pickers, the fruit parade), Dordtenaren (the waterbus, the Biesbosch, barge skippers, the book market),
Moluccan Dutch ("ale", "beta", "bung", "tete", "sudah"), Syrian Dutch newcomers and statushouders ("yalla", "habibi",
"inshallah", learner grammar, the language class, building sites), Eritrean Dutch (learner grammar, church and
family), Italian Dutch ice-cream makers and restaurant families ("allora", "dai", "boh", "mamma mia"), parcel delivery
drivers (the van, the depot, the scanner), primary school teachers (groep zeven and acht, topografie, the digibord),
IT people who mix in English ("even checken", "basically", the stand-up, the timezone), supermarket cashiers,
stamp collectors and radio amateurs (the shack, the QSL card, the short wave). Situations: the pub quiz in the cafe,
the Eurovision Song Contest evening, the World Cup and the football canteen, the stamp swap meet.
Plus follow-ups, plural capitals, subdivisions and territories (German, American, Canadian, Australian, Brazilian,
Indian and Mexican states, the UK's nations, the Caribbean parts of the kingdom, overseas islands, Taiwan, Kosovo,
Palestine, the Vatican), yes/no checks, self-corrections, reverse questions, official, everyday and old names, shared
names, launch by the card's name "hoofdsteden van de wereld", help, stop and cancel in those speakers' words, and
out-of-domain requests and near misses.
`python3 tests/Eval/nl/round35/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 35's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# West-Friezen (Hoorn, Enkhuizen, Medemblik): "ik weet et niet", "wat is dat nou", "nou"
westfries | nou alexa ik weet et niet meer wat is de hoofdstad van {} | andorra=AD; de verenigde arabische emiraten=AE; afghanistan=AF
westfries | op de markt in hoorn vroeg een toerist uit {} of ik zijn hoofdstad kende wat is dat nou | antigua=AG; albanië=AL; armenië=AM
westfries | bij de haven van enkhuizen lag een boot uit {} welke stad is daar de hoofdstad | angola=AO; argentinië=AR; oostenrijk=AT
westfries | me buurman in medemblik gaat naar {} wat is daar de hoofdstad van | australië=AU; azerbeidzjan=AZ; bosnië=BA
westfries | wij hadden et op de kaartclub over {} hoe heet de hoofdstad ook alweer | barbados=BB; bangladesh=BD; belgië=BE
# Betuwe fruit growers (Tiel, Geldermalsen, Buren)
betuws | de plukkers in de boomgaard komen uit {} welke stad is daar de hoofdstad | burkina faso=BF; bulgarije=BG; bahrein=BH
betuws | tussen de kersenbomen vroeg mijn schoonvader de hoofdstad van {} | burundi=BI; brunei=BN; brazilië=BR
betuws | de peren gaan dit jaar naar {} wat is daar eigenlijk de hoofdstad | de bahama's=BS; bhutan=BT; botswana=BW
betuws | op de fruitcorso in tiel stond een wagen over {} wat is de hoofdstad daarvan | wit-rusland=BY; belize=BZ; canada=CA
# Dordtenaren (Dordrecht, the rivers, the Biesbosch)
dordts | op de waterbus naar de biesbosch zat een gezin uit {} wat is de hoofdstad daar | de centraal-afrikaanse republiek=CF; zwitserland=CH; chili=CL
dordts | mijn zus in dordt heeft een collega uit {} weet jij de hoofdstad | kameroen=CM; china=CN; colombia=CO
dordts | de binnenvaartschipper aan de kade vertelde over {} wat is daar de hoofdstad | costa rica=CR; cuba=CU; kaapverdië=CV
dordts | bij de boekenmarkt in dordrecht lag een oude atlas van {} wat was de hoofdstad | cyprus=CY; tsjechië=CZ; duitsland=DE
# Moluccan Dutch (Moluks; "beta", "ale", "sudah", "tete", "nene", "bung")
moluks | ale weet jij de hoofdstad van {} want beta weet het niet | djibouti=DJ; denemarken=DK; dominica=DM
moluks | bung alexa wat is de hoofdstad van {} | de dominicaanse republiek=DO; algerije=DZ; ecuador=EC
moluks | tete vraagt op het verjaardagsfeest wat de hoofdstad van {} is | estland=EE; egypte=EG; eritrea=ER
moluks | sudah ik ben het kwijt hoe heet de hoofdstad van {} ook alweer | spanje=ES; ethiopië=ET; finland=FI
# Syrian Dutch newcomers and statushouders ("yalla", "inshallah", "habibi", learner grammar)
syrisch | yalla alexa wat is hoofdstad van {} | fiji=FJ; micronesië=FM; frankrijk=FR
syrisch | mijn collega op de bouw komt van {} wat is de hoofdstad van die land | gabon=GA; het verenigd koninkrijk=GB; grenada=GD
syrisch | habibi alexa ik wil weten de hoofdstad van {} | georgië het land=GE; ghana=GH; gambia=GM
syrisch | in de taalles de juf vraagt hoofdstad van {} wat is het | guinee=GN; equatoriaal-guinea=GQ; griekenland=GR
syrisch | inshallah ik ga volgend jaar naar {} welke stad is hoofdstad daar | guatemala=GT; guinee-bissau=GW; guyana=GY
# Eritrean Dutch (Tigrinya speakers; learner grammar, church and family)
eritrees | mijn neef woont in {} hoe heet hoofdstad daar | honduras=HN; kroatië=HR; haïti=HT
eritrees | na de kerk mijn vriend vraag wat de hoofdstad van {} is | hongarije=HU; indonesië=ID; ierland=IE
eritrees | alexa zeg mij alsjeblieft de hoofdstad van {} | israël=IL; india=IN; irak=IQ
eritrees | op school mijn dochter moet leren hoofdstad van {} wat is het | iran=IR; ijsland=IS; italië=IT
# Italian Dutch (ice-cream makers and restaurant families; "allora", "dai", "mamma mia", "boh")
italiaans | allora alexa wat is de hoofdstad van {} | jamaica=JM; jordanië=JO; japan=JP
italiaans | in de ijssalon vroeg een klant uit {} of ik de hoofdstad wist boh wat is het | kenia=KE; kirgizië=KG; cambodja=KH
italiaans | dai alexa de hoofdstad van {} snel want de pizza brandt | kiribati=KI; de comoren=KM; saint kitts en nevis=KN
italiaans | mamma mia ik weet het niet meer de hoofdstad van {} | koeweit=KW; kazachstan=KZ; laos=LA
# Parcel delivery drivers (PostNL, DHL vans, scan gun, the depot)
pakket | ik heb een pakketje voor iemand uit {} wat is daar eigenlijk de hoofdstad | libanon=LB; saint lucia=LC; liechtenstein=LI
pakket | in de bus tussen twee adressen even vragen wat de hoofdstad van {} is | liberia=LR; lesotho=LS; litouwen=LT
pakket | op het depot hangt een doos met een sticker uit {} welke stad is de hoofdstad | luxemburg het land=LU; letland=LV; libië=LY
pakket | de klant op nummer twaalf komt uit {} wat is de hoofdstad van dat land | marokko=MA; monaco=MC; moldavië=MD
# Primary school teachers (groep zeven and acht, topografie)
juf | voor de topotoets van groep zeven wat is de hoofdstad van {} | montenegro=ME; madagaskar=MG; de marshalleilanden=MH
juf | meester hier even de hoofdstad van {} voor het digibord | noord-macedonië=MK; mali=ML; myanmar=MM
juf | de kinderen van groep acht willen weten wat de hoofdstad van {} is | mongolië=MN; mauritanië=MR; malta=MT
juf | ik maak een werkblad over {} wat is de hoofdstad ook alweer | mauritius=MU; de malediven=MV; malawi=MW
# Pub quiz in the café
pubquiz | we zitten bij de pubquiz in het café en ronde drie vraagt de hoofdstad van {} | mexico=MX; mozambique=MZ; namibië=NA
pubquiz | snel alexa voor de kroegquiz wat is de hoofdstad van {} | niger=NE; nigeria=NG; nicaragua=NI
pubquiz | de quizmaster zegt dat de hoofdstad van {} een strikvraag is wat is het | noorwegen=NO; nepal=NP; nauru=NR
pubquiz | ons team heeft ruzie over de hoofdstad van {} wie heeft er gelijk | nieuw-zeeland=NZ; oman=OM; panama=PA
# Eurovision Songfestival evening
songfestival | het songfestival is bezig en nu zingt {} wat is daar de hoofdstad | peru=PE; papoea-nieuw-guinea=PG; de filipijnen=PH
songfestival | de twaalf punten gaan naar {} wat is de hoofdstad van dat land | pakistan=PK; polen=PL; portugal=PT
songfestival | de presentator belt live met {} welke stad is daar de hoofdstad | palau=PW; paraguay=PY; qatar=QA
songfestival | de zangeres van {} was geweldig maar wat is de hoofdstad | roemenië=RO; servië=RS; rusland=RU
# World Cup football at home and in the canteen
voetbal | oranje speelt vanavond tegen {} wat is daar de hoofdstad | rwanda=RW; saoedi-arabië=SA; de salomonseilanden=SB
voetbal | in de kantine van de voetbalclub vroeg de trainer de hoofdstad van {} | de seychellen=SC; soedan=SD; zweden=SE
voetbal | het wk gaat over {} en mijn zoon vraagt de hoofdstad | singapore=SG; slovenië=SI; slowakije=SK
voetbal | de spits van de tegenstander komt uit {} wat is de hoofdstad van dat land | sierra leone=SL; san marino=SM; senegal=SN
# Stamp collectors
postzegel | ik heb een postzegel uit {} in mijn album welke stad is de hoofdstad | somalië=SO; suriname=SR; zuid-soedan=SS
postzegel | op de ruilbeurs kreeg ik een zegel van {} wat is de hoofdstad daar | sao tomé en principe=ST; el salvador=SV; syrië=SY
postzegel | mijn opa verzamelde zegels uit {} wat is daar de hoofdstad | tsjaad=TD; togo=TG; thailand=TH
# Radio amateurs (zendamateurs, the shack, call signs)
zendamateur | ik heb net contact gehad met een station in {} wat is de hoofdstad daar | tadzjikistan=TJ; oost-timor=TL; turkmenistan=TM
zendamateur | op de kortegolf hoor ik een amateur uit {} wat is de hoofdstad van dat land | tunesië=TN; tonga=TO; turkije=TR
zendamateur | voor mijn qsl kaart wil ik de hoofdstad van {} weten | trinidad en tobago=TT; tuvalu=TV; tanzania=TZ
# IT people who mix in English
ict | even checken tussen twee meetings door wat is de capital van {} | oekraïne=UA; oeganda=UG; de vs=US
ict | onze developers zitten in {} wat is daar basically de hoofdstad | uruguay=UY; oezbekistan=UZ; saint vincent en de grenadines=VC
ict | voor de stand-up wil ik weten wat de hoofdstad van {} is | venezuela=VE; vietnam=VN; vanuatu=VU
ict | de klant zit in {} en ik moet de timezone weten wat is de hoofdstad eigenlijk | samoa=WS; jemen=YE; zambia=ZM
# Supermarket cashiers and shelf stackers
kassa | op de verpakking staat gemaakt in {} wat is daar de hoofdstad | zimbabwe=ZW; maleisië=MY; de ivoorkust=CI
kassa | achter de kassa vroeg een collega de hoofdstad van {} | sri lanka=LK; benin=BJ; bolivia=BO
kassa | de bananen komen uit {} welke stad is daar de hoofdstad | congo-kinshasa=CD; congo-brazzaville=CG; zuid-afrika=ZA
# subdivisions: German states
subdivision | de westfriese kaasboer levert aan een winkel in beieren wat is de hoofdstad van beieren | DE-BY
subdivision | we fietsen langs de rijn door noordrijn-westfalen welke stad is daar de hoofdstad | DE-NW
subdivision | de dordtse binnenvaartschipper vaart tot in baden-württemberg hoe heet de hoofdstad van die deelstaat | DE-BW
subdivision | mijn collega van de bouw woont nu in nedersaksen wat is de hoofdstad van nedersaksen | DE-NI
subdivision | de fruitteler verkoopt appels in hessen wat is de hoofdstad van hessen eigenlijk | DE-HE
subdivision | de zendamateur had contact met iemand in saksen welke stad is daar de hoofdstad | DE-SN
subdivision | voor de pubquiz wat is de hoofdstad van thüringen | DE-TH
subdivision | het voetbalteam speelt een oefenwedstrijd in saksen-anhalt wat is daar de hoofdstad | DE-ST
subdivision | we gaan kamperen in mecklenburg-voorpommeren hoe heet de hoofdstad daar | DE-MV
subdivision | oma gaat met de bus naar sleeswijk-holstein wat is de hoofdstad van die deelstaat | DE-SH
subdivision | de wijn in de ijssalon komt uit rijnland-palts wat is de hoofdstad daarvan | DE-RP
subdivision | de leraar vraagt wat de hoofdstad van het saarland is | DE-SL
subdivision | mijn neef studeert in brandenburg wat is de hoofdstad van brandenburg is dat berlijn | DE-BB
subdivision | is hamburg een deelstaat met een eigen hoofdstad | DE-HH
subdivision | heeft de deelstaat bremen ook een hoofdstad | DE-HB
subdivision | wat is de hoofdstad van de deelstaat berlijn | DE-BE
# US states
subdivision | de ict klant zit in texas wat is de hoofdstad van texas | US-TX
subdivision | mijn dochter gaat op uitwisseling naar ohio welke stad is de hoofdstad van ohio | US-OH
subdivision | de pakketbezorger heeft een doos uit oregon wat is daar de hoofdstad | US-OR
subdivision | de countryzanger op de radio komt uit tennessee wat is de hoofdstad daar | US-TN
subdivision | we rijden op vakantie door arizona hoe heet de hoofdstad van arizona | US-AZ
subdivision | in de quiz kwam utah langs wat is de hoofdstad van utah | US-UT
subdivision | de juf vertelt over de orkanen in florida wat is de hoofdstad van florida | US-FL
subdivision | de basketballer uit illinois noemt zijn hoofdstad maar ik verstond het niet | US-IL
subdivision | de kreeft in het restaurant komt uit maine wat is daar de hoofdstad | US-ME
subdivision | welke stad is de hoofdstad van de staat washington | US-WA
subdivision | mijn pen pal woont in wisconsin wat is de hoofdstad van wisconsin | US-WI
subdivision | de zendamateur sprak iemand in alaska wat is de hoofdstad van alaska | US-AK
subdivision | hoe heet de hoofdstad van louisiana waar de jazz vandaan komt | US-LA
subdivision | en van south carolina wat is daar de hoofdstad | US-SC
subdivision | de ict developer werkt remote uit colorado wat is de hoofdstad daar | US-CO
subdivision | in de film gaat het over kentucky wat is de hoofdstad van kentucky | US-KY
subdivision | wat is de hoofdstad van pennsylvania is dat philadelphia | US-PA
subdivision | de tante van de buurvrouw woont in michigan welke stad is de hoofdstad | US-MI
subdivision | voor de topotoets van mijn zoon wat is de hoofdstad van minnesota | US-MN
subdivision | de surfer komt van hawaï wat is daar de hoofdstad | US-HI
subdivision | de show na het songfestival is in las vegas in nevada wat is daar de hoofdstad | US-NV
subdivision | welke stad is de hoofdstad van massachusetts | US-MA
subdivision | de schaatser komt uit montana hoe heet de hoofdstad van montana | US-MT
subdivision | wat is de hoofdstad van iowa met de maisvelden | US-IA
subdivision | de hoofdstad van kansas graag | US-KS
subdivision | mijn zwager rijdt vrachtwagen in oklahoma wat is daar de hoofdstad | US-OK
subdivision | wat is de hoofdstad van west virginia | US-WV
subdivision | en de hoofdstad van virginia zelf | US-VA
subdivision | de boer uit de betuwe kent een boer in nebraska wat is de hoofdstad van nebraska | US-NE
subdivision | welke stad is de hoofdstad van connecticut | US-CT
subdivision | de hoofdstad van rhode island het kleinste staatje | US-RI
subdivision | wat is de hoofdstad van delaware | US-DE
subdivision | hoe heet de hoofdstad van maryland | US-MD
subdivision | de pubquiz wil de hoofdstad van new hampshire | US-NH
subdivision | wat is de hoofdstad van vermont in de herfst zo mooi | US-VT
subdivision | welke stad is de hoofdstad van indiana | US-IN
subdivision | de bluesmuzikant komt uit mississippi wat is de hoofdstad daar | US-MS
subdivision | wat is de hoofdstad van alabama | US-AL
subdivision | de hoofdstad van arkansas weet jij die | US-AR
subdivision | welke stad is de hoofdstad van idaho waar de aardappels vandaan komen | US-ID
subdivision | de hoofdstad van north dakota alsjeblieft | US-ND
subdivision | en van south dakota met die gezichten in de berg | US-SD
subdivision | mijn collega gaat naar de woestijn in new mexico wat is de hoofdstad daar | US-NM
subdivision | de hoofdstad van georgia de amerikaanse staat | US-GA
subdivision | de politieserie speelt in washington dc is dat ook een staat met een hoofdstad | US-DC
# Canada
subdivision | de hockeyspeler komt uit alberta wat is de hoofdstad van alberta | CA-AB
subdivision | welke stad is de hoofdstad van brits-columbia | CA-BC
subdivision | mijn tante is geëmigreerd naar manitoba wat is daar de hoofdstad | CA-MB
subdivision | de vissers uit newfoundland wat is hun hoofdstad | CA-NL
subdivision | de hoofdstad van nova scotia | CA-NS
subdivision | wat is de hoofdstad van prince edward island | CA-PE
subdivision | in quebec spreken ze frans wat is daar de hoofdstad | CA-QC
subdivision | de boeren in saskatchewan verbouwen graan wat is de hoofdstad daar | CA-SK
subdivision | wat is de hoofdstad van de yukon | CA-YT
subdivision | hoe heet de hoofdstad van de northwest territories | CA-NT
subdivision | de juf vertelt over de inuit in nunavut wat is de hoofdstad daar | CA-NU
# Australia
subdivision | de backpacker in de ijssalon komt uit queensland wat is daar de hoofdstad | AU-QLD
subdivision | de hoofdstad van west-australië is dat perth | AU-WA
subdivision | welke stad is de hoofdstad van zuid-australië | AU-SA
subdivision | de tasmaanse duivel woont op tasmanië wat is de hoofdstad daar | AU-TAS
subdivision | de australische staat victoria wat is daar de hoofdstad | AU-VIC
# Brazil
subdivision | de voetballer komt uit rio grande do sul wat is de hoofdstad daar | BR-RS
subdivision | de koffie komt uit minas gerais welke stad is daar de hoofdstad | BR-MG
subdivision | wat is de hoofdstad van de staat amazonas in brazilië | BR-AM
subdivision | welke stad is de hoofdstad van paraná | BR-PR
subdivision | de hoofdstad van santa catarina in brazilië | BR-SC
subdivision | wat is de hoofdstad van de staat pará | BR-PA
subdivision | de hoofdstad van de staat são paulo is dat ook são paulo | BR-SP
subdivision | hoe heet de hoofdstad van mato grosso | BR-MT
subdivision | en van mato grosso do sul | BR-MS
subdivision | de hoofdstad van espírito santo | BR-ES
subdivision | welke stad is de hoofdstad van rio grande do norte | BR-RN
subdivision | wat is de hoofdstad van paraíba | BR-PB
subdivision | de hoofdstad van sergipe in brazilië | BR-SE
subdivision | welke stad is de hoofdstad van piauí | BR-PI
subdivision | de hoofdstad van rondônia | BR-RO
subdivision | hoe heet de hoofdstad van amapá | BR-AP
# India
subdivision | de ict collega uit bangalore zegt karnataka wat is daar de hoofdstad | IN-KA
subdivision | wat is de hoofdstad van maharashtra | IN-MH
subdivision | de thee komt uit assam wat is de hoofdstad van assam | IN-AS
subdivision | de yogaleraar ging naar kerala wat is daar de hoofdstad | IN-KL
subdivision | hoe heet de hoofdstad van tamil nadu | IN-TN
subdivision | wat is de hoofdstad van rajasthan met de paleizen | IN-RJ
subdivision | welke stad is de hoofdstad van west-bengalen | IN-WB
subdivision | de hoofdstad van uttar pradesh | IN-UP
subdivision | de hoofdstad van telangana | IN-TS
subdivision | wat is de hoofdstad van andhra pradesh | IN-AP
subdivision | we gaan naar de stranden van goa wat is de hoofdstad daar | IN-GA
subdivision | de hoofdstad van himachal pradesh | IN-HP
subdivision | wat is de hoofdstad van uttarakhand | IN-UK
subdivision | de hoofdstad van haryana | IN-HR
subdivision | welke stad is de hoofdstad van manipur | IN-MN
subdivision | de hoofdstad van tripura | IN-TR
subdivision | de hoofdstad van de andamanen en nicobaren | IN-AN
subdivision | is chandigarh een eigen gebied met een hoofdstad | IN-CH
subdivision | wat is de hoofdstad van het gebied delhi | IN-DL
# Mexico
subdivision | de italiaanse kok was in jalisco wat is de hoofdstad daar | MX-JAL
subdivision | we gaan duiken in quintana roo wat is de hoofdstad daar | MX-ROO
subdivision | de hoofdstad van oaxaca | MX-OAX
subdivision | wat is de hoofdstad van chihuahua de staat | MX-CHH
subdivision | welke stad is de hoofdstad van chiapas | MX-CHP
subdivision | wat is de hoofdstad van veracruz | MX-VER
subdivision | de hoofdstad van guerrero met acapulco | MX-GRO
subdivision | wat is de hoofdstad van michoacán | MX-MIC
subdivision | de hoofdstad van puebla | MX-PUE
subdivision | wat is de hoofdstad van de staat mexico niet het land | MX-MEX
subdivision | wat is de hoofdstad van sinaloa | MX-SIN
subdivision | de hoofdstad van coahuila | MX-COA
subdivision | wat is de hoofdstad van guanajuato | MX-GUA
subdivision | welke stad is de hoofdstad van querétaro | MX-QUE
subdivision | wat is de hoofdstad van hidalgo in mexico | MX-HID
subdivision | de hoofdstad van morelos | MX-MOR
subdivision | de hoofdstad van zacatecas | MX-ZAC
subdivision | de hoofdstad van aguascalientes | MX-AGU
# UK nations
subdivision | de doedelzakspeler komt uit schotland wat is de hoofdstad van schotland | GB-SCT
subdivision | het rugbyteam van wales wat is daar de hoofdstad | GB-WLS
# territories
subdivision | de molukse oom woonde op curaçao wat is daar de hoofdstad | CW
subdivision | we gaan in de herfstvakantie naar aruba wat is de hoofdstad | AW
subdivision | wat is de hoofdstad van sint maarten het nederlandse deel | SX
subdivision | wat is de hoofdstad van bonaire en de andere eilanden van caribisch nederland | BQ
subdivision | de zendamateur had groenland aan de lijn wat is de hoofdstad van groenland | GL
subdivision | de faeröer spelen tegen oranje wat is daar de hoofdstad | FO
subdivision | wat is de hoofdstad van de ålandeilanden | AX
subdivision | de postzegel komt uit frans-guyana wat is de hoofdstad | GF
subdivision | de hoofdstad van guadeloupe | GP
subdivision | de hoofdstad van tahiti en frans-polynesië | PF
subdivision | wat is de hoofdstad van het franse deel van sint-maarten | MF
subdivision | de postzegel uit bermuda wat is daar de hoofdstad | BM
subdivision | de motorraces op het isle of man wat is daar de hoofdstad | IM
subdivision | wat is de hoofdstad van de pitcairneilanden | PN
subdivision | wat is de hoofdstad van het britse gebied in de indische oceaan | IO
subdivision | wat is de hoofdstad van norfolk island bij australië | NF
subdivision | wat is de hoofdstad van de cocoseilanden | CC
subdivision | heeft macau een eigen hoofdstad | MO
subdivision | de hoofdstad van montserrat | MS
# plural capitals
plural-capitals | de juf van groep acht zegt dat zuid-afrika drie hoofdsteden heeft welke zijn dat | ZA
plural-capitals | bij de pubquiz vroegen ze alle hoofdsteden van zuid-afrika | ZA
plural-capitals | de voetbalfan uit kaapstad zegt dat zijn stad ook hoofdstad is welke hoofdsteden heeft zuid-afrika nog meer | ZA
plural-capitals | de italiaanse kok zegt dat bolivia twee hoofdsteden heeft klopt dat en welke | BO
plural-capitals | noem de hoofdsteden van bolivia voor het werkblad | BO
plural-capitals | heeft benin echt twee hoofdsteden welke dan | BJ
plural-capitals | de postzegel uit benin wat zijn de hoofdsteden daar | BJ
plural-capitals | de eritrese buurman vraagt waarom ivoorkust twee hoofdsteden heeft welke zijn het | CI
plural-capitals | ict collega uit colombo zegt dat sri lanka twee capitals heeft welke | LK
plural-capitals | op de verpakking staat maleisië welke hoofdsteden heeft dat land | MY
plural-capitals | welke hoofdsteden heeft eswatini het vroegere swaziland | SZ
plural-capitals | de zendamateur vraagt wat de hoofdsteden van eswatini zijn | SZ
plural-capitals | heeft nederland nou twee hoofdsteden of niet noem ze | NL
plural-capitals | mijn syrische collega vraagt is den haag of amsterdam de hoofdstad van nederland allebei | NL
plural-capitals | de kinderen op de topotoets noemen amsterdam en den haag wat zijn de hoofdsteden van nederland | NL
plural-capitals | de syrische buurvrouw vraagt welke steden de hoofdsteden van palestina zijn | PS
plural-capitals | welke hoofdsteden heeft montserrat sinds de vulkaan | MS
plural-capitals | jammu en kasjmir heeft twee hoofdsteden toch welke | IN-JK
plural-capitals | bij de kroegquiz noem alle hoofdsteden van zuid-afrika bolivia en sri lanka | BO+LK+ZA
plural-capitals | wat zijn de hoofdsteden van malaysia en van benin | BJ+MY
plural-capitals | zeg alle hoofdsteden van ivoorkust en eswatini | CI+SZ
# follow-ups (a question after an answer)
follow-up | en van oostenrijk | AT
follow-up | oké en van zwitserland dan | CH
follow-up | nou en de hoofdstad van het buurland hongarije | HU
follow-up | en die van portugal | PT
follow-up | dankjewel en van ierland | IE
follow-up | ah ja en van noorwegen | NO
follow-up | en hoe zit het met denemarken | DK
follow-up | en van de andere kant van de grens belgië | BE
follow-up | en voor finland | FI
follow-up | mooi en polen | PL
follow-up | ale en van indonesië | ID
follow-up | yalla en van libanon | LB
follow-up | allora en van italië | IT
follow-up | en nu nog griekenland | GR
follow-up | dan nog één van kroatië | HR
follow-up | oké de volgende is japan | JP
follow-up | en van peru | PE
follow-up | en vraag twee van de quiz kenia | KE
follow-up | en dan argentinië | AR
follow-up | en die van cuba wat is die | CU
follow-up | en van het land ernaast colombia | CO
follow-up | ja en van mexico | MX
follow-up | goed zo en van canada | CA
follow-up | en van marokko alsjeblieft | MA
follow-up | en egypte | EG
follow-up | en van schotland | GB-SCT
follow-up | en queensland | AU-QLD
follow-up | oké en wat is die van ontario | CA-ON
follow-up | en van curaçao | CW
follow-up | en die van groenland | GL
follow-up | ja en de hoofdstad van ethiopië | ET
follow-up | oh en nog eentje vietnam | VN
follow-up | en wat is de hoofdstad van thailand dan | TH
follow-up | en van zijn buurland laos | LA
follow-up | en van nepal daarna | NP
follow-up | en wat dacht je van chili | CL
follow-up | volgende vraag uruguay | UY
follow-up | en van het land van de zangeres uit zweden | SE
follow-up | en voor de qsl kaart van japan | JP
follow-up | en die van de tegenstander paraguay | PY
follow-up | en de hoofdstad van tsjechië | CZ
# yes/no checks
yes-no-check | de kaartclub zegt dat sydney de hoofdstad van australië is klopt dat | AU
yes-no-check | mijn buurman in hoorn zegt dat genève de hoofdstad van zwitserland is klopt dat | CH
yes-no-check | de quizmaster zegt dat lagos de hoofdstad van nigeria is klopt dat | NG
yes-no-check | klopt het dat dar es salaam de hoofdstad van tanzania is | TZ
yes-no-check | de eritrese jongen zegt asmara is de hoofdstad van eritrea klopt | ER
yes-no-check | de juf twijfelt is bern echt de hoofdstad van zwitserland | CH
yes-no-check | is abidjan nou wel of niet de hoofdstad van ivoorkust | CI
yes-no-check | de spits komt uit kameroen is douala de hoofdstad | CM
yes-no-check | is vilnius de hoofdstad van letland | LV
yes-no-check | mijn opa zegt dat bonn de hoofdstad van duitsland is klopt dat nog | DE
yes-no-check | is montreal de hoofdstad van quebec | CA-QC
yes-no-check | is oost-jeruzalem een hoofdstad van palestina | PS
yes-no-check | is st petersburg de hoofdstad van rusland | RU
yes-no-check | is zürich de hoofdstad van zwitserland de collega zegt van wel | CH
# self-corrections
self-correction | wat is de hoofdstad van oostenrijk nee van australië bedoel ik | AU
self-correction | de hoofdstad van slowakije eh nee slovenië | SI
self-correction | hoofdstad van niger of nee nigeria | NG
self-correction | de hoofdstad van iran nee irak | IQ
self-correction | hoofdstad van gambia eh ik bedoel zambia | ZM
self-correction | hoofdstad van letland nee litouwen | LT
self-correction | wat is de hoofdstad van het land eh van estland | EE
self-correction | de hoofdstad van dominica nee de dominicaanse republiek | DO
self-correction | wat is de hoofdstad van armenië of eh albanië | AL
self-correction | habibi de hoofdstad van jordanië nee sorry libanon | LB
self-correction | ale wat is de hoofdstad van de molukken nee van indonesië | ID
self-correction | allora de hoofdstad van sicilië nee van italië | IT
self-correction | de hoofdstad van tsjaad of nee soedan | SD
self-correction | wat is de hoofdstad van kenia eh tanzania | TZ
self-correction | hoofdstad van de staat virginia nee west virginia | US-WV
self-correction | wat is de hoofdstad van saksen ik bedoel saksen-anhalt | DE-ST
self-correction | de hoofdstad van nova scotia nee new brunswick | CA-NB
self-correction | hoofdstad van oostenrijk wacht even ik bedoel hongarije | HU
self-correction | de hoofdstad van zuid-korea of nee noord-korea bedoel ik | KP
self-correction | wat is de hoofdstad van slowakije nee tsjechië ik haal ze altijd door elkaar | CZ
self-correction | de hoofdstad van kirgizië nee kazachstan | KZ
self-correction | hoofdstad van mauritius eh nee mauritanië | MR
self-correction | wat is de hoofdstad van bulgarije nee roemenië | RO
self-correction | de hoofdstad van aruba eh curaçao | CW
self-correction | wat is de hoofdstad van beieren nee van baden-württemberg | DE-BW
self-correction | de hoofdstad van de vs nee van canada | CA
self-correction | wat is de hoofdstad van brazilië nee van bahia | BR-BA
self-correction | de hoofdstad van portugal nee spanje | ES
self-correction | wat is de hoofdstad van zimbabwe nee van zambia | ZM
self-correction | hoofdstad van benin ehm ik bedoel togo | TG
# reverse questions
reverse-question | de pubquiz vraagt van welk land is ulaanbaatar de hoofdstad | CITY:Ulaanbaatar
reverse-question | tegucigalpa van welk land is dat de hoofdstad | CITY:Tegucigalpa
reverse-question | de postzegel zegt bandar seri begawan van welk land is dat de hoofdstad | CITY:Bandar Seri Begawan
reverse-question | mijn qsl kaart komt uit windhoek van welk land is dat de hoofdstad | CITY:Windhoek
reverse-question | de juf vraagt welk land heeft lima als hoofdstad | CITY:Lima
reverse-question | welk land heeft accra als hoofdstad | CITY:Accra
reverse-question | van welke amerikaanse staat is tallahassee de hoofdstad | CITY:Tallahassee
reverse-question | van welke deelstaat is hannover de hoofdstad | CITY:Hannover
reverse-question | van welke provincie in canada is winnipeg de hoofdstad | CITY:Winnipeg
reverse-question | van welke braziliaanse staat is manaus de hoofdstad | CITY:Manaus
reverse-question | van welke indiase staat is jaipur de hoofdstad | CITY:Jaipur
reverse-question | guadalajara is de hoofdstad van welke mexicaanse staat | CITY:Guadalajara
reverse-question | van welk land is victoria de hoofdstad | CITY:Victoria
reverse-question | van welk land is kigali de hoofdstad | CITY:Kigali
reverse-question | welk land heeft antananarivo als hoofdstad | CITY:Antananarivo
reverse-question | de kortegolf zegt hier is ashgabat eh asjchabad van welk land is dat de hoofdstad | CITY:Asjchabad
reverse-question | van welk land is sanaa de hoofdstad | CITY:Sanaa
reverse-question | yerevan eh jerevan is de hoofdstad van welk land | CITY:Jerevan
reverse-question | van wat is hobart de hoofdstad | CITY:Hobart
reverse-question | van welke staat is springfield de hoofdstad | CITY:Springfield
reverse-question | van welk land of gebied is jamestown de hoofdstad | CITY:Jamestown
reverse-question | welk land heeft port moresby als hoofdstad | CITY:Port Moresby
# official names
official-name | op het paspoort van mijn collega staat republiek van de unie van myanmar wat is daar de hoofdstad | MM
official-name | de brief komt uit de bondsrepubliek duitsland maar wat is de hoofdstad ook alweer | DE
official-name | voor de stamboom wat is de hoofdstad van het groothertogdom luxemburg | LU
official-name | op de postzegel staat helvetia wat is de hoofdstad van de zwitserse confederatie | CH
official-name | de taalles gaat over de syrische arabische republiek wat is de hoofdstad | SY
official-name | de quizvraag zegt hellenische republiek wat is de hoofdstad | GR
official-name | de brief van de ambassade komt uit het hasjemitisch koninkrijk jordanië wat is de hoofdstad | JO
official-name | op de verpakking staat socialistische republiek vietnam wat is de hoofdstad | VN
official-name | de zendamateur uit de russische federatie wat is de hoofdstad daar | RU
official-name | wat is de hoofdstad van de republiek van de unie van de comoren | KM
official-name | wat is de hoofdstad van de republiek der filipijnen | PH
official-name | wat is de hoofdstad van het koninkrijk eswatini | SZ
official-name | wat is de hoofdstad van de republiek noord-macedonië | MK
official-name | wat is de hoofdstad van de republiek china op taiwan | TW
official-name | wat is de hoofdstad van de staat palestina | PS
official-name | de kerk van mijn oom staat in de stad vaticaanstad is dat ook de hoofdstad van de heilige stoel | VA
official-name | wat is de hoofdstad van de republiek kosovo | XK
official-name | het diploma van mijn collega komt uit de kirgizische republiek wat is de hoofdstad daar | KG
# everyday, old and colloquial names
everyday-name | mijn opa zegt nog steeds birma wat is daar de hoofdstad | MM
everyday-name | de oude atlas zegt ceylon welke stad is daar de hoofdstad | LK
everyday-name | op de oude postzegel staat siam wat is de hoofdstad | TH
everyday-name | opa verzamelde zegels uit zaïre wat is daar de hoofdstad nu | CD
everyday-name | wat is de hoofdstad van dahomey nu benin | BJ
everyday-name | wat is de hoofdstad van engeland en groot-brittannië | GB
everyday-name | de hoofdstad van czechia zoals ze het nu in het engels noemen | CZ
everyday-name | de hoofdstad van oost-timor ook wel timor-leste | TL
everyday-name | wat is de hoofdstad van rusland of de sovjet zoals oma zegt | RU
everyday-name | wat is de hoofdstad van kaapverdië of cabo verde | CV
everyday-name | wat is de hoofdstad van turkiye | TR
everyday-name | wat is de hoofdstad van de uk | GB
everyday-name | wat is de hoofdstad van zuid-korea of korea zoals mijn dochter zegt | KR
everyday-name | wat is de hoofdstad van st lucia | LC
everyday-name | wat is de hoofdstad van st kitts | KN
everyday-name | wat is de hoofdstad van de bahamas | BS
everyday-name | wat is de hoofdstad van de centraal-afrikaanse | CF
# shared names
shared-name | het voetbalteam van georgia speelt tegen oranje wat is de hoofdstad | GE+US-GA
shared-name | de ict klant zit in georgia wat is daar de hoofdstad | GE+US-GA
shared-name | de syrische collega vraagt de hoofdstad van congo er zijn er twee toch | CD+CG
shared-name | noem de hoofdsteden van beide congo's | CD+CG
shared-name | op het songfestival was korea er niet maar wat is de hoofdstad van korea | KP+KR
shared-name | wat zijn de hoofdsteden van de maagdeneilanden | VG+VI
shared-name | de zeiler gaat naar de maagdeneilanden welke stad is daar de hoofdstad | VG+VI
shared-name | de postzegel komt uit georgië of georgia wat is de hoofdstad | GE+US-GA
shared-name | ale wat is de hoofdstad van congo in afrika | CD+CG
shared-name | de spits komt uit congo wat is daar de hoofdstad | CD+CG
shared-name | zeg de hoofdsteden van de twee korea's | KP+KR
shared-name | wat is de hoofdstad van de virgin islands | VG+VI
shared-name | is tbilisi of atlanta de hoofdstad van georgia | GE+US-GA
# launch
launch | alexa open hoofdsteden van de wereld voor groep zeven | LAUNCH
launch | hé alexa start hoofdsteden van de wereld voor de pubquiz | LAUNCH
launch | alexa open alsjeblieft hoofdsteden van de wereld | LAUNCH
launch | yalla alexa open hoofdsteden van de wereld | LAUNCH
launch | ale alexa start hoofdsteden van de wereld even | LAUNCH
launch | allora alexa apri eh open hoofdsteden van de wereld | LAUNCH
launch | alexa kun je hoofdsteden van de wereld starten | LAUNCH
launch | alexa open eens hoofdsteden van de wereld voor mijn zoon | LAUNCH
launch | nou alexa start maar hoofdsteden van de wereld | LAUNCH
launch | alexa launch hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden van de wereld we zitten in de kantine | LAUNCH
launch | alexa vraag aan hoofdsteden van de wereld wat de hoofdstad van peru is | PE
launch | alexa vraag hoofdsteden van de wereld naar de hoofdstad van togo | TG
launch | alexa open hoofdsteden van de wereld en zeg de hoofdstad van malta | MT
# help
help | nou alexa hoe werkt dit ding eigenlijk ik weet et niet | HELP
help | wat kan ik allemaal vragen aan deze hoofdsteden dinges | HELP
help | ale help beta even hoe moet dit | HELP
help | yalla help mij ik begrijp niet hoe het werkt | HELP
help | habibi wat moet ik zeggen tegen jou | HELP
help | alexa ik snap het niet leg eens uit wat ik kan vragen | HELP
help | boh come funziona eh hoe werkt het alexa help | HELP
help | help mij alsjeblieft ik ben nieuw in nederland en ik weet niet wat zeggen | HELP
help | de kinderen van groep zeven willen weten wat ze kunnen vragen | HELP
help | hoe vraag ik een hoofdstad aan jou | HELP
help | help wat zijn de opties | HELP
help | welke vragen kan ik stellen voor de pubquiz | HELP
help | alexa geef eens wat voorbeelden | HELP
help | wat moet ik nou doen vertel het me | HELP
help | hoe gaat dit spel eigenlijk | HELP
help | can you help me eh kun je me helpen met de hoofdsteden | HELP
help | ik weet niet hoe ik het moet vragen help | HELP
help | wat zijn de commando's | HELP
help | opa hier ik ben de weg kwijt in die skill help eens | HELP
help | hoe werkt het met de staten en provincies vragen | HELP
help | ik begrijp je niet wat kan ik zeggen | HELP
help | alexa help ik sta met een pakketje aan de deur en weet niet hoe dit werkt | HELP
help | inshallah help me even hoe stel ik de vraag | HELP
# stop
stop | nou is et mooi geweest alexa stop | STOP
stop | stop maar we gaan naar bed | STOP
stop | yalla stop alexa | STOP
stop | ale stop nou | STOP
stop | alexa stoppen de pizza is klaar | STOP
stop | stop de quiz is afgelopen | STOP
stop | hou op alexa het songfestival begint | STOP
stop | alexa stil de wedstrijd begint | STOP
stop | stop ermee de klant staat aan de deur | STOP
stop | stop het is klaar voor vandaag | STOP
stop | ophouden alexa de kinderen moeten slapen | STOP
stop | alexa wees stil | STOP
stop | stop met praten alsjeblieft | STOP
stop | ik ben klaar alexa stop maar | STOP
stop | alexa mond dicht | STOP
stop | alexa kop dicht de meeting begint | STOP
stop | habibi stop nu | STOP
stop | stop de les is over | STOP
stop | alexa uit met die hoofdsteden | STOP
stop | stoppen we gaan eten | STOP
# cancel
cancel | laat maar alexa ik weet het al | CANCEL
cancel | nee laat maar ik vraag het de quizmaster | CANCEL
cancel | ale laat maar sudah | CANCEL
cancel | lascia stare eh laat maar | CANCEL
cancel | laat maar ik heb het al opgezocht | CANCEL
cancel | alexa annuleer die vraag | CANCEL
cancel | forget it laat maar | CANCEL
cancel | laat maar de juf weet het al | CANCEL
cancel | laat maar de kinderen hebben het antwoord al | CANCEL
cancel | afbreken alexa | CANCEL
cancel | annuleer maar ik ben er niet meer mee bezig | CANCEL
cancel | laat ook maar zitten nou | CANCEL
cancel | mag je vergeten alexa | CANCEL
# out-of-domain
out-of-domain | is hoorn de hoofdstad van west-friesland | FB
out-of-domain | is tiel de hoofdstad van de betuwe of is dat geldermalsen | FB
out-of-domain | welke stad is de hoofdstad van de drechtsteden | FB
out-of-domain | wat is de hoofdstad van ambon | FB
out-of-domain | is ambon de hoofdstad van de zuid-molukken | FB
out-of-domain | wat is de hoofdstad van de republiek der zuid-molukken | FB
out-of-domain | wat is de hoofdstad van tigray | FB
out-of-domain | wat is de hoofdstad van de provincie aleppo | FB
out-of-domain | wat is de hoofdstad van zuid-italië | FB
out-of-domain | wat is de hoofdstad van mesopotamië | FB
out-of-domain | wat is de hoofdstad van het oude egypte | FB
out-of-domain | wat is de hoofdstad van de azteken | FB
out-of-domain | wat is de hoofdstad van asgard | FB
out-of-domain | wat is de hoofdstad van tatooine | FB
out-of-domain | wat is de hoofdstad van oz | FB
out-of-domain | wat is de hoofdstad van lilliput | FB
out-of-domain | in welk land is het songfestival volgend jaar | FB
out-of-domain | welk land wint het songfestival dit jaar | FB
out-of-domain | wie zingt er voor nederland op het songfestival | FB
out-of-domain | hoe laat begint de finale van het songfestival | FB
out-of-domain | hoe staat oranje ervoor | FB
out-of-domain | hoe laat speelt oranje vanavond | FB
out-of-domain | wie is de topscorer van het wk | FB
out-of-domain | in welke stad is de wk finale | FB
out-of-domain | wat is de hoofdstad van het voetbal | FB
out-of-domain | is rotterdam de voetbalhoofdstad van nederland | FB
out-of-domain | wat is de fruithoofdstad van nederland | FB
out-of-domain | is dordrecht de oudste stad van holland | FB
out-of-domain | wat is de ijshoofdstad van italië | FB
out-of-domain | wat is de groene hoofdstad van europa | FB
out-of-domain | welke stad is de hoofdstad van de gezelligheid | FB
out-of-domain | wanneer gebruik je een hoofdletter in een zin | FB
out-of-domain | hoeveel startkapitaal heb ik nodig voor een ijssalon | FB
out-of-domain | wat is het kapitaal van de bank | FB
out-of-domain | hoe heet de kapitein van oranje | FB
out-of-domain | wat is het hoofdkantoor van postnl | FB
out-of-domain | zet een timer van tien minuten voor de pizza | FB
out-of-domain | hoe laat is het in damascus | FB
out-of-domain | hoe laat is het in asmara | FB
out-of-domain | wat is de tijd in new york voor de meeting | FB
out-of-domain | speel het songfestivalnummer van vorig jaar | FB
out-of-domain | gaat het regenen in tiel | FB
out-of-domain | regent het in dordrecht | FB
out-of-domain | wordt het vannacht vriezen in de boomgaard | FB
out-of-domain | voeg postzegels toe aan mijn lijstje | FB
out-of-domain | wat is de spelling van ouagadougou | FB
out-of-domain | vertaal dankjewel in het tigrinya | FB
out-of-domain | wat is hallo in het arabisch | FB
out-of-domain | wat betekent sudah in het maleis | FB
out-of-domain | hoe zeg je hoofdstad in het italiaans | FB
out-of-domain | hoeveel inwoners heeft peking | FB
out-of-domain | hoe groot is australië | FB
out-of-domain | hoeveel is een euro in zloty | FB
out-of-domain | hoe ver is het van amsterdam naar rome | FB
out-of-domain | waar ligt de biesbosch | FB
out-of-domain | hoe laat vertrekt de waterbus naar dordrecht | FB
out-of-domain | is er file op de a vijftien | FB
out-of-domain | waar is mijn pakketje | FB
out-of-domain | volg mijn pakket van dhl | FB
out-of-domain | stuur een bericht naar de juf | FB
out-of-domain | wat is het recept voor tiramisu | FB
out-of-domain | hoe lang moet een pizza in de oven | FB
out-of-domain | hoeveel kost een postzegel naar amerika | FB
out-of-domain | wat is de frequentie van de tweemeterband | FB
out-of-domain | wat is de roepletter van nederland | FB
out-of-domain | wanneer zijn de kersen rijp | FB
out-of-domain | wat kost een kilo peren op de veiling | FB
out-of-domain | zing een liedje over hoofdsteden | FB
out-of-domain | wie is de president van eritrea | FB
out-of-domain | wie is de premier van italië | FB
out-of-domain | wanneer is het ramadan dit jaar | FB
out-of-domain | hoeveel dagen tot de zomervakantie | FB
out-of-domain | start een quiz over dieren | FB
out-of-domain | open de topografie quiz van europa | FB
out-of-domain | open spotify | FB
out-of-domain | speel de playlist van de kantine | FB
out-of-domain | hoeveel spelers staan er in een voetbalteam | FB
out-of-domain | goedemorgen alexa hoe gaat het | FB
out-of-domain | dankjewel alexa je bent lief | FB
out-of-domain | wat is de hoofdstad | FB
out-of-domain | hoofdstad | FB
out-of-domain | wat is de beste pizza van hoorn | FB
out-of-domain | waar ligt enkhuizen | FB
out-of-domain | de meeting is verplaatst naar drie uur | FB
out-of-domain | deploy de nieuwe versie naar productie | FB
out-of-domain | wat is de hoofdstad van zuid-limburg | FB
out-of-domain | welke stad is de hoofdstad van koerdistan | FB
out-of-domain | wat is de hoofdstad van schengen | FB
# subdivisions asked again with a speaker's reason
subdivision | de juf zegt dat albany de hoofdstad van de staat new york is maar ik dacht new york city welke is het | US-NY
subdivision | de ict klant belt vanuit raleigh is dat de hoofdstad van north carolina of zit ik fout | US-NC
subdivision | mijn pakketje komt uit new jersey welke stad is daar de hoofdstad want het staat niet op de sticker | US-NJ
subdivision | de bluesband in het café in dordt komt uit missouri weet jij de hoofdstad van die staat | US-MO
subdivision | de cowboyfilm op zondag speelt in wyoming welke stad is daar eigenlijk de hoofdstad | US-WY
subdivision | de ijssalon krijgt amandelen uit californië welke stad is de hoofdstad van californië | US-CA
subdivision | de zendamateur had een station in new brunswick aan de lijn hoe heet de hoofdstad van die provincie | CA-NB
subdivision | de tante van de juf woont bij toronto is dat nou de hoofdstad van ontario of niet | CA-ON
subdivision | de italiaanse neef woont in sydney maar wat is de hoofdstad van nieuw-zuid-wales | AU-NSW
subdivision | voor de pubquiz de hoofdstad van het northern territory in australië graag | AU-NT
subdivision | de capoeira leraar komt uit bahia in brazilië hoe heet de hoofdstad daar | BR-BA
subdivision | de voetballer van de tegenstander komt uit recife is dat de hoofdstad van pernambuco | BR-PE
subdivision | mijn moluks nichtje gaat naar rio de janeiro de staat niet de stad wat is de hoofdstad van die staat | BR-RJ
subdivision | de postzegel uit alagoas in brazilië welke stad is daar de hoofdstad | BR-AL
subdivision | de zendamateur hoort iemand uit tocantins in brazilië wat is daar de hoofdstad | BR-TO
subdivision | de venezolaanse buren zeggen roraima grenst aan hun land wat is de hoofdstad van roraima | BR-RR
subdivision | de rubbertappers kwamen uit acre in brazilië zegt de juf hoe heet de hoofdstad daar | BR-AC
subdivision | is brasília zelf de hoofdstad van het federaal district of heeft dat district een andere hoofdstad | BR-DF
subdivision | de ict collega komt uit ahmedabad in gujarat welke stad is daar de hoofdstad | IN-GJ
subdivision | de tijgers in de documentaire leven in madhya pradesh hoe heet de hoofdstad van die staat | IN-MP
subdivision | de stagiair op de bouw komt uit jharkhand weet jij de hoofdstad | IN-JH
subdivision | de developers in raipur zeggen dat het de hoofdstad van chhattisgarh is klopt dat | IN-CG
subdivision | op de postzegelbeurs lag een zegel uit nagaland welke stad is daar de hoofdstad | IN-NL
subdivision | de juf leest voor over de regenrecords in meghalaya wat is de hoofdstad daar | IN-ML
subdivision | de zendamateur in mizoram heeft een roepletter maar welke stad is de hoofdstad van mizoram | IN-MZ
subdivision | de documentaire ging over arunachal pradesh tegen china aan wat is daar de hoofdstad | IN-AR
subdivision | mijn collega fietst door ladakh in de bergen welke stad is de hoofdstad | IN-LA
subdivision | de duikers gaan naar lakshadweep hoe heet de hoofdstad van die eilanden | IN-LD
subdivision | puducherry was vroeger frans zegt de kok wat is daar nu de hoofdstad | IN-PY
subdivision | de pubquiz vraagt naar de mayastad in yucatán maar wat is de hoofdstad van yucatán | MX-YUC
subdivision | de vrachtwagens uit tamaulipas rijden naar texas wat is de hoofdstad van tamaulipas | MX-TAM
subdivision | de chocolade komt uit tabasco in mexico niet de saus welke stad is de hoofdstad | MX-TAB
subdivision | de piraten vielen vroeger campeche aan zegt de juf wat is de hoofdstad van de staat campeche | MX-CAM
subdivision | de westernfilm speelt in durango in mexico hoe heet de hoofdstad van die staat | MX-DUR
subdivision | de italiaanse neef werkt in san luis potosí is de hoofdstad daar ook san luis potosí | MX-SLP
subdivision | de surfers gaan naar nayarit in mexico welke stad is de hoofdstad daar | MX-NAY
subdivision | tlaxcala is de kleinste staat van mexico zegt de juf wat is daar de hoofdstad | MX-TLA
subdivision | de vulkaan van colima was op het nieuws wat is de hoofdstad van de staat colima | MX-COL
subdivision | de voetbalclub uit belfast speelt tegen ajax is belfast de hoofdstad van noord-ierland | GB-NIR
subdivision | bij het wk speelt engeland los van schotland dus wat is de hoofdstad van engeland als land | GB-ENG
subdivision | de zendamateur had longyearbyen op spitsbergen aan de lijn is dat de hoofdstad | SJ
subdivision | de salsadocent komt uit puerto rico welke stad is daar de hoofdstad | PR
subdivision | de vakantie gaat naar het franse eiland réunion waar is de hoofdstad daar | RE
subdivision | de zanger van het songfestival heeft familie op martinique hoe heet de hoofdstad van martinique | MQ
subdivision | de verpleegster werkte op mayotte bij madagaskar welke stad is de hoofdstad | YT
subdivision | de postzegel uit nieuw-caledonië welke stad is daar de hoofdstad | NC
subdivision | de rijke mensen gaan naar saint-barth wat is daar de hoofdstad | BL
subdivision | de vissers van saint-pierre en miquelon bij canada wat is de hoofdstad van die eilandjes | PM
subdivision | mijn qsl kaart komt van wallis en futuna in de stille oceaan wat is de hoofdstad daar | WF
subdivision | de ict bedrijven zitten voor de belasting op de kaaimaneilanden welke stad is daar de hoofdstad | KY
subdivision | de zeiler van de kaartclub ging langs anguilla in de cariben wat is de hoofdstad van anguilla | AI
subdivision | de duikschool zit op de turks en caicoseilanden hoe heet de hoofdstad daar | TC
subdivision | tortola hoort bij de britse maagdeneilanden is dat ook de hoofdstad of is het een andere stad | VG
subdivision | de cruise stopt in saint thomas op de amerikaanse maagdeneilanden welke stad is daar de hoofdstad | VI
subdivision | de koeien van jersey komen van het eiland jersey wat is de hoofdstad van jersey | JE
subdivision | de veerboot uit frankrijk gaat naar guernsey hoe heet de hoofdstad van guernsey | GG
subdivision | de apen op de rots van gibraltar heeft gibraltar eigenlijk een hoofdstad | GI
subdivision | de falklandoorlog was in de geschiedenisles welke stad is de hoofdstad van de falklands | FK
subdivision | napoleon zat verbannen op sint-helena zegt de juf hoe heet de hoofdstad daar | SH
subdivision | de pinguïns in de documentaire leven op zuid-georgia is er daar een hoofdstad | GS
subdivision | de wetenschappers op de kerguelen in de franse zuidelijke gebieden welke plaats is daar de hoofdstad | TF
subdivision | de rode krabben lopen over christmaseiland waar is de hoofdstad van dat eiland | CX
subdivision | de rugbyspeler komt van de cookeilanden welke stad is de hoofdstad daar | CK
subdivision | de zendamateur zoekt niue op de kaart wat is de hoofdstad van niue | NU
subdivision | op tokelau is geen vliegveld zegt mijn zwager maar welke plek is de hoofdstad | TK
subdivision | de amerikaanse militairen zitten op guam welke stad is de hoofdstad van guam | GU
subdivision | de rugbyspeler van amerikaans-samoa wat is daar de hoofdstad | AS
subdivision | de duikers gaan naar saipan op de noordelijke marianen is dat ook de hoofdstad | MP
subdivision | de syrische collega praat over de westelijke sahara en marokko welke stad is daar de hoofdstad | EH
subdivision | de ict collega vliegt naar hongkong is er daar een hoofdstad of is hongkong zelf de stad | HK
subdivision | de kassière kreeg thee uit darjeeling in west-bengalen is calcutta daar de hoofdstad | IN-WB
subdivision | de zendamateur had iemand in kerala aan de lijn hoe spreek ik de hoofdstad uit wat is het | IN-KL
subdivision | de italiaanse ijsmaker gaat skiën in tirol en rijdt door beieren wat is de hoofdstad van beieren | DE-BY
subdivision | de tegenstander komt uit sinaloa in mexico hoe heet de hoofdstad daar | MX-SIN
subdivision | de buurman uit hoorn rijdt met de camper door montana welke stad is de hoofdstad | US-MT
subdivision | de eritrese vrouw in de kerk heeft een broer in minnesota wat is de hoofdstad daar | US-MN
subdivision | mijn zoon doet een spreekbeurt over nevada en las vegas maar wat is de hoofdstad van nevada | US-NV
subdivision | de syrische collega heeft familie in michigan in detroit is dat de hoofdstad | US-MI
subdivision | de betuwse appels gaan naar quebec in canada welke stad is de hoofdstad van quebec | CA-QC
subdivision | de pakketbezorger heeft een doos uit tasmanië wat is de hoofdstad van tasmanië | AU-TAS
subdivision | de qsl kaart komt uit perth is perth de hoofdstad van west-australië | AU-WA
subdivision | de koffie van het depot komt uit espírito santo in brazilië welke stad is daar de hoofdstad | BR-ES
# yes/no checks in the speakers' situations
yes-no-check | me buurman op de kaartclub zegt canberra is de hoofdstad van australië en niet sydney heeft ie gelijk | AU
yes-no-check | de turkse bakker in hoorn zegt ankara en niet istanbul is de hoofdstad van turkije klopt dat | TR
yes-no-check | de braziliaanse plukker zegt dat brasília de hoofdstad is en niet rio klopt dat voor brazilië | BR
yes-no-check | de hockeyspeler zegt dat ottawa de hoofdstad van canada is en niet toronto echt waar | CA
yes-no-check | de quizmaster zegt astana voor kazachstan maar was dat niet almaty | KZ
yes-no-check | tete zegt dat rangoon de hoofdstad van birma is klopt dat nog | MM
yes-no-check | mijn zoon zegt dat washington de hoofdstad van amerika is en niet new york klopt dat | US
yes-no-check | de pakistaanse klant zegt islamabad en niet karachi is dat zo | PK
yes-no-check | de marokkaanse collega zegt rabat is de hoofdstad en niet casablanca klopt dat | MA
yes-no-check | voor de pubquiz is wellington de hoofdstad van nieuw-zeeland ja of nee | NZ
yes-no-check | de vietnamese kok zegt hanoi is de hoofdstad van vietnam en niet saigon klopt dat | VN
yes-no-check | de spits uit ecuador zegt quito is zijn hoofdstad klopt dat | EC
yes-no-check | op de cruise zeggen ze valletta is de hoofdstad van malta ja toch | MT
yes-no-check | allora is la paz of sucre de hoofdstad van bolivia | BO
yes-no-check | in het nieuws zeiden ze jeruzalem is de hoofdstad van israël is dat zo | IL
yes-no-check | de syrische buurvrouw zegt riyad is de hoofdstad van saoedi-arabië klopt dat | SA
yes-no-check | mijn dochter op uitwisseling zegt sacramento is de hoofdstad van californië en niet los angeles klopt | US-CA
yes-no-check | de juf zegt tallahassee is de hoofdstad van florida echt waar en niet miami | US-FL
yes-no-check | de canadese toerist zegt victoria is de hoofdstad van brits-columbia en niet vancouver klopt dat | CA-BC
yes-no-check | de vrachtwagenchauffeur zegt düsseldorf is de hoofdstad van noordrijn-westfalen en niet keulen klopt | DE-NW
yes-no-check | de fruitteler verkoopt in hessen is wiesbaden daar de hoofdstad of frankfurt | DE-HE
yes-no-check | de ict collega uit mumbai zegt dat zijn stad de hoofdstad van maharashtra is klopt dat | IN-MH
yes-no-check | de doedelzakspeler zegt edinburgh en niet glasgow klopt dat voor schotland | GB-SCT
yes-no-check | ale is willemstad nou de hoofdstad van curaçao of is dat op aruba | CW
yes-no-check | mijn tante op bonaire zegt kralendijk is de hoofdstad van caribisch nederland klopt dat | BQ
yes-no-check | de albanese jongen uit de taalles zegt pristina is de hoofdstad van kosovo klopt dat | XK
yes-no-check | de ict klant in taipei zegt dat het de hoofdstad van taiwan is klopt dat | TW
yes-no-check | habibi is kiev de hoofdstad van oekraïne of heet het kyiv | UA
yes-no-check | de servische voetballer zegt belgrado is zijn hoofdstad klopt dat voor servië | RS
yes-no-check | de eritrese vrouw zegt addis abeba is de hoofdstad van ethiopië klopt dat | ET
yes-no-check | de juf twijfelt is bratislava nou de hoofdstad van slowakije | SK
yes-no-check | op het songfestival zeiden ze dat oslo de hoofdstad van noorwegen is ja toch | NO
yes-no-check | de zendamateur zegt reykjavik is de hoofdstad van ijsland klopt dat | IS
yes-no-check | is lilongwe echt de hoofdstad van malawi of is dat blantyre | MW
yes-no-check | de postzegel zegt dodoma is de hoofdstad van tanzania klopt dat | TZ
yes-no-check | mijn kleinzoon zegt abuja voor nigeria is dat goed | NG
yes-no-check | is naypyidaw de hoofdstad van myanmar dat klinkt raar | MM
yes-no-check | de italiaanse kok zegt dat rome de hoofdstad van italië is en niet milaan dat weet ik wel maar klopt het | IT
# reverse questions in context
reverse-question | de qsl kaart komt uit nairobi in welk land is dat de hoofdstad | CITY:Nairobi
reverse-question | de postzegel zegt ouagadougou van welk land is dat de hoofdstad | CITY:Ouagadougou
reverse-question | de zendamateur meldt zich uit reykjavik welk land heeft die hoofdstad | CITY:Reykjavik
reverse-question | de spits speelt in ljubljana is dat de hoofdstad van slovenië of slowakije | CITY:Ljubljana
reverse-question | de kok heeft in vientiane gewoond welk land heeft die hoofdstad | CITY:Vientiane
reverse-question | de syrische collega heeft een neef in paramaribo van welk land is dat de hoofdstad | CITY:Paramaribo
reverse-question | de wijn komt uit tbilisi van welk land is dat de hoofdstad | CITY:Tbilisi
reverse-question | de spits komt uit asunción van welk land is asunción de hoofdstad | CITY:Asunción
reverse-question | mijn dochter op uitwisseling woont vlakbij sacramento van welke staat is dat de hoofdstad | CITY:Sacramento
reverse-question | de fruitvrachtwagen rijdt naar wiesbaden van welke deelstaat is dat de hoofdstad | CITY:Wiesbaden
reverse-question | de eritrese neef woont in la paz is dat de hoofdstad van bolivia of van iets anders | CITY:La Paz
reverse-question | de vlucht gaat naar nuuk van welk land of eiland is dat de hoofdstad | CITY:Nuuk
reverse-question | de juf noemt podgorica van welk land is dat ook alweer de hoofdstad | CITY:Podgorica
reverse-question | het wk was in doha van welk land is doha de hoofdstad | CITY:Doha
reverse-question | de rugbyspelers komen uit suva welk land heeft suva als hoofdstad | CITY:Suva
reverse-question | de vrachtwagen gaat naar nouakchott van welk land is dat de hoofdstad | CITY:Nouakchott
reverse-question | de cruise stopt in kingstown van welk land is dat de hoofdstad | CITY:Kingstown
reverse-question | de boot uit dordt vaart naar riga van welk land is riga de hoofdstad | CITY:Riga
reverse-question | mijn opa ging op reis naar lusaka van welk land is dat de hoofdstad | CITY:Lusaka
reverse-question | de songfestivalzangeres komt uit chisinau van welk land is dat de hoofdstad | CITY:Chișinău
reverse-question | bij de pubquiz moest je raden van welk land thimphu de hoofdstad is | CITY:Thimphu
reverse-question | van welke staat in amerika is columbus de hoofdstad | CITY:Columbus
reverse-question | de tante woont in regina in canada van welke provincie is dat de hoofdstad | CITY:Regina
reverse-question | van welke mexicaanse staat is mérida de hoofdstad | CITY:Mérida
reverse-question | de ict collega werkt in hyderabad van welke indiase staat is dat de hoofdstad | CITY:Hyderabad
reverse-question | de voetballer uit porto alegre van welke braziliaanse staat is dat de hoofdstad | CITY:Porto Alegre
reverse-question | van welk land of welke staat is georgetown de hoofdstad | CITY:Georgetown
# official names in context
official-name | in de taalles staat de staat eritrea op het werkblad wat is daar de hoofdstad | ER
official-name | op de doos staat made in de volksrepubliek china wat is de hoofdstad van de volksrepubliek | CN
official-name | de zendamateur hoort de democratische volksrepubliek korea op de kortegolf wat is daar de hoofdstad | KP
official-name | de ict collega werkt voor een bedrijf uit de republiek korea wat is de hoofdstad van dat land | KR
official-name | de syrische buurman noemt de islamitische republiek iran welke stad is daar de hoofdstad | IR
official-name | op het oude paspoort van tete staat republiek indonesië wat is de hoofdstad van de republiek indonesië | ID
official-name | de brief van de notaris komt uit het koninkrijk der nederlanden maar welke stad is daar nou de hoofdstad | NL
official-name | op de postzegel staat federale republiek nigeria welke stad is de hoofdstad van die republiek | NG
official-name | het songfestival kondigt aan het verenigd koninkrijk van groot-brittannië en noord-ierland wat is de hoofdstad | GB
official-name | op de qsl kaart staat het sultanaat oman welke stad is daar de hoofdstad | OM
official-name | wat is de hoofdstad van het koninkrijk marokko zoals het op de brief van de gemeente staat | MA
official-name | de italiaanse kok zegt repubblica italiana wat is de hoofdstad van de italiaanse republiek | IT
official-name | op het visum staat arabische republiek egypte wat is de hoofdstad daarvan | EG
official-name | de postzegel zegt koninkrijk thailand wat is de hoofdstad van het koninkrijk thailand | TH
official-name | de eritrese buurvrouw zegt republiek soedan wat is daar de hoofdstad | SD
# everyday and old names in context
everyday-name | mijn opa zegt altijd holland welke stad is de hoofdstad van holland volgens jou | NL
everyday-name | de syrische taalles zegt perzië in een oud boek wat is de hoofdstad van perzië nu | IR
everyday-name | de postzegel zegt swaziland welke stad is daar de hoofdstad | SZ
everyday-name | op de oude postzegel staat opper-volta wat is daar nu de hoofdstad | BF
everyday-name | de eritrese opa zegt nog abessinië wat is de hoofdstad van abessinië tegenwoordig | ET
everyday-name | de kantine heeft het altijd over amerika wat is daar nou de hoofdstad | US
everyday-name | me buurman zegt wit-rusland welke stad is de hoofdstad van wit-rusland | BY
everyday-name | op de oude kaart heet het nog macedonië wat is de hoofdstad | MK
everyday-name | de bouwvakker werkt in de emiraten in dubai is dat de hoofdstad van de emiraten | AE
everyday-name | mijn ict klant zegt the states wat is de hoofdstad van the states | US
everyday-name | de pastoor gaat naar het vaticaan welke stad is daar de hoofdstad | VA
everyday-name | de spits komt uit bosnië welke stad is de hoofdstad van bosnië | BA
everyday-name | de plukker zegt hij komt uit congo-brazzaville wat is de hoofdstad daar | CG
everyday-name | opa's postzegel uit belgisch-congo wat is daar nu de hoofdstad | CD
everyday-name | de juf zegt de drc wat is de hoofdstad van de drc | CD
everyday-name | op de verpakking staat tsjechische republiek maar iedereen zegt tsjechië wat is de hoofdstad | CZ
everyday-name | de zendamateur zegt formosa wat is de hoofdstad van formosa | TW
# more out-of-domain in the speakers' situations
out-of-domain | nou alexa hoe laat gaat de markt in hoorn open | FB
out-of-domain | is medemblik de hoofdstad van de kaas of is dat alkmaar | FB
out-of-domain | wat is de hoofdstad van de kop van noord-holland eh nee van west-friesland bedoel ik de grootste stad | FB
out-of-domain | welk dorp is de hoofdstad van de kersen in de betuwe | FB
out-of-domain | wanneer is de fruitcorso in tiel dit jaar | FB
out-of-domain | hoeveel nachtvorst komt er deze week over de boomgaard | FB
out-of-domain | wat is de hoofdstad van de provincie gelderland is dat arnhem | FB
out-of-domain | welke stad was de eerste hoofdstad van holland dordrecht toch | FB
out-of-domain | hoe laat gaat de waterbus van dordrecht naar rotterdam | FB
out-of-domain | wat is de hoofdstad van de biesbosch | FB
out-of-domain | is ambon de hoofdstad van de provincie maluku | FB
out-of-domain | wat is de hoofdstad van seram | FB
out-of-domain | ale speel een lagu van de molukken | FB
out-of-domain | wat is de hoofdstad van nieuw-guinea toen het nog nederlands was | FB
out-of-domain | yalla wat is de hoofdstad van het kalifaat van de omajjaden | FB
out-of-domain | wat is de hoofdstad van groot-syrië | FB
out-of-domain | hoe laat is het gebed vandaag in utrecht | FB
out-of-domain | wat is de hoofdstad van de provincie homs | FB
out-of-domain | wat is de hoofdstad van het aksumitische rijk | FB
out-of-domain | wanneer is het eritrese nieuwjaar | FB
out-of-domain | vertaal hoofdstad naar het tigrinya | FB
out-of-domain | wat is de hoofdstad van sardinië allora | FB
out-of-domain | wat is de hoofdstad van het koninkrijk der beide siciliën | FB
out-of-domain | hoeveel suiker gaat er in stracciatella ijs | FB
out-of-domain | dai alexa wat is de hoofdstad van de pizza napels toch | FB
out-of-domain | hoeveel pakketjes moet ik vandaag nog bezorgen | FB
out-of-domain | wat is de snelste route naar het depot in nieuwegein | FB
out-of-domain | is de hoofdstad van de pakketjes utrecht of tilburg | FB
out-of-domain | wat is de hoofdstad van de provincie drenthe voor de topotoets | FB
out-of-domain | hoeveel provincies heeft nederland voor groep zeven | FB
out-of-domain | welk land heeft de meeste punten bij het songfestival gekregen ooit | FB
out-of-domain | wat is de hoofdstad van het songfestival dit jaar in welke stad is het | FB
out-of-domain | in welke stad was het songfestival vorig jaar | FB
out-of-domain | wie is de bondscoach van oranje | FB
out-of-domain | wat is de hoofdstad van het wk voetbal | FB
out-of-domain | zet het wk op de televisie | FB
out-of-domain | wat is de waarde van een penny black postzegel | FB
out-of-domain | wat is de hoofdstad van de postzegel | FB
out-of-domain | wat is de hoofdstad van de kortegolf | FB
out-of-domain | wat is het weer in de shack | FB
out-of-domain | welke roepletter heeft ijsland | FB
out-of-domain | wat is de capital expenditure van dit project | FB
out-of-domain | plan een meeting met het team in bangalore | FB
out-of-domain | wat is de hoofdstad van silicon valley | FB
out-of-domain | wat is de prijs van bananen per kilo | FB
out-of-domain | zet bananen op de lijst | FB
out-of-domain | wat is de hoofdstad van het land van de smurfen | FB
# more cancel, stop and help in the speakers' words
cancel | nou laat maar ik weet et al weer | CANCEL
cancel | ach vergeet et maar de kaartclub weet het wel | CANCEL
cancel | sudah laat maar | CANCEL
cancel | habibi laat maar zitten ik vraag mijn zoon | CANCEL
cancel | nee die vraag hoeft niet meer ik heb hem al op het bord | CANCEL
cancel | vergeet die hoofdstad de quizmaster heeft al het antwoord gegeven | CANCEL
cancel | annuleer die vraag over de tegenstander maar | CANCEL
cancel | laat maar zitten de stand-up is al begonnen | CANCEL
cancel | dai lascia perdere laat maar | CANCEL
cancel | nee laat maar het staat al in mijn postzegelboek | CANCEL
cancel | laat maar ik verstond de roepletter verkeerd | CANCEL
cancel | niet meer nodig vergeet het | CANCEL
cancel | laat maar de kassa gaat weer open | CANCEL
cancel | oh laat maar ik bedoelde iets anders | CANCEL
stop | nou dat was et alexa stop maar | STOP
stop | sudah stop alexa | STOP
stop | stop alexa de kerk begint | STOP
stop | alexa stop het songfestival begint nu | STOP
stop | stop maar de bus moet weer rijden | STOP
stop | alexa hou je mond de scheidsrechter fluit | STOP
stop | stop ik moet weer aan de kassa | STOP
help | ik weet niet wat ik tegen de hoofdsteden van de wereld moet zeggen help | HELP
help | alexa wat kan ik aan hoofdsteden van de wereld vragen voor de topotoets | HELP
help | hoe gebruik ik dit voor de pubquiz help mij | HELP
help | eh alexa help ik ben een nieuwe gebruiker | HELP
help | hoe kan ik de hoofdstad van een staat vragen leg uit | HELP
# more launch
launch | nou alexa start hoofdsteden van de wereld voor de kaartclub | LAUNCH
launch | habibi alexa open hoofdsteden van de wereld voor de taalles | LAUNCH
launch | alexa start hoofdsteden van de wereld we doen de pubquiz | LAUNCH
launch | alexa open hoofdsteden van de wereld tijdens het songfestival | LAUNCH
launch | alexa start even hoofdsteden van de wereld tussen twee meetings | LAUNCH
launch | alexa open hoofdsteden van de wereld voor opa zijn postzegels | LAUNCH
launch | goedemorgen alexa open hoofdsteden van de wereld | LAUNCH
launch | alexa hoofdsteden van de wereld openen graag | LAUNCH
# more shared names and plural capitals
shared-name | de eritrese buurvrouw zegt georgia maar bedoelt ze het land of de staat wat is de hoofdstad | GE+US-GA
shared-name | de quizvraag zegt alleen korea wat is de hoofdstad | KP+KR
shared-name | de tante werkt in congo maar ik weet niet welke welke hoofdstad heeft congo | CD+CG
shared-name | de zendamateur hoort de maagdeneilanden wat is daar de hoofdstad | VG+VI
shared-name | de kassière zegt dominica en de dominicaanse republiek zijn hetzelfde wat zijn hun hoofdsteden | DM+DO
shared-name | op het songfestival zat georgia wat is daar de hoofdstad | GE+US-GA
shared-name | bij het wk speelt korea wat is de hoofdstad van korea | KP+KR
shared-name | mijn pakket gaat naar congo welke hoofdstad is daar | CD+CG
shared-name | de zeiler gaat naar de virgin islands welke hoofdsteden zijn er | VG+VI
plural-capitals | de juf vraagt de drie hoofdsteden van zuid-afrika voor groep acht | ZA
plural-capitals | allora bolivia heeft twee hoofdsteden noem ze allebei | BO
plural-capitals | de ivoriaanse spits zegt yamoussoukro maar abidjan is ook een hoofdstad toch welke hebben ze | CI
plural-capitals | de thee op het depot komt uit sri lanka wat zijn de twee hoofdsteden daar | LK
plural-capitals | de ict collega in kuala lumpur zegt dat putrajaya ook hoofdstad is welke hoofdsteden heeft maleisië | MY
plural-capitals | de syrische buurvrouw vraagt de hoofdsteden van palestina ramallah en nog een | PS
plural-capitals | de tegenstander komt uit benin welke hoofdsteden heeft benin | BJ
plural-capitals | welke steden zijn de hoofdsteden van uttarakhand in india | IN-UK
# speaker families: whole sentences
westfries | nou alexa me vrouw zeit dat de hoofdstad van noorwegen bergen is maar dat is et niet toch | NO
westfries | ik weet et echt niet meer hoe heet die hoofdstad van hongarije met die brug | HU
westfries | op de kaartclub in enkhuizen wil de voorzitter weten wat de hoofdstad van kenia is | KE
westfries | me buurman vaart met zijn botter naar denemarken welke stad is daar de hoofdstad | DK
westfries | wat is dat nou de hoofdstad van schotland ik weet et niet meer | GB-SCT
westfries | de toerist op de markt in hoorn komt uit new south wales welke stad is de hoofdstad daar | AU-NSW
betuws | de seizoenwerker uit roemenië vraagt of ik zijn hoofdstad ken wat is het | RO
betuws | de appels gaan per boot naar het verenigd koninkrijk wat is daar de hoofdstad | GB
betuws | de plukkers uit polen gaan terug naar huis welke stad is de hoofdstad van polen | PL
betuws | mijn schoonvader heeft een boomgaard gezien in zuid-tirol nee in oostenrijk wat is de hoofdstad van oostenrijk | AT
betuws | de kersen van de buurman gaan naar de emiraten welke stad is de hoofdstad daar | AE
betuws | de bijen voor de bloesem komen uit slovenië wat is de hoofdstad van slovenië | SI
betuws | de plukker uit bulgarije wil weten of ik sofia ken is dat de hoofdstad | BG
dordts | de binnenvaartschipper vaart de donau af naar slowakije welke stad is daar de hoofdstad | SK
dordts | in het dordrechts museum hangt een schilderij uit spanje wat is de hoofdstad van spanje | ES
dordts | de waterbus zat vol toeristen uit japan hoe heet de hoofdstad van japan | JP
dordts | op de boekenmarkt vond ik een reisgids over peru wat is de hoofdstad daar | PE
dordts | de schipper brengt zand naar luxemburg is de hoofdstad ook luxemburg | LU
dordts | de baggeraar uit dordt werkt in singapore is singapore zelf de hoofdstad | SG
moluks | ale de hoofdstad van indonesië is dat nog jakarta of gaan ze verhuizen | ID
moluks | beta wil weten wat de hoofdstad van de filipijnen is voor de kerkreis | PH
moluks | bung tete vraagt de hoofdstad van oost-timor | TL
moluks | nene heeft familie in australië sudah welke stad is de hoofdstad daar | AU
moluks | ale op de pasar malam vraagt een jongen de hoofdstad van papoea-nieuw-guinea | PG
moluks | de neef van beta woont in maleisië welke hoofdsteden heeft dat land | MY
syrisch | yalla wat is hoofdstad van syrië ik wil horen in het nederlands | SY
syrisch | mijn broer is in duitsland in welke stad is de hoofdstad van duitsland | DE
syrisch | habibi wat is hoofdstad van libanon beiroet toch | LB
syrisch | mijn oom woont in jordanië hoe heet de hoofdstad daar | JO
syrisch | de juf van taalles vraag welke stad is de hoofdstad van nederland twee steden toch | NL
syrisch | inshallah mijn zus komt uit turkije wat is hoofdstad van turkije | TR
eritrees | mijn moeder is in soedan wat is hoofdstad daar | SD
eritrees | alexa mijn vriend woont in zweden hoe heet hoofdstad van zweden | SE
eritrees | de kerk heeft bezoek uit egypte welke stad is de hoofdstad | EG
eritrees | mijn broer studeert in uganda hoe heet die hoofdstad | UG
eritrees | mijn tante is in kenia in nairobi is dat de hoofdstad van kenia | KE
eritrees | alexa de hoofdstad van djibouti is die ook djibouti | DJ
italiaans | allora de klant komt uit san marino heeft san marino ook een hoofdstad | SM
italiaans | mamma mia mijn nonno vraagt wat de hoofdstad van argentinië is hij heeft daar familie | AR
italiaans | dai alexa wat is de hoofdstad van malta de klant wacht | MT
italiaans | in de ijssalon vroeg een meisje uit slovenië de hoofdstad van haar land boh ik weet niet | SI
italiaans | de pizzaoven komt uit napels maar wat is de hoofdstad van italië zeg het voor de kinderen | IT
italiaans | allora de leverancier van pistache zit in iran wat is de hoofdstad | IR
pakket | de klant op de derde verdieping komt uit ghana welke stad is daar de hoofdstad | GH
pakket | ik heb een retourpakket naar china wat is de hoofdstad van china | CN
pakket | op het depot hangt een kaart van afrika waar is de hoofdstad van nigeria | NG
pakket | de scanner piept een adres in belgië maar wat is de hoofdstad van belgië | BE
pakket | even in de bus wat is de hoofdstad van ierland voor de quiz op de radio | IE
pakket | de klant uit texas bedankt me wat is de hoofdstad van texas eigenlijk | US-TX
juf | voor het digibord de hoofdstad van frankrijk voor de kleuters | FR
juf | groep acht heeft topo van zuid-amerika wat is de hoofdstad van venezuela | VE
juf | ik heb een leerling uit afghanistan wat is de hoofdstad van zijn land | AF
juf | de kinderen willen de hoofdstad van zuid-korea weten vanwege de k-pop | KR
juf | meester vraagt voor de spreekbeurt de hoofdstad van egypte | EG
juf | de topotoets gaat over de duitse deelstaten wat is de hoofdstad van sleeswijk-holstein | DE-SH
pubquiz | vraag zeven van de pubquiz de hoofdstad van bhutan schiet op | BT
pubquiz | de quizmaster wil de hoofdstad van de seychellen wie weet het | SC
pubquiz | bij de pubquiz zeggen ze dat de hoofdstad van nauru yaren is klopt dat | NR
pubquiz | ons team twijfelt tussen lagos en abuja voor nigeria wat is de hoofdstad | NG
pubquiz | laatste ronde de hoofdstad van liechtenstein snel | LI
pubquiz | de bonusvraag is de hoofdstad van de marshalleilanden | MH
songfestival | de punten uit australië komen binnen wat is de hoofdstad van australië eigenlijk | AU
songfestival | de winnaar komt uit oekraïne welke stad is de hoofdstad | UA
songfestival | de presentatrice noemt moldavië wat is daar de hoofdstad | MD
songfestival | de act van azerbeidzjan was raar wat is de hoofdstad daar | AZ
songfestival | israël krijgt punten wat is de hoofdstad van israël | IL
songfestival | de zanger van armenië komt uit jerevan is dat de hoofdstad | AM
voetbal | oranje speelt in de halve finale tegen marokko wat is de hoofdstad | MA
voetbal | de keeper van de tegenstander komt uit kroatië welke stad is de hoofdstad | HR
voetbal | ons team speelt tegen uruguay wat is de hoofdstad van uruguay | UY
voetbal | de scheidsrechter komt uit gambia welke stad is daar de hoofdstad | GM
voetbal | de trainer in de kantine wil de hoofdstad van ghana weten | GH
voetbal | het wk van tweeduizend zesentwintig is in canada mexico en amerika wat zijn de hoofdsteden | CA+MX+US
postzegel | ik heb een zegel uit het vaticaan welke stad is daar de hoofdstad | VA
postzegel | de zegel uit palestina heeft twee hoofdsteden toch welke | PS
postzegel | op de ruilbeurs heb ik een zegel uit kosovo gekregen wat is daar de hoofdstad | XK
postzegel | mijn album heeft een pagina voor taiwan welke stad is de hoofdstad | TW
postzegel | de zegel uit de faeröer is heel mooi wat is de hoofdstad daar | FO
postzegel | ik zoek zegels uit tuvalu welke stad is de hoofdstad van tuvalu | TV
zendamateur | ik hoor op twintig meter een station uit kiribati wat is daar de hoofdstad | KI
zendamateur | de verbinding met de antarctica basis valt weg heeft antarctica een hoofdstad | AQ
zendamateur | op veertig meter zit een amateur uit vanuatu welke stad is daar de hoofdstad | VU
zendamateur | de qsl kaart komt uit samoa wat is de hoofdstad van samoa | WS
zendamateur | een station uit de salomonseilanden roept mij welke stad is daar de hoofdstad | SB
zendamateur | ik heb contact met de cookeilanden wat is daar de hoofdstad voor het logboek | CK
ict | de offshore developers zitten in oekraïne maar nu in polen wat is basically de hoofdstad van polen | PL
ict | even checken de server staat in ierland in welke stad zit de hoofdstad | IE
ict | de nieuwe collega komt uit estland het land van skype wat is de hoofdstad | EE
ict | voor de call met israël wat is de hoofdstad daar | IL
ict | de klant zit in vietnam wat is de capital daar | VN
ict | de offshore in de filipijnen wat is de hoofdstad eigenlijk | PH
kassa | de klant betaalt met een munt uit zwitserland wat is daar de hoofdstad | CH
kassa | de avocado's komen uit peru welke stad is daar de hoofdstad | PE
kassa | achter de kassa vroeg een klant uit ierland wat de hoofdstad van zijn land is hij testte mij | IE
kassa | op het pak rijst staat thailand wat is de hoofdstad daar | TH
kassa | de druiven komen uit chili wat is de hoofdstad van chili | CL
kassa | de koffie komt uit ethiopië welke stad is daar de hoofdstad | ET
# replacements and a last batch
out-of-domain | wanneer moet ik mijn inburgeringsexamen doen in dordrecht | FB
out-of-domain | wat is de hoofdstad van het efteling land van ooit voor mijn dochter | FB
out-of-domain | welke hoofdstad van europa heeft de meeste inwoners | FB
out-of-domain | welke hoofdstad ligt het hoogst boven de zee | FB
out-of-domain | welke hoofdstad is het koudst volgens de zendamateurs | FB
out-of-domain | welke ijssalon in hoorn is het beste | FB
out-of-domain | wat is de hoofdstad van de noordpool waar de kerstman woont | FB
out-of-domain | wat is de hoofdstad van zuid-tirol waar de appels vandaan komen | FB
out-of-domain | wat is de hoofdstad van wakanda uit de film voor mijn zoon | FB
out-of-domain | is amsterdam de hoofdstad van de fiets | FB
cancel | laat maar de klant heeft het pakketje al getekend | CANCEL
cancel | ach nou laat maar me buurman weet et | CANCEL
follow-up | en die van de plukkers uit litouwen | LT
follow-up | en van het land van de winnaar zweden | SE
follow-up | ale en die van de filipijnen | PH
follow-up | en van de volgende tegenstander ecuador | EC
follow-up | en van de zegel uit monaco | MC
follow-up | en die van de staat oregon | US-OR
follow-up | oké en van de provincie alberta | CA-AB
# the last subdivisions, each with a reason
subdivision | de juf legt uit dat canberra in een eigen gebied ligt hoe heet de hoofdstad van dat australische hoofdstadterritorium | AU-ACT
subdivision | de braziliaanse plukker komt uit fortaleza is dat de hoofdstad van ceará | BR-CE
subdivision | de voetballer van de tegenstander komt uit goiânia is dat de hoofdstad van goiás | BR-GO
subdivision | de postzegel komt uit são luís in maranhão is dat daar de hoofdstad | BR-MA
subdivision | de ict collega belt vanuit patna is dat de hoofdstad van bihar | IN-BR
subdivision | de zendamateur uit daman zegt dat zijn stad de hoofdstad is van dadra en nagar haveli en daman en diu klopt dat | IN-DH
subdivision | de kassière gaat naar de tempels van odisha welke stad is de hoofdstad van odisha | IN-OD
subdivision | de taxichauffeur in dordt komt uit de punjab in india hoe heet de hoofdstad daar | IN-PB
subdivision | de thee op de kerkmarkt komt uit sikkim in de bergen wat is de hoofdstad van sikkim | IN-SK
subdivision | de wijn in de ijssalon komt uit baja california in mexico welke stad is daar de hoofdstad | MX-BCN
subdivision | de walvissen in de documentaire zwemmen bij baja california sur wat is de hoofdstad van die staat | MX-BCS
subdivision | de voetballer van monterrey komt uit nuevo león is monterrey daar de hoofdstad | MX-NLE
subdivision | de vrachtwagen met tomaten komt uit sonora in mexico hoe heet de hoofdstad van sonora | MX-SON
subdivision | de juf vraagt of mexico-stad als deelstaat ook een eigen hoofdstad heeft | MX-CMX
"""

if __name__ == "__main__":
    build_round(35, "nl", LINES, sys.argv, "tests/Eval/nl/round35/source/build_corpus.py")
