"""Round 25, Dutch (nl-NL): a new author's own mix, written blind. Speakers chosen away from the regions and groups
earlier Dutch authors used: West Flemings from Bruges, Kortrijk, Roeselare and the coast ("awel", "wuk", "zeg ne keer",
"ge", "jongen toch", h-dropping), Antwerpenaren ("allee", "amai", "manneke", "zenne", "wadde", "goesting",
"ambetant"), Hagenezen ("hoi", "ouwe", "ken je", "effe", "hullie", the Scheveningen boulevard), Rotterdammers on a
Feyenoord away trip ("jonge", "mattie", "niet lullen maar poetsen"), Syrian newcomers at NT2 level ("yalla", "shukran",
"inshallah", missing articles, the taalcoach), Filipino au pairs and nurses ("po", "ay naku", "ate", "kuya", "diba",
"sige"), Dutch emigrants of the fifties in Canada and Australia, heritage speakers with English in their Dutch ("the
capital", "you know", "hoe zeg je dat nou"), Ghanaian churchgoers in Amsterdam Zuidoost ("chale", "ei", "please", "my
sister"), children in groep 5 and 6 learning topografie, teenage gamers on Discord ("bro", "ff", "sowieso", "potje"),
the activity leader and guests of a dementia day centre (old names, slow repeats), a long-haul lorry driver (the
Brenner, the tachograph, the border), customs officers at Schiphol, a hotel receptionist with foreign guests, builders
in the site hut, a parcel courier, Formula One fans with the race calendar, a pub quiz, a Risk board game, sailors on
the IJsselmeer, interrailers and a camper van in the Balkans, ironing in front of the television and a birthday
circle. Plus follow-ups, yes/no checks, self-corrections ("nee wacht", "ik bedoel", "sorry"), reverse questions,
official, old and everyday names, shared names, plurals, subdivisions and territories, one-shot requests through
"hoofdsteden van de wereld", launch, help, stop and cancel in those speakers' words, out-of-domain near misses (other
facts about a named country, "hoofdstad" and "kapitaal" in other senses, Belgian and Dutch provinces and regions the
data does not hold, everyday requests), and what nl-NL recognition writes (lost diaeresis, split and joined words,
homophones, Flemish h-dropping).
`python3 tests/Eval/nl/round25/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 25's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# West Flemings (Bruges, Kortrijk, Roeselare, the coast)
west-vlaams | awel alexa wuk is de hoofdstad van {} | frankrijk=FR; spanje=ES; portugal=PT
west-vlaams | zeg ne keer wuk is de hoofdstad van {} | ierland=IE; ijsland=IS; andorra=AD
west-vlaams | ik weet et nie meer wuk is de hoofdstad van {} | monaco=MC; san marino=SM; malta=MT
west-vlaams | allez alexa ge weet gij dat wel de hoofdstad van {} | finland=FI; zweden=SE; noorwegen=NO
west-vlaams | we zitten in de frituur en we vragen ons af wat de hoofdstad van {} is | denemarken=DK; oostenrijk=AT; zwitserland=CH
west-vlaams | we zitten hier op den dijk in oostende wat is de hoofdstad van {} | albanië=AL; noord-macedonië=MK; griekenland=GR
west-vlaams | ier alexa wat is de oofdstad van {} | cyprus=CY; bulgarije=BG; roemenië=RO
west-vlaams | ge moet mij ne keer helpen wuk is de hoofdstad van {} | kroatië=HR; servië=RS; luxemburg=LU

# Antwerpenaren
antwerps | allee alexa wadde is de hoofdstad van {} | marokko=MA; algerije=DZ; tunesië=TN
antwerps | amai manneke wat is de hoofdstad van {} ook alweer | egypte=EG; libië=LY; soedan=SD
antwerps | ik heb goesting om te weten wat de hoofdstad van {} is | ethiopië=ET; kenia=KE; tanzania=TZ
antwerps | in de diamantwijk vragen ze wat de hoofdstad van {} is | botswana=BW; angola=AO; sierra leone=SL
antwerps | wacht efkes wat is de hoofdstad van {} nu weer | mozambique=MZ; malawi=MW; madagaskar=MG
antwerps | op de kaai zegt ne maat dat de hoofdstad van {} iets raars is wat is het | burkina faso=BF; eritrea=ER; djibouti=DJ

# Hagenezen
haags | hoi alexa ken je me effe zeggen wat de hoofdstad van {} is | turkije=TR; iran=IR; irak=IQ
haags | nou ouwe wat is de hoofdstad van {} dan | syrië=SY; jordanië=JO; libanon=LB
haags | we staan op de boulevard in scheveningen wat is de hoofdstad van {} | israël=IL; saoedi-arabië=SA; jemen=YE
haags | lekker belangrijk maar wat is de hoofdstad van {} eigenlijk | oman=OM; qatar=QA; bahrein=BH
haags | hullie zeggen dubai maar wat is de hoofdstad van de verenigde arabische emiraten nou echt | AE
haags | ken je effe kijken wat de hoofdstad is van {} | koeweit=KW; afghanistan=AF; pakistan=PK
haags | ik ben d'r klaar mee alexa wat is nou de hoofdstad van {} | india=IN; nepal=NP; bhutan=BT

# Rotterdammers on a Feyenoord away trip
rotterdams | jonge alexa wat is de hoofdstad van {} | polen=PL; tsjechië=CZ; hongarije=HU
rotterdams | we gaan met feyenoord naar een uitwedstrijd wat is de hoofdstad van {} | oekraïne=UA; moldavië=MD; belarus=BY
rotterdams | niet lullen maar poetsen wat is de hoofdstad van {} | rusland=RU; georgië=GE; armenië=AM
rotterdams | mattie wat is de hoofdstad van {} effe | azerbeidzjan=AZ; kazachstan=KZ; oezbekistan=UZ
rotterdams | ik zeg het je eerlijk ik weet de hoofdstad van {} niet | kirgizië=KG; tadzjikistan=TJ; turkmenistan=TM

# Syrian newcomers (NT2)
syrische-nieuwkomer | yalla alexa wat is hoofdstad van {} | china=CN; japan=JP; indonesië=ID
syrische-nieuwkomer | sorry mijn nederlands niet goed wat is hoofdstad {} | thailand=TH; vietnam=VN; cambodja=KH
syrische-nieuwkomer | mijn taalcoach vraagt hoofdstad van {} ik weet niet | maldiven=MV; singapore=SG; filipijnen=PH
syrische-nieuwkomer | inshallah ik ga daar op vakantie welke stad is hoofdstad van {} | libanon=LB; jordanië=JO; egypte=EG
syrische-nieuwkomer | mijn zoon in groep zeven vraagt mij hoofdstad van {} ik weet het niet meer | soedan=SD; libië=LY; algerije=DZ

# Filipino au pairs and nurses
filipijnse-au-pair | ay naku alexa wat is de hoofdstad van {} po | filipijnen=PH; brunei=BN; oost-timor=TL
filipijnse-au-pair | ate vraagt wat is de hoofdstad van {} diba | papoea-nieuw-guinea=PG; palau=PW; maleisië=MY
filipijnse-au-pair | de kinderen vragen wat de hoofdstad van {} is po | micronesia=FM; marshalleilanden=MH; nauru=NR
filipijnse-au-pair | kuya zegt iets anders wat is echt de hoofdstad van {} | kiribati=KI; tuvalu=TV; vanuatu=VU
filipijnse-au-pair | ik bel vanavond met mama in cebu wat is de hoofdstad van {} | salomonseilanden=SB; nieuw-zeeland=NZ; australië=AU

# Emigrants of the fifties in Canada and Australia, heritage speakers
emigrant | ik woon al zestig jaar in canada wat is de capital van {} | canada=CA; verenigde staten=US; mexico=MX
emigrant | hoe zeg je dat nou in het hollands de hoofdstad van {} | jamaica=JM; haïti=HT; cuba=CU
emigrant | mijn kleinkinderen spreken geen nederlands maar wat is de hoofdstad van {} | guatemala=GT; honduras=HN; belize=BZ
emigrant | you know wat is de hoofdstad van {} | el salvador=SV; nicaragua=NI; costa rica=CR
emigrant | in mijn tijd leerden we dat op de lagere school wat is de hoofdstad van {} | panama=PA; colombia=CO; venezuela=VE
emigrant | wij zijn na de oorlog met de boot naar australië gegaan wat is de hoofdstad van {} | queensland=AU-QLD; west-australië=AU-WA; zuid-australië=AU-SA
emigrant | we wonen op een farm in ontario what's the hoofdstad van {} | manitoba=CA-MB; saskatchewan=CA-SK; alberta=CA-AB

# Ghanaian churchgoers in Amsterdam Zuidoost
ghanese-kerk | chale alexa wat is de hoofdstad van {} | ghana=GH; togo=TG; burkina faso=BF
ghanese-kerk | na de kerkdienst vraagt mijn zus wat de hoofdstad van {} is | nigeria=NG; kameroen=CM; gabon=GA
ghanese-kerk | please alexa ik wil weten de hoofdstad van {} | liberia=LR; guinee=GN; gambia=GM
ghanese-kerk | ei dat weet ik niet wat is de hoofdstad van {} | senegal=SN; mali=ML; niger=NE
ghanese-kerk | my sister zegt het is makkelijk wat is de hoofdstad van {} | tsjaad=TD; mauritanië=MR; guinee-bissau=GW

# Children in groep 5 and 6 learning topografie
topo-kind | alexa ik heb morgen een topotoets wat is de hoofdstad van {} | somalië=SO; zuid-soedan=SS; eritrea=ER
topo-kind | mama zegt dat ik het aan jou moet vragen wat is de hoofdstad van {} | centraal-afrikaanse republiek=CF; equatoriaal-guinea=GQ; republiek congo=CG
topo-kind | alexa alexa wat is de hoofdstad van {} | kaapverdië=CV; sao tomé en principe=ST; comoren=KM
topo-kind | ik ben acht en ik wil weten wat de hoofdstad van {} is | mauritius=MU; seychellen=SC; lesotho=LS
topo-kind | alexa weet jij welke stad de hoofdstad van {} is want ik niet | nederland=NL; groenland=GL; engeland=GB-ENG
topo-kind | mijn broer zegt dat het makkelijk is wat is de hoofdstad van {} | eswatini=SZ; democratische republiek congo=CD; angola=AO

# Teenage gamers on Discord
gamer | bro alexa wat is de hoofdstad van {} | zuid-korea=KR; noord-korea=KP; mongolië=MN
gamer | ff snel alexa ik zit in een potje wat is de hoofdstad van {} | argentinië=AR; brazilië=BR; chili=CL
gamer | mijn teammate op discord vraagt wat de hoofdstad van {} is | paraguay=PY; guyana=GY; trinidad en tobago=TT
gamer | ik moet een land kiezen in de game wat is de hoofdstad van {} | bahama's=BS; antigua en barbuda=AG; saint lucia=LC
gamer | wacht even ik ben dood wat is de hoofdstad van {} | saint kitts en nevis=KN; saint vincent en de grenadines=VC; dominicaanse republiek=DO

# A dementia day centre: the activity leader and the guests
dagbesteding | alexa we doen een quiz in de huiskamer wat is de hoofdstad van {} | nederland=NL; belgië=BE; engeland=GB-ENG
dagbesteding | meneer de vries vraagt wat de hoofdstad van {} is | indonesië=ID; suriname=SR; curaçao=CW
dagbesteding | mevrouw jansen wil weten wat de hoofdstad van {} was | birma=MM; ceylon=LK; siam=TH
dagbesteding | nog een keer alexa wat was de hoofdstad van {} | perzië=IR; abessinië=ET; rhodesië=ZW
dagbesteding | we hebben het over vroeger wat was de hoofdstad van {} toen | opper-volta=BF; dahomey=BJ; goudkust=GH

# A long-haul lorry driver
vrachtwagenchauffeur | alexa ik rij net de grens over wat is de hoofdstad van {} | oostenrijk=AT; slovenië=SI; kroatië=HR
vrachtwagenchauffeur | ik sta op een parkeerplaats bij de brenner wat is de hoofdstad van {} | italië=IT; zwitserland=CH; liechtenstein=LI
vrachtwagenchauffeur | mijn tachograaf zegt pauze dus vertel me de hoofdstad van {} | roemenië=RO; bulgarije=BG; servië=RS
vrachtwagenchauffeur | ik moet lossen in {} maar wat is daar eigenlijk de hoofdstad | noord-macedonië=MK; griekenland=GR; albanië=AL

# Customs officers at Schiphol
douane | alexa er staat een passagier uit {} wat is daar de hoofdstad | kameroen=CM; nigeria=NG; gabon=GA
douane | de vlucht uit {} landt zo wat is de hoofdstad van dat land | panama=PA; colombia=CO; ecuador=EC
douane | collega vraagt de hoofdstad van {} voor het formulier | turkmenistan=TM; tadzjikistan=TJ; kirgizië=KG
douane | ik check een paspoort van {} wat is de hoofdstad | oezbekistan=UZ; azerbeidzjan=AZ; armenië=AM

# A hotel receptionist
hotelreceptie | alexa er staat een gast uit {} aan de balie wat is zijn hoofdstad | qatar=QA; oman=OM; koeweit=KW
hotelreceptie | de gasten van kamer twaalf komen uit {} wat is de hoofdstad daar | nieuw-zeeland=NZ; australië=AU; fiji=FJ

# Builders in the site hut
bouwplaats | we zitten in de keet wat is de hoofdstad van {} | portugal=PT; spanje=ES; marokko=MA
bouwplaats | de polen op de steiger vragen wat de hoofdstad van {} is | polen=PL; slowakije=SK; hongarije=HU
bouwplaats | alexa zet de radio zachter en zeg wat de hoofdstad van {} is | ierland=IE; schotland=GB-SCT; wales=GB-WLS

# A parcel courier
pakketbezorger | er ligt een pakketje uit {} in de bus wat is daar de hoofdstad | china=CN; india=IN; pakistan=PK
pakketbezorger | nog veertig adressen te gaan wat is de hoofdstad van {} | sri lanka=LK; bangladesh=BD; nepal=NP
pakketbezorger | het label is in het engels wat is de hoofdstad van {} | hongkong=HK; taiwan=TW; singapore=SG

# Formula One fans
formule-een | de volgende race is in {} wat is daar de hoofdstad | bahrein=BH; saoedi-arabië=SA; azerbeidzjan=AZ
formule-een | verstappen rijdt dit weekend in {} wat is de hoofdstad | hongarije=HU; oostenrijk=AT; belgië=BE
formule-een | alexa wat is de hoofdstad van {} waar de grand prix is | monaco=MC; canada=CA; mexico=MX

# A pub quiz
kroegquiz | vraag zeven van de kroegquiz wat is de hoofdstad van {} | kazachstan=KZ; wit-rusland=BY; georgië=GE
kroegquiz | we mogen niet googelen maar wel jou vragen wat is de hoofdstad van {} | tanzania=TZ; burundi=BI; nigeria=NG

# A Risk board game
risk-bordspel | ik val {} aan maar wat is daar de hoofdstad | ijsland=IS; groenland=GL; kazachstan=KZ
risk-bordspel | we spelen risk wat is de hoofdstad van {} | argentinië=AR; egypte=EG; siam=TH
risk-bordspel | mijn legers staan in {} wat is de hoofdstad daarvan | madagaskar=MG; mongolië=MN; peru=PE

# Sailors on the IJsselmeer
zeilers | we liggen in de haven van enkhuizen wat is de hoofdstad van {} | denemarken=DK; noorwegen=NO; finland=FI
zeilers | de schipper wil weten wat de hoofdstad van {} is | schotland=GB-SCT; faeröer=FO; ijsland=IS
zeilers | klaar om te wenden alexa wat is de hoofdstad van {} | estland=EE; åland=AX; zweden=SE

# Interrailers and a camper van in the Balkans
interrail | we zitten in de nachttrein wat is de hoofdstad van {} | montenegro=ME; bosnië=BA; slovenië=SI
interrail | volgende halte is {} wat is daar de hoofdstad | kroatië=HR; servië=RS; kosovo=XK
camper | we staan met de camper aan de kust van {} wat is de hoofdstad | albanië=AL; montenegro=ME; griekenland=GR
camper | de navigatie doet raar welke stad is de hoofdstad van {} | moldavië=MD; roemenië=RO; oekraïne=UA

# Home: ironing in front of the television, a birthday circle
strijken | ik sta te strijken en op tv hebben ze het over {} wat is de hoofdstad | libanon=LB; syrië=SY; jemen=YE
verjaardag | we zitten in de kring bij tante ria wat is de hoofdstad van {} | zwitserland=CH; oostenrijk=AT; tsjechië=CZ
verjaardag | ome henk beweert iets over {} wat is de echte hoofdstad | australië=AU; canada=CA; turkije=TR

# Follow-ups
follow-up | en van {} | chili=CL; cuba=CU; haïti=HT
follow-up | en die van {} dan | togo=TG; benin=BJ; ghana=GH
follow-up | oké en {} | zambia=ZM; malawi=MW; tanzania=TZ
follow-up | awel en van {} | frankrijk=FR; spanje=ES; andorra=AD
follow-up | allee en van {} zenne | namibië=NA; botswana=BW; lesotho=LS
follow-up | en hoe zit het met {} | jamaica=JM; barbados=BB; grenada=GD
follow-up | en die daarnaast {} | laos=LA; cambodja=KH; thailand=TH
follow-up | yalla en {} | irak=IQ; iran=IR; koeweit=KW
follow-up | en van {} po | palau=PW; tonga=TO; samoa=WS
follow-up | chale en van {} | liberia=LR; sierra leone=SL; guinee=GN
follow-up | bro en {} dan | noorwegen=NO; zweden=SE; finland=FI
follow-up | ja en wat is die van {} | hongarije=HU; slowakije=SK; polen=PL
follow-up | en het buurland {} | oeganda=UG; rwanda=RW; kenia=KE
follow-up | en de hoofdstad van {} dan ouwe | qatar=QA; bahrein=BH; oman=OM
follow-up | mooi en {} nog | mongolië=MN; kazachstan=KZ; kirgizië=KG
follow-up | dan wil ik ook die van {} weten | uruguay=UY; paraguay=PY; bolivia=BO
follow-up | en van {} alstublieft | ethiopië=ET; eritrea=ER; djibouti=DJ

# Yes/no checks: right and wrong guesses
yes-no-check | awel is antwerpen de hoofdstad van belgië | BE
yes-no-check | my grandson says ottawa is de hoofdstad van canada klopt dat | CA
yes-no-check | is ankara echt de hoofdstad van turkije jonge | TR
yes-no-check | chale is accra de hoofdstad van ghana | GH
yes-no-check | is manilla de hoofdstad van de filipijnen po | PH
yes-no-check | is damascus hoofdstad van syrië | SY
yes-no-check | is bern de hoofdstad van zwitserland of is dat genève | CH
yes-no-check | klopt het dat casablanca de hoofdstad van marokko is | MA
yes-no-check | is het waar dat de hoofdstad van bolivia la paz is | BO
yes-no-check | juf zegt dat amsterdam de hoofdstad van nederland is klopt dat | NL
yes-no-check | is den haag de hoofdstad van nederland ouwe | NL
yes-no-check | is edinburgh de hoofdstad van schotland | GB-SCT
yes-no-check | klopt het dat sydney de hoofdstad van nieuw-zuid-wales is | AU-NSW
yes-no-check | bro is seoul de hoofdstad van zuid-korea | KR
yes-no-check | is dakar de hoofdstad van senegal of niet | SN

# Self-corrections: the last place named
self-correction | wat is de hoofdstad van oostenrijk nee wacht van australië | AU
self-correction | hoofdstad van zweden sorry ik bedoel zwitserland | CH
self-correction | wat is de hoofdstad van slowakije ik bedoel slovenië | SI
self-correction | wat is de hoofdstad van niger nee wacht nigeria | NG
self-correction | awel de hoofdstad van gambia nee zambia bedoel ik | ZM
self-correction | de hoofdstad van irak sorry van iran | IR
self-correction | wat is de hoofdstad van guinee nee wacht guinee-bissau | GW
self-correction | hoofdstad van letland nee sorry litouwen | LT
self-correction | wat is de hoofdstad van colombia ik bedoel columbia nee ik bedoel bolivia | BO
self-correction | de hoofdstad van mali sorry ik bedoel malawi | MW
self-correction | wat is hoofdstad van libanon nee nee libië | LY
self-correction | bro wat is de hoofdstad van dominica nee wacht de dominicaanse republiek | DO
self-correction | wat is de hoofdstad van oman sorry jemen | YE
self-correction | de hoofdstad van armenië ik bedoel albanië | AL
self-correction | wat is de hoofdstad van papoea-nieuw-guinea nee wacht equatoriaal-guinea | GQ
self-correction | wat is de hoofdstad van turkmenistan ik bedoel tadzjikistan | TJ
self-correction | wat was de hoofdstad van perzië eh sorry ik bedoel irak | IQ
self-correction | hoofdstad van tonga nee wacht ik bedoel tuvalu | TV
self-correction | wat is de hoofdstad van honduras sorry ik bedoel el salvador | SV
self-correction | de hoofdstad van uruguay nee wacht paraguay | PY
self-correction | wat is de hoofdstad van noorwegen correctie nee van denemarken | DK
self-correction | de hoofdstad van kameroen ik bedoel gabon | GA
self-correction | wat is de hoofdstad van mauritius nee wacht mauritanië | MR
self-correction | de hoofdstad van de staat washington ik bedoel oregon | US-OR
self-correction | wat is de hoofdstad van slowakije nee sorry tsjechië | CZ
self-correction | alexa de hoofdstad van nicaragua ik bedoel costa rica | CR

# Reverse questions
reverse-question | boedapest is de hoofdstad van welk land | CITY:Boedapest
reverse-question | welk land heeft ouagadougou als hoofdstad | CITY:Ouagadougou
reverse-question | van welk land is tbilisi de hoofdstad jonge | CITY:Tbilisi
reverse-question | windhoek is hoofdstad van welk land | CITY:Windhoek
reverse-question | waar is lusaka de hoofdstad van | CITY:Lusaka
reverse-question | awel van welk land is vilnius de hoofdstad | CITY:Vilnius
reverse-question | allee bamako is de hoofdstad van wadde | CITY:Bamako
reverse-question | tegucigalpa hoort bij welk land als hoofdstad | CITY:Tegucigalpa
reverse-question | kingston is de hoofdstad van wat | CITY:Kingston
reverse-question | de hoofdstad vaduz hoort bij welk land | CITY:Vaduz
reverse-question | chale accra is de hoofdstad van welk land | CITY:Accra
reverse-question | welk land heeft ngerulmud als hoofdstad po | CITY:Ngerulmud
reverse-question | en gitega is de hoofdstad van welk land | CITY:Gitega
reverse-question | dodoma is hoofdstad van welk land | CITY:Dodoma
reverse-question | welk land heeft abuja als hoofdstad | CITY:Abuja
reverse-question | ik hoorde belmopan welk land is dat de hoofdstad van | CITY:Belmopan
reverse-question | welk land heeft riga als hoofdstad | CITY:Riga
reverse-question | ottawa is de hoofdstad van welk land you know | CITY:Ottawa
reverse-question | welk land heeft apia als hoofdstad | CITY:Apia
reverse-question | welk land heeft funafuti als hoofdstad | CITY:Funafuti
reverse-question | yaren is de hoofdstad van welk land | CITY:Yaren
reverse-question | van welk land is praia de hoofdstad | CITY:Praia

# Official names
official-name | awel wat is de hoofdstad van het koninkrijk belgië | BE
official-name | hoofdstad van de bondsrepubliek duitsland graag | DE
official-name | wat is de hoofdstad van de republiek korea bro | KR
official-name | ik moet de hoofdstad van de volksrepubliek china weten voor mijn werkstuk | CN
official-name | de hoofdstad van de arabische republiek egypte alstublieft | EG
official-name | hoofdstad van de kirgizische republiek | KG
official-name | de douane wil de hoofdstad van de islamitische republiek iran | IR

# Everyday names
everyday-name | wat is de hoofdstad van amerika ouwe | US
everyday-name | hullie in de states wat is hun hoofdstad | US
everyday-name | wat is de hoofdstad van saudi-arabië | SA

# Old names
old-name | wat was vroeger de hoofdstad van boven-volta | BF
old-name | wat was de hoofdstad van basoetoland | LS
old-name | wat was de hoofdstad van nyasaland | MW
old-name | wat is nu de hoofdstad van wat vroeger birma heette | MM
old-name | wat is de hoofdstad van siam nu | TH

# Shared names: every place, or the one named
shared-name | ei wat is de hoofdstad van congo | CD+CG
shared-name | wat is de hoofdstad van korea bro | KP+KR
shared-name | hoofdsteden van beide korea's | KP+KR
shared-name | hoofdstad van georgia ouwe | GE+US-GA
shared-name | wat is de hoofdstad van het land georgië bij rusland | GE
shared-name | wat is de hoofdstad van congo met kinshasa erin | CD
shared-name | wat is de hoofdstad van het kleine congo aan de overkant | CG
shared-name | welke hoofdstad heeft korea chale | KP+KR

# Plurals: every several-capital country and Palestine
plural-capitals | awel zuid-afrika heeft toch drie hoofdsteden welke zijn dat | ZA
plural-capitals | bolivia heeft er twee geloof ik welke hoofdsteden zijn dat | BO
plural-capitals | chale wat zijn de hoofdsteden van benin | BJ
plural-capitals | ay naku wat zijn de hoofdsteden van maleisië po | MY
plural-capitals | hullie zeggen den haag maar wat zijn nou de hoofdsteden van nederland | NL
plural-capitals | eswatini heeft twee hoofdsteden noem ze | SZ
plural-capitals | de hoofdsteden van zuid-afrika graag voor de kroegquiz | ZA

# Subdivisions: states, provinces, the UK's nations
subdivision | de vrachtwagen staat in {} wat is daar de hoofdstad | saksen=DE-SN; hessen=DE-HE; nedersaksen=DE-NI
subdivision | wat is de hoofdstad van rijnland-palts | DE-RP
subdivision | wat is de hoofdstad van mecklenburg-voor-pommeren | DE-MV
subdivision | wat is de hoofdstad van {} in amerika | texas=US-TX; alaska=US-AK; nevada=US-NV
subdivision | mijn neef woont in {} wat is daar de hoofdstad | michigan=US-MI; ohio=US-OH; kentucky=US-KY
subdivision | wat is de hoofdstad van de staat {} | new york=US-NY; illinois=US-IL; pennsylvania=US-PA
subdivision | wat is de hoofdstad van {} in canada | quebec=CA-QC; ontario=CA-ON; nova scotia=CA-NS
subdivision | wat is de hoofdstad van nunavut | CA-NU
subdivision | wat is de hoofdstad van {} in australië | victoria=AU-VIC; tasmanië=AU-TAS; nieuw-zuid-wales=AU-NSW
subdivision | de schotten vragen wat is de hoofdstad van schotland | GB-SCT
subdivision | wat is de hoofdstad van {} in india | kerala=IN-KL; rajasthan=IN-RJ; punjab=IN-PB
subdivision | wat is de hoofdstad van west-bengalen | IN-WB
subdivision | wat is de hoofdstad van {} in brazilië | bahia=BR-BA; amazonas=BR-AM; minas gerais=BR-MG
subdivision | wat is de hoofdstad van {} in mexico | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | wat is de hoofdstad van de staat mexico | MX-MEX

# Territories
territory | wat is de hoofdstad van {} | aruba=AW; bonaire=BQ; sint-maarten=SX
territory | wat is de hoofdstad van groenland voor de zeilers | GL
territory | wat is de hoofdstad van gibraltar | GI
territory | wat is de hoofdstad van frans-polynesië | PF
territory | wat is de hoofdstad van martinique | MQ
territory | wat is de hoofdstad van guadeloupe | GP
territory | wat is de hoofdstad van guernsey | GG
territory | wat is de hoofdstad van anguilla | AI
territory | wat is de hoofdstad van amerikaans-samoa | AS

# One-shot requests through the invocation name
aanroepnaam | alexa vraag hoofdsteden van de wereld wat de hoofdstad van {} is | kenia=KE; peru=PE; laos=LA
aanroepnaam | alexa open hoofdsteden van de wereld en zeg de hoofdstad van {} | ijsland=IS; cuba=CU; nepal=NP
aanroepnaam | vraag aan hoofdsteden van de wereld de hoofdstad van {} | eritrea=ER; fiji=FJ; qatar=QA
aanroepnaam | awel alexa vraag aan hoofdsteden van de wereld wuk de hoofdstad van {} is | zweden=SE; chili=CL; togo=TG
aanroepnaam | hoi alexa ken je hoofdsteden van de wereld vragen naar de hoofdstad van {} | jemen=YE; gabon=GA; belize=BZ
aanroepnaam | yalla alexa hoofdsteden van de wereld hoofdstad van {} | jordanië=JO; libië=LY; oman=OM
aanroepnaam | alexa vraag hoofdsteden van de wereld wat de hoofdsteden van zuid-afrika zijn | ZA
aanroepnaam | alexa vraag hoofdsteden van de wereld van welk land boekarest de hoofdstad is | CITY:Boekarest

# Launch
launch | awel alexa start ne keer hoofdsteden van de wereld | LAUNCH
launch | allee alexa open hoofdsteden van de wereld zenne | LAUNCH
launch | hoi alexa ken je hoofdsteden van de wereld opstarten | LAUNCH
launch | jonge start hoofdsteden van de wereld | LAUNCH
launch | yalla alexa hoofdsteden van de wereld openen | LAUNCH
launch | alexa hoofdsteden van de wereld po | LAUNCH
launch | bro open hoofdsteden van de wereld | LAUNCH
launch | alexa we willen de quiz van hoofdsteden van de wereld in de huiskamer | LAUNCH
launch | alexa start hoofdsteden van de wereld voor de kinderen | LAUNCH
launch | alexa speel hoofdsteden van de wereld in de camper | LAUNCH
launch | chale alexa open hoofdsteden van de wereld please | LAUNCH
launch | alexa hoofdsteden van de wereld starten alstublieft | LAUNCH
launch | alexa doe hoofdsteden van de wereld eens aan | LAUNCH

# Help
help | awel wuk kan ik hier vragen | HELP
help | allee hoe werkt dit nu zenne | HELP
help | amai ik snap er niks van help eens | HELP
help | ken je me effe uitleggen hoe dit werkt | HELP
help | jonge wat moet ik zeggen | HELP
help | hoe werkt dit ik begrijp niet | HELP
help | ik weet niet wat ik moet zeggen help mij | HELP
help | ay naku hoe werkt dit po | HELP
help | hoe moet ik dat nou vragen you know | HELP
help | please help me chale | HELP
help | alexa wat moet ik doen ik ben acht | HELP
help | bro hoe werkt deze skill | HELP
help | mevrouw weet niet wat ze moet vragen geef eens een voorbeeld | HELP
help | leg het nog eens rustig uit | HELP
help | geef me een paar voorbeelden van vragen | HELP
help | help ik ben de weg kwijt in deze skill | HELP

# Stop
stop | awel stop er maar mee | STOP
stop | allee genoeg zenne | STOP
stop | ouwe hou op | STOP
stop | jonge kappen nou | STOP
stop | stop alsjeblieft po | STOP
stop | shukran alexa stop | STOP
stop | we zijn klaar met de quiz | STOP
stop | stop maar ik moet weer rijden | STOP
stop | bro stop | STOP
stop | ik hoef niks meer te weten | STOP
stop | dat was het ik ga weer strijken | STOP
stop | hou maar op dank je wel | STOP
stop | alexa afsluiten | STOP
stop | de pauze is voorbij stop maar | STOP
stop | zo is goed alexa stop | STOP
stop | chale stop now | STOP
stop | nu is het genoeg geweest | STOP
stop | mag je stoppen | STOP
stop | stoppen alstublieft | STOP
stop | hou er maar mee op het is bedtijd | STOP
stop | dat is genoeg topo voor vandaag | STOP

# Cancel
cancel | awel laat maar | CANCEL
cancel | nee laat maar ouwe | CANCEL
cancel | vergeet het maar jonge | CANCEL
cancel | laat maar po | CANCEL
cancel | sorry laat maar zitten ik weet het al | CANCEL
cancel | nee niet doen | CANCEL
cancel | ei laat maar | CANCEL
cancel | annuleer dat alsjeblieft | CANCEL
cancel | annuleer de laatste vraag | CANCEL
cancel | de gast is al weg laat maar | CANCEL
cancel | nee ik bedoelde iets anders laat maar | CANCEL
cancel | laat maar zitten ik zoek het zelf op | CANCEL
cancel | nee cancel dat maar | CANCEL

# Filler and hesitation
filler-hesitation | eh eh wat is de hoofdstad van eh {} | senegal=SN; kaapverdië=CV; gambia=GM
filler-hesitation | hmm even denken wat was de hoofdstad van {} ook alweer | ecuador=EC; bolivia=BO; peru=PE
filler-hesitation | nou eh weet jij de hoofdstad van {} | mauritanië=MR; marokko=MA; algerije=DZ
filler-hesitation | uhm alexa uhm de hoofdstad van {} | comoren=KM; seychellen=SC; madagaskar=MG

# Polite requests
polite-request | zou u mij willen vertellen wat de hoofdstad van {} is | oostenrijk=AT; hongarije=HU; roemenië=RO
polite-request | mag ik alstublieft de hoofdstad van {} weten | japan=JP; india=IN; china=CN
polite-request | wil je zo vriendelijk zijn mij de hoofdstad van {} te noemen | brazilië=BR; mexico=MX; canada=CA

# What nl-NL recognition writes
spraakherkenning | alexa wat is de hoofdstad van {} | belgie=BE; oekraine=UA; israel=IL
spraakherkenning | wat is de hoofd stad van {} | argentinie=AR; roemenie=RO; australie=AU
spraakherkenning | wat is de hoofdstadvan {} | kenia=KE; mali=ML; peru=PE
spraakherkenning | wat is de oofd stad van {} | frankrijk=FR; italie=IT; spanje=ES
spraakherkenning | wat is de hoofdstad van sri lanka | LK
spraakherkenning | wat is de hoofdstad van qatar of katar | QA
spraakherkenning | wat is de hoofdstad van tsjaad of chad | TD
spraakherkenning | wat is de hoofdstad van koeweit of kuwait | KW
spraakherkenning | wat is de hoofdstad van kuwait | KW
spraakherkenning | wat is de hoofdstad van zuid afrika | ZA
spraakherkenning | wat is de hoofdstad van maleisie | MY
spraakherkenning | wat is de hoofdstad van zimbabwe of simbabwe | ZW

# Second batch: the required families in the speakers' own words
plural-capitals | allee welke twee hoofdsteden heeft ivoorkust zenne | CI
plural-capitals | chale ivoorkust heeft twee hoofdsteden toch welke zijn het | CI
plural-capitals | ay naku sri lanka heeft twee hoofdsteden welke zijn dat po | LK
plural-capitals | de pakketjes gaan naar sri lanka wat zijn daar de hoofdsteden | LK
plural-capitals | yalla wat zijn hoofdsteden van palestina | PS
plural-capitals | mijn taalcoach vraagt welke hoofdsteden palestina heeft | PS
plural-capitals | noem de hoofdsteden van uttarakhand | IN-UK
plural-capitals | ay naku jammu en kasjmir heeft twee hoofdsteden welke zijn dat po | IN-JK
plural-capitals | montserrat heeft twee hoofdsteden welke zijn dat | MS
plural-capitals | jonge welke hoofdsteden heeft bolivia nou | BO
plural-capitals | ouwe welke hoofdsteden heeft maleisië | MY
plural-capitals | awel wuk zijn de hoofdsteden van benin | BJ
plural-capitals | juf zegt dat nederland twee hoofdsteden heeft welke zijn dat | NL
plural-capitals | bro eswatini welke hoofdsteden heeft dat | SZ
plural-capitals | welke drie steden zijn de hoofdsteden van zuid-afrika voor de quiz | ZA
everyday-name | awel wuk is de hoofdstad van holland | NL
everyday-name | allee wat is de hoofdstad van de emiraten zenne | AE
everyday-name | ouwe wat is de hoofdstad van de vae | AE
everyday-name | de vrachtwagen moet naar wit-rusland wat is daar de hoofdstad | BY
everyday-name | bro wat is de hoofdstad van de usa | US
everyday-name | chale wat is de hoofdstad van de drc | CD
everyday-name | my sister zegt congo-kinshasa welke hoofdstad is dat | CD
everyday-name | de vlucht komt uit congo-brazzaville wat is daar de hoofdstad | CG
everyday-name | jonge wat is de hoofdstad van groot-brittannië | GB
everyday-name | ik woon in canada maar wat is de hoofdstad van het vk nou | GB
everyday-name | de bus gaat naar engeland wat is daar de hoofdstad | GB-ENG
everyday-name | hoi wat is de hoofdstad van macedonië nou | MK
everyday-name | we rijden door bosnië wat is de hoofdstad | BA
everyday-name | yalla hoofdstad van swaziland | SZ
everyday-name | ay naku de hoofdstad van timor leste po | TL
everyday-name | de gast zegt türkiye wat is daar de hoofdstad | TR
everyday-name | chale wat is de hoofdstad van côte d'ivoire | CI
everyday-name | de kinderen willen weten wat de hoofdstad van het vaticaan is | VA
everyday-name | we spelen risk in amerika wat is de hoofdstad van de states | US
everyday-name | mijn teammate komt uit trinidad wat is daar de hoofdstad | TT
official-name | awel wat is de hoofdstad van het koninkrijk der nederlanden | NL
official-name | jonge de hoofdstad van de russische federatie | RU
official-name | de quizmaster vraagt de hoofdstad van de helleense republiek | GR
official-name | op het paspoort staat verenigde mexicaanse staten wat is daar de hoofdstad | MX
official-name | op het paspoort staat democratische volksrepubliek korea wat is de hoofdstad | KP
official-name | meneer vraagt de hoofdstad van het verenigd koninkrijk van groot-brittannië en noord-ierland | GB
official-name | ay naku wat is de hoofdstad van de federale staten van micronesia po | FM
official-name | de hoofdstad van de federatieve republiek brazilië voor mijn werkstuk | BR
official-name | ik moet de hoofdstad van de franse republiek weten voor de toets | FR
official-name | allee wat is de hoofdstad van de zwitserse bondsstaat | CH
official-name | yalla wat is hoofdstad van koninkrijk marokko | MA
official-name | hoi wat is de hoofdstad van de verenigde staten van amerika | US
official-name | de gast heeft een paspoort van de democratische republiek oost-timor wat is de hoofdstad | TL
official-name | chale wat is de hoofdstad van de republiek ierland | IE
official-name | de douane vraagt de hoofdstad van het koninkrijk saoedi-arabië | SA
old-name | meneer zegt zaïre wat was daar de hoofdstad | CD
old-name | opa had het over bechuanaland welke hoofdstad hoort daarbij | BW
old-name | de hoofdstad van brits-honduras weet iemand dat | BZ
old-name | kampuchea heette het toen wat was de hoofdstad | KH
old-name | ceylon was het vroeger wat is daar de hoofdstad | LK
old-name | in mijn tijd heette het de goudkust wat is de hoofdstad | GH
old-name | rhodesië heette dat vroeger welke stad is de hoofdstad | ZW
old-name | de hoofdstad van dahomey zoals het toen heette | BJ
old-name | hoe heette de hoofdstad van abessinië | ET
old-name | perzië noemden wij dat wat is de hoofdstad | IR
territory | we zeilen naar de faeröer wat is daar de hoofdstad | FO
territory | op vakantie naar puerto rico wat is de hoofdstad | PR
territory | de gast komt uit guam wat is daar de hoofdstad | GU
territory | er ligt een pakketje uit bermuda wat is de hoofdstad | BM
territory | wat is de hoofdstad van de kaaimaneilanden jonge | KY
territory | awel wuk is de hoofdstad van de falklandeilanden | FK
territory | mijn tante woont op nieuw-caledonië wat is de hoofdstad daar | NC
territory | allee wat is de hoofdstad van réunion zenne | RE
territory | mijn neef zit in het leger in frans-guyana wat is daar de hoofdstad | GF
territory | de veerboot gaat naar jersey wat is daar de hoofdstad | JE
territory | we zeilen langs het eiland man wat is daar de hoofdstad | IM
territory | de expeditie gaat naar spitsbergen wat is daar de hoofdstad | SJ
territory | ay naku wat is de hoofdstad van de cookeilanden po | CK
territory | de vlucht komt uit mayotte wat is de hoofdstad | YT
territory | napoleon zat op sint-helena wat is daar de hoofdstad | SH
territory | de gasten komen uit de turks en caicoseilanden welke hoofdstad hebben die | TC
territory | de buurvrouw gaat naar bonaire wat is de hoofdstad | BQ
territory | ouwe wat is de hoofdstad van aruba | AW
territory | we gaan duiken op curaçao wat is de hoofdstad daar | CW
territory | wat is de hoofdstad van åland voor de zeilers | AX
subdivision | de vrachtwagen moet naar beieren wat is daar de hoofdstad | DE-BY
subdivision | ik rij door noordrijn-westfalen wat is daar de hoofdstad | DE-NW
subdivision | ik los in baden-württemberg wat is de hoofdstad | DE-BW
subdivision | de camper staat in sleeswijk-holstein wat is de hoofdstad | DE-SH
subdivision | bro wat is de hoofdstad van thüringen | DE-TH
subdivision | we zitten in de nachttrein door saksen-anhalt wat is daar de hoofdstad | DE-ST
subdivision | mijn kleinzoon woont in brits-columbia wat is de hoofdstad | CA-BC
subdivision | we hebben een farm in quebec wat is daar de hoofdstad | CA-QC
subdivision | ik woon in ontario maar wat is de hoofdstad ook weer | CA-ON
subdivision | onze kinderen wonen in nova scotia wat is de hoofdstad | CA-NS
subdivision | we zijn in victoria gaan wonen wat is daar de hoofdstad | AU-VIC
subdivision | wat is de hoofdstad van tasmanië where we live | AU-TAS
subdivision | wat is de hoofdstad van nieuw-zuid-wales you know | AU-NSW
subdivision | de gast komt uit kerala wat is daar de hoofdstad | IN-KL
subdivision | de gast komt uit rajasthan wat is daar de hoofdstad | IN-RJ
subdivision | de volgende race is in texas wat is de hoofdstad daar | US-TX
subdivision | verstappen rijdt in florida wat is daar de hoofdstad | US-FL
subdivision | de grand prix is in nevada wat is de hoofdstad van nevada | US-NV
subdivision | bro wat is de hoofdstad van californië | US-CA
subdivision | ouwe wat is de hoofdstad van de staat new york | US-NY
subdivision | de gasten komen uit bahia wat is daar de hoofdstad | BR-BA
subdivision | we gaan naar amazonas wat is daar de hoofdstad | BR-AM
subdivision | de vlucht komt uit jalisco wat is de hoofdstad | MX-JAL
subdivision | hoe heet de hoofdstad van yucatán | MX-YUC
subdivision | ay naku wat is de hoofdstad van hawaï po | US-HI
subdivision | chale wat is de hoofdstad van goa | IN-GA
subdivision | jonge wat is de hoofdstad van wales | GB-WLS
subdivision | awel wuk is de hoofdstad van noord-ierland | GB-NIR
subdivision | de zeilers willen de hoofdstad van het noordelijk territorium weten | AU-NT
subdivision | wat is de hoofdstad van tamil nadu po | IN-TN
yes-no-check | awel is brugge de hoofdstad van belgië | BE
yes-no-check | allee is brussel nu de hoofdstad van belgië of nie | BE
yes-no-check | ouwe is amsterdam echt de hoofdstad of is het den haag | NL
yes-no-check | jonge is rotterdam de hoofdstad van nederland | NL
yes-no-check | yalla is beiroet hoofdstad van libanon | LB
yes-no-check | is aleppo de hoofdstad van syrië of damascus | SY
yes-no-check | is cebu de hoofdstad van de filipijnen po | PH
yes-no-check | ate zegt dat kuala lumpur de hoofdstad van maleisië is diba | MY
yes-no-check | in my day was sydney de hoofdstad van australië right | AU
yes-no-check | chale is kumasi de hoofdstad van ghana | GH
yes-no-check | is lagos de hoofdstad van nigeria my sister says so | NG
yes-no-check | bro is busan de hoofdstad van zuid-korea | KR
yes-no-check | is pyongyang de hoofdstad van noord-korea bro | KP
yes-no-check | is ankara de hoofdstad van turkije ik dacht istanboel | TR
yes-no-check | meneer denkt dat bombay de hoofdstad van india is klopt dat | IN
yes-no-check | de chauffeur zegt dat zagreb de hoofdstad van kroatië is klopt dat | HR
yes-no-check | is marrakech de hoofdstad van marokko | MA
yes-no-check | is alexandrië de hoofdstad van egypte | EG
yes-no-check | is glasgow de hoofdstad van schotland | GB-SCT
yes-no-check | is londen de hoofdstad van engeland of van het verenigd koninkrijk | GB
yes-no-check | klopt het dat kaapstad een hoofdstad van zuid-afrika is | ZA
reverse-question | bakoe is hoofdstad van welk land jonge | CITY:Bakoe
reverse-question | allee jerevan is de hoofdstad van wadde | CITY:Jerevan
reverse-question | de pastor noemde lomé welk land heeft die hoofdstad | CITY:Lomé
reverse-question | bisjkek hoort bij welk land | CITY:Bisjkek
reverse-question | thimphu welk land is dat | CITY:Thimphu
reverse-question | ashgabat of asjchabad van welk land is dat de hoofdstad | CITY:Asjchabad
reverse-question | de zeilers vragen van wie nuuk de hoofdstad is | CITY:Nuuk
reverse-question | ik woon bij sacramento van welke staat is dat de hoofdstad | CITY:Sacramento
reverse-question | winnipeg is hoofdstad van welke provincie you know | CITY:Winnipeg
reverse-question | montevideo hoort bij welk land bro | CITY:Montevideo
reverse-question | naypyidaw van welk land is dat de hoofdstad | CITY:Naypyidaw
reverse-question | de quizmaster zegt canberra welk land hoort daarbij | CITY:Canberra
reverse-question | paramaribo is de hoofdstad van welk land ouwe | CITY:Paramaribo
reverse-question | victoria is de hoofdstad van wat po | CITY:Victoria
reverse-question | riga van welk land is dat ook weer de hoofdstad | CITY:Riga
reverse-question | hanoi hoort bij welk land mattie | CITY:Hanoi
reverse-question | castries is de hoofdstad van welk eiland | CITY:Castries
reverse-question | ljubljana is de hoofdstad van wat | CITY:Ljubljana
reverse-question | de chauffeur rijdt naar skopje van welk land is dat de hoofdstad | CITY:Skopje
reverse-question | chisinau is de hoofdstad van welk land | CITY:Chișinău
shared-name | awel wuk is de hoofdstad van congo | CD+CG
shared-name | allee de hoofdstad van congo zenne | CD+CG
shared-name | de twee congo's wat zijn hun hoofdsteden | CD+CG
shared-name | jonge korea wat is de hoofdstad | KP+KR
shared-name | ay naku korea wat is de hoofdstad po | KP+KR
shared-name | wat zijn de hoofdsteden van de beide korea's voor de kroegquiz | KP+KR
shared-name | verstappen rijdt niet in georgia maar wat is de hoofdstad | GE+US-GA
shared-name | de rotterdammers spelen in georgia wat is daar de hoofdstad | GE+US-GA
shared-name | mijn neef woont in georgia in amerika wat is de hoofdstad van die staat | US-GA
shared-name | we zeilen naar de maagdeneilanden wat is de hoofdstad | VG+VI
shared-name | de gast komt van de britse maagdeneilanden welke hoofdstad is dat | VG
shared-name | de vlucht komt van de amerikaanse maagdeneilanden wat is daar de hoofdstad | VI
shared-name | chale de hoofdstad van dominica en de dominicaanse republiek | DM+DO
shared-name | de democratische republiek congo wat is daar de hoofdstad | CD
shared-name | de republiek congo wat is daar de hoofdstad | CG

# Second batch: help, stop, cancel, launch in the speakers' words
cancel | zeg ne keer laat maar zitten | CANCEL
cancel | allee laat da maar | CANCEL
cancel | nou laat maar zitten hoor | CANCEL
cancel | mattie vergeet die vraag | CANCEL
cancel | sorry ik wil het toch niet weten annuleer maar | CANCEL
cancel | sige laat maar po | CANCEL
cancel | chale forget it laat maar | CANCEL
cancel | bro cancel die vraag | CANCEL
cancel | de passagier is al door laat maar | CANCEL
cancel | de bel gaat annuleer maar | CANCEL
cancel | juf zegt het al laat maar alexa | CANCEL
cancel | mevrouw weet het alweer laat maar | CANCEL
cancel | oeps verkeerde vraag annuleer | CANCEL
help | awel hoe moet ik da vragen | HELP
help | allee wadde kan die skill allemaal | HELP
help | hoi ken je me vertellen wat ik kan vragen | HELP
help | mattie hoe werkt die hoofdsteden skill | HELP
help | mijn nederlands niet goed hoe moet ik vragen | HELP
help | sige help mij po | HELP
help | what can i ask hoe werkt het | HELP
help | chale ik weet niet hoe dit werkt help | HELP
help | juf zegt dat jij kan helpen hoe werkt het | HELP
help | alexa help bij hoofdsteden van de wereld | HELP
stop | allee stop ermee zenne | STOP
stop | awel het is gedaan stop | STOP
stop | mattie stoppen nou | STOP
stop | sige stop po | STOP
stop | enough alexa stop | STOP
stop | de passagier is weg stop maar | STOP
launch | mattie open hoofdsteden van de wereld effe | LAUNCH
launch | ay naku open hoofdsteden van de wereld po | LAUNCH
launch | alexa start hoofdsteden van de wereld voor de kroegquiz | LAUNCH
launch | alexa open hoofdsteden van de wereld in de keet | LAUNCH
launch | alexa start hoofdsteden van de wereld for my grandkids | LAUNCH

# Out of domain: near misses and everyday requests
out-of-domain | wat is de hoofdstad van west-vlaanderen | FB
out-of-domain | wat is de hoofdstad van belgisch limburg | FB
out-of-domain | wat is de hoofdstad van drenthe | FB
out-of-domain | wat is de hoofdstad van overijssel | FB
out-of-domain | wat is de hoofdstad van de provincie west-java | FB
out-of-domain | hoeveel inwoners heeft ghana | FB
out-of-domain | welke taal spreken ze in de filipijnen | FB
out-of-domain | hoe laat is het nu in manilla | FB
out-of-domain | wat voor geld hebben ze in hongarije | FB
out-of-domain | wie is de president van syrië | FB
out-of-domain | wat is het volkslied van ghana | FB
out-of-domain | welke kleur heeft de vlag van montenegro | FB
out-of-domain | hoe ver is het rijden naar boedapest | FB
out-of-domain | hoe duur is de tol in oostenrijk | FB
out-of-domain | wanneer is de grand prix van monaco | FB
out-of-domain | wie won de laatste race van verstappen | FB
out-of-domain | hoe speelde feyenoord gisteren | FB
out-of-domain | wanneer vertrekt de bus naar het uitvak | FB
out-of-domain | wat is de uitslag van ado den haag | FB
out-of-domain | hoe warm is het in scheveningen | FB
out-of-domain | wat is de waterstand op het ijsselmeer | FB
out-of-domain | hoe hard waait het op het ijsselmeer | FB
out-of-domain | speel gospelmuziek uit ghana | FB
out-of-domain | hoe laat begint de kerkdienst | FB
out-of-domain | wat is het weer in cebu | FB
out-of-domain | vertaal dank je wel naar het arabisch | FB
out-of-domain | wat betekent shukran | FB
out-of-domain | wanneer is mijn inburgeringsexamen | FB
out-of-domain | hoe schrijf je hoofdletter met een hoofdletter | FB
out-of-domain | hoeveel startkapitaal heb ik nodig voor een frituur | FB
out-of-domain | lees hoofdstuk drie van mijn boek voor | FB
out-of-domain | wat is een hoofdstad in het spel risk | FB
out-of-domain | welke stad heeft de meeste inwoners van canada | FB
out-of-domain | welke rivier stroomt door warschau | FB
out-of-domain | hoe hoog is de hoogste berg van nepal | FB
out-of-domain | waar ligt de brennerpas | FB
out-of-domain | hoe lang mag ik rijden met mijn tachograaf | FB
out-of-domain | zoek een tankstation bij de grens | FB
out-of-domain | waar is de dichtstbijzijnde parkeerplaats voor vrachtwagens | FB
out-of-domain | welke documenten heb ik nodig voor reizen naar turkije | FB
out-of-domain | hoeveel sigaretten mag je meenemen uit marokko | FB
out-of-domain | wat is de vertraging van de vlucht uit lagos | FB
out-of-domain | waar is het ontbijt in het hotel | FB
out-of-domain | waar is mijn pakket uit china | FB
out-of-domain | zet de radio harder | FB
out-of-domain | wat is de hoogste toren in dubai | FB
out-of-domain | wat eten ze in de filipijnen | FB
out-of-domain | welke temperatuur moet het strijkijzer voor zijde | FB
out-of-domain | wanneer is tante ria jarig | FB
out-of-domain | wie is de premier van nieuw-zeeland | FB
out-of-domain | welke munt gebruiken ze in bosnië | FB
out-of-domain | hoeveel uur vliegen is het naar accra | FB
out-of-domain | hoe zeg je hallo in het tagalog | FB
out-of-domain | welke camping is er in albanië | FB
out-of-domain | hoe speel je risk | FB
out-of-domain | wat is de hoofdprijs van de kroegquiz | FB
out-of-domain | wat is de mooiste hoofdstad van europa | FB
out-of-domain | welke hoofdstad is het koudst | FB
out-of-domain | wat is de oudste hoofdstad ter wereld | FB
out-of-domain | noem tien hoofdsteden in afrika | FB
out-of-domain | welke stad is de hoofdstad van het carnaval | FB
out-of-domain | wat is de hoofdstad van het bier | FB
out-of-domain | wat is het weer morgen | FB
out-of-domain | speel iets van andré hazes | FB
out-of-domain | wat betekent de naam kinshasa | FB
out-of-domain | wanneer werd canberra gebouwd | FB
out-of-domain | hoeveel mensen wonen er in peking | FB
out-of-domain | awel hoeveel inwoners heeft brugge | FB
out-of-domain | welke hoofdstad ligt het dichtst bij de evenaar | FB
out-of-domain | hoe lang is de vlucht van manilla naar amsterdam po | FB
out-of-domain | chale hoeveel cedi is een euro | FB
out-of-domain | awel wuk is de hoofdstad van oost-vlaanderen | FB
out-of-domain | allee wat is de hoofdstad van de kempen | FB
out-of-domain | ouwe wat is de hoofdstad van zuid-holland | FB
out-of-domain | jonge wat is de hoofdstad van zeeland | FB
out-of-domain | ay naku wat is de hoofdstad van mindanao | FB
out-of-domain | yalla wat is de hoofdstad van koerdistan | FB
out-of-domain | chale wat is de hoofdstad van de ashanti regio | FB
out-of-domain | wat is de hoofdstad van lapland voor de camper | FB
out-of-domain | hoeveel inwoners heeft de hoofdstad van ghana | FB
out-of-domain | hoe laat is het in de hoofdstad van canada | FB
out-of-domain | wat is het weer in de hoofdstad van syrië | FB
out-of-domain | hoe ver rijden is het van hier naar de hoofdstad van polen | FB
out-of-domain | welk voetbalteam speelt in de hoofdstad van portugal | FB
out-of-domain | sige wat is het weer in manilla po | FB
out-of-domain | bro zet mijn game muziek aan | FB
out-of-domain | mattie wanneer speelt feyenoord weer in europa | FB
out-of-domain | allee wat kost een pint in antwerpen | FB
out-of-domain | awel waar is de beste frituur van brugge | FB
out-of-domain | hoi hoe laat gaat de haagse markt open | FB
out-of-domain | yalla vertaal hoofdstad naar het arabisch | FB
out-of-domain | chale wanneer is de volgende dienst | FB
out-of-domain | juf wat is een topotoets | FB
out-of-domain | hoeveel letters heeft het woord hoofdstad | FB
out-of-domain | welk kapitaal heeft de bank van engeland | FB
out-of-domain | wat betekent kapitein in het engels | FB
out-of-domain | wie is de hoofdrolspeler in die film over parijs | FB
"""

if __name__ == "__main__":
    build_round(25, "nl", LINES, sys.argv, "tests/Eval/nl/round25/source/build_corpus.py")
