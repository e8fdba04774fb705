"""Round 27, Dutch (nl-NL): a new author's own mix, written blind. Speakers chosen away from the regions and groups
earlier Dutch authors used: Zeeuwen from Walcheren, Zuid-Beveland and Zeeuws-Vlaanderen ("ik weet het nie", "ba",
"un", "ochot", "a je blieft", the Zeelandbrug, the mussels of Yerseke), Achterhoekers ("oh jo", "wi'j", "jonges",
the Zwarte Cross), students in Leuven ("seg", "ge", "allee ja", the kot, the blok), Urk fishermen on a cutter
("jie", "de kotter", the fish auction, the North Sea), young people from Amsterdam Nieuw-West with straattaal ("ewa",
"osso", "skeer", "fissa", "waggi", "ik zweer"), Chinese-Dutch restaurant families ("aiya", "hai", "m goi", the wok,
the takeaway counter), Eritrean newcomers at A1 and A2 level ("selam", "yekenyeley", missing articles and verb-last
order, the COA, the buddy), Iranian-Dutch families ("khob", "merci", "baba", "joon"), Romanian seasonal workers in the
asparagus and strawberries of Limburg and Brabant ("da", "mersi", "bine", "hai"), Moluccan Dutch ("bung", "beta",
"ale", "sayang", the Moluccan neighbourhood), Indo grandparents ("adoe", "tjoba", "kassian", "soesah", the rijsttafel),
a retired missionary priest who worked in Congo, a retired merchant-navy sailor, scouting children round a campfire,
a grandfather minding his grandchildren, a student house in Groningen; a dairy farmer in the milking parlour, a baker
at four in the morning, a taxi driver at Schiphol, a night nurse, a dental assistant, a shelf stacker, the crew of the
Texel ferry, a windmill miller; speed skating World Cups, a hockey club, a korfball team, Pim Pam Pet, a caravan
holiday in France, an exchange year in the United States, a destination wedding, an Airbnb host, cooking dinners of
the world, walking the dog, geography homework in havo 3. Plus follow-ups, yes/no checks, self-corrections ("nee
wacht", "ik bedoel", "sorry", "o nee", "pardon"), reverse questions, official, old and everyday names, shared names,
plurals, subdivisions and territories, one-shot requests through "hoofdsteden van de wereld", launch, help, stop
and cancel in those speakers' words, out-of-domain near misses, and what nl-NL recognition writes (lost diaeresis,
split and joined words, homophones and phonetic spellings).
`python3 tests/Eval/nl/round27/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 27's number).
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402
LINES = """
# Zeeuwen
zeeuws | ik weet het nie hoor alexa wat is de hoofdstad van {} | frankrijk=FR; spanje=ES; portugal=PT
zeeuws | ba wat was nou de hoofdstad van {} ook alweer | noorwegen=NO; zweden=SE; finland=FI
zeeuws | we rijden over de zeelandbrug en mien vrouw vraagt wat de hoofdstad van {} is | belgië=BE; luxemburg=LU; duitsland=DE
zeeuws | ochot ik ben het kwijt alexa de hoofdstad van {} | ierland=IE; estland=EE; letland=LV
zeeuws | de mosselboer uit yerseke verkoopt naar {} wat is daar de hoofdstad a je blieft | frankrijk=FR; denemarken=DK; litouwen=LT
zeeuws | zeg alexa un vraagje wat is de hoofdstad van {} | slowakije=SK; slovenië=SI; hongarije=HU
zeeuws | er ligt un schip uit {} in vlissingen wat is de hoofdstad daarvan | panama=PA; liberia=LR; malta=MT

# Achterhoekers
achterhoeks | oh jo alexa wat is de hoofdstad van {} dan | oostenrijk=AT; zwitserland=CH; tsjechië=CZ
achterhoeks | op de zwarte cross stond een gozer uit {} wat is daar de hoofdstad van | polen=PL; australië=AU; nieuw-zeeland=NZ
achterhoeks | jonges stil even alexa de hoofdstad van {} graag | canada=CA; mexico=MX; brazilië=BR
achterhoeks | wi'j wilt weten wat de hoofdstad van {} is | ijsland=IS; groenland=GL; de faeröer=FO
achterhoeks | alexa zeg ons effen de hoofdstad van {} | kroatië=HR; servië=RS; montenegro=ME

# Leuven
leuvens | seg alexa wat is de hoofdstad van {} | bosnië en herzegovina=BA; albanië=AL; kosovo=XK
leuvens | ik zit in de blok en ik weet de hoofdstad van {} niet meer | roemenië=RO; bulgarije=BG; moldavië=MD
leuvens | allee ja ge moet mij eens zeggen wat de hoofdstad van {} is | griekenland=GR; cyprus=CY; turkije=TR
leuvens | mijn kotgenoot komt uit {} en ik weet de hoofdstad niet eens | noord-macedonië=MK; andorra=AD; san marino=SM
leuvens | seg weet gij wat de hoofdstad van {} is voor mijn examen politieke geografie | armenië=AM; azerbeidzjan=AZ; georgië=GE

# Urk
urker-vissers | alexa wij liggen voor de kust van {} wat is de hoofdstad daar | noorwegen=NO; schotland=GB-SCT; ierland=IE
urker-vissers | jie weet het vast wel wat is de hoofdstad van {} | denemarken=DK; ijsland=IS; groot-brittannië=GB
urker-vissers | op de kotter vragen ze wat de hoofdstad van {} is | de faeröer eilanden=FO; spitsbergen=SJ; het eiland man=IM
urker-vissers | de vis op de afslag gaat naar {} wat is daar de hoofdstad | spanje=ES; italië=IT; marokko=MA
urker-vissers | er vaart een russische trawler naast ons wat is de hoofdstad van rusland eigenlijk | RU

# Nieuw-West
straattaal | ewa alexa wat is de hoofdstad van {} | marokko=MA; algerije=DZ; tunesië=TN
straattaal | ik zweer het ik weet de hoofdstad van {} niet | egypte=EG; libië=LY; soedan=SD
straattaal | osso alexa fissa zeg me de hoofdstad van {} | somalië=SO; ethiopië=ET; eritrea=ER
straattaal | skeer vraag maar wat is de hoofdstad van {} | suriname=SR; ghana=GH; nigeria=NG
straattaal | waggi alexa wat is nou de hoofdstad van {} | jamaica=JM; trinidad en tobago=TT; barbados=BB
straattaal | ewa mijn neef zegt dat {} geen hoofdstad heeft klopt dat | kaapverdië=CV; de comoren=KM; djibouti=DJ

