"""Round 16, Dutch (nl-NL): a new author's mix of people talking to an Echo in the Netherlands (and Flemings with an
nl-NL device), as nl-NL speech recognition writes them: Groningers, Twentenaren, Limburgers, Brabanders, Rotterdammers
and Amsterdammers with their particles, Flemish Dutch ("allez", "ge", "awel"), Surinamese Dutch ("baya", "boi", "tog"),
teenagers with English loanwords, pub-quiz teams, teachers in front of a class, elderly people, people cooking or
driving, polite and blunt registers, corrections in mid-sentence and questions tucked inside longer requests.
`python3 tests/Eval/nl/round16/source/build_corpus.py [--check]`; the mechanics are in source/round16_hinl_corpus.py."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round16_hinl_corpus import build  # noqa: E402

LINES = """
# Plain questions, each frame its own wording.
direct-question | wat is eigenlijk de hoofdstad van {} | azerbeidzjan=AZ; mauritanië=MR; paraguay=PY
direct-question | welke stad is de hoofdstad van {} | tadzjikistan=TJ; gabon=GA; nicaragua=NI
direct-question | hoe heet de hoofdstad van {} | eritrea=ER; letland=LV; honduras=HN
direct-question | wat is de hoofdstad van {} ook alweer | burundi=BI; moldavië=MD; belize=BZ
direct-question | wat is tegenwoordig de hoofdstad van {} | kazachstan=KZ; myanmar=MM; tanzania=TZ
direct-question | welke plaats is de hoofdstad van {} | comoren=KM; kiribati=KI; palau=PW
direct-question | wat is de hoofdstad van het land {} | nauru=NR; tuvalu=TV; botswana=BW

polite-request | zou je me willen vertellen wat de hoofdstad van {} is | oezbekistan=UZ; bhutan=BT; jamaica=JM
polite-request | mag ik je iets vragen wat is de hoofdstad van {} | kirgizië=KG; malawi=MW; uruguay=UY
polite-request | alexa wil je alsjeblieft de hoofdstad van {} opzoeken | sierra leone=SL; fiji=FJ; estland=EE
polite-request | kun je mij misschien helpen met de hoofdstad van {} | namibië=NA; litouwen=LT; guinee=GN
polite-request | ik zou graag de hoofdstad van {} willen weten | montenegro=ME; jemen=YE; cyprus=CY
polite-request | als je het niet erg vindt wat is de hoofdstad van {} | marshalleilanden=MH; micronesië=FM; saint lucia=LC

formal-register | wilt u mij mededelen wat de hoofdstad van {} is | oman=OM; togo=TG; servië=RS
formal-register | graag verneem ik wat de hoofdstad van {} is | slowakije=SK; guatemala=GT; kaapverdië=CV
formal-register | ik verzoek u vriendelijk de hoofdstad van {} te noemen | brunei=BN; libanon=LB; tonga=TO
formal-register | goedendag kunt u mij zeggen welke stad de hoofdstad van {} is | afghanistan=AF; bahrein=BH; dominica=DM

imperative | noem de hoofdstad van {} | ghana=GH; mali=ML; armenië=AM
imperative | zoek de hoofdstad van {} even voor me op | rwanda=RW; ecuador=EC; mongolië=MN
imperative | geef me de hoofdstad van {} | somalië=SO; costa rica=CR; andorra=AD
imperative | vertel me welke stad de hoofdstad is van {} | grenada=GD; san marino=SM; liechtenstein=LI

blunt-register | hoofdstad van {} nu | tsjaad=TD; qatar=QA; zambia=ZM
blunt-register | gewoon de hoofdstad van {} graag geen heel verhaal | niger=NE; laos=LA; panama=PA
blunt-register | schiet eens op wat is de hoofdstad van {} | angola=AO; irak=IQ; cuba=CU
blunt-register | kort antwoord hoofdstad {} | libië=LY; syrië=SY; albanië=AL
blunt-register | zeg nou gewoon wat de hoofdstad van {} is | vanuatu=VU; djibouti=DJ; haïti=HT
blunt-register | niet lullen alexa hoofdstad van {} | kameroen=CM; tunesië=TN; zimbabwe=ZW

do-you-know | weet jij de hoofdstad van {} | kroatië=HR; bangladesh=BD; salomonseilanden=SB
do-you-know | heb je enig idee wat de hoofdstad van {} is | guyana=GY; papoea-nieuw-guinea=PG; bulgarije=BG
do-you-know | ken jij de hoofdstad van {} | lesotho=LS; el salvador=SV; ijsland=IS
do-you-know | alexa weet je toevallig hoe de hoofdstad van {} heet | mozambique=MZ; de seychellen=SC; turkmenistan=TM

leading-filler | oké even iets heel anders wat is de hoofdstad van {} | jordanië=JO; finland=FI; madagaskar=MG
leading-filler | hé alexa zeg wat is de hoofdstad van {} | kenia=KE; hongarije=HU; gambia=GM
leading-filler | ja nee maar even serieus wat is de hoofdstad van {} | noorwegen=NO; equatoriaal-guinea=GQ; mauritius=MU
leading-filler | nou vooruit dan wat is de hoofdstad van {} | roemenië=RO; senegal=SN; liberia=LR

