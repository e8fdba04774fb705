"""Round 43, Dutch (nl-NL): a new author's own mix, written blind at the start of the fifty-sixth session (brief
WRITER62.md). Speakers chosen apart from the groups of the Dutch round 42 (Zaankanters, Haarlemmers, Dordtenaren,
Kampenaren, Sallanders, Bollenstreek bulb growers, Vlaardingers and Maassluizers, Vietnamese, Portuguese, Spanish, Greek,
Nigerian, Korean and Egyptian speakers, remigranten, pigeon fanciers, interpreters, maritime pilots, birdwatchers,
scouting, an IT helpdesk, the GGD travel desk, marathon runners, the spreekbeurt, darts, Oranje at a World Cup,
oudejaarsavond, a dating app, a wedding, Echo Auto) and from the groups it says earlier rounds used (among them
Veluwnaren, Betuwnaren, Leidenaren, West-Friezen, Texelaars, Gooiers, Flevolanders, Groningers, Hagenaars, Tukkers,
Zeeuwen, Limburgers, Brabanders, Friezen, Flemish people, Rotterdammers, Amsterdammers, Utrechters; Iranian, Somali,
Filipino, Italian, Syrian, Eritrean, Moroccan, Turkish, Polish, Surinamese, Chinese, German and English speakers;
inburgering learners, kleuters, tieners, grandparents, school topografie, game night, cooking, holidays, Sinterklaas,
Koningsdag, quizzes): Westlanders of the glasshouses ("effe kijke", tomatoes, roses, export), Alkmaarders of the
kaasmarkt ("nou moe", "hoor", "zeg"), Den Helderaars of the navy harbour ("weet je"), Goereeërs of Goeree-Overflakkee
(church, onions, "zie", "hoe heet het ook weer"), Zoetermeerders (new town, ministries, Snowworld), Amersfoorters (the
Keistad, the zoo, the rail junction), Gorcumers of the rivers (barges, Loevestein, dikes); Kurdish Dutch ("ka", "bavo",
"dayê", "bash e"), Hungarian Dutch and Hungarian learners ("szia", "jó", "nagymama"), Bosnian Dutch ("ajde", "nana",
"jarane"), Pakistani Dutch ("acha", "yaar", "ammi", "abbu", "chalo"), Ethiopian Dutch ("ishi", "ere", "enaté"), Thai
Dutch ("kha", "khrap", "mae", "mai pen rai"), French expats ("bah", "bof", "voilà", "oh là là"), Erasmus students in a
taalcafé (learner Dutch); at work: garage mechanics, night office cleaners, construction workers in the keet, pharmacy
assistants, bookkeepers in tax season, estate agents; in hobbies and situations: geocachers, a 2000-piece world-map
jigsaw, moving day, a children's birthday party, a Sunday barbecue, sick on the couch, Christmas dinner.
Plus follow-ups, plural capitals, subdivisions and territories, yes/no checks, self-corrections, reverse questions,
official, everyday and old names, shared names, launch by the invocation name "hoofdsteden van de wereld", help, stop
and cancel in those speakers' words, and out-of-domain requests and near misses ("capital" in other senses, Dutch and
foreign regions the data does not hold).
`python3 tests/Eval/nl/round43/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 43's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Westlanders (glass horticulture, Naaldwijk, Monster, 's-Gravenzande): "kas", "tuinder", "effe kijke"
westlanders | alexa we exporteren tomaten naar {} wat is daar de hoofdstad | canada=CA; japan=JP; verenigde arabische emiraten=AE
westlanders | alexa de paprika's gaan morgen naar {} welke stad is daar hoofdstad | qatar=QA; koeweit=KW; saoedi-arabië=SA
westlanders | alexa in de kas werken jongens uit {} hoe heet hun hoofdstad | polen=PL; roemenië=RO; slowakije=SK
westlanders | alexa de orchideeën komen als stekjes uit {} wat is daar de hoofdstad | taiwan=TW; thailand=TH; maleisië=MY
westlanders | alexa effe kijke wat is de hoofdstad van {} | kenia=KE; ethiopië=ET; oeganda=UG
westlanders | alexa de rozenkwekers zitten tegenwoordig in {} wat is daar de hoofdstad | kenia=KE; ecuador=EC; colombia=CO
westlanders | alexa onze nieuwe klant komt uit {} wat is de hoofdstad daar | kazachstan=KZ; oezbekistan=UZ; azerbeidzjan=AZ
westlanders | alexa de tuinder naast ons bouwt een kas in {} wat is daar de hoofdstad | marokko=MA; algerije=DZ; tunesië=TN
westlanders | alexa wat is de hoofdstad van de provincie ontario want daar gaat de sla naartoe | CA-ON
westlanders | alexa de hoofdstad van de staat florida weet jij die | US-FL
# Alkmaarders (kaasmarkt, Waagplein, kaasdragers): "nou moe", "hoor", "zeg"
alkmaarders | alexa nou moe wat is de hoofdstad van {} | zweden=SE; ierland=IE; luxemburg=LU
alkmaarders | alexa op de kaasmarkt stonden toeristen uit {} wat is daar de hoofdstad hoor | japan=JP; zuid-korea=KR; chili=CL
alkmaarders | alexa de kaasdragers kregen bezoek uit {} zeg wat is daar de hoofdstad | argentinië=AR; uruguay=UY; brazilië=BR
alkmaarders | alexa onze kaas gaat per container naar {} wat is de hoofdstad van dat land | nigeria=NG; angola=AO; mozambique=MZ
alkmaarders | alexa bij de waag vroeg een meneer uit {} de weg wat is zijn hoofdstad | turkije=TR; cyprus=CY; georgië=GE
alkmaarders | alexa zeg weet jij de hoofdstad van {} | albanië=AL; noord-macedonië=MK; bosnië en herzegovina=BA
alkmaarders | alexa in de kaaswinkel hing een vlag van {} wat is daar de hoofdstad | zwitserland=CH; frankrijk=FR; duitsland=DE
alkmaarders | alexa wat is de hoofdstad van noord-holland is dat niet gewoon haarlem | FB
# Den Helderaars (the navy harbour, Texel ferry, Julianadorp): "juttersgat", "weet je"
den-helderaars | alexa de marine ligt nu bij {} weet je wat daar de hoofdstad is | bahrein=BH; djibouti=DJ; oman=OM
den-helderaars | alexa m'n zoon vaart op een fregat naar {} wat is daar de hoofdstad | curaçao=CW; aruba=AW; sint-maarten=SX
den-helderaars | alexa in het marinemuseum ligt een kanon uit {} wat is de hoofdstad van dat land | indonesië=ID; sri lanka=LK; suriname=SR
den-helderaars | alexa de mijnenjagers oefenen met schepen uit {} wat is daar de hoofdstad | noorwegen=NO; estland=EE; letland=LV
den-helderaars | alexa op het strand van julianadorp spoelde een fles aan uit {} wat is de hoofdstad daarvan | ijsland=IS; groenland=GL; faeröer=FO
den-helderaars | alexa weet je de hoofdstad van {} eigenlijk | malta=MT; monaco=MC; san marino=SM
den-helderaars | alexa wat is de hoofdstad van de falklandeilanden waar die oorlog was | FK
# Goereeërs (Goeree-Overflakkee, Middelharnis, Ouddorp, strict churches): "zie", "hoe heet het ook weer"
goereeers | alexa zie wat is toch de hoofdstad van {} | israël=IL; egypte=EG; jordanië=JO
goereeers | alexa de dominee preekte over {} hoe heet daar de hoofdstad | ethiopië=ET; libanon=LB; syrië=SY
goereeers | alexa onze kerk steunt een zendeling in {} wat is de hoofdstad van dat land | malawi=MW; zambia=ZM; papoea-nieuw-guinea=PG
goereeers | alexa in ouddorp zag ik een camper uit {} hoe heet het ook weer de hoofdstad | tsjechië=CZ; denemarken=DK; oostenrijk=AT
goereeers | alexa de uien van flakkee gaan naar {} wat is daar de hoofdstad | senegal=SN; ivoorkust=CI; guinee=GN
goereeers | alexa de windmolens bij middelharnis komen uit {} wat is de hoofdstad | denemarken=DK; spanje=ES; duitsland=DE
# Zoetermeerders (new town, Snowworld, the Stadshart, ministries nearby)
zoetermeerders | alexa mijn buurvrouw werkt op het ministerie en gaat naar {} wat is daar de hoofdstad | niger=NE; mali=ML; burkina faso=BF
zoetermeerders | alexa bij snowworld skiede een familie uit {} wat is daar de hoofdstad | andorra=AD; liechtenstein=LI; slovenië=SI
zoetermeerders | alexa in het stadshart zit een nieuw restaurant uit {} wat is de hoofdstad van dat land | peru=PE; eritrea=ER; nepal=NP
zoetermeerders | alexa mijn man pendelt naar den haag maar wat is de hoofdstad van {} | kroatië=HR; montenegro=ME; griekenland=GR
zoetermeerders | alexa de hoofdstad van nederland is toch amsterdam en niet den haag | NL
# Amersfoorters (Koppelpoort, Kei, the station junction)
amersfoorters | alexa de trein vanaf amersfoort gaat door naar {} wat is daar de hoofdstad | duitsland=DE; polen=PL; wit-rusland=BY
amersfoorters | alexa in de dierentuin van amersfoort zit een olifant uit {} welke stad is daar de hoofdstad | myanmar=MM; laos=LA; sri lanka=LK
amersfoorters | alexa bij de koppelpoort liep een groep uit {} wat is hun hoofdstad | mongolië=MN; bhutan=BT; nepal=NP
amersfoorters | alexa in de keistad woont een vriend uit {} wat is de hoofdstad van zijn land | gambia=GM; sierra leone=SL; liberia=LR
amersfoorters | alexa wat is de hoofdstad van utrecht de provincie | FB
# Gorinchemers and Rivierenlanders (Gorcum, Slot Loevestein, the rivers)
gorcumers | alexa in gorcum ligt een binnenvaartschip uit {} wat is daar de hoofdstad | belgië=BE; luxemburg=LU; frankrijk=FR
gorcumers | alexa op slot loevestein waren scholieren uit {} wat is hun hoofdstad | hongarije=HU; slowakije=SK; moldavië=MD
gorcumers | alexa ons waterbedrijf helpt in {} met dijken wat is daar de hoofdstad | bangladesh=BD; vietnam=VN; mozambique=MZ
gorcumers | alexa de rijn begint in {} wat is daar eigenlijk de hoofdstad | zwitserland=CH; liechtenstein=LI; oostenrijk=AT
# Kurdish Dutch families: "bavo" (dad), "dayê", "bash e", "ka"
koerdische-nederlanders | alexa ka wat is de hoofdstad van {} | irak=IQ; iran=IR; syrië=SY
koerdische-nederlanders | alexa bavo vraagt de hoofdstad van {} | turkije=TR; armenië=AM; azerbeidzjan=AZ
koerdische-nederlanders | alexa dayê wil weten welke stad de hoofdstad van {} is | duitsland=DE; zweden=SE; oostenrijk=AT
koerdische-nederlanders | alexa bash e en wat is de hoofdstad van {} | georgië=GE; libanon=LB; jordanië=JO
koerdische-nederlanders | alexa mijn oom woont in erbil maar wat is de hoofdstad van irak | IQ
koerdische-nederlanders | alexa ka zeg even de hoofdstad van koeweit | KW
# Hungarian Dutch and Hungarian learners: "szia", "jó", "nagymama", learner word order
hongaarse-nederlanders | alexa szia wat is de hoofdstad van {} | hongarije=HU; slowakije=SK; roemenië=RO
hongaarse-nederlanders | alexa nagymama vraagt hoofdstad van {} wat is | servië=RS; kroatië=HR; oekraïne=UA
hongaarse-nederlanders | alexa ik wil weten de hoofdstad van {} alsjeblieft | finland=FI; estland=EE; slovenië=SI
hongaarse-nederlanders | alexa jó en hoofdstad van {} welke stad | oostenrijk=AT; polen=PL; tsjechië=CZ
hongaarse-nederlanders | alexa wat is de hoofdstad van transsylvanië | FB
# Bosnian Dutch (families who came in the nineties): "ajde", "bona", "nana", "jarane"
bosnische-nederlanders | alexa ajde zeg de hoofdstad van {} | bosnië=BA; servië=RS; montenegro=ME
bosnische-nederlanders | alexa nana vraagt wat de hoofdstad van {} is | kroatië=HR; slovenië=SI; noord-macedonië=MK
bosnische-nederlanders | alexa jarane wat is de hoofdstad van {} | kosovo=XK; albanië=AL; bulgarije=BG
bosnische-nederlanders | alexa wij kwamen in drieënnegentig uit {} wat is daar de hoofdstad | bosnië en herzegovina=BA; joegoslavië=FB; kroatië=HR
bosnische-nederlanders | alexa is sarajevo de hoofdstad van bosnië | BA
bosnische-nederlanders | alexa wat is de hoofdstad van de republika srpska | FB
# Pakistani Dutch: "acha", "yaar", "ammi", "abbu", "chalo"
pakistaanse-nederlanders | alexa acha wat is de hoofdstad van {} | pakistan=PK; afghanistan=AF; iran=IR
pakistaanse-nederlanders | alexa yaar zeg eens de hoofdstad van {} | india=IN; bangladesh=BD; nepal=NP
pakistaanse-nederlanders | alexa ammi vraagt wat de hoofdstad van {} is | saoedi-arabië=SA; verenigde arabische emiraten=AE; qatar=QA
pakistaanse-nederlanders | alexa chalo nog eentje de hoofdstad van {} | malediven=MV; sri lanka=LK; oman=OM
pakistaanse-nederlanders | alexa abbu zegt dat karachi de hoofdstad van pakistan is klopt dat | PK
pakistaanse-nederlanders | alexa wat is de hoofdstad van punjab in india | IN-PB
pakistaanse-nederlanders | alexa wat is de hoofdstad van kasjmir | IN-JK
# Ethiopian Dutch: "ishi", "ere", "enaté"
ethiopische-nederlanders | alexa ishi wat is de hoofdstad van {} | ethiopië=ET; somalië=SO; soedan=SD
ethiopische-nederlanders | alexa ere hoe heet de hoofdstad van {} | zuid-soedan=SS; kenia=KE; djibouti=DJ
ethiopische-nederlanders | alexa enaté wil de hoofdstad van {} weten | jemen=YE; eritrea=ER; egypte=EG
ethiopische-nederlanders | alexa is addis abeba de hoofdstad van ethiopië of van de afrikaanse unie | ET
ethiopische-nederlanders | alexa onze koffie komt uit {} wat is daar de hoofdstad | ethiopië=ET; rwanda=RW; burundi=BI
# Thai Dutch: "na", "kha", "khrap", "mae", "mai pen rai"
thaise-nederlanders | alexa wat is de hoofdstad van {} kha | thailand=TH; cambodja=KH; laos=LA
thaise-nederlanders | alexa mae vraagt hoofdstad van {} na | myanmar=MM; vietnam=VN; maleisië=MY
thaise-nederlanders | alexa khrap wat is hoofdstad van {} | singapore=SG; brunei=BN; filipijnen=PH
thaise-nederlanders | alexa mai pen rai zeg maar de hoofdstad van {} | oost-timor=TL; indonesië=ID; taiwan=TW
thaise-nederlanders | alexa is bangkok de hoofdstad van thailand kha | TH
# French expats in Amsterdam and Den Haag: "bof", "bah", "voilà", "oh là là", learner Dutch
franse-expats | alexa bah wat is de hoofdstad van {} | belgië=BE; luxemburg=LU; zwitserland=CH
franse-expats | alexa oh là là ik vergeet de hoofdstad van {} | madagaskar=MG; mauritius=MU; seychellen=SC
franse-expats | alexa voilà en de hoofdstad van {} is welke | comoren=KM; gabon=GA; kameroen=CM
franse-expats | alexa bof ik weet niet meer de hoofdstad van {} | haïti=HT; congo-brazzaville=CG; centraal-afrikaanse republiek=CF
franse-expats | alexa wat is de hoofdstad van de réunion | RE
franse-expats | alexa de hoofdstad van martinique alsjeblieft | MQ
franse-expats | alexa en de hoofdstad van guadeloupe is dat pointe-à-pitre | GP
franse-expats | alexa wat is de hoofdstad van frans-guyana | GF
franse-expats | alexa hoe heet de hoofdstad van nieuw-caledonië | NC
# garage mechanics (radio on in the werkplaats): "ff", "maat"
garagemonteurs | alexa ff tussendoor wat is de hoofdstad van {} | japan=JP; zuid-korea=KR; duitsland=DE
garagemonteurs | alexa die onderdelen komen uit {} maat wat is daar de hoofdstad | tsjechië=CZ; slowakije=SK; hongarije=HU
garagemonteurs | alexa er staat een auto met een kenteken uit {} in de werkplaats wat is daar de hoofdstad | litouwen=LT; bulgarije=BG; oekraïne=UA
garagemonteurs | alexa de klant met de pick-up komt uit {} wat is daar de hoofdstad | texas=US-TX; alberta=CA-AB; queensland=AU-QLD
garagemonteurs | alexa wat is de hoofdstad van de staat michigan waar ze vroeger auto's maakten | US-MI
# night office cleaners: quiet building, talking to the Echo in the pantry
schoonmakers | alexa wij zijn hier met z'n vieren uit {} wat is daar de hoofdstad | ghana=GH; nigeria=NG; togo=TG
schoonmakers | alexa mijn collega komt uit {} zeg even de hoofdstad | kaapverdië=CV; guinee-bissau=GW; sao tomé en principe=ST
schoonmakers | alexa het is drie uur 's nachts wat is de hoofdstad van {} | dominicaanse republiek=DO; cuba=CU; venezuela=VE
schoonmakers | alexa op dit bureau staat een vlaggetje van {} wat is daar de hoofdstad | nieuw-zeeland=NZ; australië=AU; ierland=IE
# construction workers (radio on the site, keet at lunch)
bouwvakkers | alexa in de keet zitten gasten uit {} wat is daar de hoofdstad | portugal=PT; polen=PL; litouwen=LT
bouwvakkers | alexa de kraan komt uit {} welke stad is daar hoofdstad | finland=FI; italië=IT; zweden=SE
bouwvakkers | alexa de baas bouwt een hotel in {} wat is de hoofdstad | qatar=QA; bahrein=BH; oman=OM
bouwvakkers | alexa de steigerbouwer komt uit {} wat is daar de hoofdstad | turkije=TR; marokko=MA; roemenië=RO
bouwvakkers | alexa wat is de hoofdstad van beieren daar komt die graafmachine vandaan | DE-BY
# pharmacy assistants (apotheek, medicines from abroad)
apothekersassistenten | alexa dit medicijn wordt gemaakt in {} wat is daar de hoofdstad | india=IN; ierland=IE; belgië=BE
apothekersassistenten | alexa een klant gaat op reis naar {} en vraagt naar malariapillen wat is daar de hoofdstad | tanzania=TZ; malawi=MW; mozambique=MZ
apothekersassistenten | alexa deze pleisters komen uit {} wat is de hoofdstad daarvan | zwitserland=CH; denemarken=DK; israël=IL
apothekersassistenten | alexa een toerist uit {} vroeg om paracetamol wat is daar de hoofdstad | amerika=US; canada=CA; mexico=MX
# bookkeepers in tax season (clients with foreign income)
boekhouders | alexa deze klant heeft een bedrijf in {} wat is daar de hoofdstad | luxemburg=LU; cyprus=CY; malta=MT
boekhouders | alexa de factuur komt uit {} wat is de hoofdstad van dat land | singapore=SG; hongkong=HK; ierland=IE
boekhouders | alexa een klant heeft een pensioen uit {} welke stad is daar de hoofdstad | nieuw-zeeland=NZ; zuid-afrika=ZA; australië=AU
boekhouders | alexa de holding zit op {} wat is daar de hoofdstad | jersey=JE; guernsey=GG; het eiland man=IM
boekhouders | alexa wat is de hoofdstad van de kaaimaneilanden | KY
boekhouders | alexa de hoofdstad van de britse maagdeneilanden graag | VG
# estate agents (buyers from abroad)
makelaars | alexa de kopers van dit huis komen uit {} wat is daar de hoofdstad | zuid-afrika=ZA; brazilië=BR; argentinië=AR
makelaars | alexa een expat uit {} zoekt een appartement wat is daar de hoofdstad | india=IN; china=CN; japan=JP
makelaars | alexa ik verkoop een vakantiehuis in {} wat is de hoofdstad daar | spanje=ES; frankrijk=FR; portugal=PT
makelaars | alexa een klant verhuist naar {} in australië wat is daar de hoofdstad | victoria=AU-VIC; tasmanië=AU-TAS; west-australië=AU-WA
# geocachers
geocachers | alexa de cache van vandaag is een travelbug uit {} wat is daar de hoofdstad | tsjechië=CZ; estland=EE; slovenië=SI
geocachers | alexa de coördinaten wijzen naar de hoofdstad van {} welke is dat | finland=FI; ijsland=IS; noorwegen=NO
geocachers | alexa een geocoin reisde via {} wat is de hoofdstad van dat land | bhutan=BT; mongolië=MN; kirgizië=KG
geocachers | alexa voor de puzzelcache moet ik de hoofdstad van {} weten | vanuatu=VU; kiribati=KI; salomonseilanden=SB
geocachers | alexa de multicache vraagt de hoofdstad van {} | tonga=TO; fiji=FJ; samoa=WS
# jigsaw puzzlers (a 2000-piece world map on a rainy Sunday)
legpuzzelaars | alexa ik heb het stukje van {} gevonden wat is daar de hoofdstad | paraguay=PY; bolivia=BO; uruguay=UY
legpuzzelaars | alexa er ontbreekt een stukje bij {} wat is daar de hoofdstad ook alweer | suriname=SR; guyana=GY; belize=BZ
legpuzzelaars | alexa op de puzzel staat een stipje in {} welke hoofdstad is dat | trinidad en tobago=TT; barbados=BB; grenada=GD
legpuzzelaars | alexa op de puzzel is {} piepklein wat is de hoofdstad | saint lucia=LC; dominica=DM; antigua en barbuda=AG
legpuzzelaars | alexa de hoofdstad van {} staat er niet op welke is het | saint vincent en de grenadines=VC; saint kitts en nevis=KN; de bahama's=BS
legpuzzelaars | alexa bij {} staat geen hoofdstad op de puzzel hoe heet die | marshalleilanden=MH; micronesië=FM; palau=PW
legpuzzelaars | alexa welke stad is de hoofdstad van {} op mijn puzzel staat niks | nauru=NR; tuvalu=TV; kiribati=KI
# moving day (verhuisdag): boxes, the Echo still plugged in
verhuisdag | alexa terwijl we dozen sjouwen wat is de hoofdstad van {} | rwanda=RW; burundi=BI; oeganda=UG
verhuisdag | alexa de verhuizers komen uit {} wat is daar de hoofdstad | albanië=AL; moldavië=MD; georgië=GE
verhuisdag | alexa in deze doos zit een souvenir uit {} wat is daar de hoofdstad | marokko=MA; egypte=EG; tunesië=TN
verhuisdag | alexa de vorige bewoners vertrokken naar {} wat is daar de hoofdstad | nieuw-zeeland=NZ; canada=CA; chili=CL
# a children's birthday party (kinderfeestje): a quiz game for eight-year-olds
kinderfeestje | alexa de kinderen willen weten wat de hoofdstad van {} is | frankrijk=FR; engeland=GB-ENG; italië=IT
kinderfeestje | alexa wie het eerst de hoofdstad van {} weet krijgt een snoepje | spanje=ES; griekenland=GR; egypte=EG
kinderfeestje | alexa de jarige wil de hoofdstad van {} weten | australië=AU; brazilië=BR; china=CN
kinderfeestje | alexa een kind vraagt wat de hoofdstad van {} is | de noordpool=FB; antarctica=AQ; hawaï=US-HI
# a Sunday barbecue in the garden
barbecue | alexa terwijl het vlees op de barbecue ligt wat is de hoofdstad van {} | argentinië=AR; zuid-afrika=ZA; uruguay=UY
barbecue | alexa de wijn komt uit {} wat is daar de hoofdstad | chili=CL; nieuw-zeeland=NZ; georgië=GE
barbecue | alexa de zwager beweert dat de hoofdstad van {} een andere is wat is het | turkije=TR; australië=AU; canada=CA
barbecue | alexa de buurman grilt als in {} wat is daar de hoofdstad | jamaica=JM; brazilië=BR; zuid-korea=KR
# sick on the couch (ziek op de bank) with the Echo
ziek-op-de-bank | alexa ik lig ziek op de bank vertel me de hoofdstad van {} | noorwegen=NO; ijsland=IS; ierland=IE
ziek-op-de-bank | alexa ik verveel me met griep wat is de hoofdstad van {} | mauritanië=MR; marokko=MA; libië=LY
ziek-op-de-bank | alexa ik kijk een documentaire over {} wat is daar de hoofdstad | madagaskar=MG; papoea-nieuw-guinea=PG; bhutan=BT
ziek-op-de-bank | alexa hatsjoe sorry wat is de hoofdstad van {} | equatoriaal-guinea=GQ; tsjaad=TD; niger=NE
# Christmas dinner (kerstdiner) with the family
kerstdiner | alexa oom zegt dat de hoofdstad van {} een andere is dan ik denk welke is het | australië=AU; brazilië=BR; turkije=TR
kerstdiner | alexa tussen het voorgerecht en de hoofdgang wat is de hoofdstad van {} | zimbabwe=ZW; botswana=BW; namibië=NA
kerstdiner | alexa de kerstboom komt uit {} wat is de hoofdstad daarvan | denemarken=DK; noorwegen=NO; finland=FI
kerstdiner | alexa oma vraagt waar de kerstman woont en wat is de hoofdstad van lapland | FB
kerstdiner | alexa de kalkoen komt uit {} wat is daar de hoofdstad | frankrijk=FR; hongarije=HU; polen=PL
# Erasmus students learning Dutch (lessons in a language café)
taalcafe | alexa hoofdstad van {} is wat | spanje=ES; italië=IT; portugal=PT
taalcafe | alexa ik leer nederlands wat is de hoofdstad van {} | griekenland=GR; cyprus=CY; malta=MT
taalcafe | alexa hoe zeg je de hoofdstad van {} in het nederlands | oostenrijk=AT; zwitserland=CH; belgië=BE
taalcafe | alexa ik kom van {} wat is mijn hoofdstad | kazachstan=KZ; turkmenistan=TM; tadzjikistan=TJ
taalcafe | alexa wat is de hoofdstad van de vereinigde staten | US
# follow-up: a second question in the same conversation
follow-up | oké en {} | gabon=GA; kameroen=CM; tsjaad=TD
follow-up | en dan {} | mauritanië=MR; senegal=SN; gambia=GM
follow-up | hè en {} dan | sierra leone=SL; liberia=LR; guinee=GN
follow-up | ja en die van {} | bosnië=BA; kosovo=XK; albanië=AL
follow-up | top en van {} | nicaragua=NI; honduras=HN; el salvador=SV
follow-up | goed zo en de hoofdstad van {} | belize=BZ; guatemala=GT; costa rica=CR
follow-up | en het land ernaast {} | panama=PA; colombia=CO; venezuela=VE
follow-up | alexa en {} | brunei=BN; oost-timor=TL; filipijnen=PH
follow-up | alexa dan nog {} | libië=LY; soedan=SD; zuid-soedan=SS
follow-up | nee wacht {} bedoel ik | comoren=KM; seychellen=SC; malediven=MV
follow-up | en wat was die van {} ook alweer | lesotho=LS; eswatini=SZ; botswana=BW
follow-up | super en nu {} | irak=IQ; iran=IR; afghanistan=AF
follow-up | en van {} in duitsland | saksen=DE-SN; thüringen=DE-TH; hessen=DE-HE
follow-up | en de staat {} dan | arizona=US-AZ; nevada=US-NV; utah=US-UT
follow-up | en in mexico {} | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
follow-up | en bij ons in het koninkrijk {} | aruba=AW; curaçao=CW; sint-maarten=SX
# plural-capitals: the several-capital countries asked in the plural
plural-capitals | alexa wat zijn de hoofdsteden van {} ook alweer | benin=BJ; bolivia=BO; ivoorkust=CI
plural-capitals | alexa welke hoofdsteden hoort {} te hebben | sri lanka=LK; maleisië=MY; nederland=NL
plural-capitals | alexa zeg me de hoofdsteden van {} | eswatini=SZ; zuid-afrika=ZA; palestina=PS
plural-capitals | alexa {} heeft meerdere hoofdsteden welke | benin=BJ; bolivia=BO; zuid-afrika=ZA
plural-capitals | alexa welke zijn de hoofdsteden van {} | ivoorkust=CI; sri lanka=LK; maleisië=MY
plural-capitals | alexa de hoofdsteden van {} graag | nederland=NL; eswatini=SZ; palestina=PS
plural-capitals | alexa volgens de juf heeft {} twee hoofdsteden welke zijn dat | bolivia=BO; benin=BJ; ivoorkust=CI
plural-capitals | alexa wat zijn de hoofdsteden van {} de regeringsstad en de andere | sri lanka=LK; maleisië=MY; zuid-afrika=ZA
plural-capitals | alexa welke steden zijn de hoofdsteden van {} | eswatini=SZ; palestina=PS; nederland=NL
plural-capitals | alexa noem eens alle hoofdsteden van {} | zuid-afrika=ZA; benin=BJ; bolivia=BO
plural-capitals | alexa wat zijn de hoofdsteden van côte d'ivoire | CI
plural-capitals | alexa wat zijn de hoofdsteden van het land swaziland | SZ
plural-capitals | alexa pretoria kaapstad en bloemfontein zijn dat de hoofdsteden van zuid-afrika | ZA
plural-capitals | alexa wat zijn de hoofdsteden van de palestijnse gebieden | PS
plural-capitals | alexa kuala lumpur en putrajaya zijn dat de hoofdsteden van maleisië | MY
plural-capitals | alexa wat zijn de hoofdsteden van jammu en kasjmir | IN-JK
# subdivision: states, provinces and nations
subdivision | alexa wat is de hoofdstad van de staat {} | minnesota=US-MN; wisconsin=US-WI; iowa=US-IA
subdivision | alexa wat is de hoofdstad van {} in amerika | kentucky=US-KY; tennessee=US-TN; alabama=US-AL
subdivision | alexa welke stad is de hoofdstad van {} | californië=US-CA; new york=US-NY; washington de staat=US-WA
subdivision | alexa de hoofdstad van de amerikaanse staat {} | oregon=US-OR; colorado=US-CO; new mexico=US-NM
subdivision | alexa wat is de hoofdstad van {} in de vs | georgia=US-GA; south carolina=US-SC; north carolina=US-NC
subdivision | alexa hoofdstad van de staat {} alsjeblieft | vermont=US-VT; maine=US-ME; new hampshire=US-NH
subdivision | alexa wat is de hoofdstad van {} in amerika eigenlijk | louisiana=US-LA; mississippi=US-MS; arkansas=US-AR
subdivision | alexa wat is de hoofdstad van de staat {} in amerika | pennsylvania=US-PA; virginia=US-VA; west virginia=US-WV
subdivision | alexa wat is de hoofdstad van {} in de verenigde staten | alaska=US-AK; hawaï=US-HI; oklahoma=US-OK
subdivision | alexa welke stad is hoofdstad van de staat {} | kansas=US-KS; nebraska=US-NE; missouri=US-MO
subdivision | alexa wat is de hoofdstad van {} in amerika ook weer | north dakota=US-ND; south dakota=US-SD; indiana=US-IN
subdivision | alexa de hoofdstad van de staat {} is welke stad | maryland=US-MD; delaware=US-DE; connecticut=US-CT
subdivision | alexa wat is de hoofdstad van rhode island | US-RI
subdivision | alexa wat is de hoofdstad van illinois is dat chicago | US-IL
subdivision | alexa wat is de hoofdstad van de canadese provincie {} | manitoba=CA-MB; saskatchewan=CA-SK; brits-columbia=CA-BC
subdivision | alexa hoofdstad van {} in canada | quebec=CA-QC; prins edwardeiland=CA-PE; yukon=CA-YT
subdivision | alexa wat is de hoofdstad van {} in het noorden van canada | nunavut=CA-NU; de northwest territories=CA-NT; yukon het territorium=CA-YT
subdivision | alexa wat is de hoofdstad van newfoundland en labrador | CA-NL
subdivision | alexa wat is de hoofdstad van de australische staat {} | nieuw-zuid-wales=AU-NSW; zuid-australië=AU-SA; queensland=AU-QLD
subdivision | alexa wat is de hoofdstad van het noordelijk territorium in australië | AU-NT
subdivision | alexa welke stad is de hoofdstad van de deelstaat {} | brandenburg=DE-BB; saarland=DE-SL; rijnland-palts=DE-RP
subdivision | alexa wat is de hoofdstad van {} in duitsland | noordrijn-westfalen=DE-NW; baden-württemberg=DE-BW; mecklenburg-voor-pommeren=DE-MV
subdivision | alexa en de hoofdstad van saksen-anhalt | DE-ST
subdivision | alexa wat is de hoofdstad van de indiase staat {} | rajasthan=IN-RJ; gujarat=IN-GJ; maharashtra=IN-MH
subdivision | alexa hoofdstad van {} in india graag | tamil nadu=IN-TN; karnataka=IN-KA; telangana=IN-TS
subdivision | alexa wat is de hoofdstad van {} in india | west-bengalen=IN-WB; bihar=IN-BR; uttar pradesh=IN-UP
subdivision | alexa wat is de hoofdstad van de indiase staat odisha | IN-OD
subdivision | alexa wat is de hoofdstad van de braziliaanse deelstaat {} | bahia=BR-BA; minas gerais=BR-MG; amazonas=BR-AM
subdivision | alexa wat is de hoofdstad van {} in brazilië | rio grande do sul=BR-RS; santa catarina=BR-SC; são paulo de staat=BR-SP
subdivision | alexa de hoofdstad van de staat {} in brazilië | pará=BR-PA; goiás=BR-GO; maranhão=BR-MA
subdivision | alexa wat is de hoofdstad van de mexicaanse staat {} | chihuahua=MX-CHH; sonora=MX-SON; chiapas=MX-CHP
subdivision | alexa hoofdstad van {} in mexico | quintana roo=MX-ROO; baja california=MX-BCN; veracruz=MX-VER
subdivision | alexa wat is de hoofdstad van nuevo león | MX-NLE
subdivision | alexa wat is de hoofdstad van {} van het verenigd koninkrijk | schotland=GB-SCT; wales=GB-WLS; noord-ierland=GB-NIR
subdivision | alexa wat is de hoofdstad van groenland | GL
subdivision | alexa wat is de hoofdstad van de faeröer eilanden | FO
subdivision | alexa wat is de hoofdstad van puerto rico | PR
subdivision | alexa wat is de hoofdstad van {} het eiland | bonaire=BQ; guam=GU; bermuda=BM
subdivision | alexa wat is de hoofdstad van {} in de stille oceaan | frans-polynesië=PF; de cookeilanden=CK; niue=NU
subdivision | alexa hoofdstad van {} de eilanden | åland=AX; de turks en caicoseilanden=TC; de noordelijke marianen=MP
subdivision | alexa wat is de hoofdstad van sint-helena | SH
subdivision | alexa wat is de hoofdstad van gibraltar | GI
subdivision | alexa wat is de hoofdstad van mayotte | YT
subdivision | alexa wat is de hoofdstad van de westelijke sahara | EH
subdivision | alexa wat is de hoofdstad van spitsbergen | SJ
subdivision | alexa wat is de hoofdstad van de andamanen en nicobaren | IN-AN
subdivision | alexa wat is de hoofdstad van ladakh | IN-LA
subdivision | alexa wat is de hoofdstad van montserrat | MS
subdivision | alexa wat is de hoofdstad van anguilla | AI
# yes-no-check
yes-no-check | alexa klopt het dat {} | ankara de hoofdstad van turkije is=TR; canberra de hoofdstad van australië is=AU; ottawa de hoofdstad van canada is=CA
yes-no-check | alexa is {} | rio de janeiro de hoofdstad van brazilië=BR; lagos de hoofdstad van nigeria=NG; almaty de hoofdstad van kazachstan=KZ
yes-no-check | alexa is het waar dat {} | bern de hoofdstad van zwitserland is=CH; wellington de hoofdstad van nieuw-zeeland is=NZ; yamoussoukro de hoofdstad van ivoorkust is=CI
yes-no-check | alexa ik dacht dat {} klopt dat | zürich de hoofdstad van zwitserland was=CH; istanbul de hoofdstad van turkije was=TR; sydney de hoofdstad van australië was=AU
yes-no-check | alexa {} toch | dar es salaam is de hoofdstad van tanzania=TZ; abuja is de hoofdstad van nigeria=NG; naypyidaw is de hoofdstad van myanmar=MM
yes-no-check | alexa is {} nog steeds de hoofdstad | jakarta=CITY:jakarta; ottawa=CITY:ottawa; astana=CITY:astana
yes-no-check | alexa heeft {} echt een hoofdstad | vaticaanstad=VA; monaco=MC; antarctica=AQ
yes-no-check | alexa is casablanca de hoofdstad van marokko of niet | MA
yes-no-check | alexa is new york de hoofdstad van amerika | US
# self-correction
self-correction | alexa wat is de hoofdstad van {} eigenlijk | oostenrijk nee australië=AU; slowakije eh slovenië=SI; zweden ik bedoel zwitserland=CH
self-correction | alexa de hoofdstad van {} | nigeria nee niger=NE; guinee sorry guinee-bissau=GW; iran nee irak=IQ
self-correction | alexa zeg de hoofdstad van {} | letland of nee litouwen=LT; mali eh malawi=MW; gambia nee zambia=ZM
self-correction | alexa welke stad is ook alweer de hoofdstad van {} | colombia nee wacht cambodja=KH; paraguay nee uruguay=UY; dominica nee de dominicaanse republiek=DO
self-correction | alexa wat is de hoofdstad van {} bedoel ik | armenië nee albanië=AL; mongolië eh moldavië=MD; oeganda nee rwanda=RW
self-correction | alexa hoofdstad van {} graag | tsjechië nee slowakije=SK; noorwegen nee denemarken=DK; kroatië eh servië=RS
self-correction | alexa wat is de hoofdstad van eh van eh nou ja van japan | JP
self-correction | alexa wat is de hoofdstad van canada eh nee van de provincie alberta | CA-AB
self-correction | alexa wat is de hoofdstad van oostenrijk of duitsland ik bedoel duitsland | DE
# reverse-question: which country has this capital
reverse-question | alexa van welk land is {} de hoofdstad | nairobi=KE; lima=PE; hanoi=VN
reverse-question | alexa {} is de hoofdstad van welk land | ouagadougou=BF; tbilisi=GE; windhoek=NA
reverse-question | alexa waar is {} de hoofdstad van | asmara=ER; bisjkek=KG; paramaribo=SR
reverse-question | alexa welk land heeft {} als hoofdstad | ulaanbaatar=MN; thimphu=BT; vientiane=LA
reverse-question | alexa van welk land is {} eigenlijk de hoofdstad | kingston=CITY:kingston; victoria=CITY:victoria; georgetown=CITY:georgetown
reverse-question | alexa in welk land ligt de hoofdstad {} | tirana=AL; skopje=MK; chisinau=MD
reverse-question | alexa welke staat heeft {} als hoofdstad | sacramento=US-CA; albany=US-NY; tallahassee=US-FL
reverse-question | alexa van welke deelstaat is {} de hoofdstad | wiesbaden=DE-HE; hannover=DE-NI; stuttgart=DE-BW
reverse-question | alexa van welk land is port moresby de hoofdstad | PG
# official-name
official-name | alexa wat is de hoofdstad van {} officieel | de republiek korea=KR; de democratische volksrepubliek korea=KP; de russische federatie=RU
official-name | alexa wat is de hoofdstad van de {} precies | volksrepubliek china=CN; islamitische republiek iran=IR; arabische republiek egypte=EG
official-name | alexa hoofdstad van het {} | koninkrijk der nederlanden=NL; verenigd koninkrijk van groot-brittannië en noord-ierland=GB; koninkrijk belgië=BE
official-name | alexa wat is de hoofdstad van de {} ook weer | democratische republiek congo=CD; republiek congo=CG; federale republiek duitsland=DE
official-name | alexa de hoofdstad van de {} graag | republiek der unie van myanmar=MM; socialistische republiek vietnam=VN; lao democratische volksrepubliek=LA
official-name | alexa weet jij de hoofdstad van de {} | verenigde republiek tanzania=TZ; republiek tsjechië=CZ; federale democratische republiek ethiopië=ET
official-name | alexa wat is de hoofdstad van de federatie van {} | bosnië en herzegovina=BA; saint kitts en nevis=KN; micronesië=FM
official-name | alexa wat is de hoofdstad van het groothertogdom luxemburg | LU
official-name | alexa wat is de hoofdstad van de republiek cabo verde | CV
official-name | alexa wat is de hoofdstad van de oostelijke republiek uruguay | UY
official-name | alexa wat is de hoofdstad van de plurinationale staat bolivia | BO
official-name | alexa wat is de hoofdstad van het hasjemitisch koninkrijk jordanië | JO
# everyday-name
everyday-name | alexa wat is nou de hoofdstad van {} | amerika=US; engeland=GB-ENG; holland=NL
everyday-name | alexa wat is de hoofdstad van {} ook alweer | de states=US; groot-brittannië=GB; rusland=RU
everyday-name | alexa hoofdstad van {} welke stad | zuid-korea=KR; noord-korea=KP; de emiraten=AE
everyday-name | alexa wat is de hoofdstad van {} nou | tsjechië=CZ; wit-rusland=BY; birma=MM
everyday-name | alexa wat is de hoofdstad van {} tegenwoordig | swaziland=SZ; ceylon=LK; perzië=IR
everyday-name | alexa de hoofdstad van {} welke is dat | oost-timor=TL; kaapverdië=CV; de centraal-afrikaanse republiek=CF
everyday-name | alexa wat is de hoofdstad van {} in het engels | turkey=TR; ivory coast=CI; the netherlands=NL
everyday-name | alexa wat is de hoofdstad van het vk | GB
everyday-name | alexa wat is de hoofdstad van congo-kinshasa | CD
everyday-name | alexa wat is de hoofdstad van de vs | US
# shared-name: one name for several places
shared-name | alexa wat is eigenlijk de hoofdstad van {} | georgia=GE+US-GA; congo=CD+CG; samoa=AS+WS
shared-name | alexa wat is de hoofdstad van {} ook weer | de twee congo's=CD+CG; beide korea's=KP+KR; de maagdeneilanden=VG+VI
shared-name | alexa wat is de hoofdstad van {} precies | guinee=GN; washington=US-WA; mexico=MX
shared-name | alexa wat is de hoofdstad van {} dan | sint-maarten het hele eiland=MF+SX; soedan en zuid-soedan=SD+SS; niger en nigeria=NE+NG
shared-name | alexa wat is de hoofdstad van new york de staat | US-NY
shared-name | alexa wat is de hoofdstad van georgia het land in de kaukasus | GE
shared-name | alexa wat is de hoofdstad van georgia in amerika | US-GA
shared-name | alexa wat is de hoofdstad van samoa het onafhankelijke land | WS
shared-name | alexa wat is de hoofdstad van amerikaans-samoa | AS
shared-name | alexa wat is de hoofdstad van de amerikaanse maagdeneilanden | VI
# launch: opening the skill by its invocation name
launch | alexa open hoofdsteden van de wereld | LAUNCH
launch | alexa start hoofdsteden van de wereld | LAUNCH
launch | alexa open de skill hoofdsteden van de wereld | LAUNCH
launch | alexa start de skill hoofdsteden van de wereld op | LAUNCH
launch | alexa speel hoofdsteden van de wereld | LAUNCH
launch | alexa doe hoofdsteden van de wereld | LAUNCH
launch | alexa zet hoofdsteden van de wereld aan | LAUNCH
launch | alexa open hoofdsteden van de wereld alsjeblieft | LAUNCH
launch | alexa wil je hoofdsteden van de wereld openen | LAUNCH
launch | alexa kun je hoofdsteden van de wereld starten | LAUNCH
launch | alexa ik wil hoofdsteden van de wereld | LAUNCH
launch | alexa ik wil hoofdsteden van de wereld spelen | LAUNCH
launch | alexa laten we hoofdsteden van de wereld doen | LAUNCH
launch | alexa hoofdsteden van de wereld openen | LAUNCH
launch | alexa hoofdsteden van de wereld starten graag | LAUNCH
launch | alexa ff hoofdsteden van de wereld openen | LAUNCH
launch | alexa open even hoofdsteden van de wereld voor de kinderen | LAUNCH
launch | alexa start hoofdsteden van de wereld voor het kinderfeestje | LAUNCH
launch | alexa ajde open hoofdsteden van de wereld | LAUNCH
launch | alexa acha start hoofdsteden van de wereld | LAUNCH
launch | alexa szia open hoofdsteden van de wereld | LAUNCH
launch | alexa nou moe open nou eens hoofdsteden van de wereld | LAUNCH
launch | alexa open de app hoofdsteden van de wereld | LAUNCH
launch | alexa activeer hoofdsteden van de wereld | LAUNCH
launch | alexa begin met hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden van de wereld en vraag de hoofdstad van peru | PE
launch | alexa vraag hoofdsteden van de wereld wat de hoofdstad van chili is | CL
launch | alexa vraag aan hoofdsteden van de wereld wat de hoofdstad van ghana is | GH
launch | alexa vraag hoofdsteden van de wereld naar de hoofdstad van bhutan | BT
launch | alexa ga naar hoofdsteden van de wereld | LAUNCH
launch | alexa hoofdsteden van de wereld | LAUNCH
# help
help | help | HELP
help | alexa help me even | HELP
help | hoe werkt dit nou | HELP
help | wat kan ik hier allemaal vragen | HELP
help | wat moet ik zeggen | HELP
help | ik snap het niet | HELP
help | ik snap er niks van help | HELP
help | wat kun je allemaal | HELP
help | hoe gaat dit spel | HELP
help | leg eens uit hoe het werkt | HELP
help | wat zijn de regels | HELP
help | hoe vraag ik een hoofdstad | HELP
help | hoe moet dit | HELP
help | geef eens een voorbeeld | HELP
help | wat kan ik vragen aan deze skill | HELP
help | help alsjeblieft | HELP
help | hulp | HELP
help | ik heb hulp nodig | HELP
help | uitleg graag | HELP
help | wat doet deze skill eigenlijk | HELP
help | hoe werkt hoofdsteden van de wereld | HELP
help | alexa hoe werkt deze app | HELP
help | nou moe hoe werkt dit | HELP
help | ajde hoe werkt het | HELP
help | yaar hoe werkt dit | HELP
help | ik leer nederlands hoe werkt dit | HELP
help | bah ik begrijp het niet hoe moet het | HELP
help | ka wat moet ik zeggen | HELP
help | mae vraagt hoe het werkt | HELP
help | ff uitleg maat | HELP
help | wat moet ik nu doen | HELP
help | welke vragen kan ik stellen | HELP
help | kun je me helpen | HELP
help | help me eens | HELP
help | wat bedoel je | HELP
help | ik weet niet wat ik moet vragen | HELP
help | zeg eens wat ik kan vragen | HELP
help | hoe stel ik een vraag | HELP
help | wat zijn de mogelijkheden | HELP
help | de kinderen snappen het niet help | HELP
help | opa wil weten hoe het werkt | HELP
help | hoe werkt het met de staten van amerika | HELP
help | kan ik ook naar provincies vragen | HELP
help | mag ik ook naar deelstaten vragen | HELP
# stop
stop | stop | STOP
stop | stoppen | STOP
stop | hou op | STOP
stop | hou maar op | STOP
stop | alexa stop ermee | STOP
stop | ik wil stoppen | STOP
stop | genoeg | STOP
stop | genoeg zo | STOP
stop | het is mooi geweest | STOP
stop | klaar | STOP
stop | ik ben klaar | STOP
stop | we zijn klaar | STOP
stop | afsluiten | STOP
stop | sluit af | STOP
stop | sluit de skill | STOP
stop | sluit hoofdsteden van de wereld | STOP
stop | doei | STOP
stop | dag alexa | STOP
stop | tot ziens | STOP
stop | welterusten | STOP
stop | ik ga slapen | STOP
stop | stop het spel | STOP
stop | ophouden nu | STOP
stop | kappen | STOP
stop | kap ermee | STOP
stop | alexa kappen nu | STOP
stop | uit | STOP
stop | zet uit | STOP
stop | alexa uit | STOP
stop | we stoppen ermee | STOP
stop | de kinderen moeten naar bed stop maar | STOP
stop | het vlees is klaar stop maar | STOP
stop | ik moet weer aan het werk stop | STOP
stop | ajde stop | STOP
stop | khalas stop | STOP
stop | bof genoeg | STOP
stop | yaar stop nu | STOP
stop | nou moe hou nou op | STOP
stop | ik heb geen zin meer | STOP
stop | dat was het | STOP
stop | dat was het wel | STOP
stop | bedankt dat was het | STOP
stop | dank je wel stop maar | STOP
stop | stop alsjeblieft | STOP
# cancel
cancel | annuleer | CANCEL
cancel | annuleren | CANCEL
cancel | annuleer dat | CANCEL
cancel | annuleer maar | CANCEL
cancel | laat maar | CANCEL
cancel | laat maar zitten | CANCEL
cancel | laat ook maar | CANCEL
cancel | laat maar alexa | CANCEL
cancel | vergeet het | CANCEL
cancel | vergeet het maar | CANCEL
cancel | laat die vraag maar | CANCEL
cancel | nee laat maar | CANCEL
cancel | nee toch niet | CANCEL
cancel | toch maar niet | CANCEL
cancel | hoeft niet meer | CANCEL
cancel | hoeft niet | CANCEL
cancel | niet nodig | CANCEL
cancel | niet meer nodig | CANCEL
cancel | ik hoef het niet meer te weten | CANCEL
cancel | laat maar ik weet het al | CANCEL
cancel | laat maar ik zoek het zelf op | CANCEL
cancel | annuleer de vraag | CANCEL
cancel | annuleer die laatste vraag | CANCEL
cancel | nee sorry laat maar | CANCEL
cancel | oeps laat maar | CANCEL
cancel | verkeerde vraag laat maar | CANCEL
cancel | streep dat maar door | CANCEL
cancel | doe maar niet | CANCEL
cancel | doe maar niks | CANCEL
cancel | ajde laat maar | CANCEL
cancel | acha laat maar | CANCEL
cancel | mai pen rai laat maar | CANCEL
cancel | bof laat maar zitten | CANCEL
cancel | nou moe laat maar | CANCEL
cancel | ik bedoelde niks laat maar | CANCEL
cancel | de kinderen zeiden maar wat laat maar | CANCEL
cancel | sorry dat was de radio laat maar | CANCEL
cancel | laat maar die klant is al weg | CANCEL
cancel | annuleren graag | CANCEL
cancel | nee nee annuleer | CANCEL
cancel | zonder die vraag maar | CANCEL
cancel | niet die vraag | CANCEL
# out-of-domain: things said to an Echo that are not a capital question
out-of-domain | alexa wat voor weer wordt het morgen in naaldwijk | FB
out-of-domain | alexa gaat het vanmiddag regenen in alkmaar | FB
out-of-domain | alexa hoe warm wordt het in den helder | FB
out-of-domain | alexa waait het hard op goeree | FB
out-of-domain | alexa wat is de temperatuur in de kas | FB
out-of-domain | alexa zet de verwarming van de kas hoger | FB
out-of-domain | alexa hoe laat gaat de boot naar texel | FB
out-of-domain | alexa hoe laat is de kaasmarkt in alkmaar | FB
out-of-domain | alexa wanneer is het hoogwater in den helder | FB
out-of-domain | alexa speel radio noord-holland | FB
out-of-domain | alexa speel radio west | FB
out-of-domain | alexa speel iets van andré hazes | FB
out-of-domain | alexa speel kurdische muziek | FB
out-of-domain | alexa speel thaise popmuziek | FB
out-of-domain | alexa speel sevdah muziek | FB
out-of-domain | alexa speel qawwali | FB
out-of-domain | alexa speel ethiopische jazz | FB
out-of-domain | alexa speel édith piaf | FB
out-of-domain | alexa speel hongaarse volksmuziek | FB
out-of-domain | alexa zet de radio harder in de werkplaats | FB
out-of-domain | alexa zachter | FB
out-of-domain | alexa volgende nummer | FB
out-of-domain | alexa wat is dit voor liedje | FB
out-of-domain | alexa zet een wekker om vier uur voor de bakkerij | FB
out-of-domain | alexa zet een timer van twintig minuten voor de barbecue | FB
out-of-domain | alexa hoe lang moet een kalkoen in de oven | FB
out-of-domain | alexa hoe maak je injera | FB
out-of-domain | alexa wat is een recept voor pad thai | FB
out-of-domain | alexa hoe maak je biryani | FB
out-of-domain | alexa hoe maak je cevapi | FB
out-of-domain | alexa hoe maak je goulash | FB
out-of-domain | alexa zet ui op de boodschappenlijst | FB
out-of-domain | alexa zet verhuisdozen op de boodschappenlijst | FB
out-of-domain | alexa bel de verhuizer | FB
out-of-domain | alexa bel oma | FB
out-of-domain | alexa bel bavo | FB
out-of-domain | alexa stuur een bericht naar ammi | FB
out-of-domain | alexa doe het licht uit in de woonkamer | FB
out-of-domain | alexa doe de lampen in de tuin aan | FB
out-of-domain | alexa hoe laat is het in bangkok | FB
out-of-domain | alexa hoe laat is het nu in addis abeba | FB
out-of-domain | alexa hoe laat is het in karachi | FB
out-of-domain | alexa hoeveel tijdsverschil is er met thailand | FB
out-of-domain | alexa hoeveel is een euro in forint | FB
out-of-domain | alexa hoeveel baht is tien euro | FB
out-of-domain | alexa wat is de koers van de pakistaanse roepie | FB
out-of-domain | alexa hoeveel inwoners heeft ethiopië | FB
out-of-domain | alexa hoeveel inwoners heeft zoetermeer | FB
out-of-domain | alexa hoe groot is hongarije | FB
out-of-domain | alexa welke taal spreken ze in bosnië | FB
out-of-domain | alexa welke taal spreken ze in ethiopië | FB
out-of-domain | alexa wat spreken ze in pakistan | FB
out-of-domain | alexa wat is het volkslied van thailand | FB
out-of-domain | alexa wie is de koning van thailand | FB
out-of-domain | alexa wie is de president van frankrijk | FB
out-of-domain | alexa wie is de premier van hongarije | FB
out-of-domain | alexa wat is de munteenheid van ethiopië | FB
out-of-domain | alexa wat is het hoogste punt van nederland | FB
out-of-domain | alexa wat is de langste rivier van afrika | FB
out-of-domain | alexa hoe hoog is de mount everest | FB
out-of-domain | alexa hoe diep is de noordzee | FB
out-of-domain | alexa wat is het grootste land van de wereld | FB
out-of-domain | alexa wat is het kleinste land ter wereld | FB
out-of-domain | alexa welk land heeft de meeste inwoners | FB
out-of-domain | alexa hoeveel landen zijn er in afrika | FB
out-of-domain | alexa hoeveel landen heeft de europese unie | FB
out-of-domain | alexa hoeveel provincies heeft nederland | FB
out-of-domain | alexa hoeveel staten heeft amerika | FB
out-of-domain | alexa waar ligt koerdistan | FB
out-of-domain | alexa waar ligt goeree-overflakkee | FB
out-of-domain | alexa hoe ver is het van gorinchem naar utrecht | FB
out-of-domain | alexa hoe lang rijden naar amersfoort | FB
out-of-domain | alexa is er file op de a twaalf | FB
out-of-domain | alexa wanneer gaat de volgende trein naar den haag | FB
out-of-domain | alexa wat is het kapitaal van een bv | FB
out-of-domain | alexa hoeveel startkapitaal heb ik nodig voor een bedrijf | FB
out-of-domain | alexa wat is eigen vermogen | FB
out-of-domain | alexa wat betekent kapitaal | FB
out-of-domain | alexa wat is een hoofdletter | FB
out-of-domain | alexa schrijf je nederland met een hoofdletter | FB
out-of-domain | alexa wat is het hoofdstuk van vandaag | FB
out-of-domain | alexa lees hoofdstuk drie voor | FB
out-of-domain | alexa wat is het hoofdkantoor van shell | FB
out-of-domain | alexa waar is het hoofdkantoor van philips | FB
out-of-domain | alexa wat is de hoofdprijs van de staatsloterij | FB
out-of-domain | alexa wie is de hoofdrolspeler in die film | FB
out-of-domain | alexa wat is het hoofdgerecht vanavond | FB
out-of-domain | alexa ik heb hoofdpijn | FB
out-of-domain | alexa wat helpt tegen hoofdpijn | FB
out-of-domain | alexa wat is de hoofdstad | FB
out-of-domain | alexa wat is de hoofdstad van de wereld | FB
out-of-domain | alexa wat is de hoofdstad van de maan | FB
out-of-domain | alexa wat is de hoofdstad van mars | FB
out-of-domain | alexa wat is de hoofdstad van het westland | FB
out-of-domain | alexa wat is de hoofdstad van de bollenstreek | FB
out-of-domain | alexa wat is de hoofdstad van zuid-holland | FB
out-of-domain | alexa wat is de hoofdstad van de achterhoek | FB
out-of-domain | alexa wat is de hoofdstad van brabant | FB
out-of-domain | alexa wat is de hoofdstad van vlaanderen | FB
out-of-domain | alexa wat is de hoofdstad van wallonië | FB
out-of-domain | alexa wat is de hoofdstad van catalonië | FB
out-of-domain | alexa wat is de hoofdstad van beierland | FB
out-of-domain | alexa wat is de hoofdstad van bretagne | FB
out-of-domain | alexa wat is de hoofdstad van siberië | FB
out-of-domain | alexa wat is de hoofdstad van de provincie limburg in belgië | FB
out-of-domain | alexa wat is de hoofdstad van tibet | FB
out-of-domain | alexa wat is de hoofdstad van koerdistan | FB
out-of-domain | alexa wat is de hoofdstad van iraaks koerdistan | FB
out-of-domain | alexa wat is de hoofdstad van bosnië vroeger in joegoslavië | FB
out-of-domain | alexa wat is de hoofdstad van sindh | FB
out-of-domain | alexa wat is de hoofdstad van de provincie punjab in pakistan | FB
out-of-domain | alexa wat is de hoofdstad van tigray | FB
out-of-domain | alexa wat is de hoofdstad van de provincie chiang mai | FB
out-of-domain | alexa wat is de hoofdstad van de elzas | FB
out-of-domain | alexa wat is de hoofdstad van lombardije | FB
out-of-domain | alexa wat is de hoofdstad van schotland in de middeleeuwen | FB
out-of-domain | alexa wat is de hoofdstad van atlantis | FB
out-of-domain | alexa wat is de hoofdstad van wakanda | FB
out-of-domain | alexa wat is de hoofdstad van narnia | FB
out-of-domain | alexa wat is de hoofdstad van de kaas | FB
out-of-domain | alexa welke stad is de kaashoofdstad van nederland | FB
out-of-domain | alexa wat is de tomatenhoofdstad van nederland | FB
out-of-domain | alexa welke stad is de modehoofdstad van de wereld | FB
out-of-domain | alexa welke stad is de culturele hoofdstad van europa dit jaar | FB
out-of-domain | alexa wat is de hoofdstad van de keukenhof | FB
out-of-domain | alexa welke hoofdstad heeft de meeste inwoners | FB
out-of-domain | alexa welke hoofdstad ligt het verst weg | FB
out-of-domain | alexa welke hoofdstad is het oudst | FB
out-of-domain | alexa welke hoofdstad begint met een q | FB
out-of-domain | alexa hoe spel je ouagadougou | FB
out-of-domain | alexa hoe spreek je reykjavik uit | FB
out-of-domain | alexa wat is de postcode van amersfoort | FB
out-of-domain | alexa wat is het netnummer van den helder | FB
out-of-domain | alexa wat is het landnummer van pakistan | FB
out-of-domain | alexa wat is het landnummer van hongarije | FB
out-of-domain | alexa vertaal dank je wel naar het thais | FB
out-of-domain | alexa wat betekent szia | FB
out-of-domain | alexa wat is koerdisch voor goedemorgen | FB
out-of-domain | alexa vertel een mop | FB
out-of-domain | alexa vertel een verhaaltje voor het slapengaan | FB
out-of-domain | alexa zing lang zal ze leven | FB
out-of-domain | alexa zing er is er een jarig | FB
out-of-domain | alexa hoe oud ben jij | FB
out-of-domain | alexa waar woon jij | FB
out-of-domain | alexa ben jij slim | FB
out-of-domain | alexa wat is de uitslag van az | FB
out-of-domain | alexa hoe heeft excelsior gespeeld | FB
out-of-domain | alexa wanneer speelt oranje weer | FB
out-of-domain | alexa wat is het nieuws | FB
out-of-domain | alexa wat is het nieuws uit ethiopië | FB
out-of-domain | alexa wat is het verkeer richting rotterdam | FB
out-of-domain | alexa hoeveel kost een vlucht naar bangkok | FB
out-of-domain | alexa heb ik een visum nodig voor pakistan | FB
out-of-domain | alexa welke vaccinaties heb ik nodig voor thailand | FB
out-of-domain | alexa wanneer is het suikerfeest | FB
out-of-domain | alexa wanneer is nowruz | FB
out-of-domain | alexa wanneer is het thaise nieuwjaar | FB
out-of-domain | alexa welke dag is het vandaag | FB
out-of-domain | alexa wat staat er in mijn agenda | FB
out-of-domain | alexa herinner me eraan de factuur te sturen | FB
out-of-domain | alexa wat is drie keer zeventien | FB
out-of-domain | alexa hoeveel is eenentwintig procent btw van duizend | FB
out-of-domain | alexa reken tweehonderd dollar om naar euro | FB
out-of-domain | alexa wat is de wereldkaart | FB
out-of-domain | alexa laat een wereldkaart zien | FB
out-of-domain | alexa welk land is dit op de puzzel | FB
out-of-domain | alexa welke vlag is rood wit groen | FB
out-of-domain | alexa welke landen grenzen aan hongarije | FB
out-of-domain | alexa welke zee ligt naast pakistan | FB
out-of-domain | alexa waar komt de tulp vandaan | FB
out-of-domain | alexa wie heeft de kaas uitgevonden | FB
out-of-domain | alexa hoe lang duurt een vlucht naar addis | FB
out-of-domain | alexa wat is de grootste stad van australië | FB
out-of-domain | alexa wat is de grootste stad van turkije | FB
out-of-domain | alexa wat is de tweede stad van nederland | FB
out-of-domain | alexa welke stad ligt aan de bosporus | FB
out-of-domain | alexa in welk land ligt timboektoe | FB
out-of-domain | alexa in welke provincie ligt gorinchem | FB
out-of-domain | alexa wat is de mooiste hoofdstad van europa | FB
out-of-domain | alexa hoeveel hoofdsteden ken jij | FB
out-of-domain | alexa doe een quiz met me | FB
out-of-domain | alexa start een quiz over vlaggen | FB
out-of-domain | alexa open vlaggen van de wereld | FB
out-of-domain | alexa ja | FB
out-of-domain | alexa nee | FB
out-of-domain | alexa eh | FB
out-of-domain | alexa wacht even | FB
out-of-domain | alexa sorry ik praatte tegen mijn vrouw | FB
out-of-domain | alexa de hoofdstad van | FB
out-of-domain | alexa wat is de hoofdstad van hoe heet dat land nou | FB
out-of-domain | alexa wat is de hoofdstad van dat land waar we vorig jaar waren | FB
# bakers at four in the morning (bakkerij, the oven timer)
bakkers | alexa het deeg rijst nog wat is de hoofdstad van {} | frankrijk=FR; oostenrijk=AT; denemarken=DK
bakkers | alexa dit meel komt uit {} wat is daar de hoofdstad | oekraïne=UA; kazachstan=KZ; canada=CA
bakkers | alexa de leerling komt uit {} wat is de hoofdstad van dat land | eritrea=ER; syrië=SY; afghanistan=AF
bakkers | alexa de baklava receptuur komt uit {} welke stad is daar hoofdstad | turkije=TR; griekenland=GR; libanon=LB
bakkers | alexa het is vier uur en ik wil weten wat de hoofdstad van portugal is | PT
# more of the regional speakers
westlanders | alexa een kweker heeft een bedrijf in {} wat is de hoofdstad van dat land | mexico=MX; ethiopië=ET; marokko=MA
westlanders | alexa de vrachtwagen met komkommers rijdt naar {} hoe heet daar de hoofdstad | engeland=GB-ENG; schotland=GB-SCT; ierland=IE
alkmaarders | alexa een kaasboer uit {} kwam kijken wat is de hoofdstad daarvan | wisconsin=US-WI; vermont=US-VT; zwitserland=CH
alkmaarders | alexa nou moe ik dacht dat ik het wist de hoofdstad van {} | peru=PE; chili=CL; ecuador=EC
den-helderaars | alexa de veerboot is vol toeristen uit {} weet je de hoofdstad | duitsland=DE; tsjechië=CZ; oostenrijk=AT
den-helderaars | alexa m'n buurman zat bij de marine in {} wat is daar de hoofdstad | libanon=LB; cambodja=KH; bosnië=BA
goereeers | alexa zie de zendingsbus gaat naar {} wat is daar de hoofdstad | roemenië=RO; moldavië=MD; oekraïne=UA
goereeers | alexa de bijbelvertalers werken in {} hoe heet de hoofdstad | papoea-nieuw-guinea=PG; vanuatu=VU; salomonseilanden=SB
zoetermeerders | alexa de ambassade van {} zit in den haag maar wat is hun eigen hoofdstad | canada=CA; japan=JP; kenia=KE
zoetermeerders | alexa mijn man onderhandelt met {} wat is daar de hoofdstad | indonesië=ID; vietnam=VN; zuid-afrika=ZA
amersfoorters | alexa de intercity gaat via {} naar berlijn wat is de hoofdstad van die deelstaat | nedersaksen=DE-NI; noordrijn-westfalen=DE-NW; brandenburg=DE-BB
gorcumers | alexa een duwbak uit {} ligt bij de sluis wat is de hoofdstad | zwitserland=CH; duitsland=DE; belgië=BE
gorcumers | alexa de merwede stroomt naar de zee maar wat is de hoofdstad van {} | nederland=NL; engeland=GB-ENG; ierland=IE
# more of the family languages
koerdische-nederlanders | alexa dayê komt uit de bergen bij {} wat is daar de hoofdstad | iran=IR; turkije=TR; armenië=AM
koerdische-nederlanders | alexa mijn neef voetbalt in {} ka wat is de hoofdstad | zweden=SE; noorwegen=NO; finland=FI
hongaarse-nederlanders | alexa mijn oma woonde vroeger in {} wat is daar de hoofdstad jó | oostenrijk=AT; slowakije=SK; servië=RS
bosnische-nederlanders | alexa ajde de hoofdstad van {} weet ik nooit | slovenië=SI; montenegro=ME; noord-macedonië=MK
pakistaanse-nederlanders | alexa yaar mijn neef studeert in {} wat is daar de hoofdstad | engeland=GB-ENG; canada=CA; australië=AU
pakistaanse-nederlanders | alexa ammi gaat op umrah naar {} wat is de hoofdstad | saoedi-arabië=SA; jordanië=JO; egypte=EG
ethiopische-nederlanders | alexa ere de hardlopers komen uit {} wat is daar de hoofdstad | kenia=KE; ethiopië=ET; eritrea=ER
thaise-nederlanders | alexa mae heeft een vriendin in {} wat is daar de hoofdstad kha | laos=LA; cambodja=KH; myanmar=MM
franse-expats | alexa mijn collega komt uit {} voilà wat is daar de hoofdstad | quebec=CA-QC; senegal=SN; tunesië=TN
taalcafe | alexa ik kom uit {} en ik weet de hoofdstad niet in het nederlands | georgië=GE; armenië=AM; azerbeidzjan=AZ
taalcafe | alexa de hoofdstad van mijn land {} hoe zeg je dat | roemenië=RO; bulgarije=BG; litouwen=LT
# more work and situations
garagemonteurs | alexa deze oldtimer komt uit {} maat wat is daar de hoofdstad | cuba=CU; italië=IT; engeland=GB-ENG
schoonmakers | alexa bij de koffieautomaat staat een poster van {} wat is daar de hoofdstad | peru=PE; vietnam=VN; ijsland=IS
bouwvakkers | alexa de heipalen komen uit {} wat is daar de hoofdstad | finland=FI; estland=EE; letland=LV
apothekersassistenten | alexa dit recept is voorgeschreven in {} wat is daar de hoofdstad | spanje=ES; duitsland=DE; marokko=MA
boekhouders | alexa deze klant werkt op een booreiland bij {} wat is daar de hoofdstad | noorwegen=NO; nigeria=NG; angola=AO
makelaars | alexa een koper uit {} wil alles contant betalen wat is daar de hoofdstad | rusland=RU; qatar=QA; china=CN
geocachers | alexa de cache ligt bij een grenspaal met {} wat is daar de hoofdstad | belgië=BE; duitsland=DE; luxemburg=LU
legpuzzelaars | alexa de blauwe stukjes zijn de zee bij {} wat is daar de hoofdstad | malediven=MV; seychellen=SC; mauritius=MU
legpuzzelaars | alexa bij afrika mist nog {} hoe heet daar de hoofdstad | eswatini=SZ; lesotho=LS; djibouti=DJ
verhuisdag | alexa de nieuwe buren komen uit {} wat is daar de hoofdstad | ghana=GH; ecuador=EC; indonesië=ID
kinderfeestje | alexa de goochelaar komt uit {} wat is daar de hoofdstad | hongarije=HU; brazilië=BR; ierland=IE
barbecue | alexa de saté is zoals in {} wat is daar de hoofdstad | indonesië=ID; maleisië=MY; thailand=TH
ziek-op-de-bank | alexa op tv is een reisprogramma over {} wat is daar de hoofdstad | nieuw-zeeland=NZ; mongolië=MN; bolivia=BO
kerstdiner | alexa tante viert kerst in {} wat is daar de hoofdstad | filipijnen=PH; ethiopië=ET; armenië=AM
# more help, stop, cancel and launch in the speakers' own words
help | alexa effe kijke hoe werkt dit ding | HELP
help | alexa zeg hoe werkt die hoofdsteden skill nou | HELP
help | alexa weet je hoe ik dit moet gebruiken | HELP
help | zie hoe moet ik dit nou vragen | HELP
help | alexa ik ben nieuw hier hoe werkt het | HELP
help | alexa jarane help me even hiermee | HELP
help | chalo leg het maar uit | HELP
help | ishi hoe werkt het | HELP
help | kha ik begrijp niet help | HELP
help | oh là là ik snap het niet wat moet ik zeggen | HELP
help | nagymama snapt het niet leg uit | HELP
help | alexa dayê vraagt hoe dit werkt | HELP
help | maat hoe werkt die hoofdsteden app | HELP
help | wat kan die skill allemaal in de werkplaats | HELP
help | alexa ik lig ziek op de bank hoe werkt dit spelletje | HELP
help | hoe vraag ik naar een staat in amerika | HELP
help | kan ik ook vragen naar een eiland | HELP
help | wat voor vragen snap jij | HELP
help | welke landen ken je allemaal | HELP
help | hoe moet ik een land zeggen | HELP
help | ik ben de draad kwijt help | HELP
help | help ik weet het niet meer | HELP
help | alexa de jarige snapt het niet hoe werkt het | HELP
help | hoe begin ik | HELP
help | wat moet ik doen om een hoofdstad te horen | HELP
help | kun je uitleggen wat je kan | HELP
help | alexa vertel wat hoofdsteden van de wereld kan | HELP
help | ik ben erasmus student hoe werkt deze skill | HELP
help | hoe werkt dit voor een puzzel | HELP
help | leg het nog een keer uit | HELP
stop | alexa stop maar effe | STOP
stop | zie dat is genoeg voor vandaag | STOP
stop | alexa ajde genoeg nu | STOP
stop | jarane stop ermee | STOP
stop | chalo we stoppen | STOP
stop | ishi genoeg | STOP
stop | mai pen rai stop maar | STOP
stop | kha stop | STOP
stop | voilà c'est fini stop | STOP
stop | szia stop | STOP
stop | ka genoeg nu | STOP
stop | maat ik moet weer sleutelen stop | STOP
stop | de pauze is voorbij stop maar | STOP
stop | de kaasmarkt begint ik stop | STOP
stop | de verhuizers zijn er stop | STOP
stop | het eten is klaar stop ermee | STOP
stop | de puzzel is af we stoppen | STOP
stop | ik ga naar bed stop maar alexa | STOP
stop | alexa stop de hoofdsteden | STOP
stop | alexa stop hoofdsteden van de wereld | STOP
stop | beëindig de skill | STOP
stop | stop nu maar | STOP
stop | genoeg hoofdsteden voor vandaag | STOP
stop | nu is het wel genoeg | STOP
stop | ik heb er genoeg van | STOP
stop | hou er maar mee op | STOP
stop | we houden ermee op | STOP
stop | alexa einde | STOP
stop | ik wil eruit | STOP
stop | ga uit de skill | STOP
cancel | effe niet laat maar | CANCEL
cancel | zie laat maar zitten | CANCEL
cancel | jarane laat maar | CANCEL
cancel | chalo laat maar | CANCEL
cancel | ishi laat maar | CANCEL
cancel | kha laat maar | CANCEL
cancel | voilà laat maar | CANCEL
cancel | ka laat maar | CANCEL
cancel | nagymama wil het niet meer weten | CANCEL
cancel | maat laat maar ik weet het al | CANCEL
cancel | laat maar de klant belt net | CANCEL
cancel | laat maar de verhuizers staan voor de deur | CANCEL
cancel | laat maar het stukje past al | CANCEL
cancel | laat maar oom wist het al | CANCEL
cancel | laat maar de jarige is weggelopen | CANCEL
cancel | laat die maar zitten alexa | CANCEL
cancel | die vraag hoeft niet meer | CANCEL
cancel | annuleer die vraag over hongarije | CANCEL
cancel | annuleer wat ik net vroeg | CANCEL
cancel | vergeet wat ik zei | CANCEL
cancel | vergeet die vraag | CANCEL
cancel | nee dat bedoelde ik niet laat maar | CANCEL
cancel | laat maar het was een grapje | CANCEL
cancel | ik trek de vraag in | CANCEL
cancel | laat maar ik kijk wel in de atlas | CANCEL
cancel | laat maar ik zoek het op mijn telefoon op | CANCEL
cancel | niet meer hoeven | CANCEL
cancel | nee hoor laat maar | CANCEL
cancel | alexa annuleer maar die vraag | CANCEL
cancel | laat maar zitten het is al goed | CANCEL
launch | alexa effe hoofdsteden van de wereld openen | LAUNCH
launch | alexa zie open hoofdsteden van de wereld | LAUNCH
launch | alexa jarane start hoofdsteden van de wereld | LAUNCH
launch | alexa chalo hoofdsteden van de wereld | LAUNCH
launch | alexa ka open hoofdsteden van de wereld | LAUNCH
launch | alexa ishi start hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden van de wereld kha | LAUNCH
launch | alexa bah ouvre hoofdsteden van de wereld | LAUNCH
launch | alexa maat open hoofdsteden van de wereld in de werkplaats | LAUNCH
launch | alexa open hoofdsteden van de wereld voor de puzzel | LAUNCH
launch | alexa start hoofdsteden van de wereld voor de geocache | LAUNCH
launch | alexa open hoofdsteden van de wereld ik lig ziek op de bank | LAUNCH
launch | alexa open hoofdsteden van de wereld voor oma aan tafel | LAUNCH
launch | alexa open hoofdsteden van de wereld voor mijn nederlandse les | LAUNCH
launch | alexa start hoofdsteden van de wereld terwijl we dozen sjouwen | LAUNCH
launch | alexa open hoofdsteden van de wereld in de keet | LAUNCH
launch | alexa laat hoofdsteden van de wereld starten | LAUNCH
launch | alexa open nu hoofdsteden van de wereld | LAUNCH
launch | alexa open de hoofdsteden van de wereld skill | LAUNCH
launch | alexa ik wil de skill hoofdsteden van de wereld gebruiken | LAUNCH
launch | alexa mag ik hoofdsteden van de wereld | LAUNCH
launch | alexa gebruik hoofdsteden van de wereld | LAUNCH
launch | alexa vraag hoofdsteden van de wereld de hoofdstad van mongolië | MN
launch | alexa vraag hoofdsteden van de wereld wat de hoofdsteden van bolivia zijn | BO
launch | alexa open hoofdsteden van de wereld en zeg de hoofdstad van de staat texas | US-TX
plural-capitals | alexa de makelaar zegt dat zuid-afrika drie hoofdsteden heeft welke zijn dat | ZA
plural-capitals | alexa bij de barbecue vroeg de zwager naar de hoofdsteden van zuid-afrika | ZA
plural-capitals | alexa de puzzel heeft bij zuid-afrika maar één stip wat zijn de hoofdsteden eigenlijk | ZA
plural-capitals | alexa de schoonmaker uit {} zegt dat haar land twee hoofdsteden heeft welke | benin=BJ; ivoorkust=CI; sri lanka=LK
plural-capitals | alexa voor de geocache moet ik alle hoofdsteden van {} weten | bolivia=BO; maleisië=MY; nederland=NL
plural-capitals | alexa het kind op het feestje vraagt naar de hoofdsteden van {} | eswatini=SZ; benin=BJ; sri lanka=LK
plural-capitals | alexa acha welke zijn de hoofdsteden van {} | maleisië=MY; ivoorkust=CI; nederland=NL
plural-capitals | alexa de apothekersassistente wil de hoofdsteden van {} weten | bolivia=BO; eswatini=SZ; benin=BJ
plural-capitals | alexa nou moe welke zijn nou de hoofdsteden van {} | nederland=NL; sri lanka=LK; ivoorkust=CI
plural-capitals | alexa bij de puzzel vragen we ons af wat de hoofdsteden van {} zijn | maleisië=MY; bolivia=BO; eswatini=SZ
plural-capitals | alexa mae zegt dat maleisië twee hoofdsteden heeft welke zijn het kha | MY
plural-capitals | alexa de boekhouder heeft een klant in maleisië wat zijn daar de hoofdsteden | MY
"""

if __name__ == "__main__":
    build_round(43, "nl", LINES, sys.argv, "tests/Eval/nl/round43/source/build_corpus.py")