# Chinees-Nederlandse restaurantfamilie
chinees-nederlands | aiya alexa wat is de hoofdstad van {} | china=CN; taiwan=TW; mongolië=MN
chinees-nederlands | hai alexa de hoofdstad van {} wat is dat | vietnam=VN; laos=LA; cambodja=KH
chinees-nederlands | achter de toonbank vraagt een klant wat de hoofdstad van {} is | thailand=TH; maleisië=MY; singapore=SG
chinees-nederlands | m goi alexa hoofdstad van {} zeggen | japan=JP; zuid-korea=KR; filipijnen=PH
chinees-nederlands | mijn oom gaat op vakantie naar {} wat is daar de hoofdstad | indonesië=ID; myanmar=MM; brunei=BN

# Eritrese nieuwkomers
eritrese-nieuwkomer | selam alexa wat hoofdstad van {} | eritrea=ER; ethiopië=ET; soedan=SD
eritrese-nieuwkomer | ik leer nederlands wat is hoofdstad {} | zuid-soedan=SS; oeganda=UG; kenia=KE
eritrese-nieuwkomer | mijn buddy vraagt hoofdstad van {} ik weet niet | jemen=YE; saoedi-arabië=SA; djibouti=DJ
eritrese-nieuwkomer | yekenyeley alexa en de hoofdstad van {} | libië=LY; italië=IT; egypte=EG
eritrese-nieuwkomer | in het azc iemand komt uit {} wat is hoofdstad daar | afghanistan=AF; syrië=SY; irak=IQ

# Iraanse families
iraans | khob alexa wat is de hoofdstad van {} | iran=IR; afghanistan=AF; tadzjikistan=TJ
iraans | baba jan vraagt wat de hoofdstad van {} is | turkmenistan=TM; oezbekistan=UZ; kazachstan=KZ
iraans | merci alexa en wat is de hoofdstad van {} | pakistan=PK; india=IN; bangladesh=BD
iraans | maman joon wil weten wat de hoofdstad van {} is | armenië=AM; irak=IQ; koeweit=KW

# Roemeense seizoenswerkers
roemeense-seizoenswerker | da da alexa wat is hoofdstad van {} | roemenië=RO; moldavië=MD; oekraïne=UA
roemeense-seizoenswerker | na het asperges steken vraag ik wat is de hoofdstad van {} | hongarije=HU; bulgarije=BG; servië=RS
roemeense-seizoenswerker | bine alexa mersi en de hoofdstad van {} | belarus=BY; polen=PL; slowakije=SK
roemeense-seizoenswerker | hai alexa zeg hoofdstad {} alsjeblieft | italië=IT; spanje=ES; griekenland=GR

# Molukkers
moluks | bung alexa wat is de hoofdstad van {} | indonesië=ID; oost-timor=TL; papoea-nieuw-guinea=PG
moluks | beta wil weten wat de hoofdstad van {} is | de salomonseilanden=SB; vanuatu=VU; fiji=FJ
moluks | ale weet het toch alexa hoofdstad van {} | samoa=WS; tonga=TO; tuvalu=TV
moluks | sayang vraag even aan alexa wat de hoofdstad van {} is | kiribati=KI; nauru=NR; palau=PW

# Indische grootouders
indische-grootouders | adoe alexa wat is toch de hoofdstad van {} | indonesië=ID; suriname=SR; maleisië=MY
indische-grootouders | tjoba eens alexa de hoofdstad van {} | sri lanka=LK; india=IN; nepal=NP
indische-grootouders | kassian die jongen weet de hoofdstad van {} niet zeg jij het eens | bhutan=BT; de maldiven=MV; bangladesh=BD
indische-grootouders | bij de rijsttafel vroeg mijn kleinzoon wat de hoofdstad van {} is | thailand=TH; vietnam=VN; japan=JP

# Missionaris
missionaris | toen ik in {} werkte was de hoofdstad heel klein wat is het nu | rwanda=RW; burundi=BI; tanzania=TZ
missionaris | alexa ik was jaren pater in zaïre wat is daar de hoofdstad | CD
missionaris | onze zusters zaten in {} wat is daar de hoofdstad | kameroen=CM; gabon=GA; centraal-afrikaanse republiek=CF
missionaris | de parochie stuurt geld naar {} wat is daar de hoofdstad eigenlijk | malawi=MW; zambia=ZM; mozambique=MZ

# Koopvaardij
koopvaardij | we voeren vroeger op {} maar wat is daar de hoofdstad | angola=AO; namibië=NA; argentinië=AR
koopvaardij | in mijn tijd op de grote vaart lag ik in {} wat is daar de hoofdstad van | chili=CL; peru=PE; ecuador=EC
koopvaardij | de stuurman kwam uit {} alexa wat is de hoofdstad daarvan | kaapverdië=CV; de filipijnen=PH; mauritius=MU
koopvaardij | ik heb nog een kompas uit {} wat was de hoofdstad daar | madagaskar=MG; de seychellen=SC; sri lanka=LK

# Scouting
scouting | bij het kampvuur wil ik weten wat de hoofdstad van {} is | canada=CA; zweden=SE; oostenrijk=AT
scouting | alexa onze hopman vraagt wat is de hoofdstad van {} | kenia=KE; botswana=BW; zimbabwe=ZW
scouting | wij zijn de bevers en wij willen weten de hoofdstad van {} | australië=AU; nieuw-zeeland=NZ; zuid-afrika=ZA
scouting | voor ons insigne moeten we de hoofdstad van {} weten | noorwegen=NO; ijsland=IS; finland=FI

# Opa die oppast
oppas-opa | opa mag ik het vragen alexa wat is de hoofdstad van {} | frankrijk=FR; spanje=ES; engeland=GB-ENG
oppas-opa | de kleinkinderen willen weten wat de hoofdstad van {} is en opa weet het niet | peru=PE; bolivia=BO; paraguay=PY
oppas-opa | alexa help opa even wat is de hoofdstad van {} | uruguay=UY; venezuela=VE; colombia=CO

# Studentenhuis in Groningen
studentenhuis | ik heb morgen tentamen en wat is de hoofdstad van {} | kazachstan=KZ; kirgizië=KG; turkmenistan=TM
studentenhuis | voor de huisquiz alexa wat is de hoofdstad van {} | bahrein=BH; qatar=QA; oman=OM
studentenhuis | op de borrel zei iemand dat {} geen hoofdstad heeft wat is het wel | nauru=NR; monaco=MC; vaticaanstad=VA

