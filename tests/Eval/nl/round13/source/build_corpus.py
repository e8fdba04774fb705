"""Round 13, Dutch (nl-NL): people in the Netherlands asking an Echo, as nl-NL speech recognition writes it: children,
scholieren, pubquiz players, older people who say u, travellers, young speakers mixing in English, Brabant and Limburg
speech, and the slips recognition makes (no diaeresis, split words).
`python3 tests/Eval/nl/round13/source/build_corpus.py [--check]`; the mechanics are in source/round13_hinl_corpus.py."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round13_hinl_corpus import build  # noqa: E402

LINES = """
direct-question | welke stad is de hoofdstad van {} eigenlijk | mongolië=MN; paraguay=PY; estland=EE
direct-question | wat is nou de hoofdstad van {} | kirgizië=KG; belize=BZ; namibië=NA
direct-question | waar zit de regering van {} in welke hoofdstad | letland=LV; brunei=BN; gabon=GA
direct-question | hoe heet de hoofdstad van {} ook weer | algerije=DZ; suriname=SR; zambia=ZM
direct-question | wat is tegenwoordig de hoofdstad van {} | mauritanië=MR; ecuador=EC; liberia=LR
direct-question | welke plaats is de hoofdstad van {} | hongarije=HU; tunesië=TN; oman=OM
direct-question | wat zou de hoofdstad van {} zijn | fiji=FJ; mali=ML; de comoren=KM
direct-question | en wat is de hoofdstad van {} dan weer | de verenigde arabische emiraten=AE; liberia=LR; malta=MT
direct-question | in welke stad ligt de hoofdstad van {} | saint kitts en nevis=KN; saint vincent en de grenadines=VC; san marino=SM

polite-request | zou je me willen vertellen wat de hoofdstad van {} is | jordanië=JO; slovenië=SI; togo=TG
polite-request | mag ik de hoofdstad van {} van je weten | portugal=PT; nicaragua=NI; botswana=BW
polite-request | alexa wil je alsjeblieft de hoofdstad van {} opzoeken | denemarken=DK; senegal=SN; lesotho=LS
polite-request | kunt u mij zeggen welke stad de hoofdstad van {} is | ierland=IE; barbados=BB; angola=AO
polite-request | ik zou graag willen weten wat de hoofdstad van {} is | thailand=TH; kameroen=CM; de seychellen=SC
polite-request | alsjeblieft alexa de hoofdstad van {} | griekenland=GR; jamaica=JM; rwanda=RW

imperative | zoek de hoofdstad van {} even op | zweden=SE; libië=LY; haïti=HT
imperative | geef me de hoofdstad van {} | kroatië=HR; guatemala=GT; palau=PW
imperative | zeg de hoofdstad van {} | noorwegen=NO; syrië=SY; malawi=MW
imperative | vertel me snel de hoofdstad van {} | belgië=BE; uruguay=UY; eritrea=ER
imperative | herhaal de hoofdstad van {} nog een keer | indonesië=ID; honduras=HN; samoa=WS

do-you-know | alexa weet jij wat de hoofdstad van {} is | canada=CA; kenia=KE; vanuatu=VU
do-you-know | heb jij enig idee wat de hoofdstad van {} is | mexico=MX; tanzania=TZ; tuvalu=TV
do-you-know | weet je toevallig de hoofdstad van {} | armenië=AM; cuba=CU; de malediven=MV
do-you-know | ken je de hoofdstad van {} uit je hoofd | kazachstan=KZ; djibouti=DJ; grenada=GD

leading-filler | nou alexa wat is de hoofdstad van {} | polen=PL; bahrein=BH; sierra leone=SL
leading-filler | eh even denken wat is de hoofdstad van {} | vietnam=VN; marokko=MA; nauru=NR
leading-filler | zeg alexa de hoofdstad van {} | chili=CL; jemen=YE; gambia=GM
leading-filler | hoi alexa wat is de hoofdstad van {} | finland=FI; irak=IQ; burundi=BI
leading-filler | oké en nu de hoofdstad van {} | roemenië=RO; tsjaad=TD; tonga=TO

trailing-words | wat is de hoofdstad van {} weet jij dat | spanje=ES; qatar=QA; mauritius=MU
trailing-words | wat is de hoofdstad van {} ik weet het echt niet | bulgarije=BG; laos=LA; kiribati=KI
trailing-words | wat is de hoofdstad van {} alexa | italië=IT; iran=IR; dominica=DM
trailing-words | de hoofdstad van {} graag dankjewel | nepal=NP; soedan=SD; andorra=AD

