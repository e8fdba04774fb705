"""Round 14, Dutch (nl-NL): people in the Netherlands and Flemish speakers on an nl-NL device asking an Echo, as nl-NL
speech recognition writes it: scholieren with a toets or werkstuk, pubquiz players, children, older people who say u,
people in the car or the kitchen, travellers, teenagers with straattaal and English words, hesitations in the middle
of a question, the country as an adjective ("de franse hoofdstad"), two countries in one question, and the slips
recognition makes. `python3 tests/Eval/nl/round14/source/build_corpus.py [--check]`; the mechanics are in
source/round14_hinl_corpus.py."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round14_hinl_corpus import build  # noqa: E402

LINES = """
direct-question | wat is de hoofdstad van {} ook alweer | mongolië=MN; uruguay=UY; qatar=QA
direct-question | welke stad is de hoofdstad van {} | botswana=BW; armenië=AM; laos=LA
direct-question | hoe heet de hoofdstad van {} | slovenië=SI; kenia=KE; panama=PA
direct-question | wat is eigenlijk de hoofdstad van {} | tunesië=TN; belize=BZ; fiji=FJ
direct-question | wat is de naam van de hoofdstad van {} | algerije=DZ; nicaragua=NI; oman=OM
direct-question | welke stad is in {} de hoofdstad | hongarije=HU; gabon=GA; tuvalu=TV
direct-question | waar ligt de hoofdstad van {} | ecuador=EC; senegal=SN; de malediven=MV
direct-question | wat is de hoofdstad van het land {} | ijsland=IS; zambia=ZM; koeweit=KW
direct-question | wat is de huidige hoofdstad van {} | malawi=MW; paraguay=PY; roemenië=RO
direct-question | welke stad is de hoofdstad in {} | mauritius=MU; qatar=QA; el salvador=SV

polite-request | zou je mij de hoofdstad van {} kunnen vertellen | denemarken=DK; mauritanië=MR; papoea-nieuw-guinea=PG
polite-request | mag ik de hoofdstad van {} van je weten | slowakije=SK; tanzania=TZ; grenada=GD
polite-request | kun je me alsjeblieft de hoofdstad van {} geven | libanon=LB; namibië=NA; honduras=HN
polite-request | wil je me even de hoofdstad van {} noemen | estland=EE; oeganda=UG; kiribati=KI
polite-request | alexa zou u de hoofdstad van {} willen opzoeken | portugal=PT; djibouti=DJ; bahrein=BH
polite-request | graag de hoofdstad van {} | ierland=IE; mozambique=MZ; suriname=SR

imperative | noem de hoofdstad van {} | zweden=SE; angola=AO; guatemala=GT
imperative | geef me de hoofdstad van {} | kroatië=HR; zimbabwe=ZW; jamaica=JM
imperative | zeg de hoofdstad van {} | noorwegen=NO; rwanda=RW; costa rica=CR
imperative | zoek de hoofdstad van {} voor me op | belgië=BE; eritrea=ER; palau=PW
imperative | vertel me de hoofdstad van {} | moldavië=MD; liberia=LR; barbados=BB

do-you-know | weet jij wat de hoofdstad van {} is | canada=CA; somalië=SO; cuba=CU
do-you-know | ken jij de hoofdstad van {} | mexico=MX; libië=LY; samoa=WS
do-you-know | heb je enig idee wat de hoofdstad van {} is | griekenland=GR; tsjaad=TD; nauru=NR
do-you-know | weet je toevallig de hoofdstad van {} | oostenrijk=AT; mali=ML; vanuatu=VU

leading-filler | eh wat is de hoofdstad van {} | polen=PL; ghana=GH; tonga=TO
leading-filler | zeg alexa wat is de hoofdstad van {} | vietnam=VN; niger=NE; de seychellen=SC
leading-filler | even een vraagje wat is de hoofdstad van {} | argentinië=AR; madagaskar=MG; brunei=BN
leading-filler | oké alexa volgende vraag wat is de hoofdstad van {} | finland=FI; jemen=YE; cyprus=CY
leading-filler | nou vertel eens wat is de hoofdstad van {} | chili=CL; burundi=BI; andorra=AD
leading-filler | ik heb een vraag over {} wat is de hoofdstad | haïti=HT; india=IN; letland=LV

