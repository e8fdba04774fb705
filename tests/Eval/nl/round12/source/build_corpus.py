"""Round 12, Dutch (nl-NL): people from the Netherlands and Flanders, young and old, asking an Echo as ASR writes it.
`python3 tests/Eval/nl/round12/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build  # noqa: E402

LINES = """
direct-question | wat is eigenlijk de hoofdstad van {} | frankrijk=FR; peru=PE; kenia=KE
direct-question | welke stad is de hoofdstad van {} | japan=JP; mongolië=MN; irak=IQ
direct-question | hoe heet de hoofdstad van {} ook weer | noorwegen=NO; colombia=CO; ghana=GH
direct-question | wat is tegenwoordig de hoofdstad van {} | tadzjikistan=TJ; liberia=LR; honduras=HN
direct-question | waar ligt de hoofdstad van {} | bahrein=BH; estland=EE; malta=MT
direct-question | welke plaats is de hoofdstad van {} | guatemala=GT; namibië=NA; kirgizië=KG
direct-question | wat voor stad is de hoofdstad van {} | ethiopië=ET; cuba=CU; laos=LA
direct-question | wie weet de hoofdstad van {} | argentinië=AR; zimbabwe=ZW; hongarije=HU

polite-request | zou u mij de hoofdstad van {} kunnen noemen | polen=PL; oman=OM; mali=ML
polite-request | wil je me alsjeblieft vertellen wat de hoofdstad van {} is | portugal=PT; brunei=BN; gabon=GA
polite-request | mag ik u vragen wat de hoofdstad van {} is | chili=CL; jamaica=JM; tuvalu=TV
polite-request | graag de hoofdstad van {} | roemenië=RO; angola=AO; suriname=SR
polite-request | zou je zo vriendelijk willen zijn de hoofdstad van {} te zeggen | uruguay=UY; madagaskar=MG; zambia=ZM
polite-request | alexa wees eens lief en zeg de hoofdstad van {} | albanië=AL; mauritanië=MR; guatemala=GT

imperative | geef me de hoofdstad van {} | thailand=TH; somalië=SO; botswana=BW
imperative | zoek eens op wat de hoofdstad van {} is | andorra=AD; guyana=GY; micronesië=FM
imperative | noem de hoofdstad van {} maar | bosnië en herzegovina=BA; soedan=SD; haïti=HT
imperative | vertel me welke stad de hoofdstad van {} is | kameroen=CM; togo=TG; palau=PW
imperative | zeg mij de hoofdstad van {} | nicaragua=NI; wit-rusland=BY; rwanda=RW
imperative | check even de hoofdstad van {} | vietnam=VN; mozambique=MZ; lesotho=LS

do-you-know | weet jij wat de hoofdstad van {} is | denemarken=DK; senegal=SN; fiji=FJ
do-you-know | weet u toevallig de hoofdstad van {} | kroatië=HR; jordanië=JO; burundi=BI
do-you-know | ken jij de hoofdstad van {} | ecuador=EC; de malediven=MV; nauru=NR
do-you-know | heb je enig idee wat de hoofdstad van {} is | griekenland=GR; libië=LY; qatar=QA
do-you-know | weet ge wat de hoofdstad van {} is | iran=IR; tsjaad=TD

leading-filler | ja alexa wat is de hoofdstad van {} | zweden=SE; kaapverdië=CV; tanzania=TZ
leading-filler | hé alexa even iets anders de hoofdstad van {} | finland=FI; saoedi-arabië=SA; letland=LV
leading-filler | nou vertel eens wat is de hoofdstad van {} | egypte=EG; panama=PA; belize=BZ
leading-filler | oké en dan wat is de hoofdstad van {} | oostenrijk=AT; jemen=YE; malawi=MW
leading-filler | alexa zeg eh wat is de hoofdstad van {} | oezbekistan=UZ; tunesië=TN; tonga=TO
leading-filler | goedemorgen alexa wat is de hoofdstad van {} | litouwen=LT; sierra leone=SL; dominica=DM

trailing-words | wat is de hoofdstad van {} dan | spanje=ES; koeweit=KW; barbados=BB
trailing-words | wat is de hoofdstad van {} weet je dat | nigeria=NG; armenië=AM; hongarije=HU
trailing-words | wat is de hoofdstad van {} alexa | pakistan=PK; grenada=GD; italië=IT
trailing-words | hoe heet de hoofdstad van {} eigenlijk precies | syrië=SY; kiribati=KI; cambodja=KH
trailing-words | wat is de hoofdstad van {} als je het weet | azerbeidzjan=AZ; bhutan=BT; myanmar=MM