bare-name | hoofdstad {} | turkije=TR; egypte=EG; peru=PE
bare-name | {} hoofdstad | malta=MT; litouwen=LT; cambodja=KH
bare-name | de hoofdstad van {} | singapore=SG; monaco=MC; luxemburg=LU

word-order | de hoofdstad van {} welke is dat | wit-rusland=BY; panama=PA; guinee=GN
word-order | {} wat is de hoofdstad daarvan | azerbeidzjan=AZ; ghana=GH; kaapverdië=CV
word-order | in {} welke stad is de hoofdstad | tadzjikistan=TJ; costa rica=CR; ethiopië=ET
word-order | welke is de hoofdstad van {} | argentinië=AR; oezbekistan=UZ; niger=NE

colloquial | joh wat is de hoofdstad van {} nou | rusland=RU; venezuela=VE; oeganda=UG
colloquial | hé alexa hoofdstad van {} effe | japan=JP; somalië=SO; madagaskar=MG
colloquial | wat was de hoofdstad van {} nou weer | china=CN; servië=RS; mozambique=MZ
colloquial | ff vragen de hoofdstad van {} | duitsland=DE; bangladesh=BD; micronesië=FM

want-to-know | ik wil weten wat de hoofdstad van {} is | oostenrijk=AT; libanon=LB; el salvador=SV
want-to-know | ik ben de hoofdstad van {} kwijt | slowakije=SK; guyana=GY; cyprus=CY
want-to-know | ik zat me net af te vragen wat de hoofdstad van {} is | ijsland=IS; equatoriaal-guinea=GQ; burkina faso=BF
want-to-know | ik kom niet op de hoofdstad van {} | nieuw-zeeland=NZ; moldavië=MD; papoea-nieuw-guinea=PG

homework-quiz | mijn dochter vraagt wat de hoofdstad van {} is | australië=AU; albanië=AL; trinidad en tobago=TT
homework-quiz | voor topografie morgen wat is de hoofdstad van {} | turkmenistan=TM; saint lucia=LC; guinee-bissau=GW
homework-quiz | bij twee voor twaalf vroegen ze de hoofdstad van {} | de centraal-afrikaanse republiek=CF; zuid-soedan=SS; de marshalleilanden=MH
homework-quiz | quizvraag wat is de hoofdstad van {} | bhutan=BT; de salomonseilanden=SB; oost-timor=TL
homework-quiz | voor mijn spreekbeurt heb ik de hoofdstad van {} nodig | liechtenstein=LI; koeweit=KW; sao tomé en principe=ST

code-mixing | wat is de capital van {} | filipijnen=PH; zwitserland=CH; israël=IL
code-mixing | alexa what's de hoofdstad van {} | oekraïne=UA; noord-macedonië=MK; saoedi-arabië=SA
code-mixing | {} capital city welke is het | montenegro=ME; bosnië=BA; kosovo=XK
code-mixing | hey alexa de capital of {} please | south korea=KR; north korea=KP; taiwan=TW
code-mixing | basically wil ik de hoofdstad van {} weten | colombia=CO; de bahama's=BS; antigua en barbuda=AG

child-speech | mama zegt dat ik jou moet vragen wat de hoofdstad van {} is | spanje=ES; canada=CA; kenia=KE
child-speech | alexa ik weet de hoofdstad van {} niet wil jij het zeggen | rusland=RU; japan=JP; thailand=TH
child-speech | de juf zei dat we de hoofdstad van {} moeten leren | italië=IT; egypte=EG; brazilië=BR
child-speech | alexa alexa wat is de hoofdstad van {} | frankrijk=FR; china=CN; amerika=US

elder-speech | mevrouw alexa wat is de hoofdstad van {} | nepal=NP; bhutan=BT; iran=IR
elder-speech | vroeger was de hoofdstad van {} toch anders hoe heet die nu | myanmar=MM; kazachstan=KZ; nigeria=NG
elder-speech | wilt u mij even helpen met de hoofdstad van {} | pakistan=PK; afghanistan=AF; bangladesh=BD

traveller | volgende maand gaan we naar {} wat is daar de hoofdstad | vietnam=VN; jordanië=JO; oezbekistan=UZ
traveller | we gaan op vakantie naar {} welke stad is de hoofdstad | de malediven=MV; griekenland=GR; portugal=PT
traveller | ik vlieg binnenkort naar {} hoe heet de hoofdstad | mauritius=MU; de seychellen=SC; indonesië=ID