# Melkveehouder
melkveehouder | alexa tijdens het melken wat is de hoofdstad van {} | nieuw-zeeland=NZ; ierland=IE; denemarken=DK
melkveehouder | onze kalveren gaan naar {} wat is daar de hoofdstad | spanje=ES; libanon=LB; algerije=DZ
melkveehouder | het melkpoeder gaat naar {} alexa wat is daar de hoofdstad van | china=CN; nigeria=NG; senegal=SN

# Bakker
bakker | het is vier uur in de nacht alexa de hoofdstad van {} | oostenrijk=AT; hongarije=HU; tsjechië=CZ
bakker | terwijl het deeg rijst wat is de hoofdstad van {} | frankrijk=FR; italië=IT; georgië=GE
bakker | een klant wil een brood uit {} wat is daar eigenlijk de hoofdstad | portugal=PT; turkije=TR; armenië=AM

# Taxi
taxi | ik heb een klant uit {} in de taxi wat is daar de hoofdstad | qatar=QA; de verenigde arabische emiraten=AE; israël=IL
taxi | alexa ik sta bij schiphol wat is de hoofdstad van {} | ghana=GH; togo=TG; benin=BJ
taxi | mijn passagier zegt dat hij uit {} komt wat is daar de hoofdstad | burkina faso=BF; niger=NE; tsjaad=TD

# Nachtdienst
nachtdienst | alexa zacht wat is de hoofdstad van {} | gambia=GM; guinee=GN; sierra leone=SL
nachtdienst | mijn collega op de ic komt uit {} wat is daar de hoofdstad | de filipijnen=PH; india=IN; zimbabwe=ZW
nachtdienst | pauze op de nachtdienst en ik vraag me af wat de hoofdstad van {} is | mauritanië=MR; mali=ML; liberia=LR

# Tandarts
tandarts | de patiënt in de stoel vraagt wat de hoofdstad van {} is | zweden=SE; noorwegen=NO; polen=PL
tandarts | alexa even tussen twee patiënten de hoofdstad van {} | lesotho=LS; namibië=NA; angola=AO

# Vakkenvuller
vakkenvuller | ik vul de schappen met wijn uit {} wat is daar de hoofdstad | chili=CL; argentinië=AR; zuid-afrika=ZA
vakkenvuller | de bananen komen uit {} alexa wat is de hoofdstad van dat land | costa rica=CR; ecuador=EC; colombia=CO
vakkenvuller | op de doos staat made in {} wat is daar de hoofdstad van | bangladesh=BD; cambodja=KH; vietnam=VN

# Veerboot naar Texel
veerboot-texel | alexa op de boot naar texel wat is de hoofdstad van {} | duitsland=DE; belgië=BE; luxemburg=LU
veerboot-texel | een toerist op de veerboot komt uit {} wat is de hoofdstad | tsjechië=CZ; slowakije=SK; litouwen=LT

# Molenaar
molenaar | de molen draait en ik wil weten wat de hoofdstad van {} is | portugal=PT; griekenland=GR; malta=MT
molenaar | er kwamen toeristen uit {} in de molen wat is hun hoofdstad | japan=JP; zuid-korea=KR; taiwan=TW

# Schaatsen
schaatsen | de world cup schaatsen is in {} wat is daar de hoofdstad | kazachstan=KZ; noorwegen=NO; polen=PL
schaatsen | alexa de schaatsers rijden in {} wat is daar de hoofdstad van | canada=CA; japan=JP; china=CN
schaatsen | na de elfstedentocht wil ik weten wat de hoofdstad van {} is | finland=FI; zweden=SE; estland=EE

# Hockey
hockey | ons meidenteam speelt tegen {} wat is daar de hoofdstad | argentinië=AR; belgië=BE; india=IN
hockey | alexa in de kantine van de hockeyclub wat is de hoofdstad van {} | australië=AU; pakistan=PK; maleisië=MY

# Korfbal
korfbal | we spelen een korfbaltoernooi tegen {} wat is de hoofdstad daarvan | taiwan=TW; tsjechië=CZ; portugal=PT
korfbal | de trainer vraagt alexa wat is de hoofdstad van {} | catalonië=FB; hongarije=HU; slowakije=SK

# Pim Pam Pet
pimpampet | pim pam pet een hoofdstad met een k alexa is kigali de hoofdstad van {} | rwanda=RW; burundi=BI; oeganda=UG
pimpampet | alexa voor pim pam pet wat is de hoofdstad van {} | bahrein=BH; belize=BZ; benin=BJ
pimpampet | we spelen pim pam pet en ik heb de letter m wat is de hoofdstad van {} | malta=MT; mozambique=MZ; oman=OM

# Caravan in Frankrijk
caravan | op de camping in frankrijk vraagt de buurman wat de hoofdstad van {} is | andorra=AD; monaco=MC; liechtenstein=LI
caravan | alexa met de caravan achter de auto wat is de hoofdstad van {} | zwitserland=CH; italië=IT; slovenië=SI

# Uitwisselingsjaar in Amerika
uitwisseling | mijn gastgezin woont in {} wat is daar de hoofdstad | texas=US-TX; ohio=US-OH; michigan=US-MI
uitwisseling | alexa voor mijn uitwisselingsjaar wat is de hoofdstad van de staat {} | wisconsin=US-WI; minnesota=US-MN; oregon=US-OR
uitwisseling | mijn host broer zegt dat de hoofdstad van {} niet de grootste stad is wat is het dan | californië=US-CA; florida=US-FL; new york=US-NY

# Bruiloft
bruiloft | mijn nicht trouwt in {} wat is daar de hoofdstad | curaçao=CW; aruba=AW; suriname=SR
bruiloft | de bruiloft is op {} alexa wat is de hoofdstad van dat eiland | bonaire=BQ; sint-maarten=SX; mauritius=MU

# Airbnb
airbnb | mijn gasten komen uit {} wat is daar de hoofdstad | zuid-korea=KR; canada=CA; ierland=IE
airbnb | alexa er komen gasten uit {} wat is hun hoofdstad | brazilië=BR; kroatië=HR; israël=IL

# Koken
koken | ik kook vanavond iets uit {} wat is daar eigenlijk de hoofdstad | ethiopië=ET; peru=PE; libanon=LB
koken | alexa met mijn handen in het deeg wat is de hoofdstad van {} | marokko=MA; georgië=GE; jamaica=JM

# Hond uitlaten
hond-uitlaten | ik loop met de hond alexa wat is de hoofdstad van {} | ierland=IE; wales=GB-WLS; noord-ierland=GB-NIR
hond-uitlaten | mijn hond is een ras uit {} wat is daar de hoofdstad | afghanistan=AF; tibet=FB; hongarije=HU

