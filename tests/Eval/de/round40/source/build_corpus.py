"""Round 40, German (de-DE): a new author's own mix, written blind (brief WRITER47.md). Speakers chosen away from
rounds 38 and 39: Upper and Lower Bavaria and the Upper Palatinate ("servus", "mei", "wos", "geh", "fei", "oiso"),
Allgäu, Baden and Freiburg ("gell", "ha jo"), Kurpfalz and Mannheim ("ajo", "alla"), Hamburg, Kiel and Bremen ("moin",
"digga", "nä", "büschen", "klönen"), Münsterland and Sauerland ("dat", "wat", "kiek"), Lusatia and the Erzgebirge,
the Eifel; Austrians from Graz and Carinthia and Swiss from Basel and Bern living in Germany ("oida", "leiwand",
"gäll", "merci vielmal"). Migrants and heritage speakers: Ukrainian refugees ("dyakuyu", "nu"), Romanians ("hai",
"mersi"), Portuguese, Iranians and Afghans ("khob", "merci", "jan"), Eritreans, Dutch commuters ("hoi", "nou"),
British and Irish expats ("cheers", "mate"), Japanese in Düsseldorf ("ano", "sumimasen"), Kurds ("heval"),
Hungarians ("szia"), Czechs ("ahoj"), Bulgarians, Nigerians and Ghanaians, Americans on base in the Pfalz. Children
(Sachunterricht, a world map puzzle, a flag memory game, a sticker album), teenagers (Geoguessr, TikTok, "digga",
"wallah krass", "cringe", "gönn dir"), elders (the Seniorentreff, old names, the Volkshochschule, the Gesangverein
trip), learners (Integrationskurs, Erasmus students, deliberate article and word-order errors). Work: a pilot, a
hotel reception, a logistics dispatcher, a pharmacist, a tour guide, a teacher writing an Erdkunde test, a
journalist, a programmer, a carpenter, a farmer, a vet, a police officer, a bank clerk, a flight attendant, a ham
radio operator, a stamp dealer. Games: Risiko, Geoguessr, a flag quiz app, Scrabble, Kniffel breaks, Wer bin ich,
an escape room, an Advent quiz, Schiffe versenken, Monopoly evenings, a football World Cup and Eurovision night.
Households: cooking, the bath, the car, a hangover morning, a party. Plus the genitive, polite requests, bare keyword
requests, travel planning, sport, follow-ups, yes/no checks (the place asked about expected), self-corrections (the
last place named), reverse questions (CITY:<capital>), official and everyday names (old names too), shared names
(Kongo, Korea, Georgia, Jungferninseln), plurals of every several-capital country and Palestine, subdivisions and
territories, launch (the skill's German name guessed), help, stop, cancel and out of domain (other requests,
"Hauptstadt" and "Kapital" in other senses, regions, historical and fictional places the data has no capital for).
`python3 tests/Eval/de/round40/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 40's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
regional-speech | servus alexa wos is jetz de hauptstod vo {} | andorra=AD; de emirate=AE; afghanistan=AF
regional-speech | alexa mei sog amoi de hauptstadt vo {} | antigua und barbuda=AG; albanien=AL; armenien=AM
regional-speech | alexa geh sag ma fei schnell wia de hauptstadt vo {} hoaßt | angola=AO; argentinien=AR; österreich=AT
regional-speech | moin alexa wat is denn die hauptstadt von {} | australien=AU; aserbaidschan=AZ; bosnien=BA
regional-speech | alexa digga was is die hauptstadt von {} nä | barbados=BB; bangladesch=BD; belgien=BE
regional-speech | alexa ajo sag emol die hauptstadt vun {} | burkina faso=BF; bulgarien=BG; bahrain=BH
regional-speech | alexa alla hopp was isch d hauptstadt vun {} | burundi=BI; brunei=BN; brasilien=BR
regional-speech | alexa gell du weisch doch die hauptstadt vo {} | bahamas=BS; bhutan=BT; botswana=BW
regional-speech | alexa kiek mal wat is die hauptstadt von {} | weißrussland=BY; belize=BZ; kanada=CA
regional-speech | alexa oida wos is die hauptstadt von {} | zentralafrikanische republik=CF; die schweiz=CH; chile=CL
regional-speech | alexa gäll säg mer d hauptstadt vo {} | kamerun=CM; china=CN; kolumbien=CO
regional-speech | alexa ha jo wie heißt denn die hauptstadt von {} | costa rica=CR; kuba=CU; kap verde=CV
code-switch | alexa dyakuyu also was ist die hauptstadt von {} | zypern=CY; tschechien=CZ; deutschland=DE
code-switch | alexa hai te rog die hauptstadt von {} | dschibuti=DJ; dänemark=DK; der dominikanischen republik=DO
code-switch | alexa khob was ist denn die hauptstadt von {} | algerien=DZ; ecuador=EC; estland=EE
code-switch | alexa hoi nou wat is de hoofdstad uh die hauptstadt von {} | ägypten=EG; eritrea=ER; spanien=ES
code-switch | alexa cheers mate what's the hauptstadt of {} | äthiopien=ET; finnland=FI; fidschi=FJ
code-switch | alexa ano sumimasen hauptstadt von {} bitte | mikronesien=FM; frankreich=FR; gabun=GA
code-switch | alexa heval sag mal die hauptstadt von {} | großbritannien=GB; grenada=GD; ghana=GH
code-switch | alexa szia hogy mondják was ist die hauptstadt von {} | gambia=GM; guinea=GN; äquatorialguinea=GQ
code-switch | alexa ahoj prosím die hauptstadt von {} | griechenland=GR; guatemala=GT; guinea-bissau=GW
code-switch | alexa okay so wait what is the capital of uh von {} | guyana=GY; honduras=HN; kroatien=HR
code-switch | alexa bhai tell me hauptstadt von {} | haiti=HT; ungarn=HU; indonesien=ID
code-switch | alexa mersi frumos und die hauptstadt von {} | irland=IE; israel=IL; indien=IN
learner | alexa wo ist die hauptstadt von {} ich lerne deutsch | irak=IQ; iran=IR; island=IS
learner | alexa bitte sagen sie mir welche stadt ist hauptstadt von {} | italien=IT; jamaika=JM; jordanien=JO
learner | alexa ich möchte wissen wie heißt die hauptstadt in {} | japan=JP; kenia=KE; kirgistan=KG
learner | alexa was ist die hauptstadt von der {} | kambodscha=KH; kiribati=KI; komoren=KM
learner | alexa hauptstadt des land {} was ist | st kitts und nevis=KN; kuwait=KW; kasachstan=KZ
learner | alexa entschuldigung ich brauche die hauptstadt für {} | laos=LA; libanon=LB; sankt lucia=LC
child | alexa mama sagt du weißt was die hauptstadt von {} ist | liechtenstein=LI; liberia=LR; lesotho=LS
child | alexa ich hab eine flagge gezogen was ist die hauptstadt von {} | litauen=LT; luxemburg=LU; lettland=LV
child | alexa für sachunterricht was ist die hauptstadt von {} | libyen=LY; marokko=MA; monaco=MC
child | alexa in meinem puzzle fehlt die hauptstadt von {} | moldawien=MD; montenegro=ME; madagaskar=MG
teen | alexa geoguessr frage digga was ist die hauptstadt von {} | marshallinseln=MH; nordmazedonien=MK; mali=ML
teen | alexa wallah krass was ist eigentlich die hauptstadt von {} | myanmar=MM; der mongolei=MN; mauretanien=MR
teen | alexa gönn dir kurz und sag mir die hauptstadt von {} | malta=MT; mauritius=MU; den malediven=MV
teen | alexa voll cringe aber ich weiß die hauptstadt von {} nicht | malawi=MW; mexiko=MX; mosambik=MZ
elder | alexa sei so gut und sag mir die hauptstadt von {} | namibia=NA; niger=NE; nigeria=NG
elder | alexa ich komm grad nicht drauf wie heißt die hauptstadt von {} | nicaragua=NI; norwegen=NO; nepal=NP
elder | alexa beim seniorentreff wurde gefragt nach der hauptstadt von {} | nauru=NR; neuseeland=NZ; oman=OM
elder | alexa liebes sag mir doch mal die hauptstadt von {} | panama=PA; peru=PE; papua-neuguinea=PG
work | alexa für den flugplan brauch ich die hauptstadt von {} | den philippinen=PH; pakistan=PK; polen=PL
work | alexa für die hotelbuchung welche stadt ist die hauptstadt von {} | portugal=PT; palau=PW; paraguay=PY
work | alexa kurz für die sendung die hauptstadt von {} bitte | katar=QA; rumänien=RO; serbien=RS
work | alexa ich schreib die erdkunde arbeit was ist die hauptstadt von {} | russland=RU; ruanda=RW; saudi-arabien=SA
work | alexa für die zollpapiere welche hauptstadt hat {} | die salomonen=SB; die seychellen=SC; der sudan=SD
work | alexa für den funkspruch ich brauch die hauptstadt von {} | schweden=SE; singapur=SG; slowenien=SI
game | alexa risiko runde was ist die hauptstadt von {} | der slowakei=SK; sierra leone=SL; san marino=SM
game | alexa beim flaggenquiz kam was ist die hauptstadt von {} | senegal=SN; somalia=SO; suriname=SR
game | alexa wer bin ich ich bin die hauptstadt von {} wer bin ich | südsudan=SS; são tomé und príncipe=ST; el salvador=SV
game | alexa escape room rätsel die hauptstadt von {} | syrien=SY; tschad=TD; togo=TG
game | alexa für den adventskalender quiz welche stadt ist hauptstadt von {} | thailand=TH; tadschikistan=TJ; osttimor=TL
game | alexa bei scrabble brauch ich die hauptstadt von {} | turkmenistan=TM; tunesien=TN; tonga=TO
polite | alexa würdest du mir bitte die hauptstadt von {} nennen | der türkei=TR; trinidad und tobago=TT; tuvalu=TV
polite | alexa wärst du so lieb mir die hauptstadt von {} zu sagen | tansania=TZ; der ukraine=UA; uganda=UG
polite | alexa dürfte ich fragen was die hauptstadt von {} ist | den usa=US; uruguay=UY; usbekistan=UZ
polite | alexa magst du mir bitte verraten was die hauptstadt von {} ist | sankt vincent und die grenadinen=VC; venezuela=VE; vietnam=VN
polite | alexa entschuldige die störung welche stadt ist die hauptstadt von {} | vanuatu=VU; samoa=WS; dem jemen=YE
travel | alexa wir fliegen nach {} was ist dort die hauptstadt | sambia=ZM; simbabwe=ZW; kongo brazzaville=CG
travel | alexa im sommer geht es nach {} wie heißt da die hauptstadt | dominica=DM; der elfenbeinküste=CI; der dr kongo=CD
travel | alexa nächstes jahr reisen wir durch {} welche stadt ist hauptstadt | sri lanka=LK; malaysia=MY; holland=NL
travel | alexa die kreuzfahrt hält in {} was ist da die hauptstadt | benin=BJ; bolivien=BO; eswatini=SZ
travel | alexa meine tochter macht ein auslandsjahr in {} was ist die hauptstadt | südafrika=ZA; südkorea=KR; nordkorea=KP
sport | alexa bei der wm spielt {} heute welche stadt ist deren hauptstadt | georgien=GE; ecuador=EC; kap verde=CV
subdivision | alexa welche stadt ist die landeshauptstadt von {} | niedersachsen=DE-NI; schleswig-holstein=DE-SH; thüringen=DE-TH
subdivision | alexa wos is de landeshauptstadt vo {} | bayern=DE-BY; baden-württemberg=DE-BW; sachsen=DE-SN
subdivision | alexa moin welche stadt is die landeshauptstadt von {} | mecklenburg-vorpommern=DE-MV; brandenburg=DE-BB; sachsen-anhalt=DE-ST
subdivision | alexa gell wo sitzt die landesregierung von {} | rheinland-pfalz=DE-RP; hessen=DE-HE; dem saarland=DE-SL
subdivision | alexa was ist die hauptstadt vom us bundesstaat {} | kalifornien=US-CA; texas=US-TX; florida=US-FL
subdivision | alexa hauptstadt von {} in amerika | new york=US-NY; illinois=US-IL; pennsylvania=US-PA
subdivision | alexa mein austauschjahr ist in {} was ist da die hauptstadt | ohio=US-OH; michigan=US-MI; wisconsin=US-WI
subdivision | alexa wir fahren mit dem wohnmobil durch {} was ist die hauptstadt | arizona=US-AZ; utah=US-UT; colorado=US-CO
subdivision | alexa die kaserne war in {} welche stadt ist dort hauptstadt | kentucky=US-KY; north carolina=US-NC; oklahoma=US-OK
subdivision | alexa welche stadt ist die hauptstadt des bundesstaats {} | alaska=US-AK; hawaii=US-HI; nevada=US-NV
subdivision | alexa hauptstadt vom staat {} bitte | massachusetts=US-MA; maryland=US-MD; virginia=US-VA
subdivision | alexa was ist die hauptstadt der kanadischen provinz {} | alberta=CA-AB; manitoba=CA-MB; saskatchewan=CA-SK
subdivision | alexa in kanada was ist die hauptstadt von {} | ontario=CA-ON; nova scotia=CA-NS; new brunswick=CA-NB
subdivision | alexa welche stadt ist hauptstadt vom australischen bundesstaat {} | queensland=AU-QLD; new south wales=AU-NSW; western australia=AU-WA
subdivision | alexa work and travel in {} was ist da die hauptstadt | tasmanien=AU-TAS; south australia=AU-SA; dem northern territory=AU-NT
subdivision | alexa was ist die hauptstadt vom brasilianischen bundesstaat {} | bahia=BR-BA; minas gerais=BR-MG; amazonas=BR-AM
subdivision | alexa ich hab freunde in {} in brasilien was ist dort die hauptstadt | pernambuco=BR-PE; ceará=BR-CE; paraná=BR-PR
subdivision | alexa welche stadt ist die hauptstadt vom indischen bundesstaat {} | kerala=IN-KL; rajasthan=IN-RJ; gujarat=IN-GJ
subdivision | alexa mein kollege kommt aus {} in indien was ist die hauptstadt dort | karnataka=IN-KA; tamil nadu=IN-TN; telangana=IN-TS
subdivision | alexa was ist die hauptstadt vom mexikanischen bundesstaat {} | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | alexa in mexiko welche stadt ist die hauptstadt von {} | chiapas=MX-CHP; sonora=MX-SON; nuevo león=MX-NLE
subdivision | alexa sag mir die hauptstadt von {} im vereinigten königreich | schottland=GB-SCT; wales=GB-WLS; nordirland=GB-NIR
territory | alexa welche stadt ist die hauptstadt von {} | grönland=GL; den färöer inseln=FO; puerto rico=PR
territory | alexa im urlaub auf {} wie heißt die hauptstadt dort | guadeloupe=GP; martinique=MQ; réunion=RE
territory | alexa was ist eigentlich die hauptstadt von {} | französisch-polynesien=PF; neukaledonien=NC; bermuda=BM
territory | alexa die briefmarke ist von {} was ist dort die hauptstadt | den falklandinseln=FK; sankt helena=SH; den kaimaninseln=KY
out-of-domain | alexa wie wird das wetter morgen in münchen | FB
out-of-domain | alexa stell einen timer auf zwölf minuten für die nudeln | FB
out-of-domain | alexa spiel bayern drei | FB
out-of-domain | alexa mach das licht im bad aus | FB
out-of-domain | alexa wie viel einwohner hat hamburg | FB
out-of-domain | alexa wie viel kapital brauche ich für eine gmbh | FB
out-of-domain | alexa was heißt hauptstadt auf englisch | FB
out-of-domain | alexa was ist die hauptstadt von mittelerde | FB
out-of-domain | alexa was war die hauptstadt von preußen | FB
out-of-domain | alexa was war die hauptstadt der ddr | FB
out-of-domain | alexa was ist die hauptstadt von tirol | FB
out-of-domain | alexa was ist die hauptstadt vom allgäu | FB
out-of-domain | alexa was ist die hauptstadt von oberbayern | FB
out-of-domain | alexa welche stadt ist die hauptstadt der steiermark | FB
out-of-domain | alexa was ist die hauptstadt von kärnten | FB
out-of-domain | alexa was ist die hauptstadt des kantons bern | FB
out-of-domain | alexa was ist die hauptstadt von katalonien | FB
out-of-domain | alexa welche stadt ist die hauptstadt von sibirien | FB
out-of-domain | alexa hauptstadt von bayern und schwaben zusammen | FB
out-of-domain | alexa was ist die hauptstadt von westeros | FB
out-of-domain | alexa was ist die hauptstadt von narnia | FB
out-of-domain | alexa was ist die hauptstadt von entenhausen | FB
out-of-domain | alexa welche stadt war hauptstadt vom osmanischen reich | FB
out-of-domain | alexa was war die hauptstadt von jugoslawien | FB
out-of-domain | alexa was war die hauptstadt der sowjetunion | FB
out-of-domain | alexa was war die hauptstadt vom heiligen römischen reich | FB
out-of-domain | alexa was ist die hauptstadt von atlantis | FB
out-of-domain | alexa was ist die hauptstadt von europa | FB
out-of-domain | alexa was ist die hauptstadt von afrika | FB
out-of-domain | alexa welche stadt ist die hauptstadt von skandinavien | FB
out-of-domain | alexa was ist die hauptstadt vom baskenland | FB
out-of-domain | alexa was ist die hauptstadt von kurdistan | FB
out-of-domain | alexa was ist die hauptstadt von tschetschenien | FB
out-of-domain | alexa was ist die hauptstadt von sardinien | FB
out-of-domain | alexa was ist die hauptstadt von sizilien | FB
out-of-domain | alexa welche stadt ist die hauptstadt der toskana | FB
out-of-domain | alexa was ist die hauptstadt von flandern | FB
out-of-domain | alexa was ist die hauptstadt von der bretagne | FB
out-of-domain | alexa was ist die hauptstadt von ostfriesland | FB
out-of-domain | alexa was ist die hauptstadt vom ruhrgebiet | FB
out-of-domain | alexa was ist die hauptstadt von franken | FB
out-of-domain | alexa was ist die hauptstadt der oberpfalz | FB
out-of-domain | alexa was ist die hauptstadt von niederbayern | FB
out-of-domain | alexa was ist die welthauptstadt des bieres | FB
out-of-domain | alexa welche stadt ist die europäische kulturhauptstadt dieses jahr | FB
out-of-domain | alexa was ist die hauptstadt der mode | FB
out-of-domain | alexa wer hat das kapital geschrieben | FB
out-of-domain | alexa was bedeutet kapitalismus | FB
out-of-domain | alexa wie schreibt man hauptstadt | FB
out-of-domain | alexa ist hauptstadt groß oder klein geschrieben | FB
out-of-domain | alexa was ist ein kapitalverbrechen | FB
out-of-domain | alexa wie steht der dax heute | FB
out-of-domain | alexa wie viel ist ein euro in schweizer franken | FB
out-of-domain | alexa wie spät ist es in tokio | FB
out-of-domain | alexa wie weit ist es von kiel nach bremen | FB
out-of-domain | alexa wie hoch ist die zugspitze | FB
out-of-domain | alexa wie lang ist die donau | FB
out-of-domain | alexa wer ist der bundeskanzler | FB
out-of-domain | alexa wer ist der präsident von frankreich | FB
out-of-domain | alexa welche sprache spricht man in belgien | FB
out-of-domain | alexa welche währung hat ungarn | FB
out-of-domain | alexa wie viele länder gibt es auf der welt | FB
out-of-domain | alexa was ist das größte land der welt | FB
out-of-domain | alexa welcher fluss fließt durch wien | FB
out-of-domain | alexa wie hat der hsv gespielt | FB
out-of-domain | alexa wann spielt der fc bayern | FB
out-of-domain | alexa spiel was von peter fox | FB
out-of-domain | alexa setz milch auf die einkaufsliste | FB
out-of-domain | alexa erinner mich um sieben an den müll | FB
out-of-domain | alexa ruf oma an | FB
out-of-domain | alexa lauter | FB
out-of-domain | alexa mach die heizung im wohnzimmer wärmer | FB
out-of-domain | alexa erzähl mir einen witz | FB
out-of-domain | alexa was kann man heute abend kochen | FB
out-of-domain | alexa wie lange kocht ein ei | FB
out-of-domain | alexa wann fährt der nächste zug nach nürnberg | FB
out-of-domain | alexa gibt es stau auf der a acht | FB
out-of-domain | alexa wo ist die nächste apotheke | FB
out-of-domain | alexa was gibt es neues | FB
out-of-domain | alexa spiel die tagesschau in hundert sekunden | FB
out-of-domain | alexa wie viele kalorien hat eine brezn | FB
out-of-domain | alexa wann ist ostern nächstes jahr | FB
out-of-domain | alexa wie alt ist die queen geworden | FB
out-of-domain | alexa was ist die wurzel aus hundertvierundvierzig | FB
out-of-domain | alexa wie viel ist sieben mal acht | FB
out-of-domain | alexa übersetz guten morgen ins ukrainische | FB
out-of-domain | alexa wie sagt man danke auf rumänisch | FB
out-of-domain | alexa schalt den fernseher ein | FB
out-of-domain | alexa mach die rollläden runter | FB
out-of-domain | alexa was läuft heute im kino | FB
out-of-domain | alexa spiel regengeräusche zum einschlafen | FB
out-of-domain | alexa wo liegt bhutan | FB
out-of-domain | alexa wie groß ist australien | FB
out-of-domain | alexa welche flagge hat drei streifen grün weiß rot | FB
out-of-domain | alexa was ist die größte stadt in kanada | FB
out-of-domain | alexa was ist die größte stadt der türkei | FB
out-of-domain | alexa wie viele einwohner hat brasilien | FB
out-of-domain | alexa wie heißt der längste fluss afrikas | FB
out-of-domain | alexa was ist die hauptstadt von gondor | FB
out-of-domain | alexa was ist die hauptstadt von panem | FB
out-of-domain | alexa was ist die hauptstadt von wakanda | FB
out-of-domain | alexa wie heißt die hauptstadt von lummerland | FB
out-of-domain | alexa was ist die hauptstadt von hogwarts | FB
out-of-domain | alexa welche stadt ist die hauptstadt von tamriel | FB
out-of-domain | alexa was war die hauptstadt von karthago | FB
out-of-domain | alexa was war die hauptstadt von österreich-ungarn | FB
out-of-domain | alexa was war die hauptstadt von westdeutschland | FB
out-of-domain | alexa was war die hauptstadt vom römischen reich | FB
out-of-domain | alexa was war die hauptstadt von byzanz | FB
out-of-domain | alexa was war die hauptstadt von rhodesien und njassaland | FB
out-of-domain | alexa was ist die hauptstadt von lappland | FB
out-of-domain | alexa was ist die hauptstadt von patagonien | FB
out-of-domain | alexa was ist die hauptstadt von transsilvanien | FB
out-of-domain | alexa was ist die hauptstadt von galizien | FB
out-of-domain | alexa was ist die hauptstadt von der krim | FB
out-of-domain | alexa was ist die hauptstadt von südtirol | FB
out-of-domain | alexa was ist die hauptstadt von vorarlberg | FB
out-of-domain | alexa was ist die hauptstadt vom tessin | FB
out-of-domain | alexa was ist die hauptstadt von korsika | FB
out-of-domain | alexa was ist die hauptstadt von mallorca | FB
out-of-domain | alexa was ist die hauptstadt von sylt | FB
out-of-domain | alexa was ist die hauptstadt von der eifel | FB
out-of-domain | alexa welche stadt ist hauptstadt vom sauerland | FB
out-of-domain | alexa was ist die hauptstadt von der lausitz | FB
out-of-domain | alexa was ist die hauptstadt vom erzgebirge | FB
out-of-domain | alexa was ist die heimliche hauptstadt von deutschland | FB
out-of-domain | alexa welche stadt ist die fahrradhauptstadt | FB
out-of-domain | alexa was ist ein großbuchstabe | FB
out-of-domain | alexa was sind versalien | FB
out-of-domain | alexa wie viel startkapital brauch ich für ein café | FB
out-of-domain | alexa was ist eigenkapital | FB
out-of-domain | alexa was ist das kapitol in washington | FB
out-of-domain | alexa zeig mir ein kapitel aus harry potter | FB
out-of-domain | alexa lies das nächste kapitel vor | FB
out-of-domain | alexa spiel das hörbuch weiter | FB
out-of-domain | alexa wie geht es dir | FB
out-of-domain | alexa bist du verliebt | FB
out-of-domain | alexa singst du mir ein lied | FB
out-of-domain | alexa gute nacht | FB
out-of-domain | alexa was ist das beste mittel gegen kater | FB
out-of-domain | alexa bestell mir eine pizza | FB
out-of-domain | alexa wann hat der edeka offen | FB
out-of-domain | alexa wie wird das wetter in kiel am wochenende | FB
out-of-domain | alexa regnet es morgen in freiburg | FB
out-of-domain | alexa was kostet ein flug nach lissabon | FB
out-of-domain | alexa brauche ich ein visum für die usa | FB
out-of-domain | alexa welche zeitzone hat kalifornien | FB
out-of-domain | alexa welche steckdosen gibt es in england | FB
out-of-domain | alexa wie viel trinkgeld gibt man in amerika | FB
out-of-domain | alexa spiel die hymne von portugal | FB
out-of-domain | alexa wer hat den eurovision song contest gewonnen | FB
out-of-domain | alexa wer ist weltmeister geworden | FB
out-of-domain | alexa wie viele tore hat müller geschossen | FB
out-of-domain | alexa was ist die hauptstadt | FB
out-of-domain | alexa hauptstadt | FB
out-of-domain | alexa ich hab die hauptstadt vergessen | FB
out-of-domain | alexa wie viele hauptstädte gibt es | FB
out-of-domain | alexa welche hauptstadt ist die älteste | FB
out-of-domain | alexa welche hauptstadt liegt am höchsten | FB
out-of-domain | alexa welche hauptstadt ist am kältesten | FB
out-of-domain | alexa wie viele einwohner hat die hauptstadt von japan | FB
out-of-domain | alexa wie ist das wetter in der hauptstadt von spanien | FB
out-of-domain | alexa wie spät ist es in der hauptstadt von australien | FB
out-of-domain | alexa servus mach ma musi an | FB
out-of-domain | alexa moin wie is dat wetter in bremerhaven | FB
out-of-domain | alexa oida spiel ö drei | FB
out-of-domain | alexa digga spiel mal was von apache | FB
out-of-domain | alexa hai pune muzica romaneasca | FB
out-of-domain | alexa ich bin aus charkiw wie heißt der bürgermeister von köln | FB
out-of-domain | alexa wann kommt die gelbe tonne | FB
out-of-domain | alexa wie viele tage bis weihnachten | FB
out-of-domain | alexa wie heißt der hund vom nachbarn | FB
out-of-domain | alexa wer wohnt in der hauptstraße zwölf | FB
out-of-domain | alexa navigiere zur hauptstraße | FB
out-of-domain | alexa wie komme ich zum hauptbahnhof | FB
out-of-domain | alexa wann fährt der bus zum hauptbahnhof | FB
out-of-domain | alexa was ist die hauptstadt von mein block | FB
out-of-domain | alexa was ist die hauptstadt von bielefeld gibt es bielefeld überhaupt | FB
out-of-domain | alexa was ist die hauptstadt vom mond | FB
out-of-domain | alexa was ist die hauptstadt vom mars | FB
territory | alexa was ist die hauptstadt von der antarktis | AQ
territory | alexa was ist die hauptstadt von hongkong | HK
territory | alexa was ist die hauptstadt von macau | MO
territory | alexa was ist die hauptstadt der bouvetinsel | BV
help | alexa wie funktioniert das mit den hauptstädten | HELP
help | alexa hilfe ich weiß nicht was ich sagen soll | HELP
help | alexa was kann ich dich hier alles fragen | HELP
help | alexa wie geht das spiel | HELP
help | alexa erklär mir mal wie das hier läuft | HELP
help | alexa mei wia geht des jetzt | HELP
help | alexa moin wie funktioniert dat hier | HELP
help | alexa oida was kann ich da sagen | HELP
help | alexa gell wie mach ich des | HELP
help | alexa ich kenn mich nicht aus hilf mir | HELP
help | alexa was muss ich sagen damit du mir eine hauptstadt sagst | HELP
help | alexa kannst du mir die anleitung sagen | HELP
help | alexa ich verstehe nicht wie ich fragen soll | HELP
help | alexa sorry i need help wie funktioniert das | HELP
help | alexa ano hilfe bitte | HELP
help | alexa was sind die befehle | HELP
help | alexa welche fragen verstehst du | HELP
help | alexa wie benutze ich das | HELP
help | alexa opa braucht hilfe wie geht das | HELP
help | alexa digga wie läuft das hier | HELP
help | alexa hilf mir mal bitte ich bin neu | HELP
help | alexa was kann diese skill | HELP
help | alexa gib mir ein beispiel was ich fragen kann | HELP
help | alexa ich habe keine ahnung wie das geht | HELP
help | alexa hilfe hilfe | HELP
help | alexa sag mir nochmal wie das geht | HELP
help | alexa welche möglichkeiten hab ich | HELP
help | alexa unterstützung bitte | HELP
help | alexa hai ajutor hilfe bitte | HELP
help | alexa wie kann ich dir eine frage stellen | HELP
stop | alexa stopp jetzt | STOP
stop | alexa hör auf bitte | STOP
stop | alexa sei still | STOP
stop | alexa ruhe jetzt | STOP
stop | alexa geh hör auf | STOP
stop | alexa mei is guad jetz stopp | STOP
stop | alexa nu hör ma auf | STOP
stop | alexa moin nee stopp mal | STOP
stop | alexa oida gib a ruah | STOP
stop | alexa halt die klappe | STOP
stop | alexa beenden | STOP
stop | alexa programm beenden | STOP
stop | alexa spiel beenden | STOP
stop | alexa das reicht jetzt stopp | STOP
stop | alexa aus jetzt | STOP
stop | alexa sei mal ruhig bitte | STOP
stop | alexa ende | STOP
stop | alexa schluss für heute | STOP
stop | alexa ich will aufhören | STOP
stop | alexa stop stop stop | STOP
stop | alexa okay genug jetzt hör auf | STOP
stop | alexa quit | STOP
stop | alexa bitte aufhören | STOP
stop | alexa hör mal auf zu reden | STOP
stop | alexa leise jetzt | STOP
stop | alexa digga halt stopp | STOP
stop | alexa verlassen | STOP
stop | alexa hauptstädte beenden | STOP
stop | alexa ich mag nicht mehr stopp | STOP
stop | alexa gäll hör uf | STOP
cancel | alexa abbrechen | CANCEL
cancel | alexa vergiss es | CANCEL
cancel | alexa egal | CANCEL
cancel | alexa ach egal vergiss es | CANCEL
cancel | alexa abbruch | CANCEL
cancel | alexa brich ab | CANCEL
cancel | alexa nee doch nicht | CANCEL
cancel | alexa schon gut vergiss es | CANCEL
cancel | alexa lass gut sein | CANCEL
cancel | alexa passt scho vergiss es | CANCEL
cancel | alexa lass mal | CANCEL
cancel | alexa vergiss die frage | CANCEL
cancel | alexa nicht so wichtig abbrechen | CANCEL
cancel | alexa ach lass stecken | CANCEL
cancel | alexa nö abbrechen | CANCEL
cancel | alexa oida vergiss es | CANCEL
cancel | alexa mei vergiss es halt | CANCEL
cancel | alexa moin nee lass ma | CANCEL
cancel | alexa never mind | CANCEL
cancel | alexa vorgang abbrechen | CANCEL
cancel | alexa abbrechen bitte | CANCEL
cancel | alexa ich hab mich vertan abbrechen | CANCEL
cancel | alexa war nichts abbrechen | CANCEL
cancel | alexa frage zurückziehen | CANCEL
cancel | alexa streich das | CANCEL
cancel | alexa ne vergiss es ich guck selber | CANCEL
cancel | alexa forget it | CANCEL
cancel | alexa nimm das zurück | CANCEL
cancel | alexa hat sich erledigt | CANCEL
cancel | alexa erledigt abbrechen | CANCEL
launch | alexa öffne welthauptstädte | LAUNCH
launch | alexa starte hauptstädte der welt | LAUNCH
launch | alexa starte welt hauptstädte | LAUNCH
launch | alexa öffne hauptstädte der welt | LAUNCH
launch | alexa mach welthauptstädte auf | LAUNCH
launch | alexa welthauptstädte starten | LAUNCH
launch | alexa spiel welthauptstädte | LAUNCH
launch | alexa servus starte amoi welthauptstädte | LAUNCH
launch | alexa moin mach mal hauptstädte der welt an | LAUNCH
launch | alexa ich möchte welthauptstädte öffnen | LAUNCH
launch | alexa lass uns welthauptstädte spielen | LAUNCH
launch | alexa öffne bitte den skill welthauptstädte | LAUNCH
launch | alexa starte den hauptstädte skill | LAUNCH
launch | alexa öffne weltenhauptstädte | LAUNCH
launch | alexa aktiviere welthauptstädte | LAUNCH
launch | alexa ich will mit welthauptstädte sprechen | LAUNCH
launch | alexa frag welthauptstädte | LAUNCH
launch | alexa starte die welthauptstadt | LAUNCH
launch | alexa hauptstädte der welt öffnen bitte | LAUNCH
launch | alexa kannst du welthauptstädte starten | LAUNCH
plural-capitals | alexa was sind die hauptstädte von bolivien | BO
plural-capitals | alexa welche hauptstädte hat südafrika | ZA
plural-capitals | alexa südafrika hat doch drei hauptstädte welche sind das | ZA
plural-capitals | alexa wie heißen die zwei hauptstädte von bolivien | BO
plural-capitals | alexa was sind die beiden hauptstädte der niederlande | NL
plural-capitals | alexa holland hat zwei hauptstädte oder welche | NL
plural-capitals | alexa welche hauptstädte hat benin | BJ
plural-capitals | alexa nenn mir die hauptstädte von benin | BJ
plural-capitals | alexa was sind die hauptstädte der elfenbeinküste | CI
plural-capitals | alexa welche hauptstädte hat côte d'ivoire | CI
plural-capitals | alexa was sind die hauptstädte von sri lanka | LK
plural-capitals | alexa sri lanka hat zwei hauptstädte wie heißen die | LK
plural-capitals | alexa was sind die hauptstädte von malaysia | MY
plural-capitals | alexa mei welche hauptstädte hat malaysia | MY
plural-capitals | alexa was sind die hauptstädte von eswatini | SZ
plural-capitals | alexa welche hauptstädte hat swasiland | SZ
plural-capitals | alexa was sind die hauptstädte von palästina | PS
plural-capitals | alexa welche hauptstädte haben die palästinensischen gebiete | PS
plural-capitals | alexa wie heißen die hauptstädte von jammu und kashmir | IN-JK
plural-capitals | alexa welche hauptstädte hat uttarakhand | IN-UK
plural-capitals | alexa was sind die hauptstädte von montserrat | MS
plural-capitals | alexa moin welche hauptstädte hat südafrika eigentlich alle | ZA
plural-capitals | alexa alle hauptstädte von bolivien bitte | BO
plural-capitals | alexa welches sind die regierungssitze und hauptstädte der niederlande | NL
plural-capitals | alexa oida wie viele hauptstädte hat südafrika und welche | ZA
plural-capitals | alexa die hauptstädte von benin und zwar alle | BJ
plural-capitals | alexa sag mir beide hauptstädte von sri lanka | LK
plural-capitals | alexa welche städte sind die hauptstädte von malaysia | MY
plural-capitals | alexa hat die elfenbeinküste zwei hauptstädte welche | CI
shared-name | alexa was ist die hauptstadt von kongo | CD+CG
shared-name | alexa welche stadt ist die hauptstadt vom kongo | CD+CG
shared-name | alexa was ist die hauptstadt von korea | KP+KR
shared-name | alexa hauptstadt von korea bitte | KP+KR
shared-name | alexa was ist die hauptstadt von georgia | GE+US-GA
shared-name | alexa wie heißt die hauptstadt von georgia | GE+US-GA
shared-name | alexa was ist die hauptstadt der jungferninseln | VG+VI
shared-name | alexa was ist die hauptstadt vom us staat georgia | US-GA
shared-name | alexa was ist die hauptstadt von georgien im kaukasus | GE
shared-name | alexa was ist die hauptstadt von süd korea | KR
shared-name | alexa was ist die hauptstadt von nord korea | KP
shared-name | alexa was ist die hauptstadt der amerikanischen jungferninseln | VI
shared-name | alexa was ist die hauptstadt der britischen jungferninseln | VG
shared-name | alexa was ist die hauptstadt der republik kongo | CG
shared-name | alexa was ist die hauptstadt der demokratischen republik kongo | CD
shared-name | alexa was sind die hauptstädte von nord und südkorea | KP+KR
shared-name | alexa was sind die hauptstädte der beiden koreas | KP+KR
shared-name | alexa mei wos is de hauptstadt vom kongo | CD+CG
shared-name | alexa atlanta ist doch die hauptstadt von georgia oder | US-GA
shared-name | alexa hauptstadt von georgia dem bundesstaat in den usa | US-GA
shared-name | alexa was ist die hauptstadt von dominica der insel | DM
shared-name | alexa was ist die hauptstadt vom kleinen kongo mit brazzaville | CG
official-name | alexa was ist die hauptstadt der bundesrepublik deutschland | DE
official-name | alexa was ist die hauptstadt der französischen republik | FR
official-name | alexa was ist die hauptstadt der vereinigten staaten von amerika | US
official-name | alexa was ist die hauptstadt der russischen föderation | RU
official-name | alexa was ist die hauptstadt der volksrepublik china | CN
official-name | alexa was ist die hauptstadt der republik österreich | AT
official-name | alexa was ist die hauptstadt der schweizerischen eidgenossenschaft | CH
official-name | alexa was ist die hauptstadt der hellenischen republik | GR
official-name | alexa was ist die hauptstadt der italienischen republik | IT
official-name | alexa was ist die hauptstadt der portugiesischen republik | PT
official-name | alexa was ist die hauptstadt der vereinigten mexikanischen staaten | MX
official-name | alexa was ist die hauptstadt der föderativen republik brasilien | BR
official-name | alexa was ist die hauptstadt der argentinischen republik | AR
official-name | alexa was ist die hauptstadt der slowakischen republik | SK
official-name | alexa was ist die hauptstadt der tschechischen republik | CZ
official-name | alexa was ist die hauptstadt der kirgisischen republik | KG
official-name | alexa was ist die hauptstadt der libanesischen republik | LB
official-name | alexa was ist die hauptstadt vom vereinigten königreich großbritannien und nordirland | GB
official-name | alexa was ist die hauptstadt der republik der union myanmar | MM
official-name | alexa was ist die hauptstadt von brunei darussalam | BN
official-name | alexa was ist die hauptstadt der republik moldau | MD
official-name | alexa was ist die hauptstadt der republik kongo bitte | CG
official-name | alexa was ist die hauptstadt vom königreich der niederlande | NL
official-name | alexa was ist die hauptstadt des königreichs schweden | SE
official-name | alexa was ist die hauptstadt des königreichs norwegen | NO
official-name | alexa was ist die hauptstadt der republik polen | PL
official-name | alexa was ist die hauptstadt der arabischen republik ägypten | EG
official-name | alexa was ist die hauptstadt des staates israel | IL
official-name | alexa was ist die hauptstadt der islamischen republik iran | IR
official-name | alexa was ist die hauptstadt des königreichs marokko | MA
official-name | alexa was ist die hauptstadt von timor-leste | TL
official-name | alexa was ist die hauptstadt von cabo verde | CV
official-name | alexa was ist die hauptstadt von türkiye | TR
official-name | alexa was ist die hauptstadt der republik indien | IN
everyday-name | alexa was ist die hauptstadt von amerika | US
everyday-name | alexa was ist die hauptstadt von england | GB-ENG
everyday-name | alexa was ist die hauptstadt vom uk | GB
everyday-name | alexa was ist die hauptstadt der brd | DE
everyday-name | alexa was ist die hauptstadt von holland | NL
everyday-name | alexa was ist die hauptstadt von persien | IR
everyday-name | alexa was ist die hauptstadt von burma | MM
everyday-name | alexa was ist die hauptstadt von siam | TH
everyday-name | alexa was ist die hauptstadt von zaire | CD
everyday-name | alexa was ist die hauptstadt von abessinien | ET
everyday-name | alexa was ist die hauptstadt von rhodesien | ZW
everyday-name | alexa was ist die hauptstadt von obervolta | BF
everyday-name | alexa was ist die hauptstadt von dahome | BJ
everyday-name | alexa was ist die hauptstadt von formosa | TW
everyday-name | alexa was ist die hauptstadt von kampuchea | KH
everyday-name | alexa was ist die hauptstadt von der tschechei | CZ
everyday-name | alexa was ist die hauptstadt von weißrussland | BY
everyday-name | alexa was ist die hauptstadt von mazedonien | MK
everyday-name | alexa was ist die hauptstadt von swasiland | SZ
everyday-name | alexa was ist die hauptstadt von kirgisien | KG
everyday-name | alexa was ist die hauptstadt von turkmenien | TM
everyday-name | alexa was ist die hauptstadt von den emiraten | AE
everyday-name | alexa was ist die hauptstadt der vae | AE
everyday-name | alexa was ist die hauptstadt von nrw | DE-NW
everyday-name | alexa was ist die hauptstadt vom vatikan | VA
everyday-name | alexa was ist die hauptstadt von moldau | MD
everyday-name | alexa was ist die hauptstadt von betschuanaland | BW
everyday-name | alexa was ist die hauptstadt von bosnien | BA
everyday-name | alexa was ist die hauptstadt von trinidad | TT
everyday-name | alexa was ist die hauptstadt von sankt kitts | KN
everyday-name | alexa was ist die hauptstadt von aotearoa | NZ
everyday-name | alexa was ist die hauptstadt von helvetia | CH
everyday-name | alexa was ist die hauptstadt von kongo kinshasa | CD
everyday-name | alexa was ist die hauptstadt von sao tome | ST
everyday-name | alexa was ist die hauptstadt von ceylon damals | LK
everyday-name | alexa was ist die hauptstadt von den staaten | US
everyday-name | alexa was ist die hauptstadt von saudi | SA
reverse-question | alexa von welchem land ist kairo die hauptstadt | CITY:Kairo
reverse-question | alexa tiflis ist die hauptstadt von welchem land | CITY:Tiflis
reverse-question | alexa wo ist peking hauptstadt | CITY:Peking
reverse-question | alexa welches land hat die hauptstadt ulaanbaatar | CITY:Ulaanbaatar
reverse-question | alexa zu welchem land gehört die hauptstadt vientiane | CITY:Vientiane
reverse-question | alexa von was ist victoria die hauptstadt | CITY:Victoria
reverse-question | alexa kingston ist hauptstadt von was | CITY:Kingston
reverse-question | alexa welches land hat kopenhagen als hauptstadt | CITY:Kopenhagen
reverse-question | alexa warschau ist die hauptstadt von welchem staat | CITY:Warschau
reverse-question | alexa wovon ist canberra die hauptstadt | CITY:Canberra
reverse-question | alexa mei wo is münchen hauptstadt | CITY:München
reverse-question | alexa moin kiel ist die hauptstadt von welchem bundesland | CITY:Kiel
reverse-question | alexa von welchem bundesland ist hannover die hauptstadt | CITY:Hannover
reverse-question | alexa von welchem bundesland ist potsdam die landeshauptstadt | CITY:Potsdam
reverse-question | alexa mainz ist die hauptstadt von was | CITY:Mainz
reverse-question | alexa welches land hat bischkek als hauptstadt | CITY:Bischkek
reverse-question | alexa duschanbe ist hauptstadt wovon | CITY:Duschanbe
reverse-question | alexa in welchem land ist taschkent die hauptstadt | CITY:Taschkent
reverse-question | alexa von welchem land ist eriwan die hauptstadt | CITY:Eriwan
reverse-question | alexa ouagadougou ist die hauptstadt von welchem land | CITY:Ouagadougou
reverse-question | alexa zu welchem land gehört die hauptstadt windhoek | CITY:Windhoek
reverse-question | alexa welcher staat hat die hauptstadt montevideo | CITY:Montevideo
reverse-question | alexa von welchem land ist asunción die hauptstadt | CITY:Asunción
reverse-question | alexa von welchem staat ist sacramento die hauptstadt | CITY:Sacramento
reverse-question | alexa welcher us staat hat die hauptstadt austin | CITY:Austin
reverse-question | alexa welcher bundesstaat hat springfield als hauptstadt | CITY:Springfield
reverse-question | alexa winnipeg ist die hauptstadt von welcher provinz | CITY:Winnipeg
reverse-question | alexa chandigarh ist hauptstadt von was | CITY:Chandigarh
reverse-question | alexa von welchem land ist la paz die hauptstadt | CITY:La Paz
reverse-question | alexa saint john's ist die hauptstadt von was | CITY:Saint John's
reverse-question | alexa neu delhi ist die hauptstadt von welchem land | CITY:Neu-Delhi
reverse-question | alexa welches land hat reykjavík als hauptstadt | CITY:Reykjavík
reverse-question | alexa welches land hat die hauptstadt nuuk | CITY:Nuuk
reverse-question | alexa von was ist hamilton die hauptstadt | CITY:Hamilton
reverse-question | alexa taipeh ist die hauptstadt von wo | CITY:Taipeh
reverse-question | alexa pristina ist die hauptstadt von welchem land | CITY:Pristina
reverse-question | alexa oida von wos is wien de hauptstadt | CITY:Wien
reverse-question | alexa gäll bern isch d hauptstadt vo was | CITY:Bern
reverse-question | alexa schwerin ist landeshauptstadt von welchem bundesland | CITY:Schwerin
reverse-question | alexa von welchem land ist nikosia die hauptstadt | CITY:Nikosia
yes-no-check | alexa ist sydney die hauptstadt von australien | AU
yes-no-check | alexa ist istanbul die hauptstadt der türkei | TR
yes-no-check | alexa stimmt es dass bern die hauptstadt der schweiz ist | CH
yes-no-check | alexa ist rio die hauptstadt von brasilien | BR
yes-no-check | alexa ist toronto die hauptstadt von kanada | CA
yes-no-check | alexa ist new york die hauptstadt von amerika | US
yes-no-check | alexa ist münchen die hauptstadt von bayern | DE-BY
yes-no-check | alexa ist frankfurt die hauptstadt von hessen | DE-HE
yes-no-check | alexa ist köln die hauptstadt von nordrhein-westfalen | DE-NW
yes-no-check | alexa ist lagos die hauptstadt von nigeria | NG
yes-no-check | alexa ist almaty noch die hauptstadt von kasachstan | KZ
yes-no-check | alexa ist yangon die hauptstadt von myanmar | MM
yes-no-check | alexa ist dar es salaam die hauptstadt von tansania | TZ
yes-no-check | alexa ist zürich die hauptstadt der schweiz | CH
yes-no-check | alexa ist genf die hauptstadt der schweiz gäll | CH
yes-no-check | alexa ist salzburg die hauptstadt von österreich | AT
yes-no-check | alexa ist karachi die hauptstadt von pakistan | PK
yes-no-check | alexa ist auckland die hauptstadt von neuseeland | NZ
yes-no-check | alexa ist casablanca die hauptstadt von marokko | MA
yes-no-check | alexa ist marrakesch die hauptstadt von marokko | MA
yes-no-check | alexa ist los angeles die hauptstadt von kalifornien | US-CA
yes-no-check | alexa ist miami die hauptstadt von florida | US-FL
yes-no-check | alexa ist seattle die hauptstadt von washington | US-WA
yes-no-check | alexa ist montreal die hauptstadt von québec | CA-QC
yes-no-check | alexa ist glasgow die hauptstadt von schottland | GB-SCT
yes-no-check | alexa ist mumbai die hauptstadt von indien | IN
yes-no-check | alexa ist ho chi minh stadt die hauptstadt von vietnam | VN
yes-no-check | alexa stimmt das dass abuja die hauptstadt von nigeria ist | NG
yes-no-check | alexa ist canberra wirklich die hauptstadt von australien | AU
yes-no-check | alexa ist kiew die hauptstadt der ukraine oder | UA
yes-no-check | alexa mei is regensburg net de hauptstadt vo bayern | DE-BY
yes-no-check | alexa moin is hamburg die hauptstadt von schleswig-holstein | DE-SH
yes-no-check | alexa ist bonn noch die hauptstadt von deutschland | DE
yes-no-check | alexa ist belgrad die hauptstadt von serbien | RS
yes-no-check | alexa ist porto die hauptstadt von portugal | PT
yes-no-check | alexa ist barcelona die hauptstadt von spanien | ES
yes-no-check | alexa ist mailand die hauptstadt von italien | IT
yes-no-check | alexa ist antwerpen die hauptstadt von belgien | BE
yes-no-check | alexa ist st petersburg die hauptstadt von russland | RU
yes-no-check | alexa ist shanghai die hauptstadt von china | CN
self-correction | alexa was ist die hauptstadt von österreich äh nein von ungarn | HU
self-correction | alexa hauptstadt von schweden nee norwegen meine ich | NO
self-correction | alexa was ist die hauptstadt von slowenien ach quatsch slowakei | SK
self-correction | alexa wie heißt die hauptstadt von bayern äh baden-württemberg | DE-BW
self-correction | alexa was ist die hauptstadt von niger nein nigeria | NG
self-correction | alexa die hauptstadt von island sorry irland | IE
self-correction | alexa was ist die hauptstadt von austria ich mein australien | AU
self-correction | alexa hauptstadt von guinea nee guinea-bissau | GW
self-correction | alexa was ist die hauptstadt von iran nein irak | IQ
self-correction | alexa mei wos is de hauptstadt vo lettland na litauen | LT
self-correction | alexa moin die hauptstadt von dänemark nee finnland | FI
self-correction | alexa was ist die hauptstadt von kolumbien oder nein venezuela | VE
self-correction | alexa hauptstadt von sambia halt nein gambia | GM
self-correction | alexa was ist die hauptstadt von mali äh malawi | MW
self-correction | alexa was ist die hauptstadt von sachsen ich meine sachsen-anhalt | DE-ST
self-correction | alexa die hauptstadt von virginia nein west virginia | US-WV
self-correction | alexa was ist die hauptstadt von north dakota nee south dakota | US-SD
self-correction | alexa hauptstadt von österreich quatsch von der schweiz | CH
self-correction | alexa was ist die hauptstadt von albanien ähm armenien | AM
self-correction | alexa die hauptstadt von dominica nein der dominikanischen republik | DO
self-correction | alexa was ist die hauptstadt von uganda ach nee ruanda | RW
self-correction | alexa hauptstadt von tunesien äh ich mein libyen | LY
self-correction | alexa oida wos is de hauptstadt vo slowakei na slowenien | SI
self-correction | alexa was ist die hauptstadt von kanada korrektur kenia | KE
self-correction | alexa was ist die hauptstadt von paraguay stopp uruguay | UY
self-correction | alexa was ist die hauptstadt von new mexico ne mexiko | MX
self-correction | alexa welche stadt ist hauptstadt von montenegro nein mazedonien | MK
self-correction | alexa was ist die hauptstadt von bahrain äh bhutan | BT
self-correction | alexa wie heißt die hauptstadt von hessen pardon thüringen | DE-TH
self-correction | alexa was ist die hauptstadt von kasachstan oder eher usbekistan | UZ
follow-up | alexa und von polen | PL
follow-up | alexa und tschechien | CZ
follow-up | alexa und was ist mit ungarn | HU
follow-up | alexa und die von schweden | SE
follow-up | alexa okay und jetzt litauen | LT
follow-up | alexa noch eins peru | PE
follow-up | alexa und von chile auch | CL
follow-up | alexa gut und kenia | KE
follow-up | alexa und wie schaut's mit bayern aus | DE-BY
follow-up | alexa und bei vietnam | VN
follow-up | alexa und die nachbarn belgien | BE
follow-up | alexa mei und vo tschechien | CZ
follow-up | alexa moin und dänemark | DK
follow-up | alexa und jetzt noch ghana | GH
follow-up | alexa und bei den niederlanden | NL
follow-up | alexa okay dann äthiopien | ET
follow-up | alexa und was ist mit nepal | NP
follow-up | alexa und im vergleich dazu bhutan | BT
follow-up | alexa und für texas | US-TX
follow-up | alexa und ontario dann | CA-ON
follow-up | alexa und dann noch sachsen | DE-SN
follow-up | alexa weiter mit estland | EE
follow-up | alexa nächste frage irak | IQ
follow-up | alexa und syrien | SY
follow-up | alexa gut und japan | JP
follow-up | alexa und marokko gleich noch | MA
follow-up | alexa und welche ist es bei bolivien | BO
follow-up | alexa und wie ist es bei kuba | CU
follow-up | alexa ajo un vun luxemburg | LU
follow-up | alexa und bei queensland | AU-QLD
subdivision | alexa landeshauptstadt von nordrhein-westfalen | DE-NW
subdivision | alexa was ist die hauptstadt von nrw eigentlich köln oder düsseldorf | DE-NW
subdivision | alexa welche stadt regiert das saarland | DE-SL
subdivision | alexa ist berlin ein bundesland und was ist da die hauptstadt | DE-BE
subdivision | alexa was ist die hauptstadt vom bundesland bremen | DE-HB
subdivision | alexa hauptstadt vom stadtstaat hamburg | DE-HH
subdivision | alexa oiso de landeshauptstadt vo niederbayern na vo bayern moan i | DE-BY
subdivision | alexa was ist die hauptstadt von oregon | US-OR
subdivision | alexa was ist die hauptstadt von vermont | US-VT
subdivision | alexa was ist die hauptstadt von new hampshire | US-NH
subdivision | alexa welche stadt ist die hauptstadt von maine | US-ME
subdivision | alexa wie heißt die hauptstadt von louisiana | US-LA
subdivision | alexa die hauptstadt von tennessee bitte | US-TN
subdivision | alexa was ist die hauptstadt von missouri | US-MO
subdivision | alexa welche stadt ist hauptstadt in iowa | US-IA
subdivision | alexa was ist die hauptstadt von kansas | US-KS
subdivision | alexa hauptstadt von nebraska | US-NE
subdivision | alexa was ist die hauptstadt von south carolina | US-SC
subdivision | alexa was ist die hauptstadt von new jersey | US-NJ
subdivision | alexa wie heißt die hauptstadt von delaware | US-DE
subdivision | alexa was ist die hauptstadt von connecticut | US-CT
subdivision | alexa was ist die hauptstadt von rhode island | US-RI
subdivision | alexa welche stadt ist hauptstadt von montana | US-MT
subdivision | alexa was ist die hauptstadt von wyoming | US-WY
subdivision | alexa was ist die hauptstadt von idaho | US-ID
subdivision | alexa was ist die hauptstadt von new mexico | US-NM
subdivision | alexa was ist die hauptstadt von mississippi | US-MS
subdivision | alexa welche stadt ist hauptstadt von alabama | US-AL
subdivision | alexa was ist die hauptstadt von arkansas | US-AR
subdivision | alexa was ist die hauptstadt von minnesota | US-MN
subdivision | alexa was ist die hauptstadt von indiana | US-IN
subdivision | alexa was ist die hauptstadt vom bundesstaat washington nicht die stadt | US-WA
subdivision | alexa was ist die hauptstadt von washington dc | US-DC
subdivision | alexa was ist die hauptstadt von west virginia | US-WV
subdivision | alexa was ist die hauptstadt von north dakota | US-ND
subdivision | alexa was ist die hauptstadt von britisch kolumbien | CA-BC
subdivision | alexa was ist die hauptstadt von québec der provinz | CA-QC
subdivision | alexa was ist die hauptstadt von neufundland | CA-NL
subdivision | alexa was ist die hauptstadt von prince edward island | CA-PE
subdivision | alexa was ist die hauptstadt vom yukon | CA-YT
subdivision | alexa was ist die hauptstadt von nunavut | CA-NU
subdivision | alexa was ist die hauptstadt der nordwest-territorien | CA-NT
subdivision | alexa was ist die hauptstadt von victoria in australien | AU-VIC
subdivision | alexa was ist die hauptstadt vom australian capital territory | AU-ACT
subdivision | alexa was ist die hauptstadt von rio grande do sul | BR-RS
subdivision | alexa was ist die hauptstadt von santa catarina | BR-SC
subdivision | alexa was ist die hauptstadt vom bundesstaat são paulo | BR-SP
subdivision | alexa was ist die hauptstadt von pará | BR-PA
subdivision | alexa was ist die hauptstadt von goiás | BR-GO
subdivision | alexa was ist die hauptstadt vom bundesdistrikt in brasilien | BR-DF
subdivision | alexa was ist die hauptstadt von maharashtra | IN-MH
subdivision | alexa was ist die hauptstadt von westbengalen | IN-WB
subdivision | alexa was ist die hauptstadt von uttar pradesh | IN-UP
subdivision | alexa was ist die hauptstadt von punjab in indien | IN-PB
subdivision | alexa was ist die hauptstadt von goa | IN-GA
subdivision | alexa was ist die hauptstadt von assam | IN-AS
subdivision | alexa was ist die hauptstadt von ladakh | IN-LA
subdivision | alexa was ist die hauptstadt von den andamanen und nikobaren | IN-AN
subdivision | alexa was ist die hauptstadt von puducherry | IN-PY
subdivision | alexa was ist die hauptstadt von sikkim | IN-SK
subdivision | alexa was ist die hauptstadt von baja california | MX-BCN
subdivision | alexa was ist die hauptstadt von baja california sur | MX-BCS
subdivision | alexa was ist die hauptstadt von quintana roo | MX-ROO
subdivision | alexa was ist die hauptstadt von veracruz | MX-VER
subdivision | alexa was ist die hauptstadt von guerrero | MX-GRO
subdivision | alexa was ist die hauptstadt von chihuahua | MX-CHH
subdivision | alexa moin wat is die hauptstadt von wales | GB-WLS
territory | alexa was ist die hauptstadt von gibraltar | GI
territory | alexa was ist die hauptstadt von guam | GU
territory | alexa was ist die hauptstadt von jersey | JE
territory | alexa was ist die hauptstadt von guernsey | GG
territory | alexa was ist die hauptstadt der isle of man | IM
territory | alexa was ist die hauptstadt von aruba | AW
territory | alexa was ist die hauptstadt von curaçao | CW
territory | alexa was ist die hauptstadt von sint maarten | SX
territory | alexa was ist die hauptstadt von französisch-guayana | GF
territory | alexa was ist die hauptstadt von mayotte | YT
territory | alexa was ist die hauptstadt von anguilla | AI
territory | alexa was ist die hauptstadt von amerikanisch-samoa | AS
territory | alexa was ist die hauptstadt der cookinseln | CK
territory | alexa was ist die hauptstadt von spitzbergen | SJ
territory | alexa was ist die hauptstadt von åland | AX
territory | alexa was ist die hauptstadt der westsahara | EH
territory | alexa was ist die hauptstadt von den turks und caicos inseln | TC
territory | alexa was ist die hauptstadt der weihnachtsinsel | CX
territory | alexa was ist die hauptstadt der norfolkinsel | NF
territory | alexa was ist die hauptstadt der pitcairninseln | PN
territory | alexa was ist die hauptstadt von wallis und futuna | WF
territory | alexa was ist die hauptstadt von sankt pierre und miquelon | PM
territory | alexa was ist die hauptstadt von niue | NU
territory | alexa was ist die hauptstadt der nördlichen marianen | MP
territory | alexa was ist die hauptstadt von tokelau | TK
partially-recognised | alexa was ist die hauptstadt vom kosovo | XK
partially-recognised | alexa welche stadt ist die hauptstadt von taiwan | TW
partially-recognised | alexa hauptstadt von palästina | PS
partially-recognised | alexa was ist die hauptstadt der vatikanstadt | VA
partially-recognised | alexa mei wos is de hauptstadt vom kosovo | XK
partially-recognised | alexa ich komm aus dem kosovo frag mal die hauptstadt | XK
genitive | alexa die hauptstadt polens | PL
genitive | alexa wie lautet die hauptstadt rumäniens | RO
genitive | alexa nenne die hauptstadt ungarns | HU
genitive | alexa was ist die hauptstadt kenias | KE
genitive | alexa die hauptstadt chiles bitte | CL
genitive | alexa welches ist die hauptstadt perus | PE
genitive | alexa die hauptstadt irlands | IE
genitive | alexa wie heißt die hauptstadt norwegens | NO
genitive | alexa die hauptstadt kanadas | CA
genitive | alexa die hauptstadt japans | JP
genitive | alexa sag mir die hauptstadt portugals | PT
genitive | alexa die hauptstadt bulgariens | BG
genitive | alexa wie lautet die hauptstadt tansanias | TZ
genitive | alexa die hauptstadt ghanas bitte | GH
genitive | alexa was ist die hauptstadt frankreichs | FR
genitive | alexa die hauptstadt thüringens | DE-TH
genitive | alexa die landeshauptstadt bayerns | DE-BY
genitive | alexa die hauptstadt kaliforniens | US-CA
genitive | alexa welche ist die hauptstadt äthiopiens | ET
genitive | alexa die hauptstadt vietnams | VN
direct | alexa hauptstadt ungarn | HU
direct | alexa hauptstadt litauen | LT
direct | alexa kasachstan hauptstadt | KZ
direct | alexa hauptstadt sambia | ZM
direct | alexa mongolei hauptstadt | MN
direct | alexa hauptstadt laos | LA
direct | alexa hauptstadt tschad | TD
direct | alexa peru hauptstadt | PE
direct | alexa hauptstadt bremen | DE-HB
direct | alexa hauptstadt texas | US-TX
direct | alexa hauptstadt ontario | CA-ON
direct | alexa hauptstadt quintana roo | MX-ROO
direct | alexa hauptstadt kerala | IN-KL
direct | alexa hauptstadt grönland | GL
direct | alexa hauptstadt jemen | YE
direct | alexa hauptstadt sudan | SD
direct | alexa hauptstadt oman | OM
direct | alexa island hauptstadt | IS
direct | alexa hauptstadt guatemala | GT
direct | alexa kuba hauptstadt | CU
household | alexa während die nudeln kochen was ist die hauptstadt von kroatien | HR
household | alexa ich lieg in der badewanne und frag mich was die hauptstadt von malta ist | MT
household | alexa schatz will wissen was die hauptstadt von island ist | IS
household | alexa mein kopf tut weh aber was war nochmal die hauptstadt von irland | IE
household | alexa auf der party wetten wir gerade was ist die hauptstadt von australien | AU
household | alexa die kinder streiten sich was ist die hauptstadt von kanada | CA
household | alexa beim abendessen kam die frage auf die hauptstadt von neuseeland | NZ
household | alexa mein mann sagt zürich ich sag bern was ist die hauptstadt der schweiz | CH
household | alexa beim bügeln frag ich mich was die hauptstadt von marokko ist | MA
household | alexa oma fragt was ist die hauptstadt von rumänien | RO
household | alexa papa weiß es nicht was ist die hauptstadt von kolumbien | CO
household | alexa während ich koche sag mir die hauptstadt von peru | PE
household | alexa beim frühstück die hauptstadt von jamaika bitte | JM
household | alexa wir haben gewettet um einen kasten bier was ist die hauptstadt von brasilien | BR
household | alexa ich falte wäsche was ist die hauptstadt von ägypten | EG
household | alexa meine schwiegermutter kommt aus graz was ist die hauptstadt der steiermark ach nein von österreich | AT
household | alexa im auto jetzt schnell die hauptstadt von tschechien | CZ
household | alexa der hund muss raus aber erst die hauptstadt von finnland | FI
work | alexa ich bin pilotin und brauch die hauptstadt von kenia | KE
work | alexa an der rezeption fragt ein gast nach der hauptstadt von kuwait | KW
work | alexa disponent hier was ist die hauptstadt von litauen für die route | LT
work | alexa in der apotheke fragt ein kunde die hauptstadt von sri lanka | LK
work | alexa für die stadtführung was ist die hauptstadt von kanada | CA
work | alexa für den zeitungsartikel die hauptstadt von nigeria | NG
work | alexa ich schreib einen test für die software die hauptstadt von peru | PE
work | alexa auf der baustelle wette was ist die hauptstadt von albanien | AL
work | alexa beim melken frag ich mich die hauptstadt von neuseeland | NZ
work | alexa in der tierarztpraxis hat einer gefragt was die hauptstadt von kirgistan ist | KG
work | alexa für das protokoll bei der polizei hauptstadt von moldawien | MD
work | alexa ein bankkunde will überweisen was ist die hauptstadt von georgien | GE
work | alexa als flugbegleiterin muss ich wissen die hauptstadt von katar | QA
work | alexa funkamateur hier cq cq was ist die hauptstadt von tonga | TO
work | alexa ich handle mit briefmarken was ist die hauptstadt von bhutan | BT
work | alexa in der tischlerei diskutieren wir die hauptstadt von lettland | LV
work | alexa für die schicht morgen welche stadt ist die hauptstadt von jordanien | JO
work | alexa lehrerin hier für die erdkundestunde die hauptstadt von chile | CL
work | alexa ich bin reiseleiter welche stadt ist die hauptstadt von usbekistan | UZ
work | alexa für die präsentation im büro die hauptstadt von singapur | SG
child | alexa ich bin sieben und will wissen was die hauptstadt von spanien ist | ES
child | alexa was ist die hauptstadt von dem land mit den kängurus | AU
child | alexa mein stickeralbum hat ägypten was ist die hauptstadt | EG
child | alexa meine lehrerin hat gefragt was die hauptstadt von italien ist | IT
child | alexa was ist die hauptstadt von dem land wo die pinguine wohnen antarktis | AQ
child | alexa bitte bitte die hauptstadt von frankreich | FR
child | alexa beim memory hab ich norwegen was ist die hauptstadt | NO
child | alexa mama was ist die hauptstadt von japan ach du bist ja alexa | JP
child | alexa die hauptstadt von england ist london oder | GB-ENG
child | alexa ich hab eine weltkarte was ist die hauptstadt von russland | RU
child | alexa was ist die hauptstadt von china wo die pandas wohnen | CN
child | alexa was ist die hauptstadt von kenia wo die löwen sind | KE
child | alexa alexa alexa hauptstadt von griechenland | GR
child | alexa hauptstadt von der türkei wo oma wohnt | TR
child | alexa für die hausaufgaben die hauptstadt von polen | PL
teen | alexa bruh was ist die hauptstadt von australien sydney oder | AU
teen | alexa lowkey keine ahnung hauptstadt von kroatien | HR
teen | alexa digga ich brauch das für tiktok hauptstadt von südkorea | KR
teen | alexa safe nicht paris oder was ist die hauptstadt von frankreich | FR
teen | alexa sag schnell die hauptstadt von japan ich zock grad | JP
teen | alexa ey was ist die hauptstadt von kanada ich hab ne wette laufen | CA
teen | alexa die hauptstadt von brasilien aber schnell | BR
teen | alexa wie heißt nochmal die hauptstadt von island digga | IS
teen | alexa alter was ist die hauptstadt von nordkorea | KP
teen | alexa ich schwör ich weiß es was ist die hauptstadt von thailand | TH
elder | alexa wie hieß nochmal die hauptstadt von jugoslawien heute serbien | RS
elder | alexa wir fahren mit dem gesangverein nach ungarn was ist da die hauptstadt | HU
elder | alexa in der volkshochschule fragen sie die hauptstadt von portugal | PT
elder | alexa früher war das bonn und heute die hauptstadt von deutschland | DE
elder | alexa mein enkel ist in australien was ist da die hauptstadt | AU
elder | alexa ich war neunzehnhundertachtzig in ceylon was ist heute die hauptstadt | LK
elder | alexa ich les gerade über birma wie heißt die hauptstadt jetzt | MM
elder | alexa die hauptstadt von siam heißt heute wie | TH
elder | alexa mei früher hab i des gwusst de hauptstadt vo norwegen | NO
elder | alexa die hauptstadt von persien wie hieß die | IR
elder | alexa als junge war ich in rhodesien was ist die hauptstadt heute | ZW
elder | alexa mein vater war in abessinien was ist die hauptstadt | ET
learner | alexa was ist hauptstadt von portugal | PT
learner | alexa welche ist die hauptstadt von der schweden | SE
learner | alexa ich will wissen die hauptstadt von kenia bitte | KE
learner | alexa die hauptstadt von ukraine was ist | UA
learner | alexa wie ist die hauptstadt der italien | IT
learner | alexa sagen die hauptstadt von vietnam | VN
learner | alexa ich habe gelernt im integrationskurs hauptstadt von deutschland ist | DE
learner | alexa welches hauptstadt hat eritrea | ER
learner | alexa was ist der hauptstadt von afghanistan | AF
learner | alexa bitte hauptstadt für mein land rumänien | RO
learner | alexa die hauptstadt von der iran ist welche | IR
learner | alexa erasmus student here was ist die hauptstadt von dänemark | DK
code-switch | alexa nu skazhi was ist die hauptstadt von georgien | GE
code-switch | alexa obrigado was ist die hauptstadt von angola | AO
code-switch | alexa jan bitte die hauptstadt von afghanistan | AF
code-switch | alexa selam was ist die hauptstadt von eritrea | ER
code-switch | alexa wie sagt man hoofdstad van belgië die hauptstadt von belgien | BE
code-switch | alexa what's the capital of ireland ich mein die hauptstadt | IE
code-switch | alexa sumimasen was ist die hauptstadt von südkorea | KR
code-switch | alexa heval die hauptstadt vom irak | IQ
code-switch | alexa szia die hauptstadt von ungarn bitte | HU
code-switch | alexa ahoj die hauptstadt von der slowakei | SK
code-switch | alexa zdravei die hauptstadt von bulgarien | BG
code-switch | alexa abeg wetin be the hauptstadt von nigeria | NG
code-switch | alexa charley what is the hauptstadt von ghana | GH
code-switch | alexa hey y'all what's the capital von alabama | US-AL
code-switch | alexa merci vielmal und die hauptstadt vo frankrich | FR
game | alexa monopoly abend was ist die hauptstadt von spanien | ES
game | alexa schiffe versenken pause die hauptstadt von schweden | SE
game | alexa kniffel pause was ist die hauptstadt von estland | EE
game | alexa risiko ich greife kamtschatka an was ist die hauptstadt von russland | RU
game | alexa geoguessr ich bin in ghana welche stadt ist hauptstadt | GH
game | alexa flaggenquiz rote flagge mit stern vietnam hauptstadt | VN
game | alexa eurovision abend die hauptstadt von moldau | MD
game | alexa beim quiz im vereinsheim die hauptstadt von litauen | LT
game | alexa wm tippspiel die hauptstadt von kroatien | HR
regional-speech | alexa wos is denn de hauptstod vo italien | IT
regional-speech | alexa servus wia hoaßt de hauptstadt vo griechenland | GR
regional-speech | alexa moin moin hauptstadt von dänemark | DK
regional-speech | alexa dat weiß ich nich wat is die hauptstadt von holland | NL
regional-speech | alexa büschen fragen was is die hauptstadt von schweden | SE
regional-speech | alexa ajo was is die hauptstadt vun frankreich | FR
regional-speech | alexa gell sag mir d hauptstadt vo de schwiiz | CH
regional-speech | alexa oida wos is de hauptstadt vo ungarn | HU
regional-speech | alexa leiwand und die hauptstadt vo slowenien | SI
regional-speech | alexa nu sach ma de hauptstadt von polen | PL
regional-speech | alexa kiek an wat is die hauptstadt von belgien | BE
regional-speech | alexa wat is dat für ne hauptstadt von finnland | FI
sport | alexa heute spielt deutschland gegen ungarn was ist die hauptstadt von ungarn | HU
sport | alexa die tour de france startet wo ist die hauptstadt von frankreich | FR
sport | alexa olympia war da was ist die hauptstadt von südkorea | KR
sport | alexa formel eins in bahrain was ist die hauptstadt | BH
sport | alexa der skispringer kommt aus slowenien was ist die hauptstadt | SI
travel | alexa wir machen interrail wie heißt die hauptstadt von slowenien | SI
travel | alexa mit dem zug nach albanien was ist da die hauptstadt | AL
travel | alexa wir planen eine safari in tansania was ist die hauptstadt | TZ
travel | alexa flitterwochen auf mauritius was ist die hauptstadt | MU
travel | alexa camping in montenegro was ist die hauptstadt | ME
travel | alexa backpacking in laos wie heißt die hauptstadt | LA
cancel | alexa mei lass es bleim i schau selber im atlas | CANCEL
cancel | alexa moin nee das hat sich erledigt danke | CANCEL
cancel | alexa oida vergiss des wieder | CANCEL
cancel | alexa ach nee die frage kannst du vergessen | CANCEL
cancel | alexa sorry falsch gedrückt vergiss es | CANCEL
cancel | alexa die kinder haben gefragt aber vergiss es jetzt | CANCEL
cancel | alexa abbrechen wir essen jetzt | CANCEL
cancel | alexa gäll vergiss es grad wieder | CANCEL
cancel | alexa ajo lass mer des | CANCEL
stop | alexa mei jetzt is aber gnua aufhören | STOP
stop | alexa moin dat reicht nu stopp | STOP
stop | alexa sei jetzt bitte still die kleine schläft | STOP
stop | alexa hör auf mit den hauptstädten | STOP
stop | alexa schluss aus ende | STOP
stop | alexa beende das quiz | STOP
help | alexa was muss ich sagen um eine hauptstadt zu erfahren | HELP
help | alexa moin ich blick dat nich hilf mal | HELP
out-of-domain | alexa wie lange brauch ich mit dem auto von passau nach linz | FB
out-of-domain | alexa wann ist der flohmarkt in freiburg | FB
out-of-domain | alexa spiel den ndr zwei | FB
out-of-domain | alexa moin wann ist hochwasser in cuxhaven | FB
out-of-domain | alexa servus wann macht der biergarten auf | FB
out-of-domain | alexa was ist die hauptstadt der weißwurst | FB
out-of-domain | alexa wie heißt die hauptstadt vom bayerischen wald | FB
out-of-domain | alexa was ist die hauptstadt vom schwarzwald | FB
out-of-domain | alexa was ist die hauptstadt der kurpfalz | FB
out-of-domain | alexa was ist die hauptstadt vom münsterland | FB
out-of-domain | alexa welche stadt war hauptstadt vom königreich hannover | FB
out-of-domain | alexa was war die hauptstadt vom herzogtum oldenburg | FB
out-of-domain | alexa was ist die hauptstadt von mordor | FB
out-of-domain | alexa was ist die hauptstadt von schlumpfhausen | FB
out-of-domain | alexa was ist die hauptstadt von donbass | FB
out-of-domain | alexa was ist die hauptstadt von siebenbürgen | FB
out-of-domain | alexa wie viel kapital hat die deutsche bank | FB
out-of-domain | alexa wie spricht man ouagadougou aus | FB
out-of-domain | alexa wie viele hauptstädte kennst du | FB
out-of-domain | alexa erzähl mir was über die hauptstadt von italien | FB
out-of-domain | alexa spiel ein lied über paris | FB
out-of-domain | alexa stell den wecker auf halb sechs | FB
out-of-domain | alexa dyakuyu wie wird das wetter in berlin | FB
out-of-domain | alexa wie alt ist der kölner dom | FB
everyday-name | alexa wie heißt die hauptstadt von dem land holland | NL
everyday-name | alexa was ist die hauptstadt von dem kleinen land luxeburch | LU
everyday-name | alexa früher hieß es kampuchea was ist da die hauptstadt | KH
everyday-name | alexa zaire heißt jetzt anders aber was ist die hauptstadt | CD
everyday-name | alexa die hauptstadt von amiland | US
everyday-name | alexa hauptstadt von england großbritannien halt | GB
everyday-name | alexa was ist die hauptstadt von der elfenbeinküste | CI
everyday-name | alexa wo ist die hauptstadt von weißrussland minsk oder | BY
official-name | alexa sag die hauptstadt der bundesrepublik deutschland | DE
official-name | alexa welche stadt ist hauptstadt des vereinigten königreichs | GB
official-name | alexa die hauptstadt der französischen republik ist paris oder | FR
official-name | alexa welche stadt ist die hauptstadt der russischen föderation | RU
shared-name | alexa moin welche hauptstadt hat korea | KP+KR
shared-name | alexa hauptstadt vom kongo mit kinshasa | CD
shared-name | alexa beide kongos welche hauptstädte | CD+CG
shared-name | alexa welche stadt ist die hauptstadt von georgia in amerika | US-GA
shared-name | alexa georgien das land nicht der us staat hauptstadt | GE
yes-no-check | alexa ist linz die hauptstadt von oberösterreich oder von österreich | AT
yes-no-check | alexa is basel d hauptstadt vo de schwiiz | CH
yes-no-check | alexa ist danzig die hauptstadt von polen | PL
yes-no-check | alexa ist kapstadt die einzige hauptstadt von südafrika | ZA
sport | alexa bei der eishockey wm spielt lettland was ist die hauptstadt | LV
sport | alexa der radprofi ist aus kolumbien welche stadt ist hauptstadt | CO
sport | alexa handball em in dänemark die hauptstadt bitte | DK
plural-capitals | alexa mei wie vui hauptstädte hat bolivien und wia hoaßn de | BO
plural-capitals | alexa in welchen städten sitzt die regierung von malaysia | MY
"""

if __name__ == "__main__":
    build_round(40, "de", LINES, sys.argv, "tests/Eval/de/round40/source/build_corpus.py")
