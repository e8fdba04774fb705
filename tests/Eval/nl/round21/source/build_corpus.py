"""Round 21, Dutch (nl-NL): a new author's own mix, written blind. Speakers talking to a Dutch Echo, chosen to differ from
earlier rounds: Ghent and East Flanders ("allee", "ewa", "zeg ne keer", "hedde gij", "kweet het nie"), Flemish teenagers
("amai", "zot", "ge zijt", "ambetant"), Afrikaans speakers living in the Netherlands ("ek wil weet", "asseblief", "baie
dankie", "sê my"), Moroccan-Dutch and Turkish-Dutch youth talk ("wollah", "wejo", "mattie", "sahbi", "bro"), Polish,
Bulgarian and Romanian seasonal workers in the greenhouses (dropped articles, "jij weet", "sorry mijn nederlands"),
Dunglish from the office and the university ("basically", "literally", "real quick", "by the way"), a speech-therapy
patient repeating words, and a grandmother in a Belgian rusthuis. Situations: the Eurovision Song Contest evening, cycling
on TV (Tour, Giro, Vuelta), a Rhine barge skipper waiting at a lock, a family on a French campsite with the caravan,
genealogy research, an escape room, a student house, a hairdresser's salon, a night shift in a hospital, geocaching, a
language app streak, a stamp club, a chess club, darts night, a cruise, an "Ik vertrek" emigration programme, a wedding
abroad and the Olympics. Plus fillers and hesitations ("eh", "uhm", "effe denken", "hoe heet het"), terse keyword forms,
words trailing the question, self-corrections, follow-ups, yes/no checks, reverse questions, official, old and everyday
names, shared names, plurals (every several-capital country and Palestine), subdivisions (German, US, Canadian,
Australian, Brazilian, Mexican and Indian states, the UK's nations), the Dutch Caribbean and other territories, launch,
one-shot invocations, help, stop, cancel, and out-of-domain requests with hard near-misses (other facts about a named
country, "hoofdstad", "kapitaal" and "capital" in other senses). Recognition forms: lost diaereses and accents, "hoofd
stad", split and joined names, phonetic spellings.
`python3 tests/Eval/nl/round21/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 21's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Ghent and East Flanders.
gents | allee zeg alexa wa is de hoofdstad van {} | portugal=PT; griekenland=GR; hongarije=HU
gents | ewa weette gij wat de hoofdstad van {} is | kroatië=HR; servië=RS; slovenië=SI
gents | zeg ne keer wadde da de hoofdstad van {} is | polen=PL; roemenië=RO; bulgarije=BG
gents | kweet het nie meer wa was da weer de hoofdstad van {} | tsjechië=CZ; slowakije=SK; oostenrijk=AT
gents | hedde gij enig idee van de hoofdstad van {} | ierland=IE; ijsland=IS; noorwegen=NO
gents | allee vooruit wat is de hoofdstad van {} jong | luxemburg=LU; liechtenstein=LI; andorra=AD

# Flemish teenagers.
flemish-youth | amai ge zijt slim alexa wat is de hoofdstad van {} | japan=JP; mongolië=MN; nepal=NP
flemish-youth | zot hé wat is eigenlijk de hoofdstad van {} | bhutan=BT; bangladesh=BD; pakistan=PK
flemish-youth | wacht ff wa is de hoofdstad van {} nu weer | vietnam=VN; laos=LA; cambodja=KH
flemish-youth | da's ambetant ik ben de hoofdstad van {} vergeten | thailand=TH; myanmar=MM; brunei=BN
flemish-youth | ge gaat lachen maar wat is de hoofdstad van {} | canada=CA; australië=AU; nieuw-zeeland=NZ

# Afrikaans speakers.
afrikaans-speaker | ek wil weet wat is die hoofdstad van {} | namibië=NA; botswana=BW; zimbabwe=ZW
afrikaans-speaker | wat is die hoofdstad van {} asseblief | lesotho=LS; mozambique=MZ; zambia=ZM
afrikaans-speaker | baie dankie en wat is die hoofdstad van {} | malawi=MW; angola=AO; tanzania=TZ
afrikaans-speaker | sê my wat is die hoofdstad van {} | madagaskar=MG; mauritius=MU; seychellen=SC
afrikaans-speaker | ek is van kaapstad en ek wonder wat is die hoofdstad van {} | kenia=KE; oeganda=UG; rwanda=RW

# Moroccan-Dutch and Turkish-Dutch youth.
straattaal | wollah ik weet het niet meer wat is de hoofdstad van {} | marokko=MA; algerije=DZ; tunesië=TN
straattaal | mattie zeg me ff de hoofdstad van {} | egypte=EG; libië=LY; soedan=SD
straattaal | wejo alexa wat is de hoofdstad van {} bro | turkije=TR; irak=IQ; syrië=SY
straattaal | sahbi vraagt wat de hoofdstad van {} is | somalië=SO; eritrea=ER; ethiopië=ET
straattaal | bro serieus wat is de hoofdstad van {} | jemen=YE; oman=OM; koeweit=KW

# Seasonal workers learning Dutch.
labour-migrant | goedemorgen alexa hoofdstad van {} welke stad | moldavië=MD; oekraïne=UA; belarus=BY
labour-migrant | ik werk in de kas mijn collega vraagt hoofdstad van {} | litouwen=LT; letland=LV; estland=EE
labour-migrant | alexa jij weet hoofdstad {} | albanië=AL; noord-macedonië=MK; montenegro=ME
labour-migrant | sorry mijn nederlands niet goed wat is hoofdstad van {} | bosnië en herzegovina=BA; kosovo=XK; georgië=GE
labour-migrant | alstublieft zeggen hoofdstad van land {} | rusland=RU; kazachstan=KZ; oezbekistan=UZ

# Dunglish.
dunglish | basically wat is de capital van {} | fiji=FJ; samoa=WS; tonga=TO
dunglish | oké real quick de hoofdstad van {} | jamaica=JM; cuba=CU; haïti=HT
dunglish | literally niemand weet de hoofdstad van {} jij wel | belize=BZ; guatemala=GT; honduras=HN
dunglish | by the way wat is de hoofdstad van {} | el salvador=SV; nicaragua=NI; costa rica=CR
dunglish | whatever ik vraag het gewoon wat is de hoofdstad van {} | panama=PA; colombia=CO; venezuela=VE
dunglish | fun fact request wat is de hoofdstad van {} | uruguay=UY; paraguay=PY; chili=CL

# Speech therapy: a patient repeating words, and a grandmother in a rusthuis.
speech-therapy | de de hoofdstad van van {} | peru=PE; ecuador=EC; argentinië=AR
speech-therapy | wat is eh wat is de hoofd hoofdstad van {} | brazilië=BR; mexico=MX; guyana=GY
speech-therapy | hoofdstad hoofdstad {} welke | suriname=SR; frankrijk=FR; spanje=ES
rusthuis-elder | zeg jongen weet gij de hoofdstad van {} nog | italië=IT; belgië=BE; duitsland=DE
rusthuis-elder | mijn man zaliger was in {} wat was daar de hoofdstad ook weer | congo-kinshasa=CD; rwanda=RW; burundi=BI
rusthuis-elder | ik ben zo vergeetachtig tegenwoordig wat is de hoofdstad van {} | zweden=SE; denemarken=DK; finland=FI

# Situations.
eurovision | we kijken het songfestival wat is de hoofdstad van {} | azerbeidzjan=AZ; armenië=AM; san marino=SM
eurovision | twaalf punten voor {} maar wat is daar de hoofdstad | zweden=SE; israël=IL; moldavië=MD
eurovision | douze points voor {} wat is de hoofdstad van dat land | malta=MT; cyprus=CY; zwitserland=CH
eurovision | tijdens de puntentelling vraag ik me af wat de hoofdstad van {} is | australië=AU; servië=RS; estland=EE
cycling | de giro start dit jaar in {} wat is daar de hoofdstad | hongarije=HU; albanië=AL; denemarken=DK
cycling | die renner komt uit {} wat is de hoofdstad daarvan | eritrea=ER; colombia=CO; slovenië=SI
cycling | de vuelta commentator had het over {} wat is de hoofdstad | andorra=AD; portugal=PT; monaco=MC
skipper | we liggen voor de sluis effe tijd wat is de hoofdstad van {} | oostenrijk=AT; slowakije=SK; roemenië=RO
skipper | schipper hier aan boord wat is de hoofdstad van {} | luxemburg=LU; zwitserland=CH; duitsland=DE
camping | we staan met de caravan in {} wat is eigenlijk de hoofdstad | frankrijk=FR; italië=IT; kroatië=HR
camping | de buren op de camping komen uit {} wat is hun hoofdstad | denemarken=DK; belgië=BE; tsjechië=CZ
genealogy | mijn overgrootvader kwam uit {} wat is daar de hoofdstad | indonesië=ID; suriname=SR; curaçao=CW
genealogy | voor de stamboom wat is de hoofdstad van {} | polen=PL; ierland=IE; libanon=LB
escape-room | we zitten vast in de escape room de code is de hoofdstad van {} | mongolië=MN; ghana=GH; peru=PE
student-house | ik heb een weddenschap met mijn huisgenoot wat is de hoofdstad van {} | australië=AU; canada=CA; turkije=TR
student-house | wie het fout heeft moet een adje doen wat is de hoofdstad van {} | nigeria=NG; kameroen=CM; senegal=SN
hairdresser | de klant in de stoel vraagt wat de hoofdstad van {} is | marokko=MA; thailand=TH; vietnam=VN
night-shift | het is drie uur s nachts en ik vraag me af wat de hoofdstad van {} is | zuid-soedan=SS; tsjaad=TD; niger=NE
geocaching | de cache hint zegt hoofdstad van {} welke is dat | liberia=LR; sierra leone=SL; guinee=GN
language-app | mijn taalapp vraagt de hoofdstad van {} wat is het | japan=JP; china=CN; zuid-korea=KR
stamp-club | op deze postzegel staat {} wat is daar de hoofdstad | gabon=GA; togo=TG; mali=ML
chess-club | mijn tegenstander op de schaakclub komt uit {} wat is daar de hoofdstad | armenië=AM; georgië=GE; india=IN
darts | bij het darten gooit iemand uit {} wat is de hoofdstad van dat land | nederland=NL; engeland=GB-ENG; schotland=GB-SCT
cruise | onze cruise stopt morgen in {} wat is daar de hoofdstad | bahama's=BS; barbados=BB; grenada=GD
emigration | die mensen van ik vertrek gaan naar {} wat is de hoofdstad daar | portugal=PT; nieuw-zeeland=NZ; costa rica=CR
wedding-abroad | mijn nicht trouwt in {} wat is de hoofdstad van dat land | griekenland=GR; indonesië=ID; ghana=GH
olympics | bij de opening van de spelen loopt {} binnen wat is de hoofdstad | tuvalu=TV; nauru=NR; kiribati=KI
olympics | die judoka komt uit {} wat is eigenlijk de hoofdstad | mongolië=MN; tadzjikistan=TJ; azerbeidzjan=AZ

# Homework, children, the kitchen.
homework | voor mijn werkstuk over {} moet ik de hoofdstad weten | kenia=KE; egypte=EG; brazilië=BR
homework | juf zegt dat we de hoofdstad van {} moeten opzoeken | equatoriaal-guinea=GQ; gambia=GM; guinee-bissau=GW
homework | mam helpt me niet dus wat is de hoofdstad van {} | kaapverdië=CV; djibouti=DJ; comoren=KM
young-child | alexa alexa wat is de hoofdstad van {} | spanje=ES; engeland=GB-ENG; amerika=US
young-child | ik ben zes en ik wil weten de hoofdstad van {} | frankrijk=FR; china=CN; egypte=EG
kitchen | ik sta te koken met kruiden uit {} wat is daar de hoofdstad | marokko=MA; india=IN; mexico=MX
kitchen | terwijl de pasta kookt wat is de hoofdstad van {} | italië=IT; sri lanka=LK; jamaica=JM

# Fillers and hesitations.
filler-hesitation | uhm eh wat is nou de hoofdstad van {} | kirgizië=KG; turkmenistan=TM; afghanistan=AF
filler-hesitation | effe denken hoor de hoofdstad van {} | iran=IR; saoedi-arabië=SA; qatar=QA
filler-hesitation | hoe heet het ook alweer de hoofdstad van {} | bahrein=BH; jordanië=JO; verenigde arabische emiraten=AE
filler-hesitation | eh ja nee wacht wat is de hoofdstad van {} eigenlijk | maleisië=MY; singapore=SG; filipijnen=PH
filler-hesitation | ehm hmm even kijken welke stad is de hoofdstad van {} | papoea-nieuw-guinea=PG; vanuatu=VU; salomonseilanden=SB

# Terse keyword forms and trailing words.
terse | hoofdstad {} | oost-timor=TL; palau=PW; micronesia=FM
terse | {} hoofdstad | marshalleilanden=MH; maldiven=MV; seychellen=SC
terse | {} hoofdstad graag | sao tomé en principe=ST; dominica=DM; saint lucia=LC
trailing-words | wat is de hoofdstad van {} dan weet ik dat ook weer | noorwegen=NO; finland=FI; ijsland=IS
trailing-words | wat is de hoofdstad van {} want dat vroeg mijn vader | burkina faso=BF; benin=BJ; mauritanië=MR
trailing-words | wat is de hoofdstad van {} en zeg het maar langzaam | zuid-afrika=ZA; centraal-afrikaanse republiek=CF; republiek congo=CG

# Recognition forms.
asr-artefact | wat is de hoofd stad van {} | israel=IL; oekraine=UA; italie=IT
asr-artefact | wat is de hoofstad van {} | belgie=BE; roemenie=RO; australie=AU
asr-artefact | watis de hoofdstad van {} | ethiopie=ET; tunesie=TN; syrie=SY
asr-artefact | zeg wat is de hoofdstad van {} | kroatie=HR; slovenie=SI; namibie=NA
asr-artefact | wat is de hoofdstad fan {} | azerbeidjan=AZ; kazakstan=KZ; oezbekistan=UZ
asr-artefact | hoofd stad van de {} | dominicaanse republiek=DO; filipijnen=PH; verenigde staten=US
asr-artefact | wat is de hoofdstadt van {} | tsjaad=TD; soedan=SD; saudie arabie=SA

# One-shot invocations and launch.
one-shot | vraag aan hoofdsteden van de wereld wat de hoofdstad is van {} | peru=PE; bolivia=BO; chili=CL
one-shot | open hoofdsteden van de wereld en zeg de hoofdstad van {} | ecuador=EC; colombia=CO; mexico=MX
one-shot | start hoofdsteden van de wereld wat is de hoofdstad van {} | nigeria=NG; ghana=GH; kenia=KE
one-shot | vraag hoofdsteden van de wereld naar de hoofdstad van {} | canada=CA; japan=JP; rusland=RU
launch | open hoofdsteden van de wereld | LAUNCH
launch | alexa start hoofdsteden van de wereld | LAUNCH
launch | hoofdsteden van de wereld openen | LAUNCH
launch | speel hoofdsteden van de wereld | LAUNCH
launch | alexa begin met hoofdsteden van de wereld | LAUNCH
launch | ik wil hoofdsteden van de wereld spelen | LAUNCH
launch | doe maar hoofdsteden van de wereld | LAUNCH
launch | hoofdsteden van de wereld alsjeblieft | LAUNCH
launch | alexa open eens hoofdsteden van de wereld voor de kinderen | LAUNCH
launch | zet hoofdsteden van de wereld aan | LAUNCH
launch | allee open hoofdsteden van de wereld | LAUNCH
launch | kun je hoofdsteden van de wereld openen | LAUNCH

# Follow-ups.
follow-up | en {} | tonga=TO; haïti=HT; nepal=NP
follow-up | en van {} dan | chili=CL; bolivia=BO; oman=OM
follow-up | oké en {} | laos=LA; qatar=QA; malta=MT
follow-up | en hoe zit het met {} | jordanië=JO; libanon=LB; kosovo=XK
follow-up | zelfde vraag voor {} | vanuatu=VU; samoa=WS; fiji=FJ
follow-up | en die van {} | belarus=BY; moldavië=MD; georgië=GE
follow-up | allee en {} | senegal=SN; gambia=GM; mali=ML
follow-up | dan nog {} | eswatini=SZ; lesotho=LS; botswana=BW
follow-up | ewa en {} dan | somalië=SO; djibouti=DJ; eritrea=ER
follow-up | en nu {} | uruguay=UY; paraguay=PY; guyana=GY

# Self-corrections (the place said last).
self-correction | wat is nou de hoofdstad van {} | zweden nee noorwegen=NO; oostenrijk sorry zwitserland=CH; slowakije nee slovenië=SI
self-correction | de hoofdstad van {} | nigeria nee niger=NE; guinee eh guinee-bissau=GW; mali of nee mauritanië=MR
self-correction | wat is de hoofdstad van {} bedoel ik | iran uh irak=IQ; oostenrijk australië=AU; zuid-soedan soedan=SD
self-correction | zoek de hoofdstad van {} | colombia wacht nee costa rica=CR; peru ik bedoel paraguay=PY; cuba nee jamaica=JM
self-correction | welke stad is de hoofdstad van {} | letland nee litouwen=LT; estland of nee finland=FI; ijsland nee ierland=IE
self-correction | wat is dan de hoofdstad van {} | zuid-korea eh noord-korea=KP; noord-korea nee zuid-korea=KR; taiwan nee thailand=TH

# Yes/no checks (the place asked about).
yes-no-check | is sydney de hoofdstad van {} | australië=AU
yes-no-check | klopt het dat istanbul de hoofdstad van {} is | turkije=TR
yes-no-check | is rio de janeiro nog steeds de hoofdstad van {} | brazilië=BR
yes-no-check | is lagos de hoofdstad van {} of niet | nigeria=NG
yes-no-check | toronto is toch de hoofdstad van {} | canada=CA
yes-no-check | is zürich de hoofdstad van {} | zwitserland=CH
yes-no-check | is casablanca de hoofdstad van {} | marokko=MA
yes-no-check | is almaty nou de hoofdstad van {} of niet meer | kazachstan=KZ
yes-no-check | is auckland de hoofdstad van {} | nieuw-zeeland=NZ
yes-no-check | klopt het dat dar es salaam niet meer de hoofdstad van {} is | tanzania=TZ
yes-no-check | is yangon de hoofdstad van {} | myanmar=MM
yes-no-check | is ho chi minhstad de hoofdstad van {} | vietnam=VN
yes-no-check | is abidjan echt de hoofdstad van {} | ivoorkust=CI
yes-no-check | is madrid de hoofdstad van {} toch | spanje=ES
yes-no-check | ik denk dat wenen de hoofdstad van {} is klopt dat | oostenrijk=AT
yes-no-check | is new york de hoofdstad van {} | amerika=US

# Reverse questions.
reverse-question | van welk land is {} de hoofdstad | ouagadougou=CITY:Ouagadougou; tegucigalpa=CITY:Tegucigalpa; ulaanbaatar=CITY:Ulaanbaatar
reverse-question | {} is de hoofdstad van welk land | bisjkek=CITY:Bisjkek; asmara=CITY:Asmara; paramaribo=CITY:Paramaribo
reverse-question | waar is {} de hoofdstad van | canberra=CITY:Canberra; ottawa=CITY:Ottawa; wellington=CITY:Wellington
reverse-question | welk land heeft {} als hoofdstad | thimphu=CITY:Thimphu; vientiane=CITY:Vientiane; windhoek=CITY:Windhoek
reverse-question | in welk land ligt de hoofdstad {} | nouakchott=CITY:Nouakchott; lilongwe=CITY:Lilongwe; maseru=CITY:Maseru
reverse-question | van wat is {} de hoofdstad | victoria=CITY:Victoria; kingston=CITY:Kingston; georgetown=CITY:Georgetown
reverse-question | {} is de hoofdstad van wat | sacramento=CITY:Sacramento; edmonton=CITY:Edmonton; hobart=CITY:Hobart
reverse-question | ik hoorde {} op het nieuws welk land heeft die hoofdstad | naypyidaw=CITY:Naypyidaw; dodoma=CITY:Dodoma; gitega=CITY:Gitega

# Official names.
official-name | wat is de hoofdstad van de {} | bondsrepubliek duitsland=DE; helleense republiek=GR; russische federatie=RU
official-name | wat is de hoofdstad van het {} | koninkrijk spanje=ES; koninkrijk marokko=MA; koninkrijk noorwegen=NO
official-name | welke stad is de hoofdstad van de {} | volksrepubliek china=CN; islamitische republiek iran=IR; republiek korea=KR
official-name | de hoofdstad van de {} graag | democratische volksrepubliek korea=KP; verenigde staten van amerika=US; verenigde mexicaanse staten=MX
official-name | hoofdstad van de {} | republiek polen=PL; italiaanse republiek=IT; franse republiek=FR
official-name | wat is volgens jou de hoofdstad van de {} | portugese republiek=PT; republiek turkije=TR; islamitische republiek pakistan=PK
official-name | en wat is de hoofdstad van de {} | zwitserse bondsstaat=CH; federatieve republiek brazilië=BR; arabische republiek egypte=EG
official-name | wat is officieel de hoofdstad van het {} | verenigd koninkrijk van groot-brittannië en noord-ierland=GB; koninkrijk zweden=SE; koninkrijk saoedi-arabië=SA

# Everyday and old names.
everyday-name | wat is de hoofdstad van {} tegenwoordig | wit-rusland=BY; perzië=IR; birma=MM
everyday-name | wat was vroeger {} en wat is nu de hoofdstad | rhodesië=ZW; dahomey=BJ; opper-volta=BF
everyday-name | welke stad is hoofdstad van {} | zaïre=CD; abessinië=ET; siam=TH
everyday-name | hoofdstad van {} hoe heet die | nyasaland=MW; goudkust=GH; basoetoland=LS
everyday-name | de hoofdstad van {} graag | bechuanaland=BW; brits-honduras=BZ; kampuchea=KH
everyday-name | de hoofdstad van de {} welke is dat | vs=US; vae=AE; drc=CD
everyday-name | wat is de hoofdstad van {} eigenlijk | engeland=GB-ENG; holland=NL; amerika=US
everyday-name | wat is de hoofdstad van {} nog | ceylon=LK; swaziland=SZ; macedonië=MK
everyday-name | wat is nu de hoofdstad van {} | türkiye=TR; timor-leste=TL; congo-brazzaville=CG

# Shared names.
shared-name | weet jij de hoofdstad van {} | congo=CD+CG; korea=KP+KR; georgia=GE+US-GA
shared-name | en wat zijn dan de hoofdsteden van {} | de twee congo's=CD+CG; beide korea's=KP+KR; de maagdeneilanden=VG+VI
shared-name | hoofdstad van {} graag | noord en zuid-korea=KP+KR; maagdeneilanden=VG+VI; congo=CD+CG
shared-name | ik bedoel {} wat is daar de hoofdstad | georgia=GE+US-GA; korea=KP+KR

# Plural capitals.
plural-capitals | wat zijn de hoofdsteden van {} | zuid-afrika=ZA; bolivia=BO; nederland=NL
plural-capitals | welke hoofdsteden heeft {} | maleisië=MY; sri lanka=LK; benin=BJ
plural-capitals | noem alle hoofdsteden van {} | ivoorkust=CI; eswatini=SZ; palestina=PS
plural-capitals | ik hoorde dat {} drie hoofdsteden heeft welke zijn dat | zuid-afrika=ZA
plural-capitals | heeft {} echt twee hoofdsteden welke dan | bolivia=BO; holland=NL; maleisië=MY
plural-capitals | wat zijn de twee hoofdsteden van {} | sri lanka=LK; swaziland=SZ; côte d'ivoire=CI
plural-capitals | geef me alle hoofdsteden van {} | benin=BJ; palestina=PS; jammu en kasjmir=IN-JK
plural-capitals | allee welke zijn de hoofdsteden van {} | zuid-afrika=ZA; eswatini=SZ; nederland=NL
plural-capitals | ek wil die hoofdsteden van {} weet | zuid-afrika=ZA; maleisië=MY; palestina=PS
plural-capitals | bro wat zijn de hoofdsteden van {} allemaal | bolivia=BO; ivoorkust=CI; sri lanka=LK
plural-capitals | voor de quiz de hoofdsteden van {} allemaal | benin=BJ; eswatini=SZ; uttarakhand=IN-UK

# Subdivisions.
subdivision | wat is de hoofdstad van de staat {} | texas=US-TX; californië=US-CA; florida=US-FL
subdivision | welke stad is de hoofdstad van {} in amerika | new york=US-NY; illinois=US-IL; pennsylvania=US-PA
subdivision | wat is de hoofdstad van {} in de vs | nevada=US-NV; washington=US-WA; michigan=US-MI
subdivision | ik rij door {} met de camper wat is de hoofdstad van die staat | arizona=US-AZ; utah=US-UT; colorado=US-CO
subdivision | wat is de hoofdstad van de provincie {} in canada | ontario=CA-ON; brits-columbia=CA-BC; alberta=CA-AB
subdivision | hoofdstad van {} in canada | quebec=CA-QC; nova scotia=CA-NS; manitoba=CA-MB
subdivision | wat is de hoofdstad van de deelstaat {} | beieren=DE-BY; nedersaksen=DE-NI; noordrijn-westfalen=DE-NW
subdivision | welke stad is de hoofdstad van {} in duitsland | hessen=DE-HE; saksen=DE-SN; rijnland-palts=DE-RP
subdivision | wat is de hoofdstad van {} in australië | queensland=AU-QLD; victoria=AU-VIC; tasmanië=AU-TAS
subdivision | wat is de hoofdstad van de braziliaanse deelstaat {} | bahia=BR-BA; amazonas=BR-AM; minas gerais=BR-MG
subdivision | wat is de hoofdstad van de indiase staat {} | kerala=IN-KL; rajasthan=IN-RJ; goa=IN-GA
subdivision | wat is de hoofdstad van {} in mexico | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | wat is de hoofdstad van {} in het vk | schotland=GB-SCT; wales=GB-WLS; noord-ierland=GB-NIR
subdivision | wat is de hoofdstad van {} in zuid-amerika ik bedoel het eiland | aruba=AW
subdivision | wat is de hoofdplaats van {} | aruba=AW; curaçao=CW; sint-maarten=SX
subdivision | wat is de hoofdstad van {} in de caraïben | bonaire=BQ; puerto rico=PR; martinique=MQ
subdivision | wat is de hoofdstad van {} van denemarken | groenland=GL; de faeröer=FO
subdivision | welke stad is de hoofdstad van {} in de stille oceaan | frans-polynesië=PF; nieuw-caledonië=NC; guam=GU
subdivision | welke plaats is de hoofdstad van de {} | falklandeilanden=FK; kaaimaneilanden=KY; cookeilanden=CK
subdivision | en de hoofdstad van het {} | noordelijk territorium=AU-NT; eiland man=IM; federaal district=BR-DF

# Out of domain: other facts about a named country.
out-of-domain | hoeveel inwoners heeft portugal | FB
out-of-domain | welke taal spreken ze in brazilië | FB
out-of-domain | wat is de munteenheid van zwitserland | FB
out-of-domain | hoe laat is het nu in japan | FB
out-of-domain | wie is de president van frankrijk | FB
out-of-domain | welke kleuren heeft de vlag van ierland | FB
out-of-domain | hoe groot is canada in vierkante kilometers | FB
out-of-domain | wat is het volkslied van belgië | FB
out-of-domain | welke landen grenzen aan duitsland | FB
out-of-domain | wat is de hoogste berg van italië | FB
out-of-domain | hoe lang vliegen we naar indonesië | FB
out-of-domain | wat is de grootste stad van australië | FB
out-of-domain | welk geloof hebben ze in marokko | FB
out-of-domain | wanneer werd suriname onafhankelijk | FB
out-of-domain | wat is het nationale gerecht van hongarije | FB
out-of-domain | hoeveel provincies heeft nederland | FB
out-of-domain | wie is de koning van spanje | FB
out-of-domain | welk netnummer heeft turkije | FB
out-of-domain | wat is het weer in lissabon | FB
out-of-domain | hoe zeg je dankjewel in het grieks | FB
out-of-domain | wat was vroeger de hoofdstad van duitsland voor berlijn | FB
out-of-domain | waarom is sydney niet de hoofdstad | FB
out-of-domain | hoeveel hoofdsteden ken jij eigenlijk | FB
out-of-domain | wat is de grootste haven van europa | FB
out-of-domain | welke rivier stroomt door boedapest | FB
out-of-domain | hoeveel mensen wonen er in parijs | FB
out-of-domain | wat is het bnp van noorwegen | FB
out-of-domain | welke munt gebruiken ze in polen | FB
out-of-domain | is het veilig om naar egypte te reizen | FB
out-of-domain | wat is de afstand van amsterdam naar rome | FB
# Out of domain: "hoofdstad", "kapitaal" and "capital" in other senses.
out-of-domain | wat is de culturele hoofdstad van europa dit jaar | FB
out-of-domain | welke stad is de modehoofdstad van de wereld | FB
out-of-domain | gouda is de kaashoofdstad toch | FB
out-of-domain | wat is de wielerhoofdstad van vlaanderen | FB
out-of-domain | schrijf hoofdstad met een hoofdletter of niet | FB
out-of-domain | hoeveel startkapitaal heb je nodig voor een bv | FB
out-of-domain | wat betekent kapitaal in de economie | FB
out-of-domain | wie schreef das kapital | FB
out-of-domain | lees hoofdstuk drie voor | FB
out-of-domain | wat is het adres van het hoofdkantoor van shell | FB
out-of-domain | wat is de hoofdprijs van de staatsloterij | FB
out-of-domain | wat is een kapitale fout | FB
out-of-domain | hoeveel kost capital one aandelen | FB
out-of-domain | speel capital cities van de band | FB
out-of-domain | hoe spel je het woord hoofdsteden | FB
out-of-domain | wat is het meervoud van hoofdstad | FB
out-of-domain | wat rijmt er op hoofdstad | FB
out-of-domain | vertaal hoofdstad naar het engels | FB
out-of-domain | wat is de hoofdstad in monopoly de duurste straat | FB
out-of-domain | welke provinciehoofdstad heeft de meeste inwoners | FB
# Out of domain: the household and the rest.
out-of-domain | zet een timer voor tien minuten | FB
out-of-domain | speel radio twee | FB
out-of-domain | doe het licht in de woonkamer uit | FB
out-of-domain | wat staat er morgen in mijn agenda | FB
out-of-domain | zet melk op het boodschappenlijstje | FB
out-of-domain | vertel een mop | FB
out-of-domain | hoe ver is het naar de maan | FB
out-of-domain | wie heeft er gisteren gewonnen bij het voetbal | FB
out-of-domain | hoeveel is zeven keer acht | FB
out-of-domain | bel mama | FB
out-of-domain | wat is de uitslag van de tour vandaag | FB
out-of-domain | wie won het songfestival vorig jaar | FB
out-of-domain | hoe laat vertrekt de trein naar utrecht | FB
out-of-domain | wat is een goed recept voor stamppot | FB
out-of-domain | zet de verwarming hoger | FB
out-of-domain | wollah alexa speel wat muziek | FB
out-of-domain | ek wil musiek hoor asseblief | FB
out-of-domain | amai wat is het weer morgen in gent | FB
out-of-domain | basically zet een wekker om zeven uur | FB
out-of-domain | hoe lang moet een ei koken | FB

# Help.
help | hoe werkt dit eigenlijk | HELP
help | wat kan ik allemaal vragen | HELP
help | ik snap het niet wat moet ik zeggen | HELP
help | help me even | HELP
help | hoe gebruik ik dit spel | HELP
help | wat moet ik doen | HELP
help | leg het nog eens uit | HELP
help | allee hoe gaat da hier | HELP
help | sorry ik begrijp niet hoe werkt | HELP
help | wat zijn de mogelijkheden | HELP
help | uitleg graag | HELP
help | ek verstaan nie hoe werk dit | HELP
help | bro hoe werkt die shit | HELP
help | hulp alsjeblieft | HELP
help | geef eens wat voorbeelden | HELP
help | waar ben ik nu mee bezig help | HELP
help | hoe moet ik een hoofdstad vragen | HELP
help | wat doet deze skill | HELP

# Stop (end the skill).
stop | stop | STOP
stop | stop ermee | STOP
stop | hou op | STOP
stop | ik wil stoppen | STOP
stop | stoppen nu | STOP
stop | afsluiten | STOP
stop | sluit de skill af | STOP
stop | ik ben er klaar mee | STOP
stop | genoeg voor vandaag | STOP
stop | stop maar alexa | STOP
stop | allee stop maar | STOP
stop | wollah stop nu | STOP
stop | oké het is goed zo stop | STOP
stop | stop het spel | STOP
stop | beëindig de skill | STOP
stop | we gaan eten stop maar | STOP
stop | ek is klaar stop | STOP
stop | zet uit | STOP

# Cancel (call off the request).
cancel | annuleer | CANCEL
cancel | annuleer dat | CANCEL
cancel | laat maar | CANCEL
cancel | laat maar zitten | CANCEL
cancel | vergeet het | CANCEL
cancel | vergeet die vraag maar | CANCEL
cancel | nee toch niet | CANCEL
cancel | laat maar alexa | CANCEL
cancel | allee laat maar zitten | CANCEL
cancel | annuleren graag | CANCEL
cancel | nee laat ook maar | CANCEL
cancel | laat die vraag maar | CANCEL
cancel | toch maar niet | CANCEL
cancel | bro laat maar | CANCEL
cancel | ik trek de vraag in | CANCEL
cancel | vergeet wat ik zei | CANCEL
cancel | annuleer die vraag | CANCEL
cancel | nee skip die maar | CANCEL

# Second batch (after the first build): more situational subdivision, plural, check, reverse, help, stop, cancel,
# launch and out-of-domain lines, and the Caribbean countries not yet asked.
caribbean | we vliegen via curaçao door naar {} wat is daar de hoofdstad | antigua en barbuda=AG; saint kitts en nevis=KN; trinidad en tobago=TT
caribbean | mijn collega komt van {} welke stad is daar de hoofdstad | saint vincent en de grenadines=VC; antigua=AG; trinidad=TT
caribbean | op de cruisekaart staat {} wat is de hoofdstad | sint kitts=KN; sint vincent=VC; dominica=DM
subdivision | we gaan op roadtrip door {} welke stad is daar de hoofdstad | oregon=US-OR; montana=US-MT; wyoming=US-WY
subdivision | mijn uitwisselingsstudent woont in {} wat is de hoofdstad van die staat | ohio=US-OH; iowa=US-IA; kansas=US-KS
subdivision | de nba ploeg komt uit {} wat is de hoofdstad van de staat | louisiana=US-LA; tennessee=US-TN; wisconsin=US-WI
subdivision | allee wat is de hoofdstad van de staat {} in amerika | georgia=US-GA; massachusetts=US-MA; virginia=US-VA
subdivision | hoofdstad van de amerikaanse staat {} | alaska=US-AK; hawaï=US-HI; new mexico=US-NM
subdivision | ek wil weet die hoofdstad van {} in kanada | saskatchewan=CA-SK; yukon=CA-YT; nunavut=CA-NU
subdivision | welke stad is de hoofdstad van de provincie {} | new brunswick=CA-NB; prins edwardeiland=CA-PE; newfoundland en labrador=CA-NL
subdivision | we gaan skiën in {} wat is de hoofdstad van die deelstaat | thüringen=DE-TH; saksen-anhalt=DE-ST; brandenburg=DE-BB
subdivision | wat is de hoofdstad van de duitse deelstaat {} | sleeswijk-holstein=DE-SH; mecklenburg-voor-pommeren=DE-MV; saarland=DE-SL
subdivision | mijn schoonfamilie woont in {} wat is daar de hoofdstad | baden-württemberg=DE-BW; zuid-australië=AU-SA; west-australië=AU-WA
subdivision | het carnaval in {} welke stad is de hoofdstad van die staat | pernambuco=BR-PE; rio grande do sul=BR-RS; ceará=BR-CE
subdivision | de cricketwedstrijd is in {} wat is de hoofdstad van die staat | tamil nadu=IN-TN; maharashtra=IN-MH; west-bengalen=IN-WB
subdivision | yoga retreat in {} wat is daar de hoofdstad | karnataka=IN-KA; himachal pradesh=IN-HP; sikkim=IN-SK
subdivision | wat is de hoofdstad van {} die mexicaanse staat | chiapas=MX-CHP; sonora=MX-SON; quintana roo=MX-ROO
subdivision | wat is de hoofdstad van {} in nieuw-zuid-wales ik bedoel de staat | nieuw-zuid-wales=AU-NSW
subdivision | wat is de hoofdplaats van {} in de caraïben | guadeloupe=GP; frans-guyana=GF; anguilla=AI
subdivision | welke stad is de hoofdstad van {} bij frankrijk | réunion=RE; mayotte=YT; saint-pierre en miquelon=PM
subdivision | wat is de hoofdstad van {} in het kanaal | jersey=JE; guernsey=GG; gibraltar=GI
subdivision | hoe heet de hoofdstad van {} | åland=AX; spitsbergen=SJ; bermuda=BM
plural-capitals | de juf zegt dat {} meer hoofdsteden heeft welke zijn het | nederland=NL; zuid-afrika=ZA; bolivia=BO
plural-capitals | noem eens de hoofdsteden van {} allebei | maleisië=MY; sri lanka=LK; ivoorkust=CI
plural-capitals | welke steden zijn de hoofdsteden van {} | eswatini=SZ; benin=BJ; palestina=PS
yes-no-check | zit de regering van {} echt in den haag | nederland=NL
yes-no-check | is kaapstad ook een hoofdstad van {} | zuid-afrika=ZA
yes-no-check | is bombay de hoofdstad van {} | india=IN
yes-no-check | ik gok dat genève de hoofdstad is van {} klopt dat | zwitserland=CH
yes-no-check | is sint petersburg de hoofdstad van {} | rusland=RU
yes-no-check | antwerpen is de hoofdstad van {} toch | belgië=BE
yes-no-check | is quebec de hoofdstad van {} of is dat ottawa | canada=CA
yes-no-check | is karachi nog de hoofdstad van {} | pakistan=PK
yes-no-check | is manilla de hoofdstad van {} ja of nee | filipijnen=PH
reverse-question | welk land hoort bij de hoofdstad {} | tbilisi=CITY:Tbilisi; jerevan=CITY:Jerevan; bakoe=CITY:Bakoe
reverse-question | de hoofdstad {} is van welk land | praia=CITY:Praia; bissau=CITY:Bissau; banjul=CITY:Banjul
reverse-question | wollah {} is de hoofdstad van welk land | mogadishu=CITY:Mogadishu; khartoem=CITY:Khartoem; sanaa=CITY:Sanaa
reverse-question | {} welk land hoort daarbij | ljubljana=CITY:Ljubljana; bratislava=CITY:Bratislava; skopje=CITY:Skopje
official-name | wat is de hoofdstad van de {} zeg maar | republiek oostenrijk=AT; tsjechische republiek=CZ; kirgizische republiek=KG
official-name | welke stad is de hoofdstad van het {} | koninkrijk der nederlanden=NL; koninkrijk belgië=BE; koninkrijk denemarken=DK
everyday-name | zeg maar de hoofdstad van {} | het vk=GB; groot-brittannië=GB; de states=US
everyday-name | wat is de hoofdstad van {} nu | saudi-arabië=SA; de emiraten=AE; bosnië=BA
out-of-domain | hoeveel inwoners heeft de hoofdstad van spanje | FB
out-of-domain | hoe warm is het in de hoofdstad van thailand | FB
out-of-domain | welke taal spreken ze in de hoofdstad van belgië | FB
out-of-domain | wat is de beste tijd om naar de hoofdstad van peru te gaan | FB
out-of-domain | wat kost een biertje in praag | FB
out-of-domain | hoe heet de burgemeester van amsterdam | FB
out-of-domain | wanneer is amsterdam hoofdstad geworden | FB
out-of-domain | welk land heeft de meeste inwoners | FB
out-of-domain | wat is het kleinste land van de wereld | FB
out-of-domain | hoeveel landen zijn er in afrika | FB
out-of-domain | welke landen horen bij de eu | FB
out-of-domain | wat is de munt van japan | FB
out-of-domain | hoeveel tijdverschil is er met new york | FB
out-of-domain | wie is de premier van belgië | FB
out-of-domain | wat is het telefoonnummer van de ambassade van marokko | FB
out-of-domain | heb ik een visum nodig voor india | FB
out-of-domain | welk stopcontact hebben ze in engeland | FB
out-of-domain | wat is de langste rivier van afrika | FB
out-of-domain | hoeveel eilanden heeft indonesië | FB
out-of-domain | wat is de hoofdsponsor van ajax | FB
out-of-domain | wie is de hoofdrolspeler in die film | FB
out-of-domain | wat is de hoofdmoot van het nieuws vandaag | FB
out-of-domain | wat is de kapitaalmarktrente | FB
out-of-domain | bereken mijn eigen kapitaal | FB
out-of-domain | wat is het hoofdgerecht vanavond | FB
out-of-domain | waar ligt het hoofdbureau van politie | FB
out-of-domain | wat is venture capital | FB
out-of-domain | hoe gaat het met je alexa | FB
out-of-domain | doe de rolluiken omlaag | FB
out-of-domain | speel het songfestival liedje van vorig jaar | FB
out-of-domain | hoe laat begint de tourrit | FB
out-of-domain | wie staat er bovenaan in de eredivisie | FB
out-of-domain | wat is de stand bij het darten | FB
out-of-domain | zet de afwasmachine aan | FB
out-of-domain | hoeveel punten kreeg zweden | FB
out-of-domain | mattie speel een nummer van boef | FB
out-of-domain | zeg ne keer hoe laat het is | FB
out-of-domain | hoeveel graden is het buiten | FB
out-of-domain | koop nieuwe batterijen | FB
out-of-domain | wat is het wachtwoord van de wifi | FB
out-of-domain | ek soek n resep vir melktert | FB
out-of-domain | lees het nieuws van de vrt voor | FB
out-of-domain | waar ligt de dichtstbijzijnde apotheek | FB
out-of-domain | wat is de snelste route naar de camping | FB
out-of-domain | hoeveel calorieën zit er in een stroopwafel | FB
help | ik heb hulp nodig met dit spel | HELP
help | wat kan je allemaal met hoofdsteden | HELP
help | hoe vraag ik naar een land | HELP
help | ik weet niet wat ik moet vragen help | HELP
help | kun je uitleggen hoe het werkt | HELP
help | mattie hoe werkt dit ding | HELP
help | amai hoe moet dat hier | HELP
help | welke vragen mag ik stellen | HELP
help | geef me de instructies | HELP
help | oma snapt het niet help eens | HELP
help | wat zijn de regels | HELP
help | basically wat kan ik hier doen | HELP
help | hoe werkt hoofdsteden van de wereld | HELP
help | help ik ben de weg kwijt | HELP
stop | ik wil niet meer spelen stop | STOP
stop | stop met de hoofdsteden | STOP
stop | oké stop nu maar | STOP
stop | het is bedtijd stop ermee | STOP
stop | hou er maar mee op | STOP
stop | stoppen alsjeblieft | STOP
stop | sluit af | STOP
stop | klaar stop | STOP
stop | stop maar we zijn er | STOP
stop | sluit hoofdsteden van de wereld af | STOP
stop | stop de quiz | STOP
stop | alexa stop ermee | STOP
stop | amai stop nu | STOP
stop | stop mattie | STOP
cancel | laat maar ik zoek het zelf op | CANCEL
cancel | nee vergeet die laatste | CANCEL
cancel | annuleer mijn vraag | CANCEL
cancel | laat maar zitten hoor | CANCEL
cancel | vergeet het maar alexa | CANCEL
cancel | nee laat maar ik weet het al | CANCEL
cancel | wollah laat maar | CANCEL
cancel | laat maar het hoeft niet meer | CANCEL
cancel | annuleer dat maar | CANCEL
cancel | vergeet die vraag | CANCEL
cancel | ewa laat maar zitten | CANCEL
cancel | nee ek het dit verkeerd laat maar | CANCEL
cancel | die vraag hoeft niet meer | CANCEL
cancel | annuleer het verzoek | CANCEL
launch | open de skill hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden van de wereld voor mij | LAUNCH
launch | wollah open hoofdsteden van de wereld | LAUNCH
launch | ek wil hoofdsteden van de wereld oopmaak | LAUNCH
launch | laten we hoofdsteden van de wereld doen | LAUNCH
launch | start het spel hoofdsteden van de wereld | LAUNCH
stop | de kinderen moeten slapen stop nu | STOP
stop | bro stop ermee | STOP
stop | ewa stop maar | STOP
stop | ik ben klaar met de hoofdsteden stop | STOP
stop | stop nou eens | STOP
stop | genoeg geleerd stop maar | STOP
stop | stop de skill alsjeblieft | STOP
stop | hou maar op alexa | STOP
stop | ek wil ophou stop | STOP
stop | we stoppen ermee | STOP
cancel | laat die laatste vraag maar | CANCEL
cancel | bro vergeet het | CANCEL
cancel | annuleer die maar | CANCEL
cancel | laat maar ik bedenk me | CANCEL
cancel | vergeet het ik vraag het later | CANCEL
cancel | nee laat die maar zitten | CANCEL
cancel | allee vergeet het | CANCEL
cancel | laat maar mattie | CANCEL
cancel | annuleren die vraag | CANCEL
cancel | toch niet laat maar | CANCEL
out-of-domain | wat is het kenteken van een auto uit polen | FB
out-of-domain | welke kleur heeft de trui van de koploper | FB
out-of-domain | hoe oud is de koning van marokko | FB
out-of-domain | waar ligt de hoofdingang van het ziekenhuis | FB
out-of-domain | zet het songfestival op tv | FB
out-of-domain | wat is de kapitaalgroei van mijn spaarrekening | FB
out-of-domain | welke landen liggen aan de donau | FB
out-of-domain | hoe ver is gent van brussel | FB
out-of-domain | wie heeft de giro gewonnen | FB
out-of-domain | wat voor geld gebruiken ze in zuid-afrika | FB
"""

if __name__ == "__main__":
    build_round(21, "nl", LINES, sys.argv, "tests/Eval/nl/round21/source/build_corpus.py")