trailing-words | wat is de hoofdstad van {} dankjewel alvast | trinidad en tobago=TT; samoa=WS; eritrea=ER
trailing-words | wat is de hoofdstad van {} ik ben echt benieuwd | slovenië=SI; benin=BJ; kiribati=KI
trailing-words | wat is de hoofdstad van {} ik kom er even niet op | oeganda=UG; sao tomé en principe=ST; bahama's=BS
trailing-words | de hoofdstad van {} alsjeblieft en dan ben ik weer weg | barbados=BB; malta=MT; nepal=NP

mid-filler | wat is de eh hoe zeg je dat de hoofdstad van {} | tsjechië=CZ; marokko=MA; guinee-bissau=GW
mid-filler | wat is de hoofdstad van uhm even denken {} | kazachstan=KZ; sudan=SD; oost-timor=TL
mid-filler | de hoofdstad van eh hoe heet dat land nou {} ja die | kirgizië=KG; burkina faso=BF; turkmenistan=TM

embedded-request | mijn zus gaat emigreren naar {} en nu vraag ik me af wat daar de hoofdstad is | nieuw-zeeland=NZ; canada=CA; australië=AU
embedded-request | we zitten aan tafel te discussiëren en niemand weet het dus wat is de hoofdstad van {} | peru=PE; wit-rusland=BY; denemarken=DK
embedded-request | ik lees net een stuk over {} en ik vroeg me af welke stad de hoofdstad is | soedan=SD; jemen=YE; haïti=HT
embedded-request | ik moet een pakketje versturen naar een klant in {} maar welke stad is daar de hoofdstad | polen=PL; estland=EE; portugal=PT
embedded-request | voor ik het vergeet wat is de hoofdstad van {} dat wilde ik je nog vragen | ethiopië=ET; nigeria=NG; argentinië=AR
embedded-request | kun je zeggen wat de hoofdstad van {} is want mijn dochter vraagt het al de hele middag | egypte=EG; mexico=MX; india=IN
embedded-request | ik zit een documentaire te kijken over {} en ze zeggen steeds de hoofdstad maar welke is dat | mongolië=MN; bhutan=BT; venezuela=VE

# Regional colouring of Dutch as nl-NL recognition would write it.
regional-speech | moi alexa wat is de hoofdstad van {} | zweden=SE; griekenland=GR; spanje=ES
regional-speech | wat is nou de hoofdstad van {} jong | ierland=IE; japan=JP; vietnam=VN
regional-speech | mijn noaber vroeg wat de hoofdstad van {} is | oostenrijk=AT; zwitserland=CH; italië=IT
regional-speech | ik wou effe weten wat de hoofdstad van {} is hè | thailand=TH; maleisië=MY; rusland=RU
regional-speech | zeg ins alexa wat is de hoofdstad van {} | luxemburg=LU; belgië=BE; frankrijk=FR
regional-speech | ich wil weten wat de hoofdstad van {} is | noordrijn-westfalen=DE-NW; duitsland=DE; hongarije=HU
regional-speech | wette gij wat de hoofdstad van {} is | brazilië=BR; chili=CL; colombia=CO
regional-speech | hedde gij de hoofdstad van {} paraat | indonesië=ID; filipijnen=PH; cambodja=KH
regional-speech | efkes vragen wat is de hoofdstad van {} | slowakije=SK; oekraïne=UA; moldavië=MD
regional-speech | effe snel gappie wat is de hoofdstad van {} | marokko=MA; turkije=TR; kaapverdië=CV
regional-speech | wat is de hoofdstad van {} dan man | suriname=SR; ghana=GH; jamaica=JM
regional-speech | zeg ouwe wat is de hoofdstad van {} | israël=IL; iran=IR; irak=IQ
regional-speech | mattie wat is de hoofdstad van {} weet jij dat | somalië=SO; eritrea=ER; afghanistan=AF
regional-speech | nou moe ik weet de hoofdstad van {} niet eens meer | noorwegen=NO; finland=FI; canada=CA

flemish-speech | allez alexa wat is de hoofdstad van {} | kroatië=HR; servië=RS; bosnië=BA
flemish-speech | awel wat is dat nu weer de hoofdstad van {} | montenegro=ME; kosovo=XK; albanië=AL
flemish-speech | kunt ge mij zeggen wat de hoofdstad van {} is | congo-kinshasa=CD; rwanda=RW; burundi=BI
flemish-speech | weet gij de hoofdstad van {} | kameroen=CM; senegal=SN; mali=ML
flemish-speech | mag ik eens vragen wat de hoofdstad van {} is merci | ivoorkust=CI; togo=TG; gabon=GA
flemish-speech | amai dat weet ik niet wat is de hoofdstad van {} | liechtenstein=LI; andorra=AD; monaco=MC
flemish-speech | het is voor mijn taak van aardrijkskunde wat is de hoofdstad van {} | oezbekistan=UZ; georgië=GE; armenië=AM
flemish-speech | zeg eens alexa wat is de hoofdstad van {} ge weet dat wel | portugal=PT; tsjechië=CZ; slovenië=SI

