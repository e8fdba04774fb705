"""Round 17, Dutch (nl-NL): a new author's mix of speakers and situations: Antillean and Aruban Dutch with Papiamentu
words, Frisians speaking Dutch with Frisian words, Belgian-formal Dutch (the polite written register said out loud),
learners of Dutch (NT2), office Dutch with English words, parents and children at the kitchen table doing homework, a
geography lesson in class, a car trip with children in the back, crossword solvers, board-game players, people with a
news item in mind, people calling a relative abroad or planning a trip; hesitations, corrections, follow-ups, checks, and
what nl-NL recognition writes (missing diaeresis, split or joined names).
`python3 tests/Eval/nl/round17/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 17's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions, everyday register.
direct-question | wat is eigenlijk de hoofdstad van {} | paraguay=PY; gabon=GA; laos=LA
direct-question | welke stad is de hoofdstad van {} | kameroen=CM; bahrein=BH; ijsland=IS
direct-question | hoe heet de hoofdstad van {} | oezbekistan=UZ; oman=OM; guatemala=GT
direct-question | wat is de hoofdstad van {} ook alweer | eritrea=ER; togo=TG; de comoren=KM
direct-question | waar ligt de hoofdstad van {} en hoe heet die | mongolië=MN; namibië=NA; kirgizië=KG
direct-question | de hoofdstad van {} welke is dat | slowakije=SK; litouwen=LT; algerije=DZ
direct-question | welke plaats is de hoofdstad van {} | tsjaad=TD; malawi=MW; zambia=ZM

do-you-know | weet jij toevallig wat de hoofdstad van {} is | burundi=BI; belize=BZ; fiji=FJ
do-you-know | alexa weet u wat de hoofdstad van {} is | grenada=GD; barbados=BB; denemarken=DK
do-you-know | ken jij de hoofdstad van {} | tonga=TO; samoa=WS; vanuatu=VU
do-you-know | heb jij enig idee wat de hoofdstad van {} is | turkmenistan=TM; tadzjikistan=TJ; azerbeidzjan=AZ

bare-keyword | hoofdstad {} | liechtenstein=LI; andorra=AD; san marino=SM
bare-keyword | {} hoofdstad | cyprus=CY; luxemburg=LU; montenegro=ME
bare-keyword | hoofdstad van {} graag | kosovo=XK; moldavië=MD; albanië=AL

terse | {} wat is de hoofdstad kort antwoord | jemen=YE; soedan=SD; somalië=SO
terse | gewoon de hoofdstad van {} verder niks | irak=IQ; libië=LY; syrië=SY
terse | snel {} hoofdstad | cuba=CU; peru=PE; chili=CL

# Hesitations and fillers.
filler-hesitation | eh alexa wat is eh de hoofdstad van {} | bhutan=BT; nepal=NP; sri lanka=LK
filler-hesitation | ehm wat was de hoofdstad van {} nou ook alweer | ecuador=EC; bolivia=BO; venezuela=VE
filler-hesitation | uhm hoe heet dat ding de hoofdstad van {} | guyana=GY; suriname=SR; frans-guyana=GF
filler-hesitation | alexa eh even denken wat is de hoofdstad van dinges {} | honduras=HN; nicaragua=NI; el salvador=SV
filler-hesitation | zeg eh die hoofdstad van {} hoe heet die ook weer | estland=EE; letland=LV; finland=FI

# Antillean and Aruban Dutch with Papiamentu words (bon dia, dushi, danki, bo sa, mi no sa, ta bon, ayo).
antillean | bon dia alexa zeg mij wat is de hoofdstad van {} | venezuela=VE; colombia=CO; aruba=AW
antillean | dushi alexa wat is de hoofdstad van {} | curaçao=CW; jamaica=JM; haïti=HT
antillean | alexa bo sa wat de hoofdstad van {} is | bonaire=BQ; sint-maarten=SX; panama=PA
antillean | mi no sa hoor wat is de hoofdstad van {} | de dominicaanse republiek=DO; trinidad en tobago=TT; costa rica=CR
antillean | danki alexa en de hoofdstad van {} | guadeloupe=GP; martinique=MQ; puerto rico=PR
antillean | ta bon alexa hoe heet de hoofdstad van {} | saint lucia=LC; dominica=DM; antigua en barbuda=AG
antillean | mijn tante woont op curaçao en zij vraagt wat de hoofdstad van nederland nou is amsterdam of den haag | NL
antillean | ayo alexa eerst nog de hoofdstad van aruba | AW

# Frisians speaking Dutch with Frisian words (sis ris, witsto, heit, mem, tige tank, no).
frisian-dutch | alexa sis ris wat de hoofdstad van {} is | noorwegen=NO; zweden=SE; denemarken=DK
frisian-dutch | witsto wat de hoofdstad van {} is alexa | groenland=GL; de faeröer=FO; ijsland=IS
frisian-dutch | heit wil weten wat de hoofdstad van {} is | polen=PL; tsjechië=CZ; hongarije=HU
frisian-dutch | mem vraagt hoe de hoofdstad van {} heet | oostenrijk=AT; zwitserland=CH; slovenië=SI
frisian-dutch | no alexa wat is de hoofdstad van {} dan | schotland=GB-SCT; wales=GB-WLS; noord-ierland=GB-NIR
frisian-dutch | tige tank alexa en de hoofdstad van {} | ierland=IE; portugal=PT; kroatië=HR

# Belgian-formal Dutch: the careful register of Flemish speakers talking to a device.
belgian-formal | zou u mij kunnen zeggen wat de hoofdstad van {} is alstublieft | congo-kinshasa=CD; rwanda=RW; burundi=BI
belgian-formal | mag ik u vragen welke stad de hoofdstad is van {} | marokko=MA; tunesië=TN; senegal=SN
belgian-formal | gelieve mij de hoofdstad van {} mee te delen | ethiopië=ET; kenia=KE; tanzania=TZ
belgian-formal | ik had graag geweten wat de hoofdstad van {} is | oeganda=UG; mali=ML; niger=NE
belgian-formal | ik zou graag vernemen wat de hoofdstad is van {} | burkina faso=BF; benin=BJ; guinee=GN
belgian-formal | kunt u mij zeggen wat de hoofdstad van {} is aub | gambia=GM; liberia=LR; sierra leone=SL
belgian-formal | wees zo vriendelijk mij de hoofdstad van {} te noemen | mauritanië=MR; djibouti=DJ; angola=AO

# Learners of Dutch (NT2): simpler grammar, missing articles.
learner-dutch | wat is hoofdstad van {} | afghanistan=AF; pakistan=PK; bangladesh=BD
learner-dutch | ik wil weten hoofdstad van {} | eritrea=ER; somalië=SO; syrië=SY
learner-dutch | hoe heet hoofdstad van land {} | polen=PL; roemenië=RO; bulgarije=BG
learner-dutch | alexa jij kan zeggen de hoofdstad van {} | oekraïne=UA; turkije=TR; marokko=MA
learner-dutch | mijn buurvrouw komt uit {} wat is hoofdstad van haar land | jemen=YE; irak=IQ; iran=IR
learner-dutch | in mijn taalles vragen ze de hoofdstad van {} wat is het | brazilië=BR; argentinië=AR; mexico=MX

# Office Dutch with English words.
office-english | even checken wat is de capital van {} | singapore=SG; maleisië=MY; indonesië=ID
office-english | quick question alexa wat is de hoofdstad van {} | zuid-korea=KR; japan=JP; china=CN
office-english | ik heb zo een call met een klant in {} wat is daar de hoofdstad | vietnam=VN; thailand=TH; de filipijnen=PH
office-english | voor mijn presentatie de capital city van {} | india=IN; australië=AU; nieuw-zeeland=NZ
office-english | kun je me even updaten wat de hoofdstad van {} is | saoedi-arabië=SA; qatar=QA; koeweit=KW
office-english | onze nieuwe collega komt uit {} wat is eigenlijk de hoofdstad daar | nigeria=NG; ghana=GH; egypte=EG

# Homework at the kitchen table: parents and children.
homework-table | mama zegt dat ik het aan jou moet vragen wat is de hoofdstad van {} | frankrijk=FR; spanje=ES; italië=IT
homework-table | ik zit mijn huiswerk te maken wat is de hoofdstad van {} | griekenland=GR; duitsland=DE; belgië=BE
homework-table | alexa help even mijn zoon wil weten wat de hoofdstad van {} is | canada=CA; rusland=RU; egypte=EG
homework-table | voor mijn werkstuk over {} moet ik de hoofdstad weten | kenia=KE; peru=PE; nepal=NP
homework-table | papa weet het niet meer wat is de hoofdstad van {} | australië=AU; zweden=SE; chili=CL
homework-table | we zitten aan de keukentafel met aardrijkskunde wat is de hoofdstad van {} | cambodja=KH; myanmar=MM; jordanië=JO
homework-table | mijn dochter heeft morgen een toets wat was de hoofdstad van {} | letland=LV; estland=EE; wit-rusland=BY

# A geography lesson in class.
classroom | meester vraagt wat de hoofdstad van {} is | madagaskar=MG; mozambique=MZ; zimbabwe=ZW
classroom | juf wil dat we het aan alexa vragen wat is de hoofdstad van {} | botswana=BW; lesotho=LS; namibië=NA
classroom | jongens stil even alexa wat is de hoofdstad van {} | libanon=LB; israël=IL; cyprus=CY
classroom | voor de topo van vandaag wat is de hoofdstad van {} | servië=RS; bosnië en herzegovina=BA; noord-macedonië=MK
classroom | de hele klas wil weten wat de hoofdstad van {} is | kazachstan=KZ; oezbekistan=UZ; mongolië=MN

# A car trip with the children in the back.
car-trip | we zitten in de auto en de kinderen vragen wat de hoofdstad van {} is | luxemburg=LU; belgië=BE; frankrijk=FR
car-trip | we rijden net {} binnen wat is hier de hoofdstad | duitsland=DE; oostenrijk=AT; slovenië=SI
car-trip | de kleine op de achterbank wil weten wat de hoofdstad van {} is | italië=IT; kroatië=HR; spanje=ES
car-trip | alexa we zijn op weg naar {} wat is daar de hoofdstad | montenegro=ME; albanië=AL; griekenland=GR
car-trip | ik zit achter het stuur dus zeg het maar hardop de hoofdstad van {} | portugal=PT; andorra=AD; monaco=MC

# Crossword solvers.
crossword | ik zit met de kruiswoordpuzzel hoofdstad van {} | peru=PE; mali=ML; togo=TG
crossword | zweedse puzzel hoofdstad van {} vier letters | italië=IT; noorwegen=NO; zwitserland=CH
crossword | hoofdstad van {} zes letters wat kan dat zijn | irak=IQ; albanië=AL; zimbabwe=ZW
crossword | voor de puzzel in de krant wat is de hoofdstad van {} | letland=LV; oman=OM; qatar=QA
crossword | de laatste die ik mis in de puzzel is de hoofdstad van {} | samoa=WS; fiji=FJ; kiribati=KI

# Board games at home (Triviant, 30 Seconds, a quiz app).
board-game | we spelen triviant wat is de hoofdstad van {} | bolivia=BO; uruguay=UY; paraguay=PY
board-game | bij dertig seconds kwam {} langs wat is daar de hoofdstad | ecuador=EC; costa rica=CR; haïti=HT
board-game | wie heeft er gelijk wat is de hoofdstad van {} | australië=AU; turkije=TR; canada=CA
board-game | we hebben een weddenschap lopen over de hoofdstad van {} | brazilië=BR; zwitserland=CH; nieuw-zeeland=NZ

# A news item in mind.
news-item | op het journaal ging het over {} wat is daar de hoofdstad | soedan=SD; zuid-soedan=SS; niger=NE
news-item | ik lees net in de krant over {} wat is de hoofdstad daarvan | haïti=HT; myanmar=MM; venezuela=VE
news-item | er was een aardbeving in {} welke stad is daar de hoofdstad | nepal=NP; ecuador=EC; vanuatu=VU
news-item | er zijn verkiezingen in {} wat is de hoofdstad van dat land | georgië=GE; moldavië=MD; senegal=SN
news-item | in het nieuws hadden ze het over taiwan hoe heet de hoofdstad daar | TW
news-item | ze zeiden op de radio iets over de westelijke sahara wat is daar de hoofdstad | EH

# Calling a relative abroad.
call-abroad | mijn dochter woont in {} wat is daar de hoofdstad | nieuw-zeeland=NZ; canada=CA; zuid-afrika=ZA
call-abroad | ik heb zo mijn neef aan de lijn uit {} wat is de hoofdstad van dat land | suriname=SR; indonesië=ID; marokko=MA
call-abroad | mijn kleinzoon zit voor zijn werk in {} hoe heet de hoofdstad daar | qatar=QA; koeweit=KW; bahrein=BH
call-abroad | oma belt straks met haar zus in {} wat is de hoofdstad daarvan | ierland=IE; australië=AU; argentinië=AR

# Planning a trip.
travel-planning | we gaan deze zomer naar {} wat is de hoofdstad | sri lanka=LK; vietnam=VN; jordanië=JO
travel-planning | ik boek een stedentrip naar de hoofdstad van {} hoe heet die | hongarije=HU; tsjechië=CZ; polen=PL
travel-planning | we maken een cruise langs {} wat is daar de hoofdstad | noorwegen=NO; kaapverdië=CV; malta=MT
travel-planning | op wintersport in {} wat is de hoofdstad eigenlijk | slowakije=SK; bulgarije=BG; andorra=AD
travel-planning | welke hoofdstad moet ik naartoe vliegen als ik naar {} ga | mauritius=MU; de seychellen=SC; de maldiven=MV

# Small children, their own way.
young-child | alexa alexa wat is de hoofdstad van {} | japan=JP; china=CN; egypte=EG
young-child | ik ben vijf en ik wil weten wat de hoofdstad van {} is | amerika=US; engeland=GB-ENG; frankrijk=FR
young-child | mag ik iets vragen de hoofdstad van {} | india=IN; brazilië=BR; kenia=KE

# What nl-NL recognition writes: missing diaeresis, names split or joined, "hoofd stad".
asr-artefact | wat is de hoofdstad van {} | belgie=BE; oekraine=UA; saoedi arabie=SA
asr-artefact | wat is de hoofd stad van {} | kaap verdie=CV; nieuw zeeland=NZ; oost timor=TL
asr-artefact | hoofdstad van {} alexa | papoea nieuw guinea=PG; guinee bissau=GW; equatoriaal guinea=GQ
asr-artefact | wat is de hoofdstad van de {} | centraal afrikaanse republiek=CF; dominicaanse republiek=DO; verenigde arabische emiraten=AE
asr-artefact | de hoofdstad van {} is wat | ethiopie=ET; mauritanie=MR; tsjechie=CZ
asr-artefact | wat is de hoofdstad van israel | IL
asr-artefact | wat is de hoofdstad van haiti | HT
asr-artefact | wat is de hoofdstad van bosnie | BA
asr-artefact | wat is de hoofdstad van sao tome en principe | ST
asr-artefact | wat is de hoofdstad van saint kitts and nevis | KN
asr-artefact | wat is de hoofdstad van de salomons eilanden | SB
asr-artefact | wat is de hoofdstad van de marshall eilanden | MH

# Questions about other kinds of places.
subdivision | wat is de hoofdstad van de deelstaat {} | beieren=DE-BY; nedersaksen=DE-NI; saksen=DE-SN
subdivision | wat is de hoofdstad van de staat {} | texas=US-TX; californië=US-CA; florida=US-FL
subdivision | welke stad is de hoofdstad van de provincie {} | ontario=CA-ON; quebec=CA-QC; alberta=CA-AB
subdivision | wat is de hoofdstad van {} in australië | queensland=AU-QLD; tasmanië=AU-TAS; victoria=AU-VIC
subdivision | wat is de hoofdstad van {} in india | kerala=IN-KL; rajasthan=IN-RJ; tamil nadu=IN-TN
subdivision | hoofdstad van de braziliaanse staat {} | bahia=BR-BA; amazonas=BR-AM; paraná=BR-PR
subdivision | wat is de hoofdstad van de mexicaanse staat {} | yucatán=MX-YUC; jalisco=MX-JAL; oaxaca=MX-OAX
subdivision | wat is de hoofdstad van noordrijn-westfalen | DE-NW
subdivision | mijn schoonzus woont in rijnland-palts wat is daar de hoofdstad | DE-RP
subdivision | de hoofdstad van sleeswijk-holstein is dat kiel of lübeck | DE-SH
subdivision | wat is de hoofdstad van de amerikaanse staat new york | US-NY
subdivision | hoe heet de hoofdstad van alaska | US-AK
subdivision | hoofdstad van brits-columbia | CA-BC
subdivision | wat is de hoofdstad van west-australië | AU-WA
subdivision | wat is de hoofdstad van nieuw-zuid-wales | AU-NSW
subdivision | wat is de hoofdstad van het noordelijk territorium in australië | AU-NT
subdivision | de hoofdstad van de indiase deelstaat goa | IN-GA
subdivision | wat is de hoofdstad van de staat washington | US-WA
subdivision | hoe heet de hoofdstad van saksen-anhalt | DE-ST
subdivision | in welke stad zit de regering van thüringen | DE-TH

territory | wat is de hoofdplaats van {} | bermuda=BM; guam=GU; réunion=RE
territory | hoe heet de hoofdplaats van {} | de kaaimaneilanden=KY; frans-polynesië=PF; nieuw-caledonië=NC
territory | welke stad is het bestuurscentrum van {} | de falklandeilanden=FK; gibraltar=GI; jersey=JE
territory | wat is de hoofdstad van het eiland man | IM
territory | wat is de hoofdstad van åland | AX
territory | wat is de hoofdstad van de cookeilanden | CK
territory | wat is de hoofdstad van sint-helena | SH
territory | wat is de hoofdstad van mayotte | YT
territory | welke stad is de hoofdstad van amerikaans-samoa | AS

# Several capitals.
plural-capitals | wat zijn de hoofdsteden van {} | zuid-afrika=ZA; bolivia=BO; maleisië=MY
plural-capitals | welke hoofdsteden heeft {} | benin=BJ; ivoorkust=CI; eswatini=SZ
plural-capitals | hoeveel hoofdsteden heeft {} eigenlijk | nederland=NL; sri lanka=LK; palestina=PS
plural-capitals | noem de drie hoofdsteden van zuid-afrika | ZA
plural-capitals | zuid-afrika heeft toch meerdere hoofdsteden welke zijn dat | ZA
plural-capitals | ik hoorde dat bolivia twee hoofdsteden heeft hoe heten die | BO
plural-capitals | klopt het dat maleisië twee hoofdsteden heeft | MY
plural-capitals | wat zijn de twee hoofdsteden van nederland | NL
plural-capitals | is amsterdam nou de hoofdstad of den haag allebei misschien | NL
plural-capitals | wat zijn de hoofdsteden van benin is dat porto-novo en cotonou | BJ
plural-capitals | noem alle hoofdsteden van ivoorkust | CI
plural-capitals | welke twee steden zijn de hoofdstad van sri lanka | LK
plural-capitals | wat zijn de hoofdsteden van swaziland | SZ
plural-capitals | welke steden gelden als hoofdstad van palestina | PS
plural-capitals | heeft bolivia nou sucre of la paz als hoofdstad of allebei | BO

# Names: official, everyday and old, shared.
official-name | wat is de hoofdstad van het koninkrijk der nederlanden | NL
official-name | wat is de hoofdstad van de bondsrepubliek duitsland | DE
official-name | wat is de hoofdstad van de russische federatie | RU
official-name | wat is de hoofdstad van de volksrepubliek china | CN
official-name | wat is de hoofdstad van de islamitische republiek iran | IR
official-name | wat is de hoofdstad van de helleense republiek | GR
official-name | wat is de hoofdstad van de verenigde mexicaanse staten | MX
official-name | wat is de hoofdstad van de democratische volksrepubliek korea | KP
official-name | wat is de hoofdstad van de republiek korea | KR
official-name | wat is de hoofdstad van de federale staten van micronesia | FM
official-name | wat is de hoofdstad van de zwitserse bondsstaat | CH
official-name | wat is de hoofdstad van het verenigd koninkrijk van groot-brittannië en noord-ierland | GB
official-name | wat is de hoofdstad van de republiek congo | CG
official-name | wat is de hoofdstad van de democratische republiek oost-timor | TL
official-name | welke stad is de hoofdstad van de federatieve republiek brazilië | BR
official-name | wat is de hoofdstad van het koninkrijk saoedi-arabië | SA

everyday-name | zeg eens de hoofdstad van {} | holland=NL; de emiraten=AE; wit-rusland=BY
everyday-name | hoe heet de hoofdstad van {} tegenwoordig | birma=MM; swaziland=SZ; macedonië=MK
everyday-name | vroeger heette het {} wat is daar nu de hoofdstad | zaïre=CD; rhodesië=ZW; dahomey=BJ
everyday-name | mijn opa zegt altijd {} wat is daarvan de hoofdstad | perzië=IR; siam=TH; abessinië=ET
everyday-name | wat is de hoofdstad van timor-leste | TL
everyday-name | wat is de hoofdstad van de vs | US
everyday-name | wat is de hoofdstad van congo-brazzaville | CG
everyday-name | wat is de hoofdstad van kirgizstan | KG
everyday-name | wat is de hoofdstad van groot-brittannië | GB
everyday-name | wat is de hoofdstad van het vk | GB
everyday-name | wat is de hoofdstad van de drc | CD

shared-name | alexa de hoofdstad van {} | korea=KP+KR; congo=CD+CG; georgia=GE+US-GA
shared-name | wat zijn de hoofdsteden van de twee korea's | KP+KR
shared-name | wat zijn de hoofdsteden van beide congo's | CD+CG
shared-name | hoe heet de hoofdstad van de maagdeneilanden | VG+VI
shared-name | en noord-korea en zuid-korea samen wat zijn daar de hoofdsteden | KP+KR
shared-name | wat is de hoofdstad van congo eigenlijk | CD+CG
shared-name | korea hoofdstad | KP+KR

# Follow-ups after an answer.
follow-up | en die van {} | noorwegen=NO; finland=FI; estland=EE
follow-up | oké en van {} dan | guatemala=GT; belize=BZ; honduras=HN
follow-up | en hoe zit dat bij {} | tunesië=TN; libië=LY; algerije=DZ
follow-up | hetzelfde voor {} | jamaica=JM; cuba=CU; de bahama's=BS
follow-up | dank je en wat is de hoofdstad van het buurland {} | laos=LA; cambodja=KH; thailand=TH
follow-up | en {} | tuvalu=TV; nauru=NR; palau=PW
follow-up | nog eentje {} | brunei=BN; oost-timor=TL; papoea-nieuw-guinea=PG

# Corrections in mid-sentence: the place said last.
self-correction | wat is de hoofdstad van zweden nee zwitserland | CH
self-correction | hoofdstad van oostenrijk eh australië bedoel ik | AU
self-correction | wat is de hoofdstad van iran nee sorry irak | IQ
self-correction | de hoofdstad van nigeria of nee wacht niger | NE
self-correction | wat is de hoofdstad van slowakije ik bedoel slovenië | SI
self-correction | wat is de hoofdstad van gambia nee zambia | ZM
self-correction | hoofdstad van guinee nee guinee-bissau | GW
self-correction | wat is de hoofdstad van mali ik zei het fout van malawi | MW
self-correction | wat is de hoofdstad van oeganda pardon rwanda | RW
self-correction | wat is de hoofdstad van colombia uh nee ik bedoel bolivia | BO
self-correction | wat is de hoofdstad van armenië foutje albanië | AL
self-correction | hoofdstad van dominica nee de dominicaanse republiek | DO
self-correction | wat is de hoofdstad van mauritius nee mauritanië | MR
self-correction | wat is de hoofdstad van lesotho nee toch eswatini | SZ
self-correction | de hoofdstad van tadzjikistan of nee kazachstan | KZ
self-correction | wat is de hoofdstad van kameroen sorry gabon | GA
self-correction | ik bedoel niet oostenrijk maar hongarije wat is de hoofdstad | HU

# Checks: the place asked about.
yes-no-check | is sydney de hoofdstad van australië | AU
yes-no-check | klopt het dat genève de hoofdstad van zwitserland is | CH
yes-no-check | is istanboel de hoofdstad van turkije | TR
yes-no-check | is rio de janeiro nog steeds de hoofdstad van brazilië | BR
yes-no-check | is karachi de hoofdstad van pakistan | PK
yes-no-check | is new york de hoofdstad van amerika | US
yes-no-check | auckland is toch de hoofdstad van nieuw-zeeland | NZ
yes-no-check | is almaty de hoofdstad van kazachstan | KZ
yes-no-check | is dar es salaam de hoofdstad van tanzania | TZ
yes-no-check | is casablanca de hoofdstad van marokko | MA
yes-no-check | is ho chi minhstad de hoofdstad van vietnam | VN
yes-no-check | is dubai de hoofdstad van de emiraten | AE
yes-no-check | is lagos de hoofdstad van nigeria | NG
yes-no-check | is johannesburg de hoofdstad van zuid-afrika | ZA
yes-no-check | is antwerpen de hoofdstad van belgië | BE
yes-no-check | is toronto de hoofdstad van canada | CA
yes-no-check | is barcelona niet de hoofdstad van spanje | ES
yes-no-check | is miami de hoofdstad van florida | US-FL
yes-no-check | is abidjan de hoofdstad van ivoorkust | CI
yes-no-check | is yangon nog de hoofdstad van myanmar | MM
yes-no-check | is tel aviv de hoofdstad van israël | IL
yes-no-check | is zürich de hoofdstad van zwitserland of niet | CH
yes-no-check | is kraków de hoofdstad van polen | PL

# Which country has this capital.
reverse-question | van welk land is {} de hoofdstad | ouagadougou=CITY:Ouagadougou; tegucigalpa=CITY:Tegucigalpa; ulaanbaatar=CITY:Ulaanbaatar
reverse-question | {} is de hoofdstad van welk land | bisjkek=CITY:Bisjkek; asmara=CITY:Asmara; vientiane=CITY:Vientiane
reverse-question | waar is {} de hoofdstad van | windhoek=CITY:Windhoek; paramaribo=CITY:Paramaribo; reykjavik=CITY:Reykjavik
reverse-question | bij welk land hoort de hoofdstad {} | thimphu=CITY:Thimphu; nouakchott=CITY:Nouakchott; antananarivo=CITY:Antananarivo
reverse-question | in welk land ligt de hoofdstad {} | ljubljana=CITY:Ljubljana; tbilisi=CITY:Tbilisi; montevideo=CITY:Montevideo
reverse-question | welk land heeft dakar als hoofdstad | CITY:Dakar
reverse-question | van welk land is canberra de hoofdstad | CITY:Canberra
reverse-question | ik hoorde de naam lilongwe is dat een hoofdstad en van welk land | CITY:Lilongwe
reverse-question | welke staat heeft sacramento als hoofdstad | CITY:Sacramento
reverse-question | van wat is port moresby de hoofdstad | CITY:Port Moresby

# Not a capital question: other facts, "hoofdstad" in other senses, chit-chat, planets and more.
out-of-domain | hoeveel inwoners heeft {} | nigeria=FB; ijsland=FB; peru=FB
out-of-domain | welke taal spreken ze in {} | suriname=FB; ethiopië=FB; zwitserland=FB
out-of-domain | wat is de munteenheid van {} | zweden=FB; marokko=FB; japan=FB
out-of-domain | hoe laat is het nu in {} | curaçao=FB; australië=FB; thailand=FB
out-of-domain | wie is de president van frankrijk | FB
out-of-domain | wie is de koning van belgië | FB
out-of-domain | hoe groot is rusland in vierkante kilometers | FB
out-of-domain | wat is de hoogste berg van afrika | FB
out-of-domain | welke rivier stroomt door boedapest | FB
out-of-domain | wat is het volkslied van nederland | FB
out-of-domain | hoeveel landen zijn er in afrika | FB
out-of-domain | wat is de grootste stad van turkije | FB
out-of-domain | hoe ver is het van amsterdam naar parijs | FB
out-of-domain | wat voor weer is het in lissabon | FB
out-of-domain | schrijf je hoofdstad met een hoofdletter | FB
out-of-domain | wat betekent het woord hoofdstad | FB
out-of-domain | hoe spel je hoofdstad | FB
out-of-domain | welke stad is dit jaar culturele hoofdstad van europa | FB
out-of-domain | wat is startkapitaal | FB
out-of-domain | hoeveel maanden zitten er in een jaar | FB
out-of-domain | wat is de grootste planeet van ons zonnestelsel | FB
out-of-domain | hoe ver staat de maan van de aarde | FB
out-of-domain | hoeveel planeten zijn er | FB
out-of-domain | vertel eens een mop | FB
out-of-domain | hoe gaat het met je alexa | FB
out-of-domain | zet een timer van tien minuten | FB
out-of-domain | speel radio twee | FB
out-of-domain | wat is de kleur van de vlag van ierland | FB
out-of-domain | welke landen grenzen aan duitsland | FB
out-of-domain | wat eten ze in mexico | FB
out-of-domain | hoe zeg je dank je wel in het japans | FB
out-of-domain | wanneer is het koningsdag | FB
out-of-domain | hoe oud is de koning | FB
out-of-domain | wat is het langste woord van het nederlands | FB
out-of-domain | hoeveel provincies heeft nederland | FB
out-of-domain | welk land heeft de meeste inwoners | FB
out-of-domain | waar komt de tulp vandaan | FB
out-of-domain | doe de lampen in de woonkamer uit | FB
out-of-domain | bon dia alexa hoe is het weer op curaçao | FB
out-of-domain | wie heeft het wk gewonnen | FB
out-of-domain | wat is het verschil tussen holland en nederland | FB
out-of-domain | tige tank alexa je bent een schat | FB
out-of-domain | zet een puzzelboekje op mijn boodschappenlijst | FB
out-of-domain | hoeveel tijdzones heeft amerika | FB
out-of-domain | welke kant rijden ze op in engeland | FB
out-of-domain | wat is de oppervlakte van de sahara | FB

help | help | HELP
help | hoe werkt dit | HELP
help | wat kan ik je allemaal vragen | HELP
help | ik snap niet wat ik moet zeggen | HELP
help | geef eens een voorbeeld van een vraag | HELP
help | welke vragen kan deze skill beantwoorden | HELP
help | alexa help me even hoe moet ik dit gebruiken | HELP
help | ik weet niet hoe dit werkt kun je het uitleggen | HELP
help | wat moet ik doen | HELP
help | uitleg graag | HELP
help | mi no sa hoe dit werkt help | HELP
help | hoe gebruik ik hoofdsteden van de wereld | HELP

stop | stop | STOP
stop | hou op | STOP
stop | stoppen | STOP
stop | sluit af | STOP
stop | afsluiten alsjeblieft | STOP
stop | stop maar met de hoofdsteden | STOP
stop | genoeg geweest stop | STOP
stop | alexa uit | STOP
stop | we zijn er klaar mee stop maar | STOP
stop | stop het spel | STOP
stop | hou er maar mee op | STOP
stop | ayo alexa stop maar | STOP

cancel | annuleer | CANCEL
cancel | laat maar | CANCEL
cancel | laat maar zitten | CANCEL
cancel | vergeet het maar | CANCEL
cancel | annuleren alsjeblieft | CANCEL
cancel | nee toch maar niet | CANCEL
cancel | laat maar ik zoek het zelf wel op | CANCEL
cancel | ach vergeet wat ik vroeg | CANCEL
cancel | laat ook maar | CANCEL
cancel | annuleer die vraag | CANCEL
cancel | doe maar niet | CANCEL
cancel | nee laat maar zitten hoor | CANCEL

launch | open hoofdsteden van de wereld | LAUNCH
launch | start hoofdsteden van de wereld | LAUNCH
launch | alexa hoofdsteden van de wereld openen | LAUNCH
launch | begin hoofdsteden van de wereld | LAUNCH
launch | hoofdsteden van de wereld starten | LAUNCH
launch | doe hoofdsteden van de wereld eens open | LAUNCH
launch | speel hoofdsteden van de wereld | LAUNCH
launch | open even hoofdsteden van de wereld | LAUNCH
launch | ik wil hoofdsteden van de wereld | LAUNCH
launch | hoofdsteden van de wereld | LAUNCH
launch | start even hoofdsteden van de wereld voor de kinderen | LAUNCH

# Football and song-contest evenings.
sports-fan | oranje speelt vanavond tegen {} wat is daar de hoofdstad | armenië=AM; georgië=GE; ijsland=IS
sports-fan | de tour de france begint dit jaar in {} wat is de hoofdstad daarvan | denemarken=DK; spanje=ES; italië=IT
sports-fan | onze club moet uit naar {} welke stad is daar de hoofdstad | azerbeidzjan=AZ; kazachstan=KZ; cyprus=CY
sports-fan | wie won het songfestival ik geloof {} wat is daarvan de hoofdstad | zweden=SE; oekraïne=UA; israël=IL
sports-fan | twaalf punten voor {} hoe heet de hoofdstad daar ook alweer | moldavië=MD; estland=EE; portugal=PT

# Television quiz shows.
tv-quiz | bij twee voor twaalf vroegen ze de hoofdstad van {} | tuvalu=TV; tonga=TO; palau=PW
tv-quiz | de kandidaat bij de slimste mens wist de hoofdstad van {} niet wat is het | saint vincent en de grenadines=VC; suriname=SR; bhutan=BT
tv-quiz | mijn vrouw kijkt een quiz wat is de hoofdstad van {} | kaapverdië=CV; djibouti=DJ; burundi=BI
tv-quiz | in die quiz op tv kwam de hoofdstad van {} voorbij welke was dat | turkmenistan=TM; sri lanka=LK; guyana=GY

# Thanks or a tail after the question.
trailing-tail | wat is de hoofdstad van {} alvast bedankt | marshalleilanden=MH; de salomonseilanden=SB; micronesië=FM
trailing-tail | de hoofdstad van {} als je het weet tenminste | saint kitts en nevis=KN; sao tomé en principe=ST; grenada=GD
trailing-tail | hoofdstad van {} zeg het maar rustig | liberia=LR; sierra leone=SL; guinee=GN
trailing-tail | wat is de hoofdstad van {} dank je wel hoor | armenië=AM; jordanië=JO; oman=OM

# More calls abroad and Antillean and Frisian speakers.
call-abroad | mijn broer is met zijn gezin naar {} verhuisd wat is daar eigenlijk de hoofdstad | noorwegen=NO; spanje=ES; curaçao=CW
call-abroad | ik bel zo met mijn vriendin in {} wat is de hoofdstad daar zodat ik het niet vergeet | kenia=KE; tanzania=TZ; namibië=NA
antillean | alexa kiko ta de hoofdstad van {} | el salvador=SV; venezuela=VE; honduras=HN
antillean | mijn wela vraagt wat de hoofdstad van {} is | cuba=CU; colombia=CO; panama=PA
frisian-dutch | hee alexa moai weer hè wat is de hoofdstad van {} | estland=EE; letland=LV; litouwen=LT
frisian-dutch | us heit zit te puzzelen wat is de hoofdstad van {} | finland=FI; ierland=IE; luxemburg=LU

# More yes/no checks (the place asked about).
yes-no-check | mijn zus zegt dat zürich de hoofdstad van zwitserland is heeft ze gelijk | CH
yes-no-check | ik dacht dat sydney de hoofdstad van australië was of zit ik fout | AU
yes-no-check | is marrakesh soms de hoofdstad van marokko | MA
yes-no-check | alexa is het waar dat almaty niet meer de hoofdstad van kazachstan is | KZ
yes-no-check | is rotterdam de hoofdstad van nederland mijn zoontje zegt van wel | NL
yes-no-check | mijn buurman beweert dat st petersburg de hoofdstad van rusland is klopt dat | RU
yes-no-check | is bonn nog de hoofdstad van duitsland of is dat berlijn geworden | DE
yes-no-check | is douala de hoofdstad van kameroen | CM
yes-no-check | is kaapstad de enige hoofdstad van zuid-afrika | ZA
yes-no-check | is calcutta de hoofdstad van india ik twijfel | IN
yes-no-check | is abuja of lagos de hoofdstad van nigeria | NG
yes-no-check | is la paz de echte hoofdstad van bolivia | BO
yes-no-check | klopt het dat quebec de hoofdstad van de provincie quebec is | CA-QC
yes-no-check | mijn antwoord in de puzzel is canberra voor australië is dat goed | AU

# More names.
official-name | welke stad is de hoofdstad van de republiek polen | PL
official-name | hoe heet de hoofdstad van het koninkrijk noorwegen | NO
official-name | ik zoek de hoofdstad van de islamitische republiek pakistan | PK
official-name | de hoofdstad van de arabische republiek egypte graag | EG
official-name | voor mijn scriptie de hoofdstad van de slowaakse republiek | SK
official-name | en wat is de hoofdstad van het koninkrijk marokko | MA
official-name | wat is de hoofdstad van de portugese republiek | PT
official-name | mag ik de hoofdstad van het koninkrijk zweden weten | SE
official-name | de hoofdstad van de verenigde staten van amerika hoe heet die | US
official-name | de republiek zuid-afrika wat zijn daar de hoofdsteden | ZA
everyday-name | mijn moeder zegt nog steeds ceylon wat is daar de hoofdstad van | LK
everyday-name | wat is de hoofdstad van opper-volta zoals het vroeger heette | BF
everyday-name | wat is de hoofdstad van de states | US
everyday-name | welke stad is de hoofdstad van türkiye | TR
everyday-name | vroeger nyasaland nu malawi wat is de hoofdstad | MW
shared-name | de hoofdsteden van noord en zuid korea graag | KP+KR
shared-name | de twee congo's welke hoofdsteden hebben die | CD+CG
shared-name | ik bedoel gewoon congo wat is daar de hoofdstad | CD+CG
shared-name | hoe heten de hoofdsteden van de beide korea's | KP+KR
shared-name | georgia hoofdstad | GE+US-GA

# More plural questions.
plural-capitals | hoe heten de hoofdsteden van {} | benin=BJ; eswatini=SZ; palestina=PS
plural-capitals | alexa welke steden zijn allemaal hoofdstad in {} | zuid-afrika=ZA; maleisië=MY; ivoorkust=CI
plural-capitals | voor mijn spreekbeurt welke hoofdsteden heeft bolivia allemaal | BO
plural-capitals | waarom heeft nederland twee hoofdsteden en welke zijn het | NL
plural-capitals | sri lanka heeft toch twee hoofdsteden noem ze eens | LK
plural-capitals | zuid-afrika pretoria kaapstad en hoe heet de derde hoofdstad | ZA

# More subdivisions.
subdivision | mijn tante woont in {} wat is daar de hoofdstad | hessen=DE-HE; brandenburg=DE-BB; saarland=DE-SL
subdivision | we gaan kamperen in {} welke stad is daar de hoofdstad | baden-württemberg=DE-BW; mecklenburg-voor-pommeren=DE-MV; nova scotia=CA-NS
subdivision | wat is de hoofdstad van de amerikaanse staat {} eigenlijk | louisiana=US-LA; kentucky=US-KY; nevada=US-NV
subdivision | de hoofdstad van {} in canada | manitoba=CA-MB; saskatchewan=CA-SK; yukon=CA-YT
subdivision | ik zag een documentaire over {} wat is daar de hoofdstad | hawaï=US-HI; tasmanië=AU-TAS; nunavut=CA-NU
subdivision | wat is de hoofdstad van schotland edinburgh of glasgow | GB-SCT
subdivision | de hoofdstad van wales is dat cardiff | GB-WLS
subdivision | welke stad is de hoofdstad van de indiase staat maharashtra | IN-MH

# More reverse questions.
reverse-question | {} van welk land is dat de hoofdstad | ngerulmud=CITY:Ngerulmud; funafuti=CITY:Funafuti; jerevan=CITY:Jerevan
reverse-question | in de puzzel staat {} waar is dat de hoofdstad van | managua=CITY:Managua; bamako=CITY:Bamako; kigali=CITY:Kigali
reverse-question | ik hoorde {} op het journaal welk land heeft dat als hoofdstad | khartoem=CITY:Khartoem; caracas=CITY:Caracas; naypyidaw=CITY:Naypyidaw
reverse-question | kingstown is de hoofdstad van welk land | CITY:Kingstown

# More follow-ups.
follow-up | en van {} weet je die ook | armenië=AM; georgië=GE; azerbeidzjan=AZ
follow-up | ja en dan {} nog | saint vincent en de grenadines=VC; barbados=BB; trinidad=TT
follow-up | mooi en de buren {} | kroatië=HR; servië=RS; bosnië=BA

# More self-corrections.
self-correction | de hoofdstad van tuvalu nee niet tuvalu van tonga | TO
self-correction | wat is de hoofdstad van slowakije nee tsjechië bedoel ik | CZ
self-correction | hoofdstad van soedan eh van zuid-soedan | SS
self-correction | wat is de hoofdstad van armenië nee azerbeidzjan | AZ
self-correction | de hoofdstad van benin of nee wacht togo | TG
self-correction | ik zei zweden maar ik bedoel noorwegen de hoofdstad daarvan | NO

# More out-of-domain.
out-of-domain | welke stad is de modehoofdstad van de wereld | FB
out-of-domain | welke stad is de fietshoofdstad van nederland | FB
out-of-domain | hoeveel kapitaal heb je nodig voor een bv | FB
out-of-domain | wat is het bruto nationaal product van duitsland | FB
out-of-domain | wat is het hoogste gebouw van dubai | FB
out-of-domain | wie is de premier van nederland | FB
out-of-domain | wie is de minister-president van belgië | FB
out-of-domain | welke zee ligt er naast italië | FB
out-of-domain | wat is het netnummer van belgië | FB
out-of-domain | hoeveel inwoners heeft amsterdam | FB
out-of-domain | hoe lang duurt een vlucht naar curaçao | FB
out-of-domain | wat is de langste rivier van europa | FB
out-of-domain | hoe heet de maan van mars | FB
out-of-domain | is pluto een planeet | FB
out-of-domain | hoe warm is de zon | FB
out-of-domain | speel het wilhelmus | FB
out-of-domain | wat is het woord van de dag | FB
out-of-domain | zeg eens iets in het fries | FB
out-of-domain | hoe zeg je goedemorgen in het papiaments | FB
out-of-domain | welke taal spreken ze op aruba | FB
out-of-domain | waar ligt timboektoe | FB
out-of-domain | wat is een hoofdstad eigenlijk | FB
out-of-domain | hoeveel eilanden heeft indonesië | FB
out-of-domain | wat voor geld gebruiken ze in kaapverdië | FB

# More help, stop, cancel, launch.
help | ik weet niet wat ik kan vragen aan deze hoofdsteden | HELP
help | hoe vraag ik een hoofdstad op | HELP
help | alexa hulp | HELP
help | wat zijn de mogelijkheden | HELP
help | leg even uit wat je kunt | HELP
help | ik ben de weg kwijt help | HELP
help | hoe moet dit ook alweer | HELP
stop | uitzetten | STOP
stop | stop nu maar | STOP
stop | zo is het wel genoeg stop ermee | STOP
stop | alexa ophouden | STOP
stop | hou maar op met die hoofdsteden | STOP
stop | stop de skill | STOP
stop | sluit hoofdsteden van de wereld af | STOP
stop | kap maar | STOP
cancel | laat die vraag maar | CANCEL
cancel | vergeet die hoofdstad maar | CANCEL
cancel | annuleer dat maar | CANCEL
cancel | nee wacht laat maar | CANCEL
cancel | ik hoef het niet meer te weten laat maar | CANCEL
cancel | toch niet nodig laat maar | CANCEL
cancel | ta bon laat maar | CANCEL
cancel | annuleer alles | CANCEL
cancel | vergeet het maar alexa | CANCEL
launch | alexa start hoofdsteden van de wereld op | LAUNCH
launch | zet hoofdsteden van de wereld aan | LAUNCH
launch | alexa open de skill hoofdsteden van de wereld | LAUNCH
launch | ik wil spelen met hoofdsteden van de wereld | LAUNCH
launch | open hoofdsteden van de wereld alsjeblieft | LAUNCH
launch | start hoofdsteden van de wereld maar | LAUNCH
launch | bon dia alexa open hoofdsteden van de wereld | LAUNCH

# Last additions after the first build: Eswatini in the plural (all three lines dropped as in earlier rounds), stop,
# cancel and help (thinned by the drop), a few more out-of-domain lines.
plural-capitals | eswatini het vroegere swaziland heeft twee hoofdsteden welke zijn dat | SZ
plural-capitals | de koninklijke en de bestuurlijke hoofdstad van eswatini hoe heten die | SZ
plural-capitals | mbabane is er één maar wat is de andere hoofdstad van eswatini | SZ
stop | ik ben er klaar mee alexa stop | STOP
stop | stop stop stop | STOP
stop | heit zegt dat je moet stoppen | STOP
stop | afsluiten die handel | STOP
stop | alexa nu stoppen | STOP
cancel | laat maar ik weet het al | CANCEL
cancel | nee sorry laat maar | CANCEL
cancel | annuleer maar ik vraag het mama wel | CANCEL
help | wat moet ik zeggen om een hoofdstad te horen | HELP
help | kun je me helpen met deze skill | HELP
out-of-domain | hoeveel inwoners heeft friesland | FB
out-of-domain | wat is het hoogste punt van nederland | FB
out-of-domain | wanneer werd suriname onafhankelijk | FB
out-of-domain | welke landletters staan er op een auto uit oostenrijk | FB
"""

if __name__ == "__main__":
    build_round(17, "nl", LINES, sys.argv, "tests/Eval/nl/round17/source/build_corpus.py")