trailing-words | wat is de hoofdstad van {} dank je wel | spanje=ES; gambia=GM; bhutan=BT
trailing-words | wat is de hoofdstad van {} weet jij dat | bulgarije=BG; kameroen=CM; mauritius=MU
trailing-words | wat is de hoofdstad van {} alexa | italië=IT; togo=TG; malta=MT
trailing-words | wat is de hoofdstad van {} als je het weet | nepal=NP; soedan=SD; de comoren=KM

bare-name | hoofdstad {} | turkije=TR; peru=PE; letland=LV
bare-name | {} hoofdstad | singapore=SG; monaco=MC; litouwen=LT
bare-name | de hoofdstad van {} | cambodja=KH; luxemburg=LU; sint lucia=LC
bare-name | {} welke hoofdstad | vietnam=VN; chili=CL; kenia=KE

word-order | de hoofdstad van {} wat is dat | belarus=BY; guinee=GN; kaapverdië=CV
word-order | van {} wat is daar de hoofdstad | azerbeidzjan=AZ; colombia=CO; tadzjikistan=TJ
word-order | {} wat is de hoofdstad daarvan | ethiopië=ET; san marino=SM; oezbekistan=UZ
word-order | {} welke stad is daar de hoofdstad | el salvador=SV; trinidad en tobago=TT; servië=RS

colloquial | wat is {} z'n hoofdstad | rusland=RU; venezuela=VE; sierra leone=SL
colloquial | joh wat is de hoofdstad van {} nou | japan=JP; turkmenistan=TM; de dominicaanse republiek=DO
colloquial | hé wat was de hoofdstad van {} ook alweer | china=CN; bangladesh=BD; lesotho=LS
colloquial | zeg wat is het hoofdstadje van {} | liechtenstein=LI; andorra=AD; de seychellen=SC

want-to-know | ik wil weten wat de hoofdstad van {} is | afghanistan=AF; guyana=GY; noord-macedonië=MK
want-to-know | ik vraag me af wat de hoofdstad van {} is | egypte=EG; jordanië=JO; de bahama's=BS
want-to-know | ik weet de hoofdstad van {} niet meer | kirgizië=KG; equatoriaal-guinea=GQ; burkina faso=BF
want-to-know | ik ben benieuwd naar de hoofdstad van {} | nieuw-zeeland=NZ; montenegro=ME; de salomonseilanden=SB

homework-quiz | voor mijn werkstuk moet ik de hoofdstad van {} weten | australië=AU; albanië=AL; antigua en barbuda=AG
homework-quiz | topo vraag wat is de hoofdstad van {} | indonesië=ID; saint kitts en nevis=KN; guinee-bissau=GW
homework-quiz | ik heb morgen een aardrijkskundetoets wat is de hoofdstad van {} | de centraal-afrikaanse republiek=CF; zuid-soedan=SS; de marshalleilanden=MH
homework-quiz | pubquiz vraag welke stad is de hoofdstad van {} | micronesië=FM; saint vincent en de grenadines=VC; bosnië en herzegovina=BA
homework-quiz | vraag drie wat is de hoofdstad van {} | oost-timor=TL; noord-korea=KP; sao tomé en principe=ST

child-speech | alexa wie is de hoofdstad van {} | frankrijk=FR; canada=CA; spanje=ES
child-speech | alexa mag ik vragen wat de hoofdstad van {} is | duitsland=DE; thailand=TH; brazilië=BR
child-speech | mijn juf wil weten wat de hoofdstad van {} is | amerika=US; egypte=EG; kenia=KE
child-speech | alexa wat is de hoofdstad van {} ik ben acht | china=CN; japan=JP; italië=IT

elder-speech | alexa wilt u mij zeggen wat de hoofdstad van {} is | pakistan=PK; iran=IR; nigeria=NG
elder-speech | kunt u mij vertellen welke stad de hoofdstad van {} is | saoedi-arabië=SA; irak=IQ; sri lanka=LK
elder-speech | vroeger wist ik het wel wat is de hoofdstad van {} | birma=MM; servië=RS; zaïre=CD

traveller | we gaan deze zomer naar {} wat is daar de hoofdstad | kroatië=HR; georgië=GE; taiwan=TW
traveller | ik vlieg volgende week naar {} wat is de hoofdstad | de emiraten=AE; marokko=MA; thailand=TH
traveller | op vakantie naar {} welke stad is de hoofdstad | griekenland=GR; portugal=PT; ijsland=IS

news-context | op het journaal ging het over {} wat is daar de hoofdstad | oekraïne=UA; israël=IL; haïti=HT
news-context | ik las net iets over {} wat is de hoofdstad van dat land | venezuela=VE; zuid-afrika=ZA; het verenigd koninkrijk=GB

