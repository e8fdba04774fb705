"""Round 24, German (de-DE): a new author's own mix, written blind. Speakers chosen away from earlier rounds: Swiss
speakers talking Standard German to the Echo with Helvetisms ("grüezi", "merci vielmal", "exgüsi", "sali zäme",
"gäll", "velo", "göttibub", "jassabend"), Viennese ("servus", "heast", "geh bitte", "oida", "na bumm", "leiwand",
"baba"), Swabians ("grüß gott", "ha jetzt", "ha noi", "kehrwoche", "häusle", "ade"), the Ruhr ("boah ey", "kumma",
"getz", "woll", "anne bude", "unter tage"), Berliners ("icke", "wat", "ick wees", "jut", "nu"), Franconians
("allmächd", "fei", "schäufele", "rauchbier"), South Tyroleans ("jo", "mei", "heint", "törggelen", Bozen), Kiezdeutsch
youth in Hamburg and Berlin ("digga", "wallah", "lan", "bruder", "ich schwör"), Dutch neighbours learning German
("hoi", "even", "dus", "ik bedoel"), German-speaking Chileans from Osorno and Puerto Varas ("ya", "po", "cachai"), an
Iranian-German family ("merci", "maman", "khob"), and a retired sailor with the old names he sailed to. Situations: a
crossword, Stadt-Land-Fluss, the Eurovision Song Contest, the Olympic opening ceremony, the Champions League and World
Cup draws and the Tour de France, postcrossing and a coin collection, a travel-agency counter, an export office and its
customs papers, an interpreter and an airport display, a home-office call and a hotline, a vet practice, a bike
workshop, an orchestra rehearsal, a chimney sweep on the roof, a hunter's high seat, a mountain-rescue hut, confirmation
class, a baby awake at three in the morning, ironing, a world-map jigsaw, a children's birthday and an Easter egg hunt,
a traffic jam on the A8, a Volkshochschule Spanish course and the town library, a radio presenter going live. Plus
fillers and hesitations, the polite Sie, case and the genitive ("perus", "des sudans", "der türkei", "im oman", "vom
tschad"), terse forms, one-shot requests with the invocation name "hauptstädte der welt", follow-ups, corrections,
checks, reverse questions, official, old and everyday names, shared names, plurals (every several-capital country and
Palestine), subdivisions, help, stop, cancel, launch, and out-of-domain requests with near misses (Austrian Länder and
Swiss cantons the data lacks, "capital bra", the "hauptstadtstudio", capital as money). Recognition forms: "hauptstaat"
and "hauptstätte" for "hauptstadt", "haubtstadt", "fon", lost umlauts, ss for ß, homophones ("chili", "pollen",
"schweiß", "to go"), English spellings ("qatar", "kenya", "zambia", "gabon", "rwanda", "yemen"), split and joined names.
`python3 tests/Eval/de/round24/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 24's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions in neutral words.
plain-question | kannst du mir sagen was die hauptstadt von {} ist | österreich=AT; ungarn=HU; rumänien=RO
plain-question | wie heißt denn die hauptstadt von {} | mosambik=MZ; sambia=ZM; malawi=MW
plain-question | was für eine hauptstadt hat {} | tunesien=TN; algerien=DZ; marokko=MA
plain-question | welche hauptstadt gehört zu {} | libyen=LY; ägypten=EG; dem sudan=SD
plain-question | was ist denn die hauptstadt von {} | mexiko=MX; guatemala=GT; honduras=HN

# Swiss speakers talking Standard German to the Echo.
swiss-speakers | grüezi alexa was ist die hauptstadt von {} | albanien=AL; andorra=AD; montenegro=ME
swiss-speakers | merci vielmal und jetzt noch die hauptstadt von {} | uruguay=UY; argentinien=AR; peru=PE
swiss-speakers | exgüsi weißt du grad die hauptstadt von {} | island=IS; irland=IE; malta=MT
swiss-speakers | hoi alexa mein göttibub will wissen wie die hauptstadt von {} heißt | neuseeland=NZ; australien=AU; kanada=CA
swiss-speakers | wir sitzen im zug nach chur sag mal die hauptstadt von {} | tschechien=CZ; der slowakei=SK; slowenien=SI
swiss-speakers | für den jassabend brauch ich schnell die hauptstadt von {} | portugal=PT; griechenland=GR; zypern=CY
swiss-speakers | ich bin aus basel und frage mich was die hauptstadt von {} ist | frankreich=FR; luxemburg=LU; belgien=BE
swiss-speakers | das velo steht schon bereit aber zuerst die hauptstadt von {} | norwegen=NO; finnland=FI; estland=EE
swiss-speakers | sali zäme was ist die hauptstadt vom fürstentum liechtenstein | LI
swiss-speakers | gäll alexa bern ist doch die hauptstadt von der schweiz | CH
swiss-speakers | am znüni tisch fragt der lehrling nach der hauptstadt von {} | kenia=KE; äthiopien=ET; nigeria=NG

# Viennese.
vienna-speakers | servus alexa wie heißt die hauptstadt von {} | kroatien=HR; serbien=RS; bulgarien=BG
vienna-speakers | heast alexa sag ma die hauptstadt von {} | der ukraine=UA; weißrussland=BY; moldawien=MD
vienna-speakers | geh bitte was war nochmal die hauptstadt von {} | lettland=LV; litauen=LT; polen=PL
vienna-speakers | oida welche hauptstadt hat {} | die türkei=TR; georgien=GE; armenien=AM
vienna-speakers | im kaffeehaus streiten wir grad über die hauptstadt von {} | kasachstan=KZ; usbekistan=UZ; aserbaidschan=AZ
vienna-speakers | na bumm das weiß ich nicht mehr die hauptstadt von {} | kirgisistan=KG; tadschikistan=TJ; turkmenistan=TM
vienna-speakers | der ober wettet mit mir um einen spritzer was die hauptstadt von {} ist | der mongolei=MN; nepal=NP
vienna-speakers | leiwand und wie schaut's mit der hauptstadt von {} aus | bhutan=BT; bangladesch=BD
vienna-speakers | na geh alexa jetzt sag mir endlich die hauptstadt von {} | slowenien=SI; italien=IT

# Swabians.
swabian-speakers | grüß gott alexa was ist eigentlich die hauptstadt von {} gell | kamerun=CM; nigeria=NG; gabun=GA
swabian-speakers | ha jetzt sag halt mal die hauptstadt von {} | senegal=SN; gambia=GM; mali=ML
swabian-speakers | beim kehrwoche machen fällt mir ein welche hauptstadt hat eigentlich {} | liberia=LR; sierra leone=SL; guinea=GN
swabian-speakers | mir schaffe grad am häusle aber sag mal die hauptstadt von {} | guinea-bissau=GW; burkina faso=BF; niger=NE
swabian-speakers | ha noi des weiß i net was ist die hauptstadt von {} | dem tschad=TD; mauretanien=MR
swabian-speakers | beim spätzle schaben wollt ich wissen was die hauptstadt von {} ist | schweden=SE; dänemark=DK

# The Ruhr.
ruhr-speakers | boah ey alexa wat is die hauptstadt von {} | der dominikanischen republik=DO; haiti=HT; kuba=CU
ruhr-speakers | kumma alexa hauptstadt von {} | jamaika=JM; den bahamas=BS; barbados=BB
ruhr-speakers | getz sach mal die hauptstadt von {} woll | trinidad und tobago=TT; grenada=GD; dominica=DM
ruhr-speakers | auf schalke in der kurve fragen die mich was die hauptstadt von {} is | nicaragua=NI; el salvador=SV; costa rica=CR
ruhr-speakers | mein kumpel von unter tage wollte immer wissen was die hauptstadt von {} is | panama=PA; kolumbien=CO; venezuela=VE
ruhr-speakers | anne bude streiten se sich über die hauptstadt von {} | ecuador=EC; chile=CL; guyana=GY

# Berliners.
berlin-speakers | na wat is denn die hauptstadt von {} | suriname=SR; belize=BZ; paraguay=PY
berlin-speakers | ick wees et nich mehr wie hieß die hauptstadt von {} | indonesien=ID; den philippinen=PH; vietnam=VN
berlin-speakers | sach ma alexa wie heißt die hauptstadt von {} | laos=LA; kambodscha=KH; thailand=TH
berlin-speakers | ick will nur wissen wat die hauptstadt von {} is | myanmar=MM; den malediven=MV; bangladesch=BD
berlin-speakers | in der u-bahn hab ick gewettet dass ick die hauptstadt von {} weeß | japan=JP; china=CN; südkorea=KR
berlin-speakers | jut und nu noch die hauptstadt von {} | taiwan=TW; singapur=SG; brunei=BN

# Franconians.
franconia-speakers | allmächd jetzt sag halt die hauptstadt von {} | syrien=SY; jordanien=JO; dem libanon=LB
franconia-speakers | des is fei wichtig welche hauptstadt hat {} | der irak=IQ; der iran=IR; kuwait=KW
franconia-speakers | beim schäufele essen wollt i wissen was die hauptstadt von {} ist | bahrain=BH; katar=QA; oman=OM
franconia-speakers | gell alexa du weißt doch die hauptstadt von {} | dem jemen=YE; saudi-arabien=SA; israel=IL
franconia-speakers | in bamberg beim rauchbier fragt einer nach der hauptstadt von {} | pakistan=PK; afghanistan=AF; indien=IN

# South Tyroleans.
south-tyrol | jo servus alexa was ist die hauptstadt von {} | italien=IT; san marino=SM; monaco=MC
south-tyrol | mei alexa sag mir heint noch die hauptstadt von {} | spanien=ES; malta=MT
south-tyrol | bei uns in bozen fragen die touristen nach der hauptstadt von {} | deutschland=DE; den niederlanden=NL; großbritannien=GB
south-tyrol | beim törggelen ist die frage aufgekommen was die hauptstadt von {} ist | russland=RU; bosnien und herzegowina=BA; nordmazedonien=MK

# Kiezdeutsch youth.
kiez-youth | digga was ist die hauptstadt von {} | somalia=SO; äthiopien=ET; eritrea=ER
kiez-youth | wallah ich weiß es nicht alexa hauptstadt von {} | dschibuti=DJ; kenia=KE; uganda=UG
kiez-youth | bruder sag mal schnell die hauptstadt von {} | tansania=TZ; ruanda=RW; burundi=BI
kiez-youth | ey lan was ist die hauptstadt von {} | ghana=GH; togo=TG; benin=BJ
kiez-youth | ich schwör ich hab's vergessen wie heißt die hauptstadt von {} | angola=AO; namibia=NA; botsuana=BW
kiez-youth | was geht alexa sag mal die hauptstadt von {} ich brauch das für die schule | simbabwe=ZW; lesotho=LS; dem südsudan=SS

# Dutch neighbours learning German.
dutch-neighbours | hallo alexa ich bin aus holland was ist die hauptstadt von {} | madagaskar=MG; mauritius=MU; den seychellen=SC
dutch-neighbours | entschuldigung mein deutsch ist nicht so gut die hauptstadt von {} bitte | den komoren=KM; cabo verde=CV; sao tome und principe=ST
dutch-neighbours | wir fahren mit dem wohnwagen durch deutschland und ich frage mich die hauptstadt von {} | äquatorialguinea=GQ; der zentralafrikanischen republik=CF; kongo-brazzaville=CG
dutch-neighbours | hoi alexa even kurz welche hauptstadt hat {} | fidschi=FJ; samoa=WS; tonga=TO
dutch-neighbours | ich meine äh wie sagt man die hauptstadt von {} dus | vanuatu=VU; den salomonen=SB; tuvalu=TV
dutch-neighbours | den haag ist die hauptstadt von welchem land hè | CITY:Den Haag

# German-speaking Chileans.
chile-germans | ya alexa was ist die hauptstadt von {} | brasilien=BR; kanada=CA; den vereinigten staaten=US
chile-germans | meine oma aus osorno hat immer nach der hauptstadt von {} gefragt | deutschland=DE; österreich=AT; der schweiz=CH
chile-germans | in puerto varas sprechen wir noch deutsch wie heißt die hauptstadt von {} | palau=PW; nauru=NR; kiribati=KI
chile-germans | cachai die hauptstadt von {} weiß ich nicht po | mikronesien=FM; den marshallinseln=MH; papua-neuguinea=PG

# An Iranian-German family.
iranian-family | merci alexa und was ist die hauptstadt von {} | sri lanka=LK; malaysia=MY; indonesien=ID
iranian-family | maman will wissen was die hauptstadt von {} ist | schweden=SE; norwegen=NO; tadschikistan=TJ
iranian-family | khob alexa noch eine frage die hauptstadt von {} | usbekistan=UZ; turkmenistan=TM
iranian-family | mein vater hat früher in {} gearbeitet und weiß die hauptstadt nicht mehr | kuwait=KW; katar=QA

# A retired sailor and the old names.
old-name | früher bin ich zur see gefahren nach {} wie hieß da die hauptstadt | ceylon=LK; siam=TH; birma=MM
old-name | als matrose war ich in {} was ist da heute die hauptstadt | zaire=CD; rhodesien=ZW; dahome=BJ
old-name | meine frau fragt ob ich noch die hauptstadt von {} weiß | formosa=TW; abessinien=ET; obervolta=BF
old-name | was war gleich die hauptstadt von persien | IR
old-name | wie heißt die hauptstadt von betschuanaland heute | BW
old-name | hauptstadt von kampuchea | KH

# A crossword.
crossword | kreuzworträtsel hauptstadt von {} mit vier buchstaben | peru=PE; togo=TG; lettland=LV
crossword | ich hänge beim rätsel fest gesucht ist die hauptstadt von {} | mauritius=MU; eritrea=ER; jemen=YE
crossword | im rätselheft steht hauptstadt in {} waagerecht zwölf | nepal=NP; bhutan=BT; laos=LA
crossword | senkrecht drei hauptstadt von {} | ghana=GH; niger=NE; tschad=TD
crossword | mir fehlt im kreuzworträtsel nur noch die hauptstadt von {} | kamerun=CM; gabun=GA; bolivien=BO

# Stadt-Land-Fluss.
stadt-land-fluss | wir spielen stadt land fluss und streiten welche hauptstadt {} hat | uganda=UG; malawi=MW; sambia=ZM
stadt-land-fluss | zählt maseru als hauptstadt von lesotho beim stadt land fluss | LS
stadt-land-fluss | bei stadt land fluss mit t hab ich tirana ist das die hauptstadt von albanien | AL
stadt-land-fluss | stadt land fluss mit o ist ouagadougou die hauptstadt von burkina faso | BF

# The Eurovision Song Contest.
eurovision | beim song contest singt gleich {} was ist da die hauptstadt | die republik moldau=MD; aserbaidschan=AZ; armenien=AM
eurovision | zwölf punkte gehen nach {} und wie heißt da die hauptstadt | israel=IL; zypern=CY; san marino=SM
eurovision | die punkte werden aus der hauptstadt von {} verlesen welche stadt ist das | georgien=GE; albanien=AL; estland=EE

# The Olympic opening ceremony.
olympic-opening | beim einmarsch der nationen kommt grad {} welche hauptstadt hat das land | osttimor=TL; sankt lucia=LC; antigua und barbuda=AG
olympic-opening | die fahnenträgerin von {} läuft gerade ein was ist die hauptstadt | st kitts und nevis=KN; sankt vincent und die grenadinen=VC; den seychellen=SC
olympic-opening | schatz guck mal {} ist dabei weißt du die hauptstadt | liechtenstein=LI; monaco=MC; andorra=AD

# Football draws and the Tour de France.
sport-draw | champions league auslosung wir spielen gegen einen klub aus {} was ist dort die hauptstadt | kasachstan=KZ; belarus=BY; nordirland=GB-NIR
sport-draw | bei der tour de france fährt einer aus {} mit welche hauptstadt hat das | eritrea=ER; kolumbien=CO; slowenien=SI
sport-draw | die wm auslosung bringt uns {} in die gruppe was ist denn die hauptstadt | marokko=MA; tunesien=TN; iran=IR

# Postcrossing and a coin collection.
collector | ich hab eine postkarte aus {} bekommen was ist dort die hauptstadt | den komoren=KM; grönland=GL; den färöern=FO
collector | in meiner münzsammlung fehlt noch {} welche hauptstadt hat das | suriname=SR; guyana=GY; belize=BZ
collector | postcrossing karte aus {} angekommen wie heißt die hauptstadt | weißrussland=BY; taiwan=TW; kroatien=HR

# A travel-agency counter.
travel-agency | eine kundin am schalter fragt nach der hauptstadt von {} | sri lanka=LK; den malediven=MV; mauritius=MU
travel-agency | für den reiseprospekt brauche ich die hauptstadt von {} | jordanien=JO; oman=OM; den vereinigten arabischen emiraten=AE
travel-agency | im reisebüro kurz nachgefragt welche stadt ist die hauptstadt von {} | vietnam=VN; kambodscha=KH; laos=LA

# An export office.
export-office | die lieferung geht nach {} welche hauptstadt ist das nochmal | kenia=KE; nigeria=NG; ghana=GH
export-office | für die zollpapiere brauch ich die hauptstadt von {} | algerien=DZ; libyen=LY; ägypten=EG
export-office | unser kunde sitzt in der hauptstadt von {} wie heißt die | südafrika=ZA; angola=AO; mosambik=MZ
export-office | der container ist unterwegs nach {} und ich will wissen was dort die hauptstadt ist | brasilien=BR; argentinien=AR; chile=CL

# An interpreter and an airport display.
interpreter-airport | ich dolmetsche gerade für jemanden aus {} wie heißt die hauptstadt dort | dschibuti=DJ; somalia=SO; dem sudan=SD
interpreter-airport | auf der anzeigetafel am flughafen steht ein flug aus {} was ist die hauptstadt davon | katar=QA; bahrain=BH; kuwait=KW

# A home-office call and a hotline.
home-office | ich hab gleich einen call mit kollegen aus {} was ist da die hauptstadt | indien=IN; pakistan=PK; bangladesch=BD
home-office | kurz vor dem teams meeting was ist die hauptstadt von {} | polen=PL; rumänien=RO; bulgarien=BG
home-office | mein kollege zieht nach {} weißt du welche stadt dort hauptstadt ist | estland=EE; litauen=LT; lettland=LV
home-office | ich sitze an der hotline und ein kunde will die hauptstadt von {} wissen | neuseeland=NZ; australien=AU; fidschi=FJ

# Work breaks.
workplace-breaks | in der tierarztpraxis ist grad pause sag mir die hauptstadt von {} | uganda=UG; ruanda=RW; burundi=BI
workplace-breaks | ich repariere gerade ein fahrrad sag mal die hauptstadt von {} | tschechien=CZ; ungarn=HU; serbien=RS
workplace-breaks | in der orchesterprobe streiten die bratschen über die hauptstadt von {} | österreich=AT; der slowakei=SK; montenegro=ME
workplace-breaks | als schornsteinfeger auf dem dach frag ich mal die hauptstadt von {} | nordmazedonien=MK; dem kosovo=XK; albanien=AL
workplace-breaks | auf dem hochsitz ist es langweilig was ist die hauptstadt von {} | namibia=NA; botsuana=BW; simbabwe=ZW
workplace-breaks | auf der bergwachthütte fragt einer nach der hauptstadt von {} | nepal=NP; bhutan=BT; kirgisistan=KG

# Confirmation class.
confirmation-class | im konfirmandenunterricht reden wir über {} was ist dort die hauptstadt | israel=IL; jordanien=JO; den libanon=LB
confirmation-class | der pfarrer war mal in {} wie heißt da die hauptstadt | äthiopien=ET; tansania=TZ; papua-neuguinea=PG

# At home.
home-life | es ist drei uhr nachts das baby schläft nicht sag mir leise die hauptstadt von {} | kanada=CA; island=IS; norwegen=NO
home-life | beim bügeln frag ich mich was die hauptstadt von {} ist | dänemark=DK; schweden=SE; finnland=FI
home-life | wir puzzeln gerade die weltkarte welche hauptstadt hat {} | die mongolei=MN; russland=RU; china=CN
home-life | beim kindergeburtstag fragt ein kind nach der hauptstadt von {} | ägypten=EG; mexiko=MX; spanien=ES
home-life | beim ostereier suchen kommt die frage was die hauptstadt von {} ist | italien=IT; griechenland=GR; portugal=PT

# In the car.
car-trip | wir stehen im stau auf der a acht was ist die hauptstadt von {} | belgien=BE; luxemburg=LU; den niederlanden=NL
car-trip | papa sind wir bald da und was ist die hauptstadt von {} | frankreich=FR; england=GB-ENG; schottland=GB-SCT
car-trip | die kinder auf der rückbank wollen die hauptstadt von {} wissen | amerika=US; japan=JP; indien=IN

# The Volkshochschule and the town library.
vhs-library | im spanischkurs an der volkshochschule fragt die lehrerin nach der hauptstadt von {} | honduras=HN; guatemala=GT; el salvador=SV
vhs-library | in der stadtbibliothek hab ich ein buch über {} welche hauptstadt hat das land | haiti=HT; jamaika=JM; kuba=CU

# A radio presenter.
radio-presenter | ich moderiere gleich live und brauche die hauptstadt von {} | senegal=SN; gambia=GM; der elfenbeinküste=CI
radio-presenter | der nächste song kommt aus {} sag mir schnell die hauptstadt | trinidad und tobago=TT; barbados=BB; den bahamas=BS

# Case and the genitive.
genitive-case | was ist {} hauptstadt | perus=PE; chiles=CL; kanadas=CA
genitive-case | wie heißt die hauptstadt des {} | sudans=SD; irans=IR; senegals=SN
genitive-case | sag mir die hauptstadt der {} | türkei=TR; ukraine=UA; slowakei=SK
genitive-case | welche stadt ist hauptstadt im {} | libanon=LB; jemen=YE; oman=OM
genitive-case | die hauptstadt vom {} bitte | tschad=TD; niger=NE; vatikan=VA
genitive-case | hauptstadt der {} | philippinen=PH; malediven=MV; seychellen=SC

# Terse forms.
terse | hauptstadt {} schnell | tuvalu=TV; nauru=NR; palau=PW
terse | {} hauptstadt bitte | eritrea=ER; dschibuti=DJ; komoren=KM
terse | {} hauptstadt welche | guyana=GY; suriname=SR; belize=BZ
terse | hauptstadt von {} und zwar zackig | gabun=GA; togo=TG; liberia=LR

# Fillers and hesitations.
fillers | ähm also die hauptstadt von äh {} | kolumbien=CO; ecuador=EC; venezuela=VE
fillers | öhm wie war das noch mal äh hauptstadt von {} | sierra leone=SL; guinea=GN; mali=ML
fillers | na ja also ich wollt fragen ähm was die hauptstadt von {} ist | kirgisistan=KG; tadschikistan=TJ; turkmenistan=TM
fillers | warte mal kurz hm die hauptstadt von {} | vanuatu=VU; den salomonen=SB; samoa=WS
fillers | sag mal ähm was is ähm die hauptstadt von {} | dominica=DM; grenada=GD; saint lucia=LC

# The polite Sie and other politeness.
polite | würden sie mir bitte die hauptstadt von {} nennen | liechtenstein=LI; luxemburg=LU; monaco=MC
polite | entschuldigen sie die störung was ist die hauptstadt von {} | irland=IE; malta=MT; zypern=CY
polite | sei so lieb und sag mir die hauptstadt von {} | marokko=MA; jordanien=JO; syrien=SY
polite | ich hätte gern gewusst welche hauptstadt {} hat | aserbaidschan=AZ; georgien=GE; armenien=AM

# What recognition writes.
asr-forms | was ist der hauptstaat von {} | kroatien=HR; serbien=RS; bosnien=BA
asr-forms | wie heißt die haubtstadt von {} | portugal=PT; spanien=ES; frankreich=FR
asr-forms | welche hauptstätte hat {} | irland=IE; island=IS; grönland=GL
asr-forms | was ist die hauptstadt von {} | chili=CL; pollen=PL; cuba=CU
asr-forms | hauptstadt von der {} | schweiß=CH; elfenbein küste=CI; zentral afrikanischen republik=CF
asr-forms | wie heisst die hauptstadt von {} | qatar=QA; kenya=KE; zambia=ZM
asr-forms | was ist die hauptstadt von {} bitte | gabon=GA; rwanda=RW; yemen=YE
asr-forms | sag mir die hauptstadt fon {} | uzbekistan=UZ; bahrein=BH; kuweit=KW
asr-forms | welche hauptstadt hat {} eigentlich | agypten=EG; osterreich=AT; danemark=DK
asr-forms | was ist die hauptstadt von {} noch mal | to go=TG; ekuador=EC; bangla desch=BD
asr-forms | die hauptstadt von {} wie heißt die | saudiarabien=SA; weissrussland=BY; äquatorial guinea=GQ
asr-forms | hauptstadt fon {} | mosambique=MZ; kirgistan=KG; tansanja=TZ

# One-shot requests through the invocation name.
one-shot | frag hauptstädte der welt was die hauptstadt von {} ist | ecuador=EC; nicaragua=NI; honduras=HN
one-shot | sag hauptstädte der welt ich will die hauptstadt von {} wissen | fidschi=FJ; tonga=TO; samoa=WS
one-shot | öffne hauptstädte der welt und sag mir die hauptstadt von {} | vanuatu=VU; kiribati=KI; tuvalu=TV
one-shot | bitte hauptstädte der welt nach der hauptstadt von {} fragen | ghana=GH; mali=ML; niger=NE
one-shot | frag mal bei hauptstädte der welt nach wie die hauptstadt von {} heißt | dänemark=DK; lettland=LV; estland=EE
one-shot | starte hauptstädte der welt mit der frage nach {} | kuba=CU; haiti=HT; panama=PA
one-shot | grüezi alexa frag hauptstädte der welt nach der hauptstadt von {} | uruguay=UY; paraguay=PY
one-shot | heast frag amal hauptstädte der welt was die hauptstadt von moldawien is | MD
one-shot | alexa hauptstädte der welt hauptstadt von {} | somalia=SO; äthiopien=ET

# Follow-ups.
follow-up | und was ist mit {} | kap verde=CV; guinea-bissau=GW; sao tome=ST
follow-up | und die von {} | bahrain=BH; katar=QA; oman=OM
follow-up | jut und {} | burundi=BI; ruanda=RW
follow-up | oida und {} | slowenien=SI; kroatien=HR
follow-up | und wie sieht's bei {} aus | laos=LA; myanmar=MM; brunei=BN
follow-up | gut und jetzt noch {} | kenia=KE; uganda=UG; tansania=TZ
follow-up | merci und {} | liechtenstein=LI; österreich=AT
follow-up | digga und {} | marokko=MA; algerien=DZ
follow-up | und das gleiche für {} | neuseeland=NZ; australien=AU; fidschi=FJ
follow-up | ok und {} noch | chile=CL; argentinien=AR; peru=PE
follow-up | und bei {} | sambia=ZM; simbabwe=ZW; malawi=MW
follow-up | boah ey und {} | belgien=BE; luxemburg=LU
follow-up | und dann noch die von {} bitte | lesotho=LS; botsuana=BW; namibia=NA
follow-up | ya und {} po | bolivien=BO; paraguay=PY

# Yes-no checks, right and wrong guesses.
yes-no-check | ist {} die hauptstadt von australien | sydney=AU; canberra=AU; melbourne=AU
yes-no-check | stimmt es dass istanbul die hauptstadt der türkei ist | TR
yes-no-check | ist zürich die hauptstadt der schweiz | CH
yes-no-check | oida ist salzburg die hauptstadt von österreich | AT
yes-no-check | is rio de janeiro die hauptstadt von brasilien | BR
yes-no-check | hab ich recht dass toronto die hauptstadt von kanada ist | CA
yes-no-check | ist lagos immer noch die hauptstadt von nigeria | NG
yes-no-check | stimmt's dass abuja die hauptstadt von nigeria ist | NG
yes-no-check | ist almaty die hauptstadt von kasachstan | KZ
yes-no-check | die hauptstadt von marokko ist doch casablanca oder | MA
yes-no-check | ist rabat die hauptstadt von marokko ja oder nein | MA
yes-no-check | ich wette dass new york die hauptstadt von amerika ist stimmt's | US
yes-no-check | ist dar es salaam noch die hauptstadt von tansania | TZ
yes-no-check | ist karatschi die hauptstadt von pakistan | PK
yes-no-check | ist yangon die hauptstadt von myanmar | MM
yes-no-check | auckland ist doch die hauptstadt von neuseeland oder nicht | NZ
yes-no-check | ist ho-chi-minh-stadt die hauptstadt von vietnam | VN
yes-no-check | ist genf die hauptstadt der schweiz digga | CH
yes-no-check | ist kapstadt eine hauptstadt von südafrika | ZA
yes-no-check | ist münchen die hauptstadt von bayern gell | DE-BY
yes-no-check | ist frankfurt die hauptstadt von hessen | DE-HE
yes-no-check | ist graz die hauptstadt von österreich | AT
yes-no-check | ist bonn noch die hauptstadt von deutschland | DE
yes-no-check | ist sankt petersburg die hauptstadt von russland | RU
yes-no-check | quito ist schon die hauptstadt von ecuador oder | EC
yes-no-check | heißt die hauptstadt von kasachstan jetzt wieder astana | KZ
yes-no-check | ist mailand die hauptstadt von italien allmächd | IT
yes-no-check | ist reykjavík die hauptstadt von island | IS

# Self-corrections: the last place is meant.
self-correction | was ist die hauptstadt von schweden nein ich meine norwegen | NO
self-correction | hauptstadt von österreich äh nee von ungarn | HU
self-correction | sag mir die hauptstadt von slowenien quatsch slowakei | SK
self-correction | die hauptstadt vom iran ach nein vom irak | IQ
self-correction | welche hauptstadt hat nigeria nein warte niger | NE
self-correction | hauptstadt von guinea äh ich mein guinea-bissau | GW
self-correction | was ist die hauptstadt von dominica nee dominikanische republik | DO
self-correction | die hauptstadt von mali sorry mauretanien | MR
self-correction | hauptstadt von holland ik bedoel belgien | BE
self-correction | oida hauptstadt von australien na geh österreich mein ich | AT
self-correction | die hauptstadt von kolumbien nein kambodscha | KH
self-correction | hauptstadt von gambia moment sambia | ZM
self-correction | was ist die hauptstadt von libyen wallah ich mein libanon | LB
self-correction | was ist die hauptstadt von tschechien äh tschad | TD
self-correction | hauptstadt von armenien oder nee albanien | AL
self-correction | sag die hauptstadt von slowenien ne falsch serbien | RS
self-correction | die hauptstadt von uruguay quatsch paraguay | PY
self-correction | hauptstadt von kenia nee korrigiere kamerun | CM

# Reverse questions.
reverse-question | von welchem land ist {} die hauptstadt | nuuk=CITY:Nuuk; ulaanbaatar=CITY:Ulaanbaatar; windhoek=CITY:Windhoek
reverse-question | wovon ist {} die hauptstadt | tiflis=CITY:Tiflis; eriwan=CITY:Eriwan; baku=CITY:Baku
reverse-question | {} ist die hauptstadt von welchem land | bischkek=CITY:Bischkek; duschanbe=CITY:Duschanbe; taschkent=CITY:Taschkent
reverse-question | digga welches land hat {} als hauptstadt | ouagadougou=CITY:Ouagadougou; bamako=CITY:Bamako; niamey=CITY:Niamey
reverse-question | zu welchem staat gehört die hauptstadt {} | montevideo=CITY:Montevideo; asunción=CITY:Asunción; caracas=CITY:Caracas
reverse-question | in welchem land ist {} hauptstadt | valletta=CITY:Valletta; vaduz=CITY:Vaduz; ljubljana=CITY:Ljubljana
reverse-question | {} ist hauptstadt von was | canberra=CITY:Canberra; wellington=CITY:Wellington; ottawa=CITY:Ottawa
reverse-question | weißt du wessen hauptstadt {} ist | hanoi=CITY:Hanoi; vientiane=CITY:Vientiane; phnom penh=CITY:Phnom Penh
reverse-question | beim stadt land fluss hat einer {} geschrieben von welchem land ist das die hauptstadt | gitega=CITY:Gitega; dodoma=CITY:Dodoma; lilongwe=CITY:Lilongwe
reverse-question | welches land wird von {} aus regiert | kopenhagen=CITY:Kopenhagen; helsinki=CITY:Helsinki
reverse-question | victoria ist die hauptstadt von was | CITY:Victoria
reverse-question | kingston ist die hauptstadt welches landes | CITY:Kingston
reverse-question | la paz ist hauptstadt von wo | CITY:La Paz
reverse-question | heast wo ist pressburg äh bratislava hauptstadt | CITY:Bratislava
reverse-question | khob welches land hat teheran als hauptstadt | CITY:Teheran

# Official names.
official-name | was ist die hauptstadt der {} | bundesrepublik deutschland=DE; russischen föderation=RU; hellenischen republik=GR
official-name | wie heißt die hauptstadt vom {} | vereinigten königreich großbritannien und nordirland=GB; königreich der niederlande=NL; königreich thailand=TH
official-name | nenn mir die hauptstadt der {} | volksrepublik china=CN; islamischen republik iran=IR; schweizerischen eidgenossenschaft=CH
official-name | hauptstadt der {} bitte | vereinigten staaten von amerika=US; vereinigten mexikanischen staaten=MX; föderativen republik brasilien=BR
official-name | welche hauptstadt hat die {} | republik korea=KR; demokratische volksrepublik korea=KP; republik österreich=AT
official-name | was ist die hauptstadt des {} | fürstentums monaco=MC; königreichs marokko=MA; sultanats oman=OM
official-name | was ist die hauptstadt der republik {} | kongo=CG; moldau=MD; kasachstan=KZ
official-name | hauptstadt der französischen republik | FR
official-name | die hauptstadt der italienischen republik | IT
official-name | was ist die hauptstadt der demokratischen republik kongo | CD
official-name | sag mal die hauptstadt der portugiesischen republik | PT
official-name | hauptstadt der argentinischen republik | AR

# Everyday names.
everyday-name | wie heißt die hauptstadt von {} nochmal | holland=NL; der tschechei=CZ; weißrussland=BY
everyday-name | was ist bei {} die hauptstadt | england=GB-ENG; amerika=US; den emiraten=AE
everyday-name | welche hauptstadt haben die {} | staaten=US; emirate=AE; usa=US
everyday-name | hauptstadt von {} sag schon | burma=MM; swasiland=SZ; kap verde=CV
everyday-name | was ist denn die hauptstadt vom {} | vatikan=VA; kosovo=XK
everyday-name | welche hauptstadt hat die elfenbeinküste | CI
everyday-name | hauptstadt von bosnien | BA
everyday-name | was ist die hauptstadt von mazedonien | MK
everyday-name | was ist eigentlich die hauptstadt von großbritannien | GB
everyday-name | die hauptstadt von moldawien bitte | MD
everyday-name | was ist die hauptstadt von osttimor | TL
everyday-name | hauptstadt von saudi | SA

# Shared names.
shared-name | was ist die hauptstadt von kongo | CD+CG
shared-name | die hauptstadt vom kongo bitte | CD+CG
shared-name | hauptstadt von korea | KP+KR
shared-name | welche hauptstädte haben die beiden koreas | KP+KR
shared-name | was ist die hauptstadt von georgia | GE+US-GA
shared-name | was ist die hauptstadt vom us-bundesstaat georgia | US-GA
shared-name | hauptstadt von georgien im kaukasus | GE
shared-name | was ist die hauptstadt der jungferninseln | VG+VI
shared-name | und die britischen jungferninseln | VG
shared-name | hauptstadt der amerikanischen jungferninseln | VI
shared-name | hauptstadt von kongo brazzaville | CG
shared-name | die hauptstadt der dr kongo | CD
shared-name | nord und südkorea hauptstädte bitte | KP+KR
shared-name | die hauptstädte von dominica und der dominikanischen republik | DM+DO
shared-name | beide kongos und ihre hauptstädte | CD+CG
shared-name | georgia die hauptstadt | GE+US-GA

# Plurals: every several-capital country and Palestine.
plural-capitals | was sind die hauptstädte von südafrika | ZA
plural-capitals | welche drei hauptstädte hat südafrika eigentlich | ZA
plural-capitals | bolivien hat doch zwei hauptstädte welche sind das | BO
plural-capitals | oida wie viele hauptstädte hat bolivien und welche | BO
plural-capitals | nenn mir beide hauptstädte von benin | BJ
plural-capitals | die hauptstädte der niederlande bitte | NL
plural-capitals | holland hat doch zwei hauptstädte oder | NL
plural-capitals | welche hauptstädte hat malaysia | MY
plural-capitals | hauptstädte von malaysia und zwar beide | MY
plural-capitals | sri lanka hat zwei hauptstädte wie heißen die | LK
plural-capitals | die zwei hauptstädte der elfenbeinküste | CI
plural-capitals | digga welche hauptstädte hat côte d'ivoire | CI
plural-capitals | welche hauptstädte hat eswatini | SZ
plural-capitals | swasiland hauptstädte | SZ
plural-capitals | was sind die hauptstädte von palästina | PS
plural-capitals | ich hab gelesen palästina hat zwei hauptstädte welche sind das | PS
plural-capitals | wie heißen die hauptstädte von jammu und kaschmir | IN-JK
plural-capitals | hauptstädte von uttarakhand | IN-UK
plural-capitals | montserrat hat zwei hauptstädte welche | MS
plural-capitals | für die zollpapiere welche hauptstädte hat benin | BJ

# Subdivisions and territories.
subdivision | was ist die landeshauptstadt von {} | sachsen-anhalt=DE-ST; mecklenburg-vorpommern=DE-MV; rheinland-pfalz=DE-RP
subdivision | wie heißt die hauptstadt von {} | niedersachsen=DE-NI; thüringen=DE-TH; schleswig-holstein=DE-SH
subdivision | landeshauptstadt {} | baden-württemberg=DE-BW; nordrhein-westfalen=DE-NW; hessen=DE-HE
subdivision | was ist die hauptstadt vom bundesstaat {} | texas=US-TX; kalifornien=US-CA; new york=US-NY
subdivision | welche stadt ist die hauptstadt von {} in amerika | florida=US-FL; alaska=US-AK; hawaii=US-HI
subdivision | die hauptstadt der kanadischen provinz {} | ontario=CA-ON; quebec=CA-QC; british columbia=CA-BC
subdivision | was ist die hauptstadt von {} in australien | queensland=AU-QLD; tasmanien=AU-TAS; victoria=AU-VIC
subdivision | hauptstadt von {} in brasilien | bahia=BR-BA; minas gerais=BR-MG; amazonas=BR-AM
subdivision | welche hauptstadt hat der indische bundesstaat {} | kerala=IN-KL; goa=IN-GA; rajasthan=IN-RJ
subdivision | hauptstadt von {} mexiko | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | wie heißt die hauptstadt von {} im vereinigten königreich | wales=GB-WLS; nordirland=GB-NIR; schottland=GB-SCT
subdivision | auf {} was ist da die hauptstadt | jersey=JE; guernsey=GG; der isle of man=IM
subdivision | was ist die hauptstadt von {} in der karibik | puerto rico=PR; aruba=AW; curaçao=CW
subdivision | welche hauptstadt hat das französische überseegebiet {} | réunion=RE; martinique=MQ; guadeloupe=GP
subdivision | und die hauptstadt der {} | färöer=FO; kaimaninseln=KY; bermudas=BM
subdivision | bayerns landeshauptstadt | DE-BY
subdivision | die hauptstadt vom saarland | DE-SL
subdivision | was ist die hauptstadt von brandenburg eigentlich | DE-BB
subdivision | landeshauptstadt von sachsen gell | DE-SN
subdivision | was ist die hauptstadt von neufundland | CA-NL
subdivision | die hauptstadt von französisch-polynesien | PF
subdivision | was ist die hauptstadt von grönland | GL
subdivision | hauptstadt der ålandinseln | AX
subdivision | was ist die hauptstadt von gibraltar | GI
subdivision | welche hauptstadt hat die westsahara | EH

# Launch.
launch | grüezi alexa starte hauptstädte der welt | LAUNCH
launch | servus mach mal hauptstädte der welt auf | LAUNCH
launch | ey alexa hauptstädte der welt starten digga | LAUNCH
launch | wir wollen quizzen öffne bitte hauptstädte der welt | LAUNCH
launch | kannst du für die kinder hauptstädte der welt aufmachen | LAUNCH
launch | ich möchte hauptstädte der welt benutzen | LAUNCH
launch | aktiviere den skill hauptstädte der welt | LAUNCH
launch | geh mal in hauptstädte der welt rein | LAUNCH
launch | lade hauptstädte der welt | LAUNCH
launch | hauptstädte der welt öffnen bitte merci | LAUNCH
launch | boah ey mach ma hauptstädte der welt an | LAUNCH
launch | jo alexa hauptstädte der welt bitte | LAUNCH

# Help.
help | grüezi wie funktioniert das hier genau | HELP
help | heast was kann i da überhaupt fragen | HELP
help | boah ey ich check dat nich hilf mir mal | HELP
help | was kann dieser skill eigentlich alles | HELP
help | ich weiß nicht wie ich das fragen soll hilf mir | HELP
help | gib mir mal ein beispiel was ich sagen kann | HELP
help | digga wie geht das hier | HELP
help | erklär mir bitte wie ich nach einer hauptstadt frage | HELP
help | welche fragen verstehst du denn | HELP
help | kannst du mir die bedienung erklären | HELP
help | hilfe ich komm nicht weiter | HELP
help | ich bin neu hier wie läuft das | HELP
help | kannst du mir helfen ich kenne mich nicht aus | HELP
help | welche befehle gibt es hier | HELP
help | sag mir was ich hier machen kann | HELP
help | ich brauch eine anleitung | HELP
help | wie soll ich die frage stellen damit du mich verstehst | HELP
help | erklär der oma mal kurz wie das geht | HELP
help | was für möglichkeiten hab ich hier | HELP
help | exgüsi ich verstehe nicht wie das geht | HELP
help | hoi wie werkt das äh wie funktioniert das | HELP
help | hilf mir mal bitte ich weiß nicht weiter | HELP

# Stop: ends the skill.
stop | baba alexa | STOP
stop | ade alexa | STOP
stop | pfiat di alexa | STOP
stop | tschau zäme | STOP
stop | so schluss jetzt mach aus | STOP
stop | stopp digga | STOP
stop | ey hör jetzt auf | STOP
stop | das reicht für heute beenden | STOP
stop | alexa aus jetzt ich geh schlafen | STOP
stop | beende das quiz | STOP
stop | genug gequizzt für heute | STOP
stop | ende der übung | STOP
stop | mach den skill zu | STOP
stop | wir sind fertig tschüss | STOP
stop | danke das wars | STOP
stop | servus und aus | STOP
stop | schließ hauptstädte der welt | STOP
stop | stopp stopp stopp | STOP
stop | ich hab keine lust mehr mach aus | STOP
stop | feierabend alexa | STOP
stop | beende hauptstädte der welt bitte | STOP
stop | jut dit wars tschüss | STOP
stop | mach schluss mit den hauptstädten | STOP

# Cancel: drops what was asked.
cancel | ach vergiss es | CANCEL
cancel | abbrechen bitte | CANCEL
cancel | vergiss die frage | CANCEL
cancel | hab mich vertan vergiss es | CANCEL
cancel | ist schon gut brauch ich nicht mehr | CANCEL
cancel | streich das | CANCEL
cancel | nicht so wichtig vergiss es | CANCEL
cancel | schmarrn vergiss es | CANCEL
cancel | ach geh vergiss es | CANCEL
cancel | digga vergiss es einfach | CANCEL
cancel | nein zurück abbrechen | CANCEL
cancel | die frage hat sich erledigt | CANCEL
cancel | hat sich erledigt danke | CANCEL
cancel | nimm die frage zurück | CANCEL
cancel | abbrechen abbrechen | CANCEL
cancel | kommando zurück | CANCEL
cancel | ach lass das mit der hauptstadt vergiss es | CANCEL
cancel | ich hab's mir anders überlegt abbrechen | CANCEL
cancel | vergiss das mit dem land | CANCEL
cancel | nee doch nicht die frage abbrechen | CANCEL
cancel | exgüsi falsche frage abbrechen | CANCEL
cancel | wallah vergiss die frage | CANCEL
cancel | brich die frage ab | CANCEL

# Out of domain, with near misses.
out-of-domain | was ist die landeshauptstadt von kärnten | FB
out-of-domain | hauptort vom kanton graubünden | FB
out-of-domain | wie heißt die hauptstadt der steiermark | FB
out-of-domain | was ist die hauptstadt von südtirol | FB
out-of-domain | hauptstadt von katalonien | FB
out-of-domain | hauptstadt von sizilien bitte | FB
out-of-domain | was ist die hauptstadt von bali | FB
out-of-domain | was ist die hauptstadt von ostfriesland | FB
out-of-domain | hauptstadt von atlantis | FB
out-of-domain | was ist die hauptstadt von mittelerde | FB
out-of-domain | welche stadt ist die hauptstadt der mode | FB
out-of-domain | welche stadt ist kulturhauptstadt europas | FB
out-of-domain | wie viele einwohner hat wien | FB
out-of-domain | wie ist das wetter in zürich | FB
out-of-domain | wie spät ist es in tokio | FB
out-of-domain | welche sprache spricht man in belgien | FB
out-of-domain | welche währung hat die schweiz | FB
out-of-domain | wer ist der bundeskanzler von österreich | FB
out-of-domain | wer regiert in ungarn | FB
out-of-domain | was ist die größte stadt von australien | FB
out-of-domain | größte stadt der türkei | FB
out-of-domain | wie groß ist kanada | FB
out-of-domain | welche farben hat die flagge von italien | FB
out-of-domain | spiel die nationalhymne von frankreich | FB
out-of-domain | wie ist die vorwahl von österreich | FB
out-of-domain | wie weit ist es von berlin nach prag | FB
out-of-domain | wann fährt der nächste zug nach basel | FB
out-of-domain | stell einen timer auf zehn minuten für die spätzle | FB
out-of-domain | setz milch auf die einkaufsliste | FB
out-of-domain | mach das licht im flur an | FB
out-of-domain | spiel radio wien | FB
out-of-domain | wie viel ist zwölf mal sieben | FB
out-of-domain | wer hat den eurovision song contest gewonnen | FB
out-of-domain | wer hat die tour de france gewonnen | FB
out-of-domain | wann beginnt die eröffnungsfeier der olympischen spiele | FB
out-of-domain | wie ist der spielstand von schalke | FB
out-of-domain | wie viel kapital brauche ich für eine gmbh | FB
out-of-domain | worum geht es in das kapital von karl marx | FB
out-of-domain | was heißt hauptstadt auf englisch | FB
out-of-domain | wie schreibt man hauptstadt | FB
out-of-domain | welche länder grenzen an österreich | FB
out-of-domain | wie viele länder gibt es auf der welt | FB
out-of-domain | welcher fluss fließt durch wien | FB
out-of-domain | wie hoch ist der mount everest | FB
out-of-domain | wo liegt madagaskar | FB
out-of-domain | auf welchem kontinent liegt kenia | FB
out-of-domain | wie heißt der präsident von brasilien | FB
out-of-domain | wie viele bundesländer hat deutschland | FB
out-of-domain | wie viele kantone hat die schweiz | FB
out-of-domain | was kostet ein zugticket nach wien | FB
out-of-domain | ist es in kairo gerade warm | FB
out-of-domain | übersetze guten morgen ins niederländische | FB
out-of-domain | ruf maman an | FB
out-of-domain | spiel musik aus jamaika | FB
out-of-domain | erzähl mir einen witz über ostfriesen | FB
out-of-domain | wie viele tore hat marokko bei der wm geschossen | FB
out-of-domain | wer ist der könig von schweden | FB
out-of-domain | wie heißt der bürgermeister von wien | FB
out-of-domain | wie viele menschen leben in der hauptstadt von indien | FB
out-of-domain | welche zeitzone hat moskau | FB
out-of-domain | digga spiel mal capital bra | FB
out-of-domain | wie alt ist capital bra | FB
out-of-domain | wie viel kostet ein döner in berlin | FB
out-of-domain | wo ist die nächste apotheke | FB
out-of-domain | wie wird das wetter morgen in bozen | FB
out-of-domain | wie viele einwohner hat nürnberg | FB
out-of-domain | lies mir die nachrichten vor | FB
out-of-domain | wie sagt man danke auf persisch | FB
out-of-domain | wie lange fliegt man nach santiago de chile | FB
out-of-domain | was ist das hauptstadtstudio der ard | FB
out-of-domain | wie hoch ist die miete in der hauptstadt | FB
out-of-domain | wie viele hauptstädte gibt es auf der welt | FB
out-of-domain | wie spät ist es in der hauptstadt von japan | FB
out-of-domain | was kostet der eintritt im tiergarten schönbrunn | FB
out-of-domain | wie heißt die landeshauptfrau von niederösterreich | FB
out-of-domain | wie hoch ist der berliner fernsehturm | FB
out-of-domain | bestell mir ein taxi zum hauptbahnhof | FB
out-of-domain | gib mir ein rezept für käsespätzle | FB
out-of-domain | wie heißt das parlament in bern | FB
out-of-domain | buchstabier mal ouagadougou | FB
out-of-domain | wie spricht man reykjavík aus | FB
out-of-domain | beim stadt land fluss brauch ich eine hauptstadt mit k | FB
out-of-domain | wer singt heute beim song contest für österreich | FB
out-of-domain | wie viele medaillen hat die schweiz bei olympia | FB
out-of-domain | wie viel ist ein euro in chilenischen peso | FB
out-of-domain | was heißt merci auf holländisch | FB
out-of-domain | wie lang ist die autobahn a acht | FB
out-of-domain | wie viele buchstaben hat das wort hauptstadt | FB
out-of-domain | grüezi wie viele einwohner hat der kanton zürich | FB
out-of-domain | was ist der hauptort von appenzell innerrhoden | FB
out-of-domain | wie heißt die hauptstadt von tirol oida | FB
out-of-domain | landeshauptstadt von oberösterreich | FB
out-of-domain | was ist die hauptstadt von vorarlberg | FB
out-of-domain | hauptstadt von flandern | FB
out-of-domain | was ist die hauptstadt von sibirien | FB
out-of-domain | hauptstadt von korsika bitte | FB
out-of-domain | was ist die hauptstadt von mallorca | FB
out-of-domain | welche stadt ist die bierhauptstadt von deutschland | FB
out-of-domain | boah ey wie hat schalke gespielt | FB
out-of-domain | digga was läuft heute im kino | FB
out-of-domain | spiel was von den toten hosen | FB
out-of-domain | wie viel uhr ist es in santiago | FB
out-of-domain | wat kostet ne currywurst am alex | FB
out-of-domain | allmächd wann macht der christkindlesmarkt auf | FB
out-of-domain | was heißt hauptstadt auf italienisch | FB
out-of-domain | wie viele einwohner hat die hauptstadt von china | FB
out-of-domain | welche hauptstadt hat die meisten einwohner | FB
out-of-domain | wie weit ist es von bozen nach meran | FB
out-of-domain | welche länder liegen am äquator | FB
out-of-domain | wie heißt der längste fluss in afrika | FB
out-of-domain | erinnere mich morgen an den jassabend | FB
out-of-domain | stell den wecker auf sechs uhr | FB
out-of-domain | wie viel grad hat es in teheran | FB
out-of-domain | wie ist das wetter in puerto varas | FB
out-of-domain | wie viele sterne hat die europaflagge | FB
out-of-domain | wie heißt der fußballverein aus der hauptstadt von spanien | FB
out-of-domain | wer ist stadtpräsident von bern | FB
out-of-domain | wo wurde mozart geboren | FB
out-of-domain | spiel rock me amadeus von falco | FB
out-of-domain | welche länder machen beim song contest mit | FB
out-of-domain | wie lange dauert der flug nach teheran | FB
out-of-domain | ey lan wie viel uhr ist es | FB
"""

if __name__ == "__main__":
    build_round(24, "de", LINES, sys.argv, "tests/Eval/de/round24/source/build_corpus.py")