surinamese-dutch | baya wat is de hoofdstad van {} | guyana=GY; frans-guyana=GF; brazilië=BR
surinamese-dutch | alexa ik ga je iets vragen wat is de hoofdstad van {} | trinidad=TT; barbados=BB; curaçao=CW
surinamese-dutch | mi brada wil weten wat de hoofdstad van {} is | venezuela=VE; aruba=AW; india=IN
surinamese-dutch | zeg me een keer de hoofdstad van {} | indonesië=ID; china=CN; ghana=GH
surinamese-dutch | boi hoe heet de hoofdstad van {} | jamaica=JM; haïti=HT; grenada=GD
surinamese-dutch | wat is de hoofdstad van frans-guyana tog | GF
surinamese-dutch | wakti alexa hoe heet de hoofdstad van guyana weer | GY
surinamese-dutch | mijn tante woont in nickerie maar wat is de hoofdstad van suriname zelf | SR
surinamese-dutch | ik ga niet liegen ik weet de hoofdstad van {} niet | benin=BJ; nederland=NL; dominica=DM

teen-slang | yo alexa wat is de capital van {} | ecuador=EC; bolivia=BO; peru=PE
teen-slang | bro wat is de hoofdstad van {} ik moet het echt weten | australië=AU; zuid-korea=KR; egypte=EG
teen-slang | lowkey vergeten wat de hoofdstad van {} is | canada=CA; schotland=GB-SCT; ierland=IE
teen-slang | wollah ik weet het niet wat is de hoofdstad van {} | marokko=MA; algerije=DZ; tunesië=TN
teen-slang | skeer vraag maar wat is de hoofdstad van {} | nieuw-zeeland=NZ; noord-korea=KP; ijsland=IS
teen-slang | alexa no cap wat is de hoofdstad van {} | turkije=TR; pakistan=PK; saoedi-arabië=SA
teen-slang | ik heb morgen een toets wat is de hoofdstad van {} fr | vietnam=VN; thailand=TH; laos=LA
teen-slang | wat is de capital city van {} bro | japan=JP; singapore=SG; taiwan=TW

pubquiz-team | we zitten in de kroeg bij de pubquiz wat is de hoofdstad van {} | belize=BZ; kirgizië=KG; lesotho=LS
pubquiz-team | vraag zeven van de quiz wat is de hoofdstad van {} | malawi=MW; tadzjikistan=TJ; palau=PW
pubquiz-team | ons team twijfelt nog wat is de hoofdstad van {} | nigeria=NG; kazachstan=KZ; tanzania=TZ
pubquiz-team | snel voordat de quizmaster terugkomt hoofdstad van {} | burkina faso=BF; bhutan=BT; gabon=GA
pubquiz-team | jokerronde aardrijkskunde de hoofdstad van {} | liberia=LR; brunei=BN; suriname=SR
pubquiz-team | wij zeggen sydney maar wat is de hoofdstad van australië nou echt | AU
pubquiz-team | de helft van ons team zegt almaty de andere helft weet het niet wat is de hoofdstad van kazachstan | KZ
pubquiz-team | laatste ronde nog drie vragen eerste vraag hoofdstad van {} | oman=OM; jordanië=JO; koeweit=KW

teacher-classroom | jongens opletten we vragen het aan alexa wat is de hoofdstad van {} | roemenië=RO; bulgarije=BG; griekenland=GR
teacher-classroom | alexa voor groep acht wat is de hoofdstad van {} | spanje=ES; zweden=SE; polen=PL
teacher-classroom | kun je de klas even vertellen wat de hoofdstad van {} is | kenia=KE; zuid-soedan=SS; ethiopië=ET
teacher-classroom | voor de topografietoets de hoofdstad van {} graag | letland=LV; litouwen=LT; wit-rusland=BY
teacher-classroom | stil allemaal alexa gaat het zeggen wat is de hoofdstad van {} | oostenrijk=AT; zwitserland=CH; denemarken=DK
teacher-classroom | ik overhoor de klas wie weet de hoofdstad van {} nou alexa zeg jij het maar | slowakije=SK; chili=CL; cuba=CU

elder-speech | meisje zeg eens wat is de hoofdstad van {} | portugal=PT; italië=IT; griekenland=GR
elder-speech | vroeger wist ik het wel maar wat is de hoofdstad van {} | hongarije=HU; joegoslavië ik bedoel servië=RS; tsjechië=CZ
elder-speech | mijn kleinzoon vraagt wat de hoofdstad van {} is | brazilië=BR; argentinië=AR; mexico=MX
elder-speech | kunt u wat harder praten wat is de hoofdstad van {} | zuid-afrika nee ik bedoel zimbabwe=ZW; kenia=KE; nepal=NP
elder-speech | hoe heette de hoofdstad van {} nou ook alweer | rhodesië=ZW; perzië=IR; ceylon=LK
elder-speech | ach alexa wat is toch de hoofdstad van {} | finland=FI; ierland=IE; belgië=BE
elder-speech | zoudt u zo goed willen zijn mij de hoofdstad van {} te noemen | noorwegen=NO; indonesië=ID; japan=JP