bare-name | hoofdstad {} | china=CN; monaco=MC; slowakije=SK
bare-name | {} hoofdstad | oekraïne=UA; oost-timor=TL; israël=IL
bare-name | {} de hoofdstad graag | moldavië=MD; zwitserland=CH; angola=AO

word-order | {} wat is daar de hoofdstad van | servië=RS; eritrea=ER; afghanistan=AF
word-order | de hoofdstad van {} welke is dat | paraguay=PY; vanuatu=VU; marokko=MA
word-order | in {} welke stad is daar de hoofdstad | libanon=LB; djibouti=DJ; kazachstan=KZ
word-order | van {} de hoofdstad hoe heet die | bulgarije=BG; guinee-bissau=GW; singapore=SG
word-order | {} en de hoofdstad daarvan is | mauritius=MU; venezuela=VE; irak=IQ

colloquial | yo alexa wat is de hoofdstad van {} | brazilië=BR; algerije=DZ; ierland=IE
colloquial | zeg maat hoofdstad van {} | montenegro=ME; nepal=NP; bangladesh=BD
colloquial | allez wa is de hoofdstad van {} | turkmenistan=TM; luxemburg=LU; san marino=SM
colloquial | effe snel de hoofdstad van {} | rusland=RU; canada=CA; indonesië=ID
colloquial | joh wat was de hoofdstad van {} nou | samoa=WS; de salomonseilanden=SB; guinee=GN
colloquial | zeg eens efkes de hoofdstad van {} | belgië=BE; nederland=NL; india=IN

want-to-know | ik wil graag weten wat de hoofdstad van {} is | ijsland=IS; cyprus=CY; niger=NE
want-to-know | ik ben de hoofdstad van {} vergeten | slovenië=SI; papoea-nieuw-guinea=PG; el salvador=SV
want-to-know | ik kan niet op de hoofdstad van {} komen | costa rica=CR; oeganda=UG; liechtenstein=LI
want-to-know | ik vroeg me af wat de hoofdstad van {} is | de marshalleilanden=MH; de bahama's=BS; de seychellen=SC
want-to-know | het ligt op het puntje van mijn tong de hoofdstad van {} | saint lucia=LC; de comoren=KM; equatoriaal-guinea=GQ
want-to-know | ik zit al de hele tijd te denken wat is de hoofdstad van {} | trinidad en tobago=TT; eswatini=SZ; somalië=SO

homework-quiz | voor mijn topo toets wat is de hoofdstad van {} | australië=AU; georgië=GE; duitsland=DE
homework-quiz | quizvraag wat is de hoofdstad van {} | benin=BJ; saint kitts en nevis=KN; nieuw-zeeland=NZ
homework-quiz | mijn dochter moet de hoofdstad van {} leren welke is het | zuid-soedan=SS; de centraal-afrikaanse republiek=CF; burkina faso=BF
homework-quiz | voor de pubquiz vanavond de hoofdstad van {} | antigua en barbuda=AG; sao tomé en principe=ST; saint vincent en de grenadines=VC
homework-quiz | de juf vroeg de hoofdstad van {} wat is dat | noord-macedonië=MK; gambia=GM; mexico=MX
homework-quiz | bij aardrijkskunde moeten we de hoofdstad van {} weten | ivoorkust=CI; de dominicaanse republiek=DO; de filipijnen=PH

follow-up | en {} | denemarken=DK; soedan=SD; turkije=TR
follow-up | en die van {} | zweden=SE; panama=PA; rusland=RU
follow-up | oké en van {} | finland=FI; malawi=MW; grenada=GD
follow-up | en {} dan | tanzania=TZ; honduras=HN; nepal=NP
follow-up | dan nog {} | laos=LA; ghana=GH; peru=PE
follow-up | en wat is het bij {} | japan=JP; iran=IR
follow-up | dezelfde vraag voor {} | vietnam=VN; zuid-korea=KR

