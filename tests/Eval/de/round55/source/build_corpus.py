"""Round 55, German (de-DE): a new author's own mix, written blind in the sixty-second session (brief WRITER70.md), for
this session's tuner.
Speakers and situations chosen apart from round 54 (Frankfurt, Dresden, Middle Franconia, Baden, Munich, Rostock,
Bern, Salzburg, Erfurt; Serbians, Thai, Czechs, Moroccans, Japanese, Kurds, British expats, Tamils from Sri Lanka,
Indonesians, Ghanaians; primary school homework, a dentist's waiting room, a cruise ship, a driving school, a
beekeepers' club, a sauna, wedding planning and the honeymoon, a parcel courier, the Quizduell app, a dairy farm,
fishing at a lake, rarely asked small states), from round 53 (Cologne, the Ruhr, Hamburg, Swabia, Vienna, Zürich, Mainz
and Rheinhessen, East Frisia, North Tyrol, Berlin; Afghans, Iranians, Brazilians, Chinese students, Nigerians in
Nigerian Pidgin, Kosovo Albanians, Hungarians, French speakers, Koreans, learners dropping articles; a night taxi
driver, a Eurovision party, a World Cup prediction game and a fan bus, a building site lunch break, a hospital stay, a
flea market with an old globe and atlas, amateur radio DX, airline cabin crew on a layover, the naturalisation test, a
gym), from round 52 (the Saarland, Upper Franconia, the Vogtland, the Allgäu, Upper Austria, Styria, Basel, South
Tyrol, North Hesse, Leipzig; Turkish Germans, Polish workers, Syrians, Romanian carers, Spaniards, Filipino nurses,
Indian IT workers, American expats, Eritreans; a long-distance lorry driver and the CB radio, a night shift in an old
people's home, a train conductor on ICE and Nightjet, crossword puzzles, a Bundeswehr barracks, stamp collectors, a
camper van holiday, cooking while asking, a car trip with children on the back seat), from round 51 (Lower Bavaria,
the Lower Rhine, the Westerwald, Carinthia, Central Switzerland, Lübeck and Travemünde, Luxembourgers, the Siegerland,
the Emsland; Ukrainian, Greek, Italian, Portuguese, Vietnamese, Croatian, Dutch-neighbour and Russian-German speakers
and startup Denglisch; a bakery early shift, a pub quiz, Rhine and Danube barge crews, geocaching, a choir, a model
railway club, a chess club, the board game Risiko, grandparents on a video call, a travel agency, university geography
exams, a ski holiday, a public library), from round 50 (Aachen, the Münsterland, Düsseldorf, Oldenburg and the
Ammerland, North Frisia and Sylt, Magdeburg and the Börde, the Uckermark and the Prignitz, the Rhön and Fulda, the
Odenwald, the West Palatinate, Hohenlohe, Vorarlberg, Burgenland, the Waldviertel, Graubünden and the Valais;
Bulgarian, Finnish, Mongolian, Nepali, Ethiopian, Peruvian and Kazakh speakers; Abitur revision, a volunteer fire
brigade, an allotment garden, a hairdresser's, a car workshop, TV quiz shows, Stadt Land Fluss, bedtime, a hotel
reception) and from the groups round 51 says round 49 and rounds 46 to 48 used.
Regions: Bremen ("moin", "sach ma", "bannig", "klönschnack", "am weserufer", "schnoor", "lass man"), the Kurpfalz
(Mannheim: "alla", "ajo", "monnem", "vun", "losses", "des langt"), East Westphalia and Lippe (Bielefeld: "getz",
"nä ne", "watt", "schönen tach"), the Mosel and Trier ("wat", "dat", "vun", "loss et", "froon", "weinlese"), the Upper
Palatinate (Regensburg: "oiso", "gell", "rengschburg", "etz is gnua", "lass guad sei"), St. Gallen ("grüezi", "säg
mer", "isch", "gäll", "bodesee", "uf"), the Erzgebirge and Chemnitz ("glück auf", "nu", "gugge ma", "mettenschicht"),
Flensburg with Danish ("moin", "hej", "tak", "dat wars"), Upper Lusatia with Sorbian greetings ("dobry dzen",
"dzakuju", "nu reicht's").
Migrants and learners: Swedes ("hej", "tack", "ursäkta", "tack så mycket", "det räcker"), Egyptians ("ya salam",
"mashi", "habibi", "wallahi", "khalas", "yalla"), Pakistanis ("achha", "bhai", "yaar", "shukriya", "theek hai", "bas",
"chhodo"), Georgians ("gamarjoba", "madloba", "kargi", "kmara", "ara"), Colombians ("oye", "parce", "listo", "que
pena", "ya no mas", "olvidalo"), Somalis ("iska warran", "mahadsanid", "walaal", "haa", "waa hagaag", "iska daa"),
Armenians ("barev", "shnorhakalutyun", "bavakan e", "che", "inchpes").
Jobs and situations: an escape room ("das rätsel", "noch zehn minuten", "der code", "die truhe"), a bowling club
("alle neune", "gut holz", "kegelbruder", "pudel", "kassenwart"), a dog training school ("sitz platz", "aus", "bello",
"die trainerin"), a pharmacy night shift ("nachtdienst", "rezept", "die pta", "kundschaft"), a Christmas market
("glühweinstand", "an der bude", "stollen", "nussknacker"), a karaoke evening ("das mikro ist an", "ich bin dran"), a
cycling tour ("elberadweg", "etappe", "rastplatz", "der akku ist leer"), moving house ("kartons", "umzugswagen",
"schlüsselübergabe", "spedition"), a knitting circle ("zwei rechts zwei links", "masche fallen lassen", "alpaka
wolle"), a youth football coach ("d-jugend", "auswärtsspiel", "die jungs"), working from home ("bin gleich im call",
"teams meeting", "mittagspause").
Built by round12_hinl_corpus.py (build_round with round 55's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
subdivision | alexa verrat mir mal die landeshauptstadt vom bundesland {} | saarland=DE-SL; sachsen=DE-SN; nordrhein-westfalen=DE-NW
subdivision | alexa in welcher stadt sitzt die landesregierung von {} | bremen=DE-HB; hamburg=DE-HH; bayern=DE-BY
subdivision | alexa wo ist denn der landtag von {} | niedersachsen=DE-NI; schleswig-holstein=DE-SH; mecklenburg-vorpommern=DE-MV
subdivision | alexa was ist die hauptstadt vom amerikanischen staat {} | montana=US-MT; oregon=US-OR; vermont=US-VT
subdivision | alexa sag mal die hauptstadt von {} in den usa | kentucky=US-KY; louisiana=US-LA; arizona=US-AZ
subdivision | alexa welche stadt ist hauptstadt im staat {} | michigan=US-MI; wisconsin=US-WI; minnesota=US-MN
subdivision | alexa wie heißt die hauptstadt der provinz {} in kanada | manitoba=CA-MB; saskatchewan=CA-SK; nova scotia=CA-NS
subdivision | alexa hauptstadt vom indischen bundesstaat {} | rajasthan=IN-RJ; gujarat=IN-GJ; karnataka=IN-KA
subdivision | alexa was ist die hauptstadt von {} in australien | victoria=AU-VIC; new south wales=AU-NSW; western australia=AU-WA
subdivision | alexa wie heißt die hauptstadt von england | GB-ENG
subdivision | alexa hauptstadt von schottland ist edinburgh oder glasgow | GB-SCT
subdivision | alexa was ist die hauptstadt von der provinz limburg | FB
subdivision | alexa was ist die hauptstadt von flandern | FB
subdivision | alexa hauptstadt vom kanton st gallen | FB
subdivision | alexa was ist die hauptstadt von der lausitz | FB
subdivision | alexa welche stadt ist hauptstadt von ostfriesland | FB
subdivision | alexa was ist die hauptstadt der normandie | FB
subdivision | alexa hauptstadt von texas bitte | US-TX
subdivision | alexa was ist die hauptstadt von yukon | CA-YT
subdivision | alexa wie heißt die hauptstadt von nunavut | CA-NU
subdivision | alexa was ist die hauptstadt vom bundesstaat minas gerais | BR-MG
subdivision | alexa welche stadt ist die hauptstadt von rio grande do sul | BR-RS
subdivision | alexa was ist die hauptstadt von yucatan | MX-YUC
subdivision | alexa hauptstadt von baja california | MX-BCN
subdivision | alexa was ist die hauptstadt von tamil nadu | IN-TN
subdivision | alexa was ist die hauptstadt von westbengalen | IN-WB
subdivision | alexa was ist die hauptstadt von puerto rico | PR
subdivision | alexa was ist die hauptstadt von den färöern | FO
subdivision | alexa hauptstadt der färöer inseln | FO
subdivision | alexa wie heißt die hauptstadt von guam | GU
subdivision | alexa was ist die hauptstadt von niederösterreich | FB
subdivision | alexa was ist die hauptstadt von der steiermark | FB
subdivision | alexa was ist die hauptstadt von kalabrien | FB
subdivision | alexa was ist die hauptstadt von patagonien | FB
subdivision | alexa was ist die hauptstadt vom distrikt columbia | US-DC
subdivision | alexa wie heißt die hauptstadt von north dakota | US-ND
subdivision | alexa was ist die hauptstadt vom northern territory | AU-NT
out-of-domain | alexa wie warm ist es gerade in bremen | FB
out-of-domain | alexa regnet es morgen früh in trier | FB
out-of-domain | alexa weck mich um halb sechs | FB
out-of-domain | alexa stell einen wecker für sonntag neun uhr | FB
out-of-domain | alexa spiel was von helene fischer | FB
out-of-domain | alexa spiel deutschlandfunk | FB
out-of-domain | alexa mach das licht im flur aus | FB
out-of-domain | alexa wie viel uhr ist es in tokio | FB
out-of-domain | alexa wie spät ist es jetzt in new york | FB
out-of-domain | alexa wie viele einwohner hat kairo | FB
out-of-domain | alexa wie groß ist die fläche von kanada | FB
out-of-domain | alexa welche sprache spricht man in belgien | FB
out-of-domain | alexa welche währung hat ungarn | FB
out-of-domain | alexa wie hoch ist die zugspitze | FB
out-of-domain | alexa was ist die hauptstadt von europa | FB
out-of-domain | alexa welche stadt ist die hauptstadt von afrika | FB
out-of-domain | alexa was ist die hauptstadt von asien | FB
out-of-domain | alexa was ist die größte stadt von australien | FB
out-of-domain | alexa wie weit ist es von berlin nach rom | FB
out-of-domain | alexa setz milch auf die einkaufsliste | FB
out-of-domain | alexa erinner mich morgen an den zahnarzttermin | FB
out-of-domain | alexa wie ist die vorwahl von österreich | FB
out-of-domain | alexa wer ist der bundeskanzler | FB
out-of-domain | alexa erzähl mir einen witz | FB
out-of-domain | alexa wie heißt der präsident von frankreich | FB
out-of-domain | alexa was bedeutet der name kopenhagen | FB
out-of-domain | alexa wann wurde berlin gegründet | FB
out-of-domain | alexa wie viele länder gibt es auf der welt | FB
out-of-domain | alexa welcher fluss fließt durch wien | FB
out-of-domain | alexa lauter | FB
out-of-domain | alexa leiser bitte | FB
out-of-domain | alexa wie war das bundesliga ergebnis von werder | FB
out-of-domain | alexa was läuft heute im fernsehen | FB
out-of-domain | alexa übersetz danke auf schwedisch | FB
out-of-domain | alexa wie heißt die hauptstadt von atlantis | FB
out-of-domain | alexa was ist die hauptstadt von mordor | FB
out-of-domain | alexa wo liegt die hauptstadt vom mond | FB
out-of-domain | alexa welche hauptstadt hat die meisten einwohner | FB
out-of-domain | alexa welche hauptstadt liegt am höchsten | FB
out-of-domain | alexa welche ist die kälteste hauptstadt der welt | FB
out-of-domain | alexa wie lange fliegt man nach bangkok | FB
out-of-domain | alexa bestell mir ein taxi | FB
out-of-domain | alexa ruf mama an | FB
out-of-domain | alexa wie ist die luftfeuchtigkeit | FB
out-of-domain | alexa schalte den fernseher ein | FB
out-of-domain | alexa was ist die hauptstadt vom fußball | FB
out-of-domain | alexa spiel die nationalhymne von schweden | FB
out-of-domain | alexa wie sagt man hallo auf georgisch | FB
out-of-domain | alexa was kostet ein flug nach kapstadt | FB
out-of-domain | alexa was ist die hauptstadt der liebe | FB
out-of-domain | alexa nenn mir eine stadt mit a | FB
out-of-domain | alexa wie alt ist der kölner dom | FB
out-of-domain | alexa wer hat die letzte wm gewonnen | FB
out-of-domain | alexa ist heute ein feiertag | FB
out-of-domain | alexa wie viel sind dreizehn mal siebzehn | FB
out-of-domain | alexa was ist die flagge von japan | FB
out-of-domain | alexa welche farben hat die flagge von litauen | FB
plural-capitals | alexa was sind die hauptstädte von südafrika | ZA
plural-capitals | alexa nenn mir alle drei hauptstädte von südafrika | ZA
plural-capitals | alexa südafrika hat doch drei hauptstädte welche sind das | ZA
plural-capitals | alexa wie heißen die südafrikanischen hauptstädte | ZA
plural-capitals | alexa welche hauptstädte hat südafrika eigentlich | ZA
plural-capitals | alexa die drei hauptstädte von südafrika bitte | ZA
plural-capitals | alexa sag mir beide hauptstädte von bolivien | BO
plural-capitals | alexa was sind die zwei hauptstädte von bolivien | BO
plural-capitals | alexa welche hauptstädte hat bolivien | BO
plural-capitals | alexa bolivien hat zwei hauptstädte oder wie heißen die | BO
plural-capitals | alexa wie heißen die hauptstädte von bolivien nochmal | BO
plural-capitals | alexa die hauptstädte von bolivien | BO
plural-capitals | alexa was sind die hauptstädte der niederlande | NL
plural-capitals | alexa die niederlande haben zwei hauptstädte oder | NL
plural-capitals | alexa welche beiden hauptstädte hat holland | NL
plural-capitals | alexa nenn mir die hauptstädte von den niederlanden | NL
plural-capitals | alexa amsterdam und den haag sind das beides hauptstädte der niederlande | NL
plural-capitals | alexa welche hauptstädte haben die niederlande | NL
plural-capitals | alexa was sind die hauptstädte von malaysia | MY
plural-capitals | alexa malaysia hat zwei hauptstädte welche | MY
plural-capitals | alexa wie heißen die beiden hauptstädte von malaysia | MY
plural-capitals | alexa kuala lumpur und putrajaya sind beide hauptstädte von malaysia oder | MY
plural-capitals | alexa welche hauptstädte hat malaysia | MY
plural-capitals | alexa zähl die hauptstädte von malaysia auf | MY
plural-capitals | alexa was sind die hauptstädte von benin | BJ
plural-capitals | alexa benin hat zwei hauptstädte welche sind das | BJ
plural-capitals | alexa wie heißen die beiden hauptstädte von benin | BJ
plural-capitals | alexa nenn mir die hauptstädte von benin | BJ
plural-capitals | alexa welche hauptstädte hat benin in westafrika | BJ
plural-capitals | alexa was sind die hauptstädte der elfenbeinküste | CI
plural-capitals | alexa die elfenbeinküste hat zwei hauptstädte welche | CI
plural-capitals | alexa wie heißen die hauptstädte von côte d'ivoire | CI
plural-capitals | alexa nenn mir beide hauptstädte der elfenbeinküste | CI
plural-capitals | alexa welche hauptstädte hat die elfenbeinküste | CI
plural-capitals | alexa was sind die hauptstädte von sri lanka | LK
plural-capitals | alexa sri lanka hat zwei hauptstädte oder | LK
plural-capitals | alexa wie heißen die beiden hauptstädte von sri lanka | LK
plural-capitals | alexa nenn mir die hauptstädte von sri lanka | LK
plural-capitals | alexa welche hauptstädte hat sri lanka | LK
plural-capitals | alexa was sind die hauptstädte von eswatini | SZ
plural-capitals | alexa eswatini hat doch zwei hauptstädte welche | SZ
plural-capitals | alexa wie heißen die hauptstädte von swasiland | SZ
plural-capitals | alexa nenn mir beide hauptstädte von eswatini | SZ
plural-capitals | alexa welche hauptstädte hat eswatini | SZ
plural-capitals | alexa welche zwei städte sind hauptstadt von swasiland | SZ
plural-capitals | alexa welche zwei städte sind die hauptstädte von sri lanka | LK
plural-capitals | alexa welche zwei städte sind die hauptstädte von benin | BJ
plural-capitals | alexa welche städte sind alle hauptstadt in südafrika | ZA
plural-capitals | alexa zähl mal die hauptstädte der elfenbeinküste auf | CI
help | alexa hilfe | HELP
help | alexa was kann ich dich bei hauptstädte der welt fragen | HELP
help | alexa wie funktioniert das hier | HELP
help | alexa ich weiß nicht was ich sagen soll | HELP
help | alexa hilf mir mal | HELP
help | alexa was kann ich hier machen | HELP
help | alexa erklär mir das spiel | HELP
help | alexa wie geht das | HELP
help | alexa was muss ich sagen | HELP
help | alexa ich brauch hilfe mit dem skill | HELP
help | alexa wie frag ich nach einer hauptstadt | HELP
help | alexa was kannst du alles | HELP
help | alexa kannst du mir helfen | HELP
help | alexa ich komm nicht weiter | HELP
help | alexa wie benutz ich hauptstädte der welt | HELP
help | alexa was für fragen verstehst du | HELP
help | alexa gib mir ein beispiel | HELP
help | alexa hilfe bitte ich check das nicht | HELP
help | alexa was soll ich jetzt fragen | HELP
help | alexa erklär mal wie das geht | HELP
help | alexa ich versteh das nicht | HELP
help | alexa was kann man hier fragen | HELP
help | alexa welche befehle gibt es | HELP
help | alexa anleitung bitte | HELP
help | alexa wie war das nochmal mit dem fragen | HELP
stop | alexa stopp | STOP
stop | alexa stop | STOP
stop | alexa hör auf | STOP
stop | alexa das reicht | STOP
stop | alexa genug jetzt | STOP
stop | alexa beenden | STOP
stop | alexa schluss | STOP
stop | alexa sei still | STOP
stop | alexa aus | STOP
stop | alexa danke das wars | STOP
stop | alexa tschüss | STOP
stop | alexa ende | STOP
stop | alexa ich bin fertig | STOP
stop | alexa beende hauptstädte der welt | STOP
stop | alexa ruhe jetzt | STOP
stop | alexa halt stopp | STOP
stop | alexa okay danke mehr will ich nicht wissen | STOP
stop | alexa gut das wars dann | STOP
stop | alexa mach aus | STOP
stop | alexa schluss für heute | STOP
stop | alexa feierabend | STOP
stop | alexa wir hören auf | STOP
stop | alexa jetzt ist gut | STOP
stop | alexa das wars danke dir | STOP
stop | alexa schließ hauptstädte der welt | STOP
cancel | alexa abbrechen | CANCEL
cancel | alexa abbruch | CANCEL
cancel | alexa vergiss es | CANCEL
cancel | alexa egal | CANCEL
cancel | alexa ach lass | CANCEL
cancel | alexa lass mal | CANCEL
cancel | alexa doch nicht | CANCEL
cancel | alexa nee doch nicht | CANCEL
cancel | alexa brich ab | CANCEL
cancel | alexa vergiss die frage | CANCEL
cancel | alexa nicht so wichtig | CANCEL
cancel | alexa hat sich erledigt | CANCEL
cancel | alexa schon gut | CANCEL
cancel | alexa abbrechen bitte | CANCEL
cancel | alexa ne lass gut sein | CANCEL
cancel | alexa war nix | CANCEL
cancel | alexa annullieren | CANCEL
cancel | alexa storno | CANCEL
cancel | alexa vergiss was ich gesagt hab | CANCEL
cancel | alexa kommando zurück | CANCEL
cancel | alexa ach vergiss es einfach | CANCEL
cancel | alexa nein abbrechen | CANCEL
cancel | alexa lass stecken | CANCEL
cancel | alexa brich das ab | CANCEL
cancel | alexa ich hab mich vertan abbrechen | CANCEL
launch | alexa öffne hauptstädte der welt | LAUNCH
launch | alexa starte hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt öffnen | LAUNCH
launch | alexa hauptstädte der welt starten | LAUNCH
launch | alexa mach hauptstädte der welt auf | LAUNCH
launch | alexa spiel hauptstädte der welt | LAUNCH
launch | alexa ich will hauptstädte der welt | LAUNCH
launch | alexa lass uns hauptstädte der welt spielen | LAUNCH
launch | alexa öffne bitte hauptstädte der welt | LAUNCH
launch | alexa kannst du hauptstädte der welt öffnen | LAUNCH
launch | alexa ich möchte hauptstädte der welt benutzen | LAUNCH
launch | alexa geh zu hauptstädte der welt | LAUNCH
launch | alexa ruf hauptstädte der welt auf | LAUNCH
launch | alexa aktiviere hauptstädte der welt | LAUNCH
launch | alexa frag hauptstädte der welt | LAUNCH
launch | alexa öffne mal den skill hauptstädte der welt | LAUNCH
launch | alexa starte den skill hauptstädte der welt | LAUNCH
launch | alexa los hauptstädte der welt | LAUNCH
launch | alexa wir machen hauptstädte der welt | LAUNCH
launch | alexa bitte hauptstädte der welt starten | LAUNCH
launch | alexa hauptstädte der welt bitte | LAUNCH
launch | alexa öffne die hauptstädte der welt | LAUNCH
launch | alexa starte mal die hauptstädte der welt | LAUNCH
launch | alexa guten morgen öffne hauptstädte der welt | LAUNCH
launch | alexa hallo hauptstädte der welt | LAUNCH
launch | alexa ich hätte gern hauptstädte der welt | LAUNCH
launch | alexa schalte hauptstädte der welt ein | LAUNCH
launch | alexa hol mir hauptstädte der welt | LAUNCH
launch | alexa benutze hauptstädte der welt | LAUNCH
launch | alexa öffne hauptstädte der welt für mich | LAUNCH
launch | alexa mach mal die hauptstädte der welt an | LAUNCH
launch | alexa starte bitte den hauptstädte der welt skill | LAUNCH
launch | alexa lade hauptstädte der welt | LAUNCH
launch | alexa hey öffne hauptstädte der welt | LAUNCH
follow-up | und {} | lettland=LV; estland=EE; litauen=LT
follow-up | und was ist mit {} | bhutan=BT; nepal=NP; laos=LA
follow-up | und wie ist es bei {} | kirgisistan=KG; tadschikistan=TJ; usbekistan=UZ
follow-up | und die von {} | jemen=YE; oman=OM; katar=QA
follow-up | jetzt noch {} | gambia=GM; senegal=SN; mali=ML
follow-up | und {} bitte | nordkorea=KP; südkorea=KR; palästina=PS
follow-up | und was ist mit dem kongo mit kinshasa | CD
follow-up | und die republik kongo | CG
follow-up | okay und belarus | BY
follow-up | und weißrussland | BY
follow-up | gut und moldawien | MD
follow-up | und wie sieht's mit montenegro aus | ME
follow-up | und dann noch slowenien | SI
follow-up | und von bosnien | BA
follow-up | und die slowakei | SK
follow-up | und bei uns in deutschland | DE
follow-up | und von österreich | AT
follow-up | und bahrain | BH
follow-up | und kuwait | KW
follow-up | was ist mit jordanien | JO
follow-up | und libanon | LB
follow-up | und noch turkmenistan | TM
follow-up | und aserbaidschan | AZ
follow-up | und armenien dann | AM
follow-up | und malawi | MW
follow-up | und sambia | ZM
follow-up | und simbabwe | ZW
follow-up | und mosambik | MZ
follow-up | und die hauptstadt von angola | AO
follow-up | und botswana | BW
follow-up | und namibia noch | NA
follow-up | und lesotho | LS
follow-up | und dann madagaskar | MG
follow-up | okay und mauritius | MU
follow-up | und die seychellen | SC
follow-up | und die komoren | KM
yes-no-check | alexa ist {} die hauptstadt von australien | sydney=AU; canberra=AU; melbourne=AU
yes-no-check | alexa stimmt es dass {} die hauptstadt der türkei ist | istanbul=TR; ankara=TR
yes-no-check | alexa ist rio die hauptstadt von brasilien | BR
yes-no-check | alexa ist brasilia die hauptstadt von brasilien | BR
yes-no-check | alexa ist zürich die hauptstadt der schweiz | CH
yes-no-check | alexa stimmt es dass bern die hauptstadt der schweiz ist | CH
yes-no-check | alexa ist toronto die hauptstadt von kanada | CA
yes-no-check | alexa ist new york die hauptstadt der usa | US
yes-no-check | alexa ist washington die hauptstadt von amerika | US
yes-no-check | alexa ist lagos die hauptstadt von nigeria | NG
yes-no-check | alexa ist casablanca die hauptstadt von marokko | MA
yes-no-check | alexa ist rabat die hauptstadt von marokko richtig | MA
yes-no-check | alexa ist dubai die hauptstadt der emirate | AE
yes-no-check | alexa ist abu dhabi die hauptstadt der vereinigten arabischen emirate | AE
yes-no-check | alexa stimmt es dass auckland die hauptstadt von neuseeland ist | NZ
yes-no-check | alexa ist wellington die hauptstadt von neuseeland | NZ
yes-no-check | alexa ist almaty die hauptstadt von kasachstan | KZ
yes-no-check | alexa ist ho chi minh stadt die hauptstadt von vietnam | VN
yes-no-check | alexa ist hanoi die hauptstadt von vietnam | VN
yes-no-check | alexa ist yangon die hauptstadt von myanmar | MM
yes-no-check | alexa ist dar es salaam die hauptstadt von tansania | TZ
yes-no-check | alexa ist jerusalem die hauptstadt von israel | IL
yes-no-check | alexa ist tel aviv die hauptstadt von israel | IL
yes-no-check | alexa ist ramallah die hauptstadt von palästina | PS
yes-no-check | alexa ist seoul die hauptstadt von nordkorea | KP
yes-no-check | alexa ist pjöngjang die hauptstadt von südkorea | KR
yes-no-check | alexa ist kinshasa die hauptstadt vom kongo | CD
yes-no-check | alexa ist brazzaville die hauptstadt der republik kongo | CG
yes-no-check | alexa ist la paz die hauptstadt von bolivien | BO
yes-no-check | alexa ist genf die hauptstadt der schweiz | CH
yes-no-check | alexa ist krakau die hauptstadt von polen | PL
yes-no-check | alexa ist st petersburg die hauptstadt von russland | RU
yes-no-check | alexa ist karachi die hauptstadt von pakistan | PK
yes-no-check | alexa ist mumbai die hauptstadt von indien | IN
yes-no-check | alexa ist belize city die hauptstadt von belize | BZ
self-correction | alexa was ist die hauptstadt von österreich nein ich meine australien | AU
self-correction | alexa hauptstadt von schweden äh nein von der schweiz | CH
self-correction | alexa was ist die hauptstadt von slowenien ne slowakei | SK
self-correction | alexa hauptstadt von island oder nee irland | IE
self-correction | alexa die hauptstadt von nigeria nein niger | NE
self-correction | alexa was ist die hauptstadt von guinea ach nein guinea-bissau | GW
self-correction | alexa hauptstadt von gambia sorry ich meinte sambia | ZM
self-correction | alexa was ist die hauptstadt von paraguay nein uruguay | UY
self-correction | alexa hauptstadt von iran quatsch irak | IQ
self-correction | alexa was ist die hauptstadt von nordkorea ne südkorea mein ich | KR
self-correction | alexa was ist die hauptstadt von südkorea ähm nordkorea | KP
self-correction | alexa hauptstadt von kongo brazzaville nein der demokratischen republik | CD
self-correction | alexa hauptstadt der demokratischen republik kongo ach nee der republik kongo | CG
self-correction | alexa was ist die hauptstadt von dominica nein der dominikanischen republik | DO
self-correction | alexa was ist die hauptstadt von mauretanien äh mauritius | MU
self-correction | alexa hauptstadt von lettland nein litauen | LT
self-correction | alexa was ist die hauptstadt von libyen nein libanon | LB
self-correction | alexa die hauptstadt von tschad nein sudan | SD
self-correction | alexa was ist die hauptstadt vom sudan ich meine südsudan | SS
self-correction | alexa hauptstadt von armenien nein albanien | AL
self-correction | alexa was ist die hauptstadt von kolumbien äh kambodscha | KH
self-correction | alexa hauptstadt von serbien nein sibirien quatsch syrien | SY
self-correction | alexa was ist die hauptstadt von tunesien also nein tansania | TZ
self-correction | alexa hauptstadt von honduras nein ich meine haiti | HT
self-correction | alexa was ist die hauptstadt von malta nein malawi | MW
self-correction | alexa hauptstadt von ecuador warte el salvador | SV
reverse-question | alexa welches land hat {} als hauptstadt | nairobi=CITY:Nairobi; lima=CITY:Lima; hanoi=CITY:Hanoi
reverse-question | alexa von welchem land ist {} die hauptstadt | ouagadougou=CITY:Ouagadougou; tegucigalpa=CITY:Tegucigalpa; ulan bator=CITY:Ulaanbaatar
reverse-question | alexa {} ist die hauptstadt von welchem land | reykjavik=CITY:Reykjavík; tiflis=CITY:Tiflis; eriwan=CITY:Eriwan
reverse-question | alexa wo ist canberra hauptstadt | CITY:Canberra
reverse-question | alexa zu welchem land gehört die hauptstadt bischkek | CITY:Bischkek
reverse-question | alexa welches land hat die hauptstadt windhoek | CITY:Windhoek
reverse-question | alexa welches land regiert man von kigali aus | CITY:Kigali
reverse-question | alexa wessen hauptstadt ist vientiane | CITY:Vientiane
reverse-question | alexa duschanbe ist hauptstadt von was | CITY:Duschanbe
reverse-question | alexa welches land hat pjöngjang als hauptstadt | CITY:Pjöngjang
reverse-question | alexa seoul ist die hauptstadt von welchem land | CITY:Seoul
reverse-question | alexa von welchem land ist kinshasa die hauptstadt | CITY:Kinshasa
reverse-question | alexa brazzaville ist hauptstadt von welchem land | CITY:Brazzaville
reverse-question | alexa welches land hat ramallah als hauptstadt | CITY:Ramallah
reverse-question | alexa zu welchem land gehört paramaribo | CITY:Paramaribo
reverse-question | alexa georgetown ist die hauptstadt von welchem land | CITY:Georgetown
reverse-question | alexa von welchem land ist belmopan die hauptstadt | CITY:Belmopan
reverse-question | alexa welches land hat maseru als hauptstadt | CITY:Maseru
reverse-question | alexa wessen hauptstadt ist thimphu | CITY:Thimphu
reverse-question | alexa welches land hat die hauptstadt asmara | CITY:Asmara
reverse-question | alexa welchem land gehört die hauptstadt nouakchott | CITY:Nouakchott
reverse-question | alexa welches land hat sucre als hauptstadt | CITY:Sucre
reverse-question | alexa wo ist lilongwe die hauptstadt | CITY:Lilongwe
reverse-question | alexa von wo ist port moresby die hauptstadt | CITY:Port Moresby
reverse-question | alexa welches land hat funafuti als hauptstadt | CITY:Funafuti
reverse-question | alexa welcher staat hat die hauptstadt montevideo | CITY:Montevideo
reverse-question | alexa welches land regiert aus naypyidaw | CITY:Naypyidaw
reverse-question | alexa tirana ist hauptstadt von welchem land | CITY:Tirana
official-name | alexa was ist die hauptstadt der {} | bundesrepublik deutschland=DE; republik österreich=AT; schweizerischen eidgenossenschaft=CH
official-name | alexa hauptstadt vom {} | königreich belgien=BE; königreich der niederlande=NL; großherzogtum luxemburg=LU
official-name | alexa was ist die hauptstadt des {} | königreichs norwegen=NO; königreichs dänemark=DK; fürstentums liechtenstein=LI
official-name | alexa was ist die hauptstadt der vereinigten staaten von amerika | US
official-name | alexa was ist die hauptstadt vom vereinigten königreich großbritannien und nordirland | GB
official-name | alexa was ist die hauptstadt der russischen föderation | RU
official-name | alexa hauptstadt der volksrepublik china | CN
official-name | alexa was ist die hauptstadt der demokratischen volksrepublik korea | KP
official-name | alexa was ist die hauptstadt der republik korea | KR
official-name | alexa hauptstadt der demokratischen republik kongo | CD
official-name | alexa was ist die hauptstadt der republik kongo | CG
official-name | alexa was ist die hauptstadt vom staat palästina | PS
official-name | alexa was ist die hauptstadt der islamischen republik iran | IR
official-name | alexa was ist die hauptstadt der islamischen republik pakistan | PK
official-name | alexa hauptstadt der arabischen republik ägypten | EG
official-name | alexa was ist die hauptstadt des haschemitischen königreichs jordanien | JO
official-name | alexa was ist die hauptstadt der föderativen republik brasilien | BR
official-name | alexa was ist die hauptstadt der vereinigten mexikanischen staaten | MX
official-name | alexa was ist die hauptstadt der republik der union myanmar | MM
official-name | alexa was ist die hauptstadt der sozialistischen republik vietnam | VN
official-name | alexa was ist die hauptstadt der demokratischen bundesrepublik äthiopien | ET
official-name | alexa was ist die hauptstadt der vereinigten republik tansania | TZ
official-name | alexa was ist die hauptstadt vom unabhängigen staat samoa | WS
official-name | alexa was ist die hauptstadt der föderierten staaten von mikronesien | FM
official-name | alexa was ist die hauptstadt der bolivarischen republik venezuela | VE
official-name | alexa was ist die hauptstadt des plurinationalen staates bolivien | BO
official-name | alexa was ist die hauptstadt der republik der marshallinseln | MH
official-name | alexa was ist die hauptstadt des königreichs saudi-arabien | SA
official-name | alexa was ist die hauptstadt der orientalischen republik uruguay | UY
everyday-name | alexa was ist eigentlich die hauptstadt von {} | holland=NL; england=GB-ENG; amerika=US
everyday-name | alexa wie heißt die hauptstadt von {} nochmal | weißrussland=BY; burma=MM; persien=IR
everyday-name | alexa weißt du die hauptstadt von {} | ceylon=LK; swasiland=SZ; zaire=CD
everyday-name | alexa was ist die hauptstadt von tschechei | CZ
everyday-name | alexa hauptstadt von der tschechischen republik | CZ
everyday-name | alexa was ist die hauptstadt von mazedonien | MK
everyday-name | alexa hauptstadt von osttimor | TL
everyday-name | alexa was ist die hauptstadt von kap verde | CV
everyday-name | alexa was ist die hauptstadt der elfenbeinküste | CI
everyday-name | alexa was ist die hauptstadt von moldawien | MD
everyday-name | alexa was ist die hauptstadt von den emiraten | AE
everyday-name | alexa was ist die hauptstadt von großbritannien | GB
everyday-name | alexa was ist die hauptstadt von den staaten | US
everyday-name | alexa hauptstadt von kirgisien | KG
everyday-name | alexa was ist die hauptstadt von kampuchea | KH
everyday-name | alexa was ist die hauptstadt von siam | TH
everyday-name | alexa was ist die hauptstadt von abessinien | ET
everyday-name | alexa was ist die hauptstadt von der türkei | TR
everyday-name | alexa was ist die hauptstadt von türkiye | TR
everyday-name | alexa was ist die hauptstadt von nordkorea | KP
everyday-name | alexa hauptstadt von südkorea | KR
everyday-name | alexa was ist die hauptstadt vom vatikan | VA
everyday-name | alexa was ist die hauptstadt von westsamoa | WS
everyday-name | alexa was ist die hauptstadt von rhodesien | ZW
everyday-name | alexa was ist die hauptstadt von bechuanaland | BW
everyday-name | alexa was ist die hauptstadt von der ddr | FB
everyday-name | alexa was ist die hauptstadt von palästina | PS
shared-name | alexa was ist die hauptstadt von korea | KP+KR
shared-name | alexa was ist die hauptstadt vom kongo | CD+CG
shared-name | alexa hauptstadt von georgien | GE
shared-name | alexa was ist die hauptstadt von georgia in den usa | US-GA
shared-name | alexa was ist die hauptstadt vom bundesstaat georgia | US-GA
shared-name | alexa was ist die hauptstadt von georgien am schwarzen meer | GE
shared-name | alexa was ist die hauptstadt von guinea | GN
shared-name | alexa was ist die hauptstadt von neuguinea | PG
shared-name | alexa hauptstadt von äquatorialguinea | GQ
shared-name | alexa was ist die hauptstadt von luxemburg | LU
shared-name | alexa was ist die hauptstadt von mexiko | MX
shared-name | alexa was ist die hauptstadt von washington | US-WA
shared-name | alexa was ist die hauptstadt vom staat new york | US-NY
shared-name | alexa was ist die hauptstadt von dominica der insel | DM
shared-name | alexa was ist die hauptstadt von sudan nicht südsudan | SD
shared-name | alexa hauptstadt von samoa | WS
shared-name | alexa was ist die hauptstadt von amerikanisch-samoa | AS
shared-name | alexa was ist die hauptstadt vom kleinen kongo | CG
shared-name | alexa was ist die hauptstadt vom großen kongo | CD
shared-name | alexa was ist die hauptstadt von mazedonien in griechenland | FB
shared-name | alexa was ist die hauptstadt von irland der insel | IE
shared-name | alexa was ist die hauptstadt von niger nicht nigeria | NE
shared-name | alexa was ist die hauptstadt von virginia | US-VA
shared-name | alexa was ist die hauptstadt von west virginia | US-WV
bremen | alexa moin sag mal was ist die hauptstadt von {} | norwegen=NO; island=IS; finnland=FI
bremen | alexa moin moin wie heißt die hauptstadt von {} | dänemark=DK; schweden=SE; estland=EE
bremen | alexa ich sitz hier am weserufer was ist die hauptstadt von {} | portugal=PT; irland=IE; malta=MT
bremen | alexa moin hauptstadt von den niederlanden is amsterdam oder den haag | NL
bremen | alexa die stadtmusikanten kommen ja aus bremen aber was ist die hauptstadt von bremen | DE-HB
bremen | alexa is bremen eigentlich die hauptstadt von niedersachsen | DE-NI
bremen | alexa wir fahren mit der fähre nach helgoland und danach nach england was ist die hauptstadt von england | GB-ENG
bremen | alexa beim schaffermahl hat einer gefragt was die hauptstadt von ghana is | GH
bremen | alexa moin was ist die hauptstadt vom kongo wo kinshasa liegt | CD
bremen | alexa wie heißt die hauptstadt von südafrika die mehreren mein ich | ZA
bremen | alexa moin ich hab klönschnack mit meiner nachbarin was ist die hauptstadt von kenia | KE
bremen | alexa das is bannig schwer was ist die hauptstadt von madagaskar | MG
bremen | alexa sach ma was is die hauptstadt von argentinien | AR
bremen | alexa öffne hauptstädte der welt moin | LAUNCH
bremen | alexa nu is aber gut hör auf | STOP
bremen | alexa lass man das is nich so wichtig | CANCEL
bremen | alexa wie wird das wetter beim freimarkt | FB
bremen | alexa wann spielt werder am samstag | FB
bremen | alexa was ist die hauptstadt von der stadt bremerhaven | FB
bremen | alexa moin welche stadt ist hauptstadt von chile | CL
bremen | alexa ich komm grad vom schnoor was ist die hauptstadt von peru | PE
bremen | alexa hauptstadt von kolumbien moin | CO
kurpfalz | alexa alla sag mol was is die hauptstadt vun {} | frankreich=FR; spanien=ES; italien=IT
kurpfalz | alexa ajo un die hauptstadt vun {} | griechenland=GR; zypern=CY; bulgarien=BG
kurpfalz | alexa in monnem frooge mer uns was is die hauptstadt vun {} | rumänien=RO; ungarn=HU; kroatien=HR
kurpfalz | alexa alla hopp was is die hauptstadt vun rheinland-pfalz | DE-RP
kurpfalz | alexa is heidelberg die hauptstadt vun baden-württemberg | DE-BW
kurpfalz | alexa isch wott wisse wie die hauptstadt vun albanien heißt | AL
kurpfalz | alexa ajo die hauptstädt vun bolivien alle zwee | BO
kurpfalz | alexa was is die hauptstadt vun de kurpfalz | FB
kurpfalz | alexa uff em maimarkt hot aaner gfroocht was die hauptstadt vun tunesien is | TN
kurpfalz | alexa die hauptstadt vun algerien bitte | DZ
kurpfalz | alexa alla mach mol hauptstädte der welt uff | LAUNCH
kurpfalz | alexa alla des langt jetzt | STOP
kurpfalz | alexa ach losses | CANCEL
kurpfalz | alexa was kann isch do alles frooge | HELP
kurpfalz | alexa was koscht e schorle in de kneip | FB
kurpfalz | alexa ajo was is die hauptstadt vun libyen | LY
kurpfalz | alexa un vun ägypte die hauptstadt | EG
kurpfalz | alexa wie heißt die hauptstadt vun kuba | CU
kurpfalz | alexa is schwetzinge e hauptstadt | FB
kurpfalz | alexa alla die hauptstadt vun nordkorea | KP
ostwestfalen | alexa sach ma getz was ist die hauptstadt von {} | polen=PL; tschechien=CZ; slowakei=SK
ostwestfalen | alexa nä ne watt is die hauptstadt von {} | lettland=LV; litauen=LT; weißrussland=BY
ostwestfalen | alexa getz mal im ernst welche stadt ist hauptstadt von {} | ukraine=UA; georgien=GE; armenien=AM
ostwestfalen | alexa bielefeld gibt es ja nicht aber was ist die hauptstadt von nordrhein-westfalen | DE-NW
ostwestfalen | alexa getz sach schon was ist die hauptstadt von aserbaidschan | AZ
ostwestfalen | alexa schönen tach was ist die hauptstadt von kasachstan | KZ
ostwestfalen | alexa watt is denn die hauptstadt von der mongolei | MN
ostwestfalen | alexa bei uns in lippe fragt man sich was die hauptstadt von lippe ist | FB
ostwestfalen | alexa getz noch mal die hauptstadt von südkorea | KR
ostwestfalen | alexa na dann mach ma hauptstädte der welt auf | LAUNCH
ostwestfalen | alexa getz is aber gut | STOP
ostwestfalen | alexa nä lass ma | CANCEL
ostwestfalen | alexa watt kann ich dich getz fragen | HELP
ostwestfalen | alexa wann hat arminia das nächste heimspiel | FB
ostwestfalen | alexa was ist die hauptstadt von paderborn | FB
ostwestfalen | alexa is minsk die hauptstadt von belarus ja oder nä | BY
ostwestfalen | alexa sach ma die hauptstädte von malaysia | MY
ostwestfalen | alexa getz die hauptstadt von sri lanka | LK
ostwestfalen | alexa watt is die hauptstadt von taiwan | TW
mosel | alexa sach mol wat is die hauptstadt vun {} | luxemburg=LU; belgien=BE; monaco=MC
mosel | alexa bei der weinlese wollt einer wissen wat die hauptstadt vun {} is | andorra=AD; san marino=SM; liechtenstein=LI
mosel | alexa mir sin an der mosel wat is die hauptstadt vun {} | slowenien=SI; montenegro=ME; serbien=RS
mosel | alexa hauptstadt vum großherzogtum luxemburg | LU
mosel | alexa is trier net die älteste stadt wat is die hauptstadt vun rheinland-pfalz | DE-RP
mosel | alexa dat is mir zu hoch wat is die hauptstadt vun der elfenbeinküste | CI
mosel | alexa wat sin die hauptstädt vun der elfenbeinküste | CI
mosel | alexa die hauptstadt vum saarland nebenan | DE-SL
mosel | alexa wat is die hauptstadt vun der eifel | FB
mosel | alexa wat is die hauptstadt vun vatikanstadt | VA
mosel | alexa mach mol hauptstädte der welt an | LAUNCH
mosel | alexa dat reicht jetzt | STOP
mosel | alexa loss et | CANCEL
mosel | alexa wat kann ich dich froon | HELP
mosel | alexa wie warm wird et morgen in bernkastel | FB
mosel | alexa wat is die hauptstadt vun bosnien | BA
mosel | alexa wat is die hauptstadt vun nordmazedonien | MK
mosel | alexa un vum kosovo | XK
mosel | alexa wat is die hauptstadt vun riesling | FB
oberpfalz | alexa oiso wos is die hauptstadt vo {} | tschechien=CZ; österreich=AT; ungarn=HU
oberpfalz | alexa gell wia hoaßt die hauptstadt vo {} | japan=JP; china=CN; indien=IN
oberpfalz | alexa in rengschburg frogt mei bua wos die hauptstadt vo {} is | thailand=TH; vietnam=VN; kambodscha=KH
oberpfalz | alexa oiso de hauptstadt vo bayern is doch münchen oder | DE-BY
oberpfalz | alexa is regensburg a hauptstadt | FB
oberpfalz | alexa wos san de hauptstädt vo südafrika | ZA
oberpfalz | alexa oiso jetzt de hauptstadt vo de philippinen | PH
oberpfalz | alexa wia hoaßt de hauptstadt vo indonesien | ID
oberpfalz | alexa gell mach amoi hauptstädte der welt auf | LAUNCH
oberpfalz | alexa etz is gnua | STOP
oberpfalz | alexa lass guad sei | CANCEL
oberpfalz | alexa wos konn i di do frogn | HELP
oberpfalz | alexa wann fahrt da bus nach weiden | FB
oberpfalz | alexa oiso wos is de hauptstadt vo da oberpfalz | FB
oberpfalz | alexa de hauptstadt vo myanmar oiso burma | MM
oberpfalz | alexa wos is de hauptstadt vo laos gell | LA
oberpfalz | alexa hauptstadt vo brunei | BN
oberpfalz | alexa und wos is mit singapur | SG
stgallen | alexa grüezi was isch d hauptstadt vo {} | liechtenstein=LI; österreich=AT; deutschland=DE
stgallen | alexa säg mer d hauptstadt vo {} | kanada=CA; mexiko=MX; kuba=CU
stgallen | alexa was isch d hauptstadt vo {} gäll | neuseeland=NZ; australien=AU; fidschi=FJ
stgallen | alexa isch bern würkli d hauptstadt vo de schwiiz | CH
stgallen | alexa was isch d hauptstadt vom kanton thurgau | FB
stgallen | alexa grüezi d hauptstadt vo holland | NL
stgallen | alexa was sind d hauptstädt vo de niederlande | NL
stgallen | alexa mach hauptstädte der welt uf | LAUNCH
stgallen | alexa isch guet hör uf | STOP
stgallen | alexa vergiss es grad | CANCEL
stgallen | alexa was chan ich di frage | HELP
stgallen | alexa wie wird s wätter am bodesee | FB
stgallen | alexa was isch d hauptstadt vo nordkorea | KP
stgallen | alexa was isch d hauptstadt vo vanuatu | VU
stgallen | alexa d hauptstadt vo tonga gäll | TO
stgallen | alexa was isch d hauptstadt vo de salomone | SB
erzgebirge | alexa glück auf nu sag mal was is die hauptstadt von {} | polen=PL; slowakei=SK; rumänien=RO
erzgebirge | alexa nu gugge ma was is die hauptstadt von {} | norwegen=NO; schweden=SE; dänemark=DK
erzgebirge | alexa nu was is denn die hauptstadt von sachsen | DE-SN
erzgebirge | alexa is chemnitz die hauptstadt von sachsen | DE-SN
erzgebirge | alexa nu was is die hauptstadt von kuba wo mer früher hin durften | CU
erzgebirge | alexa nu die hauptstadt von vietnam | VN
erzgebirge | alexa was is die hauptstadt von mosambik nu | MZ
erzgebirge | alexa glück auf starte hauptstädte der welt | LAUNCH
erzgebirge | alexa nu is aber schluss | STOP
erzgebirge | alexa nu lass ma stecken | CANCEL
erzgebirge | alexa nu wie geht'n das hier | HELP
erzgebirge | alexa wann is die mettenschicht in annaberg | FB
erzgebirge | alexa was is die hauptstadt vom erzgebirge | FB
erzgebirge | alexa nu die hauptstadt von angola | AO
erzgebirge | alexa nu und äthiopien | ET
erzgebirge | alexa nu was is die hauptstadt von der mongolei | MN
flensburg | alexa moin hej was ist die hauptstadt von {} | dänemark=DK; grönland=GL; island=IS
flensburg | alexa moin tak was ist die hauptstadt von {} | schweden=SE; norwegen=NO; finnland=FI
flensburg | alexa moin was ist die landeshauptstadt von schleswig-holstein | DE-SH
flensburg | alexa is kiel oder flensburg die hauptstadt von schleswig-holstein | DE-SH
flensburg | alexa hej alexa hauptstadt von den färöern | FO
flensburg | alexa wir fahrn über die grenze was ist die hauptstadt von dänemark | DK
flensburg | alexa moin hauptstadt von estland | EE
flensburg | alexa hej öffne hauptstädte der welt | LAUNCH
flensburg | alexa tak dat wars | STOP
flensburg | alexa hej lass mal | CANCEL
flensburg | alexa wie kann ich dich was fragen moin | HELP
flensburg | alexa wie viel kostet flens im kasten | FB
flensburg | alexa was ist die hauptstadt von südschleswig | FB
flensburg | alexa moin was ist die hauptstadt von lettland | LV
flensburg | alexa moin hauptstadt von litauen | LT
lausitz | alexa dobry dzen was ist die hauptstadt von {} | polen=PL; tschechien=CZ; slowakei=SK
lausitz | alexa nu sag mal was is die hauptstadt von brandenburg | DE-BB
lausitz | alexa is cottbus die hauptstadt von brandenburg | DE-BB
lausitz | alexa was ist die hauptstadt von der lausitz nu | FB
lausitz | alexa in bautzen fragt oma was die hauptstadt von sachsen is | DE-SN
lausitz | alexa nu was is die hauptstadt von serbien | RS
lausitz | alexa dzakuju und was is die hauptstadt von slowenien | SI
lausitz | alexa dobry dzen starte hauptstädte der welt | LAUNCH
lausitz | alexa nu reicht's | STOP
lausitz | alexa nu lass sein | CANCEL
lausitz | alexa was kann ich fragen nu | HELP
lausitz | alexa wie lange fährt man vom spreewald nach berlin | FB
lausitz | alexa was ist die hauptstadt der sorben | FB
lausitz | alexa nu die hauptstadt von kroatien | HR
lausitz | alexa und bosnien und herzegowina | BA
lausitz | alexa was is die hauptstadt von montenegro nu | ME
schwedisch | alexa hej was ist die hauptstadt von {} | schweden=SE; finnland=FI; norwegen=NO
schwedisch | alexa tack und was ist hauptstadt von {} | island=IS; estland=EE; lettland=LV
schwedisch | alexa ursäkta welche stadt ist die hauptstadt von {} | dänemark=DK; polen=PL; litauen=LT
schwedisch | alexa hej hej die hauptstadt von den niederlanden sind zwei oder | NL
schwedisch | alexa ich bin schwede und will wissen die hauptstadt von schottland | GB-SCT
schwedisch | alexa hej ist stockholm die hauptstadt von schweden ja | SE
schwedisch | alexa tack så mycket und die hauptstadt von nordkorea | KP
schwedisch | alexa hej öffne hauptstädte der welt tack | LAUNCH
schwedisch | alexa det räcker stopp | STOP
schwedisch | alexa nej nej vergiss das | CANCEL
schwedisch | alexa hej wie benutze ich das hilfe | HELP
schwedisch | alexa wann öffnet ikea in bremen | FB
schwedisch | alexa was ist die hauptstadt von lappland | FB
schwedisch | alexa hej was ist die hauptstadt von kanada | CA
schwedisch | alexa die hauptstadt von neuseeland tack | NZ
schwedisch | alexa hej hauptstadt von südkorea bitte | KR
aegyptisch | alexa ya salam was ist die hauptstadt von {} | ägypten=EG; sudan=SD; libyen=LY
aegyptisch | alexa mashi und die hauptstadt von {} | saudi-arabien=SA; jordanien=JO; syrien=SY
aegyptisch | alexa sag mir bitte hauptstadt von {} habibi | irak=IQ; kuwait=KW; bahrain=BH
aegyptisch | alexa ist kairo hauptstadt von ägypten oder alexandria | EG
aegyptisch | alexa was ist hauptstadt von palästina bitte | PS
aegyptisch | alexa ya rabb welche hauptstadt hat der jemen | YE
aegyptisch | alexa mashi mashi die hauptstadt von südsudan | SS
aegyptisch | alexa hauptstadt von oman wallahi ich vergesse immer | OM
aegyptisch | alexa öffne hauptstädte der welt yalla | LAUNCH
aegyptisch | alexa khalas stopp | STOP
aegyptisch | alexa khalas khalas vergiss es | CANCEL
aegyptisch | alexa ya alexa wie funktioniert das | HELP
aegyptisch | alexa wann ist heute maghrib | FB
aegyptisch | alexa was ist die hauptstadt von nubien | FB
aegyptisch | alexa hauptstadt von eritrea mashi | ER
aegyptisch | alexa ya salam hauptstadt von dschibuti | DJ
aegyptisch | alexa was ist hauptstadt von katar | QA
pakistanisch | alexa achha was ist die hauptstadt von {} | pakistan=PK; afghanistan=AF; iran=IR
pakistanisch | alexa bhai sag mal hauptstadt von {} | indien=IN; bangladesch=BD; nepal=NP
pakistanisch | alexa shukriya und was ist hauptstadt von {} | sri lanka=LK; malediven=MV; bhutan=BT
pakistanisch | alexa ist islamabad oder karachi die hauptstadt von pakistan | PK
pakistanisch | alexa achha sri lanka hat zwei hauptstädte welche | LK
pakistanisch | alexa theek hai die hauptstadt von tadschikistan | TJ
pakistanisch | alexa yaar welche stadt ist hauptstadt von usbekistan | UZ
pakistanisch | alexa was ist die hauptstadt von kaschmir | FB
pakistanisch | alexa was ist die hauptstadt von jammu und kaschmir | IN-JK
pakistanisch | alexa was ist die hauptstadt von punjab in indien | IN-PB
pakistanisch | alexa achha öffne hauptstädte der welt | LAUNCH
pakistanisch | alexa bas bas stopp | STOP
pakistanisch | alexa chhodo vergiss es | CANCEL
pakistanisch | alexa bhai wie funktioniert das | HELP
pakistanisch | alexa wie steht das cricket spiel pakistan gegen indien | FB
pakistanisch | alexa hauptstadt von turkmenistan yaar | TM
pakistanisch | alexa was ist die hauptstadt von kirgistan | KG
georgisch | alexa gamarjoba was ist die hauptstadt von georgien | GE
georgisch | alexa madloba und die hauptstadt von {} | armenien=AM; aserbaidschan=AZ; türkei=TR
georgisch | alexa gamarjoba hauptstadt von {} bitte | russland=RU; ukraine=UA; moldawien=MD
georgisch | alexa ist tiflis die hauptstadt von georgien ja | GE
georgisch | alexa nicht georgia in amerika georgien das land hauptstadt | GE
georgisch | alexa was ist hauptstadt von abchasien | FB
georgisch | alexa kargi und hauptstadt von kasachstan | KZ
georgisch | alexa gamarjoba öffne hauptstädte der welt | LAUNCH
georgisch | alexa kmara stopp | STOP
georgisch | alexa ara ara vergiss es | CANCEL
georgisch | alexa wie kann ich fragen hilfe | HELP
georgisch | alexa spiel georgische polyphonie | FB
georgisch | alexa hauptstadt von griechenland madloba | GR
georgisch | alexa welche hauptstadt hat bulgarien | BG
georgisch | alexa hauptstadt von zypern kargi | CY
georgisch | alexa welches land hat tiflis als hauptstadt | CITY:Tiflis
kolumbianisch | alexa oye was ist die hauptstadt von {} | kolumbien=CO; venezuela=VE; ecuador=EC
kolumbianisch | alexa parce sag mir die hauptstadt von {} | panama=PA; costa rica=CR; nicaragua=NI
kolumbianisch | alexa listo und die hauptstadt von {} | guatemala=GT; honduras=HN; el salvador=SV
kolumbianisch | alexa ist bogota oder medellin die hauptstadt von kolumbien | CO
kolumbianisch | alexa oye bolivien hat zwei hauptstädte welche sind das | BO
kolumbianisch | alexa que pena was ist die hauptstadt von paraguay | PY
kolumbianisch | alexa hauptstadt von uruguay gracias | UY
kolumbianisch | alexa was ist die hauptstadt von der dominikanischen republik | DO
kolumbianisch | alexa oye öffne hauptstädte der welt | LAUNCH
kolumbianisch | alexa ya no mas stopp | STOP
kolumbianisch | alexa olvidalo vergiss es | CANCEL
kolumbianisch | alexa como funciona wie geht das | HELP
kolumbianisch | alexa spiel cumbia | FB
kolumbianisch | alexa was ist die hauptstadt von antioquia | FB
kolumbianisch | alexa hauptstadt von haiti parce | HT
kolumbianisch | alexa was ist die hauptstadt von jamaika | JM
kolumbianisch | alexa listo und trinidad und tobago | TT
somalisch | alexa iska warran was ist die hauptstadt von {} | somalia=SO; kenia=KE; äthiopien=ET
somalisch | alexa mahadsanid und hauptstadt von {} | dschibuti=DJ; uganda=UG; tansania=TZ
somalisch | alexa welche stadt ist hauptstadt von somaliland | FB
somalisch | alexa ist mogadischu die hauptstadt von somalia | SO
somalisch | alexa hauptstadt von jemen walaal | YE
somalisch | alexa was ist die hauptstadt von ruanda | RW
somalisch | alexa haa und burundi | BI
somalisch | alexa öffne hauptstädte der welt mahadsanid | LAUNCH
somalisch | alexa waa hagaag stopp | STOP
somalisch | alexa iska daa vergiss | CANCEL
somalisch | alexa wie kann ich das benutzen walaal | HELP
somalisch | alexa wann ist das freitagsgebet | FB
somalisch | alexa hauptstadt von südsudan haa | SS
somalisch | alexa was ist die hauptstadt von eritrea | ER
somalisch | alexa hauptstadt von sudan walaal | SD
armenisch | alexa barev was ist die hauptstadt von {} | armenien=AM; libanon=LB; iran=IR
armenisch | alexa shnorhakalutyun und hauptstadt von {} | frankreich=FR; syrien=SY; zypern=CY
armenisch | alexa barev ist eriwan die hauptstadt von armenien | AM
armenisch | alexa was ist die hauptstadt von bergkarabach | FB
armenisch | alexa was ist die hauptstadt von aserbaidschan | AZ
armenisch | alexa barev öffne hauptstädte der welt | LAUNCH
armenisch | alexa bavakan e stopp | STOP
armenisch | alexa che che vergiss es | CANCEL
armenisch | alexa inchpes wie funktioniert das | HELP
armenisch | alexa spiel musik von aznavour | FB
armenisch | alexa hauptstadt von georgien barev | GE
armenisch | alexa was ist die hauptstadt von turkmenistan | TM
armenisch | alexa hauptstadt von argentinien wo meine cousine wohnt | AR
armenisch | alexa was ist die hauptstadt von jordanien barev | JO
escape-room | alexa schnell das rätsel fragt nach der hauptstadt von {} | liberia=LR; sierra leone=SL; togo=TG
escape-room | alexa noch zehn minuten was ist die hauptstadt von {} | gabun=GA; kamerun=CM; tschad=TD
escape-room | alexa der code ist die hauptstadt von {} wie heißt die | burkina faso=BF; mauretanien=MR; niger=NE
escape-room | alexa im escape room brauchen wir die hauptstadt der zentralafrikanischen republik | CF
escape-room | alexa das schloss hat vier buchstaben hauptstadt von peru | PE
escape-room | alexa welches land hat die hauptstadt bamako schnell | CITY:Bamako
escape-room | alexa der hinweis sagt die hauptstädte von südafrika | ZA
escape-room | alexa auf der karte steht kinshasa zu welchem land gehört das | CITY:Kinshasa
escape-room | alexa welches land hat die hauptstadt brazzaville wir brauchen das für die truhe | CITY:Brazzaville
escape-room | alexa hauptstadt von guinea-bissau das ist unser letzter hinweis | GW
escape-room | alexa öffne hauptstädte der welt wir stecken fest | LAUNCH
escape-room | alexa stopp wir haben es | STOP
escape-room | alexa abbrechen der spielleiter hilft uns | CANCEL
escape-room | alexa wie frag ich dich das richtig hilfe | HELP
escape-room | alexa wie viel zeit haben wir noch | FB
escape-room | alexa was ist die hauptstadt von atlantis das steht auf dem zettel | FB
escape-room | alexa das rätsel will die hauptstadt von kap verde | CV
escape-room | alexa hauptstadt von äquatorialguinea schnell | GQ
kegelclub | alexa alle neune und was ist die hauptstadt von {} | portugal=PT; spanien=ES; belgien=BE
kegelclub | alexa beim kegeln wetten wir um eine runde was ist die hauptstadt von {} | australien=AU; kanada=CA; brasilien=BR
kegelclub | alexa der kegelbruder sagt sydney ist hauptstadt stimmt das | AU
kegelclub | alexa unsere kegeltour geht nach prag ist das die hauptstadt von tschechien | CZ
kegelclub | alexa wer recht hat zahlt nicht was ist die hauptstadt von der türkei | TR
kegelclub | alexa kegelclub fragt hauptstadt von marokko | MA
kegelclub | alexa gut holz und die hauptstadt von ungarn | HU
kegelclub | alexa gut holz öffne hauptstädte der welt | LAUNCH
kegelclub | alexa pudel stopp | STOP
kegelclub | alexa ach egal vergiss es wir kegeln weiter | CANCEL
kegelclub | alexa wie geht das mit den hauptstädten erklär mal | HELP
kegelclub | alexa spiel die kegelbahn playlist | FB
kegelclub | alexa was ist die hauptstadt vom kegeln | FB
kegelclub | alexa is bratislava oder wien die hauptstadt von der slowakei | SK
kegelclub | alexa und dann die hauptstadt von malta | MT
kegelclub | alexa was ist die hauptstadt von den bahamas | BS
kegelclub | alexa hauptstadt von barbados wo der schorsch urlaub macht | BB
hundeschule | alexa während bello sitzt was ist die hauptstadt von {} | irland=IE; schottland=GB-SCT; wales=GB-WLS
hundeschule | alexa sitz platz und die hauptstadt von {} | island=IS; grönland=GL; norwegen=NO
hundeschule | alexa in der hundeschule fragt die trainerin was die hauptstadt von ungarn ist | HU
hundeschule | alexa mein hund ist ein rhodesian ridgeback was ist die hauptstadt von simbabwe | ZW
hundeschule | alexa der labrador kommt aus kanada oder was ist die hauptstadt von kanada | CA
hundeschule | alexa chihuahua ist ein bundesstaat was ist seine hauptstadt | MX-CHH
hundeschule | alexa welches land hat die hauptstadt beirut wie der hund vom nachbarn | CITY:Beirut
hundeschule | alexa hauptstadt von afghanistan wo der windhund herkommt | AF
hundeschule | alexa öffne hauptstädte der welt aus bello | LAUNCH
hundeschule | alexa aus stopp | STOP
hundeschule | alexa nein bello nicht du alexa abbrechen | CANCEL
hundeschule | alexa wie funktioniert hauptstädte der welt | HELP
hundeschule | alexa bestell hundefutter | FB
hundeschule | alexa was ist die hauptstadt der hunde | FB
hundeschule | alexa hauptstadt von malta wie der malteser | MT
hundeschule | alexa und die hauptstadt von tibet | FB
apotheke | alexa nachtdienst in der apotheke was ist die hauptstadt von {} | moldau=MD; belarus=BY; ukraine=UA
apotheke | alexa zwischen zwei rezepten die hauptstadt von {} | kenia=KE; uganda=UG; ruanda=RW
apotheke | alexa der kunde hat ein medikament aus indien was ist die hauptstadt von indien | IN
apotheke | alexa ich hab nachtdienst frag mich was die hauptstadt von kirgisistan ist | KG
apotheke | alexa hauptstadt von lesotho | LS
apotheke | alexa welches land hat die hauptstadt gaborone | CITY:Gaborone
apotheke | alexa die pta will wissen hauptstadt von eswatini | SZ
apotheke | alexa hauptstädte von eswatini bitte beide | SZ
apotheke | alexa öffne hauptstädte der welt in der pause | LAUNCH
apotheke | alexa stopp da klingelt jemand | STOP
apotheke | alexa abbrechen kundschaft | CANCEL
apotheke | alexa hilfe wie frag ich | HELP
apotheke | alexa wie lange hat die apotheke am markt auf | FB
apotheke | alexa was ist die hauptstadt von aspirin | FB
apotheke | alexa hauptstadt von botsuana | BW
apotheke | alexa was ist die hauptstadt von sambia | ZM
weihnachtsmarkt | alexa am glühweinstand was ist die hauptstadt von {} | österreich=AT; finnland=FI; estland=EE
weihnachtsmarkt | alexa an der bude fragt einer die hauptstadt von {} | belgien=BE; luxemburg=LU; monaco=MC
weihnachtsmarkt | alexa der weihnachtsmann wohnt in lappland was ist die hauptstadt von finnland | FI
weihnachtsmarkt | alexa der stollen ist aus dresden ist das die hauptstadt von sachsen | DE-SN
weihnachtsmarkt | alexa die krippe ist aus bethlehem was ist die hauptstadt von palästina | PS
weihnachtsmarkt | alexa der nussknacker kommt aus dem erzgebirge was ist die hauptstadt von tschechien | CZ
weihnachtsmarkt | alexa was ist die hauptstadt vom weihnachtsmann | FB
weihnachtsmarkt | alexa öffne hauptstädte der welt am markt | LAUNCH
weihnachtsmarkt | alexa stopp der glühwein wird kalt | STOP
weihnachtsmarkt | alexa vergiss es ich hol noch ne bratwurst | CANCEL
weihnachtsmarkt | alexa wie kann ich dich nach hauptstädten fragen | HELP
weihnachtsmarkt | alexa spiel last christmas | FB
weihnachtsmarkt | alexa hauptstadt von grönland wo die rentiere sind | GL
weihnachtsmarkt | alexa die hauptstadt von den niederlanden wegen sinterklaas | NL
weihnachtsmarkt | alexa welches land hat valletta als hauptstadt | CITY:Valletta
weihnachtsmarkt | alexa hauptstadt von st kitts und nevis | KN
karaoke | alexa bevor ich singe was ist die hauptstadt von {} | jamaika=JM; kuba=CU; mexiko=MX
karaoke | alexa ich sing gleich waterloo was ist die hauptstadt von {} | schweden=SE; belgien=BE; frankreich=FR
karaoke | alexa das lied heißt african queen was ist die hauptstadt von nigeria | NG
karaoke | alexa im song kommt kingston vor welches land hat kingston als hauptstadt | CITY:Kingston
karaoke | alexa hauptstadt von dominica für meinen song | DM
karaoke | alexa spiel mir amsterdam ist das die hauptstadt von den niederlanden | NL
karaoke | alexa ich sing ein lied über die mongolei was ist die hauptstadt | MN
karaoke | alexa öffne hauptstädte der welt zwischen zwei liedern | LAUNCH
karaoke | alexa stopp das mikro ist an | STOP
karaoke | alexa ach vergiss es ich bin dran | CANCEL
karaoke | alexa wie geht das nochmal hilfe | HELP
karaoke | alexa spiel atemlos durch die nacht | FB
karaoke | alexa was ist die hauptstadt des schlagers | FB
karaoke | alexa hauptstadt von grenada | GD
karaoke | alexa hauptstadt von st lucia | LC
karaoke | alexa welche hauptstadt hat st vincent und die grenadinen | VC
radtour | alexa wir radeln an der donau was ist die hauptstadt von {} | serbien=RS; rumänien=RO; bulgarien=BG
radtour | alexa auf dem elberadweg was ist die hauptstadt von {} | tschechien=CZ; sachsen-anhalt=DE-ST; brandenburg=DE-BB
radtour | alexa nach der etappe wie heißt die hauptstadt von kroatien | HR
radtour | alexa die tour de france endet in paris ist das die hauptstadt | FR
radtour | alexa der radweg geht nach bratislava was ist das die hauptstadt von | CITY:Bratislava
radtour | alexa wir fahren den bodensee rum was ist die hauptstadt von liechtenstein | LI
radtour | alexa öffne hauptstädte der welt am rastplatz | LAUNCH
radtour | alexa stopp wir fahren weiter | STOP
radtour | alexa vergiss es der akku ist leer | CANCEL
radtour | alexa wie fragt man nach einer hauptstadt | HELP
radtour | alexa wie wird das wetter auf dem radweg morgen | FB
radtour | alexa wie weit ist es bis passau | FB
radtour | alexa hauptstadt von moldau bitte | MD
radtour | alexa welches land hat belgrad als hauptstadt | CITY:Belgrad
radtour | alexa hauptstadt von slowenien wir wollen nach ljubljana | SI
umzug | alexa zwischen den kartons was ist die hauptstadt von {} | angola=AO; namibia=NA; sambia=ZM
umzug | alexa der umzugswagen kommt gleich was ist die hauptstadt von {} | tunesien=TN; algerien=DZ; marokko=MA
umzug | alexa wir ziehen nach hannover ist das die hauptstadt von niedersachsen | DE-NI
umzug | alexa wir ziehen nach wiesbaden ist das die landeshauptstadt von hessen | DE-HE
umzug | alexa unsere neue wohnung ist in potsdam ist das die hauptstadt von brandenburg | DE-BB
umzug | alexa wir ziehen in die schweiz was ist die hauptstadt | CH
umzug | alexa öffne hauptstädte der welt wir machen pause | LAUNCH
umzug | alexa stopp ich muss den schrank tragen | STOP
umzug | alexa lass es wir müssen weiter | CANCEL
umzug | alexa wie funktioniert das mit den hauptstädten | HELP
umzug | alexa wo ist der nächste baumarkt | FB
umzug | alexa erinner mich an die schlüsselübergabe | FB
umzug | alexa hauptstadt von mecklenburg-vorpommern wir ziehen an die see | DE-MV
umzug | alexa was ist die hauptstadt von thüringen | DE-TH
umzug | alexa der alte mieter ist nach nauru ausgewandert was ist die hauptstadt | NR
strickkreis | alexa zwei rechts zwei links was ist die hauptstadt von {} | schottland=GB-SCT; irland=IE; island=IS
strickkreis | alexa die wolle ist aus peru was ist die hauptstadt von {} | peru=PE; bolivien=BO; chile=CL
strickkreis | alexa im strickkreis sagt gerda die hauptstadt von neuseeland sei auckland | NZ
strickkreis | alexa die alpaka wolle ist aus bolivien was sind die hauptstädte da | BO
strickkreis | alexa was sind die hauptstädte von bolivien für meine masche | BO
strickkreis | alexa hauptstadt von den shetlandinseln | FB
strickkreis | alexa öffne hauptstädte der welt für unseren strickkreis | LAUNCH
strickkreis | alexa stopp ich hab eine masche fallen lassen | STOP
strickkreis | alexa vergiss es ich zähl maschen | CANCEL
strickkreis | alexa wie kann ich dich fragen ich bin nicht so technisch | HELP
strickkreis | alexa wie viel wolle brauch ich für einen schal | FB
strickkreis | alexa hauptstadt von den marshallinseln | MH
strickkreis | alexa hauptstadt von palau | PW
strickkreis | alexa und was ist die hauptstadt von mikronesien | FM
strickkreis | alexa was ist die hauptstadt von kiribati | KI
jugendtraining | alexa vor dem training was ist die hauptstadt von {} | senegal=SN; ghana=GH; elfenbeinküste=CI
jugendtraining | alexa die d-jugend fragt was die hauptstadt von {} ist | kroatien=HR; argentinien=AR; uruguay=UY
jugendtraining | alexa unser auswärtsspiel ist in mainz ist das eine landeshauptstadt | DE-RP
jugendtraining | alexa der neue stürmer kommt aus kamerun was ist die hauptstadt | CM
jugendtraining | alexa der torwart ist aus dem kongo kinshasa was ist die hauptstadt | CD
jugendtraining | alexa die wm ist in katar gewesen was ist die hauptstadt von katar | QA
jugendtraining | alexa öffne hauptstädte der welt für die jungs | LAUNCH
jugendtraining | alexa stopp training geht los | STOP
jugendtraining | alexa abbrechen die jungs sind da | CANCEL
jugendtraining | alexa hilfe wie geht das mit dem quiz | HELP
jugendtraining | alexa wie hat der hsv gespielt | FB
jugendtraining | alexa was ist die hauptstadt von fußballland | FB
jugendtraining | alexa hauptstadt von gambia der trainer fragt | GM
jugendtraining | alexa die hauptstadt von guinea wo unser verteidiger herkommt | GN
jugendtraining | alexa was ist die hauptstadt von haiti | HT
homeoffice | alexa bin gleich im call was ist die hauptstadt von {} | singapur=SG; malaysia=MY; thailand=TH
homeoffice | alexa mein kollege sitzt in {} was ist da die hauptstadt | indien=IN; vietnam=VN; philippinen=PH
homeoffice | alexa im teams meeting sagt einer putrajaya was sind die hauptstädte von malaysia | MY
homeoffice | alexa das büro in den haag welche hauptstädte haben die niederlande | NL
homeoffice | alexa der kunde sitzt in ost timor was ist die hauptstadt | TL
homeoffice | alexa welches land hat die hauptstadt dhaka | CITY:Dhaka
homeoffice | alexa öffne hauptstädte der welt in der mittagspause | LAUNCH
homeoffice | alexa stopp ich bin im meeting | STOP
homeoffice | alexa abbrechen der chef ruft an | CANCEL
homeoffice | alexa wie nutz ich das hier zwischen den calls | HELP
homeoffice | alexa stell den timer auf fünfundzwanzig minuten | FB
homeoffice | alexa welche zeitzone hat singapur | FB
homeoffice | alexa hauptstadt von papua-neuguinea | PG
homeoffice | alexa die hauptstadt von guyana | GY
homeoffice | alexa was ist die hauptstadt von suriname | SR
homeoffice | alexa hauptstadt von belize | BZ
cancel | alexa ne warte ich hab die frage vergessen abbrechen | CANCEL
cancel | alexa ach nee das wollte ich gar nicht wissen | CANCEL
cancel | alexa moment ich hab mich verquatscht vergiss das | CANCEL
cancel | alexa nee falscher knopf brich das bitte ab | CANCEL
cancel | alexa ich frag später nochmal lass erstmal | CANCEL
cancel | alexa das war meine tochter nicht ich vergiss es | CANCEL
cancel | alexa streich die frage | CANCEL
cancel | alexa ne das passt so nicht brich ab | CANCEL
cancel | alexa stell die frage zurück | CANCEL
cancel | alexa oh sorry war aus versehen abbrechen | CANCEL
cancel | alexa hör mal vergiss die letzte frage einfach | CANCEL
cancel | alexa ich nehm das zurück | CANCEL
cancel | alexa abgebrochen bitte | CANCEL
cancel | alexa das kannst du vergessen | CANCEL
cancel | alexa ach lass mal sein ich google das | CANCEL
cancel | alexa abbrechen ich hab mich versprochen | CANCEL
cancel | alexa jetzt nicht vergiss es | CANCEL
cancel | alexa nee lass das mit der hauptstadt | CANCEL
cancel | alexa frage zurückziehen | CANCEL
cancel | alexa ne doch nicht wichtig abbrechen | CANCEL
stop | alexa okay ich hab genug hauptstädte für heute | STOP
stop | alexa beende das quiz jetzt bitte | STOP
stop | alexa hör jetzt mal auf zu reden | STOP
stop | alexa stopp ich muss los | STOP
stop | alexa danke das reicht mir für heute | STOP
stop | alexa beende bitte die hauptstädte | STOP
stop | alexa schluss mit den hauptstädten | STOP
stop | alexa mach schluss jetzt | STOP
stop | alexa stopp stopp stopp | STOP
stop | alexa aufhören bitte | STOP
stop | alexa gute nacht und aus | STOP
stop | alexa jetzt reicht es aber mit den ländern | STOP
stop | alexa wir sind durch danke | STOP
stop | alexa verlass hauptstädte der welt | STOP
stop | alexa halt die klappe bitte | STOP
stop | alexa ist gut jetzt ende | STOP
stop | alexa die runde ist vorbei beenden | STOP
stop | alexa danke mehr brauch ich nicht | STOP
help | alexa ich bin neu hier was kann ich fragen | HELP
help | alexa wie fragt man dich nach einer hauptstadt | HELP
help | alexa was muss ich sagen damit du mir eine hauptstadt nennst | HELP
help | alexa welche fragen kann ich bei den hauptstädten stellen | HELP
help | alexa kannst du mir zeigen wie das funktioniert | HELP
help | alexa was geht hier alles | HELP
help | alexa erklär mir bitte was du kannst | HELP
help | alexa ich hab keine ahnung wie das geht | HELP
help | alexa sag mir was ich hier fragen darf | HELP
help | alexa wie läuft das hier ab | HELP
help | alexa brauch mal kurz hilfe | HELP
help | alexa wofür ist dieser skill | HELP
help | alexa was soll ich dich fragen | HELP
help | alexa hilfe was mach ich jetzt | HELP
help | alexa wie spiel ich das | HELP
help | alexa kannst du mir beispiele nennen | HELP
launch | alexa ich möchte die hauptstädte der welt lernen öffne den skill | LAUNCH
launch | alexa starte das hauptstädte der welt quiz | LAUNCH
launch | alexa mach bitte hauptstädte der welt auf ich will was wissen | LAUNCH
launch | alexa öffne hauptstädte der welt ich hab eine frage | LAUNCH
launch | alexa hauptstädte der welt aufmachen | LAUNCH
launch | alexa mach hauptstädte der welt | LAUNCH
launch | alexa starte doch mal hauptstädte der welt | LAUNCH
launch | alexa ich will was über hauptstädte der welt fragen öffne das | LAUNCH
launch | alexa wecke hauptstädte der welt | LAUNCH
launch | alexa öffne die app hauptstädte der welt | LAUNCH
launch | alexa starte hauptstädte der welt für die kinder | LAUNCH
launch | alexa kannst du mal hauptstädte der welt aufmachen | LAUNCH
launch | alexa bitte öffne mir die hauptstädte der welt | LAUNCH
launch | alexa auf geht's hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt an | LAUNCH
official-name | alexa was ist die hauptstadt der republik polen | PL
official-name | alexa hauptstadt der französischen republik | FR
official-name | alexa was ist die hauptstadt der italienischen republik | IT
official-name | alexa hauptstadt vom königreich spanien | ES
official-name | alexa was ist die hauptstadt der hellenischen republik | GR
official-name | alexa hauptstadt des königreichs schweden | SE
official-name | alexa was ist die hauptstadt der republik türkei | TR
official-name | alexa was ist die hauptstadt vom königreich thailand | TH
official-name | alexa hauptstadt der republik indien | IN
official-name | alexa was ist die hauptstadt der argentinischen republik | AR
official-name | alexa hauptstadt der demokratischen sozialistischen republik sri lanka | LK
official-name | alexa was ist die hauptstadt der volksdemokratischen republik laos | LA
official-name | alexa was ist die hauptstadt vom königreich lesotho | LS
official-name | alexa was ist die hauptstadt des königreichs eswatini | SZ
official-name | alexa hauptstadt der republik côte d'ivoire | CI
official-name | alexa was ist die hauptstadt der republik südafrika | ZA
official-name | alexa was ist die hauptstadt der bundesrepublik nigeria | NG
official-name | alexa was ist die hauptstadt der republik der philippinen | PH
official-name | alexa was ist die hauptstadt der demokratischen republik timor-leste | TL
official-name | alexa hauptstadt der republik kiribati | KI
official-name | alexa was ist die hauptstadt vom vereinigten königreich | GB
official-name | alexa was ist die hauptstadt der demokratischen republik são tomé und príncipe | ST
official-name | alexa was ist die hauptstadt des staates katar | QA
official-name | alexa hauptstadt der republik der union myanmar bitte | MM
yes-no-check | alexa hab ich recht dass madrid die hauptstadt von spanien ist | ES
yes-no-check | alexa ist lissabon die hauptstadt von portugal oder porto | PT
yes-no-check | alexa liegt die hauptstadt von italien in mailand | IT
yes-no-check | alexa ist edinburgh die hauptstadt von schottland ja oder nein | GB-SCT
yes-no-check | alexa stimmt es dass pjöngjang die hauptstadt von nordkorea ist | KP
yes-no-check | alexa ist busan die hauptstadt von südkorea | KR
yes-no-check | alexa ist ostjerusalem die hauptstadt von palästina | PS
yes-no-check | alexa ist kapstadt die einzige hauptstadt von südafrika | ZA
yes-no-check | alexa ist johannesburg eine hauptstadt von südafrika | ZA
yes-no-check | alexa stimmt es dass amsterdam die hauptstadt der niederlande ist | NL
yes-no-check | alexa ist kuala lumpur wirklich die hauptstadt von malaysia | MY
yes-no-check | alexa ist santa cruz die hauptstadt von bolivien | BO
yes-no-check | alexa ist abidjan die hauptstadt der elfenbeinküste | CI
yes-no-check | alexa ist cotonou die hauptstadt von benin | BJ
yes-no-check | alexa ist colombo noch die hauptstadt von sri lanka | LK
yes-no-check | alexa hat kasachstan jetzt astana als hauptstadt | KZ
yes-no-check | alexa ist kiew die hauptstadt der ukraine | UA
yes-no-check | alexa ist quebec die hauptstadt von kanada | CA
yes-no-check | alexa ist antigua die hauptstadt von antigua und barbuda | AG
yes-no-check | alexa ist saint john's die hauptstadt von antigua | AG
reverse-question | alexa aus welchem land ist die hauptstadt accra | CITY:Accra
reverse-question | alexa zu welchem land gehört die hauptstadt dodoma | CITY:Dodoma
reverse-question | alexa wessen hauptstadt ist gitega | CITY:Gitega
reverse-question | alexa welches land hat als hauptstadt malabo | CITY:Malabo
reverse-question | alexa wo ist nuku'alofa die hauptstadt | CITY:Nuku'alofa
reverse-question | alexa welches land wird von yaren aus regiert | CITY:Yaren
reverse-question | alexa zu welchem staat gehört apia als hauptstadt | CITY:Apia
reverse-question | alexa welches land hat die hauptstadt sankt georges | CITY:Saint George's
reverse-question | alexa welches land hat den regierungssitz putrajaya | CITY:Putrajaya
reverse-question | alexa zu welchem land gehört bloemfontein als hauptstadt | CITY:Bloemfontein
reverse-question | alexa welches land hat sarajevo als hauptstadt | CITY:Sarajevo
reverse-question | alexa welches land hat die hauptstadt pristina | CITY:Pristina
reverse-question | alexa von welchem land ist bandar seri begawan die hauptstadt | CITY:Bandar Seri Begawan
reverse-question | alexa welches land hat baku als hauptstadt | CITY:Baku
reverse-question | alexa welchem land gehört die hauptstadt moroni | CITY:Moroni
everyday-name | alexa was ist die hauptstadt von russland eigentlich noch moskau | RU
everyday-name | alexa hauptstadt von den usa | US
everyday-name | alexa was ist die hauptstadt von engelland | GB
everyday-name | alexa was ist die hauptstadt von britannien | GB
everyday-name | alexa was ist die hauptstadt von holland eigentlich | NL
everyday-name | alexa was ist die hauptstadt von obervolta | BF
everyday-name | alexa was ist die hauptstadt von dahomey | BJ
everyday-name | alexa was ist die hauptstadt von formosa | TW
everyday-name | alexa was ist die hauptstadt von der elfenbeinküste nochmal | CI
everyday-name | alexa was ist die hauptstadt von bosnien eigentlich | BA
everyday-name | alexa was ist die hauptstadt von der kirgisei | KG
everyday-name | alexa was ist die hauptstadt von schwarzafrika | FB
everyday-name | alexa was ist die hauptstadt von ostdeutschland | FB
everyday-name | alexa was ist die hauptstadt von südwestafrika | NA
shared-name | alexa was ist die hauptstadt von korea nord oder süd egal | KP+KR
shared-name | alexa was ist die hauptstadt von kongo kinshasa | CD
shared-name | alexa was ist die hauptstadt von kongo brazzaville | CG
shared-name | alexa was ist die hauptstadt von dem kongo wo brazzaville ist | CG
shared-name | alexa hauptstadt von georgien dem land nicht dem staat | GE
shared-name | alexa was ist die hauptstadt von guinea in afrika | GN
shared-name | alexa hauptstadt von neuguinea papua | PG
shared-name | alexa hauptstadt von san marino der stadt oder dem land | SM
shared-name | alexa was ist die hauptstadt von dem land monaco | MC
shared-name | alexa was ist die hauptstadt von dschibuti | DJ
shared-name | alexa was ist die hauptstadt von singapur dem staat | SG
shared-name | alexa was ist die hauptstadt von den beiden koreas | KP+KR
shared-name | alexa was sind die hauptstädte der beiden kongos | CD+CG
out-of-domain | alexa wie viele einwohner hat die hauptstadt von peru | FB
out-of-domain | alexa welche hauptstadt ist die älteste | FB
out-of-domain | alexa welche hauptstadt hat die meisten brücken | FB
out-of-domain | alexa was war früher die hauptstadt von deutschland | FB
out-of-domain | alexa war bonn mal hauptstadt | FB
out-of-domain | alexa nenn mir alle hauptstädte in europa | FB
out-of-domain | alexa wie viele hauptstädte gibt es in afrika | FB
out-of-domain | alexa wo ist das nächste chinesische restaurant | FB
out-of-domain | alexa welcher tag ist heute | FB
out-of-domain | alexa spiel meine entspannungsplaylist | FB
out-of-domain | alexa wie lange kocht ein ei | FB
out-of-domain | alexa was ist die hauptstadt von bayern münchen dem verein | FB
out-of-domain | alexa wie heißt der bürgermeister von wien | FB
out-of-domain | alexa wie schreibt man reykjavik | FB
out-of-domain | alexa wie spricht man ouagadougou aus | FB
out-of-domain | alexa was ist die hauptstadt von der antarktis | FB
out-of-domain | alexa welche hauptstadt liegt am nächsten zum äquator | FB
out-of-domain | alexa wann geht die sonne in helsinki unter | FB
out-of-domain | alexa wie viel kostet ein kaffee in oslo | FB
out-of-domain | alexa wie lange dauert der flug von frankfurt nach seoul | FB
out-of-domain | alexa welche stadt war hauptstadt der ddr | FB
out-of-domain | alexa in welcher hauptstadt steht der eiffelturm | FB
out-of-domain | alexa was ist die hauptstadt von narnia | FB
out-of-domain | alexa wie heißt die hauptstadt von entenhausen | FB
out-of-domain | alexa mach die heizung auf zweiundzwanzig grad | FB
out-of-domain | alexa wo liegt mein handy | FB
subdivision | alexa was ist die hauptstadt vom australian capital territory | AU-ACT
subdivision | alexa hauptstadt von new brunswick | CA-NB
subdivision | alexa was ist die hauptstadt von prince edward island | CA-PE
subdivision | alexa was ist die hauptstadt von neufundland | CA-NL
subdivision | alexa was ist die hauptstadt von telangana | IN-TS
subdivision | alexa was ist die hauptstadt von andhra pradesh | IN-AP
subdivision | alexa hauptstadt vom bundesstaat pernambuco | BR-PE
subdivision | alexa was ist die hauptstadt von sao paulo dem bundesstaat | BR-SP
subdivision | alexa was ist die hauptstadt von oaxaca | MX-OAX
subdivision | alexa was ist die hauptstadt von nuevo leon | MX-NLE
subdivision | alexa was ist die hauptstadt von den britischen jungferninseln | VG
subdivision | alexa was ist die hauptstadt von neukaledonien | NC
subdivision | alexa was ist die hauptstadt von französisch-polynesien | PF
subdivision | alexa was ist die hauptstadt der kanarischen inseln | FB
subdivision | alexa was ist die hauptstadt von mallorca | FB
subdivision | alexa was ist die hauptstadt von korsika | FB
follow-up | und tuvalu | TV
follow-up | und kiribati dann | KI
follow-up | und sao tome | ST
follow-up | und großbritannien | GB
follow-up | und antigua und barbuda | AG
follow-up | und dann noch die hauptstädte von südafrika | ZA
follow-up | und die hauptstädte von bolivien | BO
follow-up | und die beiden von malaysia | MY
follow-up | und die von holland beide | NL
follow-up | und palästina | PS
follow-up | und der kongo der andere | CG
follow-up | was ist mit der demokratischen republik kongo | CD
follow-up | und südkorea | KR
follow-up | und nordkorea jetzt | KP
plural-capitals | alexa moin was sind die drei hauptstädte von südafrika nochmal | ZA
plural-capitals | alexa ich hab gelesen südafrika hat pretoria kapstadt und noch eine welche hauptstädte sind das alle | ZA
plural-capitals | alexa sag mal die hauptstädte von südafrika für mein kreuzworträtsel | ZA
plural-capitals | alexa in welchen drei städten hat südafrika seine hauptstädte | ZA
plural-capitals | alexa alle hauptstädte der republik südafrika bitte | ZA
plural-capitals | alexa bolivien hat sucre und noch eine wie heißen die hauptstädte | BO
plural-capitals | alexa was sind die zwei hauptstädte von bolivien in südamerika | BO
plural-capitals | alexa welche sind die hauptstädte von bolivien sucre und | BO
plural-capitals | alexa welche zwei städte teilen sich die hauptstadt in bolivien | BO
plural-capitals | alexa die hauptstädte von den niederlanden sag mal beide | NL
plural-capitals | alexa welche sind die zwei hauptstädte von holland amsterdam und | NL
plural-capitals | alexa hat holland zwei hauptstädte welche sind das | NL
plural-capitals | alexa in welchen zwei städten sitzt die hauptstadt der niederlande | NL
plural-capitals | alexa malaysia beide hauptstädte bitte | MY
plural-capitals | alexa welche sind die zwei hauptstädte in malaysia | MY
plural-capitals | alexa hat malaysia mehr als eine hauptstadt welche | MY
plural-capitals | alexa was sind die beiden hauptstädte malaysias | MY
plural-capitals | alexa welche beiden städte sind die hauptstädte von benin porto novo und | BJ
plural-capitals | alexa hat benin zwei hauptstädte wie heißen sie | BJ
plural-capitals | alexa zähl mir die hauptstädte von benin auf | BJ
plural-capitals | alexa die hauptstädte von benin sag beide | BJ
plural-capitals | alexa hat die elfenbeinküste zwei hauptstädte welche | CI
plural-capitals | alexa was sind die beiden hauptstädte von côte d'ivoire | CI
plural-capitals | alexa welche zwei städte sind hauptstadt der elfenbeinküste | CI
plural-capitals | alexa hat sri lanka wirklich zwei hauptstädte wie heißen die | LK
plural-capitals | alexa die hauptstädte von ceylon also sri lanka beide | LK
plural-capitals | alexa die zwei hauptstädte von sri lanka colombo und welche noch | LK
plural-capitals | alexa hat swasiland zwei hauptstädte welche | SZ
plural-capitals | alexa die hauptstädte von eswatini sag beide | SZ
plural-capitals | alexa welche zwei hauptstädte hat das königreich eswatini | SZ
plural-capitals | alexa zähl die hauptstädte von eswatini auf | SZ
plural-capitals | alexa welche länder haben zwei hauptstädte | FB
bremen | alexa moin die hauptstädte von südafrika wie viele sind das | ZA
bremen | alexa moin is den haag nu auch eine hauptstadt von holland oder nich | NL
kurpfalz | alexa alla die hauptstädt vun malaysia alle zwee | MY
kurpfalz | alexa ajo was is die hauptstadt vun syrie | SY
kurpfalz | alexa die hauptstadt vun südkorea alla | KR
ostwestfalen | alexa getz sach ma die hauptstadt von nordkorea | KP
ostwestfalen | alexa nä watt sind die hauptstädte von eswatini | SZ
mosel | alexa wat sin die hauptstädt vun benin | BJ
mosel | alexa wat is die hauptstadt vum kongo mit brazzaville | CG
oberpfalz | alexa wos san de hauptstädt vo bolivien | BO
oberpfalz | alexa oiso de hauptstadt vom kongo wo kinshasa is | CD
stgallen | alexa was sind d hauptstädt vo sri lanka | LK
stgallen | alexa was isch d hauptstadt vo palästina | PS
stgallen | alexa grüezi d hauptstadt vo kiribati | KI
erzgebirge | alexa nu was sind die hauptstädte von südafrika | ZA
erzgebirge | alexa nu und die hauptstadt von nordkorea wo die genossen warn | KP
flensburg | alexa moin was sind die hauptstädte von den niederlanden | NL
flensburg | alexa moin die hauptstadt von großbritannien | GB
flensburg | alexa hej hauptstadt von tuvalu | TV
lausitz | alexa nu was sind die hauptstädte von malaysia | MY
lausitz | alexa nu die hauptstadt von der republik kongo | CG
schwedisch | alexa hej was sind die hauptstädte von sri lanka | LK
schwedisch | alexa hej hauptstadt von antigua und barbuda tack | AG
aegyptisch | alexa was sind die hauptstädte von südafrika habibi | ZA
aegyptisch | alexa ya salam was ist die hauptstadt von palästina wo gaza ist | PS
pakistanisch | alexa achha was sind die hauptstädte von malaysia bhai | MY
pakistanisch | alexa hauptstadt von sao tome und principe yaar | ST
georgisch | alexa gamarjoba was sind die hauptstädte von bolivien | BO
georgisch | alexa hauptstadt von nordkorea madloba | KP
kolumbianisch | alexa oye las capitales de bolivia was sind die hauptstädte von bolivien | BO
kolumbianisch | alexa parce die hauptstadt von südkorea | KR
somalisch | alexa was sind die hauptstädte von südafrika walaal | ZA
somalisch | alexa hauptstadt von der demokratischen republik kongo | CD
armenisch | alexa barev was sind die hauptstädte der niederlande | NL
armenisch | alexa die hauptstadt von palästina barev | PS
escape-room | alexa schnell die hauptstädte von eswatini | SZ
escape-room | alexa der hinweis ist die hauptstadt von kongo brazzaville | CG
kegelclub | alexa gut holz was sind die hauptstädte von benin | BJ
kegelclub | alexa die hauptstadt von südkorea weil der kegelbruder da war | KR
hundeschule | alexa sitz und was sind die hauptstädte von der elfenbeinküste | CI
apotheke | alexa im nachtdienst was sind die hauptstädte von sri lanka | LK
weihnachtsmarkt | alexa am glühweinstand was sind die hauptstädte von südafrika | ZA
karaoke | alexa was sind die hauptstädte von malaysia bevor ich singe | MY
radtour | alexa was sind die hauptstädte von den niederlanden da radeln wir hin | NL
umzug | alexa zwischen den kartons was sind die hauptstädte von benin | BJ
strickkreis | alexa zwei rechts zwei links die hauptstädte der elfenbeinküste | CI
jugendtraining | alexa die d-jugend fragt was die hauptstädte von eswatini sind | SZ
homeoffice | alexa bin gleich im call was sind die hauptstädte von sri lanka | LK
official-name | alexa was ist die hauptstadt der republik finnland | FI
official-name | alexa hauptstadt der republik kasachstan bitte | KZ
official-name | alexa was ist die hauptstadt der kirgisischen republik | KG
official-name | alexa was ist die hauptstadt der republik usbekistan | UZ
official-name | alexa was ist die hauptstadt vom sultanat oman | OM
official-name | alexa was ist die hauptstadt vom königreich bahrain | BH
official-name | alexa was ist die hauptstadt vom königreich marokko | MA
official-name | alexa hauptstadt der tunesischen republik | TN
official-name | alexa was ist die hauptstadt der demokratischen volksrepublik algerien | DZ
official-name | alexa was ist die hauptstadt vom staat kuwait | KW
official-name | alexa was ist die hauptstadt der republik chile | CL
official-name | alexa hauptstadt der republik kolumbien | CO
official-name | alexa was ist die hauptstadt der republik guatemala | GT
official-name | alexa was ist die hauptstadt der republik albanien | AL
escape-room | alexa das letzte schloss will die hauptstadt von tuvalu | TV
escape-room | alexa welches land hat die hauptstadt porto novo auf dem zettel steht das | CITY:Porto Novo
escape-room | alexa unser team ist zu dumm was ist die hauptstadt von burundi | BI
kegelclub | alexa der kassenwart sagt bern ist hauptstadt der schweiz hat er recht | CH
kegelclub | alexa gut holz was ist die hauptstadt von island | IS
kegelclub | alexa nach dem letzten wurf die hauptstadt von lettland | LV
hundeschule | alexa der husky kommt aus sibirien was ist die hauptstadt von russland | RU
hundeschule | alexa mein dalmatiner was ist die hauptstadt von kroatien | HR
hundeschule | alexa der shiba inu ist aus japan welche hauptstadt hat japan | JP
apotheke | alexa die kundin fliegt nach tansania was ist die hauptstadt | TZ
apotheke | alexa malariaprophylaxe für mosambik was ist die hauptstadt da | MZ
apotheke | alexa die impfung ist für nepal welche hauptstadt hat nepal | NP
weihnachtsmarkt | alexa der glühwein kommt aus ungarn was ist dort die hauptstadt | HU
weihnachtsmarkt | alexa der lebkuchen ist aus nürnberg ist das eine hauptstadt | FB
weihnachtsmarkt | alexa an der bude mit den holzsternen die hauptstadt von polen | PL
karaoke | alexa ich sing im namen der rose was ist die hauptstadt von italien | IT
karaoke | alexa despacito ist aus puerto rico was ist da die hauptstadt | PR
karaoke | alexa das lied ist von abba welche hauptstadt hat schweden | SE
radtour | alexa die tour geht durch flandern was ist die hauptstadt von belgien | BE
radtour | alexa an der grenze zu polen welche hauptstadt hat polen | PL
radtour | alexa unser ziel ist wien was ist wien die hauptstadt von | CITY:Wien
umzug | alexa mein bruder zieht nach dubai was ist die hauptstadt der emirate | AE
umzug | alexa die spedition kommt aus litauen was ist die hauptstadt | LT
umzug | alexa wir ziehen nach saarbrücken ist das die hauptstadt vom saarland | DE-SL
strickkreis | alexa die merinowolle kommt aus australien was ist die hauptstadt | AU
strickkreis | alexa beim häkeln fragt inge die hauptstadt von norwegen | NO
strickkreis | alexa die strickmuster sind aus lettland was ist die hauptstadt | LV
jugendtraining | alexa unser auswärtsspiel ist in kiel ist das die landeshauptstadt | DE-SH
jugendtraining | alexa der stürmer ist aus marokko welche hauptstadt hat marokko | MA
jugendtraining | alexa der co trainer fragt die hauptstadt von japan | JP
homeoffice | alexa der kunde ist aus estland was ist die hauptstadt | EE
homeoffice | alexa unser entwickler sitzt in armenien welche hauptstadt hat das | AM
homeoffice | alexa ich hab ein meeting mit kanada was ist deren hauptstadt | CA
lausitz | alexa nu die hauptstadt von bulgarien | BG
lausitz | alexa dzakuju die hauptstadt von litauen | LT
lausitz | alexa nu was is die hauptstadt von ungarn | HU
armenisch | alexa barev hauptstadt von russland | RU
armenisch | alexa was ist die hauptstadt von kanada wo mein onkel lebt | CA
somalisch | alexa mahadsanid hauptstadt von der türkei | TR
somalisch | alexa walaal was ist die hauptstadt von ägypten | EG
georgisch | alexa gamarjoba die hauptstadt von weißrussland | BY
georgisch | alexa madloba und hauptstadt von der ukraine | UA
schwedisch | alexa hej die hauptstadt von deutschland ist berlin ja | DE
schwedisch | alexa hej welche hauptstadt hat österreich | AT
erzgebirge | alexa glück auf die hauptstadt von laos nu | LA
erzgebirge | alexa nu die hauptstadt von nicaragua wo mer solidarität hatten | NI
flensburg | alexa moin die hauptstadt von schottland | GB-SCT
oberpfalz | alexa wos is de hauptstadt vo nepal | NP
stgallen | alexa was isch d hauptstadt vo italie | IT
stgallen | alexa grüezi d hauptstadt vo frankriich | FR
mosel | alexa wat is die hauptstadt vun portugal | PT
ostwestfalen | alexa getz die hauptstadt von spanien | ES
ostwestfalen | alexa nä ne die hauptstadt von italien | IT
kolumbianisch | alexa oye die hauptstadt von spanien | ES
out-of-domain | alexa wie viel uhr ist es in kolumbien | FB
out-of-domain | alexa was heißt danke auf somalisch | FB
out-of-domain | alexa welcher ist der längste fluss in afrika | FB
out-of-domain | alexa wann ist der nächste vollmond | FB
out-of-domain | alexa wie viele sterne hat die flagge von australien | FB
out-of-domain | alexa wie heißt die hauptstadt von hogwarts | FB
out-of-domain | alexa welche hauptstadt hat den größten hafen | FB
out-of-domain | alexa spiel ein quiz über flaggen | FB
plural-capitals | alexa porto novo und cotonou sind das die hauptstädte von benin | BJ
plural-capitals | alexa was sind eigentlich die hauptstädte von benin und warum zwei | BJ
plural-capitals | alexa welche städte sind die hauptstädte von bolivien la paz und sucre oder | BO
plural-capitals | alexa meine tochter fragt nach den hauptstädten von bolivien | BO
plural-capitals | alexa wie heißen alle hauptstädte der niederlande | NL
plural-capitals | alexa nenn mal die zwei hauptstädte von malaysia | MY
yes-no-check | alexa ist gaza die hauptstadt von palästina | PS
shared-name | alexa was ist die hauptstadt von palästina oder den palästinensischen gebieten | PS
reverse-question | alexa welches land hat ostjerusalem als hauptstadt | CITY:Ostjerusalem
out-of-domain | alexa wie viele menschen leben in bremen | FB
out-of-domain | alexa wann fährt die nächste straßenbahn | FB
out-of-domain | alexa was ist die hauptstadt von skandinavien | FB
out-of-domain | alexa was ist die hauptstadt von südamerika | FB
out-of-domain | alexa welches land hat die meisten hauptstädte | FB
out-of-domain | alexa wie heißt die währung in georgien | FB
out-of-domain | alexa wie alt ist die stadt trier | FB
out-of-domain | alexa was ist die hauptstadt vom internet | FB
out-of-domain | alexa ist berlin größer als hamburg | FB
out-of-domain | alexa welche hauptstadt hat den schönsten weihnachtsmarkt | FB
out-of-domain | alexa wie weit ist kiel von flensburg | FB
out-of-domain | alexa zeig mir die weltkarte | FB
out-of-domain | alexa welche sprache spricht man in suriname | FB
out-of-domain | alexa wann hat die apotheke notdienst | FB
out-of-domain | alexa wie hoch ist der berliner fernsehturm | FB
"""

if __name__ == "__main__":
    build_round(55, "de", LINES, sys.argv, "tests/Eval/de/round55/source/build_corpus.py")
