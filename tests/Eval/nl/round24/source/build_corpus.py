"""Round 24, Dutch (nl-NL): a new author's own mix, written blind. Speakers chosen away from the regions and groups
earlier Dutch authors used: Limburgers from Maastricht, Heerlen and Venlo ("jao", "ich", "sjiek", "zeg ins", "allewel",
"hej"), Brabanders from Tilburg, Eindhoven and Den Bosch ("houdoe", "gij", "hedde", "wa", "jonguh", "efkes", "ni"),
Groningers ("moi", "joa", "ik wait nait", "wat is dat veur", "mooi man"), Surinamese Dutch speakers with Sranan in it
("fa waka", "mi boi", "baya", "no span", "tori", "ai"), Curaçaoans and Arubans with Papiamentu ("dushi", "bon dia",
"ayo", "masha danki", "ta kiko"), German cross-border commuters in Venlo, Kerkrade and Enschede learning Dutch ("also",
"genau", "ja doch", German word order), Spanish and Italian Erasmus students in Groningen and Leiden ("vale", "allora",
"hoe zeg je", "ehm"), new parents at the night feed (whispering, the baby, "shh"), planners at a Rotterdam container
terminal (ships, ports, the berth), a travel agency behind the desk, a coffee roaster and a chocolate maker (beans from
Ethiopia, Colombia, Ghana, Ivory Coast), allotment gardeners at the volkstuin, a klaverjas and bridge club, a World Cup
pool at the office, postcrossers sorting cards from everywhere, a jigsaw of the world and a Swedish crossword, a driving
lesson, a spinning class at the gym, a wine shop, marathon runners planning races abroad, a moving day among boxes, a
call-centre agent between calls, a museum attendant, a beekeeper, a tattoo artist choosing lettering. Plus follow-ups,
yes/no checks, self-corrections, reverse questions, official, old and everyday names, shared names, plurals,
subdivisions and territories, one-shot requests through "hoofdsteden van de wereld", launch, help, stop and cancel in
those speakers' words, out-of-domain near misses (other facts about a country, "hoofd", "kapitaal" and "hoofdstuk" in
other senses, Dutch and Belgian provinces and regions the data does not hold), and what nl-NL recognition writes: lost
diaeresis ("belgie", "italie"), split and joined words ("hoofd steden", "hoofdstadvan"), dropped or doubled letters
("hoofstad", "hooftstad"), misheard names ("kazakstan", "uzbekistan", "jemen", "bahrain").
`python3 tests/Eval/nl/round24/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 24's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Limburgers (Maastricht, Heerlen, Venlo)
limburgs | jao alexa zeg ins wat is de hoofdstad van {} | frankrijk=FR; spanje=ES; portugal=PT
limburgs | ich wil wete wat de hoofdstad van {} is | belgië=BE; luxemburg=LU; duitsland=DE
limburgs | hej alexa waat is de hoofdstad van {} allewel | oostenrijk=AT; zwitserland=CH; liechtenstein=LI
limburgs | sjiek zeg mer ins de hoofdstad van {} | italië=IT; griekenland=GR; malta=MT
limburgs | we zitte in de vastelaovend kroeg wat is de hoofdstad van {} | polen=PL; tsjechië=CZ; hongarije=HU
limburgs | mien oma vraogt wat de hoofdstad van {} is | roemenië=RO; bulgarije=BG; moldavië=MD
limburgs | ich bin effe de weg kwiet wat is de hoofdstad van {} | slovenië=SI; kroatië=HR; bosnië en herzegovina=BA
limburgs | zeg ins jong wie heet de hoofdstad van {} | noorwegen=NO; zweden=SE; denemarken=DK
limburgs | oeh waat is noe de hoofdstad van {} | mongolië=MN; kazachstan=KZ; oezbekistan=UZ

# Brabanders (Tilburg, Eindhoven, Den Bosch)
brabants | hedde gij enig idee wa de hoofdstad van {} is | canada=CA; mexico=MX; cuba=CU
brabants | jonguh wa is de hoofdstad van {} | brazilië=BR; argentinië=AR; chili=CL
brabants | zeg alexa efkes wa is de hoofdstad van {} dan | peru=PE; colombia=CO; venezuela=VE
brabants | ik weet het ni meer wa is de hoofdstad van {} | ecuador=EC; paraguay=PY; uruguay=UY
brabants | gij weet da toch wel de hoofdstad van {} | guatemala=GT; honduras=HN; el salvador=SV
brabants | doe mar gewoon de hoofdstad van {} alexa | nicaragua=NI; costa rica=CR; panama=PA
brabants | we zitten op de carnavalswagen in oeteldonk wa is de hoofdstad van {} | jamaica=JM; haïti=HT; barbados=BB
brabants | houdoe en bedankt maar eerst nog de hoofdstad van {} | grenada=GD; saint lucia=LC; dominica=DM
brabants | da's nou ook wa wa is de hoofdstad van {} | bahama's=BS; belize=BZ; guyana=GY

# Groningers
gronings | moi alexa wat is de hoofdstad van {} | estland=EE; letland=LV; litouwen=LT
gronings | joa wat is dat veur hoofdstad van {} | finland=FI; ijsland=IS; ierland=IE
gronings | ik wait nait wat de hoofdstad van {} is | wit-rusland=BY; oekraïne=UA; rusland=RU
gronings | mooi man zeg mie ies de hoofdstad van {} | servië=RS; montenegro=ME; albanië=AL
gronings | we zitten in de kantine van de fc wat is de hoofdstad van {} | noord-macedonië=MK; kosovo=XK; cyprus=CY
gronings | hou zit dat nou mit de hoofdstad van {} | turkije=TR; georgië=GE; armenië=AM
gronings | alexa zeg mie even wat de hoofdstad van {} wezen mout | azerbeidzjan=AZ; iran=IR; irak=IQ
gronings | op t wad hebben we gain bereik maar wat is de hoofdstad van {} | andorra=AD; monaco=MC; san marino=SM

# Surinamese Dutch with Sranan
surinaams | fa waka alexa wat is de hoofdstad van {} | suriname=SR; guyana=GY; frans-guyana=GF
surinaams | mi boi zeg me effe de hoofdstad van {} | india=IN; pakistan=PK; bangladesh=BD
surinaams | baya ik moet weten wat de hoofdstad van {} is | indonesië=ID; maleisië=MY; singapore=SG
surinaams | no span alexa wat is de hoofdstad van {} | ghana=GH; nigeria=NG; benin=BJ
surinaams | ai mang wat was de hoofdstad van {} ook alweer | china=CN; japan=JP; vietnam=VN
surinaams | mijn tante uit paramaribo vraagt wat de hoofdstad van {} is | trinidad en tobago=TT; barbados=BB; sint vincent en de grenadines=VC
surinaams | tori alexa wat is nou de hoofdstad van {} | nepal=NP; bhutan=BT; sri lanka=LK
surinaams | we maken roti voor de verjaardag wat is de hoofdstad van {} | thailand=TH; laos=LA; cambodja=KH

# Curaçaoans and Arubans with Papiamentu
antilliaans | bon dia alexa wat is de hoofdstad van {} | venezuela=VE; colombia=CO; dominicaanse republiek=DO
antilliaans | dushi zeg mij de hoofdstad van {} | puerto rico=PR; cuba=CU; jamaica=JM
antilliaans | ta kiko de hoofdstad van {} alexa | aruba=AW; curaçao=CW; sint-maarten=SX
antilliaans | masha danki maar wat is de hoofdstad van {} | bonaire=BQ; antigua en barbuda=AG; saint kitts en nevis=KN
antilliaans | mi mama wil weten wat de hoofdstad van {} is | guadeloupe=GP; martinique=MQ; saint-martin=MF
antilliaans | we zitten op de boot naar klein curaçao wat is de hoofdstad van {} | anguilla=AI; montserrat=MS; kaaimaneilanden=KY

# German cross-border commuters learning Dutch
duitse-grenspendelaar | also alexa wat is de hoofdstad van {} genau | duitsland=DE; oostenrijk=AT; zwitserland=CH
duitse-grenspendelaar | ik wil graag wissen wat de hoofdstad van {} is | denemarken=DK; polen=PL; nederland=NL
duitse-grenspendelaar | ja doch alexa de hoofdstad van {} welke is dat | slowakije=SK; hongarije=HU; slovenië=SI
duitse-grenspendelaar | entschuldigung ik bedoel sorry wat is de hoofdstad van {} | tsjechië=CZ; letland=LV; estland=EE
duitse-grenspendelaar | ik rijd elke dag naar venlo en vraag me af wat de hoofdstad van {} is | luxemburg=LU; belgië=BE; frankrijk=FR
duitse-grenspendelaar | hoe heet eigenlijk de hoofdstad van {} op nederlands | griekenland=GR; portugal=PT; spanje=ES

# Spanish and Italian Erasmus students
erasmus-student | vale alexa wat is de hoofdstad van {} | spanje=ES; marokko=MA; algerije=DZ
erasmus-student | allora ehm wat is de hoofdstad van {} | italië=IT; vaticaanstad=VA; tunesië=TN
erasmus-student | hoe zeg je de hoofdstad van {} in het nederlands | libië=LY; egypte=EG; israël=IL
erasmus-student | mijn huisgenoot vraagt wat de hoofdstad van {} is | libanon=LB; syrië=SY; jordanië=JO
erasmus-student | ik heb morgen tentamen wat is de hoofdstad van {} alsjeblieft | saoedi-arabië=SA; jemen=YE; oman=OM
erasmus-student | ehm sorry mijn nederlands is niet goed de hoofdstad van {} | qatar=QA; bahrein=BH; koeweit=KW

# New parents at the night feed
nachtvoeding | shh de baby slaapt bijna wat is de hoofdstad van {} | nieuw-zeeland=NZ; australië=AU; fiji=FJ
nachtvoeding | zachtjes alexa wat is de hoofdstad van {} | samoa=WS; tonga=TO; vanuatu=VU
nachtvoeding | het is drie uur s nachts en ik wil weten wat de hoofdstad van {} is | papoea-nieuw-guinea=PG; salomonseilanden=SB; kiribati=KI
nachtvoeding | ik zit de fles te geven vertel eens de hoofdstad van {} | tuvalu=TV; nauru=NR; palau=PW
nachtvoeding | fluister maar alexa wat is de hoofdstad van {} | marshalleilanden=MH; micronesia=FM; oost-timor=TL

# Planners at a Rotterdam container terminal
havenplanner | het schip komt uit {} wat is daar eigenlijk de hoofdstad | china=CN; zuid-korea=KR; taiwan=TW
havenplanner | de kraan staat stil wat is de hoofdstad van {} | brazilië=BR; argentinië=AR; uruguay=UY
havenplanner | voor de ligplaatsplanning wat is de hoofdstad van {} | angola=AO; namibië=NA; mozambique=MZ
havenplanner | de containers gaan naar {} welke stad is daar de hoofdstad | kenia=KE; tanzania=TZ; djibouti=DJ
havenplanner | de bemanning komt uit {} wat is hun hoofdstad | filipijnen=PH; myanmar=MM; oekraïne=UA

# A travel agency
reisbureau | een klant wil naar {} wat is de hoofdstad daar | kaapverdië=CV; seychellen=SC; mauritius=MU
reisbureau | ik boek een rondreis door {} wat is de hoofdstad van dat land | sri lanka=LK; maldiven=MV; nepal=NP
reisbureau | mevrouw vraagt of de vlucht via de hoofdstad van {} gaat welke is dat | tanzania=TZ; oeganda=UG; rwanda=RW
reisbureau | voor het visum moet ik de hoofdstad van {} weten | oezbekistan=UZ; turkmenistan=TM; tadzjikistan=TJ
reisbureau | alexa snel even de hoofdstad van {} er staat een klant | costa rica=CR; panama=PA; belize=BZ

# A coffee roaster and a chocolate maker
koffie-en-cacao | deze bonen komen uit {} wat is daar de hoofdstad | ethiopië=ET; kenia=KE; burundi=BI
koffie-en-cacao | de cacao is uit {} hoe heet de hoofdstad daarvan | ghana=GH; ivoorkust=CI; kameroen=CM
koffie-en-cacao | voor het etiket wat is de hoofdstad van {} | colombia=CO; guatemala=GT; honduras=HN
koffie-en-cacao | terwijl de branding loopt wat is de hoofdstad van {} | jemen=YE; rwanda=RW; papoea-nieuw-guinea=PG
koffie-en-cacao | de chocolatier wil weten wat de hoofdstad van {} is | madagaskar=MG; sao tomé en principe=ST; togo=TG

# Allotment gardeners at the volkstuin
volkstuin | ik sta in de moestuin met de schoffel wat is de hoofdstad van {} | armenië=AM; kirgizië=KG; afghanistan=AF
volkstuin | de buurman van het tuintje ernaast vraagt de hoofdstad van {} | turkije=TR; marokko=MA; suriname=SR
volkstuin | tussen de tomaten door wat is de hoofdstad van {} | soedan=SD; zuid-soedan=SS; eritrea=ER
volkstuin | de pompoenen zijn binnen nu de hoofdstad van {} | mali=ML; niger=NE; tsjaad=TD

# A klaverjas and bridge club
kaartclub | wie gaat er uit maar eerst wat is de hoofdstad van {} | senegal=SN; gambia=GM; guinee=GN
kaartclub | roem en stuk en wat is de hoofdstad van {} | guinee-bissau=GW; sierra leone=SL; liberia=LR
kaartclub | mijn bridgepartner zegt dat ze de hoofdstad van {} weet welke is het | burkina faso=BF; mauritanië=MR; gabon=GA
kaartclub | tussen twee rubbers door de hoofdstad van {} graag | equatoriaal-guinea=GQ; centraal-afrikaanse republiek=CF; comoren=KM

# A World Cup pool at the office
wk-poule | voor de wk-poule wat is de hoofdstad van {} | kroatië=HR; servië=RS; zwitserland=CH
wk-poule | oranje speelt tegen {} wat is daar de hoofdstad | ecuador=EC; senegal=SN; qatar=QA
wk-poule | collega wedt om een taart de hoofdstad van {} is welke stad | marokko=MA; tunesië=TN; kameroen=CM
wk-poule | in de poule zit ook {} wat is daarvan de hoofdstad | iran=IR; saoedi-arabië=SA; australië=AU
wk-poule | op kantoor hangt een schema alexa wat is de hoofdstad van {} | japan=JP; costa rica=CR; wales=GB-WLS

# Postcrossers sorting cards
postcrossing | er kwam een kaart uit {} wat is de hoofdstad daar | wit-rusland=BY; litouwen=LT; finland=FI
postcrossing | mijn volgende kaart gaat naar {} wat is de hoofdstad van dat land | taiwan=TW; maleisië=MY; kazachstan=KZ
postcrossing | de postzegel komt uit {} welke stad is de hoofdstad | eswatini=SZ; lesotho=LS; botswana=BW
postcrossing | op het album zet ik de hoofdstad van {} welke is dat | zimbabwe=ZW; zambia=ZM; malawi=MW

# A jigsaw of the world and a Swedish crossword
puzzel | ik mis nog een puzzelstukje bij {} wat is daar de hoofdstad | canada=CA; groenland=GL; ijsland=IS
puzzel | zweedse puzzel hoofdstad van {} hoeveel letters is dat | peru=PE; laos=LA; oman=OM
puzzel | voor de legpuzzel van de wereld wat is de hoofdstad van {} | bolivia=BO; chili=CL; paraguay=PY
puzzel | in de puzzel staat hoofdstad van {} vier letters welke | cuba=CU; togo=TG; mali=ML

# A driving lesson
rijles | de instructeur vraagt tijdens het inparkeren de hoofdstad van {} | ierland=IE; wales=GB-WLS; schotland=GB-SCT
rijles | bij het stoplicht even wat is de hoofdstad van {} | noorwegen=NO; zweden=SE; noord-ierland=GB-NIR
rijles | ik heb morgen examen maar eerst de hoofdstad van {} | belarus=BY; moldavië=MD; georgië=GE

# A spinning class at the gym
sportschool | hijgend op de fiets wat is de hoofdstad van {} | nigeria=NG; egypte=EG; ethiopië=ET
sportschool | tussen de sets door alexa de hoofdstad van {} | zuid-afrika=ZA; algerije=DZ; libië=LY
sportschool | de trainer roept dat de hoofdstad van {} de volgende vraag is welke is het | somalië=SO; kenia=KE; tanzania=TZ

# A wine shop
wijnhandel | deze fles komt uit {} wat is daar de hoofdstad | nieuw-zeeland=NZ; chili=CL; argentinië=AR
wijnhandel | een klant vraagt bij de rode wijn uit {} naar de hoofdstad | georgië=GE; moldavië=MD; hongarije=HU
wijnhandel | voor de proeverij wat is de hoofdstad van {} | libanon=LB; zuid-afrika=ZA; portugal=PT

# Marathon runners planning races abroad
marathonloper | ik wil de marathon lopen in de hoofdstad van {} welke stad is dat | kenia=KE; ethiopië=ET; japan=JP
marathonloper | na de lange duurloop wat is de hoofdstad van {} | griekenland=GR; ijsland=IS; jordanië=JO
marathonloper | de volgende marathon is in de hoofdstad van {} welke is dat ook weer | rwanda=RW; oeganda=UG; bahrein=BH

# A moving day among boxes
verhuisdag | ergens tussen de dozen zit de atlas wat is de hoofdstad van {} | namibië=NA; botswana=BW; zambia=ZM
verhuisdag | de verhuizers vragen wat de hoofdstad van {} is | polen=PL; bulgarije=BG; roemenië=RO
verhuisdag | nog een doos en dan wil ik weten wat de hoofdstad van {} is | mozambique=MZ; malawi=MW; madagaskar=MG

# A call-centre agent between calls
callcenter | de klant belt uit {} wat is daar de hoofdstad | filipijnen=PH; india=IN; suriname=SR
callcenter | tussen twee gesprekken door de hoofdstad van {} | marokko=MA; turkije=TR; egypte=EG
callcenter | voor het adres in het systeem wat is de hoofdstad van {} | pakistan=PK; bangladesh=BD; sri lanka=LK

# A museum attendant
museumsuppoost | een bezoeker vraagt bij het schilderij wat de hoofdstad van {} is | peru=PE; mexico=MX; egypte=EG
museumsuppoost | in de zaal over {} hangt geen kaart wat is de hoofdstad | irak=IQ; iran=IR; syrië=SY
museumsuppoost | voor de rondleiding wat is de hoofdstad van {} | cambodja=KH; myanmar=MM; thailand=TH

# A beekeeper and a tattoo artist
imker | de koningin van mijn bijen komt uit {} wat is daar de hoofdstad | slovenië=SI; italië=IT; oostenrijk=AT
tattoo | de klant wil de naam van de hoofdstad van {} op zijn arm welke is dat | nieuw-zeeland=NZ; samoa=WS; tonga=TO
tattoo | voor het ontwerp moet ik de hoofdstad van {} weten | japan=JP; zuid-korea=KR; mongolië=MN

# Short forms as people bark them
kort | hoofdstad {} | vanuatu=VU; tuvalu=TV; nauru=NR
kort | {} hoofdstad | kiribati=KI; palau=PW; fiji=FJ
kort | {} de hoofdstad | eritrea=ER; djibouti=DJ; somalië=SO
kort | en de hoofdstad van {} | brunei=BN; oost-timor=TL; singapore=SG
kort | hoofdstad van {} alexa | seychellen=SC; comoren=KM; mauritius=MU

# Follow-ups
follow-up | en die van {} dan | zweden=SE; finland=FI; noorwegen=NO
follow-up | en {} | gabon=GA; niger=NE; sierra leone=SL
follow-up | joa en {} | burundi=BI; liberia=LR; benin=BJ
follow-up | en hoe zit het met {} | tadzjikistan=TJ; turkmenistan=TM; kirgizië=KG
follow-up | jao en van {} | angola=AO; gambia=GM; guinee=GN
follow-up | mi boi en {} dan | guyana=GY; trinidad en tobago=TT; grenada=GD
follow-up | en wa is die van {} | brunei=BN; maldiven=MV; bhutan=BT
follow-up | en nu {} | mauritanië=MR; tsjaad=TD; centraal-afrikaanse republiek=CF
follow-up | oké en {} dan | saint kitts en nevis=KN; antigua en barbuda=AG; saint lucia=LC
follow-up | genau und {} | liechtenstein=LI; san marino=SM; monaco=MC
follow-up | vale y {} | equatoriaal-guinea=GQ; kaapverdië=CV; guinee-bissau=GW

# Yes/no checks, right and wrong guesses
yes-no-check | klopt het dat lima de hoofdstad van peru is | PE
yes-no-check | is sydney de hoofdstad van australië | AU
yes-no-check | jao is maastricht de hoofdstad van nederland | NL
yes-no-check | hedde gij gehoord dat rabat de hoofdstad van marokko is klopt da | MA
yes-no-check | is istanboel nou de hoofdstad van turkije of niet | TR
yes-no-check | joa is de hoofdstad van canada nou toronto | CA
yes-no-check | is de hoofdstad van brazilië rio de janeiro | BR
yes-no-check | mi boi is paramaribo de hoofdstad van suriname | SR
yes-no-check | dushi is willemstad de hoofdstad van curaçao | CW
yes-no-check | ist bern de hoofdstad van zwitserland of zürich | CH
yes-no-check | is de hoofdstad van nigeria nou lagos of abuja | NG
yes-no-check | mijn huisgenoot zegt dat almaty de hoofdstad van kazachstan is klopt dat | KZ
yes-no-check | shh is wellington de hoofdstad van nieuw-zeeland | NZ
yes-no-check | is karachi de hoofdstad van pakistan | PK
yes-no-check | de klant zegt dat dar es salaam de hoofdstad van tanzania is is dat zo | TZ
yes-no-check | is addis abeba echt de hoofdstad van ethiopië | ET
yes-no-check | is yangon nog steeds de hoofdstad van myanmar | MM
yes-no-check | is ho chi minhstad de hoofdstad van vietnam | VN
yes-no-check | klopt het dat accra de hoofdstad van ghana is | GH
yes-no-check | is dakar de hoofdstad van senegal ja of nee | SN
yes-no-check | is casablanca de hoofdstad van marokko | MA
yes-no-check | is valletta de hoofdstad van malta | MT
yes-no-check | is quito de hoofdstad van ecuador of is dat guayaquil | EC
yes-no-check | ik gok dat de hoofdstad van australië melbourne is heb ik gelijk | AU
yes-no-check | is montreal de hoofdstad van canada | CA
yes-no-check | is jeruzalem de hoofdstad van israël | IL
yes-no-check | is de hoofdstad van bolivia la paz | BO
yes-no-check | is belgrado de hoofdstad van servië | RS
yes-no-check | de legpuzzel zegt dat de hoofdstad van kenia nairobi is klopt dat | KE
yes-no-check | is reykjavik de hoofdstad van ijsland | IS
yes-no-check | is de hoofdstad van de verenigde staten new york | US
yes-no-check | zeg ins is luik de hoofdstad van belgië | BE
yes-no-check | is de hoofdstad van schotland glasgow | GB-SCT
yes-no-check | klopt het dat de hoofdstad van beieren münchen is | DE-BY
yes-no-check | is sucre echt een hoofdstad van bolivia | BO
yes-no-check | is kiev of kyiv de hoofdstad van oekraïne | UA
yes-no-check | is oranjestad de hoofdstad van aruba | AW
yes-no-check | is de hoofdstad van india mumbai | IN
yes-no-check | is zuid-tarawa de hoofdstad van kiribati | KI
yes-no-check | is dubai de hoofdstad van de verenigde arabische emiraten | AE

# Self-corrections, the last place is meant
self-correction | wat is de hoofdstad van oostenrijk nee wacht van australië | AU
self-correction | de hoofdstad van zweden eh zwitserland bedoel ik | CH
self-correction | jao de hoofdstad van slowakije nee slovenië | SI
self-correction | wa is de hoofdstad van ijsland nee ierland | IE
self-correction | de hoofdstad van gambia sorry zambia | ZM
self-correction | de hoofdstad van niger of nee nigeria | NG
self-correction | wat is de hoofdstad van guinee eh equatoriaal-guinea | GQ
self-correction | mi boi de hoofdstad van guyana nee ghana bedoel ik | GH
self-correction | de hoofdstad van oman ik bedoel jemen | YE
self-correction | wat is de hoofdstad van iran nee irak | IQ
self-correction | de hoofdstad van letland oh nee litouwen | LT
self-correction | genau de hoofdstad van oostenrijk nein ik bedoel duitsland | DE
self-correction | de hoofdstad van mali eh nee malawi | MW
self-correction | wat is de hoofdstad van colombia wacht cambodja | KH
self-correction | vale de hoofdstad van paraguay no uruguay | UY
self-correction | de hoofdstad van soedan nee zuid-soedan | SS
self-correction | de hoofdstad van noord-korea nee zuid-korea | KR
self-correction | de hoofdstad van dominica nee van de dominicaanse republiek | DO
self-correction | de hoofdstad van armenië correctie albanië | AL
self-correction | wat is de hoofdstad van tsjechië of nee slowakije | SK
self-correction | shh de hoofdstad van samoa nee tonga | TO
self-correction | de hoofdstad van montenegro ik bedoel macedonië | MK
self-correction | wat is de hoofdstad van libië nee liberia | LR
self-correction | de hoofdstad van de filipijnen eh nee indonesië | ID
self-correction | de hoofdstad van texas nee van californië | US-CA
self-correction | wat is de hoofdstad van bahrein ik bedoel koeweit | KW
self-correction | de hoofdstad van bosnië nee van kroatië sorry | HR
self-correction | de hoofdstad van tunesië ah nee algerije | DZ
self-correction | de hoofdstad van eritrea nee ethiopië toch | ET
self-correction | de hoofdstad van haïti nee van jamaica | JM

# Reverse questions
reverse-question | van welk land is ouagadougou de hoofdstad | CITY:Ouagadougou
reverse-question | jao van welk land is vaduz de hoofdstad | CITY:Vaduz
reverse-question | tegucigalpa is de hoofdstad van welk land | CITY:Tegucigalpa
reverse-question | ulaanbaatar van welk land is da de hoofdstad | CITY:Ulaanbaatar
reverse-question | de hoofdstad van welk land is thimphu | CITY:Thimphu
reverse-question | van welk land is bisjkek de hoofdstad | CITY:Bisjkek
reverse-question | welk land heeft asmara als hoofdstad | CITY:Asmara
reverse-question | welk land hoort bij de hoofdstad lilongwe | CITY:Lilongwe
reverse-question | mi boi van welk land is georgetown de hoofdstad | CITY:Georgetown
reverse-question | welk land heeft kigali als hoofdstad | CITY:Kigali
reverse-question | de kaart komt uit windhoek van welk land is dat de hoofdstad | CITY:Windhoek
reverse-question | bamako is de hoofdstad van welk land ook weer | CITY:Bamako
reverse-question | van welk land is tbilisi de hoofdstad | CITY:Tbilisi
reverse-question | joa en baku of bakoe is de hoofdstad van wat | CITY:Bakoe
reverse-question | van welk land is montevideo de hoofdstad | CITY:Montevideo
reverse-question | welk land heeft paramaribo als hoofdstad | CITY:Paramaribo
reverse-question | welk land heeft als hoofdstad nouakchott | CITY:Nouakchott
reverse-question | bij welk land hoort de hoofdstad honiara | CITY:Honiara
reverse-question | van welk land is port moresby de hoofdstad | CITY:Port Moresby
reverse-question | mijn collega zegt astana van welk land is dat de hoofdstad | CITY:Astana
reverse-question | welk land heeft asunción als hoofdstad | CITY:Asunción
reverse-question | van welk land is ljubljana de hoofdstad | CITY:Ljubljana
reverse-question | van wat voor land is skopje de hoofdstad | CITY:Skopje
reverse-question | welk land heeft doesjanbe als hoofdstad | CITY:Doesjanbe
reverse-question | van welk land is tasjkent de hoofdstad | CITY:Tasjkent
reverse-question | gaborone is de hoofdstad van welk land | CITY:Gaborone
reverse-question | van welk land is libreville de hoofdstad | CITY:Libreville
reverse-question | welk land heeft conakry als hoofdstad | CITY:Conakry
reverse-question | van welk land is banjul de hoofdstad | CITY:Banjul
reverse-question | welk land heeft kingstown als hoofdstad | CITY:Kingstown
reverse-question | van welk land is castries de hoofdstad | CITY:Castries
reverse-question | naypyidaw is de hoofdstad van welk land | CITY:Naypyidaw
reverse-question | van welk land of welke staat is victoria de hoofdstad | CITY:Victoria
reverse-question | welke staat heeft sacramento als hoofdstad | CITY:Sacramento
reverse-question | van welke staat is tallahassee de hoofdstad | CITY:Tallahassee
reverse-question | welke provincie heeft winnipeg als hoofdstad | CITY:Winnipeg
reverse-question | van welk land is funafuti de hoofdstad | CITY:Funafuti
reverse-question | van welk eiland is nuuk de hoofdstad | CITY:Nuuk
reverse-question | welk land heeft yaoundé als hoofdstad | CITY:Yaoundé
reverse-question | van welk land is bandar seri begawan de hoofdstad | CITY:Bandar Seri Begawan
reverse-question | van welk land is moroni de hoofdstad | CITY:Moroni
reverse-question | van welk land is ngerulmud de hoofdstad | CITY:Ngerulmud

# Official names
official-name | wat is de hoofdstad van de bondsrepubliek duitsland | DE
official-name | jao de hoofdstad van het koninkrijk belgië | BE
official-name | wat is de hoofdstad van de helleense republiek | GR
official-name | de hoofdstad van de russische federatie graag | RU
official-name | wat is de hoofdstad van de volksrepubliek china | CN
official-name | wat is de hoofdstad van de islamitische republiek iran | IR
official-name | de hoofdstad van de democratische volksrepubliek korea | KP
official-name | wat is de hoofdstad van de republiek korea | KR
official-name | de hoofdstad van de verenigde mexicaanse staten | MX
official-name | wat is de hoofdstad van de federatieve republiek brazilië | BR
official-name | de hoofdstad van de zwitserse bondsstaat | CH
official-name | wat is de hoofdstad van de tsjechische republiek | CZ
official-name | de hoofdstad van het verenigd koninkrijk van groot-brittannië en noord-ierland | GB
official-name | wat is de hoofdstad van de slowaakse republiek | SK
official-name | de hoofdstad van de kirgizische republiek | KG
official-name | wat is de hoofdstad van de arabische republiek egypte | EG
official-name | de hoofdstad van de federale staten van micronesia | FM
official-name | wat is de hoofdstad van de democratische republiek oost-timor | TL
official-name | de hoofdstad van het koninkrijk saoedi-arabië | SA
official-name | wat is de hoofdstad van het koninkrijk spanje | ES
official-name | de hoofdstad van de islamitische republiek pakistan | PK
official-name | wat is de hoofdstad van de republiek polen | PL
official-name | de hoofdstad van de italiaanse republiek | IT
official-name | wat is de hoofdstad van de franse republiek | FR
official-name | de hoofdstad van de verenigde staten van amerika | US
official-name | wat is de hoofdstad van de democratische republiek congo | CD
official-name | de hoofdstad van de republiek congo | CG
official-name | wat is de hoofdstad van côte d'ivoire | CI
official-name | de hoofdstad van het koninkrijk marokko | MA
official-name | wat is de hoofdstad van de republiek turkije | TR
official-name | wat is de hoofdstad van het koninkrijk noorwegen | NO
official-name | de hoofdstad van de portugese republiek | PT
official-name | wat is de hoofdstad van de republiek ierland | IE

# Old and everyday names
everyday-name | wat is de hoofdstad van holland | NL
everyday-name | jonguh wa is de hoofdstad van amerika | US
everyday-name | wat is de hoofdstad van perzië | IR
everyday-name | de hoofdstad van birma | MM
everyday-name | wat was de hoofdstad van ceylon | LK
everyday-name | de hoofdstad van siam | TH
everyday-name | wat was de hoofdstad van zaïre | CD
everyday-name | wat was de hoofdstad van rhodesië | ZW
everyday-name | de hoofdstad van abessinië | ET
everyday-name | wat was de hoofdstad van dahomey | BJ
everyday-name | de hoofdstad van opper-volta | BF
everyday-name | wat was de hoofdstad van de goudkust | GH
everyday-name | de hoofdstad van nyasaland | MW
everyday-name | wat was de hoofdstad van bechuanaland | BW
everyday-name | de hoofdstad van basoetoland | LS
everyday-name | wat was de hoofdstad van brits-honduras | BZ
everyday-name | de hoofdstad van swaziland | SZ
everyday-name | wat is de hoofdstad van wit-rusland eigenlijk | BY
everyday-name | de hoofdstad van macedonië | MK
everyday-name | wat was de hoofdstad van kampuchea | KH
everyday-name | de hoofdstad van türkiye | TR
everyday-name | wat is de hoofdstad van de emiraten | AE
everyday-name | de hoofdstad van de vae | AE
everyday-name | wat is de hoofdstad van de vs | US
everyday-name | de hoofdstad van het vk | GB
everyday-name | wat is de hoofdstad van de states | US
everyday-name | de hoofdstad van groot-brittannië | GB
everyday-name | wat is de hoofdstad van engeland | GB-ENG
everyday-name | de hoofdstad van brittannië | GB
everyday-name | wat is de hoofdstad van saoedi | SA
everyday-name | wat is de hoofdstad van timor-leste | TL
everyday-name | de hoofdstad van de drc | CD
everyday-name | wat is de hoofdstad van congo-brazzaville | CG
everyday-name | de hoofdstad van congo-kinshasa | CD
everyday-name | wat is de hoofdstad van kirgizstan | KG
everyday-name | de hoofdstad van de malediven | MV
everyday-name | wat is de hoofdstad van bosnië | BA
everyday-name | de hoofdstad van trinidad | TT
everyday-name | wat is de hoofdstad van antigua | AG
everyday-name | de hoofdstad van sao tomé | ST
everyday-name | wat is de hoofdstad van het vaticaan | VA
everyday-name | de hoofdstad van sint kitts | KN
everyday-name | wat is de hoofdstad van sint vincent | VC

# Shared names
shared-name | wat is de hoofdstad van korea | KP+KR
shared-name | wat zijn de hoofdsteden van de twee korea's | KP+KR
shared-name | jao de hoofdsteden van noord en zuid-korea | KP+KR
shared-name | wat is de hoofdstad van congo | CD+CG
shared-name | de hoofdsteden van beide congo's | CD+CG
shared-name | mi boi wat zijn de hoofdsteden van de twee congo's | CD+CG
shared-name | wat is de hoofdstad van georgia | GE+US-GA
shared-name | de hoofdstad van georgia de staat in amerika | US-GA
shared-name | de hoofdstad van georgië het land bij de kaukasus | GE
shared-name | wat is de hoofdstad van de maagdeneilanden | VG+VI
shared-name | de hoofdstad van de britse maagdeneilanden | VG
shared-name | wat is de hoofdstad van de amerikaanse maagdeneilanden | VI
shared-name | de hoofdstad van congo het grote met kinshasa | CD
shared-name | wat is de hoofdstad van het kleine congo | CG
shared-name | de hoofdstad van dominica en de dominicaanse republiek | DM+DO
shared-name | wat is de hoofdstad van zuid-korea en van noord-korea | KP+KR
shared-name | wat is de hoofdstad van het amerikaanse georgia | US-GA
shared-name | ik bedoel georgia als land wat is de hoofdstad | GE
shared-name | wat zijn de hoofdsteden van beide korea's | KP+KR
shared-name | de hoofdsteden van de maagdeneilanden allebei | VG+VI

# Plurals
plural-capitals | wat zijn de hoofdsteden van zuid-afrika | ZA
plural-capitals | jonguh zuid-afrika heeft toch drie hoofdsteden welke zijn da | ZA
plural-capitals | noem de drie hoofdsteden van zuid-afrika | ZA
plural-capitals | wat zijn de twee hoofdsteden van bolivia | BO
plural-capitals | mi boi welke hoofdsteden heeft bolivia | BO
plural-capitals | wat zijn de hoofdsteden van benin | BJ
plural-capitals | benin heeft twee hoofdsteden toch welke | BJ
plural-capitals | wat zijn de hoofdsteden van nederland | NL
plural-capitals | welke twee hoofdsteden heeft nederland eigenlijk | NL
plural-capitals | wat zijn de hoofdsteden van maleisië | MY
plural-capitals | maleisië heeft twee hoofdsteden hoe heten die | MY
plural-capitals | wat zijn de hoofdsteden van sri lanka | LK
plural-capitals | sri lanka heeft twee hoofdsteden welke zijn dat | LK
plural-capitals | wat zijn de hoofdsteden van ivoorkust | CI
plural-capitals | de koffiebrander vraagt naar de hoofdsteden van ivoorkust | CI
plural-capitals | wat zijn de hoofdsteden van eswatini | SZ
plural-capitals | eswatini heeft er twee welke hoofdsteden zijn dat | SZ
plural-capitals | wat zijn de hoofdsteden van palestina | PS
plural-capitals | welke hoofdsteden noemt palestina | PS
plural-capitals | wat zijn de hoofdsteden van jammu en kasjmir | IN-JK
plural-capitals | welke hoofdsteden heeft montserrat | MS
plural-capitals | zeg ins de hoofdsteden van zuid-afrika allemaal | ZA
plural-capitals | gij kent de hoofdsteden van bolivia toch | BO
plural-capitals | moi welke hoofdsteden heeft nederland nou | NL

# Subdivisions: states, provinces, nations
subdivision | wat is de hoofdstad van noordrijn-westfalen | DE-NW
subdivision | ich wil wete de hoofdstad van nedersaksen | DE-NI
subdivision | de grenspendelaar vraagt wat de hoofdstad van rijnland-palts is | DE-RP
subdivision | wat is de hoofdstad van sleeswijk-holstein | DE-SH
subdivision | also de hoofdstad van mecklenburg-voor-pommeren | DE-MV
subdivision | wat is de hoofdstad van hessen | DE-HE
subdivision | de hoofdstad van saksen-anhalt graag | DE-ST
subdivision | wat is de hoofdstad van thüringen | DE-TH
subdivision | de hoofdstad van baden-württemberg | DE-BW
subdivision | wat is de hoofdstad van het saarland | DE-SL
subdivision | wat is de hoofdstad van brandenburg | DE-BB
subdivision | de hoofdstad van saksen welke stad is dat | DE-SN
subdivision | wat is de hoofdstad van de staat new york | US-NY
subdivision | de hoofdstad van texas | US-TX
subdivision | wat is de hoofdstad van de amerikaanse staat washington | US-WA
subdivision | de hoofdstad van illinois | US-IL
subdivision | wat is de hoofdstad van pennsylvania | US-PA
subdivision | de hoofdstad van hawaï | US-HI
subdivision | wat is de hoofdstad van alaska | US-AK
subdivision | de hoofdstad van nevada | US-NV
subdivision | wat is de hoofdstad van kentucky | US-KY
subdivision | de hoofdstad van louisiana | US-LA
subdivision | wat is de hoofdstad van michigan | US-MI
subdivision | de hoofdstad van vermont | US-VT
subdivision | wat is de hoofdstad van south dakota | US-SD
subdivision | de hoofdstad van ohio | US-OH
subdivision | wat is de hoofdstad van de provincie ontario | CA-ON
subdivision | de hoofdstad van quebec de provincie | CA-QC
subdivision | wat is de hoofdstad van brits-columbia | CA-BC
subdivision | de hoofdstad van alberta | CA-AB
subdivision | wat is de hoofdstad van nova scotia | CA-NS
subdivision | de hoofdstad van nunavut | CA-NU
subdivision | wat is de hoofdstad van nieuw-zuid-wales | AU-NSW
subdivision | de hoofdstad van queensland | AU-QLD
subdivision | wat is de hoofdstad van tasmanië | AU-TAS
subdivision | de hoofdstad van west-australië | AU-WA
subdivision | wat is de hoofdstad van de staat victoria in australië | AU-VIC
subdivision | mi boi wat is de hoofdstad van maharashtra | IN-MH
subdivision | de hoofdstad van kerala | IN-KL
subdivision | wat is de hoofdstad van tamil nadu | IN-TN
subdivision | de hoofdstad van west-bengalen | IN-WB
subdivision | wat is de hoofdstad van karnataka | IN-KA
subdivision | de hoofdstad van punjab in india | IN-PB
subdivision | wat is de hoofdstad van goa | IN-GA
subdivision | wat is de hoofdstad van bahia | BR-BA
subdivision | de hoofdstad van minas gerais | BR-MG
subdivision | wat is de hoofdstad van de staat amazonas | BR-AM
subdivision | de hoofdstad van pernambuco | BR-PE
subdivision | wat is de hoofdstad van rio grande do sul | BR-RS
subdivision | wat is de hoofdstad van jalisco | MX-JAL
subdivision | de hoofdstad van yucatán | MX-YUC
subdivision | wat is de hoofdstad van nuevo león | MX-NLE
subdivision | de hoofdstad van baja california | MX-BCN
subdivision | wat is de hoofdstad van schotland | GB-SCT
subdivision | de hoofdstad van noord-ierland | GB-NIR
subdivision | wat is de hoofdstad van wales eigenlijk | GB-WLS
subdivision | wat is de hoofdstad van beieren | DE-BY

# Territories and other places the data has
territory | wat is de hoofdstad van groenland | GL
territory | de hoofdstad van de faeröer | FO
territory | wat is de hoofdstad van réunion | RE
territory | de hoofdstad van frans-polynesië | PF
territory | wat is de hoofdstad van nieuw-caledonië | NC
territory | de hoofdstad van mayotte | YT
territory | wat is de hoofdstad van bermuda | BM
territory | de hoofdstad van gibraltar | GI
territory | wat is de hoofdstad van jersey | JE
territory | de hoofdstad van guernsey | GG
territory | wat is de hoofdstad van het eiland man | IM
territory | de hoofdstad van åland | AX
territory | wat is de hoofdstad van spitsbergen | SJ
territory | de hoofdstad van de falklandeilanden | FK
territory | wat is de hoofdstad van guam | GU
territory | de hoofdstad van amerikaans-samoa | AS
territory | wat is de hoofdstad van de cookeilanden | CK
territory | de hoofdstad van niue | NU
territory | wat is de hoofdstad van sint-helena | SH
territory | de hoofdstad van de turks en caicoseilanden | TC
territory | wat is de hoofdstad van saint-barthélemy | BL
territory | de hoofdstad van saint-pierre en miquelon | PM
territory | wat is de hoofdstad van wallis en futuna | WF
territory | de hoofdstad van de noordelijke marianen | MP
territory | wat is de hoofdstad van de westelijke sahara | EH
territory | de hoofdstad van de pitcairneilanden | PN
territory | wat is de hoofdstad van christmaseiland | CX
territory | de hoofdstad van tokelau | TK
territory | wat is de hoofdstad van caribisch nederland | BQ
territory | bon dia wat is de hoofdstad van sint-maarten | SX

# One-shot requests through the invocation name
aanroepnaam | vraag hoofdsteden van de wereld wat de hoofdstad van peru is | PE
aanroepnaam | alexa vraag aan hoofdsteden van de wereld de hoofdstad van kenia | KE
aanroepnaam | jao vraag hoofdsteden van de wereld naar de hoofdstad van luxemburg | LU
aanroepnaam | vraag hoofdsteden van de wereld wa de hoofdstad van belgië is | BE
aanroepnaam | moi vraag hoofdsteden van de wereld wat de hoofdstad van estland is | EE
aanroepnaam | open hoofdsteden van de wereld en zeg de hoofdstad van cuba | CU
aanroepnaam | laat hoofdsteden van de wereld de hoofdstad van nepal zeggen | NP
aanroepnaam | vraag hoofdsteden van de wereld wat de hoofdstad van madagaskar is | MG
aanroepnaam | start hoofdsteden van de wereld en vertel de hoofdstad van fiji | FJ
aanroepnaam | vraag hoofdsteden van de wereld de hoofdstad van jamaica alsjeblieft | JM
aanroepnaam | alexa vraag hoofdsteden van de wereld wat is de hoofdstad van somalië | SO
aanroepnaam | vraag aan hoofdsteden van de wereld welke stad de hoofdstad van ghana is | GH
aanroepnaam | vraag hoofdsteden van de wereld naar de hoofdsteden van bolivia | BO
aanroepnaam | vraag hoofdsteden van de wereld van welk land nairobi de hoofdstad is | CITY:Nairobi
aanroepnaam | vraag hoofdsteden van de wereld of lima de hoofdstad van peru is | PE
aanroepnaam | mi boi vraag hoofdsteden van de wereld de hoofdstad van suriname | SR
aanroepnaam | dushi vraag hoofdsteden van de wereld de hoofdstad van aruba | AW
aanroepnaam | vraag hoofdsteden van de wereld de hoofdstad van de staat ohio | US-OH
aanroepnaam | also vraag hoofdsteden van de wereld nach der hoofdstad van oostenrijk | AT
aanroepnaam | vale vraag hoofdsteden van de wereld de hoofdstad van spanje | ES
aanroepnaam | vraag hoofdsteden van de wereld hoe de hoofdstad van mongolië heet | MN
aanroepnaam | gebruik hoofdsteden van de wereld voor de hoofdstad van ecuador | EC
aanroepnaam | vraag hoofdsteden van de wereld wat de hoofdstad van de faeröer is | FO
aanroepnaam | vraag hoofdsteden van de wereld wat de hoofdstad van de comoren is | KM
aanroepnaam | shh vraag hoofdsteden van de wereld zachtjes de hoofdstad van laos | LA

# What nl-NL recognition writes
spraakherkenning | wat is de hoofd stad van belgie | BE
spraakherkenning | wat is de hoofstad van italie | IT
spraakherkenning | hoofdstadvan oekraine | UA
spraakherkenning | wat is de hooftstad van australie | AU
spraakherkenning | wat is de hoofdstad van zuid korea | KR
spraakherkenning | wat is de hoofdstad van nieuw zeeland | NZ
spraakherkenning | wat is de hoofdstad van saoedi arabie | SA
spraakherkenning | wat is de hoofdstad van kazakstan | KZ
spraakherkenning | wat is de hoofdstad van uzbekistan | UZ
spraakherkenning | wat is de hoofdstad van yemen | YE
spraakherkenning | wat is de hoofdstad van bahrain | BH
spraakherkenning | wat is de hoofdstad van kirgistan | KG
spraakherkenning | wat is de hoofdstad van kaapverdie | CV
spraakherkenning | wat is de hoofdstad van guinee bissau | GW
spraakherkenning | wat is de hoofdstad van equatoriaal guinea | GQ
spraakherkenning | wat is de hoofdstad van mongolie | MN
spraakherkenning | wat is de hoofdstad van kenya | KE
spraakherkenning | wat is de hoofdstad van chad | TD
spraakherkenning | wat is de hoofdstad van katar | QA
spraakherkenning | wat is de hoofdstad van kuweit | KW
spraakherkenning | wat is de hoofdstad van tadjikistan | TJ
spraakherkenning | wat is de hoofdstad van azerbeidjan | AZ
spraakherkenning | wat is de hoofdstad van ethiopie | ET
spraakherkenning | wat is de hoofdstad van tunesie | TN
spraakherkenning | wat is de hoofdstad van de filippijnen | PH
spraakherkenning | wat is de hoofdstad van columbia | CO
spraakherkenning | wat is de hoofdstad van sierra leon | SL
spraakherkenning | wat is de hoofdstad van ivoor kust | CI
spraakherkenning | wat is de hoofdstad van burkina fasso | BF
spraakherkenning | wat is de hoofdstad van rwuanda | RW
spraakherkenning | wat is de hoofdstad van bosnie herzegovina | BA
spraakherkenning | wat is de hoofdstad van papoea nieuw guinea | PG
spraakherkenning | wat is de hoofdstad van noord macedonie | MK
spraakherkenning | wat is de hoofdstad van oost timor | TL
spraakherkenning | wat is de hoofdstad van de centraal afrikaanse republiek | CF
spraakherkenning | wat is de hoofdstad van tsjechie | CZ
spraakherkenning | wat is de hoofdstad van slovakije | SK
spraakherkenning | wat is de hoofdstad van litauen | LT
spraakherkenning | wat is de hoofdstad van het verenigd koningrijk | GB
spraakherkenning | wat is de hoofdstad van turkmenistaan | TM

# Launch
launch | open hoofdsteden van de wereld | LAUNCH
launch | jao open hoofdsteden van de wereld ins | LAUNCH
launch | moi alexa start hoofdsteden van de wereld | LAUNCH
launch | doe hoofdsteden van de wereld efkes aan | LAUNCH
launch | mi boi zet hoofdsteden van de wereld aan | LAUNCH
launch | bon dia alexa open hoofdsteden van de wereld | LAUNCH
launch | also bitte open hoofdsteden van de wereld | LAUNCH
launch | shh open hoofdsteden van de wereld zachtjes | LAUNCH
launch | we gaan de quiz doen start hoofdsteden van de wereld | LAUNCH
launch | alexa speel hoofdsteden van de wereld | LAUNCH
launch | begin met hoofdsteden van de wereld | LAUNCH
launch | alexa hoofdsteden van de wereld starten | LAUNCH
launch | kun je hoofdsteden van de wereld openen | LAUNCH
launch | vale alexa abre hoofdsteden van de wereld | LAUNCH
launch | kaartclub is klaar open hoofdsteden van de wereld | LAUNCH

# Help
help | hoe werkt dit eigenlijk | HELP
help | jao wat kan ich hier allemaal vragen | HELP
help | hedde gij een uitleg hoe da werkt | HELP
help | moi wat kin ik aan die vragen | HELP
help | mi boi ik snap het niet help me effe | HELP
help | dushi hoe gebruik ik dit | HELP
help | also ik verstehe het niet hilfe | HELP
help | hoe zeg je wat ik moet vragen ik begrijp het niet | HELP
help | shh hoe werkte dit ook alweer | HELP
help | wat voor vragen kan ik stellen | HELP
help | help ik weet niet wat ik moet zeggen | HELP
help | leg eens uit wat deze skill doet | HELP
help | ik ben de weg kwijt in dit spel help | HELP
help | wat moet ik zeggen om een hoofdstad te horen | HELP
help | geef me eens wat voorbeelden | HELP
help | hoe gaat dit spelletje | HELP
help | ik heb hulp nodig met deze app | HELP
help | de instructeur wil weten hoe dit werkt | HELP

# Stop
stop | houdoe | STOP
stop | jao stop mer | STOP
stop | moi dat was t | STOP
stop | ayo alexa | STOP
stop | mi boi stop ermee | STOP
stop | genau das ist genug stop | STOP
stop | basta alexa stop | STOP
stop | shh stop nu de baby slaapt | STOP
stop | hou maar op ik ga slapen | STOP
stop | klaar ermee | STOP
stop | alexa sluit af | STOP
stop | we zijn klaar met de hoofdsteden | STOP
stop | afsluiten graag | STOP
stop | dat was het voor vandaag | STOP
stop | zet hem maar uit | STOP
stop | stop maar de les is afgelopen | STOP
stop | doei alexa | STOP
stop | ophouden nu | STOP

# Cancel
cancel | laat maar zitten jonguh | CANCEL
cancel | jao laot mer | CANCEL
cancel | laat ook maar | CANCEL
cancel | vergeet het maar | CANCEL
cancel | mi boi laat maar | CANCEL
cancel | nee toch niet | CANCEL
cancel | annuleer dat | CANCEL
cancel | laat die vraag maar | CANCEL
cancel | nee nee niet nodig | CANCEL
cancel | ach vergeet die vraag maar | CANCEL
cancel | shh laat maar | CANCEL
cancel | doe maar niet | CANCEL
cancel | laat maar de klant hangt op | CANCEL
cancel | die vraag hoeft niet meer | CANCEL
cancel | annuleren | CANCEL
cancel | streep dat maar door | CANCEL
cancel | laat maar ik zoek het zelf op | CANCEL
cancel | nee wacht laat maar | CANCEL

# Out-of-domain near misses
out-of-domain | wat is de hoofdstad van limburg | FB
out-of-domain | wat is de hoofdstad van brabant | FB
out-of-domain | wat is de hoofdstad van de provincie groningen | FB
out-of-domain | wat is de hoofdstad van vlaanderen | FB
out-of-domain | wat is de hoofdstad van wallonië | FB
out-of-domain | wat is de hoofdstad van catalonië | FB
out-of-domain | wat is de hoofdstad van sicilië | FB
out-of-domain | wat is de hoofdstad van bretagne | FB
out-of-domain | wat is de hoofdstad van siberië | FB
out-of-domain | wat is de hoofdstad van patagonië | FB
out-of-domain | wat is de hoofdstad van het carnaval | FB
out-of-domain | wat is de hoofdstad van de vastelaovend | FB
out-of-domain | hoeveel inwoners heeft suriname | FB
out-of-domain | welke taal spreken ze op curaçao | FB
out-of-domain | wat is de munteenheid van marokko | FB
out-of-domain | hoe laat is het nu in paramaribo | FB
out-of-domain | welke kleuren heeft de vlag van duitsland | FB
out-of-domain | hoe groot is brazilië | FB
out-of-domain | hoe warm is het in aruba | FB
out-of-domain | wat is het volkslied van suriname | FB
out-of-domain | wie is de president van frankrijk | FB
out-of-domain | hoeveel kost een vlucht naar kenia | FB
out-of-domain | wat is de grootste stad van australië | FB
out-of-domain | wat is de langste rivier van afrika | FB
out-of-domain | hoe hoog is de kilimanjaro | FB
out-of-domain | welke landen grenzen aan duitsland | FB
out-of-domain | wat is het kenteken van een auto uit polen | FB
out-of-domain | wanneer speelt oranje tegen ecuador | FB
out-of-domain | wie heeft het wk van tweeduizend tien gewonnen | FB
out-of-domain | hoeveel startkapitaal heb ik nodig | FB
out-of-domain | schrijf je hoofdstad met een hoofdletter | FB
out-of-domain | wat is een hoofdletter | FB
out-of-domain | lees hoofdstuk drie voor | FB
out-of-domain | wie is het hoofd van de school | FB
out-of-domain | wat betekent kapitaal | FB
out-of-domain | ik heb hoofdpijn wat moet ik doen | FB
out-of-domain | zet een timer voor de fles van tien minuten | FB
out-of-domain | speel een slaapliedje | FB
out-of-domain | doe het licht in de babykamer uit | FB
out-of-domain | wat is het weer morgen in tilburg | FB
out-of-domain | speel kom van dat dak af | FB
out-of-domain | zet carnavalsmuziek op | FB
out-of-domain | wat is roem in klaverjassen | FB
out-of-domain | hoeveel punten is een stuk | FB
out-of-domain | bel mijn moeder | FB
out-of-domain | hoe laat gaat de trein naar venlo | FB
out-of-domain | hoe zeg je dank je wel in het papiaments | FB
out-of-domain | wat betekent fa waka | FB
out-of-domain | vertaal houdoe naar het engels | FB
out-of-domain | wat is de beste koffieboon | FB
out-of-domain | welke wijn past bij vis | FB
out-of-domain | hoe lang is een marathon | FB
out-of-domain | wanneer moet ik de bonen zaaien | FB
out-of-domain | hoeveel honing geeft een bijenvolk | FB
out-of-domain | wat is de voorrangsregel op een rotonde | FB
out-of-domain | voeg tape toe aan de boodschappenlijst | FB
out-of-domain | hoeveel containers passen op een schip | FB
out-of-domain | wat kost een postzegel naar het buitenland | FB
out-of-domain | hoeveel stukjes heeft deze puzzel | FB
out-of-domain | wat is de hoofdprijs van de staatsloterij | FB
out-of-domain | wie is de hoofdrolspeler in die film | FB
out-of-domain | wat is het hoofdgerecht vanavond | FB
out-of-domain | waar ligt het hoofdkantoor van philips | FB
out-of-domain | wat is het hoofdstation van antwerpen | FB
out-of-domain | in welk werelddeel ligt mongolië | FB
out-of-domain | welke religie hebben ze in indonesië | FB
out-of-domain | wie is de koning van marokko | FB
out-of-domain | wat eten ze in ethiopië | FB
out-of-domain | hoe oud is de stad maastricht | FB
out-of-domain | welke kleur heeft de vlag van ghana | FB
out-of-domain | hoeveel kilometer is het naar groningen | FB
out-of-domain | wat is de hoofdstad van de wadden | FB
out-of-domain | wat is de postcode van venlo | FB
out-of-domain | wat is de hoofdstad van de kempen | FB
out-of-domain | hoeveel eilanden heeft de caraïben | FB
out-of-domain | wat is de oppervlakte van rusland | FB
out-of-domain | welke munt gebruiken ze in bonaire | FB
out-of-domain | wat is de hoofdstad van lapland | FB
out-of-domain | wat is de hoofdstad van koerdistan | FB
out-of-domain | wat is de hoofdstad van tibet | FB
out-of-domain | wat is de hoofdstad van de hemel | FB
out-of-domain | wat is de hoofdstad van atlantis | FB
out-of-domain | wat is de hoofdstad van zeeuws-vlaanderen | FB
out-of-domain | wat is de hoofdstad van de provincie antwerpen | FB
out-of-domain | wat is de hoofdstad van transsylvanië | FB
out-of-domain | hoeveel mensen wonen er in beiroet | FB
# Second batch: the required families in the speakers' own words
plural-capitals | ich hoor dat zuid-afrika meerdere hoofdsteden heeft welke zijn dat | ZA
plural-capitals | de reisbureau klant vraagt naar alle hoofdsteden van zuid-afrika | ZA
plural-capitals | jao welke hoofdsteden heeft bolivia allewel | BO
plural-capitals | moi wat binnen de hoofdsteden van benin | BJ
plural-capitals | dushi wat zijn de hoofdsteden van nederland nou eigenlijk | NL
plural-capitals | amsterdam en den haag zijn dat allebei hoofdsteden van nederland | NL
plural-capitals | also welke hoofdsteden heeft maleisië | MY
plural-capitals | mi boi sri lanka heeft twee hoofdsteden noem ze | LK
plural-capitals | de cacao komt uit ivoorkust welke twee hoofdsteden heeft dat land | CI
plural-capitals | hedde gij de hoofdsteden van eswatini voor mij | SZ
plural-capitals | allora welke zijn de hoofdsteden van palestina | PS
plural-capitals | de hoofdsteden van palestina graag | PS
plural-capitals | welke hoofdsteden heeft het unieterritorium jammu en kasjmir | IN-JK
plural-capitals | het eiland montserrat heeft toch twee hoofdsteden welke | MS
plural-capitals | de twee hoofdsteden van benin graag | BJ
plural-capitals | noem alle hoofdsteden van maleisië | MY
plural-capitals | shh welke hoofdsteden heeft sri lanka | LK
shared-name | jonguh wa is de hoofdstad van korea | KP+KR
shared-name | moi wat is de hoofdstad van congo | CD+CG
shared-name | zeg ins de hoofdstad van georgia | GE+US-GA
shared-name | dushi de hoofdstad van de maagdeneilanden | VG+VI
shared-name | de hoofdstad van congo kinshasa of brazzaville allebei | CD+CG
shared-name | de hoofdsteden van de beide korea's graag | KP+KR
official-name | jao wat is de hoofdstad van het koninkrijk der nederlanden | NL
official-name | moi de hoofdstad van de republiek oostenrijk | AT
official-name | mi boi wat is de hoofdstad van de republiek zuid-afrika | ZA
official-name | also de hoofdstad van het koninkrijk denemarken | DK
official-name | vale de hoofdstad van het koninkrijk zweden | SE
official-name | de museumbezoeker vraagt naar de hoofdstad van de democratische volksrepubliek korea | KP
official-name | voor het visum de hoofdstad van de russische federatie | RU
official-name | hedde gij de hoofdstad van de bondsrepubliek duitsland | DE
everyday-name | jao wat is de hoofdstad van holland eigenlijk | NL
everyday-name | mi boi wat was de hoofdstad van birma vroeger | MM
everyday-name | moi de hoofdstad van perzië van vroeger | IR
everyday-name | de oude postzegel zegt ceylon wat was daar de hoofdstad | LK
everyday-name | op de oude kaart staat rhodesië welke hoofdstad had dat | ZW
everyday-name | de koffie komt uit abessinië zegt opa wat is daar de hoofdstad | ET
everyday-name | dushi wat is de hoofdstad van amerika | US
everyday-name | also wat is de hoofdstad van de usa | US
everyday-name | de hoofdstad van engeland jonguh | GB-ENG
subdivision | also de hoofdstad van nordrhein-westfalen op nederlands | DE-NW
subdivision | jao de hoofdstad van rijnland-palts | DE-RP
subdivision | moi de hoofdstad van nedersaksen | DE-NI
subdivision | mi boi wat is de hoofdstad van florida | US-FL
subdivision | ik loop de marathon van boston wat is de hoofdstad van massachusetts | US-MA
subdivision | dushi wat is de hoofdstad van de staat new jersey | US-NJ
territory | dushi wat is de hoofdstad van bonaire | BQ
territory | de postkaart komt van de faeröer wat is daar de hoofdstad | FO
territory | moi de hoofdstad van groenland | GL
territory | op de cruise naar de kaaimaneilanden wat is de hoofdstad | KY
territory | de tattoo komt uit frans-polynesië wat is de hoofdstad daar | PF
territory | de kaart komt uit guadeloupe hoe heet de hoofdstad | GP
territory | wat is de hoofdstad van martinique jonguh | MQ
launch | efkes hoofdsteden van de wereld openen jonguh | LAUNCH
launch | mijn huisgenoot wil hoofdsteden van de wereld openen | LAUNCH
launch | moi zet hoofdsteden van de wereld aan veur mie | LAUNCH
help | jonguh wa moet ik hier nou zeggen | HELP
help | moi hoe werkt dit ding | HELP
help | mi boi wat kan je allemaal | HELP
help | allora come funziona hoe werkt het | HELP
help | shh zachtjes uitleggen hoe ik het gebruik | HELP
help | ik ben nieuw wat kan ik vragen | HELP
help | welke commando's kan ik geven | HELP
help | vertel me hoe ik een hoofdstad opvraag | HELP
stop | houdoe alexa | STOP
stop | jao ich stop ermee | STOP
stop | moi tot de volgende keer | STOP
stop | dushi ayo tot morgen | STOP
stop | mi boi we stoppen | STOP
stop | tschüss alexa stop | STOP
stop | ik moet weer aan het werk stop | STOP
stop | de volgende klant staat er stop maar | STOP
stop | de les is over stop | STOP
stop | einde quiz | STOP
cancel | jonguh laat da maar | CANCEL
cancel | moi laat mar zitten | CANCEL
cancel | dushi laat maar ik weet het al | CANCEL
cancel | also nein laat maar | CANCEL
cancel | vale laat maar no importa | CANCEL
cancel | de baby wordt wakker laat maar | CANCEL
cancel | vergeet die vraag de bal is al binnen | CANCEL
cancel | laat maar ik had het al gevonden | CANCEL
cancel | nee hoeft niet meer | CANCEL
cancel | laat die hoofdstad maar zitten | CANCEL
cancel | sorry laat maar ik vroeg het per ongeluk | CANCEL
cancel | die vraag trek ik in | CANCEL
cancel | laat maar ik vraag het aan de juf | CANCEL
out-of-domain | jao hoeveel inwoners heeft maastricht | FB
out-of-domain | wa is de hoofdstad van oeteldonk | FB
out-of-domain | moi wat is de hoofdstad van de ommelanden | FB
out-of-domain | mi boi hoe laat is het in paramaribo nu | FB
out-of-domain | dushi wat voor weer is het op curaçao | FB
out-of-domain | also hoeveel kilometer is het van aken naar maastricht | FB
out-of-domain | vale wat is de hoofdstad van andalusië | FB
out-of-domain | allora wat is de hoofdstad van toscane | FB
out-of-domain | shh hoeveel melk moet een baby van drie maanden | FB
out-of-domain | waar vaart het schip uit china nu | FB
out-of-domain | welke inenting heb ik nodig voor kenia | FB
out-of-domain | hoe sterk is de koffie uit ethiopië | FB
out-of-domain | wanneer moet ik de aardappels poten | FB
out-of-domain | wat is troef bij klaverjassen | FB
out-of-domain | wie wint de wk-poule op kantoor | FB
out-of-domain | hoe lang doet een kaart over naar taiwan | FB
out-of-domain | hoe heet de rivier door de hoofdstad van hongarije | FB
out-of-domain | wat is een ander woord voor hoofdstad | FB
out-of-domain | wat is de hoofdstad van zuid-holland | FB
out-of-domain | hoeveel calorieën verbrand ik met spinning | FB
out-of-domain | welke druif groeit in georgië | FB
out-of-domain | wanneer is de marathon van rotterdam | FB
out-of-domain | bestel verhuisdozen | FB
out-of-domain | wat is de openingstijd van het rijksmuseum | FB
out-of-domain | hoe lang leeft een koningin bij bijen | FB
out-of-domain | hoe schrijf je hoofdstad in sierletters | FB
out-of-domain | wat zijn de hoofdsteden van de mode | FB
out-of-domain | speel muziek uit suriname | FB
out-of-domain | wat is de hoofdstad van noord-brabant | FB
"""

if __name__ == "__main__":
    build_round(24, "nl", LINES, sys.argv, "tests/Eval/nl/round24/source/build_corpus.py")