everyday-name | wat is de hoofdstad van {} | holland=NL; amerika=US; birma=MM
everyday-name | hoe heet de hoofdstad van {} | engeland=GB-ENG; groot-brittannië=GB; wit-rusland=BY
everyday-name | hoofdstad van {} graag | de vs=US; swaziland=SZ; perzië=IR
everyday-name | wat is de hoofdstad van {} eigenlijk | tsjechië=CZ; de emiraten=AE; ceylon=LK
everyday-name | de hoofdstad van {} zeg eens | siam=TH; zaïre=CD; macedonië=MK
everyday-name | welke stad is de hoofdstad van {} nou | het vk=GB; saoedi=SA; brittannië=GB
everyday-name | wat is de hoofdstad van het land {} | holland=NL; amerika=US

official-name | wat is de hoofdstad van {} precies | de verenigde staten van amerika=US; de russische federatie=RU; de volksrepubliek china=CN
official-name | hoe heet de hoofdstad van {} officieel | het verenigd koninkrijk=GB; de bondsrepubliek duitsland=DE; het koninkrijk belgië=BE
official-name | welke stad is officieel de hoofdstad van {} | de franse republiek=FR; de islamitische republiek pakistan=PK; de republiek korea=KR
official-name | noem de hoofdstad van {} | het koninkrijk spanje=ES; de helleense republiek=GR; de republiek turkije=TR
official-name | zeg me de hoofdstad van {} | het koninkrijk noorwegen=NO; de democratische volksrepubliek korea=KP; de zwitserse bondsstaat=CH

spelling-variant | wat is de hoofdstad van {} nou eigenlijk | italie=IT; tsjechie=CZ; oekraine=UA
spelling-variant | hoofdstad van {} | maleisie=MY; belgie=BE; argentinie=AR
spelling-variant | hoe heet de hoofdstad van {} dan | kazakstan=KZ; azerbeidjan=AZ; tadjikistan=TJ
spelling-variant | zeg eens wat de hoofdstad van {} is | kirgistan=KG; oezbekistan=UZ; turkmenistan=TM
spelling-variant | welke stad is de hoofdstad van {} ook alweer | saudi-arabie=SA; colombie=CO; ethiopie=ET
spelling-variant | de hoofdstad van {} wat is dat | filipijnen=PH; maledieven=MV; seychellen=SC

subdivision | wat is de hoofdstad van de amerikaanse staat {} | texas=US-TX; californië=US-CA; new york=US-NY
subdivision | hoofdstad van {} in amerika | florida=US-FL; washington staat=US-WA; alaska=US-AK
subdivision | welke stad is de hoofdstad van de staat {} | nevada=US-NV; ohio=US-OH; hawaï=US-HI
subdivision | wat is de hoofdstad van de canadese provincie {} | ontario=CA-ON; brits-columbia=CA-BC; alberta=CA-AB
subdivision | wat is de hoofdstad van {} in australië | nieuw-zuid-wales=AU-NSW; queensland=AU-QLD; victoria=AU-VIC
subdivision | wat is de hoofdstad van {} in het vk | schotland=GB-SCT; wales=GB-WLS; noord-ierland=GB-NIR
subdivision | wat is de hoofdstad van de duitse deelstaat {} | beieren=DE-BY; saksen=DE-SN; hessen=DE-HE
subdivision | hoofdstad van de deelstaat {} | noordrijn-westfalen=DE-NW; nedersaksen=DE-NI; rijnland-palts=DE-RP
subdivision | wat is de hoofdstad van de indiase staat {} | kerala=IN-KL; goa=IN-GA; punjab=IN-PB
subdivision | wat is de hoofdstad van de braziliaanse staat {} | bahia=BR-BA; amazonas=BR-AM; são paulo=BR-SP
subdivision | wat is de hoofdstad van de mexicaanse deelstaat {} | jalisco=MX-JAL; yucatán=MX-YUC; chiapas=MX-CHP
subdivision | welke stad is de hoofdstad van {} in canada | quebec=CA-QC; nova scotia=CA-NS; manitoba=CA-MB
subdivision | hoofdstad van de staat {} in de vs | georgia=US-GA; virginia=US-VA; oregon=US-OR

