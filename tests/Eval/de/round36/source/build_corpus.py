"""Round 36, German (de-DE): a new author's own mix, written blind (brief WRITER43.md). Speakers chosen away from
rounds 31-35: East Westphalians from Bielefeld and Lippe ("nä", "woll", "getz mal"), Sauerlanders ("woll", "dat"),
Emsland and Oldenburg farmers ("moin", "jo", "nech"), Rhön and Odenwald villagers ("ei gell", "horch emol"), Siegerland
("hä"), Innviertel and Waldviertel Austrians ("heast", "geh", "oida"), Baslers ("sali", "merci vilmol"), Berner Oberland
("grüessech", "gäu"), Hunsrik speakers from southern Brazil ("vun", "bom"), Pennsylvania Dutch visitors ("ya well"),
Danube Swabian elders. Migrant and heritage speakers: Albanian ("faleminderit", "ore"), Tamil ("vanakkam", "aiyo"),
Bulgarian ("blagodarya", "ajde"), Georgian ("gamarjoba", "madloba"), Armenian ("barev"), Lithuanian ("labas", "aciu"),
Swedish ("tack", "hej"), Finnish ("kiitos"), Dutch neighbours ("hoi", "dank je wel", "nou"), Egyptian ("ya basha"),
Tunisian ("barcha"), Iraqi ("shlonak"), Pakistani ("yaar", "jaldi"), Colombian ("parce", "bacano"), Mexican ("órale",
"güey"), Chilean ("po"), Cameroonian French ("on dit que"), Japanese ("sumimasen", "ano"), Mongolian students.
Children (a five-year-old with a globe, Sachkunde homework, a bedtime question), teenagers ("bruh", "slay", "safe
digga", "kein plan"), old people ("ach du liebe zeit", "fräulein alexa", "in meinem alter"), learners (deliberately
ungrammatical). At work: a tram driver, a chimney sweep, a florist, a brewery, a vet practice, a library counter, a
post office, a bike workshop, a fishmonger, an ice-cream parlour, a recycling yard, a car wash, a goldsmith, a tattoo
studio, a forester, a lifeguard at the lake, a court clerk, a nail salon, a döner shop, a crane operator, an organ
builder, a market stall. Games and sport: Monopoly, Uno, Catan, Mensch ärgere dich nicht, Memory, Carcassonne, chess
club, Wordle, Jeopardy at the school party, Galgenmännchen, Montagsmaler, Sudoku, ski jumping, table tennis, the
Bundesliga, sailing, volleyball. Travel and home: a Hurtigruten cruise, a wedding abroad, a pilgrimage, a road trip,
a language course, a flight delay; baking Christmas biscuits, the dishwasher, the garden pond, moving house, bathing
the baby. Plus the genitive, polite requests, follow-ups, yes/no checks (right and wrong guesses, the place asked about
expected), self-corrections (the last place named is expected), reverse questions (CITY:<capital>), official,
everyday and old names, shared names (Kongo, Korea, Georgia, Jungferninseln), plurals of every several-capital country
and Palestine, subdivisions and territories, one-shot requests, launch, help, stop, cancel and out of domain (other
requests, "Kapital" and "Hauptstadt" in other senses, regions and invented places the data has no capital for).
`python3 tests/Eval/de/round36/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 36's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
regional-speech | nä alexa getz mal ehrlich wat is die hauptstadt von {} | portugal=PT; spanien=ES; andorra=AD
regional-speech | woll alexa du weißt doch bestimmt die hauptstadt von {} woll | irland=IE; island=IS; malta=MT
regional-speech | im sauerland weiß dat keiner wat is denn die hauptstadt von {} | dänemark=DK; schweden=SE; norwegen=NO
regional-speech | moin alexa jo sach ma die hauptstadt von {} nech | belgien=BE; luxemburg=LU; frankreich=FR
regional-speech | wir sitzen hier aufm hof im emsland und fragen uns die hauptstadt von {} | finnland=FI; estland=EE; lettland=LV
regional-speech | ei gell alexa horch emol was is die hauptstadt vun {} | litauen=LT; polen=PL; tschechien=CZ
regional-speech | in der rhön sacht mer was is n die hauptstadt von {} | slowakei=SK; ungarn=HU; österreich=AT
regional-speech | hä alexa wie heißt die hauptstadt von {} nochmal | schweiz=CH; liechtenstein=LI; slowenien=SI
regional-speech | heast alexa geh sag ma die hauptstadt vo {} | kroatien=HR; serbien=RS; montenegro=ME
regional-speech | oida im innviertel woaß des koana wos is d hauptstadt vo {} | albanien=AL; nordmazedonien=MK; griechenland=GR
regional-speech | sali alexa was isch d hauptstadt vo {} | bulgarien=BG; rumänien=RO; moldau=MD
regional-speech | grüessech alexa gäu was isch de hauptstadt vo {} | ukraine=UA; belarus=BY; russland=RU
regional-speech | bom dia alexa die hauptstadt vun {} was is das | brasilien=BR; argentinien=AR; uruguay=UY
regional-speech | ya well alexa what is die hauptstadt vun {} | kanada=CA; mexiko=MX; kuba=CU
regional-speech | im odenwald fraache mer sich wie die hauptstadt vun {} haaßt | armenien=AM; aserbaidschan=AZ; zypern=CY
migrant-speech | faleminderit alexa aber zuerst die hauptstadt von {} bitte | kosovo=XK; türkei=TR; syrien=SY
migrant-speech | ore alexa mein onkel fragt hauptstadt von {} | libanon=LB; israel=IL; jordanien=JO
migrant-speech | vanakkam alexa please sag mir die hauptstadt von {} | sri lanka=LK; indien=IN; malediven=MV
migrant-speech | aiyo alexa ich vergesse immer die hauptstadt von {} | bangladesch=BD; nepal=NP; bhutan=BT
migrant-speech | blagodarya im voraus alexa was ist die hauptstadt von {} | irak=IQ; iran=IR; kuwait=KW
migrant-speech | gamarjoba alexa meine tochter will wissen hauptstadt von {} | georgien=GE; kasachstan=KZ; usbekistan=UZ
migrant-speech | barev alexa sag bitte die hauptstadt von {} | turkmenistan=TM; tadschikistan=TJ; kirgisistan=KG
migrant-speech | labas alexa wie heißt die hauptstadt von {} auf deutsch | afghanistan=AF; pakistan=PK; mongolei=MN
migrant-speech | hej alexa tack för hjälpen aber welche ist die hauptstadt von {} | saudi-arabien=SA; katar=QA; bahrain=BH
migrant-speech | kiitos alexa und die hauptstadt von {} ist welche | oman=OM; jemen=YE; vereinigte arabische emirate=AE
migrant-speech | nou alexa hoi welke äh welche ist die hauptstadt von {} | ägypten=EG; libyen=LY; tunesien=TN
migrant-speech | ya basha alexa die hauptstadt von {} sag schnell | algerien=DZ; marokko=MA; mauretanien=MR
migrant-speech | barcha fragen heute alexa hauptstadt von {} | mali=ML; niger=NE; tschad=TD
migrant-speech | shlonak alexa sag mir hauptstadt von {} | sudan=SD; südsudan=SS; eritrea=ER
migrant-speech | yaar alexa jaldi bolo die hauptstadt von {} | äthiopien=ET; dschibuti=DJ; somalia=SO
migrant-speech | parce alexa qué más die hauptstadt von {} welche ist das | kolumbien=CO; venezuela=VE; ecuador=EC
migrant-speech | órale güey alexa la capital de äh die hauptstadt von {} | guatemala=GT; honduras=HN; el salvador=SV
migrant-speech | oye po alexa cuál es die hauptstadt von {} | chile=CL; peru=PE; paraguay=PY
migrant-speech | on dit que alexa sait tout alors die hauptstadt von {} | kamerun=CM; gabun=GA; äquatorialguinea=GQ
migrant-speech | sumimasen alexa ano die hauptstadt von {} wie heißt sie | japan=JP; china=CN; taiwan=TW
migrant-speech | wir mongolische studenten wollen wissen hauptstadt von {} | laos=LA; vietnam=VN; kambodscha=KH
work-context | alexa ich fahr grad die linie vier die hauptstadt von {} | thailand=TH; myanmar=MM; malaysia=MY
work-context | der schornsteinfeger steht im flur und fragt die hauptstadt von {} | singapur=SG; indonesien=ID; philippinen=PH
work-context | alexa im blumenladen die kundin will eine karte nach {} was ist die hauptstadt da | brunei=BN; osttimor=TL; papua-neuguinea=PG
work-context | beim brauen wetten wir um die hauptstadt von {} alexa | australien=AU; neuseeland=NZ; fidschi=FJ
work-context | in der tierarztpraxis ist es ruhig alexa welche hauptstadt hat {} | samoa=WS; tonga=TO; vanuatu=VU
work-context | an der ausleihe fragt ein kind nach der hauptstadt von {} alexa | salomonen=SB; kiribati=KI; tuvalu=TV
work-context | am postschalter muss ich ein paket nach {} schicken was ist da die hauptstadt | nauru=NR; palau=PW; mikronesien=FM
work-context | in der fahrradwerkstatt läuft das radio alexa die hauptstadt von {} | marshallinseln=MH; jamaika=JM; haiti=HT
work-context | am fischstand fragt mich ein tourist die hauptstadt von {} | dominikanische republik=DO; bahamas=BS; barbados=BB
work-context | in der eisdiele alexa kurze frage welche stadt ist hauptstadt von {} | trinidad und tobago=TT; grenada=GD; dominica=DM
work-context | auf dem wertstoffhof alexa weißt du die hauptstadt von {} | st lucia=LC; st vincent und die grenadinen=VC; antigua und barbuda=AG
work-context | in der waschanlage alexa die hauptstadt von {} bitte | st kitts und nevis=KN; belize=BZ; costa rica=CR
work-context | der goldschmied nebenan sagt hauptstadt von {} weißt du die | nicaragua=NI; panama=PA; guyana=GY
work-context | im tattoostudio will einer die umrisse von {} alexa wie heißt die hauptstadt | suriname=SR; bolivien=BO; kenia=KE
work-context | wir forsten auf alexa sag mal hauptstadt von {} | uganda=UG; tansania=TZ; ruanda=RW
work-context | rettungsschwimmer am see langweilig alexa hauptstadt von {} | burundi=BI; sambia=ZM; simbabwe=ZW
work-context | im gericht ist verhandlungspause alexa die hauptstadt von {} | malawi=MW; mosambik=MZ; madagaskar=MG
work-context | im nagelstudio sagt die kundin sie kommt aus {} alexa welche hauptstadt hat das land | mauritius=MU; seychellen=SC; komoren=KM
work-context | an der dönerbude fragt der chef hauptstadt von {} wer weiß | angola=AO; namibia=NA; botsuana=BW
work-context | oben im kran hab ich zeit alexa die hauptstadt von {} | lesotho=LS; eswatini=SZ; südafrika=ZA
work-context | in der orgelwerkstatt alexa welche stadt ist die hauptstadt von {} | nigeria=NG; ghana=GH; togo=TG
work-context | am marktstand alexa die hauptstadt von {} schnell bevor kunden kommen | benin=BJ; burkina faso=BF; elfenbeinküste=CI
game-context | bei monopoly reden wir über {} alexa welche hauptstadt hat das | liberia=LR; sierra leone=SL; guinea=GN
game-context | uno gespielt und verloren jetzt sag mir die hauptstadt von {} | guinea-bissau=GW; senegal=SN; gambia=GM
game-context | beim siedler spielen kam die frage die hauptstadt von {} | kap verde=CV; são tomé und príncipe=ST; zentralafrikanische republik=CF
game-context | mensch ärgere dich nicht pause alexa hauptstadt von {} | italien=IT; san marino=SM; monaco=MC
game-context | beim memory ist die karte von {} aufgedeckt alexa welche hauptstadt | vatikan=VA; deutschland=DE; großbritannien=GB
game-context | im schachverein fragt der jugendwart die hauptstadt von {} | niederlande=NL; nordkorea=KP; südkorea=KR
game-context | beim wordle war heute ein wort mit {} alexa die hauptstadt davon | dr kongo=CD; republik kongo=CG; vereinigte staaten=US
plural-capitals | alexa benin hat doch zwei hauptstädte oder wie war das nochmal | BJ
plural-capitals | getz mal welche hauptstädte hat benin die beiden | BJ
plural-capitals | meine kollegin aus cotonou sagt benin hat mehrere hauptstädte stimmt das | BJ
plural-capitals | gamarjoba alexa bolivien hat ja zwei hauptstädte welche sind das | BO
plural-capitals | sucre oder la paz alexa was sind die hauptstädte von bolivien | BO
plural-capitals | die hauptstädte von bolivien alle beide bitte | BO
plural-capitals | wie viele hauptstädte hat bolivien eigentlich und welche | BO
plural-capitals | alexa die elfenbeinküste hat zwei hauptstädte welche sind das | CI
plural-capitals | yamoussoukro und abidjan sind das beides hauptstädte der elfenbeinküste | CI
plural-capitals | on dit que la côte d'ivoire äh die elfenbeinküste hat zwei hauptstädte welche | CI
plural-capitals | vanakkam alexa sri lanka hat zwei hauptstädte sag mir beide | LK
plural-capitals | aiyo meine oma sagt colombo ist hauptstadt aber sri lanka hat doch zwei welche | LK
plural-capitals | welche hauptstädte hat sri lanka die offizielle und die andere | LK
plural-capitals | alexa welche zwei hauptstädte hat malaysia | MY
plural-capitals | kuala lumpur und putrajaya sind das die hauptstädte von malaysia | MY
plural-capitals | in malaysia gibt es zwei hauptstädte oder wie ist das | MY
plural-capitals | nou alexa de hoofdsteden äh die hauptstädte der niederlande welche sind das | NL
plural-capitals | hat holland zwei hauptstädte amsterdam und den haag alexa | NL
plural-capitals | sind amsterdam und den haag beide hauptstädte der niederlande | NL
plural-capitals | eswatini hat zwei hauptstädte glaube ich welche sind das | SZ
plural-capitals | das frühere swasiland welche hauptstädte hat das | SZ
plural-capitals | alexa mbabane und lobamba sind die hauptstädte von eswatini oder | SZ
plural-capitals | südafrika hat drei hauptstädte alexa zähl mir die mal auf | ZA
plural-capitals | welche drei hauptstädte hat südafrika pretoria und welche noch | ZA
plural-capitals | im kran oben frag ich mich was die hauptstädte von südafrika sind | ZA
plural-capitals | alle hauptstädte von südafrika bitte | ZA
plural-capitals | alexa hat palästina zwei hauptstädte ramallah und ostjerusalem | PS
plural-capitals | welche hauptstädte werden für palästina genannt | PS
plural-capitals | ya basha alexa palästina die hauptstädte welche sind das | PS
plural-capitals | die hauptstädte der palästinensischen autonomiegebiete alexa | PS
plural-capitals | wie viele hauptstädte hat benin denn porto novo und noch eine | BJ
plural-capitals | kinder fragen ob bolivien wirklich zwei hauptstädte hat welche | BO
plural-capitals | faleminderit alexa die zwei hauptstädte von sri lanka bitte nochmal | LK
plural-capitals | elfenbeinküste hauptstädte beide nennen | CI
plural-capitals | malaysia hauptstädte woll beide | MY
plural-capitals | die niederlande haben doch mehr als eine hauptstadt welche | NL
plural-capitals | grüessech alexa wie viele hauptstädte het eswatini | SZ
plural-capitals | heast die hauptstädte vo südafrika san des drei | ZA
plural-capitals | und palästina wie viele hauptstädte hat das eigentlich | PS
follow-up | und die von ecuador | EC
follow-up | und was ist mit uruguay | UY
follow-up | und die hauptstadt vom nachbarland paraguay | PY
follow-up | okay und jetzt nepal | NP
follow-up | gut und wie ist es bei bhutan | BT
follow-up | und jetzt noch kenia bitte | KE
follow-up | und das gleiche für tansania | TZ
follow-up | nä und bei ruanda | RW
follow-up | jo und in lettland | LV
follow-up | und was hat litauen für eine | LT
follow-up | danke und estland | EE
follow-up | und dann noch bei dänemark | DK
follow-up | aha und bei norwegen wie heißt sie da | NO
follow-up | und von portugal | PT
follow-up | jetzt die von marokko | MA
follow-up | und die andere frage war tunesien | TN
follow-up | heast und bei ungarn | HU
follow-up | und der nachbar slowakei | SK
follow-up | und bei kroatien ist es | HR
follow-up | gäu und bi de schwiiz | CH
follow-up | und vom libanon dann | LB
follow-up | ach so und syrien | SY
follow-up | und mit jordanien wie ist das | JO
follow-up | und dann noch katar | QA
follow-up | und was ist mit oman | OM
follow-up | und bei der mongolei | MN
follow-up | und kasachstan | KZ
follow-up | und wie ist die bei vietnam | VN
follow-up | und japan dann | JP
follow-up | okay und die von südkorea | KR
follow-up | und bei australien ist es nicht sydney oder | AU
follow-up | und neuseeland dann wohl auch nicht auckland | NZ
follow-up | und danach chile | CL
follow-up | und peru dann auch noch | PE
follow-up | und für bolivien | BO
follow-up | und die von island | IS
follow-up | und bei finnland | FI
follow-up | zuletzt noch schweden | SE
follow-up | und jetzt bayern | DE-BY
follow-up | und bei texas | US-TX
follow-up | und wie ist es mit ontario | CA-ON
yes-no-check | ist istanbul die hauptstadt der türkei oder doch nicht | TR
yes-no-check | woll alexa die hauptstadt von brasilien ist rio oder | BR
yes-no-check | stimmt es dass zürich die hauptstadt der schweiz ist mein kollege sagt ja | CH
yes-no-check | ist lagos noch die hauptstadt von nigeria | NG
yes-no-check | hab ich recht dass canberra die hauptstadt von australien ist | AU
yes-no-check | ist ottawa wirklich die hauptstadt von kanada und nicht toronto | CA
yes-no-check | alexa ist marrakesch die hauptstadt von marokko | MA
yes-no-check | die hauptstadt von kasachstan ist almaty richtig oder falsch | KZ
yes-no-check | moin ist oslo die hauptstadt von norwegen jo | NO
yes-no-check | ist dubai die hauptstadt der emirate | AE
yes-no-check | ich wette mit meinem mann ist sankt petersburg die hauptstadt von russland | RU
yes-no-check | alexa ist mailand die hauptstadt von italien ja oder nein | IT
yes-no-check | ist barcelona hauptstadt von spanien | ES
yes-no-check | heast is salzburg die hauptstadt vo österreich | AT
yes-no-check | stimmt das dass die hauptstadt von vietnam hanoi ist und nicht saigon | VN
yes-no-check | ist kapstadt die einzige hauptstadt von südafrika | ZA
yes-no-check | hauptstadt von indien ist mumbai stimmt das | IN
yes-no-check | alexa ist die hauptstadt von ägypten kairo sag ja | EG
yes-no-check | ist abidjan die hauptstadt von kamerun | CM
yes-no-check | lima ist doch die hauptstadt von peru oder vertu ich mich | PE
yes-no-check | ist tiflis die hauptstadt von georgien dem land | GE
yes-no-check | ist quito die hauptstadt von kolumbien | CO
yes-no-check | gamarjoba alexa tbilisi ist hauptstadt von georgien richtig | GE
yes-no-check | ist montreal die hauptstadt von québec | CA-QC
yes-no-check | ist münchen die hauptstadt von bayern oder nürnberg | DE-BY
yes-no-check | frankfurt ist doch die hauptstadt von hessen oder nicht | DE-HE
yes-no-check | alexa ist new york die hauptstadt vom bundesstaat new york | US-NY
self-correction | die hauptstadt von schweden äh nein von der schweiz | CH
self-correction | alexa die hauptstadt von slowenien nee slowakei meine ich | SK
self-correction | hauptstadt von island ach quatsch irland | IE
self-correction | wie heißt die hauptstadt von nigeria oder warte niger | NE
self-correction | was ist die hauptstadt von gambia nein sambia | ZM
self-correction | sag mir die hauptstadt von guinea halt guinea-bissau | GW
self-correction | die hauptstadt von österreich äh nee ich mein von ungarn | HU
self-correction | alexa hauptstadt von iran sorry irak | IQ
self-correction | wat is die hauptstadt von lettland nä litauen | LT
self-correction | die hauptstadt von mali ach nee malawi | MW
self-correction | hauptstadt von dominica pardon dominikanische republik | DO
self-correction | welche stadt ist hauptstadt von kamerun oder nein kambodscha | KH
self-correction | die hauptstadt von sudan also südsudan | SS
self-correction | wie heißt die hauptstadt von paraguay hoppla uruguay | UY
self-correction | hauptstadt von armenien ne moment albanien | AL
self-correction | die hauptstadt von australien äh korrektur österreich | AT
self-correction | die hauptstadt von taiwan nein thailand | TH
self-correction | aiyo hauptstadt von indonesien nein indien | IN
self-correction | die hauptstadt von bayern oder lieber doch sachsen | DE-SN
self-correction | alexa die hauptstadt von kolumbien nein verflixt von costa rica | CR
self-correction | hauptstadt von tschad ich mein tschechien | CZ
self-correction | die hauptstadt von mauritius oder mauretanien ja mauretanien | MR
self-correction | wie heißt die hauptstadt von libyen äh liberia | LR
reverse-question | von welchem land ist kopenhagen die hauptstadt | CITY:Kopenhagen
reverse-question | alexa vilnius ist die hauptstadt von welchem land | CITY:Vilnius
reverse-question | zu welchem land gehört die hauptstadt riga | CITY:Riga
reverse-question | welches land hat bamako als hauptstadt | CITY:Bamako
reverse-question | nairobi ist hauptstadt von was | CITY:Nairobi
reverse-question | woll alexa wovon is nuuk die hauptstadt | CITY:Nuuk
reverse-question | welches land regiert von tegucigalpa aus | CITY:Tegucigalpa
reverse-question | addis abeba ist die hauptstadt von welchem staat | CITY:Addis Abeba
reverse-question | in welchem land ist asmara die hauptstadt | CITY:Asmara
reverse-question | paramaribo wessen hauptstadt ist das | CITY:Paramaribo
reverse-question | sag mal zu welchem land gehört die hauptstadt bischkek | CITY:Bischkek
reverse-question | thimphu ist hauptstadt von welchem königreich | CITY:Thimphu
reverse-question | von welchem staat ist montevideo die hauptstadt | CITY:Montevideo
reverse-question | welches land hat die hauptstadt vaduz | CITY:Vaduz
reverse-question | die hauptstadt maseru gehört zu welchem land | CITY:Maseru
reverse-question | wessen hauptstadt ist ljubljana alexa | CITY:Ljubljana
reverse-question | bratislava ist die hauptstadt welches landes | CITY:Bratislava
reverse-question | welches land hat die hauptstadt nouakchott | CITY:Nouakchott
reverse-question | zu welchem bundesland gehört die landeshauptstadt schwerin | CITY:Schwerin
reverse-question | sacramento ist die hauptstadt von welchem us-staat | CITY:Sacramento
reverse-question | welches land hat manila als hauptstadt | CITY:Manila
reverse-question | die hauptstadt mit dem namen lusaka zu welchem land gehört die | CITY:Lusaka
official-name | was ist die hauptstadt der bundesrepublik deutschland | DE
official-name | die hauptstadt der vereinigten mexikanischen staaten alexa | MX
official-name | wie heißt die hauptstadt der hellenischen republik | GR
official-name | hauptstadt der schweizerischen eidgenossenschaft bitte | CH
official-name | was ist die hauptstadt der russischen föderation eigentlich | RU
official-name | die hauptstadt der volksrepublik china heißt wie | CN
official-name | in der schule lernen wir die föderative republik brasilien was ist die hauptstadt | BR
official-name | die hauptstadt der französischen republik woll | FR
official-name | die hauptstadt der tschechischen republik sag | CZ
official-name | die hauptstadt der kirgisischen republik alexa | KG
official-name | was ist die hauptstadt der italienischen republik | IT
official-name | die hauptstadt der republik der union myanmar | MM
official-name | die hauptstadt des vereinigten königreichs großbritannien und nordirland | GB
official-name | hauptstadt der slowakischen republik | SK
official-name | welche stadt ist hauptstadt der argentinischen republik | AR
official-name | die hauptstadt der portugiesischen republik alexa | PT
everyday-name | was ist die hauptstadt von holland eigentlich | NL
everyday-name | alexa die hauptstadt von weißrussland | BY
everyday-name | die hauptstadt von amerika welche stadt | US
everyday-name | wie heißt die hauptstadt von osttimor | TL
everyday-name | die hauptstadt von der tschechei | CZ
everyday-name | die hauptstadt von kap verde alexa | CV
everyday-name | hauptstadt von bosnien weißt du die | BA
everyday-name | die hauptstadt von england woll | GB-ENG
everyday-name | die hauptstadt der elfenbeinküste welche ist das denn nun | CI
everyday-name | was ist die hauptstadt von swasiland heute | SZ
everyday-name | die hauptstadt von burma | MM
everyday-name | hauptstadt von kirgisien | KG
everyday-name | die hauptstadt von den emiraten | AE
everyday-name | alexa die hauptstadt vom kongo kinshasa | CD
everyday-name | hauptstadt von der türkiye | TR
everyday-name | was ist die hauptstadt von persien heute | IR
shared-name | was ist die hauptstadt von kongo | CD+CG
shared-name | alexa hauptstadt vom kongo weißt du die | CD+CG
shared-name | die hauptstadt von korea woll | KP+KR
shared-name | wie heißt die hauptstadt von korea auf deutsch | KP+KR
shared-name | hauptstadt von georgia bitte | GE+US-GA
shared-name | sag mal georgia was ist da die hauptstadt | GE+US-GA
shared-name | die hauptstadt der jungferninseln in der karibik bitte | VG+VI
shared-name | die hauptstadt vom kleinen kongo also der republik kongo | CG
shared-name | die hauptstadt von nordkorea nicht südkorea | KP
shared-name | georgia der bundesstaat in den usa welche hauptstadt | US-GA
shared-name | georgien das land im kaukasus seine hauptstadt | GE
shared-name | die hauptstadt der amerikanischen jungferninseln | VI
shared-name | die hauptstadt der britischen jungferninseln alexa | VG
shared-name | hauptstadt von süd korea | KR
shared-name | der große kongo die demokratische republik welche hauptstadt | CD
subdivision | getz mal was is die landeshauptstadt von nordrhein-westfalen dat is doch nich köln | DE-NW
subdivision | alexa welche stadt ist landeshauptstadt in niedersachsen wir wohnen im emsland | DE-NI
subdivision | die landeshauptstadt von hessen hab ich in der rhön vergessen | DE-HE
subdivision | was is die hauptstadt vom saarland | DE-SL
subdivision | landeshauptstadt sachsen-anhalt wie hieß die | DE-ST
subdivision | die landeshauptstadt von brandenburg alexa | DE-BB
subdivision | welche stadt ist die hauptstadt von schleswig-holstein kiel oder lübeck | DE-SH
subdivision | mecklenburg-vorpommern hat welche landeshauptstadt | DE-MV
subdivision | die landeshauptstadt von baden-württemberg sag | DE-BW
subdivision | thüringen landeshauptstadt weißt du die | DE-TH
subdivision | was ist die hauptstadt vom bundesland rheinland-pfalz | DE-RP
subdivision | die hauptstadt des freistaats bayern | DE-BY
subdivision | was ist die hauptstadt von kalifornien los angeles oder | US-CA
subdivision | die hauptstadt von texas alexa ya well | US-TX
subdivision | welche stadt ist hauptstadt von pennsylvania wir kommen da her | US-PA
subdivision | die hauptstadt vom bundesstaat ohio | US-OH
subdivision | was ist die hauptstadt von louisiana | US-LA
subdivision | die hauptstadt von massachusetts boston oder | US-MA
subdivision | hauptstadt von utah wo die mormonen sind | US-UT
subdivision | die hauptstadt von wisconsin wegen der deutschen einwanderer | US-WI
subdivision | was ist die hauptstadt von minnesota | US-MN
subdivision | hauptstadt vom staat virginia | US-VA
subdivision | die hauptstadt von new jersey alexa | US-NJ
subdivision | welche hauptstadt hat kentucky | US-KY
subdivision | hauptstadt von nova scotia in kanada | CA-NS
subdivision | was ist die hauptstadt von manitoba | CA-MB
subdivision | die provinzhauptstadt von british columbia | CA-BC
subdivision | hauptstadt von saskatchewan wie spricht man das | CA-SK
subdivision | die hauptstadt von neufundland | CA-NL
subdivision | was ist die hauptstadt von queensland in australien | AU-QLD
subdivision | die hauptstadt von victoria in australien | AU-VIC
subdivision | welche stadt ist hauptstadt von tasmanien | AU-TAS
subdivision | die hauptstadt von western australia | AU-WA
subdivision | vanakkam die hauptstadt von tamil nadu | IN-TN
subdivision | yaar die hauptstadt von punjab in indien | IN-PB
subdivision | was ist die hauptstadt von karnataka | IN-KA
subdivision | hauptstadt von kerala kann ich nicht aussprechen | IN-KL
subdivision | bom die hauptstadt vom rio grande do sul | BR-RS
subdivision | die hauptstadt von santa catarina in brasilien | BR-SC
subdivision | hauptstadt vom bundesstaat paraná | BR-PR
subdivision | órale la capital de jalisco äh die hauptstadt von jalisco | MX-JAL
subdivision | die hauptstadt von yucatán | MX-YUC
subdivision | welche stadt ist hauptstadt von schottland | GB-SCT
subdivision | die hauptstadt von wales alexa | GB-WLS
subdivision | die hauptstadt von nordirland belfast oder | GB-NIR
territory | was ist die hauptstadt von grönland | GL
territory | die hauptstadt der färöer inseln mit der hurtigruten fahren wir hin | FO
territory | hauptstadt von spitzbergen | SJ
territory | die hauptstadt von den ålandinseln tack | AX
territory | hauptstadt von puerto rico alexa | PR
territory | was ist die hauptstadt von neukaledonien | NC
territory | die hauptstadt von französisch-polynesien wo tahiti ist | PF
territory | was ist die hauptstadt von guadeloupe | GP
territory | die hauptstadt von la réunion | RE
territory | die hauptstadt von curaçao nou | CW
territory | hauptstadt von aruba | AW
territory | die hauptstadt der kaimaninseln | KY
territory | hauptstadt von westsahara | EH
territory | die hauptstadt von bermuda | BM
territory | wie heißt die hauptstadt von französisch-guayana | GF
territory | die hauptstadt von gibraltar | GI
territory | hauptstadt von hongkong gibt es da eine | HK
territory | die hauptstadt von sankt helena | SH
help | alexa was kann ich dich hier alles fragen | HELP
help | woll wie funktioniert dat hier | HELP
help | ich blick nich durch was soll ich sagen | HELP
help | hilfe wie geht das mit den hauptstädten | HELP
help | erklär mir mal kurz wie das spiel geht | HELP
help | was muss ich sagen damit du mir eine hauptstadt nennst | HELP
help | heast wie geht des do | HELP
help | ich bin neu hier wie benutze ich das | HELP
help | kannst du mir die bedienung erklären | HELP
help | sumimasen wie funktioniert | HELP
help | was kannst du eigentlich alles in dieser app | HELP
help | ich hab keine ahnung was ich machen soll hilf mir | HELP
help | wie frag ich dich richtig | HELP
help | alexa gib mir mal ein beispiel was ich fragen kann | HELP
help | ich weiß nicht weiter hilfe bitte | HELP
help | und was geht hier sonst noch | HELP
help | hä wie jetzt was soll ich machen | HELP
help | erkläre mir bitte die regeln | HELP
help | kannst du mir helfen ich versteh das nicht | HELP
help | ich brauch mal ne anleitung | HELP
help | zeig mir was du kannst | HELP
help | hilfe hilfe wie geht das | HELP
help | was frage ich denn jetzt am besten | HELP
help | wie war das nochmal mit den fragen | HELP
help | ich möchte wissen was diese skill kann | HELP
help | welche fragen verstehst du | HELP
stop | stopp alexa es reicht für heute | STOP
stop | nä getz is schluss | STOP
stop | hör auf alexa das abendessen ist fertig | STOP
stop | aus jetzt | STOP
stop | beenden bitte | STOP
stop | alexa sei still | STOP
stop | es langt jetzt | STOP
stop | jetzt ist feierabend alexa | STOP
stop | oida hör auf | STOP
stop | das reicht mir vielen dank tschüss | STOP
stop | halt die klappe alexa | STOP
stop | genug hauptstädte für heute | STOP
stop | ich will nicht mehr beende das spiel | STOP
stop | schluss aus ende | STOP
stop | alexa stopp das jetzt | STOP
stop | jo dann ma tschüss | STOP
stop | tschau alexa bis morgen | STOP
stop | mach aus | STOP
stop | ruhe jetzt bitte | STOP
stop | ich bin fertig du kannst aufhören | STOP
stop | alexa leise ich muss das baby baden | STOP
stop | beende die hauptstädte | STOP
stop | das wars stopp | STOP
stop | hör jetzt auf zu reden | STOP
stop | gute nacht alexa aus | STOP
stop | adieu und schluss | STOP
cancel | abbrechen | CANCEL
cancel | nee lass mal abbrechen | CANCEL
cancel | vergiss es | CANCEL
cancel | ach vergiss die frage | CANCEL
cancel | brich das ab alexa | CANCEL
cancel | lass gut sein | CANCEL
cancel | abbruch bitte | CANCEL
cancel | nä dat brauch ich nich mehr abbrechen | CANCEL
cancel | doch nicht abbrechen | CANCEL
cancel | streich das | CANCEL
cancel | egal vergiss es einfach | CANCEL
cancel | ich will das abbrechen | CANCEL
cancel | geh lass es | CANCEL
cancel | hat sich erledigt | CANCEL
cancel | alexa abbrechen hab mich vertan | CANCEL
cancel | nein abbrechen ich wollte was anderes | CANCEL
cancel | vorgang abbrechen | CANCEL
cancel | ach nix vergiss es | CANCEL
cancel | lass stecken | CANCEL
cancel | nö abbrechen | CANCEL
cancel | zurück abbrechen | CANCEL
cancel | abbrechen abbrechen | CANCEL
cancel | schon gut brauch ich nicht mehr | CANCEL
cancel | die frage abbrechen bitte | CANCEL
cancel | ach lass mal bleiben | CANCEL
cancel | annulliere das | CANCEL
launch | öffne hauptstädte der welt | LAUNCH
launch | alexa starte hauptstädte der welt woll | LAUNCH
launch | mach mal die hauptstädte der welt an | LAUNCH
launch | ich will hauptstädte der welt spielen | LAUNCH
launch | hauptstädte der welt öffnen bitte | LAUNCH
launch | alexa los hauptstädte der welt | LAUNCH
launch | starte bitte das spiel hauptstädte der welt | LAUNCH
launch | kannst du hauptstädte der welt aufmachen | LAUNCH
launch | alexa öffne mal die welthauptstädte äh hauptstädte der welt | LAUNCH
launch | spiel hauptstädte der welt mit mir | LAUNCH
launch | aktiviere hauptstädte der welt | LAUNCH
launch | heast starte hauptstädte der welt | LAUNCH
launch | moin alexa öffne hauptstädte der welt für die kinder | LAUNCH
launch | wir wollen hauptstädte der welt starten | LAUNCH
cancel | nä warte lass dat ma ich frag später | CANCEL
cancel | ach du liebe zeit das wollte ich gar nicht abbrechen bitte | CANCEL
cancel | heast vergiss des wieder | CANCEL
cancel | bruh vergiss es einfach | CANCEL
cancel | sumimasen falsche frage abbrechen | CANCEL
cancel | die kundin ist weg abbrechen alexa | CANCEL
cancel | moin nee doch nich abbrechen jo | CANCEL
cancel | abbrechen der chef kommt | CANCEL
cancel | yaar cancel das | CANCEL
cancel | fräulein alexa brechen sie das bitte ab | CANCEL
cancel | ich hab mich verquatscht abbrechen | CANCEL
cancel | lass mal die hauptstadt ist mir jetzt egal | CANCEL
stop | ei gell alexa jetzt hörste uff | STOP
stop | sali alexa merci vilmol und ade | STOP
stop | kiitos das war alles stopp | STOP
stop | alexa mach schluss der kuchen muss raus | STOP
stop | bruh stop jetzt | STOP
stop | feierabend im blumenladen alexa aus | STOP
stop | ach du liebe zeit jetzt hör aber auf | STOP
stop | tack alexa hej då stopp | STOP
stop | ich muss los beende das hier | STOP
help | ei gell alexa wie geht n des hier | HELP
help | ach du liebe zeit ich kenn mich mit den geräten nicht aus was muss ich sagen | HELP
help | bruh wie geht das hier überhaupt | HELP
help | ich lernen deutsch wie ich frage dich | HELP
help | moin wat kann ich dich fragen nech | HELP
help | grüessech wie funktioniert das mit de hauptstädt | HELP
launch | ei gell alexa mach emol die hauptstädte der welt uff | LAUNCH
launch | sali alexa öffne hauptstädte der welt merci | LAUNCH
launch | bruh starte hauptstädte der welt | LAUNCH
launch | fräulein alexa öffnen sie hauptstädte der welt | LAUNCH
launch | vanakkam alexa hauptstädte der welt starten | LAUNCH
launch | mama will hauptstädte der welt mach an | LAUNCH
launch | geh alexa tua ma hauptstädte der welt aufdrehn | LAUNCH
launch | zum sachkunde lernen öffne hauptstädte der welt | LAUNCH
out-of-domain | wie wird das wetter morgen im sauerland | FB
out-of-domain | spiel mal was von helene fischer | FB
out-of-domain | stell einen timer auf zwölf minuten für die plätzchen | FB
out-of-domain | wie viel kapital brauche ich für eine gmbh | FB
out-of-domain | was ist ein kapitalertrag | FB
out-of-domain | wer hat das kapital geschrieben | FB
out-of-domain | erklär mir den kapitalismus | FB
out-of-domain | was ist die hauptstadt von kärnten | FB
out-of-domain | welche stadt ist hauptstadt der steiermark | FB
out-of-domain | was ist die hauptstadt vom burgenland | FB
out-of-domain | die hauptstadt vom kanton basel-stadt | FB
out-of-domain | was ist die hauptstadt vom berner oberland | FB
out-of-domain | die hauptstadt vom sauerland welche ist das | FB
out-of-domain | was ist die hauptstadt vom emsland | FB
out-of-domain | welche stadt ist hauptstadt von ostwestfalen | FB
out-of-domain | die hauptstadt der rhön | FB
out-of-domain | was ist die hauptstadt vom odenwald | FB
out-of-domain | die hauptstadt von lippe früher | FB
out-of-domain | hauptstadt vom siegerland | FB
out-of-domain | was ist die hauptstadt von bayern münchen dem fußballverein | FB
out-of-domain | was ist die hauptstadt der lombardei | FB
out-of-domain | hauptstadt von andalusien | FB
out-of-domain | was ist die hauptstadt von galicien | FB
out-of-domain | die hauptstadt der provence | FB
out-of-domain | hauptstadt von normandie | FB
out-of-domain | welche hauptstadt hat sibirien | FB
out-of-domain | hauptstadt von tschetschenien | FB
out-of-domain | die hauptstadt von abchasien | FB
out-of-domain | was ist die hauptstadt von transnistrien | FB
out-of-domain | hauptstadt von somaliland | FB
out-of-domain | was ist die hauptstadt von kurdistan | FB
out-of-domain | hauptstadt von mittelerde | FB
out-of-domain | was ist die hauptstadt von entenhausen | FB
out-of-domain | die hauptstadt von hogwarts | FB
out-of-domain | hauptstadt von westeros | FB
out-of-domain | was ist die hauptstadt von der sonne | FB
out-of-domain | die hauptstadt vom jupiter | FB
out-of-domain | was ist die hauptstadt von europa | FB
out-of-domain | die hauptstadt von afrika | FB
out-of-domain | welche stadt ist die hauptstadt von südamerika | FB
out-of-domain | was ist die hauptstadt von asien | FB
out-of-domain | welche stadt ist die hauptstadt der mode | FB
out-of-domain | welche stadt ist die hauptstadt des karnevals | FB
out-of-domain | die heimliche hauptstadt von deutschland welche ist das | FB
out-of-domain | welche stadt ist die weltkulturhauptstadt dieses jahr | FB
out-of-domain | wer ist der bürgermeister von bielefeld | FB
out-of-domain | gibt es bielefeld wirklich | FB
out-of-domain | wie viele einwohner hat paris | FB
out-of-domain | wie weit ist es von berlin nach rom | FB
out-of-domain | wie spät ist es in tokio | FB
out-of-domain | welche sprache spricht man in brasilien | FB
out-of-domain | welche währung hat die schweiz | FB
out-of-domain | wer ist der präsident von frankreich | FB
out-of-domain | wie hoch ist der mount everest | FB
out-of-domain | wie lang ist der rhein | FB
out-of-domain | welcher fluss fließt durch wien | FB
out-of-domain | wie heißt die flagge von japan | FB
out-of-domain | was ist ein großbuchstabe auch kapitale genannt | FB
out-of-domain | was heißt hauptstadt auf englisch | FB
out-of-domain | wie schreibt man hauptstadt | FB
out-of-domain | schreib milch auf die einkaufsliste | FB
out-of-domain | ruf oma an | FB
out-of-domain | mach das licht im wohnzimmer aus | FB
out-of-domain | wie viel ist sieben mal acht | FB
out-of-domain | erzähl mir einen witz | FB
out-of-domain | sing ein lied für mich | FB
out-of-domain | wann fährt die nächste straßenbahn | FB
out-of-domain | bestell mir eine pizza | FB
out-of-domain | wie viele kalorien hat ein döner | FB
out-of-domain | wann hat die post heute auf | FB
out-of-domain | wer hat gestern in der bundesliga gewonnen | FB
out-of-domain | welche tiere leben in der antarktis | FB
out-of-domain | wie kalt ist es in grönland | FB
out-of-domain | wie alt ist der papst | FB
out-of-domain | wer war der erste bundeskanzler | FB
out-of-domain | spiel die tagesschau ab | FB
out-of-domain | wie lange muss ein ei kochen | FB
out-of-domain | welches datum ist heute | FB
out-of-domain | hast du einen freund alexa | FB
out-of-domain | übersetze danke ins albanische | FB
out-of-domain | was heißt madloba auf deutsch | FB
out-of-domain | wie viele länder gibt es in afrika | FB
out-of-domain | welches ist das größte land der welt | FB
out-of-domain | welche stadt hat die meisten einwohner der welt | FB
out-of-domain | was ist das kleinste land der welt | FB
out-of-domain | wie groß ist der bodensee | FB
out-of-domain | wie heißt der hauptbahnhof von köln | FB
out-of-domain | was ist ein kapitalverbrechen | FB
out-of-domain | was bedeutet kapitales hirschgeweih | FB
out-of-domain | das war ein kapitaler fehler oder | FB
out-of-domain | wie funktioniert eine kapitallebensversicherung | FB
out-of-domain | was ist eigenkapital | FB
out-of-domain | wie viel kapital hat die deutsche bank | FB
out-of-domain | was macht eine kapitalgesellschaft | FB
out-of-domain | kapitel drei vorlesen bitte | FB
out-of-domain | lies mir das nächste kapitel vor | FB
out-of-domain | was ist die hauptstraße von bielefeld | FB
out-of-domain | wo ist die hauptstraße hier im dorf | FB
out-of-domain | wie komme ich zum hauptbahnhof | FB
out-of-domain | was ist die hauptsache im leben | FB
out-of-domain | was ist der hauptgewinn im lotto | FB
out-of-domain | wer ist der hauptdarsteller im tatort | FB
out-of-domain | was ist die hauptspeise heute in der kantine | FB
out-of-domain | was ist die hauptstadt von tirol | FB
out-of-domain | hauptstadt von vorarlberg | FB
out-of-domain | was ist die hauptstadt des kantons graubünden | FB
out-of-domain | welche stadt ist hauptstadt des kantons wallis | FB
out-of-domain | was ist die hauptstadt der toskana | FB
out-of-domain | die hauptstadt von sizilien | FB
out-of-domain | hauptstadt von katalonien | FB
out-of-domain | was ist die hauptstadt der bretagne | FB
out-of-domain | die hauptstadt von flandern | FB
out-of-domain | was ist die hauptstadt von schlesien | FB
out-of-domain | hauptstadt von ostpreußen | FB
out-of-domain | was ist die hauptstadt von pommern | FB
out-of-domain | die hauptstadt des banat wo meine eltern herkamen | FB
out-of-domain | was ist die hauptstadt von bessarabien | FB
out-of-domain | hauptstadt von patagonien | FB
out-of-domain | die hauptstadt von lappland | FB
out-of-domain | was ist die hauptstadt von tibet | FB
out-of-domain | hauptstadt von atlantis | FB
out-of-domain | was ist die hauptstadt von narnia | FB
out-of-domain | die hauptstadt von timbuktu | FB
out-of-domain | wie wird das wetter in der hauptstadt | FB
out-of-domain | welche hauptstadt ist am schönsten | FB
out-of-domain | welche hauptstadt liegt am höchsten | FB
out-of-domain | welche hauptstadt ist die kälteste der welt | FB
out-of-domain | wie viele hauptstädte gibt es auf der welt | FB
out-of-domain | welche hauptstädte haben einen fluss | FB
out-of-domain | welche hauptstadt fängt mit k an | FB
out-of-domain | nenne mir eine zufällige hauptstadt | FB
out-of-domain | frag mich eine hauptstadt ab | FB
out-of-domain | woll alexa wann spielt der bvb am samstag | FB
out-of-domain | nä getz sach ma wie dat wetter in bielefeld wird | FB
out-of-domain | moin alexa wie viel kostet der liter diesel in meppen | FB
out-of-domain | ei gell alexa wann is die kerb in fulda | FB
out-of-domain | heast wia vü kostet a krügerl bier im innviertel | FB
out-of-domain | sali alexa wann isch d fasnacht z basel | FB
out-of-domain | grüessech alexa wie hoch isch dr eiger | FB
out-of-domain | faleminderit alexa spiel albanische musik | FB
out-of-domain | vanakkam alexa wie spät ist es in chennai | FB
out-of-domain | blagodarya alexa wie sagt man guten morgen auf bulgarisch | FB
out-of-domain | gamarjoba alexa wie viel euro sind hundert lari | FB
out-of-domain | labas alexa wie wird das wetter in vilnius | FB
out-of-domain | hej alexa wann hat ikea heute auf | FB
out-of-domain | nou alexa hoe laat is het in amsterdam | FB
out-of-domain | ya basha alexa spiel umm kulthum | FB
out-of-domain | yaar alexa kricket ergebnis pakistan gegen indien | FB
out-of-domain | parce alexa pon música de salsa | FB
out-of-domain | órale alexa wie viele pesos sind zehn euro | FB
out-of-domain | sumimasen alexa wo gibt es hier ramen | FB
out-of-domain | alexa die tram hat verspätung sag der zentrale bescheid | FB
out-of-domain | wie hoch ist der schornstein vom kölner dom | FB
out-of-domain | welche blumen blühen im märz | FB
out-of-domain | wie lange muss ein weizenbier gären | FB
out-of-domain | wie viel darf ein hund schokolade essen | FB
out-of-domain | wann muss das buch zurück in die bücherei | FB
out-of-domain | was kostet ein brief nach amerika | FB
out-of-domain | wie flicke ich einen fahrradschlauch | FB
out-of-domain | wie lange hält sich frischer lachs im kühlschrank | FB
out-of-domain | welche eissorte ist am beliebtesten | FB
out-of-domain | wo gebe ich alte batterien ab | FB
out-of-domain | wie viel karat hat weißgold | FB
out-of-domain | wie lange heilt ein tattoo | FB
out-of-domain | welcher baum ist das mit den roten beeren | FB
out-of-domain | wie warm ist der see heute | FB
out-of-domain | wann ist die nächste gerichtsverhandlung | FB
out-of-domain | welche farbe nagellack passt zu rot | FB
out-of-domain | wie viel kostet ein döner in berlin | FB
out-of-domain | wie hoch darf ein kran sein | FB
out-of-domain | wie viele pfeifen hat die orgel im passauer dom | FB
out-of-domain | was kosten erdbeeren auf dem markt | FB
out-of-domain | bruh spiel den neuen song von apache | FB
out-of-domain | digga wer ist der reichste mensch der welt | FB
out-of-domain | ach du liebe zeit wann kommt meine tochter | FB
out-of-domain | fräulein alexa ich hab meine brille verlegt | FB
out-of-domain | alexa wie groß ist die welt mama fragt | FB
out-of-domain | wo wohnt der weihnachtsmann | FB
out-of-domain | ist die erde rund oder flach | FB
out-of-domain | warum ist der himmel blau | FB
out-of-domain | welche hauptstadt hat die meisten brücken | FB
out-of-domain | in welcher hauptstadt gibt es das beste essen | FB
out-of-domain | was ist die hauptstadt der dinosaurier | FB
out-of-domain | die hauptstadt vom nordpol | FB
out-of-domain | welche stadt ist die hauptstadt vom fahrrad | FB
out-of-domain | welche stadt ist die bierhauptstadt von deutschland | FB
out-of-domain | welche stadt nennt man die hauptstadt der liebe | FB
out-of-domain | was ist die hauptstadt des oberallgäus | FB
out-of-domain | was ist die hauptstadt vom waldviertel | FB
out-of-domain | welche stadt ist hauptstadt vom innviertel | FB
out-of-domain | hauptstadt vom kanton bern | FB
out-of-domain | was ist die hauptstadt der region kurpfalz | FB
out-of-domain | was ist die hauptstadt von südtirol | FB
out-of-domain | was ist die hauptstadt von karibien | FB
out-of-domain | was war die hauptstadt von jugoslawien | FB
out-of-domain | was war die hauptstadt der ddr | FB
out-of-domain | was war die hauptstadt der sowjetunion | FB
out-of-domain | die hauptstadt vom römischen reich | FB
out-of-domain | die hauptstadt vom osmanischen reich früher | FB
out-of-domain | hauptstadt von preußen | FB
out-of-domain | was ist die hauptstadt von skandinavien | FB
out-of-domain | die hauptstadt vom baltikum | FB
out-of-domain | welche stadt ist hauptstadt der karibik | FB
out-of-domain | was ist die hauptstadt von ozeanien | FB
out-of-domain | die hauptstadt des mondes | FB
out-of-domain | was ist die hauptstadt vom mars | FB
out-of-domain | was ist die hauptstadt von wakanda | FB
out-of-domain | hauptstadt von springfield bei den simpsons | FB
out-of-domain | hauptstadt von pandora aus avatar | FB
out-of-domain | was ist die hauptstadt von catan | FB
out-of-domain | beim monopoly wer bekommt die schlossallee | FB
out-of-domain | wie viele karten hat ein uno spiel | FB
out-of-domain | erklär mir die regeln von carcassonne | FB
out-of-domain | spiel mit mir galgenmännchen | FB
out-of-domain | gib mir ein wort für montagsmaler | FB
out-of-domain | wer hat das skispringen gewonnen | FB
out-of-domain | wie hoch ist das tischtennisnetz | FB
out-of-domain | wie ist der wind zum segeln am ammersee | FB
out-of-domain | wann fährt die hurtigruten ab bergen | FB
out-of-domain | wie lange fliegt man nach tiflis | FB
out-of-domain | brauch ich ein visum für kanada | FB
out-of-domain | wie viel trinkgeld gibt man in amerika | FB
out-of-domain | wann landet mein flug aus istanbul | FB
out-of-domain | wie lange muss der christstollen backen | FB
out-of-domain | wie viel salz gehört ins nudelwasser | FB
out-of-domain | wie reinige ich den gartenteich | FB
out-of-domain | wann ist die spülmaschine fertig | FB
out-of-domain | wie warm muss das badewasser für ein baby sein | FB
out-of-domain | wie viele umzugskartons brauche ich | FB
child-speech | alexa ich bin fünf und hab einen globus wo ist die hauptstadt von brasilien | BR
child-speech | alexa alexa wie heißt die hauptstadt von den pinguinen in argentinien | AR
child-speech | für sachkunde brauch ich die hauptstadt von frankreich | FR
child-speech | mama sagt ich soll dich fragen was die hauptstadt von ägypten ist wegen den pyramiden | EG
child-speech | wie heißt die hauptstadt vom land wo die kängurus wohnen | AU
child-speech | alexa wo wohnt der könig von schweden in welcher hauptstadt | SE
child-speech | die hauptstadt von china wo die pandas sind | CN
child-speech | ich darf noch eine frage vorm schlafen was ist die hauptstadt von japan | JP
child-speech | meine lehrerin kommt aus polen was ist da die hauptstadt | PL
child-speech | hauptstadt von kenia da wo die löwen sind | KE
child-speech | alexa was ist die hauptstadt von indien wo die elefanten sind | IN
child-speech | die hauptstadt von norwegen mit den elchen | NO
child-speech | was ist die hauptstadt von russland das ist ganz groß oder | RU
child-speech | mein papa kommt aus der türkei und ich will die hauptstadt wissen | TR
child-speech | alexa bitte bitte die hauptstadt von island wo die vulkane sind | IS
child-speech | ich hab eine postkarte aus dänemark was ist die hauptstadt da | DK
child-speech | wie heißt die hauptstadt von grönland wo die eisbären sind | GL
child-speech | die hauptstadt von mexiko wo die sombreros herkommen | MX
child-speech | wie heißt die hauptstadt von neuseeland mit den kiwis | NZ
child-speech | meine freundin fliegt nach griechenland wie heißt da die hauptstadt | GR
teen-speech | bruh was ist die hauptstadt von kanada ich hab morgen test | CA
teen-speech | kein plan digga hauptstadt von portugal | PT
teen-speech | safe digga sag mal hauptstadt von kroatien | HR
teen-speech | alexa slay und jetzt hauptstadt von südkorea für mein kpop referat | KR
teen-speech | yo alexa hauptstadt von jamaika schnell | JM
teen-speech | bro ich brauch die hauptstadt von marokko fürs erdkunde quiz | MA
teen-speech | alexa hauptstadt von kolumbien ich schwör ich weiß es nicht | CO
teen-speech | lowkey keine ahnung was die hauptstadt von vietnam ist | VN
teen-speech | alexa ey hauptstadt von argentinien aber digga nicht buenos aires oder doch | AR
teen-speech | was ist die hauptstadt von thailand bruh ich flieg da hin nach dem abi | TH
teen-speech | alexa sag schnell hauptstadt von schottland bevor mein bruder es sagt | GB-SCT
teen-speech | digga welche stadt ist hauptstadt von nigeria nicht lagos oder | NG
teen-speech | safe frage hauptstadt von ghana | GH
teen-speech | bruh die hauptstadt von österreich ist doch wien oder | AT
teen-speech | ehrlich jetzt hauptstadt von israel | IL
teen-speech | kein plan alexa hauptstadt von philippinen | PH
elder-speech | ach du liebe zeit wie hieß denn die hauptstadt von ungarn nochmal | HU
elder-speech | fräulein alexa sagen sie mir doch bitte die hauptstadt von rumänien | RO
elder-speech | in meinem alter vergisst man das was ist die hauptstadt von bulgarien | BG
elder-speech | früher sind wir immer nach jugoslawien gefahren was ist die hauptstadt von serbien heute | RS
elder-speech | meine enkelin ist in australien die hauptstadt von australien bitte | AU
elder-speech | wir waren neunzehnhundertachtzig in portugal wie heißt die hauptstadt | PT
elder-speech | ach du liebe zeit die hauptstadt von bosnien und herzegowina fällt mir nicht ein | BA
elder-speech | hören sie mich alexa die hauptstadt von tschechien bitte | CZ
elder-speech | ich bin einundneunzig und frag mich die hauptstadt von luxemburg | LU
elder-speech | unsere verwandten waren aus dem banat die hauptstadt von rumänien heißt doch | RO
elder-speech | die hauptstadt von kroatien meine frau wollte da immer hin | HR
elder-speech | im fernsehen kam was über chile die hauptstadt sagen sie mir bitte | CL
elder-speech | fräulein alexa was ist jetzt die hauptstadt von deutschland wieder berlin | DE
elder-speech | ach herrje die hauptstadt von slowenien wie heißt die | SI
elder-speech | sagen sie mal wie heißt die hauptstadt von dänemark das vergesse ich immer | DK
learner-speech | ich lernen deutsch was ist hauptstadt von albanien | AL
learner-speech | bitte sag mir welche ist der hauptstadt für georgien das land | GE
learner-speech | hauptstadt von armenien ist welche stadt bitte | AM
learner-speech | ich wissen nicht die hauptstadt von lettland | LV
learner-speech | du kannst sagen hauptstadt von bulgarien | BG
learner-speech | wie ist name von die hauptstadt in sri lanka | LK
learner-speech | welche stadt ist haupt von tunesien | TN
learner-speech | ich will wissen hauptstadt von mongolei bitte danke | MN
learner-speech | die hauptstadt in litauen welche | LT
learner-speech | wo ist die hauptstadt von land kamerun | CM
learner-speech | sag bitte mir hauptstadt japan | JP
learner-speech | ich komme aus eritrea was heißt die hauptstadt auf deutsch | ER
learner-speech | was ist hauptstadt von moldawien mein nachbar kommt von dort | MD
learner-speech | bitte nennen die hauptstadt für kirgistan | KG
learner-speech | hauptstadt von äthiopien wie sagt man | ET
genitive | wie heißt die hauptstadt perus | PE
genitive | die hauptstadt kolumbiens bitte | CO
genitive | was ist die hauptstadt ecuadors | EC
genitive | nenne mir die hauptstadt venezuelas | VE
genitive | was ist die hauptstadt des senegal | SN
genitive | die hauptstadt des tschad | TD
genitive | die hauptstadt der mongolei bitte | MN
genitive | die hauptstadt albaniens alexa | AL
genitive | was ist die hauptstadt litauens | LT
genitive | die hauptstadt armeniens heißt | AM
genitive | die hauptstadt tansanias ist welche | TZ
genitive | die hauptstadt madagaskars | MG
genitive | was ist die hauptstadt des sudan | SD
genitive | die hauptstadt malis | ML
polite-request | würdest du mir freundlicherweise die hauptstadt von finnland nennen | FI
polite-request | wären sie so nett mir die hauptstadt von estland zu verraten | EE
polite-request | ich hätte gern gewusst wie die hauptstadt von belgien heißt danke schön | BE
polite-request | darf ich sie um die hauptstadt von irland bitten | IE
polite-request | könnten sie mir bitte sagen was die hauptstadt von zypern ist | CY
polite-request | sei so lieb und sag mir die hauptstadt von malta | MT
polite-request | es wäre sehr freundlich wenn du mir die hauptstadt von katar sagst | QA
polite-request | bitte schön die hauptstadt von jordanien | JO
polite-request | ich bitte um auskunft über die hauptstadt von oman | OM
polite-request | wenn es nicht zu viel verlangt ist die hauptstadt von kuba | CU
polite-request | entschuldigen sie die störung was ist die hauptstadt von honduras | HN
polite-request | dürfte ich erfahren wie die hauptstadt von nicaragua heißt | NI
one-shot | alexa frag hauptstädte der welt nach der hauptstadt von ruanda | RW
one-shot | alexa öffne hauptstädte der welt und sag mir die hauptstadt von burundi | BI
one-shot | sag hauptstädte der welt ich will die hauptstadt von uganda | UG
one-shot | starte hauptstädte der welt mit der hauptstadt von sambia | ZM
one-shot | frag mal hauptstädte der welt was die hauptstadt von belarus ist | BY
one-shot | alexa bitte hauptstädte der welt was ist die hauptstadt von simbabwe | ZW
one-shot | alexa frag hauptstädte der welt welche hauptstädte bolivien hat | BO
one-shot | hauptstädte der welt öffnen und die hauptstadt von lesotho | LS
one-shot | frag hauptstädte der welt von welchem land dodoma die hauptstadt ist | CITY:Dodoma
one-shot | heast frag hauptstädte der welt nach der hauptstadt vo liechtenstein | LI
old-name | was ist die hauptstadt von ceylon | LK
old-name | wie hieß die hauptstadt von rhodesien | ZW
old-name | was ist die hauptstadt von siam | TH
old-name | die hauptstadt von abessinien | ET
old-name | was ist die hauptstadt von obervolta heute | BF
old-name | die hauptstadt von dahome wie man früher sagte | BJ
old-name | was ist die hauptstadt von betschuanaland | BW
old-name | die hauptstadt von zaire | CD
old-name | was ist die hauptstadt von kampuchea | KH
home-context | wir backen grad vanillekipferl alexa was ist die hauptstadt von österreich nochmal | AT
home-context | die spülmaschine piept und ich will wissen die hauptstadt von kuba | CU
home-context | am gartenteich sitzt ein frosch und mein sohn fragt die hauptstadt von frankreich | FR
home-context | wir ziehen um und packen kisten alexa hauptstadt von schweden | SE
home-context | ich bade grad das baby alexa sag mir die hauptstadt von griechenland | GR
home-context | beim butterbrot schmieren alexa die hauptstadt von senegal | SN
home-context | die waschmaschine schleudert so laut alexa hauptstadt von nepal | NP
home-context | beim zimtsterne ausstechen die hauptstadt von tansania bitte | TZ
home-context | wir streichen das kinderzimmer wie heißt die hauptstadt von ghana | GH
home-context | beim fensterputzen fällt mir ein was ist die hauptstadt von sierra leone | SL
home-context | der umzugswagen kommt gleich alexa die hauptstadt von eritrea | ER
home-context | beim rasenmähen alexa ich hab kopfhörer drin die hauptstadt von angola | AO
home-context | wir schauen eine doku über die wüste welche hauptstadt hat mauretanien | MR
home-context | beim kartoffelsalat machen alexa was ist die hauptstadt von mosambik | MZ
home-context | der hund will raus aber zuerst die hauptstadt von namibia | NA
home-context | auf dem sofa mit tee alexa die hauptstadt von guyana | GY
travel-context | wir machen die hurtigruten und halten in tromsø was ist die hauptstadt von norwegen | NO
travel-context | ich bin zu einer hochzeit in tiflis eingeladen das ist doch die hauptstadt von georgien | GE
travel-context | unser flug nach kigali ist verspätet alexa kigali ist hauptstadt von welchem land | CITY:Kigali
travel-context | auf der pilgerreise nach fátima alexa was ist die hauptstadt von portugal | PT
travel-context | roadtrip durch kanada alexa hauptstadt von alberta | CA-AB
travel-context | mein sprachkurs ist in la paz ist das die hauptstadt von bolivien oder sucre | BO
travel-context | wir fliegen nach hanoi ist das die hauptstadt von vietnam | VN
travel-context | am flughafen in doha alexa ist doha die hauptstadt von katar | QA
travel-context | mit dem wohnwagen durch slowenien wie heißt die hauptstadt | SI
travel-context | wir fahren mit dem zug nach montenegro was ist da die hauptstadt | ME
travel-context | im urlaub auf sansibar alexa die hauptstadt von tansania ist welche | TZ
travel-context | wir wandern in kirgistan ab bischkek alexa ist das die hauptstadt | KG
travel-context | rundreise durch usbekistan alexa welche stadt ist hauptstadt | UZ
travel-context | nächste woche fliegen wir nach costa rica die hauptstadt ist san josé oder | CR
travel-context | kreuzfahrt in der karibik alexa welche hauptstadt hat st lucia | LC
travel-context | auf dem weg nach tonga alexa welche stadt ist die hauptstadt dort | TO
sport-context | beim skispringen in planica alexa die hauptstadt von slowenien | SI
sport-context | tischtennis wm in china alexa die hauptstadt von china | CN
sport-context | die bundesliga pause alexa hauptstadt von japan wegen dem neuen stürmer | JP
sport-context | beim segeln vor kroatien welche hauptstadt hat kroatien | HR
sport-context | volleyball gegen brasilien heute alexa die hauptstadt von brasilien | BR
sport-context | die handball em ist in dänemark und ich will die hauptstadt wissen | DK
sport-context | beim marathon in kenia alexa wie heißt die hauptstadt | KE
sport-context | biathlon in finnland alexa welche stadt ist hauptstadt dort | FI
sport-context | fußball wm in katar was war da die hauptstadt | QA
sport-context | der neue trainer kommt aus uruguay alexa die hauptstadt von uruguay | UY
sport-context | rugby gegen samoa alexa welche hauptstadt hat samoa | WS
sport-context | der boxer kommt aus usbekistan wo ist die hauptstadt | UZ
game-context | jeopardy auf dem schulfest für dreihundert punkte die hauptstadt von libyen | LY
game-context | beim galgenmännchen war das wort die hauptstadt von peru | PE
game-context | montagsmaler ich hab die hauptstadt von ägypten gezeichnet alexa welche ist das | EG
game-context | im sudoku heft ist ein rätsel alexa die hauptstadt von jemen | YE
game-context | carcassonne pause alexa hauptstadt von frankreich ist carcassonne nicht oder | FR
game-context | quizabend im verein alexa die hauptstadt von somalia | SO
game-context | beim uno sagt mein opa die hauptstadt von dschibuti heißt auch dschibuti stimmt das | DJ
game-context | spieleabend alexa welche hauptstadt hat pakistan nicht karatschi | PK
game-context | beim catan haben wir gewettet die hauptstadt von afghanistan | AF
work-context | der chef der brauerei kommt aus belgien welche hauptstadt hat das land | BE
work-context | in der bücherei steht ein buch über algerien alexa welche hauptstadt | DZ
work-context | der praktikant aus gambia fragt ob ich seine hauptstadt kenne welche ist das | GM
work-context | meine kollegin in der spätschicht kommt aus turkmenistan die hauptstadt bitte | TM
work-context | in der eisdiele fragt ein gast aus sri lanka nach seiner hauptstadt lustig | LK
work-context | im gericht ein zeuge aus benin alexa welche hauptstädte hat benin | BJ
work-context | beim fenster putzen im büro alexa die hauptstadt von bhutan | BT
work-context | der lkw kommt aus nordmazedonien alexa hauptstadt bitte | MK
regional-speech | nä wat is denn die hauptstadt von tadschikistan dat kann keiner aussprechen | TJ
regional-speech | moin jo die hauptstadt von aserbaidschan nech | AZ
regional-speech | woll die hauptstadt von kasachstan hat doch schon wieder nen neuen namen | KZ
regional-speech | ei gell die hauptstadt vun madagaskar weiß mer net | MG
regional-speech | heast die hauptstadt vo mali is des bamako | ML
regional-speech | sali zäme die hauptstadt vo uganda isch kampala oder | UG
regional-speech | hä die hauptstadt von syrien damaskus oder | SY
regional-speech | ya well die hauptstadt vun pennsylvania is harrisburg ne | US-PA
regional-speech | bom gente die hauptstadt vun brasilien is brasília ne | BR
regional-speech | in meppen sagen wir die hauptstadt von niedersachsen is hannover jo | DE-NI
regional-speech | oida wos is d hauptstodt vo oberösterreich | FB
regional-speech | geh bitte die hauptstadt vo tschechien is prag oder net | CZ
migrant-speech | faleminderit die hauptstadt vom kosovo ist pristina oder prishtina | XK
migrant-speech | ore alexa die hauptstadt von albanien tirana ja | AL
migrant-speech | ajde alexa sofia ist hauptstadt von welchem land | CITY:Sofia
migrant-speech | madloba alexa und die hauptstadt von armenien ist eriwan oder | AM
migrant-speech | aciu alexa welche ist die hauptstadt von estland | EE
migrant-speech | ya basha welche stadt ist hauptstadt vom sudan | SD
migrant-speech | shlonak alexa die hauptstadt vom irak ist bagdad ja | IQ
migrant-speech | yaar pakistan ki capital matlab die hauptstadt von pakistan | PK
migrant-speech | bacano alexa und die hauptstadt von panama | PA
migrant-speech | oye po la capital de chile es santiago verdad alexa | CL
migrant-speech | on dit que la capitale du gabon c'est libreville alexa stimmt das | GA
migrant-speech | ano alexa die hauptstadt der mongolei ulan bator richtig | MN
migrant-speech | sumimasen welche stadt ist hauptstadt von laos | LA
work-context | beim schornsteinfegen auf dem dach alexa welche stadt ist die hauptstadt von vanuatu | VU
work-context | in der tierarztpraxis heißt der kater tokio ist das die hauptstadt von japan | JP
work-context | die floristin bindet einen kranz für den botschafter von kamerun wie heißt die hauptstadt | CM
work-context | die post nach fidschi kommt zurück alexa die hauptstadt von fidschi | FJ
work-context | der fischhändler bekommt lachs von den färöern alexa die hauptstadt | FO
work-context | im orgelbau haben wir ein auftrag aus riga das ist doch die hauptstadt von lettland | LV
work-context | mein azubi in der fahrradwerkstatt fragt welche hauptstädte südafrika hat | ZA
work-context | am marktstand eine frau aus den niederlanden welche hauptstädte haben die eigentlich | NL
work-context | im tattoostudio will einer den namen der hauptstadt von malaysia tätowiert welche sind das | MY
travel-context | wir fliegen nach abidjan zur hochzeit ist das die hauptstadt der elfenbeinküste oder sind es zwei | CI
travel-context | auf dem weg nach kapstadt welche hauptstädte hat südafrika nochmal | ZA
travel-context | wir reisen nach eswatini welche hauptstädte hat das königreich | SZ
travel-context | mit dem rucksack in sri lanka kotte oder colombo welche sind die hauptstädte | LK
elder-speech | ach du liebe zeit was ist denn jetzt die hauptstadt von myanmar früher war es rangun | MM
elder-speech | in meinem alter fragt man die hauptstadt vom vatikan gibt es die | VA
elder-speech | fräulein alexa die hauptstadt von taiwan sagen sie | TW
elder-speech | die hauptstadt von san marino ach herrje | SM
child-speech | alexa ich kann schon lesen wie heißt die hauptstadt von monaco | MC
child-speech | mein kuscheltier kommt aus kanada was ist da die hauptstadt | CA
child-speech | wo wohnt die königin von dänemark in welcher hauptstadt | DK
child-speech | oma fährt nach spanien und ich will die hauptstadt wissen | ES
teen-speech | bruh die hauptstadt von nordkorea für geschichte | KP
teen-speech | safe digga hauptstadt von singapur ist singapur oder | SG
teen-speech | slay alexa hauptstadt von südafrika welche sind das alle | ZA
learner-speech | ich weiß nicht hauptstadt von niederlande ist zwei stadt | NL
learner-speech | bitte du sagst mir die hauptstädte von malaysia | MY
learner-speech | welche stadt ist hauptstadt von papua neuguinea bitte | PG
polite-request | hätten sie die freundlichkeit mir die hauptstadt von kap verde zu sagen | CV
polite-request | ich danke schon mal im voraus wie heißt die hauptstadt von belize | BZ
reverse-question | von welchem land ist kathmandu hauptstadt | CITY:Kathmandu
reverse-question | alexa welches land hat ouagadougou als hauptstadt | CITY:Ouagadougou
reverse-question | windhoek ist die hauptstadt von welchem land nochmal | CITY:Windhoek
reverse-question | welcher staat hat die hauptstadt tallinn | CITY:Tallinn
yes-no-check | alexa ist bern wirklich die hauptstadt der schweiz oder gibts gar keine | CH
yes-no-check | ist auckland die hauptstadt von neuseeland ich glaub nicht | NZ
yes-no-check | ist sydney die hauptstadt von new south wales | AU-NSW
self-correction | die hauptstadt von schweden oh nee ich mein die von finnland | FI
self-correction | hauptstadt von slowenien nä getz mal slowakei | SK
shared-name | welche hauptstadt hat der kongo mein nachbar kommt von da | CD+CG
shared-name | und korea was ist da die hauptstadt | KP+KR
official-name | die hauptstadt der libanesischen republik bitte | LB
everyday-name | was ist die hauptstadt von kirgisien äh kirgistan | KG
plural-capitals | moin alexa benin in westafrika wie viele hauptstädte hat dat land | BJ
plural-capitals | porto novo und cotonou sind das beides hauptstädte von benin | BJ
"""

if __name__ == "__main__":
    build_round(36, "de", LINES, sys.argv, "tests/Eval/de/round36/source/build_corpus.py")
