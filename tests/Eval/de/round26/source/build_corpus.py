"""Round 26, German (de-DE): a new author's own mix, written blind. Speakers chosen away from rounds 22-25: Hamburg
harbour workers and container-terminal crews ("sach ma", "nu", "jo", "hummel hummel", "tüddelig", "schietwetter"),
Mecklenburg and Western Pomerania (Rügen fishermen, "na denn man to", "dat is so", "mien deern"), Thuringians ("nu",
"ä bissel", "gelle", the Rostbratwurst stall), Baden and the Alemannic southwest ("weisch", "ebbes", "des isch", "hän
mer"), Styrians and Carinthians ("jo eh", "griaß di", "gö", "oba geh", "eh kloa"), Luxembourgers ("moien", "merci
villmools", "äddi") and Alsatians ("hopla", "alors", "jo", "sàlü"), Namibian Germans ("ja nee", "lekker", "is gut",
"Südwester", "Swakopmund"), Münsterland farmers and students ("wat weiß ich", "leeze", "Pinkus"), Filipino nurses on a
German ward ("ate", "kuya", "salamat po", "ano"), Japanese families in Düsseldorf ("ano", "eto", "sumimasen", "ne"),
Afghan teenagers in a youth club ("bale", "tashakor", "walla"), a blind pensioner for whom the Echo is the main device, a
grandmother with a hearing aid who repeats herself, nine-year-old twins quarrelling, teenagers at a LAN party, a dad
with a baby in a carrier. Situations: a fire station between call-outs, a midwife on call, a bakery at four in the
morning, a taxi rank in Frankfurt, a bus driver at the terminal, a postwoman's round, a restaurant kitchen, a
forester, a tractor at harvest, a wedding reception, a camper van in Scandinavia, the naturalisation test, a geography
test tomorrow, Skat and Doppelkopf evenings, "Wer wird Millionär" at home, Trivial Pursuit, Scrabble and
Quizduell, the St. Martin lantern walk, Christmas baking, a Kirmes and the maypole, ice hockey, Wimbledon, a chess
tournament, the Winter Olympics and Paralympics, golf, a Dakar rally. Plus case and the genitive ("perus",
"des jemen", "der slowakei", "im sudan"), the polite Sie, terse forms, fillers and hesitations, tails, one-shot
requests with the invocation name "hauptstädte der welt", launch, follow-ups, checks with right and wrong guesses,
self-corrections, reverse questions, official, old and everyday names, shared names, plurals (every several-capital
country and Palestine, and Jammu and Kashmir, Uttarakhand and Montserrat), subdivisions and territories, help, stop,
cancel and out-of-domain near misses (Austrian Länder, Alsace and Lorraine, regions the data lacks, "kapital" and
"hauptstadt" in other senses, other facts about named countries, everyday requests). Recognition forms: "hauptstatt",
"haupt stadt", "hauptstadtvon", "fon", "heist", "wie heisst", lost umlauts, homophones ("oh mann", "katarrh",
"butan", "to go", "mal da"), split and joined names, misspellings and English spellings.
`python3 tests/Eval/de/round26/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 26's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions in neutral words.
plain-question | was ist eigentlich die hauptstadt von {} | nicaragua=NI; honduras=HN; guatemala=GT
plain-question | wie heißt denn die hauptstadt von {} | belize=BZ; panama=PA; costa rica=CR
plain-question | weißt du welche stadt die hauptstadt von {} ist | kenia=KE; uganda=UG; ruanda=RW
plain-question | wo ist der regierungssitz von {} | burundi=BI; tansania=TZ; malawi=MW
plain-question | kannst du mir die hauptstadt von {} nennen | sambia=ZM; simbabwe=ZW; botsuana=BW
plain-question | ich möchte gern wissen was die hauptstadt von {} ist | namibia=NA; angola=AO; mosambik=MZ
plain-question | welche ist die hauptstadt von {} | eritrea=ER; dschibuti=DJ; somalia=SO
plain-question | hauptstadt von {} bitte | kasachstan=KZ; usbekistan=UZ; afghanistan=AF
plain-question | was ist denn die hauptstadt von {} noch mal | bhutan=BT; myanmar=MM; laos=LA
plain-question | sag mal wie die hauptstadt von {} heißt | kambodscha=KH; vietnam=VN; thailand=TH
plain-question | die hauptstadt von {} lautet wie | singapur=SG; der mongolei=MN; china=CN

# Hamburg harbour and the container terminal.
hamburg-harbour | sach ma alexa wat is die hauptstadt von {} | dänemark=DK; schweden=SE; norwegen=NO
hamburg-harbour | nu mal ehrlich wie heißt die hauptstadt von {} | finnland=FI; estland=EE; lettland=LV
hamburg-harbour | hummel hummel alexa was ist die hauptstadt von {} | litauen=LT; polen=PL; russland=RU
hamburg-harbour | ich steh hier am containerterminal und das schiff kommt aus {} was ist da die hauptstadt | singapur=SG; malaysia=MY; sri lanka=LK
hamburg-harbour | bei dem schietwetter am kran fällt mir nix ein was ist die hauptstadt von {} | panama=PA; liberia=LR; den marshallinseln=MH
hamburg-harbour | jo ich bin ganz tüddelig wie hieß noch die hauptstadt von {} | island=IS; irland=IE; portugal=PT
hamburg-harbour | der kapitän kommt aus {} wo ist da die hauptstadt | ghana=GH; nigeria=NG; kamerun=CM

# Mecklenburg and Western Pomerania: Rügen fishermen, "na denn man to", "dat is so".
mecklenburg-coast | na denn man to alexa wat is die hauptstadt von {} | schweden=SE; dänemark=DK; finnland=FI
mecklenburg-coast | mien deern will wissen wie die hauptstadt von {} heißt | estland=EE; island=IS; polen=PL
mecklenburg-coast | wir sind mit dem kutter raus und reden über {} was ist die hauptstadt da | norwegen=NO; lettland=LV; litauen=LT
mecklenburg-coast | hier auf rügen weiß keiner die hauptstadt von {} | grönland=GL; den färöern=FO; spitzbergen=SJ
mecklenburg-coast | beim räuchern vom hering fragt mein kumpel nach der hauptstadt von {} | kanada=CA; schottland=GB-SCT; wales=GB-WLS

# Thuringia: "nu", "ä bissel", "gelle", the Rostbratwurst stall.
thuringia | nu sag ma die hauptstadt von {} gelle | ungarn=HU; tschechien=CZ; der slowakei=SK
thuringia | ich bin ä bissel durcheinander was ist die hauptstadt von {} | rumänien=RO; bulgarien=BG; serbien=RS
thuringia | am rostbratwurststand wird gestritten was ist die hauptstadt von {} | albanien=AL; montenegro=ME; nordmazedonien=MK
thuringia | nu gugge mal alexa wie heißt die hauptstadt von {} | kroatien=HR; slowenien=SI; bosnien und herzegowina=BA
thuringia | in erfurt sagen die leute die hauptstadt von {} ist was | thüringen=DE-TH; sachsen-anhalt=DE-ST; sachsen=DE-SN

# Baden and the Alemannic southwest: "weisch", "ebbes", "des isch".
baden-alemannic | weisch du die hauptstadt von {} | der schweiz=CH; liechtenstein=LI; österreich=AT
baden-alemannic | sag mir ebbes was isch die hauptstadt von {} | frankreich=FR; italien=IT; spanien=ES
baden-alemannic | des isch jetzt wichtig wie heißt die hauptstadt von {} | andorra=AD; monaco=MC; san marino=SM
baden-alemannic | mir hän grad gewettet was die hauptstadt von {} isch | griechenland=GR; zypern=CY; malta=MT
baden-alemannic | gell alexa die hauptstadt von {} weisch die | baden-württemberg=DE-BW; rheinland-pfalz=DE-RP; saarland=DE-SL
baden-alemannic | im schwarzwald beim vesper fragt einer nach der hauptstadt von {} | belgien=BE; luxemburg=LU; den niederlanden=NL

# Styria and Carinthia: "jo eh", "griaß di", "gö", "eh kloa".
styria-carinthia | griaß di alexa wos is die hauptstadt von {} | slowenien=SI; kroatien=HR; ungarn=HU
styria-carinthia | jo eh kloa aber wie heißt die hauptstadt von {} | italien=IT; deutschland=DE; der schweiz=CH
styria-carinthia | oba geh die hauptstadt von {} waß i net | serbien=RS; bosnien=BA; kosovo=XK
styria-carinthia | gö du weißt doch die hauptstadt von {} | tschechien=CZ; polen=PL; der slowakei=SK
styria-carinthia | beim kernöl kaufen hat mich wer gefragt nach der hauptstadt von {} | rumänien=RO; moldau=MD; der ukraine=UA
styria-carinthia | am wörthersee is ma eingefallen i waß die hauptstadt von {} net | albanien=AL; griechenland=GR; der türkei=TR

# Luxembourgers and Alsatians.
luxembourg-alsace | moien alexa wat ass die hauptstadt von {} | belgien=BE; frankreich=FR; den niederlanden=NL
luxembourg-alsace | hopla alexa was isch die hauptstadt von {} | deutschland=DE; der schweiz=CH; österreich=AT
luxembourg-alsace | alors ich will wissen die hauptstadt von {} | senegal=SN; mali=ML; der elfenbeinküste=CI
luxembourg-alsace | sàlü jo sag mir die hauptstadt von {} | marokko=MA; algerien=DZ; tunesien=TN
luxembourg-alsace | äddi gleich aber vorher noch die hauptstadt von {} | guinea=GN; niger=NE; tschad=TD
luxembourg-alsace | bei uns in esch fragt man sich was die hauptstadt von {} ist | montenegro=ME; vatikanstadt=VA; island=IS

# Namibian Germans: "ja nee", "lekker", "is gut".
namibian-germans | ja nee alexa was is die hauptstadt von {} | südafrika=ZA; botsuana=BW; angola=AO
namibian-germans | lekker und jetzt die hauptstadt von {} bitte | sambia=ZM; simbabwe=ZW; mosambik=MZ
namibian-germans | is gut is gut aber wie heißt die hauptstadt von {} | lesotho=LS; eswatini=SZ; malawi=MW
namibian-germans | wir fahren von swakopmund hoch und reden über {} was ist da die hauptstadt | namibia=NA; tansania=TZ; kenia=KE
namibian-germans | auf der farm bei omaruru fragt mein neffe nach der hauptstadt von {} | den seychellen=SC; den komoren=KM; madagaskar=MG

# Münsterland: farmers and students, "wat weiß ich", the "leeze".
muensterland | wat weiß ich alexa sag du mir die hauptstadt von {} | irland=IE; schottland=GB-SCT; nordirland=GB-NIR
muensterland | ich sitz auf der leeze und frag mich was ist die hauptstadt von {} | den niederlanden=NL; belgien=BE; dänemark=DK
muensterland | beim pinkus sagt einer die hauptstadt von {} wär klar welche denn | kanada=CA; australien=AU; neuseeland=NZ
muensterland | bei uns aufm hof fragt der azubi nach der hauptstadt von {} | niedersachsen=DE-NI; nordrhein-westfalen=DE-NW; hessen=DE-HE
muensterland | mensch alexa die hauptstadt von {} hab ich grad vergessen | uruguay=UY; paraguay=PY; argentinien=AR

# Filipino nurses on a German ward.
filipino-nurses | ate fragt was ist die hauptstadt von {} | philippinen=PH; indonesien=ID; malaysia=MY
filipino-nurses | salamat po alexa und die hauptstadt von {} | vietnam=VN; kambodscha=KH; thailand=TH
filipino-nurses | ano nga wie heißt die hauptstadt von {} | brunei=BN; osttimor=TL; papua-neuguinea=PG
filipino-nurses | in der pause auf station fragt kuya nach der hauptstadt von {} | palau=PW; guam=GU; nördliche marianen=MP
filipino-nurses | der patient in zimmer zwölf will wissen die hauptstadt von {} | polen=PL; ungarn=HU; kroatien=HR
filipino-nurses | ich lerne noch deutsch bitte was ist hauptstadt von {} | saudi-arabien=SA; katar=QA; kuwait=KW

# Japanese families in Düsseldorf.
japanese-duesseldorf | ano alexa was ist die hauptstadt von {} | japan=JP; nordkorea=KP; mongolei=MN
japanese-duesseldorf | eto sumimasen wie heißt die hauptstadt von {} ne | taiwan=TW; china=CN; südkorea=KR
japanese-duesseldorf | mein sohn in der japanischen schule fragt die hauptstadt von {} | kanada=CA; mexiko=MX; kuba=CU
japanese-duesseldorf | auf der immermannstraße frage ich mich die hauptstadt von {} bitte | indien=IN; pakistan=PK; nepal=NP
japanese-duesseldorf | entschuldigung meine frage ist hauptstadt von {} | fidschi=FJ; samoa=WS; tonga=TO

# Afghan teenagers in a youth club.
afghan-youth | bale alexa was ist hauptstadt von {} | afghanistan=AF; iran=IR; tadschikistan=TJ
afghan-youth | walla ich weiß nicht die hauptstadt von {} sag du | turkmenistan=TM; usbekistan=UZ; kirgisistan=KG
afghan-youth | tashakor und was ist mit hauptstadt von {} | irak=IQ; syrien=SY; jordanien=JO
afghan-youth | im jugendtreff spielen wir ein quiz was ist die hauptstadt von {} | libanon=LB; israel=IL; jemen=YE
afghan-youth | mein betreuer sagt ich soll dich fragen hauptstadt von {} | oman=OM; bahrain=BH; vereinigte arabische emirate=AE

# The blind pensioner and the grandmother with a hearing aid.
elders | alexa ich sehe nichts mehr und der atlas hilft mir nicht was ist die hauptstadt von {} | argentinien=AR; chile=CL; peru=PE
elders | lies mir bitte vor wie die hauptstadt von {} heißt | kolumbien=CO; venezuela=VE; ecuador=EC
elders | wie bitte ich hab dich nicht verstanden die hauptstadt von {} | bolivien=BO; paraguay=PY; uruguay=UY
elders | mein hörgerät piept was hast du gesagt die hauptstadt von {} | kuba=CU; haiti=HT; jamaika=JM
elders | früher wusste ich das die hauptstadt von {} | ägypten=EG; sudan=SD; libyen=LY

# Nine-year-old twins, a dad with a baby in a carrier.
children | alexa meine schwester sagt die hauptstadt von {} ist doof welche ist es | frankreich=FR; england=GB-ENG; spanien=ES
children | mama hat gesagt ich darf dich fragen was die hauptstadt von {} ist | australien=AU; neuseeland=NZ; kanada=CA
children | nein ich frag zuerst alexa was ist die hauptstadt von {} | ägypten=EG; mexiko=MX; brasilien=BR
children | wer hat recht ich oder mein bruder was ist die hauptstadt von {} | russland=RU; china=CN; indien=IN
children | ich trag die kleine grad rum und frag mich die hauptstadt von {} | kenia=KE; äthiopien=ET; somalia=SO

# Teenagers at a LAN party.
lan-party | yo alexa schnell was ist die hauptstadt von {} | südsudan=SS; tschad=TD; der zentralafrikanischen republik=CF
lan-party | wir brauchen für den clan namen die hauptstadt von {} | der mongolei=MN; kasachstan=KZ; bhutan=BT
lan-party | alter wie heißt die hauptstadt von {} | nauru=NR; tuvalu=TV; kiribati=KI
lan-party | kurz afk was ist die hauptstadt von {} | vanuatu=VU; den salomonen=SB; mikronesien=FM
lan-party | digga nenn mir mal die hauptstadt von {} | gabun=GA; äquatorialguinea=GQ; kamerun=CM

# Work situations.
at-work | auf der feuerwache zwischen zwei einsätzen was ist die hauptstadt von {} | chile=CL; peru=PE; ecuador=EC
at-work | ich hab rufbereitschaft als hebamme und kann nicht schlafen wie heißt die hauptstadt von {} | neuseeland=NZ; fidschi=FJ; samoa=WS
at-work | um vier uhr früh in der backstube fragt der lehrling nach der hauptstadt von {} | österreich=AT; ungarn=HU; tschechien=CZ
at-work | am taxistand in frankfurt wartet man ewig was ist die hauptstadt von {} | äthiopien=ET; eritrea=ER; sudan=SD
at-work | an der endhaltestelle hab ich fünf minuten pause was ist die hauptstadt von {} | syrien=SY; irak=IQ; iran=IR
at-work | ein päckchen geht nach {} was ist da die hauptstadt | mauritius=MU; madagaskar=MG; sri lanka=LK
at-work | beim holzeinschlag im wald frag ich mich die hauptstadt von {} | finnland=FI; kanada=CA; schweden=SE
at-work | auf dem trecker bei der ernte fällt mir ein was ist die hauptstadt von {} | der ukraine=UA; rumänien=RO; moldau=MD

# Games at home: Skat, "Wer wird Millionär", Trivial Pursuit, Scrabble, Quizduell.
games | beim skat will einer wissen was die hauptstadt von {} ist | gambia=GM; guinea-bissau=GW; sierra leone=SL
games | doppelkopf runde und keiner kennt die hauptstadt von {} | benin=BJ; togo=TG; burkina faso=BF
games | wir schauen wer wird millionär die frage ist die hauptstadt von {} | myanmar=MM; bangladesch=BD; sri lanka=LK
games | ich brauch den publikumsjoker was ist die hauptstadt von {} | kirgisistan=KG; turkmenistan=TM; aserbaidschan=AZ
games | bei trivial pursuit die blaue frage was ist die hauptstadt von {} | armenien=AM; georgien=GE; aserbaidschan=AZ
games | im quizduell läuft die zeit wie heißt die hauptstadt von {} | dominica=DM; grenada=GD; st lucia=LC
games | beim scrabble brauch ich die hauptstadt von {} | trinidad und tobago=TT; antigua und barbuda=AG; st kitts und nevis=KN

# Sport on TV.
sport-on-tv | beim eishockey spielt gerade {} gegen kanada was ist deren hauptstadt | lettland=LV; slowakei=SK; kasachstan=KZ
sport-on-tv | in wimbledon spielt einer aus {} wie heißt da die hauptstadt | serbien=RS; kroatien=HR; australien=AU
sport-on-tv | beim schachturnier sitzt ein großmeister aus {} was ist die hauptstadt | armenien=AM; indien=IN; usbekistan=UZ
sport-on-tv | bei den winterspielen läuft gerade die mannschaft von {} ein hauptstadt bitte | jamaika=JM; liechtenstein=LI; andorra=AD
sport-on-tv | bei den paralympics hat {} gold geholt was ist die hauptstadt | nigeria=NG; tunesien=TN; brasilien=BR
sport-on-tv | beim golf führt einer aus {} wie heißt die hauptstadt | südafrika=ZA; fidschi=FJ; paraguay=PY
sport-on-tv | die rallye dakar geht durch {} was ist die hauptstadt da | saudi-arabien=SA; mauretanien=MR; senegal=SN

# School and the naturalisation test.
school-and-tests | morgen schreib ich erdkunde was ist die hauptstadt von {} | nigeria=NG; ghana=GH; der elfenbeinküste=CI
school-and-tests | für den einbürgerungstest muss ich wissen die hauptstadt von {} | deutschland=DE; bayern=DE-BY; nordrhein-westfalen=DE-NW
school-and-tests | im referat über {} fehlt mir noch die hauptstadt | nepal=NP; bhutan=BT; malediven=MV
school-and-tests | die lehrerin hat gefragt was die hauptstadt von {} ist und ich wusste es nicht | sambia=ZM; ruanda=RW; burundi=BI
school-and-tests | für die uni klausur über {} brauch ich die hauptstadt | tadschikistan=TJ; afghanistan=AF; oman=OM
school-and-tests | im sprachkurs fragt die lehrerin nach der hauptstadt von {} | bremen=DE-HB; hamburg=DE-HH; brandenburg=DE-BB

# Festivals and home.
festivals-home | beim laternenumzug fragt mein kind was die hauptstadt von {} ist | italien=IT; griechenland=GR; portugal=PT
festivals-home | wir backen plätzchen und raten die hauptstadt von {} | norwegen=NO; island=IS; estland=EE
festivals-home | auf der kirmes am autoscooter fragt mich einer nach der hauptstadt von {} | der türkei=TR; zypern=CY; libanon=LB
festivals-home | beim maibaum aufstellen will der bürgermeister die hauptstadt von {} wissen | bayern=DE-BY; schleswig-holstein=DE-SH; mecklenburg-vorpommern=DE-MV
festivals-home | auf der hochzeit sitzt die familie der braut aus {} was ist da die hauptstadt | kolumbien=CO; peru=PE; el salvador=SV
festivals-home | mit dem wohnmobil in skandinavien und wir fragen uns die hauptstadt von {} | schweden=SE; norwegen=NO; den ålandinseln=AX
festivals-home | die flitterwochen gehen auf die {} wie heißt da die hauptstadt | bahamas=BS; malediven=MV; seychellen=SC

# Case and the genitive.
genitive-case | wie heißt perus hauptstadt | PE
genitive-case | was ist die hauptstadt des {} | jemen=YE; libanon=LB; sudan=SD
genitive-case | was ist die hauptstadt der {} | slowakei=SK; mongolei=MN; türkei=TR
genitive-case | wie heißt die hauptstadt der {} | schweiz=CH; ukraine=UA; zentralafrikanischen republik=CF
genitive-case | was ist {} hauptstadt | chiles=CL; kanadas=CA; ungarns=HU
genitive-case | wie lautet {} hauptstadt | rumäniens=RO; bulgariens=BG; kroatiens=HR
genitive-case | welche stadt ist im {} die hauptstadt | sudan=SD; tschad=TD; niger=NE
genitive-case | was ist die hauptstadt vom {} | irak=IQ; iran=IR; oman=OM
genitive-case | wo sitzt die regierung der {} | philippinen=PH; malediven=MV; komoren=KM
genitive-case | was ist die hauptstadt der vereinigten staaten | US

# The polite Sie.
polite-sie | entschuldigen sie könnten sie mir sagen was die hauptstadt von {} ist | portugal=PT; spanien=ES; frankreich=FR
polite-sie | würden sie mir bitte die hauptstadt von {} nennen | belgien=BE; österreich=AT; polen=PL
polite-sie | wären sie so freundlich mir die hauptstadt von {} zu sagen | ecuador=EC; venezuela=VE; bolivien=BO
polite-sie | wissen sie zufällig die hauptstadt von {} | liberia=LR; sierra leone=SL; gambia=GM
polite-sie | ich hätte eine frage an sie was ist die hauptstadt von {} | algerien=DZ; marokko=MA; ägypten=EG

# Terse forms.
terse | {} hauptstadt | litauen=LT; estland=EE; lettland=LV
terse | hauptstadt {} | niger=NE; mali=ML; guinea=GN
terse | {} hauptstadt schnell | dominikanische republik=DO; haiti=HT; kuba=CU
terse | {} welche hauptstadt | mikronesien=FM; palau=PW; nauru=NR
terse | hauptstadt von {} los | katar=QA; bahrain=BH; kuwait=KW
terse | {} und die hauptstadt | sri lanka=LK; malediven=MV; bangladesch=BD

# Fillers and hesitations.
fillers | ähm also was ist äh die hauptstadt von {} | belarus=BY; armenien=AM; georgien=GE
fillers | hm moment wie war das die hauptstadt von {} | vanuatu=VU; tonga=TO; tuvalu=TV
fillers | öh also ich weiß nicht ähm hauptstadt von {} | eswatini=SZ; lesotho=LS; botsuana=BW
fillers | na ja also äh sag mal die hauptstadt von {} | suriname=SR; guyana=GY; belize=BZ
fillers | warte warte äh was ist die äh hauptstadt von {} | st vincent und die grenadinen=VC; grenada=GD; barbados=BB
fillers | also pass auf ähm die hauptstadt von {} | jordanien=JO; israel=IL; syrien=SY

# Tails after the question.
tails | was ist die hauptstadt von {} weißt du das | costa rica=CR; panama=PA; el salvador=SV
tails | wie heißt die hauptstadt von {} sag schon | pakistan=PK; indien=IN; china=CN
tails | die hauptstadt von {} bitte und danke schön | togo=TG; benin=BJ; ghana=GH
tails | was ist die hauptstadt von {} oder weißt du das auch nicht | kiribati=KI; den salomonen=SB; den marshallinseln=MH
tails | die hauptstadt von {} das wüsste ich gern | sao tome und principe=ST; kap verde=CV; äquatorialguinea=GQ

# One-shot requests with the invocation name.
invocation-one-shot | frag hauptstädte der welt nach der hauptstadt von {} | tansania=TZ; uganda=UG; kenia=KE
invocation-one-shot | öffne hauptstädte der welt und sag mir die hauptstadt von {} | mali=ML; niger=NE; burkina faso=BF
invocation-one-shot | starte hauptstädte der welt was ist die hauptstadt von {} | ruanda=RW; gabun=GA; kamerun=CM
invocation-one-shot | frag mal hauptstädte der welt was die hauptstadt von {} ist | bosnien und herzegowina=BA; albanien=AL; kosovo=XK
invocation-one-shot | sag hauptstädte der welt ich will die hauptstadt von {} wissen | kambodscha=KH; laos=LA; myanmar=MM
invocation-one-shot | bitte hauptstädte der welt wie heißt die hauptstadt von {} | haiti=HT; der dominikanischen republik=DO; jamaika=JM
invocation-one-shot | alexa frag hauptstädte der welt wie die hauptstadt von {} heißt | brunei=BN; singapur=SG; osttimor=TL

# What speech recognition writes.
asr-forms | was ist die hauptstatt von {} | schweden=SE; norwegen=NO; dänemark=DK
asr-forms | wie heist die haupt stadt von {} | griechenland=GR; bulgarien=BG; rumänien=RO
asr-forms | was ist die hauptstadtvon {} | kolumbien=CO; venezuela=VE; kanada=CA
asr-forms | was ist die hauptstadt fon {} | finnland=FI; irland=IE; island=IS
asr-forms | wie heisst die hauptstadt von {} | osterreich=AT; danemark=DK; agypten=EG
asr-forms | was ist die hauptstadt von {} | tuerkei=TR; rumaenien=RO; oesterreich=AT
asr-forms | wie heißt die hauptstadt von {} | oh mann=OM; katarrh=QA; butan=BT
asr-forms | sag mir die hauptstadt von {} | to go=TG; mal da=MT; pe ru=PE
asr-forms | hauptstadt von {} | neu seeland=NZ; süd afrika=ZA; saudi arabien=SA
asr-forms | die hauptstadt von {} bitte | elsalvador=SV; costarica=CR; srilanka=LK
asr-forms | was ist die haupstadt von {} | kasakstan=KZ; usbekistahn=UZ; turkmenistahn=TM
asr-forms | was ist denn die hauptstadt von {} | jamaica=JM; kenya=KE; zimbabwe=ZW
asr-forms | wie ist die hauptstadt von {} | madagascar=MG; mocambique=MZ; tanzania=TZ
asr-forms | die hauptstadt von {} ist was | philipinen=PH; indonesia=ID; malaysien=MY
asr-forms | wie heißt denn die hauptstatt von {} | papua neuguinea=PG; nord mazedonien=MK; süd sudan=SS
asr-forms | was ist die hauptstat von {} | la os=LA; nau ru=NR; sa moa=WS
asr-forms | was ist die hauptstadt von der {} | elfenbein küste=CI; dominikanischen republick=DO; zentral afrikanischen republik=CF

# Follow-ups after a first question.
follow-up | und von {} | estland=EE; kuba=CU; tonga=TO
follow-up | und was ist mit {} | sambia=ZM; bhutan=BT; armenien=AM
follow-up | und die von {} | ecuador=EC; slowenien=SI; oman=OM
follow-up | und jetzt noch {} | eritrea=ER; vanuatu=VU; belize=BZ
follow-up | okay und {} | gabun=GA; jordanien=JO; nepal=NP
follow-up | gut und wie sieht es bei {} aus | suriname=SR; tadschikistan=TJ; burundi=BI
follow-up | und dann noch die hauptstadt von {} | uruguay=UY; libyen=LY; kirgisistan=KG

# Yes-no checks with right and wrong guesses.
yes-no-check | ist {} | berlin die hauptstadt von deutschland=DE; sydney die hauptstadt von australien=AU; zürich die hauptstadt der schweiz=CH
yes-no-check | stimmt es dass {} | rio die hauptstadt von brasilien ist=BR; istanbul die hauptstadt der türkei ist=TR; lagos die hauptstadt von nigeria ist=NG
yes-no-check | ist die hauptstadt von {} | kanada toronto=CA; marokko casablanca=MA; vietnam ho chi minh stadt=VN
yes-no-check | heißt die hauptstadt von {} | pakistan karatschi=PK; tansania daressalam=TZ; kasachstan almaty=KZ
yes-no-check | ich glaube die hauptstadt von {} oder | neuseeland ist auckland=NZ; indien ist mumbai=IN; südafrika ist johannesburg=ZA
yes-no-check | die hauptstadt von {} richtig | peru ist lima=PE; japan ist tokio=JP; ägypten ist kairo=EG
yes-no-check | hab ich recht dass die hauptstadt von {} | bolivien la paz ist=BO; myanmar rangun ist=MM; elfenbeinküste abidjan ist=CI
yes-no-check | ist es wahr dass {} | bern die hauptstadt der schweiz ist=CH; ottawa die hauptstadt von kanada ist=CA; canberra die hauptstadt von australien ist=AU
yes-no-check | kann es sein dass die hauptstadt von {} | ecuador guayaquil heißt=EC; benin cotonou heißt=BJ; nigeria abuja heißt=NG

# Self-corrections.
self-correction | was ist denn jetzt die hauptstadt von {} | schweden nein warte von norwegen=NO; österreich äh ich meine von ungarn=HU; chile nee quatsch argentinien=AR
self-correction | wie heißt nochmal die hauptstadt von {} | slowenien oder nein slowakei=SK; niger ach nein nigeria=NG; iran sorry ich meinte irak=IQ
self-correction | sag mir bitte die hauptstadt von {} | kolumbien nein doch venezuela=VE; laos nee kambodscha=KH; mali äh mauretanien=MR
self-correction | die hauptstadt von {} | gambia quatsch guinea=GN; lettland ach litauen meine ich=LT; guyana nein suriname=SR
self-correction | ich meinte nicht {} | österreich sondern australien=AU; schweden sondern die schweiz=CH; indien sondern indonesien=ID
self-correction | was ist die hauptstadt von {} ich meine natürlich belarus | moldau=BY
self-correction | äh hauptstadt von {} | tschad nein sudan=SD; kongo ich meine die republik kongo=CG; korea äh südkorea=KR

# Reverse questions: a capital named, its country asked.
reverse-question | von welchem land ist {} die hauptstadt | kairo=CITY:Kairo; nairobi=CITY:Nairobi; lima=CITY:Lima
reverse-question | {} ist die hauptstadt von welchem land | tiflis=CITY:Tiflis; eriwan=CITY:Eriwan; baku=CITY:Baku
reverse-question | zu welchem land gehört die hauptstadt {} | ulaanbaatar=CITY:Ulaanbaatar; thimphu=CITY:Thimphu; kathmandu=CITY:Kathmandu
reverse-question | wo ist {} die hauptstadt | bamako=CITY:Bamako; niamey=CITY:Niamey; dakar=CITY:Dakar
reverse-question | {} ist hauptstadt wovon | ouagadougou=CITY:Ouagadougou; accra=CITY:Accra; lomé=CITY:Lomé
reverse-question | in welchem land ist {} hauptstadt | harare=CITY:Harare; lusaka=CITY:Lusaka; gaborone=CITY:Gaborone
reverse-question | {} ist die hauptstadt von was | taschkent=CITY:Taschkent; duschanbe=CITY:Duschanbe; bischkek=CITY:Bischkek
reverse-question | wessen hauptstadt ist {} | vaduz=CITY:Vaduz; valletta=CITY:Valletta; tallinn=CITY:Tallinn
reverse-question | welches bundesland hat {} als hauptstadt | hannover=CITY:Hannover; wiesbaden=CITY:Wiesbaden; magdeburg=CITY:Magdeburg

# Official names.
official-name | kennst du die hauptstadt der {} | islamischen republik iran=IR; arabischen republik ägypten=EG; vereinigten republik tansania=TZ
official-name | wie heißt die hauptstadt des {} | königreichs marokko=MA; fürstentums liechtenstein=LI; großherzogtums luxemburg=LU
official-name | die hauptstadt der {} bitte | föderativen republik brasilien=BR; russischen föderation=RU; hellenischen republik=GR
official-name | weißt du die hauptstadt der {} | volksrepublik china=CN; republik korea=KR; demokratischen volksrepublik korea=KP
official-name | sag mir die hauptstadt vom {} | königreich thailand=TH; sultanat oman=OM; haschemitischen königreich jordanien=JO
official-name | die hauptstadt der {} heißt wie | schweizerischen eidgenossenschaft=CH; bundesrepublik nigeria=NG; republik der union myanmar=MM

# Everyday names.
everyday-name | welche hauptstadt hat {} | holland=NL; amerika=US; der tschechei=CZ
everyday-name | wie heißt die hauptstadt von den {} | emiraten=AE; staaten=US; kapverden=CV
everyday-name | sag mir mal die hauptstadt von {} | weißrussland=BY; bosnien=BA; mazedonien=MK
everyday-name | die hauptstadt vom {} bitte | kongo kinshasa=CD; kongo brazzaville=CG; vatikan=VA
everyday-name | was ist die hauptstadt von {} noch | swasiland=SZ; großbritannien=GB; der dr kongo=CD

# Old names.
old-name | was war früher die hauptstadt von {} und was ist sie heute | ceylon=LK; siam=TH; persien=IR
old-name | mein opa sagt immer {} wie heißt da die hauptstadt | abessinien=ET; rhodesien=ZW; zaire=CD
old-name | in meinem alten atlas steht {} was ist die hauptstadt | obervolta=BF; dahome=BJ; betschuanaland=BW
old-name | früher hieß es {} was ist die hauptstadt | birma=MM; kampuchea=KH; formosa=TW

# Shared names.
shared-name | was ist die hauptstadt von {} eigentlich | georgia=GE+US-GA; kongo=CD+CG; den jungferninseln=VG+VI
shared-name | wie heißen die hauptstädte von {} | korea=KP+KR; nord und südkorea=KP+KR; beiden koreas=KP+KR
shared-name | ich suche die hauptstadt von {} | georgia in amerika=US-GA; georgien im kaukasus=GE; dem us bundesstaat georgia=US-GA
shared-name | nenn mir die hauptstadt von {} | den britischen jungferninseln=VG; den amerikanischen jungferninseln=VI; dem land georgien=GE
shared-name | was sind die hauptstädte der beiden {} | kongos=CD+CG; koreas=KP+KR
shared-name | hauptstadt vom {} | kongo in afrika=CD+CG
shared-name | georgia hauptstadt bitte | GE+US-GA

# Plurals: the countries with several capitals, and Palestine.
plural-capitals | was sind die hauptstädte von {} | südafrika=ZA; bolivien=BO; benin=BJ
plural-capitals | welche hauptstädte hat {} | malaysia=MY; sri lanka=LK; eswatini=SZ
plural-capitals | wie heißen die hauptstädte der {} | niederlande=NL; elfenbeinküste=CI
plural-capitals | nenn mir alle hauptstädte von {} | palästina=PS; südafrika=ZA; bolivien=BO
plural-capitals | {} hat doch mehrere hauptstädte welche | benin=BJ; malaysia=MY; côte d'ivoire=CI
plural-capitals | stimmt es dass {} zwei hauptstädte hat welche sind das | sri lanka=LK; swasiland=SZ; palästina=PS
plural-capitals | welche zwei hauptstädte hat {} | jammu und kashmir=IN-JK; uttarakhand=IN-UK; montserrat=MS
plural-capitals | welche städte sind die hauptstädte von holland | NL
plural-capitals | mein enkel sagt {} hat drei hauptstädte wie heißen die | südafrika=ZA
plural-capitals | in {} gibt es doch zwei hauptstädte oder welche sind das | bolivien=BO; den niederlanden=NL
plural-capitals | ja nee die drei hauptstädte von südafrika sag mal | ZA
plural-capitals | für die erdkundearbeit brauch ich beide hauptstädte von {} | bolivien=BO; benin=BJ; malaysia=MY

# Subdivisions and territories.
subdivision | was ist die hauptstadt vom us bundesstaat {} | kalifornien=US-CA; texas=US-TX; florida=US-FL
subdivision | wie heißt die hauptstadt vom bundesstaat {} | new york=US-NY; washington=US-WA; nevada=US-NV
subdivision | die hauptstadt von {} in den usa | alaska=US-AK; hawaii=US-HI; arizona=US-AZ
subdivision | was ist die hauptstadt der provinz {} | ontario=CA-ON; québec=CA-QC; british columbia=CA-BC
subdivision | wie heißt die hauptstadt von {} in kanada | alberta=CA-AB; nova scotia=CA-NS; yukon=CA-YT
subdivision | welche stadt ist die hauptstadt von {} in indien | kerala=IN-KL; goa=IN-GA; rajasthan=IN-RJ
subdivision | was ist die hauptstadt vom indischen bundesstaat {} | tamil nadu=IN-TN; maharashtra=IN-MH; westbengalen=IN-WB
subdivision | wie heißt die hauptstadt von {} in brasilien | bahia=BR-BA; amazonas=BR-AM; santa catarina=BR-SC
subdivision | was ist die hauptstadt vom mexikanischen bundesstaat {} | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | welche stadt ist die hauptstadt von {} | grönland=GL; puerto rico=PR; bermuda=BM
subdivision | was ist die hauptstadt der insel {} | jersey=JE; guernsey=GG; man=IM
subdivision | wie heißt der hauptort von {} | neukaledonien=NC; französisch-polynesien=PF; martinique=MQ
subdivision | wie heißt der hauptort der {} | kaimaninseln=KY; falklandinseln=FK; cookinseln=CK
subdivision | was ist die hauptstadt vom bundesland {} | sachsen=DE-SN; thüringen=DE-TH; bayern=DE-BY
subdivision | die landeshauptstadt von {} | niedersachsen=DE-NI; schleswig-holstein=DE-SH; hessen=DE-HE
subdivision | wie heißt die landeshauptstadt von {} | mecklenburg-vorpommern=DE-MV; saarland=DE-SL; brandenburg=DE-BB
subdivision | was ist die hauptstadt von {} in großbritannien | schottland=GB-SCT; wales=GB-WLS; nordirland=GB-NIR
subdivision | was ist die hauptstadt von {} im indischen ozean | réunion=RE; mayotte=YT; der weihnachtsinsel=CX

# Launch through the invocation name.
launch | öffne hauptstädte der welt bitte | LAUNCH
launch | alexa starte mal hauptstädte der welt | LAUNCH
launch | ich möchte hauptstädte der welt spielen | LAUNCH
launch | mach hauptstädte der welt auf | LAUNCH
launch | alexa geh auf hauptstädte der welt | LAUNCH
launch | hauptstädte der welt starten bitte | LAUNCH
launch | lass uns hauptstädte der welt machen | LAUNCH
launch | moin alexa öffne mal die hauptstädte der welt | LAUNCH
launch | griaß di alexa starte hauptstädte der welt | LAUNCH
launch | hauptstädte der welt aufmachen | LAUNCH
launch | ano alexa öffne hauptstädte der welt | LAUNCH
launch | lass mal hauptstädte der welt laufen | LAUNCH
launch | sàlü alexa mach hauptstädte der welt auf | LAUNCH
launch | alexa ich will mit hauptstädte der welt üben | LAUNCH
launch | starte bitte das spiel hauptstädte der welt | LAUNCH

# Help.
help | wie funktioniert das hier eigentlich | HELP
help | was kann ich dich alles fragen | HELP
help | ich versteh das spiel nicht hilf mir | HELP
help | erklär mir mal wie das geht | HELP
help | was muss ich denn sagen | HELP
help | hilfe ich weiß nicht weiter | HELP
help | welche fragen kann ich hier stellen | HELP
help | wie benutze ich diesen skill | HELP
help | kannst du mir erklären was du kannst | HELP
help | ich bin blind erklär mir bitte wie ich dich bedienen soll | HELP
help | sumimasen wie funktioniert das | HELP
help | was soll ich jetzt machen alexa | HELP
help | ich brauch hilfe mit dem skill | HELP
help | was geht hier überhaupt | HELP
help | wie soll ich fragen damit du mich verstehst | HELP
help | erklär dat mal für dummies | HELP
help | sag mir welche befehle es gibt | HELP
help | gibt es eine anleitung | HELP
help | ano wie kann ich dich benutzen | HELP
help | ich bin neu hier was macht dieser skill | HELP
help | moien wie geht das hier mit den hauptstädten | HELP
help | was muss ich sagen damit du mir eine hauptstadt sagst | HELP
help | oma versteht das nicht erklär das mal langsam | HELP

# Stop: end the skill.
stop | stopp alexa das reicht jetzt | STOP
stop | aus jetzt ich muss zum einsatz | STOP
stop | beende den skill bitte | STOP
stop | schluss für heute | STOP
stop | hör auf zu reden | STOP
stop | sei jetzt still das baby schläft | STOP
stop | ruhe bitte alexa | STOP
stop | beenden äddi | STOP
stop | schluss aus feierabend | STOP
stop | genug gespielt mach aus | STOP
stop | alexa stopp die schicht geht los | STOP
stop | hör auf mit dem quiz | STOP
stop | mach den skill aus | STOP
stop | ich will aufhören | STOP
stop | na denn man tschüss alexa beenden | STOP
stop | jo eh genug jetzt aufhören | STOP
stop | stopp stopp stopp | STOP
stop | verlass hauptstädte der welt | STOP
stop | stopp wir müssen raus zum einsatz | STOP
stop | aus aus aus das baby ist wach | STOP
stop | beende hauptstädte der welt jetzt | STOP
stop | salamat alexa du kannst aufhören | STOP
stop | schluss jetzt wir spielen skat weiter | STOP

# Cancel: drop what was asked.
cancel | ach vergiss es | CANCEL
cancel | vergiss die frage | CANCEL
cancel | abbrechen bitte | CANCEL
cancel | egal vergiss es einfach | CANCEL
cancel | brich ab ich hab mich vertan | CANCEL
cancel | ach nix vergiss es | CANCEL
cancel | streich das | CANCEL
cancel | die frage hat sich erledigt | CANCEL
cancel | abbruch | CANCEL
cancel | hat sich erledigt vergiss es | CANCEL
cancel | ne ne abbrechen | CANCEL
cancel | vergiss was ich gefragt habe | CANCEL
cancel | schon gut vergiss es alexa | CANCEL
cancel | walla vergiss es | CANCEL
cancel | bitte abbrechen ich hab mich versprochen | CANCEL
cancel | ach nee doch nicht vergiss es | CANCEL
cancel | abbrechen jo | CANCEL
cancel | oh die frage war falsch vergiss es bitte | CANCEL
cancel | sumimasen abbrechen bitte | CANCEL
cancel | mama sagt ich soll das abbrechen | CANCEL
cancel | lass die frage mit der hauptstadt weg ich hab mich vertan | CANCEL
cancel | ach weisch was vergiss es | CANCEL
cancel | alexa brich die frage ab | CANCEL
cancel | nee vergiss das mit peru | CANCEL
cancel | abbrechen der patient braucht mich | CANCEL

# Out-of-domain near misses.
out-of-domain | was ist die hauptstadt der steiermark | FB
out-of-domain | wie heißt die hauptstadt von kärnten | FB
out-of-domain | was ist die landeshauptstadt von tirol | FB
out-of-domain | was ist die hauptstadt vom elsass | FB
out-of-domain | wie heißt die hauptstadt von lothringen | FB
out-of-domain | was ist die hauptstadt von katalonien | FB
out-of-domain | was ist die hauptstadt von sibirien | FB
out-of-domain | was ist die hauptstadt der kalahari | FB
out-of-domain | was ist die hauptstadt vom münsterland | FB
out-of-domain | was ist die hauptstadt von rügen | FB
out-of-domain | welche stadt ist die modehauptstadt der welt | FB
out-of-domain | was ist die hauptstadt des fußballs | FB
out-of-domain | wer hat das kapital geschrieben | FB
out-of-domain | wie viel startkapital brauche ich für eine bäckerei | FB
out-of-domain | was bedeutet kapitalismus | FB
out-of-domain | wie schreibt man hauptstadt mit großem h | FB
out-of-domain | wie viele einwohner hat namibia | FB
out-of-domain | welche sprache spricht man in luxemburg | FB
out-of-domain | was ist die währung von japan | FB
out-of-domain | wie groß ist die fläche von kanada | FB
out-of-domain | welche farben hat die flagge von afghanistan | FB
out-of-domain | wie spät ist es gerade in manila | FB
out-of-domain | wie ist das wetter in windhoek | FB
out-of-domain | wie hoch ist der höchste berg in österreich | FB
out-of-domain | wer ist der präsident von frankreich | FB
out-of-domain | wann ist der nationalfeiertag von luxemburg | FB
out-of-domain | welche vorwahl hat die schweiz | FB
out-of-domain | wie lange fliegt man nach tokio | FB
out-of-domain | wie weit ist es von hamburg nach kopenhagen | FB
out-of-domain | was kostet ein flug nach manila | FB
out-of-domain | stell einen timer auf zwölf minuten | FB
out-of-domain | spiel schlager radio | FB
out-of-domain | setz mehl und butter auf die einkaufsliste | FB
out-of-domain | wecke mich um halb vier | FB
out-of-domain | mach das licht im flur an | FB
out-of-domain | wie wird das wetter morgen auf rügen | FB
out-of-domain | erzähl mir einen witz | FB
out-of-domain | wie viele punkte hat ein grand beim skat | FB
out-of-domain | wer hat gestern beim eishockey gewonnen | FB
out-of-domain | wie steht es in wimbledon | FB
out-of-domain | wie viele länder gibt es auf der welt | FB
out-of-domain | welches land ist das größte in afrika | FB
out-of-domain | in welchem land liegt swakopmund | FB
out-of-domain | wo liegt omaruru | FB
out-of-domain | was heißt danke auf japanisch | FB
out-of-domain | übersetze salamat auf deutsch | FB
out-of-domain | wie sagt man hauptstadt auf englisch | FB
out-of-domain | was ist der längste fluss der welt | FB
out-of-domain | wie hoch ist der kölner dom | FB
out-of-domain | wann fährt der nächste bus nach münster | FB
out-of-domain | ruf die feuerwehr an | FB
out-of-domain | wie viele tage hat ein schaltjahr | FB
out-of-domain | wann ist sankt martin | FB
out-of-domain | spiel das laternenlied | FB
out-of-domain | wie backt man vanillekipferl | FB
out-of-domain | was ist die größte stadt der welt | FB
out-of-domain | welche stadt hat die meisten einwohner in deutschland | FB
out-of-domain | was ist die hauptstadt von atlantis | FB
out-of-domain | was ist die hauptstadt von mittelerde | FB
out-of-domain | was ist die hauptstadt von europa | FB
out-of-domain | was ist die hauptstadt von afrika | FB
out-of-domain | was ist die hauptstadt der sowjetunion | FB
out-of-domain | was war die hauptstadt von preußen | FB
out-of-domain | was ist die hauptstadt von bayern auf bairisch | FB
out-of-domain | wo liegt die hauptstadt von peru auf der karte | FB
out-of-domain | wie viele einwohner hat die hauptstadt von ungarn | FB
out-of-domain | welcher fluss fließt durch die hauptstadt von österreich | FB
out-of-domain | wie heißt die hauptstraße in windhoek | FB
out-of-domain | wer wird millionär heute abend im fernsehen | FB
out-of-domain | lies mir ein hörbuch vor | FB
out-of-domain | wie laut ist mein hörgerät | FB
out-of-domain | wie viel uhr ist es | FB
out-of-domain | mach musik an | FB
out-of-domain | wie heißt der bürgermeister von hamburg | FB
out-of-domain | wie viele bundesländer hat österreich | FB
out-of-domain | welche kantone hat die schweiz | FB
out-of-domain | was ist der ausländeranteil in luxemburg | FB
out-of-domain | wie lange dauert die fähre nach bornholm | FB
out-of-domain | wie viele container passen auf ein schiff | FB
out-of-domain | welche hauptstadt ist die kälteste | FB
out-of-domain | welche hauptstadt liegt am höchsten | FB
out-of-domain | was ist die hauptstadt von hinterindien | FB
out-of-domain | wie viele hauptstädte kennst du | FB
out-of-domain | was ist ein kapitalverbrechen | FB
out-of-domain | wie groß ist der hamburger hafen | FB
out-of-domain | was ist das nationalgericht von den philippinen | FB
out-of-domain | wie hoch ist die miete in düsseldorf | FB
out-of-domain | wie viele einbürgerungsfragen gibt es | FB
out-of-domain | was ist die hauptstadt von kurdistan | FB
out-of-domain | was ist die hauptstadt vom kanton bern | FB
out-of-domain | was ist die hauptstadt von oberösterreich | FB
out-of-domain | wie heißt die hauptstadt vom burgenland | FB
out-of-domain | was ist die hauptstadt von vorarlberg | FB
out-of-domain | was ist die hauptstadt der provence | FB
out-of-domain | was ist die hauptstadt von flandern | FB
out-of-domain | wie heißt die hauptstadt von bayern in franken | FB
out-of-domain | was ist die hauptstadt von ostpreußen | FB
out-of-domain | was ist die hauptstadt von mindanao | FB
out-of-domain | was ist die hauptstadt von hokkaido | FB
out-of-domain | was ist die hauptstadt von pommern | FB
out-of-domain | was ist die hauptstadt der deutschen wurst | FB
out-of-domain | welche stadt ist die europäische kulturhauptstadt dieses jahr | FB
out-of-domain | wie viel eigenkapital brauche ich für ein haus | FB
out-of-domain | was heißt kapitalertragssteuer | FB
out-of-domain | wie viele einwohner hat die mongolei | FB
out-of-domain | welche währung hat namibia | FB
out-of-domain | was isst man in thüringen | FB
out-of-domain | welche sprachen spricht man auf den philippinen | FB
out-of-domain | wann ist das kirschblütenfest in düsseldorf | FB
out-of-domain | wie alt ist der hamburger michel | FB
out-of-domain | wer hat beim golf gestern gewonnen | FB
out-of-domain | wann fängt die rallye dakar an | FB
out-of-domain | wie funktioniert ein rudern ergometer | FB
out-of-domain | wie viele karten hat ein skatblatt | FB
out-of-domain | spiel das lied hummel hummel | FB
out-of-domain | mach das radio an ndr zwei | FB
out-of-domain | stell den wecker auf drei uhr fünfzehn für die backstube | FB
out-of-domain | erinner mich an die medikamente um acht | FB
out-of-domain | welche hauptstadt hat die meisten brücken | FB
out-of-domain | welches land hat die meisten nachbarländer | FB
out-of-domain | wie heißt der fluss durch windhoek | FB
out-of-domain | wie groß ist afghanistan | FB
out-of-domain | wer regiert gerade in österreich | FB
out-of-domain | was bedeutet das wort hauptstadt | FB
out-of-domain | gib mir ein rezept für rostbratwurst | FB
out-of-domain | wie viele inseln haben die philippinen | FB
out-of-domain | wer ist der könig von thailand | FB
out-of-domain | wie lautet die nationalhymne von luxemburg | FB
"""

if __name__ == "__main__":
    build_round(26, "de", LINES, sys.argv, "tests/Eval/de/round26/source/build_corpus.py")