territory | wat is de hoofdstad van {} eigenlijk alexa | aruba=AW; curaçao=CW; groenland=GL
territory | hoe heet de hoofdstad van {} eigenlijk | puerto rico=PR; guam=GU; bermuda=BM
territory | welke stad is de hoofdstad van {} tegenwoordig | taiwan=TW; kosovo=XK; de westelijke sahara=EH
territory | wat is de hoofdplaats van {} | bonaire=BQ; sint maarten=SX; de faeröer=FO
territory | de hoofdstad van {} graag | hongkong=HK; gibraltar=GI; nieuw-caledonië=NC
territory | hoofdstad van {} alsjeblieft | frans-polynesië=PF; de kaaimaneilanden=KY; het vaticaan=VA
territory | wat is de hoofdstad van de falklandeilanden | FK
territory | wat is de hoofdstad van het eiland man | IM

plural-capitals | welke hoofdsteden heeft {} | zuid-afrika=ZA; bolivia=BO; maleisië=MY
plural-capitals | wat zijn de twee hoofdsteden van {} | benin=BJ; sri lanka=LK; ivoorkust=CI
plural-capitals | hoeveel hoofdsteden heeft {} en welke | eswatini=SZ; palestina=PS; nederland=NL
plural-capitals | noem alle hoofdsteden van {} | zuid-afrika=ZA; bolivia=BO; sri lanka=LK
plural-capitals | {} heeft toch meerdere hoofdsteden welke zijn dat | maleisië=MY; benin=BJ; nederland=NL
plural-capitals | wat zijn de hoofdsteden van {} | ivoorkust=CI; swaziland=SZ; palestina=PS
plural-capitals | wat zijn de hoofdsteden van jammu en kasjmir | IN-JK
plural-capitals | welke twee hoofdsteden heeft uttarakhand | IN-UK
plural-capitals | wat zijn de hoofdsteden van montserrat | MS
plural-capitals | ivoorkust heeft twee hoofdsteden toch hoe heten die | CI
plural-capitals | welke steden zijn allemaal hoofdstad van zuid-afrika | ZA
plural-capitals | waarom heeft bolivia twee hoofdsteden en welke zijn het | BO
plural-capitals | de hoofdsteden van maleisië wat zijn die | MY

shared-name | wat is toch de hoofdstad van {} | korea=KP+KR; congo=CD+CG; de maagdeneilanden=VG+VI
shared-name | wat zijn de hoofdsteden van {} allebei | beide korea's=KP+KR; de twee congo's=CD+CG
shared-name | hoe heet de hoofdstad van {} nou | noord-korea=KP; de britse maagdeneilanden=VG; de amerikaanse maagdeneilanden=VI
shared-name | wat is de hoofdstad van georgië het land in de kaukasus | GE
shared-name | wat is de hoofdstad van de amerikaanse staat georgia | US-GA
shared-name | hoofdstad van dominica en de dominicaanse republiek | DM+DO
shared-name | wat is de hoofdstad van congo-kinshasa | CD

yes-no-check | is {} | amsterdam de hoofdstad van nederland=NL; antwerpen de hoofdstad van belgië=BE; sydney de hoofdstad van australië=AU
yes-no-check | klopt het dat {} | genève de hoofdstad van zwitserland is=CH; istanboel de hoofdstad van turkije is=TR; rio de hoofdstad van brazilië is=BR
yes-no-check | {} toch | toronto is de hoofdstad van canada=CA; new york is de hoofdstad van amerika=US; lagos is de hoofdstad van nigeria=NG
yes-no-check | is het waar dat {} | den haag de hoofdstad is=NL; karachi de hoofdstad van pakistan is=PK; bonn nog de hoofdstad van duitsland is=DE
yes-no-check | was almaty niet de hoofdstad van kazachstan | KZ

self-correction | wat is de hoofdstad van {} nou | oostenrijk nee australië=AU; zweden sorry zwitserland=CH; irak nee ik bedoel iran=IR
self-correction | hoe heet de hoofdstad van {} ook alweer | niger nee nigeria=NG; guinee o nee ghana=GH; slovenië wacht slowakije=SK
self-correction | hoofdstad van {} graag dan | paraguay nee uruguay=UY; letland eh litouwen=LT; mali nee malawi=MW
self-correction | wat is de hoofdstad van chili nee ik zei china | CN
self-correction | colombia nee cambodja bedoel ik wat is de hoofdstad | KH

