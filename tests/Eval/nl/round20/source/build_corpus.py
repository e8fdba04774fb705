"""Round 20, Dutch (nl-NL): a new author's own mix, written blind. Speakers chosen away from the regions earlier Dutch
authors used: Twente and the Achterhoek ("wat is 't", "nen", "hoo", "joa", "ik zol"), Zeeland ("'k", "ok", "wat is
't"), Amsterdam and Mokum ("effe", "gozer", "lekker", "ouwe", "wat is nou"), The Hague ("hoor", "ennuh", "ja toch"),
Antwerp ("manneke", "schoon", "wablieft", "zedde gij"), West Flanders ("zie", "'t is", "zijde"), Drenthe ("wat is 't
nou", "goeie"), Rotterdam ("effe gas d'r op", "niet lullen maar poetsen"), an Indo grandmother ("tempo doeloe",
"adoe", "kassian"), newcomers learning Dutch (a Polish builder, an English expat, a Syrian student: word order, "hoe
zeg je"), teenagers gaming and streaming, children (groep vier, the juf, bedtime), elders (the radio, old names).
Situations: a birthday circle, Sinterklaas poems, carnival, the camping in France, 30 Seconds and Triviant, the
cryptogram and Wordfeud, a truck driver on the Autobahn, a sailing trip, a night shift in a care home, a barber's
chair, the radio quiz, football pools and the Tour, cooking a recipe from a country, packing for a trip. Plus fillers,
self-corrections, follow-ups, checks, reverse questions, official, old and everyday names, shared names and what nl-NL
recognition writes: lost diaereses, split or joined compounds, phonetic spellings.
`python3 tests/Eval/nl/round20/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 20's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions, neutral register.
plain-question | welke stad is tegenwoordig de hoofdstad van {} | kazachstan=KZ; myanmar=MM; burundi=BI
plain-question | wat is op dit moment de hoofdstad van {} | nigeria=NG; tanzania=TZ; ivoorkust=CI
plain-question | mag ik weten wat de hoofdstad van {} is | eritrea=ER; djibouti=DJ; somalië=SO
plain-question | in welke stad zit de regering van {} | zwitserland=CH; bolivia=BO; nederland=NL
plain-question | de hoofdstad van {} welke is dat | mongolië=MN; bhutan=BT; nepal=NP
plain-question | vertel me de hoofdstad van {} alsjeblieft | guatemala=GT; honduras=HN; nicaragua=NI

# Fillers and hesitations.
filler-hesitation | ehm ja wat was nou ook alweer de hoofdstad van {} | tsjaad=TD; niger=NE; mali=ML
filler-hesitation | eeh even kijken hoor de hoofdstad van eh {} | gabon=GA; kameroen=CM; togo=TG
filler-hesitation | nou ja zeg eh wat is de hoofdstad van {} dan | eswatini=SZ; lesotho=LS; malawi=MW
filler-hesitation | hmm hoe heet die hoofdstad van {} nou | kirgizië=KG; tadzjikistan=TJ; turkmenistan=TM
filler-hesitation | ja eh dinges eh de hoofdstad van {} | benin=BJ; guinee=GN; liberia=LR

# Twente and the Achterhoek.
twente-achterhoek | joa wat is het nou de hoofdstad van {} | estland=EE; letland=LV; litouwen=LT
twente-achterhoek | hoo ik zol het nie weten wat is de hoofdstad van {} | slowakije=SK; slovenië=SI; kroatië=HR
twente-achterhoek | zeg ens wat is de hoofdstad van {} | albanië=AL; servië=RS; montenegro=ME
twente-achterhoek | nen vraag wat is de hoofdstad van {} | roemenië=RO; bulgarije=BG; moldavië=MD

# Zeeland.
zeeland | ik wil wete wat de hoofdstad van {} is | denemarken=DK; noorwegen=NO; zweden=SE
zeeland | zeg ok wat is de hoofdstad van {} | finland=FI; ijsland=IS; ierland=IE
zeeland | wat is het de hoofdstad van {} eigenlijk | portugal=PT; malta=MT; cyprus=CY

# Amsterdam.
mokums | effe checken gozer wat is de hoofdstad van {} | marokko=MA; tunesië=TN; algerije=DZ
mokums | wat is nou de hoofdstad van {} ouwe | turkije=TR; egypte=EG; libië=LY
mokums | lekker ding alexa wat is de hoofdstad van {} | suriname=SR; guyana=GY; venezuela=VE

# The Hague.
haags | ennuh wat is de hoofdstad van {} hoor | indonesië=ID; maleisië=MY; filipijnen=PH
haags | ja toch wat is de hoofdstad van {} | thailand=TH; vietnam=VN; cambodja=KH
haags | zeg alexa de hoofdstad van {} weet je die | laos=LA; brunei=BN; oost-timor=TL

# Antwerp.
antwerps | manneke wa is de hoofdstad van {} | oekraïne=UA; belarus=BY; polen=PL
antwerps | zedde gij zeker van de hoofdstad van {} zeg het ne keer | hongarije=HU; tsjechië=CZ; oostenrijk=AT
antwerps | schoon vraag wa is de hoofdstad van {} | luxemburg=LU; liechtenstein=LI; andorra=AD

# West Flanders.
west-vlaams | zie wat is het de hoofdstad van {} | frankrijk=FR; spanje=ES; italië=IT
west-vlaams | zijde gij da ier wat is de hoofdstad van {} | griekenland=GR; noord-macedonië=MK; bosnië en herzegovina=BA
west-vlaams | weet gij de hoofdstad van {} | monaco=MC; san marino=SM; vaticaanstad=VA

# Drenthe and Rotterdam.
drenthe | goeie wat is het nou de hoofdstad van {} | georgië=GE; armenië=AM; azerbeidzjan=AZ
drenthe | wat is de hoofdstad van {} weet ie dat | rusland=RU; china=CN; japan=JP
rotterdams | effe gas d'r op wat is de hoofdstad van {} | zuid-korea=KR; noord-korea=KP; taiwan=TW
rotterdams | niet lullen maar zeggen wat is de hoofdstad van {} | pakistan=PK; afghanistan=AF; iran=IR

# Indo grandmother.
indo-elder | kassian ik ben het vergeten wat is de hoofdstad van {} | sri lanka=LK; india=IN; bangladesh=BD
indo-elder | adoe tempo doeloe wist ik dat nog wat is de hoofdstad van {} | singapore=SG; maldiven=MV; papoea-nieuw-guinea=PG

# Learners of Dutch (NT2): Polish builder, English expat, Syrian student.
learner-dutch | hoe zeg je de hoofdstad van {} welke stad | irak=IQ; syrië=SY; jordanië=JO
learner-dutch | ik wil weten hoofdstad {} is welke | libanon=LB; jemen=YE; oman=OM
learner-dutch | sorry mijn nederlands is niet goed wat is capital van {} | qatar=QA; bahrein=BH; koeweit=KW
learner-dutch | alexa jij weet hoofdstad van {} | saoedi-arabië=SA; israël=IL; palestina=PS
learner-dutch | welke stad is de hoofdstad van {} ik leer voor inburgering | canada=CA; mexico=MX; cuba=CU

# Teenagers gaming and streaming.
teen-gaming | yo alexa snel de hoofdstad van {} ik zit in een game | brazilië=BR; argentinië=AR; chili=CL
teen-gaming | wacht chat vraagt wat de hoofdstad van {} is | peru=PE; colombia=CO; ecuador=EC
teen-gaming | bro wat is de hoofdstad van {} ik heb een geo guessr ronde | uruguay=UY; paraguay=PY; panama=PA

# Children.
child | alexa ik zit in groep vier wat is de hoofdstad van {} | australië=AU; nieuw-zeeland=NZ; fiji=FJ
child | mag ik nog één vraag voor het slapen wat is de hoofdstad van {} | kenia=KE; oeganda=UG; rwanda=RW
child | de juf zei dat ik moest opzoeken wat de hoofdstad van {} is | ethiopië=ET; soedan=SD; zuid-soedan=SS

# Elders.
elderly | vroeger op de radio hoorde je dat nog wat is de hoofdstad van {} | angola=AO; mozambique=MZ; zambia=ZM
elderly | mijn geheugen is niet meer wat het was de hoofdstad van {} alstublieft | zimbabwe=ZW; namibië=NA; botswana=BW
elderly | zou u mij kunnen vertellen wat de hoofdstad van {} is | madagaskar=MG; mauritius=MU; seychellen=SC

# A birthday circle.
birthday-circle | we zitten op een verjaardag en er is discussie wat is de hoofdstad van {} | canada=CA; australië=AU; turkije=TR
birthday-circle | mijn zwager zegt iets anders maar wat is nou echt de hoofdstad van {} | brazilië=BR; nigeria=NG; pakistan=PK
birthday-circle | ome kees wil weten wat de hoofdstad van {} is | vietnam=VN; kazachstan=KZ; marokko=MA

# Sinterklaas poems and carnival.
sinterklaas-carnival | ik schrijf een sinterklaasgedicht wat rijmt er eh nee wat is de hoofdstad van {} | spanje=ES; madagaskar=MG; peru=PE
sinterklaas-carnival | voor mijn carnavalspak moet ik weten wat de hoofdstad van {} is | jamaica=JM; haïti=HT; barbados=BB

# Camping, packing, sailing.
travel | we staan op de camping en de buren komen uit {} wat is daar de hoofdstad | slovenië=SI; tsjechië=CZ; denemarken=DK
travel | ik ben mijn koffer aan het pakken voor {} wat is de hoofdstad daar | kaapverdië=CV; senegal=SN; gambia=GM
travel | we zeilen volgende week naar {} welke stad is de hoofdstad | bahama's=BS; dominica=DM; grenada=GD
travel | onze cruise stopt in {} is daar ook de hoofdstad welke is het | saint lucia=LC; antigua en barbuda=AG; trinidad en tobago=TT

# A truck driver and the car.
driving | ik rij nu door {} met de vrachtwagen wat is de hoofdstad | oostenrijk=AT; hongarije=HU; roemenië=RO
driving | handen aan het stuur alexa wat is de hoofdstad van {} | belgië=BE; duitsland=DE; luxemburg=LU

# Board games and quizzes.
board-game | we spelen dertig seconds wat is de hoofdstad van {} | ghana=GH; sierra leone=SL; guinee-bissau=GW
board-game | triviant vraag de hoofdstad van {} | equatoriaal-guinea=GQ; sao tomé en principe=ST; comoren=KM
board-game | voor wordfeud heb ik de hoofdstad van {} nodig | mauritanië=MR; burkina faso=BF; centraal-afrikaanse republiek=CF

# Crossword.
crossword | cryptogram hoofdstad van {} hoeveel letters heeft die | tonga=TO; samoa=WS; tuvalu=TV
crossword | puzzel vraagt de hoofdstad van {} weet jij die | nauru=NR; palau=PW; kiribati=KI

# A night shift, a barber, cooking, the radio quiz.
work-situation | nachtdienst en mevrouw vraagt de hoofdstad van {} | marshalleilanden=MH; micronesia=FM; salomonseilanden=SB
work-situation | ik sta te knippen en de klant vraagt wat de hoofdstad van {} is | vanuatu=VU; belize=BZ; el salvador=SV
kitchen | ik kook een recept uit {} wat is eigenlijk de hoofdstad | ethiopië=ET; libanon=LB; georgië=GE
kitchen | de pan staat op het vuur snel wat is de hoofdstad van {} | costa rica=CR; dominicaanse republiek=DO; jamaica=JM
news-sport | de tour start dit jaar in {} wat is daar de hoofdstad | denemarken=DK; spanje=ES; italië=IT
news-sport | op het journaal ging het over {} welke stad is daar de hoofdstad | soedan=SD; jemen=YE; haïti=HT
news-sport | oranje speelt tegen {} wat is hun hoofdstad | ecuador=EC; senegal=SN; qatar=QA

# English mixing.
english-mixing | even een quick check wat is de capital van {} | saint kitts en nevis=KN; saint vincent en de grenadines=VC; dominica=DM
english-mixing | sorry for asking maar wat is de hoofdstad van {} | eritrea=ER; zimbabwe=ZW; burundi=BI
english-mixing | wat is the capital city van {} | ijsland=IS; noorwegen=NO; finland=FI

# Terse and trailing.
terse | hoofdstad {} | zweden=SE; polen=PL; ierland=IE
terse | {} hoofdstad | chili=CL; cuba=CU; mongolië=MN
terse | {} hoofdstad graag | egypte=EG; iran=IR; india=IN
trailing-words | wat is de hoofdstad van {} dank je wel alvast | argentinië=AR; colombia=CO; kenia=KE
trailing-words | wat is de hoofdstad van {} denk jij | indonesië=ID; thailand=TH; japan=JP

# What recognition writes.
asr-artefact | wat is de hoofd stad van {} | israel=IL; oekraine=UA; bosnie=BA
asr-artefact | wat is de hoofdstad van {} eigenlijk dan | italie=IT; belgie=BE; australie=AU
asr-artefact | hoofdstad van {} alsjeblieft | saoedie arabie=SA; azerbeidjan=AZ; kirgizie=KG
asr-artefact | wat is de hoofstad van {} | nieuw zeeland=NZ; tadzjikistan=TJ; papua nieuw guinea=PG
asr-artefact | watis de hoofdstad van {} | koeweit=KW; oezbekistan=UZ; zuidafrika=ZA

# One-shot through the invocation name.
one-shot | vraag aan hoofdsteden van de wereld wat de hoofdstad van {} is | slowakije=SK; litouwen=LT; armenië=AM
one-shot | open hoofdsteden van de wereld en zeg de hoofdstad van {} | nepal=NP; laos=LA; moldavië=MD
one-shot | start hoofdsteden van de wereld hoofdstad van {} | togo=TG; benin=BJ; mali=ML

# Follow-ups.
follow-up | en {} | estland=EE; grenada=GD; gabon=GA
follow-up | en die van {} dan | letland=LV; bahrein=BH; angola=AO
follow-up | oké en {} | oman=OM; syrië=SY; mozambique=MZ
follow-up | dan nog {} | irak=IQ; zambia=ZM; rwanda=RW
follow-up | en hoe zit het met {} | albanië=AL; bulgarije=BG; servië=RS
follow-up | volgende {} | guyana=GY; suriname=SR; paraguay=PY

# Self-corrections: the place said last.
self-correction | wat is de hoofdstad van zweden nee sorry {} | noorwegen=NO; finland=FI; denemarken=DK
self-correction | hoofdstad van oostenrijk eh ik bedoel {} | australië=AU; zwitserland=CH; hongarije=HU
self-correction | wat is de hoofdstad van niger o nee wacht {} | nigeria=NG; tsjaad=TD; mali=ML
self-correction | de hoofdstad van slowakije of nee {} | slovenië=SI; kroatië=HR; tsjechië=CZ
self-correction | wat is de hoofdstad van guinee shit nee {} | guinee-bissau=GW; equatoriaal-guinea=GQ; papoea-nieuw-guinea=PG
self-correction | hoofdstad van irak nee verkeerd {} | iran=IR; jordanië=JO; koeweit=KW

# Yes/no checks: the place asked about.
yes-no-check | is sydney de hoofdstad van {} | australië=AU
yes-no-check | klopt het dat istanboel de hoofdstad is van {} | turkije=TR
yes-no-check | is rio nog steeds de hoofdstad van {} | brazilië=BR
yes-no-check | het is toch zo dat lagos de hoofdstad van {} is | nigeria=NG
yes-no-check | is karachi de hoofdstad van {} of niet | pakistan=PK
yes-no-check | is toronto de hoofdstad van {} | canada=CA
yes-no-check | ik dacht dat zürich de hoofdstad van {} was klopt dat | zwitserland=CH
yes-no-check | is almaty nog de hoofdstad van {} | kazachstan=KZ
yes-no-check | is dar es salaam de hoofdstad van {} | tanzania=TZ
yes-no-check | klopt het dat yangon de hoofdstad van {} is | myanmar=MM
yes-no-check | is casablanca de hoofdstad van {} ja of nee | marokko=MA
yes-no-check | is ho chi minhstad de hoofdstad van {} | vietnam=VN
yes-no-check | is abu dhabi echt de hoofdstad van {} en niet dubai | verenigde arabische emiraten=AE
yes-no-check | is wellington de hoofdstad van {} | nieuw-zeeland=NZ
yes-no-check | is ankara de hoofdstad van {} toch | turkije=TR
yes-no-check | is canberra echt de hoofdstad van {} | australië=AU
yes-no-check | mijn oom zegt dat bern de hoofdstad van {} is heeft hij gelijk | zwitserland=CH
yes-no-check | is new york de hoofdstad van {} | verenigde staten=US
yes-no-check | is auckland de hoofdstad van {} | nieuw-zeeland=NZ
yes-no-check | is quebec de hoofdstad van {} | canada=CA

# Reverse questions.
reverse-question | van welk land is {} de hoofdstad | ouagadougou=CITY:Ouagadougou; tegucigalpa=CITY:Tegucigalpa; ulaanbaatar=CITY:Ulaanbaatar
reverse-question | {} is de hoofdstad van welk land | vientiane=CITY:Vientiane; asmara=CITY:Asmara; paramaribo=CITY:Paramaribo
reverse-question | waar is {} de hoofdstad van | windhoek=CITY:Windhoek; bisjkek=CITY:Bisjkek; tbilisi=CITY:Tbilisi
reverse-question | bij welk land hoort de hoofdstad {} | montevideo=CITY:Montevideo; nairobi=CITY:Nairobi; ljubljana=CITY:Ljubljana
reverse-question | in welk land ligt de hoofdstad {} | kathmandu=CITY:Kathmandu; lusaka=CITY:Lusaka; riga=CITY:Riga
reverse-question | welk land heeft {} als hoofdstad | canberra=CITY:Canberra; wenen=CITY:Wenen; ottawa=CITY:Ottawa
reverse-question | {} is dat een hoofdstad en van welk land | bamako=CITY:Bamako; managua=CITY:Managua; nicosia=CITY:Nicosia

# Official names.
official-name | wat is de hoofdstad van de {} | bondsrepubliek duitsland=DE; russische federatie=RU; helleense republiek=GR
official-name | hoofdstad van de {} graag | volksrepubliek china=CN; democratische volksrepubliek korea=KP; republiek korea=KR
official-name | wat is de hoofdstad van het {} | koninkrijk der nederlanden=NL; koninkrijk belgië=BE; koninkrijk saoedi-arabië=SA
official-name | welke stad is de hoofdstad van de {} | verenigde staten van amerika=US; islamitische republiek iran=IR; federatieve republiek brazilië=BR
official-name | hoofdstad van het {} | verenigd koninkrijk van groot-brittannië en noord-ierland=GB; koninkrijk marokko=MA; koninkrijk spanje=ES
official-name | zeg eens de hoofdstad van de {} | zwitserse bondsstaat=CH; verenigde mexicaanse staten=MX; arabische republiek egypte=EG

# Everyday and old names.
everyday-name | welke stad is nou de hoofdstad van {} | engeland=GB-ENG; amerika=US; holland=NL
everyday-name | hoofdstad van {} wat is dat | birma=MM; ceylon=LK; perzië=IR
everyday-name | wat is de hoofdstad van wat vroeger {} heette | siam=TH; zaïre=CD; rhodesië=ZW
everyday-name | hoofdstad van het {} even | vk=GB; verenigd koninkrijk=GB; eiland man=IM
everyday-name | welke stad is de hoofdstad van {} | wit-rusland=BY; swaziland=SZ; abessinië=ET
everyday-name | de hoofdstad van de {} wat is dat | vs=US; vae=AE; emiraten=AE
everyday-name | wat is de hoofdstad van {} tegenwoordig | türkiye=TR; timor-leste=TL; macedonië=MK

# Shared names.
shared-name | wat is de hoofdstad van {} dan | congo=CD+CG; korea=KP+KR; georgia=GE+US-GA
shared-name | wat zijn de hoofdsteden van {} | de twee congo's=CD+CG; beide korea's=KP+KR; noord en zuid-korea=KP+KR
shared-name | welke hoofdstad hebben de {} | maagdeneilanden=VG+VI

# Several capitals.
plural-capitals | wat zijn de drie hoofdsteden van {} | zuid-afrika=ZA
plural-capitals | welke hoofdsteden heeft {} allemaal | bolivia=BO; maleisië=MY; sri lanka=LK
plural-capitals | {} heeft toch twee hoofdsteden welke zijn dat | nederland=NL; benin=BJ; ivoorkust=CI
plural-capitals | noem alle hoofdsteden van {} | eswatini=SZ; palestina=PS; zuid-afrika=ZA
plural-capitals | hoeveel hoofdsteden heeft {} en welke | bolivia=BO; sri lanka=LK; benin=BJ
plural-capitals | de hoofdsteden van {} allebei graag | maleisië=MY; ivoorkust=CI; nederland=NL
plural-capitals | welke steden zijn allemaal hoofdstad van {} | palestina=PS; eswatini=SZ; jammu en kasjmir=IN-JK

# Subdivisions.
subdivision | wat is de hoofdstad van de deelstaat {} | beieren=DE-BY; nedersaksen=DE-NI; saksen=DE-SN
subdivision | wat is de hoofdstad van {} in duitsland | hessen=DE-HE; thüringen=DE-TH; rijnland-palts=DE-RP
subdivision | wat is de hoofdstad van de staat {} | californië=US-CA; texas=US-TX; florida=US-FL
subdivision | welke stad is de hoofdstad van {} in amerika | new york=US-NY; illinois=US-IL; nevada=US-NV
subdivision | wat is de hoofdstad van de provincie {} | ontario=CA-ON; brits-columbia=CA-BC; alberta=CA-AB
subdivision | hoofdstad van {} in australië | queensland=AU-QLD; tasmanië=AU-TAS; west-australië=AU-WA
subdivision | wat is de hoofdstad van {} in het vk | schotland=GB-SCT; wales=GB-WLS; noord-ierland=GB-NIR
subdivision | wat is de hoofdstad van de indiase deelstaat {} | kerala=IN-KL; rajasthan=IN-RJ; maharashtra=IN-MH
subdivision | hoofdstad van de braziliaanse staat {} | bahia=BR-BA; amazonas=BR-AM; minas gerais=BR-MG
subdivision | wat is de hoofdstad van {} in mexico | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX

# Territories.
territory | wat is de hoofdstad van {} bij ons in het koninkrijk | aruba=AW; curaçao=CW; sint-maarten=SX
territory | wat is de hoofdstad van {} eigenlijk | groenland=GL; bermuda=BM; gibraltar=GI
territory | en de hoofdstad van de {} | faeröer=FO; kaaimaneilanden=KY; cookeilanden=CK
territory | wat is de hoofdstad van {} in de pacific | frans-polynesië=PF; nieuw-caledonië=NC; guam=GU

# Launch.
launch | open hoofdsteden van de wereld | LAUNCH
launch | alexa start hoofdsteden van de wereld | LAUNCH
launch | hoofdsteden van de wereld openen | LAUNCH
launch | begin hoofdsteden van de wereld | LAUNCH
launch | ik wil hoofdsteden van de wereld spelen | LAUNCH
launch | zet hoofdsteden van de wereld aan | LAUNCH
launch | alexa hoofdsteden van de wereld | LAUNCH
launch | doe hoofdsteden van de wereld eens | LAUNCH
launch | speel hoofdsteden van de wereld | LAUNCH
launch | hoofdsteden van de wereld starten alsjeblieft | LAUNCH
launch | laat hoofdsteden van de wereld maar komen | LAUNCH
launch | open even hoofdsteden van de wereld voor mijn zoontje | LAUNCH
launch | kun je hoofdsteden van de wereld openen | LAUNCH
launch | mag ik hoofdsteden van de wereld | LAUNCH
launch | alexa open de hoofdsteden van de wereld | LAUNCH
launch | activeer hoofdsteden van de wereld | LAUNCH

# Help.
help | hoe werkt dit eigenlijk | HELP
help | wat kan ik allemaal vragen | HELP
help | ik snap het niet help me | HELP
help | help | HELP
help | wat moet ik zeggen | HELP
help | kun je uitleggen hoe dit werkt | HELP
help | hulp graag | HELP
help | wat kun jij allemaal | HELP
help | ik weet niet wat ik moet vragen | HELP
help | hoe moet ik dit gebruiken | HELP
help | geef eens wat uitleg | HELP
help | wat zijn de mogelijkheden | HELP
help | ik heb hulp nodig met deze skill | HELP
help | hoe vraag ik een hoofdstad op | HELP
help | help me even op weg | HELP
help | ik ben de weg kwijt wat moet ik doen | HELP
help | joa hoe werkt dit nou | HELP
help | manneke ik snap er niks van help | HELP
help | wat kan ik hier doen | HELP
help | leg het nog een keer uit | HELP

# Stop: end the skill.
stop | stop | STOP
stop | stop maar | STOP
stop | hou op | STOP
stop | ik ben klaar | STOP
stop | genoeg zo | STOP
stop | ik wil stoppen | STOP
stop | afsluiten | STOP
stop | sluit af | STOP
stop | stoppen nu | STOP
stop | hou er maar mee op | STOP
stop | ik heb genoeg geleerd stop | STOP
stop | het is bedtijd stop ermee | STOP
stop | klaar ermee | STOP
stop | alexa stop | STOP
stop | uitzetten | STOP
stop | zo dat was het stop maar | STOP
stop | joa stop d'r mee | STOP
stop | stop het spel | STOP
stop | we gaan eten stop | STOP
stop | nu even niet meer stop | STOP

# Cancel: call off what is going on.
cancel | annuleer | CANCEL
cancel | annuleren | CANCEL
cancel | laat maar | CANCEL
cancel | laat maar zitten | CANCEL
cancel | vergeet het | CANCEL
cancel | vergeet het maar | CANCEL
cancel | nee laat maar | CANCEL
cancel | annuleer dat | CANCEL
cancel | laat ook maar | CANCEL
cancel | ach laat maar zitten | CANCEL
cancel | annuleer die vraag | CANCEL
cancel | vergeet die vraag maar | CANCEL
cancel | laat maar ik weet het al | CANCEL
cancel | nee nee laat maar | CANCEL
cancel | hoeft niet meer laat maar | CANCEL
cancel | annuleer maar | CANCEL
cancel | eh laat maar | CANCEL
cancel | cancel dat maar | CANCEL
cancel | annuleer alsjeblieft | CANCEL
cancel | vergeet wat ik vroeg | CANCEL

# Out of domain: other facts about a named country, "hoofdstad" and "kapitaal" in other senses, the rest.
out-of-domain | hoeveel inwoners heeft {} | brazilië=FB; canada=FB; india=FB
out-of-domain | welke taal spreken ze in {} | zwitserland=FB; belgië=FB; suriname=FB
out-of-domain | wat voor munt hebben ze in {} | japan=FB; polen=FB; zweden=FB
out-of-domain | hoe laat is het nu in {} | australië=FB; thailand=FB; mexico=FB
out-of-domain | wie is de president van {} | frankrijk=FB; argentinië=FB; kenia=FB
out-of-domain | hoe ziet de vlag van {} eruit | italië=FB; ierland=FB; nigeria=FB
out-of-domain | wat is de grootste stad van {} | turkije=FB; pakistan=FB; zuid-afrika=FB
out-of-domain | hoe groot is {} | rusland=FB; china=FB; kazachstan=FB
out-of-domain | wat is het weer in {} | spanje=FB; portugal=FB; griekenland=FB
out-of-domain | hoeveel inwoners heeft de hoofdstad van {} | duitsland=FB; egypte=FB; peru=FB
out-of-domain | wat is de hoofdstad van de mode | FB
out-of-domain | welke stad is de culturele hoofdstad van europa dit jaar | FB
out-of-domain | wat is een hoofdletter | FB
out-of-domain | schrijf je hoofdstad met een hoofdletter | FB
out-of-domain | hoeveel kapitaal heb ik nodig voor een bv | FB
out-of-domain | wat betekent het woord kapitaal | FB
out-of-domain | welke stad is de fietshoofdstad van de wereld | FB
out-of-domain | wat is de hoofdstad van de liefde volgens de reclame | FB
out-of-domain | zet een timer van tien minuten | FB
out-of-domain | speel radio tien | FB
out-of-domain | wat is de uitslag van ajax | FB
out-of-domain | vertel een mop | FB
out-of-domain | hoe laat is het | FB
out-of-domain | doe het licht uit in de woonkamer | FB
out-of-domain | zet melk op de boodschappenlijst | FB
out-of-domain | hoe ver is het van amsterdam naar parijs | FB
out-of-domain | wat is de hoogste berg van de wereld | FB
out-of-domain | hoeveel landen zijn er in afrika | FB
out-of-domain | wat is de langste rivier van europa | FB
out-of-domain | welk land is het grootste ter wereld | FB
out-of-domain | wie heeft de tour de france gewonnen | FB
out-of-domain | hoe spel je hoofdstad | FB
out-of-domain | lees hoofdstuk twee van mijn boek voor | FB
out-of-domain | wat is het hoofdkantoor van shell | FB
out-of-domain | waar staat het hoofdkwartier van de navo | FB
out-of-domain | welke stad heeft de meeste inwoners van nederland | FB
out-of-domain | wat eten ze in marokko als ontbijt | FB
out-of-domain | hoe zeg je dank je wel in het japans | FB
out-of-domain | vertaal hoofdstad naar het engels | FB
out-of-domain | wat is het volkslied van belgië | FB
out-of-domain | wanneer is koningsdag | FB
out-of-domain | welke dag is het vandaag | FB
out-of-domain | hoe oud is de koning | FB
out-of-domain | spelen we vanavond een spelletje galgje | FB
out-of-domain | hoe maak je pannenkoeken | FB
out-of-domain | wat is de wortel van zestien | FB
out-of-domain | hoe heet de rivier door boedapest | FB
out-of-domain | welke zee ligt naast griekenland | FB
out-of-domain | wat is het telefoonnummer van de huisarts | FB
out-of-domain | bel mama | FB
out-of-domain | wat is het kenteken van frankrijk | FB
out-of-domain | welk landnummer heeft spanje | FB
out-of-domain | wat is de nationale sport van canada | FB
out-of-domain | hoeveel provincies heeft nederland | FB
out-of-domain | wie is de koning van belgië | FB
out-of-domain | wanneer vertrekt de trein naar utrecht | FB
out-of-domain | wat is de hoofdstad van mijn hart zei die zanger | FB
out-of-domain | hoe lang vliegen naar curaçao | FB
out-of-domain | welke planeet is het dichtst bij de zon | FB
out-of-domain | maak een boodschappenlijst | FB
out-of-domain | zet de wekker om zeven uur | FB
out-of-domain | wat is de postcode van den haag centrum | FB
out-of-domain | hoeveel kost een vlucht naar lissabon | FB
out-of-domain | is het druk op de a twaalf | FB
out-of-domain | welk land wint het songfestival | FB
out-of-domain | hoeveel goud heeft nederland op de olympische spelen | FB
out-of-domain | hoe heet de minister-president van nederland | FB
out-of-domain | zing een liedje | FB
out-of-domain | wat is de afstand van de aarde tot de maan | FB
out-of-domain | welke hoofdstad heeft de beste kroegen denk jij | FB
out-of-domain | wat is een kapitaalkrachtige investeerder | FB
out-of-domain | wat is startkapitaal precies | FB
out-of-domain | hoe heten de inwoners van ghana | FB
out-of-domain | wat is de oppervlakte van nederland | FB
out-of-domain | welk continent is brazilië | FB
out-of-domain | hoeveel talen spreken ze in india | FB
out-of-domain | welke landen grenzen aan duitsland | FB
out-of-domain | wat voor klimaat heeft ijsland | FB
out-of-domain | hoeveel eilanden heeft indonesië | FB
out-of-domain | is het veilig om naar mexico te reizen | FB
out-of-domain | moet ik een visum voor vietnam | FB
out-of-domain | wat is de bevolking van tokio | FB
out-of-domain | hoe oud is de stad rome | FB
out-of-domain | welke stad was vroeger de hoofdstad van japan voor tokio | FB

# Second batch, after the first build (459 kept): more situations, the families that lost most to the drop (subdivision,
# stop, cancel, launch, help, out-of-domain), South Africa and Sri Lanka in the plural again.
plural-capitals | zuid-afrika heeft er toch drie hoe heten die hoofdsteden | ZA
plural-capitals | mijn dochter zegt dat {} meer dan één hoofdstad heeft welke dan | zuid-afrika=ZA; sri lanka=LK; bolivia=BO
plural-capitals | joa wat zijn de hoofdsteden van {} | sri lanka=LK; zuid-afrika=ZA; palestina=PS
plural-capitals | voor de topo moet ik alle hoofdsteden van {} kennen | eswatini=SZ; ivoorkust=CI; maleisië=MY
plural-capitals | manneke {} heeft twee hoofdsteden zeg ze allebei | benin=BJ; nederland=NL; sri lanka=LK
plural-capitals | zowel de bestuurlijke als de officiële hoofdstad van {} graag | bolivia=BO; zuid-afrika=ZA; maleisië=MY

subdivision | ik ga op vakantie naar {} wat is daar de hoofdstad van de staat | arizona=US-AZ; colorado=US-CO; louisiana=US-LA
subdivision | mijn neef woont in {} wat is de hoofdstad van die staat | georgia=US-GA; michigan=US-MI; oregon=US-OR
subdivision | ik rij door {} welke stad is daar de deelstaathoofdstad | noordrijn-westfalen=DE-NW; baden-württemberg=DE-BW; sleeswijk-holstein=DE-SH
subdivision | effe checken wat is de hoofdstad van {} in canada | quebec=CA-QC; manitoba=CA-MB; nova scotia=CA-NS
subdivision | de hoofdstad van {} is dat niet sydney | nieuw-zuid-wales=AU-NSW
subdivision | welke stad is de hoofdstad van de staat {} in australië | victoria=AU-VIC; zuid-australië=AU-SA
subdivision | wat is de hoofdstad van het {} in australië | noordelijk territorium=AU-NT
subdivision | welke stad is de hoofdstad van {} in india | tamil nadu=IN-TN; west-bengalen=IN-WB; gujarat=IN-GJ
subdivision | in brazilië wat is de hoofdstad van {} | pernambuco=BR-PE; paraná=BR-PR; ceará=BR-CE
subdivision | mexicaanse staat {} wat is daar de hoofdstad | chiapas=MX-CHP; sonora=MX-SON; nuevo león=MX-NLE
subdivision | wat is de hoofdstad van {} zo'n staat in amerika | alaska=US-AK; hawaï=US-HI; vermont=US-VT
subdivision | hoofdstad van {} in het noorden van canada | yukon=CA-YT; nunavut=CA-NU
subdivision | wat is de hoofdstad van {} in duitsland dan | mecklenburg-voor-pommeren=DE-MV; saksen-anhalt=DE-ST; saarland=DE-SL
subdivision | en de hoofdstad van de amerikaanse staat {} | washington=US-WA; pennsylvania=US-PA; kentucky=US-KY

territory | wat is de hoofdstad van {} in de caraïben | martinique=MQ; guadeloupe=GP; puerto rico=PR
territory | ik vlieg naar {} wat is daar de hoofdstad | réunion=RE; bonaire=BQ; mayotte=YT
territory | hoofdstad van {} voor de scheepvaartquiz | spitsbergen=SJ; åland=AX; falklandeilanden=FK

everyday-name | mijn opa zei altijd {} wat is daar de hoofdstad van | dahomey=BJ; opper-volta=BF; nyasaland=MW
everyday-name | de hoofdstad van {} hoe heette die | goudkust=GH; basoetoland=LS; bechuanaland=BW
everyday-name | wat is de hoofdstad van {} in het kort | drc=CD; dr congo=CD; congo-brazzaville=CG
everyday-name | welke stad is de hoofdstad van {} dat land in centraal-amerika | brits-honduras=BZ
official-name | wat is de hoofdstad van de {} officieel | franse republiek=FR; italiaanse republiek=IT; portugese republiek=PT
official-name | de {} wat is daarvan de hoofdstad | republiek polen=PL; slowaakse republiek=SK; kirgizische republiek=KG
official-name | hoofdstad van de {} eh officieel gezegd | democratische republiek congo=CD; republiek congo=CG; centraal-afrikaanse republiek=CF
shared-name | welke twee hoofdsteden hebben {} | de beide korea's=KP+KR; de beide congo's=CD+CG
shared-name | de hoofdstad van {} welke bedoel je | korea=KP+KR; congo=CD+CG; georgia=GE+US-GA

yes-no-check | is bonn nog de hoofdstad van {} | duitsland=DE
yes-no-check | ik gok dat lagos de hoofdstad is van {} heb ik goed | nigeria=NG
yes-no-check | is sint-petersburg de hoofdstad van {} | rusland=RU
yes-no-check | is shanghai de hoofdstad van {} | china=CN
yes-no-check | is barcelona niet de hoofdstad van {} | spanje=ES
yes-no-check | is mumbai de hoofdstad van {} of is het delhi | india=IN
yes-no-check | kan het dat cotonou de hoofdstad van {} is | benin=BJ
yes-no-check | is abidjan de hoofdstad van {} ja toch | ivoorkust=CI
yes-no-check | is valletta de hoofdstad van {} | malta=MT
yes-no-check | is reykjavik de hoofdstad van {} of was het oslo | ijsland=IS

reverse-question | weet jij welk land {} als hoofdstad heeft | bakoe=CITY:Bakoe; doesjanbe=CITY:Doesjanbe; tasjkent=CITY:Tasjkent
reverse-question | {} waar ligt dat en is het een hoofdstad | boekarest=CITY:Boekarest; beiroet=CITY:Beiroet; khartoem=CITY:Khartoem
reverse-question | mijn collega komt uit {} van welk land is dat de hoofdstad | accra=CITY:Accra; manilla=CITY:Manilla; lima=CITY:Lima

follow-up | oké dan {} nog even | moldavië=MD; armenië=AM; bhutan=BT
follow-up | en nu {} | jemen=YE; tonga=TO; belize=BZ
follow-up | en van {} | libië=LY; tunesië=TN; cyprus=CY
self-correction | hoofdstad van saint lucia nee ik bedoel {} | saint vincent en de grenadines=VC; saint kitts en nevis=KN; grenada=GD
self-correction | wat is de hoofdstad van mali eh nee sorry {} | mauritanië=MR; malawi=MW; malta=MT

launch | alexa vraag aan hoofdsteden van de wereld | LAUNCH
launch | opstarten hoofdsteden van de wereld | LAUNCH
launch | ik wil oefenen met hoofdsteden van de wereld | LAUNCH
launch | zullen we hoofdsteden van de wereld doen | LAUNCH
launch | joa start hoofdsteden van de wereld | LAUNCH
launch | open de skill hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden van de wereld alsjeblieft | LAUNCH
launch | start de skill hoofdsteden van de wereld | LAUNCH
launch | hoofdsteden van de wereld graag | LAUNCH
launch | ga naar hoofdsteden van de wereld | LAUNCH

help | ik heb geen idee hoe dit spel werkt | HELP
help | wat voor vragen kan ik stellen aan jou | HELP
help | hoe kan ik een hoofdstad vragen | HELP
help | leg eens uit wat ik moet doen | HELP
help | ik ben nieuw hier hoe werkt het | HELP
help | mijn oma snapt het niet kun je helpen | HELP
help | help eens even | HELP
help | wat zijn de regels | HELP
help | uitleg alsjeblieft | HELP
help | hoe gaat dit | HELP

stop | stop met hoofdsteden van de wereld | STOP
stop | kappen nu | STOP
stop | kap ermee | STOP
stop | ik wil niet meer stop | STOP
stop | ophouden alsjeblieft | STOP
stop | sluit de skill af | STOP
stop | stop nou maar alexa | STOP
stop | het is genoeg geweest stop | STOP
stop | ik stop ermee doei | STOP
stop | stop ik moet gaan | STOP
stop | mama zegt stoppen | STOP
stop | zet het maar uit | STOP

cancel | nee wacht annuleer | CANCEL
cancel | annuleer die laatste | CANCEL
cancel | laat maar zitten ik zoek het zelf wel op | CANCEL
cancel | vergeet het ik weet het al | CANCEL
cancel | ach nee laat ook maar | CANCEL
cancel | annuleer de vraag | CANCEL
cancel | laat maar joh | CANCEL
cancel | nou laat maar dan | CANCEL
cancel | annuleer dit | CANCEL
cancel | laat maar zitten manneke | CANCEL
cancel | vergeet die laatste vraag | CANCEL
cancel | nee toch niet laat maar | CANCEL
cancel | annuleren graag | CANCEL
cancel | laat dat maar | CANCEL

out-of-domain | wat is het bnp van {} | duitsland=FB; japan=FB; china=FB
out-of-domain | welke religie hebben ze in {} | indonesië=FB; iran=FB; thailand=FB
out-of-domain | hoeveel graden is het nu in {} | egypte=FB; ijsland=FB; brazilië=FB
out-of-domain | welk land ligt boven {} | mexico=FB; zuid-afrika=FB; spanje=FB
out-of-domain | hoe heet de munt van {} | zwitserland=FB; marokko=FB; hongarije=FB
out-of-domain | wie regeert er in {} | noord-korea=FB; rusland=FB; saoedi-arabië=FB
out-of-domain | wat is de bekendste stad van {} | australië=FB; canada=FB; turkije=FB
out-of-domain | welke stad is de kaashoofdstad van de wereld | FB
out-of-domain | is gouda de kaashoofdstad van nederland | FB
out-of-domain | welke stad is de gokhoofdstad van amerika | FB
out-of-domain | wat kost een huis in de hoofdstad | FB
out-of-domain | hoeveel inwoners heeft de hoofdstad | FB
out-of-domain | wat is kapitalisme | FB
out-of-domain | hoe schrijf je een hoofdletter in een mail | FB
out-of-domain | wat is de hoofdzaak van dit verhaal | FB
out-of-domain | waar ligt de hoofdingang van het ziekenhuis | FB
out-of-domain | welke stad ligt het dichtst bij de evenaar | FB
out-of-domain | welk land heeft de meeste buurlanden | FB
out-of-domain | wanneer werd berlijn weer hoofdstad | FB
out-of-domain | hoe oud is amsterdam als hoofdstad | FB
out-of-domain | waarom is den haag geen hoofdstad | FB
out-of-domain | wat is het motto van frankrijk | FB
out-of-domain | hoeveel mensen wonen er in parijs | FB
out-of-domain | speel het volkslied van italië | FB
out-of-domain | zet de verwarming hoger | FB
out-of-domain | wat is het nieuws vandaag | FB
out-of-domain | wie wint de formule één dit weekend | FB
out-of-domain | hoeveel seconden zitten er in een uur | FB
out-of-domain | speel wat muziek uit brazilië | FB
out-of-domain | wat is een mooie naam voor een hond | FB
cancel | wacht nee annuleer maar | CANCEL
cancel | sorry verkeerde vraag laat maar | CANCEL
cancel | laat maar alexa ik vraag het mijn vader wel | CANCEL
cancel | doe maar niet laat maar | CANCEL
cancel | annuleer dat effe | CANCEL
cancel | vergeet het gozer | CANCEL
cancel | hoeft al niet meer annuleer | CANCEL
cancel | ik bedacht me laat maar | CANCEL
cancel | nee laat maar zitten hoor | CANCEL
cancel | annuleer wat ik net zei | CANCEL
cancel | nevermind laat maar | CANCEL
cancel | laat maar die weet ik zelf | CANCEL
stop | ik ben er klaar mee stop | STOP
stop | stop de quiz | STOP
stop | we houden ermee op | STOP
stop | hou nou maar op | STOP
stop | tot de volgende keer stop maar | STOP
help | wat kan hoofdsteden van de wereld allemaal | HELP
help | help ik kom er niet uit | HELP
help | zeg eens wat ik kan vragen | HELP
help | geef me een voorbeeld van een vraag | HELP
"""

if __name__ == "__main__":
    build_round(20, "nl", LINES, sys.argv, "tests/Eval/nl/round20/source/build_corpus.py")
