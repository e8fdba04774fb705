"""Round 49, Dutch (nl-NL): a new author's own mix, written blind at the end of the sixty-third session (brief
WRITER72.md), for the next session's tuner. Speakers chosen apart from the groups of the Dutch round 48
(Eindhovenaren, Helmonders, Roosendalers, Woerdenaars, Hellevoetsluizers, Zaltbommelaars, Capellenaren; Chilean,
Nepali, Lebanese and Tunisian Dutch, Kenyan and Finnish expats; electricians, opticians, swimming instructors,
forklift drivers, piano teachers, bicycle repairers; a power cut, sailing on the IJsselmeer, the school run, waiting
at a Schiphol gate, a pub quiz in the brown café, the laundrette), from the groups of round 47 (Bosschenaren,
Tilburgers, Venlonaren, Deventenaren, Bredanaars, Zutphenaren; Argentine, Serbian and Sudanese Dutch, Danish expats;
plumbers, driving instructors, cooks, gardeners, security guards, canal-boat guides, postmen, refuse collectors,
veterinary assistants; stamp collecting, the sauna, a storm night, the knitting club, Father's Day, the doctor's
waiting room, the gym, a home renovation, clearing out the attic), from the groups of round 46 (Schiedammers,
Waterlanders of Purmerend, Monnickendam and Marken, Krabbegatters of Bergen op Zoom, Ossenaren; Armenian Dutch, Irish
expats, Indonesian students, Croatian Dutch; beekeepers, window cleaners, florists at the Aalsmeer veiling, dental
assistants, school caretakers, tattoo artists; natural ice, a train delay, Mother's Day breakfast, lying in the bath),
from the groups of round 45 (Arnhemmers, Gouwenaars, Katwijkers, Spakenburgers, Hoeksewaarders, Terschellingers,
IJmuidenaren; Bulgarian seasonal workers, Lithuanian factory workers, Cape Verdeans of Delfshaven, Colombian and
Venezuelan Dutch, Russian speakers, Japanese expats in Amstelveen, Tamil Dutch, South Africans, international PhD
students in Wageningen and Delft; inland barge skippers, supermarket shelf stackers, bus drivers, zookeepers,
butchers, house painters, librarians; the evening news, the Olympics, the Tour de France, the crossword, family
history, the campsite, working from home, walking the dog, carnaval), from the groups of round 44 (Achterhoekers,
Drenten, Urkers of the fishing fleet, Volendammers, Scheveningers, Nijmegenaren, Zwollenaren, Delft students;
Ukrainians since 2022, Indian expats in Amstelveen, Afghan Dutch, Curaçaoans and Antilleans, Brazilian Dutch, Ghanaian
Dutch of the Bijlmer, Indische Nederlanders, Romanian labour migrants, Moluccan Dutch; lorry drivers, night-shift
nurses, hairdressers, parcel couriers, dairy farmers, taxi drivers, cabin crew; Eurovision night, Formula One on
Sunday, the allotment, a sleepless night, washing up and ironing in the kitchen, a Sunday flea market), from the
groups of round 43 (Westlanders, Alkmaarders, Den Helderaars, Goereeërs, Zoetermeerders, Amersfoorters, Gorcumers;
Kurdish, Hungarian, Bosnian, Pakistani, Ethiopian and Thai Dutch, French expats, Erasmus students in a taalcafé;
garage mechanics, night office cleaners, construction workers, pharmacy assistants, bookkeepers, estate agents,
bakers; geocachers, a world-map jigsaw, moving day, a children's birthday party, a Sunday barbecue, sick on the couch,
Christmas dinner), from the groups of round 42 (Zaankanters, Haarlemmers, Dordtenaren, Kampenaren, Sallanders,
Bollenstreek bulb growers, Vlaardingers and Maassluizers, Vietnamese, Portuguese, Spanish, Greek, Nigerian, Korean and
Egyptian speakers, remigranten, pigeon fanciers, interpreters, maritime pilots, birdwatchers, scouting, an IT
helpdesk, the GGD travel desk, marathon runners, the spreekbeurt, darts, Oranje at a World Cup, oudejaarsavond, a
dating app, a wedding, Echo Auto) and from the groups it says earlier rounds used (among them Veluwnaren, Betuwnaren,
Leidenaren, West-Friezen, Texelaars, Gooiers, Flevolanders, Groningers, Hagenaars, Tukkers, Zeeuwen, Limburgers,
Brabanders, Friezen, Flemish people, Rotterdammers, Amsterdammers, Utrechters; Iranian, Somali, Filipino, Italian,
Syrian, Eritrean, Moroccan, Turkish, Polish, Surinamese, Chinese, German and English speakers; inburgering learners,
kleuters, tieners, grandparents, school topografie, game night, cooking, holidays, Sinterklaas, Koningsdag, quizzes):
Beverwijkers ("joh", "effetjes", "zeg maar", de Bazaar), Haarlemmermeerders ("nou", "hoor", Hoofddorp, Nieuw-Vennep,
de Cruquius), Veenendalers ("ome kees", "tante riek", de zendeling, de jeugdreis), Spijkenissers ("effe", "ouwe", de
Boekenberg, de metro), Alphenaren ("nou ja", "gewoon", het Archeon, de Oude Rijn), Steenwijkers and Giethoorners
("joa", "heur", de punter, de Weerribben), Schoonhoveners ("zeg", "hoor eens", de zilverstad, het pontje over de Lek),
Noordwijkers ("hè", "even", ESTEC, de Space Expo, de boulevard); Peruvian Dutch ("oye", "pe", "chévere", "mi tía"),
Mexican expats ("órale", "güey", "ándale", "qué onda"), Albanian and Kosovar Dutch ("hajde", "vëlla", "o zot",
"shyqyr"), Iraqi Dutch ("shlonak", "wallah", "zain", "khala"), Swedish expats ("hej", "tack", "fika", "lagom"),
Congolese Dutch ("mbote", "ndeko", "eyo", "mama"); at work: market stall holders ("kibbeling", "wie mag er"),
physiotherapists ("en nog tien", "rustig aan", de behandeltafel), customer-service agents ("momentje", "ik zet u even
in de wacht"), roofers ("op de steiger", "hou vast", "pak aan"), arable farmers ("vanaf de trekker", "jao", "nou nou",
de pootaardappels); in situations: a circle birthday party ("gefeliciteerd met je tante", oom henk who knows better),
broken down waiting for the Wegenwacht ("de vluchtstrook", "met pech"), the New Year's dive ("brrr", "koud"), walking
the Pieterpad ("de etappe", "met de rugzak op"), the Sint-Maarten lantern walk on eleven November ("de lampion",
"snoep"), bingo in the buurthuis ("kaart vol", "de bonusronde"). Plus follow-ups, plural capitals, subdivisions and
territories, yes/no checks, self-corrections, reverse questions, official, everyday and old names, shared names, the
invocation name "hoofdsteden van de wereld", launch, help, stop and cancel in those speakers' words, and out-of-domain
requests and near misses. `python3 tests/Eval/nl/round49/source/build_corpus.py [--check]`.
Built by round12_hinl_corpus.py (build_round with round 49's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Beverwijkers (de Bazaar, the Kennemerland): "joh", "effetjes", "zeg maar"
beverwijkers | alexa op de bazaar staat een kraam uit {} wat is daar de hoofdstad | marokko=MA; algerije=DZ; libië=LY
beverwijkers | alexa joh die man van de tapijtkraam komt uit {} hoe heet de hoofdstad daar | afghanistan=AF; iran=IR; pakistan=PK
beverwijkers | alexa effetjes de hoofdstad van {} zeg maar | jordanië=JO; syrië=SY; irak=IQ
beverwijkers | alexa op de zwarte markt zei iemand dat de hoofdstad van marokko casablanca is klopt dat | MA
beverwijkers | alexa de buurvrouw uit de wijk komt uit palestina wat is daar de hoofdstad joh | PS
beverwijkers | alexa wat is de hoofdstad van het vaticaan zeg maar | VA
beverwijkers | alexa joh is heemskerk de hoofdstad van iets | FB
beverwijkers | alexa hoe heet de hoofdstad van jemen ook alweer | YE
beverwijkers | alexa de kraam met de dadels komt uit oman wat is de hoofdstad | OM
beverwijkers | alexa effetjes waar zit de regering van zuid-soedan | SS
beverwijkers | alexa op de bazaar verkopen ze pistachenoten uit iran welke stad is daar hoofdstad | IR
beverwijkers | alexa zeg maar wat de hoofdstad van bahrein is | BH
beverwijkers | alexa joh de schoonzoon komt uit koeweit wat is de hoofdstad daarvan | KW
beverwijkers | alexa de hoofdstad van qatar effetjes | QA
beverwijkers | alexa wat is de hoofdstad van libanon joh ik kom er niet op | LB
beverwijkers | alexa die gozer van de lampenkraam komt uit azerbeidzjan hoe heet de hoofdstad | AZ
beverwijkers | alexa wat is de hoofdstad van kennemerland | FB
beverwijkers | alexa effetjes tussendoor welke stad is de hoofdstad van saoedi-arabië | SA
# Haarlemmermeerders (Hoofddorp, Nieuw-Vennep, de polder): "nou", "hoor"
haarlemmermeerders | alexa nou ik zit hier in hoofddorp en ik vraag me af wat de hoofdstad van {} is | kaapverdië=CV; gambia=GM; guinee-bissau=GW
haarlemmermeerders | alexa de vliegtuigen boven nieuw-vennep gaan naar {} wat is daar de hoofdstad hoor | tanzania=TZ; oeganda=UG; rwanda=RW
haarlemmermeerders | alexa de hoofdstad van {} nou | burundi=BI; malawi=MW; zambia=ZM
haarlemmermeerders | alexa is hoofddorp de hoofdstad van de haarlemmermeer | FB
haarlemmermeerders | alexa wat is de hoofdstad van de polder | FB
haarlemmermeerders | alexa nou mijn zwager vliegt op kinshasa dat is toch de hoofdstad van congo | CD
haarlemmermeerders | alexa een vlucht naar brazzaville van welk land is dat de hoofdstad hoor | CITY:Brazzaville
haarlemmermeerders | alexa wat is de hoofdstad van de republiek congo nou | CG
haarlemmermeerders | alexa het gemaal de cruquius nou en de hoofdstad van mozambique wat is dat | MZ
haarlemmermeerders | alexa de hoofdstad van madagaskar hoor | MG
haarlemmermeerders | alexa nou vertel eens wat de hoofdstad van angola is | AO
haarlemmermeerders | alexa mijn buurman is piloot en vliegt naar windhoek van welk land is dat de hoofdstad | CITY:Windhoek
haarlemmermeerders | alexa wat is nou de hoofdstad van de comoren | KM
haarlemmermeerders | alexa hoe heet de hoofdstad van mauritius hoor | MU
haarlemmermeerders | alexa de hoofdstad van de seychellen nou | SC
haarlemmermeerders | alexa nou wat is de hoofdstad van botswana ook weer | BW
haarlemmermeerders | alexa welke stad is de hoofdstad van lesotho | LS
haarlemmermeerders | alexa nou de hoofdstad van eritrea alsjeblieft | ER
# Veenendalers (de Veense, the Bible belt edge, "ome", "tante")
veenendalers | alexa ome kees wil weten wat de hoofdstad van {} is | israël=IL; ethiopië=ET; egypte=EG
veenendalers | alexa onze zendeling zit in {} wat is daar de hoofdstad | nepal=NP; papoea-nieuw-guinea=PG; tsjaad=TD
veenendalers | alexa tante riek vraagt naar de hoofdstad van {} | kameroen=CM; gabon=GA; centraal-afrikaanse republiek=CF
veenendalers | alexa wat is de hoofdstad van israël volgens de atlas | IL
veenendalers | alexa is jeruzalem de hoofdstad van israël | IL
veenendalers | alexa van welk land is jeruzalem de hoofdstad | CITY:Jeruzalem
veenendalers | alexa ome kees zegt dat de hoofdstad van palestina ramallah is klopt dat | PS
veenendalers | alexa wat is de hoofdstad van de palestijnse gebieden | PS
veenendalers | alexa de hoofdstad van de veense is toch veenendaal | FB
veenendalers | alexa welke stad is de hoofdstad van de westelijke jordaanoever | FB
veenendalers | alexa de jeugdreis gaat naar roemenië wat is daar de hoofdstad | RO
veenendalers | alexa tante riek wil de hoofdstad van moldavië weten | MD
veenendalers | alexa de hoofdstad van albanië graag | AL
veenendalers | alexa de kerk steunt een school in burkina faso wat is de hoofdstad daar | BF
veenendalers | alexa wat is de hoofdstad van sierra leone | SL
veenendalers | alexa in liberia zit een zendingsarts wat is de hoofdstad van liberia | LR
veenendalers | alexa hoe heet de hoofdstad van guinee | GN
# Spijkenissers (Nissewaard, de Boekenberg, de metro): "effe", "hoor", "ouwe"
spijkenissers | alexa effe vragen wat is de hoofdstad van {} | denemarken=DK; noorwegen=NO; zweden=SE
spijkenissers | alexa ik zit in de metro naar rotterdam en ik wil de hoofdstad van {} weten | ijsland=IS; ierland=IE; finland=FI
spijkenissers | alexa in de boekenberg lag een boek over {} wat is daar de hoofdstad | mongolië=MN; bhutan=BT; laos=LA
spijkenissers | alexa ouwe wat is de hoofdstad van nederland nou eigenlijk | NL
spijkenissers | alexa is spijkenisse de hoofdstad van nissewaard | FB
spijkenissers | alexa effe de hoofdstad van zuid-korea hoor | KR
spijkenissers | alexa hoe heet de hoofdstad van noord-korea effe | KP
spijkenissers | alexa effe snel de hoofdstad van cambodja | KH
spijkenissers | alexa wat is de hoofdstad van myanmar ouwe | MM
spijkenissers | alexa effe vragen welke stad de hoofdstad van vietnam is | VN
spijkenissers | alexa van welk land is vientiane de hoofdstad hoor | CITY:Vientiane
spijkenissers | alexa effe de hoofdstad van brunei | BN
spijkenissers | alexa de hoofdstad van oost-timor effe | TL
spijkenissers | alexa ouwe wat is de hoofdstad van de filipijnen | PH
spijkenissers | alexa is de hoofdstad van voorne aan zee brielle | FB
spijkenissers | alexa effe wat is de hoofdstad van singapore | SG
spijkenissers | alexa de hoofdstad van maleisië is toch kuala lumpur hoor | MY
# Alphenaren (Alphen aan den Rijn, Archeon, de Oude Rijn): "nou ja", "gewoon"
alphenaren | alexa in het archeon hadden ze het over {} wat is daar de hoofdstad nou ja | griekenland=GR; italië=IT; egypte=EG
alphenaren | alexa gewoon de hoofdstad van {} graag | portugal=PT; spanje=ES; malta=MT
alphenaren | alexa langs de oude rijn fietst een stel uit {} wat is de hoofdstad daar | slovenië=SI; kroatië=HR; bosnië=BA
alphenaren | alexa nou ja wat is de hoofdstad van cyprus gewoon | CY
alphenaren | alexa wat was de hoofdstad van het romeinse rijk | FB
alphenaren | alexa is alphen aan den rijn een hoofdstad | FB
alphenaren | alexa de hoofdstad van montenegro nou ja | ME
alphenaren | alexa de romeinen kwamen tot hier en wat is de hoofdstad van italië nu | IT
alphenaren | alexa van welk land is skopje de hoofdstad nou ja | CITY:Skopje
alphenaren | alexa wat is de hoofdstad van kosovo gewoon | XK
alphenaren | alexa hoe heet de hoofdstad van bulgarije nou ja | BG
alphenaren | alexa wat is de hoofdstad van san marino | SM
alphenaren | alexa de hoofdstad van andorra gewoon | AD
alphenaren | alexa de hoofdstad van liechtenstein nou ja | LI
alphenaren | alexa wat is de hoofdstad van monaco gewoon | MC
# Steenwijkers and Giethoorners (de Weerribben, punters, de Kop van Overijssel): "joa", "heur"
steenwijkers | alexa joa in giethoorn zat een bootje vol mensen uit {} wat is daar de hoofdstad | china=CN; japan=JP; taiwan=TW
steenwijkers | alexa de toeristen in de punter kwamen uit {} hoe heet de hoofdstad daar heur | zuid-korea=KR; thailand=TH; indonesië=ID
steenwijkers | alexa wat is de hoofdstad van {} joa | india=IN; bangladesh=BD; sri lanka=LK
steenwijkers | alexa joa is steenwijk de hoofdstad van de kop van overijssel | FB
steenwijkers | alexa wat is de hoofdstad van overijssel heur | FB
steenwijkers | alexa de chinezen in de weerribben zeggen peking of beijing wat is de hoofdstad | CN
steenwijkers | alexa joa van welk land is tokio de hoofdstad | CITY:Tokio
steenwijkers | alexa wat is de hoofdstad van nepal heur | NP
steenwijkers | alexa de hoofdstad van de maldiven joa | MV
steenwijkers | alexa wat is de hoofdstad van pakistan | PK
steenwijkers | alexa joa hoe heet de hoofdstad van kazachstan tegenwoordig | KZ
steenwijkers | alexa de hoofdstad van oezbekistan heur | UZ
steenwijkers | alexa joa en turkmenistan wat is daar de hoofdstad | TM
steenwijkers | alexa welke stad is de hoofdstad van kirgizië joa | KG
steenwijkers | alexa de hoofdstad van tadzjikistan heur | TJ
# Schoonhoveners (de zilverstad, de Lek, the pontje): "zeg", "hoor eens"
schoonhoveners | alexa zeg een zilversmid uit {} vroeg me wat de hoofdstad is | marokko=MA; mexico=MX; peru=PE
schoonhoveners | alexa hoor eens wat is de hoofdstad van {} | ecuador=EC; colombia=CO; venezuela=VE
schoonhoveners | alexa op het pontje over de lek stond een man uit {} wat is de hoofdstad daar | uruguay=UY; paraguay=PY; argentinië=AR
schoonhoveners | alexa zeg is schoonhoven de hoofdstad van het zilver | FB
schoonhoveners | alexa de zilverstad is toch de hoofdstad van nederland | FB
schoonhoveners | alexa hoor eens de hoofdstad van bolivia is dat la paz | BO
schoonhoveners | alexa zeg welke hoofdstad heeft chili | CL
schoonhoveners | alexa de hoofdstad van suriname hoor eens | SR
schoonhoveners | alexa zeg van welk land is georgetown de hoofdstad | CITY:Georgetown
schoonhoveners | alexa hoor eens de hoofdstad van brazilië is dat rio | BR
schoonhoveners | alexa zeg wat is de hoofdstad van guyana | GY
schoonhoveners | alexa de hoofdstad van frans-guyana hoor eens | GF
schoonhoveners | alexa zeg welke stad is hoofdstad van costa rica | CR
schoonhoveners | alexa hoor eens wat is de hoofdstad van panama | PA
schoonhoveners | alexa de hoofdstad van nicaragua zeg | NI
schoonhoveners | alexa van welk land is tegucigalpa de hoofdstad hoor eens | CITY:Tegucigalpa
# Noordwijkers (de boulevard, Space Expo, ESTEC): "hè", "even"
noordwijkers | alexa bij estec werkt een ingenieur uit {} wat is daar de hoofdstad hè | frankrijk=FR; duitsland=DE; oostenrijk=AT
noordwijkers | alexa op de boulevard liep een gezin uit {} wat is hun hoofdstad | zwitserland=CH; luxemburg=LU; belgië=BE
noordwijkers | alexa in de space expo hing een vlag van {} wat is daar de hoofdstad even | kazachstan=KZ; rusland=RU; oekraïne=UA
noordwijkers | alexa wat is de hoofdstad van de maan | FB
noordwijkers | alexa even wat is de hoofdstad van het verenigd koninkrijk | GB
noordwijkers | alexa hè van welk land is bern de hoofdstad | CITY:Bern
noordwijkers | alexa is noordwijk de hoofdstad van de bollenstreek | FB
noordwijkers | alexa even de hoofdstad van tsjechië | CZ
noordwijkers | alexa wat is de hoofdstad van slowakije hè | SK
noordwijkers | alexa de hoofdstad van polen even | PL
noordwijkers | alexa de astronaut kwam uit italië wat is daar de hoofdstad hè | IT
noordwijkers | alexa hoe heet de hoofdstad van estland | EE
noordwijkers | alexa hè en de hoofdstad van litouwen | LT
noordwijkers | alexa wat is de hoofdstad van belarus even | BY
noordwijkers | alexa welke stad is de hoofdstad van mars | FB
# Peruvian Dutch: "oye", "pe", "chévere", "mi tía"
peruaanse-nederlanders | alexa oye wat is de hoofdstad van {} pe | peru=PE; ecuador=EC; bolivia=BO
peruaanse-nederlanders | alexa mi tía woont in {} hoe heet de hoofdstad daar | chili=CL; colombia=CO; venezuela=VE
peruaanse-nederlanders | alexa oye de hoofdstad van bolivia is sucre of la paz pe | BO
peruaanse-nederlanders | alexa welke zijn de twee hoofdsteden van bolivia oye | BO
peruaanse-nederlanders | alexa chévere en wat is de hoofdstad van cuba | CU
peruaanse-nederlanders | alexa oye van welk land is lima de hoofdstad | CITY:Lima
peruaanse-nederlanders | alexa wat is de hoofdstad van cusco pe | FB
peruaanse-nederlanders | alexa oye is machu picchu een hoofdstad | FB
peruaanse-nederlanders | alexa mi tía vraagt wat de hoofdstad van de dominicaanse republiek is | DO
peruaanse-nederlanders | alexa de hoofdstad van haïti pe | HT
peruaanse-nederlanders | alexa oye de hoofdstad van guatemala | GT
peruaanse-nederlanders | alexa de hoofdstad van el salvador pe | SV
peruaanse-nederlanders | alexa oye hoe heet de hoofdstad van honduras | HN
peruaanse-nederlanders | alexa chévere en de hoofdstad van belize | BZ
peruaanse-nederlanders | alexa oye speel cumbia | FB
peruaanse-nederlanders | alexa hoeveel mensen wonen er in lima pe | FB
peruaanse-nederlanders | alexa oye de hoofdstad van puerto rico | PR
peruaanse-nederlanders | alexa welke hoofdstad heeft jamaica pe | JM
# Mexican expats: "órale", "güey", "ándale", "qué onda"
mexicaanse-expats | alexa órale wat is de hoofdstad van {} | mexico=MX; guatemala=GT; canada=CA
mexicaanse-expats | alexa qué onda alexa de hoofdstad van {} güey | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
mexicaanse-expats | alexa ándale wat is de hoofdstad van de staat {} | nuevo león=MX-NLE; sonora=MX-SON; chiapas=MX-CHP
mexicaanse-expats | alexa órale is mexico-stad de hoofdstad van mexico | MX
mexicaanse-expats | alexa de hoofdstad van baja california güey | MX-BCN
mexicaanse-expats | alexa ándale welke stad is de hoofdstad van quintana roo | MX-ROO
mexicaanse-expats | alexa wat is de hoofdstad van cancún | FB
mexicaanse-expats | alexa qué onda wat is de hoofdstad van texas | US-TX
mexicaanse-expats | alexa de hoofdstad van californië ándale | US-CA
mexicaanse-expats | alexa órale van welk land is havana de hoofdstad | CITY:Havana
mexicaanse-expats | alexa güey speel een corrido | FB
mexicaanse-expats | alexa de hoofdstad van veracruz órale | MX-VER
mexicaanse-expats | alexa ándale de hoofdstad van puebla | MX-PUE
mexicaanse-expats | alexa qué onda de hoofdstad van nicaragua | NI
mexicaanse-expats | alexa wat is de hoofdstad van de staat mexico güey | MX-MEX
mexicaanse-expats | alexa órale en arizona wat is daar de hoofdstad | US-AZ
mexicaanse-expats | alexa hoe laat is het nu in mexico-stad | FB
# Albanian and Kosovar Dutch: "o zot", "shyqyr", "hajde", "vëlla"
albanese-nederlanders | alexa hajde wat is de hoofdstad van {} | albanië=AL; kosovo=XK; noord-macedonië=MK
albanese-nederlanders | alexa vëlla hoe heet de hoofdstad van {} | montenegro=ME; griekenland=GR; servië=RS
albanese-nederlanders | alexa o zot ik weet de hoofdstad van {} niet meer | zwitserland=CH; oostenrijk=AT; slovenië=SI
albanese-nederlanders | alexa hajde is pristina de hoofdstad van kosovo | XK
albanese-nederlanders | alexa vëlla van welk land is tirana de hoofdstad | CITY:Tirana
albanese-nederlanders | alexa shyqyr wat is de hoofdstad van noord-macedonië nu | MK
albanese-nederlanders | alexa de hoofdstad van macedonië vëlla | MK
albanese-nederlanders | alexa wat is de hoofdstad van durrës | FB
albanese-nederlanders | alexa hajde speel albanese muziek | FB
albanese-nederlanders | alexa o zot wat is de hoofdstad van bosnië en herzegovina | BA
albanese-nederlanders | alexa vëlla de hoofdstad van turkije is toch istanbul | TR
albanese-nederlanders | alexa hajde wat is de hoofdstad van italië vëlla | IT
albanese-nederlanders | alexa welke stad is de hoofdstad van kroatië hajde | HR
albanese-nederlanders | alexa shyqyr en de hoofdstad van duitsland | DE
albanese-nederlanders | alexa o zot wat is de hoofdstad van het land van mijn oom in zweden | SE
albanese-nederlanders | alexa vëlla is podgorica de hoofdstad van montenegro | ME
albanese-nederlanders | alexa hajde wat is de hoofdstad van dardania | FB
# Iraqi Dutch: "shlonak", "zain", "wallah", "khala"
iraakse-nederlanders | alexa shlonak wat is de hoofdstad van {} | irak=IQ; koeweit=KW; jordanië=JO
iraakse-nederlanders | alexa wallah ik ben de hoofdstad van {} vergeten | syrië=SY; libanon=LB; saoedi-arabië=SA
iraakse-nederlanders | alexa khala vraagt naar de hoofdstad van {} | iran=IR; turkije=TR; egypte=EG
iraakse-nederlanders | alexa zain en de hoofdstad van de verenigde arabische emiraten | AE
iraakse-nederlanders | alexa wallah is bagdad de hoofdstad van irak | IQ
iraakse-nederlanders | alexa wat is de hoofdstad van koerdistan | FB
iraakse-nederlanders | alexa shlonak welke stad is de hoofdstad van irakees koerdistan | FB
iraakse-nederlanders | alexa van welk land is amman de hoofdstad zain | CITY:Amman
iraakse-nederlanders | alexa wat is de hoofdstad van basra | FB
iraakse-nederlanders | alexa khala wil de hoofdstad van palestina weten | PS
iraakse-nederlanders | alexa wallah wat is de hoofdstad van jemen | YE
iraakse-nederlanders | alexa zain de hoofdstad van oman | OM
iraakse-nederlanders | alexa shlonak hoe heet de hoofdstad van qatar | QA
iraakse-nederlanders | alexa wanneer is het suikerfeest | FB
iraakse-nederlanders | alexa wallah wat is de hoofdstad van dubai | FB
iraakse-nederlanders | alexa de hoofdstad van bahrein khala | BH
iraakse-nederlanders | alexa zain zain dank je | FB
# Swedish expats: "lagom", "fika", "tack", "hej"
zweedse-expats | alexa hej wat is de hoofdstad van {} | zweden=SE; noorwegen=NO; denemarken=DK
zweedse-expats | alexa tijdens de fika vroeg een collega naar de hoofdstad van {} | finland=FI; ijsland=IS; estland=EE
zweedse-expats | alexa tack en de hoofdstad van {} | groenland=GL; de faeröer=FO; åland=AX
zweedse-expats | alexa hej is stockholm de hoofdstad van zweden | SE
zweedse-expats | alexa van welk land is oslo de hoofdstad tack | CITY:Oslo
zweedse-expats | alexa wat is de hoofdstad van lapland | FB
zweedse-expats | alexa wat is de hoofdstad van scandinavië | FB
zweedse-expats | alexa lagom hoe laat gaat de zon onder in stockholm | FB
zweedse-expats | alexa hej de hoofdstad van spitsbergen | SJ
zweedse-expats | alexa tack wat is de hoofdstad van schotland | GB-SCT
zweedse-expats | alexa van welk land is helsinki de hoofdstad hej | CITY:Helsinki
zweedse-expats | alexa de hoofdstad van gotland tack | FB
zweedse-expats | alexa hej hoe heet de hoofdstad van letland | LV
zweedse-expats | alexa tack tack dat was het | STOP
zweedse-expats | alexa hej wat is de hoofdstad van litouwen eigenlijk | LT
zweedse-expats | alexa de hoofdstad van rusland tack | RU
zweedse-expats | alexa hej speel abba | FB
# Congolese Dutch: "mbote", "eyo", "mama", "ndeko"
congolese-nederlanders | alexa mbote wat is de hoofdstad van {} | congo-kinshasa=CD; congo-brazzaville=CG; angola=AO
congolese-nederlanders | alexa ndeko de hoofdstad van {} eyo | rwanda=RW; burundi=BI; oeganda=UG
congolese-nederlanders | alexa mama vraagt de hoofdstad van {} | kameroen=CM; gabon=GA; zambia=ZM
congolese-nederlanders | alexa eyo is kinshasa de hoofdstad van de democratische republiek congo | CD
congolese-nederlanders | alexa mbote wat is de hoofdstad van de andere congo aan de overkant van de rivier | CG
congolese-nederlanders | alexa van welk land is brazzaville de hoofdstad ndeko | CITY:Brazzaville
congolese-nederlanders | alexa de hoofdstad van zaïre mbote | CD
congolese-nederlanders | alexa wat is de hoofdstad van katanga | FB
congolese-nederlanders | alexa eyo de hoofdstad van kivu | FB
congolese-nederlanders | alexa mbote speel rumba congolaise | FB
congolese-nederlanders | alexa ndeko welke stad is de hoofdstad van de centraal-afrikaanse republiek | CF
congolese-nederlanders | alexa mama wil de hoofdstad van tanzania weten | TZ
congolese-nederlanders | alexa eyo van welk land is kigali de hoofdstad | CITY:Kigali
congolese-nederlanders | alexa mbote de hoofdstad van zuid-soedan | SS
congolese-nederlanders | alexa ndeko wat is de hoofdstad van belgisch congo | CD
congolese-nederlanders | alexa de hoofdstad van congo-kinshasa is toch kinshasa eyo | CD
congolese-nederlanders | alexa mbote de hoofdstad van congo-brazzaville is brazzaville toch | CG
congolese-nederlanders | alexa mama vraagt welke hoofdstad tsjaad heeft | TD
# Market stall holders (de vishandel, de kaaskraam on the weekly market): "kibbeling", "wie mag er"
marktkooplui | alexa tussen de kibbeling door wat is de hoofdstad van {} | denemarken=DK; ijsland=IS; schotland=GB-SCT
marktkooplui | alexa de zalm komt uit {} wat is daar de hoofdstad | noorwegen=NO; chili=CL; schotland=GB-SCT
marktkooplui | alexa de kaas gaat naar {} hoe heet de hoofdstad daar | japan=JP; zuid-korea=KR; brazilië=BR
marktkooplui | alexa wie mag er en wat is de hoofdstad van ierland | IE
marktkooplui | alexa de pangasius komt uit vietnam wat is de hoofdstad daar | VN
marktkooplui | alexa de garnalen komen uit bangladesh welke stad is de hoofdstad | BD
marktkooplui | alexa zet een wekker voor vier uur de markt begint om vijf | FB
marktkooplui | alexa wat wordt het weer zaterdag op de markt | FB
marktkooplui | alexa de olijven komen uit griekenland wat is de hoofdstad | GR
marktkooplui | alexa de mosselen komen uit zeeland is middelburg de hoofdstad | FB
marktkooplui | alexa de knoflook komt uit china wat is de hoofdstad van china | CN
marktkooplui | alexa de dadels komen uit tunesië hoe heet de hoofdstad | TN
marktkooplui | alexa de buurman met de stroopwafels vraagt wat de hoofdstad van de faeröer is | FO
marktkooplui | alexa de tonijn komt van de seychellen wat is de hoofdstad | SC
marktkooplui | alexa de mango's komen uit peru welke stad is de hoofdstad daar | PE
marktkooplui | alexa de avocado's komen uit kenia wat is daar de hoofdstad | KE
marktkooplui | alexa de bananen komen uit ecuador hoe heet de hoofdstad | EC
marktkooplui | alexa hoeveel is een pond in kilo | FB
marktkooplui | alexa de kreeft komt uit canada wat is de hoofdstad | CA
marktkooplui | alexa de sinaasappels komen uit marokko wat is de hoofdstad | MA
# Physiotherapists (de fysio, oefeningen, de behandeltafel): "en nog tien", "rustig"
fysiotherapeuten | alexa tijdens de oefeningen van mijn patiënt wat is de hoofdstad van {} | nieuw-zeeland=NZ; australië=AU; fiji=FJ
fysiotherapeuten | alexa rustig aan en wat is de hoofdstad van {} | samoa=WS; tonga=TO; vanuatu=VU
fysiotherapeuten | alexa de patiënt op de behandeltafel komt uit {} wat is de hoofdstad daar | suriname=SR; curaçao=CW; aruba=AW
fysiotherapeuten | alexa zet een timer op dertig seconden | FB
fysiotherapeuten | alexa en nog tien herhalingen en wat is de hoofdstad van tuvalu | TV
fysiotherapeuten | alexa de hoofdstad van kiribati rustig | KI
fysiotherapeuten | alexa de hoofdstad van nauru | NR
fysiotherapeuten | alexa wat is de hoofdstad van palau | PW
fysiotherapeuten | alexa welke stad is de hoofdstad van de marshalleilanden | MH
fysiotherapeuten | alexa wat is de hoofdstad van micronesia | FM
fysiotherapeuten | alexa de hoofdstad van de salomonseilanden | SB
fysiotherapeuten | alexa mijn patiënt zegt dat sydney de hoofdstad van australië is klopt dat | AU
fysiotherapeuten | alexa speel rustige muziek voor de behandelkamer | FB
fysiotherapeuten | alexa hoeveel calorieën verbrand je met fietsen | FB
fysiotherapeuten | alexa wat is de hoofdstad van tasmanië | AU-TAS
fysiotherapeuten | alexa de hoofdstad van queensland rustig | AU-QLD
fysiotherapeuten | alexa van welk land is wellington de hoofdstad | CITY:Wellington
fysiotherapeuten | alexa en nog tien en wat is de hoofdstad van papoea-nieuw-guinea | PG
# Customer-service agents (het callcenter, de wachtrij, de headset): "momentje", "ik zet u even in de wacht"
klantenservice | alexa momentje ik heb een klant uit {} wat is daar de hoofdstad | belgië=BE; luxemburg=LU; zwitserland=CH
klantenservice | alexa in mijn pauze wat is de hoofdstad van {} | oostenrijk=AT; tsjechië=CZ; polen=PL
klantenservice | alexa ik zet u even in de wacht alexa wat is de hoofdstad van {} | portugal=PT; spanje=ES; andorra=AD
klantenservice | alexa een klant belt vanuit gibraltar wat is de hoofdstad daar | GI
klantenservice | alexa momentje welke stad is de hoofdstad van jersey | JE
klantenservice | alexa de hoofdstad van guernsey momentje | GG
klantenservice | alexa het isle of man heeft dat een hoofdstad | IM
klantenservice | alexa hoe lang is de wachtrij | FB
klantenservice | alexa mijn headset doet het niet | FB
klantenservice | alexa een klant uit wales wat is daar de hoofdstad | GB-WLS
klantenservice | alexa de hoofdstad van noord-ierland momentje | GB-NIR
klantenservice | alexa een klant zegt dat hij uit engeland belt wat is de hoofdstad van engeland | GB-ENG
klantenservice | alexa momentje van welk land is dublin de hoofdstad | CITY:Dublin
klantenservice | alexa wat is de hoofdstad van malta momentje | MT
klantenservice | alexa hoe laat is het in new york | FB
klantenservice | alexa een klant vanaf bonaire wat is de hoofdstad daar | BQ
klantenservice | alexa de klant komt uit sint-maarten welke stad is de hoofdstad | SX
klantenservice | alexa momentje de hoofdstad van cyprus | CY
# Roofers (op de steiger, de dakgoot, dakpannen): "pak aan", "hou vast"
dakdekkers | alexa ik sta op de steiger wat is de hoofdstad van {} | nigeria=NG; ghana=GH; senegal=SN
dakdekkers | alexa hou vast en zeg me de hoofdstad van {} | mali=ML; niger=NE; mauritanië=MR
dakdekkers | alexa de leisteen komt uit {} welke stad is de hoofdstad daar | spanje=ES; wales=GB-WLS; brazilië=BR
dakdekkers | alexa pak aan en wat is de hoofdstad van togo | TG
dakdekkers | alexa hoe hard waait het morgen | FB
dakdekkers | alexa gaat het vanmiddag regenen | FB
dakdekkers | alexa de hoofdstad van benin is dat cotonou | BJ
dakdekkers | alexa de collega op het dak komt uit ivoorkust wat is daar de hoofdstad | CI
dakdekkers | alexa de hoofdstad van liberia hou vast | LR
dakdekkers | alexa welke stad is de hoofdstad van gambia | GM
dakdekkers | alexa wat is de hoofdstad van equatoriaal-guinea | GQ
dakdekkers | alexa de hoofdstad van sao tomé en principe | ST
dakdekkers | alexa pak aan de hoofdstad van kaapverdië | CV
dakdekkers | alexa zet de radio harder | FB
dakdekkers | alexa wat is de hoofdstad van sierra leone hou vast | SL
dakdekkers | alexa hoe heet de hoofdstad van guinee-bissau | GW
dakdekkers | alexa de hoofdstad van nigeria is toch lagos | NG
# Arable farmers (de trekker, aardappels rooien, de kas): "jao", "nou nou"
akkerbouwers | alexa vanaf de trekker wat is de hoofdstad van {} | oekraïne=UA; moldavië=MD; roemenië=RO
akkerbouwers | alexa de pootaardappels gaan naar {} wat is daar de hoofdstad | egypte=EG; algerije=DZ; irak=IQ
akkerbouwers | alexa jao de uien gaan naar {} hoe heet de hoofdstad | senegal=SN; ivoorkust=CI; mauritanië=MR
akkerbouwers | alexa gaat het morgen droog blijven voor het rooien | FB
akkerbouwers | alexa wat kost een ton tarwe | FB
akkerbouwers | alexa jao de hoofdstad van de oekraïne | UA
akkerbouwers | alexa de soja komt uit paraguay wat is de hoofdstad | PY
akkerbouwers | alexa van welk land is kiev de hoofdstad | CITY:Kiev
akkerbouwers | alexa de seizoenskracht komt uit bulgarije welke stad is de hoofdstad | BG
akkerbouwers | alexa de hoofdstad van noord-holland jao | FB
akkerbouwers | alexa wat is de hoofdstad van flevoland | FB
akkerbouwers | alexa nou nou de hoofdstad van uruguay | UY
akkerbouwers | alexa de hoofdstad van saskatchewan | CA-SK
akkerbouwers | alexa de hoofdstad van iowa jao | US-IA
akkerbouwers | alexa welke stad is de hoofdstad van kansas | US-KS
akkerbouwers | alexa de hoofdstad van nebraska nou nou | US-NE
# Adult circle birthday (de kringverjaardag, "gefeliciteerd met je tante")
kringverjaardag | alexa gefeliciteerd met je tante en wat is de hoofdstad van {} | australië=AU; nieuw-zeeland=NZ; canada=CA
kringverjaardag | alexa oom henk zegt dat de hoofdstad van {} iets anders is wie heeft gelijk | turkije=TR; zwitserland=CH; brazilië=BR
kringverjaardag | alexa in de kring wil niemand geloven wat de hoofdstad van {} is | kazachstan=KZ; myanmar=MM; nigeria=NG
kringverjaardag | alexa is ankara de hoofdstad van turkije of istanbul | TR
kringverjaardag | alexa tante ria zegt sydney en oom henk canberra wat is de hoofdstad van australië | AU
kringverjaardag | alexa de hoofdstad van canada is toch toronto | CA
kringverjaardag | alexa zing lang zal ze leven | FB
kringverjaardag | alexa hoe oud is tante ria | FB
kringverjaardag | alexa gefeliciteerd met je neef wat is de hoofdstad van ivoorkust | CI
kringverjaardag | alexa neef jeroen beweert dat de hoofdstad van zuid-afrika johannesburg is | ZA
kringverjaardag | alexa welke hoofdsteden heeft zuid-afrika dan | ZA
kringverjaardag | alexa de hoofdstad van nederland is amsterdam of den haag zeg het maar | NL
kringverjaardag | alexa wie heeft er nog koffie | FB
kringverjaardag | alexa welke stad is de hoofdstad van pakistan karachi of islamabad | PK
kringverjaardag | alexa de hoofdstad van marokko is toch marrakech | MA
kringverjaardag | alexa oom henk wil weten wat de hoofdstad van tanzania is | TZ
kringverjaardag | alexa wat is de hoofdstad van vietnam saigon of hanoi | VN
kringverjaardag | alexa hoeveel inwoners heeft canberra | FB
# Broken down on the road waiting for the Wegenwacht: "de wegenwacht", "de vluchtstrook", "pech"
pech-onderweg | alexa we staan op de vluchtstrook met pech wat is de hoofdstad van {} | frankrijk=FR; belgië=BE; luxemburg=LU
pech-onderweg | alexa de wegenwacht komt pas over een uur dus wat is de hoofdstad van {} | letland=LV; estland=EE; litouwen=LT
pech-onderweg | alexa op weg naar {} met pech hoe heet de hoofdstad daar | kroatië=HR; slovenië=SI; italië=IT
pech-onderweg | alexa bel de wegenwacht | FB
pech-onderweg | alexa hoe ver is het naar de dichtstbijzijnde garage | FB
pech-onderweg | alexa we zijn gestrand bij luik is dat de hoofdstad van wallonië | FB
pech-onderweg | alexa wat is de hoofdstad van wallonië | FB
pech-onderweg | alexa de hoofdstad van vlaanderen is toch brussel | FB
pech-onderweg | alexa de kinderen vervelen zich wat is de hoofdstad van duitsland | DE
pech-onderweg | alexa we staan stil bij de grens met oostenrijk wat is de hoofdstad daar | AT
pech-onderweg | alexa de monteur komt uit hongarije wat is de hoofdstad daar | HU
pech-onderweg | alexa de hoofdstad van beieren met pech | DE-BY
pech-onderweg | alexa wat is de hoofdstad van noordrijn-westfalen | DE-NW
pech-onderweg | alexa welke stad is de hoofdstad van nedersaksen | DE-NI
pech-onderweg | alexa hoe laat komt de wegenwacht | FB
pech-onderweg | alexa de hoofdstad van zwitserland is dat zürich | CH
pech-onderweg | alexa wat is de hoofdstad van baden-württemberg | DE-BW
pech-onderweg | alexa wat is de hoofdstad van luxemburg terwijl we wachten | LU
# New Year's dive (de nieuwjaarsduik, the orange hat, the cold sea): "brrr", "koud"
nieuwjaarsduik | alexa brrr wat is de hoofdstad van {} daar is het nog kouder | groenland=GL; ijsland=IS; rusland=RU
nieuwjaarsduik | alexa na de nieuwjaarsduik wil ik weten wat de hoofdstad van {} is | canada=CA; alaska=US-AK; noorwegen=NO
nieuwjaarsduik | alexa koud koud wat is de hoofdstad van {} waar het warm is | brazilië=BR; jamaica=JM; thailand=TH
nieuwjaarsduik | alexa hoe koud is het zeewater vandaag | FB
nieuwjaarsduik | alexa gelukkig nieuwjaar | FB
nieuwjaarsduik | alexa brrr de hoofdstad van antarctica | AQ
nieuwjaarsduik | alexa welke hoofdstad is het koudst ter wereld | FB
nieuwjaarsduik | alexa wat is de hoofdstad van mongolië het is daar nog kouder | MN
nieuwjaarsduik | alexa van welk land is reykjavik de hoofdstad brrr | CITY:Reykjavik
nieuwjaarsduik | alexa wat is de hoofdstad van nunavut | CA-NU
nieuwjaarsduik | alexa de hoofdstad van yukon koud | CA-YT
nieuwjaarsduik | alexa zet de verwarming op twintig graden | FB
nieuwjaarsduik | alexa brrr hoe heet de hoofdstad van finland | FI
nieuwjaarsduik | alexa de hoofdstad van siberië | FB
nieuwjaarsduik | alexa wat is de hoofdstad van de bahama's daar wil ik nu zijn | BS
nieuwjaarsduik | alexa koud de hoofdstad van barbados | BB
nieuwjaarsduik | alexa de hoofdstad van hawaï na de duik | US-HI
nieuwjaarsduik | alexa hoe laat is de nieuwjaarsduik in scheveningen | FB
# Walking the Pieterpad (de rugzak, de etappe, Pieterburen to the Sint-Pietersberg)
pieterpad | alexa bij de etappe van vandaag liep een stel uit {} mee wat is hun hoofdstad | duitsland=DE; belgië=BE; engeland=GB-ENG
pieterpad | alexa met de rugzak op wat is de hoofdstad van {} | oostenrijk=AT; zwitserland=CH; liechtenstein=LI
pieterpad | alexa aan het eind van het pieterpad ligt {} wat is daar de hoofdstad | belgië=BE; limburg=FB; de sint-pietersberg=FB
pieterpad | alexa hoeveel kilometer is het pieterpad | FB
pieterpad | alexa wat is de hoofdstad van groningen | FB
pieterpad | alexa is maastricht de hoofdstad van limburg | FB
pieterpad | alexa welk weer wordt het morgen bij de etappe | FB
pieterpad | alexa we kwamen een pelgrim uit portugal tegen wat is de hoofdstad daar | PT
pieterpad | alexa de hoofdstad van spanje voor de camino | ES
pieterpad | alexa de wandelaar uit frankrijk vroeg wat de hoofdstad van nederland is | NL
pieterpad | alexa de hoofdstad van ierland met de rugzak | IE
pieterpad | alexa hoe heet de hoofdstad van nieuw-zeeland | NZ
pieterpad | alexa de hoofdstad van schotland voor de west highland way | GB-SCT
pieterpad | alexa van welk land is kopenhagen de hoofdstad | CITY:Kopenhagen
pieterpad | alexa de hoofdstad van noorwegen voor de volgende wandeltocht | NO
# Sint-Maarten lantern walk on 11 November: "lampion", "elf november", "snoep"
lampionnen | alexa sint maarten heeft een lampion en wat is de hoofdstad van {} | frankrijk=FR; hongarije=HU; slowakije=SK
lampionnen | alexa na het zingen langs de deuren wat is de hoofdstad van {} | duitsland=DE; denemarken=DK; polen=PL
lampionnen | alexa de kinderen vragen de hoofdstad van het eiland {} | sint-maarten=SX; saint-martin=MF; curaçao=CW
lampionnen | alexa speel sint maarten sint maarten de koeien hebben staarten | FB
lampionnen | alexa wanneer is het elf november | FB
lampionnen | alexa waar komt sint maarten vandaan | FB
lampionnen | alexa de hoofdstad van het franse deel van sint maarten | MF
lampionnen | alexa wat is de hoofdstad van het nederlandse deel van sint-maarten | SX
lampionnen | alexa is philipsburg de hoofdstad van sint maarten | SX
lampionnen | alexa van welk eiland is marigot de hoofdstad | CITY:Marigot
lampionnen | alexa wat is de hoofdstad van aruba voor de lampion | AW
lampionnen | alexa de hoofdstad van bonaire snoep erbij | BQ
lampionnen | alexa hoeveel snoep mag een kind op een avond | FB
lampionnen | alexa de hoofdstad van saba | FB
lampionnen | alexa sint maarten kwam uit hongarije wat is de hoofdstad daar | HU
lampionnen | alexa de hoofdstad van sint-eustatius | FB
lampionnen | alexa wat is de hoofdstad van curaçao na de lampionnen | CW
# Bingo in the community centre (het buurthuis, de bingokaart, "kaart vol")
buurthuis-bingo | alexa kaart vol en nu de hoofdstad van {} | egypte=EG; soedan=SD; ethiopië=ET
buurthuis-bingo | alexa de bingoleider vraagt de hoofdstad van {} | kenia=KE; somalië=SO; djibouti=DJ
buurthuis-bingo | alexa tussen de rondes door wat is de hoofdstad van {} | namibië=NA; zimbabwe=ZW; eswatini=SZ
buurthuis-bingo | alexa noem een getal tussen een en negentig | FB
buurthuis-bingo | alexa zeventien vierentwintig zesendertig | FB
buurthuis-bingo | alexa de hoofdstad van marokko voor de prijs | MA
buurthuis-bingo | alexa wie heeft de hoofdprijs | FB
buurthuis-bingo | alexa de hoofdstad van zuid-afrika voor een extra kaart | ZA
buurthuis-bingo | alexa kaart vol wat is de hoofdstad van tunesië | TN
buurthuis-bingo | alexa de hoofdstad van libië bingo | LY
buurthuis-bingo | alexa wat is de hoofdstad van eritrea voor de bonusronde | ER
buurthuis-bingo | alexa van welk land is addis abeba de hoofdstad | CITY:Addis Abeba
buurthuis-bingo | alexa van welk land is mogadishu de hoofdstad | CITY:Mogadishu
buurthuis-bingo | alexa de hoofdstad van lesotho kaart vol | LS
buurthuis-bingo | alexa bingo de hoofdstad van mozambique | MZ
buurthuis-bingo | alexa speel een bingodeuntje | FB
buurthuis-bingo | alexa de hoofdstad van de comoren voor het kratje bier | KM
buurthuis-bingo | alexa wat is de hoofdstad van zuid-soedan voor de laatste ronde | SS
# plural capitals: the eight countries with several capitals
plural-capitals | alexa wat zijn de drie hoofdsteden van zuid-afrika | ZA
plural-capitals | alexa noem alle hoofdsteden van zuid-afrika op | ZA
plural-capitals | alexa zuid-afrika heeft toch meerdere hoofdsteden welke zijn dat | ZA
plural-capitals | alexa welke steden zijn allemaal hoofdstad van zuid-afrika | ZA
plural-capitals | alexa de hoofdsteden van zuid-afrika graag | ZA
plural-capitals | alexa pretoria kaapstad en bloemfontein zijn dat de hoofdsteden van zuid-afrika | ZA
plural-capitals | alexa hoeveel hoofdsteden heeft zuid-afrika en welke | ZA
plural-capitals | alexa wat zijn de twee hoofdsteden van bolivia | BO
plural-capitals | alexa noem beide hoofdsteden van bolivia | BO
plural-capitals | alexa bolivia heeft twee hoofdsteden toch welke | BO
plural-capitals | alexa de hoofdsteden van bolivia alsjeblieft | BO
plural-capitals | alexa zijn sucre en la paz allebei hoofdsteden van bolivia | BO
plural-capitals | alexa welke steden zijn de hoofdsteden van bolivia | BO
plural-capitals | alexa wat zijn de hoofdsteden van nederland amsterdam en den haag | NL
plural-capitals | alexa nederland heeft twee hoofdsteden welke zijn dat | NL
plural-capitals | alexa noem de twee hoofdsteden van nederland | NL
plural-capitals | alexa welke steden zijn allebei hoofdstad van nederland | NL
plural-capitals | alexa heeft nederland meerdere hoofdsteden | NL
plural-capitals | alexa de hoofdsteden van ons eigen land nederland | NL
plural-capitals | alexa wat zijn de twee hoofdsteden van maleisië | MY
plural-capitals | alexa maleisië heeft twee hoofdsteden toch | MY
plural-capitals | alexa noem beide hoofdsteden van maleisië | MY
plural-capitals | alexa zijn kuala lumpur en putrajaya allebei hoofdsteden van maleisië | MY
plural-capitals | alexa de hoofdsteden van maleisië graag | MY
plural-capitals | alexa welke steden zijn de hoofdsteden van maleisië | MY
plural-capitals | alexa wat zijn de twee hoofdsteden van benin | BJ
plural-capitals | alexa noem beide hoofdsteden van benin | BJ
plural-capitals | alexa benin heeft twee hoofdsteden welke | BJ
plural-capitals | alexa welke steden zijn de hoofdsteden van benin | BJ
plural-capitals | alexa de twee hoofdsteden van benin graag | BJ
plural-capitals | alexa hoeveel hoofdsteden heeft benin | BJ
plural-capitals | alexa wat zijn de hoofdsteden van ivoorkust | CI
plural-capitals | alexa noem beide hoofdsteden van ivoorkust | CI
plural-capitals | alexa ivoorkust heeft twee hoofdsteden toch welke | CI
plural-capitals | alexa zijn yamoussoukro en abidjan allebei hoofdsteden | CI
plural-capitals | alexa de twee hoofdsteden van ivoorkust graag | CI
plural-capitals | alexa welke steden zijn de hoofdsteden van de ivoorkust | CI
plural-capitals | alexa wat zijn de twee hoofdsteden van sri lanka | LK
plural-capitals | alexa noem beide hoofdsteden van sri lanka | LK
plural-capitals | alexa sri lanka heeft twee hoofdsteden welke zijn dat | LK
plural-capitals | alexa de hoofdsteden van sri lanka graag | LK
plural-capitals | alexa zijn colombo en kotte allebei hoofdstad van sri lanka | LK
plural-capitals | alexa welke steden zijn de hoofdsteden van sri lanka | LK
plural-capitals | alexa wat zijn de twee hoofdsteden van eswatini | SZ
plural-capitals | alexa noem beide hoofdsteden van swaziland | SZ
plural-capitals | alexa eswatini heeft twee hoofdsteden toch welke | SZ
plural-capitals | alexa de hoofdsteden van eswatini graag | SZ
plural-capitals | alexa zijn mbabane en lobamba allebei hoofdsteden van eswatini | SZ
plural-capitals | alexa welke steden zijn de hoofdsteden van swaziland | SZ
plural-capitals | alexa welke landen hebben meer dan een hoofdstad | FB
plural-capitals | alexa geef me alle hoofdsteden van zuid-afrika en bolivia | BO+ZA
plural-capitals | alexa de drie hoofdsteden van zuid-afrika uit mijn hoofd pretoria en nog twee | ZA
plural-capitals | alexa de regeringszetel en de hoofdstad van nederland allebei | NL
plural-capitals | alexa in welke twee steden zit de regering van bolivia | BO
plural-capitals | alexa de bestuurlijke en de officiële hoofdstad van maleisië | MY
plural-capitals | alexa de politieke en de economische hoofdstad van ivoorkust | CI
plural-capitals | alexa wat zijn de hoofdsteden van zuid-afrika nou precies | ZA
plural-capitals | alexa beide hoofdsteden van benin noemen | BJ
plural-capitals | alexa alle hoofdsteden van sri lanka | LK
plural-capitals | alexa alle hoofdsteden van eswatini | SZ
# help
help | alexa hoe werkt hoofdsteden van de wereld eigenlijk | HELP
help | alexa wat kan ik allemaal vragen aan deze skill | HELP
help | alexa ik snap het niet wat moet ik zeggen | HELP
help | alexa help me eens op weg | HELP
help | alexa wat moet ik vragen | HELP
help | alexa leg me uit hoe dit werkt | HELP
help | alexa ik weet niet wat ik moet doen help | HELP
help | alexa geef eens een voorbeeld van een vraag | HELP
help | alexa hoe vraag ik een hoofdstad op | HELP
help | alexa wat kun je me allemaal vertellen in deze skill | HELP
help | alexa uitleg graag | HELP
help | alexa ik heb hulp nodig bij de hoofdsteden | HELP
help | alexa welke vragen begrijp je | HELP
help | alexa hoe moet dit nou | HELP
help | alexa effe hulp | HELP
help | alexa hulp alsjeblieft ik kom er niet uit | HELP
help | alexa wat zijn de mogelijkheden | HELP
help | alexa vertel me wat ik hier kan doen | HELP
help | alexa joh hoe werkt dit ding | HELP
help | alexa hoe gebruik ik deze skill | HELP
help | alexa vraag hoofdsteden van de wereld om uitleg | HELP
help | alexa ik ben nieuw hier wat kan ik zeggen | HELP
help | alexa mbote hoe werkt het | HELP
help | alexa oye help me pe | HELP
help | alexa hajde help | HELP
help | alexa momentje wat kan ik vragen | HELP
help | alexa tante riek snapt het niet help eens | HELP
help | alexa hoe stel ik een vraag over een land | HELP
help | alexa helpen graag | HELP
help | alexa kun je me helpen met deze skill | HELP
# stop
stop | alexa stop er maar mee | STOP
stop | alexa ophouden | STOP
stop | alexa klaar ermee | STOP
stop | alexa het is mooi geweest | STOP
stop | alexa we zijn klaar bedankt | STOP
stop | alexa stop de skill | STOP
stop | alexa afsluiten graag | STOP
stop | alexa genoeg hoofdsteden voor vandaag | STOP
stop | alexa hou maar op | STOP
stop | alexa kappen nu | STOP
stop | alexa stop hoofdsteden van de wereld | STOP
stop | alexa doei | STOP
stop | alexa tot de volgende keer | STOP
stop | alexa dat was het voor vandaag | STOP
stop | alexa ik wil stoppen | STOP
stop | alexa zo is wel genoeg | STOP
stop | alexa effe stoppen | STOP
stop | alexa joh stop maar | STOP
stop | alexa hej då | STOP
stop | alexa mbote stop | STOP
stop | alexa órale ya stop | STOP
stop | alexa wallah genoeg stop | STOP
stop | alexa kaart vol stop maar | STOP
stop | alexa de wegenwacht is er stop maar | STOP
stop | alexa sluit de hoofdsteden af | STOP
stop | alexa eindigen | STOP
stop | alexa nou ik ga slapen stop | STOP
stop | alexa stoppen met de quiz | STOP
stop | alexa ik heb er geen zin meer in stop | STOP
stop | alexa welterusten stop | STOP
# cancel
cancel | alexa annuleer maar | CANCEL
cancel | alexa laat maar zitten | CANCEL
cancel | alexa nee laat maar | CANCEL
cancel | alexa vergeet het maar | CANCEL
cancel | alexa annuleren alsjeblieft | CANCEL
cancel | alexa niet meer nodig | CANCEL
cancel | alexa toch maar niet | CANCEL
cancel | alexa laat die vraag maar | CANCEL
cancel | alexa nee hoeft niet meer | CANCEL
cancel | alexa annuleer de vraag | CANCEL
cancel | alexa ach laat ook maar | CANCEL
cancel | alexa vergeet wat ik zei | CANCEL
cancel | alexa laat maar ik weet het al | CANCEL
cancel | alexa effe niet laat maar | CANCEL
cancel | alexa o zot laat maar | CANCEL
cancel | alexa oye laat maar pe | CANCEL
cancel | alexa momentje nee annuleer maar | CANCEL
cancel | alexa nee nee nee annuleren | CANCEL
cancel | alexa laat maar schieten | CANCEL
cancel | alexa streep dat maar door | CANCEL
cancel | alexa annuleer dat | CANCEL
cancel | alexa ik bedenk me laat maar | CANCEL
cancel | alexa laat maar zitten joa | CANCEL
cancel | alexa tack nej laat maar | CANCEL
cancel | alexa hou maar laat maar zitten | CANCEL
cancel | alexa die vraag hoeft niet meer | CANCEL
cancel | alexa vergeet die hoofdstad maar | CANCEL
cancel | alexa laat maar ouwe | CANCEL
cancel | alexa nee toch niet annuleer | CANCEL
cancel | alexa laat maar zitten hoor eens | CANCEL
# launch
launch | alexa open hoofdsteden van de wereld | LAUNCH
launch | alexa start hoofdsteden van de wereld | LAUNCH
launch | alexa hoofdsteden van de wereld openen | LAUNCH
launch | alexa hoofdsteden van de wereld starten alsjeblieft | LAUNCH
launch | alexa doe hoofdsteden van de wereld | LAUNCH
launch | alexa speel hoofdsteden van de wereld | LAUNCH
launch | alexa ik wil hoofdsteden van de wereld | LAUNCH
launch | alexa zet hoofdsteden van de wereld aan | LAUNCH
launch | alexa open effe hoofdsteden van de wereld | LAUNCH
launch | alexa mag ik hoofdsteden van de wereld | LAUNCH
launch | alexa begin met hoofdsteden van de wereld | LAUNCH
launch | alexa laten we hoofdsteden van de wereld doen | LAUNCH
launch | alexa hoofdsteden van de wereld graag | LAUNCH
launch | alexa start de skill hoofdsteden van de wereld | LAUNCH
launch | alexa open de skill hoofdsteden van de wereld | LAUNCH
launch | alexa joh open hoofdsteden van de wereld | LAUNCH
launch | alexa nou start hoofdsteden van de wereld maar | LAUNCH
launch | alexa oye open hoofdsteden van de wereld | LAUNCH
launch | alexa mbote open hoofdsteden van de wereld | LAUNCH
launch | alexa hajde start hoofdsteden van de wereld | LAUNCH
launch | alexa shlonak open hoofdsteden van de wereld | LAUNCH
launch | alexa gefeliciteerd en open hoofdsteden van de wereld | LAUNCH
launch | alexa kaart vol open hoofdsteden van de wereld | LAUNCH
launch | alexa we staan met pech open hoofdsteden van de wereld | LAUNCH
launch | alexa brrr start hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden van de wereld voor de kinderen | LAUNCH
launch | alexa start even die hoofdsteden van de wereld | LAUNCH
launch | alexa open die hoofdstedenskill | LAUNCH
launch | alexa open hoofdsteden van de wereld ouwe | LAUNCH
launch | alexa momentje open hoofdsteden van de wereld | LAUNCH
launch | alexa de hoofdsteden van de wereld openen graag | LAUNCH
launch | alexa wil je hoofdsteden van de wereld openen | LAUNCH
launch | alexa kun je hoofdsteden van de wereld starten | LAUNCH
launch | alexa activeer hoofdsteden van de wereld | LAUNCH
launch | alexa lanceer hoofdsteden van de wereld | LAUNCH
launch | alexa hoofdsteden van de wereld aub | LAUNCH
launch | alexa joa hoofdsteden van de wereld open | LAUNCH
launch | alexa zeg start hoofdsteden van de wereld | LAUNCH
launch | alexa hoor eens open hoofdsteden van de wereld | LAUNCH
launch | alexa vanaf de trekker open hoofdsteden van de wereld | LAUNCH
launch | alexa vanaf de steiger hoofdsteden van de wereld starten | LAUNCH
launch | alexa open wereldhoofdsteden | LAUNCH
launch | alexa ga naar hoofdsteden van de wereld | LAUNCH
# subdivision
subdivision | alexa wat is de hoofdstad van de staat {} | new york=US-NY; florida=US-FL; pennsylvania=US-PA
subdivision | alexa hoe heet de hoofdstad van {} in amerika | illinois=US-IL; michigan=US-MI; ohio=US-OH
subdivision | alexa de hoofdstad van de amerikaanse staat {} | washington=US-WA; oregon=US-OR; nevada=US-NV
subdivision | alexa wat is de hoofdstad van de provincie {} in canada | ontario=CA-ON; quebec=CA-QC; alberta=CA-AB
subdivision | alexa welke stad is de hoofdstad van {} in australië | victoria=AU-VIC; nieuw-zuid-wales=AU-NSW; west-australië=AU-WA
subdivision | alexa wat is de hoofdstad van de deelstaat {} | saksen=DE-SN; hessen=DE-HE; thüringen=DE-TH
subdivision | alexa hoe heet de hoofdstad van de indiase staat {} | kerala=IN-KL; rajasthan=IN-RJ; goa=IN-GA
subdivision | alexa wat is de hoofdstad van de braziliaanse staat {} | bahia=BR-BA; minas gerais=BR-MG; amazonas=BR-AM
subdivision | alexa de hoofdstad van {} in mexico | guerrero=MX-GRO; sinaloa=MX-SIN; chihuahua=MX-CHH
subdivision | alexa wat is de hoofdstad van brits-columbia | CA-BC
subdivision | alexa de hoofdstad van nova scotia | CA-NS
subdivision | alexa wat is de hoofdstad van manitoba | CA-MB
subdivision | alexa welke stad is de hoofdstad van newfoundland | CA-NL
subdivision | alexa de hoofdstad van prins edwardeiland | CA-PE
subdivision | alexa wat is de hoofdstad van het noordelijk territorium | AU-NT
subdivision | alexa de hoofdstad van zuid-australië | AU-SA
subdivision | alexa wat is de hoofdstad van sleeswijk-holstein | DE-SH
subdivision | alexa de hoofdstad van mecklenburg-voor-pommeren | DE-MV
subdivision | alexa wat is de hoofdstad van rijnland-palts | DE-RP
subdivision | alexa de hoofdstad van het saarland | DE-SL
subdivision | alexa welke stad is de hoofdstad van saksen-anhalt | DE-ST
subdivision | alexa wat is de hoofdstad van brandenburg | DE-BB
subdivision | alexa wat is de hoofdstad van tamil nadu | IN-TN
subdivision | alexa de hoofdstad van maharashtra | IN-MH
subdivision | alexa wat is de hoofdstad van west-bengalen | IN-WB
subdivision | alexa de hoofdstad van punjab in india | IN-PB
subdivision | alexa wat is de hoofdstad van uttar pradesh | IN-UP
subdivision | alexa de hoofdstad van karnataka | IN-KA
subdivision | alexa wat is de hoofdstad van são paulo de staat | BR-SP
subdivision | alexa de hoofdstad van rio grande do sul | BR-RS
subdivision | alexa wat is de hoofdstad van pernambuco | BR-PE
subdivision | alexa de hoofdstad van alaska | US-AK
subdivision | alexa wat is de hoofdstad van louisiana | US-LA
subdivision | alexa de hoofdstad van massachusetts | US-MA
subdivision | alexa wat is de hoofdstad van tennessee | US-TN
subdivision | alexa de hoofdstad van north carolina | US-NC
subdivision | alexa wat is de hoofdstad van utah | US-UT
subdivision | alexa wat is de hoofdstad van kentucky | US-KY
subdivision | alexa de hoofdstad van vermont | US-VT
subdivision | alexa wat is de hoofdstad van montana | US-MT
subdivision | alexa de hoofdstad van wyoming | US-WY
subdivision | alexa wat is de hoofdstad van schotland | GB-SCT
subdivision | alexa de hoofdstad van wales | GB-WLS
subdivision | alexa wat is de hoofdstad van catalonië | FB
subdivision | alexa de hoofdstad van andalusië | FB
subdivision | alexa wat is de hoofdstad van bretagne | FB
subdivision | alexa de hoofdstad van toscane | FB
subdivision | alexa wat is de hoofdstad van zuid-holland | FB
subdivision | alexa de hoofdstad van gelderland | FB
subdivision | alexa wat is de hoofdstad van friesland | FB
subdivision | alexa de hoofdstad van antwerpen de provincie | FB
subdivision | alexa wat is de hoofdstad van tibet | FB
subdivision | alexa de hoofdstad van siberië in rusland | FB
subdivision | alexa wat is de hoofdstad van puerto rico | PR
subdivision | alexa de hoofdstad van groenland | GL
subdivision | alexa wat is de hoofdstad van nieuw-caledonië | NC
subdivision | alexa de hoofdstad van frans-polynesië | PF
subdivision | alexa wat is de hoofdstad van guam | GU
subdivision | alexa de hoofdstad van bermuda | BM
subdivision | alexa wat is de hoofdstad van de kaaimaneilanden | KY
subdivision | alexa de hoofdstad van réunion | RE
subdivision | alexa wat is de hoofdstad van martinique | MQ
subdivision | alexa de hoofdstad van guadeloupe | GP
subdivision | alexa wat is de hoofdstad van de falklandeilanden | FK
subdivision | alexa de hoofdstad van washington dc | US-DC
subdivision | alexa wat is de hoofdstad van jammu en kasjmir | IN-JK
subdivision | alexa de hoofdstad van uttarakhand | IN-UK
subdivision | alexa wat is de hoofdstad van hongkong | HK
# follow-up
follow-up | en {} | japan=JP; peru=PE; noorwegen=NO
follow-up | en die van {} dan | oekraïne=UA; turkije=TR; egypte=EG
follow-up | alexa en {} | ghana=GH; nepal=NP; cuba=CU
follow-up | en wat is het van {} | zweden=SE; iran=IR; chili=CL
follow-up | oké en {} dan | kenia=KE; uruguay=UY; laos=LA
follow-up | en hoe zit het met {} | polen=PL; soedan=SD; fiji=FJ
follow-up | en van noord-korea | KP
follow-up | en zuid-korea dan | KR
follow-up | en de andere korea het zuidelijke | KR
follow-up | en palestina | PS
follow-up | en congo-brazzaville | CG
follow-up | en congo-kinshasa dan | CD
follow-up | en zuid-afrika | ZA
follow-up | oké en maleisië | MY
follow-up | en bolivia dan | BO
follow-up | en nederland zelf | NL
follow-up | nog eentje singapore | SG
follow-up | en daarna vietnam | VN
follow-up | en als laatste tonga | TO
follow-up | hmm en gabon | GA
follow-up | effe en libië | LY
follow-up | ja en jemen | YE
follow-up | en de buurman belgië | BE
follow-up | en dan nog samoa | WS
follow-up | en de hoofdstad van tsjaad dan | TD
follow-up | en wat is die van mali | ML
follow-up | oké nou en niger | NE
follow-up | en voor kaapverdië | CV
follow-up | en voor de dominicaanse republiek | DO
follow-up | en dominica | DM
follow-up | en grenada dan | GD
follow-up | en saint lucia | LC
follow-up | en nu saint vincent | VC
follow-up | en antigua | AG
follow-up | en trinidad | TT
follow-up | en saint kitts | KN
follow-up | en die van de bahama's | BS
follow-up | en nog haïti | HT
follow-up | tack en denemarken | DK
follow-up | en nu de hoofdstad van oost-timor | TL
follow-up | en brunei dan | BN
follow-up | en de hoofdstad van monaco | MC
follow-up | en nog één keer die van zuid-soedan | SS
# yes-no-check
yes-no-check | alexa is {} de hoofdstad van nederland | amsterdam=NL; den haag=NL; rotterdam=NL
yes-no-check | alexa klopt het dat {} de hoofdstad van zuid-afrika is | pretoria=ZA; johannesburg=ZA; durban=ZA
yes-no-check | alexa is het waar dat de hoofdstad van {} sucre is | bolivia=BO; peru=PE; chili=CL
yes-no-check | alexa is pyongyang de hoofdstad van noord-korea | KP
yes-no-check | alexa klopt het dat seoul de hoofdstad van zuid-korea is | KR
yes-no-check | alexa is busan de hoofdstad van zuid-korea | KR
yes-no-check | alexa is ramallah de hoofdstad van palestina | PS
yes-no-check | alexa is oost-jeruzalem de hoofdstad van palestina | PS
yes-no-check | alexa is kinshasa de hoofdstad van congo-brazzaville | CG
yes-no-check | alexa klopt het dat brazzaville de hoofdstad van de democratische republiek congo is | CD
yes-no-check | alexa is kuala lumpur nog steeds de hoofdstad van maleisië | MY
yes-no-check | alexa is putrajaya de hoofdstad van maleisië | MY
yes-no-check | alexa is lagos de hoofdstad van nigeria | NG
yes-no-check | alexa is rio de janeiro de hoofdstad van brazilië | BR
yes-no-check | alexa klopt het dat almaty de hoofdstad van kazachstan is | KZ
yes-no-check | alexa is dar es salaam de hoofdstad van tanzania | TZ
yes-no-check | alexa is abidjan de hoofdstad van ivoorkust | CI
yes-no-check | alexa is zürich de hoofdstad van zwitserland | CH
yes-no-check | alexa klopt het dat new york de hoofdstad van amerika is | US
yes-no-check | alexa is toronto de hoofdstad van canada | CA
yes-no-check | alexa is auckland de hoofdstad van nieuw-zeeland | NZ
yes-no-check | alexa is yangon nog de hoofdstad van myanmar | MM
yes-no-check | alexa klopt het dat bern de hoofdstad van zwitserland is | CH
yes-no-check | alexa is het waar dat canberra de hoofdstad van australië is | AU
yes-no-check | alexa is minsk de hoofdstad van wit-rusland | BY
yes-no-check | alexa is tbilisi de hoofdstad van georgië | GE
yes-no-check | alexa is jerevan de hoofdstad van armenië | AM
yes-no-check | alexa is bakoe de hoofdstad van azerbeidzjan | AZ
yes-no-check | alexa is wenen de hoofdstad van oostenrijk of is het salzburg | AT
yes-no-check | alexa is milaan de hoofdstad van italië | IT
yes-no-check | alexa is barcelona de hoofdstad van spanje | ES
yes-no-check | alexa is porto de hoofdstad van portugal | PT
yes-no-check | alexa klopt het dat manilla de hoofdstad van de filipijnen is | PH
yes-no-check | alexa is ho chi minhstad de hoofdstad van vietnam | VN
yes-no-check | alexa is dhaka de hoofdstad van bangladesh | BD
yes-no-check | alexa is karachi de hoofdstad van pakistan | PK
yes-no-check | alexa is kaapstad een hoofdstad | CITY:Kaapstad
yes-no-check | alexa is den haag een hoofdstad | CITY:Den Haag
yes-no-check | alexa is glasgow de hoofdstad van schotland | GB-SCT
yes-no-check | alexa is belfast de hoofdstad van noord-ierland | GB-NIR
yes-no-check | alexa klopt het dat de hoofdstad van marokko rabat is | MA
yes-no-check | alexa is tel aviv de hoofdstad van israël | IL
yes-no-check | alexa is antwerpen de hoofdstad van belgië | BE
yes-no-check | alexa is la paz de hoofdstad van bolivia of niet | BO
yes-no-check | alexa heeft nederland echt twee hoofdsteden | NL
# self-correction
self-correction | alexa wat is de hoofdstad van oostenrijk nee ik bedoel australië | AU
self-correction | alexa de hoofdstad van zweden o nee zwitserland | CH
self-correction | alexa wat is de hoofdstad van slowakije nee slovenië bedoel ik | SI
self-correction | alexa de hoofdstad van noord-korea sorry zuid-korea | KR
self-correction | alexa wat is de hoofdstad van zuid-korea wacht noord-korea | KP
self-correction | alexa de hoofdstad van congo-kinshasa nee brazzaville kant | CG
self-correction | alexa wat is de hoofdstad van de republiek congo nee de democratische | CD
self-correction | alexa de hoofdstad van israël eh nee van palestina | PS
self-correction | alexa wat is de hoofdstad van irak nee iran | IR
self-correction | alexa de hoofdstad van iran o nee irak | IQ
self-correction | alexa wat is de hoofdstad van nigeria ik bedoel niger | NE
self-correction | alexa de hoofdstad van guinee nee guinee-bissau | GW
self-correction | alexa wat is de hoofdstad van gambia sorry zambia | ZM
self-correction | alexa de hoofdstad van colombia nee columbia ik bedoel het land | CO
self-correction | alexa wat is de hoofdstad van maleisië nee indonesië | ID
self-correction | alexa de hoofdstad van indonesië wacht even maleisië | MY
self-correction | alexa wat is de hoofdstad van bolivia nee paraguay | PY
self-correction | alexa de hoofdstad van paraguay nee toch bolivia | BO
self-correction | alexa wat is de hoofdstad van zuid-afrika nee zuid-soedan | SS
self-correction | alexa de hoofdstad van soedan nee zuid-afrika | ZA
self-correction | alexa wat is de hoofdstad van denemarken eh nederland | NL
self-correction | alexa de hoofdstad van libanon of nee libië | LY
self-correction | alexa wat is de hoofdstad van mauritius nee mauritanië | MR
self-correction | alexa de hoofdstad van letland uh litouwen | LT
self-correction | alexa wat is de hoofdstad van armenië nee albanië | AL
self-correction | alexa de hoofdstad van slovenië sorry slowakije | SK
self-correction | alexa wat is de hoofdstad van tsjaad nee ik bedoel tsjechië | CZ
self-correction | alexa de hoofdstad van dominica nee de dominicaanse republiek | DO
self-correction | alexa wat is de hoofdstad van de dominicaanse republiek nee gewoon dominica | DM
self-correction | alexa de hoofdstad van oostenrijk nee duitsland nee toch oostenrijk | AT
self-correction | alexa wat is de hoofdstad van kirgizië eh kazachstan | KZ
self-correction | alexa de hoofdstad van mongolië nee myanmar | MM
self-correction | alexa wat is de hoofdstad van ijsland nee ierland | IE
self-correction | alexa de hoofdstad van georgië het land niet de staat | GE
self-correction | alexa wat is de hoofdstad van georgia de staat in amerika niet het land | US-GA
self-correction | alexa de hoofdstad van nieuw-zeeland nee nieuw-guinea papoea | PG
self-correction | alexa wat is de hoofdstad van samoa nee tonga | TO
self-correction | alexa de hoofdstad van malawi of nee mali | ML
self-correction | alexa wat is de hoofdstad van niger eh nigeria | NG
self-correction | alexa de hoofdstad van oman nee jemen | YE
self-correction | alexa wat is de hoofdstad van wat was het ook alweer eritrea | ER
self-correction | alexa de hoofdstad van marokko laat maar algerije | DZ
# reverse-question
reverse-question | alexa van welk land is {} de hoofdstad | nairobi=CITY:Nairobi; accra=CITY:Accra; dakar=CITY:Dakar
reverse-question | alexa welk land heeft {} als hoofdstad | ulaanbaatar=CITY:Ulaanbaatar; thimphu=CITY:Thimphu; kathmandu=CITY:Kathmandu
reverse-question | alexa {} is de hoofdstad van welk land | ottawa=CITY:Ottawa; canberra=CITY:Canberra; wenen=CITY:Wenen
reverse-question | alexa waar is {} de hoofdstad van | lusaka=CITY:Lusaka; harare=CITY:Harare; gaborone=CITY:Gaborone
reverse-question | alexa van welk land is pyongyang de hoofdstad | CITY:Pyongyang
reverse-question | alexa seoul is de hoofdstad van welk land | CITY:Seoul
reverse-question | alexa van welk land is kinshasa de hoofdstad | CITY:Kinshasa
reverse-question | alexa ramallah is de hoofdstad van wat | CITY:Ramallah
reverse-question | alexa welk land heeft putrajaya als hoofdstad | CITY:Putrajaya
reverse-question | alexa van welk land is sucre een hoofdstad | CITY:Sucre
reverse-question | alexa bloemfontein is een hoofdstad van welk land | CITY:Bloemfontein
reverse-question | alexa van welk land is den haag de regeringsstad | CITY:Den Haag
reverse-question | alexa welk land heeft yamoussoukro als hoofdstad | CITY:Yamoussoukro
reverse-question | alexa van welk land is porto-novo de hoofdstad | CITY:Porto-Novo
reverse-question | alexa mbabane is de hoofdstad van welk land | CITY:Mbabane
reverse-question | alexa van welk land is colombo de hoofdstad | CITY:Colombo
reverse-question | alexa welk land heeft ouagadougou als hoofdstad | CITY:Ouagadougou
reverse-question | alexa van welk land is bisjkek de hoofdstad | CITY:Bisjkek
reverse-question | alexa doesjanbe is de hoofdstad van welk land | CITY:Doesjanbe
reverse-question | alexa van welk land is asjchabad de hoofdstad | CITY:Asjchabad
reverse-question | alexa welk land heeft montevideo als hoofdstad | CITY:Montevideo
reverse-question | alexa van welk land is asunción de hoofdstad | CITY:Asunción
reverse-question | alexa paramaribo is de hoofdstad van welk land | CITY:Paramaribo
reverse-question | alexa van welk land is port moresby de hoofdstad | CITY:Port Moresby
reverse-question | alexa welk land heeft funafuti als hoofdstad | CITY:Funafuti
reverse-question | alexa van welk land is nuku'alofa de hoofdstad | CITY:Nuku'alofa
reverse-question | alexa van welk land is valletta de hoofdstad | CITY:Valletta
reverse-question | alexa ljubljana is de hoofdstad van welk land | CITY:Ljubljana
reverse-question | alexa welk land heeft bratislava als hoofdstad | CITY:Bratislava
reverse-question | alexa van welk land is chisinau de hoofdstad | CITY:Chișinău
reverse-question | alexa van welk land is antananarivo de hoofdstad | CITY:Antananarivo
reverse-question | alexa windhoek hoort bij welk land als hoofdstad | CITY:Windhoek
reverse-question | alexa welk land heeft lilongwe als hoofdstad | CITY:Lilongwe
reverse-question | alexa van welk land is nouakchott de hoofdstad | CITY:Nouakchott
reverse-question | alexa van welk land is bamako de hoofdstad | CITY:Bamako
reverse-question | alexa van welk land is naypyidaw de hoofdstad | CITY:Naypyidaw
reverse-question | alexa welke staat heeft sacramento als hoofdstad | CITY:Sacramento
reverse-question | alexa van welke provincie is toronto de hoofdstad | CITY:Toronto
reverse-question | alexa van welk land is amsterdam de hoofdstad | CITY:Amsterdam
reverse-question | alexa van welk land is rotterdam de hoofdstad | FB
reverse-question | alexa van welk land is sydney de hoofdstad | CITY:Sydney
# official-name
official-name | alexa wat is de hoofdstad van de {} | volksrepubliek china=CN; russische federatie=RU; bondsrepubliek duitsland=DE
official-name | alexa hoofdstad van het {} | koninkrijk der nederlanden=NL; koninkrijk belgië=BE; groothertogdom luxemburg=LU
official-name | alexa wat is de hoofdstad van de democratische volksrepubliek korea | KP
official-name | alexa de hoofdstad van de republiek korea | KR
official-name | alexa wat is de hoofdstad van de staat palestina | PS
official-name | alexa de hoofdstad van de republiek zuid-afrika | ZA
official-name | alexa wat is de hoofdstad van de plurinationale staat bolivia | BO
official-name | alexa de hoofdstad van de federatie maleisië | MY
official-name | alexa wat is de hoofdstad van de republiek van de unie van myanmar | MM
official-name | alexa de hoofdstad van de verenigde mexicaanse staten | MX
official-name | alexa wat is de hoofdstad van de islamitische republiek iran | IR
official-name | alexa de hoofdstad van het koninkrijk saoedi-arabië | SA
official-name | alexa wat is de hoofdstad van het hasjemitisch koninkrijk jordanië | JO
official-name | alexa de hoofdstad van de arabische republiek egypte | EG
official-name | alexa wat is de hoofdstad van de federale democratische republiek ethiopië | ET
official-name | alexa de hoofdstad van de bolivariaanse republiek venezuela | VE
official-name | alexa wat is de hoofdstad van de oostelijke republiek uruguay | UY
official-name | alexa de hoofdstad van de socialistische republiek vietnam | VN
official-name | alexa wat is de hoofdstad van de democratische volksrepubliek laos | LA
official-name | alexa de hoofdstad van het verenigd koninkrijk van groot-brittannië en noord-ierland | GB
official-name | alexa wat is de hoofdstad van de helleense republiek | GR
official-name | alexa de hoofdstad van de zwitserse bondsstaat | CH
official-name | alexa wat is de hoofdstad van de democratische socialistische republiek sri lanka | LK
official-name | alexa de hoofdstad van de republiek der unie van myanmar | MM
official-name | alexa wat is de hoofdstad van de islamitische republiek pakistan | PK
official-name | alexa de hoofdstad van de federale republiek nigeria | NG
official-name | alexa wat is de hoofdstad van de verenigde republiek tanzania | TZ
official-name | alexa de hoofdstad van het koninkrijk eswatini | SZ
official-name | alexa wat is de hoofdstad van het koninkrijk lesotho | LS
official-name | alexa de hoofdstad van de republiek de gambia | GM
official-name | alexa wat is de hoofdstad van de federale staten van micronesia | FM
official-name | alexa de hoofdstad van het sultanaat oman | OM
official-name | alexa wat is de hoofdstad van de staat koeweit | KW
official-name | alexa de hoofdstad van de republiek van de fiji-eilanden | FJ
official-name | alexa wat is de hoofdstad van de democratische republiek oost-timor | TL
official-name | alexa de hoofdstad van de republiek der filipijnen | PH
official-name | alexa wat is de hoofdstad van de kirgizische republiek | KG
# everyday-name
everyday-name | alexa wat is de hoofdstad van {} | holland=NL; amerika=US; engeland=GB-ENG
everyday-name | alexa de hoofdstad van {} | de vae=AE; tsjechië=CZ; wit-rusland=BY
everyday-name | alexa hoofdstad van {} graag | perzië=IR; birma=MM; ceylon=LK
everyday-name | alexa wat is de hoofdstad van swaziland | SZ
everyday-name | alexa de hoofdstad van zaïre | CD
everyday-name | alexa wat is de hoofdstad van dahomey | BJ
everyday-name | alexa de hoofdstad van het oude perzië | IR
everyday-name | alexa wat is de hoofdstad van de emiraten | AE
everyday-name | alexa de hoofdstad van groot-brittannië | GB
everyday-name | alexa wat is de hoofdstad van tsjechoslowakije | FB
everyday-name | alexa de hoofdstad van joegoslavië | FB
everyday-name | alexa wat is de hoofdstad van de sovjet-unie | FB
everyday-name | alexa de hoofdstad van siam | TH
everyday-name | alexa wat is de hoofdstad van formosa | TW
everyday-name | alexa de hoofdstad van bosnië | BA
everyday-name | alexa wat is de hoofdstad van macedonië | MK
everyday-name | alexa de hoofdstad van de states | US
everyday-name | alexa wat is de hoofdstad van de vs | US
everyday-name | alexa de hoofdstad van het vk | GB
everyday-name | alexa wat is de hoofdstad van de car | CF
everyday-name | alexa de hoofdstad van de drc | CD
everyday-name | alexa wat is de hoofdstad van oost-duitsland | FB
everyday-name | alexa de hoofdstad van abessinië | ET
everyday-name | alexa wat is de hoofdstad van kampuchea | KH
everyday-name | alexa de hoofdstad van rhodesië | ZW
everyday-name | alexa wat is de hoofdstad van opper-volta | BF
everyday-name | alexa de hoofdstad van de ivoorkust | CI
everyday-name | alexa wat is de hoofdstad van de tsjechische republiek | CZ
everyday-name | alexa de hoofdstad van timor-leste | TL
everyday-name | alexa wat is de hoofdstad van de kongo | CD+CG
everyday-name | alexa de hoofdstad van saudi | SA
everyday-name | alexa wat is de hoofdstad van de bahama's | BS
everyday-name | alexa de hoofdstad van nederlands-indië | ID
everyday-name | alexa wat is de hoofdstad van west-samoa | WS
everyday-name | alexa de hoofdstad van ierland het eiland | IE
everyday-name | alexa wat is de hoofdstad van de oekraïne | UA
# shared-name
shared-name | alexa wat is de hoofdstad van korea | KP+KR
shared-name | alexa de hoofdstad van congo | CD+CG
shared-name | alexa wat zijn de hoofdsteden van de twee congo's | CD+CG
shared-name | alexa de hoofdsteden van beide korea's | KP+KR
shared-name | alexa wat is de hoofdstad van georgia | GE+US-GA
shared-name | alexa de hoofdstad van georgië in de kaukasus | GE
shared-name | alexa wat is de hoofdstad van georgia in de verenigde staten | US-GA
shared-name | alexa de hoofdstad van guinee | GN
shared-name | alexa wat zijn de hoofdsteden van alle guinees | GN+GQ+GW+PG
shared-name | alexa de hoofdstad van het noorden van korea | KP
shared-name | alexa wat is de hoofdstad van het zuiden van korea | KR
shared-name | alexa de hoofdstad van congo met kinshasa | CD
shared-name | alexa wat is de hoofdstad van het kleine congo | CG
shared-name | alexa de hoofdstad van het grote congo | CD
shared-name | alexa wat is de hoofdstad van washington | US-WA
shared-name | alexa de hoofdstad van de staat washington niet de stad | US-WA
shared-name | alexa wat is de hoofdstad van new york de staat | US-NY
shared-name | alexa de hoofdstad van mexico het land | MX
shared-name | alexa wat is de hoofdstad van luxemburg het land niet de provincie | LU
shared-name | alexa de hoofdstad van victoria in australië | AU-VIC
shared-name | alexa wat is de hoofdstad van punjab in pakistan | FB
shared-name | alexa de hoofdstad van sudan | SD
shared-name | alexa wat is de hoofdstad van soedan en zuid-soedan | SD+SS
shared-name | alexa de hoofdstad van samoa niet amerikaans-samoa | WS
shared-name | alexa wat is de hoofdstad van amerikaans-samoa | AS
shared-name | alexa de hoofdstad van de maagdeneilanden | VG+VI
shared-name | alexa wat is de hoofdstad van de britse maagdeneilanden | VG
shared-name | alexa de hoofdstad van dominica of de dominicaanse republiek allebei | DM+DO
shared-name | alexa wat is de hoofdstad van macedonië in griekenland | FB
shared-name | alexa de hoofdstad van limburg | FB
shared-name | alexa wat is de hoofdstad van de koreaanse landen | KP+KR
# out-of-domain
out-of-domain | alexa hoeveel inwoners heeft {} | parijs=FB; tokio=FB; lagos=FB
out-of-domain | alexa hoe laat is het in {} | sydney=FB; buenos aires=FB; bangkok=FB
out-of-domain | alexa wat voor weer is het in {} | londen=FB; madrid=FB; oslo=FB
out-of-domain | alexa hoe ver is het van amsterdam naar {} | berlijn=FB; rome=FB; wenen=FB
out-of-domain | alexa welke taal spreken ze in {} | brazilië=FB; suriname=FB; mozambique=FB
out-of-domain | alexa wat is de munteenheid van {} | zwitserland=FB; japan=FB; polen=FB
out-of-domain | alexa wat is de hoofdstad van europa | FB
out-of-domain | alexa wat is de hoofdstad van afrika | FB
out-of-domain | alexa wat is de hoofdstad van azië | FB
out-of-domain | alexa de hoofdstad van zuid-amerika | FB
out-of-domain | alexa wat is de hoofdstad van de wereld | FB
out-of-domain | alexa welke hoofdstad is het grootst | FB
out-of-domain | alexa welke hoofdstad ligt het hoogst | FB
out-of-domain | alexa welke hoofdstad ligt het noordelijkst | FB
out-of-domain | alexa hoeveel landen zijn er in de wereld | FB
out-of-domain | alexa hoeveel hoofdsteden zijn er | FB
out-of-domain | alexa wat is het grootste land ter wereld | FB
out-of-domain | alexa wat is het kleinste land van europa | FB
out-of-domain | alexa wat is de hoogste berg van afrika | FB
out-of-domain | alexa hoe lang is de nijl | FB
out-of-domain | alexa wie is de president van frankrijk | FB
out-of-domain | alexa wie is de koning van belgië | FB
out-of-domain | alexa wie is de premier van nederland | FB
out-of-domain | alexa wat is het volkslied van duitsland | FB
out-of-domain | alexa speel het wilhelmus | FB
out-of-domain | alexa zet een timer voor tien minuten | FB
out-of-domain | alexa zet een wekker om half zeven | FB
out-of-domain | alexa hoe laat is het | FB
out-of-domain | alexa wat voor dag is het vandaag | FB
out-of-domain | alexa wordt het morgen mooi weer | FB
out-of-domain | alexa speel radio tien | FB
out-of-domain | alexa speel npo radio twee | FB
out-of-domain | alexa zet de lampen in de woonkamer uit | FB
out-of-domain | alexa doe het licht in de keuken aan | FB
out-of-domain | alexa zet melk op de boodschappenlijst | FB
out-of-domain | alexa wat staat er op mijn agenda | FB
out-of-domain | alexa vertel een mop | FB
out-of-domain | alexa vertel een verhaaltje voor het slapengaan | FB
out-of-domain | alexa wat is negen keer zeven | FB
out-of-domain | alexa hoeveel euro is honderd dollar | FB
out-of-domain | alexa wat is de vlag van italië | FB
out-of-domain | alexa welke kleuren heeft de vlag van ierland | FB
out-of-domain | alexa wat eten ze in peru | FB
out-of-domain | alexa wat is het nationale gerecht van spanje | FB
out-of-domain | alexa hoe zeg je dank je wel in het japans | FB
out-of-domain | alexa vertaal goedemorgen naar het frans | FB
out-of-domain | alexa wat is de grootste stad van australië | FB
out-of-domain | alexa wat is de grootste stad van canada | FB
out-of-domain | alexa in welk werelddeel ligt mongolië | FB
out-of-domain | alexa aan welke zee ligt kroatië | FB
out-of-domain | alexa welke landen grenzen aan duitsland | FB
out-of-domain | alexa wanneer werd berlijn de hoofdstad | FB
out-of-domain | alexa sinds wanneer is amsterdam hoofdstad | FB
out-of-domain | alexa waarom is den haag niet de hoofdstad | FB
out-of-domain | alexa wat was de eerste hoofdstad van de verenigde staten | FB
out-of-domain | alexa wat was vroeger de hoofdstad van japan | FB
out-of-domain | alexa wat is de culturele hoofdstad van europa dit jaar | FB
out-of-domain | alexa wat is de hoofdstad van de mode | FB
out-of-domain | alexa welke stad is de hoofdstad van de tulpen | FB
out-of-domain | alexa wat is de fietshoofdstad van de wereld | FB
out-of-domain | alexa wat is de hoofdstad van het drielandenpunt | FB
out-of-domain | alexa hoe spel je hoofdstad | FB
out-of-domain | alexa wat betekent het woord hoofdstad | FB
out-of-domain | alexa met welke letter begint de hoofdstad van ierland | FB
out-of-domain | alexa hoeveel letters heeft reykjavik | FB
out-of-domain | alexa hoe spreek je ouagadougou uit | FB
out-of-domain | alexa welke vliegtuigen gaan er naar nairobi | FB
out-of-domain | alexa wat kost een ticket naar lissabon | FB
out-of-domain | alexa boek een hotel in praag | FB
out-of-domain | alexa heb ik een visum nodig voor india | FB
out-of-domain | alexa welke vaccinaties heb ik nodig voor ghana | FB
out-of-domain | alexa hoe warm is het in dubai | FB
out-of-domain | alexa hoeveel uur vliegen is het naar bali | FB
out-of-domain | alexa speel een quiz | FB
out-of-domain | alexa stel me een vraag over landen | FB
out-of-domain | alexa open de woordjesquiz | FB
out-of-domain | alexa wat is het nieuws van vandaag | FB
out-of-domain | alexa wie won de tour de france | FB
out-of-domain | alexa hoe speelde ajax gisteren | FB
out-of-domain | alexa wie is de burgemeester van amsterdam | FB
out-of-domain | alexa hoeveel mensen wonen er in nederland | FB
out-of-domain | alexa wat is de hoofdstad | FB
out-of-domain | alexa hoofdstad | FB
out-of-domain | alexa wat is de hoofdstad van | FB
out-of-domain | alexa de hoofdstad van eh | FB
out-of-domain | alexa wat is de hoofdstad van atlantis | FB
out-of-domain | alexa wat is de hoofdstad van narnia | FB
out-of-domain | alexa de hoofdstad van wakanda | FB
out-of-domain | alexa wat is de hoofdstad van mordor | FB
out-of-domain | alexa wat is de hoofdstad van het ijsland uit frozen | FB
out-of-domain | alexa wat is de hoofdstad van biafra | FB
out-of-domain | alexa de hoofdstad van somaliland | FB
out-of-domain | alexa wat is de hoofdstad van transnistrië | FB
out-of-domain | alexa de hoofdstad van abchazië | FB
out-of-domain | alexa wat is de hoofdstad van noord-cyprus | FB
out-of-domain | alexa de hoofdstad van de krim | FB
out-of-domain | alexa wat is de hoofdstad van baskenland | FB
out-of-domain | alexa de hoofdstad van corsica | FB
out-of-domain | alexa wat is de hoofdstad van sicilië | FB
out-of-domain | alexa de hoofdstad van beieren in de middeleeuwen | FB
out-of-domain | alexa wat is de postcode van de hoofdstad van belgië | FB
out-of-domain | alexa wat is het telefoonnummer van de ambassade van kenia | FB
out-of-domain | alexa wie is jouw favoriete hoofdstad | FB
out-of-domain | alexa hou je van parijs | FB
out-of-domain | alexa ben jij slim | FB
out-of-domain | alexa dank je wel | FB
out-of-domain | alexa goedemorgen | FB
out-of-domain | alexa wat kun je allemaal | FB
out-of-domain | alexa bestel pizza | FB
out-of-domain | alexa bel mama | FB
out-of-domain | alexa zet het volume op vijf | FB
out-of-domain | alexa zachter | FB
out-of-domain | alexa hoe oud is de eiffeltoren | FB
out-of-domain | alexa hoe hoog is de dom van utrecht | FB
out-of-domain | alexa welke rivier stroomt door boedapest | FB
out-of-domain | alexa hoeveel provincies heeft nederland | FB
out-of-domain | alexa hoeveel staten heeft amerika | FB
# out-of-domain, in the speakers' own words
out-of-domain | alexa joh hoe laat gaat de bazaar open zaterdag | FB
out-of-domain | alexa nou hoeveel vliegtuigen landen er per dag op schiphol | FB
out-of-domain | alexa ome kees vraagt hoe laat de kerkdienst begint | FB
out-of-domain | alexa effe wanneer gaat de laatste metro naar spijkenisse | FB
out-of-domain | alexa nou ja hoe laat sluit het archeon | FB
out-of-domain | alexa joa hoe duur is een punter huren in giethoorn | FB
out-of-domain | alexa zeg hoeveel karaat is zilver uit schoonhoven | FB
out-of-domain | alexa hè wanneer gaat de volgende raket naar de ruimte | FB
out-of-domain | alexa oye hoe maak je ceviche pe | FB
out-of-domain | alexa órale hoe laat begint de wedstrijd van mexico | FB
out-of-domain | alexa hajde wat is het weer in tirana | FB
out-of-domain | alexa shlonak hoe laat is het gebed vandaag | FB
out-of-domain | alexa hej wat is de temperatuur in stockholm | FB
out-of-domain | alexa mbote hoeveel mensen wonen er in kinshasa | FB
out-of-domain | alexa hoeveel kost een kilo kibbeling | FB
out-of-domain | alexa zet een timer op een minuut voor de plank | FB
out-of-domain | alexa momentje wat is het klantnummer | FB
out-of-domain | alexa hoe hoog is de steiger maximaal | FB
out-of-domain | alexa wanneer gaan we de aardappels poten | FB
out-of-domain | alexa hoe laat is de verjaardag van tante ria | FB
out-of-domain | alexa wat is het nummer van de wegenwacht | FB
out-of-domain | alexa hoe koud is het buiten | FB
out-of-domain | alexa waar begint het pieterpad | FB
out-of-domain | alexa zing een sint maarten liedje | FB
out-of-domain | alexa draai het bingorad | FB
out-of-domain | alexa wat is de grootste stad van zuid-afrika | FB
out-of-domain | alexa wat is de grootste stad van bolivia | FB
out-of-domain | alexa hoeveel inwoners heeft pyongyang | FB
out-of-domain | alexa hoe ver is seoul van pyongyang | FB
out-of-domain | alexa welke taal spreken ze in maleisië | FB
out-of-domain | alexa hoe warm is het in kuala lumpur | FB
out-of-domain | alexa wat is de munt van zuid-afrika | FB
out-of-domain | alexa hoe laat is het in la paz | FB
out-of-domain | alexa welke rivier stroomt tussen kinshasa en brazzaville | FB
out-of-domain | alexa hoe groot is de gazastrook | FB
out-of-domain | alexa welk land heeft de meeste hoofdsteden | FB
out-of-domain | alexa noem alle hoofdsteden van europa | FB
out-of-domain | alexa wat is de hoofdstad van de europese unie | FB
out-of-domain | alexa de hoofdstad van de benelux | FB
out-of-domain | alexa wat is de hoofdstad van oceanië | FB
out-of-domain | alexa wat is de hoofdstad van het midden-oosten | FB
out-of-domain | alexa de hoofdstad van scandinavië en de baltische staten | FB
out-of-domain | alexa wat is de hoofdstad van de caraïben | FB
out-of-domain | alexa wat is de hoofdstad van de noordpool | FB
out-of-domain | alexa wat is de hoofdstad van het heelal | FB
out-of-domain | alexa welke hoofdstad heeft de meeste inwoners | FB
out-of-domain | alexa welke hoofdstad ligt aan zee | FB
out-of-domain | alexa welke hoofdstad is het oudst | FB
out-of-domain | alexa welke hoofdstad ligt het dichtst bij amsterdam | FB
out-of-domain | alexa welke hoofdstad ligt op het zuidelijk halfrond | FB
out-of-domain | alexa hoeveel hoofdsteden ken jij | FB
out-of-domain | alexa zet de hoofdsteden op mijn boodschappenlijst | FB
out-of-domain | alexa herinner me morgen aan de hoofdsteden | FB
out-of-domain | alexa speel een liedje over amsterdam | FB
out-of-domain | alexa speel het nummer londen van pixie | FB
out-of-domain | alexa vind een podcast over afrika | FB
out-of-domain | alexa koop een wereldkaart | FB
out-of-domain | alexa wat is de afstand tussen de evenaar en de noordpool | FB
# more launch, help, stop, cancel in the speakers' words
launch | alexa ome kees wil hoofdsteden van de wereld | LAUNCH
launch | alexa tante riek open hoofdsteden van de wereld | LAUNCH
launch | alexa vëlla open hoofdsteden van de wereld | LAUNCH
launch | alexa zain open de hoofdsteden van de wereld | LAUNCH
launch | alexa rustig aan en start hoofdsteden van de wereld | LAUNCH
launch | alexa tussen de kibbeling door open hoofdsteden van de wereld | LAUNCH
launch | alexa na de duik hoofdsteden van de wereld starten | LAUNCH
launch | alexa met de rugzak op open hoofdsteden van de wereld | LAUNCH
launch | alexa in de pauze open ik hoofdsteden van de wereld | LAUNCH
launch | alexa hè open hoofdsteden van de wereld even | LAUNCH
launch | alexa nou ja start gewoon hoofdsteden van de wereld | LAUNCH
launch | alexa de kinderen met de lampion willen hoofdsteden van de wereld | LAUNCH
help | alexa ome kees weet niet hoe het werkt help | HELP
help | alexa vëlla wat moet ik zeggen | HELP
help | alexa shlonak hoe werkt deze skill | HELP
help | alexa hej hoe fungerar det ik bedoel hoe werkt het | HELP
help | alexa órale ayuda hoe werkt dit | HELP
help | alexa op de steiger kan ik niks lezen help | HELP
help | alexa vanaf de trekker hoe werkt dit | HELP
help | alexa nou ja wat kan ik vragen gewoon | HELP
stop | alexa vëlla stop | STOP
stop | alexa zain khalas stop | STOP
stop | alexa ndeko stop het | STOP
stop | alexa oye basta stop pe | STOP
stop | alexa rustig aan stop nu maar | STOP
stop | alexa momentje stop maar ik heb een klant | STOP
stop | alexa pak aan stop maar | STOP
stop | alexa nou nou stop er maar mee | STOP
stop | alexa brrr stop ik ga me aankleden | STOP
stop | alexa we gaan weer lopen stop | STOP
stop | alexa de lampionnen gaan weg stop | STOP
cancel | alexa vëlla laat maar | CANCEL
cancel | alexa wallah laat maar zitten | CANCEL
cancel | alexa ndeko annuleer | CANCEL
cancel | alexa órale no laat maar | CANCEL
cancel | alexa nou ja laat ook maar | CANCEL
cancel | alexa rustig laat maar die vraag | CANCEL
cancel | alexa momentje laat die vraag maar vallen | CANCEL
cancel | alexa pak aan nee laat maar | CANCEL
cancel | alexa kaart vol laat maar zitten | CANCEL
cancel | alexa hè annuleer dat maar | CANCEL
cancel | alexa jao laat maar | CANCEL
# countries the first build showed as not asked, and more for the required places
spijkenissers | alexa effe de hoofdstad van armenië hoor | AM
albanese-nederlanders | alexa vëlla mijn buurman is armeens wat is de hoofdstad van zijn land | AM
fysiotherapeuten | alexa rustig en de hoofdstad van palau graag | PW
fysiotherapeuten | alexa de patiënt ging duiken bij palau welke stad is daar hoofdstad | PW
dakdekkers | alexa de hoofdstad van de salomonseilanden hou vast | SB
klantenservice | alexa momentje een klant op de salomonseilanden wat is de hoofdstad | SB
dakdekkers | alexa de cacao komt uit sao tomé wat is de hoofdstad daar | ST
marktkooplui | alexa de koffie komt van sao tomé en principe hoe heet de hoofdstad | ST
iraakse-nederlanders | alexa wallah de hoofdstad van palestina is jeruzalem of ramallah | PS
haarlemmermeerders | alexa nou de hoofdstad van de gazastrook en de westbank samen | PS
kringverjaardag | alexa oom henk zegt dat de hoofdstad van noord-korea seoul is | KP
pech-onderweg | alexa de vrachtwagen voor ons komt uit zuid-korea wat is de hoofdstad daar | KR
congolese-nederlanders | alexa mama zegt kinshasa is de hoofdstad van de grote congo eyo | CD
congolese-nederlanders | alexa ndeko hoe heet de hoofdstad van de republiek congo | CG
noordwijkers | alexa hè een satelliet van zuid-korea wat is de hoofdstad | KR
noordwijkers | alexa even de hoofdstad van noord-korea die raketten lanceren | KP
zweedse-expats | alexa hej de hoofdstad van zuid-afrika tack | ZA
peruaanse-nederlanders | alexa oye de hoofdstad van maleisië pe | MY
buurthuis-bingo | alexa voor de superprijs wat is de hoofdstad van de democratische republiek congo | CD
buurthuis-bingo | alexa bingo wat is de hoofdstad van congo-brazzaville | CG
lampionnen | alexa de hoofdstad van nederland voor de kinderen met de lampion | NL
nieuwjaarsduik | alexa brrr de hoofdstad van bolivia ligt hoog toch | BO
# more official names and Swedish expats
official-name | alexa wat is de hoofdstad van het koninkrijk noorwegen | NO
official-name | alexa de hoofdstad van de republiek finland | FI
official-name | alexa wat is de hoofdstad van het vorstendom liechtenstein | LI
official-name | alexa de hoofdstad van het vorstendom andorra | AD
official-name | alexa wat is de hoofdstad van de republiek ivoorkust | CI
official-name | alexa de hoofdstad van de democratische republiek sao tomé en principe | ST
official-name | alexa wat is de hoofdstad van de republiek van de marshalleilanden | MH
official-name | alexa de hoofdstad van de coöperatieve republiek guyana | GY
official-name | alexa wat is de hoofdstad van de unie der comoren | KM
official-name | alexa de hoofdstad van de republiek benin | BJ
zweedse-expats | alexa efter fika de hoofdstad van polen | PL
zweedse-expats | alexa lagom snel de hoofdstad van duitsland | DE
zweedse-expats | alexa tack de hoofdstad van zuid-korea | KR
# a few more out-of-domain
out-of-domain | alexa joh wat is de beste kraam op de bazaar | FB
out-of-domain | alexa nou hoe laat vertrekt mijn vlucht naar nairobi | FB
out-of-domain | alexa zeg hoe hoog staat de lek vandaag | FB
out-of-domain | alexa ome kees wil een psalm horen | FB
out-of-domain | alexa hajde hoe zeg je dank je in het albanees | FB
out-of-domain | alexa mbote vertaal goedemorgen in het lingala | FB
out-of-domain | alexa hoe lang moet ik een knie ijsen | FB
out-of-domain | alexa hoeveel dakpannen gaan er op een vierkante meter | FB
out-of-domain | alexa hoeveel graden is het zeewater in zandvoort | FB
out-of-domain | alexa hoe vaak mag je van de kaart afstrepen bij bingo | FB
out-of-domain | alexa welke hoofdstad heeft de langste naam | FB
# more plural lines for Ivory Coast and South Africa, more Palestine
plural-capitals | alexa de hoofdsteden van ivoorkust yamoussoukro en welke nog meer | CI
plural-capitals | alexa ivoorkust welke hoofdsteden heeft dat land eigenlijk | CI
plural-capitals | alexa joh noem de hoofdsteden van ivoorkust | CI
plural-capitals | alexa mbote de twee hoofdsteden van côte d'ivoire | CI
plural-capitals | alexa tante ria wil alle drie de hoofdsteden van zuid-afrika horen | ZA
plural-capitals | alexa welke zijn de hoofdsteden van zuid-afrika joa | ZA
plural-capitals | alexa hou vast en noem de drie hoofdsteden van zuid-afrika | ZA
plural-capitals | alexa de hoofdsteden van zuid-afrika voor de bonusronde | ZA
beverwijkers | alexa effetjes de hoofdstad van de staat palestina | PS
veenendalers | alexa ome kees vraagt welke stad de hoofdstad van palestina is | PS
klantenservice | alexa momentje een klant uit ramallah is dat de hoofdstad van palestina | PS
# more Palestine
yes-no-check | alexa klopt het dat palestina twee hoofdsteden heeft | PS
self-correction | alexa wat is de hoofdstad van pakistan nee palestina bedoel ik | PS
official-name | alexa wat is de hoofdstad van de staat palestina volgens de verenigde naties | PS
follow-up | en die van palestina dan | PS
# asked through the invocation name
beverwijkers | alexa vraag hoofdsteden van de wereld wat de hoofdstad van turkmenistan is joh | TM
congolese-nederlanders | alexa vraag aan hoofdsteden van de wereld wat de hoofdstad van de democratische republiek congo is | CD
steenwijkers | alexa vraag hoofdsteden van de wereld naar de hoofdstad van japan joa | JP
klantenservice | alexa momentje vraag hoofdsteden van de wereld wat de hoofdstad van noord-korea is | KP
veenendalers | alexa ome kees zegt vraag hoofdsteden van de wereld naar de hoofdsteden van zuid-afrika | ZA
reverse-question | alexa vraag hoofdsteden van de wereld van welk land nairobi de hoofdstad is | CITY:Nairobi
subdivision | alexa vraag hoofdsteden van de wereld wat de hoofdstad van texas is | US-TX
"""

if __name__ == "__main__":
    build_round(49, "nl", LINES, sys.argv, "tests/Eval/nl/round49/source/build_corpus.py")
