"""Round 42, German (de-DE): a new author's own mix, written blind (brief WRITER49.md). Speakers chosen away from
rounds 40 and 41: Berlin ("icke", "wa", "jenuch", "jetze"), Saxony ("nu", "gugge", "weeß", "heeßt"), Swabia ("ha noi",
"isch", "schwätz", "noi"), Franconia ("fei", "etz", "amol"), Vienna ("oida", "wos", "haaßt"), Zurich ("grüezi", "chönd
sie", "säge", "gaht", "mitenand"), Tyrol and South Tyrol ("griaß di", "jo mei"), Saarland ("ei joo", "heescht"), Cologne
("loss mer ens kucke", "jriechenland"), Mecklenburg ("na wat is denn nu"). Migrants and heritage speakers: Turks
("abi", "yani", "tamam", "kanka", "yeter", "bos ver", "lan"), Russian Germans ("nu davai", "bystro"), Poles ("no dobra",
"no to jaka jest"), Italians ("allora senti", "mamma mia"), Greeks ("ela re", "efcharistó"), Syrians and Moroccans
("yalla habibi", "wallah", "saha"), Spaniards ("oye vale"), Croats, Bosnians and Serbs ("ajde brate", "hvala"),
Filipinos ("ano po", "salamat po"), Indonesians ("terima kasih"), Kazakhs and Uzbeks ("rahmat"), Brazilians ("minha
mãe"), Mexicans ("órale güey", "mi abuela", "qué onda"), Indians (a colleague from Bangalore and Chennai). Children (a
Wimmelbuch, the Sendung mit der Maus, an Adventskalender, a puzzle, animals), teenagers (Geoguessr, Duolingo, TikTok, a
Schulaufgabe, "digga", "wallah", "safe", "cringe"), elders (a hearing aid, the Seniorennachmittag, a Rätselheft,
the Volkshochschule, stamps, old names Zaire, Siam, Ceylon, Dahomey, Abessinien, Burma, Persien), learners (deliberate
article, case and word-order errors). Work: a train driver, the Tagesschau, a flight attendant, a geography teacher,
IT support, a forwarding agent, the Auswärtiges Amt, a ship's cook, a pilot, the Bundestag, an aid organisation, a
translator. Games: Risiko, Schiffe versenken, Wer bin ich, Scrabble, Stadt Land Fluss, Monopoly, Ich packe meinen
Koffer, Pantomime, Jeopardy, Kniffel, Uno, Memory. Households: ironing, Spätzle, an IKEA wardrobe, bathing the dog,
washing the car, hanging laundry, painting, coffee, börek, pierogi. Travel and sport: Interrail, Flixbus, a cruise, a
camper van on Route 66, a honeymoon, backpacking; the football World Cup, the Tour de France, ice hockey, handball,
table tennis, the chess olympiad, bobsleigh. Plus hesitations, formal Sie requests, the genitive, bare keywords,
follow-ups, yes/no checks (the place asked about expected), self-corrections (the last place named), reverse questions
(CITY:<capital>), official and everyday names, shared names, plurals of every several-capital country and Palestine,
subdivisions and territories, launch (the skill's German name guessed), help, stop, cancel and out of domain.
`python3 tests/Eval/de/round42/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 42's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
regional-speech | alexa icke wollte ma wissen wat die hauptstadt von {} is wa | andorra=AD; den vereinigten arabischen emiraten=AE; afghanistan=AF
regional-speech | alexa nu gugge mal was is denn die hauptstadt von {} | antigua und barbuda=AG; albanien=AL; armenien=AM
regional-speech | alexa ha noi jetzt sag halt mal die hauptstadt von {} | angola=AO; argentinien=AR; österreich=AT
regional-speech | alexa etz sag fei amol wos die hauptstadt von {} is | australien=AU; aserbaidschan=AZ; bosnien und herzegowina=BA
regional-speech | alexa oida wos is jetzt die hauptstadt von {} | barbados=BB; bangladesch=BD; belgien=BE
regional-speech | alexa grüezi chönd sie mir d hauptstadt vo {} säge | burkina faso=BF; bulgarien=BG; bahrain=BH
regional-speech | alexa griaß di wos isch denn die hauptstadt vo {} | burundi=BI; benin=BJ; brunei=BN
regional-speech | alexa sach ma fix die hauptstadt von {} du | bolivien=BO; brasilien=BR; den bahamas=BS
regional-speech | alexa ei joo wie heescht die hauptstadt vun {} | bhutan=BT; botswana=BW; weißrussland=BY
regional-speech | alexa na wat is denn nu de hauptstadt von {} | belize=BZ; kanada=CA; der demokratischen republik kongo=CD
regional-speech | alexa loss mer ens kucke wat de hauptstadt vun {} es | der zentralafrikanischen republik=CF; kongo brazzaville=CG; der schweiz=CH
code-switch | alexa abi yani was ist die hauptstadt von {} | der elfenbeinküste=CI; chile=CL; kamerun=CM
code-switch | alexa nu davai sag mir hauptstadt von {} | china=CN; kolumbien=CO; costa rica=CR
code-switch | alexa no dobra was ist die hauptstadt von {} | kuba=CU; kap verde=CV; zypern=CY
code-switch | alexa allora senti die hauptstadt von {} qual è | tschechien=CZ; deutschland=DE; dschibuti=DJ
code-switch | alexa ela re was ist die hauptstadt von {} | dänemark=DK; dominica=DM; der dominikanischen republik=DO
code-switch | alexa yalla habibi sag mal hauptstadt von {} | algerien=DZ; ecuador=EC; estland=EE
code-switch | alexa oye vale cuál es die hauptstadt von {} | ägypten=EG; eritrea=ER; spanien=ES
code-switch | alexa ajde brate die hauptstadt von {} bitte | äthiopien=ET; finnland=FI; fidschi=FJ
code-switch | alexa ano po ang capital ng {} also die hauptstadt | mikronesien=FM; frankreich=FR; gabun=GA
learner | alexa ich möchte wissen welche stadt ist hauptstadt von {} | großbritannien=GB; grenada=GD; georgien=GE
learner | alexa bitte du sagst mir hauptstadt von land {} | ghana=GH; gambia=GM; guinea=GN
learner | alexa wie heißt die hauptstadt vom {} ich habe vergessen | äquatorialguinea=GQ; griechenland=GR; guatemala=GT
learner | alexa in mein kurs wir lernen hauptstadt von {} was ist | guinea-bissau=GW; guyana=GY; honduras=HN
child | alexa mein papa kommt aus {} und ich will die hauptstadt wissen | kroatien=HR; haiti=HT; ungarn=HU
child | alexa in meinem wimmelbuch ist {} was ist da die hauptstadt | indonesien=ID; irland=IE; israel=IL
child | alexa für die sendung mit der maus wie heißt die hauptstadt von {} | indien=IN; dem irak=IQ; dem iran=IR
teen | alexa bro ich spiel geoguessr wie heißt die hauptstadt von {} | island=IS; italien=IT; jamaika=JM
teen | alexa digga für duolingo was ist die hauptstadt von {} | jordanien=JO; japan=JP; kenia=KE
teen | alexa ich schwör ich weiß es nicht hauptstadt von {} | kirgistan=KG; kambodscha=KH; kiribati=KI
elder | alexa mein hörgerät piept nochmal ganz langsam die hauptstadt von {} | den komoren=KM; st kitts und nevis=KN; nordkorea=KP
elder | alexa beim seniorennachmittag kam die frage hauptstadt von {} | südkorea=KR; kuwait=KW; kasachstan=KZ
elder | alexa im rätselheft steht hauptstadt von {} weißt du das | laos=LA; dem libanon=LB; st lucia=LC
work | alexa ich bin lokführerin und brauche die hauptstadt von {} | liechtenstein=LI; sri lanka=LK; liberia=LR
work | alexa für die tagesschau meldung hauptstadt von {} schnell | lesotho=LS; litauen=LT; luxemburg=LU
work | alexa ich fliege morgen als flugbegleiterin nach {} wie heißt die hauptstadt | lettland=LV; libyen=LY; marokko=MA
work | alexa für den erdkundeunterricht morgen die hauptstadt von {} bitte | monaco=MC; moldawien=MD; montenegro=ME
work | alexa im ticket vom kunden steht {} wie ist die hauptstadt da | madagaskar=MG; den marshallinseln=MH; nordmazedonien=MK
game | alexa wir spielen risiko ich hab gerade {} erobert was ist die hauptstadt | mali=ML; myanmar=MM; der mongolei=MN
game | alexa beim schiffe versenken ist mein schiff in {} und die hauptstadt heißt | mauretanien=MR; malta=MT; mauritius=MU
game | alexa bei wer bin ich bin ich die hauptstadt von {} wie heiß ich | den malediven=MV; malawi=MW; mexiko=MX
game | alexa scrabble frage ist die hauptstadt von {} ein erlaubtes wort wie heißt sie überhaupt | malaysia=MY; mosambik=MZ; namibia=NA
household | alexa ich bügel gerade sag mir mal die hauptstadt von {} | niger=NE; nigeria=NG; nicaragua=NI
household | alexa beim spätzle schaben fällt mir ein wie heißt die hauptstadt von {} | den niederlanden=NL; norwegen=NO; nepal=NP
household | alexa ich schraub den ikea schrank zusammen die hauptstadt von {} wär gut | nauru=NR; neuseeland=NZ; oman=OM
household | alexa während der hund gebadet wird hauptstadt von {} | panama=PA; peru=PE; papua-neuguinea=PG
travel | alexa wir machen interrail und nächste woche {} welche ist die hauptstadt | den philippinen=PH; pakistan=PK; polen=PL
travel | alexa mit dem flixbus nach {} wie heißt da die hauptstadt | portugal=PT; palau=PW; paraguay=PY
travel | alexa die kreuzfahrt legt in {} an was ist die hauptstadt dort | katar=QA; rumänien=RO; serbien=RS
sport | alexa bei der fußball wm spielt {} wie heißt deren hauptstadt | russland=RU; ruanda=RW; saudi-arabien=SA
sport | alexa bei der tour de france fährt einer aus {} was ist die hauptstadt | den salomonen=SB; den seychellen=SC; dem sudan=SD
sport | alexa beim eishockey gegen {} wollte ich wissen hauptstadt | schweden=SE; singapur=SG; slowenien=SI
hesitation | alexa ähm also die äh hauptstadt von äh {} | der slowakei=SK; sierra leone=SL; san marino=SM
hesitation | alexa warte mal wie war das noch mal mit {} die hauptstadt | dem senegal=SN; somalia=SO; surinam=SR
hesitation | alexa öhm ja hm die hauptstadt von {} glaub ich | dem südsudan=SS; são tomé und príncipe=ST; el salvador=SV
formal | alexa würden sie mir freundlicherweise die hauptstadt von {} mitteilen | syrien=SY; eswatini=SZ; dem tschad=TD
formal | alexa ich bitte um auskunft über die hauptstadt von {} | togo=TG; thailand=TH; tadschikistan=TJ
formal | alexa wären sie so gut mir die hauptstadt von {} zu nennen | osttimor=TL; turkmenistan=TM; tunesien=TN
genitive | alexa wie lautet die hauptstadt {} | tongas=TO; der türkei=TR; trinidads und tobagos=TT
genitive | alexa nenn mir die hauptstadt des staates {} | tuvalu=TV; tansania=TZ; ukraine=UA
bare-keyword | alexa {} hauptstadt | uganda=UG; usa=US; uruguay=UY
bare-keyword | alexa hauptstadt {} los | usbekistan=UZ; st vincent und die grenadinen=VC; venezuela=VE
regional-speech | alexa nu sach mal die hauptstadt von {} weeßte das | vietnam=VN; vanuatu=VU; samoa=WS
regional-speech | alexa gell du weisch doch die hauptstadt vom {} | jemen=YE; südafrika=ZA; sambia=ZM
regional-speech | alexa wie haaßt denn die hauptstadt vo {} | simbabwe=ZW; ungarn=HU; polen=PL
subdivision | alexa icke wohn in {} aba wat is da die hauptstadt | brandenburg=DE-BB; berlin=DE-BE; mecklenburg-vorpommern=DE-MV
subdivision | alexa nu ich komm aus {} und weeß die landeshauptstadt ni | sachsen=DE-SN; sachsen-anhalt=DE-ST; thüringen=DE-TH
subdivision | alexa ha was isch die landeshauptstadt von {} | baden-württemberg=DE-BW; bayern=DE-BY; hessen=DE-HE
subdivision | alexa welche stadt ist landeshauptstadt in {} | niedersachsen=DE-NI; nordrhein-westfalen=DE-NW; rheinland-pfalz=DE-RP
subdivision | alexa wie heißt die landeshauptstadt vom {} | saarland=DE-SL; schleswig-holstein=DE-SH; stadtstaat bremen=DE-HB
subdivision | alexa hat {} als stadtstaat auch eine hauptstadt | hamburg=DE-HH; bremen=DE-HB; berlin=DE-BE
subdivision | alexa wir fahren mit dem wohnmobil durch {} was ist die hauptstadt vom bundesstaat | alabama=US-AL; alaska=US-AK; arizona=US-AZ
subdivision | alexa mein austauschschüler kommt aus {} wie heißt die hauptstadt dort | arkansas=US-AR; kalifornien=US-CA; colorado=US-CO
subdivision | alexa hauptstadt vom us bundesstaat {} | connecticut=US-CT; delaware=US-DE; florida=US-FL
subdivision | alexa abi was ist die hauptstadt von {} in amerika | georgia=US-GA; hawaii=US-HI; idaho=US-ID
subdivision | alexa nu und die hauptstadt vom bundesstaat {} | illinois=US-IL; indiana=US-IN; iowa=US-IA
subdivision | alexa welche stadt ist die hauptstadt des bundesstaates {} | kansas=US-KS; kentucky=US-KY; louisiana=US-LA
subdivision | alexa für meine route sechsundsechzig tour was ist die hauptstadt von {} | maine=US-ME; maryland=US-MD; massachusetts=US-MA
subdivision | alexa oida wie heißt die hauptstadt von {} in den usa | michigan=US-MI; minnesota=US-MN; mississippi=US-MS
subdivision | alexa bei jeopardy kam die hauptstadt von {} dran welche ist das | missouri=US-MO; montana=US-MT; nebraska=US-NE
subdivision | alexa ich hab im auslandsjahr in {} gewohnt was war da die hauptstadt | nevada=US-NV; new hampshire=US-NH; new jersey=US-NJ
subdivision | alexa ist die hauptstadt von {} wirklich nicht die größte stadt wie heißt sie | new mexico=US-NM; new york=US-NY; north carolina=US-NC
subdivision | alexa mein onkel fährt truck in {} welche stadt ist dort die hauptstadt | north dakota=US-ND; ohio=US-OH; oklahoma=US-OK
subdivision | alexa hauptstadt von {} dem bundesstaat bitte | oregon=US-OR; pennsylvania=US-PA; rhode island=US-RI
subdivision | alexa gugge mal wie heißt die hauptstadt von {} drüben in amerika | south carolina=US-SC; south dakota=US-SD; tennessee=US-TN
subdivision | alexa yani in {} welche stadt ist die hauptstadt | texas=US-TX; utah=US-UT; vermont=US-VT
subdivision | alexa sagen sie mir bitte die hauptstadt des us staates {} | virginia=US-VA; washington=US-WA; west virginia=US-WV
subdivision | alexa und wisconsin und so was ist die hauptstadt von {} | wisconsin=US-WI; wyoming=US-WY; pennsylvanien=US-PA
subdivision | alexa welche stadt ist hauptstadt der kanadischen provinz {} | alberta=CA-AB; british columbia=CA-BC; manitoba=CA-MB
subdivision | alexa mein cousin macht work and travel in {} wie heißt die hauptstadt | new brunswick=CA-NB; neufundland=CA-NL; nova scotia=CA-NS
subdivision | alexa was ist die hauptstadt von {} in kanada | ontario=CA-ON; prince edward island=CA-PE; quebec=CA-QC
subdivision | alexa nu sag mir die hauptstadt vom kanadischen territorium {} | yukon=CA-YT; nunavut=CA-NU; den nordwest-territorien=CA-NT
subdivision | alexa und saskatchewan wie heißt die hauptstadt von {} nochmal | saskatchewan=CA-SK; neuschottland=CA-NS; neubraunschweig=CA-NB
subdivision | alexa mein sohn macht ein jahr in {} in australien was ist die hauptstadt | new south wales=AU-NSW; queensland=AU-QLD; victoria=AU-VIC
subdivision | alexa die hauptstadt vom australischen bundesstaat {} | south australia=AU-SA; tasmanien=AU-TAS; western australia=AU-WA
subdivision | alexa was ist die hauptstadt vom {} in australien | northern territory=AU-NT; australian capital territory=AU-ACT; südaustralien=AU-SA
subdivision | alexa minha mãe kommt aus {} was ist die hauptstadt dort | acre=BR-AC; alagoas=BR-AL; amapá=BR-AP
subdivision | alexa im brasilianischen bundesstaat {} welche stadt ist die hauptstadt | amazonas=BR-AM; bahia=BR-BA; ceará=BR-CE
subdivision | alexa was ist die hauptstadt von {} in brasilien | espírito santo=BR-ES; goiás=BR-GO; maranhão=BR-MA
subdivision | alexa beim capoeira hat einer von {} erzählt wie heißt da die hauptstadt | mato grosso=BR-MT; mato grosso do sul=BR-MS; minas gerais=BR-MG
subdivision | alexa hauptstadt des bundesstaats {} in brasilien | pará=BR-PA; paraíba=BR-PB; paraná=BR-PR
subdivision | alexa ich war im karneval in {} was ist die hauptstadt da | pernambuco=BR-PE; piauí=BR-PI; rio grande do norte=BR-RN
subdivision | alexa welche ist die hauptstadt vom brasilianischen staat {} | rio grande do sul=BR-RS; rondônia=BR-RO; roraima=BR-RR
subdivision | alexa und von {} die hauptstadt in brasilien | santa catarina=BR-SC; sergipe=BR-SE; tocantins=BR-TO
subdivision | alexa mein kollege aus bangalore fragt die hauptstadt von {} | andhra pradesh=IN-AP; arunachal pradesh=IN-AR; assam=IN-AS
subdivision | alexa was ist die hauptstadt vom indischen bundesstaat {} | bihar=IN-BR; chhattisgarh=IN-CG; goa=IN-GA
subdivision | alexa beim yoga retreat in {} wollte ich wissen wie die hauptstadt heißt | gujarat=IN-GJ; haryana=IN-HR; himachal pradesh=IN-HP
subdivision | alexa welche stadt ist die hauptstadt von {} in indien | jharkhand=IN-JH; karnataka=IN-KA; kerala=IN-KL
subdivision | alexa hauptstadt von {} indien bitte | madhya pradesh=IN-MP; maharashtra=IN-MH; manipur=IN-MN
subdivision | alexa im nordosten von indien liegt {} was ist da die hauptstadt | meghalaya=IN-ML; mizoram=IN-MZ; nagaland=IN-NL
subdivision | alexa die hauptstadt des bundesstaats {} bitte | odisha=IN-OD; rajasthan=IN-RJ; sikkim=IN-SK
subdivision | alexa meine kollegin aus chennai fragt wie heißt die hauptstadt von {} | tamil nadu=IN-TN; telangana=IN-TS; tripura=IN-TR
subdivision | alexa was ist die hauptstadt von {} im indischen norden | uttar pradesh=IN-UP; punjab=IN-PB; ladakh=IN-LA
subdivision | alexa und das unionsterritorium {} welche hauptstadt hat das | lakshadweep=IN-LD; puducherry=IN-PY; delhi=IN-DL
subdivision | alexa órale güey die hauptstadt vom mexikanischen staat {} | aguascalientes=MX-AGU; baja california=MX-BCN; campeche=MX-CAM
subdivision | alexa welche stadt ist hauptstadt von {} in mexiko | chiapas=MX-CHP; chihuahua=MX-CHH; coahuila=MX-COA
subdivision | alexa für meinen mexiko urlaub die hauptstadt von {} | colima=MX-COL; durango=MX-DUR; guanajuato=MX-GUA
subdivision | alexa im reiseführer steht {} was ist da die hauptstadt | guerrero=MX-GRO; hidalgo=MX-HID; jalisco=MX-JAL
subdivision | alexa was ist die hauptstadt vom bundesstaat {} in mexiko | michoacán=MX-MIC; morelos=MX-MOR; nayarit=MX-NAY
subdivision | alexa mi abuela ist aus {} wie heißt die hauptstadt | nuevo león=MX-NLE; oaxaca=MX-OAX; puebla=MX-PUE
subdivision | alexa hauptstadt von {} mexiko | querétaro=MX-QUE; quintana roo=MX-ROO; san luis potosí=MX-SLP
subdivision | alexa und welche hauptstadt hat {} in mexiko | sinaloa=MX-SIN; sonora=MX-SON; tabasco=MX-TAB
subdivision | alexa die hauptstadt des mexikanischen bundesstaats {} wäre | tamaulipas=MX-TAM; tlaxcala=MX-TLA; veracruz=MX-VER
subdivision | alexa wie heißt die hauptstadt von {} wo die maya waren | yucatán=MX-YUC; zacatecas=MX-ZAC; baja california sur=MX-BCS
subdivision | alexa welche stadt ist hauptstadt von {} im vereinigten königreich | england=GB-ENG; schottland=GB-SCT; wales=GB-WLS
territory | alexa wir segeln in der karibik nach {} was ist die hauptstadt dort | anguilla=AI; aruba=AW; curaçao=CW
territory | alexa was ist die hauptstadt von {} das gehört doch zu frankreich | martinique=MQ; guadeloupe=GP; französisch-guayana=GF
territory | alexa für meine briefmarkensammlung wie heißt die hauptstadt von {} | st helena=SH; den falklandinseln=FK; den pitcairninseln=PN
territory | alexa hauptstadt von {} der insel bitte | guernsey=GG; jersey=JE; der isle of man=IM
territory | alexa im pazifik gibts {} welche stadt ist da die hauptstadt | französisch-polynesien=PF; neukaledonien=NC; guam=GU
territory | alexa was ist die hauptstadt von {} im atlantik | bermuda=BM; den färöer inseln=FO; grönland=GL
territory | alexa wie heißt der hauptort von {} | den kaimaninseln=KY; montserrat=MS; den cookinseln=CK
territory | alexa die hauptstadt von {} auf englisch oder deutsch egal | puerto rico=PR; amerikanisch-samoa=AS; den nördlichen marianen=MP
territory | alexa ich hab mal auf {} urlaub gemacht was ist da die hauptstadt | réunion=RE; mayotte=YT; st martin=MF
follow-up | und wat is mit polen | PL
follow-up | nu und von tschechien | CZ
follow-up | ha und vom elsass nei von frankreich mein i | FR
follow-up | und jetzt noch die von litauen bitte | LT
follow-up | und die von der mongolei auch noch | MN
follow-up | okay und was ist mit kasachstan | KZ
follow-up | gut und dann noch usbekistan | UZ
follow-up | und als nächstes bitte die hauptstadt von georgien | GE
follow-up | und nun sachsen | DE-SN
follow-up | und thüringen wie ist es da | DE-TH
follow-up | und das nachbarland slowakei | SK
follow-up | jetzt noch kroatien dann hör ich auf | HR
follow-up | und wie sieht es bei griechenland aus | GR
follow-up | tamam und türkei | TR
follow-up | und was hat albanien für eine hauptstadt | AL
follow-up | und bei ecuador | EC
follow-up | ja und peru dann | PE
follow-up | und dann noch kolumbien und fertig | CO
follow-up | und island wie heißt die da | IS
follow-up | na und die von irland | IE
follow-up | und vom nachbarn österreich | AT
follow-up | und wenn ich jetzt nach tunesien weiterreise | TN
follow-up | okay danke und mexiko | MX
follow-up | und was ist mit den philippinen po | PH
follow-up | gut und nun indonesien | ID
follow-up | und jetzt noch äthiopien für mein quiz | ET
follow-up | und kenia gleich daneben | KE
follow-up | weiter mit tansania | TZ
follow-up | und die hauptstadt von sambia dazu | ZM
follow-up | ok und dann vom bundesland brandenburg | DE-BB
follow-up | und was ist mit sachsen-anhalt | DE-ST
follow-up | und das gleiche für texas | US-TX
follow-up | und dann bitte noch ontario | CA-ON
follow-up | und für queensland | AU-QLD
follow-up | und wie heißt sie bei marokko | MA
follow-up | und jordanien noch wenn du schon dabei bist | JO
follow-up | ach und armenien hätte ich fast vergessen | AM
follow-up | und von usbekistan äh nein von turkmenistan | TM
follow-up | und was ist mit den schotten | GB-SCT
follow-up | nächste frage vietnam | VN
follow-up | und die hauptstadt vom land daneben also laos | LA
follow-up | und bei neuseeland | NZ
plural-capitals | alexa welche hauptstädte hat südafrika | ZA
plural-capitals | alexa stimmt es dass südafrika drei hauptstädte hat welche sind das | ZA
plural-capitals | alexa nu wie heißen die hauptstädte von bolivien | BO
plural-capitals | alexa bolivien hat doch zwei hauptstädte oder welche | BO
plural-capitals | alexa welche zwei hauptstädte hat benin | BJ
plural-capitals | alexa sind porto novo und cotonou beide hauptstädte von benin | BJ
plural-capitals | alexa die hauptstädte der elfenbeinküste bitte | CI
plural-capitals | alexa côte d'ivoire hat zwei hauptstädte wie heißen sie | CI
plural-capitals | alexa welche hauptstädte hat sri lanka | LK
plural-capitals | alexa sri lanka hat so ne lange hauptstadt und noch colombo oder welche sind es | LK
plural-capitals | alexa malaysia hat zwei hauptstädte welche | MY
plural-capitals | alexa ist putrajaya oder kuala lumpur die hauptstadt von malaysia oder beide | MY
plural-capitals | alexa die niederlande haben amsterdam und den haag welche ist die hauptstadt | NL
plural-capitals | alexa welche hauptstädte haben die niederlande | NL
plural-capitals | alexa eswatini hat zwei hauptstädte wie heißen die | SZ
plural-capitals | alexa was sind die hauptstädte von swasiland | SZ
plural-capitals | alexa palästina welche hauptstädte werden da genannt | PS
plural-capitals | alexa die hauptstädte der palästinensischen gebiete | PS
plural-capitals | alexa jammu und kashmir hat zwei hauptstädte welche | IN-JK
plural-capitals | alexa welche hauptstädte hat uttarakhand sommer und winter | IN-UK
plural-capitals | alexa montserrat hat zwei hauptstädte wegen dem vulkan oder | MS
plural-capitals | alexa abi südafrika hat drei hauptstädte yani welche | ZA
plural-capitals | alexa nu welche hauptstädte hat den holland | NL
plural-capitals | alexa grüezi welche hauptstädte hät bolivie | BO
plural-capitals | alexa alle hauptstädte von südafrika aufzählen bitte | ZA
plural-capitals | alexa in welchen städten sitzt die regierung von südafrika | ZA
plural-capitals | alexa hat benin wirklich zwei hauptstädte und welche | BJ
plural-capitals | alexa sucre und la paz sind das beides hauptstädte von bolivien | BO
plural-capitals | alexa zähl mir die hauptstädte von malaysia auf | MY
plural-capitals | alexa welche städte sind hauptstädte von eswatini | SZ
subdivision | alexa was ist die hauptstadt von nordirland | GB-NIR
subdivision | alexa welche stadt ist die hauptstadt von westbengalen | IN-WB
subdivision | alexa hauptstadt der andamanen und nikobaren | IN-AN
subdivision | alexa welche hauptstadt hat chandigarh als unionsterritorium | IN-CH
subdivision | alexa was ist die hauptstadt von dadra und nagar haveli und daman und diu | IN-DH
subdivision | alexa was ist die hauptstadt vom bundesstaat méxico nicht mexiko-stadt | MX-MEX
subdivision | alexa hat mexiko-stadt als bundesgebiet eine hauptstadt | MX-CMX
subdivision | alexa was ist die hauptstadt vom bundesdistrikt in brasilien | BR-DF
subdivision | alexa was ist die hauptstadt vom bundesstaat rio de janeiro | BR-RJ
subdivision | alexa der bundesstaat são paulo welche hauptstadt hat der | BR-SP
subdivision | alexa hat washington dc eine hauptstadt | US-DC
subdivision | alexa icke frag ma die landeshauptstadt von meck pomm | DE-MV
subdivision | alexa wat is die hauptstadt von nrw düsseldorf oder köln | DE-NW
subdivision | alexa was ist die hauptstadt von bawü | DE-BW
subdivision | alexa was ist die hauptstadt von rlp | DE-RP
subdivision | alexa nu und de landeshauptstadt vom freistaat sachsen | DE-SN
subdivision | alexa landeshauptstadt vom freistaat thüringen | DE-TH
subdivision | alexa hauptstadt vom freistaat bayern | DE-BY
subdivision | alexa welche stadt ist die hauptstadt von cymru also wales | GB-WLS
subdivision | alexa was ist die hauptstadt von kalifornien los angeles oder | US-CA
subdivision | alexa die hauptstadt von tamil nadu heißt doch nicht mehr madras oder | IN-TN
subdivision | alexa was ist die hauptstadt von britisch kolumbien | CA-BC
subdivision | alexa was ist die hauptstadt von neufundland und labrador | CA-NL
subdivision | alexa welche stadt ist hauptstadt von jammu und kashmir | IN-JK
subdivision | alexa die hauptstadt von uttarakhand bitte | IN-UK
territory | alexa was ist die hauptstadt von bonaire also den karibischen niederlanden | BQ
territory | alexa hauptstadt von sint maarten dem niederländischen teil | SX
territory | alexa welche stadt ist hauptort von saint barthélemy | BL
territory | alexa was ist die hauptstadt der ålandinseln | AX
territory | alexa die hauptstadt der kokosinseln | CC
territory | alexa was ist die hauptstadt der weihnachtsinsel | CX
territory | alexa hat gibraltar eine hauptstadt | GI
territory | alexa hauptstadt vom britischen territorium im indischen ozean | IO
territory | alexa was ist die hauptstadt der norfolkinsel | NF
territory | alexa welche hauptstadt hat niue | NU
territory | alexa was ist die hauptstadt von saint pierre und miquelon | PM
territory | alexa was ist der hauptort von spitzbergen | SJ
territory | alexa die hauptstadt der turks und caicosinseln bitte | TC
territory | alexa was ist die hauptstadt der französischen süd und antarktisgebiete | TF
territory | alexa welche stadt ist die hauptstadt von tokelau | TK
territory | alexa hauptstadt der britischen jungferninseln | VG
territory | alexa was ist die hauptstadt der amerikanischen jungferninseln | VI
territory | alexa hauptstadt von wallis und futuna | WF
territory | alexa was ist die hauptstadt der westsahara | EH
territory | alexa welche stadt ist hauptstadt von taiwan | TW
territory | alexa was ist die hauptstadt vom kosovo | XK
territory | alexa was ist die hauptstadt von palästina | PS
territory | alexa hat der vatikan eine hauptstadt | VA
territory | alexa was ist die hauptstadt von hongkong | HK
territory | alexa hat macau eine hauptstadt | MO
territory | alexa gibt es eine hauptstadt der antarktis | AQ
territory | alexa was ist die hauptstadt von südgeorgien | GS
territory | alexa hauptstadt von grönland auf grönländisch | GL
official-name | alexa was ist die hauptstadt der bundesrepublik deutschland | DE
official-name | alexa hauptstadt der republik österreich | AT
official-name | alexa was ist die hauptstadt der schweizerischen eidgenossenschaft | CH
official-name | alexa wie heißt die hauptstadt der französischen republik | FR
official-name | alexa hauptstadt der italienischen republik bitte | IT
official-name | alexa was ist die hauptstadt des königreichs spanien | ES
official-name | alexa die hauptstadt der republik polen | PL
official-name | alexa was ist die hauptstadt der russischen föderation | RU
official-name | alexa hauptstadt der volksrepublik china | CN
official-name | alexa was ist die hauptstadt der republik türkei | TR
official-name | alexa hauptstadt der hellenischen republik | GR
official-name | alexa was ist die hauptstadt des königreichs marokko | MA
official-name | alexa hauptstadt der arabischen republik syrien | SY
official-name | alexa was ist die hauptstadt der republik kasachstan | KZ
official-name | alexa die hauptstadt der republik der philippinen | PH
official-name | alexa was ist die hauptstadt der republik indonesien | ID
official-name | alexa hauptstadt der vereinigten mexikanischen staaten | MX
official-name | alexa was ist die hauptstadt der vereinigten staaten von amerika | US
official-name | alexa die hauptstadt des vereinigten königreichs großbritannien und nordirland | GB
official-name | alexa was ist die hauptstadt des fürstentums liechtenstein | LI
official-name | alexa hauptstadt des großherzogtums luxemburg | LU
official-name | alexa was ist die hauptstadt der republik kroatien | HR
official-name | alexa die hauptstadt der tschechischen republik | CZ
official-name | alexa was ist die hauptstadt der islamischen republik iran | IR
official-name | alexa hauptstadt der demokratischen volksrepublik korea | KP
official-name | alexa was ist die hauptstadt der republik korea | KR
official-name | alexa hauptstadt des haschemitischen königreichs jordanien | JO
official-name | alexa was ist die hauptstadt der sozialistischen republik vietnam | VN
official-name | alexa hauptstadt des plurinationalen staates bolivien | BO
official-name | alexa was ist die hauptstadt der bolivarischen republik venezuela | VE
official-name | alexa die hauptstadt des königreichs thailand | TH
official-name | alexa was ist die hauptstadt der republik der union myanmar | MM
official-name | alexa hauptstadt der föderalen demokratischen republik äthiopien | ET
official-name | alexa was ist die hauptstadt der kooperativen republik guyana | GY
official-name | alexa hauptstadt des sultanats oman | OM
everyday-name | alexa was ist die hauptstadt von holland | NL
everyday-name | alexa icke wollt wissen die hauptstadt von ami land | US
everyday-name | alexa was ist die hauptstadt von england also großbritannien dem ganzen | GB
everyday-name | alexa hauptstadt von tschechei | CZ
everyday-name | alexa was ist die hauptstadt von weißrussland | BY
everyday-name | alexa nu die hauptstadt vom russenland | RU
everyday-name | alexa hauptstadt von burma | MM
everyday-name | alexa was ist die hauptstadt von persien heute | IR
everyday-name | alexa hauptstadt von swasiland | SZ
everyday-name | alexa was ist die hauptstadt von mazedonien | MK
everyday-name | alexa hauptstadt von der elfenbeinküste | CI
everyday-name | alexa was ist die hauptstadt von kap verde | CV
everyday-name | alexa hauptstadt von osttimor | TL
everyday-name | alexa was ist die hauptstadt von kirgisien | KG
everyday-name | alexa hauptstadt von den emiraten | AE
everyday-name | alexa was ist die hauptstadt von ceylon heute sri lanka | LK
everyday-name | alexa hauptstadt von siam wie man früher sagte | TH
everyday-name | alexa was war die hauptstadt von zaire und heute | CD
everyday-name | alexa hauptstadt vom kongo kinshasa | CD
everyday-name | alexa was ist die hauptstadt von kongo brazzaville | CG
everyday-name | alexa die hauptstadt von nordkorea also dem norden | KP
everyday-name | alexa hauptstadt von bosnien | BA
everyday-name | alexa was ist die hauptstadt von trinidad | TT
everyday-name | alexa hauptstadt von st kitts | KN
everyday-name | alexa was ist die hauptstadt von moldawien | MD
everyday-name | alexa hauptstadt von den staaten in amerika | US
everyday-name | alexa was ist die hauptstadt von der ddr heute deutschland | DE
everyday-name | alexa hauptstadt vom ländle baden-württemberg | DE-BW
everyday-name | alexa was ist die hauptstadt von papua | PG
everyday-name | alexa hauptstadt von guinea bissau | GW
everyday-name | alexa wie heißt die hauptstadt von dahomey heute benin | BJ
everyday-name | alexa hauptstadt von abessinien | ET
everyday-name | alexa was ist die hauptstadt vom ostblock land bjelorussland | BY
everyday-name | alexa hauptstadt von saudi | SA
everyday-name | alexa was ist die hauptstadt von neuguinea papua | PG
shared-name | alexa was ist die hauptstadt von kongo | CD+CG
shared-name | alexa die hauptstädte der beiden kongos | CD+CG
shared-name | alexa was ist die hauptstadt von korea | KP+KR
shared-name | alexa hauptstadt von nord und südkorea | KP+KR
shared-name | alexa was ist die hauptstadt von georgia | GE+US-GA
shared-name | alexa die hauptstadt der jungferninseln | VG+VI
shared-name | alexa was sind die hauptstädte von dominica und der dominikanischen republik | DM+DO
shared-name | alexa nu was is de hauptstadt vom kongo | CD+CG
shared-name | alexa beide koreas welche hauptstädte | KP+KR
shared-name | alexa hauptstadt von georgia ich weiß nicht ob land oder staat | GE+US-GA
shared-name | alexa welche hauptstadt haben die jungferninseln | VG+VI
shared-name | alexa die hauptstadt von korea bitte für meine koreanisch lehrerin | KP+KR
shared-name | alexa yani kongo hauptstadt | CD+CG
shared-name | alexa georgia hauptstadt | GE+US-GA
shared-name | alexa dominica und dominikanische republik welche hauptstädte | DM+DO
shared-name | alexa was ist die hauptstadt von der republik kongo und der demokratischen | CD+CG
shared-name | alexa die koreanische hauptstadt | KP+KR
shared-name | alexa die kongolesische hauptstadt | CD+CG
reverse-question | alexa von welchem land ist ulaanbaatar die hauptstadt | CITY:Ulaanbaatar
reverse-question | alexa wessen hauptstadt ist bischkek | CITY:Bischkek
reverse-question | alexa zu welchem land gehört die hauptstadt duschanbe | CITY:Duschanbe
reverse-question | alexa nu wo is denn windhoek hauptstadt | CITY:Windhoek
reverse-question | alexa von welchem staat ist montevideo die hauptstadt | CITY:Montevideo
reverse-question | alexa welches land hat die hauptstadt asunción | CITY:Asunción
reverse-question | alexa wovon ist paramaribo die hauptstadt | CITY:Paramaribo
reverse-question | alexa ouagadougou ist hauptstadt von welchem land | CITY:Ouagadougou
reverse-question | alexa welches land hat als hauptstadt nouakchott | CITY:Nouakchott
reverse-question | alexa zu welchem land gehört tegucigalpa als hauptstadt | CITY:Tegucigalpa
reverse-question | alexa von wo ist vientiane die hauptstadt | CITY:Vientiane
reverse-question | alexa welcher staat hat die hauptstadt ljubljana | CITY:Ljubljana
reverse-question | alexa bratislava ist hauptstadt von welchem land | CITY:Bratislava
reverse-question | alexa von welchem land ist tiflis die hauptstadt | CITY:Tiflis
reverse-question | alexa eriwan ist die hauptstadt wovon | CITY:Eriwan
reverse-question | alexa welches land hat die hauptstadt baku | CITY:Baku
reverse-question | alexa zu welchem land gehört die hauptstadt chisinau | CITY:Chișinău
reverse-question | alexa von welchem land ist podgorica die hauptstadt | CITY:Podgorica
reverse-question | alexa welches land hat die hauptstadt skopje | CITY:Skopje
reverse-question | alexa wovon ist gitega hauptstadt | CITY:Gitega
reverse-question | alexa welcher staat hat dodoma als hauptstadt | CITY:Dodoma
reverse-question | alexa von welchem land ist abuja die hauptstadt | CITY:Abuja
reverse-question | alexa welcher us bundesstaat hat die hauptstadt sacramento | CITY:Sacramento
reverse-question | alexa von welchem bundesstaat ist tallahassee die hauptstadt | CITY:Tallahassee
reverse-question | alexa welcher bundesstaat hat die hauptstadt juneau | CITY:Juneau
reverse-question | alexa welches bundesland hat schwerin als hauptstadt | CITY:Schwerin
reverse-question | alexa von welchem bundesland ist magdeburg die landeshauptstadt | CITY:Magdeburg
reverse-question | alexa welches bundesland hat die hauptstadt erfurt | CITY:Erfurt
reverse-question | alexa nu wovon is dresden de hauptstadt | CITY:Dresden
reverse-question | alexa welches bundesland hat potsdam als hauptstadt | CITY:Potsdam
reverse-question | alexa welche provinz hat die hauptstadt winnipeg | CITY:Winnipeg
reverse-question | alexa von welcher kanadischen provinz ist halifax die hauptstadt | CITY:Halifax
reverse-question | alexa welcher australische bundesstaat hat hobart als hauptstadt | CITY:Hobart
reverse-question | alexa welcher indische bundesstaat hat die hauptstadt jaipur | CITY:Jaipur
reverse-question | alexa von welchem staat in brasilien ist manaus die hauptstadt | CITY:Manaus
reverse-question | alexa welcher mexikanische bundesstaat hat guadalajara als hauptstadt | CITY:Guadalajara
reverse-question | alexa wovon ist kingston die hauptstadt | CITY:Kingston
reverse-question | alexa welche orte haben victoria als hauptstadt | CITY:Victoria
reverse-question | alexa wovon ist chandigarh die hauptstadt | CITY:Chandigarh
reverse-question | alexa welches land hat die hauptstadt naypyidaw | CITY:Naypyidaw
reverse-question | alexa von welchem land ist palikir die hauptstadt | CITY:Palikir
reverse-question | alexa wessen hauptstadt ist funafuti | CITY:Funafuti
reverse-question | alexa welches land hat die hauptstadt honiara | CITY:Honiara
reverse-question | alexa zu welchem land gehört valletta | CITY:Valletta
reverse-question | alexa abi ankara ist die hauptstadt von welchem land | CITY:Ankara
reverse-question | alexa von welchem land ist astana die hauptstadt | CITY:Astana
reverse-question | alexa welches land hat die hauptstadt bandar seri begawan | CITY:Bandar Seri Begawan
reverse-question | alexa welche insel hat die hauptstadt tórshavn | CITY:Tórshavn
yes-no-check | alexa icke frag ma is bonn noch hauptstadt von deutschland | DE
yes-no-check | alexa nu is leipzig de hauptstadt von sachsen | DE-SN
yes-no-check | alexa ha isch stuttgart die hauptstadt von baden-württemberg | DE-BW
yes-no-check | alexa is nürnberg fei die hauptstadt von bayern | DE-BY
yes-no-check | alexa ist graz die hauptstadt von österreich oder wien | AT
yes-no-check | alexa isch züri d hauptstadt vo de schwiiz | CH
yes-no-check | alexa ist bozen die hauptstadt von italien | IT
yes-no-check | alexa ist jena die hauptstadt von thüringen | DE-TH
yes-no-check | alexa ist rostock die hauptstadt von mecklenburg-vorpommern | DE-MV
yes-no-check | alexa ist köln die hauptstadt von nordrhein-westfalen | DE-NW
yes-no-check | alexa ist saarbrücken die hauptstadt vom saarland | DE-SL
yes-no-check | alexa abi ist istanbul die hauptstadt von der türkei | TR
yes-no-check | alexa ist sankt petersburg die hauptstadt von russland | RU
yes-no-check | alexa ist krakau die hauptstadt von polen | PL
yes-no-check | alexa ist mailand die hauptstadt von italien | IT
yes-no-check | alexa ist thessaloniki die hauptstadt von griechenland | GR
yes-no-check | alexa ist aleppo die hauptstadt von syrien | SY
yes-no-check | alexa ist barcelona die hauptstadt von spanien | ES
yes-no-check | alexa ist split die hauptstadt von kroatien | HR
yes-no-check | alexa ist cebu die hauptstadt von den philippinen | PH
yes-no-check | alexa ist bali die hauptstadt von indonesien | ID
yes-no-check | alexa ist almaty die hauptstadt von kasachstan | KZ
yes-no-check | alexa ist casablanca die hauptstadt von marokko | MA
yes-no-check | alexa ist guadalajara die hauptstadt von mexiko | MX
yes-no-check | alexa ist sydney die hauptstadt von australien | AU
yes-no-check | alexa ist toronto die hauptstadt von kanada | CA
yes-no-check | alexa ist new york die hauptstadt von amerika | US
yes-no-check | alexa ist rio die hauptstadt von brasilien | BR
yes-no-check | alexa ist lagos die hauptstadt von nigeria | NG
yes-no-check | alexa ist zürich die hauptstadt der schweiz | CH
yes-no-check | alexa ist auckland die hauptstadt von neuseeland | NZ
yes-no-check | alexa ist dubai die hauptstadt der emirate | AE
yes-no-check | alexa ist tel aviv die hauptstadt von israel | IL
yes-no-check | alexa ist karachi die hauptstadt von pakistan | PK
yes-no-check | alexa ist mumbai die hauptstadt von indien | IN
yes-no-check | alexa ist ho chi minh stadt die hauptstadt von vietnam | VN
yes-no-check | alexa ist dresden die hauptstadt von sachsen ja oder nein | DE-SN
yes-no-check | alexa ist innsbruck die hauptstadt von österreich | AT
yes-no-check | alexa ist edinburgh die hauptstadt von schottland | GB-SCT
yes-no-check | alexa ist glasgow die hauptstadt von schottland | GB-SCT
yes-no-check | alexa ist chicago die hauptstadt von illinois | US-IL
yes-no-check | alexa ist montreal die hauptstadt von quebec | CA-QC
yes-no-check | alexa ist melbourne die hauptstadt von victoria | AU-VIC
yes-no-check | alexa ist bombay die hauptstadt von maharashtra | IN-MH
yes-no-check | alexa ist cancún die hauptstadt von quintana roo | MX-ROO
self-correction | alexa was ist die hauptstadt von schweden nee norwegen | NO
self-correction | alexa hauptstadt von österreich ach quatsch von ungarn | HU
self-correction | alexa nu die hauptstadt von polen nee von tschechien mein ich | CZ
self-correction | alexa hauptstadt von slowenien äh slowakei | SK
self-correction | alexa die hauptstadt von island nein irland | IE
self-correction | alexa was ist die hauptstadt von iran ich meine irak | IQ
self-correction | alexa hauptstadt von niger nein nigeria | NG
self-correction | alexa was ist die hauptstadt von gambia quatsch guinea | GN
self-correction | alexa hauptstadt von austria nicht australia | AT
self-correction | alexa ha die hauptstadt von baden-württemberg noi bayern | DE-BY
self-correction | alexa die hauptstadt von kolumbien äh ich meinte kambodscha | KH
self-correction | alexa was ist die hauptstadt von mali äh malawi | MW
self-correction | alexa hauptstadt von sudan also südsudan | SS
self-correction | alexa was ist die hauptstadt von dominica nein von der dominikanischen republik | DO
self-correction | alexa hauptstadt von lettland nein litauen sorry | LT
self-correction | alexa die hauptstadt von paraguay äh uruguay | UY
self-correction | alexa was ist die hauptstadt von kroatien korrektur serbien | RS
self-correction | alexa hauptstadt von syrien äh nein libanon | LB
self-correction | alexa yani hauptstadt von jordanien yok irak | IQ
self-correction | alexa die hauptstadt von georgien nein armenien | AM
self-correction | alexa was ist die hauptstadt von nepal moment bhutan | BT
self-correction | alexa die hauptstadt von mauritius ach nee mauretanien | MR
self-correction | alexa hauptstadt von guyana nein ghana | GH
self-correction | alexa nu was is de hauptstadt von sachsen nee sachsen-anhalt | DE-ST
self-correction | alexa die landeshauptstadt von hessen ne rheinland-pfalz | DE-RP
self-correction | alexa hauptstadt von niedersachsen ach nein schleswig-holstein | DE-SH
self-correction | alexa was ist die hauptstadt von virginia ne west virginia | US-WV
self-correction | alexa die hauptstadt von south dakota korrigiere north dakota | US-ND
self-correction | alexa was ist die hauptstadt von ontario oh sorry manitoba | CA-MB
self-correction | alexa hauptstadt von tschad äh nein togo | TG
self-correction | alexa welche stadt ist hauptstadt von tonga nein samoa | WS
self-correction | alexa hauptstadt von katar also nein kuwait | KW
self-correction | alexa was ist die hauptstadt von oman warte jemen | YE
self-correction | alexa hauptstadt von kenia ne uganda | UG
self-correction | alexa die hauptstadt von algerien ach ne von tunesien | TN
self-correction | alexa hauptstadt von estland nee lettland | LV
self-correction | alexa was ist die hauptstadt von chile nee quatsch argentinien | AR
self-correction | alexa die hauptstadt von bolivien ne peru | PE
self-correction | alexa hauptstadt von belgien oder warte luxemburg | LU
self-correction | alexa was ist die hauptstadt von finnland ich meine estland | EE
help | alexa icke kapier dit nich wat kann ick hier fragen | HELP
help | nu was kann man denn hier so machen | HELP
help | ha wie goht des jetzt mit dem hauptstadtzeug | HELP
help | oida wie funktioniert des eigentlich | HELP
help | chönd sie mir erkläre wie das gaht | HELP
help | abi wie benutze ich das yani | HELP
help | ich verstehe nicht was ich sagen soll bitte hilfe | HELP
help | hilf mir mal kurz ich weiß nicht weiter | HELP
help | was für fragen kann ich dir stellen | HELP
help | erklär mir bitte wie dieses hauptstadt ding geht | HELP
help | wie frage ich nach einer hauptstadt richtig | HELP
help | ich brauch ne anleitung | HELP
help | was kannst du mir alles sagen | HELP
help | welche befehle gibt es hier | HELP
help | meine oma weiß nicht wie das geht kannst du helfen | HELP
help | mama wie geht das alexa hilfe | HELP
help | ich hab keinen plan was ich hier machen soll | HELP
help | gib mir mal ein beispiel für eine frage | HELP
help | sag mir was ich fragen kann | HELP
help | wie war das nochmal mit den fragen | HELP
help | äh hilfe ich bin verloren | HELP
help | kannst du mir die regeln erklären | HELP
help | was geht hier eigentlich alles | HELP
help | ich bin neu hier wie geht das | HELP
help | hilfe bitte wie soll ich fragen | HELP
help | könnten sie mir bitte die bedienung erklären | HELP
help | digga wie läuft das hier | HELP
help | brauche hilfe mit der hauptstadt sache | HELP
help | nu gugge ich weeß nich weiter hilf ma | HELP
help | welche länder kennst du und wie frag ich | HELP
help | hä wie geht das jetzt | HELP
help | ich bräucht a bissl hilfe | HELP
help | was muss ich sagen damit du mir eine hauptstadt sagst | HELP
help | zeig mir wie das funktioniert | HELP
stop | alexa icke hab jenuch stopp | STOP
stop | nu hör ma uff jetze | STOP
stop | ha jetzt isch aber gut hör auf | STOP
stop | oida hör auf | STOP
stop | gnueg jetzt höred sie uf | STOP
stop | yeter abi stopp | STOP
stop | sei still alexa das kind schläft | STOP
stop | schluss jetzt | STOP
stop | ruhe bitte | STOP
stop | halt die klappe | STOP
stop | aus jetzt | STOP
stop | beenden bitte | STOP
stop | programm beenden | STOP
stop | ich will nicht mehr hör auf | STOP
stop | das reicht für heute stopp | STOP
stop | stopp stopp stopp | STOP
stop | hör auf zu reden | STOP
stop | sei mal leise | STOP
stop | alexa aus | STOP
stop | genug hauptstädte für heute aufhören | STOP
stop | okay ich bin fertig beende das | STOP
stop | mach aus | STOP
stop | quit | STOP
stop | alexa pssst ruhe | STOP
stop | jetzt ist feierabend hör auf | STOP
stop | hören sie bitte auf | STOP
stop | schnauze alexa | STOP
stop | nu is gut jetze | STOP
stop | beende die hauptstädte | STOP
stop | aufhören ich muss los | STOP
stop | tschüss alexa mach zu | STOP
stop | spiel beenden | STOP
cancel | vergiss es | CANCEL
cancel | ach vergiss es einfach | CANCEL
cancel | nu lass ma | CANCEL
cancel | ha lass no | CANCEL
cancel | oida vergiss des | CANCEL
cancel | isch egal vergässed sie s | CANCEL
cancel | bos ver abi vergiss es | CANCEL
cancel | abbrechen | CANCEL
cancel | abbruch bitte | CANCEL
cancel | brich das ab | CANCEL
cancel | ach nee doch nicht | CANCEL
cancel | nicht so wichtig vergiss es | CANCEL
cancel | egal lass gut sein | CANCEL
cancel | schon gut vergiss die frage | CANCEL
cancel | nimm das zurück | CANCEL
cancel | ich hab es mir anders überlegt abbrechen | CANCEL
cancel | nee lass mal stecken | CANCEL
cancel | vergiss was ich gesagt habe | CANCEL
cancel | storniere das | CANCEL
cancel | abbrechen bitte sofort | CANCEL
cancel | ach lassen sie es | CANCEL
cancel | vergiss die hauptstadt | CANCEL
cancel | kommando zurück | CANCEL
cancel | ne doch nicht sorry abbrechen | CANCEL
cancel | vergessen wir das | CANCEL
cancel | lass es einfach | CANCEL
cancel | ach schmarrn vergiss es | CANCEL
cancel | nu vergiss es ebend | CANCEL
cancel | lass gut sein ich frag später | CANCEL
cancel | brech ab bitte | CANCEL
cancel | cancel | CANCEL
cancel | nevermind alexa vergiss es | CANCEL
cancel | ach egal abbruch | CANCEL
launch | alexa öffne welthauptstädte | LAUNCH
launch | alexa starte hauptstädte der welt | LAUNCH
launch | alexa icke will welthauptstädte spielen | LAUNCH
launch | alexa nu mach ma welthauptstädte an | LAUNCH
launch | alexa ha starte mol hauptstädte der welt | LAUNCH
launch | alexa oida mach welthauptstädte auf | LAUNCH
launch | alexa bitte öffne den skill welthauptstädte | LAUNCH
launch | alexa ich möchte welthauptstädte starten | LAUNCH
launch | alexa welthauptstädte öffnen | LAUNCH
launch | alexa spiel hauptstädte der welt | LAUNCH
launch | alexa lade welthauptstädte | LAUNCH
launch | alexa öffne bitte die hauptstädte der welt | LAUNCH
launch | alexa frag welthauptstädte | LAUNCH
launch | alexa starte das hauptstadt quiz welthauptstädte | LAUNCH
launch | alexa aktiviere welthauptstädte | LAUNCH
launch | alexa abi mach mal hauptstädte der welt auf | LAUNCH
launch | alexa öffne world capitals | LAUNCH
launch | alexa starte world capitals bitte | LAUNCH
launch | alexa welt hauptstädte starten | LAUNCH
launch | alexa öffne hauptstadt der welt | LAUNCH
launch | alexa mach den hauptstädte skill an | LAUNCH
launch | alexa starte die welthauptstädte für die kinder | LAUNCH
launch | alexa wir wollen welthauptstädte spielen | LAUNCH
launch | alexa welthauptstädte bitte | LAUNCH
launch | alexa öffne welthauptstädte und frag mich | LAUNCH
out-of-domain | alexa wie wird das wetter morgen in leipzig | FB
out-of-domain | alexa stell einen timer auf zwölf minuten für die spätzle | FB
out-of-domain | alexa spiel was von rammstein | FB
out-of-domain | alexa mach das licht im flur aus | FB
out-of-domain | alexa wie viel uhr ist es | FB
out-of-domain | alexa setz milch auf die einkaufsliste | FB
out-of-domain | alexa icke will wissen wie hertha jespielt hat | FB
out-of-domain | alexa nu wie spät isses denn | FB
out-of-domain | alexa wann fährt die nächste s-bahn nach potsdam | FB
out-of-domain | alexa erzähl mir einen witz | FB
out-of-domain | alexa wie hoch ist die zugspitze | FB
out-of-domain | alexa wie lang ist der rhein | FB
out-of-domain | alexa was heißt kapital im finanzwesen | FB
out-of-domain | alexa was bedeutet hauptstadtzulage | FB
out-of-domain | alexa was ist das kapital von karl marx | FB
out-of-domain | alexa wie viel startkapital brauche ich für eine gmbh | FB
out-of-domain | alexa was ist ein großbuchstabe auf englisch capital letter | FB
out-of-domain | alexa wer hat das buch das kapital geschrieben | FB
out-of-domain | alexa was ist die hauptstadt von bayern im fußball | FB
out-of-domain | alexa welche stadt ist die hauptstadt der mode | FB
out-of-domain | alexa welche stadt nennt man die hauptstadt der liebe | FB
out-of-domain | alexa was ist die kulturhauptstadt europas dieses jahr | FB
out-of-domain | alexa welche stadt ist weltkulturerbe in sachsen | FB
out-of-domain | alexa was ist die hauptstadt von mordor | FB
out-of-domain | alexa was ist die hauptstadt von hogwarts | FB
out-of-domain | alexa was ist die hauptstadt von atlantis | FB
out-of-domain | alexa was ist die hauptstadt von westeros | FB
out-of-domain | alexa was ist die hauptstadt von lummerland | FB
out-of-domain | alexa was ist die hauptstadt von schlumpfhausen | FB
out-of-domain | alexa was war die hauptstadt des römischen reiches | FB
out-of-domain | alexa was war die hauptstadt von preußen | FB
out-of-domain | alexa was war die hauptstadt der sowjetunion | FB
out-of-domain | alexa was war die hauptstadt von jugoslawien | FB
out-of-domain | alexa was war die hauptstadt des heiligen römischen reiches | FB
out-of-domain | alexa was war die hauptstadt von byzanz | FB
out-of-domain | alexa was war die hauptstadt der azteken | FB
out-of-domain | alexa was ist die hauptstadt von franken | FB
out-of-domain | alexa was ist die hauptstadt von schwaben | FB
out-of-domain | alexa was ist die hauptstadt vom allgäu | FB
out-of-domain | alexa was ist die hauptstadt von südtirol | FB
out-of-domain | alexa was ist die hauptstadt von tirol | FB
out-of-domain | alexa was ist die hauptstadt vom kanton zürich | FB
out-of-domain | alexa was ist die hauptstadt von katalonien | FB
out-of-domain | alexa was ist die hauptstadt von sardinien | FB
out-of-domain | alexa was ist die hauptstadt von kurdistan | FB
out-of-domain | alexa was ist die hauptstadt von tschetschenien | FB
out-of-domain | alexa was ist die hauptstadt von sibirien | FB
out-of-domain | alexa was ist die hauptstadt der lausitz | FB
out-of-domain | alexa was ist die hauptstadt des ruhrgebiets | FB
out-of-domain | alexa was ist die hauptstadt von ostfriesland | FB
out-of-domain | alexa was ist die hauptstadt von anatolien | FB
out-of-domain | alexa was ist die hauptstadt von patagonien | FB
out-of-domain | alexa was ist die hauptstadt von kaschubien | FB
out-of-domain | alexa was ist die hauptstadt von mallorca | FB
out-of-domain | alexa was ist die hauptstadt von kreta | FB
out-of-domain | alexa was ist die hauptstadt von sansibar | FB
out-of-domain | alexa was ist die hauptstadt von mindanao | FB
out-of-domain | alexa was ist die hauptstadt von bali | FB
out-of-domain | alexa was ist die hauptstadt der karibik | FB
out-of-domain | alexa was ist die hauptstadt von afrika | FB
out-of-domain | alexa was ist die hauptstadt von europa | FB
out-of-domain | alexa was ist die hauptstadt der welt | FB
out-of-domain | alexa was ist die hauptstadt vom mond | FB
out-of-domain | alexa was ist die hauptstadt vom mars | FB
out-of-domain | alexa wie viele einwohner hat dresden | FB
out-of-domain | alexa wie weit ist es von berlin nach warschau | FB
out-of-domain | alexa wie sagt man hauptstadt auf türkisch | FB
out-of-domain | alexa wie sagt man danke auf polnisch | FB
out-of-domain | alexa übersetze hauptstadt ins russische | FB
out-of-domain | alexa welche sprache spricht man in kasachstan | FB
out-of-domain | alexa welche währung hat kroatien | FB
out-of-domain | alexa wie heißt der präsident von mexiko | FB
out-of-domain | alexa wer ist der bundeskanzler | FB
out-of-domain | alexa wie viele bundesländer hat deutschland | FB
out-of-domain | alexa wie viele länder gibt es auf der welt | FB
out-of-domain | alexa welches ist das größte land der welt | FB
out-of-domain | alexa welche hauptstadt ist die größte der welt | FB
out-of-domain | alexa welche hauptstadt liegt am höchsten | FB
out-of-domain | alexa wie kalt ist es gerade in moskau | FB
out-of-domain | alexa was kostet ein flug nach athen | FB
out-of-domain | alexa buch mir ein hotel in wien | FB
out-of-domain | alexa ruf mama an | FB
out-of-domain | alexa schick eine nachricht an ayse | FB
out-of-domain | alexa lies mir die nachrichten vor | FB
out-of-domain | alexa spiel deutschlandfunk | FB
out-of-domain | alexa lauter | FB
out-of-domain | alexa nächstes lied | FB
out-of-domain | alexa weck mich um sechs | FB
out-of-domain | alexa wo ist mein handy | FB
out-of-domain | alexa bestell mir katzenfutter | FB
out-of-domain | alexa wie ist das rezept für kartoffelsalat | FB
out-of-domain | alexa wie viel gramm mehl für einen stollen | FB
out-of-domain | alexa schalte den fernseher ein | FB
out-of-domain | alexa dreh die heizung hoch | FB
out-of-domain | alexa staubsauger starten | FB
out-of-domain | alexa wer hat gestern im derby gewonnen | FB
out-of-domain | alexa wann spielt bayern gegen dortmund | FB
out-of-domain | alexa wie steht es bei der tour de france | FB
out-of-domain | alexa wann ist der nächste feiertag in sachsen | FB
out-of-domain | alexa wann sind sommerferien in baden-württemberg | FB
out-of-domain | alexa abi wann ist ramadan dieses jahr | FB
out-of-domain | alexa nu was gibts neues | FB
out-of-domain | alexa ha wo gibts die beschte maultasche | FB
out-of-domain | alexa oida wie wird des wetter am wochenende | FB
out-of-domain | alexa grüezi wie spät isch es | FB
out-of-domain | alexa was heißt digga | FB
out-of-domain | alexa sing mir ein lied | FB
out-of-domain | alexa erzähl eine gute nacht geschichte | FB
out-of-domain | alexa was ist zwei plus zwei | FB
out-of-domain | alexa rechne dreihundert durch zwölf | FB
out-of-domain | alexa wie buchstabiert man rhythmus | FB
out-of-domain | alexa wie alt ist der kölner dom | FB
out-of-domain | alexa wann wurde die mauer gebaut | FB
out-of-domain | alexa warum ist berlin die hauptstadt geworden | FB
out-of-domain | alexa wer hat berlin gegründet | FB
out-of-domain | alexa welche hauptstädte liegen an der donau | FB
out-of-domain | alexa welche flüsse fließen durch wien | FB
out-of-domain | alexa ist die hauptstadt von frankreich schön im frühling | FB
out-of-domain | alexa wie teuer ist eine wohnung in der hauptstadt | FB
out-of-domain | alexa wie komme ich zum hauptbahnhof | FB
out-of-domain | alexa welcher hauptbahnhof ist der größte | FB
out-of-domain | alexa was ist der hauptgewinn im lotto | FB
out-of-domain | alexa wie heißt die hauptfigur bei harry potter | FB
out-of-domain | alexa was heißt kapitän auf englisch | FB
out-of-domain | alexa wie heißt der kapitän der nationalmannschaft | FB
out-of-domain | alexa was ist kapitalismus | FB
out-of-domain | alexa was ist ein kapitalverbrechen | FB
out-of-domain | alexa was ist die hauptsache im leben | FB
out-of-domain | alexa nenn mir einen guten namen für meinen hund | FB
out-of-domain | alexa wie geht es dir | FB
out-of-domain | alexa bist du verheiratet | FB
out-of-domain | alexa magst du mich | FB
out-of-domain | alexa danke schön | FB
out-of-domain | alexa guten morgen | FB
out-of-domain | alexa ich bin müde | FB
out-of-domain | alexa wie spät ist es in der hauptstadt von kanada | FB
out-of-domain | alexa wie viele menschen leben in der hauptstadt von polen | FB
out-of-domain | alexa was kann man in der hauptstadt von portugal besichtigen | FB
out-of-domain | alexa welches wetter ist in der hauptstadt von thailand | FB
out-of-domain | alexa wie weit ist die hauptstadt von österreich von münchen entfernt | FB
out-of-domain | alexa welche fußballmannschaft hat die hauptstadt von spanien | FB
out-of-domain | alexa was ist die hauptstadt vom landkreis erzgebirge | FB
out-of-domain | alexa was ist die kreisstadt von rügen | FB
out-of-domain | alexa was ist die hauptstadt von gallien bei asterix | FB
out-of-domain | alexa was war die hauptstadt von ostpreußen | FB
out-of-domain | alexa was war die hauptstadt der habsburger monarchie | FB
out-of-domain | alexa was war die hauptstadt von mesopotamien | FB
out-of-domain | alexa was ist die hauptstadt von wakanda | FB
out-of-domain | alexa was ist die hauptstadt von tatooine | FB
out-of-domain | alexa was ist die hauptstadt von oz | FB
out-of-domain | alexa was ist die hauptstadt der schlümpfe | FB
out-of-domain | alexa was ist die hauptstadt der galaxis | FB
out-of-domain | alexa was ist die hauptstadt von grand theft auto | FB
out-of-domain | alexa was ist die hauptstadt in minecraft | FB
out-of-domain | alexa was ist die hauptstadt von skyrim | FB
out-of-domain | alexa was ist die hauptstadt von kalimdor | FB
out-of-domain | alexa was ist die hauptstadt von pandora | FB
out-of-domain | alexa was ist die hauptstadt von republika srpska | FB
out-of-domain | alexa was ist die hauptstadt von nordzypern | FB
out-of-domain | alexa was ist die hauptstadt von bergkarabach | FB
out-of-domain | alexa was ist die hauptstadt von südossetien | FB
out-of-domain | alexa was ist die hauptstadt von flandern | FB
out-of-domain | alexa was ist die hauptstadt vom baskenland | FB
out-of-domain | alexa was ist die hauptstadt vom bezirk oberbayern | FB
out-of-domain | alexa was ist die hauptstadt der oberlausitz | FB
out-of-domain | alexa was ist die hauptstadt vom vogtland | FB
child | alexa ich bin sechs und will wissen wo der könig von schweden wohnt welche hauptstadt | SE
child | alexa im adventskalender war heute norwegen was ist die hauptstadt | NO
child | alexa mein lieblingstier ist der pinguin und der wohnt in chile was ist die hauptstadt | CL
child | alexa die kängurus leben in australien wie heißt die hauptstadt | AU
child | alexa ich hab ein puzzle von afrika und ägypten fehlt die hauptstadt | EG
child | alexa in der schule sagen alle paris ist die hauptstadt von frankreich stimmt das | FR
child | alexa mein opa war in japan was ist da die hauptstadt | JP
child | alexa oma sagt die hauptstadt von dänemark hat eine meerjungfrau wie heißt die stadt | DK
child | alexa wie heißt die hauptstadt von madagaskar wo die lemuren wohnen | MG
child | alexa ich will zu den eisbären nach grönland welche hauptstadt hat das | GL
child | alexa was ist die hauptstadt von brasilien wo der regenwald ist | BR
child | alexa meine freundin kommt aus syrien was ist da die hauptstadt | SY
child | alexa was ist die hauptstadt vom land mit der großen mauer | CN
child | alexa papa hat gesagt ich soll dich fragen hauptstadt von kenia | KE
child | alexa wo wohnt der präsident von frankreich in welcher hauptstadt | FR
child | alexa im kindergarten hat ein junge aus polen gesagt warschau stimmt das | PL
child | alexa was ist die hauptstadt von india ich meine indien | IN
child | alexa die hauptstadt von island wo die vulkane sind | IS
child | alexa wie heißt die hauptstadt von peru wo die lamas sind | PE
child | alexa in meinem buch über ritter steht england welche hauptstadt | GB-ENG
teen | alexa ey wie heißt die hauptstadt von südkorea wegen kpop | KR
teen | alexa für tiktok brauch ich die hauptstadt von albanien schnell | AL
teen | alexa digga hauptstadt von norwegen für erdkunde morgen | NO
teen | alexa in der schulaufgabe kommt die hauptstadt von estland dran welche ist das | EE
teen | alexa wallah ich weiß die hauptstadt von marokko nicht sag mal | MA
teen | alexa lan was ist die hauptstadt von aserbaidschan | AZ
teen | alexa ich mach ein referat über ghana hauptstadt bitte | GH
teen | alexa geoguessr zeigt mir nigeria und ich brauch die hauptstadt | NG
teen | alexa safe ist die hauptstadt von australien sydney oder nicht | AU
teen | alexa krass was ist die hauptstadt von bhutan | BT
teen | alexa cringe frage aber hauptstadt von belgien | BE
teen | alexa für das schulprojekt über quebec brauch ich die hauptstadt | CA-QC
teen | alexa was ist die hauptstadt von kuba für die spanisch ag | CU
teen | alexa bruder hauptstadt von portugal jetzt | PT
teen | alexa ich hab ne wette verloren sag mir die hauptstadt von kanada | CA
elder | alexa früher war das die sowjetrepublik lettland was ist die hauptstadt heute | LV
elder | alexa ich war neunzehnhundertsiebzig in budapest war das die hauptstadt von ungarn | HU
elder | alexa mein mann war bei der marine in kiel ist das die hauptstadt von schleswig-holstein | DE-SH
elder | alexa im kreuzworträtsel hauptstadt von peru mit vier buchstaben | PE
elder | alexa hauptstadt von kenia sieben buchstaben fürs rätsel | KE
elder | alexa wie heißt die hauptstadt von bulgarien meine enkelin fährt hin | BG
elder | alexa sprechen sie lauter bitte die hauptstadt von rumänien | RO
elder | alexa in der volkshochschule reden wir über portugal was ist die hauptstadt | PT
elder | alexa ich höre schlecht noch mal die hauptstadt von finnland | FI
elder | alexa mein bruder ist nach kanada ausgewandert welche stadt ist hauptstadt | CA
elder | alexa wie hieß die hauptstadt von westdeutschland also jetzt deutschland | DE
elder | alexa was ist jetzt die hauptstadt von kasachstan die ändern das ja ständig | KZ
elder | alexa ist die hauptstadt von nigeria immer noch lagos | NG
elder | alexa ich hab briefmarken aus der tschechoslowakei was ist heute die hauptstadt von tschechien | CZ
elder | alexa die hauptstadt von myanmar früher rangun und jetzt | MM
learner | alexa was ist hauptstadt von meine land türkei | TR
learner | alexa ich komme aus syrien was ist die hauptstadt von deutschland | DE
learner | alexa wo ist die hauptstadt von kasachstan ich habe dort geboren | KZ
learner | alexa sagst du mir bitte die hauptstadt von der italien | IT
learner | alexa welche ist hauptstadt von polen ich vergesse immer | PL
learner | alexa was ist das hauptstadt von griechenland | GR
learner | alexa bitte die hauptstadt von philippinen für meine sohn | PH
learner | alexa ich möchte fragen die hauptstadt von spanien ist wie | ES
learner | alexa die hauptstadt von russland heißt wie auf deutsch | RU
learner | alexa was hauptstadt von kroatien | HR
learner | alexa hauptstadt von mexiko wie heißen | MX
learner | alexa ich lernen deutsch was ist hauptstadt bayern | DE-BY
learner | alexa welche stadt ist die hauptstadt vom indonesien | ID
learner | alexa was ist die hauptstadt von marokko ich bin aus da | MA
learner | alexa kannst du mir hauptstadt sagen von serbien | RS
work | alexa ich fahre den ice nach prag ist das die hauptstadt von tschechien | CZ
work | alexa für die visumsanfrage beim auswärtigen amt hauptstadt von eritrea | ER
work | alexa ich bin spediteur und brauche die hauptstadt von litauen für die lieferung | LT
work | alexa für die zeitung die hauptstadt von somalia bitte | SO
work | alexa als koch auf dem kreuzfahrtschiff fahren wir nach barbados hauptstadt | BB
work | alexa im it support ruft jemand aus dänemark an welche hauptstadt hat das | DK
work | alexa für die präsentation beim kunden in nordmazedonien die hauptstadt | MK
work | alexa ich bin pilot und lande morgen in der hauptstadt von jordanien welche ist das | JO
work | alexa für das protokoll im bundestag die hauptstadt von moldau | MD
work | alexa die lieferung geht an die botschaft in der hauptstadt von kuwait welche ist das | KW
work | alexa ich übersetze einen vertrag für ruanda was ist die hauptstadt | RW
work | alexa als lehrerin brauche ich die hauptstadt von nepal für das arbeitsblatt | NP
work | alexa hauptstadt von sudan für den bericht der hilfsorganisation | SD
work | alexa die kollegin sitzt im büro in der hauptstadt von rumänien welche ist das | RO
game | alexa stadt land fluss mit b hauptstadt von serbien passt das | RS
game | alexa bei monopoly welt edition ist lissabon drin ist das die hauptstadt von portugal | PT
game | alexa ich packe meinen koffer und fahre in die hauptstadt von kroatien welche ist das | HR
game | alexa beim pantomime quiz hauptstadt von ägypten | EG
game | alexa jeopardy frage für zweihundert hauptstadt von simbabwe | ZW
game | alexa kniffel pause kurze frage hauptstadt von dschibuti | DJ
game | alexa bei uno verloren und jetzt strafe hauptstadt von gabun | GA
game | alexa wir spielen memory mit flaggen welche hauptstadt hat lettland | LV
game | alexa beim geografie quiz kommt tuvalu hauptstadt bitte | TV
game | alexa risiko ich greife kamtschatka an aber was ist die hauptstadt von russland | RU
household | alexa ich wasch gerade das auto hauptstadt von liberia | LR
household | alexa beim wäsche aufhängen fragt mein mann hauptstadt von sierra leone | SL
household | alexa ich streich die wand sag mir die hauptstadt von tonga | TO
household | alexa der kaffee läuft durch und ich will die hauptstadt von katar wissen | QA
household | alexa ich koche börek hauptstadt von der türkei bitte | TR
household | alexa beim pierogi machen hauptstadt von polen wie heißt die | PL
household | alexa die waschmaschine piept was ist die hauptstadt von vanuatu | VU
household | alexa ich räum die spülmaschine aus hauptstadt von barbados | BB
travel | alexa wir fliegen über istanbul weiter in die hauptstadt von georgien welche ist das | GE
travel | alexa für die hochzeitsreise nach mauritius welche ist die hauptstadt | MU
travel | alexa ich mach fernweh urlaub in vietnam hauptstadt bitte | VN
travel | alexa wir fahren mit dem zug nach dänemark welche ist die hauptstadt | DK
travel | alexa auf der kreuzfahrt halten wir in den bahamas welche hauptstadt | BS
travel | alexa ich fliege über doha also was ist die hauptstadt von katar | QA
travel | alexa rucksackreise durch laos welche stadt ist die hauptstadt | LA
travel | alexa beim interrail kommen wir nach slowenien wie heißt die hauptstadt | SI
sport | alexa bei der handball em spielt montenegro welche ist die hauptstadt | ME
sport | alexa in der champions league spielt ein team aus der hauptstadt von zypern welche ist das | CY
sport | alexa der tischtennisspieler kommt aus der hauptstadt von china wie heißt die | CN
sport | alexa bei der schacholympiade gewinnt usbekistan hauptstadt bitte | UZ
sport | alexa beim bobfahren startet lettland welche hauptstadt | LV
sport | alexa die eishockey wm ist in finnland und in der hauptstadt welche ist das | FI
code-switch | alexa kanka hauptstadt von tunesien neydi | TN
code-switch | alexa davai bystro hauptstadt von weißrussland | BY
code-switch | alexa no to jaka jest die hauptstadt von ukraine | UA
code-switch | alexa mamma mia dimmi die hauptstadt von san marino | SM
code-switch | alexa efcharistó und die hauptstadt von zypern | CY
code-switch | alexa wallah habibi was ist die hauptstadt von jemen | YE
code-switch | alexa hvala und die hauptstadt von bosnien | BA
code-switch | alexa salamat po was ist die hauptstadt von palau | PW
code-switch | alexa terima kasih ähm hauptstadt von malaysia | MY
code-switch | alexa rahmat die hauptstadt von kirgistan bitte | KG
code-switch | alexa saha was ist die hauptstadt von mauretanien | MR
code-switch | alexa qué onda die hauptstadt von guatemala | GT
hesitation | alexa hey siri nein alexa hauptstadt von honduras | HN
regional-speech | alexa icke frag dit jetze zum dritten mal hauptstadt von lettland | LV
regional-speech | alexa nu da gugge ma wie die hauptstadt von weißrussland heeßt | BY
regional-speech | alexa ha do schwätz i mit dir hauptstadt von ungarn | HU
regional-speech | alexa fei ned schlecht jetzt hauptstadt von tschechien | CZ
regional-speech | alexa heast des is jetzt wichtig hauptstadt von slowenien | SI
regional-speech | alexa grüezi mitenand was isch d hauptstadt vo italie | IT
regional-speech | alexa jo mei die hauptstadt von südtirol nein von italien | IT
regional-speech | alexa wat is de hauptstadt vun jriechenland | GR
regional-speech | alexa moin wat is die hauptstadt von dänemark | DK
hesitation | alexa ähm ja also die hauptstadt ähm von äh kolumbien | CO
hesitation | alexa warte warte hauptstadt von ähm wie heißt das land ruanda | RW
hesitation | alexa ich wollte ähm fragen äh die hauptstadt von peru | PE
hesitation | alexa hauptstadt von öhm öhm kambodscha | KH
formal | alexa ich hätte gern gewusst welche stadt die hauptstadt malis ist | ML
formal | alexa teilen sie mir bitte die hauptstadt von bahrain mit | BH
formal | alexa dürfte ich sie um die hauptstadt von angola bitten | AO
genitive | alexa wie heißt die hauptstadt finnlands | FI
genitive | alexa was ist die hauptstadt kroatiens | HR
genitive | alexa nenn mir die hauptstadt kenias | KE
genitive | alexa die hauptstadt venezuelas bitte | VE
genitive | alexa welches ist die hauptstadt kanadas | CA
bare-keyword | alexa hauptstadt usbekistan | UZ
bare-keyword | alexa tadschikistan hauptstadt | TJ
bare-keyword | alexa hauptstadt bhutan bitte | BT
bare-keyword | alexa kirgistan hauptstadt schnell | KG
stop | nu mach ma schluss jetze | STOP
stop | ha hör jetzt bitte auf mit dene hauptstädt | STOP
stop | oida gib a ruah jetzt | STOP
stop | tamam abi yeter jetzt aus | STOP
stop | es reicht ich mach jetzt hausaufgaben hör auf | STOP
stop | alexa sei ruhig opa telefoniert | STOP
stop | hör mal auf zu quatschen | STOP
stop | wir sind fertig mit dem quiz aus | STOP
cancel | nu vergiss dit wa | CANCEL
cancel | ha noi lass des bleibe | CANCEL
cancel | oida vergiss es einfach des war nix | CANCEL
cancel | ach nee falsche frage vergiss es | CANCEL
cancel | doch nicht ich frag meine mama | CANCEL
cancel | lass mal ich hab es schon gegoogelt | CANCEL
cancel | egal vergiss das mit der hauptstadt | CANCEL
cancel | ajde lass es vergiss es | CANCEL
out-of-domain | alexa wie viel kostet ein döner in berlin | FB
out-of-domain | alexa wo ist die nächste apotheke | FB
out-of-domain | alexa nu wie wird das wetter in chemnitz | FB
out-of-domain | alexa spiel die sendung mit der maus | FB
out-of-domain | alexa wie hoch ist die inflation in der türkei | FB
out-of-domain | alexa wann landet der flug aus manila | FB
out-of-domain | alexa welche stadt hat die meisten einwohner in polen | FB
out-of-domain | alexa ha wie macht man käsespätzle | FB
out-of-domain | alexa wie viel ist ein euro in lira | FB
out-of-domain | alexa was ist die hauptstadt von neuschwanstein | FB
territory | alexa ajde brate wie heißt die hauptstadt vom kosovo pristina oder | XK
territory | alexa nu welche stadt is de hauptstadt vom kosovo | XK
territory | alexa auf der fähre nach åland welche stadt ist der hauptort | AX
territory | alexa für die briefmarke von der weihnachtsinsel welcher ort ist die hauptstadt | CX
territory | alexa yalla was ist die hauptstadt von der westsahara el aaiún oder | EH
territory | alexa icke frag ma hat hongkong eene hauptstadt | HK
territory | alexa hat die bouvetinsel eine hauptstadt | BV
territory | alexa die heard und mcdonaldinseln haben die eine hauptstadt | HM
territory | alexa welche hauptstadt haben die amerikanischen überseeinseln | UM
territory | alexa im rätselheft hauptort der französischen süd und antarktisgebiete | TF
subdivision | alexa minha mãe fragt was ist die hauptstadt vom brasilianischen bundesdistrikt | BR-DF
subdivision | alexa meine kollegin aus gujarat fragt hauptstadt von dadra nagar haveli daman diu | IN-DH
"""

if __name__ == "__main__":
    build_round(42, "de", LINES, sys.argv, "tests/Eval/de/round42/source/build_corpus.py")
