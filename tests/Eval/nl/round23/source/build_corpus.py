"""Round 23, Dutch (nl-NL): a new author's own mix, written blind. Speakers chosen away from the regions and groups
earlier Dutch authors used: Frisians who speak Dutch with Frisian words in it ("heit", "mem", "ja hear", "hoe hjit",
"fan", "ek wer"), people from Utrecht and Amersfoort ("nou moe", "gut gut", "effe"), older Amsterdammers with Bargoens
and Yiddish loans ("gozer", "mazzel", "gein", "jochie", "tof"), Ukrainian newcomers learning Dutch at A2 level (NT2 word
order, missing articles), Brazilian partners of Dutch people ("tipo", "né", "nossa", "então"), Indian knowledge workers
in Amstelveen (Dutch with English: "actually", "yaar", "only", "na"), a visually impaired elder who relies on the Echo
(slow, very polite, the atlas she can no longer read), veterans of peace missions ("roger", "over", "affirmatief",
"correctie"), radio amateurs logging far stations ("qsl kaart", "dx"), pigeon fanciers (the release site, the bird coming
home), buyers at the Aalsmeer flower auction (roses from Kenya, Ethiopia and Ecuador), cabin crew between flights,
contestants drilling for a TV quiz, volunteer firefighters on a quiet night, GeoGuessr players, a plumber under the sink,
a pharmacist's assistant between customers, a fanfare and a choir on tour, a carpool to work, a primary-school speaker
preparing a spreekbeurt. Plus follow-ups, yes/no checks, self-corrections, reverse questions, official, old and
everyday names, shared names, plurals, subdivisions and territories, one-shot requests through "hoofdsteden van de
wereld", launch, help, stop and cancel in those speakers' words, out-of-domain near misses (other facts about a country,
"hoofd" and "kapitaal" in other senses, Dutch provinces and regions the data does not hold), and what nl-NL recognition
writes: lost diaeresis ("oekraine", "ethiopie"), split and joined words ("hoofd stad", "hoofdstadvan"), dropped letters
("hoofstad"), misheard names ("azerbeidjan", "kirgistan", "tjaad", "katar").
`python3 tests/Eval/nl/round23/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 23's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Frisians speaking Dutch
friese-inslag | hoe hjit de hoofdstad fan {} ek wer | noorwegen=NO; denemarken=DK; ijsland=IS
friese-inslag | heit wil witte wat de hoofdstad van {} is | estland=EE; letland=LV; litouwen=LT
friese-inslag | ja hear alexa wat is de hoofdstad van {} | finland=FI; zweden=SE; ierland=IE
friese-inslag | mem vraagt wat is de haadstêd fan {} | polen=PL; oostenrijk=AT; wit-rusland=BY
friese-inslag | wy sitte op it skûtsje wat is de hoofdstad van {} | kroatië=HR; slovenië=SI; montenegro=ME
friese-inslag | nou nou wat is dan de hoofdstad van {} hè | griekenland=GR; cyprus=CY; malta=MT
friese-inslag | we staan te kaatsen in franeker maar wat is de hoofdstad van {} | albanië=AL; servië=RS; kosovo=XK
friese-inslag | och heden ik wit it net wat is de hoofdstad van {} | san marino=SM; vaticaanstad=VA; liechtenstein=LI
# Utrecht and Amersfoort
utrechts | nou moe wat was de hoofdstad van {} ook alweer | hongarije=HU; roemenië=RO; bulgarije=BG
utrechts | zeg alexa effe serieus wat is de hoofdstad van {} | tsjechië=CZ; slowakije=SK; moldavië=MD
utrechts | gut gut de hoofdstad van {} weet ik echt niet meer | oekraïne=UA; belarus=BY; rusland=RU
utrechts | hè hè eindelijk thuis vertel eens de hoofdstad van {} | portugal=PT; spanje=ES; andorra=AD
utrechts | we staan weer vast op de a twaalf wat is de hoofdstad van {} effe | italië=IT; frankrijk=FR; monaco=MC
utrechts | lekker belangrijk maar wat is de hoofdstad van {} | duitsland=DE; belgië=BE; luxemburg=LU
# Ukrainian newcomers learning Dutch
oekraiense-nieuwkomer | hoe heet hoofdstad van {} alstublieft | georgië=GE; armenië=AM; azerbeidzjan=AZ
oekraiense-nieuwkomer | ik wil weten welke stad is hoofdstad van {} | kazachstan=KZ; oezbekistan=UZ; kirgizië=KG
oekraiense-nieuwkomer | ik leer nederlands wat is de hoofdstad in {} | tadzjikistan=TJ; turkmenistan=TM; mongolië=MN
oekraiense-nieuwkomer | sorry mijn nederlands is niet goed hoofdstad van {} is welke | noord-macedonië=MK; bosnië=BA; montenegro=ME
oekraiense-nieuwkomer | in mijn land hoofdstad is kiev en wat is hoofdstad van {} | polen=PL; moldavië=MD; roemenië=RO
oekraiense-nieuwkomer | mijn taalcoach vraagt mij hoofdstad van {} wat is | slowakije=SK; hongarije=HU; litouwen=LT
oekraiense-nieuwkomer | dyakuyu alexa nog een vraag hoofdstad van {} | estland=EE; georgië=GE; letland=LV
# Brazilian partners
braziliaanse-partner | então alexa wat is de hoofdstad van {} né | brazilië=BR; argentinië=AR; chili=CL
braziliaanse-partner | nossa ik vergeet altijd de hoofdstad van {} | paraguay=PY; uruguay=UY; bolivia=BO
braziliaanse-partner | tipo welke stad is de hoofdstad van {} | peru=PE; colombia=CO; venezuela=VE
braziliaanse-partner | mijn schoonmoeder vraagt wat de hoofdstad van {} is | angola=AO; mozambique=MZ; kaapverdië=CV
braziliaanse-partner | amor zeg alexa wat is de hoofdstad van {} | sao tomé en principe=ST; guinee-bissau=GW; oost-timor=TL
braziliaanse-partner | olha alexa de hoofdstad van {} is welke stad | ecuador=EC; suriname=SR; guyana=GY
# Indian knowledge workers in Amstelveen
expat-amstelveen | alexa actually wat is de hoofdstad van {} | india=IN; pakistan=PK; bangladesh=BD
expat-amstelveen | yaar zeg me de hoofdstad van {} na | nepal=NP; bhutan=BT; sri lanka=LK
expat-amstelveen | mijn collega vraagt de hoofdstad van {} only | maldiven=MV; afghanistan=AF; myanmar=MM
expat-amstelveen | quick check in het nederlands wat is de capital van {} | thailand=TH; maleisië=MY; singapore=SG
expat-amstelveen | for my inburgering wat is de hoofdstad van {} please | nederland=NL; suriname=SR; indonesië=ID
# Older Amsterdammers with Bargoens
mokums-bargoens | hee gozer wat is de hoofdstad van {} | israël=IL; jordanië=JO; libanon=LB
mokums-bargoens | zeg makker wat is de hoofdstad van {} nou | egypte=EG; syrië=SY; jemen=YE
mokums-bargoens | effe geen gein wat is de hoofdstad van {} | irak=IQ; iran=IR; turkije=TR
mokums-bargoens | mazzel als je dit weet de hoofdstad van {} | koeweit=KW; bahrein=BH; qatar=QA
mokums-bargoens | tof jochie en nou de hoofdstad van {} | oman=OM; saoedi-arabië=SA; verenigde arabische emiraten=AE
# A visually impaired elder
slechtziende-oudere | lieve alexa ik kan de atlas niet meer lezen wat is de hoofdstad van {} | marokko=MA; tunesië=TN; algerije=DZ
slechtziende-oudere | mijn ogen zijn slecht geworden wilt u mij zeggen wat de hoofdstad van {} is | libië=LY; soedan=SD; tsjaad=TD
slechtziende-oudere | ik heb het niet goed verstaan wilt u de hoofdstad van {} nog eens zeggen | niger=NE; mali=ML; nigeria=NG
slechtziende-oudere | de voorleesbril ligt boven wat is de hoofdstad van {} ook alweer | mauritanië=MR; senegal=SN; gambia=GM
slechtziende-oudere | de thuiszorg komt pas om drie uur zeg u mij maar de hoofdstad van {} | kenia=KE; tanzania=TZ; oeganda=UG
# Veterans
veteraan | ik heb in {} gediend wat is daar de hoofdstad | afghanistan=AF; mali=ML; irak=IQ
veteraan | roger alexa hoofdstad van {} over | somalië=SO; djibouti=DJ; eritrea=ER
veteraan | bij de vredesmissie in {} wisten we nooit de hoofdstad welke was het | libanon=LB; cambodja=KH; bosnië en herzegovina=BA
veteraan | affirmatief en wat is de hoofdstad van {} | zuid-soedan=SS; ethiopië=ET; tsjaad=TD
veteraan | op de reünie vroeg een maat naar de hoofdstad van {} | litouwen=LT; cyprus=CY; haïti=HT
# Radio amateurs
zendamateur | ik had net een verbinding met {} wat is daar de hoofdstad | nieuw-zeeland=NZ; japan=JP; suriname=SR
zendamateur | wat is de hoofdstad van {} dat station zat daar vlakbij | fiji=FJ; tonga=TO; samoa=WS
zendamateur | qsl kaart uit {} binnen wat is daar de hoofdstad | kiribati=KI; tuvalu=TV; nauru=NR
zendamateur | zeldzame dx uit {} welke stad is daar de hoofdstad | palau=PW; micronesia=FM; marshalleilanden=MH
zendamateur | de antenne staat op {} gericht wat is de hoofdstad daar | vanuatu=VU; salomonseilanden=SB; papoea-nieuw-guinea=PG
# Pigeon fanciers
duivenmelker | mijn duiven worden gelost in {} wat is daar de hoofdstad | frankrijk=FR; belgië=BE; spanje=ES
duivenmelker | de duif is helemaal uit {} teruggekomen wat is de hoofdstad daarvan | duitsland=DE; italië=IT; luxemburg=LU
duivenmelker | vraag van de duivenclub wat is de hoofdstad van {} | zwitserland=CH; oostenrijk=AT; tsjechië=CZ
duivenmelker | de lossing is in {} dit weekend welke stad is daar de hoofdstad | portugal=PT; polen=PL; slowakije=SK
# The flower auction in Aalsmeer
bloemenveiling | de rozen komen uit {} wat is daar de hoofdstad | kenia=KE; ethiopië=ET; ecuador=EC
bloemenveiling | we kopen veel in {} wat is de hoofdstad van dat land | colombia=CO; oeganda=UG; tanzania=TZ
bloemenveiling | op de klok staan bloemen uit {} welke stad is daar de hoofdstad | zambia=ZM; zimbabwe=ZW; rwanda=RW
bloemenveiling | een kweker uit {} belt zo wat is de hoofdstad daar | malawi=MW; costa rica=CR; guatemala=GT
bloemenveiling | de chrysanten komen uit {} hoe heet de hoofdstad | vietnam=VN; maleisië=MY; israël=IL
# Cabin crew
cabinepersoneel | morgen vlieg ik naar {} wat is de hoofdstad | thailand=TH; vietnam=VN; indonesië=ID
cabinepersoneel | na de layover in {} wil ik weten wat de hoofdstad is | singapore=SG; filipijnen=PH; zuid-korea=KR
cabinepersoneel | de purser vraagt wat de hoofdstad van {} is | oman=OM; verenigde arabische emiraten=AE; saoedi-arabië=SA
cabinepersoneel | ik zit in het hotel in {} maar wat is eigenlijk de hoofdstad | canada=CA; china=CN; japan=JP
cabinepersoneel | volgende rotatie gaat naar {} welke stad is de hoofdstad | mexico=MX; panama=PA; cuba=CU
# Drilling for a TV quiz
quiztraining | voor de slimste mens oefenen de hoofdstad van {} | burkina faso=BF; benin=BJ; togo=TG
quiztraining | twee voor twaalf vraag wat is de hoofdstad van {} | ghana=GH; guinee=GN; liberia=LR
quiztraining | snel snel de hoofdstad van {} | sierra leone=SL; ivoorkust=CI; equatoriaal-guinea=GQ
quiztraining | we trainen voor de kennisquiz hoofdstad van {} graag | gabon=GA; kameroen=CM; centraal-afrikaanse republiek=CF
quiztraining | overhoor mij de hoofdstad van {} | australië=AU; nieuw-zeeland=NZ; fiji=FJ
quiztraining | tijd loopt wat is de hoofdstad van {} | brunei=BN; laos=LA; oost-timor=TL
# Volunteer firefighters on a quiet night
brandweer-nacht | rustige nacht op de kazerne wat is de hoofdstad van {} | namibië=NA; botswana=BW; lesotho=LS
brandweer-nacht | tussen twee meldingen door wat is de hoofdstad van {} | eswatini=SZ; madagaskar=MG; mauritius=MU
brandweer-nacht | de bevelvoerder wedt dat hij de hoofdstad van {} weet wat is het | seychellen=SC; comoren=KM; burundi=BI
brandweer-nacht | we wachten op de pieper wie weet de hoofdstad van {} | zuid-afrika=ZA; angola=AO; congo-brazzaville=CG
# GeoGuessr
geoguessr | ik zit te geoguessen in {} wat is daar de hoofdstad | laos=LA; nicaragua=NI; honduras=HN
geoguessr | geoguessr zegt {} wat is de hoofdstad daarvan | el salvador=SV; panama=PA; belize=BZ
geoguessr | op streetview zie ik {} welke stad is daar de hoofdstad | dominicaanse republiek=DO; cuba=CU; haïti=HT
geoguessr | effe checken voor mijn duel de hoofdstad van {} | jamaica=JM; barbados=BB; bahama's=BS
geoguessr | de pin staat in {} wat was de hoofdstad daar | mongolië=MN; kirgizië=KG; bhutan=BT
# Work and everyday situations
klusser | ik lig onder het aanrecht alexa wat is de hoofdstad van {} | grenada=GD; dominica=DM; saint lucia=LC
klusser | handen vol kit wat is de hoofdstad van {} | antigua en barbuda=AG; saint kitts en nevis=KN; trinidad en tobago=TT
klusser | terwijl de verf droogt wat is de hoofdstad van {} | saint vincent en de grenadines=VC; jamaica=JM; bahama's=BS
apotheek | even tussen twee klanten door wat is de hoofdstad van {} | kroatië=HR; bulgarije=BG; griekenland=GR
apotheek | de baxterrol draait nog wat is de hoofdstad van {} | servië=RS; noord-macedonië=MK; albanië=AL
koor-fanfare | het koor gaat op tournee naar {} wat is daar de hoofdstad | estland=EE; letland=LV; finland=FI
koor-fanfare | de fanfare speelt volgend jaar in {} wat is de hoofdstad | noorwegen=NO; zweden=SE; denemarken=DK
koor-fanfare | na de repetitie nog even de hoofdstad van {} | ierland=IE; ijsland=IS; verenigd koninkrijk=GB
carpool | we zitten met vier man in de auto wie weet de hoofdstad van {} | turkije=TR; iran=IR; irak=IQ
carpool | de collega's op de achterbank willen de hoofdstad van {} weten | syrië=SY; jordanië=JO; egypte=EG
carpool | file bij de knoop leusden wat is de hoofdstad van {} | pakistan=PK; india=IN; nepal=NP
spreekbeurt | mijn spreekbeurt gaat over {} wat is daar de hoofdstad | nigeria=NG; ghana=GH; kenia=KE
spreekbeurt | voor mijn werkstuk over {} moet ik de hoofdstad weten | mexico=MX; canada=CA; verenigde staten=US
spreekbeurt | meester zegt dat ik de hoofdstad van {} moet opzoeken | egypte=EG; marokko=MA; tunesië=TN
# Plain questions and fillers
plain-question | welke stad is de hoofdstad van {} precies | sri lanka=LK; bangladesh=BD; maldiven=MV
plain-question | kun je me zeggen welke de hoofdstad van {} is | liberia=LR; sierra leone=SL; guinee=GN
plain-question | wat is op dit moment de hoofdstad van {} | myanmar=MM; kazachstan=KZ; burundi=BI
plain-question | wat is nou de echte hoofdstad van {} | turkije=TR; australië=AU; brazilië=BR
plain-question | hoofdstad van {} graag | armenië=AM; azerbeidzjan=AZ; tadzjikistan=TJ
filler-hesitation | ehm ja wat is eh de hoofdstad van {} | niger=NE; tsjaad=TD; soedan=SD
filler-hesitation | uh uh hoe heet nou de hoofdstad van {} dan | kaapverdië=CV; gambia=GM; senegal=SN
filler-hesitation | nou eh effe denken de hoofdstad van {} | madagaskar=MG; mauritius=MU; comoren=KM
filler-hesitation | hmm even kijken eh {} hoofdstad | namibië=NA; zambia=ZM; malawi=MW
filler-hesitation | eh alexa eh ja wat is de hoofdstad van eh {} | paraguay=PY; uruguay=UY; chili=CL
polite-request | zou u mij willen vertellen wat de hoofdstad van {} is | oezbekistan=UZ; turkmenistan=TM; kirgizië=KG
polite-request | mag ik u iets vragen wat is de hoofdstad van {} | peru=PE; venezuela=VE; colombia=CO
polite-request | wees eens lief en zeg de hoofdstad van {} | samoa=WS; tonga=TO; kiribati=KI
polite-request | zou je zo vriendelijk willen zijn de hoofdstad van {} te noemen | nauru=NR; tuvalu=TV; palau=PW
trailing-words | wat is de hoofdstad van {} dank je wel | guatemala=GT; honduras=HN; el salvador=SV
trailing-words | de hoofdstad van {} graag alvast bedankt | nicaragua=NI; costa rica=CR; belize=BZ
trailing-words | wat is de hoofdstad van {} enzo | rwanda=RW; eritrea=ER; djibouti=DJ
trailing-words | wat is de hoofdstad van {} of weet je dat niet | somalië=SO; zuid-soedan=SS; centraal-afrikaanse republiek=CF
# What recognition writes
asr-spelling | wat is de hoofstad van {} | oekraine=UA; ethiopie=ET; indonesie=ID
asr-spelling | de hoofdstadvan {} | kroatie=HR; slovenie=SI; tunesie=TN
asr-spelling | wat is de hoofd stad van {} | azerbeidjan=AZ; kirgistan=KG; tadjikistan=TJ
asr-spelling | wat is de hoofdstad van {} | tjaad=TD; katar=QA; madagascar=MG
asr-spelling | hoofdstad van de {} | filipijnen=PH; seychellen=SC; marshalleilanden=MH
asr-spelling | wat is de hoofd stad fan {} | mauritanie=MR; papoea nieuw guinea=PG; saoedi arabie=SA
asr-spelling | wat is de hooftstad van {} | nieuw zeeland=NZ; zuid afrika=ZA; sao tome=ST
asr-spelling | watis de hoofdstad van {} | bahrain=BH; omaan=OM; koeweid=KW
asr-spelling | wat is de hoofdstat van {} | haiti=HT; israel=IL; equatoriaal guinea=GQ
asr-spelling | wat is de hoofdstad van de {} | solomon eilanden=SB; comoren eilanden=KM; maledieven=MV
# Follow-ups
follow-up | en van {} dan | gabon=GA; kameroen=CM; togo=TG
follow-up | en die van {} | benin=BJ; burkina faso=BF; niger=NE
follow-up | oké en {} | noorwegen=NO; zweden=SE; finland=FI
follow-up | en hoe zit het met {} | mongolië=MN; laos=LA; cambodja=KH
follow-up | en wat is het bij {} | brunei=BN; oost-timor=TL; singapore=SG
follow-up | ja hear en {} | estland=EE; letland=LV; litouwen=LT
follow-up | en {} dan gozer | libanon=LB; syrië=SY; jordanië=JO
follow-up | roger en {} | eritrea=ER; somalië=SO; djibouti=DJ
follow-up | en de volgende {} | grenada=GD; barbados=BB; dominica=DM
follow-up | nog eentje {} | micronesia=FM; vanuatu=VU; fiji=FJ
follow-up | en van {} né | ecuador=EC; bolivia=BO; argentinië=AR
follow-up | mooi en dan nog {} | saint lucia=LC; antigua en barbuda=AG; trinidad en tobago=TT
# Yes/no checks
yes-no-check | is bern de hoofdstad van zwitserland of is het zürich | CH
yes-no-check | de duivenmelker zegt dat barcelona de hoofdstad van spanje is klopt dat | ES
yes-no-check | mijn schoonvader beweert dat sint petersburg de hoofdstad van rusland is | RU
yes-no-check | is zuid-tarawa echt de hoofdstad van kiribati | KI
yes-no-check | heb ik gelijk als ik zeg dat gitega de hoofdstad van burundi is | BI
yes-no-check | is belmopan de hoofdstad van belize of niet | BZ
yes-no-check | klopt het dat port moresby de hoofdstad van papoea-nieuw-guinea is | PG
yes-no-check | is ngerulmud nou echt de hoofdstad van palau | PW
yes-no-check | is het waar dat hanoi de hoofdstad van vietnam is en niet saigon | VN
yes-no-check | is lagos nog steeds de hoofdstad van nigeria | NG
yes-no-check | de kweker zegt dat nairobi de hoofdstad van kenia is klopt dat | KE
yes-no-check | is almaty de hoofdstad van kazachstan | KZ
yes-no-check | ligt de regering van tanzania in dar es salaam of in dodoma | TZ
yes-no-check | is yangon de hoofdstad van myanmar nog | MM
yes-no-check | casablanca is toch de hoofdstad van marokko | MA
yes-no-check | is toronto de hoofdstad van canada ja of nee | CA
yes-no-check | is new york de hoofdstad van amerika gozer | US
yes-no-check | auckland is de hoofdstad van nieuw-zeeland toch | NZ
yes-no-check | is karachi de hoofdstad van pakistan of islamabad | PK
yes-no-check | affirmatief kaboel is de hoofdstad van afghanistan correct | AF
yes-no-check | is ottawa echt de hoofdstad van canada | CA
yes-no-check | heit zegt dat den haag de hoofdstad van nederland is klopt dat | NL
yes-no-check | is istanboel de hoofdstad van turkije | TR
yes-no-check | is rio de janeiro nog de hoofdstad van brazilië | BR
yes-no-check | tipo is sucre de hoofdstad van bolivia | BO
yes-no-check | klopt het dat quito de hoofdstad van ecuador is | EC
yes-no-check | is abuja de hoofdstad van nigeria ja of nee | NG
yes-no-check | is genève de hoofdstad van zwitserland | CH
yes-no-check | is canberra de hoofdstad van australië of sydney | AU
yes-no-check | is het nou tirana de hoofdstad van albanië | AL
# Self-corrections
self-correction | wat is de hoofdstad van oostenrijk nee wacht van hongarije | HU
self-correction | de hoofdstad van slowakije eh ik bedoel slovenië | SI
self-correction | wat is de hoofdstad van niger nee nigeria | NG
self-correction | hoofdstad van guinee sorry guinee-bissau | GW
self-correction | wat is de hoofdstad van gambia of nee zambia | ZM
self-correction | de hoofdstad van oostenrijk o nee ik bedoel australië | AU
self-correction | wat is de hoofdstad van ijsland ik bedoel ierland | IE
self-correction | hoofdstad van zweden nee zwitserland | CH
self-correction | wat is de hoofdstad van iran of eigenlijk irak | IQ
self-correction | de hoofdstad van mali uh malawi bedoel ik | MW
self-correction | wat is de hoofdstad van dominica nee de dominicaanse republiek | DO
self-correction | hoofdstad van colombia pardon cambodja | KH
self-correction | wat is de hoofdstad van letland ik zei het verkeerd litouwen | LT
self-correction | de hoofdstad van suriname nee guyana | GY
self-correction | wat is de hoofdstad van libanon excuus libië | LY
self-correction | hoofdstad van kenia correctie oeganda | UG
self-correction | hoe hjit de hoofdstad van denemarken nee van noorwegen | NO
self-correction | wat is de hoofdstad van armenië sorry albanië | AL
self-correction | de hoofdstad van paraguay eh uruguay | UY
self-correction | wat is hoofdstad van slowakije nee niet slowakije tsjechië | CZ
# Reverse questions
reverse-question | van welk land is {} de hoofdstad | ulaanbaatar=CITY:Ulaanbaatar; windhoek=CITY:Windhoek; vientiane=CITY:Vientiane
reverse-question | {} is de hoofdstad van welk land | asmara=CITY:Asmara; bamako=CITY:Bamako; nouakchott=CITY:Nouakchott
reverse-question | in welk land ligt de hoofdstad {} | tbilisi=CITY:Tbilisi; jerevan=CITY:Jerevan; bakoe=CITY:Bakoe
reverse-question | welk land heeft {} als hoofdstad | paramaribo=CITY:Paramaribo; georgetown=CITY:Georgetown; kingston=CITY:Kingston
reverse-question | waar is {} de hoofdstad van | victoria=CITY:Victoria; hamilton=CITY:Hamilton; canberra=CITY:Canberra
reverse-question | ik hoorde op de radio {} van welk land is dat de hoofdstad | dili=CITY:Dili; honiara=CITY:Honiara; funafuti=CITY:Funafuti
reverse-question | de duiven werden gelost bij {} welk land heeft dat als hoofdstad | brussel=CITY:Brussel; luxemburg=CITY:Luxemburg; parijs=CITY:Parijs
reverse-question | {} is dat een hoofdstad en van welk land | ouagadougou=CITY:Ouagadougou; niamey=CITY:Niamey; ndjamena=CITY:N'Djamena
reverse-question | hoofdstad {} hoort bij welk land | gaborone=CITY:Gaborone; maseru=CITY:Maseru; lilongwe=CITY:Lilongwe
reverse-question | mijn qsl kaart komt uit {} welk land is dat | nuku'alofa=CITY:Nuku'alofa; apia=CITY:Apia; suva=CITY:Suva
reverse-question | welk land hoort bij de hoofdstad {} | bisjkek=CITY:Bisjkek; doesjanbe=CITY:Doesjanbe; asjchabad=CITY:Asjchabad
reverse-question | wat voor land heeft {} als hoofdstad | tegucigalpa=CITY:Tegucigalpa; managua=CITY:Managua; castries=CITY:Castries
# Official names
official-name | wat is de hoofdstad van de bondsrepubliek duitsland | DE
official-name | hoofdstad van de federatieve republiek brazilië graag | BR
official-name | wat is de hoofdstad van het koninkrijk der nederlanden | NL
official-name | wat is de hoofdstad van de volksrepubliek china | CN
official-name | de hoofdstad van de russische federatie alstublieft | RU
official-name | wat is de hoofdstad van de helleense republiek | GR
official-name | welke stad is de hoofdstad van de islamitische republiek pakistan | PK
official-name | wat is de hoofdstad van het verenigd koninkrijk van groot-brittannië en noord-ierland | GB
official-name | wat is de hoofdstad van de democratische volksrepubliek korea | KP
official-name | hoofdstad van de republiek korea | KR
official-name | wat is de hoofdstad van de verenigde mexicaanse staten | MX
official-name | wat is de hoofdstad van de zwitserse bondsstaat | CH
official-name | de hoofdstad van het koninkrijk saoedi-arabië | SA
official-name | wat is de hoofdstad van de arabische republiek egypte | EG
official-name | wat is de hoofdstad van de federale staten van micronesia | FM
official-name | wat is de hoofdstad van de democratische republiek oost-timor | TL
official-name | de kirgizische republiek wat is daar de hoofdstad | KG
official-name | wat is de hoofdstad van de portugese republiek | PT
official-name | wat is de hoofdstad van de republiek polen | PL
official-name | hoofdstad van het koninkrijk marokko | MA
official-name | wat is de hoofdstad van de slowaakse republiek | SK
official-name | wat is de hoofdstad van de islamitische republiek iran | IR
official-name | wat is de hoofdstad van de verenigde staten van amerika | US
official-name | wat is de hoofdstad van het koninkrijk belgië | BE
official-name | wat is de hoofdstad van de italiaanse republiek | IT
# Old names
old-name | wat was de hoofdstad van perzië | IR
old-name | mijn opa voer op siam wat is daar de hoofdstad | TH
old-name | ik ben geboren op ceylon wat is de hoofdstad daar nu | LK
old-name | wat is de hoofdstad van zaïre | CD
old-name | de hoofdstad van rhodesië hoe heet die | ZW
old-name | wat is de hoofdstad van dahomey | BJ
old-name | hoofdstad van opper-volta | BF
old-name | wat is de hoofdstad van abessinië | ET
old-name | de goudkust wat is daar de hoofdstad | GH
old-name | wat is de hoofdstad van nyasaland | MW
old-name | wat is de hoofdstad van bechuanaland | BW
old-name | hoofdstad van basoetoland | LS
old-name | wat is de hoofdstad van brits-honduras | BZ
old-name | wat is de hoofdstad van kampuchea | KH
old-name | wat is de hoofdstad van swaziland nu | SZ
# Everyday names
everyday-name | wat is de hoofdstad van holland eigenlijk | NL
everyday-name | wat is de hoofdstad van amerika nou | US
everyday-name | hoofdstad van de emiraten | AE
everyday-name | wat is de hoofdstad van wit-rusland | BY
everyday-name | wat is de hoofdstad van birma | MM
everyday-name | wat is de hoofdstad van macedonië | MK
everyday-name | wat is de hoofdstad van timor-leste | TL
everyday-name | wat is de hoofdstad van türkiye | TR
everyday-name | wat is de hoofdstad van de states | US
everyday-name | wat is de hoofdstad van het vk | GB
everyday-name | hoofdstad van groot-brittannië | GB
everyday-name | wat is de hoofdstad van saoedi | SA
everyday-name | wat is de hoofdstad van congo-kinshasa | CD
everyday-name | wat is de hoofdstad van dr congo | CD
everyday-name | wat is de hoofdstad van trinidad | TT
everyday-name | wat is de hoofdstad van antigua | AG
everyday-name | wat is de hoofdstad van sint kitts | KN
everyday-name | wat is de hoofdstad van sint lucia | LC
everyday-name | wat is de hoofdstad van sint vincent | VC
everyday-name | wat is de hoofdstad van bosnië | BA
everyday-name | wat is de hoofdstad van sao tomé | ST
everyday-name | wat is de hoofdstad van de vae | AE
everyday-name | wat is de hoofdstad van de vs | US
everyday-name | wat is de hoofdstad van kirgizstan | KG
everyday-name | wat is de hoofdstad van côte d'ivoire | CI
# Shared names
shared-name | wat is de hoofdstad van congo gozer | CD+CG
shared-name | mijn spreekbeurt gaat over congo wat is daar de hoofdstad | CD+CG
shared-name | wat zijn de hoofdsteden van de twee congo's | CD+CG
shared-name | hoofdstad van korea né | KP+KR
shared-name | wat is de hoofdstad van korea zeg maar | KP+KR
shared-name | wat zijn de hoofdsteden van beide korea's | KP+KR
shared-name | wat is de hoofdstad van georgia ja hear | GE+US-GA
shared-name | georgia hoofdstad | GE+US-GA
shared-name | wat is de hoofdstad van de staat georgia in amerika | US-GA
shared-name | georgia het land in de kaukasus wat is de hoofdstad | GE
shared-name | wat is de hoofdstad van de maagdeneilanden | VG+VI
shared-name | ik ga duiken op de maagdeneilanden wat is de hoofdstad | VG+VI
shared-name | wat is de hoofdstad van de britse maagdeneilanden | VG
shared-name | hoofdstad van de amerikaanse maagdeneilanden | VI
shared-name | wat is de hoofdstad van congo met kinshasa | CD
shared-name | de hoofdstad van de republiek congo niet de grote | CG
shared-name | wat is de hoofdstad van noord-korea roger | KP
shared-name | en van zuid-korea de hoofdstad | KR
# Plurals
plural-capitals | welke hoofdsteden heeft zuid-afrika eigenlijk | ZA
plural-capitals | de kweker zegt dat zuid-afrika drie hoofdsteden heeft welke zijn dat | ZA
plural-capitals | wat zijn de hoofdsteden van bolivia né | BO
plural-capitals | bolivia heeft toch twee hoofdsteden welke zijn dat | BO
plural-capitals | noem de twee hoofdsteden van benin | BJ
plural-capitals | welke hoofdsteden heeft benin | BJ
plural-capitals | wat zijn de hoofdsteden van nederland nou eigenlijk | NL
plural-capitals | heit zegt dat nederland twee hoofdsteden heeft welke | NL
plural-capitals | hoofdsteden van maleisië graag | MY
plural-capitals | wat zijn de hoofdsteden van maleisië yaar | MY
plural-capitals | welke twee hoofdsteden heeft sri lanka | LK
plural-capitals | wat zijn de hoofdsteden van sri lanka actually | LK
plural-capitals | ivoorkust heeft twee hoofdsteden toch welke | CI
plural-capitals | wat zijn de hoofdsteden van ivoorkust | CI
plural-capitals | wat zijn de hoofdsteden van eswatini | SZ
plural-capitals | welke hoofdsteden heeft swaziland | SZ
plural-capitals | welke hoofdsteden heeft palestina | PS
plural-capitals | wat zijn de hoofdsteden van palestina volgens jou | PS
plural-capitals | wat zijn de hoofdsteden van jammu en kasjmir | IN-JK
plural-capitals | welke hoofdsteden heeft montserrat | MS
# Subdivisions
subdivision | wat is de hoofdstad van de deelstaat {} | beieren=DE-BY; nedersaksen=DE-NI; noordrijn-westfalen=DE-NW
subdivision | de duiven worden gelost in {} wat is de hoofdstad van die deelstaat | saksen=DE-SN; thüringen=DE-TH; hessen=DE-HE
subdivision | wat is de hoofdstad van de amerikaanse staat {} | californië=US-CA; florida=US-FL; new york=US-NY
subdivision | ik vlieg morgen naar {} wat is de hoofdstad van die staat | texas=US-TX; alaska=US-AK; hawaï=US-HI
subdivision | wat is de hoofdstad van de provincie {} in canada | quebec=CA-QC; ontario=CA-ON; brits-columbia=CA-BC
subdivision | hoofdstad van {} in australië | queensland=AU-QLD; tasmanië=AU-TAS; west-australië=AU-WA
subdivision | mijn collega komt uit {} wat is de hoofdstad van die staat | kerala=IN-KL; maharashtra=IN-MH; goa=IN-GA
subdivision | mijn vrouw komt uit {} wat is de hoofdstad daar | bahia=BR-BA; minas gerais=BR-MG; amazonas=BR-AM
subdivision | wat is de hoofdstad van de mexicaanse staat {} | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | wat is de hoofdstad van {} in het verenigd koninkrijk | schotland=GB-SCT; wales=GB-WLS; noord-ierland=GB-NIR
subdivision | wat is de hoofdstad van de indiase staat {} | punjab=IN-PB; tamil nadu=IN-TN; karnataka=IN-KA
subdivision | wat zijn de hoofdsteden van uttarakhand | IN-UK
subdivision | wat is de hoofdstad van {} in duitsland | sleeswijk-holstein=DE-SH; rijnland-palts=DE-RP; baden-württemberg=DE-BW
# Territories
territory | de hoofdstad van {} wil ik weten | groenland=GL; faeröer=FO; åland=AX
territory | we gaan duiken op {} wat is de hoofdstad | aruba=AW; curaçao=CW; bonaire=BQ
territory | de rozen worden doorgevlogen via {} wat is de hoofdstad daar | réunion=RE; frans-guyana=GF; martinique=MQ
territory | wat is de hoofdstad van {} roger | falklandeilanden=FK; gibraltar=GI; bermuda=BM
territory | zeldzame dx uit {} wat is de hoofdstad | nieuw-caledonië=NC; frans-polynesië=PF; guam=GU
territory | de cruise stopt op {} wat is daar de hoofdstad | kaaimaneilanden=KY; puerto rico=PR; sint-maarten=SX
territory | wat is de hoofdstad van het eiland {} | jersey=JE; guernsey=GG; man=IM
territory | wat is de hoofdstad van {} in de poolzee | spitsbergen=SJ
# One-shot requests through the invocation name
one-shot | vraag hoofdsteden van de wereld wat de hoofdstad van {} is | kameroen=CM; gabon=GA; togo=TG
one-shot | open hoofdsteden van de wereld en zeg de hoofdstad van {} | jemen=YE; oman=OM; koeweit=KW
one-shot | vraag aan hoofdsteden van de wereld wat de hoofdstad is van {} | salomonseilanden=SB; vanuatu=VU; samoa=WS
one-shot | laat hoofdsteden van de wereld de hoofdstad van {} zeggen | bhutan=BT; nepal=NP; bangladesh=BD
one-shot | start hoofdsteden van de wereld hoofdstad van {} | seychellen=SC; mauritius=MU; kaapverdië=CV
one-shot | vraag hoofdsteden van de wereld naar de hoofdstad van {} alstublieft | liechtenstein=LI; san marino=SM; andorra=AD
one-shot | hoofdsteden van de wereld wat is de hoofdstad van {} | guinee-bissau=GW; equatoriaal-guinea=GQ; sao tomé en principe=ST
# Launch
launch | open hoofdsteden van de wereld voor mem | LAUNCH
launch | alexa start hoofdsteden van de wereld maar | LAUNCH
launch | doe hoofdsteden van de wereld eens open | LAUNCH
launch | zet hoofdsteden van de wereld aan voor de kinderen | LAUNCH
launch | begin met hoofdsteden van de wereld | LAUNCH
launch | activeer hoofdsteden van de wereld | LAUNCH
launch | open de skill hoofdsteden van de wereld alstublieft | LAUNCH
launch | start de skill hoofdsteden van de wereld | LAUNCH
launch | hoofdsteden van de wereld openen graag | LAUNCH
launch | ik wil hoofdsteden van de wereld oefenen open maar | LAUNCH
launch | hee gozer open hoofdsteden van de wereld | LAUNCH
launch | roger start hoofdsteden van de wereld | LAUNCH
launch | tipo abre hoofdsteden van de wereld | LAUNCH
launch | open hoofdsteden van de wereld yaar | LAUNCH
# Help
help | hoe werkt dit eigenlijk | HELP
help | wat kan ik jou allemaal vragen | HELP
help | ik snap er niks van help | HELP
help | wat moet ik nou zeggen | HELP
help | leg eens uit hoe dit spel gaat | HELP
help | help me even op weg | HELP
help | hoe vraag ik een hoofdstad | HELP
help | ik ben slechtziend kunt u uitleggen wat ik kan zeggen | HELP
help | ik ben nieuw hier hoe werkt het | HELP
help | ik weet niet wat ik moet vragen | HELP
help | geef eens een voorbeeld | HELP
help | welke vragen snap jij | HELP
help | mem snapt het niet kun je helpen | HELP
help | hulp alsjeblieft | HELP
help | hoe gebruik ik dit ding | HELP
help | ik ben de weg kwijt wat kan ik doen | HELP
help | uitleg graag | HELP
help | kun je me helpen met deze skill | HELP
help | hoe moet dit nou | HELP
help | help ik kom er niet uit | HELP
help | vertel eens wat je kunt | HELP
help | ik leer nederlands hoe moet ik vragen | HELP
help | hoe werkt dit ding gozer | HELP
help | ik wit it net help | HELP
help | how does this work in het nederlands | HELP
help | wat zijn de opties hier | HELP
help | mag ik een beetje hulp | HELP
help | nossa hoe werkt dit | HELP
# Stop
stop | stop maar alexa | STOP
stop | hou maar op het is genoeg | STOP
stop | klaar ermee | STOP
stop | we zijn klaar voor vandaag | STOP
stop | ophouden nu | STOP
stop | stoppen graag | STOP
stop | genoeg voor vanavond | STOP
stop | afsluiten maar | STOP
stop | het is mooi geweest | STOP
stop | nou hou maar op | STOP
stop | stop de skill | STOP
stop | ik wil stoppen | STOP
stop | stop ermee | STOP
stop | kappen nu | STOP
stop | hou op met hoofdsteden | STOP
stop | de pieper gaat stop nu | STOP
stop | roger over en uit | STOP
stop | ik moet naar de klok stop maar | STOP
stop | stop het spel | STOP
stop | we gaan eten stop maar | STOP
stop | de thuiszorg is er stop maar | STOP
stop | genoeg geoefend stop | STOP
stop | zo dat was het stop | STOP
stop | stop yaar | STOP
stop | chega stop maar | STOP
stop | nou moe hou op | STOP
stop | stop nou maar jochie | STOP
# Cancel
cancel | laat maar zitten | CANCEL
cancel | vergeet het maar | CANCEL
cancel | ach laat ook maar | CANCEL
cancel | nee toch niet | CANCEL
cancel | annuleer dat | CANCEL
cancel | doe maar niet | CANCEL
cancel | nee laat maar | CANCEL
cancel | vergeet wat ik vroeg | CANCEL
cancel | laat die vraag maar zitten | CANCEL
cancel | nee hoeft niet meer | CANCEL
cancel | ik weet het al laat maar | CANCEL
cancel | laat maar ik zoek het zelf op | CANCEL
cancel | sorry verkeerde vraag laat maar | CANCEL
cancel | nee nee doe maar niks | CANCEL
cancel | nou laat ook maar zitten | CANCEL
cancel | vergeet die laatste vraag | CANCEL
cancel | de kweker heeft het al gezegd laat maar | CANCEL
cancel | annuleer die vraag | CANCEL
cancel | laat maar ik vraag het aan heit | CANCEL
cancel | hoeft niet meer bedankt | CANCEL
cancel | vergeet het ik weet het al | CANCEL
cancel | correctie vraag vervalt | CANCEL
cancel | laat maar gozer | CANCEL
cancel | deixa laat maar | CANCEL
cancel | never mind laat maar | CANCEL
cancel | o nee ik wist het al vergeet het | CANCEL
cancel | laat maar zitten de bevelvoerder weet het | CANCEL
# Out of domain
out-of-domain | hoeveel inwoners heeft kenia | FB
out-of-domain | wat is de munteenheid van zwitserland | FB
out-of-domain | welke taal spreken ze in brazilië | FB
out-of-domain | hoe laat is het nu in tokio | FB
out-of-domain | wat is de hoofdstad van friesland | FB
out-of-domain | wat is de hoofdstad van de provincie utrecht | FB
out-of-domain | wat is de hoofdstad van gelderland | FB
out-of-domain | wat is de hoofdstad van catalonië | FB
out-of-domain | wat is de hoofdstad van vlaanderen | FB
out-of-domain | wat is de hoofdstad van bretagne | FB
out-of-domain | wat is de hoofdstad van sicilië | FB
out-of-domain | wat is de hoofdstad van atlantis | FB
out-of-domain | hoeveel startkapitaal heb ik nodig voor een bloemenzaak | FB
out-of-domain | wat betekent kapitaal | FB
out-of-domain | schrijf je een land met een hoofdletter | FB
out-of-domain | wat is het grootste land van afrika | FB
out-of-domain | wat is de hoogste berg van nepal | FB
out-of-domain | wie is de president van brazilië | FB
out-of-domain | hoe lang vlieg je naar nairobi | FB
out-of-domain | wat is het weer in aalsmeer | FB
out-of-domain | wat doen de rozen vandaag op de klok | FB
out-of-domain | wanneer is de volgende duivenvlucht uit frankrijk | FB
out-of-domain | hoe ver is barcelona van hier | FB
out-of-domain | wat is de grootste stad van turkije | FB
out-of-domain | wat is de oudste stad van nederland | FB
out-of-domain | in welk land ligt timboektoe | FB
out-of-domain | hoe zeg je dank je wel in het oekraïens | FB
out-of-domain | vertaal hoofdstad naar het portugees | FB
out-of-domain | wat is de koers van de braziliaanse real | FB
out-of-domain | wie heeft de laatste elfstedentocht gewonnen | FB
out-of-domain | gaat de elfstedentocht dit jaar door | FB
out-of-domain | hoe laat begint de slimste mens | FB
out-of-domain | doe het licht in de keuken uit | FB
out-of-domain | zet de wekker om vijf uur | FB
out-of-domain | zet melk op de boodschappenlijst | FB
out-of-domain | wat is het volkslied van frankrijk | FB
out-of-domain | hoe hoog is de eiffeltoren | FB
out-of-domain | wat is het hoofdkantoor van philips | FB
out-of-domain | waar is het hoofdbureau van politie in utrecht | FB
out-of-domain | ik heb hoofdpijn wat moet ik doen | FB
out-of-domain | wat is de hoofdprijs van de staatsloterij | FB
out-of-domain | lees mijn berichten voor | FB
out-of-domain | bel mijn dochter | FB
out-of-domain | hoe laat komt de thuiszorg | FB
out-of-domain | wat is de roepnaam van de kazerne | FB
out-of-domain | welke landen grenzen aan oekraïne | FB
out-of-domain | wat is de oppervlakte van rusland | FB
out-of-domain | hoeveel tijdverschil is er met brazilië | FB
out-of-domain | welke kleur heeft de vlag van kenia | FB
out-of-domain | hoe schrijf je kaboel | FB
out-of-domain | wat voor weer is het in kiev | FB
out-of-domain | speel fryske muziek | FB
out-of-domain | hoe laat vertrekt de boot naar ameland | FB
out-of-domain | wat is het prefix voor japan op de kortegolf | FB
out-of-domain | hoeveel mensen wonen er in amstelveen | FB
out-of-domain | zoek een loodgieter in de buurt | FB
out-of-domain | wat is de hoofdstad van de maan | FB
out-of-domain | wat is een hoofdstad eigenlijk | FB
out-of-domain | welke hoofdstad is het mooist | FB
out-of-domain | hoeveel hoofdsteden zijn er in europa | FB
out-of-domain | wie is de koning van marokko | FB
out-of-domain | wat eten ze in ethiopië | FB
out-of-domain | hoe ver vliegt een postduif per dag | FB
out-of-domain | hoe ver is de zon | FB
out-of-domain | welke munt gebruiken ze in bulgarije | FB
out-of-domain | wat is de hoofdstad van lapland | FB
out-of-domain | wat is de hoofdstad van siberië | FB
out-of-domain | wat is de hoofdstad van de hoeksche waard | FB
out-of-domain | vertel een mop | FB
out-of-domain | speel de slimste mens podcast | FB
out-of-domain | hoe laat gaat de apotheek open | FB
out-of-domain | wat is het nummer van de huisarts | FB
out-of-domain | wie won twee voor twaalf gisteren | FB
out-of-domain | hoeveel kost een vlucht naar bangkok | FB
out-of-domain | waar ligt het hoofdkwartier van de navo | FB
out-of-domain | wat is de hoofdzaak van dit verhaal | FB
out-of-domain | wat is de hoofdstad van zeeuws-vlaanderen | FB
out-of-domain | wat is het kenteken van litouwen | FB
out-of-domain | hoe lang is de grens tussen chili en argentinië | FB
out-of-domain | wat is het bruto nationaal product van india | FB
out-of-domain | geef me een recept met cassave | FB
out-of-domain | wanneer is het koningsdag | FB
out-of-domain | hoeveel provincies heeft nederland | FB
out-of-domain | wat is het hoofdgerecht vanavond | FB
out-of-domain | welke religie hebben ze in nepal | FB
out-of-domain | wie is de premier van australië | FB
out-of-domain | hoeveel eilanden heeft indonesië | FB
out-of-domain | wat is de langste rivier van afrika | FB
out-of-domain | wat is de hoofdstad van de achterhoek | FB
out-of-domain | wat is de postcode van de veiling in aalsmeer | FB
# Second batch: the families the first build lost to earlier rounds, said in these speakers' words
plural-capitals | de bevelvoerder zegt dat eswatini twee hoofdsteden heeft welke zijn dat | SZ
plural-capitals | hoe hjitte de hoofdsteden van eswatini ja hear | SZ
plural-capitals | welke hoofdsteden heeft bolivia tipo | BO
plural-capitals | lieve alexa welke hoofdsteden heeft sri lanka | LK
plural-capitals | gozer hoeveel hoofdsteden heeft benin en welke | BJ
plural-capitals | roger noem de hoofdsteden van ivoorkust | CI
plural-capitals | welke zijn de hoofdsteden van palestina alstublieft | PS
plural-capitals | overhoor mij de drie hoofdsteden van zuid-afrika | ZA
cancel | laat maar zitten jong | CANCEL
cancel | vergeet het maar gozer | CANCEL
cancel | nee wacht laat maar | CANCEL
cancel | ach nee laat maar ik zie het al op de kaart | CANCEL
cancel | annuleren alsjeblieft | CANCEL
cancel | laat maar alexa de quizmaster heeft het antwoord al | CANCEL
cancel | nee dit hoeft niet laat maar | CANCEL
cancel | vergeet die vraag maar nossa | CANCEL
cancel | laat maar yaar | CANCEL
cancel | heit wist het al laat maar | CANCEL
cancel | laat maar zitten ik heb het al op streetview gezien | CANCEL
cancel | sorry ik vroeg het verkeerd vergeet het maar | CANCEL
cancel | ik heb me vergist laat maar | CANCEL
cancel | annuleer alsjeblieft mijn vraag | CANCEL
cancel | laat maar de duif is al binnen | CANCEL
cancel | nee toch maar niet mem weet het | CANCEL
stop | stop met de quiz nu | STOP
stop | de duiven komen eraan stop | STOP
stop | ik ga slapen stop maar | STOP
stop | einde oefening stop | STOP
stop | genoeg voor vandaag alexa stop | STOP
stop | zet die skill maar uit | STOP
stop | we zijn bij de veiling stop maar | STOP
stop | hou op alexa de koffie is klaar | STOP
stop | stoppen nu de pieper gaat | STOP
stop | stop de hoofdsteden | STOP
stop | het is klaar hoor stop maar | STOP
help | wat kan deze skill allemaal | HELP
help | hoe werkt hoofdsteden van de wereld | HELP
help | vraag hoofdsteden van de wereld om hulp | HELP
help | ik zie slecht wat moet ik zeggen om een hoofdstad te horen | HELP
help | hoe stel ik een vraag aan jou | HELP
help | kun je uitleggen wat ik kan vragen tipo | HELP
help | help yaar wat kan ik vragen | HELP
help | hoe begin ik hiermee | HELP
help | wat voor vragen mag ik stellen | HELP
subdivision | de veiling heeft een koper uit {} in amerika wat is de hoofdstad van die staat | oregon=US-OR; washington=US-WA; virginia=US-VA
subdivision | het koor zingt in {} welke stad is de hoofdstad van die deelstaat | brandenburg=DE-BB; mecklenburg-voor-pommeren=DE-MV; saksen-anhalt=DE-ST
subdivision | geoguessr zet me in {} in brazilië wat is de hoofdstad van die staat | paraná=BR-PR; pernambuco=BR-PE; rio grande do sul=BR-RS
subdivision | mijn zwager werkt in {} in canada wat is daar de hoofdstad | alberta=CA-AB; manitoba=CA-MB; nova scotia=CA-NS
subdivision | we hebben een tussenstop in {} wat is de hoofdstad van de staat | nevada=US-NV; arizona=US-AZ; colorado=US-CO
subdivision | wat is de hoofdstad van de staat {} in india yaar | rajasthan=IN-RJ; gujarat=IN-GJ; bihar=IN-BR
subdivision | hoofdstad van {} in mexico né | sonora=MX-SON; chiapas=MX-CHP; veracruz=MX-VER
subdivision | en victoria in australië wat is daar de hoofdstad | AU-VIC
subdivision | wat is de hoofdstad van engeland gozer | GB-ENG
official-name | lieve alexa wat is de hoofdstad van de republiek oostenrijk | AT
official-name | voor de slimste mens de hoofdstad van de republiek turkije | TR
official-name | heit vraagt de hoofdstad van het koninkrijk denemarken | DK
official-name | wat is de hoofdstad van het koninkrijk noorwegen ja hear | NO
official-name | de hoofdstad van het koninkrijk zweden graag | SE
official-name | wat is de hoofdstad van de republiek ierland eigenlijk | IE
official-name | wat is de hoofdstad van de tsjechische republiek effe | CZ
official-name | hoofdstad van de franse republiek over | FR
official-name | de hoofdstad van het koninkrijk spanje graag voor mijn duiven | ES
official-name | wat is de hoofdstad van de republiek zuid-afrika | ZA
official-name | wat is de hoofdstad van de democratische republiek congo roger | CD
official-name | hoofdstad van de republiek congo over | CG
everyday-name | hee gozer wat is de hoofdstad van holland | NL
everyday-name | yaar wat is de hoofdstad van amerika | US
everyday-name | tipo hoofdstad van de emiraten né | AE
everyday-name | wat is de hoofdstad van wit-rusland eigenlijk | BY
everyday-name | ja hear en birma wat is daar de hoofdstad | MM
everyday-name | roger hoofdstad van brittannië | GB
everyday-name | wat is de hoofdstad van de usa | US
everyday-name | wat is de hoofdstad van congo-brazzaville | CG
everyday-name | wat is de hoofdstad van marocco | MA
everyday-name | wat is de hoofdstad van micronesië | FM
everyday-name | wat is de hoofdstad van de malediven | MV
slechtziende-oudere | ik luister een boek van de luisterbibliotheek over {} wat is daar de hoofdstad | peru=PE; chili=CL; bolivia=BO
mokums-bargoens | op de markt vroeg een klant naar de hoofdstad van {} | algerije=DZ; tunesië=TN; libië=LY
veteraan | wij lagen met de mariniers in {} wat was daar de hoofdstad | haïti=HT; eritrea=ER; cambodja=KH
zendamateur | wat is de hoofdstad van {} voor mijn logboek | tuvalu=TV; nauru=NR; marshalleilanden=MH
duivenmelker | de duiven zijn verkocht aan een liefhebber in {} wat is de hoofdstad | china=CN; taiwan=TW; zuid-afrika=ZA
cabinepersoneel | we hebben crew rest in {} welke stad is de hoofdstad | argentinië=AR; peru=PE; egypte=EG
geoguessr | ik denk dat ik in {} zit wat is de hoofdstad | oeganda=UG; ghana=GH; senegal=SN
klusser | de nieuwe tegels komen uit {} wat is daar de hoofdstad | portugal=PT; italië=IT; spanje=ES
apotheek | een klant komt net terug uit {} wat is de hoofdstad daar | zimbabwe=ZW; mozambique=MZ; zambia=ZM
carpool | wie als eerste de hoofdstad van {} weet hoeft niet te rijden | vanuatu=VU; fiji=FJ; samoa=WS
spreekbeurt | ik moet voor groep zes de hoofdstad van {} weten | japan=JP; china=CN; india=IN
koor-fanfare | we zingen morgen in {} en de dirigent vraagt de hoofdstad | hongarije=HU; oostenrijk=AT; tsjechië=CZ
utrechts | gut wat is toch de hoofdstad van {} nou | canada=CA; mexico=MX; cuba=CU
friese-inslag | ik ha gjin idee wat is de hoofdstad fan {} | nederland=NL; belgië=BE; duitsland=DE
braziliaanse-partner | minha filha vraagt de hoofdstad van {} | portugal=PT; angola=AO; mozambique=MZ
expat-amstelveen | voor de topografie van mijn dochter wat is de hoofdstad van {} | oeganda=UG; kenia=KE; tanzania=TZ
oekraiense-nieuwkomer | voor inburgering examen ik moet weten hoofdstad van {} | nederland=NL; belgië=BE; duitsland=DE
reverse-question | ja hear {} is dat de hoofdstad van welk land | reykjavik=CITY:Reykjavik; oslo=CITY:Oslo; helsinki=CITY:Helsinki
reverse-question | tipo {} is hoofdstad van welk land né | montevideo=CITY:Montevideo; asunción=CITY:Asunción; lima=CITY:Lima
follow-up | en {} tipo | chili=CL; peru=PE; venezuela=VE
follow-up | en voor {} yaar | pakistan=PK; bhutan=BT; nepal=NP
follow-up | en van {} alstublieft | armenië=AM; georgië=GE; azerbeidzjan=AZ
out-of-domain | wat is de hoofdstad van de randstad | FB
out-of-domain | hoe heet de burgemeester van leeuwarden | FB
out-of-domain | hoeveel kost een bos rozen | FB
out-of-domain | welke duif heeft de vlucht uit bourges gewonnen | FB
out-of-domain | hoe spel je reykjavik | FB
out-of-domain | hoe spreek je ouagadougou uit | FB
out-of-domain | hoe ver is het van amsterdam naar kiev | FB
out-of-domain | welke landen horen bij de europese unie | FB
out-of-domain | hoeveel landen zijn er in afrika | FB
out-of-domain | wat is de grootste stad van australië | FB
out-of-domain | wat is de economische hoofdstad van nigeria | FB
out-of-domain | wat is de culturele hoofdstad van europa dit jaar | FB
out-of-domain | wat is de modehoofdstad van de wereld | FB
out-of-domain | wie is de hoofdcommissaris van amsterdam | FB
out-of-domain | hoe hoog is de kilimanjaro | FB
out-of-domain | speel het wilhelmus | FB
out-of-domain | wat is de temperatuur in paramaribo | FB
out-of-domain | wat is het telefoonnummer van de bloemenveiling | FB
out-of-domain | hoeveel kost een liter diesel | FB
out-of-domain | hoe laat gaat de zon onder | FB
out-of-domain | wie is de minister-president van nederland | FB
out-of-domain | welke taal spreken ze in suriname | FB
out-of-domain | welke munt heeft oekraïne | FB
out-of-domain | wat is de hoofdstad van texel | FB
out-of-domain | hoeveel inwoners heeft leeuwarden | FB
out-of-domain | wat is het hoogste gebouw van dubai | FB
out-of-domain | hoe zeg je goedemorgen in het fries | FB
out-of-domain | wat is de hoofdstad van het gooi | FB
out-of-domain | hoeveel kilometer is de elfstedentocht | FB
out-of-domain | welk land heeft de meeste inwoners | FB
out-of-domain | wat is het kapitaal van shell | FB
out-of-domain | hoe laat is het in sao paulo | FB
out-of-domain | hoe heet beieren in het engels | FB
out-of-domain | welke landen liggen aan de zwarte zee | FB
out-of-domain | lees het nieuws van de nos voor | FB
out-of-domain | wie is de keizer van japan | FB
out-of-domain | wat is de hoofdstad van het noorden | FB
out-of-domain | wat is het hoofdstuk over afrika in mijn boek | FB
"""

if __name__ == "__main__":
    build_round(23, "nl", LINES, sys.argv, "tests/Eval/nl/round23/source/build_corpus.py")
