"""Round 46, Dutch (nl-NL): a new author's own mix, written blind at the end of the sixtieth session (brief
WRITER68.md), for the next session's tuner. Speakers chosen apart from the groups of the Dutch round 45 (Arnhemmers,
Gouwenaars, Katwijkers, Spakenburgers, Hoeksewaarders, Terschellingers, IJmuidenaren; Bulgarian seasonal workers,
Lithuanian factory workers, Cape Verdeans of Delfshaven, Colombian and Venezuelan Dutch, Russian speakers, Japanese
expats in Amstelveen, Tamil Dutch, South Africans, international PhD students in Wageningen and Delft; inland barge
skippers, supermarket shelf stackers, bus drivers, zookeepers, butchers, house painters, librarians; the evening news,
the Olympics, the Tour de France, the crossword, family history, the campsite, working from home, walking the dog,
carnaval), from the groups of round 44 (Achterhoekers, Drenten, Urkers of the fishing fleet, Volendammers, Scheveningers,
Nijmegenaren, Zwollenaren, Delft students; Ukrainians since 2022, Indian expats in Amstelveen, Afghan Dutch, Curaçaoans
and Antilleans, Brazilian Dutch, Ghanaian Dutch of the Bijlmer, Indische Nederlanders, Romanian labour migrants, Moluccan
Dutch; lorry drivers, night-shift nurses, hairdressers, parcel couriers, dairy farmers, taxi drivers, cabin crew;
Eurovision night, Formula One on Sunday, the allotment, a sleepless night, washing up and ironing in the kitchen, a
Sunday flea market), from the groups of round 43 (Westlanders, Alkmaarders, Den Helderaars, Goereeërs, Zoetermeerders,
Amersfoorters, Gorcumers; Kurdish, Hungarian, Bosnian, Pakistani, Ethiopian and Thai Dutch, French expats, Erasmus
students in a taalcafé; garage mechanics, night office cleaners, construction workers, pharmacy assistants, bookkeepers,
estate agents, bakers; geocachers, a world-map jigsaw, moving day, a children's birthday party, a Sunday barbecue, sick
on the couch, Christmas dinner), from the groups of round 42 (Zaankanters, Haarlemmers, Dordtenaren, Kampenaren,
Sallanders, Bollenstreek bulb growers, Vlaardingers and Maassluizers, Vietnamese, Portuguese, Spanish, Greek, Nigerian,
Korean and Egyptian speakers, remigranten, pigeon fanciers, interpreters, maritime pilots, birdwatchers, scouting, an IT
helpdesk, the GGD travel desk, marathon runners, the spreekbeurt, darts, Oranje at a World Cup, oudejaarsavond, a dating
app, a wedding, Echo Auto) and from the groups it says earlier rounds used (among them Veluwnaren, Betuwnaren,
Leidenaren, West-Friezen, Texelaars, Gooiers, Flevolanders, Groningers, Hagenaars, Tukkers, Zeeuwen, Limburgers,
Brabanders, Friezen, Flemish people, Rotterdammers, Amsterdammers, Utrechters; Iranian, Somali, Filipino, Italian,
Syrian, Eritrean, Moroccan, Turkish, Polish, Surinamese, Chinese, German and English speakers; inburgering learners,
kleuters, tieners, grandparents, school topografie, game night, cooking, holidays, Sinterklaas, Koningsdag, quizzes):
Schiedammers ("ouwe", "jôh", the molens, jenever, the Schie), Waterlanders of Purmerend, Monnickendam and Marken ("kijk",
"nou ja", "hoor", the veemarkt), Krabbegatters of Bergen op Zoom ("jonge", "hedde gij", "da", vastenavend), Ossenaren
("moar", "dè", "ons moeder", the worst); Armenian Dutch ("jan", "vay", "ara", "lav"), Irish expats ("grand", "like",
"sure look"), Indonesian students ("iya", "ayo", "mas", "mbak"), Croatian Dutch ("bok", "ajme", "ma daj", "hvala"); at
work: beekeepers ("de kast", "het volk", "de dracht"), window cleaners ("op de ladder", "de zeem"), florists at the
Aalsmeer veiling ("de klok", "de kar"), dental assistants ("even spoelen", "de volgende patiënt"), school caretakers
("het plein", "de sleutelbos"), tattoo artists ("de naald", "een kaart van"); in situations: natural ice ("koek en
zopie", "de ijsbaan"), a train delay ("weer vertraging", "op het perron", "de ns"), Mother's Day breakfast ("ontbijt op
bed"), lying in the bath ("ik lig in bad").
Plus follow-ups, plural capitals, subdivisions and territories, yes/no checks, self-corrections, reverse questions,
official, everyday and old names, shared names, the invocation name "hoofdsteden van de wereld" with and without a
question, launch, help, stop and cancel in those speakers' words, and out-of-domain requests and near misses.
`python3 tests/Eval/nl/round46/source/build_corpus.py [--check]`.
Built by round12_hinl_corpus.py (build_round with round 46's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Schiedammers (de molens, jenever, de Schie): "ouwe", "effe", "jôh"
schiedammers | alexa ouwe wat is de hoofdstad van {} nou | estland=EE; letland=LV; litouwen=LT
schiedammers | alexa bij de molen stond een toerist uit {} welke stad is daar de hoofdstad | slowakije=SK; slovenië=SI; kroatië=HR
schiedammers | alexa jôh een schip op de schie kwam uit {} wat is de hoofdstad daar | panama=PA; liberia=LR; marshalleilanden=MH
schiedammers | alexa effe een vraagje hoe heet de hoofdstad van {} | bulgarije=BG; roemenië=RO; moldavië=MD
schiedammers | alexa die jenever gaat naar {} wat is daar de hoofdstad | canada=CA; australië=AU; nieuw-zeeland=NZ
schiedammers | alexa ouwe weet jij welke stad de hoofdstad van zuid-afrika is | ZA
schiedammers | alexa wat is de hoofdstad van noord-macedonië | MK
schiedammers | alexa is rotterdam de hoofdstad van zuid-holland | FB
# Waterlanders (Purmerend, Monnickendam, Marken): "kijk", "nou ja", "hoor"
waterlanders | alexa kijk wat is nou de hoofdstad van {} hoor | ijsland=IS; ierland=IE; portugal=PT
waterlanders | alexa op de veemarkt had iemand het over {} wat is de hoofdstad | oekraïne=UA; polen=PL; tsjechië=CZ
waterlanders | alexa nou ja zeg wat was de hoofdstad van {} ook alweer | griekenland=GR; albanië=AL; bosnië en herzegovina=BA
waterlanders | alexa op marken kwam een bus uit {} hoe heet hun hoofdstad | china=CN; vietnam=VN; thailand=TH
waterlanders | alexa hoofdstad van myanmar hoor | MM
waterlanders | alexa wat is de hoofdstad van laos | LA
waterlanders | alexa welke stad is de hoofdstad van cambodja | KH
# Krabbegatters (Bergen op Zoom, vastenavend, de Markiezenhof): "jonge", "hedde", "da"
krabbegatters | alexa jonge wat is de hoofdstad van {} | belgië=BE; frankrijk=FR; spanje=ES
krabbegatters | alexa hedde gij een idee wat de hoofdstad van {} is | italië=IT; zwitserland=CH; oostenrijk=AT
krabbegatters | alexa met vastenavend was er een kapel uit {} wat is daar de hoofdstad | duitsland=DE; hongarije=HU; monaco=MC
krabbegatters | alexa da wil ik weten wat de hoofdstad van bolivia is | BO
krabbegatters | alexa wat zijn de hoofdsteden van bolivia | BO
krabbegatters | alexa hoofdstad van paraguay | PY
krabbegatters | alexa jonge wat is de hoofdstad van uruguay | UY
# Ossenaren (worst, de slachterij, Jan Cunen): "moar", "dè", "ons moeder"
ossenaren | alexa moar wat is de hoofdstad van {} dan | brazilië=BR; venezuela=VE; guyana=GY
ossenaren | alexa ons moeder vraagt wat de hoofdstad van {} is | suriname=SR; jamaica=JM; cuba=CU
ossenaren | alexa de worst gaat naar {} wat is daar de hoofdstad dè | japan=JP; singapore=SG; filipijnen=PH
ossenaren | alexa hoofdstad van haïti | HT
ossenaren | alexa wat is de hoofdstad van de dominicaanse republiek | DO
ossenaren | alexa moar welke stad is de hoofdstad van trinidad en tobago | TT
# Armenian Dutch (Almelo, Assen): "jan", "vay", "ara", "lav"
armeniers | alexa jan wat is de hoofdstad van {} | armenië=AM; georgië=GE; azerbeidzjan=AZ
armeniers | alexa vay hoe heet de hoofdstad van {} ook alweer | iran=IR; turkije=TR; syrië=SY
armeniers | alexa ara mijn oom woont in {} wat is daar de hoofdstad | rusland=RU; wit-rusland=BY; kazachstan=KZ
armeniers | alexa lav wat is de hoofdstad van libanon | LB
armeniers | alexa wat is de hoofdstad van cyprus jan | CY
armeniers | alexa is jerevan de hoofdstad van armenië | AM
armeniers | alexa wat is de hoofdstad van nagorno-karabach | FB
# Irish expats (Amsterdam, Den Haag): "grand", "like", "sure look", "sorry"
ieren | alexa sorry wat is de hoofdstad van {} like | schotland=GB-SCT; wales=GB-WLS; noord-ierland=GB-NIR
ieren | alexa sure look wat is de hoofdstad van {} | ierland=IE; verenigd koninkrijk=GB; engeland=GB-ENG
ieren | alexa grand wat is de hoofdstad van het eiland man | IM
ieren | alexa wat is de hoofdstad van jersey like | JE
ieren | alexa hoofdstad van guernsey | GG
ieren | alexa sorry mijn nederlands wat is de hoofdstad van malta | MT
# Indonesian students (Wageningen, Leiden): "iya", "ayo", "mas", "mbak"
indonesiers | alexa iya wat is de hoofdstad van {} | indonesië=ID; maleisië=MY; brunei=BN
indonesiers | alexa ayo welke stad is de hoofdstad van {} | oost-timor=TL; papoea-nieuw-guinea=PG; australië=AU
indonesiers | alexa mas wat is de hoofdstad van {} eigenlijk | india=IN; bangladesh=BD; sri lanka=LK
indonesiers | alexa mbak vroeg wat de hoofdstad van nepal is | NP
indonesiers | alexa wat is de hoofdstad van bhutan iya | BT
indonesiers | alexa wat zijn de twee hoofdsteden van maleisië | MY
indonesiers | alexa welke hoofdsteden heeft maleisië | MY
indonesiers | alexa wat is de hoofdstad van de malediven | MV
# Croatian Dutch (Rotterdam-Zuid): "bok", "ajme", "ma daj", "hvala"
kroaten | alexa bok wat is de hoofdstad van {} | kroatië=HR; servië=RS; montenegro=ME
kroaten | alexa ajme hoe heet de hoofdstad van {} | kosovo=XK; slovenië=SI; bosnië=BA
kroaten | alexa ma daj wat is de hoofdstad van {} | hongarije=HU; oostenrijk=AT; italië=IT
kroaten | alexa hvala en wat is de hoofdstad van san marino | SM
kroaten | alexa wat is de hoofdstad van vaticaanstad | VA
kroaten | alexa hoofdstad van andorra bok | AD
kroaten | alexa wat is de hoofdstad van liechtenstein | LI
kroaten | alexa wat is de hoofdstad van luxemburg | LU
# beekeepers (imkers): "de kast", "het volk", "de dracht"
imkers | alexa mijn koningin komt uit {} wat is daar de hoofdstad | slovenië=SI; oostenrijk=AT; italië=IT
imkers | alexa de honing in de winkel komt uit {} wat is de hoofdstad daar | nieuw-zeeland=NZ; mexico=MX; argentinië=AR
imkers | alexa tussen twee kasten door wat is de hoofdstad van ethiopië | ET
imkers | alexa het volk is rustig wat is de hoofdstad van tanzania | TZ
imkers | alexa de dracht is voorbij wat is de hoofdstad van kenia | KE
imkers | alexa hoofdstad van oeganda | UG
# window cleaners (glazenwassers): "de zeem", "op de ladder", "de wisser"
glazenwassers | alexa ik sta op de ladder wat is de hoofdstad van {} | noorwegen=NO; zweden=SE; finland=FI
glazenwassers | alexa met de zeem in m'n hand wat is de hoofdstad van {} | denemarken=DK; ijsland=IS; estland=EE
glazenwassers | alexa wat is de hoofdstad van rwanda | RW
glazenwassers | alexa wat is de hoofdstad van burundi | BI
glazenwassers | alexa hoofdstad van zambia | ZM
glazenwassers | alexa en zimbabwe wat is daar de hoofdstad | ZW
# florists at the veiling (Aalsmeer): "de klok", "de veiling", "de kar"
bloemisten | alexa de rozen komen uit {} wat is daar de hoofdstad | kenia=KE; ethiopië=ET; ecuador=EC
bloemisten | alexa een koper bij de klok kwam uit {} wat is de hoofdstad | colombia=CO; israël=IL; qatar=QA
bloemisten | alexa wat is de hoofdstad van de verenigde arabische emiraten | AE
bloemisten | alexa hoofdstad van saoedi-arabië | SA
bloemisten | alexa de kar gaat naar koeweit wat is de hoofdstad | KW
bloemisten | alexa wat is de hoofdstad van bahrein | BH
bloemisten | alexa en oman wat is daar de hoofdstad | OM
# dental assistants (tandartsassistentes): "even spoelen", "de volgende patiënt"
tandarts | alexa tussen twee patiënten wat is de hoofdstad van {} | marokko=MA; algerije=DZ; tunesië=TN
tandarts | alexa even spoelen wat is de hoofdstad van {} | libië=LY; egypte=EG; soedan=SD
tandarts | alexa de volgende patiënt komt uit zuid-soedan wat is daar de hoofdstad | SS
tandarts | alexa wat is de hoofdstad van eritrea | ER
tandarts | alexa hoofdstad van djibouti | DJ
tandarts | alexa wat is de hoofdstad van somalië | SO
# school caretakers (conciërges): "de kantine", "het plein", "de sleutelbos"
concierges | alexa op het plein vroeg een kind wat de hoofdstad van {} is | ghana=GH; nigeria=NG; senegal=SN
concierges | alexa met de sleutelbos in de hand wat is de hoofdstad van {} | mali=ML; niger=NE; tsjaad=TD
concierges | alexa wat is de hoofdstad van burkina faso | BF
concierges | alexa hoofdstad van guinee | GN
concierges | alexa wat is de hoofdstad van guinee-bissau | GW
concierges | alexa wat is de hoofdstad van sierra leone | SL
concierges | alexa wat is de hoofdstad van gambia | GM
# natural ice skating (natuurijs): "de ijsbaan", "koek en zopie", "de elfstedentocht"
natuurijs | alexa bij koek en zopie stond iemand uit {} wat is de hoofdstad | togo=TG; benin=BJ; ivoorkust=CI
natuurijs | alexa op de ijsbaan een schaatser uit {} wat is daar de hoofdstad | kameroen=CM; gabon=GA; equatoriaal-guinea=GQ
natuurijs | alexa wat is de hoofdstad van mauritanië | MR
natuurijs | alexa hoofdstad van kaapverdië | CV
natuurijs | alexa wat is de hoofdstad van sao tomé en principe | ST
natuurijs | alexa wat is de hoofdstad van de centraal-afrikaanse republiek | CF
# train delay (vertraging): "de ns", "op het perron", "weer vertraging"
vertraging | alexa weer vertraging wat is de hoofdstad van {} | angola=AO; namibië=NA; botswana=BW
vertraging | alexa op het perron wat is de hoofdstad van {} | mozambique=MZ; malawi=MW; lesotho=LS
vertraging | alexa de ns rijdt niet wat is de hoofdstad van madagaskar | MG
vertraging | alexa wat is de hoofdstad van mauritius | MU
vertraging | alexa hoofdstad van de seychellen | SC
vertraging | alexa wat is de hoofdstad van de comoren | KM
vertraging | alexa wat is de hoofdstad van eswatini | SZ
# Moederdag breakfast: "voor mama", "ontbijt op bed"
moederdag | alexa mama vraagt wat de hoofdstad van {} is | pakistan=PK; afghanistan=AF; irak=IQ
moederdag | alexa ontbijt op bed en wat is de hoofdstad van {} | jordanië=JO; jemen=YE; oezbekistan=UZ
moederdag | alexa wat is de hoofdstad van turkmenistan | TM
moederdag | alexa hoofdstad van tadzjikistan | TJ
moederdag | alexa wat is de hoofdstad van kirgizië | KG
moederdag | alexa wat is de hoofdstad van mongolië | MN
# the bath (in bad): "in bad", "de schuimpjes"
inbad | alexa ik lig in bad wat is de hoofdstad van {} | fiji=FJ; samoa=WS; tonga=TO
inbad | alexa nog even in bad wat is de hoofdstad van {} | vanuatu=VU; salomonseilanden=SB; kiribati=KI
inbad | alexa wat is de hoofdstad van tuvalu | TV
inbad | alexa hoofdstad van nauru | NR
inbad | alexa wat is de hoofdstad van palau | PW
inbad | alexa wat is de hoofdstad van micronesië | FM
# tattoo artists: "de naald", "de schets", "een sleeve"
tatoeeerders | alexa de klant wil een kaart van {} wat is de hoofdstad | belize=BZ; guatemala=GT; honduras=HN
tatoeeerders | alexa met de naald bezig wat is de hoofdstad van {} | el salvador=SV; nicaragua=NI; costa rica=CR
tatoeeerders | alexa wat is de hoofdstad van de bahama's | BS
tatoeeerders | alexa hoofdstad van barbados | BB
tatoeeerders | alexa wat is de hoofdstad van grenada | GD
tatoeeerders | alexa wat is de hoofdstad van saint lucia | LC
tatoeeerders | alexa wat is de hoofdstad van saint vincent en de grenadines | VC
tatoeeerders | alexa wat is de hoofdstad van saint kitts en nevis | KN
tatoeeerders | alexa wat is de hoofdstad van antigua en barbuda | AG
tatoeeerders | alexa wat is de hoofdstad van dominica | DM
# plural-capitals
plural-capitals | alexa wat zijn de hoofdsteden van {} | zuid-afrika=ZA; benin=BJ; sri lanka=LK
plural-capitals | alexa noem de hoofdsteden van {} | bolivia=BO; ivoorkust=CI; eswatini=SZ
plural-capitals | alexa welke twee hoofdsteden heeft {} | nederland=NL; maleisië=MY; bolivia=BO
plural-capitals | alexa zuid-afrika heeft toch drie hoofdsteden welke zijn dat | ZA
plural-capitals | alexa wat zijn de drie hoofdsteden van zuid-afrika | ZA
plural-capitals | alexa hoeveel hoofdsteden heeft zuid-afrika en welke | ZA
plural-capitals | alexa geef me alle hoofdsteden van zuid-afrika | ZA
plural-capitals | alexa nederland heeft twee hoofdsteden toch welke zijn dat | NL
plural-capitals | alexa wat zijn de hoofdsteden van ons land nederland | NL
plural-capitals | alexa beide hoofdsteden van nederland graag | NL
plural-capitals | alexa wat zijn allebei de hoofdsteden van bolivia | BO
plural-capitals | alexa bolivia heeft er twee toch welke hoofdsteden zijn dat | BO
plural-capitals | alexa de hoofdsteden van maleisië alsjeblieft | MY
plural-capitals | alexa maleisië heeft twee hoofdsteden hoe heten die | MY
plural-capitals | alexa welke hoofdsteden heeft benin | BJ
plural-capitals | alexa benin heeft er twee toch wat zijn de hoofdsteden | BJ
plural-capitals | alexa de twee hoofdsteden van ivoorkust | CI
plural-capitals | alexa wat zijn de beide hoofdsteden van sri lanka | LK
plural-capitals | alexa sri lanka heeft twee hoofdsteden noem ze | LK
plural-capitals | alexa welke hoofdsteden heeft eswatini | SZ
plural-capitals | alexa de hoofdsteden van swaziland | SZ
plural-capitals | alexa wat zijn de hoofdsteden van palestina | PS
plural-capitals | alexa noem de hoofdsteden van ivoorkust eens | CI
plural-capitals | alexa welke steden zijn allemaal hoofdstad van zuid-afrika | ZA
# subdivision
subdivision | alexa wat is de hoofdstad van de deelstaat {} eigenlijk | beieren=DE-BY; saksen=DE-SN; hessen=DE-HE
subdivision | alexa hoofdstad van de deelstaat {} | nedersaksen=DE-NI; noordrijn-westfalen=DE-NW; thüringen=DE-TH
subdivision | alexa wat is de hoofdstad van de staat {} | texas=US-TX; californië=US-CA; new york=US-NY
subdivision | alexa welke stad is de hoofdstad van {} | florida=US-FL; alaska=US-AK; hawaii=US-HI
subdivision | alexa wat is de hoofdstad van de provincie {} | quebec=CA-QC; ontario=CA-ON; alberta=CA-AB
subdivision | alexa wat is de hoofdstad van {} in australië | queensland=AU-QLD; tasmanië=AU-TAS; victoria=AU-VIC
subdivision | alexa wat is de hoofdstad van brits-columbia | CA-BC
subdivision | alexa wat is de hoofdstad van groenland | GL
subdivision | alexa hoofdstad van de faeröer | FO
subdivision | alexa wat is de hoofdstad van aruba | AW
subdivision | alexa wat is de hoofdstad van curaçao | CW
subdivision | alexa wat is de hoofdstad van sint maarten | SX
subdivision | alexa wat is de hoofdstad van bonaire | FB
subdivision | alexa wat is de hoofdstad van de provincie utrecht | FB
subdivision | alexa wat is de hoofdstad van friesland | FB
subdivision | alexa wat is de hoofdstad van vlaanderen | FB
subdivision | alexa wat is de hoofdstad van catalonië | FB
subdivision | alexa wat is de hoofdstad van bahia | BR-BA
subdivision | alexa wat is de hoofdstad van jalisco | MX-JAL
subdivision | alexa hoofdstad van puerto rico | PR
subdivision | alexa wat is de hoofdstad van de kaaimaneilanden | KY
subdivision | alexa wat is de hoofdstad van bermuda | BM
subdivision | alexa wat is de hoofdstad van nieuw-caledonië | NC
subdivision | alexa wat is de hoofdstad van frans-polynesië | PF
subdivision | alexa wat is de hoofdstad van het noordelijk territorium | AU-NT
subdivision | alexa wat is de hoofdstad van baden-württemberg | DE-BW
subdivision | alexa wat is de hoofdstad van sleeswijk-holstein | DE-SH
subdivision | alexa wat is de hoofdstad van beieren eigenlijk | DE-BY
subdivision | alexa wat is de hoofdstad van wallonië | FB
subdivision | alexa wat is de hoofdstad van tirol | FB
# follow-up
follow-up | en {} | frankrijk=FR; duitsland=DE; peru=PE
follow-up | en {} dan | chili=CL; kenia=KE; egypte=EG
follow-up | alexa en die van {} | spanje=ES; polen=PL; japan=JP
follow-up | en wat is het van {} | noord-korea=KP; zuid-korea=KR; palestina=PS
follow-up | en van congo-kinshasa | CD
follow-up | en congo-brazzaville | CG
follow-up | en van zuid-afrika | ZA
follow-up | en nederland zelf | NL
follow-up | alexa en die van bolivia | BO
follow-up | en malawi dan | MW
follow-up | en die van maleisië | MY
follow-up | nog eentje hoe zit het met mexico | MX
follow-up | en dan nog argentinië | AR
follow-up | oké en ecuador | EC
follow-up | en bhutan | BT
# yes-no-check
yes-no-check | alexa is {} | parijs de hoofdstad van frankrijk=FR; sydney de hoofdstad van australië=AU; lagos de hoofdstad van nigeria=NG
yes-no-check | alexa klopt het dat {} | ankara de hoofdstad van turkije is=TR; rio de hoofdstad van brazilië is=BR; bern de hoofdstad van zwitserland is=CH
yes-no-check | alexa is den haag de hoofdstad van nederland | NL
yes-no-check | alexa is amsterdam echt de hoofdstad van nederland | NL
yes-no-check | alexa is pretoria de hoofdstad van zuid-afrika | ZA
yes-no-check | alexa is pyongyang de hoofdstad van noord-korea | KP
yes-no-check | alexa is seoel de hoofdstad van zuid-korea | KR
yes-no-check | alexa is kinshasa de hoofdstad van congo | CD
yes-no-check | alexa is la paz de hoofdstad van bolivia | BO
yes-no-check | alexa is ramallah de hoofdstad van palestina | PS
yes-no-check | alexa is kuala lumpur nog de hoofdstad van maleisië | MY
yes-no-check | alexa is toronto de hoofdstad van canada | CA
yes-no-check | alexa is almaty de hoofdstad van kazachstan | KZ
yes-no-check | alexa is new york de hoofdstad van amerika | US
# self-correction
self-correction | alexa wat is de hoofdstad van oostenrijk nee ik bedoel australië | AU
self-correction | alexa wat is de hoofdstad van zweden nee zwitserland | CH
self-correction | alexa hoofdstad van slowakije eh nee slovenië | SI
self-correction | alexa wat is de hoofdstad van noord-korea sorry zuid-korea | KR
self-correction | alexa wat is de hoofdstad van zuid-korea nee wacht noord-korea | KP
self-correction | alexa wat is de hoofdstad van congo-kinshasa nee brazzaville bedoel ik congo-brazzaville | CG
self-correction | alexa hoofdstad van gambia nee zambia | ZM
self-correction | alexa wat is de hoofdstad van iran ik bedoel irak | IQ
self-correction | alexa wat is de hoofdstad van niger nee nigeria | NG
self-correction | alexa de hoofdstad van israël nee van palestina | PS
self-correction | alexa wat is de hoofdstad van maleisië nee indonesië | ID
self-correction | alexa wat is de hoofdstad van guinee eh equatoriaal-guinea | GQ
self-correction | alexa hoofdstad van letland nee litouwen | LT
self-correction | alexa wat is de hoofdstad van bolivia nee paraguay | PY
self-correction | alexa hoofdstad van dominica nee de dominicaanse republiek | DO
# reverse-question
reverse-question | alexa van welk land is {} de hoofdstad | nairobi=CITY:Nairobi; ulaanbaatar=CITY:Ulaanbaatar; canberra=CITY:Canberra
reverse-question | alexa {} is de hoofdstad van welk land | windhoek=CITY:Windhoek; tbilisi=CITY:Tbilisi; asuncion=CITY:Asunción
reverse-question | alexa welk land heeft {} als hoofdstad | pyongyang=CITY:Pyongyang; brazzaville=CITY:Brazzaville; kinshasa=CITY:Kinshasa
reverse-question | alexa waar is ouagadougou de hoofdstad van | CITY:Ouagadougou
reverse-question | alexa seoel is de hoofdstad van welk land | CITY:Seoul
reverse-question | alexa van welk land is ramallah de hoofdstad | CITY:Ramallah
reverse-question | alexa welk land heeft pretoria als hoofdstad | CITY:Pretoria
reverse-question | alexa waarvan is bamako de hoofdstad | CITY:Bamako
reverse-question | alexa welk land hoort bij de hoofdstad thimphu | CITY:Thimphu
reverse-question | alexa van welk land is vientiane de hoofdstad | CITY:Vientiane
# official-name
official-name | alexa zeg eens wat de hoofdstad is van {} | de democratische republiek congo=CD; de republiek congo=CG; de democratische volksrepubliek korea=KP
official-name | alexa hoofdstad van de {} | republiek korea=KR; bondsrepubliek duitsland=DE; russische federatie=RU
official-name | alexa wat is de hoofdstad van het koninkrijk der nederlanden | NL
official-name | alexa wat is de hoofdstad van de verenigde staten van amerika | US
official-name | alexa wat is de hoofdstad van de staat palestina | PS
official-name | alexa wat is de hoofdstad van de republiek zuid-afrika | ZA
official-name | alexa wat is de hoofdstad van de plurinationale staat bolivia | BO
official-name | alexa wat is de hoofdstad van het verenigd koninkrijk van groot-brittannië en noord-ierland | GB
official-name | alexa wat is de hoofdstad van de volksrepubliek china | CN
official-name | alexa wat is de hoofdstad van de islamitische republiek iran | IR
official-name | alexa wat is de hoofdstad van de federatie van maleisië | MY
official-name | alexa wat is de hoofdstad van de helleense republiek | GR
# everyday-name
everyday-name | alexa wat is nou de hoofdstad van {} | holland=NL; amerika=US; engeland=GB-ENG
everyday-name | alexa hoofdstad van {} | birma=MM; perzië=IR; zaïre=CD
everyday-name | alexa wat is de hoofdstad van ceylon | LK
everyday-name | alexa wat is de hoofdstad van swaziland | SZ
everyday-name | alexa wat is de hoofdstad van tsjechië | CZ
everyday-name | alexa wat is de hoofdstad van rusland | RU
everyday-name | alexa wat is de hoofdstad van macedonië | MK
everyday-name | alexa wat is de hoofdstad van siam | TH
everyday-name | alexa wat is de hoofdstad van abessinië | ET
everyday-name | alexa wat is de hoofdstad van groot-brittannië | GB
everyday-name | alexa wat is de hoofdstad van de vs | US
everyday-name | alexa wat is de hoofdstad van wit-rusland | BY
# shared-name
shared-name | alexa wat is eigenlijk de hoofdstad van {} | georgië=GE; korea=KP+KR; congo=CD+CG
shared-name | alexa wat is de hoofdstad van guinee | GN
shared-name | alexa wat is de hoofdstad van de staat georgia | US-GA
shared-name | alexa wat is de hoofdstad van het land georgië | GE
shared-name | alexa wat is de hoofdstad van de congo | CD+CG
shared-name | alexa wat zijn de hoofdsteden van de twee koreas | KP+KR
shared-name | alexa hoofdstad van de twee congo's | CD+CG
shared-name | alexa wat is de hoofdstad van samoa | WS
shared-name | alexa wat is de hoofdstad van luxemburg de provincie | FB
shared-name | alexa wat is de hoofdstad van limburg | FB
shared-name | alexa wat is de hoofdstad van mexico de staat | MX-MEX
# help
help | alexa help | HELP
help | alexa hoe werkt dit ding eigenlijk | HELP
help | alexa wat kan ik hier allemaal vragen | HELP
help | alexa ik snap het niet help me even | HELP
help | alexa hulp graag | HELP
help | alexa wat moet ik zeggen | HELP
help | alexa leg eens uit hoe dit werkt | HELP
help | alexa vraag hoofdsteden van de wereld om hulp | HELP
help | alexa help me eens met hoofdsteden van de wereld | HELP
help | alexa jonge ik weet niet wat ik moet vragen | HELP
help | alexa bok kun je me helpen | HELP
help | alexa hoe gebruik ik deze skill | HELP
help | alexa wat kun jij allemaal in deze skill | HELP
help | alexa geef eens een voorbeeld | HELP
help | alexa ik heb hulp nodig | HELP
help | alexa hoe moet ik dat vragen dan | HELP
help | alexa welke vragen kan ik stellen | HELP
help | alexa uitleg alsjeblieft | HELP
help | alexa iya hoe werkt het | HELP
help | alexa wat zijn de mogelijkheden | HELP
help | alexa sorry mijn nederlands hoe vraag ik het | HELP
help | alexa moar wat moet ik nou doen | HELP
help | alexa ik kom er niet uit | HELP
help | alexa hoe gaat dit spelletje | HELP
# stop
stop | alexa stop | STOP
stop | alexa stop maar | STOP
stop | alexa hou op | STOP
stop | alexa ophouden | STOP
stop | alexa zo is het genoeg | STOP
stop | alexa stoppen | STOP
stop | alexa klaar | STOP
stop | alexa ik ben klaar | STOP
stop | alexa het is mooi geweest | STOP
stop | alexa kappen | STOP
stop | alexa uit | STOP
stop | alexa stop met hoofdsteden van de wereld | STOP
stop | alexa sluit hoofdsteden van de wereld af | STOP
stop | alexa genoeg hoofdsteden voor vandaag | STOP
stop | alexa jonge stop nou | STOP
stop | alexa hou maar op ouwe | STOP
stop | alexa dat was het | STOP
stop | alexa bedankt dat was het | STOP
stop | alexa houdoe | STOP
stop | alexa doei | STOP
stop | alexa ik moet weg stop maar | STOP
stop | alexa de trein komt stop | STOP
stop | alexa stil nu | STOP
stop | alexa afsluiten | STOP
# cancel
cancel | alexa annuleren | CANCEL
cancel | alexa annuleer | CANCEL
cancel | alexa laat maar | CANCEL
cancel | alexa laat maar zitten | CANCEL
cancel | alexa laat ook maar | CANCEL
cancel | alexa vergeet het maar | CANCEL
cancel | alexa nee toch niet | CANCEL
cancel | alexa nee laat maar | CANCEL
cancel | alexa ik bedenk me | CANCEL
cancel | alexa doe maar niet | CANCEL
cancel | alexa hoeft niet meer | CANCEL
cancel | alexa niet nodig | CANCEL
cancel | alexa annuleer dat maar | CANCEL
cancel | alexa laat maar jôh | CANCEL
cancel | alexa nee jonge laat maar | CANCEL
cancel | alexa ma daj laat maar | CANCEL
cancel | alexa vergeet die vraag | CANCEL
cancel | alexa niks laat maar | CANCEL
cancel | alexa streep dat maar door | CANCEL
cancel | alexa toch maar niet | CANCEL
cancel | alexa ik hoef het niet meer te weten | CANCEL
cancel | alexa sorry laat maar zitten | CANCEL
cancel | alexa annuleer die vraag | CANCEL
cancel | alexa nee nee laat maar | CANCEL
# launch
launch | alexa open hoofdsteden van de wereld | LAUNCH
launch | alexa start hoofdsteden van de wereld | LAUNCH
launch | alexa hoofdsteden van de wereld | LAUNCH
launch | alexa speel hoofdsteden van de wereld | LAUNCH
launch | alexa begin hoofdsteden van de wereld | LAUNCH
launch | alexa doe hoofdsteden van de wereld eens | LAUNCH
launch | alexa zet hoofdsteden van de wereld aan | LAUNCH
launch | alexa jonge open hoofdsteden van de wereld | LAUNCH
launch | alexa ouwe start effe hoofdsteden van de wereld | LAUNCH
launch | alexa mag ik hoofdsteden van de wereld | LAUNCH
launch | alexa hoofdsteden van de wereld openen | LAUNCH
launch | alexa hoofdsteden van de wereld starten alsjeblieft | LAUNCH
launch | alexa open de skill hoofdsteden van de wereld | LAUNCH
launch | alexa start de hoofdsteden van de wereld skill | LAUNCH
launch | alexa ik wil hoofdsteden van de wereld | LAUNCH
launch | alexa ik wil hoofdsteden van de wereld spelen | LAUNCH
launch | alexa laten we hoofdsteden van de wereld doen | LAUNCH
launch | alexa open hoofdsteden van de wereld voor de kinderen | LAUNCH
launch | alexa ayo open hoofdsteden van de wereld | LAUNCH
launch | alexa bok start hoofdsteden van de wereld | LAUNCH
launch | alexa jan open hoofdsteden van de wereld | LAUNCH
launch | alexa kun je hoofdsteden van de wereld openen | LAUNCH
launch | alexa wil je hoofdsteden van de wereld starten | LAUNCH
launch | alexa vraag hoofdsteden van de wereld | LAUNCH
launch | alexa praat met hoofdsteden van de wereld | LAUNCH
launch | alexa ga naar hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden van de wereld nou | LAUNCH
launch | alexa nog een keer hoofdsteden van de wereld | LAUNCH
# out-of-domain
out-of-domain | alexa wat voor weer wordt het morgen | FB
out-of-domain | alexa zet een timer op tien minuten | FB
out-of-domain | alexa speel radio tien | FB
out-of-domain | alexa hoeveel inwoners heeft parijs | FB
out-of-domain | alexa wat is de hoofdstad van europa | FB
out-of-domain | alexa wat is de hoofdstad van afrika | FB
out-of-domain | alexa hoe laat gaat de trein naar utrecht | FB
out-of-domain | alexa hoe maak je een bossche bol | FB
out-of-domain | alexa wanneer is het weer natuurijs | FB
out-of-domain | alexa hoe lang is de elfstedentocht | FB
out-of-domain | alexa wat kost een liter jenever | FB
out-of-domain | alexa hoeveel bijen zitten er in een kast | FB
out-of-domain | alexa zet de lampen in de badkamer aan | FB
out-of-domain | alexa wat is de hoofdstad van de maan | FB
out-of-domain | alexa hoe groot is berlijn | FB
out-of-domain | alexa welke taal spreken ze in brazilië | FB
out-of-domain | alexa wat is de munt van japan | FB
out-of-domain | alexa wat is de hoofdstad van de wereld | FB
out-of-domain | alexa speel iets van andré hazes | FB
out-of-domain | alexa wat is de beste tandpasta | FB
out-of-domain | alexa wat is de hoofdstad van atlantis | FB
out-of-domain | alexa hoe laat begint vastenavend | FB
out-of-domain | alexa wat kost een ossenworst | FB
out-of-domain | alexa zet een wekker om zes uur | FB
out-of-domain | alexa welke rozen zijn het duurst op de veiling | FB
out-of-domain | alexa hoe ver is jerevan van amsterdam | FB
out-of-domain | alexa wat is de grootste stad van australië | FB
out-of-domain | alexa hoe zeg je dank je wel in het kroatisch | FB
out-of-domain | alexa wat is de hoofdstad van oost-indië | FB
out-of-domain | alexa zet de wasmachine aan | FB
out-of-domain | alexa hoeveel landen zijn er in de wereld | FB
out-of-domain | alexa wat is de hoofdstad van zuid-amerika | FB
out-of-domain | alexa welk land heeft de meeste inwoners | FB
out-of-domain | alexa vertel een mop | FB
out-of-domain | alexa wat is het nieuws | FB
out-of-domain | alexa hoe laat is het in jakarta | FB
out-of-domain | alexa wat is de hoofdstad van ieder land in azië | FB
out-of-domain | alexa is er vertraging op het spoor | FB
# more shared families in the speakers' words
stop | alexa ouwe hou er maar mee op | STOP
stop | alexa jôh stop nou maar met die hoofdsteden | STOP
stop | alexa kijk ik heb er genoeg van hoor | STOP
stop | alexa hedde gij gehoord stop | STOP
stop | alexa moar nou is het klaar dè | STOP
stop | alexa jan stop alsjeblieft | STOP
stop | alexa grand that's enough stop nou | STOP
stop | alexa iya stop dulu stop | STOP
stop | alexa hvala stop maar | STOP
stop | alexa ik sta op de ladder stop even met praten | STOP
stop | alexa de volgende patiënt is er stop | STOP
stop | alexa de bel gaat stop nu | STOP
stop | alexa ik ga het ijs op stop maar | STOP
stop | alexa mama wordt wakker stop | STOP
stop | alexa ik stap uit bad hou maar op | STOP
stop | alexa de klok begint stop ermee | STOP
stop | alexa de naald gaat aan stop met praten | STOP
stop | alexa sluit de hoofdsteden maar af | STOP
stop | alexa einde hoofdsteden van de wereld | STOP
stop | alexa we stoppen ermee | STOP
stop | alexa klaar met de hoofdsteden | STOP
stop | alexa nou ja zeg hou op | STOP
cancel | alexa ouwe laat maar zitten hoor | CANCEL
cancel | alexa kijk laat die vraag maar | CANCEL
cancel | alexa hedde gij da gehoord laat maar | CANCEL
cancel | alexa moar laat ook maar dè | CANCEL
cancel | alexa vay laat maar jan | CANCEL
cancel | alexa sure look forget it laat maar | CANCEL
cancel | alexa ayo laat maar tidak usah | CANCEL
cancel | alexa ajme annuleer dat | CANCEL
cancel | alexa de koningin is weg laat maar | CANCEL
cancel | alexa verkeerde vraag annuleer | CANCEL
cancel | alexa oeps die vraag bedoelde ik niet annuleren | CANCEL
cancel | alexa de trein rijdt weer laat maar | CANCEL
cancel | alexa dat hoeft niet meer mama weet het al | CANCEL
cancel | alexa laat die hoofdstad maar zitten | CANCEL
cancel | alexa ik wil het toch niet weten | CANCEL
cancel | alexa schrap die vraag maar | CANCEL
cancel | alexa trek die vraag maar in | CANCEL
cancel | alexa annuleer de laatste vraag | CANCEL
cancel | alexa nee doe maar niks | CANCEL
cancel | alexa laat maar ik zoek het zelf op | CANCEL
launch | alexa ouwe zet hoofdsteden van de wereld eens op | LAUNCH
launch | alexa kijk open hoofdsteden van de wereld even hoor | LAUNCH
launch | alexa hedde gij hoofdsteden van de wereld | LAUNCH
launch | alexa moar start hoofdsteden van de wereld dan | LAUNCH
launch | alexa vay open hoofdsteden van de wereld voor mij | LAUNCH
launch | alexa sorry mijn nederlands open hoofdsteden van de wereld | LAUNCH
launch | alexa iya start hoofdsteden van de wereld ya | LAUNCH
launch | alexa ajme open hoofdsteden van de wereld | LAUNCH
launch | alexa op de ladder open hoofdsteden van de wereld | LAUNCH
launch | alexa in bad even hoofdsteden van de wereld openen | LAUNCH
launch | alexa weer vertraging start hoofdsteden van de wereld maar | LAUNCH
launch | alexa voor mama hoofdsteden van de wereld openen | LAUNCH
launch | alexa de kinderen willen hoofdsteden van de wereld | LAUNCH
launch | alexa laat hoofdsteden van de wereld maar beginnen | LAUNCH
launch | alexa open eens die hoofdsteden van de wereld | LAUNCH
launch | alexa kan hoofdsteden van de wereld aan | LAUNCH
launch | alexa tijd voor hoofdsteden van de wereld | LAUNCH
launch | alexa we gaan hoofdsteden van de wereld doen | LAUNCH
launch | alexa hoofdsteden van de wereld graag | LAUNCH
launch | alexa even hoofdsteden van de wereld opstarten | LAUNCH
help | alexa ouwe hoe werkt die hoofdsteden van de wereld | HELP
help | alexa kijk wat kan ik hier vragen hoor | HELP
help | alexa ajme ik snap het niet | HELP
help | alexa vay hoe moet dit jan | HELP
help | alexa grand but how does it work hoe werkt het | HELP
help | alexa wat kan hoofdsteden van de wereld allemaal | HELP
help | alexa de kinderen snappen het niet help | HELP
help | alexa hoe vraag ik naar een hoofdstad | HELP
help | alexa hoe moet ik een land noemen | HELP
plural-capitals | alexa ouwe welke hoofdsteden heeft zuid-afrika eigenlijk | ZA
plural-capitals | alexa jonge hoeveel hoofdsteden heeft bolivia en hoe heten ze | BO
plural-capitals | alexa mas wat zijn de hoofdsteden van maleisië sekarang | MY
plural-capitals | alexa kijk nederland heeft toch twee hoofdsteden noem ze eens | NL
plural-capitals | alexa op de kaart van zuid-afrika welke hoofdsteden moet ik tatoeëren | ZA
plural-capitals | alexa de rozen komen uit zuid-afrika wat zijn daar de hoofdsteden | ZA
plural-capitals | alexa de honing komt uit benin wat zijn de hoofdsteden daar | BJ
plural-capitals | alexa mijn koffie komt uit ivoorkust welke twee hoofdsteden heeft dat land | CI
plural-capitals | alexa de thee komt uit sri lanka wat zijn de hoofdsteden | LK
plural-capitals | alexa de patiënt komt uit eswatini wat zijn daar de hoofdsteden | SZ
plural-capitals | alexa op het perron welke hoofdsteden heeft bolivia | BO
plural-capitals | alexa in bad noem de twee hoofdsteden van nederland | NL
plural-capitals | alexa ons moeder vraagt naar de hoofdsteden van maleisië | MY
plural-capitals | alexa hoeveel hoofdsteden heeft benin | BJ
plural-capitals | alexa ivoorkust heeft er twee noem de hoofdsteden | CI
plural-capitals | alexa geef me de hoofdsteden van sri lanka | LK
plural-capitals | alexa welke steden zijn de hoofdsteden van eswatini | SZ
plural-capitals | alexa de hoofdsteden van palestina noemen | PS
yes-no-check | alexa ouwe is kaapstad de hoofdstad van zuid-afrika | ZA
yes-no-check | alexa jonge is sucre de hoofdstad van bolivia | BO
yes-no-check | alexa mas is jakarta nog steeds de hoofdstad van indonesië | ID
yes-no-check | alexa is putrajaya de hoofdstad van maleisië | MY
yes-no-check | alexa jan is jerevan echt de hoofdstad | CITY:Jerevan
yes-no-check | alexa is zagreb de hoofdstad van kroatië bok | HR
yes-no-check | alexa is dublin de hoofdstad van ierland like | IE
yes-no-check | alexa is brazzaville de hoofdstad van congo-brazzaville | CG
yes-no-check | alexa is oost-jeruzalem de hoofdstad van palestina | PS
yes-no-check | alexa klopt het dat seoel in zuid-korea de hoofdstad is | KR
yes-no-check | alexa is washington de hoofdstad van de verenigde staten | US
yes-no-check | alexa is port louis de hoofdstad van mauritius | MU
everyday-name | alexa wat is de hoofdstad van het eiland bali | FB
everyday-name | alexa hoofdstad van de states | US
everyday-name | alexa wat is de hoofdstad van zuid-afrika bij ons pretoria toch | ZA
everyday-name | alexa wat is de hoofdstad van belgisch-congo | CD
everyday-name | alexa wat is de hoofdstad van formosa | TW
everyday-name | alexa wat is de hoofdstad van nederlands-indië | ID
everyday-name | alexa wat is de hoofdstad van bohemen | FB
everyday-name | alexa wat is de hoofdstad van rhodesië | ZW
everyday-name | alexa wat is de hoofdstad van dahomey | BJ
everyday-name | alexa wat is de hoofdstad van opper-volta | BF
everyday-name | alexa wat is de hoofdstad van ivory coast | CI
official-name | alexa wat is de hoofdstad van het groothertogdom luxemburg | LU
official-name | alexa wat is de hoofdstad van het gemenebest van de bahama's | BS
official-name | alexa wat is de hoofdstad van de federale staten van micronesië | FM
official-name | alexa wat is de hoofdstad van de republiek mauritius | MU
official-name | alexa wat is de hoofdstad van de democratische republiek oost-timor | TL
official-name | alexa wat is de hoofdstad van het koninkrijk eswatini | SZ
official-name | alexa wat is de hoofdstad van de republiek der unie van myanmar | MM
reverse-question | alexa ouwe van welk land is kampala de hoofdstad | CITY:Kampala
reverse-question | alexa jonge waar ligt zagreb de hoofdstad van welk land | CITY:Zagreb
reverse-question | alexa jan jerevan is hoofdstad van welk land | CITY:Jerevan
reverse-question | alexa mas jakarta is de hoofdstad van welk land | CITY:Jakarta
reverse-question | alexa van welk land is dublin de hoofdstad like | CITY:Dublin
reverse-question | alexa de rozen komen uit quito van welk land is dat de hoofdstad | CITY:Quito
reverse-question | alexa welk land heeft sucre als hoofdstad | CITY:Sucre
reverse-question | alexa van welk land is putrajaya de hoofdstad | CITY:Putrajaya
reverse-question | alexa in welk land is port moresby de hoofdstad | CITY:Port Moresby
reverse-question | alexa welke staat heeft tallahassee als hoofdstad | CITY:Tallahassee
shared-name | alexa ouwe wat is de hoofdstad van georgia | GE
shared-name | alexa jonge wat is de hoofdstad van noord en zuid korea | KP+KR
shared-name | alexa jan wat is de hoofdstad van georgië het land bij armenië | GE
shared-name | alexa wat is de hoofdstad van de twee koreas samen | KP+KR
shared-name | alexa wat is de hoofdstad van congo kinshasa of brazzaville | CD+CG
shared-name | alexa wat is de hoofdstad van guinea | GN
shared-name | alexa wat is de hoofdstad van virginia | US-VA
shared-name | alexa wat is de hoofdstad van washington de staat | US-WA
yes-no-check | alexa is luxemburg de hoofdstad van luxemburg | LU
follow-up | en luxemburg | LU
follow-up | en de bahama's | BS
follow-up | en micronesië dan | FM
follow-up | en mauritius | MU
follow-up | en amerika | US
follow-up | en noord-korea dan | KP
follow-up | en die van zuid-korea | KR
follow-up | en palestina dan | PS
follow-up | en congo-brazzaville dan | CG
follow-up | ouwe en van zimbabwe | ZW
follow-up | jonge en nepal | NP
follow-up | jan en georgië | GE
self-correction | alexa ouwe wat is de hoofdstad van noord-korea nee zuid-korea bedoel ik | KR
self-correction | alexa jonge hoofdstad van kongo brazzaville eh nee kinshasa | CD
self-correction | alexa wat is de hoofdstad van pakistan nee palestina | PS
self-correction | alexa hoofdstad van zuid-korea nee noord dus noord-korea | KP
self-correction | alexa wat is de hoofdstad van zweden eh ik bedoel swaziland | SZ
subdivision | alexa ouwe wat is de hoofdstad van schotland | GB-SCT
subdivision | alexa jonge hoofdstad van noord-brabant | FB
subdivision | alexa mas wat is de hoofdstad van bali | FB
subdivision | alexa wat is de hoofdstad van de provincie zeeland | FB
subdivision | alexa bok wat is de hoofdstad van dalmatië | FB
subdivision | alexa wat is de hoofdstad van sumatra | FB
subdivision | alexa wat is de hoofdstad van manitoba | CA-MB
subdivision | alexa wat is de hoofdstad van nieuw-zuid-wales | AU-NSW
subdivision | alexa wat is de hoofdstad van hongkong | HK
out-of-domain | alexa ouwe hoeveel molens staan er in schiedam | FB
out-of-domain | alexa hoe laat is het in jerevan | FB
out-of-domain | alexa wat is het weer in dublin | FB
out-of-domain | alexa wat is de hoofdstad van het ijs | FB
out-of-domain | alexa hoeveel kilo honing geeft een kast | FB
out-of-domain | alexa speel ierse muziek | FB
out-of-domain | alexa wat is de hoofdstad van de tatoeage | FB
out-of-domain | alexa hoe groot is kuala lumpur | FB
out-of-domain | alexa hoeveel mensen wonen er in zagreb | FB
out-of-domain | alexa wanneer rijdt de volgende trein | FB
out-of-domain | alexa wat is de hoofdstad van oceanië | FB
out-of-domain | alexa welke hoofdstad ligt het hoogst | FB
out-of-domain | alexa doe de verwarming hoger | FB
out-of-domain | alexa wat is de hoofdstad van de noordpool | FB
out-of-domain | alexa speel het volkslied van armenië | FB
plural-capitals | alexa ouwe wat zijn de hoofdsteden van benin | BJ
plural-capitals | alexa kijk benin heeft twee hoofdsteden welke dan | BJ
plural-capitals | alexa de tatoeage wordt een kaart van benin welke hoofdsteden zet ik erop | BJ
plural-capitals | alexa op het plein vroeg een kind naar de hoofdsteden van benin | BJ
plural-capitals | alexa iya welke twee steden zijn hoofdstad van maleisië | MY
plural-capitals | alexa ayo noem alle hoofdsteden van maleisië | MY
plural-capitals | alexa kuala lumpur en nog een wat zijn de hoofdsteden van maleisië | MY
plural-capitals | alexa op de ladder wat zijn de hoofdsteden van maleisië | MY
plural-capitals | alexa mas noem de hoofdsteden van sri lanka | LK
plural-capitals | alexa colombo en welke nog meer wat zijn de hoofdsteden van sri lanka | LK
plural-capitals | alexa even spoelen welke hoofdsteden heeft sri lanka | LK
plural-capitals | alexa jonge sri lanka heeft toch meer dan een hoofdstad welke | LK
plural-capitals | alexa moar welke hoofdsteden heeft swaziland dan | SZ
plural-capitals | alexa noem beide hoofdsteden van eswatini | SZ
plural-capitals | alexa eswatini heeft er twee wat zijn de hoofdsteden | SZ
plural-capitals | alexa in bad welke hoofdsteden heeft ivoorkust | CI
plural-capitals | alexa hoofdsteden van zuid-afrika alle drie graag | ZA
plural-capitals | alexa ons moeder wil de hoofdsteden van nederland weten amsterdam en | NL
plural-capitals | alexa welke hoofdsteden heeft bolivia op de kaart | BO
# Schiedammers again
schiedammers | alexa ouwe de schie op met een boot uit noord-korea wat is daar de hoofdstad | KP
schiedammers | alexa jôh op de molen wapperde een vlag van zuid-korea wat is hun hoofdstad | KR
schiedammers | alexa effe vragen wat is de hoofdstad van congo-kinshasa | CD
schiedammers | alexa de jenever gaat ook naar palestina wat is daar de hoofdstad | PS
schiedammers | alexa ouwe hoe heet de hoofdstad van congo-brazzaville | CG
schiedammers | alexa jôh wat is nou de hoofdstad van nederland amsterdam of den haag | NL
# Waterlanders again
waterlanders | alexa kijk op marken was een groep uit zuid-korea welke stad is hun hoofdstad | KR
waterlanders | alexa nou ja wat is de hoofdstad van noord-korea hoor | KP
waterlanders | alexa hoor eens wat is de hoofdstad van de democratische republiek congo | CD
waterlanders | alexa kijk wat is de hoofdstad van palestina nou | PS
waterlanders | alexa de veemarkt had koeien uit canada wat is daar de hoofdstad | CA
# Krabbegatters again
krabbegatters | alexa jonge de kapel kwam uit zuid-afrika hedde gij de hoofdstad | ZA
krabbegatters | alexa da wil ik weten wat is de hoofdstad van congo brazzaville | CG
krabbegatters | alexa jonge welke stad is de hoofdstad van noord-korea | KP
krabbegatters | alexa hedde gij gehoord wat de hoofdstad van malawi is | MW
krabbegatters | alexa jonge jonge wat is de hoofdstad van togo | TG
# Ossenaren again
ossenaren | alexa moar de worst gaat naar zuid-korea wat is daar de hoofdstad | KR
ossenaren | alexa ons moeder vraagt wat de hoofdstad van palestina is dè | PS
ossenaren | alexa moar wat is de hoofdstad van kongo kinshasa | CD
ossenaren | alexa dè wat is de hoofdstad van maleisië | MY
ossenaren | alexa moar welke stad is hoofdstad van gabon | GA
# Armenian Dutch again
armeniers | alexa jan mijn neef zit in kazachstan wat is de hoofdstad daar nu | KZ
armeniers | alexa ara wat is de hoofdstad van georgië tbilisi toch | GE
armeniers | alexa vay welke stad is de hoofdstad van irak | IQ
armeniers | alexa lav lav en de hoofdstad van jordanië | JO
armeniers | alexa jan wat is de hoofdstad van oekraïne | UA
# Irish expats again
ieren | alexa sure look wat is de hoofdstad van ijsland | IS
ieren | alexa like wat is de hoofdstad van canada | CA
ieren | alexa grand en wat is de hoofdstad van nieuw-zeeland | NZ
ieren | alexa sorry wat is de hoofdstad van de bahama's like | BS
ieren | alexa the craic was mighty wat is de hoofdstad van portugal | PT
ieren | alexa sure wat is de hoofdstad van amerika | US
# Indonesian students again
indonesiers | alexa iya wat is de hoofdstad van suriname | SR
indonesiers | alexa mbak wil weten wat de hoofdstad van de filipijnen is | PH
indonesiers | alexa ayo wat is de hoofdstad van vietnam | VN
indonesiers | alexa mas de hoofdstad van zuid-korea apa | KR
indonesiers | alexa iya iya wat is de hoofdstad van oost-timor | TL
# Croatian Dutch again
kroaten | alexa bok wat is de hoofdstad van noord-macedonië | MK
kroaten | alexa ajme wat is de hoofdstad van bulgarije | BG
kroaten | alexa hvala en griekenland wat is daar de hoofdstad | GR
kroaten | alexa ma daj wat is de hoofdstad van albanië | AL
kroaten | alexa bok bok wat is de hoofdstad van duitsland | DE
# beekeepers again
imkers | alexa het volk komt uit georgië wat is daar de hoofdstad | GE
imkers | alexa de kast staat open wat is de hoofdstad van zuid-afrika | ZA
imkers | alexa met mijn kap op wat is de hoofdstad van turkije | TR
imkers | alexa de dracht in spanje is goed wat is de hoofdstad | ES
imkers | alexa na het slingeren wat is de hoofdstad van griekenland | GR
# window cleaners again
glazenwassers | alexa op de ladder wat is de hoofdstad van palestina | PS
glazenwassers | alexa de wisser erbij wat is de hoofdstad van noord-korea | KP
glazenwassers | alexa met de zeem wat is de hoofdstad van congo-brazzaville | CG
glazenwassers | alexa bovenaan de ladder de hoofdstad van bolivia | BO
glazenwassers | alexa even de emmer vullen wat is de hoofdstad van lesotho | LS
# florists again
bloemisten | alexa de chrysanten komen uit zuid-afrika wat zijn de hoofdsteden daar | ZA
bloemisten | alexa de kar gaat naar polen wat is de hoofdstad | PL
bloemisten | alexa de klok draait een koper uit malaysia wat is de hoofdstad | MY
bloemisten | alexa de tulpen gaan naar rusland wat is de hoofdstad daar | RU
bloemisten | alexa bij de veiling iemand uit tanzania wat is de hoofdstad | TZ
# dental assistants again
tandarts | alexa even spoelen wat is de hoofdstad van de democratische republiek congo | CD
tandarts | alexa de volgende patiënt komt uit congo-brazzaville wat is de hoofdstad | CG
tandarts | alexa tussen twee patiënten de hoofdstad van zuid-korea | KR
tandarts | alexa de boor staat stil wat is de hoofdstad van marokko | MA
tandarts | alexa even de afspraken wat is de hoofdstad van jemen | YE
# school caretakers again
concierges | alexa in de kantine vroegen ze naar de hoofdstad van noord-korea | KP
concierges | alexa op het plein een kind uit palestina wat is daar de hoofdstad | PS
concierges | alexa met de sleutelbos wat is de hoofdstad van bolivia | BO
concierges | alexa de bel gaat zo wat is de hoofdstad van senegal | SN
# natural ice again
natuurijs | alexa op de ijsbaan een schaatser uit zuid-korea wat is de hoofdstad daar | KR
natuurijs | alexa koek en zopie met iemand uit nederland wat zijn onze hoofdsteden | NL
natuurijs | alexa het ijs houdt wat is de hoofdstad van noorwegen | NO
natuurijs | alexa op de sloot schaatst een noor wat is zijn hoofdstad | NO
natuurijs | alexa met een bakkie erwtensoep wat is de hoofdstad van finland | FI
# train delay again
vertraging | alexa weer vertraging wat is de hoofdstad van congo-kinshasa | CD
vertraging | alexa op het perron wat is de hoofdstad van noord-korea | KP
vertraging | alexa de ns en nu wat is de hoofdstad van zuid-afrika | ZA
vertraging | alexa nog twintig minuten wat is de hoofdstad van zwitserland | CH
vertraging | alexa de sprinter valt uit wat is de hoofdstad van oostenrijk | AT
# Mother's Day again
moederdag | alexa voor mama wat is de hoofdstad van palestina | PS
moederdag | alexa ontbijt op bed wat is de hoofdstad van italië | IT
moederdag | alexa mama wil naar malta wat is daar de hoofdstad | MT
moederdag | alexa de bloemen voor mama komen uit colombia wat is de hoofdstad | CO
# the bath again
inbad | alexa ik lig in bad wat is de hoofdstad van congo-brazzaville | CG
inbad | alexa nog even weken wat is de hoofdstad van zuid-korea | KR
inbad | alexa het water wordt koud wat is de hoofdstad van ijsland | IS
inbad | alexa in bad wat is de hoofdstad van bolivia | BO
# tattoo artists again
tatoeeerders | alexa de klant wil de vlag van noord-korea wat is de hoofdstad | KP
tatoeeerders | alexa de schets is van palestina wat is daar de hoofdstad | PS
tatoeeerders | alexa een sleeve met japan wat is de hoofdstad | JP
tatoeeerders | alexa de naald erin wat is de hoofdstad van nieuw-zeeland | NZ
plural-capitals | alexa ouwe wat zijn de hoofdsteden van eswatini | SZ
plural-capitals | alexa de volgende patiënt komt uit swaziland welke hoofdsteden heeft dat | SZ
plural-capitals | alexa lobamba en mbabane zijn dat de hoofdsteden van eswatini | SZ
plural-capitals | alexa jan welke steden zijn de hoofdsteden van zuid-afrika | ZA
out-of-domain | alexa ouwe zet de jenever op de boodschappenlijst | FB
out-of-domain | alexa hoe laat gaat de pont naar marken | FB
out-of-domain | alexa wat is het weer in purmerend | FB
out-of-domain | alexa hoe laat begint de optocht in bergen op zoom | FB
out-of-domain | alexa speel carnavalsmuziek | FB
out-of-domain | alexa hoe maak je ossenworst | FB
out-of-domain | alexa wat is het recept voor armeense dolma | FB
out-of-domain | alexa hoe ver is ararat van jerevan | FB
out-of-domain | alexa speel de pogues | FB
out-of-domain | alexa hoe laat is het in dublin | FB
out-of-domain | alexa vertaal terima kasih | FB
out-of-domain | alexa hoeveel eilanden heeft indonesië | FB
out-of-domain | alexa wat is de hoofdstad van java | FB
out-of-domain | alexa hoe warm is het in split | FB
out-of-domain | alexa welke voetbalclub speelt in zagreb | FB
out-of-domain | alexa wanneer bloeit de lavendel | FB
out-of-domain | alexa hoe voer ik mijn bijen in de winter | FB
out-of-domain | alexa gaat het vandaag regenen | FB
out-of-domain | alexa zet een timer van twintig minuten voor de ramen | FB
out-of-domain | alexa wat kost een bos rozen | FB
out-of-domain | alexa hoe laat gaat de veiling open | FB
out-of-domain | alexa herinner me aan de afspraak van tien uur | FB
out-of-domain | alexa wat is de hoofdstad van de tandheelkunde | FB
out-of-domain | alexa wanneer is de herfstvakantie | FB
out-of-domain | alexa hoe dik moet het ijs zijn | FB
out-of-domain | alexa komt er een elfstedentocht dit jaar | FB
out-of-domain | alexa wat is de volgende trein naar amsterdam centraal | FB
out-of-domain | alexa bel mama | FB
out-of-domain | alexa speel ontspannende muziek voor in bad | FB
out-of-domain | alexa hoe lang duurt een tatoeage | FB
out-of-domain | alexa welke hoofdstad is het oudst | FB
out-of-domain | alexa hoeveel mensen wonen er in den haag | FB
out-of-domain | alexa wat is de hoofdstad van holland in de middeleeuwen | FB
out-of-domain | alexa welke rivier stroomt door kinshasa | FB
out-of-domain | alexa hoe hoog is de tafelberg | FB
out-of-domain | alexa wat is de hoofdstad van lapland | FB
out-of-domain | alexa hoe zeg je hoofdstad in het engels | FB
out-of-domain | alexa wat eten ze in maleisië | FB
out-of-domain | alexa hoe laat is het in seoel | FB
out-of-domain | alexa wie is de president van zuid-afrika | FB
out-of-domain | alexa hoeveel kost een vlucht naar la paz | FB
out-of-domain | alexa wat is de hoofdstad van de sahara | FB
out-of-domain | alexa welke hoofdstad heeft de meeste fietsen | FB
out-of-domain | alexa wat is het volkslied van nederland | FB
out-of-domain | alexa zet de radio op kink | FB
out-of-domain | alexa hoeveel graden is het buiten | FB
# Voorne-Putteners (Hellevoetsluis, Brielle, de vestingstad, de Brielse Maas): "ouwe", "nou", "mot"
voorneputteners | alexa ouwe in de haven van hellevoet lag een jacht uit {} wat is daar de hoofdstad | denemarken=DK; zweden=SE; ierland=IE
voorneputteners | alexa mot je horen wat is de hoofdstad van {} nou | belgië=BE; letland=LV; estland=EE
voorneputteners | alexa op de wallen van brielle vroeg een toerist uit {} naar zijn hoofdstad | polen=PL; tsjechië=CZ; slowakije=SK
voorneputteners | alexa nou op een april in brielle wat is de hoofdstad van spanje | ES
voorneputteners | alexa ouwe wat is de hoofdstad van noord-korea nou | KP
voorneputteners | alexa mot ik weten wat de hoofdstad van congo-kinshasa is | CD
voorneputteners | alexa bij de brielse maas wat is de hoofdstad van zuid-korea | KR
voorneputteners | alexa nou wat is de hoofdstad van palestina ouwe | PS
voorneputteners | alexa effe tussendoor wat is de hoofdstad van marokko | MA
voorneputteners | alexa ouwe en van congo-brazzaville wat is de hoofdstad | CG
voorneputteners | alexa mot je horen wat is de hoofdstad van nieuw-zeeland | NZ
# Nepalese Dutch (cooks in Indian and Nepalese restaurants): "dai", "didi", "hajur", "ramro"
nepalezen | alexa dai wat is de hoofdstad van {} | nepal=NP; bhutan=BT; bangladesh=BD
nepalezen | alexa didi vraagt wat is de hoofdstad van {} | india=IN; pakistan=PK; afghanistan=AF
nepalezen | alexa hajur welke stad is hoofdstad van {} | china=CN; mongolië=MN; myanmar=MM
nepalezen | alexa in de keuken dai wat is de hoofdstad van sri lanka | LK
nepalezen | alexa ramro ramro en wat is de hoofdstad van de malediven | MV
nepalezen | alexa dai de hoofdstad van zuid-korea wat is dat | KR
nepalezen | alexa didi wat is de hoofdstad van noord-korea | KP
nepalezen | alexa hajur wat zijn de hoofdsteden van maleisië | MY
nepalezen | alexa mijn broer werkt in qatar wat is daar de hoofdstad | QA
nepalezen | alexa dai mijn neef is in dubai wat is de hoofdstad van de emiraten | AE
nepalezen | alexa de momo's zijn klaar wat is de hoofdstad van tibet | FB
# Chilean Dutch (exiles of the seventies and their children): "po", "cachai", "oye", "ya"
chilenen | alexa po wat is de hoofdstad van {} | chili=CL; argentinië=AR; peru=PE
chilenen | alexa cachai wat is de hoofdstad van {} | bolivia=BO; uruguay=UY; paraguay=PY
chilenen | alexa ya ya welke stad is de hoofdstad van {} | ecuador=EC; colombia=CO; venezuela=VE
chilenen | alexa oye wat zijn de hoofdsteden van bolivia po | BO
chilenen | alexa mijn opa kwam in drieënzeventig uit chili wat is daar de hoofdstad | CL
chilenen | alexa po is valparaíso de hoofdstad van chili | CL
chilenen | alexa cachai wat is de hoofdstad van cuba | CU
chilenen | alexa ya wat is de hoofdstad van mexico | MX
chilenen | alexa oye wat is de hoofdstad van paaseiland | FB
chilenen | alexa po santiago is de hoofdstad van welk land | CITY:Santiago
chilenen | alexa cachai wat is de hoofdstad van zuid-afrika | ZA
# chimney sweeps (schoorsteenvegers): "de schoorsteen", "het roet", "op het dak"
schoorsteenvegers | alexa ik zit op het dak wat is de hoofdstad van {} | oostenrijk=AT; duitsland=DE; zwitserland=CH
schoorsteenvegers | alexa het roet zit overal wat is de hoofdstad van {} | hongarije=HU; roemenië=RO; bulgarije=BG
schoorsteenvegers | alexa in de schoorsteen wat is de hoofdstad van noord-korea | KP
schoorsteenvegers | alexa op het dak wat is de hoofdstad van palestina | PS
schoorsteenvegers | alexa de bezem erin wat is de hoofdstad van de democratische republiek congo | CD
schoorsteenvegers | alexa voor de volgende klant wat is de hoofdstad van zuid-afrika | ZA
schoorsteenvegers | alexa de ladder staat wat is de hoofdstad van wit-rusland | BY
schoorsteenvegers | alexa de kachel is schoon wat is de hoofdstad van moldavië | MD
# lifeguards on the beach (strandwacht, reddingsbrigade): "de rode vlag", "de post", "zwemmers"
strandwacht | alexa op de post wat is de hoofdstad van {} | portugal=PT; griekenland=GR; kroatië=HR
strandwacht | alexa de rode vlag hangt wat is de hoofdstad van {} | australië=AU; brazilië=BR; cuba=CU
strandwacht | alexa een zwemmer uit zuid-korea wat is daar de hoofdstad | KR
strandwacht | alexa een toerist uit congo-brazzaville wat is de hoofdstad daar | CG
strandwacht | alexa op het strand een gezin uit maleisië welke hoofdsteden heeft dat land | MY
strandwacht | alexa de zee is rustig wat is de hoofdstad van fiji | FJ
strandwacht | alexa na de dienst wat is de hoofdstad van jamaica | JM
strandwacht | alexa de vlag is groen wat is de hoofdstad van de bahama's | BS
# crane operators in the Rotterdam port (kraanmachinisten): "in de cabine", "de containers", "de kade"
kraanmachinisten | alexa in de cabine de container komt uit {} wat is de hoofdstad | china=CN; singapore=SG; zuid-korea=KR
kraanmachinisten | alexa aan de kade een schip uit {} wat is daar de hoofdstad | liberia=LR; panama=PA; malta=MT
kraanmachinisten | alexa de container gaat naar nigeria wat is de hoofdstad | NG
kraanmachinisten | alexa in de cabine wat is de hoofdstad van congo-kinshasa | CD
kraanmachinisten | alexa op de kade wat is de hoofdstad van ghana | GH
kraanmachinisten | alexa een schip uit noord-korea mag niet binnen wat is de hoofdstad | KP
kraanmachinisten | alexa de containers uit brazilië wat is de hoofdstad daar | BR
kraanmachinisten | alexa in de nachtdienst wat is de hoofdstad van de marshalleilanden | MH
# in the sauna (de opgieting, de dompelbaden): "even zweten", "na de opgieting"
sauna | alexa na de opgieting wat is de hoofdstad van {} | finland=FI; estland=EE; letland=LV
sauna | alexa even zweten wat is de hoofdstad van {} | turkije=TR; rusland=RU; japan=JP
sauna | alexa in het dompelbad wat is de hoofdstad van noorwegen | NO
sauna | alexa in de sauna wat is de hoofdstad van palestina | PS
sauna | alexa op het ligbed wat is de hoofdstad van bolivia | BO
sauna | alexa de saunameester vraagt de hoofdstad van zuid-korea | KR
# the tax return (de belastingaangifte): "de aangifte", "de toeslagen", "mijn boekhouding"
belastingaangifte | alexa ik zit met de aangifte wat is de hoofdstad van {} | luxemburg=LU; ierland=IE; cyprus=CY
belastingaangifte | alexa tussen de toeslagen door wat is de hoofdstad van {} | zwitserland=CH; liechtenstein=LI; monaco=MC
belastingaangifte | alexa mijn boekhouding kan wachten wat is de hoofdstad van de kaaimaneilanden | KY
belastingaangifte | alexa bij de aangifte wat is de hoofdstad van congo-brazzaville | CG
belastingaangifte | alexa de digid doet het niet wat is de hoofdstad van noord-korea | KP
belastingaangifte | alexa de aangifte is af wat zijn de hoofdsteden van nederland | NL
# assembling flat-pack furniture (de bouwpakketkast): "het inbussleuteltje", "de handleiding"
bouwpakket | alexa met het inbussleuteltje wat is de hoofdstad van {} | zweden=SE; denemarken=DK; finland=FI
bouwpakket | alexa de handleiding komt uit {} wat is daar de hoofdstad | china=CN; vietnam=VN; polen=PL
bouwpakket | alexa de kast staat scheef wat is de hoofdstad van zuid-afrika | ZA
bouwpakket | alexa er mist een schroef wat is de hoofdstad van congo-kinshasa | CD
bouwpakket | alexa de deurtjes erin wat is de hoofdstad van palestina | PS
bouwpakket | alexa nog een plank wat is de hoofdstad van zuid-korea | KR
bouwpakket | alexa bijna klaar wat zijn de hoofdsteden van bolivia | BO
# more help, stop, cancel, launch from the new speakers
help | alexa dai hoe werkt deze skill | HELP
help | alexa po hoe vraag ik een hoofdstad | HELP
help | alexa mot ik wat zeggen ouwe help eens | HELP
help | alexa met mijn roetvingers hoe werkt dit | HELP
stop | alexa dai stop maar | STOP
stop | alexa po ya basta stop | STOP
stop | alexa de opgieting begint stop | STOP
stop | alexa de aangifte roept stop maar | STOP
cancel | alexa hajur laat maar | CANCEL
cancel | alexa cachai laat maar zitten | CANCEL
cancel | alexa de kast is af laat die vraag maar | CANCEL
cancel | alexa op de post laat maar er is iets in het water | CANCEL
launch | alexa dai open hoofdsteden van de wereld | LAUNCH
launch | alexa po start hoofdsteden van de wereld | LAUNCH
launch | alexa na de opgieting hoofdsteden van de wereld openen | LAUNCH
launch | alexa in de cabine even hoofdsteden van de wereld starten | LAUNCH
launch | alexa ouwe mot je hoofdsteden van de wereld effe openen | LAUNCH
out-of-domain | alexa hoe laat is het in kathmandu | FB
out-of-domain | alexa hoe hoog is de mount everest | FB
out-of-domain | alexa speel violeta parra | FB
out-of-domain | alexa hoe vaak moet de schoorsteen geveegd worden | FB
out-of-domain | alexa wat is de watertemperatuur in zandvoort | FB
out-of-domain | alexa hoeveel containers gaan er op een schip | FB
out-of-domain | alexa hoe warm is een finse sauna | FB
out-of-domain | alexa wanneer moet de belastingaangifte binnen zijn | FB
out-of-domain | alexa waar is het inbussleuteltje | FB
out-of-domain | alexa hoe laat is het hoogwater in hellevoetsluis | FB
plural-capitals | alexa dai welke twee hoofdsteden heeft ivoorkust | CI
plural-capitals | alexa po abidjan en yamoussoukro zijn dat de hoofdsteden van ivoorkust | CI
plural-capitals | alexa op de kade een schip uit ivoorkust wat zijn de hoofdsteden daar | CI
plural-capitals | alexa na de opgieting noem de hoofdsteden van nederland | NL
plural-capitals | alexa op het dak vraag ik me af wat de hoofdsteden van nederland zijn | NL
plural-capitals | alexa amsterdam en den haag zijn dat allebei hoofdsteden van nederland | NL
plural-capitals | alexa de kast komt uit nederland welke hoofdsteden hebben we | NL
plural-capitals | alexa in de cabine wat zijn de hoofdsteden van zuid-afrika | ZA
plural-capitals | alexa op de post welke hoofdsteden heeft sri lanka | LK
plural-capitals | alexa po welke hoofdsteden heeft bolivia la paz en | BO
# sauna again
sauna | alexa na het dompelbad wat is de hoofdstad van ijsland | IS
sauna | alexa in de stoomcabine wat is de hoofdstad van marokko | MA
sauna | alexa even afkoelen wat is de hoofdstad van congo-kinshasa | CD
sauna | alexa de zandloper loopt nog wat is de hoofdstad van noord-korea | KP
sauna | alexa op de ligstoel wat is de hoofdstad van oostenrijk | AT
sauna | alexa met een badjas aan wat is de hoofdstad van congo-brazzaville | CG
sauna | alexa de opgieting met eucalyptus wat is de hoofdstad van australië | AU
sauna | alexa in de finse sauna wat is de hoofdstad van litouwen | LT
# tax return again
belastingaangifte | alexa ik ben bij box drie wat is de hoofdstad van zuid-afrika | ZA
belastingaangifte | alexa mijn boekhouder vraagt wat de hoofdstad van de bahama's is | BS
belastingaangifte | alexa de aangifte is bijna klaar wat is de hoofdstad van andorra | AD
belastingaangifte | alexa tussen de bonnetjes wat is de hoofdstad van zuid-korea | KR
belastingaangifte | alexa de toeslag is binnen wat is de hoofdstad van malta | MT
belastingaangifte | alexa nog even de aangifte wat is de hoofdstad van bolivia | BO
belastingaangifte | alexa de aangifte is verstuurd wat is de hoofdstad van palestina | PS
# flat-pack again
bouwpakket | alexa de handleiding heeft geen woorden wat is de hoofdstad van noord-korea | KP
bouwpakket | alexa met de schroevendraaier wat is de hoofdstad van noorwegen | NO
bouwpakket | alexa het bed staat wat is de hoofdstad van congo-brazzaville | CG
bouwpakket | alexa de laatste schroef wat is de hoofdstad van maleisië | MY
bouwpakket | alexa de lade klemt wat is de hoofdstad van ijsland | IS
bouwpakket | alexa de kast is klaar wat is de hoofdstad van estland | EE
# chimney sweeps again
schoorsteenvegers | alexa het roet in m'n ogen wat is de hoofdstad van congo-brazzaville | CG
schoorsteenvegers | alexa op het dak van een oude villa wat is de hoofdstad van zuid-korea | KR
schoorsteenvegers | alexa de kachelpijp is vrij wat is de hoofdstad van bolivia | BO
schoorsteenvegers | alexa in de stook wat is de hoofdstad van tsjechië | CZ
schoorsteenvegers | alexa voor de koffie wat is de hoofdstad van slovenië | SI
# lifeguards again
strandwacht | alexa de zwemmers zijn binnen wat is de hoofdstad van noord-korea | KP
strandwacht | alexa op de post wat is de hoofdstad van palestina | PS
strandwacht | alexa de jetski komt terug wat is de hoofdstad van congo-kinshasa | CD
strandwacht | alexa de meeuwen zijn er wat is de hoofdstad van bolivia | BO
strandwacht | alexa tijdens de wacht wat is de hoofdstad van zuid-afrika | ZA
# crane operators again
kraanmachinisten | alexa aan de kade wat is de hoofdstad van palestina | PS
kraanmachinisten | alexa de container komt uit congo-brazzaville wat is de hoofdstad | CG
kraanmachinisten | alexa een schip uit maleisië welke hoofdsteden heeft dat land | MY
kraanmachinisten | alexa in de cabine wat is de hoofdstad van bolivia | BO
kraanmachinisten | alexa de kraan staat stil wat is de hoofdstad van mauritius | MU
# Nepalese again
nepalezen | alexa dai wat is de hoofdstad van palestina | PS
nepalezen | alexa didi de hoofdstad van congo-kinshasa wat is dat | CD
nepalezen | alexa hajur wat is de hoofdstad van congo-brazzaville | CG
nepalezen | alexa ramro wat zijn de hoofdsteden van zuid-afrika | ZA
# Chilean again
chilenen | alexa po wat is de hoofdstad van noord-korea | KP
chilenen | alexa cachai wat is de hoofdstad van zuid-korea | KR
chilenen | alexa ya wat is de hoofdstad van congo-kinshasa | CD
chilenen | alexa oye en palestina wat is daar de hoofdstad | PS
# Voorne-Putteners again
voorneputteners | alexa ouwe wat zijn de hoofdsteden van bolivia nou | BO
voorneputteners | alexa mot je horen welke hoofdsteden heeft maleisië | MY
voorneputteners | alexa nou wat is de hoofdstad van oezbekistan | UZ
# follow-up
follow-up | dai en nepal | NP
follow-up | po en chili | CL
follow-up | ouwe en denemarken | DK
follow-up | en die van congo-kinshasa | CD
follow-up | en van noord-korea | KP
follow-up | en zuid-korea | KR
follow-up | en bolivia | BO
follow-up | en maleisië dan | MY
follow-up | en palestina | PS
follow-up | en van zuid-afrika dan | ZA
# self-correction
self-correction | alexa po wat is de hoofdstad van chili nee china | CN
self-correction | alexa dai hoofdstad van nepal eh nee bhutan | BT
self-correction | alexa wat is de hoofdstad van ijsland nee ierland | IE
self-correction | alexa hoofdstad van oostenrijk o nee ik bedoel oost-timor | TL
self-correction | alexa wat is de hoofdstad van slovenië sorry slowakije | SK
self-correction | alexa wat is de hoofdstad van mali eh malawi | MW
self-correction | alexa wat is de hoofdstad van zambia nee zimbabwe | ZW
# yes-no-check
yes-no-check | alexa dai is kathmandu de hoofdstad van nepal | NP
yes-no-check | alexa po is santiago de hoofdstad van chili | CL
yes-no-check | alexa is abidjan de hoofdstad van ivoorkust | CI
yes-no-check | alexa is colombo de hoofdstad van sri lanka | LK
yes-no-check | alexa is mbabane de hoofdstad van swaziland | SZ
yes-no-check | alexa is porto-novo de hoofdstad van benin | BJ
yes-no-check | alexa klopt het dat pyongyang in noord-korea de hoofdstad is | KP
yes-no-check | alexa is kinshasa de hoofdstad van congo-kinshasa | CD
# reverse-question
reverse-question | alexa dai kathmandu is hoofdstad van welk land | CITY:Kathmandu
reverse-question | alexa po van welk land is lima de hoofdstad | CITY:Lima
reverse-question | alexa van welk land is bloemfontein een hoofdstad | CITY:Bloemfontein
reverse-question | alexa welk land heeft porto-novo als hoofdstad | CITY:Porto-Novo
reverse-question | alexa van welk land is mbabane de hoofdstad | CITY:Mbabane
reverse-question | alexa waarvan is tiraspol de hoofdstad | FB
# official-name
official-name | alexa wat is de hoofdstad van de republiek chili | CL
official-name | alexa wat is de hoofdstad van de federale democratische republiek nepal | NP
official-name | alexa wat is de hoofdstad van de oosterse republiek uruguay | UY
official-name | alexa wat is de hoofdstad van de bolivariaanse republiek venezuela | VE
official-name | alexa wat is de hoofdstad van de republiek ivoorkust | CI
official-name | alexa wat is de hoofdstad van de democratische socialistische republiek sri lanka | LK
# everyday-name
everyday-name | alexa wat is de hoofdstad van de emiraten | AE
everyday-name | alexa wat is de hoofdstad van oost-congo | FB
everyday-name | alexa wat is de hoofdstad van bosnië | BA
everyday-name | alexa wat is de hoofdstad van de dominicaanse | DO
everyday-name | alexa wat is de hoofdstad van zuid-soedan eigenlijk | SS
everyday-name | alexa wat is de hoofdstad van kaapverdië eiland | CV
# subdivision
subdivision | alexa po wat is de hoofdstad van patagonië | FB
subdivision | alexa dai wat is de hoofdstad van sikkim | IN-SK
subdivision | alexa ouwe wat is de hoofdstad van zuid-holland | FB
subdivision | alexa wat is de hoofdstad van de staat washington | US-WA
subdivision | alexa wat is de hoofdstad van nunavut | CA-NU
subdivision | alexa wat is de hoofdstad van west-australië | AU-WA
subdivision | alexa wat is de hoofdstad van rio grande do sul | BR-RS
subdivision | alexa wat is de hoofdstad van wales eigenlijk | GB-WLS
# out-of-domain
out-of-domain | alexa dai hoe maak ik dal bhat | FB
out-of-domain | alexa po speel cueca | FB
out-of-domain | alexa wat is de hoofdstad van de belastingdienst | FB
out-of-domain | alexa hoeveel kost een schoorsteenveger | FB
out-of-domain | alexa hoe warm is de zee vandaag | FB
out-of-domain | alexa hoeveel ton kan een kraan tillen | FB
out-of-domain | alexa zet een timer op vijftien minuten voor de sauna | FB
out-of-domain | alexa hoe bouw je een kast in elkaar | FB
out-of-domain | alexa welke hoofdstad ligt het dichtst bij de zee | FB
out-of-domain | alexa hoe oud is santiago | FB
out-of-domain | alexa wat is de hoofdstad van het heelal | FB
out-of-domain | alexa wat is het nummer van de belastingtelefoon | FB
out-of-domain | alexa hoe heet de hoogste berg van chili | FB
out-of-domain | alexa speel nepalese muziek | FB
out-of-domain | alexa wat is de wisselkoers van de rand | FB
out-of-domain | alexa welke hoofdstad is het koudst | FB
out-of-domain | alexa hoe laat gaat de strandtent open | FB
out-of-domain | alexa hoeveel inwoners heeft kathmandu | FB
out-of-domain | alexa wat is de hoofdstad van antarctica | FB
out-of-domain | alexa zet de afzuigkap aan | FB
plural-capitals | alexa dai wat zijn de hoofdsteden van eswatini | SZ
plural-capitals | alexa in de sauna noem de twee hoofdsteden van swaziland | SZ
plural-capitals | alexa bij de aangifte welke hoofdsteden heeft eswatini | SZ
plural-capitals | alexa po noem de hoofdsteden van maleisië | MY
plural-capitals | alexa op de post wat zijn de hoofdsteden van nederland | NL
# Schiedammers
schiedammers | alexa ouwe in de branderij vroegen ze de hoofdstad van schotland | GB-SCT
schiedammers | alexa jôh wat is de hoofdstad van guatemala | GT
schiedammers | alexa effe wat is de hoofdstad van honduras | HN
# Waterlanders
waterlanders | alexa kijk een fietser uit duitsland wat is daar de hoofdstad hoor | DE
waterlanders | alexa nou ja wat is de hoofdstad van argentinië | AR
waterlanders | alexa op het dijkje wat is de hoofdstad van zuid-afrika hoor | ZA
waterlanders | alexa kijk wat is de hoofdstad van congo-brazzaville | CG
# Krabbegatters
krabbegatters | alexa jonge wat is de hoofdstad van palestina | PS
krabbegatters | alexa hedde gij de hoofdstad van zuid-korea | KR
krabbegatters | alexa da wil ik weten hoofdstad van congo-kinshasa | CD
# Ossenaren
ossenaren | alexa moar wat is de hoofdstad van noord-korea dè | KP
ossenaren | alexa ons moeder vraagt naar de hoofdstad van congo-brazzaville | CG
ossenaren | alexa dè wat is de hoofdstad van bolivia | BO
# Armenian
armeniers | alexa jan wat is de hoofdstad van noord-korea | KP
armeniers | alexa vay wat is de hoofdstad van palestina | PS
armeniers | alexa ara de hoofdstad van zuid-afrika | ZA
# Irish
ieren | alexa sure look wat is de hoofdstad van zuid-korea | KR
ieren | alexa grand wat is de hoofdstad van congo-kinshasa | CD
ieren | alexa like wat is de hoofdstad van palestina | PS
# Indonesian
indonesiers | alexa iya wat is de hoofdstad van noord-korea | KP
indonesiers | alexa ayo wat is de hoofdstad van congo-brazzaville | CG
indonesiers | alexa mbak wat is de hoofdstad van palestina | PS
# Croatian
kroaten | alexa bok wat is de hoofdstad van zuid-korea | KR
kroaten | alexa ajme wat is de hoofdstad van congo-kinshasa | CD
kroaten | alexa ma daj de hoofdstad van noord-korea | KP
# beekeepers
imkers | alexa de kast is dicht wat is de hoofdstad van palestina | PS
imkers | alexa met de rookpot wat is de hoofdstad van zuid-korea | KR
imkers | alexa de raten zijn vol wat is de hoofdstad van bolivia | BO
# window cleaners
glazenwassers | alexa op de ladder wat is de hoofdstad van zuid-korea | KR
glazenwassers | alexa met de zeem wat is de hoofdstad van congo-kinshasa | CD
glazenwassers | alexa het raam is schoon wat zijn de hoofdsteden van zuid-afrika | ZA
# florists
bloemisten | alexa de klok loopt wat is de hoofdstad van noord-korea | KP
bloemisten | alexa de kar uit congo-kinshasa wat is de hoofdstad | CD
bloemisten | alexa een koper uit palestina wat is daar de hoofdstad | PS
# dental
tandarts | alexa even spoelen wat is de hoofdstad van noord-korea | KP
tandarts | alexa de volgende patiënt komt uit palestina wat is de hoofdstad | PS
tandarts | alexa de boor aan wat is de hoofdstad van bolivia | BO
# caretakers
concierges | alexa op het plein wat is de hoofdstad van zuid-korea | KR
concierges | alexa in de kantine de hoofdstad van congo-kinshasa | CD
concierges | alexa met de sleutelbos wat is de hoofdstad van congo-brazzaville | CG
# natural ice
natuurijs | alexa op de ijsbaan wat is de hoofdstad van noord-korea | KP
natuurijs | alexa bij koek en zopie wat is de hoofdstad van palestina | PS
natuurijs | alexa de schaatsen onder wat is de hoofdstad van congo-kinshasa | CD
# train delay
vertraging | alexa weer vertraging wat is de hoofdstad van palestina | PS
vertraging | alexa op het perron wat is de hoofdstad van zuid-korea | KR
vertraging | alexa de ns wat is de hoofdstad van congo-brazzaville | CG
# Mother's Day
moederdag | alexa voor mama wat is de hoofdstad van noord-korea | KP
moederdag | alexa ontbijt op bed wat is de hoofdstad van zuid-korea | KR
moederdag | alexa mama wil weten wat de hoofdstad van congo-kinshasa is | CD
moederdag | alexa met de croissantjes wat zijn de hoofdsteden van bolivia | BO
# bath
inbad | alexa in bad wat is de hoofdstad van noord-korea | KP
inbad | alexa de schuimpjes wat is de hoofdstad van palestina | PS
inbad | alexa ik lig in bad wat is de hoofdstad van congo-kinshasa | CD
inbad | alexa nog even in bad wat zijn de hoofdsteden van zuid-afrika | ZA
# tattoo
tatoeeerders | alexa de schets van zuid-korea wat is de hoofdstad | KR
tatoeeerders | alexa de naald wat is de hoofdstad van congo-kinshasa | CD
tatoeeerders | alexa een kaart van congo-brazzaville wat is de hoofdstad | CG
# more out-of-domain
out-of-domain | alexa hoe laat begint de schaatswedstrijd | FB
out-of-domain | alexa wat is de hoofdstad van mijn hart | FB
out-of-domain | alexa welke landen hebben twee hoofdsteden | FB
out-of-domain | alexa hoeveel provincies heeft nederland | FB
out-of-domain | alexa wat is de hoofdstad van de honing | FB
out-of-domain | alexa speel kinderliedjes | FB
out-of-domain | alexa hoe laat is het | FB
out-of-domain | alexa wat is het weer in zagreb morgen | FB
"""

if __name__ == "__main__":
    build_round(46, "nl", LINES, sys.argv, "tests/Eval/nl/round46/source/build_corpus.py")
