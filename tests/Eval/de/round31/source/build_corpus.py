"""Round 31, German (de-DE): a new author's own mix, written blind. Speakers chosen away from rounds 27-30:
Saxons in Leipzig, Dresden and the Erzgebirge ("nu", "gugge ma", "weeß ni", "was isn de hauptstadt", "ei verbibbsch",
a Bemme and a Kaffeeschälchen), Swabians in Stuttgart ("hano", "ha noi", "isch", "bissle", "jetzetle", the Kehrwoche,
Maultaschen), Hamburg and the port ("na min jung", "büschen", "schietwetter", "klönen", the Fischmarkt, a harbour
launch), Luxembourgers ("moien", "wat ass d'haaptstad vu", "merci", "äddi", "villmools merci"), Alsatians in Strasbourg
("hopla", "jo", "alors", "ben", "gell"), German Namibians in Windhoek and Swakopmund ("ag man", "lekker", "nooit",
"is gut so", the bakkie, the braai), Afghan families ("bale", "tashakor", "jan", "khub", learner order), Filipino
nurses in Munich ("ate", "kuya", "po", "salamat", "ano"), the Japanese community in Düsseldorf ("ano", "eto",
"sumimasen", "hai", "sou desu ne", learner order), American soldiers' families around Kaiserslautern and Ramstein
("okay so", "like", "dude", "my wife says", starting in English), Dutch neighbours over the border ("nou", "hè",
"even", "hoe heet", "gezellig"), Kosovo-Albanian families ("po", "hajt", "faleminderit", "vlla", the nana),
a fourteen-year-old streaming on Twitch ("chat", "gg", "ehrenmann", "lets go"), journeymen carpenters on the Walz
("fremder", "zimmermann auf der walz"), a Frankfurt taxi driver, an eight-year-old and her
brother, a hard-of-hearing grandmother and her grandson, Duolingo learners. At work: a train conductor ("meine
damen und herren"), a chimney sweep, a volunteer fire brigade, a ship's cook on a container ship, a florist, a
cleaning crew in an office tower. Games and sport: "Wer wird Millionär" on TV (the fifty-fifty
and the audience joker), Quizduell, Trivial Pursuit, a Skat evening, ice hockey, the Paralympics, a sailing regatta
on the Müggelsee, a climbing gym, golf. Travel: the Hurtigruten, a honeymoon on Mauritius, the passport office, a
hostel, a round trip through Uruguay. Home: laundry, knitting, a sick child, the baby at three in the morning. Plus case and the genitive, the polite Sie, terse forms, fillers and tails, one-shot
requests with the invocation name "hauptstädte der welt", launch, follow-ups, checks with right and wrong guesses,
self-corrections (marked "nein warte", "ich meine", "sorry", "ach nee", "ich hab mich versprochen", "besser gesagt",
"halt nee", "quatsch"), reverse questions, official, old and everyday names, shared names, plurals (every
several-capital country and Palestine), subdivisions and territories, help, stop, cancel and out-of-domain near misses
(regions the data lacks such as Austrian states, Swiss cantons and Italian regions, fictional places, "kapital" and
"hauptstadt" in other senses, other facts about named countries, everyday requests). Recognition forms: homophones
("oh mann" for Oman, "to go" for Togo, "butan" for Bhutan, "in dien" for Indien), split words, lost letters
("haupstat", "haupt stadt fon"), "vor" heard for "von", spelled-out umlauts, misspellings, English spellings.
`python3 tests/Eval/de/round31/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 31's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
plain-question | alexa sag mir doch mal die hauptstadt von {} | peru=PE; bolivien=BO; chile=CL
plain-question | was ist denn bitte die hauptstadt von {} | rumänien=RO; bulgarien=BG; serbien=RS
plain-question | die hauptstadt von {} wie heißt die | albanien=AL; nordmazedonien=MK; kroatien=HR
plain-question | weißt du zufällig die hauptstadt von {} | nepal=NP; bangladesch=BD; pakistan=PK
plain-question | was ist eigentlich die hauptstadt in {} | kamerun=CM; gabun=GA; äquatorialguinea=GQ

saxon | nu alexa was isn de hauptstadt von {} | polen=PL; tschechien=CZ; ungarn=HU
saxon | ei verbibbsch wie heeßt denn de hauptstadt von {} | litauen=LT; lettland=LV; estland=EE
saxon | mir sitzen hier beim kaffeeschälchen und keener weeß de hauptstadt von {} | georgien=GE; armenien=AM; aserbaidschan=AZ
saxon | nu klar weeß ich das ni was is de hauptstadt von {} | belarus=BY; der ukraine=UA; moldawien=MD
saxon | nee nu wart ma alexa hauptstadt von {} | kasachstan=KZ; kirgistan=KG; tadschikistan=TJ

swabian | jetzetle sag mir amol d hauptstadt von {} | portugal=PT; spanien=ES; andorra=AD
swabian | ha noi i komm ned drauf wie heißt d hauptstadt von {} | italien=IT; san marino=SM; malta=MT
swabian | mir machet grad maultasche und mei frau will d hauptstadt von {} wisse | griechenland=GR; zypern=CY; der türkei=TR
swabian | i hab kehrwoch aber sag mir schnell d hauptstadt von {} | marokko=MA; algerien=DZ; mauretanien=MR
swabian | a bissle was zum lerne alexa hauptstadt von {} | indonesien=ID; malaysia=MY; den philippinen=PH
swabian | gell du weisch doch d hauptstadt von {} | thailand=TH; vietnam=VN; kambodscha=KH

hamburg | alexa büschen schietwetter heute sag mal die hauptstadt von {} | ghana=GH; nigeria=NG; senegal=SN
hamburg | wir klönen hier am fischmarkt über die hauptstadt von {} | chile=CL; argentinien=AR; paraguay=PY
hamburg | auf der hafenrundfahrt liegt ein schiff aus {} was ist da die hauptstadt | liberia=LR; panama=PA; malta=MT
hamburg | nu man to alexa die hauptstadt von {} | jamaika=JM; haiti=HT; barbados=BB
hamburg | der kapitän fragt nach der hauptstadt von {} | singapur=SG; sri lanka=LK; den malediven=MV

luxembourg | moien alexa wat ass d'haaptstad vu {} | portugal=PT; kap verde=CV; brasilien=BR
luxembourg | ech wëll wëssen wat d'haaptstad vu {} ass | montenegro=ME; bosnien=BA; kosovo=XK
luxembourg | alexa sag mir bitte die hauptstadt von {} villmools merci | liechtenstein=LI; monaco=MC; der schweiz=CH
luxembourg | äddi fast vergessen wat ass d'haaptstad vun {} | italien=IT; griechenland=GR

alsace | hopla alexa wie heißt d hauptstadt vo {} | marokko=MA; tunesien=TN; senegal=SN
alsace | alors jo was isch d hauptstadt vo {} | madagaskar=MG; mauritius=MU; den komoren=KM
alsace | ben gell sag mir mol die hauptstadt von {} | elfenbeinküste=CI; burkina faso=BF; mali=ML
alsace | mir sin in strasbourg und wann mir wisse wie die hauptstadt vo {} heißt | dschibuti=DJ; tschad=TD; niger=NE

namibian | ag man alexa wat is die hauptstadt von {} | botsuana=BW; sambia=ZM; angola=AO
namibian | ag man sag mal die hauptstadt von {} | südafrika=ZA; simbabwe=ZW; lesotho=LS
namibian | lekker beim braai was ist nochmal die hauptstadt von {} | mosambik=MZ; malawi=MW; tansania=TZ
namibian | nooit ich weiß es nicht welche stadt ist hauptstadt von {} | namibia=NA; eswatini=SZ; madagaskar=MG
namibian | is gut so und die hauptstadt von {} | kenia=KE; uganda=UG; ruanda=RW

afghan-family | bale alexa hauptstadt von {} was ist | afghanistan=AF; iran=IR; pakistan=PK
afghan-family | jan sag bitte hauptstadt von {} | usbekistan=UZ; turkmenistan=TM; tadschikistan=TJ
afghan-family | mein sohn fragt welche stadt ist hauptstadt von {} khub | saudi-arabien=SA; den emiraten=AE; kuwait=KW
afghan-family | khub khub ich lerne deutsch wie heißt hauptstadt von {} | irak=IQ; syrien=SY; jordanien=JO

filipino-nurse | ate fragt alexa was ist die hauptstadt von {} po | den philippinen=PH; japan=JP; südkorea=KR
filipino-nurse | ano ba alexa die hauptstadt von {} bitte | papua-neuguinea=PG; osttimor=TL; brunei=BN
filipino-nurse | salamat alexa und die hauptstadt von {} | palau=PW; mikronesien=FM; guam=GU
filipino-nurse | kuya will wissen die hauptstadt von {} nach der schicht | taiwan=TW; laos=LA; myanmar=MM
filipino-nurse | nach dem nachtdienst im klinikum was ist die hauptstadt von {} po | nauru=NR; kiribati=KI; tuvalu=TV

japanese-community | ano sumimasen was ist die hauptstadt von {} | japan=JP; der mongolei=MN; nordkorea=KP
japanese-community | eto die hauptstadt von {} bitte | vanuatu=VU; samoa=WS; tonga=TO
japanese-community | hai hai und von {} die hauptstadt ist welche | den salomonen=SB; den marshallinseln=MH; neuseeland=NZ
japanese-community | sou desu ne alexa wie heißt die hauptstadt von {} | bhutan=BT; nepal=NP; sri lanka=LK

us-base | okay so alexa was ist die hauptstadt von {} | honduras=HN; el salvador=SV; nicaragua=NI
us-base | dude what's the hauptstadt von {} | guatemala=GT; belize=BZ; costa rica=CR
us-base | my wife says ask alexa die hauptstadt von {} | kanada=CA; grenada=GD; dominica=DM
us-base | like was ist die hauptstadt von {} again | trinidad und tobago=TT; den bahamas=BS; antigua und barbuda=AG
us-base | okay um wie heißt die capital von {} | venezuela=VE; kolumbien=CO; guyana=GY


dutch-border | nou alexa hoe heet die hauptstadt von {} | suriname=SR; aruba=AW; curaçao=CW
dutch-border | wir sind aus venlo zum einkaufen hier was ist die hauptstadt von {} | schweden=SE; polen=PL; österreich=AT
dutch-border | gezellig hier nou die hauptstadt von {} weißt du die | südafrika=ZA; sri lanka=LK; ghana=GH

albanian-family | po alexa was ist die hauptstadt von {} | albanien=AL; kosovo=XK; nordmazedonien=MK
albanian-family | hajt vlla sag mal hauptstadt von {} | montenegro=ME; serbien=RS; griechenland=GR
albanian-family | die nana fragt welche ist die hauptstadt von {} faleminderit | kroatien=HR; bosnien und herzegowina=BA; slowenien=SI

twitch-streamer | okay chat wir fragen alexa was ist die hauptstadt von {} | kasachstan=KZ; mongolei=MN; aserbaidschan=AZ
twitch-streamer | chat sagt {} also alexa was ist da die hauptstadt | burundi=BI; dschibuti=DJ; eritrea=ER
twitch-streamer | lets go alexa hauptstadt von {} gg | somalia=SO; äthiopien=ET; sudan=SD
twitch-streamer | ehrenmann alexa was ist die hauptstadt von {} der chat streitet | südsudan=SS; der zentralafrikanischen republik=CF; tschad=TD

walz-journeyman | moin fremder zimmermann auf der walz fragt nach der hauptstadt von {} | norwegen=NO; schweden=SE; finnland=FI
walz-journeyman | wir sind seit drei jahren auf der walz was ist die hauptstadt von {} | schottland=GB-SCT; irland=IE; island=IS
walz-journeyman | mein nächstes ziel ist {} alexa welche stadt ist dort hauptstadt | neuseeland=NZ; kanada=CA; australien=AU

taxi-driver | so junger mann ich fahr taxi in frankfurt was ist die hauptstadt von {} | eritrea=ER; äthiopien=ET; marokko=MA
taxi-driver | an der ampel kurz alexa die hauptstadt von {} | sierra leone=SL; gambia=GM; guinea-bissau=GW
taxi-driver | mein fahrgast kommt aus {} was ist da die hauptstadt | togo=TG; benin=BJ; guinea=GN

work | als schornsteinfeger weiß man viel aber die hauptstadt von {} nicht | liechtenstein=LI; luxemburg=LU; san marino=SM
work | wir von der freiwilligen feuerwehr wollen die hauptstadt von {} wissen | libanon=LB; israel=IL; jordanien=JO
work | der smutje auf dem containerschiff fragt die hauptstadt von {} | mauritius=MU; seychellen=SC; madagaskar=MG
work | im blumenladen kommen die rosen aus {} was ist die hauptstadt | kenia=KE; ecuador=EC; kolumbien=CO
work | wir putzen nachts im bürohaus alexa hauptstadt von {} | oman=OM; jemen=YE; bahrain=BH

quiz-show | ich nehm den publikumsjoker alexa was ist die hauptstadt von {} | bhutan=BT; laos=LA; brunei=BN
quiz-show | beim quizduell kommt die hauptstadt von {} dran | mikronesien=FM; palau=PW; nauru=NR
quiz-show | trivial pursuit blaue frage hauptstadt von {} | tuvalu=TV; kiribati=KI; samoa=WS
quiz-show | beim skatabend wetten wir um die hauptstadt von {} | venezuela=VE; guyana=GY; suriname=SR
quiz-show | fünfzig fünfzig ist weg alexa hauptstadt von {} | äquatorialguinea=GQ; são tomé und príncipe=ST; gabun=GA

sport | beim eishockey geht es gegen {} wie heißt deren hauptstadt | lettland=LV; die slowakei=SK; finnland=FI
sport | bei den paralympics gewinnt jemand aus {} was ist die hauptstadt dort | nigeria=NG; algerien=DZ; usbekistan=UZ
sport | in der kletterhalle fragt mein partner die hauptstadt von {} | nepal=NP; pakistan=PK; slowenien=SI
sport | auf dem golfplatz alexa was ist die hauptstadt von {} | schottland=GB-SCT; irland=IE; portugal=PT

travel | auf der hurtigruten fragt der kapitän die hauptstadt von {} | spitzbergen=SJ; grönland=GL; den färöern=FO
travel | unsere flitterwochen gehen nach {} was ist da die hauptstadt | mauritius=MU; den seychellen=SC; den malediven=MV
travel | ich bin beim bürgeramt wegen dem reisepass für {} was ist die hauptstadt | vietnam=VN; thailand=TH; kambodscha=KH
travel | im hostel fragt mich einer aus {} nach seiner hauptstadt | chile=CL; peru=PE; bolivien=BO

home | beim wäsche aufhängen frag ich mich die hauptstadt von {} | kuba=CU; jamaika=JM; dominikanische republik=DO
home | ich stricke gerade und will die hauptstadt von {} wissen | peru=PE; bolivien=BO; ecuador=EC
home | der kleine hat fieber und fragt nach der hauptstadt von {} | ägypten=EG; sudan=SD; äthiopien=ET
home | drei uhr nachts das baby schreit was ist die hauptstadt von {} | tschad=TD; niger=NE; mali=ML

child | alexa ich bin acht und will wissen was die hauptstadt von {} ist | ägypten=EG; kenia=KE; ghana=GH
child | mein bruder sagt ich weiß die hauptstadt von {} nicht stimmt gar nicht was ist sie | frankreich=FR; england=GB-ENG; spanien=ES
child | alexa wo wohnt der könig von {} in welcher hauptstadt | norwegen=NO; dänemark=DK
child | für meine hausaufgabe brauche ich die hauptstadt von {} | polen=PL; russland=RU; china=CN
child | alexa alexa was ist die hauptstadt von {} | chile=CL; japan=JP

elder | wie bitte alexa sprich lauter was ist die hauptstadt von {} | ungarn=HU; rumänien=RO; bulgarien=BG
elder | junge sag der alexa sie soll mir die hauptstadt von {} sagen | polen=PL; tschechien=CZ; österreich=AT
elder | ich hör so schlecht nochmal die hauptstadt von {} bitte | serbien=RS; kroatien=HR; slowenien=SI
elder | früher wussten wir das alles was ist die hauptstadt von {} | italien=IT

learner | hallo ich lerne deutsch mit duolingo was ist hauptstadt von {} | deutschland=DE; österreich=AT; der schweiz=CH
learner | entschuldigung ich bin nicht gut in deutsch die hauptstadt von {} ist was | mexiko=MX; kolumbien=CO; peru=PE
learner | ich möchten wissen der hauptstadt von {} | kanada=CA; australien=AU; neuseeland=NZ
learner | wie sagt man die hauptstadt von {} auf deutsch | vietnam=VN; thailand=TH

genitive | was ist die hauptstadt {} | rumäniens=RO
genitive | wie heißt die hauptstadt {} eigentlich | boliviens=BO; paraguays=PY; venezuelas=VE
genitive | die hauptstadt {} bitte | des irak=IQ; des jemen=YE; des sudan=SD
genitive | sag mir die hauptstadt {} | der mongolei=MN
genitive | welches ist die hauptstadt {} | afghanistans=AF; kirgistans=KG; tadschikistans=TJ
genitive | ich suche den namen der hauptstadt {} | sambias=ZM; simbabwes=ZW; namibias=NA

polite-sie | könnten sie mir bitte die hauptstadt von {} nennen | litauen=LT; estland=EE; lettland=LV
polite-sie | entschuldigen sie wissen sie die hauptstadt von {} | armenien=AM; georgien=GE; zypern=CY
polite-sie | ich wäre ihnen dankbar für die hauptstadt von {} | kuwait=KW; katar=QA; bahrain=BH
polite-sie | sagen sie mir doch bitte welche stadt die hauptstadt von {} ist | algerien=DZ; libyen=LY; mauretanien=MR

terse | hauptstadt {} | samoa=WS
terse | {} hauptstadt | nepal=NP; oman=OM
terse | {} hauptstadt schnell | laos=LA
terse | hauptstadt {} los | dominica=DM; grenada=GD; belize=BZ

asr-form | wie heißt die haupstat von {} | albanien=AL; bosnien=BA; montenegro=ME
asr-form | was ist die hauptstadt vor {} | marokko=MA; tunesien=TN; algerien=DZ
asr-form | weißt du was die hauptstadt von {} ist | oh mann=OM; to go=TG; butan=BT
asr-form | wie heißt noch die hauptstadt von {} | in dien=IN; al banien=AL; bul garien=BG
asr-form | was ist die hauptstadt von {} bitte | ru mänien=RO; ser bien=RS; syri en=SY
asr-form | hauptstadt von {} was ist die | oesterreich=AT; suedsudan=SS; tuerkei=TR
asr-form | was ist die hauptstadt von {} alexa | jordan ien=JO; ja maika=JM; so malia=SO
asr-form | was is die haupt stadt fon {} | sri lanka=LK; malaysia=MY; brunei=BN
asr-form | und was ist die hauptstadt von {} | lybien=LY; sirien=SY; le banon=LB
asr-form | sag mir mal bitte die hauptstadt von {} | philippines=PH; cameroon=CM; mozambique=MZ
asr-form | alexa hauptstadt von {} | ethiopien=ET; kongo brazzaville=CG; kongo kinshasa=CD
asr-form | was ist die hauptstadt von dem {} | irak=IQ; iran=IR; kongo=CD+CG
asr-form | welches ist die hauptstadt von {} | kirgisien=KG; turkmenien=TM; us bekistan=UZ

follow-up | und von {} | burundi=BI; dem kongo=CD+CG
follow-up | und wie sieht es mit {} aus | benin=BJ; ghana=GH; liberia=LR
follow-up | ag man und {} dann | simbabwe=ZW; sambia=ZM
follow-up | jetzt noch die von {} bitte | guinea=GN; sierra leone=SL; gambia=GM
follow-up | und zum schluss {} | eswatini=SZ; lesotho=LS; malawi=MW
follow-up | dann noch schnell {} hinterher | jemen=YE; oman=OM; katar=QA
follow-up | und dann hätte ich noch gerne {} | kuba=CU; haiti=HT; jamaika=JM
follow-up | po und {} auch | kosovo=XK; albanien=AL
follow-up | ach so und {} | mongolei=MN; kasachstan=KZ
follow-up | und wie wärs mit {} noch | fidschi=FJ; tonga=TO; samoa=WS

yes-no-check | hano isch {} | stuttgart die hauptstadt von baden-württemberg=DE-BW; karlsruhe die hauptstadt von baden-württemberg=DE-BW
yes-no-check | ag man is {} | windhoek die hauptstadt von namibia=NA; swakopmund die hauptstadt von namibia=NA; johannesburg die hauptstadt von südafrika=ZA
yes-no-check | ich glaube {} oder | lagos ist die hauptstadt von nigeria=NG; abuja ist die hauptstadt von nigeria=NG; casablanca ist die hauptstadt von marokko=MA
yes-no-check | alexa richtig oder falsch {} | ankara ist die hauptstadt der türkei=TR; istanbul ist die hauptstadt der türkei=TR; mumbai ist die hauptstadt von indien=IN
yes-no-check | ist {} nicht mehr | almaty die hauptstadt von kasachstan=KZ; bonn die hauptstadt von deutschland=DE; rangun die hauptstadt von myanmar=MM
yes-no-check | mein mann sagt {} stimmt das | new york ist die hauptstadt der usa=US; washington ist die hauptstadt der usa=US; chicago ist die hauptstadt von illinois=US-IL
yes-no-check | heißt die hauptstadt von {} | kolumbien bogotá=CO; ecuador guayaquil=EC
yes-no-check | ist die hauptstadt von {} | kanada ottawa=CA; marokko rabat=MA
yes-no-check | liege ich richtig dass {} | montreal die hauptstadt von québec ist=CA-QC; vancouver die hauptstadt von british columbia ist=CA-BC; hamilton die hauptstadt von bermuda ist=BM
yes-no-check | ich wette {} | zagreb ist die hauptstadt von kroatien=HR; split ist die hauptstadt von kroatien=HR; podgorica ist die hauptstadt von montenegro=ME
yes-no-check | gugge ma is {} | dubai die hauptstadt der emirate=AE; abu dhabi die hauptstadt der emirate=AE
yes-no-check | okay so is {} the hauptstadt von kanada | toronto=CA
yes-no-check | nou is amsterdam echt die hauptstadt der niederlande | NL
yes-no-check | ist düsseldorf wirklich die landeshauptstadt von nrw | DE-NW
yes-no-check | ist hamburg die hauptstadt von hamburg | DE-HH
yes-no-check | ist sucre die hauptstadt von bolivien oder la paz | BO
yes-no-check | alexa ist kapstadt die hauptstadt von südafrika | ZA
yes-no-check | stimmt es dass die hauptstadt von tansania nicht mehr daressalam ist | TZ
yes-no-check | stimmt es dass prishtina die hauptstadt vom kosovo ist | XK

self-correction | ähm was ist die hauptstadt von {} | schweden nein warte von norwegen=NO; österreich ich meine der schweiz=CH; kamerun sorry von kenia=KE
self-correction | die hauptstadt von {} bitte schön | slowenien ach nee slowakei=SK; niger quatsch nigeria=NG; gambia halt nee sambia=ZM
self-correction | sag mir schnell die hauptstadt von {} | island ich hab mich versprochen irland=IE; iran ich meine irak=IQ; guinea sorry guinea-bissau=GW
self-correction | wie heißt gleich die hauptstadt von {} | österreich äh nee australien=AU; mali nein warte malawi=MW; peru besser gesagt paraguay=PY
self-correction | nu was isn de hauptstadt von polen nee warte von litauen | LT
self-correction | hano d hauptstadt von kolumbien ach nee i moin von venezuela | VE
self-correction | ag man die hauptstadt von botsuana sorry ich meine von simbabwe | ZW
self-correction | die hauptstadt von armenien nein warte georgien | GE
self-correction | was ist die hauptstadt von jordanien quatsch ich meine libanon | LB
self-correction | alexa hauptstadt von dubai ach nee das ist ja kein land ich meine von den emiraten | AE
self-correction | was ist die hauptstadt von bayern sorry von baden-württemberg | DE-BW
self-correction | die hauptstadt von ontario nein warte von québec | CA-QC
self-correction | die hauptstadt von texas ich hab mich versprochen von kalifornien | US-CA
self-correction | bale hauptstadt von pakistan nein sorry von afghanistan | AF
self-correction | okay so the hauptstadt von kuba no wait von jamaika | JM
self-correction | was ist die hauptstadt von kirgistan halt nee tadschikistan | TJ
self-correction | die hauptstadt von surinam besser gesagt guyana | GY
self-correction | wie heißt die hauptstadt von laos ich meine natürlich kambodscha | KH
self-correction | chat was ist die hauptstadt von uruguay sorry chat ich meine paraguay | PY
self-correction | meine damen und herren die hauptstadt von belgien korrigiere von den niederlanden | NL

reverse-question | {} ist die hauptstadt von welchem land | canberra=CITY:canberra; ottawa=CITY:ottawa; wellington=CITY:wellington
reverse-question | hano {} isch d hauptstadt von was | bern=CITY:bern; vaduz=CITY:vaduz
reverse-question | welches land hat {} als hauptstadt | ouagadougou=CITY:ouagadougou; niamey=CITY:niamey
reverse-question | {} ist hauptstadt wovon | paramaribo=CITY:paramaribo; georgetown=CITY:georgetown; asunción=CITY:asunción
reverse-question | wo ist {} die hauptstadt | kingston=CITY:kingston; victoria=CITY:victoria; la paz=CITY:la paz
reverse-question | ag man {} is die hauptstadt von welchem land | gaborone=CITY:gaborone; lusaka=CITY:lusaka; maseru=CITY:maseru
reverse-question | wessen hauptstadt ist {} | vientiane=CITY:vientiane; phnom penh=CITY:phnom penh; naypyidaw=CITY:naypyidaw
reverse-question | welches bundesland hat {} als hauptstadt | schwerin=CITY:schwerin
reverse-question | {} ist die hauptstadt von welchem us bundesstaat | sacramento=CITY:sacramento; tallahassee=CITY:tallahassee; albany=CITY:albany
reverse-question | bei wer wird millionär {} ist hauptstadt von welchem staat | nouakchott=CITY:nouakchott; windhoek=CITY:windhoek; antananarivo=CITY:antananarivo
reverse-question | chat fragt {} ist die hauptstadt von was | ngerulmud=CITY:ngerulmud; funafuti=CITY:funafuti; majuro=CITY:majuro
reverse-question | ano {} ist hauptstadt von welches land | pjöngjang=CITY:pjöngjang; taipeh=CITY:taipeh; thimphu=CITY:thimphu
reverse-question | welche provinz hat {} als hauptstadt | winnipeg=CITY:winnipeg; edmonton=CITY:edmonton; halifax=CITY:halifax
reverse-question | von was ist reykjavik die hauptstadt | CITY:reykjavík
reverse-question | kopenhagen ist die hauptstadt von | CITY:kopenhagen
reverse-question | moien vu wéi engem land ass valletta d'haaptstad | CITY:valletta
reverse-question | saint john's ist die hauptstadt von was | CITY:saint john's
reverse-question | im kreuzworträtsel steht hauptstadt tegucigalpa welches land ist das | CITY:tegucigalpa
reverse-question | dodoma ist hauptstadt von welchem land in afrika | CITY:dodoma

official-name | was ist denn die hauptstadt {} | der bundesrepublik deutschland=DE; der republik österreich=AT; der schweizerischen eidgenossenschaft=CH
official-name | sag mir die hauptstadt von {} | der volksrepublik china=CN; der föderativen republik brasilien=BR; der argentinischen republik=AR
official-name | nenn mir die hauptstadt {} | der portugiesischen republik=PT; der italienischen republik=IT; der slowakischen republik=SK
official-name | hauptstadt vom {} | königreich kambodscha=KH; königreich lesotho=LS
official-name | was ist die hauptstadt von der {} | republik kongo=CG; demokratischen republik kongo=CD; zentralafrikanischen republik=CF
official-name | was ist die hauptstadt des {} | staates eritrea=ER; königreichs eswatini=SZ
official-name | die hauptstadt der {} | kirgisischen republik=KG; republik der union myanmar=MM
official-name | weißt du die hauptstadt von {} | brunei darussalam=BN; der republik moldau=MD; timor-leste=TL

old-name | was war die hauptstadt von {} und heute | ceylon=LK; birma=MM; abessinien=ET
old-name | was ist die hauptstadt von {} heute | zaire=CD
old-name | wie heißt die hauptstadt von {} jetzt | persien=IR; siam=TH; obervolta=BF
old-name | oma sagt noch {} was ist da die hauptstadt | kampuchea=KH; betschuanaland=BW; formosa=TW
old-name | früher hieß es {} was ist die hauptstadt | swasiland=SZ; burma=MM; südrhodesien=ZW

everyday-name | was ist überhaupt die hauptstadt von {} | holland=NL; amerika=US; weißrussland=BY
everyday-name | wie heißt die hauptstadt von {} nochmal | den usa=US; england=GB-ENG; großbritannien=GB
everyday-name | und die hauptstadt von {} | der tschechei=CZ; moldawien=MD
everyday-name | sag mir die hauptstadt der {} | vae=AE; elfenbeinküste=CI; dr kongo=CD
everyday-name | alexa hauptstadt von {} bitte | kap verde=CV; osttimor=TL; sao tome=ST
everyday-name | was ist denn die hauptstadt von {} | bosnien=BA; kirgisien=KG; trinidad=TT
everyday-name | wie heißt die hauptstadt von {} eigentlich | saudi=SA; den staaten=US; st vincent=VC
everyday-name | was ist die hauptstadt von {} aktuell | türkiye=TR; kongo-kinshasa=CD; kongo-brazzaville=CG

shared-name | wie heißt die hauptstadt von {} | nordkorea=KP; südkorea=KR
shared-name | nu was isn de hauptstadt von {} | korea=KP+KR; georgia=GE+US-GA
shared-name | und die hauptstadt vom {} | kongo=CD+CG
shared-name | was sind denn die hauptstädte von {} | nord und südkorea=KP+KR; beiden koreas=KP+KR; den beiden kongos=CD+CG
shared-name | was ist die hauptstadt vom us staat {} | georgia=US-GA
shared-name | was ist die hauptstadt von georgia dem land | GE
shared-name | hauptstadt von den amerikanischen jungferninseln | VI
shared-name | was ist die hauptstadt der britischen jungferninseln | VG
shared-name | okay so georgia the state what's the hauptstadt | US-GA
shared-name | alexa die hauptstadt von georgien am schwarzen meer | GE
shared-name | po alexa hauptstadt von korea | KP+KR
shared-name | welche hauptstädte haben die jungferninseln | VG+VI

plural-capitals | nu wie heeßen de hauptstädte von {} | den niederlanden=NL; palästina=PS
plural-capitals | sag mir alle hauptstädte von {} | der elfenbeinküste=CI; südafrika=ZA
plural-capitals | ag man südafrika hat doch drei hauptstädte welche sind das | ZA
plural-capitals | hano wie viele hauptstädte hat bolivien und welche | BO
plural-capitals | die hauptstädte der niederlande bitte amsterdam und noch eine | NL
plural-capitals | malaysia hat zwei hauptstädte oder welche sind es | MY
plural-capitals | welches sind die hauptstädte der côte d'ivoire | CI
plural-capitals | swasiland hat zwei hauptstädte nenn sie mir | SZ
plural-capitals | welche hauptstädte hat palästina eigentlich | PS
plural-capitals | ano die hauptstädte von malaysia bitte | MY
plural-capitals | meine damen und herren die hauptstädte von bolivien | BO
plural-capitals | po was sind die hauptstädte von palästina | PS
plural-capitals | dude what are die hauptstädte von südafrika | ZA
plural-capitals | alexa nenn mir beide hauptstädte von eswatini | SZ
plural-capitals | für das quiz die hauptstädte von benin alle beide | BJ
plural-capitals | die hauptstädte der elfenbeinküste sind welche | CI
plural-capitals | ano welche hauptstädte hat sri lanka bitte | LK
plural-capitals | ich hab gelesen sri lanka hat zwei hauptstädte welche sind das | LK
plural-capitals | welche beiden hauptstädte hat benin eigentlich | BJ

subdivision | hano was isch d landeshauptstadt von {} | baden-württemberg=DE-BW; bayern=DE-BY; hessen=DE-HE
subdivision | na min jung was ist die landeshauptstadt von {} | schleswig-holstein=DE-SH; niedersachsen=DE-NI; mecklenburg-vorpommern=DE-MV
subdivision | welche stadt ist landeshauptstadt von {} | nordrhein-westfalen=DE-NW
subdivision | wie heißt die hauptstadt vom {} | saarland=DE-SL
subdivision | was ist die hauptstadt von {} in amerika | texas=US-TX; kalifornien=US-CA; florida=US-FL
subdivision | was ist die hauptstadt des bundesstaates {} | new york=US-NY; washington=US-WA; nevada=US-NV
subdivision | was ist die hauptstadt von {} in kanada | ontario=CA-ON; british columbia=CA-BC
subdivision | was ist die hauptstadt der kanadischen provinz {} | saskatchewan=CA-SK; manitoba=CA-MB; nova scotia=CA-NS
subdivision | hauptstadt von {} in australien | queensland=AU-QLD; victoria=AU-VIC; western australia=AU-WA
subdivision | was ist die hauptstadt vom bundesstaat {} in brasilien | paraná=BR-PR
subdivision | der indische bundesstaat {} hat welche hauptstadt | kerala=IN-KL; goa=IN-GA; rajasthan=IN-RJ
subdivision | welche hauptstadt hat der mexikanische bundesstaat {} | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | wat is die hauptstadt van nordirland | GB-NIR
subdivision | was ist die hauptstadt von yukon in kanada | CA-YT
subdivision | hauptstadt des territoriums nunavut | CA-NU
subdivision | welche stadt ist hauptstadt von punjab in indien | IN-PB
subdivision | nu was isn de landeshauptstadt von thüringen gugge ma erfurt oder weimar | DE-TH
subdivision | ist die hauptstadt von niedersachsen hannover oder braunschweig | DE-NI
subdivision | die hauptstadt von louisiana bitte | US-LA
subdivision | was ist die hauptstadt von québec der provinz | CA-QC
subdivision | welche ist die hauptstadt von new south wales | AU-NSW
subdivision | was ist die hauptstadt von wales eigentlich cardiff oder swansea | GB-WLS

territory | was ist die hauptstadt von {} überhaupt | neukaledonien=NC; französisch-polynesien=PF; réunion=RE
territory | hauptstadt von {} bitte | puerto rico=PR; guam=GU; amerikanisch-samoa=AS
territory | wie nennt sich die hauptstadt von {} | martinique=MQ; guadeloupe=GP; französisch-guayana=GF
territory | was ist eigentlich die hauptstadt der {} | falklandinseln=FK; kaimaninseln=KY; cookinseln=CK
territory | welche stadt ist hauptort auf {} | jersey=JE; guernsey=GG; der isle of man=IM
territory | hauptort von mayotte | YT
territory | was ist die hauptstadt von aruba nou | AW
territory | was ist der hauptort der ålandinseln | AX
territory | die hauptstadt von st helena | SH
territory | welcher ort ist hauptstadt der pitcairninseln | PN
territory | was ist die hauptstadt der nördlichen marianen | MP
territory | wie heißt der hauptort von wallis und futuna | WF
territory | hauptstadt von sint maarten | SX
territory | was ist die hauptstadt der turks und caicosinseln | TC
territory | welche ist die hauptstadt der weihnachtsinsel | CX

one-shot | alexa frag hauptstädte der welt nach der hauptstadt von {} | peru=PE; somalia=SO; kenia=KE
one-shot | alexa öffne hauptstädte der welt und sag mir die hauptstadt von {} | vanuatu=VU; mikronesien=FM; seychellen=SC
one-shot | alexa starte hauptstädte der welt mit {} | komoren=KM; dominica=DM; st lucia=LC
one-shot | nu alexa frag ma hauptstädte der welt nach {} | st kitts und nevis=KN; st vincent und die grenadinen=VC; grenada=GD
one-shot | hano alexa frag hauptstädte der welt was d hauptstadt von {} isch | antigua und barbuda=AG; barbados=BB; bahamas=BS
one-shot | alexa bitte hauptstädte der welt die hauptstadt von {} | salomonen=SB; marshallinseln=MH; mauritius=MU
one-shot | moien alexa frot hauptstädte der welt no {} | san marino=SM; vatikanstadt=VA; monaco=MC
one-shot | alexa frag hauptstädte der welt nach den hauptstädten von südafrika | ZA
one-shot | alexa lass hauptstädte der welt die hauptstadt von palästina sagen | PS
one-shot | okay so alexa ask hauptstädte der welt die hauptstadt von belize | BZ
one-shot | alexa frag bei hauptstädte der welt nach der hauptstadt der westsahara | EH
one-shot | alexa frag hauptstädte der welt welches land die hauptstadt dili hat | CITY:dili

launch | nu alexa mach ma hauptstädte der welt auf | LAUNCH
launch | hano alexa starte hauptstädte der welt | LAUNCH
launch | moien alexa maach hauptstädte der welt op | LAUNCH
launch | na min jung alexa öffne mal hauptstädte der welt | LAUNCH
launch | ag man alexa open hauptstädte der welt | LAUNCH
launch | okay so alexa open hauptstädte der welt please | LAUNCH
launch | chat wir starten jetzt hauptstädte der welt alexa starte hauptstädte der welt | LAUNCH
launch | ano alexa hauptstädte der welt öffnen bitte | LAUNCH
launch | alexa öffne hauptstädte der welt für meine enkelin | LAUNCH
launch | alexa hauptstädte der welt starten wir spielen quiz | LAUNCH
launch | alexa öffne bitte die hauptstädte der welt | LAUNCH
launch | alexa mach mal hauptstädte der welt an | LAUNCH
launch | po alexa öffne hauptstädte der welt | LAUNCH
launch | alexa öffne hauptstaedte der welt | LAUNCH

help | nu wie geht das hier eigentlich | HELP
help | hano was kann i di alles frage | HELP
help | moien wat kann ech hei maachen | HELP
help | ag man wie funktioniert das ding | HELP
help | ano sumimasen wie benutze ich das | HELP
help | okay so how does this work was kann ich sagen | HELP
help | ich kenn mich mit dem skill nicht aus hilf mir mal | HELP
help | junge frag die alexa was man da sagen muss ich versteh das nicht | HELP
help | alexa ich brauche hilfe mit hauptstädte der welt | HELP
help | kannst du mir erklären wie das spiel geht | HELP
help | was für fragen kann ich dir stellen | HELP
help | ich weiß nicht weiter was soll ich jetzt sagen | HELP
help | chat will wissen was der skill alles kann | HELP
help | bale hilfe bitte ich verstehe nicht | HELP
help | po wie geht das alexa hilf mir | HELP
help | nou hoe werkt dat hilfe bitte | HELP
help | meine damen und herren wie bedient man das hier | HELP
help | kannst du mir die anleitung vorlesen | HELP
help | hilf mir bitte ich bin zum ersten mal hier | HELP
help | erklär mir mal die regeln | HELP
help | wie stelle ich hier eine frage | HELP

stop | nu das reicht jetzt alexa stopp | STOP
stop | hano jetzt isch gut hör auf | STOP
stop | moien alexa stop äddi | STOP
stop | na min jung nu is schluss | STOP
stop | ag man stop now alexa | STOP
stop | okay so stop alexa we're done | STOP
stop | chat ich mach den skill aus alexa stopp | STOP
stop | ano stopp bitte alexa | STOP
stop | alexa beende das quiz jetzt | STOP
stop | hör jetzt auf zu reden alexa | STOP
stop | alexa sei still das baby schläft | STOP
stop | alexa schluss für heute | STOP
stop | po alexa stopp jetzt | STOP
stop | hajt alexa stopp | STOP
stop | nou stop maar alexa | STOP
stop | alexa ich will nicht mehr spielen hör auf | STOP
stop | genug hauptstädte für heute alexa beenden | STOP
stop | alexa stopp ich muss zur schicht | STOP
stop | alexa mach aus wir gehen schlafen | STOP
stop | alexa beende den skill bitte | STOP
stop | alexa verlassen | STOP
stop | alexa feierabend hör auf | STOP

cancel | nu vergiss es | CANCEL
cancel | ha noi lass es bleibe | CANCEL
cancel | moien alexa vergiess et | CANCEL
cancel | ag man forget it alexa | CANCEL
cancel | okay so never mind alexa | CANCEL
cancel | ano abbrechen bitte | CANCEL
cancel | alexa abbrechen ich hab mich verklickt | CANCEL
cancel | vergiss die frage alexa | CANCEL
cancel | alexa lass gut sein | CANCEL
cancel | alexa ist egal abbrechen | CANCEL
cancel | alexa das war nix abbrechen | CANCEL
cancel | bale vergiss es bitte | CANCEL
cancel | po alexa abbrechen | CANCEL
cancel | nou laat maar alexa | CANCEL
cancel | chat hat sich erledigt alexa abbrechen | CANCEL
cancel | alexa die frage hat sich erledigt | CANCEL
cancel | abbrechen meine frau weiß es schon | CANCEL
cancel | alexa lass mal ich guck im atlas | CANCEL
cancel | vergiss es alexa ich hab es gegoogelt | CANCEL
cancel | nicht so wichtig alexa lass es | CANCEL
cancel | alexa vergiss das mit der hauptstadt | CANCEL

hamburg | na min jung die hauptstadt von belgien weißt du die | BE
travel | wir machen eine rundreise durch uruguay was ist dort die hauptstadt | UY

out-of-domain | nu gugge ma wann hat das grüne gewölbe in dresden auf | FB
out-of-domain | ei verbibbsch wo ist der nächste bäcker in leipzig | FB
out-of-domain | hano wie viel kostet ein kilo spätzle | FB
out-of-domain | jetzetle spiel mir schwäbische volksmusik | FB
out-of-domain | na min jung wann legt die fähre nach finkenwerder ab | FB
out-of-domain | wie viel kostet eine hafenrundfahrt in hamburg | FB
out-of-domain | moien wat kascht e liter bensin zu lëtzebuerg | FB
out-of-domain | wie viele einwohner hat luxemburg stadt | FB
out-of-domain | hopla wann ist der weihnachtsmarkt in strasbourg | FB
out-of-domain | ag man wie lange fährt man von windhoek nach swakopmund | FB
out-of-domain | ag man was kostet ein bakkie in namibia | FB
out-of-domain | bale wie viel uhr ist es in kabul | FB
out-of-domain | tashakor alexa spiel nachrichten auf dari | FB
out-of-domain | ate wie viel grad hat es morgen in manila | FB
out-of-domain | kuya wie schicke ich geld auf die philippinen | FB
out-of-domain | ano wo gibt es in düsseldorf ramen | FB
out-of-domain | sumimasen wie spät ist es in osaka | FB
out-of-domain | dude where's the next burger king | FB
out-of-domain | okay so how far is ramstein from frankfurt | FB
out-of-domain | nou wat kost een kilo kaas in venlo | FB
out-of-domain | po wie ist das wetter in prizren | FB
out-of-domain | hajt vlla spiel albanische musik | FB
out-of-domain | chat wie viele zuschauer sind gerade im stream | FB
out-of-domain | lets go alexa spiel einen hype song | FB
out-of-domain | wie lange dauert die walz von zimmerleuten | FB
out-of-domain | wie viel kostet ein taxi vom flughafen frankfurt in die stadt | FB
out-of-domain | wann muss der hefeteig in den ofen | FB
out-of-domain | was fressen eigentlich tiger im zoo | FB
out-of-domain | wie viel verdient ein schornsteinfeger | FB
out-of-domain | wie oft blüht eine orchidee | FB
out-of-domain | bei wer wird millionär wie viel gibt es bei der fünften frage | FB
out-of-domain | wer moderiert wer wird millionär | FB
out-of-domain | wie viele augen hat ein würfel beim kniffel | FB
out-of-domain | wie zieht der springer beim schach | FB
out-of-domain | was ist ein grand beim skat | FB
out-of-domain | wie viele punkte hat ein satz im tennis | FB
out-of-domain | wann sind die nächsten paralympics | FB
out-of-domain | wie ist das wetter am müggelsee | FB
out-of-domain | was kostet die hurtigruten für zwei personen | FB
out-of-domain | wann ist die beste reisezeit für mauritius | FB
out-of-domain | wie beantrage ich einen kinderreisepass | FB
out-of-domain | bei wie viel grad wäscht man handtücher | FB
out-of-domain | was hilft gegen fieber beim kind | FB
out-of-domain | welcher tag ist heute im adventskalender | FB
out-of-domain | was ist die landeshauptstadt der steiermark | FB
out-of-domain | hauptstadt von kärnten | FB
out-of-domain | was ist der hauptort vom kanton zürich | FB
out-of-domain | hano was isch d hauptstadt vom kanton graubünden | FB
out-of-domain | wie heißt die hauptstadt von sibirien | FB
out-of-domain | was ist die hauptstadt des erzgebirges | FB
out-of-domain | wie heißt die hauptstadt von entenhausen | FB
out-of-domain | was ist die hauptstadt von panem | FB
out-of-domain | welche stadt ist die bierhauptstadt deutschlands | FB
out-of-domain | was heißt kapitalismus | FB
out-of-domain | welche partei regiert in der hauptstadt | FB
out-of-domain | welche währung hat luxemburg | FB
out-of-domain | welche sprache spricht man in afghanistan | FB
out-of-domain | was spricht man auf den philippinen | FB
out-of-domain | wie weit ist es von leipzig nach prag | FB
out-of-domain | was ist der längste fluss in afrika | FB
out-of-domain | wie groß ist grönland | FB
out-of-domain | welche farben hat die flagge von albanien | FB
out-of-domain | wie heißt die nationalhymne von kanada | FB
out-of-domain | wann ist in japan kirschblüte | FB
out-of-domain | brauche ich ein visum für die usa | FB
out-of-domain | welche steckdosen haben die in großbritannien | FB
out-of-domain | welcher kontinent ist ägypten | FB
out-of-domain | was ist die zweitgrößte stadt der schweiz | FB
out-of-domain | nu was kostet ne bemme beim bäcker | FB
out-of-domain | hano wann isch kehrwoch | FB
out-of-domain | na min jung wann ist hochwasser in hamburg | FB
out-of-domain | moien wéi ass de wieder zu lëtzebuerg | FB
out-of-domain | hopla spiel elsässische musik | FB
out-of-domain | ag man wie warm wird es morgen in swakopmund | FB
out-of-domain | bale spiel afghanische musik | FB
out-of-domain | ate stell einen wecker auf fünf uhr | FB
out-of-domain | ano wie sagt man arigato auf deutsch | FB
out-of-domain | okay so what's the weather in ramstein | FB
out-of-domain | nou hoe laat is het | FB
out-of-domain | po ruf die nana an | FB
out-of-domain | chat wie viele follower hab ich | FB
out-of-domain | alexa mach die musik lauter | FB
out-of-domain | stell einen timer für die brötchen auf zwanzig minuten | FB
out-of-domain | spiel radio hamburg | FB
out-of-domain | wer hat gestern in wimbledon gewonnen | FB
out-of-domain | wie hat der hsv gespielt | FB
out-of-domain | wie viel trinkgeld gibt man im taxi | FB
out-of-domain | was kostet ein reisepass | FB
out-of-domain | wie lange ist ein reisepass gültig | FB
out-of-domain | wie viel uhr ist es in manila | FB
out-of-domain | übersetze hauptstadt ins englische | FB
out-of-domain | in welchem land spricht man luxemburgisch | FB
out-of-domain | seit wann ist berlin wieder hauptstadt | FB
out-of-domain | wer hat den hauptstadtbeschluss gemacht | FB
out-of-domain | gib mir ein rezept für maultaschen | FB
out-of-domain | wie viele maschen muss ich für einen schal anschlagen | FB
out-of-domain | wie lange dauert der flug nach mauritius | FB
out-of-domain | welche stadt nennt man die hauptstadt der bewegung | FB
out-of-domain | wie heißt der bürgermeister von windhoek | FB
out-of-domain | wie viel ist ein euro in yen | FB
out-of-domain | was bedeutet salamat | FB
out-of-domain | zeig mir die weltkarte | FB
out-of-domain | kannst du mir einen globus bestellen | FB
out-of-domain | wie weit ist der mond weg | FB
out-of-domain | welches tier ist das wappentier von australien | FB
out-of-domain | wie heißt die hauptstadt von sansibar | FB
out-of-domain | was ist die hauptstadt von der wallonie | FB
out-of-domain | wie viele kalorien hat eine bratwurst | FB
out-of-domain | wann fängt die kehrwoche in stuttgart an | FB

"""

if __name__ == "__main__":
    build_round(31, "de", LINES, sys.argv, "tests/Eval/de/round31/source/build_corpus.py")