# Huiswerk havo 3
huiswerk | voor aardrijkskunde moet ik weten wat de hoofdstad van {} is | nigeria=NG; kameroen=CM; ivoorkust=CI
huiswerk | alexa mijn huiswerk vraagt de hoofdstad van {} | bolivia=BO; guyana=GY; paraguay=PY
huiswerk | in mijn werkboek staat wat is de hoofdstad van {} | honduras=HN; nicaragua=NI; el salvador=SV

# Vervolgvragen
follow-up | en van {} dan | guatemala=GT; honduras=HN; cuba=CU
follow-up | ba en die van {} | de dominicaanse republiek=DO; haïti=HT; dominica=DM
follow-up | oh jo en {} | grenada=GD; saint lucia=LC; barbados=BB
follow-up | seg en van {} | saint vincent en de grenadines=VC; antigua en barbuda=AG; saint kitts en nevis=KN
follow-up | ewa en {} dan | de bahama's=BS; belize=BZ; panama=PA
follow-up | aiya en van {} | noord-korea=KP; mongolië=MN; laos=LA
follow-up | en de hoofdstad van {} ook graag | jordanië=JO; syrië=SY; libanon=LB
follow-up | khob en {} | iran=IR; irak=IQ; oman=OM
follow-up | bung en van {} | papoea-nieuw-guinea=PG; de marshalleilanden=MH; micronesia=FM
follow-up | dankjewel en die van {} weet je die ook | ecuador=EC; venezuela=VE; guyana=GY
follow-up | en wat is het van {} dan | equatoriaal-guinea=GQ; gabon=GA; de republiek congo=CG
follow-up | mooi en {} jonges | sao tomé en principe=ST; guinee-bissau=GW; kaapverdië=CV
follow-up | selam en {} hoofdstad | tsjaad=TD; niger=NE; de centraal-afrikaanse republiek=CF
follow-up | en die van {} weet je die ook alexa | turkmenistan=TM; kirgizië=KG; tadzjikistan=TJ
follow-up | ochot en {} dan | somalië=SO; eritrea=ER; djibouti=DJ
follow-up | merci en voor {} | nepal=NP; bhutan=BT; sri lanka=LK
follow-up | en van die staat {} | nevada=US-NV; arizona=US-AZ; utah=US-UT

# Ja of nee
yes-no-check | ba is het nou zo dat {} | amsterdam de hoofdstad van nederland is=NL; bern de hoofdstad van zwitserland is=CH; zürich de hoofdstad van zwitserland is=CH
yes-no-check | seg is {} | lagos de hoofdstad van nigeria=NG; abuja de hoofdstad van nigeria=NG; dar es salaam de hoofdstad van tanzania=TZ
yes-no-check | ewa klopt het dat {} | casablanca de hoofdstad van marokko is=MA; istanbul de hoofdstad van turkije is=TR; ankara de hoofdstad van turkije is=TR
yes-no-check | alexa heeft {} | australië sydney als hoofdstad=AU; canada toronto als hoofdstad=CA; brazilië rio als hoofdstad=BR
yes-no-check | opa zegt dat {} klopt dat | new york de hoofdstad van amerika is=US; washington de hoofdstad van amerika is=US; mumbai de hoofdstad van india is=IN
yes-no-check | is de hoofdstad van {} | vietnam ho chi minhstad=VN; myanmar rangoon=MM; kazachstan almaty=KZ
yes-no-check | aiya is shanghai de hoofdstad van china | CN
yes-no-check | de hoofdstad van pakistan is karachi toch | PK
yes-no-check | khob is teheran de hoofdstad van iran of niet | IR
yes-no-check | klopt het dat zagreb de hoofdstad van slovenië is | SI
yes-no-check | bung is jakarta nog steeds de hoofdstad van indonesië | ID
yes-no-check | is het waar dat de hoofdstad van ivoorkust abidjan is | CI
yes-no-check | is belmopan echt de hoofdstad van belize | BZ
yes-no-check | oh jo is bonn nog de hoofdstad van duitsland | DE
yes-no-check | ik denk dat de hoofdstad van schotland glasgow is klopt dat | GB-SCT
yes-no-check | is sydney de hoofdstad van nieuw-zuid-wales | AU-NSW
yes-no-check | is toronto de hoofdstad van ontario | CA-ON
yes-no-check | klopt het dat austin de hoofdstad van texas is of is het houston | US-TX
yes-no-check | is genève de hoofdstad van zwitserland | CH
yes-no-check | ik zweer het is dakar de hoofdstad van senegal | SN
yes-no-check | is auckland de hoofdstad van nieuw-zeeland jonges | NZ
yes-no-check | is kaapstad een hoofdstad van zuid-afrika | ZA
yes-no-check | da is sint-petersburg de hoofdstad van rusland | RU

# Zelfcorrecties
self-correction | wat is de hoofdstad van oostenrijk nee wacht ik bedoel {} | zwitserland=CH; liechtenstein=LI; hongarije=HU
self-correction | de hoofdstad van slowakije sorry {} | slovenië=SI; tsjechië=CZ; kroatië=HR
self-correction | wat is de hoofdstad van niger o nee {} | nigeria=NG; mali=ML; tsjaad=TD
self-correction | ba wat is de hoofdstad van guinee pardon ik bedoel {} | guinee-bissau=GW; equatoriaal-guinea=GQ; papoea-nieuw-guinea=PG
self-correction | alexa de hoofdstad van irak nee sorry van iran | IR
self-correction | wat is de hoofdstad van zweden ik bedoel zwitserland | CH
self-correction | seg de hoofdstad van oostenrijk allee nee australië bedoel ik | AU
self-correction | hoofdstad van dominica nee wacht de dominicaanse republiek | DO
self-correction | wat is de hoofdstad van soedan sorry zuid-soedan | SS
self-correction | wat is de hoofdstad van letland o nee ik bedoel litouwen | LT
self-correction | ewa de hoofdstad van gambia nee wacht zambia | ZM
self-correction | wat is de hoofdstad van malawi pardon mali | ML
self-correction | alexa de hoofdstad van colombia nee wacht van bolivia | BO
self-correction | de hoofdstad van de staat washington nee ik bedoel de staat oregon | US-OR

