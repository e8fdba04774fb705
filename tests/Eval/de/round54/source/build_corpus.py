"""Round 54, German (de-DE): a new author's own mix, written blind at the end of the sixtieth session (brief
WRITER68.md), for the next session's tuner. Speakers and situations chosen apart from round 53 (Cologne, the Ruhr,
Hamburg, Swabia, Vienna, Zürich, Mainz and Rheinhessen, East Frisia, North Tyrol, Berlin; Afghans, Iranians,
Brazilians, Chinese students, Nigerians in Nigerian Pidgin, Kosovo Albanians, Hungarians, French speakers, Koreans,
learners dropping articles; a night taxi driver, a Eurovision party, a World Cup prediction game and a fan bus, a
building site lunch break, a hospital stay, a flea market with an old globe and atlas, amateur radio DX, airline cabin
crew on a layover, the naturalisation test, a gym), from round 52 (the Saarland, Upper Franconia, the Vogtland, the
Allgäu, Upper Austria, Styria, Basel, South Tyrol, North Hesse, Leipzig; Turkish Germans, Polish workers, Syrians,
Romanian carers, Spaniards, Filipino nurses, Indian IT workers, American expats, Eritreans; a long-distance lorry
driver and the CB radio, a night shift in an old people's home, a train conductor on ICE and Nightjet, crossword
puzzles, a Bundeswehr barracks, stamp collectors, a camper van holiday, cooking while asking, a car trip with children
on the back seat), from round 51 (Lower Bavaria, the Lower Rhine, the Westerwald, Carinthia, Central Switzerland,
Lübeck and Travemünde, Luxembourgers, the Siegerland, the Emsland; Ukrainian, Greek, Italian, Portuguese, Vietnamese,
Croatian, Dutch-neighbour and Russian-German speakers and startup Denglisch; a bakery early shift, a pub quiz, Rhine and
Danube barge crews, geocaching, a choir, a model railway club, a chess club, the board game Risiko, grandparents on a
video call, a travel agency, university geography exams, a ski holiday, a public library), from round 50 (Aachen, the
Münsterland, Düsseldorf, Oldenburg and the Ammerland, North Frisia and Sylt, Magdeburg and the Börde, the Uckermark and
the Prignitz, the Rhön and Fulda, the Odenwald, the West Palatinate, Hohenlohe, Vorarlberg, Burgenland, the
Waldviertel, Graubünden and the Valais; Bulgarian, Finnish, Mongolian, Nepali, Ethiopian, Peruvian and Kazakh
speakers; Abitur revision, a volunteer fire brigade, an allotment garden, a hairdresser's, a car workshop, TV quiz
shows, Stadt Land Fluss, bedtime, a hotel reception) and from the groups round 51 says round 49 and rounds 46 to 48
used.
Regions: Frankfurt ("gell", "ei gude wie", "ebbelwoi", "babbel net", "sachsehäuser kneip", "uff de zeil"), Dresden
("nu", "gugge mal", "ei verbibbsch", "nu is gut", "lass ma sein"), Middle Franconia (Nuremberg: "etz", "a weng",
"freili", "bidde", "fei", "schäufele", "nämberch"), Baden (Freiburg: "sag emol", "alla hopp", "isch", "langt jetz"),
Munich ("servus", "mei", "geh weida", "auf da wiesn", "geh lass moi"), Rostock ("sach ma", "wat", "op de ostsee",
"an de kaikant", "lot man"), Bern ("säg mir", "gäll", "äuä", "bärn", "isch gnue", "la la sy"), Salzburg ("sog amoi",
"wos san", "passt scho", "lass guat sei"), Erfurt ("nu sache mal", "nu reicht", "rostbratwurst").
Migrants and learners: Serbians ("ajde", "bre", "hvala", "dosta", "pusti"), Thai ("khop khun kha", "mai pen rai",
"pho laew"), Czechs ("ahoj", "děkuji", "prosím", "dost", "nic nevadí"), Moroccans ("yallah", "wallah", "shukran",
"safi"), Japanese ("sumimasen", "arigatou", "mou ii desu", "ano"), Kurds ("spas", "bese", "nizanim"), British expats
("cheers", "sorry mate", "bloody hell", "never mind"), Tamils from Sri Lanka ("nandri", "aiyo", "podhum"), Indonesians
("terima kasih", "ya ya", "sudah", "tidak jadi"), Ghanaians ("medaase", "chale", "forget it").
Jobs and situations: primary school homework ("sachkundeheft", "arbeitsblatt", "referat"), a dentist's waiting room
("wartezimmer", "ich werd aufgerufen"), a cruise ship ("kabine", "landgang", "sonnendeck"), a driving school
("theoriestunde", "fahrlehrer", "fehlerpunkte"), a beekeepers' club ("imkerverein", "carnica", "schleier"), a sauna
("aufguss", "saunameister", "ruheraum"), wedding planning and honeymoon ("flitterwochen", "tischdeko", "tisch
sieben"), a parcel courier ("ladefläche", "packstation", "zollpapiere"), the Quizduell app ("die runde läuft", "mein
gegner"), a dairy farm ("beim melken", "trecker", "heuernte"), fishing at a lake ("der hecht beißt nicht").
Built by round12_hinl_corpus.py (build_round with round 54's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
subdivision | alexa was ist die hauptstadt von {} | thüringen=DE-TH; sachsen-anhalt=DE-ST; mecklenburg-vorpommern=DE-MV
subdivision | alexa sag mir mal die landeshauptstadt von {} | niedersachsen=DE-NI; schleswig-holstein=DE-SH; hessen=DE-HE
subdivision | alexa welche stadt ist landeshauptstadt in {} | brandenburg=DE-BB; rheinland-pfalz=DE-RP; baden-württemberg=DE-BW
subdivision | alexa wie heißt die hauptstadt vom us-bundesstaat {} | texas=US-TX; kalifornien=US-CA; new york=US-NY
subdivision | alexa hauptstadt des bundesstaates {} | florida=US-FL; illinois=US-IL; nevada=US-NV
subdivision | alexa was ist die hauptstadt der kanadischen provinz {} | ontario=CA-ON; british columbia=CA-BC; alberta=CA-AB
subdivision | alexa was ist die hauptstadt von schottland | GB-SCT
subdivision | alexa und die hauptstadt von wales | GB-WLS
subdivision | alexa wie heißt die hauptstadt von nordirland | GB-NIR
subdivision | alexa hauptstadt von bayern | DE-BY
subdivision | alexa was ist die hauptstadt von tirol | FB
subdivision | alexa was ist die landeshauptstadt von salzburg | FB
subdivision | alexa was ist der hauptort vom kanton bern | FB
subdivision | alexa was ist die hauptstadt von katalonien | FB
subdivision | alexa welche stadt ist hauptstadt von queensland | AU-QLD
subdivision | alexa hauptstadt von tasmanien | AU-TAS
subdivision | alexa was ist die hauptstadt von bahia in brasilien | BR-BA
subdivision | alexa was ist die hauptstadt vom bundesstaat jalisco | MX-JAL
subdivision | alexa wie heißt die hauptstadt von kerala | IN-KL
subdivision | alexa was ist die hauptstadt von maharashtra | IN-MH
subdivision | alexa hauptstadt von sibirien | FB
subdivision | alexa was ist die hauptstadt von bretagne | FB
subdivision | alexa was ist die hauptstadt von grönland | GL
subdivision | alexa welche hauptstadt hat quebec | CA-QC
subdivision | alexa was ist die hauptstadt von alaska | US-AK
subdivision | alexa was ist die hauptstadt von hawaii | US-HI
subdivision | alexa was ist die hauptstadt von sizilien | FB
subdivision | alexa die hauptstadt von südtirol bitte | FB
out-of-domain | alexa wie wird das wetter morgen in frankfurt | FB
out-of-domain | alexa stell einen timer auf zwölf minuten | FB
out-of-domain | alexa spiel radio bob | FB
out-of-domain | alexa wie viele einwohner hat berlin | FB
out-of-domain | alexa wie groß ist paris | FB
out-of-domain | alexa was ist die hauptstadt von europa | FB
out-of-domain | alexa was ist die hauptstadt von afrika | FB
out-of-domain | alexa wie spät ist es in tokio | FB
out-of-domain | alexa wie weit ist es von münchen nach rom | FB
out-of-domain | alexa setz milch auf die einkaufsliste | FB
out-of-domain | alexa mach das licht im wohnzimmer aus | FB
out-of-domain | alexa erzähl mir einen witz | FB
out-of-domain | alexa wie hoch ist die zugspitze | FB
out-of-domain | alexa welche sprache spricht man in belgien | FB
out-of-domain | alexa welche währung hat polen | FB
out-of-domain | alexa wer ist der bürgermeister von wien | FB
out-of-domain | alexa weck mich um halb sieben | FB
out-of-domain | alexa was ist die hauptstadt der mode | FB
out-of-domain | alexa lauter | FB
out-of-domain | alexa wie viel grad hat es draußen | FB
out-of-domain | alexa was ist die größte stadt der welt | FB
out-of-domain | alexa wann ist die nächste bahn nach hause | FB
out-of-domain | alexa spiel was von helene fischer | FB
out-of-domain | alexa wie lange kocht ein ei | FB
out-of-domain | alexa was gibt es neues | FB
out-of-domain | alexa wie heißt der längste fluss in afrika | FB
out-of-domain | alexa wie viele länder gibt es auf der welt | FB
out-of-domain | alexa was ist die hauptstadt von atlantis | FB
out-of-domain | alexa was ist die hauptstadt von mordor | FB
out-of-domain | alexa ruf mama an | FB
out-of-domain | alexa wie viel uhr ist es in new york | FB
out-of-domain | alexa was ist die hauptstadt von asien | FB
out-of-domain | alexa wie sagt man danke auf japanisch | FB
out-of-domain | alexa bestell mir katzenfutter | FB
out-of-domain | alexa welche stadt hat die meisten brücken | FB
out-of-domain | alexa seit wann ist berlin hauptstadt | FB
out-of-domain | alexa wie alt ist der kölner dom | FB
out-of-domain | alexa spiel die tagesschau | FB
out-of-domain | alexa wie viele kalorien hat eine banane | FB
out-of-domain | alexa was ist die hauptstadt von südamerika | FB
out-of-domain | alexa welches land ist das größte in europa | FB
out-of-domain | alexa wann geht die sonne unter | FB
out-of-domain | alexa was ist die hauptstadt vom mond | FB
out-of-domain | alexa leiser bitte | FB
out-of-domain | alexa was ist die hauptstadt der liebe | FB
out-of-domain | alexa wo liegt der bodensee | FB
out-of-domain | alexa wie ist der verkehr auf der a drei | FB
out-of-domain | alexa was ist die hauptstadt von ozeanien | FB
out-of-domain | alexa welcher fluss fließt durch budapest | FB
plural-capitals | alexa was sind die hauptstädte von {} | südafrika=ZA; bolivien=BO; den niederlanden=NL
plural-capitals | alexa welche hauptstädte hat {} | malaysia=MY; benin=BJ; sri lanka=LK
plural-capitals | alexa nenn mir beide hauptstädte von {} | eswatini=SZ; der elfenbeinküste=CI; bolivien=BO
plural-capitals | alexa südafrika hat doch drei hauptstädte welche sind das | ZA
plural-capitals | alexa wie heißen die drei hauptstädte von südafrika | ZA
plural-capitals | alexa sag mir alle hauptstädte von südafrika | ZA
plural-capitals | alexa was sind die zwei hauptstädte von bolivien | BO
plural-capitals | alexa bolivien hat zwei hauptstädte oder | BO
plural-capitals | alexa welche beiden hauptstädte haben die niederlande | NL
plural-capitals | alexa holland hat doch zwei hauptstädte welche | NL
plural-capitals | alexa was sind die hauptstädte von holland | NL
plural-capitals | alexa welche zwei hauptstädte hat malaysia | MY
plural-capitals | alexa malaysia hauptstädte | MY
plural-capitals | alexa nenn mir die hauptstädte von malaysia | MY
plural-capitals | alexa was sind die hauptstädte von benin | BJ
plural-capitals | alexa benin hat zwei hauptstädte welche | BJ
plural-capitals | alexa welche hauptstädte hat die elfenbeinküste | CI
plural-capitals | alexa die beiden hauptstädte von cote d'ivoire | CI
plural-capitals | alexa was sind die hauptstädte von sri lanka | LK
plural-capitals | alexa sri lanka hat zwei hauptstädte nenn sie mir | LK
plural-capitals | alexa welche hauptstädte hat eswatini | SZ
plural-capitals | alexa was sind die hauptstädte von swasiland | SZ
plural-capitals | alexa die hauptstädte von eswatini bitte | SZ
plural-capitals | alexa welche hauptstädte hat benin eigentlich | BJ
plural-capitals | alexa beide hauptstädte der elfenbeinküste | CI
plural-capitals | alexa welche städte sind die hauptstädte von sri lanka | LK
plural-capitals | alexa sag mir beide hauptstädte von bolivien | BO
help | alexa hilfe | HELP
help | alexa was kann ich fragen | HELP
help | alexa wie funktioniert das | HELP
help | alexa was kannst du alles | HELP
help | alexa ich brauche hilfe | HELP
help | alexa wie geht das hier | HELP
help | alexa erklär mir das mal | HELP
help | alexa was muss ich sagen | HELP
help | alexa ich weiß nicht was ich fragen soll | HELP
help | alexa hilf mir mal | HELP
help | alexa wie benutze ich hauptstädte der welt | HELP
help | alexa gib mir ein beispiel | HELP
help | alexa was für fragen gehen | HELP
help | alexa hä wie jetzt | HELP
help | alexa welche befehle gibt es | HELP
help | alexa was soll ich da sagen | HELP
help | alexa kannst du mir helfen | HELP
help | alexa wie frag ich nach einer hauptstadt | HELP
help | alexa ich kapier das nicht | HELP
help | alexa anleitung bitte | HELP
help | alexa was mach ich jetzt | HELP
help | alexa hilfe bitte ich komm nicht weiter | HELP
stop | alexa stopp | STOP
stop | alexa hör auf | STOP
stop | alexa aufhören | STOP
stop | alexa beenden | STOP
stop | alexa schluss jetzt | STOP
stop | alexa sei still | STOP
stop | alexa halt stopp | STOP
stop | alexa das reicht | STOP
stop | alexa ende | STOP
stop | alexa genug jetzt | STOP
stop | alexa aus | STOP
stop | alexa halt die klappe | STOP
stop | alexa stopp bitte | STOP
stop | alexa ich will nicht mehr | STOP
stop | alexa beende hauptstädte der welt | STOP
stop | alexa tschüss | STOP
stop | alexa ruhe | STOP
stop | alexa jetzt ist schluss | STOP
stop | alexa mach aus | STOP
stop | alexa okay das wars | STOP
stop | alexa auf wiedersehen | STOP
stop | alexa danke das reicht mir | STOP
cancel | alexa abbrechen | CANCEL
cancel | alexa abbruch | CANCEL
cancel | alexa vergiss es | CANCEL
cancel | alexa lass gut sein | CANCEL
cancel | alexa brich ab | CANCEL
cancel | alexa egal | CANCEL
cancel | alexa nee doch nicht | CANCEL
cancel | alexa schon gut | CANCEL
cancel | alexa lass es | CANCEL
cancel | alexa vergiss die frage | CANCEL
cancel | alexa abbrechen bitte | CANCEL
cancel | alexa ach vergiss es einfach | CANCEL
cancel | alexa nicht so wichtig | CANCEL
cancel | alexa lass mal stecken | CANCEL
cancel | alexa storniere das | CANCEL
cancel | alexa nein abbrechen | CANCEL
cancel | alexa hat sich erledigt | CANCEL
cancel | alexa ach nee lass mal | CANCEL
cancel | alexa doch nicht | CANCEL
cancel | alexa ist egal vergiss es | CANCEL
cancel | alexa abbrechen hab mich vertan | CANCEL
cancel | alexa lass gut sein war nix | CANCEL
launch | alexa öffne hauptstädte der welt | LAUNCH
launch | alexa starte hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt starten | LAUNCH
launch | alexa mach hauptstädte der welt auf | LAUNCH
launch | alexa ich will hauptstädte der welt spielen | LAUNCH
launch | alexa spiel hauptstädte der welt | LAUNCH
launch | alexa öffne bitte hauptstädte der welt | LAUNCH
launch | alexa starte mal hauptstädte der welt | LAUNCH
launch | alexa lade hauptstädte der welt | LAUNCH
launch | alexa geh zu hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt öffnen | LAUNCH
launch | alexa los hauptstädte der welt | LAUNCH
launch | alexa wir wollen hauptstädte der welt | LAUNCH
launch | alexa kannst du hauptstädte der welt aufmachen | LAUNCH
launch | alexa benutze hauptstädte der welt | LAUNCH
launch | alexa öffne den skill hauptstädte der welt | LAUNCH
launch | alexa starte den skill hauptstädte der welt | LAUNCH
launch | alexa aktiviere hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt bitte | LAUNCH
launch | alexa ruf hauptstädte der welt auf | LAUNCH
launch | alexa mach mal hauptstädte der welt an | LAUNCH
launch | alexa öffne hauptstädte der welt für die kinder | LAUNCH
launch | alexa starte bitte mal hauptstädte der welt | LAUNCH
launch | alexa frag hauptstädte der welt | LAUNCH
launch | alexa ich möchte hauptstädte der welt öffnen | LAUNCH
launch | alexa schalt hauptstädte der welt ein | LAUNCH
launch | alexa hauptstädte der welt aufmachen | LAUNCH
follow-up | und {} | frankreich=FR; italien=IT; spanien=ES
follow-up | und was ist mit {} | polen=PL; ungarn=HU; rumänien=RO
follow-up | und von {} | schweden=SE; norwegen=NO; finnland=FI
follow-up | und {} dann | portugal=PT; griechenland=GR; bulgarien=BG
follow-up | jetzt noch {} | kenia=KE; uganda=UG; tansania=TZ
follow-up | wie ist es bei {} | peru=PE; chile=CL; kolumbien=CO
follow-up | und nordkorea | KP
follow-up | und südkorea | KR
follow-up | und palästina | PS
follow-up | und der kongo mit kinshasa also die demokratische republik | CD
follow-up | und die republik kongo | CG
follow-up | und bei den niederlanden | NL
follow-up | noch eins und zwar simbabwe | ZW
follow-up | okay und sambia | ZM
follow-up | aha und malawi | MW
yes-no-check | alexa ist {} | paris die hauptstadt von frankreich=FR; bern die hauptstadt der schweiz=CH; sydney die hauptstadt von australien=AU
yes-no-check | alexa stimmt es dass {} | istanbul die hauptstadt der türkei ist=TR; rio die hauptstadt von brasilien ist=BR; zürich die hauptstadt der schweiz ist=CH
yes-no-check | alexa ist es richtig dass {} | toronto die hauptstadt von kanada ist=CA; new york die hauptstadt der usa ist=US; lagos die hauptstadt von nigeria ist=NG
yes-no-check | alexa ist seoul die hauptstadt von südkorea | KR
yes-no-check | alexa ist pjöngjang die hauptstadt von nordkorea | KP
yes-no-check | alexa ist kinshasa die hauptstadt vom kongo | CD
yes-no-check | alexa ist brazzaville die hauptstadt der republik kongo | CG
yes-no-check | alexa ist ramallah die hauptstadt von palästina | PS
yes-no-check | alexa ist amsterdam die hauptstadt der niederlande | NL
yes-no-check | alexa ist kapstadt die hauptstadt von südafrika | ZA
yes-no-check | alexa ist la paz die hauptstadt von bolivien | BO
yes-no-check | alexa ist kuala lumpur die hauptstadt von malaysia | MY
yes-no-check | alexa ist almaty noch die hauptstadt von kasachstan | KZ
yes-no-check | alexa ist karachi die hauptstadt von pakistan | PK
yes-no-check | alexa ist casablanca die hauptstadt von marokko | MA
yes-no-check | alexa ist dubai die hauptstadt der emirate | AE
self-correction | alexa was ist die hauptstadt von österreich nein ich meine australien | AU
self-correction | alexa hauptstadt von schweden äh nee schweiz | CH
self-correction | alexa was ist die hauptstadt von slowenien ach quatsch slowakei | SK
self-correction | alexa die hauptstadt von island nein irland | IE
self-correction | alexa was ist die hauptstadt von iran nee irak mein ich | IQ
self-correction | alexa hauptstadt von gambia oder nein sambia | ZM
self-correction | alexa was ist die hauptstadt von nigeria nein niger | NE
self-correction | alexa hauptstadt von guinea ne moment guinea-bissau | GW
self-correction | alexa was ist die hauptstadt von südkorea äh ich meine nordkorea | KP
self-correction | alexa was ist die hauptstadt von nordkorea nee sorry südkorea | KR
self-correction | alexa hauptstadt von dem kongo kinshasa nein dem anderen kongo brazzaville | CG
self-correction | alexa die hauptstadt von mali äh malta | MT
self-correction | alexa was ist die hauptstadt von lettland nee litauen | LT
self-correction | alexa hauptstadt von paraguay ach nein uruguay | UY
self-correction | alexa was ist die hauptstadt von dominica ich meine die dominikanische republik | DO
self-correction | alexa hauptstadt von mauritius nein mauretanien | MR
self-correction | alexa was ist die hauptstadt von libyen quatsch libanon | LB
self-correction | alexa hauptstadt von armenien nee albanien | AL
self-correction | alexa was ist die hauptstadt von estland oder warte lettland | LV
self-correction | alexa was ist die hauptstadt von serbien nein sibirien ach egal serbien | RS
self-correction | alexa die hauptstadt von tschad nee tschechien | CZ
self-correction | alexa was ist die hauptstadt von kamerun ne kambodscha | KH
reverse-question | alexa von welchem land ist {} die hauptstadt | nairobi=CITY:Nairobi; lima=CITY:Lima; hanoi=CITY:Hanoi
reverse-question | alexa {} ist die hauptstadt von welchem land | canberra=CITY:Canberra; ottawa=CITY:Ottawa; wellington=CITY:Wellington
reverse-question | alexa welches land hat {} als hauptstadt | ouagadougou=CITY:Ouagadougou; bischkek=CITY:Bischkek; tiflis=CITY:Tiflis
reverse-question | alexa wo ist {} hauptstadt | montevideo=CITY:Montevideo; asuncion=CITY:Asunción; caracas=CITY:Caracas
reverse-question | alexa zu welchem land gehört die hauptstadt pjöngjang | CITY:Pjöngjang
reverse-question | alexa welches land hat seoul als hauptstadt | CITY:Seoul
reverse-question | alexa kinshasa ist die hauptstadt von was | CITY:Kinshasa
reverse-question | alexa von welchem land ist brazzaville die hauptstadt | CITY:Brazzaville
reverse-question | alexa ramallah ist hauptstadt von welchem land | CITY:Ramallah
reverse-question | alexa welches land hat die hauptstadt windhuk | CITY:Windhoek
reverse-question | alexa wessen hauptstadt ist vaduz | CITY:Vaduz
reverse-question | alexa wo ist ulan bator die hauptstadt | CITY:Ulaanbaatar
reverse-question | alexa von welchem land ist lome die hauptstadt | CITY:Lomé
reverse-question | alexa welches land regiert man von dodoma aus | CITY:Dodoma
reverse-question | alexa gitega ist die hauptstadt von welchem staat | CITY:Gitega
reverse-question | alexa welches land hat funafuti als hauptstadt | CITY:Funafuti
reverse-question | alexa putrajaya ist hauptstadt von welchem land | CITY:Putrajaya
reverse-question | alexa welches land hat den haag als regierungssitz | CITY:Den Haag
official-name | alexa was ist die hauptstadt der {} | bundesrepublik deutschland=DE; republik österreich=AT; schweizerischen eidgenossenschaft=CH
official-name | alexa hauptstadt der {} | volksrepublik china=CN; russischen föderation=RU; vereinigten staaten von amerika=US
official-name | alexa die hauptstadt vom {} bitte | vereinigten königreich=GB; königreich norwegen=NO; königreich saudi-arabien=SA
official-name | alexa was ist die hauptstadt der demokratischen volksrepublik korea | KP
official-name | alexa was ist die hauptstadt der republik korea | KR
official-name | alexa hauptstadt der demokratischen republik kongo | CD
official-name | alexa was ist die hauptstadt der republik kongo | CG
official-name | alexa was ist die hauptstadt des staates palästina | PS
official-name | alexa was ist die hauptstadt des königreichs der niederlande | NL
official-name | alexa hauptstadt der republik südafrika | ZA
official-name | alexa was ist die hauptstadt des plurinationalen staates bolivien | BO
official-name | alexa was ist die hauptstadt der islamischen republik pakistan | PK
official-name | alexa hauptstadt der arabischen republik ägypten | EG
official-name | alexa was ist die hauptstadt der vereinigten republik tansania | TZ
official-name | alexa hauptstadt der bolivarischen republik venezuela | VE
official-name | alexa was ist die hauptstadt der föderierten staaten von mikronesien | FM
official-name | alexa hauptstadt des unabhängigen staates papua-neuguinea | PG
everyday-name | alexa was ist nochmal die hauptstadt von {} | holland=NL; england=GB-ENG; amerika=US
everyday-name | alexa hauptstadt von {} mal schnell | birma=MM; persien=IR; ceylon=LK
everyday-name | alexa was ist denn die hauptstadt von {} | weißrussland=BY; tschechei=CZ; swasiland=SZ
everyday-name | alexa hauptstadt von den emiraten | AE
everyday-name | alexa was ist die hauptstadt von der elfenbeinküste | CI
everyday-name | alexa hauptstadt von kapverden | CV
everyday-name | alexa was ist die hauptstadt von mazedonien | MK
everyday-name | alexa was ist die hauptstadt von osttimor | TL
everyday-name | alexa hauptstadt von moldawien | MD
everyday-name | alexa was ist die hauptstadt von kirgisien | KG
everyday-name | alexa hauptstadt von den usa | US
everyday-name | alexa was ist die hauptstadt von großbritannien | GB
everyday-name | alexa hauptstadt vom vatikan | VA
everyday-name | alexa was ist die hauptstadt von zaire | CD
everyday-name | alexa hauptstadt von dahomey | BJ
shared-name | alexa was ist die hauptstadt von georgien | GE
shared-name | alexa was ist die hauptstadt von georgia in amerika | US-GA
shared-name | alexa was ist die hauptstadt von korea | KP+KR
shared-name | alexa hauptstadt vom kongo | CD+CG
shared-name | alexa was ist die hauptstadt von guinea | GN
shared-name | alexa was ist die hauptstadt von washington | US-WA
shared-name | alexa was ist die hauptstadt von washington dem bundesstaat | US-WA
shared-name | alexa was ist die hauptstadt von luxemburg | LU
shared-name | alexa was ist die hauptstadt von mexiko | MX
shared-name | alexa hauptstadt von new york | US-NY
shared-name | alexa was ist die hauptstadt von berlin | DE-BE
shared-name | alexa was ist die hauptstadt von sudan | SD
shared-name | alexa was ist die hauptstadt von samoa | WS
shared-name | alexa hauptstadt von irland | IE
shared-name | alexa was ist die hauptstadt von dominica | DM
shared-name | alexa was ist die hauptstadt von macedonien in griechenland | FB
shared-name | alexa welche hauptstadt hat der kongo | CD+CG
shared-name | alexa was sind die hauptstädte von korea | KP+KR
shared-name | alexa was ist die hauptstadt von amazonas | BR-AM
shared-name | alexa hauptstadt von punjab | IN-PB
shared-name | alexa was ist die hauptstadt von niger | NE
shared-name | alexa was ist die hauptstadt von victoria in australien | AU-VIC
frankfurt | alexa gell sach emal was die hauptstadt vun {} is | ägypten=EG; algerien=DZ; tunesien=TN
frankfurt | alexa mir sitze beim ebbelwoi und wolle wisse wie die hauptstadt vun {} heißt | äthiopien=ET; somalia=SO; dschibuti=DJ
frankfurt | alexa ei gude wie was is dann die hauptstadt vun {} | jemen=YE; oman=OM; katar=QA
frankfurt | alexa am flughafe hab ich gesehe flieger nach {} was is da die hauptstadt | bahrain=BH; kuwait=KW; jordanien=JO
frankfurt | alexa ei gude was is die hauptstadt vun hesse | DE-HE
frankfurt | alexa is frankfort net die hauptstadt vun hesse | DE-HE
frankfurt | alexa in de sachsehäuser kneip hawwe se gewettet was is die hauptstadt vun südkorea | KR
frankfurt | alexa gell die hauptstadt vun nordkorea is doch pjöngjang | KP
frankfurt | alexa babbel net so viel sach nur die hauptstadt vun malaysia | MY
frankfurt | alexa mei bub will wisse was die hauptstädte vun südafrika sin | ZA
frankfurt | alexa was kost e grie soß im lade | FB
frankfurt | alexa wie spielt die eintracht heut | FB
frankfurt | alexa is gut jetzt | STOP
frankfurt | alexa ach leck mich vergiss es | CANCEL
frankfurt | alexa von wo is frankfurt die hauptstadt | FB
frankfurt | alexa uff de zeil fraacht mich einer die hauptstadt vun kenia | KE
frankfurt | alexa was is die hauptstadt vun libanon des wollt ich schon lang wisse | LB
dresden | alexa nu sag mal was is die hauptstadt von {} | tschechien=CZ; der slowakei=SK; slowenien=SI
dresden | alexa gugge mal was die hauptstadt von {} is | belarus=BY; litauen=LT; lettland=LV
dresden | alexa ei verbibbsch was war gleich die hauptstadt von {} | estland=EE; moldau=MD; der mongolei=MN
dresden | alexa nu was is die hauptstadt von sachsen | DE-SN
dresden | alexa is dresden ni die hauptstadt von sachsen | DE-SN
dresden | alexa meine oma sacht immer kuba ihre hauptstadt das is havanna stimmt das | CU
dresden | alexa nu dann sag mir mal die hauptstadt vom kongo mit brazzaville | CG
dresden | alexa was warn nochmal die hauptstädte von bolivien | BO
dresden | alexa nu is gut | STOP
dresden | alexa lass ma sein | CANCEL
dresden | alexa was is die hauptstadt von vietnam da warn doch viele vertragsarbeiter her | VN
dresden | alexa ham mer noch kaffee | FB
dresden | alexa wann fährt der dampfer nach pillnitz | FB
dresden | alexa was is die hauptstadt von laos | LA
dresden | alexa hauptstadt von angola das hamm wir früher inner schule gelernt | AO
dresden | alexa und mosambik war doch auch bruderland hauptstadt | MZ
franken | alexa etz sag halt amol die hauptstadt vo {} | rumänien=RO; serbien=RS; montenegro=ME
franken | alexa a weng schneller bidde wie heißt die hauptstadt vo {} | kroatien=HR; bosnien=BA; nordmazedonien=MK
franken | alexa freili wass ich des net die hauptstadt vo {} | kosovo=XK; albanien=AL; griechenland=GR
franken | alexa wos is die hauptstadt vo bayern des sollt ma als franke ja wissen | DE-BY
franken | alexa is nämberch net eigentlich die hauptstadt vo franken | FB
franken | alexa etz sag amol die hauptstadt vo palästina | PS
franken | alexa beim schäufele hamm mir gstrittn wos is die hauptstadt vo der demokratischen republik kongo | CD
franken | alexa mir langts etz | STOP
franken | alexa lass fei gut sei | CANCEL
franken | alexa wos kost a seidla im biergarten | FB
franken | alexa wann macht der christkindlesmarkt auf | FB
franken | alexa die hauptstadt vo zypern bidde | CY
franken | alexa hauptstadt vo malta hob i vergessn | MT
baden | alexa sag emol gell wie heißt d hauptstadt vo {} | frankreich=FR; luxemburg=LU; monaco=MC
baden | alexa alla hopp wie isch d hauptstadt vo {} | andorra=AD; san marino=SM; liechtenstein=LI
baden | alexa was isch d hauptstadt vo baden-württemberg des isch doch stuttgart leider | DE-BW
baden | alexa isch friburg net die hauptstadt vo baden | FB
baden | alexa was sin d hauptstädt vo de niederlande | NL
baden | alexa was isch d hauptstadt vo dr schwiz | CH
baden | alexa mir gehn nüber ins elsass was isch d hauptstadt vom elsass | FB
baden | alexa wie wird s wetter im schwarzwald | FB
baden | alexa langt jetz | STOP
baden | alexa ach lass es gell | CANCEL
baden | alexa was isch d hauptstadt vo nordkorea | KP
baden | alexa sag emol d hauptstadt vo belgien | BE
muenchen | alexa servus sag amal wos is die hauptstadt vo {} | österreich=AT; ungarn=HU; italien=IT
muenchen | alexa mei wia hoaßt denn die hauptstadt vo {} | japan=JP; china=CN; taiwan=TW
muenchen | alexa geh weida wos is die hauptstadt vo {} | thailand=TH; kambodscha=KH; myanmar=MM
muenchen | alexa auf da wiesn hod oana gfragt wos die hauptstadt vo südkorea is | KR
muenchen | alexa mei wos is jetz die hauptstadt vo malaysia | MY
muenchen | alexa servus die hauptstädte vo südafrika bittschön | ZA
muenchen | alexa wos is die hauptstadt vo nordkorea | KP
muenchen | alexa wann spuit da fc bayern | FB
muenchen | alexa wia vui kost a mass auf da wiesn | FB
muenchen | alexa is scho recht hör auf | STOP
muenchen | alexa geh lass moi | CANCEL
muenchen | alexa wos is die hauptstadt vo bhutan | BT
muenchen | alexa sog ma die hauptstadt vo nepal | NP
rostock | alexa sach ma wat is die hauptstadt von {} | dänemark=DK; island=IS; schweden=SE
rostock | alexa wi sünd op de ostsee wat is de hauptstadt von {} | polen=PL; russland=RU; finnland=FI
rostock | alexa moin wat is de hauptstadt von mecklenburg | DE-MV
rostock | alexa is rostock nich de hauptstadt von mecklenburg-vorpommern | DE-MV
rostock | alexa an de kaikant fraagt en matros wat de hauptstadt vun de niederlande is | NL
rostock | alexa wat sünd de hauptstädte von sri lanka | LK
rostock | alexa jo nu is good | STOP
rostock | alexa lot man | CANCEL
rostock | alexa wann geiht de fähr na gedser | FB
rostock | alexa wie is de wind an de küst | FB
rostock | alexa wat is de hauptstadt von norwegen | NO
rostock | alexa de hauptstadt von grönland wat is dat | GL
bern | alexa säg mir doch d hauptstadt vo {} | portugal=PT; spanie=ES; irland=IE
bern | alexa gäll was isch äuä d hauptstadt vo {} | kanada=CA; mexiko=MX; guatemala=GT
bern | alexa was isch d hauptstadt vo dr schwiiz äuä bärn | CH
bern | alexa merci und d hauptstadt vo nordkorea | KP
bern | alexa was si d hauptstädt vo bolivie | BO
bern | alexa was isch d hauptstadt vom kanton wallis | FB
bern | alexa isch gnue | STOP
bern | alexa la la sy | CANCEL
bern | alexa wie spilt yb hüt | FB
bern | alexa was isch d hauptstadt vo honduras | HN
bern | alexa d hauptstadt vo el salvador bitte | SV
salzburg | alexa sog amoi wos is de hauptstadt vo {} | deutschland=DE; der schweiz=CH; tschechien=CZ
salzburg | alexa wos is de landeshauptstadt vo salzburg | FB
salzburg | alexa wos is de hauptstadt vo österreich eh wien oder | AT
salzburg | alexa de touristn frogn mi de hauptstadt vo südkorea | KR
salzburg | alexa wos san de hauptstädte vo malaysia | MY
salzburg | alexa passt scho aus | STOP
salzburg | alexa lass guat sei | CANCEL
salzburg | alexa wann san de festspiele | FB
salzburg | alexa wos is de hauptstadt vo palästina | PS
salzburg | alexa sog ma de hauptstadt vo nicaragua | NI
erfurt | alexa nu sache mal die hauptstadt von {} | costa rica=CR; panama=PA; kuba=CU
erfurt | alexa was is denn die landeshauptstadt von thüringen erfurt oder weimar | DE-TH
erfurt | alexa hauptstadt von sachsen-anhalt is doch halle | DE-ST
erfurt | alexa was is die hauptstadt von der republik kongo | CG
erfurt | alexa was is die hauptstadt von der demokratischen republik kongo | CD
erfurt | alexa nu reicht | STOP
erfurt | alexa wie lange hat der egapark offen | FB
erfurt | alexa wo gibts die beste rostbratwurst | FB
erfurt | alexa was is die hauptstadt von haiti | HT
erfurt | alexa und jamaika | JM
serbisch | alexa ajde sag mir hauptstadt von {} bre | serbien=RS; bosnien und herzegowina=BA; montenegro=ME
serbisch | alexa hvala aber was ist hauptstadt von {} | slowenien=SI; bulgarien=BG; rumänien=RO
serbisch | alexa bre was ist hauptstadt von kosovo | XK
serbisch | alexa ajde sag hauptstadt von südkorea | KR
serbisch | alexa moj sin fragt was ist hauptstadt von nordkorea | KP
serbisch | alexa bre dosta | STOP
serbisch | alexa ajde pusti vergiss | CANCEL
serbisch | alexa wann spielt roter stern belgrad | FB
serbisch | alexa was ist hauptstadt von republik kongo bre | CG
serbisch | alexa ajde welche hauptstädte hat südafrika | ZA
serbisch | alexa hauptstadt von ukraine | UA
thai | alexa khop khun kha was ist die hauptstadt von {} | laos=LA; vietnam=VN; malaysia=MY
thai | alexa bitte kha hauptstadt von {} | singapur=SG; indonesien=ID; philippinen=PH
thai | alexa mai pen rai egal | CANCEL
thai | alexa hauptstadt von thailand ist krung thep oder bangkok | TH
thai | alexa welche hauptstädte hat malaysia kha | MY
thai | alexa was ist hauptstadt von brunei kha | BN
thai | alexa ok pho laew stopp | STOP
thai | alexa wo gibt es thai massage hier | FB
thai | alexa hauptstadt von timor-leste kha | TL
thai | alexa hauptstadt von myanmar jetzt | MM
tschechisch | alexa ahoj was ist hauptstadt von {} | tschechien=CZ; slowakei=SK; polen=PL
tschechisch | alexa dekuji und hauptstadt von {} | ungarn=HU; österreich=AT; kroatien=HR
tschechisch | alexa ahoj welche hauptstädte haben niederlande | NL
tschechisch | alexa dost stopp | STOP
tschechisch | alexa nic nevadi vergiss es | CANCEL
tschechisch | alexa was ist hauptstadt von palästina prosim | PS
tschechisch | alexa wie viel kostet maut in tschechien | FB
tschechisch | alexa hauptstadt von belarus prosim | BY
tschechisch | alexa ahoj hauptstadt von nordkorea | KP
marokkanisch | alexa yallah sag mir die hauptstadt von {} | marokko=MA; mauretanien=MR; libyen=LY
marokkanisch | alexa wallah ich weiß nicht mehr die hauptstadt von {} | senegal=SN; mali=ML; niger=NE
marokkanisch | alexa shukran und die hauptstadt von {} | saudi-arabien=SA; syrien=SY; irak=IQ
marokkanisch | alexa yallah was ist die hauptstadt von palästina | PS
marokkanisch | alexa safi stopp | STOP
marokkanisch | alexa safi safi vergiss es | CANCEL
marokkanisch | alexa wann ist ramadan dieses jahr | FB
marokkanisch | alexa wallah ist rabat wirklich die hauptstadt oder casablanca | MA
marokkanisch | alexa die hauptstadt von der westsahara | EH
marokkanisch | alexa hauptstadt von sudan yallah | SD
japanisch | alexa sumimasen was ist die hauptstadt von {} | japan=JP; südkorea=KR; nordkorea=KP
japanisch | alexa arigatou und hauptstadt von {} | australien=AU; neuseeland=NZ; fidschi=FJ
japanisch | alexa sumimasen welche hauptstädte hat sri lanka | LK
japanisch | alexa mou ii desu stopp | STOP
japanisch | alexa ano vergessen sie bitte | CANCEL
japanisch | alexa wie viel uhr ist jetzt in osaka | FB
japanisch | alexa hauptstadt von palau bitte | PW
japanisch | alexa und hauptstadt von marshallinseln | MH
kurdisch | alexa spas was ist hauptstadt von {} | türkei=TR; iran=IR; armenien=AM
kurdisch | alexa bese bese stopp | STOP
kurdisch | alexa was ist hauptstadt von kurdistan | FB
kurdisch | alexa hauptstadt von aserbaidschan bitte | AZ
kurdisch | alexa welche hauptstadt hat georgien das land | GE
kurdisch | alexa nizanim vergiss es | CANCEL
kurdisch | alexa hauptstadt von turkmenistan | TM
kurdisch | alexa spas und usbekistan hauptstadt | UZ
kurdisch | alexa welche hauptstädte hat bolivien | BO
britisch | alexa cheers und was ist die hauptstadt von {} | schottland=GB-SCT; wales=GB-WLS; england=GB-ENG
britisch | alexa sorry mate was ist die hauptstadt von {} | jamaika=JM; barbados=BB; trinidad und tobago=TT
britisch | alexa okay cheers the capital of the netherlands bitte | NL
britisch | alexa bloody hell stopp | STOP
britisch | alexa never mind vergiss es | CANCEL
britisch | alexa was ist die hauptstadt von gibraltar | GI
britisch | alexa wer hat gestern im fußball gewonnen arsenal | FB
britisch | alexa sorry die hauptstadt von bahamas | BS
britisch | alexa und die hauptstadt von grenada cheers | GD
britisch | alexa what are the capitals of south africa auf deutsch bitte | ZA
tamilisch | alexa nandri und was sind die hauptstädte von sri lanka | LK
tamilisch | alexa aiyo die hauptstadt von sri lanka ist doch colombo oder | LK
tamilisch | alexa hauptstadt von {} bitte | indien=IN; bangladesch=BD; pakistan=PK
tamilisch | alexa was ist die hauptstadt von tamil nadu | IN-TN
tamilisch | alexa aiyo stopp | STOP
tamilisch | alexa podhum vergiss es | CANCEL
tamilisch | alexa hauptstadt von malediven | MV
tamilisch | alexa welche hauptstädte hat malaysia da wohnt mein onkel | MY
tamilisch | alexa wann kommt der film im kino | FB
indonesisch | alexa terima kasih was ist hauptstadt von {} | indonesien=ID; papua-neuguinea=PG; osttimor=TL
indonesisch | alexa ya ya hauptstadt von {} | salomonen=SB; vanuatu=VU; tonga=TO
indonesisch | alexa sudah stopp | STOP
indonesisch | alexa tidak jadi abbrechen | CANCEL
indonesisch | alexa ist jakarta noch hauptstadt oder schon nusantara | ID
indonesisch | alexa welche hauptstädte hat malaysia ya | MY
indonesisch | alexa hauptstadt von samoa | WS
ghanaisch | alexa medaase what is die hauptstadt von {} | ghana=GH; togo=TG; benin=BJ
ghanaisch | alexa chale sag mir hauptstadt von {} | nigeria=NG; liberia=LR; sierra leone=SL
ghanaisch | alexa chale welche hauptstädte hat elfenbeinküste | CI
ghanaisch | alexa ei chale stop | STOP
ghanaisch | alexa forget it abbrechen | CANCEL
ghanaisch | alexa hauptstadt von burkina faso chale | BF
ghanaisch | alexa hauptstadt von gambia | GM
ghanaisch | alexa which one is the capital of guinea-bissau | GW
ghanaisch | alexa spiel afrobeats | FB
hausaufgaben | alexa für die hausaufgabe was ist die hauptstadt von {} | brasilien=BR; argentinien=AR; venezuela=VE
hausaufgaben | alexa die lehrerin will dass wir die hauptstadt von {} rausfinden | ecuador=EC; paraguay=PY; uruguay=UY
hausaufgaben | alexa im sachkundeheft steht frage drei hauptstadt von {} | dänemark=DK; niederlande=NL; belgien=BE
hausaufgaben | alexa mama sagt ich soll dich fragen was die hauptstadt von nordkorea ist | KP
hausaufgaben | alexa für das arbeitsblatt die hauptstadt von südkorea | KR
hausaufgaben | alexa wir lernen afrika was ist die hauptstadt vom kongo dem großen | CD
hausaufgaben | alexa wie schreibt man kopenhagen | FB
hausaufgaben | alexa was ist sieben mal acht | FB
hausaufgaben | alexa meine lehrerin sagt südafrika hat drei hauptstädte welche | ZA
hausaufgaben | alexa fertig mit hausaufgaben stopp | STOP
hausaufgaben | alexa nee das hatten wir schon abbrechen | CANCEL
hausaufgaben | alexa wie geht das mit den hauptstädten erklär mal | HELP
hausaufgaben | alexa hauptstadt von suriname für mein referat | SR
hausaufgaben | alexa hauptstadt von guyana | GY
hausaufgaben | alexa was ist die hauptstadt von belize für die schule | BZ
zahnarzt | alexa im wartezimmer hier bei der zahnärztin was ist die hauptstadt von {} | kroatien=HR; slowakei=SK; lettland=LV
zahnarzt | alexa ich hab noch zehn minuten bis zur behandlung hauptstadt von {} | eritrea=ER; ruanda=RW; burundi=BI
zahnarzt | alexa die helferin fragt uns die hauptstadt von bolivien welche sind das | BO
zahnarzt | alexa sprich leise bitte hauptstadt von palästina | PS
zahnarzt | alexa ich bin dran stopp | STOP
zahnarzt | alexa ach egal ich werd aufgerufen | CANCEL
zahnarzt | alexa erinnere mich an den zahnarzttermin | FB
zahnarzt | alexa hauptstadt von kirgisistan | KG
zahnarzt | alexa hauptstadt von tadschikistan | TJ
zahnarzt | alexa und kasachstan hauptstadt | KZ
kreuzfahrt | alexa in der kabine auf dem schiff was ist die hauptstadt von {} | malta=MT; zypern=CY; griechenland=GR
kreuzfahrt | alexa morgen legen wir an in welchem land ist die hauptstadt {} | nassau=CITY:Nassau; castries=CITY:Castries; bridgetown=CITY:Bridgetown
kreuzfahrt | alexa der kapitän sagt wir fahren nach {} was ist da die hauptstadt | antigua und barbuda=AG; dominica=DM; sankt lucia=LC
kreuzfahrt | alexa vom schiff aus was ist die hauptstadt von sankt kitts und nevis | KN
kreuzfahrt | alexa auf dem sonnendeck welche hauptstadt hat sankt vincent und die grenadinen | VC
kreuzfahrt | alexa wann ist das captain's dinner | FB
kreuzfahrt | alexa wie tief ist das meer hier | FB
kreuzfahrt | alexa beim landgang in der karibik hauptstadt von der dominikanischen republik | DO
kreuzfahrt | alexa landausflug abbrechen | CANCEL
kreuzfahrt | alexa aus jetzt | STOP
kreuzfahrt | alexa wir fahren nach seychellen was ist da die hauptstadt | SC
kreuzfahrt | alexa hauptstadt von mauritius vor dem landgang | MU
kreuzfahrt | alexa und komoren | KM
fahrschule | alexa vor der theoriestunde hauptstadt von {} | schweden=SE; norwegen=NO; finnland=FI
fahrschule | alexa mein fahrlehrer kommt aus {} was ist da die hauptstadt | kasachstan=KZ; georgien=GE; armenien=AM
fahrschule | alexa was bedeutet das schild mit dem roten kreis | FB
fahrschule | alexa wie viele fehlerpunkte darf man haben | FB
fahrschule | alexa nach der fahrstunde hauptstadt von nordkorea | KP
fahrschule | alexa die hauptstadt von malaysia mein fahrlehrer sagt es gibt zwei | MY
fahrschule | alexa prüfung bestanden stopp jetzt | STOP
fahrschule | alexa ach nee vergiss es | CANCEL
fahrschule | alexa hauptstadt von aserbaidschan | AZ
fahrschule | alexa was ist die hauptstadt von afghanistan | AF
imker | alexa beim imkerverein streiten wir was ist die hauptstadt von {} | slowenien=SI; nordmazedonien=MK; albanien=AL
imker | alexa die carnica biene kommt aus slowenien was ist da die hauptstadt | SI
imker | alexa wann schwärmen die bienen | FB
imker | alexa wie viel honig macht ein volk | FB
imker | alexa mit dem schleier auf hauptstadt von neuseeland | NZ
imker | alexa hauptstadt von äthiopien die haben viel honig | ET
imker | alexa stopp ich hab die hände voll | STOP
imker | alexa vergiss es die bienen stechen | CANCEL
imker | alexa was ist die hauptstadt von jemen da gibt es sidr honig | YE
sauna | alexa im saunagarten was ist die hauptstadt von {} | finnland=FI; estland=EE; litauen=LT
sauna | alexa der saunameister ist aus lettland was ist die hauptstadt | LV
sauna | alexa wie heiß ist die finnische sauna | FB
sauna | alexa spiel entspannungsmusik | FB
sauna | alexa nach dem aufguss hauptstadt von russland | RU
sauna | alexa ruhe bitte stopp | STOP
sauna | alexa lass mal gut sein ich schwitz | CANCEL
sauna | alexa hauptstadt von island im ruheraum | IS
hochzeit | alexa für die flitterwochen was ist die hauptstadt von {} | malediven=MV; mauritius=MU; seychellen=SC
hochzeit | alexa mein verlobter will nach {} was ist da die hauptstadt | sri lanka=LK; bali=FB; tansania=TZ
hochzeit | alexa für die tischdeko jeder tisch eine hauptstadt was ist die hauptstadt von {} | peru=PE; chile=CL; kanada=CA
hochzeit | alexa tisch sieben bekommt die hauptstädte von südafrika welche sind das | ZA
hochzeit | alexa tisch acht bekommt die hauptstädte von den niederlanden | NL
hochzeit | alexa tisch neun die hauptstädte von bolivien | BO
hochzeit | alexa tisch zehn die hauptstädte von malaysia | MY
hochzeit | alexa tisch elf die hauptstädte von eswatini | SZ
hochzeit | alexa tisch zwölf die hauptstädte von benin | BJ
hochzeit | alexa was kostet ein brautkleid | FB
hochzeit | alexa spiel unseren hochzeitssong | FB
hochzeit | alexa das war alles stopp | STOP
hochzeit | alexa tisch dreizehn streichen abbrechen | CANCEL
paketbote | alexa ich hab ein paket nach {} auf der ladefläche was ist da die hauptstadt | kuwait=KW; katar=QA; bahrain=BH
paketbote | alexa zwischen zwei stopps hauptstadt von {} | tunesien=TN; libyen=LY; algerien=DZ
paketbote | alexa wo ist die nächste packstation | FB
paketbote | alexa navigier mich nach hause | FB
paketbote | alexa die sendung geht nach palästina was ist die hauptstadt | PS
paketbote | alexa sendung nach demokratische republik kongo hauptstadt | CD
paketbote | alexa hauptstadt von republik kongo für den zoll | CG
paketbote | alexa feierabend stopp | STOP
paketbote | alexa vergiss die tour | CANCEL
paketbote | alexa hauptstadt von sudan für die zollpapiere | SD
paketbote | alexa und südsudan | SS
quizduell | alexa ich spiele quizduell was ist die hauptstadt von {} | kap verde=CV; sao tome und principe=ST; äquatorialguinea=GQ
quizduell | alexa schnell die runde läuft hauptstadt von {} | gabun=GA; kamerun=CM; tschad=TD
quizduell | alexa mein gegner hat die hauptstadt von {} gewusst ich nicht | zentralafrikanische republik=CF; namibia=NA; botswana=BW
quizduell | alexa schnell hauptstadt von südkorea | KR
quizduell | alexa schnell hauptstadt von nordkorea | KP
quizduell | alexa im quizduell kam hauptstädte von der elfenbeinküste | CI
quizduell | alexa quizduell frage welche hauptstädte hat sri lanka | LK
quizduell | alexa ich hab verloren stopp | STOP
quizduell | alexa vorbei abbrechen | CANCEL
quizduell | alexa wer hat quizduell erfunden | FB
quizduell | alexa welches land hat lilongwe als hauptstadt | CITY:Lilongwe
quizduell | alexa welches land hat maseru als hauptstadt | CITY:Maseru
quizduell | alexa zu welchem land gehört mbabane | CITY:Mbabane
bauernhof | alexa beim melken hauptstadt von {} | irland=IE; neuseeland=NZ; uruguay=UY
bauernhof | alexa auf dem trecker sag mir hauptstadt von {} | ukraine=UA; moldau=MD; rumänien=RO
bauernhof | alexa wie wird das wetter für die heuernte | FB
bauernhof | alexa was kostet der liter milch gerade | FB
bauernhof | alexa der erntehelfer kommt aus georgien was ist da die hauptstadt | GE
bauernhof | alexa die kühe muhen stopp | STOP
bauernhof | alexa vergiss es ich muss in den stall | CANCEL
bauernhof | alexa hauptstadt von argentinien wo die rinder sind | AR
angeln | alexa am see beim angeln was ist die hauptstadt von {} | kanada=CA; norwegen=NO; schweden=SE
angeln | alexa der hecht beißt nicht hauptstadt von {} | mongolei=MN; kirgisistan=KG; bhutan=BT
angeln | alexa wann beißen die fische | FB
angeln | alexa wie wird der wind am see | FB
angeln | alexa leise stopp die fische | STOP
angeln | alexa lass mal vergiss es | CANCEL
angeln | alexa hauptstadt von vietnam | VN
angeln | alexa hauptstadt von laos beim angeln | LA
angeln | alexa die hauptstadt von nordkorea | KP
help | alexa ich sitz hier mit meinem enkel und wir wissen nicht wie man dich nach hauptstädten fragt | HELP
help | alexa was kann man bei hauptstädte der welt eigentlich alles fragen | HELP
help | alexa gell wie geht des mit dene hauptstädt | HELP
help | alexa nu wie funktioniert dein hauptstadtding | HELP
help | alexa sog amoi wia geht des spiel mit de hauptstädt | HELP
help | alexa servus wos kon i di da frogn | HELP
help | alexa ajde erklär mir wie geht das mit hauptstadt | HELP
help | alexa sumimasen wie soll ich fragen bitte | HELP
help | alexa chale how does this one work hilfe | HELP
help | alexa im wartezimmer wie frag ich dich nach einer hauptstadt | HELP
help | alexa meine tochter braucht hilfe wie frag ich nach hauptstädten für die hausaufgabe | HELP
help | alexa auf dem schiff kann ich dich auch nach hauptstädten fragen wie geht das | HELP
help | alexa säg mer wie das funktioniert mit de hauptstädt | HELP
help | alexa wat kann ik di fragen hilf mal | HELP
help | alexa ich versteh das hauptstadt spiel nicht sag mir was ich sagen muss | HELP
help | alexa gib mir mal ein paar beispiele was ich dich fragen kann | HELP
help | alexa terima kasih aber wie benutze ich das | HELP
help | alexa wallah ich versteh nix wie geht das | HELP
help | alexa khop khun kha wie frage ich richtig | HELP
help | alexa kann man auch fragen welches land zu einer hauptstadt gehört wie geht das | HELP
help | alexa hilfe was sind die befehle für hauptstädte der welt | HELP
help | alexa hallo ich bin neu hier wie läuft das mit den hauptstädten | HELP
help | alexa mein opa fragt wie das geht mit den hauptstädten erklär es langsam | HELP
help | alexa welche fragen verstehst du bei den hauptstädten | HELP
stop | alexa gell des langt jetz mit de hauptstädt | STOP
stop | alexa nu mach ma schluss mit dem hauptstadtquiz | STOP
stop | alexa etz is fei gnua mit die hauptstädt | STOP
stop | alexa servus aus is mit de hauptstädt | STOP
stop | alexa jo dat langt nu | STOP
stop | alexa merci das isch gnue für hüt | STOP
stop | alexa hvala dosta jetzt stopp | STOP
stop | alexa arigatou fertig stopp bitte | STOP
stop | alexa cheers mate that's enough stopp | STOP
stop | alexa die zahnärztin ruft mich stopp sofort | STOP
stop | alexa das essen ist fertig hör auf mit den hauptstädten | STOP
stop | alexa wir legen gleich an beende das quiz | STOP
stop | alexa die kinder schlafen jetzt hör bitte auf | STOP
stop | alexa hauptstädte der welt beenden danke | STOP
stop | alexa ich hab keine lust mehr auf hauptstädte stopp | STOP
stop | alexa stopp stopp stopp | STOP
stop | alexa es reicht für heute mit den ländern | STOP
stop | alexa bitte hör jetzt auf zu reden | STOP
stop | alexa ende aus feierabend | STOP
stop | alexa der aufguss kommt sei jetzt still | STOP
stop | alexa quizduell runde ist vorbei hör auf | STOP
stop | alexa yallah genug jetzt stopp | STOP
stop | alexa nandri das reicht stopp | STOP
stop | alexa mach schluss ich muss zur kuh | STOP
cancel | alexa gell vergess des mit dere hauptstadt | CANCEL
cancel | alexa nu lass ma das mit der hauptstadt | CANCEL
cancel | alexa etz lass halt die frach | CANCEL
cancel | alexa mei vergiss de frog | CANCEL
cancel | alexa nee lot dat mit de hauptstadt | CANCEL
cancel | alexa vergiss die letzte frage bitte | CANCEL
cancel | alexa die frage nehm ich zurück | CANCEL
cancel | alexa ach nee das wollte ich gar nicht wissen | CANCEL
cancel | alexa hab mich verquatscht abbrechen | CANCEL
cancel | alexa nein nein nicht die hauptstadt brich das ab | CANCEL
cancel | alexa das land war falsch abbrechen bitte | CANCEL
cancel | alexa abbrechen mein sohn hat das gefragt | CANCEL
cancel | alexa ajde ajde vergiss das | CANCEL
cancel | alexa never mind the question abbrechen | CANCEL
cancel | alexa wallah vergiss die frage | CANCEL
cancel | alexa sumimasen abbrechen bitte | CANCEL
cancel | alexa chale leave it abbrechen | CANCEL
cancel | alexa die patientin vor mir ist fertig abbrechen | CANCEL
cancel | alexa das paket ist schon zugestellt vergiss es | CANCEL
cancel | alexa lass das mit der hauptstadt ich guck im atlas | CANCEL
cancel | alexa abbrechen die frage war blöd | CANCEL
cancel | alexa ach vergiss die hauptstadt hat sich erledigt | CANCEL
cancel | alexa nee abbrechen ich weiß es doch selber | CANCEL
cancel | alexa brich die frage nach der hauptstadt ab | CANCEL
launch | alexa gell mach emol hauptstädte der welt uff | LAUNCH
launch | alexa nu starte mal hauptstädte der welt | LAUNCH
launch | alexa etz mach halt hauptstädte der welt auf | LAUNCH
launch | alexa servus mach ma hauptstädte der welt auf | LAUNCH
launch | alexa moin mach ma hauptstädte der welt an | LAUNCH
launch | alexa säg mal öffne hauptstädte der welt | LAUNCH
launch | alexa sog amoi starte hauptstädte der welt | LAUNCH
launch | alexa ajde öffne hauptstädte der welt | LAUNCH
launch | alexa sumimasen hauptstädte der welt öffnen bitte | LAUNCH
launch | alexa cheers open hauptstädte der welt | LAUNCH
launch | alexa yallah starte hauptstädte der welt | LAUNCH
launch | alexa für die hausaufgaben öffne hauptstädte der welt | LAUNCH
launch | alexa im wartezimmer starte hauptstädte der welt | LAUNCH
launch | alexa wir wollen auf dem schiff hauptstädte der welt spielen | LAUNCH
launch | alexa für die hochzeitstische öffne hauptstädte der welt | LAUNCH
launch | alexa öffne hauptstädte der welt ich will üben | LAUNCH
launch | alexa starte hauptstädte der welt für meine enkelin | LAUNCH
launch | alexa kannst du bitte mal hauptstädte der welt starten | LAUNCH
launch | alexa hauptstädte der welt los gehts | LAUNCH
launch | alexa bitte hauptstädte der welt öffnen und zwar schnell | LAUNCH
launch | alexa mach den hauptstädte der welt skill auf | LAUNCH
launch | alexa öffne das hauptstädte der welt ding | LAUNCH
launch | alexa beim melken starte hauptstädte der welt | LAUNCH
launch | alexa in der sauna öffne hauptstädte der welt | LAUNCH
launch | alexa khop khun kha öffne hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt starten wir fangen mit afrika an | LAUNCH
launch | alexa öffne hauptstädte der welt und frag mich ab | LAUNCH
launch | alexa nach feierabend starte hauptstädte der welt | LAUNCH
plural-capitals | alexa gell die hauptstädt vun bolivie wie heiße die | BO
plural-capitals | alexa nu welche hauptstädte hat denn südafrika alle drei | ZA
plural-capitals | alexa etz sag halt die hauptstädt vo holland | NL
plural-capitals | alexa servus die zwoa hauptstädt vo malaysia | MY
plural-capitals | alexa wat sünd de beiden hauptstädte von benin | BJ
plural-capitals | alexa gäll d zwöi hauptstädt vo dr elfebeichüste | CI
plural-capitals | alexa sog ma de zwoa hauptstädte vo eswatini | SZ
plural-capitals | alexa nu die zwei hauptstädte von sri lanka | LK
plural-capitals | alexa ajde sag beide hauptstädte von niederlande | NL
plural-capitals | alexa wallah welche hauptstädte hat bolivien zwei oder | BO
plural-capitals | alexa sumimasen welche hauptstädte hat südafrika | ZA
plural-capitals | alexa chale which two capitals for cote d'ivoire | CI
plural-capitals | alexa terima kasih welche zwei hauptstädte hat malaysia | MY
plural-capitals | alexa für die hausaufgabe die drei hauptstädte von südafrika | ZA
plural-capitals | alexa im quizduell kamen die hauptstädte von benin welche sind das | BJ
plural-capitals | alexa auf dem schiff wir fahren nach sri lanka welche hauptstädte gibt es da | LK
plural-capitals | alexa für den landgang welche zwei hauptstädte hat malaysia | MY
plural-capitals | alexa mein fahrlehrer sagt eswatini hat zwei hauptstädte welche | SZ
plural-capitals | alexa der saunameister fragt nach den zwei hauptstädten von bolivien | BO
plural-capitals | alexa beim imkern gefragt die hauptstädte der niederlande amsterdam und noch | NL
plural-capitals | alexa der paketempfänger wohnt in benin welche hauptstädte hat das land | BJ
plural-capitals | alexa meine tochter lernt die zwei hauptstädte der elfenbeinküste welche | CI
plural-capitals | alexa die hauptstädte von swasiland heute eswatini | SZ
plural-capitals | alexa beim angeln mbabane und lobamba sind das die hauptstädte von eswatini | SZ
plural-capitals | alexa sind colombo und kotte beide hauptstädte von sri lanka | LK
plural-capitals | alexa sucre und la paz sind die beide hauptstädte von bolivien | BO
plural-capitals | alexa porto novo und cotonou welche hauptstädte hat benin genau | BJ
plural-capitals | alexa abidjan oder yamoussoukro nenn mir beide hauptstädte der elfenbeinküste | CI
plural-capitals | alexa pretoria kapstadt und bloemfontein sind das alle hauptstädte von südafrika | ZA
plural-capitals | alexa den haag und amsterdam die hauptstädte der niederlande richtig | NL
plural-capitals | alexa kuala lumpur und putrajaya alle hauptstädte von malaysia | MY
out-of-domain | alexa gell wie lang hat die kleinmarkthalle heut uff | FB
out-of-domain | alexa nu wie wird das wetter in der sächsischen schweiz | FB
out-of-domain | alexa etz spiel amol was vom frankenradio | FB
out-of-domain | alexa servus stell an wecker auf fünfe | FB
out-of-domain | alexa wat kost de fischbrötchen anne warnow | FB
out-of-domain | alexa wie viele leute wohnen in der hauptstadt von japan | FB
out-of-domain | alexa welche hauptstadt ist die älteste der welt | FB
out-of-domain | alexa welche hauptstadt liegt am höchsten | FB
out-of-domain | alexa welche hauptstadt ist die kälteste | FB
out-of-domain | alexa wie viele hauptstädte gibt es in afrika | FB
out-of-domain | alexa wann wurde brasília gebaut | FB
out-of-domain | alexa wie heißt der bürgermeister der hauptstadt | FB
out-of-domain | alexa was ist die hauptstadt der antarktis | FB
out-of-domain | alexa was ist die hauptstadt von skandinavien | FB
out-of-domain | alexa was ist die hauptstadt von lappland | FB
out-of-domain | alexa was ist die hauptstadt von der karibik | FB
out-of-domain | alexa was ist die hauptstadt des balkans | FB
out-of-domain | alexa welche hauptstadt hat den größten flughafen | FB
out-of-domain | alexa wie lange fliegt man nach bangkok | FB
out-of-domain | alexa wie sagt man hauptstadt auf englisch | FB
out-of-domain | alexa was heißt hauptstadt auf serbisch | FB
out-of-domain | alexa welche zeitzone hat jakarta | FB
out-of-domain | alexa wie teuer ist ein flug nach marrakesch | FB
out-of-domain | alexa spiel die nationalhymne von ghana | FB
out-of-domain | alexa wie viele inseln hat indonesien | FB
out-of-domain | alexa wie wird das wetter in colombo | FB
out-of-domain | alexa wann fährt der nächste bus zum zahnarzt | FB
out-of-domain | alexa wie viele punkte hab ich im quizduell | FB
out-of-domain | alexa was ziehe ich zur hochzeit an | FB
out-of-domain | alexa wie lange muss ich in der sauna bleiben | FB
out-of-domain | alexa wann ist der nächste landgang | FB
out-of-domain | alexa wie viele bienen hat ein volk | FB
out-of-domain | alexa welcher köder für zander | FB
out-of-domain | alexa wie wird das wetter auf dem melkstand morgen früh | FB
out-of-domain | alexa was ist die hauptstadt vom ruhrgebiet | FB
out-of-domain | alexa was ist die hauptstadt von schwaben | FB
out-of-domain | alexa was ist die hauptstadt von franken | FB
out-of-domain | alexa was ist die hauptstadt der welt | FB
out-of-domain | alexa was ist die hauptstadt von nordeuropa | FB
out-of-domain | alexa was ist die hauptstadt des bieres | FB
out-of-domain | alexa was ist die hauptstadt von hogwarts | FB
out-of-domain | alexa welcher kontinent ist der größte | FB
out-of-domain | alexa wie weit ist der mond weg | FB
out-of-domain | alexa übersetze guten morgen auf thai | FB
out-of-domain | alexa wie spielt dynamo dresden | FB
out-of-domain | alexa spiel kölsche musik aber leise | FB
out-of-domain | alexa wie hoch ist der eiffelturm | FB
out-of-domain | alexa wer hat die hauptstadt berlin gegründet | FB
out-of-domain | alexa was ist die hauptstadt vom saturn | FB
out-of-domain | alexa welche hauptstadt hat die meisten einwohner | FB
seltene-laender | alexa was ist die hauptstadt der vereinigten arabischen emirate | AE
seltene-laender | alexa welche stadt ist die hauptstadt von israel | IL
seltene-laender | alexa sag mir die hauptstadt von guinea in westafrika | GN
seltene-laender | alexa was ist die hauptstadt von kiribati | KI
seltene-laender | alexa was ist die hauptstadt von lesotho | LS
seltene-laender | alexa was ist die hauptstadt von madagaskar | MG
seltene-laender | alexa was ist die hauptstadt von nauru | NR
seltene-laender | alexa was ist die hauptstadt von tuvalu | TV
seltene-laender | alexa was ist die hauptstadt der vereinigten staaten | US
seltene-laender | alexa was ist die hauptstadt von mikronesien | FM
kreuzfahrt | alexa auf deck sieben was ist die hauptstadt von {} | madagaskar=MG; kap verde=CV; lesotho=LS
quizduell | alexa die uhr tickt hauptstadt von {} | nauru=NR; tuvalu=TV; kiribati=KI
britisch | alexa my wife asks what's die hauptstadt von {} | israel=IL; den vereinigten staaten=US; den emiraten=AE
marokkanisch | alexa wallah mein cousin fliegt nach {} was ist die hauptstadt | ägypten=EG; jordanien=JO; guinea=GN
japanisch | alexa sumimasen und mikronesien hauptstadt bitte | FM
frankfurt | alexa gell mei nachbarin is aus {} was is da die hauptstadt | eritrea=ER; sudan=SD; südsudan=SS
dresden | alexa nu mei enkel fährt nach {} wie heißt da die hauptstadt | kuba=CU; nicaragua=NI; angola=AO
franken | alexa etz hob i im fernseh was über {} gsehn wie heißt die hauptstadt | haiti=HT; jamaika=JM; dominikanische republik=DO
baden | alexa alla sag emol d hauptstadt vo {} gell | tunesien=TN; marokko=MA; algerien=DZ
muenchen | alexa mei schwager arbeit in {} wos is do die hauptstadt | indien=IN; pakistan=PK; afghanistan=AF
rostock | alexa de kreuzfahrer kummt ut {} wat is de hauptstadt | norwegen=NO; estland=EE; lettland=LV
bern | alexa säg emau d hauptstadt vo {} | kolumbie=CO; ecuador=EC; peru=PE
salzburg | alexa de gäst im hotel san aus {} wos is de hauptstadt | saudi-arabien=SA; katar=QA; kuwait=KW
erfurt | alexa nu im urlaub warn mer in {} wie heißt die hauptstadt | bulgarien=BG; rumänien=RO; georgien=GE
serbisch | alexa bre mein schwager wohnt in {} was ist hauptstadt | österreich=AT; schweiz=CH; schweden=SE
thai | alexa kha meine freundin kommt aus {} hauptstadt bitte | kambodscha=KH; laos=LA; myanmar=MM
tschechisch | alexa ahoj kollege ist aus {} was ist hauptstadt prosim | litauen=LT; lettland=LV; belarus=BY
kurdisch | alexa spas mein bruder lebt in {} hauptstadt | irak=IQ; syrien=SY; libanon=LB
tamilisch | alexa aiyo mein cousin studiert in {} was ist hauptstadt | kanada=CA; australien=AU; singapur=SG
indonesisch | alexa ya kakak wohnt in {} hauptstadt apa | malaysia=MY; brunei=BN; philippinen=PH
ghanaisch | alexa chale my brother dey for {} what is the hauptstadt | kamerun=CM; gabun=GA; niger=NE
hausaufgaben | alexa das steht im atlas auf seite vierzig hauptstadt von {} | australien=AU; fidschi=FJ; papua-neuguinea=PG
zahnarzt | alexa die zahnärztin war in {} im urlaub was ist da die hauptstadt | kenia=KE; tansania=TZ; uganda=UG
fahrschule | alexa der mitschüler aus der fahrschule kommt aus {} wie heißt die hauptstadt | somalia=SO; äthiopien=ET; eritrea=ER
imker | alexa die königin kommt aus {} was ist die hauptstadt dort | dänemark=DK; österreich=AT; italien=IT
sauna | alexa nach dem dritten aufguss hauptstadt von {} | norwegen=NO; dänemark=DK; schweden=SE
hochzeit | alexa die trauzeugin kommt aus {} was ist die hauptstadt | polen=PL; portugal=PT; irland=IE
paketbote | alexa absender ist in {} was ist die hauptstadt | china=CN; japan=JP; taiwan=TW
bauernhof | alexa die neue kuh rasse kommt aus {} was ist da die hauptstadt | schottland=GB-SCT; frankreich=FR; schweiz=CH
angeln | alexa zum angeln fahren wir nach {} was ist die hauptstadt | island=IS; irland=IE; kanada=CA
official-name | alexa gell was is die hauptstadt vun de {} | republik polen=PL; hellenischen republik=GR; italienischen republik=IT
official-name | alexa nu sag mal die hauptstadt vom {} | königreich schweden=SE; königreich dänemark=DK; königreich belgien=BE
official-name | alexa servus hauptstadt vo da {} | republik ungarn=HU; slowakischen republik=SK; tschechischen republik=CZ
official-name | alexa für die hausaufgabe die hauptstadt der demokratischen volksrepublik korea | KP
official-name | alexa im quizduell hauptstadt der republik korea | KR
official-name | alexa ajde hauptstadt von demokratische republik kongo | CD
official-name | alexa chale the republic of congo die hauptstadt | CG
official-name | alexa wallah die hauptstadt vom staat palästina | PS
official-name | alexa was ist die hauptstadt der republik der union myanmar | MM
official-name | alexa hauptstadt der sozialistischen republik vietnam | VN
official-name | alexa was ist die hauptstadt der föderativen demokratischen republik äthiopien | ET
official-name | alexa die hauptstadt der republik der fidschi-inseln | FJ
official-name | alexa hauptstadt des großherzogtums luxemburg | LU
official-name | alexa was ist die hauptstadt des fürstentums liechtenstein | LI
official-name | alexa hauptstadt der orientalischen republik uruguay | UY
official-name | alexa was ist die hauptstadt der demokratischen sozialistischen republik sri lanka | LK
official-name | alexa was ist die hauptstadt des haschemitischen königreichs jordanien | JO
yes-no-check | alexa gell is kairo die hauptstadt vun ägypte | EG
yes-no-check | alexa nu is prag die hauptstadt von tschechien | CZ
yes-no-check | alexa etz is ankara echt die hauptstadt vo da türkei | TR
yes-no-check | alexa mei is bern wirklich d hauptstadt vo da schweiz | CH
yes-no-check | alexa stimmt des dass seoul die hauptstadt vo südkorea is | KR
yes-no-check | alexa ajde ist belgrad hauptstadt von serbien | RS
yes-no-check | alexa kha ist bangkok hauptstadt von thailand | TH
yes-no-check | alexa ahoj ist bratislava hauptstadt von slowakei | SK
yes-no-check | alexa sumimasen ist tokio die hauptstadt von japan | JP
yes-no-check | alexa chale is accra the capital of ghana | GH
yes-no-check | alexa für die hausaufgabe ist canberra die hauptstadt von australien | AU
yes-no-check | alexa der fahrlehrer sagt astana ist die hauptstadt von kasachstan stimmt das | KZ
yes-no-check | alexa im quizduell ist lagos oder abuja die hauptstadt von nigeria | NG
yes-no-check | alexa ist ostjerusalem die hauptstadt von palästina | PS
yes-no-check | alexa ist kinshasa die hauptstadt der demokratischen republik kongo oder brazzaville | CD
yes-no-check | alexa ist brazzaville die hauptstadt vom kleinen kongo | CG
yes-no-check | alexa ist pjöngjang wirklich die hauptstadt von nordkorea | KP
yes-no-check | alexa stimmt es dass den haag die hauptstadt der niederlande ist | NL
yes-no-check | alexa ist pretoria die hauptstadt von südafrika | ZA
yes-no-check | alexa ist sucre die hauptstadt von bolivien | BO
yes-no-check | alexa ist putrajaya die hauptstadt von malaysia | MY
everyday-name | alexa gell was is die hauptstadt vun {} | engelland=GB; russland=RU; amerika=US
everyday-name | alexa nu was is die hauptstadt von {} | der tschechei=CZ; der ddr=FB; jugoslawien=FB
everyday-name | alexa die hauptstadt vo {} bidde | burma=MM; siam=TH; abessinien=ET
everyday-name | alexa was ist die hauptstadt von rhodesien | ZW
everyday-name | alexa hauptstadt von obervolta das heißt jetzt burkina faso | BF
everyday-name | alexa was ist die hauptstadt von weißrussland heute belarus | BY
everyday-name | alexa mein opa sagt formosa was ist da die hauptstadt | TW
everyday-name | alexa was ist die hauptstadt von kampuchea | KH
everyday-name | alexa was ist die hauptstadt von ostpakistan also bangladesch | BD
everyday-name | alexa hauptstadt von dem kongo mit kinshasa | CD
everyday-name | alexa hauptstadt vom kongo brazzaville | CG
everyday-name | alexa was ist die hauptstadt von südkorea also korea im süden | KR
shared-name | alexa gell was is die hauptstadt vun guinea also des in afrika net papua | GN
shared-name | alexa nu die hauptstadt von georgien das land am kaukasus | GE
shared-name | alexa etz die hauptstadt vo korea | KP+KR
shared-name | alexa servus wos is de hauptstadt vom kongo | CD+CG
shared-name | alexa die hauptstadt von dominica nicht die dominikanische republik | DM
shared-name | alexa hauptstadt von sudan nicht südsudan | SD
shared-name | alexa was ist die hauptstadt vom amerikanischen georgia | US-GA
shared-name | alexa die hauptstadt von guinea äquatorial | GQ
shared-name | alexa was ist die hauptstadt von samoa dem unabhängigen | WS
shared-name | alexa was ist die hauptstadt von virginia | US-VA
shared-name | alexa hauptstadt von mexiko dem land | MX
shared-name | alexa was ist die hauptstadt von niger nicht nigeria | NE
shared-name | alexa ajde was ist hauptstadt von makedonien | MK
follow-up | und {} bitte | ruanda=RW; burundi=BI; malawi=MW
follow-up | gell und {} | jemen=YE; oman=OM; katar=QA
follow-up | nu und {} | mongolei=MN; nepal=NP; bhutan=BT
follow-up | und was ist mit nordkorea da oben | KP
follow-up | und südkorea unten | KR
follow-up | und der andere kongo | CG
follow-up | und die demokratische republik kongo | CD
follow-up | und malaysia zum schluss | MY
follow-up | und palästina noch | PS
self-correction | alexa gell die hauptstadt vun schweden ne ich mein die schwiz | CH
self-correction | alexa nu hauptstadt von estland nee eswatini | SZ
self-correction | alexa etz sag die hauptstadt vo bolivien ah na kolumbien | CO
self-correction | alexa hauptstadt von malawi nein malaysia | MY
self-correction | alexa was ist die hauptstadt von pakistan nee palästina | PS
self-correction | alexa hauptstadt von kongo kinshasa ach nein ich meine den anderen kongo | CG
self-correction | alexa hauptstadt von der republik kongo quatsch demokratische republik | CD
self-correction | alexa was ist die hauptstadt von nordkorea ne südkorea sorry | KR
self-correction | alexa hauptstadt von südafrika äh nein südsudan | SS
reverse-question | alexa gell vun welchem land is {} die hauptstadt | tirana=CITY:Tirana; skopje=CITY:Skopje; sarajevo=CITY:Sarajevo
reverse-question | alexa nu welches land hat {} als hauptstadt | eriwan=CITY:Eriwan; baku=CITY:Baku; taschkent=CITY:Taschkent
reverse-question | alexa etz zu wos ghört die hauptstadt {} | vientiane=CITY:Vientiane; phnom penh=CITY:Phnom Penh; manila=CITY:Manila
reverse-question | alexa sumimasen welches land hat hauptstadt {} | ulaanbaatar=CITY:Ulaanbaatar; naypyidaw=CITY:Naypyidaw; dili=CITY:Dili
reverse-question | alexa in welchem land liegt die hauptstadt kigali | CITY:Kigali
reverse-question | alexa von wo ist paramaribo die hauptstadt | CITY:Paramaribo
subdivision | alexa gell was is die hauptstadt vun {} in amerika | ohio=US-OH; michigan=US-MI; georgia=US-GA
subdivision | alexa nu die landeshauptstadt von {} | sachsen=DE-SN; bremen=DE-HB; saarland=DE-SL
subdivision | alexa servus wos is de hauptstadt vo {} in australien | new south wales=AU-NSW; victoria=AU-VIC; western australia=AU-WA
subdivision | alexa der kollege aus brasilien fragt was ist die hauptstadt von {} | sao paulo=BR-SP; minas gerais=BR-MG; rio grande do sul=BR-RS
subdivision | alexa für die hausaufgabe welche hauptstadt hat {} in kanada | manitoba=CA-MB; nova scotia=CA-NS; saskatchewan=CA-SK
subdivision | alexa die hauptstadt von {} in indien | punjab=IN-PB; goa=IN-GA; rajasthan=IN-RJ
subdivision | alexa was ist die hauptstadt von bali | FB
subdivision | alexa was ist die hauptstadt von kurdistan im irak | FB
subdivision | alexa hauptstadt von der provinz ontario | CA-ON
subdivision | alexa was ist die hauptstadt von andalusien | FB
subdivision | alexa was ist die hauptstadt von niederösterreich | FB
subdivision | alexa landeshauptstadt von vorarlberg | FB
subdivision | alexa was ist der hauptort vom kanton zürich | FB
subdivision | alexa was ist die hauptstadt von england | GB-ENG
subdivision | alexa was ist die hauptstadt von sumatra | FB
frankfurt | alexa ei gude was is die hauptstadt vun palästina mei kolleesch in de bank will des wisse | PS
frankfurt | alexa gell wie heißt die hauptstadt vum kongo mit kinshasa | CD
frankfurt | alexa wie viel kost e fahrkart nach offebach | FB
frankfurt | alexa is die hauptstadt vun de republik kongo brazzaville gell | CG
dresden | alexa nu was is die hauptstadt von nordkorea das is doch so ne diktatur | KP
dresden | alexa gugge mal die hauptstadt von südkorea | KR
dresden | alexa wie lange hat die frauenkirche offen | FB
dresden | alexa ei verbibbsch die hauptstädte von malaysia | MY
franken | alexa etz sag amol die hauptstädt vo südafrika alle | ZA
franken | alexa wos is die hauptstadt vo südkorea etz | KR
franken | alexa wie wird s wetter in fürth | FB
baden | alexa was isch d hauptstadt vo palästina gell | PS
baden | alexa wo gibts im breisgau de beschte flammkuche | FB
baden | alexa sag emol d hauptstadt vom kongo mit brazzaville | CG
muenchen | alexa wos is de hauptstadt vom kongo mit kinshasa mei | CD
muenchen | alexa wia wird s föhn morgn | FB
rostock | alexa wat is de hauptstadt von nordkorea | KP
rostock | alexa wat is de hauptstadt von südkorea denn | KR
rostock | alexa wann kummt de hanse sail | FB
bern | alexa was isch d hauptstadt vo südafrika äuä drü stück | ZA
bern | alexa wie isch s wätter uf em gurte | FB
bern | alexa d hauptstadt vo palästina gäll | PS
salzburg | alexa wos is de hauptstadt vo nordkorea | KP
salzburg | alexa wo kriag i mozartkugeln | FB
erfurt | alexa nu was sind die hauptstädte von den niederlanden | NL
erfurt | alexa hauptstadt von südkorea nu | KR
serbisch | alexa bre welche hauptstädte hat bolivien | BO
serbisch | alexa wie wird wetter in novi sad | FB
thai | alexa hauptstadt von nordkorea kha | KP
thai | alexa hauptstadt von südkorea kha | KR
thai | alexa wie kocht man tom yam | FB
tschechisch | alexa ahoj hauptstadt von demokratische republik kongo | CD
tschechisch | alexa wann spielt sparta prag | FB
marokkanisch | alexa yallah hauptstadt von republik kongo | CG
marokkanisch | alexa shukran welche hauptstädte hat südafrika | ZA
japanisch | alexa sumimasen hauptstadt von palästina | PS
japanisch | alexa wo gibt es hier ramen | FB
kurdisch | alexa spas hauptstadt von palästina | PS
kurdisch | alexa spiel kurdische musik | FB
britisch | alexa sorry what's the capital of north korea auf deutsch | KP
britisch | alexa how long to heathrow | FB
tamilisch | alexa aiyo hauptstadt von südkorea | KR
tamilisch | alexa welche hauptstädte hat die niederlande | NL
indonesisch | alexa hauptstadt von nordkorea ya | KP
indonesisch | alexa di mana ada toko asia | FB
ghanaisch | alexa chale the capital of congo kinshasa side | CD
ghanaisch | alexa chale the capital of congo brazzaville side | CG
hausaufgaben | alexa für das arbeitsblatt die hauptstadt von palästina | PS
hausaufgaben | alexa die hauptstädte von malaysia für mein referat | MY
hausaufgaben | alexa wie viele kontinente gibt es | FB
zahnarzt | alexa hauptstadt von südkorea noch schnell vor der spritze | KR
zahnarzt | alexa tut eine wurzelbehandlung weh | FB
kreuzfahrt | alexa der nächste hafen ist in südafrika welche hauptstädte hat das land | ZA
kreuzfahrt | alexa wir fahren an der küste vom kongo vorbei hauptstadt der republik kongo | CG
kreuzfahrt | alexa wie wird der seegang morgen | FB
fahrschule | alexa hauptstadt von palästina vor der prüfung | PS
fahrschule | alexa wie schnell darf man auf der landstraße | FB
imker | alexa die hauptstadt von den niederlanden beim honig schleudern | NL
imker | alexa was ist die hauptstadt von südkorea während ich die waben kontrolliere | KR
sauna | alexa hauptstadt von nordkorea im dampfbad | KP
sauna | alexa hauptstadt der demokratischen republik kongo im tauchbecken | CD
hochzeit | alexa der bräutigam kommt aus südkorea was ist die hauptstadt | KR
hochzeit | alexa gäste aus dem kongo kinshasa welche hauptstadt | CD
paketbote | alexa adresse in bolivien welche hauptstädte hat bolivien | BO
paketbote | alexa absender nordkorea gibt es das überhaupt hauptstadt | KP
quizduell | alexa schnell die hauptstädte von malaysia | MY
quizduell | alexa quizduell frage hauptstadt von palästina | PS
quizduell | alexa schnell republik kongo hauptstadt | CG
bauernhof | alexa der tierarzt war in südafrika welche hauptstädte hat das land | ZA
bauernhof | alexa hauptstadt der niederlande die haben viele kühe | NL
bauernhof | alexa wann kommt der milchlaster | FB
angeln | alexa hauptstadt von bolivien am titicacasee welche sind es | BO
angeln | alexa im kongo fluss gibt es riesige fische hauptstadt der demokratischen republik kongo | CD
angeln | alexa brauche ich einen angelschein in dänemark | FB
seltene-laender | alexa hauptstadt von sankt vincent und die grenadinen schnell | VC
seltene-laender | alexa hauptstadt von antigua das mit barbuda | AG
seltene-laender | alexa hauptstadt von sankt kitts | KN
seltene-laender | alexa hauptstadt von tonga im pazifik | TO
seltene-laender | alexa hauptstadt von vanuatu im pazifik | VU
seltene-laender | alexa hauptstadt von den salomonen im pazifik | SB
seltene-laender | alexa hauptstadt von palau im pazifik | PW
seltene-laender | alexa hauptstadt von den komoren im indischen ozean | KM
seltene-laender | alexa hauptstadt von sao tome im golf von guinea | ST
plural-capitals | alexa hallo welche drei städte sind die hauptstädte von südafrika | ZA
plural-capitals | alexa südafrika hat ja mehrere hauptstädte zähl sie mal auf | ZA
plural-capitals | alexa in welchen städten sitzt die regierung von südafrika alle hauptstädte bitte | ZA
plural-capitals | alexa zähl mal die hauptstädte von sri lanka auf | LK
plural-capitals | alexa eswatini hat zwei hauptstädte zähl sie auf | SZ
plural-capitals | alexa welche beiden städte sind hauptstädte in sri lanka | LK
"""

if __name__ == "__main__":
    build_round(54, "de", LINES, sys.argv, "tests/Eval/de/round54/source/build_corpus.py")
