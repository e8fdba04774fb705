"""Round 41, German (de-DE): a new author's own mix, written blind (brief WRITER48.md). Speakers chosen away from
rounds 38 to 40: Rheinhessen and Mainz ("ei gude wie", "allemol", "ei jo"), Ostwestfalen-Lippe ("nä", "getz", "boah"),
Aachen and the Lower Rhine ("jong", "wat es"), Flensburg and the Danish minority ("moin moin", "hej", "tak"),
Luxembourgers ("moien", "merci villmols"), Upper Austria and Salzburg ("heast", "na servas"), Vorarlberg and
Liechtenstein ("hoi"). Migrants, expats and heritage speakers: Vietnamese ("chào", "cam on"), Chinese students
("nihao", "xiexie"), Korean nurses ("ne", "kamsahamnida"), Brazilians ("oi", "valeu"), Alsatians and Cameroonians
(French), Swedes, Finns, Danes, Georgians ("gmadlobt"), Armenians, Sri Lankan Tamils ("vanakkam"), Pakistanis ("yaar"),
Israelis ("toda", "sababa"), Thai ("khop khun kha"), Albanians ("faleminderit"), Lithuanians, Australians and New
Zealanders ("g'day", "mate"). Children (a new globe, a Kita song, homework, the back seat of the car, Lego, the
Kinderuni), teenagers (a Referat, the Abi, a Klassenfahrt, Minecraft, Fortnite, "sheesh", "no cap", "slay", "aura"),
elders (a crossword, the Skatrunde, the Kaffeekränzchen, the Schrebergarten, a retired sailor, old names Zaire,
Dahome, Obervolta, Kampuchea, Betschuanaland, Swasiland, Formosa, Südrhodesien, Abessinien), learners (an
Integrationskurs, deliberate article, case and word-order errors). Work: a taxi driver, customs, a travel agency, a
visa application, a lorry driver, a care home, a translator, a hairdresser, a bakery, a call centre, a parcel
courier, a registry office, a museum guide, a radio presenter, the port, the Bundeswehr, a garage, a wine list, a
coffee roaster, an auction house, a nurse, a client presentation, a home office meeting, an architect. Games: Stadt
Land Fluss, Trivial Pursuit, Tabu, Wer wird Millionär, a pub quiz, Quizduell, Zug um Zug, Galgenmännchen, Activity,
Bingo, Carcassonne. Households: kneading dough, vacuuming, moving boxes, a sleeping baby, a barbecue, knitting,
gardening, a shared flat, breakfast, cleaning, a birthday. Travel and sport: a city trip, the Jakobsweg, a semester
abroad, a language trip, work and travel, a camper van, a sailing trip, a honeymoon; Olympics, biathlon, tennis,
marathon, darts, Formula One, rugby, volleyball. Plus hesitations, formal requests, the genitive, bare keywords,
follow-ups, yes/no checks (the place asked about expected), self-corrections (the last place named), reverse
questions (CITY:<capital>), official and everyday names (old names too), shared names (Kongo, Korea, Georgia,
Jungferninseln), plurals of every several-capital country and Palestine, subdivisions and territories, launch (the
skill's German name guessed), help, stop, cancel and out of domain (other requests, "Hauptstadt" and "Kapital" in other
senses, regions, historical and fictional places the data has no capital for).
`python3 tests/Eval/de/round41/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 41's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
regional-speech | ei gude alexa wie is die hauptstadt von {} | andorra=AD; den emiraten=AE; afghanistan=AF
regional-speech | alexa ei jo sach mol die hauptstadt von {} allemol | antigua und barbuda=AG; albanien=AL; armenien=AM
regional-speech | alexa nä getz sach ma wat die hauptstadt von {} is | angola=AO; argentinien=AR; österreich=AT
regional-speech | moin moin alexa hauptstadt von {} jo | australien=AU; aserbaidschan=AZ; bosnien und herzegowina=BA
regional-speech | alexa jong wat is de hauptstadt vun {} | barbados=BB; bangladesch=BD; belgien=BE
regional-speech | alexa heast sog ma wia de hauptstadt vo {} hoast | burkina faso=BF; bulgarien=BG; bahrain=BH
regional-speech | alexa hoi säg mir schnell d hauptstadt vo {} | burundi=BI; benin=BJ; brunei=BN
regional-speech | alexa na servas was is denn die hauptstadt von {} | bolivien=BO; brasilien=BR; den bahamas=BS
regional-speech | alexa boah sach ma die hauptstadt von {} | bhutan=BT; botsuana=BW; belarus=BY
regional-speech | alexa ei wie heeßt dann die hauptstadt von {} | belize=BZ; kanada=CA; der demokratischen republik kongo=CD
code-switch | alexa chào em was ist die hauptstadt von {} | der zentralafrikanischen republik=CF; der republik kongo=CG; der schweiz=CH
code-switch | alexa nihao ähm die hauptstadt von {} bitte | der elfenbeinküste=CI; chile=CL; kamerun=CM
code-switch | alexa oi tudo bem was ist die hauptstadt von {} | china=CN; kolumbien=CO; costa rica=CR
code-switch | alexa alors euh die hauptstadt von {} c'est quoi | kuba=CU; kap verde=CV; zypern=CY
code-switch | alexa hej hej hvad er hovedstaden also die hauptstadt von {} | tschechien=CZ; deutschland=DE; dschibuti=DJ
code-switch | alexa moien wéi ass d hauptstadt vun {} | dänemark=DK; dominica=DM; der dominikanischen republik=DO
code-switch | alexa tack så mycket und was ist die hauptstadt von {} | algerien=DZ; ecuador=EC; estland=EE
code-switch | alexa kiitos also äh hauptstadt von {} | ägypten=EG; eritrea=ER; spanien=ES
code-switch | alexa yaar bata na was ist die hauptstadt von {} | äthiopien=ET; finnland=FI; fidschi=FJ
code-switch | alexa sababa und die hauptstadt von {} | mikronesien=FM; frankreich=FR; gabun=GA
child | alexa mama sagt ich soll dich fragen was die hauptstadt von {} ist | großbritannien=GB; grenada=GD; georgien=GE
child | alexa ich bin sechs und will wissen wie die hauptstadt von {} heißt | ghana=GH; gambia=GM; guinea=GN
child | alexa für meine hausaufgaben was ist die hauptstadt von {} | äquatorialguinea=GQ; griechenland=GR; guatemala=GT
child | alexa sind wir bald da und was ist die hauptstadt von {} | guinea-bissau=GW; guyana=GY; honduras=HN
child | alexa in der kita haben wir ein lied über {} gesungen was ist da die hauptstadt | kroatien=HR; haiti=HT; ungarn=HU
teen | alexa sheesh was ist nochmal die hauptstadt von {} | indonesien=ID; irland=IE; israel=IL
teen | alexa ich brauch das fürs referat hauptstadt von {} | indien=IN; dem irak=IQ; dem iran=IR
teen | alexa no cap was ist die hauptstadt von {} | island=IS; italien=IT; jamaika=JM
teen | alexa diggi kurz die hauptstadt von {} ich hab gleich abi | jordanien=JO; japan=JP; kenia=KE
teen | alexa bro was ist die hauptstadt von {} das ist lost | kirgisistan=KG; kambodscha=KH; kiribati=KI
elder | alexa mein kind sag mir doch bitte die hauptstadt von {} | den komoren=KM; st kitts und nevis=KN; nordkorea=KP
elder | alexa ich hab das kreuzworträtsel hier hauptstadt von {} sechs buchstaben | südkorea=KR; kuwait=KW; kasachstan=KZ
elder | alexa entschuldigen sie wie heißt denn die hauptstadt von {} | laos=LA; dem libanon=LB; st lucia=LC
elder | alexa früher wusste ich das noch die hauptstadt von {} | liechtenstein=LI; sri lanka=LK; liberia=LR
elder | alexa sei so gut und sag mir die hauptstadt von {} | lesotho=LS; litauen=LT; luxemburg=LU
learner | alexa ich möchte wissen was ist hauptstadt von {} | lettland=LV; libyen=LY; marokko=MA
learner | alexa bitte sagen sie mir die hauptstadt von der {} | monaco=MC; moldau=MD; montenegro=ME
learner | alexa welche ist die hauptstadt in {} | madagaskar=MG; den marshallinseln=MH; nordmazedonien=MK
learner | alexa was heißt die hauptstadt für {} | mali=ML; myanmar=MM; der mongolei=MN
learner | alexa die hauptstadt von {} ich weiß nicht sie sagen | mauretanien=MR; malta=MT; mauritius=MU
work | alexa ich sitz grad im taxi kunde fragt nach der hauptstadt von {} | den malediven=MV; malawi=MW; mexiko=MX
work | alexa für die zollanmeldung brauch ich die hauptstadt von {} | malaysia=MY; mosambik=MZ; namibia=NA
work | alexa kurze frage aus dem reisebüro hauptstadt von {} | niger=NE; nigeria=NG; nicaragua=NI
work | alexa für den visumsantrag welche hauptstadt hat {} | die niederlande=NL; norwegen=NO; nepal=NP
work | alexa ich fahr lkw und lade morgen für {} was ist da die hauptstadt | nauru=NR; neuseeland=NZ; oman=OM
work | alexa bei uns im altenheim fragt eine bewohnerin nach der hauptstadt von {} | panama=PA; peru=PE; papua-neuguinea=PG
work | alexa ich übersetze grad einen text hauptstadt von {} bitte | den philippinen=PH; pakistan=PK; polen=PL
game | alexa wir spielen stadt land fluss was ist die hauptstadt von {} | portugal=PT; palau=PW; paraguay=PY
game | alexa trivial pursuit frage welche stadt ist die hauptstadt von {} | katar=QA; rumänien=RO; serbien=RS
game | alexa beim tabu spielen kam {} was ist da die hauptstadt | russland=RU; ruanda=RW; saudi-arabien=SA
game | alexa kneipenquiz runde drei die hauptstadt von {} | den salomonen=SB; den seychellen=SC; dem sudan=SD
game | alexa quizduell frage was ist die hauptstadt von {} schnell | schweden=SE; singapur=SG; slowenien=SI
game | alexa zug um zug wir sind gerade bei {} welche stadt ist die hauptstadt | der slowakei=SK; sierra leone=SL; san marino=SM
household | alexa ich knete gerade teig sag mir die hauptstadt von {} | dem senegal=SN; somalia=SO; suriname=SR
household | alexa während ich staubsauge was ist die hauptstadt von {} | dem südsudan=SS; são tomé und príncipe=ST; el salvador=SV
household | alexa wir packen umzugskartons und streiten über die hauptstadt von {} | syrien=SY; eswatini=SZ; dem tschad=TD
household | alexa das baby schläft endlich flüster mal die hauptstadt von {} | togo=TG; thailand=TH; tadschikistan=TJ
household | alexa beim grillen kam die frage auf was ist die hauptstadt von {} | osttimor=TL; turkmenistan=TM; tunesien=TN
travel | alexa wir fliegen nächste woche nach {} wie heißt dort die hauptstadt | tonga=TO; der türkei=TR; trinidad und tobago=TT
travel | alexa beim umsteigen in doha hab ich an {} gedacht was ist die hauptstadt | tuvalu=TV; tansania=TZ; der ukraine=UA
travel | alexa mit dem wohnmobil durch {} wo ist da die hauptstadt | uganda=UG; den usa=US; uruguay=UY
travel | alexa mein sprachkurs ist in {} wie heißt die hauptstadt dort | usbekistan=UZ; st vincent und die grenadinen=VC; venezuela=VE
travel | alexa auf der radreise durch {} was ist eigentlich die hauptstadt | vietnam=VN; vanuatu=VU; samoa=WS
sport | alexa bei olympia hat {} gold geholt wie heißt die hauptstadt | dem jemen=YE; südafrika=ZA; sambia=ZM
sport | alexa die darts wm spieler aus {} was ist die hauptstadt von denen | simbabwe=ZW; kosovo=XK; taiwan=TW
subdivision | alexa welche stadt ist die landeshauptstadt von {} | niedersachsen=DE-NI; hessen=DE-HE; sachsen-anhalt=DE-ST
subdivision | alexa ei gude was is die landeshauptstadt vun {} | rheinland-pfalz=DE-RP; dem saarland=DE-SL; baden-württemberg=DE-BW
subdivision | alexa nä wo sitzt denn die landesregierung von {} | nordrhein-westfalen=DE-NW; thüringen=DE-TH; brandenburg=DE-BB
subdivision | alexa moin landeshauptstadt von {} bitte | schleswig-holstein=DE-SH; mecklenburg-vorpommern=DE-MV; bayern=DE-BY
subdivision | alexa für die hausaufgaben wie heißt die hauptstadt vom bundesland {} | sachsen=DE-SN; bremen=DE-HB; hamburg=DE-HH
subdivision | alexa was ist die hauptstadt vom us bundesstaat {} | kalifornien=US-CA; texas=US-TX; florida=US-FL
subdivision | alexa welche stadt ist hauptstadt von {} in amerika | new york=US-NY; nevada=US-NV; illinois=US-IL
subdivision | alexa ich war als austauschschüler in {} was ist da die hauptstadt | ohio=US-OH; michigan=US-MI; wisconsin=US-WI
subdivision | alexa hauptstadt des bundesstaats {} | pennsylvania=US-PA; massachusetts=US-MA; maryland=US-MD
subdivision | alexa work and travel in {} wie heißt die hauptstadt | oregon=US-OR; washington state=US-WA; montana=US-MT
subdivision | alexa was ist die hauptstadt von {} usa | alabama=US-AL; arkansas=US-AR; arizona=US-AZ
subdivision | alexa mein onkel lebt in {} welche stadt ist dort hauptstadt | colorado=US-CO; connecticut=US-CT; delaware=US-DE
subdivision | alexa die hauptstadt vom staat {} bitte | hawaii=US-HI; iowa=US-IA; idaho=US-ID
subdivision | alexa sag mir die hauptstadt von {} in den staaten | indiana=US-IN; kansas=US-KS; kentucky=US-KY
subdivision | alexa in der serie spielt es in {} was ist da die hauptstadt | louisiana=US-LA; maine=US-ME; minnesota=US-MN
subdivision | alexa road trip durch {} wo ist die hauptstadt | missouri=US-MO; mississippi=US-MS; north carolina=US-NC
subdivision | alexa hauptstadt von {} dem amerikanischen bundesstaat | north dakota=US-ND; nebraska=US-NE; new hampshire=US-NH
subdivision | alexa was ist eigentlich die hauptstadt von {} | new jersey=US-NJ; new mexico=US-NM; oklahoma=US-OK
subdivision | alexa welche stadt regiert {} in den usa | rhode island=US-RI; south carolina=US-SC; south dakota=US-SD
subdivision | alexa die country sängerin kommt aus {} was ist die hauptstadt | tennessee=US-TN; utah=US-UT; virginia=US-VA
subdivision | alexa wie heißt die hauptstadt von {} drüben in amerika | vermont=US-VT; west virginia=US-WV; wyoming=US-WY
subdivision | alexa was ist die hauptstadt der kanadischen provinz {} | alberta=CA-AB; manitoba=CA-MB; new brunswick=CA-NB
subdivision | alexa in kanada die provinz {} welche hauptstadt hat die | nova scotia=CA-NS; ontario=CA-ON; saskatchewan=CA-SK
subdivision | alexa hauptstadt von {} in kanada oben im norden | den nordwest-territorien=CA-NT; nunavut=CA-NU; yukon=CA-YT
subdivision | alexa welche hauptstadt hat der australische bundesstaat {} | queensland=AU-QLD; new south wales=AU-NSW; western australia=AU-WA
subdivision | alexa g'day alexa hauptstadt von {} down under | south australia=AU-SA; tasmanien=AU-TAS; dem northern territory=AU-NT
subdivision | alexa oi was ist die hauptstadt vom bundesstaat {} in brasilien | bahia=BR-BA; minas gerais=BR-MG; pernambuco=BR-PE
subdivision | alexa brasilien frage welche stadt ist hauptstadt von {} | amazonas=BR-AM; ceará=BR-CE; paraná=BR-PR
subdivision | alexa die hauptstadt vom brasilianischen staat {} | rio grande do sul=BR-RS; santa catarina=BR-SC; goiás=BR-GO
subdivision | alexa yaar welche stadt ist die hauptstadt von {} in indien | kerala=IN-KL; rajasthan=IN-RJ; gujarat=IN-GJ
subdivision | alexa vanakkam was ist die hauptstadt vom indischen bundesstaat {} | tamil nadu=IN-TN; karnataka=IN-KA; maharashtra=IN-MH
subdivision | alexa indien {} hauptstadt bitte | uttar pradesh=IN-UP; bihar=IN-BR; westbengalen=IN-WB
subdivision | alexa welche stadt ist hauptstadt von {} in mexiko | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | alexa mexiko der bundesstaat {} was ist da die hauptstadt | nuevo león=MX-NLE; chiapas=MX-CHP; sonora=MX-SON
subdivision | alexa die hauptstadt von {} im vereinigten königreich | schottland=GB-SCT; wales=GB-WLS; nordirland=GB-NIR
territory | alexa zu welchem land gehört nicht wichtig was ist die hauptstadt von {} | grönland=GL; den färöern=FO; puerto rico=PR
territory | alexa auf der kreuzfahrt halten wir in {} was ist dort die hauptstadt | guadeloupe=GP; martinique=MQ; aruba=AW
territory | alexa welche stadt ist hauptort von {} | réunion=RE; mayotte=YT; französisch-guayana=GF
territory | alexa hauptstadt von {} dem britischen überseegebiet | gibraltar=GI; den bermudas=BM; den kaimaninseln=KY
out-of-domain | alexa wie wird das wetter morgen in mainz | FB
out-of-domain | alexa stell einen timer auf zwölf minuten für die brötchen | FB
out-of-domain | alexa spiel mal was von helene fischer | FB
out-of-domain | alexa mach das licht im flur aus | FB
out-of-domain | alexa wie viel uhr ist es in sydney | FB
out-of-domain | alexa wer hat das spiel gestern gewonnen | FB
out-of-domain | alexa wie hoch ist die zugspitze | FB
out-of-domain | alexa was ist die hauptstadt von preußen gewesen | FB
out-of-domain | alexa was war die hauptstadt der ddr | FB
out-of-domain | alexa hauptstadt vom osmanischen reich | FB
out-of-domain | alexa was ist die hauptstadt von narnia | FB
out-of-domain | alexa welche stadt ist die hauptstadt von entenhausen | FB
out-of-domain | alexa was ist die hauptstadt von hogwarts | FB
out-of-domain | alexa die hauptstadt von atlantis bitte | FB
out-of-domain | alexa was ist die hauptstadt von bayerisch schwaben | FB
out-of-domain | alexa was ist die hauptstadt von ostfriesland | FB
out-of-domain | alexa welche stadt ist hauptstadt von flandern | FB
out-of-domain | alexa was ist die hauptstadt von der bretagne | FB
out-of-domain | alexa hauptstadt von sizilien | FB
out-of-domain | alexa was ist die hauptstadt von schlesien | FB
out-of-domain | alexa was ist die hauptstadt von ostpreußen | FB
out-of-domain | alexa was ist die hauptstadt von europa | FB
out-of-domain | alexa was ist die hauptstadt von afrika | FB
out-of-domain | alexa welche hauptstadt liegt am weitesten nördlich | FB
out-of-domain | alexa welche hauptstadt hat die meisten einwohner | FB
out-of-domain | alexa wie weit ist es von berlin nach warschau | FB
out-of-domain | alexa was heißt hauptstadt auf englisch | FB
out-of-domain | alexa wie schreibt man hauptstadt | FB
out-of-domain | alexa was bedeutet kapital bei karl marx | FB
out-of-domain | alexa wie viel eigenkapital brauche ich für eine wohnung | FB
out-of-domain | alexa was ist ein kapitalertrag | FB
out-of-domain | alexa spiel das hörbuch das kapital | FB
out-of-domain | alexa was ist ein großbuchstabe | FB
out-of-domain | alexa schreib hauptstadt auf die einkaufsliste | FB
out-of-domain | alexa füg milch und eier zur einkaufsliste hinzu | FB
out-of-domain | alexa erinner mich morgen um acht an den zahnarzt | FB
out-of-domain | alexa ruf oma an | FB
out-of-domain | alexa wie ist der dax heute | FB
out-of-domain | alexa wie viel ist ein euro in dollar | FB
out-of-domain | alexa übersetze guten morgen ins vietnamesische | FB
out-of-domain | alexa erzähl einen witz | FB
out-of-domain | alexa sing ein lied | FB
out-of-domain | alexa wie alt ist die queen | FB
out-of-domain | alexa wer ist der bundeskanzler | FB
out-of-domain | alexa wer ist der präsident von frankreich | FB
out-of-domain | alexa welche sprache spricht man in brasilien | FB
out-of-domain | alexa welche währung hat polen | FB
out-of-domain | alexa wie viele einwohner hat kanada | FB
out-of-domain | alexa wie groß ist russland | FB
out-of-domain | alexa was ist der längste fluss der welt | FB
out-of-domain | alexa welcher berg ist der höchste in afrika | FB
out-of-domain | alexa wo liegt timbuktu | FB
out-of-domain | alexa wie spät ist es in der hauptstadt von japan | FB
out-of-domain | alexa wie ist das wetter in der hauptstadt von norwegen | FB
out-of-domain | alexa wie viele menschen leben in der hauptstadt von ägypten | FB
out-of-domain | alexa wie alt ist die hauptstadt von italien | FB
out-of-domain | alexa welche hauptstadt hat den größten flughafen | FB
out-of-domain | alexa seit wann ist berlin hauptstadt | FB
out-of-domain | alexa warum ist bonn nicht mehr hauptstadt | FB
out-of-domain | alexa was war vor berlin die hauptstadt | FB
out-of-domain | alexa was ist die hauptstadt | FB
out-of-domain | alexa hauptstadt | FB
out-of-domain | alexa die hauptstadt von ähm ich weiß nicht mehr | FB
out-of-domain | alexa was ist die hauptstadt von dings da | FB
out-of-domain | alexa bestell mir eine pizza | FB
out-of-domain | alexa wie komme ich zum hauptbahnhof | FB
out-of-domain | alexa wann fährt der nächste zug nach hannover | FB
out-of-domain | alexa stell den wecker auf halb sechs | FB
out-of-domain | alexa lauter | FB
out-of-domain | alexa leiser bitte | FB
out-of-domain | alexa nächstes lied | FB
out-of-domain | alexa spiel radio bremen eins | FB
out-of-domain | alexa wie heißt du eigentlich | FB
out-of-domain | alexa bist du ein mensch | FB
out-of-domain | alexa ich hab dich lieb | FB
out-of-domain | alexa was kochen wir heute | FB
out-of-domain | alexa wie lange muss ein ei kochen | FB
out-of-domain | alexa wie viel gramm sind eine tasse mehl | FB
out-of-domain | alexa was ist die hauptstadt des geschmacks sagt die werbung | FB
out-of-domain | alexa welche stadt ist die fahrradhauptstadt deutschlands | FB
out-of-domain | alexa welche stadt ist die modehauptstadt der welt | FB
out-of-domain | alexa was ist die kulturhauptstadt europas dieses jahr | FB
out-of-domain | alexa welche stadt ist die hauptstadt der liebe | FB
out-of-domain | alexa was ist die weinhauptstadt von rheinhessen | FB
out-of-domain | alexa welche stadt nennt man die heimliche hauptstadt | FB
out-of-domain | alexa ist münchen die heimliche hauptstadt von deutschland | FB
out-of-domain | alexa was ist die hauptstadt vom karneval | FB
out-of-domain | alexa was ist die hauptstadt von mittelerde | FB
out-of-domain | alexa hauptstadt von panem | FB
out-of-domain | alexa welche hauptstadt hat tatooine | FB
out-of-domain | alexa was ist die hauptstadt von schlumpfhausen | FB
out-of-domain | alexa was ist die hauptstadt von absurdistan | FB
out-of-domain | alexa hauptstadt von bielefeld gibts das überhaupt | FB
out-of-domain | alexa welche stadt war die hauptstadt von westdeutschland | FB
out-of-domain | alexa was war die hauptstadt von österreich ungarn | FB
out-of-domain | alexa was war die hauptstadt der tschechoslowakei | FB
out-of-domain | alexa hauptstadt vom heiligen römischen reich | FB
out-of-domain | alexa was ist die hauptstadt von mesopotamien | FB
out-of-domain | alexa was war die hauptstadt vom inkareich | FB
out-of-domain | alexa was ist die hauptstadt von biafra | FB
out-of-domain | alexa was ist die hauptstadt von tibet | FB
out-of-domain | alexa was ist die hauptstadt von tschetschenien | FB
out-of-domain | alexa hauptstadt von der krim | FB
out-of-domain | alexa was ist die hauptstadt von somaliland | FB
out-of-domain | alexa was ist die hauptstadt von transnistrien | FB
out-of-domain | alexa was ist die hauptstadt von abchasien | FB
out-of-domain | alexa welche stadt ist die hauptstadt vom baskenland | FB
out-of-domain | alexa was ist die hauptstadt von korsika | FB
out-of-domain | alexa was ist die hauptstadt von sardinien | FB
out-of-domain | alexa was ist die hauptstadt von lappland | FB
out-of-domain | alexa was ist die hauptstadt von sibirien | FB
out-of-domain | alexa hauptstadt von patagonien | FB
out-of-domain | alexa was ist die hauptstadt von skandinavien | FB
out-of-domain | alexa was ist die hauptstadt von ozeanien | FB
out-of-domain | alexa was ist die hauptstadt von lateinamerika | FB
out-of-domain | alexa was ist die hauptstadt vom mond | FB
out-of-domain | alexa was ist die hauptstadt vom mars | FB
out-of-domain | alexa was ist die hauptstadt von der eu | FB
out-of-domain | alexa wo sitzt die nato | FB
out-of-domain | alexa wo ist der sitz der uno | FB
out-of-domain | alexa was ist die hauptstadt von oberbayern | FB
out-of-domain | alexa was ist die hauptstadt von westfalen | FB
out-of-domain | alexa welche stadt ist hauptstadt vom emsland | FB
out-of-domain | alexa was ist die hauptstadt vom harz | FB
out-of-domain | alexa hauptstadt der lüneburger heide | FB
out-of-domain | alexa was ist die hauptstadt von vorarlberg | FB
out-of-domain | alexa was ist die hauptstadt von salzburg dem bundesland | FB
out-of-domain | alexa hauptstadt von oberösterreich | FB
out-of-domain | alexa was ist die hauptstadt vom kanton bern | FB
out-of-domain | alexa was ist die hauptstadt vom elsass | FB
out-of-domain | alexa was ist die hauptstadt von wallonien | FB
out-of-domain | alexa was ist die hauptstadt von kalabrien | FB
out-of-domain | alexa was ist die hauptstadt von andalusien | FB
out-of-domain | alexa welche stadt ist hauptstadt von galicien | FB
out-of-domain | alexa wie viele hauptstädte gibt es auf der welt | FB
out-of-domain | alexa welche hauptstädte fangen mit b an | FB
out-of-domain | alexa nenn mir drei hauptstädte in afrika | FB
out-of-domain | alexa welches land hat die kleinste hauptstadt | FB
out-of-domain | alexa liegt wien östlich von prag | FB
out-of-domain | alexa wie lange fliegt man nach bangkok | FB
out-of-domain | alexa brauche ich ein visum für vietnam | FB
out-of-domain | alexa welche steckdosen haben die in england | FB
out-of-domain | alexa wie sagt man danke auf finnisch | FB
out-of-domain | alexa was bedeutet moien | FB
out-of-domain | alexa was ist der unterschied zwischen holland und den niederlanden | FB
out-of-domain | alexa ist grönland ein kontinent | FB
out-of-domain | alexa welche farbe hat die flagge von estland | FB
out-of-domain | alexa wie lautet die nationalhymne von frankreich | FB
out-of-domain | alexa gib mir ein rezept für käsespätzle | FB
out-of-domain | alexa wann ist ostern | FB
out-of-domain | alexa wie viel grad hat es draußen | FB
out-of-domain | alexa was läuft heute im fernsehen | FB
out-of-domain | alexa wo ist mein handy | FB
out-of-domain | alexa starte den staubsaugerroboter | FB
out-of-domain | alexa mach die heizung im bad an | FB
out-of-domain | alexa öffne die garage | FB
out-of-domain | alexa was hat der bvb gespielt | FB
out-of-domain | alexa wann ist die darts wm | FB
out-of-domain | alexa wie viele goldmedaillen hat norwegen | FB
out-of-domain | alexa kaffee | FB
out-of-domain | alexa pups mal | FB
out-of-domain | alexa simon sagt hauptstadt | FB
out-of-domain | alexa wer hat die hauptstadt erfunden | FB
out-of-domain | alexa warum heißt es hauptstadt | FB
out-of-domain | alexa wie wird man hauptstadt | FB
out-of-domain | alexa mach mal ein quiz mit mir über tiere | FB
out-of-domain | alexa lies mir eine gute nacht geschichte vor | FB
out-of-domain | alexa was ist die hauptstadt von utopia | FB
out-of-domain | alexa was ist die hauptstadt von wakanda | FB
out-of-domain | alexa hauptstadt von gondor | FB
out-of-domain | alexa was ist die hauptstadt von lilliput | FB
out-of-domain | alexa was ist die hauptstadt von phantásien | FB
out-of-domain | alexa hauptstadt von takatuka land | FB
help | hilfe | HELP
help | alexa hilf mir mal | HELP
help | was kann ich hier alles fragen | HELP
help | wie funktioniert das hier | HELP
help | ich weiß nicht was ich sagen soll | HELP
help | ei gude wie geht des hier | HELP
help | nä wat kann ich denn getz machen | HELP
help | erklär mir mal wie das spiel geht | HELP
help | was muss ich sagen | HELP
help | wie benutze ich das | HELP
help | was kannst du denn so | HELP
help | ich check das nicht hilfe | HELP
help | bro wie geht das | HELP
help | was soll ich jetzt sagen mama | HELP
help | können sie mir bitte helfen | HELP
help | ich verstehe nicht was ich machen muss | HELP
help | hilfe bitte ich komm nicht weiter | HELP
help | gib mir mal ein beispiel | HELP
help | welche fragen verstehst du | HELP
help | wie fragt man dich nach einer hauptstadt | HELP
help | moien hëllef wie geht das | HELP
help | ich bin neu hier was geht | HELP
help | erklärung bitte | HELP
help | was sind die regeln | HELP
help | sag mir was du kannst | HELP
help | hilfe hilfe | HELP
help | wie war das nochmal mit dem fragen | HELP
help | anleitung | HELP
help | hä was mach ich jetzt | HELP
help | oma fragt wie das geht | HELP
help | kannst du mir erklären wie ich dich bedienen soll | HELP
help | ich brauch hilfe mit dem hauptstadt ding | HELP
stop | stopp | STOP
stop | alexa stopp | STOP
stop | hör auf | STOP
stop | sei still | STOP
stop | ruhe jetzt | STOP
stop | halt die klappe | STOP
stop | beenden | STOP
stop | schluss jetzt | STOP
stop | aus | STOP
stop | ende | STOP
stop | ich will aufhören | STOP
stop | alexa sei ruhig | STOP
stop | das reicht für heute | STOP
stop | genug jetzt | STOP
stop | mach aus | STOP
stop | nä hör ma auf | STOP
stop | jetzt ist schluss kinder ins bett | STOP
stop | stopp stopp stopp | STOP
stop | alexa aufhören bitte | STOP
stop | ich hab keine lust mehr | STOP
stop | feierabend | STOP
stop | beende das spiel | STOP
stop | alexa halt stopp | STOP
stop | quit | STOP
stop | pssst sei mal leise | STOP
stop | tschüss alexa | STOP
stop | ciao | STOP
stop | okay das wars danke | STOP
stop | heast hör auf | STOP
stop | bitte beenden | STOP
stop | alexa schluss aus ende | STOP
stop | es reicht | STOP
cancel | abbrechen | CANCEL
cancel | alexa abbrechen | CANCEL
cancel | vergiss es | CANCEL
cancel | ach vergiss es | CANCEL
cancel | egal | CANCEL
cancel | schon gut | CANCEL
cancel | nicht so wichtig | CANCEL
cancel | lass gut sein | CANCEL
cancel | doch nicht | CANCEL
cancel | nee lass mal | CANCEL
cancel | nix | CANCEL
cancel | abbruch | CANCEL
cancel | lass stecken | CANCEL
cancel | hat sich erledigt | CANCEL
cancel | war nix | CANCEL
cancel | ach nö vergiss das | CANCEL
cancel | alexa vergiss die frage | CANCEL
cancel | nee doch nicht egal | CANCEL
cancel | ist nicht mehr nötig | CANCEL
cancel | storniere das | CANCEL
cancel | cancel | CANCEL
cancel | lass mal gut sein alexa | CANCEL
cancel | ach was vergiss es einfach | CANCEL
cancel | brauch ich doch nicht | CANCEL
cancel | nä lass ma | CANCEL
cancel | das hat sich erledigt danke | CANCEL
cancel | abbrechen bitte | CANCEL
cancel | ach quatsch vergiss es | CANCEL
cancel | ne einfach abbrechen | CANCEL
cancel | ach egal lass | CANCEL
launch | alexa öffne welthauptstädte | LAUNCH
launch | alexa starte hauptstädte der welt | LAUNCH
launch | alexa welthauptstädte starten | LAUNCH
launch | alexa öffne die welt hauptstädte | LAUNCH
launch | alexa spiel welthauptstädte | LAUNCH
launch | alexa ich will welthauptstädte spielen | LAUNCH
launch | alexa mach mal welthauptstädte auf | LAUNCH
launch | alexa starte den hauptstadt skill | LAUNCH
launch | alexa öffne hauptstädte | LAUNCH
launch | alexa welt hauptstädte bitte | LAUNCH
launch | alexa starte bitte die welthauptstädte | LAUNCH
launch | alexa ei gude mach ma welthauptstädte an | LAUNCH
launch | alexa öffne weltenhauptstädte | LAUNCH
launch | alexa lass uns hauptstädte der welt spielen | LAUNCH
launch | alexa aktiviere welthauptstädte | LAUNCH
launch | alexa frag welthauptstädte | LAUNCH
launch | alexa öffne world capitals | LAUNCH
launch | alexa starte world capitals auf deutsch | LAUNCH
launch | alexa hauptstädte der welt öffnen | LAUNCH
launch | alexa öffne das hauptstadt quiz | LAUNCH
launch | alexa welthauptstädte | LAUNCH
launch | alexa öffne welthaupt städte | LAUNCH
launch | alexa starte welt hauptstädte | LAUNCH
launch | alexa moin öffne hauptstädte der welt | LAUNCH
follow-up | und von frankreich | FR
follow-up | und die von italien | IT
follow-up | und was ist mit spanien | ES
follow-up | und portugal | PT
follow-up | und bei den nachbarn in polen | PL
follow-up | okay und tschechien | CZ
follow-up | und dänemark noch | DK
follow-up | gut und jetzt schweden | SE
follow-up | und wie ist das bei norwegen | NO
follow-up | jetzt noch finnland bitte | FI
follow-up | und was ist mit der türkei | TR
follow-up | aha und griechenland | GR
follow-up | und dann noch ungarn | HU
follow-up | und vietnam | VN
follow-up | und korea der süden | KR
follow-up | und die mongolei | MN
follow-up | nä und belgien | BE
follow-up | ei und luxemburg | LU
follow-up | und von liechtenstein die | LI
follow-up | und dann noch kamerun bitte | CM
follow-up | und der nachbar senegal | SN
follow-up | und beim nachbarn ghana | GH
follow-up | und brasilien | BR
follow-up | und dann argentinien | AR
follow-up | und chile auch noch | CL
follow-up | okay jetzt peru | PE
follow-up | und die von georgien | GE
follow-up | und armenien dann | AM
follow-up | und was ist mit sri lanka | LK
follow-up | und pakistan | PK
follow-up | und danach noch kanada | CA
follow-up | und mexiko | MX
follow-up | und bayern | DE-BY
follow-up | und hessen als bundesland | DE-HE
follow-up | und texas | US-TX
follow-up | und ontario | CA-ON
follow-up | und schottland | GB-SCT
follow-up | und das gleiche für israel | IL
follow-up | dasselbe für australien | AU
follow-up | und jetzt neuseeland | NZ
follow-up | noch eine und zwar island | IS
follow-up | nächste frage kenia | KE
plural-capitals | alexa welche hauptstädte hat bolivien | BO
plural-capitals | alexa bolivien hat doch zwei hauptstädte welche sind das | BO
plural-capitals | alexa wie heißen die beiden hauptstädte von bolivien | BO
plural-capitals | alexa welche hauptstädte hat südafrika | ZA
plural-capitals | alexa südafrika hat drei hauptstädte oder welche | ZA
plural-capitals | alexa nenn mir alle hauptstädte von südafrika | ZA
plural-capitals | alexa was sind die hauptstädte von malaysia | MY
plural-capitals | alexa malaysia hat zwei hauptstädte oder | MY
plural-capitals | alexa welche zwei städte sind hauptstadt von sri lanka | LK
plural-capitals | alexa hauptstädte von sri lanka bitte | LK
plural-capitals | alexa welche hauptstädte hat die elfenbeinküste | CI
plural-capitals | alexa die zwei hauptstädte der elfenbeinküste | CI
plural-capitals | alexa welche hauptstädte hat benin | BJ
plural-capitals | alexa hat benin zwei hauptstädte | BJ
plural-capitals | alexa was sind die hauptstädte von eswatini | SZ
plural-capitals | alexa swasiland hat zwei hauptstädte welche | SZ
plural-capitals | alexa welche hauptstädte haben die niederlande | NL
plural-capitals | alexa amsterdam und den haag sind beide hauptstadt oder | NL
plural-capitals | alexa holland hat zwei hauptstädte stimmt das | NL
plural-capitals | alexa welche hauptstädte hat palästina | PS
plural-capitals | alexa was sind die hauptstädte von palästina | PS
plural-capitals | alexa hauptstädte der palästinensischen gebiete | PS
plural-capitals | alexa welche hauptstädte hat jammu und kashmir | IN-JK
plural-capitals | alexa die zwei hauptstädte von uttarakhand | IN-UK
plural-capitals | alexa welche hauptstädte hat montserrat | MS
plural-capitals | alexa welche länder haben mehr als eine hauptstadt bolivien zum beispiel was sind die | BO
plural-capitals | alexa nä wie viele hauptstädte hat südafrika getz | ZA
plural-capitals | alexa ei gude die niederlande ihre hauptstädte | NL
plural-capitals | alexa in welchen städten ist die regierung von bolivien | BO
plural-capitals | alexa sag mir beide hauptstädte von sri lanka | LK
plural-capitals | alexa welche städte sind die hauptstädte der côte d'ivoire | CI
plural-capitals | alexa benin hauptstädte porto novo und | BJ
plural-capitals | alexa malaysia kuala lumpur und die andere hauptstadt | MY
plural-capitals | alexa eswatini mbabane und welche noch | SZ
plural-capitals | alexa welche städte sind hauptstädte in südafrika pretoria und | ZA
plural-capitals | alexa für das kreuzworträtsel die hauptstädte von bolivien | BO
yes-no-check | alexa ist sydney die hauptstadt von australien | AU
yes-no-check | alexa ist rio die hauptstadt von brasilien | BR
yes-no-check | alexa ist istanbul die hauptstadt der türkei | TR
yes-no-check | alexa ist zürich die hauptstadt der schweiz | CH
yes-no-check | alexa ist toronto die hauptstadt von kanada | CA
yes-no-check | alexa ist new york die hauptstadt der usa | US
yes-no-check | alexa stimmt es dass bonn die hauptstadt von deutschland ist | DE
yes-no-check | alexa ist almaty noch die hauptstadt von kasachstan | KZ
yes-no-check | alexa ist lagos die hauptstadt von nigeria | NG
yes-no-check | alexa ist karachi die hauptstadt von pakistan | PK
yes-no-check | alexa ist casablanca die hauptstadt von marokko | MA
yes-no-check | alexa ist auckland die hauptstadt von neuseeland | NZ
yes-no-check | alexa ist ho chi minh stadt die hauptstadt von vietnam | VN
yes-no-check | alexa ist yangon die hauptstadt von myanmar | MM
yes-no-check | alexa ist dar es salaam die hauptstadt von tansania | TZ
yes-no-check | alexa ist abidjan die hauptstadt der elfenbeinküste | CI
yes-no-check | alexa ist tel aviv die hauptstadt von israel | IL
yes-no-check | alexa ist genf die hauptstadt der schweiz | CH
yes-no-check | alexa ist krakau die hauptstadt von polen | PL
yes-no-check | alexa ist porto die hauptstadt von portugal | PT
yes-no-check | alexa ist barcelona die hauptstadt von spanien | ES
yes-no-check | alexa ist mailand die hauptstadt von italien | IT
yes-no-check | alexa ist sankt petersburg die hauptstadt von russland | RU
yes-no-check | alexa ist st petersburg die hauptstadt russlands | RU
yes-no-check | alexa ist frankfurt die hauptstadt von hessen | DE-HE
yes-no-check | alexa ist köln die hauptstadt von nordrhein-westfalen | DE-NW
yes-no-check | alexa ist hannover die landeshauptstadt von niedersachsen | DE-NI
yes-no-check | alexa ist nürnberg die hauptstadt von bayern | DE-BY
yes-no-check | alexa ist los angeles die hauptstadt von kalifornien | US-CA
yes-no-check | alexa ist miami die hauptstadt von florida | US-FL
yes-no-check | alexa ist chicago die hauptstadt von illinois | US-IL
yes-no-check | alexa ist vancouver die hauptstadt von british columbia | CA-BC
yes-no-check | alexa ist montreal die hauptstadt von québec | CA-QC
yes-no-check | alexa ist glasgow die hauptstadt von schottland | GB-SCT
yes-no-check | alexa ist mumbai die hauptstadt von indien | IN
yes-no-check | alexa ist cotonou die hauptstadt von benin | BJ
yes-no-check | alexa ist la paz die hauptstadt von bolivien | BO
yes-no-check | alexa ist colombo noch hauptstadt von sri lanka | LK
yes-no-check | alexa ist amsterdam wirklich die hauptstadt von den niederlanden | NL
yes-no-check | alexa nä is dortmund die hauptstadt von nrw | DE-NW
yes-no-check | alexa ei is mainz die hauptstadt von rheinland-pfalz | DE-RP
yes-no-check | alexa ist jerusalem die hauptstadt von palästina | PS
yes-no-check | alexa ist pristina die hauptstadt vom kosovo | XK
yes-no-check | alexa ist taipeh die hauptstadt von taiwan | TW
yes-no-check | alexa ist luxemburg die hauptstadt von luxemburg | LU
self-correction | alexa was ist die hauptstadt von schweden nein norwegen | NO
self-correction | alexa hauptstadt von österreich äh quatsch von ungarn | HU
self-correction | alexa was ist die hauptstadt von slowenien ich mein slowakei | SK
self-correction | alexa die hauptstadt von lettland nee litauen | LT
self-correction | alexa was ist die hauptstadt von niger sorry nigeria | NG
self-correction | alexa hauptstadt von island warte irland | IE
self-correction | alexa was ist die hauptstadt von guinea nein guinea-bissau | GW
self-correction | alexa was ist die hauptstadt von iran äh irak | IQ
self-correction | alexa was ist die hauptstadt von österreich oder nee australien meine ich | AU
self-correction | alexa hauptstadt von kolumbien moment ich meinte kambodscha | KH
self-correction | alexa was ist die hauptstadt von gambia nee sambia | ZM
self-correction | alexa die hauptstadt von mali korrektur malawi | MW
self-correction | alexa was ist die hauptstadt von dominica ach nein von der dominikanischen republik | DO
self-correction | alexa was ist die hauptstadt von nepal oder ne bhutan | BT
self-correction | alexa welche stadt ist hauptstadt von paraguay nee uruguay | UY
self-correction | alexa ei was is die hauptstadt vun hesse nä vun rheinhesse also rheinland-pfalz | DE-RP
self-correction | alexa die hauptstadt von sachsen äh sachsen-anhalt | DE-ST
self-correction | alexa was ist die hauptstadt von north dakota ne south dakota | US-SD
self-correction | alexa hauptstadt von virginia nein west virginia | US-WV
self-correction | alexa was ist die hauptstadt von kansas oder arkansas meine ich | US-AR
self-correction | alexa was ist die hauptstadt von mauritius äh mauretanien | MR
self-correction | alexa was ist die hauptstadt von tschad warte nein sudan | SD
self-correction | alexa was ist die hauptstadt von kirgisistan sorry tadschikistan | TJ
self-correction | alexa hauptstadt von armenien äh aserbaidschan | AZ
self-correction | alexa was ist die hauptstadt von den malediven ne von den seychellen | SC
self-correction | alexa was ist die hauptstadt von slowakei stopp slowenien | SI
self-correction | alexa hauptstadt von schweiz äh ich mein schweden | SE
self-correction | alexa was ist die hauptstadt von kongo ähm der republik kongo | CG
self-correction | alexa was ist die hauptstadt von estland nein lettland | LV
self-correction | alexa was ist die hauptstadt von bayern ach nee baden-württemberg | DE-BW
self-correction | alexa die hauptstadt von new york nein new jersey | US-NJ
self-correction | alexa was ist die hauptstadt von québec äh ontario | CA-ON
self-correction | alexa hauptstadt von montenegro nein mazedonien | MK
self-correction | alexa was ist die hauptstadt von tonga ach nein tuvalu | TV
self-correction | alexa was ist die hauptstadt von samoa äh amerikanisch-samoa | AS
self-correction | alexa was ist die hauptstadt von ecuador oder äh el salvador | SV
self-correction | alexa hauptstadt von libyen libanon ich meine libanon | LB
self-correction | alexa was ist die hauptstadt von kuba nee jamaika | JM
self-correction | alexa hauptstadt von den philippinen ne von indonesien | ID
self-correction | alexa was ist die hauptstadt von tansania äh kenia | KE
reverse-question | alexa von welchem land ist wien die hauptstadt | CITY:Wien
reverse-question | alexa welches land hat die hauptstadt ulaanbaatar | CITY:Ulaanbaatar
reverse-question | alexa wovon ist ouagadougou die hauptstadt | CITY:Ouagadougou
reverse-question | alexa zu welchem land gehört die hauptstadt canberra | CITY:Canberra
reverse-question | alexa tiflis ist die hauptstadt von welchem land | CITY:Tiflis
reverse-question | alexa welches land hat als hauptstadt eriwan | CITY:Eriwan
reverse-question | alexa kigali ist hauptstadt von was | CITY:Kigali
reverse-question | alexa von welchem land ist vientiane die hauptstadt | CITY:Vientiane
reverse-question | alexa welches land regiert man von lusaka aus | CITY:Lusaka
reverse-question | alexa wessen hauptstadt ist reykjavík | CITY:Reykjavík
reverse-question | alexa welches land hat die hauptstadt asunción | CITY:Asunción
reverse-question | alexa bischkek ist die hauptstadt welches landes | CITY:Bischkek
reverse-question | alexa von welchem land ist windhoek die hauptstadt | CITY:Windhoek
reverse-question | alexa welches land hat die hauptstadt maskat | CITY:Maskat
reverse-question | alexa zu welchem staat gehört die hauptstadt bratislava | CITY:Bratislava
reverse-question | alexa von was ist ljubljana die hauptstadt | CITY:Ljubljana
reverse-question | alexa welches land hat die hauptstadt paramaribo | CITY:Paramaribo
reverse-question | alexa von welchem bundesland ist wiesbaden die hauptstadt | CITY:Wiesbaden
reverse-question | alexa von welchem bundesland ist schwerin die landeshauptstadt | CITY:Schwerin
reverse-question | alexa welches bundesland hat magdeburg als hauptstadt | CITY:Magdeburg
reverse-question | alexa von welchem us staat ist sacramento die hauptstadt | CITY:Sacramento
reverse-question | alexa welcher bundesstaat hat die hauptstadt tallahassee | CITY:Tallahassee
reverse-question | alexa von welchem staat ist boise die hauptstadt | CITY:Boise
reverse-question | alexa welche provinz hat die hauptstadt fredericton | CITY:Fredericton
reverse-question | alexa von was ist hobart die hauptstadt | CITY:Hobart
reverse-question | alexa welcher indische staat hat die hauptstadt bhopal | CITY:Bhopal
reverse-question | alexa von welchem land ist victoria die hauptstadt | CITY:Victoria
reverse-question | alexa kingston ist die hauptstadt von was | CITY:Kingston
reverse-question | alexa welches land hat die hauptstadt saint john's | CITY:Saint John's
reverse-question | alexa chandigarh ist hauptstadt von welchem staat | CITY:Chandigarh
reverse-question | alexa la paz ist die hauptstadt von was | CITY:La Paz
reverse-question | alexa hamilton ist die hauptstadt von welchem gebiet | CITY:Hamilton
reverse-question | alexa von welchem land ist nikosia die hauptstadt | CITY:Nikosia
reverse-question | alexa welches land hat die hauptstadt dili | CITY:Dili
reverse-question | alexa von welchem land ist tegucigalpa die hauptstadt | CITY:Tegucigalpa
reverse-question | alexa nuuk ist die hauptstadt von was | CITY:Nuuk
reverse-question | alexa welches land hat die hauptstadt podgorica | CITY:Podgorica
reverse-question | alexa von welchem land ist gitega die hauptstadt | CITY:Gitega
reverse-question | alexa welches land hat naypyidaw als hauptstadt | CITY:Naypyidaw
reverse-question | alexa wo ist dodoma die hauptstadt von | CITY:Dodoma
reverse-question | alexa welches land hat die hauptstadt pretoria | CITY:Pretoria
reverse-question | alexa von welchem land ist den haag die hauptstadt | CITY:Den Haag
reverse-question | alexa welcher staat hat die hauptstadt montpelier | CITY:Montpelier
reverse-question | alexa von welchem land ist tirana die hauptstadt | CITY:Tirana
reverse-question | alexa welches land hat die hauptstadt santiago | CITY:Santiago
reverse-question | alexa kiel ist die hauptstadt von welchem bundesland | CITY:Kiel
reverse-question | alexa zu welchem land gehört die hauptstadt thimphu | CITY:Thimphu
reverse-question | alexa welcher mexikanische bundesstaat hat die hauptstadt mérida | CITY:Merida
official-name | alexa was ist die hauptstadt der republik österreich | AT
official-name | alexa hauptstadt der hellenischen republik | GR
official-name | alexa was ist die hauptstadt der schweizerischen eidgenossenschaft | CH
official-name | alexa welche stadt ist die hauptstadt der vereinigten staaten von amerika | US
official-name | alexa was ist die hauptstadt der volksrepublik china | CN
official-name | alexa was ist die hauptstadt der vereinigten mexikanischen staaten | MX
official-name | alexa was ist die hauptstadt der föderativen republik brasilien | BR
official-name | alexa was ist die hauptstadt der italienischen republik | IT
official-name | alexa hauptstadt der portugiesischen republik | PT
official-name | alexa was ist die hauptstadt der tschechischen republik | CZ
official-name | alexa was ist die hauptstadt der slowakischen republik | SK
official-name | alexa was ist die hauptstadt der argentinischen republik | AR
official-name | alexa welche hauptstadt hat die kirgisische republik | KG
official-name | alexa was ist die hauptstadt der libanesischen republik | LB
official-name | alexa was ist die hauptstadt des vereinigten königreichs großbritannien und nordirland | GB
official-name | alexa was ist die hauptstadt der republik der union myanmar | MM
official-name | alexa was ist die hauptstadt der demokratischen republik kongo | CD
official-name | alexa was ist die hauptstadt der republik moldau | MD
official-name | alexa was ist die hauptstadt von brunei darussalam | BN
official-name | alexa was ist die hauptstadt der russischen föderation bitte | RU
official-name | alexa hauptstadt der sonderverwaltungszone hongkong | HK
official-name | alexa was ist die hauptstadt von timor-leste | TL
official-name | alexa was ist die hauptstadt von cabo verde | CV
official-name | alexa was ist die hauptstadt der republik kongo | CG
official-name | alexa wie heißt die hauptstadt der bundesrepublik | DE
official-name | alexa was ist die hauptstadt des königreichs der niederlande | NL
official-name | alexa was ist die hauptstadt des königreichs dänemark | DK
official-name | alexa was ist die hauptstadt der republik polen | PL
official-name | alexa was ist die hauptstadt des staates israel | IL
official-name | alexa was ist die hauptstadt der islamischen republik iran | IR
official-name | alexa was ist die hauptstadt des königreichs saudi-arabien | SA
official-name | alexa was ist die hauptstadt der republik korea | KR
official-name | alexa was ist die hauptstadt der demokratischen volksrepublik korea | KP
official-name | alexa was ist die hauptstadt der republik südafrika | ZA
official-name | alexa was ist die hauptstadt der arabischen republik ägypten | EG
official-name | alexa welche stadt ist die hauptstadt des großherzogtums luxemburg | LU
official-name | alexa was ist die hauptstadt des fürstentums liechtenstein | LI
official-name | alexa was ist die hauptstadt des fürstentums monaco | MC
everyday-name | alexa was ist die hauptstadt von holland | NL
everyday-name | alexa was ist die hauptstadt von amerika | US
everyday-name | alexa was ist die hauptstadt von england | GB-ENG
everyday-name | alexa was ist die hauptstadt von der tschechei | CZ
everyday-name | alexa was ist die hauptstadt von weißrussland | BY
everyday-name | alexa was ist die hauptstadt von persien | IR
everyday-name | alexa was ist die hauptstadt von burma | MM
everyday-name | alexa was ist die hauptstadt von zaire | CD
everyday-name | alexa was ist die hauptstadt von dahome | BJ
everyday-name | alexa was ist die hauptstadt von obervolta | BF
everyday-name | alexa was ist die hauptstadt von kampuchea | KH
everyday-name | alexa was ist die hauptstadt von betschuanaland | BW
everyday-name | alexa was ist die hauptstadt von swasiland | SZ
everyday-name | alexa was ist die hauptstadt von formosa | TW
everyday-name | alexa was ist die hauptstadt von südrhodesien | ZW
everyday-name | alexa was ist die hauptstadt von abessinien | ET
everyday-name | alexa was ist die hauptstadt von moldawien | MD
everyday-name | alexa was ist die hauptstadt von mazedonien | MK
everyday-name | alexa was ist die hauptstadt von kirgisien | KG
everyday-name | alexa was ist die hauptstadt von turkmenien | TM
everyday-name | alexa was ist die hauptstadt von türkiye | TR
everyday-name | alexa was ist die hauptstadt von den kapverden | CV
everyday-name | alexa was ist die hauptstadt von aotearoa | NZ
everyday-name | alexa was ist die hauptstadt von den emiraten | AE
everyday-name | alexa was ist die hauptstadt der vae | AE
everyday-name | alexa was ist die hauptstadt der brd | DE
everyday-name | alexa was ist die hauptstadt von den staaten | US
everyday-name | alexa was ist die hauptstadt vom vatikan | VA
everyday-name | alexa was ist die hauptstadt von saudi | SA
everyday-name | alexa was ist die hauptstadt von helvetia | CH
everyday-name | alexa was ist die hauptstadt von nrw | DE-NW
everyday-name | alexa was ist die hauptstadt von sao tome | ST
everyday-name | alexa was ist die hauptstadt von trinidad | TT
everyday-name | alexa was ist die hauptstadt von st kitts | KN
everyday-name | alexa was ist die hauptstadt von st vincent | VC
everyday-name | alexa was ist die hauptstadt von neufundland | CA-NL
everyday-name | alexa was ist die hauptstadt von spitzbergen | SJ
everyday-name | alexa was ist die hauptstadt von åland | AX
everyday-name | alexa was ist die hauptstadt von turks und caicos | TC
everyday-name | alexa was ist die hauptstadt von der dr kongo | CD
everyday-name | alexa was ist die hauptstadt von kongo brazzaville | CG
everyday-name | alexa was ist die hauptstadt von kongo kinshasa | CD
shared-name | alexa was ist die hauptstadt von kongo | CD+CG
shared-name | alexa welche hauptstadt hat der kongo | CD+CG
shared-name | alexa was ist die hauptstadt von korea | KP+KR
shared-name | alexa die hauptstädte von nord und südkorea | KP+KR
shared-name | alexa was ist die hauptstadt von georgia | GE+US-GA
shared-name | alexa hauptstadt von georgia dem us bundesstaat | US-GA
shared-name | alexa was ist die hauptstadt von georgien im kaukasus | GE
shared-name | alexa was ist die hauptstadt der jungferninseln | VG+VI
shared-name | alexa was ist die hauptstadt der britischen jungferninseln | VG
shared-name | alexa was ist die hauptstadt der amerikanischen jungferninseln | VI
shared-name | alexa was ist die hauptstadt von südkorea nicht nordkorea | KR
shared-name | alexa beide koreas welche hauptstädte haben die | KP+KR
shared-name | alexa was ist die hauptstadt von nordkorea nicht südkorea | KP
shared-name | alexa welche hauptstadt hat die republik kongo nicht die demokratische | CG
shared-name | alexa kongo der große was ist die hauptstadt | CD
shared-name | alexa was ist die hauptstadt von dominica der insel | DM
shared-name | alexa georgia in den usa was ist da die hauptstadt | US-GA
shared-name | alexa georgien das land am schwarzen meer hauptstadt | GE
shared-name | alexa was ist die hauptstadt von washington | US-WA
shared-name | alexa was ist die hauptstadt von new york dem staat | US-NY
shared-name | alexa was ist die hauptstadt von luxemburg der provinz in belgien nein vom land | LU
shared-name | alexa was ist die hauptstadt von guinea nicht äquatorialguinea | GN
shared-name | alexa was ist die hauptstadt von sudan nicht südsudan | SD
shared-name | alexa was ist die hauptstadt von niger dem land nicht nigeria | NE
subdivision | alexa ist berlin ein bundesland und was ist dann die hauptstadt | DE-BE
subdivision | alexa welche stadt ist die hauptstadt von alaska | US-AK
subdivision | alexa was ist die hauptstadt von washington dc | US-DC
subdivision | alexa hauptstadt von british columbia bitte | CA-BC
subdivision | alexa was ist die hauptstadt von prince edward island | CA-PE
subdivision | alexa welche stadt ist hauptstadt der provinz québec | CA-QC
subdivision | alexa was ist die hauptstadt von victoria in australien | AU-VIC
subdivision | alexa das australian capital territory hat welche hauptstadt | AU-ACT
subdivision | alexa oi valeu e a hauptstadt vom bundesstaat são paulo | BR-SP
subdivision | alexa welche stadt ist hauptstadt vom bundesstaat rio de janeiro | BR-RJ
subdivision | alexa meine kollegin aus belém fragt was ist die hauptstadt von pará ich glaub belém | BR-PA
subdivision | alexa welche hauptstadt hat maranhão | BR-MA
subdivision | alexa brasilien mato grosso hauptstadt | BR-MT
subdivision | alexa und mato grosso do sul was ist da die hauptstadt | BR-MS
subdivision | alexa welche stadt ist hauptstadt von espírito santo in brasilien | BR-ES
subdivision | alexa hauptstadt von rio grande do norte | BR-RN
subdivision | alexa die hauptstadt vom staat paraíba bitte | BR-PB
subdivision | alexa welche stadt ist die hauptstadt von alagoas | BR-AL
subdivision | alexa sergipe in brasilien welche hauptstadt | BR-SE
subdivision | alexa wie heißt die hauptstadt von piauí | BR-PI
subdivision | alexa tocantins ist ein bundesstaat oder was ist die hauptstadt | BR-TO
subdivision | alexa was ist die hauptstadt von acre in brasilien | BR-AC
subdivision | alexa welche stadt ist hauptstadt von rondônia | BR-RO
subdivision | alexa roraima ganz im norden von brasilien hauptstadt | BR-RR
subdivision | alexa oi amapá qual é a hauptstadt | BR-AP
subdivision | alexa was ist die hauptstadt vom brasilianischen bundesdistrikt | BR-DF
subdivision | alexa yaar goa urlaub was ist da die hauptstadt | IN-GA
subdivision | alexa was ist die hauptstadt von punjab in indien | IN-PB
subdivision | alexa welche stadt ist hauptstadt von haryana | IN-HR
subdivision | alexa assam wo der tee herkommt was ist die hauptstadt | IN-AS
subdivision | alexa wie heißt die hauptstadt von odisha | IN-OD
subdivision | alexa welche stadt ist die hauptstadt von telangana | IN-TS
subdivision | alexa andhra pradesh die hauptstadt bitte | IN-AP
subdivision | alexa was ist die hauptstadt vom bundesstaat madhya pradesh | IN-MP
subdivision | alexa himachal pradesh welche stadt ist hauptstadt | IN-HP
subdivision | alexa hauptstadt von sikkim | IN-SK
subdivision | alexa was ist die hauptstadt von jharkhand in indien | IN-JH
subdivision | alexa welche stadt ist hauptstadt von chhattisgarh | IN-CG
subdivision | alexa ladakh im himalaya was ist da die hauptstadt | IN-LA
subdivision | alexa was ist die hauptstadt von delhi dem unionsterritorium | IN-DL
subdivision | alexa was ist die hauptstadt von den andamanen und nikobaren | IN-AN
subdivision | alexa meghalaya hauptstadt bitte | IN-ML
subdivision | alexa wie heißt die hauptstadt von manipur | IN-MN
subdivision | alexa mizoram im osten von indien was ist die hauptstadt | IN-MZ
subdivision | alexa welche stadt ist hauptstadt von nagaland | IN-NL
subdivision | alexa tripura hauptstadt | IN-TR
subdivision | alexa was ist die hauptstadt vom indischen bundesstaat arunachal pradesh | IN-AR
subdivision | alexa die inseln lakshadweep welche hauptstadt haben die | IN-LD
subdivision | alexa vanakkam was ist die hauptstadt von puducherry | IN-PY
subdivision | alexa chandigarh das unionsterritorium was ist die hauptstadt | IN-CH
subdivision | alexa was ist die hauptstadt von dadra und nagar haveli und daman und diu | IN-DH
subdivision | alexa hauptstadt von baja california im norden von mexiko | MX-BCN
subdivision | alexa was ist die hauptstadt von baja california sur | MX-BCS
subdivision | alexa was ist die hauptstadt von quintana roo wo cancún liegt | MX-ROO
subdivision | alexa welche stadt ist hauptstadt von veracruz | MX-VER
subdivision | alexa was ist die hauptstadt von puebla dem bundesstaat | MX-PUE
subdivision | alexa guanajuato der bundesstaat welche hauptstadt | MX-GUA
subdivision | alexa welche stadt ist hauptstadt von chihuahua | MX-CHH
subdivision | alexa sinaloa in mexiko hauptstadt bitte | MX-SIN
subdivision | alexa wie heißt die hauptstadt von guerrero | MX-GRO
subdivision | alexa was ist die hauptstadt von michoacán | MX-MIC
subdivision | alexa tamaulipas welche stadt ist die hauptstadt | MX-TAM
subdivision | alexa hauptstadt von coahuila in mexiko | MX-COA
subdivision | alexa welche stadt ist hauptstadt von tabasco | MX-TAB
subdivision | alexa was ist die hauptstadt von campeche dem staat | MX-CAM
subdivision | alexa morelos in mexiko was ist die hauptstadt | MX-MOR
subdivision | alexa was ist die hauptstadt von hidalgo in mexiko | MX-HID
subdivision | alexa was ist die hauptstadt vom bundesstaat méxico | MX-MEX
subdivision | alexa nayarit hauptstadt bitte | MX-NAY
subdivision | alexa welche stadt ist hauptstadt von san luis potosí | MX-SLP
subdivision | alexa wie heißt die hauptstadt von querétaro | MX-QUE
subdivision | alexa durango in mexiko welche hauptstadt | MX-DUR
subdivision | alexa was ist die hauptstadt vom bundesstaat zacatecas | MX-ZAC
subdivision | alexa colima in mexiko was ist die hauptstadt | MX-COL
subdivision | alexa welche stadt ist hauptstadt von tlaxcala | MX-TLA
subdivision | alexa aguascalientes hauptstadt | MX-AGU
subdivision | alexa was ist die hauptstadt von england nicht großbritannien | GB-ENG
subdivision | alexa hat mexiko-stadt eine eigene hauptstadt | MX-CMX
territory | alexa anguilla in der karibik was ist die hauptstadt | AI
territory | alexa welche stadt ist hauptstadt von st barthélemy | BL
territory | alexa was ist die hauptstadt der karibischen niederlande | BQ
territory | alexa die kokosinseln welche hauptstadt | CC
territory | alexa was ist die hauptstadt der cookinseln | CK
territory | alexa curaçao urlaub hauptstadt | CW
territory | alexa welche stadt ist hauptort der weihnachtsinsel | CX
territory | alexa was ist die hauptstadt der falklandinseln | FK
territory | alexa guernsey im ärmelkanal was ist die hauptstadt | GG
territory | alexa was ist die hauptstadt von südgeorgien und den südlichen sandwichinseln | GS
territory | alexa guam hauptstadt bitte | GU
territory | alexa welche stadt ist hauptstadt der isle of man | IM
territory | alexa was ist die hauptstadt vom britischen territorium im indischen ozean | IO
territory | alexa jersey die insel welche hauptstadt | JE
territory | alexa was ist die hauptstadt von st martin dem französischen teil | MF
territory | alexa welche stadt ist hauptstadt der nördlichen marianen | MP
territory | alexa montserrat hauptstadt | MS
territory | alexa was ist die hauptstadt von neukaledonien | NC
territory | alexa norfolkinsel welche hauptstadt | NF
territory | alexa wie heißt die hauptstadt von niue | NU
territory | alexa welche stadt ist hauptstadt von französisch-polynesien | PF
territory | alexa was ist die hauptstadt von st pierre und miquelon | PM
territory | alexa die pitcairninseln haben welche hauptstadt | PN
territory | alexa st helena wo napoleon war was ist die hauptstadt | SH
territory | alexa sint maarten der holländische teil hauptstadt | SX
territory | alexa was ist die hauptstadt der turks und caicosinseln | TC
territory | alexa was ist die hauptstadt der französischen süd und antarktisgebiete | TF
territory | alexa tokelau hauptstadt | TK
territory | alexa welche stadt ist hauptstadt von wallis und futuna | WF
territory | alexa was ist die hauptstadt der westsahara | EH
territory | alexa welche stadt ist die hauptstadt von hongkong | HK
territory | alexa macau hat das eine hauptstadt | MO
territory | alexa was ist die hauptstadt der antarktis | AQ
territory | alexa was ist die hauptstadt von spitzbergen und jan mayen | SJ
territory | alexa was ist die hauptstadt der ålandinseln | AX
territory | alexa hauptstadt von puerto rico bitte | PR
territory | alexa welche stadt ist hauptstadt der vatikanstadt | VA
regional-speech | alexa ei gude wie was is dann die hauptstadt vun frankreich | FR
regional-speech | alexa ei horch emol wie heißt die hauptstadt von belgien | BE
regional-speech | alexa allemol sach ma die hauptstadt vun spanie | ES
regional-speech | alexa nä wat is getz die hauptstadt von polen | PL
regional-speech | alexa boah getz sach doch ma die hauptstadt von dänemark | DK
regional-speech | alexa na hömma wie heißt die hauptstadt von schweden | SE
regional-speech | alexa jong sach mer ens die hauptstadt vun holland | NL
regional-speech | alexa wat es dann de hauptstadt vun belgie | BE
regional-speech | alexa moin wat is de hauptstadt vun dänemark | DK
regional-speech | alexa heast wos is de hauptstadt vo tschechien | CZ
regional-speech | alexa na servus wia hoast de hauptstadt vo ungarn | HU
regional-speech | alexa hoi wia heißt d hauptstadt vo liechtenstein | LI
regional-speech | alexa gell säg mr d hauptstadt vo italie | IT
regional-speech | alexa wat is denn de hauptstadt vom saarland | DE-SL
regional-speech | alexa ei des is doch die hauptstadt vun rheinland-pfalz mainz oder | DE-RP
regional-speech | alexa nä dat weiß ich getz nich wat is die hauptstadt von lippe äh nrw | DE-NW
regional-speech | alexa jo moin hauptstadt vun schleswig-holstein | DE-SH
regional-speech | alexa ei was is die hauptstadt vun luxemburg allemol | LU
regional-speech | alexa heast oida wie hoaßt die hauptstadt vo slowenien | SI
regional-speech | alexa wos is n die hauptstadt vo kroatien | HR
regional-speech | alexa nä sach ma wo die hauptstadt von irland is | IE
regional-speech | alexa ei gude die hauptstadt vun portugal bitte | PT
regional-speech | alexa dat is doch oslo die hauptstadt von norwegen oder | NO
regional-speech | alexa jung wat is die hauptstadt von finnland | FI
code-switch | alexa moien wat ass d hauptstad vu frankräich | FR
code-switch | alexa merci villmols und die hauptstadt vun portugal | PT
code-switch | alexa chào alexa thu do hauptstadt von vietnam | VN
code-switch | alexa cam on und was ist die hauptstadt von laos | LA
code-switch | alexa xiexie und die hauptstadt von der mongolei | MN
code-switch | alexa kamsahamnida was ist die hauptstadt von japan | JP
code-switch | alexa ne ne die hauptstadt von südkorea ist seoul oder | KR
code-switch | alexa valeu und die hauptstadt von angola | AO
code-switch | alexa oi gente qual é a capital de mosambik | MZ
code-switch | alexa bon ben la capitale du sénégal also die hauptstadt vom senegal | SN
code-switch | alexa s'il te plaît die hauptstadt von kamerun | CM
code-switch | alexa tak skal du have was ist die hauptstadt von grönland | GL
code-switch | alexa hej alexa hovedstaden i færøerne die hauptstadt der färöer | FO
code-switch | alexa tack was heißt die hauptstadt von finnland på svenska egal die hauptstadt | FI
code-switch | alexa kiitos paljon und die hauptstadt von estland | EE
code-switch | alexa gmadlobt und was ist die hauptstadt von georgien | GE
code-switch | alexa shnorhakalutyun die hauptstadt von armenien bitte | AM
code-switch | alexa vanakkam was ist die hauptstadt von sri lanka | LK
code-switch | alexa yaar pakistan ki capital kya hai also die hauptstadt | PK
code-switch | alexa toda und die hauptstadt von zypern | CY
code-switch | alexa khop khun kha hauptstadt von thailand | TH
code-switch | alexa faleminderit die hauptstadt von albanien | AL
code-switch | alexa aciu was ist die hauptstadt von litauen | LT
code-switch | alexa so what's the hauptstadt of new zealand | NZ
code-switch | alexa mate was ist die hauptstadt von fidschi | FJ
code-switch | alexa okay so hauptstadt von kanada please | CA
code-switch | alexa ni hao ma was ist die hauptstadt von taiwan | TW
code-switch | alexa chi oi hauptstadt von kambodscha | KH
child | alexa ich hab einen globus gekriegt wo ist die hauptstadt von russland | RU
child | alexa mein papa kommt aus polen was ist da die hauptstadt | PL
child | alexa wie heißt die hauptstadt von ägypten wo die pyramiden sind | EG
child | alexa was ist die hauptstadt von dem land mit den kängurus | AU
child | alexa was ist die hauptstadt von dem land wo die pandas herkommen china | CN
child | alexa unser lehrer hat gesagt wir sollen die hauptstadt von frankreich wissen | FR
child | alexa wo wohnt der könig von england in welcher hauptstadt | GB
child | alexa ich bin acht was ist die hauptstadt von japan | JP
child | alexa in meinem lego buch steht dänemark was ist die hauptstadt | DK
child | alexa mama fragt was die hauptstadt von spanien ist und ich weiß es nicht | ES
child | alexa was ist die hauptstadt von kenia da wo die löwen sind | KE
child | alexa wie heißt die hauptstadt von brasilien wo die fußballer herkommen | BR
child | alexa meine freundin kommt aus der ukraine was ist da die hauptstadt | UA
child | alexa die hauptstadt von island gibts da eisbären | IS
child | alexa alexa alexa was ist die hauptstadt von italien | IT
child | alexa welche stadt ist hauptstadt von mexiko bitte bitte | MX
child | alexa ich will in die hauptstadt von norwegen fahren wie heißt die | NO
child | alexa wie heißt die hauptstadt von der schweiz wo die schokolade herkommt | CH
child | alexa was ist die hauptstadt von madagaskar wie im film | MG
child | alexa in der kinderuni hieß es peru was ist die hauptstadt | PE
child | alexa opa sagt die hauptstadt von kanada ist toronto stimmt das | CA
teen | alexa slay was ist die hauptstadt von kroatien | HR
teen | alexa wild aber was ist die hauptstadt von australien | AU
teen | alexa klassenfahrt geht nach tschechien hauptstadt | CZ
teen | alexa minecraft server heißt wie die hauptstadt von peru was ist die | PE
teen | alexa fortnite pause was ist die hauptstadt von kolumbien | CO
teen | alexa in der whatsapp gruppe streiten die über die hauptstadt von der türkei | TR
teen | alexa ehrlich jetzt hauptstadt von kasachstan | KZ
teen | alexa digga welche stadt ist hauptstadt von marokko | MA
teen | alexa aura minus tausend ich weiß die hauptstadt von schottland nicht | GB-SCT
teen | alexa erdkunde test morgen hauptstadt von nigeria | NG
teen | alexa lowkey peinlich aber was ist die hauptstadt von kanada | CA
teen | alexa ich schreib grad das referat über ghana was ist die hauptstadt | GH
teen | alexa was ist die hauptstadt von jamaika wegen bob marley | JM
teen | alexa abi lernen hauptstadt von südafrika | ZA
teen | alexa kurze frage die hauptstadt von argentinien ist buenos aires oder | AR
teen | alexa sag mal schnell hauptstadt von bolivien mein kumpel wettet | BO
teen | alexa ey alexa hauptstadt von vietnam | VN
elder | alexa mein enkel hat gesagt ich soll sie fragen was ist die hauptstadt von ceylon | LK
elder | alexa als seemann war ich in siam was ist da heute die hauptstadt | TH
elder | alexa hauptstadt von rhodesien hieß früher salisbury wie heute | ZW
elder | alexa was ist heute die hauptstadt von zaire | CD
elder | alexa früher hieß es ja burma was ist die hauptstadt | MM
elder | alexa in der skatrunde fragt einer nach der hauptstadt von jugoslawien ach serbien | RS
elder | alexa kreuzworträtsel hauptstadt von peru vier buchstaben | PE
elder | alexa wissen sie die hauptstadt von portugal | PT
elder | alexa meine frau will wissen was die hauptstadt von griechenland ist | GR
elder | alexa im schrebergarten wurde gewettet die hauptstadt von australien | AU
elder | alexa damals war bonn die hauptstadt und heute | DE
elder | alexa ich war neunzehnhundertsiebzig in persien was ist da die hauptstadt | IR
elder | alexa beim kaffeekränzchen fragte die erna nach der hauptstadt von malta | MT
elder | alexa ich höre schlecht bitte laut die hauptstadt von irland | IE
elder | alexa was ist denn die hauptstadt von obervolta heute burkina faso | BF
elder | alexa welches ist die hauptstadt von abessinien äthiopien heute | ET
elder | alexa was ist die hauptstadt von kamputschea | KH
learner | alexa was ist die hauptstadt von der kuba | CU
learner | alexa ich bin aus vietnam was ist hauptstadt mein land | VN
learner | alexa welche stadt ist hauptstadt bei kenia | KE
learner | alexa die hauptstadt von korea süd ist was | KR
learner | alexa sag mir bitte hauptstadt deutschland | DE
learner | alexa was ist das hauptstadt von schweden | SE
learner | alexa wo ist die hauptstadt für brasilien | BR
learner | alexa ich lerne deutsch und ich frage hauptstadt von chile | CL
learner | alexa was ist den hauptstadt von indien | IN
learner | alexa hauptstadt von ägypt | EG
learner | alexa was ist die hauptstadt von die philippinen | PH
learner | alexa entschuldigung was ist der hauptstadt von thailand | TH
learner | alexa kannst du mir sagen die hauptstadt von kamerun | CM
learner | alexa wie heißen die hauptstadt von nepal | NP
learner | alexa für meine integrationskurs was ist die hauptstadt von österreich | AT
learner | alexa was ist die hauptstadt von vereinigte staaten | US
work | alexa ich bin friseurin und meine kundin fragt nach der hauptstadt von kuba | CU
work | alexa in der backstube kam die frage auf hauptstadt von dänemark | DK
work | alexa callcenter pause was ist die hauptstadt von irland | IE
work | alexa ich bin paketbote und hab ein paket für sambia welche hauptstadt hat das | ZM
work | alexa standesamt brauche die hauptstadt von ghana für die urkunde | GH
work | alexa für die museumsführung was ist die hauptstadt von ägypten | EG
work | alexa im radio muss ich gleich die hauptstadt von estland ansagen | EE
work | alexa am hafen kommt ein schiff aus liberia was ist die hauptstadt | LR
work | alexa ich bin bei der bundeswehr im einsatz in mali was ist die hauptstadt | ML
work | alexa in der kfz werkstatt hat ein kunde ein kennzeichen aus moldau welche hauptstadt | MD
work | alexa für die weinkarte was ist die hauptstadt von georgien | GE
work | alexa kaffeerösterei bohnen aus äthiopien hauptstadt bitte | ET
work | alexa im auktionshaus ein bild aus nepal was ist die hauptstadt dort | NP
work | alexa als pflegerin frag ich für den herrn in zimmer drei hauptstadt von kroatien | HR
work | alexa für die präsentation beim kunden die hauptstadt von katar | QA
work | alexa im homeoffice meeting gleich mit singapur welche stadt ist hauptstadt | SG
work | alexa der architekt fragt nach der hauptstadt von brasilien wegen niemeyer | BR
work | alexa ich fahre fernverkehr nach litauen was ist die hauptstadt | LT
game | alexa stadt land fluss mit k hauptstadt von kenia | KE
game | alexa wer wird millionär frage hauptstadt von australien | AU
game | alexa tabu ich darf nicht sagen wie die hauptstadt von frankreich heißt sag du | FR
game | alexa galgenmännchen die hauptstadt von usbekistan | UZ
game | alexa wir spielen activity welche stadt ist hauptstadt von norwegen | NO
game | alexa kneipenquiz joker hauptstadt von neuseeland | NZ
game | alexa quizduell ich hab noch zehn sekunden hauptstadt von myanmar | MM
game | alexa trivial pursuit blaue frage hauptstadt von kanada | CA
game | alexa zug um zug europa ist die hauptstadt von rumänien auf der karte | RO
game | alexa wir spielen wer ist schneller hauptstadt von pakistan | PK
game | alexa bingo abend frage hauptstadt von tunesien | TN
game | alexa familienquiz welche hauptstadt hat die türkei | TR
game | alexa pub quiz letzte frage hauptstadt von kasachstan | KZ
game | alexa beim carcassonne spielen kam frankreich hauptstadt | FR
household | alexa beim bügeln nee beim stricken hauptstadt von island | IS
household | alexa ich gieß grad die tomaten was ist die hauptstadt von peru | PE
household | alexa in der wg küche wird gestritten die hauptstadt von schottland | GB-SCT
household | alexa beim frühstück hauptstadt von norwegen bitte | NO
household | alexa ich putz grad das bad sag mir die hauptstadt von belgien | BE
household | alexa geburtstag vorbereiten und ich will wissen die hauptstadt von mexiko | MX
household | alexa das fläschchen ist warm sag mal hauptstadt von japan | JP
household | alexa beim rasenmähen hab ich an kanada gedacht hauptstadt | CA
household | alexa die spülmaschine läuft hauptstadt von ungarn | HU
household | alexa beim abendessen wollen die kinder die hauptstadt von china wissen | CN
household | alexa wir renovieren gerade welche stadt ist hauptstadt von schweden | SE
household | alexa ich sortiere socken was ist die hauptstadt von griechenland | GR
travel | alexa wir machen eine städtereise in die hauptstadt von portugal wie heißt die | PT
travel | alexa jakobsweg endet in spanien und was ist die hauptstadt | ES
travel | alexa auslandssemester in südkorea welche stadt ist hauptstadt | KR
travel | alexa sprachreise nach irland welche hauptstadt | IE
travel | alexa work and travel in australien was ist die hauptstadt | AU
travel | alexa wir wollen mit dem zug nach polen in die hauptstadt wie heißt sie | PL
travel | alexa flug nach marokko landet der in der hauptstadt wie heißt die | MA
travel | alexa urlaub in thailand was ist die hauptstadt dort | TH
travel | alexa wir fliegen über dubai wo ist die hauptstadt der emirate | AE
travel | alexa segeltörn in kroatien welche stadt ist hauptstadt | HR
travel | alexa mit dem wohnmobil nach schweden was ist die hauptstadt | SE
travel | alexa die hochzeitsreise geht nach mauritius hauptstadt bitte | MU
travel | alexa wir fahren an den gardasee was ist die hauptstadt von italien | IT
travel | alexa rucksackreise durch vietnam hauptstadt | VN
sport | alexa biathlon in norwegen was ist die hauptstadt | NO
sport | alexa tennisturnier in australien welche stadt ist hauptstadt | AU
sport | alexa der marathon läufer ist aus kenia hauptstadt bitte | KE
sport | alexa formel eins in aserbaidschan was ist die hauptstadt | AZ
sport | alexa die darts spieler aus den niederlanden welche hauptstadt hat holland | NL
sport | alexa beim skispringen gewinnt slowenien was ist die hauptstadt | SI
sport | alexa handball wm in ägypten welche stadt ist hauptstadt | EG
sport | alexa die fußball em in portugal hauptstadt | PT
sport | alexa beim rugby spielt fidschi was ist die hauptstadt | FJ
sport | alexa die nba spieler aus kamerun welche hauptstadt | CM
sport | alexa olympische spiele in brasilien was ist die hauptstadt | BR
sport | alexa beim volleyball spielt serbien was ist die hauptstadt | RS
hesitation | alexa was ist ähm die hauptstadt von äh tschechien | CZ
hesitation | alexa hauptstadt von warte wie heißt das land ach ja estland | EE
hesitation | alexa was ist die die hauptstadt von lettland | LV
hesitation | alexa ähm also äh was ist die hauptstadt von jordanien | JO
hesitation | alexa die hauptstadt von von von senegal | SN
hesitation | alexa was was ist die hauptstadt von tansania | TZ
hesitation | alexa ich wollte fragen ähm die hauptstadt von paraguay | PY
hesitation | alexa äh hauptstadt von mh usbekistan | UZ
hesitation | alexa moment hauptstadt von nicaragua | NI
hesitation | alexa also ich mein die hauptstadt von algerien | DZ
hesitation | alexa was ist die hauptstadt von na wie heißt es bangladesch | BD
hesitation | alexa hm die hauptstadt von libyen glaub ich | LY
hesitation | alexa sag mal äh ja die hauptstadt von kuwait | KW
formal | alexa würden sie mir bitte die hauptstadt von schweden nennen | SE
formal | alexa ich hätte gern gewusst welche stadt die hauptstadt von finnland ist | FI
formal | alexa könnten sie mir freundlicherweise die hauptstadt von jemen sagen | YE
formal | alexa bitte nennen sie mir die hauptstadt des oman | OM
formal | alexa wären sie so nett mir die hauptstadt von bahrain zu nennen | BH
formal | alexa darf ich fragen was die hauptstadt von katar ist | QA
formal | alexa ich bitte um die hauptstadt von belarus | BY
formal | alexa hätten sie die güte mir die hauptstadt von uruguay zu sagen | UY
formal | alexa teilen sie mir bitte die hauptstadt von honduras mit | HN
genitive | alexa was ist die hauptstadt spaniens | ES
genitive | alexa nenne die hauptstadt frankreichs | FR
genitive | alexa wie heißt die hauptstadt polens | PL
genitive | alexa welche stadt ist die hauptstadt chinas | CN
genitive | alexa die hauptstadt ungarns | HU
genitive | alexa was ist die hauptstadt kanadas | CA
genitive | alexa wie lautet die hauptstadt norwegens | NO
genitive | alexa die hauptstadt perus bitte | PE
genitive | alexa welche stadt ist hauptstadt kenias | KE
genitive | alexa was ist die hauptstadt vietnams | VN
genitive | alexa hauptstadt brasiliens | BR
genitive | alexa was ist die hauptstadt bayerns | DE-BY
genitive | alexa die hauptstadt sachsens | DE-SN
genitive | alexa was ist die hauptstadt des irans | IR
genitive | alexa wie heißt die hauptstadt des sudans | SD
bare-keyword | alexa hauptstadt japan | JP
bare-keyword | alexa hauptstadt schweden | SE
bare-keyword | alexa ägypten hauptstadt | EG
bare-keyword | alexa island hauptstadt | IS
bare-keyword | alexa hauptstadt chile | CL
bare-keyword | alexa indonesien hauptstadt bitte | ID
bare-keyword | alexa hauptstadt kolumbien | CO
bare-keyword | alexa landeshauptstadt niedersachsen | DE-NI
bare-keyword | alexa hauptstadt ohio | US-OH
bare-keyword | alexa hauptstadt quebec | CA-QC
bare-keyword | alexa hauptstadt laos | LA
bare-keyword | alexa hauptstadt tonga | TO
bare-keyword | alexa tuvalu hauptstadt | TV
bare-keyword | alexa hauptstadt nauru | NR
bare-keyword | alexa hauptstadt palau | PW
bare-keyword | alexa hauptstadt mikronesien | FM
bare-keyword | alexa salomonen hauptstadt | SB
bare-keyword | alexa hauptstadt vanuatu | VU
bare-keyword | alexa hauptstadt kiribati | KI
bare-keyword | alexa hauptstadt marshallinseln | MH
stop | ei gude jetzt is aber gut alexa aus | STOP
stop | nä getz is schluss alexa | STOP
stop | heast alexa gib a ruh und hör auf | STOP
stop | alexa moin moin das wars ich mach aus | STOP
stop | alexa sheesh stopp jetzt | STOP
stop | alexa bitte sofort aufhören das baby schläft | STOP
stop | alexa beende die hauptstädte | STOP
stop | alexa halt den mund ich telefoniere | STOP
stop | alexa aufhören wir essen jetzt | STOP
stop | alexa hör jetzt auf mit dem quiz | STOP
stop | alexa ruhe bitte oma schläft | STOP
stop | alexa genug hauptstädte für heute | STOP
stop | alexa moien äddi schluss | STOP
stop | alexa tack hej då stopp | STOP
stop | alexa beenden sie bitte | STOP
stop | alexa ich bin fertig mach aus | STOP
stop | alexa still jetzt | STOP
stop | alexa spiel beenden bitte | STOP
stop | alexa hör doch endlich auf | STOP
stop | alexa es ist spät wir hören auf | STOP
cancel | alexa ach nee vergiss das mit der hauptstadt | CANCEL
cancel | alexa nä lass getz gut sein | CANCEL
cancel | alexa ei vergess es allemol | CANCEL
cancel | alexa heast vergiss es eh wurscht | CANCEL
cancel | alexa sorry falsche frage vergiss es | CANCEL
cancel | alexa brich die frage ab | CANCEL
cancel | alexa abbrechen ich hab mich versprochen | CANCEL
cancel | alexa nee nee doch nicht vergiss es | CANCEL
cancel | alexa vergiss was ich gesagt hab | CANCEL
cancel | alexa ach lass mal ich guck im atlas nach | CANCEL
cancel | alexa hat sich schon geklärt abbrechen | CANCEL
cancel | alexa vorgang abbrechen | CANCEL
cancel | alexa streich das | CANCEL
cancel | alexa egal vergiss es bro | CANCEL
cancel | alexa das war nicht für dich vergiss es | CANCEL
cancel | alexa mein mann weiß es schon abbrechen | CANCEL
cancel | alexa lassen sie es bitte gut sein | CANCEL
cancel | alexa ne war keine frage vergiss es | CANCEL
cancel | alexa brauchen wir nicht mehr abbrechen | CANCEL
cancel | alexa kommando zurück vergiss es | CANCEL
help | alexa ei wie funktioniert des mit de hauptstädte | HELP
help | alexa heast wia geht des mit dem spiel | HELP
help | alexa ich bin neu in deutschland wie kann ich dich fragen | HELP
help | alexa was für fragen kann man bei den hauptstädten stellen | HELP
help | alexa kannst du mir zeigen wie ich eine hauptstadt frage | HELP
help | alexa mein opa weiß nicht wie das geht hilf ihm | HELP
help | alexa diggi wie funktioniert das | HELP
help | alexa wie geht das quiz mit den ländern | HELP
launch | alexa ei gude starte ma die welthauptstädte | LAUNCH
launch | alexa heast mach die welthauptstädte auf | LAUNCH
launch | alexa öffne bitte das spiel hauptstädte der welt | LAUNCH
launch | alexa wir wollen welthauptstädte spielen mach an | LAUNCH
launch | alexa starte die welthauptstädte mit mir | LAUNCH
launch | alexa kannst du welthauptstädte öffnen | LAUNCH
everyday-name | alexa mein opa sagt immer tschechei wie heißt da die hauptstadt | CZ
everyday-name | alexa ei gude die hauptstadt vun holland is doch amsterdam oder | NL
everyday-name | alexa nä wat is die hauptstadt von amiland | US
everyday-name | alexa hauptstadt von england sagt man ja so wie heißt die | GB-ENG
everyday-name | alexa die hauptstadt von weißrussland heißt doch minsk | BY
everyday-name | alexa meine oma sagt persien welche stadt ist da die hauptstadt | IR
everyday-name | alexa früher hieß es swasiland was ist jetzt die hauptstadt | SZ
everyday-name | alexa die emirate da wo dubai ist welche stadt ist hauptstadt | AE
everyday-name | alexa mein nachbar kommt aus kongo kinshasa wie heißt die hauptstadt | CD
everyday-name | alexa in der zeitung stand türkiye was ist deren hauptstadt | TR
everyday-name | alexa die kapverden im urlaub welche stadt ist hauptstadt | CV
everyday-name | alexa moldawien mit w welche hauptstadt hat das | MD
everyday-name | alexa im atlas von neunzehnhundertachtzig steht obervolta hauptstadt | BF
everyday-name | alexa vae hauptstadt bitte | AE
everyday-name | alexa die ostwestfalen sagen holland zu den niederlanden was ist die hauptstadt | NL
yes-no-check | alexa ei is wiesbaden die hauptstadt von hessen oder frankfurt | DE-HE
yes-no-check | alexa nä is bielefeld nich die hauptstadt von nrw | DE-NW
yes-no-check | alexa is salzburg die hauptstadt von österreich heast | AT
yes-no-check | alexa ist vaduz die hauptstadt von liechtenstein oder | LI
yes-no-check | alexa ist esch die hauptstadt von luxemburg | LU
yes-no-check | alexa ist hanoi die hauptstadt von vietnam oder saigon | VN
yes-no-check | alexa ist shanghai die hauptstadt von china | CN
yes-no-check | alexa ist busan die hauptstadt von südkorea | KR
yes-no-check | alexa ist são paulo die hauptstadt von brasilien | BR
yes-no-check | alexa ist douala die hauptstadt von kamerun | CM
yes-no-check | alexa ist göteborg die hauptstadt von schweden | SE
yes-no-check | alexa ist turku die hauptstadt von finnland | FI
yes-no-check | alexa ist batumi die hauptstadt von georgien | GE
yes-no-check | alexa ist gyumri die hauptstadt von armenien | AM
yes-no-check | alexa ist kandy die hauptstadt von sri lanka | LK
yes-no-check | alexa ist lahore die hauptstadt von pakistan | PK
yes-no-check | alexa ist flensburg die hauptstadt von schleswig-holstein | DE-SH
"""

if __name__ == "__main__":
    build_round(41, "de", LINES, sys.argv, "tests/Eval/de/round41/source/build_corpus.py")