# Omgekeerde vragen
reverse-question | {} is de hoofdstad van welk land | ouagadougou=CITY:Ouagadougou; antananarivo=CITY:Antananarivo; ulaanbaatar=CITY:Ulaanbaatar
reverse-question | seg van welk land is {} de hoofdstad | tbilisi=CITY:Tbilisi; jerevan=CITY:Jerevan; bakoe=CITY:Bakoe
reverse-question | ewa {} is de hoofdstad van wat | nairobi=CITY:Nairobi; kampala=CITY:Kampala; kigali=CITY:Kigali
reverse-question | ba welk land heeft {} als hoofdstad | vaduz=CITY:Vaduz; valletta=CITY:Valletta; tirana=CITY:Tirana
reverse-question | aiya {} is hoofdstad van welk land | phnom penh=CITY:Phnom Penh; vientiane=CITY:Vientiane; hanoi=CITY:Hanoi
reverse-question | bij pim pam pet zei iemand {} van welk land is dat de hoofdstad | asmara=CITY:Asmara; mogadishu=CITY:Mogadishu; khartoem=CITY:Khartoem
reverse-question | alexa waar is {} de hoofdstad van | paramaribo=CITY:Paramaribo; georgetown=CITY:Georgetown; montevideo=CITY:Montevideo
reverse-question | khob {} is de hoofdstad van welk land ook alweer | doesjanbe=CITY:Doesjanbe; asjchabad=CITY:Asjchabad; bisjkek=CITY:Bisjkek
reverse-question | de hoofdstad {} hoort bij welk land | ljubljana=CITY:Ljubljana; bratislava=CITY:Bratislava; podgorica=CITY:Podgorica
reverse-question | van welke staat in amerika is {} de hoofdstad | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; albany=CITY:Albany
reverse-question | bung honiara is de hoofdstad van welk land | CITY:Honiara
reverse-question | welk land hoort bij de hoofdstad port moresby | CITY:Port Moresby
reverse-question | van welk land is canberra de hoofdstad | CITY:Canberra

# Officiele namen
official-name | alexa wat is de hoofdstad van de {} | bondsrepubliek duitsland=DE; russische federatie=RU; volksrepubliek china=CN
official-name | seg wat is de hoofdstad van het {} | koninkrijk belgië=BE; koninkrijk der nederlanden=NL; verenigd koninkrijk van groot-brittannië en noord-ierland=GB
official-name | ba de hoofdstad van de {} wat is dat | helleense republiek=GR; franse republiek=FR; italiaanse republiek=IT
official-name | khob de hoofdstad van de {} | islamitische republiek iran=IR; islamitische republiek pakistan=PK; arabische republiek egypte=EG
official-name | de hoofdstad van de {} graag | democratische volksrepubliek korea=KP; republiek korea=KR; democratische republiek oost-timor=TL
official-name | wat is de hoofdstad van het {} | koninkrijk saoedi-arabië=SA; koninkrijk marokko=MA; koninkrijk zweden=SE
official-name | voor het examen de hoofdstad van de {} | federatieve republiek brazilië=BR; verenigde mexicaanse staten=MX; kirgizische republiek=KG
official-name | ewa wat is de hoofdstad van de {} | zwitserse bondsstaat=CH; republiek polen=PL; portugese republiek=PT
official-name | wat is de hoofdstad van de federale staten van micronesia | FM

# Alledaagse namen
everyday-name | alexa wat is de hoofdstad van {} eigenlijk | holland=NL; amerika=US; engeland=GB-ENG
everyday-name | ewa de hoofdstad van {} | de emiraten=AE; de states=US; saoedi=SA
everyday-name | seg wat is de hoofdstad van {} | wit-rusland=BY; macedonië=MK; bosnië=BA
everyday-name | ba ken je de hoofdstad van {} | brittannië=GB; tsjechië=CZ; trinidad=TT
everyday-name | de hoofdstad van {} wat is dat | congo-kinshasa=CD; congo-brazzaville=CG; de drc=CD
everyday-name | oh jo wat is de hoofdstad van {} | timor leste=TL; antigua=AG; sint kitts=KN
everyday-name | aiya en de hoofdstad van {} | sint lucia=LC; sint vincent=VC; sao tomé=ST
everyday-name | de hoofdstad van {} alsjeblieft | de vs=US; het vk=GB; de vae=AE

# Oude namen
old-name | mijn opa zei altijd {} wat is daar nu de hoofdstad | birma=MM; ceylon=LK; siam=TH
old-name | adoe in mijn tijd heette dat {} wat is nu de hoofdstad | perzië=IR; abessinië=ET; rhodesië=ZW
old-name | de pater had het over {} wat is daar de hoofdstad | dahomey=BJ; opper-volta=BF; nyasaland=MW
old-name | op mijn oude atlas staat {} wat is de hoofdstad daarvan | basoetoland=LS; bechuanaland=BW; brits-honduras=BZ
old-name | in de koopvaardij noemden we het {} wat is daar de hoofdstad | kampuchea=KH; goudkust=GH; boven-volta=BF

# Gedeelde namen
shared-name | alexa wat is de hoofdstad van {} | congo=CD+CG; korea=KP+KR; georgia=GE+US-GA
shared-name | seg de hoofdstad van {} | de maagdeneilanden=VG+VI; de twee congo's=CD+CG; de twee korea's=KP+KR
shared-name | ewa wat zijn de hoofdsteden van {} | beide congo's=CD+CG; noord en zuid korea=KP+KR; de maagdeneilanden=VG+VI
shared-name | de pater vraagt naar de hoofdstad van {} | congo in afrika=CD+CG; het land georgië=GE; de amerikaanse staat georgia=US-GA
shared-name | wat is eigenlijk de hoofdstad van de {} | britse maagdeneilanden=VG; amerikaanse maagdeneilanden=VI; republiek congo=CG
shared-name | ba welke hoofdstad heeft georgia | GE+US-GA
shared-name | oh jo wat is de hoofdstad van korea | KP+KR
shared-name | khob de hoofdstad van georgia het land niet de staat | GE
shared-name | de hoofdstad van georgia in amerika bedoel ik | US-GA

# Meervoud
plural-capitals | alexa wat zijn de hoofdsteden van {} | zuid-afrika=ZA; bolivia=BO; benin=BJ
plural-capitals | seg welke hoofdsteden heeft {} | ivoorkust=CI; sri lanka=LK; maleisië=MY
plural-capitals | ba wat zijn de twee hoofdsteden van {} | nederland=NL; eswatini=SZ; palestina=PS
plural-capitals | ewa {} heeft toch meer hoofdsteden welke zijn dat | zuid-afrika=ZA; nederland=NL; bolivia=BO
plural-capitals | voor de huisquiz noem alle hoofdsteden van {} | benin=BJ; ivoorkust=CI; malaysia=MY
plural-capitals | oh jo welke hoofdsteden heeft {} allemaal | sri lanka=LK; swaziland=SZ; de palestijnse gebieden=PS
plural-capitals | wat zijn de hoofdsteden van {} in india | jammu en kasjmir=IN-JK; uttarakhand=IN-UK
plural-capitals | wat zijn de hoofdsteden van het eiland montserrat | MS