southern-speech | wa is de hoofdstad van {} | japan=JP; china=CN; amerika=US
southern-speech | hoe hiet de hoofdstad van {} | frankrijk=FR; duitsland=DE; rusland=RU
southern-speech | zeg ens wat is de hoofdstad van {} dan | canada=CA; australië=AU; pakistan=PK

news-context | op het journaal ging het over {} wat is daar de hoofdstad | venezuela=VE; haïti=HT; soedan=SD
news-context | ik las in de krant over {} welke stad is de hoofdstad | oekraïne=UA; israël=IL; jemen=YE

follow-up | en {} dan | estland=EE; paraguay=PY; letland=LV
follow-up | nu {} nog | oman=OM; gabon=GA; suriname=SR
follow-up | volgende {} | namibië=NA; fiji=FJ; nigeria=NG
follow-up | en van {} | hongarije=HU; libië=LY; jamaica=JM
follow-up | doe {} ook even | tsjaad=TD; mali=ML; polen=PL
follow-up | hoe zit het met {} | cuba=CU; de malediven=MV; togo=TG

everyday-name | wat is de hoofdstad van {} eigenlijk | holland=NL; de vs=US; engeland=GB-ENG
everyday-name | de hoofdstad van {} welke stad is dat | amerika=US; groot-brittannië=GB; het vk=GB
everyday-name | hoe heet de hoofdstad van {} | birma=MM; tsjechië=CZ; swaziland=SZ
everyday-name | wat is de hoofdstad van {} nou | de emiraten=AE; perzië=IR; oost-timor=TL
everyday-name | vroeger heette het {} wat is daar de hoofdstad | zaïre=CD; dahomey=BJ; opper-volta=BF
everyday-name | hoofdstad van {} alsjeblieft | macedonië=MK; brittannië=GB; wit-rusland=BY

official-name | wat is officieel de hoofdstad van {} | de volksrepubliek china=CN; de verenigde staten van amerika=US; de franse republiek=FR
official-name | wat is de hoofdstad van {} | de democratische republiek congo=CD; de republiek congo=CG; de islamitische republiek iran=IR
official-name | welke stad is de hoofdstad van {} | het koninkrijk der nederlanden=NL; de verenigde republiek tanzania=TZ; het verenigd koninkrijk=GB
official-name | hoofdstad van {} graag | de republiek india=IN; de republiek noord-macedonië=MK; de democratische volksrepubliek korea=KP

spelling-variant | wat is de hoofd stad van {} | frankrijk=FR; duitsland=DE; italie=IT
spelling-variant | hoofdstad van {} wat is dat | saudi arabie=SA; kazachstan=KZ; oezbekistan=UZ
spelling-variant | wat is de hoofstad van {} | mexiko=MX; portugal=PT; argentinie=AR
spelling-variant | wat is de hooftstad van {} | zwitserland=CH; australie=AU; indonesie=ID
spelling-variant | hoofdstad van {} | filippijnen=PH; viëtnam=VN; cambodia=KH

subdivision | wat is de hoofdstad van de deelstaat {} | beieren=DE-BY; saksen=DE-SN; hessen=DE-HE
subdivision | wat is de hoofdstad van {} in duitsland | nedersaksen=DE-NI; noordrijn-westfalen=DE-NW; sleeswijk-holstein=DE-SH
subdivision | welke stad is de hoofdstad van de staat {} | texas=US-TX; californië=US-CA; florida=US-FL
subdivision | wat is de hoofdstad van {} in amerika | new york=US-NY; illinois=US-IL; ohio=US-OH
subdivision | hoofdstad van de amerikaanse staat {} | michigan=US-MI; arizona=US-AZ; hawaï=US-HI
subdivision | wat is de hoofdstad van de canadese provincie {} | quebec=CA-QC; ontario=CA-ON; brits-columbia=CA-BC
subdivision | wat is de hoofdstad van {} in australië | tasmanië=AU-TAS; west-australië=AU-WA; queensland=AU-QLD
subdivision | welke stad is de hoofdstad van {} in india | kerala=IN-KL; rajasthan=IN-RJ; bihar=IN-BR
subdivision | wat is de hoofdstad van de mexicaanse staat {} | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | hoofdstad van de braziliaanse deelstaat {} | bahia=BR-BA; minas gerais=BR-MG; rio grande do sul=BR-RS
subdivision | wat is de hoofdstad van {} in het verenigd koninkrijk | schotland=GB-SCT; wales=GB-WLS; noord-ierland=GB-NIR
subdivision | wat is de hoofdstad van het duitse {} | thüringen=DE-TH; baden-württemberg=DE-BW; brandenburg=DE-BB
subdivision | wat is de hoofdstad van de provincie {} in canada | manitoba=CA-MB; nova scotia=CA-NS; alberta=CA-AB

