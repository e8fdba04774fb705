"""Round 37, German (de-DE): a new author's own mix, written blind (brief WRITER44.md). Speakers chosen away from
rounds 32-36: Burgenland and Mostviertel Austrians ("na servas", "woaß i ned"), Zurich Oberland, Toggenburg and
Graubünden ("grüezi mitenand", "allegra", "weisch"), Westerwald and Vogelsberg ("ei jo", "ei gude", "fräht mer"),
Spessart, Hohenlohe ("hajo"), the Harz ("nu", "heeßt"), Uckermark and Altmark ("kiek ma", "weeß det keener"), the
Ruhr-ish "hömma" of the Bergisches Land, the Lüneburg Heath, Plautdietsch Mennonites from Paraguay ("waut es dee
hauptstaut"), Texas Germans ("y'all"). Migrant and heritage speakers: Turkish ("merhaba", "abla", "amca"), Lebanese
("kifak", "yaani", "teta"), Algerian ("wesh", "sahbi"), Senegalese ("jerejef"), Kenyan ("asante", "sawa"), Ethiopian
("ishi", "ameseginalehu", "selam"), Congolese ("mbote", "tika na tuna"), Indonesian ("aduh", "terima kasih"), Bengali
("dhonnobad", "abba"), Kazakh ("rakhmet"), Argentine ("che", "boludo", "decime"), Venezuelan ("chamo", "pana"), Cuban
("asere qué bolá"), Dominican ("klk"), Haitian ("mèsi"), Jamaican ("wah gwaan"), Israeli ("toda", "sababa"), Yiddish-
speaking elder ("oy", "nu"), Czech ("dekuju", "no jo"), Latvian ("paldies"), Estonian ("aitäh"), Norwegian ("uff da",
"takk"), Australian ("g'day", "mate", "reckon"), Irish ("grand"), Slovenian ("hvala lepa"), Serbian ("bre", "ajde
reci"), Maltese ("grazzi"), Basque ("eskerrik asko"), Catalan ("mercès"), Neapolitan ("uè"), Nepali ("dhanyabad"),
Kurdish ("spas"), Afghan ("tashakor"), Taiwanese ("xie xie"), Japanese ("arigato"), Filipino ("salamat", "diba"),
Vietnamese ("cam on"), Sri Lankan ("ayubowan"), Ivorian ("on dit quoi"), Greek, Romanian, Macedonian, Hungarian,
Angolan, Iranian, Qatari. Children (a six-year-old asking where the king lives, a wobbly tooth, a globe, a cuddly toy
called Paris, the Kita flag craft), teenagers ("no cap", "sheesh", "brudi", "ehrenmann", "null plan", TikTok), old
people (a grandson stationed abroad, eighty-eight and never travelled, "junges fräulein", sixty years of crosswords),
learners (deliberately ungrammatical). At work: a lorry driver, a hospital night shift, a bakery at four, a taxi, a
warehouse, a dental practice, a driving instructor, a hairdresser, a chip stand, a building site, a care home, a flight
attendant, a stamp sorter, the Bundeswehr, a canteen, a bus driver, a ship's hold, invoicing, a night watchman, a
nursery garden, a call centre. Games and events: Stadt Land Fluss, the crossword, Wer wird Millionär, Quizduell, an
Irish pub quiz, the Olympic parade, Eurovision, Trivial Pursuit, an escape room, geocaching, a Stammtisch bet, Gefragt
Gejagt, bowling, the football World Cup, Formula One, the Tour de France, handball, karaoke, darts, Schafkopf. Travel
and home: a cruise, a campervan, a honeymoon, a wedding in Ghana, an exchange year, a safari, Interrail, diving, a
pilgrimage, emigrating, a business trip, work and travel; ironing, boiling water, flat-pack furniture, sourdough,
knitting, sushi, Easter eggs, a barbecue, the allotment, the Advent calendar, window cleaning, the tax return. Plus the
genitive, polite requests, follow-ups, yes/no checks (the place asked about expected), self-corrections (the last
place named), reverse questions (CITY:<capital>), official and everyday names, shared names (Kongo, Korea, Georgia,
Jungferninseln), plurals of every several-capital country and Palestine, subdivisions and territories, one-shot
requests, launch, help, stop, cancel and out of domain (other requests in the speakers' voices, "Kapital" in the
money, Marx, crime and hunting senses, Capital Bra, "Hauptstadt" in other senses and titles, regions, landscapes,
historical states, breakaway regions, continents and fictional places the data has no capital for).
`python3 tests/Eval/de/round37/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 37's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
regional-speech | na servas alexa wos is denn die hauptstodt vo {} | ungarn=HU; slowakei=SK; slowenien=SI
regional-speech | im burgenland sogt ma des net so gern aber wos is die hauptstadt vo {} | kroatien=HR; serbien=RS; rumänien=RO
regional-speech | grüezi mitenand alexa weisch du was d hauptstadt vo {} isch | liechtenstein=LI; andorra=AD; san marino=SM
regional-speech | allegra alexa mir wänd wüsse was d hauptstadt vo {} isch | italien=IT; frankreich=FR; monaco=MC
regional-speech | ei jo alexa im westerwald fräht mer sich wat is die hauptstadt vun {} | belgien=BE; luxemburg=LU; dänemark=DK
regional-speech | hömma alexa wat is dat für ne hauptstadt in {} weiße dat | portugal=PT; spanien=ES; malta=MT
regional-speech | im harz sacht man nu alexa wie heeßt de hauptstadt von {} | polen=PL; tschechien=CZ; litauen=LT
regional-speech | in der uckermark sind wa ehrlich mal wat is die hauptstadt von {} | lettland=LV; estland=EE; finnland=FI
regional-speech | bei uns in der altmark weeß det keener wie heeßt denn die hauptstadt von {} | schweden=SE; norwegen=NO; island=IS
regional-speech | im vogelsberg sacht mer ei wie hieß dann die hauptstadt vun {} | irland=IE; griechenland=GR; zypern=CY
regional-speech | alexa im bergischen land fragen wir uns grad wat die hauptstadt von {} is | bulgarien=BG; albanien=AL; montenegro=ME
regional-speech | jo waut es dee hauptstaut von {} | paraguay=PY; bolivien=BO; uruguay=UY
migrant-speech | merhaba ne alexa amca sagt ich soll fragen hauptstadt von {} | türkei=TR; aserbaidschan=AZ; turkmenistan=TM
migrant-speech | kifak alexa yaani die hauptstadt vom {} wie heißt die | libanon=LB; syrien=SY; jordanien=JO
migrant-speech | wesh alexa sahbi sag mal die hauptstadt von {} | algerien=DZ; tunesien=TN; marokko=MA
migrant-speech | jerejef alexa ich will wissen die hauptstadt von {} bitte | senegal=SN; gambia=GM; mali=ML
migrant-speech | asante alexa sawa sawa und die hauptstadt von {} | kenia=KE; tansania=TZ; uganda=UG
migrant-speech | ishi alexa die hauptstadt von {} ich frage für meine tante | äthiopien=ET; eritrea=ER; dschibuti=DJ
migrant-speech | mbote alexa tika na tuna die hauptstadt von {} was ist das | kamerun=CM; gabun=GA; angola=AO
migrant-speech | aduh alexa terima kasih aber die hauptstadt von {} wie war das | indonesien=ID; philippinen=PH; brunei=BN
migrant-speech | dhonnobad alexa und die hauptstadt von {} bitte | bangladesch=BD; indien=IN; nepal=NP
migrant-speech | rakhmet alexa was ist hauptstadt von {} ich vergesse immer | kasachstan=KZ; usbekistan=UZ; kirgistan=KG
migrant-speech | che alexa boludo decime la äh die hauptstadt von {} | argentinien=AR; chile=CL; peru=PE
migrant-speech | chamo alexa pana wie heißt die hauptstadt von {} | venezuela=VE; kolumbien=CO; ecuador=EC
migrant-speech | asere alexa qué bolá die hauptstadt von {} weißt du die | kuba=CU; haiti=HT; jamaika=JM
migrant-speech | toda alexa sababa und was ist die hauptstadt von {} | israel=IL; ägypten=EG; irak=IQ
migrant-speech | dekuju alexa no jo a die hauptstadt von {} | österreich=AT; deutschland=DE; schweiz=CH
migrant-speech | paldies alexa kannst du sagen hauptstadt von {} | russland=RU; belarus=BY; ukraine=UA
migrant-speech | uff da alexa takk what's the hauptstadt von {} | kanada=CA; mexiko=MX; vereinigte staaten=US
migrant-speech | g'day alexa mate i reckon du weißt die hauptstadt von {} | australien=AU; neuseeland=NZ; fidschi=FJ
child-speech | alexa ich bin sechs und will wissen wo der könig von {} wohnt also die hauptstadt | thailand=TH; japan=JP; marokko=MA
child-speech | mama sagt ich darf noch eine frage alexa was ist die hauptstadt von {} | china=CN; mongolei=MN; nordkorea=KP
child-speech | alexa in meinem tierbuch steht ein tiger aus {} was ist da die hauptstadt | bangladesch=BD; myanmar=MM; vietnam=VN
child-speech | alexa wir basteln flaggen in der kita welche hauptstadt hat {} | südkorea=KR; laos=LA; kambodscha=KH
elder-speech | alexa mein enkel ist jetzt in {} stationiert wie heißt denn da die hauptstadt | afghanistan=AF; mali=ML; litauen=LT
elder-speech | ich bin achtundachtzig und habe {} nie gesehen sagen sie mir wenigstens die hauptstadt | brasilien=BR; kenia=KE; sri lanka=LK
elder-speech | alexa früher gab es das alles nicht so wie heißt heute die hauptstadt von {} | tadschikistan=TJ; armenien=AM; georgien=GE
work-context | ich fahr lkw und lade morgen für {} was ist da die hauptstadt | moldau=MD; nordmazedonien=MK; bosnien und herzegowina=BA
work-context | alexa nachtschicht auf station und die kollegin aus {} fragt mich die hauptstadt ich weiß es nicht | ghana=GH; nigeria=NG; togo=TG
work-context | wir backen hier seit vier uhr früh alexa sag schnell die hauptstadt von {} | burkina faso=BF; niger=NE; tschad=TD
work-context | alexa im taxi sitzt ein fahrgast aus {} wie heißt seine hauptstadt | pakistan=PK; iran=IR; katar=QA
work-context | wir haben im lager kisten nach {} welche hauptstadt ist das nochmal | saudi-arabien=SA; oman=OM; jemen=YE
work-context | alexa in der zahnarztpraxis wartet ein patient aus {} was ist die hauptstadt da | kuwait=KW; bahrain=BH; vereinigte arabische emirate=AE
game-context | stadt land fluss mit k ich hab das land {} aber was ist die hauptstadt | kambodscha=KH; kiribati=KI; komoren=KM
game-context | beim kreuzworträtsel wird nach der hauptstadt von {} gefragt sieben buchstaben | ruanda=RW; burundi=BI; sambia=ZM
game-context | alexa bei wer wird millionär kam grad die hauptstadt von {} welche ist es | simbabwe=ZW; mosambik=MZ; malawi=MW
game-context | quizduell runde drei alexa hauptstadt von {} schnell | madagaskar=MG; mauritius=MU; seychellen=SC
game-context | alexa pub quiz im irish pub letzte frage die hauptstadt von {} | namibia=NA; lesotho=LS; botsuana=BW
game-context | bei der olympia eröffnung läuft gerade {} ein alexa was ist deren hauptstadt | tuvalu=TV; nauru=NR; palau=PW
game-context | alexa beim eurovision hat {} zwölf punkte gegeben was ist da eigentlich die hauptstadt | san marino=SM; moldau=MD; aserbaidschan=AZ
travel-context | wir fliegen im februar nach {} alexa was ist die hauptstadt dort | costa rica=CR; panama=PA; nicaragua=NI
travel-context | alexa mit dem kreuzfahrtschiff halten wir in {} wie heißt da die hauptstadt | barbados=BB; grenada=GD; dominica=DM
travel-context | alexa wir machen rucksacktour durch {} was ist die hauptstadt | guatemala=GT; honduras=HN; el salvador=SV
travel-context | alexa ich hab ein praktikum in {} bekommen wie heißt die hauptstadt | guyana=GY; suriname=SR; belize=BZ
travel-context | alexa meine tochter macht work and travel in {} welche stadt ist die hauptstadt | samoa=WS; tonga=TO; vanuatu=VU
home-context | alexa beim bügeln frag ich mich die hauptstadt von {} | salomonen=SB; papua-neuguinea=PG; mikronesien=FM
home-context | alexa während das wasser kocht was ist die hauptstadt von {} | marshallinseln=MH; malediven=MV; bhutan=BT
home-context | alexa wir bauen gerade ein regal auf und streiten über die hauptstadt von {} | schweden=SE; dänemark=DK; finnland=FI
learner-speech | ich lerne deutsch seit zwei monat was ist haupt stadt in {} | guinea=GN; guinea-bissau=GW; sierra leone=SL
learner-speech | alexa wie man sagt die hauptstadt für {} bitte | liberia=LR; mauretanien=MR; äquatorialguinea=GQ
learner-speech | entschuldigung ich nicht verstehe gut welche stadt ist zentral in {} | zentralafrikanische republik=CF; südsudan=SS; sudan=SD
learner-speech | alexa bitte du sagen mir die hauptstadt des landes {} | somalia=SO; libyen=LY; ägypten=EG
polite-request | wären sie so freundlich mir die hauptstadt von {} zu nennen | singapur=SG; malaysia=MY; timor-leste=TL
polite-request | alexa ich hätte gern gewusst wie die hauptstadt von {} heißt danke schön | trinidad und tobago=TT; antigua und barbuda=AG; bahamas=BS
polite-request | liebe alexa sei doch so gut und nenn mir die hauptstadt von {} | sankt lucia=LC; sankt kitts und nevis=KN; sankt vincent und die grenadinen=VC
polite-request | alexa verzeih die störung wie heißt die hauptstadt von {} | cabo verde=CV; são tomé und príncipe=ST; eswatini=SZ
genitive | wie lautet die hauptstadt {} | der dominikanischen republik=DO; des tschad=TD; des sudan=SD
genitive | alexa was ist eigentlich die hauptstadt {} | der mongolei=MN; der türkei=TR; der ukraine=UA
genitive | sag mir doch bitte den namen der hauptstadt {} | der niederlande=NL; der philippinen=PH; der seychellen=SC
follow-up | und wie sieht's mit kenia aus | KE
follow-up | okay und jetzt noch tansania hinterher | TZ
follow-up | gut und dasselbe für uganda bitte | UG
follow-up | jetzt mach mal ruanda | RW
follow-up | und beim nachbarn burundi | BI
follow-up | ach und wo wir grad dabei sind norwegen | NO
follow-up | dann noch schnell island und dann ist schluss | IS
follow-up | und bei den finnen | FI
follow-up | und die esten wie heißt deren hauptstadt | EE
follow-up | nächstes land wäre lettland | LV
follow-up | weiter mit litauen | LT
follow-up | jo und polen hinterher | PL
follow-up | und bei den tschechen nebenan | CZ
follow-up | und was ist mit der slowakei da drüben | SK
follow-up | ja und dann österreich natürlich auch noch | AT
follow-up | und wie ist das bei den schweizern | CH
follow-up | noch eins bitte italien | IT
follow-up | und jetzt frankreich zum vergleich | FR
follow-up | und spanien daneben | ES
follow-up | und portugal ganz links | PT
follow-up | das gleiche nochmal für marokko | MA
follow-up | und algerien gleich daneben | DZ
follow-up | und tunesien auch noch bitte | TN
follow-up | und libyen wie heißt da die hauptstadt | LY
follow-up | dann mach weiter mit ägypten | EG
follow-up | und der sudan südlich davon | SD
follow-up | und äthiopien als nächstes | ET
follow-up | hm und somalia | SO
follow-up | prima und jemen auf der anderen seite | YE
follow-up | und was sagst du zu oman | OM
follow-up | und bei indonesien | ID
follow-up | jetzt noch vietnam dann geh ich schlafen | VN
follow-up | und im vergleich dazu thailand | TH
follow-up | und japan zum schluss | JP
follow-up | dann noch südkorea für meinen sohn | KR
follow-up | und kanada oben drüber | CA
plural-capitals | alexa welche hauptstädte hat südafrika eigentlich alle | ZA
plural-capitals | südafrika hat doch drei hauptstädte oder wie heißen die | ZA
plural-capitals | in südafrika gibt's mehrere regierungssitze nenn mir die mal | ZA
plural-capitals | alexa bolivien hat zwei hauptstädte welche sind das | BO
plural-capitals | ist in bolivien la paz oder sucre die hauptstadt oder beide | BO
plural-capitals | wie viele hauptstädte hat bolivien und wie heißen sie | BO
plural-capitals | alexa die niederlande haben doch zwei hauptstädte amsterdam und noch eine oder | NL
plural-capitals | was ist in holland hauptstadt und was regierungssitz | NL
plural-capitals | welche städte sind in den niederlanden hauptstadt | NL
plural-capitals | alexa malaysia hat zwei hauptstädte stimmt das welche | MY
plural-capitals | kuala lumpur und putrajaya sind das beide hauptstädte von malaysia | MY
plural-capitals | nenn mir bitte alle hauptstädte von malaysia | MY
plural-capitals | alexa sri lanka hat so eine komplizierte hauptstadt mit zwei städten welche sind es | LK
plural-capitals | welche zwei hauptstädte hat sri lanka | LK
plural-capitals | colombo oder kotte was ist denn nun die hauptstadt von sri lanka | LK
plural-capitals | alexa welche hauptstädte hat die elfenbeinküste | CI
plural-capitals | die elfenbeinküste hat zwei hauptstädte oder | CI
plural-capitals | abidjan und yamoussoukro welche ist die hauptstadt der côte d'ivoire | CI
plural-capitals | alexa wie viele hauptstädte hat benin | BJ
plural-capitals | benin hat doch zwei hauptstädte wie heißen die | BJ
plural-capitals | cotonou ist doch nicht die richtige hauptstadt von benin oder welche gibt es | BJ
plural-capitals | alexa eswatini hat mehrere hauptstädte nenn sie mir | SZ
plural-capitals | welche hauptstädte hat swasiland | SZ
plural-capitals | mbabane und lobamba sind die beide hauptstädte von eswatini | SZ
plural-capitals | alexa palästina hat ja mehrere hauptstädte je nachdem wen man fragt welche | PS
plural-capitals | welche hauptstädte werden für palästina genannt | PS
plural-capitals | was gilt als hauptstadt von palästina ostjerusalem oder ramallah | PS
subdivision | alexa was ist die landeshauptstadt von brandenburg | DE-BB
subdivision | landeshauptstadt von mecklenburg-vorpommern | DE-MV
subdivision | wie heißt die landeshauptstadt vom saarland | DE-SL
subdivision | ist hannover die hauptstadt von niedersachsen | DE-NI
subdivision | alexa die landeshauptstadt von hessen ist doch nicht frankfurt oder | DE-HE
subdivision | welche stadt ist hauptstadt von sachsen-anhalt halle oder magdeburg | DE-ST
subdivision | sag mir die landeshauptstadt von thüringen | DE-TH
subdivision | alexa landeshauptstadt von schleswig-holstein bitte | DE-SH
subdivision | wie heißt die hauptstadt von rheinland-pfalz | DE-RP
subdivision | was ist die hauptstadt des freistaats sachsen | DE-SN
subdivision | landeshauptstadt von baden-württemberg | DE-BW
subdivision | und in bayern was ist da die landeshauptstadt | DE-BY
subdivision | alexa welche stadt ist die hauptstadt von nordrhein-westfalen köln oder düsseldorf | DE-NW
subdivision | was ist die hauptstadt von texas alexa | US-TX
subdivision | hauptstadt von kalifornien ist das los angeles | US-CA
subdivision | alexa hauptstadt des bundesstaats new york | US-NY
subdivision | was ist die hauptstadt von florida | US-FL
subdivision | welche stadt ist hauptstadt von alaska | US-AK
subdivision | hauptstadt von hawaii bitte | US-HI
subdivision | was ist die hauptstadt von illinois ist das chicago | US-IL
subdivision | alexa hauptstadt von nevada | US-NV
subdivision | wie heißt die hauptstadt von colorado | US-CO
subdivision | was ist die hauptstadt vom bundesstaat washington | US-WA
subdivision | hauptstadt von michigan | US-MI
subdivision | alexa welche stadt ist die hauptstadt von arizona | US-AZ
subdivision | hauptstadt von kentucky die hab ich vergessen | US-KY
subdivision | was ist die hauptstadt der provinz ontario | CA-ON
subdivision | hauptstadt von british columbia alexa | CA-BC
subdivision | was ist die hauptstadt von québec | CA-QC
subdivision | hauptstadt von alberta calgary oder edmonton | CA-AB
subdivision | alexa hauptstadt von nova scotia | CA-NS
subdivision | was ist die hauptstadt von queensland | AU-QLD
subdivision | hauptstadt von victoria in australien | AU-VIC
subdivision | alexa was ist die hauptstadt von western australia | AU-WA
subdivision | wie heißt die hauptstadt von tasmanien | AU-TAS
subdivision | hauptstadt vom northern territory in australien | AU-NT
subdivision | was ist die hauptstadt von bahia in brasilien | BR-BA
subdivision | hauptstadt des bundesstaats rio de janeiro | BR-RJ
subdivision | alexa was ist die hauptstadt von goa | IN-GA
subdivision | hauptstadt von kerala in indien | IN-KL
subdivision | was ist die hauptstadt des mexikanischen bundesstaats jalisco | MX-JAL
subdivision | alexa hauptstadt von yucatán | MX-YUC
subdivision | was ist die hauptstadt von schottland | GB-SCT
subdivision | und die von wales | GB-WLS
subdivision | hauptstadt von nordirland belfast oder | GB-NIR
territory | alexa was ist die hauptstadt von grönland | GL
territory | hauptstadt der färöer inseln | FO
territory | wie heißt die hauptstadt von puerto rico | PR
territory | was ist die hauptstadt von neukaledonien | NC
territory | alexa hauptstadt von französisch-polynesien | PF
territory | hauptstadt von den kaimaninseln | KY
territory | was ist die hauptstadt der bermudas | BM
territory | alexa hauptstadt von la réunion | RE
territory | was ist die hauptstadt von curaçao | CW
territory | hauptstadt der isle of man | IM
territory | welche stadt ist hauptstadt von jersey | JE
territory | was ist die hauptstadt von guadeloupe | GP
territory | hauptstadt von martinique | MQ
territory | was ist die hauptstadt der falklandinseln | FK
territory | alexa wie heißt die hauptstadt von gibraltar | GI
territory | was ist die hauptstadt von taiwan | TW
territory | hauptstadt des kosovo | XK
territory | welche hauptstadt hat der vatikan | VA
territory | was ist die hauptstadt von westsahara | EH
territory | hauptstadt von aruba | AW
yes-no-check | alexa stimmt es dass ankara die hauptstadt der türkei ist und nicht istanbul | TR
yes-no-check | ist istanbul die hauptstadt der türkei | TR
yes-no-check | ist sydney nicht die hauptstadt von australien | AU
yes-no-check | alexa ist rio de janeiro noch die hauptstadt von brasilien | BR
yes-no-check | meine frau sagt zürich ist die hauptstadt der schweiz hat sie recht | CH
yes-no-check | ist lagos die hauptstadt von nigeria ja oder nein | NG
yes-no-check | stimmt das dass dodoma die hauptstadt von tansania ist | TZ
yes-no-check | ist toronto die hauptstadt von kanada | CA
yes-no-check | alexa ist new york die hauptstadt der usa ich glaub schon | US
yes-no-check | ist almaty immer noch die hauptstadt von kasachstan | KZ
yes-no-check | ist marrakesch die hauptstadt von marokko | MA
yes-no-check | ist karachi die hauptstadt von pakistan | PK
yes-no-check | ist ho chi minh stadt die hauptstadt von vietnam | VN
yes-no-check | alexa ist yangon noch hauptstadt von myanmar | MM
yes-no-check | ist dubai die hauptstadt der emirate | AE
yes-no-check | ist casablanca nicht die hauptstadt von marokko | MA
yes-no-check | ist quito die hauptstadt von ecuador oder guayaquil | EC
yes-no-check | alexa ist auckland hauptstadt neuseeland ja | NZ
yes-no-check | hab ich recht dass canberra die hauptstadt von australien ist | AU
yes-no-check | ist wellington richtig für neuseeland | NZ
yes-no-check | ist bonn noch hauptstadt von deutschland mein opa meint ja | DE
yes-no-check | ist abuja die hauptstadt von nigeria oder war das früher | NG
yes-no-check | alexa ist st pölten die hauptstadt von österreich | AT
yes-no-check | ist tiflis die hauptstadt von georgien | GE
yes-no-check | ist kapstadt die hauptstadt von südafrika | ZA
yes-no-check | ist jerusalem die hauptstadt von israel | IL
yes-no-check | ist belmopan die hauptstadt von belize oder belize city | BZ
yes-no-check | ist valletta die hauptstadt von malta | MT
yes-no-check | stimmt es dass bern gar nicht offiziell hauptstadt der schweiz ist | CH
yes-no-check | alexa ist montreal die hauptstadt von québec | CA-QC
yes-no-check | ist münchen die landeshauptstadt von bayern | DE-BY
yes-no-check | ist los angeles die hauptstadt von kalifornien | US-CA
self-correction | die hauptstadt von österreich nee warte von ungarn | HU
self-correction | alexa hauptstadt von peru äh nein bolivien meinte ich | BO
self-correction | was ist die hauptstadt von chile ach quatsch argentinien | AR
self-correction | die hauptstadt von kolumbien oh sorry venezuela | VE
self-correction | hauptstadt von island halt stopp von irland | IE
self-correction | was ist die hauptstadt von schweden nein dänemark | DK
self-correction | wie heißt die hauptstadt von lettland ich meine litauen | LT
self-correction | hauptstadt von niger nein moment nigeria | NG
self-correction | die hauptstadt von guinea ne guinea-bissau | GW
self-correction | was ist die hauptstadt von iran ach nee irak | IQ
self-correction | hauptstadt von österreich äh australien sorry | AU
self-correction | alexa hauptstadt von slowenien korrigiere slowakei | SK
self-correction | die hauptstadt von mali äh malawi | MW
self-correction | hauptstadt von gambia nein sambia | ZM
self-correction | was ist die hauptstadt von nordkorea quatsch südkorea | KR
self-correction | alexa die hauptstadt von dominica nicht dominikanische republik nur dominica | DM
self-correction | hauptstadt von taiwan nein ich wollte thailand sagen | TH
self-correction | die hauptstadt von tadschikistan oder nein turkmenistan | TM
self-correction | alexa hauptstadt von mauretanien äh mauritius mein ich | MU
self-correction | was ist die hauptstadt von sudan ich meine südsudan | SS
self-correction | hauptstadt von armenien sorry albanien | AL
self-correction | wie heißt die hauptstadt von kuwait äh katar | QA
self-correction | hauptstadt von nepal nee bhutan | BT
self-correction | die hauptstadt von kamerun ähm nein kongo brazzaville | CG
self-correction | was ist die hauptstadt von jamaika nein moment von haiti | HT
reverse-question | eriwan ist die hauptstadt von welchem land | CITY:Eriwan
reverse-question | zu welchem land gehört die hauptstadt tiflis | CITY:Tiflis
reverse-question | alexa von welchem land ist ulaanbaatar die hauptstadt | CITY:Ulaanbaatar
reverse-question | in welchem land ist bischkek hauptstadt | CITY:Bischkek
reverse-question | wessen hauptstadt ist vientiane | CITY:Vientiane
reverse-question | alexa von welchem staat ist montevideo die hauptstadt | CITY:Montevideo
reverse-question | asunción ist hauptstadt von wo | CITY:Asunción
reverse-question | zu welchem land gehört tegucigalpa als hauptstadt | CITY:Tegucigalpa
reverse-question | alexa welches land hat paramaribo als hauptstadt | CITY:Paramaribo
reverse-question | lilongwe ist die hauptstadt von was | CITY:Lilongwe
reverse-question | welches land regiert man von bamako aus | CITY:Bamako
reverse-question | alexa niamey ist die hauptstadt welches landes | CITY:Niamey
reverse-question | von welchem land ist antananarivo die hauptstadt | CITY:Antananarivo
reverse-question | nouakchott ist hauptstadt in welchem land | CITY:Nouakchott
reverse-question | welches land hat die hauptstadt maseru | CITY:Maseru
reverse-question | alexa wo ist gaborone hauptstadt | CITY:Gaborone
reverse-question | zu welchem land gehört die hauptstadt honiara | CITY:Honiara
reverse-question | funafuti ist die hauptstadt von welchem inselstaat | CITY:Funafuti
reverse-question | in welchem land liegt die hauptstadt skopje | CITY:Skopje
reverse-question | alexa podgorica ist hauptstadt von welchem land | CITY:Podgorica
reverse-question | welches land hat als hauptstadt duschanbe | CITY:Duschanbe
reverse-question | taschkent ist die hauptstadt von welchem land nochmal | CITY:Taschkent
official-name | was ist die hauptstadt der bundesrepublik deutschland | DE
official-name | hauptstadt der französischen republik | FR
official-name | alexa die hauptstadt der russischen föderation | RU
official-name | was ist die hauptstadt der hellenischen republik | GR
official-name | wie heißt die hauptstadt der schweizerischen eidgenossenschaft | CH
official-name | die hauptstadt der volksrepublik china bitte | CN
official-name | hauptstadt der vereinigten staaten von amerika | US
official-name | was ist die hauptstadt der portugiesischen republik | PT
official-name | alexa hauptstadt der tschechischen republik | CZ
official-name | die hauptstadt der föderativen republik brasilien | BR
official-name | was ist die hauptstadt der vereinigten mexikanischen staaten | MX
official-name | hauptstadt der slowakischen republik | SK
official-name | was ist die hauptstadt der republik österreich | AT
official-name | hauptstadt der italienischen republik alexa | IT
official-name | wie heißt die hauptstadt der argentinischen republik | AR
everyday-name | was ist die hauptstadt von weißrussland | BY
everyday-name | hauptstadt von holland | NL
everyday-name | alexa was ist die hauptstadt von england | GB-ENG
everyday-name | hauptstadt von großbritannien | GB
everyday-name | die hauptstadt von amerika | US
everyday-name | was ist die hauptstadt von persien | IR
everyday-name | hauptstadt von birma | MM
everyday-name | was ist die hauptstadt von swasiland | SZ
everyday-name | hauptstadt von moldawien | MD
everyday-name | alexa was ist die hauptstadt von mazedonien | MK
everyday-name | hauptstadt von osttimor | TL
everyday-name | was ist die hauptstadt von kap verde | CV
everyday-name | die hauptstadt der tschechei | CZ
everyday-name | hauptstadt von ceylon | LK
everyday-name | alexa was ist die hauptstadt von der elfenbeinküste | CI
everyday-name | hauptstadt der emirate | AE
everyday-name | was ist die hauptstadt von zaire | CD
shared-name | alexa was ist die hauptstadt vom kongo | CD+CG
shared-name | wie heißt die hauptstadt von kongo in afrika | CD+CG
shared-name | welche hauptstadt hat korea | KP+KR
shared-name | alexa korea hauptstadt | KP+KR
shared-name | was ist die hauptstadt von georgia | GE+US-GA
shared-name | die hauptstadt von georgia bitte | GE+US-GA
shared-name | was ist die hauptstadt vom bundesstaat georgia in amerika | US-GA
shared-name | hauptstadt von georgia in den usa | US-GA
shared-name | die hauptstadt vom land georgien im kaukasus | GE
shared-name | was ist die hauptstadt von der republik kongo | CG
shared-name | hauptstadt der demokratischen republik kongo | CD
shared-name | alexa hauptstadt vom kongo brazzaville | CG
shared-name | hauptstadt von kongo kinshasa | CD
shared-name | was ist die hauptstadt von nordkorea und nicht südkorea | KP
shared-name | hauptstadt von südkorea nicht nordkorea | KR
shared-name | welche hauptstadt haben die beiden koreas | KP+KR
launch | alexa öffne hauptstädte der welt | LAUNCH
launch | alexa starte hauptstädte der welt bitte | LAUNCH
launch | hauptstädte der welt aufmachen | LAUNCH
launch | alexa mach mal hauptstädte der welt an | LAUNCH
launch | alexa ich will hauptstädte der welt spielen | LAUNCH
launch | alexa lass uns hauptstädte der welt machen | LAUNCH
launch | alexa starte das hauptstädte spiel hauptstädte der welt | LAUNCH
launch | na servas alexa mach hauptstädte der welt auf | LAUNCH
launch | alexa öffne bitte mal den skill hauptstädte der welt | LAUNCH
launch | alexa kannst du hauptstädte der welt starten | LAUNCH
launch | alexa geh auf hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt öffnen aber zackig | LAUNCH
launch | moin alexa schmeiß mal hauptstädte der welt an | LAUNCH
launch | alexa für die kinder bitte hauptstädte der welt öffnen | LAUNCH
one-shot | alexa frag hauptstädte der welt nach der hauptstadt von kenia | KE
one-shot | alexa frag hauptstädte der welt was die hauptstadt von peru ist | PE
one-shot | alexa sag hauptstädte der welt ich will die hauptstadt von laos wissen | LA
one-shot | alexa öffne hauptstädte der welt und sag mir die hauptstadt von ghana | GH
one-shot | alexa bitte hauptstädte der welt wie heißt die hauptstadt von oman | OM
one-shot | alexa starte hauptstädte der welt mit der hauptstadt von nepal | NP
one-shot | alexa frag mal bei hauptstädte der welt nach kirgistan | KG
one-shot | alexa hauptstädte der welt hauptstadt von panama | PA
one-shot | alexa frag hauptstädte der welt welche hauptstadt hat die mongolei | MN
one-shot | alexa kannst du hauptstädte der welt fragen was die hauptstadt von gabun ist | GA
one-shot | alexa lass hauptstädte der welt die hauptstadt von fidschi sagen | FJ
one-shot | alexa öffne hauptstädte der welt hauptstadt von belize | BZ
help | alexa was kann ich bei hauptstädte der welt eigentlich alles fragen | HELP
help | wie geht das hier überhaupt ich kenn mich nicht aus | HELP
help | alexa erklär mir mal wie das spiel funktioniert | HELP
help | was muss ich sagen damit du mir eine hauptstadt nennst | HELP
help | hilf mir mal bitte ich komm nicht weiter | HELP
help | na servas alexa wie funktioniert des do | HELP
help | alexa ich bin neu hier was kann der skill | HELP
help | ich brauch eine kleine anleitung bitte | HELP
help | alexa welche fragen verstehst du denn | HELP
help | kannst du mir erklären was ich hier machen kann | HELP
help | wie benutz ich das ding eigentlich | HELP
help | alexa für meine oma nochmal langsam wie geht das | HELP
help | hömma wat kann ich dich hier fragen | HELP
help | alexa hilfe ich weiß nicht was ich sagen soll | HELP
help | wie stelle ich eine frage richtig | HELP
help | gib mir mal ein beispiel was ich fragen kann | HELP
help | alexa wie soll ich das formulieren | HELP
help | ich verstehe nicht wie das hier läuft erklär mal | HELP
help | was sind die befehle bei diesem skill | HELP
help | alexa ich hab keine ahnung wie ich das bedienen soll | HELP
help | sag mir mal was du so drauf hast | HELP
help | ich lerne deutsch bitte du erklären wie funktioniert | HELP
help | alexa brauch unterstützung bei dem hauptstadt ding | HELP
help | was kann man mit dir hier alles machen erklär mal kurz | HELP
stop | alexa jetzt ist aber gut hör auf | STOP
stop | genug für heute stopp | STOP
stop | alexa mach aus wir gehen ins bett | STOP
stop | schluss jetzt alexa ruhe | STOP
stop | alexa beende hauptstädte der welt | STOP
stop | ich hab keine lust mehr aufhören | STOP
stop | alexa halt die klappe bitte | STOP
stop | tschüssikowski alexa | STOP
stop | alexa das reicht mir jetzt danke tschüss | STOP
stop | pfiat di alexa aus jetzt | STOP
stop | alexa beenden bitte wir essen jetzt | STOP
stop | feierabend alexa mach aus | STOP
stop | hör bitte auf zu reden | STOP
stop | alexa stopp die kinder schlafen | STOP
stop | ade alexa das wars | STOP
stop | alexa aufhören aufhören | STOP
stop | alexa sei still der film fängt an | STOP
stop | jetzt ist feierabend mit den hauptstädten | STOP
stop | ok alexa ich bin fertig schließ das | STOP
stop | alexa das spiel beenden | STOP
stop | bis denne alexa ende | STOP
stop | alexa pause ich will nicht mehr | STOP
stop | mach schluss alexa | STOP
stop | alexa ende der vorstellung | STOP
cancel | alexa vergiss es | CANCEL
cancel | nee lass mal doch nicht | CANCEL
cancel | alexa abbrechen ich hab mich vertan | CANCEL
cancel | ach lass gut sein | CANCEL
cancel | alexa brich das bitte ab | CANCEL
cancel | nee nee vergiss die frage | CANCEL
cancel | alexa das war falsch abbruch | CANCEL
cancel | egal alexa vergiss es einfach | CANCEL
cancel | alexa lass es sein | CANCEL
cancel | doch nicht alexa abbrechen | CANCEL
cancel | alexa storniere das | CANCEL
cancel | abbrechen das hat mein sohn gefragt | CANCEL
cancel | alexa nimm das zurück | CANCEL
cancel | nein alexa nicht das abbrechen bitte | CANCEL
cancel | alexa das war ein versehen brich ab | CANCEL
cancel | ach vergiss das mit der hauptstadt | CANCEL
cancel | alexa ich will das doch nicht wissen abbrechen | CANCEL
cancel | nu lass mal alexa brauch ich nich | CANCEL
cancel | alexa abbruch abbruch | CANCEL
cancel | vergiss meine letzte frage alexa | CANCEL
cancel | alexa mach das rückgängig | CANCEL
cancel | ne ne ne lass das alexa | CANCEL
cancel | alexa hab mich verhört vergiss es | CANCEL
cancel | alexa annullieren bitte | CANCEL
out-of-domain | alexa wie wird das wetter morgen in hamburg | FB
out-of-domain | stell einen timer auf zwölf minuten für die nudeln | FB
out-of-domain | alexa spiel mal was von helene fischer | FB
out-of-domain | wie viel startkapital brauche ich für eine bäckerei | FB
out-of-domain | alexa wer hat das kapital geschrieben | FB
out-of-domain | was ist die hauptstadt von tirol | FB
out-of-domain | hauptstadt vom kanton graubünden | FB
out-of-domain | alexa was ist die hauptstadt von katalonien | FB
out-of-domain | was ist die hauptstadt von sizilien | FB
out-of-domain | hauptstadt der toskana | FB
out-of-domain | alexa was ist die hauptstadt von korsika | FB
out-of-domain | hauptstadt der bretagne | FB
out-of-domain | was ist die hauptstadt von flandern | FB
out-of-domain | hauptstadt von der wallonie | FB
out-of-domain | alexa was ist die hauptstadt von sibirien | FB
out-of-domain | hauptstadt der krim | FB
out-of-domain | was ist die hauptstadt von bali | FB
out-of-domain | hauptstadt von mallorca | FB
out-of-domain | alexa welche stadt ist die hauptstadt von sardinien | FB
out-of-domain | was ist die hauptstadt von lappland | FB
out-of-domain | hauptstadt von hokkaido | FB
out-of-domain | was ist die hauptstadt von tibet | FB
out-of-domain | alexa hauptstadt von okinawa | FB
out-of-domain | hauptstadt der kanarischen inseln | FB
out-of-domain | was ist die hauptstadt von madeira | FB
out-of-domain | hauptstadt der azoren | FB
out-of-domain | was ist die hauptstadt von schlesien | FB
out-of-domain | hauptstadt von ostfriesland | FB
out-of-domain | alexa was ist die hauptstadt vom allgäu | FB
out-of-domain | was ist die hauptstadt vom ruhrgebiet | FB
out-of-domain | hauptstadt von oberbayern | FB
out-of-domain | alexa hauptstadt der kurpfalz | FB
out-of-domain | was ist die hauptstadt von franken nürnberg oder würzburg | FB
out-of-domain | hauptstadt vom harz | FB
out-of-domain | was ist die hauptstadt der uckermark | FB
out-of-domain | alexa welche stadt ist die hauptstadt vom westerwald | FB
out-of-domain | was ist die hauptstadt der steiermark | FB
out-of-domain | hauptstadt von kärnten | FB
out-of-domain | was ist die hauptstadt vom burgenland | FB
out-of-domain | hauptstadt von niederösterreich | FB
out-of-domain | alexa was ist die hauptstadt vom kanton zürich | FB
out-of-domain | hauptstadt vom wallis | FB
out-of-domain | was ist die hauptstadt von südtirol | FB
out-of-domain | was war die hauptstadt der ddr | FB
out-of-domain | alexa hauptstadt von preußen | FB
out-of-domain | was war die hauptstadt der sowjetunion | FB
out-of-domain | hauptstadt von jugoslawien | FB
out-of-domain | was war die hauptstadt des osmanischen reiches | FB
out-of-domain | hauptstadt des römischen reiches | FB
out-of-domain | alexa was war die hauptstadt vom habsburgerreich | FB
out-of-domain | hauptstadt der tschechoslowakei | FB
out-of-domain | was ist die hauptstadt von europa | FB
out-of-domain | hauptstadt von afrika | FB
out-of-domain | alexa was ist die hauptstadt von südamerika | FB
out-of-domain | hauptstadt von asien | FB
out-of-domain | was ist die hauptstadt der welt | FB
out-of-domain | alexa hauptstadt vom mars | FB
out-of-domain | was ist die hauptstadt von mordor | FB
out-of-domain | hauptstadt von entenhausen | FB
out-of-domain | alexa was ist die hauptstadt von atlantis | FB
out-of-domain | hauptstadt von narnia | FB
out-of-domain | was ist die hauptstadt von westeros | FB
out-of-domain | hauptstadt von wakanda | FB
out-of-domain | alexa hauptstadt von lummerland | FB
out-of-domain | was ist die hauptstadt von schlaraffenland | FB
out-of-domain | welche stadt ist die hauptstadt des karnevals | FB
out-of-domain | alexa was ist die hauptstadt der mode | FB
out-of-domain | welche stadt nennt man die hauptstadt der liebe | FB
out-of-domain | hauptstadt der bratwurst | FB
out-of-domain | was ist die heimliche hauptstadt deutschlands | FB
out-of-domain | alexa welche stadt ist die fahrradhauptstadt | FB
out-of-domain | was ist die hauptstadt des weins in der pfalz | FB
out-of-domain | alexa wie schreibt man großbuchstaben auf englisch | FB
out-of-domain | was heißt kapitalismus einfach erklärt | FB
out-of-domain | alexa was ist ein kapitalverbrechen | FB
out-of-domain | wie viel eigenkapital brauch ich für ein haus | FB
out-of-domain | alexa was ist ein kapitaler hirsch | FB
out-of-domain | lies mir kapitel drei von harry potter vor | FB
out-of-domain | wann fährt der nächste zug zum hauptbahnhof | FB
out-of-domain | alexa wo ist die nächste apotheke an der hauptstraße | FB
out-of-domain | hauptsache gesund sagt meine oma alexa | FB
out-of-domain | alexa wie viele einwohner hat berlin | FB
out-of-domain | wie weit ist es von wien nach budapest | FB
out-of-domain | alexa wie spät ist es gerade in tokio | FB
out-of-domain | welche sprache spricht man in brasilien | FB
out-of-domain | was ist die währung in polen | FB
out-of-domain | alexa wie hoch ist der mount everest | FB
out-of-domain | wie lange fliegt man nach new york | FB
out-of-domain | alexa wer ist der präsident von frankreich | FB
out-of-domain | was ist die vorwahl von italien | FB
out-of-domain | alexa welcher fluss fließt durch prag | FB
out-of-domain | wie heißt die flagge von japan | FB
out-of-domain | was ist das größte land der welt | FB
out-of-domain | alexa welches land hat die meisten einwohner | FB
out-of-domain | wie sagt man danke auf türkisch | FB
out-of-domain | alexa übersetze hauptstadt ins englische | FB
out-of-domain | was bedeutet das wort hauptstadt | FB
out-of-domain | alexa schreib milch auf die einkaufsliste | FB
out-of-domain | mach das licht im wohnzimmer aus | FB
out-of-domain | alexa wecke mich um halb sechs | FB
out-of-domain | erzähl mir einen witz alexa | FB
out-of-domain | alexa spiel radio bob | FB
out-of-domain | ruf mama an | FB
out-of-domain | alexa wie ist der dax heute | FB
out-of-domain | wer hat gestern in der bundesliga gewonnen | FB
out-of-domain | alexa wann hat der bäcker am sonntag auf | FB
out-of-domain | wie lange muss ein frühstücksei kochen | FB
out-of-domain | alexa was kostet ein flug nach lissabon | FB
out-of-domain | alexa bestell mir katzenfutter | FB
out-of-domain | wie heißt der bürgermeister von münchen | FB
out-of-domain | alexa welche hauptstadt hat die meisten museen | FB
out-of-domain | alexa was ist die größte stadt in australien | FB
out-of-domain | wann wurde berlin hauptstadt | FB
out-of-domain | alexa wie viele hauptstädte gibt es auf der welt | FB
out-of-domain | welche hauptstadt liegt am höchsten | FB
out-of-domain | alexa welche ist die kälteste hauptstadt der welt | FB
out-of-domain | warum ist bonn keine hauptstadt mehr | FB
out-of-domain | alexa lied über die hauptstadt von peter fox | FB
out-of-domain | spiel das hörbuch hauptstadt von robert menasse | FB
out-of-domain | alexa wann läuft hauptstadtrevier im fernsehen | FB
out-of-domain | was ist die hauptstadtzulage für beamte | FB
out-of-domain | alexa wie komme ich zum flughafen ber | FB
out-of-domain | wer ist die bundeskanzlerin äh der kanzler gerade | FB
out-of-domain | alexa was ist die hauptstadt von kurdistan | FB
out-of-domain | hauptstadt von tschetschenien | FB
out-of-domain | alexa was ist die hauptstadt von transnistrien | FB
out-of-domain | was ist die hauptstadt von abchasien | FB
out-of-domain | hauptstadt von somaliland | FB
out-of-domain | alexa was ist die hauptstadt von sealand | FB
out-of-domain | was ist die hauptstadt von bielefeld | FB
out-of-domain | alexa wo liegt eigentlich timbuktu | FB
out-of-domain | was ist die hauptstadt von kaschubien | FB
out-of-domain | alexa hauptstadt der lausitz | FB
out-of-domain | was ist die hauptstadt vom schwarzwald | FB
plural-capitals | alexa meine tochter hat ein referat über südafrika welche hauptstädte muss sie da aufzählen | ZA
plural-capitals | na servas alexa wie woan des mit de drei hauptstädt in südafrika | ZA
plural-capitals | pretoria kapstadt bloemfontein sind das alle hauptstädte von südafrika | ZA
plural-capitals | alexa beim kreuzworträtsel fragen die nach den hauptstädten von bolivien welche gibt's | BO
plural-capitals | che alexa in bolivien hay dos capitales oder wie heißen die hauptstädte | BO
plural-capitals | alexa gugge ma die niederlande ham doch zwee hauptstädte welche | NL
plural-capitals | ich fahr lkw nach holland alexa welche hauptstädte haben die eigentlich | NL
plural-capitals | aduh alexa malaysia hat zwei hauptstädte ja welche | MY
plural-capitals | alexa für stadt land fluss welche hauptstädte hat malaysia | MY
plural-capitals | alexa mein kollege aus colombo sagt sri lanka hat zwei hauptstädte welche denn | LK
plural-capitals | ayubowan alexa sri lanka hauptstädte bitte alle | LK
plural-capitals | alexa on dit quoi welche hauptstädte hat die côte d'ivoire | CI
plural-capitals | in der elfenbeinküste welche städte sind hauptstadt alexa sag alle | CI
plural-capitals | alexa hat benin wirklich zwei hauptstädte nenn mal beide | BJ
plural-capitals | im erdkundeheft steht benin hat zwei hauptstädte welche sind das | BJ
plural-capitals | alexa welche städte gelten in eswatini als hauptstädte | SZ
plural-capitals | die hauptstädte von eswatini alle bitte für mein quiz | SZ
plural-capitals | alexa welche hauptstädte hat palästina laut dir | PS
plural-capitals | kifak alexa die hauptstädte von palästina welche sind das | PS
migrant-speech | merhaba alexa abla sagt die hauptstadt von der türkei ist istanbul aber ich glaub ankara oder | TR
migrant-speech | kifak alexa meine teta fragt welche stadt ist hauptstadt vom libanon beirut oder tripoli | LB
migrant-speech | wesh alexa mon frère sagt oran ist hauptstadt von algerien ist das wahr | DZ
migrant-speech | alexa jerejef mein onkel aus dakar fragt was ist die hauptstadt vom senegal ich lach mich tot | SN
migrant-speech | sawa alexa nairobi ist die hauptstadt von kenia oder mombasa | KE
migrant-speech | selam alexa ameseginalehu was ist die hauptstadt von äthiopien addis oder | ET
migrant-speech | mbote alexa wie heißt die hauptstadt von der demokratischen republik kongo bitte | CD
migrant-speech | alexa terima kasih ja ja und die hauptstadt von indonesien ist immer noch jakarta | ID
migrant-speech | dhonnobad alexa mein abba will wissen die hauptstadt von bangladesch | BD
migrant-speech | alexa rakhmet mein opa wohnt in astana oder wie heißt die hauptstadt von kasachstan jetzt | KZ
migrant-speech | che alexa la capital de uruguay also die hauptstadt meine ich | UY
migrant-speech | chamo alexa qué es la äh was ist die hauptstadt von venezuela | VE
migrant-speech | asere alexa sag mir die hauptstadt von der dominikanischen republik | DO
migrant-speech | toda alexa die hauptstadt von zypern ist das nikosia | CY
migrant-speech | alexa paldies und die hauptstadt von lettland bitte langsam | LV
migrant-speech | aitäh alexa was ist die hauptstadt von estland meine kinder wissen es nicht | EE
migrant-speech | takk alexa what's the capital äh die hauptstadt von norwegen | NO
migrant-speech | alexa mate what's the capital of neuseeland i mean die hauptstadt | NZ
migrant-speech | alexa grand so what's die hauptstadt von irland then | IE
migrant-speech | oy alexa nu was ist die hauptstadt von israel mein enkel fragt | IL
migrant-speech | alexa hvala lepa und die hauptstadt von slowenien | SI
migrant-speech | bre alexa ajde reci die hauptstadt von serbien | RS
migrant-speech | alexa grazzi hux und was ist die hauptstadt von malta | MT
migrant-speech | eskerrik asko alexa die hauptstadt von spanien ist madrid ja | ES
migrant-speech | alexa mercès home quina és die hauptstadt von andorra | AD
migrant-speech | uè alexa dimmi un po die hauptstadt von italien | IT
migrant-speech | mèsi alexa ki kapital ayiti ich mein die hauptstadt von haiti | HT
migrant-speech | wah gwaan alexa what's di capital a jamaika | JM
migrant-speech | alexa klk tú sabe la capital de la dominikanische republik | DO
migrant-speech | dhanyabad alexa nepal ko hauptstadt kathmandu ho ki ho | NP
migrant-speech | alexa spas ez dipirsim nein ich frage die hauptstadt vom irak | IQ
migrant-speech | tashakor alexa die hauptstadt von afghanistan heißt kabul oder | AF
migrant-speech | alexa xie xie und die hauptstadt von taiwan | TW
migrant-speech | alexa arigato die hauptstadt von japan war früher kyoto und jetzt | JP
migrant-speech | salamat alexa ang capital ng philippinen ist manila diba | PH
migrant-speech | alexa cam on va die hauptstadt von kambodscha | KH
regional-speech | gugge ma alexa nu was is n de hauptstadt von kroatien | HR
regional-speech | alexa ich bin aus dem erzgebirge nee quatsch aus dem harz wie heeßt die hauptstadt von ungarn | HU
regional-speech | alexa kiek ma in der uckermark ham wa keen internet wie heeßt die hauptstadt von polen | PL
regional-speech | ei horch alexa im westerwald wisse mer des net die hauptstadt vun griechenland | GR
regional-speech | alexa hömma getz ma ehrlich die hauptstadt von belgien is brüssel oder antwerpen | BE
regional-speech | na servas alexa im burgenland red ma ungarisch und deutsch aber die hauptstadt von kroatien woaß i ned | HR
regional-speech | grüezi alexa wo isch d hauptstadt vo de schwiiz bern oder züri | CH
regional-speech | alexa mir in graubünden sägen allegra wie heißt d hauptstadt vo liechtenstein | LI
regional-speech | ach gottchen alexa in der altmark hat keiner abitur was is die hauptstadt von dänemark | DK
regional-speech | alexa wat is de hauptstadt von russland bi us in de heide segg wi moskau | RU
regional-speech | alexa im vogelsberg hocke mer beim schoppe wie heißt die hauptstadt von frankreich | FR
regional-speech | alexa jo mir sind mennoniten aus paraguay waut es dee hauptstaut von paraguay | PY
regional-speech | alexa ich bin texas deutscher was ist die hauptstadt von texas y'all | US-TX
regional-speech | hei alexa wir san aus dem mostviertel die hauptstadt vo niederösterreich woaß i eh aber von tschechien | CZ
regional-speech | alexa im bergischen land sacht man dat so wat is die hauptstadt von schottland | GB-SCT
child-speech | alexa wo wohnt der könig von schweden | SE
child-speech | alexa ich hab einen wackelzahn und will wissen was ist die hauptstadt von spanien | ES
child-speech | alexa mein kuscheltier heißt paris ist das die hauptstadt von frankreich | FR
child-speech | alexa wie heißt die stadt wo die pinguine wohnen in argentinien die hauptstadt | AR
child-speech | papa hat gesagt du weißt alles was ist die hauptstadt von ägypten mit den pyramiden | EG
child-speech | alexa ich bin fünf und mein freund kommt aus polen wie heißt da die große stadt die hauptstadt | PL
child-speech | alexa in der schule hab ich italien gemalt was ist die hauptstadt | IT
child-speech | alexa welche hauptstadt hat das land mit den kängurus | AU
child-speech | alexa was ist die hauptstadt von kanada wo die elche sind | CA
child-speech | alexa sag mal die hauptstadt von china ganz schnell | CN
child-speech | mama wo ist die hauptstadt von den niederlanden mit den tulpen alexa sag du | NL
child-speech | alexa ich spiel mit dem globus hier ist peru was ist da die hauptstadt | PE
teen-speech | yo alexa hauptstadt von brasilien digga schnell | BR
teen-speech | alexa no cap was ist die hauptstadt von indien | IN
teen-speech | alexa bruder ich schreib morgen erdkunde hauptstadt von kolumbien | CO
teen-speech | alexa wallah sag die hauptstadt von marokko | MA
teen-speech | alexa ich chill grad aber was ist die hauptstadt von mexiko | MX
teen-speech | alexa sheesh die hauptstadt von japan ist tokio oder kyoto | JP
teen-speech | alexa cringe frage aber hauptstadt von portugal | PT
teen-speech | alexa geht's noch die hauptstadt von südkorea ist seoul oder busan | KR
teen-speech | alexa ey ich brauch das für tiktok hauptstadt von thailand | TH
teen-speech | alexa läuft bei dir sag mal hauptstadt von kuba | CU
elder-speech | alexa mein mann und ich waren neunzehnhundertachtzig in ungarn wie hieß noch die hauptstadt | HU
elder-speech | alexa ich höre nicht mehr so gut bitte laut die hauptstadt von griechenland | GR
elder-speech | junges fräulein alexa wie heißt die hauptstadt von jugoslawien heute serbien | RS
elder-speech | alexa im krieg war mein vater in norwegen was ist da die hauptstadt | NO
elder-speech | ach herrje alexa die hauptstadt von portugal war doch lissabon oder | PT
elder-speech | alexa meine schwester lebt in kanada seit neunzehnhundertsechzig wie heißt die hauptstadt | CA
elder-speech | alexa ich mache kreuzworträtsel seit sechzig jahren hauptstadt von peru vier buchstaben | PE
elder-speech | alexa früher hieß das leningrad wie heißt jetzt die hauptstadt von russland | RU
elder-speech | alexa bitte langsam sprechen die hauptstadt von schweden | SE
learner-speech | alexa ich bin neu in deutschland was ist hauptstadt von syria | SY
learner-speech | hallo alexa ich möchten wissen hauptstadt von eritrea | ER
learner-speech | alexa wie heißen die hauptstadt in ägypten | EG
learner-speech | alexa was ist der hauptstadt von irland | IE
learner-speech | alexa welche ist die haupt von rumänien | RO
learner-speech | ich kommen aus ghana alexa was ist hauptstadt von mein nachbarland togo | TG
learner-speech | alexa gibst du mir die hauptstadt von elfenbeinküste bitte | CI
learner-speech | alexa ich habe frage hauptstadt von nigeria wie heißt | NG
work-context | alexa ich bin fahrlehrerin und mein fahrschüler kommt aus eritrea wie heißt die hauptstadt | ER
work-context | alexa schnell vorm dienst die hauptstadt von lesotho für die kollegen | LS
work-context | alexa beim friseur fragt die kundin nach der hauptstadt von island | IS
work-context | ich steh an der fritteuse alexa wie heißt die hauptstadt von belgien | BE
work-context | alexa auf der baustelle wetten wir um ein bier die hauptstadt von australien | AU
work-context | alexa im altenheim wollen die bewohner die hauptstadt von österreich wissen | AT
work-context | alexa ich bin stewardess und fliege morgen nach äthiopien wie heißt die hauptstadt | ET
work-context | alexa in der kita fragt ein kind nach der hauptstadt von vietnam | VN
work-context | alexa wir sortieren briefmarken aus grönland was ist die hauptstadt | GL
work-context | alexa ich bin bei der bundeswehr und wir gehen nach litauen wie heißt die hauptstadt | LT
work-context | alexa in der kantine streiten sie über die hauptstadt von neuseeland | NZ
work-context | alexa unser azubi kommt aus albanien welche stadt ist die hauptstadt | AL
work-context | alexa ich bin busfahrer und mein fahrgast fragt die hauptstadt von montenegro | ME
work-context | alexa im schiff steht eine kiste für mosambik welche hauptstadt hat das | MZ
work-context | alexa wir schreiben rechnungen nach luxemburg ist die hauptstadt auch luxemburg | LU
game-context | alexa wir spielen trivial pursuit blaue frage hauptstadt von ecuador | EC
game-context | alexa escape room rätsel die hauptstadt von jordanien ist der code | JO
game-context | alexa beim geocaching steht ein hinweis hauptstadt von kirgistan | KG
game-context | alexa beim stammtisch wetten wir die hauptstadt von usbekistan | UZ
game-context | alexa wir spielen gefragt gejagt zuhause die hauptstadt von katar | QA
game-context | alexa beim bowling hat jemand gefragt die hauptstadt von bahrain | BH
game-context | alexa fußball wm morgen gegen saudi-arabien was ist deren hauptstadt | SA
game-context | alexa formel eins fährt in aserbaidschan was ist die hauptstadt | AZ
game-context | alexa tour de france startet in dänemark hauptstadt | DK
game-context | alexa handball em gegen island wie heißt die hauptstadt dort | IS
game-context | alexa karaoke abend frage zwischendurch hauptstadt von schweden | SE
game-context | alexa stadt land fluss mit t tschad was ist die hauptstadt | TD
travel-context | alexa wir fahren mit dem wohnmobil nach slowenien wie heißt die hauptstadt | SI
travel-context | alexa unsere hochzeitsreise geht nach mauritius welche hauptstadt hat das | MU
travel-context | alexa ich fliege zur hochzeit nach ghana wie heißt die hauptstadt | GH
travel-context | alexa schüleraustausch in chile was ist die hauptstadt | CL
travel-context | alexa wir machen safari in botsuana welche stadt ist die hauptstadt | BW
travel-context | alexa interrail durch rumänien die hauptstadt bitte | RO
travel-context | alexa tauchurlaub auf den malediven wie heißt die hauptstadt da | MV
travel-context | alexa wir pilgern nach santiago aber was ist die hauptstadt von spanien | ES
travel-context | alexa auswandern nach paraguay was ist die hauptstadt | PY
travel-context | alexa geschäftsreise nach vietnam wie heißt die hauptstadt | VN
home-context | alexa beim sauerteig füttern fällt mir ein die hauptstadt von finnland | FI
home-context | alexa ich stricke grad und frage mich die hauptstadt von peru | PE
home-context | alexa wir machen sushi und die kinder wollen die hauptstadt von japan wissen | JP
home-context | alexa beim ostereier färben fragt mein sohn nach der hauptstadt von polen | PL
home-context | alexa beim grillen diskutieren wir die hauptstadt von argentinien | AR
home-context | alexa im schrebergarten beim unkraut jäten hauptstadt von ungarn | HU
home-context | alexa während der adventskalender aufgeht was ist die hauptstadt von norwegen | NO
home-context | alexa ich putz grad fenster die hauptstadt von kroatien | HR
home-context | alexa meine katze heißt lima ist das eine hauptstadt und von welchem land | CITY:Lima
home-context | alexa beim steuererklärung machen brauch ich pause hauptstadt von uruguay | UY
stop | alexa ich mach jetzt schluss mit den hauptstädten gute nacht | STOP
stop | servus alexa i hör auf | STOP
stop | alexa stopp stopp stopp genug gelernt | STOP
stop | alexa bitte beende jetzt den skill | STOP
stop | alexa wir sind fertig mit lernen aus | STOP
stop | alexa ciao ciao schluss | STOP
stop | alexa sei ruhig jetzt die oma telefoniert | STOP
launch | alexa tika na tuna öffne hauptstädte der welt | LAUNCH
launch | alexa gugge ma starte mal hauptstädte der welt | LAUNCH
launch | alexa ich will mit hauptstädte der welt üben | LAUNCH
launch | alexa hauptstädte der welt für die hausaufgaben bitte | LAUNCH
launch | alexa öffne das spiel hauptstädte der welt für opa | LAUNCH
launch | grüezi alexa tue hauptstädte der welt starte | LAUNCH
shared-name | alexa mein kollege kommt aus dem kongo wie heißt da die hauptstadt | CD+CG
shared-name | welche hauptstadt hat kongo das land in zentralafrika | CD+CG
shared-name | alexa was ist die hauptstadt im süden von korea wo kpop herkommt | KR
shared-name | hauptstadt von korea bitte | KP+KR
shared-name | alexa georgia hauptstadt welche stadt | GE+US-GA
shared-name | alexa atlanta ist das die hauptstadt von georgia in amerika | US-GA
shared-name | alexa die hauptstadt von georgien dem land am schwarzen meer | GE
shared-name | alexa was ist die hauptstadt der jungferninseln die britischen | VG
shared-name | alexa welche hauptstadt haben die amerikanischen jungferninseln | VI
official-name | wie heißt die hauptstadt der republik der union myanmar | MM
official-name | alexa die hauptstadt des vereinigten königreichs großbritannien und nordirland | GB
official-name | die hauptstadt der kirgisischen republik bitte | KG
official-name | alexa hauptstadt des königreichs belgien | BE
official-name | was ist die hauptstadt der republik polen | PL
official-name | alexa hauptstadt der islamischen republik iran | IR
out-of-domain | alexa hömma wat gibt et heute im fernsehen | FB
out-of-domain | na servas alexa wie wird des wetter im burgenland | FB
out-of-domain | grüezi alexa spiel mir es lied vo polo hofer | FB
out-of-domain | alexa gugge ma wie spät is n das | FB
out-of-domain | merhaba alexa spiel türkische musik | FB
out-of-domain | kifak alexa wie viel grad hat es in beirut | FB
out-of-domain | wesh alexa mach die musik lauter | FB
out-of-domain | alexa asante wie sagt man danke auf suaheli | FB
out-of-domain | che alexa pone música de tango bitte | FB
out-of-domain | alexa mate whats the footy score | FB
out-of-domain | alexa ich bin sechs wie viele beine hat eine spinne | FB
out-of-domain | alexa warum ist der himmel blau | FB
out-of-domain | alexa erzähl mir eine gute nacht geschichte | FB
out-of-domain | yo alexa spiel mal capital bra | FB
out-of-domain | alexa wer ist capital bra eigentlich | FB
out-of-domain | alexa digga wie viel kostet die neue playstation | FB
out-of-domain | alexa wann kommt das christkind | FB
out-of-domain | alexa ich möchte meine tabletten um acht erinnert werden | FB
out-of-domain | fräulein alexa rufen sie bitte meinen sohn an | FB
out-of-domain | alexa wie viel kapital hat die deutsche bank | FB
out-of-domain | alexa was bedeutet kapitän auf englisch | FB
out-of-domain | alexa was ist die hauptstadt vom vogelsberg | FB
out-of-domain | alexa wie heißt die hauptstadt vom mostviertel | FB
out-of-domain | alexa was ist die hauptstadt vom bergischen land | FB
out-of-domain | alexa was ist die hauptstadt von ostpreußen früher | FB
out-of-domain | alexa was ist die hauptstadt der altmark | FB
out-of-domain | alexa hauptstadt der provinz buenos aires | FB
out-of-domain | alexa was ist die hauptstadt von patagonien | FB
out-of-domain | alexa hauptstadt von andalusien | FB
out-of-domain | alexa was ist die hauptstadt vom baskenland | FB
out-of-domain | alexa hauptstadt von galicien | FB
out-of-domain | alexa was ist die hauptstadt von friesland in holland | FB
out-of-domain | alexa was ist die hauptstadt von gotham city | FB
out-of-domain | alexa hauptstadt von hogwarts | FB
out-of-domain | alexa in welchem land spielt der film casablanca | FB
out-of-domain | alexa wie viele länder gibt es in afrika | FB
out-of-domain | alexa wie lang ist die chinesische mauer | FB
out-of-domain | alexa was essen die leute in äthiopien | FB
help | grüezi alexa wie gaht das mit dene hauptstädt | HELP
help | alexa hömma wie funzt dat hier | HELP
help | alexa gugge ma ich versteh das nich wie geht das | HELP
help | alexa ich bin sieben wie spielt man das | HELP
cancel | na servas alexa loss des bleibn | CANCEL
cancel | alexa hömma vergiss dat | CANCEL
cancel | wesh alexa laisse tomber vergiss es | CANCEL
cancel | alexa sorry falsches land abbrechen | CANCEL
yes-no-check | merhaba alexa stimmt das ankara ist hauptstadt | TR
yes-no-check | alexa mein opa sagt bonn ist hauptstadt der brd stimmt das | DE
yes-no-check | alexa hömma is dat richtig dass den haag die hauptstadt von holland is | NL
yes-no-check | alexa che es verdad dass buenos aires die hauptstadt von argentinien ist | AR
yes-no-check | alexa digga ist bangkok echt die hauptstadt von thailand | TH
yes-no-check | alexa ist alexandria die hauptstadt von ägypten sagt mein sohn | EG
yes-no-check | alexa ist genf die hauptstadt der schweiz weil die uno da ist | CH
yes-no-check | alexa ist kiew die hauptstadt der ukraine oder schreibt man kyjiw | UA
yes-no-check | alexa stimmt es dass minsk die hauptstadt von belarus ist | BY
yes-no-check | ist mailand die hauptstadt von italien wegen der mode | IT
yes-no-check | alexa ist santiago die hauptstadt von chile oder valparaíso | CL
yes-no-check | alexa ist porto die hauptstadt von portugal | PT
yes-no-check | alexa ist hamburg die landeshauptstadt von schleswig-holstein | DE-SH
yes-no-check | alexa ist chicago die hauptstadt von illinois | US-IL
reverse-question | alexa hömma wo is riga hauptstadt | CITY:Riga
reverse-question | alexa welches land hat die hauptstadt kigali mein kollege kommt da her | CITY:Kigali
reverse-question | alexa zagreb ist die hauptstadt von welchem land | CITY:Zagreb
reverse-question | von welchem land ist nuku'alofa die hauptstadt | CITY:Nuku'alofa
reverse-question | alexa welches land gehört zur hauptstadt bandar seri begawan | CITY:Bandar Seri Begawan
reverse-question | alexa ich hab port moresby im kreuzworträtsel welches land ist das | CITY:Port Moresby
reverse-question | welches land hat die hauptstadt ljubljana ich verwechsle das immer | CITY:Ljubljana
reverse-question | alexa bratislava gehört zu welchem land | CITY:Bratislava
genitive | alexa wie heißt die hauptstadt des jemen | YE
genitive | die hauptstadt des irak bitte | IQ
genitive | alexa nenn mir die hauptstadt der vereinigten arabischen emirate | AE
genitive | was ist die hauptstadt des libanon | LB
genitive | alexa sag mir die hauptstadt der malediven | MV
genitive | alexa wie heißt die hauptstadt des senegal | SN
territory | alexa meine tante wohnt auf la réunion welche stadt ist da die hauptstadt | RE
territory | alexa wir fahren mit der fähre nach guernsey wie heißt die hauptstadt | GG
territory | alexa auf spitzbergen gibt es eisbären was ist die hauptstadt | SJ
territory | alexa unser kreuzfahrtschiff hält auf st helena welche hauptstadt hat die insel | SH
territory | alexa in französisch-guayana starten raketen wie heißt die hauptstadt | GF
territory | alexa meine freundin zieht nach mayotte welche stadt ist hauptstadt | YT
territory | alexa die ålandinseln gehören zu finnland aber was ist die hauptstadt | AX
territory | alexa im urlaub auf sint maarten wie heißt die hauptstadt da | SX
territory | alexa hauptstadt von den turks und caicos inseln für mein quiz | TC
territory | alexa welche hauptstadt haben die cookinseln | CK
territory | alexa wie heißt die hauptstadt von guam wo die amerikaner sind | GU
territory | alexa was ist die hauptstadt von amerikanisch-samoa | AS
subdivision | alexa wir ziehen nach sachsen wie heißt die landeshauptstadt | DE-SN
subdivision | alexa hömma wat is die hauptstadt von nrw | DE-NW
subdivision | alexa mein schwager wohnt in niedersachsen welche stadt ist landeshauptstadt | DE-NI
subdivision | alexa hauptstadt von bayern für meinen onkel aus amerika | DE-BY
subdivision | alexa y'all what's die hauptstadt von louisiana | US-LA
subdivision | alexa mein austauschschüler kommt aus ohio wie heißt die hauptstadt | US-OH
subdivision | alexa wir fahren die route sixty six durch oklahoma was ist die hauptstadt | US-OK
subdivision | alexa hauptstadt von massachusetts ist das boston | US-MA
subdivision | alexa meine cousine studiert in oregon was ist die hauptstadt | US-OR
subdivision | alexa wie heißt die hauptstadt von pennsylvania ich frag für die amischen | US-PA
subdivision | alexa wir fahren nach manitoba was ist die hauptstadt | CA-MB
subdivision | alexa die hauptstadt von saskatchewan ich kann das nicht aussprechen | CA-SK
subdivision | alexa was ist die hauptstadt von new south wales | AU-NSW
subdivision | alexa was ist die hauptstadt von south australia | AU-SA
subdivision | alexa in indien was ist die hauptstadt von tamil nadu | IN-TN
subdivision | alexa hauptstadt vom bundesstaat punjab in indien | IN-PB
subdivision | alexa was ist die hauptstadt von rio grande do sul | BR-RS
subdivision | alexa hauptstadt von santa catarina in brasilien wo die deutschen wohnen | BR-SC
subdivision | alexa was ist die hauptstadt des bundesstaats oaxaca | MX-OAX
subdivision | alexa hauptstadt von chihuahua in mexiko | MX-CHH
teen-speech | alexa brudi safe die hauptstadt von griechenland | GR
teen-speech | alexa ich hab null plan hauptstadt von pakistan | PK
teen-speech | alexa lost frage aber hauptstadt von kanada ist nicht toronto oder | CA
teen-speech | alexa bitte bitte die hauptstadt von nigeria sonst krieg ich ne sechs | NG
teen-speech | alexa ehrenmann sag die hauptstadt von ghana | GH
teen-speech | alexa random aber hauptstadt von island | IS
follow-up | und für den sudan daneben | SD
follow-up | hömma und bei den holländern | NL
follow-up | na und die ungarn | HU
follow-up | gut jetzt noch brasilien | BR
follow-up | und südafrika bitte alle drei | ZA
follow-up | und bolivien auch noch | BO
everyday-name | alexa was ist die hauptstadt von russland früher sowjet heute russland | RU
everyday-name | was ist die hauptstadt der usa | US
everyday-name | alexa die hauptstadt von der türkiye | TR
everyday-name | hauptstadt von bosnien | BA
everyday-name | alexa hauptstadt von den staaten | US
official-name | alexa was ist die hauptstadt des großherzogtums luxemburg | LU
official-name | alexa hauptstadt der bolivarischen republik venezuela | VE
migrant-speech | alexa ela re sag mir die hauptstadt von griechenland für meine yiayia nein quatsch für meinen papa | GR
migrant-speech | alexa multumesc und die hauptstadt von der republik moldau | MD
migrant-speech | alexa blagodaram die hauptstadt von nordmazedonien heißt skopje oder | MK
migrant-speech | alexa mersi frumos wie heißt die hauptstadt von rumänien | RO
migrant-speech | alexa köszönöm die hauptstadt von ungarn ist budapest ja | HU
migrant-speech | alexa obrigada a capital de angola also die hauptstadt | AO
migrant-speech | alexa merci khob die hauptstadt von tadschikistan | TJ
migrant-speech | alexa shukran habibti die hauptstadt von katar | QA
regional-speech | alexa im spessart sacht mer ach gott wie hieß die hauptstadt vo ägypten | EG
regional-speech | hoi alexa mir sind im toggenburg wie heißt d hauptstadt vo österrich | AT
regional-speech | alexa ei gude im westerwald wolle mer wisse die hauptstadt vun luxemburg | LU
regional-speech | alexa na du in hohenlohe sagt mer hajo was isch die hauptstadt vo tschechien | CZ
work-context | alexa ich bin nachtwächter und langweile mich die hauptstadt von peru | PE
work-context | alexa in der gärtnerei kommen rosen aus kenia wie heißt dort die hauptstadt | KE
work-context | alexa im callcenter ruft einer aus uruguay an was ist die hauptstadt | UY
game-context | alexa beim dart verliert wer die hauptstadt von simbabwe nicht weiß | ZW
game-context | alexa schafkopf pause wer weiß die hauptstadt von malawi | MW
child-speech | alexa ich hab ein pony gemalt und es wohnt in der hauptstadt von irland wie heißt die | IE
child-speech | alexa meine lehrerin kommt aus ungarn wo ist da die hauptstadt | HU
elder-speech | alexa als ich jung war hieß das ceylon wie heißen heute die hauptstädte von sri lanka | LK
elder-speech | alexa sagen sie mal welche hauptstädte hat eigentlich holland heutzutage | NL
teen-speech | alexa bro malaysia hauptstädte alle bitte | MY
teen-speech | alexa die hauptstädte von bolivien ich hab morgen test | BO
help | alexa asante was kann ich hier fragen | HELP
help | alexa für meinen opa erklär wie er eine hauptstadt fragen kann | HELP
stop | alexa gugge ma nu is gut aus | STOP
stop | alexa hömma getz is schluss | STOP
cancel | alexa gugge ma vergiss das ma | CANCEL
cancel | alexa nein falsche frage vergiss die hauptstadt | CANCEL
launch | alexa hömma mach ma hauptstädte der welt auf | LAUNCH
launch | alexa rakhmet öffne hauptstädte der welt | LAUNCH
"""

if __name__ == "__main__":
    build_round(37, "de", LINES, sys.argv, "tests/Eval/de/round37/source/build_corpus.py")