busy-context | ik zit in de auto wat is de hoofdstad van {} | oostenrijk=AT; polen=PL; chili=CL
busy-context | ik sta te koken alexa wat is de hoofdstad van {} | denemarken=DK; zweden=SE; noorwegen=NO
busy-context | ik heb mijn handen vol zeg even de hoofdstad van {} | finland=FI; hongarije=HU; peru=PE

code-mixing | wat is de capital van {} | filipijnen=PH; zwitserland=CH; australië=AU
code-mixing | wat is de capital city van {} | zuid-korea=KR; ghana=GH; kenia=KE
code-mixing | hoofdstad van {} please | singapore=SG; nederland=NL; belgië=BE
code-mixing | even checken wat is de capital van {} | colombia=CO; marokko=MA; kazachstan=KZ

flemish-speech | weet gij wat de hoofdstad van {} is | duitsland=DE; italië=IT; rusland=RU
flemish-speech | allez wat is de hoofdstad van {} | canada=CA; engeland=GB-ENG; amerika=US
flemish-speech | kunt ge mij zeggen wat de hoofdstad van {} is | japan=JP; china=CN; frankrijk=FR
flemish-speech | amai wat is de hoofdstad van {} nu weer | congo-kinshasa=CD; rwanda=RW; burundi=BI

youth-slang | yo alexa wat is de hoofdstad van {} | turkije=TR; iran=IR; egypte=EG
youth-slang | bro wat is de hoofdstad van {} | saoedi-arabië=SA; afghanistan=AF; irak=IQ
youth-slang | wollah ik weet het niet wat is de hoofdstad van {} | marokko=MA; somalië=SO; suriname=SR

mid-filler | wat is de hoofdstad van eh {} | portugal=PT; zwitserland=CH; griekenland=GR
mid-filler | wat is de eh hoofdstad van {} | mexico=MX; peru=PE; indonesië=ID
mid-filler | wat is de hoofdstad van uhm {} ja | bangladesh=BD; pakistan=PK; myanmar=MM

adjective-form | wat is de {} hoofdstad | franse=FR; duitse=DE; spaanse=ES
adjective-form | hoe heet de {} hoofdstad | italiaanse=IT; japanse=JP; noorse=NO
adjective-form | welke stad is de {} hoofdstad | australische=AU; canadese=CA; braziliaanse=BR
adjective-form | de {} hoofdstad is welke stad | turkse=TR; zweedse=SE; poolse=PL

two-places | wat zijn de hoofdsteden van belgië en luxemburg | BE+LU
two-places | de hoofdsteden van spanje en portugal | ES+PT
two-places | wat is de hoofdstad van noorwegen en van zweden | NO+SE
two-places | noem de hoofdsteden van duitsland en oostenrijk | AT+DE
two-places | wat zijn de hoofdsteden van de vs en canada | CA+US
two-places | hoofdsteden van suriname en guyana | GY+SR

spelling-variant | wat is de hoofd stad van {} | italie=IT; belgie=BE; oekraine=UA
spelling-variant | wat is de hooftstad van {} | tsjechie=CZ; switserland=CH; filippijnen=PH
spelling-variant | wat is de hoofdstad van {} eigelijk | hongarijen=HU; columbia=CO; argentinie=AR
spelling-variant | wat is de hoofstad van {} | denemarke=DK; kroatie=HR; ethiopie=ET
spelling-variant | wat is de hoofdstat van {} | marocco=MA; egipte=EG; slovenie=SI

everyday-name | wat is de hoofdstad van {} eigenlijk | holland=NL; groot-brittannië=GB; de vs=US
everyday-name | wat was ook alweer de hoofdstad van {} | wit-rusland=BY; swaziland=SZ; macedonië=MK
everyday-name | wat is de hoofdstad van {} of hoe dat land nu heet | perzië=IR; siam=TH; abessinië=ET
everyday-name | wat is de hoofdstad van {} tegenwoordig | ceylon=LK; rhodesië=ZW; de oekraïne=UA
everyday-name | wat is de hoofdstad van {} dan | engeland=GB-ENG; bosnië=BA; tsjechië=CZ

official-name | wat is de hoofdstad van {} | het koninkrijk der nederlanden=NL; de bondsrepubliek duitsland=DE; de volksrepubliek china=CN
official-name | welke stad is de hoofdstad van {} officieel | de russische federatie=RU; het groothertogdom luxemburg=LU; het vorstendom monaco=MC
official-name | wat is de hoofdstad van {} precies | de republiek korea=KR; de democratische volksrepubliek korea=KP; de islamitische republiek iran=IR
official-name | hoofdstad van {} | de helleense republiek=GR; het koninkrijk belgië=BE; de bolivariaanse republiek venezuela=VE