territory | wat is de hoofdstad van {} eigenlijk en hoort het bij denemarken | groenland=GL; de faeröer=FO
territory | wat is de hoofdplaats van {} | bonaire=BQ; curaçao=CW; aruba=AW
territory | en {} welke stad is daar de hoofdstad | bermuda=BM; guadeloupe=GP; frans-guyana=GF
territory | wat is de hoofdstad van het eiland {} | réunion=RE; guam=GU; man=IM
territory | de hoofdstad van {} hoe heet die | puerto rico=PR; martinique=MQ; nieuw-caledonië=NC
territory | wat is de hoofdstad van {} in de atlantische oceaan | de falklandeilanden=FK; sint-helena=SH
territory | wat is de hoofdstad van vaticaanstad | VA
territory | heeft hongkong eigenlijk een hoofdstad | HK
territory | wat is de hoofdstad van de westelijke sahara | EH

plural-capitals | wat zijn de drie hoofdsteden van {} | zuid-afrika=ZA
plural-capitals | welke twee hoofdsteden heeft {} | bolivia=BO; maleisië=MY; sri lanka=LK
plural-capitals | noem de hoofdsteden van {} | nederland=NL; benin=BJ; ivoorkust=CI
plural-capitals | hoeveel hoofdsteden heeft {} eigenlijk | palestina=PS; eswatini=SZ; jammu en kasjmir=IN-JK
plural-capitals | ik hoorde dat {} twee hoofdsteden heeft welke zijn dat | uttarakhand=IN-UK; de ivoorkust=CI; bolivia eigenlijk=BO
plural-capitals | wat zijn alle hoofdsteden van {} | holland=NL; montserrat=MS; zuid afrika=ZA
plural-capitals | heeft {} meer dan één hoofdstad | sri lanka eigenlijk=LK; maleisië nou=MY; de palestijnse gebieden=PS
plural-capitals | welke hoofdsteden heeft {} allemaal | benin in afrika=BJ; swaziland=SZ
plural-capitals | amsterdam en den haag zijn dat allebei hoofdsteden van nederland | NL

shared-name | welke stad is de hoofdstad van {} dan | korea=KP+KR; congo=CD+CG; de maagdeneilanden=VG+VI
shared-name | wat zijn de hoofdsteden van de twee {} | korea's=KP+KR; congo's=CD+CG
shared-name | wat is de hoofdstad van de amerikaanse staat georgia | US-GA
shared-name | wat is de hoofdstad van het land georgië in de kaukasus | GE
shared-name | wat is de hoofdstad van georgia | GE+US-GA
shared-name | hoofdstad van de britse maagdeneilanden | VG
shared-name | wat is de hoofdstad van de amerikaanse maagdeneilanden | VI
shared-name | wat zijn de hoofdsteden van dominica en de dominicaanse republiek | DM+DO

yes-no-check | is sydney de hoofdstad van australië | AU
yes-no-check | istanbul is toch de hoofdstad van turkije | TR
yes-no-check | is rio de janeiro nog steeds de hoofdstad van brazilië | BR
yes-no-check | klopt het dat karachi de hoofdstad van pakistan is | PK
yes-no-check | new york is de hoofdstad van amerika of niet | US
yes-no-check | is toronto de hoofdstad van canada | CA
yes-no-check | is zürich de hoofdstad van zwitserland | CH
yes-no-check | is antwerpen de hoofdstad van belgië | BE
yes-no-check | is shanghai de hoofdstad van china | CN
yes-no-check | almaty is toch de hoofdstad van kazachstan | KZ
yes-no-check | is yangon nog de hoofdstad van myanmar | MM
yes-no-check | is taipei de hoofdstad van taiwan | TW
yes-no-check | is münchen de hoofdstad van beieren | DE-BY