busy-context | ik sta te koken dus even snel wat is de hoofdstad van {} | kroatië=HR; slovenië=SI; albanië=AL
busy-context | mijn handen zitten onder het deeg wat is de hoofdstad van {} | libanon=LB; syrië=SY; jordanië=JO
busy-context | ik rij net de snelweg op wat is de hoofdstad van {} | luxemburg=LU; estland=EE; montenegro=ME
busy-context | terwijl de aardappels koken wat is de hoofdstad van {} | ghana=GH; senegal=SN; angola=AO
busy-context | ik sta in de file en ik verveel me wat is de hoofdstad van {} | mongolië=MN; nicaragua=NI; cyprus=CY
busy-context | alexa ik heb mijn handen vol wat is de hoofdstad van {} | pakistan=PK; bangladesh=BD; sri lanka=LK
busy-context | ik zit achter het stuur zeg maar hardop wat de hoofdstad van {} is | frankrijk=FR; duitsland=DE; engeland=GB-ENG

news-context | op het journaal hadden ze het over {} welke stad is daar de hoofdstad | soedan=SD; niger=NE; haïti=HT
news-context | in de krant staat iets over {} wat is daar de hoofdstad van | jemen=YE; libië=LY; myanmar=MM
news-context | er was een aardbeving in {} wat is de hoofdstad daar | nepal=NP; ecuador=EC; afghanistan=AF

two-places | wat zijn de hoofdsteden van noorwegen en zweden | NO+SE
two-places | de hoofdstad van estland en die van letland graag | EE+LV
two-places | wat zijn de hoofdsteden van spanje en portugal | ES+PT
two-places | hoofdsteden van chili en argentinië | AR+CL
two-places | wat is de hoofdstad van oostenrijk en van hongarije | AT+HU
two-places | wat zijn de hoofdsteden van peru en ecuador | EC+PE
two-places | noem de hoofdsteden van egypte en soedan | EG+SD
two-places | wat zijn de hoofdsteden van laos cambodja en vietnam | KH+LA+VN

# What recognition does to names: no diaeresis, no hyphen, English spellings, split words.
asr-variant | wat is de hoofdstad van {} | oekraine=UA; ethiopie=ET; kroatie=HR
asr-variant | hoofdstad van {} wat is dat | indonesie=ID; kirgizie=KG; noord macedonie=MK
asr-variant | wat is de hoofd stad van {} | chad=TD; kuwait=KW; uzbekistan=UZ
asr-variant | wat is de hoofdstad van {} eigenlijk | papua nieuw guinea=PG; bosnie herzegovina=BA; zuid soedan=SS
asr-variant | welke stad is hoofdstad van {} | marshall eilanden=MH; salomons eilanden=SB; saudi arabië=SA
asr-variant | de hoofdstad van {} is wat | azerbaidzjan=AZ; yemen=YE; tadjikistan=TJ
asr-variant | wat is de hoofdstad van sint kitts en nevis | KN
asr-variant | hoofdstad van saint vincent en de grenadines | VC
asr-variant | wat is de hoofdstad van antigua | AG

follow-up | en die van kameroen dan | CM
follow-up | doe die van namibië ook maar | NA
follow-up | en nu burkina faso | BF
follow-up | zelfde maar dan voor tanzania | TZ
follow-up | en dan nog oeganda | UG
follow-up | ook even voor ethiopië graag | ET
follow-up | en wat is die van nepal | NP
follow-up | nog eentje guinee | GN
follow-up | en van het buurland belgië | BE
follow-up | oké dan de volgende kirgizië | KG
follow-up | laatste vraag die van cambodja | KH
follow-up | en bij mozambique hoe heet die daar | MZ
follow-up | en in zambia | ZM
follow-up | hoe zit het dan met paraguay | PY
follow-up | en voor de zekerheid ook die van mali | ML
follow-up | en die van costa rica weet je die ook | CR

everyday-name | wat is de hoofdstad van {} tegenwoordig | wit-rusland=BY; birma=MM; swaziland=SZ
everyday-name | hoofdstad van {} | perzië=IR; zaïre=CD; abessinië=ET
everyday-name | welke stad is de hoofdstad van {} eigenlijk | engeland=GB-ENG; holland=NL; siam=TH
everyday-name | wat is de hoofdstad van de {} | emiraten=AE; vs=US; states=US
everyday-name | wat is de hoofdstad van {} daar | groot-brittannië=GB; bosnië=BA; macedonië=MK
everyday-name | hoofdstad van {} graag | oost-timor=TL; timor-leste=TL; kirgizstan=KG
everyday-name | wat is de hoofdstad van het vk | GB
everyday-name | hoofdstad van saoedi | SA
everyday-name | wat is de hoofdstad van {} in afrika | goudkust=GH; congo-brazzaville=CG; opper-volta=BF
everyday-name | wat is de hoofdstad van brits-honduras | BZ
everyday-name | wat is de hoofdstad van cabo verde | CV

