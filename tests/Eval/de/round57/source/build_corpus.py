"""Round 57, German (de-DE): a new author's own mix, written blind at the end of the sixty-third session (brief
WRITER72.md), for the next session's tuner.
Speakers and situations chosen apart from round 56 (Hannover, Lower Franconia and Würzburg, Potsdam, Halle an der
Saale, Augsburg, the Weinviertel, the Aargau, East Belgium and Eupen; Bosnians, Lebanese, Cameroonians, Chileans,
Lithuanians, Norwegians, the Irish, Tunisians, Bangladeshis; a tram driver, a vet practice, night feeding a baby, a
tattoo studio, a museum guard, the tax return, a carnival club, a wine tasting, a shooting club, a laundromat, an
alpine hut, an ice-cream parlour, marathon training), from round 55 (Bremen, the Kurpfalz, East Westphalia and Lippe,
the Mosel and Trier, the Upper Palatinate, St. Gallen, the Erzgebirge and Chemnitz, Flensburg with Danish, Upper
Lusatia with Sorbian greetings; Swedes, Egyptians, Pakistanis, Georgians, Colombians, Somalis, Armenians; an escape
room, a bowling club, a dog training school, a pharmacy night shift, a Christmas market, a karaoke evening, a cycling
tour, moving house, a knitting circle, a youth football coach, working from home), from round 54 (Frankfurt, Dresden,
Middle Franconia, Baden, Munich, Rostock, Bern, Salzburg, Erfurt; Serbians, Thai, Czechs, Moroccans, Japanese, Kurds,
British expats, Tamils from Sri Lanka, Indonesians, Ghanaians; primary school homework, a dentist's waiting room, a
cruise ship, a driving school, a beekeepers' club, a sauna, wedding planning and the honeymoon, a parcel courier, the
Quizduell app, a dairy farm, fishing at a lake, rarely asked small states), from round 53 (Cologne, the Ruhr, Hamburg,
Swabia, Vienna, Zürich, Mainz and Rheinhessen, East Frisia, North Tyrol, Berlin; Afghans, Iranians, Brazilians, Chinese
students, Nigerians in Nigerian Pidgin, Kosovo Albanians, Hungarians, French speakers, Koreans, learners dropping
articles; a night taxi driver, a Eurovision party, a World Cup prediction game and a fan bus, a building site lunch
break, a hospital stay, a flea market with an old globe and atlas, amateur radio DX, airline cabin crew on a layover,
the naturalisation test, a gym), from round 52 (the Saarland, Upper Franconia, the Vogtland, the Allgäu, Upper Austria,
Styria, Basel, South Tyrol, North Hesse, Leipzig; Turkish Germans, Polish workers, Syrians, Romanian carers, Spaniards,
Filipino nurses, Indian IT workers, American expats, Eritreans; a long-distance lorry driver and the CB radio, a night
shift in an old people's home, a train conductor on ICE and Nightjet, crossword puzzles, a Bundeswehr barracks, stamp
collectors, a camper van holiday, cooking while asking, a car trip with children on the back seat), from round 51
(Lower Bavaria, the Lower Rhine, the Westerwald, Carinthia, Central Switzerland, Lübeck and Travemünde, Luxembourgers,
the Siegerland, the Emsland; Ukrainian, Greek, Italian, Portuguese, Vietnamese, Croatian, Dutch-neighbour and
Russian-German speakers and startup Denglisch; a bakery early shift, a pub quiz, Rhine and Danube barge crews,
geocaching, a choir, a model railway club, a chess club, the board game Risiko, grandparents on a video call, a travel
agency, university geography exams, a ski holiday, a public library), from round 50 (Aachen, the Münsterland,
Düsseldorf, Oldenburg and the Ammerland, North Frisia and Sylt, Magdeburg and the Börde, the Uckermark and the
Prignitz, the Rhön and Fulda, the Odenwald, the West Palatinate, Hohenlohe, Vorarlberg, Burgenland, the Waldviertel,
Graubünden and the Valais; Bulgarian, Finnish, Mongolian, Nepali, Ethiopian, Peruvian and Kazakh speakers; Abitur
revision, a volunteer fire brigade, an allotment garden, a hairdresser's, a car workshop, TV quiz shows, Stadt Land
Fluss, bedtime, a hotel reception) and from the groups round 51 says round 49 and rounds 46 to 48 used.
Regions: Braunschweig ("nä", "jau", "nu", "ne wa", "aus der löwenstadt", "am burgplatz", "eintracht"), Kiel ("moin",
"büschen", "schietwetter", "sach ma", "nich lang schnacken", "tüdelkram", "kieler woche", "an der förde"), Konstanz and
Lake Constance ("gell", "hosch", "woisch", "isch", "mir sitzet am see", "mit dem seehas"), Usedom and Western Pomerania
("wat", "dat", "ick", "nee ne", "im strandkorb", "in den kaiserbädern"), the Bergisches Land and Wuppertal ("kumma",
"getz", "ey dat is", "sach ma", "mit der schwebebahn"), the Thurgau ("grüezi", "säg emol", "gopfriedstutz", "us
mostindien", "chasch mir sege"), Liechtenstein ("hoi", "hoi zäme", "im ländle", "grüezi mitenand", "lass es sii"),
German speakers in Namibia ("ja nee", "lekker", "ag", "is reg", "man", "auf der pad").
Migrants and learners: Argentines ("che", "dale", "boludo", "viste", "olvidate"), Slovaks ("ahoj", "prosim", "dakujem",
"no tak"), Iraqis ("shlonak", "wallah", "habibi", "zain", "khalas"), Kenyans ("sasa", "poa", "sawa", "asante",
"hapana", "nisaidie"), Venezuelans ("chamo", "pana", "épale", "chévere", "no vale"), Latvians ("sveiki", "paldies",
"labi"), Australians ("g'day", "mate", "reckon", "no worries", "righto"); several of them dropping articles or mixing
in their own language ("welche land hat prag als hauptstadt").
Jobs and situations: a riding stable ("ich striegel grad die stute", "in der reithalle", "beim satteln", "der
hufschmied"), a brass band rehearsal ("vor der probe", "die tuba ist gestimmt", "die posaunen", "beim zeltfest"), a
florist's ("ich binde gerade einen strauß", "die tulpen", "im blumenladen"), sailing ("vor anker", "backbord", "der
skipper", "mann über bord"), a call centre ("in der warteschleife", "headset auf", "zwischen zwei anrufen"), a
kindergarten ("im morgenkreis", "im stuhlkreis", "die vorschulkinder"), a butcher's counter ("hinter der fleischtheke",
"darf's ein bisschen mehr sein", "beim aufschnitt"), a pottery class ("die drehscheibe läuft", "der brennofen", "mit
ton an den händen"), a night security guard ("im wachdienst", "auf dem kontrollgang", "im pförtnerhäuschen"), a
world-map jigsaw puzzle ("tausend teile", "das puzzleteil"), hunting ("auf dem hochsitz", "der rehbock", "im
jagdhaus"), a yoga class ("nach dem sonnengruß", "im herabschauenden hund", "namaste").
Built by round12_hinl_corpus.py (build_round with round 57's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
subdivision | alexa weißt du die landeshauptstadt von {} | niedersachsen=DE-NI; schleswig-holstein=DE-SH; mecklenburg-vorpommern=DE-MV
subdivision | alexa in welcher stadt sitzt der landtag von {} | nordrhein-westfalen=DE-NW; bayern=DE-BY; sachsen=DE-SN
subdivision | alexa nenn mir mal die landeshauptstadt vom {} | saarland=DE-SL; freistaat thüringen=DE-TH; land bremen=DE-HB
subdivision | alexa was ist eigentlich die hauptstadt des bundesstaats {} | vermont=US-VT; wyoming=US-WY; oregon=US-OR
subdivision | alexa wo ist der gouverneurssitz von {} | kentucky=US-KY; illinois=US-IL; new york=US-NY
subdivision | alexa hauptstadt des amerikanischen bundesstaates {} bitte | north dakota=US-ND; west virginia=US-WV; arizona=US-AZ
subdivision | alexa welche stadt ist hauptstadt der provinz {} in kanada | manitoba=CA-MB; nova scotia=CA-NS; saskatchewan=CA-SK
subdivision | alexa was ist die hauptstadt vom territorium {} | nunavut=CA-NU; yukon=CA-YT; northern territory=AU-NT
subdivision | alexa die hauptstadt vom australischen bundesstaat {} | victoria=AU-VIC; western australia=AU-WA; new south wales=AU-NSW
subdivision | alexa welche stadt ist hauptstadt von {} in brasilien | bahia=BR-BA; minas gerais=BR-MG; amazonas=BR-AM
subdivision | alexa hauptstadt des indischen bundesstaats {} | rajasthan=IN-RJ; westbengalen=IN-WB; karnataka=IN-KA
subdivision | alexa welches ist die hauptstadt des bundesstaats {} in mexiko | sonora=MX-SON; chiapas=MX-CHP; nuevo león=MX-NLE
subdivision | alexa was ist die hauptstadt von schottland eigentlich | GB-SCT
subdivision | alexa welche stadt ist die hauptstadt von england | GB-ENG
subdivision | alexa weißt du was die hauptstadt von tirol ist | FB
subdivision | alexa was ist die hauptstadt vom kanton zürich | FB
subdivision | alexa hauptstadt der bretagne | FB
subdivision | alexa was ist die hauptstadt von sibirien | FB
subdivision | alexa welche stadt ist die hauptstadt von bayern und seit wann | DE-BY
subdivision | alexa was ist die hauptstadt von neukaledonien | NC
subdivision | alexa wie heißt die hauptstadt von französisch-polynesien | PF
subdivision | alexa was ist die hauptstadt der isle of man | IM
subdivision | alexa die hauptstadt von guam | GU
subdivision | alexa was ist die hauptstadt von hawaii | US-HI
subdivision | alexa welche stadt ist die hauptstadt vom bundesland steiermark | FB
subdivision | alexa hauptstadt von kalifornien | US-CA
subdivision | alexa was ist die hauptstadt der region lombardei | FB
subdivision | alexa was ist die hauptstadt der britischen jungferninseln | VG
subdivision | alexa sag mir die hauptstadt von bermuda | BM
subdivision | alexa welche stadt ist hauptstadt des bundesstaats jalisco in mexiko | MX-JAL
subdivision | alexa wie heißt die hauptstadt von québec | CA-QC
subdivision | alexa was ist die hauptstadt von goa in indien | IN-GA
plural-capitals | alexa welche hauptstädte hat südafrika | ZA
plural-capitals | alexa nenn mir alle drei hauptstädte von südafrika | ZA
plural-capitals | alexa was sind die hauptstädte von südafrika | ZA
plural-capitals | alexa südafrika hat doch mehrere hauptstädte welche sind das | ZA
plural-capitals | alexa die beiden hauptstädte von bolivien | BO
plural-capitals | alexa welche zwei hauptstädte hat bolivien | BO
plural-capitals | alexa bolivien hat zwei hauptstädte oder welche | BO
plural-capitals | alexa sag mir die hauptstädte von bolivien | BO
plural-capitals | alexa was sind die beiden hauptstädte der niederlande | NL
plural-capitals | alexa die niederlande haben zwei hauptstädte welche | NL
plural-capitals | alexa welche hauptstädte haben die niederlande eigentlich | NL
plural-capitals | alexa hauptstädte von holland | NL
plural-capitals | alexa welche hauptstädte hat malaysia | MY
plural-capitals | alexa malaysia hat zwei hauptstädte welche sind es | MY
plural-capitals | alexa nenne mir beide hauptstädte von malaysia | MY
plural-capitals | alexa was sind die zwei hauptstädte malaysias | MY
plural-capitals | alexa welche hauptstädte hat sri lanka | LK
plural-capitals | alexa die beiden hauptstädte von sri lanka bitte | LK
plural-capitals | alexa sri lanka hat zwei hauptstädte oder | LK
plural-capitals | alexa welche hauptstädte hat benin | BJ
plural-capitals | alexa benin hat zwei hauptstädte welche | BJ
plural-capitals | alexa was sind die hauptstädte von benin in westafrika | BJ
plural-capitals | alexa welche hauptstädte hat eswatini | SZ
plural-capitals | alexa swasiland hat doch zwei hauptstädte | SZ
plural-capitals | alexa die zwei hauptstädte von eswatini | SZ
plural-capitals | alexa welche hauptstädte hat die côte d'ivoire | CI
plural-capitals | alexa die elfenbeinküste hat zwei hauptstädte welche sind das | CI
plural-capitals | alexa sag mir beide hauptstädte der elfenbeinküste | CI
plural-capitals | alexa welche hauptstädte hat palästina | PS
plural-capitals | alexa was sind die beiden hauptstädte von palästina | PS
plural-capitals | alexa wie viele hauptstädte hat südafrika und welche | ZA
plural-capitals | alexa welche beiden städte sind hauptstädte von bolivien | BO
plural-capitals | alexa zähl mir die hauptstädte von südafrika auf | ZA
plural-capitals | alexa amsterdam und den haag sind beides hauptstädte oder welche hauptstädte hat holland | NL
plural-capitals | alexa kuala lumpur und putrajaya welche hauptstädte hat malaysia genau | MY
plural-capitals | alexa welche länder haben zwei hauptstädte | FB
help | alexa hilfe ich versteh das spiel nicht | HELP
help | alexa was kann ich dich bei hauptstädte der welt alles fragen | HELP
help | alexa wie funktioniert hauptstädte der welt eigentlich | HELP
help | alexa erklär mir mal wie das hier geht | HELP
help | alexa was muss ich denn jetzt sagen | HELP
help | alexa ich weiß nicht wie ich fragen soll | HELP
help | alexa frag hauptstädte der welt nach hilfe | HELP
help | alexa gib mir mal ein paar beispiele was ich fragen kann | HELP
help | alexa was geht hier überhaupt | HELP
help | alexa moin wie bedien ich das hier | HELP
help | alexa hilf mir mal kurz weiter | HELP
help | alexa ich komm nicht klar mit dem skill | HELP
help | alexa wie frag ich nach einer hauptstadt | HELP
help | alexa welche fragen verstehst du hier | HELP
help | alexa hilfe bitte ich hab keine ahnung | HELP
help | alexa was kann der skill | HELP
help | alexa kannst du mir erklären was ich hier machen kann | HELP
help | alexa ich brauch eine anleitung | HELP
help | alexa che wie funktioniert das | HELP
help | alexa sasa wie benutze ich das hier | HELP
help | alexa ahoj was kann ich hier sagen | HELP
help | alexa mate how does this work auf deutsch bitte | HELP
help | alexa gell wie geht des do | HELP
help | alexa wat soll ich dir denn sagen hilf mir | HELP
stop | alexa stopp jetzt reicht's | STOP
stop | alexa hör auf mit den hauptstädten | STOP
stop | alexa ruhe bitte | STOP
stop | alexa aus jetzt | STOP
stop | alexa beende hauptstädte der welt | STOP
stop | alexa schluss für heute | STOP
stop | alexa mach aus | STOP
stop | alexa halt die klappe | STOP
stop | alexa das war's danke | STOP
stop | alexa genug hauptstädte für heute | STOP
stop | alexa hör mal auf zu reden | STOP
stop | alexa feierabend | STOP
stop | alexa stopp stopp stopp | STOP
stop | alexa ich will nicht mehr | STOP
stop | alexa tschüss | STOP
stop | alexa beenden bitte | STOP
stop | alexa moin das reicht nu | STOP
stop | alexa che basta | STOP
stop | alexa dakujem to staci stopp | STOP
stop | alexa asante das war's | STOP
stop | alexa cheers mate das reicht | STOP
stop | alexa ade jetzt isch gnueg | STOP
stop | alexa sei still ich muss telefonieren | STOP
cancel | alexa abbrechen | CANCEL
cancel | alexa vergiss es | CANCEL
cancel | alexa lass gut sein | CANCEL
cancel | alexa nee doch nicht | CANCEL
cancel | alexa abbruch | CANCEL
cancel | alexa brich das ab | CANCEL
cancel | alexa war nichts vergiss die frage | CANCEL
cancel | alexa egal lass mal | CANCEL
cancel | alexa ach vergiss das einfach | CANCEL
cancel | alexa ne lass stecken | CANCEL
cancel | alexa frage zurückziehen | CANCEL
cancel | alexa abbrechen bitte abbrechen | CANCEL
cancel | alexa doch nicht so wichtig abbrechen | CANCEL
cancel | alexa storno | CANCEL
cancel | alexa lass die frage | CANCEL
cancel | alexa che olvidate vergiss es | CANCEL
cancel | alexa pana vergiss es einfach | CANCEL
cancel | alexa nee lass ma jut sein | CANCEL
cancel | alexa nichts mehr fragen abbrechen | CANCEL
cancel | alexa hat sich erledigt | CANCEL
cancel | alexa schon gut vergiss es | CANCEL
cancel | alexa annullieren | CANCEL
cancel | alexa vergiss des wieder | CANCEL
cancel | alexa neee abbrechen hab mich vertan | CANCEL
launch | alexa öffne hauptstädte der welt | LAUNCH
launch | alexa starte hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt | LAUNCH
launch | alexa mach hauptstädte der welt auf | LAUNCH
launch | alexa hauptstädte der welt starten bitte | LAUNCH
launch | alexa ich will hauptstädte der welt spielen | LAUNCH
launch | alexa spiel hauptstädte der welt | LAUNCH
launch | alexa lass uns hauptstädte der welt machen | LAUNCH
launch | alexa moin starte mal hauptstädte der welt | LAUNCH
launch | alexa kannst du hauptstädte der welt öffnen | LAUNCH
launch | alexa öffne bitte den skill hauptstädte der welt | LAUNCH
launch | alexa aktiviere hauptstädte der welt | LAUNCH
launch | alexa ruf hauptstädte der welt auf | LAUNCH
launch | alexa hauptstädte der welt öffnen | LAUNCH
launch | alexa ich möchte hauptstädte der welt benutzen | LAUNCH
launch | alexa starte den hauptstädte der welt skill | LAUNCH
launch | alexa geh mal auf hauptstädte der welt | LAUNCH
launch | alexa mach mal hauptstädte der welt an | LAUNCH
launch | alexa zeig mir hauptstädte der welt | LAUNCH
launch | alexa che abrí hauptstädte der welt | LAUNCH
launch | alexa sasa fungua hauptstädte der welt | LAUNCH
launch | alexa ahoj spusti hauptstädte der welt | LAUNCH
launch | alexa g'day starte hauptstädte der welt | LAUNCH
launch | alexa gell mach hauptstädte der welt uf | LAUNCH
launch | alexa los geht's mit hauptstädte der welt | LAUNCH
launch | alexa die kinder wollen hauptstädte der welt hören | LAUNCH
launch | alexa wir machen jetzt hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt bitte öffnen danke | LAUNCH
launch | alexa öffne mal hauptstädte der welt für mich | LAUNCH
launch | alexa hallo starte hauptstädte der welt | LAUNCH
launch | alexa bitte hauptstädte der welt | LAUNCH
launch | alexa pana abre hauptstädte der welt | LAUNCH
launch | alexa öffne hauptstädte der welt in der küche | LAUNCH
follow-up | und von {} | tschad=TD; niger=NE; mali=ML
follow-up | und was ist mit {} | burkina faso=BF; guinea-bissau=GW; sierra leone=SL
follow-up | und jetzt {} bitte | kirgisistan=KG; tadschikistan=TJ; turkmenistan=TM
follow-up | und wie ist es bei {} | nordkorea=KP; südkorea=KR; palästina=PS
follow-up | okay und {} | liberia=LR; gambia=GM; togo=TG
follow-up | gut und die von {} | komoren=KM; seychellen=SC; mauritius=MU
follow-up | und {} noch | tuvalu=TV; nauru=NR; kiribati=KI
follow-up | jetzt noch {} | dschibuti=DJ; eritrea=ER; somalia=SO
follow-up | ach und {} | demokratische republik kongo=CD; republik kongo=CG; bolivien=BO
follow-up | und bei {} so | usbekistan=UZ; aserbaidschan=AZ; armenien=AM
follow-up | alexa und {} | lettland=LV; estland=EE; litauen=LT
follow-up | weiter mit {} | mauretanien=MR; marokko=MA; algerien=DZ
follow-up | dann noch {} und schluss | malta=MT; zypern=CY; island=IS
follow-up | und die hauptstadt vom nachbarland bolivien | BO
follow-up | und dasselbe für malaysia | MY
follow-up | und vom anderen kongo | FB
follow-up | und das gleiche nochmal für südkorea | KR
follow-up | noch eine und zwar simbabwe | ZW
yes-no-check | alexa ist {} die hauptstadt von kanada | ottawa=CA; toronto=CA; montreal=CA
yes-no-check | alexa stimmt es dass {} die hauptstadt der türkei ist | ankara=TR; istanbul=TR
yes-no-check | alexa liegt die hauptstadt von {} wirklich in der wüste | mauretanien=MR; niger=NE; tschad=TD
yes-no-check | alexa ist kapstadt eine hauptstadt von südafrika | ZA
yes-no-check | alexa stimmt es dass pjöngjang die hauptstadt von nordkorea ist | KP
yes-no-check | alexa ist seoul die hauptstadt von südkorea | KR
yes-no-check | alexa ist kinshasa die hauptstadt vom kongo | CD
yes-no-check | alexa ist brazzaville die hauptstadt der republik kongo | CG
yes-no-check | alexa ist ramallah die hauptstadt von palästina | PS
yes-no-check | alexa ist la paz die hauptstadt von bolivien oder sucre | BO
yes-no-check | alexa ist amsterdam wirklich die hauptstadt der niederlande | NL
yes-no-check | alexa ist kuala lumpur noch die hauptstadt von malaysia | MY
yes-no-check | alexa ist canberra die hauptstadt von australien ja oder nein | AU
yes-no-check | alexa stimmt das dass rio nicht mehr die hauptstadt von brasilien ist | BR
yes-no-check | alexa ist almaty noch die hauptstadt von kasachstan | KZ
yes-no-check | alexa ist lagos die hauptstadt von nigeria | NG
yes-no-check | alexa ist dar es salaam die hauptstadt von tansania | TZ
yes-no-check | alexa ist yangon die hauptstadt von myanmar | MM
yes-no-check | alexa ist bern wirklich die hauptstadt der schweiz | CH
yes-no-check | alexa ist abidjan die hauptstadt der elfenbeinküste | CI
yes-no-check | alexa ist colombo die hauptstadt von sri lanka | LK
yes-no-check | alexa ist cotonou die hauptstadt von benin | BJ
yes-no-check | alexa ist belize city die hauptstadt von belize | BZ
yes-no-check | alexa hat ecuador quito als hauptstadt | EC
yes-no-check | alexa heißt die hauptstadt von nepal kathmandu | NP
yes-no-check | alexa ist wellington die hauptstadt von neuseeland oder auckland | NZ
yes-no-check | alexa ist zürich die hauptstadt der schweiz oder nicht | CH
self-correction | alexa hauptstadt von österreich äh nein australien | AU
self-correction | alexa was ist die hauptstadt von slowenien nee slowakei | SK
self-correction | alexa die hauptstadt von schweden ich mein die schweiz | CH
self-correction | alexa hauptstadt von niger äh nigeria mein ich | NG
self-correction | alexa was ist die hauptstadt von guinea ne äquatorialguinea | GQ
self-correction | alexa hauptstadt von nordkorea nein sorry südkorea | KR
self-correction | alexa hauptstadt von südkorea quatsch nordkorea | KP
self-correction | alexa die hauptstadt vom kongo ich meine die demokratische republik | CD
self-correction | alexa hauptstadt von kongo kinshasa nee brazzaville meine ich | CG
self-correction | alexa was ist die hauptstadt von iran oh sorry irak | IQ
self-correction | alexa hauptstadt von gambia nein von sambia | ZM
self-correction | alexa hauptstadt von dominica äh dominikanische republik | DO
self-correction | alexa hauptstadt von lettland nein litauen | LT
self-correction | alexa sag mir die hauptstadt von uruguay warte paraguay | PY
self-correction | alexa hauptstadt von island nein irland | IE
self-correction | alexa was ist die hauptstadt von mali moment malawi | MW
self-correction | alexa hauptstadt von sudan äh südsudan | SS
self-correction | alexa hauptstadt von bolivien nee doch venezuela | VE
self-correction | alexa die hauptstadt von malaysia äh malediven | MV
self-correction | alexa hauptstadt von tansania oh ich meinte mauretanien | MR
self-correction | alexa hauptstadt von montenegro nee von mazedonien | MK
self-correction | alexa hauptstadt von palästina ne israel meinte ich | IL
self-correction | alexa die hauptstadt von armenien nein albanien | AL
self-correction | alexa hauptstadt von serbien pardon von kroatien | HR
self-correction | alexa welche stadt ist die hauptstadt von kolumbien äh kambodscha | KH
self-correction | alexa hauptstadt von katar nee kuwait | KW
self-correction | alexa hauptstadt von tonga ich meine togo | TG
reverse-question | alexa von welchem land ist {} die hauptstadt | ouagadougou=CITY:Ouagadougou; bischkek=CITY:Bischkek; paramaribo=CITY:Paramaribo
reverse-question | alexa {} ist die hauptstadt von welchem land | nouakchott=CITY:Nouakchott; antananarivo=CITY:Antananarivo; ulaanbaatar=CITY:Ulaanbaatar
reverse-question | alexa zu welchem staat gehört die hauptstadt {} | tegucigalpa=CITY:Tegucigalpa; asunción=CITY:Asunción; montevideo=CITY:Montevideo
reverse-question | alexa welches land hat pjöngjang als hauptstadt | CITY:Pjöngjang
reverse-question | alexa wo ist seoul die hauptstadt | CITY:Seoul
reverse-question | alexa welches land hat kinshasa als hauptstadt | CITY:Kinshasa
reverse-question | alexa brazzaville ist hauptstadt von was | CITY:Brazzaville
reverse-question | alexa welches land regiert von ramallah aus | CITY:Ramallah
reverse-question | alexa welches land hat putrajaya als hauptstadt | CITY:Putrajaya
reverse-question | alexa zu welchem land gehört die hauptstadt bloemfontein | CITY:Bloemfontein
reverse-question | alexa sucre ist die hauptstadt von welchem land | CITY:Sucre
reverse-question | alexa den haag ist regierungssitz von welchem land | CITY:Den Haag
reverse-question | alexa welches land hat thimphu als hauptstadt | CITY:Thimphu
reverse-question | alexa wessen hauptstadt ist vaduz | CITY:Vaduz
reverse-question | alexa windhoek ist hauptstadt von | CITY:Windhoek
reverse-question | alexa welches land hat die hauptstadt riga | CITY:Riga
reverse-question | alexa welcher staat hat mogadischu als hauptstadt | CITY:Mogadischu
reverse-question | alexa hauptstadt nairobi welches land | CITY:Nairobi
reverse-question | alexa zu welchem land gehört caracas | CITY:Caracas
reverse-question | alexa von welchem land ist bagdad die hauptstadt | CITY:Bagdad
reverse-question | alexa welcher inselstaat hat honiara als hauptstadt | CITY:Honiara
reverse-question | alexa in welchem land ist naypyidaw die hauptstadt | CITY:Naypyidaw
reverse-question | alexa welchem land gehört die hauptstadt lomé | CITY:Lomé
reverse-question | alexa von welchem land ist bratislava die hauptstadt | CITY:Bratislava
reverse-question | alexa welches land hat buenos aires als hauptstadt | CITY:Buenos Aires
official-name | alexa was ist die hauptstadt der {} | vereinigten republik tansania=TZ; föderativen republik brasilien=BR; bundesrepublik nigeria=NG
official-name | alexa die hauptstadt des staates {} | bolivien plurinationaler staat=BO; haschemitisches königreich jordanien=JO; sultanat oman=OM
official-name | alexa welche stadt ist hauptstadt der {} | demokratischen volksrepublik korea=KP; republik korea=KR; demokratischen volksrepublik laos=LA
official-name | alexa was ist die hauptstadt vom {} | königreich der niederlande=NL; königreich eswatini=SZ; königreich lesotho=LS
official-name | alexa hauptstadt der republik südafrika | ZA
official-name | alexa was ist die hauptstadt der demokratischen republik kongo | CD
official-name | alexa hauptstadt der republik kongo | CG
official-name | alexa welche stadt ist die hauptstadt des staates palästina | PS
official-name | alexa die hauptstadt der bundesrepublik deutschland | DE
official-name | alexa was ist die hauptstadt der islamischen republik iran | IR
official-name | alexa hauptstadt der arabischen republik ägypten | EG
official-name | alexa was ist die hauptstadt der demokratischen sozialistischen republik sri lanka | LK
official-name | alexa hauptstadt der republik côte d'ivoire | CI
official-name | alexa was ist die hauptstadt der kooperativen republik guyana | GY
official-name | alexa die hauptstadt der vereinigten mexikanischen staaten | MX
official-name | alexa was ist die hauptstadt der russischen föderation | RU
official-name | alexa hauptstadt der sozialistischen republik vietnam | VN
official-name | alexa was ist die hauptstadt der republik der union myanmar | MM
official-name | alexa hauptstadt des unabhängigen staates samoa | WS
official-name | alexa was ist die hauptstadt der föderierten staaten von mikronesien | FM
official-name | alexa hauptstadt der republik benin | BJ
official-name | alexa die hauptstadt des großherzogtums luxemburg | LU
official-name | alexa hauptstadt der republik der fidschi-inseln | FJ
official-name | alexa was ist die hauptstadt des staates eritrea | ER
everyday-name | alexa was ist die hauptstadt von {} | holland=NL; burma=MM; weißrussland=BY
everyday-name | alexa hauptstadt von {} sag mal | england=GB-ENG; amerika=US; den emiraten=AE
everyday-name | alexa welche stadt ist hauptstadt von {} heute | swasiland=SZ; ceylon=LK; dahomey=BJ
everyday-name | alexa wie heißt die hauptstadt von {} nochmal | mazedonien=MK; osttimor=TL; kap verde=CV
everyday-name | alexa was ist die hauptstadt von den usa | US
everyday-name | alexa was ist die hauptstadt von großbritannien | GB
everyday-name | alexa hauptstadt von tschechei | CZ
everyday-name | alexa die hauptstadt von nord korea | KP
everyday-name | alexa die hauptstadt von süd korea | KR
everyday-name | alexa hauptstadt vom kongo mit kinshasa | CD
everyday-name | alexa hauptstadt von kongo brazzaville | CG
everyday-name | alexa welche stadt ist die hauptstadt vom westjordanland | PS
everyday-name | alexa hauptstadt von zaire | CD
everyday-name | alexa was war die hauptstadt von persien | IR
everyday-name | alexa die hauptstadt von siam | TH
everyday-name | alexa hauptstadt von kampuchea | KH
everyday-name | alexa was ist die hauptstadt von moldawien | MD
everyday-name | alexa was ist die hauptstadt von kirgisien | KG
everyday-name | alexa hauptstadt vom vatikan | VA
everyday-name | alexa hauptstadt von den philippinen | PH
everyday-name | alexa was ist die hauptstadt von der elfenbeinküste | CI
everyday-name | alexa hauptstadt von abessinien | ET
everyday-name | alexa was ist die hauptstadt von malaya | MY
everyday-name | alexa welche stadt ist die hauptstadt von bosnien | BA
everyday-name | alexa hauptstadt von trinidad | TT
everyday-name | alexa was ist die hauptstadt von st vincent | VC
everyday-name | alexa hauptstadt von antigua | AG
everyday-name | alexa was ist die hauptstadt von st kitts | KN
everyday-name | alexa was ist die hauptstadt von der dominikanischen | DO
everyday-name | alexa hauptstadt von neuguinea | PG
shared-name | alexa was ist die hauptstadt von korea | KP+KR
shared-name | alexa hauptstadt von kongo | CD+CG
shared-name | alexa welche stadt ist hauptstadt von georgia in amerika | US-GA
shared-name | alexa was ist die hauptstadt von georgien am schwarzen meer | GE
shared-name | alexa die hauptstädte von den beiden koreas | KP+KR
shared-name | alexa die hauptstädte der beiden kongos | CD+CG
shared-name | alexa was ist die hauptstadt von guinea | GN
shared-name | alexa hauptstadt von washington dem bundesstaat | US-WA
shared-name | alexa hauptstadt von luxemburg | LU
shared-name | alexa was ist die hauptstadt von dominica in der karibik | DM
shared-name | alexa sudan hauptstadt nicht der südsudan | SD
shared-name | alexa hauptstadt von samoa nicht amerikanisch-samoa | WS
shared-name | alexa welche stadt ist hauptstadt von amerikanisch-samoa | AS
shared-name | alexa hauptstadt von irland der republik nicht nordirland | IE
shared-name | alexa was ist die hauptstadt vom staat new york | US-NY
shared-name | alexa was sind die hauptstädte von korea nord und süd | KP+KR
shared-name | alexa welche hauptstadt hat der kongo beide länder bitte | CD+CG
shared-name | alexa was ist die hauptstadt von mexiko dem land | MX
shared-name | alexa hauptstadt von mexiko dem bundesstaat | MX-MEX
shared-name | alexa welche stadt ist die hauptstadt von berlin | DE-BE
shared-name | alexa hauptstadt von virginia | US-VA
shared-name | alexa was ist die hauptstadt von west virginia | US-WV
shared-name | alexa hauptstadt von punjab in indien | IN-PB
shared-name | alexa welche hauptstadt hat punjab in pakistan | FB
shared-name | alexa was ist die hauptstadt von macedonia in griechenland | FB
shared-name | alexa wie heißen die hauptstädte von korea | KP+KR
shared-name | alexa kongo welche hauptstädte | CD+CG
out-of-domain | alexa wie wird das wetter morgen in kiel | FB
out-of-domain | alexa stell einen timer auf zwölf minuten | FB
out-of-domain | alexa spiel musik von helene fischer | FB
out-of-domain | alexa wie viele einwohner hat kuala lumpur | FB
out-of-domain | alexa was ist die hauptstadt von afrika | FB
out-of-domain | alexa was ist die hauptstadt von südamerika | FB
out-of-domain | alexa wie spät ist es in pjöngjang | FB
out-of-domain | alexa welche währung hat südafrika | FB
out-of-domain | alexa wie hoch liegt la paz | FB
out-of-domain | alexa wie lange fliegt man nach seoul | FB
out-of-domain | alexa was heißt danke auf niederländisch | FB
out-of-domain | alexa wer ist der präsident von bolivien | FB
out-of-domain | alexa wie groß ist malaysia | FB
out-of-domain | alexa erzähl mir einen witz | FB
out-of-domain | alexa wie viel uhr ist es | FB
out-of-domain | alexa setz milch auf die einkaufsliste | FB
out-of-domain | alexa mach das licht im flur aus | FB
out-of-domain | alexa wecker auf sechs uhr dreißig | FB
out-of-domain | alexa spiel ndr zwei | FB
out-of-domain | alexa wie ist der verkehr nach braunschweig | FB
out-of-domain | alexa was ist die größte stadt der welt | FB
out-of-domain | alexa welche hauptstadt liegt am höchsten | FB
out-of-domain | alexa welcher fluss fließt durch kinshasa | FB
out-of-domain | alexa wie viele länder gibt es in afrika | FB
out-of-domain | alexa was ist die hauptstadt von europa | FB
out-of-domain | alexa was ist die hauptstadt von asien | FB
out-of-domain | alexa wie ist die vorwahl von den niederlanden | FB
out-of-domain | alexa welche sprache spricht man in malaysia | FB
out-of-domain | alexa wann wurde brasília gebaut | FB
out-of-domain | alexa wie kalt ist es in ulaanbaatar | FB
out-of-domain | alexa was ist die hauptstadt von atlantis | FB
out-of-domain | alexa was ist die hauptstadt von westeros | FB
out-of-domain | alexa was ist die hauptstadt vom mars | FB
out-of-domain | alexa wie viele hauptstädte gibt es auf der welt | FB
out-of-domain | alexa welche ist die kleinste hauptstadt der welt | FB
out-of-domain | alexa welche hauptstadt hat die meisten einwohner | FB
out-of-domain | alexa wie weit ist es von berlin nach moskau | FB
out-of-domain | alexa was kostet ein flug nach bangkok | FB
out-of-domain | alexa was ist die hauptstadt von ostfriesland | FB
out-of-domain | alexa was ist die hauptstadt von mittelerde | FB
out-of-domain | alexa wer hat die fußball wm zwanzig vierzehn gewonnen | FB
out-of-domain | alexa wie heißt der bürgermeister von wien | FB
out-of-domain | alexa was ist die hauptstadt von der sowjetunion gewesen | FB
out-of-domain | alexa was war die hauptstadt der ddr | FB
out-of-domain | alexa was war die hauptstadt von preußen | FB
out-of-domain | alexa was ist die hauptstadt von lappland | FB
out-of-domain | alexa was ist die hauptstadt von patagonien | FB
out-of-domain | alexa wie viel ist ein euro in ringgit | FB
out-of-domain | alexa was ist die nationalhymne von südkorea | FB
out-of-domain | alexa erzähl mir was über pretoria | FB
out-of-domain | alexa spiel das lied hauptstadt von annenmaykantereit | FB
out-of-domain | alexa wie heißt der hauptbahnhof von hannover | FB
out-of-domain | alexa ruf mama an | FB
out-of-domain | alexa wie ist das wetter in den haag | FB
out-of-domain | alexa wann geht die sonne unter | FB
out-of-domain | alexa was ist ein hauptwort | FB
out-of-domain | alexa was bedeutet das wort hauptstadt | FB
out-of-domain | alexa welche länder grenzen an bolivien | FB
out-of-domain | alexa wie viele bundesländer hat deutschland | FB
out-of-domain | alexa welche flagge hat malaysia | FB
out-of-domain | alexa was ist die hauptstadt der ostsee | FB
out-of-domain | alexa was ist die hauptstadt von ozeanien | FB
out-of-domain | alexa was ist die hauptstadt vom nordpol | FB
out-of-domain | alexa was ist die hauptstadt von bielefeld | FB
out-of-domain | alexa was ist die hauptstadt von hogwarts | FB
out-of-domain | alexa wie heißt die hauptstadt von entenhausen | FB
out-of-domain | alexa lies mir die nachrichten vor | FB
out-of-domain | alexa wie viele kalorien hat eine banane | FB
out-of-domain | alexa dreh die heizung hoch | FB
out-of-domain | alexa wie lange kocht ein ei | FB
out-of-domain | alexa wer wohnt in pretoria | FB
out-of-domain | alexa wie heißt der könig der niederlande | FB
out-of-domain | alexa wo liegt der nyasasee | FB
out-of-domain | alexa welche religion hat malaysia | FB
out-of-domain | alexa wie sagt man hallo auf koreanisch | FB
out-of-domain | alexa welcher berg ist der höchste in afrika | FB
out-of-domain | alexa übersetz hauptstadt auf englisch | FB
out-of-domain | alexa was ist das kapital von karl marx | FB
out-of-domain | alexa buch mir ein hotel in sucre | FB
out-of-domain | alexa wie viele sprachen hat südafrika | FB
out-of-domain | alexa was ist die hauptstadt von kurdistan | FB
out-of-domain | alexa was ist die hauptstadt von tibet | FB
out-of-domain | alexa was ist die hauptstadt von katalonien | FB
out-of-domain | alexa was ist die hauptstadt vom baskenland | FB
out-of-domain | alexa hauptstadt von flandern | FB
out-of-domain | alexa was ist die hauptstadt von transsilvanien | FB
out-of-domain | alexa was ist die hauptstadt von biafra | FB
out-of-domain | alexa wie viele menschen leben ungefähr in pretoria heutzutage | FB
out-of-domain | alexa seit wann ist putrajaya regierungssitz | FB
out-of-domain | alexa wer hat den haag gegründet | FB
out-of-domain | alexa in welchem jahr wurde canberra zur hauptstadt | FB
out-of-domain | alexa welcher fluss fließt durch brazzaville und kinshasa gleichzeitig | FB
out-of-domain | alexa wie viele einwohner hat seoul mit umland | FB
out-of-domain | alexa wie heißt der diktator von nordkorea | FB
out-of-domain | alexa wie lange dauert die zugfahrt von kiel nach kopenhagen | FB
out-of-domain | alexa was ist die hauptstadt von lateinamerika | FB
out-of-domain | alexa was ist die hauptstadt vom nahen osten | FB
out-of-domain | alexa welche stadt ist die hauptstadt von nordafrika | FB
out-of-domain | alexa was ist die hauptstadt von westafrika | FB
out-of-domain | alexa was ist die hauptstadt der arktis | FB
out-of-domain | alexa was ist die hauptstadt der europäischen union | FB
out-of-domain | alexa was ist die hauptstadt vom sauerland | FB
out-of-domain | alexa was ist die hauptstadt vom schwarzwald | FB
out-of-domain | alexa was ist die hauptstadt von der lüneburger heide | FB
out-of-domain | alexa was ist die hauptstadt von sylt | FB
out-of-domain | alexa was ist die hauptstadt von rügen | FB
out-of-domain | alexa was ist die hauptstadt von mallorca | FB
out-of-domain | alexa was ist die hauptstadt von sizilien | FB
out-of-domain | alexa was ist die hauptstadt von schlaraffenland | FB
out-of-domain | alexa was ist die hauptstadt von wakanda | FB
out-of-domain | alexa was ist die hauptstadt von tatooine | FB
out-of-domain | alexa was ist die hauptstadt der schlümpfe | FB
out-of-domain | alexa welche hauptstadt hat das beste essen | FB
out-of-domain | alexa welche hauptstadt ist am schönsten | FB
out-of-domain | alexa welche hauptstadt liegt am weitesten im süden | FB
out-of-domain | alexa welche hauptstadt ist die älteste der welt | FB
out-of-domain | alexa welche hauptstadt liegt am nächsten an kiel | FB
out-of-domain | alexa in welcher hauptstadt regnet es am meisten | FB
out-of-domain | alexa welche hauptstädte liegen am meer | FB
out-of-domain | alexa welche hauptstädte fangen mit b an | FB
out-of-domain | alexa welche hauptstadt hat die meisten brücken | FB
out-of-domain | alexa wie heißt die hauptstadt auf englisch | FB
out-of-domain | alexa wie schreibt man ouagadougou | FB
out-of-domain | alexa buchstabier mir reykjavík | FB
out-of-domain | alexa wie spricht man bloemfontein aus | FB
out-of-domain | alexa wie heißt die währung in bolivien | FB
out-of-domain | alexa welche sprache spricht man in sri lanka | FB
out-of-domain | alexa was isst man in malaysia zum frühstück | FB
out-of-domain | alexa wann ist in südkorea neujahr | FB
out-of-domain | alexa braucht man ein visum für südafrika | FB
out-of-domain | alexa ist es in la paz gerade tag oder nacht | FB
out-of-domain | alexa welche hauptstadt hat weniger einwohner als braunschweig | FB
out-of-domain | alexa wo liegt benin auf der karte | FB
out-of-domain | alexa welcher kontinent ist eswatini | FB
out-of-domain | alexa an welchem meer liegt die elfenbeinküste | FB
out-of-domain | alexa warum hat bolivien keinen zugang zum meer | FB
out-of-domain | alexa warum hat südafrika drei hauptstädte | FB
out-of-domain | alexa warum ist amsterdam nicht der regierungssitz | FB
out-of-domain | alexa warum gibt es zwei koreas | FB
out-of-domain | alexa warum heißen beide länder kongo | FB
out-of-domain | alexa wie heißt der präsident von palästina | FB
out-of-domain | alexa wie viele provinzen hat kanada | FB
out-of-domain | alexa wie viele bundesstaaten hat amerika | FB
out-of-domain | alexa wie viele kantone hat die schweiz | FB
out-of-domain | alexa wie viele länder gibt es auf der welt | FB
out-of-domain | alexa nenn mir alle länder in europa | FB
out-of-domain | alexa welche länder liegen in ozeanien | FB
out-of-domain | alexa was ist das größte land der welt | FB
out-of-domain | alexa was ist das kleinste land in afrika | FB
out-of-domain | alexa stell einen wecker für morgen um fünf | FB
out-of-domain | alexa mach die musik leiser | FB
out-of-domain | alexa lauter bitte | FB
out-of-domain | alexa welcher tag ist heute | FB
out-of-domain | alexa wie viel ist dreizehn mal siebzehn | FB
out-of-domain | alexa was gibt's neues | FB
out-of-domain | alexa spiel meine playlist für die autofahrt | FB
out-of-domain | alexa erinnere mich morgen an den zahnarzt | FB
out-of-domain | alexa wann fährt der nächste bus zum hauptbahnhof | FB
out-of-domain | alexa bestell mir eine pizza | FB
out-of-domain | alexa wie ist der dax heute | FB
out-of-domain | alexa wer singt atemlos | FB
out-of-domain | alexa was ist der sinn des lebens | FB
out-of-domain | alexa kennst du siri | FB
out-of-domain | alexa magst du mich | FB
out-of-domain | alexa wie alt bist du | FB
out-of-domain | alexa gute nacht | FB
out-of-domain | alexa guten morgen wie wird der tag | FB
out-of-domain | alexa welche hauptstadt hatte deutschland vor berlin | FB
out-of-domain | alexa war bonn mal hauptstadt | FB
out-of-domain | alexa was war die hauptstadt vom römischen reich | FB
out-of-domain | alexa was war die hauptstadt von jugoslawien | FB
out-of-domain | alexa was war die hauptstadt der tschechoslowakei | FB
out-of-domain | alexa was ist die hauptstadt von hessen-kassel gewesen | FB
out-of-domain | alexa welche stadt ist die heimliche hauptstadt von deutschland | FB
out-of-domain | alexa was ist die hauptstadt des fußballs | FB
out-of-domain | alexa was ist die modehauptstadt der welt | FB
out-of-domain | alexa welche stadt ist kulturhauptstadt europas dieses jahr | FB
plural-capitals | alexa welche hauptstädte hat {} laut deinem wissen | südafrika=ZA; bolivien=BO; benin=BJ
plural-capitals | alexa sag mir bitte sämtliche hauptstädte von {} | sri lanka=LK; der elfenbeinküste=CI; eswatini=SZ
plural-capitals | alexa ich brauche für die hausaufgabe die hauptstädte von {} | malaysia=MY; den niederlanden=NL; palästina=PS
plural-capitals | alexa liste mir die hauptstädte von {} auf | benin=BJ; eswatini=SZ; bolivien=BO
plural-capitals | alexa {} hat mehr als eine hauptstadt welche sind es | südafrika=ZA; sri lanka=LK; malaysia=MY
plural-capitals | alexa ich hab gehört {} hat zwei hauptstädte stimmt das und welche | den niederlanden=NL; der elfenbeinküste=CI; benin=BJ
plural-capitals | alexa regierungssitz und hauptstadt von {} beide bitte | bolivien=BO; den niederlanden=NL; malaysia=MY
plural-capitals | alexa welches sind die hauptstädte des landes {} | eswatini=SZ; südafrika=ZA; sri lanka=LK
plural-capitals | alexa was sind die offiziellen hauptstädte von {} | benin=BJ; der côte d'ivoire=CI; bolivien=BO
plural-capitals | alexa pretoria kapstadt und bloemfontein sind das alle hauptstädte von südafrika | ZA
plural-capitals | alexa sucre und la paz sind beides hauptstädte von bolivien oder | BO
plural-capitals | alexa porto novo und cotonou welche davon sind die hauptstädte von benin | BJ
plural-capitals | alexa mbabane und lobamba hauptstädte von eswatini richtig | SZ
plural-capitals | alexa yamoussoukro und abidjan hauptstädte der elfenbeinküste | CI
plural-capitals | alexa colombo und kotte beide hauptstädte von sri lanka | LK
shared-name | alexa was ist die hauptstadt von kongo da gibt's doch zwei | CD+CG
shared-name | alexa hauptstadt von korea die von beiden bitte | KP+KR
shared-name | alexa die zwei kongos und ihre hauptstädte | CD+CG
shared-name | alexa korea welche hauptstädte gibt es da | KP+KR
shared-name | alexa welche hauptstädte haben nordkorea und südkorea | KP+KR
shared-name | alexa kongo und kongo welche hauptstädte | CD+CG
everyday-name | alexa was ist die hauptstadt von großbritannien und nordirland | GB
everyday-name | alexa hauptstadt vom vereinigten königreich | GB
everyday-name | alexa was ist die hauptstadt von britannien | GB
follow-up | und von mikronesien im pazifik | FM
follow-up | und die föderierten staaten von mikronesien | FM
out-of-domain | alexa moin wie viel uhr is dat in kapstadt jetzt | FB
out-of-domain | alexa jau wie viele leute wohnen in braunschweig so | FB
out-of-domain | alexa gell wie hoch isch der säntis | FB
out-of-domain | alexa kumma wie lang is die wupper | FB
out-of-domain | alexa grüezi wie vil iiwohner het frauenfeld | FB
out-of-domain | alexa ja nee wie weit ist windhoek von swakopmund | FB
out-of-domain | alexa che quién ganó el partido gestern | FB
out-of-domain | alexa ahoj wie wird das wetter in kaschau | FB
out-of-domain | alexa habibi spiel fairuz | FB
out-of-domain | alexa sasa wie steht es im fußball arsenal | FB
out-of-domain | alexa pana wie sagt man arepa auf deutsch | FB
out-of-domain | alexa sveiki wann ist ligo fest | FB
out-of-domain | alexa mate how hot is it in darwin today | FB
out-of-domain | alexa die stute hat kolik ruf den tierarzt an | FB
out-of-domain | alexa spiel den radetzkymarsch für die kapelle | FB
out-of-domain | alexa wie viele rosen sind in einem dutzend | FB
out-of-domain | alexa wie viele knoten wind haben wir gerade | FB
out-of-domain | alexa notier dass der kunde zurückgerufen werden will | FB
out-of-domain | alexa spiel das bewegungslied für die kinder | FB
out-of-domain | alexa was kostet ein kilo rinderhack | FB
out-of-domain | alexa bei wie viel grad brennt man steinzeug | FB
out-of-domain | alexa wann ist mein nächster rundgang | FB
out-of-domain | alexa wie viele teile hat das puzzle mit dem eiffelturm | FB
out-of-domain | alexa wann beginnt die jagdsaison auf wildschweine | FB
out-of-domain | alexa atme mit mir vier sekunden ein | FB
out-of-domain | alexa was ist die hauptstadt von den alpen | FB
out-of-domain | alexa was ist die hauptstadt vom ruhrgebiet | FB
out-of-domain | alexa was ist die hauptstadt vom bergischen | FB
out-of-domain | alexa was ist die hauptstadt der nordsee | FB
out-of-domain | alexa was ist die hauptstadt der sahara | FB
out-of-domain | alexa was ist die hauptstadt von polynesien allgemein | FB
out-of-domain | alexa was ist die hauptstadt von mittelamerika | FB
out-of-domain | alexa was ist die hauptstadt von zentralasien | FB
out-of-domain | alexa was ist die hauptstadt vom amazonas regenwald | FB
out-of-domain | alexa was ist die hauptstadt vom himalaya | FB
out-of-domain | alexa was ist die hauptstadt von ostasien | FB
out-of-domain | alexa welche hauptstadt liegt am amazonas | FB
out-of-domain | alexa in welcher hauptstadt steht der kreml | FB
out-of-domain | alexa in welcher hauptstadt ist das kolosseum | FB
out-of-domain | alexa welche hauptstadt hat den größten flughafen | FB
out-of-domain | alexa welche hauptstadt liegt auf einer insel | FB
out-of-domain | alexa welche zwei hauptstädte liegen sich am kongo gegenüber | FB
out-of-domain | alexa welche hauptstadt ist näher an uns rom oder madrid | FB
out-of-domain | alexa wie viele hauptstädte hat afrika insgesamt | FB
out-of-domain | alexa frag mich hauptstädte ab | FB
out-of-domain | alexa mach ein hauptstadt quiz mit mir | FB
out-of-domain | alexa welche hauptstadt hab ich dich zuletzt gefragt | FB
out-of-domain | alexa wie gut kennst du dich mit hauptstädten aus | FB
out-of-domain | alexa sag mir eine zufällige hauptstadt | FB
out-of-domain | alexa welches land hat die hauptstadt springfield | FB
out-of-domain | alexa was ist die hauptstadt von gondor | FB
out-of-domain | alexa was ist die hauptstadt von panem | FB
out-of-domain | alexa was ist die hauptstadt von phantasien | FB
out-of-domain | alexa was ist die hauptstadt von lummerland | FB
out-of-domain | alexa was ist die hauptstadt von takatuka-land | FB
stop | alexa jau das langt nu aus | STOP
stop | alexa moin und tschüss mach aus | STOP
stop | alexa gell jetz langts | STOP
stop | alexa kumma getz is feierabend | STOP
stop | alexa grüezi nei jetz isch fertig | STOP
stop | alexa ja nee genug jetzt | STOP
stop | alexa dale termina stopp | STOP
stop | alexa ahoj koniec stopp | STOP
stop | alexa khalas stopp | STOP
stop | alexa sawa sawa stopp jetzt | STOP
stop | alexa chamo ya basta | STOP
stop | alexa paldies beenden | STOP
stop | alexa righto mate that's enough | STOP
stop | alexa ich hab keine lust mehr auf hauptstädte | STOP
stop | alexa verlass hauptstädte der welt | STOP
cancel | alexa jau vergiss dat | CANCEL
cancel | alexa nä lass ma | CANCEL
cancel | alexa woisch was lass es | CANCEL
cancel | alexa ach nö abbrechen | CANCEL
cancel | alexa grüezi nei das isch falsch abbräche | CANCEL
cancel | alexa dale no importa abbrechen | CANCEL
cancel | alexa habibi nein vergiss | CANCEL
cancel | alexa nah mate cancel that | CANCEL
cancel | alexa die frage nehm ich zurück | CANCEL
cancel | alexa doch nicht die frage war blöd | CANCEL
launch | alexa jau starte hauptstädte der welt mal | LAUNCH
launch | alexa woisch was mach hauptstädte der welt an | LAUNCH
launch | alexa grüezi chasch hauptstädte der welt starte | LAUNCH
launch | alexa habibi öffne hauptstädte der welt bitte | LAUNCH
launch | alexa sveiki starte hauptstädte der welt | LAUNCH
launch | alexa ich hätte gern hauptstädte der welt | LAUNCH
launch | alexa bring mir hauptstädte der welt | LAUNCH
launch | alexa kannst du mal den skill mit den hauptstädten der welt aufmachen | LAUNCH
launch | alexa hauptstädte der welt los | LAUNCH
launch | alexa lade hauptstädte der welt | LAUNCH
yes-no-check | alexa stimmt es dass den haag der regierungssitz der niederlande ist | NL
yes-no-check | alexa ist putrajaya die neue hauptstadt von malaysia | MY
yes-no-check | alexa ist pretoria die hauptstadt von südafrika | ZA
yes-no-check | alexa hat nordkorea pjöngjang als hauptstadt | KP
yes-no-check | alexa ist ostjerusalem die hauptstadt von palästina | PS
yes-no-check | alexa ist gitega jetzt die hauptstadt von burundi | BI
yes-no-check | alexa ist sri jayawardenepura kotte wirklich eine hauptstadt von sri lanka | LK
yes-no-check | alexa ist naypyidaw die hauptstadt von myanmar oder rangun | MM
official-name | alexa welche stadt ist die hauptstadt der plurinationalen republik bolivien | BO
official-name | alexa hauptstadt der föderation malaysia | MY
official-name | alexa die hauptstadt der demokratischen volksrepublik korea bitte | KP
official-name | alexa hauptstadt des vereinigten königreichs großbritannien und nordirland | GB
official-name | alexa was ist die hauptstadt des königreichs bhutan | BT
official-name | alexa hauptstadt der republik der marshallinseln | MH
official-name | alexa was ist die hauptstadt des fürstentums andorra | AD
official-name | alexa was ist die hauptstadt der islamischen republik pakistan | PK
braunschweig | alexa nä sag mal was ist die hauptstadt von {} | polen=PL; ungarn=HU; rumänien=RO
braunschweig | alexa hier aus der löwenstadt mal ne frage hauptstadt von {} | bulgarien=BG; serbien=RS; kroatien=HR
braunschweig | alexa jau und die hauptstadt von {} ne wa | slowenien=SI; bosnien und herzegowina=BA; montenegro=ME
braunschweig | alexa wir sitzen hier am burgplatz wie heißt die hauptstadt von {} | albanien=AL; nordmazedonien=MK; kosovo=XK
braunschweig | alexa ich wett mit meim kumpel um ein bier hauptstadt von {} | moldau=MD; belarus=BY; ukraine=UA
braunschweig | alexa nä welche hauptstädte hat südafrika nu | ZA
braunschweig | alexa sag ma was sind die hauptstädte von den niederlanden wa | NL
braunschweig | alexa ist hannover die hauptstadt von niedersachsen oder braunschweig | DE-NI
braunschweig | alexa eintracht spielt gegen wen egal was ist die hauptstadt von schottland | GB-SCT
braunschweig | alexa jau mach mal hauptstädte der welt an | LAUNCH
braunschweig | alexa nä hör auf jetzt | STOP
braunschweig | alexa wie spielt eintracht braunschweig heute | FB
braunschweig | alexa vergiss es nu wa | CANCEL
braunschweig | alexa was ist die hauptstadt von nordkorea nu sag schon | KP
braunschweig | alexa hauptstadt vom kongo dem großen mit kinshasa wa | CD
braunschweig | alexa nä wie hilft mir das ding hier | HELP
braunschweig | und von tschechien nu | CZ
braunschweig | und slowakei wa | SK
kiel | alexa moin was ist die hauptstadt von {} | dänemark=DK; schweden=SE; norwegen=NO
kiel | alexa büschen schietwetter heut sach ma die hauptstadt von {} | finnland=FI; estland=EE; lettland=LV
kiel | alexa wir sind auf der kieler woche wie heißt die hauptstadt von {} | litauen=LT; russland=RU; island=IS
kiel | alexa moin moin welche stadt ist hauptstadt von {} an der förde | schleswig-holstein=DE-SH; dänemark dem königreich=DK; norwegen im norden=NO
kiel | alexa nich lang schnacken hauptstadt von {} | grönland=GL; den färöern=FO; den ålandinseln=AX
kiel | alexa moin die hauptstädte von sri lanka bitte | LK
kiel | alexa sach ma welche hauptstädte bolivien hat | BO
kiel | alexa ist kiel die hauptstadt von schleswig-holstein oder lübeck | DE-SH
kiel | alexa moin welches land hat tallinn als hauptstadt | CITY:Tallinn
kiel | alexa was kommt heut im fernsehn | FB
kiel | alexa wann fährt die fähre nach oslo | FB
kiel | alexa tüdelkram lass ma abbrechen | CANCEL
kiel | alexa nu is aber schluss moin | STOP
kiel | alexa moin starte mal eben hauptstädte der welt | LAUNCH
kiel | alexa hauptstadt von palästina sach ma | PS
kiel | und südkorea noch | KR
kiel | und die republik kongo mit brazzaville | CG
konstanz | alexa gell was isch d hauptstadt vo {} | liechtenstein=LI; österreich=AT; der schweiz=CH
konstanz | alexa hosch du eine ahnung was die hauptstadt von {} isch | italien=IT; frankreich=FR; monaco=MC
konstanz | alexa mir sitzet am see woisch du die hauptstadt von {} | san marino=SM; andorra=AD; dem vatikan=VA
konstanz | alexa sag amol schnell die hauptstadt von {} gell | portugal=PT; spanien=ES; griechenland=GR
konstanz | alexa mit dem seehas nach {} was isch da die hauptstadt | belgien=BE; luxemburg land=LU; irland=IE
konstanz | alexa isch bern d hauptstadt vo der schweiz oder zürich | CH
konstanz | alexa welche hauptstädte het malaysia gell | MY
konstanz | alexa was sind die hauptstädte vo benin | BJ
konstanz | alexa woisch du was die hauptstadt vo palästina isch | PS
konstanz | alexa isch kapstadt au a hauptstadt | ZA
konstanz | alexa wie warm isch der bodensee heut | FB
konstanz | alexa was isch die hauptstadt vom bodensee | FB
konstanz | alexa lass es gell | CANCEL
konstanz | alexa jetzt hör uf | STOP
konstanz | alexa hilf mir amol was ka i do sage | HELP
konstanz | alexa mach amol hauptstädte der welt uf gell | LAUNCH
konstanz | und vo nordkorea | KP
konstanz | und malta gell | MT
usedom | alexa wat is die hauptstadt von {} | polen nebenan=PL; deutschland=DE; mecklenburg-vorpommern=DE-MV
usedom | alexa ick lieg hier im strandkorb wat is die hauptstadt von {} | marokko=MA; tunesien=TN; libyen=LY
usedom | alexa in den kaiserbädern ham se gefragt hauptstadt von {} | ägypten=EG; sudan=SD; äthiopien=ET
usedom | alexa nee ne wie hieß die hauptstadt von {} noch | kenia=KE; uganda=UG; ruanda=RW
usedom | alexa dat wüsst ick gern hauptstadt von {} | burundi=BI; tansania=TZ; mosambik=MZ
usedom | alexa wat sind die hauptstädte von südafrika dat will ick wissen | ZA
usedom | alexa dat holland zwei hauptstädte hat stimmt dat | NL
usedom | alexa ist schwerin die hauptstadt von mecklenburg-vorpommern oder rostock | DE-MV
usedom | alexa wat is die hauptstadt von swinemünde | FB
usedom | alexa wie wird dat wetter morgen am strand | FB
usedom | alexa nee lass ma | CANCEL
usedom | alexa dat reicht nu tschüss | STOP
usedom | alexa wie jeht dat hier mit dem skill | HELP
usedom | alexa wat is mit der hauptstadt von südkorea | KR
usedom | alexa hauptstadt vom kongo brazzaville dat kleine | CG
usedom | und madagaskar dann | MG
usedom | und sambia | ZM
bergisches-land | alexa kumma wat is die hauptstadt von {} | nigeria=NG; ghana=GH; kamerun=CM
bergisches-land | alexa ey dat is wichtig hauptstadt von {} | senegal=SN; gambia in afrika=GM; guinea-bissau in afrika=GW
bergisches-land | alexa wir fahren mit der schwebebahn und ich frag mich die hauptstadt von {} | elfenbeinküste=CI; benin=BJ; togo=TG
bergisches-land | alexa sach ma getz die hauptstadt von {} | gabun=GA; äquatorialguinea=GQ; zentralafrikanische republik=CF
bergisches-land | alexa watt is dat nochma die hauptstadt von {} | angola=AO; sambia=ZM; simbabwe=ZW
bergisches-land | alexa kumma die hauptstädte von der elfenbeinküste | CI
bergisches-land | alexa welche hauptstädte hat eswatini getz | SZ
bergisches-land | alexa ey is düsseldorf die hauptstadt von nrw | DE-NW
bergisches-land | alexa wat is die hauptstadt vom bergischen land | FB
bergisches-land | alexa wann fährt die schwebebahn | FB
bergisches-land | alexa ey lass dat | CANCEL
bergisches-land | alexa getz is ma gut aus | STOP
bergisches-land | alexa mach ma hauptstädte der welt auf kumma | LAUNCH
bergisches-land | alexa wat kann ich dich fragen ey | HELP
bergisches-land | alexa hauptstadt von dem kongo wo kinshasa liegt getz | CD
bergisches-land | alexa die hauptstadt von nordkorea kumma | KP
bergisches-land | und botsuana | BW
bergisches-land | und namibia dann | NA
thurgau | alexa grüezi säg emol d hauptstadt vo {} | kanada=CA; mexiko=MX; kuba=CU
thurgau | alexa us mostindien e frag was isch d hauptstadt vo {} | jamaika=JM; haiti=HT; de dominikanische republik=DO
thurgau | alexa gopfriedstutz wie heisst d hauptstadt vo {} | guatemala=GT; honduras=HN; el salvador=SV
thurgau | alexa chasch mir sege d hauptstadt vo {} | nicaragua=NI; costa rica=CR; panama=PA
thurgau | alexa merci und jetz d hauptstadt vo {} | belize=BZ; den bahamas=BS; barbados=BB
thurgau | alexa was sind d hauptstädt vo bolivie | BO
thurgau | alexa weli hauptstädt het südafrika | ZA
thurgau | alexa isch frauenfeld d hauptstadt vom thurgau | FB
thurgau | alexa wie wird s wätter in frauenfeld | FB
thurgau | alexa hör uf bitte | STOP
thurgau | alexa vergiss es merci | CANCEL
thurgau | alexa starte hauptstädte der welt merci vilmal | LAUNCH
thurgau | alexa was chan i di frage | HELP
thurgau | alexa d hauptstadt vo nordkorea bitte | KP
thurgau | und vo grenada | GD
thurgau | und st lucia | LC
liechtenstein | alexa hoi was isch d hauptstadt vo {} | liechtenstein=LI; vorarlberg=FB; graubünden=FB
liechtenstein | alexa mir im ländle wend wüsse d hauptstadt vo {} | japan=JP; china=CN; taiwan=TW
liechtenstein | alexa hoi zäme weisch d hauptstadt vo {} | der mongolei=MN; kasachstan=KZ; usbekistan=UZ
liechtenstein | alexa grüezi mitenand hauptstadt vo {} bitte | indien=IN; pakistan=PK; bangladesch=BD
liechtenstein | alexa isch vaduz würkli e hauptstadt | LI
liechtenstein | alexa was sind d hauptstädt vo de niederlande | NL
liechtenstein | alexa weli stadt isch d hauptstadt vo südkorea | KR
liechtenstein | alexa wo isch vaduz d hauptstadt | CITY:Vaduz
liechtenstein | alexa wie vil iiwohner het vaduz | FB
liechtenstein | alexa was isch d hauptstadt vom fürstentum | LI
liechtenstein | alexa hoi mach hauptstädte der welt uf | LAUNCH
liechtenstein | alexa hoi hör uf | STOP
liechtenstein | alexa lass es sii | CANCEL
liechtenstein | alexa hoi wie goht das | HELP
liechtenstein | alexa weli hauptstädt het sri lanka | LK
liechtenstein | und vo nepal | NP
liechtenstein | und bhutan | BT
namibia-german | alexa ja nee sag mal die hauptstadt von {} | namibia=NA; botsuana=BW; angola=AO
namibia-german | alexa lekker und was ist die hauptstadt von {} man | simbabwe=ZW; sambia=ZM; malawi=MW
namibia-german | alexa ag was ist die hauptstadt von {} is reg | lesotho=LS; eswatini=SZ; mosambik im osten=MZ
namibia-german | alexa wir sind auf der pad nach windhoek hauptstadt von {} | südafrika=ZA; madagaskar=MG; den komoren=KM
namibia-german | alexa ja nee welche hauptstädte hat südafrika nou | ZA
namibia-german | alexa lekker die drei hauptstädte von südafrika man | ZA
namibia-german | alexa welche hauptstädte hat swasiland is reg | SZ
namibia-german | alexa windhoek ist die hauptstadt von welchem land ja nee | CITY:Windhoek
namibia-german | alexa ist pretoria die hauptstadt von südafrika oder kapstadt | ZA
namibia-german | alexa wie heiß wird es heute in swakopmund | FB
namibia-german | alexa was ist die hauptstadt vom caprivi zipfel | FB
namibia-german | alexa ag lass | CANCEL
namibia-german | alexa ja nee is genug | STOP
namibia-german | alexa lekker mach hauptstädte der welt auf | LAUNCH
namibia-german | alexa ja nee wie geht das hier | HELP
namibia-german | und kongo kinshasa | CD
namibia-german | und kongo brazzaville man | CG
namibia-german | und seychellen | SC
argentine | alexa che was ist die hauptstadt von {} | argentinien=AR; uruguay=UY; paraguay=PY
argentine | alexa dale sag mir hauptstadt von {} boludo | chile=CL; peru=PE; ecuador=EC
argentine | alexa viste ich will wissen die hauptstadt von {} | kolumbien=CO; venezuela=VE; brasilien=BR
argentine | alexa che welche ist die capital von {} | guyana=GY; suriname=SR; bolivia=BO
argentine | alexa che die hauptstädte von bolivien por favor | BO
argentine | alexa dale wie viele hauptstädte hat bolivia und welche | BO
argentine | alexa che die hauptstädte von südafrika bitte | ZA
argentine | alexa buenos aires ist hauptstadt von argentinien oder nicht che | AR
argentine | alexa welches land hat montevideo als hauptstadt che | CITY:Montevideo
argentine | alexa che was ist die hauptstadt von las malvinas | FK
argentine | alexa wie viel grad hat es in buenos aires | FB
argentine | alexa spiel tango von piazzolla | FB
argentine | alexa che stopp | STOP
argentine | alexa dale öffne hauptstädte der welt | LAUNCH
argentine | alexa no no olvidate abbrechen | CANCEL
argentine | alexa che hilfe ich verstehe nicht | HELP
argentine | alexa hauptstadt von nordkorea che | KP
argentine | und de cuba | CU
argentine | y trinidad und tobago | TT
slovak | alexa ahoj was ist hauptstadt von {} | slowakei=SK; tschechien=CZ; ungarn bitte=HU
slovak | alexa prosim sag mir die hauptstadt von {} | österreich bitte=AT; polen bitte=PL; ukraine bitte=UA
slovak | alexa no tak die hauptstadt von {} ist welche | slowenien=SI; kroatien=HR; serbien=RS
slovak | alexa ahoj ich lerne deutsch welche hauptstadt hat {} | rumänien=RO; bulgarien=BG; moldawien=MD
slovak | alexa dakujem und jetzt hauptstädte von niederlande | NL
slovak | alexa prosim welche hauptstädte hat malaysia | MY
slovak | alexa ist bratislava hauptstadt von slowakei ja | SK
slovak | alexa welche land hat prag als hauptstadt | CITY:Prag
slovak | alexa ahoj was ist hauptstadt von palästina | PS
slovak | alexa wie weit ist von bratislava nach wien | FB
slovak | alexa ahoj spiel slowakische musik | FB
slovak | alexa dakujem stopp | STOP
slovak | alexa nie nie abbrechen | CANCEL
slovak | alexa prosim hilfe | HELP
slovak | alexa ahoj öffne mir hauptstädte der welt | LAUNCH
slovak | und südkorea prosim | KR
slovak | und kongo mit kinshasa prosim | CD
iraqi | alexa shlonak sag mir die hauptstadt von {} | irak=IQ; syrien=SY; jordanien=JO
iraqi | alexa wallah ich weiß nicht was ist die hauptstadt von {} | kuwait=KW; saudi-arabien=SA; bahrain=BH
iraqi | alexa habibi die hauptstadt von {} bitte | katar=QA; den vereinigten arabischen emiraten=AE; oman=OM
iraqi | alexa zain und was ist hauptstadt von {} | jemen=YE; iran=IR; türkei=TR
iraqi | alexa shlonak welche hauptstädte hat palästina | PS
iraqi | alexa wallah ist jerusalem oder ramallah hauptstadt von palästina | PS
iraqi | alexa die hauptstadt von israel bitte | IL
iraqi | alexa bagdad ist hauptstadt von welche land | CITY:Bagdad
iraqi | alexa habibi was ist die hauptstadt von kurdistan region | FB
iraqi | alexa wann ist ramadan dieses jahr | FB
iraqi | alexa wie ist das wetter in bagdad | FB
iraqi | alexa zain genug stopp | STOP
iraqi | alexa khalas vergiss es | CANCEL
iraqi | alexa habibi wie geht dieses spiel | HELP
iraqi | alexa shlonak starte hauptstädte der welt | LAUNCH
iraqi | alexa welche hauptstädte hat südafrika wallah | ZA
iraqi | und libanon | LB
iraqi | und afghanistan | AF
kenyan | alexa sasa what is die hauptstadt von {} | kenia=KE; uganda=UG; tansania=TZ
kenyan | alexa poa und die hauptstadt von {} sawa | ruanda=RW; burundi=BI; südsudan=SS
kenyan | alexa asante jetzt sag mir die hauptstadt von {} | äthiopien=ET; somalia=SO; dschibuti=DJ
kenyan | alexa sawa sawa welche stadt ist hauptstadt von {} | eritrea=ER; sudan=SD; tschad=TD
kenyan | alexa sasa welche hauptstädte hat südafrika | ZA
kenyan | alexa poa die zwei hauptstädte von eswatini | SZ
kenyan | alexa ist nairobi die hauptstadt von kenia sawa | KE
kenyan | alexa welches land hat dodoma als hauptstadt | CITY:Dodoma
kenyan | alexa hauptstadt von kongo kinshasa sasa | CD
kenyan | alexa und die andere kongo brazzaville | CG
kenyan | alexa sasa wie spät ist es in nairobi | FB
kenyan | alexa spiel musik von sauti sol | FB
kenyan | alexa asante stopp | STOP
kenyan | alexa hapana vergiss es | CANCEL
kenyan | alexa nisaidie hilfe bitte | HELP
kenyan | alexa sasa open hauptstädte der welt | LAUNCH
kenyan | und mauritius sawa | MU
kenyan | und malawi | MW
venezuelan | alexa chamo cuál es die hauptstadt von {} | venezuela=VE; kolumbien=CO; panama=PA
venezuelan | alexa épale pana sag mir die hauptstadt von {} | kuba=CU; dominikanische republik=DO; puerto rico=PR
venezuelan | alexa chévere und die hauptstadt von {} | ecuador=EC; peru=PE; chile=CL
venezuelan | alexa pana die hauptstädte von bolivien | BO
venezuelan | alexa chamo welche hauptstädte hat bolivien | BO
venezuelan | alexa ist caracas die hauptstadt von venezuela verdad | VE
venezuelan | alexa welches land hat caracas als hauptstadt | CITY:Caracas
venezuelan | alexa welche hauptstädte hat die niederlande chamo | NL
venezuelan | alexa hauptstadt von curaçao pana | CW
venezuelan | alexa hauptstadt von aruba | AW
venezuelan | alexa wie viel kostet ein dollar in bolívar | FB
venezuelan | alexa pana spiel salsa | FB
venezuelan | alexa chamo ya stopp | STOP
venezuelan | alexa no vale abbrechen | CANCEL
venezuelan | alexa pana hilfe was kann ich sagen | HELP
venezuelan | alexa épale starte hauptstädte der welt | LAUNCH
venezuelan | und nicaragua | NI
venezuelan | y honduras | HN
latvian | alexa sveiki was ist die hauptstadt von {} | lettland=LV; litauen=LT; estland=EE
latvian | alexa paldies und jetzt die hauptstadt von {} | finnland=FI; schweden=SE; belarus=BY
latvian | alexa labi welche hauptstadt hat {} | georgien=GE; armenien=AM; aserbaidschan=AZ
latvian | alexa sveiki welche hauptstädte hat sri lanka | LK
latvian | alexa labi die hauptstädte von malaysia | MY
latvian | alexa riga ist die hauptstadt von welchem land | CITY:Riga
latvian | alexa ist vilnius hauptstadt von litauen oder kaunas | LT
latvian | alexa sveiki was ist hauptstadt von lettgallen | FB
latvian | alexa wie kalt ist es in riga | FB
latvian | alexa paldies das ist genug stopp | STOP
latvian | alexa ne ne vergiss es | CANCEL
latvian | alexa labi hilfe bitte | HELP
latvian | alexa sveiki mach hauptstädte der welt an | LAUNCH
latvian | alexa hauptstadt von nordkorea paldies | KP
latvian | und kirgisistan | KG
latvian | und tadschikistan | TJ
australian | alexa g'day mate was ist die hauptstadt von {} | australien=AU; neuseeland=NZ; papua-neuguinea=PG
australian | alexa reckon du weißt die hauptstadt von {} mate | fidschi=FJ; samoa=WS; tonga=TO
australian | alexa no worries just the hauptstadt von {} | vanuatu=VU; den salomonen=SB; nauru=NR
australian | alexa mate welche stadt ist die hauptstadt von {} | tasmanien=AU-TAS; queensland=AU-QLD; south australia=AU-SA
australian | alexa is canberra die hauptstadt oder sydney mate | AU
australian | alexa g'day welche hauptstädte hat südafrika | ZA
australian | alexa mate the capitals of malaysia bitte | MY
australian | alexa canberra is the hauptstadt of which country | CITY:Canberra
australian | alexa was ist die hauptstadt vom australian capital territory | AU-ACT
australian | alexa what's the cricket score | FB
australian | alexa wie spät ist es in perth | FB
australian | alexa cheers mate stopp | STOP
australian | alexa nah forget it | CANCEL
australian | alexa mate help me out | HELP
australian | alexa g'day open hauptstädte der welt | LAUNCH
australian | und palau mate | PW
australian | und marshallinseln | MH
australian | und mikronesien | FM
riding-stable | alexa ich striegel grad die stute was ist die hauptstadt von {} | irland=IE; island=IS; belgien=BE
riding-stable | alexa hier in der reithalle kurze frage hauptstadt von {} | marokko=MA; algerien=DZ; tunesien=TN
riding-stable | alexa während ich die box miste sag mir die hauptstadt von {} | mongolei=MN; kasachstan=KZ; turkmenistan=TM
riding-stable | alexa beim satteln fällt mir ein was ist die hauptstadt von {} | argentinien=AR; uruguay=UY; chile=CL
riding-stable | alexa die reitlehrerin will wissen welche hauptstädte südafrika hat | ZA
riding-stable | alexa im stall wird gewettet welche hauptstädte hat die niederlande | NL
riding-stable | alexa unser hengst heißt sucre welches land hat sucre als hauptstadt | CITY:Sucre
riding-stable | alexa ist aschgabat die hauptstadt von turkmenistan | TM
riding-stable | alexa was ist die hauptstadt von arabien wegen der araber | FB
riding-stable | alexa wann kommt der hufschmied | FB
riding-stable | alexa wie viel heu frisst ein pferd am tag | FB
riding-stable | alexa hauptstadt von ungarn wegen der lipizzaner nein die sind aus slowenien | SI
riding-stable | alexa die pferde sind unruhig hör auf | STOP
riding-stable | alexa lass die frage ich muss aufsteigen | CANCEL
riding-stable | alexa im stall mach bitte hauptstädte der welt an | LAUNCH
riding-stable | alexa wie funktioniert das mit den hauptstädten ich hab nur eine hand frei | HELP
riding-stable | und die hauptstadt von katar wegen der araberpferde | QA
riding-stable | und saudi-arabien | SA
brass-band | alexa vor der probe was ist die hauptstadt von {} | tschechien=CZ; österreich=AT; bayern=DE-BY
brass-band | alexa die tuba ist gestimmt wie heißt die hauptstadt von {} | den niederlanden=NL; bolivien=BO; malaysia=MY
brass-band | alexa der dirigent fragt die hauptstadt von {} | portugal=PT; brasilien=BR; angola=AO
brass-band | alexa wir spielen einen marsch aus {} was ist da die hauptstadt | böhmen=FB; mähren=FB; kroatien=HR
brass-band | alexa die posaunen wollen wissen welche hauptstädte südafrika hat | ZA
brass-band | alexa in der blaskapelle streiten sie welche hauptstädte hat benin | BJ
brass-band | alexa beim zeltfest gefragt was sind die hauptstädte von sri lanka | LK
brass-band | alexa ist wien die hauptstadt von österreich oder salzburg | AT
brass-band | alexa spiel die vogelwiese | FB
brass-band | alexa stimm mir ein a | FB
brass-band | alexa metronom auf hundertzwanzig | FB
brass-band | alexa die probe geht los aufhören | STOP
brass-band | alexa falsche frage vergiss die | CANCEL
brass-band | alexa in der pause starte hauptstädte der welt | LAUNCH
brass-band | alexa was kann man dich da alles fragen zu den hauptstädten | HELP
brass-band | und die hauptstadt von palästina | PS
brass-band | und luxemburg | LU
florist | alexa ich binde gerade einen strauß was ist die hauptstadt von {} | kolumbien wegen der rosen=CO; kenia wegen der rosen=KE; ecuador wegen der rosen=EC
florist | alexa die tulpen kommen aus {} wie heißt da die hauptstadt | holland=NL; den niederlanden=NL; israel=IL
florist | alexa im blumenladen ist grad nix los sag mir die hauptstadt von {} | japan=JP; thailand=TH; vietnam=VN
florist | alexa die kundin will den strauß nach {} schicken was ist die hauptstadt | äthiopien=ET; uganda=UG; simbabwe=ZW
florist | alexa welche hauptstädte hat die niederlande eigentlich bei den ganzen tulpen | NL
florist | alexa die orchideen kommen aus malaysia welche hauptstädte hat das land | MY
florist | alexa ist addis abeba die hauptstadt von äthiopien | ET
florist | alexa wann ist muttertag | FB
florist | alexa wie lange halten rosen in der vase | FB
florist | alexa was ist die hauptstadt der blumen | FB
florist | alexa kundschaft kommt stopp | STOP
florist | alexa lass mal die frage ich hab dornen in der hand | CANCEL
florist | alexa im laden öffne hauptstädte der welt | LAUNCH
florist | alexa wie frag ich dich richtig nach einer hauptstadt | HELP
florist | und costa rica | CR
florist | und die hauptstadt von südkorea | KR
sailing | alexa wir liegen vor anker was ist die hauptstadt von {} | dänemark=DK; schweden=SE; polen=PL
sailing | alexa backbord ist land in sicht hauptstadt von {} | kroatien=HR; montenegro=ME; albanien=AL
sailing | alexa der skipper will die hauptstadt von {} wissen | den malediven=MV; den seychellen=SC; kap verde=CV
sailing | alexa beim segelsetzen kurze frage hauptstadt von {} | antigua und barbuda=AG; st kitts und nevis=KN; dominica=DM
sailing | alexa welche hauptstädte hat die niederlande wir segeln ins ijsselmeer | NL
sailing | alexa im hafen von kotte welche hauptstädte hat sri lanka | LK
sailing | alexa ist valletta die hauptstadt von malta | MT
sailing | alexa welche insel hat victoria als hauptstadt | CITY:Victoria
sailing | alexa wie stark ist der wind auf der ostsee | FB
sailing | alexa wann ist hochwasser in kiel | FB
sailing | alexa was ist die hauptstadt der karibikinseln zusammen | FB
sailing | alexa mann über bord stopp | STOP
sailing | alexa wende vergiss die frage | CANCEL
sailing | alexa an bord starte hauptstädte der welt | LAUNCH
sailing | alexa wie geht das mit dem hauptstadt skill | HELP
sailing | und st vincent und die grenadinen | VC
sailing | und die hauptstadt von zypern | CY
sailing | und von der weihnachtsinsel | CX
call-centre | alexa ich bin in der warteschleife was ist die hauptstadt von {} | indien=IN; den philippinen=PH; indonesien=ID
call-centre | alexa headset auf aber schnell die hauptstadt von {} | ägypten=EG; jordanien=JO; syrien=SY
call-centre | alexa zwischen zwei anrufen die hauptstadt von {} | brunei=BN; singapur=SG; timor-leste=TL
call-centre | alexa der kunde sitzt in {} wie heißt da die hauptstadt | malaysia=MY; südafrika=ZA; bolivien=BO
call-centre | alexa ein kunde ruft aus dem kongo an aus kinshasa welches kongo ist das | CITY:Kinshasa
call-centre | alexa der anrufer sagt er ist in brazzaville welches land ist das | CITY:Brazzaville
call-centre | alexa welche hauptstädte hat die elfenbeinküste der kunde fragt | CI
call-centre | alexa wie ist die ländervorwahl von indien | FB
call-centre | alexa wie spät ist es gerade in manila | FB
call-centre | alexa meine schicht ist vorbei stopp | STOP
call-centre | alexa der nächste anruf kommt abbrechen | CANCEL
call-centre | alexa in der mittagspause starte hauptstädte der welt | LAUNCH
call-centre | alexa was sind beispielfragen für hauptstädte | HELP
call-centre | alexa ein kunde aus palästina fragt nach der hauptstadt | PS
call-centre | und von nordkorea kriegen wir keine anrufe aber was ist die hauptstadt | KP
call-centre | und myanmar | MM
call-centre | und laos | LA
kindergarten | alexa im morgenkreis fragen die kinder die hauptstadt von {} | afrika=FB; china=CN; amerika=US
kindergarten | alexa ein kind kommt aus {} was ist da die hauptstadt | der türkei=TR; syrien=SY; afghanistan=AF
kindergarten | alexa der kleine ben will wissen die hauptstadt von {} | pinguinland=FB; eisland=FB; dem dschungel=FB
kindergarten | alexa für das länderfest im kindergarten die hauptstadt von {} | eritrea=ER; nigeria=NG; vietnam=VN
kindergarten | alexa die kinder fragen welche hauptstädte hat südafrika weil da die löwen wohnen | ZA
kindergarten | alexa im stuhlkreis welche hauptstädte hat bolivien | BO
kindergarten | alexa was ist die hauptstadt von nordkorea fragt lina | KP
kindergarten | alexa was ist die hauptstadt vom weihnachtsmann | FB
kindergarten | alexa spiel das lied von den kleinen fischen | FB
kindergarten | alexa sing ein schlaflied | FB
kindergarten | alexa kinder aufräumen alexa stopp | STOP
kindergarten | alexa neu fragen abbrechen | CANCEL
kindergarten | alexa für die vorschulkinder starte hauptstädte der welt | LAUNCH
kindergarten | alexa wie können die kinder dich was fragen | HELP
kindergarten | und von ukraine | UA
kindergarten | und polen wo oma wohnt | PL
butcher-counter | alexa hinter der fleischtheke mal ne frage hauptstadt von {} | argentinien wegen dem rindfleisch=AR; neuseeland wegen dem lamm=NZ; irland wegen dem rind=IE
butcher-counter | alexa darf's ein bisschen mehr sein und die hauptstadt von {} | ungarn=HU; spanien=ES; italien=IT
butcher-counter | alexa beim aufschnitt schneiden sag mir die hauptstadt von {} | dem libanon=LB; der mongolei=MN; paraguay=PY
butcher-counter | alexa der kunde kommt aus {} welche hauptstädte hat das | südafrika=ZA; malaysia=MY; bolivien=BO
butcher-counter | alexa welche hauptstädte haben die niederlande wegen dem gouda | NL
butcher-counter | alexa ist montevideo die hauptstadt von uruguay | UY
butcher-counter | alexa wie viel gramm hat ein pfund | FB
butcher-counter | alexa wie lange muss ein schweinebraten in den ofen | FB
butcher-counter | alexa was ist die hauptstadt der wurst | FB
butcher-counter | alexa kundschaft stopp jetzt | STOP
butcher-counter | alexa ach vergiss es ich muss bedienen | CANCEL
butcher-counter | alexa in der pause öffne hauptstädte der welt | LAUNCH
butcher-counter | alexa was muss ich sagen damit du hauptstädte sagst | HELP
butcher-counter | und botswana | BW
butcher-counter | und die hauptstadt vom kongo republik | CG
pottery | alexa die drehscheibe läuft was ist die hauptstadt von {} | japan=JP; korea=KP+KR; china=CN
pottery | alexa der brennofen heizt auf wie heißt die hauptstadt von {} | marokko=MA; portugal=PT; mexiko=MX
pottery | alexa mit ton an den händen frag ich die hauptstadt von {} | iran=IR; usbekistan=UZ; pakistan=PK
pottery | alexa im töpferkurs fragen sie welche hauptstädte hat südafrika | ZA
pottery | alexa die glasur ist aus malaysia welche hauptstädte hat malaysia | MY
pottery | alexa die hauptstädte von nordkorea und südkorea | KP+KR
pottery | alexa was ist die hauptstadt von südkorea wegen der seladon keramik | KR
pottery | alexa wie heiß wird ein brennofen | FB
pottery | alexa welche stadt ist die hauptstadt des porzellans | FB
pottery | alexa meine hände sind voller ton hör auf | STOP
pottery | alexa lass es ich bin voll ton | CANCEL
pottery | alexa im töpferkurs starte hauptstädte der welt | LAUNCH
pottery | alexa sag mir was ich dich fragen kann ich hab ton an den fingern | HELP
pottery | und von tunesien | TN
pottery | und nepal | NP
security-guard | alexa nachtschicht im wachdienst was ist die hauptstadt von {} | kamerun=CM; gabun=GA; tschad=TD
security-guard | alexa auf dem kontrollgang sag mir die hauptstadt von {} | liberia=LR; sierra leone=SL; guinea=GN
security-guard | alexa am monitor ist nichts los hauptstadt von {} | mali=ML; niger=NE; burkina faso=BF
security-guard | alexa im pförtnerhäuschen frag ich mich die hauptstadt von {} | mauretanien=MR; senegal=SN; gambia=GM
security-guard | alexa um drei uhr nachts welche hauptstädte hat benin | BJ
security-guard | alexa beim wachdienst welche hauptstädte hat die elfenbeinküste | CI
security-guard | alexa welche hauptstädte hat eswatini frag ich für den kollegen | SZ
security-guard | alexa von welchem land ist ndjamena die hauptstadt | CITY:N’Djamena
security-guard | alexa die hauptstadt von kongo kinshasa nachtschicht | CD
security-guard | alexa wie viele stunden noch bis sechs uhr | FB
security-guard | alexa spiel leise radio | FB
security-guard | alexa der chef kommt schnell aus | STOP
security-guard | alexa alarm vergiss die frage | CANCEL
security-guard | alexa nachtschicht starte hauptstädte der welt | LAUNCH
security-guard | alexa wie benutz ich den hauptstadt skill | HELP
security-guard | und kap verde | CV
security-guard | und são tomé und príncipe | ST
jigsaw-puzzle | alexa wir puzzeln eine weltkarte wo ist die hauptstadt von {} | kanada=CA; russland=RU; australien=AU
jigsaw-puzzle | alexa tausend teile und mir fehlt die hauptstadt von {} | brasilien=BR; argentinien=AR; peru=PE
jigsaw-puzzle | alexa das puzzleteil mit {} welche stadt ist die hauptstadt | kasachstan=KZ; mongolei=MN; indien=IN
jigsaw-puzzle | alexa auf dem puzzle steht {} was ist die hauptstadt | kongo=CD+CG; korea=KP+KR; guinea=GN
jigsaw-puzzle | alexa auf dem puzzle ist südafrika welche hauptstädte hat das | ZA
jigsaw-puzzle | alexa auf dem puzzle stehen bei bolivien zwei hauptstädte welche | BO
jigsaw-puzzle | alexa das puzzle ist alt da steht leopoldville was ist das heute | FB
jigsaw-puzzle | alexa das puzzle zeigt jugoslawien was ist die hauptstadt | FB
jigsaw-puzzle | alexa auf dem puzzle steht burma was ist die hauptstadt | MM
jigsaw-puzzle | alexa welches teil ist der himmel | FB
jigsaw-puzzle | alexa spiel entspannte musik zum puzzeln | FB
jigsaw-puzzle | alexa wir puzzeln weiter stopp | STOP
jigsaw-puzzle | alexa das teil passt vergiss es | CANCEL
jigsaw-puzzle | alexa zum puzzeln starte hauptstädte der welt | LAUNCH
jigsaw-puzzle | alexa wie frag ich dich nach hauptstädten beim puzzeln | HELP
jigsaw-puzzle | und wo ist die hauptstadt von palästina auf dem puzzle | PS
jigsaw-puzzle | und nordkorea | KP
jigsaw-puzzle | und singapur | SG
hunting | alexa ich sitz auf dem hochsitz was ist die hauptstadt von {} | schweden=SE; finnland=FI; norwegen=NO
hunting | alexa leise der rehbock kommt gleich hauptstadt von {} | kanada=CA; alaska=US-AK; montana=US-MT
hunting | alexa nach der jagd im jagdhaus wie heißt die hauptstadt von {} | namibia=NA; tansania=TZ; botsuana=BW
hunting | alexa die jäger wetten welche hauptstädte südafrika hat | ZA
hunting | alexa welche hauptstädte hat bolivien weil der jagdkollege da war | BO
hunting | alexa ist juneau die hauptstadt von alaska | US-AK
hunting | alexa wann ist sonnenaufgang | FB
hunting | alexa wann ist schonzeit für rehe | FB
hunting | alexa leise stopp | STOP
hunting | alexa psst abbrechen | CANCEL
hunting | alexa im jagdhaus starte hauptstädte der welt | LAUNCH
hunting | alexa was kann der hauptstadt skill | HELP
hunting | und die hauptstadt von weißrussland | BY
hunting | und rumänien wo die bären sind | RO
yoga | alexa nach dem sonnengruß was ist die hauptstadt von {} | indien=IN; nepal=NP; sri lanka=LK
yoga | alexa in der kerze kurze frage die hauptstadt von {} | bhutan=BT; tibet=FB; myanmar=MM
yoga | alexa namaste wie heißt die hauptstadt von {} | bali=FB; indonesien=ID; thailand=TH
yoga | alexa im herabschauenden hund welche hauptstädte hat sri lanka | LK
yoga | alexa namaste welche hauptstädte hat malaysia | MY
yoga | alexa ist neu-delhi die hauptstadt von indien | IN
yoga | alexa spiel meditationsmusik | FB
yoga | alexa stell einen timer für zehn minuten savasana | FB
yoga | alexa om stopp | STOP
yoga | alexa ich bin raus aus der haltung abbrechen | CANCEL
yoga | alexa namaste starte hauptstädte der welt | LAUNCH
yoga | alexa wie fragt man dich nach hauptstädten | HELP
yoga | und kambodscha | KH
yoga | und die hauptstadt von laos | LA
"""

if __name__ == "__main__":
    build_round(57, "de", LINES, sys.argv, "tests/Eval/de/round57/source/build_corpus.py")
