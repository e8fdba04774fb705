"""Round 42, Dutch (nl-NL): a new author's own mix, written blind at the start of the fifty-fourth session (brief
WRITER60.md). Speakers chosen apart from the groups of the Dutch round 41 (Veluwnaren, Betuwnaren, Leidenaren,
West-Friezen, Texelaars, Gooiers, Almeerders and Flevolanders, Iranian, Somali, Filipino, Italian ijssalon, South African,
Romanian and Bulgarian and Japanese speakers, dredging crews, radio amateurs, stamp collectors, crossword solvers, travel
agents, hotel reception, hairdressers, coffee roasters, customs officers, Formula 1, speed skating, pensioners in Spain,
the breakfast table, Wie is de Mol, the night feed) and from the groups it says rounds 40, 39 and 38 used (Groningers,
Hagenaars, Nijmegenaren, Volendammers, Urkers, Tukkers, Zeeuwen, Limburgers, Brabanders, Friezen, Flemish people,
Rotterdammers, Amsterdammers, Achterhoekers, Drenten, Utrechters; Syrian, Eritrean, Cape Verdean, Ghanaian, Indian,
Moluccan, Venezuelan, Colombian, Surinamese, Antillean, Aruban, Moroccan, Turkish, Polish, Ukrainian, Indo, English-speaking,
Afghan, Chinese, Brazilian and German speakers; inburgering learners, kleuters, tieners, grandparents, nurses, dairy
farmers, train conductors, soldiers, diplomats, couriers, canal-boat guides, truck drivers, bargemen, cabin crew, taxi
drivers, flower auction and library staff; the Songfestival, the Olympics, Sinterklaas, Koningsdag, tv and pub quizzes,
school topografie, the student house, game night, cooking, holidays, working from home, cycling, the football canteen,
Discord, choirs, bedtime, chess): Zaankanters of Zaandam and Krommenie ("ut", "hullie", "effies", "zellef", "nie"),
Haarlemmers ("hee joh", "nou", the Grote Markt, the Bavo), Dordtenaren ("effe", "kenne", "Dordt", the Biesbosch),
Kampenaren ("kiek effen", "oe heet", "ik weet 't nie"), Sallanders of Deventer and Raalte ("ik wete 't nie", "hef"),
bulb growers of the Bollenstreek (the Keukenhof, bulb exports), Vlaardingers and Maassluizers (herring, tugboats),
Vietnamese Dutch families ("ba", "me", "con", "troi oi", "da"), Portuguese Dutch ("olha", "pá", "obrigado", "avó",
"fixe"), Spanish Dutch children of the gastarbeiders ("oye", "vale", "venga", "hombre", "abuela"), Greek Dutch ("ela",
"yiayia", "pappou", "re", "malista"), Nigerian Dutch ("abeg", "oya", "no wahala", "my guy", "ehn"), Korean expats
(learner Dutch, "ne", "aigoo", "eomma", "appa", "juseyo"), Egyptian Dutch at home and at the iftar ("yalla", "khalas",
"inshallah", "ya habibi"), remigranten back from Canada, Australia and New Zealand (Dutch with English: "you know",
"what's the word", "anyway"); at work or in a hobby: pigeon fanciers (duivenmelders), interpreters (tolken), maritime
pilots and shipping agents (loodsen), birdwatchers (vogelaars), scouting, an IT helpdesk with offshore colleagues, the
GGD travel-vaccination desk, marathon runners; and in situations: a pupil's spreekbeurt or werkstuk at home, darts on
tv, Oranje at a World Cup on tv, oudejaarsavond, a dating-app match, planning a wedding, Echo Auto in a traffic jam.
Plus follow-ups, plural capitals, subdivisions and territories, yes/no checks, self-corrections, reverse questions,
official, everyday and old names, shared names, launch by the invocation name "hoofdsteden van de wereld", help, stop
and cancel in those speakers' words, and out-of-domain requests and near misses ("capital" in other senses, Dutch and
foreign regions the data does not hold).
`python3 tests/Eval/nl/round42/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 42's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Zaankanters (Zaandam, Wormerveer, Krommenie, Zaanse Schans): "ut", "hullie", "effies", "nie", "zellef"
zaankanters | alexa wat is ut hoofdstad van {} effies | peru=PE; ecuador=EC; paraguay=PY
zaankanters | alexa bij de zaanse schans stonden weer bussen vol mensen uit {} wat is daar de hoofdstad | china=CN; india=IN; thailand=TH
zaankanters | alexa hullie van de chocoladefabriek halen de cacao uit {} wat is de hoofdstad daarvan | ivoorkust=CI; ghana=GH; kameroen=CM
zaankanters | alexa m'n zwager werkt bij de houthandel en het hout komt uit {} hoe heet de hoofdstad | gabon=GA; congo-brazzaville=CG; liberia=LR
zaankanters | alexa ik weet ut zellef nie meer wat is de hoofdstad van {} | noorwegen=NO; zweden=SE; finland=FI
zaankanters | alexa de molenaar van de zaanse schans vroeg wat de hoofdstad van denemarken is | DK
zaankanters | alexa zeg ut effies wat is de hoofdstad van portugal | PT
zaankanters | alexa in krommenie hebben ze een nieuwe buurman uit {} wat is de hoofdstad van dat land | tadzjikistan=TJ; kirgizië=KG; turkmenistan=TM
zaankanters | alexa wat is de hoofdstad van de staat new jersey want daar woont m'n nicht | US-NJ
zaankanters | alexa de hoofdstad van {} is dat nie gewoon dezelfde naam | djibouti=DJ; singapore=SG; monaco=MC
zaankanters | alexa ut hoofdstad van canada is dat toronto of nie | CA
# Haarlemmers (the Grote Markt, the Spaarne, the Bavo, Kennemerland): "hee joh", "nou", "gewoon"
haarlemmers | alexa nou wat is de hoofdstad van {} dan | spanje=ES; italië=IT; griekenland=GR
haarlemmers | alexa op de grote markt spraken ze {} wat is daar eigenlijk de hoofdstad | israël=IL; libanon=LB; jordanië=JO
haarlemmers | hee joh alexa weet jij de hoofdstad van {} | vietnam=VN; laos=LA; cambodja=KH
haarlemmers | alexa in het frans hals museum hangt een schilderij uit {} welke stad is daar de hoofdstad | belgië=BE; polen=PL; rusland=RU
haarlemmers | alexa we gaan van haarlem met de veerboot naar {} wat is daar de hoofdstad | engeland=GB-ENG; schotland=GB-SCT; noord-ierland=GB-NIR
haarlemmers | alexa mijn dochter studeert aan de hogeschool met iemand uit {} wat is daar de hoofdstad | namibië=NA; botswana=BW; zimbabwe=ZW
haarlemmers | alexa gewoon even een vraag wat is de hoofdstad van malta | MT
haarlemmers | alexa wat is de hoofdstad van wales want daar komt de organist van de bavo vandaan | GB-WLS
haarlemmers | alexa de hoofdstad van de staat massachusetts is dat boston | US-MA
# Dordtenaren (Dordrecht, the Biesbosch, the Merwede): "Dordt", "effe", "kenne", "nie"
dordtenaren | alexa wat is effe de hoofdstad van {} | mexico=MX; guatemala=GT; honduras=HN
dordtenaren | alexa in de biesbosch zaten vogelaars uit {} kenne jij me de hoofdstad zeggen | slovenië=SI; kroatië=HR; servië=RS
dordtenaren | alexa hier in dordt wonen veel mensen uit {} wat is hun hoofdstad | irak=IQ; syrië=SY; jemen=YE
dordtenaren | alexa op de scheepswerf in dordt werken lassers uit {} wat is de hoofdstad daarvan | roemenië=RO; bulgarije=BG; montenegro=ME
dordtenaren | alexa dordt is de oudste stad van holland maar wat is de hoofdstad van {} | oostenrijk=AT; zwitserland=CH; hongarije=HU
dordtenaren | alexa ik weet het nie meer wat is de hoofdstad van el salvador | SV
dordtenaren | alexa de hoofdstad van {} ken jij die | nicaragua=NI; costa rica=CR; panama=PA
dordtenaren | alexa wat is de hoofdstad van sleeswijk-holstein | DE-SH
# Kampenaren (Kampen, IJsselmonding): "kiek", "oe", "wat is 't dan", "ik weet 't nie"
kampenaren | alexa kiek effen wat is de hoofdstad van {} | moldavië=MD; wit-rusland=BY; litouwen=LT
kampenaren | alexa oe heet de hoofdstad van {} ook alweer | letland=LV; estland=EE; ijsland=IS
kampenaren | alexa de koggeschip kwam vroeger uit {} wat is daar nou de hoofdstad | denemarken=DK; noorwegen=NO; zweden=SE
kampenaren | alexa ik weet 't nie wat is 't dan de hoofdstad van tunesië | TN
kampenaren | alexa op de theologische universiteit in kampen zit een student uit {} wat is de hoofdstad van zijn land | zuid-korea=KR; indonesië=ID; kenia=KE
kampenaren | alexa wat is de hoofdstad van overijssel | FB
kampenaren | alexa de hoofdstad van nedersaksen is dat hannover of bremen | DE-NI
kampenaren | alexa kiek wat is de hoofdstad van de staat ohio | US-OH
# Sallanders (Deventer, Raalte, Hellendoorn, Holten): "wat is dat", "hef", "ik wete 't nie", "wieder"
sallanders | alexa ik wete 't nie wat is de hoofdstad van {} | marokko=MA; algerije=DZ; libië=LY
sallanders | alexa op de deventer boekenmarkt lag een atlas van {} wat is daar de hoofdstad | mongolië=MN; nepal=NP; bhutan=BT
sallanders | alexa de buurman hef een vakantiehuisje in {} wat is daar de hoofdstad | frankrijk=FR; luxemburg=LU; andorra=AD
sallanders | alexa wat is de hoofdstad van {} dan zeg 't maar | nieuw-zeeland=NZ; australië=AU; fiji=FJ
sallanders | alexa in raalte op de kermis stond een man uit {} wat is de hoofdstad van dat land | armenië=AM; georgië=GE; azerbeidzjan=AZ
sallanders | alexa de hoofdstad van noordrijn-westfalen is dat keulen | DE-NW
sallanders | alexa wat is de hoofdstad van saksen-anhalt | DE-ST
# Bollenstreek (Lisse, Hillegom, Noordwijkerhout, the Keukenhof): bulb growers and exporters
bollenstreek | alexa we exporteren tulpenbollen naar {} wat is daar de hoofdstad | japan=JP; canada=CA; turkije=TR
bollenstreek | alexa in de keukenhof liep een groep toeristen uit {} wat is de hoofdstad van dat land | maleisië=MY; singapore=SG; de filipijnen=PH
bollenstreek | alexa de lelies gaan met de container naar {} welke stad is daar de hoofdstad | chili=CL; argentinië=AR; brazilië=BR
bollenstreek | alexa de bollenpellers dit jaar komen uit {} wat is de hoofdstad daar | litouwen=LT; polen=PL; slowakije=SK
bollenstreek | alexa de tulp komt oorspronkelijk uit {} wat is daar de hoofdstad | kazachstan=KZ; oezbekistan=UZ; iran=IR
bollenstreek | alexa de hoofdstad van de provincie brits-columbia want daar kopen ze veel bollen | CA-BC
bollenstreek | alexa wat is de hoofdstad van michigan daar heb je het tulpenfestival in holland michigan | US-MI
bollenstreek | alexa welke stad is de hoofdstad van de staat washington | US-WA
# Vlaardingers and Maassluizers (the haringvisserij, the Nieuwe Waterweg, the tugboats)
vlaardingers | alexa de hollandse nieuwe gaat ook naar {} wat is de hoofdstad daar | duitsland=DE; belgië=BE; zweden=SE
vlaardingers | alexa de sleepboot uit maassluis ligt nu bij {} wat is de hoofdstad van dat land | nigeria=NG; angola=AO; mauritanië=MR
vlaardingers | alexa mijn opa voer vroeger op de haring bij {} wat is daar de hoofdstad | de faeröer=FO; shetland=FB; ijsland=IS
vlaardingers | alexa op de nieuwe waterweg voer een tanker uit {} wat is de hoofdstad van dat land | liberia=LR; panama=PA; de marshalleilanden=MH
vlaardingers | alexa wat is de hoofdstad van groenland | GL
vlaardingers | alexa hoe heet de hoofdstad van de bahama's | BS
vlaardingers | alexa wat is de hoofdstad van noorwegen want daar komt de makreel vandaan | NO
# Vietnamese Dutch families (boat-refugee families and their children): "ba", "me", "con", "troi oi", "da"
vietnamese-nederlanders | alexa me vraagt wat is de hoofdstad van {} | vietnam=VN; cambodja=KH; thailand=TH
vietnamese-nederlanders | troi oi alexa wat was de hoofdstad van {} ook alweer | laos=LA; myanmar=MM; maleisië=MY
vietnamese-nederlanders | alexa ba zegt dat de hoofdstad van vietnam saigon is klopt dat | VN
vietnamese-nederlanders | alexa mijn ouders zijn met de boot via {} gekomen wat is daar de hoofdstad | hongkong=HK; de filipijnen=PH; indonesië=ID
vietnamese-nederlanders | alexa da wat is de hoofdstad van {} | china=CN; taiwan=TW; japan=JP
vietnamese-nederlanders | alexa con wil weten wat de hoofdstad van brunei is | BN
vietnamese-nederlanders | alexa mijn tante doet een nagelsalon en haar klant komt uit {} wat is de hoofdstad daarvan | oost-timor=TL; papoea-nieuw-guinea=PG; singapore=SG
vietnamese-nederlanders | alexa hanoi is toch de hoofdstad van vietnam of niet | VN
# Portuguese Dutch families: "olha", "pá", "obrigado", "avó", "fixe"
portugese-nederlanders | olha alexa wat is de hoofdstad van {} | portugal=PT; brazilië=BR; angola=AO
portugese-nederlanders | alexa de avó komt uit {} en ze wil weten wat daar de hoofdstad is | kaapverdië=CV; mozambique=MZ; guinee-bissau=GW
portugese-nederlanders | alexa pá wat is de hoofdstad van sao tomé en principe | ST
portugese-nederlanders | alexa wat is de hoofdstad van madeira | FB
portugese-nederlanders | alexa obrigado en wat is de hoofdstad van oost-timor | TL
portugese-nederlanders | alexa mijn neef speelt voetbal in {} wat is daar de hoofdstad | qatar=QA; saoedi-arabië=SA; de verenigde arabische emiraten=AE
portugese-nederlanders | alexa fixe en wat is de hoofdstad van de staat bahia | BR-BA
portugese-nederlanders | alexa olha wat is de hoofdstad van minas gerais | BR-MG
# Spanish Dutch families (children and grandchildren of the gastarbeiders): "oye", "vale", "venga", "abuela", "hombre"
spaanse-nederlanders | oye alexa wat is de hoofdstad van {} | spanje=ES; uruguay=UY; bolivia=BO
spaanse-nederlanders | alexa de abuela wil weten wat de hoofdstad van {} is | cuba=CU; de dominicaanse republiek=DO; puerto rico=PR
spaanse-nederlanders | alexa vale en de hoofdstad van {} | venezuela=VE; colombia=CO; equatoriaal-guinea=GQ
spaanse-nederlanders | alexa venga welke stad is de hoofdstad van andalusië | FB
spaanse-nederlanders | alexa hombre wat is de hoofdstad van jalisco | MX-JAL
spaanse-nederlanders | alexa mijn vader kwam in de jaren zestig uit galicië hoe heet de hoofdstad van spanje | ES
spaanse-nederlanders | alexa wat is de hoofdstad van de staat yucatán | MX-YUC
spaanse-nederlanders | alexa de hoofdstad van nuevo león is dat monterrey | MX-NLE
# Greek Dutch families: "ela", "yiayia", "pappou", "re", "malista"
griekse-nederlanders | ela alexa wat is de hoofdstad van {} | griekenland=GR; cyprus=CY; albanië=AL
griekse-nederlanders | alexa de yiayia vraagt wat de hoofdstad van {} is | turkije=TR; bulgarije=BG; noord-macedonië=MK
griekse-nederlanders | alexa re wat is de hoofdstad van kreta | FB
griekse-nederlanders | alexa malista en wat is de hoofdstad van egypte | EG
griekse-nederlanders | alexa pappou heeft op een schip gevaren naar {} wat is daar de hoofdstad | australië=AU; zuid-afrika=ZA; argentinië=AR
griekse-nederlanders | alexa in het restaurant hangt een kaart van {} wat is de hoofdstad daarvan | italië=IT; malta=MT; libië=LY
griekse-nederlanders | alexa de hoofdstad van macedonië is dat thessaloniki of skopje | MK
# Nigerian Dutch families: "abeg", "oya", "no wahala", "my guy", "ehn"
nigeriaanse-nederlanders | abeg alexa wat is de hoofdstad van {} | nigeria=NG; ghana=GH; benin=BJ
nigeriaanse-nederlanders | alexa oya vertel me de hoofdstad van {} | kameroen=CM; tsjaad=TD; niger=NE
nigeriaanse-nederlanders | alexa my guy is de hoofdstad van nigeria niet gewoon lagos | NG
nigeriaanse-nederlanders | alexa ehn wat is de hoofdstad van {} dan | togo=TG; burkina faso=BF; sierra leone=SL
nigeriaanse-nederlanders | alexa no wahala en wat is de hoofdstad van gambia | GM
nigeriaanse-nederlanders | alexa mijn oom woont in {} wat is de hoofdstad daar | liberia=LR; senegal=SN; guinee=GN
nigeriaanse-nederlanders | alexa abeg wat is de hoofdstad van texas want mijn nicht woont in houston | US-TX
# Korean expats in Eindhoven and Amsterdam (learner Dutch): "ne", "aigoo", "eomma", "appa", "juseyo"
koreaanse-expats | alexa ne wat is hoofdstad van {} | zuid-korea=KR; noord-korea=KP; mongolië=MN
koreaanse-expats | aigoo alexa ik vergeet hoofdstad van {} | australië=AU; nieuw-zeeland=NZ; canada=CA
koreaanse-expats | alexa eomma vraagt wat hoofdstad is van {} | duitsland=DE; frankrijk=FR; tsjechië=CZ
koreaanse-expats | alexa hoofdstad van de nederland is welke stad | NL
koreaanse-expats | alexa appa gaat zakenreis naar {} wat is hoofdstad daar | vietnam=VN; kazachstan=KZ; oezbekistan=UZ
koreaanse-expats | alexa juseyo hoofdstad van taiwan | TW
koreaanse-expats | alexa wat is de hoofdstad van de provincie ontario | CA-ON
# Egyptian Dutch families (also at the iftar table): "yalla", "khalas", "inshallah", "ya habibi", "mama"
egyptische-nederlanders | yalla alexa wat is de hoofdstad van {} | egypte=EG; soedan=SD; ethiopië=ET
egyptische-nederlanders | alexa bij de iftar vroeg mijn oom de hoofdstad van {} | saoedi-arabië=SA; koeweit=KW; bahrein=BH
egyptische-nederlanders | alexa khalas nog één vraag wat is de hoofdstad van {} | oman=OM; jemen=YE; qatar=QA
egyptische-nederlanders | alexa ya habibi wat is de hoofdstad van palestina | PS
egyptische-nederlanders | alexa mama zegt dat alexandrië de hoofdstad van egypte was vroeger wat is het nu | EG
egyptische-nederlanders | alexa wat is de hoofdstad van {} inshallah weet jij het | zuid-soedan=SS; eritrea=ER; djibouti=DJ
egyptische-nederlanders | alexa wat is de hoofdstad van de westelijke sahara | EH
# Remigranten and emigrant families back from Canada, Australia and New Zealand (older Dutch with English mixed in)
remigranten | alexa you know wat is de hoofdstad van {} | canada=CA; australië=AU; nieuw-zeeland=NZ
remigranten | alexa wij woonden vijftig jaar in alberta wat is daar de hoofdstad ook weer | CA-AB
remigranten | alexa hoe zeg je dat what's the capital van {} | tasmanië=AU-TAS; queensland=AU-QLD; manitoba=CA-MB
remigranten | alexa mijn kleinkinderen in perth vragen wat de hoofdstad van west-australië is | AU-WA
remigranten | alexa anyway wat is de hoofdstad van nieuw-zuid-wales | AU-NSW
remigranten | alexa oma ging in negentienvijftig met de boot naar {} wat is daar de hoofdstad | zuid-afrika=ZA; nieuw-zeeland=NZ; argentinië=AR
remigranten | alexa what's the word de hoofdstad van de northwest territories | CA-NT
remigranten | alexa wat is de hoofdstad van prins edwardeiland | CA-PE
remigranten | alexa whatever en wat is de hoofdstad van yukon | CA-YT
# Duivenmelders (pigeon fanciers: the lossing, the concours, the hok)
duivenmelders | alexa de duiven worden morgen gelost in {} wat is de hoofdstad van dat land | spanje=ES; frankrijk=FR; belgië=BE
duivenmelders | alexa een chinese koper uit {} wil mijn beste duif wat is daar de hoofdstad | china=CN; taiwan=TW; thailand=TH
duivenmelders | alexa de vereniging stuurt duiven naar een race in {} hoe heet de hoofdstad | zuid-afrika=ZA; roemenië=RO; portugal=PT
duivenmelders | alexa onze duif is opgevangen in {} wat is de hoofdstad daarvan | engeland=GB-ENG; ierland=IE; denemarken=DK
duivenmelders | alexa wat is de hoofdstad van catalonië want daar is de lossing van barcelona | FB
duivenmelders | alexa barcelona is dat de hoofdstad van spanje | ES
duivenmelders | alexa de hok van de buurman heeft een duif uit polen wat is de hoofdstad van polen | PL
# Tolken (interpreters at the IND, the court and the hospital)
tolken | alexa ik tolk morgen voor een cliënt uit {} wat is de hoofdstad van dat land | afghanistan=AF; tadzjikistan=TJ; pakistan=PK
tolken | alexa bij de rechtbank zat een verdachte uit {} welke stad is de hoofdstad | albanië=AL; kosovo=XK; servië=RS
tolken | alexa het ziekenhuis belde voor een patiënt uit {} wat is de hoofdstad daar | eritrea=ER; ethiopië=ET; somalië=SO
tolken | alexa ik tolk tigrinya en amhaars wat is de hoofdstad van eritrea | ER
tolken | alexa de cliënt zegt dat hij uit de hoofdstad van {} komt welke stad is dat | irak=IQ; iran=IR; syrië=SY
tolken | alexa voor het dossier wat is de hoofdstad van burundi | BI
tolken | alexa de ind vraagt de hoofdstad van {} | rwanda=RW; congo=CD+CG; oeganda=UG
tolken | alexa ik tolk swahili wat is de hoofdstad van tanzania | TZ
# Loodsen and shipping agents (the Maasmond, the IJmuiden sluices, flags of convenience)
loodsen | alexa ik breng een schip binnen onder de vlag van {} wat is de hoofdstad van dat land | malta=MT; cyprus=CY; antigua en barbuda=AG
loodsen | alexa de kapitein komt uit {} wat is daar de hoofdstad | de filipijnen=PH; oekraïne=UA; myanmar=MM
loodsen | alexa het schip vaart onder de vlag van {} weet jij de hoofdstad | saint vincent en de grenadines=VC; de bahama's=BS; de marshalleilanden=MH
loodsen | alexa de bulkcarrier komt uit {} hoe heet de hoofdstad | brazilië=BR; australië=AU; zuid-afrika=ZA
loodsen | alexa het containerschip is geregistreerd in {} wat is de hoofdstad daarvan | liberia=LR; singapore=SG; tuvalu=TV
loodsen | alexa de bemanning komt uit kiribati wat is de hoofdstad van kiribati | KI
loodsen | alexa wat is de hoofdstad van de kaaimaneilanden want daar staat de rederij ingeschreven | KY
loodsen | alexa de reder zit op bermuda wat is daar de hoofdstad | BM
# Vogelaars (birdwatchers: migration, the ringing station, the Oostvaardersplassen)
vogelaars | alexa de ooievaars overwinteren in {} wat is de hoofdstad daar | marokko=MA; mali=ML; senegal=SN
vogelaars | alexa de grutto vliegt naar {} wat is de hoofdstad van dat land | guinee-bissau=GW; gambia=GM; mauritanië=MR
vogelaars | alexa mijn geringde kanoet is teruggemeld in {} wat is daar de hoofdstad | namibië=NA; ghana=GH; guinee=GN
vogelaars | alexa een vogelaar uit {} zag de roze pelikaan wat is de hoofdstad van zijn land | hongarije=HU; roemenië=RO; oekraïne=UA
vogelaars | alexa wat is de hoofdstad van madagaskar want ik wil de endemen zien | MG
vogelaars | alexa ik ga vogels kijken op de galapagos wat is de hoofdstad van ecuador | EC
vogelaars | alexa welke stad is de hoofdstad van costa rica daar zitten de kolibries | CR
# Scouting (the troop, the jamboree, the kampvuur)
scouting | alexa op de jamboree stonden tenten van {} wat is daar de hoofdstad | zuid-korea=KR; de verenigde staten=US; chili=CL
scouting | alexa onze welpen hebben een penvriend uit {} wat is de hoofdstad | kenia=KE; malawi=MW; zambia=ZM
scouting | alexa voor de speurtocht wat is de hoofdstad van {} | bolivia=BO; nepal=NP; bhutan=BT
scouting | alexa de scouts van de zeeverkenners gaan naar {} wat is daar de hoofdstad | zweden=SE; finland=FI; noorwegen=NO
scouting | alexa de leiding vraagt wat is de hoofdstad van liechtenstein | LI
scouting | alexa bij het kampvuur wilde iedereen weten wat de hoofdstad van ijsland is | IS
scouting | alexa de wereld jamboree was in west virginia wat is daar de hoofdstad | US-WV
# Spreekbeurt (pupils preparing a class talk about a country, with a parent)
spreekbeurt | alexa ik hou mijn spreekbeurt over {} wat is de hoofdstad | ghana=GH; japan=JP; brazilië=BR
spreekbeurt | alexa voor mijn spreekbeurt moet ik weten wat de hoofdstad van {} is | egypte=EG; mexico=MX; peru=PE
spreekbeurt | alexa mama zegt ik moet het zelf opzoeken wat is de hoofdstad van {} | groenland=GL; canada=CA; rusland=RU
spreekbeurt | alexa ik doe mijn werkstuk over {} hoe heet de hoofdstad daar | jamaica=JM; cuba=CU; haïti=HT
spreekbeurt | alexa de juf wil dat we de hoofdstad van {} noemen | argentinië=AR; chili=CL; colombia=CO
spreekbeurt | alexa mijn spreekbeurt gaat over pandaberen wat is de hoofdstad van china | CN
spreekbeurt | alexa mijn spreekbeurt gaat over kangoeroes wat is de hoofdstad van australië | AU
# IT helpdesk (tickets, offshore colleagues, time zones)
ict-helpdesk | alexa de collega's van de servicedesk zitten in {} wat is de hoofdstad daar | india=IN; de filipijnen=PH; roemenië=RO
ict-helpdesk | alexa de developer in {} zet een ticket wat is de hoofdstad van dat land | oekraïne=UA; wit-rusland=BY; moldavië=MD
ict-helpdesk | alexa onze datacenter staat in {} wat is daar de hoofdstad | ierland=IE; luxemburg=LU; estland=EE
ict-helpdesk | alexa de klant belt uit {} wat is de hoofdstad van dat land | zuid-afrika=ZA; egypte=EG; nigeria=NG
ict-helpdesk | alexa het telefoonnummer begint met het landnummer van {} wat is de hoofdstad | sri lanka=LK; bangladesh=BD; pakistan=PK
ict-helpdesk | alexa de nieuwe collega komt uit bangalore wat is de hoofdstad van karnataka | IN-KA
ict-helpdesk | alexa het kantoor in hyderabad wat is de hoofdstad van telangana | IN-TS
ict-helpdesk | alexa wat is de hoofdstad van maharashtra want daar zit het callcenter | IN-MH
# Reisvaccinatie (at the GGD travel desk and at home before a trip)
reisvaccinatie | alexa ik moet een gele koorts prik voor {} wat is daar de hoofdstad | kameroen=CM; centraal-afrikaanse republiek=CF; gabon=GA
reisvaccinatie | alexa de ggd zegt malariapillen voor {} wat is de hoofdstad van dat land | mozambique=MZ; tanzania=TZ; madagaskar=MG
reisvaccinatie | alexa de verpleegkundige vroeg naar welke stad ik ga in {} wat is de hoofdstad daar | bangladesh=BD; pakistan=PK; nepal=NP
reisvaccinatie | alexa moet ik een prik voor {} en wat is daar de hoofdstad | guyana=GY; suriname=SR; frans-guyana=GF
reisvaccinatie | alexa wat is de hoofdstad van sierra leone ik moet daar voor werk naartoe | SL
reisvaccinatie | alexa ik ga naar de comoren wat is daar de hoofdstad | KM
reisvaccinatie | alexa de hoofdstad van mayotte want daar moet ik een prik voor | YT
# Marathonlopers (runners: marathons abroad, the training schema)
marathonlopers | alexa ik loop in april de marathon in de hoofdstad van {} welke stad is dat | oostenrijk=AT; tsjechië=CZ; griekenland=GR
marathonlopers | alexa de winnaar van de marathon van rotterdam komt uit {} wat is de hoofdstad daar | kenia=KE; ethiopië=ET; oeganda=UG
marathonlopers | alexa mijn loopmaatje gaat naar een marathon in {} wat is daar de hoofdstad | japan=JP; duitsland=DE; de verenigde staten=US
marathonlopers | alexa welke stad is de hoofdstad van massachusetts want daar is de boston marathon | US-MA
marathonlopers | alexa is berlijn de hoofdstad van duitsland ik loop daar in september | DE
marathonlopers | alexa ik ren de marathon in athene is dat de hoofdstad van griekenland | GR
# Darts on tv (the WK in the Ally Pally, the Premier League)
darts | alexa die darter komt uit {} wat is de hoofdstad van dat land | schotland=GB-SCT; wales=GB-WLS; noord-ierland=GB-NIR
darts | alexa er speelt een darter uit {} op het wk wat is daar de hoofdstad | de filipijnen=PH; japan=JP; litouwen=LT
darts | alexa de scheidsrechter van de darts zei {} wat is daar de hoofdstad | gibraltar=GI; het eiland man=IM; guernsey=GG
darts | alexa de darter uit hongkong wat is de hoofdstad daarvan | HK
darts | alexa tijdens de darts wat is de hoofdstad van jersey | JE
darts | alexa die darter komt uit het noorden van engeland wat is de hoofdstad van engeland | GB-ENG
# Oranjefans (the World Cup or the European Championship on tv)
oranjefans | alexa oranje speelt vanavond tegen {} wat is de hoofdstad van dat land | uruguay=UY; ecuador=EC; senegal=SN
oranjefans | alexa we moeten winnen van {} wat is daar de hoofdstad | argentinië=AR; kroatië=HR; oostenrijk=AT
oranjefans | alexa het wk is in {} wat is de hoofdstad daarvan | qatar=QA; mexico=MX; marokko=MA
oranjefans | alexa de scheidsrechter komt uit {} wat is daar de hoofdstad | slovenië=SI; slowakije=SK; montenegro=ME
oranjefans | alexa wat is de hoofdstad van de staat georgia want daar speelt oranje | US-GA
oranjefans | alexa oranje speelt in new jersey wat is de hoofdstad van new jersey | US-NJ
oranjefans | alexa is kaapstad de hoofdstad van zuid-afrika | ZA
# Oudejaarsavond (the countdown, oliebollen, new year in other time zones)
oudejaarsavond | alexa het is al nieuwjaar in {} wat is daar de hoofdstad | kiribati=KI; samoa=WS; tonga=TO
oudejaarsavond | alexa met de oliebollen op tafel wat is de hoofdstad van {} | nieuw-zeeland=NZ; fiji=FJ; vanuatu=VU
oudejaarsavond | alexa wie viert als laatste oudjaar amerikaans-samoa wat is daar de hoofdstad | AS
oudejaarsavond | alexa wat is de hoofdstad van {} daar is het ook al twaalf uur | japan=JP; zuid-korea=KR; australië=AU
oudejaarsavond | alexa na het vuurwerk nog even wat is de hoofdstad van de salomonseilanden | SB
oudejaarsavond | alexa de hoofdstad van {} daar vieren ze het ook | micronesië=FM; palau=PW; nauru=NR
# Datingapp (a date from abroad, at home on the couch)
datingapp | alexa mijn date komt uit {} wat is de hoofdstad daar | libanon=LB; jordanië=JO; tunesië=TN
datingapp | alexa ik heb een match uit {} hoe heet de hoofdstad van dat land | chili=CL; peru=PE; uruguay=UY
datingapp | alexa hij zegt dat hij uit de hoofdstad van {} komt welke stad is dat | trinidad en tobago=TT; barbados=BB; grenada=GD
datingapp | alexa ze woont in {} wat is de hoofdstad daarvan | slovenië=SI; bosnië en herzegovina=BA; kroatië=HR
datingapp | alexa ik wil indruk maken wat is de hoofdstad van armenië | AM
datingapp | alexa mijn date zegt dat de hoofdstad van turkije istanbul is klopt dat | TR
# Bruiloft (planning a wedding and the huwelijksreis)
bruiloft | alexa onze huwelijksreis gaat naar {} wat is de hoofdstad | mauritius=MU; de seychellen=SC; de malediven=MV
bruiloft | alexa de bruidegom komt uit {} wat is de hoofdstad van dat land | bolivia=BO; paraguay=PY; honduras=HN
bruiloft | alexa de getuige vliegt in uit {} welke stad is daar de hoofdstad | saint lucia=LC; dominica=DM; saint kitts en nevis=KN
bruiloft | alexa we trouwen op curaçao wat is de hoofdstad van curaçao | CW
bruiloft | alexa de tafels zijn vernoemd naar landen wat is de hoofdstad van belize | BZ
bruiloft | alexa de schoonfamilie komt uit {} wat is daar de hoofdstad | lesotho=LS; eswatini=SZ; zimbabwe=ZW
bruiloft | alexa voor de speech wat is de hoofdstad van bhutan | BT
# In de auto (Echo Auto in a traffic jam, kids on the back seat)
in-de-auto | alexa we staan in de file wat is de hoofdstad van {} | guatemala=GT; el salvador=SV; nicaragua=NI
in-de-auto | alexa de kinderen achterin vragen de hoofdstad van {} | sri lanka=LK; maleisië=MY; indonesië=ID
in-de-auto | alexa voor ons rijdt een auto uit {} wat is daar de hoofdstad | slowakije=SK; litouwen=LT; liechtenstein=LI
in-de-auto | alexa we rijden naar {} wat is de hoofdstad daarvan | andorra=AD; monaco=MC; san marino=SM
in-de-auto | alexa zijn we er al bijna en wat is de hoofdstad van mongolië | MN
in-de-auto | alexa op de snelweg bij venlo wat is de hoofdstad van duitsland | DE
in-de-auto | alexa nog drie uur rijden wat is de hoofdstad van de dominicaanse republiek | DO
# follow-up: a second question in the same conversation, often without the wake word
follow-up | en van {} | togo=TG; benin=BJ; niger=NE
follow-up | en die van {} dan | tuvalu=TV; nauru=NR; palau=PW
follow-up | oké en nu {} | kosovo=XK; bosnië=BA; servië=RS
follow-up | en wat is die van {} | jemen=YE; oman=OM; bahrein=BH
follow-up | en {} dan | ghana=GH; togo=TG; burkina faso=BF
follow-up | nog eentje {} | lesotho=LS; malawi=MW; zambia=ZM
follow-up | mooi en van {} | turkmenistan=TM; kirgizië=KG; tadzjikistan=TJ
follow-up | alexa en de hoofdstad van {} dan | mali=ML; niger=NE; tsjaad=TD
follow-up | en hoe zit het met {} | haïti=HT; jamaica=JM; cuba=CU
follow-up | en van het buurland {} | noord-korea=KP; laos=LA; bhutan=BT
follow-up | alexa en van dat land ernaast {} | zwitserland=CH; liechtenstein=LI; oostenrijk=AT
follow-up | en de volgende is {} | saint lucia=LC; grenada=GD; barbados=BB
follow-up | dank je en {} | eritrea=ER; djibouti=DJ; somalië=SO
follow-up | ja en nu {} graag | kaapverdië=CV; sao tomé en principe=ST; equatoriaal-guinea=GQ
follow-up | en van de staat {} | idaho=US-ID; montana=US-MT; wyoming=US-WY
follow-up | en de provincie {} | nova scotia=CA-NS; new brunswick=CA-NB; newfoundland=CA-NL
follow-up | en van {} in india | kerala=IN-KL; goa=IN-GA; assam=IN-AS
follow-up | en van {} in brazilië | pernambuco=BR-PE; ceará=BR-CE; paraná=BR-PR
# plural-capitals: countries with several capitals asked in the plural
plural-capitals | alexa wat zijn de hoofdsteden van {} | benin=BJ; bolivia=BO; ivoorkust=CI
plural-capitals | alexa welke hoofdsteden heeft {} | sri lanka=LK; maleisië=MY; nederland=NL
plural-capitals | alexa noem de hoofdsteden van {} | eswatini=SZ; zuid-afrika=ZA; palestina=PS
plural-capitals | alexa hoeveel hoofdsteden heeft {} en welke zijn het | zuid-afrika=ZA; bolivia=BO; benin=BJ
plural-capitals | alexa {} heeft toch twee hoofdsteden welke zijn dat | ivoorkust=CI; sri lanka=LK; maleisië=MY
plural-capitals | alexa wat zijn de twee hoofdsteden van {} | nederland=NL; eswatini=SZ; palestina=PS
plural-capitals | alexa de drie hoofdsteden van zuid-afrika welke zijn dat | ZA
plural-capitals | alexa mijn dochter zegt dat {} meer dan één hoofdstad heeft welke dan | benin=BJ; bolivia=BO; ivoorkust=CI
plural-capitals | alexa wat zijn eigenlijk de hoofdsteden van {} | maleisië=MY; sri lanka=LK; nederland=NL
plural-capitals | alexa welke steden zijn allemaal hoofdstad van {} | eswatini=SZ; zuid-afrika=ZA; benin=BJ
plural-capitals | alexa geef me alle hoofdsteden van {} | bolivia=BO; ivoorkust=CI; palestina=PS
plural-capitals | alexa wat zijn de hoofdsteden van swaziland | SZ
plural-capitals | alexa amsterdam en den haag zijn dat allebei hoofdsteden van nederland | NL
plural-capitals | alexa welke twee steden zijn de hoofdsteden van de staat jammu en kasjmir | IN-JK
plural-capitals | alexa wat zijn de hoofdsteden van uttarakhand | IN-UK
plural-capitals | alexa wat zijn de hoofdsteden van ivoorkust abidjan en | CI
plural-capitals | alexa sucre en la paz zijn dat de hoofdsteden van bolivia | BO
plural-capitals | alexa putrajaya en kuala lumpur welke is de hoofdstad van maleisië of zijn het er twee | MY
plural-capitals | alexa mijn opa zegt dat {} twee hoofdsteden heeft hoe heten die | bolivia=BO; sri lanka=LK; palestina=PS
plural-capitals | alexa voor mijn spreekbeurt welke hoofdsteden heeft {} allemaal | zuid-afrika=ZA; eswatini=SZ; ivoorkust=CI
plural-capitals | alexa de tolk vroeg wat de hoofdsteden van {} zijn | palestina=PS; bolivia=BO; zuid-afrika=ZA
plural-capitals | alexa in welke steden zit de regering van {} wat zijn de hoofdsteden | sri lanka=LK; eswatini=SZ; benin=BJ
plural-capitals | alexa noem eens alle hoofdsteden van {} | maleisië=MY; nederland=NL; zuid-afrika=ZA
plural-capitals | alexa ne wat zijn hoofdsteden van {} | sri lanka=LK; bolivia=BO; eswatini=SZ
plural-capitals | alexa wat zijn de hoofdsteden van {} voor de pubquiz van de scouting | palestina=PS; benin=BJ; maleisië=MY
plural-capitals | alexa pretoria kaapstad en bloemfontein zijn dat de hoofdsteden van zuid-afrika | ZA
plural-capitals | alexa colombo en kotte zijn dat de twee hoofdsteden van sri lanka | LK
plural-capitals | alexa ramallah en oost-jeruzalem zijn dat de hoofdsteden van palestina | PS
plural-capitals | alexa mbabane en lobamba welke van de twee is de hoofdstad van eswatini of allebei | SZ
plural-capitals | alexa porto-novo en cotonou zijn dat allebei hoofdsteden van benin | BJ
# subdivision: states, provinces, nations and territories
subdivision | alexa wat is de hoofdstad van de amerikaanse staat {} | alabama=US-AL; arkansas=US-AR; arizona=US-AZ
subdivision | alexa wat is de hoofdstad van {} in amerika | colorado=US-CO; connecticut=US-CT; delaware=US-DE
subdivision | alexa welke stad is de hoofdstad van {} | florida=US-FL; hawaï=US-HI; illinois=US-IL
subdivision | alexa hoe heet de hoofdstad van de staat {} | indiana=US-IN; kansas=US-KS; kentucky=US-KY
subdivision | alexa de hoofdstad van {} graag | louisiana=US-LA; maryland=US-MD; maine=US-ME
subdivision | alexa wat is de hoofdstad van {} in de vs | minnesota=US-MN; missouri=US-MO; mississippi=US-MS
subdivision | alexa weet jij de hoofdstad van {} | north carolina=US-NC; north dakota=US-ND; nebraska=US-NE
subdivision | alexa wat is de hoofdstad van {} daar in amerika | new hampshire=US-NH; new mexico=US-NM; nevada=US-NV
subdivision | alexa wat is nou de hoofdstad van {} | oklahoma=US-OK; oregon=US-OR; rhode island=US-RI
subdivision | alexa noem de hoofdstad van {} | south carolina=US-SC; south dakota=US-SD; tennessee=US-TN
subdivision | alexa wat is de hoofdstad van {} in de verenigde staten | utah=US-UT; virginia=US-VA; vermont=US-VT
subdivision | alexa de hoofdstad van {} welke stad is dat | wisconsin=US-WI; alaska=US-AK; californië=US-CA
subdivision | alexa is new york de hoofdstad van de staat new york | US-NY
subdivision | alexa wat is de hoofdstad van de deelstaat {} | beieren=DE-BY; hessen=DE-HE; saksen=DE-SN
subdivision | alexa de hoofdstad van het duitse {} | thüringen=DE-TH; brandenburg=DE-BB; saarland=DE-SL
subdivision | alexa wat is de hoofdstad van {} in duitsland | baden-württemberg=DE-BW; rijnland-palts=DE-RP; mecklenburg-voor-pommeren=DE-MV
subdivision | alexa wat is de hoofdstad van de canadese provincie {} | quebec=CA-QC; saskatchewan=CA-SK; nunavut=CA-NU
subdivision | alexa wat is de hoofdstad van de australische staat {} | victoria=AU-VIC; zuid-australië=AU-SA; het noordelijk territorium=AU-NT
subdivision | alexa wat is de hoofdstad van de indiase staat {} | tamil nadu=IN-TN; rajasthan=IN-RJ; gujarat=IN-GJ
subdivision | alexa welke stad is de hoofdstad van {} in india | uttar pradesh=IN-UP; bihar=IN-BR; west-bengalen=IN-WB
subdivision | alexa de hoofdstad van {} in het noordoosten van india | meghalaya=IN-ML; manipur=IN-MN; nagaland=IN-NL
subdivision | alexa wat is de hoofdstad van punjab | IN-PB
subdivision | alexa wat is de hoofdstad van de braziliaanse staat {} | amazonas=BR-AM; santa catarina=BR-SC; rio grande do sul=BR-RS
subdivision | alexa welke stad is de hoofdstad van {} in brazilië | pará=BR-PA; goiás=BR-GO; mato grosso=BR-MT
subdivision | alexa wat is de hoofdstad van de mexicaanse staat {} | chiapas=MX-CHP; oaxaca=MX-OAX; sonora=MX-SON
subdivision | alexa de hoofdstad van {} in mexico | veracruz=MX-VER; baja california=MX-BCN; quintana roo=MX-ROO
subdivision | alexa wat is de hoofdstad van {} in mexico | guerrero=MX-GRO; michoacán=MX-MIC; sinaloa=MX-SIN
subdivision | alexa wat is de hoofdstad van schotland edinburgh of glasgow | GB-SCT
subdivision | alexa wat is de hoofdstad van noord-ierland | GB-NIR
subdivision | alexa wat is de hoofdstad van {} het eiland | aruba=AW; sint-maarten=SX; bonaire=BQ
subdivision | alexa wat is de hoofdstad van {} in de caraïben | guadeloupe=GP; martinique=MQ; anguilla=AI
subdivision | alexa wat is de hoofdstad van {} het franse eiland | réunion=RE; nieuw-caledonië=NC; tahiti=FB
subdivision | alexa wat is de hoofdstad van frans-polynesië | PF
subdivision | alexa wat is de hoofdstad van de falklandeilanden | FK
subdivision | alexa wat is de hoofdstad van de turks en caicoseilanden | TC
subdivision | alexa de hoofdstad van {} welke plaats is dat | åland=AX; spitsbergen=SJ; sint-helena=SH
subdivision | alexa wat is de hoofdstad van guam | GU
subdivision | alexa wat is de hoofdstad van de cookeilanden | CK
subdivision | alexa wat is de hoofdstad van de andamanen en nicobaren | IN-AN
subdivision | alexa wat is de hoofdstad van ladakh | IN-LA
subdivision | alexa wat is de hoofdstad van het australian capital territory | AU-ACT
subdivision | alexa wat is de hoofdstad van sint eustatius | FB
subdivision | alexa wat is de hoofdstad van zeeland | FB
# yes-no-check: the speaker names a city and asks whether it is the capital
yes-no-check | alexa is {} de hoofdstad van australië | sydney=AU; melbourne=AU
yes-no-check | alexa klopt het dat zürich de hoofdstad van zwitserland is | CH
yes-no-check | alexa is rio de janeiro nog steeds de hoofdstad van brazilië | BR
yes-no-check | alexa is toronto de hoofdstad van canada | CA
yes-no-check | alexa is new york de hoofdstad van amerika | US
yes-no-check | alexa is almaty de hoofdstad van kazachstan | KZ
yes-no-check | alexa klopt het dat dar es salaam de hoofdstad van tanzania is | TZ
yes-no-check | alexa is lagos nou wel of niet de hoofdstad | NG
yes-no-check | alexa is casablanca de hoofdstad van marokko | MA
yes-no-check | alexa is yangon de hoofdstad van myanmar | MM
yes-no-check | alexa is karachi de hoofdstad van pakistan | PK
yes-no-check | alexa is abidjan een hoofdstad van ivoorkust | CI
yes-no-check | alexa is auckland de hoofdstad van nieuw-zeeland | NZ
yes-no-check | alexa is ho chi minhstad de hoofdstad van vietnam | VN
yes-no-check | alexa is tel aviv de hoofdstad van israël | IL
yes-no-check | alexa klopt het dat bern de hoofdstad is van zwitserland | CH
yes-no-check | alexa is rotterdam de hoofdstad van nederland | NL
yes-no-check | alexa is los angeles de hoofdstad van californië | US-CA
yes-no-check | alexa is miami de hoofdstad van florida | US-FL
yes-no-check | alexa is münchen de hoofdstad van beieren | DE-BY
yes-no-check | alexa is vancouver de hoofdstad van brits-columbia | CA-BC
yes-no-check | alexa klopt het dat douala de hoofdstad van kameroen is | CM
yes-no-check | alexa is guayaquil de hoofdstad van ecuador | EC
yes-no-check | alexa is istanbul niet de hoofdstad van turkije | TR
yes-no-check | alexa is de hoofdstad van bolivia la paz | BO
# self-correction: the speaker changes the place mid-sentence
self-correction | alexa wat is de hoofdstad van oostenrijk nee ik bedoel australië | AU
self-correction | alexa wat is de hoofdstad van slowakije eh slovenië | SI
self-correction | alexa de hoofdstad van zweden sorry zwitserland | CH
self-correction | alexa wat is de hoofdstad van niger nee nigeria | NG
self-correction | alexa wat is de hoofdstad van guinee of nee guinee-bissau | GW
self-correction | alexa wat is de hoofdstad van irak nee wacht iran | IR
self-correction | alexa hoofdstad van oeganda eh ik bedoel rwanda | RW
self-correction | alexa wat is de hoofdstad van letland of nee litouwen | LT
self-correction | alexa wat is de hoofdstad van de staat virginia nee west virginia | US-WV
self-correction | alexa wat is de hoofdstad van colombia nee sorry bolivia | BO
self-correction | alexa wat is de hoofdstad van gambia eh zambia | ZM
self-correction | alexa wat is de hoofdstad van mali nee malawi | MW
self-correction | alexa wat is de hoofdstad van mauritanië ik bedoel mauritius | MU
self-correction | alexa wat is de hoofdstad van dominica nee de dominicaanse republiek | DO
self-correction | alexa wat is de hoofdstad van soedan nee zuid-soedan | SS
self-correction | alexa de hoofdstad van noord-korea nee zuid-korea bedoel ik | KR
self-correction | alexa wat is de hoofdstad van saksen eh saksen-anhalt | DE-ST
self-correction | alexa de hoofdstad van armenië of nee albanië | AL
self-correction | alexa wat is de hoofdstad van tasmanië nee tanzania | TZ
self-correction | alexa wat is de hoofdstad van paraguay nee uruguay | UY
self-correction | alexa wat is de hoofdstad van kroatië wacht even ik bedoel kosovo | XK
self-correction | alexa wat is de hoofdstad van beieren eh nee laat maar | CANCEL
# reverse-question: the speaker names the capital and asks the place
reverse-question | alexa van welk land is {} de hoofdstad | ouagadougou=BF; bisjkek=KG; windhoek=NA
reverse-question | alexa {} is de hoofdstad van welk land | asmara=ER; ljubljana=SI; podgorica=ME
reverse-question | alexa in welk land ligt de hoofdstad {} | nouakchott=MR; paramaribo=SR; montevideo=UY
reverse-question | alexa waar is {} de hoofdstad van | tbilisi=GE; jerevan=AM; bakoe=AZ
reverse-question | alexa welk land heeft {} als hoofdstad | vientiane=LA; phnom penh=KH; ulaanbaatar=MN
reverse-question | alexa van welk land is victoria de hoofdstad | CITY:victoria
reverse-question | alexa kingston is de hoofdstad van welk land | CITY:kingston
reverse-question | alexa van welke staat is springfield de hoofdstad | US-IL
reverse-question | alexa la paz is de hoofdstad van wat | CITY:la paz
reverse-question | alexa van welke staat in india is chandigarh de hoofdstad | CITY:chandigarh
reverse-question | alexa van welk eiland is willemstad de hoofdstad | CW
reverse-question | alexa van welk land is bandar seri begawan de hoofdstad | BN
reverse-question | alexa waar is port moresby de hoofdstad van | PG
reverse-question | alexa welk land hoort bij de hoofdstad tegucigalpa | HN
reverse-question | alexa van welk land is nuku'alofa de hoofdstad | TO
reverse-question | alexa welk land heeft als hoofdstad antananarivo | MG
reverse-question | alexa georgetown is de hoofdstad van welk land | GY
reverse-question | alexa van welke staat is sacramento de hoofdstad | US-CA
# official-name: the country by its official or long name
official-name | alexa wat is de hoofdstad van de bondsrepubliek duitsland | DE
official-name | alexa wat is de hoofdstad van de volksrepubliek china | CN
official-name | alexa wat is de hoofdstad van de russische federatie | RU
official-name | alexa wat is de hoofdstad van de islamitische republiek iran | IR
official-name | alexa wat is de hoofdstad van de arabische republiek egypte | EG
official-name | alexa wat is de hoofdstad van de verenigde republiek tanzania | TZ
official-name | alexa de hoofdstad van de verenigde mexicaanse staten | MX
official-name | alexa wat is de hoofdstad van de bolivariaanse republiek venezuela | VE
official-name | alexa wat is de hoofdstad van de plurinationale staat bolivia | BO
official-name | alexa wat is de hoofdstad van het hasjemitisch koninkrijk jordanië | JO
official-name | alexa wat is de hoofdstad van het groothertogdom luxemburg | LU
official-name | alexa wat is de hoofdstad van het vorstendom liechtenstein | LI
official-name | alexa wat is de hoofdstad van de socialistische republiek vietnam | VN
official-name | alexa wat is de hoofdstad van de democratische volksrepubliek korea | KP
official-name | alexa wat is de hoofdstad van de republiek korea | KR
official-name | alexa wat is de hoofdstad van het sultanaat oman | OM
official-name | alexa wat is de hoofdstad van de syrische arabische republiek | SY
official-name | alexa wat is de hoofdstad van de federale democratische republiek ethiopië | ET
official-name | alexa wat is de hoofdstad van het koninkrijk der nederlanden | NL
official-name | alexa wat is de hoofdstad van de helleense republiek | GR
official-name | alexa wat is de hoofdstad van de oostelijke republiek uruguay | UY
official-name | alexa wat is de hoofdstad van de republiek der unie van myanmar | MM
official-name | alexa wat is de hoofdstad van de federale staten van micronesia | FM
official-name | alexa wat is de hoofdstad van de republiek côte d'ivoire | CI
official-name | alexa wat is de hoofdstad van het koninkrijk saoedi-arabië | SA
# everyday-name: the everyday or older name of a country
everyday-name | alexa wat is de hoofdstad van amerika | US
everyday-name | alexa wat is de hoofdstad van holland | NL
everyday-name | alexa wat is de hoofdstad van het vk | GB
everyday-name | alexa wat is de hoofdstad van de emiraten | AE
everyday-name | alexa wat is de hoofdstad van birma | MM
everyday-name | alexa wat is de hoofdstad van tsjechoslowakije | FB
everyday-name | alexa wat is de hoofdstad van perzië | IR
everyday-name | alexa wat is de hoofdstad van ceylon | LK
everyday-name | alexa wat is de hoofdstad van belgenland | BE
everyday-name | alexa wat is de hoofdstad van saoedi | SA
everyday-name | alexa wat is de hoofdstad van congo-kinshasa | CD
everyday-name | alexa wat is de hoofdstad van het vaticaan | VA
everyday-name | alexa wat is de hoofdstad van de dominicaanse | DO
everyday-name | alexa wat is de hoofdstad van trinidad | TT
everyday-name | alexa wat is de hoofdstad van papoea | PG
everyday-name | alexa wat is de hoofdstad van zaïre | CD
everyday-name | alexa wat is de hoofdstad van opper-volta | BF
everyday-name | alexa wat is de hoofdstad van siam | TH
everyday-name | alexa wat is de hoofdstad van groot-brittannië | GB
everyday-name | alexa wat is de hoofdstad van het verenigd koninkrijk | GB
everyday-name | alexa wat is de hoofdstad van bosnië | BA
everyday-name | alexa wat is de hoofdstad van oost-timor | TL
everyday-name | alexa wat is de hoofdstad van sint vincent | VC
everyday-name | alexa wat is de hoofdstad van sint kitts | KN
everyday-name | alexa wat is de hoofdstad van brits guyana | GY
everyday-name | alexa wat is de hoofdstad van nederlands-indië | ID
# shared-name: a name that means several places
shared-name | alexa wat is de hoofdstad van georgia | GE+US-GA
shared-name | alexa wat is de hoofdstad van congo | CD+CG
shared-name | alexa wat is de hoofdstad van korea | KP+KR
shared-name | alexa wat is de hoofdstad van samoa het eiland | AS+WS
shared-name | alexa wat is de hoofdstad van de maagdeneilanden | VG+VI
shared-name | alexa wat is de hoofdstad van sint maarten het hele eiland | MF+SX
shared-name | alexa wat is de hoofdstad van guinee en guinee-bissau | GN+GW
shared-name | alexa de hoofdstad van beide congo's | CD+CG
shared-name | alexa wat is de hoofdstad van noord-korea en zuid-korea | KP+KR
shared-name | alexa wat is de hoofdstad van soedan en zuid-soedan | SD+SS
shared-name | alexa wat is de hoofdstad van de twee georgia's | GE+US-GA
shared-name | alexa wat zijn de hoofdsteden van niger en nigeria | NE+NG
shared-name | alexa wat is de hoofdstad van de britse maagdeneilanden | VG
shared-name | alexa wat is de hoofdstad van de amerikaanse maagdeneilanden | VI
shared-name | alexa wat is de hoofdstad van het land georgië niet de staat | GE
shared-name | alexa wat is de hoofdstad van de staat mexico | MX-MEX
shared-name | alexa de hoofdstad van de republiek congo niet de democratische | CG
# launch: opening the skill by its invocation name
launch | alexa open hoofdsteden van de wereld | LAUNCH
launch | alexa start hoofdsteden van de wereld | LAUNCH
launch | alexa open even hoofdsteden van de wereld voor de kinderen | LAUNCH
launch | alexa zet hoofdsteden van de wereld aan | LAUNCH
launch | alexa speel hoofdsteden van de wereld | LAUNCH
launch | alexa begin met hoofdsteden van de wereld | LAUNCH
launch | alexa hoofdsteden van de wereld openen | LAUNCH
launch | alexa kun je hoofdsteden van de wereld openen | LAUNCH
launch | alexa wil je hoofdsteden van de wereld starten | LAUNCH
launch | alexa doe hoofdsteden van de wereld | LAUNCH
launch | alexa open de app hoofdsteden van de wereld | LAUNCH
launch | alexa start de skill hoofdsteden van de wereld | LAUNCH
launch | alexa ik wil hoofdsteden van de wereld spelen | LAUNCH
launch | alexa laten we hoofdsteden van de wereld doen | LAUNCH
launch | alexa mag ik hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden van de wereld alsjeblieft | LAUNCH
launch | alexa open eens hoofdsteden van de wereld | LAUNCH
launch | alexa gooi hoofdsteden van de wereld maar aan | LAUNCH
launch | alexa activeer hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden van de wereld voor mijn spreekbeurt | LAUNCH
launch | alexa we staan in de file start hoofdsteden van de wereld | LAUNCH
launch | yalla alexa open hoofdsteden van de wereld | LAUNCH
launch | oye alexa start hoofdsteden van de wereld | LAUNCH
launch | alexa ne hoofdsteden van de wereld open | LAUNCH
launch | alexa you know open hoofdsteden van de wereld | LAUNCH
launch | alexa open die hoofdsteden van de wereld nog een keer | LAUNCH
launch | alexa start hoofdsteden van de wereld opnieuw | LAUNCH
launch | alexa kiek effen hoofdsteden van de wereld openen | LAUNCH
launch | alexa open hoofdsteden van de wereld voor de duivenclub | LAUNCH
launch | alexa hé open hoofdsteden van de wereld | LAUNCH
launch | alexa open de hoofdsteden van de wereld | LAUNCH
launch | alexa start het spel hoofdsteden van de wereld | LAUNCH
launch | alexa ik wil de skill hoofdsteden van de wereld gebruiken | LAUNCH
launch | alexa open nou eens die hoofdsteden van de wereld | LAUNCH
launch | alexa zet voor de kinderen achterin hoofdsteden van de wereld aan | LAUNCH
launch | alexa ik wil oefenen met hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden van de wereld we gaan oefenen voor de spreekbeurt | LAUNCH
launch | alexa start even hoofdsteden van de wereld voor opa | LAUNCH
launch | alexa open hoofdsteden van de wereld voor de scouting | LAUNCH
launch | alexa start hoofdsteden van de wereld in de auto | LAUNCH
launch | alexa abeg open hoofdsteden van de wereld | LAUNCH
launch | alexa ela open hoofdsteden van de wereld | LAUNCH
launch | alexa olha start hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden van de wereld tijdens de rust | LAUNCH
launch | alexa opstarten hoofdsteden van de wereld | LAUNCH
launch | alexa kun je even hoofdsteden van de wereld voor me starten | LAUNCH
launch | alexa ik wil hoofdsteden van de wereld horen | LAUNCH
launch | alexa open hoofdsteden van de wereld ik heb een vraag | LAUNCH
launch | alexa hoofdsteden van de wereld aanzetten graag | LAUNCH
launch | alexa open hoofdsteden van de wereld voor de quiz op de bruiloft | LAUNCH
launch | alexa start hoofdsteden van de wereld na het vuurwerk | LAUNCH
# help: asking how the skill works, in those speakers' words
help | alexa hoe werkt dit | HELP
help | alexa wat kan ik hier vragen | HELP
help | alexa help me even | HELP
help | alexa ik snap het niet hoe moet dit | HELP
help | alexa wat moet ik zeggen | HELP
help | alexa hoe gebruik ik hoofdsteden van de wereld | HELP
help | alexa wat kun je allemaal | HELP
help | alexa wat kan ik aan je vragen | HELP
help | alexa uitleg graag | HELP
help | alexa leg het nog eens uit | HELP
help | alexa hoe vraag ik een hoofdstad | HELP
help | alexa wat zijn de opties | HELP
help | alexa ik weet niet wat ik moet doen | HELP
help | alexa kun je me helpen | HELP
help | alexa hulp | HELP
help | alexa hoe werkt het nou | HELP
help | alexa welke vragen snap je | HELP
help | alexa ik kom er niet uit | HELP
help | alexa wat bedoel je | HELP
help | alexa hoe moet ik dit spelen | HELP
help | alexa geef eens een voorbeeld | HELP
help | alexa wat moet ik nu doen | HELP
help | alexa hoe zeg ik het goed | HELP
help | alexa wat kan deze skill | HELP
help | alexa help ik ben de weg kwijt | HELP
help | alexa aigoo ik begrijp niet help | HELP
help | alexa abeg help me hoe werkt dit ding | HELP
help | alexa ela hoe werkt dat dan | HELP
help | alexa hoe werkt ut | HELP
help | alexa oe werkt dit nou | HELP
help | alexa you know hoe werkt dit ook alweer | HELP
help | alexa ne help alsjeblieft | HELP
help | alexa olha wat kan ik vragen | HELP
help | alexa oye hoe funciona dit | HELP
help | alexa yalla help | HELP
help | alexa troi oi hoe moet dit | HELP
help | alexa de kinderen weten niet wat ze moeten vragen help | HELP
help | alexa wat voor landen ken je | HELP
help | alexa kan ik ook staten vragen | HELP
help | alexa welke dingen kan ik bij jou vragen over hoofdsteden | HELP
help | alexa help met hoofdsteden van de wereld | HELP
help | alexa hoe kan ik een hoofdstad opvragen | HELP
help | alexa ik wil hulp | HELP
help | alexa leg eens uit wat ik kan zeggen | HELP
help | alexa wat zijn de commando's | HELP
# stop: ending the skill
stop | alexa stop | STOP
stop | alexa stop maar | STOP
stop | alexa hou op | STOP
stop | alexa stoppen | STOP
stop | alexa genoeg | STOP
stop | alexa het is goed zo | STOP
stop | alexa klaar | STOP
stop | alexa we zijn klaar | STOP
stop | alexa afsluiten | STOP
stop | alexa sluit af | STOP
stop | alexa sluit hoofdsteden van de wereld | STOP
stop | alexa stop met hoofdsteden van de wereld | STOP
stop | alexa ik ben klaar | STOP
stop | alexa hou er maar mee op | STOP
stop | alexa stop nou | STOP
stop | alexa kappen | STOP
stop | alexa kap ermee | STOP
stop | alexa uit | STOP
stop | alexa zet uit | STOP
stop | alexa doei | STOP
stop | alexa dat was het | STOP
stop | alexa dat was het wel | STOP
stop | alexa tot ziens | STOP
stop | alexa we stoppen ermee | STOP
stop | alexa einde | STOP
stop | alexa stop het spel | STOP
stop | alexa khalas stop | STOP
stop | alexa basta stop | STOP
stop | alexa vale stop maar | STOP
stop | alexa oya stop now | STOP
stop | alexa ne stop | STOP
stop | alexa stop ut maar | STOP
stop | alexa stop nou maar de wedstrijd begint | STOP
stop | alexa stop de file is voorbij | STOP
stop | alexa stop de duiven komen eraan | STOP
stop | alexa stop de oliebollen zijn klaar | STOP
stop | alexa stop ik moet gaan tolken | STOP
stop | alexa het is genoeg geweest stop | STOP
stop | alexa okay that's enough stop | STOP
stop | alexa stop ermee we gaan eten | STOP
stop | alexa hou nou maar op met die hoofdsteden | STOP
stop | alexa sluit de skill | STOP
stop | alexa stop de skill | STOP
stop | alexa ophouden | STOP
stop | alexa ik wil stoppen | STOP
stop | alexa stop we zijn er | STOP
stop | alexa stop de kinderen slapen | STOP
stop | alexa genoeg hoofdsteden voor vandaag | STOP
stop | alexa stop ik moet naar de hok | STOP
stop | alexa yalla stop nu | STOP
stop | alexa ela stop | STOP
# cancel: calling off the current request
cancel | alexa annuleer | CANCEL
cancel | alexa annuleren | CANCEL
cancel | alexa laat maar | CANCEL
cancel | alexa laat maar zitten | CANCEL
cancel | alexa vergeet het | CANCEL
cancel | alexa vergeet het maar | CANCEL
cancel | alexa laat ook maar | CANCEL
cancel | alexa nee laat maar | CANCEL
cancel | alexa hoeft niet meer | CANCEL
cancel | alexa niet nodig | CANCEL
cancel | alexa ik hoef het niet meer te weten | CANCEL
cancel | alexa nee toch niet | CANCEL
cancel | alexa laat dat maar | CANCEL
cancel | alexa breek af | CANCEL
cancel | alexa afbreken | CANCEL
cancel | alexa annuleer dat | CANCEL
cancel | alexa annuleer die vraag | CANCEL
cancel | alexa vergeet die vraag | CANCEL
cancel | alexa nee nee laat maar | CANCEL
cancel | alexa sorry laat maar | CANCEL
cancel | alexa nou laat ook maar | CANCEL
cancel | alexa laat maar ik weet het al | CANCEL
cancel | alexa laat maar de juf heeft het al gezegd | CANCEL
cancel | alexa laat maar ik zoek het zelf op | CANCEL
cancel | alexa hoeft al niet meer | CANCEL
cancel | alexa nee ik bedoel niks | CANCEL
cancel | alexa ik vroeg niks | CANCEL
cancel | alexa dat was niet de bedoeling | CANCEL
cancel | alexa per ongeluk | CANCEL
cancel | alexa nee fout laat maar | CANCEL
cancel | alexa khalas laat maar | CANCEL
cancel | alexa olha laat maar | CANCEL
cancel | alexa never mind | CANCEL
cancel | alexa forget it laat maar | CANCEL
cancel | alexa aigoo laat maar | CANCEL
cancel | alexa ehn laat maar | CANCEL
cancel | alexa laat ut maar | CANCEL
cancel | alexa nee hoeft nie | CANCEL
cancel | alexa laat maar ik vraag het aan opa | CANCEL
cancel | alexa annuleer maar | CANCEL
cancel | alexa stop die vraag maar laat maar | CANCEL
cancel | alexa ik trek mijn vraag in | CANCEL
cancel | alexa vergeet wat ik zei | CANCEL
cancel | alexa doe maar niet | CANCEL
cancel | alexa laat die hoofdstad maar | CANCEL
# out-of-domain: other requests and near misses, expecting the fallback
out-of-domain | alexa wat voor weer wordt het morgen in zaandam | FB
out-of-domain | alexa regent het vanmiddag in haarlem | FB
out-of-domain | alexa hoe warm is het nu in dordrecht | FB
out-of-domain | alexa wordt het droog voor de duivenvlucht zaterdag | FB
out-of-domain | alexa hoe hard waait het op de nieuwe waterweg | FB
out-of-domain | alexa wat is de watertemperatuur bij noordwijk | FB
out-of-domain | alexa hoe laat gaat de zon onder vandaag | FB
out-of-domain | alexa wat is het weer in lissabon | FB
out-of-domain | alexa hoe warm is het in hanoi | FB
out-of-domain | alexa regent het in lagos | FB
out-of-domain | alexa speel radio tien gold | FB
out-of-domain | alexa speel fado muziek | FB
out-of-domain | alexa speel iets van burna boy | FB
out-of-domain | alexa zet k-pop aan | FB
out-of-domain | alexa speel griekse muziek voor bij het eten | FB
out-of-domain | alexa speel de playlist voor de bruiloft | FB
out-of-domain | alexa speel het wilhelmus | FB
out-of-domain | alexa speel het volkslied van portugal | FB
out-of-domain | alexa zet de radio wat zachter | FB
out-of-domain | alexa harder | FB
out-of-domain | alexa volgende nummer | FB
out-of-domain | alexa pauzeer de muziek | FB
out-of-domain | alexa wie zingt dit liedje | FB
out-of-domain | alexa zet een timer op twintig minuten voor de oliebollen | FB
out-of-domain | alexa zet een wekker om half vijf ik moet loodsen | FB
out-of-domain | alexa herinner me eraan de duiven te voeren | FB
out-of-domain | alexa zet melk op de boodschappenlijst | FB
out-of-domain | alexa zet vissaus op het lijstje | FB
out-of-domain | alexa wat staat er op mijn boodschappenlijst | FB
out-of-domain | alexa bel oma in porto | FB
out-of-domain | alexa bel mijn broer in lagos | FB
out-of-domain | alexa doe het licht in de woonkamer uit | FB
out-of-domain | alexa doe de lampen in de keuken aan | FB
out-of-domain | alexa zet de verwarming op twintig graden | FB
out-of-domain | alexa hoe laat is het in seoul | FB
out-of-domain | alexa hoe laat is het nu in sydney | FB
out-of-domain | alexa hoe laat is het in toronto | FB
out-of-domain | alexa hoe laat is het in cairo | FB
out-of-domain | alexa wat is het tijdsverschil met vietnam | FB
out-of-domain | alexa hoeveel inwoners heeft nigeria | FB
out-of-domain | alexa hoeveel mensen wonen er in korea | FB
out-of-domain | alexa hoe groot is brazilië | FB
out-of-domain | alexa wat is de grootste stad van australië | FB
out-of-domain | alexa wat is de grootste stad van turkije | FB
out-of-domain | alexa wat is de grootste stad van zwitserland | FB
out-of-domain | alexa welke taal spreken ze in mozambique | FB
out-of-domain | alexa welke taal spreken ze in suriname | FB
out-of-domain | alexa wat is de munteenheid van hongarije | FB
out-of-domain | alexa met welke munt betaal je in egypte | FB
out-of-domain | alexa hoeveel is een euro in dollar | FB
out-of-domain | alexa wie is de president van nigeria | FB
out-of-domain | alexa wie is de koning van spanje | FB
out-of-domain | alexa wie is de premier van griekenland | FB
out-of-domain | alexa wie regeert er in portugal | FB
out-of-domain | alexa hoe ver is het van amsterdam naar lissabon | FB
out-of-domain | alexa hoe lang vliegen we naar seoul | FB
out-of-domain | alexa hoe lang duurt de vlucht naar curaçao | FB
out-of-domain | alexa waar ligt madagaskar | FB
out-of-domain | alexa waar ligt het land eritrea | FB
out-of-domain | alexa in welk werelddeel ligt kazachstan | FB
out-of-domain | alexa aan welke zee ligt vlaardingen | FB
out-of-domain | alexa wat is de langste rivier van afrika | FB
out-of-domain | alexa hoe hoog is de kilimanjaro | FB
out-of-domain | alexa wat is de hoogste berg van griekenland | FB
out-of-domain | alexa wat is het nationale gerecht van portugal | FB
out-of-domain | alexa wat is de vlag van vietnam | FB
out-of-domain | alexa welke kleuren heeft de vlag van nigeria | FB
out-of-domain | alexa wat is het volkslied van griekenland | FB
out-of-domain | alexa wat is het landnummer van ghana | FB
out-of-domain | alexa welk stopcontact hebben ze in engeland | FB
out-of-domain | alexa heb ik een visum nodig voor vietnam | FB
out-of-domain | alexa moet ik een prik voor thailand | FB
out-of-domain | alexa wanneer gaat de ggd open | FB
out-of-domain | alexa wat is de uitslag van oranje | FB
out-of-domain | alexa hoe laat speelt oranje vanavond | FB
out-of-domain | alexa wie heeft het wk voetbal gewonnen | FB
out-of-domain | alexa wat is de stand in de eredivisie | FB
out-of-domain | alexa wie speelt er vanavond bij de darts | FB
out-of-domain | alexa wie is de wereldkampioen darts | FB
out-of-domain | alexa hoeveel punten is een bullseye | FB
out-of-domain | alexa wat is de snelste marathontijd ooit | FB
out-of-domain | alexa hoe ver is een halve marathon | FB
out-of-domain | alexa hoeveel kilometer vliegt een postduif per uur | FB
out-of-domain | alexa waar overwinteren de grutto's | FB
out-of-domain | alexa welke vogel fluit er nu | FB
out-of-domain | alexa hoe laat is het hoogwater in hoek van holland | FB
out-of-domain | alexa wanneer bloeien de tulpen | FB
out-of-domain | alexa wanneer gaat de keukenhof open | FB
out-of-domain | alexa hoe laat is het suikerfeest dit jaar | FB
out-of-domain | alexa hoe laat is de iftar vandaag | FB
out-of-domain | alexa wanneer is het chinees nieuwjaar | FB
out-of-domain | alexa wanneer is het tet feest | FB
out-of-domain | alexa wanneer is het grieks pasen | FB
out-of-domain | alexa hoeveel dagen nog tot oud en nieuw | FB
out-of-domain | alexa gelukkig nieuwjaar | FB
out-of-domain | alexa vertel een mop | FB
out-of-domain | alexa vertel een grap over hoofdsteden | FB
out-of-domain | alexa zing een liedje | FB
out-of-domain | alexa wat is de hoofdprijs van de staatsloterij | FB
out-of-domain | alexa wat is een hoofdletter | FB
out-of-domain | alexa hoe schrijf je hoofdstad | FB
out-of-domain | alexa wat betekent het woord kapitaal | FB
out-of-domain | alexa wat is het startkapitaal voor een bv | FB
out-of-domain | alexa wat is het eigen vermogen van een bedrijf | FB
out-of-domain | alexa wat is het hoofdkantoor van shell | FB
out-of-domain | alexa waar staat het hoofdkantoor van ahold | FB
out-of-domain | alexa wat is de hoofdstad in monopoly | FB
out-of-domain | alexa wat is de duurste straat van monopoly | FB
out-of-domain | alexa wat is het hoofdstuk over afrika | FB
out-of-domain | alexa wat is de hoofdzaak | FB
out-of-domain | alexa wat is de hoofdstad van de mode | FB
out-of-domain | alexa wat is de culturele hoofdstad van europa dit jaar | FB
out-of-domain | alexa welke stad is de hoofdstad van de tulpen | FB
out-of-domain | alexa wat is de hoofdstad van de maan | FB
out-of-domain | alexa wat is de hoofdstad van mars | FB
out-of-domain | alexa wat is de hoofdstad van friesland | FB
out-of-domain | alexa wat is de hoofdstad van noord-holland | FB
out-of-domain | alexa wat is de hoofdstad van vlaanderen | FB
out-of-domain | alexa wat is de hoofdstad van wallonië | FB
out-of-domain | alexa wat is de hoofdstad van de algarve | FB
out-of-domain | alexa wat is de hoofdstad van beierland | FB
out-of-domain | alexa wat is de hoofdstad van lapland | FB
out-of-domain | alexa wat is de hoofdstad van siberië | FB
out-of-domain | alexa wat is de hoofdstad van biafra | FB
out-of-domain | alexa wat is de hoofdstad van patagonië | FB
out-of-domain | alexa wat is de hoofdstad van afrika | FB
out-of-domain | alexa wat is de hoofdstad van europa | FB
out-of-domain | alexa wat is de hoofdstad van de sahara | FB
out-of-domain | alexa wat is de hoofdstad van de zaanstreek | FB
out-of-domain | alexa wat is de hoofdstad van de bollenstreek | FB
out-of-domain | alexa wat is de hoofdstad van de betuwe | FB
out-of-domain | alexa wat is de hoofdstad van bali | FB
out-of-domain | alexa wat is de hoofdstad van sardinië | FB
out-of-domain | alexa wat is de hoofdstad van schotland in de middeleeuwen | FB
out-of-domain | alexa wat was de hoofdstad van het romeinse rijk | FB
out-of-domain | alexa wat was de hoofdstad van de sovjet-unie | FB
out-of-domain | alexa welke stad was vroeger de hoofdstad van joegoslavië | FB
out-of-domain | alexa wat is de grootste haven van europa | FB
out-of-domain | alexa wat is het drukste vliegveld van de wereld | FB
out-of-domain | alexa hoeveel landen zijn er in de wereld | FB
out-of-domain | alexa hoeveel landen zijn er in afrika | FB
out-of-domain | alexa welk land heeft de meeste inwoners | FB
out-of-domain | alexa welk land is het grootste van de wereld | FB
out-of-domain | alexa welk land is het kleinste | FB
out-of-domain | alexa welke landen grenzen aan duitsland | FB
out-of-domain | alexa wat is een landsmunt | FB
out-of-domain | alexa wat is de kortste weg naar lisse | FB
out-of-domain | alexa is er file op de a vier | FB
out-of-domain | alexa hoe druk is het op de ring van amsterdam | FB
out-of-domain | alexa navigeer naar de keukenhof | FB
out-of-domain | alexa waar is het dichtstbijzijnde tankstation | FB
out-of-domain | alexa hoe laat gaat de trein naar kampen | FB
out-of-domain | alexa wanneer komt de bus in raalte | FB
out-of-domain | alexa vertaal dank je wel in het koreaans | FB
out-of-domain | alexa wat is goedemorgen in het grieks | FB
out-of-domain | alexa hoe zeg je hoofdstad in het portugees | FB
out-of-domain | alexa wat betekent abeg | FB
out-of-domain | alexa wat betekent troi oi | FB
out-of-domain | alexa hoe spel je ouagadougou | FB
out-of-domain | alexa hoe spreek je reykjavik uit | FB
out-of-domain | alexa wat is vijf keer zeven | FB
out-of-domain | alexa wat is de wortel van honderdvierenveertig | FB
out-of-domain | alexa hoeveel kilometer is een mijl | FB
out-of-domain | alexa wat is een recept voor pho | FB
out-of-domain | alexa hoe maak ik bacalhau | FB
out-of-domain | alexa hoe lang moet een ei koken | FB
out-of-domain | alexa hoeveel calorieën zit er in een oliebol | FB
out-of-domain | alexa wat is het nieuws | FB
out-of-domain | alexa wat is het laatste nieuws uit griekenland | FB
out-of-domain | alexa lees het nieuws van de nos voor | FB
out-of-domain | alexa welke film draait er in de bioscoop | FB
out-of-domain | alexa wat is een leuke serie op netflix | FB
out-of-domain | alexa wie heeft de marathon van rotterdam gewonnen | FB
out-of-domain | alexa hoeveel graden is het in het stadion | FB
out-of-domain | alexa wat is een goede naam voor een duif | FB
out-of-domain | alexa wat is een leuke openingszin voor een date | FB
out-of-domain | alexa wat trek ik aan naar een bruiloft | FB
out-of-domain | alexa waar gaan we op huwelijksreis | FB
out-of-domain | alexa wat is een mooi cadeau voor een bruidspaar | FB
out-of-domain | alexa reset mijn wachtwoord | FB
out-of-domain | alexa maak een ticket aan | FB
out-of-domain | alexa wanneer is de volgende vergadering | FB
out-of-domain | alexa wat staat er in mijn agenda | FB
out-of-domain | alexa hoeveel dagen tot mijn spreekbeurt | FB
out-of-domain | alexa wat eten kangoeroes | FB
out-of-domain | alexa hoe oud wordt een panda | FB
out-of-domain | alexa waarom is de lucht blauw | FB
out-of-domain | alexa hoeveel sterren zijn er | FB
out-of-domain | alexa wie ben jij eigenlijk | FB
out-of-domain | alexa ben je er nog | FB
out-of-domain | alexa ik hou van je | FB
out-of-domain | alexa goedemorgen | FB
out-of-domain | alexa hallo | FB
out-of-domain | alexa wat vind jij de mooiste stad | FB
out-of-domain | alexa welk land is het mooiste | FB
out-of-domain | alexa welke hoofdstad is het mooist | FB
out-of-domain | alexa welke hoofdstad is het grootst | FB
out-of-domain | alexa welke hoofdstad ligt het hoogst | FB
out-of-domain | alexa wat is de koudste hoofdstad ter wereld | FB
out-of-domain | alexa hoeveel hoofdsteden zijn er in de wereld | FB
out-of-domain | alexa hoeveel inwoners heeft de hoofdstad van nigeria | FB
out-of-domain | alexa hoe ver is de hoofdstad van spanje van de zee | FB
out-of-domain | alexa wie is de burgemeester van de hoofdstad | FB
out-of-domain | alexa wat is er te doen in de hoofdstad dit weekend | FB
out-of-domain | alexa wat is de hoofdstad | FB
out-of-domain | alexa hoofdstad | FB
out-of-domain | alexa welke hoofdstad | FB
out-of-domain | alexa de hoofdstad van eh | FB
out-of-domain | alexa wat is de hoofdstad van eh hoe heet het ook alweer | FB
out-of-domain | alexa van welk land | FB
"""

if __name__ == "__main__":
    build_round(42, "nl", LINES, sys.argv, "tests/Eval/nl/round42/source/build_corpus.py")