follow-up | en van {} | maleisië=MY; turkije=TR; nigeria=NG
follow-up | en {} dan | kenia=KE; iran=IR; oeganda=UG
follow-up | en die van {} | angola=AO; marokko=MA; colombia=CO
follow-up | oké en {} | tunesië=TN; ecuador=EC; mongolië=MN
follow-up | nu {} | syrië=SY; libanon=LB; jordanië=JO
follow-up | en hoe zit het met {} | cambodja=KH; laos=LA; thailand=TH

subdivision | wat is de hoofdstad van de staat {} | californië=US-CA; texas=US-TX; florida=US-FL
subdivision | wat is de hoofdstad van de amerikaanse staat {} | new york=US-NY; washington=US-WA; alaska=US-AK
subdivision | welke stad is de hoofdstad van {} in amerika | hawaï=US-HI; nevada=US-NV; colorado=US-CO
subdivision | wat is de hoofdstad van de deelstaat {} | beieren=DE-BY; nedersaksen=DE-NI; noordrijn-westfalen=DE-NW
subdivision | wat is de hoofdstad van {} in duitsland | saksen=DE-SN; hessen=DE-HE; sleeswijk-holstein=DE-SH
subdivision | wat is de hoofdstad van de canadese provincie {} | ontario=CA-ON; quebec=CA-QC; brits-columbia=CA-BC
subdivision | wat is de hoofdstad van {} in australië | queensland=AU-QLD; nieuw-zuid-wales=AU-NSW; tasmanië=AU-TAS
subdivision | wat is de hoofdstad van {} in het vk | schotland=GB-SCT; wales=GB-WLS; noord-ierland=GB-NIR
subdivision | wat is de hoofdstad van de indiase staat {} | kerala=IN-KL; goa=IN-GA; rajasthan=IN-RJ
subdivision | wat is de hoofdstad van de braziliaanse staat bahia | BR-BA
subdivision | wat is de hoofdstad van yucatán in mexico | MX-YUC
subdivision | welke stad is de hoofdstad van beieren | DE-BY
subdivision | hoe heet de hoofdstad van de amerikaanse staat {} | ohio=US-OH; michigan=US-MI; oregon=US-OR
subdivision | welke stad is de hoofdstad van het duitse {} | thüringen=DE-TH; brandenburg=DE-BB; saksen-anhalt=DE-ST
subdivision | wat is de hoofdstad van de provincie {} in canada | alberta=CA-AB; manitoba=CA-MB; nova scotia=CA-NS
subdivision | welke stad is de hoofdstad van de staat {} in australië | victoria=AU-VIC; west-australië=AU-WA; zuid-australië=AU-SA
subdivision | wat is de hoofdstad van {} in india | tamil nadu=IN-TN; maharashtra=IN-MH; west-bengalen=IN-WB
subdivision | wat is de hoofdstad van de mexicaanse staat {} | jalisco=MX-JAL; oaxaca=MX-OAX; chihuahua=MX-CHH
subdivision | welke stad is de hoofdstad van {} in brazilië | minas gerais=BR-MG; rio grande do sul=BR-RS; amazonas=BR-AM
subdivision | welke stad is de hoofdstad van hawaï eigenlijk | US-HI
subdivision | wat is de hoofdstad van louisiana in de vs | US-LA

territory | welke plaats is de hoofdstad van {} | aruba=AW; curaçao=CW; sint maarten=SX
territory | en wat is de hoofdstad van {} | groenland=GL; de faeröer=FO; bonaire=BQ
territory | heeft {} een hoofdstad | hongkong=HK; macau=MO; gibraltar=GI
territory | wat is de hoofdstad van puerto rico | PR
territory | wat is de hoofdstad van frans-guyana | GF
territory | hoofdstad van nieuw-caledonië | NC
territory | wat is de hoofdstad van antarctica | AQ
territory | wat is de hoofdstad van de westelijke sahara | EH
territory | wat is de hoofdstad van de kaaimaneilanden | KY
territory | wat is de hoofdstad van curacao | CW