# Deelgebieden
subdivision | alexa wat is de hoofdstad van de deelstaat {} | beieren=DE-BY; saksen=DE-SN; nedersaksen=DE-NI
subdivision | seg wat is de hoofdstad van {} in duitsland | noordrijn-westfalen=DE-NW; rijnland-palts=DE-RP; hessen=DE-HE
subdivision | de hoofdstad van de provincie {} in canada | brits-columbia=CA-BC; quebec=CA-QC; alberta=CA-AB
subdivision | ba wat is de hoofdstad van {} in australië | queensland=AU-QLD; tasmanië=AU-TAS; west-australië=AU-WA
subdivision | ewa hoofdstad van {} | schotland=GB-SCT; wales=GB-WLS; noord-ierland=GB-NIR
subdivision | wat is de hoofdstad van de indiase staat {} | kerala=IN-KL; rajasthan=IN-RJ; goa=IN-GA
subdivision | aiya wat is de hoofdstad van de staat {} | alaska=US-AK; hawaï=US-HI; kentucky=US-KY
subdivision | wat is de hoofdstad van de braziliaanse staat {} | bahia=BR-BA; minas gerais=BR-MG; amazonas=BR-AM
subdivision | de hoofdstad van de mexicaanse staat {} graag | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | opa wil weten wat de hoofdstad is van {} | sleeswijk-holstein=DE-SH; mecklenburg-voor-pommeren=DE-MV; thüringen=DE-TH
subdivision | wat is de hoofdstad van de staat {} in amerika | louisiana=US-LA; illinois=US-IL; pennsylvania=US-PA
subdivision | wat is de hoofdstad van {} in canada | nova scotia=CA-NS; manitoba=CA-MB; nunavut=CA-NU
subdivision | alexa de hoofdstad van {} graag | victoria in australië=AU-VIC; het noordelijk territorium=AU-NT; zuid-australië=AU-SA

# Gebieden
territory | alexa wat is de hoofdstad van {} daar in het noorden | groenland=GL; de faeröer=FO; åland=AX
territory | seg wat is de hoofdstad van {} bij frankrijk | guadeloupe=GP; martinique=MQ; réunion=RE
territory | ba de hoofdstad van {} | frans-guyana=GF; frans-polynesië=PF; nieuw-caledonië=NC
territory | bung wat is de hoofdstad van {} | guam=GU; amerikaans-samoa=AS; de noordelijke marianen=MP
territory | wat is de hoofdstad van {} daar bij engeland | jersey=JE; guernsey=GG; gibraltar=GI
territory | oh jo de hoofdstad van {} | de kaaimaneilanden=KY; bermuda=BM; anguilla=AI
territory | wat is de hoofdstad van {} op de antillen | curaçao=CW; aruba=AW; sint-maarten=SX
territory | ewa zeg de hoofdstad van {} | puerto rico=PR; de falklandeilanden=FK; sint-helena=SH
territory | wat is de hoofdstad van {} in de stille oceaan | de cookeilanden=CK; niue=NU; tokelau=TK
territory | wat is de hoofdstad van {} in de caraïben | saint-barthélemy=BL; saint-martin=MF; de turks en caicoseilanden=TC

# Via de naam van de skill
aanroepnaam | alexa vraag hoofdsteden van de wereld wat de hoofdstad van {} is | estland=EE; letland=LV; litouwen=LT
aanroepnaam | alexa open hoofdsteden van de wereld en zeg de hoofdstad van {} | jordanië=JO; koeweit=KW; bahrein=BH
aanroepnaam | ewa alexa vraag aan hoofdsteden van de wereld de hoofdstad van {} | guinee=GN; togo=TG; sierra leone=SL
aanroepnaam | alexa start hoofdsteden van de wereld wat is de hoofdstad van {} | nicaragua=NI; costa rica=CR; el salvador=SV
aanroepnaam | seg alexa vraag hoofdsteden van de wereld naar de hoofdstad van {} | de seychellen=SC; comoren=KM; madagaskar=MG
aanroepnaam | alexa laat hoofdsteden van de wereld de hoofdstad van {} zeggen | samoa=WS; tonga=TO; kiribati=KI
aanroepnaam | alexa vraag hoofdsteden van de wereld wat de hoofdsteden van zuid-afrika zijn | ZA
aanroepnaam | ba alexa vraag hoofdsteden van de wereld welk land bern als hoofdstad heeft | CITY:Bern

# Starten
launch | alexa open hoofdsteden van de wereld | LAUNCH
launch | ewa alexa start hoofdsteden van de wereld | LAUNCH
launch | seg alexa doe hoofdsteden van de wereld eens open | LAUNCH
launch | ba alexa hoofdsteden van de wereld starten a je blieft | LAUNCH
launch | alexa ik wil hoofdsteden van de wereld spelen met de kleinkinderen | LAUNCH
launch | aiya alexa hoofdsteden van de wereld openen | LAUNCH
launch | alexa zet hoofdsteden van de wereld aan voor de scouting | LAUNCH
launch | oh jo alexa begin met hoofdsteden van de wereld | LAUNCH
launch | selam alexa open hoofdsteden van de wereld alsjeblieft | LAUNCH
launch | alexa hoofdsteden van de wereld voor mijn huiswerk | LAUNCH
launch | bung alexa start die hoofdsteden van de wereld | LAUNCH
launch | alexa mag ik hoofdsteden van de wereld | LAUNCH
launch | khob alexa hoofdsteden van de wereld graag | LAUNCH
launch | alexa ga naar hoofdsteden van de wereld | LAUNCH

# Hulp
help | ba hoe werkt dit nou | HELP
help | seg wat kan ik hier allemaal vragen | HELP
help | ewa hoe moet dit | HELP
help | aiya ik snap het niet help | HELP
help | alexa help opa even hoe dit werkt | HELP
help | oh jo wat moet ik zeggen | HELP
help | selam ik weet niet wat ik zeggen moet help | HELP
help | khob wat kun je allemaal | HELP
help | hoe werkt hoofdsteden van de wereld | HELP
help | bung wat kan ale hier vragen | HELP
help | adoe hoe gaat dit spelletje | HELP
help | da hoe werkt dit alexa help | HELP
help | ik ben nieuw hoe gebruik ik deze skill | HELP
help | ochot ik kom er niet uit help me | HELP
help | leg eens uit wat ik moet doen | HELP
help | de kinderen willen weten hoe dit werkt | HELP
help | wat voor vragen mag ik stellen | HELP
help | mersi maar hoe werkt het | HELP
help | uitleg graag | HELP
help | hulp nodig alexa | HELP
help | ik zweer het ik snap er niks van help | HELP
help | wat moet ik doen alexa | HELP
help | jonges hoe ging dit ook alweer | HELP
help | help mij even op weg | HELP