self-correction | wat is de hoofdstad van duitsland nee frankrijk | FR
self-correction | zweden ik bedoel zwitserland wat is de hoofdstad | CH
self-correction | de hoofdstad van iran sorry irak | IQ
self-correction | wat is de hoofdstad van niger oh nee nigeria | NG
self-correction | hoofdstad van slowakije nee wacht slovenië | SI
self-correction | wat is de hoofdstad van peru eh paraguay bedoel ik | PY
self-correction | guinee nee guinee-bissau wat is daar de hoofdstad | GW
self-correction | niet mali maar malawi wat is de hoofdstad | MW
self-correction | letland verkeerd gezegd litouwen de hoofdstad | LT
self-correction | de hoofdstad van australië wacht even nieuw-zeeland | NZ
self-correction | zambia nee zimbabwe welke hoofdstad hebben die | ZW

reverse-question | van welk land is kathmandu de hoofdstad | CITY:kathmandu
reverse-question | nairobi is de hoofdstad van welk land | CITY:nairobi
reverse-question | waar is bagdad de hoofdstad van | CITY:bagdad
reverse-question | lima is de hoofdstad van | CITY:lima
reverse-question | ankara hoort bij welk land als hoofdstad | CITY:ankara
reverse-question | welk land heeft harare als hoofdstad | CITY:harare
reverse-question | dhaka is de hoofdstad van welk land eigenlijk | CITY:dhaka
reverse-question | in welk land is kingston de hoofdstad | CITY:kingston
reverse-question | welk land heeft oslo als hoofdstad | CITY:oslo
reverse-question | waarvan is maputo de hoofdstad | CITY:maputo
reverse-question | astana is de hoofdstad van welk land | CITY:astana
reverse-question | van welk land is paramaribo de hoofdstad | CITY:paramaribo
reverse-question | welk land hoort bij de hoofdstad vilnius | CITY:vilnius
reverse-question | bij welk land hoort de hoofdstad canberra | CITY:canberra

help | wat kan ik allemaal vragen | HELP
help | hoe werkt deze skill eigenlijk | HELP
help | leg eens uit hoe dit werkt | HELP
help | help me eens alexa | HELP
help | ik snap niet wat ik moet zeggen | HELP
help | welke vragen kan ik stellen | HELP
help | kun je me helpen met deze skill | HELP
help | wat zijn de regels | HELP
help | ik heb hulp nodig bij de hoofdsteden | HELP
help | alexa wat moet ik hier doen | HELP
help | hoe gebruik ik hoofdsteden van de wereld | HELP
help | uitleg graag | HELP
help | ik weet niet hoe het werkt kun je me helpen | HELP
help | geef eens een voorbeeld van een vraag | HELP
help | wat kun jij allemaal met hoofdsteden | HELP

stop | hou maar op alexa | STOP
stop | zet maar uit | STOP
stop | stil alexa | STOP
stop | stop er maar mee | STOP
stop | genoeg geweest | STOP
stop | alexa stop met de hoofdsteden | STOP
stop | ik wil niet meer spelen stoppen | STOP
stop | afsluiten | STOP
stop | doei alexa | STOP
stop | oké dat was het wel stop maar | STOP
stop | ophouden nu | STOP
stop | ik ben er klaar mee | STOP
stop | kappen nu alexa | STOP
stop | het is mooi geweest stop | STOP
stop | zo genoeg hoofdsteden voor vandaag | STOP

cancel | annuleer maar | CANCEL
cancel | laat maar zitten | CANCEL
cancel | nee hoeft niet meer | CANCEL
cancel | annuleren alsjeblieft | CANCEL
cancel | laat maar ik vraag het later | CANCEL
cancel | die vraag annuleren | CANCEL
cancel | vergeet het maar | CANCEL
cancel | nee nee laat maar | CANCEL
cancel | oeps verkeerd annuleer | CANCEL
cancel | alexa annuleer dat | CANCEL
cancel | nee laat die vraag maar | CANCEL
cancel | doe maar niet | CANCEL
cancel | ach laat ook maar | CANCEL
cancel | laat dat laatste maar zitten | CANCEL

launch | open hoofdsteden van de wereld | LAUNCH
launch | alexa start hoofdsteden van de wereld | LAUNCH
launch | hoofdsteden van de wereld openen | LAUNCH
launch | alexa speel hoofdsteden van de wereld | LAUNCH
launch | begin met hoofdsteden van de wereld | LAUNCH
launch | alexa vraag aan hoofdsteden van de wereld | LAUNCH
launch | alexa open de hoofdsteden quiz van de wereld | LAUNCH
launch | alexa maak hoofdsteden van de wereld open | LAUNCH
launch | alexa ik wil hoofdsteden van de wereld spelen | LAUNCH
launch | start de skill hoofdsteden van de wereld | LAUNCH
launch | hoofdsteden van de wereld aan | LAUNCH
launch | alexa laten we hoofdsteden van de wereld doen | LAUNCH

