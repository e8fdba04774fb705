"""Round 39, German (de-DE): a new author's own mix, written blind (brief WRITER46.md). Speakers chosen away from
round 38's: Hessians and Mainzers ("ei gude wie", "babbel net", "ei verbibbsch"), the Ruhr ("boah ey", "kumma",
"getz", "hömma", "woll"), Brandenburg and Mecklenburg ("weeßte", "min jung", "hör mal tau"), Thuringia and Saxony-Anhalt
("nu sache mal", "heeßt"), Tyrol and Salzburg ("gea", "griaß di", "servus"), Zurich ("grüezi", "weisch"), Meenzer
Fastnacht. Turkish-German speakers and Kiezdeutsch ("lan", "abi", "kanka", "vallah", "yani"), Balkan speakers
("bre", "brate", "ajde", "kako se kaze"), Kosovo Albanians ("a po"), Spaniards and Latin Americans ("hombre", "vale",
"oye", "mira"), Arabic speakers ("yalla", "habibti", "shukran"), Indian and Pakistani IT workers ("yaar", "accha",
"bhai", "arre"), Filipino nurses ("ate", "po", "salamat"), Kazakh and Kyrgyz Russian speakers ("slushai", "blin"),
Maghreb French ("wesh", "ca va"), East and West Africans ("jambo", "asante", "kedu", "chale", "selam"), an American
("like"), Vietnamese, Thai, Chinese, Korean, Brazilian and Angolan greetings. Children (a first-grader's
Referat, puzzles, a stamp, pyramids and kangaroos), teenagers ("bro", "sheesh", "ehrenmann", "lowkey", "slay",
"no front"), elders (the Kegelclub trip, pen pals, the newspaper, a cruise, the old names Ceylon and Birma, the
nursing home quiz), learners (article, word order and preposition errors on purpose). Work: a lorry driver's freight
papers, customs, a night shift, a bakery at four, a garage, the fire brigade, a taxi, a call centre, visa papers,
bookkeeping, a hairdresser, an air traffic controller, a ship broker, a nurse, a travel agency, a kindergarten.
Games: Stadt Land Fluss, the crossword, a pub quiz, Wer wird Millionär, Trivial Pursuit, the naturalisation test,
Skat, Jeopardy, Tabu, Quizduell, geocaching, a campsite quiz, a wedding quiz. Plus the genitive, polite requests,
bare keyword requests, follow-ups, yes/no checks (the place asked about expected), self-corrections (the last place
named), reverse questions (CITY:<capital>), official and everyday names (old names too), shared names (Kongo, Korea,
Georgia, Jungferninseln, Dominica), plurals of every several-capital country and Palestine, subdivisions and
territories, launch, help, stop, cancel and out of domain (other requests, "Hauptstadt" and "Kapital" in other
senses, regions, historical and fictional places the data has no capital for).
`python3 tests/Eval/de/round39/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 39's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
regional-speech | ei gude alexa wie heißt dann die hauptstadt vun {} | andorra=AD; albanien=AL; armenien=AM
regional-speech | alexa babbel net so viel sach mir einfach die hauptstadt vun {} | angola=AO; argentinien=AR; österreich=AT
regional-speech | boah ey alexa kumma watt is getz die hauptstadt von {} | australien=AU; aserbaidschan=AZ; bosnien und herzegowina=BA
regional-speech | alexa sach ma watt die hauptstadt von {} is | barbados=BB; bangladesch=BD; belgien=BE
regional-speech | na alexa weeßte die hauptstadt von {} | burkina faso=BF; bulgarien=BG; bahrain=BH
regional-speech | alexa nu sache mal wie heeßt de hauptstadt von {} | burundi=BI; brunei=BN; brasilien=BR
regional-speech | alexa gea sag mir do schnell die hauptstadt vo {} | bahamas=BS; bhutan=BT; botsuana=BW
regional-speech | alexa sach mal wat is noch gleich die hauptstadt von {} | belarus=BY; belize=BZ; kanada=CA
code-switch | lan alexa abi was ist die hauptstadt von {} yani | zentralafrikanische republik=CF; schweiz=CH; chile=CL
code-switch | alexa vallah ich schwör ich weiß nicht was ist hauptstadt von {} | kamerun=CM; china=CN; kolumbien=CO
code-switch | alexa bre sag mir brate die hauptstadt von {} | costa rica=CR; kuba=CU; kap verde=CV
code-switch | alexa yaar what is the hauptstadt von {} na | zypern=CY; tschechien=CZ; deutschland=DE
code-switch | alexa hombre vale dime was ist die hauptstadt von {} | dschibuti=DJ; dänemark=DK; dominikanische republik=DO
code-switch | alexa like what's the capital of uh hauptstadt von {} | algerien=DZ; ecuador=EC; estland=EE
code-switch | alexa a po di was ist die hauptstadt von {} | ägypten=EG; eritrea=ER; spanien=ES
code-switch | alexa yalla ya albi hauptstadt von {} | äthiopien=ET; finnland=FI; fidschi=FJ
child | alexa meine lehrerin sagt ich soll die hauptstadt von {} rausfinden | mikronesien=FM; frankreich=FR; gabun=GA
child | alexa ich bin schon sieben und ich will wissen wie die hauptstadt von {} heißt | großbritannien=GB; grenada=GD; ghana=GH
child | alexa mama sagt du weißt alles was ist die hauptstadt von {} | gambia=GM; guinea=GN; äquatorialguinea=GQ
child | alexa für mein referat in der vierten klasse die hauptstadt von {} bitte | griechenland=GR; guatemala=GT; guinea bissau=GW
child | alexa wie heißt die hauptstadt von {} ich schreib das auf | guyana=GY; honduras=HN; kroatien=HR
elder | alexa mein enkel ist gerade in {} wie heißt da die hauptstadt | haiti=HT; ungarn=HU; indonesien=ID
elder | alexa ich hab früher brieffreunde in {} gehabt wie hieß denn da die hauptstadt | irland=IE; israel=IL; indien=IN
elder | alexa junge frau sagen sie mir doch bitte die hauptstadt von {} | irak=IQ; iran=IR; island=IS
elder | alexa wir sind mit dem kegelclub nach {} gefahren wie hieß noch die hauptstadt | italien=IT; jamaika=JM; jordanien=JO
elder | alexa ich komm nicht drauf die hauptstadt von {} | japan=JP; kenia=KE; kirgisistan=KG
work | alexa ich fahr lkw und brauch die hauptstadt von {} für die frachtpapiere | kambodscha=KH; kiribati=KI; komoren=KM
work | alexa für die zollanmeldung welche hauptstadt hat {} | st kitts und nevis=KN; kuwait=KW; kasachstan=KZ
work | alexa ich bin in der nachtschicht und muss wissen die hauptstadt von {} | laos=LA; libanon=LB; st lucia=LC
work | alexa der kunde fragt nach der hauptstadt von {} kannst du mir helfen | liechtenstein=LI; liberia=LR; lesotho=LS
work | alexa schnell zwischen zwei kunden die hauptstadt von {} | litauen=LT; luxemburg=LU; lettland=LV
game | alexa stadt land fluss ich brauch die hauptstadt von {} | libyen=LY; marokko=MA; monaco=MC
game | alexa kreuzworträtsel hauptstadt von {} wie viele buchstaben ist das | moldawien=MD; montenegro=ME; madagaskar=MG
game | alexa beim pubquiz kam die frage was die hauptstadt von {} ist | marshallinseln=MH; nordmazedonien=MK; mali=ML
game | alexa wer wird millionär frage hauptstadt von {} was ist richtig | myanmar=MM; mongolei=MN; mauretanien=MR
game | alexa wir spielen trivial pursuit die hauptstadt von {} bitte | malta=MT; mauritius=MU; malediven=MV
game | alexa einbürgerungstest übung wie heißt die hauptstadt von {} | malawi=MW; mexiko=MX; mosambik=MZ
teen | alexa bro was ist die hauptstadt von {} sheesh | namibia=NA; niger=NE; nigeria=NG
teen | alexa ey ich hab morgen erdkunde ex die hauptstadt von {} | nicaragua=NI; norwegen=NO; nepal=NP
teen | alexa alter sag einfach die hauptstadt von {} ich hab keinen bock | nauru=NR; neuseeland=NZ; oman=OM
teen | alexa läuft bei dir was ist die hauptstadt von {} | panama=PA; peru=PE; papua neuguinea=PG
learner | alexa bitte was ist hauptstadt in {} | philippinen=PH; pakistan=PK; polen=PL
learner | alexa ich möchte wissen die hauptstadt für {} | portugal=PT; palau=PW; paraguay=PY
learner | alexa wo ist der hauptstadt von {} | katar=QA; rumänien=RO; serbien=RS
learner | alexa welche stadt ist die hauptstadt von land {} | russland=RU; ruanda=RW; saudi arabien=SA
learner | alexa sagen sie bitte mir hauptstadt {} | salomonen=SB; seychellen=SC; sudan=SD
polite | alexa wärst du so lieb und sagst mir die hauptstadt von {} | schweden=SE; singapur=SG; slowenien=SI
polite | alexa entschuldige die störung wie lautet die hauptstadt von {} | slowakei=SK; sierra leone=SL; san marino=SM
polite | alexa dürfte ich dich nach der hauptstadt von {} fragen | senegal=SN; somalia=SO; suriname=SR
polite | alexa hättest du kurz die hauptstadt von {} für mich | südsudan=SS; sao tome und principe=ST; el salvador=SV
genitive | alexa was ist die hauptstadt {} | syriens=SY; togos=TG; thailands=TH
genitive | alexa nenne mir die hauptstadt {} | tadschikistans=TJ; turkmenistans=TM; tunesiens=TN
genitive | alexa wie heißt eigentlich die hauptstadt der {} | türkei=TR; mongolei=MN; ukraine=UA
direct | alexa hauptstadt {} | tschad=TD; osttimor=TL; tonga=TO
direct | alexa {} hauptstadt | trinidad und tobago=TT; tuvalu=TV; tansania=TZ
direct | alexa hauptstadt von {} bitte | uganda=UG; uruguay=UY; usbekistan=UZ
regional-speech | alexa moin wat hett {} för ne hauptstadt | st vincent und die grenadinen=VC; venezuela=VE; vietnam=VN
regional-speech | alexa wat is de hauptstadt von {} min jung | vanuatu=VU; samoa=WS; jemen=YE
regional-speech | alexa hasch du a ahnung was die hauptstadt vo {} isch | sambia=ZM; simbabwe=ZW; antigua und barbuda=AG
regional-speech | alexa sach mal wie heißt'n die hauptstadt von {} | afghanistan=AF; vereinigte arabische emirate=AE; usa=US
work | alexa ich bin krankenschwester und mein patient kommt aus {} was ist da die hauptstadt | südafrika=ZA; sri lanka=LK; benin=BJ
work | alexa für das reisebüro die hauptstadt von {} bitte | bolivien=BO; elfenbeinküste=CI; malaysia=MY
work | alexa im kindergarten fragen die kinder nach der hauptstadt von {} | niederlande=NL; eswatini=SZ; israel=IL
regional-speech | ei gude wie alexa was hat dann japan fer e hauptstadt | JP
regional-speech | alexa ei sach emol isch die hauptstadt von kenia nairobi oder wie | KE
regional-speech | alexa babbel mer emol was die hauptstadt von schweden is | SE
regional-speech | alexa hörsche mich weißt du die hauptstadt von norwegen | NO
regional-speech | alexa getz ma ehrlich watt is die hauptstadt von polen | PL
regional-speech | alexa kumma hier wie heißt die hauptstadt von holland | NL
regional-speech | alexa watt für ne hauptstadt hat eigentlich die türkei | TR
regional-speech | alexa dat is doch bekloppt ich weiß die hauptstadt von portugal nich mehr | PT
regional-speech | alexa woll sach ma die hauptstadt von dänemark | DK
regional-speech | alexa nu das will ich jetze wissen die hauptstadt von ungarn | HU
regional-speech | alexa heeßt die hauptstadt von tschechien nu prag oder ni | CZ
regional-speech | alexa mensch sag doch ma schnell wat die hauptstadt von russland is | RU
regional-speech | alexa icke bin hier aus brandenburg und wüsste jern die hauptstadt von finnland | FI
regional-speech | alexa na wie is dat nu mit der hauptstadt von estland | EE
regional-speech | alexa hör mal tau wat is de hauptstadt von lettland | LV
regional-speech | alexa sach an wo is de hauptstadt von litauen | LT
regional-speech | alexa grüß gott wie heißt denn die hauptstadt vom kosovo | XK
regional-speech | alexa servus sag amoi wia hoaßt de hauptstadt vo da slowakei | SK
regional-speech | alexa jo mei die hauptstadt von slowenien wia war des gleich | SI
regional-speech | alexa griaß di wos is de hauptstadt vo kroatien | HR
regional-speech | alexa geh weida die hauptstadt vo serbien sag halt | RS
regional-speech | alexa moin moin die hauptstadt von island bitte | IS
regional-speech | alexa allet klar bei dir watt is die hauptstadt von irland | IE
regional-speech | alexa ach herrje wie hieß noch die hauptstadt von belgien | BE
regional-speech | alexa grüezi was isch d hauptstadt vo österrich | AT
regional-speech | alexa weisch du d hauptstadt vo de schwiiz | CH
regional-speech | alexa sischer weißt du die hauptstadt vun luxemburg | LU
regional-speech | alexa mein gott walter die hauptstadt von griechenland | GR
regional-speech | alexa hömma die hauptstadt von zypern wie is die | CY
regional-speech | alexa wie heischt'n de hauptstadt vum libanon | LB
regional-speech | alexa sach emol die hauptstadt vun malta weißte die | MT
regional-speech | alexa ja gut äh die hauptstadt von albanien | AL
regional-speech | alexa ei verbibbsch wie heeßt die hauptstadt von bulgarien | BG
regional-speech | alexa also ich sach ma so die hauptstadt von rumänien | RO
regional-speech | alexa moin sach mal fix die hauptstadt von der ukraine an | UA
regional-speech | alexa büschen hilfe bitte die hauptstadt von belarus | BY
regional-speech | alexa wie heißt die hauptstadt von weißrussland noch gleich mein jung | BY
regional-speech | alexa nee ne die hauptstadt von montenegro weiß ich nich | ME
regional-speech | alexa auf gut meenzerisch was is die hauptstadt vun frankreich | FR
regional-speech | alexa die hauptstadt von spanien is doch madrid odder | ES
regional-speech | alexa weißte watt ich will die hauptstadt von italien hören | IT
regional-speech | alexa gell die hauptstadt von deutschland is berlin | DE
code-switch | alexa abi ich frag mal was ist die hauptstadt von der türkei lan | TR
code-switch | alexa kanka sag mal hauptstadt von aserbaidschan | AZ
code-switch | alexa yani wie heißt die hauptstadt von iran | IR
code-switch | alexa inschallah weißt du die hauptstadt von irak | IQ
code-switch | alexa wallah ich hab vergessen die hauptstadt von syrien | SY
code-switch | alexa ya habibti hauptstadt von jordanien | JO
code-switch | alexa bitte schnell hauptstadt von ägypten shukran | EG
code-switch | alexa kako se kaze die hauptstadt von bosnien | BA
code-switch | alexa e bre die hauptstadt von nordmazedonien | MK
code-switch | alexa ajde sag mir die hauptstadt von montenegro | ME
code-switch | alexa oye cual es die hauptstadt von kolumbien | CO
code-switch | alexa mira die hauptstadt von venezuela porfa | VE
code-switch | alexa la capital de peru ich mein die hauptstadt von peru | PE
code-switch | alexa bueno die hauptstadt von ecuador | EC
code-switch | alexa hey what's the capital of kanada also von kanada die hauptstadt | CA
code-switch | alexa okay so die hauptstadt von australien is it sydney | AU
code-switch | alexa ate sorry ha die hauptstadt von den philippinen | PH
code-switch | alexa salamat po die hauptstadt von indonesien | ID
code-switch | alexa accha die hauptstadt von indien batao na | IN
code-switch | alexa bhai die hauptstadt von pakistan kya hai | PK
code-switch | alexa arre die hauptstadt von bangladesch | BD
code-switch | alexa dobrze to jaka jest die hauptstadt von litauen | LT
code-switch | alexa slushai die hauptstadt von kasachstan | KZ
code-switch | alexa blin wie hieß die hauptstadt von kirgisistan | KG
code-switch | alexa nu die hauptstadt von usbekistan | UZ
code-switch | alexa tak die hauptstadt von tadschikistan bitte | TJ
code-switch | alexa merci alexa und die hauptstadt von marokko | MA
code-switch | alexa ca va die hauptstadt vom senegal | SN
code-switch | alexa wesh die hauptstadt von algerien | DZ
code-switch | alexa ey ma die hauptstadt von tunesien | TN
code-switch | alexa jambo die hauptstadt von tansania | TZ
code-switch | alexa asante die hauptstadt von kenia bitte nochmal | KE
code-switch | alexa kedu die hauptstadt von nigeria | NG
code-switch | alexa chale die hauptstadt von ghana | GH
code-switch | alexa selam die hauptstadt von äthiopien | ET
code-switch | alexa xin chào die hauptstadt von vietnam | VN
code-switch | alexa sawadee ka die hauptstadt von laos | LA
code-switch | alexa ni hao die hauptstadt von taiwan | TW
code-switch | alexa annyeong die hauptstadt von japan | JP
code-switch | alexa obrigada die hauptstadt von mosambik | MZ
code-switch | alexa tudo bem die hauptstadt von angola | AO
code-switch | alexa ciao bella die hauptstadt von san marino | SM
code-switch | alexa kalimera die hauptstadt von zypern | CY
code-switch | alexa hoi hoi die hauptstadt van suriname | SR
child | alexa wo wohnt der könig von thailand in welcher hauptstadt | TH
child | alexa die hauptstadt von ägypten wo die pyramiden sind | EG
child | alexa wo ist die hauptstadt von den kängurus in australien | AU
child | alexa was ist die hauptstadt vom land mit den pinguinen chile | CL
child | alexa meine freundin kommt aus eritrea wie heißt da die hauptstadt | ER
child | alexa mein papa fährt nach marokko was ist die hauptstadt | MA
child | alexa ich hab ein puzzle von afrika welche hauptstadt hat mali | ML
child | alexa hauptstadt von niger nicht nigeria niger | NE
child | alexa was ist die hauptstadt von brasilien wo der fußball herkommt | BR
child | alexa lena sagt die hauptstadt von argentinien ist tango stimmt das nicht oder | AR
child | alexa wie heißt die hauptstadt von kuba wo die alten autos fahren | CU
child | alexa ich will nach jamaika wie heißt da die hauptstadt | JM
child | alexa in welcher stadt wohnt der präsident von mexiko | MX
child | alexa wie heißt die hauptstadt von madagaskar wie im film | MG
child | alexa die hauptstadt von neuseeland wo die schafe sind | NZ
child | alexa ich hab eine briefmarke aus fidschi was ist da die hauptstadt | FJ
child | alexa was ist die hauptstadt von grönland | GL
child | alexa wie heißt die hauptstadt von dem land schweden wo ikea herkommt | SE
child | alexa mein opa war in kamerun was ist da die hauptstadt | CM
child | alexa wieso heißt die hauptstadt von panama auch panama | PA
child | alexa die hauptstadt von singapur ist das auch singapur | SG
elder | alexa ich höre nicht mehr so gut sprich langsam die hauptstadt von portugal | PT
elder | alexa früher war das ja alles anders die hauptstadt von kasachstan | KZ
elder | alexa hier ist die oma erna was ist die hauptstadt von österreich | AT
elder | alexa mein mann war im krieg in norwegen wie hieß die hauptstadt | NO
elder | alexa zu meiner zeit hieß das ceylon was ist heute da die hauptstadt | LK
elder | alexa mein lieber mann wie heißt denn die hauptstadt von birma | MM
elder | alexa wir waren neunzehnhundertachtzig in jugoslawien was ist heute die hauptstadt von kroatien | HR
elder | alexa ich les gerade die zeitung was ist die hauptstadt von südkorea | KR
elder | alexa die hauptstadt von nordkorea wie spricht man die aus | KP
elder | alexa auf der kreuzfahrt waren wir in barbados wie hieß denn da die hauptstadt | BB
elder | alexa im seniorenheim spielen wir ein quiz die hauptstadt von malta | MT
elder | alexa mein neffe arbeitet in katar was ist dort die hauptstadt | QA
elder | alexa was ist die hauptstadt von dem land mit dem zedernbaum libanon | LB
elder | alexa ich hab meinen rätselblock verlegt die hauptstadt von peru | PE
elder | alexa sie wissen doch so viel die hauptstadt von uruguay | UY
elder | alexa bitte nicht so schnell wie heißt die hauptstadt von paraguay | PY
elder | alexa hauptstadt von bolivien das ist doch la paz oder | BO
work | alexa bäckerei um vier uhr früh und ich will wissen die hauptstadt von georgien | GE
work | alexa in der werkstatt steht ein auto aus moldawien was ist da die hauptstadt | MD
work | alexa bei der feuerwehr wette die hauptstadt von island | IS
work | alexa für die lieferadresse die hauptstadt von oman | OM
work | alexa wir exportieren nach vietnam welche stadt ist die hauptstadt | VN
work | alexa ich bin taxifahrer und mein fahrgast kommt aus ruanda was ist die hauptstadt | RW
work | alexa im call center fragt einer nach der hauptstadt von uganda | UG
work | alexa für die visa unterlagen die hauptstadt von nigeria | NG
work | alexa ich mach die buchhaltung für eine firma in ghana welche hauptstadt hat ghana | GH
work | alexa unser neuer azubi kommt aus afghanistan was ist die hauptstadt | AF
work | alexa beim friseur kam die frage auf die hauptstadt von kuwait | KW
work | alexa im frachtbrief steht bahrain wie heißt die hauptstadt | BH
work | alexa die spedition fährt nach albanien welche hauptstadt | AL
work | alexa meine kollegin kommt aus sri lanka welche stadt ist die hauptstadt | LK
work | alexa ich bin fluglotse welche hauptstadt hat jemen | YE
work | alexa der schiffsmakler braucht die hauptstadt von liberia | LR
work | alexa wir haben einen auftrag aus sierra leone was ist die hauptstadt | SL
work | alexa der bauer nebenan hat eine praktikantin aus nepal was ist die hauptstadt | NP
game | alexa stadt land fluss mit b brauch ich eine hauptstadt von bhutan | BT
game | alexa kreuzworträtsel sechs buchstaben hauptstadt von chile | CL
game | alexa beim skat haben wir gewettet die hauptstadt von kanada | CA
game | alexa jeopardy frage diese stadt ist die hauptstadt von kenia | KE
game | alexa bei tabu darf ich nicht sagen also die hauptstadt von italien | IT
game | alexa quizduell frage die hauptstadt von ecuador | EC
game | alexa beim sudoku pause kurz die hauptstadt von gabun | GA
game | alexa geocaching rätsel die hauptstadt von tonga | TO
game | alexa wir machen ein länderquiz auf dem campingplatz die hauptstadt von mauritius | MU
game | alexa auf der hochzeit quiz hauptstadt von sambia | ZM
game | alexa für das rätsel im wartezimmer die hauptstadt von simbabwe | ZW
teen | alexa digga nein also bro die hauptstadt von korea süd | KR
teen | alexa sag mal cringe frage aber die hauptstadt von kanada | CA
teen | alexa no front aber was ist die hauptstadt von schottland | GB-SCT
teen | alexa ich schwöre die lehrerin fragt morgen die hauptstadt von dschibuti | DJ
teen | alexa ehrenmann was ist die hauptstadt von südsudan | SS
teen | alexa lowkey keine ahnung was die hauptstadt von katar ist | QA
teen | alexa slay sag mir die hauptstadt von vanuatu | VU
teen | alexa hauptstadt von liechtenstein aber schnell mein akku ist leer | LI
teen | alexa bruder im geiste was ist die hauptstadt von monaco | MC
learner | alexa ich komme aus syrien und ich lerne deutsch was ist die hauptstadt von tschad | TD
learner | alexa was ist das hauptstadt von tunesien | TN
learner | alexa wie heißen hauptstadt von land guinea | GN
learner | alexa die hauptstadt ist was von kamerun | CM
learner | alexa hauptstadt von mauretanien wo ist | MR
learner | alexa ich nicht weiß die hauptstadt von burkina faso | BF
learner | alexa welche ist hauptstadt der togo | TG
learner | alexa hauptstadt benin sag bitte | BJ
learner | alexa was für hauptstadt hat namibia | NA
learner | alexa kannst du sagen mir die hauptstadt von botswana | BW
learner | alexa ich will kennen hauptstadt von lesotho | LS
learner | alexa was ist die hauptstadt vom malawi | MW
learner | alexa die hauptstadt zu der somalia | SO
polite | alexa sei so gut und verrate mir die hauptstadt von ruanda | RW
polite | alexa ich hätte gern gewusst wie die hauptstadt von kongo brazzaville heißt | CG
polite | alexa würdest du mir freundlicherweise die hauptstadt von der demokratischen republik kongo sagen | CD
polite | alexa wenn es nicht zu viel verlangt ist die hauptstadt von burundi | BI
polite | alexa ich bitte um die hauptstadt von der zentralafrikanischen republik | CF
polite | alexa sag mir bitte ganz lieb die hauptstadt von dominica | DM
polite | alexa tust du mir einen gefallen und nennst mir die hauptstadt von saint lucia | LC
polite | alexa vielen dank schon mal was ist die hauptstadt von grenada | GD
polite | alexa bitte danke die hauptstadt von haiti | HT
polite | alexa es wäre nett wenn du mir die hauptstadt von honduras sagst | HN
polite | alexa könntest du bitte einmal die hauptstadt von guatemala nennen | GT
polite | alexa danke schön und die hauptstadt von nicaragua bitte | NI
polite | alexa bitte die hauptstadt von costa rica wenn du magst | CR
polite | alexa magst du mir die hauptstadt von el salvador verraten | SV
polite | alexa würdest du mir die hauptstadt von belize sagen | BZ
follow-up | alexa und was ist mit frankreich | FR
follow-up | alexa und jetzt noch portugal | PT
follow-up | alexa okay und bei ungarn | HU
follow-up | alexa gut und wie ist es bei den niederlanden äh nein bei dänemark | DK
follow-up | alexa und die von schweden | SE
follow-up | alexa noch eine und zwar chile | CL
follow-up | alexa alles klar und von peru | PE
follow-up | alexa danke und dann noch kenia | KE
follow-up | alexa jetzt die nächste indonesien | ID
follow-up | alexa und als nächstes thailand bitte | TH
follow-up | alexa weiter mit jordanien | JO
follow-up | alexa und wie sieht's bei der mongolei aus | MN
follow-up | alexa dann noch ghana und dann ist schluss | GH
follow-up | alexa ok verstanden und bei vietnam | VN
follow-up | alexa und von dem nachbarland polen | PL
follow-up | alexa und kasachstan hat welche | KZ
follow-up | alexa und was hat island für eine | IS
follow-up | alexa prima und jetzt nepal | NP
follow-up | alexa das gleiche für argentinien | AR
follow-up | alexa dieselbe frage für kolumbien | CO
follow-up | alexa und bei marokko ist es welche | MA
follow-up | alexa noch mal dasselbe mit irland | IE
follow-up | alexa hm und was ist mit australien | AU
follow-up | alexa jetzt bayern | DE-BY
follow-up | alexa und nun sachsen | DE-SN
follow-up | alexa und was ist mit texas | US-TX
follow-up | alexa und die nächste frage ägypten | EG
follow-up | alexa und für libyen | LY
plural-capitals | alexa welche hauptstädte hat südafrika | ZA
plural-capitals | alexa südafrika hat doch drei hauptstädte welche sind das | ZA
plural-capitals | alexa nenn mir alle hauptstädte von südafrika | ZA
plural-capitals | alexa ist es wahr dass bolivien zwei hauptstädte hat welche | BO
plural-capitals | alexa welche zwei hauptstädte hat bolivien | BO
plural-capitals | alexa sucre oder la paz was ist denn jetzt die hauptstadt von bolivien | BO
plural-capitals | alexa die niederlande haben zwei hauptstädte oder | NL
plural-capitals | alexa amsterdam oder den haag welche ist die hauptstadt von holland | NL
plural-capitals | alexa welche hauptstädte haben die niederlande | NL
plural-capitals | alexa malaysia hat doch zwei hauptstädte sag mal welche | MY
plural-capitals | alexa kuala lumpur und putrajaya sind beide hauptstadt von malaysia oder | MY
plural-capitals | alexa was sind die hauptstädte von malaysia | MY
plural-capitals | alexa sri lanka hat zwei hauptstädte wie heißen die | LK
plural-capitals | alexa colombo ist doch nicht mehr die einzige hauptstadt von sri lanka welche noch | LK
plural-capitals | alexa welche hauptstädte hat benin | BJ
plural-capitals | alexa benin porto novo oder cotonou was ist die hauptstadt | BJ
plural-capitals | alexa wie viele hauptstädte hat die elfenbeinküste | CI
plural-capitals | alexa abidjan oder yamoussoukro welche ist die hauptstadt der elfenbeinküste | CI
plural-capitals | alexa eswatini hat zwei hauptstädte welche sind das | SZ
plural-capitals | alexa welche hauptstädte hat swasiland | SZ
plural-capitals | alexa palästina welche hauptstädte hat das | PS
plural-capitals | alexa ramallah oder ostjerusalem was ist die hauptstadt von palästina | PS
plural-capitals | alexa welche städte gelten als hauptstadt von palästina | PS
plural-capitals | alexa sag mir beide hauptstädte von bolivien | BO
plural-capitals | alexa hat südafrika wirklich mehr als eine hauptstadt | ZA
plural-capitals | alexa alle hauptstädte von sri lanka bitte | LK
subdivision | alexa was ist die landeshauptstadt von hessen | DE-HE
subdivision | alexa die landeshauptstadt von thüringen ist erfurt oder weimar | DE-TH
subdivision | alexa welche stadt ist hauptstadt von mecklenburg vorpommern | DE-MV
subdivision | alexa was ist denn die landeshauptstadt von niedersachsen | DE-NI
subdivision | alexa landeshauptstadt von nordrhein westfalen köln oder düsseldorf | DE-NW
subdivision | alexa wie heißt die landeshauptstadt von rheinland pfalz | DE-RP
subdivision | alexa hauptstadt vom saarland | DE-SL
subdivision | alexa was ist die landeshauptstadt von schleswig holstein | DE-SH
subdivision | alexa welche stadt ist landeshauptstadt in sachsen anhalt | DE-ST
subdivision | alexa die hauptstadt von brandenburg ist potsdam oder | DE-BB
subdivision | alexa was ist die landeshauptstadt von baden württemberg | DE-BW
subdivision | alexa hauptstadt von bayern weißwurst city | DE-BY
subdivision | alexa was ist die hauptstadt von kalifornien | US-CA
subdivision | alexa die hauptstadt von new york ist nicht new york city oder | US-NY
subdivision | alexa was ist die hauptstadt von florida | US-FL
subdivision | alexa welche stadt ist die hauptstadt vom bundesstaat washington | US-WA
subdivision | alexa hauptstadt von hawaii | US-HI
subdivision | alexa was ist die hauptstadt von alaska | US-AK
subdivision | alexa welche stadt ist die hauptstadt von illinois | US-IL
subdivision | alexa was ist die hauptstadt von nevada las vegas | US-NV
subdivision | alexa die hauptstadt von pennsylvania bitte | US-PA
subdivision | alexa was ist die hauptstadt von michigan | US-MI
subdivision | alexa welche hauptstadt hat louisiana | US-LA
subdivision | alexa was ist die hauptstadt von ohio | US-OH
subdivision | alexa hauptstadt von massachusetts | US-MA
subdivision | alexa welche hauptstadt hat die provinz ontario | CA-ON
subdivision | alexa was ist die hauptstadt von québec | CA-QC
subdivision | alexa hauptstadt von british columbia | CA-BC
subdivision | alexa was ist die hauptstadt von alberta | CA-AB
subdivision | alexa welche hauptstadt hat nunavut | CA-NU
subdivision | alexa was ist die hauptstadt von queensland | AU-QLD
subdivision | alexa welche stadt ist die hauptstadt von tasmanien | AU-TAS
subdivision | alexa was ist die hauptstadt von new south wales | AU-NSW
subdivision | alexa hauptstadt von victoria in australien | AU-VIC
subdivision | alexa was ist die hauptstadt von bahia | BR-BA
subdivision | alexa welche hauptstadt hat der bundesstaat amazonas in brasilien | BR-AM
subdivision | alexa was ist die hauptstadt von minas gerais | BR-MG
subdivision | alexa was ist die hauptstadt von kerala | IN-KL
subdivision | alexa welche stadt ist die hauptstadt von maharashtra | IN-MH
subdivision | alexa hauptstadt von rajasthan | IN-RJ
subdivision | alexa was ist die hauptstadt von goa | IN-GA
subdivision | alexa was ist die hauptstadt von jalisco | MX-JAL
subdivision | alexa welche hauptstadt hat yucatán | MX-YUC
subdivision | alexa was ist die hauptstadt von oaxaca | MX-OAX
subdivision | alexa was ist die hauptstadt von wales | GB-WLS
subdivision | alexa wie heißt die hauptstadt von nordirland | GB-NIR
subdivision | alexa was ist die hauptstadt von england | GB-ENG
subdivision | alexa was ist die hauptstadt von grönland nuuk oder | GL
subdivision | alexa welche hauptstadt haben die färöer | FO
subdivision | alexa was ist die hauptstadt von puerto rico | PR
subdivision | alexa welche hauptstadt hat guam | GU
subdivision | alexa was ist die hauptstadt von gibraltar | GI
subdivision | alexa hauptstadt der bermudas | BM
subdivision | alexa was ist die hauptstadt von französisch polynesien | PF
subdivision | alexa welche hauptstadt hat neukaledonien | NC
subdivision | alexa was ist die hauptstadt von martinique | MQ
subdivision | alexa was ist die hauptstadt von réunion | RE
subdivision | alexa welche stadt ist die hauptstadt von curaçao | CW
subdivision | alexa was ist die hauptstadt von aruba | AW
subdivision | alexa was ist die hauptstadt der isle of man | IM
subdivision | alexa welche hauptstadt hat jersey die insel | JE
subdivision | alexa was ist die hauptstadt der falklandinseln | FK
subdivision | alexa hat hongkong eine hauptstadt | HK
subdivision | alexa was ist die hauptstadt von macau | MO
subdivision | alexa was ist die hauptstadt der antarktis | AQ
subdivision | alexa welche hauptstadt hat die westsahara | EH
subdivision | alexa was ist die hauptstadt von spitzbergen | SJ
subdivision | alexa was ist die hauptstadt der kaimaninseln | KY
subdivision | alexa welche hauptstadt hat die åland inseln | AX
subdivision | alexa was ist die hauptstadt von st helena | SH
subdivision | alexa welche stadt ist die hauptstadt der cookinseln | CK
yes-no-check | alexa ist canberra die hauptstadt von australien | AU
yes-no-check | alexa stimmt es dass sydney die hauptstadt von australien ist | AU
yes-no-check | alexa ist toronto die hauptstadt von kanada | CA
yes-no-check | alexa ist rio die hauptstadt von brasilien | BR
yes-no-check | alexa ist istanbul die hauptstadt der türkei | TR
yes-no-check | alexa die hauptstadt von marokko ist casablanca richtig | MA
yes-no-check | alexa ist zürich die hauptstadt der schweiz | CH
yes-no-check | alexa ist bern wirklich die hauptstadt der schweiz | CH
yes-no-check | alexa hab ich recht dass lagos die hauptstadt von nigeria ist | NG
yes-no-check | alexa ist almaty die hauptstadt von kasachstan | KZ
yes-no-check | alexa stimmt es dass die hauptstadt von vietnam ho chi minh stadt ist | VN
yes-no-check | alexa ist karatschi die hauptstadt von pakistan | PK
yes-no-check | alexa ist dubai die hauptstadt der emirate | AE
yes-no-check | alexa ist new york die hauptstadt der usa | US
yes-no-check | alexa ist mailand die hauptstadt von italien | IT
yes-no-check | alexa ist bonn noch die hauptstadt von deutschland | DE
yes-no-check | alexa ist krakau die hauptstadt von polen | PL
yes-no-check | alexa ist auckland die hauptstadt von neuseeland | NZ
yes-no-check | alexa ist kapstadt eine hauptstadt von südafrika | ZA
yes-no-check | alexa ist dar es salaam die hauptstadt von tansania | TZ
yes-no-check | alexa ist yangon die hauptstadt von myanmar | MM
yes-no-check | alexa ist tel aviv die hauptstadt von israel | IL
yes-no-check | alexa ist st petersburg die hauptstadt von russland | RU
yes-no-check | alexa ist lissabon die hauptstadt von portugal stimmt doch | PT
yes-no-check | alexa ist die hauptstadt von ecuador guayaquil | EC
yes-no-check | alexa ist salzburg die hauptstadt von österreich | AT
yes-no-check | alexa ist barcelona die hauptstadt von spanien | ES
yes-no-check | alexa ist münchen die hauptstadt von bayern | DE-BY
yes-no-check | alexa ist frankfurt die landeshauptstadt von hessen | DE-HE
yes-no-check | alexa ist los angeles die hauptstadt von kalifornien | US-CA
yes-no-check | alexa ist valletta die hauptstadt von malta gell | MT
yes-no-check | alexa ist abuja die hauptstadt von nigeria ja oder nein | NG
yes-no-check | alexa stimmt's dass bischkek die hauptstadt von kirgisistan ist | KG
yes-no-check | alexa ist montreal die hauptstadt von québec | CA-QC
self-correction | alexa was ist die hauptstadt von schweden nein norwegen | NO
self-correction | alexa die hauptstadt von österreich äh ich mein von ungarn | HU
self-correction | alexa hauptstadt von slowenien oder nee slowakei | SK
self-correction | alexa was ist die hauptstadt von island quatsch irland | IE
self-correction | alexa die hauptstadt von nigeria sorry niger | NE
self-correction | alexa was ist die hauptstadt von guinea nein guinea bissau | GW
self-correction | alexa die hauptstadt von paraguay nein uruguay mein ich | UY
self-correction | alexa hauptstadt von iran äh irak | IQ
self-correction | alexa was ist die hauptstadt von gambia ne sambia | ZM
self-correction | alexa hauptstadt von österreich ach nein australien | AU
self-correction | alexa was ist die hauptstadt von lettland oder warte litauen | LT
self-correction | alexa die hauptstadt von mali moment ich meinte malawi | MW
self-correction | alexa was ist die hauptstadt von dominica nein von der dominikanischen republik | DO
self-correction | alexa die hauptstadt von tunesien äh quatsch von algerien | DZ
self-correction | alexa was ist die hauptstadt von kroatien nee serbien | RS
self-correction | alexa hauptstadt von bulgarien ach ich mein rumänien | RO
self-correction | alexa was ist die hauptstadt von armenien nein aserbaidschan | AZ
self-correction | alexa was ist die hauptstadt von chile falsch von peru | PE
self-correction | alexa die hauptstadt von kenia stopp ich meine uganda | UG
self-correction | alexa hauptstadt von südkorea äh nein nordkorea | KP
self-correction | alexa was ist die hauptstadt von sudan ne südsudan | SS
self-correction | alexa die hauptstadt von bayern nein von baden württemberg | DE-BW
self-correction | alexa die hauptstadt von texas ich mein oklahoma | US-OK
self-correction | alexa was ist die hauptstadt von laos äh kambodscha | KH
self-correction | alexa die hauptstadt von schweden äh finnland | FI
self-correction | alexa hauptstadt von tschad ach nein sudan | SD
self-correction | alexa was ist die hauptstadt von honduras oder halt guatemala | GT
self-correction | alexa hauptstadt von mauritius nee ich meinte mauretanien | MR
self-correction | alexa die hauptstadt von bahrain sorry katar | QA
self-correction | alexa was ist die hauptstadt von kuba nein haiti | HT
reverse-question | alexa von welchem land ist tiflis die hauptstadt | CITY:Tiflis
reverse-question | alexa eriwan ist die hauptstadt von welchem land | CITY:Eriwan
reverse-question | alexa welches land hat ulaanbaatar als hauptstadt | CITY:Ulaanbaatar
reverse-question | alexa wovon ist ouagadougou die hauptstadt | CITY:Ouagadougou
reverse-question | alexa zu welchem land gehört die hauptstadt windhoek | CITY:Windhoek
reverse-question | alexa von welchem land ist reykjavík die hauptstadt | CITY:Reykjavík
reverse-question | alexa maputo ist hauptstadt von welchem staat | CITY:Maputo
reverse-question | alexa welches land hat die hauptstadt tegucigalpa | CITY:Tegucigalpa
reverse-question | alexa in welchem land ist bischkek die hauptstadt | CITY:Bischkek
reverse-question | alexa wessen hauptstadt ist vaduz | CITY:Vaduz
reverse-question | alexa von welchem land ist ljubljana die hauptstadt | CITY:Ljubljana
reverse-question | alexa welches land gehört zu der hauptstadt montevideo | CITY:Montevideo
reverse-question | alexa asmara ist die hauptstadt von welchem land | CITY:Asmara
reverse-question | alexa wo ist bamako hauptstadt | CITY:Bamako
reverse-question | alexa welches land hat nairobi als hauptstadt | CITY:Nairobi
reverse-question | alexa canberra ist die hauptstadt von was | CITY:Canberra
reverse-question | alexa von welchem land ist naypyidaw die hauptstadt | CITY:Naypyidaw
reverse-question | alexa welches land hat die hauptstadt thimphu | CITY:Thimphu
reverse-question | alexa pjöngjang ist hauptstadt welches landes | CITY:Pjöngjang
reverse-question | alexa zu welchem land gehört die hauptstadt paramaribo | CITY:Paramaribo
reverse-question | alexa wovon ist die hauptstadt dodoma | CITY:Dodoma
reverse-question | alexa bratislava ist die hauptstadt von welchem land | CITY:Bratislava
reverse-question | alexa welches land hat riga als hauptstadt | CITY:Riga
reverse-question | alexa von welchem land ist kigali die hauptstadt | CITY:Kigali
reverse-question | alexa wessen hauptstadt ist ankara | CITY:Ankara
reverse-question | alexa welches land hat die hauptstadt funafuti | CITY:Funafuti
reverse-question | alexa wo ist wiesbaden landeshauptstadt | CITY:Wiesbaden
reverse-question | alexa von welchem bundesland ist schwerin die hauptstadt | CITY:Schwerin
reverse-question | alexa sacramento ist die hauptstadt von welchem bundesstaat | CITY:Sacramento
reverse-question | alexa welches land hat gitega als hauptstadt | CITY:Gitega
reverse-question | alexa von welchem land ist lusaka die hauptstadt | CITY:Lusaka
reverse-question | alexa wessen hauptstadt ist kathmandu | CITY:Kathmandu
reverse-question | alexa zu welchem land gehört hanoi als hauptstadt | CITY:Hanoi
reverse-question | alexa welches land hat die hauptstadt podgorica | CITY:Podgorica
reverse-question | alexa von welchem land ist tallinn die hauptstadt | CITY:Tallinn
official-name | alexa was ist die hauptstadt der bundesrepublik deutschland | DE
official-name | alexa die hauptstadt der französischen republik bitte | FR
official-name | alexa welche hauptstadt hat die russische föderation | RU
official-name | alexa was ist die hauptstadt der vereinigten staaten von amerika | US
official-name | alexa wie heißt die hauptstadt der volksrepublik china | CN
official-name | alexa was ist die hauptstadt der republik österreich | AT
official-name | alexa hauptstadt der schweizerischen eidgenossenschaft | CH
official-name | alexa was ist die hauptstadt des vereinigten königreichs großbritannien und nordirland | GB
official-name | alexa welche hauptstadt hat die hellenische republik | GR
official-name | alexa was ist die hauptstadt der italienischen republik | IT
official-name | alexa was ist die hauptstadt der portugiesischen republik | PT
official-name | alexa was ist die hauptstadt der föderativen republik brasilien | BR
official-name | alexa welche stadt ist hauptstadt der argentinischen republik | AR
official-name | alexa was ist die hauptstadt der vereinigten mexikanischen staaten | MX
official-name | alexa was ist die hauptstadt der slowakischen republik | SK
official-name | alexa hauptstadt der tschechischen republik | CZ
official-name | alexa was ist die hauptstadt der kirgisischen republik | KG
official-name | alexa was ist die hauptstadt der libanesischen republik | LB
official-name | alexa was ist die hauptstadt der republik der union myanmar | MM
official-name | alexa was ist die hauptstadt der demokratischen republik kongo | CD
official-name | alexa die hauptstadt der republik kongo | CG
official-name | alexa was ist die hauptstadt der republik moldau | MD
official-name | alexa was ist die hauptstadt von brunei darussalam | BN
official-name | alexa was ist die hauptstadt von timor leste | TL
official-name | alexa was ist die hauptstadt von côte d'ivoire | CI
official-name | alexa was ist die hauptstadt von cabo verde | CV
official-name | alexa hauptstadt der vereinigten arabischen emirate | AE
official-name | alexa was ist die hauptstadt der republik indien | IN
official-name | alexa was ist die hauptstadt des königreichs der niederlande | NL
official-name | alexa was ist die hauptstadt des staates israel | IL
everyday-name | alexa was ist die hauptstadt von amerika | US
everyday-name | alexa die hauptstadt von england ich mein großbritannien | GB
everyday-name | alexa was ist die hauptstadt von holland | NL
everyday-name | alexa was ist die hauptstadt von der tschechei | CZ
everyday-name | alexa hauptstadt von weißrussland | BY
everyday-name | alexa was ist die hauptstadt von persien | IR
everyday-name | alexa was ist die hauptstadt von burma | MM
everyday-name | alexa was ist die hauptstadt von swasiland | SZ
everyday-name | alexa was ist die hauptstadt vom vatikan | VA
everyday-name | alexa was ist die hauptstadt von den emiraten | AE
everyday-name | alexa was ist die hauptstadt von mazedonien | MK
everyday-name | alexa was ist die hauptstadt von kapverden | CV
everyday-name | alexa was ist die hauptstadt von siam | TH
everyday-name | alexa was ist die hauptstadt von abessinien | ET
everyday-name | alexa was ist die hauptstadt von zaire | CD
everyday-name | alexa was ist die hauptstadt von rhodesien | ZW
everyday-name | alexa was ist die hauptstadt von den staaten | US
everyday-name | alexa was ist die hauptstadt vom uk | GB
everyday-name | alexa was ist die hauptstadt von kirgisien | KG
everyday-name | alexa was ist die hauptstadt von turkmenien | TM
everyday-name | alexa hauptstadt von der brd | DE
everyday-name | alexa was ist die hauptstadt von formosa | TW
everyday-name | alexa was ist die hauptstadt von der elfenbeinküste | CI
everyday-name | alexa was ist die hauptstadt von kampuchea | KH
everyday-name | alexa was ist die hauptstadt von osttimor | TL
everyday-name | alexa was ist die hauptstadt von moldau | MD
everyday-name | alexa hauptstadt von türkiye | TR
everyday-name | alexa was ist die hauptstadt von obervolta | BF
everyday-name | alexa was ist die hauptstadt von dahome | BJ
everyday-name | alexa was ist die hauptstadt von betschuanaland | BW
shared-name | alexa was ist die hauptstadt vom kongo | CD+CG
shared-name | alexa hauptstadt von kongo | CD+CG
shared-name | alexa welche hauptstadt hat der kongo | CD+CG
shared-name | alexa was ist die hauptstadt von korea | KP+KR
shared-name | alexa welche hauptstadt hat korea | KP+KR
shared-name | alexa die hauptstädte von nord und südkorea | KP+KR
shared-name | alexa was sind die hauptstädte der beiden koreas | KP+KR
shared-name | alexa was ist die hauptstadt von georgia | GE+US-GA
shared-name | alexa hauptstadt georgia | GE+US-GA
shared-name | alexa was ist die hauptstadt von georgia dem us bundesstaat | US-GA
shared-name | alexa georgia in amerika was ist da die hauptstadt | US-GA
shared-name | alexa was ist die hauptstadt von georgien dem land im kaukasus | GE
shared-name | alexa was ist die hauptstadt der jungferninseln | VG+VI
shared-name | alexa was ist die hauptstadt der britischen jungferninseln | VG
shared-name | alexa die hauptstadt der amerikanischen jungferninseln | VI
shared-name | alexa was ist die hauptstadt vom kongo mit kinshasa ich mein die demokratische republik | CD
shared-name | alexa die hauptstadt vom kleinen kongo der republik kongo | CG
shared-name | alexa welche hauptstadt hat südkorea | KR
shared-name | alexa die hauptstadt von nordkorea bitte | KP
shared-name | alexa was ist die hauptstadt von dominica nicht die dominikanische republik | DM
shared-name | alexa kongo hauptstadt | CD+CG
shared-name | alexa koreas hauptstadt | KP+KR
launch | alexa öffne welthauptstädte | LAUNCH
launch | alexa starte welthauptstädte | LAUNCH
launch | alexa mach mal welthauptstädte auf | LAUNCH
launch | alexa welthauptstädte öffnen bitte | LAUNCH
launch | alexa ich will welthauptstädte spielen | LAUNCH
launch | alexa starte bitte das hauptstädte quiz welthauptstädte | LAUNCH
launch | alexa öffne doch mal die welthauptstädte | LAUNCH
launch | alexa lass uns welthauptstädte starten | LAUNCH
launch | alexa geh auf welthauptstädte | LAUNCH
launch | alexa ei gude starte mol welthauptstädte | LAUNCH
launch | alexa mach ma welthauptstädte an | LAUNCH
launch | alexa kannst du welthauptstädte aufmachen | LAUNCH
launch | alexa öffne den skill welthauptstädte | LAUNCH
launch | alexa welthauptstädte starten | LAUNCH
launch | alexa frag welthauptstädte | LAUNCH
help | alexa wie funktioniert das hier | HELP
help | alexa was kann ich dich alles fragen | HELP
help | alexa ich versteh nicht wie das geht | HELP
help | alexa hilfe ich komm nicht klar | HELP
help | alexa erklär mir mal was ich sagen muss | HELP
help | alexa was muss ich sagen damit du mir eine hauptstadt sagst | HELP
help | alexa wie benutze ich das | HELP
help | alexa kannst du mir mal helfen wie das geht | HELP
help | alexa was geht hier überhaupt | HELP
help | alexa ich bin neu hier was kann das ding | HELP
help | alexa zeig mir wie ich fragen soll | HELP
help | alexa gibt es eine anleitung | HELP
help | alexa ich brauch hilfe mit dem spiel | HELP
help | alexa wie frag ich nach einer hauptstadt | HELP
help | alexa hä was soll ich jetzt machen | HELP
help | alexa meine oma weiß nicht wie das geht hilf ihr mal | HELP
help | alexa was sind die regeln | HELP
help | alexa ei wie geht dann des | HELP
help | alexa boah ey watt muss ich getz sagen | HELP
help | alexa hilf mir bitte ich check das nicht | HELP
help | alexa welche fragen verstehst du | HELP
help | alexa gib mir mal ein beispiel | HELP
help | alexa hilfe bitte | HELP
help | alexa was kann dieser skill | HELP
stop | alexa stopp jetzt | STOP
stop | alexa hör auf | STOP
stop | alexa schluss jetzt | STOP
stop | alexa das reicht danke | STOP
stop | alexa beenden bitte | STOP
stop | alexa ich hab keine lust mehr aus | STOP
stop | alexa halt die klappe | STOP
stop | alexa feierabend | STOP
stop | alexa genug für heute | STOP
stop | alexa ende aus | STOP
stop | alexa mach aus | STOP
stop | alexa sei still | STOP
stop | alexa beende welthauptstädte | STOP
stop | alexa tschüss bis morgen | STOP
stop | alexa ruhe jetzt bitte | STOP
stop | alexa getz is aber gut hör auf | STOP
stop | alexa ei horsch uff jetzt | STOP
stop | alexa lan hör auf jetzt | STOP
stop | alexa danke das wars | STOP
stop | alexa stopp stopp stopp | STOP
stop | alexa spiel beenden | STOP
stop | alexa aufhören | STOP
stop | alexa ich geh jetzt schlafen mach aus | STOP
cancel | alexa abbrechen | CANCEL
cancel | alexa vergiss es | CANCEL
cancel | alexa lass gut sein | CANCEL
cancel | alexa abbruch | CANCEL
cancel | alexa nee doch nicht | CANCEL
cancel | alexa ach egal | CANCEL
cancel | alexa storniere das | CANCEL
cancel | alexa nicht so wichtig vergiss die frage | CANCEL
cancel | alexa lass mal | CANCEL
cancel | alexa ich hab's mir anders überlegt | CANCEL
cancel | alexa brich ab | CANCEL
cancel | alexa zurück | CANCEL
cancel | alexa war doch nicht so gemeint abbrechen bitte | CANCEL
cancel | alexa schon gut vergiss das | CANCEL
cancel | alexa ne lass stecken | CANCEL
cancel | alexa boah ey vergiss et | CANCEL
cancel | alexa ach komm lass es | CANCEL
cancel | alexa frage zurückziehen | CANCEL
cancel | alexa abbrechen bitte danke | CANCEL
cancel | alexa vergiss was ich gesagt hab | CANCEL
cancel | alexa nein abbrechen | CANCEL
cancel | alexa annullieren | CANCEL
cancel | alexa ich will das nicht mehr bitte abbrechen | CANCEL
out-of-domain | alexa wie wird das wetter morgen in hannover | FB
out-of-domain | alexa stell einen wecker auf halb fünf | FB
out-of-domain | alexa spiel was von helene fischer | FB
out-of-domain | alexa wie viel uhr ist es in tokio | FB
out-of-domain | alexa wie viele einwohner hat berlin | FB
out-of-domain | alexa wie hoch ist die zugspitze | FB
out-of-domain | alexa wer hat gestern bundesliga gewonnen | FB
out-of-domain | alexa wie lange kocht man ein ei | FB
out-of-domain | alexa setz milch auf die einkaufsliste | FB
out-of-domain | alexa mach das licht im wohnzimmer an | FB
out-of-domain | alexa erzähl mir einen witz | FB
out-of-domain | alexa wie heißt der bundeskanzler | FB
out-of-domain | alexa was kostet ein liter diesel | FB
out-of-domain | alexa wie weit ist es von köln nach paris | FB
out-of-domain | alexa welche sprache spricht man in brasilien | FB
out-of-domain | alexa welche währung hat die schweiz | FB
out-of-domain | alexa wie groß ist russland | FB
out-of-domain | alexa wo liegt madagaskar auf der karte | FB
out-of-domain | alexa was ist der längste fluss der welt | FB
out-of-domain | alexa was ist der höchste berg in afrika | FB
out-of-domain | alexa wann ist der nächste feiertag | FB
out-of-domain | alexa wie sag ich danke auf japanisch | FB
out-of-domain | alexa ruf mama an | FB
out-of-domain | alexa spiel radio ffn | FB
out-of-domain | alexa lauter | FB
out-of-domain | alexa wie war das spiel von schalke | FB
out-of-domain | alexa wann fährt der nächste bus nach bochum | FB
out-of-domain | alexa gibt's ein rezept für handkäs mit musik | FB
out-of-domain | alexa was ist apfelwein auf englisch | FB
out-of-domain | alexa stell die heizung auf zweiundzwanzig grad | FB
out-of-domain | alexa was heißt lan auf türkisch | FB
out-of-domain | alexa wie spät ist es in istanbul | FB
out-of-domain | alexa welche flagge hat rot weiß rot | FB
out-of-domain | alexa wie viele länder gibt es auf der welt | FB
out-of-domain | alexa welches land ist das größte in afrika | FB
out-of-domain | alexa welche nationalhymne hat frankreich | FB
out-of-domain | alexa wer ist der präsident von amerika | FB
out-of-domain | alexa was ist die vorwahl von österreich | FB
out-of-domain | alexa wie viele bundesländer hat deutschland | FB
out-of-domain | alexa welcher kontinent ist ägypten | FB
out-of-domain | alexa wie heißt der größte see in afrika | FB
out-of-domain | alexa erinner mich an den zahnarzt um drei | FB
out-of-domain | alexa was läuft heute im fernsehen | FB
out-of-domain | alexa wie viel ist siebzehn mal dreizehn | FB
out-of-domain | alexa mein paket von amazon wo ist das | FB
out-of-domain | alexa wer hat den ersten weltkrieg angefangen | FB
out-of-domain | alexa buchstabiere rhythmus | FB
out-of-domain | alexa wie heißt die größte stadt in der türkei | FB
out-of-domain | alexa welche stadt in deutschland hat die meisten einwohner | FB
out-of-domain | alexa was ist die größte stadt von australien | FB
out-of-domain | alexa was ist die hauptstadt der mode | FB
out-of-domain | alexa welche stadt ist die hauptstadt des fahrrads | FB
out-of-domain | alexa was ist die heimliche hauptstadt von deutschland | FB
out-of-domain | alexa was ist die weinhauptstadt von rheinhessen | FB
out-of-domain | alexa welche stadt ist die kulturhauptstadt europas dieses jahr | FB
out-of-domain | alexa was ist die hauptstadt des ruhrgebiets | FB
out-of-domain | alexa was ist die hauptstadt vom schwarzwald | FB
out-of-domain | alexa was ist die hauptstadt von sibirien | FB
out-of-domain | alexa was ist die hauptstadt von lappland | FB
out-of-domain | alexa was ist die hauptstadt von katalonien | FB
out-of-domain | alexa was ist die hauptstadt von bali | FB
out-of-domain | alexa was ist die hauptstadt von sizilien | FB
out-of-domain | alexa was ist die hauptstadt von kreta | FB
out-of-domain | alexa was ist die hauptstadt von mallorca | FB
out-of-domain | alexa was ist die hauptstadt von tirol | FB
out-of-domain | alexa was ist die hauptstadt vom kanton zürich | FB
out-of-domain | alexa was ist die hauptstadt von südtirol | FB
out-of-domain | alexa was ist die hauptstadt von preußen | FB
out-of-domain | alexa was ist die hauptstadt der ddr gewesen | FB
out-of-domain | alexa was war die hauptstadt von jugoslawien | FB
out-of-domain | alexa was war die hauptstadt der sowjetunion | FB
out-of-domain | alexa was ist die hauptstadt von atlantis | FB
out-of-domain | alexa was ist die hauptstadt von mittelerde | FB
out-of-domain | alexa was ist die hauptstadt von entenhausen | FB
out-of-domain | alexa was ist die hauptstadt von europa | FB
out-of-domain | alexa was ist die hauptstadt von afrika | FB
out-of-domain | alexa was ist die hauptstadt von asien | FB
out-of-domain | alexa was ist die hauptstadt vom mond | FB
out-of-domain | alexa was ist die hauptstadt vom mars | FB
out-of-domain | alexa was ist die hauptstadt von kurdistan | FB
out-of-domain | alexa was ist die hauptstadt von tibet | FB
out-of-domain | alexa was ist die hauptstadt von tschetschenien | FB
out-of-domain | alexa was ist die hauptstadt von schlesien | FB
out-of-domain | alexa was ist die hauptstadt von ostfriesland | FB
out-of-domain | alexa was ist die hauptstadt von anatolien | FB
out-of-domain | alexa was ist die hauptstadt von patagonien | FB
out-of-domain | alexa was ist die hauptstadt von skandinavien | FB
out-of-domain | alexa was ist die hauptstadt vom balkan | FB
out-of-domain | alexa was ist die hauptstadt von der sahara | FB
out-of-domain | alexa was ist die hauptstadt von transsilvanien | FB
out-of-domain | alexa was ist die hauptstadt von flandern | FB
out-of-domain | alexa was ist die hauptstadt von sardinien | FB
out-of-domain | alexa was ist die hauptstadt vom elsass | FB
out-of-domain | alexa was ist die hauptstadt von kaschubien | FB
out-of-domain | alexa was ist die hauptstadt von narnia | FB
out-of-domain | alexa was ist die hauptstadt von schlumpfhausen | FB
out-of-domain | alexa was ist die hauptstadt von westeros | FB
out-of-domain | alexa was ist die hauptstadt von bielefeld gibt's das überhaupt | FB
out-of-domain | alexa was ist das stammkapital einer gmbh | FB
out-of-domain | alexa wie viel kapital brauche ich für eine firma | FB
out-of-domain | alexa wer hat das kapital geschrieben | FB
out-of-domain | alexa was heißt kapitalismus | FB
out-of-domain | alexa was ist ein kapitalverbrechen | FB
out-of-domain | alexa wie schreibt man hauptstadt groß oder klein | FB
out-of-domain | alexa was ist ein großbuchstabe auf englisch capital letter | FB
out-of-domain | alexa was bedeutet das wort hauptstadt | FB
out-of-domain | alexa welches ist das kapitel drei von harry potter | FB
out-of-domain | alexa wie viel eigenkapital braucht man für ein haus | FB
out-of-domain | alexa spiel das lied hauptstadt | FB
out-of-domain | alexa hauptstadtflughafen wann kommt mein flug an | FB
out-of-domain | alexa wer ist der bürgermeister von hamburg | FB
out-of-domain | alexa wie viele hauptstädte gibt es insgesamt | FB
out-of-domain | alexa welches land hat die meisten hauptstädte | FB
out-of-domain | alexa welche hauptstadt ist die älteste der welt | FB
out-of-domain | alexa welche hauptstadt liegt am höchsten | FB
out-of-domain | alexa nenn mir alle hauptstädte in europa | FB
out-of-domain | alexa wie kalt ist es gerade in moskau | FB
out-of-domain | alexa wie viele menschen wohnen in kairo | FB
out-of-domain | alexa wo ist das nächste kebap haus | FB
out-of-domain | alexa vallah wie spät ist es | FB
out-of-domain | alexa übersetze hauptstadt ins spanische | FB
out-of-domain | alexa lies mir ein hörbuch vor | FB
out-of-domain | alexa was ist die hauptstadt von hessen nein quatsch wie wird das wetter | FB
out-of-domain | alexa kannst du auch walisisch | FB
out-of-domain | alexa was ist dein lieblingsland | FB
out-of-domain | alexa bist du verheiratet | FB
out-of-domain | alexa ich hab hunger | FB
out-of-domain | alexa mach mir einen kaffee | FB
stop | alexa ei gude jetzt langt's aber mach schluss | STOP
stop | alexa boah ey getz is feierabend mit die hauptstädte | STOP
stop | alexa kanka hör auf mit dem quiz ich muss los | STOP
stop | alexa die kinder schlafen jetzt hör bitte auf | STOP
stop | alexa beende das hauptstadtspiel wir essen jetzt | STOP
stop | alexa servus des war's für heut | STOP
stop | alexa grüezi mitenand ich hör jetzt uff | STOP
stop | alexa ich muss zur nachtschicht mach das spiel aus | STOP
stop | alexa nu is aber schluss mit dem länderkram | STOP
stop | alexa yaar enough now stopp bitte | STOP
cancel | alexa ach nee die frage war falsch vergiss die | CANCEL
cancel | alexa lan vergiss das was ich gefragt hab | CANCEL
cancel | alexa moment lass die hauptstadt sein ich frag später | CANCEL
cancel | alexa ei des war nix brich des ab | CANCEL
cancel | alexa kumma lass dat mit dem land ma weg | CANCEL
cancel | alexa oma hat sich verquatscht abbrechen bitte | CANCEL
cancel | alexa blin falsche frage abbrechen | CANCEL
cancel | alexa nicht die hauptstadt suchen bitte abbrechen | CANCEL
help | alexa ich bin lehrerin wie kann ich das mit meiner klasse benutzen | HELP
help | alexa was für länder kennst du denn und wie frag ich | HELP
help | alexa abi wie geht dieses hauptstadt ding | HELP
help | alexa babbel mer emol wie des funktioniert | HELP
help | alexa kann ich auch nach bundesländern fragen wie geht das | HELP
out-of-domain | alexa wie viele einwohner hat die hauptstadt von peru | FB
out-of-domain | alexa welche sprache spricht man in der hauptstadt von belgien | FB
out-of-domain | alexa wie ist das wetter in der hauptstadt von norwegen | FB
out-of-domain | alexa zeig mir ein foto von der hauptstadt von ägypten | FB
out-of-domain | alexa buch mir einen flug in die hauptstadt von spanien | FB
out-of-domain | alexa wie weit ist die hauptstadt von polen von hier weg | FB
out-of-domain | alexa wie sagt man hauptstadt auf bayrisch | FB
out-of-domain | alexa wann wurde berlin hauptstadt | FB
out-of-domain | alexa warum ist bonn keine hauptstadt mehr | FB
out-of-domain | alexa was ist die hauptstadt vom rheingau | FB
out-of-domain | alexa was ist die hauptstadt vom sauerland | FB
out-of-domain | alexa was ist die hauptstadt vom allgäu | FB
out-of-domain | alexa was ist die hauptstadt der eifel | FB
out-of-domain | alexa was ist die hauptstadt von der lausitz | FB
out-of-domain | alexa was ist die hauptstadt der uckermark | FB
out-of-domain | alexa was ist die hauptstadt von andalusien | FB
out-of-domain | alexa was ist die hauptstadt von der provence | FB
out-of-domain | alexa was ist die hauptstadt von siebenbürgen | FB
out-of-domain | alexa was ist die hauptstadt von bessarabien | FB
out-of-domain | alexa was ist die hauptstadt von ostpreußen gewesen | FB
out-of-domain | alexa was war die hauptstadt vom heiligen römischen reich | FB
out-of-domain | alexa was ist die hauptstadt von mordor | FB
out-of-domain | alexa was ist die hauptstadt von gallien bei asterix | FB
out-of-domain | alexa was ist die hauptstadt von dem sims land | FB
out-of-domain | alexa was ist die hauptstadt vom nordpol | FB
out-of-domain | alexa was ist die hauptstadt von ozeanien | FB
out-of-domain | alexa was ist die hauptstadt vom nahen osten | FB
out-of-domain | alexa was ist die hauptstadt der currywurst | FB
out-of-domain | alexa welche stadt nennt man die hauptstadt der liebe | FB
out-of-domain | alexa wie viel kapitalertragssteuer muss ich zahlen | FB
out-of-domain | alexa zeig mir mein depot und das kapital | FB
out-of-domain | alexa was ist der kapitän von bayern münchen | FB
out-of-domain | alexa ich hab heute meinen einbürgerungstest bestanden | FB
regional-speech | alexa ei gude wie und was hat dann ägypten fer e hauptstadt | EG
regional-speech | alexa hömma welche hauptstadt hat dat land chile | CL
regional-speech | alexa woll die hauptstadt vom sauerland gibbet nich aber die von frankreich | FR
regional-speech | alexa kumma die hauptstadt von mexiko sach ma | MX
regional-speech | alexa griaß di was isch die hauptstadt vo südtirol ah na von italien | IT
regional-speech | alexa heeßt die hauptstadt von brasilien brasilia nu oder ni | BR
regional-speech | alexa ich sach ma die hauptstadt von china is peking woll | CN
regional-speech | alexa servus welche hauptstadt hat indien | IN
code-switch | alexa kanka hauptstadt von pakistan yani islamabad mi | PK
code-switch | alexa ya sahbi die hauptstadt von saudi arabien | SA
code-switch | alexa habibi hauptstadt vom oman | OM
code-switch | alexa vale pues die hauptstadt von argentinien | AR
code-switch | alexa na brate welche hauptstadt hat bosnien | BA
code-switch | alexa salamat die hauptstadt von malaysia eins davon reicht | MY
code-switch | alexa accha und die hauptstadt von sri lanka | LK
code-switch | alexa jambo rafiki hauptstadt von uganda | UG
child | alexa ich male eine flagge von japan wie heißt da die hauptstadt | JP
child | alexa mein kuscheltier ist ein löwe aus kenia was ist da die hauptstadt | KE
child | alexa wie heißt die hauptstadt von dem eisland island | IS
child | alexa kannst du mir die hauptstadt von indien sagen da gibt es elefanten | IN
child | alexa welche hauptstadt hat russland das riesenland | RU
child | alexa wo wohnt der könig von dänemark in welcher hauptstadt | DK
child | alexa meine tante wohnt in kanada was ist die hauptstadt | CA
elder | alexa mein doktor kommt aus syrien wie heißt die hauptstadt da | SY
elder | alexa ich war als junges mädchen in der türkei die hauptstadt war ankara oder | TR
elder | alexa mein verstorbener mann kam aus schlesien jetzt polen was ist da die hauptstadt | PL
elder | alexa wir hatten pakete nach rumänien geschickt was ist die hauptstadt | RO
elder | alexa die hauptstadt von ungarn war früher ja zwei städte wie heißt sie | HU
elder | alexa im radio kam was von georgien wie heißt da die hauptstadt | GE
work | alexa ich kassiere gerade eine kundin aus china welche hauptstadt hat china | CN
work | alexa im pflegeheim fragt ein bewohner nach der hauptstadt von kuba | CU
work | alexa der neue kollege aus eritrea fragt ob ich die hauptstadt kenne | ER
work | alexa für den dolmetscherauftrag die hauptstadt von äthiopien | ET
work | alexa wir liefern kaffee nach kolumbien welche hauptstadt hat kolumbien | CO
work | alexa beim bund fragt der spieß die hauptstadt von litauen | LT
game | alexa stadt land fluss mit m hauptstadt von mali | ML
game | alexa kreuzworträtsel acht buchstaben hauptstadt von venezuela | VE
game | alexa quizabend in der kneipe welche hauptstadt hat vietnam | VN
game | alexa bei activity muss ich die hauptstadt von jordanien wissen | JO
game | alexa wir spielen stille post mit hauptstädten die von syrien bitte | SY
teen | alexa bro ich bin lost die hauptstadt von usbekistan | UZ
teen | alexa wild aber was ist die hauptstadt von nauru | NR
teen | alexa ich wette mit meinem bruder die hauptstadt von lettland | LV
learner | alexa ich bin aus afghanistan und ich suche hauptstadt von meine land | AF
learner | alexa was ist der hauptstadt der ukraine | UA
learner | alexa wie heißt hauptstadt von die niederlande ich lerne | NL
learner | alexa ich habe frage hauptstadt von eswatini | SZ
yes-no-check | alexa ist kairo die hauptstadt von ägypten oder alexandria | EG
yes-no-check | alexa ist sucre die hauptstadt von bolivien ja | BO
yes-no-check | alexa ist astana jetzt die hauptstadt von kasachstan | KZ
yes-no-check | alexa ist hamburg die hauptstadt von niedersachsen | DE-NI
yes-no-check | alexa ist chicago die hauptstadt von illinois | US-IL
yes-no-check | alexa ist vancouver die hauptstadt von british columbia | CA-BC
yes-no-check | alexa ist rabat die hauptstadt von marokko | MA
yes-no-check | alexa ist edinburgh die hauptstadt von schottland | GB-SCT
follow-up | alexa und bei den bahamas | BS
follow-up | alexa und wie is es mit simbabwe | ZW
follow-up | alexa und ecuador auch noch | EC
follow-up | alexa nächstes land kroatien | HR
follow-up | alexa gut und jetzt noch hessen | DE-HE
everyday-name | alexa was ist die hauptstadt von den usa | US
everyday-name | alexa die hauptstadt von saudi bitte | SA
everyday-name | alexa hauptstadt von kongo kinshasa | CD
everyday-name | alexa was ist die hauptstadt von der dr kongo | CD
everyday-name | alexa was ist die hauptstadt von ceylon | LK
"""

if __name__ == "__main__":
    build_round(39, "de", LINES, sys.argv, "tests/Eval/de/round39/source/build_corpus.py")
