"""Round 29, Dutch (nl-NL): a new author's own mix, written blind (brief WRITER41.md). Speakers chosen away from the
groups the four latest Dutch rounds (25 to 28) used: Groningers from Stad and the Ommeland ("moi", "ik wait t nait",
"hest", "kinnen ie", "zeg mor", "goud", the Martinitoren), Amsterdammers from the Jordaan and the Dappermarkt ("tjonge",
"gozer", "jochie", "lekker belangrijk", "mokum", "d'r"), Limburgers from Venlo and Roermond ("hoe is t", "ich weet t
neet", "jóng", "ech waor", "allein", vasteloavend), Curaçaoan and Antillean Dutch ("bon dia", "dushi", "ayo", "danki",
"mi no sa", "ta kiko", "bo sa"), Ghanaian Dutch in the Bijlmer ("chale", "how far", "oh massa", English mixing, church in
Zuidoost), Germans living in the Netherlands ("also", "genau", "na ja", "bitte", "danke", "hauptstadt", "tschüss"),
Indian expats in Amstelveen ("yaar", "accha", "chalo", "matlab", "kya hai", "na"), Somali Dutch ("walaal", "haa",
"mahadsanid", "wallahi"), Afghan newcomers ("bale", "tashakor jan", the taalmaatje, missing articles and verb-last
order), Brazilian students ("nossa", "né", "tá", "obrigada", "gente"), and Gooi teenagers with English in their Dutch
("oh my god", "literally", "no way", "lowkey", "capital city", "for real", a topo test). Situations: a blind elderly man
with the Echo as company, a dairy farmer during milking, a night-shift nurse, a taxi driver at Schiphol, a hair salon,
writing Sinterklaas poems and surprises, a hockey club canteen, a bridge club, a church choir on tour, homeschooling at
the kitchen table, a child who stutters and one with a teacher's task, the Koningsdag flea market, sailors on the
IJsselmeer, a drinking game in a Groningen student house, a gamer playing GeoGuessr, a baker at four in the morning.
Plus follow-ups, yes/no checks (right and wrong guesses), self-corrections ("nee wacht", "eh nee", "of nee ik bedoel",
"sorry", "verkeerd", "oh nee", "wacht even ik bedoel"), reverse questions, official, old and everyday names, shared
names, plurals, subdivisions and territories, one-shot requests through "hoofdsteden van de wereld", launch, help, stop
and cancel in those speakers' words, out-of-domain requests and near misses (hoofdletter, startkapitaal, Dutch and other
provinces and regions, continents, fictional and former countries, "modehoofdstad"), and what nl-NL recognition writes
(lost diaeresis, split and joined words, phonetic and German-influenced spellings).
`python3 tests/Eval/nl/round29/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 29's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Groningers (Stad en Ommeland)
groningers | moi alexa wat is de hoofdstad van {} zeg mor | frankrijk=FR; zwitserland=CH; andorra=AD
groningers | ik wait t nait wat is de hoofdstad van {} | oostenrijk=AT; albanië=AL; armenië=AM
groningers | hest doe n idee wat de hoofdstad van {} is | angola=AO; argentinië=AR; australië=AU
groningers | wat mos ik zeggen de hoofdstad van {} | azerbeidzjan=AZ; barbados=BB; bangladesh=BD
groningers | moi moi wat is t hoofdstad van {} | belgië=BE; burkina faso=BF; bulgarije=BG
groningers | mien opa vragt wat de hoofdstad van {} is | bahrein=BH; burundi=BI; brunei=BN
groningers | bie de martinitoren vroeg ain mie de hoofdstad van {} | brazilië=BR; bhutan=BT; botswana=BW
groningers | kinnen ie mie zeggen wat de hoofdstad van {} is | belarus=BY; belize=BZ; canada=CA
groningers | in stad zit n student uut {} wat is doar de hoofdstad | chili=CL; kameroen=CM; china=CN
groningers | goud ja en wat is den de hoofdstad van {} | colombia=CO; costa rica=CR; cuba=CU
# Amsterdammers uit de Jordaan en van de Dappermarkt
jordaan | tjonge jonge alexa wat was nou de hoofdstad van {} | kaapverdië=CV; cyprus=CY; tsjechië=CZ
jordaan | gozer zeg es wat de hoofdstad van {} is | duitsland=DE; djibouti=DJ; denemarken=DK
jordaan | op de dappermarkt staat een vent uit {} wat is d'r hoofdstad | dominica=DM; algerije=DZ; ecuador=EC
jordaan | nou vertel op wat is de hoofdstad van {} | estland=EE; egypte=EG; eritrea=ER
jordaan | lekker belangrijk maar wat is de hoofdstad van {} dan | spanje=ES; ethiopië=ET; finland=FI
jordaan | mijn ouwe moeder in de jordaan wil weten de hoofdstad van {} | fiji=FJ; gabon=GA; grenada=GD
jordaan | zeg jochie wat is de hoofdstad van {} nou eigenlijk | georgië=GE; ghana=GH; gambia=GM
jordaan | in het café hebben ze ruzie over de hoofdstad van {} | guinee=GN; equatoriaal-guinea=GQ; griekenland=GR
# Limburgers uit Venlo en Roermond
limburgs | hoe is t alexa wat is de hoofdstad van {} | guatemala=GT; guinee-bissau=GW; guyana=GY
limburgs | ich weet t neet wat is de hoofdstad van {} | honduras=HN; kroatië=HR; haïti=HT
limburgs | jóng wat is toch de hoofdstad van {} | hongarije=HU; indonesië=ID; ierland=IE
limburgs | mit vasteloavend kwame luuj oet {} wat is dao de hoofdstad | israël=IL; india=IN; irak=IQ
limburgs | ech waor wat is de hoofdstad van {} | iran=IR; ijsland=IS; italië=IT
limburgs | mien vrouw vreug wat de hoofdstad van {} is | jamaica=JM; jordanië=JO; japan=JP
# Curaçaose en Antilliaanse Nederlanders
antilliaans | bon dia alexa ta kiko de hoofdstad van {} | kenia=KE; kirgizië=KG; cambodja=KH
antilliaans | ayo dushi zeg mij de hoofdstad van {} | kiribati=KI; comoren=KM; saint kitts en nevis=KN
antilliaans | mi no sa wat is de hoofdstad van {} | koeweit=KW; kazachstan=KZ; laos=LA
antilliaans | danki maar wat is nu de hoofdstad van {} | libanon=LB; saint lucia=LC; liechtenstein=LI
antilliaans | mijn tante op bonaire vraagt de hoofdstad van {} | liberia=LR; lesotho=LS; litouwen=LT
antilliaans | bo sa kiko de hoofdstad van {} is | luxemburg=LU; letland=LV; libië=LY
# Ghanese Nederlanders in de Bijlmer
ghanees | chale alexa please what is de hoofdstad van {} | marokko=MA; monaco=MC; moldavië=MD
ghanees | how far alexa wat is hoofdstad van {} | montenegro=ME; madagaskar=MG; marshalleilanden=MH
ghanees | oh massa ik wil weten hoofdstad van {} | noord-macedonië=MK; mali=ML; myanmar=MM
ghanees | in de kerk in zuidoost er is broeder uit {} wat is hoofdstad daar | mongolië=MN; mauritanië=MR; malta=MT
ghanees | please tell me de hoofdstad van {} ok | mauritius=MU; maldiven=MV; malawi=MW
# Duitsers die in Nederland wonen
duitsers | also alexa was is de hoofdstad van {} | mexico=MX; mozambique=MZ; namibië=NA
duitsers | genau en de hoofdstad van {} is welke stad | niger=NE; nigeria=NG; nicaragua=NI
duitsers | na ja ik weet niet zo goed de hoofdstad van {} bitte | noorwegen=NO; nepal=NP; nauru=NR
duitsers | entschuldigung wat is de hauptstadt eh hoofdstad van {} | nieuw-zeeland=NZ; oman=OM; panama=PA
duitsers | ik kom uit keulen en wil weten de hoofdstad van {} | peru=PE; papoea-nieuw-guinea=PG; filipijnen=PH
duitsers | danke alexa en dan nog de hoofdstad van {} | pakistan=PK; polen=PL; portugal=PT
# Indiase expats in Amstelveen
indiaas | yaar alexa what is hoofdstad of {} | palau=PW; paraguay=PY; qatar=QA
indiaas | accha tell me de hoofdstad van {} na | roemenië=RO; servië=RS; rusland=RU
indiaas | my son's school project hoofdstad van {} please | rwanda=RW; saoedi-arabië=SA; salomonseilanden=SB
indiaas | chalo alexa capital van {} wat is het | seychellen=SC; soedan=SD; zweden=SE
indiaas | matlab wat is de hoofdstad van {} exactly | singapore=SG; slovenië=SI; slowakije=SK
# Somalische Nederlanders
somalisch | walaal alexa wat is hoofdstad van {} | sierra leone=SL; san marino=SM; senegal=SN
somalisch | haa ik wil weten hoofdstad {} | somalië=SO; suriname=SR; zuid-soedan=SS
somalisch | mahadsanid alexa en hoofdstad van {} wat is | sao tomé en principe=ST; el salvador=SV; syrië=SY
# Afghaanse nieuwkomers
afghaans | bale alexa hoofdstad van {} is wat | tsjaad=TD; togo=TG; thailand=TH
afghaans | tashakor jan ik vraag hoofdstad van {} | tadzjikistan=TJ; oost-timor=TL; turkmenistan=TM
afghaans | mijn taalmaatje zegt vraag alexa hoofdstad van {} | tunesië=TN; tonga=TO; turkije=TR
afghaans | alexa alstublieft ik moet weten hoofdstad {} voor les | trinidad en tobago=TT; tuvalu=TV; tanzania=TZ
# Braziliaanse studenten
braziliaans | nossa alexa wat is de hoofdstad van {} né | oekraïne=UA; oeganda=UG; verenigde staten=US
braziliaans | tá alexa de hoofdstad van {} wat is het | uruguay=UY; oezbekistan=UZ; saint vincent en de grenadines=VC
braziliaans | obrigada en de hoofdstad van {} | venezuela=VE; vietnam=VN; vanuatu=VU
braziliaans | ik leer nederlands wat is hoofdstad van {} | samoa=WS; jemen=YE; zambia=ZM
# Gooise tieners met Engels erdoorheen
gooise-tieners | oh my god alexa wat is literally de capital van {} | zimbabwe=ZW; verenigd koninkrijk=GB; afghanistan=AF
gooise-tieners | no way wat is de hoofdstad van {} like echt | verenigde arabische emiraten=AE; antigua en barbuda=AG; bosnië en herzegovina=BA
gooise-tieners | lowkey weet ik niet de hoofdstad van {} | centraal-afrikaanse republiek=CF; dominicaanse republiek=DO; micronesia=FM
gooise-tieners | wacht wat is de capital city van {} | bahama's=BS; sri lanka=LK; zuid-korea=KR
gooise-tieners | ik heb morgen een topo toets wat is de hoofdstad van {} | noord-korea=KP; democratische republiek congo=CD; republiek congo=CG
# Een blinde oudere man met de Echo als gezelschap
blinde-oudere | alexa ik kan de atlas niet meer lezen wat is de hoofdstad van {} | ivoorkust=CI; benin=BJ; bolivia=BO
blinde-oudere | alexa lees je me even voor wat de hoofdstad van {} is | maleisië=MY; eswatini=SZ; zuid-afrika=ZA
blinde-oudere | vroeger wist ik het wel de hoofdstad van {} | nederland=NL; zuid-afrika=ZA; frankrijk=FR
blinde-oudere | mijn ogen willen niet meer wat is de hoofdstad van {} | engeland=GB-ENG; schotland=GB-SCT; wales=GB-WLS
# Melkveehouder in de stal tijdens het melken
melkveehouder | alexa ik sta te melken wat is de hoofdstad van {} | kenia=KE; nieuw-zeeland=NZ; ierland=IE
melkveehouder | zeg de koeien willen het weten de hoofdstad van {} | denemarken=DK; zwitserland=CH; argentinië=AR
melkveehouder | de loonwerker komt uit {} wat is daar de hoofdstad | polen=PL; litouwen=LT; roemenië=RO
# Nachtdienst verpleegkundige
nachtdienst | het is drie uur s nachts en ik wil weten de hoofdstad van {} | filipijnen=PH; indonesië=ID; suriname=SR
nachtdienst | stil alexa fluister maar wat is de hoofdstad van {} | ghana=GH; eritrea=ER; syrië=SY
nachtdienst | een patiënt komt uit {} wat is daar de hoofdstad eigenlijk | marokko=MA; turkije=TR; afghanistan=AF
# Taxichauffeur op Schiphol
taxi | ik heb een klant uit {} wat is daar de hoofdstad | japan=JP; china=CN; saoedi-arabië=SA
taxi | alexa snel even de hoofdstad van {} ik sta bij de taxistandplaats | qatar=QA; koeweit=KW; bahrein=BH
taxi | die meneer achterin vraagt de hoofdstad van {} | kazachstan=KZ; oezbekistan=UZ; georgië=GE
# Kapsalon
kapper | onder de föhn vraag ik me af wat de hoofdstad van {} is | griekenland=GR; kroatië=HR; montenegro=ME
kapper | mijn klant gaat op vakantie naar {} wat is de hoofdstad | thailand=TH; vietnam=VN; cambodja=KH
kapper | alexa even tussen twee klanten door de hoofdstad van {} | cyprus=CY; malta=MT; tunesië=TN
# Sinterklaasavond, gedichten schrijven
sinterklaas | ik schrijf een sinterklaasgedicht wat rijmt er op de hoofdstad van {} | spanje=ES; portugal=PT; italië=IT
sinterklaas | de sint komt uit {} maar wat is daar de hoofdstad | spanje=ES; turkije=TR; andorra=AD
sinterklaas | voor de surprise moet ik de hoofdstad van {} weten | peru=PE; chili=CL; mexico=MX
# Hockeyclub kantine
hockey | in de kantine wedden we om de hoofdstad van {} | australië=AU; argentinië=AR; india=IN
hockey | ons team speelt tegen {} wat is hun hoofdstad | belgië=BE; duitsland=DE; spanje=ES
# Bridgeclub
bridge | bij het bridgen kwam de hoofdstad van {} ter sprake | zweden=SE; noorwegen=NO; finland=FI
bridge | mijn bridgepartner beweert iets over de hoofdstad van {} wat is het | canada=CA; brazilië=BR; egypte=EG
# Kerkkoor op tournee
kerkkoor | ons koor gaat zingen in {} wat is de hoofdstad | hongarije=HU; slowakije=SK; estland=EE
kerkkoor | na de repetitie wil de dirigent weten de hoofdstad van {} | letland=LV; slovenië=SI; oostenrijk=AT
# Thuisonderwijs
thuisonderwijs | we doen aardrijkskunde aan de keukentafel wat is de hoofdstad van {} | nepal=NP; bhutan=BT; mongolië=MN
thuisonderwijs | kinderen luister even wat is de hoofdstad van {} | peru=PE; bolivia=BO; ecuador=EC
# Kind met dyslexie en een kind dat stottert
kind | alexa wat is de ho hoofdstad van {} | rusland=RU; oekraïne=UA; belarus=BY
kind | wat is de de de hoofdstad van {} | ijsland=IS; noorwegen=NO; groenland=GL
kind | mama zegt ik moet vragen wat is de hoofdstad van {} | kenia=KE; tanzania=TZ; oeganda=UG
kind | juf heeft gezegd we moeten de hoofdstad van {} kennen | nigeria=NG; senegal=SN; mali=ML
# Koningsdag vrijmarkt
koningsdag | op de vrijmarkt verkoop ik een oude wereldbol wat is de hoofdstad van {} | jemen=YE; oman=OM; jordanië=JO
koningsdag | alles oranje vandaag maar wat is de hoofdstad van {} | libanon=LB; irak=IQ; iran=IR
# Zeilers op het IJsselmeer
zeilers | we liggen voor anker bij enkhuizen wat is de hoofdstad van {} | fiji=FJ; tonga=TO; samoa=WS
zeilers | de schipper wil weten de hoofdstad van {} | vanuatu=VU; tuvalu=TV; nauru=NR
# Studentenhuis in Groningen, drankspel
studentenhuis | wie het fout heeft moet adten dus wat is de hoofdstad van {} | burundi=BI; rwanda=RW; malawi=MW
studentenhuis | huisgenoot zegt dat hij de hoofdstad van {} weet check eens | zambia=ZM; zimbabwe=ZW; botswana=BW
# Gamer op discord
gamer | alexa wat is de hoofdstad van {} we doen een geoguessr | kirgizië=KG; tadzjikistan=TJ; turkmenistan=TM
gamer | effe pauze in de game wat is de hoofdstad van {} | mauritanië=MR; niger=NE; tsjaad=TD
# Bakker om vier uur s ochtends
bakker | de deeg rijst nog even wat is de hoofdstad van {} | gabon=GA; kameroen=CM; togo=TG
bakker | het croissantdeeg komt uit {} maar wat is de hoofdstad | frankrijk=FR; oostenrijk=AT; libië=LY
# Meer landen, in de woorden van dezelfde sprekers
groningers | ik bin der nait zeker van wat is de hoofdstad van {} | guyana=GY; belize=BZ; honduras=HN
jordaan | mokum is mooi maar wat is de hoofdstad van {} | el salvador=SV; nicaragua=NI; panama=PA
limburgs | allein nog dees vraag de hoofdstad van {} | sierra leone=SL; liberia=LR; guinee=GN
antilliaans | mi ta pensa di {} wat is de hoofdstad | jamaica=JM; haïti=HT; dominicaanse republiek=DO
ghanees | my brother he says de hoofdstad van {} is accra is that true | ghana=GH; togo=TG; benin=BJ
duitsers | ich meine wat is de hoofdstad van {} | luxemburg=LU; liechtenstein=LI; monaco=MC
indiaas | alexa quick one hoofdstad van {} kya hai | bangladesh=BD; sri lanka=LK; pakistan=PK
somalisch | mijn zoon vraagt hoofdstad van {} wallahi weet ik niet | djibouti=DJ; ethiopië=ET; kenia=KE
afghaans | in mijn land wij leren andere hoofdstad van {} wat is nu | iran=IR; pakistan=PK; tadzjikistan=TJ
braziliaans | gente wat is de hoofdstad van {} | paraguay=PY; uruguay=UY; argentinië=AR
gooise-tieners | for real wat is de hoofdstad van {} ik ga dood | kaapverdië=CV; sao tomé en principe=ST; equatoriaal-guinea=GQ
blinde-oudere | alexa doe mij een plezier en noem de hoofdstad van {} | moldavië=MD; roemenië=RO; bulgarije=BG
melkveehouder | tussen het voeren door de hoofdstad van {} graag | azerbeidzjan=AZ; armenië=AM; georgië=GE
nachtdienst | mijn collega uit {} slaapt wat is de hoofdstad van haar land | zuid-afrika=ZA; namibië=NA; zimbabwe=ZW
taxi | rit naar het vliegveld voor een vlucht naar {} wat is de hoofdstad daar | israël=IL; egypte=EG; marokko=MA
kapper | ze vroeg me de hoofdstad van {} en ik stond met de schaar | mozambique=MZ; angola=AO; madagaskar=MG
bridge | drie sans atout en de hoofdstad van {} | brunei=BN; maleisië=MY; singapore=SG
kerkkoor | de sopranen willen weten de hoofdstad van {} | vaticaanstad=VA; san marino=SM; malta=MT
thuisonderwijs | vandaag is het afrika dag wat is de hoofdstad van {} | soedan=SD; zuid-soedan=SS; tsjaad=TD
zeilers | de marifoon zegt iets over {} wat is de hoofdstad | kiribati=KI; palau=PW; marshalleilanden=MH
gamer | ik speel een landenquiz app de hoofdstad van {} | micronesia=FM; salomonseilanden=SB; papoea-nieuw-guinea=PG
bakker | met meel aan mijn handen wat is de hoofdstad van {} | comoren=KM; mauritius=MU; seychellen=SC
koningsdag | de buurman verkoopt vlaggetjes van {} wat is de hoofdstad | saint lucia=LC; grenada=GD; dominica=DM
studentenhuis | de eerstejaars weet de hoofdstad van {} niet jij wel | antigua en barbuda=AG; saint kitts en nevis=KN; saint vincent en de grenadines=VC
hockey | na de derde helft weet niemand meer de hoofdstad van {} | trinidad en tobago=TT; barbados=BB; bahama's=BS
taxi | mijn navigatie kent {} niet wat is daar de hoofdstad | oost-timor=TL; laos=LA; myanmar=MM
sinterklaas | zwarte piet uh ik bedoel de piet vraagt de hoofdstad van {} | eswatini=SZ; lesotho=LS; burkina faso=BF
duitsers | nee also ich bin verwirrt wat is de hoofdstad van {} | oostenrijk=AT; zwitserland=CH; tsjechië=CZ
limburgs | d'n opa vertelde over {} wat was daar de hoofdstad | indonesië=ID; nieuw-zeeland=NZ; canada=CA
# ASR-schrijfwijzen van nl-NL: verloren trema's, gesplitste en aaneengeschreven woorden, klankspelling
asr | hoofdstad van belgie | BE
asr | hoofdstad van italie graag | IT
asr | wat is de hoofdstad van oekraine nu | UA
asr | hoofdstad van australie alexa | AU
asr | wat is de hoofd stad van ethiopie | ET
asr | de hoofdstad van haiti | HT
asr | hoofdstadvan zweden | SE
asr | wat is de hoofdstad van tjechie | CZ
asr | wat is de hoofdstad van azerbeidjan | AZ
asr | hoofdstad van kirgistan | KG
asr | wat is de hoofdstad van tadzjiekistan | TJ
asr | wat is de hoofdstad van mauritanie | MR
asr | wat is de hoofdstad van de seychelle | SC
asr | wat is de hoofdstad van bahama | BS
asr | wat is de hoofdstad van de filipijne | PH
asr | wat is de hoofdstad van sri lanka ja | LK
asr | wat is de hoofdstad van nieuw zeeland | NZ
asr | hoofdstad van papua nieuw guinea | PG
asr | wat is de hoofdstad van oost timor | TL
asr | wat is de hoofdstad van saoedi arabie | SA
asr | wat is de hoofdstad van noord macedonie | MK
asr | wat is de hoofdstad van guinee bissau | GW
asr | wat is de hoofdstad van equatoriaal guinea | GQ
asr | de hoofdstad van bosnie | BA
asr | wat is de hoofdstad van israel | IL
asr | wat is de hoofdstad van kaap verdie | CV
asr | wat is de hoofdstad van de marshall eilanden | MH
asr | wat is de hoofdstad van de salomons eilanden | SB
asr | wat is de hoofdstad van mikronesie | FM
asr | wat is de hoofdstad van kameroun | CM
asr | wat is de hoofdstad van oezbekistaan | UZ
asr | wat is de hoofdstad van turkmenistaan | TM
asr | wat is de hoofdstad van leetland | LV
asr | wat is de hoofdstad van litauen | LT
asr | hoofstad van mongolie | MN
asr | hoofdstat van namibie | NA
asr | wat is de hoofdstad van de dominicaanse republiek ja die | DO
asr | wat is de hoofdstad van tsjaat | TD
# meervoud: landen met meer hoofdsteden
plural-capitals | moi welke hoofdsteden het zuid-afrika | ZA
plural-capitals | zuid-afrika heeft toch drie hoofdsteden welke zijn dat | ZA
plural-capitals | chale noem alle hoofdsteden van zuid-afrika | ZA
plural-capitals | hoeveel hoofdsteden heeft bolivia en welke | BO
plural-capitals | nossa bolivia heeft twee hoofdsteden toch welke | BO
plural-capitals | wat zijn de hoofdsteden van bolivia eigenlijk | BO
plural-capitals | nederland heeft er twee toch de hoofdsteden van nederland | NL
plural-capitals | also de hoofdsteden van holland welke zijn dat | NL
plural-capitals | noem beide hoofdsteden van ons eigen land nederland | NL
plural-capitals | yaar maleisië has two hoofdsteden right welke | MY
plural-capitals | de twee hoofdsteden van maleisië graag | MY
plural-capitals | welke hoofdsteden heeft sri lanka allemaal | LK
plural-capitals | de hoofdsteden van ceylon van vroeger en nu | LK
plural-capitals | noem de hoofdsteden van sri lanka | LK
plural-capitals | welke twee hoofdsteden heeft benin | BJ
plural-capitals | benin heeft meerdere hoofdsteden toch noem ze | BJ
plural-capitals | wat zijn de hoofdsteden van ivoorkust | CI
plural-capitals | de hoofdsteden van côte d'ivoire allebei | CI
plural-capitals | ivoorkust heeft er twee welke hoofdsteden zijn dat | CI
plural-capitals | wat zijn de hoofdsteden van eswatini | SZ
plural-capitals | swaziland heeft twee hoofdsteden welke | SZ
plural-capitals | hoofdsteden van eswatini allebei graag | SZ
plural-capitals | wat zijn de hoofdsteden van palestina | PS
plural-capitals | welke hoofdsteden noemen ze voor palestina | PS
plural-capitals | de hoofdsteden van de palestijnse gebieden | PS
# vervolgvragen
follow-up | en die van duitsland dan | DE
follow-up | en van bulgarije | BG
follow-up | zeg mor en van denemarken | DK
follow-up | en wat is t van noorwegen | NO
follow-up | en die van oostenrijk | AT
follow-up | oké en van hongarije | HU
follow-up | en dan nog van ierland | IE
follow-up | en nu van portugal | PT
follow-up | ja en van griekenland dan | GR
follow-up | accha en van nepal | NP
follow-up | en van het buurland belgië | BE
follow-up | en voor cuba | CU
follow-up | danki en van venezuela | VE
follow-up | en van zijn buurland colombia | CO
follow-up | en dat van peru | PE
follow-up | genau und van polen | PL
follow-up | en die van japan graag | JP
follow-up | en de hoofdstad van het land ernaast chili | CL
follow-up | haa en van somalië | SO
follow-up | bale en van irak | IQ
follow-up | en van thailand né | TH
follow-up | en van ons eigen land | NL
follow-up | nog eentje en van canada | CA
follow-up | en dan vietnam | VN
follow-up | en die van schotland | GB-SCT
follow-up | en van beieren | DE-BY
follow-up | en texas | US-TX
# deelgebieden en gebiedsdelen
subdivision | wat is de hoofdstad van de deelstaat {} | beieren=DE-BY; saksen=DE-SN; hessen=DE-HE
subdivision | wij gaan kamperen in {} welke stad is daar de hoofdstad | noordrijn-westfalen=DE-NW; nedersaksen=DE-NI; sleeswijk-holstein=DE-SH
subdivision | de hoofdstad van de amerikaanse staat {} | californië=US-CA; texas=US-TX; florida=US-FL
subdivision | mijn nicht woont in {} wat is daar de hoofdstad | new york=US-NY; washington=US-WA; hawaï=US-HI
subdivision | wat is de hoofdstad van de provincie {} in canada | ontario=CA-ON; quebec=CA-QC; alberta=CA-AB
subdivision | welke stad is de hoofdstad van {} in australië | queensland=AU-QLD; tasmanië=AU-TAS; victoria=AU-VIC
subdivision | in india de hoofdstad van de staat {} | kerala=IN-KL; goa=IN-GA; maharashtra=IN-MH
subdivision | nossa de hoofdstad van {} in brazilië | bahia=BR-BA; minas gerais=BR-MG; pernambuco=BR-PE
subdivision | wat is de hoofdstad van de mexicaanse staat {} | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | wat is de hoofdstad van {} daar op het eiland | aruba=AW; curaçao=CW; sint-maarten=SX
subdivision | ayo wat is de hoofdstad van bonaire | BQ
subdivision | de hoofdstad van groenland alsjeblieft | GL
subdivision | wat is de hoofdstad van de faeröer eilanden | FO
subdivision | wat is de hoofdstad van noord-ierland | GB-NIR
subdivision | de hoofdstad van taiwan | TW
subdivision | hoofdstad van kosovo walaal | XK
subdivision | wat is de hoofdstad van puerto rico | PR
subdivision | wat is de hoofdstad van frans-guyana bij suriname | GF
subdivision | wat is de hoofdstad van nieuw-caledonië | NC
subdivision | hoofdstad van de westelijke sahara | EH
subdivision | wat is de hoofdstad van het eiland man | IM
subdivision | de hoofdstad van jersey bij frankrijk | JE
subdivision | wat is de hoofdstad van de kaaimaneilanden | KY
subdivision | de hoofdstad van réunion | RE
subdivision | wat is de hoofdstad van tamil nadu yaar | IN-TN
subdivision | de hoofdstad van west-bengalen | IN-WB
# officiële namen
official-name | wat is de hoofdstad van de {} | bondsrepubliek duitsland=DE; russische federatie=RU; volksrepubliek china=CN
official-name | officieel heet het {} wat is de hoofdstad | koninkrijk der nederlanden=NL; helleense republiek=GR; franse republiek=FR
official-name | voor de brief aan de ambassade de hoofdstad van de {} | islamitische republiek iran=IR; islamitische republiek pakistan=PK; arabische republiek egypte=EG
official-name | de hoofdstad van het {} | koninkrijk spanje=ES; koninkrijk marokko=MA; koninkrijk noorwegen=NO
official-name | in het formulier staat {} wat is de hoofdstad daarvan | verenigde staten van amerika=US; federatieve republiek brazilië=BR; verenigde mexicaanse staten=MX
official-name | hoofdstad van de democratische volksrepubliek korea | KP
official-name | wat is de hoofdstad van de republiek korea | KR
official-name | wat is de hoofdstad van het verenigd koninkrijk van groot-brittannië en noord-ierland | GB
official-name | wat is de hoofdstad van de zwitserse bondsstaat | CH
official-name | wat is de hoofdstad van de federale staten van micronesia | FM
official-name | hoofdstad van de democratische republiek oost-timor | TL
official-name | de hoofdstad van de kirgizische republiek | KG
official-name | de hoofdstad van de slowaakse republiek | SK
official-name | hoofdstad van de tsjechische republiek | CZ
# alledaagse, oude en korte namen
everyday-name | wat is de hoofdstad van {} van vroeger | perzië=IR; siam=TH; birma=MM
everyday-name | mijn opa zei altijd {} wat is daar de hoofdstad | rhodesië=ZW; zaïre=CD; abessinië=ET
everyday-name | de hoofdstad van {} zoals het vroeger heette | dahomey=BJ; opper-volta=BF; nyasaland=MW
everyday-name | wat is de hoofdstad van {} | holland=NL; amerika=US; engeland=GB-ENG
everyday-name | hoofdstad van de {} | vae=AE; emiraten=AE; vs=US
everyday-name | wat is de hoofdstad van wit-rusland | BY
everyday-name | hoofdstad van swaziland | SZ
everyday-name | hoofdstad van macedonië | MK
everyday-name | wat is de hoofdstad van groot-brittannië | GB
everyday-name | hoofdstad van kampuchea | KH
everyday-name | de hoofdstad van de goudkust | GH
everyday-name | wat is de hoofdstad van basoetoland | LS
everyday-name | wat is de hoofdstad van bechuanaland | BW
everyday-name | hoofdstad van brits-honduras | BZ
everyday-name | hoofdstad van türkiye | TR
everyday-name | hoofdstad van timor-leste | TL
everyday-name | wat is de hoofdstad van kuwait | KW
everyday-name | hoofdstad van congo-brazzaville | CG
everyday-name | wat is de hoofdstad van congo-kinshasa | CD
everyday-name | hoofdstad van de drc | CD
everyday-name | wat is de hoofdstad van bosnië | BA
everyday-name | hoofdstad van het vk | GB
# gedeelde namen
shared-name | wat is de hoofdstad van congo | CD+CG
shared-name | moi wat is de hoofdstad van congo | CD+CG
shared-name | de hoofdsteden van beide congo's | CD+CG
shared-name | wat is de hoofdstad van korea | KP+KR
shared-name | de hoofdsteden van noord en zuid korea | KP+KR
shared-name | yaar hoofdstad van korea | KP+KR
shared-name | wat is de hoofdstad van georgia | GE+US-GA
shared-name | hoofdstad van georgia graag | GE+US-GA
shared-name | wat is de hoofdstad van het land georgië in de kaukasus | GE
shared-name | hoofdstad van de staat georgia in amerika | US-GA
shared-name | hoofdstad van congo kinshasa | CD
shared-name | hoofdstad van congo brazzaville | CG
shared-name | wat is de hoofdstad van de maagdeneilanden | VG+VI
shared-name | de hoofdstad van de britse maagdeneilanden | VG
shared-name | de hoofdstad van de amerikaanse maagdeneilanden | VI
shared-name | welke hoofdsteden hebben de twee korea's | KP+KR
# ja/nee-controle (goede en foute gokken)
yes-no-check | moi klopt het dat de hoofdstad van {} kopenhagen is | denemarken=DK; noorwegen=NO; zweden=SE
yes-no-check | is het nou waar dat de hoofdstad van {} sydney is | australië=AU; nieuw-zeeland=NZ; canada=CA
yes-no-check | gozer is de hoofdstad van {} echt istanbul | turkije=TR; griekenland=GR; egypte=EG
yes-no-check | ich glaube de hoofdstad van {} is zürich stimmt das | zwitserland=CH; oostenrijk=AT; liechtenstein=LI
yes-no-check | ta bèrdat dat de hoofdstad van {} willemstad is | curaçao=CW; aruba=AW; suriname=SR
yes-no-check | yaar is mumbai the hoofdstad van {} | india=IN; pakistan=PK; bangladesh=BD
yes-no-check | mijn kleinzoon zegt dat de hoofdstad van {} rio de janeiro is klopt dat | brazilië=BR; argentinië=AR; portugal=PT
yes-no-check | is lagos de hoofdstad van {} of niet | nigeria=NG; ghana=GH; kameroen=CM
yes-no-check | klopt het dat ankara de hoofdstad van turkije is | TR
yes-no-check | is toronto de hoofdstad van canada ja of nee | CA
yes-no-check | is de hoofdstad van marokko casablanca | MA
yes-no-check | zeg eens eerlijk is almaty nog de hoofdstad van kazachstan | KZ
yes-no-check | haa is mogadishu de hoofdstad van somalië | SO
yes-no-check | is het waar dat kabul de hoofdstad van afghanistan is | AF
yes-no-check | is dar es salaam de hoofdstad van tanzania | TZ
yes-no-check | nossa is são paulo de hoofdstad van brazilië | BR
yes-no-check | klopt het dat bern de hoofdstad van zwitserland is | CH
yes-no-check | is amsterdam wel echt de hoofdstad van nederland | NL
yes-no-check | is new york de hoofdstad van amerika | US
yes-no-check | is auckland de hoofdstad van nieuw-zeeland of wellington | NZ
out-of-domain | is den haag de hoofdstad van zuid-holland | FB
# zelfcorrecties
self-correction | wat is de hoofdstad van oostenrijk nee wacht van hongarije | HU
self-correction | moi de hoofdstad van estland eh nee letland | LV
self-correction | de hoofdstad van slowakije of nee ik bedoel slovenië | SI
self-correction | wat is de hoofdstad van zweden sorry zwitserland | CH
self-correction | hoofdstad van australië nee oostenrijk | AT
self-correction | wat is de hoofdstad van nigeria uh niger bedoel ik | NE
self-correction | hoofdstad van guinee nee guinee-bissau | GW
self-correction | gozer de hoofdstad van irak nee iran | IR
self-correction | de hoofdstad van mali ah nee malawi | MW
self-correction | wat is de hoofdstad van colombia nee wacht costa rica | CR
self-correction | yaar capital of nepal no sorry bhutan | BT
self-correction | hoofdstad van gambia nee zambia | ZM
self-correction | de hoofdstad van paraguay of nee uruguay | UY
self-correction | also de hoofdstad van dänemark eh denemarken | DK
self-correction | de hoofdstad van libië nee sorry libanon | LB
self-correction | wat is de hoofdstad van jemen nee oman | OM
self-correction | hoofdstad van soedan verkeerd zuid-soedan bedoel ik | SS
self-correction | de hoofdstad van dominica oh nee de dominicaanse republiek | DO
self-correction | wat is de hoofdstad van roemenië wacht even ik bedoel bulgarije | BG
self-correction | de hoofdstad van mauritius nee mauritanië | MR
self-correction | nee niet van servië maar van kroatië de hoofdstad | HR
self-correction | de hoofdstad van slovenie of slowakije ik bedoel slovenië | SI
self-correction | hoofdstad van tsjaad nee togo | TG
# omgekeerde vragen
reverse-question | {} is de hoofdstad van welk land | boedapest=CITY:Boedapest; lissabon=CITY:Lissabon; ljubljana=CITY:Ljubljana
reverse-question | moi van welk land is {} de hoofdstad | tallinn=CITY:Tallinn; vilnius=CITY:Vilnius; riga=CITY:Riga
reverse-question | in welk land ligt de hoofdstad {} | ouagadougou=CITY:Ouagadougou; nairobi=CITY:Nairobi; dakar=CITY:Dakar
reverse-question | {} is hoofdstad van wat | kathmandu=CITY:Kathmandu; bisjkek=CITY:Bisjkek; ulaanbaatar=CITY:Ulaanbaatar
reverse-question | yaar {} is capital of which land | islamabad=CITY:Islamabad; dhaka=CITY:Dhaka; colombo=CITY:Colombo
reverse-question | van welk land is {} nou de hoofdstad gozer | canberra=CITY:Canberra; ottawa=CITY:Ottawa; wellington=CITY:Wellington
reverse-question | also {} ist die hauptstadt von welk land | wenen=CITY:Wenen; bern=CITY:Bern; praag=CITY:Praag
reverse-question | welk land heeft {} als hoofdstad | paramaribo=CITY:Paramaribo; georgetown=CITY:Georgetown; caracas=CITY:Caracas
reverse-question | ik hoorde {} op het nieuws van welk land is dat de hoofdstad | kigali=CITY:Kigali; bamako=CITY:Bamako; niamey=CITY:Niamey
reverse-question | {} hoort bij welk land als hoofdstad | montevideo=CITY:Montevideo; asunción=CITY:Asunción; quito=CITY:Quito
reverse-question | welk land heeft als hoofdstad tbilisi | CITY:Tbilisi
reverse-question | de hoofdstad jerevan van welk land | CITY:Jerevan
# buiten het domein: andere verzoeken
out-of-domain | moi wat voor weer wordt t morgen in stad | FB
out-of-domain | zet de radio op noordoost fm | FB
out-of-domain | hoe laat gaat de bus naar zernike | FB
out-of-domain | hoe staat fc groningen ervoor | FB
out-of-domain | zet een wekker om half vijf voor de bakkerij | FB
out-of-domain | zet een timer van twaalf minuten voor het brood | FB
out-of-domain | hoe lang moet een desem rijzen | FB
out-of-domain | speel wat van de zangeres uit de jordaan | FB
out-of-domain | hoe laat gaat de dappermarkt open | FB
out-of-domain | wat kost een biertje in het café | FB
out-of-domain | hoe laat begint de optocht met vasteloavend | FB
out-of-domain | speel carnavalsmuziek uit limburg | FB
out-of-domain | hoe laat vertrekt de vlucht naar curaçao | FB
out-of-domain | speel tumba muziek | FB
out-of-domain | wat is de wisselkoers van de gulden op curaçao | FB
out-of-domain | speel highlife muziek uit ghana | FB
out-of-domain | hoe laat begint de kerkdienst in zuidoost | FB
out-of-domain | wie wint de bundesliga dit jaar | FB
out-of-domain | übersetze danke schön naar het nederlands | FB
out-of-domain | hoe laat is het nu in mumbai | FB
out-of-domain | play bollywood songs yaar | FB
out-of-domain | wanneer is het diwali dit jaar | FB
out-of-domain | wanneer begint de ramadan | FB
out-of-domain | wat is het weer in mogadishu | FB
out-of-domain | hoe zeg je dank je wel in het dari | FB
out-of-domain | wanneer is mijn afspraak bij de ind | FB
out-of-domain | speel forró muziek | FB
out-of-domain | hoe laat is het in são paulo | FB
out-of-domain | speel de nieuwste song van taylor swift | FB
out-of-domain | wat betekent lowkey | FB
out-of-domain | lees mijn berichten voor | FB
out-of-domain | wat staat er vandaag in de krant | FB
out-of-domain | bel mijn dochter | FB
out-of-domain | hoe laat moet ik mijn pillen nemen | FB
out-of-domain | hoeveel liter melk gaf de robot vandaag | FB
out-of-domain | wat doet de melkprijs deze maand | FB
out-of-domain | speel rustige muziek voor de nachtdienst | FB
out-of-domain | hoe laat is de overdracht | FB
out-of-domain | hoe druk is het op de a vier richting schiphol | FB
out-of-domain | wat is de snelste route naar de rai | FB
out-of-domain | hoe lang moet de haarverf inwerken | FB
out-of-domain | wat rijmt er op pepernoot | FB
out-of-domain | wanneer komt sinterklaas aan in nederland | FB
out-of-domain | wie heeft er gewonnen bij hockey vandaag | FB
out-of-domain | hoeveel punten is een klein slem bij bridge | FB
out-of-domain | speel het wilhelmus | FB
out-of-domain | wat is de windkracht op het ijsselmeer | FB
out-of-domain | hoe laat is het hoogwater in harlingen | FB
out-of-domain | hoeveel is zeven keer acht | FB
out-of-domain | vertel een mop | FB
out-of-domain | wat is de beste build in fortnite | FB
out-of-domain | doe het licht in de woonkamer uit | FB
out-of-domain | zet de verwarming op twintig graden | FB
out-of-domain | bestel meel bij de groothandel | FB
out-of-domain | hoeveel inwoners heeft tokio | FB
out-of-domain | wat is de grootste stad van australië | FB
out-of-domain | welke taal spreken ze in brazilië | FB
out-of-domain | wat is het volkslied van zuid-afrika | FB
out-of-domain | welke munt hebben ze in zwitserland | FB
out-of-domain | hoe hoog is de martinitoren | FB
out-of-domain | hoe lang is de rijn | FB
out-of-domain | wie is de president van frankrijk | FB
out-of-domain | hoe ver is het naar maastricht | FB
# buiten het domein: hoofdstad in een andere betekenis of een plaats zonder hoofdstad in de gegevens
out-of-domain | is het een hoofdletter aan het begin van een zin | FB
out-of-domain | hoe schrijf je een hoofdletter op het toetsenbord | FB
out-of-domain | hoeveel startkapitaal heb ik nodig voor een bakkerij | FB
out-of-domain | wat betekent kapitaal in het boek van marx | FB
out-of-domain | wat is de hoofdstad van de provincie groningen | FB
out-of-domain | wat is de hoofdstad van limburg | FB
out-of-domain | wat is de hoofdstad van friesland heit | FB
out-of-domain | wat is de hoofdstad van gelderland | FB
out-of-domain | wat is de hoofdstad van drenthe | FB
out-of-domain | wat is de hoofdstad van noord-brabant | FB
out-of-domain | wat is de hoofdstad van vlaanderen | FB
out-of-domain | wat is de hoofdstad van wallonië | FB
out-of-domain | wat is de hoofdstad van catalonië | FB
out-of-domain | wat is de hoofdstad van toscane | FB
out-of-domain | wat is de hoofdstad van bretagne | FB
out-of-domain | wat is de hoofdstad van tirol | FB
out-of-domain | wat is de hoofdstad van het kanton zürich | FB
out-of-domain | wat is de hoofdstad van sicilië | FB
out-of-domain | wat is de hoofdstad van andalusië | FB
out-of-domain | wat is de hoofdstad van europa | FB
out-of-domain | wat is de hoofdstad van afrika | FB
out-of-domain | wat is de hoofdstad van azië | FB
out-of-domain | wat is de hoofdstad van de maan | FB
out-of-domain | wat is de hoofdstad van mars | FB
out-of-domain | wat is de hoofdstad van atlantis | FB
out-of-domain | wat is de hoofdstad van narnia | FB
out-of-domain | wat is de hoofdstad van wakanda | FB
out-of-domain | wat is de hoofdstad van joegoslavië | FB
out-of-domain | wat is de hoofdstad van de sovjet-unie | FB
out-of-domain | wat is de hoofdstad van pruisen | FB
out-of-domain | welke stad is de modehoofdstad van de wereld | FB
out-of-domain | wat is de culturele hoofdstad van europa dit jaar | FB
out-of-domain | welke stad is de fietshoofdstad van nederland | FB
out-of-domain | wat is de carnavalshoofdstad van limburg | FB
out-of-domain | wat is de gezelligste hoofdstad van europa | FB
out-of-domain | hoeveel hoofdsteden heeft de wereld | FB
out-of-domain | welke hoofdstad heeft de meeste inwoners | FB
out-of-domain | wat is de koudste hoofdstad ter wereld | FB
out-of-domain | hoe ver is amsterdam van parijs | FB
out-of-domain | wat is de hoofdstad van de letter a | FB
out-of-domain | spel het woord hoofdstad | FB
out-of-domain | wat is het engelse woord voor hoofdstad | FB
out-of-domain | wat is de hoofdstad van schiermonnikoog | FB
out-of-domain | wat is de hoofdstad van de veluwe | FB
out-of-domain | wat is de hoofdstad van de randstad | FB
out-of-domain | wat is de hoofdstad van lapland | FB
out-of-domain | wat is de hoofdstad van koerdistan | FB
out-of-domain | wat is de hoofdstad van tibet | FB
out-of-domain | wat is de hoofdstad van het midden-oosten | FB
out-of-domain | is amsterdam een mooie hoofdstad om te wonen | FB
out-of-domain | hoeveel kost een hotel in de hoofdstad van spanje | FB
# hulp
help | moi hoe werkt dit ding | HELP
help | ik wait nait wat ik vragen kin | HELP
help | gozer leg effe uit wat je kan | HELP
help | ich weet neet wie dit geit | HELP
help | ayo alexa help mi | HELP
help | chale how does this one work | HELP
help | wie funktioniert das hoe werkt dit | HELP
help | yaar kya karna hai hoe werkt het | HELP
help | walaal ik snap niet help | HELP
help | bale ik begrijp niet wat moet ik zeggen | HELP
help | nossa hoe gebruik ik dit | HELP
help | wat kan ik allemaal aan je vragen over landen | HELP
help | ik kan het scherm niet zien vertel me wat ik kan zeggen | HELP
help | geef eens een voorbeeld van een vraag | HELP
help | hoe werken die hoofdsteden van jou | HELP
help | de kinderen willen weten hoe je werkt | HELP
help | help ik ben de weg kwijt in dit spelletje | HELP
help | wat voor vragen snap jij | HELP
help | ik weet niet goed wat ik moet doen | HELP
help | uitleg graag | HELP
help | hoe moet ik het vragen | HELP
help | mag ik even hulp | HELP
# stoppen
stop | moi stop der mor mit | STOP
stop | nou kappen ermee | STOP
stop | hou je kop nou effe | STOP
stop | genog allein | STOP
stop | ayo basta stop | STOP
stop | chale stop it | STOP
stop | tschüss alexa aufhören | STOP
stop | bas yaar stop | STOP
stop | ok klaar stop | STOP
stop | bale genoeg dank je | STOP
stop | chega alexa stop | STOP
stop | oké bye ik ben weg | STOP
stop | de koeien zijn gemolken je mag stoppen | STOP
stop | de patiënt wordt wakker stoppen | STOP
stop | stop ik moet rijden | STOP
stop | we stoppen ermee de taart is klaar | STOP
stop | einde spel | STOP
stop | hou op met die hoofdsteden | STOP
stop | het is mooi geweest | STOP
stop | afsluiten | STOP
stop | ik ga slapen stop maar | STOP
stop | uitzetten nu | STOP
# annuleren
cancel | moi laat mor zitten | CANCEL
cancel | nee laat maar gozer | CANCEL
cancel | laot mer | CANCEL
cancel | ayo no importa laat maar | CANCEL
cancel | chale forget it | CANCEL
cancel | vergiss es laat maar | CANCEL
cancel | chhodo yaar laat maar | CANCEL
cancel | walaal laat maar niet nodig | CANCEL
cancel | bale nee niet nodig | CANCEL
cancel | deixa pra lá laat maar | CANCEL
cancel | nee die vraag trek ik in | CANCEL
cancel | annuleer die vraag | CANCEL
cancel | vergeet wat ik zei | CANCEL
cancel | nee ik hoef het al niet meer | CANCEL
cancel | laat maar ik zoek het zelf op | CANCEL
cancel | streep die maar door | CANCEL
cancel | ach nee niet doen | CANCEL
cancel | laat maar zitten de klant is al weg | CANCEL
cancel | annuleren graag | CANCEL
cancel | nee toch niet laat maar | CANCEL
cancel | vergeet die laatste | CANCEL
cancel | nee breek maar af | CANCEL
# openen
launch | moi open wereld hoofdsteden | LAUNCH
launch | gozer start hoofdsteden van de wereld | LAUNCH
launch | alexa doe de hoofdsteden open | LAUNCH
launch | ayo open hoofdsteden van de wereld | LAUNCH
launch | alexa mach hoofdsteden van de wereld auf | LAUNCH
launch | yaar start world capitals | LAUNCH
launch | alexa begin met hoofdsteden van de wereld | LAUNCH
launch | open de hoofdstedenquiz | LAUNCH
launch | alexa ik wil hoofdsteden van de wereld spelen | LAUNCH
launch | speel hoofdsteden van de wereld | LAUNCH
launch | start het hoofdstedenspel voor de kinderen | LAUNCH
launch | alexa abre hoofdsteden van de wereld | LAUNCH
launch | alexa open world capitals | LAUNCH
# in een keer via de skill
one-shot | vraag hoofdsteden van de wereld wat de hoofdstad van {} is | moldavië=MD; albanië=AL; kosovo=XK
one-shot | moi vroag hoofdsteden van de wereld de hoofdstad van {} | estland=EE; finland=FI; ijsland=IS
one-shot | vraag aan hoofdsteden van de wereld naar {} | jamaica=JM; cuba=CU; haïti=HT
one-shot | laat hoofdsteden van de wereld de hoofdstad van {} zeggen | eritrea=ER; somalië=SO; djibouti=DJ
one-shot | open hoofdsteden van de wereld en vertel de hoofdstad van {} | bolivia=BO; chili=CL; ecuador=EC
# Tweede ronde, dezelfde sprekers in andere situaties
groningers | bie de fietsenstalling op t hoofdstation vroeg ain wat de hoofdstad van {} is | tsjechië=CZ; slowakije=SK; hongarije=HU
groningers | mien buurvrouw komt uut {} wat is doar t hoofdstad van | oekraïne=UA; polen=PL; syrië=SY
groningers | op t wad hebben wie t over {} had wat is de hoofdstad | noorwegen=NO; ijsland=IS; denemarken=DK
jordaan | d'r hangt een vlag van {} aan de gracht wat is de hoofdstad | portugal=PT; brazilië=BR; kaapverdië=CV
jordaan | m'n schoonzoon komt uit {} wat is d'r de hoofdstad van | marokko=MA; turkije=TR; suriname=SR
jordaan | ik zit op een terrasje en ik vraag me af de hoofdstad van {} | italië=IT; griekenland=GR; cyprus=CY
limburgs | d'r is n kapelaan oet {} wat is dao de hoofdstad van | polen=PL; india=IN; nigeria=NG
limburgs | veur de kwis in t café de hoofdstad van {} | belgië=BE; luxemburg=LU; duitsland=DE
antilliaans | mi ke sa de hoofdstad van {} | venezuela=VE; colombia=CO; panama=PA
antilliaans | ayo mi ruman ta biba na {} wat is de hoofdstad | canada=CA; verenigde staten=US; spanje=ES
ghanees | my pastor went to {} wat is de hoofdstad there | israël=IL; kenia=KE; zuid-afrika=ZA
ghanees | chale this quiz is hard hoofdstad van {} | ivoorkust=CI; burkina faso=BF; mali=ML
duitsers | mein nachbar fragt de hoofdstad van {} | belarus=BY; litouwen=LT; estland=EE
duitsers | wir fahren nach {} wat is de hoofdstad daar | kroatië=HR; slovenië=SI; montenegro=ME
indiaas | my manager is from {} what is hoofdstad van dat land | singapore=SG; vietnam=VN; thailand=TH
indiaas | arre yaar hoofdstad van {} bata do | nepal=NP; bhutan=BT; maldiven=MV
somalisch | mijn oom woont in {} wat is hoofdstad daar walaal | zweden=SE; noorwegen=NO; finland=FI
somalisch | insha allah ik ga naar {} wat is hoofdstad | saoedi-arabië=SA; egypte=EG; turkije=TR
afghaans | bij inburgering vraag hoofdstad van {} | nederland=NL; belgië=BE; duitsland=DE
afghaans | mijn broer in {} wat is hoofdstad van dat land | iran=IR; turkije=TR; griekenland=GR
braziliaans | minha mãe vraagt de hoofdstad van {} | angola=AO; mozambique=MZ; portugal=PT
braziliaans | eu acho dat ik het weet maar hoofdstad van {} | peru=PE; venezuela=VE; colombia=CO
gooise-tieners | mijn influencer zit in {} wat is daar de capital | dubai=FB; indonesië=ID; mexico=MX
gooise-tieners | ik ga op exchange naar {} wat is de hoofdstad eigenlijk | australië=AU; canada=CA; zuid-korea=KR
blinde-oudere | de radio noemde {} wat was daar de hoofdstad ook weer | soedan=SD; jemen=YE; libië=LY
blinde-oudere | alexa je bent mijn ogen wat is de hoofdstad van {} | mexico=MX; cuba=CU; jamaica=JM
melkveehouder | de nieuwe stier komt uit {} wat is daar de hoofdstad | frankrijk=FR; canada=CA; duitsland=DE
nachtdienst | de arts in opleiding komt uit {} wat is de hoofdstad | iran=IR; irak=IQ; syrië=SY
taxi | de passagier gaat door naar {} wat is de hoofdstad daar | verenigde arabische emiraten=AE; qatar=QA; oman=OM
kapper | een klant heeft een tattoo van {} wat is de hoofdstad | japan=JP; china=CN; mongolië=MN
sinterklaas | in het gedicht moet de hoofdstad van {} staan | spanje=ES; nederland=NL; belgië=BE
kind | alexa ik ben acht en ik wil de hoofdstad van {} weten | egypte=EG; kenia=KE; peru=PE
kind | wat is ehm de hoofdstad van {} | brazilië=BR; china=CN; rusland=RU
zeilers | na de sluis bij lelystad vroeg de bemanning de hoofdstad van {} | denemarken=DK; estland=EE; letland=LV
bakker | het roggebrood komt uit {} wat is de hoofdstad | duitsland=DE; denemarken=DK; finland=FI
gamer | mijn teammate uit {} zegt iets wat is de hoofdstad daar | polen=PL; brazilië=BR; argentinië=AR
studentenhuis | adten tenzij je de hoofdstad van {} weet | kazachstan=KZ; mongolië=MN; azerbeidzjan=AZ
# meer vervolgvragen en correcties
follow-up | moi en van estland | EE
follow-up | chale and ghana | GH
follow-up | en die van de buren in luxemburg | LU
follow-up | en wat dacht je van libanon | LB
follow-up | walaal en kenia | KE
self-correction | moi de hoofdstad van finland eh nee van estland | EE
self-correction | gozer hoofdstad van polen nee laat ik zeggen litouwen | LT
self-correction | chale the hoofdstad van ghana no sorry togo | TG
self-correction | hoofdstad van egypte eh nee wacht ethiopië | ET
# gedeelde namen
shared-name | chale wat is de hoofdstad van congo | CD+CG
shared-name | walaal hoofdstad van korea | KP+KR
shared-name | nossa qual é de hoofdstad van georgia | GE+US-GA
shared-name | hoofdstad van de amerikaanse staat georgia graag | US-GA
shared-name | de hoofdstad van georgië het land niet de staat | GE
# meer buiten het domein
out-of-domain | moi hoe laat komt de trein uit leeuwarden | FB
out-of-domain | speel wat van de groningse band | FB
out-of-domain | ik wait nait hoe lang de ijsbaan open is | FB
out-of-domain | gozer hoe laat sluit de albert heijn | FB
out-of-domain | tjonge wat kost een pilsje tegenwoordig | FB
out-of-domain | jóng wat is t weer in venlo | FB
out-of-domain | ich weet neet wie laat de mert sluut | FB
out-of-domain | bon dia hoe warm is het op curaçao | FB
out-of-domain | ayo speel een liedje in papiamentu | FB
out-of-domain | chale hoe maak ik jollof rijst | FB
out-of-domain | how far wat is het nummer van de huisarts | FB
out-of-domain | also wie viel kostet ein ticket naar keulen | FB
out-of-domain | na ja wie spät ist es | FB
out-of-domain | yaar how do i cook biryani | FB
out-of-domain | accha wat is de cricket score | FB
out-of-domain | walaal hoe laat is het gebed | FB
out-of-domain | bale wanneer is mijn taalles | FB
out-of-domain | nossa hoe koud wordt het vannacht | FB
out-of-domain | oh my god speel de nieuwe van billie eilish | FB
out-of-domain | literally wat moet ik aan naar het feest | FB
out-of-domain | alexa lees een luisterboek voor | FB
out-of-domain | hoeveel koeien staan er in nederland | FB
out-of-domain | wat is het alarmnummer van de afdeling | FB
out-of-domain | wat kost een taxi van schiphol naar de dam | FB
out-of-domain | welke kleur past bij blond haar | FB
out-of-domain | wie speelt de sint dit jaar op tv | FB
out-of-domain | welk team staat bovenaan in de hoofdklasse hockey | FB
out-of-domain | wanneer repeteert het koor weer | FB
out-of-domain | hoe ver is het varen naar stavoren | FB
out-of-domain | speel een gezellig liedje voor het studentenhuis | FB
out-of-domain | hoe laat begint de stream | FB
out-of-domain | hoeveel gist moet er in een brood | FB
out-of-domain | wat is de hoofdstad van het kanton bern | FB
out-of-domain | wat is de hoofdstad van de provincie antwerpen | FB
out-of-domain | wat is de hoofdstad van zeeland | FB
out-of-domain | wat is de hoofdstad van beierland bij rotterdam | FB
out-of-domain | wat is de hoofdstad van de wadden | FB
out-of-domain | wat is de hoofdstad van het koninkrijk van sinterklaas | FB
out-of-domain | wat is de hoofdstad van middle earth | FB
out-of-domain | wat is de hoofdstad van hogwarts | FB
out-of-domain | wat is de hoofdstad van de ruimte | FB
out-of-domain | wat is de hoofdstad van tsjecho-slowakije | FB
out-of-domain | wat is de hoofdstad van de ddr | FB
out-of-domain | wat is de hoofdstad van het romeinse rijk | FB
out-of-domain | wat is de hoofdstad van scandinavië | FB
out-of-domain | wat is de hoofdstad van zuid-amerika | FB
out-of-domain | welke hoofdstad heeft de mooiste grachten | FB
out-of-domain | wat is de hoofdstad van de kaas | FB
out-of-domain | welke stad is de hoofdstad van de bloemen | FB
out-of-domain | hoeveel eigen kapitaal moet een bank hebben | FB
out-of-domain | schrijf mijn naam met een hoofdletter | FB
out-of-domain | wat is de hoofdstad van dubai | FB
# meer hulp, stoppen en annuleren
help | tashakor maar hoe werkt dit | HELP
help | oh my god hoe werkt deze skill | HELP
help | mijn kleinzoon heeft dit aangezet wat moet ik nu | HELP
help | wat kun je allemaal met hoofdsteden | HELP
help | zeg mor wat ik doen mot | HELP
help | tjonge ik snap er niks van help | HELP
stop | haa stop nu | STOP
stop | oh my god stop | STOP
stop | tjonge hou toch op | STOP
stop | genau das reicht stop | STOP
stop | de klant stapt in stop maar | STOP
stop | ik heb genoeg geleerd voor vandaag stop | STOP
cancel | haa nee laat maar | CANCEL
cancel | never mind laat maar | CANCEL
cancel | tjonge nee laat maar zitten | CANCEL
cancel | nee die vraag was fout laat maar | CANCEL
cancel | mor nait laat zitten | CANCEL
cancel | nee doe maar niet | CANCEL
launch | chale open hoofdsteden van de wereld please | LAUNCH
launch | walaal open hoofdsteden | LAUNCH
"""

if __name__ == "__main__":
    build_round(29, "nl", LINES, sys.argv, "tests/Eval/nl/round29/source/build_corpus.py")
