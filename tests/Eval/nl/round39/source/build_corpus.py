"""Round 39, Dutch (nl-NL): a new author's own mix, written blind at the start of the forty-ninth session (brief
WRITER55.md). Speakers chosen apart from the groups of the Dutch round 38 (Achterhoekers, Drenten, Utrechters, Afghan
newcomers, Chinese Dutch restaurant families, Brazilian Dutch, Germans across the border, Aalsmeer flower auction staff,
taxi drivers, library staff, the football canteen, Discord gamers, choirs, bedtime with small children, the chess club):
Tukkers of Enschede, Hengelo, Almelo and Oldenzaal ("jao", "ik wet et nich", "nen kearl", "noaber", the paasvuur, FC
Twente), Zeeuwen of Middelburg, Goes, Zierikzee and Yerseke ("'k weet 't nie", "m'n", bolussen, mosselen, the
Deltawerken), Limburgers of Maastricht, Heerlen and Sittard ("alaaf", "ich weit 't neet", "allè", vastelaovend),
Brabanders of Tilburg, Eindhoven and Den Bosch ("wette gij", "hedde gij", "unne", "ons moeder", Oeteldonk, PSV), Friezen
of Leeuwarden, Sneek and Drachten (Frisian "hoi", "tige tank", "haadstêd fan", "pake", the Elfstedentocht,
skûtsjesilen), Flemish people living in the Netherlands ("allez", "amai", "ne keer", "wa's", "awel", "seffens",
"goesting"), Rotterdammers ("effe", "gozer", "m'n ouwe heer", "hullie", Feyenoord, the port), Amsterdammers ("gozer",
"mokum", "nou moe", Ajax, the Jordaan), Surinamese Dutch (Sranan "fa waka", "mi boi", "baya", "no span", "tangi"),
Antillean and Aruban Dutch (Papiamentu "bon dia", "kon ta bai", "dushi", "danki", "mi ta buska"), Moroccan Dutch youth
in straattaal ("wollah", "ewa", "mattie", "sahbi", "wejo", "safe"), Turkish Dutch families ("abi", "abla", "tamam",
"yani", "annem", "tesekkürler"), Polish greenhouse workers in the Westland (learner Dutch, "dobra", "tak", "dziekuje"),
Ukrainian newcomers (learner Dutch, "bud laska", "dyakuyu"), Indo families ("aduh", "kassian", the pasar malam, the
toko), English-speaking expats (learner Dutch, English code-switching), the elderly in a care home (old country names,
the zuster, the bingo, the crossword), primary school topografie (juf, meester, groep zeven), secondary school
aardrijkskunde (the pw, the mentor, the profielwerkstuk), a student house (huisgenoot, borrel, exchange), the pub quiz,
truck drivers on European routes, Rhine and Danube bargemen, cabin crew on layovers, game night at home (Risk, Triviant,
Thirty Seconds, Ticket to Ride), cooking at home, holidays (caravan, camper, wintersport), working from home (Teams
calls) and cycling fans (Tour, Giro). Plus follow-ups, plural capitals, subdivisions and territories, yes/no checks,
self-corrections, reverse questions, official, everyday and old names, shared names, launch by the invocation name
"hoofdsteden van de wereld", help, stop and cancel in those speakers' words, and out-of-domain requests and near misses.
`python3 tests/Eval/nl/round39/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 39's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Tukkers (Enschede, Hengelo, Almelo, Oldenzaal): "jao", "ik wet et nich", "nen kearl", "noaber", "uns moeke"
twents | jao alexa ik wet et nich meer wat is de hoofdstad van {} | noorwegen=NO; zweden=SE; finland=FI
twents | bij het paasvuur in ootmarsum stond een stel uit {} hoe heet daar de hoofdstad | denemarken=DK; ijsland=IS; estland=EE
twents | in de grolsch veste speelde fc twente tegen een club uit {} wat is daar de hoofdstad | letland=LV; litouwen=LT; cyprus=CY
twents | de noaber in hengelo gaat met de caravan naar {} welke stad is daar de hoofdstad | slovenië=SI; kroatië=HR; montenegro=ME
twents | nen kearl op 't wark in almelo kump uut {} wat is de hoofdstad daar | albanië=AL; noord-macedonië=MK; kosovo=XK
twents | jao alexa wat is de hoofdstad van nedersaksen dat is hier vlak over de grens | DE-NI
twents | wij gaan zaterdag winkelen in gronau wat is de hoofdstad van noordrijn-westfalen | DE-NW
twents | uns moeke wil weten wat de hoofdstad van mecklenburg-voor-pommeren is | DE-MV
twents | ik wet et nich hoor is hannover de hoofdstad van nedersaksen | DE-NI
# Zeeuwen (Middelburg, Goes, Zierikzee, Zeeuws-Vlaanderen): "'k weet 't nie", "m'n", bolussen, mosselen
zeeuws | alexa 'k weet 't nie hoor wat is de hoofdstad van {} | portugal=PT; spanje=ES; malta=MT
zeeuws | op de veerboot van vlissingen naar breskens zat een familie uit {} wat is de hoofdstad van dat land | griekenland=GR; italië=IT; san marino=SM
zeeuws | bij de deltawerken stond een bus toeristen uit {} hoe heet de hoofdstad daar | japan=JP; zuid-korea=KR; taiwan=TW
zeeuws | m'n schoonzoon in yerseke verkoopt mosselen aan {} wat is daar de hoofdstad | frankrijk=FR; monaco=MC; luxemburg=LU
zeeuws | de bolusbakker in zierikzee heeft een stagiair uit {} welke stad is de hoofdstad | roemenië=RO; moldavië=MD; bulgarije=BG
zeeuws | m'n kleindochter uit middelburg zit op uitwisseling in nieuw-zuid-wales wat is daar de hoofdstad | AU-NSW
zeeuws | 'k heb een nicht in queensland zitten hoe heet de hoofdstad daar | AU-QLD
zeeuws | m'n broer is naar tasmanië geëmigreerd wat is daar de hoofdstad | AU-TAS
# Limburgers (Maastricht, Heerlen, Sittard, Venlo): "alaaf", "ich weit 't neet", "allè", vastelaovend, vlaai
limburgs | alaaf alexa ich weit 't neet wat is de hoofdstad van {} | oostenrijk=AT; zwitserland=CH; liechtenstein=LI
limburgs | op de vastelaovend in mestreech liep een groep uit {} mee wat is daar de hoofdstad | belgië=BE; duitsland=DE; tsjechië=CZ
limburgs | in de mijnstreek bij heerlen woonde opa naast een familie uit {} hoe heet de hoofdstad daar | hongarije=HU; slowakije=SK; servië=RS
limburgs | allè alexa de nieuwe kapelaan in sittard komt uit {} wat is daar de hoofdstad | nigeria=NG; ghana=GH; oeganda=UG
limburgs | alexa wat is de hoofdstad van rijnland-palts wij gaan wandelen in de eifel | DE-RP
limburgs | ich wil weten wat de hoofdstad van het saarland is alexa | DE-SL
limburgs | wat is de hoofdstad van wallonië ich weit 't neet | FB
# Brabanders (Tilburg, Eindhoven, Den Bosch, Breda): "wette gij", "hedde gij", "unne", "ons moeder", Oeteldonk
brabants | alexa wette gij wat de hoofdstad van {} is | kenia=KE; tanzania=TZ; ethiopië=ET
brabants | hedde gij enig idee wat de hoofdstad van {} is alexa | egypte=EG; tunesië=TN; algerije=DZ
brabants | op de tilburgse kermis werkt unne jongen uit {} wat is de hoofdstad van zijn land | brazilië=BR; argentinië=AR; chili=CL
brabants | in oeteldonk met carnaval zat er unne vent uit {} naast ons wat is daar de hoofdstad | mexico=MX; colombia=CO; peru=PE
brabants | ons moeder vraagt wat de hoofdstad van {} is ze ziet het op tv | pakistan=PK; bangladesh=BD; nepal=NP
brabants | bij psv speelt unne nieuwe spits uit {} hoe heet de hoofdstad daar | ecuador=EC; venezuela=VE; uruguay=UY
brabants | ons pap gaat naar het oktoberfeest wette gij wat de hoofdstad van beieren is | DE-BY
brabants | hedde gij de hoofdstad van baden-württemberg voor mij | DE-BW
# Friezen (Leeuwarden, Sneek, Drachten), Frisian words: "hoi", "tige tank", "haadstêd", "pake", elfstedentocht, skûtsjesilen
fries | hoi alexa wat is de haadstêd fan {} | ierland=IE; wales=GB-WLS; schotland=GB-SCT
fries | bij de elfstedentocht reed een schaatser uit {} mee wat is daar de hoofdstad | canada=CA; kazachstan=KZ; nieuw-zeeland=NZ
fries | tige tank alexa en wat is de hoofdstad van {} | mongolië=MN; bhutan=BT; laos=LA
fries | bij het skûtsjesilen op het sneekermeer lag een boot uit {} hoe heet de hoofdstad daar | finland=FI; polen=PL; oekraïne=UA
fries | mijn pake in drachten wil weten wat de hoofdstad van {} is | groenland=GL; de faeröer=FO; åland=AX
fries | ik wit it net alexa wat is de hoofdstad van spitsbergen | SJ
fries | bij het fierljeppen was een springer uit noord-ierland wat is daar de hoofdstad | GB-NIR
# Flemish people living in the Netherlands (Breda, Rotterdam, Zeeuws-Vlaanderen): "allez", "amai", "ge", "wa's", "awel", "seffens", "goesting"
vlaams | allez alexa zeg ne keer wat is de hoofdstad van {} | congo-kinshasa=CD; rwanda=RW; burundi=BI
vlaams | amai ik weet het echt nie meer wa's de hoofdstad van {} | kameroen=CM; gabon=GA; togo=TG
vlaams | alexa ik heb goesting om naar {} te reizen wat is daar de hoofdstad | vietnam=VN; cambodja=KH; thailand=TH
vlaams | mijn collega in breda komt van gent maar zijn vrouw is van {} wat is daar de hoofdstad | senegal=SN; mali=ML; niger=NE
vlaams | awel alexa seffens begint de quiz wat is de hoofdstad van {} | burkina faso=BF; guinee=GN; tsjaad=TD
vlaams | allez wat is de hoofdstad van congo-brazzaville ge weet dat toch | CG
vlaams | weet gij wat de hoofdstad van west-vlaanderen is | FB
# Rotterdammers (Feyenoord, De Kuip, the port, Zuid): "effe", "gozer", "m'n ouwe heer", "hullie"
rotterdams | effe een vraagie alexa wat is de hoofdstad van {} | jamaica=JM; cuba=CU; haïti=HT
rotterdams | in de haven ligt een containerschip uit {} gozer wat is daar de hoofdstad | panama=PA; liberia=LR; singapore=SG
rotterdams | feyenoord speelt donderdag tegen een club uit {} wat is daar de hoofdstad | griekenland=GR; kroatië=HR; servië=RS
rotterdams | m'n ouwe heer voer vroeger op {} wat is daar eigenlijk de hoofdstad | argentinië=AR; uruguay=UY; zuid-afrika=ZA
rotterdams | hullie van de overkant komen uit {} wat is daar de hoofdstad | kaapverdië=CV; angola=AO; mozambique=MZ
rotterdams | effe serieus alexa wat is de hoofdstad van schotland want m'n maat zegt glasgow | GB-SCT
# Amsterdammers (Jordaan, De Pijp, Noord): "gozer", "mokum", "nou moe"
amsterdams | hee gozer alexa wat is nou de hoofdstad van {} | israël=IL; ierland=IE; engeland=GB-ENG
amsterdams | in de jordaan woont een kunstenaar uit {} wat is de hoofdstad daar | guatemala=GT; honduras=HN; nicaragua=NI
amsterdams | bij ajax speelde vroeger een gast uit {} welke stad is daar de hoofdstad | ghana=GH; kameroen=CM; ivoorkust=CI
amsterdams | nou moe ik sta achter de bar in de pijp en een toerist uit {} vraagt wat zijn hoofdstad is | denemarken=DK; australië=AU; brazilië=BR
amsterdams | mokum is de hoofdstad van nederland toch alexa | NL
# Surinamese Dutch (Sranan words: "fa waka", "mi boi", "baya", "no span", "tangi")
surinaams | fa waka alexa wat is de hoofdstad van {} | suriname=SR; guyana=GY; frans-guyana=GF
surinaams | mi boi gaat stage lopen op {} wat is de hoofdstad daar baya | trinidad en tobago=TT; barbados=BB; grenada=GD
surinaams | mijn tante uit paramaribo heeft familie in {} hoe heet de hoofdstad van dat land | india=IN; indonesië=ID; china=CN
surinaams | no span alexa ik wil alleen de hoofdstad van {} weten | brazilië=BR; venezuela=VE; belize=BZ
surinaams | baya alexa mijn oma komt uit nickerie en vraagt wat de hoofdstad van guyana is | GY
surinaams | fa waka alexa wat is de hoofdstad van de staat uttar pradesh mijn familie komt daar vandaan | IN-UP
surinaams | tangi alexa en de hoofdstad van bihar waar onze voorouders vandaan kwamen | IN-BR
# Antillean and Aruban Dutch (Papiamentu words: "bon dia", "kon ta bai", "dushi", "danki", "mi ta buska")
antilliaans | bon dia alexa kon ta bai wat is de hoofdstad van {} | curaçao=CW; aruba=AW; sint-maarten=SX
antilliaans | dushi alexa mijn neef woont op {} wat is daar de hoofdstad | bonaire=BQ; saint-barthélemy=BL; saint-martin=MF
antilliaans | mi ta buska de hoofdstad van {} alexa | de dominicaanse republiek=DO; puerto rico=PR; colombia=CO
antilliaans | danki alexa en wat is de hoofdstad van {} daar gaan wij met carnaval naartoe | saint lucia=LC; antigua en barbuda=AG; saint kitts en nevis=KN
antilliaans | mijn tante werkt op een cruiseschip dat stopt op {} wat is daar de hoofdstad | de bahama's=BS; de kaaimaneilanden=KY; de turks en caicoseilanden=TC
antilliaans | de zeilers van de regatta komen van {} hoe heet de hoofdstad | saint vincent en de grenadines=VC; dominica=DM; de britse maagdeneilanden=VG
antilliaans | dushi wat is de hoofdstad van guadeloupe mijn vriendin gaat erheen | GP
antilliaans | bon dia alexa welke stad is de hoofdstad van martinique | MQ
antilliaans | mi ta pensa de hoofdstad van anguilla is heel klein hoe heet het | AI
# Moroccan Dutch youth, straattaal ("wollah", "ewa", "mattie", "sahbi", "wejo", "safe")
straattaal | wollah alexa ik weet het echt niet wat is de hoofdstad van {} | marokko=MA; algerije=DZ; tunesië=TN
straattaal | ewa alexa mijn mattie zegt dat hij de hoofdstad van {} weet wat is het | libië=LY; egypte=EG; mauritanië=MR
straattaal | sahbi alexa in de zomer rijden we door {} wat is daar de hoofdstad | spanje=ES; frankrijk=FR; gibraltar=GI
straattaal | alexa safe maar wat is de hoofdstad van {} dan | saoedi-arabië=SA; qatar=QA; de verenigde arabische emiraten=AE
straattaal | wejo alexa bij de futsal speelt een gast uit {} wat is daar de hoofdstad | soedan=SD; somalië=SO; eritrea=ER
straattaal | ewa alexa wat is de hoofdstad van de westelijke sahara ik zweer het mijn oom vraagt het | EH
# Turkish Dutch families ("abi", "abla", "tamam", "yani", "annem", "tesekkürler")
turks | alexa mijn abi vraagt wat is de hoofdstad van {} | turkije=TR; azerbeidzjan=AZ; georgië=GE
turks | tamam alexa yani wat is eigenlijk de hoofdstad van {} | turkmenistan=TM; oezbekistan=UZ; kirgizië=KG
turks | annem kijkt een serie die zich afspeelt in {} wat is daar de hoofdstad | syrië=SY; irak=IQ; iran=IR
turks | mijn abla gaat met haar man op huwelijksreis naar {} hoe heet de hoofdstad | de maldiven=MV; mauritius=MU; de seychellen=SC
turks | bij de bakkerij van mijn vader werkt een jongen uit {} wat is daar de hoofdstad | bulgarije=BG; bosnië en herzegovina=BA; tadzjikistan=TJ
turks | yani alexa is istanbul niet gewoon de hoofdstad van turkije | TR
# Polish greenhouse workers in the Westland (learner Dutch, "dobra", "tak", "dziekuje", the kas, the ploegleider)
pools | alexa dobra wat is de hoofdstad van {} | polen=PL; litouwen=LT; slowakije=SK
pools | in de kas in naaldwijk werkt nieuwe collega uit {} wat is hoofdstad daar | roemenië=RO; bulgarije=BG; letland=LV
pools | tak tak alexa mijn ploegleider vraagt hoofdstad van {} | oekraïne=UA; belarus=BY; moldavië=MD
pools | de tomaten gaan met de vrachtwagen naar {} wat is daar de hoofdstad | rusland=RU; hongarije=HU; estland=EE
pools | dziekuje alexa en hoofdstad van {} wat is | tsjechië=CZ; servië=RS; albanië=AL
pools | alexa ik woon in de flexwoning in de lier en ik vraag hoofdstad van duitsland | DE
# Ukrainian newcomers (learner Dutch, "bud laska", "dyakuyu", the gemeente, the distributiecentrum)
oekraiens | alexa bud laska wat is de hoofdstad van {} | oekraïne=UA; moldavië=MD; georgië=GE
oekraiens | ik leer nederlands en de docent vraagt de hoofdstad van {} wat is het | armenië=AM; azerbeidzjan=AZ; kazachstan=KZ
oekraiens | mijn dochter op de school hier heeft vriendin uit {} welke stad is hoofdstad | syrië=SY; eritrea=ER; afghanistan=AF
oekraiens | dyakuyu alexa en wat is hoofdstad van {} ik vergeet | rusland=RU; belarus=BY; polen=PL
oekraiens | in het distributiecentrum in venlo werkt een man uit {} hoe heet hoofdstad | litouwen=LT; hongarije=HU; roemenië=RO
oekraiens | alexa de gemeente vraagt waar ik geboren ben en is kiev hoofdstad van oekraïne of kyiv | UA
# Indo (Indisch) families ("aduh", "kassian", "tante", the pasar malam, the toko)
indisch | aduh alexa wat is nou de hoofdstad van {} | indonesië=ID; maleisië=MY; brunei=BN
indisch | op de pasar malam in den haag stond een kraam uit {} wat is daar de hoofdstad | de filipijnen=PH; thailand=TH; singapore=SG
indisch | tante zegt de toko haalt de sambal uit {} welke stad is daar de hoofdstad | vietnam=VN; myanmar=MM; cambodja=KH
indisch | kassian oom kan niet meer op de naam komen wat is de hoofdstad van {} | oost-timor=TL; papoea-nieuw-guinea=PG; sri lanka=LK
indisch | mijn opa was vroeger bij de marine in {} wat is daar nu de hoofdstad | japan=JP; china=CN; de salomonseilanden=SB
indisch | aduh wat is de hoofdstad van nederlands-indië nee ik bedoel indonesië | ID
# English-speaking expats in Amsterdam and Eindhoven (learner Dutch, English code-switching)
expats | alexa sorry my dutch is not good wat is de hoofdstad van {} | canada=CA; de verenigde staten=US; australië=AU
expats | hoe zeg je eh what's the capital of {} alexa | nieuw-zeeland=NZ; ierland=IE; zuid-afrika=ZA
expats | alexa i'm learning dutch so wat is de hoofdstad van {} | india=IN; pakistan=PK; nigeria=NG
expats | my colleague at the office comes from {} alexa welke stad is de hoofdstad | taiwan=TW; zuid-korea=KR; israël=IL
expats | alexa in het nederlands alsjeblieft wat is de hoofdstad van {} | jamaica=JM; de filipijnen=PH; kenia=KE
expats | alexa what is eh wat is de hoofdstad van texas | US-TX
expats | okay alexa my neighbour is from ohio wat is de hoofdstad daar | US-OH
expats | alexa my wife is from new brunswick wat is daar de hoofdstad | CA-NB
# Elderly people in a care home (old country names, the zuster, the bingo, the kruiswoordpuzzel)
ouderen | alexa de zuster zegt ik moet het aan jou vragen wat is de hoofdstad van {} | perzië=IR; birma=MM; ceylon=LK
ouderen | mijn kleindochter gaat naar {} op reis wat is daar tegenwoordig de hoofdstad | rhodesië=ZW; zaïre=CD; abessinië=ET
ouderen | ik zat vroeger op de grote vaart naar {} wat is daar de hoofdstad | siam=TH; formosa=TW; dahomey=BJ
ouderen | voor de kruiswoordpuzzel van de zaterdagkrant wat is de hoofdstad van {} | peru=PE; cuba=CU; italië=IT
ouderen | opa vraagt hoe heet de hoofdstad van {} ook alweer | opper-volta=BF; nyasaland=MW; swaziland=SZ
ouderen | wij gingen vroeger met de touringcar naar {} wat was daar de hoofdstad | oostenrijk=AT; zwitserland=CH; luxemburg=LU
ouderen | alexa na de bingo wil ik weten wat de hoofdstad van tanganyika was | TZ
ouderen | de hoofdstad van bechuanaland wat is dat nu | BW
ouderen | hoe heet de hoofdstad van basutoland tegenwoordig | LS
ouderen | mijn man was in nederlands-nieuw-guinea wat is de hoofdstad van papoea-nieuw-guinea | PG
# Primary school pupils and teachers (topografie, groep 6 to 8, juf and meester)
basisschool | juf zegt we moeten de hoofdstad van {} weten voor de topotoets | noorwegen=NO; zweden=SE; denemarken=DK
basisschool | alexa ik zit in groep zeven wat is de hoofdstad van {} | engeland=GB-ENG; portugal=PT; hongarije=HU
basisschool | meester vraagt welke stad de hoofdstad is van {} | oostenrijk=AT; griekenland=GR; finland=FI
basisschool | alexa voor mijn werkstuk over {} wat is de hoofdstad | egypte=EG; japan=JP; brazilië=BR
basisschool | mama mag ik alexa vragen wat de hoofdstad van {} is | frankrijk=FR; belgië=BE; duitsland=DE
basisschool | alexa in groep acht leren we over wales wat is daar de hoofdstad | GB-WLS
basisschool | de juf heeft een kaart van het verenigd koninkrijk opgehangen wat is de hoofdstad van noord-ierland | GB-NIR
# Secondary school pupils (havo/vwo aardrijkskunde, the pw, the mentor)
middelbare-school | alexa voor aardrijkskunde wat is de hoofdstad van {} | ghana=GH; zambia=ZM; zimbabwe=ZW
middelbare-school | morgen hebben we een pw over afrika wat is de hoofdstad van {} | malawi=MW; mozambique=MZ; madagaskar=MG
middelbare-school | in mijn samenvatting staat de hoofdstad van {} niet wat is het | namibië=NA; botswana=BW; lesotho=LS
middelbare-school | de mentor vroeg in de les wat de hoofdstad van {} is | sierra leone=SL; gambia=GM; guinee-bissau=GW
middelbare-school | voor mijn profielwerkstuk over {} moet ik de hoofdstad weten | equatoriaal-guinea=GQ; de centraal-afrikaanse republiek=CF; zuid-soedan=SS
middelbare-school | bij geschiedenis hadden we het over de apartheid wat is de hoofdstad van zuid-afrika | ZA
middelbare-school | voor de toets over de verenigde staten wat is de hoofdstad van de staat washington | US-WA
# Students in a student house (Leiden, Groningen, Delft: huisgenoot, borrel, tentamen, exchange)
studentenhuis | mijn huisgenoot gaat op exchange naar {} wat is daar de hoofdstad | zuid-korea=KR; mexico=MX; chili=CL
studentenhuis | op de borrel kwam de vraag wat is de hoofdstad van {} | kazachstan=KZ; mongolië=MN; kirgizië=KG
studentenhuis | na de tentamens wil ik backpacken door {} wat is de hoofdstad | colombia=CO; costa rica=CR; el salvador=SV
studentenhuis | mijn jaarclubgenoot komt uit {} welke stad is daar de hoofdstad | luxemburg=LU; malta=MT; cyprus=CY
studentenhuis | alexa onze nieuwe huisgenoot is uit {} wat is daar de hoofdstad | jemen=YE; oman=OM; bahrein=BH
studentenhuis | mijn huisgenoot doet een minor in quebec wat is de hoofdstad van die provincie | CA-QC
studentenhuis | alexa we hebben een weddenschap is sydney de hoofdstad van australië | AU
# Pub quiz teams (the kroegquiz, the quizmaster, the bonusvraag)
kroegquiz | we zitten bij de kroegquiz en de vraag is wat is de hoofdstad van {} | tuvalu=TV; nauru=NR; kiribati=KI
kroegquiz | alexa snel voor de pubquiz wat is de hoofdstad van {} | palau=PW; vanuatu=VU; tonga=TO
kroegquiz | de quizmaster vraagt de hoofdstad van {} weet jij het alexa | samoa=WS; fiji=FJ; micronesia=FM
kroegquiz | laatste ronde van de kroegquiz welke stad is de hoofdstad van {} | de marshalleilanden=MH; de comoren=KM; djibouti=DJ
kroegquiz | alexa we staan gelijk met het team van de buren wat is de hoofdstad van {} | sao tomé en principe=ST; kaapverdië=CV; eswatini=SZ
kroegquiz | de bonusvraag in de kroeg is de hoofdstad van {} | bhutan=BT; nepal=NP; de maldiven=MV
kroegquiz | alexa de quizmaster vraagt de hoofdstad van de pitcairneilanden | PN
kroegquiz | welke stad is de hoofdstad van tokelau dat is de schiftingsvraag | TK
kroegquiz | de hoofdstad van de cookeilanden is de laatste vraag van de avond | CK
# Truck drivers on European routes (de bak, lossen, de planner, the border)
vrachtwagenchauffeurs | alexa ik rij met de bak door {} wat is daar de hoofdstad | oostenrijk=AT; slovenië=SI; slowakije=SK
vrachtwagenchauffeurs | morgenvroeg lossen in {} wat is daar de hoofdstad | noord-macedonië=MK; albanië=AL; montenegro=ME
vrachtwagenchauffeurs | ik sta in de file bij de grens met {} wat is de hoofdstad van dat land | bosnië en herzegovina=BA; servië=RS; kosovo=XK
vrachtwagenchauffeurs | de planner stuurt mij volgende week naar {} hoe heet de hoofdstad daar | turkije=TR; georgië=GE; armenië=AM
vrachtwagenchauffeurs | ik laad in beieren en los in saksen wat is de hoofdstad van saksen | DE-SN
vrachtwagenchauffeurs | ik sta op een parkeerplaats in thüringen wat is de hoofdstad daar | DE-TH
vrachtwagenchauffeurs | alexa ik moet naar frankfurt wat is de hoofdstad van hessen | DE-HE
vrachtwagenchauffeurs | de rit gaat door saksen-anhalt wat is daar de hoofdstad | DE-ST
vrachtwagenchauffeurs | ik rij net langs berlijn wat is de hoofdstad van brandenburg | DE-BB
# Rhine and Danube bargemen and their families (the schipper, the sluis, afmeren)
binnenvaart | we liggen voor de sluis en de schipper vraagt wat is de hoofdstad van {} | duitsland=DE; frankrijk=FR; belgië=BE
binnenvaart | alexa we varen de donau af naar {} wat is daar de hoofdstad | kroatië=HR; bulgarije=BG; roemenië=RO
binnenvaart | we liggen afgemeerd in duisburg wat is de hoofdstad van noordrijn-westfalen | DE-NW
binnenvaart | we varen de moezel op wat is de hoofdstad van rijnland-palts | DE-RP
binnenvaart | alexa de schipper wil weten wat de hoofdstad van hamburg is als deelstaat | DE-HH
binnenvaart | we lossen in bremen is dat ook een eigen deelstaat met een hoofdstad | DE-HB
# Cabin crew (layover, purser, crewbus, rotatie)
cabinepersoneel | alexa ik heb een layover in {} wat is de hoofdstad van dat land | kenia=KE; nigeria=NG; angola=AO
cabinepersoneel | de purser vraagt welke stad de hoofdstad is van {} | qatar=QA; koeweit=KW; jordanië=JO
cabinepersoneel | volgende rotatie gaat naar {} wat is daar de hoofdstad eigenlijk | peru=PE; ecuador=EC; panama=PA
cabinepersoneel | in de crewbus zeggen ze dat de hoofdstad van {} niet de grootste stad is welke is het dan | canada=CA; australië=AU; nieuw-zeeland=NZ
cabinepersoneel | alexa we landen straks in toronto wat is de hoofdstad van ontario | CA-ON
cabinepersoneel | ik vlieg morgen naar vancouver wat is de hoofdstad van brits-columbia | CA-BC
cabinepersoneel | we hebben een nachtstop in calgary wat is de hoofdstad van alberta | CA-AB
# Game night at home (Risk, Triviant, 30 Seconds, Ticket to Ride)
spelavond | we spelen risk en ik heb net {} veroverd wat is daar de hoofdstad | oekraïne=UA; argentinië=AR; indonesië=ID
spelavond | bij triviant kwam de vraag wat de hoofdstad van {} is | liechtenstein=LI; andorra=AD; san marino=SM
spelavond | alexa we spelen thirty seconds en er staat {} op de kaart wat is de hoofdstad | afghanistan=AF; irak=IQ; libanon=LB
spelavond | ticket to ride ligt op tafel en mijn zoon vraagt wat de hoofdstad van {} is | zwitserland=CH; noorwegen=NO; polen=PL
spelavond | wie het eerst de hoofdstad van {} weet wint alexa zeg het maar | burundi=BI; benin=BJ; togo=TG
spelavond | alexa scheidsrechter spelen wat is de hoofdstad van de verenigde staten | US
# Cooking at home
keuken | alexa ik kook vanavond iets uit {} wat is daar eigenlijk de hoofdstad | marokko=MA; libanon=LB; ethiopië=ET
keuken | het recept van de stoofpot komt uit {} welke stad is daar de hoofdstad | hongarije=HU; georgië=GE; peru=PE
keuken | terwijl de oven aan staat wat is de hoofdstad van {} | mexico=MX; thailand=TH; jamaica=JM
keuken | de kruiden uit de toko komen uit {} wat is de hoofdstad | sri lanka=LK; madagaskar=MG; grenada=GD
keuken | alexa ik maak gumbo uit louisiana wat is daar de hoofdstad | US-LA
keuken | de chili komt uit new mexico welke stad is daar de hoofdstad | US-NM
# Holidays: caravan, camper, wintersport
vakantie | alexa we gaan met de caravan naar {} wat is daar de hoofdstad | kroatië=HR; slovenië=SI; italië=IT
vakantie | volgende winter gaan we skiën in {} wat is de hoofdstad | oostenrijk=AT; zwitserland=CH; andorra=AD
vakantie | de camping in {} was top hoe heet daar de hoofdstad ook alweer | frankrijk=FR; portugal=PT; noorwegen=NO
vakantie | we boeken een rondreis door {} wat is daar de hoofdstad | cuba=CU; costa rica=CR; namibië=NA
vakantie | we rijden met de camper door californië wat is daar de hoofdstad | US-CA
vakantie | we gaan in de meivakantie naar florida wat is de hoofdstad van florida | US-FL
vakantie | we vliegen naar las vegas wat is de hoofdstad van nevada | US-NV
vakantie | de grand canyon ligt in arizona wat is daar de hoofdstad | US-AZ
vakantie | we slapen in een motel in utah welke stad is de hoofdstad van utah | US-UT
vakantie | we gaan naar bali maar wat is de hoofdstad van indonesië | ID
vakantie | we maken een rondreis door rajasthan wat is daar de hoofdstad | IN-RJ
vakantie | de vlucht naar goa is geboekt wat is de hoofdstad van goa | IN-GA
vakantie | we gaan naar cancún in quintana roo wat is de hoofdstad van quintana roo | MX-ROO
# Working from home (Teams calls, clients, colleagues abroad)
thuiswerk | ik zit zo in een teams call met iemand uit {} wat is daar de hoofdstad | india=IN; de filipijnen=PH; oekraïne=UA
thuiswerk | alexa even snel voor de meeting de klant zit in {} wat is de hoofdstad | japan=JP; singapore=SG; vietnam=VN
thuiswerk | onze nieuwe collega werkt vanuit {} welke stad is de hoofdstad daar | portugal=PT; estland=EE; roemenië=RO
thuiswerk | de klant zit in bangalore wat is de hoofdstad van karnataka | IN-KA
thuiswerk | mijn collega in pune vraagt wat is de hoofdstad van maharashtra | IN-MH
thuiswerk | ons ontwikkelteam zit in telangana wat is daar de hoofdstad | IN-TS
thuiswerk | de leverancier zit in tamil nadu welke stad is daar de hoofdstad | IN-TN
thuiswerk | alexa mute ik ben in een call wat is de hoofdstad van minas gerais | BR-MG
# Cycling fans (Tour de France, Giro, Vuelta)
wielrennen | de tour start dit jaar in {} wat is daar de hoofdstad | denemarken=DK; spanje=ES; italië=IT
wielrennen | de renner die de etappe won komt uit {} wat is de hoofdstad daar | slovenië=SI; colombia=CO; eritrea=ER
wielrennen | de giro start in {} alexa welke stad is daar de hoofdstad | hongarije=HU; albanië=AL; israël=IL
wielrennen | de tour down under is in zuid-australië wat is daar de hoofdstad | AU-SA
wielrennen | de klassieker gaat door vlaanderen is brussel daar de hoofdstad van | FB
# Subdivisions and territories in the words people use
subdivision | alexa wat is de hoofdstad van de staat {} in amerika | alaska=US-AK; alabama=US-AL; arkansas=US-AR
subdivision | mijn neef studeert in {} wat is daar de hoofdstad | massachusetts=US-MA; michigan=US-MI; illinois=US-IL
subdivision | welke stad is de hoofdstad van {} in de vs | colorado=US-CO; connecticut=US-CT; delaware=US-DE
subdivision | we kijken american football en het team komt uit {} wat is daar de hoofdstad | kansas=US-KS; kentucky=US-KY; indiana=US-IN
subdivision | de countryzanger komt uit {} welke stad is de hoofdstad van die staat | tennessee=US-TN; oklahoma=US-OK; wyoming=US-WY
subdivision | hoe heet de hoofdstad van de amerikaanse staat {} | maryland=US-MD; maine=US-ME; minnesota=US-MN
subdivision | alexa wat is de hoofdstad van {} in amerika | missouri=US-MO; mississippi=US-MS; montana=US-MT
subdivision | op de roadtrip rijden we door {} wat is daar de hoofdstad | north carolina=US-NC; north dakota=US-ND; nebraska=US-NE
subdivision | mijn tante is geëmigreerd naar {} wat is de hoofdstad van die staat | new hampshire=US-NH; new jersey=US-NJ; vermont=US-VT
subdivision | de hoofdstad van {} is niet de grootste stad toch welke is het dan | new york=US-NY; pennsylvania=US-PA; washington=US-WA
subdivision | de serie speelt zich af in {} wat is daar de hoofdstad | oregon=US-OR; rhode island=US-RI; south carolina=US-SC
subdivision | bij de verkiezingen gaat het vaak over {} wat is daar de hoofdstad | virginia=US-VA; wisconsin=US-WI; ohio=US-OH
subdivision | wat is de hoofdstad van {} in de verenigde staten | west virginia=US-WV; iowa=US-IA; idaho=US-ID
subdivision | alexa wat is de hoofdstad van hawaï we kijken naar surfen | US-HI
subdivision | de hoofdstad van de staat georgia in amerika niet het land | US-GA
subdivision | hoe heet de hoofdstad van south dakota waar mount rushmore is | US-SD
subdivision | wat is de hoofdstad van washington dc zelf of is dat de stad | US-DC
subdivision | wat is de hoofdstad van de provincie {} in canada | manitoba=CA-MB; saskatchewan=CA-SK; nova scotia=CA-NS
subdivision | mijn oom woont in {} welke stad is daar de hoofdstad | newfoundland=CA-NL; prins edwardeiland=CA-PE; yukon=CA-YT
subdivision | hoe heet de hoofdstad van {} in het noorden van canada | nunavut=CA-NU; de northwest territories=CA-NT; yukon=CA-YT
subdivision | welke stad is de hoofdstad van {} in australië | victoria=AU-VIC; west-australië=AU-WA; het noordelijk territorium=AU-NT
subdivision | alexa wat is de hoofdstad van het australian capital territory | AU-ACT
subdivision | wat is de hoofdstad van de indiase deelstaat {} | kerala=IN-KL; gujarat=IN-GJ; punjab=IN-PB
subdivision | mijn schoonfamilie komt uit {} in india wat is daar de hoofdstad | west-bengalen=IN-WB; assam=IN-AS; odisha=IN-OD
subdivision | in de documentaire over {} noemden ze de hoofdstad hoe heette die | sikkim=IN-SK; ladakh=IN-LA; nagaland=IN-NL
subdivision | welke stad is de hoofdstad van {} in india | jharkhand=IN-JH; madhya pradesh=IN-MP; himachal pradesh=IN-HP
subdivision | alexa wat is de hoofdstad van {} dat is in het noordoosten van india | manipur=IN-MN; mizoram=IN-MZ; meghalaya=IN-ML
subdivision | wat is de hoofdstad van {} ik lees er een boek over | tripura=IN-TR; arunachal pradesh=IN-AR; chhattisgarh=IN-CG
subdivision | de hoofdstad van haryana is dat hetzelfde als van punjab | IN-HR
subdivision | wat zijn de hoofdsteden van jammu en kasjmir zomer en winter | IN-JK
subdivision | wat is de hoofdstad van uttarakhand | IN-UK
subdivision | hoe heet de hoofdstad van andhra pradesh tegenwoordig | IN-AP
subdivision | welke plaats is de hoofdstad van de andamanen en nicobaren | IN-AN
subdivision | wat is de hoofdstad van lakshadweep die eilanden bij india | IN-LD
subdivision | de hoofdstad van het unieterritorium puducherry | IN-PY
subdivision | wat is de hoofdstad van dadra en nagar haveli en daman en diu | IN-DH
subdivision | en delhi zelf als gebied wat is daar de hoofdstad | IN-DL
subdivision | wat is de hoofdstad van het unieterritorium chandigarh | IN-CH
subdivision | wat is de hoofdstad van de braziliaanse deelstaat {} | bahia=BR-BA; paraná=BR-PR; pernambuco=BR-PE
subdivision | de carnavalsgroep komt uit {} in brazilië wat is daar de hoofdstad | ceará=BR-CE; pará=BR-PA; maranhão=BR-MA
subdivision | welke stad is de hoofdstad van {} in brazilië | amazonas=BR-AM; rio grande do sul=BR-RS; santa catarina=BR-SC
subdivision | mijn vriendin komt uit {} wat is daar de hoofdstad | goiás=BR-GO; mato grosso=BR-MT; mato grosso do sul=BR-MS
subdivision | hoe heet de hoofdstad van {} in het noorden van brazilië | acre=BR-AC; rondônia=BR-RO; roraima=BR-RR
subdivision | alexa de hoofdstad van {} in brazilië graag | amapá=BR-AP; tocantins=BR-TO; piauí=BR-PI
subdivision | wat is de hoofdstad van {} aan de braziliaanse kust | alagoas=BR-AL; sergipe=BR-SE; paraíba=BR-PB
subdivision | de hoofdstad van {} in brazilië wat is dat | rio grande do norte=BR-RN; espírito santo=BR-ES; rio de janeiro=BR-RJ
subdivision | is de hoofdstad van de deelstaat são paulo ook gewoon são paulo | BR-SP
subdivision | welke stad is de hoofdstad van het federaal district in brazilië | BR-DF
subdivision | welke stad is de hoofdstad van {} in mexico | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | wat is de hoofdstad van de mexicaanse staat {} | chiapas=MX-CHP; nuevo león=MX-NLE; sonora=MX-SON
subdivision | de telenovela speelt in {} wat is daar de hoofdstad | chihuahua=MX-CHH; veracruz=MX-VER; puebla=MX-PUE
subdivision | hoe heet de hoofdstad van {} in mexico | guerrero=MX-GRO; baja california=MX-BCN; sinaloa=MX-SIN
subdivision | mijn zwager werkt in {} in mexico welke stad is de hoofdstad | coahuila=MX-COA; tamaulipas=MX-TAM; durango=MX-DUR
subdivision | wat is de hoofdstad van {} een mexicaanse deelstaat | michoacán=MX-MIC; morelos=MX-MOR; nayarit=MX-NAY
subdivision | de hoofdstad van {} in mexico alsjeblieft | guanajuato=MX-GUA; hidalgo=MX-HID; querétaro=MX-QUE
subdivision | alexa welke stad is de hoofdstad van {} mexico | tabasco=MX-TAB; tlaxcala=MX-TLA; zacatecas=MX-ZAC
subdivision | wat is de hoofdstad van {} in het midden van mexico | aguascalientes=MX-AGU; san luis potosí=MX-SLP; de staat mexico=MX-MEX
subdivision | hoe heet de hoofdstad van campeche op yucatán | MX-CAM
subdivision | wat is de hoofdstad van colima aan de pacifische kust | MX-COL
subdivision | heeft mexico-stad als deelgebied nog een eigen hoofdstad | MX-CMX
subdivision | wat is de hoofdstad van de britse overzeese gebieden {} | bermuda=BM; montserrat=MS; de falklandeilanden=FK
subdivision | welke plaats is de hoofdstad van {} | jersey=JE; guernsey=GG; het eiland man=IM
subdivision | hoe heet de hoofdstad van {} in de stille oceaan | guam=GU; amerikaans-samoa=AS; de noordelijke marianen=MP
subdivision | wat is de hoofdstad van het franse overzeese gebied {} | réunion=RE; mayotte=YT; frans-polynesië=PF
subdivision | welk stadje is de hoofdstad van {} | sint-helena=SH; saint-pierre en miquelon=PM; wallis en futuna=WF
subdivision | alexa wat is de hoofdstad van {} bij australië | christmaseiland=CX; de cocoseilanden=CC; norfolk=NF
subdivision | wat is de hoofdstad van nieuw-caledonië waar ze frans spreken | NC
subdivision | wat is de hoofdstad van niue | NU
subdivision | wat is de hoofdstad van de amerikaanse maagdeneilanden | VI
subdivision | is er een hoofdstad op het brits territorium in de indische oceaan | IO
subdivision | wat is de hoofdstad van zuid-georgia en de zuidelijke sandwicheilanden | GS
subdivision | wat is de hoofdstad van de franse zuidelijke gebieden | TF
subdivision | heeft hongkong een hoofdstad | HK
subdivision | wat is de hoofdstad van macau | MO
subdivision | wat is de hoofdstad van antarctica de zuidpool | AQ
subdivision | wat is de hoofdstad van het bouveteiland | BV
subdivision | de kleine afgelegen eilanden van amerika hebben die een hoofdstad | UM
subdivision | wat is de hoofdstad van heard en mcdonaldeilanden | HM
subdivision | alexa wat is de hoofdstad van caribisch nederland | BQ
subdivision | wat is de hoofdstad van de deelstaat berlijn is dat gewoon berlijn | DE-BE
subdivision | welke stad is de hoofdstad van schleswig-holstein | DE-SH
# Plural capitals: every several-capital country and Palestine, in the groups' words
plural-capitals | alexa voor de topotoets welke hoofdsteden heeft {} | bolivia=BO; benin=BJ; zuid-afrika=ZA
plural-capitals | de quizmaster wil alle hoofdsteden van {} horen welke zijn dat | sri lanka=LK; maleisië=MY; eswatini=SZ
plural-capitals | allez alexa wat zijn de hoofdsteden van {} want er zijn er meerdere | ivoorkust=CI; nederland=NL; palestina=PS
plural-capitals | wollah alexa {} heeft toch twee hoofdsteden welke zijn dat | nederland=NL; bolivia=BO; maleisië=MY
plural-capitals | mijn huisgenoot zegt dat {} meer dan een hoofdstad heeft noem ze allemaal | zuid-afrika=ZA; sri lanka=LK; benin=BJ
plural-capitals | alexa noem de hoofdsteden van {} allemaal op | eswatini=SZ; ivoorkust=CI; palestina=PS
plural-capitals | voor aardrijkskunde moet ik de twee hoofdsteden van {} kennen | bolivia=BO; benin=BJ; ivoorkust=CI
plural-capitals | aduh alexa welke hoofdsteden heeft {} eigenlijk | maleisië=MY; sri lanka=LK; nederland=NL
plural-capitals | wat zijn volgens jou de hoofdsteden van {} alexa | palestina=PS; eswatini=SZ; benin=BJ
plural-capitals | opa vraagt wat de hoofdsteden van {} zijn | zuid-afrika=ZA; bolivia=BO; sri lanka=LK
plural-capitals | de collega in de kas vraagt hoofdsteden van {} welke zijn het | maleisië=MY; ivoorkust=CI; eswatini=SZ
plural-capitals | hee gozer alexa welke twee steden zijn de hoofdsteden van {} | nederland=NL; palestina=PS; bolivia=BO
plural-capitals | in de kroegquiz willen ze beide hoofdsteden van {} weten | sri lanka=LK; benin=BJ; maleisië=MY
plural-capitals | alexa de regering en het parlement van {} zitten in verschillende steden welke hoofdsteden zijn dat | zuid-afrika=ZA; eswatini=SZ; ivoorkust=CI
plural-capitals | bon dia alexa wat zijn de hoofdsteden van {} | bolivia=BO; nederland=NL; palestina=PS
plural-capitals | mijn docent zegt {} heeft meer hoofdsteden wat zijn die | zuid-afrika=ZA; benin=BJ; sri lanka=LK
plural-capitals | jao alexa hoeveel hoofdsteden heeft {} en hoe heten ze | maleisië=MY; eswatini=SZ; ivoorkust=CI
plural-capitals | de drie hoofdsteden van zuid-afrika hoe heten die ook alweer | ZA
plural-capitals | is het nou amsterdam of den haag welke hoofdsteden heeft nederland officieel | NL
plural-capitals | welke hoofdsteden heeft palestina volgens jouw bronnen | PS
plural-capitals | sucre en la paz zijn dat allebei hoofdsteden van bolivia | BO
plural-capitals | abidjan en yamoussoukro zijn dat de hoofdsteden van ivoorkust | CI
plural-capitals | kuala lumpur en putrajaya welke van die twee zijn de hoofdsteden van maleisië | MY
plural-capitals | pretoria kaapstad of bloemfontein wat zijn nou de hoofdsteden van zuid-afrika | ZA
plural-capitals | colombo of kotte wat zijn de hoofdsteden van sri lanka | LK
plural-capitals | mbabane en lobamba zijn de hoofdsteden van eswatini toch | SZ
plural-capitals | porto-novo en cotonou zijn dat de twee hoofdsteden van benin | BJ
plural-capitals | alexa welke hoofdsteden heeft het land van de kapelaan bolivia | BO
plural-capitals | amai twee hoofdsteden in nederland hoe zit dat | NL
plural-capitals | ramallah en oost-jeruzalem zijn dat de hoofdsteden van palestina | PS
plural-capitals | de hoofdsteden van eswatini vroeger swaziland welke zijn dat | SZ
# Follow-ups (no earlier turn in the file; the expected value is the place named)
follow-up | en die van {} dan | spanje=ES; portugal=PT; italië=IT
follow-up | oké en van {} | noorwegen=NO; zweden=SE; finland=FI
follow-up | tangi en van {} baya | guyana=GY; suriname=SR; brazilië=BR
follow-up | danki en van {} dan | aruba=AW; curaçao=CW; bonaire=BQ
follow-up | tesekkürler alexa en {} | turkije=TR; iran=IR; irak=IQ
follow-up | en hoe zit het bij {} | polen=PL; tsjechië=CZ; oostenrijk=AT
follow-up | amai en van {} dan | kameroen=CM; gabon=GA; senegal=SN
follow-up | goed zo en de volgende is {} | kenia=KE; japan=JP; chili=CL
follow-up | dan nog eentje alexa {} | mongolië=MN; nepal=NP; laos=LA
follow-up | en als ik {} zeg | peru=PE; bolivia=BO; ecuador=EC
follow-up | en hoe zit het met {} | canada=CA; mexico=MX; cuba=CU
follow-up | zelfde vraag maar dan voor {} | egypte=EG; libië=LY; soedan=SD
follow-up | en van de deelstaat {} | beieren=DE-BY; hessen=DE-HE; saksen=DE-SN
follow-up | en in {} dan | texas=US-TX; ohio=US-OH; indiana=US-IN
follow-up | jao en {} | estland=EE; letland=LV; litouwen=LT
follow-up | en van de provincie {} | ontario=CA-ON; quebec=CA-QC; alberta=CA-AB
follow-up | wollah en van {} | algerije=DZ; tunesië=TN; jordanië=JO
follow-up | en daarna {} graag | vietnam=VN; thailand=TH; cambodja=KH
# Yes/no checks (expected: the place asked about)
yes-no-check | is amsterdam echt de hoofdstad van nederland of is het toch den haag | NL
yes-no-check | klopt het dat canberra de hoofdstad van australië is en niet sydney | AU
yes-no-check | is ankara de hoofdstad van turkije of istanbul abi | TR
yes-no-check | is rio de janeiro nog steeds de hoofdstad van brazilië | BR
yes-no-check | alexa is toronto de hoofdstad van canada ja of nee | CA
yes-no-check | is zürich de hoofdstad van zwitserland | CH
yes-no-check | wollah is casablanca de hoofdstad van marokko of niet | MA
yes-no-check | is lagos de hoofdstad van nigeria | NG
yes-no-check | is almaty nog altijd de hoofdstad van kazachstan | KZ
yes-no-check | is dar es salaam de hoofdstad van tanzania | TZ
yes-no-check | is yangon nog de hoofdstad van myanmar | MM
yes-no-check | mijn zoontje zegt new york is de hoofdstad van amerika klopt dat | US
yes-no-check | is sydney ook de hoofdstad van nieuw-zuid-wales | AU-NSW
yes-no-check | is münchen de hoofdstad van beieren | DE-BY
yes-no-check | is los angeles de hoofdstad van californië | US-CA
yes-no-check | is mumbai de hoofdstad van maharashtra | IN-MH
yes-no-check | is miami de hoofdstad van florida | US-FL
yes-no-check | is willemstad de hoofdstad van curaçao dushi | CW
yes-no-check | is paramaribo de hoofdstad van suriname ja toch | SR
yes-no-check | is wellington de hoofdstad van nieuw-zeeland of auckland | NZ
yes-no-check | is ho chi minhstad de hoofdstad van vietnam | VN
yes-no-check | is kaapstad de hoofdstad van zuid-afrika | ZA
yes-no-check | is genève de hoofdstad van zwitserland | CH
yes-no-check | is karachi de hoofdstad van pakistan | PK
yes-no-check | is krakau de hoofdstad van polen dobra | PL
yes-no-check | is sint-petersburg de hoofdstad van rusland | RU
yes-no-check | is belfast de hoofdstad van noord-ierland | GB-NIR
yes-no-check | is glasgow de hoofdstad van schotland | GB-SCT
yes-no-check | is jeruzalem de hoofdstad van israël | IL
yes-no-check | alexa is bern echt de hoofdstad van zwitserland ik dacht genève | CH
yes-no-check | is oranjestad de hoofdstad van aruba | AW
yes-no-check | is düsseldorf de hoofdstad van noordrijn-westfalen of keulen | DE-NW
yes-no-check | is new york de hoofdstad van de staat new york | US-NY
yes-no-check | is quebec de hoofdstad van quebec | CA-QC
yes-no-check | is abuja de hoofdstad van nigeria sinds kort | NG
yes-no-check | is kiev de hoofdstad van oekraïne | UA
# Self-corrections (expected: the place the speaker ends on)
self-correction | wat is de hoofdstad van oostenrijk nee ik bedoel australië | AU
self-correction | de hoofdstad van zweden eh zwitserland | CH
self-correction | wat is de hoofdstad van slowakije nee slovenië | SI
self-correction | de hoofdstad van nigeria sorry niger | NE
self-correction | hoofdstad van gambia nee zambia | ZM
self-correction | wat is de hoofdstad van irak of nee iran | IR
self-correction | de hoofdstad van guinee nee guinee-bissau | GW
self-correction | alexa de hoofdstad van de dominicaanse republiek nee gewoon dominica | DM
self-correction | wat is de hoofdstad van mali eh malawi | MW
self-correction | wat is de hoofdstad van oostenrijk ach nee ik bedoel hongarije | HU
self-correction | de hoofdstad van letland nee litouwen | LT
self-correction | wat is de hoofdstad van noord-korea nee zuid-korea | KR
self-correction | allez wat is de hoofdstad van libië nee libanon | LB
self-correction | wollah wat is de hoofdstad van mauritius nee mauritanië | MR
self-correction | de hoofdstad van de republiek congo nee de democratische republiek congo | CD
self-correction | de hoofdstad van new york nee new jersey | US-NJ
self-correction | wat is de hoofdstad van west virginia nee gewoon virginia | US-VA
self-correction | de hoofdstad van north dakota eh south dakota | US-SD
self-correction | wat is de hoofdstad van saksen nee saksen-anhalt | DE-ST
self-correction | de hoofdstad van nieuw-zeeland nee nieuw-caledonië | NC
self-correction | wat is de hoofdstad van sint-maarten nee sint-helena | SH
self-correction | alexa de hoofdstad van armenië nee albanië | AL
self-correction | wat is de hoofdstad van bahrein nee bhutan | BT
self-correction | de hoofdstad van tonga eh togo | TG
self-correction | wat is de hoofdstad van paraguay sorry uruguay | UY
self-correction | de hoofdstad van ethiopië nee eritrea | ER
self-correction | wat is de hoofdstad van samoa nee amerikaans-samoa | AS
self-correction | de hoofdstad van guyana nee frans-guyana | GF
self-correction | wat is de hoofdstad van tsjaad ach nee tsjechië | CZ
self-correction | mijn kind zegt de hoofdstad van groenland nee van ijsland | IS
self-correction | de hoofdstad van punjab eh haryana | IN-HR
self-correction | wat is de hoofdstad van baja california nee baja california sur | MX-BCS
self-correction | de hoofdstad van de bahama's nee barbados | BB
self-correction | de hoofdstad van de filipijnen nee fiji | FJ
self-correction | wat is de hoofdstad van oostenrijk nee van australië de staat victoria | AU-VIC
self-correction | ik bedoel niet zweden maar swaziland wat is daar de hoofdstad | SZ
# Reverse questions (which place has this capital)
reverse-question | van welk land is ulaanbaatar de hoofdstad | MN
reverse-question | alexa waar is ouagadougou de hoofdstad van | BF
reverse-question | welk land heeft tbilisi als hoofdstad | GE
reverse-question | reykjavik is de hoofdstad van welk land | IS
reverse-question | van welke staat is sacramento de hoofdstad | US-CA
reverse-question | waar is bismarck de hoofdstad van | US-ND
reverse-question | welk land hoort bij de hoofdstad vientiane | LA
reverse-question | van welk land is paramaribo de hoofdstad mi boi vraagt het | SR
reverse-question | welke provincie heeft winnipeg als hoofdstad | CA-MB
reverse-question | welke indiase staat heeft jaipur als hoofdstad | IN-RJ
reverse-question | van welk land is windhoek de hoofdstad | NA
reverse-question | waar is kingston de hoofdstad van | CITY:kingston
reverse-question | van welke deelstaat is wiesbaden de hoofdstad | DE-HE
reverse-question | kiel is de hoofdstad van welke deelstaat | DE-SH
reverse-question | welke staat in mexico heeft guadalajara als hoofdstad | MX-JAL
reverse-question | waar is manaus de hoofdstad van | BR-AM
reverse-question | van welke eilanden is tórshavn de hoofdstad | FO
reverse-question | van welk land is tegucigalpa de hoofdstad | HN
reverse-question | welk land heeft asmara als hoofdstad | ER
reverse-question | honiara is de hoofdstad van wat | SB
reverse-question | van welk land is bisjkek de hoofdstad | KG
reverse-question | doesjanbe is de hoofdstad van welk land | TJ
reverse-question | van welk land is lilongwe de hoofdstad | MW
reverse-question | welk land heeft naypyidaw als hoofdstad | MM
reverse-question | waar is montpelier de hoofdstad van | US-VT
reverse-question | van welke staat is juneau de hoofdstad | US-AK
reverse-question | van welke provincie is halifax de hoofdstad | CA-NS
reverse-question | van welk land is victoria de hoofdstad | CITY:victoria
reverse-question | welk land heeft als hoofdstad port moresby | PG
reverse-question | van welk land is valletta de hoofdstad | MT
reverse-question | waar is pierre de hoofdstad van | US-SD
reverse-question | belo horizonte is de hoofdstad van welke staat in brazilië | BR-MG
reverse-question | van welk land is ljubljana de hoofdstad | SI
subdivision | mijn zwager uit salvador zegt dat zijn stad de hoofdstad van bahia is klopt dat | BR-BA
subdivision | de gaúcho's komen uit rio grande do sul alexa hoe heet daar de hoofdstad | BR-RS
subdivision | de ijshockeyer van de jets komt uit manitoba wat is de hoofdstad daar | CA-MB
subdivision | de vissers van nova scotia welke stad is daar de hoofdstad | CA-NS
subdivision | we doen een ayurveda kuur in kerala wat is daar de hoofdstad | IN-KL
subdivision | de sikh familie in de straat komt uit punjab in india wat is daar de hoofdstad | IN-PB
subdivision | de yogaleraar gaat naar rishikesh in uttarakhand welke stad is daar de hoofdstad | IN-UK
subdivision | de koffie van de markt komt uit chiapas wat is daar de hoofdstad | MX-CHP
subdivision | de postzegel van de kroegquiz komt van niue welke plaats is de hoofdstad | NU
subdivision | mijn collega komt van mayotte bij madagaskar wat is daar de hoofdstad | YT
subdivision | is er wel een hoofdstad in hongkong of hoort dat bij china | HK
# Official names
official-name | wat is de hoofdstad van de bondsrepubliek duitsland | DE
official-name | de hoofdstad van het koninkrijk der nederlanden | NL
official-name | wat is de hoofdstad van de russische federatie | RU
official-name | de hoofdstad van de volksrepubliek china | CN
official-name | wat is de hoofdstad van het groothertogdom luxemburg | LU
official-name | de hoofdstad van de islamitische republiek iran | IR
official-name | wat is de hoofdstad van de republiek korea | KR
official-name | de hoofdstad van de democratische volksrepubliek korea | KP
official-name | wat is de hoofdstad van de helleense republiek | GR
official-name | het vorstendom liechtenstein wat is daar de hoofdstad | LI
official-name | de hoofdstad van het hasjemitisch koninkrijk jordanië | JO
official-name | wat is de hoofdstad van de arabische republiek egypte | EG
official-name | de socialistische republiek vietnam welke stad is de hoofdstad | VN
official-name | wat is de hoofdstad van de verenigde mexicaanse staten | MX
official-name | de hoofdstad van de federale democratische republiek ethiopië | ET
official-name | wat is de hoofdstad van de verenigde republiek tanzania | TZ
official-name | de hoofdstad van het koninkrijk eswatini | SZ
official-name | wat is de hoofdstad van de oostelijke republiek uruguay | UY
official-name | de hoofdstad van de bolivariaanse republiek venezuela | VE
official-name | wat is de hoofdstad van het verenigd koninkrijk van groot-brittannië en noord-ierland | GB
official-name | de hoofdstad van de republiek van de unie van myanmar | MM
official-name | wat is de hoofdstad van de islamitische republiek pakistan | PK
official-name | de hoofdstad van de federale republiek nigeria | NG
official-name | wat is de hoofdstad van de republiek türkiye | TR
official-name | de hoofdstad van het koninkrijk saoedi-arabië | SA
official-name | wat is de hoofdstad van de democratische socialistische republiek sri lanka | LK
official-name | de hoofdstad van het sultanaat oman | OM
official-name | wat is de hoofdstad van de staat israël | IL
official-name | wat is de hoofdstad van de republiek china op taiwan | TW
official-name | wat is de hoofdstad van de tsjechische republiek | CZ
official-name | de hoofdstad van de federatie saint kitts en nevis | KN
official-name | wat is de hoofdstad van het zwitsers eedgenootschap | CH
official-name | de hoofdstad van het gemenebest dominica | DM
official-name | wat is de hoofdstad van het gemenebest van australië | AU
official-name | de hoofdstad van de federale staten van micronesia | FM
official-name | wat is de hoofdstad van de unie der comoren | KM
official-name | alexa wat is de hoofdstad van côte d'ivoire | CI
official-name | wat is de hoofdstad van de democratische republiek timor-leste | TL
official-name | de hoofdstad van de republiek cabo verde | CV
official-name | wat is de hoofdstad van het koninkrijk bhutan | BT
# Everyday names
everyday-name | mijn zoontje vraagt wat de hoofdstad van amerika is | US
everyday-name | wat is de hoofdstad van holland eigenlijk | NL
everyday-name | wat is de hoofdstad van groot-brittannië nou precies | GB
everyday-name | we vliegen via de emiraten wat is daar de hoofdstad | AE
everyday-name | de buurvrouw komt uit bosnië wat is daar de hoofdstad | BA
everyday-name | alexa wat is de hoofdstad van wit-rusland | BY
everyday-name | de hoofdstad van macedonië hoe heet die | MK
everyday-name | we gaan all inclusive naar de dominicaanse wat is daar de hoofdstad | DO
everyday-name | de paus woont in het vaticaan wat is daar de hoofdstad | VA
everyday-name | de steelband komt uit trinidad wat is daar de hoofdstad | TT
everyday-name | wat is de hoofdstad van papoea | PG
everyday-name | wat is de hoofdstad van congo-kinshasa | CD
everyday-name | de hoofdstad van de vs is dat washington | US
everyday-name | wat is de hoofdstad van de uk | GB
everyday-name | mijn neef woont in de staten wat is daar de hoofdstad | US
everyday-name | de hoofdstad van de arabische emiraten is dat dubai | AE
everyday-name | alexa wat is de hoofdstad van saoedi | SA
everyday-name | wat is de hoofdstad van kirgistan | KG
everyday-name | de kaapverdische eilanden wat is daar de hoofdstad | CV
everyday-name | wat is de hoofdstad van de kaaimaneilanden eh de kaaimans | KY
everyday-name | wat is de hoofdstad van de falklands | FK
everyday-name | wat is de hoofdstad van tahiti | PF
everyday-name | wat is de hoofdstad van st lucia | LC
everyday-name | wat is de hoofdstad van st vincent | VC
everyday-name | en antigua wat is daar de hoofdstad | AG
everyday-name | wat is de hoofdstad van new zealand | NZ
everyday-name | de hoofdstad van hawaii | US-HI
everyday-name | wat is de hoofdstad van tsjechoslowakije nu tsjechië | CZ
everyday-name | hoofdstad van het vaticaan de paus zijn stad | VA
self-correction | wat is de hoofdstad van zuid-amerika eh van brazilië | BR
everyday-name | wat is de hoofdstad van guinee-conakry | GN
everyday-name | wat is de hoofdstad van sao tomé | ST
everyday-name | wat is de hoofdstad van bosnië-herzegovina | BA
everyday-name | de hoofdstad van holland is toch amsterdam | NL
everyday-name | wat is de hoofdstad van het vasteland van china | CN
# Shared names (a name that means several places)
shared-name | de k-pop groep komt uit korea wat is daar de hoofdstad | KP+KR
shared-name | welke hoofdsteden hebben de twee korea's | KP+KR
shared-name | noord en zuid-korea wat zijn de hoofdsteden | KP+KR
shared-name | de beide korea's hoe heten hun hoofdsteden | KP+KR
shared-name | de voetballer komt uit congo wat is daar de hoofdstad | CD+CG
shared-name | de twee congo's hoe heten de hoofdsteden | CD+CG
shared-name | beide congo's welke hoofdsteden hebben die | CD+CG
shared-name | mijn vriendin verhuist naar georgia welke stad is daar de hoofdstad | GE+US-GA
shared-name | alexa wat is de hoofdstad van georgia ik weet niet welke | GE+US-GA
shared-name | de wijnen komen uit georgia wat is de hoofdstad | GE+US-GA
shared-name | wat is de hoofdstad van de maagdeneilanden | VG+VI
shared-name | we zeilen naar de virgin islands wat is daar de hoofdstad | VG+VI
shared-name | de maagdeneilanden hoe heet de hoofdstad daar dushi | VG+VI
shared-name | dominica en de dominicaanse republiek wat zijn hun hoofdsteden | DM+DO
shared-name | wat zijn de hoofdsteden van dominica en de dominicaanse republiek | DM+DO
shared-name | korea wat is de hoofdstad abla vraagt het | KP+KR
shared-name | de hoofdstad van congo voor de topotoets | CD+CG
shared-name | georgia hoofdstad | GE+US-GA
# Launch by the invocation name "hoofdsteden van de wereld"
launch | alexa open hoofdsteden van de wereld voor de topotoets | LAUNCH
launch | jao alexa start hoofdsteden van de wereld | LAUNCH
launch | allez alexa open ne keer hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden van de wereld we doen een kroegquiz | LAUNCH
launch | alexa start hoofdsteden van de wereld voor opa | LAUNCH
launch | wollah alexa open hoofdsteden van de wereld | LAUNCH
launch | alexa open effe hoofdsteden van de wereld | LAUNCH
launch | alexa dobra open hoofdsteden van de wereld | LAUNCH
launch | alexa kun je hoofdsteden van de wereld voor mij opstarten | LAUNCH
launch | alexa speel hoofdsteden van de wereld met de kinderen | LAUNCH
launch | alexa ik wil hoofdsteden van de wereld openen | LAUNCH
launch | alexa open hoofdsteden van de wereld in de camper | LAUNCH
launch | alexa wette gij hoofdsteden van de wereld open doen | LAUNCH
launch | alexa open hoofdsteden van de wereld for me please | LAUNCH
launch | alexa start de skill hoofdsteden van de wereld | LAUNCH
launch | alexa activeer hoofdsteden van de wereld voor de spelavond | LAUNCH
launch | alexa open hoofdsteden van de wereld ik heb een pw | LAUNCH
launch | alexa bon dia open hoofdsteden van de wereld | LAUNCH
launch | alexa mag ik hoofdsteden van de wereld | LAUNCH
launch | alexa laat hoofdsteden van de wereld maar starten | LAUNCH
launch | alexa open hoofdsteden van de wereld tijdens de pauze | LAUNCH
launch | alexa doe hoofdsteden van de wereld eens open | LAUNCH
launch | alexa open hoofdsteden van de wereld voor de klas | LAUNCH
launch | alexa start hoofdsteden van de wereld op de boot | LAUNCH
launch | alexa open hoofdsteden van de wereld bud laska | LAUNCH
launch | alexa begin met hoofdsteden van de wereld | LAUNCH
launch | alexa open die hoofdsteden van de wereld skill | LAUNCH
launch | alexa start hoofdsteden van de wereld we oefenen voor aardrijkskunde | LAUNCH
launch | hoi alexa iepen hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden van de wereld tamam | LAUNCH
# Help, in the groups' words
help | 'k snap 't nie hoe moet dit | HELP
help | ich weit neet wat ich moet zeggen help | HELP
help | hedde gij uitleg voor mij | HELP
help | baya hoe werkt dit ding | HELP
help | dushi kun je me helpen | HELP
help | yani wat moet ik vragen | HELP
help | dobra hoe vraag ik dit | HELP
help | kassian ik snap het niet help mij | HELP
help | awel hoe moet da | HELP
help | hoe vraag ik naar de hoofdstad van een deelstaat | HELP
help | alexa wat kan ik allemaal aan hoofdsteden van de wereld vragen | HELP
help | jao hoe werkt dit nou | HELP
help | ik wet et nich hoe moet dit | HELP
help | allez hoe werkt da hier | HELP
help | amai ik snap er niks van help eens | HELP
help | wette gij hoe dit werkt | HELP
help | wollah hoe moet ik dit doen | HELP
help | help mij effe gozer | HELP
help | ik weet niet hoe ik moet vragen kun je helpen | HELP
help | bud laska help mij | HELP
help | tak help alsjeblieft | HELP
help | aduh hoe gaat dit spelletje | HELP
help | what can i ask eh wat kan ik vragen | HELP
help | help i don't understand | HELP
help | opa snapt het niet wat moet hij zeggen | HELP
help | zuster hoe werkt dat ding eh alexa help | HELP
help | juf zegt ik moet hulp vragen hoe werkt het | HELP
help | welke vragen kan ik stellen over landen | HELP
help | wat voor dingen weet jij allemaal | HELP
help | geef eens een voorbeeld van een vraag | HELP
help | hoe vraag ik naar een hoofdstad | HELP
help | ik kom er niet uit help | HELP
help | uitleg graag | HELP
help | wat moet ik zeggen om een hoofdstad te horen | HELP
help | kun je uitleggen hoe dit spel gaat | HELP
help | hoe werkt de skill met de deelstaten | HELP
help | tamam maar hoe werkt het | HELP
help | fa waka hoe gaat dit | HELP
help | hoi hoe wurket dit | HELP
help | help de quizmaster wacht | HELP
help | wat zijn de opties | HELP
help | hulp nodig bij de topo | HELP
help | kan je me helpen met de vragen | HELP
help | ik ben nieuw hier hoe werkt dit | HELP
help | sorry my dutch hoe werkt het | HELP
help | alexa help ik sta met de bak stil en snap het niet | HELP
help | wat kan deze skill | HELP
help | zeg ne keer wat ik kan vragen | HELP
help | hoe moet ik de vraag stellen mattie | HELP
help | wat doe ik verkeerd help | HELP
help | help me eens op weg | HELP
help | hoe werkte dat ook alweer | HELP
# Stop, in the groups' words
stop | jao alexa stoppen noe | STOP
stop | 'k ben klaar stop maar | STOP
stop | alaaf stop nu maar ich gaon | STOP
stop | stop maar unne keer | STOP
stop | tige tank en stop no | STOP
stop | awel het is genoeg geweest stop | STOP
stop | baya stop nou | STOP
stop | mi ta kaba stop alexa | STOP
stop | sahbi stop ermee | STOP
stop | yani stop artik | STOP
stop | kassian ik ben moe stop maar | STOP
stop | the quiz is over stop the skill | STOP
stop | zuster het is bedtijd stop | STOP
stop | stop de schipper moet aanleggen | STOP
stop | stop we landen zo | STOP
stop | jao genoeg geweest | STOP
stop | allez stop ermee | STOP
stop | amai stop nu maar | STOP
stop | houdoe alexa | STOP
stop | wollah stop nu | STOP
stop | ewa kappen alexa | STOP
stop | stop effe gozer | STOP
stop | tamam stop | STOP
stop | dobra koniec stop | STOP
stop | stop dyakuyu | STOP
stop | aduh hou op | STOP
stop | stop it alexa | STOP
stop | that's enough alexa stop | STOP
stop | zuster zet hem maar uit | STOP
stop | de pauze is voorbij stop maar | STOP
stop | we zijn klaar met de topo | STOP
stop | de quiz is afgelopen stop | STOP
stop | stop de skill | STOP
stop | sluit hoofdsteden van de wereld af | STOP
stop | ik wil stoppen met het spel | STOP
stop | klaar ermee | STOP
stop | nu is het mooi geweest | STOP
stop | hou er maar mee op | STOP
stop | ophouden alexa | STOP
stop | stop ik moet rijden | STOP
stop | we gaan eten stop maar | STOP
stop | alexa uit | STOP
stop | stop de oven piept | STOP
stop | stoppen ik ga slapen | STOP
stop | tot de volgende keer alexa stop | STOP
stop | afsluiten graag | STOP
stop | stop er maar mee we moeten door | STOP
stop | genoeg hoofdsteden voor vandaag | STOP
stop | fa waka stop maar | STOP
stop | danki stop nu | STOP
stop | ik heb genoeg geleerd stop | STOP
stop | mokum roept stop ermee | STOP
stop | de teams call begint stop | STOP
stop | alexa hou nou eens je mond | STOP
stop | stop met de vragen | STOP
stop | nee nu niet meer stop | STOP
stop | stoppe alexa | STOP
# Cancel, in the groups' words
cancel | jao laat maar ik wet et al | CANCEL
cancel | 'k hoef het nie meer te weten | CANCEL
cancel | ich weit 't alweer laat maar | CANCEL
cancel | laat maar zitten ons moeder weet het al | CANCEL
cancel | tige tank maar laat maar | CANCEL
cancel | awel laat maar seffens zoek ik het op | CANCEL
cancel | nou moe laat maar ik wist het al | CANCEL
cancel | baya laat dat maar | CANCEL
cancel | danki laat maar dushi | CANCEL
cancel | sahbi laat maar ik weet het al | CANCEL
cancel | yani laat maar abi weet het | CANCEL
cancel | tak tak laat maar ploegleider weet het | CANCEL
cancel | dyakuyu maar niet meer nodig | CANCEL
cancel | kassian laat maar zitten oom weet het weer | CANCEL
cancel | forget it the answer is in my notes | CANCEL
cancel | zuster laat maar het is niet belangrijk | CANCEL
cancel | juf laat maar we gaan naar buiten | CANCEL
cancel | die vraag telt niet laat maar | CANCEL
cancel | laat maar de bonusvraag is al voorbij | CANCEL
cancel | laat maar we zijn door de grens | CANCEL
cancel | laat maar zitten | CANCEL
cancel | allez laat maar | CANCEL
cancel | amai nee laat maar | CANCEL
cancel | wollah laat maar | CANCEL
cancel | laat maar gozer | CANCEL
cancel | laat het maar effe | CANCEL
cancel | annuleer dat maar | CANCEL
cancel | annuleren ik weet het al | CANCEL
cancel | vergeet het maar | CANCEL
cancel | vergeet die vraag | CANCEL
cancel | laat die vraag maar | CANCEL
cancel | nee toch niet | CANCEL
cancel | doe toch maar niet | CANCEL
cancel | never mind alexa | CANCEL
cancel | cancel that | CANCEL
cancel | laat maar juf weet het al | CANCEL
cancel | opa weet het alweer laat maar | CANCEL
cancel | tamam laat maar | CANCEL
cancel | dobra nie laat maar | CANCEL
cancel | aduh laat maar zitten | CANCEL
cancel | laat maar ik zoek het zelf op | CANCEL
cancel | hoeft niet meer | CANCEL
cancel | laat maar de quizmaster heeft het al gezegd | CANCEL
cancel | annuleer de vraag | CANCEL
cancel | stop die vraag maar ik weet het | CANCEL
cancel | nee wacht laat maar | CANCEL
cancel | sorry verkeerde vraag laat maar | CANCEL
cancel | ik bedoelde niks laat maar | CANCEL
cancel | laat maar ik heb het gevonden | CANCEL
cancel | niet nodig meer | CANCEL
cancel | vergeet wat ik vroeg | CANCEL
cancel | laat maar het is al goed | CANCEL
cancel | annuleer alsjeblieft | CANCEL
cancel | ewa laat maar mattie | CANCEL
cancel | no span laat maar | CANCEL
cancel | laat maar ge moet niet zoeken | CANCEL
cancel | mi boi weet het al laat maar | CANCEL
cancel | laat dat maar de planner belt | CANCEL
cancel | hoeft al niet meer de purser wist het | CANCEL
cancel | laat maar zitten ik ga verder met koken | CANCEL
cancel | laat maar de tentamens zijn voorbij | CANCEL
cancel | nee laat maar dat was een vergissing | CANCEL
# Out-of-domain requests and near misses
cabinepersoneel | de crew gaat na asunción door naar {} wat is daar de hoofdstad | paraguay=PY; bolivia=BO; argentinië=AR
studentenhuis | mijn huisgenoot doet vrijwilligerswerk in paraguay hoe heet de hoofdstad daar | PY
keuken | alexa de yerba mate komt uit paraguay wat is de hoofdstad | PY
official-name | wat is de hoofdstad van de republiek paraguay voor de kroegquiz | PY
official-name | opa zegt het koninkrijk van de nederlanden heeft als hoofdstad welke stad | NL
official-name | de quizmaster noemt het groothertogdom wat is daar de hoofdstad | LU
official-name | alexa wat is de hoofdstad van de portugese republiek dobra | PT
official-name | voor mijn werkstuk wat is de hoofdstad van de franse republiek | FR
official-name | wat is de hoofdstad van de republiek der filipijnen aduh | PH
official-name | de hoofdstad van de koreaanse volksrepubliek in het noorden | KP
official-name | wat is de hoofdstad van de islamitische emiraat afghanistan | AF
official-name | wat is de hoofdstad van het koninkrijk marokko wollah | MA
official-name | het koninkrijk belgië allez wat is daar de hoofdstad | BE
official-name | de hoofdstad van de federatieve republiek brazilië voor de purser | BR
official-name | wat is de hoofdstad van de republiek suriname fa waka | SR
official-name | de hoofdstad van de argentijnse republiek voor de kroegquiz | AR
yes-no-check | jao alexa is berlijn nog de hoofdstad van duitsland of was dat bonn | DE
yes-no-check | m'n schoonzoon zegt dat lissabon de hoofdstad van portugal is klopt dat | PT
yes-no-check | alaaf is luik de hoofdstad van belgië ich weit 't neet | BE
yes-no-check | wette gij of nairobi de hoofdstad van kenia is | KE
yes-no-check | hoi alexa is cardiff de haadstêd fan wales | GB-WLS
yes-no-check | allez is kinshasa de hoofdstad van congo-kinshasa | CD
yes-no-check | effe checken is havana de hoofdstad van cuba | CU
yes-no-check | baya is georgetown de hoofdstad van guyana | GY
yes-no-check | dushi is kralendijk de hoofdstad van bonaire | BQ
yes-no-check | tamam is bakoe de hoofdstad van azerbeidzjan of niet | AZ
yes-no-check | aduh is jakarta nog de hoofdstad van indonesië ze verhuizen toch | ID
yes-no-check | de topotoets zegt oslo voor noorwegen is dat goed | NO
yes-no-check | we gokken op de kroegquiz dat apia de hoofdstad van samoa is klopt dat | WS
yes-no-check | de schipper zegt dat wenen de hoofdstad van oostenrijk is heeft hij gelijk | AT
yes-no-check | is springfield echt de hoofdstad van illinois net als bij de simpsons | US-IL
out-of-domain | jao alexa wat voor weer wordt het in enschede | FB
out-of-domain | wanneer brandt het paasvuur in denekamp | FB
out-of-domain | hoe laat speelt fc twente zaterdag | FB
out-of-domain | wat is de hoofdstad van twente | FB
out-of-domain | is enschede de hoofdstad van overijssel | FB
out-of-domain | wat is de hoofdstad van zeeland | FB
out-of-domain | hoe laat gaat de veerboot van vlissingen | FB
out-of-domain | hoe maak je zeeuwse bolussen | FB
out-of-domain | wanneer is het hoogwater in zierikzee | FB
out-of-domain | wat is de hoofdstad van limburg | FB
out-of-domain | alaaf alexa speel vastelaovend muziek | FB
out-of-domain | hoe lang moet een vlaai in de oven | FB
out-of-domain | wat is de hoofdstad van de vlaai | FB
out-of-domain | is maastricht de hoofdstad van limburg of is het venlo | FB
out-of-domain | wat is de hoofdstad van noord-brabant | FB
out-of-domain | is den bosch de hoofdstad van brabant | FB
out-of-domain | wanneer begint carnaval in oeteldonk | FB
out-of-domain | hoe laat speelt psv vanavond | FB
out-of-domain | houdoe alexa zet de lampen uit | FB
out-of-domain | hoi alexa wat is de haadstêd fan fryslân | FB
out-of-domain | gaat de elfstedentocht dit jaar door | FB
out-of-domain | hoe ver is het fierljeppen record | FB
out-of-domain | tige tank alexa speel omrop fryslân | FB
out-of-domain | wat is de hoofdstad van vlaanderen | FB
out-of-domain | allez alexa hoe laat is het in antwerpen | FB
out-of-domain | wat is de hoofdstad van de provincie antwerpen | FB
out-of-domain | amai hoeveel kost een trein naar gent | FB
out-of-domain | wat is de hoofdstad van zuid-holland | FB
out-of-domain | effe alexa wie heeft er gewonnen feyenoord of ajax | FB
out-of-domain | hoe hoog is de euromast | FB
out-of-domain | is rotterdam de hoofdstad van de haven | FB
out-of-domain | wat is de hoofdstad van noord-holland | FB
out-of-domain | is amsterdam de hoofdstad van noord-holland of haarlem | FB
out-of-domain | hee gozer zet radio noord-holland aan | FB
out-of-domain | wanneer gaat de pont naar noord | FB
out-of-domain | fa waka alexa speel kaseko muziek | FB
out-of-domain | hoe laat is het in paramaribo | FB
out-of-domain | wanneer is keti koti | FB
out-of-domain | hoe maak je roti | FB
out-of-domain | bon dia alexa wat is het weer op curaçao | FB
out-of-domain | hoe zeg je dankjewel in het papiaments | FB
out-of-domain | hoe ver is het van aruba naar venezuela | FB
out-of-domain | wollah alexa speel een nummer van boef | FB
out-of-domain | ewa hoe laat is het iftar vandaag | FB
out-of-domain | hoeveel is een dirham in euro | FB
out-of-domain | wat is de hoofdstad van het rif | FB
out-of-domain | wat is de hoofdstad van koerdistan | FB
out-of-domain | tamam alexa zet een turkse zender aan | FB
out-of-domain | hoeveel lira is een euro | FB
out-of-domain | wat is de hoofdstad van anatolië | FB
out-of-domain | hoe lang vliegen we naar antalya | FB
out-of-domain | dobra alexa hoe laat is het in warschau | FB
out-of-domain | hoeveel zloty is tien euro | FB
out-of-domain | wat is de hoofdstad van silezië | FB
out-of-domain | hoe laat begint de dienst in de kas | FB
out-of-domain | bud laska vertaal dankjewel naar het oekraïens | FB
out-of-domain | hoe laat is het nu in kyiv | FB
out-of-domain | wat is de hoofdstad van de krim | FB
out-of-domain | wat is de hoofdstad van donbas | FB
out-of-domain | aduh alexa wanneer is de tong tong fair | FB
out-of-domain | hoe maak je spekkoek | FB
out-of-domain | wat is de hoofdstad van java | FB
out-of-domain | wat is de hoofdstad van bali | FB
out-of-domain | wat is de hoofdstad van sumatra | FB
out-of-domain | alexa what's the weather like in amsterdam | FB
out-of-domain | how do you say capital in dutch | FB
out-of-domain | hoe zeg je capital city in het nederlands | FB
out-of-domain | set a timer for ten minutes alexa | FB
out-of-domain | wat is de hoofdstad van europa | FB
out-of-domain | wat is de hoofdstad van de europese unie | FB
out-of-domain | de zuster vraagt hoe laat het eten komt | FB
out-of-domain | alexa speel muziek van wim sonneveld | FB
out-of-domain | hoe laat begint de bingo | FB
out-of-domain | wat was de hoofdstad van joegoslavië | FB
out-of-domain | wat was de hoofdstad van de sovjetunie | FB
out-of-domain | wat was de hoofdstad van het ottomaanse rijk | FB
out-of-domain | wat was de hoofdstad van pruisen | FB
out-of-domain | wat was de hoofdstad van oost-duitsland | FB
out-of-domain | wat was de hoofdstad van nederlands-indië | FB
out-of-domain | wat was de hoofdstad van het romeinse rijk | FB
out-of-domain | juf zegt wat is de hoofdstad van gelderland | FB
out-of-domain | wat is de hoofdstad van friesland voor de topo | FB
out-of-domain | wat is de hoofdstad van groningen de provincie | FB
out-of-domain | hoeveel provincies heeft nederland | FB
out-of-domain | hoe groot is nederland in vierkante kilometer | FB
out-of-domain | welke rivier stroomt door duitsland | FB
out-of-domain | hoeveel inwoners heeft china | FB
out-of-domain | welke taal spreken ze in brazilië | FB
out-of-domain | wat is de munteenheid van japan | FB
out-of-domain | hoe hoog is de mount everest | FB
out-of-domain | hoeveel landen zijn er in afrika | FB
out-of-domain | wat is het grootste land van de wereld | FB
out-of-domain | wat is de kleinste hoofdstad van europa | FB
out-of-domain | welke hoofdstad ligt het hoogst | FB
out-of-domain | welk land heeft de meeste inwoners | FB
out-of-domain | wat is de vlag van kenia | FB
out-of-domain | wie is de president van frankrijk | FB
out-of-domain | wie is de koning van belgië | FB
out-of-domain | wat is het volkslied van zuid-afrika | FB
out-of-domain | hoeveel tijdzones heeft rusland | FB
out-of-domain | help me met mijn huiswerk wiskunde | FB
out-of-domain | hoe laat is mijn pw morgen | FB
out-of-domain | zet een wekker om zeven uur | FB
out-of-domain | wat is zeven keer acht | FB
out-of-domain | wanneer is de se-week | FB
out-of-domain | wat is het startkapitaal voor een bv | FB
out-of-domain | hoeveel kapitaal heeft de bank | FB
out-of-domain | wat betekent kapitaal in de economie | FB
out-of-domain | wat is een hoofdletter | FB
out-of-domain | hoe schrijf je hoofdstad met een hoofdletter | FB
out-of-domain | hoe laat begint de borrel | FB
out-of-domain | bestel een pizza voor het studentenhuis | FB
out-of-domain | wanneer is mijn tentamen | FB
out-of-domain | wat is de hoofdstad van de studenten in nederland | FB
out-of-domain | is leiden de studentenhoofdstad van nederland | FB
out-of-domain | wie heeft de kroegquiz vorige week gewonnen | FB
out-of-domain | speel een quiz over voetbal | FB
out-of-domain | welke landen grenzen aan oostenrijk | FB
out-of-domain | wat is de afstand van amsterdam naar rome | FB
out-of-domain | hoe druk is het op de a twaalf | FB
out-of-domain | waar is het dichtstbijzijnde tankstation | FB
out-of-domain | hoeveel tol betaal ik in frankrijk | FB
out-of-domain | wat is de hoofdstad van beieren zijn bier | FB
out-of-domain | wanneer gaat de sluis bij born open | FB
out-of-domain | hoe hoog staat het water van de rijn bij lobith | FB
out-of-domain | wat is de hoofdstad van het ruhrgebied | FB
out-of-domain | hoe laat vertrekt mijn vlucht naar doha | FB
out-of-domain | wat is de tijd in new york nu | FB
out-of-domain | hoeveel uur vliegen is het naar lima | FB
out-of-domain | wat is de hoofdstad van de luchtvaart | FB
out-of-domain | speel de muziek van de spelavond | FB
out-of-domain | hoe lang duurt een potje risk | FB
out-of-domain | wat zijn de regels van triviant | FB
out-of-domain | zet een timer voor dertig seconden | FB
out-of-domain | gooi een dobbelsteen | FB
out-of-domain | wat is de hoofdstad in monopoly | FB
out-of-domain | hoe maak je een tajine | FB
out-of-domain | zet de oven op tweehonderd graden | FB
out-of-domain | wat is de hoofdstad van de pasta | FB
out-of-domain | hoeveel gram is een kopje bloem | FB
out-of-domain | zet paprikapoeder op de boodschappenlijst | FB
out-of-domain | wat is de hoofdstad van toscane | FB
out-of-domain | wat is de hoofdstad van de provence | FB
out-of-domain | wat is de hoofdstad van tirol | FB
out-of-domain | wat is de hoofdstad van catalonië | FB
out-of-domain | wat is de hoofdstad van de canarische eilanden | FB
out-of-domain | wat is de hoofdstad van sicilië | FB
out-of-domain | wat is de hoofdstad van lapland | FB
out-of-domain | hoe wordt het weer in kroatië volgende week | FB
out-of-domain | wanneer gaan de skiliften open in oostenrijk | FB
out-of-domain | zoek een camping in de ardennen | FB
out-of-domain | wat is de hoofdstad van de ardennen | FB
out-of-domain | zet mijn microfoon op mute | FB
out-of-domain | wanneer is mijn volgende meeting | FB
out-of-domain | stuur een bericht naar mijn collega | FB
out-of-domain | hoe laat is het in bangalore | FB
out-of-domain | wie won de tour de france vorig jaar | FB
out-of-domain | wanneer start de giro | FB
out-of-domain | wat is de hoofdstad van het wielrennen | FB
out-of-domain | is valkenburg de wielerhoofdstad van nederland | FB
out-of-domain | wat is de hoofdstad van wakanda | FB
out-of-domain | wat is de hoofdstad van narnia | FB
out-of-domain | wat is de hoofdstad van mordor | FB
out-of-domain | wat is de hoofdstad van atlantis | FB
out-of-domain | wat is de hoofdstad van de maan | FB
out-of-domain | wat is de hoofdstad van mars | FB
out-of-domain | welke stad is de culturele hoofdstad van europa dit jaar | FB
out-of-domain | wat is de modehoofdstad van de wereld | FB
out-of-domain | wat is de hoofdstad van de kaas | FB
out-of-domain | is gouda de kaashoofdstad | FB
out-of-domain | wat is de hoofdstad van de liefde | FB
out-of-domain | wat is de hoofdstad van afrika | FB
out-of-domain | wat is de hoofdstad van azië | FB
out-of-domain | wat is de hoofdstad van scandinavië | FB
out-of-domain | wat is de hoofdstad van het midden-oosten | FB
out-of-domain | wat is de hoofdstad van het caribisch gebied | FB
out-of-domain | wat is de hoofdstad van siberië | FB
out-of-domain | wat is de hoofdstad van patagonië | FB
out-of-domain | hoe heet de burgemeester van amsterdam | FB
out-of-domain | wie woont er in het torentje in den haag | FB
out-of-domain | waar zit de tweede kamer | FB
out-of-domain | vertel een mop over hoofdsteden | FB
out-of-domain | zing een liedje over landen | FB
out-of-domain | speel het wilhelmus | FB
out-of-domain | wat is het nieuws van vandaag | FB
out-of-domain | hoeveel graden is het buiten | FB
out-of-domain | doe de lichten in de woonkamer uit | FB
out-of-domain | zet radio tien aan | FB
out-of-domain | wat staat er op mijn boodschappenlijst | FB
out-of-domain | hoe oud is de koning | FB
out-of-domain | bel mijn moeder | FB
"""

if __name__ == "__main__":
    build_round(39, "nl", LINES, sys.argv, "tests/Eval/nl/round39/source/build_corpus.py")