reverse-question | van welk land is {} de hoofdstad | kaboel=CITY:kabul; nairobi=CITY:nairobi; lima=CITY:lima
reverse-question | {} is de hoofdstad van welk land | oslo=CITY:oslo; hanoi=CITY:hanoi; canberra=CITY:canberra
reverse-question | waar is {} de hoofdstad van | victoria=CITY:victoria; ottawa=CITY:ottawa; dublin=CITY:dublin
reverse-question | welk land heeft {} als hoofdstad | doha=CITY:doha; bakoe=CITY:bakoe; wellington=CITY:wellington
reverse-question | van welke staat is sacramento de hoofdstad | CITY:sacramento
reverse-question | in welk land ligt de hoofdstad nairobi | CITY:nairobi
reverse-question | welk land hoort bij de hoofdstad ulaanbaatar | CITY:ulaanbaatar
reverse-question | wellington is toch hoofdstad van welk land | CITY:wellington
reverse-question | van welk land is reykjavik de hoofdstad | CITY:reykjavik

out-of-domain | moet ik het minimumkapitaal storten bij een bv | FB
out-of-domain | hoeveel startkapitaal heb ik nodig voor een bv | FB
out-of-domain | wat betekent werkkapitaal in de boekhouding | FB
out-of-domain | wanneer gebruik je een hoofdletter | FB
out-of-domain | wie schreef het kapitaal | FB
out-of-domain | hoe laat gaat de zon onder in maastricht | FB
out-of-domain | wat voor weer wordt het morgen in utrecht | FB
out-of-domain | gaat het vandaag regenen in gent | FB
out-of-domain | zet de verwarming op twintig graden | FB
out-of-domain | doe het licht in de woonkamer uit | FB
out-of-domain | speel de hitlijst van qmusic af | FB
out-of-domain | zet een timer van vijf minuten voor de eieren | FB
out-of-domain | wie is de koning van belgië | FB
out-of-domain | hoeveel inwoners heeft duitsland | FB
out-of-domain | welke taal spreken ze in brazilië | FB
out-of-domain | wat is de munteenheid van zweden | FB
out-of-domain | wat is het grootste land van afrika | FB
out-of-domain | hoe hoog is de mont blanc | FB
out-of-domain | vertel een grap over nederlanders | FB
out-of-domain | voeg hagelslag toe aan het boodschappenlijstje | FB
out-of-domain | hoe speelde ajax gisteren | FB
out-of-domain | waarom is amsterdam de hoofdstad en niet den haag | FB
out-of-domain | sinds wanneer is brussel de hoofdstad van europa | FB
out-of-domain | welke hoofdstad ligt het hoogst van de wereld | FB
out-of-domain | wat is de koudste hoofdstad ter wereld | FB
out-of-domain | wat kan ik allemaal doen in lissabon | FB
out-of-domain | hoe ver is het van amsterdam naar parijs | FB
out-of-domain | hoeveel is honderd dollar in euro | FB
out-of-domain | wat zijn de files op de a twaalf richting utrecht | FB
out-of-domain | wie heeft de tour de france gewonnen | FB
out-of-domain | wanneer is het koningsdag | FB
out-of-domain | hoe maak ik stamppot boerenkool | FB
out-of-domain | hoe oud is het koningshuis van oranje eigenlijk | FB
out-of-domain | wat is de hoofdstad van de mode volgens vogue | FB
out-of-domain | welke stad is de culturele hoofdstad van europa dit jaar | FB
out-of-domain | hoeveel provincies heeft nederland | FB
out-of-domain | wie is de burgemeester van rotterdam | FB
out-of-domain | laat de robotstofzuiger de keuken doen | FB
out-of-domain | lees een verhaaltje voor het slapengaan voor | FB
out-of-domain | is de trein naar den haag centraal op tijd | FB
out-of-domain | wat betekent risicokapitaal | FB
out-of-domain | wanneer gaat de supermarkt dicht | FB
out-of-domain | hoeveel kilometer is de afsluitdijk | FB
out-of-domain | wat is de hoofdstad van de gezelligheid | FB
out-of-domain | welke hoofdsteden liggen aan zee | FB
out-of-domain | zet een wekker om half zeven | FB
out-of-domain | wat is durfkapitaal precies | FB
out-of-domain | welke rivier stroomt door boedapest | FB
out-of-domain | hoeveel inwoners heeft de hoofdstad van japan | FB
out-of-domain | wat zijn goede restaurants in antwerpen | FB
out-of-domain | speel muziek van andré hazes | FB
out-of-domain | hoeveel rente krijg ik over mijn spaarkapitaal | FB
out-of-domain | hoe schrijf je hoofdstad met een hoofdletter of niet | FB
out-of-domain | welke hoofdstad heeft de oudste universiteit | FB
out-of-domain | in welk jaar werd ottawa gekozen als hoofdstad | FB
out-of-domain | is het druk op de ring van antwerpen | FB
out-of-domain | wat staat er vanavond op npo een | FB
out-of-domain | hoeveel kost een treinkaartje naar brussel | FB
out-of-domain | zet de gordijnen in de slaapkamer dicht | FB
out-of-domain | wie won het songfestival vorig jaar | FB
out-of-domain | welke landen grenzen aan oostenrijk | FB
out-of-domain | wat is de beste tijd om naar portugal te gaan | FB
out-of-domain | leg uit wat een hoofdstedelijke regio is | FB
out-of-domain | hoe heet de president van frankrijk | FB
out-of-domain | wat was de hoofdstad van het romeinse rijk | FB
out-of-domain | hoeveel kapitaal heeft de rabobank in kas | FB