# Stoppen
stop | ba stop maar | STOP
stop | seg stop ermee | STOP
stop | ewa stop nu | STOP
stop | aiya stop alexa | STOP
stop | oh jo houd maar op | STOP
stop | selam stoppen | STOP
stop | khob stop ermee alexa | STOP
stop | bung stop dan | STOP
stop | adoe stop toch | STOP
stop | da stop | STOP
stop | opa zegt stop | STOP
stop | de klant stapt in stop | STOP
stop | alexa stop ik ga melken | STOP
stop | stop het deeg moet de oven in | STOP
stop | stop de patiënt is er | STOP
stop | stop het is bedtijd | STOP
stop | stoppen jonges | STOP
stop | mersi stop nu maar | STOP
stop | alexa hou op met die hoofdsteden | STOP
stop | stop we gaan aanleggen | STOP
stop | sluit af alexa | STOP
stop | klaar stop maar | STOP
stop | stop met de quiz | STOP
stop | alexa afsluiten | STOP

# Annuleren
cancel | ba laat maar | CANCEL
cancel | seg laat maar zitten | CANCEL
cancel | ewa laat maar | CANCEL
cancel | aiya laat maar | CANCEL
cancel | oh jo laat maar zitten | CANCEL
cancel | khob annuleer maar | CANCEL
cancel | bung laat maar | CANCEL
cancel | adoe laat maar zitten hoor | CANCEL
cancel | selam annuleren | CANCEL
cancel | da annuleer | CANCEL
cancel | laat maar opa weet het al | CANCEL
cancel | annuleer dat maar | CANCEL
cancel | vergeet het maar alexa | CANCEL
cancel | ochot laat maar | CANCEL
cancel | laat maar zitten de klant weet het al | CANCEL
cancel | nee laat maar ik zoek het zelf op | CANCEL
cancel | annuleer de vraag | CANCEL
cancel | mersi laat maar | CANCEL
cancel | laat maar jonges | CANCEL
cancel | alexa annuleren a je blieft | CANCEL
cancel | ik zweer het laat maar | CANCEL
cancel | vergeet mijn vraag maar | CANCEL
cancel | laat maar de hond moet plassen | CANCEL
cancel | nee toch niet annuleer | CANCEL
cancel | adoe nee laat toch maar | CANCEL
cancel | bung laat maar zitten ja | CANCEL
cancel | ba nee annuleer dat | CANCEL
help | seg hoe moet ik dit gebruiken | HELP
help | aiya wat kan ik vragen aan jou | HELP