plural-capitals | wat zijn de hoofdsteden van {} | zuid-afrika=ZA; bolivia=BO; maleisië=MY
plural-capitals | welke twee hoofdsteden heeft {} | sri lanka=LK; benin=BJ; ivoorkust=CI
plural-capitals | noem alle hoofdsteden van {} | eswatini=SZ; palestina=PS; nederland=NL
plural-capitals | welke drie hoofdsteden heeft zuid-afrika | ZA
plural-capitals | zuid-afrika heeft toch meerdere hoofdsteden welke zijn dat | ZA
plural-capitals | heeft bolivia twee hoofdsteden en welke | BO
plural-capitals | wat zijn de twee hoofdsteden van maleisië | MY
plural-capitals | nederland heeft er toch twee amsterdam en nog welke | NL
plural-capitals | welke hoofdsteden heeft swaziland | SZ
plural-capitals | wat zijn de hoofdsteden van de ivoorkust | CI
plural-capitals | heeft sri lanka meer dan één hoofdstad | LK
plural-capitals | wat zijn de hoofdsteden van benin in afrika | BJ
plural-capitals | welke hoofdsteden heeft palestina eigenlijk | PS
plural-capitals | wat zijn de hoofdsteden van montserrat | MS
plural-capitals | de twee hoofdsteden van jammu en kasjmir | IN-JK
plural-capitals | zuid-afrika heeft drie hoofdsteden toch welke zijn het | ZA
plural-capitals | hoeveel hoofdsteden heeft zuid-afrika en hoe heten ze | ZA
plural-capitals | maleisië heeft twee hoofdsteden toch welke | MY
plural-capitals | noem de hoofdsteden van maleisië eens | MY
plural-capitals | welke steden zijn de hoofdsteden van bolivia | BO
plural-capitals | sri lanka heeft twee hoofdsteden hoe heten die | LK
plural-capitals | de hoofdsteden van benin graag | BJ
plural-capitals | welke twee steden zijn hoofdstad van uttarakhand | IN-UK
plural-capitals | welke twee steden zijn hoofdstad van nederland | NL

shared-name | hoe heet de hoofdstad van {} eigenlijk | korea=KP+KR; congo=CD+CG; georgia=GE+US-GA
shared-name | wat zijn de hoofdsteden van beide korea's | KP+KR
shared-name | de hoofdsteden van de twee congo's | CD+CG
shared-name | wat is de hoofdstad van de maagdeneilanden | VG+VI
shared-name | wat is de hoofdstad van de amerikaanse staat georgia | US-GA
shared-name | wat is de hoofdstad van het land georgië | GE
shared-name | wat is de hoofdstad van de britse maagdeneilanden | VG
shared-name | hoofdsteden van dominica en de dominicaanse republiek | DM+DO
shared-name | wat zijn de hoofdsteden van noord en zuid-korea | KP+KR
shared-name | wat is de hoofdstad van congo in afrika | CD+CG
shared-name | en de hoofdstad van georgia in amerika | US-GA
shared-name | hoofdstad van de amerikaanse maagdeneilanden | VI

yes-no-check | is rotterdam de hoofdstad van nederland | NL
yes-no-check | is antwerpen de hoofdstad van belgië | BE
yes-no-check | is istanboel de hoofdstad van turkije | TR
yes-no-check | klopt het dat zürich de hoofdstad van zwitserland is | CH
yes-no-check | is rio de hoofdstad van brazilië | BR
yes-no-check | is barcelona de hoofdstad van spanje | ES
yes-no-check | is münchen de hoofdstad van duitsland | DE
yes-no-check | is marrakesh de hoofdstad van marokko | MA
yes-no-check | is toronto de hoofdstad van canada of niet | CA
yes-no-check | is lagos nog steeds de hoofdstad van nigeria | NG
yes-no-check | is ljubljana de hoofdstad van slowakije of van slovenië | SI
yes-no-check | het is toch zo dat sydney de hoofdstad van australië is | AU
yes-no-check | is new york de hoofdstad van amerika | US
yes-no-check | is casablanca niet de hoofdstad van marokko | MA
yes-no-check | volgens mij is genève de hoofdstad van zwitserland klopt dat | CH
yes-no-check | is sint-petersburg de hoofdstad van rusland | RU
yes-no-check | ligt de hoofdstad van australië in sydney | AU
yes-no-check | is kaapstad de hoofdstad van zuid-afrika | ZA
yes-no-check | is dubai de hoofdstad van de emiraten | AE

