"""Round 44, Dutch (nl-NL): a new author's own mix, written blind at the start of the fifty-eighth session (brief
WRITER64.md). Speakers chosen apart from the groups of the Dutch round 43 (Westlanders, Alkmaarders, Den Helderaars,
Goereeërs, Zoetermeerders, Amersfoorters, Gorcumers; Kurdish, Hungarian, Bosnian, Pakistani, Ethiopian and Thai Dutch,
French expats, Erasmus students in a taalcafé; garage mechanics, night office cleaners, construction workers, pharmacy
assistants, bookkeepers, estate agents, bakers; geocachers, a world-map jigsaw, moving day, a children's birthday party,
a Sunday barbecue, sick on the couch, Christmas dinner), from the groups of round 42 (Zaankanters, Haarlemmers,
Dordtenaren, Kampenaren, Sallanders, Bollenstreek bulb growers, Vlaardingers and Maassluizers, Vietnamese, Portuguese,
Spanish, Greek, Nigerian, Korean and Egyptian speakers, remigranten, pigeon fanciers, interpreters, maritime pilots,
birdwatchers, scouting, an IT helpdesk, the GGD travel desk, marathon runners, the spreekbeurt, darts, Oranje at a World
Cup, oudejaarsavond, a dating app, a wedding, Echo Auto) and from the groups it says earlier rounds used (among them
Veluwnaren, Betuwnaren, Leidenaren, West-Friezen, Texelaars, Gooiers, Flevolanders, Groningers, Hagenaars, Tukkers,
Zeeuwen, Limburgers, Brabanders, Friezen, Flemish people, Rotterdammers, Amsterdammers, Utrechters; Iranian, Somali,
Filipino, Italian, Syrian, Eritrean, Moroccan, Turkish, Polish, Surinamese, Chinese, German and English speakers;
inburgering learners, kleuters, tieners, grandparents, school topografie, game night, cooking, holidays, Sinterklaas,
Koningsdag, quizzes): Achterhoekers ("jao", "wat is 't", "nen", the Zwarte Cross), Drenten ("hé", "heur", hunebedden,
the TT in Assen), Urkers of the fishing fleet ("mien", "joh", the kotter), Volendammers ("nou", "gewoon", paling,
klederdracht), Scheveningers ("ouwe", "hullie", vlaggetjesdag, the embassies), Nijmegenaren ("dè", "hè", the
Vierdaagse), Zwollenaren ("hoe zit dat", the Hanze, blauwvingers), Delft students ("gast", "man", "echt"); Ukrainians
since 2022 ("dobre", "tak", "babusya", "dyakuyu"), Indian expats in Amstelveen ("arre", "na", Indian states), Afghan
Dutch ("bale", "jan", "madar"), Curaçaoans and Antilleans ("dushi", "ayo", "mi ta"), Brazilian Dutch ("nossa", "cara",
"tá"), Ghanaian Dutch of the Bijlmer ("chale", "ei"), Indische Nederlanders ("adoe", "tjoek", "sajang", the pasar
malam), Romanian labour migrants ("hai", "bine", "da"), Moluccan Dutch ("ajo", "beta", "dong"); at work: lorry drivers
("op de bok"), night-shift nurses ("in de nachtpauze"), hairdressers ("schat", "lieverd", "onder de föhn"), parcel
couriers ("pakketje", "op de route"), dairy farmers ("tijdens het melken"), taxi drivers ("de klant op de achterbank"),
cabin crew ("layover", "de crew"); in situations: Eurovision night ("douze points"), Formula One on Sunday ("pole",
"max"), the allotment ("ons volkstuintje"), a sleepless night ("ik kan niet slapen", "fluister"), washing up and ironing
in the kitchen ("handen in het sop"), a Sunday flea market ("een oude munt", "een postzegel").
Plus follow-ups, plural capitals, subdivisions and territories, yes/no checks, self-corrections, reverse questions,
official, everyday and old names, shared names, launch by the invocation name "hoofdsteden van de wereld", help, stop
and cancel in those speakers' words, and out-of-domain requests and near misses ("capital" in other senses, regions the
data does not hold).
`python3 tests/Eval/nl/round44/source/build_corpus.py [--check]`.
Built by round12_hinl_corpus.py (build_round with round 44's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Achterhoekers (Winterswijk, Doetinchem, Zwarte Cross): "jao", "wat is 't", "nen"
achterhoekers | alexa jao wat is 't hoofdstad van {} | oostenrijk=AT; zwitserland=CH; slovenië=SI
achterhoekers | alexa op de zwarte cross stond nen kerel uit {} wat is daar de hoofdstad | finland=FI; estland=EE; letland=LV
achterhoekers | alexa wat is 't hoofdstad van duutslaand | DE
achterhoekers | alexa onze loonwerker haalt trekkers uit {} hoe heet de hoofdstad daar | denemarken=DK; zweden=SE; tsjechië=CZ
achterhoekers | alexa de buurman gaat op vakantie naar {} wat is daar de hoofdstad jao | kroatië=HR; montenegro=ME; albanië=AL
achterhoekers | alexa zeg 's wat is de hoofdstad van {} | noord-macedonië=MK; bulgarije=BG; moldavië=MD
achterhoekers | alexa nen vraag wat is de hoofdstad van de duitse deelstaat nedersaksen | DE-NI
achterhoekers | alexa wat is 't hoofdstad van noordrijn-westfalen hier net over de grens | DE-NW
achterhoekers | alexa in bocholt vroegen ze mij wat de hoofdstad van de achterhoek is | FB
achterhoekers | alexa heur is er eigenlijk een hoofdstad van gelderland | FB
achterhoekers | alexa de kermis in lichtenvoorde had een attractie uit {} welke stad is daar de hoofdstad | hongarije=HU; slowakije=SK; roemenië=RO
# Drenten (hunebedden, Assen, Emmen): "hé", "wat is 't", "heur"
drenten | alexa hé wat is de hoofdstad van {} | ijsland=IS; noorwegen=NO; ierland=IE
drenten | alexa bij het hunebed stonden toeristen uit {} wat is hun hoofdstad | denemarken=DK; polen=PL; belgië=BE
drenten | alexa de tt in assen heeft coureurs uit {} wat is daar de hoofdstad | spanje=ES; italië=IT; portugal=PT
drenten | alexa in wildlands in emmen zit een olifant uit {} welke stad is daar de hoofdstad | thailand=TH; myanmar=MM; sri lanka=LK
drenten | alexa heur wat is de hoofdstad van drenthe | FB
drenten | alexa wat is de hoofdstad van {} dan | tanzania=TZ; namibië=NA; botswana=BW
drenten | alexa de schaapherder vroeg wat de hoofdstad van mongolië is | MN
drenten | alexa op de fiets door drenthe hoorde ik iemand over {} wat is daar de hoofdstad | kirgizië=KG; tadzjikistan=TJ; turkmenistan=TM
drenten | alexa wat is 't hoofdstad van nieuw-zeeland | NZ
drenten | alexa hé alexa de hoofdstad van groenland | GL
# Urkers (fishing fleet, church, "mien", "joh")
urkers | alexa mien wat is de hoofdstad van {} | schotland=GB-SCT; noorwegen=NO; faeröer=FO
urkers | alexa ons schip vist bij {} wat is daar de hoofdstad joh | mauritanië=MR; senegal=SN; marokko=MA
urkers | alexa de vis gaat naar {} welke hoofdstad heeft dat land | spanje=ES; frankrijk=FR; japan=JP
urkers | alexa de kotter ligt in de haven van de shetlands welke hoofdstad hoort daarbij | GB-SCT
urkers | alexa joh wat is de hoofdstad van de faeröer eilanden | FO
urkers | alexa de zendeling van de kerk zit in {} wat is de hoofdstad daar | malawi=MW; zambia=ZM; mozambique=MZ
urkers | alexa wat is de hoofdstad van {} mien jong | papoea-nieuw-guinea=PG; vanuatu=VU; salomonseilanden=SB
urkers | alexa wat is nou de hoofdstad van urk | FB
urkers | alexa mijn neef vaart op de kust van {} welke stad is hoofdstad | gambia=GM; guinee-bissau=GW; sierra leone=SL
# Volendammers (paling, palingsound, klederdracht): "nou", "gewoon", "zeg"
volendammers | alexa nou wat is de hoofdstad van {} gewoon | turkije=TR; griekenland=GR; cyprus=CY
volendammers | alexa de toeristen op de dijk komen uit {} wat is daar de hoofdstad | china=CN; japan=JP; india=IN
volendammers | alexa onze band treedt op in {} wat is daar de hoofdstad zeg | oostenrijk=AT; duitsland=DE; zwitserland=CH
volendammers | alexa de paling kwam vroeger uit {} hoe heet de hoofdstad daar | ierland=IE; noorwegen=NO; polen=PL
volendammers | alexa in klederdracht op de foto met mensen uit {} wat is de hoofdstad daar | zuid-korea=KR; brazilië=BR; mexico=MX
volendammers | alexa zeg de hoofdstad van {} wat is dat | malta=MT; san marino=SM; monaco=MC
volendammers | alexa nou gewoon de hoofdstad van {} graag | liechtenstein=LI; andorra=AD; luxemburg=LU
# Scheveningers (haven, vlaggetjesdag, boulevard): "ouwe", "hullie", "nou"
scheveningers | alexa ouwe wat is de hoofdstad van {} | schotland=GB-SCT; engeland=GB-ENG; wales=GB-WLS
scheveningers | alexa op vlaggetjesdag lag er een schip uit {} wat is daar de hoofdstad | noorwegen=NO; ijsland=IS; estland=EE
scheveningers | alexa hullie op de boulevard komen uit {} wat is de hoofdstad | duitsland=DE; polen=PL; tsjechië=CZ
scheveningers | alexa de ambassade van {} zit hier om de hoek wat is hun hoofdstad | jemen=YE; oman=OM; bahrein=BH
scheveningers | alexa nou wat is de hoofdstad van {} dan | bangladesh=BD; nepal=NP; bhutan=BT
scheveningers | alexa in het kurhaus logeert een prins uit {} wat is de hoofdstad daar | brunei=BN; jordanië=JO; qatar=QA
scheveningers | alexa is den haag nou de hoofdstad of niet | NL
scheveningers | alexa de surfers op het strand komen uit {} welke hoofdstad hebben die | australië=AU; portugal=PT; zuid-afrika=ZA
# Nijmegenaren (Vierdaagse, Waalbrug, Radboud): "dè", "hè", "toch"
nijmegenaren | alexa dè wat is de hoofdstad van {} | canada=CA; verenigde staten=US; ierland=IE
nijmegenaren | alexa bij de vierdaagse lopen soldaten uit {} mee wat is daar de hoofdstad | noorwegen=NO; zweden=SE; finland=FI
nijmegenaren | alexa op de via gladiola stond een groep uit {} wat is hun hoofdstad hè | japan=JP; taiwan=TW; singapore=SG
nijmegenaren | alexa een student van de radboud komt uit {} wat is daar de hoofdstad toch | ghana=GH; kameroen=CM; ethiopië=ET
nijmegenaren | alexa hè wat is de hoofdstad van {} eigenlijk | rwanda=RW; burundi=BI; oeganda=UG
nijmegenaren | alexa de romeinen kwamen uit italië wat is daar nu de hoofdstad | IT
nijmegenaren | alexa over de waalbrug reed een bus uit {} wat is de hoofdstad daar | servië=RS; kroatië=HR; bosnië en herzegovina=BA
nijmegenaren | alexa was nijmegen ooit de hoofdstad van nederland | FB
# Zwollenaren (Sassenpoort, Blauwvinger, IJssel): "nou", "he", "hoe zit dat"
zwollenaren | alexa hoe zit dat wat is de hoofdstad van {} | overijssel=FB; friesland=FB; groningen=FB
zwollenaren | alexa de hanzesteden gingen handel drijven met {} wat is daar nu de hoofdstad | estland=EE; letland=LV; zweden=SE
zwollenaren | alexa nou he de hoofdstad van {} | lesotho=LS; eswatini=SZ; malawi=MW
zwollenaren | alexa de blauwvingers vragen wat de hoofdstad van {} is | madagaskar=MG; mauritius=MU; seychellen=SC
zwollenaren | alexa de trein uit zwolle gaat niet naar {} maar wat is daar de hoofdstad | albanië=AL; kosovo=XK; montenegro=ME
zwollenaren | alexa mijn dochter studeert aan windesheim en gaat op stage naar {} wat is de hoofdstad | suriname=SR; indonesië=ID; curaçao=CW
zwollenaren | alexa is zwolle de hoofdstad van overijssel | FB
# Delftse studenten (TU, dispuut, tentamens): "man", "gast", "echt"
delftse-studenten | alexa gast wat is de hoofdstad van {} | kazachstan=KZ; azerbeidzjan=AZ; armenië=AM
delftse-studenten | alexa mijn huisgenoot uit {} vraagt naar zijn eigen hoofdstad echt | iran=IR; irak=IQ; libanon=LB
delftse-studenten | alexa we doen een exchange met {} welke stad is daar de hoofdstad man | singapore=SG; vietnam=VN; indonesië=ID
delftse-studenten | alexa op het dispuut weet niemand de hoofdstad van {} | burkina faso=BF; niger=NE; tsjaad=TD
delftse-studenten | alexa voor mijn afstudeerproject over waterbeheer in {} wat is daar de hoofdstad | bangladesh=BD; vietnam=VN; egypte=EG
delftse-studenten | alexa echt geen idee wat de hoofdstad van {} is help me | gabon=GA; equatoriaal-guinea=GQ; sao tomé en principe=ST
delftse-studenten | alexa gast is het nou sydney of canberra de hoofdstad van australië | AU
delftse-studenten | alexa de hoofdstad van de centraal-afrikaanse republiek man | CF
# Oekraïners (since 2022, opvang, learner Dutch): "dobre", "babusya", "tak"
oekrainers | alexa dobre wat is de hoofdstad van {} | oekraïne=UA; polen=PL; moldavië=MD
oekrainers | alexa mijn babusya woont nu in {} wat is daar de hoofdstad | tsjechië=CZ; slowakije=SK; roemenië=RO
oekrainers | alexa tak tak wat is hoofdstad van {} | georgië=GE; armenië=AM; litouwen=LT
oekrainers | alexa ik woon in opvang in nederland maar wat is echte hoofdstad van nederland | NL
oekrainers | alexa mijn zoon vraagt hoofdstad van {} wat is | canada=CA; duitsland=DE; ierland=IE
oekrainers | alexa wat is hoofdstad van de krim | FB
oekrainers | alexa welke stad is hoofdstad van {} alsjeblieft | letland=LV; estland=EE; hongarije=HU
oekrainers | alexa ik leer nederlands wat is de hoofdstad van {} | bulgarije=BG; griekenland=GR; turkije=TR
oekrainers | alexa dyakuyu en nog een vraag welke land heeft kiev als hoofdstad | CITY:Kiev
# Indiase expats in Amstelveen (kenniswerkers, cricket): "arre", "na", "yaar" avoided
indiase-expats | alexa arre what wat is de hoofdstad van {} | sri lanka=LK; nepal=NP; bangladesh=BD
indiase-expats | alexa wat is de hoofdstad van de staat {} na | kerala=IN-KL; karnataka=IN-KA; tamil nadu=IN-TN
indiase-expats | alexa mijn collega komt uit {} wat is daar de hoofdstad | telangana=IN-TS; gujarat=IN-GJ; maharashtra=IN-MH
indiase-expats | alexa in amstelveen speelt ons cricketteam tegen {} wat is hun hoofdstad | afghanistan=AF; zimbabwe=ZW; ierland=IE
indiase-expats | alexa wat is de capital van {} | bihar=IN-BR; odisha=IN-OD; punjab=IN-PB
indiase-expats | alexa arre alexa de hoofdstad van uttar pradesh | IN-UP
indiase-expats | alexa my mother asks wat is de hoofdstad van rajasthan | IN-RJ
indiase-expats | alexa en west-bengalen welke stad is daar de hoofdstad na | IN-WB
indiase-expats | alexa welke staat heeft chandigarh als hoofdstad | CITY:Chandigarh
indiase-expats | alexa arre hoe heet de hoofdstad van goa | IN-GA
indiase-expats | alexa wat zijn de hoofdsteden van uttarakhand | IN-UK
indiase-expats | alexa de hoofdstad van jammu en kasjmir | IN-JK
indiase-expats | alexa wat is de hoofdstad van {} in india | ladakh=IN-LA; madhya pradesh=IN-MP; jharkhand=IN-JH
# Afghaanse Nederlanders: "bale", "jan", "madar"
afghaanse-nederlanders | alexa bale wat is de hoofdstad van {} | afghanistan=AF; iran=IR; tadzjikistan=TJ
afghaanse-nederlanders | alexa madar jan wil weten wat de hoofdstad van {} is | oezbekistan=UZ; turkmenistan=TM; pakistan=PK
afghaanse-nederlanders | alexa mijn oom woont in {} wat is daar de hoofdstad jan | duitsland=DE; zweden=SE; verenigd koninkrijk=GB
afghaanse-nederlanders | alexa is kabul de hoofdstad van afghanistan bale | AF
afghaanse-nederlanders | alexa wat is de hoofdstad van {} alstublieft | qatar=QA; koeweit=KW; saoedi-arabië=SA
afghaanse-nederlanders | alexa welk land heeft herat als hoofdstad | FB
afghaanse-nederlanders | alexa jan de hoofdstad van tadzjikistan hoe spreek je dat uit | TJ
# Curaçaoënaars en Antillianen: "dushi", "ayo", "mi ta"
curacaoenaars | alexa dushi wat is de hoofdstad van {} | curaçao=CW; aruba=AW; sint-maarten=SX
curacaoenaars | alexa ayo wat is de hoofdstad van {} | venezuela=VE; colombia=CO; dominicaanse republiek=DO
curacaoenaars | alexa mi ta vraag wat is de hoofdstad van bonaire | BQ
curacaoenaars | alexa de hoofdstad van {} dushi | jamaica=JM; trinidad en tobago=TT; barbados=BB
curacaoenaars | alexa mijn tante woont op {} wat is daar de hoofdstad | sint-eustatius=BQ; saba=BQ; saint-martin=MF
curacaoenaars | alexa is willemstad de hoofdstad van curaçao | CW
curacaoenaars | alexa welk eiland heeft oranjestad als hoofdstad | CITY:Oranjestad
curacaoenaars | alexa ayo de hoofdstad van {} ken je die | haïti=HT; cuba=CU; puerto rico=PR
curacaoenaars | alexa welke stad is de hoofdstad van het koninkrijk der nederlanden dushi | NL
# Braziliaanse Nederlanders: "nossa", "cara", "tá"
braziliaanse-nederlanders | alexa nossa wat is de hoofdstad van {} | brazilië=BR; argentinië=AR; paraguay=PY
braziliaanse-nederlanders | alexa cara wat is de hoofdstad van de staat {} | bahia=BR-BA; pernambuco=BR-PE; minas gerais=BR-MG
braziliaanse-nederlanders | alexa mijn familie woont in {} wat is de hoofdstad daar tá | ceará=BR-CE; paraná=BR-PR; santa catarina=BR-SC
braziliaanse-nederlanders | alexa is rio de janeiro de hoofdstad van brazilië | BR
braziliaanse-nederlanders | alexa wat is de hoofdstad van {} in brazilië | amazonas=BR-AM; pará=BR-PA; goiás=BR-GO
braziliaanse-nederlanders | alexa nossa de hoofdstad van rio grande do sul | BR-RS
braziliaanse-nederlanders | alexa welke staat heeft manaus als hoofdstad | CITY:Manaus
braziliaanse-nederlanders | alexa cara welke stad is hoofdstad van {} | mato grosso=BR-MT; espírito santo=BR-ES; alagoas=BR-AL
braziliaanse-nederlanders | alexa de hoofdstad van {} tá | peru=PE; uruguay=UY; bolivia=BO
# Ghanese Nederlanders (Amsterdam-Zuidoost, kerk): "chale", "ei", "oh"
ghanese-nederlanders | alexa chale wat is de hoofdstad van {} | ghana=GH; togo=TG; ivoorkust=CI
ghanese-nederlanders | alexa ei wat is de hoofdstad van {} | nigeria=NG; burkina faso=BF; liberia=LR
ghanese-nederlanders | alexa onze dominee gaat naar {} wat is daar de hoofdstad | kenia=KE; zuid-afrika=ZA; zambia=ZM
ghanese-nederlanders | alexa is accra de hoofdstad van ghana of kumasi | GH
ghanese-nederlanders | alexa chale welke land heeft lomé als hoofdstad | CITY:Lomé
ghanese-nederlanders | alexa in de bijlmer vroeg mijn buurvrouw naar de hoofdstad van {} | sierra leone=SL; gambia=GM; guinee=GN
ghanese-nederlanders | alexa oh wat was de hoofdstad van {} | benin=BJ; mali=ML; senegal=SN
# Indische Nederlanders (Indo grandparents, pasar malam): "adoe", "tjoek", "sajang"
indische-nederlanders | alexa adoe wat is de hoofdstad van {} | indonesië=ID; maleisië=MY; filipijnen=PH
indische-nederlanders | alexa oma vraagt of batavia nog steeds de hoofdstad is | ID
indische-nederlanders | alexa op de pasar malam stond een kraam uit {} wat is daar de hoofdstad | singapore=SG; brunei=BN; oost-timor=TL
indische-nederlanders | alexa tjoek wat is ook alweer de hoofdstad van {} | thailand=TH; vietnam=VN; cambodja=KH
indische-nederlanders | alexa sajang welke stad is de hoofdstad van indonesië nu | ID
indische-nederlanders | alexa adoe die nieuwe hoofdstad van indonesië hoe heet die | ID
indische-nederlanders | alexa opa werkte vroeger in {} wat is daar de hoofdstad | suriname=SR; papoea-nieuw-guinea=PG; australië=AU
# Roemeense arbeidsmigranten (distributiecentra, kassen): "hai", "bine", "da"
roemeense-werkers | alexa hai wat is hoofdstad van {} | roemenië=RO; moldavië=MD; hongarije=HU
roemeense-werkers | alexa bine en wat is de hoofdstad van {} | servië=RS; bulgarije=BG; oekraïne=UA
roemeense-werkers | alexa da da hoofdstad van {} welke is | italië=IT; spanje=ES; frankrijk=FR
roemeense-werkers | alexa mijn collega in het distributiecentrum komt uit {} wat is de hoofdstad | polen=PL; litouwen=LT; letland=LV
roemeense-werkers | alexa is boekarest de hoofdstad van roemenië | RO
roemeense-werkers | alexa wat is hoofdstad van transsylvanië | FB
roemeense-werkers | alexa hai alexa welk land heeft chisinau als hoofdstad | CITY:Chișinău
# Molukse Nederlanders (woonoorden, Moluks kamp): "ajo", "beta", "dong"
molukse-nederlanders | alexa ajo wat is de hoofdstad van {} dong | indonesië=ID; oost-timor=TL; papoea-nieuw-guinea=PG
molukse-nederlanders | alexa beta wil weten wat de hoofdstad van de molukken is | FB
molukse-nederlanders | alexa ajo alexa de hoofdstad van {} | fiji=FJ; tonga=TO; samoa=WS
molukse-nederlanders | alexa ajo welke stad is de hoofdstad van ambon | FB
molukse-nederlanders | alexa op het kamp in moordrecht vroeg opa naar de hoofdstad van {} | nieuw-zeeland=NZ; australië=AU; nauru=NR
molukse-nederlanders | alexa beta vraag wat is de hoofdstad van {} dong | kiribati=KI; tuvalu=TV; palau=PW
molukse-nederlanders | alexa ajo beta heb een vraag de hoofdstad van papoea-nieuw-guinea hoe heet die | PG
molukse-nederlanders | alexa bij de kumpulan vroeg oom wat de hoofdstad van de salomonseilanden is | SB
molukse-nederlanders | alexa dong welk land heeft dili als hoofdstad | CITY:Dili
# Vrachtwagenchauffeurs (op de bok, Europa rond): "op de bok", "effe", "collega"
vrachtwagenchauffeurs | alexa ik rij morgen door {} wat is daar de hoofdstad | oostenrijk=AT; slovenië=SI; kroatië=HR
vrachtwagenchauffeurs | alexa op de bok hier wat is de hoofdstad van {} | litouwen=LT; polen=PL; belarus=BY
vrachtwagenchauffeurs | alexa de lading moet naar {} welke stad is daar hoofdstad | tsjechië=CZ; slowakije=SK; hongarije=HU
vrachtwagenchauffeurs | alexa effe tussendoor de hoofdstad van {} | luxemburg=LU; liechtenstein=LI; zwitserland=CH
vrachtwagenchauffeurs | alexa een collega op de parkeerplaats komt uit {} wat is daar de hoofdstad | bulgarije=BG; noord-macedonië=MK; turkije=TR
vrachtwagenchauffeurs | alexa ik sta vast bij de grens met {} wat is de hoofdstad daar | servië=RS; bosnië en herzegovina=BA; montenegro=ME
vrachtwagenchauffeurs | alexa wat is de hoofdstad van de deelstaat {} | beieren=DE-BY; saksen=DE-SN; hessen=DE-HE
vrachtwagenchauffeurs | alexa ik los in stuttgart is dat de hoofdstad van baden-württemberg | DE-BW
vrachtwagenchauffeurs | alexa de ferry gaat naar {} wat is daar de hoofdstad | engeland=GB-ENG; noord-ierland=GB-NIR; ierland=IE
vrachtwagenchauffeurs | alexa welk land heeft bratislava als hoofdstad | CITY:Bratislava
vrachtwagenchauffeurs | alexa de hoofdstad van thüringen effe | DE-TH
# Verpleegkundigen in de nachtdienst: "collega", "pauze", "patiënt"
nachtdienst | alexa in de nachtpauze wat is de hoofdstad van {} | ecuador=EC; venezuela=VE; guyana=GY
nachtdienst | alexa een patiënt komt uit {} wat is daar de hoofdstad | marokko=MA; turkije=TR; suriname=SR
nachtdienst | alexa onze collega gaat als verpleegkundige naar {} wat is de hoofdstad | sierra leone=SL; zuid-soedan=SS; jemen=YE
nachtdienst | alexa het is drie uur 's nachts wat is de hoofdstad van {} | eritrea=ER; djibouti=DJ; somalië=SO
nachtdienst | alexa zachtjes wat is de hoofdstad van {} | nicaragua=NI; honduras=HN; el salvador=SV
nachtdienst | alexa mijn collega uit de filipijnen vraagt wat hun hoofdstad is | PH
nachtdienst | alexa even tussen de rondes door de hoofdstad van {} | guatemala=GT; belize=BZ; costa rica=CR
nachtdienst | alexa welke stad is de hoofdstad van artsen zonder grenzen | FB
nachtdienst | alexa hoe laat is het in de hoofdstad van japan | FB
# Kappers (in de stoel, kletsen): "schat", "lieverd", "zo"
kappers | alexa schat wat is de hoofdstad van {} | marokko=MA; libanon=LB; syrië=SY
kappers | alexa mijn klant gaat naar {} wat is daar de hoofdstad lieverd | thailand=TH; bali=FB; maldiven=MV
kappers | alexa zo even tussen het knippen door de hoofdstad van {} | dominicaanse republiek=DO; jamaica=JM; bahama's=BS
kappers | alexa het haar van deze klant is geverfd in {} wat is daar de hoofdstad | zuid-korea=KR; brazilië=BR; turkije=TR
kappers | alexa lieverd welke stad is de hoofdstad van kaapverdië | CV
kappers | alexa onder de föhn wat is de hoofdstad van {} | mauritius=MU; seychellen=SC; comoren=KM
kappers | alexa de barbier naast ons komt uit {} wat is daar de hoofdstad | irak=IQ; koerdistan=FB; algerije=DZ
kappers | alexa wat kost een knipbeurt in parijs | FB
# Pakketbezorgers (bestelbus, route, scanner): "pakketje", "route", "snel"
pakketbezorgers | alexa dit pakketje komt uit {} wat is de hoofdstad daar | china=CN; hongkong=HK; singapore=SG
pakketbezorgers | alexa op de route snel wat is de hoofdstad van {} | tunesië=TN; libië=LY; soedan=SD
pakketbezorgers | alexa de afzender zit in {} welke stad is hoofdstad | israël=IL; jordanië=JO; cyprus=CY
pakketbezorgers | alexa het pakje moet retour naar {} wat is daar de hoofdstad | verenigde staten=US; canada=CA; mexico=MX
pakketbezorgers | alexa mijn bijrijder komt uit {} wat is de hoofdstad | eritrea=ER; syrië=SY; somalië=SO
pakketbezorgers | alexa de scanner zegt herkomst {} wat is daar de hoofdstad | taiwan=TW; vietnam=VN; maleisië=MY
pakketbezorgers | alexa waar is het dichtstbijzijnde pakketpunt | FB
pakketbezorgers | alexa welk land heeft shenzhen als hoofdstad | FB
# Melkveehouders (boerderij, stal, koeien): "zeg", "nou", "koeien"
melkveehouders | alexa onze melk gaat naar {} wat is daar de hoofdstad | china=CN; algerije=DZ; nigeria=NG
melkveehouders | alexa zeg de stier komt uit {} hoe heet de hoofdstad daar | canada=CA; verenigde staten=US; frankrijk=FR
melkveehouders | alexa in de stal vraagt de stagiair wat de hoofdstad van {} is | nieuw-zeeland=NZ; ierland=IE; denemarken=DK
melkveehouders | alexa de veearts is op vakantie in {} wat is daar de hoofdstad | kenia=KE; tanzania=TZ; uganda=UG
melkveehouders | alexa tijdens het melken wat is de hoofdstad van {} | wisconsin=US-WI; vermont=US-VT; idaho=US-ID
melkveehouders | alexa nou de hoofdstad van {} | new york=US-NY; california=US-CA; minnesota=US-MN
melkveehouders | alexa hoeveel liter melk geeft een koe per dag | FB
melkveehouders | alexa een boer uit {} kwam op bezoek wat is zijn hoofdstad | oekraïne=UA; roemenië=RO; kazachstan=KZ
# Taxichauffeurs (Schiphol, rit, klant): "klant", "rit", "meneer"
taxichauffeurs | alexa de klant op de achterbank komt uit {} wat is daar de hoofdstad | qatar=QA; verenigde arabische emiraten=AE; bahrein=BH
taxichauffeurs | alexa rit naar schiphol en meneer vraagt de hoofdstad van {} | zuid-afrika=ZA; nigeria=NG; kenia=KE
taxichauffeurs | alexa tussen de ritten door wat is de hoofdstad van {} | senegal=SN; mali=ML; guinee=GN
taxichauffeurs | alexa mijn klant vliegt vandaag naar {} welke stad is daar hoofdstad | argentinië=AR; chili=CL; peru=PE
taxichauffeurs | alexa de hoofdstad van {} meneer wil het weten | mongolië=MN; kirgizië=KG; nepal=NP
taxichauffeurs | alexa hoe druk is het op de a vier | FB
taxichauffeurs | alexa welk land heeft amman als hoofdstad | CITY:Amman
# Stewardessen en cabinepersoneel: "layover", "crew", "vlucht"
cabinepersoneel | alexa ik heb een layover in {} wat is daar de hoofdstad | verenigde arabische emiraten=AE; qatar=QA; singapore=SG
cabinepersoneel | alexa onze vlucht gaat morgen naar {} wat is de hoofdstad van dat land | kenia=KE; tanzania=TZ; ghana=GH
cabinepersoneel | alexa de crew vraagt wat de hoofdstad van {} is | peru=PE; colombia=CO; panama=PA
cabinepersoneel | alexa we vliegen over {} welke stad is daar de hoofdstad | kazachstan=KZ; azerbeidzjan=AZ; georgië=GE
cabinepersoneel | alexa na de vlucht naar {} wil ik de hoofdstad weten | curaçao=CW; aruba=AW; bonaire=BQ
cabinepersoneel | alexa in welk land ligt de hoofdstad abu dhabi | CITY:Abu Dhabi
cabinepersoneel | alexa wat is de vertrektijd van mijn vlucht | FB
cabinepersoneel | alexa de passagier uit {} vraagt naar zijn hoofdstad | pakistan=PK; bangladesh=BD; sri lanka=LK
# Songfestivalavond (Eurovision, punten): "douze points", "twelve points", "jury"
songfestival | alexa het volgende liedje komt uit {} wat is daar de hoofdstad | zweden=SE; finland=FI; noorwegen=NO
songfestival | alexa douze points voor {} maar wat is de hoofdstad | israël=IL; armenië=AM; azerbeidzjan=AZ
songfestival | alexa de jury van {} geeft punten wat is hun hoofdstad | san marino=SM; malta=MT; cyprus=CY
songfestival | alexa twelve points go to {} wat is daar de hoofdstad | australië=AU; estland=EE; moldavië=MD
songfestival | alexa wie heeft vorig jaar het songfestival gewonnen | FB
songfestival | alexa de presentatrice zit in {} welke stad is daar hoofdstad | zwitserland=CH; oostenrijk=AT; portugal=PT
songfestival | alexa in welke stad is het songfestival dit jaar | FB
songfestival | alexa nul punten voor {} wat is daar eigenlijk de hoofdstad | verenigd koninkrijk=GB; spanje=ES; duitsland=DE
# Formule 1 kijken op zondag: "pole", "grand prix", "max"
formule-een | alexa de grand prix is in {} wat is daar de hoofdstad | bahrein=BH; saoedi-arabië=SA; azerbeidzjan=AZ
formule-een | alexa max rijdt dit weekend in {} welke stad is de hoofdstad | monaco=MC; hongarije=HU; oostenrijk=AT
formule-een | alexa de coureur op pole komt uit {} wat is daar de hoofdstad | monaco=MC; thailand=TH; mexico=MX
formule-een | alexa het circuit van {} welke stad is daar hoofdstad | brazilië=BR; singapore=SG; canada=CA
formule-een | alexa wie staat er op pole | FB
formule-een | alexa de race in las vegas ligt in welke staat en wat is de hoofdstad | US-NV
formule-een | alexa de grand prix van miami wat is de hoofdstad van florida eigenlijk | US-FL
formule-een | alexa de race in austin welke staat heeft austin als hoofdstad | CITY:Austin
formule-een | alexa wat is de hoofdstad van {} waar de race is | qatar=QA; verenigde arabische emiraten=AE; japan=JP
# Volkstuin (tuinhuisje, moestuin, zaadjes): "tuintje", "ons volkstuintje"
volkstuin | alexa deze tomatenzaadjes komen uit {} wat is de hoofdstad daar | peru=PE; italië=IT; mexico=MX
volkstuin | alexa op ons volkstuintje werkt een buurman uit {} wat is zijn hoofdstad | turkije=TR; marokko=MA; suriname=SR
volkstuin | alexa in het tuinhuisje wat is de hoofdstad van {} | laos=LA; bhutan=BT; nepal=NP
volkstuin | alexa de aardappel komt oorspronkelijk uit {} welke stad is daar hoofdstad | peru=PE; bolivia=BO; chili=CL
volkstuin | alexa wanneer moet ik mijn bonen zaaien | FB
volkstuin | alexa de tuinvereniging wil weten wat de hoofdstad van {} is | guatemala=GT; honduras=HN; paraguay=PY
volkstuin | alexa de chilipeper komt uit {} wat is de hoofdstad daarvan | jamaica=JM; trinidad en tobago=TT; grenada=GD
volkstuin | alexa gaat het morgen regenen op de volkstuin | FB
# Slapeloze nacht (in bed, fluisteren): "ik kan niet slapen", "zachtjes"
slapeloos | alexa ik kan niet slapen wat is de hoofdstad van {} | tuvalu=TV; nauru=NR; marshalleilanden=MH
slapeloos | alexa fluister de hoofdstad van {} | micronesia=FM; palau=PW; kiribati=KI
slapeloos | alexa het is vier uur 's nachts wat is de hoofdstad van {} | saint lucia=LC; dominica=DM; saint kitts en nevis=KN
slapeloos | alexa ik lig wakker en vraag me af wat de hoofdstad van {} is | saint vincent en de grenadines=VC; antigua en barbuda=AG; grenada=GD
slapeloos | alexa zachtjes welke hoofdstad heeft {} | burundi=BI; comoren=KM; lesotho=LS
slapeloos | alexa speel regengeluiden | FB
slapeloos | alexa vertel me de hoofdstad van {} om in slaap te vallen | vanuatu=VU; tonga=TO; salomonseilanden=SB
slapeloos | alexa zet een slaaptimer van dertig minuten | FB
# Afwassen en strijken in de keuken: "handen vol", "terwijl ik strijk"
in-de-keuken | alexa ik sta met mijn handen in het sop wat is de hoofdstad van {} | bahama's=BS; belize=BZ; guyana=GY
in-de-keuken | alexa terwijl ik strijk wat is de hoofdstad van {} | sao tomé en principe=ST; kaapverdië=CV; guinee-bissau=GW
in-de-keuken | alexa onder het koken wat is de hoofdstad van {} | mauritanië=MR; tsjaad=TD; niger=NE
in-de-keuken | alexa handen vol deeg wat is de hoofdstad van {} | centraal-afrikaanse republiek=CF; gabon=GA; kameroen=CM
in-de-keuken | alexa zet een timer voor de aardappels | FB
in-de-keuken | alexa bij de afwas vraag ik me af wat de hoofdstad van {} is | liberia=LR; togo=TG; equatoriaal-guinea=GQ
in-de-keuken | alexa wat is een recept voor stamppot | FB
# Rommelmarkt op zondag (kleedje, bieden): "wat kost", "uit de doos"
rommelmarkt | alexa ik heb een oude munt uit {} gekocht wat is daar de hoofdstad | joegoslavië=FB; tsjecho-slowakije=FB; de sovjet-unie=FB
rommelmarkt | alexa op de rommelmarkt een postzegel uit {} wat is daar de hoofdstad | ceylon=LK; birma=MM; perzië=IR
rommelmarkt | alexa dit beeldje komt uit {} wat is de hoofdstad | kenia=KE; indonesië=ID; mexico=MX
rommelmarkt | alexa een oude kaart van {} wat is daar nu de hoofdstad | rhodesië=ZW; dahomey=BJ; zaïre=CD
rommelmarkt | alexa wat is dit waard | FB
rommelmarkt | alexa het bankbiljet komt uit {} welke stad is daar hoofdstad | zimbabwe=ZW; venezuela=VE; libanon=LB
# out-of-domain: weather, timers, music, trivia about capitals, capitals in other senses, regions without an entry
out-of-domain | alexa hoe koud wordt het vannacht in {} | utrecht=FB; enschede=FB; terneuzen=FB
out-of-domain | alexa hoeveel inwoners heeft {} | parijs=FB; tokio=FB; lagos=FB
out-of-domain | alexa wat is de hoofdstad van {} | europa=FB; afrika=FB; zuid-amerika=FB
out-of-domain | alexa wat is de hoofdstad van de provincie {} | zeeland=FB; limburg=FB; noord-brabant=FB
out-of-domain | alexa hoe laat is het nu in {} | new york=FB; sydney=FB; bangkok=FB
out-of-domain | alexa speel {} | radio tien=FB; het nieuws=FB; de top veertig=FB
out-of-domain | alexa wat is de hoofdstad van {} in spanje | catalonië=FB; andalusië=FB; baskenland=FB
out-of-domain | alexa wat is de hoofdstad van {} in italië | toscane=FB; sicilië=FB; lombardije=FB
out-of-domain | alexa wat is de hoofdstad van {} in frankrijk | bretagne=FB; normandië=FB; de provence=FB
out-of-domain | alexa wie is de president van {} | frankrijk=FB; brazilië=FB; de verenigde staten=FB
out-of-domain | alexa wat is de hoofdstad van {} in belgië | vlaanderen=FB; wallonië=FB; antwerpen=FB
out-of-domain | alexa zet een wekker voor zeven uur morgenochtend | FB
out-of-domain | alexa zet de lampen in de woonkamer uit | FB
out-of-domain | alexa wat is het grootste land ter wereld | FB
out-of-domain | alexa wat is de grootste stad van australië | FB
out-of-domain | alexa wat is de grootste stad van turkije | FB
out-of-domain | alexa hoeveel hoofdsteden zijn er in de wereld | FB
out-of-domain | alexa welke hoofdstad ligt het hoogst | FB
out-of-domain | alexa wat is de koudste hoofdstad ter wereld | FB
out-of-domain | alexa wat betekent het woord hoofdstad | FB
out-of-domain | alexa wat is het startkapitaal van een bv | FB
out-of-domain | alexa lees het eerste hoofdstuk van mijn boek voor | FB
out-of-domain | alexa heeft de maan een hoofdstad | FB
out-of-domain | alexa wat is de hoofdstad van narnia uit het boek | FB
out-of-domain | alexa welke stad was de hoofdstad van atlantis | FB
out-of-domain | alexa wat is de hoofdstad van westeros in game of thrones | FB
out-of-domain | alexa wat was de hoofdstad van het romeinse rijk | FB
out-of-domain | alexa wat was de hoofdstad van pruisen | FB
out-of-domain | alexa wat was de hoofdstad van de sovjet-unie | FB
out-of-domain | alexa welke stad is de hoofdstad van scandinavië | FB
out-of-domain | alexa wat zou je zeggen is de hoofdstad van het midden-oosten | FB
out-of-domain | alexa de hoofdstad van de balkan welke is dat | FB
out-of-domain | alexa hoe heet de hoofdstad van siberië | FB
out-of-domain | alexa welke stad is de hoofdstad van tsjetsjenië | FB
out-of-domain | alexa wat is de hoofdstad van tibet | FB
out-of-domain | alexa patagonië heeft dat een hoofdstad | FB
out-of-domain | alexa welke stad is de hoofdstad van de randstad | FB
out-of-domain | alexa wat is eigenlijk de hoofdstad van de veluwe | FB
out-of-domain | alexa hilversum is toch de hoofdstad van het gooi | FB
out-of-domain | alexa is enschede de hoofdstad van twente | FB
out-of-domain | alexa welk eiland is de hoofdstad van de wadden | FB
out-of-domain | alexa wat is de hoofdstad van oost-vlaanderen in belgië | FB
out-of-domain | alexa hoofdstad van schleswig | FB
out-of-domain | alexa welke stad is hoofdstad van silezië in polen | FB
out-of-domain | alexa welke stad is de hoofdstad van de europese unie | FB
out-of-domain | alexa in welke stad zit de navo | FB
out-of-domain | alexa wat is de mode hoofdstad van de wereld | FB
out-of-domain | alexa wat is de culturele hoofdstad van europa dit jaar | FB
out-of-domain | alexa welke stad is de fietshoofdstad van nederland | FB
out-of-domain | alexa wat is de kersthoofdstad van nederland | FB
out-of-domain | alexa heeft de zon een hoofdstad | FB
out-of-domain | alexa wat is het volkslied van ierland | FB
out-of-domain | alexa speel het volkslied van italië | FB
out-of-domain | alexa hoe ziet de vlag van ghana eruit | FB
out-of-domain | alexa welke kleuren heeft de vlag van mali | FB
out-of-domain | alexa wat is het nationale gerecht van peru | FB
out-of-domain | alexa hoe zeg je dank je wel in het fins | FB
out-of-domain | alexa vertaal hoofdstad naar het engels | FB
out-of-domain | alexa hoe lang duurt een vlucht naar lima | FB
out-of-domain | alexa wat is het netnummer van den haag | FB
out-of-domain | alexa welk land heeft de meeste inwoners | FB
out-of-domain | alexa welk land is het kleinste van europa | FB
out-of-domain | alexa in welk werelddeel ligt mongolië | FB
out-of-domain | alexa aan welke zee ligt kopenhagen | FB
out-of-domain | alexa hoe heet de burgemeester van amsterdam | FB
out-of-domain | alexa wanneer is koningsdag dit jaar | FB
out-of-domain | alexa wat is het weer in brussel morgen | FB
out-of-domain | alexa regent het in londen | FB
out-of-domain | alexa hoeveel graden is het in madrid | FB
out-of-domain | alexa zet een timer voor tien minuten | FB
out-of-domain | alexa zet een eitimer van zes minuten | FB
out-of-domain | alexa speel muziek van andré hazes | FB
out-of-domain | alexa speel het liedje zij gelooft in mij | FB
out-of-domain | alexa zet npo radio twee aan | FB
out-of-domain | alexa wat staat er op mijn boodschappenlijst | FB
out-of-domain | alexa zet melk op de boodschappenlijst | FB
out-of-domain | alexa vertel een mop over belgen | FB
out-of-domain | alexa hoe oud ben jij | FB
out-of-domain | alexa ben jij slimmer dan siri | FB
out-of-domain | alexa wat is de wisselkoers van de euro naar de dollar | FB
out-of-domain | alexa hoeveel is tweehonderd dollar in euro | FB
out-of-domain | alexa wat is tien keer vijftien | FB
out-of-domain | alexa hoe laat gaat de laatste trein naar zwolle | FB
out-of-domain | alexa is er file op de a twaalf | FB
out-of-domain | alexa stuur een bericht naar mijn zus | FB
out-of-domain | alexa wat is de uitslag van ajax | FB
out-of-domain | alexa hoe speelde feyenoord gisteren | FB
out-of-domain | alexa wie won de tour de france | FB
out-of-domain | alexa wanneer is de volgende zonsverduistering | FB
out-of-domain | alexa hoe hoog is de eiffeltoren | FB
out-of-domain | alexa hoe lang is de chinese muur | FB
out-of-domain | alexa hoe oud is de stad rome | FB
out-of-domain | alexa wie heeft amsterdam gesticht | FB
out-of-domain | alexa waarom is den haag niet de hoofdstad | FB
out-of-domain | alexa sinds wanneer is berlijn weer de hoofdstad | FB
out-of-domain | alexa waarom heeft bolivia twee hoofdsteden | FB
out-of-domain | alexa open spotify | FB
out-of-domain | alexa open buienradar | FB
out-of-domain | alexa open de skill weetjes van de dag | FB
out-of-domain | alexa ask world capitals what is the population of france | FB
out-of-domain | alexa vraag hoofdsteden van de wereld hoeveel inwoners china heeft | FB
out-of-domain | alexa vraag hoofdsteden van de wereld welke taal ze in brazilië spreken | FB
out-of-domain | alexa vraag hoofdsteden van de wereld wat het weer is in oslo | FB
out-of-domain | alexa hoofdsteden van de wereld wie is de koning van spanje | FB
out-of-domain | alexa is los angeles de hoofdstad van hollywood | FB
out-of-domain | alexa heeft de sahara een hoofdstad | FB
out-of-domain | alexa welke stad is de hoofdstad van de noordpool | FB
out-of-domain | alexa wat is de belangrijkste stad aan de middellandse zee | FB
out-of-domain | alexa wat was de hoofdstad van oost-duitsland | FB
out-of-domain | alexa is simferopol de hoofdstad van de krim | FB
out-of-domain | alexa de hoofdstad van het baskenland welke stad is dat | FB
out-of-domain | alexa welke stad zien de koerden als hoofdstad van koerdistan | FB
out-of-domain | alexa rovaniemi is dat de hoofdstad van lapland | FB
out-of-domain | alexa de hoofdstad van corsica is dat ajaccio | FB
out-of-domain | alexa welke stad is hoofdstad van sardinië | FB
out-of-domain | alexa wat is de hoofdstad van zanzibar in tanzania | FB
out-of-domain | alexa heeft bali een hoofdstad | FB
out-of-domain | alexa welke stad is de hoofdstad van java | FB
out-of-domain | alexa hoe heet de hoofdstad van de canarische eilanden | FB
out-of-domain | alexa funchal is dat de hoofdstad van madeira | FB
out-of-domain | alexa de hoofdstad van de azoren | FB
out-of-domain | alexa is innsbruck de hoofdstad van tirol | FB
out-of-domain | alexa straatsburg is de hoofdstad van de elzas toch | FB
out-of-domain | alexa heeft het ruhrgebied een hoofdstad | FB
# subdivision: states, provinces, UK nations, territories (and some the data lacks)
subdivision | alexa welke stad is de hoofdstad van de amerikaanse staat {} | texas=US-TX; ohio=US-OH; oregon=US-OR
subdivision | alexa wat is de hoofdstad van de staat {} in amerika | alabama=US-AL; arkansas=US-AR; kentucky=US-KY
subdivision | alexa wat is de hoofdstad van de staat {} eigenlijk | nevada=US-NV; utah=US-UT; colorado=US-CO
subdivision | alexa wat is de hoofdstad van {} in canada | alberta=CA-AB; manitoba=CA-MB; saskatchewan=CA-SK
subdivision | alexa welke stad is de hoofdstad van de canadese provincie {} | brits-columbia=CA-BC; nova scotia=CA-NS; new brunswick=CA-NB
subdivision | alexa hoe heet de hoofdstad van prins edwardeiland | CA-PE
subdivision | alexa newfoundland welke stad is daar de hoofdstad | CA-NL
subdivision | alexa wat is de hoofdstad van de australische staat {} | queensland=AU-QLD; victoria=AU-VIC; tasmanië=AU-TAS
subdivision | alexa welke stad is de hoofdstad van {} in australië | west-australië=AU-WA; zuid-australië=AU-SA; nieuw-zuid-wales=AU-NSW
subdivision | alexa het noordelijk territorium in australië welke hoofdstad heeft dat | AU-NT
subdivision | alexa wat is de hoofdstad van de duitse deelstaat {} | rijnland-palts=DE-RP; saarland=DE-SL; brandenburg=DE-BB
subdivision | alexa wat is de hoofdstad van de mexicaanse staat {} | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | alexa baja california sur wat is daar de hoofdstad | MX-BCS
subdivision | alexa in de staat mexico welke stad is de hoofdstad | MX-MEX
subdivision | alexa wat is de hoofdstad van de braziliaanse staat {} | são paulo=BR-SP; rio de janeiro=BR-RJ; paraíba=BR-PB
subdivision | alexa wat is de hoofdstad van {} het eiland | jersey=JE; guernsey=GG; isle of man=IM
subdivision | alexa welke stad is de hoofdstad van {} het gebied | gibraltar=GI; bermuda=BM; anguilla=AI
subdivision | alexa wat is de hoofdstad van de britse {} | maagdeneilanden=VG; kaaimaneilanden=KY; falklandeilanden=FK
subdivision | alexa wat is de hoofdstad van {} bij frankrijk | réunion=RE; guadeloupe=GP; martinique=MQ
subdivision | alexa welke stad is de hoofdstad van frans-guyana | GF
subdivision | alexa mayotte hoe heet daar de hoofdstad | YT
subdivision | alexa de cookeilanden welke stad is hun hoofdstad | CK
subdivision | alexa hoofdstad van åland in finland | AX
subdivision | alexa spitsbergen hoe heet de hoofdstad daar | SJ
subdivision | alexa wat is eigenlijk de hoofdstad van puerto rico | PR
subdivision | alexa de amerikaanse maagdeneilanden welke hoofdstad hebben die | VI
subdivision | alexa sint-helena waar napoleon zat wat is daar de hoofdstad | SH
subdivision | alexa hoe heet de hoofdstad van saint-pierre en miquelon | PM
subdivision | alexa wallis en futuna welke stad is hoofdstad | WF
subdivision | alexa noordelijke marianen hoofdstad | MP
subdivision | alexa de pitcairneilanden van de bounty hebben die een hoofdstad | PN
subdivision | alexa norfolk het eiland bij australië wat is daar de hoofdstad | NF
subdivision | alexa niue welke plaats is de hoofdstad | NU
subdivision | alexa heeft tokelau een hoofdstad en welke | TK
subdivision | alexa christmaseiland wat is de hoofdstad daar | CX
subdivision | alexa de hoofdstad van de cocoseilanden welke plaats | CC
subdivision | alexa montserrat met de vulkaan welke stad is nu de hoofdstad | MS
subdivision | alexa turks en caicoseilanden hoofdstad | TC
subdivision | alexa saint-barthélemy wat is daar de hoofdstad | BL
subdivision | alexa welke stad is de hoofdstad van de westelijke sahara | EH
subdivision | alexa het district washington is dat een hoofdstad | US-DC
subdivision | alexa welke stad is de hoofdstad van het australian capital territory | AU-ACT
subdivision | alexa het federaal district in brazilië welke hoofdstad | BR-DF
subdivision | alexa heeft macau een hoofdstad | MO
subdivision | alexa de andamanen en nicobaren welke stad is daar hoofdstad | IN-AN
subdivision | alexa hoe heet de hoofdstad van puducherry | IN-PY
subdivision | alexa lakshadweep de eilanden van india wat is de hoofdstad | IN-LD
subdivision | alexa wat is de hoofdstad van {} het landsdeel | schotland=GB-SCT; wales=GB-WLS; noord-ierland=GB-NIR
subdivision | alexa wat is de hoofdstad van de provincie {} in canada | ontario=CA-ON; quebec=CA-QC; alberta=CA-AB
subdivision | alexa wat is de hoofdstad van de staat {} | hawaï=US-HI; alaska=US-AK; arizona=US-AZ
subdivision | alexa hoe heet de hoofdstad van west virginia | US-WV
subdivision | alexa new mexico welke stad is daar de hoofdstad | US-NM
subdivision | alexa north carolina wat is de hoofdstad daar | US-NC
subdivision | alexa is boston de hoofdstad van massachusetts | US-MA
subdivision | alexa indiana de staat hoe heet de hoofdstad | US-IN
subdivision | alexa welke stad is hoofdstad van iowa | US-IA
subdivision | alexa is oklahoma city de hoofdstad van oklahoma | US-OK
subdivision | alexa georgia de staat in amerika welke stad is hoofdstad | US-GA
subdivision | alexa virginia in amerika wat is daar de hoofdstad | US-VA
subdivision | alexa de staat washington niet de stad wat is de hoofdstad | US-WA
# plural-capitals: BJ BO CI LK MY NL SZ ZA (and Palestina)
plural-capitals | alexa wat zijn de hoofdsteden van {} | zuid-afrika=ZA; bolivia=BO; sri lanka=LK
plural-capitals | alexa noem de twee hoofdsteden van {} | benin=BJ; ivoorkust=CI; eswatini=SZ
plural-capitals | alexa welke hoofdsteden heeft {} | maleisië=MY; nederland=NL; zuid-afrika=ZA
plural-capitals | alexa jao wat zijn de hoofdsteden van {} | bolivia=BO; benin=BJ; maleisië=MY
plural-capitals | alexa dè noem beide hoofdsteden van {} | nederland=NL; ivoorkust=CI; sri lanka=LK
plural-capitals | alexa ouwe wat zijn de drie hoofdsteden van zuid-afrika | ZA
plural-capitals | alexa gast wat zijn alle hoofdsteden van {} | eswatini=SZ; zuid-afrika=ZA; bolivia=BO
plural-capitals | alexa op de bok vraag ik me af welke hoofdsteden {} heeft | benin=BJ; sri lanka=LK; ivoorkust=CI
plural-capitals | alexa in de nachtdienst de hoofdsteden van {} graag | maleisië=MY; eswatini=SZ; nederland=NL
plural-capitals | alexa schat wat zijn de hoofdsteden van {} allemaal | zuid-afrika=ZA; benin=BJ; bolivia=BO
plural-capitals | alexa nossa welke twee hoofdsteden heeft {} | bolivia=BO; ivoorkust=CI; maleisië=MY
plural-capitals | alexa chale wat zijn de hoofdsteden van {} | ivoorkust=CI; benin=BJ; zuid-afrika=ZA
plural-capitals | alexa adoe welke zijn de hoofdsteden van {} | maleisië=MY; sri lanka=LK; nederland=NL
plural-capitals | alexa de klant vraagt naar de hoofdsteden van {} | eswatini=SZ; bolivia=BO; sri lanka=LK
plural-capitals | alexa het songfestival was in {} maar wat zijn daar de hoofdsteden | nederland=NL; zuid-afrika=ZA; maleisië=MY
plural-capitals | alexa ik kan niet slapen noem de hoofdsteden van {} | benin=BJ; eswatini=SZ; ivoorkust=CI
plural-capitals | alexa hoe heten beide hoofdsteden van {} | sri lanka=LK; bolivia=BO; nederland=NL
plural-capitals | alexa zijn amsterdam en den haag allebei hoofdsteden van nederland | NL
plural-capitals | alexa welke drie steden zijn de hoofdsteden van zuid-afrika | ZA
plural-capitals | alexa bolivia heeft twee hoofdsteden toch welke zijn dat | BO
plural-capitals | alexa de twee hoofdsteden van eswatini hoe heten die | SZ
plural-capitals | alexa wat zijn de hoofdsteden van palestina | PS
plural-capitals | alexa welke hoofdsteden heeft palestina volgens jou | PS
plural-capitals | alexa hai wat zijn de hoofdsteden van {} | zuid-afrika=ZA; maleisië=MY; benin=BJ
plural-capitals | alexa beta wil de hoofdsteden van {} weten | ivoorkust=CI; eswatini=SZ; bolivia=BO
plural-capitals | alexa welke twee steden zijn de hoofdsteden van {} | eswatini=SZ; sri lanka=LK; bolivia=BO
plural-capitals | alexa ivoorkust heeft twee hoofdsteden noem ze | CI
plural-capitals | alexa benin heeft toch twee hoofdsteden welke | BJ
plural-capitals | alexa de hoofdsteden van maleisië kuala lumpur en nog welke | MY
plural-capitals | alexa sri lanka heeft twee hoofdsteden hoe heten ze | LK
plural-capitals | alexa maleisië heeft kuala lumpur en putrajaya zijn dat allebei hoofdsteden | MY
plural-capitals | alexa de passagier uit maleisië vraagt naar de hoofdsteden van zijn land | MY
plural-capitals | alexa tjoek welke twee hoofdsteden heeft maleisië ook alweer | MY
plural-capitals | alexa dè wat zijn de regeringssteden van maleisië | MY
plural-capitals | alexa zeg de hoofdsteden van palestina | PS
plural-capitals | alexa bale welke hoofdsteden noemen ze voor palestina | PS
# help
help | help | HELP
help | alexa help me met hoofdsteden van de wereld | HELP
help | hoe werkt dit ding | HELP
help | jao hoe werkt dat hier | HELP
help | wat moet ik zeggen gast | HELP
help | ik snap er niks van help | HELP
help | hoe moet ik een hoofdstad vragen | HELP
help | schat wat kan ik allemaal vragen | HELP
help | dobre hoe werkt dit | HELP
help | nossa ik weet niet wat ik moet zeggen | HELP
help | chale help me even | HELP
help | adoe hoe gaat dit nou | HELP
help | hai help alsjeblieft | HELP
help | ouwe wat kan jij eigenlijk | HELP
help | mien hoe werkt dit spelletje | HELP
help | dè wat moet ik hier doen | HELP
help | hé hulp graag | HELP
help | uitleg alsjeblieft | HELP
help | geef me wat voorbeelden | HELP
help | wat voor vragen kan ik stellen | HELP
help | kan ik ook naar staten in amerika vragen | HELP
help | ik heb hulp nodig met deze skill | HELP
help | alexa vraag hoofdsteden van de wereld om hulp | HELP
help | alexa hoe werkt hoofdsteden van de wereld | HELP
help | ik weet niet hoe het moet | HELP
help | wat zijn de opties | HELP
help | leg eens uit wat je doet | HELP
help | bale help me | HELP
help | ayo hoe werkt dit | HELP
help | arre help | HELP
help | hoe vraag ik het | HELP
help | ik begrijp het niet help eens | HELP
help | wat kan ik hier vragen lieverd | HELP
help | help even ik sta op de bok | HELP
help | zeg wat moet ik doen | HELP
# stop
stop | stop | STOP
stop | stop maar | STOP
stop | jao stop d'r mee | STOP
stop | hou op | STOP
stop | ik ben klaar | STOP
stop | ik ben klaar gast | STOP
stop | genoeg zo | STOP
stop | dat was het | STOP
stop | dat was het ouwe | STOP
stop | stoppen | STOP
stop | stop ermee alexa | STOP
stop | alexa stop hoofdsteden van de wereld | STOP
stop | dobre stop | STOP
stop | nossa chega stop | STOP
stop | chale stop | STOP
stop | hai gata stop | STOP
stop | adoe hou maar op | STOP
stop | mien het is genoeg | STOP
stop | dè stoppen nou | STOP
stop | stop maar schat | STOP
stop | ik moet weer rijden stop | STOP
stop | de klant is er stop | STOP
stop | ik ga slapen stop | STOP
stop | afsluiten | STOP
stop | sluit af | STOP
stop | ik hoef niks meer | STOP
stop | nee dank je stop maar | STOP
stop | doei | STOP
stop | tot ziens | STOP
stop | ajo stop | STOP
stop | bale klaar | STOP
stop | welterusten stop | STOP
stop | hou er maar mee op | STOP
stop | ik heb genoeg gehoord | STOP
stop | heur stop maar | STOP
stop | joh stoppen | STOP
stop | de rit is klaar stop | STOP
stop | ik moet melken stop maar | STOP
stop | oké dat is genoeg voor vandaag | STOP
stop | zet hoofdsteden van de wereld maar uit | STOP
stop | mi ta kaba stop | STOP
stop | de pauze is voorbij stop | STOP
# cancel
cancel | annuleren | CANCEL
cancel | annuleer | CANCEL
cancel | annuleer maar | CANCEL
cancel | laat maar | CANCEL
cancel | laat maar zitten | CANCEL
cancel | jao laat maar | CANCEL
cancel | laat maar gast | CANCEL
cancel | laat maar schat | CANCEL
cancel | nee laat maar ouwe | CANCEL
cancel | vergeet het | CANCEL
cancel | vergeet het maar | CANCEL
cancel | vergeet die vraag | CANCEL
cancel | die vraag annuleren | CANCEL
cancel | nee toch niet | CANCEL
cancel | toch maar niet | CANCEL
cancel | dobre laat maar | CANCEL
cancel | nossa esquece laat maar | CANCEL
cancel | chale vergeet het | CANCEL
cancel | hai laat maar | CANCEL
cancel | adoe laat maar zitten | CANCEL
cancel | mien laat maar | CANCEL
cancel | dè laat maar | CANCEL
cancel | annuleer die vraag alexa | CANCEL
cancel | nee annuleren | CANCEL
cancel | ik bedoel niks laat maar | CANCEL
cancel | laat die hoofdstad maar | CANCEL
cancel | hoeft niet meer | CANCEL
cancel | niet meer nodig | CANCEL
cancel | bale vergeet het | CANCEL
cancel | ayo laat maar | CANCEL
cancel | arre laat maar | CANCEL
cancel | ajo laat maar dong | CANCEL
cancel | streep dat maar door | CANCEL
cancel | annuleer alles | CANCEL
cancel | nee wacht annuleer dat | CANCEL
cancel | schrap die vraag maar | CANCEL
cancel | jao doe maar niet | CANCEL
cancel | hoeft niet ouwe | CANCEL
cancel | madar jan zegt laat maar | CANCEL
cancel | da nu laat maar | CANCEL
cancel | tak tak annuleer | CANCEL
cancel | dè toch niet | CANCEL
cancel | laat maar zitten lieverd | CANCEL
cancel | ik hoef het al niet meer te weten | CANCEL
cancel | nee sorry verkeerde vraag annuleer | CANCEL
cancel | gewoon laat maar | CANCEL
cancel | stop die vraag maar annuleren | CANCEL
cancel | niet doen | CANCEL
cancel | laat die vraag maar vallen | CANCEL
cancel | de klant hoeft het niet meer laat maar | CANCEL
# launch
launch | alexa open hoofdsteden van de wereld | LAUNCH
launch | alexa start hoofdsteden van de wereld | LAUNCH
launch | alexa jao open hoofdsteden van de wereld | LAUNCH
launch | alexa gast start hoofdsteden van de wereld even | LAUNCH
launch | alexa dobre open hoofdsteden van de wereld | LAUNCH
launch | alexa nossa abre hoofdsteden van de wereld | LAUNCH
launch | alexa chale open hoofdsteden van de wereld | LAUNCH
launch | alexa adoe start hoofdsteden van de wereld | LAUNCH
launch | alexa hai deschide hoofdsteden van de wereld | LAUNCH
launch | alexa ouwe open hoofdsteden van de wereld | LAUNCH
launch | alexa mien start hoofdsteden van de wereld | LAUNCH
launch | alexa dè open hoofdsteden van de wereld | LAUNCH
launch | alexa schat zet hoofdsteden van de wereld aan | LAUNCH
launch | alexa op de bok start hoofdsteden van de wereld | LAUNCH
launch | alexa ik kan niet slapen open hoofdsteden van de wereld | LAUNCH
launch | alexa tijdens het songfestival open hoofdsteden van de wereld | LAUNCH
launch | alexa hoofdsteden van de wereld starten | LAUNCH
launch | alexa hoofdsteden van de wereld openen graag | LAUNCH
launch | alexa speel hoofdsteden van de wereld | LAUNCH
launch | alexa laat hoofdsteden van de wereld opstarten | LAUNCH
launch | alexa ik wil hoofdsteden van de wereld gebruiken | LAUNCH
launch | alexa kun je hoofdsteden van de wereld openen | LAUNCH
launch | alexa open de skill hoofdsteden van de wereld | LAUNCH
launch | alexa start de app hoofdsteden van de wereld | LAUNCH
launch | alexa begin met hoofdsteden van de wereld | LAUNCH
launch | alexa ga naar hoofdsteden van de wereld | LAUNCH
launch | alexa bale open hoofdsteden van de wereld | LAUNCH
launch | alexa ayo start hoofdsteden van de wereld | LAUNCH
launch | alexa arre open hoofdsteden van de wereld na | LAUNCH
launch | alexa ajo buka hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden van de wereld voor de kinderen | LAUNCH
launch | alexa start hoofdsteden van de wereld in de keuken | LAUNCH
launch | alexa doe hoofdsteden van de wereld | LAUNCH
launch | alexa hoofdsteden van de wereld alsjeblieft | LAUNCH
launch | alexa open hoofdsteden van de wereld in de nachtpauze | LAUNCH
launch | alexa lieverd start hoofdsteden van de wereld even | LAUNCH
launch | alexa open hoofdsteden van de wereld op de volkstuin | LAUNCH
launch | alexa he start hoofdsteden van de wereld | LAUNCH
launch | alexa de klant wil hoofdsteden van de wereld open | LAUNCH
launch | alexa activeer hoofdsteden van de wereld | LAUNCH
# follow-up: short questions within an open session
follow-up | en {} dan | ecuador=EC; peru=PE; paraguay=PY
follow-up | jao en {} | zweden=SE; finland=FI; noorwegen=NO
follow-up | en wat dacht je van {} | haïti=HT; cuba=CU; jamaica=JM
follow-up | ouwe en {} | ijsland=IS; ierland=IE; malta=MT
follow-up | dè en {} hè | oeganda=UG; rwanda=RW; kenia=KE
follow-up | en de hoofdstad van {} dan | turkmenistan=TM; oezbekistan=UZ; kirgizië=KG
follow-up | dobre en {} | moldavië=MD; georgië=GE; armenië=AM
follow-up | nossa e {} | uruguay=UY; chili=CL; venezuela=VE
follow-up | chale en {} | togo=TG; burkina faso=BF; niger=NE
follow-up | adoe en {} dan | oost-timor=TL; brunei=BN; filipijnen=PH
follow-up | mien en {} dan | senegal=SN; gambia=GM; mauritanië=MR
follow-up | schat en {} | bahama's=BS; barbados=BB; dominica=DM
follow-up | hé en {} | namibië=NA; botswana=BW; angola=AO
follow-up | ayo en {} | saint lucia=LC; grenada=GD; trinidad en tobago=TT
# yes-no-check
yes-no-check | alexa is {} | bern de hoofdstad van zwitserland=CH; zürich de hoofdstad van zwitserland=CH; genève de hoofdstad van zwitserland=CH
yes-no-check | alexa klopt het dat {} de hoofdstad van australië is | sydney=AU; melbourne=AU; canberra=AU
yes-no-check | alexa jao is {} de hoofdstad van turkije | istanbul=TR; ankara=TR; izmir=TR
yes-no-check | alexa is lagos nog steeds de hoofdstad van nigeria | NG
yes-no-check | alexa is casablanca de hoofdstad van marokko | MA
yes-no-check | alexa gast is toronto de hoofdstad van canada | CA
yes-no-check | alexa is new york de hoofdstad van amerika | US
yes-no-check | alexa klopt het dat rio de hoofdstad van brazilië is | BR
yes-no-check | alexa is dar es salaam de hoofdstad van tanzania | TZ
yes-no-check | alexa is almaty de hoofdstad van kazachstan | KZ
yes-no-check | alexa is yangon nog de hoofdstad van myanmar | MM
yes-no-check | alexa ouwe is tel aviv de hoofdstad van israël | IL
yes-no-check | alexa is karachi de hoofdstad van pakistan | PK
yes-no-check | alexa is auckland de hoofdstad van nieuw-zeeland | NZ
yes-no-check | alexa is abidjan de hoofdstad van ivoorkust | CI
yes-no-check | alexa is kaapstad de hoofdstad van zuid-afrika | ZA
yes-no-check | alexa is ho chi minhstad de hoofdstad van vietnam | VN
yes-no-check | alexa is sint petersburg de hoofdstad van rusland | RU
yes-no-check | alexa dè is amsterdam echt de hoofdstad | NL
yes-no-check | alexa is los angeles de hoofdstad van californië | US-CA
yes-no-check | alexa is chicago de hoofdstad van illinois | US-IL
yes-no-check | alexa is miami de hoofdstad van florida | US-FL
yes-no-check | alexa is montreal de hoofdstad van quebec | CA-QC
yes-no-check | alexa klopt het dat kiev de hoofdstad van oekraïne is | UA
yes-no-check | alexa is zürich nou wel of niet de hoofdstad | CH
yes-no-check | alexa is belo horizonte de hoofdstad van minas gerais | BR-MG
yes-no-check | alexa dushi is kralendijk de hoofdstad van bonaire | BQ
yes-no-check | alexa is mumbai de hoofdstad van india | IN
yes-no-check | alexa is bombay de hoofdstad van maharashtra | IN-MH
yes-no-check | alexa klopt het dat quebec ook de hoofdstad van quebec is | CA-QC
yes-no-check | alexa is benghazi de hoofdstad van libië | LY
# self-correction
self-correction | alexa wat is de hoofdstad van oostenrijk nee ik bedoel australië | AU
self-correction | alexa de hoofdstad van zweden nee zwitserland | CH
self-correction | alexa hoofdstad van slowakije eh slovenië | SI
self-correction | alexa de hoofdstad van irak nee iran sorry | IR
self-correction | alexa jao de hoofdstad van nigeria nee niger | NE
self-correction | alexa welke stad is hoofdstad van guinee nee guinee-bissau | GW
self-correction | alexa de hoofdstad van colombia wacht ik bedoel bolivia | BO
self-correction | alexa gast de hoofdstad van oeganda nee ik bedoel rwanda | RW
self-correction | alexa de hoofdstad van letland of nee litouwen | LT
self-correction | alexa de hoofdstad van gambia uh zambia | ZM
self-correction | alexa hoe heet de hoofdstad van mali nee malawi | MW
self-correction | alexa de hoofdstad van honduras nee ik bedoel el salvador | SV
self-correction | alexa ouwe de hoofdstad van denemarken nee noorwegen | NO
self-correction | alexa wat is de hoofdstad van armenië nee albanië bedoel ik | AL
self-correction | alexa de hoofdstad van mauritius nee mauritanië | MR
self-correction | alexa de hoofdstad van de staat new york nee new jersey | US-NJ
self-correction | alexa de hoofdstad van dominica nee de dominicaanse republiek | DO
self-correction | alexa schat wat is de hoofdstad van kameroen of nee ik bedoel gabon | GA
self-correction | alexa de hoofdstad van tunesië nee toch libië | LY
self-correction | alexa wat is de hoofdstad van paraguay sorry uruguay | UY
self-correction | alexa de hoofdstad van de kaaimaneilanden nee bermuda | BM
self-correction | alexa welke stad is de hoofdstad van oezbekistan nee kazachstan | KZ
# reverse-question
reverse-question | alexa van welk land is {} de hoofdstad | tegucigalpa=CITY:Tegucigalpa; ouagadougou=CITY:Ouagadougou; ulaanbaatar=CITY:Ulaanbaatar
reverse-question | alexa welk land heeft {} als hoofdstad | nairobi=CITY:Nairobi; lusaka=CITY:Lusaka; harare=CITY:Harare
reverse-question | alexa jao {} is de hoofdstad van welk land | vaduz=CITY:Vaduz; valletta=CITY:Valletta; reykjavik=CITY:Reykjavik
reverse-question | alexa waar is {} de hoofdstad van | windhoek=CITY:Windhoek; gaborone=CITY:Gaborone; maseru=CITY:Maseru
reverse-question | alexa gast {} is de hoofdstad van wat | bisjkek=CITY:Bisjkek; doesjanbe=CITY:Doesjanbe; asjchabad=CITY:Asjchabad
reverse-question | alexa van welke staat is {} de hoofdstad | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; albany=CITY:Albany
reverse-question | alexa welk land hoort bij de hoofdstad {} | montevideo=CITY:Montevideo; asunción=CITY:Asunción; quito=CITY:Quito
reverse-question | alexa in welk land is canberra de hoofdstad | CITY:Canberra
reverse-question | alexa van welk land is victoria de hoofdstad | CITY:Victoria
reverse-question | alexa welk land heeft de hoofdstad georgetown | CITY:Georgetown
reverse-question | alexa welke provincie heeft regina als hoofdstad | CITY:Regina
reverse-question | alexa van welke deelstaat is wiesbaden de hoofdstad | CITY:Wiesbaden
reverse-question | alexa thimphu is de hoofdstad van welk land | CITY:Thimphu
reverse-question | alexa van welk land is naypyidaw de hoofdstad | CITY:Naypyidaw
reverse-question | alexa funafuti is de hoofdstad van wat | CITY:Funafuti
reverse-question | alexa welk land heeft de hoofdstad port moresby | CITY:Port Moresby
reverse-question | alexa bij welk land hoort de hoofdstad dili | CITY:Dili
reverse-question | alexa welk land heeft moroni als hoofdstad | CITY:Moroni
# official-name
official-name | alexa wat is de hoofdstad van de {} | bondsrepubliek duitsland=DE; franse republiek=FR; republiek oostenrijk=AT
official-name | alexa wat is de hoofdstad van het {} | koninkrijk noorwegen=NO; koninkrijk zweden=SE; groothertogdom luxemburg=LU
official-name | alexa de hoofdstad van de {} graag | russische federatie=RU; volksrepubliek china=CN; islamitische republiek iran=IR
official-name | alexa wat is de hoofdstad van het verenigd koninkrijk van groot-brittannië en noord-ierland | GB
official-name | alexa de verenigde mexicaanse staten welke stad is hoofdstad | MX
official-name | alexa hoofdstad van de democratische volksrepubliek korea | KP
official-name | alexa welke stad is de hoofdstad van de republiek korea | KR
official-name | alexa de helleense republiek wat is daar de hoofdstad | GR
official-name | alexa hoe heet de hoofdstad van het hasjemitisch koninkrijk jordanië | JO
official-name | alexa de federale democratische republiek ethiopië welke hoofdstad heeft die | ET
official-name | alexa welke stad is hoofdstad van de socialistische republiek vietnam | VN
official-name | alexa de oostelijke republiek uruguay wat is daar de hoofdstad | UY
official-name | alexa noem de hoofdstad van de plurinationale staat bolivia | BO
official-name | alexa de arabische republiek egypte hoe heet de hoofdstad | EG
official-name | alexa wat is de hoofdstad van de bolivariaanse republiek venezuela | VE
official-name | alexa het koninkrijk der nederlanden wat is de officiële hoofdstad | NL
official-name | alexa de republiek der unie van myanmar welke stad is hoofdstad | MM
official-name | alexa hoe heet de hoofdstad van het vorstendom andorra | AD
official-name | alexa welke stad is hoofdstad van de zwitserse confederatie | CH
official-name | alexa de republiek van de unie van de comoren wat is de hoofdstad | KM
official-name | alexa het koninkrijk thailand hoe heet de hoofdstad | TH
# everyday-name
everyday-name | alexa zeg eens wat de hoofdstad van {} is | holland=NL; engeland=GB-ENG; amerika=US
everyday-name | alexa jao wat is de hoofdstad van {} | rusland=RU; wit-rusland=BY; tsjechië=CZ
everyday-name | alexa de hoofdstad van {} van vroeger | birma=MM; siam=TH; perzië=IR
everyday-name | alexa hoe heet de hoofdstad van groot-brittannië | GB
everyday-name | alexa wat is de capital van de states | US
everyday-name | alexa swaziland heet nu anders maar wat is de hoofdstad | SZ
everyday-name | alexa macedonië welke stad is daar hoofdstad | MK
everyday-name | alexa tsjechoslowakije bestaat niet meer wat is nu de hoofdstad van tsjechië | CZ
everyday-name | alexa de emiraten hoe heet de hoofdstad | AE
everyday-name | alexa hoofdstad van saoedi | SA
everyday-name | alexa heeft het vaticaan een hoofdstad | VA
everyday-name | alexa oost-timor of timor leste wat is daar de hoofdstad | TL
everyday-name | alexa welke stad is de hoofdstad van de dr congo | CD
everyday-name | alexa wat was de hoofdstad van zaïre | CD
everyday-name | alexa kampuchea hoe heet de hoofdstad | KH
everyday-name | alexa what's the capital of ivory coast | CI
everyday-name | alexa turkiye wat is de hoofdstad | TR
everyday-name | alexa bosnië welke stad is daar de hoofdstad | BA
everyday-name | alexa hoofdstad van trinidad | TT
everyday-name | alexa de filipijnen hoe heet hun hoofdstad | PH
everyday-name | alexa de bahama's wat is de hoofdstad daar | BS
everyday-name | alexa kaapverdië de eilanden welke stad is hoofdstad | CV
everyday-name | alexa de dominicaanse welke hoofdstad hebben ze | DO
# shared-name
shared-name | alexa georgië wat is de hoofdstad | GE
shared-name | alexa wat is nou de hoofdstad van georgia | GE+US-GA
shared-name | alexa korea welke stad is de hoofdstad | KP+KR
shared-name | alexa congo wat is daar de hoofdstad | CD+CG
shared-name | alexa hoe heet de hoofdstad van congo-brazzaville | CG
shared-name | alexa congo-kinshasa wat is daar de hoofdstad | CD
shared-name | alexa wat zijn de hoofdsteden van beide congo's | CD+CG
shared-name | alexa wat zijn de hoofdsteden van noord-korea en zuid-korea | KP+KR
shared-name | alexa guinee welke stad is de hoofdstad | GN
shared-name | alexa samoa hoe heet de hoofdstad | AS+WS
shared-name | alexa de onafhankelijke staat samoa welke hoofdstad | WS
shared-name | alexa sint-maarten de nederlandse kant wat is de hoofdstad | SX
shared-name | alexa saint-martin aan de franse kant welke stad is hoofdstad | MF
shared-name | alexa washington welke stad is de hoofdstad | US-WA
shared-name | alexa de maagdeneilanden wat is daar de hoofdstad | VG+VI
shared-name | alexa soedan hoe heet de hoofdstad | SD
shared-name | alexa luxemburg het land wat is de hoofdstad | LU
shared-name | alexa hoofdstad van macedonië het land | MK
shared-name | alexa dominica het eiland welke stad is hoofdstad | DM
shared-name | alexa new york de staat hoe heet de hoofdstad | US-NY
shared-name | alexa het land georgië in de kaukasus welke stad is de hoofdstad | GE
"""

if __name__ == "__main__":
    build_round(44, "nl", LINES, sys.argv, "tests/Eval/nl/round44/source/build_corpus.py")
