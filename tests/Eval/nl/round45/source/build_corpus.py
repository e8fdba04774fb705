"""Round 45, Dutch (nl-NL): a new author's own mix, written blind at the end of the fifty-ninth session (brief
WRITER66.md), for the next session's tuner. Speakers chosen apart from the groups of the Dutch round 44 (Achterhoekers,
Drenten, Urkers of the fishing fleet, Volendammers, Scheveningers, Nijmegenaren, Zwollenaren, Delft students;
Ukrainians since 2022, Indian expats in Amstelveen, Afghan Dutch, Curaçaoans and Antilleans, Brazilian Dutch, Ghanaian
Dutch of the Bijlmer, Indische Nederlanders, Romanian labour migrants, Moluccan Dutch; lorry drivers, night-shift nurses,
hairdressers, parcel couriers, dairy farmers, taxi drivers, cabin crew; Eurovision night, Formula One on Sunday, the
allotment, a sleepless night, washing up and ironing in the kitchen, a Sunday flea market), from the groups of round 43
(Westlanders, Alkmaarders, Den Helderaars, Goereeërs, Zoetermeerders, Amersfoorters, Gorcumers; Kurdish, Hungarian,
Bosnian, Pakistani, Ethiopian and Thai Dutch, French expats, Erasmus students in a taalcafé; garage mechanics, night
office cleaners, construction workers, pharmacy assistants, bookkeepers, estate agents, bakers; geocachers, a world-map
jigsaw, moving day, a children's birthday party, a Sunday barbecue, sick on the couch, Christmas dinner), from the groups
of round 42 (Zaankanters, Haarlemmers, Dordtenaren, Kampenaren, Sallanders, Bollenstreek bulb growers, Vlaardingers and
Maassluizers, Vietnamese, Portuguese, Spanish, Greek, Nigerian, Korean and Egyptian speakers, remigranten, pigeon
fanciers, interpreters, maritime pilots, birdwatchers, scouting, an IT helpdesk, the GGD travel desk, marathon runners,
the spreekbeurt, darts, Oranje at a World Cup, oudejaarsavond, a dating app, a wedding, Echo Auto) and from the groups
it says earlier rounds used (among them Veluwnaren, Betuwnaren, Leidenaren, West-Friezen, Texelaars, Gooiers,
Flevolanders, Groningers, Hagenaars, Tukkers, Zeeuwen, Limburgers, Brabanders, Friezen, Flemish people, Rotterdammers,
Amsterdammers, Utrechters; Iranian, Somali, Filipino, Italian, Syrian, Eritrean, Moroccan, Turkish, Polish, Surinamese,
Chinese, German and English speakers; inburgering learners, kleuters, tieners, grandparents, school topografie, game
night, cooking, holidays, Sinterklaas, Koningsdag, quizzes): Arnhemmers ("effe", "nie", "ons pap", Vitesse, the John
Frostbrug), Gouwenaars ("nou", "joh", the kaasmarkt, stroopwafels), Katwijkers ("jonge", "ikke", "wat is 't", the
boulevard), Spakenburgers ("jonge", "ja toch", the botterdagen, klederdracht), Hoeksewaarders ("effe", "ons moeder",
sugar beets, the Haringvlietbrug), Terschellingers ("op de wal", Oerol, the Brandaris, cranberries), IJmuidenaren
("gozer", "moet je horen", the hoogovens, the sea locks); Bulgarian seasonal workers ("haide", "mersi", "bate", asparagus
in Limburg), Lithuanian factory workers ("labas", "taip", "aciu", "gerai"), Cape Verdeans of Delfshaven ("oi", "nha
mae", "kuma", "fixe"), Colombian and Venezuelan Dutch ("oye", "parce", "qué más", "mijo"), Russian speakers ("nu",
"davai", "slushay", "spasibo"), Japanese expats in Amstelveen ("ano", "eto", "sugoi", "sou desu ne"), Tamil Dutch
("aiyo", "amma", "seri", "appa"), South Africans ("ag", "nee man", "jislaaik", "howzit", Afrikaans "die"), international
PhD students in Wageningen and Delft ("basically", "my supervisor", "sorry mijn nederlands"); at work: inland barge
skippers ("stroomopwaarts", "in het ruim", the Rhine and the Danube), supermarket shelf stackers ("het schap", "de
wereldkeuken", "het magazijn"), bus drivers ("bij de eindhalte", "in de pauze"), zookeepers ("onze okapi", "de
voedertijd"), butchers ("mag het ietsje meer zijn", "ossenworst"), house painters ("op de steiger", "de tweede laag"),
librarians ("aan de balie", "even opzoeken"); in situations: the evening news ("net op het journaal", "de
correspondent"), the Olympics ("goud voor", "de medaillespiegel"), the Tour de France ("de gele trui", "de kopgroep"),
the crossword ("vijf letters", "horizontaal"), family history ("mijn overgrootvader", "in de archieven"), the campsite
("in de voortent", "de buren van het veldje"), working from home ("op mute", "tussen twee meetings"), walking the dog
("aan de lijn", "braaf"), carnaval ("alaaf", "de polonaise", "verkleed als").
Plus follow-ups, plural capitals, subdivisions and territories, yes/no checks, self-corrections, reverse questions,
official, everyday and old names, shared names, the invocation name "hoofdsteden van de wereld" with and without a
question, launch, help, stop and cancel in those speakers' words, and out-of-domain requests and near misses.
`python3 tests/Eval/nl/round45/source/build_corpus.py [--check]`.
Built by round12_hinl_corpus.py (build_round with round 45's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Arnhemmers (Vitesse, Burgers' Zoo, de John Frostbrug, het Openluchtmuseum): "effe", "nie", "hè", "ons pap"
arnhemmers | alexa vitesse speelt tegen een club uit {} wat is daar de hoofdstad | cyprus=CY; azerbeidzjan=AZ; kazachstan=KZ
arnhemmers | alexa effe vragen wat is de hoofdstad van {} hè | georgië=GE; armenië=AM; wit-rusland=BY
arnhemmers | alexa ons pap wil weten welke stad de hoofdstad van {} is | engeland=GB-ENG; schotland=GB-SCT; wales=GB-WLS
arnhemmers | alexa bij de john frostbrug stonden britten en ze vroegen naar de hoofdstad van noord-ierland | GB-NIR
arnhemmers | alexa in het openluchtmuseum hadden ze een boerderij uit {} hoe heet de hoofdstad daar | denemarken=DK; finland=FI; zweden=SE
arnhemmers | alexa weet jij nie wat de hoofdstad van {} is | liechtenstein=LI; andorra=AD; san marino=SM
arnhemmers | alexa de fans van de tegenstander kwamen uit {} wat is hun hoofdstad hè | malta=MT; gibraltar=GI; luxemburg=LU
arnhemmers | alexa is arnhem nou de hoofdstad van gelderland of nie | FB
arnhemmers | alexa effe snel de hoofdstad van noorwegen | NO
arnhemmers | alexa in de sonsbeek hoorde ik iemand over {} praten wat is de hoofdstad | kosovo=XK; servië=RS; montenegro=ME
# Gouwenaars (de kaasmarkt, stroopwafels, Gouda bij kaarslicht): "nou", "joh", "zeg"
gouwenaars | alexa op de kaasmarkt stond een groep uit {} hoe heet hun hoofdstad | japan=JP; zuid-korea=KR; taiwan=TW
gouwenaars | alexa nou zeg een toerist uit {} kocht een hele kaas wat is daar de hoofdstad | mexico=MX; chili=CL; argentinië=AR
gouwenaars | alexa joh wat is de hoofdstad van {} eigenlijk | peru=PE; ecuador=EC; colombia=CO
gouwenaars | alexa we verschepen stroopwafels naar {} welke stad is daar de hoofdstad | canada=CA; australië=AU; nieuw-zeeland=NZ
gouwenaars | alexa de kaasdragers hadden bezoek uit zuid-afrika hoeveel hoofdsteden heeft dat land | ZA
gouwenaars | alexa bij gouda bij kaarslicht vroeg een vrouw uit {} naar haar eigen hoofdstad gek hè | israël=IL; jordanië=JO; libanon=LB
gouwenaars | alexa nou wat was de hoofdstad van zuid-holland ook alweer | FB
gouwenaars | alexa joh hoe heet de hoofdstad van de verenigde staten | US
gouwenaars | alexa zeg de kaas gaat naar {} welke stad is hoofdstad | saoedi-arabië=SA; qatar=QA; bahrein=BH
# Katwijkers (de boulevard, Oud Katwijk, de vissersvloot van vroeger): "jonge", "ikke", "wat is 't"
katwijkers | alexa jonge wat is 't hoofdstad van {} | ierland=IE; ijsland=IS; portugal=PT
katwijkers | alexa ons opa voer vroeger op {} wat is daar de hoofdstad | de faeröer=FO; groenland=GL; schotland=GB-SCT
katwijkers | alexa ikke wil weten wat de hoofdstad van {} is | marokko=MA; mauritanië=MR; senegal=SN
katwijkers | alexa op de boulevard liep een stel uit {} wat is hun hoofdstad jonge | noorwegen=NO; estland=EE; litouwen=LT
katwijkers | alexa de trawler van de buren vist bij {} hoe heet daar de hoofdstad | mauritanië=MR; guinee-bissau=GW; sierra leone=SL
katwijkers | alexa jonge jonge welke stad is de hoofdstad van de shetlandeilanden | FB
katwijkers | alexa wat is 't hoofdstad van spitsbergen | SJ
katwijkers | alexa in de kerk bidden ze voor de zending in {} wat is daar de hoofdstad | malawi=MW; zambia=ZM; papoea-nieuw-guinea=PG
# Spakenburgers (de botterdagen, klederdracht, de derby tegen IJsselmeervogels): "jonge", "ja toch", "hè joh"
spakenburgers | alexa jonge wat is de hoofdstad van {} ja toch | polen=PL; oekraïne=UA; moldavië=MD
spakenburgers | alexa op de botterdagen was er een schip uit {} hoe heet de hoofdstad daar | denemarken=DK; duitsland=DE; belgië=BE
spakenburgers | alexa hè joh ik vergeet steeds de hoofdstad van {} | australië=AU; canada=CA; brazilië=BR
spakenburgers | alexa de zendingsavond ging over {} wat is de hoofdstad daarvan | burundi=BI; rwanda=RW; oeganda=UG
spakenburgers | alexa ons moeder vraagt wat de hoofdstad van zuid-afrika is jonge | ZA
spakenburgers | alexa welke stad is hoofdstad van {} ja toch | tanzania=TZ; kenia=KE; ethiopië=ET
spakenburgers | alexa is amersfoort de hoofdstad van eemland | FB
spakenburgers | alexa jonge in klederdracht op de foto met toeristen uit {} wat is hun hoofdstad | china=CN; thailand=TH; vietnam=VN
# Hoeksewaarders (Oud-Beijerland, Strijen, suikerbieten, de Haringvlietbrug): "effe", "ons moeder", "nou en"
hoeksewaarders | alexa effe tussen het bieten rooien door wat is de hoofdstad van {} | frankrijk=FR; spanje=ES; italië=IT
hoeksewaarders | alexa ons moeder kreeg een kaart uit {} hoe heet daar de hoofdstad | griekenland=GR; turkije=TR; cyprus=CY
hoeksewaarders | alexa de loonwerker komt uit {} wat is de hoofdstad daar | polen=PL; litouwen=LT; letland=LV
hoeksewaarders | alexa nou en wat is dan de hoofdstad van {} | kroatië=HR; bosnië=BA; slovenië=SI
hoeksewaarders | alexa over de haringvlietbrug reed een bus uit {} hoe heet de hoofdstad | hongarije=HU; slowakije=SK; tsjechië=CZ
hoeksewaarders | alexa heeft de hoeksche waard een hoofdstad | FB
hoeksewaarders | alexa ons moeder zegt dat rotterdam de hoofdstad van nederland is klopt dat | NL
# Terschellingers (Oerol, de boot naar Harlingen, de Brandaris, cranberries): "op de wal", "wadlopen", "het eiland"
terschellingers | alexa met oerol speelde er een groep uit {} wat is daar de hoofdstad | zuid-afrika=ZA; ghana=GH; mali=ML
terschellingers | alexa de boot gaat nog niet wat is de hoofdstad van {} | kaapverdië=CV; seychellen=SC; mauritius=MU
terschellingers | alexa hier op het eiland vraagt een gast wat de hoofdstad van {} is | malta=MT; ijsland=IS; fiji=FJ
terschellingers | alexa wat is de hoofdstad van friesland op de wal | FB
terschellingers | alexa onze cranberries gaan naar {} wat is daar de hoofdstad | duitsland=DE; oostenrijk=AT; zwitserland=CH
terschellingers | alexa de wadloopgids kwam uit {} welke stad is de hoofdstad | denemarken=DK; noorwegen=NO; estland=EE
terschellingers | alexa heeft een eiland als terschelling een hoofdstad | FB
terschellingers | alexa de vuurtorenwachter vraagt de hoofdstad van de falklandeilanden | FK
# IJmuidenaren (de hoogovens, de sluizen, de boot naar Newcastle, de visafslag): "gozer", "effe", "moet je horen"
ijmuidenaren | alexa moet je horen er ligt een schip uit {} in de sluis wat is daar de hoofdstad | liberia=LR; panama=PA; de marshalleilanden=MH
ijmuidenaren | alexa gozer wat is de hoofdstad van {} | bahama's=BS; malta=MT; cyprus=CY
ijmuidenaren | alexa de hoogovens verkopen staal aan {} hoe heet daar de hoofdstad | india=IN; brazilië=BR; zuid-korea=KR
ijmuidenaren | alexa met de boot naar newcastle wat is de hoofdstad van engeland | GB-ENG
ijmuidenaren | alexa de visafslag verkoopt aan kopers uit {} welke stad is de hoofdstad | spanje=ES; portugal=PT; frankrijk=FR
ijmuidenaren | alexa effe kijken welke stad de hoofdstad van het verenigd koninkrijk is | GB
ijmuidenaren | alexa is velsen de hoofdstad van ijmuiden | FB
ijmuidenaren | alexa er meert een cruiseschip aan uit {} wat is de hoofdstad daar | de bahama's=BS; barbados=BB; jamaica=JM
# Bulgarian seasonal workers (asperges steken in Limburg, de flexwoning): "haide", "mersi", "bate", learner Dutch
bulgaarse-seizoenswerkers | alexa haide wat is hoofdstad van {} | bulgarije=BG; noord-macedonië=MK; turkije=TR
bulgaarse-seizoenswerkers | alexa bate vraagt hoofdstad van {} welke is | roemenië=RO; griekenland=GR; servië=RS
bulgaarse-seizoenswerkers | alexa ik werk asperges mijn vriend komt uit {} wat is hoofdstad | moldavië=MD; albanië=AL; georgië=GE
bulgaarse-seizoenswerkers | alexa mersi en welke stad is hoofdstad van spanje | ES
bulgaarse-seizoenswerkers | alexa in flexwoning wij praten wat is hoofdstad nederland amsterdam of den haag | NL
bulgaarse-seizoenswerkers | alexa haide haide zeg hoofdstad van {} | oostenrijk=AT; hongarije=HU; slowakije=SK
bulgaarse-seizoenswerkers | alexa hoofdstad van plovdiv regio wat is | FB
bulgaarse-seizoenswerkers | alexa mersi alexa | FB
# Lithuanian workers (de fabriek in Venlo, de busreis naar huis): "labas", "taip", "aciu", "gerai"
litouwse-werkers | alexa labas wat is de hoofdstad van {} | litouwen=LT; letland=LV; estland=EE
litouwse-werkers | alexa taip taip en hoofdstad van {} | wit-rusland=BY; rusland=RU; polen=PL
litouwse-werkers | alexa de busreis naar huis gaat door {} wat is daar de hoofdstad | duitsland=DE; polen=PL; tsjechië=CZ
litouwse-werkers | alexa gerai en welke stad is hoofdstad van finland | FI
litouwse-werkers | alexa mijn collega in de fabriek komt uit {} hoe heet de hoofdstad | oekraïne=UA; kazachstan=KZ; oezbekistan=UZ
litouwse-werkers | alexa is kaunas nog de hoofdstad van litouwen | LT
litouwse-werkers | alexa aciu dat is genoeg | STOP
# Cape Verdeans of Delfshaven (Kriolu at home, morna on the radio): "nha", "oi", "sim", "kuma", "fixe"
kaapverdianen | alexa oi wat is de hoofdstad van {} | kaapverdië=CV; guinee-bissau=GW; sao tomé en principe=ST
kaapverdianen | alexa nha mae wil weten wat de hoofdstad van {} is | angola=AO; mozambique=MZ; portugal=PT
kaapverdianen | alexa kuma hoe heet de hoofdstad van {} | brazilië=BR; oost-timor=TL; equatoriaal-guinea=GQ
kaapverdianen | alexa sim en is praia echt de hoofdstad van kaapverdië | CV
kaapverdianen | alexa fixe welke stad is hoofdstad van senegal | SN
kaapverdianen | alexa mijn neef zit op het eiland sal wat is daar de hoofdstad | FB
kaapverdianen | alexa oi welk land heeft praia als hoofdstad | CITY:Praia
# Colombian and Venezuelan Dutch (salsa on Friday, arepas, family video calls): "oye", "parce", "qué más", "mijo"
colombiaanse-nederlanders | alexa oye wat is de hoofdstad van {} | venezuela=VE; colombia=CO; panama=PA
colombiaanse-nederlanders | alexa parce welke stad is de hoofdstad van {} | ecuador=EC; bolivia=BO; paraguay=PY
colombiaanse-nederlanders | alexa mijo vraagt de hoofdstad van {} voor school | costa rica=CR; nicaragua=NI; honduras=HN
colombiaanse-nederlanders | alexa qué más en wat is de hoofdstad van el salvador | SV
colombiaanse-nederlanders | alexa oye hoeveel hoofdsteden heeft bolivia la paz en sucre toch | BO
colombiaanse-nederlanders | alexa de salsaleraar komt uit {} wat is de hoofdstad | cuba=CU; de dominicaanse republiek=DO; puerto rico=PR
colombiaanse-nederlanders | alexa parce wat is de hoofdstad van antioquia | FB
colombiaanse-nederlanders | alexa oye welk land heeft caracas als hoofdstad | CITY:Caracas
# Russian speakers in Amstelveen and Rotterdam (Russian school on Saturday): "nu", "davai", "slushay", "spasibo"
russischtaligen | alexa slushay wat is de hoofdstad van {} | kazachstan=KZ; kirgizië=KG; tadzjikistan=TJ
russischtaligen | alexa nu davai de hoofdstad van {} | turkmenistan=TM; oezbekistan=UZ; azerbeidzjan=AZ
russischtaligen | alexa mijn dochter op de russische school vraagt de hoofdstad van {} | mongolië=MN; armenië=AM; georgië=GE
russischtaligen | alexa spasibo en wat is de hoofdstad van rusland | RU
russischtaligen | alexa nu wat is de hoofdstad van siberië | FB
russischtaligen | alexa is sint-petersburg de hoofdstad van rusland | RU
russischtaligen | alexa davai davai stop maar | STOP
# Japanese expats in Amstelveen (the Japanese school, business trips): "ano", "eto", "sugoi", "sou desu ne"
japanse-expats | alexa ano wat is de hoofdstad van {} | japan=JP; de filipijnen=PH; indonesië=ID
japanse-expats | alexa eto hoe heet de hoofdstad van {} | maleisië=MY; singapore=SG; brunei=BN
japanse-expats | alexa sugoi en welke stad is hoofdstad van {} | cambodja=KH; laos=LA; myanmar=MM
japanse-expats | alexa ano hoofdsteden van maleisië graag | MY
japanse-expats | alexa mijn man heeft een zakenreis naar {} wat is daar de hoofdstad | bangladesh=BD; sri lanka=LK; pakistan=PK
japanse-expats | alexa sou desu ne en is kyoto nog de hoofdstad van japan | JP
japanse-expats | alexa ano wat is de hoofdstad van hokkaido | FB
# Tamil Dutch (Sri Lankan and Indian Tamils, the Hindu temple, family abroad): "aiyo", "amma", "seri", "appa"
tamil-nederlanders | alexa aiyo wat is de hoofdstad van sri lanka colombo of kotte | LK
tamil-nederlanders | alexa amma vraagt wat de hoofdstad van {} is | tamil nadu=IN-TN; kerala=IN-KL; karnataka=IN-KA
tamil-nederlanders | alexa seri welke stad is hoofdstad van {} | de malediven=MV; nepal=NP; bhutan=BT
tamil-nederlanders | alexa appa wil weten wat de hoofdstad van india is | IN
tamil-nederlanders | alexa aiyo wat zijn de hoofdsteden van sri lanka | LK
tamil-nederlanders | alexa wat is de hoofdstad van jaffna | FB
tamil-nederlanders | alexa seri seri en welk land heeft colombo als hoofdstad | CITY:Colombo
tamil-nederlanders | alexa de tempel krijgt een priester uit {} wat is daar de hoofdstad | singapore=SG; maleisië=MY; mauritius=MU
# South Africans in the Netherlands (braai on the balcony, rugby on TV): "ag", "nee man", "lekker", "jislaaik", "howzit"
zuid-afrikanen | alexa ag wat is die hoofdstad van {} | namibië=NA; botswana=BW; zimbabwe=ZW
zuid-afrikanen | alexa nee man wat zijn die drie hoofdsteden van zuid-afrika | ZA
zuid-afrikanen | alexa jislaaik ik vergeet die hoofdstad van {} | lesotho=LS; eswatini=SZ; mozambique=MZ
zuid-afrikanen | alexa lekker en wat is die hoofdstad van swaziland | SZ
zuid-afrikanen | alexa howzit wat is die hoofdstad van die provincie gauteng | FB
zuid-afrikanen | alexa die rugby is teen {} wat is hulle hoofdstad | nieuw-zeeland=NZ; australië=AU; argentinië=AR
zuid-afrikanen | alexa ag is kaapstad nou die hoofdstad of pretoria | ZA
zuid-afrikanen | alexa nee man welke land heeft bloemfontein als hoofdstad | CITY:Bloemfontein
# International PhD students in Wageningen and Delft (English-Dutch, "my supervisor"): "basically", "like", "sorry"
promovendi | alexa basically wat is de hoofdstad van {} | ethiopië=ET; kenia=KE; nigeria=NG
promovendi | alexa my supervisor vraagt wat de hoofdstad van {} is | indonesië=ID; vietnam=VN; bangladesh=BD
promovendi | alexa sorry mijn nederlands wat is like de hoofdstad van {} | iran=IR; irak=IQ; jemen=YE
promovendi | alexa voor mijn veldwerk in {} welke stad is de hoofdstad | burkina faso=BF; niger=NE; tsjaad=TD
promovendi | alexa what's the capital of benin in het nederlands | BJ
promovendi | alexa basically heeft benin twee hoofdsteden | BJ
promovendi | alexa sorry wat is de hoofdstad van de provincie gelderland waar wageningen ligt | FB
promovendi | alexa my colleague comes from {} wat is de hoofdstad | egypte=EG; soedan=SD; zuid-soedan=SS
# Inland barge skippers (de Rijn, de sluis, de marifoon, the Danube to the Black Sea): "in het ruim", "schipper", "stroomopwaarts"
binnenvaartschippers | alexa we varen stroomopwaarts naar {} wat is daar de hoofdstad | zwitserland=CH; oostenrijk=AT; slowakije=SK
binnenvaartschippers | alexa in de sluis bij lobith wat is de hoofdstad van {} | noordrijn-westfalen=DE-NW; rijnland-palts=DE-RP; hessen=DE-HE
binnenvaartschippers | alexa de lading in het ruim gaat naar {} hoe heet de hoofdstad | servië=RS; bulgarije=BG; roemenië=RO
binnenvaartschippers | alexa schipper hier wat is de hoofdstad van baden-württemberg | DE-BW
binnenvaartschippers | alexa via de donau naar {} welke stad is hoofdstad | hongarije=HU; kroatië=HR; moldavië=MD
binnenvaartschippers | alexa we liggen in straatsburg is dat de hoofdstad van frankrijk | FR
binnenvaartschippers | alexa wat is de hoofdstad van de elzas | FB
binnenvaartschippers | alexa de marifoon kraakt wat is de hoofdstad van wallonië | FB
# Shelf stackers at the supermarket (de wereldkeuken, het magazijn, de vroege dienst): "bij de appie", "effe", "schap"
vakkenvullers | alexa ik vul het schap met rijst uit {} wat is de hoofdstad daar | thailand=TH; india=IN; pakistan=PK
vakkenvullers | alexa in de wereldkeuken staat saus uit {} welke stad is de hoofdstad | indonesië=ID; suriname=SR; jamaica=JM
vakkenvullers | alexa de bananen komen uit {} hoe heet de hoofdstad | ecuador=EC; costa rica=CR; ivoorkust=CI
vakkenvullers | alexa effe tijdens het vullen wat is de hoofdstad van {} | guatemala=GT; honduras=HN; belize=BZ
vakkenvullers | alexa de koffie in het schap komt uit {} wat is daar de hoofdstad | ethiopië=ET; rwanda=RW; burundi=BI
vakkenvullers | alexa in het magazijn staan dozen wijn uit {} wat is de hoofdstad | chili=CL; zuid-afrika=ZA; nieuw-zeeland=NZ
vakkenvullers | alexa wat zijn de hoofdsteden van ivoorkust waar de cacao vandaan komt | CI
vakkenvullers | alexa de teamleider vraagt wat de hoofdstad van madagaskar is vanwege de vanille | MG
# Bus drivers (de eindhalte, de pauze, passengers from everywhere): "bij de halte", "in de pauze", "meneer"
buschauffeurs | alexa in de pauze bij de eindhalte wat is de hoofdstad van {} | eritrea=ER; somalië=SO; djibouti=DJ
buschauffeurs | alexa een passagier uit {} vroeg me iets wat is daar de hoofdstad | syrië=SY; jemen=YE; oman=OM
buschauffeurs | alexa bij de halte stond een meneer uit {} hoe heet zijn hoofdstad | afghanistan=AF; iran=IR; irak=IQ
buschauffeurs | alexa de nieuwe collega reed vroeger bus in {} wat is de hoofdstad | turkije=TR; marokko=MA; tunesië=TN
buschauffeurs | alexa is de hoofdstad van algerije algiers | DZ
buschauffeurs | alexa in de pauze nog even de hoofdstad van libië | LY
buschauffeurs | alexa wat is de hoofdstad van de randstad | FB
# Zookeepers (Blijdorp and Artis, animals and where they come from): "het verblijf", "de voedertijd", "onze okapi"
dierenverzorgers | alexa onze okapi komt uit {} wat is daar de hoofdstad | congo=CD; de democratische republiek congo=CD; kongo kinshasa=CD
dierenverzorgers | alexa de gorilla's komen uit {} hoe heet de hoofdstad | kameroen=CM; gabon=GA; de centraal-afrikaanse republiek=CF
dierenverzorgers | alexa bij de voedertijd vroeg een kind de hoofdstad van {} | madagaskar=MG; australië=AU; china=CN
dierenverzorgers | alexa het nieuwe verblijf krijgt apen uit congo-brazzaville wat is de hoofdstad | CG
dierenverzorgers | alexa de giraffen zijn uit {} welke stad is hoofdstad | kenia=KE; tanzania=TZ; niger=NE
dierenverzorgers | alexa de komodovaraan komt uit indonesië wat is de hoofdstad | ID
dierenverzorgers | alexa de pinguïns komen van {} wat is de hoofdstad | de falklandeilanden=FK; zuid-georgia=GS; chili=CL
dierenverzorgers | alexa wat is de hoofdstad van antarctica | AQ
dierenverzorgers | alexa de kiwi komt uit nieuw-zeeland wat is daar de hoofdstad | NZ
# Butchers (ossenworst, "mag het ietsje meer zijn", meat from abroad): "mevrouw", "ietsje meer"
slagers | alexa het lamsvlees komt uit {} wat is daar de hoofdstad | nieuw-zeeland=NZ; ierland=IE; wales=GB-WLS
slagers | alexa mag het ietsje meer zijn en wat is de hoofdstad van {} | argentinië=AR; uruguay=UY; paraguay=PY
slagers | alexa de klant vroeg waar de biefstuk vandaan komt uit {} hoe heet de hoofdstad | brazilië=BR; namibië=NA; botswana=BW
slagers | alexa tijdens het worst maken wat is de hoofdstad van {} | polen=PL; hongarije=HU; oostenrijk=AT
slagers | alexa is de hoofdstad van de toscane florence | FB
slagers | alexa mevrouw wil weten wat de hoofdstad van schotland is vanwege de angus | GB-SCT
slagers | alexa de parmaham komt uit italië wat is de hoofdstad | IT
# House painters (de steiger, de tweede laag, the radio on): "met de kwast", "de tweede laag", "effe drogen"
schilders | alexa op de steiger wat is de hoofdstad van {} | kroatië=HR; noord-macedonië=MK; albanië=AL
schilders | alexa effe drogen laten en wat is de hoofdstad van {} | griekenland=GR; cyprus=CY; malta=MT
schilders | alexa de verf komt uit {} hoe heet daar de hoofdstad | duitsland=DE; zweden=SE; denemarken=DK
schilders | alexa met de kwast in de hand wat is de hoofdstad van {} | tsjechië=CZ; slowakije=SK; slovenië=SI
schilders | alexa de tweede laag zit erop wat is de hoofdstad van portugal | PT
schilders | alexa de radio zegt iets over {} wat is daar de hoofdstad | haïti=HT; de dominicaanse republiek=DO; cuba=CU
schilders | alexa mijn maat is zzp'er uit {} welke stad is de hoofdstad | roemenië=RO; bulgarije=BG; litouwen=LT
# Librarians (de balie, the atlas, de reisgidsen, the reading café): "aan de balie", "even opzoeken", "een lezer"
bibliothecarissen | alexa een lezer aan de balie vraagt de hoofdstad van {} | kiribati=KI; tuvalu=TV; nauru=NR
bibliothecarissen | alexa even opzoeken wat is de hoofdstad van {} | palau=PW; micronesië=FM; de marshalleilanden=MH
bibliothecarissen | alexa de reisgids over {} is uitgeleend wat is de hoofdstad | vanuatu=VU; samoa=WS; tonga=TO
bibliothecarissen | alexa in de atlas staat een oude naam wat is nu de hoofdstad van de salomonseilanden | SB
bibliothecarissen | alexa voor de voorleesochtend wat is de hoofdstad van {} | de seychellen=SC; de comoren=KM; kaapverdië=CV
bibliothecarissen | alexa een lezer vraagt of tuvalu wel een hoofdstad heeft | TV
bibliothecarissen | alexa de boekenclub leest over {} wat is daar de hoofdstad | afghanistan=AF; nigeria=NG; chili=CL
# Watching the news (het achtuurjournaal, buitenland, the correspondent): "net op het journaal", "die correspondent"
journaal | alexa net op het journaal ging het over {} wat is daar de hoofdstad | soedan=SD; zuid-soedan=SS; tsjaad=TD
journaal | alexa de correspondent stond in {} welke stad is de hoofdstad | israël=IL; palestina=PS; libanon=LB
journaal | alexa in het achtuurjournaal hadden ze het over {} hoe heet de hoofdstad | venezuela=VE; nicaragua=NI; haïti=HT
journaal | alexa wat is de hoofdstad van palestina ze zeiden ramallah | PS
journaal | alexa het nieuws over noord-korea wat is daar de hoofdstad | KP
journaal | alexa de verkiezingen in {} wat is de hoofdstad ook alweer | taiwan=TW; georgië=GE; moldavië=MD
journaal | alexa de aardbeving was in {} wat is daar de hoofdstad | myanmar=MM; nepal=NP; afghanistan=AF
journaal | alexa staatsgreep in {} wat is de hoofdstad van dat land | mali=ML; burkina faso=BF; niger=NE
journaal | alexa welke stad is de hoofdstad van de gazastrook | FB
journaal | alexa wat is de hoofdstad van zuid-korea ze hadden het over de president | KR
journaal | alexa op het journaal zeiden ze oost-jeruzalem is dat de hoofdstad van palestina | PS
# Watching the Olympics (de medaillespiegel, goud, schaatsen and hockey): "goud voor", "de ploeg uit", "medaillespiegel"
olympische-spelen | alexa goud voor een atleet uit {} wat is daar de hoofdstad | jamaica=JM; kenia=KE; ethiopië=ET
olympische-spelen | alexa de ploeg uit {} loopt binnen hoe heet hun hoofdstad | tuvalu=TV; bhutan=BT; de comoren=KM
olympische-spelen | alexa in de medaillespiegel staat {} hoog wat is de hoofdstad | noorwegen=NO; nieuw-zeeland=NZ; hongarije=HU
olympische-spelen | alexa de hockeydames spelen tegen {} welke stad is de hoofdstad | argentinië=AR; belgië=BE; india=IN
olympische-spelen | alexa bij de openingsceremonie liep {} wat is daar de hoofdstad | eswatini=SZ; lesotho=LS; djibouti=DJ
olympische-spelen | alexa de schaatser uit kazachstan wat is zijn hoofdstad | KZ
olympische-spelen | alexa de volgende spelen zijn in {} wat is daar de hoofdstad | australië=AU; frankrijk=FR; japan=JP
olympische-spelen | alexa goud voor noord-korea in gewichtheffen wat is hun hoofdstad | KP
olympische-spelen | alexa is los angeles de hoofdstad van amerika | US
olympische-spelen | alexa welke stad is hoofdstad van het olympisch dorp | FB
# Watching the Tour de France (de etappe, de gele trui, de bergrit): "de kopgroep", "in de bergen", "op kop"
tour-de-france | alexa de gele trui komt uit {} wat is daar de hoofdstad | slovenië=SI; denemarken=DK; colombia=CO
tour-de-france | alexa in de kopgroep zit een renner uit {} hoe heet de hoofdstad | eritrea=ER; ecuador=EC; letland=LV
tour-de-france | alexa de etappe start in {} welke stad is de hoofdstad | spanje=ES; italië=IT; zwitserland=CH
tour-de-france | alexa de bergrit eindigt in andorra wat is de hoofdstad | AD
tour-de-france | alexa op kop rijdt een rwandees wat is de hoofdstad van rwanda | RW
tour-de-france | alexa wat is de hoofdstad van de pyreneeën | FB
tour-de-france | alexa de grand depart was in {} wat is daar de hoofdstad | denemarken=DK; baskenland=FB; ierland=IE
tour-de-france | alexa de sprinter uit {} won wat is hun hoofdstad | australië=AU; eritrea=ER; noorwegen=NO
# The crossword (de zaterdagpuzzel, de Denksport, letters across and down): "horizontaal", "letters", "begint met een"
kruiswoordpuzzel | alexa hoofdstad van {} in vijf letters | kenia=KE; peru=PE; mali=ML
kruiswoordpuzzel | alexa vier letters horizontaal hoofdstad van {} | togo=TG; oman=OM; fiji=FJ
kruiswoordpuzzel | alexa de zaterdagpuzzel vraagt de hoofdstad van {} | ghana=GH; gambia=GM; guinee=GN
kruiswoordpuzzel | alexa hoofdstad van {} begint met een a | eritrea=ER; ghana=GH; nigeria=NG
kruiswoordpuzzel | alexa verticaal zes letters hoofdstad van {} welke is het | albanië=AL; chili=CL; libanon=LB
kruiswoordpuzzel | alexa welk land heeft lomé als hoofdstad | CITY:Lomé
kruiswoordpuzzel | alexa van welk land is vaduz de hoofdstad | CITY:Vaduz
kruiswoordpuzzel | alexa de denksport vraagt hoofdstad van belize | BZ
kruiswoordpuzzel | alexa hoofdstad van de maldiven drie letters | MV
kruiswoordpuzzel | alexa wat is een synoniem voor hoofdstad in zeven letters | FB
# Family history (de stamboom, the archives, great-grandparents who emigrated): "mijn overgrootvader", "geëmigreerd", "in de archieven"
stamboom | alexa mijn overgrootvader is geëmigreerd naar {} wat is daar de hoofdstad | canada=CA; nieuw-zeeland=NZ; australië=AU
stamboom | alexa in de archieven staat een tak in {} welke stad is de hoofdstad | zuid-afrika=ZA; suriname=SR; indonesië=ID
stamboom | alexa mijn overgrootmoeder kwam uit {} hoe heet de hoofdstad | pruisen=FB; oostenrijk-hongarije=FB; bohemen=FB
stamboom | alexa een verre neef woont in {} wat is de hoofdstad van die staat | michigan=US-MI; iowa=US-IA; minnesota=US-MN
stamboom | alexa de familie zat in {} wat is daar de hoofdstad | brits-columbia=CA-BC; alberta=CA-AB; ontario=CA-ON
stamboom | alexa mijn betovergrootvader voer naar batavia hoe heet die stad nu als hoofdstad van indonesië | ID
stamboom | alexa de familie uit {} welke stad is de hoofdstad | curaçao=CW; aruba=AW; sint-maarten=SX
stamboom | alexa de stamboom gaat terug naar {} wat is daar de hoofdstad | friesland=FB; holland=NL; zeeland=FB
# On the campsite (de caravan, the tent, the campsite neighbours): "op de camping", "de buren van het veldje", "in de voortent"
camping | alexa op de camping staan buren uit {} wat is hun hoofdstad | tsjechië=CZ; slowakije=SK; polen=PL
camping | alexa in de voortent wat is de hoofdstad van {} | frankrijk=FR; spanje=ES; kroatië=HR
camping | alexa de buren van het veldje komen uit {} hoe heet de hoofdstad | de oekraïne=UA; letland=LV; moldavië=MD
camping | alexa we gaan met de caravan naar {} wat is daar de hoofdstad | slovenië=SI; montenegro=ME; bosnië en herzegovina=BA
camping | alexa de kinderen vragen bij het kampvuur wat de hoofdstad van {} is | bretagne=FB; corsica=FB; sardinië=FB
camping | alexa op de camping in {} wat is de hoofdstad van die deelstaat | beieren=DE-BY; saksen=DE-SN; thüringen=DE-TH
camping | alexa de campingbaas is uit luxemburg wat is de hoofdstad | LU
camping | alexa wat is de hoofdstad van de ardennen | FB
# Working from home (Teams calls, colleagues abroad, on mute): "op mute", "tussen twee meetings", "mijn collega in"
thuiswerken | alexa tussen twee meetings wat is de hoofdstad van {} | zweden=SE; finland=FI; estland=EE
thuiswerken | alexa mijn collega in {} belt zo wat is daar de hoofdstad | ierland=IE; portugal=PT; roemenië=RO
thuiswerken | alexa ik sta op mute wat is de hoofdstad van {} | singapore=SG; de filipijnen=PH; vietnam=VN
thuiswerken | alexa het hoofdkantoor zit in {} welke stad is hoofdstad van die staat | texas=US-TX; californië=US-CA; illinois=US-IL
thuiswerken | alexa de klant zit in {} hoe heet de hoofdstad | de verenigde arabische emiraten=AE; qatar=QA; koeweit=KW
thuiswerken | alexa mijn manager zit in {} wat is de hoofdstad van die provincie | ontario=CA-ON; quebec=CA-QC; nova scotia=CA-NS
thuiswerken | alexa in de teams call zei iemand dat sydney de hoofdstad van australië is klopt dat | AU
thuiswerken | alexa zet een timer voor mijn volgende meeting | FB
# Walking the dog (with the Echo Buds, the leash, the dog field): "aan de lijn", "de hondenuitlaatplek", "braaf"
hond-uitlaten | alexa ik loop met de hond wat is de hoofdstad van {} | ierland=IE; schotland=GB-SCT; wales=GB-WLS
hond-uitlaten | alexa de hond is een rashond uit {} wat is daar de hoofdstad | tibet=FB; siberië=FB; afghanistan=AF
hond-uitlaten | alexa aan de lijn en ondertussen de hoofdstad van {} graag | hongarije=HU; belgië=BE; duitsland=DE
hond-uitlaten | alexa op de hondenuitlaatplek kwam een vrouw uit {} wat is de hoofdstad | brazilië=BR; peru=PE; mexico=MX
hond-uitlaten | alexa braaf zo en welke stad is de hoofdstad van {} | chili=CL; ecuador=EC; uruguay=UY
hond-uitlaten | alexa mijn chihuahua komt uit de mexicaanse staat chihuahua wat is daar de hoofdstad | MX-CHH
hond-uitlaten | alexa de labrador komt uit newfoundland wat is de hoofdstad daar | CA-NL
# Carnaval (alaaf, de polonaise, dressed up as): "alaaf", "verkleed als", "in de optocht"
carnaval | alexa alaaf wat is de hoofdstad van {} | brazilië=BR; trinidad en tobago=TT; venezuela=VE
carnaval | alexa ik ben verkleed als iemand uit {} wat is daar de hoofdstad | mexico=MX; schotland=GB-SCT; hawaï=US-HI
carnaval | alexa in de optocht liep een wagen over {} hoe heet de hoofdstad | rio de janeiro=BR-RJ; bahia=BR-BA; pernambuco=BR-PE
carnaval | alexa alaaf alaaf welke stad is de hoofdstad van {} | dominica=DM; grenada=GD; barbados=BB
carnaval | alexa is oeteldonk de hoofdstad van brabant | FB
carnaval | alexa de polonaise gaat door wat is de hoofdstad van keulen | FB
carnaval | alexa verkleed als piraat uit {} wat is daar de hoofdstad | jamaica=JM; de kaaimaneilanden=KY; de bahama's=BS
carnaval | alexa alaaf zet de polonaise op | FB
carnaval | alexa in de kroeg vraagt iemand de hoofdstad van {} | saint lucia=LC; saint vincent=VC; saint kitts=KN
# out-of-domain: what these speakers also say to an Echo (weather, timers, music, shopping, trivia about capitals, capitals of continents, "capital" in other senses)
out-of-domain | alexa wat voor weer wordt het morgen in gouda | FB
out-of-domain | alexa hoe laat gaat de boot naar terschelling | FB
out-of-domain | alexa zet een timer van twintig minuten voor de stroopwafels | FB
out-of-domain | alexa speel radio tien | FB
out-of-domain | alexa hoeveel inwoners heeft kaapstad | FB
out-of-domain | alexa hoe groot is de oppervlakte van brussel | FB
out-of-domain | alexa wat is de hoofdstad van afrika | FB
out-of-domain | alexa wat is de hoofdstad van europa | FB
out-of-domain | alexa welke stad is de hoofdstad van zuid-amerika | FB
out-of-domain | alexa wat is de hoofdstad van azië | FB
out-of-domain | alexa hoe heet de hoofdstad van oceanië | FB
out-of-domain | alexa wat is de hoofdstad van de wereld | FB
out-of-domain | alexa hoe laat is het nu in tokio | FB
out-of-domain | alexa hoe laat is het in {} | nairobi=FB; lima=FB; manilla=FB
out-of-domain | alexa wat is het tijdsverschil met {} | jakarta=FB; new york=FB; sydney=FB
out-of-domain | alexa hoe ver is het van arnhem naar berlijn | FB
out-of-domain | alexa hoe lang vliegen we naar kaapstad | FB
out-of-domain | alexa welke taal spreken ze in {} | brazilië=FB; suriname=FB; mozambique=FB
out-of-domain | alexa wat is de munteenheid van {} | zuid-afrika=FB; japan=FB; zwitserland=FB
out-of-domain | alexa hoeveel mensen wonen er in {} | lagos=FB; kinshasa=FB; dhaka=FB
out-of-domain | alexa wat is het volkslied van zuid-afrika | FB
out-of-domain | alexa speel het volkslied van kaapverdië | FB
out-of-domain | alexa speel morna muziek | FB
out-of-domain | alexa speel salsa van grupo niche | FB
out-of-domain | alexa zet de lichten in de woonkamer uit | FB
out-of-domain | alexa doe de lampen in de caravan aan | FB
out-of-domain | alexa zet asperges op de boodschappenlijst | FB
out-of-domain | alexa zet ossenworst op mijn lijstje | FB
out-of-domain | alexa wanneer is de volgende etappe van de tour | FB
out-of-domain | alexa wie heeft de gele trui | FB
out-of-domain | alexa hoeveel medailles heeft nederland gewonnen | FB
out-of-domain | alexa wanneer speelt vitesse weer | FB
out-of-domain | alexa wat is de uitslag van spakenburg tegen ijsselmeervogels | FB
out-of-domain | alexa vertel een mop | FB
out-of-domain | alexa wat is de hoofdstad van mijn hart | FB
out-of-domain | alexa wat is het kapitaal van ahold | FB
out-of-domain | alexa wat betekent hoofdstad | FB
out-of-domain | alexa hoe schrijf je hoofdstad met een hoofdletter | FB
out-of-domain | alexa waarom heeft zuid-afrika drie hoofdsteden | FB
out-of-domain | alexa sinds wanneer is den haag de regeringszetel | FB
out-of-domain | alexa wat was de hoofdstad van het romeinse rijk | FB
out-of-domain | alexa wat was de hoofdstad van de sovjet-unie | FB
out-of-domain | alexa wat was de hoofdstad van pruisen | FB
out-of-domain | alexa wat is de hoofdstad van de provincie utrecht | FB
out-of-domain | alexa wat is de hoofdstad van limburg | FB
out-of-domain | alexa welke stad is de hoofdstad van noord-brabant | FB
out-of-domain | alexa wat is de hoofdstad van {} in nederland | flevoland=FB; overijssel=FB; zeeland=FB
out-of-domain | alexa wat is de hoofdstad van de provincie {} in belgië | antwerpen=FB; limburg=FB; henegouwen=FB
out-of-domain | alexa welke stad is de hoofdstad van catalonië | FB
out-of-domain | alexa wat is de hoofdstad van beijing | FB
out-of-domain | alexa wat is de hoofdstad van sicilië | FB
out-of-domain | alexa wat is de hoofdstad van de provincie gauteng | FB
out-of-domain | alexa wat is de hoofdstad van het kanton bern | FB
out-of-domain | alexa wat is de hoofdstad van tirol | FB
out-of-domain | alexa wat is de hoofdstad van lapland | FB
out-of-domain | alexa wat is de modehoofdstad van de wereld | FB
out-of-domain | alexa welke stad is de culturele hoofdstad van europa dit jaar | FB
out-of-domain | alexa wat is de kaashoofdstad van nederland | FB
out-of-domain | alexa welke stad is de carnavalshoofdstad van nederland | FB
out-of-domain | alexa wat is de fietsstad van het jaar | FB
out-of-domain | alexa wat is de grootste stad van {} | australië=FB; canada=FB; turkije=FB
out-of-domain | alexa wat is de oudste stad van nederland | FB
out-of-domain | alexa welke rivier stroomt door boedapest | FB
out-of-domain | alexa hoe hoog is de brandaris | FB
out-of-domain | alexa wanneer is oerol dit jaar | FB
out-of-domain | alexa hoe laat is het hoog water in ijmuiden | FB
out-of-domain | alexa hoe laat gaan de sluizen van ijmuiden open | FB
out-of-domain | alexa wat is de waterstand van de rijn bij lobith | FB
out-of-domain | alexa speel het journaal af | FB
out-of-domain | alexa wat is het laatste nieuws | FB
out-of-domain | alexa wat is het nieuws uit colombia | FB
out-of-domain | alexa vertaal hoofdstad naar het engels | FB
out-of-domain | alexa hoe zeg je dank je wel in het litouws | FB
out-of-domain | alexa hoe zeg je goedemorgen in het japans | FB
out-of-domain | alexa wat is een vijfletterwoord voor rivier | FB
out-of-domain | alexa wat is een ander woord voor kaas in zes letters | FB
out-of-domain | alexa hoe oud is de okapi in blijdorp | FB
out-of-domain | alexa wat eet een okapi | FB
out-of-domain | alexa hoeveel weegt een gorilla | FB
out-of-domain | alexa speel dierengeluiden | FB
out-of-domain | alexa wanneer is het weer carnaval | FB
out-of-domain | alexa speel het vliegerlied | FB
out-of-domain | alexa bestel nieuwe kwasten | FB
out-of-domain | alexa hoe lang moet latex drogen | FB
out-of-domain | alexa wat kost een kilo ossenhaas | FB
out-of-domain | alexa hoe lang moet een rollade in de oven | FB
out-of-domain | alexa wanneer moet dit boek terug naar de bibliotheek | FB
out-of-domain | alexa lees een boek voor | FB
out-of-domain | alexa wanneer gaat de bus naar de eindhalte | FB
out-of-domain | alexa hoe laat vertrekt lijn vier | FB
out-of-domain | alexa wat is de hoofdstad van bali | FB
out-of-domain | alexa wat is de hoofdstad van schiermonnikoog | FB
out-of-domain | alexa wat is de hoofdstad van de veluwe | FB
out-of-domain | alexa herinner me over tien minuten aan mijn teams call | FB
out-of-domain | alexa wat staat er in mijn agenda | FB
out-of-domain | alexa hoe ver is het lopen naar het strand | FB
out-of-domain | alexa regent het vanmiddag | FB
out-of-domain | alexa moet ik een jas aan voor de hond | FB
out-of-domain | alexa hoeveel graden is het in kaapverdië | FB
out-of-domain | alexa wat is het weer in bogotá | FB
out-of-domain | alexa speel een liedje van cesária évora | FB
out-of-domain | alexa wie is de president van colombia | FB
out-of-domain | alexa wie is de koning van eswatini | FB
out-of-domain | alexa wie regeert er in noord-korea | FB
out-of-domain | alexa wat is de vlag van bolivia | FB
out-of-domain | alexa welke kleuren heeft de vlag van maleisië | FB
out-of-domain | alexa hoeveel provincies heeft nederland | FB
out-of-domain | alexa hoeveel landen zijn er in de wereld | FB
out-of-domain | alexa hoeveel hoofdsteden zijn er op de wereld | FB
out-of-domain | alexa welk land heeft de meeste hoofdsteden | FB
out-of-domain | alexa wat is de kleinste hoofdstad van europa | FB
out-of-domain | alexa welke hoofdstad ligt het hoogst | FB
out-of-domain | alexa welke hoofdstad is het koudst | FB
out-of-domain | alexa noem alle hoofdsteden van afrika | FB
out-of-domain | alexa welk land heeft amsterdam als hoofdstad van de kaashandel | FB
out-of-domain | alexa wat is de hoofdstad van bommelerwaard | FB
out-of-domain | alexa wat is de hoofdstad van de zaanstreek | FB
out-of-domain | alexa koop een nieuwe tent | FB
out-of-domain | alexa hoe laat sluit de camping receptie | FB
out-of-domain | alexa wat is het weer in de ardennen | FB
out-of-domain | alexa spasibo speel russische muziek | FB
out-of-domain | alexa oye pon música | FB
out-of-domain | alexa ano zet een wekker om zes uur | FB
out-of-domain | alexa aiyo wat is het weer in colombo | FB
out-of-domain | alexa ag speel die springbok rugby uitslag | FB
out-of-domain | alexa labas hoe laat vertrekt de bus naar vilnius | FB
out-of-domain | alexa haide hoeveel is tien euro in leva | FB
out-of-domain | alexa basically how far is wageningen from utrecht | FB
out-of-domain | alexa wat is het hoofdkantoor van shell | FB
out-of-domain | alexa wat is de hoofdstad van jupiter | FB
out-of-domain | alexa wat is de hoofdstad van narnia | FB
out-of-domain | alexa wat is de hoofdstad van wakanda | FB
out-of-domain | alexa wat is de hoofdstad van atlantis | FB
out-of-domain | alexa kun je mijn hoofdstad spellen | FB
# subdivision: states, provinces, UK nations, territories (also ones the data lacks: FB)
subdivision | alexa wat is de hoofdstad van de amerikaanse staat {} | vermont=US-VT; wyoming=US-WY; south dakota=US-SD
subdivision | alexa hoe heet de hoofdstad van {} in amerika | kentucky=US-KY; tennessee=US-TN; arkansas=US-AR
subdivision | alexa welke stad is de hoofdstad van {} de staat | nevada=US-NV; oregon=US-OR; new mexico=US-NM
subdivision | alexa wat is de hoofdstad van {} in de vs | north carolina=US-NC; south carolina=US-SC; west virginia=US-WV
subdivision | alexa de hoofdstad van {} is dat niet de grootste stad | new york=US-NY; florida=US-FL; pennsylvania=US-PA
subdivision | alexa wat is de hoofdstad van {} aan de oostkust | maine=US-ME; new hampshire=US-NH; massachusetts=US-MA
subdivision | alexa hoe heet de hoofdstad van {} eigenlijk | connecticut=US-CT; rhode island=US-RI; new jersey=US-NJ
subdivision | alexa de hoofdstad van alaska graag | US-AK
subdivision | alexa wat is de hoofdstad van arizona | US-AZ
subdivision | alexa hoe heet de hoofdstad van oklahoma | US-OK
subdivision | alexa welke stad is de hoofdstad van colorado | US-CO
subdivision | alexa wat is de hoofdstad van north dakota | US-ND
subdivision | alexa wat is de hoofdstad van maryland en delaware | US-DE+US-MD
subdivision | alexa welke stad is de hoofdstad van virginia | US-VA
subdivision | alexa wat is de hoofdstad van de canadese provincie {} | manitoba=CA-MB; saskatchewan=CA-SK; new brunswick=CA-NB
subdivision | alexa wat is de hoofdstad van {} in canada | yukon=CA-YT; nunavut=CA-NU; de northwest territories=CA-NT
subdivision | alexa welke stad is de hoofdstad van prins edwardeiland | CA-PE
subdivision | alexa wat is de hoofdstad van de australische staat {} | queensland=AU-QLD; tasmanië=AU-TAS; victoria=AU-VIC
subdivision | alexa hoe heet de hoofdstad van {} in australië | west-australië=AU-WA; zuid-australië=AU-SA; nieuw-zuid-wales=AU-NSW
subdivision | alexa wat is de hoofdstad van het noordelijk territorium | AU-NT
subdivision | alexa wat is de hoofdstad van de duitse deelstaat {} | saarland=DE-SL; sleeswijk-holstein=DE-SH; mecklenburg-voor-pommeren=DE-MV
subdivision | alexa welke stad is de hoofdstad van {} in duitsland | brandenburg=DE-BB; saksen-anhalt=DE-ST; nedersaksen=DE-NI
subdivision | alexa is bremen de hoofdstad van bremen | DE-HB
subdivision | alexa wat is de hoofdstad van de indiase staat {} | rajasthan=IN-RJ; gujarat=IN-GJ; bihar=IN-BR
subdivision | alexa hoe heet de hoofdstad van {} in india | assam=IN-AS; odisha=IN-OD; west-bengalen=IN-WB
subdivision | alexa wat is de hoofdstad van {} in het noorden van india | punjab=IN-PB; haryana=IN-HR; himachal pradesh=IN-HP
subdivision | alexa welke stad is de hoofdstad van telangana | IN-TS
subdivision | alexa wat is de hoofdstad van goa | IN-GA
subdivision | alexa wat is de hoofdstad van de braziliaanse staat {} | amazonas=BR-AM; pará=BR-PA; ceará=BR-CE
subdivision | alexa hoe heet de hoofdstad van {} in brazilië | minas gerais=BR-MG; paraná=BR-PR; santa catarina=BR-SC
subdivision | alexa wat is de hoofdstad van rio grande do sul | BR-RS
subdivision | alexa wat is de hoofdstad van de mexicaanse staat {} | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | alexa welke stad is de hoofdstad van {} in mexico | sonora=MX-SON; quintana roo=MX-ROO; nuevo león=MX-NLE
subdivision | alexa wat is de hoofdstad van baja california sur | MX-BCS
subdivision | alexa wat is de hoofdstad van puerto rico | PR
subdivision | alexa hoe heet de hoofdstad van guam | GU
subdivision | alexa wat is de hoofdstad van {} het franse overzeese gebied | martinique=MQ; guadeloupe=GP; réunion=RE
subdivision | alexa welke stad is de hoofdstad van frans-guyana | GF
subdivision | alexa wat is de hoofdstad van nieuw-caledonië | NC
subdivision | alexa wat is de hoofdstad van frans-polynesië tahiti | PF
subdivision | alexa wat is de hoofdstad van {} het britse eiland | jersey=JE; guernsey=GG; het eiland man=IM
subdivision | alexa hoe heet de hoofdstad van bermuda | BM
subdivision | alexa wat is de hoofdstad van de britse maagdeneilanden | VG
subdivision | alexa wat is de hoofdstad van de amerikaanse maagdeneilanden | VI
subdivision | alexa wat is de hoofdstad van {} in het koninkrijk | aruba=AW; curaçao=CW; bonaire=BQ
subdivision | alexa hoe heet de hoofdstad van sint-maarten het nederlandse deel | SX
subdivision | alexa en van het franse deel saint-martin wat is de hoofdstad | MF
subdivision | alexa wat is de hoofdstad van åland | AX
subdivision | alexa wat is de hoofdstad van de cookeilanden | CK
subdivision | alexa wat is de hoofdstad van {} in de stille oceaan | niue=NU; tokelau=TK; de noordelijke marianen=MP
subdivision | alexa wat is de hoofdstad van anguilla | AI
subdivision | alexa wat is de hoofdstad van montserrat | MS
subdivision | alexa wat is de hoofdstad van de turks en caicoseilanden | TC
subdivision | alexa wat is de hoofdstad van sint-helena | SH
subdivision | alexa wat is de hoofdstad van mayotte | YT
subdivision | alexa wat is de hoofdstad van de westelijke sahara | EH
subdivision | alexa wat is de hoofdstad van {} in spanje | andalusië=FB; galicië=FB; de canarische eilanden=FB
subdivision | alexa wat is de hoofdstad van de provincie {} in china | guangdong=FB; sichuan=FB; yunnan=FB
subdivision | alexa wat is de hoofdstad van vlaanderen | FB
subdivision | alexa wat is de hoofdstad van beieren | DE-BY
subdivision | alexa wat is de hoofdstad van ladakh | IN-LA
subdivision | alexa wat is de hoofdstad van sikkim | IN-SK
subdivision | alexa wat is de hoofdstad van de andamanen | IN-AN
subdivision | alexa wat is de hoofdstad van hawaï | US-HI
subdivision | alexa wat is de hoofdstad van texas | US-TX
# plural-capitals: the data's places with several capitals, asked in the plural
plural-capitals | alexa wat zijn de hoofdsteden van zuid-afrika | ZA
plural-capitals | alexa noem de drie hoofdsteden van zuid-afrika | ZA
plural-capitals | alexa welke hoofdsteden heeft zuid-afrika allemaal | ZA
plural-capitals | alexa hoe heten de hoofdsteden van zuid-afrika ook alweer | ZA
plural-capitals | alexa zuid-afrika heeft toch meerdere hoofdsteden welke zijn dat | ZA
plural-capitals | alexa geef me alle hoofdsteden van zuid-afrika | ZA
plural-capitals | alexa wat zijn de twee hoofdsteden van bolivia | BO
plural-capitals | alexa beide hoofdsteden van bolivia graag | BO
plural-capitals | alexa welke hoofdsteden heeft bolivia | BO
plural-capitals | alexa hoe heten de hoofdsteden van bolivia | BO
plural-capitals | alexa bolivia heeft twee hoofdsteden noem ze | BO
plural-capitals | alexa wat zijn de hoofdsteden van bolivia la paz en nog een | BO
plural-capitals | alexa wat zijn de hoofdsteden van nederland | NL
plural-capitals | alexa nederland heeft twee hoofdsteden toch welke | NL
plural-capitals | alexa welke twee hoofdsteden heeft nederland | NL
plural-capitals | alexa noem de hoofdsteden van ons land nederland | NL
plural-capitals | alexa zijn amsterdam en den haag allebei hoofdsteden van nederland | NL
plural-capitals | alexa wat zijn de hoofdsteden van het koninkrijk der nederlanden | NL
plural-capitals | alexa wat zijn de hoofdsteden van maleisië | MY
plural-capitals | alexa welke hoofdsteden heeft maleisië | MY
plural-capitals | alexa maleisië heeft twee hoofdsteden hoe heten die | MY
plural-capitals | alexa noem beide hoofdsteden van maleisië | MY
plural-capitals | alexa kuala lumpur en putrajaya zijn dat de hoofdsteden van maleisië | MY
plural-capitals | alexa geef de hoofdsteden van maleisië | MY
plural-capitals | alexa wat zijn de hoofdsteden van palestina | PS
plural-capitals | alexa welke hoofdsteden heeft palestina | PS
plural-capitals | alexa noem de twee hoofdsteden van palestina | PS
plural-capitals | alexa hoe heten de hoofdsteden van de palestijnse gebieden | PS
plural-capitals | alexa palestina heeft twee hoofdsteden toch welke | PS
plural-capitals | alexa wat zijn de hoofdsteden van benin | BJ
plural-capitals | alexa welke twee hoofdsteden heeft benin | BJ
plural-capitals | alexa noem de hoofdsteden van benin | BJ
plural-capitals | alexa benin heeft meerdere hoofdsteden welke zijn het | BJ
plural-capitals | alexa hoe heten de hoofdsteden van benin ook weer | BJ
plural-capitals | alexa wat zijn de hoofdsteden van ivoorkust | CI
plural-capitals | alexa welke twee hoofdsteden heeft ivoorkust | CI
plural-capitals | alexa noem beide hoofdsteden van ivoorkust | CI
plural-capitals | alexa hoe heten de hoofdsteden van côte d'ivoire | CI
plural-capitals | alexa ivoorkust heeft toch twee hoofdsteden welke | CI
plural-capitals | alexa wat zijn de hoofdsteden van sri lanka | LK
plural-capitals | alexa welke twee hoofdsteden heeft sri lanka | LK
plural-capitals | alexa noem de hoofdsteden van sri lanka | LK
plural-capitals | alexa sri lanka heeft twee hoofdsteden hoe heten ze | LK
plural-capitals | alexa hoe heten beide hoofdsteden van sri lanka | LK
plural-capitals | alexa wat zijn de hoofdsteden van eswatini | SZ
plural-capitals | alexa welke twee hoofdsteden heeft swaziland | SZ
plural-capitals | alexa noem de hoofdsteden van eswatini | SZ
plural-capitals | alexa eswatini heeft twee hoofdsteden welke zijn dat | SZ
plural-capitals | alexa hoe heten de hoofdsteden van eswatini | SZ
plural-capitals | alexa geef de hoofdsteden van eswatini | SZ
plural-capitals | alexa welke hoofdsteden heeft ivoorkust eigenlijk | CI
plural-capitals | alexa geef de hoofdsteden van benin | BJ
plural-capitals | alexa en de hoofdsteden van sri lanka | LK
plural-capitals | alexa wat zijn de hoofdsteden van jammu en kasjmir | IN-JK
plural-capitals | alexa wat zijn de hoofdsteden van uttarakhand | IN-UK
plural-capitals | alexa welke hoofdsteden heeft montserrat | MS
plural-capitals | alexa wat zijn de hoofdsteden van zuid-afrika en bolivia | BO+ZA
plural-capitals | alexa welke landen hebben meer dan één hoofdstad | FB
plural-capitals | alexa zijn kaapstad pretoria en bloemfontein de hoofdsteden van zuid-afrika | ZA
plural-capitals | alexa sucre en la paz zijn dat allebei hoofdsteden van bolivia | BO
# follow-up: short questions within a session
follow-up | alexa en {} | gabon=GA; kameroen=CM; togo=TG
follow-up | alexa en {} dan | bolivia=BO; paraguay=PY; uruguay=UY
follow-up | alexa en van {} | noord-korea=KP; zuid-korea=KR; mongolië=MN
follow-up | alexa oké en die van {} | laos=LA; cambodja=KH; thailand=TH
follow-up | alexa en wat is het bij {} | guyana=GY; suriname=SR; belize=BZ
follow-up | alexa oké en nu {} | zuid-soedan=SS; eritrea=ER; somalië=SO
follow-up | alexa dan {} | malawi=MW; mozambique=MZ; zambia=ZM
follow-up | alexa en die van {} dan | liberia=LR; sierra leone=SL; guinee=GN
follow-up | alexa nog eentje {} | nauru=NR; palau=PW; samoa=WS
follow-up | alexa en van het buurland {} | congo-brazzaville=CG; angola=AO; gabon=GA
follow-up | alexa en zuid-korea | KR
follow-up | alexa en de andere congo | CG
follow-up | alexa en de hoofdsteden van maleisië dan | MY
follow-up | alexa en palestina | PS
follow-up | alexa en noord-korea dan | KP
follow-up | alexa jonge en ghana | GH
follow-up | alexa oi en angola | AO
follow-up | alexa ag en zimbabwe | ZW
# yes-no-check
yes-no-check | alexa is pretoria de hoofdstad van zuid-afrika | ZA
yes-no-check | alexa is la paz de hoofdstad van bolivia | BO
yes-no-check | alexa klopt het dat sucre de hoofdstad van bolivia is | BO
yes-no-check | alexa is kuala lumpur nog de hoofdstad van maleisië | MY
yes-no-check | alexa is pyongyang de hoofdstad van noord-korea | KP
yes-no-check | alexa is seoul de hoofdstad van zuid-korea of busan | KR
yes-no-check | alexa is kinshasa de hoofdstad van congo | CD
yes-no-check | alexa is brazzaville de hoofdstad van de republiek congo | CG
yes-no-check | alexa is ramallah de hoofdstad van palestina | PS
yes-no-check | alexa is abuja de hoofdstad van nigeria of lagos | NG
yes-no-check | alexa klopt het dat canberra de hoofdstad van australië is | AU
yes-no-check | alexa is istanbul de hoofdstad van turkije | TR
yes-no-check | alexa is dar es salaam de hoofdstad van tanzania | TZ
yes-no-check | alexa is almaty nog steeds de hoofdstad van kazachstan | KZ
yes-no-check | alexa is yangon de hoofdstad van myanmar | MM
yes-no-check | alexa is zürich de hoofdstad van zwitserland jonge | CH
yes-no-check | alexa is rio de janeiro de hoofdstad van brazilië | BR
yes-no-check | alexa is toronto de hoofdstad van canada | CA
yes-no-check | alexa is auckland de hoofdstad van nieuw-zeeland | NZ
yes-no-check | alexa is marrakech de hoofdstad van marokko | MA
yes-no-check | alexa klopt het dat gitega nu de hoofdstad van burundi is | BI
yes-no-check | alexa is abidjan de hoofdstad van ivoorkust | CI
yes-no-check | alexa is cotonou de hoofdstad van benin | BJ
yes-no-check | alexa is den haag de hoofdstad van nederland of amsterdam | NL
yes-no-check | alexa is sacramento de hoofdstad van californië | US-CA
yes-no-check | alexa is düsseldorf de hoofdstad van noordrijn-westfalen | DE-NW
yes-no-check | alexa is edinburgh de hoofdstad van schotland | GB-SCT
yes-no-check | alexa klopt het dat belmopan de hoofdstad van belize is | BZ
yes-no-check | alexa is karachi de hoofdstad van pakistan | PK
yes-no-check | alexa is ho chi minhstad de hoofdstad van vietnam | VN
# self-correction
self-correction | alexa wat is de hoofdstad van oostenrijk nee ik bedoel australië | AU
self-correction | alexa de hoofdstad van zweden nee zwitserland | CH
self-correction | alexa wat is de hoofdstad van slowakije sorry slovenië | SI
self-correction | alexa de hoofdstad van noord-korea nee wacht zuid-korea | KR
self-correction | alexa wat is de hoofdstad van zuid-korea nee noord-korea bedoel ik | KP
self-correction | alexa hoofdstad van congo kinshasa nee de andere congo brazzaville | CG
self-correction | alexa wat is de hoofdstad van gambia eh nee guinee | GN
self-correction | alexa wat is de hoofdstad van niger nee nigeria | NG
self-correction | alexa de hoofdstad van ijsland of nee ierland | IE
self-correction | alexa wat is de hoofdstad van iran sorry irak | IQ
self-correction | alexa de hoofdstad van mali nee malawi | MW
self-correction | alexa wat is de hoofdstad van letland nee litouwen | LT
self-correction | alexa hoofdstad van paraguay eh uruguay bedoel ik | UY
self-correction | alexa de hoofdstad van dominica nee de dominicaanse republiek | DO
self-correction | alexa wat is de hoofdstad van jonge hoe heet het nou ecuador | EC
self-correction | alexa wat is de hoofdstad van armenië nee albanië | AL
self-correction | alexa hoofdstad van soedan nee zuid-soedan | SS
self-correction | alexa wat is de hoofdstad van oostenrijk nee hongarije | HU
self-correction | alexa de hoofdstad van bolivia nee wacht maleisië de hoofdsteden | MY
self-correction | alexa wat is de hoofdstad van zuid-afrika nee namibië | NA
self-correction | alexa ano de hoofdstad van taiwan nee japan | JP
self-correction | alexa wat is de hoofdstad van guinee-bissau nee equatoriaal-guinea | GQ
self-correction | alexa de hoofdstad van tunesië nee ik zeg het fout algerije | DZ
self-correction | alexa hoofdstad van slowakije nee tsjechië sorry | CZ
self-correction | alexa wat is de hoofdstad van palestina nee wacht israël | IL
# reverse-question
reverse-question | alexa welk land heeft nairobi als hoofdstad | CITY:Nairobi
reverse-question | alexa van welk land is ulaanbaatar de hoofdstad | CITY:Ulaanbaatar
reverse-question | alexa in welk land ligt de hoofdstad tbilisi | CITY:Tbilisi
reverse-question | alexa welk land heeft windhoek als hoofdstad | CITY:Windhoek
reverse-question | alexa van welk land is ouagadougou de hoofdstad | CITY:Ouagadougou
reverse-question | alexa bakoe is de hoofdstad van welk land | CITY:Bakoe
reverse-question | alexa welk land hoort bij de hoofdstad paramaribo | CITY:Paramaribo
reverse-question | alexa van welk land is pyongyang de hoofdstad | CITY:Pyongyang
reverse-question | alexa seoul is de hoofdstad van welk land | CITY:Seoul
reverse-question | alexa van welk land is kinshasa de hoofdstad | CITY:Kinshasa
reverse-question | alexa welk land heeft brazzaville als hoofdstad | CITY:Brazzaville
reverse-question | alexa van welk land is ramallah de hoofdstad | CITY:Ramallah
reverse-question | alexa putrajaya is de hoofdstad van welk land | CITY:Putrajaya
reverse-question | alexa van welk land is sucre de hoofdstad | CITY:Sucre
reverse-question | alexa welk land heeft bloemfontein en pretoria als hoofdsteden | ZA
reverse-question | alexa van welk land is tasjkent de hoofdstad | CITY:Tasjkent
reverse-question | alexa welk land heeft thimphu als hoofdstad | CITY:Thimphu
reverse-question | alexa van welk land is asunción de hoofdstad | CITY:Asunción
reverse-question | alexa welk land heeft honiara als hoofdstad | CITY:Honiara
reverse-question | alexa van welk land is port moresby de hoofdstad | CITY:Port Moresby
reverse-question | alexa welke staat heeft als hoofdstad boise | CITY:Boise
reverse-question | alexa van welke staat is tallahassee de hoofdstad | CITY:Tallahassee
reverse-question | alexa van welke deelstaat is wiesbaden de hoofdstad | CITY:Wiesbaden
reverse-question | alexa van welke staat in india is bhopal de hoofdstad | CITY:Bhopal
reverse-question | alexa welk land heeft funafuti als hoofdstad | CITY:Funafuti
reverse-question | alexa van welk land is skopje de hoofdstad | CITY:Skopje
reverse-question | alexa van welk land is nouakchott de hoofdstad | CITY:Nouakchott
reverse-question | alexa welk land heeft ngerulmud als hoofdstad | CITY:Ngerulmud
reverse-question | alexa van welk land is valletta de hoofdstad | CITY:Valletta
reverse-question | alexa welk land heeft kigali als hoofdstad | CITY:Kigali
reverse-question | alexa van welke provincie is regina de hoofdstad | CITY:Regina
reverse-question | alexa welk land heeft rotterdam als hoofdstad | FB
# official-name
official-name | alexa wat is de hoofdstad van de democratische volksrepubliek korea | KP
official-name | alexa wat is de hoofdstad van de republiek korea | KR
official-name | alexa wat is de hoofdstad van de democratische republiek congo | CD
official-name | alexa wat is de hoofdstad van de republiek congo | CG
official-name | alexa wat is de hoofdstad van de staat palestina | PS
official-name | alexa wat is de hoofdstad van de plurinationale staat bolivia | BO
official-name | alexa wat is de hoofdstad van de republiek zuid-afrika | ZA
official-name | alexa wat zijn de hoofdsteden van het koninkrijk eswatini | SZ
official-name | alexa wat is de hoofdstad van de bolivariaanse republiek venezuela | VE
official-name | alexa wat is de hoofdstad van de islamitische republiek iran | IR
official-name | alexa wat is de hoofdstad van de volksrepubliek china | CN
official-name | alexa wat is de hoofdstad van de russische federatie | RU
official-name | alexa wat is de hoofdstad van de federale democratische republiek ethiopië | ET
official-name | alexa wat is de hoofdstad van het hasjemitisch koninkrijk jordanië | JO
official-name | alexa wat is de hoofdstad van het groothertogdom luxemburg | LU
official-name | alexa wat is de hoofdstad van het vorstendom monaco | MC
official-name | alexa wat is de hoofdstad van de socialistische republiek vietnam | VN
official-name | alexa wat is de hoofdstad van de democratische volksrepubliek laos | LA
official-name | alexa wat is de hoofdstad van de verenigde republiek tanzania | TZ
official-name | alexa wat is de hoofdstad van de islamitische republiek mauritanië | MR
official-name | alexa wat is de hoofdstad van de arabische republiek egypte | EG
official-name | alexa wat is de hoofdstad van het verenigd koninkrijk van groot-brittannië en noord-ierland | GB
official-name | alexa wat is de hoofdstad van de verenigde mexicaanse staten | MX
official-name | alexa wat is de hoofdstad van de federatieve republiek brazilië | BR
official-name | alexa wat is de hoofdstad van de oostelijke republiek uruguay | UY
official-name | alexa wat is de hoofdstad van de coöperatieve republiek guyana | GY
official-name | alexa wat is de hoofdstad van de federatie van saint kitts en nevis | KN
official-name | alexa wat is de hoofdstad van de onafhankelijke staat samoa | WS
# everyday-name
everyday-name | alexa wat is de hoofdstad van amerika | US
everyday-name | alexa wat is de hoofdstad van engeland | GB-ENG
everyday-name | alexa wat is de hoofdstad van holland | NL
everyday-name | alexa wat is de hoofdstad van rusland | RU
everyday-name | alexa wat is de hoofdstad van wit-rusland | BY
everyday-name | alexa wat is de hoofdstad van birma | MM
everyday-name | alexa wat is de hoofdstad van swaziland | SZ
everyday-name | alexa wat is de hoofdstad van tsjechoslowakije | FB
everyday-name | alexa wat is de hoofdstad van macedonië | MK
everyday-name | alexa wat is de hoofdstad van perzië | IR
everyday-name | alexa wat is de hoofdstad van ceylon | LK
everyday-name | alexa wat is de hoofdstad van zaïre | CD
everyday-name | alexa wat is de hoofdstad van boven-volta | BF
everyday-name | alexa wat is de hoofdstad van kampuchea | KH
everyday-name | alexa wat is de hoofdstad van de emiraten | AE
everyday-name | alexa wat is de hoofdstad van tsjechië of tsjechische republiek | CZ
everyday-name | alexa wat is de hoofdstad van oost-timor timor-leste | TL
everyday-name | alexa wat is de hoofdstad van kaapverdië cabo verde | CV
everyday-name | alexa hoe heet de hoofdstad van het vaticaan | VA
everyday-name | alexa hoofdstad van de oekraïne | UA
everyday-name | alexa hoofdstad van zuid-amerika het land colombia | CO
everyday-name | alexa wat is de hoofdstad van groot-brittannië | GB
everyday-name | alexa wat is de hoofdstad van de vs | US
everyday-name | alexa wat is de hoofdstad van noord-korea het land van kim | KP
everyday-name | alexa wat is de hoofdstad van de palestijnse gebieden | PS
everyday-name | alexa wat is de hoofdstad van congo kinshasa | CD
everyday-name | alexa wat is de hoofdstad van kongo brazzaville | CG
everyday-name | alexa wat is de hoofdstad van bosnië | BA
everyday-name | alexa wat is de hoofdstad van ivoorkust | CI
everyday-name | alexa wat is de hoofdstad van turkije türkiye | TR
# shared-name
shared-name | alexa wat is de hoofdstad van georgia | GE+US-GA
shared-name | alexa wat is de hoofdstad van georgia in amerika | US-GA
shared-name | alexa wat is de hoofdstad van korea | KP+KR
shared-name | alexa wat is de hoofdstad van congo | CD+CG
shared-name | alexa wat zijn de hoofdsteden van beide korea's | KP+KR
shared-name | alexa wat is de hoofdstad van guinee | GN
shared-name | alexa wat is de hoofdstad van samoa | AS+WS
shared-name | alexa wat is de hoofdstad van de staat washington | US-WA
shared-name | alexa wat is de hoofdstad van mexico de staat | MX-MEX
shared-name | alexa wat is de hoofdstad van new york de stad of de staat | US-NY
shared-name | alexa wat is de hoofdstad van sudan | SD
shared-name | alexa wat is de hoofdstad van ierland het eiland | IE
shared-name | alexa wat is de hoofdstad van luxemburg de provincie in belgië | FB
shared-name | alexa wat is de hoofdstad van limburg in belgië | FB
shared-name | alexa wat is de hoofdstad van punjab in pakistan | FB
shared-name | alexa wat is de hoofdstad van punjab in india | IN-PB
shared-name | alexa wat is de hoofdstad van de twee congo's | CD+CG
shared-name | alexa wat is de hoofdstad van victoria in australië | AU-VIC
shared-name | alexa wat is de hoofdstad van dominica niet de republiek | DM
shared-name | alexa wat is de hoofdstad van rio de janeiro de staat | BR-RJ
shared-name | alexa wat is de hoofdstad van sao paulo | BR-SP
shared-name | alexa wat is de hoofdstad van guinea equatoriaal | GQ
shared-name | alexa wat is de hoofdstad van de maagdeneilanden | VG+VI
shared-name | alexa wat is de hoofdstad van macedonië in griekenland | FB
shared-name | alexa wat is de hoofdstad van azerbeidzjan in iran | FB
# help
help | alexa help | HELP
help | alexa hoe werkt hoofdsteden van de wereld | HELP
help | alexa wat kan ik vragen aan hoofdsteden van de wereld | HELP
help | alexa jonge hoe werkt dit nou | HELP
help | alexa ik snap het niet wat moet ik zeggen | HELP
help | alexa ano hoe gebruik ik dit | HELP
help | alexa haide help mij | HELP
help | alexa labas hoe moet dit | HELP
help | alexa oye wat kan ik hier vragen | HELP
help | alexa slushay hoe werkt het | HELP
help | alexa aiyo ik weet niet wat ik moet vragen | HELP
help | alexa ag help my asseblief | HELP
help | alexa basically how does this work | HELP
help | alexa oi ajuda hoe werkt dit | HELP
help | alexa effe uitleg graag | HELP
help | alexa ons pap snapt het niet leg het uit | HELP
help | alexa hè joh wat kan dit spel allemaal | HELP
help | alexa welke vragen kan ik stellen over hoofdsteden | HELP
help | alexa geef eens een voorbeeld van een vraag | HELP
help | alexa hoe vraag ik naar een hoofdstad | HELP
help | alexa vraag hoofdsteden van de wereld om hulp | HELP
help | alexa hulp nodig bij de hoofdsteden | HELP
help | alexa wat moet ik zeggen om een hoofdstad te horen | HELP
help | alexa ik ben nieuw hiermee hoe begin ik | HELP
help | alexa kun je uitleggen wat je kunt | HELP
help | alexa uitleg over dit spel alsjeblieft | HELP
help | alexa ik kom er niet uit help | HELP
help | alexa mersi maar hoe werkt dit | HELP
help | alexa nee man wat doen ek nou | HELP
help | alexa gozer hoe moet dit | HELP
help | alexa wat zijn de opties | HELP
help | alexa eto wat kan ik zeggen | HELP
help | alexa sorry my dutch hoe werkt dit | HELP
help | alexa de kinderen willen weten hoe dit werkt | HELP
# stop
stop | alexa stop | STOP
stop | alexa jonge stop nou | STOP
stop | alexa haide stop | STOP
stop | alexa labas stop nu | STOP
stop | alexa nee man hou op | STOP
stop | alexa oye para stop | STOP
stop | alexa ano stop alsjeblieft | STOP
stop | alexa aiyo stop stop | STOP
stop | alexa oi chega stop | STOP
stop | alexa genoeg gehoord | STOP
stop | alexa hou maar op | STOP
stop | alexa ophouden | STOP
stop | alexa stop met hoofdsteden van de wereld | STOP
stop | alexa sluit hoofdsteden van de wereld af | STOP
stop | alexa ik ben klaar stop maar | STOP
stop | alexa de bus vertrekt stop | STOP
stop | alexa mijn meeting begint stop nu | STOP
stop | alexa de puzzel is af stoppen | STOP
stop | alexa alaaf en stop | STOP
stop | alexa effe stil | STOP
stop | alexa mond dicht | STOP
stop | alexa stop met praten | STOP
stop | alexa hou je mond | STOP
stop | alexa de klant komt stop | STOP
stop | alexa gozer stop ermee | STOP
stop | alexa genoeg voor vandaag | STOP
stop | alexa we stoppen ermee | STOP
stop | alexa basically stop | STOP
stop | alexa ag stop man | STOP
stop | alexa sugoi dank je stop | STOP
stop | alexa stop het spel | STOP
stop | alexa klaar ermee | STOP
# cancel
cancel | alexa annuleer | CANCEL
cancel | alexa laat maar | CANCEL
cancel | alexa laat maar zitten | CANCEL
cancel | alexa jonge laat maar | CANCEL
cancel | alexa annuleren | CANCEL
cancel | alexa vergeet het | CANCEL
cancel | alexa vergeet het maar | CANCEL
cancel | alexa nee laat maar ik weet het al | CANCEL
cancel | alexa haide laat maar | CANCEL
cancel | alexa labas nee laat maar | CANCEL
cancel | alexa oye olvídalo laat maar | CANCEL
cancel | alexa ano laat maar | CANCEL
cancel | alexa aiyo vergeet het | CANCEL
cancel | alexa ag los maar | CANCEL
cancel | alexa nee man vergeet dit | CANCEL
cancel | alexa oi esquece laat maar | CANCEL
cancel | alexa nu ladno laat maar | CANCEL
cancel | alexa annuleer die vraag | CANCEL
cancel | alexa die vraag annuleren | CANCEL
cancel | alexa laat die hoofdstad maar | CANCEL
cancel | alexa effe niet laat maar | CANCEL
cancel | alexa hè joh laat ook maar | CANCEL
cancel | alexa nee toch niet | CANCEL
cancel | alexa toch maar niet | CANCEL
cancel | alexa hoeft niet meer | CANCEL
cancel | alexa niet nodig | CANCEL
cancel | alexa de puzzel is al ingevuld laat maar | CANCEL
cancel | alexa ik heb het al gevonden laat maar | CANCEL
cancel | alexa gozer laat maar zitten | CANCEL
cancel | alexa sorry basically cancel that | CANCEL
cancel | alexa nevermind laat maar | CANCEL
cancel | alexa annuleer dat maar | CANCEL
cancel | alexa mersi nee hoeft niet | CANCEL
cancel | alexa de hond trekt laat maar | CANCEL
cancel | alexa streep die vraag maar door | CANCEL
cancel | alexa vergeet die vraag over bolivia | CANCEL
cancel | alexa ons moeder weet het al laat maar | CANCEL
cancel | alexa ik bedenk me laat maar | CANCEL
# launch
launch | alexa open hoofdsteden van de wereld | LAUNCH
launch | alexa start hoofdsteden van de wereld | LAUNCH
launch | alexa hoofdsteden van de wereld | LAUNCH
launch | alexa jonge open hoofdsteden van de wereld | LAUNCH
launch | alexa haide start hoofdsteden van de wereld | LAUNCH
launch | alexa labas open hoofdsteden van de wereld | LAUNCH
launch | alexa oye abre hoofdsteden van de wereld | LAUNCH
launch | alexa ano hoofdsteden van de wereld openen | LAUNCH
launch | alexa aiyo start hoofdsteden van de wereld | LAUNCH
launch | alexa ag maak hoofdsteden van de wereld oop | LAUNCH
launch | alexa oi abri hoofdsteden van de wereld | LAUNCH
launch | alexa davai hoofdsteden van de wereld | LAUNCH
launch | alexa basically open hoofdsteden van de wereld | LAUNCH
launch | alexa gozer zet hoofdsteden van de wereld aan | LAUNCH
launch | alexa effe hoofdsteden van de wereld starten | LAUNCH
launch | alexa speel hoofdsteden van de wereld | LAUNCH
launch | alexa begin met hoofdsteden van de wereld | LAUNCH
launch | alexa laten we hoofdsteden van de wereld spelen | LAUNCH
launch | alexa doe hoofdsteden van de wereld | LAUNCH
launch | alexa ik wil hoofdsteden van de wereld | LAUNCH
launch | alexa mag ik hoofdsteden van de wereld | LAUNCH
launch | alexa open de skill hoofdsteden van de wereld | LAUNCH
launch | alexa start de app hoofdsteden van de wereld | LAUNCH
launch | alexa hoofdsteden van de wereld openen alsjeblieft | LAUNCH
launch | alexa kun je hoofdsteden van de wereld openen | LAUNCH
launch | alexa zet hoofdsteden van de wereld eens op | LAUNCH
launch | alexa de kinderen willen hoofdsteden van de wereld | LAUNCH
launch | alexa alaaf open hoofdsteden van de wereld | LAUNCH
launch | alexa voor de puzzel open hoofdsteden van de wereld | LAUNCH
launch | alexa in de voortent start hoofdsteden van de wereld | LAUNCH
launch | alexa tussen de meetings door open hoofdsteden van de wereld | LAUNCH
launch | alexa ons pap wil hoofdsteden van de wereld | LAUNCH
launch | alexa hè joh hoofdsteden van de wereld aan | LAUNCH
launch | alexa mersi open hoofdsteden van de wereld | LAUNCH
launch | alexa nee man start hoofdsteden van de wereld | LAUNCH
launch | alexa eto hoofdsteden van de wereld alsjeblieft | LAUNCH
launch | alexa op de steiger start hoofdsteden van de wereld | LAUNCH
launch | alexa slushay open hoofdsteden van de wereld | LAUNCH
launch | alexa my supervisor says open hoofdsteden van de wereld | LAUNCH
launch | alexa in de pauze hoofdsteden van de wereld starten | LAUNCH
launch | alexa wakker worden hoofdsteden van de wereld | LAUNCH
launch | alexa opstarten hoofdsteden van de wereld | LAUNCH
# the invocation name with a question, in these speakers' words
invocation | alexa vraag hoofdsteden van de wereld wat de hoofdstad van {} is | gambia=GM; guinee=GN; sierra leone=SL
invocation | alexa vraag aan hoofdsteden van de wereld de hoofdstad van {} | noord-korea=KP; zuid-korea=KR; palestina=PS
invocation | alexa vraag hoofdsteden van de wereld naar de hoofdsteden van {} | bolivia=BO; maleisië=MY; eswatini=SZ
invocation | alexa jonge vraag hoofdsteden van de wereld wat de hoofdstad van congo-kinshasa is | CD
invocation | alexa haide vraag hoofdsteden van de wereld hoofdstad van congo-brazzaville | CG
invocation | alexa ano vraag hoofdsteden van de wereld welke hoofdsteden nederland heeft | NL
invocation | alexa laat hoofdsteden van de wereld de hoofdsteden van zuid-afrika noemen | ZA
invocation | alexa oye pregunta a hoofdsteden van de wereld de hoofdstad van venezuela | VE
invocation | alexa open hoofdsteden van de wereld en zeg de hoofdstad van {} | azerbeidzjan=AZ; bahrein=BH; brunei=BN
invocation | alexa vraag hoofdsteden van de wereld van welk land lilongwe de hoofdstad is | CITY:Lilongwe
invocation | alexa gozer vraag hoofdsteden van de wereld hoofdsteden van sri lanka | LK
invocation | alexa vraag hoofdsteden van de wereld wat de hoofdsteden van benin en ivoorkust zijn | BJ+CI
# more of the same speakers: Antigua, the several-capital countries in the plural, the Congos and Koreas, official names
gouwenaars | alexa nou zeg een cruisegast uit antigua kocht kaas wat is de hoofdstad van antigua en barbuda | AG
carnaval | alexa alaaf de steelband komt uit antigua welke stad is daar de hoofdstad | AG
ijmuidenaren | alexa gozer een jacht onder de vlag van antigua ligt in de haven hoe heet de hoofdstad | AG
bibliothecarissen | alexa een lezer vraagt naar antigua en barbuda wat is de hoofdstad | AG
tamil-nederlanders | alexa aiyo noem de twee hoofdsteden van sri lanka colombo en die andere | LK
tamil-nederlanders | alexa amma vraagt welke hoofdsteden sri lanka heeft | LK
japanse-expats | alexa eto sri lanka hoofdsteden twee welke zijn het | LK
promovendi | alexa my supervisor says sri lanka has two capitals which ones | LK
kruiswoordpuzzel | alexa de puzzel vraagt de hoofdsteden van sri lanka allebei | LK
kaapverdianen | alexa oi benin heeft twee hoofdsteden toch porto-novo en nog een | BJ
promovendi | alexa basically what are the hoofdsteden of benin | BJ
bibliothecarissen | alexa even opzoeken welke hoofdsteden benin heeft | BJ
vakkenvullers | alexa de cacao komt uit ivoorkust welke twee hoofdsteden heeft dat land | CI
kaapverdianen | alexa fixe wat zijn de hoofdsteden van ivoorkust abidjan en yamoussoukro | CI
journaal | alexa de verkiezingen in ivoorkust hoe heten de hoofdsteden daar | CI
zuid-afrikanen | alexa ag noem die hoofdsteden van eswatini mbabane en lobamba | SZ
olympische-spelen | alexa de ploeg uit eswatini heeft twee hoofdsteden welke | SZ
journaal | alexa de correspondent zegt palestina heeft twee hoofdsteden welke zijn dat | PS
promovendi | alexa my colleague from palestine says two capitals wat zijn de hoofdsteden van palestina | PS
buschauffeurs | alexa een passagier uit palestina vroeg naar de hoofdsteden van zijn land welke zijn dat | PS
bulgaarse-seizoenswerkers | alexa haide nederland twee hoofdsteden welke | NL
japanse-expats | alexa ano nederland heeft hoofdsteden amsterdam en den haag toch | NL
katwijkers | alexa jonge noem de hoofdsteden van nederland eens | NL
russischtaligen | alexa slushay maleisië hoofdsteden welke twee | MY
vakkenvullers | alexa de palmolie komt uit maleisië wat zijn daar de hoofdsteden | MY
colombiaanse-nederlanders | alexa parce bolivia tiene dos hoofdsteden welke zijn het | BO
stamboom | alexa mijn overgrootvader werkte in bolivia in de mijnen noem de hoofdsteden van bolivia | BO
zuid-afrikanen | alexa jislaaik al drie hoofdsteden van suid-afrika noem hulle | ZA
gouwenaars | alexa joh welke hoofdsteden heeft zuid-afrika er zijn er toch drie | ZA
dierenverzorgers | alexa onze bonobo's komen uit congo-kinshasa wat is daar de hoofdstad | CD
journaal | alexa de ebola uitbraak in de democratische republiek congo wat is de hoofdstad | CD
colombiaanse-nederlanders | alexa oye de hoofdstad van dr congo | CD
tour-de-france | alexa een renner uit de democratische republiek congo wat is zijn hoofdstad | CD
kaapverdianen | alexa oi wat is de hoofdstad van de republiek congo niet die grote | CG
slagers | alexa een klant uit congo-brazzaville vroeg naar zijn hoofdstad hoe heet die | CG
schilders | alexa mijn maat komt uit congo brazzaville wat is daar de hoofdstad | CG
olympische-spelen | alexa de bokser uit de republiek congo wat is hun hoofdstad | CG
thuiswerken | alexa mijn collega in zuid-korea belt zo wat is daar de hoofdstad | KR
japanse-expats | alexa ano mijn zus woont in zuid-korea hoe heet de hoofdstad | KR
litouwse-werkers | alexa taip en noord-korea welke stad is hoofdstad | KP
hond-uitlaten | alexa aan de lijn ondertussen de hoofdstad van noord-korea | KP
official-name | alexa jonge wat is de hoofdstad van de republiek der unie van myanmar | MM
official-name | alexa oye wat is de hoofdstad van de republiek colombia | CO
official-name | alexa aiyo de democratische socialistische republiek sri lanka wat zijn de hoofdsteden | LK
official-name | alexa ag wat is die hoofdstad van die republiek van botswana | BW
official-name | alexa slushay de hoofdstad van de kirgizische republiek | KG
official-name | alexa ano de hoofdstad van de republiek der filipijnen | PH
official-name | alexa het koninkrijk lesotho wat is de hoofdstad in de puzzel | LS
official-name | alexa op het journaal zeiden ze de islamitische republiek pakistan wat is de hoofdstad | PK
official-name | alexa de republiek van de unie van de comoren wat is de hoofdstad | KM
official-name | alexa hè joh het koninkrijk bahrein welke stad is hoofdstad | BH
official-name | alexa de hoofdstad van de federale republiek somalië | SO
official-name | alexa de republiek trinidad en tobago wat is daar de hoofdstad gozer | TT
out-of-domain | alexa hoeveel kost een kaas van vijf kilo op de markt | FB
out-of-domain | alexa wat is de hoofdstad van de kaas | FB
out-of-domain | alexa wat is de hoofdstad van het bier in belgië | FB
out-of-domain | alexa hoe diep is het haringvliet | FB
out-of-domain | alexa hoeveel suikerbieten gaan er in een ton | FB
out-of-domain | alexa hoe laat gaat de pont over de waal | FB
out-of-domain | alexa jonge hoe laat is de kerkdienst | FB
out-of-domain | alexa wat is de hoofdstad van oerol | FB
out-of-domain | alexa hoeveel ton staal maken de hoogovens per jaar | FB
out-of-domain | alexa welke hoofdstad heeft de mooiste grachten | FB
out-of-domain | alexa gerai wat is het weer in kaunas | FB
out-of-domain | alexa zet het achtuurjournaal op | FB
out-of-domain | alexa hoe hoog is de alpe d'huez | FB
out-of-domain | alexa wat is de hoofdstad van de tour | FB
"""

if __name__ == "__main__":
    build_round(45, "nl", LINES, sys.argv, "tests/Eval/nl/round45/source/build_corpus.py")