official-name | wat is volgens jou de hoofdstad van de {} | volksrepubliek china=CN; russische federatie=RU; helleense republiek=GR
official-name | wat is de hoofdstad van het {} | groothertogdom luxemburg=LU; vorstendom liechtenstein=LI; sultanaat oman=OM
official-name | welke stad is de hoofdstad van het {} | hasjemitisch koninkrijk jordanië=JO; koninkrijk marokko=MA; vorstendom monaco=MC
official-name | hoe heet de hoofdstad van de {} | socialistische republiek vietnam=VN; bolivariaanse republiek venezuela=VE; oosterse republiek uruguay=UY
official-name | wat is officieel de hoofdstad van de {} | republiek der unie van myanmar=MM; staat israël=IL; federatieve republiek brazilië=BR
official-name | noem de hoofdstad van de {} | verenigde mexicaanse staten=MX; islamitische republiek pakistan=PK; arabische republiek egypte=EG
official-name | wat is de hoofdstad van de democratische volksrepubliek korea | KP
official-name | de republiek korea welke stad is daar de hoofdstad | KR
official-name | wat is de hoofdstad van de republiek san marino | SM
official-name | wat is de hoofdstad van het verenigd koninkrijk van groot-brittannië en noord-ierland | GB

shared-name | korea hoe heet daar de hoofdstad | KP+KR
shared-name | wat zijn de hoofdsteden van de twee korea's | KP+KR
shared-name | wat zijn de hoofdsteden van noord en zuid korea | KP+KR
shared-name | congo wat is daar de hoofdstad | CD+CG
shared-name | welke hoofdstad heeft congo eigenlijk | CD+CG
shared-name | de hoofdsteden van beide congo's graag | CD+CG
shared-name | ik wil de hoofdstad van georgia weten | GE+US-GA
shared-name | georgia welke stad is daar de hoofdstad | GE+US-GA
shared-name | de maagdeneilanden wat is daar de hoofdstad | VG+VI
shared-name | dominica en de dominicaanse republiek welke hoofdsteden hebben die | DM+DO

plural-capitals | welke drie steden zijn de hoofdsteden van zuid-afrika | ZA
plural-capitals | zuid-afrika heeft toch meerdere hoofdsteden welke zijn dat | ZA
plural-capitals | noem alle hoofdsteden van zuid-afrika even op | ZA
plural-capitals | bolivia heeft er twee toch welke hoofdsteden zijn dat | BO
plural-capitals | de twee hoofdsteden van bolivia graag | BO
plural-capitals | jongens nederland heeft er twee alexa wat zijn de hoofdsteden van nederland | NL
plural-capitals | hoeveel hoofdsteden heeft nederland eigenlijk en welke | NL
plural-capitals | wat zijn nou de hoofdsteden van ons eigen landje | NL
plural-capitals | welke hoofdsteden heeft maleisië | MY
plural-capitals | maleisië heeft er twee geloof ik welke zijn dat | MY
plural-capitals | sri lanka heeft twee hoofdsteden hoe heten die | LK
plural-capitals | welke hoofdsteden heeft sri lanka allemaal | LK
plural-capitals | wat zijn de twee hoofdsteden van benin | BJ
plural-capitals | hoofdsteden van benin graag allebei | BJ
plural-capitals | welke hoofdsteden heeft ivoorkust | CI
plural-capitals | de hoofdsteden van ivoorkust welke zijn dat | CI
plural-capitals | eswatini heeft twee hoofdsteden welke zijn dat | SZ
plural-capitals | wat zijn de hoofdsteden van swaziland ook alweer | SZ
plural-capitals | welke hoofdsteden heeft palestina | PS
plural-capitals | de hoofdsteden van de palestijnse gebieden welke zijn dat | PS
plural-capitals | wat zijn de hoofdsteden van montserrat | MS
plural-capitals | welke twee hoofdsteden heeft jammu en kasjmir | IN-JK
plural-capitals | uttarakhand heeft twee hoofdsteden toch welke | IN-UK

subdivision | wat is de hoofdstad van de staat {} | vermont=US-VT; kentucky=US-KY; nevada=US-NV
subdivision | welke stad is de hoofdstad van {} in amerika | illinois=US-IL; pennsylvania=US-PA; oregon=US-OR
subdivision | hoofdstad van de amerikaanse staat {} | montana=US-MT; delaware=US-DE; south dakota=US-SD
subdivision | wat is de hoofdstad van de provincie {} | alberta=CA-AB; nova scotia=CA-NS; brits-columbia=CA-BC
subdivision | en wat is de hoofdstad van {} in canada | nunavut=CA-NU; yukon=CA-YT; manitoba=CA-MB
subdivision | wat is de hoofdstad van de deelstaat {} | nedersaksen=DE-NI; saksen-anhalt=DE-ST; mecklenburg-voor-pommeren=DE-MV
subdivision | welke stad is de hoofdstad van {} in duitsland | beieren=DE-BY; rijnland-palts=DE-RP; hessen=DE-HE
subdivision | wat is de hoofdstad van {} in australië | queensland=AU-QLD; tasmanië=AU-TAS; west-australië=AU-WA
subdivision | wat is de hoofdstad van de braziliaanse deelstaat {} | bahia=BR-BA; amazonas=BR-AM; minas gerais=BR-MG
subdivision | wat is de hoofdstad van de indiase deelstaat {} | kerala=IN-KL; rajasthan=IN-RJ; goa=IN-GA
subdivision | wat is de hoofdstad van de mexicaanse staat {} | yucatán=MX-YUC; jalisco=MX-JAL; oaxaca=MX-OAX
subdivision | wij wonen vlak bij de grens wat is de hoofdstad van nedersaksen eigenlijk | DE-NI
subdivision | we gaan op vakantie naar de eifel welke stad is de hoofdstad van rijnland-palts | DE-RP
subdivision | texas hoe heet daar de hoofdstad | US-TX
subdivision | wat is de hoofdstad van hawaï eigenlijk | US-HI
subdivision | schotland welke stad is daar de hoofdstad | GB-SCT
subdivision | en de hoofdstad van wales hoe heet die | GB-WLS
subdivision | wat is de hoofdstad van noord-ierland dan | GB-NIR
subdivision | we rijden door baden-württemberg wat is hier de hoofdstad | DE-BW

