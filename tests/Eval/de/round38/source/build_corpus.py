"""Round 38, German (de-DE): a new author's own mix, written blind (brief WRITER45.md). Speakers chosen away from
rounds 34-37: Swabians ("heidanei", "gell", "woisch"), Upper Franconians ("fei", "etz"), the Oberpfalz ("mei"),
Allgäu, South Tyrol ("lei", "olm"), Viennese ("oida", "geh bitte"), Styrians, Vorarlberg, Basel ("gäll"), Kölsch
speakers ("wat es", "jeck"), Düsseldorf, Pfalz ("ei horch", "alla"), Saarland ("gell jo", "ei joo"), Berliners
("wa", "icke", "keene ahnung"), Saxons ("nu guck", "ni"), East Frisians and Holstein Platt ("moin", "wat is de
hööftstadt"), Hamburg ("digga"), Münsterland. Migrant and heritage speakers: Russian Germans ("nu davai", "babuschka"),
Poles ("dziękuję" as "dzienkuje", "no"), Ukrainians ("dyakuyu"), Syrians ("yalla", "habibi"), Iraqi Kurds,
Afghans, Eritreans, Italians ("allora", "nonna"), Greeks ("ela", "re"), Portuguese, Brazilians ("obrigado", "nossa"),
Croats ("ajme"), Bosnians ("haj"), Romanians ("mersi"), Vietnamese, Thai, Chinese and Korean students, Ghanaians,
Nigerians ("abeg"), Tamils, Persians, a US soldier's family near Ramstein, a British expat, Dutch neighbours
("hoi", "gezellig"). Children (a first-grader's homework, a bedtime story, a pirate game, a school atlas, a sibling
quarrel), teenagers ("digga", "lost", "cringe", "safe", "wallah"), elders (a pensioner's slide show, the old school
wall map, a late husband's postcards, hearing aids), learners (dative and article errors on purpose). Work: a
ferry captain, a pharmacy, a translation bureau, a post office counter, a train guard, a logistics dispatcher, a
farm milking at five, a tattoo studio, a kebab shop, a cleaning crew, a primary teacher, a travel agency, a nurse,
a tax adviser, a museum guard. Games and events: Montagsmaler, Scrabble, Kniffel, Schlag den Star, a kids' quiz
show, a carnival float, the Bundesjugendspiele, a geography olympiad, a Christmas quiz, a wedding game, Activity.
Plus the genitive, polite requests, follow-ups, yes/no checks (the place asked about expected), self-corrections
(the last place named), reverse questions (CITY:<capital>), official and everyday names, shared names (Kongo,
Korea, Georgia, Jungferninseln, Dominica), plurals of every several-capital country and Palestine, subdivisions
and territories, launch, help, stop, cancel and out of domain (other requests, "Kapital" and "Hauptstadt" in other
senses, regions and historical or fictional places the data has no capital for).
`python3 tests/Eval/de/round38/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 38's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
regional-speech | heidanei alexa woisch du was die hauptstadt von {} isch | albanien=AL; armenien=AM; andorra=AD
regional-speech | alexa gell sag mir amol d hauptstadt vo {} | österreich=AT; slowakei=SK; ungarn=HU
regional-speech | etz sag halt fei amal alexa wie hoaßt die hauptstadt von {} | tschechien=CZ; polen=PL; slowenien=SI
regional-speech | mei alexa wos is etz nachad die hauptstadt vo {} | kroatien=HR; serbien=RS; montenegro=ME
regional-speech | oida alexa geh sag ma schnell die hauptstadt von {} | rumänien=RO; bulgarien=BG; griechenland=GR
regional-speech | lei a frage alexa wia hoaßt die hauptstadt vo {} | italien=IT; san marino=SM; malta=MT
regional-speech | alexa gäll du weisch doch was d hauptstadt vo {} isch | liechtenstein=LI; luxemburg=LU; monaco=MC
regional-speech | alexa wat es denn de hauptstadt vun {} | belgien=BE; frankreich=FR; spanien=ES
regional-speech | ei horch emol alexa was is die hauptstadt vun {} | portugal=PT; irland=IE; island=IS
regional-speech | gell jo alexa wie heischt die hauptstadt vun {} | dänemark=DK; schweden=SE; norwegen=NO
regional-speech | icke frag dich jetz ma alexa wat is die hauptstadt von {} wa | finnland=FI; estland=EE; lettland=LV
regional-speech | nu guck ma alexa was is de hauptstadt von {} | litauen=LT; belarus=BY; ukraine=UA
regional-speech | moin alexa wat is de hööftstadt vun {} | russland=RU; moldawien=MD; nordmazedonien=MK
regional-speech | digga alexa was is die hauptstadt von {} sag ma | bosnien und herzegowina=BA; zypern=CY; georgien=GE
regional-speech | alexa so wat wie die hauptstadt von {} dat weiß doch keiner oder weißt du dat | aserbaidschan=AZ; kasachstan=KZ; usbekistan=UZ
migrant-speech | nu davai alexa skaschi hauptstadt von {} bitte | kirgisistan=KG; tadschikistan=TJ; turkmenistan=TM
migrant-speech | alexa dzienkuje schon mal aber was is hauptstadt von {} | mongolei=MN; china=CN; japan=JP
migrant-speech | dyakuyu alexa und sag mir bitte die hauptstadt von die {} | vereinigten arabischen emirate=AE; philippinen=PH; malediven=MV
migrant-speech | yalla habibi alexa sag mir hauptstadt von {} | syrien=SY; irak=IQ; jordanien=JO
migrant-speech | alexa allora wie heißt die hauptstadt von {} meine nonna will wissen | libanon=LB; israel=IL; ägypten=EG
migrant-speech | ela re alexa was ist die hauptstadt von {} | libyen=LY; tunesien=TN; algerien=DZ
migrant-speech | alexa obrigado und die hauptstadt von {} weißt du das | brasilien=BR; argentinien=AR; chile=CL
migrant-speech | ajme alexa ich vergesse immer die hauptstadt von {} | peru=PE; ecuador=EC; kolumbien=CO
migrant-speech | alexa mersi kannst du mir sagen hauptstadt {} | venezuela=VE; guyana=GY; suriname=SR
migrant-speech | alexa abeg tell me die hauptstadt von {} | nigeria=NG; ghana=GH; kamerun=CM
migrant-speech | alexa ich komme aus eritrea mein sohn fragt die hauptstadt von {} | eritrea=ER; äthiopien=ET; sudan=SD
migrant-speech | alexa wir sind tamilen und wollen wissen hauptstadt von {} | indien=IN; pakistan=PK; bangladesch=BD
migrant-speech | alexa merci azizam sag mir die hauptstadt von {} | iran=IR; afghanistan=AF; oman=OM
migrant-speech | alexa hoi buurvrouw wil weten wat is de hauptstadt von {} | katar=QA; kuwait=KW; bahrain=BH
migrant-speech | alexa kamsahamnida und wie heißt die hauptstadt von {} | vietnam=VN; laos=LA; kambodscha=KH
migrant-speech | khop khun ka alexa die hauptstadt von {} bitte | thailand=TH; myanmar=MM; nepal=NP
migrant-speech | alexa xiexie und die hauptstadt von {} | indonesien=ID; singapur=SG; bhutan=BT
child-speech | alexa ich bin sechs und will wissen wie die hauptstadt von {} heißt | kenia=KE; uganda=UG; ruanda=RW
child-speech | alexa für meine hausaufgabe was ist die hauptstadt von {} | tansania=TZ; burundi=BI; mosambik=MZ
child-speech | alexa im piratenspiel segeln wir nach {} was ist da die hauptstadt | madagaskar=MG; mauritius=MU; seychellen=SC
child-speech | alexa mein bruder sagt ich weiß nicht die hauptstadt von {} sag sie mir | sambia=ZM; simbabwe=ZW; malawi=MW
elder-speech | alexa ich bin jetzt dreiundachtzig und wüsste gern die hauptstadt von {} | angola=AO; namibia=NA; botsuana=BW
elder-speech | alexa mein verstorbener mann war in {} auf montage wie heißt dort die hauptstadt | lesotho=LS; gabun=GA; niger=NE
elder-speech | alexa auf der alten schulkarte hieß das noch anders was ist heute die hauptstadt von {} | mali=ML; mauretanien=MR; tschad=TD
teen-speech | alexa safe weißt du die hauptstadt von {} digga | senegal=SN; gambia=GM; guinea=GN
teen-speech | alexa voll lost grad was ist die hauptstadt von {} | sierra leone=SL; liberia=LR; togo=TG
teen-speech | wallah alexa sag mal hauptstadt von {} | somalia=SO; dschibuti=DJ; südsudan=SS
learner | alexa was ist die hauptstadt von der {} | guinea-bissau=GW; zentralafrikanische republik=CF; äquatorialguinea=GQ
learner | alexa bitte du sagst mir hauptstadt von das land {} | cabo verde=CV; burkina faso=BF; komoren=KM
learner | alexa ich möchte wissen welche ist hauptstadt in {} | são tomé und príncipe=ST; marokko=MA; kanada=CA
work | alexa ich bin fährkapitän und muss wissen die hauptstadt von {} für den funk | mexiko=MX; kuba=CU; jamaika=JM
work | alexa hier in der apotheke fragt ein kunde nach der hauptstadt von {} | haiti=HT; honduras=HN; guatemala=GT
work | alexa im übersetzungsbüro brauchen wir die hauptstadt von {} | el salvador=SV; nicaragua=NI; costa rica=CR
work | alexa am postschalter liegt ein paket nach {} was ist da die hauptstadt | panama=PA; belize=BZ; bahamas=BS
work | alexa ich bin zugbegleiter und ein fahrgast will die hauptstadt von {} wissen | barbados=BB; grenada=GD; dominikanische republik=DO
work | alexa für die disposition brauch ich die hauptstadt von {} | trinidad und tobago=TT; antigua und barbuda=AG; st lucia=LC
work | alexa beim melken um fünf frag ich mich immer die hauptstadt von {} | st kitts und nevis=KN; st vincent und die grenadinen=VC; paraguay=PY
work | alexa im tattoostudio will einer die umrisse von {} welche hauptstadt hat das | uruguay=UY; australien=AU; neuseeland=NZ
game | alexa bei scrabble grad streit was ist die hauptstadt von {} | fidschi=FJ; samoa=WS; tonga=TO
game | alexa kniffelpause wer weiß die hauptstadt von {} | tuvalu=TV; nauru=NR; kiribati=KI
game | alexa für schlag den star brauchen wir die hauptstadt von {} | palau=PW; mikronesien=FM; marshallinseln=MH
game | alexa in der geografieolympiade kam die hauptstadt von {} dran welche war das | vanuatu=VU; salomonen=SB; papua-neuguinea=PG
game | alexa weihnachtsquiz frage sieben wie heißt die hauptstadt von {} | timor-leste=TL; brunei=BN; malaysia=MY
travel | alexa im reisebüro hat jemand nach {} gebucht was ist da die hauptstadt | sri lanka=LK; jemen=YE; saudi-arabien=SA
travel | alexa wir fliegen nächsten monat nach {} wie heißt die hauptstadt | türkei=TR; eswatini=SZ; südafrika=ZA
travel | alexa unsere tochter macht ein auslandsjahr in {} was ist da die hauptstadt | benin=BJ; côte d'ivoire=CI; niederlande=NL
regional-speech | alexa heidanei jetzt sag bloß du woisch net dass stuttgart d hauptstadt von baden-württemberg isch oder doch | DE-BW
regional-speech | alexa wie hoaßt nachad die hauptstadt vom freistaat bayern | DE-BY
regional-speech | alexa wat es de hauptstadt vun nordrhein-westfalen dat is doch nit kölle | DE-NW
regional-speech | ei horch alexa was is eichentlich die hauptstadt vun rheinland-pfalz | DE-RP
regional-speech | alexa gell jo wie heischt noch mol die hauptstadt vom saarland | DE-SL
regional-speech | alexa icke will ma wissen wat die hauptstadt von brandenburg is wa | DE-BB
regional-speech | nu alexa was is ni de hauptstadt von sachsen dresden oder leipzich | DE-SN
regional-speech | moin alexa wat is de hööftstadt vun schleswig-holsteen | DE-SH
regional-speech | alexa moin moin wo is die hauptstadt von niedersachsen | DE-NI
regional-speech | alexa digga was is die hauptstadt von mecklenburg-vorpommern | DE-MV
regional-speech | alexa etz amal ehrlich was is die hauptstadt von thüringen | DE-TH
regional-speech | alexa mir in sachsen-anhalt wissen des selber was is unsere hauptstadt | DE-ST
regional-speech | alexa geh bitte wos is die hauptstadt vo hessen des is doch frankfurt oder | DE-HE
regional-speech | alexa oida die hauptstadt vom land wo i wohn österreich sag amal | AT
regional-speech | alexa olm wieder vergiss i des wie hoaßt die hauptstadt vo der schweiz | CH
regional-speech | alexa heast wos is die hauptstodt vo deitschland | DE
regional-speech | alexa im ländle sagen mir grüaß di wia hoaßt d hauptstadt vo vorarlberg nein vo liechtenstein | LI
regional-speech | alexa gäll wie heisst d hauptstadt vo frankriich | FR
regional-speech | alexa bei uns im münsterland fragt man sich wo die hauptstadt von holland ist | NL
regional-speech | alexa keene ahnung wa wat is die hauptstadt von england | GB-ENG
regional-speech | alexa wat es de hauptstadt vun schottland jeck | GB-SCT
regional-speech | alexa ei joo sach ma die hauptstadt vun luxeburch | LU
regional-speech | alexa mei wia hoaßt die hauptstadt vo tirol äh nein vo italien | IT
migrant-speech | alexa babuschka fragt was ist die hauptstadt von kasachstan heute nicht mehr almaty oder | KZ
migrant-speech | alexa no to powiedz mi die hauptstadt von polen bitte | PL
migrant-speech | alexa dyakuyu was ist die hauptstadt von der ukraine auf deutsch | UA
migrant-speech | alexa habibi was ist die hauptstadt von syrien damaskus oder aleppo | SY
migrant-speech | alexa mein onkel aus erbil fragt die hauptstadt vom irak | IQ
migrant-speech | alexa tashakor und sag bitte hauptstadt von afghanistan | AF
migrant-speech | alexa meine nonna aus kalabrien will die hauptstadt von italien hören | IT
migrant-speech | alexa nossa was ist eigentlich die hauptstadt von brasilien nicht rio oder | BR
migrant-speech | alexa haj reci mi was ist die hauptstadt von bosnien | BA
migrant-speech | alexa mersi frumos die hauptstadt von rumänien bitte | RO
migrant-speech | alexa meine mama aus hanoi fragt was die hauptstadt von vietnam ist | VN
migrant-speech | alexa wir aus accra wollen wissen ob die hauptstadt von ghana noch accra ist | GH
migrant-speech | alexa in lagos sagen alle lagos aber was ist die hauptstadt von nigeria wirklich | NG
migrant-speech | alexa meine oma in jaffna fragt die hauptstadt von sri lanka | LK
migrant-speech | alexa wir sind army familie in ramstein what's the hauptstadt of amerika | US
migrant-speech | alexa bloody hell what's the capital of the uk ich mein die hauptstadt vom vereinigten königreich | GB
migrant-speech | alexa gezellig hoor wat is de hoofdstad van nederland äh die hauptstadt | NL
migrant-speech | alexa ich bin aus asmara sag mal hauptstadt von eritrea für meine kollegin | ER
migrant-speech | alexa wie heißt die hauptstadt von portugal meine tia sagt porto | PT
migrant-speech | alexa ela die hauptstadt von zypern ist die griechisch oder türkisch | CY
child-speech | alexa bei der gutenachtgeschichte kam ein könig aus dänemark wo wohnt der | DK
child-speech | alexa mein atlas ist kaputt wo ist die hauptstadt von norwegen | NO
child-speech | alexa ich bin in der ersten klasse was ist eine hauptstadt von spanien | ES
child-speech | alexa meine schwester sagt paris ist die hauptstadt von italien stimmt das nicht | IT
child-speech | alexa wie heißt die hauptstadt von den pinguinen äh von neuseeland | NZ
child-speech | alexa wo wohnt die königin von england also welche stadt ist hauptstadt | GB-ENG
child-speech | alexa was ist die hauptstadt von ägypten da wo die pyramiden sind | EG
child-speech | alexa ich spiele pirat und mein schiff fährt nach jamaika wo ist die hauptstadt | JM
child-speech | alexa kängurus wohnen in australien und welche stadt ist da die hauptstadt | AU
child-speech | alexa wo ist die hauptstadt von china wo der panda lebt | CN
child-speech | alexa mein papa kommt aus der türkei wie heißt die hauptstadt da | TR
child-speech | alexa hauptstadt von japan bitte für meine mama | JP
elder-speech | alexa junge frau sagen sie mir doch die hauptstadt von russland | RU
elder-speech | alexa ich höre schlecht bitte laut die hauptstadt von ungarn | HU
elder-speech | alexa bei meinem diavortrag über kanada fehlt mir die hauptstadt | CA
elder-speech | alexa früher war bonn die hauptstadt und heute von deutschland was ist es | DE
elder-speech | alexa auf den postkarten von meinem mann stand ceylon wie heißt da die hauptstadt | LK
elder-speech | alexa was war noch gleich die hauptstadt von jugoslawien ich meine serbien | RS
elder-speech | alexa mein hörgerät pfeift sag nochmal ganz deutlich die hauptstadt von schweden | SE
elder-speech | alexa wir waren neunzehnhundertsiebzig in tunesien wie hieß dort die hauptstadt | TN
elder-speech | alexa ich wollte schon immer mal nach argentinien was ist dort die hauptstadt | AR
elder-speech | alexa der pfarrer war in peru was ist die hauptstadt von peru | PE
teen-speech | alexa cringe dass ich das nicht weiß aber hauptstadt von kanada | CA
teen-speech | alexa digga mach schnell hauptstadt von südkorea | KR
teen-speech | alexa bro sag hauptstadt von nordkorea ohne witz | KP
teen-speech | alexa ich hab test morgen hauptstadt von mexiko | MX
teen-speech | alexa lowkey keine ahnung was ist die hauptstadt von kolumbien | CO
teen-speech | alexa sheesh hauptstadt von indonesien jakarta oder nicht mehr | ID
teen-speech | alexa safe die hauptstadt von brasilien ist rio oder | BR
teen-speech | alexa was ist die hauptstadt von marokko wir wollen abifahrt machen | MA
learner | alexa bitte sag mir wo ist hauptstadt für schweiz | CH
learner | alexa ich nicht weiß hauptstadt von belgien | BE
learner | alexa was ist der hauptstadt von finnland | FI
learner | alexa die hauptstadt von dem österreich ist wien ja | AT
learner | alexa kannst du mir sage welche stadt ist hauptstadt in chile | CL
learner | alexa ich suche hauptstadt von land kenia | KE
learner | alexa wie heißen das hauptstadt von ecuador | EC
learner | alexa hauptstadt von den usa bitte sagen | US
work | alexa ich putze gerade die fenster im büro sag mir die hauptstadt von irland | IE
work | alexa im kebabladen ist wenig los was ist die hauptstadt von libanon | LB
work | alexa als grundschullehrerin brauche ich die hauptstadt von estland für das arbeitsblatt | EE
work | alexa auf der intensivstation fragt ein patient nach der hauptstadt von lettland | LV
work | alexa für die steuerberatung ein mandant zieht nach monaco wie heißt da die hauptstadt | MC
work | alexa ich bin museumswärter und ein besucher will die hauptstadt von griechenland wissen | GR
work | alexa für den lkw nach litauen was ist die hauptstadt | LT
work | alexa in der reinigungsfirma haben wir ne kollegin aus moldawien was ist da die hauptstadt | MD
work | alexa ich schreibe den dienstplan und frage mich die hauptstadt von kroatien | HR
game | alexa montagsmaler ich hab den eiffelturm gemalt von welchem land ist paris die hauptstadt | CITY:Paris
game | alexa bei activity kam die hauptstadt von island | IS
game | alexa für den faschingswagen brauchen wir die hauptstadt von kuba | CU
game | alexa bundesjugendspiele sind vorbei jetzt quiz hauptstadt von slowenien | SI
game | alexa beim hochzeitsspiel fragt der trauzeuge nach der hauptstadt von thailand | TH
game | alexa im kinderquiz kam die hauptstadt von katar ist das doha | QA
travel | alexa wir fahren mit dem wohnmobil nach albanien was ist dort die hauptstadt | AL
travel | alexa mein flug geht über die emirate welche stadt ist deren hauptstadt | AE
travel | alexa nächste woche geschäftsreise nach saudi-arabien hauptstadt bitte | SA
travel | alexa auf der kreuzfahrt halten wir in malta was ist die hauptstadt | MT
travel | alexa wir machen flitterwochen auf den malediven wie heißt die hauptstadt | MV
travel | alexa für unsere rucksacktour durch nepal was ist die hauptstadt | NP
travel | alexa wir wandern in georgien wie heißt die hauptstadt dort | GE
travel | alexa ich fahre mit dem zug nach montenegro was ist dort die hauptstadt | ME
home | alexa während die nudeln kochen sag mir die hauptstadt von jordanien | JO
home | alexa ich bügle gerade und will die hauptstadt von pakistan wissen | PK
home | alexa beim staubsaugen ist mir eingefallen wie heißt die hauptstadt von bangladesch | BD
home | alexa ich räume die spülmaschine aus was ist die hauptstadt von usbekistan | UZ
home | alexa beim wäsche aufhängen frage ich mich was die hauptstadt von armenien ist | AM
home | alexa während der kuchen im ofen ist was ist die hauptstadt von aserbaidschan | AZ
polite | alexa wärst du so lieb und nennst mir die hauptstadt von bulgarien | BG
polite | alexa entschuldige bitte die störung welche stadt ist die hauptstadt von slowakei | SK
polite | alexa ganz höflich gefragt wie lautet die hauptstadt von tschechien | CZ
polite | alexa würdest du mir bitte verraten was die hauptstadt von ruanda ist | RW
polite | alexa sei so gut und sag mir die hauptstadt von äthiopien | ET
polite | alexa dürfte ich erfahren welche stadt die hauptstadt von belarus ist | BY
genitive | alexa wie heißt die hauptstadt simbabwes | ZW
genitive | alexa welches ist die hauptstadt venezuelas | VE
genitive | alexa was ist die hauptstadt kolumbiens | CO
genitive | alexa die hauptstadt finnlands bitte | FI
genitive | alexa nenne die hauptstadt ungarns | HU
genitive | alexa wie lautet die hauptstadt kenias | KE
genitive | alexa was ist die hauptstadt des jemen | YE
genitive | alexa die hauptstadt des sudans bitte | SD
genitive | alexa sag mir die hauptstadt der mongolei | MN
one-shot | alexa frag hauptstädte der welt nach der hauptstadt von namibia | NA
one-shot | alexa sag hauptstädte der welt ich will die hauptstadt von sambia | ZM
one-shot | alexa öffne hauptstädte der welt und sag mir die hauptstadt von tansania | TZ
one-shot | alexa bitte hauptstädte der welt was ist die hauptstadt von uganda | UG
one-shot | alexa starte hauptstädte der welt hauptstadt von gabun | GA
one-shot | alexa frag mal die hauptstädte der welt was die hauptstadt von angola ist | AO
follow-up | und wie sieht's mit ghana aus | GH
follow-up | und was ist mit togo | TG
follow-up | okay und von benin die auch noch | BJ
follow-up | und jetzt noch peru bitte | PE
follow-up | und die von bolivien auch | BO
follow-up | gut und wie heißt sie bei uruguay | UY
follow-up | und für ecuador | EC
follow-up | ach so und bei paraguay | PY
follow-up | noch eins bitte nämlich laos | LA
follow-up | und dann noch kambodscha hinterher | KH
follow-up | jetzt noch schnell die vom oman | OM
follow-up | und bei den nachbarn in polen | PL
follow-up | und wenn ich nach dänemark weiterfahre | DK
follow-up | mhm und nepal | NP
follow-up | und als nächstes bitte fidschi | FJ
follow-up | dann noch die von mali bitte | ML
follow-up | und wie war das nochmal bei senegal | SN
follow-up | und in bayern | DE-BY
follow-up | na und von texas | US-TX
follow-up | gut jetzt noch kalifornien | US-CA
follow-up | weiter mit island | IS
follow-up | und ihr nachbarland norwegen | NO
plural-capitals | alexa welche hauptstädte hat bolivien eigentlich | BO
plural-capitals | alexa stimmt es dass bolivien zwei hauptstädte hat und welche | BO
plural-capitals | alexa sag mir alle hauptstädte von südafrika | ZA
plural-capitals | alexa südafrika hat doch drei hauptstädte welche sind das | ZA
plural-capitals | alexa nenne mir beide hauptstädte von malaysia | MY
plural-capitals | alexa was sind die zwei hauptstädte von malaysia | MY
plural-capitals | alexa welche zwei hauptstädte haben die niederlande | NL
plural-capitals | alexa die hauptstädte von holland amsterdam und wer noch | NL
plural-capitals | alexa wie heißen die hauptstädte von sri lanka | LK
plural-capitals | alexa sri lanka hat zwei hauptstädte oder | LK
plural-capitals | alexa welche hauptstädte hat benin | BJ
plural-capitals | alexa benin hat mehrere hauptstädte welche | BJ
plural-capitals | alexa was sind die hauptstädte der elfenbeinküste | CI
plural-capitals | alexa die beiden hauptstädte von côte d'ivoire bitte | CI
plural-capitals | alexa welche hauptstädte hat eswatini | SZ
plural-capitals | alexa swasiland hat doch zwei hauptstädte wie heißen die | SZ
plural-capitals | alexa welche hauptstädte hat palästina | PS
plural-capitals | alexa nenn mir die hauptstädte von palästina | PS
plural-capitals | alexa digga wie viele hauptstädte hat südafrika und welche | ZA
plural-capitals | alexa meine enkelin sagt bolivien hat zwei hauptstädte welche denn | BO
subdivision | alexa was ist die hauptstadt von bayern | DE-BY
subdivision | alexa welche stadt ist hauptstadt von hamburg als bundesland | DE-HH
subdivision | alexa was ist die landeshauptstadt von bremen | DE-HB
subdivision | alexa wie heißt die hauptstadt vom bundesstaat florida | US-FL
subdivision | alexa was ist die hauptstadt von new york das ist doch nicht new york city | US-NY
subdivision | alexa hauptstadt von texas bitte | US-TX
subdivision | alexa was ist die hauptstadt von kalifornien los angeles oder | US-CA
subdivision | alexa welche stadt ist die hauptstadt von alaska | US-AK
subdivision | alexa hauptstadt von hawaii für unseren urlaub | US-HI
subdivision | alexa was ist die hauptstadt von ontario | CA-ON
subdivision | alexa welche stadt ist hauptstadt von quebec | CA-QC
subdivision | alexa was ist die hauptstadt von british columbia | CA-BC
subdivision | alexa hauptstadt von queensland in australien | AU-QLD
subdivision | alexa was ist die hauptstadt von tasmanien | AU-TAS
subdivision | alexa was ist die hauptstadt von wales | GB-WLS
subdivision | alexa hauptstadt von nordirland | GB-NIR
subdivision | alexa wie heißt die hauptstadt vom indischen bundesstaat kerala | IN-KL
subdivision | alexa was ist die hauptstadt von rajasthan | IN-RJ
subdivision | alexa was ist die hauptstadt von bahia in brasilien | BR-BA
subdivision | alexa was ist die hauptstadt von jalisco | MX-JAL
subdivision | alexa was ist die hauptstadt von grönland | GL
subdivision | alexa hauptstadt von den färöern | FO
subdivision | alexa was ist die hauptstadt von puerto rico | PR
subdivision | alexa wie heißt die hauptstadt von taiwan | TW
subdivision | alexa was ist die hauptstadt vom kosovo | XK
subdivision | alexa welche stadt ist hauptstadt von neukaledonien | NC
subdivision | alexa was ist die hauptstadt von gibraltar | GI
subdivision | alexa hauptstadt von der isle of man | IM
subdivision | alexa was ist die hauptstadt von französisch-polynesien | PF
subdivision | alexa hauptstadt von la réunion | RE
subdivision | alexa welche stadt ist die hauptstadt von aruba | AW
subdivision | alexa was ist die hauptstadt von curaçao | CW
subdivision | alexa was ist die hauptstadt von den bermudas | BM
subdivision | alexa hauptstadt der kaimaninseln | KY
subdivision | alexa was ist die hauptstadt von westsahara | EH
subdivision | alexa wie heißt die hauptstadt von hongkong | HK
subdivision | alexa was ist die hauptstadt von massachusetts | US-MA
subdivision | alexa hauptstadt von louisiana wegen dem jazzfestival | US-LA
subdivision | alexa was ist die hauptstadt vom saarland | DE-SL
subdivision | alexa hauptstadt von berlin als bundesland | DE-BE
yes-no-check | alexa ist canberra die hauptstadt von australien | AU
yes-no-check | alexa stimmt es dass sydney die hauptstadt von australien ist | AU
yes-no-check | alexa ist zürich die hauptstadt der schweiz | CH
yes-no-check | alexa ist istanbul die hauptstadt der türkei | TR
yes-no-check | alexa ist rio die hauptstadt von brasilien | BR
yes-no-check | alexa ist ottawa die hauptstadt von kanada ja oder nein | CA
yes-no-check | alexa ist lagos wirklich die hauptstadt von nigeria | NG
yes-no-check | alexa stimmt das mit astana als hauptstadt von kasachstan | KZ
yes-no-check | alexa ist auckland die hauptstadt von neuseeland | NZ
yes-no-check | alexa ist bonn noch die hauptstadt von deutschland | DE
yes-no-check | alexa hat myanmar wirklich naypyidaw als hauptstadt | MM
yes-no-check | alexa ist casablanca die hauptstadt von marokko | MA
yes-no-check | alexa mein mann behauptet new york ist die hauptstadt der usa hat er recht | US
yes-no-check | alexa ist mailand die hauptstadt von italien | IT
yes-no-check | alexa ist dar es salaam immer noch die hauptstadt von tansania | TZ
yes-no-check | alexa ist karachi die hauptstadt von pakistan | PK
yes-no-check | alexa ist münchen die hauptstadt von bayern | DE-BY
yes-no-check | alexa ist ho-chi-minh-stadt die hauptstadt von vietnam | VN
yes-no-check | alexa stimmt's dass almaty nicht mehr die hauptstadt von kasachstan ist | KZ
yes-no-check | alexa ist genf die hauptstadt der schweiz wette mit meinem kollegen | CH
self-correction | alexa was ist die hauptstadt von österreich nein ich meine von ungarn | HU
self-correction | alexa hauptstadt von schweden äh norwegen | NO
self-correction | alexa die hauptstadt von slowenien quatsch slowakei | SK
self-correction | alexa was ist die hauptstadt von niger nein nigeria | NG
self-correction | alexa die hauptstadt von island oder nee irland | IE
self-correction | alexa was ist die hauptstadt von gambia ach nein sambia | ZM
self-correction | alexa die hauptstadt von austria sorry australien | AU
self-correction | alexa wie heißt die hauptstadt von iran ich meine irak | IQ
self-correction | alexa hauptstadt von lettland nein stopp litauen | LT
self-correction | alexa die hauptstadt von mauritius äh mauretanien | MR
self-correction | alexa was ist die hauptstadt von guinea korrektur guinea-bissau | GW
self-correction | alexa die hauptstadt von kolumbien nein sorry kanada | CA
self-correction | alexa hauptstadt von paraguay moment ich mein uruguay | UY
self-correction | alexa was ist die hauptstadt von dominica nein der dominikanischen republik | DO
self-correction | alexa die hauptstadt von sudan äh südsudan | SS
self-correction | alexa hauptstadt von malawi ne mali | ML
self-correction | alexa was ist die hauptstadt von hessen oh nein ich meinte sachsen | DE-SN
self-correction | alexa wie heißt die hauptstadt von tadschikistan oder besser gesagt turkmenistan | TM
reverse-question | alexa wien ist die hauptstadt von welchem land | CITY:Wien
reverse-question | alexa von welchem land ist lissabon die hauptstadt | CITY:Lissabon
reverse-question | alexa wo liegt canberra in welchem land | CITY:Canberra
reverse-question | alexa zu welchem staat gehört die hauptstadt nairobi | CITY:Nairobi
reverse-question | alexa ouagadougou ist hauptstadt von was | CITY:Ouagadougou
reverse-question | alexa von welchem land ist ulaanbaatar die hauptstadt | CITY:Ulaanbaatar
reverse-question | alexa welches land hat die hauptstadt tiflis | CITY:Tiflis
reverse-question | alexa montevideo ist die hauptstadt von welchem staat | CITY:Montevideo
reverse-question | alexa in welchem land ist bischkek die hauptstadt | CITY:Bischkek
reverse-question | alexa welchem land gehört die hauptstadt windhoek | CITY:Windhoek
reverse-question | alexa ljubljana ist hauptstadt von welchem land gleich nochmal | CITY:Ljubljana
reverse-question | alexa welches land hat reykjavík als hauptstadt | CITY:Reykjavík
reverse-question | alexa von was ist vaduz die hauptstadt | CITY:Vaduz
reverse-question | alexa welches land hat die hauptstadt bamako | CITY:Bamako
reverse-question | alexa thimphu ist die hauptstadt welches landes | CITY:Thimphu
reverse-question | alexa wovon ist antananarivo die hauptstadt | CITY:Antananarivo
reverse-question | alexa welcher bundesstaat hat die hauptstadt sacramento | CITY:Sacramento
reverse-question | alexa welches bundesland hat die landeshauptstadt schwerin | CITY:Schwerin
official-name | alexa was ist die hauptstadt der bundesrepublik deutschland | DE
official-name | alexa was ist die hauptstadt der französischen republik | FR
official-name | alexa wie heißt die hauptstadt der russischen föderation | RU
official-name | alexa hauptstadt der volksrepublik china | CN
official-name | alexa was ist die hauptstadt der vereinigten staaten von amerika | US
official-name | alexa was ist die hauptstadt der hellenischen republik | GR
official-name | alexa hauptstadt der schweizerischen eidgenossenschaft | CH
official-name | alexa die hauptstadt der republik österreich bitte | AT
official-name | alexa was ist die hauptstadt der föderativen republik brasilien | BR
official-name | alexa was ist die hauptstadt der vereinigten mexikanischen staaten | MX
official-name | alexa hauptstadt der italienischen republik | IT
official-name | alexa was ist die hauptstadt der portugiesischen republik | PT
official-name | alexa hauptstadt der tschechischen republik | CZ
official-name | alexa was ist die hauptstadt der slowakischen republik | SK
official-name | alexa was ist die hauptstadt der argentinischen republik | AR
official-name | alexa die hauptstadt der republik der union myanmar | MM
official-name | alexa was ist die hauptstadt der libanesischen republik | LB
official-name | alexa hauptstadt der kirgisischen republik | KG
official-name | alexa was ist die hauptstadt vom vereinigten königreich großbritannien und nordirland | GB
official-name | alexa was ist die hauptstadt der demokratischen republik kongo | CD
official-name | alexa was ist die hauptstadt der republik kongo | CG
everyday-name | alexa was ist die hauptstadt von holland | NL
everyday-name | alexa hauptstadt von amerika | US
everyday-name | alexa großbritannien hauptstadt sag mal | GB
everyday-name | alexa was ist die hauptstadt von weißrussland | BY
everyday-name | alexa was ist die hauptstadt von persien | IR
everyday-name | alexa hauptstadt von burma | MM
everyday-name | alexa die hauptstadt von der elfenbeinküste | CI
everyday-name | alexa was ist die hauptstadt von der tschechei | CZ
everyday-name | alexa hauptstadt von swasiland | SZ
everyday-name | alexa was ist die hauptstadt von osttimor | TL
everyday-name | alexa was ist die hauptstadt von den kapverden | CV
everyday-name | alexa wie heißt die hauptstadt von mazedonien | MK
everyday-name | alexa was ist die hauptstadt von moldau | MD
everyday-name | alexa hauptstadt von kirgisien | KG
everyday-name | alexa was ist die hauptstadt von siam | TH
everyday-name | alexa was ist die hauptstadt von zaire | CD
everyday-name | alexa hauptstadt von abessinien | ET
everyday-name | alexa was ist die hauptstadt von rhodesien | ZW
everyday-name | alexa die hauptstadt von kapverde bitte | CV
everyday-name | alexa was ist die hauptstadt vom vatikan | VA
shared-name | alexa was ist die hauptstadt von kongo | CD+CG
shared-name | alexa hauptstadt vom kongo bitte | CD+CG
shared-name | alexa wie heißt die hauptstadt von korea | KP+KR
shared-name | alexa was ist die hauptstadt von georgia | GE+US-GA
shared-name | alexa welche hauptstadt haben die jungferninseln | VG+VI
shared-name | alexa was ist die hauptstadt vom bundesstaat georgia in amerika | US-GA
shared-name | alexa was ist die hauptstadt vom land georgien im kaukasus | GE
shared-name | alexa was ist die hauptstadt der britischen jungferninseln | VG
shared-name | alexa hauptstadt der amerikanischen jungferninseln | VI
shared-name | alexa was ist die hauptstadt von kongo-brazzaville | CG
shared-name | alexa hauptstadt von dr kongo | CD
shared-name | alexa was ist die hauptstadt von dominica der insel | DM
shared-name | alexa die hauptstädte der beiden koreas | KP+KR
shared-name | alexa was sind die hauptstädte der beiden kongos | CD+CG
shared-name | alexa hauptstadt von georgia ich weiß nicht ob land oder staat | GE+US-GA
help | alexa heidanei wie funktioniert des ding mit de hauptstädt | HELP
help | alexa etz hilf mir halt fei was kann ich bei den hauptstädten fragen | HELP
help | alexa oida i kenn mi ned aus wos kann i do sogn | HELP
help | alexa wat kann ich dich hier überhaupt fragen jeck | HELP
help | alexa icke versteh det spiel nich erklär ma | HELP
help | alexa nu wie geht'n das hier mit den hauptstädten | HELP
help | alexa moin wat mutt ik seggen damit das geht | HELP
help | alexa ich bin neu hier wie benutze ich hauptstädte der welt | HELP
help | alexa babuschka versteht nicht wie man fragt hilf bitte | HELP
help | alexa yalla erklär mir wie das geht mit den hauptstädten | HELP
help | alexa allora come funziona äh wie funktioniert das hier | HELP
help | alexa ich weiß nicht was ich sagen soll kannst du helfen | HELP
help | alexa was kann diese hauptstädte sache alles | HELP
help | alexa gib mir mal ein beispiel was ich fragen kann | HELP
help | alexa für meine oma bitte langsam erklären wie das funktioniert | HELP
help | alexa mein sohn hat das installiert was macht der skill | HELP
help | alexa digga was geht hier überhaupt welche befehle gibt's | HELP
help | alexa ich bin kind und weiß nicht wie man das spielt | HELP
help | alexa welche fragen verstehst du eigentlich | HELP
help | alexa ich brauche eine anleitung für die hauptstädte | HELP
help | alexa hilfe ich komm hier nicht weiter | HELP
help | alexa kannst du mir sagen was ich hier tun kann | HELP
help | alexa gell erklär mir des nomal von vorn | HELP
help | alexa was muss ich sagen damit du mir eine hauptstadt nennst | HELP
help | alexa abeg how does this work wie funktioniert das | HELP
help | alexa mersi aber was kann ich hier noch machen | HELP
stop | alexa heidanei jetzt langt's aber aus | STOP
stop | alexa etz is fei schluss | STOP
stop | alexa oida hör auf | STOP
stop | alexa et es jot jetz hör op | STOP
stop | alexa icke hab jenuch mach aus | STOP
stop | alexa nu is ma gut hör uff | STOP
stop | alexa moin dat langt nu stopp mal | STOP
stop | alexa yalla khalas hör auf | STOP
stop | alexa basta alexa basta finito | STOP
stop | alexa hör sofort auf zu reden | STOP
stop | alexa ich will nicht mehr beende das | STOP
stop | alexa genug hauptstädte für heute | STOP
stop | alexa sei still bitte das baby schläft | STOP
stop | alexa schluss jetzt ich muss zur arbeit | STOP
stop | alexa halt die klappe digga | STOP
stop | alexa aufhören bitte das reicht mir | STOP
stop | alexa beende hauptstädte der welt | STOP
stop | alexa ruhe jetzt es ist spät | STOP
stop | alexa stopp stopp stopp | STOP
stop | alexa mach mal pause und hör auf | STOP
stop | alexa danke das war's tschüss | STOP
stop | alexa gute nacht hör jetzt auf | STOP
stop | alexa ich bin fertig mit dem quiz beenden | STOP
stop | alexa geh bitte hör auf mit dem schmarrn | STOP
stop | alexa dyakuyu das reicht jetzt aus | STOP
stop | alexa servus und aus | STOP
cancel | alexa heidanei vergiss es | CANCEL
cancel | alexa etz lass fei gut sein abbrechen | CANCEL
cancel | alexa na geh brich des ab | CANCEL
cancel | alexa lass jut sein brich ab | CANCEL
cancel | alexa nu lass ma abbrechen | CANCEL
cancel | alexa moin vergeet dat abbrechen | CANCEL
cancel | alexa ne doch nicht abbrechen bitte | CANCEL
cancel | alexa falsche frage abbrechen | CANCEL
cancel | alexa vergiss was ich gerade gesagt hab | CANCEL
cancel | alexa storniere das bitte | CANCEL
cancel | alexa abbruch | CANCEL
cancel | alexa nee lass mal abbrechen | CANCEL
cancel | alexa brich die frage ab | CANCEL
cancel | alexa das war ein versehen abbrechen | CANCEL
cancel | alexa ich hab mich versprochen vergiss es | CANCEL
cancel | alexa nimm das zurück abbrechen | CANCEL
cancel | alexa annullieren bitte | CANCEL
cancel | alexa doch nicht lass stecken | CANCEL
cancel | alexa habibi vergiss es einfach | CANCEL
cancel | alexa mein kind hat was falsches gesagt abbrechen | CANCEL
cancel | alexa abbrechen abbrechen | CANCEL
cancel | alexa no nevermind vergiss es | CANCEL
cancel | alexa ach egal brich ab | CANCEL
cancel | alexa das war nicht für dich abbrechen | CANCEL
cancel | alexa ajme vergiss das bitte | CANCEL
cancel | alexa lass es bleiben abbrechen | CANCEL
launch | alexa öffne hauptstädte der welt heidanei | LAUNCH
launch | alexa starte mal die hauptstädte der welt | LAUNCH
launch | alexa mach hauptstädte der welt auf | LAUNCH
launch | alexa oida start hauptstädte der welt | LAUNCH
launch | alexa moin öffne mal hauptstädte der welt | LAUNCH
launch | alexa ich möchte hauptstädte der welt spielen | LAUNCH
launch | alexa lass uns hauptstädte der welt machen | LAUNCH
launch | alexa spiel hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt starten bitte | LAUNCH
launch | alexa nu mach ma hauptstädte der welt an | LAUNCH
launch | alexa yalla öffne hauptstädte der welt | LAUNCH
launch | alexa kannst du hauptstädte der welt öffnen | LAUNCH
launch | alexa ich will die hauptstädte der welt | LAUNCH
launch | alexa geh auf hauptstädte der welt | LAUNCH
out-of-domain | alexa heidanei wie wird's wetter morgen in stuttgart | FB
out-of-domain | alexa etz spiel fei amal was von de spider murphy gang | FB
out-of-domain | alexa oida stell an wecker auf sechse | FB
out-of-domain | alexa wat kütt hück em fernsehen | FB
out-of-domain | alexa icke brauch n taxi zum alex | FB
out-of-domain | alexa nu mach ma das licht in der küche aus | FB
out-of-domain | alexa moin wann is hochwasser in cuxhaven | FB
out-of-domain | alexa digga spiel die neue von capital bra | FB
out-of-domain | alexa wie viel kapital brauche ich für eine gmbh | FB
out-of-domain | alexa was steht im ersten band vom kapital von marx | FB
out-of-domain | alexa erklär mir das stammkapital einer ug | FB
out-of-domain | alexa was ist ein kapitalverbrechen | FB
out-of-domain | alexa was heißt kapitaler hirsch beim jäger | FB
out-of-domain | alexa wie schreibt man hauptstadt groß oder klein | FB
out-of-domain | alexa was ist die hauptstadt des verbrechens in dem roman | FB
out-of-domain | alexa welche stadt ist die modehauptstadt der welt | FB
out-of-domain | alexa wer ist die kulturhauptstadt europas dieses jahr | FB
out-of-domain | alexa wo ist die welthauptstadt des bieres | FB
out-of-domain | alexa was ist die hauptstadt von tirol | FB
out-of-domain | alexa was ist die hauptstadt von kärnten | FB
out-of-domain | alexa welche stadt ist hauptstadt der steiermark | FB
out-of-domain | alexa was ist die hauptstadt vom kanton zürich | FB
out-of-domain | alexa was ist der hauptort von graubünden | FB
out-of-domain | alexa was ist die hauptstadt von katalonien | FB
out-of-domain | alexa hauptstadt von sizilien bitte | FB
out-of-domain | alexa was ist die hauptstadt von korsika | FB
out-of-domain | alexa was ist die hauptstadt von der krim | FB
out-of-domain | alexa was ist die hauptstadt von transnistrien | FB
out-of-domain | alexa hauptstadt von abchasien | FB
out-of-domain | alexa was ist die hauptstadt von südtirol | FB
out-of-domain | alexa was ist die hauptstadt von sibirien | FB
out-of-domain | alexa was ist die hauptstadt von patagonien | FB
out-of-domain | alexa was war die hauptstadt der ddr | FB
out-of-domain | alexa was war die hauptstadt von preußen | FB
out-of-domain | alexa was war die hauptstadt der sowjetunion | FB
out-of-domain | alexa was war die hauptstadt von jugoslawien | FB
out-of-domain | alexa was ist die hauptstadt von europa | FB
out-of-domain | alexa was ist die hauptstadt von afrika | FB
out-of-domain | alexa was ist die hauptstadt von asien | FB
out-of-domain | alexa was ist die hauptstadt von mordor | FB
out-of-domain | alexa was ist die hauptstadt von entenhausen | FB
out-of-domain | alexa was ist die hauptstadt von atlantis | FB
out-of-domain | alexa was ist die hauptstadt von narnia | FB
out-of-domain | alexa was ist die hauptstadt vom ruhrgebiet | FB
out-of-domain | alexa was ist die hauptstadt von ostfriesland | FB
out-of-domain | alexa hauptstadt vom allgäu | FB
out-of-domain | alexa was ist die hauptstadt von franken | FB
out-of-domain | alexa was ist die hauptstadt von schwaben | FB
out-of-domain | alexa was ist die hauptstadt von lappland | FB
out-of-domain | alexa was ist die hauptstadt von kurdistan | FB
out-of-domain | alexa was ist die hauptstadt von skandinavien | FB
out-of-domain | alexa was ist die hauptstadt vom mond | FB
out-of-domain | alexa was ist die hauptstadt vom mars | FB
out-of-domain | alexa wie viele einwohner hat berlin | FB
out-of-domain | alexa wie hoch ist die zugspitze | FB
out-of-domain | alexa wie lang ist der rhein | FB
out-of-domain | alexa welche sprache spricht man in belgien | FB
out-of-domain | alexa welche währung hat polen | FB
out-of-domain | alexa wie spät ist es in tokio | FB
out-of-domain | alexa wer ist bundeskanzler | FB
out-of-domain | alexa wer ist der präsident von frankreich | FB
out-of-domain | alexa wie groß ist russland in quadratkilometern | FB
out-of-domain | alexa welches land hat die meisten einwohner | FB
out-of-domain | alexa wie weit ist es von hamburg nach münchen | FB
out-of-domain | alexa welcher fluss fließt durch wien | FB
out-of-domain | alexa wie heißt die flagge von japan | FB
out-of-domain | alexa was ist die größte stadt der welt | FB
out-of-domain | alexa spiel musik von helene fischer | FB
out-of-domain | alexa stell einen timer auf zwölf minuten | FB
out-of-domain | alexa setz milch auf die einkaufsliste | FB
out-of-domain | alexa erzähl mir einen witz | FB
out-of-domain | alexa wie wird das wetter am wochenende | FB
out-of-domain | alexa ruf mama an | FB
out-of-domain | alexa lies mir die nachrichten vor | FB
out-of-domain | alexa spiel radio bremen vier | FB
out-of-domain | alexa mach die heizung im bad wärmer | FB
out-of-domain | alexa wann fährt der nächste bus zum hauptbahnhof | FB
out-of-domain | alexa wie hat der fc bayern gespielt | FB
out-of-domain | alexa was kochen wir heute | FB
out-of-domain | alexa wie viel gramm hat ein pfund | FB
out-of-domain | alexa übersetze guten morgen auf polnisch | FB
out-of-domain | alexa erinnere mich um acht an die tabletten | FB
out-of-domain | alexa bestell mir katzenfutter | FB
out-of-domain | alexa wie alt bist du eigentlich | FB
out-of-domain | alexa sing ein lied für mich | FB
out-of-domain | alexa was ist zwölf mal siebzehn | FB
out-of-domain | alexa wo ist mein handy | FB
out-of-domain | alexa wann ist ostern dieses jahr | FB
out-of-domain | alexa habibi spiel arabische musik | FB
out-of-domain | alexa nu davai spiel russisches radio | FB
out-of-domain | alexa allora wie viel kostet ein espresso in rom | FB
out-of-domain | alexa obrigado wie ist das wetter in lissabon | FB
out-of-domain | alexa dzienkuje mach das licht an | FB
out-of-domain | alexa ela spiel griechische musik | FB
out-of-domain | alexa dyakuyu wie spät ist es in kiew | FB
out-of-domain | alexa ajme wo ist die nächste apotheke | FB
out-of-domain | alexa abeg play afrobeats | FB
out-of-domain | alexa i wanna order pizza | FB
out-of-domain | alexa gezellig speel wat muziek | FB
out-of-domain | alexa wie viele länder gibt es auf der welt | FB
out-of-domain | alexa welches ist das kleinste land der welt | FB
out-of-domain | alexa wie heißt der höchste berg in afrika | FB
out-of-domain | alexa welche hauptstadt ist die kälteste der welt | FB
out-of-domain | alexa welche hauptstadt liegt am höchsten | FB
out-of-domain | alexa wie viele hauptstädte gibt es in europa | FB
out-of-domain | alexa kapitän blaubär geschichte bitte | FB
out-of-domain | alexa was verdient ein kapitän auf einem kreuzfahrtschiff | FB
out-of-domain | alexa was ist ein kapitell in der architektur | FB
out-of-domain | alexa was heißt kapital auf englisch | FB
out-of-domain | alexa ist hauptstadtzulage steuerfrei | FB
out-of-domain | alexa spiel den podcast hauptstadtstudio | FB
out-of-domain | alexa was läuft im hauptstadtkino heute abend | FB
out-of-domain | alexa wann öffnet der flughafen ber | FB
out-of-domain | alexa wie weit ist der mond weg | FB
out-of-domain | alexa ich hab hunger | FB
out-of-domain | alexa bist du verliebt | FB
out-of-domain | alexa gute nacht geschichte für kinder | FB
out-of-domain | alexa wie wird man reich mit wenig kapital | FB
out-of-domain | alexa wie hoch ist die kapitalertragssteuer | FB
out-of-domain | alexa was ist risikokapital | FB
out-of-domain | alexa spiel mir das lied vom tod | FB
out-of-domain | alexa was bedeutet kapitulation | FB
out-of-domain | alexa wer hat die erste weltkarte gezeichnet | FB
out-of-domain | alexa wie viele bundesländer hat österreich | FB
out-of-domain | alexa welche länder grenzen an deutschland | FB
out-of-domain | alexa wie spricht man reykjavík richtig aus | FB
out-of-domain | alexa was ist der hauptgewinn im lotto | FB
out-of-domain | alexa wo ist die hauptpost in bremen | FB
out-of-domain | alexa wer hat das spiel gewonnen | FB
out-of-domain | alexa mach den fernseher lauter | FB
out-of-domain | alexa buch mir einen flug nach mallorca | FB
out-of-domain | alexa was ist die hauptstadt von mallorca | FB
out-of-domain | alexa was ist die hauptstadt von bali | FB
out-of-domain | alexa was ist die hauptstadt von flandern | FB
out-of-domain | alexa was ist die hauptstadt von schlesien | FB
launch | alexa heidanei mach amol des hauptstädtespiel auf | LAUNCH
launch | alexa etz start fei die hauptstädte der welt | LAUNCH
launch | alexa wat es hauptstädte der welt mach dat ens op | LAUNCH
launch | alexa icke will hauptstädte der welt hörn mach ma an | LAUNCH
launch | alexa ei horch öffne emol hauptstädte der welt | LAUNCH
launch | alexa babuschka will hauptstädte der welt öffne bitte | LAUNCH
launch | alexa ela mach hauptstädte der welt auf bitte | LAUNCH
launch | alexa für den erdkundeunterricht öffne hauptstädte der welt | LAUNCH
launch | alexa aktiviere den skill hauptstädte der welt | LAUNCH
launch | alexa bitte einmal hauptstädte der welt aufmachen für die kinder | LAUNCH
cancel | alexa heidanei noi des war falsch lass es | CANCEL
cancel | alexa geh bitte vergiss des | CANCEL
cancel | alexa ich hab's mir anders überlegt abbrechen | CANCEL
cancel | alexa warte nein brich das mal ab | CANCEL
stop | alexa wallah hör auf jetzt | STOP
stop | alexa beende die hauptstädte bitte ich geh schlafen | STOP
stop | alexa ende gelände aus jetzt | STOP
help | alexa wie stelle ich dir eine frage über eine hauptstadt | HELP
help | alexa welche länder kennst du und wie frag ich danach | HELP
regional-speech | alexa woisch du d hauptstadt vo de usa | US
regional-speech | alexa sag amol wia hoaßt d hauptstadt vo japan | JP
regional-speech | alexa wat es dann de hauptstadt vun russland | RU
regional-speech | alexa icke wees nich wat die hauptstadt von spanien is | ES
regional-speech | alexa nu wie hieß ni gleich die hauptstadt von tschechien prag oder | CZ
regional-speech | moin alexa wat is de hööftstadt vun dänemark | DK
regional-speech | alexa digga hamburch is ja keine hauptstadt welche is die von deutschland | DE
regional-speech | alexa ei horch wie hääßt die hauptstadt vun frankreich | FR
regional-speech | alexa i moan des is madrid oder wos is die hauptstadt vo spanien | ES
regional-speech | alexa mir schwätzet grad über portugal was isch do d hauptstadt | PT
regional-speech | alexa etz sogst mir amal wia die hauptstadt vo polen hoaßt | PL
regional-speech | alexa gell jo wat es dann die hauptstadt vun belgien | BE
regional-speech | alexa sach ma ehrlich wat is die hauptstadt vun ägypten | EG
regional-speech | alexa mei is des schwierig wos is die hauptstadt vo indien | IN
regional-speech | alexa geh bitte sag ma wos die hauptstadt vo australien is | AU
regional-speech | alexa heast oida die hauptstadt vo tschechien sag | CZ
regional-speech | alexa kölle is et nit aber wat es de hauptstadt vun deutschland | DE
regional-speech | alexa moin wat is denn de hööftstadt vun schweden | SE
regional-speech | alexa nu sach ma was die hauptstadt von ungarn is | HU
migrant-speech | alexa nu skaschi mir bitte die hauptstadt von russland | RU
migrant-speech | alexa mein opa aus omsk fragt nach hauptstadt von kasachstan | KZ
migrant-speech | alexa no dobra was ist die hauptstadt von tschechien | CZ
migrant-speech | alexa meine tante aus lwiw fragt die hauptstadt von moldawien | MD
migrant-speech | alexa yalla sag schnell die hauptstadt von saudi-arabien | SA
migrant-speech | alexa habibti was ist die hauptstadt von katar | QA
migrant-speech | alexa in kabul hab ich gewohnt und was ist die hauptstadt von iran | IR
migrant-speech | alexa allora allora die hauptstadt von albanien wie heißt | AL
migrant-speech | alexa meine yiayia will wissen die hauptstadt von griechenland auf deutsch | GR
migrant-speech | alexa obrigada querida die hauptstadt von angola bitte | AO
migrant-speech | alexa bom dia was ist die hauptstadt von mosambik | MZ
migrant-speech | alexa ajme kako se kaze die hauptstadt von kroatien | HR
migrant-speech | alexa haj reci die hauptstadt von serbien | RS
migrant-speech | alexa mersi mult aber hauptstadt von bulgarien | BG
migrant-speech | alexa meine mutter aus saigon sagt die hauptstadt von vietnam ist saigon stimmt das | VN
migrant-speech | alexa sawasdee ka was ist die hauptstadt von laos | LA
migrant-speech | alexa xiexie ni was ist die hauptstadt von china | CN
migrant-speech | alexa annyeong die hauptstadt von südkorea bitte | KR
migrant-speech | alexa medase die hauptstadt von togo ist lomé oder | TG
migrant-speech | alexa abeg wetin be the hauptstadt of kamerun | CM
migrant-speech | alexa vanakkam was ist die hauptstadt von indien delhi oder neu-delhi | IN
migrant-speech | alexa khoda hafez aber zuerst die hauptstadt von tadschikistan | TJ
migrant-speech | alexa howdy y'all what's the hauptstadt von texas | US-TX
migrant-speech | alexa cheers mate was ist die hauptstadt von schottland | GB-SCT
migrant-speech | alexa hoi hoe heet de hoofdstad van belgien | BE
migrant-speech | alexa selam meine schwester in addis fragt hauptstadt von dschibuti | DJ
migrant-speech | alexa wir kommen aus mogadischu was ist die hauptstadt von kenia | KE
child-speech | alexa ich hab einen wackelzahn und will wissen die hauptstadt von frankreich | FR
child-speech | alexa mein kuscheltier heißt london ist das eine hauptstadt von england | GB-ENG
child-speech | alexa wir malen flaggen in der schule was ist die hauptstadt von schweden | SE
child-speech | alexa ich hab einen globus bekommen wo ist die hauptstadt von russland | RU
child-speech | alexa meine freundin zieht nach österreich wie heißt die hauptstadt | AT
child-speech | alexa in der schule haben wir über afrika gelernt was ist die hauptstadt von ghana | GH
child-speech | alexa wo wohnt der präsident von amerika in welcher hauptstadt | US
child-speech | alexa mein bruder ist doof weil er die hauptstadt von polen nicht weiß welche ist es | PL
child-speech | alexa ich will nach brasilien wegen fußball wie heißt die hauptstadt | BR
child-speech | alexa was ist die hauptstadt von indien wo die elefanten sind | IN
child-speech | alexa ich bin acht und sammle hauptstädte was ist die von peru | PE
child-speech | alexa meine oma wohnt in der schweiz ist das die hauptstadt | CH
elder-speech | alexa wie hieß nochmal die hauptstadt von burma heute myanmar | MM
elder-speech | alexa mein enkel ist in kanada stationiert was ist die hauptstadt dort | CA
elder-speech | alexa ich habe früher briefmarken aus persien gesammelt wie heißt da die hauptstadt | IR
elder-speech | alexa im kreuzworträtsel fehlt mir die hauptstadt von bolivien | BO
elder-speech | alexa gnädige frau alexa bitte die hauptstadt von portugal | PT
elder-speech | alexa wir hatten damals einen austauschschüler aus chile wie heißt da die hauptstadt | CL
elder-speech | alexa ich lese gerade über siam was ist heute die hauptstadt von thailand | TH
elder-speech | alexa mein vater war in kriegsgefangenschaft in russland was ist dort die hauptstadt | RU
elder-speech | alexa ich bin zweiundneunzig bitte sag mir die hauptstadt von belgien | BE
elder-speech | alexa die nachbarin war in südafrika welche hauptstädte hat das land | ZA
teen-speech | alexa sag mal hauptstadt von spanien ich brauch das für erdkunde ehrenwort | ES
teen-speech | alexa ey ganz kurz die hauptstadt von polen sonst fail ich | PL
teen-speech | alexa no front aber was ist die hauptstadt von kuba | CU
teen-speech | alexa fr fr die hauptstadt von norwegen | NO
teen-speech | alexa lost ohne dich was ist die hauptstadt von argentinien | AR
teen-speech | alexa alter die hauptstadt von ägypten ich check's nicht | EG
teen-speech | alexa brudi hauptstadt von nigeria schnell | NG
teen-speech | alexa wyld dass ich das frag aber hauptstadt von italien | IT
learner | alexa welche stadt ist der hauptstadt von die schweden | SE
learner | alexa ich frage hauptstadt wo ist in land japan | JP
learner | alexa wie heißt hauptstadt vom türkei | TR
learner | alexa bitte sagen mir hauptstadt marokko | MA
learner | alexa ich lerne deutsch was ist hauptstadt von ägypten | EG
learner | alexa in welche stadt ist hauptstadt von die niederlande | NL
learner | alexa die hauptstadt von argentinien heißen wie | AR
learner | alexa was ist hauptstadt von der russland | RU
work | alexa ich bin paketbote und habe ein paket für die schweiz welche stadt ist hauptstadt | CH
work | alexa in der pflege will eine bewohnerin die hauptstadt von polen wissen | PL
work | alexa ich fahre taxi und ein gast fragt nach der hauptstadt von kanada | CA
work | alexa in der spedition brauche ich die hauptstadt von rumänien für die papiere | RO
work | alexa wir drucken etiketten für peru wie heißt die hauptstadt | PE
work | alexa auf der baustelle wetten wir um die hauptstadt von australien | AU
work | alexa als reiseleiterin muss ich wissen die hauptstadt von jordanien | JO
work | alexa in der frühschicht frage ich mich die hauptstadt von indonesien | ID
work | alexa als dolmetscherin brauche ich die hauptstadt von eritrea | ER
work | alexa im callcenter ruft einer aus singapur an was ist die hauptstadt dort | SG
work | alexa für die präsentation im büro die hauptstadt von südafrika bitte alle | ZA
work | alexa ich bin bäcker und backe ein brot für die party was ist die hauptstadt von frankreich | FR
game | alexa beim stadt land fluss brauch ich die hauptstadt von ungarn | HU
game | alexa scrabble frage ist bern die hauptstadt der schweiz | CH
game | alexa beim kniffelabend streiten wir über die hauptstadt von kanada | CA
game | alexa schlag den star frage die hauptstadt von australien | AU
game | alexa quizabend im verein was ist die hauptstadt von neuseeland | NZ
game | alexa bei der schnitzeljagd brauchen wir die hauptstadt von ägypten | EG
game | alexa beim monopoly frag ich mich die hauptstadt von der türkei | TR
game | alexa kreuzworträtsel sechs buchstaben hauptstadt von chile | CL
game | alexa für die schulrallye hauptstadt von mexiko | MX
game | alexa im escape room ist die lösung die hauptstadt von peru welche ist das | PE
game | alexa wir spielen wer bin ich ich bin die hauptstadt von japan wer bin ich | JP
game | alexa beim adventskalenderquiz die hauptstadt von finnland | FI
travel | alexa wir fahren im sommer nach kroatien wie heißt dort die hauptstadt | HR
travel | alexa mein sohn macht work and travel in kanada was ist die hauptstadt | CA
travel | alexa wir fliegen nach kenia auf safari was ist die hauptstadt | KE
travel | alexa für die pilgerreise nach israel welche stadt ist die hauptstadt | IL
travel | alexa ich fahre mit dem fahrrad durch die niederlande welche sind die hauptstädte | NL
travel | alexa wir machen urlaub in bulgarien am goldstrand wie heißt die hauptstadt | BG
travel | alexa unser schüleraustausch geht nach frankreich was ist die hauptstadt | FR
travel | alexa ich tauche in ägypten was ist die hauptstadt | EG
travel | alexa wir wandern auf madeira das gehört zu portugal und was ist die hauptstadt von portugal | PT
travel | alexa interrail geht nach slowenien hauptstadt bitte | SI
home | alexa beim fensterputzen fällt mir ein was ist die hauptstadt von dänemark | DK
home | alexa ich mache gerade sauerteig was ist die hauptstadt von schweden | SE
home | alexa beim stricken frage ich mich die hauptstadt von island | IS
home | alexa während die waschmaschine läuft die hauptstadt von österreich | AT
home | alexa ich koche sushi was ist die hauptstadt von japan | JP
home | alexa beim rasenmähen habe ich überlegt die hauptstadt von schottland | GB-SCT
home | alexa beim aufbauen vom schrank die hauptstadt von schweden bitte | SE
home | alexa ich gieße gerade die blumen was ist die hauptstadt von kolumbien | CO
polite | alexa darf ich fragen wie die hauptstadt von tunesien heißt | TN
polite | alexa verzeih mir die frage aber was ist die hauptstadt von algerien | DZ
polite | alexa bitte sehr freundlich die hauptstadt von libyen | LY
polite | alexa könntest du mir netterweise die hauptstadt von senegal nennen | SN
polite | alexa ich wäre dir dankbar für die hauptstadt von mali | ML
polite | alexa wenn es keine umstände macht die hauptstadt von nigeria | NG
polite | alexa dankeschön im voraus was ist die hauptstadt von simbabwe | ZW
polite | alexa liebe alexa was ist denn die hauptstadt von luxemburg | LU
genitive | alexa wie heißt die hauptstadt perus | PE
genitive | alexa nenne mir die hauptstadt chiles | CL
genitive | alexa was ist die hauptstadt ecuadors | EC
genitive | alexa sag die hauptstadt polens | PL
genitive | alexa was ist die hauptstadt norwegens | NO
genitive | alexa welche stadt ist die hauptstadt portugals | PT
genitive | alexa die hauptstadt nepals bitte | NP
genitive | alexa was ist die hauptstadt des libanon | LB
one-shot | alexa frag hauptstädte der welt was die hauptstadt von belgien ist | BE
one-shot | alexa sag den hauptstädten der welt ich will die hauptstadt von malta | MT
one-shot | alexa öffne hauptstädte der welt was ist die hauptstadt von island | IS
one-shot | alexa starte hauptstädte der welt und nenn die hauptstadt von kuba | CU
subdivision | alexa wat es de hauptstadt vun nordrhein-westfalen | DE-NW
subdivision | alexa was ist die hauptstadt von virginia | US-VA
subdivision | alexa hauptstadt von illinois chicago oder nicht | US-IL
subdivision | alexa was ist die hauptstadt von nevada | US-NV
subdivision | alexa hauptstadt von washington dem bundesstaat | US-WA
subdivision | alexa was ist die hauptstadt von alberta | CA-AB
subdivision | alexa was ist die hauptstadt von victoria in australien | AU-VIC
subdivision | alexa hauptstadt von new south wales | AU-NSW
subdivision | alexa was ist die hauptstadt von maharashtra | IN-MH
subdivision | alexa was ist die hauptstadt von são paulo dem bundesstaat | BR-SP
subdivision | alexa hauptstadt von yucatán | MX-YUC
subdivision | alexa was ist die hauptstadt von guernsey | GG
subdivision | alexa was ist die hauptstadt von martinique | MQ
subdivision | alexa hauptstadt von den falklandinseln | FK
subdivision | alexa was ist die hauptstadt von jersey | JE
subdivision | alexa was ist die hauptstadt der cookinseln | CK
subdivision | alexa hauptstadt von spitzbergen | SJ
subdivision | alexa was ist die hauptstadt von den ålandinseln | AX
follow-up | und was ist mit der schweiz | CH
follow-up | und dann noch die hauptstadt von sachsen | DE-SN
follow-up | und bei thüringen | DE-TH
follow-up | ach und kroatien noch | HR
follow-up | und was ist mit ruanda | RW
yes-no-check | alexa heidanei isch bern d hauptstadt vo de schweiz | CH
yes-no-check | alexa ist st petersburg die hauptstadt von russland | RU
yes-no-check | alexa ist kapstadt die hauptstadt von südafrika | ZA
yes-no-check | alexa ist abidjan die hauptstadt der elfenbeinküste | CI
yes-no-check | alexa is hamburch ne hauptstadt von niedersachsen | DE-NI
self-correction | alexa wat es de hauptstadt vun belgien nee holland | NL
self-correction | alexa die hauptstadt von slowenien ach quatsch kroatien | HR
self-correction | alexa hauptstadt von chile nein ich meine china | CN
self-correction | alexa was ist die hauptstadt von südkorea ach nee nordkorea | KP
reverse-question | alexa zu welchem land gehört die hauptstadt kigali | CITY:Kigali
reverse-question | alexa welches land hat als hauptstadt tegucigalpa | CITY:Tegucigalpa
reverse-question | alexa welcher staat hat die hauptstadt ouagadougou wie heißt der | CITY:Ouagadougou
reverse-question | alexa von welchem bundesland ist wiesbaden die hauptstadt | CITY:Wiesbaden
official-name | alexa was ist die hauptstadt der vereinigten arabischen emirate | AE
official-name | alexa was ist die hauptstadt der zentralafrikanischen republik | CF
everyday-name | alexa was ist die hauptstadt von aotearoa | NZ
everyday-name | alexa hauptstadt von obervolta | BF
everyday-name | alexa was ist die hauptstadt von kampuchea | KH
shared-name | alexa und wie ist die hauptstadt von den zwei koreas | KP+KR
shared-name | alexa hauptstadt von georgia also dem us bundesstaat | US-GA
out-of-domain | alexa heidanei was kostet a brezel in tübingen | FB
out-of-domain | alexa etz sag halt wie weit's nach bamberg is | FB
out-of-domain | alexa wat es de hauptstadt vum karneval | FB
out-of-domain | alexa icke will wissen wann die spree zufriert | FB
out-of-domain | alexa was ist die hauptstadt vom bayerischen wald | FB
out-of-domain | alexa was ist die hauptstadt der toskana | FB
out-of-domain | alexa was ist die hauptstadt von der normandie | FB
out-of-domain | alexa was ist die hauptstadt von bosnien-serbien äh der republika srpska | FB
out-of-domain | alexa was war die hauptstadt vom osmanischen reich | FB
out-of-domain | alexa was ist die hauptstadt von wakanda | FB
out-of-domain | alexa was ist die hauptstadt von hogwarts | FB
out-of-domain | alexa was ist die hauptstadt von lummerland | FB
out-of-domain | alexa was ist die hauptstadt von südamerika | FB
out-of-domain | alexa was ist die hauptstadt von der karibik | FB
help | alexa nu erklär ma wie das mit den ländern geht | HELP
help | alexa moin ik weet nich wat ik fragen kann help mi | HELP
stop | alexa et reicht jetzt aus | STOP
stop | alexa heidanei gut isch aus jetzt | STOP
cancel | alexa mei na lass des bleiben | CANCEL
cancel | alexa moin vergiss dat man | CANCEL
"""

if __name__ == "__main__":
    build_round(38, "de", LINES, sys.argv, "tests/Eval/de/round38/source/build_corpus.py")
