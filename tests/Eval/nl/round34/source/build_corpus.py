"""Round 34, Dutch (nl-NL): a new author's own mix, written blind (brief WRITER50.md). Speakers chosen away from the
groups of the Dutch rounds 31, 32 and 33 (Zeeuwen, Twentenaren, Groningers, Limburgers, Friezen, Surinamese, Turkish,
Polish, Indisch and Antillean Dutch; Brabanders, Rotterdammers, Amsterdammers, Achterhoekers, Drenten, Moroccan Dutch,
inburgering newcomers, English-speaking expats, Urkers, Volendammers, Cape Verdeans, Chinese Dutch, children,
nursing-home elders; Hagenaars, Utrechters, Westlanders, Veluwers, Nijmegenaren, Zaankanters, Ghanaian, Ukrainian,
Romanian and Bulgarian, Indian, Brazilian, German, Somali and Iranian Dutch, students, gamers, skippers, nurses, a
blind user): Almeerders (new-town commuters on the A6), Texelaars and other Wadden islanders (the ferry, sheep, German
tourists), Den Helder navy sailors, Sallanders from Raalte, Deventer and Zwolle ("ik wet ut nie", "joa", "ons moe"),
Gooi and Hilversum media people ("schat", "joh", "super"), Flemish people living in the Netherlands ("allez", "amai",
"ge", "zeg eens", "kozijn"), Spanish speakers from Spain and Latin America ("bueno", "o sea", "oye", "vale"), Filipino
caregivers, au pairs and seafarers ("po", "ate", "kuya", "naku", English halves), Vietnamese Dutch of the nail studios
and restaurants (learner grammar), Kurdish Dutch ("bra", "kaka", "wallah", "xwedê"), long-distance lorry drivers,
hairdressers and their customers, restaurant cooks, dairy and arable farmers of the Noordoostpolder and the Hoeksche
Waard, grandparents on their minding day, havo and vwo pupils. Situations: a crossword and the Swedish puzzle, board
game nights (Triviant, Risk, Ticket to Ride, kwartet), watching the Tour, Giro and Vuelta, the Olympics on TV, New
Year's Eve with oliebollen, holidays (Schiphol, driving south), TV quiz shows (De Slimste Mens, Twee voor Twaalf, Lingo).
Plus follow-ups, plural capitals, subdivisions and territories (German, American, Canadian, Australian, Brazilian,
Indian and Mexican states, the UK's nations, the Caribbean parts of the kingdom, overseas islands, Taiwan, Kosovo,
Palestine), yes/no checks, self-corrections, reverse questions, official, everyday and old names, shared names,
launch (the name is guessed), help, stop and cancel in those speakers' words, and out-of-domain requests and near misses.
`python3 tests/Eval/nl/round34/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 34's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Almeerders (Poort, Haven, Buiten), commuters on the A6
almeers | we wonen net in almere poort en de nieuwe buren komen uit {} wat is daar de hoofdstad | andorra=AD; de emiraten=AE; afghanistan=AF
almeers | in de file op de a zes even checken wat de hoofdstad van {} is | antigua en barbuda=AG; albanië=AL; armenië=AM
almeers | mijn zoontje vraagt bij het weerwater wat de hoofdstad van {} is | angola=AO; argentinië=AR; oostenrijk=AT
almeers | in de bouwmarkt in almere buiten vroeg een collega naar de hoofdstad van {} | mongolië=MN; mauritanië=MR; malta=MT
# Texelaars and other Wadden islanders
texels | hee alexa de toeristen op de boot komen uit {} welke stad is daar de hoofdstad | australië=AU; azerbeidzjan=AZ; bosnië en herzegovina=BA
texels | bij de schapen op de dijk zei een fietser dat hij uit {} kwam wat is de hoofdstad | barbados=BB; bangladesh=BD; belgië=BE
texels | op de veerboot naar den helder ging het over {} weet jij de hoofdstad | burkina faso=BF; bulgarije=BG; bahrein=BH
# Den Helder navy sailors
marine | wij varen volgende maand langs {} wat is daar de hoofdstad | burundi=BI; benin=BJ; brunei=BN
marine | de commandant vraagt op de brug wat de hoofdstad van {} is | bolivia=BO; brazilië=BR; de bahama's=BS
marine | op de kazerne in den helder loopt een weddenschap over de hoofdstad van {} | bhutan=BT; botswana=BW; belarus=BY
marine | na de oefening met de navo bleef er een vraag over de hoofdstad van {} | noorwegen=NO; estland=EE; letland=LV
# Sallanders (Raalte, Deventer, Zwolle)
sallands | ik wet ut nie maar wat is de hoofdstad van {} dan | belize=BZ; canada=CA; de democratische republiek congo=CD
sallands | bij ons in raalte vroeg de buurman wat of de hoofdstad van {} was | de centraal-afrikaanse republiek=CF; de republiek congo=CG; zwitserland=CH
sallands | joa zeg alexa wat is toch de hoofdstad van {} | ivoorkust=CI; chili=CL; kameroen=CM
# Gooi and Hilversum media people
gooi | schat ik zit in hilversum bij de studio wat is de hoofdstad van {} | china=CN; colombia=CO; costa rica=CR
gooi | we gaan super leuk op vakantie naar {} wat is daar eigenlijk de hoofdstad | cuba=CU; kaapverdië=CV; cyprus=CY
gooi | joh in laren op de tennisbaan ging het over {} wat is daar de hoofdstad | tsjechië=CZ; duitsland=DE; djibouti=DJ
# Flemish people living in the Netherlands
vlaams | allez zeg eens wat is de hoofdstad van {} | denemarken=DK; dominica=DM; de dominicaanse republiek=DO
vlaams | amai ik weet het niet meer wat is de hoofdstad van {} ge weet dat toch | algerije=DZ; ecuador=EC; luxemburg=LU
vlaams | mijn schoonbroer uit gent vraagt wat de hoofdstad van {} is | egypte=EG; eritrea=ER; spanje=ES
# Spanish speakers from Spain and Latin America
spaans | bueno alexa wat is de hoofdstad van {} | ethiopië=ET; finland=FI; fiji=FJ
spaans | o sea ik moet de hoofdstad van {} weten voor mijn cursus | micronesia=FM; frankrijk=FR; gabon=GA
spaans | oye mijn vriend zegt dat de hoofdstad van {} makkelijk is wat is het dan | het verenigd koninkrijk=GB; grenada=GD; georgië=GE
spaans | mijn moeder belt uit medellín en vraagt de hoofdstad van {} | venezuela=VE; peru=PE; paraguay=PY
# Filipino caregivers, au pairs and seafarers
filipijns | hello po alexa what is de hoofdstad van {} | ghana=GH; gambia=GM; guinee=GN
filipijns | naku ik ben vergeten wat de hoofdstad van {} is en ate weet het ook niet | equatoriaal-guinea=GQ; griekenland=GR; guatemala=GT
filipijns | my kuya werkt op een schip naar {} wat is daar de capital | guinee-bissau=GW; guyana=GY; honduras=HN
filipijns | de kinderen van mijn host family vragen de hoofdstad van {} | de filipijnen=PH; palau=PW; papoea-nieuw-guinea=PG
# Vietnamese Dutch (nail studios, restaurants), learner grammar
vietnamees | mijn klant in de nagelstudio vraag hoofdstad van {} wat is | kroatië=HR; haïti=HT; hongarije=HU
vietnamees | de kinderen vraagt mij hoofdstad van {} ik weet niet jij zeg | indonesië=ID; ierland=IE; israël=IL
vietnamees | in ons restaurant komt een man uit {} welke stad is hoofdstad daar | india=IN; irak=IQ; iran=IR
vietnamees | mijn oom woont in {} hoe heet de hoofdstad | laos=LA; thailand=TH; vietnam=VN
# Kurdish Dutch
koerdisch | bra wat is nou de hoofdstad van {} | ijsland=IS; italië=IT; jamaica=JM
koerdisch | mijn kaka zegt dat hij de hoofdstad van {} weet ik geloof hem niet | jordanië=JO; japan=JP; kenia=KE
koerdisch | wallah ik wil gewoon weten wat de hoofdstad van {} is | kirgizië=KG; cambodja=KH; kiribati=KI
koerdisch | mijn neef woont tegen de grens van {} wat is daar de hoofdstad | turkije=TR; syrië=SY; armenië=AM
# Long-distance lorry drivers
chauffeur | over de bakkie hoorde ik iets over {} wat is daar de hoofdstad | de comoren=KM; saint kitts en nevis=KN; noord-korea=KP
chauffeur | ik rij morgen met de oplegger door {} welke stad is daar de hoofdstad | slowakije=SK; slovenië=SI; roemenië=RO
chauffeur | de planner zegt dat de lading naar {} gaat wat is daar de hoofdstad | servië=RS; polen=PL; litouwen=LT
# Hairdressers and their customers
kapper | ik sta te knippen en de klant vraagt wat de hoofdstad van {} is | zuid-korea=KR; koeweit=KW; kazachstan=KZ
kapper | terwijl de verf intrekt wil mevrouw weten wat de hoofdstad van {} is | libanon=LB; saint lucia=LC; liechtenstein=LI
kapper | in de salon hebben we het over een bruiloft in {} wat is daar de hoofdstad | marokko=MA; monaco=MC; moldavië=MD
# Restaurant cooks
kok | de chef komt uit {} en vraagt of ik zijn hoofdstad ken | liberia=LR; lesotho=LS; libië=LY
kok | in de keuken ruikt het naar eten uit {} wat is daar de hoofdstad | montenegro=ME; madagaskar=MG; de marshalleilanden=MH
kok | de nieuwe afwasser komt uit {} hoe heet zijn hoofdstad | noord-macedonië=MK; mali=ML; myanmar=MM
# Dairy and arable farmers in the Noordoostpolder and Hoeksche Waard
boer | tussen het melken door wat is de hoofdstad van {} | mauritius=MU; de maldiven=MV; malawi=MW
boer | de loonwerker komt uit {} wat is daar de hoofdstad eigenlijk | mexico=MX; mozambique=MZ; namibië=NA
boer | op de trekker hoorde ik op de radio over {} wat is de hoofdstad | niger=NE; nigeria=NG; nicaragua=NI
# Grandparents minding the grandchildren
opa | mijn kleindochter vraagt op de oppasdag wat de hoofdstad van {} is | nepal=NP; nauru=NR; nieuw-zeeland=NZ
opa | oma weet het niet meer wat is de hoofdstad van {} | oman=OM; panama=PA; pakistan=PK
opa | de kleinkinderen spelen aardrijkskunde en willen de hoofdstad van {} | portugal=PT; qatar=QA; rusland=RU
# Havo and vwo pupils
havo | voor het proefwerk aardrijkskunde in havo drie moet ik de hoofdstad van {} weten | rwanda=RW; saoedi-arabië=SA; de salomonseilanden=SB
havo | bro de docent vroeg de hoofdstad van {} en niemand wist het | de seychellen=SC; soedan=SD; zweden=SE
havo | voor mijn profielwerkstuk moet ik de hoofdstad van {} hebben | singapore=SG; sierra leone=SL; san marino=SM
# Crossword and puzzle makers
puzzel | ik zit vast met de puzzel wat is de hoofdstad van {} | senegal=SN; somalië=SO; suriname=SR
puzzel | in de zweedse puzzel staat hoofdstad van {} hoeveel letters heeft die | zuid-soedan=SS; sao tomé en principe=ST; el salvador=SV
puzzel | de denksport vraagt naar de hoofdstad van {} wat is het | eswatini=SZ; tsjaad=TD; togo=TG
# Board game nights (Risk, Triviant, Catan)
bordspel | bij triviant vraagt de kaart wat de hoofdstad van {} is | tadzjikistan=TJ; oost-timor=TL; turkmenistan=TM
bordspel | we spelen risk en ik verover {} wat is daar de hoofdstad | tunesië=TN; tonga=TO; trinidad en tobago=TT
bordspel | bij het kwartetten hebben we een kaartje van {} maar wat is de hoofdstad | tuvalu=TV; tanzania=TZ; oekraïne=UA
# Cycling fans (Tour, Giro, Vuelta)
wielrennen | de tour start dit jaar in {} wat is daar de hoofdstad | oeganda=UG; de verenigde staten=US; uruguay=UY
wielrennen | de renner die nu demarreert komt uit {} wat is zijn hoofdstad | oezbekistan=UZ; saint vincent en de grenadines=VC; vanuatu=VU
wielrennen | bij de fietsclub op zondag ging het over een koers in {} wat is de hoofdstad | samoa=WS; jemen=YE; zuid-afrika=ZA
# Watching the Olympics
olympisch | er wint net iemand uit {} een medaille wat is daar de hoofdstad | zambia=ZM; zimbabwe=ZW; ethiopië=ET
olympisch | bij de openingsceremonie loopt {} binnen wat is daar de hoofdstad | nederland=NL; maleisië=MY; sri lanka=LK
olympisch | in de medaillespiegel staat {} hoog wat is de hoofdstad van dat land | kenia=KE; jamaica=JM; noorwegen=NO
# New Year's Eve
oudjaar | het is al nieuwjaar in {} wat is daar de hoofdstad | kiribati=KI; samoa=WS; tonga=TO
oudjaar | met de oliebollen op tafel vraagt mijn zwager de hoofdstad van {} | vaticaanstad=VA; kosovo=XK; taiwan=TW
# Holidays: flying from Schiphol, driving south
vakantie | we staan bij de gate voor de vlucht naar {} wat is daar de hoofdstad | egypte=EG; marokko=MA; griekenland=GR
vakantie | we rijden met de auto door {} wat is de hoofdstad | frankrijk=FR; luxemburg=LU; zwitserland=CH
# TV quiz shows (De Slimste Mens, Twee voor Twaalf, Lingo)
tvquiz | bij de slimste mens vroegen ze net de hoofdstad van {} | bahrein=BH; qatar=QA; koeweit=KW
tvquiz | bij twee voor twaalf wisten ze de hoofdstad van {} niet weet jij het | burundi=BI; rwanda=RW; malawi=MW
# Almeerders, sentences
almeers | ik werk in amsterdam maar woon in almere wat is eigenlijk de officiële hoofdstad van nederland | NL
almeers | lelystad is de hoofdstad van flevoland maar wat is de hoofdstad van zweden | SE
almeers | de kinderen zitten op de basisschool in almere haven en vragen de hoofdstad van finland | FI
almeers | in de trein van almere centrum naar zuid heb ik tijd wat is de hoofdstad van kazachstan | KZ
almeers | mijn vrouw komt uit suriname en de kinderen weten de hoofdstad niet van suriname | SR
almeers | bij het strandeiland in almere pampus vroeg iemand naar de hoofdstad van ghana | GH
almeers | we hebben een nieuwe buurvrouw uit eritrea wat is daar de hoofdstad | ER
almeers | de floriade was in almere maar in welk land ligt canberra | CITY:Canberra
almeers | voetbal op het grasveld en de jongens maken ruzie over de hoofdstad van brazilië | BR
almeers | alexa snel want de bus komt wat is de hoofdstad van chili | CL
# Texelaars, sentences
texels | hee de duitse gasten in het huisje willen weten wat de hoofdstad van nedersaksen is | DE-NI
texels | de vuurtoren doet het weer maar wat is de hoofdstad van ijsland | IS
texels | op het wad met de garnalenkotter kwam het gesprek op de hoofdstad van denemarken | DK
texels | de zeehonden van ecomare komen niet uit groenland maar wat is de hoofdstad van groenland | GL
texels | mijn dochter op vlieland vraagt wat de hoofdstad van de faeröer is | FO
texels | hee alexa de schapenboer wil weten of edinburgh de hoofdstad van schotland is | GB-SCT
texels | het stormt hier op texel wat is de hoofdstad van noorwegen | NO
texels | bij de fietsverhuur vroeg een meneer uit sleeswijk-holstein naar zijn eigen hoofdstad | DE-SH
# Den Helder navy, sentences
marine | we liggen voor anker bij curaçao wat is de hoofdstad van curaçao | CW
marine | de fregat gaat naar de golf wat is de hoofdstad van de verenigde arabische emiraten | AE
marine | op de onderzeeboot hebben we geen internet wat is de hoofdstad van djibouti | DJ
marine | na de missie bij somalië wil de korporaal weten wat de hoofdstad daar is | SO
marine | de mariniers oefenen op aruba wat is daar de hoofdstad | AW
marine | het schip gaat naar de caribische eilanden en ik wil de hoofdstad van sint-maarten weten | SX
marine | op de wacht om vier uur s nachts wat is de hoofdstad van bonaire | BQ
marine | de zeekadetten vragen welke stad de hoofdstad van het verenigd koninkrijk is | GB
# Sallanders, sentences
sallands | ik wet ut echt nie meer wat is de hoofdstad van hongarije | HU
sallands | op de salland-markt in raalte vroeg ze waar de hoofdstad van oostenrijk lag | AT
sallands | wat is de hoofdstad van overijssel ehm nee laat maar van duitsland bedoel ik | DE
sallands | joa wat is nou de hoofdstad van nieuw-zeeland ik kom er nie op | NZ
sallands | bij de kermis in deventer had een jonge een shirt van litouwen aan wat is de hoofdstad | LT
sallands | ons moe vraagt wat de hoofdstad van portugal is | PT
sallands | in zwolle bij de sassenpoort vroeg een toerist de hoofdstad van tsjechië | CZ
# Gooise, sentences
gooi | schat ik heb een lunch in blaricum wat is ook alweer de hoofdstad van monaco | MC
gooi | we hebben een tweede huis op ibiza maar wat is de hoofdstad van spanje eigenlijk | ES
gooi | echt heel erg handig alexa wat is de hoofdstad van de maldiven | MV
gooi | de presentator vraagt in de pauze wat de hoofdstad van mauritius is | MU
gooi | onze nanny komt uit colombia wat is de hoofdstad daar | CO
gooi | joh ik zit in de tesla op de gooiseweg wat is de hoofdstad van zwitserland | CH
gooi | voor het skiën in courchevel wil ik weten wat de hoofdstad van frankrijk is | FR
gooi | de kinderen zitten op een internationale school in hilversum en vragen de hoofdstad van japan | JP
# Flemish, sentences
vlaams | allez alexa wat is de hoofdstad van vlaanderen eigenlijk | FB
vlaams | amai in nederland zeggen ze amsterdam maar is den haag niet de hoofdstad | NL
vlaams | zeg eens wat is de hoofdstad van frankrijk ge weet dat wel | FR
vlaams | ik woon nu in breda maar wat is de hoofdstad van belgië in het nederlands | BE
vlaams | allez wat zijn de hoofdsteden van nederland en belgië samen | BE+NL
vlaams | ewa alexa wat is de hoofdstad van kongo dat van de belgen vroeger | CD
vlaams | de fransman van hiernaast vraagt de hoofdstad van la réunion | RE
vlaams | mijn kozijn werkt in luxemburg wat is daar de hoofdstad | LU
# Spanish speakers, sentences
spaans | bueno ik kom uit spanje maar wat is de hoofdstad van catalonië nee sorry van andorra | AD
spaans | o sea wat is de hoofdstad van mexico is dat gewoon mexico-stad | MX
spaans | mijn vriendin uit caracas zegt dat de hoofdstad van venezuela caracas is klopt dat | VE
spaans | vale alexa wat is de hoofdstad van ecuador | EC
spaans | oye welke stad is de hoofdstad van cuba | CU
spaans | mijn familie komt uit jalisco wat is de hoofdstad van jalisco in het nederlands | MX-JAL
spaans | bueno de hoofdstad van bolivia is toch la paz of niet | BO
spaans | qué wat is de hoofdstad van puerto rico | PR
spaans | mijn schoonvader uit argentinië wil weten of ik de hoofdstad van uruguay weet | UY
spaans | en in guatemala welke stad is daar de hoofdstad | GT
# Filipino, sentences
filipijns | ate wil weten wat de hoofdstad van de filipijnen is in het nederlands | PH
filipijns | alexa po wat is de capital van guam | GU
filipijns | my employer asks wat is de hoofdstad van singapore | SG
filipijns | naku ik moet voor de inburgering weten wat de hoofdstad van nederland is | NL
filipijns | mijn zus werkt in hongkong heeft hongkong een hoofdstad | HK
filipijns | op het schip in rotterdam vraagt de kapitein de hoofdstad van de noordelijke marianen | MP
filipijns | kuya says de hoofdstad van palau is moeilijk wat is het | PW
filipijns | po alexa wat is de hoofdstad van indonesië | ID
# Vietnamese, sentences
vietnamees | mijn dochter zeg hoofdstad van vietnam is hanoi is goed | VN
vietnamees | alexa hoofdstad cambodja welke stad | KH
vietnamees | klant vraag mij wat hoofdstad van thailand ik zeg bangkok klopt | TH
vietnamees | ik wil weten hoofdstad van china hoe zeg in nederlands | CN
vietnamees | mijn zoon studeer in australië wat is hoofdstad van australië | AU
vietnamees | in de winkel een meneer uit laos zeg hoofdstad vientiane is dat goed | LA
vietnamees | hoofdstad van zuid-korea voor mijn dochter huiswerk | KR
# Kurdish, sentences
koerdisch | bra wat is de hoofdstad van koerdistan | FB
koerdisch | mijn vader komt uit irak wat is de hoofdstad van irak | IQ
koerdisch | wallah ik weet het niet meer wat is de hoofdstad van iran | IR
koerdisch | kaka zegt ankara is de hoofdstad van turkije niet istanbul klopt dat | TR
koerdisch | bra wat is de hoofdstad van syrië ik wil het mijn zoon uitleggen | SY
koerdisch | mijn oom woont in duitsland in hessen wat is daar de hoofdstad | DE-HE
koerdisch | xwedê ik ben het vergeten wat is de hoofdstad van armenië | AM
koerdisch | wat is de hoofdstad van georgië het land niet de staat in amerika | GE
# Lorry drivers, sentences
chauffeur | ik sta bij de grens van oostenrijk met italië wat is de hoofdstad van italië | IT
chauffeur | vannacht slaap ik in de cabine in beieren wat is de hoofdstad van beieren | DE-BY
chauffeur | de tachograaf zegt pauze dus even wat is de hoofdstad van bulgarije | BG
chauffeur | ik moet lossen in de buurt van stuttgart is dat de hoofdstad van baden-württemberg | DE-BW
chauffeur | op de brenner vroeg een collega wat de hoofdstad van slovenië was | SI
chauffeur | ik rij naar noordrijn-westfalen wat is daar de hoofdstad | DE-NW
chauffeur | ik heb een vracht bloemen voor denemarken wat is daar de hoofdstad | DK
chauffeur | op de parkeerplaats in saksen wil ik weten wat de hoofdstad van saksen is | DE-SN
chauffeur | mijn maat rijdt naar turkije wat is de hoofdstad daar | TR
# Hairdressers, sentences
kapper | mevrouw in de stoel gaat naar kroatië wat is daar de hoofdstad | HR
kapper | onder de droogkap wil een klant de hoofdstad van jordanië weten | JO
kapper | ik knip net een pony en vraag me af wat de hoofdstad van ierland is | IE
kapper | de klant komt net terug van bali wat is de hoofdstad van indonesië | ID
kapper | mijn stagiaire komt uit marokko wat is de hoofdstad van marokko | MA
kapper | de klant zegt dat de hoofdstad van australië sydney is klopt dat | AU
kapper | tussen twee klanten door wat is de hoofdstad van griekenland | GR
# Cooks, sentences
kok | de sous-chef uit sri lanka vraagt wat de hoofdstad van sri lanka is | LK
kok | we maken vanavond pho wat is de hoofdstad van vietnam | VN
kok | alexa met natte handen wat is de hoofdstad van peru | PE
kok | de ober vraagt de hoofdstad van ethiopië voor een gast | ET
kok | de saffraan komt uit iran wat is de hoofdstad van iran ook alweer | IR
kok | de kimchi is op wat is de hoofdstad van zuid-korea | KR
kok | de tajine is klaar wat is de hoofdstad van tunesië | TN
kok | de nieuwe kok komt uit eritrea wat is daar de hoofdstad | ER
# Farmers, sentences
boer | op de trekker in de noordoostpolder wat is de hoofdstad van oekraïne | UA
boer | onze melk gaat naar china wat is de hoofdstad van china | CN
boer | de aardappels gaan naar algerije wat is daar de hoofdstad | DZ
boer | het pootgoed gaat naar egypte wat is de hoofdstad van egypte | EG
boer | de stagiair komt uit polen wat is de hoofdstad van polen | PL
boer | ik heb koeien verkocht aan kazachstan wat is daar de hoofdstad | KZ
boer | de uien gaan naar senegal wat is de hoofdstad van senegal | SN
boer | in de hoeksche waard vroeg mijn zoon de hoofdstad van nieuw-zeeland voor de schapen | NZ
# Grandparents, sentences
opa | opa weet het niet meer hoor wat is de hoofdstad van tsjechoslowakije nee tsjechië | CZ
opa | vroeger was het bonn maar wat is de hoofdstad van duitsland nu | DE
opa | mijn kleinzoon wil weten wat de hoofdstad van canada is | CA
opa | de kleinkinderen vragen of de hoofdstad van amerika new york is | US
opa | oma en ik gaan op cruise naar noorwegen wat is de hoofdstad | NO
opa | de kleindochter heeft een spreekbeurt over kenia wat is de hoofdstad | KE
opa | vroeger heette het rhodesië wat is nu de hoofdstad van zimbabwe | ZW
opa | wij hebben nog een oude atlas met birma wat is nu de hoofdstad | MM
# Havo and vwo pupils, sentences
havo | bro wat is de hoofdstad van australië want het is geen sydney toch | AU
havo | voor de overhoring van morgen wat is de hoofdstad van nigeria | NG
havo | in de les over de eu vroeg de docent de hoofdstad van letland | LV
havo | ik moet voor mijn werkstuk de hoofdstad van brazilië weten | BR
havo | wat is de hoofdstad van pakistan voor mijn toets | PK
havo | ik zit in vwo vier en we leren de hoofdsteden van afrika wat is de hoofdstad van tanzania | TZ
havo | wat is de hoofdstad van myanmar want in mijn boek staat rangoon | MM
havo | alexa help me even wat is de hoofdstad van bangladesh | BD
havo | wat is de hoofdstad van kosovo dat komt morgen in de toets | XK
# Crossword, sentences
puzzel | hoofdstad van laos negen letters | LA
puzzel | in de kruiswoordpuzzel hoofdstad van mali zes letters | ML
puzzel | hoofdstad van peru vier letters begint met een l | PE
puzzel | de puzzel vraagt de hoofdstad van cuba zes letters | CU
puzzel | hoofdstad van oman in de puzzel van de zaterdagkrant | OM
puzzel | welke stad is de hoofdstad van yemen voor mijn puzzel | YE
puzzel | horizontaal twaalf hoofdstad van kenia | KE
puzzel | verticaal drie de hoofdstad van letland | LV
# Board games, sentences
bordspel | bij catan gaat het over eilanden maar wat is de hoofdstad van malta | MT
bordspel | in risk heb ik heel azië wat is de hoofdstad van mongolië | MN
bordspel | triviant vraagt welke stad de hoofdstad van nieuw-zeeland is | NZ
bordspel | bij ticket to ride europa rij ik naar de hoofdstad van roemenië welke is dat | RO
bordspel | we spelen weerwolven maar eerst wat is de hoofdstad van albanië | AL
bordspel | de kaart van triviant zegt dat de hoofdstad van turkije istanbul is klopt dat | TR
bordspel | bij monopoly wereldeditie staat de hoofdstad van argentinië wat is het | AR
# Cycling, sentences
wielrennen | de vuelta finisht in madrid is dat de hoofdstad van spanje | ES
wielrennen | de giro eindigt in rome wat is de hoofdstad van italië | IT
wielrennen | de renner uit eritrea wint de etappe wat is de hoofdstad van eritrea | ER
wielrennen | in de tour rijdt een colombiaan voorop wat is de hoofdstad van colombia | CO
wielrennen | de koers in rwanda is zwaar wat is de hoofdstad van rwanda | RW
wielrennen | na de klassieker in vlaanderen wat is de hoofdstad van belgië | BE
wielrennen | de sloveen wint weer wat is de hoofdstad van slovenië | SI
wielrennen | een deen in het geel wat is de hoofdstad van denemarken | DK
# Olympics, sentences
olympisch | een turner uit de filipijnen wint goud wat is daar de hoofdstad | PH
olympisch | het hockey tegen australië begint wat is de hoofdstad van australië | AU
olympisch | de volgende spelen zijn in los angeles wat is de hoofdstad van californië | US-CA
olympisch | de marathonloper uit oeganda wint wat is de hoofdstad van oeganda | UG
olympisch | de schaatsers zijn in italië wat is de hoofdstad van italië | IT
olympisch | de winterspelen waren in peking is dat de hoofdstad van china | CN
olympisch | de zwemster uit hongkong wint brons heeft hongkong een hoofdstad | HK
olympisch | de bokser uit cuba wint wat is de hoofdstad van cuba | CU
# New Year's Eve, sentences
oudjaar | het is al twaalf uur in nieuw-zeeland wat is daar de hoofdstad | NZ
oudjaar | met het vuurwerk in de schuur wat is de hoofdstad van australië | AU
oudjaar | bij de oudejaarsconference vroeg mijn tante de hoofdstad van japan | JP
oudjaar | nog vijf minuten tot twaalf wat is de hoofdstad van engeland | GB-ENG
oudjaar | in brazilië vieren ze het op het strand wat is de hoofdstad van brazilië | BR
oudjaar | het nieuwe jaar begint in kiribati wat is de hoofdstad daar | KI
oudjaar | de oliebollen zijn op wat is de hoofdstad van schotland waar ze hogmanay vieren | GB-SCT
# Holidays, sentences
vakantie | we rijden naar de ardèche maar wat is de hoofdstad van frankrijk | FR
vakantie | we vliegen naar kreta wat is de hoofdstad van griekenland | GR
vakantie | we gaan naar gran canaria maar wat is de hoofdstad van spanje | ES
vakantie | we rijden door de ardennen wat is de hoofdstad van luxemburg | LU
vakantie | we gaan naar florida wat is de hoofdstad van florida | US-FL
vakantie | we vliegen naar curaçao wat is daar de hoofdstad | CW
vakantie | we gaan naar bonaire duiken wat is de hoofdstad van bonaire | BQ
vakantie | op de camping in kroatië vraagt de zoon de hoofdstad van kroatië | HR
vakantie | we gaan naar tenerife maar wat is de hoofdstad van de canarische eilanden | FB
# TV quiz, sentences
tvquiz | bij lingo was het woord de hoofdstad van peru | PE
tvquiz | bij de slimste mens wist niemand de hoofdstad van mongolië | MN
tvquiz | bij per seconde wijzer wisten ze de hoofdstad van de seychellen niet | SC
tvquiz | bij twee voor twaalf was het antwoord de hoofdstad van zuid-afrika welke | ZA
tvquiz | bij de slimste mens zei iemand dat de hoofdstad van canada toronto is klopt dat | CA
tvquiz | bij blokken moest ik de hoofdstad van azerbeidzjan weten | AZ
tvquiz | bij een quiz op tv vroegen ze de hoofdstad van de centraal-afrikaanse republiek | CF
# Follow-ups (said right after an answer)
follow-up | oké en van zweden ook even | SE
follow-up | en hoe zit het met finland | FI
follow-up | en het buurland oostenrijk | AT
follow-up | top en van hongarije | HU
follow-up | en voor slowakije | SK
follow-up | ja en die van roemenië | RO
follow-up | allez en van nederland dan | NL
follow-up | en van het land ernaast portugal | PT
follow-up | ehm en van ierland | IE
follow-up | dankjewel en die van schotland | GB-SCT
follow-up | oké schat en wales | GB-WLS
follow-up | en dan noord-ierland nog | GB-NIR
follow-up | en van zijn buurland canada | CA
follow-up | en van de staat texas | US-TX
follow-up | en die van ohio eigenlijk | US-OH
follow-up | mooi en van beieren | DE-BY
follow-up | en van thüringen dan | DE-TH
follow-up | oké dan nog saksen-anhalt | DE-ST
follow-up | en die van quebec | CA-QC
follow-up | en die van alberta ook | CA-AB
follow-up | en tasmanië | AU-TAS
follow-up | en wat is het bij queensland | AU-QLD
follow-up | en van bahia in brazilië | BR-BA
follow-up | en die van kerala | IN-KL
follow-up | oké en van yucatán | MX-YUC
follow-up | en bij aruba | AW
follow-up | wacht en die van curaçao | CW
follow-up | en die van japan dan bra | JP
follow-up | po and what about thailand | TH
follow-up | en nog eentje van vietnam | VN
follow-up | bueno en die van chili | CL
follow-up | en paraguay | PY
follow-up | ja en van het land daaronder argentinië | AR
follow-up | en die van het noorden noord-korea | KP
follow-up | hmm en zuid-korea | KR
follow-up | en die van mongolië dan joh | MN
follow-up | en die van kazachstan ook | KZ
follow-up | en voor oezbekistan | UZ
follow-up | ok en die van jemen | YE
follow-up | en koeweit | KW
follow-up | en van de emiraten dan | AE
follow-up | en van soedan | SD
follow-up | en die van zuid-soedan | SS
follow-up | en die van namibië nog | NA
follow-up | oké en van botswana | BW
follow-up | en die van de buren van belgië luxemburg | LU
follow-up | en van die andere dwergstaat liechtenstein | LI
follow-up | en san marino | SM
follow-up | en het vaticaan | VA
follow-up | en die van groenland ook even | GL
follow-up | en van ijsland | IS
follow-up | en dan de faeröer | FO
follow-up | en de hoofdstad van de provincie ontario | CA-ON
follow-up | en van nevada | US-NV
follow-up | en die van hawaï dan | US-HI
follow-up | en van alaska | US-AK
follow-up | dankje en van ghana | GH
follow-up | en van ivoorkust allebei | CI
follow-up | en van de staat new york | US-NY
follow-up | en van pennsylvania | US-PA
# Plural capitals (several-capital countries and several places)
plural-capitals | wat zijn de hoofdsteden van zuid-afrika het zijn er toch drie | ZA
plural-capitals | ik hoorde dat zuid-afrika meerdere hoofdsteden heeft welke zijn dat | ZA
plural-capitals | bueno bolivia heeft toch twee hoofdsteden noem ze eens | BO
plural-capitals | benin heeft er twee geloof ik welke | BJ
plural-capitals | wat zijn de hoofdsteden van ivoorkust abidjan en nog een | CI
plural-capitals | welke twee steden zijn de hoofdsteden van côte d'ivoire | CI
plural-capitals | sri lanka heeft twee hoofdsteden wat zijn die | LK
plural-capitals | noem de hoofdsteden van sri lanka voor mijn kok | LK
plural-capitals | wat zijn de hoofdsteden van maleisië kuala lumpur en | MY
plural-capitals | heeft maleisië nou twee hoofdsteden | MY
plural-capitals | welke hoofdsteden heeft eswatini het oude swaziland | SZ
plural-capitals | allez de nederlanders hebben twee hoofdsteden toch amsterdam en den haag | NL
plural-capitals | wat zijn eigenlijk de hoofdsteden van nederland amsterdam en den haag of alleen amsterdam | NL
plural-capitals | palestina heeft twee hoofdsteden toch welke | PS
plural-capitals | wat zijn de hoofdsteden van montserrat nu de oude verwoest is | MS
plural-capitals | welke hoofdsteden heeft jammu en kasjmir zomer en winter | IN-JK
plural-capitals | geef me de hoofdsteden van noorwegen zweden en denemarken | DK+NO+SE
plural-capitals | de hoofdsteden van de drie baltische staten estland letland en litouwen | EE+LT+LV
plural-capitals | wat zijn de hoofdsteden van nederland en belgië en luxemburg | BE+LU+NL
plural-capitals | hoofdsteden van vietnam laos en cambodja voor mijn oom | KH+LA+VN
plural-capitals | wat zijn de hoofdsteden van irak en iran | IQ+IR
plural-capitals | de hoofdsteden van chili en argentinië graag | AR+CL
plural-capitals | wat zijn de hoofdsteden van schotland en wales | GB-SCT+GB-WLS
plural-capitals | wat zijn de hoofdsteden van aruba curaçao en sint-maarten | AW+CW+SX
plural-capitals | de hoofdsteden van de twee korea's | KP+KR
plural-capitals | de hoofdsteden van bolivia en zuid-afrika allebei | BO+ZA
plural-capitals | welke hoofdsteden hebben sri lanka en maleisië samen | LK+MY
plural-capitals | hoofdsteden van benin en ivoorkust voor de toets | BJ+CI
plural-capitals | wat zijn de hoofdsteden van de staten california en oregon | US-CA+US-OR
# Subdivisions and territories
subdivision | mijn zwager rijdt voor een transportbedrijf naar {} wat is de hoofdstad van die deelstaat | brandenburg=DE-BB; rijnland-palts=DE-RP; saarland=DE-SL
subdivision | de duitse toeristen op texel komen uit {} wat is hun hoofdstad | mecklenburg-voor-pommeren=DE-MV; thüringen=DE-TH; saksen-anhalt=DE-ST
subdivision | de vrachtwagen moet naar {} in duitsland welke stad is daar de hoofdstad | hessen=DE-HE; nedersaksen=DE-NI; sleeswijk-holstein=DE-SH
subdivision | wat is de hoofdstad van de amerikaanse staat {} | alabama=US-AL; arkansas=US-AR; colorado=US-CO
subdivision | de basketbalcoach van mijn zoon komt uit {} wat is de hoofdstad van die staat | connecticut=US-CT; delaware=US-DE; iowa=US-IA
subdivision | bij de fietsclub is iemand die in {} woonde wat is daar de hoofdstad | indiana=US-IN; kansas=US-KS; louisiana=US-LA
subdivision | onze au pair komt uit {} in amerika wat is de hoofdstad van die staat | maine=US-ME; new hampshire=US-NH; rhode island=US-RI
subdivision | op netflix zag ik een serie in {} wat is de hoofdstad van die staat | south carolina=US-SC; utah=US-UT; virginia=US-VA
subdivision | mijn kleinzoon doet een uitwisseling in {} wat is daar de hoofdstad | west virginia=US-WV; michigan=US-MI; oklahoma=US-OK
subdivision | de canadese veteranen bij de bevrijdingsdag komen uit {} wat is de hoofdstad van die provincie | manitoba=CA-MB; nova scotia=CA-NS; new brunswick=CA-NB
subdivision | mijn tante emigreerde naar {} in canada wat is daar de hoofdstad | brits-columbia=CA-BC; saskatchewan=CA-SK; prins edwardeiland=CA-PE
subdivision | wat is de hoofdstad van het canadese gebied {} | nunavut=CA-NU; yukon=CA-YT; de northwest territories=CA-NT
subdivision | de backpackers in ons hostel komen uit {} in australië wat is daar de hoofdstad | nieuw-zuid-wales=AU-NSW; victoria=AU-VIC; west-australië=AU-WA
subdivision | de braziliaanse voetballer komt uit {} wat is de hoofdstad van die staat | amazonas=BR-AM; rio grande do sul=BR-RS; minas gerais=BR-MG
subdivision | in de braziliaanse bakkerij vroeg iemand de hoofdstad van {} | são paulo=BR-SP; paraíba=BR-PB; espírito santo=BR-ES
subdivision | mijn collega in de it komt uit {} in india wat is de hoofdstad daar | karnataka=IN-KA; tamil nadu=IN-TN; west-bengalen=IN-WB
subdivision | voor de yogareis naar {} wil ik de hoofdstad weten | himachal pradesh=IN-HP; uttarakhand=IN-UK; rajasthan=IN-RJ
subdivision | de mexicaanse kok komt uit {} wat is de hoofdstad van die staat | puebla=MX-PUE; chiapas=MX-CHP; veracruz=MX-VER
subdivision | de tequila komt uit {} in mexico wat is daar de hoofdstad | guanajuato=MX-GUA; michoacán=MX-MIC; sinaloa=MX-SIN
subdivision | wat is de hoofdstad van het franse overzeese gebied {} | guadeloupe=GP; martinique=MQ; mayotte=YT
subdivision | de marine oefent bij {} wat is daar de hoofdstad | de kaaimaneilanden=KY; bermuda=BM; anguilla=AI
subdivision | op de postzegel van mijn opa staat {} wat is daar de hoofdstad | sint-helena=SH; de falklandeilanden=FK; de pitcairneilanden=PN
subdivision | wat is de hoofdstad van {} dat bij engeland hoort maar niet in het verenigd koninkrijk ligt | jersey=JE; guernsey=GG; het eiland man=IM
subdivision | ik ken het eiland {} alleen van de kaart wat is de hoofdstad | norfolk=NF; christmaseiland=CX; de cocoseilanden=CC
subdivision | de cruise stopt bij {} in de stille oceaan wat is daar de hoofdstad | frans-polynesië=PF; nieuw-caledonië=NC; de cookeilanden=CK
subdivision | mijn neef zit bij de amerikaanse marine op {} wat is daar de hoofdstad | guam=GU; amerikaans-samoa=AS; de noordelijke marianen=MP
subdivision | de vogelaar van texel gaat naar {} wat is daar de hoofdstad | spitsbergen=SJ; åland=AX; de faeröer=FO
# Subdivisions, sentences
subdivision | wat is de hoofdstad van californië is dat los angeles | US-CA
subdivision | wat is de hoofdstad van new york want ik denk niet new york zelf | US-NY
subdivision | de koerier vraagt wat de hoofdstad van florida is | US-FL
subdivision | wat is de hoofdstad van washington de staat bij seattle | US-WA
subdivision | mijn dochter studeert in boston wat is de hoofdstad van massachusetts | US-MA
subdivision | wat is de hoofdstad van illinois is dat chicago | US-IL
subdivision | wat is de hoofdstad van tennessee waar nashville ligt | US-TN
subdivision | de countryzanger komt uit kentucky wat is daar de hoofdstad | US-KY
subdivision | wat is de hoofdstad van de staat nebraska | US-NE
subdivision | de boer uit iowa op bezoek vraagt naar zijn eigen hoofdstad ik weet het niet | US-IA
subdivision | wat is de hoofdstad van north dakota | US-ND
subdivision | en south dakota wat is daar de hoofdstad | US-SD
subdivision | wat is de hoofdstad van wyoming bij yellowstone | US-WY
subdivision | wat is de hoofdstad van montana | US-MT
subdivision | de hoofdstad van idaho waar de aardappels vandaan komen | US-ID
subdivision | wat is de hoofdstad van arizona bij de grand canyon | US-AZ
subdivision | wat is de hoofdstad van minnesota | US-MN
subdivision | mijn oom woont in wisconsin wat is daar de hoofdstad | US-WI
subdivision | wat is de hoofdstad van missouri | US-MO
subdivision | wat is de hoofdstad van mississippi de staat niet de rivier | US-MS
subdivision | wat is de hoofdstad van maryland | US-MD
subdivision | wat is de hoofdstad van north carolina | US-NC
subdivision | wat is de hoofdstad van new jersey | US-NJ
subdivision | de hoofdstad van de staat georgia in amerika waar atlanta ligt | US-GA
subdivision | heeft washington dc een hoofdstad of is het zelf de hoofdstad | US-DC
subdivision | wat is de hoofdstad van ontario is dat ottawa of toronto | CA-ON
subdivision | de hoofdstad van newfoundland voor de vissersboot | CA-NL
subdivision | wat is de hoofdstad van alberta waar calgary ligt | CA-AB
subdivision | en het noordelijk territorium van australië wat is daar de hoofdstad | AU-NT
subdivision | wat is de hoofdstad van tasmanië voor de tasmaanse duivel | AU-TAS
subdivision | wat is de hoofdstad van beieren waar het oktoberfest is | DE-BY
subdivision | wat is de hoofdstad van noordrijn-westfalen is dat keulen | DE-NW
subdivision | de hoofdstad van nedersaksen waar de beurs is | DE-NI
subdivision | is bremen een deelstaat met een eigen hoofdstad | DE-HB
subdivision | wat is de hoofdstad van de deelstaat hamburg | DE-HH
subdivision | de hoofdstad van de deelstaat berlijn | DE-BE
subdivision | wat is de hoofdstad van wales waar het rugby is | GB-WLS
subdivision | wat is de hoofdstad van engeland alleen engeland | GB-ENG
subdivision | wat is de hoofdstad van maharashtra bollywood | IN-MH
subdivision | wat is de hoofdstad van haryana | IN-HR
subdivision | wat is de hoofdstad van goa voor de vakantie | IN-GA
subdivision | wat is de hoofdstad van uttar pradesh waar de taj mahal staat | IN-UP
subdivision | wat is de hoofdstad van telangana | IN-TS
subdivision | wat is de hoofdstad van andhra pradesh nu | IN-AP
subdivision | wat is de hoofdstad van madhya pradesh | IN-MP
subdivision | wat is de hoofdstad van jharkhand | IN-JH
subdivision | wat is de hoofdstad van assam de thee | IN-AS
subdivision | wat is de hoofdstad van meghalaya | IN-ML
subdivision | wat is de hoofdstad van nagaland | IN-NL
subdivision | wat is de hoofdstad van ladakh | IN-LA
subdivision | wat is de hoofdstad van chhattisgarh | IN-CG
subdivision | wat is de hoofdstad van manipur | IN-MN
subdivision | wat is de hoofdstad van tripura | IN-TR
subdivision | wat is de hoofdstad van mizoram | IN-MZ
subdivision | wat is de hoofdstad van arunachal pradesh | IN-AR
subdivision | wat is de hoofdstad van de andamanen en nicobaren | IN-AN
subdivision | wat is de hoofdstad van puducherry | IN-PY
subdivision | wat is de hoofdstad van lakshadweep | IN-LD
subdivision | wat is de hoofdstad van delhi het gebied | IN-DL
subdivision | wat is de hoofdstad van chandigarh het gebied | IN-CH
subdivision | wat is de hoofdstad van bahia waar salvador ligt | BR-BA
subdivision | wat is de hoofdstad van pernambuco | BR-PE
subdivision | wat is de hoofdstad van paraná | BR-PR
subdivision | wat is de hoofdstad van pará in de amazone | BR-PA
subdivision | wat is de hoofdstad van mato grosso | BR-MT
subdivision | wat is de hoofdstad van mato grosso do sul | BR-MS
subdivision | wat is de hoofdstad van rio grande do norte | BR-RN
subdivision | wat is de hoofdstad van alagoas | BR-AL
subdivision | wat is de hoofdstad van sergipe | BR-SE
subdivision | wat is de hoofdstad van piauí | BR-PI
subdivision | wat is de hoofdstad van tocantins | BR-TO
subdivision | wat is de hoofdstad van rondônia | BR-RO
subdivision | wat is de hoofdstad van roraima | BR-RR
subdivision | wat is de hoofdstad van acre in brazilië | BR-AC
subdivision | wat is de hoofdstad van amapá | BR-AP
subdivision | wat is de hoofdstad van de staat rio de janeiro | BR-RJ
subdivision | wat is de hoofdstad van quintana roo bij cancún | MX-ROO
subdivision | wat is de hoofdstad van chihuahua | MX-CHH
subdivision | wat is de hoofdstad van tamaulipas | MX-TAM
subdivision | wat is de hoofdstad van tabasco | MX-TAB
subdivision | wat is de hoofdstad van coahuila | MX-COA
subdivision | wat is de hoofdstad van de staat mexico niet de stad | MX-MEX
subdivision | wat is de hoofdstad van guerrero bij acapulco | MX-GRO
subdivision | wat is de hoofdstad van hidalgo | MX-HID
subdivision | wat is de hoofdstad van morelos | MX-MOR
subdivision | wat is de hoofdstad van nayarit | MX-NAY
subdivision | wat is de hoofdstad van durango | MX-DUR
subdivision | wat is de hoofdstad van zacatecas | MX-ZAC
subdivision | wat is de hoofdstad van aguascalientes | MX-AGU
subdivision | wat is de hoofdstad van querétaro | MX-QUE
subdivision | wat is de hoofdstad van san luis potosí | MX-SLP
subdivision | wat is de hoofdstad van campeche | MX-CAM
subdivision | wat is de hoofdstad van colima | MX-COL
subdivision | wat is de hoofdstad van tlaxcala | MX-TLA
subdivision | wat is de hoofdstad van saint-martin het franse deel | MF
subdivision | wat is de hoofdstad van het brits indische oceaanterritorium | IO
subdivision | wat is de hoofdstad van zuid-georgia | GS
subdivision | wat is de hoofdstad van de franse zuidelijke gebieden | TF
subdivision | wat is de hoofdstad van het federaal district in brazilië | BR-DF
subdivision | wat is de hoofdstad van mexico-stad als deelstaat | MX-CMX
# Yes/no checks
yes-no-check | is canberra de hoofdstad van australië of is het toch sydney | AU
yes-no-check | de kapper zegt dat bern de hoofdstad van zwitserland is klopt dat | CH
yes-no-check | bueno is la paz de hoofdstad van bolivia | BO
yes-no-check | ik denk dat astana de hoofdstad van kazachstan is klopt | KZ
yes-no-check | is brasilia echt de hoofdstad van brazilië en niet rio | BR
yes-no-check | is naypyidaw de hoofdstad van myanmar | MM
yes-no-check | is gitega nu de hoofdstad van burundi | BI
yes-no-check | is dodoma echt de hoofdstad van tanzania | TZ
yes-no-check | is wellington de hoofdstad van nieuw-zeeland en niet auckland | NZ
yes-no-check | is belmopan de hoofdstad van belize | BZ
yes-no-check | is yamoussoukro de hoofdstad van ivoorkust of abidjan | CI
yes-no-check | is tbilisi de hoofdstad van georgië | GE
yes-no-check | is jerevan de hoofdstad van armenië | AM
yes-no-check | is bakoe de hoofdstad van azerbeidzjan | AZ
yes-no-check | is albany de hoofdstad van de staat new york | US-NY
yes-no-check | is austin de hoofdstad van texas of houston | US-TX
yes-no-check | is tallahassee de hoofdstad van florida en niet miami | US-FL
yes-no-check | is springfield echt de hoofdstad van illinois | US-IL
yes-no-check | is victoria de hoofdstad van brits-columbia of vancouver | CA-BC
yes-no-check | is hannover de hoofdstad van nedersaksen | DE-NI
yes-no-check | is düsseldorf de hoofdstad van noordrijn-westfalen en niet keulen | DE-NW
yes-no-check | is wiesbaden de hoofdstad van hessen en niet frankfurt | DE-HE
yes-no-check | is mainz de hoofdstad van rijnland-palts | DE-RP
yes-no-check | is cardiff de hoofdstad van wales | GB-WLS
yes-no-check | is belfast de hoofdstad van noord-ierland | GB-NIR
yes-no-check | is philipsburg de hoofdstad van sint-maarten | SX
yes-no-check | is pristina de hoofdstad van kosovo | XK
yes-no-check | is ramallah de hoofdstad van palestina | PS
yes-no-check | is bengaluru de hoofdstad van karnataka | IN-KA
yes-no-check | is guadalajara de hoofdstad van jalisco | MX-JAL
yes-no-check | is mérida de hoofdstad van yucatán | MX-YUC
yes-no-check | is salvador de hoofdstad van bahia | BR-BA
yes-no-check | is perth de hoofdstad van west-australië | AU-WA
yes-no-check | is melbourne de hoofdstad van victoria in australië | AU-VIC
yes-no-check | is edinburgh echt de hoofdstad van schotland en niet glasgow | GB-SCT
# Self-corrections
self-correction | de hoofdstad van slowakije ehm slovenië bedoel ik | SI
self-correction | wat is de hoofdstad van nigeria oh nee niger | NE
self-correction | de hoofdstad van colombia nee sorry bolivia bedoel ik | BO
self-correction | wat is de hoofdstad van paraguay ehm uruguay | UY
self-correction | wat is de hoofdstad van soedan wacht zuid-soedan | SS
self-correction | wat is de hoofdstad van tunesië nee libië | LY
self-correction | wat is de hoofdstad van de republiek congo nee de democratische | CD
self-correction | wat is de hoofdstad van texas nee van arizona | US-AZ
self-correction | wat is de hoofdstad van saksen nee saksen-anhalt | DE-ST
self-correction | wat is de hoofdstad van brandenburg nee berlijn als deelstaat | DE-BE
self-correction | wat is de hoofdstad van virginia nee west virginia | US-WV
self-correction | wat is de hoofdstad van north carolina nee south carolina | US-SC
self-correction | wat is de hoofdstad van manitoba sorry saskatchewan | CA-SK
self-correction | wat is de hoofdstad van victoria nee van tasmanië | AU-TAS
self-correction | wat is de hoofdstad van kirgizië nee kazachstan | KZ
self-correction | wat is de hoofdstad van oezbekistan wacht turkmenistan | TM
self-correction | wat is de hoofdstad van tadzjikistan nee afghanistan | AF
self-correction | hoofdstad van bahrein ehm nee qatar | QA
self-correction | wat is de hoofdstad van nepal nee bhutan | BT
self-correction | de hoofdstad van maleisië nee singapore | SG
self-correction | wat is de hoofdstad van fiji of nee samoa | WS
self-correction | wat is de hoofdstad van tonga nee tuvalu | TV
self-correction | wat is de hoofdstad van grenada nee granada dat is spanje dus van spanje | ES
self-correction | wat is de hoofdstad van slovenië nee slowakije toch | SK
self-correction | wat is de hoofdstad van montenegro sorry macedonië | MK
self-correction | wat is de hoofdstad van kroatië nee servië | RS
self-correction | wat is de hoofdstad van armenië ehm albanië | AL
self-correction | wat is de hoofdstad van jordanië nee libanon | LB
self-correction | wat is de hoofdstad van oman nee jemen | YE
self-correction | wat is de hoofdstad van eritrea nee ethiopië | ET
self-correction | wat is de hoofdstad van kenia nee oeganda | UG
self-correction | wat is de hoofdstad van zimbabwe nee mozambique | MZ
self-correction | wat is de hoofdstad van angola nee namibië | NA
self-correction | wat is de hoofdstad van senegal sorry ik bedoel gambia | GM
self-correction | wat is de hoofdstad van benin nee togo | TG
self-correction | wat is de hoofdstad van ghana nee burkina faso | BF
self-correction | wat is de hoofdstad van gabon nee kameroen | CM
self-correction | wat is de hoofdstad van haïti nee jamaica | JM
self-correction | wat is de hoofdstad van honduras eh nicaragua | NI
self-correction | wat is de hoofdstad van costa rica nee panama | PA
self-correction | wat is de hoofdstad van guyana nee suriname | SR
self-correction | wat is de hoofdstad van de bahama's nee barbados | BB
# Reverse questions
reverse-question | bij de puzzel staat ulaanbaatar hoofdstad van welk land | CITY:Ulaanbaatar
reverse-question | waar is tegucigalpa de hoofdstad van | CITY:Tegucigalpa
reverse-question | welk land heeft ljubljana als hoofdstad | CITY:Ljubljana
reverse-question | bratislava is de hoofdstad van welk land | CITY:Bratislava
reverse-question | asmara is de hoofdstad van | CITY:Asmara
reverse-question | van welk land is lomé de hoofdstad | CITY:Lomé
reverse-question | welk land heeft nouakchott als hoofdstad | CITY:Nouakchott
reverse-question | welk land heeft lilongwe als hoofdstad | CITY:Lilongwe
reverse-question | van welk land is maseru de hoofdstad | CITY:Maseru
reverse-question | gaborone is hoofdstad van welk land | CITY:Gaborone
reverse-question | van welk land is harare de hoofdstad | CITY:Harare
reverse-question | van welk land is bangui de hoofdstad | CITY:Bangui
reverse-question | malabo is de hoofdstad van welk land | CITY:Malabo
reverse-question | de hoofdstad conakry hoort bij welk land | CITY:Conakry
reverse-question | van welk land is freetown de hoofdstad | CITY:Freetown
reverse-question | van welk land is monrovia de hoofdstad | CITY:Monrovia
reverse-question | bij welk land hoort de hoofdstad banjul | CITY:Banjul
reverse-question | van welk land is port louis de hoofdstad | CITY:Port Louis
reverse-question | van welk land is malé de hoofdstad | CITY:Malé
reverse-question | dhaka is de hoofdstad van welk land | CITY:Dhaka
reverse-question | van welk land is phnom penh de hoofdstad | CITY:Phnom Penh
reverse-question | welk land heeft dili als hoofdstad | CITY:Dili
reverse-question | van welk land is honiara de hoofdstad | CITY:Honiara
reverse-question | port vila is de hoofdstad van welk land | CITY:Port Vila
reverse-question | van welk land is apia de hoofdstad | CITY:Apia
reverse-question | van welk land is majuro de hoofdstad | CITY:Majuro
reverse-question | van welk land is palikir de hoofdstad | CITY:Palikir
reverse-question | van welk land is yaren de hoofdstad | CITY:Yaren
reverse-question | basseterre is hoofdstad van welk eiland | CITY:Basseterre
reverse-question | van welk land is roseau de hoofdstad | CITY:Roseau
reverse-question | van welk land is kingstown de hoofdstad | CITY:Kingstown
reverse-question | van welk land is managua de hoofdstad | CITY:Managua
reverse-question | van welk land of welke staat is saint john's de hoofdstad | CITY:Saint John's
reverse-question | waar is charlotte amalie de hoofdstad van | CITY:Charlotte Amalie
reverse-question | waar is mariehamn de hoofdstad van | CITY:Mariehamn
reverse-question | waar is longyearbyen de hoofdstad van | CITY:Longyearbyen
reverse-question | waar is papeete de hoofdstad van | CITY:Papeete
reverse-question | waar is schwerin de hoofdstad van | CITY:Schwerin
reverse-question | van welke staat is boise de hoofdstad | CITY:Boise
reverse-question | van welke provincie is regina de hoofdstad | CITY:Regina
reverse-question | van welke staat is chandigarh de hoofdstad | CITY:Chandigarh
# Official names
official-name | de docent noemt het de bondsrepubliek duitsland wat is daar de hoofdstad | DE
official-name | in het journaal zeggen ze de russische federatie welke stad is de hoofdstad daarvan | RU
official-name | op de verpakking van mijn nagellak staat volksrepubliek china wat is de hoofdstad | CN
official-name | mijn vriend zegt altijd de verenigde mexicaanse staten wat is de hoofdstad van dat land | MX
official-name | in de krant stond de islamitische republiek iran hoe heet de hoofdstad | IR
official-name | de kok zegt islamitische republiek pakistan maar welke stad is de hoofdstad | PK
official-name | voor de marine missie naar het koninkrijk saoedi-arabië wil ik de hoofdstad weten | SA
official-name | mijn stagiaire spreekt van het koninkrijk marokko welke stad is de hoofdstad | MA
official-name | op de euromunt staat helleense republiek wat is daar de hoofdstad van | GR
official-name | bij de wielerronde staat federatieve republiek brazilië op het shirt wat is de hoofdstad | BR
official-name | op het nieuws zeggen ze democratische volksrepubliek korea wat is de hoofdstad daarvan | KP
official-name | de kapper heeft het over de republiek korea wat is de hoofdstad daarvan | KR
official-name | in de zweedse puzzel staat hoofdstad van de zwitserse bondsstaat vier letters | CH
official-name | voor de inburgering wat is de hoofdstad van het koninkrijk der nederlanden | NL
official-name | de commandant zegt koninkrijk noorwegen welke stad is de hoofdstad van dat koninkrijk | NO
official-name | de trucker uit de tsjechische republiek vraagt zijn eigen hoofdstad voor de grap | CZ
official-name | op het vrachtpapier staat slowaakse republiek welke stad is de hoofdstad | SK
official-name | op mijn visum staat arabische republiek egypte wat is de hoofdstad van dat land | EG
official-name | de puzzel vraagt de hoofdstad van de franse republiek zes letters | FR
official-name | voor de kleinkinderen wat is de hoofdstad van de portugese republiek | PT
official-name | de boer heeft een stagiair uit de republiek polen wat is daar de hoofdstad | PL
official-name | bij triviant staat de federale staten van micronesia wat is de hoofdstad daarvan | FM
official-name | mijn kuya vaart langs de democratische republiek oost-timor wat is de hoofdstad | TL
official-name | in de olympische stoet liep de kirgizische republiek welke stad is hun hoofdstad | KG
official-name | oma vraagt naar het koninkrijk denemarken wat is daar de hoofdstad van | DK
official-name | de vrachtwagen gaat naar het koninkrijk zweden welke hoofdstad heeft dat koninkrijk | SE
official-name | mijn kaka zegt republiek turkije welke stad is daar de hoofdstad | TR
official-name | voor mijn profielwerkstuk welke stad is de hoofdstad van de verenigde staten van amerika | US
official-name | de marine oefent met het verenigd koninkrijk van groot-brittannië en noord-ierland wat is de hoofdstad | GB
official-name | bij de slimste mens zeiden ze republiek zuid-afrika hoeveel hoofdsteden heeft die | ZA
official-name | mijn schoonbroer noemt het de republiek ierland welke stad is de hoofdstad | IE
official-name | op het bord bij de gate staat koninkrijk spanje wat is de hoofdstad daar | ES
official-name | in de olympische stoet liep de russische federatie vroeger mee wat is hun hoofdstad | RU
# Everyday, old and colloquial names
everyday-name | mijn vlaamse kozijn zegt holland welke stad is de hoofdstad van holland | NL
everyday-name | de kleinkinderen zeggen amerika wat is dan de hoofdstad van amerika | US
everyday-name | opa noemt het nog perzië welke stad is de hoofdstad van perzië | IR
everyday-name | in mijn oude atlas staat birma welke stad was daar de hoofdstad | MM
everyday-name | bij de thaise massage hangt een kaart van siam wat is daar de hoofdstad | TH
everyday-name | de thee komt uit ceylon wat is de hoofdstad van ceylon | LK
everyday-name | mijn opa was soldaat in abessinië wat is daar de hoofdstad | ET
everyday-name | de postzegel zegt zaïre welke stad is de hoofdstad van zaïre | CD
everyday-name | oma zegt altijd rhodesië wat is de hoofdstad daarvan nu | ZW
everyday-name | de kruiswoordpuzzel zegt dahomey welke hoofdstad | BJ
everyday-name | in het oude schoolboek staat opper-volta welke stad is de hoofdstad | BF
everyday-name | mijn tante zegt nog swaziland wat is de hoofdstad van swaziland | SZ
everyday-name | de trucker zegt wit-rusland welke stad is de hoofdstad van wit-rusland | BY
everyday-name | de voetballer komt uit macedonië hoe heet de hoofdstad van macedonië | MK
everyday-name | bij de tennisbaan zeggen ze engeland maar ze bedoelen groot-brittannië wat is de hoofdstad | GB
everyday-name | de zeekadetten zeggen brittannië welke stad is de hoofdstad van brittannië | GB
everyday-name | mijn kuya werkt in de vs wat is de hoofdstad van de vs | US
everyday-name | de havo klas zegt usa wat is de hoofdstad van de usa | US
everyday-name | de chauffeur komt net terug uit de states welke stad is de hoofdstad van de states | US
everyday-name | op een oude kaart staat kampuchea wat was de hoofdstad van kampuchea | KH
everyday-name | de kok komt uit de drc hoe heet de hoofdstad van de drc | CD
everyday-name | de loonwerker komt uit congo-brazzaville welke stad is de hoofdstad | CG
everyday-name | op de postzegel van opa staat bechuanaland wat is daar de hoofdstad nu | BW
everyday-name | oma had een penvriendin in nyasaland wat is daar nu de hoofdstad | MW
everyday-name | in de denksport staat basoetoland welke hoofdstad | LS
everyday-name | in de oude bosatlas staat brits-honduras wat is daar de hoofdstad | BZ
everyday-name | mijn overgrootvader voer naar de goudkust wat is de hoofdstad daar | GH
everyday-name | opa zegt nederlands-guiana welke stad is daar de hoofdstad | SR
everyday-name | de fregat gaat naar de vae wat is de hoofdstad van de vae | AE
everyday-name | mijn collega gaat naar saoedi voor het werk welke stad is daar de hoofdstad | SA
everyday-name | we gaan met de kapperszaak naar het vaticaan wat is de hoofdstad daarvan | VA
everyday-name | mijn kuya zit op sint kitts wat is daar de hoofdstad | KN
everyday-name | de gooise buurvrouw gaat naar saint-barth wat is daar de hoofdstad | BL
everyday-name | de vogelaar gaat naar svalbard welke stad is daar de hoofdstad | SJ
everyday-name | de rugbyploeg komt uit aotearoa wat is daar de hoofdstad | NZ
everyday-name | de visser zegt de kaaimans welke hoofdstad | KY
# Shared names
shared-name | de hoofdstad van georgia ik weet niet welke georgia | GE+US-GA
shared-name | welke hoofdstad heeft congo want er zijn er twee | CD+CG
shared-name | de hoofdstad van korea voor mijn kapper | KP+KR
shared-name | wat zijn de hoofdsteden van de beide congo's | CD+CG
shared-name | wat is de hoofdstad van dominica en de dominicaanse republiek | DM+DO
shared-name | wat is de hoofdstad van victoria | AU-VIC
shared-name | de hoofdstad van georgië in de kaukasus | GE
shared-name | wat is de hoofdstad van de staat georgia in de vs | US-GA
shared-name | wat is de hoofdstad van washington de staat niet de stad | US-WA
shared-name | wat is de hoofdstad van luxemburg het land | LU
shared-name | wat is de hoofdstad van mexico het land | MX
shared-name | wat is de hoofdstad van de kongo | CD+CG
shared-name | hoofdstad van korea bra noord of zuid maakt niet uit | KP+KR
# Launch (the skill's Dutch name is guessed)
launch | open de hoofdsteden quiz | LAUNCH
launch | alexa open hoofdsteden | LAUNCH
launch | start world capitals | LAUNCH
launch | hee alexa open de app hoofdsteden van de wereld | LAUNCH
launch | alexa wil je hoofdsteden van de wereld openen | LAUNCH
launch | alexa start de hoofdstedenskill | LAUNCH
launch | alexa open die hoofdsteden app voor de kleinkinderen | LAUNCH
launch | alexa open wereld hoofdsteden voor mijn toets | LAUNCH
launch | alexa start de skill wereldhoofdsteden | LAUNCH
launch | allez alexa open hoofdsteden van de wereld | LAUNCH
launch | alexa po open world capitals | LAUNCH
launch | alexa vraag wereldhoofdsteden naar de hoofdstad van ghana | GH
launch | alexa vraag aan world capitals wat de hoofdstad van nepal is | NP
launch | alexa open hoofdsteden van de wereld en zeg de hoofdstad van chili | CL
launch | alexa laat hoofdsteden van de wereld de hoofdstad van canada zeggen | CA
# Help
help | alexa wat kan ik allemaal vragen aan deze app | HELP
help | help ik weet niet hoe dit moet | HELP
help | oma snapt het niet leg het even uit | HELP
help | po alexa help me how does this work | HELP
help | allez hoe gaat dat hier | HELP
help | bueno wat kan ik vragen | HELP
help | ik weet niet hoe zeggen help mij | HELP
help | wat zijn de opties | HELP
help | bra hoe werkt die skill | HELP
help | kun je me uitleggen wat je doet | HELP
help | wat moet ik nou doen schat | HELP
help | welke vragen snap je | HELP
help | ik wet nie hoe dat gaat help es | HELP
help | help mij even met de hoofdsteden | HELP
help | hoe vraag ik naar een deelstaat | HELP
help | ehm hulp | HELP
# Stop
stop | alexa stop nu | STOP
stop | genoeg voor vandaag stop | STOP
stop | alexa kop dicht | STOP
stop | alexa stoppen de kinderen slapen | STOP
stop | stop de app | STOP
stop | allez stop maar | STOP
stop | bra stop | STOP
stop | po alexa stop please | STOP
stop | zo is het genoeg stop | STOP
stop | alexa stop de hoofdsteden | STOP
# Cancel
cancel | annuleren alexa | CANCEL
cancel | laat maar schat | CANCEL
cancel | allez laat maar | CANCEL
cancel | bueno laat maar | CANCEL
cancel | po never mind | CANCEL
cancel | bra laat zitten | CANCEL
cancel | ik wil het niet meer weten | CANCEL
cancel | laat maar de klant is al weg | CANCEL
cancel | laat maar ik kijk wel in de atlas | CANCEL
cancel | vergeet het oma weet het al | CANCEL
cancel | laat maar ik wet ut al | CANCEL
cancel | never mind alexa | CANCEL
# Out of domain
out-of-domain | wat is de hoofdstad van noord-holland | FB
out-of-domain | wat is de hoofdstad van salland | FB
out-of-domain | wat is de hoofdstad van de noordoostpolder | FB
out-of-domain | wat is de hoofdstad van mindanao | FB
out-of-domain | wat is de hoofdstad van luzon | FB
out-of-domain | wat is de hoofdstad van iraaks koerdistan | FB
out-of-domain | wat is de hoofdstad van abchazië | FB
out-of-domain | wat is de hoofdstad van het byzantijnse rijk | FB
out-of-domain | wat is de hoofdstad van de republiek der zeven verenigde nederlanden | FB
out-of-domain | wat is de hoofdstad van nederlands-indië | FB
out-of-domain | wat is de hoofdstad van de catan eilanden | FB
out-of-domain | wat is de hoofdstad van de noordpool | FB
out-of-domain | wat is de wielerhoofdstad van nederland | FB
out-of-domain | wat is de mediahoofdstad van nederland hilversum toch | FB
out-of-domain | welke stad is de bollenhoofdstad | FB
out-of-domain | wat is de surfhoofdstad van europa | FB
out-of-domain | wat is de hoofdstad van de eu | FB
out-of-domain | wat is het derde hoofdstuk van het boek | FB
out-of-domain | wanneer moet je een hoofdletter gebruiken | FB
out-of-domain | wat is een kapiteel op een zuil | FB
out-of-domain | wat doet een kapitein op een schip | FB
out-of-domain | hoeveel inwoners heeft berlijn | FB
out-of-domain | hoe ver is het naar parijs met de auto | FB
out-of-domain | wat voor weer is het morgen in almere | FB
out-of-domain | wordt het morgen mooi weer op texel | FB
out-of-domain | zet een timer voor twaalf minuten | FB
out-of-domain | speel de nieuwste van de toppers | FB
out-of-domain | wie wint de tour de france dit jaar | FB
out-of-domain | wat is de stand van de eredivisie | FB
out-of-domain | hoeveel medailles heeft nederland op de olympische spelen | FB
out-of-domain | wat is het recept voor oliebollen | FB
out-of-domain | wat kost een liter diesel in duitsland | FB
out-of-domain | hoe zeg je dankjewel in het tagalog | FB
out-of-domain | vertaal goedemorgen naar het spaans | FB
out-of-domain | wat is de wortel van honderdvierenveertig | FB
out-of-domain | wie schreef het achterhuis | FB
out-of-domain | speel een liedje van guus meeuwis | FB
out-of-domain | zet de wekker om vijf uur voor het melken | FB
out-of-domain | wat is de hoofdstad van de provincie utrecht nee van drenthe | FB
out-of-domain | wat is de hoofdstad van hollandia in nieuw-guinea vroeger | FB
out-of-domain | wat is de hoofdstad van de basken | FB
out-of-domain | wat is de hoofdstad van zuid-tirol | FB
out-of-domain | wat is de hoofdstad van de sahara | FB
out-of-domain | wat is de hoofdstad van de vlaamse ardennen | FB
out-of-domain | wat is de hoofdstad van het heelal | FB
out-of-domain | wat is de hoofdstad van pokémon | FB
out-of-domain | wat is de hoofdstad van het duckstad universum | FB
out-of-domain | welke kapper is open op zondag in almere | FB
out-of-domain | wat is de beste nagellak voor de zomer | FB
out-of-domain | wie was de eerste premier van nederland | FB
out-of-domain | wat is de hoofdstad van het koninkrijk hawaï vroeger | FB
out-of-domain | hoe heet de hoofdstad van de buren hiernaast | FB
# Out of domain, in the speakers' words
out-of-domain | hee alexa hoe laat gaat de laatste boot van texel naar den helder | FB
out-of-domain | de schapen zijn los wat moet ik doen alexa | FB
out-of-domain | wat is de hoofdstad van het eiland texel den burg toch | FB
out-of-domain | wat is de hoofdstad van de waddeneilanden samen | FB
out-of-domain | wat is de hoofdstad van vlieland of is dat gewoon oost-vlieland | FB
out-of-domain | is lelystad echt de hoofdstad van flevoland of is het almere | FB
out-of-domain | wat is de hoofdstad van almere stad of almere buiten | FB
out-of-domain | staat er file op de a zes richting almere | FB
out-of-domain | wanneer rijdt de bus van almere poort naar centrum | FB
out-of-domain | hoe laat begint de dienst op de kazerne morgen | FB
out-of-domain | wat is de hoofdstad van de nederlandse marine den helder of niet | FB
out-of-domain | wat is de hoofdstad van de kop van noord-holland | FB
out-of-domain | wat is de hoofdstad van de veluwe eh ik bedoel salland | FB
out-of-domain | wat is de hoofdstad van twente en salland samen | FB
out-of-domain | is zwolle de hoofdstad van overijssel zeg eens | FB
out-of-domain | wat is de hoofdstad van het gooi laren of hilversum | FB
out-of-domain | schat zet de sauna aan in het gooise huis | FB
out-of-domain | joh boek een tafel voor vier in blaricum | FB
out-of-domain | allez wat is de hoofdstad van limburg het belgische | FB
out-of-domain | amai wat is de hoofdstad van oost-vlaanderen gent toch | FB
out-of-domain | zeg eens hoeveel kost een frietje in antwerpen | FB
out-of-domain | wat is de hoofdstad van het baskenland vitoria of bilbao | FB
out-of-domain | bueno wat is de hoofdstad van galicië | FB
out-of-domain | o sea wat is de hoofdstad van de canarische eilanden samen | FB
out-of-domain | oye hoe zeg je hoofdstad in het spaans | FB
out-of-domain | wat is de hoofdstad van het inca rijk cuzco toch | FB
out-of-domain | wat is de hoofdstad van antioquia in colombia | FB
out-of-domain | po alexa how do you say hoofdstad in tagalog | FB
out-of-domain | wat is de hoofdstad van cebu | FB
out-of-domain | naku hoe laat is het nu in manila bij mijn moeder | FB
out-of-domain | wat is de hoofdstad van de provincie batangas | FB
out-of-domain | hoeveel kost een pakket naar de filipijnen met de balikbayan box | FB
out-of-domain | wat is de hoofdstad van zuid-vietnam vroeger saigon | FB
out-of-domain | klant vraag hoeveel kost gellak ik weet niet | FB
out-of-domain | wat is de hoofdstad van de mekong delta | FB
out-of-domain | bra wat is de hoofdstad van rojava | FB
out-of-domain | wallah wat is de hoofdstad van koerdistan in irak erbil toch | FB
out-of-domain | wat is de hoofdstad van het ottomaanse rijk vroeger | FB
out-of-domain | wat is de hoofdstad van koerdistan in turkije diyarbakir | FB
out-of-domain | hoe lang mag ik nog rijden met mijn rijtijden | FB
out-of-domain | waar is de dichtstbijzijnde truckparking met douche | FB
out-of-domain | wat is de hoofdstad van het roergebied | FB
out-of-domain | wat is de hoofdstad van lombardije | FB
out-of-domain | wat is de hoofdstad van de vogezen | FB
out-of-domain | wat is de hoofdstad van elzas-lotharingen | FB
out-of-domain | wat is de hoofdstad van de permanentjes zeg maar | FB
out-of-domain | wat is de hoofdstad van de pasta in italië bologna toch | FB
out-of-domain | hoe lang moet de risotto nog | FB
out-of-domain | wat is de hoofdstad van de sushi | FB
out-of-domain | zet een timer voor de friet vier minuten | FB
out-of-domain | wat is de melkprijs van deze week | FB
out-of-domain | wat is de hoofdstad van de bollenstreek | FB
out-of-domain | wat is de hoofdstad van goeree-overflakkee | FB
out-of-domain | hoeveel kapitaal heb ik nodig voor een nieuwe melkrobot | FB
out-of-domain | oma wil weten wat de hoofdstad van oost-duitsland was | FB
out-of-domain | wat is de hoofdstad van nederlands nieuw-guinea waar opa diende | FB
out-of-domain | wat is de hoofdstad van de republiek der letteren | FB
out-of-domain | vertel een verhaaltje voor de kleinkinderen | FB
out-of-domain | bro wat is de hoofdstad van mars | FB
out-of-domain | wat is de hoofdstad van de gta map los santos | FB
out-of-domain | wat is de hoofdstad van fortnite island | FB
out-of-domain | hoeveel procent heb ik nodig voor een voldoende | FB
out-of-domain | wat is de hoofdstad van de verenigde naties new york toch | FB
out-of-domain | zeven letters kapitaal in de puzzel wat is het | FB
out-of-domain | in de puzzel staat grote letter negen letters | FB
out-of-domain | wat is de hoofdstad van de ijssel | FB
out-of-domain | wat is de hoofdstad in het spel risk van azië | FB
out-of-domain | wie heeft de meeste punten bij triviant | FB
out-of-domain | gooi een dobbelsteen voor ons | FB
out-of-domain | wat is de hoofdstad van de tour de france parijs toch | FB
out-of-domain | hoe ver is de etappe van vandaag | FB
out-of-domain | wat is de wielerhoofdstad van vlaanderen oudenaarde toch | FB
out-of-domain | wat is de hoofdstad van de olympische spelen dit jaar | FB
out-of-domain | hoeveel gouden medailles heeft nederland nu | FB
out-of-domain | hoe laat is de schaatsfinale | FB
out-of-domain | hoeveel minuten nog tot twaalf uur | FB
out-of-domain | speel de top tweeduizend | FB
out-of-domain | mag je vuurwerk afsteken in almere | FB
out-of-domain | wat is de hoofdstad van de oliebol | FB
out-of-domain | hoe laat vertrekt mijn vlucht naar kreta | FB
out-of-domain | wat is de hoofdstad van de dordogne | FB
out-of-domain | hoe ver is het nog naar lyon | FB
out-of-domain | wat is de hoofdstad van de franse alpen | FB
out-of-domain | wie won de slimste mens gisteren | FB
out-of-domain | hoe laat begint lingo vandaag | FB
out-of-domain | wat is het woord van vijf letters met een h | FB
out-of-domain | wat is de hoofdstad van de smurfen | FB
out-of-domain | wat is de hoofdstad van schotland in de middeleeuwen | FB
# More help, stop and cancel in the speakers' words
help | schat ik snap niks van die hoofdsteden app wat moet ik zeggen | HELP
help | mijn opa weet niet hoe hij iets moet vragen leg uit | HELP
help | bra hoe moet ik vragen naar een hoofdstad | HELP
help | ik ben vietnamees ik weet niet hoe vraag help | HELP
help | allez hoe gebruik ik dat hier | HELP
help | po what can i ask in nederlands | HELP
help | de kleinkinderen willen spelen hoe werkt het | HELP
help | bueno ik weet niet wat ik moet zeggen tegen deze app | HELP
help | kan je helpen want ik kom er niet uit | HELP
help | wat voor vragen kan ik stellen over landen | HELP
help | hoe vraag ik de hoofdstad van een amerikaanse staat | HELP
help | kun je een paar voorbeelden noemen | HELP
stop | alexa stop de kapper gaat dicht | STOP
stop | stop maar ik moet rijden | STOP
stop | hou op alexa de chef roept | STOP
stop | stop het is al twaalf uur | STOP
stop | joh stop nou | STOP
stop | stop alexa de koeien moeten gemolken worden | STOP
stop | hou je mond even de renners komen | STOP
stop | stop de kleinkinderen gaan naar huis | STOP
stop | alexa genoeg gespeeld stop | STOP
stop | ophouden ik heb een klant | STOP
stop | bueno stop ya | STOP
stop | wees even stil het journaal begint | STOP
stop | bra hou op | STOP
stop | stop alsjeblieft we gaan eten | STOP
cancel | laat maar ik vind het zelf wel | CANCEL
cancel | laat maar zitten de puzzel is al af | CANCEL
cancel | vergeet het de klant weet het al | CANCEL
cancel | nee laat maar ik vraag het de kok | CANCEL
cancel | annuleer maar ik moet rijden | CANCEL
cancel | laat maar zitten schat | CANCEL
cancel | naku laat maar | CANCEL
cancel | vergeet die vraag over de hoofdstad | CANCEL
cancel | laat maar opa weet het weer | CANCEL
cancel | ach vergeet het maar bra | CANCEL
cancel | nee niet nodig laat maar | CANCEL
cancel | laat maar de docent heeft het al gezegd | CANCEL
# More shared names
shared-name | de kapper heeft het over georgia maar ik weet niet of het land of de staat | GE+US-GA
shared-name | mijn kuya vaart naar de maagdeneilanden wat is daar de hoofdstad | VG+VI
shared-name | de kok komt uit congo welke hoofdstad heeft congo | CD+CG
shared-name | in triviant staat korea welke hoofdstad is dat | KP+KR
shared-name | bij de olympische spelen liep korea samen mee wat zijn hun hoofdsteden | KP+KR
shared-name | de puzzel vraagt de hoofdstad van georgia zeven letters of vijf | GE+US-GA
shared-name | bij de tour zag ik een renner uit georgia welke hoofdstad | GE+US-GA
shared-name | de marine is bij de maagdeneilanden geweest hoe heten de hoofdsteden | VG+VI
shared-name | wat zijn de hoofdsteden van de twee congo's voor mijn spreekbeurt | CD+CG

# Territories and subdivisions again, with a reason to ask
subdivision | de fregat ligt bij puerto rico voor de oefening welke stad is daar de hoofdstad | PR
subdivision | de vlaamse buurman gaat naar frans-guyana voor de raketlancering wat is daar de hoofdstad | GF
subdivision | mijn kuya heeft aangemeerd in réunion hoe heet de hoofdstad van dat eiland | RE
subdivision | de marine tankt bij gibraltar heeft gibraltar een eigen hoofdstad | GI
subdivision | op het nieuws ging het over de westelijke sahara welke stad noemen ze daar de hoofdstad | EH
subdivision | de gooise buren gaan duiken op de turks en caicoseilanden wat is daar de hoofdstad | TC
subdivision | bij de vulkaan op montserrat is de oude hoofdstad weg welke is het nu | MS
subdivision | de vissers van texel kennen saint-pierre en miquelon wat is daar de hoofdstad | PM
subdivision | in de zweedse puzzel staat wallis en futuna hoofdstad zeven letters | WF
subdivision | de postzegel van niue is mooi wat is de hoofdstad van niue | NU
subdivision | mijn kuya zegt dat tokelau geen echte stad heeft wat is daar de hoofdstad | TK
subdivision | de gooise vriendin zit op saint-barthélemy met de boot wat is daar de hoofdstad | BL
subdivision | het zeiljacht ligt bij de britse maagdeneilanden welke stad is daar de hoofdstad | VG
subdivision | de cruise stopt op de amerikaanse maagdeneilanden hoe heet de hoofdstad daar | VI
subdivision | de kok heeft in macau gewerkt heeft macau eigenlijk een hoofdstad | MO
subdivision | de marinebasis op aruba ligt vlak bij de hoofdstad hoe heet die | AW
subdivision | mijn opa woonde op bonaire wat is de hoofdstad van caribisch nederland | BQ
subdivision | de zeehondenman van texel gaat naar groenland welke stad is de hoofdstad daar | GL
subdivision | de duitse gasten komen uit saksen wat is de hoofdstad van hun deelstaat | DE-SN
subdivision | de vrachtwagen moet naar stuttgart in baden-württemberg is dat de hoofdstad daar | DE-BW
subdivision | de backpacker uit queensland vraagt of ik zijn hoofdstad ken | AU-QLD
subdivision | de wijnboer uit zuid-australië zegt dat zijn hoofdstad mooi is welke is het | AU-SA
subdivision | bij de tour rijdt iemand uit quebec welke stad is de hoofdstad van die provincie | CA-QC
subdivision | de au pair komt uit oregon welke stad is de hoofdstad van oregon | US-OR
subdivision | de texaanse toeristen op de boot vragen naar hun eigen hoofdstad van texas | US-TX
subdivision | de kok komt uit oaxaca welke stad is de hoofdstad van die staat | MX-OAX
subdivision | de it collega komt uit gujarat welke stad is de hoofdstad daar | IN-GJ
subdivision | mijn braziliaanse klant komt uit santa catarina wat is daar de hoofdstad | BR-SC
subdivision | de taiwanese student in de nagelstudio zegt taipei is de hoofdstad van taiwan klopt | TW
subdivision | bij de wereldkampioenschappen schaatsen liep iemand uit taiwan welke stad is de hoofdstad | TW
subdivision | mijn kaka werkt in kosovo welke stad is daar de hoofdstad | XK
# Yes/no checks, reverse questions and launch with the speakers' context
yes-no-check | de kapper zegt dat zürich de hoofdstad van zwitserland is maar is dat wel zo | CH
yes-no-check | mijn kaka zegt dat istanbul de hoofdstad van turkije is heeft hij gelijk | TR
yes-no-check | de vietnamese klant zegt saigon is hoofdstad van vietnam klopt niet toch | VN
yes-no-check | opa denkt nog dat bonn de hoofdstad van duitsland is klopt dat nog | DE
yes-no-check | de havo docent zegt dat den haag niet de hoofdstad is klopt dat | NL
yes-no-check | mijn filipijnse collega zegt dat manila de hoofdstad van de filipijnen is klopt dat | PH
yes-no-check | de trucker zegt dat almaty de hoofdstad van kazachstan is is dat nog zo | KZ
yes-no-check | bij twee voor twaalf zeiden ze dat lagos de hoofdstad van nigeria is klopt dat | NG
reverse-question | in de puzzel staat windhoek van welk land is dat de hoofdstad | CITY:Windhoek
reverse-question | de marine legt aan in kingston van welk land is dat de hoofdstad | CITY:Kingston
reverse-question | de renner komt uit kigali van welk land is dat de hoofdstad | CITY:Kigali
reverse-question | mijn kuya stuurt een kaart uit suva hoofdstad van welk land | CITY:Suva
reverse-question | de kok heeft in kathmandu gewerkt van welk land is dat de hoofdstad | CITY:Kathmandu
reverse-question | bij triviant staat georgetown hoofdstad van welk land | CITY:Georgetown
reverse-question | de chauffeur rijdt naar potsdam van welke deelstaat is dat de hoofdstad | CITY:Potsdam
reverse-question | de au pair komt uit sacramento van welke staat is dat de hoofdstad | CITY:Sacramento
launch | alexa open hoofdsteden van de wereld voor het proefwerk van morgen | LAUNCH
launch | hee alexa start wereldhoofdsteden dan spelen we met opa | LAUNCH
launch | alexa open world capitals we zitten in de kapsalon | LAUNCH
launch | alexa start hoofdsteden van de wereld want de puzzel is moeilijk | LAUNCH
subdivision | de cowboy in de film rijdt door new mexico welke stad is de hoofdstad van die staat | US-NM
subdivision | de ahornsiroop bij de kapper komt uit vermont wat is de hoofdstad daar | US-VT
subdivision | de australische backpacker woont in canberra hoe heet de hoofdstad van het australian capital territory dan | AU-ACT
subdivision | de braziliaanse renner komt uit ceará welke stad is daar de hoofdstad | BR-CE
subdivision | mijn klant komt uit goiás in brazilië hoe heet de hoofdstad van die staat | BR-GO
subdivision | de kok uit maranhão vraagt of ik zijn hoofdstad ken | BR-MA
subdivision | de indiase student in almere komt uit bihar welke stad is daar de hoofdstad | IN-BR
subdivision | voor de tempelreis naar odisha wil oma de hoofdstad weten | IN-OD
subdivision | de taxichauffeur komt uit punjab in india welke stad is de hoofdstad van punjab | IN-PB
subdivision | de thee van de kapper komt uit sikkim welke stad is daar de hoofdstad | IN-SK
subdivision | de voetbalclub uit monterrey speelt in nuevo león is monterrey daar de hoofdstad | MX-NLE
subdivision | we gaan walvissen kijken in baja california sur welke stad is de hoofdstad daar | MX-BCS
subdivision | de mexicaanse wijn komt uit baja california hoe heet de hoofdstad van die staat | MX-BCN
subdivision | de chauffeur uit mexico komt uit sonora welke stad is de hoofdstad van sonora | MX-SON
subdivision | de havo klas leert over dadra en nagar haveli en daman en diu wat is daar de hoofdstad | IN-DH

"""

if __name__ == "__main__":
    build_round(34, "nl", LINES, sys.argv, "tests/Eval/nl/round34/source/build_corpus.py")
