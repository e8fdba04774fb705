"""Round 30, Dutch (nl-NL): a new author's own mix, written blind (brief WRITER43.md). Speakers chosen away from the
groups the four latest Dutch rounds (26 to 29) used: Westfriezen from Hoorn, Medemblik and Schagen ("ikke", "gien",
"hewwe", "me buurman", the Hoorn fair), Veluwe elders from Barneveld, Nunspeet and Elspeet ("wi'j", "gin", "jao", "nou
nou", the dominee, the missionary, the church trip), Utrechters from Lombok, Zuilen and Kanaleneiland ("ut", "ouwe",
"effe", "jonge", the Dom), Katwijkers and Leidenaars ("jonge", "ken jij", "hoor", the boulevard, a grandfather at sea),
Italian Dutch ("allora", "senti", "boh", "mamma mia", "dai", "ecco", the nonna), Spanish expats ("oye", "vale", "venga",
"hombre", "bueno", "qué", learner articles), Greek Dutch ("ela", "re", "po po po", the papous and yiayia), Nigerian Dutch
("abeg", "oga", "na wa o", "wetin", "my sister", English mixing), Vietnamese Dutch ("troi oi", "da", learner word order),
Hungarian Dutch ("szia", "köszi", "jó", "na"). Situations: a Formula 1 fan on a race weekend, New Year's Eve counting
down, a beekeeper and an allotment, a driving lesson, an NS train conductor, a grandmother video-calling a grandchild, a
marathon runner, a coin collector at the fair in Utrecht, a home worker between Teams calls, toddlers, a construction
worker on scaffolding, a quizmaster preparing Friday's quiz, a patient in a hospital bed.
Plus follow-ups, yes/no checks (right and wrong guesses), self-corrections ("nee", "eh nee", "nee wacht", "sorry", "ik
bedoel", "of eigenlijk", "anzi", "no perdón", "laat maar van"), reverse questions, official, old and everyday names,
shared names, plurals, subdivisions and territories, launch, help, stop and cancel in those speakers' words,
out-of-domain requests and near misses (Dutch and other provinces and regions, islands, continents, fictional and
former countries, "culturele hoofdstad", "fietshoofdstad", hoofdletter, kapitaal), and what nl-NL recognition writes
(lost diaeresis, split and joined words, phonetic spellings).
`python3 tests/Eval/nl/round30/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 30's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Westfriezen (Hoorn, Medemblik, Schagen)
westfries | ikke wil effe weten wat de hoofdstad van {} is | andorra=AD; albanië=AL; angola=AO
westfries | dat weet ik gien eens wat is de hoofdstad van {} | de verenigde arabische emiraten=AE; armenië=AM; argentinië=AR
westfries | hé alexa hoe heet de hoofdstad van {} nou | afghanistan=AF; oostenrijk=AT; australië=AU
westfries | me buurman uit schagen wil weten wat de hoofdstad van {} is | antigua en barbuda=AG; azerbeidzjan=AZ; bosnië en herzegovina=BA
westfries | ikke en me vrouw hewwe ruzie over de hoofdstad van {} | barbados=BB; bangladesh=BD; belgië=BE
westfries | op de kermis in hoorn vroeg iemand de hoofdstad van {} | burkina faso=BF; bulgarije=BG; bahrein=BH
# Veluwe (Barneveld, Nunspeet, Elspeet)
veluws | wi'j vroegen ons af wat de hoofdstad van {} is | burundi=BI; brunei=BN; brazilië=BR
veluws | nou nou wat is dan de hoofdstad van {} | de bahama's=BS; bhutan=BT; botswana=BW
veluws | de dominee had het over {} wat is daar de hoofdstad van | belarus=BY; belize=BZ; canada=CA
veluws | jao zeg mij eens de hoofdstad van {} | de centraal afrikaanse republiek=CF; zwitserland=CH; chili=CL
veluws | onze zendeling zit in {} hoe heet de hoofdstad daar | kameroen=CM; colombia=CO; costa rica=CR
# Utrechters (Lombok, Zuilen, Kanaleneiland)
utrechts | ouwe wat is ut hoofdstad van {} | china=CN; cuba=CU; kaapverdië=CV
utrechts | effe kijken hoor wat is de hoofdstad van {} | cyprus=CY; tsjechië=CZ; duitsland=DE
utrechts | jonge zeg es wat ut hoofdstad is van {} | djibouti=DJ; denemarken=DK; dominica=DM
utrechts | bij de dom vroeg een toerist wat de hoofdstad van {} is | de dominicaanse republiek=DO; algerije=DZ; ecuador=EC
# Katwijkers en Leienaars
katwijks | jonge ken jij me zeggen wat de hoofdstad van {} is | estland=EE; egypte=EG; eritrea=ER
katwijks | op de boulevard vroeg m'n moeder de hoofdstad van {} | spanje=ES; ethiopië=ET; finland=FI
katwijks | hoe heet die hoofdstad ook alweer van {} | fiji=FJ; micronesia=FM; frankrijk=FR
katwijks | wat is de hoofdstad van {} dan hoor | gabon=GA; het verenigd koninkrijk=GB; grenada=GD
# Italiaanse Nederlanders
italiaans | allora wat is de hoofdstad van {} | georgië=GE; ghana=GH; gambia=GM
italiaans | senti alexa de hoofdstad van {} wat is die | guinee=GN; equatoriaal guinea=GQ; griekenland=GR
italiaans | boh ik weet niet meer wat is hoofdstad van {} | guatemala=GT; guinee bissau=GW; guyana=GY
italiaans | mamma mia ik ben vergeten de hoofdstad van {} | honduras=HN; kroatië=HR; haïti=HT
# Spaanse expats
spaans | oye alexa wat is de hoofdstad van {} vale | hongarije=HU; indonesië=ID; ierland=IE
spaans | hombre ik wil weten het hoofdstad van {} | israël=IL; india=IN; irak=IQ
spaans | venga zeg me de hoofdstad van {} | iran=IR; ijsland=IS; italië=IT
spaans | bueno en de hoofdstad van {} is wat | jamaica=JM; jordanië=JO; japan=JP
# Grieks-Nederlandse familie
grieks | ela alexa wat is de hoofdstad van {} re | kenia=KE; kirgizië=KG; cambodja=KH
grieks | po po po ik weet het niet meer de hoofdstad van {} | kiribati=KI; de comoren=KM; saint kitts en nevis=KN
grieks | mijn papous vraagt wat de hoofdstad is van {} | koeweit=KW; kazachstan=KZ; laos=LA
# Nigeriaanse Nederlanders
nigeriaans | abeg alexa what be de hoofdstad van {} | libanon=LB; saint lucia=LC; liechtenstein=LI
nigeriaans | my sister wil weten de hoofdstad van {} | liberia=LR; lesotho=LS; litouwen=LT
nigeriaans | na wa o ik ben het kwijt wat is de hoofdstad van {} | luxemburg=LU; letland=LV; libië=LY
nigeriaans | oga vraagt de hoofdstad van {} please | marokko=MA; monaco=MC; moldavië=MD
# Vietnamese Nederlanders
vietnamees | troi oi wat is de hoofdstad van {} | montenegro=ME; madagaskar=MG; de marshalleilanden=MH
vietnamees | mijn zoon vraag hoofdstad van {} wat is | noord macedonië=MK; mali=ML; myanmar=MM
vietnamees | da alexa hoofdstad van {} alstublieft | mongolië=MN; mauritanië=MR; malta=MT
# Hongaarse Nederlanders
hongaars | szia alexa mi is de hoofdstad van {} | mauritius=MU; de maldiven=MV; malawi=MW
hongaars | na wat is nou de hoofdstad van {} köszi | mexico=MX; mozambique=MZ; namibië=NA
hongaars | ik leer nederlands wat is hoofdstad van {} | niger=NE; nigeria=NG; nicaragua=NI
# Formule 1-fan
formule-een | max rijdt dit weekend niet maar wat is de hoofdstad van {} | noorwegen=NO; nepal=NP; nauru=NR
formule-een | tijdens de safety car even wat is de hoofdstad van {} | nieuw zeeland=NZ; oman=OM; panama=PA
formule-een | in de pitstraat vroegen ze de hoofdstad van {} | peru=PE; papoea nieuw guinea=PG; de filipijnen=PH
# Oud en nieuw
oudjaar | het is bijna twaalf uur wat is de hoofdstad van {} | pakistan=PK; polen=PL; portugal=PT
oudjaar | nog tien minuten tot nieuwjaar hoofdstad van {} | palau=PW; paraguay=PY; qatar=QA
oudjaar | met de oliebollen erbij wat is de hoofdstad van {} | roemenië=RO; servië=RS; rusland=RU
# Imker en volkstuin
imker | tussen de bijenkasten door wat is de hoofdstad van {} | rwanda=RW; saoedi arabië=SA; de salomonseilanden=SB
imker | op de volkstuin vroeg de buurman de hoofdstad van {} | de seychellen=SC; soedan=SD; zweden=SE
imker | met m'n imkerpak aan hoofdstad van {} graag | singapore=SG; slovenië=SI; slowakije=SK
# Rijinstructeur
rijles | rechts aanhouden en wat is de hoofdstad van {} | sierra leone=SL; san marino=SM; senegal=SN
rijles | mijn leerling wil weten de hoofdstad van {} | somalië=SO; suriname=SR; zuid soedan=SS
rijles | bij het stoplicht even wat is de hoofdstad van {} | sao tomé en principe=ST; el salvador=SV; syrië=SY
# NS-conducteur
conducteur | de trein heeft vertraging wat is de hoofdstad van {} | tsjaad=TD; togo=TG; thailand=TH
conducteur | een reiziger vraagt de hoofdstad van {} | tadzjikistan=TJ; turkmenistan=TM; tunesië=TN
conducteur | tussen amersfoort en zwolle wat is de hoofdstad van {} | tonga=TO; turkije=TR; trinidad en tobago=TT
# Oma die videobelt met kleinkind
videobellen | mijn kleindochter vraagt wat de hoofdstad van {} is | tuvalu=TV; tanzania=TZ; oekraïne=UA
videobellen | oma weet het niet schat vraag maar de hoofdstad van {} | oeganda=UG; amerika=US; uruguay=UY
videobellen | lieverd hoor je me alexa wat is de hoofdstad van {} | oezbekistan=UZ; saint vincent en de grenadines=VC; venezuela=VE
# Hardloper
hardlopen | ik loop volgend jaar een marathon in {} wat is de hoofdstad | vietnam=VN; vanuatu=VU; samoa=WS
hardlopen | na tien kilometer even hijgen wat is de hoofdstad van {} | jemen=YE; zambia=ZM; zimbabwe=ZW
# Muntverzamelaar
munten | ik heb een munt uit {} wat is de hoofdstad daar | de democratische republiek congo=CD; de republiek congo=CG; ivoorkust=CI
munten | een oude munt van {} welke stad is de hoofdstad | noord korea=KP; zuid korea=KR; kosovo=XK
munten | op de beurs in utrecht een munt uit {} wat is de hoofdstad | sri lanka=LK; benin=BJ; bolivia=BO
# Thuiswerker
thuiswerk | mijn collega belt in vanuit {} wat is de hoofdstad daar | maleisië=MY; eswatini=SZ; zuid afrika=ZA
thuiswerk | na de teams call even wat is de hoofdstad van {} | nederland=NL; het vaticaan=VA; palestina=PS
thuiswerk | ik moet een meeting plannen met {} wat is de hoofdstad | taiwan=TW; guinee=GN; laos=LA
# meer zinnen per spreker
westfries | ikke weet het niet meer hoor wat was de hoofdstad van noorwegen | NO
westfries | hé wat is nou de hoofdstad van ierland dan | IE
westfries | me dochter zit in canada wat is daar de hoofdstad van | CA
westfries | zeg es alexa de hoofdstad van de filipijnen weet je die | PH
westfries | mooi zo en wat is de hoofdstad van peru | PE
westfries | gien idee wat is de hoofdstad van chili | CL
westfries | ikke gaan naar kroatië wat is de hoofdstad daar | HR
westfries | hoe heet dat hoofdstadje van luxemburg | LU
veluws | wi'j gaan met de kerk naar israël wat is de hoofdstad | IL
veluws | jao wat is de hoofdstad van roemenië | RO
veluws | mijn kleinzoon vraagt de hoofdstad van malawi | MW
veluws | nou zeg het maar de hoofdstad van zambia | ZM
veluws | wi'j steunen een school in kenia wat is de hoofdstad | KE
veluws | de zendingscollecte is voor papoea nieuw guinea wat is de hoofdstad daar | PG
veluws | is er een hoofdstad in moldavië en hoe heet die | MD
veluws | gin idee wat de hoofdstad van hongarije is | HU
utrechts | ouwe weet jij de hoofdstad van portugal | PT
utrechts | ut hoofdstad van griekenland is toch athene of niet | GR
utrechts | jonge wat is de hoofdstad van zweden dan | SE
utrechts | vraagje wat is de hoofdstad van thailand | TH
utrechts | in zuilen woont een gast uit servië wat is de hoofdstad daar | RS
utrechts | zeg wat is ut hoofdstad van marokko | MA
utrechts | effe serieus wat is de hoofdstad van turkije | TR
katwijks | jonge wat is de hoofdstad van ijsland nou | IS
katwijks | ken jij de hoofdstad van schotland | GB-SCT
katwijks | m'n opa voer vroeger op noorwegen wat is daar de hoofdstad | NO
katwijks | hoe heet de hoofdstad van denemarken hoor | DK
katwijks | wat is de hoofdstad van de faeröer | FO
katwijks | de hoofdstad van groenland ken je die | GL
italiaans | allora dimmi de hoofdstad van argentinië | AR
italiaans | ecco en de hoofdstad van malta | MT
italiaans | dai alexa de hoofdstad van san marino | SM
italiaans | mijn nonna vraagt de hoofdstad van albanië | AL
italiaans | boh wat is de hoofdstad van slovenië | SI
italiaans | senti wat is de hoofdstad van het vaticaan | VA
italiaans | allora ik vraag de hoofdstad van tunesië | TN
spaans | oye de hoofdstad van mexico cuál es | MX
spaans | vale en de hoofdstad van venezuela | VE
spaans | hombre wat is de hoofdstad van uruguay | UY
spaans | ik ben uit valencia maar wat is de hoofdstad van ecuador | EC
spaans | qué wat is het hoofdstad van paraguay | PY
spaans | bueno de hoofdstad van costa rica por favor | CR
spaans | venga venga de hoofdstad van cuba | CU
grieks | ela wat is de hoofdstad van cyprus | CY
grieks | re jongen wat is de hoofdstad van bulgarije | BG
grieks | mijn yiayia wil weten de hoofdstad van egypte | EG
grieks | po po wat is de hoofdstad van georgië | GE
grieks | ela zeg de hoofdstad van noord macedonië | MK
grieks | de hoofdstad van armenië wat is dat re | AM
nigeriaans | abeg wat is de hoofdstad van nigeria | NG
nigeriaans | wetin be de hoofdstad van ghana | GH
nigeriaans | my brother wil weten de hoofdstad van kameroen | CM
nigeriaans | na wa de hoofdstad van benin is welke | BJ
nigeriaans | oga zeg me de hoofdstad van togo | TG
nigeriaans | abeg what is the capital van senegal | SN
vietnamees | troi oi hoofdstad van vietnam wat is | VN
vietnamees | mijn moeder vraagt hoofdstad van cambodja | KH
vietnamees | da wat is de hoofdstad van laos | LA
vietnamees | hoofdstad van china alstublieft | CN
vietnamees | mijn dochter leert voor toets hoofdstad van japan | JP
hongaars | szia wat is de hoofdstad van oostenrijk | AT
hongaars | jó en de hoofdstad van slowakije | SK
hongaars | na en hoofdstad van hongarije is boedapest ja | HU
hongaars | köszi en wat is de hoofdstad van polen | PL
hongaars | mijn man vraagt hoofdstad van oekraïne | UA
formule-een | de volgende race is in azerbeidzjan wat is de hoofdstad | AZ
formule-een | wat is de hoofdstad van bahrein voor de grand prix | BH
formule-een | verstappen wint in abu dhabi is dat de hoofdstad van de emiraten | AE
formule-een | de race in saoedi arabië is in jeddah maar wat is de hoofdstad | SA
formule-een | wat is de hoofdstad van qatar want daar rijden ze ook | QA
formule-een | de grand prix van monaco wat is daar eigenlijk de hoofdstad | MC
formule-een | we rijden in las vegas en wat is de hoofdstad van nevada | US-NV
formule-een | de grand prix van brazilië is in sao paulo maar wat is de hoofdstad van brazilië | BR
oudjaar | waar is het nu al nieuwjaar wat is de hoofdstad van nieuw zeeland | NZ
oudjaar | in kiribati vieren ze het eerst wat is daar de hoofdstad | KI
oudjaar | proost en wat is de hoofdstad van samoa | WS
oudjaar | na het vuurwerk even wat is de hoofdstad van fiji | FJ
oudjaar | de ball drop in new york maar wat is de hoofdstad van new york | US-NY
imker | mijn koningin komt uit slovenië wat is daar de hoofdstad | SI
imker | er is honing uit ethiopië wat is de hoofdstad van ethiopië | ET
imker | de bijen zoemen zo hard wat is de hoofdstad van tanzania | TZ
imker | op de volkstuin zeggen ze dat de hoofdstad van nieuw zeeland auckland is klopt dat | NZ
rijles | spiegelen en richting aangeven en wat is de hoofdstad van belgië | BE
rijles | mijn leerling zakte bijna maar wat is de hoofdstad van luxemburg | LU
rijles | als je dat snapt wat is de hoofdstad van frankrijk | FR
rijles | op de snelweg naar duitsland wat is de hoofdstad daar | DE
conducteur | dames en heren wat is de hoofdstad van zwitserland | CH
conducteur | de intercity naar berlijn maar wat is de hoofdstad van polen | PL
conducteur | een toerist uit korea vraagt de hoofdstad van zuid korea | KR
conducteur | de nachttrein naar wenen is dat de hoofdstad van oostenrijk | AT
videobellen | schat oma weet de hoofdstad van spanje niet | ES
videobellen | hoor je me lieverd wat is de hoofdstad van italië | IT
videobellen | opa wil ook weten wat de hoofdstad van engeland is | GB-ENG
videobellen | wacht even lieverd alexa de hoofdstad van australië | AU
hardlopen | de marathon van berlijn is in de hoofdstad van duitsland toch | DE
hardlopen | ik wil de marathon van athene lopen is dat de hoofdstad van griekenland | GR
hardlopen | na de intervaltraining wat is de hoofdstad van kenia | KE
hardlopen | mijn hartslag is hoog maar wat is de hoofdstad van ethiopië | ET
munten | ik heb een rijksdaalder en wat is de hoofdstad van suriname | SR
munten | een oude gulden van de antillen wat is de hoofdstad van curaçao | CW
munten | een munt met een olifant uit thailand wat is de hoofdstad | TH
munten | een penny uit ierland wat is daar de hoofdstad | IE
thuiswerk | mijn manager zit in india wat is de hoofdstad daar | IN
thuiswerk | de klant zit in singapore wat is daar de hoofdstad | SG
thuiswerk | ik heb een call met brazilië wat is de hoofdstad | BR
thuiswerk | mijn collega werkt vanuit de filipijnen hoe heet de hoofdstad | PH
# Kleuters
kleuter | alexa alexa wat is de hoofstad van spanje | ES
kleuter | mag ik vragen wat de hoofdstad van china is | CN
kleuter | ik ben vier en wat is de hoofdstad van frankrijk | FR
kleuter | juf zegt dat egypte piramides heeft wat is de hoofdstad | EG
kleuter | waar wonen de pinguïns is dat antarctica wat is de hoofdstad | AQ
kleuter | de leeuwen komen uit afrika wat is de hoofdstad van tanzania | TZ
kleuter | hoofdstad van amerika | US
kleuter | mama vraag jij het maar ik wil de hoofdstad van japan | JP
# Bouwvakker op de steiger
bouwvakker | zet die radio zachter alexa wat is de hoofdstad van polen | PL
bouwvakker | de polen op de bouw zeggen warschau klopt dat is dat de hoofdstad van polen | PL
bouwvakker | tijdens de schaft wat is de hoofdstad van litouwen | LT
bouwvakker | ey alexa hoofdstad van letland | LV
bouwvakker | de uitvoerder vraagt de hoofdstad van estland | EE
bouwvakker | op de steiger wat is de hoofdstad van bosnië | BA
# Quizmaster die vragen voorbereidt
quizmaster | voor de quiz van vrijdag wat is de hoofdstad van bhutan | BT
quizmaster | controlevraag wat is de hoofdstad van mongolië | MN
quizmaster | ik twijfel wat is de hoofdstad van myanmar | MM
quizmaster | voor ronde drie de hoofdstad van kazachstan | KZ
quizmaster | is het nou astana of nur sultan de hoofdstad van kazachstan | KZ
quizmaster | bonusvraag wat is de hoofdstad van burundi | BI
quizmaster | de hoofdstad van nauru die weet niemand toch | NR
quizmaster | wat is de hoofdstad van tuvalu voor de finale | TV
quizmaster | laatste vraag wat is de hoofdstad van eritrea | ER
# Patiënt in het ziekenhuisbed
ziekenhuis | ik lig hier al een week wat is de hoofdstad van jemen | YE
ziekenhuis | de zuster is er niet alexa wat is de hoofdstad van oman | OM
ziekenhuis | even tegen de verveling wat is de hoofdstad van irak | IQ
ziekenhuis | mijn buurman op zaal komt uit syrië wat is de hoofdstad | SY
ziekenhuis | na de operatie wil ik weten de hoofdstad van jordanië | JO
ziekenhuis | ik kan niet slapen wat is de hoofdstad van libanon | LB
# vervolgvragen
follow-up | en die van kenia | KE
follow-up | en van oeganda dan | UG
follow-up | oké en rwanda | RW
follow-up | ikke nog eentje en van tsjaad | TD
follow-up | wi'j willen ook die van niger weten | NE
follow-up | ouwe en van mali | ML
follow-up | en hoe zit dat met gabon | GA
follow-up | allora en la hoofdstad van malta | MT
follow-up | vale y de hoofdstad van honduras | HN
follow-up | en dan nu die van nicaragua | NI
follow-up | ela en van albanië | AL
follow-up | abeg en van liberia | LR
follow-up | en de hoofdstad van het buurland laos | LA
follow-up | en die andere dan zuid soedan | SS
follow-up | nog eentje die van guinee bissau | GW
follow-up | en van de seychellen ook graag | SC
follow-up | en wat is het bij mauritius | MU
follow-up | hetzelfde voor namibië | NA
follow-up | nou en bij de buren in belgië | BE
follow-up | doe ook maar die van botswana | BW
follow-up | en daarna die van lesotho | LS
follow-up | en van swaziland | SZ
follow-up | en de hoofdstad van het land ernaast slowakije | SK
follow-up | ok en van tonga | TO
follow-up | en van vanuatu dan | VU
follow-up | mag ik er nog een en van palau | PW
follow-up | en wat denk je van djibouti | DJ
follow-up | zelfde vraag voor turkmenistan | TM
follow-up | en oezbekistan | UZ
follow-up | en kirgizië dan | KG
# meerdere hoofdsteden
plural-capitals | welke hoofdsteden heeft zuid afrika | ZA
plural-capitals | zuid afrika heeft toch drie hoofdsteden welke zijn dat | ZA
plural-capitals | wat zijn de twee hoofdsteden van bolivia | BO
plural-capitals | bolivia heeft er twee toch noem ze eens | BO
plural-capitals | heeft benin twee hoofdsteden | BJ
plural-capitals | welke steden zijn allebei hoofdstad van benin | BJ
plural-capitals | ivoorkust heeft twee hoofdsteden welke | CI
plural-capitals | wat zijn de hoofdsteden van ivoorkust | CI
plural-capitals | noem de hoofdsteden van sri lanka | LK
plural-capitals | sri lanka heeft een hoofdstad met een heel lange naam en nog een welke zijn dat | LK
plural-capitals | welke twee hoofdsteden heeft maleisië | MY
plural-capitals | is het kuala lumpur of putrajaya wat zijn de hoofdsteden van maleisië | MY
plural-capitals | nederland heeft toch twee hoofdsteden | NL
plural-capitals | wat zijn de hoofdsteden van ons land nederland | NL
plural-capitals | welke hoofdsteden heeft eswatini | SZ
plural-capitals | swaziland heeft er twee toch welke | SZ
plural-capitals | wat zijn de hoofdsteden van palestina | PS
plural-capitals | heeft palestina meer dan een hoofdstad | PS
plural-capitals | ouwe hoeveel hoofdsteden heeft zuid afrika en welke | ZA
plural-capitals | allora de hoofdsteden van bolivia welke zijn het | BO
# deelstaten, provincies en gebiedsdelen
subdivision | wat is de hoofdstad van texas | US-TX
subdivision | hoofdstad van de staat californië | US-CA
subdivision | wat is de hoofdstad van florida | US-FL
subdivision | mijn zus woont in oregon wat is daar de hoofdstad | US-OR
subdivision | de hoofdstad van alaska ken je die | US-AK
subdivision | wat is de hoofdstad van hawaï | US-HI
subdivision | de hoofdstad van illinois is dat chicago | US-IL
subdivision | wat is de hoofdstad van pennsylvania | US-PA
subdivision | wat is de hoofdstad van de staat washington | US-WA
subdivision | hoofdstad van michigan | US-MI
subdivision | wat is de hoofdstad van beieren | DE-BY
subdivision | de hoofdstad van saksen is dat leipzig | DE-SN
subdivision | wat is de hoofdstad van noordrijn westfalen | DE-NW
subdivision | wat is de hoofdstad van nedersaksen | DE-NI
subdivision | hoofdstad van hessen | DE-HE
subdivision | wat is de hoofdstad van thüringen | DE-TH
subdivision | wat is de hoofdstad van quebec | CA-QC
subdivision | wat is de hoofdstad van ontario | CA-ON
subdivision | hoofdstad van brits columbia | CA-BC
subdivision | wat is de hoofdstad van alberta | CA-AB
subdivision | wat is de hoofdstad van queensland | AU-QLD
subdivision | wat is de hoofdstad van tasmanië | AU-TAS
subdivision | de hoofdstad van west australië | AU-WA
subdivision | wat is de hoofdstad van wales | GB-WLS
subdivision | de hoofdstad van noord ierland | GB-NIR
subdivision | wat is de hoofdstad van aruba | AW
subdivision | hoofdstad van sint maarten | SX
subdivision | wat is de hoofdstad van bonaire | BQ
subdivision | wat is de hoofdstad van rio grande do sul | BR-RS
subdivision | de hoofdstad van bahia | BR-BA
subdivision | wat is de hoofdstad van kerala | IN-KL
subdivision | hoofdstad van rajasthan | IN-RJ
subdivision | wat is de hoofdstad van jalisco | MX-JAL
subdivision | wat is de hoofdstad van yucatán | MX-YUC
subdivision | wat is de hoofdstad van puerto rico | PR
subdivision | hoofdstad van frans polynesië | PF
subdivision | wat is de hoofdstad van nieuw caledonië | NC
subdivision | wat is de hoofdstad van martinique | MQ
subdivision | wat is de hoofdstad van guadeloupe | GP
subdivision | de hoofdstad van de kaaimaneilanden | KY
subdivision | wat is de hoofdstad van bermuda | BM
subdivision | hoofdstad van jersey | JE
subdivision | wat is de hoofdstad van het eiland man | IM
subdivision | wat is de hoofdstad van westelijke sahara | EH
subdivision | heeft hongkong een hoofdstad | HK
subdivision | wat is de hoofdstad van macau | MO
# ja/nee-controle
yes-no-check | is lissabon de hoofdstad van portugal | PT
yes-no-check | klopt het dat porto de hoofdstad van portugal is | PT
yes-no-check | is sydney nou de hoofdstad van australië of niet | AU
yes-no-check | ikke denk dat toronto de hoofdstad van canada is klopt dat | CA
yes-no-check | is istanbul de hoofdstad van turkije | TR
yes-no-check | zeg eens is zürich de hoofdstad van zwitserland | CH
yes-no-check | is rio de janeiro nog steeds de hoofdstad van brazilië | BR
yes-no-check | wi'j dachten dat lagos de hoofdstad van nigeria is | NG
yes-no-check | klopt het dat almaty de hoofdstad van kazachstan is | KZ
yes-no-check | is new york de hoofdstad van amerika | US
yes-no-check | is marrakech de hoofdstad van marokko | MA
yes-no-check | is dar es salaam de hoofdstad van tanzania | TZ
yes-no-check | klopt het dat de hoofdstad van vietnam ho chi minhstad is | VN
yes-no-check | is yangon de hoofdstad van myanmar | MM
yes-no-check | is karachi de hoofdstad van pakistan | PK
yes-no-check | heeft ecuador guayaquil als hoofdstad | EC
yes-no-check | is auckland de hoofdstad van nieuw zeeland | NZ
yes-no-check | is bern echt de hoofdstad van zwitserland | CH
yes-no-check | is oslo de hoofdstad van noorwegen ja toch | NO
yes-no-check | klopt het dat wenen de hoofdstad van oostenrijk is | AT
yes-no-check | is kiev de hoofdstad van oekraïne | UA
yes-no-check | is tallinn de hoofdstad van estland | EE
yes-no-check | is abidjan de hoofdstad van ivoorkust | CI
yes-no-check | is casablanca hoofdstad van marokko of rabat | MA
yes-no-check | is jeruzalem de hoofdstad van israël | IL
yes-no-check | is bonn nog de hoofdstad van duitsland | DE
yes-no-check | is edinburgh de hoofdstad van schotland | GB-SCT
yes-no-check | is glasgow de hoofdstad van schotland | GB-SCT
yes-no-check | is los angeles de hoofdstad van californië | US-CA
yes-no-check | is münchen de hoofdstad van beieren | DE-BY
yes-no-check | ouwe is rotterdam de hoofdstad van nederland | NL
yes-no-check | is den haag de hoofdstad van nederland | NL
yes-no-check | is belgrado de hoofdstad van servië | RS
yes-no-check | ela is thessaloniki de hoofdstad van griekenland | GR
yes-no-check | allora is milaan de hoofdstad van italië | IT
# zelfcorrectie
self-correction | wat is de hoofdstad van oostenrijk nee australië | AU
self-correction | de hoofdstad van zweden eh nee zwitserland | CH
self-correction | wat is de hoofdstad van slovenië of nee slowakije bedoel ik | SK
self-correction | hoofdstad van ijsland nee ierland | IE
self-correction | wat is de hoofdstad van gambia sorry zambia | ZM
self-correction | de hoofdstad van guinee nee wacht guyana | GY
self-correction | wat is de hoofdstad van irak nee iran | IR
self-correction | wat is de hoofdstad van colombia oh nee ik bedoel bolivia | BO
self-correction | hoofdstad van mali ehm nee malawi | MW
self-correction | ikke bedoel niet letland maar litouwen | LT
self-correction | wat is de hoofdstad van de dominicaanse republiek nee dominica | DM
self-correction | de hoofdstad van niger nee nigeria sorry | NG
self-correction | wat is de hoofdstad van noord korea nee zuid korea | KR
self-correction | wat is de hoofdstad van armenië ik bedoel albanië | AL
self-correction | allora de hoofdstad van slovenië anzi kroatië | HR
self-correction | oye de hoofdstad van paraguay no perdón uruguay | UY
self-correction | de hoofdstad van mauritanië nee mauritius | MU
self-correction | wat is de hoofdstad van libië of eigenlijk liberia | LR
self-correction | hoofdstad van tsjechië nee wacht tsjaad | TD
self-correction | wat is de hoofdstad van de verenigde staten nee verenigde arabische emiraten | AE
self-correction | de hoofdstad van oostenrijk ho stop ik bedoel hongarije | HU
self-correction | wat is de hoofdstad van papoea nieuw guinea nee gewoon guinee | GN
self-correction | wat is de hoofdstad van cambodja laat maar van thailand | TH
self-correction | hoofdstad van finland nee toch estland | EE
self-correction | de hoofdstad van soedan uh zuid soedan bedoel ik | SS
self-correction | wat is de hoofdstad van jemen nee oman | OM
# omgekeerde vraag
reverse-question | van welk land is nairobi de hoofdstad | CITY:Nairobi
reverse-question | lima is de hoofdstad van welk land | CITY:Lima
reverse-question | waar is ouagadougou de hoofdstad van | CITY:Ouagadougou
reverse-question | van welk land is canberra de hoofdstad | CITY:Canberra
reverse-question | welk land heeft reykjavik als hoofdstad | CITY:Reykjavik
reverse-question | bakoe is de hoofdstad van | CITY:Bakoe
reverse-question | in welk land ligt de hoofdstad ulaanbaatar | CITY:Ulaanbaatar
reverse-question | tbilisi is de hoofdstad van welk land ook alweer | CITY:Tbilisi
reverse-question | van welk land is wellington de hoofdstad | CITY:Wellington
reverse-question | welk land heeft montevideo als hoofdstad | CITY:Montevideo
reverse-question | van welk land is windhoek de hoofdstad | CITY:Windhoek
reverse-question | van wat is kingston de hoofdstad | CITY:Kingston
reverse-question | victoria is de hoofdstad van wat | CITY:Victoria
reverse-question | welk land hoort bij de hoofdstad vilnius | CITY:Vilnius
reverse-question | dakar is de hoofdstad van welk land | CITY:Dakar
reverse-question | van welk land is asmara de hoofdstad | CITY:Asmara
reverse-question | ouwe tirana is de hoofdstad van wat | CITY:Tirana
reverse-question | van welk land is paramaribo de hoofdstad | CITY:Paramaribo
reverse-question | welk land heeft als hoofdstad hanoi | CITY:Hanoi
reverse-question | van welk land is vaduz de hoofdstad | CITY:Vaduz
reverse-question | bogotá is de hoofdstad van welk land | CITY:Bogotá
reverse-question | van welke staat is sacramento de hoofdstad | CITY:Sacramento
reverse-question | waarvan is boedapest de hoofdstad | CITY:Boedapest
reverse-question | van welk land is gitega de hoofdstad | CITY:Gitega
reverse-question | in welk land is podgorica de hoofdstad | CITY:Podgorica
reverse-question | naypyidaw is de hoofdstad van welk land | CITY:Naypyidaw
reverse-question | van welk land is port moresby de hoofdstad | CITY:Port Moresby
reverse-question | funafuti is de hoofdstad van wat | CITY:Funafuti
# officiële namen
official-name | wat is de hoofdstad van de bondsrepubliek duitsland | DE
official-name | hoofdstad van de franse republiek | FR
official-name | wat is de hoofdstad van de volksrepubliek china | CN
official-name | wat is de hoofdstad van de russische federatie | RU
official-name | wat is de hoofdstad van het koninkrijk der nederlanden | NL
official-name | wat is de hoofdstad van het koninkrijk spanje | ES
official-name | wat is de hoofdstad van de islamitische republiek iran | IR
official-name | wat is de hoofdstad van de republiek korea | KR
official-name | wat is de hoofdstad van de democratische volksrepubliek korea | KP
official-name | hoofdstad van de verenigde staten van amerika | US
official-name | wat is de hoofdstad van de helleense republiek | GR
official-name | wat is de hoofdstad van de arabische republiek egypte | EG
official-name | wat is de hoofdstad van de republiek polen | PL
official-name | hoofdstad van de verenigde mexicaanse staten | MX
official-name | wat is de hoofdstad van de federatieve republiek brazilië | BR
official-name | wat is de hoofdstad van het koninkrijk saoedi arabië | SA
official-name | hoofdstad van de democratische republiek oost timor | TL
official-name | wat is de hoofdstad van de federale staten van micronesia | FM
official-name | wat is de hoofdstad van de kirgizische republiek | KG
official-name | wat is de hoofdstad van de zwitserse bondsstaat | CH
# alledaagse en oude namen
everyday-name | wat is de hoofdstad van holland | NL
everyday-name | hoofdstad van engeland | GB-ENG
everyday-name | wat is de hoofdstad van wit rusland | BY
everyday-name | wat is de hoofdstad van birma | MM
everyday-name | wat was de hoofdstad van perzië | IR
everyday-name | wat is de hoofdstad van ceylon | LK
everyday-name | hoofdstad van siam | TH
everyday-name | wat is de hoofdstad van de vs | US
everyday-name | hoofdstad van de emiraten | AE
everyday-name | wat is de hoofdstad van groot brittannië | GB
everyday-name | wat is de hoofdstad van zaïre | CD
everyday-name | wat is de hoofdstad van rhodesië | ZW
everyday-name | wat is de hoofdstad van abessinië | ET
everyday-name | wat is de hoofdstad van dahomey | BJ
everyday-name | wat is de hoofdstad van opper volta | BF
everyday-name | hoofdstad van macedonië | MK
everyday-name | wat is de hoofdstad van timor leste | TL
everyday-name | wat is de hoofdstad van türkiye | TR
everyday-name | wat is de hoofdstad van de drc | CD
everyday-name | hoofdstad van kampuchea | KH
# gedeelde namen
shared-name | wat is de hoofdstad van congo | CD+CG
shared-name | hoofdstad van korea | KP+KR
shared-name | wat is de hoofdstad van georgia | GE+US-GA
shared-name | wat zijn de hoofdsteden van de twee congo's | CD+CG
shared-name | de hoofdsteden van beide korea's | KP+KR
shared-name | wat is de hoofdstad van georgia in amerika | US-GA
shared-name | wat is de hoofdstad van georgia het land bij rusland | GE
shared-name | wat is de hoofdstad van congo kinshasa | CD
shared-name | hoofdstad van congo brazzaville | CG
shared-name | wat is de hoofdstad van de maagdeneilanden | VG+VI
shared-name | de hoofdstad van de britse maagdeneilanden | VG
shared-name | wat is de hoofdstad van de amerikaanse maagdeneilanden | VI
shared-name | ikke wil de hoofdstad van korea weten | KP+KR
shared-name | ela wat is de hoofdstad van congo | CD+CG
shared-name | de staat georgia wat is de hoofdstad | US-GA
shared-name | noord en zuid korea wat zijn de hoofdsteden | KP+KR
# opstarten
launch | open wereldhoofdsteden | LAUNCH
launch | start hoofdsteden van de wereld | LAUNCH
launch | alexa open de hoofdstedenquiz van de wereld | LAUNCH
launch | ikke wil hoofdsteden van de wereld openen | LAUNCH
launch | ouwe start die hoofdsteden app | LAUNCH
launch | allora apri hoofdsteden van de wereld | LAUNCH
launch | ela open hoofdsteden | LAUNCH
launch | abeg open hoofdsteden van de wereld | LAUNCH
launch | start wereld hoofdsteden graag | LAUNCH
launch | wi'j willen hoofdsteden van de wereld spelen | LAUNCH
launch | speel hoofdsteden van de wereld | LAUNCH
launch | begin met hoofdsteden van de wereld | LAUNCH
launch | szia open hoofdsteden van de wereld | LAUNCH
launch | troi oi open hoofdsteden | LAUNCH
# hulp
help | help | HELP
help | hoe werkt dit | HELP
help | wat kan ik allemaal vragen | HELP
help | ikke snap het niet wat moet ik zeggen | HELP
help | wi'j weten niet hoe dit werkt | HELP
help | ouwe wat kan jij eigenlijk | HELP
help | jonge hoe moet dit nou | HELP
help | allora come funziona wat moet ik doen | HELP
help | oye hoe werkt dit vale | HELP
help | ela help me eens | HELP
help | abeg help me | HELP
help | ik weet niet wat ik moet vragen | HELP
help | wat voor vragen kan ik stellen | HELP
help | leg eens uit wat je doet | HELP
help | hulp graag | HELP
help | ik heb hulp nodig met deze app | HELP
help | oma snapt het niet help eens | HELP
help | geef eens een voorbeeld van een vraag | HELP
help | hoe vraag ik een hoofdstad | HELP
help | wat zijn de mogelijkheden | HELP
help | troi oi ik begrijp niet help | HELP
help | szia hoe werkt dit ding | HELP
help | help ik kom er niet uit | HELP
help | welke commando's kent deze skill | HELP
help | uitleg alsjeblieft | HELP
help | wat moet ik nou zeggen tegen jou | HELP
# stoppen
stop | stop | STOP
stop | stoppen | STOP
stop | ikke stop ermee | STOP
stop | hou op | STOP
stop | ouwe stop nou | STOP
stop | jonge kap ermee | STOP
stop | basta stop | STOP
stop | ela stop | STOP
stop | abeg stop am | STOP
stop | genoeg geweest | STOP
stop | uit | STOP
stop | zet uit | STOP
stop | afsluiten | STOP
stop | klaar ermee | STOP
stop | stop maar de les begint | STOP
stop | de trein rijdt weer stop | STOP
stop | ik moet de bijen doen stop maar | STOP
stop | stop de quiz | STOP
stop | we gaan slapen stop | STOP
stop | het is twaalf uur stop nu | STOP
stop | ophouden alexa | STOP
stop | stop met praten | STOP
stop | dat was het stop | STOP
stop | szia stop | STOP
stop | finito stop | STOP
stop | hou maar op met die hoofdsteden | STOP
# annuleren
cancel | annuleer | CANCEL
cancel | laat maar | CANCEL
cancel | annuleren | CANCEL
cancel | laat maar zitten | CANCEL
cancel | ikke hoef niet meer laat maar | CANCEL
cancel | ouwe laat maar | CANCEL
cancel | jonge nee laat ook maar | CANCEL
cancel | niks laat maar | CANCEL
cancel | lascia stare laat maar | CANCEL
cancel | no no laat maar | CANCEL
cancel | ela laat zitten | CANCEL
cancel | abeg forget am laat maar | CANCEL
cancel | vergeet het maar | CANCEL
cancel | vergeet mijn vraag | CANCEL
cancel | nee toch niet | CANCEL
cancel | ik bedenk me laat maar | CANCEL
cancel | doe maar niks | CANCEL
cancel | annuleer die vraag | CANCEL
cancel | laat die vraag maar zitten | CANCEL
cancel | wacht nee annuleer | CANCEL
cancel | hoeft niet meer | CANCEL
cancel | nee laat maar de trein komt | CANCEL
cancel | oma weet het al laat maar | CANCEL
cancel | annuleer alles | CANCEL
cancel | szia laat maar | CANCEL
cancel | nee niet nodig | CANCEL
# buiten het domein: andere verzoeken
out-of-domain | wat voor weer wordt het morgen in hoorn | FB
out-of-domain | zet een timer van tien minuten voor de oliebollen | FB
out-of-domain | speel radio noord holland | FB
out-of-domain | hoe laat is het in tokio | FB
out-of-domain | hoeveel inwoners heeft parijs | FB
out-of-domain | wat is de munteenheid van japan | FB
out-of-domain | welke taal spreken ze in brazilië | FB
out-of-domain | wat is de grootste stad van australië | FB
out-of-domain | hoe hoog is de mount everest | FB
out-of-domain | vertel een mop | FB
out-of-domain | wie heeft de grand prix van zandvoort gewonnen | FB
out-of-domain | wat is de stand in de formule een | FB
out-of-domain | hoe lang moet een ei koken | FB
out-of-domain | zet de verwarming hoger | FB
out-of-domain | doe het licht uit in de woonkamer | FB
out-of-domain | wanneer gaat de trein naar zwolle | FB
out-of-domain | hoeveel kost een kaartje naar amersfoort | FB
out-of-domain | wat is de langste rivier van afrika | FB
out-of-domain | hoeveel landen zijn er in de wereld | FB
out-of-domain | wat is het volkslied van italië | FB
out-of-domain | welke kleur heeft de vlag van ghana | FB
out-of-domain | wie is de president van nigeria | FB
out-of-domain | wie is de koning van spanje | FB
out-of-domain | wat is de hoogste berg van griekenland | FB
out-of-domain | hoe zeg je dank je wel in het hongaars | FB
out-of-domain | vertaal goedemorgen naar het vietnamees | FB
out-of-domain | hoeveel kilometer is het naar rome | FB
out-of-domain | zet muziek van andré hazes op | FB
out-of-domain | speel iets van marco borsato | FB
out-of-domain | wat eten we vanavond | FB
out-of-domain | geef me een recept voor moussaka | FB
out-of-domain | hoe maak ik pasta carbonara | FB
out-of-domain | wat is twaalf keer zeven | FB
out-of-domain | hoe spel je hoofdstad | FB
out-of-domain | wanneer is het pasen dit jaar | FB
out-of-domain | herinner me eraan om oma te bellen | FB
out-of-domain | zet melk op de boodschappenlijst | FB
out-of-domain | hoe laat gaat de zon onder | FB
out-of-domain | wanneer moet ik de bijen voeren | FB
out-of-domain | hoeveel honing geeft een bijenvolk | FB
out-of-domain | wat is de maximumsnelheid op de snelweg | FB
out-of-domain | hoeveel punten heb ik nodig voor mijn theorie examen | FB
out-of-domain | wat is een voorrangskruising | FB
out-of-domain | hoe lang duurt een marathon | FB
out-of-domain | wat is mijn hartslagzone | FB
out-of-domain | hoeveel is een oude gulden nu waard | FB
out-of-domain | wat is een rijksdaalder | FB
out-of-domain | plan een meeting om drie uur | FB
out-of-domain | wat staat er in mijn agenda | FB
out-of-domain | bel mijn kleindochter | FB
out-of-domain | hoe laat is het bij de kleinkinderen in canada | FB
out-of-domain | wat is het nieuws van vandaag | FB
out-of-domain | hoe oud is de dom van utrecht | FB
out-of-domain | wat is er op tv vanavond | FB
out-of-domain | welke dag is het vandaag | FB
out-of-domain | wat is het wachtwoord van de wifi | FB
out-of-domain | koop nieuwe batterijen | FB
out-of-domain | hoe gaat het met je | FB
out-of-domain | ben jij een robot | FB
out-of-domain | zing een liedje | FB
out-of-domain | wie heeft er gewonnen bij het voetbal | FB
out-of-domain | wat is de uitslag van ajax | FB
out-of-domain | abeg play some afrobeats | FB
out-of-domain | ela speel griekse muziek | FB
out-of-domain | allora che ore sono | FB
out-of-domain | oye pon música | FB
out-of-domain | troi oi hoe koud is het buiten | FB
out-of-domain | szia wat is het weer | FB
out-of-domain | wi'j willen een psalm horen | FB
out-of-domain | ouwe hoe laat speelt fc utrecht | FB
out-of-domain | ikke wil de kermis tijden weten | FB
out-of-domain | jonge hoe laat is het hoogwater in katwijk | FB
# buiten het domein: bijna-raak met hoofdstad of plaatsen zonder hoofdstad in de gegevens
out-of-domain | wat is de hoofdstad van friesland | FB
out-of-domain | wat is de hoofdstad van gelderland | FB
out-of-domain | wat is de hoofdstad van de provincie utrecht | FB
out-of-domain | hoofdstad van noord holland | FB
out-of-domain | wat is de hoofdstad van zeeland de provincie | FB
out-of-domain | wat is de hoofdstad van drenthe | FB
out-of-domain | wat is de hoofdstad van overijssel | FB
out-of-domain | hoofdstad van flevoland | FB
out-of-domain | wat is de hoofdstad van vlaanderen | FB
out-of-domain | wat is de hoofdstad van wallonië | FB
out-of-domain | wat is de hoofdstad van catalonië | FB
out-of-domain | wat is de hoofdstad van andalusië | FB
out-of-domain | wat is de hoofdstad van sicilië | FB
out-of-domain | wat is de hoofdstad van toscane | FB
out-of-domain | hoofdstad van corsica | FB
out-of-domain | wat is de hoofdstad van kreta | FB
out-of-domain | wat is de hoofdstad van bali | FB
out-of-domain | wat is de hoofdstad van java | FB
out-of-domain | wat is de hoofdstad van tibet | FB
out-of-domain | wat is de hoofdstad van koerdistan | FB
out-of-domain | wat is de hoofdstad van de krim | FB
out-of-domain | wat is de hoofdstad van siberië | FB
out-of-domain | wat is de hoofdstad van lapland | FB
out-of-domain | wat is de hoofdstad van patagonië | FB
out-of-domain | wat is de hoofdstad van somaliland | FB
out-of-domain | wat is de hoofdstad van transnistrië | FB
out-of-domain | wat was de hoofdstad van joegoslavië | FB
out-of-domain | wat was de hoofdstad van de sovjet unie | FB
out-of-domain | wat was de hoofdstad van pruisen | FB
out-of-domain | wat was de hoofdstad van het romeinse rijk | FB
out-of-domain | wat was de hoofdstad van het ottomaanse rijk | FB
out-of-domain | wat is de hoofdstad van europa | FB
out-of-domain | wat is de hoofdstad van afrika | FB
out-of-domain | wat is de hoofdstad van scandinavië | FB
out-of-domain | wat is de hoofdstad van zuid amerika | FB
out-of-domain | wat is de hoofdstad van mordor | FB
out-of-domain | wat is de hoofdstad van wakanda | FB
out-of-domain | wat is de hoofdstad van atlantis | FB
out-of-domain | wat is de hoofdstad van narnia | FB
out-of-domain | wat is de hoofdstad van de maan | FB
out-of-domain | wat is de hoofdstad van mars | FB
out-of-domain | wat is de hoofdstad van de efteling | FB
out-of-domain | wat is de hoofdstad van de veluwe | FB
out-of-domain | wat is de hoofdstad van west friesland | FB
out-of-domain | wat is de culturele hoofdstad van europa dit jaar | FB
out-of-domain | welke stad is de modehoofdstad van italië | FB
out-of-domain | wat is de fietshoofdstad van de wereld | FB
out-of-domain | wat is de gokhoofdstad van amerika | FB
out-of-domain | wat is de kerstboomhoofdstad van nederland | FB
out-of-domain | schrijf je hoofdstad met een hoofdletter | FB
out-of-domain | wanneer gebruik je een hoofdletter | FB
out-of-domain | hoeveel startkapitaal heb ik nodig voor een bv | FB
out-of-domain | wat is mijn kapitaal bij de bank | FB
out-of-domain | wat betekent het woord kapitaal | FB
out-of-domain | hoe heet het kapitaal van een bedrijf | FB
out-of-domain | wat is het hoofdstuk van vandaag | FB
out-of-domain | wat is een hoofdstedelijk gewest | FB
out-of-domain | wat is de grootste hoofdstad van de wereld | FB
out-of-domain | welke hoofdstad heeft de meeste inwoners | FB
out-of-domain | welke hoofdstad ligt het hoogst | FB
out-of-domain | welke hoofdstad is het koudst | FB
out-of-domain | hoeveel hoofdsteden zijn er in europa | FB
out-of-domain | noem alle hoofdsteden van afrika | FB
out-of-domain | welk land heeft de meeste hoofdsteden | FB
out-of-domain | wat is de hoofdstad van dubai | FB
out-of-domain | wat is de hoofdstad van de provincie limburg | FB
out-of-domain | hoofdstad van brabant | FB
out-of-domain | wat is de hoofdstad van zanzibar | FB
out-of-domain | wat is de hoofdstad van madeira | FB
out-of-domain | wat is de hoofdstad van tenerife | FB
out-of-domain | wat is de hoofdstad van mallorca | FB
out-of-domain | wat is de hoofdstad van texel | FB
out-of-domain | wat is de hoofdstad van yorkshire | FB
out-of-domain | wat is de hoofdstad van bretagne | FB
out-of-domain | wat is de hoofdstad van tirol | FB
out-of-domain | wat is de hoofdstad van de elzas | FB
out-of-domain | wat is de hoofdstad van baskenland | FB
out-of-domain | wat is de hoofdstad van tsjetsjenië | FB
out-of-domain | wat was de hoofdstad van oost duitsland | FB
out-of-domain | wat was de hoofdstad van tsjecho slowakije | FB
out-of-domain | wat is de hoofdstad van westeros | FB
out-of-domain | ikke wil de hoofdstad van de kop van noord holland weten | FB
out-of-domain | wi'j vragen de hoofdstad van de betuwe | FB
out-of-domain | ela wat is de hoofdstad van rhodos | FB
out-of-domain | allora de hoofdstad van sardinië | FB
out-of-domain | oye la capital de cataluña | FB
out-of-domain | abeg wat is de hoofdstad van biafra | FB
out-of-domain | troi oi hoofdstad van saigon | FB
# wat spraakherkenning ervan maakt
asr-fouten | wat is de hoofd stad van oekraine | UA
asr-fouten | wat is de hoofdstad van roemenie | RO
asr-fouten | hoofdstad van belgie | BE
asr-fouten | wat is de hoofdstad van ethiopie | ET
asr-fouten | wat is de hoofdstad van moldavie | MD
asr-fouten | wat is de hoofdstad van kroatie | HR
asr-fouten | wat is de hoofd stad van tsjechie | CZ
asr-fouten | wat is de hoofdstat van kenya | KE
asr-fouten | wat is de hoofdstad van haiti | HT
asr-fouten | wat is de hoofdstad van israel | IL
asr-fouten | wat is de hoofdstad vande filippijnen | PH
asr-fouten | wat is de hoofdstad van azerbaidzjan | AZ
asr-fouten | wat is de hoofdstad van kirgistan | KG
asr-fouten | wat is de hoofdstad van tadzjikistan ja | TJ
asr-fouten | wat is de hoofdstad van boeroendi | BI
asr-fouten | wat is de hoofdstad van sri lanka ja | LK
asr-fouten | wat is de hoofdstad van bahrain | BH
asr-fouten | wat is de hoofdstad van kuwait | KW
asr-fouten | wat is de hoofdstad van saudi arabie | SA
asr-fouten | wat is de hoofdstad van namibie | NA
asr-fouten | wat is de hoofdstad van sjili | CL
asr-fouten | wat is de hoofdstad van nicaraqua | NI
asr-fouten | wat is de hoofdstad van equatoriaal guinee | GQ
asr-fouten | wat is de hoofdstad van de centraal afrikaanse republiek ja | CF
asr-fouten | wat is de hoofdstad van mosambiek | MZ
asr-fouten | wat is de hoofdstad van guinee bisau | GW
asr-fouten | wat is de hoofdstad van papua nieuw guinea | PG
asr-fouten | wat is de hoofdstad van oost timor | TL
asr-fouten | wat is de hoofdstad van saint lucia ja | LC
asr-fouten | wat is de hoofdstad van sint vincent | VC
asr-fouten | wat is de hoofdstad van antigua | AG
asr-fouten | wat is de hoofdstad van san tomé | ST
# tweede ronde: meer van dezelfde sprekers in andere situaties
westfries | ikke sit hier bij de haven van hoorn wat is de hoofdstad van zuid korea | KR
westfries | me schoonzoon gaat naar vietnam hoe heet daar de hoofdstad | VN
westfries | gien gezeur alexa de hoofdstad van egypte | EG
westfries | op de markt in schagen vroeg een mevrouw de hoofdstad van hongarije | HU
westfries | hewwe jij enig idee van de hoofdstad van de filipijnen | PH
westfries | dat bin ik vergeten de hoofdstad van oekraïne | UA
westfries | kom op alexa de hoofdstad van nepal | NP
westfries | me kleinzoon zit in australië wat is daar nou de hoofdstad | AU
westfries | ikke gaan in de zomer naar kreta maar wat is de hoofdstad van griekenland | GR
westfries | hé hoe heet de hoofdstad van indonesië nou ook weer | ID
veluws | wi'j hebben een pleegkind uit ethiopië wat is de hoofdstad van ethiopië | ET
veluws | jao de zendeling schrijft uit malawi hoe heet de hoofdstad | MW
veluws | nou nou wat een vraag de hoofdstad van zimbabwe | ZW
veluws | na de kerkdienst wil opa weten de hoofdstad van hongarije | HU
veluws | gin flauw idee wat de hoofdstad van sierra leone is | SL
veluws | de zusters zitten in peru wat is daar de hoofdstad van | PE
veluws | wi'j bidden voor syrië wat is de hoofdstad van syrië | SY
veluws | jao en wat is dan de hoofdstad van het land israël | IL
utrechts | ouwe ik zit op de uithof wat is de hoofdstad van finland | FI
utrechts | effe checken de hoofdstad van noorwegen is oslo toch | NO
utrechts | jonge in kanaleneiland woont een familie uit somalië hoe heet de hoofdstad | SO
utrechts | ut is nie normaal maar wat is de hoofdstad van bhutan | BT
utrechts | ouwe ik ben de hoofdstad van roemenië kwijt | RO
utrechts | zeg es wat is ut hoofdstad van de dominicaanse republiek | DO
utrechts | op de oudegracht vroeg een toerist de hoofdstad van denemarken | DK
katwijks | jonge wat is de hoofdstad van ghana want m'n zwager vaart erheen | GH
katwijks | ken je me effe helpen met de hoofdstad van mauritanië | MR
katwijks | de kotter ligt in de haven wat is de hoofdstad van senegal | SN
katwijks | op het strand vroeg m'n dochter de hoofdstad van portugal | PT
katwijks | hoe heet de hoofdstad van noorwegen eigenlijk hoor | NO
katwijks | jonge is de hoofdstad van schotland nou glasgow of edinburgh | GB-SCT
katwijks | m'n moeder uit leiden wil weten de hoofdstad van ierland | IE
italiaans | allora mio figlio vraagt de hoofdstad van kroatië | HR
italiaans | dai dai wat is de hoofdstad van spanje | ES
italiaans | boh ik weet het niet wat is de hoofdstad van bosnië en herzegovina | BA
italiaans | ecco ik maak pizza en wat is de hoofdstad van libië | LY
italiaans | mamma mia is de hoofdstad van italië echt rome | IT
italiaans | senti senti de hoofdstad van montenegro | ME
italiaans | allora per favore de hoofdstad van ethiopië | ET
spaans | oye qué pasa wat is de hoofdstad van colombia | CO
spaans | vale vale en de hoofdstad van guatemala | GT
spaans | hombre ik weet niet de hoofdstad van el salvador | SV
spaans | mi novia is uit peru wat is het hoofdstad | PE
spaans | venga de hoofdstad van de dominicaanse republiek | DO
spaans | bueno bueno wat is het hoofdstad van panama | PA
spaans | oye en de hoofdstad van honduras cuál es | HN
spaans | vale ik ben uit sevilla maar wat is de hoofdstad van marokko | MA
grieks | ela ela de hoofdstad van turkije wat is het | TR
grieks | re wat is de hoofdstad van servië | RS
grieks | mijn papous zegt dat de hoofdstad van cyprus nicosia is klopt dat | CY
grieks | po po po de hoofdstad van roemenië | RO
grieks | ela mijn neef gaat naar egypte wat is de hoofdstad | EG
grieks | yassou alexa wat is de hoofdstad van albanië | AL
nigeriaans | abeg my oga wil weten de hoofdstad van kenia | KE
nigeriaans | wetin be the capital van ghana abeg | GH
nigeriaans | na wa o de hoofdstad van zuid afrika | ZA
nigeriaans | my sister for lagos vraagt de hoofdstad van nigeria | NG
nigeriaans | abeg wat is de hoofdstad van tsjaad | TD
nigeriaans | oga please de hoofdstad van niger | NE
nigeriaans | my people de hoofdstad van sierra leone wetin | SL
vietnamees | troi oi mijn kind vraag hoofdstad van australië | AU
vietnamees | da ik wil weten hoofdstad van thailand | TH
vietnamees | hoofdstad van maleisië wat is dat alstublieft | MY
vietnamees | mijn vader komt uit hanoi dat is hoofdstad van vietnam ja | VN
vietnamees | troi oi ik vergeet hoofdstad van cambodja | KH
vietnamees | da dank u en hoofdstad van singapore | SG
hongaars | szia szia wat is de hoofdstad van roemenië | RO
hongaars | na ja en de hoofdstad van servië | RS
hongaars | köszi alexa en wat is hoofdstad van kroatië | HR
hongaars | jó jó en de hoofdstad van tsjechië | CZ
hongaars | mijn schoonmoeder vraagt hoofdstad van slovenië | SI
formule-een | verstappen op pole in mexico wat is de hoofdstad van mexico | MX
formule-een | de race in japan is in suzuka maar wat is de hoofdstad | JP
formule-een | de coureur uit thailand rijdt mee wat is de hoofdstad van thailand | TH
formule-een | in de kwalificatie van canada wat is de hoofdstad van canada | CA
formule-een | de grand prix van oostenrijk wat is de hoofdstad daar | AT
formule-een | de race in singapore is s nachts wat is de hoofdstad | SG
formule-een | mijn vader kijkt de grand prix in australië wat is de hoofdstad | AU
oudjaar | om twaalf uur knallen we maar wat is de hoofdstad van japan | JP
oudjaar | het aftellen begint wat is de hoofdstad van de seychellen | SC
oudjaar | de champagne staat klaar wat is de hoofdstad van tonga | TO
oudjaar | in welke hoofdstad is het al twaalf uur australië | AU
oudjaar | voor het vuurwerk nog eentje de hoofdstad van rusland | RU
oudjaar | met een appelflap in de hand wat is de hoofdstad van ierland | IE
imker | mijn bijen komen uit carnica uit oostenrijk wat is de hoofdstad | AT
imker | de imkervereniging vraagt de hoofdstad van georgië | GE
imker | onder de kap van de korf wat is de hoofdstad van tunesië | TN
imker | met de rook in mijn ogen wat is de hoofdstad van marokko | MA
imker | op de volkstuin groeit een pompoen uit mexico wat is daar de hoofdstad | MX
rijles | bij de rotonde tweede afslag en wat is de hoofdstad van denemarken | DK
rijles | mijn leerling komt uit eritrea wat is de hoofdstad daar | ER
rijles | voor het examen even ontspannen de hoofdstad van noorwegen | NO
rijles | bij het inparkeren wat is de hoofdstad van zweden | SE
rijles | we rijden door naar utrecht en wat is de hoofdstad van finland | FI
conducteur | vervoersbewijzen graag en wat is de hoofdstad van denemarken | DK
conducteur | de eurostar gaat naar londen is dat de hoofdstad van het verenigd koninkrijk | GB
conducteur | een reiziger uit ghana vraagt de hoofdstad van ghana | GH
conducteur | wegens een seinstoring even wat is de hoofdstad van litouwen | LT
conducteur | de ice naar frankfurt maar wat is de hoofdstad van duitsland | DE
videobellen | lieverd oma wil de hoofdstad van marokko weten | MA
videobellen | hoor je me schat alexa de hoofdstad van kenia | KE
videobellen | jij zit nu in canada lieverd wat is de hoofdstad van canada | CA
videobellen | opa zwaait maar wat is de hoofdstad van noorwegen | NO
videobellen | schat het beeld hapert alexa de hoofdstad van portugal | PT
hardlopen | na de duurloop even wat is de hoofdstad van portugal | PT
hardlopen | de marathon van tokio wat is de hoofdstad van japan | JP
hardlopen | ik train voor de halve van lissabon is dat de hoofdstad van portugal | PT
hardlopen | de winnaar komt uit oeganda wat is daar de hoofdstad | UG
hardlopen | mijn loopmaatje komt uit eritrea wat is de hoofdstad | ER
munten | een zilveren munt uit mexico welke stad is de hoofdstad | MX
munten | ik heb een frank uit zwitserland wat is daar de hoofdstad | CH
munten | een drachme uit griekenland wat is de hoofdstad | GR
munten | een peseta uit spanje welke stad is de hoofdstad | ES
munten | een roebel uit rusland wat is de hoofdstad | RU
munten | een rand uit zuid afrika wat zijn de hoofdsteden | ZA
thuiswerk | de scrum master zit in polen wat is de hoofdstad | PL
thuiswerk | mijn collega uit turkije belt in wat is de hoofdstad | TR
thuiswerk | de helpdesk zit in roemenië hoe heet de hoofdstad | RO
thuiswerk | tussen twee calls door de hoofdstad van oekraïne | UA
thuiswerk | de nieuwe collega komt uit egypte wat is de hoofdstad | EG
kleuter | alexa wat is de hoofdstad van italië waar de pizza vandaan komt | IT
kleuter | ik ben vijf en ik wil weten de hoofdstad van engeland | GB-ENG
kleuter | juf vraagt waar de kangoeroes wonen de hoofdstad van australië | AU
kleuter | hoofdstad van de pinguïns | FB
kleuter | mag ik de hoofdstad van rusland | RU
kleuter | ik wil de hoofdstad van china weten daar wonen panda's | CN
kleuter | de hoofdstad van nederland is toch amsterdam mama | NL
kleuter | papa zegt dat de hoofdstad van frankrijk parijs is | FR
bouwvakker | bij de koffie wat is de hoofdstad van roemenië | RO
bouwvakker | de stukadoor komt uit bulgarije wat is de hoofdstad | BG
bouwvakker | mijn maat uit portugal wil de hoofdstad van portugal weten | PT
bouwvakker | tussen de heipalen door hoofdstad van turkije | TR
bouwvakker | zeg alexa wat is de hoofdstad van kroatië de tegelzetter komt daarvandaan | HR
bouwvakker | met de helm op wat is de hoofdstad van moldavië | MD
quizmaster | voor de tiebreak wat is de hoofdstad van kaapverdië | CV
quizmaster | ik wil het zeker weten de hoofdstad van zuid soedan | SS
quizmaster | voor de muziekronde de hoofdstad van jamaica | JM
quizmaster | de vraag is wat is de hoofdstad van de comoren | KM
quizmaster | is juba nou de hoofdstad van zuid soedan | SS
quizmaster | klopt het dat de hoofdstad van bolivia la paz is | BO
quizmaster | wat is de hoofdstad van de marshalleilanden voor de expertronde | MH
quizmaster | is yamoussoukro de hoofdstad van ivoorkust | CI
ziekenhuis | de verpleegster komt uit suriname wat is de hoofdstad | SR
ziekenhuis | ik mag nog niet eten wat is de hoofdstad van qatar | QA
ziekenhuis | mijn kamergenoot is uit afghanistan wat is de hoofdstad | AF
ziekenhuis | na het bezoekuur wat is de hoofdstad van pakistan | PK
ziekenhuis | met het infuus aan wat is de hoofdstad van bangladesh | BD
ziekenhuis | de arts komt uit iran wat is de hoofdstad van iran | IR
# extra verplichte families
everyday-name | ouwe wat is de hoofdstad van engeland nou | GB-ENG
everyday-name | wat is de hoofdstad van brittannië | GB
everyday-name | ikke wil de hoofdstad van het vk weten | GB
everyday-name | wat is de hoofdstad van de states | US
everyday-name | wat was de hoofdstad van nyasaland | MW
everyday-name | wat was de hoofdstad van bechuanaland | BW
everyday-name | wat was de hoofdstad van brits honduras | BZ
everyday-name | wat was de hoofdstad van basoetoland | LS
everyday-name | wat was de hoofdstad van de goudkust | GH
everyday-name | de hoofdstad van aotearoa | NZ
everyday-name | wat is de hoofdstad van saudi arabië | SA
everyday-name | wat is hoofdstad van dr congo | CD
official-name | wat is de hoofdstad van het koninkrijk noorwegen | NO
official-name | wat is de hoofdstad van de republiek ierland | IE
official-name | wat is de hoofdstad van het koninkrijk zweden | SE
official-name | wat is de hoofdstad van de slowaakse republiek | SK
official-name | wat is de hoofdstad van de portugese republiek | PT
official-name | wat is de hoofdstad van de tsjechische republiek | CZ
official-name | wat is de hoofdstad van de republiek turkije | TR
official-name | wat is de hoofdstad van het koninkrijk marokko | MA
official-name | wat is de hoofdstad van de italiaanse republiek | IT
official-name | wat is de hoofdstad van de republiek oostenrijk | AT
official-name | wat is de hoofdstad van het koninkrijk belgië | BE
official-name | wat is de hoofdstad van de republiek zuid afrika | ZA
shared-name | ouwe wat is de hoofdstad van georgia | GE+US-GA
shared-name | hewwe jij de hoofdstad van de twee korea's | KP+KR
shared-name | abeg de hoofdstad van congo | CD+CG
shared-name | georgia de amerikaanse staat hoofdstad | US-GA
shared-name | de hoofdstad van georgië het land | GE
shared-name | congo met kinshasa als hoofdstad nee die andere congo | CG
help | ouwe help me effe | HELP
help | ikke wil weten wat ik kan zeggen | HELP
help | wi'j hebben hulp nodig | HELP
help | jonge wat moet ik vragen | HELP
help | mamma mia ik snap niks help | HELP
help | hombre no entiendo help | HELP
help | po po po help | HELP
help | na wa o how dis one work | HELP
help | hoe werkt die hoofdsteden app | HELP
help | oma wil weten hoe het werkt | HELP
stop | ikke hou ermee op | STOP
stop | wi'j stoppen nu | STOP
stop | ouwe kappen | STOP
stop | jonge stop nou effe | STOP
stop | basta così | STOP
stop | venga ya stop | STOP
stop | na wa o stop | STOP
stop | troi oi stop | STOP
stop | de zuster komt stop maar | STOP
stop | de race begint stop | STOP
cancel | ikke laat het zitten | CANCEL
cancel | wi'j laten het maar | CANCEL
cancel | laat maar ouwe | CANCEL
cancel | jonge laat maar hoor | CANCEL
cancel | boh lascia perdere | CANCEL
cancel | déjalo laat maar | CANCEL
cancel | na wa forget it | CANCEL
cancel | troi oi laat maar | CANCEL
cancel | de leerling weet het al laat maar | CANCEL
cancel | de quiz is al begonnen annuleer maar | CANCEL
out-of-domain | ikke wil de uitslag van de kaatswedstrijd | FB
out-of-domain | wi'j zoeken de kerktijden van zondag | FB
out-of-domain | ouwe wat is de stand van fc utrecht | FB
out-of-domain | jonge wanneer komt de vis binnen in scheveningen | FB
out-of-domain | allora hoe laat is het in rome | FB
out-of-domain | oye wat is het weer in madrid | FB
out-of-domain | ela hoeveel inwoners heeft athene | FB
out-of-domain | abeg wetin be the time for lagos | FB
out-of-domain | troi oi hoe maak ik pho | FB
out-of-domain | szia hoe laat is het in boedapest | FB
out-of-domain | wie rijdt er in de red bull naast max | FB
out-of-domain | wanneer is de volgende pitstop | FB
out-of-domain | hoe laat begint het vuurwerk | FB
out-of-domain | hoeveel oliebollen kan ik eten | FB
out-of-domain | wanneer zwermen bijen | FB
out-of-domain | wat kost een rijles | FB
out-of-domain | wanneer komt de volgende sprinter | FB
out-of-domain | hoe zet ik de camera aan bij het videobellen | FB
out-of-domain | hoe snel liep kipchoge de marathon | FB
out-of-domain | hoeveel is een zilveren gulden waard | FB
out-of-domain | wat is de hoofdstad van mijn hart | FB
out-of-domain | wat is de hoofdstad van de wereld | FB
out-of-domain | welke hoofdstad is het mooist | FB
out-of-domain | is amsterdam de hoofdstad van de wiet | FB
out-of-domain | wat is de hoofdstad van de provincie groningen | FB
out-of-domain | wat is de hoofdstad van noord brabant | FB
out-of-domain | wat is de hoofdstad van de achterhoek | FB
out-of-domain | wat is de hoofdstad van sumatra | FB
out-of-domain | wat is de hoofdstad van borneo | FB
out-of-domain | wat is de hoofdstad van de kanaaleilanden samen | FB
out-of-domain | wat is de hoofdstad van macedonië in de oudheid | FB
out-of-domain | wat is het kapitaal van shell | FB
official-name | ikke wil de hoofdstad van de bondsrepubliek duitsland weten hoor | DE
official-name | ouwe hoe heet ut hoofdstad van de russische federatie | RU
official-name | allora de hoofdstad della repubblica italiana de italiaanse republiek | IT
official-name | oye la capital del reino de españa het koninkrijk spanje | ES
official-name | voor de quiz de hoofdstad van de islamitische republiek pakistan | PK
official-name | ela de hoofdstad van de helleense republiek alsjeblieft | GR
official-name | mijn munt zegt federatieve republiek brazilië wat is daar de hoofdstad | BR
official-name | op het paspoort staat volksrepubliek china welke stad is de hoofdstad | CN
official-name | in de brief staat verenigde mexicaanse staten wat is daar de hoofdstad | MX
official-name | de conducteur vraagt de hoofdstad van het koninkrijk denemarken | DK
official-name | wi'j willen de hoofdstad van het koninkrijk der nederlanden weten | NL
official-name | thuiswerk de klant zit in de republiek korea wat is de hoofdstad | KR
westfries | zeg alexa me wijf wil weten wat de hoofdstad van jamaica is | JM
westfries | ikke heb een neef op curaçao wat is daar de hoofdstad | CW
westfries | op de westfriese omloop vroegen ze de hoofdstad van belarus | BY
veluws | wi'j kregen een kaart uit roemenië wat is de hoofdstad daar | RO
veluws | de jeugdvereniging gaat naar albanië wat is de hoofdstad | AL
veluws | nou jao de hoofdstad van moldavië wat is dat | MD
utrechts | ouwe gaan we naar lissabon is dat ut hoofdstad van portugal | PT
utrechts | ut hoofdstad van canada is toch niet toronto ouwe | CA
utrechts | jonge op de jaarbeurs vroeg iemand de hoofdstad van estland | EE
katwijks | jonge ken je de hoofdstad van ijsland want we vissen daar | IS
katwijks | m'n opa zegt dat de hoofdstad van de faeröer tórshavn is klopt dat | FO
italiaans | allora ik ben in napels geboren maar wat is de hoofdstad van malta | MT
italiaans | dai senti de hoofdstad van zwitserland is bern of zürich | CH
spaans | oye mi madre vraagt de hoofdstad van chili | CL
spaans | vale gracias en de hoofdstad van argentinië | AR
grieks | ela ela de hoofdstad van noord macedonië is skopje toch | MK
grieks | re mijn yiayia komt uit smyrna wat is de hoofdstad van turkije nu | TR
nigeriaans | abeg oga which one be de hoofdstad van kameroen | CM
nigeriaans | na wa o de hoofdstad van liberia | LR
vietnamees | troi oi hoofdstad van laos is vientiane ja | LA
vietnamees | mijn oom in parijs vraag hoofdstad van frankrijk is parijs ja | FR
hongaars | szia de hoofdstad van oostenrijk is wenen igen | AT
hongaars | na mijn dochter vraagt hoofdstad van slowakije | SK
formule-een | de race in bakoe is dat de hoofdstad van azerbeidzjan | AZ
formule-een | de grand prix van hongarije wat is daar de hoofdstad | HU
formule-een | hamilton rijdt thuis in engeland wat is de hoofdstad van engeland | GB-ENG
oudjaar | op het erf staan de carbidbussen klaar wat is de hoofdstad van canada | CA
oudjaar | ik heb een vuurpijl uit china wat is de hoofdstad daar | CN
imker | de varroamijt komt uit azië wat is de hoofdstad van indonesië | ID
imker | bij de kasten vraagt de buurman de hoofdstad van slowakije | SK
rijles | kijk in je dode hoek en wat is de hoofdstad van letland | LV
rijles | na de noodstop even wat is de hoofdstad van estland | EE
conducteur | de trein naar brussel is dat de hoofdstad van belgië | BE
conducteur | een meneer uit india vraagt de hoofdstad van india | IN
videobellen | schat je zit in engeland wat is de hoofdstad daar | GB-ENG
videobellen | lieverd oma hoort je niet alexa de hoofdstad van ierland | IE
hardlopen | de marathon van rotterdam is gewonnen door iemand uit ethiopië wat is de hoofdstad | ET
munten | een munt met een esdoornblad uit canada wat is de hoofdstad | CA
munten | een kwartje uit amerika wat is de hoofdstad van amerika | US
thuiswerk | de developer zit in vietnam wat is de hoofdstad | VN
bouwvakker | de kraanmachinist komt uit polen wat is de hoofdstad van polen | PL
quizmaster | voor de sportronde de hoofdstad van kazachstan | KZ
ziekenhuis | de fysiotherapeut komt uit marokko wat is de hoofdstad | MA
kleuter | ik wil de hoofdstad van egypte met de piramides | EG
yes-no-check | ikke dacht dat de hoofdstad van australië melbourne is klopt dat | AU
yes-no-check | ouwe is ankara nou de hoofdstad van turkije of istanbul | TR
yes-no-check | allora is napoli de hoofdstad van italië | IT
yes-no-check | oye is barcelona de hoofdstad van spanje | ES
yes-no-check | abeg is lagos the hoofdstad van nigeria | NG
yes-no-check | troi oi is ho chi minh de hoofdstad van vietnam | VN
plural-capitals | ikke hoorde dat bolivia twee hoofdsteden heeft welke | BO
plural-capitals | abeg wat zijn de hoofdsteden van benin | BJ
plural-capitals | quizvraag welke hoofdsteden heeft sri lanka | LK
reverse-question | ikke vraag me af van welk land dakar de hoofdstad is | CITY:Dakar
reverse-question | ouwe accra is de hoofdstad van welk land | CITY:Accra
reverse-question | allora tirana van welk land is dat de hoofdstad | CITY:Tirana
reverse-question | abeg abuja is capital van which land | CITY:Abuja
"""

if __name__ == "__main__":
    build_round(30, "nl", LINES, sys.argv, "tests/Eval/nl/round30/source/build_corpus.py")
