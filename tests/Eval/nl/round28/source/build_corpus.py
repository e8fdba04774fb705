"""Round 28, Dutch (nl-NL): a new author's own mix, written blind. Speakers chosen away from the groups the four
latest Dutch rounds used: Brabanders from Eindhoven and Tilburg ("hedde", "ge", "houdoe", "jonguh", carnaval),
Frisians ("heit", "mem", "sjonge", the Elfstedentocht, skûtsjesilen), Rotterdammers from the harbour ("effe",
"ouwe", "nie", the Kuip), Maastrichtenaren ("sjoen", "hoe ist", "mer"), Twentenaren ("wat is dat", "noaber"),
Surinamese Dutch ("baya", "mi gudu", "tori", "no span"), Turkish-Dutch families ("abi", "yani", "tamam", "hadi"),
Polish warehouse and greenhouse workers in the Westland ("tak", "dobrze", "prosze"), Syrian newcomers at A2 level
("yalla", "habibi", "shukran", verb and article slips), Ukrainian refugee mothers ("dyakuyu", "tak"), Cape Verdean
Rotterdammers ("obrigado", "ok"), children in groep 6 doing topografie, a grandmother at bingo in the care home,
a truck driver on the A2 and abroad, KLM cabin crew on a layover, a pub quiz team, a darts evening, football
supporters of Oranje, a stamp collector, a crossword and Wordfeud player, a pharmacist's assistant, a postwoman,
a cruise-ship couple, a camping family in Drenthe, a teacher preparing a lesson, a radio-quiz listener, a student
cramming for a Dutch citizenship test. Plus follow-ups, yes/no checks (right and wrong guesses), self-corrections
("nee wacht", "ik bedoel", "sorry", "nee toch", "oeps"), reverse questions, official, old and everyday names, shared
names, plurals, subdivisions and territories, one-shot requests through "hoofdsteden van de wereld", launch, help,
stop and cancel in those speakers' words, out-of-domain near misses, and what nl-NL recognition writes (lost
diaeresis, split and joined words, homophones and phonetic spellings).
`python3 tests/Eval/nl/round28/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 28's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Brabanders
brabants | hedde gij enig idee wat de hoofdstad van {} is | frankrijk=FR; italië=IT; griekenland=GR
brabants | jonguh alexa wat is nou de hoofdstad van {} | oostenrijk=AT; zwitserland=CH; tsjechië=CZ
brabants | ge moet me effe helpen wat is de hoofdstad van {} | hongarije=HU; slowakije=SK; polen=PL
brabants | we gaan met carnaval naar {} wat is daar de hoofdstad van | duitsland=DE; belgië=BE; luxemburg=LU
brabants | houdoe en bedankt maar wat is de hoofdstad van {} nog | denemarken=DK; noorwegen=NO; zweden=SE
brabants | zeg alexa wette gij de hoofdstad van {} | portugal=PT; spanje=ES; malta=MT
brabants | ons moeder vraagt wat de hoofdstad van {} is | ierland=IE; ijsland=IS; finland=FI
brabants | bij de philips werkte vroeger een collega uit {} wat is daar de hoofdstad | india=IN; pakistan=PK; bangladesh=BD

# Friezen
fries | sjonge alexa wat is de hoofdstad van {} ook alweer | estland=EE; letland=LV; litouwen=LT
fries | heit wil weten wat de hoofdstad van {} is | canada=CA; mexico=MX; cuba=CU
fries | mem zegt dat de hoofdstad van {} moeilijk is wat is het | kazachstan=KZ; oezbekistan=UZ; turkmenistan=TM
fries | bij het skûtsjesilen zat een man uit {} wat is de hoofdstad daar | nieuw-zeeland=NZ; australië=AU; japan=JP
fries | als de elfstedentocht niet doorgaat schaatsen we in {} wat is daar de hoofdstad | oostenrijk=AT; noorwegen=NO; zweden=SE
fries | no alexa wat is de hoofdstad fan {} | roemenië=RO; bulgarije=BG; moldavië=MD

# Rotterdammers
rotterdams | effe vragen alexa wat is de hoofdstad van {} | marokko=MA; tunesië=TN; algerije=DZ
rotterdams | ouwe wat is nou de hoofdstad van {} | kaapverdië=CV; angola=AO; mozambique=MZ
rotterdams | er ligt een containerschip uit {} in de maasvlakte wat is daar de hoofdstad | singapore=SG; liberia=LR; panama=PA
rotterdams | ik weet het echt nie wat is de hoofdstad van {} | chili=CL; peru=PE; argentinië=AR
rotterdams | in de kuip speelt feyenoord tegen een club uit {} wat is de hoofdstad van dat land | oekraïne=UA; servië=RS; turkije=TR
rotterdams | alexa gooi het d'r maar uit wat is de hoofdstad van {} | egypte=EG; jordanië=JO; libanon=LB

# Maastrichtenaren
limburgs | sjoen alexa wat is de hoofdstad van {} | slovenië=SI; kroatië=HR; bosnië en herzegovina=BA
limburgs | hoe ist alexa weet jij de hoofdstad van {} | albanië=AL; montenegro=ME; noord-macedonië=MK
limburgs | mer wat is dan de hoofdstad van {} | liechtenstein=LI; san marino=SM; andorra=AD
limburgs | we rijden over de grens naar {} wat is daar de hoofdstad | belgië=BE; duitsland=DE; frankrijk=FR

# Twentenaren
twents | wat is dat nou alexa wat is de hoofdstad van {} | letland=LV; wit-rusland=BY; georgië=GE
twents | de noaber vroeg wat de hoofdstad van {} is | armenië=AM; azerbeidzjan=AZ; kirgizië=KG
twents | bi'j ons op de boerderij werkt een jongen uit {} wat is daar de hoofdstad | polen=PL; litouwen=LT; bulgarije=BG

# Surinaamse Nederlanders
surinaams | baya alexa wat is de hoofdstad van {} | suriname=SR; guyana=GY; frans-guyana=GF
surinaams | mi gudu vraagt wat de hoofdstad van {} is | trinidad en tobago=TT; barbados=BB; jamaica=JM
surinaams | no span alexa zeg me de hoofdstad van {} | brazilië=BR; venezuela=VE; colombia=CO
surinaams | tori voor de kinderen wat is de hoofdstad van {} | ghana=GH; benin=BJ; togo=TG
surinaams | mijn oma komt uit {} wat is daar de hoofdstad | indonesië=ID; india=IN; china=CN

# Turks-Nederlandse families
turks-nederlands | abi wat is de hoofdstad van {} | turkije=TR; azerbeidzjan=AZ; cyprus=CY
turks-nederlands | yani alexa wat is eigenlijk de hoofdstad van {} | irak=IQ; iran=IR; syrië=SY
turks-nederlands | tamam en wat is de hoofdstad van {} | georgië=GE; bulgarije=BG; griekenland=GR
turks-nederlands | hadi alexa snel de hoofdstad van {} | kazachstan=KZ; turkmenistan=TM; oezbekistan=UZ
turks-nederlands | mijn zoon vraagt de hoofdstad van {} voor school | qatar=QA; koeweit=KW; bahrein=BH

# Poolse werknemers in het Westland
pools | tak alexa wat is hoofdstad van {} | polen=PL; tsjechië=CZ; slowakije=SK
pools | dobrze en hoofdstad van {} wat is | oekraïne=UA; litouwen=LT; wit-rusland=BY
pools | prosze alexa de hoofdstad van {} zeggen | hongarije=HU; roemenië=RO; moldavië=MD
pools | in de kas werkt collega uit {} wat is de hoofdstad daarvan | bulgarije=BG; letland=LV; estland=EE

# Syrische nieuwkomers
syrisch | yalla alexa wat is hoofdstad van {} | syrië=SY; libanon=LB; jordanië=JO
syrisch | habibi wat is de hoofdstad {} | irak=IQ; saoedi-arabië=SA; jemen=YE
syrisch | shukran alexa en hoofdstad van {} is wat | egypte=EG; soedan=SD; libië=LY
syrisch | ik leer nederlands welke stad is hoofdstad van {} | oman=OM; verenigde arabische emiraten=AE; koeweit=KW
syrisch | alexa ik wil weten hoofdstad van land {} | algerije=DZ; tunesië=TN; mauritanië=MR

# Oekraïense moeders
oekraiens | dyakuyu alexa wat is de hoofdstad van {} | oekraïne=UA; moldavië=MD; rusland=RU
oekraiens | tak tak en wat is hoofdstad van {} | georgië=GE; armenië=AM; polen=PL
oekraiens | mijn dochter vraagt wat is de hoofdstad van {} voor huiswerk | tadzjikistan=TJ; kirgizië=KG; mongolië=MN

# Kaapverdische Rotterdammers
kaapverdisch | obrigado alexa maar wat is de hoofdstad van {} | kaapverdië=CV; guinee-bissau=GW; sao tomé en principe=ST
kaapverdisch | ok alexa de hoofdstad van {} wat is het | angola=AO; mozambique=MZ; oost-timor=TL

# Kinderen groep 6 topografie
kinderen | alexa de juf zegt dat we de hoofdstad van {} moeten weten | nederland=NL; belgië=BE; duitsland=DE
kinderen | mag ik weten wat de hoofdstad van {} is | frankrijk=FR; engeland=GB-ENG; schotland=GB-SCT
kinderen | alexa wat is de hoofdstad van {} want ik heb morgen een toets | italië=IT; spanje=ES; portugal=PT
kinderen | alexaaa wat is de hoofdstad van {} | egypte=EG; kenia=KE; nigeria=NG
kinderen | mama zegt dat ik het aan jou moet vragen wat is de hoofdstad van {} | japan=JP; china=CN; zuid-korea=KR
kinderen | alexa welke stad is de hoofdstad van {} hihi | madagaskar=MG; mauritius=MU; seychellen=SC
kinderen | wat is de hoofdstad van {} dat is een raar woord | burkina faso=BF; djibouti=DJ; vanuatu=VU

# Ouderen bij de bingo
ouderen | zeg kindje alexa wat is de hoofdstad van {} | engeland=GB-ENG; ierland=IE; wales=GB-WLS
ouderen | vroeger wist ik het wel wat was de hoofdstad van {} | joegoslavië=FB; tsjechoslowakije=FB
ouderen | ik ben het vergeten hoor wat is de hoofdstad van {} | hongarije=HU; oostenrijk=AT; zwitserland=CH
ouderen | mijn kleinzoon woont in {} wat is daar de hoofdstad | canada=CA; australië=AU; nieuw-zeeland=NZ
ouderen | wilt u mij zeggen wat de hoofdstad van {} is | indonesië=ID; suriname=SR; zuid-afrika=ZA
ouderen | mijn man heeft gevaren op {} wat is de hoofdstad daar | argentinië=AR; brazilië=BR; uruguay=UY

# Vrachtwagenchauffeur
vrachtwagen | ik sta op de parkeerplaats in {} wat is daar de hoofdstad | frankrijk=FR; italië=IT; spanje=ES
vrachtwagen | alexa ik rijd morgen naar {} wat is daar de hoofdstad van | roemenië=RO; bulgarije=BG; griekenland=GR
vrachtwagen | de lading moet naar {} wat is de hoofdstad daarvan | zweden=SE; noorwegen=NO; finland=FI
vrachtwagen | ik heb een vracht voor {} hoe heet de hoofdstad | kroatië=HR; slovenië=SI; servië=RS

# KLM-cabinepersoneel
cabinepersoneel | we hebben een layover in {} wat is de hoofdstad daar eigenlijk | kenia=KE; tanzania=TZ; oeganda=UG
cabinepersoneel | de volgende vlucht gaat naar {} wat is daar de hoofdstad | peru=PE; ecuador=EC; costa rica=CR
cabinepersoneel | voor de omroep wil ik weten wat de hoofdstad van {} is | panama=PA; aruba=AW; curaçao=CW
cabinepersoneel | een passagier vraagt wat de hoofdstad van {} is | thailand=TH; vietnam=VN; maleisië=MY

# Kroegquiz
kroegquiz | quizvraag alexa wat is de hoofdstad van {} | bhutan=BT; nepal=NP; laos=LA
kroegquiz | we zitten vast op de kroegquiz wat is de hoofdstad van {} | burundi=BI; rwanda=RW; malawi=MW
kroegquiz | snel alexa de hoofdstad van {} voor de quiz | kiribati=KI; tuvalu=TV; nauru=NR
kroegquiz | de quizmaster vraagt de hoofdstad van {} wie weet het | palau=PW; micronesia=FM; marshalleilanden=MH
kroegquiz | jongens stil even alexa wat is de hoofdstad van {} | eritrea=ER; somalië=SO; ethiopië=ET
kroegquiz | laatste ronde alexa de hoofdstad van {} graag | paraguay=PY; bolivia=BO; guatemala=GT

# Darts
darts | bij de darts vroeg iemand wat de hoofdstad van {} is | schotland=GB-SCT; noord-ierland=GB-NIR; wales=GB-WLS
darts | alexa terwijl ik gooi wat is de hoofdstad van {} | belgië=BE; duitsland=DE; oostenrijk=AT

# Voetbal
voetbal | oranje speelt tegen {} wat is daar de hoofdstad | senegal=SN; ivoorkust=CI; kameroen=CM
voetbal | het wk is dit keer ook in {} wat is de hoofdstad daar | verenigde staten=US; mexico=MX; canada=CA
voetbal | alexa de spits komt uit {} wat is daar de hoofdstad | gabon=GA; mali=ML; guinee=GN
voetbal | wat is de hoofdstad van {} daar speelt ajax in de europa league | griekenland=GR; cyprus=CY; israël=IL

# Postzegelverzamelaar
postzegels | ik heb een postzegel uit {} wat is daar de hoofdstad | zanzibar=FB; rhodesië=ZW; ceylon=LK
postzegels | op deze postzegel staat {} wat was daar de hoofdstad | perzië=IR; siam=TH; abessinië=ET
postzegels | alexa wat is de hoofdstad van {} voor mijn album | dahomey=BJ; opper-volta=BF; basoetoland=LS

# Kruiswoord en Wordfeud
kruiswoord | hoofdstad van {} zes letters | kenia=KE; peru=PE; irak=IQ
kruiswoord | voor de kruiswoordpuzzel wat is de hoofdstad van {} | mali=ML; niger=NE; tsjaad=TD
kruiswoord | alexa ik zit vast in de puzzel hoofdstad van {} | togo=TG; oman=OM; laos=LA

# Apothekersassistente en postbode
werk | ik ben apothekersassistente en een klant vraagt de hoofdstad van {} | zambia=ZM; zimbabwe=ZW; botswana=BW
werk | als postbode zie ik brieven uit {} wat is daar de hoofdstad | namibië=NA; lesotho=LS; eswatini=SZ
werk | de docent aardrijkskunde wil de hoofdstad van {} voor de les | sierra leone=SL; gambia=GM; liberia=LR

# Cruise
cruise | het cruiseschip legt aan in {} wat is daar de hoofdstad | bahama's=BS; dominica=DM; grenada=GD
cruise | alexa morgen varen we naar {} wat is de hoofdstad daarvan | saint lucia=LC; antigua en barbuda=AG; saint kitts en nevis=KN
cruise | op de cruise zijn we in {} geweest wat is de hoofdstad | saint vincent en de grenadines=VC; haïti=HT; de dominicaanse republiek=DO

# Camping in Drenthe
camping | naast ons op de camping staat een caravan uit {} wat is daar de hoofdstad | denemarken=DK; duitsland=DE; belgië=BE
camping | bij het kampvuur vraagt mijn zoon de hoofdstad van {} | fiji=FJ; samoa=WS; tonga=TO

# Inburgering
inburgering | voor mijn inburgeringsexamen wat is de hoofdstad van {} | nederland=NL; afghanistan=AF; eritrea=ER
inburgering | ik oefen voor de inburgering hoofdstad van {} graag | somalië=SO; soedan=SD; zuid-soedan=SS

# Radioquiz
radioquiz | op de radio vragen ze de hoofdstad van {} wat is het | kameroen=CM; centraal-afrikaanse republiek=CF; equatoriaal-guinea=GQ
radioquiz | ik wil de radioquiz bellen wat is de hoofdstad van {} | brunei=BN; myanmar=MM; cambodja=KH

# Gewone vormen
direct-question | wat is eigenlijk de hoofdstad van {} | vietnam=VN; filipijnen=PH; indonesië=ID
direct-question | welke stad is de hoofdstad van {} nou | zuid-afrika=ZA; namibië=NA; angola=AO
direct-question | hoe heet de hoofdstad van {} ook weer | sri lanka=LK; maldiven=MV; bangladesh=BD
direct-question | welke is de hoofdstad van {} | honduras=HN; nicaragua=NI; el salvador=SV
polite-request | zou je mij willen vertellen wat de hoofdstad van {} is | belize=BZ; guatemala=GT; costa rica=CR
polite-request | alexa wil je me alsjeblieft de hoofdstad van {} noemen | tanzania=TZ; kenia=KE; zambia=ZM
polite-request | mag ik van u de hoofdstad van {} weten | mongolië=MN; nepal=NP; bhutan=BT
imperative | noem de hoofdstad van {} | papoea-nieuw-guinea=PG; salomonseilanden=SB; vanuatu=VU
imperative | zeg me nu de hoofdstad van {} | jemen=YE; oman=OM; qatar=QA
imperative | geef me de hoofdstad van {} | libanon=LB; israël=IL; cyprus=CY
do-you-know | ken jij de hoofdstad van {} | djibouti=DJ; eritrea=ER; comoren=KM
do-you-know | weet jij toevallig wat de hoofdstad van {} is | tadzjikistan=TJ; afghanistan=AF; pakistan=PK
do-you-know | alexa heb jij een idee wat de hoofdstad van {} is | niger=NE; tsjaad=TD; mali=ML
leading-filler | uhm eh alexa de hoofdstad van {} | ecuador=EC; uruguay=UY; paraguay=PY
leading-filler | eh ja hallo alexa wat is de hoofdstad van {} | singapore=SG; brunei=BN; oost-timor=TL
leading-filler | goh even denken wat is de hoofdstad van {} | guinee=GN; sierra leone=SL; gambia=GM
trailing-words | wat is de hoofdstad van {} want ik weet het niet meer | zimbabwe=ZW; malawi=MW; mozambique=MZ
trailing-words | de hoofdstad van {} is wat dan ook alweer | rwanda=RW; burundi=BI; oeganda=UG
trailing-words | wat is de hoofdstad van {} toch ik kom er niet op | senegal=SN; mauritanië=MR; kaapverdië=CV
bare-name | {} hoofdstad | liberia=LR; ghana=GH; togo=TG
bare-name | hoofdstad {} graag | botswana=BW; lesotho=LS; madagaskar=MG
bare-name | {} | monaco=MC; vaticaanstad=VA; san marino=SM

# Vervolgvragen
follow-up | en die van {} | italië=IT; griekenland=GR; turkije=TR
follow-up | oké en van {} dan | zweden=SE; denemarken=DK; ijsland=IS
follow-up | en {} | hongarije=HU; roemenië=RO; bulgarije=BG
follow-up | top en nu {} | peru=PE; chili=CL; bolivia=BO
follow-up | en wat is die van {} nou | marokko=MA; algerije=DZ; libië=LY
follow-up | dank je en hoe zit het met {} | japan=JP; noord-korea=KP; taiwan=TW
follow-up | en nog eentje {} | fiji=FJ; samoa=WS; tonga=TO
follow-up | oh leuk en van {} | mexico=MX; cuba=CU; jamaica=JM
follow-up | hetzelfde voor {} | slowakije=SK; slovenië=SI; kroatië=HR
follow-up | en de hoofdstad van het buurland {} | belgië=BE; luxemburg=LU; frankrijk=FR
follow-up | dan wil ik ook nog die van {} weten | kosovo=XK; palestina=PS; vaticaanstad=VA

# Ja/nee-vragen
yes-no-check | is lissabon de hoofdstad van {} | portugal=PT; spanje=ES; brazilië=BR
yes-no-check | klopt het dat sydney de hoofdstad van {} is | australië=AU; nieuw-zeeland=NZ
yes-no-check | is ankara echt de hoofdstad van {} | turkije=TR; griekenland=GR
yes-no-check | alexa is istanboel de hoofdstad van {} | turkije=TR
yes-no-check | is toronto de hoofdstad van {} of niet | canada=CA
yes-no-check | de hoofdstad van {} is toch rio de janeiro | brazilië=BR
yes-no-check | is de hoofdstad van {} nou new york of washington | verenigde staten=US
yes-no-check | is zürich de hoofdstad van {} | zwitserland=CH; oostenrijk=AT
yes-no-check | is het waar dat lagos de hoofdstad van {} is | nigeria=NG; ghana=GH
yes-no-check | is almaty nog steeds de hoofdstad van {} | kazachstan=KZ
yes-no-check | is yangon de hoofdstad van {} | myanmar=MM
yes-no-check | klopt het dat casablanca de hoofdstad van {} is | marokko=MA; tunesië=TN
yes-no-check | is karachi de hoofdstad van {} of is dat een andere stad | pakistan=PK
yes-no-check | is abuja de hoofdstad van {} | nigeria=NG; niger=NE
yes-no-check | is dar es salaam de hoofdstad van {} | tanzania=TZ; kenia=KE
yes-no-check | is amsterdam de hoofdstad van {} | nederland=NL
yes-no-check | is het antwerpen of brussel de hoofdstad van {} | belgië=BE
yes-no-check | heeft {} als hoofdstad bern | zwitserland=CH; zweden=SE
yes-no-check | ligt de regering van {} in canberra | australië=AU
yes-no-check | abidjan is de hoofdstad van {} toch | ivoorkust=CI; ghana=GH
yes-no-check | is quebec de hoofdstad van {} | canada=CA; quebec=CA-QC
yes-no-check | is glasgow de hoofdstad van {} | schotland=GB-SCT
yes-no-check | is sint petersburg de hoofdstad van {} | rusland=RU
yes-no-check | is auckland de hoofdstad van {} | nieuw-zeeland=NZ
yes-no-check | is ho chi minhstad de hoofdstad van {} | vietnam=VN

# Zelfcorrecties
self-correction | wat is de hoofdstad van oostenrijk nee wacht {} | zwitserland=CH; liechtenstein=LI; slovenië=SI
self-correction | de hoofdstad van zweden ik bedoel {} | noorwegen=NO; finland=FI; denemarken=DK
self-correction | wat is de hoofdstad van ierland sorry {} | ijsland=IS; schotland=GB-SCT; wales=GB-WLS
self-correction | hoofdstad van slowakije nee toch {} | slovenië=SI; tsjechië=CZ
self-correction | wat is de hoofdstad van irak oeps ik bedoel {} | iran=IR; syrië=SY
self-correction | de hoofdstad van niger nee wacht ik bedoel {} | nigeria=NG; mali=ML
self-correction | alexa wat is de hoofdstad van guinee sorry ik bedoel {} | guinee-bissau=GW; equatoriaal-guinea=GQ; papoea-nieuw-guinea=PG
self-correction | wat is de hoofdstad van oostenrijk eh nee sorry {} | australië=AU
self-correction | hoofdstad van colombia nee wacht even {} | bolivia=BO; venezuela=VE
self-correction | wat is de hoofdstad van gambia ik bedoel eigenlijk {} | zambia=ZM
self-correction | wat is de hoofdstad van dominica nee sorry de {} | dominicaanse republiek=DO
self-correction | de hoofdstad van soedan oh nee {} | zuid-soedan=SS
self-correction | wat is de hoofdstad van letland nee litouwen nee wacht {} | estland=EE
self-correction | de hoofdstad van montenegro nee wacht eh {} | servië=RS

# Omgekeerde vragen
reverse-question | {} is de hoofdstad van welk land | nairobi=CITY:Nairobi; lima=CITY:Lima; hanoi=CITY:Hanoi
reverse-question | van welk land is {} de hoofdstad eigenlijk | ulaanbaatar=CITY:Ulaanbaatar; bisjkek=CITY:Bisjkek; doesjanbe=CITY:Doesjanbe
reverse-question | welk land heeft {} als hoofdstad | ottawa=CITY:Ottawa; canberra=CITY:Canberra; wellington=CITY:Wellington
reverse-question | {} is hoofdstad van wat | accra=CITY:Accra; dakar=CITY:Dakar; bamako=CITY:Bamako
reverse-question | waar is {} de hoofdstad van | vientiane=CITY:Vientiane; thimphu=CITY:Thimphu; kathmandu=CITY:Kathmandu
reverse-question | bij welk land hoort de hoofdstad {} | tegucigalpa=CITY:Tegucigalpa; managua=CITY:Managua; asunción=CITY:Asunción
reverse-question | alexa {} is de hoofdstad van welk land ook alweer | ouagadougou=CITY:Ouagadougou; nouakchott=CITY:Nouakchott; antananarivo=CITY:Antananarivo
reverse-question | in welk land ligt de hoofdstad {} | ljubljana=CITY:Ljubljana; podgorica=CITY:Podgorica; skopje=CITY:Skopje
reverse-question | van wat is {} de hoofdstad | edinburgh=CITY:Edinburgh; cardiff=CITY:Cardiff; belfast=CITY:Belfast
reverse-question | {} is de hoofdstad van welke staat | sacramento=CITY:Sacramento; albany=CITY:Albany; tallahassee=CITY:Tallahassee
reverse-question | welke provincie heeft {} als hoofdstad | winnipeg=CITY:Winnipeg; regina=CITY:Regina; halifax=CITY:Halifax

# Officiële namen
official-name | wat is de hoofdstad van de {} alexa | volksrepubliek china=CN; russische federatie=RU; islamitische republiek iran=IR
official-name | hoofdstad van het {} | koninkrijk der nederlanden=NL; koninkrijk spanje=ES; koninkrijk noorwegen=NO
official-name | de hoofdstad van de {} graag | democratische volksrepubliek korea=KP; republiek korea=KR; helleense republiek=GR
official-name | wat is de hoofdstad van de {} officieel | bondsrepubliek duitsland=DE; franse republiek=FR; tsjechische republiek=CZ
official-name | alexa wat is de hoofdstad van het {} | verenigd koninkrijk van groot-brittannië en noord-ierland=GB; koninkrijk marokko=MA; koninkrijk saoedi-arabië=SA
official-name | wat is de hoofdstad van de {} eigenlijk | verenigde mexicaanse staten=MX; federatieve republiek brazilië=BR; federale staten van micronesia=FM
official-name | hoofdstad {} | zwitserse bondsstaat=CH; islamitische republiek pakistan=PK; democratische republiek oost-timor=TL

# Alledaagse namen
everyday-name | wat is de hoofdstad van {} nou eigenlijk | holland=NL; amerika=US; engeland=GB-ENG
everyday-name | alexa hoofdstad van {} | de emiraten=AE; saoedi=SA; brittannië=GB
everyday-name | weet je de hoofdstad van {} | groot-brittannië=GB; de vs=US; wit-rusland=BY
everyday-name | wat is de hoofdstad van {} dan | bosnië=BA; macedonië=MK; trinidad=TT
everyday-name | en wat is de hoofdstad van {} | antigua=AG; sint kitts=KN; sao tomé=ST
everyday-name | de hoofdstad van {} alsjeblieft | de staten=US; congo-kinshasa=CD; congo-brazzaville=CG
everyday-name | wat is de hoofdstad van {} hoor | kuwait=KW; timor-leste=TL; türkiye=TR

# Oude namen
old-name | wat was de hoofdstad van {} | birma=MM; zaïre=CD; kampuchea=KH
old-name | de hoofdstad van {} hoe heette die | goudkust=GH; brits-honduras=BZ; nyasaland=MW
old-name | wat is nu de hoofdstad van wat vroeger {} heette | bechuanaland=BW; swaziland=SZ; boven-volta=BF

# Gedeelde namen
shared-name | wat is de hoofdstad van {} zeg | congo=CD+CG
shared-name | alexa de hoofdstad van {} graag | korea=KP+KR; georgia=GE+US-GA; de maagdeneilanden=VG+VI
shared-name | wat zijn de hoofdsteden van {} allebei | de twee congo's=CD+CG; beide korea's=KP+KR; noord en zuid korea=KP+KR
shared-name | hoe heet de hoofdstad van {} eigenlijk | georgia=GE+US-GA; congo=CD+CG; korea=KP+KR
shared-name | wat is de hoofdstad van georgia de staat in amerika | US-GA
shared-name | wat is de hoofdstad van georgia het land in de kaukasus | GE
shared-name | de hoofdstad van {} in afrika | de republiek congo=CG; de democratische republiek congo=CD
shared-name | wat is de hoofdstad van de {} precies | britse maagdeneilanden=VG; amerikaanse maagdeneilanden=VI
shared-name | wat is de hoofdstad van het zuiden van korea | KR
shared-name | alexa welke stad is hoofdstad van {} | dr congo=CD; zuid-korea=KR; noord-korea=KP

# Meervoud
plural-capitals | wat zijn de hoofdsteden van {} | benin=BJ; bolivia=BO; ivoorkust=CI
plural-capitals | alexa welke hoofdsteden heeft {} | sri lanka=LK; maleisië=MY; nederland=NL
plural-capitals | noem de hoofdsteden van {} | eswatini=SZ; zuid-afrika=ZA; palestina=PS
plural-capitals | wat zijn eigenlijk de hoofdsteden van {} | swaziland=SZ; de palestijnse gebieden=PS; holland=NL
plural-capitals | hoeveel hoofdsteden heeft {} en welke zijn het | zuid-afrika=ZA; bolivia=BO; benin=BJ
plural-capitals | ik dacht dat {} twee hoofdsteden heeft welke zijn dat | maleisië=MY; sri lanka=LK; ivoorkust=CI
plural-capitals | zeg mij de drie hoofdsteden van {} | de republiek zuid-afrika=ZA
plural-capitals | wat zijn de twee hoofdsteden van {} | jammu en kasjmir=IN-JK; uttarakhand=IN-UK; montserrat=MS

# Deelstaten en provincies
subdivision | wat is de hoofdstad van de staat {} | texas=US-TX; californië=US-CA; florida=US-FL
subdivision | wat is de hoofdstad van de amerikaanse staat {} | new york=US-NY; illinois=US-IL; pennsylvania=US-PA
subdivision | hoofdstad van {} in amerika | nevada=US-NV; arizona=US-AZ; utah=US-UT
subdivision | de hoofdstad van de deelstaat {} | beieren=DE-BY; nedersaksen=DE-NI; noordrijn-westfalen=DE-NW
subdivision | we gaan op wintersport via {} wat is daar de hoofdstad | hessen=DE-HE; baden-württemberg=DE-BW; thüringen=DE-TH
subdivision | wat is de hoofdstad van de provincie {} in canada | ontario=CA-ON; brits-columbia=CA-BC; alberta=CA-AB
subdivision | hoofdstad van de australische staat {} | queensland=AU-QLD; victoria=AU-VIC; tasmanië=AU-TAS
subdivision | wat is de hoofdstad van de indiase deelstaat {} | kerala=IN-KL; goa=IN-GA; rajasthan=IN-RJ
subdivision | wat is de hoofdstad van {} in brazilië | bahia=BR-BA; pernambuco=BR-PE; amazonas=BR-AM
subdivision | de hoofdstad van de mexicaanse staat {} | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | wat is de hoofdstad van {} in het verenigd koninkrijk | schotland=GB-SCT; noord-ierland=GB-NIR; engeland=GB-ENG
subdivision | mijn neef studeert in {} wat is daar de hoofdstad van de staat | massachusetts=US-MA; michigan=US-MI; ohio=US-OH
subdivision | wat is de hoofdstad van {} in de vs | hawaï=US-HI; alaska=US-AK; louisiana=US-LA
subdivision | de hoofdstad van {} in duitsland | saksen=DE-SN; sleeswijk-holstein=DE-SH; rijnland-palts=DE-RP

# Gebieden
territory | wat is de hoofdstad van {} eens | groenland=GL; de faeröer=FO; bermuda=BM
territory | hoofdstad van het eiland {} | guam=GU; curaçao=CW; sint-maarten=SX
territory | wat is de hoofdstad van {} bij frankrijk | réunion=RE; guadeloupe=GP; martinique=MQ
territory | hoe heet de hoofdstad van {} in de oceaan | frans-polynesië=PF; nieuw-caledonië=NC; puerto rico=PR
territory | de hoofdstad van {} waar we op vakantie gingen | bonaire=BQ; aruba=AW; de kaaimaneilanden=KY
territory | wat is de hoofdstad van het {} | eiland man=IM; eiland jersey=JE; eiland guernsey=GG
territory | alexa wat is de hoofdstad van {} in de zuidzee | de cookeilanden=CK; niue=NU; tokelau=TK
territory | welke stad is de hoofdstad van {} | gibraltar=GI; de falklandeilanden=FK; sint-helena=SH
territory | wat is de hoofdstad van {} eigenlijk | hongkong=HK; macau=MO; spitsbergen=SJ
territory | wat is de hoofdstad van {} bij denemarken | åland=AX; groenland=GL
territory | de hoofdstad van {} in de caribische zee | anguilla=AI; montserrat=MS; turks en caicoseilanden=TC

# Aanroepnaam
one-shot | alexa vraag hoofdsteden van de wereld wat de hoofdstad van {} is | tsjechië=CZ; slowakije=SK; estland=EE
one-shot | alexa open hoofdsteden van de wereld en zeg de hoofdstad van {} | kenia=KE; ethiopië=ET; somalië=SO
one-shot | vraag aan hoofdsteden van de wereld de hoofdstad van {} | chili=CL; argentinië=AR; uruguay=UY
one-shot | alexa start hoofdsteden van de wereld hoofdstad van {} | tuvalu=TV; kiribati=KI; palau=PW
one-shot | hoofdsteden van de wereld wat is de hoofdstad van {} | japan=JP; china=CN; mongolië=MN
one-shot | alexa laat hoofdsteden van de wereld de hoofdstad van {} zeggen | namibië=NA; zimbabwe=ZW; zambia=ZM
one-shot | alexa vraag hoofdsteden van de wereld welke stad de hoofdstad van {} is | marokko=MA; egypte=EG; soedan=SD

# Opstarten
launch | alexa open hoofdsteden van de wereld alsjeblieft | LAUNCH
launch | alexa hoofdsteden van de wereld starten | LAUNCH
launch | hoi alexa doe hoofdsteden van de wereld | LAUNCH
launch | alexa speel hoofdsteden van de wereld | LAUNCH
launch | alexa ik wil hoofdsteden van de wereld | LAUNCH
launch | alexa zet hoofdsteden van de wereld even aan | LAUNCH
launch | baya alexa open hoofdsteden van de wereld | LAUNCH
launch | hadi alexa hoofdsteden van de wereld openen | LAUNCH
launch | alexa mag de kinderen hoofdsteden van de wereld doen | LAUNCH
launch | alexa begin met hoofdsteden van de wereld | LAUNCH
launch | alexa hoofdsteden van de wereld graag | LAUNCH
launch | jonguh alexa open dat hoofdsteden van de wereld eens | LAUNCH
launch | alexa kun je hoofdsteden van de wereld voor me opstarten | LAUNCH
launch | alexa maak hoofdsteden van de wereld wakker | LAUNCH

# Hulp
help | hoe werkt dit eigenlijk | HELP
help | wat moet ik nou zeggen | HELP
help | ik snap er niks van help me | HELP
help | alexa wat kan ik aan jou vragen | HELP
help | help eens alexa | HELP
help | hoe moet ik een hoofdstad vragen | HELP
help | wat kun jij allemaal | HELP
help | leg het nog een keer uit | HELP
help | ik begrijp het niet goed kun je helpen | HELP
help | yani hoe werkt dit | HELP
help | habibi ik weet niet wat ik moet zeggen | HELP
help | wat zijn de regels | HELP
help | ouwe hoe gaat dit spel | HELP
help | geef me een voorbeeld van een vraag | HELP
help | sjonge ik kom er niet uit help | HELP
help | mama hoe moet dit ik snap het niet | HELP
help | alexa uitleg graag | HELP
help | welke vragen mag ik stellen | HELP
help | kun je me op weg helpen | HELP
help | wat verwacht je van mij | HELP
help | hulp nodig | HELP
help | hedde gij een handleiding | HELP
help | dyakuyu maar hoe werkt het | HELP
help | ik ben oud en weet niet hoe dit werkt | HELP

# Stoppen
stop | stop ermee | STOP
stop | hou maar op alexa | STOP
stop | ik ben klaar | STOP
stop | dat was het | STOP
stop | alexa uit | STOP
stop | genoeg voor vandaag | STOP
stop | houdoe alexa | STOP
stop | doei | STOP
stop | tamam stop maar | STOP
stop | ophouden nu | STOP
stop | we stoppen ermee want het eten is klaar | STOP
stop | shukran stop | STOP
stop | laat maar stoppen | STOP
stop | afsluiten alsjeblieft | STOP
stop | alexa kappen | STOP
stop | ik wil stoppen | STOP
stop | ja ja het is goed zo stop | STOP
stop | mi gudu het is genoeg | STOP
stop | alexa klaar ermee | STOP
stop | tot de volgende keer | STOP
stop | dag alexa slaap lekker | STOP
stop | hou op met die hoofdsteden | STOP
stop | dobrze koniec stop | STOP
stop | de quiz is afgelopen stop | STOP

# Annuleren
cancel | annuleer dat | CANCEL
cancel | laat maar zitten | CANCEL
cancel | nee toch niet | CANCEL
cancel | vergeet het maar | CANCEL
cancel | alexa annuleren | CANCEL
cancel | laat ook maar | CANCEL
cancel | niet doen | CANCEL
cancel | nee annuleer | CANCEL
cancel | ach laat maar alexa | CANCEL
cancel | streep dat maar door | CANCEL
cancel | nee nee nee laat maar | CANCEL
cancel | ik hoef het niet meer te weten | CANCEL
cancel | yalla laat maar | CANCEL
cancel | sorry verkeerde vraag annuleer | CANCEL
cancel | doe maar niet | CANCEL
cancel | annuleer die vraag | CANCEL
cancel | jonguh laat maar | CANCEL
cancel | trek dat maar in | CANCEL
cancel | afbreken | CANCEL
cancel | nee laat die vraag maar | CANCEL
cancel | het hoeft niet meer | CANCEL
cancel | laat maar het is al goed | CANCEL
cancel | tak tak laat maar | CANCEL
cancel | niet meer nodig dank je | CANCEL

# Buiten het domein
out-of-domain | hoeveel inwoners heeft {} | frankrijk=FB; turkije=FB; suriname=FB
out-of-domain | welke taal spreken ze in {} | brazilië=FB; zwitserland=FB; belgië=FB
out-of-domain | wat is de munteenheid van {} | polen=FB; japan=FB; zweden=FB
out-of-domain | hoe groot is {} in vierkante kilometer | canada=FB; rusland=FB
out-of-domain | wie is de president van {} | de verenigde staten=FB; frankrijk=FB; brazilië=FB
out-of-domain | wat is de grootste stad van {} | turkije=FB; australië=FB; nigeria=FB
out-of-domain | hoe laat is het nu in {} | japan=FB; thailand=FB; chili=FB
out-of-domain | wat voor weer is het in {} | spanje=FB; griekenland=FB
out-of-domain | wat is het volkslied van {} | nederland=FB
out-of-domain | hoe ver is het rijden naar {} | oostenrijk=FB; italië=FB
out-of-domain | welke kleuren heeft de vlag van {} | ierland=FB; mali=FB; colombia=FB
out-of-domain | wat is het nationale gerecht van {} | marokko=FB; indonesië=FB
out-of-domain | wat is de hoofdstad van de mode | FB
out-of-domain | wat is de hoofdstad van friesland | FB
out-of-domain | wat is de hoofdstad van brabant | FB
out-of-domain | wat is de hoofdstad van limburg | FB
out-of-domain | wat is de hoofdstad van de provincie utrecht | FB
out-of-domain | hoofdstad van overijssel | FB
out-of-domain | wat is de hoofdstad van vlaanderen | FB
out-of-domain | wat is de hoofdstad van wallonië | FB
out-of-domain | wat is de hoofdstad van catalonië | FB
out-of-domain | wat is de hoofdstad van koerdistan | FB
out-of-domain | wat is de hoofdstad van de maan | FB
out-of-domain | wat is de hoofdstad van mordor | FB
out-of-domain | wat is de hoofdstad van europa | FB
out-of-domain | wat is de hoofdstad van afrika | FB
out-of-domain | wat is de hoofdstad van siberië | FB
out-of-domain | wat is de hoofdstad van de sovjet-unie | FB
out-of-domain | wat is de hoofdstad van pruisen | FB
out-of-domain | wat is de hoofdstad van lapland | FB
out-of-domain | wat is de hoofdstad van sicilië | FB
out-of-domain | wat is de hoofdstad van bali | FB
out-of-domain | wat is de hoofdstad van zuid-holland | FB
out-of-domain | wat is de hoofdstad van gelderland | FB
out-of-domain | wat is de hoofdstad van het roomse leven | FB
out-of-domain | wat betekent het woord hoofdstad | FB
out-of-domain | hoe schrijf je hoofdstad met een hoofdletter | FB
out-of-domain | hoeveel startkapitaal heb ik nodig voor een bv | FB
out-of-domain | wat is kapitaal in de economie | FB
out-of-domain | wat is een hoofdletter | FB
out-of-domain | wat is de hoofdprijs van de staatsloterij | FB
out-of-domain | zet een timer op tien minuten | FB
out-of-domain | speel radio tweehonderd | FB
out-of-domain | zet de lampen in de woonkamer uit | FB
out-of-domain | wat is het weer morgen in rotterdam | FB
out-of-domain | speel een liedje van andré hazes | FB
out-of-domain | zet melk op de boodschappenlijst | FB
out-of-domain | hoe laat speelt feyenoord vanavond | FB
out-of-domain | wat is de uitslag van ajax psv | FB
out-of-domain | vertel een mop | FB
out-of-domain | hoe oud ben jij alexa | FB
out-of-domain | wat is tien keer zeven | FB
out-of-domain | wie won de elfstedentocht van zevenenneventig | FB
out-of-domain | wanneer is het carnaval in den bosch | FB
out-of-domain | bel mijn dochter | FB
out-of-domain | wat kost een vlucht naar curaçao | FB
out-of-domain | welke rivier stroomt door {} | boedapest=FB; wenen=FB; parijs=FB
out-of-domain | wat is de hoogste berg van {} | zwitserland=FB; japan=FB; tanzania=FB
out-of-domain | hoeveel provincies heeft {} | nederland=FB; canada=FB
out-of-domain | waar ligt {} precies | bhutan=FB; gambia=FB; fiji=FB
out-of-domain | wat zijn de buurlanden van {} | duitsland=FB; oostenrijk=FB
out-of-domain | hoe zeg je dank je wel in het {} | pools=FB; turks=FB; arabisch=FB
out-of-domain | wat is het telefoonnummer van de ambassade van {} | marokko=FB; turkije=FB
out-of-domain | heb ik een visum nodig voor {} | rusland=FB; india=FB; vietnam=FB
out-of-domain | welke stad is de grootste haven van europa | FB
out-of-domain | wat is de hoofdstad van de wereld | FB
out-of-domain | welk land heeft de meeste hoofdsteden | FB
out-of-domain | hoeveel landen zijn er in de wereld | FB
out-of-domain | hoeveel hoofdsteden ken jij | FB
out-of-domain | wat is de oudste hoofdstad van europa | FB
out-of-domain | welke hoofdstad ligt het hoogst | FB
out-of-domain | wat is de koudste hoofdstad ter wereld | FB
out-of-domain | hoeveel mensen wonen er in de hoofdstad van {} | noorwegen=FB; peru=FB
out-of-domain | wanneer werd {} de hoofdstad | berlijn=FB; brasilia=FB; canberra=FB
out-of-domain | waarom is amsterdam de hoofdstad en niet den haag | FB
out-of-domain | wie is de burgemeester van de hoofdstad van {} | frankrijk=FB; engeland=FB
out-of-domain | wat is de hoofdstad van het rijk van de keizer in star wars | FB
out-of-domain | wat is de hoofdstad van atlantis | FB
out-of-domain | wat is de hoofdstad van hollywood | FB
out-of-domain | wat is de hoofdstad van twente | FB
out-of-domain | wat is de hoofdstad van het noorden | FB
out-of-domain | wat is de hoofdstad van texel | FB
out-of-domain | wat is de hoofdstad van de achterhoek | FB
out-of-domain | hoe heet de koning van {} | belgië=FB; spanje=FB; thailand=FB
out-of-domain | wat is het bekendste gebouw in de hoofdstad van {} | italië=FB; egypte=FB
out-of-domain | speel het volkslied van suriname | FB
out-of-domain | wat is de postcode van het centrum van amsterdam | FB
out-of-domain | hoe spel je kopenhagen | FB
out-of-domain | wat is de kortste weg naar de hoofdstad | FB
out-of-domain | wat is het rijtje van hoofdsteden van de provincies | FB
out-of-domain | welke landen grenzen aan de noordzee | FB
out-of-domain | zet het journaal aan | FB
out-of-domain | wat is het nieuws vandaag | FB
out-of-domain | doe de gordijnen dicht | FB
out-of-domain | hoeveel graden is het buiten | FB
out-of-domain | wat eten we vanavond | FB
out-of-domain | welke dag is het vandaag | FB
out-of-domain | herinner me aan de bingo om twee uur | FB
out-of-domain | wat is de dartsuitslag van gisteren | FB
out-of-domain | wat is het tijdsverschil met {} | suriname=FB; indonesië=FB; canada=FB

# Spraakherkenning
spraakherkenning | wat is de hoofdstad van {} even | oekraine=UA; israel=IL; haiti=HT
spraakherkenning | hoofd stad van {} | belgie=BE; italie=IT; indonesie=ID
spraakherkenning | wat is de hoofstad van {} | noorwegen=NO; argentinie=AR; australie=AU
spraakherkenning | de hoofdstad van {} is | brazilie=BR; ethiopie=ET; tanzania=TZ
spraakherkenning | wat is de hoofdstad fan {} | syrie=SY; libie=LY; mongolie=MN
spraakherkenning | hoofdstat van {} | kenja=KE; oeganda=UG; zambia=ZM
spraakherkenning | wat is de hooftstad van {} | koeweit=KW; bahrijn=BH; katar=QA
spraakherkenning | wat is de hoofdstad van het {} hoor | verenigd konink rijk=GB; groot brittannie=GB
spraakherkenning | wat is de hoofdstad van de {} toch | filipijne=PH; verenigde arabische emiraaten=AE; centraal afrikaanse republiek=CF
spraakherkenning | alexa wat is de hoofdstad van {} eigenlijk | kaap verdie=CV; sint lucia=LC; sint vincent=VC
spraakherkenning | hoofdstad van {} graag | madagaskar=MG; mozambiek=MZ; angolla=AO
spraakherkenning | wat is de hoofd stad van {} | nieuw zeeland=NZ; zuid soedan=SS; papoea nieuw guinea=PG
spraakherkenning | welke stad is de hoofd stad van {} | equatoriaal guinea=GQ; burkina=BF; guinee bissau=GW
spraakherkenning | van welk land is {} de hoofdstad | boekarest=CITY:Boekarest; jerevan=CITY:Jerevan; bakoe=CITY:Bakoe
spraakherkenning | wat is de hoofdstad van {} nou dan | kazakstan=KZ; oezbekistaan=UZ; turkmenistaan=TM
spraakherkenning | hoe heet de hoofdstad van {} dan | zwitserlant=CH; oostenrijke=AT; denemarke=DK
spraakherkenning | alexa hoofd stad van {} | tsjaad=TD; nigerie=NG; kameroen=CM

# Extra landen in eigen woorden
aardrijkskundeles | voor de les over {} wil ik de hoofdstad weten | moldavië=MD; wit-rusland=BY; belarus=BY
aardrijkskundeles | ik maak een werkblad over {} wat is daar de hoofdstad | seychellen=SC; comoren=KM; mauritius=MU
aardrijkskundeles | de leerlingen vragen welke stad de hoofdstad van {} is | gabon=GA; republiek congo=CG; democratische republiek congo=CD
aardrijkskundeles | wat is ook alweer de hoofdstad van {} voor het proefwerk | sao tomé en principe=ST; eritrea=ER; djibouti=DJ

# Erbij na de eerste build
out-of-domain | hoeveel kilometer is het van eindhoven naar {} | parijs=FB; berlijn=FB; brussel=FB
out-of-domain | welk nummer rugnummer heeft de spits van {} | senegal=FB; marokko=FB
out-of-domain | in welk jaar werd {} onafhankelijk van nederland | suriname=FB; indonesië=FB
out-of-domain | wat voor stopcontacten hebben ze in {} | engeland=FB; zwitserland=FB; brazilië=FB
out-of-domain | aan welke kant rijden ze in {} | japan=FB; ierland=FB; zuid-afrika=FB
out-of-domain | hoeveel euro is een zloty | FB
out-of-domain | wat is een lira waard | FB
out-of-domain | hoe laat gaat de bingo beginnen | FB
out-of-domain | wie heeft de quiz van vorige week gewonnen | FB
out-of-domain | wat is de beste worp ooit bij het darten | FB
out-of-domain | wanneer gaat de veerboot naar texel | FB
out-of-domain | waar kan ik tanken in belgië | FB
out-of-domain | hoe duur is tol in frankrijk | FB
out-of-domain | sjonge wat is het hier koud | FB
out-of-domain | baya speel kaseko muziek | FB
out-of-domain | abi zet een turkse zender op | FB
out-of-domain | welk vliegveld ligt bij de hoofdstad van {} | kenia=FB; peru=FB
out-of-domain | wat is de hoofdstad van de tomatenteelt | FB
out-of-domain | welke stad is de hoofdstad van het carnaval | FB
out-of-domain | wat is de hoofdstad van de provincie noord-brabant | FB
out-of-domain | wat is de hoofdstad van zeeland | FB
out-of-domain | wat is de hoofdstad van drenthe | FB
out-of-domain | wat is de hoofdstad van schleswig | FB
out-of-domain | wat is de hoofdstad van tibet | FB
out-of-domain | wat is de hoofdstad van de krim | FB
out-of-domain | wat is de hoofdstad van het baskenland | FB
out-of-domain | wat is de hoofdstad van de veluwe | FB
out-of-domain | wat was de hoofdstad van het romeinse rijk | FB
out-of-domain | hoofdkantoor van shell waar is dat | FB
out-of-domain | waar staat het hoofdkwartier van de navo | FB
out-of-domain | wat is de kapitale letter van mijn naam | FB
out-of-domain | wat is hoofdrekenen | FB
out-of-domain | lees mijn berichten voor | FB
out-of-domain | wat staat er in mijn agenda | FB
out-of-domain | zet de verwarming hoger | FB
out-of-domain | speel het nieuws van de regio | FB
stop | sjoen alexa dat was genoeg | STOP
stop | stop nou maar jonguh | STOP
stop | kappen ermee ouwe | STOP
stop | het is bedtijd stop | STOP
stop | alexa ik ga slapen stop de quiz | STOP
stop | yalla klaar stop | STOP
stop | de pauze is voorbij ik moet weer aan het werk stop | STOP
stop | hou er maar mee op alsjeblieft | STOP
stop | de kinderen gaan naar bed zet maar uit | STOP
stop | genoeg hoofdsteden voor vandaag | STOP
cancel | nee wacht laat die maar | CANCEL
cancel | ach nee annuleer maar | CANCEL
cancel | laat maar die vraag hoeft niet | CANCEL
cancel | nee ik bedoelde niks laat maar | CANCEL
cancel | abi laat maar zitten | CANCEL
cancel | sorry laat maar ik weet het al | CANCEL
cancel | nee die niet annuleren | CANCEL
cancel | foutje laat maar | CANCEL
help | hoe vraag ik naar een hoofdstad van een land | HELP
help | wat moet ik doen om een hoofdstad te horen | HELP
help | de kleinkinderen snappen het niet kun je uitleggen | HELP
help | tamam maar wat kan ik vragen | HELP
help | ik zit vast help me even | HELP
help | kun je vertellen hoe dit spel gaat | HELP
"""

if __name__ == "__main__":
    build_round(28, "nl", LINES, sys.argv, "tests/Eval/nl/round28/source/build_corpus.py")