self-correction | wat is de hoofdstad van oostenrijk nee australië | AU
self-correction | wat is de hoofdstad van zweden sorry zwitserland | CH
self-correction | wat is de hoofdstad van slowakije eh ik bedoel slovenië | SI
self-correction | de hoofdstad van irak nee iran | IR
self-correction | wat is de hoofdstad van nigeria o nee niger | NE
self-correction | wat is de hoofdstad van guinee nee wacht guinee-bissau | GW
self-correction | wat is de hoofdstad van dominica sorry de dominicaanse republiek | DO
self-correction | wat is de hoofdstad van letland of nee litouwen | LT
self-correction | wat is de hoofdstad van de vs nee canada bedoel ik | CA
self-correction | wat is de hoofdstad van noord-korea nee zuid-korea | KR
self-correction | wat is de hoofdstad van california ik bedoel nevada | US-NV

reverse-question | van welk land is nairobi de hoofdstad | CITY:Nairobi
reverse-question | welk land heeft bern als hoofdstad | CITY:Bern
reverse-question | ulaanbaatar is de hoofdstad van welk land | CITY:Ulaanbaatar
reverse-question | van welk land is reykjavik de hoofdstad | CITY:Reykjavik
reverse-question | waar is ankara de hoofdstad van | CITY:Ankara
reverse-question | havana is de hoofdstad van welk land | CITY:Havana
reverse-question | van welke staat is sacramento de hoofdstad | CITY:Sacramento
reverse-question | welk land heeft praag als hoofdstad | CITY:Praag
reverse-question | van welk land is kopenhagen de hoofdstad | CITY:Kopenhagen
reverse-question | wellington is de hoofdstad van welk land | CITY:Wellington
reverse-question | van welk land is paramaribo de hoofdstad | CITY:Paramaribo
reverse-question | van welk eiland is willemstad de hoofdstad | CITY:Willemstad
reverse-question | bij welk land hoort de hoofdstad hanoi | CITY:Hanoi
reverse-question | in welk land is kaboel de hoofdstad | CITY:Kabul
reverse-question | welk land heeft lima als hoofdstad | CITY:Lima

help | help | HELP
help | hulp | HELP
help | wat kan ik vragen | HELP
help | hoe werkt dit | HELP
help | wat kan ik allemaal aan je vragen | HELP
help | leg eens uit hoe dit werkt | HELP
help | ik snap het niet | HELP
help | wat moet ik zeggen | HELP
help | geef eens een voorbeeld van een vraag | HELP
help | hoe gebruik ik deze skill | HELP
help | waar is deze skill voor | HELP
help | welke vragen kan ik stellen | HELP
help | ik heb hulp nodig | HELP
help | alexa hoe moet ik dit spel spelen | HELP
help | ik weet niet wat ik moet vragen | HELP
help | wat voor vragen snap jij | HELP
help | kun je me uitleggen wat ik hier kan doen | HELP
help | wat zijn de mogelijkheden | HELP
help | help me even | HELP
help | hoe vraag ik naar een hoofdstad | HELP
help | wat doet deze app | HELP
help | uitleg graag | HELP
help | ik kom er niet uit help | HELP
help | alexa wat moet ik precies zeggen om een hoofdstad te horen | HELP
help | hoe werkt dat hier met die hoofdsteden | HELP
help | ik begrijp niet hoe ik dit moet gebruiken | HELP
help | kun je me op weg helpen | HELP
help | wat verwacht je van mij | HELP
help | vertel eens wat ik met deze skill kan | HELP

stop | stop | STOP
stop | stoppen | STOP
stop | hou op | STOP
stop | ik ben klaar | STOP
stop | stop maar | STOP
stop | afsluiten | STOP
stop | dat was het | STOP
stop | doei alexa | STOP
stop | tot ziens alexa | STOP
stop | stop ermee | STOP
stop | genoeg zo | STOP
stop | ik wil stoppen | STOP
stop | sluit de skill af | STOP
stop | oké dat was het wel stop maar | STOP
stop | oké stop nu maar alexa | STOP
stop | nu is het genoeg alexa | STOP
stop | stop met de hoofdsteden | STOP
stop | ik hoef niks meer | STOP
stop | dat is alles bedankt | STOP
stop | we zijn klaar alexa | STOP
stop | hou er maar mee op | STOP
stop | doei doei | STOP
stop | sluit maar af | STOP
stop | alexa kappen | STOP