territory | wat is de hoofdplaats van bonaire | BQ
territory | hoe heet de hoofdstad van aruba ook alweer | AW
territory | wat is de hoofdstad van sint-maarten eigenlijk | SX
territory | welke stad is de hoofdstad van curaçao | CW
territory | wat is de hoofdstad van groenland nou | GL
territory | de hoofdstad van de faeröer hoe heet die | FO
territory | de hoofdstad van {} weet je die | guadeloupe=GP; martinique=MQ; mayotte=YT
territory | en welke stad is de hoofdstad van {} | puerto rico=PR; nieuw-caledonië=NC; de kaaimaneilanden=KY
territory | hoe heet de hoofdstad van {} dan | jersey=JE; guernsey=GG; réunion=RE
territory | wat is de hoofdstad van {} daar in de oceaan | de falklandeilanden=FK; de cookeilanden=CK; frans-polynesië=PF
territory | wat is de hoofdstad van åland | AX
territory | wat is de hoofdstad van taiwan eigenlijk | TW
territory | wat is de hoofdstad van de westelijke sahara | EH
territory | welke stad is de hoofdstad van kosovo | XK
territory | heeft vaticaanstad ook een hoofdstad | VA

yes-no-check | is lagos de hoofdstad van nigeria | NG
yes-no-check | klopt het dat almaty de hoofdstad van kazachstan is | KZ
yes-no-check | is zürich nou de hoofdstad van zwitserland of niet | CH
yes-no-check | is rio de janeiro nog steeds de hoofdstad van brazilië | BR
yes-no-check | is auckland de hoofdstad van nieuw-zeeland | NZ
yes-no-check | mijn man zegt dat toronto de hoofdstad van canada is klopt dat | CA
yes-no-check | is dar es salaam de hoofdstad van tanzania | TZ
yes-no-check | casablanca is toch de hoofdstad van marokko | MA
yes-no-check | is istanboel de hoofdstad van turkije | TR
yes-no-check | ho chi minhstad is de hoofdstad van vietnam of niet | VN
yes-no-check | is karachi de hoofdstad van pakistan | PK
yes-no-check | is new york de hoofdstad van amerika | US
yes-no-check | is sydney de hoofdstad van australië ja of nee | AU
yes-no-check | is belize city de hoofdstad van belize | BZ
yes-no-check | is yangon nog de hoofdstad van myanmar | MM
yes-no-check | is abidjan de hoofdstad van ivoorkust | CI
yes-no-check | is tel aviv de hoofdstad van israël | IL
yes-no-check | is bern echt de hoofdstad van zwitserland | CH
yes-no-check | is reykjavik de hoofdstad van ijsland of vergis ik me | IS

self-correction | wat is de hoofdstad van oostenrijk nee wacht australië | AU
self-correction | hoofdstad van slowakije o nee slovenië bedoel ik | SI
self-correction | wat is de hoofdstad van ijsland eh ierland | IE
self-correction | de hoofdstad van zweden sorry zwitserland | CH
self-correction | wat is de hoofdstad van guinee nee guinee-bissau | GW
self-correction | wat is de hoofdstad van niger ik bedoel nigeria | NG
self-correction | wat is de hoofdstad van colombia of nee costa rica | CR
self-correction | wat is de hoofdstad van irak nee iran | IR
self-correction | wat is de hoofdstad van gambia nee zambia | ZM
self-correction | de hoofdstad van mali ik zeg het verkeerd ik bedoel malta | MT
self-correction | hoofdstad van letland pardon litouwen | LT
self-correction | wat is de hoofdstad van de dominicaanse republiek nee gewoon dominica | DM
self-correction | wat is de hoofdstad van soedan ik bedoel zuid-soedan | SS
self-correction | wat is de hoofdstad van mauritius nee mauritanië | MR
self-correction | wat is de hoofdstad van paraguay eh uruguay | UY
self-correction | wat is de hoofdstad van slowakije nee niet slovenië gewoon slowakije | SK
self-correction | wat is de hoofdstad van oostenrijk of nee doe maar hongarije | HU
self-correction | allez de hoofdstad van servië nee kroatië | HR

