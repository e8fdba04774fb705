"""Round 33, Dutch (nl-NL): a new author's own mix, written blind (brief WRITER48.md). Speakers chosen away from the
groups of the Dutch rounds 31 and 32 (Zeeuwen, Twentenaren, Groningers, Limburgers, Friezen, Surinamese, Turkish, Polish,
Indisch and Antillean Dutch; Brabanders, Rotterdammers, Amsterdammers, Achterhoekers, Drenten, Moroccan Dutch, inburgering
newcomers from Syria, Eritrea and Afghanistan, English-speaking expats, Urkers, Volendammers, Cape Verdeans, Chinese Dutch,
children, nursing-home elders): Hagenaars from the Schilderswijk, Scheveningen and Transvaal ("ken", "sjonge", "hoor
es", "ouwe", "hè"), Utrechters from Lombok and Zuilen, Westland glasshouse growers, orthodox-reformed Veluwers from
Barneveld and Staphorst (formal "u", no swearing, Sunday rest), Nijmegenaren and Betuwe fruit growers, Zaankanters and
West-Friezen ("hee", "nou moet je horen"), Ghanaian Dutch from Amsterdam-Zuidoost ("chale", "ei", Twi words), Ukrainian
refugees learning Dutch (learner grammar, Russian and Ukrainian words), Romanian and Bulgarian seasonal workers in the
Westland and the Betuwe (learner grammar), Indian IT workers in Amstelveen (code-switching with English and Hindi:
"yaar", "actually"), Brazilian Dutch ("nossa", "tipo", "gente"), German students in Nijmegen and Maastricht (German
interference: "von", "genau", "also"), Somali Dutch in Tilburg-Noord and Ede ("walaal",
"haye"), Iranian Dutch ("merci", "joon"), students in a student house, teenage gamers, inland-waterway skippers,
night-shift nurses, a blind user with a screen reader. Situations: a pub quiz, a topography test (Bosatlas, groep zeven),
the Eurovision song contest on TV, Sinterklaas poems, a Koningsdag free market, working from home on a Teams call, a
delayed NS train, an allotment, a stamp collection, a World Cup pool, a travel agency, a wedding speech, a bridge club,
an escape room, a Wordfeud game, packing the caravan, a hockey club bar.
Plus follow-ups, plural capitals, subdivisions and territories (German, American, Canadian, Australian, Brazilian, Indian
and Mexican states, the UK's nations, the Caribbean parts of the kingdom, overseas islands, Taiwan, Kosovo, Palestine),
yes/no checks, self-corrections, reverse questions, official, everyday and old names, shared names, launch (the name is
guessed), help, stop and cancel in those speakers' words, and out-of-domain requests and near misses.
`python3 tests/Eval/nl/round33/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 33's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Hagenaars (Schilderswijk, Scheveningen, Transvaal)
haags | sjonge jonge ken je me effe zeggen wat de hoofdstad van {} is | andorra=AD; de verenigde arabische emirate=AE; afghanistan=AF
haags | hoor es alexa wat is nou de hoofdstad van {} ouwe | antigua=AG; albanië=AL; armenië=AM
haags | me schoonzoon werkt in {} wat is daar de hoofdstad hè | angola=AO; argentinië=AR; oostenrijk=AT
haags | op de boulevard in scheveningen vroeg een toerist de hoofdstad van {} | australië=AU; azerbeidzjan=AZ; bosnië=BA
haags | in de schilderswijk weet niemand de hoofdstad van {} ken jij het | barbados=BB; bangladesh=BD; belgië=BE
# Utrechters (Lombok, Zuilen, Overvecht)
utrechts | bij de turkse bakker op lombok vroegen ze me de hoofdstad van {} | burkina faso=BF; bulgarije=BG; bahrein=BH
utrechts | ik sta op de dom en zie niks wat is de hoofdstad van {} | burundi=BI; benin=BJ; brunei=BN
utrechts | mijn buurman in zuilen zegt dat hij de hoofdstad van {} weet ik geloof hem niet | bolivia=BO; brazilië=BR; de bahama's=BS
# Westland glasshouse growers
westlands | de tomaten gaan naar {} wat is daar eigenlijk de hoofdstad | bhutan=BT; botswana=BW; wit-rusland=BY
westlands | in de kas vraagt de nieuwe jongen naar de hoofdstad van {} | belize=BZ; canada=CA; congo-kinshasa=CD
westlands | we exporteren paprika's naar {} welke stad is daar de hoofdstad | de centraal-afrikaanse republiek=CF; congo-brazzaville=CG; zwitserland=CH
# Veluwers (Barneveld, Staphorst), formal
veluws | goedemorgen wilt u mij zeggen wat de hoofdstad van {} is | ivoorkust=CI; chili=CL; kameroen=CM
veluws | onze zendeling zit in {} weet u wat daar de hoofdstad is | china=CN; colombia=CO; costa rica=CR
veluws | voor de zendingscollecte wil ik graag de hoofdstad van {} weten | cuba=CU; kaapverdië=CV; cyprus=CY
# Nijmegenaren and the Betuwe
nijmeegs | op de vierdaagse liep er een man uit {} wat is de hoofdstad daar | tsjechië=CZ; duitsland=DE; djibouti=DJ
nijmeegs | de appels uit de betuwe gaan naar {} wat is daar de hoofdstad | denemarken=DK; dominica=DM; de dominicaanse republiek=DO
nijmeegs | hé alexa bij de waalbrug vroeg iemand de hoofdstad van {} | algerije=DZ; ecuador=EC; estland=EE
# Zaankanters and West-Friezen
zaans | nou moet je horen wat is de hoofdstad van {} dan | egypte=EG; eritrea=ER; spanje=ES
zaans | hee alexa bij de molens vroeg een chinese toerist de hoofdstad van {} | ethiopië=ET; finland=FI; fiji=FJ
zaans | op de veemarkt in purmerend ging het over de hoofdstad van {} | micronesië=FM; frankrijk=FR; gabon=GA
# Ghanaian Dutch (Amsterdam-Zuidoost)
ghanees | chale alexa tell me what is de hoofdstad van {} | groot-brittannië=GB; grenada=GD; georgië=GE
ghanees | ei mijn oom in de bijlmer zegt de hoofdstad van {} is accra is dat zo | ghana=GH; gambia=GM; guinee=GN
ghanees | in de kerk in zuidoost vroeg de pastor wat de hoofdstad van {} is | equatoriaal-guinea=GQ; griekenland=GR; guatemala=GT
# Ukrainian refugees (learner Dutch)
oekraiens | dobre alexa ik leer nederlands zeg mij hoofdstad van {} | guinee-bissau=GW; guyana=GY; honduras=HN
oekraiens | mijn dochter vraag wat is de hoofdstad van {} ik weet niet in nederlands | kroatië=HR; haïti=HT; hongarije=HU
oekraiens | dyakuyu alexa en nog een vraag hoofdstad van {} hoe heet | indonesië=ID; ierland=IE; israël=IL
# Romanian and Bulgarian seasonal workers
seizoenwerk | na het werk in de kas ik wil weten hoofdstad van {} | india=IN; irak=IQ; iran=IR
seizoenwerk | de baas vraag mij wat is hoofdstad van {} ik zeg ik weet niet | ijsland=IS; italië=IT; jamaica=JM
seizoenwerk | in de caravan op de camping wij praten over hoofdstad van {} | jordanië=JO; japan=JP; kenia=KE
# Indian IT workers in Amstelveen
indiaas | yaar alexa actually what is de hoofdstad van {} | kirgizië=KG; cambodja=KH; kiribati=KI
indiaas | mijn manager in amstelveen asked me de hoofdstad van {} ik wist het niet | de comoren=KM; saint kitts en nevis=KN; noord-korea=KP
indiaas | ok so in the standup iemand vroeg naar de hoofdstad van {} | zuid-korea=KR; koeweit=KW; kazachstan=KZ
# Brazilian Dutch
braziliaans | nossa alexa wat is de hoofdstad van {} eigenlijk | laos=LA; libanon=LB; saint lucia=LC
braziliaans | tipo ik weet het niet meer wat is de hoofdstad van {} | liechtenstein=LI; sri lanka=LK; liberia=LR
braziliaans | gente mijn nederlandse vriend vraagt de hoofdstad van {} | lesotho=LS; litouwen=LT; luxemburg=LU
# German students in Nijmegen and Maastricht
duits | also alexa was is de hoofdstad von {} | letland=LV; libië=LY; marokko=MA
duits | genau en wat is dan de hoofdstad van {} ik studeer hier in nijmegen | monaco=MC; moldavië=MD; montenegro=ME
duits | entschuldigung ik bedoel sorry wat is de hoofdstad van {} | madagaskar=MG; de marshalleilanden=MH; noord-macedonië=MK
# Somali Dutch
somalisch | walaal alexa wat is de hoofdstad van {} | mali=ML; myanmar=MM; mongolië=MN
somalisch | haye alexa mijn tante woont in {} wat is de hoofdstad daar | mauritanië=MR; malta=MT; mauritius=MU
# Iranian Dutch
iraans | merci alexa en wat is de hoofdstad van {} joon | de malediven=MV; malawi=MW; mexico=MX
iraans | voor het nowruz feest willen de kinderen de hoofdstad van {} weten | maleisië=MY; mozambique=MZ; namibië=NA
# students in a student house
student | we zitten met het hele huis te zuipen en niemand weet de hoofdstad van {} | niger=NE; nigeria=NG; nicaragua=NI
student | mijn huisgenoot wedt om een krat dat de hoofdstad van {} geen hoofdstad heeft | nederland=NL; noorwegen=NO; nepal=NP
student | ik moet om negen uur tentamen hebben wat was de hoofdstad van {} ook alweer | nauru=NR; nieuw-zeeland=NZ; oman=OM
# teenage gamers
gamer | bro in geoguessr zit ik in {} wat is de hoofdstad | panama=PA; peru=PE; papoea-nieuw-guinea=PG
gamer | wacht ff alexa mijn teammate vraagt de hoofdstad van {} fr | de filipijnen=PH; pakistan=PK; polen=PL
gamer | in civilization speel ik als {} wat is de echte hoofdstad | portugal=PT; palau=PW; paraguay=PY
# inland-waterway skippers
schipper | we liggen voor de sluis wat is de hoofdstad van {} | qatar=QA; roemenië=RO; servië=RS
schipper | de stuurman komt uit {} weet jij de hoofdstad | rusland=RU; rwanda=RW; saoedi-arabië=SA
# night-shift nurses
verpleging | nachtdienst op de afdeling en we willen weten de hoofdstad van {} | de salomonseilanden=SB; de seychellen=SC; soedan=SD
verpleging | meneer op kamer twaalf vraagt steeds naar de hoofdstad van {} | zweden=SE; singapore=SG; slovenië=SI
# blind user with a screen reader
blind | ik ben blind en kan de atlas niet lezen wat is de hoofdstad van {} | slowakije=SK; sierra leone=SL; san marino=SM
blind | mijn voorleesapp snapt het niet dus jij wat is de hoofdstad van {} | senegal=SN; somalië=SO; suriname=SR
# pub quiz
pubquiz | laatste ronde van de pubquiz hoofdstad van {} snel | zuid-soedan=SS; sao tomé en principe=ST; el salvador=SV
pubquiz | mag niet van de quizmaster maar wat is de hoofdstad van {} | syrië=SY; eswatini=SZ; tsjaad=TD
# topography test at school
topografie | voor de topotoets van groep zeven wat is de hoofdstad van {} | togo=TG; thailand=TH; tadzjikistan=TJ
topografie | in de bosatlas staat het heel klein wat is de hoofdstad van {} | oost-timor=TL; turkmenistan=TM; tunesië=TN
# Eurovision
songfestival | tijdens het songfestival wat is de hoofdstad van {} die zingen nu | tonga=TO; turkije=TR; trinidad en tobago=TT
songfestival | de punten van {} komen eraan wat is daar de hoofdstad | tuvalu=TV; tanzania=TZ; oekraïne=UA
# World Cup pool
wkpoule | voor de wk poule wat is de hoofdstad van {} die spelen morgen | oeganda=UG; amerika=US; uruguay=UY
wkpoule | in de voetbalpoule op het werk ging het over de hoofdstad van {} | oezbekistan=UZ; saint vincent en de grenadines=VC; venezuela=VE
# travel agency
reisbureau | de klant aan de balie wil naar {} wat is de hoofdstad | vietnam=VN; vanuatu=VU; samoa=WS
reisbureau | in de reisgids van {} staat de hoofdstad niet | jemen=YE; zuid-afrika=ZA; zambia=ZM
# stamp collection
postzegels | ik heb een postzegel uit {} wat is daar de hoofdstad | zimbabwe=ZW; het vaticaan=VA; kosovo=XK
# plural capitals
plural-capitals | sjonge wat zijn de hoofdsteden van zuid-afrika want het zijn er drie toch | ZA
plural-capitals | onze zendeling schreef dat zuid-afrika meerdere hoofdsteden heeft welke zijn dat | ZA
plural-capitals | voor de pubquiz noem alle drie de hoofdsteden van zuid-afrika | ZA
plural-capitals | welke twee steden zijn de hoofdsteden van bolivia | BO
plural-capitals | gente in bolivia zijn er toch twee hoofdsteden hoe heten ze | BO
plural-capitals | mijn juf zegt bolivia heeft sucre en nog een hoofdstad welke dan | BO
plural-capitals | hoeveel hoofdsteden heeft benin en hoe heten ze | BJ
plural-capitals | chale benin heeft twee hoofdsteden toch noem ze eens | BJ
plural-capitals | wat zijn de hoofdsteden van ivoorkust ik hoor twee namen | CI
plural-capitals | de hoofdsteden van ivoorkust alle twee graag | CI
plural-capitals | yaar sri lanka has two capitals toch wat zijn de hoofdsteden van sri lanka | LK
plural-capitals | noem de hoofdsteden van sri lanka allebei | LK
plural-capitals | maleisië heeft kuala lumpur en nog een hoofdstad toch welke hoofdsteden zijn het | MY
plural-capitals | eswatini swaziland dus wat zijn daar de hoofdsteden | SZ
plural-capitals | heeft nederland nou twee hoofdsteden amsterdam en den haag of niet | NL
plural-capitals | ouwe wat zijn de hoofdsteden van nederland den haag telt toch ook | NL
plural-capitals | also nederland hat zwei hoofdsteden welke zijn dat | NL
plural-capitals | noem de hoofdsteden van palestina oost-jeruzalem en welke nog meer | PS
plural-capitals | de palestijnse gebieden welke hoofdsteden hebben die | PS
plural-capitals | welke landen hebben meer dan een hoofdstad noem de hoofdsteden van zuid-afrika | ZA
plural-capitals | in de bosatlas staan bij bolivia twee sterretjes wat zijn die hoofdsteden | BO
plural-capitals | hoofdsteden van benin alsjeblieft voor de topotoets | BJ
plural-capitals | ei alexa ivoorkust abidjan en yamoussoukro zijn dat allebei hoofdsteden | CI
plural-capitals | voor de wk poule wat zijn de hoofdsteden van zuid-afrika | ZA
plural-capitals | de hoofdsteden van maleisië en zeg ze langzaam | MY
plural-capitals | welke zijn de hoofdsteden van sri lanka colombo en nog zo'n lange naam | LK
plural-capitals | in het swazische koninkrijk wat zijn de hoofdsteden | SZ
plural-capitals | hoofdsteden van de staat palestina graag | PS
plural-capitals | drie hoofdsteden in een land welke zijn dat in zuid-afrika bedoel ik | ZA
# subdivisions and territories
subdivision | hoor es wat is de hoofdstad van beieren daar gaan we skiën | DE-BY
subdivision | de tomaten gaan ook naar noordrijn-westfalen wat is daar de hoofdstad | DE-NW
subdivision | we varen de rijn op naar rijnland-palts wat is de hoofdstad | DE-RP
subdivision | op de vierdaagse liep een man uit nedersaksen wat is de hoofdstad daarvan | DE-NI
subdivision | genau ich komme aus baden-württemberg wat is de hoofdstad | DE-BW
subdivision | ik studeer in maastricht maar kom uit hessen wat is de hoofdstad van hessen | DE-HE
subdivision | wat is de hoofdstad van saksen waar dresden ligt geloof ik | DE-SN
subdivision | de hoofdstad van thüringen voor de topotoets | DE-TH
subdivision | we gaan kamperen in mecklenburg-voor-pommeren welke stad is de hoofdstad | DE-MV
subdivision | de schipper vraagt de hoofdstad van sleeswijk-holstein bij het kiel kanaal | DE-SH
subdivision | wat is de hoofdstad van brandenburg rondom berlijn | DE-BB
subdivision | saksen-anhalt wat is daar de hoofdstad | DE-ST
subdivision | hoofdstad van het saarland alsjeblieft | DE-SL
subdivision | heeft bremen een hoofdstad of is het zelf de hoofdstad | DE-HB
subdivision | wat is de hoofdstad van berlijn als deelstaat | DE-BE
subdivision | yaar mijn collega zit in californië wat is de hoofdstad van die staat | US-CA
subdivision | wat is de hoofdstad van texas niet houston toch | US-TX
subdivision | mijn zus woont in new jersey wat is daar de hoofdstad | US-NJ
subdivision | hoofdstad van de staat ohio voor de pubquiz | US-OH
subdivision | wat is de hoofdstad van oregon | US-OR
subdivision | in de serie zitten ze in montana wat is de hoofdstad van montana | US-MT
subdivision | ik ga op reis naar arizona wat is de hoofdstad | US-AZ
subdivision | de hoofdstad van de staat minnesota | US-MN
subdivision | wat is de hoofdstad van kentucky waar de paardenrennen zijn | US-KY
subdivision | hoofdstad van north carolina graag | US-NC
subdivision | chale mijn neef woont in maryland wat is de hoofdstad | US-MD
subdivision | de hoofdstad van wisconsin weet jij dat | US-WI
subdivision | wat is de hoofdstad van vermont | US-VT
subdivision | in de country muziek gaat het over tennessee wat is daar de hoofdstad | US-TN
subdivision | wat is de hoofdstad van new mexico | US-NM
subdivision | de hoofdstad van missouri | US-MO
subdivision | wat is de hoofdstad van oklahoma is dat gewoon oklahoma city | US-OK
subdivision | hoofdstad van massachusetts want ik ga naar harvard | US-MA
subdivision | wat is de hoofdstad van de staat new york niet de stad | US-NY
subdivision | wat is de hoofdstad van wyoming | US-WY
subdivision | hoofdstad van hawaï voor mijn huwelijksreis | US-HI
subdivision | de hoofdstad van alaska ligt die op het vasteland | US-AK
subdivision | wat is de hoofdstad van idaho | US-ID
subdivision | de hoofdstad van mississippi | US-MS
subdivision | wat is de hoofdstad van nebraska | US-NE
subdivision | wat is de hoofdstad van de staat washington niet dc | US-WA
subdivision | wat is de hoofdstad van ontario is dat toronto | CA-ON
subdivision | de hoofdstad van de provincie quebec | CA-QC
subdivision | wat is de hoofdstad van manitoba | CA-MB
subdivision | hoofdstad van nova scotia waar de schepen aankomen | CA-NS
subdivision | wat is de hoofdstad van new brunswick in canada | CA-NB
subdivision | wat is de hoofdstad van prins edwardeiland | CA-PE
subdivision | wat is de hoofdstad van newfoundland | CA-NL
subdivision | de hoofdstad van de northwest territories | CA-NT
subdivision | hoofdstad van yukon waar de goudkoorts was | CA-YT
subdivision | wat is de hoofdstad van nieuw-zuid-wales is dat sydney | AU-NSW
subdivision | mijn backpackende dochter zit in queensland wat is de hoofdstad | AU-QLD
subdivision | hoofdstad van west-australië | AU-WA
subdivision | de hoofdstad van het noordelijk territorium | AU-NT
subdivision | wat is de hoofdstad van het australian capital territory | AU-ACT
subdivision | nossa wat is de hoofdstad van pernambuco waar mijn moeder woont | BR-PE
subdivision | wat is de hoofdstad van ceará | BR-CE
subdivision | gente de hoofdstad van paraná is curitiba toch | BR-PR
subdivision | wat is de hoofdstad van santa catarina | BR-SC
subdivision | hoofdstad van de staat rio de janeiro | BR-RJ
subdivision | wat is de hoofdstad van goiás | BR-GO
subdivision | wat is de hoofdstad van maranhão | BR-MA
subdivision | yaar what is de hoofdstad van maharashtra is it mumbai | IN-MH
subdivision | mijn ouders wonen in telangana wat is daar de hoofdstad | IN-TS
subdivision | wat is de hoofdstad van andhra pradesh tegenwoordig | IN-AP
subdivision | wat is de hoofdstad van gujarat | IN-GJ
subdivision | hoofdstad van uttar pradesh | IN-UP
subdivision | wat is de hoofdstad van bihar | IN-BR
subdivision | de hoofdstad van assam waar de thee vandaan komt | IN-AS
subdivision | wat is de hoofdstad van sikkim | IN-SK
subdivision | wat is de hoofdstad van odisha | IN-OD
subdivision | wat is de hoofdstad van jalisco daar komt de tequila vandaan | MX-JAL
subdivision | de hoofdstad van yucatán waar we op vakantie gingen | MX-YUC
subdivision | wat is de hoofdstad van oaxaca | MX-OAX
subdivision | hoofdstad van quintana roo bij cancun | MX-ROO
subdivision | wat is de hoofdstad van sonora | MX-SON
subdivision | wat is de hoofdstad van schotland voor de bruiloft | GB-SCT
subdivision | chale wat is de hoofdstad van wales | GB-WLS
subdivision | hoofdstad van engeland zonder de rest van het koninkrijk | GB-ENG
subdivision | wat is de hoofdstad van aruba ik ga er volgende maand heen | AW
subdivision | de hoofdstad van curaçao voor de kaart van het koninkrijk | CW
subdivision | wat is de hoofdstad van sint-maarten aan de nederlandse kant | SX
subdivision | wat is de hoofdstad van bonaire caribisch nederland | BQ
subdivision | de hoofdstad van groenland | GL
subdivision | de hoofdstad van nieuw-caledonië | NC
subdivision | de hoofdstad van bermuda | BM
subdivision | wat is de hoofdstad van jersey het eiland | JE
subdivision | wat is de hoofdstad van gibraltar als het er een heeft | GI
subdivision | walaal wat is de hoofdstad van taiwan of hoort het bij china | TW
subdivision | de hoofdstad van kosovo voor de wk poule | XK
subdivision | de hoofdstad van de cookeilanden | CK
subdivision | wat is de hoofdstad van sint-helena waar napoleon zat | SH
subdivision | wat is de hoofdstad van saint-pierre en miquelon | PM
subdivision | wat is de hoofdstad van niue | NU
subdivision | wat is de hoofdstad van de noordelijke marianen | MP
subdivision | wat is de hoofdstad van het norfolkeiland | NF
subdivision | wat is de hoofdstad van de pitcairneilanden waar de muiters woonden | PN
subdivision | wat is de hoofdstad van tokelau | TK
subdivision | de hoofdstad van het christmaseiland | CX
subdivision | wat is de hoofdstad van jammu en kasjmir | IN-JK
subdivision | wat is de hoofdstad van kerala waar we yoga deden | IN-KL
subdivision | wat is de hoofdstad van baja california sur | MX-BCS
subdivision | wat is de hoofdstad van het federaal district van brazilië | BR-DF
# follow-ups
follow-up | en die van hongarije dan ouwe | HU
follow-up | en van slowakije hoor es | SK
follow-up | oké en wat is die van de buren oostenrijk | AT
follow-up | en zweden dan welke stad is dat | SE
follow-up | dank u wel en die van noorwegen als ik vragen mag | NO
follow-up | en wat is die van finland dan graag | FI
follow-up | en nou die van portugal | PT
follow-up | chale and ghana dan | GH
follow-up | ei en die van nigeria | NG
follow-up | en van togo wat is het daar | TG
follow-up | dobre en polen | PL
follow-up | en moldavië ook graag | MD
follow-up | en van roemenië wat is die hoofdstad | RO
follow-up | en bulgarije ik kom daarvandaan | BG
follow-up | okay and what about nepal | NP
follow-up | and for bangladesh yaar | BD
follow-up | en sri lanka daarna | LK
follow-up | nossa en die van portugal dan | PT
follow-up | e de angola en die van angola | AO
follow-up | also und polen en die van polen | PL
follow-up | genau en van oostenrijk | AT
follow-up | walaal en ethiopië | ET
follow-up | en djibouti dan | DJ
follow-up | merci en afghanistan | AF
follow-up | en die van armenië joon | AM
follow-up | en bij jullie in turkmenistan | TM
follow-up | bro en die van japan | JP
follow-up | en zuid-korea dan fr | KR
follow-up | en hoe zit het met canada | CA
follow-up | en die van ijsland aan de andere kant | IS
follow-up | oké en voor de volgende vraag peru | PE
follow-up | volgende vraag chili | CL
follow-up | en argentinië wat is daar de hoofdstad dan | AR
follow-up | en dan uruguay nog | UY
follow-up | en de volgende op de lijst is kenia | KE
follow-up | en oeganda staat eronder | UG
follow-up | en die van tanzania weet je die ook | TZ
follow-up | en nog eentje mozambique | MZ
follow-up | nog een vraag die van egypte | EG
follow-up | en de hoofdstad van het buurland libië | LY
follow-up | en van het land ernaast tunesië | TN
follow-up | en bij de overburen engeland | GB-ENG
follow-up | en wat is dan die van schotland | GB-SCT
follow-up | en ierland daarnaast | IE
follow-up | en frankrijk ken je die ook | FR
follow-up | en die van belgië weet ik al maar luxemburg | LU
follow-up | en griekenland voor de laatste vraag | GR
follow-up | en cyprus hoort daar ook bij | CY
follow-up | en die van malta ook even | MT
follow-up | en van vietnam daarna | VN
follow-up | en laos en cambodja nee alleen laos | LA
follow-up | en dan nog van thailand | TH
follow-up | en die van myanmar vroeger birma | MM
follow-up | en mongolië volgt daarop | MN
follow-up | oké en wat is dan die van kazachstan | KZ
follow-up | en die van de staat texas | US-TX
follow-up | en ontario dan | CA-ON
# yes/no checks
yes-no-check | is den haag de hoofdstad van nederland of is het amsterdam ken je dat zeggen | NL
yes-no-check | klopt het dat de hoofdstad van australië sydney is | AU
yes-no-check | is de hoofdstad van canada toronto ja of nee | CA
yes-no-check | is ottawa de hoofdstad van canada of montreal | CA
yes-no-check | is ankara de hoofdstad van turkije | TR
yes-no-check | mijn huisgenoot zegt dat zürich de hoofdstad van zwitserland is klopt dat | CH
yes-no-check | nossa is brasília de hoofdstad van brazilië | BR
yes-no-check | ei is abuja de hoofdstad van nigeria | NG
yes-no-check | chale accra is toch de hoofdstad van ghana | GH
yes-no-check | is kyiv de hoofdstad van oekraïne | UA
yes-no-check | yaar is mumbai de hoofdstad van india | IN
yes-no-check | is new delhi de hoofdstad van india of gewoon delhi | IN
yes-no-check | is hanoi de hoofdstad van vietnam | VN
yes-no-check | walaal is mogadishu de hoofdstad van somalië | SO
yes-no-check | is addis abeba de hoofdstad van ethiopië | ET
yes-no-check | merci is teheran de hoofdstad van iran | IR
yes-no-check | is shiraz niet de hoofdstad van iran | IR
yes-no-check | also ist münchen de hoofdstad van duitsland | DE
yes-no-check | is washington de hoofdstad van de verenigde staten | US
yes-no-check | is chicago de hoofdstad van illinois | US-IL
yes-no-check | is seattle de hoofdstad van washington de staat | US-WA
yes-no-check | is las vegas de hoofdstad van nevada | US-NV
yes-no-check | is montréal de hoofdstad van quebec | CA-QC
yes-no-check | is melbourne de hoofdstad van victoria | AU-VIC
yes-no-check | is frankfurt de hoofdstad van hessen | DE-HE
yes-no-check | is keulen de hoofdstad van noordrijn-westfalen | DE-NW
yes-no-check | is hamburg een eigen deelstaat met hamburg als hoofdstad | DE-HH
yes-no-check | is swansea de hoofdstad van wales | GB-WLS
yes-no-check | is kralendijk de hoofdstad van bonaire | BQ
yes-no-check | is paramaribo de hoofdstad van suriname | SR
yes-no-check | is johannesburg een hoofdstad van zuid-afrika | ZA
yes-no-check | is sjanghai de hoofdstad van china | CN
# self-corrections
self-correction | wat is de hoofdstad van oostenrijk nee van hongarije ouwe | HU
self-correction | sjonge wat is de hoofdstad van zweden eh nee van noorwegen | NO
self-correction | wat is de hoofdstad van ghana sorry togo bedoel ik | TG
self-correction | chale de hoofdstad van nigeria no sorry niger | NE
self-correction | hoofdstad van oekraïne nee wacht van belarus | BY
self-correction | wat is de hoofdstad van roemenië nee bulgarije | BG
self-correction | hoofdstad van india oh sorry i mean pakistan | PK
self-correction | wat is de hoofdstad van nepal no no bhutan | BT
self-correction | nossa wat is de hoofdstad van portugal quer dizer van brazilië | BR
self-correction | was ist die hoofdstad van österreich nee ik bedoel zwitserland | CH
self-correction | wat is de hoofdstad von tsjechië ach nee slowakije | SK
self-correction | walaal de hoofdstad van somalië nee van kenia | KE
self-correction | wat is de hoofdstad van ethiopië eh eritrea | ER
self-correction | merci wat is de hoofdstad van irak nee van iran | IR
self-correction | de hoofdstad van tadzjikistan nee oezbekistan | UZ
self-correction | bro wat is de hoofdstad van zuid-korea nee noord-korea | KP
self-correction | wat is de hoofdstad van japan wacht nee china | CN
self-correction | wat is de hoofdstad van kroatië of nee slovenië | SI
self-correction | wat is de hoofdstad van slovenië slowakije bedoel ik | SK
self-correction | hoofdstad van oostenrijk australië sorry ik haal ze altijd door elkaar | AU
self-correction | wat is de hoofdstad van zwitserland zweden bedoel ik | SE
self-correction | hoofdstad van mali of nee mauritanië | MR
self-correction | wat is de hoofdstad van gambia nee senegal eromheen | SN
self-correction | wat is de hoofdstad van haïti of eigenlijk jamaica | JM
self-correction | de hoofdstad van trinidad nee van barbados | BB
self-correction | wat is de hoofdstad van libanon nee jordanië | JO
self-correction | wat is de hoofdstad van syrië pardon irak | IQ
self-correction | wat is de hoofdstad van koeweit nee qatar | QA
self-correction | wat is de hoofdstad van bahrein excuus oman | OM
self-correction | wat is de hoofdstad van jemen nee saoedi-arabië | SA
self-correction | wat is de hoofdstad van georgië het land nee armenië | AM
self-correction | wat is de hoofdstad van estland eh finland | FI
self-correction | wat is de hoofdstad van denemarken nee ijsland | IS
self-correction | wat is de hoofdstad van ierland nee noord-ierland | GB-NIR
self-correction | wat is de hoofdstad van texas nee van oklahoma | US-OK
self-correction | de hoofdstad van california eh nevada bedoel ik | US-NV
self-correction | wat is de hoofdstad van beieren nee van saksen | DE-SN
self-correction | hoofdstad van hessen ach nee thüringen | DE-TH
self-correction | wat is de hoofdstad van alberta nee saskatchewan | CA-SK
self-correction | wat is de hoofdstad van queensland nee tasmanië | AU-TAS
self-correction | wat is de hoofdstad van goa nee kerala | IN-KL
self-correction | wat is de hoofdstad van aruba nee curaçao | CW
self-correction | wat is de hoofdstad van suriname nee frans-guyana | GF
self-correction | wat is de hoofdstad van maleisië nee singapore | SG
self-correction | wat is de hoofdstad van indonesië nee de filipijnen | PH
self-correction | wat is de hoofdstad van nieuw-zeeland of nee fiji | FJ
self-correction | wat is de hoofdstad van peru nee ecuador | EC
self-correction | wat is de hoofdstad van venezuela nee colombia | CO
self-correction | wat is de hoofdstad van cuba foutje haïti | HT
self-correction | de hoofdstad van madagaskar nee mauritius | MU
self-correction | wat is de hoofdstad van zambia of zimbabwe zimbabwe | ZW
self-correction | wat is de hoofdstad van rwanda nee burundi | BI
# reverse questions
reverse-question | hoor es accra is de hoofdstad van welk land | CITY:Accra
reverse-question | chale kumasi nee accra van welk land is dat de hoofdstad | CITY:Accra
reverse-question | welk land heeft kinshasa als hoofdstad | CITY:Kinshasa
reverse-question | brazzaville is de hoofdstad van wat | CITY:Brazzaville
reverse-question | jerevan is de hoofdstad van welk land ook alweer | CITY:Jerevan
reverse-question | bakoe waar is dat de hoofdstad van | CITY:Bakoe
reverse-question | yaar thimphu is the capital of which land | CITY:Thimphu
reverse-question | kathmandu is de hoofdstad van welk land | CITY:Kathmandu
reverse-question | van welk land is dhaka de hoofdstad | CITY:Dhaka
reverse-question | colombo is daar de hoofdstad van welk land | CITY:Colombo
reverse-question | malé is de hoofdstad van welk land | CITY:Malé
reverse-question | van welk land is kiev de hoofdstad | CITY:Kiev
reverse-question | minsk is de hoofdstad van welk land | CITY:Minsk
reverse-question | van welk land is vilnius de hoofdstad | CITY:Vilnius
reverse-question | tallinn van welk land is dat de hoofdstad | CITY:Tallinn
reverse-question | sofia is de hoofdstad van welk land | CITY:Sofia
reverse-question | nossa brasília is de hoofdstad van welk land | CITY:Brasilia
reverse-question | asunción is de hoofdstad van welk land | CITY:Asunción
reverse-question | sucre is de hoofdstad van welk land | CITY:Sucre
reverse-question | la paz is de hoofdstad van wat | CITY:La Paz
reverse-question | van welk land is quito de hoofdstad | CITY:Quito
reverse-question | caracas is de hoofdstad van welk land | CITY:Caracas
reverse-question | managua van welk land is dat de hoofdstad | CITY:Managua
reverse-question | walaal mogadishu is de hoofdstad van welk land | CITY:Mogadishu
reverse-question | van welk land is hargeisa nee ik bedoel van welk land is djibouti de hoofdstad | CITY:Djibouti
reverse-question | khartoem is de hoofdstad van welk land | CITY:Khartoem
reverse-question | juba is de hoofdstad van welk land | CITY:Juba
reverse-question | merci teheran is de hoofdstad van welk land | CITY:Teheran
reverse-question | kabul is de hoofdstad van welk land | CITY:Kabul
reverse-question | asjchabad is de hoofdstad van welk land | CITY:Asjchabad
reverse-question | doesjanbe is de hoofdstad van welk land | CITY:Doesjanbe
reverse-question | port moresby is de hoofdstad van welk land | CITY:Port Moresby
reverse-question | lusaka is de hoofdstad van welk land | CITY:Lusaka
reverse-question | lilongwe is de hoofdstad van welk land | CITY:Lilongwe
reverse-question | hannover is de hoofdstad van welke deelstaat | CITY:Hannover
reverse-question | van welke provincie is winnipeg de hoofdstad | CITY:Winnipeg
reverse-question | van welk land is georgetown de hoofdstad | CITY:Georgetown
reverse-question | saint john's is de hoofdstad van welk land | CITY:Saint John's
reverse-question | van welk eiland is oranjestad de hoofdstad | CITY:Oranjestad
reverse-question | philipsburg is de hoofdstad van wat | CITY:Philipsburg
# official names
official-name | wat is de hoofdstad van de bondsrepubliek duitsland zegt u het maar | DE
official-name | wat is de hoofdstad van de verenigde republiek tanzania | TZ
official-name | wat is de hoofdstad van het koninkrijk bhutan | BT
official-name | wat is de hoofdstad van de republiek ghana | GH
official-name | wat is de hoofdstad van het gemenebest van australië | AU
official-name | wat is de hoofdstad van de vaticaanstad | VA
official-name | wat is de hoofdstad van het gemenebest dominica | DM
# everyday and old names
everyday-name | wat is de hoofdstad van holland ouwe | NL
everyday-name | wat is de hoofdstad van engeland en dan bedoel ik heel groot-brittannië | GB
everyday-name | wat is de hoofdstad van tsjechoslowakije nee van tsjechië | CZ
everyday-name | wat is de hoofdstad van engeland volgens de engelsen | GB-ENG
everyday-name | wat is de hoofdstad van turkije dat nu türkiye heet | TR
everyday-name | wat is de hoofdstad van oost-timor timor-leste | TL
everyday-name | wat is de hoofdstad van nieuw-guinea papoea | PG
# shared names
shared-name | chale congo welke hoofdstad heeft dat | CD+CG
shared-name | bro korea wat is de hoofdstad | KP+KR
shared-name | mijn tante woont in georgia wat is de hoofdstad | GE+US-GA
shared-name | maagdeneilanden welke hoofdstad | VG+VI
shared-name | hoofdstad van georgië in amerika | US-GA
shared-name | de hoofdstad van de staat georgia in de vs | US-GA
shared-name | georgia het land bij rusland wat is de hoofdstad | GE
shared-name | noord en zuid-korea wat zijn de hoofdsteden | KP+KR
shared-name | de congo waar de rivier door loopt welke hoofdstad | CD+CG
shared-name | in welke stad zit de regering van korea | KP+KR
shared-name | dominica of de dominicaanse republiek ik weet niet welke maar wat is de hoofdstad | DM+DO
shared-name | georgia van de olympische spelen in atlanta wat is de hoofdstad daar | US-GA
# help
help | sjonge ik snap er niks van ken je me helpen | HELP
help | hoor es hoe werkt dit nou eigenlijk | HELP
help | goedemiddag wilt u mij uitleggen wat ik kan vragen | HELP
help | neemt u mij niet kwalijk maar hoe gebruik ik dit | HELP
help | nou moet je horen wat kan ik hier allemaal mee | HELP
help | chale how does dis werk help me | HELP
help | ik leer nederlands ik weet niet wat ik moet zeggen help mij | HELP
help | hoe moet ik vragen ik begrijp niet goed alexa | HELP
help | yaar i don't get it wat moet ik zeggen | HELP
help | tipo hoe werkt dit spel precies | HELP
help | also wie funktioniert das hoe werkt het | HELP
help | walaal wat kan ik vragen | HELP
help | merci maar wat zijn de opties | HELP
help | bro geef ff uitleg | HELP
help | de quizmaster wil weten hoe je dit gebruikt | HELP
help | ik ben blind vertel me wat ik kan zeggen | HELP
help | kun je de uitleg nog een keer voorlezen | HELP
help | wat moet ik zeggen om een hoofdstad te vragen | HELP
help | meneer van kamer twaalf snapt het niet leg het nog eens uit | HELP
help | ik ben de draad kwijt wat kan ik nu doen | HELP
help | help ik zit vast | HELP
help | wat voor dingen weet jij allemaal | HELP
help | mijn oma wil weten hoe dit werkt | HELP
help | uitleg graag voor de nieuwe jongen in de kas | HELP
help | ik weet niet hoe het moet kun je me op weg helpen | HELP
help | hoe werkt dit ding nou weer | HELP
# stop
stop | ouwe hou nou je kop | STOP
stop | sjonge stop ermee | STOP
stop | u mag nu stoppen dank u wel | STOP
stop | het is zondag stop maar | STOP
stop | nou moet je ophouden | STOP
stop | chale stop it stop | STOP
stop | genoeg vandaag stop | STOP
stop | ik wil stoppen alexa | STOP
stop | yaar just stop | STOP
stop | para para stop | STOP
stop | also schluss stop | STOP
stop | walaal stop nu | STOP
stop | merci dat was het stop maar | STOP
stop | bro stop de app | STOP
stop | stop de quiz we gaan naar huis | STOP
stop | stop met praten ik ben aan het bellen | STOP
stop | stil alsjeblieft de patiënten slapen | STOP
stop | zet jezelf uit | STOP
stop | afsluiten alexa | STOP
stop | wees eens stil | STOP
stop | sluit de app af | STOP
stop | we zijn klaar met de topografie stop | STOP
stop | de sluis gaat open stop maar | STOP
stop | ophouden ik moet slapen | STOP
stop | stoppen nu alsjeblieft | STOP
stop | dat was genoeg dank je stop | STOP
# cancel
cancel | laat maar zitten ouwe | CANCEL
cancel | ach laat maar hoor | CANCEL
cancel | vergeet u die vraag maar | CANCEL
cancel | annuleert u dat maar | CANCEL
cancel | nou laat ook maar | CANCEL
cancel | never mind yaar | CANCEL
cancel | vergiss es vergeet het | CANCEL
cancel | walaal laat maar | CANCEL
cancel | merci laat maar zitten | CANCEL
cancel | nvm bro | CANCEL
cancel | vergeet wat ik net zei | CANCEL
cancel | het hoeft al niet meer ik weet het al | CANCEL
cancel | sorry laat maar ik vergiste me | CANCEL
cancel | vergeet het maar de quiz is al voorbij | CANCEL
cancel | laat maar de trein komt eraan | CANCEL
cancel | niet nodig meer laat maar | CANCEL
cancel | ach vergeet het | CANCEL
cancel | nee laat zitten | CANCEL
# launch (the skill's Dutch name is guessed)
launch | alexa start wereld hoofdsteden | LAUNCH
launch | ken je de hoofdsteden quiz openen ouwe | LAUNCH
launch | alexa wilt u hoofdsteden van de wereld starten | LAUNCH
launch | chale open world capitals | LAUNCH
launch | alexa open world capitals please yaar | LAUNCH
launch | alexa vraag wereld hoofdsteden naar de hoofdstad van chili | CL
launch | open de hoofdstedenapp | LAUNCH
launch | alexa begin met hoofdsteden | LAUNCH
launch | bro start die hoofdsteden skill | LAUNCH
launch | start de skill wereldhoofdsteden voor de topografie | LAUNCH
launch | alexa open de hoofdsteden skill voor de pubquiz | LAUNCH
launch | alexa start hoofdsteden van de wereld voor mijn opa | LAUNCH
launch | alexa open capitals | LAUNCH
launch | also alexa öffne hoofdsteden van de wereld | LAUNCH
launch | alexa speel wereld hoofdsteden | LAUNCH
launch | alexa vraag aan hoofdsteden van de wereld de hoofdstad van nepal | NP
launch | alexa open hoofdsteden en vertel de hoofdstad van mali | ML
launch | alexa laat hoofdsteden van de wereld starten | LAUNCH
launch | alexa open wereldhoofdsteden alsjeblieft ik ben blind | LAUNCH
# out-of-domain
out-of-domain | wat is de hoofdstad van zuid-holland is dat den haag | FB
out-of-domain | hoor es wat is de hoofdstad van de provincie utrecht | FB
out-of-domain | wat is de hoofdstad van gelderland arnhem of nijmegen | FB
out-of-domain | wat is de hoofdstad van het westland | FB
out-of-domain | wat is de hoofdstad van de betuwe | FB
out-of-domain | wat is de hoofdstad van de zaanstreek | FB
out-of-domain | wat is de hoofdstad van west-friesland | FB
out-of-domain | wat is de hoofdstad van de bible belt | FB
out-of-domain | wat is de hoofdstad van vlaams-brabant | FB
out-of-domain | wat is de hoofdstad van beieren in de middeleeuwen | FB
out-of-domain | wat is de hoofdstad van het ruhrgebied | FB
out-of-domain | wat is de hoofdstad van skyrim | FB
out-of-domain | wat is de hoofdstad van de donbas | FB
out-of-domain | wat is de hoofdstad van puntland | FB
out-of-domain | wat is de hoofdstad van het ashanti koninkrijk | FB
out-of-domain | wat is de hoofdstad van biafra | FB
out-of-domain | wat is de hoofdstad van perzië in de oudheid persepolis of niet | FB
out-of-domain | wat is de hoofdstad van het ottomaanse rijk | FB
out-of-domain | wat is de hoofdstad van het habsburgse rijk | FB
out-of-domain | wat is de hoofdstad van west-duitsland | FB
out-of-domain | wat is de hoofdstad van tsjecho-slowakije vroeger | FB
out-of-domain | wat is de hoofdstad van het azteekse rijk | FB
out-of-domain | wat is de hoofdstad van het inca rijk | FB
out-of-domain | wat is de hoofdstad van de amazone | FB
out-of-domain | wat is de hoofdstad van punjab in pakistan | FB
out-of-domain | wat is de hoofdstad van kasjmir aan de pakistaanse kant | FB
out-of-domain | wat is de hoofdstad van de balkan | FB
out-of-domain | wat is de hoofdstad van de caraïben | FB
out-of-domain | wat is de hoofdstad van hawaï het eiland big island | FB
out-of-domain | wat is de hoofdstad van ibiza | FB
out-of-domain | wat is de hoofdstad van de azoren | FB
out-of-domain | wat is de hoofdstad van de canarische eilanden | FB
out-of-domain | wat is de hoofdstad van de achterhoek volgens de achterhoekers | FB
out-of-domain | wat is de hoofdstad van de waddeneilanden | FB
out-of-domain | wat is de hoofdstad van panem uit de hunger games | FB
out-of-domain | wat is de hoofdstad van midden-aarde | FB
out-of-domain | wat is de hoofdstad van gotham | FB
out-of-domain | wat is de hoofdstad van het land van ooit | FB
out-of-domain | wat is de hoofdstad van duckstad | FB
out-of-domain | wat is de hoofdstad van fortnite | FB
out-of-domain | wat is de hoofdstad van het universum | FB
out-of-domain | wat is de hoofdstad van de zee | FB
out-of-domain | wat is de hoofdstad van de europese unie brussel toch | FB
out-of-domain | wat is de gay hoofdstad van de wereld | FB
out-of-domain | wat is de tulpenhoofdstad van nederland | FB
out-of-domain | wat is de bloemenhoofdstad van de wereld | FB
out-of-domain | welke stad is de tomatenhoofdstad | FB
out-of-domain | wat is de drop hoofdstad | FB
out-of-domain | wat is de hockey hoofdstad van nederland | FB
out-of-domain | welke stad is de financiële hoofdstad van de wereld | FB
out-of-domain | wat is de economische hoofdstad van brazilië | FB
out-of-domain | wanneer gebruik je een hoofdletter bij een landnaam | FB
out-of-domain | wat is het eigen kapitaal van de kwekerij | FB
out-of-domain | wat is een kapiteel bij een zuil | FB
out-of-domain | wat betekent kapitalisme | FB
out-of-domain | wat is het hoofdstuk over afrika in de bosatlas | FB
out-of-domain | heeft de ns vertraging vandaag | FB
out-of-domain | hoe laat is het in accra | FB
out-of-domain | hoe laat is het nu in kiev | FB
out-of-domain | wat is de koers van de roebel | FB
out-of-domain | hoeveel is honderd euro in real | FB
out-of-domain | wat is het weer in scheveningen | FB
out-of-domain | gaat het regenen in de betuwe | FB
out-of-domain | zet de lampen in de kas aan | FB
out-of-domain | zet het licht in de woonkamer uit | FB
out-of-domain | speel psalm drieëntwintig | FB
out-of-domain | speel muziek van de dijk | FB
out-of-domain | speel highlife muziek | FB
out-of-domain | speel het songfestival liedje van oekraïne | FB
out-of-domain | zet een timer voor de pasta | FB
out-of-domain | zet een wekker om vijf uur voor de kas | FB
out-of-domain | voeg melk toe aan de boodschappenlijst | FB
out-of-domain | bel mijn moeder in lagos | FB
out-of-domain | stuur een bericht naar de schipper | FB
out-of-domain | hoe hoog is de dom | FB
out-of-domain | hoe lang is de waalbrug | FB
out-of-domain | hoeveel mensen wonen er in kiev | FB
out-of-domain | wat is de munteenheid van iran | FB
out-of-domain | wat is de afstand van den haag naar berlijn | FB
out-of-domain | hoe ver is het naar accra met het vliegtuig | FB
out-of-domain | wie is de president van oekraïne | FB
out-of-domain | wie wint het wk | FB
out-of-domain | vertel een sinterklaasgedicht | FB
out-of-domain | rijm eens op hoofdstad voor mijn sinterklaasgedicht | FB
out-of-domain | wat moet ik zeggen in mijn speech op de bruiloft | FB
out-of-domain | wat is het antwoord van de escape room | FB
out-of-domain | welk woord met q kan ik leggen in wordfeud | FB
out-of-domain | wat is troef bij bridge | FB
out-of-domain | wanneer moet ik mijn tomaten water geven | FB
out-of-domain | wanneer kan ik aardappels poten op mijn volkstuin | FB
out-of-domain | hoeveel is een postzegel uit ghana waard | FB
out-of-domain | boek een reis naar lissabon | FB
out-of-domain | wie is de hoofdstad | FB
out-of-domain | ik heb honger | FB
out-of-domain | dank je wel alexa je bent lief | FB
out-of-domain | hoe zeg je hoofdstad in het oekraïens | FB
out-of-domain | wat is hoofdstad in het engels | FB
out-of-domain | vertaal hoofdstad naar het twi | FB
out-of-domain | wat is de kamer van koophandel in den haag | FB
out-of-domain | wat is de hoofdstad van kaapstad | FB
# speaker and situation sentences
haags | sjonge jonge wat is nou de hoofdstad van belgië ken jij dat | BE
haags | ik zit op het terras in scheveningen en m'n zwager vraagt de hoofdstad van duitsland | DE
haags | hè ouwe de hoofdstad van nederland is toch gewoon den haag | NL
haags | in transvaal vraagt de groenteboer de hoofdstad van marokko | MA
haags | ken je me zeggen de hoofdstad van indonesië voor me opa | ID
haags | de ado supporters willen weten de hoofdstad van schotland | GB-SCT
utrechts | ik fiets over de singel wat is de hoofdstad van denemarken | DK
utrechts | bij tivoli zei de band dat ze uit ierland komen wat is de hoofdstad | IE
utrechts | in zuilen zeggen ze dat de hoofdstad van turkije istanboel is wat is het echt | TR
utrechts | mijn moeder in overvecht vraagt wat de hoofdstad van eritrea is | ER
westlands | de vrachtwagen rijdt naar engeland wat is daar de hoofdstad | GB-ENG
westlands | de nieuwe klant komt uit kenia welke stad is de hoofdstad | KE
westlands | onze bloemen gaan naar rusland wat is de hoofdstad daar | RU
westlands | de roemeense jongens in de kas vragen wat de hoofdstad van moldavië is | MD
westlands | voor de beurs in dubai wat is de hoofdstad van de emiraten | AE
veluws | zou u mij willen vertellen wat de hoofdstad van israël is | IL
veluws | wij bidden voor malawi wat is de hoofdstad van dat land | MW
veluws | in de kerkbode staat iets over papoea-nieuw-guinea wat is daar de hoofdstad | PG
veluws | mijn zoon gaat op zendingsreis naar kameroen welke stad is de hoofdstad | CM
veluws | de dominee preekte over egypte wat is daarvan de hoofdstad | EG
nijmeegs | mijn kersen gaan naar engeland en schotland wat is de hoofdstad van schotland | GB-SCT
nijmeegs | op de vierdaagse liep een amerikaanse soldaat wat is de hoofdstad van amerika | US
nijmeegs | de fruitplukkers komen uit bulgarije wat is de hoofdstad | BG
nijmeegs | ik zit aan de waalkade wat is de hoofdstad van duitsland ook alweer | DE
zaans | nou moet je horen mijn schoonzoon komt uit noorwegen hoe heet de hoofdstad | NO
zaans | bij verkade vroegen ze de hoofdstad van zwitserland vanwege de chocola | CH
zaans | hee wat is de hoofdstad van japan voor die toeristen bij de zaanse schans | JP
ghanees | chale which is de hoofdstad van nigeria abuja or lagos | NG
ghanees | ei wat is de hoofdstad van togo mijn vrouw komt daarvandaan | TG
ghanees | de jollof wedstrijd tussen ghana en nigeria wat is de hoofdstad van nigeria | NG
ghanees | mijn oom vraagt de hoofdstad van ivoorkust voor zijn cacao | CI
ghanees | in de bijlmer op het feest ging het over de hoofdstad van burkina faso | BF
oekraiens | ik kom uit charkiv alexa wat is de hoofdstad van oekraïne in nederlands | UA
oekraiens | mijn zoon op school moet weten hoofdstad van moldavië | MD
oekraiens | dobre den de hoofdstad van georgië het land hoe zeg je | GE
oekraiens | in nederlandse les de juf vraag hoofdstad van nederland is amsterdam | NL
oekraiens | spasybi alexa en hoofdstad van polen | PL
seizoenwerk | ik kom uit roemenië in de kas vraag ze mij hoofdstad van roemenië | RO
seizoenwerk | mijn vriend uit bulgarije zeg hoofdstad is sofia klopt | BG
seizoenwerk | alexa hoofdstad van hongarije ik weet niet nederlands woord | HU
seizoenwerk | na de appels plukken wij vragen hoofdstad van servië | RS
indiaas | yaar what is de hoofdstad van india actually new delhi right | IN
indiaas | in het cricket team vroeg iemand de hoofdstad van sri lanka | LK
indiaas | my wife wants to know de hoofdstad van karnataka | IN-KA
indiaas | for diwali my parents komen uit tamil nadu wat is de hoofdstad | IN-TN
indiaas | actually alexa wat is de hoofdstad van rajasthan | IN-RJ
braziliaans | nossa wat is de hoofdstad van bahia daar komt mijn familie vandaan | BR-BA
braziliaans | gente de hoofdstad van minas gerais is belo horizonte toch | BR-MG
braziliaans | tipo wat is de hoofdstad van mozambique waar ze ook portugees praten | MZ
braziliaans | na de capoeira les wat is de hoofdstad van angola | AO
duits | also ich meine wat is de hoofdstad van oostenrijk | AT
duits | genau de hoofdstad van beieren is münchen oder | DE-BY
duits | in maastricht vraagt mijn professor de hoofdstad van luxemburg | LU
duits | ich bin aus sachsen sorry uit saksen wat is de hoofdstad | DE-SN
somalisch | walaal de hoofdstad van somalië is mogadishu of niet | SO
somalisch | haye mijn neef woont in kenia wat is de hoofdstad | KE
somalisch | wat is de hoofdstad van ethiopië mijn buurvrouw komt daar vandaan | ET
iraans | merci joon wat is de hoofdstad van iran in het nederlands | IR
iraans | mijn vader zegt de hoofdstad van afghanistan is kabul klopt dat | AF
iraans | voor yalda wat is de hoofdstad van armenië | AM
student | mijn huisgenoot uit griekenland vraagt of ik de hoofdstad van griekenland weet | GR
student | we spelen een drinkspel wie de hoofdstad van kazachstan niet weet moet drinken | KZ
student | voor mijn erasmus in spanje wat is de hoofdstad van spanje | ES
student | ik zit in de ub en moet de hoofdstad van canada weten | CA
gamer | bro wat is de hoofdstad van brazilië ik zit in geoguessr | BR
gamer | fr fr wat is de hoofdstad van australië | AU
gamer | mijn squad in fortnite zegt de hoofdstad van rusland is sint petersburg | RU
gamer | alexa snel de hoofdstad van de filipijnen ik ben bijna af | PH
schipper | we varen naar basel wat is de hoofdstad van zwitserland | CH
schipper | de lading gaat naar antwerpen wat is de hoofdstad van belgië | BE
schipper | op de donau naar wenen is dat de hoofdstad van oostenrijk | AT
schipper | de marifoon kraakt wat is de hoofdstad van roemenië | RO
verpleging | de patiënt uit suriname vraagt de hoofdstad van suriname | SR
verpleging | om drie uur s nachts wil meneer de hoofdstad van italië weten | IT
verpleging | voor de dementiequiz op de afdeling wat is de hoofdstad van frankrijk | FR
blind | lees voor wat de hoofdstad van portugal is | PT
blind | mijn geleidehond en ik gaan naar wenen is dat de hoofdstad van oostenrijk | AT
blind | ik hoor het niet goed zeg het nog eens de hoofdstad van peru | PE
pubquiz | vraag zeven wat is de hoofdstad van nieuw-zeeland | NZ
pubquiz | de quizmaster zegt het is niet sydney wat is de hoofdstad van australië dan | AU
pubquiz | bonusvraag de hoofdstad van burundi is veranderd wat is het nu | BI
topografie | voor de topotoets van europa wat is de hoofdstad van albanië | AL
topografie | juf zegt dat ik de hoofdstad van estland moet leren | EE
topografie | in groep zeven moeten we de hoofdstad van kroatië weten | HR
songfestival | de jury van zweden geeft punten wat is de hoofdstad van zweden | SE
songfestival | wie zingt er voor israël en wat is de hoofdstad | IL
songfestival | het songfestival is volgend jaar in zwitserland wat is de hoofdstad | CH
sinterklaas | voor mijn surprise rijm ik op de hoofdstad van spanje wat is die | ES
sinterklaas | sint komt uit spanje maar wat is de hoofdstad van spanje | ES
sinterklaas | piet vraagt de hoofdstad van madagaskar voor het gedicht | MG
koningsdag | op de vrijmarkt verkoop ik een atlas wat is de hoofdstad van mongolië | MN
koningsdag | op koningsdag vraagt een toerist de hoofdstad van nederland | NL
thuiswerk | ik zit in een teams call met iemand uit india wat is de hoofdstad | IN
thuiswerk | mijn collega belt in uit polen wat is de hoofdstad daar | PL
thuiswerk | tijdens de meeting vraagt de klant uit singapore wat de hoofdstad is | SG
trein | de trein heeft vertraging dus wat is de hoofdstad van slovenië | SI
trein | in de intercity naar berlijn is dat de hoofdstad van duitsland | DE
volkstuin | mijn tuinbuurman komt uit turkije wat is de hoofdstad | TR
volkstuin | op de volkstuin kweek ik peper uit mexico wat is de hoofdstad van mexico | MX
postzegels | op mijn postzegel staat helvetia wat is de hoofdstad daarvan | CH
postzegels | een zegel uit magyar posta wat is de hoofdstad van hongarije | HU
wkpoule | marokko speelt tegen portugal wat is de hoofdstad van marokko | MA
wkpoule | in mijn poule staat qatar wat is de hoofdstad | QA
reisbureau | de klant wil naar de malediven welke stad is de hoofdstad | MV
reisbureau | een cruise naar de caraïben met stop in barbados wat is de hoofdstad | BB
bruiloft | mijn bruid komt uit colombia wat is de hoofdstad voor mijn speech | CO
bruiloft | de schoonfamilie komt uit vietnam wat is de hoofdstad | VN
bridge | op de bridgeclub vroeg mijn partner de hoofdstad van nieuw-zeeland | NZ
bridge | bij het bridgen ging het over de hoofdstad van ijsland | IS
escaperoom | in de escape room moeten we de hoofdstad van egypte weten | EG
escaperoom | de code is de hoofdstad van peru wat is die | PE
wordfeud | in wordfeud wil ik de hoofdstad van cuba leggen hoe heet die | CU
wordfeud | mag de hoofdstad van togo in wordfeud wat is die eigenlijk | TG
caravan | we pakken de caravan in voor kroatië wat is de hoofdstad daar | HR
caravan | met de caravan naar noorwegen wat is de hoofdstad | NO
hockey | in de kantine van de hockeyclub vraagt iemand de hoofdstad van argentinië | AR
hockey | ons team speelt tegen india wat is de hoofdstad van india | IN
# second batch, written after the first build
plural-capitals | sjonge die palestijnen hebben toch meer dan een hoofdstad welke zijn het | PS
plural-capitals | mijn collega uit kuala lumpur zegt dat maleisië twee hoofdsteden heeft welke | MY
plural-capitals | ei eswatini heeft twee hoofdsteden noem ze voor de quiz | SZ
plural-capitals | de dominee zegt dat palestina twee hoofdsteden heeft welke steden zijn dat | PS
subdivision | de veerboot naar anguilla vertrekt straks wat is daar de hoofdstad | AI
subdivision | mijn zus werkt in hongkong heeft dat eigenlijk een hoofdstad | HK
subdivision | de zeilboot ligt in guadeloupe wat is de hoofdstad van dat eiland | GP
subdivision | yaar onze klant zit in amerikaans-samoa welke stad is de hoofdstad | AS
subdivision | de zalm komt uit brits-columbia wat is de hoofdstad van die provincie | CA-BC
subdivision | de schapen op de faeröer zijn leuk maar wat is de hoofdstad | FO
subdivision | mijn opa vocht niet in de falkland oorlog maar wat is de hoofdstad van de falklands | FK
subdivision | de bank zit op de kaaimaneilanden wat is daar de hoofdstad ouwe | KY
subdivision | voor de duikvakantie op de turks en caicos eilanden wat is de hoofdstad | TC
subdivision | walaal wat is de hoofdstad van de westelijke sahara volgens jou | EH
subdivision | de raket gaat op vanuit frans-guyana wat is de hoofdstad daar | GF
subdivision | de amerikaanse basis op guam welke stad is de hoofdstad | GU
subdivision | de veerboot vanuit jersey naar guernsey wat is de hoofdstad van guernsey | GG
subdivision | bij de motorrace op het isle of man wat is de hoofdstad | IM
subdivision | in het casino van macau vraag ik me af wat de hoofdstad is | MO
subdivision | de rum komt uit martinique welke stad is daar de hoofdstad | MQ
subdivision | mayotte hoort bij frankrijk maar wat is de hoofdstad | YT
subdivision | de vulkaan op montserrat wat is de hoofdstad van dat eiland nu | MS
subdivision | mijn neef studeert in belfast is dat de hoofdstad van noord-ierland | GB-NIR
subdivision | tipo de hoofdstad van nuevo león is dat monterrey | MX-NLE
subdivision | nossa de hoofdstad van de staat pará waar het açaí vandaan komt | BR-PA
subdivision | voor de salsa les wat is de hoofdstad van puerto rico | PR
subdivision | mijn vrienden uit amritsar komen uit punjab wat is de hoofdstad van punjab | IN-PB
subdivision | de vlucht naar réunion gaat via parijs wat is de hoofdstad van het eiland | RE
subdivision | de rijken gaan naar saint-barth wat is de hoofdstad daar | BL
subdivision | bij mount rushmore in south dakota welke stad is de hoofdstad | US-SD
subdivision | de ijsberen op spitsbergen en welke stad is daar de hoofdstad | SJ
subdivision | mijn tante gaat naar tahiti welke stad is de hoofdstad van frans-polynesië | PF
subdivision | bro mijn laptop komt uit taiwan wat is daar de hoofdstad | TW
subdivision | de tasmaanse duivel woont in tasmanië wat is de hoofdstad van die staat | AU-TAS
subdivision | de australian open is in de staat victoria wat is de hoofdstad | AU-VIC
subdivision | op de kaart van de zuidzee staan wallis en futuna wat is de hoofdstad | WF
subdivision | de wijn uit zuid-australië welke stad is daar de hoofdstad | AU-SA
subdivision | de zweedstalige eilanden van åland welke stad is de hoofdstad | AX
subdivision | op de schoolreis naar kiel is dat de hoofdstad van sleeswijk-holstein | DE-SH
subdivision | het carnaval in keulen ligt in noordrijn-westfalen maar welke stad is de hoofdstad | DE-NW
subdivision | mijn oma uit de betuwe wil weten wat de hoofdstad van florida is | US-FL
subdivision | chale mijn broer woont in de bronx wat is de hoofdstad van new york state | US-NY
subdivision | op de wereldkaart van de kas staat alberta welke stad is daar de hoofdstad | CA-AB
subdivision | in de film fargo wat is de hoofdstad van north dakota | US-ND
subdivision | in breaking bad wat is de hoofdstad van new mexico eigenlijk | US-NM
subdivision | de cowboys in de western komen uit wyoming welke stad is daar de hoofdstad | US-WY
subdivision | de tulpen gaan naar michigan wat is daar de hoofdstad | US-MI
subdivision | in de serie ozark wat is de hoofdstad van missouri dan | US-MO
follow-up | en die van de deelstaat beieren dan ouwe | DE-BY
follow-up | en nou nog even die van litouwen voor de topotoets | LT
follow-up | en die van guinee-bissau volgt daarop | GW
self-correction | neemt u mij niet kwalijk wat is de hoofdstad van letland wacht ik vergis me van litouwen | LT
self-correction | hoofdstad van guinee oh nee ik bedoel guinee-bissau sorry | GW
self-correction | tipo wat is de hoofdstad van paraguay não uruguay | UY
self-correction | chale de hoofdstad van schotland nee nee wales | GB-WLS
self-correction | wat is de hoofdstad van armenië ik bedoel azerbeidzjan waar bakoe ligt | AZ
self-correction | de hoofdstad van de dominicaanse republiek of nee dominica het kleine eiland | DM
yes-no-check | ouwe is antwerpen nou de hoofdstad van belgië of brussel | BE
yes-no-check | mijn huisgenoot zweert dat auckland de hoofdstad van nieuw-zeeland is klopt dat | NZ
yes-no-check | op mijn erasmus zeiden ze dat barcelona de hoofdstad van catalonië en spanje is klopt dat voor spanje | ES
yes-no-check | also ist bonn noch de hoofdstad van duitsland | DE
yes-no-check | de quizmaster zegt canberra is de hoofdstad van australië is dat goed | AU
yes-no-check | mijn oom in marokko zegt rabat en niet casablanca is de hoofdstad klopt dat | MA
yes-no-check | walaal is dar es salaam nog de hoofdstad van tanzania | TZ
yes-no-check | mijn schoonvader uit vietnam zegt saigon is de hoofdstad is dat waar | VN
yes-no-check | voor de beurs is dubai de hoofdstad van de emiraten of abu dhabi | AE
yes-no-check | de hockeyclub uit genève zegt dat hun stad de hoofdstad van zwitserland is klopt dat | CH
yes-no-check | mijn schotse collega zegt edinburgh en niet glasgow is de hoofdstad van schotland klopt dat | GB-SCT
yes-no-check | yaar is karachi of islamabad de hoofdstad van pakistan | PK
yes-no-check | ik kom uit kiev is kiev nog steeds de hoofdstad van oekraïne ja | UA
yes-no-check | klopt het dat krakau vroeger de hoofdstad van polen was en nu warschau | PL
yes-no-check | chale is lagos nog de hoofdstad van nigeria of niet meer | NG
yes-no-check | in mijn sinterklaasgedicht staat dat rome de hoofdstad van italië is klopt dat | IT
yes-no-check | gente is rio nog steeds de hoofdstad van brazilië | BR
yes-no-check | de stuurman zegt dat sint petersburg de hoofdstad van rusland is heeft hij gelijk | RU
yes-no-check | merci is jeruzalem de hoofdstad van israël of tel aviv | IL
yes-no-check | de reisgids zegt oranjestad is de hoofdstad van aruba klopt dat nog | AW
yes-no-check | is willemstad op curaçao echt de hoofdstad ouwe | CW
yes-no-check | in de bosatlas staat naypyidaw is yangon dan niet meer de hoofdstad van myanmar | MM
yes-no-check | mijn squad zegt osaka is de hoofdstad van japan klopt dat bro | JP
yes-no-check | op de camping zei een portugees dat lissabon de hoofdstad is en niet porto klopt dat | PT
reverse-question | hoor es nairobi van welk land is dat de hoofdstad | CITY:Nairobi
reverse-question | mijn pakket komt uit riga welk land is dat en is het de hoofdstad | CITY:Riga
reverse-question | de fruitplukker komt uit chisinau van welk land is dat de hoofdstad | CITY:Chișinău
reverse-question | yaar tbilisi is the capital of which country in het nederlands | CITY:Tbilisi
reverse-question | de postzegel komt uit windhoek van welk land is dat de hoofdstad | CITY:Windhoek
reverse-question | van welk land is ulaanbaatar de hoofdstad voor de wordfeud | CITY:Ulaanbaatar
reverse-question | merci tasjkent van welk land is dat de hoofdstad ook alweer | CITY:Tasjkent
reverse-question | de schoonfamilie komt uit phnom penh welk land heeft die hoofdstad | CITY:Phnom Penh
reverse-question | bro manilla in geoguessr van welk land is dat de hoofdstad | CITY:Manilla
reverse-question | de tomaten gaan naar montevideo welk land is dat | CITY:Montevideo
reverse-question | gente boekarest is hoofdstad van welk land mesmo | CITY:Boekarest
reverse-question | de quizmaster zegt suva welk land heeft die hoofdstad | CITY:Suva
reverse-question | de koffie komt uit tegucigalpa van welk land is dat de hoofdstad | CITY:Tegucigalpa
reverse-question | welke staat van amerika heeft sacramento als hoofdstad | CITY:Sacramento
reverse-question | het festival south by southwest is in austin van welke staat is dat de hoofdstad | CITY:Austin
reverse-question | de studenten uit wiesbaden wat is dat de hoofdstad van | CITY:Wiesbaden
reverse-question | kingston waar bob marley woonde van welk land is dat de hoofdstad | CITY:Kingston
reverse-question | asmara van welk land is dat de hoofdstad mijn buurman komt daar vandaan | CITY:Asmara
reverse-question | de zendeling zit in gaborone van welk land is dat de hoofdstad | CITY:Gaborone
reverse-question | walaal vientiane welk land | CITY:Vientiane
official-name | zegt u mij de hoofdstad van het koninkrijk der nederlanden alstublieft | NL
official-name | de hoofdstad van de islamitische republiek iran merci | IR
official-name | voor mijn postzegels wat is de hoofdstad van de helleense republiek griekenland | GR
official-name | in de geschiedenisles ging het over de russische federatie wat is daar de hoofdstad | RU
official-name | de hoofdstad van de volksrepubliek china voor de wk poule | CN
official-name | chale wat is de hoofdstad van de federale republiek nigeria | NG
official-name | walaal de hoofdstad van de federale democratische republiek ethiopië | ET
official-name | gente wat is de hoofdstad van de plurinationale staat bolivia | BO
official-name | de hoofdstad van de bolivariaanse republiek venezuela voor de pubquiz | VE
official-name | op de stempel staat arabische republiek egypte wat is de hoofdstad | EG
official-name | bro de hoofdstad van de democratische volksrepubliek korea | KP
official-name | de hoofdstad van het vorstendom monaco waar de formule een rijdt | MC
official-name | wat is de hoofdstad van het vorstendom liechtenstein voor de skivakantie | LI
official-name | de hoofdstad van het koninkrijk marokko voor mijn schoonmoeder | MA
official-name | de hoofdstad van de socialistische republiek vietnam voor de bruiloft | VN
official-name | wat is de hoofdstad van de republiek korea waar mijn telefoon vandaan komt | KR
official-name | in het paspoort staat republiek der unie van myanmar wat is de hoofdstad | MM
official-name | de hoofdstad van het hasjemitisch koninkrijk jordanië voor de reis naar petra | JO
official-name | de hoofdstad van de oostelijke republiek uruguay | UY
everyday-name | mijn opa zegt altijd perzië wat is daar de hoofdstad | IR
everyday-name | in de oude bosatlas van mijn vader staat siam wat is de hoofdstad | TH
everyday-name | de thee komt uit ceylon welke stad is daar de hoofdstad | LK
everyday-name | op de oude postzegel staat birma wat is de hoofdstad | MM
everyday-name | mijn oom werkte vroeger in zaïre wat is daar de hoofdstad | CD
everyday-name | swaziland heet nu anders maar wat is de hoofdstad | SZ
everyday-name | op een postzegel uit opper-volta wat is de hoofdstad | BF
everyday-name | de oude naam dahomey wat is daar de hoofdstad | BJ
everyday-name | de veluwse zending was vroeger in abessinië wat is de hoofdstad | ET
everyday-name | ouwe wat is de hoofdstad van wit-rusland | BY
everyday-name | chale wat is de hoofdstad van the states | US
everyday-name | yaar what is de hoofdstad van de usa | US
everyday-name | wat is de hoofdstad van bosnië waar we met de caravan langs kwamen | BA
everyday-name | wat is de hoofdstad van cabo verde mijn collega komt daarvandaan | CV
everyday-name | wat is de hoofdstad van macedonië voor het songfestival | MK
everyday-name | de hoofdstad van trinidad voor de carnavalsband | TT
everyday-name | bro wat is de hoofdstad van de emiraten waar dubai ligt | AE
shared-name | wat is de hoofdstad van congo waar de rumba vandaan komt | CD+CG
shared-name | walaal de hoofdstad van korea | KP+KR
shared-name | ei wat is de hoofdstad van georgia ouwe | GE+US-GA
shared-name | de zeilers gaan naar de maagdeneilanden wat is de hoofdstad | VG+VI
shared-name | mijn schoonbroer komt uit de democratische republiek congo welke stad is de hoofdstad | CD
shared-name | de apen in congo-brazzaville wat is de hoofdstad van de republiek congo | CG
shared-name | de britse maagdeneilanden op de zeilreis welke stad is daar de hoofdstad | VG
shared-name | op de cruise naar de amerikaanse maagdeneilanden wat is de hoofdstad | VI
shared-name | de twee korea's wat zijn hun hoofdsteden | KP+KR
shared-name | congo het land wat is de hoofdstad | CD+CG
help | neemt u me niet kwalijk maar hoe stel ik een vraag | HELP
help | de seizoenwerkers willen voorbeelden hoe vraag ik hoofdstad | HELP
help | wat zijn de regels van dit spel ouwe | HELP
help | geef eens een voorbeeld chale | HELP
stop | ouwe kappen nu ermee | STOP
stop | stop stop stop de kinderen moeten slapen | STOP
stop | klaar ermee de pubquiz is afgelopen | STOP
stop | hou nou op met die hoofdsteden alexa | STOP
cancel | annuleer die laatste vraag van mijn zoon | CANCEL
cancel | doe maar niet ouwe | CANCEL
cancel | hoeft niet meer de quizmaster gaf het antwoord al | CANCEL
cancel | laat die vraag maar zitten alexa | CANCEL
cancel | chale forget it man | CANCEL
cancel | laat maar ik zoek het zelf op in de bosatlas | CANCEL
cancel | nee toch maar niet alexa | CANCEL
cancel | ik trek mijn vraag in dank u | CANCEL
cancel | annuleer maar de baas komt eraan | CANCEL
cancel | laat maar de patiënt slaapt al | CANCEL
cancel | walaal vergeet het | CANCEL
launch | alexa start hoofdsteden van de wereld voor de nieuwe jongens in de kas | LAUNCH
launch | alexa open hoofdsteden van de wereld voor de pubquiz | LAUNCH
out-of-domain | robot ben jij een robot of een mens ouwe | FB
out-of-domain | hoe laat vertrekt de intercity naar nijmegen | FB
out-of-domain | schrijf je den haag met een hoofdletter d | FB
out-of-domain | hoeveel hoofdsteden moet ik leren voor de topotoets | FB
out-of-domain | hoeveel mensen wonen er in accra | FB
out-of-domain | hoeveel startkapitaal heb ik nodig voor een kwekerij | FB
out-of-domain | hoeveel landen doen mee aan het songfestival | FB
out-of-domain | vertel een haagse mop | FB
out-of-domain | welke stad wordt de culturele hoofdstad van europa volgend jaar | FB
out-of-domain | wat is de hoofdstad van oost-duitsland toen | FB
out-of-domain | wat is de hoofdstad van de krim volgens de oekraïners | FB
out-of-domain | wat is de hoofdstad van venus | FB
out-of-domain | wat is de hoofdstad van de veluwe apeldoorn of ede | FB
out-of-domain | wat is de hoofdstad van oost-europa | FB
out-of-domain | wat is de hoofdstad van de arabische wereld | FB
out-of-domain | wat is de hoofdstad van het west-romeinse rijk | FB
out-of-domain | wat is de hoofdstad van zweinstein | FB
out-of-domain | wat is de hoofdstad van roblox | FB
out-of-domain | wat is de hoofdstad van madeira funchal toch | FB
out-of-domain | wat is de hoofdstad van mallorca voor de vakantie | FB
out-of-domain | wat is de hoofdstad van schiermonnikoog ouwe | FB
out-of-domain | wat is de hoofdstad van het kalifaat | FB
out-of-domain | wat is de hoofdstad van somaliland hargeisa toch | FB
out-of-domain | wat is de hoofdstad van de sahel | FB
out-of-domain | wat is de hoofdstad van lapland in finland | FB
out-of-domain | wat is het grootste land van zuid-amerika | FB
out-of-domain | wie is de burgemeester van den haag | FB
out-of-domain | wie won het songfestival in liverpool | FB
out-of-domain | wat is de hoofdstad van de pizza | FB
out-of-domain | wat is de hoofdstad van de liefde | FB
out-of-domain | lees de bijbeltekst van vandaag voor | FB
out-of-domain | wat is de score van ajax | FB
out-of-domain | zet de verwarming in de caravan hoger | FB
out-of-domain | hoeveel graden is het in kiev | FB
out-of-domain | hoe zeg je dank je wel in het twi | FB
out-of-domain | stuur een appje naar mijn huisgenoot | FB
out-of-domain | wat is het waterpeil bij lobith | FB
# more speaker and situation sentences
haags | hoor es wat is de hoofdstad van polen want de nieuwe buren komen daarvandaan | PL
haags | ik zit in de tram naar de pier wat is de hoofdstad van noorwegen | NO
utrechts | de fietsenstalling bij centraal is groter dan de hoofdstad van andorra hoe heet die | AD
utrechts | op de uithof vraagt een student de hoofdstad van china | CN
westlands | de chrysanten gaan naar japan wat is daar de hoofdstad | JP
westlands | het bestelbusje rijdt naar polen hoe heet de hoofdstad daar | PL
veluws | wilt u mij de hoofdstad van zuid-soedan noemen voor de gebedsavond | SS
veluws | de zendingsvrouw schrijft uit zambia welke stad is daar de hoofdstad | ZM
nijmeegs | de studenten van de radboud vragen de hoofdstad van ghana | GH
zaans | nou moet je horen de hoofdstad van finland daar komt die sauna vandaan | FI
ghanees | chale my cousin in londen wil weten de hoofdstad van liberia | LR
ghanees | ei voor de kerk in zuidoost wat is de hoofdstad van sierra leone | SL
oekraiens | mijn man is in polen wat is hoofdstad van polen zeg mij | PL
oekraiens | ik wil weten hoofdstad van litouwen voor mijn werk papieren | LT
seizoenwerk | wij gaan met de bus naar bulgarije via servië wat is hoofdstad van servië | RS
indiaas | my son in groep zes asks what is de hoofdstad van bhutan | BT
braziliaans | nossa de hoofdstad van kaapverdië waar mijn vriendin vandaan komt | CV
duits | also genau wat is de hoofdstad van tsjechië ich meine praag oder | CZ
somalisch | haye wat is de hoofdstad van djibouti mijn oom woont daar | DJ
iraans | merci joon de hoofdstad van tadzjikistan praten ze daar ook perzisch | TJ
student | mijn huisgenoot uit litouwen vraagt of ik haar hoofdstad ken | LT
gamer | bro in hoi vier speel ik als japan wat is de echte hoofdstad | JP
schipper | we liggen in duisburg wat is de hoofdstad van duitsland | DE
verpleging | mevrouw op kamer vier komt uit indonesië wat is de hoofdstad | ID
blind | mijn braille atlas is kapot wat is de hoofdstad van zweden | SE

"""

if __name__ == "__main__":
    build_round(33, "nl", LINES, sys.argv, "tests/Eval/nl/round33/source/build_corpus.py")