# Buiten het domein
out-of-domain | ba wat voor weer wordt het morgen in middelburg | FB
out-of-domain | hoe laat is het hoogwater in vlissingen | FB
out-of-domain | ochot zet de radio eens aan | FB
out-of-domain | hoeveel kost een kilo mosselen | FB
out-of-domain | oh jo hoe laat begint de zwarte cross | FB
out-of-domain | hoeveel mensen wonen er in de achterhoek | FB
out-of-domain | speel wat muziek van normaal | FB
out-of-domain | seg hoeveel studenten zitten er in leuven | FB
out-of-domain | zet een timer van vijfentwintig minuten voor de blok | FB
out-of-domain | wat is het kapitaal van een bvba | FB
out-of-domain | hoe diep is de noordzee bij de doggersbank | FB
out-of-domain | wat brengt tong op de afslag van urk | FB
out-of-domain | hoe hard waait het op zee vandaag | FB
out-of-domain | ewa hoe laat speelt ajax | FB
out-of-domain | ik zweer het zet drill muziek op | FB
out-of-domain | hoeveel inwoners heeft marokko | FB
out-of-domain | welke taal spreken ze in eritrea | FB
out-of-domain | aiya hoe laat gaat de groothandel open | FB
out-of-domain | hoeveel is honderd euro in chinese yuan | FB
out-of-domain | wat is de munteenheid van china | FB
out-of-domain | wat is het nummer van de afhaal | FB
out-of-domain | selam hoe laat gaat de bus naar het azc | FB
out-of-domain | hoe zeg je dankjewel in het tigrinya | FB
out-of-domain | hoe lang is de nijl | FB
out-of-domain | khob wat is de tijd nu in teheran | FB
out-of-domain | wanneer is het nowruz dit jaar | FB
out-of-domain | welke talen spreken ze in iran | FB
out-of-domain | da hoeveel verdien ik per kilo asperges | FB
out-of-domain | hoe ver is het van venlo naar boekarest | FB
out-of-domain | wat is de hoofdstad van de provincie limburg | FB
out-of-domain | bung speel muziek van massada | FB
out-of-domain | hoe maak je sajoer boontjes | FB
out-of-domain | hoeveel eilanden heeft indonesië | FB
out-of-domain | adoe hoe lang moet de rijst koken | FB
out-of-domain | wat is een pisang goreng | FB
out-of-domain | hoeveel katholieken wonen er in congo | FB
out-of-domain | welke rivier stroomt door kinshasa | FB
out-of-domain | hoe laat is de mis op zondag | FB
out-of-domain | hoe lang duurt de reis van rotterdam naar buenos aires per schip | FB
out-of-domain | wat betekent stuurboord | FB
out-of-domain | hoe maak je een knoop voor de scouting | FB
out-of-domain | hoe laat gaat de zon onder vandaag | FB
out-of-domain | opa vertel een mop | FB
out-of-domain | speel kinderliedjes alexa | FB
out-of-domain | wat is de hoofdstad van groningen de provincie | FB
out-of-domain | hoe laat gaat de laatste trein naar groningen | FB
out-of-domain | bestel pizza voor het hele huis | FB
out-of-domain | wat is de melkprijs deze week | FB
out-of-domain | wordt het droog genoeg om te maaien | FB
out-of-domain | hoe lang moet een desem rijzen | FB
out-of-domain | zet de wekker om half vier | FB
out-of-domain | wat zijn de files bij schiphol | FB
out-of-domain | hoe laat landt de vlucht uit accra | FB
out-of-domain | hoe laat is mijn nachtdienst afgelopen | FB
out-of-domain | hoeveel milligram paracetamol mag een volwassene | FB
out-of-domain | hoe vaak moet je flossen | FB
out-of-domain | wat kost een fles chileense wijn | FB
out-of-domain | hoe laat vertrekt de boot naar texel | FB
out-of-domain | hoeveel schapen zijn er op texel | FB
out-of-domain | hoe hard moet het waaien voor de molen | FB
out-of-domain | wie won de elfstedentocht van zesenzestig | FB
out-of-domain | hoe snel schaatst jutta leerdam | FB
out-of-domain | wanneer speelt het nederlands hockeyteam | FB
out-of-domain | hoe hoog hangt een korfbalpaal | FB
out-of-domain | noem een rivier met een r voor pim pam pet | FB
out-of-domain | hoe laat sluit de camping receptie | FB
out-of-domain | hoe duur is tol in frankrijk | FB
out-of-domain | hoeveel staten heeft amerika | FB
out-of-domain | wat is de grootste stad van texas | FB
out-of-domain | hoe laat is het nu in curaçao | FB
out-of-domain | wat trek je aan op een bruiloft in suriname | FB
out-of-domain | hoeveel sterren heeft mijn airbnb | FB
out-of-domain | wat eten ze in ethiopië | FB
out-of-domain | hoe lang moet een hond per dag wandelen | FB
out-of-domain | waar komt de afghaanse windhond vandaan | FB
out-of-domain | wat is het bnp van nigeria | FB
out-of-domain | hoeveel inwoners heeft bolivia | FB
out-of-domain | wat is de hoofdstad van europa | FB
out-of-domain | wat is het hoofdkantoor van philips | FB
out-of-domain | hoe schrijf je hoofdstad met een hoofdletter | FB
out-of-domain | wat is eigen vermogen en kapitaal | FB
out-of-domain | wat is de hoofdstad van friesland | FB
out-of-domain | wat is de hoofdstad van vlaanderen | FB
out-of-domain | wat is de hoofdstad van catalonië | FB
out-of-domain | wat is de hoofdstad van de provincie zeeland | FB
out-of-domain | wat is de hoofdstad van de maan | FB
out-of-domain | wat is de hoofdstad van tibet | FB
out-of-domain | wat is de hoofdstad van koerdistan | FB
out-of-domain | wat is de hoofdstad van de molukken | FB
out-of-domain | wat is de hoofdstad van atlantis | FB
out-of-domain | hoeveel landen zijn er in afrika | FB
out-of-domain | welk land is het grootste ter wereld | FB
out-of-domain | wat is de grootste stad van australië | FB
out-of-domain | waar ligt de mount everest | FB
out-of-domain | wat is de hoogste berg van zwitserland | FB
out-of-domain | hoeveel mensen wonen er in tokio | FB
out-of-domain | welke munt gebruiken ze in zwitserland | FB
out-of-domain | wie is de president van frankrijk | FB
out-of-domain | wat is het volkslied van belgië | FB
out-of-domain | welke kleuren heeft de vlag van ierland | FB
out-of-domain | vertel iets over de geschiedenis van japan | FB
out-of-domain | welke hoofdletter gebruik je voor een land | FB
out-of-domain | hoe groot is het kapitaal van de bank | FB
out-of-domain | zet de verwarming hoger | FB
out-of-domain | doe het licht uit in de keuken | FB
out-of-domain | zet aardappels op de boodschappenlijst | FB
out-of-domain | wat is twaalf keer dertien | FB
out-of-domain | hoeveel kilometer is het naar parijs | FB
out-of-domain | waar is de dichtstbijzijnde apotheek | FB
out-of-domain | hoe laat gaat de jumbo dicht | FB
out-of-domain | lees het nieuws voor | FB
out-of-domain | ba hoe laat gaat de pont naar breskens | FB
out-of-domain | ochot waar is mijn telefoon | FB
out-of-domain | oh jo wat is het weer in winterswijk | FB
out-of-domain | seg hoeveel kost een frietje in leuven | FB
out-of-domain | jie hoe hoog zijn de golven morgen | FB
out-of-domain | ewa hoe oud is de burj khalifa | FB
out-of-domain | aiya hoeveel kost een pekingeend | FB
out-of-domain | selam wat betekent het woord hoofdstad | FB
out-of-domain | khob hoe laat is het iftar vandaag | FB
out-of-domain | mersi hoeveel graden wordt het in limburg | FB
out-of-domain | bung waar liggen de molukken precies | FB
out-of-domain | adoe wat is de hoofdstad van java | FB
out-of-domain | welke stad is de hoofdstad van de mode | FB
out-of-domain | hoeveel letters heeft het woord hoofdstad | FB

# Wat de herkenning schrijft
spraakherkenning | wat is de hoofdstaat van {} | oostenrijk=AT; hongarije=HU; ierland=IE
spraakherkenning | wat is de hoofd stad van {} | ijsland=IS; qatar=QA; jemen=YE
spraakherkenning | hoofdstad van {} | oekraine=UA; italie=IT; belgie=BE
spraakherkenning | ewa wat is de hoofdstad van {} | kenya=KE; yemen=YE; kataar=QA
spraakherkenning | wat is de hoofdstad vann {} | oeroegwaai=UY; paragwaai=PY; peroe=PE
spraakherkenning | alexa de hoofdstad van {} | siprus=CY; boetan=BT; gana=GH
spraakherkenning | ba wat is de hoofdstad van {} | ys land=IS; saoedi arabie=SA; tsjad=TD
spraakherkenning | wat zijn de hoofd steden van {} | zuid afrika=ZA; bolivia=BO; maleisie=MY
spraakherkenning | wat is de hoofdstadt van {} | tsjechie=CZ; roemenie=RO; albanie=AL
spraakherkenning | de hoofdstad van {} | kroatie=HR; slovenie=SI; servie=RS
spraakherkenning | khob wat is de hoofdstad van {} | azerbeidjan=AZ; kirgizie=KG; tadzjikistan=TJ
spraakherkenning | de hoofd stat van {} | omaan=OM; laos=LA; nepaal=NP
spraakherkenning | wat is de hoofdstat van {} | zwitser land=CH; nieuw zeeland=NZ; noord macedonie=MK
spraakherkenning | selam wat is de hoofdstad van {} | mauritanie=MR; somalie=SO; tunesie=TN
spraakherkenning | hoofdstad {} | ethiopie=ET; namibie=NA; colombia=CO
spraakherkenning | wat is de hoofdstad van {} nou | guinee bissau=GW; burkina fasso=BF; sierra leonie=SL
spraakherkenning | van welk land is {} de hoofdstad | peking=CITY:Peking; boedapest=CITY:Boedapest; caïro=CITY:Caïro
spraakherkenning | wat is de hoofdstad van de {} | marshall eilanden=MH; salomons eilanden=SB; cook eilanden=CK
"""

if __name__ == "__main__":
    build_round(27, "nl", LINES, sys.argv, "tests/Eval/nl/round27/source/build_corpus.py")