reverse-question | van welk land is {} de hoofdstad | ouagadougou=CITY:Ouagadougou; podgorica=CITY:Podgorica; nouakchott=CITY:Nouakchott
reverse-question | bij welk land hoort de hoofdstad {} | tbilisi=CITY:Tbilisi; bisjkek=CITY:Bisjkek; vientiane=CITY:Vientiane
reverse-question | {} is de hoofdstad van welk land | windhoek=CITY:Windhoek; asmara=CITY:Asmara; tegucigalpa=CITY:Tegucigalpa
reverse-question | in welk land ligt de hoofdstad ulaanbaatar | CITY:Ulaanbaatar
reverse-question | welk land heeft als hoofdstad nuku'alofa | CITY:Nuku'alofa
reverse-question | van welke staat in amerika is sacramento de hoofdstad | CITY:Sacramento
reverse-question | paramaribo is de hoofdstad van wat | CITY:Paramaribo
reverse-question | welke provincie van canada heeft regina als hoofdstad | CITY:Regina
reverse-question | waar is hobart de hoofdstad van | CITY:Hobart
reverse-question | ik hoor steeds canberra van welk land is dat de hoofdstad | CITY:Canberra
reverse-question | welk land hoort bij de hoofdstad bandar seri begawan | CITY:Bandar Seri Begawan

help | alexa wat kan ik allemaal vragen aan deze skill | HELP
help | ik snap niet hoe dit werkt | HELP
help | hoe werkt dit eigenlijk | HELP
help | leg eens uit wat ik moet zeggen | HELP
help | help me even ik weet niet wat ik kan vragen | HELP
help | wat moet ik zeggen om een hoofdstad te horen | HELP
help | geef eens een voorbeeld van een vraag | HELP
help | welke vragen snap jij | HELP
help | uitleg graag | HELP
help | ik ben de weg kwijt hoe gaat dit | HELP
help | allez hoe werkt dat hier | HELP
help | bro hoe werkt deze app | HELP
help | wat doet deze skill precies | HELP
help | ik heb hulp nodig bij deze skill | HELP
help | hoe moet ik dat vragen dan | HELP
help | kun je me vertellen wat je allemaal kunt | HELP
help | wat zijn de mogelijkheden | HELP

stop | houdoe alexa | STOP
stop | oké doei | STOP
stop | stop er maar mee | STOP
stop | genoeg geweest | STOP
stop | ik ben klaar met de hoofdsteden | STOP
stop | sluit de skill af | STOP
stop | alexa kappen nu | STOP
stop | ophouden alsjeblieft | STOP
stop | nou ajuus dan | STOP
stop | we zijn klaar voor vandaag bedankt | STOP
stop | het is mooi geweest | STOP
stop | stoppen maar | STOP
stop | dag alexa tot de volgende keer | STOP
stop | ik ga slapen stop maar | STOP
stop | klaar ermee | STOP
stop | zet maar uit | STOP
stop | alexa hou je mond | STOP
stop | de quiz is afgelopen je mag stoppen | STOP

cancel | laat maar zitten | CANCEL
cancel | nee toch maar niet | CANCEL
cancel | vergeet die vraag maar | CANCEL
cancel | annuleer dat | CANCEL
cancel | laat die vraag maar | CANCEL
cancel | nee hoeft niet meer | CANCEL
cancel | ik heb het al gevonden laat maar | CANCEL
cancel | doe maar niet | CANCEL
cancel | annuleren | CANCEL
cancel | nee wacht laat maar | CANCEL
cancel | trek die vraag maar in | CANCEL
cancel | nee sorry verkeerde vraag vergeet het | CANCEL
cancel | laat maar ik zoek het zelf wel op | CANCEL
cancel | niet meer nodig hoor | CANCEL
cancel | nee bedankt hoeft niet | CANCEL
cancel | skip maar | CANCEL
cancel | laat maar baya | CANCEL

launch | alexa open hoofdsteden van de wereld | LAUNCH
launch | start hoofdsteden van de wereld | LAUNCH
launch | hé alexa hoofdsteden van de wereld starten | LAUNCH
launch | alexa begin met hoofdsteden van de wereld | LAUNCH
launch | open de skill hoofdsteden van de wereld | LAUNCH
launch | alexa speel hoofdsteden van de wereld | LAUNCH
launch | alexa hoofdsteden van de wereld openen alsjeblieft | LAUNCH
launch | alexa laten we hoofdsteden van de wereld doen | LAUNCH
launch | alexa start world capitals | LAUNCH
launch | alexa open world capitals | LAUNCH
launch | moi alexa start hoofdsteden van de wereld | LAUNCH

