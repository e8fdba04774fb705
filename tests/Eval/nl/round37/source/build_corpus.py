"""Round 37, Dutch (nl-NL): a new author's own mix, written blind (brief WRITER53.md). Speakers chosen away from the
groups of the Dutch round 36 and the rounds it lists as avoided (see tests/Eval/README.md, round 36): Limburgers of
Maastricht, Venlo and Heerlen ("jao", "sjoen", "ich weit het neet", vastelaovend, Chemelot, the harmonie), Twentenaren
of Enschede, Almelo and Oldenzaal ("hoj", "ik wet het nie", "nen", FC Twente, the paasvuur), Amsterdammers of the
Jordaan and De Pijp ("gozer", "effe", "jongen", the market, houseboats), Hagenezen of Scheveningen, the Transvaal and
the Schilderswijk ("hoi", "ut", "nie", embassies, the Peace Palace), Moroccan Dutch youth ("wollah", "wajo", "sahbi"),
Antillean and Aruban Dutch ("bon dia", "dushi", "mi no sa"), Ukrainian newcomers in the inburgering class (learner
Dutch, "tak", "dyakuyu"), Indian expats in Amstelveen (English code-switching, "yaar", "actually"), Rhine barge
skippers (binnenvaart: Duisburg, the Moselle, the marifoon), Amsterdam canal boat guides and their passengers, night
porters, hospital and hotel night staff and security guards. Situations: the darts evening in the café, the topography
test at the kitchen table (topo-overhoring), weddings and birthdays, working from home (Teams calls, clients abroad).
Plus follow-ups, plural capitals, subdivisions and territories (German, American, Canadian, Australian, Brazilian,
Indian and Mexican states, the UK's nations, the Caribbean parts of the kingdom, overseas islands, Taiwan, Kosovo,
Palestine, the Vatican), yes/no checks, self-corrections, reverse questions, official, everyday and old names, shared
names, launch by the card's name "hoofdsteden van de wereld", help, stop and cancel in those speakers' words, and
out-of-domain requests and near misses.
`python3 tests/Eval/nl/round37/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 37's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Limburgers (Maastricht, Venlo, Heerlen): "jao", "sjoen", "hoe is het", "ich weit het neet"
limburgs | jao alexa ich weit het neet meer wat is de hoofdstad van {} | andorra=AD; de verenigde arabische emiraten=AE; afghanistan=AF
limburgs | op het vrijthof stond een groepje toeristen uit {} welke stad is daar de hoofdstad | antigua en barbuda=AG; albanië=AL; armenië=AM
limburgs | mien schoonzoon werkt bij chemelot met iemand uit {} hoe heet de hoofdstad daar | angola=AO; argentinië=AR; oostenrijk=AT
limburgs | bij de vastelaovend in venlo was een kapel uit {} wat is daar eigenlijk de hoofdstad | australië=AU; azerbeidzjan=AZ; bosnië=BA
# Twentenaren (Enschede, Almelo, Oldenzaal): "ik wet het nie", "nen", "hoj"
twents | hoj alexa ik wet het nie wat is de hoofdstad van {} | barbados=BB; bangladesh=BD; belgië=BE
twents | op de universiteit in enschede zit nen jong uit {} wat is daar de hoofdstad | burkina faso=BF; bulgarije=BG; bahrein=BH
twents | bij grolsch in de brouwerij werkt iemand uit {} welke stad is daar de hoofdstad | burundi=BI; benin=BJ; brunei=BN
twents | de buurman van de overkant gaat naar {} op reis hoe heet de hoofdstad | bolivia=BO; brazilië=BR; de bahama's=BS
# Amsterdammers (Jordaan, De Pijp): "gozer", "effe", "jongen"
amsterdams | gozer alexa effe vraagje wat is de hoofdstad van {} | bhutan=BT; botswana=BW; wit-rusland=BY
amsterdams | in de pijp zit een nieuw tentje van een vent uit {} welke stad is daar de hoofdstad | belize=BZ; canada=CA; congo-kinshasa=CD
amsterdams | op de markt staat een gast uit {} met stoffen wat is daar de hoofdstad jongen | de centraal-afrikaanse republiek=CF; congo-brazzaville=CG; zwitserland=CH
amsterdams | er lag een woonboot naast ons van een stel uit {} weet jij de hoofdstad daarvan | ivoorkust=CI; chili=CL; kameroen=CM
# Hagenezen (Scheveningen, Transvaal, the Schilderswijk): "hoi", "ut", "nie"
haags | hoi alexa wat is nou ut hoofdstad van {} | china=CN; colombia=CO; costa rica=CR
haags | bij de ambassade in ut statenkwartier hangt de vlag van {} wat is de hoofdstad van dat land | cuba=CU; kaapverdië=CV; cyprus=CY
haags | op ut strand van scheveningen liep een heel gezin uit {} welke stad is daar de hoofdstad | tsjechië=CZ; duitsland=DE; djibouti=DJ
haags | me zus werkt bij ut vredespaleis met een advocaat uit {} hoe heet de hoofdstad daar | denemarken=DK; dominica=DM; de dominicaanse republiek=DO
# Moroccan Dutch youth (Utrecht Kanaleneiland, Amsterdam West): "wollah", "wajo", "sahbi", "zeg"
marokkaans | wollah alexa ik weet het niet wat is de hoofdstad van {} | algerije=DZ; ecuador=EC; estland=EE
marokkaans | sahbi zegt dat zijn moeder uit {} komt wat is daar de hoofdstad | egypte=EG; eritrea=ER; spanje=ES
marokkaans | wajo alexa zeg eens de hoofdstad van {} we hebben een weddenschap | ethiopië=ET; finland=FI; fiji=FJ
marokkaans | mijn neef voetbalt tegen een club uit {} welke stad is daar nou de hoofdstad | micronesië=FM; frankrijk=FR; gabon=GA
# Antillean and Aruban Dutch (Papiamento): "dushi", "bon dia", "mi no sa"
antilliaans | bon dia alexa wat is de hoofdstad van {} | het verenigd koninkrijk=GB; grenada=GD; georgië=GE
antilliaans | mi no sa dushi wat is de hoofdstad van {} | ghana=GH; gambia=GM; guinee=GN
antilliaans | op curaçao kwam een cruiseboot uit {} aan welke stad is daar de hoofdstad | equatoriaal-guinea=GQ; griekenland=GR; guatemala=GT
antilliaans | mijn tante in willemstad trouwt met een man uit {} wat is de hoofdstad van dat land | guinee-bissau=GW; guyana=GY; honduras=HN
# Ukrainian newcomers in the inburgering class: learner Dutch, "tak", "dyakuyu"
oekraiens | alexa ik leer nederlands wat is hoofdstad van {} | kroatië=HR; haïti=HT; hongarije=HU
oekraiens | in mijn klas zit een vrouw uit {} welke stad is de hoofdstad van haar land | indonesië=ID; ierland=IE; israël=IL
oekraiens | tak alexa de docent vraag hoofdstad van {} wat is het | india=IN; irak=IQ; iran=IR
oekraiens | mijn collega in het magazijn komt van {} hoe heet hoofdstad daar | ijsland=IS; italië=IT; jamaica=JM
# Indian expats in Amstelveen: English code-switching, "yaar", "actually"
expat | hey alexa what is eh wat is de hoofdstad van {} | jordanië=JO; japan=JP; kenia=KE
expat | yaar mijn manager komt uit {} what's the capital daar | kirgizië=KG; cambodja=KH; kiribati=KI
expat | actually in de daycare zit een kindje uit {} welke stad is de hoofdstad | de comoren=KM; saint kitts en nevis=KN; noord-korea=KP
expat | my colleague flies to {} tomorrow wat is daar de hoofdstad | zuid-korea=KR; koeweit=KW; kazachstan=KZ
# Rhine barge skippers (binnenvaart, Nijmegen to Duisburg)
schipper | we laden in duisburg staal voor {} welke stad is daar de hoofdstad | laos=LA; libanon=LB; saint lucia=LC
schipper | de stuurman komt uit {} hoe heet de hoofdstad van zijn land | liechtenstein=LI; sri lanka=LK; liberia=LR
schipper | over de marifoon hoorde ik iemand uit {} praten wat is daar de hoofdstad | lesotho=LS; litouwen=LT; luxemburg=LU
schipper | de matroos is net terug uit {} wat is de hoofdstad daar ook weer | letland=LV; libië=LY; marokko=MA
# Canal boat guides in Amsterdam
rondvaart | de passagiers op de boot komen uit {} weet je wat hun hoofdstad is | monaco=MC; moldavië=MD; montenegro=ME
rondvaart | een meneer uit {} vroeg naar het anne frank huis wat is eigenlijk zijn hoofdstad | madagaskar=MG; de marshalleilanden=MH; noord-macedonië=MK
rondvaart | ik moet de groep uit {} welkom heten in hun eigen hoofdstad wat is dat | mali=ML; myanmar=MM; mongolië=MN
rondvaart | bij de magere brug vroeg een stel uit {} of amsterdam groter is dan hun hoofdstad welke is dat | mauritanië=MR; malta=MT; mauritius=MU
# Night porters and security guards (hospital, hotel, office)
nachtdienst | het is drie uur in de nacht en er checkt iemand in uit {} wat is de hoofdstad daar | de malediven=MV; malawi=MW; mexico=MX
nachtdienst | op de spoedeisende hulp lag een patiënt uit {} welke stad is daar de hoofdstad | maleisië=MY; mozambique=MZ; namibië=NA
nachtdienst | ik zit op de bewakingspost en vraag me af wat de hoofdstad is van {} | niger=NE; nigeria=NG; nicaragua=NI
nachtdienst | de schoonmaker van de nachtploeg komt uit {} hoe heet zijn hoofdstad | noorwegen=NO; nepal=NP; nauru=NR
# Darts evening in the café
darts | bij de darts gooit een speler uit {} wat is de hoofdstad van zijn land | nieuw-zeeland=NZ; oman=OM; panama=PA
darts | tussen twee legs door wat is de hoofdstad van {} | peru=PE; papoea-nieuw-guinea=PG; de filipijnen=PH
darts | de kampioen van vorig jaar kwam uit {} welke stad is daar de hoofdstad | pakistan=PK; polen=PL; portugal=PT
darts | wie de hoofdstad van {} weet mag als eerste gooien wat is het | palau=PW; paraguay=PY; qatar=QA
# Topography test at the kitchen table (topo-overhoring, parents and children)
topo | mam overhoort me voor topo wat is de hoofdstad van {} | roemenië=RO; servië=RS; rusland=RU
topo | voor de topo-overhoring van morgen moet ik de hoofdstad van {} weten | rwanda=RW; saoedi-arabië=SA; de salomonseilanden=SB
topo | pap zegt dat hij het weet maar wat is echt de hoofdstad van {} | de seychellen=SC; soedan=SD; zweden=SE
topo | op het blinde kaartje staat {} welke stad is daar de hoofdstad | singapore=SG; slovenië=SI; slowakije=SK
# Wedding, birthday, zoom work meetings
feest | op de bruiloft zat ik naast een neef uit {} wat is de hoofdstad daar | sierra leone=SL; san marino=SM; senegal=SN
feest | op de verjaardag van oom kees ging het over {} wie weet de hoofdstad | somalië=SO; suriname=SR; zuid-soedan=SS
thuiswerk | in mijn teams meeting zit een collega uit {} wat is de hoofdstad van dat land | sao tomé en principe=ST; el salvador=SV; syrië=SY
thuiswerk | de klantenservice van ons bedrijf zit in {} welke stad is daar de hoofdstad | eswatini=SZ; tsjaad=TD; togo=TG
limburgs | de kapelaan van de parochie komt uit {} wat is de hoofdstad van zijn land | thailand=TH; tadzjikistan=TJ; oost-timor=TL
twents | mien opa hef vrogger in {} gewerkt wat is de hoofdstad daar | turkmenistan=TM; tunesië=TN; tonga=TO
haags | in de schilderswijk zit een bakker uit {} hoe heet ut hoofdstad daar | turkije=TR; trinidad en tobago=TT; tuvalu=TV
marokkaans | wollah de nieuwe leraar komt uit {} welke stad is daar de hoofdstad | tanzania=TZ; oekraïne=UA; oeganda=UG
expat | my kids ask me wat is de hoofdstad van {} | amerika=US; uruguay=UY; oezbekistan=UZ
schipper | er vaart een jacht onder de vlag van {} naast ons wat is daar de hoofdstad | saint vincent en de grenadines=VC; venezuela=VE; vietnam=VN
rondvaart | de groep van vanmiddag komt uit {} wat is hun hoofdstad ook alweer | vanuatu=VU; samoa=WS; jemen=YE
antilliaans | mijn broer is naar {} verhuisd wat is de hoofdstad daar | zuid-afrika=ZA; zambia=ZM; zimbabwe=ZW
oekraiens | mijn buurvrouw komt uit {} wat is de hoofdstad daar | kosovo=XK; taiwan=TW; palestina=PS
# Subdivisions: German states (barge skippers, Limburgers and Twentenaren near the border)
subdivision | we varen morgen door brandenburg wat is de hoofdstad van die deelstaat | DE-BB
subdivision | is berlijn nou zelf ook een deelstaat en wat is dan de hoofdstad | DE-BE
subdivision | mijn schoonzus woont in stuttgart welke deelstaat is dat en de hoofdstad van baden-württemberg | DE-BW
subdivision | we gaan met de camper door beieren wat is de hoofdstad van beieren | DE-BY
subdivision | de stadstaat bremen heeft die een hoofdstad jongen | DE-HB
subdivision | wat is de hoofdstad van hessen is dat frankfurt | DE-HE
subdivision | hamburg is toch een deelstaat wat is daar de hoofdstad | DE-HH
subdivision | hoj alexa wat is de hoofdstad van mecklenburg-voor-pommeren | DE-MV
subdivision | vlak over de grens bij oldenzaal begint nedersaksen wat is daar de hoofdstad | DE-NI
subdivision | jao we rijden altijd naar aken wat is de hoofdstad van noordrijn-westfalen | DE-NW
subdivision | de schipper vraagt wat de hoofdstad van rijnland-palts is | DE-RP
subdivision | wat is de hoofdstad van sleeswijk-holstein wij varen naar het kielerkanaal | DE-SH
subdivision | het saarland is klein maar wat is daar de hoofdstad | DE-SL
subdivision | in saksen daar staat dresden is dat de hoofdstad van die deelstaat | DE-SN
subdivision | en wat is de hoofdstad van saksen-anhalt waar de elbe doorheen loopt | DE-ST
subdivision | mijn oom gaat naar thüringen wat is de hoofdstad van thüringen | DE-TH
# US states and DC (expats, topo, darts)
subdivision | my brother lives in alaska wat is de hoofdstad van alaska | US-AK
subdivision | wat is de hoofdstad van de staat alabama | US-AL
subdivision | de countryband in het café komt uit arkansas wat is daar de hoofdstad | US-AR
subdivision | in arizona ligt de grand canyon maar wat is de hoofdstad van die staat | US-AZ
subdivision | wat is de hoofdstad van colorado waar ze skiën | US-CO
subdivision | de hoofdstad van connecticut wat is dat nou weer | US-CT
subdivision | het witte huis staat in washington maar heeft washington dc zelf een hoofdstad | US-DC
subdivision | alexa wat is de hoofdstad van delaware dat kleine staatje | US-DE
subdivision | we gaan naar disney in florida wat is de hoofdstad van florida | US-FL
subdivision | de staat georgia in amerika niet het land wat is daar de hoofdstad | US-GA
subdivision | wat is de hoofdstad van hawaï dushi | US-HI
subdivision | de maïs komt uit iowa wat is daar de hoofdstad | US-IA
subdivision | wat is de hoofdstad van idaho waar die aardappels vandaan komen | US-ID
subdivision | de indy five hundred is in indiana wat is de hoofdstad van indiana | US-IN
subdivision | welke stad is de hoofdstad van kansas | US-KS
subdivision | in kentucky maken ze bourbon wat is daar de hoofdstad | US-KY
subdivision | new orleans ligt in louisiana maar wat is de hoofdstad | US-LA
subdivision | mijn nicht studeert in boston is dat ook de hoofdstad van massachusetts | US-MA
subdivision | wat is de hoofdstad van maryland alexa | US-MD
subdivision | in maine vangen ze kreeft welke stad is de hoofdstad daar | US-ME
subdivision | wat is de hoofdstad van michigan is dat detroit | US-MI
subdivision | twin cities in minnesota welke van de twee is de hoofdstad | US-MN
subdivision | wat is de hoofdstad van de staat missouri | US-MO
subdivision | welke stad is de hoofdstad van mississippi | US-MS
subdivision | wat is de hoofdstad van montana waar yellowstone in de buurt ligt | US-MT
subdivision | de hoofdstad van north carolina weet jij die | US-NC
subdivision | en north dakota wat is daar de hoofdstad | US-ND
subdivision | hoe heet de hoofdstad van new hampshire | US-NH
subdivision | is newark de hoofdstad van new jersey | US-NJ
subdivision | wat is de hoofdstad van new mexico niet mexico zelf | US-NM
subdivision | las vegas ligt in nevada maar wat is de hoofdstad van nevada | US-NV
subdivision | de hoofdstad van de staat new york is dat new york city | US-NY
subdivision | wat is de hoofdstad van ohio | US-OH
subdivision | in oklahoma wat is daar de hoofdstad | US-OK
subdivision | wat is de hoofdstad van oregon bij portland in de buurt | US-OR
subdivision | is philadelphia de hoofdstad van pennsylvania | US-PA
subdivision | rhode island is het kleinste staatje wat is de hoofdstad | US-RI
subdivision | wat is de hoofdstad van south carolina | US-SC
subdivision | mount rushmore staat in south dakota welke stad is daar de hoofdstad | US-SD
subdivision | de hoofdstad van tennessee is dat memphis of nashville | US-TN
subdivision | wat is de hoofdstad van texas is dat houston | US-TX
subdivision | de hoofdstad van utah alexa | US-UT
subdivision | welke stad is de hoofdstad van virginia | US-VA
subdivision | in vermont maken ze ahornsiroop wat is de hoofdstad daar | US-VT
subdivision | de staat washington dus niet de stad wat is daar de hoofdstad | US-WA
subdivision | wat is de hoofdstad van wisconsin daar maken ze ook kaas | US-WI
subdivision | en van west virginia wat is daar de hoofdstad | US-WV
subdivision | wyoming heeft weinig mensen maar wat is de hoofdstad | US-WY
# Canada
subdivision | mijn achterneef woont in alberta wat is de hoofdstad van alberta | CA-AB
subdivision | de hoofdstad van brits-columbia is dat vancouver | CA-BC
subdivision | welke stad is de hoofdstad van new brunswick | CA-NB
subdivision | de hoofdstad van nova scotia wat is dat | CA-NS
subdivision | wat is de hoofdstad van nunavut daar bij de inuit | CA-NU
subdivision | is toronto de hoofdstad van ontario of is dat ottawa | CA-ON
subdivision | mijn collega komt uit de provincie quebec welke stad is daar de hoofdstad | CA-QC
subdivision | wat is de hoofdstad van saskatchewan sorry als ik het verkeerd zeg | CA-SK
subdivision | wat is de hoofdstad van yukon waar de goudkoorts was | CA-YT
# Australia
subdivision | mijn dochter gaat werken in new south wales wat is de hoofdstad daar | AU-NSW
subdivision | de hoofdstad van zuid-australië is dat adelaide | AU-SA
subdivision | tasmanië wat is daar de hoofdstad | AU-TAS
# Brazil
subdivision | in bahia wat is daar de hoofdstad | BR-BA
subdivision | het federaal district van brazilië wat is daar de hoofdstad | BR-DF
subdivision | wat is de hoofdstad van espírito santo | BR-ES
subdivision | de hoofdstad van goiás | BR-GO
subdivision | de voetballer komt uit minas gerais wat is daar de hoofdstad | BR-MG
subdivision | de soja komt uit mato grosso welke stad is daar de hoofdstad | BR-MT
subdivision | wat is de hoofdstad van pará bij de amazone | BR-PA
subdivision | de hoofdstad van de staat paraná | BR-PR
subdivision | de hoofdstad van rio grande do sul | BR-RS
subdivision | de staat são paulo welke stad is daar de hoofdstad | BR-SP
# India (expats in Amstelveen)
subdivision | yaar wat is de hoofdstad van de andamanen en nicobaren | IN-AN
subdivision | mijn schoonouders wonen in andhra pradesh what is the capital daar nu | IN-AP
subdivision | de thee komt uit assam welke stad is daar de hoofdstad | IN-AS
subdivision | de hoofdstad van chhattisgarh | IN-CG
subdivision | chandigarh is een unieterritorium maar wat is de hoofdstad van chandigarh zelf | IN-CH
subdivision | wat is de hoofdstad van dadra en nagar haveli en daman en diu | IN-DH
subdivision | het gebied delhi in india wat is daar de hoofdstad | IN-DL
subdivision | we gaan naar de stranden van goa wat is de hoofdstad van goa | IN-GA
subdivision | my colleague is from gujarat wat is de hoofdstad daar | IN-GJ
subdivision | wat is de hoofdstad van himachal pradesh | IN-HP
subdivision | jharkhand welke stad is daar de hoofdstad | IN-JH
subdivision | de hoofdstad van karnataka is dat bangalore | IN-KA
subdivision | wat is de hoofdstad van ladakh in de bergen | IN-LA
subdivision | mijn vrouw komt uit maharashtra de hoofdstad is mumbai toch | IN-MH
subdivision | welke stad is de hoofdstad van mizoram | IN-MZ
subdivision | rajasthan de roze stad is dat de hoofdstad | IN-RJ
subdivision | de hoofdstad van tamil nadu is dat nog madras | IN-TN
subdivision | my team lead komt uit telangana wat is de hoofdstad van telangana | IN-TS
subdivision | wat is de hoofdstad van uttar pradesh | IN-UP
# Mexico
subdivision | en van baja california sur | MX-BCS
subdivision | wat is de hoofdstad van campeche de staat | MX-CAM
subdivision | de hoofdstad van de staat chihuahua | MX-CHH
subdivision | wat is de hoofdstad van chiapas | MX-CHP
subdivision | heeft mexico-stad als deelgebied zelf een hoofdstad | MX-CMX
subdivision | de staat durango wat is daar de hoofdstad | MX-DUR
subdivision | acapulco ligt in guerrero maar wat is de hoofdstad | MX-GRO
subdivision | de tequila komt uit jalisco welke stad is daar de hoofdstad | MX-JAL
subdivision | wat is de hoofdstad van de staat mexico rondom mexico-stad | MX-MEX
subdivision | wat is de hoofdstad van de staat puebla | MX-PUE
subdivision | cancún ligt in quintana roo maar wat is daar de hoofdstad | MX-ROO
subdivision | de piramides in yucatán welke stad is de hoofdstad van die staat | MX-YUC
# UK nations
subdivision | de darter uit engeland wat is daar de hoofdstad | GB-ENG
subdivision | de doedelzakspeler op de dam komt uit schotland wat is de hoofdstad | GB-SCT
subdivision | wat is de hoofdstad van wales waar ze rugby spelen | GB-WLS
# Territories (Antillean Dutch, skippers, guides)
subdivision | mijn oma woont op curaçao wat is de hoofdstad daar ook alweer | CW
subdivision | sint maarten de nederlandse kant wat is daar de hoofdstad | SX
subdivision | bonaire hoort bij caribisch nederland wat is de hoofdstad daarvan | BQ
subdivision | de faeröer eilanden wat is daar de hoofdstad | FO
subdivision | de veerboot naar åland welke stad is de hoofdstad daar | AX
subdivision | op spitsbergen wat is de hoofdstad | SJ
subdivision | frans-guyana naast suriname wat is daar de hoofdstad | GF
subdivision | mijn collega komt uit guadeloupe welke stad is de hoofdstad | GP
subdivision | tahiti ligt in frans-polynesië wat is de hoofdstad | PF
subdivision | het franse deel van sint maarten saint-martin wat is daar de hoofdstad | MF
subdivision | de kaaimaneilanden waar het geld staat wat is de hoofdstad | KY
subdivision | anguilla wat is daar de hoofdstad | AI
subdivision | wat is de hoofdstad van de turks en caicos eilanden | TC
subdivision | en de amerikaanse maagdeneilanden welke stad is de hoofdstad | VI
subdivision | op guernsey wat is de hoofdstad | GG
subdivision | de tt races op het eiland man wat is de hoofdstad daar | IM
subdivision | zuid-georgia wat is daar de hoofdstad | GS
subdivision | het brits indische oceaanterritorium wat is daar de hoofdstad | IO
subdivision | wat is de hoofdstad van norfolk het eiland | NF
subdivision | de cocoseilanden wat is daar de hoofdstad | CC
subdivision | de westelijke sahara wat is daar de hoofdstad | EH
subdivision | macau wat is daar de hoofdstad | MO
subdivision | heeft antarctica een hoofdstad | AQ
subdivision | wat is de hoofdstad van het bouveteiland | BV
# Subdivisions rewritten in the speakers' situations
subdivision | my wife says los angeles is de hoofdstad van californië klopt dat | US-CA
darts | de amerikaan bij de darts zegt dat chicago de hoofdstad van illinois is welke stad is het echt | US-IL
topo | pap weet jij de hoofdstad van nebraska ik heb een amerika-kaart als bonusvraag | US-NE
schipper | de jongste matroos wil in manitoba gaan werken welke stad is daar de hoofdstad | CA-MB
nachtdienst | de piloot in kamer twaalf komt uit newfoundland en labrador wat is daar de hoofdstad | CA-NL
thuiswerk | onze klant zit in yellowknife is dat de hoofdstad van de northwest territories | CA-NT
rondvaart | een dame uit charlottetown vroeg of ik de hoofdstad van prince edward island kende welke is het | CA-PE
expat | my sister moved to canberra is dat echt de hoofdstad van het australian capital territory | AU-ACT
twents | mien neef zit in darwin is dat de hoofdstad van het noordelijk territorium van australië | AU-NT
haags | ut nichtje van me buurvrouw woont in queensland wat is daar de hoofdstad | AU-QLD
feest | op de bruiloft ging het over melbourne is dat de hoofdstad van de australische staat victoria | AU-VIC
amsterdams | een gozer uit perth zat naast me in de kroeg is dat de hoofdstad van west-australië | AU-WA
schipper | de vracht rubber komt uit acre in brazilië welke stad is daar de hoofdstad | BR-AC
feest | de band op het feest speelde muziek uit alagoas hoe heet de hoofdstad van die staat | BR-AL
rondvaart | een meneer uit manaus zegt dat zijn stad de hoofdstad van amazonas is klopt dat | BR-AM
nachtdienst | de reiziger uit amapá in het hotel wat is de hoofdstad van zijn staat | BR-AP
marokkaans | wajo die braziliaanse spits komt uit ceará welke stad is daar de hoofdstad | BR-CE
expat | my colleague's wife is from maranhão in brazil what is eh wat is de hoofdstad daar | BR-MA
antilliaans | mijn vriendin uit campo grande zegt dat het de hoofdstad van mato grosso do sul is klopt dat | BR-MS
topo | in het boek over brazilië staat paraíba wat is daarvan de hoofdstad mam | BR-PB
darts | de caipirinha-man achter de bar komt uit pernambuco wat is daar de hoofdstad | BR-PE
oekraiens | mijn docent reist naar piauí in brazilië welke stad is hoofdstad daar | BR-PI
limburgs | jao ich vraog mich af of rio de janeiro ook de hoofdstad van de staat rio de janeiro is | BR-RJ
haags | me zwager zat op vakantie in natal is dat de hoofdstad van rio grande do norte | BR-RN
schipper | het hout kwam vroeger uit rondônia in brazilië welke stad is daar de hoofdstad | BR-RO
thuiswerk | we hebben een leverancier in roraima helemaal boven in brazilië wat is de hoofdstad daar | BR-RR
twents | de jongens van de kerk gaan naar santa catarina op missie wat is daar de hoofdstad | BR-SC
amsterdams | effe checken gozer de hoofdstad van sergipe in brazilië | BR-SE
nachtdienst | mijn collega van de nachtploeg komt uit tocantins welke stad is daar de hoofdstad | BR-TO
expat | my aunt in itanagar says it's de hoofdstad van arunachal pradesh is that right | IN-AR
expat | yaar our driver is from bihar welke stad is daar de hoofdstad | IN-BR
thuiswerk | onze developer werkt vanuit haryana wat is de hoofdstad van die staat | IN-HR
feest | de kok op de indiase bruiloft komt uit kerala wat is daar de hoofdstad | IN-KL
rondvaart | een stel van de eilanden van lakshadweep vroeg naar de hoofdstad van hun gebied hoe heet die | IN-LD
oekraiens | in de klas zit een meisje uit meghalaya in india wat is hoofdstad daarvan | IN-ML
expat | manipur is where my neighbour grew up what's de hoofdstad daar | IN-MN
darts | de nieuwe speler in het team komt uit madhya pradesh weet je de hoofdstad | IN-MP
nachtdienst | de arts in opleiding komt uit nagaland wat is daar de hoofdstad | IN-NL
expat | the temple trip is in odisha alexa wat is de hoofdstad van odisha | IN-OD
amsterdams | die sikh van de taxi komt uit de punjab in india welke stad is daar de hoofdstad | IN-PB
rondvaart | de franse indiërs uit puducherry op de boot vragen wat de hoofdstad van hun gebied is | IN-PY
topo | mam sikkim ligt toch in de himalaya wat is daar de hoofdstad | IN-SK
thuiswerk | in de call zit iemand uit tripura in india wat is de hoofdstad van tripura | IN-TR
expat | is kolkata of calcutta de hoofdstad van west-bengalen | IN-WB
schipper | de container met auto-onderdelen gaat naar aguascalientes in mexico wat is de hoofdstad van die staat | MX-AGU
expat | we drive to mexicali is dat de hoofdstad van baja california | MX-BCN
darts | de mexicaan bij de darts komt uit coahuila wat is daar de hoofdstad | MX-COA
haags | me buurjongen surft in colima in mexico hoe heet ut hoofdstad van die staat | MX-COL
feest | het mariachi bandje komt uit guanajuato welke stad is de hoofdstad van die staat | MX-GUA
topo | mam de staat hidalgo in mexico wat is daar nou de hoofdstad | MX-HID
antilliaans | mijn nicht studeert in morelia is dat de hoofdstad van michoacán | MX-MIC
rondvaart | een stel uit cuernavaca vroeg of ik wist dat het de hoofdstad van morelos is klopt dat | MX-MOR
twents | nen vriend van mien broer surft in nayarit in mexico wat is daar de hoofdstad | MX-NAY
thuiswerk | onze fabriek in monterrey is dat de hoofdstad van nuevo león | MX-NLE
marokkaans | sahbi is naar oaxaca in mexico wat is de hoofdstad van die staat | MX-OAX
oekraiens | mijn vriend werkt in querétaro mexico welke stad is daar hoofdstad van de staat | MX-QUE
nachtdienst | de gast uit sinaloa op kamer vier wat is de hoofdstad van die staat | MX-SIN
expat | san luis potosí is that a city or a state wat is de hoofdstad van de staat san luis potosí | MX-SLP
schipper | de matroos heeft familie in sonora in het noorden van mexico welke stad is daar de hoofdstad | MX-SON
limburgs | mien dochter geit nao tabasco in mexico wat is daar de hoofdstad | MX-TAB
amsterdams | die vent van de taco's komt uit tamaulipas wat is de hoofdstad daarvan jongen | MX-TAM
topo | tlaxcala is de kleinste staat van mexico zegt het boek maar wat is de hoofdstad | MX-TLA
darts | onze teamgenoot gaat naar veracruz in mexico welke stad is de hoofdstad van veracruz | MX-VER
feest | mijn schoonvader heeft ooit in zacatecas gewoond wat is de hoofdstad van die staat | MX-ZAC
haags | me oom heb in belfast gewoond is dat nou ut hoofdstad van noord-ierland | GB-NIR
antilliaans | bon dia dushi oranjestad is toch de hoofdstad van aruba of niet | AW
schipper | we varen nooit naar groenland maar de kapitein vraagt wat de hoofdstad is | GL
marokkaans | wollah mijn neef gaat op vakantie naar puerto rico wat is de hoofdstad daar | PR
rondvaart | een gezin uit réunion vroeg hoe het kan dat het bij frankrijk hoort welke stad is hun hoofdstad | RE
antilliaans | mijn schoonzus komt van martinique hoe heet de hoofdstad daar dushi | MQ
nachtdienst | de verpleegkundige uit mayotte vraagt of ik haar hoofdstad weet welke is dat | YT
expat | my diving buddy lives in nouméa is dat de hoofdstad van nieuw-caledonië | NC
amsterdams | die rijke vent van de jacht vaart naar saint-barthélemy wat is daar de hoofdstad | BL
thuiswerk | de visfabriek in saint-pierre en miquelon wat is daar de hoofdstad | PM
oekraiens | in de les gaat over wallis en futuna welke stad is hoofdstad daar | WF
darts | de darter uit bermuda gooit straks wat is de hoofdstad van bermuda | BM
antilliaans | mijn neef werkt op tortola in de britse maagdeneilanden wat is de hoofdstad daar | VG
schipper | de veerboot naar jersey vanuit frankrijk welke stad is de hoofdstad van jersey | JE
twents | mien broer hef in gibraltar gewerkt hebben ze daar ook een hoofdstad | GI
haags | me opa heb over de falklandoorlog verteld wat is de hoofdstad van de falklandeilanden | FK
topo | voor geschiedenis moet ik weten waar napoleon heen moest sint-helena wat is daar de hoofdstad | SH
rondvaart | de nazaten van de bounty op de pitcairneilanden welke plaats is daar de hoofdstad | PN
thuiswerk | onze onderzoekers gaan naar de franse zuidelijke gebieden wat is daar de hoofdstad | TF
expat | my colleague flew over christmaseiland wat is de hoofdstad van dat eiland | CX
feest | de bruid komt uit de cookeilanden hoe heet de hoofdstad daar | CK
nachtdienst | ik lees in de nachtdienst over niue wat is de hoofdstad van niue | NU
darts | de quizvraag bij de darts gaat over tokelau wie weet de hoofdstad | TK
expat | my cousin is stationed on guam in the navy wat is de hoofdstad van guam | GU
schipper | de sleepboot gaat naar amerikaans-samoa welke plaats is daar de hoofdstad | AS
antilliaans | mi no sa de noordelijke marianen wat is daar de hoofdstad | MP
marokkaans | mijn broer werkt in hongkong wajo wat is daar de hoofdstad | HK
limburgs | de pastoor is naar rome en vaticaanstad geweest wat is de hoofdstad van vaticaanstad | VA
# Plural capitals: several-capital countries and several places
plural-capitals | mam zegt dat zuid-afrika drie hoofdsteden heeft welke zijn dat | ZA
plural-capitals | de darter uit zuid-afrika zegt dat ze meer dan één hoofdstad hebben noem ze eens | ZA
plural-capitals | expat question what are de hoofdsteden van zuid-afrika | ZA
plural-capitals | bolivia heeft toch twee hoofdsteden welke zijn het | BO
plural-capitals | wollah sahbi zegt dat bolivia twee hoofdsteden heeft noem ze | BO
plural-capitals | de rondvaartgasten uit bolivia vroegen naar hun hoofdsteden in het meervoud welke zijn dat | BO
plural-capitals | welke hoofdsteden heeft benin porto-novo en nog één toch | BJ
plural-capitals | de kapelaan uit benin zegt dat ze twee hoofdsteden hebben welke | BJ
plural-capitals | ivoorkust heeft toch een officiële en een echte hoofdstad noem ze allebei | CI
plural-capitals | mijn collega uit ivoorkust zegt abidjan en nog een hoofdstad welke hoofdsteden zijn het | CI
plural-capitals | wat zijn de twee hoofdsteden van sri lanka die lange naam en colombo | LK
plural-capitals | de matroos uit sri lanka zegt dat zijn land twee hoofdsteden heeft welke zijn dat | LK
plural-capitals | maleisië heeft kuala lumpur en nog een hoofdstad welke hoofdsteden zijn het allemaal | MY
plural-capitals | yaar my colleague says maleisië has two capitals wat zijn de hoofdsteden | MY
plural-capitals | de kapelaan noemde eswatini het vroegere swaziland welke hoofdsteden heeft dat land | SZ
plural-capitals | de bruid zegt dat eswatini twee hoofdsteden heeft noem ze allebei | SZ
plural-capitals | jongen wat zijn nou de hoofdsteden van nederland amsterdam en den haag of niet | NL
plural-capitals | ut is toch zo dat nederland twee hoofdsteden heeft den haag en amsterdam welke zijn het officieel | NL
plural-capitals | de toeristen op de boot vragen welke hoofdsteden nederland heeft wat moet ik zeggen | NL
plural-capitals | welke hoofdsteden heeft palestina oost-jeruzalem en ramallah | PS
plural-capitals | wollah mijn vriend uit palestina zegt dat ze twee hoofdsteden hebben welke zijn dat | PS
plural-capitals | montserrat heeft een oude en een nieuwe hoofdstad welke hoofdsteden zijn dat | MS
plural-capitals | expat question jammu en kasjmir has a summer and a winter capital wat zijn de hoofdsteden | IN-JK
plural-capitals | uttarakhand heeft een zomerhoofdstad en een gewone hoofdstad welke hoofdsteden heeft die staat | IN-UK
plural-capitals | topo wat zijn de hoofdsteden van belgië nederland en luxemburg | BE+LU+NL
plural-capitals | de darts teams komen uit noorwegen zweden en denemarken wat zijn hun hoofdsteden | DK+NO+SE
plural-capitals | wat zijn de hoofdsteden van estland letland en litouwen ik moet het voor de overhoring | EE+LT+LV
plural-capitals | ik zit in de bewakingspost wat zijn de hoofdsteden van spanje en portugal | ES+PT
plural-capitals | noem de hoofdsteden van aruba curaçao en sint-maarten dushi | AW+CW+SX
plural-capitals | de schepen gaan naar duitsland en oostenrijk wat zijn daar de hoofdsteden | AT+DE
plural-capitals | welke hoofdsteden hebben marokko en algerije sahbi wil het weten | DZ+MA
plural-capitals | de klas van oekraïne en polen wat zijn hun hoofdsteden | PL+UA
plural-capitals | wat zijn de hoofdsteden van india en pakistan yaar | IN+PK
plural-capitals | de hoofdsteden van suriname en guyana voor de topo alsjeblieft | GY+SR
# Follow-ups (no earlier turn in the file; the place named is what is asked)
follow-up | en van zwitserland | CH
follow-up | jao en van belgië dan | BE
follow-up | oké en die van ierland | IE
follow-up | hoj en die van oostenrijk dan | AT
follow-up | en de hoofdstad van griekenland dan gozer | GR
follow-up | en die van marokko wollah | MA
follow-up | en van venezuela dushi | VE
follow-up | en van moldavië dat ligt naast ons | MD
follow-up | and what about nepal | NP
follow-up | en van finland als we toch bezig zijn | FI
follow-up | ja en van het land ernaast kroatië | HR
follow-up | en die van canada ik dacht toronto | CA
follow-up | en van ut land daarnaast duitsland | DE
follow-up | oké volgende vraag en van egypte | EG
follow-up | en van de staat texas dan | US-TX
follow-up | en van schotland waar de doedelzakken vandaan komen | GB-SCT
follow-up | oké dank je en van peru | PE
follow-up | en van japan nog even | JP
follow-up | en wat is die van cuba | CU
follow-up | en dan van kenia | KE
follow-up | wacht en van tunesië | TN
follow-up | dezelfde vraag maar dan voor chili | CL
follow-up | en voor noorwegen | NO
follow-up | en hetzelfde voor vietnam | VN
follow-up | en van nieuw-zeeland waar de all blacks vandaan komen | NZ
follow-up | nog eentje en van mongolië | MN
follow-up | en die van beieren waar het oktoberfest is | DE-BY
follow-up | en van curaçao waar mijn oma woont dushi | CW
follow-up | en die van het buurland luxemburg | LU
follow-up | en van iran dan | IR
follow-up | mam vraagt en die van portugal | PT
follow-up | en van de staat quebec in canada | CA-QC
follow-up | en van colombia en dan stop ik | CO
follow-up | en die van saoedi-arabië yaar | SA
follow-up | en van ghana waar mijn tante woont | GH
# Yes/no checks
yes-no-check | jao is maastricht de hoofdstad van limburg nee ik bedoel is brussel de hoofdstad van belgië | BE
yes-no-check | mien dochter zegt dat canberra de hoofdstad van australië is en niet sydney klopt dat | AU
yes-no-check | is ankara echt de hoofdstad van turkije of is het istanbul | TR
yes-no-check | wollah is rabat de hoofdstad van marokko of casablanca | MA
yes-no-check | hoj is berlijn de hoofdstad van duitsland ja toch | DE
yes-no-check | is bern de hoofdstad van zwitserland of zürich | CH
yes-no-check | is ottawa nou de hoofdstad van canada gozer | CA
yes-no-check | klopt het dat kiev de hoofdstad van oekraïne is | UA
yes-no-check | tak is kyiv hoofdstad van oekraïne ja | UA
yes-no-check | is willemstad de hoofdstad van curaçao dushi | CW
yes-no-check | yaar is new delhi the capital van india of is het mumbai | IN
yes-no-check | is rio de janeiro de hoofdstad van brazilië mijn opa zegt van wel | BR
yes-no-check | de schipper zegt dat basel de hoofdstad van zwitserland is klopt dat | CH
yes-no-check | de nachtportier uit nigeria zegt lagos is zijn hoofdstad is dat zo | NG
yes-no-check | is dar es salaam nog de hoofdstad van tanzania | TZ
yes-no-check | de docent vraag is astana hoofdstad van kazachstan ja of nee | KZ
yes-no-check | is yangon de hoofdstad van myanmar of is dat veranderd | MM
yes-no-check | mijn buurman zegt dat almaty de hoofdstad van kazachstan is heeft hij gelijk | KZ
yes-no-check | een kiwi op de boot zei auckland is de hoofdstad van nieuw-zeeland is dat waar | NZ
yes-no-check | is ut zo dat den haag de hoofdstad van nederland is | NL
yes-no-check | is wellington of auckland de hoofdstad van nieuw-zeeland ik twijfel | NZ
yes-no-check | is montreal de hoofdstad van quebec of is het quebec stad | CA-QC
yes-no-check | is sydney de hoofdstad van new south wales | AU-NSW
yes-no-check | klopt het dat münchen de hoofdstad van beieren is | DE-BY
yes-no-check | is hannover de hoofdstad van nedersaksen jao | DE-NI
yes-no-check | we meren aan in düsseldorf is dat nou de hoofdstad van noordrijn-westfalen of keulen | DE-NW
yes-no-check | de darter uit glasgow zegt dat zijn stad de hoofdstad van schotland is klopt dat | GB-SCT
yes-no-check | zeg is cardiff nou echt ut hoofdstad van wales of nie | GB-WLS
yes-no-check | is new york de hoofdstad van amerika de darter zegt van wel | US
yes-no-check | is istanbul de hoofdstad van turkije of niet sahbi | TR
yes-no-check | me collega bij ut vredespaleis zegt genève is de hoofdstad van zwitserland is dat zo | CH
yes-no-check | klopt het dat pretoria een hoofdstad van zuid-afrika is | ZA
yes-no-check | is abuja de hoofdstad van nigeria en niet lagos | NG
yes-no-check | is riga de hoofdstad van letland of van litouwen | LV
yes-no-check | de bruidegom zegt paramaribo is de hoofdstad van suriname ja toch | SR
yes-no-check | is praag de hoofdstad van tsjechië mam | CZ
yes-no-check | is boedapest de hoofdstad van hongarije of is dat boekarest | HU
yes-no-check | is sucre de hoofdstad van bolivia of la paz | BO
yes-no-check | voor de topo staat jeruzalem bij israël is dat de hoofdstad | IL
yes-no-check | my colleague from taipei says it's de hoofdstad van taiwan klopt dat | TW
yes-no-check | mijn buurvrouw uit kosovo zegt pristina is hoofdstad is het goed | XK
yes-no-check | is ramallah een hoofdstad van palestina | PS
# Self-corrections
self-correction | jao de hoofdstad van zweden eh nee zwitserland bedoel ik | CH
self-correction | hoj wat is de hoofdstad van slowakije nee slovenië | SI
self-correction | gozer de hoofdstad van ijsland eh ierland sorry | IE
self-correction | wat is ut hoofdstad van nigeria nee niger | NE
self-correction | wollah de hoofdstad van irak nee iran bedoel ik | IR
self-correction | dushi de hoofdstad van gambia nee zambia | ZM
self-correction | wat is hoofdstad van letland nee litouwen sorry mijn nederlands | LT
self-correction | what is the capital of eh wat is de hoofdstad van guinee nee guinee-bissau | GW
self-correction | de hoofdstad van colombia eh columbia nee ik bedoel het land colombia | CO
self-correction | de matroos komt uit mali nee uit malawi wat is daar de hoofdstad | MW
self-correction | de gasten komen uit dominica nee de dominicaanse republiek welke stad is hun hoofdstad | DO
self-correction | wat is de hoofdstad van de staat georgia eh nee het land georgië | GE
self-correction | de hoofdstad van noord-korea nee zuid-korea waar samsung vandaan komt | KR
self-correction | mam wat is de hoofdstad van kameroen nee wacht kenia | KE
self-correction | wat is de hoofdstad van de staat virginia nee west virginia | US-WV
self-correction | ik bedoel niet nieuw-zeeland maar nieuw-caledonië wat is daar de hoofdstad | NC
self-correction | de hoofdstad van tsjaad nee tsjechië sorry | CZ
self-correction | alexa de hoofdstad van armenië eh albanië bedoel ik | AL
self-correction | wat is de hoofdstad van het congo nee ik bedoel de republiek congo met brazzaville | CG
self-correction | de hoofdstad van maleisië sorry ik bedoel indonesië | ID
self-correction | de hoofdstad van south dakota of nee north dakota | US-ND
self-correction | wat is de hoofdstad van oekraïne eh ik bedoel rusland | RU
self-correction | de klant zit in bangladesh nee bhutan wat is daar de hoofdstad | BT
self-correction | de hoofdstad van tadzjikistan nee turkmenistan die met de witte stad | TM
self-correction | welke stad is de hoofdstad van ecuador nee equatoriaal-guinea | GQ
# Reverse questions
reverse-question | jao van welk land is wenen de hoofdstad | CITY:Wenen
reverse-question | gozer van welk land is reykjavik de hoofdstad | CITY:Reykjavik
reverse-question | de darter zegt dat hij uit tbilisi komt van welk land is dat de hoofdstad | CITY:Tbilisi
reverse-question | wollah van welk land is nouakchott de hoofdstad | CITY:Nouakchott
reverse-question | mijn docent komt uit chisinau van welk land is dat hoofdstad | CITY:Chișinău
reverse-question | yaar thimphu is the capital of which country welk land | CITY:Thimphu
reverse-question | de matroos komt uit manilla van welk land is dat de hoofdstad | CITY:Manilla
reverse-question | ik las over tallahassee van welke staat is dat de hoofdstad | CITY:Tallahassee
reverse-question | kingston is de hoofdstad van welk land dushi | CITY:Kingston
reverse-question | van welk land of welke staat is hamilton de hoofdstad | CITY:Hamilton
reverse-question | san josé is hoofdstad van wat | CITY:San José
reverse-question | hoi van welk land is ljubljana ut hoofdstad | CITY:Ljubljana
reverse-question | de passagier komt uit vientiane welk land is dat | CITY:Vientiane
reverse-question | van welke provincie in canada is regina de hoofdstad | CITY:Regina
reverse-question | van welke staat in brazilië is salvador de hoofdstad | CITY:Salvador
reverse-question | de collega komt uit jaipur van welke staat is dat de hoofdstad | CITY:Jaipur
reverse-question | springfield is de hoofdstad van welke staat niet die van de simpsons | CITY:Springfield
reverse-question | welke plek heeft la paz als hoofdstad | CITY:La Paz
reverse-question | van welk land is georgetown de hoofdstad mam | CITY:Georgetown
reverse-question | chandigarh is van welke staten de hoofdstad | CITY:Chandigarh
reverse-question | van welke staat is columbia de hoofdstad niet colombia het land | CITY:Columbia
reverse-question | bisjkek van welk land is dat de hoofdstad | CITY:Bisjkek
# Official names
official-name | de hoofdstad van het koninkrijk belgië jao | BE
official-name | de hoofdstad van de russische federatie voor de topo | RU
official-name | hoi wat is ut hoofdstad van de franse republiek | FR
official-name | de hoofdstad van het groothertogdom luxemburg | LU
official-name | wat is de hoofdstad van het koninkrijk marokko wollah | MA
official-name | de hoofdstad van de arabische republiek egypte | EG
official-name | wat is de hoofdstad van de democratische socialistische republiek sri lanka | LK
official-name | wat is de hoofdstad van de republiek de unie van myanmar sorry | MM
# Everyday and old names
everyday-name | wat is de hoofdstad van holland jongen | NL
everyday-name | de hoofdstad van engeland zeg maar van groot-brittannië | GB
everyday-name | wat is de hoofdstad van wit-rusland mam | BY
everyday-name | wat is de hoofdstad van perzië nu iran | IR
everyday-name | de hoofdstad van ceylon zoals opa het noemde | LK
everyday-name | de hoofdstad van zaïre vroeger | CD
everyday-name | wat is de hoofdstad van siam opa zegt het zo | TH
everyday-name | hoi wat is de hoofdstad van tsjechoslowakije nee tsjechië | CZ
everyday-name | wat is de hoofdstad van amerika jongen | US
everyday-name | wat is de hoofdstad van de vs yaar | US
everyday-name | de hoofdstad van de usa | US
everyday-name | wat is de hoofdstad van holland officieel | NL
everyday-name | wat is de hoofdstad van kampuchea vroeger | KH
everyday-name | de hoofdstad van turkiye de nieuwe naam | TR
everyday-name | de hoofdstad van czechia in het engels | CZ
everyday-name | wat is de hoofdstad van de kaaimannen | KY
everyday-name | de hoofdstad van dahomey nu benin | BJ
everyday-name | wat is de hoofdstad van opper-volta nu burkina | BF
everyday-name | wat is de hoofdstad van de bovenwindse eilanden sint-maarten | SX
everyday-name | wat is de hoofdstad van engeland jao | GB-ENG
everyday-name | de hoofdstad van het land van de kangoeroes | AU
everyday-name | de hoofdstad van nieuw-holland zoals australië vroeger heette | AU
everyday-name | wat is de hoofdstad van formosa nu taiwan | TW
everyday-name | de hoofdstad van de ivoorkust | CI
# Shared names
shared-name | de schipper vraagt naar de hoofdstad van congo | CD+CG
shared-name | de bruid komt uit congo wat is daar de hoofdstad | CD+CG
shared-name | wollah de hoofdstad van korea | KP+KR
shared-name | jao de hoofdstad van congo wat is dat | CD+CG
shared-name | my colleague is from georgia wat is de hoofdstad daar | GE+US-GA
shared-name | de matroos komt van de virgin islands welke hoofdstad | VG+VI
shared-name | wat is de hoofdstad van georgia in het engels | GE+US-GA
shared-name | de darter uit korea wat is de hoofdstad van zijn land | KP+KR
shared-name | de zwemmer uit georgia welke stad is de hoofdstad daar | GE+US-GA
shared-name | de kapelaan komt uit congo wat is zijn hoofdstad | CD+CG
shared-name | op de maagdeneilanden hoe heet de hoofdstad | VG+VI
shared-name | dominica en de dominicaanse republiek wat zijn hun hoofdsteden | DM+DO
# Rewritten in the speakers' situations (self-corrections, reverse questions, official, everyday and shared names)
self-correction | de groep op de boot komt uit oostenrijk nee wacht uit australië wat is hun hoofdstad | AU
self-correction | de patiënt komt uit soedan eh nee zuid-soedan welke stad is daar de hoofdstad | SS
self-correction | sahbi zijn vader komt uit paraguay nee uruguay wollah wat is de hoofdstad daar | UY
self-correction | we varen naar saksen nee sorry saksen-anhalt over de elbe wat is daar de hoofdstad | DE-ST
self-correction | in mijn klas zit een man uit mauritius nee mauritanië hoe heet hoofdstad daar | MR
self-correction | mijn neef woont in new york of nee in new jersey wat is de hoofdstad van die staat | US-NJ
reverse-question | mijn docent komt uit ouagadougou van welk land is dat hoofdstad | CITY:Ouagadougou
reverse-question | op de boot zat een stel uit ulaanbaatar welk land heeft dat als hoofdstad | CITY:Ulaanbaatar
reverse-question | de darts worldcup was in valletta van welk land is dat de hoofdstad | CITY:Valletta
reverse-question | de nachtportier komt uit windhoek welk land hoort bij die hoofdstad | CITY:Windhoek
reverse-question | yaar my cousin lives in sacramento van welke staat is dat de hoofdstad | CITY:Sacramento
reverse-question | de cruise ging naar victoria van welk land of welke provincie is dat de hoofdstad | CITY:Victoria
reverse-question | wollah de nieuwe leraar zegt tegucigalpa van welk land is dat de hoofdstad | CITY:Tegucigalpa
reverse-question | we meren aan in wiesbaden aan de rijn van welke deelstaat is dat de hoofdstad | CITY:Wiesbaden
reverse-question | mi no sa dushi santiago is de hoofdstad van welk land | CITY:Santiago
official-name | voor de inburgeringsles wat is de hoofdstad van de bondsrepubliek duitsland | DE
official-name | op het blinde kaartje staat helleense republiek wat is daarvan de hoofdstad | GR
official-name | my manager says volksrepubliek china wat is de hoofdstad van de volksrepubliek china | CN
official-name | op ut paspoort staat verenigd koninkrijk van groot-brittannië en noord-ierland welke stad is daar de hoofdstad | GB
official-name | op de vlag van het schip staat islamitische republiek iran wat is daar de hoofdstad | IR
official-name | de ambassade heet republiek van de unie van myanmar welke stad is hun hoofdstad | MM
official-name | de darter uit het vorstendom liechtenstein wat is de hoofdstad van zijn land | LI
official-name | op de geboorteakte van mijn oom staat republiek suriname wat is daar de hoofdstad | SR
official-name | op het nieuws zeggen ze democratische volksrepubliek korea wat is daar de hoofdstad | KP
official-name | de televisie die ik koop komt uit de republiek korea welke stad is daar de hoofdstad | KR
official-name | in de brief staat koninkrijk saoedi-arabië wollah wat is de hoofdstad | SA
official-name | het contract is met de verenigde mexicaanse staten wat is de hoofdstad daarvan | MX
official-name | de patiënt komt uit de federale democratische republiek ethiopië welke stad is de hoofdstad | ET
official-name | op de cd van de band staat plurinationale staat bolivia wat is de hoofdstad van dat land | BO
official-name | de kapitein zegt bolivariaanse republiek venezuela welke stad is daar de hoofdstad | VE
official-name | de tekst op de rijstzak zegt socialistische republiek vietnam wat is daar de hoofdstad | VN
official-name | de koning van het hasjemitisch koninkrijk jordanië in welke hoofdstad woont hij | JO
official-name | bij de vredesbespreking in den haag ging het over de staat palestina wat is daar de hoofdstad | PS
official-name | expat question republic of china also taiwan wat is de hoofdstad van de republiek china | TW
official-name | de nieuwe collega komt uit de verenigde republiek tanzania hoe heet de hoofdstad | TZ
official-name | de voetbaltrainer komt uit de oosterse republiek uruguay welke stad is daar de hoofdstad | UY
official-name | op het vrachtbriefje staat republiek der filipijnen wat is de hoofdstad | PH
official-name | de toerist vraagt wat nou eigenlijk de hoofdstad is van het koninkrijk der nederlanden | NL
everyday-name | opa zegt nog steeds birma wat is daar nu de hoofdstad | MM
everyday-name | de bruid komt uit swaziland zoals ze het vroeger noemden wat is daar de hoofdstad | SZ
everyday-name | sahbi werkt in de emiraten in dubai is dat de hoofdstad | AE
everyday-name | de darter komt uit macedonië wat is de hoofdstad van macedonië | MK
everyday-name | opa was in de oorlog in rhodesië nu heet het zimbabwe wat is daar de hoofdstad | ZW
everyday-name | my brother in the states vraagt wat de hoofdstad van de states is haha | US
everyday-name | de missionaris werkte in oost-timor wat is de hoofdstad daar | TL
shared-name | wollah mijn neef gaat naar korea wat is de hoofdstad daar | KP+KR
shared-name | de kapelaan vroeg naar de hoofdsteden van de twee congo's weet jij ze | CD+CG
shared-name | voor de topo wat zijn de hoofdsteden van beide korea's | KP+KR
shared-name | mijn schoonmaker komt uit georgia hoe heet de hoofdstad daar | GE+US-GA
shared-name | de schipper vaart naar de maagdeneilanden wat is daar de hoofdstad | VG+VI
shared-name | de darter vraagt naar de hoofdsteden van noord en zuid-korea | KP+KR
shared-name | de bruiloftsgasten komen uit dominica en de dominicaanse republiek wat zijn hun hoofdsteden | DM+DO
shared-name | op de bewakingspost las ik over de beide congo's wat zijn de hoofdsteden | CD+CG
shared-name | de twee korea's voetballen tegen elkaar wat zijn hun hoofdsteden | KP+KR
# Help
help | jao alexa wat kan ich allemaol vraoge aan dit spelletje | HELP
help | hoj hoe werkt dat hier nou met die hoofdsteden ik snap het nie | HELP
help | gozer hoe moet dit nou wat moet ik zeggen | HELP
help | hoi alexa ik weet nie hoe ut werkt kan je me helpe | HELP
help | wollah ik snap er niks van hoe werkt deze skill | HELP
help | dushi wat kan ik aan je vragen leg het uit | HELP
help | alexa ik leer nederlands hoe moet ik vragen | HELP
help | tak ik begrijp niet wat ik moet zeggen help me | HELP
help | yaar can you help me what can i ask hier | HELP
help | de matroos vraagt hoe hij dit spel moet gebruiken | HELP
help | kun je de passagiers uitleggen hoe ze een hoofdstad kunnen vragen | HELP
help | ik zit in de nachtdienst en weet niet wat ik kan vragen geef eens een voorbeeld | HELP
help | wat voor vragen kan ik stellen tussen de darts door | HELP
help | mam weet niet hoe het werkt geef eens uitleg | HELP
help | hoe vraag ik naar een hoofdstad voor mijn topo | HELP
help | alexa opa wil weten wat hij allemaal kan vragen | HELP
help | help ik ben de weg kwijt in dit spel | HELP
help | wat zijn de mogelijkheden van deze hoofdsteden skill | HELP
help | ik heb hulp nodig met de vragen | HELP
help | leg nog een keer uit wat ik moet doen | HELP
help | kan ik ook naar staten vragen of alleen landen hoe werkt het | HELP
help | welke commando's kent dit spel | HELP
# Stop
stop | jao alexa stop mer | STOP
stop | hoj ik heb genoeg gehad stop maar | STOP
stop | gozer kappen nou | STOP
stop | hoi alexa hou nou es op | STOP
stop | wollah stop alexa mijn moeder komt binnen | STOP
stop | dushi stop maar voor vandaag | STOP
stop | alexa stop ik moet naar de les | STOP
stop | yaar stop it please stop | STOP
stop | quit the game alexa | STOP
stop | stop de hoofdsteden we gaan aanleggen | STOP
stop | stop de boot gaat weer varen | STOP
stop | alexa stil de patiënten slapen | STOP
stop | alexa wees stil het is drie uur in de nacht | STOP
stop | stop er is een darter aan de beurt | STOP
stop | klaar ermee ik ga slapen | STOP
stop | alexa stop de topo is klaar | STOP
stop | stop de bruid gaat speechen | STOP
stop | hou op met die hoofdsteden de meeting begint | STOP
stop | be quiet alexa my kids are sleeping | STOP
stop | alexa genoeg zo mam wil tv kijken | STOP
stop | alexa stoppen we zijn er | STOP
# Cancel
cancel | jao laot mer zitte | CANCEL
cancel | hoj laat maar ik weet het al | CANCEL
cancel | gozer laat maar zitten | CANCEL
cancel | hoi laat maar ik hoef ut nie meer | CANCEL
cancel | wollah vergeet het maar | CANCEL
cancel | dushi laat maar nee | CANCEL
cancel | sorry ik wil niet meer vragen annuleer | CANCEL
cancel | forget it yaar | CANCEL
cancel | annuleren de passagiers zijn al weg | CANCEL
cancel | laat maar de kapitein wist het al | CANCEL
cancel | vergeet die vraag maar ik heb hem gevonden | CANCEL
cancel | nee laat maar de patiënt weet het zelf | CANCEL
cancel | annuleer dat maar we gooien weer | CANCEL
cancel | mam zegt laat maar ik heb het antwoord al | CANCEL
cancel | annuleer de vraag over de hoofdstad | CANCEL
cancel | cancel dat maar alexa | CANCEL
cancel | nee nee laat maar ik vraag het later | CANCEL
# Launch by the card's name "hoofdsteden van de wereld"
launch | alexa open hoofdsteden van de wereld jao | LAUNCH
launch | alexa start hoofdsteden van de wereld hoj | LAUNCH
launch | alexa open effe hoofdsteden van de wereld gozer | LAUNCH
launch | alexa open hoofdsteden van de wereld voor me dochter | LAUNCH
launch | alexa start hoofdsteden van de wereld wollah | LAUNCH
launch | alexa open hoofdsteden van de wereld dushi | LAUNCH
launch | alexa open hoofdsteden van de wereld alstublieft ik wil leren | LAUNCH
launch | alexa start hoofdsteden van de wereld please | LAUNCH
launch | alexa open hoofdsteden van de wereld voor de matrozen | LAUNCH
launch | alexa start hoofdsteden van de wereld voor de passagiers | LAUNCH
launch | alexa open hoofdsteden van de wereld het is rustig vannacht | LAUNCH
launch | alexa start hoofdsteden van de wereld voor tussen de legs | LAUNCH
launch | alexa open hoofdsteden van de wereld voor de topo | LAUNCH
launch | alexa speel hoofdsteden van de wereld met de kinderen | LAUNCH
launch | alexa kun je hoofdsteden van de wereld even openen | LAUNCH
launch | alexa zou je hoofdsteden van de wereld willen starten | LAUNCH
launch | alexa begin hoofdsteden van de wereld | LAUNCH
launch | alexa start de skill hoofdsteden van de wereld voor opa | LAUNCH
launch | alexa laten we hoofdsteden van de wereld spelen | LAUNCH
launch | alexa open hoofdsteden van de wereld op de bruiloft | LAUNCH
launch | alexa start hoofdsteden van de wereld in de pauze van de meeting | LAUNCH
launch | alexa vraag aan hoofdsteden van de wereld wat de hoofdstad van laos is | LA
help | yaar how does this work eh hoe werkt dit ding met hoofdsteden | HELP
stop | stoppen nu we gaan eten mam roept | STOP
stop | afsluiten alsjeblieft de wacht is voorbij | STOP
cancel | never mind alexa mijn vrouw weet het al | CANCEL
cancel | laat die vraag maar vallen de darter weet het | CANCEL
cancel | nee toch niet laat maar ik vraag het de kapelaan | CANCEL
cancel | ach laat ook maar ut is nie belangrijk | CANCEL
cancel | vergeet wat ik vroeg de docent heeft het al gezegd | CANCEL
cancel | laat maar zitten wollah ik zoek het zelf op mijn telefoon | CANCEL
launch | alexa activeer hoofdsteden van de wereld voor de cursus | LAUNCH
launch | alexa ik wil hoofdsteden van de wereld spelen met mijn zoon | LAUNCH
launch | alexa open de skill hoofdsteden van de wereld in de stuurhut | LAUNCH
launch | alexa vraag hoofdsteden van de wereld wat de hoofdstad van peru is voor de rondvaart | PE
# Out-of-domain: other questions, other devices' requests, other senses of "hoofdstad", places not in the data
out-of-domain | jao wat is de hoofdstad van limburg is dat maastricht | FB
out-of-domain | wat is de hoofdstad van de provincie overijssel zwolle of enschede | FB
out-of-domain | hoj is enschede de hoofdstad van twente | FB
out-of-domain | wat is de hoofdstad van zuid-holland ut is toch den haag | FB
out-of-domain | is maastricht de hoofdstad van de euregio | FB
out-of-domain | wat is de hoofdstad van de jordaan gozer | FB
out-of-domain | wat is de hoofdstad van het rif in marokko wollah | FB
out-of-domain | de nieuwe leraar zegt kabylië wat is daar de hoofdstad | FB
out-of-domain | wat is de hoofdstad van de krim volgens mijn docent | FB
out-of-domain | tak wat is hoofdstad van donbas | FB
out-of-domain | wat is de hoofdstad van de waddeneilanden gozer | FB
out-of-domain | de schipper vraagt wat de hoofdstad van het ruhrgebied is | FB
out-of-domain | wat is de hoofdstad van wallonië jao | FB
out-of-domain | wat is de hoofdstad van catalonië de rondvaartgasten willen het weten | FB
out-of-domain | wat is de hoofdstad van afrika yaar | FB
out-of-domain | wat is de hoofdstad van europa is dat brussel | FB
out-of-domain | wat is de hoofdstad van de wereld gozer | FB
out-of-domain | wat was de hoofdstad van joegoslavië opa vraagt het | FB
out-of-domain | wat was de hoofdstad van de azteken | FB
out-of-domain | wat was de hoofdstad van nederlands-indië | FB
out-of-domain | wat was de hoofdstad van de nederlandse antillen dushi | FB
out-of-domain | wat is de hoofdstad van westeros voor de serie | FB
out-of-domain | wat is de hoofdstad van zuid-ossetië | FB
out-of-domain | wat is de hoofdstad van sealand dat fort in zee | FB
out-of-domain | wat is de hoofdstad van groot-brabant | FB
out-of-domain | welke stad is de hoofdstad van de darts | FB
out-of-domain | is amsterdam de hoofdstad van de coffeeshops | FB
out-of-domain | is maastricht de culinaire hoofdstad van nederland | FB
out-of-domain | is den haag de juridische hoofdstad van de wereld | FB
out-of-domain | is rotterdam de hoofdstad van de haven | FB
out-of-domain | wat is het verschil tussen een hoofdstad en een hoofdletter voor de taalles | FB
out-of-domain | hoeveel kapitaal heb ik nodig voor een eigen bedrijf | FB
out-of-domain | wat betekent kapitaal in het engels capital | FB
out-of-domain | hoe heet de kapitein van het schip | FB
out-of-domain | wat is het hoofdstuk over landen in het boek | FB
out-of-domain | wat is de hoofdprijs bij de darts | FB
out-of-domain | welke munt hebben ze in marokko wollah | FB
out-of-domain | hoe laat is het in kiev | FB
out-of-domain | hoe laat is het nu in mumbai yaar | FB
out-of-domain | wat voor weer wordt het morgen in maastricht | FB
out-of-domain | hoe hoog is het water in de rijn bij lobith | FB
out-of-domain | hoe laat gaat de pont bij het ij | FB
out-of-domain | hoe laat sluit de apotheek | FB
out-of-domain | zet de wekker om zes uur voor de wacht | FB
out-of-domain | speel radio tweehonderdzesenvijftig nee ik bedoel radio tien | FB
out-of-domain | speel limburgse carnavalsmuziek | FB
out-of-domain | speel tumba muziek dushi | FB
out-of-domain | zet brood op de boodschappenlijst | FB
out-of-domain | wie heeft de darts gewonnen gisteren | FB
out-of-domain | vertel een mop over amsterdammers | FB
out-of-domain | wat is het nederlandse woord voor capital | FB
out-of-domain | wat betekent dushi | FB
out-of-domain | vertaal bon dia naar het nederlands | FB
out-of-domain | hoe diep is het ij | FB
out-of-domain | hoe ver is het van enschede naar berlijn | FB
out-of-domain | wat kost een kaartje voor de rondvaart | FB
out-of-domain | hoe laat is de volgende tram naar de dam | FB
out-of-domain | herinner me morgen aan de overhoring | FB
out-of-domain | stuur een bericht naar de teamleider | FB
out-of-domain | hoeveel is honderdtachtig plus zestig voor de darts | FB
out-of-domain | wat is de wortel van vierhonderd | FB
out-of-domain | de hoofdstad | FB
out-of-domain | wat is de hoofdstad van eh ik weet het land niet meer | FB
out-of-domain | wat is de hoofdstad van het land waar mijn buurman woont | FB
# Out-of-domain rewritten in the speakers' situations
out-of-domain | hoj we gaan fietsen op de veluwe wat is daar eigenlijk de hoofdstad | FB
out-of-domain | jao mien schoonzoon zegt dat brussel de hoofdstad van vlaanderen is wat is het echt | FB
out-of-domain | de rondvaartgasten uit bilbao vragen wat de hoofdstad van het baskenland is | FB
out-of-domain | de pizzabakker in de pijp komt uit sicilië wat is daar de hoofdstad gozer | FB
out-of-domain | de stuurman leest een boek over beieren in de middeleeuwen wat was toen de hoofdstad | FB
out-of-domain | in de nachtdienst keek ik een documentaire over siberië wat is daar de hoofdstad | FB
out-of-domain | wollah mijn opa is door de sahara gereden wat is de hoofdstad van de sahara | FB
out-of-domain | de expats vragen wat de hoofdstad van scandinavië is yaar | FB
out-of-domain | de darter uit de balkan zegt dat zijn regio een hoofdstad heeft welke | FB
out-of-domain | voor geschiedenis mam wat was de hoofdstad van het romeinse rijk | FB
out-of-domain | de buurman in de schilderswijk vraagt wat ut hoofdstad van ut ottomaanse rijk was | FB
out-of-domain | tak mijn oma woonde in de sovjet-unie wat was de hoofdstad toen | FB
out-of-domain | de oude schipper voer vroeger naar oost-duitsland wat was daar de hoofdstad | FB
out-of-domain | de gids vertelt over pruisen maar wat was daar de hoofdstad | FB
out-of-domain | mam voor mijn verhaal wat is de hoofdstad van atlantis | FB
out-of-domain | wollah in de film wakanda wat is daar de hoofdstad | FB
out-of-domain | de nerds aan de bar vragen wat de hoofdstad van mordor is | FB
out-of-domain | mijn zoontje wil de hoofdstad van het land van ooit weten | FB
out-of-domain | voor het harry potter feest wat is de hoofdstad van hogwarts | FB
out-of-domain | de kleintjes op de verjaardag vragen wat de hoofdstad van smurfenland is | FB
out-of-domain | in de nachtdienst kijk ik naar de maan heeft die een hoofdstad | FB
out-of-domain | mijn zoon wil naar mars verhuizen wat wordt daar de hoofdstad | FB
out-of-domain | mijn collega in het magazijn is koerd wat is de hoofdstad van koerdistan | FB
out-of-domain | tak mijn buurman komt uit tsjetsjenië wat is hoofdstad daar | FB
out-of-domain | de monniken op de boot komen uit tibet wat is hun hoofdstad | FB
out-of-domain | de patiënt komt uit somaliland welke stad is daar de hoofdstad | FB
out-of-domain | de studenten in eindhoven zeggen dat het de hoofdstad van het design is klopt dat | FB
out-of-domain | de bruid vraagt of parijs of milaan de hoofdstad van de mode is | FB
out-of-domain | voor mijn inburgering hoe schrijf je hoofdstad met of zonder hoofdletter | FB
out-of-domain | de passagier vraagt hoeveel inwoners tokio heeft | FB
out-of-domain | topo vraag hoe groot is rusland in vierkante kilometers | FB
out-of-domain | de kapelaan vraagt welke talen ze in zwitserland spreken | FB
out-of-domain | dushi wat voor weer is het nu in willemstad | FB
out-of-domain | zet een timer van tien minuten voor de pannenkoeken | FB
out-of-domain | doe het licht in de stuurhut aan | FB
out-of-domain | zet de verwarming in de portiersloge op twintig graden | FB
out-of-domain | speel de top veertig in de kroeg gozer | FB
out-of-domain | speel iets van andré hazes voor op de bruiloft | FB
out-of-domain | bel mijn moeder in kiev | FB
out-of-domain | wat is de score van fc twente hoj | FB
out-of-domain | hoe zeg je dank je wel in het oekraïens voor mijn buurvrouw | FB
out-of-domain | wollah hoe laat is het gebed vandaag in utrecht | FB
out-of-domain | wanneer begint de ramadan dit jaar sahbi | FB
out-of-domain | de matroos vraagt hoe lang de rijn is van zwitserland tot de zee | FB
out-of-domain | op de rondvaart vragen ze wie de koning van nederland is | FB
out-of-domain | yaar who is the president van amerika nu | FB
out-of-domain | voor de topo welk land heeft de meeste inwoners | FB
out-of-domain | mam wat is het grootste land van afrika | FB
out-of-domain | de gozer uit perth vraagt wat de grootste stad van australië is | FB
out-of-domain | hoeveel landen zijn er in de wereld voor de pubquiz nee voor de darts | FB
out-of-domain | tak hoeveel provincies heeft nederland voor mijn examen | FB
out-of-domain | hoeveel staten heeft amerika my kids ask | FB
out-of-domain | de schipper vraagt wat de hoogste berg van europa is | FB
out-of-domain | wat staat er vandaag in mijn agenda voor de nachtdienst | FB
out-of-domain | hoe gaat het met je alexa jao | FB
out-of-domain | wollah wie heeft jou gemaakt alexa | FB
out-of-domain | ik heb honger na de wacht wat moet ik eten | FB
# Speaker families: whole sentences
limburgs | jao alexa wie is de hoofdstad van belsj ich bedoel belgië | BE
limburgs | mien vrouw kump oet duutsland wat is daar de hoofdstad | DE
limburgs | ich gaon nao luxemburg tanke wat is de hoofdstad daar | LU
limburgs | sjoen weer vandaag wat is de hoofdstad van frankrijk | FR
limburgs | de harmonie geit op reis nao oostenrijk wat is de hoofdstad | AT
limburgs | hoe is het alexa de hoofdstad van spanje weet gij die | ES
limburgs | in heerle woont een familie uit polen wat is hun hoofdstad | PL
limburgs | ich hoor op l één iets over italië wat is daar de hoofdstad | IT
limburgs | de mijnwerkers kwamen vroeger uit joegoslavië en nu kroatië wat is daar de hoofdstad | HR
limburgs | jao de kapelaan gaat terug naar de filipijnen wat is de hoofdstad | PH
limburgs | we gaon mit de bus nao tsjechië wat is daar de hoofdstad | CZ
limburgs | mien kleinzoon vraogt de hoofdstad van rijnland-palts jao | DE-RP
limburgs | de vastelaovend in keulen is in welke deelstaat en wat is de hoofdstad | DE-NW
limburgs | de schutterij geit nao hongarije wat is de hoofdstad van hongarije | HU
limburgs | wat is de hoofdstad van portugal ich weit het echt neet | PT
twents | hoj alexa wat is de hoofdstad van duutsland | DE
twents | nen kammeraod van mien is nao denemarken wat is daar de hoofdstad | DK
twents | ik wet het nie zo goed wat is de hoofdstad van noorwegen | NO
twents | bij de tukkers speelt nen jong uit ghana wat is de hoofdstad | GH
twents | mien zus hef nen man uit ierland wat is daar de hoofdstad | IE
twents | de textielfabriek had vroeger stoffen uit india wat is de hoofdstad daar | IN
twents | hoj de studenten van de ut komen uit iran wat is de hoofdstad | IR
twents | de vrachtwagen van de buurman rijdt nao litouwen wat is daar de hoofdstad | LT
twents | op het paasvuur was nen vent uit zweden wat is de hoofdstad van zweden | SE
twents | wat is de hoofdstad van westfalen eh nee noordrijn-westfalen bedoel ik | DE-NW
twents | ik wet het nie de hoofdstad van nedersaksen is dat hannover of bremen | DE-NI
twents | de boer naast ons hef koeien nao turkije verkocht wat is de hoofdstad daar | TR
twents | op de kermis in oldenzaal stond nen man uit roemenië wat is de hoofdstad | RO
twents | hoj alexa wat is de hoofdstad van schotland waor de whisky vandaan komt | GB-SCT
amsterdams | gozer wat is de hoofdstad van engeland effe snel | GB-ENG
amsterdams | die toeristen uit spanje op de wallen welke stad is hun hoofdstad | ES
amsterdams | ik heb een nieuwe buurman uit argentinië wat is zijn hoofdstad | AR
amsterdams | effe vragen jongen wat is de hoofdstad van het land van die stroopwafels nee grapje van belgië | BE
amsterdams | in de kroeg werkt een meid uit nieuw-zeeland welke stad is de hoofdstad | NZ
amsterdams | gozer de fietsenmaker komt uit eritrea wat is de hoofdstad daar | ER
amsterdams | die vent van de viskraam komt uit portugal hoe heet de hoofdstad | PT
amsterdams | jongen wat is de hoofdstad van turkije ik dacht istanbul | TR
amsterdams | op het ij lag een cruiseschip uit de bahama's welke stad is daar de hoofdstad | BS
amsterdams | mijn vriendin wil naar thailand wat is de hoofdstad gozer | TH
amsterdams | effe tussendoor wat is de hoofdstad van indonesië | ID
amsterdams | de marktkoopman komt uit pakistan wat is daar de hoofdstad | PK
amsterdams | die dj in de melkweg komt uit brazilië welke stad is de hoofdstad | BR
amsterdams | gozer de hoofdstad van hawaï is dat honolulu | US-HI
haags | hoi alexa wat is ut hoofdstad van indonesië me opa kwam daar vandaan | ID
haags | me buurvrouw in de transvaal komt uit suriname wat is ut hoofdstad daar | SR
haags | op ut binnenhof zag ik de koning met de president van chili wat is hun hoofdstad | CL
haags | hoi wat is ut hoofdstad van japan | JP
haags | me zoon werkt bij de europol met een man uit estland wat is ut hoofdstad | EE
haags | bij ut strand in kijkduin was een gezin uit zweden welke stad is ut hoofdstad daar | SE
haags | wat is ut hoofdstad van ut verenigd koninkrijk is dat londen | GB
haags | de ambassadeur van canada woont bij ons in de straat wat is ut hoofdstad van canada | CA
haags | me collega bij ut ministerie reist naar ghana wat is daar ut hoofdstad | GH
haags | hoi op scheveningen lag een schip uit noorwegen wat is ut hoofdstad | NO
haags | me zwager komt uit turkije wat is daar nou ut hoofdstad | TR
haags | in de hofstad zit een kapper uit syrië wat is ut hoofdstad van syrië | SY
haags | me neef gaat naar new york wat is ut hoofdstad van die staat | US-NY
haags | ut internationaal strafhof heb een zaak over soedan wat is ut hoofdstad | SD
marokkaans | wollah alexa wat is de hoofdstad van marokko echt | MA
marokkaans | sahbi zegt casablanca is de hoofdstad maar ik denk rabat welke is het | MA
marokkaans | wajo wat is de hoofdstad van tunesië snel | TN
marokkaans | mijn tante woont in belgië wat is daar de hoofdstad | BE
marokkaans | wollah ik ga naar egypte met mijn moeder welke stad is de hoofdstad | EG
marokkaans | de nieuwe speler van ajax komt uit algerije wat is de hoofdstad daar | DZ
marokkaans | zeg alexa wat is de hoofdstad van saoedi-arabië waar mekka is | SA
marokkaans | sahbi zijn vader werkt in qatar wat is de hoofdstad van qatar | QA
marokkaans | wollah wie weet de hoofdstad van mauritanië ik wed vijf euro | MR
marokkaans | mijn broer gaat studeren in frankrijk welke stad is de hoofdstad | FR
marokkaans | wajo de hoofdstad van libië wat is het | LY
marokkaans | mijn oom rijdt met de auto door spanje wat is daar de hoofdstad | ES
marokkaans | de imam komt uit jordanië welke stad is de hoofdstad | JO
marokkaans | wollah wat is de hoofdstad van de westelijke sahara | EH
antilliaans | bon dia alexa wat is de hoofdstad van venezuela naast curaçao | VE
antilliaans | dushi wat is de hoofdstad van colombia mijn vriend komt daar vandaan | CO
antilliaans | mi no sa wat is de hoofdstad van de dominicaanse republiek | DO
antilliaans | mijn oom vaart met de boot naar bonaire wat is daar de hoofdstad | BQ
antilliaans | bon dia wat is de hoofdstad van jamaica ik luister reggae | JM
antilliaans | mijn nicht studeert in groningen en komt uit sint maarten wat is de hoofdstad van sint maarten | SX
antilliaans | dushi de baseballspeler komt uit cuba wat is de hoofdstad | CU
antilliaans | wat is de hoofdstad van haïti mijn buurvrouw komt daar vandaan | HT
antilliaans | bon tardi alexa wat is de hoofdstad van trinidad en tobago | TT
antilliaans | mijn tante werkt op aruba in het hotel wat is de hoofdstad daar | AW
antilliaans | de carnavalsgroep uit barbados welke stad is daar de hoofdstad | BB
antilliaans | mi no sa de hoofdstad van panama dushi | PA
antilliaans | wat is de hoofdstad van saint lucia mijn vriend werkt daar | LC
oekraiens | alexa ik kom uit oekraïne wat is hoofdstad van nederland | NL
oekraiens | mijn man werkt in polen wat is hoofdstad daar | PL
oekraiens | dyakuyu alexa en wat is hoofdstad van moldavië | MD
oekraiens | mijn dochter leert op school over belgië wat is hoofdstad | BE
oekraiens | tak de taalcoach vraag welke stad is hoofdstad van roemenië | RO
oekraiens | wij zijn via slowakije gekomen wat is daar hoofdstad | SK
oekraiens | mijn schoonmoeder woont nu in duitsland wat is hoofdstad van duitsland | DE
oekraiens | ik werk met een man uit georgië wat is hoofdstad van zijn land | GE
oekraiens | alexa hoe heet hoofdstad van wit-rusland | BY
oekraiens | in de les praten wij over litouwen wat is hoofdstad | LT
oekraiens | mijn zoon vraag hoofdstad van kazachstan ik weet niet | KZ
oekraiens | de docent komt uit servië zij zegt belgrado is dat hoofdstad | RS
oekraiens | mijn vriendin gaat naar canada wat is hoofdstad van canada | CA
oekraiens | wij kregen hulp van estland wat is hoofdstad daar | EE
expat | hey alexa what is the capital of eh wat is de hoofdstad van nederland | NL
expat | yaar my wife asks wat is de hoofdstad van sri lanka | LK
expat | actually i forgot wat is de hoofdstad van bangladesh | BD
expat | my colleague from the chennai office wat is de hoofdstad van tamil nadu | IN-TN
expat | we fly to kerala next week wat is de hoofdstad van kerala yaar | IN-KL
expat | in de daycare they ask wat is de hoofdstad van nepal | NP
expat | my son needs it for school wat is de hoofdstad van singapore | SG
expat | the client is in the uae wat is de hoofdstad van de verenigde arabische emiraten | AE
expat | yaar wat is de hoofdstad van karnataka bangalore or bengaluru | IN-KA
expat | hey alexa hoe heet de hoofdstad van goa | IN-GA
expat | my manager is from gujarat is gandhinagar de hoofdstad | IN-GJ
expat | we go to assam for the tea gardens wat is de hoofdstad | IN-AS
expat | wat is de hoofdstad van maleisië my colleague says putrajaya | MY
schipper | we varen naar bazel wat is de hoofdstad van zwitserland | CH
schipper | de kapitein komt uit belgië welke stad is de hoofdstad daar | BE
schipper | over de donau naar oostenrijk wat is de hoofdstad daar | AT
schipper | we lossen in straatsburg in frankrijk wat is daar de hoofdstad van het land | FR
schipper | de matroos uit kaapverdië zegt praia is de hoofdstad klopt dat | CV
schipper | het nieuwe schip komt uit een werf in servië wat is daar de hoofdstad | RS
schipper | over de marifoon een schipper uit hongarije wat is zijn hoofdstad | HU
schipper | we varen de moezel op naar luxemburg wat is de hoofdstad | LU
schipper | de stuurman van het andere schip komt uit de filipijnen wat is de hoofdstad | PH
schipper | de lading kolen komt uit colombia welke stad is de hoofdstad daar | CO
schipper | de jongste matroos komt uit roemenië wat is de hoofdstad van roemenië | RO
schipper | we varen door baden-württemberg op de neckar wat is daar de hoofdstad | DE-BW
schipper | in mannheim zijn we in baden-württemberg of in hessen wat is de hoofdstad van hessen | DE-HE
schipper | we liggen in de haven van kiel is dat de hoofdstad van sleeswijk-holstein | DE-SH
rondvaart | de groep uit japan wil weten of amsterdam groter is dan hun hoofdstad welke is dat | JP
rondvaart | een stel uit australië vroeg naar het rijksmuseum wat is hun hoofdstad | AU
rondvaart | de familie uit israël op de boot wat is de hoofdstad van israël | IL
rondvaart | mevrouw uit zuid-korea vraagt of ik hun hoofdstad ken welke stad is dat | KR
rondvaart | de schoolklas uit italië welke stad is de hoofdstad van italië | IT
rondvaart | de passagiers uit brazilië vragen wat hun hoofdstad is ik dacht rio | BR
rondvaart | een groep uit china wil weten of ik de hoofdstad van hun land ken | CN
rondvaart | de groep uit de verenigde staten wat is hun hoofdstad | US
rondvaart | een meneer uit peru zegt lima is zijn hoofdstad klopt dat | PE
rondvaart | het stel uit argentinië vraagt of buenos aires de hoofdstad is | AR
rondvaart | op de boot zit een familie uit de staat texas wat is daar de hoofdstad | US-TX
rondvaart | de dames uit florida vragen naar hun hoofdstad welke is dat | US-FL
rondvaart | het koor uit wales zingt op de boot wat is hun hoofdstad | GB-WLS
rondvaart | een heer uit schotland vraagt of ik edinburgh ken is dat de hoofdstad | GB-SCT
nachtdienst | de nieuwe arts komt uit egypte welke stad is de hoofdstad | EG
nachtdienst | het is rustig op de afdeling wat is de hoofdstad van finland | FI
nachtdienst | de verpleegkundige uit portugal vraagt of ik haar hoofdstad ken | PT
nachtdienst | in het hotel komt een gast uit rusland aan wat is de hoofdstad | RU
nachtdienst | de schoonmaakster komt uit ethiopië wat is de hoofdstad daar | ET
nachtdienst | ik zit de hele nacht op de bewakingspost wat is de hoofdstad van ijsland | IS
nachtdienst | de hotelgast uit chili vraagt om een taxi wat is zijn hoofdstad | CL
nachtdienst | op de camera zie ik een vrachtwagen uit bulgarije wat is de hoofdstad daar | BG
nachtdienst | de collega van de beveiliging komt uit somalië wat is de hoofdstad | SO
nachtdienst | de arts uit pakistan wil weten of ik islamabad ken is dat de hoofdstad | PK
nachtdienst | vannacht ligt er een toerist uit nieuw-zeeland op de afdeling wat is de hoofdstad | NZ
nachtdienst | in de nachtdienst lees ik over de staat alaska wat is daar de hoofdstad | US-AK
nachtdienst | het hotel heeft gasten uit ontario wat is de hoofdstad van ontario | CA-ON
darts | de speler uit engeland gooit een honderdtachtig wat is de hoofdstad van engeland | GB-ENG
darts | de tegenstander komt uit schotland welke stad is de hoofdstad | GB-SCT
darts | de darter uit wales wat is daar de hoofdstad | GB-WLS
darts | de kampioen uit noord-ierland wat is de hoofdstad daar | GB-NIR
darts | tussen de legs door welke stad is de hoofdstad van australië | AU
darts | de belgische darter komt uit antwerpen is dat de hoofdstad van belgië | BE
darts | de speler uit letland wat is de hoofdstad van letland | LV
darts | de nummer één komt uit oostenrijk wat is de hoofdstad daar | AT
darts | wie de hoofdstad van japan weet mag gooien | JP
darts | de nieuwe uit polen gooit goed wat is de hoofdstad van polen | PL
darts | wie gooit als eerste wie weet de hoofdstad van gibraltar | GI
darts | de kampioen van de darts komt uit duitsland welke stad is de hoofdstad | DE
darts | bij de darts zegt iemand dat canada de beste darters heeft wat is hun hoofdstad | CA
topo | mam overhoort me wat is de hoofdstad van frankrijk | FR
topo | voor de topo van europa wat is de hoofdstad van griekenland | GR
topo | pap weet het niet wat is de hoofdstad van bulgarije | BG
topo | ik moet alle hoofdsteden van afrika leren wat is de hoofdstad van kenia | KE
topo | op het blinde kaartje van zuid-amerika staat ecuador wat is de hoofdstad | EC
topo | voor de overhoring van morgen wat is de hoofdstad van tanzania | TZ
topo | mam zegt dat de hoofdstad van nigeria lagos is klopt dat | NG
topo | voor de topo moet ik de hoofdstad van mexico weten | MX
topo | ik heb de hoofdstad van cuba vergeten voor de overhoring | CU
topo | mam vraagt de hoofdstad van ierland en ik weet het niet | IE
topo | voor de topo van azië wat is de hoofdstad van vietnam | VN
topo | de laatste vraag van de overhoring wat is de hoofdstad van albanië | AL
topo | voor de topo van de verenigde staten wat is de hoofdstad van californië | US-CA
topo | pap is dit goed de hoofdstad van brits-columbia is victoria | CA-BC
feest | op de verjaardag vroeg tante wat de hoofdstad van zweden is | SE
feest | de bruidegom komt uit ghana wat is daar de hoofdstad | GH
feest | op de bruiloft zat een vrouw uit kroatië welke stad is de hoofdstad | HR
feest | bij de borrel ging het over cyprus wat is de hoofdstad daar | CY
feest | de dj op het feest komt uit ierland wat is de hoofdstad van ierland | IE
feest | de taart is gemaakt door een bakker uit oostenrijk welke stad is de hoofdstad | AT
feest | op het feest vroeg iemand de hoofdstad van de staat new mexico | US-NM
feest | oom kees gaat naar quebec wat is de hoofdstad van die provincie | CA-QC
thuiswerk | in de teams meeting zit iemand uit roemenië wat is de hoofdstad | RO
thuiswerk | mijn collega belt in vanuit portugal welke stad is de hoofdstad daar | PT
thuiswerk | de klant zit in japan wat is daar de hoofdstad | JP
thuiswerk | de helpdesk zit in de filipijnen welke stad is de hoofdstad | PH
thuiswerk | mijn baas vliegt morgen naar kenia wat is de hoofdstad van kenia | KE
thuiswerk | onze leverancier zit in vietnam wat is de hoofdstad daar | VN
thuiswerk | in de call zit iemand uit de staat massachusetts wat is daar de hoofdstad | US-MA
thuiswerk | onze klant zit in virginia in amerika wat is daar de hoofdstad | US-VA
"""

if __name__ == "__main__":
    build_round(37, "nl", LINES, sys.argv, "tests/Eval/nl/round37/source/build_corpus.py")