help | hoe werkt dit precies | HELP
help | wat kan ik je allemaal vragen | HELP
help | ik snap het niet help me even | HELP
help | geef eens een voorbeeld van een vraag | HELP
help | wat moet ik doen bij deze skill | HELP
help | leg uit hoe het werkt | HELP
help | hulp alstublieft | HELP
help | help ik weet niet wat ik moet zeggen | HELP
help | wat zijn de mogelijkheden | HELP
help | kun je me uitleggen wat je kunt | HELP
help | ik heb hulp nodig met dit spel | HELP
help | hoe gebruik ik de hoofdsteden skill | HELP

stop | stop er maar mee | STOP
stop | hou maar op alexa | STOP
stop | ik wil stoppen | STOP
stop | het is genoeg geweest | STOP
stop | sluit af | STOP
stop | afsluiten alsjeblieft | STOP
stop | klaar ermee | STOP
stop | tot de volgende keer alexa | STOP
stop | ik ben er klaar mee stop | STOP
stop | laat maar zitten ik stop | STOP
stop | basta | STOP
stop | we stoppen ermee | STOP
stop | oké dat was het voor vandaag | STOP
stop | zo nu is het welletjes | STOP
stop | alexa ga maar slapen | STOP
stop | uitzetten die hoofdsteden | STOP
stop | ik heb geen zin meer stop maar | STOP

cancel | annuleer dat | CANCEL
cancel | annuleer alsjeblieft | CANCEL
cancel | nee laat maar annuleren | CANCEL
cancel | vergeet die vraag maar | CANCEL
cancel | dat was niet de bedoeling annuleer | CANCEL
cancel | doe maar niet | CANCEL
cancel | annuleer de vraag | CANCEL
cancel | nee toch maar niet | CANCEL
cancel | streep dat maar door | CANCEL
cancel | laat die laatste maar zitten | CANCEL
cancel | ik bedoelde het niet annuleer maar | CANCEL
cancel | afbreken | CANCEL
cancel | nee wacht annuleer die vraag | CANCEL
cancel | verkeerd gezegd annuleren graag | CANCEL
cancel | zet die vraag maar stop nee annuleer | CANCEL
cancel | ik trek mijn vraag in | CANCEL
cancel | laat die hoofdstad maar zitten annuleer | CANCEL

launch | start hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden van de wereld | LAUNCH
launch | speel hoofdsteden van de wereld | LAUNCH
launch | begin met hoofdsteden van de wereld | LAUNCH
launch | alexa start het spel hoofdsteden van de wereld | LAUNCH
launch | ik wil hoofdsteden van de wereld spelen | LAUNCH
launch | open de skill hoofdsteden van de wereld | LAUNCH
launch | laten we hoofdsteden van de wereld doen | LAUNCH
launch | activeer hoofdsteden van de wereld | LAUNCH
launch | hoofdsteden van de wereld starten alsjeblieft | LAUNCH
launch | alexa laad hoofdsteden van de wereld | LAUNCH
launch | kunnen we hoofdsteden van de wereld openen | LAUNCH
launch | zet hoofdsteden van de wereld aan | LAUNCH
launch | alexa ik wil met hoofdsteden van de wereld beginnen | LAUNCH
"""

if __name__ == "__main__":
    build("nl", LINES, sys.argv, "tests/Eval/nl/round12/source/build_corpus.py")
