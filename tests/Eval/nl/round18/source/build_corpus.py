"""Round 18, Dutch (nl-NL): a new author's mix of speakers and situations: elderly people (old country names, "ook
alweer", a memory that fails them), city colloquial Dutch from Amsterdam, Rotterdam and The Hague ("effe", "ouwe",
"jonguh"), Limburgers ("zeg ins", "allee", "hej", "nondeju"), Groningers, Drenten and Twenten ("moi", "zeg ains", "ik wait
het nait", "noh"), Moroccan-Dutch and Turkish-Dutch families ("wallah", "abi", "yani", "inshallah"); and situations: a pub
quiz, stamp and coin collectors and radio amateurs, a cruise or a last-minute holiday, someone cooking with busy hands, the
radio news and the paper, sport on television, a new neighbour or colleague from abroad, relatives who emigrated, children,
people driving; hesitations, tails, keyword questions, corrections, follow-ups, checks, and what nl-NL recognition writes
(missing diaeresis, split names, English spellings, the wake word twice).
`python3 tests/Eval/nl/round18/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 18's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions.
direct-question | welke stad is nou de hoofdstad van het land {} | mali=ML; togo=TG; oman=OM
direct-question | alexa hoofdstad van {} welke stad is dat | tsjaad=TD; laos=LA; nicaragua=NI
direct-question | in welke stad zit de regering van {} | oezbekistan=UZ; ghana=GH; tunesië=TN
direct-question | welke plaats is de hoofdstad van {} alexa | kameroen=CM; bhutan=BT; paraguay=PY
direct-question | ik vroeg me af wat de hoofdstad van {} is | guinee-bissau=GW; kirgizië=KG; gabon=GA

polite-request | alexa zou je me willen vertellen wat de hoofdstad van {} is | slovenië=SI; jamaica=JM; mongolië=MN
polite-request | mag ik van jou de hoofdstad van {} weten | kazachstan=KZ; angola=AO; honduras=HN
polite-request | alexa wil je alsjeblieft de hoofdstad van {} opzoeken | zambia=ZM; litouwen=LT; ecuador=EC
polite-request | graag de hoofdstad van {} alexa dank je wel | malawi=MW; bahrein=BH; estland=EE
polite-request | zou u mij kunnen zeggen wat de hoofdstad van {} is | belize=BZ; uruguay=UY; cyprus=CY

do-you-know | heb jij enig idee wat de hoofdstad van {} is | burundi=BI; lesotho=LS; panama=PA
do-you-know | weet jij toevallig hoe de hoofdstad van {} heet | eritrea=ER; guyana=GY; niger=NE
do-you-know | ken jij de hoofdstad van {} uit je hoofd | mozambique=MZ; libië=LY; armenië=AM
do-you-know | alexa jij weet vast wel wat de hoofdstad van {} is | sierra leone=SL; dominica=DM; tonga=TO

# Hesitations and fillers.
hesitation | eh alexa wat is eh de hoofdstad van {} | mauritanië=MR; armenië=AM; suriname=SR
hesitation | hmm even denken hoor wat was de hoofdstad van {} ook weer | moldavië=MD; botswana=BW; cyprus=CY
hesitation | alexa ja eh hoe zit dat met de hoofdstad van {} | eritrea=ER; albanië=AL; guatemala=GT
hesitation | nou eh zeg eens de hoofdstad van {} | namibië=NA; letland=LV; qatar=QA
hesitation | ehm alexa ehm wat was het nou de hoofdstad van {} | jordanië=JO; haïti=HT; senegal=SN

# Elderly people: a memory that lets them down, the names they learned at school.
elderly-memory | hoe heet de hoofdstad van {} ook alweer het ligt op het puntje van mijn tong | hongarije=HU; portugal=PT; roemenië=RO
elderly-memory | vroeger kende ik ze allemaal maar wat is de hoofdstad van {} ook weer | bulgarije=BG; noorwegen=NO; griekenland=GR
elderly-memory | mijn geheugen laat me in de steek alexa welke stad is de hoofdstad van {} | denemarken=DK; ierland=IE; finland=FI
elderly-memory | meid wat is nou de hoofdstad van {} toch | oostenrijk=AT; zwitserland=CH; marokko=MA
elderly-memory | opa vraagt of jij de hoofdstad van {} weet | indonesië=ID; ethiopië=ET; chili=CL
elderly-memory | wij zeiden vroeger dat de hoofdstad van ceylon colombo was is dat nog zo | LK
elderly-memory | mijn vader heeft in nieuw-guinea gediend wat is nu de hoofdstad van papoea-nieuw-guinea | PG
elderly-memory | in mijn tijd heette het nog rhodesië wat is daar nu de hoofdstad | ZW
elderly-memory | ik ben negentig maar ik wil nog steeds wat leren wat is de hoofdstad van het eiland man | IM
elderly-memory | op de lagere school leerden we dat nog wat was de hoofdstad van siam ook weer | TH
elderly-memory | de hoofdstad van joegoslavië was belgrado maar wat is de hoofdstad van kroatië | HR

# City colloquial: Amsterdam, Rotterdam, The Hague.
randstad-colloquial | alexa wat is nou effe de hoofdstad van {} | kenia=KE; peru=PE; libanon=LB
randstad-colloquial | zeg alexa ouwe wat is de hoofdstad van {} nou | jemen=YE; syrië=SY; irak=IQ
randstad-colloquial | joh alexa vertel effe wat de hoofdstad van {} is | rwanda=RW; vietnam=VN; cuba=CU
randstad-colloquial | wat is de hoofdstad van {} jonguh | nigeria=NG; egypte=EG; colombia=CO
randstad-colloquial | hee alexa wat is de hoofdstad van {} dan | argentinië=AR; servië=RS; kroatië=HR
randstad-colloquial | ik zit hier met me maten in de kroeg wat is de hoofdstad van ijsland | IS
randstad-colloquial | kom op alexa niet zo moeilijk doen wat is de hoofdstad van venezuela | VE
randstad-colloquial | alexa zeg es wat is de hoofdstad van die eilanden de bahama's | BS

# Limburgers speaking Dutch.
limburg-dutch | zeg ins alexa wat is de hoofdstad van {} | luxemburg=LU; duitsland=DE; liechtenstein=LI
limburg-dutch | allee alexa wat is dan de hoofdstad van {} hej | frankrijk=FR; spanje=ES; tsjechië=CZ
limburg-dutch | nondeju ik kom er niet op wat is de hoofdstad van {} | slowakije=SK; polen=PL; italië=IT
limburg-dutch | ik werk over de grens in {} wat is daar de hoofdstad | noordrijn-westfalen=DE-NW; rijnland-palts=DE-RP; saarland=DE-SL
limburg-dutch | hej alexa de hoofdstad van belgië is dat nou brussel of luik | BE

# Groningen, Drenthe, Twente.
northeast-dutch | moi alexa wat is de hoofdstad van {} | zweden=SE; wit-rusland=BY; oekraïne=UA
northeast-dutch | zeg ains alexa wat is de hoofdstad van {} | rusland=RU; georgië=GE; azerbeidzjan=AZ
northeast-dutch | ik wait het nait wat is de hoofdstad van {} | turkmenistan=TM; tadzjikistan=TJ; afghanistan=AF
northeast-dutch | wat is nou toch de hoofdstad van {} vraag ik mij of | pakistan=PK; bangladesh=BD; nepal=NP
northeast-dutch | noh alexa wat is de hoofdstad van {} | thailand=TH; myanmar=MM; cambodja=KH

# Moroccan-Dutch and Turkish-Dutch families.
heritage-family | wallah ik weet het niet meer wat is de hoofdstad van {} | algerije=DZ; libië=LY; soedan=SD
heritage-family | mijn moeder vraagt wat de hoofdstad van {} is | turkije=TR; jordanië=JO; saoedi-arabië=SA
heritage-family | abi wat is de hoofdstad van {} | kosovo=XK; bosnië=BA; noord-macedonië=MK
heritage-family | yani alexa hoe heet de hoofdstad van {} | iran=IR; koeweit=KW; de verenigde arabische emiraten=AE
heritage-family | mijn opa komt uit de rif maar wat is eigenlijk de hoofdstad van marokko | MA
heritage-family | inshallah gaan we deze zomer naar turkije is ankara nou de hoofdstad of istanbul | TR
heritage-family | wollah bro wat is de hoofdstad van egypte | EG
heritage-family | mijn tante woont in tunesië hoe heet de hoofdstad daar | TN

# A pub quiz (and someone checking under the table).
pubquiz | pubquiz vraag zeven wat is de hoofdstad van {} | tuvalu=TV; vanuatu=VU; palau=PW
pubquiz | we zitten bij de kroegquiz en twijfelen over de hoofdstad van {} | kiribati=KI; nauru=NR; tonga=TO
pubquiz | alexa snel voor de quizmaster het ziet wat is de hoofdstad van {} | de marshalleilanden=MH; micronesia=FM; samoa=WS
pubquiz | voor tien punten wat is de hoofdstad van {} | fiji=FJ; de salomonseilanden=SB; de comoren=KM
pubquiz | laatste ronde aardrijkskunde wat is de hoofdstad van {} | sao tomé en principe=ST; kaapverdië=CV; djibouti=DJ

# Collectors and radio amateurs.
hobby-collector | ik heb een postzegel uit {} gevonden wat is de hoofdstad van dat land | burundi=BI; djibouti=DJ; gambia=GM
hobby-collector | voor mijn muntenverzameling wat is de hoofdstad van {} | san marino=SM; monaco=MC; andorra=AD
hobby-collector | ik had net radiocontact met een zendamateur uit {} wat is de hoofdstad daar | sierra leone=SL; liberia=LR; kaapverdië=CV
hobby-collector | op de envelop staat {} wat is de hoofdstad daarvan | niger=NE; guinee=GN; senegal=SN
hobby-collector | ik heb een oud bankbiljet uit {} wat is daar de hoofdstad | zimbabwe=ZW; venezuela=VE; sao tomé=ST

# Holidays: a cruise, a last-minute, a tour guide.
cruise-travel | ons cruiseschip doet morgen {} aan wat is de hoofdstad | barbados=BB; grenada=GD; saint lucia=LC
cruise-travel | we vliegen volgende week naar {} welke stad is de hoofdstad daar | mauritius=MU; de seychellen=SC; de maldiven=MV
cruise-travel | ik heb een last minute naar {} geboekt wat is de hoofdstad eigenlijk | de dominicaanse republiek=DO; costa rica=CR; panama=PA
cruise-travel | de reisleider vroeg wat de hoofdstad van {} is | malta=MT; montenegro=ME; el salvador=SV
cruise-travel | we gaan backpacken in {} wat is de hoofdstad daar | laos=LA; bolivia=BO; kirgizië=KG

# Cooking with busy hands.
kitchen-busy | alexa ik sta te koken dus even hardop wat is de hoofdstad van {} | uruguay=UY; haïti=HT; belize=BZ
kitchen-busy | mijn handen zitten onder het deeg wat is de hoofdstad van {} | zimbabwe=ZW; mozambique=MZ; madagaskar=MG
kitchen-busy | terwijl de aardappels koken wat is de hoofdstad van {} | oeganda=UG; tanzania=TZ; somalië=SO
kitchen-busy | ik maak een thaise curry en nu wil ik weten wat de hoofdstad van thailand is | TH

# The news on the radio, television or in the paper.
news-radio | ik hoorde net op het journaal iets over {} wat is daar de hoofdstad | zuid-soedan=SS; de centraal-afrikaanse republiek=CF; burkina faso=BF
news-radio | op de radio hadden ze het over verkiezingen in {} wat is de hoofdstad | oost-timor=TL; equatoriaal-guinea=GQ; lesotho=LS
news-radio | in de krant staat een stuk over {} maar welke stad is de hoofdstad | brunei=BN; singapore=SG; de bahama's=BS
news-radio | er was een aardbeving in {} wat is de hoofdstad van dat land | de filipijnen=PH; japan=JP; papoea-nieuw-guinea=PG
news-radio | in het nieuws zeggen ze steeds de regering in {} welke stad bedoelen ze dan | venezuela=VE; mali=ML; niger=NE

# Sport on television.
sports-broadcast | bij de formule een race in {} vroeg ik me af wat de hoofdstad is | hongarije=HU; mexico=MX; brazilië=BR
sports-broadcast | oranje speelt vanavond tegen {} wat is de hoofdstad van dat land | zuid-korea=KR; australië=AU; nieuw-zeeland=NZ
sports-broadcast | bij de olympische spelen won iemand uit {} wat is daar de hoofdstad | trinidad en tobago=TT; dominica=DM; grenada=GD
sports-broadcast | de tour de france begint dit jaar in {} wat is daar eigenlijk de hoofdstad | denemarken=DK; spanje=ES; slovenië=SI
sports-broadcast | tijdens het wk darten gooide er een man uit {} wat is de hoofdstad daarvan | letland=LV; estland=EE; litouwen=LT

# A new neighbour or colleague from abroad.
neighbour-origin | mijn nieuwe buurman komt uit {} wat is daar de hoofdstad | guyana=GY; congo-brazzaville=CG; guinee=GN
neighbour-origin | een collega van mij komt uit {} hoe heet de hoofdstad daar | israël=IL; bangladesh=BD; sri lanka=LK
neighbour-origin | het meisje naast ons is uit {} gevlucht wat is de hoofdstad van dat land | eritrea=ER; syrië=SY; afghanistan=AF
neighbour-origin | onze schoonmaker komt uit {} welke stad is daar de hoofdstad | polen=PL; roemenië=RO; bulgarije=BG
neighbour-origin | de nieuwe stagiair is uit {} hoe heet daar de hoofdstad | indonesië=ID; vietnam=VN; kenia=KE

# Relatives who emigrated.
emigrant-family | mijn zus is geëmigreerd naar {} wat is de hoofdstad daar | canada=CA; de verenigde staten=US; ierland=IE
emigrant-family | onze zoon woont sinds kort in {} welke stad is daar de hoofdstad | alberta=CA-AB; queensland=AU-QLD; brits-columbia=CA-BC
emigrant-family | mijn kleindochter studeert in {} wat is de hoofdstad van die staat | californië=US-CA; texas=US-TX; florida=US-FL
emigrant-family | ons nichtje woont in tasmanië wat is daar de hoofdstad | AU-TAS
emigrant-family | mijn broer is boer geworden in nieuw-zuid-wales wat is de hoofdstad van die staat | AU-NSW
emigrant-family | mijn oom is na de oorlog naar zuid-afrika vertrokken welke hoofdstad heeft dat land | ZA

# Children asking.
child-asks | alexa mijn juf zegt dat ik de hoofdstad van {} moet weten | china=CN; egypte=EG; brazilië=BR
child-asks | alexa ik ben acht en ik wil weten wat de hoofdstad van {} is | japan=JP; india=IN; canada=CA
child-asks | mama zegt dat jij alles weet wat is de hoofdstad van {} | rusland=RU; mexico=MX; australië=AU
child-asks | alexa ik moet voor school de hoofdstad van {} opschrijven welke is dat | zweden=SE; noorwegen=NO; spanje=ES

# People driving.
driving | ik sta in de file wat is de hoofdstad van {} | frankrijk=FR; tsjechië=CZ; italië=IT
driving | ik rij nu door {} en vroeg me af wat de hoofdstad is | oostenrijk=AT; hongarije=HU; slowakije=SK
driving | alexa handen aan het stuur dus zeg maar wat de hoofdstad van {} is | servië=RS; bosnië en herzegovina=BA; albanië=AL
driving | we zijn net de grens over naar {} wat is hier de hoofdstad | luxemburg=LU; duitsland=DE; zwitserland=CH

# Tails after the question.
tail-words | wat is de hoofdstad van {} dankjewel alvast | peru=PE; chili=CL; colombia=CO
tail-words | de hoofdstad van {} graag en een beetje snel want ik moet weg | gambia=GM; liberia=LR; ghana=GH
tail-words | wat is de hoofdstad van {} als je het weet | ivoorkust=CI; kameroen=CM; gabon=GA
tail-words | wat is de hoofdstad van {} ik wacht wel even | mongolië=MN; kazachstan=KZ; oezbekistan=UZ

# The keyword and the place, as in a search box.
keyword-style | {} hoofdstad | noord-korea=KP; jemen=YE; oeganda=UG
keyword-style | hoofdstad {} zeg maar | tanzania=TZ; rwanda=RW; somalië=SO
keyword-style | alexa hoofdstad van {} | moldavië=MD; montenegro=ME; cuba=CU

# What nl-NL recognition writes: no diaeresis, split or joined names, English spellings, the wake word twice.
asr-artefact | wat is de hoofdstad van {} | oekraine=UA; kaapverdie=CV; ethiopie=ET
asr-artefact | hoofdstad van {} alsjeblieft | israel=IL; haiti=HT; roemenie=RO
asr-artefact | welke is de hoofd stad van {} | papoea nieuw guinea=PG; noord macedonie=MK; bosnie herzegovina=BA
asr-artefact | wat is de hoofdstad van uzbekistan | UZ
asr-artefact | wat is de hoofdstad van kazakhstan | KZ
asr-artefact | alexa alexa wat is de hoofdstad van laos | LA
asr-artefact | wat is de hoofdstad van de filippijnen | PH
asr-artefact | hoofdstad van azerbaidjan | AZ
asr-artefact | wat is de hoofdstad van equatoriaal guinee | GQ
asr-artefact | hoofdstad van centraal afrikaanse republiek | CF
asr-artefact | wat is de hoofdstad van saint vincent en de grenadines | VC
asr-artefact | wat is de hoofdstad van antigua and barbuda | AG
asr-artefact | wat is de hoofdstad van sao tome | ST
asr-artefact | wat is de hoofdstad van nieuwzeeland | NZ
asr-artefact | wat is de hoofdstad van zuid soedan | SS

# States, provinces and the nations of the United Kingdom.
subdivision | wat is de hoofdstad van de amerikaanse staat {} | oregon=US-OR; nevada=US-NV; kentucky=US-KY
subdivision | welke stad is de hoofdstad van de provincie {} in canada | manitoba=CA-MB; saskatchewan=CA-SK; nova scotia=CA-NS
subdivision | hoofdstad van de deelstaat {} | thüringen=DE-TH; saksen-anhalt=DE-ST; sleeswijk-holstein=DE-SH
subdivision | in india wat is de hoofdstad van de staat {} | kerala=IN-KL; goa=IN-GA; assam=IN-AS
subdivision | wat is de hoofdstad van {} in brazilië | bahia=BR-BA; amazonas=BR-AM; pará=BR-PA
subdivision | de hoofdstad van de mexicaanse staat {} graag | yucatán=MX-YUC; jalisco=MX-JAL; oaxaca=MX-OAX
subdivision | wat is de hoofdstad van {} in australië | west-australië=AU-WA; victoria=AU-VIC; zuid-australië=AU-SA
subdivision | wat is de hoofdstad van de duitse deelstaat {} | hessen=DE-HE; beieren=DE-BY; nedersaksen=DE-NI
subdivision | hoe heet de hoofdstad van noord-ierland | GB-NIR
subdivision | wat is de hoofdstad van nunavut in het noorden van canada | CA-NU
subdivision | welke stad is de hoofdstad van yukon | CA-YT
subdivision | wat is de hoofdstad van het noordelijk territorium | AU-NT
subdivision | wat is de hoofdstad van alaska eigenlijk | US-AK
subdivision | welke stad is de hoofdstad van hawaï | US-HI
subdivision | wat is de hoofdstad van de staat new york is dat new york zelf | US-NY
subdivision | wat is de hoofdstad van de staat washington dus niet de stad | US-WA
subdivision | wat is de hoofdstad van schotland waar ook het parlement zit | GB-SCT
subdivision | wat is de hoofdstad van ladakh in india | IN-LA
subdivision | wat is de hoofdstad van de braziliaanse staat minas gerais | BR-MG

# Territories.
overseas-territory | wat is de hoofdstad van {} dat hoort toch bij frankrijk | guadeloupe=GP; martinique=MQ; frans-polynesië=PF
overseas-territory | welk plaatsje is de hoofdstad van {} | de faeröer=FO; groenland=GL; åland=AX
overseas-territory | hoofdstad van {} dat is een brits gebied toch | de kaaimaneilanden=KY; bermuda=BM; gibraltar=GI
overseas-territory | wat is de hoofdstad van {} in de caraïben | aruba=AW; curaçao=CW; sint-maarten=SX
overseas-territory | wat is de hoofdstad van bonaire waar wij gaan duiken | BQ
overseas-territory | welke stad is de hoofdstad van puerto rico | PR
overseas-territory | wat is de hoofdstad van nieuw-caledonië | NC
overseas-territory | hoofdstad van réunion in de indische oceaan | RE
overseas-territory | wat is de hoofdstad van guam | GU
overseas-territory | wat is de hoofdstad van jersey dat eiland bij frankrijk | JE
overseas-territory | hoe heet de hoofdstad van spitsbergen | SJ
overseas-territory | wat is de hoofdstad van de turks en caicoseilanden | TC
overseas-territory | wat is de hoofdstad van frans-guyana naast suriname | GF
overseas-territory | wat is de hoofdstad van mayotte | YT

# Countries with several capitals, asked in the plural.
plural-capitals | welke steden zijn allemaal hoofdstad van {} | zuid-afrika=ZA; bolivia=BO; benin=BJ
plural-capitals | {} heeft toch meerdere hoofdsteden welke zijn dat | ivoorkust=CI; sri lanka=LK; maleisië=MY
plural-capitals | noem eens de twee hoofdsteden van {} | eswatini=SZ; nederland=NL; bolivia=BO
plural-capitals | hoeveel hoofdsteden heeft {} en hoe heten ze | zuid-afrika=ZA; palestina=PS; ivoorkust=CI
plural-capitals | ik heb gehoord dat {} twee hoofdsteden heeft welke dan | benin=BJ; maleisië=MY; sri lanka=LK
plural-capitals | vertel me alle hoofdsteden van {} | palestina=PS; eswatini=SZ; nederland=NL
plural-capitals | wat zijn de drie hoofdsteden van zuid-afrika nou precies | ZA
plural-capitals | nederland heeft toch amsterdam en den haag zijn dat nou allebei hoofdsteden | NL
plural-capitals | wat zijn de hoofdsteden van swaziland dat nu eswatini heet | SZ
plural-capitals | palestina welke hoofdsteden heeft dat | PS
plural-capitals | welke twee steden gelden als hoofdstad van benin | BJ
plural-capitals | welke hoofdsteden heeft ivoorkust tegenwoordig | CI
plural-capitals | maleisië heeft er twee toch kuala lumpur en nog een welke hoofdsteden zijn het | MY
plural-capitals | de hoofdsteden van sri lanka wil ik weten | LK
plural-capitals | bolivia met die twee hoofdsteden welke zijn dat ook alweer | BO

# Official and long names.
official-name | wat is de hoofdstad van de {} | federatieve republiek brazilië=BR; islamitische republiek pakistan=PK; russische federatie=RU
official-name | wat is de hoofdstad van het {} | koninkrijk saoedi-arabië=SA; verenigd koninkrijk van groot-brittannië en noord-ierland=GB; koninkrijk noorwegen=NO
official-name | de hoofdstad van de {} wat is dat | helleense republiek=GR; zwitserse bondsstaat=CH; tsjechische republiek=CZ
official-name | ik zoek de hoofdstad van de {} | democratische volksrepubliek korea=KP; republiek korea=KR; verenigde mexicaanse staten=MX
official-name | officieel heet het de {} maar wat is de hoofdstad | democratische republiek congo=CD; republiek congo=CG; federale staten van micronesia=FM
official-name | hoofdstad van de verenigde staten van amerika graag | US
official-name | wat is de hoofdstad van de republiek zuid-afrika | ZA
official-name | welke stad is de hoofdstad van het koninkrijk marokko | MA
official-name | wat is de hoofdstad van de arabische republiek egypte | EG
official-name | wat is de hoofdstad van de islamitische republiek iran | IR

# Old, short and everyday names.
everyday-name | wat is de hoofdstad van {} tegenwoordig | zaïre=CD; birma=MM; siam=TH
everyday-name | vroeger heette het {} maar wat is daar nu de hoofdstad | goudkust=GH; basoetoland=LS; bechuanaland=BW
everyday-name | wat is de hoofdstad van {} hoe het nu ook heet | abessinië=ET; opper-volta=BF; brits-honduras=BZ
everyday-name | hoofdstad van {} alexa | wit-rusland=BY; groot-brittannië=GB; de emiraten=AE
everyday-name | wat is de hoofdstad van {} eigenlijk | amerika=US; kampuchea=KH; macedonië=MK
everyday-name | wat is de hoofdstad van dahomey dat nu anders heet | BJ
everyday-name | welke stad is de hoofdstad van nyasaland | MW
everyday-name | wat is de hoofdstad van de vs | US
everyday-name | wat is de hoofdstad van het vk eigenlijk | GB
everyday-name | de hoofdstad van kirgizstan | KG
everyday-name | hoofdstad van timor-leste | TL
everyday-name | wat is de hoofdstad van türkiye zoals het nu heet | TR

# Names several places share.
shared-name | en korea wat is daar de hoofdstad | KP+KR
shared-name | welke hoofdsteden hebben de twee korea's | KP+KR
shared-name | wat zijn de hoofdsteden van noord-korea en zuid-korea | KP+KR
shared-name | wat is de hoofdstad van congo ik weet niet welke | CD+CG
shared-name | de hoofdsteden van beide congo's graag | CD+CG
shared-name | welke stad is de hoofdstad van georgia | GE+US-GA
shared-name | wat is de hoofdstad van de maagdeneilanden | VG+VI
shared-name | dominica en de dominicaanse republiek wat zijn daar de hoofdsteden | DM+DO
shared-name | ik haal dominica en de dominicaanse republiek altijd door elkaar wat zijn hun hoofdsteden | DM+DO
shared-name | hoofdstad van georgia dat staatje in amerika of het land ik weet het niet | GE+US-GA

# Follow-ups after an answer.
follow-up | oké en hoe zit het dan met {} | tanzania=TZ; kenia=KE; oeganda=UG
follow-up | top en nu {} | slowakije=SK; slovenië=SI; kroatië=HR
follow-up | dan wil ik ook nog weten wat de hoofdstad van {} is | ecuador=EC; bolivia=BO; peru=PE
follow-up | en van het buurland {} | paraguay=PY; uruguay=UY; argentinië=AR
follow-up | oké dank je en {} dan | jordanië=JO; libanon=LB; syrië=SY
follow-up | mooi zo volgende vraag {} | fiji=FJ; samoa=WS; tonga=TO
follow-up | nog eentje alexa hoe zit het met {} | bhutan=BT; nepal=NP; mongolië=MN
follow-up | en dat andere land ernaast {} | haïti=HT; jamaica=JM; cuba=CU

# Corrections in mid-sentence: the place said last.
self-correction | wat is de hoofdstad van oostenrijk nee sorry ik bedoel zwitserland | CH
self-correction | wat is de hoofdstad van slowakije of nee ik bedoel {} | slovenië=SI; tsjechië=CZ; kroatië=HR
self-correction | hoofdstad van ijsland eh nee ierland | IE
self-correction | wat is de hoofdstad van niger wacht nee nigeria | NG
self-correction | hoofdstad van oostenrijk ik bedoel australië | AU
self-correction | wat is de hoofdstad van gambia sorry zambia | ZM
self-correction | de hoofdstad van guinee nee guinee-bissau | GW
self-correction | hoofdstad van letland nee wacht litouwen | LT
self-correction | hoofdstad van mali oh nee ik bedoel malawi | MW
self-correction | hoofdstad van iran correctie irak | IQ
self-correction | wat is de hoofdstad van colombia nee ik bedoelde cambodja | KH
self-correction | wat is de hoofdstad van zweden oeps zwitserland bedoel ik | CH
self-correction | hoofdstad van armenië of nee albanië | AL
self-correction | wat is de hoofdstad van de dominicaanse republiek nee van dominica | DM

# Checks: the place asked about.
yes-no-check | klopt het dat lagos niet de hoofdstad van nigeria is | NG
yes-no-check | is zürich de hoofdstad van zwitserland | CH
yes-no-check | is istanbul nou de hoofdstad van turkije of niet | TR
yes-no-check | rio de janeiro is toch de hoofdstad van brazilië | BR
yes-no-check | is almaty nog steeds de hoofdstad van kazachstan | KZ
yes-no-check | is dar es salaam de hoofdstad van tanzania | TZ
yes-no-check | toronto is de hoofdstad van canada toch | CA
yes-no-check | is new york de hoofdstad van amerika | US
yes-no-check | klopt het dat yangon de hoofdstad van myanmar is | MM
yes-no-check | is casablanca de hoofdstad van marokko of rabat | MA
yes-no-check | is karachi nog de hoofdstad van pakistan | PK
yes-no-check | ligt de hoofdstad van ecuador nou in quito of in guayaquil | EC
yes-no-check | is auckland de hoofdstad van nieuw-zeeland | NZ
yes-no-check | is sint-petersburg de hoofdstad van rusland | RU
yes-no-check | is douala de hoofdstad van kameroen | CM
yes-no-check | is ho chi minhstad de hoofdstad van vietnam | VN
yes-no-check | klopt het dat de hoofdstad van bhutan thimphu is | BT
yes-no-check | is mumbai de hoofdstad van maharashtra | IN-MH
yes-no-check | is miami de hoofdstad van florida | US-FL
yes-no-check | is los angeles de hoofdstad van californië | US-CA
yes-no-check | is glasgow de hoofdstad van schotland of edinburgh | GB-SCT
yes-no-check | is antwerpen de hoofdstad van belgië | BE
yes-no-check | is genève de hoofdstad van zwitserland | CH
yes-no-check | is abidjan de hoofdstad van ivoorkust | CI
yes-no-check | heeft kenia nairobi als hoofdstad | KE

yes-no-check | mijn man zegt dat zürich de hoofdstad van zwitserland is heeft hij gelijk | CH
yes-no-check | ik dacht altijd dat sydney de hoofdstad van australië was maar dat is toch niet zo | AU
yes-no-check | wij hebben een weddenschap is istanbul de hoofdstad van turkije | TR
yes-no-check | alexa kun je bevestigen dat canberra de hoofdstad van australië is | AU
yes-no-check | mijn kleinzoon beweert dat brasilia de hoofdstad van brazilië is klopt dat | BR
yes-no-check | is het waar dat astana de hoofdstad van kazachstan is geworden | KZ
yes-no-check | zit de regering van tanzania nou in dodoma of in dar es salaam | TZ
yes-no-check | ik twijfel is ottawa of toronto de hoofdstad van canada | CA
yes-no-check | mijn buurjongen zegt dat washington de hoofdstad van amerika is en niet new york klopt dat | US
yes-no-check | heeft nieuw-zeeland wellington als hoofdstad of auckland | NZ
yes-no-check | is moskou nog altijd de hoofdstad van rusland | RU
yes-no-check | ik weet bijna zeker dat yaoundé de hoofdstad van kameroen is of niet | CM
yes-no-check | hanoi is toch de hoofdstad van vietnam en niet saigon | VN
yes-no-check | zeg eens eerlijk is tallahassee echt de hoofdstad van florida | US-FL
yes-no-check | ik zou zweren dat sacramento de hoofdstad van californië is | US-CA
yes-no-check | ligt de hoofdstad van belgië in vlaanderen of is het brussel | BE
yes-no-check | is lausanne of bern de hoofdstad van zwitserland | CH
yes-no-check | de hoofdstad van saint kitts en nevis is dat basseterre | KN

# Reverse questions: which country has this capital.
reverse-question | van welk land is {} de hoofdstad | ouagadougou=CITY:Ouagadougou; ulaanbaatar=CITY:Ulaanbaatar; paramaribo=CITY:Paramaribo
reverse-question | {} is de hoofdstad van welk land | tbilisi=CITY:Tbilisi; vientiane=CITY:Vientiane; windhoek=CITY:Windhoek
reverse-question | welk land heeft {} als hoofdstad | reykjavik=CITY:Reykjavik; bisjkek=CITY:Bisjkek; montevideo=CITY:Montevideo
reverse-question | waar is {} de hoofdstad van | kigali=CITY:Kigali; asmara=CITY:Asmara; ljubljana=CITY:Ljubljana
reverse-question | de hoofdstad {} van welk land is dat | podgorica=CITY:Podgorica; nouakchott=CITY:Nouakchott; tegucigalpa=CITY:Tegucigalpa
reverse-question | ik hoor steeds {} in het nieuws waar is dat de hoofdstad van | juba=CITY:Juba; bamako=CITY:Bamako; sanaa=CITY:Sanaa
reverse-question | in welk land ligt de hoofdstad {} | dodoma=CITY:Dodoma; tirana=CITY:Tirana; vilnius=CITY:Vilnius
reverse-question | van welke staat is sacramento de hoofdstad | CITY:Sacramento
reverse-question | welke deelstaat heeft wiesbaden als hoofdstad | CITY:Wiesbaden

# Not capital questions.
out-of-domain | wat is de munteenheid van zwitserland | FB
out-of-domain | welke taal spreken ze in brazilië | FB
out-of-domain | hoe laat is het nu in new york | FB
out-of-domain | hoe ver rijden we van amsterdam naar parijs | FB
out-of-domain | wat voor weer is het morgen in madrid | FB
out-of-domain | wie is de premier van belgië op dit moment | FB
out-of-domain | hoe hoog is de mount everest | FB
out-of-domain | welke kleuren heeft de vlag van ierland | FB
out-of-domain | hoe groot is rusland in vierkante kilometers | FB
out-of-domain | wat is het grootste land van afrika | FB
out-of-domain | hoeveel provincies heeft nederland | FB
out-of-domain | welk land heeft de meeste inwoners van de wereld | FB
out-of-domain | wat is de langste rivier van europa | FB
out-of-domain | zing het volkslied van frankrijk | FB
out-of-domain | sinds wanneer is berlijn de hoofdstad van duitsland | FB
out-of-domain | wat was de eerste hoofdstad van de verenigde staten | FB
out-of-domain | hoe zeg je hoofdstad in het engels | FB
out-of-domain | hoe spel je ouagadougou | FB
out-of-domain | hoeveel startkapitaal heb ik nodig voor een eenmanszaak | FB
out-of-domain | welke stad noemen ze de culinaire hoofdstad van frankrijk | FB
out-of-domain | hoeveel inwoners heeft de hoofdstad van japan | FB
out-of-domain | hoeveel manen heeft jupiter | FB
out-of-domain | wat is de grootste planeet van ons zonnestelsel | FB
out-of-domain | hoe lang duurt het om naar mars te vliegen | FB
out-of-domain | vertel eens een mop over belgen | FB
out-of-domain | hoe gaat het met je vandaag | FB
out-of-domain | ben jij slimmer dan siri | FB
out-of-domain | wat is jouw lievelingsland | FB
out-of-domain | zet de verwarming op twintig graden | FB
out-of-domain | speel radio tien af | FB
out-of-domain | zet een timer voor de eieren van zes minuten | FB
out-of-domain | zet melk op mijn boodschappenlijstje | FB
out-of-domain | doe het licht in de keuken uit | FB
out-of-domain | welke landen grenzen aan duitsland | FB
out-of-domain | in welk werelddeel ligt peru | FB
out-of-domain | wat is de hoogste berg van spanje | FB
out-of-domain | in welke landen betaal je met de euro | FB
out-of-domain | hoeveel landen zijn er op de wereld | FB
out-of-domain | heb ik een visum nodig voor indonesië | FB
out-of-domain | wie heeft het songfestival vorig jaar gewonnen | FB
out-of-domain | wanneer is het koningsdag dit jaar | FB
out-of-domain | wat is de grootste stad van canada | FB
out-of-domain | waar ligt timboektoe precies | FB
out-of-domain | wat eten ze in marokko bij het ontbijt | FB
out-of-domain | wie is de burgemeester van amsterdam | FB
out-of-domain | wat is de hoofdstad van de maan | FB
out-of-domain | welke stekker heb ik nodig in engeland | FB
out-of-domain | hoeveel euro is honderd turkse lira | FB
out-of-domain | wanneer vertrekt de laatste trein naar groningen | FB
out-of-domain | wat is het verschil tussen holland en nederland | FB
out-of-domain | hoe oud is de koning van thailand | FB
out-of-domain | welke stad was vroeger de hoofdstad van japan voor tokio | FB
out-of-domain | wat kost een vliegticket naar kaapstad | FB
out-of-domain | speel een quiz met me over dieren | FB
out-of-domain | wat is de postcode van het rijksmuseum | FB
out-of-domain | waarom is den haag niet de hoofdstad | FB
out-of-domain | wie was de eerste mens op de maan | FB
out-of-domain | welke planeet staat het dichtst bij de zon | FB

out-of-domain | moet ik in zwitserland met franken of met euro's betalen | FB
out-of-domain | wat spreken ze eigenlijk voor taal in suriname | FB
out-of-domain | hoeveel uur scheelt het met kaapstad | FB
out-of-domain | wanneer heeft kroatië de euro ingevoerd | FB
out-of-domain | wie is de koning van marokko | FB
out-of-domain | hoeveel mensen wonen er in ijsland | FB
out-of-domain | welk land heeft de rode vlag met een witte ster en een halve maan | FB
out-of-domain | hoe heet de president van frankrijk ook alweer | FB
out-of-domain | wat is het telefoonnummer van de brandweer in spanje | FB
out-of-domain | hoe warm is het nu in curaçao | FB
out-of-domain | is eindhoven de hoofdstad van het design | FB
out-of-domain | welke stad wordt de hoofdstad van de fiets genoemd | FB
out-of-domain | hoeveel hoofdsteden zijn er in de hele wereld | FB
out-of-domain | wat is het verschil tussen een hoofdstad en een regeringszetel | FB
out-of-domain | vertel me iets leuks over de ringen van saturnus | FB
out-of-domain | is pluto nou een planeet of niet | FB
out-of-domain | alexa ben jij een meisje of een jongen | FB
out-of-domain | wat heb jij gisteren gegeten | FB
out-of-domain | speel het journaal van zes uur af | FB
out-of-domain | hoe laat begint de tour vandaag | FB
out-of-domain | wat is de uitslag van ajax | FB
out-of-domain | welke munt gebruiken ze in marokko | FB
out-of-domain | welk werelddeel is het grootste | FB
out-of-domain | hoe diep is de zee bij de filipijnen | FB
out-of-domain | doe de gordijnen dicht | FB
out-of-domain | wat is het recept voor baklava | FB
out-of-domain | wat zijn de buurlanden van oostenrijk | FB
out-of-domain | hoe lang is de chinese muur | FB

# Alexa's built-in meanings.
help | alexa hoe werkt dit spel eigenlijk | HELP
help | wat kan ik allemaal aan jou vragen | HELP
help | ik snap niet wat ik moet zeggen | HELP
help | leg eens uit wat deze skill doet | HELP
help | hoe moet ik hier een vraag stellen | HELP
help | help eens even ik kom er niet uit | HELP
help | kun je me wat uitleg geven | HELP
help | ik heb hulp nodig met deze app | HELP
help | wat moet ik nu doen | HELP
help | geef eens een voorbeeld van een vraag | HELP
help | welke vragen begrijp jij | HELP
help | hoe gaat dit ding in zijn werk | HELP

stop | stop er maar mee alexa | STOP
stop | ik ben klaar voor vandaag | STOP
stop | hou maar op alexa | STOP
stop | zo het is genoeg geweest | STOP
stop | alexa sluit maar af | STOP
stop | nu stoppen | STOP
stop | ik wil niet meer spelen | STOP
stop | uit ermee | STOP
stop | doei alexa | STOP
stop | het is mooi geweest | STOP
stop | we kappen ermee | STOP
stop | alexa klaar ermee | STOP

cancel | nee laat maar zitten | CANCEL
cancel | vergeet die vraag maar | CANCEL
cancel | annuleren graag | CANCEL
cancel | ik hoef het niet meer te weten | CANCEL
cancel | nee toch maar niet | CANCEL
cancel | breek maar af | CANCEL
cancel | annuleer die vraag | CANCEL
cancel | doe maar niet | CANCEL
cancel | nee sorry verkeerde vraag laat maar | CANCEL
cancel | schrap dat maar | CANCEL
cancel | alexa annuleer het maar | CANCEL
cancel | laat die vraag maar vallen | CANCEL

launch | alexa open hoofdsteden van de wereld alsjeblieft | LAUNCH
launch | alexa start het spel hoofdsteden van de wereld | LAUNCH
launch | alexa ik wil hoofdsteden van de wereld | LAUNCH
launch | hoofdsteden van de wereld openen | LAUNCH
launch | alexa laten we hoofdsteden van de wereld doen | LAUNCH
launch | alexa begin met hoofdsteden van de wereld | LAUNCH
launch | alexa speel hoofdsteden van de wereld | LAUNCH
launch | alexa activeer hoofdsteden van de wereld | LAUNCH
launch | alexa zet hoofdsteden van de wereld aan | LAUNCH
launch | hé alexa hoofdsteden van de wereld graag | LAUNCH

# Reverse questions said differently.
reverse-question | mijn puzzel zegt hoofdstad van een land in afrika met acht letters ik heb {} maar welk land is dat | gaborone=CITY:Gaborone; monrovia=CITY:Monrovia; freetown=CITY:Freetown
reverse-question | oom henk was vroeger in {} van welk land is dat de hoofdstad ook weer | jakarta=CITY:Jakarta; teheran=CITY:Teheran; khartoem=CITY:Khartoem
reverse-question | welk land hoort bij de hoofdstad {} | managua=CITY:Managua; caracas=CITY:Caracas; tasjkent=CITY:Tasjkent

# More names several places share.
shared-name | mijn opa heeft in korea gevochten wat is de hoofdstad daar | KP+KR
shared-name | de twee congo's hoe heten hun hoofdsteden | CD+CG
shared-name | wat is de hoofdstad van congo eigenlijk | CD+CG
shared-name | hoofdstad van georgia alsjeblieft | GE+US-GA
shared-name | we gaan zeilen bij de maagdeneilanden wat is daar de hoofdstad | VG+VI

# More official names.
official-name | wat is de hoofdstad van het groothertogdom luxemburg | LU
official-name | welke stad is de hoofdstad van de bondsrepubliek duitsland | DE
official-name | hoofdstad van het koninkrijk spanje alsjeblieft | ES
official-name | wat is de hoofdstad van de volksrepubliek china | CN
official-name | de hoofdstad van de democratische republiek oost-timor | TL

# More subdivisions and territories.
subdivision | wat is de hoofdstad van de indiase deelstaat {} | rajasthan=IN-RJ; tamil nadu=IN-TN; west-bengalen=IN-WB
subdivision | en wat is de hoofdstad van de staat {} in amerika | louisiana=US-LA; vermont=US-VT; montana=US-MT
overseas-territory | hoe heet de hoofdstad van {} waar mijn zoon werkt | anguilla=AI; guernsey=GG; saint-pierre en miquelon=PM

help | alexa hoe stel ik jou een vraag over landen | HELP
help | ik ben nieuw hiermee wat moet ik zeggen | HELP
help | vertel me hoe ik dit spelletje speel | HELP
help | kun je me op weg helpen alexa | HELP

stop | alexa het is welletjes | STOP
stop | oké dat was het voor nu | STOP
stop | alexa stop met die hoofdsteden | STOP
stop | ik stop ermee dag alexa | STOP
stop | genoeg hoofdsteden voor vandaag | STOP
stop | alexa ophouden nu | STOP

cancel | nee nee niet doen | CANCEL
cancel | laat die hoofdstad maar zitten | CANCEL
cancel | annuleer maar ik weet het al | CANCEL
cancel | sorry ik bedoelde niks laat maar | CANCEL
cancel | alexa afbreken | CANCEL
cancel | trek die vraag maar in | CANCEL

launch | alexa ik wil hoofdsteden van de wereld oefenen | LAUNCH
launch | alexa maak hoofdsteden van de wereld open | LAUNCH
launch | alexa kun je hoofdsteden van de wereld opstarten | LAUNCH
launch | alexa mag ik hoofdsteden van de wereld | LAUNCH
launch | alexa ga naar hoofdsteden van de wereld | LAUNCH
launch | goedemorgen alexa hoofdsteden van de wereld starten | LAUNCH
launch | alexa open even de hoofdsteden van de wereld | LAUNCH
"""

if __name__ == "__main__":
    build_round(18, "nl", LINES, sys.argv, "tests/Eval/nl/round18/source/build_corpus.py")
