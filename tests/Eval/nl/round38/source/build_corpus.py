"""Round 38, Dutch (nl-NL): a new author's own mix, written blind (brief WRITER54.md). Speakers chosen away from the
groups of the Dutch round 37 and the rounds it lists as avoided (see tests/Eval/README.md, round 37): Achterhoekers of
Winterswijk, Groenlo, Lichtenvoorde and Doetinchem ("zeg", "ik wete het nie", "jonges", the Zwarte Cross, carbid
shooting), Drenten of Emmen, Assen and Hoogeveen ("moi", "ik wit het niet", "mien", the TT, Wildlands, the hunebedden),
Utrechters of Lombok, Zuilen, Kanaleneiland and Overvecht ("hee", "ff", the Uithof, the Jaarbeurs), Afghan Dutch
newcomers (learner Dutch, "salaam", "tashakor", the azc, the inburgering), Chinese Dutch restaurant families
(Cantonese "aiya", "m goi"), Brazilian Dutch ("nossa", "tudo bem", "obrigado", capoeira), Germans living or working
across the border (German words, "also", "genau", "doch"), flower auction staff at Aalsmeer (the klok, buyers and
exports), taxi drivers and their passengers, library staff and volunteers (the balie, the taalcafé, the reading club),
the amateur football canteen, young gamers on Discord ("yo", "bruh", Roblox, the server), choirs on tour and at
rehearsal, bedtime with small children, and the chess club (Wijk aan Zee, Lichess). Plus follow-ups, plural capitals,
subdivisions and territories, yes/no checks, self-corrections, reverse questions, official, everyday and old names,
shared names, launch by the card's name "hoofdsteden van de wereld", help, stop and cancel in those speakers' words,
and out-of-domain requests and near misses.
`python3 tests/Eval/nl/round38/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 38's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Achterhoekers (Winterswijk, Doetinchem, Lichtenvoorde): "ik wete het nie", "zeg", "jonges"
achterhoeks | zeg alexa ik wete het nie meer wat is de hoofdstad van {} | andorra=AD; de verenigde arabische emiraten=AE; afghanistan=AF
achterhoeks | op de zwarte cross stond een tent met jonges uit {} wat is daar de hoofdstad | antigua en barbuda=AG; albanië=AL; armenië=AM
achterhoeks | bij de boerenbruiloft in lichtenvoorde zat een stel uit {} hoe heet de hoofdstad daar | angola=AO; argentinië=AR; oostenrijk=AT
achterhoeks | de buurman in winterswijk heeft een vriendin uit {} welke stad is daar de hoofdstad | australië=AU; azerbeidzjan=AZ; bosnië en herzegovina=BA
# Drenten (Emmen, Assen, Hoogeveen): "moi", "ik wit het niet"
drents | moi alexa ik wit het niet wat is de hoofdstad van {} | barbados=BB; bangladesh=BD; belgië=BE
drents | bij de tt in assen was een coureur uit {} wat is de hoofdstad van dat land | burkina faso=BF; bulgarije=BG; bahrein=BH
drents | in wildlands in emmen zit een dier uit {} wat is daar eigenlijk de hoofdstad | burundi=BI; benin=BJ; brunei=BN
drents | mien dochter gaat na de zomer naar {} welke stad is daar de hoofdstad | bolivia=BO; brazilië=BR; de bahama's=BS
# Utrechters (Kanaleneiland, Lombok, Zuilen)
utrechts | hee alexa even tussendoor wat is de hoofdstad van {} | bhutan=BT; botswana=BW; belarus=BY
utrechts | op het biltstraat festival stond een kraampje uit {} hoe heet de hoofdstad daarvan | belize=BZ; canada=CA; de democratische republiek congo=CD
utrechts | mijn buurjongen in lombok komt oorspronkelijk uit {} wat is daar de hoofdstad | de centraal-afrikaanse republiek=CF; de republiek congo=CG; zwitserland=CH
utrechts | in de tram naar de uithof zat een meisje uit {} weet jij welke stad de hoofdstad is | ivoorkust=CI; chili=CL; kameroen=CM
# Afghan Dutch newcomers (learner Dutch, "salaam", "tashakor")
afghaans | salaam alexa ik vraag hoofdstad van {} welke stad | china=CN; colombia=CO; costa rica=CR
afghaans | mijn taalmaatje heeft gereist in {} wat is hoofdstad daar | cuba=CU; kaapverdië=CV; cyprus=CY
afghaans | in azc was een familie van {} wat is de hoofdstad van die land | tsjechië=CZ; duitsland=DE; djibouti=DJ
afghaans | mijn neef woont nu in {} hoe heet de hoofdstad tashakor | denemarken=DK; dominica=DM; de dominicaanse republiek=DO
# Chinese Dutch restaurant families (Cantonese "aiya", "m goi")
chinees | aiya alexa wat is de hoofdstad van {} m goi | algerije=DZ; ecuador=EC; estland=EE
chinees | er kwam een bestelling van een gast uit {} wat is de hoofdstad daar | egypte=EG; eritrea=ER; spanje=ES
chinees | mijn oom heeft een restaurant in {} welke stad is de hoofdstad van dat land | ethiopië=ET; finland=FI; fiji=FJ
chinees | de leverancier van de wokpannen zit in {} wat is daar de hoofdstad | micronesia=FM; frankrijk=FR; gabon=GA
# Brazilian Dutch ("nossa", "obrigado", "tudo bem")
braziliaans | tudo bem alexa qual é eh wat is de hoofdstad van {} | het verenigd koninkrijk=GB; grenada=GD; georgië=GE
braziliaans | nossa mijn vriendin gaat werken in {} wat is de hoofdstad daar obrigado | ghana=GH; gambia=GM; guinee=GN
braziliaans | op de capoeira les is een jongen uit {} welke stad is de hoofdstad | equatoriaal-guinea=GQ; griekenland=GR; guatemala=GT
braziliaans | mijn man zegt dat hij in {} geweest is wat is de hoofdstad van dat land | guinee-bissau=GW; guyana=GY; honduras=HN
# Germans living across the border (grensgangers, German-flavoured Dutch)
duits | alexa ich meine ik wil weten de hoofdstad van {} | kroatië=HR; haïti=HT; hongarije=HU
duits | mijn kollega in kleef vraagt wat is de hoofdstad van {} | indonesië=ID; ierland=IE; israël=IL
duits | wij wonen in kerkrade maar werken in aken en de chef komt uit {} wat is daar de hoofdstad | india=IN; irak=IQ; iran=IR
duits | also alexa de hoofdstad van {} welke is dat | ijsland=IS; italië=IT; jamaica=JM
# Aalsmeer flower auction (bloemenveiling) staff
veiling | op de veiling gaat een kar rozen naar {} wat is de hoofdstad van dat land | jordanië=JO; japan=JP; kenia=KE
veiling | de koper op klok vier zit in {} welke stad is daar de hoofdstad | kirgizië=KG; cambodja=KH; kiribati=KI
veiling | de tulpen van vandaag worden gevlogen naar {} wat is daar de hoofdstad | de comoren=KM; saint kitts en nevis=KN; noord-korea=KP
veiling | in de kantine van de veiling zit een chauffeur uit {} hoe heet de hoofdstad | zuid-korea=KR; koeweit=KW; kazachstan=KZ
# Taxi drivers
taxi | mijn klant op de achterbank komt uit {} wat is de hoofdstad daar | laos=LA; libanon=LB; saint lucia=LC
taxi | ik rij net een zakenman naar het hotel hij komt uit {} welke stad is de hoofdstad | liechtenstein=LI; sri lanka=LK; liberia=LR
taxi | alexa snel effe tussen twee ritten door de hoofdstad van {} | lesotho=LS; litouwen=LT; luxemburg=LU
taxi | de passagier heeft een vlucht naar {} wat is de hoofdstad van dat land | letland=LV; libië=LY; marokko=MA
# Library (bibliotheek) staff and volunteers
bieb | in de bieb vraagt een meneer een reisgids van {} wat is de hoofdstad daar | monaco=MC; moldavië=MD; montenegro=ME
bieb | bij het taalcafé in de bibliotheek zit een vrouw uit {} welke stad is de hoofdstad | madagaskar=MG; de marshalleilanden=MH; noord-macedonië=MK
bieb | voor de leesclub lezen we een boek dat speelt in {} wat is de hoofdstad van dat land | mali=ML; myanmar=MM; mongolië=MN
bieb | een kind bij de balie wil een spreekbeurt over {} houden wat is daar de hoofdstad | mauritanië=MR; malta=MT; mauritius=MU
# Amateur football canteen (sportkantine)
kantine | in de kantine na de wedstrijd zegt de trainer dat hij in {} gevoetbald heeft wat is de hoofdstad | de maldiven=MV; malawi=MW; mexico=MX
kantine | onze nieuwe spits komt uit {} welke stad is daar de hoofdstad | mozambique=MZ; namibië=NA; niger=NE
kantine | achter de bar vroeg iemand de hoofdstad van {} weet jij die | nigeria=NG; nicaragua=NI; noorwegen=NO
kantine | de scheidsrechter van zaterdag komt uit {} wat is daar de hoofdstad | nepal=NP; nauru=NR; nieuw-zeeland=NZ
# Gamers on Discord
gamer | yo alexa in de game moet ik de hoofdstad van {} weten | oman=OM; panama=PA; peru=PE
gamer | mijn teammate op discord woont in {} wat is daar de hoofdstad | papoea-nieuw-guinea=PG; de filipijnen=PH; pakistan=PK
gamer | de server staat in {} wat is de hoofdstad van dat land | polen=PL; portugal=PT; palau=PW
gamer | ik speel tegen iemand uit {} bruh wat is daar de hoofdstad | paraguay=PY; qatar=QA; roemenië=RO
# Church and town choirs on tour (koor)
koor | ons koor gaat zingen in {} wat is de hoofdstad van dat land | servië=RS; rusland=RU; rwanda=RW
koor | de dirigent heeft een lied uit {} meegenomen welke stad is daar de hoofdstad | saoedi-arabië=SA; de salomonseilanden=SB; de seychellen=SC
koor | de sopraan naast mij is geboren in {} hoe heet de hoofdstad daar | soedan=SD; zweden=SE; singapore=SG
koor | na de repetitie ging het over {} wat is nou de hoofdstad daarvan | slovenië=SI; slowakije=SK; sierra leone=SL
# Bedtime with small children (bedtijd)
bedtijd | mama de knuffel komt uit {} wat is daar de hoofdstad | san marino=SM; senegal=SN; somalië=SO
bedtijd | alexa het verhaaltje gaat over een olifant in {} welke stad is de hoofdstad | suriname=SR; zuid-soedan=SS; sao tomé en principe=ST
bedtijd | papa zei dat opa vroeger in {} was wat is daar de hoofdstad | el salvador=SV; syrië=SY; tsjaad=TD
bedtijd | nog één vraagje voor het slapen wat is de hoofdstad van {} | togo=TG; thailand=TH; tadzjikistan=TJ
# Chess club (schaakclub)
schaak | bij het toernooi speel ik tegen een grootmeester uit {} wat is de hoofdstad van dat land | oost-timor=TL; turkmenistan=TM; tunesië=TN
schaak | de schaakolympiade had een team uit {} welke stad is daar de hoofdstad | tonga=TO; turkije=TR; trinidad en tobago=TT
schaak | mijn tegenstander online komt uit {} hoe heet de hoofdstad | tuvalu=TV; tanzania=TZ; oekraïne=UA
schaak | tijdens de partij dacht ik ineens aan {} wat is daar de hoofdstad | oeganda=UG; de verenigde staten=US; uruguay=UY
# mixed frames for the last countries
veiling | de chrysanten gaan deze week naar {} welke stad is de hoofdstad daar | oezbekistan=UZ; saint vincent en de grenadines=VC; venezuela=VE
taxi | vanmorgen reed ik iemand van schiphol die uit {} kwam wat is daar de hoofdstad | vietnam=VN; vanuatu=VU; samoa=WS
kantine | de jeugdtrainer gaat op vakantie naar {} wat is eigenlijk de hoofdstad | jemen=YE; zuid-afrika=ZA; zambia=ZM
chinees | mijn nichtje studeert nu in {} wat is daar de hoofdstad van | zimbabwe=ZW; taiwan=TW; kosovo=XK
bieb | er staat een nieuw boek over {} in de kast wat is de hoofdstad daar | palestina=PS; vaticaanstad=VA; eswatini=SZ
# Subdivisions: German states
subdivision | de chef in aken vraagt wat de hoofdstad van noordrijn-westfalen is | DE-NW
subdivision | wij rijden vaak naar bocholt maar wat is de hoofdstad van die deelstaat daar noordrijn-westfalen | DE-NW
subdivision | de koper van de veiling zit in beieren welke stad is daar de hoofdstad | DE-BY
subdivision | mijn oom in emmen gaat vissen in mecklenburg-voor-pommeren wat is de hoofdstad van die deelstaat | DE-MV
subdivision | we rijden met het koor door nedersaksen wat is de hoofdstad van nedersaksen | DE-NI
subdivision | alexa in welke stad zit de regering van sleeswijk-holstein | DE-SH
subdivision | de wijnboer waar de kantine de wijn koopt zit in rijnland-palts wat is daar de hoofdstad | DE-RP
subdivision | ik schaak tegen iemand uit saksen wat is de hoofdstad van saksen | DE-SN
subdivision | welke stad is de hoofdstad van thüringen vraagt de juf | DE-TH
subdivision | in de bieb ligt een fietsgids van brandenburg welke stad is daar de hoofdstad | DE-BB
subdivision | alexa de hoofdstad van het saarland hoe heet die ook alweer | DE-SL
subdivision | mijn kollega komt uit saksen-anhalt wat is de hoofdstad daar | DE-ST
subdivision | de taxi klant gaat naar de beurs in stuttgart is dat de hoofdstad van baden-württemberg | DE-BW
subdivision | wat is de hoofdstad van de duitse deelstaat hessen is dat frankfurt | DE-HE
subdivision | is hamburg een eigen deelstaat en wat is daar dan de hoofdstad | DE-HH
subdivision | bremen is toch ook een deelstaat wat is de hoofdstad ervan | DE-HB
subdivision | de hoofdstad van de deelstaat berlijn is dat gewoon berlijn | DE-BE
# US states
subdivision | mijn teammate woont in texas wat is de hoofdstad van die staat | US-TX
subdivision | de gast in de taxi komt uit ohio welke stad is daar de hoofdstad | US-OH
subdivision | de tulpen gaan naar een klant in michigan wat is de hoofdstad van michigan | US-MI
subdivision | in het verhaaltje woont de cowboy in wyoming wat is de hoofdstad daar | US-WY
subdivision | alexa de amerikaanse staat oregon welke stad is de hoofdstad | US-OR
subdivision | onze dirigent heeft in minnesota gestudeerd wat is daar de hoofdstad | US-MN
subdivision | wat is de hoofdstad van alaska is dat anchorage | US-AK
subdivision | de hoofdstad van hawaï weet jij die alexa | US-HI
subdivision | ik kijk een serie die zich afspeelt in montana welke stad is de hoofdstad van montana | US-MT
subdivision | de nieuwe keeper heeft in north carolina op college gezeten wat is de hoofdstad daar | US-NC
subdivision | welke stad is de hoofdstad van de staat new york echt niet new york city zelf | US-NY
subdivision | mijn nicht zit op een ranch in nevada wat is de hoofdstad van nevada | US-NV
subdivision | mijn oom heeft een chinees restaurant in arizona wat is daar de hoofdstad | US-AZ
subdivision | in de game moet ik naar utah welke stad is daar de hoofdstad | US-UT
subdivision | de capoeira meester geeft les in florida wat is de hoofdstad van florida | US-FL
subdivision | wat is de hoofdstad van de staat kentucky alexa | US-KY
subdivision | voor een spreekbeurt over tennessee wat is de hoofdstad van die staat | US-TN
subdivision | alexa ik wete het nie wat is de hoofdstad van louisiana | US-LA
subdivision | de hoofdstad van iowa moi wat is dat | US-IA
subdivision | mijn tegenstander komt uit wisconsin welke stad is daar de hoofdstad | US-WI
subdivision | de truck die de bloemen ophaalt rijdt naar new jersey wat is de hoofdstad van new jersey | US-NJ
subdivision | wat is de hoofdstad van pennsylvania is dat philadelphia of niet | US-PA
subdivision | een vriendin van mama woont in colorado wat is de hoofdstad van colorado | US-CO
subdivision | de hoofdstad van de staat washington dus niet washington dc | US-WA
subdivision | in het boek gaat het meisje naar vermont wat is de hoofdstad van vermont | US-VT
subdivision | welke stad is de hoofdstad van south dakota | US-SD
subdivision | hij speelt honkbal in missouri wat is daar de hoofdstad | US-MO
subdivision | alexa oklahoma wat is daar de hoofdstad van | US-OK
subdivision | mijn man heeft gewerkt in maryland wat is de hoofdstad daar | US-MD
subdivision | de sopraan heeft een zus in connecticut welke stad is de hoofdstad | US-CT
subdivision | wat is de hoofdstad van new hampshire | US-NH
subdivision | is de hoofdstad van mississippi jackson | US-MS
subdivision | welke stad is de hoofdstad van arkansas alexa | US-AR
subdivision | wat is de hoofdstad van de staat indiana | US-IN
subdivision | in welke stad zit het parlement van kansas | US-KS
subdivision | mijn pen pal woont in idaho wat is de hoofdstad van idaho | US-ID
subdivision | de hoofdstad van nebraska hoe heet die | US-NE
subdivision | ik heb een vraagje over alabama welke stad is daar de hoofdstad | US-AL
subdivision | de hoofdstad van west virginia weet je die | US-WV
subdivision | wat is de hoofdstad van de staat delaware | US-DE
subdivision | de hoofdstad van north dakota alexa | US-ND
subdivision | mijn zoon wil de hoofdstad van maine weten | US-ME
subdivision | wat is de hoofdstad van new mexico is dat albuquerque | US-NM
subdivision | in de game speel ik in californië wat is de hoofdstad van californië | US-CA
subdivision | de hoofdstad van massachusetts is dat boston | US-MA
subdivision | wat is de hoofdstad van virginia in amerika | US-VA
subdivision | de hoofdstad van south carolina weet jij die | US-SC
# Canada
subdivision | mijn nichtje woont in alberta wat is daar de hoofdstad | CA-AB
subdivision | de koper van de pioenrozen zit in ontario wat is de hoofdstad van ontario | CA-ON
subdivision | welke stad is de hoofdstad van de provincie manitoba | CA-MB
subdivision | een oud-teamgenoot is geëmigreerd naar nova scotia wat is daar de hoofdstad | CA-NS
subdivision | wat is de hoofdstad van saskatchewan als je het goed uitspreekt | CA-SK
subdivision | de hoofdstad van new brunswick in canada | CA-NB
subdivision | mijn oom uit hoogeveen woont nu in newfoundland wat is de hoofdstad van newfoundland en labrador | CA-NL
subdivision | welke stad is de hoofdstad van het yukon territorium | CA-YT
subdivision | in de documentaire over nunavut wat is de hoofdstad daar | CA-NU
subdivision | wat is de hoofdstad van de northwest territories | CA-NT
# Australia
subdivision | mijn neef doet een werkvakantie in queensland wat is daar de hoofdstad | AU-QLD
subdivision | de hoofdstad van west-australië alexa | AU-WA
subdivision | de hoofdstad van de staat victoria in australië | AU-VIC
subdivision | welke stad is de hoofdstad van nieuw-zuid-wales | AU-NSW
subdivision | de hoofdstad van het noordelijk territorium in australië | AU-NT
# Brazil
subdivision | nossa alexa minha família woont in bahia wat is de hoofdstad van bahia | BR-BA
subdivision | mijn schoonmoeder komt uit minas gerais welke stad is daar de hoofdstad | BR-MG
subdivision | de capoeira meester komt uit pernambuco wat is de hoofdstad daar | BR-PE
subdivision | de hoofdstad van ceará obrigado | BR-CE
subdivision | mijn vriendin komt uit paraná welke stad is daar de hoofdstad | BR-PR
subdivision | wat is de hoofdstad van santa catarina in brazilië | BR-SC
subdivision | de hoofdstad van de staat goiás | BR-GO
subdivision | wat is de hoofdstad van pará | BR-PA
subdivision | mijn man heeft in mato grosso gewerkt wat is de hoofdstad van mato grosso | BR-MT
subdivision | de hoofdstad van mato grosso do sul alexa | BR-MS
subdivision | welke stad is de hoofdstad van de staat espírito santo | BR-ES
subdivision | de hoofdstad van rio grande do norte tudo bem | BR-RN
subdivision | de hoofdstad van sergipe weet je die | BR-SE
subdivision | mijn tante woont in tocantins wat is de hoofdstad daar | BR-TO
subdivision | wat is de hoofdstad van rondônia in brazilië | BR-RO
subdivision | de hoofdstad van acre in brazilië | BR-AC
subdivision | de hoofdstad van amapá | BR-AP
subdivision | is de hoofdstad van de staat são paulo ook são paulo | BR-SP
subdivision | de staat rio de janeiro wat is daar de hoofdstad | BR-RJ
# India
subdivision | de eigenaar van de tandoori zaak komt uit punjab wat is de hoofdstad van punjab | IN-PB
subdivision | mijn schaakvriend uit kerala wat is de hoofdstad van kerala | IN-KL
subdivision | welke stad is de hoofdstad van tamil nadu | IN-TN
subdivision | de hoofdstad van maharashtra is dat mumbai | IN-MH
subdivision | de hoofdstad van gujarat in india | IN-GJ
subdivision | welke stad is de hoofdstad van uttar pradesh | IN-UP
subdivision | de hoofdstad van bihar | IN-BR
subdivision | de hoofdstad van andhra pradesh welke stad is dat | IN-AP
subdivision | de hoofdstad van madhya pradesh | IN-MP
subdivision | wat is de hoofdstad van assam in india | IN-AS
subdivision | welke stad is de hoofdstad van sikkim | IN-SK
subdivision | wat is de hoofdstad van goa in india daar gaan ze op vakantie | IN-GA
subdivision | de hoofdstad van jharkhand | IN-JH
subdivision | welke stad is de hoofdstad van chhattisgarh | IN-CG
subdivision | de hoofdstad van mizoram | IN-MZ
subdivision | het unieterritorium ladakh wat is daar de hoofdstad | IN-LA
# Mexico
subdivision | de mariachi op het feest komt uit jalisco wat is de hoofdstad van jalisco | MX-JAL
subdivision | de hoofdstad van nuevo león | MX-NLE
subdivision | welke stad is de hoofdstad van oaxaca | MX-OAX
subdivision | de hoofdstad van quintana roo daar ligt cancún toch | MX-ROO
subdivision | de hoofdstad van chihuahua | MX-CHH
subdivision | welke stad is de hoofdstad van veracruz | MX-VER
subdivision | de hoofdstad van guerrero waar acapulco ligt | MX-GRO
subdivision | de hoofdstad van de staat puebla | MX-PUE
subdivision | de hoofdstad van tamaulipas | MX-TAM
subdivision | welke stad is de hoofdstad van durango in mexico | MX-DUR
subdivision | de hoofdstad van de staat mexico dus niet het land | MX-MEX
subdivision | de hoofdstad van hidalgo in mexico | MX-HID
subdivision | de hoofdstad van guanajuato | MX-GUA
subdivision | de hoofdstad van querétaro | MX-QUE
subdivision | welke stad is de hoofdstad van campeche | MX-CAM
subdivision | de hoofdstad van tlaxcala | MX-TLA
# UK nations and territories
subdivision | de koorreis gaat naar schotland wat is de hoofdstad van schotland | GB-SCT
subdivision | wat is de hoofdstad van wales voor de rugby | GB-WLS
subdivision | mijn tegenstander komt uit noord-ierland wat is daar de hoofdstad | GB-NIR
subdivision | de hoofdstad van engeland is dat ook londen | GB-ENG
subdivision | de tulpen gaan naar groenland wat is de hoofdstad van groenland | GL
subdivision | mijn buurvrouw gaat naar curaçao welke stad is daar de hoofdstad | CW
subdivision | de hoofdstad van sint-maarten aan de nederlandse kant | SX
subdivision | bonaire hoort bij caribisch nederland wat is daar de hoofdstad | BQ
subdivision | de hoofdstad van guam | GU
subdivision | wat is de hoofdstad van frans-polynesië tahiti | PF
subdivision | de hoofdstad van martinique | MQ
subdivision | de hoofdstad van jersey | JE
subdivision | de hoofdstad van het eiland man | IM
subdivision | de hoofdstad van wallis en futuna | WF
subdivision | de hoofdstad van saint-barthélemy | BL
subdivision | de hoofdstad van de cocoseilanden | CC
subdivision | wat is de hoofdstad van norfolk eiland | NF
subdivision | de hoofdstad van zuid-georgia | GS
subdivision | de hoofdstad van de franse zuidelijke gebieden | TF
subdivision | heeft mexico-stad als deelstaat een hoofdstad | MX-CMX
subdivision | wat is de hoofdstad van washington dc het district | US-DC
subdivision | de hoofdstad van delhi als gebied in india | IN-DL
subdivision | wat is de hoofdstad van chandigarh het unieterritorium | IN-CH
# Plural capitals
plural-capitals | mijn schaakmaat zegt dat zuid-afrika meer dan één hoofdstad heeft welke zijn dat | ZA
plural-capitals | de hoofdsteden van bolivia zijn dat er twee | BO
plural-capitals | welke twee steden zijn de hoofdsteden van bolivia alexa | BO
plural-capitals | in de bieb zegt het boek dat benin twee hoofdsteden heeft welke | BJ
plural-capitals | ivoorkust heeft twee hoofdsteden toch welke zijn het | CI
plural-capitals | sri lanka heeft twee hoofdsteden zegt de taxiklant welke zijn dat | LK
plural-capitals | mijn oom zegt dat maleisië twee hoofdsteden heeft klopt dat en welke | MY
plural-capitals | de twee hoofdsteden van eswatini hoe heten die | SZ
plural-capitals | heeft nederland nou twee hoofdsteden amsterdam en den haag | NL
plural-capitals | de gast uit kleef vraagt welke hoofdsteden nederland heeft | NL
plural-capitals | jammu en kasjmir heeft twee hoofdsteden welke zijn dat | IN-JK
plural-capitals | de hoofdsteden van de benelux landen | BE+LU+NL
plural-capitals | wat zijn de hoofdsteden van duitsland en oostenrijk | AT+DE
plural-capitals | noem de hoofdsteden van spanje en portugal | ES+PT
plural-capitals | wat zijn de hoofdsteden van noorwegen zweden en finland | FI+NO+SE
plural-capitals | de hoofdsteden van china en japan voor de gasten | CN+JP
plural-capitals | wat zijn de hoofdsteden van brazilië en argentinië | AR+BR
plural-capitals | mijn dochter vraagt de hoofdsteden van kenia en tanzania | KE+TZ
plural-capitals | de hoofdsteden van afghanistan en iran alsjeblieft | AF+IR
plural-capitals | wat zijn de hoofdsteden van de drie baltische staten | EE+LT+LV
plural-capitals | wat zijn de hoofdsteden van canada en mexico | CA+MX
plural-capitals | de hoofdsteden van schotland en wales | GB-SCT+GB-WLS
plural-capitals | wat zijn de hoofdsteden van beieren en saksen | DE-BY+DE-SN
plural-capitals | de hoofdsteden van texas en californië voor de game | US-CA+US-TX
plural-capitals | wat zijn de hoofdsteden van egypte en soedan | EG+SD
plural-capitals | de hoofdsteden van aruba en curaçao | AW+CW
plural-capitals | geef me de hoofdsteden van hongarije en tsjechië | CZ+HU
plural-capitals | wat zijn de hoofdsteden van vietnam laos en cambodja | KH+LA+VN
# Follow-ups
follow-up | en die van peru dan | PE
follow-up | oké en de hoofdstad van ghana | GH
follow-up | en dan nog van noorwegen | NO
follow-up | ja en van het buurland oostenrijk | AT
follow-up | en van kroatië alexa | HR
follow-up | nog eentje en van chili | CL
follow-up | en wat is het van ethiopië | ET
follow-up | en die van mongolië weet je die ook | MN
follow-up | moi en van ierland | IE
follow-up | en van japan dan | JP
follow-up | dan nog saksen | DE-SN
follow-up | salaam en van pakistan | PK
follow-up | m goi en van thailand | TH
follow-up | en die van griekenland voor het koor | GR
follow-up | bruh en van polen | PL
follow-up | oké en hoe zit het met jemen | YE
follow-up | en van senegal | SN
follow-up | en die van cuba | CU
follow-up | en hoe heet die van nepal | NP
follow-up | en van tunesië dan alexa | TN
follow-up | vervolgens die van zambia | ZM
follow-up | en van de provincie alberta | CA-AB
follow-up | en van het land ernaast laos | LA
follow-up | ook van ecuador graag | EC
follow-up | en nu die van kenia | KE
follow-up | en van australië | AU
follow-up | en van irak graag | IQ
follow-up | ook die van roemenië | RO
follow-up | en van het eiland malta | MT
follow-up | nog eentje dan van jordanië | JO
# Yes-no checks
yes-no-check | klopt het dat de hoofdstad van australië canberra is en niet sydney | AU
yes-no-check | is ankara de hoofdstad van turkije of istanbul | TR
yes-no-check | de trainer zegt dat rio de hoofdstad van brazilië is klopt dat | BR
yes-no-check | moi is groningen de hoofdstad van drenthe nee wacht is assen de hoofdstad van nederland | NL
yes-no-check | de taxiklant zegt dat almaty de hoofdstad van kazachstan is is dat zo | KZ
yes-no-check | mijn zoon zegt dat new york de hoofdstad van amerika is klopt dat | US
yes-no-check | is dar es salaam de hoofdstad van tanzania of niet meer | TZ
yes-no-check | is toronto echt de hoofdstad van ontario | CA-ON
yes-no-check | klopt het dat calcutta de hoofdstad van west-bengalen is | IN-WB
yes-no-check | is salvador de hoofdstad van bahia obrigado | BR-BA
yes-no-check | is bern echt de hoofdstad van zwitserland de gast zegt genève | CH
yes-no-check | is kaapstad een van de hoofdsteden van zuid-afrika | ZA
yes-no-check | is la paz de hoofdstad van bolivia | BO
yes-no-check | salaam is kabul de hoofdstad van afghanistan | AF
yes-no-check | de dirigent zegt dat wenen de hoofdstad van oostenrijk is klopt | AT
yes-no-check | is abuja de hoofdstad van nigeria of lagos zegt de spits | NG
yes-no-check | is casablanca de hoofdstad van marokko bruh | MA
yes-no-check | klopt het dat pristina de hoofdstad van kosovo is | XK
# Self-corrections
self-correction | de hoofdstad van zweden eh nee zwitserland bedoel ik | CH
self-correction | de hoofdstad van irak nee wacht iran | IR
self-correction | hoofdstad van gambia eh zambia bedoel ik | ZM
self-correction | de hoofdstad van mali of nee malawi | MW
self-correction | wat is de hoofdstad van colombia nee ik bedoel costa rica | CR
self-correction | moi de hoofdstad van drenthe nee van denemarken | DK
self-correction | salaam de hoofdstad van pakistan eh nee tadzjikistan | TJ
self-correction | de hoofdstad van oezbekistan nee turkmenistan | TM
self-correction | wat is de hoofdstad van noord-korea nee zuid-korea sorry | KR
self-correction | de hoofdstad van honduras ehm nee el salvador | SV
self-correction | wat is de hoofdstad van ohio nee idaho | US-ID
self-correction | de hoofdstad van iowa nee ik bedoel indiana | US-IN
self-correction | de hoofdstad van manitoba sorry saskatchewan | CA-SK
self-correction | wat is de hoofdstad van bahia nee paraíba | BR-PB
self-correction | de hoofdstad van armenië nee albanië | AL
self-correction | wat is de hoofdstad van kameroen eh nee gabon | GA
self-correction | de hoofdstad van jordanië nee libanon bedoel ik | LB
self-correction | wat is de hoofdstad van oman ehh nee qatar | QA
self-correction | hoofdstad van oostenrijk nee hongarije | HU
self-correction | de hoofdstad van nepal nee bhutan | BT
self-correction | wat is de hoofdstad van cambodja nee wacht laos | LA
self-correction | de hoofdstad van tonga nee samoa | WS
self-correction | wat is de hoofdstad van de staat washington nee wisconsin | US-WI
# Reverse questions
reverse-question | de taxiklant gaat naar ulaanbaatar welk land is dat | CITY:Ulaanbaatar
reverse-question | in welk land ligt de hoofdstad bisjkek | CITY:Bisjkek
reverse-question | welk land heeft als hoofdstad montevideo | CITY:Montevideo
reverse-question | de koper zit in windhoek van welk land is dat de hoofdstad | CITY:Windhoek
reverse-question | tallahassee is de hoofdstad van wat | CITY:Tallahassee
reverse-question | van welke duitse deelstaat is wiesbaden de hoofdstad | CITY:Wiesbaden
reverse-question | de schaakpartij was in baku eh bakoe van welk land is dat de hoofdstad | CITY:Bakoe
reverse-question | mijn neef zit in kaboel nee kabul van welk land is dat de hoofdstad | CITY:Kabul
reverse-question | in welke staat is boise de hoofdstad | CITY:Boise
reverse-question | mérida is de hoofdstad van welke staat | CITY:Mérida
reverse-question | van welk land is tirana de hoofdstad | CITY:Tirana
reverse-question | van welk land is dodoma de hoofdstad | CITY:Dodoma
reverse-question | van welk land is naypyidaw de hoofdstad | CITY:Naypyidaw
reverse-question | van welke staat is albany de hoofdstad | CITY:Albany
reverse-question | van welk land is hamilton de hoofdstad | CITY:Hamilton
reverse-question | hobart is de hoofdstad van welke staat | CITY:Hobart
reverse-question | van welk gebied is nuuk de hoofdstad | CITY:Nuuk
# Official names
official-name | de hoofdstad van het koninkrijk belgië | BE
official-name | de hoofdstad van de russische federatie | RU
official-name | de hoofdstad van de islamitische republiek afghanistan salaam | AF
official-name | de hoofdstad van de federale republiek nigeria | NG
official-name | de hoofdstad van het hasjemitisch koninkrijk jordanië | JO
official-name | de hoofdstad van het vorstendom monaco | MC
official-name | de hoofdstad van de republiek der unie van myanmar | MM
official-name | de hoofdstad van de staat palestina | PS
official-name | de hoofdstad van het koninkrijk der nederlanden | NL
official-name | de hoofdstad van de helleense republiek | GR
# Everyday, old and colloquial names
everyday-name | de hoofdstad van engeland ik bedoel groot-brittannië | GB
everyday-name | de hoofdstad van perzië zoals opa het noemt | IR
everyday-name | de hoofdstad van ceylon | LK
everyday-name | wat is de hoofdstad van siam vroeger | TH
everyday-name | de hoofdstad van zaïre zoals het vroeger heette | CD
everyday-name | de hoofdstad van tsjechoslowakije nee gewoon tsjechië | CZ
everyday-name | wat is de hoofdstad van de ivoorkust | CI
everyday-name | de hoofdstad van kaapverdië of cabo verde | CV
everyday-name | wat is de hoofdstad van oost-timor | TL
everyday-name | de hoofdstad van de emiraten | AE
everyday-name | de hoofdstad van het vaticaan | VA
everyday-name | de hoofdstad van rusland of de sovjet nee rusland | RU
everyday-name | de hoofdstad van dahomey tegenwoordig benin | BJ
everyday-name | de hoofdstad van het uk | GB
everyday-name | wat is de hoofdstad van beieren of bayern | DE-BY
everyday-name | de hoofdstad van nieuw-guinea het land | PG
everyday-name | de hoofdstad van de faröer | FO
# Shared names
shared-name | de hoofdstad van de twee korea's | KP+KR
shared-name | mijn teammate komt uit georgia wat is daar de hoofdstad | GE+US-GA
shared-name | de schaakmeester uit georgia welke stad is de hoofdstad | GE+US-GA
shared-name | mijn tante gaat naar de maagdeneilanden hoe heet de hoofdstad | VG+VI
shared-name | de hoofdstad van dominica en van de dominicaanse republiek | DM+DO
shared-name | de taxiklant komt uit congo wat is daar de hoofdstad | CD+CG
shared-name | het koor zingt een lied uit korea welke stad is daar de hoofdstad | KP+KR
shared-name | de nieuwe spits komt uit congo hoe heet de hoofdstad | CD+CG
shared-name | alexa korea welke hoofdstad | KP+KR
shared-name | in het boek gaat het over de maagdeneilanden wat is de hoofdstad daar | VG+VI
shared-name | nossa georgia wat is de hoofdstad | GE+US-GA
shared-name | wat zijn de hoofdsteden van de korea's | KP+KR
shared-name | de bloemen gaan naar congo welke stad is de hoofdstad | CD+CG
# Launch (card name "hoofdsteden van de wereld")
launch | alexa start hoofdsteden van de wereld alsjeblieft | LAUNCH
launch | moi alexa open hoofdsteden van de wereld | LAUNCH
launch | alexa salaam open hoofdsteden van de wereld | LAUNCH
launch | alexa speel hoofdsteden van de wereld met ons | LAUNCH
launch | alexa kun je hoofdsteden van de wereld openen | LAUNCH
launch | alexa wil je hoofdsteden van de wereld starten voor mijn dochter | LAUNCH
launch | alexa open even hoofdsteden van de wereld ik moet oefenen | LAUNCH
launch | alexa start hoofdsteden van de wereld we gaan spelen | LAUNCH
launch | alexa activeer de skill hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden van de wereld voor het schaakclubje | LAUNCH
launch | alexa start hoofdsteden van de wereld in de kantine | LAUNCH
launch | alexa open hoofdsteden van de wereld m goi | LAUNCH
launch | alexa tudo bem open hoofdsteden van de wereld | LAUNCH
launch | alexa mach auf eh open hoofdsteden van de wereld | LAUNCH
launch | alexa yo open hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden van de wereld nog één keer voor het slapen | LAUNCH
launch | alexa zeg open hoofdsteden van de wereld | LAUNCH
launch | alexa start eens hoofdsteden van de wereld voor de leesclub | LAUNCH
launch | alexa open hoofdsteden van de wereld ik heb pauze | LAUNCH
launch | alexa kun je even hoofdsteden van de wereld opstarten | LAUNCH
launch | alexa open hoofdsteden van de wereld voor opa en mij | LAUNCH
launch | alexa start hoofdsteden van de wereld ik wete niks meer | LAUNCH
launch | alexa hee open hoofdsteden van de wereld | LAUNCH
# Help
help | alexa help me even | HELP
help | hoe werkt dit spel eigenlijk | HELP
help | moi ik snap het niet hoe werkt het | HELP
help | salaam wat moet ik zeggen | HELP
help | ik weet niet wat ik moet doen help | HELP
help | aiya hoe gaat dit | HELP
help | bruh hoe werkt deze skill | HELP
help | help ons even we snappen het niet | HELP
help | kun je uitleggen wat ik kan vragen | HELP
help | nossa hoe werkt dat | HELP
help | ik wete niet wat ik moet vragen help | HELP
help | mama weet het niet hoe werkt het | HELP
help | wat moet ik nu doen alexa | HELP
help | hilfe eh help | HELP
# Stop
stop | alexa stop maar | STOP
stop | moi stop er mee | STOP
stop | ophouden alexa het is bedtijd | STOP
stop | quit | STOP
stop | be quiet alexa | STOP
stop | alexa stop de klant stapt in | STOP
stop | stop we gaan voetballen | STOP
stop | aiya stop | STOP
stop | stop nu het koor begint | STOP
stop | stop alexa de bieb gaat dicht | STOP
stop | alexa hou op met praten | STOP
stop | stop met het spel | STOP
stop | stop alsjeblieft ik ben klaar | STOP
stop | zwijg alexa | STOP
stop | stop bruh | STOP
# Cancel
cancel | laat maar zitten alexa | CANCEL
cancel | never mind | CANCEL
cancel | forget it | CANCEL
cancel | laat maar ik wete het al | CANCEL
cancel | moi laat maar | CANCEL
cancel | laat maar tashakor | CANCEL
cancel | laat maar de trainer weet het al | CANCEL
cancel | vergeet het mijn man weet het | CANCEL
cancel | laat maar nossa | CANCEL
cancel | annuleer de vraag alexa | CANCEL
cancel | laat maar zitten ik kijk in het boek | CANCEL
cancel | laat maar het is niet belangrijk | CANCEL
# Out-of-domain: places not in the data
out-of-domain | moi wat is de hoofdstad van drenthe | FB
out-of-domain | is assen de hoofdstad van drenthe | FB
out-of-domain | de hoofdstad van noord-holland is dat haarlem | FB
out-of-domain | wat is de hoofdstad van het münsterland | FB
out-of-domain | de hoofdstad van bretagne | FB
out-of-domain | wat was de hoofdstad van het frankische rijk | FB
out-of-domain | wat is de hoofdstad van de toscane | FB
out-of-domain | de hoofdstad van kantabrië | FB
out-of-domain | salaam wat is de hoofdstad van de provincie herat | FB
out-of-domain | wat is de hoofdstad van guangdong | FB
out-of-domain | aiya wat is de hoofdstad van de provincie fujian | FB
out-of-domain | wat is de hoofdstad van hokkaido | FB
out-of-domain | de hoofdstad van het midden-oosten | FB
out-of-domain | wat was de hoofdstad van nieuw-nederland | FB
# Historical and fictional places
out-of-domain | wat was de hoofdstad van het heilige roomse rijk | FB
out-of-domain | wat was de hoofdstad van de ddr | FB
out-of-domain | wat was de hoofdstad van het byzantijnse rijk | FB
out-of-domain | wat was de hoofdstad van het mongoolse rijk | FB
out-of-domain | wat was de hoofdstad van de inca's | FB
out-of-domain | wat was de hoofdstad van de republiek der zeven verenigde nederlanden | FB
out-of-domain | wat was de hoofdstad van oud-egypte | FB
out-of-domain | wat is de hoofdstad van hyrule in zelda | FB
out-of-domain | in minecraft wat is de hoofdstad van het nether | FB
out-of-domain | wat is de hoofdstad van pandora uit avatar | FB
out-of-domain | wat is de hoofdstad van elfia | FB
# "hoofdstad" and "capital" in other senses
out-of-domain | wat is de hoofdstad van de bloemen | FB
out-of-domain | welke stad is de hoofdstad van de tulpen | FB
out-of-domain | wat is de hoofdstad van de motorcross | FB
out-of-domain | wat is de hoofdstad van het schaken | FB
out-of-domain | wat is de hoofdstad van de dim sum | FB
out-of-domain | welke stad is de muziekhoofdstad van europa | FB
out-of-domain | hoeveel startkapitaal heb ik nodig voor een taxibedrijf | FB
out-of-domain | wat is capital in het nederlands | FB
out-of-domain | welke hoofdstad is het grootst | FB
out-of-domain | wat is de hoofdstad van het land van mijn buurvrouw | FB
# Other skills' and devices' requests
out-of-domain | wat voor weer wordt het morgen in winterswijk | FB
out-of-domain | zet een timer van twaalf minuten voor de rijst | FB
out-of-domain | zet de wekker om vijf uur voor de veiling | FB
out-of-domain | doe het licht uit in de kinderkamer | FB
out-of-domain | speel radio gelderland | FB
out-of-domain | wat is de uitslag van fc emmen | FB
out-of-domain | hoe speelde de graafschap | FB
out-of-domain | vertel een mopje | FB
out-of-domain | wat is tien keer vijftien | FB
out-of-domain | hoe zeg je dank je wel in het chinees | FB
out-of-domain | vertaal obrigado naar het nederlands | FB
out-of-domain | is de a twaalf dicht bij arnhem | FB
out-of-domain | hoe druk is het op de a zeven | FB
out-of-domain | wanneer gaat de bieb open | FB
out-of-domain | lees een verhaaltje voor over een beer | FB
out-of-domain | speel witte ruis voor de baby | FB
out-of-domain | wat is de beste schaakopening | FB
out-of-domain | hoeveel kost een kilo rozen | FB
out-of-domain | wat staat er in mijn agenda morgen | FB
out-of-domain | herinner me om de was op te hangen | FB
out-of-domain | stuur een bericht naar de trainer | FB
out-of-domain | hoe hoog is de dom in utrecht | FB
out-of-domain | wanneer is de zwarte cross dit jaar | FB
out-of-domain | hoeveel inwoners heeft emmen | FB
out-of-domain | welke taal spreken ze in afghanistan | FB
out-of-domain | welke munt hebben ze in kenia | FB
out-of-domain | hoe ver is het van assen naar groningen | FB
out-of-domain | wat is de langste rivier van de wereld | FB
out-of-domain | wat eten ze in mongolië | FB
out-of-domain | bestel een taxi naar het station | FB
out-of-domain | hoeveel calorieën zitten er in een loempia | FB
out-of-domain | speel de playlist van het koor | FB
out-of-domain | wie heeft het wk schaken gewonnen | FB
out-of-domain | zet de tv aan | FB
achterhoeks | zeg alexa de neef van de buurman zit in het leger in litouwen wat is daar de hoofdstad | LT
achterhoeks | op de kermis in groenlo vroeg een jonge wat de hoofdstad van ierland is | IE
achterhoeks | ik wete het nie meer is de hoofdstad van polen nou krakau of warschau | PL
achterhoeks | de melkrijder gaat op vakantie naar noorwegen wat is de hoofdstad daar | NO
achterhoeks | bij het carbid schieten hadden ze het over denemarken wat is de hoofdstad van dat land | DK
achterhoeks | onze jonge doet de hbo in deventer en gaat op stage in finland wat is de hoofdstad | FI
achterhoeks | zeg hoe heet de hoofdstad van nedersaksen waar we altijd langs rijden | DE-NI
achterhoeks | de varkensboer hef een stagiair uit oekraïne wat is daar de hoofdstad | UA
achterhoeks | op de zwarte cross kwam een band uit schotland wat is de hoofdstad van schotland | GB-SCT
achterhoeks | de trekker komt uit wisconsin zegt de dealer wat is daar de hoofdstad | US-WI
achterhoeks | jonges wat is de hoofdstad van roemenië de bus van de voetbal gaat erheen | RO
achterhoeks | in het café in winterswijk ging het over kroatië welke stad is daar de hoofdstad | HR
achterhoeks | de schoonzus komt uit tsjechië wat is de hoofdstad van tsjechië | CZ
achterhoeks | zeg alexa mien moeder vraagt de hoofdstad van hongarije | HU
achterhoeks | de loonwerker rijdt naar de beurs in hannover is dat de hoofdstad van nedersaksen | DE-NI
achterhoeks | de caravan van de buren staat in slovenië wat is daar de hoofdstad | SI
drents | moi alexa mien man wil weten wat de hoofdstad van ijsland is | IS
drents | bij de hunebedden was een bus toeristen uit japan wat is de hoofdstad van japan | JP
drents | in het gevangenismuseum in veenhuizen kwam iemand uit zweden wat is daar de hoofdstad | SE
drents | ik wit het niet wat is de hoofdstad van estland | EE
drents | de kleinzoon is op wereldreis in nieuw-zeeland welke stad is daar de hoofdstad | NZ
drents | moi de hoofdstad van portugal de buren gaan erheen met de camper | PT
drents | bij de tt in assen won een coureur uit spanje wat is de hoofdstad van spanje | ES
drents | op de markt in hoogeveen verkoopt een man kaas uit zwitserland wat is daar de hoofdstad | CH
drents | de schapenboer hef een hond uit schotland gekocht wat is de hoofdstad | GB-SCT
drents | moi wat is de hoofdstad van argentinië voor de kruiswoord nee voor de kleinzoon | AR
drents | in wildlands staat een pinguïn uit de falklandeilanden wat is daar de hoofdstad | FK
drents | mien dochter werkt in tasmanië wat is de hoofdstad van tasmanië | AU-TAS
drents | de olifanten in emmen komen uit thailand welke stad is de hoofdstad daar | TH
drents | wat is de hoofdstad van letland de vrachtwagen van de buurman rijdt erheen | LV
drents | moi ik wit het echt niet wat is de hoofdstad van mongolië | MN
utrechts | hee alexa mijn huisgenoot in zuilen komt uit griekenland wat is de hoofdstad | GR
utrechts | op het ledig erf zat een stel uit italië welke stad is daar de hoofdstad | IT
utrechts | de kapper op de twijnstraat komt uit syrië wat is de hoofdstad van syrië | SY
utrechts | in kanaleneiland opent een bakker uit marokko wat is de hoofdstad van marokko | MA
utrechts | mijn buurvrouw in lombok gaat terug naar turkije welke stad is de hoofdstad | TR
utrechts | hee bij tivoli vredenburg speelt een band uit ijsland wat is de hoofdstad daar | IS
utrechts | op het centraal station vroeg een toerist uit chili de weg wat is de hoofdstad van chili | CL
utrechts | mijn collega bij de rabobank verhuist naar singapore wat is de hoofdstad daar | SG
utrechts | in de uithof werkt een professor uit iran wat is de hoofdstad van iran | IR
utrechts | hee de fietsenmaker op de amsterdamsestraatweg komt uit eritrea welke stad is de hoofdstad | ER
utrechts | in het stadion galgenwaard speelde fc utrecht tegen een club uit servië wat is de hoofdstad | RS
utrechts | de domtoren beklimmen met een vriend uit canada wat is de hoofdstad van canada | CA
utrechts | ff vragen wat is de hoofdstad van kenia mijn nicht gaat er vrijwilligerswerk doen | KE
utrechts | mijn buurman in overvecht komt uit somalië wat is daar de hoofdstad | SO
utrechts | de jaarbeurs heeft een stand uit india welke stad is de hoofdstad van india | IN
afghaans | salaam alexa ik kom uit afghanistan maar ik wil weten hoofdstad van iran | IR
afghaans | mijn docent vraag wat is hoofdstad van nederland | NL
afghaans | in mijn land hoofdstad is kabul en van pakistan wat is | PK
afghaans | mijn broer is in duitsland welke stad is hoofdstad duitsland | DE
afghaans | ik werk bij de bakker mijn baas komt uit turkije wat is hoofdstad | TR
afghaans | tashakor alexa en wat is hoofdstad van tadzjikistan | TJ
afghaans | mijn zus woont in zweden hoe heet hoofdstad van zweden | SE
afghaans | wij zijn via griekenland gekomen wat is de hoofdstad daar | GR
afghaans | mijn buurman komt uit oezbekistan wat is zijn hoofdstad | UZ
afghaans | voor de inburgering ik moet weten hoofdstad van belgië | BE
afghaans | mijn kind vraag hoofdstad van engeland ik weet niet | GB-ENG
afghaans | salaam welke stad is hoofdstad van turkmenistan | TM
afghaans | mijn vriend woont in canada provincie ontario wat is hoofdstad van ontario | CA-ON
afghaans | in de moskee iemand komt van bangladesh wat is hoofdstad daar | BD
afghaans | de docent zegt india heeft hoofdstad new delhi is dat goed | IN
chinees | aiya alexa mijn moeder wil weten hoofdstad van hongkong heeft dat een hoofdstad | HK
chinees | de gasten aan tafel zes komen uit zuid-korea wat is de hoofdstad daar | KR
chinees | m goi de kok komt uit maleisië wat is de hoofdstad van maleisië | MY
chinees | mijn opa is geboren in indonesië welke stad is daar de hoofdstad | ID
chinees | we krijgen de rijst uit cambodja wat is de hoofdstad van cambodja | KH
chinees | mijn nicht studeert in australië in de staat victoria wat is daar de hoofdstad | AU-VIC
chinees | aiya wat is de hoofdstad van macau mama vraagt het | MO
chinees | de bezorger zegt dat hij uit nepal komt hoe heet de hoofdstad | NP
chinees | bij het chinees nieuwjaar kwam een familie uit vietnam wat is daar de hoofdstad | VN
chinees | de sojasaus komt uit japan welke stad is de hoofdstad van japan | JP
chinees | mijn tante heeft een toko in suriname wat is de hoofdstad daar | SR
chinees | wat is de hoofdstad van de filipijnen de nieuwe afwasser komt daarvandaan | PH
chinees | de klant wil weten of peking de hoofdstad van china is | CN
chinees | m goi mijn broer werkt in brits-columbia wat is de hoofdstad van die provincie | CA-BC
chinees | de groothandel zit in thailand welke stad is de hoofdstad | TH
braziliaans | nossa alexa wat is de hoofdstad van portugal mijn schoonvader vraagt het | PT
braziliaans | minha filha moet voor school de hoofdstad van angola weten | AO
braziliaans | obrigado alexa en wat is de hoofdstad van mozambique | MZ
braziliaans | mijn vriendin komt uit kaapverdië welke stad is daar de hoofdstad | CV
braziliaans | tudo bem de capoeira groep gaat naar een festival in frankrijk wat is de hoofdstad | FR
braziliaans | mijn man vraagt wat de hoofdstad van brazilië is ik zeg brasília hij zegt rio | BR
braziliaans | nossa de hoofdstad van de staat são paulo is het de stad são paulo | BR-SP
braziliaans | ik werk in de schoonmaak met een vrouw uit colombia wat is de hoofdstad | CO
braziliaans | mijn zoon speelt futsal met een jongen uit paraguay wat is daar de hoofdstad | PY
braziliaans | de samba groep treedt op in bolivia welke stad is de hoofdstad van bolivia | BO
braziliaans | obrigado en de hoofdstad van oost-timor daar spreken ze ook portugees | TL
braziliaans | mijn vriendin uit minas werkt nu in ierland wat is de hoofdstad van ierland | IE
braziliaans | wat is de hoofdstad van guinee-bissau daar spreken ze portugees toch | GW
braziliaans | nossa ik heb heimwee naar pernambuco wat is de hoofdstad ook alweer recife toch | BR-PE
braziliaans | mijn zwager werkt in venezuela wat is de hoofdstad van venezuela | VE
duits | also ich wohne in venlo eh ik woon in venlo wat is de hoofdstad van rijnland-palts | DE-RP
duits | mijn schoonmoeder uit emmerich wil weten wat de hoofdstad van polen is | PL
duits | genau alexa wat is de hoofdstad van oostenrijk | AT
duits | ik ben duits maar woon in enschede wat is de hoofdstad van hessen | DE-HE
duits | mijn chef in mönchengladbach fliegt naar tunesië wat is de hoofdstad | TN
duits | ach so en wat is de hoofdstad van luxemburg | LU
duits | wir fahren eh wij rijden naar denemarken welke stad is de hoofdstad | DK
duits | de kinderen gaan in gronau naar school en vragen de hoofdstad van brandenburg | DE-BB
duits | doch alexa wat is de hoofdstad van sleeswijk-holstein | DE-SH
duits | ik heb een vraag over zwitserland wat ist eh wat is de hoofdstad | CH
duits | mijn vriendin uit dresden zegt dat dresden de hoofdstad van saksen is klopt | DE-SN
duits | de buurman uit bocholt gaat naar kroatië wat is de hoofdstad daar | HR
duits | wat is de hoofdstad van mecklenburg-voor-pommeren wir machen dort urlaub | DE-MV
duits | mijn collega uit kleve komt eigenlijk uit kazachstan wat is de hoofdstad | KZ
veiling | de koper uit moskou biedt niet meer mee wat is eigenlijk de hoofdstad van rusland | RU
veiling | de rozen komen vandaag uit ecuador welke stad is de hoofdstad van ecuador | EC
veiling | de anjers worden ingevlogen uit colombia wat is daar de hoofdstad | CO
veiling | er staat een partij rozen uit ethiopië op de klok wat is de hoofdstad | ET
veiling | de exporteur stuurt de pioenen naar saoedi-arabië wat is de hoofdstad daar | SA
veiling | mijn collega aan de klok vraagt wat de hoofdstad van qatar is | QA
veiling | de orchideeën gaan per vliegtuig naar de verenigde staten naar de staat georgia wat is de hoofdstad van die staat | US-GA
veiling | de container met kamerplanten gaat naar dubai in de emiraten wat is de hoofdstad | AE
veiling | de kweker in aalsmeer heeft een filiaal in kenia hoe heet de hoofdstad van kenia | KE
veiling | de lelies gaan met de vrachtwagen naar polen welke stad is de hoofdstad | PL
veiling | vandaag veel vraag uit japan wat is de hoofdstad van japan | JP
veiling | de zonnebloemen komen uit zimbabwe wat is de hoofdstad daar | ZW
veiling | de handelaar op de vloer komt uit libanon wat is de hoofdstad van libanon | LB
veiling | de gerbera's gaan naar koeweit welke stad is daar de hoofdstad | KW
veiling | de tulpen gaan naar ontario in canada wat is de hoofdstad van ontario | CA-ON
taxi | de klant die ik net naar de rai bracht komt uit oostenrijk wat is de hoofdstad | AT
taxi | mijn klant is een piloot uit ethiopië welke stad is de hoofdstad van ethiopië | ET
taxi | alexa snel de man achterin vraagt de hoofdstad van peru | PE
taxi | de dame op de achterbank gaat terug naar argentinië wat is daar de hoofdstad | AR
taxi | ik heb een rit naar het vredespaleis met een rechter uit uganda wat is de hoofdstad | UG
taxi | de klant uit australië vraagt of sydney de hoofdstad is klopt dat | AU
taxi | ik rijd een zakenvrouw uit nigeria naar rotterdam wat is de hoofdstad van nigeria | NG
taxi | de toeristen uit kroatië willen weten hoe het met ons verkeer zit maar wat is hun hoofdstad | HR
taxi | alexa tussen twee ritten wat is de hoofdstad van bahrein | BH
taxi | mijn klant woont in quebec in canada wat is de hoofdstad van quebec | CA-QC
taxi | de student achterin komt uit zuid-soedan welke stad is de hoofdstad | SS
taxi | ik rij een familie uit ghana naar de efteling wat is de hoofdstad van ghana | GH
taxi | de chauffeur van de andere taxi komt uit eritrea wat is daar de hoofdstad | ER
taxi | de klant komt uit texas en zegt dat houston de hoofdstad is klopt dat | US-TX
bieb | een meneer bij de balie zoekt een boek over laos welke stad is daar de hoofdstad | LA
bieb | bij voorlezen vroeg een kind wat de hoofdstad van egypte is | EG
bieb | de vrijwilliger van het taalcafé komt uit jemen wat is de hoofdstad van jemen | YE
bieb | in de leesclub lezen we een roman uit nigeria wat is de hoofdstad daar | NG
bieb | voor de spreekbeurt over ijsberen wat is de hoofdstad van groenland | GL
bieb | een student zoekt een atlas van chili welke stad is de hoofdstad | CL
bieb | de schrijver die vanavond komt woont in portugal wat is de hoofdstad van portugal | PT
bieb | een mevrouw vraagt een kookboek uit georgië het land wat is de hoofdstad | GE
bieb | in het taalcafé zit een meneer uit sudan eh soedan wat is daar de hoofdstad | SD
bieb | het boek van de maand speelt in ierland welke stad is de hoofdstad van ierland | IE
bieb | een kind vraagt bij de balie hoe de hoofdstad van zuid-afrika heet | ZA
bieb | de tentoonstelling gaat over peru wat is de hoofdstad van peru | PE
bieb | in de stripboeken van kuifje gaat hij naar tibet nee naar china wat is de hoofdstad | CN
bieb | een moeder zoekt boeken in het arabisch uit irak wat is de hoofdstad van irak | IQ
kantine | in de kantine na de wedstrijd vroeg de voorzitter de hoofdstad van uruguay | UY
kantine | de nieuwe keeper komt uit suriname welke stad is de hoofdstad | SR
kantine | ons veteranenteam gaat op toernooi in belgië wat is de hoofdstad van belgië | BE
kantine | de trainer van de tegenstander komt uit marokko wat is daar de hoofdstad | MA
kantine | achter de bar zegt de barman dat de hoofdstad van turkije istanbul is klopt dat | TR
kantine | de jeugdspeler heeft een vader uit ghana welke stad is de hoofdstad van ghana | GH
kantine | de scheids kwam uit kaapverdië wat is de hoofdstad van kaapverdië | CV
kantine | onze linksback heeft een oma in senegal wat is daar de hoofdstad | SN
kantine | na het bier vroeg iemand wat de hoofdstad van kroatië is | HR
kantine | de sponsor heeft een fabriek in tsjechië wat is de hoofdstad | CZ
kantine | de materiaalman komt uit curaçao wat is de hoofdstad van curaçao | CW
kantine | bij de loterij won een meneer een reis naar ierland wat is de hoofdstad | IE
kantine | de spits van het eerste heeft gespeeld in cyprus welke stad is daar de hoofdstad | CY
kantine | wat is de hoofdstad van wales de trainer zegt dat ze daar goed voetballen | GB-WLS
gamer | yo alexa in de quiz in roblox vragen ze de hoofdstad van egypte | EG
gamer | bruh mijn duo is uit brazilië wat is de hoofdstad daar | BR
gamer | in de game moet ik naar de hoofdstad van japan wat is die | JP
gamer | mijn clan zit in finland welke stad is de hoofdstad van finland | FI
gamer | de streamer die ik kijk woont in zweden wat is de hoofdstad van zweden | SE
gamer | yo hoe heet de hoofdstad van zuid-korea daar komen alle pro's vandaan | KR
gamer | mijn vriend op discord woont in ontario in canada wat is daar de hoofdstad | CA-ON
gamer | in de map zit een level in egypte nee in marokko wat is de hoofdstad | MA
gamer | bruh de lag komt van de server in ierland wat is de hoofdstad | IE
gamer | in geo quiz moest ik de hoofdstad van bhutan weten | BT
gamer | mijn teammate is uit polen welke stad is de hoofdstad van polen | PL
gamer | de toernooi finale is in denemarken wat is daar de hoofdstad | DK
gamer | yo alexa wat is de hoofdstad van oekraïne snel | UA
gamer | mijn squad heeft iemand uit de staat california eh californië wat is daar de hoofdstad | US-CA
koor | ons koor zingt op een festival in estland wat is de hoofdstad van estland | EE
koor | de dirigent komt uit hongarije welke stad is de hoofdstad daar | HU
koor | we zingen een spiritual uit de staat mississippi wat is daar de hoofdstad | US-MS
koor | de alt naast me is geboren in zuid-afrika wat zijn daar de hoofdsteden | ZA
koor | bij de mattheus passion zat een bas uit duitsland wat is de hoofdstad van duitsland | DE
koor | ons kerkkoor is uitgenodigd in het vaticaan wat is daar de hoofdstad | VA
koor | de pianist komt uit armenië hoe heet de hoofdstad van armenië | AM
koor | na de repetitie vroeg de tenor wat de hoofdstad van georgië het land is | GE
koor | we zingen een lied uit wales welke stad is de hoofdstad van wales | GB-WLS
koor | het koor reist dit jaar naar oostenrijk wat is de hoofdstad | AT
koor | het gospelkoor zingt met een groep uit ghana wat is de hoofdstad daar | GH
koor | de soliste komt uit letland wat is de hoofdstad van letland | LV
koor | het koor uit noorwegen komt op bezoek welke stad is daar de hoofdstad | NO
bedtijd | mama waar woont de pinguïn in het boek op antarctica wat is daar de hoofdstad | AQ
bedtijd | papa het verhaaltje gaat over een kangoeroe in australië wat is de hoofdstad | AU
bedtijd | de panda komt uit china welke stad is de hoofdstad van china | CN
bedtijd | mama de leeuw in het boek woont in kenia hoe heet de hoofdstad | KE
bedtijd | alexa de prinses in het verhaal woont in denemarken wat is de hoofdstad | DK
bedtijd | opa heeft een kaart van madagaskar waar is daar de hoofdstad | MG
bedtijd | mijn knuffel heet parijs is dat de hoofdstad van frankrijk | FR
bedtijd | nog één vraagje papa wat is de hoofdstad van het land met de pizza italië | IT
bedtijd | de ijsbeer komt van spitsbergen wat is daar de hoofdstad | SJ
bedtijd | mama de kameel woont in egypte wat is de hoofdstad van egypte | EG
bedtijd | wat is de hoofdstad van noorwegen daar wonen de trollen toch | NO
bedtijd | de olifant uit het boek komt uit india welke stad is daar de hoofdstad | IN
bedtijd | de tijger woont in bangladesh wat is de hoofdstad van bangladesh | BD
schaak | bij het tata steel toernooi in wijk aan zee speelt een grootmeester uit india wat is de hoofdstad | IN
schaak | de wereldkampioen komt uit noorwegen welke stad is daar de hoofdstad | NO
schaak | mijn tegenstander in de clubcompetitie komt uit armenië wat is de hoofdstad van armenië | AM
schaak | de schaakolympiade was in hongarije wat is de hoofdstad van hongarije | HU
schaak | op lichess speel ik tegen iemand uit azerbeidzjan hoe heet de hoofdstad | AZ
schaak | de trainer van de club komt uit oekraïne wat is de hoofdstad van oekraïne | UA
schaak | de jeugdkampioen heeft ouders uit iran welke stad is de hoofdstad van iran | IR
schaak | tijdens de partij dacht ik aan de hoofdstad van georgië het land | GE
schaak | de arbiter komt uit servië wat is de hoofdstad daar | RS
schaak | in de schaakclub hangt een poster van cuba wat is de hoofdstad van cuba | CU
schaak | de nieuwe clubkampioen komt uit de filipijnen wat is de hoofdstad | PH
schaak | mijn schaakvriend verhuist naar kazachstan wat is daar de hoofdstad | KZ
schaak | het snelschaaktoernooi is in wijk aan zee maar de winnaar komt uit china hoofdstad | CN
# Replacements written in the speakers' situations
subdivision | de koper van de tulpen zit in providence dus in rhode island is dat ook de hoofdstad daar | US-RI
subdivision | mijn teammate zegt dat chicago de hoofdstad van zijn staat illinois is maar dat klopt toch niet | US-IL
subdivision | de taxiklant gaat fietsen op prins edwardeiland in canada hoe heet daar de hoofdstad | CA-PE
subdivision | mijn broer in vancouver vraagt welke stad de hoofdstad van zijn provincie brits-columbia is | CA-BC
subdivision | de chauffeur van de veiling rijdt nooit naar quebec maar wat is de hoofdstad van die provincie | CA-QC
subdivision | de duivel uit de tekenfilm komt uit tasmanië welke stad is daar de hoofdstad | AU-TAS
subdivision | de wijn in de kantine komt uit zuid-australië hoe heet de hoofdstad van die staat | AU-SA
subdivision | canberra ligt in een eigen territorium in australië wat is de hoofdstad van dat territorium | AU-ACT
subdivision | nossa mijn oom vaart op de rivier in de staat amazonas hoe heet de hoofdstad daar | BR-AM
subdivision | de gaúcho in de capoeira groep komt uit rio grande do sul welke stad is zijn hoofdstad | BR-RS
subdivision | minha vizinha komt uit maranhão wat is de hoofdstad van maranhão obrigado | BR-MA
subdivision | de zangeres van ons koor is geboren in paraíba in brazilië welke stad is daar de hoofdstad | BR-PB
subdivision | tudo bem mijn schoonzus woont in maceió is dat de hoofdstad van alagoas | BR-AL
subdivision | in de bieb vraagt een braziliaanse mevrouw naar een boek over piauí wat is daar de hoofdstad | BR-PI
subdivision | mijn neef werkt aan de grens met venezuela in roraima hoe heet de hoofdstad van roraima | BR-RR
subdivision | brasília ligt in het federaal district maar is dat dan ook de hoofdstad van dat district | BR-DF
subdivision | de softwareklant van mijn taxiklant zit in karnataka welke stad is de hoofdstad daar | IN-KA
subdivision | de schaakkampioen komt uit jaipur is dat de hoofdstad van rajasthan | IN-RJ
subdivision | mijn collega in de bieb komt uit kolkata is dat de hoofdstad van west-bengalen | IN-WB
subdivision | de it-er in de taxi komt uit telangana welke stad is daar de hoofdstad | IN-TS
subdivision | bij het koor zingt een vrouw uit odisha hoe heet de hoofdstad van odisha | IN-OD
subdivision | de theeplukker in de documentaire woont in himachal pradesh wat is daar de hoofdstad | IN-HP
subdivision | de worstelaar uit haryana in de krant wat is de hoofdstad van zijn staat | IN-HR
subdivision | in de leesclub speelt het boek in meghalaya het natste gebied welke stad is de hoofdstad | IN-ML
subdivision | de bokser uit manipur op tv welke stad is de hoofdstad van manipur | IN-MN
subdivision | de folkdansers op het festival komen uit nagaland hoe heet de hoofdstad van nagaland | IN-NL
subdivision | mijn schaaktegenstander online woont in tripura wat is de hoofdstad daar | IN-TR
subdivision | arunachal pradesh ligt tegen china aan zegt mijn oom welke stad is daar de hoofdstad | IN-AR
subdivision | de duiker in de documentaire gaat naar de eilanden van lakshadweep hoe heet de hoofdstad | IN-LD
subdivision | sri vijaya puram heette vroeger port blair is dat de hoofdstad van de andamanen en nicobaren | IN-AN
subdivision | de franse kolonie in india puducherry heeft die een eigen hoofdstad | IN-PY
subdivision | de collega zegt dat hij uit daman komt is dat de hoofdstad van dadra en nagar haveli en daman en diu | IN-DH
subdivision | op vakantie in cancún nee in yucatán welke stad is de hoofdstad van yucatán | MX-YUC
subdivision | de koffie van de kantine komt uit chiapas in mexico hoe heet de hoofdstad daar | MX-CHP
subdivision | in de game rijd ik door de woestijn van sonora welke stad is daar de hoofdstad | MX-SON
subdivision | tijuana ligt in baja california maar is dat ook de hoofdstad van baja california | MX-BCN
subdivision | de taxiklant gaat surfen in baja california sur wat is de hoofdstad van die staat | MX-BCS
subdivision | in de serie over de kartels gaat het over sinaloa welke stad is daar de hoofdstad | MX-SIN
subdivision | de avocado's op de veiling komen uit michoacán hoe heet de hoofdstad van michoacán | MX-MIC
subdivision | de grensstaat coahuila in mexico welke stad is daar de hoofdstad eigenlijk | MX-COA
subdivision | de zilvermijn in het boek ligt in zacatecas is de hoofdstad ook zacatecas | MX-ZAC
subdivision | mijn vriend werkt voor een oliebedrijf in tabasco wat is daar de hoofdstad | MX-TAB
subdivision | de spaanse les gaat over morelos in mexico hoe heet de hoofdstad van morelos | MX-MOR
subdivision | mijn teammate is uit san luis potosí de staat wat is de hoofdstad daarvan | MX-SLP
subdivision | de surfer in de taxi ging naar nayarit in mexico welke stad is de hoofdstad | MX-NAY
subdivision | het kleine staatje aguascalientes in mexico hoe heet de hoofdstad | MX-AGU
subdivision | de vulkaan op het nieuws staat in colima is dat ook de naam van de hoofdstad | MX-COL
subdivision | de schapenboer gaat naar de faeröer eilanden wat is de hoofdstad daar moi | FO
subdivision | mijn buurvrouw in lombok gaat overwinteren op aruba welke stad is de hoofdstad | AW
subdivision | de spits van het eerste elftal komt uit puerto rico hoe heet de hoofdstad | PR
subdivision | de nikkel uit nieuw-caledonië zit in de game welke stad is daar de hoofdstad | NC
subdivision | de kok komt van het eiland réunion hoe heet de hoofdstad daar | RE
subdivision | de koorleider gaat naar guadeloupe in de vakantie welke stad is de hoofdstad | GP
subdivision | de raketten worden gelanceerd in frans-guyana wat is daar de hoofdstad | GF
subdivision | het eiland mayotte is frans toch hoe heet de hoofdstad | YT
subdivision | de veiling stuurt lelies naar bermuda welke stad is daar de hoofdstad | BM
subdivision | de taxiklant heeft een bankrekening op de kaaimaneilanden hoe heet daar de hoofdstad | KY
subdivision | gibraltar is een stad en een gebied is de hoofdstad dan gibraltar zelf | GI
subdivision | opa heeft het over de oorlog om de falklands welke stad is daar de hoofdstad | FK
subdivision | de veerboot naar guernsey vertrekt uit frankrijk wat is de hoofdstad van guernsey | GG
subdivision | de schaakvriend zit op de cookeilanden op vakantie hoe heet daar de hoofdstad | CK
subdivision | het kleine eiland niue heeft eigen postzegels welke stad is de hoofdstad | NU
subdivision | tokelau bestaat uit drie atollen zegt het boek wat is de hoofdstad | TK
subdivision | de muiters van de bounty woonden op pitcairn welke plaats is daar de hoofdstad | PN
subdivision | napoleon zat op sint-helena hoe heet de hoofdstad van dat eiland | SH
subdivision | mijn teammate woont op saipan is dat de hoofdstad van de noordelijke marianen | MP
subdivision | de rugbyers uit amerikaans-samoa welke stad is daar de hoofdstad | AS
subdivision | het eilandje anguilla in de caraïben hoe heet de hoofdstad | AI
subdivision | de duikers gaan naar de turks en caicos eilanden wat is daar de hoofdstad | TC
subdivision | tortola hoort bij de britse maagdeneilanden welke stad is de hoofdstad | VG
subdivision | het cruiseschip stopt op saint thomas in de amerikaanse maagdeneilanden wat is daar de hoofdstad | VI
subdivision | de veerboot van stockholm naar finland stopt op åland hoe heet de hoofdstad | AX
subdivision | de ijsberen in het boek wonen op spitsbergen en jan mayen welke plaats is de hoofdstad | SJ
subdivision | saint-pierre en miquelon hoort bij frankrijk maar ligt bij canada wat is daar de hoofdstad | PM
subdivision | de franse kant van het eiland sint-maarten heet saint-martin wat is daar de hoofdstad | MF
subdivision | de fosfaat komt uit de westelijke sahara zegt de docent welke stad is de hoofdstad daar | EH
subdivision | de rode krabben op christmaseiland welke plaats is daar de hoofdstad | CX
subdivision | diego garcia is dat de hoofdstad van het brits indische oceaanterritorium | IO
subdivision | aiya mijn tante woont in hongkong wat is daar de hoofdstad | HK
subdivision | de casino's van macau heeft dat gebied een eigen hoofdstad | MO
# plural capitals
plural-capitals | mijn schaakvriend zegt dat zuid-afrika drie hoofdsteden heeft kun je ze noemen | ZA
plural-capitals | in de bieb zegt een atlas dat benin twee hoofdsteden heeft noem ze eens | BJ
plural-capitals | de theeleverancier komt uit sri lanka welke hoofdsteden heeft dat land | LK
plural-capitals | aiya de kok uit maleisië zegt dat er twee hoofdsteden zijn welke steden zijn dat | MY
plural-capitals | de koning van eswatini woont in welke hoofdsteden noem ze allebei | SZ
plural-capitals | de docent zegt dat palestina twee hoofdsteden heeft welke zijn het | PS
plural-capitals | op montserrat is de vulkaan uitgebarsten welke hoofdsteden heeft het eiland nu | MS
plural-capitals | uttarakhand heeft een zomer en een winter hoofdstad hoe heten die twee | IN-UK
plural-capitals | de taxiklant vraagt welke hoofdsteden bolivia heeft sucre en nog een | BO
# follow-ups
follow-up | ja oké en die van belgië dan | BE
follow-up | dan nog één de staat oregon | US-OR
follow-up | en voor mijn schoonmoeder die van bahia | BR-BA
follow-up | en wat is die van schotland eigenlijk | GB-SCT
follow-up | mooi en van mexico het land | MX
# yes-no
yes-no-check | de kleinzoon zegt dat genève de hoofdstad van zwitserland is moi klopt dat | CH
yes-no-check | de taxiklant zegt toronto is de hoofdstad van canada heeft hij gelijk | CA
yes-no-check | aiya mijn neef zegt lagos is de hoofdstad van nigeria is dat nog zo | NG
yes-no-check | salaam is islamabad de hoofdstad van pakistan of lahore | PK
yes-no-check | de bakker zegt dat rabat de hoofdstad van marokko is niet casablanca klopt dat | MA
yes-no-check | in de leesclub zei iemand yangon maar is dat nog de hoofdstad van myanmar | MM
yes-no-check | de wijnman van de kantine zegt dat sydney de hoofdstad van nieuw-zuid-wales is klopt | AU-NSW
yes-no-check | genau is münchen echt de hoofdstad van beieren | DE-BY
yes-no-check | mijn teammate zegt los angeles is de hoofdstad van californië bruh is dat zo | US-CA
yes-no-check | is guadalajara nou de hoofdstad van jalisco zegt de mariachi | MX-JAL
yes-no-check | het koor zingt in glasgow is dat de hoofdstad van schotland | GB-SCT
yes-no-check | m goi is peking of shanghai de hoofdstad van china | CN
yes-no-check | de afwasser zegt dat hanoi de hoofdstad van vietnam is en niet saigon klopt dat | VN
yes-no-check | is moskou nog steeds de hoofdstad van rusland vraagt de kleinzoon | RU
yes-no-check | de keeper zegt dat wellington de hoofdstad van nieuw-zeeland is is dat zo | NZ
yes-no-check | moi is reykjavik echt de hoofdstad van ijsland de kleinzoon twijfelt | IS
yes-no-check | zeg is brussel de hoofdstad van belgië of is dat antwerpen | BE
yes-no-check | de taxiklant uit israël zegt jeruzalem is zijn hoofdstad klopt dat | IL
yes-no-check | op de veiling zegt de koper dat riyad de hoofdstad van saoedi-arabië is klopt dat | SA
yes-no-check | is abu dhabi de hoofdstad van de emiraten of dubai zegt de exporteur | AE
yes-no-check | mijn nicht zegt dat melbourne de hoofdstad van de staat victoria is is dat goed | AU-VIC
yes-no-check | ik woon in kleef is düsseldorf de hoofdstad van noordrijn-westfalen | DE-NW
yes-no-check | de taxiklant vliegt naar tallahassee is dat de hoofdstad van florida | US-FL
yes-no-check | aiya is taipei nou de hoofdstad van taiwan ja of nee | TW
# self-corrections
self-correction | alexa de hoofdstad van oostenrijk eh sorry australië de kangoeroes | AU
self-correction | de pianist komt uit slowakije nee slovenië wat is daar de hoofdstad | SI
self-correction | niger eh nee nigeria de spits komt uit nigeria wat is de hoofdstad | NG
self-correction | mijn buurvrouw komt uit guinee ik bedoel guinee-bissau wat is de hoofdstad | GW
self-correction | de bus gaat naar letland nee litouwen wat is de hoofdstad | LT
self-correction | bruh paraguay nee uruguay wat is de hoofdstad | UY
self-correction | de verpleegster komt uit de dominicaanse republiek nee dominica het eiland wat is de hoofdstad | DM
self-correction | duits saksen nee saksen-anhalt was dat wat is daar de hoofdstad | DE-ST
self-correction | de fietser komt uit mauritius nee mauritanië hoe heet de hoofdstad | MR
self-correction | de taxiklant komt uit soedan eh zuid-soedan wat is daar de hoofdstad | SS
# reverse questions
reverse-question | de kangoeroe knuffel komt uit canberra van welk land is dat de hoofdstad | CITY:Canberra
reverse-question | de fietsers rijden een ronde in ouagadougou welk land heeft die hoofdstad | CITY:Ouagadougou
reverse-question | de kweker heeft een kas bij nairobi van welk land is dat de hoofdstad ook alweer | CITY:Nairobi
reverse-question | de band op de zwarte cross komt uit reykjavik welk land is dat | CITY:Reykjavik
reverse-question | het schaaktoernooi is in tbilisi in welk land is dat de hoofdstad | CITY:Tbilisi
reverse-question | mijn teammate woont in sacramento welke staat heeft die als hoofdstad | CITY:Sacramento
reverse-question | de keeper komt uit winnipeg is dat de hoofdstad van een provincie welke | CITY:Winnipeg
reverse-question | de film madagascar speelt niet in antananarivo maar van welk land is dat de hoofdstad | CITY:Antananarivo
reverse-question | de monnik in het boek woont in vientiane welk land is dat | CITY:Vientiane
reverse-question | de taxiklant vliegt door naar managua in welk land ligt die hoofdstad | CITY:Managua
reverse-question | ljubljana waar de pianist woont is de hoofdstad van welk land | CITY:Ljubljana
reverse-question | mijn buurvrouw komt uit paramaribo welk land heeft die als hoofdstad | CITY:Paramaribo
reverse-question | mijn oom woont in manaus van welke staat in brazilië is dat de hoofdstad | CITY:Manaus
reverse-question | funafuti klinkt grappig voor het slapen van welk land is dat de hoofdstad | CITY:Funafuti
reverse-question | de ijzerertstrein rijdt naar nouakchott is dat de hoofdstad van welk land | CITY:Nouakchott
# official names
official-name | de chef in aken vraagt wat de hoofdstad van de bondsrepubliek duitsland is | DE
official-name | aiya in het paspoort van opa staat volksrepubliek china wat is de hoofdstad daarvan | CN
official-name | op de brief staat république française nee franse republiek wat is de hoofdstad | FR
official-name | de koper van de veiling zit in het koninkrijk spanje welke stad is de hoofdstad | ES
official-name | salaam de islamitische republiek iran wat is de hoofdstad van dat land | IR
official-name | op het paspoort van de schaker staat republiek china welke stad is de hoofdstad | TW
official-name | in het boek over de grondwet staat verenigde staten van amerika wat is de hoofdstad daar | US
official-name | de mariachi komt uit de verenigde mexicaanse staten wat is daar de hoofdstad | MX
official-name | nossa de federatieve republiek brazilië hoe heet de hoofdstad | BR
official-name | de docent zegt republiek india welke stad is daar de hoofdstad | IN
official-name | bij het taalcafé zegt een meneer arabische republiek egypte welke stad is de hoofdstad | EG
official-name | op de fruitkisten staat koninkrijk marokko wat is de hoofdstad | MA
official-name | de exporteur levert aan het koninkrijk saoedi-arabië hoe heet de hoofdstad | SA
official-name | in het nieuws zeggen ze democratische volksrepubliek korea welke stad is daar de hoofdstad | KP
official-name | mijn teammate zegt dat hij uit de republiek korea komt wat is daar de hoofdstad | KR
official-name | de afwasser komt uit de socialistische republiek vietnam wat is de hoofdstad | VN
official-name | de bus van het koor rijdt door het groothertogdom luxemburg hoe heet de hoofdstad | LU
official-name | op het etiket staat vorstendom liechtenstein wat is daar de hoofdstad | LI
official-name | de kok zegt koninkrijk thailand welke stad is de hoofdstad | TH
official-name | de plurinationale staat bolivia zegt het boek hoe heten de hoofdsteden | BO
official-name | in het atlasje staat oostelijke republiek uruguay wat is daar de hoofdstad | UY
official-name | de arbiter komt uit de republiek kosovo wat is de hoofdstad | XK
# everyday names
everyday-name | de kleinzoon zegt amerika maar hij bedoelt de vs wat is daar de hoofdstad | US
everyday-name | de taxiklant zegt holland wat is de hoofdstad van holland | NL
everyday-name | de monnik in het boek komt uit birma wat is de hoofdstad van birma | MM
everyday-name | opa zegt nog swaziland wat is daar de hoofdstad | SZ
everyday-name | mijn buurman zegt gewoon macedonië wat is de hoofdstad | MK
everyday-name | mijn duitse kollega zegt weissrussland dus wit-rusland wat is de hoofdstad | BY
everyday-name | de scheids komt uit bosnië welke stad is daar de hoofdstad | BA
everyday-name | zeg de hoofdstad van kirgistan hoe heet die | KG
everyday-name | de oude juf zegt rhodesië wat is daar nu de hoofdstad | ZW
everyday-name | de koffie komt uit abessinië zegt opa welke stad is de hoofdstad | ET
everyday-name | de kruiswoord nee de quiz zegt formosa wat is daar de hoofdstad | TW
everyday-name | de trainer komt van de antillen van curaçao welke stad is de hoofdstad | CW
everyday-name | mijn teammate zegt the states wat is daar de hoofdstad | US
everyday-name | de chocola komt van sao tomé wat is daar de hoofdstad | ST
everyday-name | de steelband komt uit trinidad welke stad is de hoofdstad | TT
# shared names
shared-name | de nieuwe afwasser komt uit korea welke hoofdstad hoort daarbij | KP+KR
shared-name | in de bieb zoekt iemand boeken over korea wat is de hoofdstad | KP+KR
shared-name | de missionaris in het koor werkte in congo welke stad is daar de hoofdstad | CD+CG
shared-name | de dirigent vraagt naar de hoofdsteden van beide congo's | CD+CG
shared-name | de koffie komt uit congo hoe heet de hoofdstad | CD+CG
shared-name | mijn kollega gaat naar georgia op vakantie wat is de hoofdstad | GE+US-GA
shared-name | de cruise gaat naar de virgin islands welke stad is daar de hoofdstad | VG+VI
shared-name | in het verhaaltje gaat de piraat naar de maagdeneilanden wat is de hoofdstad | VG+VI
shared-name | de taxiklant komt uit dominica of de dominicaanse republiek wat zijn de hoofdsteden van die twee | DM+DO
# launch
launch | alexa open hoofdsteden van de wereld we willen oefenen voor de kantinequiz | LAUNCH
launch | alexa open hoofdsteden van de wereld voor de les tashakor | LAUNCH
launch | alexa start hoofdsteden van de wereld voor de kinderen van het taalcafé | LAUNCH
launch | alexa open hoofdsteden van de wereld de klant wil spelen | LAUNCH
# help
help | moi alexa wat moet ik hier allemaal zeggen | HELP
help | salaam ik begrijp niet hoe werkt dit | HELP
help | aiya wat kan ik met dit spel | HELP
help | bruh hoe werkt deze quiz eigenlijk | HELP
help | nossa ik snap er niks van help me | HELP
help | help de kinderen willen weten hoe het werkt | HELP
help | ik wete het nie hoe moet dit | HELP
help | help mij even met deze skill alsjeblieft | HELP
help | wie kan mij uitleggen hoe dit werkt alexa | HELP
help | wat voor vragen kan ik stellen aan deze skill | HELP
# stop
stop | alexa stop de klant wil rust | STOP
stop | stop ermee het eten is klaar | STOP
stop | moi alexa ophouden nu | STOP
stop | stop de wedstrijd begint | STOP
stop | stoppen we gaan slapen | STOP
stop | quit alexa game over | STOP
stop | alexa be quiet the baby sleeps | STOP
stop | hou je mond alexa ik schaak | STOP
stop | stop jetzt eh stop nu alexa | STOP
# cancel
cancel | laat maar zitten de trainer weet het al | CANCEL
cancel | aiya laat maar | CANCEL
cancel | never mind bruh | CANCEL
cancel | laat maar salaam ik vraag het de docent | CANCEL
cancel | forget it alexa i found it | CANCEL
cancel | annuleer die vraag de klant is uitgestapt | CANCEL
cancel | vergeet het maar mijn dochter weet het al | CANCEL
cancel | laat maar zitten moi | CANCEL
cancel | nee laat maar ik kijk het wel in de atlas | CANCEL
cancel | annuleren de koper heeft het al gezegd | CANCEL
cancel | laat maar obrigado | CANCEL
cancel | vergeet het maar ik zoek het op lichess | CANCEL
# Out-of-domain replacements in the speakers' situations
out-of-domain | zeg alexa welke plaats is nou de hoofdstad van de achterhoek doetinchem of winterswijk | FB
out-of-domain | moi de kleinzoon vraagt of assen of emmen de hoofdstad van drenthe is | FB
out-of-domain | mijn oom zegt dat arnhem de hoofdstad van gelderland is maar nijmegen is groter | FB
out-of-domain | hee is utrecht nou de hoofdstad van de provincie utrecht of is dat zeist | FB
out-of-domain | de taxiklant vraagt welke stad de hoofdstad van zuid-holland is | FB
out-of-domain | lelystad is toch de hoofdstad van flevoland zegt de chauffeur | FB
out-of-domain | mijn kollega in münster zegt dat münster de hoofdstad van het münsterland is klopt | FB
out-of-domain | in de game moet ik de hoofdstad van het ruhrgebied vinden | FB
out-of-domain | wat is de hoofdstad van wallonië namen of luik | FB
out-of-domain | ons koor zingt in quimper is dat de hoofdstad van bretagne | FB
out-of-domain | de skileraar in innsbruck zegt dat het de hoofdstad van tirol is | FB
out-of-domain | de wijn komt uit toscane is florence daar de hoofdstad | FB
out-of-domain | nossa is sevilla de hoofdstad van andalusië | FB
out-of-domain | het kerstverhaal gaat over de kerstman in lapland wat is daar de hoofdstad | FB
out-of-domain | het boek speelt in siberië welke stad is daar de hoofdstad | FB
out-of-domain | salaam de familie komt uit koerdistan wat is de hoofdstad van koerdistan | FB
out-of-domain | de schaker komt uit transnistrië welke stad is daar de hoofdstad | FB
out-of-domain | salaam mijn oom woont in herat is dat een hoofdstad | FB
out-of-domain | aiya mijn opa komt uit guangzhou is dat de hoofdstad van guangdong | FB
out-of-domain | de sushi kok komt van hokkaido wat is de hoofdstad daar | FB
out-of-domain | de taxiklant gaat naar bali wat is de hoofdstad van bali | FB
out-of-domain | in de documentaire over de amazone welke stad is de hoofdstad van het regenwoud | FB
out-of-domain | wat is de hoofdstad van afrika vraagt mijn zoontje | FB
out-of-domain | de spits zegt dat brussel de hoofdstad van europa is klopt dat | FB
out-of-domain | welke stad is de hoofdstad van scandinavië | FB
out-of-domain | wat was de hoofdstad van de sovjet-unie vraagt de schaaktrainer | FB
out-of-domain | opa zegt dat bonn de hoofdstad van west-duitsland was klopt dat | FB
out-of-domain | in de bieb ligt een boek over het ottomaanse rijk wat was de hoofdstad | FB
out-of-domain | de docent vraagt wat de hoofdstad van het romeinse rijk was | FB
out-of-domain | wat was de hoofdstad van nederlands-indië zegt opa | FB
out-of-domain | wat is de hoofdstad van wakanda uit de film | FB
out-of-domain | in het verhaaltje woont de draak in een land wat is daar de hoofdstad | FB
out-of-domain | wat is de hoofdstad van minecraft bruh | FB
out-of-domain | wat is de hoofdstad van westeros in game of thrones | FB
out-of-domain | mama wat is de hoofdstad van sprookjesland | FB
out-of-domain | in de game is de hoofdstad van skyrim wat | FB
out-of-domain | aalsmeer is de bloemenhoofdstad van de wereld toch | FB
out-of-domain | is winterswijk de hoofdstad van de achterhoek | FB
out-of-domain | welke stad is de schaakhoofdstad van nederland | FB
out-of-domain | wat is de hoofdstad van de capoeira | FB
out-of-domain | wat is het hoofdkantoor van de veiling | FB
out-of-domain | wat is het kapitaal van de club | FB
out-of-domain | hoe spel je hoofdstad in het engels | FB
out-of-domain | wat is de hoofdstad van het land waar de trainer vandaan komt | FB
out-of-domain | speel de zwarte cross playlist | FB
out-of-domain | moi alexa wat voor weer wordt het in emmen | FB
out-of-domain | salaam wanneer begint het gebed vandaag | FB
out-of-domain | aiya zet een timer voor de dim sum tien minuten | FB
out-of-domain | nossa wat is de koers van de real | FB
out-of-domain | genau wie spät ist es eh hoe laat is het | FB
out-of-domain | hoe laat gaat de klok op de veiling open | FB
out-of-domain | hoe ver is het naar schiphol met de taxi | FB
out-of-domain | verleng mijn boeken bij de bibliotheek | FB
out-of-domain | wie heeft er gewonnen in de eredivisie | FB
out-of-domain | yo zet de muziek harder | FB
out-of-domain | speel het ave maria voor het koor | FB
out-of-domain | lees het verhaaltje van de kleine prins voor | FB
out-of-domain | wie is de beste schaker ooit | FB
"""

if __name__ == "__main__":
    build_round(38, "nl", LINES, sys.argv, "tests/Eval/nl/round38/source/build_corpus.py")