cancel | annuleer | CANCEL
cancel | annuleren | CANCEL
cancel | laat maar | CANCEL
cancel | laat maar zitten | CANCEL
cancel | vergeet het | CANCEL
cancel | nee toch niet | CANCEL
cancel | hoeft niet | CANCEL
cancel | laat die vraag maar | CANCEL
cancel | nee laat maar alexa | CANCEL
cancel | vergeet die vraag | CANCEL
cancel | annuleer dat | CANCEL
cancel | laat maar ik weet het al | CANCEL
cancel | nee sorry verkeerde vraag annuleer | CANCEL
cancel | laat maar ik vraag het later wel | CANCEL
cancel | nee nee annuleer maar | CANCEL
cancel | vergeet wat ik zei | CANCEL
cancel | streep die vraag maar door | CANCEL
cancel | toch maar niet alexa | CANCEL
cancel | laat ook maar zitten hoor | CANCEL
cancel | annuleer die laatste vraag | CANCEL
cancel | niet meer nodig | CANCEL
cancel | laat maar zitten ik zoek het zelf wel op | CANCEL
cancel | annuleer alsjeblieft | CANCEL

launch | open hoofdsteden van de wereld | LAUNCH
launch | start hoofdsteden van de wereld | LAUNCH
launch | alexa start het spel hoofdsteden van de wereld | LAUNCH
launch | begin hoofdsteden van de wereld | LAUNCH
launch | alexa speel hoofdsteden van de wereld | LAUNCH
launch | open de skill hoofdsteden van de wereld | LAUNCH
launch | alexa activeer hoofdsteden van de wereld | LAUNCH
launch | alexa open world capitals | LAUNCH
launch | hoofdsteden van de wereld openen | LAUNCH
launch | alexa open hoofdsteden van de wereld alsjeblieft | LAUNCH
launch | start de hoofdsteden van de wereld skill | LAUNCH
launch | alexa ik wil hoofdsteden van de wereld spelen | LAUNCH
launch | alexa laten we hoofdsteden van de wereld doen | LAUNCH
launch | alexa kun je hoofdsteden van de wereld voor me openen | LAUNCH
launch | hé alexa hoofdsteden van de wereld starten graag | LAUNCH

