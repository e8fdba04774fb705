"""Round 32, Dutch (nl-NL): a new author's own mix, written blind (brief WRITER46.md). Speakers chosen away from the
groups of the Dutch rounds 28 to 31: Brabanders from Tilburg, Eindhoven, Den Bosch and Oss ("houdoe", "hedde gij", "ge",
"da wit ik nie", "amai", carnaval, worstenbroodjes), Rotterdammers from Zuid, Charlois and the harbour ("ff", "gozer",
"niet lullen maar poetsen", "effe dimmen", the quay, the tug), Amsterdammers from the Jordaan, Noord and De Pijp ("gast",
"effe", "ouwe", "m'n"), Achterhoekers and Drenten ("'t", "bi'j", "zeg ies", the brink, the hunebedden), Moroccan Dutch
from Amsterdam-West, Kanaleneiland and Gouda ("wollah", "sahbi", "wajo", "mattie", "khalas"), newcomers in an
inburgering class from Syria, Eritrea and Afghanistan (learner grammar: "ik wil weten hoofdstad van", "hoofdstad {} welke",
"meneer alexa"), English-speaking expats in Amsterdam and Eindhoven (code-switching: "what's de hoofdstad van", "quick
question", "please"), Urkers and Volendammers ("jonge jonge", "mien jong", "effies", the fish auction), Cape Verdean
Rotterdammers ("bo sabe", "nha mãe"), Chinese Dutch in a restaurant and a snack bar, children and elders in a nursing
home. Situations: a dentist's waiting room, a bakery, milking, the ferry to Texel and Ameland, a bike repair shop, a
campsite in France, the koek-en-zopie on a frozen lake, the office coffee machine, a sports canteen, after a church
service, the market, a Swedish crossword, a barber's, a taxi to Schiphol.
Plus follow-ups, plural capitals, subdivisions and territories (German, American, Canadian, Australian, Brazilian, Indian
and Mexican states, the Caribbean parts of the kingdom, overseas islands, Taiwan, Kosovo, Hong Kong, Macau, Antarctica),
yes/no checks (right and wrong guesses), self-corrections ("nee", "eh nee", "sorry", "foutje", "verkeerd", "of wacht",
"pardon", "oh no i mean"), reverse questions, official names (bondsrepubliek, groothertogdom, sultanaat, oosterse
republiek), everyday and old names (holland, amerika, birma, perzië, zaïre, ceylon, swaziland), shared names (congo,
korea, georgia, maagdeneilanden), launch, help, stop and cancel in those speakers' words, and out-of-domain requests and
near misses (Dutch, Belgian and other provinces and regions, islands, continents, fictional and former countries,
"culturele hoofdstad", "fietshoofdstad", "kaashoofdstad", hoofdletter, startkapitaal, hoofdkantoor).
`python3 tests/Eval/nl/round32/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 32's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Brabanders (Tilburg, Eindhoven, Den Bosch, Oss)
brabants | houdoe alexa ge weet toch wel wat de hoofdstad van {} is | andorra=AD; de emiraten=AE; afghanistan=AF
brabants | hedde gij enig idee wat de hoofdstad van {} is | antigua en barbuda=AG; albanië=AL; armenië=AM
brabants | mee de carnaval zat er een van {} bij wat is daar de hoofdstad | angola=AO; argentinië=AR; oostenrijk=AT
brabants | da wit ik nie hoor wat is de hoofdstad van {} | australië=AU; azerbeidzjan=AZ; bosnië en herzegovina=BA
brabants | in de kroeg in tilburg vroegen ze de hoofdstad van {} | barbados=BB; bangladesh=BD; belgië=BE
# Rotterdammers (Zuid, Charlois, Kralingen, the harbour)
rotterdams | ff serieus wat is nou de hoofdstad van {} | burkina faso=BF; bulgarije=BG; bahrein=BH
rotterdams | de containerboot komt uit {} wat is daar de hoofdstad gozer | burundi=BI; brunei=BN; brazilië=BR
rotterdams | niet lullen maar poetsen wat is de hoofdstad van {} | de bahama's=BS; bhutan=BT; botswana=BW
rotterdams | op de kade vragen ze me de hoofdstad van {} | belarus=BY; belize=BZ; canada=CA
# Amsterdammers (Jordaan, Noord, De Pijp)
amsterdams | zeg gast wat is eigenlijk de hoofdstad van {} | de centraal-afrikaanse republiek=CF; zwitserland=CH; chili=CL
amsterdams | effe vragen hoor hoe heet de hoofdstad van {} | kameroen=CM; china=CN; colombia=CO
amsterdams | m'n buurvrouw in de jordaan gaat naar {} wat is de hoofdstad | costa rica=CR; cuba=CU; kaapverdië=CV
amsterdams | ouwe wat is de hoofdstad van {} nou weer | cyprus=CY; tsjechië=CZ; duitsland=DE
# Achterhoekers and Drenten
achterhoeks | wat is het hoofdstad van {} weet ie dat | djibouti=DJ; denemarken=DK; dominica=DM
achterhoeks | bi'j de zomerfeesten vroeg ene de hoofdstad van {} | de dominicaanse republiek=DO; algerije=DZ; ecuador=EC
drents | zeg ies wat is de hoofdstad van {} | estland=EE; egypte=EG; eritrea=ER
drents | op de brink in het dorp vroeg buurman de hoofdstad van {} | spanje=ES; ethiopië=ET; finland=FI
# Moroccan Dutch (Amsterdam-West, Utrecht Kanaleneiland, Gouda)
marokkaans | wollah ik weet het niet wat is de hoofdstad van {} | fiji=FJ; micronesië=FM; frankrijk=FR
marokkaans | sahbi zegt dat hij de hoofdstad van {} weet maar ik geloof hem niet | gabon=GA; het verenigd koninkrijk=GB; grenada=GD
marokkaans | wajo alexa zeg effe de hoofdstad van {} | ghana=GH; gambia=GM; guinee=GN
marokkaans | mattie vraagt wat de hoofdstad is van {} | equatoriaal-guinea=GQ; griekenland=GR; guatemala=GT
# Newcomers in inburgering class (Syria, Eritrea, Afghanistan), learner grammar
inburgering | meneer alexa ik wil weten hoofdstad van {} alstublieft | guinee-bissau=GW; guyana=GY; honduras=HN
inburgering | mijn docent vraagt welke stad is hoofdstad van {} | kroatië=HR; haïti=HT; hongarije=HU
inburgering | ik leer nederlands wat is de hoofdstad van land {} | indonesië=ID; ierland=IE; israël=IL
inburgering | sorry mijn nederlands is niet goed hoofdstad {} welke | india=IN; irak=IQ; iran=IR
# English-speaking expats in Amsterdam and Eindhoven, code-switching
expat | okay so wat is de hoofdstad van {} | ijsland=IS; italië=IT; jamaica=JM
expat | hey alexa what's de hoofdstad van {} please | jordanië=JO; japan=JP; kenia=KE
expat | my dutch teacher says ik moet weten de hoofdstad van {} | kirgizië=KG; cambodja=KH; kiribati=KI
# Urkers and Volendammers
urkers | jonge jonge wat is de hoofdstad van {} | de comoren=KM; saint kitts en nevis=KN; koeweit=KW
urkers | de visserman vroeg me de hoofdstad van {} op de afslag | kazachstan=KZ; laos=LA; libanon=LB
volendams | nou zeg vertel effies de hoofdstad van {} | saint lucia=LC; liechtenstein=LI; liberia=LR
volendams | we spelen bij de dijk een spelletje wat is de hoofdstad van {} | lesotho=LS; litouwen=LT; luxemburg=LU
# Cape Verdean and Chinese Dutch
kaapverdiaans | bo sabe alexa wat is de hoofdstad van {} | letland=LV; libië=LY; marokko=MA
chinees | in het restaurant vraagt een klant de hoofdstad van {} | monaco=MC; moldavië=MD; montenegro=ME
chinees | mijn oom in de keuken wil weten de hoofdstad van {} hè | madagaskar=MG; de marshalleilanden=MH; noord-macedonië=MK
# children
kind | juf zegt dat we de hoofdstad van {} moeten leren wat is het | mali=ML; myanmar=MM; mongolië=MN
kind | mama mag ik alexa vragen wat de hoofdstad van {} is | mauritanië=MR; malta=MT; mauritius=MU
kind | voor mijn spreekbeurt wat is de hoofdstad van {} | de maldiven=MV; malawi=MW; mexico=MX
kind | ik heb een knikker met de vlag van {} wat is de hoofdstad | mozambique=MZ; namibië=NA; niger=NE
# elders in a nursing home
bejaard | kind wat was de hoofdstad van {} ook alweer | nigeria=NG; nicaragua=NI; noorwegen=NO
bejaard | mijn geheugen laat me in de steek de hoofdstad van {} | nepal=NP; nauru=NR; nieuw-zeeland=NZ
bejaard | bij het bingo vroeg zuster de hoofdstad van {} | oman=OM; panama=PA; peru=PE
bejaard | wij hadden vroeger een kaart van {} aan de muur wat is de hoofdstad | papoea-nieuw-guinea=PG; de filipijnen=PH; pakistan=PK
# situations
tandarts | in de wachtkamer van de tandarts lees ik over {} wat is de hoofdstad | polen=PL; portugal=PT; palau=PW
bakker | de bakker vraagt wat de hoofdstad van {} is | paraguay=PY; qatar=QA; roemenië=RO
boer | onder het melken wat is de hoofdstad van {} | servië=RS; rusland=RU; rwanda=RW
boer | de loonwerker komt uit {} wat is daar de hoofdstad | saoedi-arabië=SA; de salomonseilanden=SB; de seychellen=SC
veerboot | op de boot naar texel wat is de hoofdstad van {} | soedan=SD; zweden=SE; singapore=SG
fietsenmaker | de klant met de kapotte band komt uit {} wat is de hoofdstad | slovenië=SI; slowakije=SK; sierra leone=SL
camping | op de camping in frankrijk staat een caravan uit {} wat is de hoofdstad | san marino=SM; senegal=SN; somalië=SO
camping | de buren van de tent hiernaast komen uit {} hoe heet hun hoofdstad | suriname=SR; zuid-soedan=SS; sao tomé en principe=ST
schaatsen | bij de koek en zopie vroeg iemand de hoofdstad van {} | el salvador=SV; syrië=SY; tsjaad=TD
schaatsen | na de toertocht op de plas wat is de hoofdstad van {} | togo=TG; thailand=TH; tadzjikistan=TJ
kantoor | bij de koffieautomaat op kantoor ging het over {} wat is de hoofdstad | oost-timor=TL; turkmenistan=TM; tunesië=TN
kantoor | voor de vergadering met de klant uit {} wat is hun hoofdstad | tonga=TO; turkije=TR; trinidad en tobago=TT
sportkantine | in de kantine na de wedstrijd wat is de hoofdstad van {} | tuvalu=TV; tanzania=TZ; oekraïne=UA
sportkantine | de trainer vroeg de hoofdstad van {} aan de jongens | oeganda=UG; de verenigde staten=US; uruguay=UY
kerk | na de dienst vroeg de dominee de hoofdstad van {} | oezbekistan=UZ; saint vincent en de grenadines=VC; venezuela=VE
kerk | we bidden voor de mensen in {} wat is daar de hoofdstad | vietnam=VN; vanuatu=VU; samoa=WS
markt | op de markt verkoopt een man dadels uit {} wat is de hoofdstad | jemen=YE; zambia=ZM; zimbabwe=ZW
markt | de visboer vraagt me de hoofdstad van {} | georgië=GE; noord-korea=KP; zuid-korea=KR
puzzel | voor de zweedse puzzel de hoofdstad van {} | de republiek congo=CG; congo-kinshasa=CD; het vaticaan=VA
# follow-up: a second question after the first answer
follow-up | oke en van togo | TG
follow-up | top en nu die van benin eh nee van niger | NE
follow-up | en hoe zit het met ecuador | EC
follow-up | ja en van peru dan nog | PE
follow-up | dankjewel en de hoofdstad van laos | LA
follow-up | en dan nog eentje van mongolië | MN
follow-up | doe die van estland er ook maar bij | EE
follow-up | zelfde vraag voor letland | LV
follow-up | en van het buurland litouwen | LT
follow-up | nog een en die van jordanië | JO
follow-up | wacht en van kenia | KE
follow-up | en eh van oeganda | UG
follow-up | en nou die van tanzania | TZ
follow-up | mooi zo en van de seychellen | SC
follow-up | en van mauritius ook | MU
follow-up | tja en van madagaskar dan | MG
follow-up | en voor nepal | NP
follow-up | hetzelfde maar dan voor bhutan | BT
follow-up | en de hoofdstad van het land ernaast pakistan | PK
follow-up | en van bangladesh dan gozer | BD
follow-up | en die van vietnam wollah | VN
follow-up | en van cambodja jonge | KH
follow-up | houdoe en nog effe die van thailand | TH
follow-up | en van zweden ook nog graag | SE
follow-up | nou en van ijsland | IS
follow-up | en die van de oekraïne | UA
follow-up | ja ja en van moldavië | MD
follow-up | goed zo en nou die van roemenië | RO
follow-up | en daarna die van bulgarije | BG
follow-up | kan je ook die van griekenland zeggen | GR
follow-up | en van cyprus dan weet je dat ook | CY
follow-up | en die van tunesië | TN
follow-up | en van algerije dan | DZ
follow-up | dan wil ik ook die van libië horen | LY
follow-up | en de volgende is egypte | EG
follow-up | volgende vraag soedan | SD
follow-up | en van eritrea waar mijn moeder vandaan komt | ER
follow-up | en die van ethiopië eh alsjeblieft | ET
follow-up | ook die van somalië graag | SO
follow-up | en van chili en dan stop ik | CL
follow-up | en van bolivia dan een | BO
# plural-capitals
plural-capitals | mijn neef zegt dat zuid-afrika drie hoofdsteden heeft klopt dat en welke | ZA
plural-capitals | wat zijn de hoofdsteden van nederland amsterdam en den haag of niet | NL
plural-capitals | heeft ons land twee hoofdsteden nederland bedoel ik | NL
plural-capitals | de hoofdsteden van sri lanka alsjeblieft | LK
plural-capitals | benin heeft er twee hè welke hoofdsteden zijn dat | BJ
plural-capitals | ivoorkust heeft twee hoofdsteden welke zijn het | CI
plural-capitals | de twee hoofdsteden van ivoorkust graag | CI
plural-capitals | eswatini dat vroeger swaziland heette heeft twee hoofdsteden welke | SZ
plural-capitals | palestina heeft twee hoofdsteden toch welke zijn dat | PS
plural-capitals | wollah hoeveel hoofdsteden heeft bolivia | BO
plural-capitals | zeg gast welke hoofdsteden heeft maleisië nou | MY
# subdivision and territories
subdivision | wat is de hoofdstad van noordrijn-westfalen waar we altijd doorheen rijden | DE-NW
subdivision | de hoofdstad van baden-württemberg graag | DE-BW
subdivision | mecklenburg-voor-pommeren wat is daar de hoofdstad | DE-MV
subdivision | de hoofdstad van florida waar opa overwintert | US-FL
subdivision | wat is de hoofdstad van de staat new york het is niet new york toch | US-NY
subdivision | hoofdstad van hawaï | US-HI
subdivision | wat is de hoofdstad van michigan waar de oom van mijn vader woont | US-MI
subdivision | wat is de hoofdstad van iowa waar veel nederlanders wonen | US-IA
subdivision | wat is de hoofdstad van nevada is dat las vegas | US-NV
subdivision | wat is de hoofdstad van illinois | US-IL
subdivision | wat is de hoofdstad van louisiana | US-LA
subdivision | wat is de hoofdstad van colorado | US-CO
subdivision | wat is de hoofdstad van quebec de provincie | CA-QC
subdivision | wat is de hoofdstad van alberta waar mijn tante naartoe emigreerde | CA-AB
subdivision | wat is de hoofdstad van minas gerais | BR-MG
subdivision | wat is de hoofdstad van rajasthan | IN-RJ
subdivision | wat is de hoofdstad van de mexicaanse staat chiapas | MX-CHP
subdivision | wat is de hoofdstad van baja california | MX-BCN
subdivision | wat is de hoofdstad van engeland zelf | GB-ENG
subdivision | wat is de hoofdstad van curaçao dushi | CW
subdivision | wat is de hoofdstad van bonaire en de andere eilanden caribisch nederland | BQ
subdivision | wat is de hoofdstad van frans-polynesië tahiti en zo | PF
# yes-no-check (right and wrong guesses)
yes-no-check | ankara is toch de hoofdstad van turkije of zit ik fout | TR
yes-no-check | is rabat de hoofdstad van marokko of casablanca | MA
yes-no-check | wollah is het echt rabat de hoofdstad van marokko | MA
yes-no-check | mijn opa zegt dat rio de janeiro de hoofdstad van brazilië is heeft hij gelijk | BR
yes-no-check | is dar es salaam nog steeds de hoofdstad van tanzania | TZ
yes-no-check | klopt het dat ottawa de hoofdstad van canada is | CA
yes-no-check | is wellington de hoofdstad van nieuw-zeeland of auckland | NZ
yes-no-check | heb ik gelijk dat canberra de hoofdstad van australië is | AU
yes-no-check | is bratislava de hoofdstad van slowakije of van slovenië | SK
yes-no-check | is ljubljana de hoofdstad van slovenië | SI
yes-no-check | is tirana de hoofdstad van albanië | AL
yes-no-check | is cotonou de hoofdstad van benin | BJ
yes-no-check | is brussel de hoofdstad van belgië hè | BE
yes-no-check | is paramaribo de hoofdstad van suriname baya | SR
yes-no-check | is willemstad de hoofdstad van curaçao | CW
yes-no-check | is damascus de hoofdstad van syrië | SY
yes-no-check | is aleppo de hoofdstad van syrië | SY
yes-no-check | is asmara de hoofdstad van eritrea | ER
yes-no-check | is kabul de hoofdstad van afghanistan | AF
yes-no-check | is kandahar de hoofdstad van afghanistan | AF
yes-no-check | is jeddah de hoofdstad van saoedi-arabië | SA
yes-no-check | is praia de hoofdstad van kaapverdië | CV
yes-no-check | is osaka de hoofdstad van japan | JP
yes-no-check | is munchen de hoofdstad van beieren | DE-BY
yes-no-check | is amsterdam echt de hoofdstad van nederland of is het den haag | NL
yes-no-check | is zagreb de hoofdstad van kroatië of split | HR
yes-no-check | is edinburgh de hoofdstad van schotland of glasgow | GB-SCT
# self-correction
self-correction | wat is de hoofdstad van oostenrijk nee zwitserland | CH
self-correction | hoofdstad van zweden eh nee noorwegen bedoel ik | NO
self-correction | wat is de hoofdstad van slovenië sorry slowakije | SK
self-correction | de hoofdstad van nigeria of nee niger | NE
self-correction | wat is de hoofdstad van iran wacht nee irak | IQ
self-correction | hoofdstad van oostenrijk ho stop ik bedoel australië | AU
self-correction | wat is de hoofdstad van colombia eh ik bedoel costa rica | CR
self-correction | wat is de hoofdstad van gambia of wacht zambia | ZM
self-correction | de hoofdstad van paraguay nee uruguay | UY
self-correction | wat is de hoofdstad van letland nee litouwen | LT
self-correction | wat is de hoofdstad van tsjechië ach nee tsjaad | TD
self-correction | wat is de hoofdstad van mongolië eh nee ik zei het verkeerd mauritanië | MR
self-correction | wollah de hoofdstad van marokko nee algerije | DZ
self-correction | gast de hoofdstad van peru nee toch chili | CL
self-correction | hoofdstad van kenia eh nee van oeganda | UG
self-correction | wat is de hoofdstad van armenië foutje azerbeidzjan | AZ
self-correction | wat is de hoofdstad van georgië nee ik bedoel armenië | AM
self-correction | de hoofdstad van honduras nee nicaragua | NI
self-correction | wat is de hoofdstad van el salvador verkeerd guatemala | GT
self-correction | wat is de hoofdstad van ghana nee wacht togo | TG
self-correction | wat is de hoofdstad van tunesië eh libië bedoel ik | LY
self-correction | wat is de hoofdstad van oman of nee jemen | YE
self-correction | wat is de hoofdstad van qatar sorry bahrein | BH
self-correction | wat is de hoofdstad van koeweit nee toch irak | IQ
self-correction | wat is de hoofdstad van finland nee estland | EE
self-correction | wat is de hoofdstad van de filipijnen nee indonesië | ID
self-correction | wat is de hoofdstad van maleisië pardon singapore | SG
self-correction | wat is de hoofdstad van laos nee cambodja | KH
self-correction | wat is de hoofdstad van bhutan nee nepal | NP
self-correction | wat is de hoofdstad van nepal eh nee tibet nee laat maar bhutan | BT
self-correction | da's de hoofdstad van belgië nee ik bedoel luxemburg | LU
self-correction | hedde de hoofdstad van portugal nee spanje | ES
self-correction | wat is de hoofdstad van servië nee montenegro | ME
self-correction | de hoofdstad van kroatië nee bosnië | BA
self-correction | wat is de hoofdstad van roemenië nee moldavië | MD
self-correction | wat is de hoofdstad van kameroen nee gabon | GA
self-correction | wat is de hoofdstad van angola nee mozambique | MZ
self-correction | wat is de hoofdstad van zimbabwe nee botswana | BW
self-correction | wat is de hoofdstad van tanzania nee rwanda | RW
self-correction | wat is de hoofdstad van texas nee californië | US-CA
self-correction | wat is de hoofdstad van schotland nee wales | GB-WLS
# reverse-question
reverse-question | bij welk land hoort de hoofdstad praag | CITY:Praag
reverse-question | lissabon is hoofdstad van wat | CITY:Lissabon
reverse-question | welk land heeft als hoofdstad reykjavik | CITY:Reykjavik
reverse-question | jerevan is hoofdstad van welk land | CITY:Jerevan
reverse-question | waar is tasjkent de hoofdstad van | CITY:Tasjkent
reverse-question | welk land hoort bij de hoofdstad vientiane | CITY:Vientiane
reverse-question | phnom penh is de hoofdstad van welk land | CITY:Phnom Penh
reverse-question | van welk land is jakarta de hoofdstad | CITY:Jakarta
reverse-question | van welk land is suva de hoofdstad | CITY:Suva
reverse-question | apia is de hoofdstad van welk land | CITY:Apia
reverse-question | van welk land is asunción de hoofdstad | CITY:Asunción
reverse-question | quito is de hoofdstad van welk land | CITY:Quito
reverse-question | managua is de hoofdstad van welk land | CITY:Managua
reverse-question | van welk land is belmopan de hoofdstad | CITY:Belmopan
reverse-question | van welk land is bridgetown de hoofdstad | CITY:Bridgetown
reverse-question | kingston is hoofdstad van welk land | CITY:Kingston
reverse-question | georgetown is de hoofdstad van welk land | CITY:Georgetown
reverse-question | van welk land is niamey de hoofdstad | CITY:Niamey
reverse-question | welk land heeft n'djamena als hoofdstad | CITY:N'Djamena
reverse-question | addis abeba is de hoofdstad van welk land | CITY:Addis Abeba
reverse-question | van welk land is mogadishu de hoofdstad | CITY:Mogadishu
reverse-question | kigali is de hoofdstad van welk land | CITY:Kigali
reverse-question | van welk land is lusaka de hoofdstad | CITY:Lusaka
reverse-question | harare is de hoofdstad van welk land | CITY:Harare
reverse-question | van welk land is maputo de hoofdstad | CITY:Maputo
reverse-question | welk land heeft gaborone als hoofdstad | CITY:Gaborone
reverse-question | van welk land is antananarivo de hoofdstad | CITY:Antananarivo
reverse-question | mijn tante woont in accra van welk land is dat de hoofdstad | CITY:Accra
reverse-question | wollah van welk land is beiroet de hoofdstad | CITY:Beiroet
reverse-question | houdoe van welk land is sofia de hoofdstad | CITY:Sofia
reverse-question | gozer van welk land is riga de hoofdstad | CITY:Riga
reverse-question | van welk land is doha de hoofdstad | CITY:Doha
reverse-question | welk land heeft muscat als hoofdstad | CITY:Muscat
# official-name
official-name | wat is de hoofdstad van de republiek suriname | SR
official-name | wat is de hoofdstad van de federale republiek nigeria | NG
official-name | wat is de hoofdstad van de bolivariaanse republiek venezuela | VE
# everyday-name
everyday-name | wat is de hoofdstad van engeland het land bedoel ik | GB-ENG
everyday-name | wat is de hoofdstad van tsjechië of tsjechie zeggen ze ook | CZ
everyday-name | wat is de hoofdstad van papoea | PG
everyday-name | wat is de hoofdstad van sint-kitts | KN
everyday-name | wat is de hoofdstad van de congo van kinshasa | CD
everyday-name | wat is de hoofdstad van de kaapverdische eilanden | CV
everyday-name | wat is de hoofdstad van het marokko van mijn ouders | MA
# shared-name
shared-name | de hoofdstad van congo graag | CD+CG
shared-name | gozer hoofdstad van congo | CD+CG
shared-name | wat is de hoofdstad van beide korea's | KP+KR
shared-name | de hoofdstad van zuid-korea niet noord | KR
shared-name | wat is de hoofdstad van noord en zuid korea | KP+KR
shared-name | wat is de hoofdstad van georgia waar atlanta ligt | US-GA
shared-name | wat is de hoofdstad van het grote congo | CD
# launch
launch | start wereld hoofdsteden | LAUNCH
launch | houdoe alexa start die hoofdsteden quiz eens | LAUNCH
launch | gast open effe wereldhoofdsteden | LAUNCH
launch | wollah open wereldhoofdsteden | LAUNCH
launch | juf zegt open wereldhoofdsteden | LAUNCH
launch | kind doe wereldhoofdsteden maar aan | LAUNCH
launch | alexa begin met wereldhoofdsteden | LAUNCH
launch | alexa world capitals openen | LAUNCH
launch | zet wereldhoofdsteden eens op | LAUNCH
launch | activeer wereldhoofdsteden | LAUNCH
launch | open de skill wereldhoofdsteden alsjeblieft | LAUNCH
launch | open wereldhoofdsteden voor opa | LAUNCH
launch | start de app wereldhoofdsteden | LAUNCH
launch | laten we wereldhoofdsteden doen | LAUNCH
launch | meneer alexa open wereldhoofdsteden alstublieft | LAUNCH
# help
help | ik snap er niks van wat moet ik zeggen | HELP
help | help me effe gast | HELP
help | wollah hoe moet dit | HELP
help | hedde gij een uitleg | HELP
help | wat kan je allemaal | HELP
help | wat moet ik vragen | HELP
help | ik weet niet wat ik moet zeggen help | HELP
help | kind hoe werkt dat nou | HELP
help | meneer alexa ik begrijp niet hoe werkt | HELP
help | juf hoe moet ik het vragen | HELP
help | wat kan ik aan je vragen | HELP
help | wat doe jij eigenlijk | HELP
help | ik kom er niet uit help eens | HELP
help | sorry ik snap niet help | HELP
help | wat moet ik doen nou | HELP
help | my dutch is bad how does this work | HELP
help | instructies alsjeblieft | HELP
help | ouwe hoe werkt dit | HELP
# stop
stop | kappen nou | STOP
stop | wollah stop | STOP
stop | stop ermee gast | STOP
stop | zo is wel genoeg | STOP
stop | ik hoef niet meer | STOP
stop | stil nou | STOP
stop | mond dicht alexa | STOP
stop | khalas | STOP
stop | ik wil stoppen met hoofdsteden | STOP
stop | alexa stoppen | STOP
# cancel
cancel | laat maar gast | CANCEL
cancel | laat effe zitten | CANCEL
cancel | nee hoor hoeft niet | CANCEL
cancel | houdoe laat maar | CANCEL
cancel | laat ook maar zitten joh | CANCEL
# out-of-domain: requests for something else
out-of-domain | wat voor weer wordt het morgen in tilburg | FB
out-of-domain | zet een wekker om zes uur | FB
out-of-domain | speel wat van andré hazes | FB
out-of-domain | hoe laat speelt feyenoord zondag | FB
out-of-domain | hoeveel is twaalf keer zeven | FB
out-of-domain | wat is de uitslag van psv ajax | FB
out-of-domain | hoe laat gaat de pont naar noord | FB
out-of-domain | wat kost een kilo kibbeling | FB
out-of-domain | wollah speel boef | FB
out-of-domain | hoe maak je een tajine | FB
out-of-domain | wanneer begint de ramadan dit jaar | FB
out-of-domain | wanneer is carnaval in den bosch | FB
out-of-domain | wat is de wisselkoers van de euro naar de dollar | FB
out-of-domain | hoe ver is het naar eindhoven | FB
out-of-domain | hoeveel inwoners heeft rotterdam | FB
out-of-domain | wat is de munt van zwitserland | FB
out-of-domain | wat is het volkslied van marokko | FB
out-of-domain | wat betekent inshallah | FB
out-of-domain | vertaal goedemorgen naar het arabisch | FB
out-of-domain | hoe zeg je dank je wel in het tigrinya | FB
out-of-domain | hoe laat gaat de laatste trein naar zwolle | FB
out-of-domain | wanneer komt de vuilniswagen | FB
out-of-domain | is het vandaag koopzondag | FB
out-of-domain | wie zong het lied van de zwaluw | FB
out-of-domain | wat is de postcode van urk | FB
out-of-domain | hoe speel je klaverjassen nee ik bedoel rikken | FB
out-of-domain | hoe groot is de sahara | FB
out-of-domain | wanneer is het suikerfeest | FB
out-of-domain | zet een timer van tien minuten voor de pasta | FB
out-of-domain | wat is een goede naam voor een hond | FB
out-of-domain | speel de podcast van de dag | FB
# out-of-domain: places with no capital in the data
out-of-domain | wat is de hoofdstad van de provincie gelderland | FB
out-of-domain | wat is de hoofdstad van het rif | FB
# out-of-domain: capital in another sense
out-of-domain | welke stad is de gay hoofdstad van europa | FB
out-of-domain | wat is de fietshoofdstad van nederland | FB
out-of-domain | wat is de carnavalshoofdstad van brabant | FB
out-of-domain | wat is de kaashoofdstad van nederland | FB
out-of-domain | wat is de partyhoofdstad van spanje | FB
out-of-domain | wat is de voetbalhoofdstad van de wereld | FB
out-of-domain | wat is het eigen vermogen en kapitaal van een bedrijf | FB
out-of-domain | wat betekent das kapital van marx | FB
out-of-domain | hoe heet de hoofdstad van het boek dat ik lees | FB
out-of-domain | waar is het hoofdkwartier van de navo | FB
out-of-domain | welke stad is de regenhoofdstad van nederland | FB
out-of-domain | noem een kapitein uit de gouden eeuw | FB
# help, in the speakers' own words
help | alexa ik sta hier met m'n handen in het deeg hoe werkt dit spelletje | HELP
help | wajo hoe moet ik dit ding gebruiken dan | HELP
help | houdoe ik snap de bedoeling nie wat moet ik zeggen | HELP
help | gozer leg effe uit hoe die hoofdsteden shit werkt | HELP
help | meneer alexa wat ik moet zeggen ik weet niet | HELP
help | oma snapt het niet kan je uitleggen hoe het werkt | HELP
help | de juf zegt vraag om hulp dus help | HELP
help | ik ben nieuw hier hoe gebruik ik die wereldhoofdsteden | HELP
help | wat kan ik allemaal vragen aan deze hoofdsteden skill | HELP
help | hoe zat het ook alweer met die vragen stellen | HELP
help | can you help me hoe werkt dit | HELP
help | mattie ik kom er niet uit wat moet ik zeggen | HELP
help | zeg ies wat moet ik doen bij dit spel | HELP
help | mijn kleinzoon heeft het aangezet maar hoe werkt het | HELP
help | alexa wat bedoel je ik begrijp de vraag niet help | HELP
help | hoe moet ik dat vragen van die landen | HELP
help | leg me eens uit wat de bedoeling is | HELP
help | ik heb geen idee wat ik moet doen alexa | HELP
help | jonge jonge hoe werkt dit nou weer | HELP
# stop, in the speakers' own words
stop | ho ho stop maar alexa ik moet de koeien melken | STOP
stop | wollah stop nou alexa | STOP
stop | houdoe en bedankt ik stop ermee | STOP
stop | kappe nou gozer | STOP
stop | ik ben er klaar mee alexa ik ga slapen | STOP
stop | oke dat was het voor vandaag doei | STOP
stop | we stoppen de les is voorbij | STOP
stop | zet maar uit de thee is klaar | STOP
stop | stop hoor de pont komt eraan | STOP
stop | mama zegt ik moet stoppen | STOP
stop | stop er maar mee kind | STOP
stop | ik hou ermee op het is bedtijd | STOP
stop | nou dat is genoeg ouwe | STOP
stop | alexa ophouden met die hoofdsteden | STOP
stop | sluit wereldhoofdsteden af | STOP
stop | doei doei alexa | STOP
stop | tot morgen alexa we stoppen | STOP
stop | wajo stop ermee | STOP
# cancel, in the speakers' own words
cancel | nee nee laat die vraag maar zitten | CANCEL
cancel | houdoe laat ook maar | CANCEL
cancel | gozer vergeet het maar | CANCEL
cancel | sorry verkeerde vraag annuleer maar | CANCEL
cancel | nee wacht annuleer dat | CANCEL
cancel | ach vergeet het maar ik zoek het zelf op | CANCEL
cancel | annuleer die hoofdstad maar | CANCEL
cancel | nee doe maar niet hoor | CANCEL
cancel | laat maar kind het hoeft niet meer | CANCEL
cancel | wajo laat maar zitten | CANCEL
cancel | mattie laat maar | CANCEL
cancel | annuleren ik was niet klaar | CANCEL
cancel | oeps annuleren | CANCEL
cancel | foutje laat maar zitten | CANCEL
cancel | die vraag hoeft niet meer hoor | CANCEL
cancel | afbreken die vraag | CANCEL
# plural-capitals, reworded
plural-capitals | mijn dochter zegt bolivia heeft er twee welke hoofdsteden zijn dat dan | BO
plural-capitals | houdoe welke hoofdsteden heeft bolivia eigenlijk allemaal | BO
plural-capitals | wollah zuid-afrika heeft drie hoofdsteden welke zijn het | ZA
plural-capitals | voor de quiz de drie hoofdsteden van zuid-afrika | ZA
plural-capitals | de juf zei dat nederland twee hoofdsteden heeft welke zijn dat | NL
plural-capitals | gast wat zijn de hoofdsteden van maleisië | MY
plural-capitals | mijn collega komt uit maleisië welke hoofdsteden hebben ze daar | MY
plural-capitals | indische oma vraagt wat zijn de hoofdsteden van sri lanka | LK
plural-capitals | sri lanka waar de thee vandaan komt welke hoofdsteden heeft dat | LK
plural-capitals | gozer wat zijn de hoofdsteden van benin | BJ
plural-capitals | mijn vriend uit benin zegt er zijn twee hoofdsteden welke | BJ
plural-capitals | welke hoofdsteden heeft ivoorkust nou precies | CI
plural-capitals | hedde gij de hoofdsteden van ivoorkust | CI
plural-capitals | eswatini hoeveel hoofdsteden en welke | SZ
plural-capitals | zeg ies wat zijn de hoofdsteden van eswatini | SZ
plural-capitals | mattie welke hoofdsteden heeft palestina | PS
plural-capitals | voor mijn spreekbeurt over palestina wat zijn de hoofdsteden | PS
plural-capitals | noem de drie hoofdsteden van zuid-afrika voor mijn tante | ZA
# official-name, reworded
official-name | voor het formulier van de gemeente de hoofdstad van de bondsrepubliek duitsland | DE
official-name | in het examen staat de franse republiek wat is de hoofdstad | FR
official-name | de dominee had het over het koninkrijk noorwegen wat is daar de hoofdstad | NO
official-name | op de brief staat koninkrijk denemarken wat is de hoofdstad daarvan | DK
official-name | hoofdstad van het groothertogdom luxemburg voor de quiz | LU
official-name | wollah wat is de hoofdstad van het koninkrijk marokko | MA
official-name | mijn paspoort zegt republiek turkije wat is de hoofdstad | TR
official-name | in de krant staat de russische federatie wat is daar de hoofdstad | RU
official-name | oom zegt volksrepubliek china wat is de hoofdstad daarvan | CN
official-name | de hoofdstad van de islamitische republiek afghanistan | AF
official-name | wat is de hoofdstad van de syrische arabische republiek | SY
official-name | wat is de hoofdstad van de staat eritrea | ER
official-name | wat is de hoofdstad van de federale democratische republiek ethiopië | ET
official-name | wat is de hoofdstad van de republiek kaapverdië | CV
official-name | wat is de hoofdstad van het koninkrijk belgië hè | BE
official-name | wat is de hoofdstad van de oosterse republiek uruguay | UY
official-name | wat is de hoofdstad van de republiek der unie van myanmar | MM
official-name | wat is de hoofdstad van de libanese republiek | LB
official-name | wat is de hoofdstad van de staat koeweit | KW
# everyday-name, reworded
everyday-name | mijn oom woont in amerika wat is daar de hoofdstad | US
everyday-name | ze zeggen altijd holland maar wat is de hoofdstad van holland nou | NL
everyday-name | opa zegt nog wit-rusland wat is daar de hoofdstad | BY
everyday-name | vroeger heette het birma wat is daar de hoofdstad | MM
everyday-name | mijn vader noemt het nog perzië wat is de hoofdstad | IR
everyday-name | oma zegt nog swaziland wat is de hoofdstad | SZ
everyday-name | wat is de hoofdstad van macedonië waar mijn buurman vandaan komt | MK
everyday-name | in de atlas van opa staat zaïre wat is daar de hoofdstad | CD
everyday-name | wat was de hoofdstad van ceylon waar de thee vandaan komt | LK
everyday-name | de emiraten waar mijn zus werkt wat is de hoofdstad | AE
everyday-name | gozer de hoofdstad van de vs | US
everyday-name | in engeland groot-brittannië wat is de hoofdstad | GB
everyday-name | mijn collega komt uit bosnië wat is daar de hoofdstad | BA
everyday-name | wat is de hoofdstad van het vaticaan waar de paus woont | VA
everyday-name | mijn vriendin zegt tsjechie zonder puntjes wat is de hoofdstad van tsjechië | CZ
everyday-name | wat is de hoofdstad van saoedi waar mijn vader op hadj ging | SA
everyday-name | hoofdstad van kirgizstan voor de pubquiz | KG
everyday-name | de hoofdstad van oost-timor of timor-leste hoe het ook heet | TL
# shared-name, reworded
shared-name | wollah wat is de hoofdstad van congo dan | CD+CG
shared-name | mijn vriend komt uit congo wat is de hoofdstad | CD+CG
shared-name | houdoe wat is de hoofdstad van korea | KP+KR
shared-name | voor de k-pop club wat is de hoofdstad van korea | KP+KR
shared-name | wat is de hoofdstad van georgia mijn neef woont daar | GE+US-GA
shared-name | mattie wat is de hoofdstad van de maagdeneilanden | VG+VI
shared-name | ik ga duiken bij de maagdeneilanden wat is daar de hoofdstad | VG+VI
shared-name | de hoofdstad van georgia in amerika waar coca-cola vandaan komt | US-GA
shared-name | georgië het land in de kaukasus wat is de hoofdstad | GE
shared-name | van congo brazzaville wat is de hoofdstad | CG
shared-name | de hoofdstad van de maagdeneilanden van amerika | VI
shared-name | de hoofdstad van de engelse maagdeneilanden | VG
shared-name | de hoofdstad van noord-korea niet zuid | KP
# subdivision and territories, reworded
subdivision | we gaan skiën via beieren wat is daar de hoofdstad | DE-BY
subdivision | de vrachtwagen moet naar noordrijn-westfalen wat is de hoofdstad van die deelstaat | DE-NW
subdivision | houdoe wat is de hoofdstad van nedersaksen net over de grens | DE-NI
subdivision | op vakantie in sleeswijk-holstein wat is daar de hoofdstad | DE-SH
subdivision | de wijnboer komt uit rijnland-palts wat is de hoofdstad | DE-RP
subdivision | mijn collega rijdt elke week naar hessen wat is daar de hoofdstad | DE-HE
subdivision | porsche komt uit baden-württemberg wat is de hoofdstad van die staat | DE-BW
subdivision | de bratwurst komt uit thüringen wat is daar de hoofdstad | DE-TH
subdivision | we varen langs mecklenburg-voor-pommeren wat is de hoofdstad | DE-MV
subdivision | de deelstaat saarland wat is daar de hoofdstad | DE-SL
subdivision | mijn oom woont in brandenburg wat is daar de hoofdstad | DE-BB
subdivision | de hoofdstad van saksen-anhalt voor de schoolreis | DE-ST
subdivision | mijn tante woont in californië wat is de hoofdstad van die staat | US-CA
subdivision | gozer wat is de hoofdstad van texas | US-TX
subdivision | opa overwintert in florida wat is daar de hoofdstad | US-FL
subdivision | de staat new york wat is daar de hoofdstad want het is niet de stad zelf | US-NY
subdivision | op de cruise naar alaska wat is de hoofdstad | US-AK
subdivision | wollah wat is de hoofdstad van hawaï | US-HI
subdivision | in michigan woont de oom van mijn vader wat is de hoofdstad daar | US-MI
subdivision | pella in iowa is nederlands maar wat is de hoofdstad van iowa | US-IA
subdivision | de staat washington niet de stad wat is daar de hoofdstad | US-WA
subdivision | is las vegas de hoofdstad van nevada of niet | US-NV
subdivision | hoofdstad van illinois waar chicago ligt | US-IL
subdivision | de amish wonen in pennsylvania wat is de hoofdstad | US-PA
subdivision | louisiana waar de jazz vandaan komt wat is de hoofdstad | US-LA
subdivision | we gaan skiën in colorado wat is de hoofdstad | US-CO
subdivision | mijn nicht studeert in ontario wat is de hoofdstad van de provincie | CA-ON
subdivision | de canadese provincie quebec wat is daar de hoofdstad | CA-QC
subdivision | wat is de hoofdstad van brits-columbia waar vancouver ligt | CA-BC
subdivision | mijn tante emigreerde naar alberta wat is de hoofdstad daar | CA-AB
subdivision | de vissers van nova scotia wat is hun hoofdstad | CA-NS
subdivision | de inuit in nunavut wat is daar de hoofdstad | CA-NU
subdivision | de backpackers in queensland wat is daar de hoofdstad | AU-QLD
subdivision | de tasmaanse duivel woont in tasmanië wat is de hoofdstad | AU-TAS
subdivision | mijn broer werkt in de mijnen in west-australië wat is de hoofdstad | AU-WA
subdivision | nieuw-zuid-wales in australië wat is de hoofdstad van die staat | AU-NSW
subdivision | de australische staat victoria wat is de hoofdstad daarvan | AU-VIC
subdivision | de capoeira leraar komt uit bahia wat is daar de hoofdstad | BR-BA
subdivision | de braziliaanse staat minas gerais wat is de hoofdstad | BR-MG
subdivision | de braziliaanse deelstaat amazonas wat is daar de hoofdstad | BR-AM
subdivision | de gaucho's komen uit rio grande do sul wat is de hoofdstad | BR-RS
subdivision | we gaan op yogareis naar kerala wat is de hoofdstad daar | IN-KL
subdivision | de paleizen van rajasthan wat is daar de hoofdstad | IN-RJ
subdivision | hippies in goa wat is de hoofdstad van goa | IN-GA
subdivision | mijn collega uit tamil nadu wat is de hoofdstad van zijn staat | IN-TN
subdivision | de indiase staat west-bengalen wat is daar de hoofdstad | IN-WB
subdivision | de it jongens uit karnataka wat is hun hoofdstad | IN-KA
subdivision | de koffie komt uit chiapas wat is de hoofdstad van chiapas | MX-CHP
subdivision | de mexicaanse staat baja california wat is daar de hoofdstad | MX-BCN
subdivision | de whisky komt uit schotland wat is daar de hoofdstad | GB-SCT
subdivision | de rugbyfans uit wales wat is hun hoofdstad | GB-WLS
subdivision | noord-ierland waar mijn schoonzus woont wat is de hoofdstad | GB-NIR
subdivision | dushi wat is de hoofdstad van aruba | AW
subdivision | ban wat is de hoofdstad van curaçao mi amor | CW
subdivision | op vakantie naar sint-maarten wat is daar de hoofdstad | SX
subdivision | wat is de hoofdstad van bonaire en de rest van caribisch nederland | BQ
subdivision | de inuit op groenland wat is hun hoofdstad | GL
subdivision | de schapen op de faeröer wat is daar de hoofdstad | FO
subdivision | mijn buurman gaat naar puerto rico wat is de hoofdstad daar | PR
subdivision | in frans-guyana naast suriname wat is de hoofdstad | GF
subdivision | op réunion in de indische oceaan wat is de hoofdstad | RE
subdivision | op martinique wat is de hoofdstad van dat eiland | MQ
subdivision | wat is de hoofdstad van guadeloupe waar de rum vandaan komt | GP
subdivision | nieuw-caledonië bij australië wat is de hoofdstad | NC
subdivision | wat is de hoofdstad van gibraltar met die apen | GI
subdivision | wat is de hoofdstad van bermuda van die driehoek | BM
subdivision | de kaaimaneilanden waar het zwarte geld zit wat is de hoofdstad | KY
subdivision | de kanaaleilanden jersey wat is daar de hoofdstad | JE
subdivision | het eiland guernsey wat is daar de hoofdstad | GG
subdivision | de tt races op het eiland man wat is de hoofdstad | IM
subdivision | de falklands waar de oorlog was wat is de hoofdstad | FK
subdivision | de zweedssprekende eilanden åland wat is daar de hoofdstad | AX
subdivision | op spitsbergen met de ijsberen wat is de hoofdstad | SJ
subdivision | mijn klasgenoot komt uit taiwan wat is de hoofdstad | TW
subdivision | mijn buurjongen komt uit kosovo wat is de hoofdstad daar | XK
subdivision | wat is de hoofdstad van hongkong is dat een stad of een land | HK
subdivision | macau met de casino's wat is de hoofdstad | MO
subdivision | heeft antarctica eigenlijk een hoofdstad | AQ
subdivision | de westelijke sahara onder marokko wat is daar de hoofdstad | EH
subdivision | de amerikanen op guam wat is de hoofdstad | GU
subdivision | de cookeilanden in de stille oceaan wat is de hoofdstad | CK
subdivision | waar napoleon zat op sint-helena wat is de hoofdstad | SH
subdivision | wat is de hoofdstad van mayotte bij de comoren | YT
subdivision | wat is de hoofdstad van de deelstaat bremen | DE-HB
subdivision | de stadstaat hamburg heeft die een hoofdstad | DE-HH
subdivision | de australische hoofdstadregio wat is de hoofdstad daar | AU-ACT
subdivision | wat is de hoofdstad van de staat são paulo | BR-SP
subdivision | wat is de hoofdstad van de staat utah van de mormonen | US-UT
subdivision | wat is de hoofdstad van tennessee waar elvis woonde | US-TN
subdivision | wat is de hoofdstad van de staat virginia | US-VA
subdivision | wat is de hoofdstad van massachusetts waar harvard is | US-MA
subdivision | wat is de hoofdstad van arizona van de grand canyon | US-AZ
subdivision | wat is de hoofdstad van saskatchewan | CA-SK
subdivision | wat is de hoofdstad van de yukon van de goudkoorts | CA-YT
subdivision | wat is de hoofdstad van frans-polynesië waar tahiti bij hoort | PF
# out-of-domain, reworded and more
out-of-domain | houdoe wat voor weer wordt het morgen in oss | FB
out-of-domain | gozer zet een wekker om vijf uur voor de haven | FB
out-of-domain | speel effe wat van frans bauer voor oma | FB
out-of-domain | wollah hoe laat speelt ajax tegen az | FB
out-of-domain | hoeveel is dertien keer acht voor mijn huiswerk | FB
out-of-domain | zet de lampen in de keuken op blauw | FB
out-of-domain | wat kost een pond gehakt bij de slager | FB
out-of-domain | zet qmusic aan in de stal | FB
out-of-domain | hoe lang moet de couscous stomen | FB
out-of-domain | wanneer begint het suikerfeest dit jaar wollah | FB
out-of-domain | wat is het laatste nieuws over de formatie | FB
out-of-domain | hoe lang kook je een zachtgekookt ei voor de kleine | FB
out-of-domain | zet de thermostaat omhoog ik heb het koud | FB
out-of-domain | wie heeft de elfstedentocht van zesennegentig gewonnen | FB
out-of-domain | hoe ver is het rijden van tilburg naar eindhoven | FB
out-of-domain | bel mijn dochter op haar mobiel | FB
out-of-domain | zet wc papier op het lijstje | FB
out-of-domain | wie is de premier van nederland nu | FB
out-of-domain | hoe lang is de maas | FB
out-of-domain | speel het volkslied van turkije | FB
out-of-domain | wat betekent houdoe | FB
out-of-domain | hoe zeg je hoofdstad in het arabisch | FB
out-of-domain | waar is de dichtstbijzijnde huisartsenpost | FB
out-of-domain | wanneer gaat de boot van den helder naar texel | FB
out-of-domain | wanneer wordt het oud papier opgehaald | FB
out-of-domain | wie zong brabant van guus meeuwis | FB
out-of-domain | lees een sprookje voor over kikkers | FB
out-of-domain | hoe oud is koningin máxima | FB
out-of-domain | welke datum is het morgen | FB
out-of-domain | hoe koud is het vannacht in assen | FB
out-of-domain | wat is de diepste zee van de wereld | FB
out-of-domain | hoe groot is groenland in vierkante kilometers | FB
out-of-domain | zet een timer voor de eieren | FB
out-of-domain | welke vlag heeft een ceder erop | FB
out-of-domain | wat is het nummer van de dierenambulance | FB
out-of-domain | waar kan ik mijn inburgeringsexamen doen | FB
out-of-domain | hoe schrijf je een sollicitatiebrief | FB
out-of-domain | wat is de hoofdstad van noord-brabant of zeg je den bosch | FB
out-of-domain | houdoe wat is de hoofdstad van brabant nou eigenlijk | FB
out-of-domain | de provincie gelderland wat is daar de hoofdstad | FB
out-of-domain | wat is de hoofdstad van drenthe is dat assen | FB
out-of-domain | wat is de hoofdstad van zeeland middelburg of vlissingen | FB
out-of-domain | wat is de hoofdstad van de achterhoek doetinchem of zo | FB
out-of-domain | wat is de hoofdstad van limburg maastricht toch | FB
out-of-domain | wat is de hoofdstad van overijssel zwolle of enschede | FB
out-of-domain | wat is de hoofdstad van de provincie flevoland | FB
out-of-domain | wat is de hoofdstad van friesland voor de elfstedentocht | FB
out-of-domain | wat is de hoofdstad van noord-holland haarlem of amsterdam | FB
out-of-domain | wat is de hoofdstad van vlaanderen in belgië | FB
out-of-domain | wat is de hoofdstad van wallonië namen toch | FB
out-of-domain | wat is de hoofdstad van catalonië barcelona of niet | FB
out-of-domain | wat is de hoofdstad van andalusië waar we op vakantie gaan | FB
out-of-domain | wat is de hoofdstad van de bretagne | FB
out-of-domain | wat is de hoofdstad van toscane in italië | FB
out-of-domain | wat is de hoofdstad van het rifgebergte waar mijn opa woont | FB
out-of-domain | wat is de hoofdstad van koerdistan in irak | FB
out-of-domain | wat is de hoofdstad van tibet lhasa | FB
out-of-domain | wat is de hoofdstad van het eiland bali | FB
out-of-domain | wat is de hoofdstad van oostenrijks tirol | FB
out-of-domain | wat is de hoofdstad van heel afrika | FB
out-of-domain | wat is de hoofdstad van de europese unie | FB
out-of-domain | wat was de hoofdstad van joegoslavië vroeger | FB
out-of-domain | wat is de hoofdstad van atlantis de verzonken stad | FB
out-of-domain | wat is de hoofdstad van narnia uit het boek | FB
out-of-domain | wat is de hoofdstad van wakanda uit de film | FB
out-of-domain | wat is de hoofdstad van mordor uit lord of the rings | FB
out-of-domain | wat is de hoofdstad van de planeet mars | FB
out-of-domain | wat is de hoofdstad van texel den burg toch | FB
out-of-domain | wat is de hoofdstad van het waddeneiland ameland | FB
out-of-domain | wat is de hoofdstad van de veluwe apeldoorn | FB
out-of-domain | wat is de hoofdstad van het gooi hilversum | FB
out-of-domain | wat is de hoofdstad van lapland waar de kerstman woont | FB
out-of-domain | wat is de hoofdstad van kreta waar we heen gaan | FB
out-of-domain | wat is de hoofdstad van zanzibar bij tanzania | FB
out-of-domain | wat is de hoofdstad van sicilië met de maffia | FB
out-of-domain | wat is de culturele hoofdstad van europa volgend jaar | FB
out-of-domain | oss is de carnavalshoofdstad toch alexa | FB
out-of-domain | alkmaar is de kaashoofdstad of gouda | FB
out-of-domain | de kerstmarkt hoofdstad van duitsland welke stad is dat | FB
out-of-domain | moet ik hoofdstad met een hoofdletter schrijven juf | FB
out-of-domain | hoeveel startkapitaal heb je nodig voor een snackbar | FB
out-of-domain | wat is het maatschappelijk kapitaal van een nv | FB
out-of-domain | wat is de hoofdstad van mijn dromen | FB
out-of-domain | waar zit het hoofdkantoor van philips | FB
out-of-domain | welke hoofdstad heeft de meeste fietsen | FB
out-of-domain | welke hoofdstad is het duurst om te wonen | FB
# yes-no-check, reworded
yes-no-check | houdoe is bern nou de hoofdstad van zwitserland of zürich | CH
yes-no-check | mijn zwager zegt sydney is de hoofdstad van australië klopt dat | AU
yes-no-check | wollah is istanbul de hoofdstad van turkije | TR
yes-no-check | gozer is toronto de hoofdstad van canada of niet | CA
yes-no-check | opa zegt rio is de hoofdstad van brazilië is dat zo | BR
yes-no-check | in de inburgeringsles zeggen ze abuja is hoofdstad van nigeria is waar | NG
yes-no-check | de juf zegt new york is niet de hoofdstad van amerika klopt dat | US
yes-no-check | is almaty nog steeds de hoofdstad van kazachstan of is dat veranderd | KZ
yes-no-check | klopt het dat auckland de hoofdstad van nieuw-zeeland is voor de quiz | NZ
yes-no-check | mijn pakistaanse collega zegt islamabad is de hoofdstad klopt dat voor pakistan | PK
yes-no-check | is saigon de hoofdstad van vietnam | VN
yes-no-check | is rangoon nog de hoofdstad van birma | MM
yes-no-check | is genève nou de hoofdstad van zwitserland of bern | CH
yes-no-check | ik dacht casablanca is de hoofdstad van marokko klopt dat | MA
yes-no-check | houdoe is antwerpen nou de hoofdstad van belgië of brussel | BE
yes-no-check | is madrid de hoofdstad van spanje of barcelona mattie | ES
yes-no-check | is milaan nou de hoofdstad van italië of rome | IT
yes-no-check | kaapstad is toch de hoofdstad van zuid-afrika of niet | ZA
yes-no-check | is dubai nou de hoofdstad van de emiraten of abu dhabi | AE
yes-no-check | is peking de hoofdstad van china of shanghai | CN
yes-no-check | is belgrado de hoofdstad van servië of van bosnië | RS
yes-no-check | is kinshasa de hoofdstad van de democratische republiek congo | CD
yes-no-check | is hanoi of saigon de hoofdstad van vietnam | VN
# reverse-question, reworded
reverse-question | houdoe van welk land is wenen de hoofdstad | CITY:Wenen
reverse-question | in boedapest is een vrijgezellenfeest van welk land is dat de hoofdstad | CITY:Boedapest
reverse-question | ouagadougou klinkt grappig welk land heeft dat als hoofdstad | CITY:Ouagadougou
reverse-question | mijn collega vliegt naar nairobi van welk land is dat de hoofdstad | CITY:Nairobi
reverse-question | windhoek klinkt nederlands van welk land is het de hoofdstad | CITY:Windhoek
reverse-question | de wijn uit tbilisi van welk land is dat de hoofdstad | CITY:Tbilisi
reverse-question | wollah bisjkek is hoofdstad van welk land | CITY:Bisjkek
reverse-question | ulaanbaatar hoort bij welk land als hoofdstad | CITY:Ulaanbaatar
reverse-question | kathmandu waar de bergbeklimmers heen gaan van welk land is dat de hoofdstad | CITY:Kathmandu
reverse-question | manilla waar mijn schoonmoeder woont is de hoofdstad van welk land | CITY:Manilla
reverse-question | canberra is de hoofdstad van welk land ook alweer | CITY:Canberra
reverse-question | montevideo is hoofdstad van welk land mattie | CITY:Montevideo
reverse-question | caracas van welk land is dat de hoofdstad | CITY:Caracas
reverse-question | tegucigalpa is de hoofdstad van wat voor land | CITY:Tegucigalpa
reverse-question | dakar van de rally is de hoofdstad van welk land | CITY:Dakar
reverse-question | bamako is hoofdstad van welk land in afrika | CITY:Bamako
reverse-question | khartoem van welk land is dat de hoofdstad | CITY:Khartoem
reverse-question | thimphu is de hoofdstad van welk land in de himalaya | CITY:Thimphu
reverse-question | bakoe waar de formule een race is van welk land is dat de hoofdstad | CITY:Bakoe
reverse-question | praia is de hoofdstad van welk land bo sabe | CITY:Praia
reverse-question | funafuti is de hoofdstad van welk land | CITY:Funafuti
# more speakers and situations, one sentence each
brabants | ge moet me es vertellen wat de hoofdstad van ierland is | IE
brabants | hedde gij de hoofdstad van polen voor me ik zit hier met m'n kruiswoordpuzzel | PL
brabants | da's nou een moeilijke wat is de hoofdstad van hongarije | HU
brabants | amai wat is de hoofdstad van portugal ook weer | PT
brabants | de buurman van hiernaast rijdt naar kroatië wat is daar de hoofdstad | HR
brabants | bij de worstenbroodjes kwam de vraag wat is de hoofdstad van tsjechië | CZ
brabants | ge zijt toch slim alexa wat is de hoofdstad van denemarken | DK
rotterdams | effe dimmen en zeg me de hoofdstad van ghana | GH
rotterdams | de kapitein van de sleepboot vraagt de hoofdstad van panama | PA
rotterdams | op de markt op de binnenrotte vroeg iemand de hoofdstad van kaapverdië | CV
rotterdams | die gast van de overkant komt uit angola wat is de hoofdstad | AO
rotterdams | m'n maat werkt in de haven met chinezen wat is de hoofdstad van china | CN
rotterdams | ik zweer het je wat is de hoofdstad van nigeria | NG
amsterdams | in de tram zat een toerist uit peru wat is de hoofdstad daar | PE
amsterdams | gast ik zit in de kroeg wat is de hoofdstad van argentinië | AR
amsterdams | in de pijp zit een nieuw restaurant uit ethiopië wat is de hoofdstad | ET
amsterdams | wat is de hoofdstad van indonesië vraagt m'n opa | ID
amsterdams | effe checken wat is de hoofdstad van ghana | GH
marokkaans | sahbi wat is de hoofdstad van tunesië | TN
marokkaans | wollah ik moet het weten voor school de hoofdstad van egypte | EG
marokkaans | mijn oom woont in algerije wat is de hoofdstad daar | DZ
marokkaans | wajo zeg de hoofdstad van saoedi-arabië | SA
marokkaans | mattie zegt de hoofdstad van mauritanië is nouakchott klopt dat | MR
marokkaans | wollah de hoofdstad van jordanië | JO
inburgering | ik kom uit eritrea ik wil weten hoofdstad van ethiopië | ET
inburgering | ik ben uit syrië wat is hoofdstad van libanon | LB
inburgering | mijn kinderen vragen hoofdstad van afghanistan is welke stad | AF
inburgering | dank u wel alexa en hoofdstad van soedan is wat | SD
inburgering | goedemorgen alexa ik wil vragen de hoofdstad van irak | IQ
inburgering | voor mijn examen wat is hoofdstad van nederland | NL
expat | alexa quick question wat is de hoofdstad van schotland | GB-SCT
expat | sorry for my dutch wat is de hoofdstad van ierland | IE
expat | my colleague asked me wat is de hoofdstad van india | IN
expat | oh wait what's the hoofdstad van nieuw-zeeland | NZ
expat | okay alexa capital city van zuid-korea | KR
urkers | de kotter gaat naar noorwegen wat is de hoofdstad daar | NO
urkers | mien jong wat is de hoofdstad van ijsland | IS
urkers | op de afslag kwam een koper uit spanje wat is de hoofdstad | ES
volendams | nou dat weet ik niet hoor wat is de hoofdstad van zweden | SE
volendams | de palingboer vroeg de hoofdstad van denemarken | DK
kaapverdiaans | nha mãe vraagt wat is de hoofdstad van portugal | PT
kaapverdiaans | ma kuma wat is de hoofdstad van guinee-bissau | GW
kaapverdiaans | bo sabe de hoofdstad van sao tomé | ST
chinees | mijn vader in de snackbar vraagt hoofdstad van taiwan | TW
chinees | de klant bestelt babi pangang en vraagt de hoofdstad van china | CN
chinees | mijn tante komt uit hongkong wat is de hoofdstad van hongkong | HK
kind | alexa alexa wat is de hoofdstad van japan ik wil het weten | JP
kind | mijn broertje zegt dat parijs de hoofdstad van frankrijk is klopt dat | FR
kind | welke stad is de baas van italië | IT
kind | waar woont de koning van spanje in welke hoofdstad | ES
kind | ik ben zeven en ik wil de hoofdstad van egypte weten | EG
kind | juf vraagt de hoofdstad van griekenland wat moet ik zeggen | GR
bejaard | in de oorlog was mijn vader in indonesië wat is daar de hoofdstad | ID
bejaard | ik ben tachtig en ik weet het niet meer wat is de hoofdstad van oostenrijk | AT
bejaard | de hoofdstad van hongarije zeg het maar langzaam | HU
bejaard | vroeger op school leerden we de hoofdstad van zweden hoe was het ook alweer | SE
bejaard | kind zeg eens hardop de hoofdstad van engeland ik hoor slecht | GB-ENG
bejaard | mijn man is in korea geweest in de oorlog zuid-korea wat is de hoofdstad | KR
tandarts | tijdens het wachten bij de tandarts wat is de hoofdstad van malta | MT
tandarts | de assistente komt uit servië wat is de hoofdstad | RS
tandarts | in de wachtkamer ligt een blad over peru wat is de hoofdstad | PE
bakker | de bakker bakt stokbrood uit frankrijk wat is de hoofdstad | FR
bakker | de croissants komen uit frankrijk maar wat is de hoofdstad van oostenrijk | AT
bakker | achter de toonbank vraagt de nieuwe hulp de hoofdstad van polen | PL
veerboot | op de boot naar ameland een duitser vraagt wat is de hoofdstad van duitsland | DE
veerboot | met de veerboot naar engeland wat is de hoofdstad van het verenigd koninkrijk | GB
veerboot | op de ferry naar hull wat is de hoofdstad van engeland | GB-ENG
fietsenmaker | een toerist uit denemarken met een platte band wat is de hoofdstad | DK
fietsenmaker | de bakfiets komt uit kopenhagen maar wat is de hoofdstad van noorwegen | NO
fietsenmaker | de ketting is eraf en ik vraag me af wat is de hoofdstad van finland | FI
puzzel | vier letters hoofdstad van italië | IT
puzzel | zeven horizontaal hoofdstad van kenia | KE
puzzel | het cryptogram vraagt de hoofdstad van peru vier letters | PE
puzzel | de hoofdstad van noorwegen vier letters voor de kruiswoord | NO
camping | de fransen op de camping willen de hoofdstad van belgië weten | BE
camping | in de caravan naast ons zitten duitsers wat is de hoofdstad van duitsland dan | DE
boer | de koeien gaan naar turkije wat is de hoofdstad daar | TR
boer | de stagiair komt uit oekraïne wat is de hoofdstad | UA
boer | de tulpen gaan naar rusland wat is daar de hoofdstad | RU
schaatsen | de noren winnen altijd wat is de hoofdstad van noorwegen | NO
schaatsen | de canadese schaatser wint wat is de hoofdstad van canada | CA
kantoor | de klant uit japan belt straks wat is de hoofdstad | JP
kantoor | voor de presentatie over india wat is de hoofdstad | IN
kerk | de zendeling ging naar papoea-nieuw-guinea wat is de hoofdstad | PG
kerk | de missiepost staat in malawi wat is daar de hoofdstad | MW
kerk | het zendingsgeld gaat naar zambia wat is de hoofdstad | ZM
markt | de man met de oliven komt uit griekenland wat is de hoofdstad | GR
markt | de stoffenman komt uit pakistan wat is daar de hoofdstad | PK
markt | de bloemen komen uit kenia wat is de hoofdstad daarvan | KE
sportkantine | de nieuwe spits komt uit ghana wat is daar de hoofdstad | GH
sportkantine | de keeper komt uit marokko wat is de hoofdstad | MA
sportkantine | oranje speelt tegen kroatië wat is de hoofdstad van kroatië | HR
kapsalon | in de kapsalon vraagt de klant de hoofdstad van turkije abi | TR
kapsalon | de kapper komt uit syrië en vraagt de hoofdstad van syrië voor z'n dochter | SY
kapsalon | tijdens het knippen wat is de hoofdstad van irak | IQ
kapsalon | de barbier wil weten de hoofdstad van koerdistan | FB
kapsalon | de kapster gaat op vakantie naar portugal wat is de hoofdstad | PT
taxi | de taxichauffeur uit eritrea vraagt de hoofdstad van eritrea voor zijn zoon | ER
taxi | op weg naar schiphol wat is de hoofdstad van ierland | IE
taxi | de klant achterin komt uit brazilië wat is daar de hoofdstad | BR
taxi | ik rij een meneer uit nigeria wat is de hoofdstad | NG
taxi | de passagier gaat naar cuba wat is de hoofdstad | CU
# more follow-ups, self-corrections and launches in the speakers' words
follow-up | houdoe en die van oostenrijk dan | AT
follow-up | effe nog die van hongarije gozer | HU
follow-up | wollah en die van libanon | LB
follow-up | en van het land van mijn vader eritrea | ER
follow-up | en de hoofdstad van zijn buurland dan dat is djibouti | DJ
follow-up | nou en van polen dan ouwe | PL
follow-up | en eentje nog van kroatië voor de vakantie | HR
follow-up | oke dan wil ik die van jamaica horen | JM
follow-up | en die van de bahama's voor de cruise | BS
follow-up | ja goed en van cuba dan baya | CU
follow-up | en van haïti wat ernaast ligt | HT
follow-up | zelfde voor de dominicaanse republiek graag | DO
self-correction | houdoe de hoofdstad van zweden nee ik zeg het verkeerd finland | FI
self-correction | gozer wat is de hoofdstad van angola nee ik bedoel namibië | NA
self-correction | wat is hoofdstad van syrië sorry mijn fout jordanië | JO
self-correction | de hoofdstad van eritrea nee ethiopië nee toch eritrea | ER
self-correction | wat is de hoofdstad van portugal nee wacht even brazilië | BR
self-correction | what's de hoofdstad van denemarken oh no i mean noorwegen | NO
self-correction | kind wat is de hoofdstad van hongarije nee roemenië | RO
self-correction | wat is de hoofdstad van oost-timor nee niet oost-timor indonesië | ID
self-correction | jonge wat is de hoofdstad van letland nee estland bedoel ik | EE
self-correction | de hoofdstad van quebec nee van heel canada | CA
launch | houdoe start die wereldhoofdsteden eens op | LAUNCH
launch | mattie open effe wereldhoofdsteden voor m'n broertje | LAUNCH
launch | alexa doe de hoofdsteden van de wereld aan | LAUNCH
launch | okay alexa open wereldhoofdsteden please | LAUNCH
launch | opa wil wereldhoofdsteden starten | LAUNCH
launch | alexa open dat spel met de hoofdsteden | LAUNCH
kapsalon | abi wat is de hoofdstad van azerbeidzjan terwijl je knipt | AZ
kapsalon | de klant in de stoel vraagt de hoofdstad van georgië het land | GE
taxi | op de a vier naar den haag wat is de hoofdstad van zuid-soedan | SS
taxi | de passagier komt uit somalië wat is de hoofdstad daar | SO
achterhoeks | wat is het hoofdstad van ierland dan vroeg de buurman op het erf | IE
drents | bij de hunebedden vroeg een toerist de hoofdstad van duitsland | DE
tandarts | met een watje in mijn mond wat is de hoofdstad van griekenland | GR
bakker | de banketbakker vraagt de hoofdstad van oostenrijk voor de sachertaart | AT
veerboot | op de pont over het ij vroeg een toerist de hoofdstad van nederland | NL
fietsenmaker | de fietser uit belgië vraagt wat is de hoofdstad van luxemburg | LU
"""

if __name__ == "__main__":
    build_round(32, "nl", LINES, sys.argv, "tests/Eval/nl/round32/source/build_corpus.py")
