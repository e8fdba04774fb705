"""Round 36, Dutch (nl-NL): a new author's own mix, written blind (brief WRITER52.md). Speakers chosen away from the
groups of the Dutch round 35 and the rounds it lists as avoided (see tests/Eval/README.md, round 35): Zeeuwen of
Middelburg, Vlissingen and Zierikzee ("ik weet het nie", "ja joh", the ferry, the mussels), Groningers of the city and
the Ommelanden ("moi", "zeg mor", "jong", Eurosonic), Rotterdammers of Feijenoord and the port ("effe", "ouwe", the
Maasvlakte, Feyenoord), Turkish Dutch families ("abi", "tamam", "yani", "hadi"), Polish workers in the Westland
greenhouses ("dobra", "no", learner grammar), Surinamese Dutch of Amsterdam Zuidoost ("ey", "mi no sabi", "baya",
"no span"), Frisians mixing in Frisian ("ik wit it net", "heit", "mem", "tige tank"), Brabanders at carnaval
("hedde gij", "weette gij", "houdoe", Oeteldonk), care home staff and residents, students in Utrecht, Leiden and
Nijmegen ("bro", "literally", the tentamen), NS and international train conductors, Schiphol ground staff, GeoGuessr
players and streamers ("gg", "no way", chat). Situations: Sinterklaas (pakjesavond, poems, surprises), Koningsdag (the
vrijmarkt, street quizzes) and the scouts (the camp, the jamboree, badges).
Plus follow-ups, plural capitals, subdivisions and territories (German, American, Canadian, Australian, Brazilian,
Indian and Mexican states, the UK's nations, the Caribbean parts of the kingdom, overseas islands, Taiwan, Kosovo,
Palestine, the Vatican), yes/no checks, self-corrections, reverse questions, official, everyday and old names, shared
names, launch by the card's name "hoofdsteden van de wereld", help, stop and cancel in those speakers' words, and
out-of-domain requests and near misses.
`python3 tests/Eval/nl/round36/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 36's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Zeeuwen (Middelburg, Vlissingen, Zierikzee): "ik weet het nie", "ja joh", "da's"
zeeuws | ik weet het nie meer alexa wat was de hoofdstad van {} ook alweer | andorra=AD; de emiraten=AE; afghanistan=AF
zeeuws | op de boulevard in vlissingen liep een stel uit {} wat is daar de hoofdstad van | antigua en barbuda=AG; albanië=AL; armenië=AM
zeeuws | er ligt een vrachtschip uit {} in de sloehaven welke stad is daar de hoofdstad | angola=AO; argentinië=AR; oostenrijk=AT
zeeuws | de mosselen gaan naar {} ja joh wat is de hoofdstad daar | australië=AU; azerbeidzjan=AZ; bosnië en herzegovina=BA
# Groningers (Stad, Ommelanden): "moi", "zeg mor", "jong"
gronings | moi alexa zeg mor wat de hoofdstad van {} is | barbados=BB; bangladesh=BD; belgië=BE
gronings | jong ik heb een studiegenoot uit {} in stad hoe heet de hoofdstad daar | burkina faso=BF; bulgarije=BG; bahrein=BH
gronings | bij de gasboringen werkte vroeger een man uit {} wat is daar de hoofdstad | burundi=BI; brunei=BN; brazilië=BR
gronings | op het eurosonic festival speelde een band uit {} wat is daar de hoofdstad van | de bahama's=BS; bhutan=BT; botswana=BW
# Rotterdammers (Feijenoord, the port, the Maasvlakte): "effe", "ouwe", "gewoon"
rotterdams | zeg alexa effe tussendoor wat is de hoofdstad van {} | belarus=BY; belize=BZ; canada=CA
rotterdams | op de maasvlakte staat een container uit {} welke stad is daar nou de hoofdstad | de centraal-afrikaanse republiek=CF; zwitserland=CH; chili=CL
rotterdams | die nieuwe spits van feyenoord komt uit {} wat is de hoofdstad van dat land | kameroen=CM; china=CN; colombia=CO
rotterdams | er ligt een cruiseschip aan de wilhelminakade uit {} hoe heet de hoofdstad daar | costa rica=CR; cuba=CU; kaapverdië=CV
# Turkish Dutch families: "abi", "tamam", "yani", "hadi"
turks | abi alexa wat is de hoofdstad van {} | cyprus=CY; tsjechië=CZ; duitsland=DE
turks | hadi alexa mijn zoon vraagt de hoofdstad van {} | djibouti=DJ; denemarken=DK; dominica=DM
turks | tamam alexa en de hoofdstad van {} yani welke stad is dat | de dominicaanse republiek=DO; algerije=DZ; ecuador=EC
turks | mijn oom rijdt met de vrachtwagen door {} wat is daar de hoofdstad | estland=EE; egypte=EG; eritrea=ER
# Polish workers in the Westland greenhouses: "dobra", "no", learner grammar
pools | dobra alexa wat is hoofdstad van {} | spanje=ES; ethiopië=ET; finland=FI
pools | in de kas mijn collega komt uit {} welke stad is de hoofdstad daar | fiji=FJ; micronesië=FM; frankrijk=FR
pools | no alexa de tomaten gaan naar {} wat is hoofdstad van dit land | gabon=GA; het verenigd koninkrijk=GB; grenada=GD
pools | de uitzendbureau stuurt mensen uit {} hoe heet de hoofdstad daar | georgië=GE; ghana=GH; gambia=GM
# Surinamese Dutch (Amsterdam Zuidoost, Paramaribo family): "mi no sabi", "ey", "baya", "no span"
surinaams | ey alexa mi no sabi wat is de hoofdstad van {} | guinee=GN; equatoriaal-guinea=GQ; griekenland=GR
surinaams | baya mijn tante gaat op vakantie naar {} wat is daar de hoofdstad | guatemala=GT; guinee-bissau=GW; guyana=GY
surinaams | op het kwakoe festival stond een kraam uit {} welke stad is daar de hoofdstad | honduras=HN; kroatië=HR; haïti=HT
surinaams | no span alexa zeg me gewoon de hoofdstad van {} | hongarije=HU; indonesië=ID; ierland=IE
# Frisians (Leeuwarden, Sneek, the islands): Frisian mixed in, "heit", "mem", "ik wit it net"
fries | ik wit it net alexa wat is de hoofdstad van {} | israël=IL; india=IN; irak=IQ
fries | heit vraagt aan de keukentafel wat de hoofdstad van {} is | iran=IR; ijsland=IS; italië=IT
fries | op de elfstedentocht reed een schaatser uit {} mee welke stad is daar de hoofdstad | jamaica=JM; jordanië=JO; japan=JP
fries | mem heeft een pakketje gekregen uit {} wat is de hoofdstad van dat land | kenia=KE; kirgizië=KG; cambodja=KH
# Brabanders (Tilburg, Den Bosch, Eindhoven), carnaval: "houdoe", "gij", "hedde", "da's"
brabants | alexa weette gij de hoofdstad van {} | kiribati=KI; de comoren=KM; saint kitts en nevis=KN
brabants | met carnaval in oeteldonk stond er een gast uit {} naast me wat is daar de hoofdstad | noord-korea=KP; zuid-korea=KR; koeweit=KW
brabants | bij philips in eindhoven heb ik een collega uit {} hoe heet de hoofdstad daar | kazachstan=KZ; laos=LA; libanon=LB
brabants | hedde gij enig idee alexa wat de hoofdstad van {} is | saint lucia=LC; liechtenstein=LI; liberia=LR
# Care home staff and residents (verpleeghuis)
zorg | meneer de vries op kamer twaalf wil weten wat de hoofdstad van {} is | lesotho=LS; litouwen=LT; luxemburg=LU
zorg | mevrouw heeft vroeger in {} gewoond en is de hoofdstad vergeten welke stad is het | letland=LV; libië=LY; marokko=MA
zorg | bij het geheugenspel in de huiskamer vraag ik de hoofdstad van {} | monaco=MC; moldavië=MD; montenegro=ME
zorg | de nieuwe collega in de nachtdienst komt uit {} wat is daar de hoofdstad | madagaskar=MG; de marshalleilanden=MH; noord-macedonië=MK
# Students (Utrecht, Leiden, Nijmegen), code-switching: "literally", "bro", "tentamen"
student | bro alexa wat is literally de hoofdstad van {} | mali=ML; myanmar=MM; mongolië=MN
student | mijn huisgenoot gaat op exchange naar {} wat is de hoofdstad daar | mauritanië=MR; malta=MT; mauritius=MU
student | voor het tentamen internationale betrekkingen moet ik de hoofdstad van {} weten | de malediven=MV; malawi=MW; mexico=MX
student | op de borrel zei iemand dat hij uit {} komt wat is de hoofdstad daarvan | mozambique=MZ; namibië=NA; niger=NE
# NS and international train conductors
conducteur | in de trein zit een reiziger uit {} die vraagt me de hoofdstad welke is dat | nigeria=NG; nicaragua=NI; noorwegen=NO
conducteur | de ice naar frankfurt heeft een groep uit {} aan boord wat is daar de hoofdstad | nepal=NP; nauru=NR; nieuw-zeeland=NZ
conducteur | een toerist uit {} heeft het verkeerde kaartje wat is de hoofdstad van zijn land | oman=OM; panama=PA; peru=PE
# Schiphol ground staff
schiphol | op pier d staat een toestel uit {} wat is de hoofdstad van dat land | papoea-nieuw-guinea=PG; de filipijnen=PH; pakistan=PK
schiphol | er ligt een koffer met een label uit {} bij de bagageband welke stad is daar de hoofdstad | polen=PL; portugal=PT; palau=PW
schiphol | de transferpassagier komt uit {} en vraagt naar zijn hoofdstad wat moet ik zeggen | paraguay=PY; qatar=QA; roemenië=RO
# GeoGuessr players and streamers: "gg", "no way", "lets go"
geoguessr | ik zit in geoguessr in {} maar wat is daar de hoofdstad | servië=RS; rusland=RU; rwanda=RW
geoguessr | no way ik ben gedropt in {} alexa snel wat is de hoofdstad | saoedi-arabië=SA; de salomonseilanden=SB; de seychellen=SC
geoguessr | chat vraagt wat de hoofdstad van {} is alexa help even | soedan=SD; zweden=SE; singapore=SG
geoguessr | gg mijn pin staat in {} welke stad is daar de hoofdstad | slovenië=SI; slowakije=SK; sierra leone=SL
# Sinterklaas evening (pakjesavond, poems, surprises)
sinterklaas | voor mijn sinterklaasgedicht moet ik weten wat de hoofdstad van {} is | san marino=SM; senegal=SN; somalië=SO
sinterklaas | de surprise is een globe en er staat {} op wat is daar de hoofdstad | suriname=SR; zuid-soedan=SS; sao tomé en principe=ST
sinterklaas | de pieten zeggen dat de boot langs {} vaart wat is de hoofdstad daar | el salvador=SV; syrië=SY; tsjaad=TD
# Koningsdag (the free market, the quiz in the street)
koningsdag | op de vrijmarkt verkoopt een jongen munten uit {} wat is de hoofdstad daar | togo=TG; thailand=TH; tadzjikistan=TJ
koningsdag | bij de straatquiz op koningsdag moest je de hoofdstad van {} raden welke is het | oost-timor=TL; turkmenistan=TM; tunesië=TN
koningsdag | de koning was op staatsbezoek in {} wat is daar ook weer de hoofdstad | tonga=TO; turkije=TR; trinidad en tobago=TT
# Scouts (the troop, the summer camp, the jamboree)
scouting | op de jamboree stond onze tent naast een groep uit {} wat is de hoofdstad van hun land | tuvalu=TV; tanzania=TZ; oekraïne=UA
scouting | de leiding vraagt bij het kampvuur de hoofdstad van {} | oeganda=UG; de verenigde staten=US; uruguay=UY
scouting | op de badge van de nieuwe welp staat {} welke stad is daar de hoofdstad | oezbekistan=UZ; saint vincent en de grenadines=VC; venezuela=VE
scouting | voor de postentocht moeten de verkenners de hoofdstad van {} vinden | vietnam=VN; vanuatu=VU; samoa=WS
scouting | de penvriend van onze gids woont in {} hoe heet de hoofdstad daar | jemen=YE; zambia=ZM; zimbabwe=ZW
fries | myn omke hat in {} wenne wat is de hoofdstad dêr | benin=BJ; bolivia=BO; ivoorkust=CI
turks | canim alexa de hoofdstad van {} lazim voor mijn huiswerk | sri lanka=LK; maleisië=MY; eswatini=SZ
conducteur | de reiziger in de thalys komt uit {} en vraagt de hoofdstad welke is het | nederland=NL; zuid-afrika=ZA; de democratische republiek congo=CD
schiphol | de crew komt net terug uit {} wat is de hoofdstad daarvan | de republiek congo=CG; gambia=GM; kosovo=XK
# subdivisions: US states, each with a reason
subdivision | mijn dochter doet een uitwisseling in alabama welke stad is daar de hoofdstad | US-AL
subdivision | de conducteur vertelt dat hij naar alaska gaat om te vissen wat is de hoofdstad van alaska | US-AK
subdivision | de grand canyon ligt in arizona toch wat is daar de hoofdstad | US-AZ
subdivision | ik zag een documentaire over arkansas hoe heet de hoofdstad van die staat | US-AR
subdivision | de studenten gaan naar san francisco maar wat is eigenlijk de hoofdstad van californië | US-CA
subdivision | in de zorg werkte een amerikaanse uit colorado welke stad is de hoofdstad daar | US-CO
subdivision | de roeiers van de universiteit racen tegen yale in connecticut wat is de hoofdstad van connecticut | US-CT
subdivision | het schip in de rotterdamse haven is geregistreerd in delaware wat is de hoofdstad van delaware | US-DE
subdivision | opa overwintert in florida maar weet de hoofdstad niet welke is dat | US-FL
subdivision | mijn tante uit paramaribo woont nu in de staat georgia in amerika wat is daar de hoofdstad | US-GA
subdivision | de surfer op scheveningen komt uit hawaï hoe heet de hoofdstad van hawaï | US-HI
subdivision | op de aardappelbeurs in emmeloord stond een boer uit idaho wat is de hoofdstad van idaho | US-ID
subdivision | chicago ligt in illinois maar is chicago ook de hoofdstad daar | US-IL
subdivision | de race van indianapolis is in indiana maar wat is de hoofdstad van indiana | US-IN
subdivision | de maïsboer uit iowa op bezoek in de betuwe welke stad is de hoofdstad van iowa | US-IA
subdivision | dorothy uit de film komt uit kansas wat is de hoofdstad van kansas | US-KS
subdivision | de bourbon in de kroeg komt uit kentucky welke stad is daar de hoofdstad | US-KY
subdivision | new orleans ligt in louisiana is dat ook de hoofdstad van louisiana | US-LA
subdivision | de kreeft in het restaurant komt uit maine wat is de hoofdstad van maine | US-ME
subdivision | de marine academie staat in maryland welke stad is de hoofdstad van maryland | US-MD
subdivision | mijn huisgenoot doet een master in boston welke staat is dat en is boston daar de hoofdstad van massachusetts | US-MA
subdivision | de auto's kwamen vroeger uit detroit in michigan wat is de hoofdstad van michigan | US-MI
subdivision | de scouts van minneapolis vragen of dat de hoofdstad van minnesota is of een andere stad | US-MN
subdivision | de bluesmuziek komt uit mississippi wat is daar de hoofdstad van | US-MS
subdivision | de tante van mijn collega woont in saint louis in missouri wat is de hoofdstad van missouri | US-MO
subdivision | de cowboy in de film rijdt door montana hoe heet de hoofdstad van montana | US-MT
subdivision | de boer in groningen heeft koeien gekocht uit nebraska wat is de hoofdstad van nebraska | US-NE
subdivision | las vegas ligt in nevada maar wat is daar de hoofdstad | US-NV
subdivision | de voorverkiezingen beginnen in new hampshire welke stad is de hoofdstad daar | US-NH
subdivision | de stewardess woont in new jersey vlak bij new york wat is de hoofdstad van new jersey | US-NJ
subdivision | de serie speelt in albuquerque in new mexico wat is de hoofdstad van new mexico | US-NM
subdivision | is new york city de hoofdstad van de staat new york of is het een andere stad | US-NY
subdivision | de basketballer komt uit north carolina wat is de hoofdstad van north carolina | US-NC
subdivision | de oliewerkers uit north dakota welke stad is daar de hoofdstad | US-ND
subdivision | de voetbalclub van columbus speelt in ohio is columbus de hoofdstad van ohio | US-OH
subdivision | de tornado op het nieuws was in oklahoma wat is de hoofdstad van oklahoma | US-OK
subdivision | de student heeft een beurs in portland in oregon wat is de hoofdstad van oregon | US-OR
subdivision | de amish wonen in pennsylvania welke stad is de hoofdstad van pennsylvania | US-PA
subdivision | de kleinste staat is rhode island toch wat is daar de hoofdstad | US-RI
subdivision | de golfbaan in de reisfolder ligt in south carolina wat is de hoofdstad van south carolina | US-SC
subdivision | mount rushmore staat in south dakota hoe heet de hoofdstad daar | US-SD
subdivision | de countryzanger komt uit tennessee is nashville de hoofdstad van tennessee | US-TN
subdivision | de oliebaas in de serie woont in texas wat is de hoofdstad van texas is dat houston | US-TX
subdivision | de skiërs gaan naar utah welke stad is de hoofdstad van utah | US-UT
subdivision | de ijsjes van ben en jerry komen uit vermont wat is de hoofdstad van vermont | US-VT
subdivision | de kolonisten kwamen aan in virginia wat is nu de hoofdstad van virginia | US-VA
subdivision | seattle ligt in de staat washington maar wat is de hoofdstad van de staat washington | US-WA
subdivision | het liedje gaat over west virginia wat is de hoofdstad van west virginia | US-WV
subdivision | de kaas in de winkel komt uit wisconsin wat is de hoofdstad van wisconsin | US-WI
subdivision | yellowstone ligt grotendeels in wyoming welke stad is de hoofdstad daar | US-WY
subdivision | het witte huis staat in washington dc maar heeft dc zelf een hoofdstad | US-DC
# German states
subdivision | de vrachtwagen van de kas gaat naar stuttgart is dat de hoofdstad van baden-württemberg | DE-BW
subdivision | met carnaval gaan we soms naar münchen is dat de hoofdstad van beieren | DE-BY
subdivision | de scouts gaan op kamp bij berlijn is berlijn een deelstaat met een eigen hoofdstad | DE-BE
subdivision | de reizigers stappen over naar potsdam is dat de hoofdstad van brandenburg | DE-BB
subdivision | de werder fan in de trein vraagt of bremen een eigen deelstaat met een hoofdstad is | DE-HB
subdivision | het containerschip gaat van rotterdam naar hamburg is hamburg zelf een deelstaat met een hoofdstad | DE-HH
subdivision | de ice stopt in frankfurt maar wat is eigenlijk de hoofdstad van hessen | DE-HE
subdivision | we fietsen langs de oostzee in mecklenburg-voor-pommeren welke stad is daar de hoofdstad | DE-MV
subdivision | de groningers gaan vaak naar nedersaksen over de grens wat is de hoofdstad van nedersaksen | DE-NI
subdivision | de brabanders rijden naar noordrijn-westfalen voor de kerstmarkt wat is de hoofdstad daar | DE-NW
subdivision | de wijn uit de moezel komt uit rijnland-palts welke stad is de hoofdstad van rijnland-palts | DE-RP
subdivision | de conducteur vraagt wat de hoofdstad van het saarland is | DE-SL
subdivision | de dresdner stollen komt uit saksen is dresden de hoofdstad van saksen | DE-SN
subdivision | maagdenburg of magdeburg is dat de hoofdstad van saksen-anhalt | DE-ST
subdivision | de zeilers uit friesland gaan naar kiel wat is de hoofdstad van sleeswijk-holstein | DE-SH
subdivision | de bratwurst komt uit thüringen welke stad is daar de hoofdstad | DE-TH
# Canadian provinces and territories
subdivision | de familie van de veteraan woont in alberta wat is de hoofdstad van alberta | CA-AB
subdivision | is vancouver de hoofdstad van brits-columbia of is het een andere stad | CA-BC
subdivision | de studente gaat naar winnipeg is dat de hoofdstad van manitoba | CA-MB
subdivision | de kreeft komt uit new brunswick wat is de hoofdstad van new brunswick | CA-NB
subdivision | de ijsbergen bij newfoundland wat is de hoofdstad van newfoundland en labrador | CA-NL
subdivision | de zeilers van de scouting gaan naar nova scotia welke stad is daar de hoofdstad | CA-NS
subdivision | het noorderlicht in de northwest territories welke stad is de hoofdstad daar | CA-NT
subdivision | de inuit in nunavut wat is de hoofdstad van nunavut | CA-NU
subdivision | toronto ligt in ontario is dat de hoofdstad van ontario of niet | CA-ON
subdivision | het boek anne of green gables speelt op prins edwardeiland wat is daar de hoofdstad | CA-PE
subdivision | in quebec spreken ze frans wat is de hoofdstad van de provincie quebec | CA-QC
subdivision | de tarwe van de bakker komt uit saskatchewan wat is de hoofdstad van saskatchewan | CA-SK
subdivision | de goudzoekers van de yukon welke stad is de hoofdstad van yukon | CA-YT
# Australian states and territories
subdivision | mijn neef werkt op een farm in nieuw-zuid-wales is sydney daar de hoofdstad | AU-NSW
subdivision | de backpacker zit in queensland bij het rif wat is de hoofdstad van queensland | AU-QLD
subdivision | de wijn komt uit zuid-australië welke stad is daar de hoofdstad | AU-SA
subdivision | de tasmaanse duivel leeft op tasmanië wat is de hoofdstad van tasmanië | AU-TAS
subdivision | de tennisser speelt in melbourne is dat de hoofdstad van de staat victoria | AU-VIC
subdivision | de mijnwerkers in west-australië welke stad is de hoofdstad daar | AU-WA
subdivision | uluru ligt in het noordelijk territorium wat is daar de hoofdstad | AU-NT
subdivision | canberra ligt in een apart territorium hoe heet de hoofdstad van het australian capital territory | AU-ACT
# UK nations
subdivision | mijn zus studeert in londen is dat de hoofdstad van engeland of van heel brittannië | GB-ENG
subdivision | de whisky komt uit schotland welke stad is de hoofdstad van schotland | GB-SCT
subdivision | de rugbyfans uit wales wat is de hoofdstad van wales | GB-WLS
subdivision | de titanic is gebouwd in belfast is dat de hoofdstad van noord-ierland | GB-NIR
# Brazilian states
subdivision | de rubber kwam vroeger uit acre in brazilië wat is de hoofdstad van acre | BR-AC
subdivision | de capoeira leraar komt uit alagoas welke stad is daar de hoofdstad | BR-AL
subdivision | manaus ligt midden in het regenwoud is dat de hoofdstad van amazonas | BR-AM
subdivision | de deelstaat amapá grenst aan frans-guyana wat is de hoofdstad van amapá | BR-AP
subdivision | de braziliaanse voetballer komt uit salvador is dat de hoofdstad van bahia | BR-BA
subdivision | fortaleza ligt aan zee is dat de hoofdstad van ceará | BR-CE
subdivision | brasilia ligt in het federaal district van brazilië wat is daar de hoofdstad | BR-DF
subdivision | de koffie komt uit espírito santo wat is de hoofdstad van espírito santo | BR-ES
subdivision | de sojaboer in goiás welke stad is de hoofdstad van goiás | BR-GO
subdivision | de studente doet onderzoek in maranhão wat is daar de hoofdstad | BR-MA
subdivision | belo horizonte is dat de hoofdstad van minas gerais | BR-MG
subdivision | de pantanal ligt deels in mato grosso do sul wat is de hoofdstad van mato grosso do sul | BR-MS
subdivision | en wat is de hoofdstad van mato grosso zonder do sul | BR-MT
subdivision | de açaí komt uit pará welke stad is daar de hoofdstad | BR-PA
subdivision | de forró danser komt uit paraíba wat is de hoofdstad van paraíba | BR-PB
subdivision | recife is dat de hoofdstad van pernambuco | BR-PE
subdivision | de staat piauí in het noordoosten wat is daar de hoofdstad | BR-PI
subdivision | curitiba ligt in paraná is dat de hoofdstad van paraná | BR-PR
subdivision | is rio de janeiro ook de hoofdstad van de staat rio de janeiro | BR-RJ
subdivision | de vakantie gaat naar natal in rio grande do norte is dat de hoofdstad daar | BR-RN
subdivision | de boeren in rondônia welke stad is de hoofdstad van rondônia | BR-RO
subdivision | roraima grenst aan venezuela wat is de hoofdstad van roraima | BR-RR
subdivision | de gaúcho komt uit rio grande do sul wat is de hoofdstad van rio grande do sul | BR-RS
subdivision | florianópolis ligt op een eiland is dat de hoofdstad van santa catarina | BR-SC
subdivision | de kleinste staat van brazilië is sergipe wat is daar de hoofdstad | BR-SE
subdivision | is são paulo de hoofdstad van de staat são paulo | BR-SP
subdivision | de jongste staat van brazilië tocantins wat is de hoofdstad van tocantins | BR-TO
# Indian states and union territories
subdivision | de yogaleraar gaat naar andhra pradesh wat is de hoofdstad van andhra pradesh | IN-AP
subdivision | arunachal pradesh ligt tegen china aan welke stad is daar de hoofdstad | IN-AR
subdivision | de thee van oma komt uit assam wat is de hoofdstad van assam | IN-AS
subdivision | de collega van philips komt uit patna is dat de hoofdstad van bihar | IN-BR
subdivision | de staat chhattisgarh in india hoe heet de hoofdstad daar | IN-CG
subdivision | de hippies gingen vroeger naar goa wat is de hoofdstad van goa | IN-GA
subdivision | gandhi kwam uit gujarat welke stad is de hoofdstad van gujarat | IN-GJ
subdivision | de boeren in haryana wat is de hoofdstad van haryana | IN-HR
subdivision | de bergtrein in himachal pradesh rijdt naar shimla is dat de hoofdstad | IN-HP
subdivision | de mijnen van jharkhand welke stad is de hoofdstad daar | IN-JH
subdivision | de it collega in bangalore is dat de hoofdstad van karnataka | IN-KA
subdivision | de kokosnoten komen uit kerala wat is de hoofdstad van kerala | IN-KL
subdivision | de tijgers in madhya pradesh wat is de hoofdstad van madhya pradesh | IN-MP
subdivision | bollywood zit in mumbai is dat de hoofdstad van maharashtra | IN-MH
subdivision | manipur in het oosten van india welke stad is daar de hoofdstad | IN-MN
subdivision | het regent het meest in meghalaya wat is de hoofdstad van meghalaya | IN-ML
subdivision | de deelstaat mizoram hoe heet de hoofdstad | IN-MZ
subdivision | de scoutinggroep uit nagaland op de jamboree wat is hun hoofdstad | IN-NL
subdivision | de tempels van odisha welke stad is de hoofdstad van odisha | IN-OD
subdivision | de sikhs uit de punjab in india wat is daar de hoofdstad | IN-PB
subdivision | de roze stad jaipur is dat de hoofdstad van rajasthan | IN-RJ
subdivision | sikkim in de himalaya wat is de hoofdstad van sikkim | IN-SK
subdivision | de student uit chennai zegt dat dat de hoofdstad van tamil nadu is klopt dat | IN-TN
subdivision | de programmeur uit hyderabad is dat de hoofdstad van telangana | IN-TS
subdivision | tripura in het noordoosten welke stad is daar de hoofdstad | IN-TR
subdivision | de taj mahal staat in uttar pradesh wat is de hoofdstad van uttar pradesh | IN-UP
subdivision | de arts in het verpleeghuis komt uit calcutta is dat de hoofdstad van west-bengalen | IN-WB
subdivision | de duikers op de andamanen en nicobaren welke stad is de hoofdstad daar | IN-AN
subdivision | chandigarh is een eigen gebied in india maar heeft het ook een hoofdstad | IN-CH
subdivision | het gebied dadra en nagar haveli en daman en diu wat is daar de hoofdstad | IN-DH
subdivision | is new delhi de hoofdstad van het gebied delhi | IN-DL
subdivision | de monniken in ladakh welke stad is de hoofdstad van ladakh | IN-LA
subdivision | de eilandjes van lakshadweep wat is daar de hoofdstad | IN-LD
subdivision | het franse stadje pondicherry is dat de hoofdstad van puducherry | IN-PY
# Mexican states
subdivision | de studente gaat naar aguascalientes in mexico wat is de hoofdstad van aguascalientes | MX-AGU
subdivision | de maya ruïnes in campeche welke stad is de hoofdstad daar | MX-CAM
subdivision | chiapas in het zuiden van mexico wat is de hoofdstad van chiapas | MX-CHP
subdivision | het hondje chihuahua komt uit de staat chihuahua wat is daar de hoofdstad | MX-CHH
subdivision | de autofabriek in coahuila welke stad is de hoofdstad van coahuila | MX-COA
subdivision | de kleine staat colima aan de kust wat is de hoofdstad van colima | MX-COL
subdivision | de western is gefilmd in durango wat is de hoofdstad van durango | MX-DUR
subdivision | acapulco ligt in guerrero is dat de hoofdstad van guerrero | MX-GRO
subdivision | de zilverstad in guanajuato wat is de hoofdstad van de staat guanajuato | MX-GUA
subdivision | hidalgo in mexico welke stad is daar de hoofdstad | MX-HID
subdivision | de mariachi komen uit jalisco is guadalajara de hoofdstad van jalisco | MX-JAL
subdivision | wat is de hoofdstad van de staat mexico dus niet het land maar de staat | MX-MEX
subdivision | de monarchvlinders overwinteren in michoacán welke stad is de hoofdstad van michoacán | MX-MIC
subdivision | de staat morelos ten zuiden van mexico-stad wat is daar de hoofdstad | MX-MOR
subdivision | de surfers gaan naar nayarit wat is de hoofdstad van nayarit | MX-NAY
subdivision | de bierbrouwerij in nuevo león is monterrey de hoofdstad van nuevo león | MX-NLE
subdivision | de mole saus komt uit oaxaca wat is de hoofdstad van oaxaca | MX-OAX
subdivision | de kever van volkswagen werd gebouwd in puebla welke stad is de hoofdstad van puebla | MX-PUE
subdivision | de vliegtuigfabriek in querétaro wat is de hoofdstad daar | MX-QUE
subdivision | cancún ligt in quintana roo is dat de hoofdstad van quintana roo | MX-ROO
subdivision | sinaloa in mexico welke stad is de hoofdstad van sinaloa | MX-SIN
subdivision | de staat san luis potosí hoe heet de hoofdstad | MX-SLP
subdivision | de woestijn van sonora wat is de hoofdstad van sonora | MX-SON
subdivision | de cacao komt uit tabasco wat is daar de hoofdstad | MX-TAB
subdivision | de grens bij tamaulipas welke stad is de hoofdstad van tamaulipas | MX-TAM
subdivision | tlaxcala de kleinste staat van mexico wat is de hoofdstad | MX-TLA
subdivision | de haven van veracruz is dat ook de hoofdstad van veracruz | MX-VER
subdivision | de cenotes in yucatán welke stad is de hoofdstad van yucatán | MX-YUC
subdivision | de zilvermijnen in zacatecas wat is de hoofdstad van zacatecas | MX-ZAC
subdivision | tijuana ligt in baja california is dat daar de hoofdstad | MX-BCN
subdivision | de walvissen bij baja california sur welke stad is daar de hoofdstad | MX-BCS
subdivision | mexico-stad is een eigen deelgebied heeft dat zelf een hoofdstad | MX-CMX
# territories and other places
subdivision | de surinaamse oom werkt op aruba wat is de hoofdstad van aruba | AW
subdivision | ey alexa wat is de hoofdstad van curaçao is dat willemstad | CW
subdivision | de cruise stopt op sint-maarten welke stad is daar de hoofdstad | SX
subdivision | de duikschool op bonaire hoort bij caribisch nederland wat is daar de hoofdstad | BQ
subdivision | de deense collega komt van de faeröer wat is de hoofdstad van de faeröer | FO
subdivision | groenland is zo groot wat is de hoofdstad van groenland | GL
subdivision | de veerboot naar åland in finland welke stad is de hoofdstad van åland | AX
subdivision | de ijsberen op spitsbergen wat is daar de hoofdstad | SJ
subdivision | de honkballer komt uit puerto rico wat is de hoofdstad van puerto rico | PR
subdivision | de raket vertrekt vanuit frans-guyana wat is de hoofdstad van frans-guyana | GF
subdivision | de vulkaan op réunion welke stad is de hoofdstad van réunion | RE
subdivision | de rum komt uit guadeloupe wat is de hoofdstad van guadeloupe | GP
subdivision | de zouk muziek uit martinique wat is de hoofdstad daar | MQ
subdivision | mayotte bij de comoren is frans welke stad is de hoofdstad van mayotte | YT
subdivision | het nikkel komt uit nieuw-caledonië wat is de hoofdstad van nieuw-caledonië | NC
subdivision | tahiti hoort bij frans-polynesië wat is de hoofdstad van frans-polynesië | PF
subdivision | de jachten liggen bij saint-barthélemy welke stad is daar de hoofdstad | BL
subdivision | de franse kant van het eiland saint-martin wat is daar de hoofdstad | MF
subdivision | de vissers van saint-pierre en miquelon wat is de hoofdstad daar | PM
subdivision | wallis en futuna in de stille oceaan welke stad is de hoofdstad | WF
subdivision | het geld van de bank zit op de kaaimaneilanden wat is de hoofdstad van de kaaimaneilanden | KY
subdivision | de bermuda driehoek en bermuda zelf wat is daar de hoofdstad | BM
subdivision | het strand van anguilla wat is de hoofdstad van anguilla | AI
subdivision | de turks en caicoseilanden welke stad is daar de hoofdstad | TC
subdivision | de zeilboot ligt bij de britse maagdeneilanden wat is de hoofdstad daar | VG
subdivision | de amerikaanse maagdeneilanden welke stad is de hoofdstad van de amerikaanse maagdeneilanden | VI
subdivision | de koeien van jersey wat is de hoofdstad van jersey | JE
subdivision | de veerboot naar guernsey welke stad is daar de hoofdstad | GG
subdivision | de motorraces op het eiland man wat is de hoofdstad van isle of man | IM
subdivision | de apen van gibraltar heeft gibraltar een hoofdstad | GI
subdivision | de oorlog om de falklandeilanden wat is daar de hoofdstad | FK
subdivision | napoleon zat op sint-helena wat is de hoofdstad van sint-helena | SH
subdivision | de muiters van de bounty op de pitcairneilanden welke plaats is de hoofdstad | PN
subdivision | de pinguïns op zuid-georgia wat is de hoofdstad van zuid-georgia en de zuidelijke sandwicheilanden | GS
subdivision | de militaire basis diego garcia is dat de hoofdstad van het brits indische oceaanterritorium | IO
subdivision | de franse zuidelijke gebieden in de indische oceaan hebben die een hoofdstad | TF
subdivision | het eiland norfolk bij australië wat is daar de hoofdstad | NF
subdivision | de krabben van christmaseiland wat is de hoofdstad van christmaseiland | CX
subdivision | de cocoseilanden bij australië welke plaats is de hoofdstad | CC
subdivision | de rugbyspeler komt van de cookeilanden wat is de hoofdstad daar | CK
subdivision | het eilandje niue in de stille oceaan wat is de hoofdstad van niue | NU
subdivision | tokelau bij nieuw-zeeland heeft dat een hoofdstad | TK
subdivision | de amerikaanse basis op guam wat is de hoofdstad van guam | GU
subdivision | de rugbyers van amerikaans-samoa welke stad is de hoofdstad van amerikaans-samoa | AS
subdivision | de noordelijke marianen wat is daar de hoofdstad | MP
subdivision | de woestijn van de westelijke sahara welke stad is daar de hoofdstad | EH
subdivision | de schiphol vlucht naar hongkong heeft hongkong een eigen hoofdstad | HK
subdivision | de casino's van macau heeft macau een hoofdstad | MO
subdivision | de onderzoekers op antarctica is daar een hoofdstad | AQ
subdivision | het eiland bouvet bij de zuidpool heeft dat een hoofdstad | BV
subdivision | de taiwanese collega zegt dat taipei de hoofdstad van taiwan is klopt dat | TW
subdivision | de paus woont in vaticaanstad is dat ook de hoofdstad | VA
# plural capitals
plural-capitals | de zeeuwse dominee zegt dat zuid-afrika drie hoofdsteden heeft welke zijn dat | ZA
plural-capitals | moi alexa welke hoofdsteden heeft bolivia | BO
plural-capitals | de juf bij de scouting zegt dat benin er twee heeft welke hoofdsteden zijn dat | BJ
plural-capitals | in de kas zegt mijn collega dat ivoorkust twee hoofdsteden heeft welke | CI
plural-capitals | de reiziger uit colombo vraagt wat de hoofdsteden van sri lanka zijn | LK
plural-capitals | bro welke hoofdsteden heeft maleisië eigenlijk | MY
plural-capitals | mevrouw op kamer acht vraagt wat de hoofdsteden van nederland zijn amsterdam en | NL
plural-capitals | de scouts van eswatini op de jamboree welke twee hoofdsteden heeft hun land | SZ
plural-capitals | welke steden zijn allebei hoofdstad van palestina | PS
plural-capitals | de vulkaan op montserrat heeft de oude hoofdstad verwoest wat zijn de hoofdsteden nu | MS
plural-capitals | jammu en kasjmir heeft een zomer en een winterhoofdstad welke zijn dat | IN-JK
plural-capitals | uttarakhand heeft twee hoofdsteden toch hoe heten die | IN-UK
plural-capitals | noem de hoofdsteden van belgië nederland en luxemburg voor de benelux quiz | BE+LU+NL
plural-capitals | de rotterdamse spits speelt in noorwegen en zweden wat zijn de hoofdsteden van die twee | NO+SE
plural-capitals | voor het tentamen wat zijn de hoofdsteden van estland letland en litouwen | EE+LT+LV
plural-capitals | ey alexa de hoofdsteden van suriname en guyana graag | GY+SR
plural-capitals | de conducteur vraagt naar de hoofdsteden van duitsland en oostenrijk | AT+DE
plural-capitals | de crew vliegt naar kenia en tanzania welke hoofdsteden zijn dat | KE+TZ
plural-capitals | de pieten varen langs spanje en italië wat zijn de hoofdsteden | ES+IT
plural-capitals | de buren komen uit marokko en turkije wat zijn de hoofdsteden van die landen | MA+TR
plural-capitals | hadi alexa wat zijn de hoofdsteden van turkije en azerbeidzjan | AZ+TR
plural-capitals | de hoofdsteden van schotland en wales alsjeblieft | GB-SCT+GB-WLS
plural-capitals | ik wit it net wat zijn de hoofdsteden van denemarken en ijsland | DK+IS
plural-capitals | mijn opa heeft in indonesië en de filipijnen gevaren wat zijn daar de hoofdsteden | ID+PH
plural-capitals | dobra alexa hoofdsteden van polen en oekraïne | PL+UA
plural-capitals | noem even de hoofdsteden van alle landen in de benelux en van zwitserland erbij | BE+CH+LU+NL
plural-capitals | de hoofdsteden van texas en californië wat zijn die | US-CA+US-TX
plural-capitals | in geoguessr zit ik tussen chili en argentinië wat zijn beide hoofdsteden | AR+CL
plural-capitals | welke hoofdsteden heeft zuid-afrika want ik dacht alleen kaapstad | ZA
plural-capitals | mi no sabi hoeveel hoofdsteden heeft bolivia en welke zijn het | BO
plural-capitals | hoezo heeft nederland twee hoofdsteden welke zijn dat dan | NL
plural-capitals | welke steden zijn de hoofdsteden van de ivoorkust | CI
# yes-no checks
yes-no-check | ik weet het nie is middelburg de hoofdstad van zeeland nee wacht is brussel de hoofdstad van belgië | BE
yes-no-check | jong is oslo nou de hoofdstad van noorwegen of van zweden | NO
yes-no-check | klopt het dat canberra de hoofdstad van australië is en niet sydney | AU
yes-no-check | abi is ankara echt de hoofdstad van turkije | TR
yes-no-check | is warschau de hoofdstad van polen tak of nie | PL
yes-no-check | ey is paramaribo de hoofdstad van suriname ja toch | SR
yes-no-check | hedde gij gehoord dat bern de hoofdstad van zwitserland is klopt dat | CH
yes-no-check | mevrouw denkt dat rio nog de hoofdstad van brazilië is klopt dat nog | BR
yes-no-check | literally iedereen denkt dat toronto de hoofdstad van canada is maar is het ottawa | CA
yes-no-check | de reiziger zegt dat boedapest de hoofdstad van hongarije is klopt dat | HU
yes-no-check | de passagier vraagt of astana de hoofdstad van kazachstan is | KZ
yes-no-check | gg was dat nou canberra of sydney in australië welke is de hoofdstad | AU
yes-no-check | in mijn gedicht staat dat madrid de hoofdstad van spanje is klopt dat wel | ES
yes-no-check | is tokio de hoofdstad van japan of is het kyoto | JP
yes-no-check | de welpen zeggen dat wellington de hoofdstad van nieuw-zeeland is hebben ze gelijk | NZ
yes-no-check | dubai is toch de hoofdstad van de emiraten | AE
yes-no-check | de kapitein zegt dat valletta de hoofdstad van malta is klopt dat | MT
yes-no-check | is cardiff echt de hoofdstad van wales | GB-WLS
yes-no-check | is sacramento echt de hoofdstad van californië en niet los angeles | US-CA
yes-no-check | is düsseldorf de hoofdstad van noordrijn-westfalen of keulen | DE-NW
yes-no-check | is naypyidaw de hoofdstad van myanmar of nog steeds yangon | MM
yes-no-check | de collega zegt dat almaty de hoofdstad van kazachstan is klopt dat nog | KZ
yes-no-check | is pretoria de enige hoofdstad van zuid-afrika | ZA
yes-no-check | is quebec de hoofdstad van de provincie quebec | CA-QC
yes-no-check | is lhasa de hoofdstad van china | CN
yes-no-check | dobra is kiev de hoofdstad van oekraïne | UA
yes-no-check | is taipei de hoofdstad van taiwan of is dat taichung | TW
yes-no-check | is den haag eigenlijk de hoofdstad van nederland | NL
yes-no-check | is sucre of la paz de hoofdstad van bolivia | BO
yes-no-check | de scouts zeggen dat reykjavik de hoofdstad van ijsland is klopt dat | IS
yes-no-check | is islamabad de hoofdstad van pakistan of karachi | PK
yes-no-check | is nuuk echt de hoofdstad van groenland | GL
yes-no-check | is hobart de hoofdstad van tasmanië | AU-TAS
yes-no-check | is lucknow de hoofdstad van uttar pradesh | IN-UP
# self-corrections
self-correction | wat is de hoofdstad van zweden nee sorry van zwitserland | CH
self-correction | moi alexa de hoofdstad van oostenrijk eh nee australië | AU
self-correction | abi de hoofdstad van irak nee iran bedoel ik | IR
self-correction | dobra de hoofdstad van slowakije nee slovenië | SI
self-correction | ey wat is de hoofdstad van guyana eh nee frans-guyana | GF
self-correction | ik wit it net de hoofdstad van ijsland nee ierland | IE
self-correction | hedde gij de hoofdstad van oostenrijk of nee wacht van hongarije | HU
self-correction | meneer vraagt de hoofdstad van niger nee nigeria zegt hij | NG
self-correction | bro de hoofdstad van mali nee malawi | MW
self-correction | de reiziger komt uit gambia nee zambia wat is de hoofdstad | ZM
self-correction | het toestel komt uit guinee nee equatoriaal-guinea wat is daar de hoofdstad | GQ
self-correction | in geoguessr zit ik in laos nee wacht cambodja wat is de hoofdstad | KH
self-correction | voor het gedicht de hoofdstad van peru eh sorry paraguay | PY
self-correction | de koning was in letland nee litouwen welke hoofdstad is dat | LT
self-correction | de leiding vraagt de hoofdstad van armenië nee albanië | AL
self-correction | wat is de hoofdstad van zuid-korea nee noord-korea | KP
self-correction | de hoofdstad van soedan nee zuid-soedan bedoel ik | SS
self-correction | wat is de hoofdstad van de republiek congo nee van de democratische republiek congo | CD
self-correction | de hoofdstad van saksen nee saksen-anhalt | DE-ST
self-correction | wat is de hoofdstad van new york nee new jersey | US-NJ
self-correction | de hoofdstad van mexico eh nee van de staat mexico | MX-MEX
self-correction | wat is de hoofdstad van australië sorry oostenrijk | AT
self-correction | tamam de hoofdstad van georgië het land niet de staat | GE
self-correction | de hoofdstad van schotland nee wacht van ierland het land | IE
self-correction | wat is de hoofdstad van slovenië ik bedoel slowakije | SK
self-correction | wat is de hoofdstad van servië nee syrië | SY
self-correction | de hoofdstad van bahrein of nee bhutan | BT
# reverse questions
reverse-question | ik wit it net van welk land is tallinn de hoofdstad | CITY:Tallinn
reverse-question | in geoguessr zie ik bordjes naar ulaanbaatar welk land heeft die als hoofdstad | CITY:Ulaanbaatar
reverse-question | de vlucht gaat naar windhoek van welk land is dat de hoofdstad | CITY:Windhoek
reverse-question | de conducteur vraagt waar bratislava de hoofdstad van is | CITY:Bratislava
reverse-question | moi alexa welk land heeft tbilisi als hoofdstad | CITY:Tbilisi
reverse-question | ey van welk land is georgetown de hoofdstad | CITY:Georgetown
reverse-question | de surprise komt uit montevideo van welk land is dat de hoofdstad | CITY:Montevideo
reverse-question | yani van welk land is bakoe de hoofdstad | CITY:Bakoe
reverse-question | de kaartjes zijn voor ljubljana welk land hoort daarbij als hoofdstad | CITY:Ljubljana
reverse-question | hedde gij een idee waar ouagadougou de hoofdstad van is | CITY:Ouagadougou
reverse-question | van welke provincie is halifax de hoofdstad | CITY:Halifax
reverse-question | van wat is salvador de hoofdstad | CITY:Salvador
reverse-question | de student komt uit lucknow waar is dat de hoofdstad van | CITY:Lucknow
reverse-question | van welke plaats is oranjestad de hoofdstad | CITY:Oranjestad
reverse-question | welk land heeft kaapstad als een van zijn hoofdsteden | CITY:Kaapstad
reverse-question | waar is paramaribo de hoofdstad van mi no sabi | CITY:Paramaribo
reverse-question | abi ankara is de hoofdstad van welk land | CITY:Ankara
reverse-question | de tomaten gaan naar vilnius van welk land is dat de hoofdstad | CITY:Vilnius
reverse-question | de crew heeft een stop in port moresby welk land is dat | CITY:Port Moresby
reverse-question | van welke staat is de hoofdstad honolulu | CITY:Honolulu
reverse-question | van welk land is santiago de hoofdstad | CITY:Santiago
reverse-question | de pieten komen uit madrid van welk land is dat de hoofdstad | CITY:Madrid
reverse-question | van welke staat in india is shillong de hoofdstad | CITY:Shillong
# official names
official-name | de stempel in het paspoort zegt republiek van de unie van myanmar wat is de hoofdstad | MM
official-name | op het formulier staat verenigd koninkrijk van groot-brittannië en noord-ierland wat is de hoofdstad | GB
official-name | de reiziger heeft een paspoort van de russische federatie wat is de hoofdstad | RU
official-name | op de container staat republiek korea wat is daar de hoofdstad | KR
official-name | de scouts uit de helleense republiek wat is hun hoofdstad | GR
official-name | het vorstendom liechtenstein wat is daar de hoofdstad | LI
official-name | de brief komt uit de arabische republiek egypte wat is de hoofdstad | EG
official-name | de plurinationale staat bolivia wat zijn daar de hoofdsteden | BO
official-name | de staat palestina wat zijn de hoofdsteden | PS
official-name | de republiek china zo heet taiwan officieel wat is de hoofdstad | TW
official-name | de republiek kosovo wat is de hoofdstad | XK
official-name | de tsjechische republiek wat is de hoofdstad | CZ
official-name | het sultanaat oman wat is daar de hoofdstad | OM
official-name | wat is de hoofdstad van de federatie van saint kitts en nevis | KN
official-name | wat is de hoofdstad van het koninkrijk eswatini vroeger swaziland | SZ
# everyday and old names
everyday-name | mijn oom zegt nog steeds birma wat is de hoofdstad van birma | MM
everyday-name | oma noemt het nog ceylon wat is de hoofdstad van ceylon | LK
everyday-name | de oude kaart zegt perzië wat is de hoofdstad van perzië nu | IR
everyday-name | meneer zegt zaïre wat is nu de hoofdstad van zaïre | CD
everyday-name | de oude postzegel zegt siam wat is de hoofdstad van siam | TH
everyday-name | wat is de hoofdstad van tsjechië of czechia | CZ
everyday-name | mevrouw zegt abessinië wat is daar de hoofdstad | ET
everyday-name | wat is de hoofdstad van oost-timor of timor-leste | TL
everyday-name | wat is de hoofdstad van brits-guiana nu guyana | GY
everyday-name | opa zegt nederlands-indië wat is daar nu de hoofdstad | ID
everyday-name | wat is de hoofdstad van de antillen curaçao | CW
everyday-name | wat is de hoofdstad van de saoedi's | SA
everyday-name | wat is de hoofdstad van bosnië-herzegovina | BA
# shared names
shared-name | de reiziger komt uit georgia maar ik weet niet of het het land of de staat is | GE+US-GA
shared-name | ey de hoofdstad van beide congo's | CD+CG
shared-name | abi de hoofdstad van korea | KP+KR
shared-name | de zeilers gaan naar de maagdeneilanden welke hoofdstad bedoelen ze | VG+VI
shared-name | de hoofdsteden van dominica en de dominicaanse republiek | DM+DO
shared-name | in geoguessr staat er congo wat is de hoofdstad | CD+CG
shared-name | mevrouw vraagt naar georgië of georgia ik weet het niet wat is de hoofdstad | GE+US-GA
shared-name | de scouts komen uit de congo welke hoofdstad hebben ze | CD+CG
shared-name | hedde gij de hoofdsteden van beide korea's | KP+KR
shared-name | de hoofdsteden van de amerikaanse en britse maagdeneilanden | VG+VI
shared-name | de passagier zegt alleen dominica of de dominicaanse republiek ik weet het niet meer welke hoofdsteden | DM+DO
shared-name | jong wat is de hoofdstad van georgia eigenlijk | GE+US-GA
shared-name | het korfbalteam uit korea komt op bezoek wat is de hoofdstad van korea | KP+KR
shared-name | wat is de hoofdstad van de twee congo's | CD+CG
shared-name | de hoofdstad van de virgin islands | VG+VI
# follow-ups
follow-up | en van spanje | ES
follow-up | en die van bulgarije dan | BG
follow-up | en van het buurland tsjaad | TD
follow-up | oké en van kenia | KE
follow-up | ja joh en die van frankrijk | FR
follow-up | moi en van denemarken | DK
follow-up | effe en die van portugal | PT
follow-up | tamam en van griekenland | GR
follow-up | dobra en van litouwen | LT
follow-up | ey en die van brazilië | BR
follow-up | en dan die van ierland | IE
follow-up | hedde gij die van belgië ook | BE
follow-up | en van mevrouw haar geboorteland indonesië | ID
follow-up | en van polen dan bro | PL
follow-up | en van de volgende halte frankrijk | FR
follow-up | en die van de transferpassagier uit qatar | QA
follow-up | volgende ronde en van peru | PE
follow-up | en van het land van de pieten spanje | ES
follow-up | en van oostenrijk waar de koning ook was | AT
follow-up | en van de andere groep uit japan | JP
follow-up | en van de staat ohio | US-OH
follow-up | en van de provincie ontario | CA-ON
follow-up | en die van beieren | DE-BY
follow-up | en van queensland | AU-QLD
follow-up | en van kerala | IN-KL
follow-up | en die van jalisco | MX-JAL
follow-up | en van bahia | BR-BA
follow-up | en van schotland dan | GB-SCT
follow-up | en die van aruba | AW
follow-up | en van groenland | GL
follow-up | en van taiwan | TW
follow-up | en van kosovo | XK
follow-up | en die van wales | GB-WLS
follow-up | en van mexico | MX
follow-up | en die van thailand | TH
# launch by the card's name
launch | alexa open hoofdsteden van de wereld voor de kinderen | LAUNCH
launch | alexa start effe hoofdsteden van de wereld | LAUNCH
launch | abi alexa open hoofdsteden van de wereld | LAUNCH
launch | dobra alexa otwórz nee open hoofdsteden van de wereld | LAUNCH
launch | ey alexa open hoofdsteden van de wereld no span | LAUNCH
launch | alexa iepenje eh open hoofdsteden van de wereld | LAUNCH
launch | alexa doe es hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden van de wereld voor de bewoners in de huiskamer | LAUNCH
launch | alexa start hoofdsteden van de wereld we gaan leren voor het tentamen | LAUNCH
launch | alexa open hoofdsteden van de wereld voor de quiz op koningsdag | LAUNCH
launch | alexa speel hoofdsteden van de wereld met de welpen | LAUNCH
launch | alexa zou je hoofdsteden van de wereld willen openen | LAUNCH
launch | alexa open hoofdsteden van de wereld voor pakjesavond | LAUNCH
launch | alexa hadi open hoofdsteden van de wereld | LAUNCH
launch | alexa start de skill hoofdsteden van de wereld eens op | LAUNCH
launch | alexa kun je hoofdsteden van de wereld even openen voor meneer | LAUNCH
launch | alexa gaan we hoofdsteden van de wereld doen | LAUNCH
launch | alexa open hoofdsteden van de wereld ik wil oefenen voor geoguessr | LAUNCH
launch | alexa vraag hoofdsteden van de wereld wat de hoofdstad van chili is | CL
launch | alexa open hoofdsteden van de wereld en zeg de hoofdstad van laos | LA
# help
help | ik weet het nie hoe werkt dit nou | HELP
help | moi alexa wat kan ik hier allemaal vragen | HELP
help | effe vragen hoe werkt die hoofdsteden skill | HELP
help | abi ik snap het niet help me | HELP
help | dobra ik weet niet wat ik moet zeggen help | HELP
help | ey mi no sabi hoe dit werkt help me eens | HELP
help | ik wit it net hoe dit moat help | HELP
help | hedde gij uitleg hoe dit werkt | HELP
help | meneer begrijpt het niet kun je uitleggen wat hij kan vragen | HELP
help | bro hoe werkt dit ding eigenlijk | HELP
help | kun je me uitleggen wat deze skill kan | HELP
help | geef eens een voorbeeld van wat ik kan vragen | HELP
help | ik ben de draad kwijt help | HELP
help | welke vragen snap jij allemaal | HELP
help | help ik weet niet wat ik moet doen | HELP
help | tamam maar hoe moet ik het vragen | HELP
help | mevrouw wil weten hoe ze een land moet vragen help | HELP
help | de welpen snappen het niet kun je helpen | HELP
help | hoe werkt het spel precies | HELP
help | alexa hulp alsjeblieft bij de hoofdsteden | HELP
help | wat kan ik allemaal met hoofdsteden van de wereld | HELP
help | kun je het nog een keer uitleggen | HELP
help | help me eens effe | HELP
# stop
stop | ja joh stop er maar mee | STOP
stop | moi alexa stop nou maar | STOP
stop | effe stoppen alexa | STOP
stop | tamam stop | STOP
stop | ey stop baya | STOP
stop | hou mar op alexa | STOP
stop | schei uit alexa | STOP
stop | stop maar de bewoners gaan eten | STOP
stop | alexa stop we moeten uitstappen | STOP
stop | stop het vliegtuig gaat boarden | STOP
stop | gg stop maar | STOP
stop | stop de pieten komen | STOP
stop | stop we gaan naar de vrijmarkt | STOP
stop | alexa hou op de welpen gaan slapen | STOP
stop | alexa stoppen nu | STOP
stop | alexa wees eens stil | STOP
stop | alexa hou je mond nou | STOP
stop | alexa stop hoofdsteden van de wereld | STOP
stop | genoeg zo alexa stop | STOP
stop | stop ermee ik ben klaar | STOP
stop | alexa quit | STOP
stop | alexa stop het spel | STOP
stop | alexa nou is het klaar stop | STOP
# cancel
cancel | laat maar ik weet het nie meer | CANCEL
cancel | moi alexa laat maar zitten | CANCEL
cancel | effe niet laat maar | CANCEL
cancel | tamam laat maar | CANCEL
cancel | dobra laat maar | CANCEL
cancel | ey laat maar zitten baya | CANCEL
cancel | laat mar alexa | CANCEL
cancel | laat maar meneer is al in slaap | CANCEL
cancel | never mind bro | CANCEL
cancel | laat maar ik vind het zelf | CANCEL
cancel | nee laat maar zitten de pieten weten het al | CANCEL
cancel | laat maar ik zocht het al op | CANCEL
cancel | laat maar de leiding weet het al | CANCEL
cancel | forget it alexa | CANCEL
cancel | hou maar laat maar | CANCEL
cancel | laat zitten alexa | CANCEL
cancel | nee ik hoef het niet meer te weten | CANCEL
cancel | laat maar de reiziger is al uitgestapt | CANCEL
cancel | laat maar de passagier is al weg | CANCEL
cancel | vergeet het maar ik heb het gevonden in geoguessr | CANCEL
# out-of-domain: other questions, other devices, other senses of "hoofdstad", places not in the data
out-of-domain | is middelburg of vlissingen de hoofdstad van zeeland | FB
out-of-domain | wat is de hoofdstad van schouwen-duiveland | FB
out-of-domain | hoe laat gaat het pontje van vlissingen naar breskens | FB
out-of-domain | hoe hoog komt het water bij de oosterscheldekering vandaag | FB
out-of-domain | wanneer is het mosselseizoen begonnen | FB
out-of-domain | zet de verwarming hoger ik weet het nie maar het is koud | FB
out-of-domain | is stad groningen de hoofdstad van het noorden | FB
out-of-domain | moi alexa hoe laat speelt fc groningen zaterdag | FB
out-of-domain | hoe ver is het van groningen naar delfzijl | FB
out-of-domain | wat is de hoofdstad van de ommelanden | FB
out-of-domain | zet het licht in de keuken uit jong | FB
out-of-domain | is rotterdam de hoofdstad van de haven van europa | FB
out-of-domain | effe de uitslag van feyenoord ajax | FB
out-of-domain | hoe laat vertrekt de watertaxi naar katendrecht | FB
out-of-domain | speel radio rijnmond | FB
out-of-domain | abi zet een timer van tien minuten voor de thee | FB
out-of-domain | hoe laat is het nu in istanbul | FB
out-of-domain | wat zijn de gebedstijden vandaag in utrecht | FB
out-of-domain | speel turkse muziek | FB
out-of-domain | dobra wat is de hoofdstad van silezië | FB
out-of-domain | wat is het weer morgen in het westland | FB
out-of-domain | hoeveel graden is het in de kas | FB
out-of-domain | wat is de hoofdstad van galicië in polen | FB
out-of-domain | bel mijn vrouw in krakau | FB
out-of-domain | ey speel kaseko muziek | FB
out-of-domain | wat is de hoofdstad van suriname district paramaribo of wanica | FB
out-of-domain | wat is de hoofdstad van de bijlmer | FB
out-of-domain | mi no sabi hoe maak ik roti | FB
out-of-domain | is leeuwarden de culturele hoofdstad van europa geweest | FB
out-of-domain | wat betekent tige tank in het nederlands | FB
out-of-domain | hoe laat gaat de boot naar terschelling | FB
out-of-domain | is den bosch de hoofdstad van noord-brabant of is dat eindhoven | FB
out-of-domain | wanneer begint carnaval dit jaar | FB
out-of-domain | wat is de hoofdstad van oeteldonk | FB
out-of-domain | speel het carnavalsnummer van de nachtburgemeester | FB
out-of-domain | hoeveel worstenbroodjes moet ik kopen voor twaalf man | FB
out-of-domain | herinner me aan de medicijnronde om vier uur | FB
out-of-domain | wat is het menu vandaag in de huiskamer | FB
out-of-domain | speel muziek uit de jaren vijftig voor de bewoners | FB
out-of-domain | bel de dienstdoende arts | FB
out-of-domain | wat is het verschil tussen kapitaal en hoofdstad | FB
out-of-domain | wat is een hoofdstuk in een scriptie | FB
out-of-domain | hoeveel startkapitaal heb ik nodig voor een studentenbedrijf | FB
out-of-domain | bro wat is de hoofdstad van de studenten in nederland | FB
out-of-domain | wanneer is het tentamen van statistiek | FB
out-of-domain | wat is de hoofdstad van de romeinse republiek | FB
out-of-domain | zet een wekker om acht uur | FB
out-of-domain | heeft de trein naar amersfoort vertraging | FB
out-of-domain | wat is de hoofdstad van de ns | FB
out-of-domain | hoe laat komt de ice aan in keulen | FB
out-of-domain | welk spoor is de trein naar zwolle | FB
out-of-domain | wat is de hoofdstad van beneluxland | FB
out-of-domain | hoe laat sluit de gate op schiphol | FB
out-of-domain | is mijn vlucht naar lissabon vertraagd | FB
out-of-domain | wat is de hoofdstad van de luchtvaart | FB
out-of-domain | hoe groot mag mijn handbagage zijn | FB
out-of-domain | hoe heet de hoofdstad van panem in de hunger games | FB
out-of-domain | wat is de hoofdstad van het koninkrijk van de leeuwenkoning | FB
out-of-domain | wat is de hoofdstad van fortnite eiland | FB
out-of-domain | gg wat is de beste tactiek in geoguessr | FB
out-of-domain | welke landen rijden links | FB
out-of-domain | wat was de hoofdstad van oost-duitsland | FB
out-of-domain | wat was de hoofdstad van het azteekse rijk | FB
out-of-domain | wat was de hoofdstad van het oude egypte | FB
out-of-domain | in welke stad in spanje woont sinterklaas | FB
out-of-domain | waar woont sinterklaas eigenlijk | FB
out-of-domain | speel sinterklaasliedjes | FB
out-of-domain | maak een rijm op madrid | FB
out-of-domain | wanneer is pakjesavond dit jaar | FB
out-of-domain | hoe laat begint de vrijmarkt in het vondelpark | FB
out-of-domain | wat is de hoofdstad van oranje | FB
out-of-domain | waar is de koning op koningsdag dit jaar | FB
out-of-domain | hoe zet ik een tent op in de regen | FB
out-of-domain | welke knoop gebruik je voor een sjorring | FB
out-of-domain | wat is de hoofdstad van de scouting wereld | FB
out-of-domain | waar is de volgende jamboree | FB
out-of-domain | hoe maak je een kampvuur | FB
out-of-domain | wat is de vlag van kenia | FB
out-of-domain | wat is de hoofdstad van het bier in duitsland | FB
out-of-domain | is parijs de hoofdstad van de liefde | FB
out-of-domain | hoe schrijf je capital in het engels | FB
out-of-domain | wie is de kapitein van het nederlands elftal | FB
out-of-domain | doe de lampen in de woonkamer aan | FB
out-of-domain | zet spotify aan | FB
out-of-domain | wat is het weer in middelburg | FB
out-of-domain | hoofdstad van | FB
out-of-domain | de hoofdstad van eh ik weet het niet meer | FB
out-of-domain | wat is de hoofdstad van oost-turkestan | FB
out-of-domain | wat is de hoofdstad van noord-cyprus | FB
out-of-domain | wat is de hoofdstad van polynesië | FB
out-of-domain | wat is de hoofdstad van het caribisch gebied | FB
out-of-domain | wat is de hoofdstad van de antillen | FB
out-of-domain | welke stad is de hoofdstad van de maasvlakte | FB
# more whole sentences per speaker family
zeeuws | ik weet het nie hoor maar de zeeuwse zeilers gaan naar engeland wat is daar de hoofdstad | GB-ENG
zeeuws | da's lang geleden dat ik in belgië was wat was de hoofdstad ook alweer | BE
zeeuws | de vissers uit yerseke verkopen oesters aan frankrijk wat is de hoofdstad van frankrijk | FR
zeeuws | ja joh de kerkgemeente steunt een school in malawi wat is daar de hoofdstad | MW
zeeuws | de windmolens op zee komen uit denemarken welke stad is de hoofdstad van denemarken | DK
zeeuws | de kleinzoon gaat stage lopen in schotland wat is de hoofdstad daar | GB-SCT
zeeuws | ik weet het nie meer was vaduz nou de hoofdstad van liechtenstein | LI
gronings | moi alexa de studente uit duitsland wat is de hoofdstad van duitsland | DE
gronings | jong mijn broer rijdt naar hamburg is dat een deelstaat met een hoofdstad | DE-HH
gronings | zeg mor wat de hoofdstad van estland is | EE
gronings | moi wat is de hoofdstad van noorwegen | NO
gronings | de boer uit het oldambt heeft land in oekraïne wat is de hoofdstad daar | UA
gronings | jong wat is de hoofdstad van finland ook al weer | FI
rotterdams | effe serieus wat is de hoofdstad van engeland ouwe | GB-ENG
rotterdams | de havensleper gaat naar antwerpen maar wat is de hoofdstad van belgië | BE
rotterdams | gewoon effe vragen wat is de hoofdstad van kaapverdië want de buren komen daarvandaan | CV
rotterdams | de spits van feyenoord komt uit japan wat is de hoofdstad daar | JP
rotterdams | het schip met bananen komt uit ecuador wat is daar de hoofdstad | EC
rotterdams | de koffie in de haven komt uit colombia wat is de hoofdstad van colombia | CO
turks | abi wat is de hoofdstad van turkije is het istanbul of ankara | TR
turks | tamam alexa mijn zus woont in duitsland welke stad is de hoofdstad | DE
turks | yani de hoofdstad van azerbeidzjan hoe heet die | AZ
turks | hadi alexa mijn opa komt uit kars vlakbij armenië wat is de hoofdstad van armenië | AM
turks | abi wat is de hoofdstad van noord-cyprus of cyprus gewoon | CY
turks | mijn neef studeert in bosnië welke stad is daar hoofdstad | BA
pools | dobra ik weet niet hoofdstad van litouwen wat is | LT
pools | mijn vrouw is in polen welke stad is hoofdstad van polen ik weet natuurlijk maar mijn zoon vraagt | PL
pools | no alexa de paprika gaat naar tsjechië wat is de hoofdstad | CZ
pools | mijn collega uit roemenië vraag hoofdstad van moldavië | MD
pools | de bus gaat door slowakije welke stad is hoofdstad | SK
pools | dobra alexa wat is hoofdstad van hongarije | HU
surinaams | ey alexa wat is de hoofdstad van suriname ja toch paramaribo | SR
surinaams | mi no sabi wat de hoofdstad van guyana is | GY
surinaams | baya de familie in frans-guyana welke stad is de hoofdstad daar | GF
surinaams | mijn tante uit nickerie vraagt wat de hoofdstad van trinidad en tobago is | TT
surinaams | ey no span de hoofdstad van ghana | GH
surinaams | de hindoestaanse buurman vraagt wat de hoofdstad van india is | IN
fries | ik wit it net wat is de hoofdstad fan denemarken | DK
fries | mem wol witte wat de hoofdstad van noorwegen is | NO
fries | de skûtsjesilers zeilen naar engeland welke stad is de hoofdstad | GB-ENG
fries | heit hat in canada wurke wat is de hoofdstad van canada | CA
fries | de friese dochter woont op de faeröer welke stad is daar de hoofdstad | FO
fries | tige tank en wat is de hoofdstad van ierland | IE
brabants | houdoe alexa maar eerst wat is de hoofdstad van belgië | BE
brabants | hedde gij gehoord wat de hoofdstad van luxemburg is | LU
brabants | de prins carnaval gaat naar keulen wat is de hoofdstad van noordrijn-westfalen | DE-NW
brabants | da's een lastige wat is de hoofdstad van zwitserland | CH
brabants | weette gij de hoofdstad van oostenrijk waar we gaan skiën | AT
brabants | de worstenbroodjes gaan naar spanje wat is de hoofdstad daar | ES
zorg | mevrouw jansen komt uit indonesië vraagt wat de hoofdstad is | ID
zorg | meneer was vroeger zeeman in argentinië wat is de hoofdstad daar | AR
zorg | de bewoners willen weten wat de hoofdstad van italië is | IT
zorg | de collega uit de filipijnen vraagt of manila de hoofdstad is | PH
zorg | meneer heeft in de oorlog in korea gevochten wat is de hoofdstad van zuid-korea | KR
zorg | mevrouw zegt dat ze in de congo geboren is welke hoofdstad heeft de democratische republiek congo | CD
student | bro wat is de hoofdstad van australië literally geen idee | AU
student | mijn huisgenoot uit griekenland vraagt of athene de hoofdstad is | GR
student | voor de scriptie over oost-afrika wat is de hoofdstad van ethiopië | ET
student | de erasmus studente komt uit portugal welke stad is de hoofdstad | PT
student | voor het werkcollege wat is de hoofdstad van kroatië | HR
student | de promovendus komt uit iran wat is de hoofdstad daar | IR
conducteur | de reiziger in de nachttrein naar wenen vraagt wat de hoofdstad van oostenrijk is | AT
conducteur | een groep scholieren uit zweden wat is de hoofdstad van zweden | SE
conducteur | de reiziger heeft een kaartje naar luxemburg is dat ook de hoofdstad | LU
conducteur | de reiziger komt uit chili wat is daar de hoofdstad | CL
schiphol | de vlucht naar curaçao vertraagd wat is de hoofdstad van curaçao | CW
schiphol | de kist met tulpen gaat naar kenia welke stad is de hoofdstad | KE
schiphol | de purser komt uit zuid-afrika welke hoofdsteden heeft dat land | ZA
schiphol | het toestel uit de emiraten is geland wat is de hoofdstad daar | AE
schiphol | de transfer gaat via singapore is dat een land met een hoofdstad | SG
schiphol | de gate naar egypte is veranderd wat is de hoofdstad van egypte | EG
geoguessr | lets go ik zit in brazilië maar welke staat wat is de hoofdstad van minas gerais | BR-MG
geoguessr | ik ben in mongolië beland wat is de hoofdstad daar | MN
geoguessr | no way ik dacht peru maar het is bolivia welke hoofdsteden heeft bolivia | BO
geoguessr | de auto rijdt links dus ik zit in kenia of oeganda wat is de hoofdstad van oeganda | UG
geoguessr | mijn pin staat in west-australië wat is de hoofdstad | AU-WA
geoguessr | chat zegt kirgizië wat is de hoofdstad van kirgizië | KG
sinterklaas | sinterklaas komt uit spanje wat is de hoofdstad van spanje | ES
sinterklaas | in het gedicht rijmt iets op caïro is dat de hoofdstad van egypte | EG
sinterklaas | de surprise is een kameel uit marokko wat is de hoofdstad | MA
sinterklaas | de sint vraagt wat de hoofdstad van turkije is want daar woonde hij vroeger | TR
sinterklaas | de chocoladeletter komt uit zwitserland welke stad is de hoofdstad | CH
koningsdag | de koning is getrouwd met iemand uit argentinië wat is de hoofdstad daar | AR
koningsdag | op de vrijmarkt verkoop ik een oude atlas van japan wat is de hoofdstad | JP
koningsdag | het oranje team speelde tegen engeland wat is de hoofdstad van engeland | GB-ENG
koningsdag | de kinderen verkopen limonade en vragen wat de hoofdstad van noorwegen is | NO
koningsdag | de koningin van denemarken wat is de hoofdstad van haar land | DK
scouting | de verkenners moeten de hoofdstad van ijsland vinden voor het spel | IS
scouting | de welpen hebben een badge van zwitserland wat is de hoofdstad | CH
scouting | de leiding gaat met de explorers naar schotland welke stad is de hoofdstad | GB-SCT
scouting | de penvriend woont in nieuw-zeeland wat is de hoofdstad daar | NZ
scouting | de scouts uit korea wat is de hoofdstad van zuid-korea | KR
scouting | het zomerkamp gaat naar noorwegen welke stad is de hoofdstad | NO
# rewritten in the speakers' own situations after the first build
plural-capitals | de zeeuwse camping zit vol spanjaarden en portugezen wat zijn de hoofdsteden van spanje en portugal | ES+PT
yes-no-check | de nieuwe spits zegt dat lagos de hoofdstad van nigeria is maar is het niet abuja | NG
yes-no-check | abi mijn zoon zegt istanbul is de hoofdstad van turkije maar dat klopt toch niet | TR
yes-no-check | de tulpen gaan naar dar es salaam is dat nog de hoofdstad van tanzania | TZ
yes-no-check | de buurvrouw zegt dat casablanca de hoofdstad van marokko is klopt dat wel | MA
yes-no-check | bro mijn huisgenoot denkt dat new york de hoofdstad van amerika is zeg even dat het niet zo is | US
yes-no-check | de whisky komt uit glasgow is dat de hoofdstad van schotland | GB-SCT
yes-no-check | de groningers rijden naar hannover is dat de hoofdstad van nedersaksen of niet | DE-NI
yes-no-check | de nieuwe collega in de kas zegt pristina is hoofdstad van kosovo klopt dat | XK
yes-no-check | de student uit ramallah zegt dat zijn stad de hoofdstad van palestina is klopt dat | PS
yes-no-check | de passagier uit tel aviv vraagt of jeruzalem de hoofdstad van israël is | IL
yes-no-check | yani bakoe is toch de hoofdstad van azerbeidzjan | AZ
self-correction | de passagier komt uit dominica eh nee de dominicaanse republiek wat is daar de hoofdstad | DO
self-correction | de kolenmijnen in virginia nee wacht west virginia welke stad is daar de hoofdstad | US-WV
self-correction | de nieuwe verzorgende komt uit mauritius nee mauritanië zegt ze wat is de hoofdstad | MR
reverse-question | de monnik in de film woont in vientiane in welk land is dat de hoofdstad | CITY:Vientiane
reverse-question | de scout op de jamboree komt uit lusaka van welk land is dat de hoofdstad | CITY:Lusaka
reverse-question | de crew heeft een overstap in sacramento welke staat heeft dat als hoofdstad | CITY:Sacramento
reverse-question | de ice stopt in wiesbaden waar is dat de hoofdstad van | CITY:Wiesbaden
reverse-question | de purser vliegt naar victoria maar van welk land of welke provincie is dat de hoofdstad | CITY:Victoria
reverse-question | ey mijn oom woont in willemstad waar is dat de hoofdstad van ook alweer | CITY:Willemstad
reverse-question | in geoguessr staat thimphu op een bord van welk land is dat de hoofdstad | CITY:Thimphu
official-name | de vrachtbrief zegt bondsrepubliek duitsland wat is de hoofdstad daarvan | DE
official-name | op de doos uit de kas staat volksrepubliek china welke stad is daar de hoofdstad | CN
official-name | de passagier heeft een paspoort van de islamitische republiek iran wat is de hoofdstad | IR
official-name | op het visum staat koninkrijk saoedi-arabië wat is de hoofdstad daar | SA
official-name | in het nieuws zeggen ze democratische volksrepubliek korea welke stad is de hoofdstad | KP
official-name | de student schrijft over de verenigde mexicaanse staten wat is daar de hoofdstad | MX
official-name | de brabanders rijden door het groothertogdom luxemburg welke stad is de hoofdstad | LU
official-name | in de brief staat hasjemitisch koninkrijk jordanië wat is de hoofdstad | JO
official-name | de container komt uit de bolivariaanse republiek venezuela wat is de hoofdstad | VE
official-name | de koffie komt uit de federale democratische republiek ethiopië welke stad is de hoofdstad | ET
official-name | op de rijstzak staat socialistische republiek vietnam wat is de hoofdstad daarvan | VN
official-name | de koning van het koninkrijk der nederlanden woont in den haag maar wat is de hoofdstad | NL
official-name | de voetballer speelt voor de oostelijke republiek uruguay wat is de hoofdstad | UY
official-name | de monnik komt uit de republiek van de unie van myanmar welke stad is de hoofdstad | MM
official-name | op de kaart staat republiek noord-macedonië wat is de hoofdstad daar | MK
official-name | de bananen komen uit het gemenebest dominica welke stad is de hoofdstad | DM
official-name | de studente komt uit de kirgizische republiek wat is de hoofdstad daar | KG
everyday-name | ja joh de engelse toeristen op de boulevard wat is de hoofdstad van engeland | GB-ENG
everyday-name | de fransen zeggen holland tegen ons maar wat is de hoofdstad van holland dan | NL
everyday-name | de cowboyfilm speelt in amerika wat is de hoofdstad van amerika ook weer | US
everyday-name | de reiziger uit de vs vraagt de hoofdstad van de vs | US
everyday-name | oma zegt nog wit-rusland tegen belarus wat is daar de hoofdstad | BY
everyday-name | de dominee zegt nog swaziland wat is de hoofdstad van swaziland | SZ
everyday-name | de basketballer komt uit macedonië welke stad is de hoofdstad daar | MK
everyday-name | de crew vliegt naar de emiraten welke stad is de hoofdstad van de emiraten | AE
everyday-name | de verpleegster komt uit bosnië wat is de hoofdstad van bosnië | BA
everyday-name | de studente komt uit kirgizstan hoe heet de hoofdstad | KG
everyday-name | de zeeuwen zeggen altijd groot-brittannië welke stad is de hoofdstad daarvan | GB
everyday-name | meneer heeft in rhodesië gewoond wat is daar nu de hoofdstad | ZW
everyday-name | de turkse buurman zegt türkiye maar wat is de hoofdstad van turkiye | TR
everyday-name | de kaapverdiaanse buren zeggen cabo verde wat is de hoofdstad van cabo verde | CV
everyday-name | de cacao komt uit sao tomé welke stad is de hoofdstad van sao tomé | ST
everyday-name | de oude zeekaart zegt formosa welke stad is de hoofdstad van formosa | TW
everyday-name | de rapper zegt altijd the states wat is de hoofdstad van the states | US
shared-name | de zangeres komt uit georgia maar welke georgia wat is de hoofdstad | GE+US-GA
shared-name | de nieuwe verzorgende komt uit congo wat is de hoofdstad van congo | CD+CG
shared-name | de korfbalsters uit de twee korea's welke hoofdsteden hebben die | KP+KR
shared-name | bro wat zijn de hoofdsteden van noord en zuid-korea literally allebei | KP+KR
shared-name | de zeilboot ligt bij de maagdeneilanden wat is daar de hoofdstad | VG+VI
follow-up | en die van congo-kinshasa waar mevrouw geboren is | CD
follow-up | gg en die van vietnam | VN
launch | moi alexa start hoofdsteden van de wereld eens | LAUNCH
launch | alexa open alsjeblieft hoofdsteden van de wereld voor de stagiair | LAUNCH
launch | alexa ik wil hoofdsteden van de wereld spelen met mijn huisgenoten | LAUNCH
launch | alexa open de skill hoofdsteden van de wereld voor opa | LAUNCH
launch | alexa activeer hoofdsteden van de wereld voor de surprise | LAUNCH
launch | alexa hoofdsteden van de wereld openen graag jong | LAUNCH
launch | alexa vraag aan hoofdsteden van de wereld de hoofdstad van nepal voor de welpen | NP
launch | alexa doe hoofdsteden van de wereld es open | LAUNCH
launch | alexa open hoofdsteden van de wereld tamam | LAUNCH
launch | alexa start hoofdsteden van de wereld voor de reizigers in de kantine | LAUNCH
help | wat moet ik zeggen om een hoofdstad te horen bro | HELP
help | hoe vraag ik naar een hoofdstad ik weet het nie | HELP
help | wat zijn de opties van deze skill alexa | HELP
help | ik heb hulp nodig met deze skill voor de bewoners | HELP
help | uitleg graag voor de welpen | HELP
help | mevrouw weet niet hoe het werkt kun je haar helpen | HELP
help | jong ik snap er niks van help | HELP
stop | dobra koniec stop nu | STOP
stop | bro stop nou echt | STOP
stop | alexa ophouden we gaan slapen | STOP
stop | alexa sluit de hoofdsteden skill af | STOP
stop | alexa kappen nou jong | STOP
stop | ey alexa stop ermee mi no sabi | STOP
stop | alexa hou op met die hoofdsteden de soep is klaar | STOP
cancel | laat maar zitten hoor meneer slaapt | CANCEL
cancel | vergeet het maar alexa de trein rijdt weer | CANCEL
cancel | annuleer dat maar abi | CANCEL
cancel | annuleren alsjeblieft de gate gaat dicht | CANCEL
cancel | nee toch niet laat maar jong | CANCEL
cancel | vergeet wat ik vroeg over de hoofdstad | CANCEL
cancel | laat maar het is al goed dobra | CANCEL
cancel | annuleer de vraag over het gedicht | CANCEL
cancel | hedde gij het laat maar | CANCEL
cancel | nee laat maar zitten ik zie het al op de kaart | CANCEL
out-of-domain | de kleinzoon vraagt wat de hoofdstad van zeeland is is dat middelburg | FB
out-of-domain | moi alexa welke stad is de hoofdstad van de provincie groningen jong | FB
out-of-domain | de rotterdammers zeggen den haag is de hoofdstad van zuid-holland klopt dat | FB
out-of-domain | opa abi vraagt wat de hoofdstad van het ottomaanse rijk was | FB
out-of-domain | de buurman vraagt wat de hoofdstad van koerdistan is | FB
out-of-domain | dobra hoe zeg je hoofdstad in het pools stolica toch | FB
out-of-domain | ey hoe laat is het nu bij mijn tante in paramaribo | FB
out-of-domain | ik wit it net wat is de hoofdstad van fryslân | FB
out-of-domain | heit vraagt of de elfstedentocht dit jaar doorgaat | FB
out-of-domain | welke stad is de hoofdstad van terschelling en vlieland | FB
out-of-domain | hedde gij enig idee wat de hoofdstad van brabant is | FB
out-of-domain | welke dag is het vandaag vraagt mevrouw | FB
out-of-domain | schrijf je hoofdstad met een hoofdletter in mijn verslag | FB
out-of-domain | de passagier vraagt wat de hoofdstad van schengen is | FB
out-of-domain | bro wat is de hoofdstad van atlantis | FB
out-of-domain | in game of thrones wat is de hoofdstad van westeros | FB
out-of-domain | de welpen vragen wat de hoofdstad van narnia is | FB
out-of-domain | mijn broertje vraagt wat de hoofdstad van minecraft is | FB
out-of-domain | in geoguessr zit ik in scandinavië maar welke is de hoofdstad van scandinavië | FB
out-of-domain | de vrachtwagen rijdt door de balkan wat is de hoofdstad van de balkan | FB
out-of-domain | de trein door siberië welke stad is de hoofdstad van siberië | FB
out-of-domain | de pieten komen uit lapland zegt mijn zoon wat is de hoofdstad van lapland | FB
out-of-domain | de voetballer van barcelona zegt dat dat de hoofdstad van catalonië is klopt dat | FB
out-of-domain | de brabanders gaan naar gent wat is de hoofdstad van vlaanderen | FB
out-of-domain | de surfers in biarritz en bilbao wat is de hoofdstad van baskenland | FB
out-of-domain | de monnik op de jamboree komt uit tibet welke stad is daar de hoofdstad | FB
out-of-domain | de crêpes komen uit bretagne wat is de hoofdstad daar | FB
out-of-domain | de studenten gaan naar florence is dat de hoofdstad van toscane | FB
out-of-domain | meneer heeft in joegoslavië gewerkt welke stad was de hoofdstad | FB
out-of-domain | voor de geschiedenis tentamen wat was de hoofdstad van pruisen | FB
out-of-domain | mevrouw vraagt wat de hoofdstad van de sovjet-unie was | FB
out-of-domain | wat rijmt er op hoofdstad voor mijn sinterklaasgedicht | FB
out-of-domain | speel het wilhelmus voor koningsdag | FB
out-of-domain | de kinderen vragen hoe oud koning willem-alexander is | FB
out-of-domain | de welpen willen weten wat de hoofdstad van de maan is | FB
out-of-domain | bro is er een hoofdstad op mars | FB
out-of-domain | is brussel de hoofdstad van europa | FB
out-of-domain | de zeeuwse dominee vraagt wat de hoofdstad van afrika is | FB
out-of-domain | welke stad is de hoofdstad van de hele wereld | FB
out-of-domain | welke hoofdstad in azië heeft de meeste inwoners | FB
out-of-domain | de conducteur vraagt hoeveel inwoners berlijn heeft | FB
out-of-domain | hoe lang rijdt de thalys van amsterdam naar parijs | FB
out-of-domain | in geoguessr hoe spreek je ouagadougou nou uit | FB
out-of-domain | welke munt hebben ze in japan voor de vakantie | FB
out-of-domain | welke taal spreken ze in brazilië vraagt de capoeira leraar | FB
out-of-domain | de leiding vraagt hoe hoog de mount everest is | FB
out-of-domain | hoe laat is het nu in tokio voor de vlucht | FB
out-of-domain | is parijs of milaan de hoofdstad van de mode | FB
out-of-domain | is gouda of edam de hoofdstad van de kaas | FB
out-of-domain | wat is het eigen kapitaal van de rabobank | FB
out-of-domain | zet worstenbroodjes op de boodschappenlijst | FB
out-of-domain | vertel een mop voor de bewoners | FB
out-of-domain | hoe gaat het met je alexa moi | FB
out-of-domain | wat is de hoofdstad eh ik ben het land vergeten | FB
out-of-domain | de vrachtwagen rijdt door transnistrië welke stad is de hoofdstad daar | FB
out-of-domain | de georgische collega zegt abchazië wat is daar de hoofdstad | FB
out-of-domain | de somalische buurman komt uit somaliland welke stad is de hoofdstad | FB
out-of-domain | abi wat is de hoofdstad van de krim | FB
out-of-domain | de backpacker loopt door patagonië wat is de hoofdstad | FB
conducteur | de eurostar gaat naar londen en de reiziger vraagt of dat de hoofdstad van heel brittannië is | GB
"""

if __name__ == "__main__":
    build_round(36, "nl", LINES, sys.argv, "tests/Eval/nl/round36/source/build_corpus.py")