out-of-domain | hoeveel inwoners heeft nederland | FB
out-of-domain | welke munt gebruiken ze in japan | FB
out-of-domain | welke taal spreken ze in brazilië | FB
out-of-domain | wat is het nationale dier van schotland | FB
out-of-domain | wie is de president van frankrijk | FB
out-of-domain | hoe laat is het nu in new york | FB
out-of-domain | wat voor weer wordt het morgen in utrecht | FB
out-of-domain | hoe ver is het van amsterdam naar parijs | FB
out-of-domain | wat is het grootste land ter wereld | FB
out-of-domain | wat is het kleinste land van europa | FB
out-of-domain | wat is de hoofdstad van mars | FB
out-of-domain | welke planeet staat het dichtst bij de zon | FB
out-of-domain | hoeveel continenten zijn er | FB
out-of-domain | speel wat muziek van de radio | FB
out-of-domain | zet een wekker om zeven uur | FB
out-of-domain | vertel een mop | FB
out-of-domain | hoe staat de aex vandaag | FB
out-of-domain | wanneer schrijf je een woord met een hoofdletter | FB
out-of-domain | wat is de culinaire hoofdstad van italië | FB
out-of-domain | welke stad noemen ze de fietshoofdstad van de wereld | FB
out-of-domain | wat is de hoofdstad van de mode | FB
out-of-domain | wat is het nationale gerecht van spanje | FB
out-of-domain | heb ik een visum nodig voor turkije | FB
out-of-domain | hoe ziet de vlag van ierland eruit | FB
out-of-domain | hoe heet jij eigenlijk | FB
out-of-domain | hoe oud ben jij alexa | FB
out-of-domain | welke dag is het vandaag | FB
out-of-domain | wat is de koudste stad van canada | FB
out-of-domain | hoe hoog is de zugspitze | FB
out-of-domain | waar ontspringt de rijn | FB
out-of-domain | wie is de premier van nederland | FB
out-of-domain | wie is de burgemeester van rotterdam | FB
out-of-domain | wat kan ik doen in lissabon | FB
out-of-domain | wat kost een liter benzine in duitsland | FB
out-of-domain | hoeveel landen zijn er op de wereld | FB
out-of-domain | waar zit het hoofdkantoor van de verenigde naties | FB
out-of-domain | wat is de uitslag van ajax | FB
out-of-domain | doe het licht in de woonkamer uit | FB
out-of-domain | bestel een pizza voor mij | FB
out-of-domain | hoe zeg je hoofdstad in het engels | FB
out-of-domain | waar komt het woord hoofdstad vandaan | FB
out-of-domain | wat is eigen vermogen en wat is kapitaal | FB
out-of-domain | hoeveel belasting betaal je over vermogen in box drie | FB
out-of-domain | sinds wanneer is amsterdam de hoofdstad van nederland | FB
out-of-domain | waarom zit de regering in den haag en niet in amsterdam | FB
out-of-domain | wie was de eerste mens op de maan | FB
out-of-domain | hoeveel manen heeft jupiter | FB
out-of-domain | lees mijn horoscoop voor | FB
out-of-domain | hoe snel rijdt de shinkansen | FB
out-of-domain | hoe vies is de lucht vandaag in de hoofdstad | FB
out-of-domain | hoe vaak heeft brazilië het wk gewonnen | FB
out-of-domain | in welke taal is het volkslied van sri lanka | FB
out-of-domain | waarom gaat de zon in noorwegen in de zomer niet onder | FB
out-of-domain | hoeveel kangoeroes leven er in australië | FB
out-of-domain | wat kost studeren in duitsland | FB
out-of-domain | hoe groot is de planeet saturnus | FB
out-of-domain | waarom is pluto geen planeet meer | FB
out-of-domain | door hoeveel landen stroomt de amazone | FB
out-of-domain | welke hoofdstad heeft de meeste inwoners | FB
out-of-domain | welke hoofdstad ligt het noordelijkst | FB
out-of-domain | wie maakte berlijn weer de hoofdstad van duitsland | FB
out-of-domain | bel mijn moeder | FB
out-of-domain | in hoeveel landen betaal je met de euro | FB
out-of-domain | hoe lang is de grens tussen nederland en duitsland | FB
out-of-domain | hoe kom ik aan startkapitaal voor mijn bedrijf | FB
"""

if __name__ == "__main__":
    build("nl", LINES, sys.argv, "tests/Eval/nl/round13/source/build_corpus.py")