# Not capital questions: other facts, capital in other senses, planets, the kitchen and the car, chit-chat.
out-of-domain | wat is de munteenheid van hongarije | FB
out-of-domain | welke taal spreken ze in suriname | FB
out-of-domain | hoe laat is het nu in tokio | FB
out-of-domain | hoe ver is het van amsterdam naar parijs | FB
out-of-domain | wat is het grootste land ter wereld | FB
out-of-domain | wat is de hoogste berg van afrika | FB
out-of-domain | welke kleuren heeft de vlag van litouwen | FB
out-of-domain | wat is het volkslied van frankrijk | FB
out-of-domain | wie is de president van brazilië | FB
out-of-domain | wie is de koning van belgië | FB
out-of-domain | hoeveel provincies heeft nederland | FB
out-of-domain | schrijf je hoofdstad met een hoofdletter | FB
out-of-domain | hoeveel startkapitaal heb ik nodig voor een eigen zaak | FB
out-of-domain | welke stad noemen ze de stad van de liefde | FB
out-of-domain | welke stad is dit jaar culturele hoofdstad van europa | FB
out-of-domain | wat is de hoofdstad van mars | FB
out-of-domain | heeft de maan een hoofdstad | FB
out-of-domain | welke planeet staat het dichtst bij de zon | FB
out-of-domain | zet een timer op tien minuten | FB
out-of-domain | hoe lang moet een zachtgekookt ei koken | FB
out-of-domain | hoe druk is het op de a twaalf | FB
out-of-domain | speel een liedje van andré hazes | FB
out-of-domain | wat voor weer wordt het morgen in groningen | FB
out-of-domain | hoe laat speelt feyenoord vanavond | FB
out-of-domain | wie heeft het songfestival gewonnen | FB
out-of-domain | vertel eens een mop | FB
out-of-domain | hoe oud ben jij eigenlijk alexa | FB
out-of-domain | hoe zeg je dankjewel in het sranantongo | FB
out-of-domain | wat eten ze in suriname met kerst | FB
out-of-domain | welke landen grenzen aan duitsland | FB
out-of-domain | hoe groot is australië in vierkante kilometers | FB
out-of-domain | welk land heeft de meeste inwoners | FB
out-of-domain | in welk werelddeel ligt mongolië | FB
out-of-domain | wat is de langste rivier van europa | FB
out-of-domain | hoeveel landen zijn er in afrika | FB
out-of-domain | welke zee ligt er tussen italië en griekenland | FB
out-of-domain | sinds wanneer is amsterdam de hoofdstad van nederland | FB
out-of-domain | waarom zit de regering in den haag en niet in amsterdam | FB
out-of-domain | wat is de oudste hoofdstad van europa | FB
out-of-domain | wat was de hoofdstad van de sovjet-unie | FB
out-of-domain | wat was vroeger de hoofdstad van west-duitsland | FB
out-of-domain | wat betekent het woord kapitaal | FB
out-of-domain | hoeveel is zeven keer acht | FB
out-of-domain | zet de verwarming een graadje hoger | FB
out-of-domain | doe het licht in de keuken uit | FB
out-of-domain | wie heeft de tour de france gewonnen | FB
out-of-domain | hoe spel je reykjavik | FB
out-of-domain | hoe spreek je ouagadougou uit | FB
out-of-domain | wat is de hoofdprijs van de staatsloterij | FB
out-of-domain | wie speelt de hoofdrol in titanic | FB
out-of-domain | in welk land ligt barcelona | FB
out-of-domain | wat kost een vliegticket naar lissabon | FB
out-of-domain | boek een hotel in rome voor het weekend | FB
out-of-domain | wat is het verschil tussen holland en nederland | FB
out-of-domain | hoeveel inwoners heeft mexico-stad | FB
out-of-domain | hoeveel mensen wonen er in paramaribo | FB
out-of-domain | met welk geld betaal je op curaçao | FB
out-of-domain | wanneer is het koningsdag | FB
out-of-domain | wie is de burgemeester van rotterdam | FB
out-of-domain | hoe heet de minister-president van nederland | FB
out-of-domain | wie is beter messi of ronaldo | FB
out-of-domain | ben je verliefd alexa | FB
out-of-domain | wat is de hoofdstad van wakanda | FB
out-of-domain | waarom heet het eigenlijk een hoofdstad | FB
out-of-domain | noem eens drie landen in zuid-amerika | FB
out-of-domain | welke hoofdstad heeft de meeste musea | FB
out-of-domain | wat voor kleuren heeft de vlag van jamaica | FB
out-of-domain | hoe lang vliegen we naar bangkok | FB
out-of-domain | welke landen zitten in de europese unie | FB
out-of-domain | welk land heeft de lekkerste keuken | FB
out-of-domain | zet de radio aan op radio twee | FB
out-of-domain | is er een flitser op de a achtentwintig | FB
out-of-domain | bro wat is de beste gaming laptop | FB
out-of-domain | alexa rap eens voor me | FB

# Added after the first build: the four sovereign countries not yet asked, and lines where drops left a count thin.
embedded-request | mijn broer werkt een half jaar in {} en ik wil hem een kaart sturen wat is de hoofdstad daar | de verenigde arabische emiraten=AE; de maldiven=MV; de centraal-afrikaanse republiek=CF
teen-slang | effe serieus wat is de capital van {} | amerika=US; de emiraten=AE
elder-speech | hoe heet de hoofdstad van de verenigde staten toch | US
plural-capitals | maleisië kuala lumpur en wat is de andere hoofdstad | MY
plural-capitals | welke steden zijn allebei hoofdstad van benin | BJ
plural-capitals | ivoorkust heeft twee hoofdsteden hè welke zijn dat | CI
plural-capitals | noem beide hoofdsteden van sri lanka | LK
cancel | nee stop maar die vraag was niks | CANCEL
cancel | oeps verkeerd laat maar | CANCEL
cancel | wollah laat maar zitten | CANCEL
cancel | nee nee nee die bedoelde ik niet vergeet het maar | CANCEL
launch | awel open eens hoofdsteden van de wereld | LAUNCH
launch | alexa zet hoofdsteden van de wereld op voor de klas | LAUNCH
launch | yo alexa gooi hoofdsteden van de wereld aan | LAUNCH
launch | alexa ik wil hoofdsteden van de wereld spelen | LAUNCH
"""

if __name__ == "__main__":
    build("nl", LINES, sys.argv, "tests/Eval/nl/round16/source/build_corpus.py")