out-of-domain | hoeveel inwoners heeft duitsland | FB
out-of-domain | welke munt gebruiken ze in zwitserland | FB
out-of-domain | welke taal spreken ze in brazilië | FB
out-of-domain | wie is de koning van belgië | FB
out-of-domain | hoe laat is het nu in new york | FB
out-of-domain | wat voor weer wordt het morgen in utrecht | FB
out-of-domain | hoe ver is het van amsterdam naar parijs | FB
out-of-domain | wat is het grootste land van afrika | FB
out-of-domain | wat is de hoofdstad van jupiter | FB
out-of-domain | hoeveel manen heeft jupiter | FB
out-of-domain | speel radio vijf | FB
out-of-domain | zet een timer voor tien minuten | FB
out-of-domain | vertel een mop | FB
out-of-domain | hoe staat de aex vandaag | FB
out-of-domain | wat is een hoofdletter | FB
out-of-domain | welke stad is dit jaar culturele hoofdstad van europa | FB
out-of-domain | welke stad is de modehoofdstad van de wereld | FB
out-of-domain | wat is de gastronomische hoofdstad van frankrijk | FB
out-of-domain | wat is het nationale gerecht van spanje | FB
out-of-domain | heb ik een visum nodig voor india | FB
out-of-domain | welke kleuren heeft de vlag van italië | FB
out-of-domain | hoe oud ben jij | FB
out-of-domain | wie heeft jou gemaakt | FB
out-of-domain | welke dag is het vandaag | FB
out-of-domain | wat is de grootste stad van australië | FB
out-of-domain | hoe hoog is de mont blanc | FB
out-of-domain | hoe lang is de rijn | FB
out-of-domain | wie is de minister-president van nederland | FB
out-of-domain | wie is de burgemeester van rotterdam | FB
out-of-domain | wat zijn leuke dingen om te doen in rome | FB
out-of-domain | wat kost een liter benzine in duitsland | FB
out-of-domain | hoeveel landen zijn er in europa | FB
out-of-domain | waar zit het hoofdkantoor van de navo | FB
out-of-domain | hoe heeft ajax gespeeld | FB
out-of-domain | doe het licht in de woonkamer uit | FB
out-of-domain | bestel een pizza | FB
out-of-domain | wat betekent het woord hoofdstad | FB
out-of-domain | hoeveel kapitaal heb ik nodig voor een bv | FB
out-of-domain | waarom zit de regering in den haag en niet in amsterdam | FB
out-of-domain | welke hoofdstad ligt het hoogst | FB
out-of-domain | welke hoofdstad heeft de meeste inwoners | FB
out-of-domain | hoe ver staat mars van de aarde | FB
out-of-domain | is pluto nog een planeet | FB
out-of-domain | zet de wekker om zeven uur | FB
out-of-domain | bel mama | FB
out-of-domain | hoeveel dollar is een euro | FB
out-of-domain | wat kost een vlucht naar lissabon | FB
out-of-domain | wie heeft de eiffeltoren gebouwd | FB
out-of-domain | hoe lang is de chinese muur | FB
out-of-domain | wat is de heetste planeet | FB
out-of-domain | welke landen grenzen aan duitsland | FB
out-of-domain | hoe gaat het volkslied van frankrijk | FB
out-of-domain | hoe zeg je hoofdstad in het engels | FB
out-of-domain | wanneer was amsterdam culturele hoofdstad van europa | FB
out-of-domain | hoe groot is groenland | FB
out-of-domain | wat eten ze in marokko | FB
out-of-domain | wat is de hoofdstad van de maan | FB
out-of-domain | hoe spel je hoofdstad | FB
out-of-domain | hoeveel mensen wonen er in tokio | FB
out-of-domain | met welke munt betaal je in polen | FB
out-of-domain | welke talen spreken ze in zwitserland eigenlijk | FB
out-of-domain | wie is de president van frankrijk op dit moment | FB
out-of-domain | hoe laat is het in sydney nu | FB
out-of-domain | gaat het morgen regenen in groningen | FB
out-of-domain | hoe lang rijd je van utrecht naar berlijn | FB
out-of-domain | welk land heeft de meeste inwoners van zuid-amerika | FB
out-of-domain | wat is de hoofdstad van saturnus | FB
out-of-domain | hoeveel ringen heeft saturnus | FB
out-of-domain | zet wat muziek van andré hazes op | FB
out-of-domain | zet een kookwekker voor twaalf minuten | FB
out-of-domain | vertel een grappig verhaaltje | FB
out-of-domain | hoeveel staat de bitcoin nu | FB
out-of-domain | schrijf je een land altijd met een hoofdletter | FB
out-of-domain | welke stad is de gokhoofdstad van de wereld | FB
out-of-domain | wat is de muziekhoofdstad van amerika | FB
out-of-domain | welk eten is typisch voor portugal | FB
out-of-domain | heb ik een paspoort nodig voor engeland | FB
out-of-domain | wat betekent het blad op de vlag van canada | FB
out-of-domain | ben jij een robot | FB
out-of-domain | hoe slim ben jij eigenlijk | FB
out-of-domain | welke week is het | FB
out-of-domain | wat is de tweede stad van belgië | FB
out-of-domain | hoe diep is het meer van genève | FB
out-of-domain | door welke landen stroomt de donau | FB
out-of-domain | wie is de premier van belgië | FB
out-of-domain | hoeveel provincies heeft nederland | FB
out-of-domain | wat kun je allemaal zien in praag | FB
out-of-domain | hoe duur is een biertje in noorwegen | FB
out-of-domain | hoeveel landen zitten er in de europese unie | FB
out-of-domain | waar staat het vredespaleis | FB
out-of-domain | wat is de stand in de eredivisie | FB
out-of-domain | zet de verwarming op twintig graden | FB
out-of-domain | zet melk op mijn boodschappenlijst | FB
out-of-domain | waar komt het woord hoofdstad vandaan | FB
out-of-domain | wat is het verschil tussen vermogen en kapitaal | FB
out-of-domain | welke hoofdstad is de kleinste van europa | FB
out-of-domain | welke hoofdstad ligt het noordelijkst | FB
out-of-domain | hoe lang duurt een dag op venus | FB
out-of-domain | hoeveel planeten heeft ons zonnestelsel | FB
out-of-domain | bel mijn broer | FB
out-of-domain | wat is de wisselkoers van het pond | FB
out-of-domain | hoe lang vlieg je naar curaçao | FB
out-of-domain | wie schilderde de nachtwacht | FB
out-of-domain | hoe hoog is de burj khalifa | FB
out-of-domain | wie schreef het wilhelmus | FB
out-of-domain | wanneer werd berlijn weer de hoofdstad van duitsland | FB
out-of-domain | hoe groot is rusland in vierkante kilometers | FB
out-of-domain | welke sport is populair in nieuw-zeeland | FB
out-of-domain | is amsterdam altijd al de hoofdstad geweest | FB
out-of-domain | wat is een hoofdstad eigenlijk | FB
"""

if __name__ == "__main__":
    build("nl", LINES, sys.argv, "tests/Eval/nl/round14/source/build_corpus.py")
