"""Round 56, German (de-DE): a new author's own mix, written blind at the end of the sixty-second session (brief
WRITER71.md), for the next session's tuner.
Speakers and situations chosen apart from round 55 (Bremen, the Kurpfalz, East Westphalia and Lippe, the Mosel and
Trier, the Upper Palatinate, St. Gallen, the Erzgebirge and Chemnitz, Flensburg with Danish, Upper Lusatia with Sorbian
greetings; Swedes, Egyptians, Pakistanis, Georgians, Colombians, Somalis, Armenians; an escape room, a bowling club, a
dog training school, a pharmacy night shift, a Christmas market, a karaoke evening, a cycling tour, moving house, a
knitting circle, a youth football coach, working from home), from round 54 (Frankfurt, Dresden, Middle Franconia,
Baden, Munich, Rostock, Bern, Salzburg, Erfurt; Serbians, Thai, Czechs, Moroccans, Japanese, Kurds, British expats,
Tamils from Sri Lanka, Indonesians, Ghanaians; primary school homework, a dentist's waiting room, a cruise ship, a
driving school, a beekeepers' club, a sauna, wedding planning and the honeymoon, a parcel courier, the Quizduell app, a
dairy farm, fishing at a lake, rarely asked small states), from round 53 (Cologne, the Ruhr, Hamburg, Swabia, Vienna,
Zürich, Mainz and Rheinhessen, East Frisia, North Tyrol, Berlin; Afghans, Iranians, Brazilians, Chinese students,
Nigerians in Nigerian Pidgin, Kosovo Albanians, Hungarians, French speakers, Koreans, learners dropping articles; a
night taxi driver, a Eurovision party, a World Cup prediction game and a fan bus, a building site lunch break, a
hospital stay, a flea market with an old globe and atlas, amateur radio DX, airline cabin crew on a layover, the
naturalisation test, a gym), from round 52 (the Saarland, Upper Franconia, the Vogtland, the Allgäu, Upper Austria,
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
Regions: Hannover ("ne", "ja nee", "nech", "maschsee", "in der list"), Lower Franconia and Würzburg ("fei", "bassd
scho", "a weng", "schoppen am mainufer", "mainfranken"), Potsdam ("icke", "wat", "wa", "jut", "janz", "babelsberg"),
Halle an der Saale ("ey", "gloobe", "sach ma", "hallesch"), Augsburg ("hoi", "sag amoi", "a bissle", "fuggerstadt"),
the Weinviertel in Lower Austria ("heast", "oida", "na geh", "leiwand", "beim heurigen"), the Aargau ("grüessech",
"chasch mer säge", "merci vilmol", "vo aarau us"), East Belgium and Eupen ("sag ens", "och jong", "ostbelgien").
Migrants and learners: Bosnians ("ajde", "jarane", "hvala", "nema problema", "bre"), Lebanese ("tayyeb", "shukran",
"yani", "inshallah"), Cameroonians with French ("on dit quoi", "mon frère", "c'est comment", "merci"), Chileans ("ya
po", "cachai", "bacán", "weón"), Lithuanians ("labas", "aciu", "gerai"), Norwegians ("hei", "takk", "uff", "ja vel"),
the Irish ("grand", "sure look", "ta", "go raibh maith agat"), Tunisians ("behi", "barcha", "saha", "yezzi"),
Bangladeshis ("ki khobor", "dhonnobad", "thik ache", "bhalo").
Jobs and situations: a tram driver ("endhaltestelle", "betriebshof", "linie vier", "führerstand"), a vet practice
("die katze ist geimpft", "wartezimmer", "impfpass"), night feeding a baby ("ganz leise", "fläschchen", "psst"), a
tattoo studio ("motiv", "steche", "skizze"), a museum guard ("nicht berühren", "rundgang", "kurz vor schließung"), the
tax return ("steuererklärung", "elster", "finanzamt", "sachbearbeiterin"), a carnival club ("helau", "büttenrede",
"elferrat", "ordensfest"), a wine tasting ("riesling", "der winzer", "grauburgunder"), a shooting club
("schützenfest", "königsschießen", "schützenzelt"), a laundromat ("waschsalon", "schleudern", "trockner"), an alpine
hut ("hüttenabend", "gipfelkreuz", "alpenverein"), an ice-cream parlour ("eisdiele", "zwei kugeln", "waffeln"),
marathon training ("intervalllauf", "kilometer zwölf", "longrun").
Built by round12_hinl_corpus.py (build_round with round 56's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
subdivision | alexa sach ma wat is die hauptstadt von {} | hessen=DE-HE; thüringen=DE-TH; brandenburg=DE-BB
subdivision | alexa wo hockt denn die landesregierung von {} | baden-württemberg=DE-BW; rheinland-pfalz=DE-RP; sachsen-anhalt=DE-ST
subdivision | alexa welche stadt ist regierungssitz im us bundesstaat {} | nevada=US-NV; new mexico=US-NM; south dakota=US-SD
subdivision | alexa die hauptstadt von {} in amerika bitte | idaho=US-ID; kansas=US-KS; delaware=US-DE
subdivision | alexa mich interessiert die hauptstadt vom bundesstaat {} | texas=US-TX; florida=US-FL; pennsylvania=US-PA
subdivision | alexa wie lautet die hauptstadt der kanadischen provinz {} | alberta=CA-AB; ontario=CA-ON; québec=CA-QC
subdivision | alexa was ist die hauptstadt vom mexikanischen staat {} | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | alexa welche stadt regiert den indischen staat {} | kerala=IN-KL; tamil nadu=IN-TN; maharashtra=IN-MH
subdivision | alexa hauptort von tasmanien | AU-TAS
subdivision | alexa was ist die hauptstadt von queensland in australien | AU-QLD
subdivision | alexa welche stadt ist hauptstadt von nordirland | GB-NIR
subdivision | alexa sag mir die hauptstadt von wales | GB-WLS
subdivision | alexa wie heißt die hauptstadt von grönland | GL
subdivision | alexa hauptstadt von puerto rico | PR
subdivision | alexa was ist die hauptstadt von den färöern | FO
subdivision | alexa was ist die hauptstadt vom kanton aargau | FB
subdivision | alexa welche stadt ist hauptstadt von unterfranken | FB
subdivision | alexa hauptstadt vom regierungsbezirk weser-ems | FB
subdivision | alexa was ist die hauptstadt von katalonien | FB
subdivision | alexa hauptstadt der toskana | FB
subdivision | alexa welche hauptstadt hat die eifel | FB
subdivision | alexa was ist die hauptstadt von bayern eigentlich | DE-BY
subdivision | alexa hauptstadt von new york der staat nicht die stadt | US-NY
out-of-domain | alexa wie wird das wetter morgen in hannover | FB
out-of-domain | alexa stell einen timer auf zwölf minuten | FB
out-of-domain | alexa spiel was von helene fischer | FB
out-of-domain | alexa wie viele einwohner hat paris | FB
out-of-domain | alexa was ist die hauptstadt von afrika | FB
out-of-domain | alexa was ist die hauptstadt von europa | FB
out-of-domain | alexa wie spät ist es in tokio | FB
out-of-domain | alexa wie viele menschen leben in berlin | FB
out-of-domain | alexa welcher fluss fließt durch wien | FB
out-of-domain | alexa wie groß ist rom | FB
out-of-domain | alexa wer ist der bürgermeister von london | FB
out-of-domain | alexa mach das licht im flur aus | FB
out-of-domain | alexa was kostet ein flug nach lissabon | FB
out-of-domain | alexa welche währung hat ungarn | FB
out-of-domain | alexa erzähl mir einen witz | FB
out-of-domain | alexa wie heißt der präsident von frankreich | FB
out-of-domain | alexa was ist die hauptstadt von asien | FB
out-of-domain | alexa wann fährt der nächste bus zum hauptbahnhof | FB
out-of-domain | alexa wie hoch ist der eiffelturm | FB
out-of-domain | alexa setz milch auf die einkaufsliste | FB
out-of-domain | alexa weck mich um halb sieben | FB
out-of-domain | alexa wie viele länder gibt es auf der welt | FB
out-of-domain | alexa was ist die größte stadt der welt | FB
out-of-domain | alexa was ist die hauptstadt der mode | FB
out-of-domain | alexa welche hauptstadt liegt am höchsten | FB
out-of-domain | alexa lauter | FB
out-of-domain | alexa wie lange fährt man von münchen nach prag | FB
out-of-domain | alexa spiel radio ffn | FB
out-of-domain | alexa was heißt danke auf polnisch | FB
out-of-domain | alexa wie viel ist siebzehn mal drei | FB
out-of-domain | alexa wo liegt atlantis | FB
out-of-domain | alexa was ist die hauptstadt von mittelerde | FB
out-of-domain | alexa was ist die hauptstadt von narnia | FB
out-of-domain | alexa was ist die hauptstadt von bielefeld | FB
out-of-domain | alexa wie ist die vorwahl von österreich | FB
out-of-domain | alexa was ist das kapital von karl marx | FB
plural-capitals | alexa was sind die hauptstädte von {} | südafrika=ZA; bolivien=BO; malaysia=MY
plural-capitals | alexa nenn mir beide hauptstädte von {} | den niederlanden=NL; sri lanka=LK; benin=BJ
plural-capitals | alexa welche hauptstädte hat {} | eswatini=SZ; die elfenbeinküste=CI; südafrika=ZA
plural-capitals | alexa wie heißen die zwei hauptstädte von {} | bolivien=BO; holland=NL; malaysia=MY
plural-capitals | alexa stimmt es dass {} mehrere hauptstädte hat | südafrika=ZA; bolivien=BO; sri lanka=LK
plural-capitals | alexa zähl mal alle hauptstädte von {} auf | benin=BJ; eswatini=SZ; der elfenbeinküste=CI
plural-capitals | alexa die hauptstädte von {} bitte | malaysia=MY; den niederlanden=NL; südafrika=ZA
plural-capitals | alexa warum hat {} zwei hauptstädte und welche | bolivien=BO; benin=BJ; sri lanka=LK
plural-capitals | alexa welche sind die beiden hauptstädte der {} | niederlande=NL; côte d'ivoire=CI; republik südafrika=ZA
plural-capitals | alexa ich brauch die hauptstädte von {} alle zusammen | swasiland=SZ; malaysia=MY; bolivien=BO
plural-capitals | alexa hat {} eigentlich drei hauptstädte | südafrika=ZA
plural-capitals | alexa sag mir mal die regierungssitze und hauptstädte von den niederlanden | NL
plural-capitals | alexa die zwei hauptstädte von malaysia kuala lumpur und die andere | MY
plural-capitals | alexa nenn mir die beiden hauptstädte von benin | BJ
plural-capitals | alexa was sind die beiden hauptstädte von eswatini | SZ
plural-capitals | alexa welche zwei hauptstädte hat sri lanka | LK
help | alexa hilfe | HELP
help | alexa was kann ich hier alles fragen | HELP
help | alexa wie funktioniert das hier | HELP
help | alexa ich weiß nicht was ich sagen soll | HELP
help | alexa hilf mir mal bitte | HELP
help | alexa was kannst du denn | HELP
help | alexa erklär mir wie das geht | HELP
help | alexa wie benutze ich das | HELP
help | alexa ich brauch hilfe mit dem spiel | HELP
help | alexa ich kapier das nicht | HELP
help | alexa was muss ich sagen | HELP
help | alexa welche fragen verstehst du | HELP
help | alexa gib mir ein beispiel | HELP
help | alexa wie frag ich nach einer hauptstadt | HELP
help | alexa hilfe ich komm nicht weiter | HELP
help | alexa was geht hier überhaupt | HELP
help | alexa zeig mir was du kannst | HELP
help | alexa anleitung bitte | HELP
help | alexa wie läuft das ab | HELP
help | alexa sag mir wie ich das benutzen soll | HELP
help | alexa ich bin neu hier was mach ich | HELP
help | alexa frag hauptstädte der welt nach hilfe | HELP
help | alexa welche befehle gibt es | HELP
help | alexa was soll ich fragen | HELP
stop | alexa stopp | STOP
stop | alexa hör auf | STOP
stop | alexa aus | STOP
stop | alexa beenden | STOP
stop | alexa das reicht jetzt | STOP
stop | alexa schluss | STOP
stop | alexa sei still | STOP
stop | alexa ruhe bitte | STOP
stop | alexa ich will nicht mehr | STOP
stop | alexa genug für heute | STOP
stop | alexa mach aus | STOP
stop | alexa tschüss | STOP
stop | alexa feierabend | STOP
stop | alexa beende hauptstädte der welt | STOP
stop | alexa hör mal auf damit | STOP
stop | alexa klappe | STOP
stop | alexa das wars danke | STOP
stop | alexa ende | STOP
stop | alexa jetzt ist schluss | STOP
stop | alexa ausmachen bitte | STOP
stop | alexa stopp jetzt | STOP
stop | alexa verlass das spiel | STOP
stop | alexa ich hab keine lust mehr | STOP
stop | alexa halt stopp | STOP
cancel | alexa abbrechen | CANCEL
cancel | alexa abbruch | CANCEL
cancel | alexa vergiss es | CANCEL
cancel | alexa lass gut sein | CANCEL
cancel | alexa nee doch nicht | CANCEL
cancel | alexa brich ab | CANCEL
cancel | alexa egal | CANCEL
cancel | alexa vergiss die frage | CANCEL
cancel | alexa nein lass mal | CANCEL
cancel | alexa schon gut | CANCEL
cancel | alexa abbrechen bitte | CANCEL
cancel | alexa das war nix vergiss es | CANCEL
cancel | alexa lass stecken | CANCEL
cancel | alexa ach vergiss es einfach | CANCEL
cancel | alexa storniere das | CANCEL
cancel | alexa nicht so wichtig | CANCEL
cancel | alexa ach nee lass | CANCEL
cancel | alexa zurück nein abbrechen | CANCEL
cancel | alexa hat sich erledigt | CANCEL
cancel | alexa doch nicht abbrechen | CANCEL
cancel | alexa lass mal sein | CANCEL
cancel | alexa ich hab mich vertan brich ab | CANCEL
cancel | alexa falscher knopf vergiss es | CANCEL
cancel | alexa nix abbrechen | CANCEL
launch | alexa öffne hauptstädte der welt | LAUNCH
launch | alexa starte hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt | LAUNCH
launch | alexa mach hauptstädte der welt auf | LAUNCH
launch | alexa spiel hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt starten | LAUNCH
launch | alexa ich möchte hauptstädte der welt spielen | LAUNCH
launch | alexa lass uns hauptstädte der welt machen | LAUNCH
launch | alexa öffne bitte mal hauptstädte der welt | LAUNCH
launch | alexa kannst du hauptstädte der welt starten | LAUNCH
launch | alexa geh auf hauptstädte der welt | LAUNCH
launch | alexa ruf hauptstädte der welt auf | LAUNCH
launch | alexa starte den skill hauptstädte der welt | LAUNCH
launch | alexa öffne den skill hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt öffnen | LAUNCH
launch | alexa los geht's mit hauptstädte der welt | LAUNCH
launch | alexa wir wollen hauptstädte der welt | LAUNCH
launch | alexa mach mal hauptstädte der welt an | LAUNCH
launch | alexa aktiviere hauptstädte der welt | LAUNCH
launch | alexa bitte hauptstädte der welt öffnen | LAUNCH
launch | alexa moin öffne hauptstädte der welt | LAUNCH
launch | alexa servus starte hauptstädte der welt | LAUNCH
launch | alexa grüß gott hauptstädte der welt bitte | LAUNCH
launch | alexa zeig mir hauptstädte der welt | LAUNCH
launch | alexa nochmal hauptstädte der welt starten | LAUNCH
launch | alexa hauptstädte der welt öffnen bitte schön | LAUNCH
launch | alexa ich will hauptstädte der welt | LAUNCH
launch | alexa spiel mal das hauptstädte der welt | LAUNCH
launch | alexa hallo hauptstädte der welt | LAUNCH
follow-up | und {} | schweden=SE; litauen=LT; chile=CL
follow-up | und was ist mit {} | tunesien=TN; kamerun=CM; bosnien=BA
follow-up | und die von {} | norwegen=NO; lettland=LV; irland=IE
follow-up | ok und {} | libanon=LB; bangladesch=BD; jordanien=JO
follow-up | jetzt {} | peru=PE; ecuador=EC; uruguay=UY
follow-up | und wie ist es bei {} | island=IS; finnland=FI; estland=EE
follow-up | noch eins {} | kenia=KE; uganda=UG; ruanda=RW
follow-up | und bei {} | nordkorea=KP; südkorea=KR; palästina=PS
follow-up | was ist mit {} | ghana=GH; togo=TG; benin=BJ
yes-no-check | alexa ist {} | bern die hauptstadt der schweiz=CH; canberra die hauptstadt von australien=AU; ottawa die hauptstadt von kanada=CA
yes-no-check | alexa stimmt es dass {} | ankara die hauptstadt der türkei ist=TR; abuja die hauptstadt von nigeria ist=NG; brasília die hauptstadt von brasilien ist=BR
yes-no-check | alexa ist die hauptstadt von {} | marokko rabat=MA; vietnam hanoi=VN; kasachstan astana=KZ
yes-no-check | alexa ist pjöngjang die hauptstadt von nordkorea | KP
yes-no-check | alexa ist seoul die hauptstadt von südkorea | KR
yes-no-check | alexa ist kinshasa die hauptstadt vom kongo | CD
yes-no-check | alexa ist brazzaville die hauptstadt der republik kongo | CG
yes-no-check | alexa ist ramallah die hauptstadt von palästina | PS
yes-no-check | alexa hat myanmar wirklich naypyidaw als hauptstadt | MM
yes-no-check | alexa ist sydney die hauptstadt von australien oder nicht | AU
yes-no-check | alexa ist istanbul die hauptstadt der türkei | TR
yes-no-check | alexa ist zürich die hauptstadt der schweiz | CH
yes-no-check | alexa ist den haag die hauptstadt der niederlande | NL
yes-no-check | alexa ist dodoma die hauptstadt von tansania | TZ
yes-no-check | alexa ist lagos noch die hauptstadt von nigeria | NG
self-correction | alexa die hauptstadt von {} | österreich nein ich mein australien=AU; schweden äh nee schweiz=CH; slowakei ne slowenien=SI
self-correction | alexa wie war die hauptstadt von {} | island quatsch irland=IE; iran nee irak=IQ; niger nein nigeria=NG
self-correction | alexa welche hauptstadt hat {} | lettland oder nein litauen=LT; gambia äh sambia=ZM; guinea ne guyana=GY
self-correction | alexa hauptstadt von südkorea nein warte nordkorea | KP
self-correction | alexa hauptstadt von nordkorea ach nee ich mein südkorea | KR
self-correction | alexa hauptstadt vom kongo äh der republik kongo also brazzaville seite | CG
self-correction | alexa was ist die hauptstadt von israel nein palästina | PS
self-correction | alexa die hauptstadt von mali äh malawi | MW
self-correction | alexa hauptstadt von mauritius moment mauretanien | MR
self-correction | alexa wie heißt die hauptstadt von kolumbien nee costa rica | CR
self-correction | alexa hauptstadt von paraguay ne uruguay meinte ich | UY
self-correction | alexa die hauptstadt von dominica nein dominikanische republik | DO
self-correction | alexa hauptstadt von tadschikistan oder besser turkmenistan | TM
self-correction | alexa hauptstadt von bolivien sorry venezuela | VE
reverse-question | alexa {} ist die hauptstadt von welchem land | nairobi=CITY:Nairobi; lima=CITY:Lima; hanoi=CITY:Hanoi
reverse-question | alexa zu welchem land gehört die hauptstadt {} | tiflis=CITY:Tiflis; eriwan=CITY:Eriwan; baku=CITY:Baku
reverse-question | alexa von welchem land ist {} die hauptstadt | vilnius=CITY:Vilnius; riga=CITY:Riga; tallinn=CITY:Tallinn
reverse-question | alexa welches land hat {} als hauptstadt | santiago de chile=CITY:Santiago; montevideo=CITY:Montevideo; quito=CITY:Quito
reverse-question | alexa wo ist {} hauptstadt | sarajevo=CITY:Sarajevo; tunis=CITY:Tunis; beirut=CITY:Beirut
reverse-question | alexa {} ist hauptstadt von was | dhaka=CITY:Dhaka; oslo=CITY:Oslo; dublin=CITY:Dublin
reverse-question | alexa welches land regiert man von kinshasa aus | CITY:Kinshasa
reverse-question | alexa brazzaville ist die hauptstadt von welchem kongo | CITY:Brazzaville
reverse-question | alexa pjöngjang ist hauptstadt wovon | CITY:Pjöngjang
reverse-question | alexa welches land hat seoul als hauptstadt | CITY:Seoul
official-name | alexa was ist die hauptstadt der {} | bundesrepublik deutschland=DE; republik österreich=AT; schweizerischen eidgenossenschaft=CH
official-name | alexa hauptstadt der {} | vereinigten staaten von amerika=US; russischen föderation=RU; volksrepublik china=CN
official-name | alexa wie heißt die hauptstadt vom {} | vereinigten königreich großbritannien und nordirland=GB; königreich der niederlande=NL; königreich spanien=ES
official-name | alexa sag mir die hauptstadt der {} | demokratischen volksrepublik korea=KP; republik korea=KR; demokratischen republik kongo=CD
official-name | alexa was ist die hauptstadt vom {} | staat palästina=PS; königreich marokko=MA; haschemitischen königreich jordanien=JO
official-name | alexa hauptstadt der republik kongo | CG
official-name | alexa hauptstadt der islamischen republik iran | IR
official-name | alexa was ist die hauptstadt der föderativen republik brasilien | BR
official-name | alexa hauptstadt der vereinigten mexikanischen staaten | MX
official-name | alexa die hauptstadt der arabischen republik ägypten | EG
official-name | alexa hauptstadt der sozialistischen republik vietnam | VN
official-name | alexa hauptstadt der republik der union myanmar | MM
official-name | alexa was ist die hauptstadt der bolivarischen republik venezuela | VE
official-name | alexa hauptstadt der demokratischen bundesrepublik äthiopien | ET
official-name | alexa hauptstadt vom großherzogtum luxemburg | LU
official-name | alexa hauptstadt vom fürstentum liechtenstein | LI
official-name | alexa was ist die hauptstadt der republik der philippinen | PH
everyday-name | alexa hauptstadt von {} | holland=NL; amiland=US; russland=RU
everyday-name | alexa weißt du die hauptstadt von {} | england=GB-ENG; der tschechei=CZ; weißrussland=BY
everyday-name | alexa wie heißt die hauptstadt von {} | burma=MM; persien=IR; ceylon=LK
everyday-name | alexa was ist denn die hauptstadt von {} | swasiland=SZ; der elfenbeinküste=CI; kapverden=CV
everyday-name | alexa sag mal hauptstadt von {} | mazedonien=MK; osttimor=TL; moldawien=MD
everyday-name | alexa hauptstadt von {} bitte | siam=TH; zaire=CD; rhodesien=ZW
everyday-name | alexa welche stadt ist hauptstadt der {} | usa=US; emirate=AE; vae=AE
everyday-name | alexa wie heißt die hauptstadt von nordkorea eigentlich | KP
everyday-name | alexa hauptstadt von kongo kinshasa | CD
everyday-name | alexa hauptstadt von kongo brazzaville | CG
everyday-name | alexa was ist die hauptstadt von dem palästinensergebiet | PS
everyday-name | alexa hauptstadt von süd korea | KR
shared-name | alexa was ist die hauptstadt von {} | georgien=GE; korea=KP+KR; kongo=CD+CG
shared-name | alexa kennst du die hauptstadt von {} | guinea=GN; sudan=SD; samoa=WS
shared-name | alexa wo ist die hauptstadt von {} | georgia in den usa=US-GA; dem kongo=CD+CG; luxemburg=LU
shared-name | alexa welche stadt ist hauptstadt von {} | mexiko das land=MX; washington dem bundesstaat=US-WA; new york=US-NY
shared-name | alexa und die hauptstadt von {} | dominica=DM; irland=IE; guinea-bissau=GW
shared-name | alexa sag mir die hauptstadt von {} | äquatorialguinea=GQ; papua-neuguinea=PG; niger=NE
shared-name | alexa hauptstadt von korea | KP+KR
shared-name | alexa hauptstadt vom kongo | CD+CG
shared-name | alexa die hauptstadt von georgia | US-GA
hannover | alexa sag mal ne was ist die hauptstadt von {} | polen=PL; ungarn=HU; rumänien=RO
hannover | alexa ja nee also die hauptstadt von {} nech | portugal=PT; griechenland=GR; zypern=CY
hannover | alexa ich bin hier in der list und will wissen wie die hauptstadt von {} heißt | malta=MT; albanien=AL; montenegro=ME
hannover | alexa für die maschsee runde die hauptstadt von {} | serbien=RS; kroatien=HR; bulgarien=BG
hannover | alexa wat is nochmal die hauptstadt von {} hier in hannover fragen wir uns das | italien=IT; spanien=ES; nordmazedonien=MK
wuerzburg | alexa sag fei mal die hauptstadt von {} | tschechien=CZ; slowakei=SK; österreich=AT
wuerzburg | alexa bassd scho aber was is die hauptstadt von {} gell | moldau=MD; ukraine=UA; belarus=BY
wuerzburg | alexa a weng wissen möcht i die hauptstadt von {} | andorra=AD; monaco=MC; san marino=SM
wuerzburg | alexa beim schoppen am mainufer streiten wir über die hauptstadt von {} | georgien im kaukasus=GE; armenien=AM; aserbaidschan=AZ
wuerzburg | alexa mir in mainfranken wolln die hauptstadt von {} wissen | vatikan=VA; liechtenstein=LI; luxemburg=LU
wuerzburg | alexa wie heißt fei die hauptstadt vom kongo kinshasa | CD
potsdam | alexa icke will wissen wat die hauptstadt von {} is wa | kasachstan=KZ; usbekistan=UZ; kirgisistan=KG
potsdam | alexa jut dann sag ma die hauptstadt von {} | tadschikistan=TJ; turkmenistan=TM; mongolei=MN
potsdam | alexa janz kurz wa hauptstadt von {} | afghanistan=AF; pakistan=PK; indien=IN
potsdam | alexa hier aus babelsberg wat is die hauptstadt von {} | nepal=NP; bhutan=BT; sri lanka=LK
potsdam | alexa na sach schon hauptstadt von {} wa | malediven=MV; bangladesch=BD; myanmar=MM
potsdam | alexa wat hat nordkorea für ne hauptstadt | KP
halle | alexa ey sach ma hauptstadt von {} | ägypten=EG; libyen=LY; sudan=SD
halle | alexa gloobe ich brauch die hauptstadt von {} | südsudan=SS; äthiopien=ET; eritrea=ER
halle | alexa an der saale sitzen wir und fragen uns hauptstadt von {} | dschibuti=DJ; somalia=SO; kenia=KE
halle | alexa ey wie heißt nu die hauptstadt von {} | tansania=TZ; mosambik=MZ; madagaskar=MG
halle | alexa hallesch gefragt hauptstadt von {} | komoren=KM; seychellen=SC; mauritius=MU
halle | alexa ey was is die hauptstadt von südkorea | KR
augsburg | alexa hoi sag amoi die hauptstadt von {} | namibia=NA; botsuana=BW; simbabwe=ZW
augsburg | alexa a bissle hilfe bei der hauptstadt von {} gell | sambia=ZM; malawi=MW; angola=AO
augsburg | alexa in der fuggerstadt fragt ma sich die hauptstadt von {} | lesotho=LS; eswatini=SZ; südafrika=ZA
augsburg | alexa was isch die hauptstadt von {} | uganda=UG; ruanda=RW; burundi=BI
augsburg | alexa hoi welche stadt ist hauptstadt von {} | gabun=GA; kamerun=CM; äquatorialguinea=GQ
augsburg | alexa sag amoi die hauptstadt vom palästinensischen staat | PS
weinviertel | alexa heast was is die hauptstadt von {} | kuba=CU; jamaika=JM; haiti=HT
weinviertel | alexa oida sag ma die hauptstadt von {} | dominikanische republik=DO; bahamas=BS; barbados=BB
weinviertel | alexa na geh wie heißt die hauptstadt von {} | trinidad und tobago=TT; grenada=GD; st lucia=LC
weinviertel | alexa beim heurigen fragt einer nach der hauptstadt von {} | st vincent und die grenadinen=VC; st kitts und nevis=KN; antigua und barbuda=AG
weinviertel | alexa leiwand und jetzt die hauptstadt von {} | dominica der inselstaat=DM; belize=BZ; guatemala=GT
weinviertel | alexa heast hauptstadt von der republik kongo | CG
aargau | alexa grüessech was isch d hauptstadt vo {} | honduras=HN; nicaragua=NI; el salvador=SV
aargau | alexa chasch mer säge d hauptstadt vo {} | costa rica=CR; panama=PA; mexiko=MX
aargau | alexa merci vilmol und d hauptstadt vo {} | kolumbien=CO; venezuela=VE; guyana=GY
aargau | alexa vo aarau us gfrogt d hauptstadt vo {} | suriname=SR; brasilien=BR; paraguay=PY
aargau | alexa isch d hauptstadt vo {} | argentinien buenos aires=AR; chile santiago=CL; peru lima=PE
aargau | alexa was isch d hauptstadt vo nordkorea | KP
eupen | alexa sag ens wat is die hauptstadt von {} | ecuador=EC; bolivien=BO; uruguay=UY
eupen | alexa och jong die hauptstadt von {} | kanada=CA; vereinigte staaten=US; grönland=GL
eupen | alexa hier in ostbelgien fragen wir die hauptstadt von {} | den niederlanden=NL; deutschland=DE; schweiz=CH
eupen | alexa sag ens die hauptstadt von {} | japan=JP; china=CN; taiwan=TW
eupen | alexa wat is denn die hauptstadt von {} jong | malaysia=MY; philippinen=PH; indonesien=ID
eupen | alexa sag ens die hauptstadt vom kongo brazzaville | CG
bosnian | alexa ajde sag mir hauptstadt von {} | bosnien und herzegowina=BA; kosovo=XK; slowenien=SI
bosnian | alexa jarane was ist hauptstadt von {} | türkei=TR; saudi-arabien=SA; katar=QA
bosnian | alexa hvala und jetzt hauptstadt {} | kuwait=KW; bahrain=BH; oman=OM
bosnian | alexa nema problema aber welche hauptstadt hat {} | jemen=YE; irak=IQ; syrien=SY
bosnian | alexa ajde bre hauptstadt von palästina sag | PS
bosnian | alexa meine tochter fragt hauptstadt von südkorea ajde | KR
lebanese | alexa tayyeb was ist die hauptstadt von {} | libanon=LB; jordanien=JO; israel=IL
lebanese | alexa shukran und die hauptstadt von {} yani | iran=IR; vereinigte arabische emirate=AE; zypern im mittelmeer=CY
lebanese | alexa yani welche stadt ist hauptstadt von {} | algerien=DZ; marokko=MA; tunesien=TN
lebanese | alexa inshallah weißt du die hauptstadt von {} | mauretanien=MR; senegal=SN; gambia=GM
lebanese | alexa tayyeb die hauptstadt von palästina ist welche stadt | PS
cameroonian | alexa on dit quoi die hauptstadt von {} | kamerun mein land=CM; tschad=TD; zentralafrikanische republik=CF
cameroonian | alexa mon frère will wissen hauptstadt von {} | nigeria=NG; ghana=GH; côte d'ivoire=CI
cameroonian | alexa c'est comment hauptstadt von {} | togo=TG; benin=BJ; burkina faso=BF
cameroonian | alexa merci und die hauptstadt von {} bitte | mali=ML; niger=NE; guinea in westafrika=GN
cameroonian | alexa on dit quoi hauptstadt vom kongo kinshasa mon frère | CD
cameroonian | alexa merci hauptstadt von kongo brazzaville bitte | CG
chilean | alexa ya po die hauptstadt von {} | chile=CL; argentinien=AR; peru=PE
chilean | alexa cachai die hauptstadt von {} | bolivien=BO; ecuador=EC; kolumbien=CO
chilean | alexa bacán und die hauptstadt von {} po | uruguay=UY; paraguay=PY; venezuela=VE
chilean | alexa oye weón die hauptstadt von {} | spanien=ES; portugal=PT; kuba=CU
chilean | alexa ya po welche hauptstädte hat bolivien | BO
lithuanian | alexa labas sag hauptstadt von {} | litauen=LT; lettland=LV; estland=EE
lithuanian | alexa aciu und hauptstadt von {} | finnland=FI; schweden=SE; norwegen=NO
lithuanian | alexa gerai was ist hauptstadt {} | polen=PL; belarus=BY; russland=RU
lithuanian | alexa labas welche zwei hauptstädte haben die niederlande | NL
norwegian | alexa hei was ist die hauptstadt von {} | island=IS; dänemark=DK; färöer=FO
norwegian | alexa takk und die hauptstadt von {} | neuseeland=NZ; australien=AU; fidschi=FJ
norwegian | alexa uff ich weiß die hauptstadt von {} nicht | tonga=TO; samoa=WS; tuvalu=TV
norwegian | alexa ja vel die hauptstadt von {} bitte | kiribati=KI; nauru=NR; palau=PW
norwegian | alexa hei welche hauptstädte hat südafrika | ZA
irish | alexa grand und was ist die hauptstadt von {} | irland=IE; schottland=GB-SCT; wales=GB-WLS
irish | alexa sure look die hauptstadt von {} | vereinigtes königreich=GB; island im atlantik=IS; nordirland=GB-NIR
irish | alexa ta sag mir die hauptstadt von {} | marshallinseln=MH; mikronesien=FM; salomonen=SB
irish | alexa grand welche hauptstädte hat malaysia | MY
irish | alexa go raibh maith agat und die hauptstadt von vanuatu | VU
tunisian | alexa behi was ist hauptstadt von {} | tunesien mein land=TN; libyen=LY; ägypten=EG
tunisian | alexa barcha fragen hauptstadt von {} | sudan=SD; dschibuti=DJ; somalia=SO
tunisian | alexa saha und hauptstadt {} | eritrea=ER; äthiopien=ET; südsudan=SS
tunisian | alexa yezzi letzte frage hauptstädte von südafrika | ZA
bangladeshi | alexa ki khobor hauptstadt von {} | bangladesch=BD; indien=IN; myanmar=MM
bangladeshi | alexa dhonnobad und die hauptstadt von {} | nepal=NP; bhutan=BT; pakistan=PK
bangladeshi | alexa thik ache was ist hauptstadt von {} | thailand=TH; vietnam=VN; singapur=SG
bangladeshi | alexa bhalo welche hauptstadt hat {} | brunei=BN; osttimor=TL; papua-neuguinea=PG
bangladeshi | alexa ki khobor welche hauptstädte hat sri lanka | LK
tram-driver | alexa an der endhaltestelle kurz gefragt hauptstadt von {} | schweden=SE; finnland=FI; estland=EE
tram-driver | alexa im betriebshof wettet einer um die hauptstadt von {} | kanada=CA; mexiko=MX; guatemala=GT
tram-driver | alexa pause auf der linie vier was ist die hauptstadt von {} | ungarn=HU; slowakei=SK; slowenien=SI
tram-driver | alexa die fahrgäste fragen nach der hauptstadt von {} | japan=JP; südkorea=KR; nordkorea=KP
tram-driver | alexa schichtende noch schnell die hauptstadt von {} | ruanda=RW; burundi=BI; uganda=UG
tram-driver | alexa im führerstand gefragt welche hauptstädte hat die elfenbeinküste | CI
vet-practice | alexa die katze ist geimpft jetzt noch die hauptstadt von {} | australien=AU; neuseeland=NZ; fidschi=FJ
vet-practice | alexa im wartezimmer fragt ein kind nach der hauptstadt von {} | kenia=KE; tansania=TZ; sambia=ZM
vet-practice | alexa während der hund schläft die hauptstadt von {} | simbabwe=ZW; botsuana=BW; namibia=NA
vet-practice | alexa die tierärztin will die hauptstadt von {} wissen | mosambik=MZ; malawi=MW; angola=AO
vet-practice | alexa impfpass liegt bereit welche hauptstädte hat benin | BJ
vet-practice | alexa nach der impfung die hauptstadt von palästina | PS
night-feeding | alexa ganz leise bitte hauptstadt von {} | lesotho=LS; madagaskar=MG; komoren=KM
night-feeding | alexa flüster mal die hauptstadt von {} | mauritius=MU; seychellen=SC; kap verde=CV
night-feeding | alexa das baby schläft gleich sag leise die hauptstadt von {} | gabun=GA; kamerun=CM; tschad=TD
night-feeding | alexa beim fläschchen geben was ist die hauptstadt von {} | liberia=LR; sierra leone=SL; guinea-bissau=GW
night-feeding | alexa leise die hauptstädte von eswatini | SZ
night-feeding | alexa psst die hauptstädte von sri lanka | LK
tattoo-studio | alexa der kunde will die hauptstadt von {} als motiv | japan=JP; nepal=NP; mongolei=MN
tattoo-studio | alexa während ich steche wie heißt die hauptstadt von {} | thailand=TH; laos=LA; kambodscha=KH
tattoo-studio | alexa für die skizze brauch ich die hauptstadt von {} | neuseeland=NZ; samoa=WS; tonga=TO
tattoo-studio | alexa hauptstadt von {} fürs tattoo | hawaii=US-HI; marokko=MA; mexiko=MX
tattoo-studio | alexa die kundin fragt nach der hauptstadt von nordkorea | KP
museum-guard | alexa in der ausstellung über {} fragt jemand nach der hauptstadt | ägypten=EG; griechenland=GR; irak=IQ
museum-guard | alexa nicht berühren und nebenbei die hauptstadt von {} | peru=PE; guatemala=GT; honduras=HN
museum-guard | alexa der saal zum alten {} welche hauptstadt hat das heute | persien=IR; mesopotamien=FB; siam=TH
museum-guard | alexa beim rundgang die hauptstadt von {} | äthiopien=ET; sudan=SD; eritrea=ER
museum-guard | alexa die besucher wollen die hauptstädte von bolivien wissen | BO
museum-guard | alexa kurz vor schließung die hauptstadt vom kongo kinshasa | CD
tax-office | alexa für die steuererklärung die hauptstadt von {} | luxemburg=LU; irland=IE; zypern=CY
tax-office | alexa elster will die hauptstadt von {} wissen | liechtenstein=LI; monaco=MC; andorra=AD
tax-office | alexa beim finanzamt fragt man nach der hauptstadt von {} | malta=MT; san marino=SM; bahamas=BS
tax-office | alexa die sachbearbeiterin braucht die hauptstadt von {} | singapur=SG; panama=PA; bermuda=BM
tax-office | alexa auslandseinkünfte aus südafrika welche hauptstädte hat das land | ZA
tax-office | alexa welche hauptstädte haben die niederlande für das formular | NL
carnival-club | alexa helau und die hauptstadt von {} | brasilien=BR; kuba=CU; trinidad und tobago=TT
carnival-club | alexa für die büttenrede die hauptstadt von {} | belgien=BE; österreich=AT; schweiz=CH
carnival-club | alexa der elferrat fragt hauptstadt von {} | italien=IT; frankreich=FR; spanien=ES
carnival-club | alexa alaaf nee helau was ist die hauptstadt von {} | haiti=HT; jamaika=JM; barbados=BB
carnival-club | alexa beim ordensfest welche hauptstädte hat malaysia | MY
carnival-club | alexa helau die hauptstadt vom kongo brazzaville | CG
wine-tasting | alexa beim riesling streiten wir über die hauptstadt von {} | südafrika=ZA; chile=CL; argentinien=AR
wine-tasting | alexa der winzer fragt nach der hauptstadt von {} | georgien=GE; moldau=MD; rumänien=RO
wine-tasting | alexa prost und was ist die hauptstadt von {} | ungarn=HU; kroatien=HR; bulgarien=BG
wine-tasting | alexa zum grauburgunder die hauptstadt von {} | nordmazedonien=MK; montenegro=ME; albanien=AL
wine-tasting | alexa welche hauptstädte hat südafrika das weinland | ZA
wine-tasting | alexa zum wein die hauptstadt von südkorea | KR
shooting-club | alexa beim schützenfest fragt der könig nach der hauptstadt von {} | dänemark=DK; norwegen=NO; schweden=SE
shooting-club | alexa vor dem königsschießen noch die hauptstadt von {} | lettland=LV; litauen=LT; polen=PL
shooting-club | alexa im schützenzelt wettet einer hauptstadt von {} | türkei=TR; griechenland=GR; zypern=CY
shooting-club | alexa der schützenkönig will die hauptstadt von {} | kasachstan=KZ; usbekistan=UZ; aserbaidschan=AZ
shooting-club | alexa nach dem umzug die hauptstadt von {} | armenien=AM; georgien=GE; ukraine=UA
shooting-club | alexa im vereinsheim wer weiß die hauptstädte von benin | BJ
laundromat | alexa im waschsalon beim schleudern die hauptstadt von {} | vietnam=VN; philippinen=PH; indonesien=ID
laundromat | alexa der trockner läuft noch was ist die hauptstadt von {} | malaysia=MY; brunei=BN; singapur=SG
laundromat | alexa während die wäsche läuft hauptstadt von {} | timor-leste=TL; papua-neuguinea=PG; salomonen=SB
laundromat | alexa noch zwanzig minuten im waschsalon hauptstadt von {} | vanuatu=VU; kiribati=KI; tuvalu=TV
laundromat | alexa im waschsalon die hauptstädte von malaysia | MY
laundromat | alexa beim wäsche falten die hauptstadt von nordkorea | KP
alpine-hut | alexa auf der hütte fragt der wirt nach der hauptstadt von {} | nepal=NP; bhutan=BT; tadschikistan=TJ
alpine-hut | alexa am gipfelkreuz die hauptstadt von {} | kirgisistan=KG; afghanistan=AF; pakistan=PK
alpine-hut | alexa im lager vom alpenverein was ist die hauptstadt von {} | bolivien=BO; peru=PE; ecuador=EC
alpine-hut | alexa beim hüttenabend die hauptstadt von {} | schweiz=CH; liechtenstein=LI; italien=IT
alpine-hut | alexa vor dem abstieg die hauptstädte von bolivien | BO
alpine-hut | alexa auf der hütte die hauptstadt von palästina | PS
ice-cream-parlour | alexa in der eisdiele fragt der chef nach der hauptstadt von {} | italien=IT; san marino=SM; vatikanstadt=VA
ice-cream-parlour | alexa zwei kugeln und die hauptstadt von {} | argentinien=AR; uruguay=UY; paraguay=PY
ice-cream-parlour | alexa beim waffeln backen die hauptstadt von {} | belgien=BE; den niederlanden=NL; luxemburg=LU
ice-cream-parlour | alexa der eismann will die hauptstadt von {} wissen | sri lanka=LK; malediven=MV; mauritius=MU
ice-cream-parlour | alexa in der eisdiele welche hauptstädte hat eswatini | SZ
ice-cream-parlour | alexa mit eis in der hand die hauptstadt vom kongo brazzaville | CG
marathon-training | alexa beim intervalllauf die hauptstadt von {} | kenia=KE; äthiopien=ET; eritrea=ER
marathon-training | alexa kilometer zwölf was ist die hauptstadt von {} | uganda=UG; tansania=TZ; marokko=MA
marathon-training | alexa nach dem longrun die hauptstadt von {} | jamaika=JM; kuba=CU; dominikanische republik=DO
marathon-training | alexa während ich dehne die hauptstadt von {} | senegal=SN; gambia=GM; mauretanien=MR
marathon-training | alexa laufpause welche hauptstädte hat die côte d'ivoire | CI
marathon-training | alexa nach dem lauf die hauptstadt vom kongo kinshasa | CD
out-of-domain | alexa wie viele kilometer ist ein marathon | FB
out-of-domain | alexa wie warm ist es draußen | FB
out-of-domain | alexa wann hat die eisdiele auf | FB
out-of-domain | alexa wie lange braucht die wäsche | FB
out-of-domain | alexa wann ist rosenmontag | FB
out-of-domain | alexa was kostet ein riesling | FB
out-of-domain | alexa wann ist die steuererklärung fällig | FB
out-of-domain | alexa spiel schlaflieder | FB
out-of-domain | alexa wie hoch ist die zugspitze | FB
out-of-domain | alexa wie viele einwohner hat kairo | FB
out-of-domain | alexa welche sprache spricht man in belgien | FB
out-of-domain | alexa was ist die hauptstadt von südamerika | FB
out-of-domain | alexa was ist die hauptstadt von ozeanien | FB
out-of-domain | alexa welche hauptstadt ist die älteste | FB
out-of-domain | alexa wie heißt der könig von norwegen | FB
out-of-domain | alexa welche flagge hat litauen | FB
out-of-domain | alexa übersetz hvala ins deutsche | FB
out-of-domain | alexa wie spät ist es in santiago | FB
out-of-domain | alexa was ist die nationalhymne von irland | FB
out-of-domain | alexa wie heißt das nationalgericht von tunesien | FB
out-of-domain | alexa welche zeitzone hat dhaka | FB
out-of-domain | alexa wann öffnet das museum | FB
out-of-domain | alexa wann fährt die letzte straßenbahn | FB
out-of-domain | alexa wie alt wird ein hund | FB
out-of-domain | alexa spiel die nachrichten | FB
out-of-domain | alexa was ist die hauptstadt des bieres | FB
out-of-domain | alexa welche hauptstadt hat die meisten brücken | FB
out-of-domain | alexa wo ist die nächste apotheke | FB
out-of-domain | alexa wie viele hauptstädte hat die welt | FB
out-of-domain | alexa was ist die hauptstadt von hessen-nassau | FB
out-of-domain | alexa erinnere mich an den tierarzt termin | FB
out-of-domain | alexa wie groß ist malaysia | FB
out-of-domain | alexa welcher berg ist der höchste in afrika | FB
out-of-domain | alexa wie viele einwohner hat südafrika | FB
out-of-domain | alexa wie heißt die währung in bolivien | FB
out-of-domain | alexa ist amsterdam schön | FB
out-of-domain | alexa wie weit ist seoul von pjöngjang entfernt | FB
out-of-domain | alexa wie ist das wetter in kinshasa | FB
out-of-domain | alexa gute nacht | FB
out-of-domain | alexa danke | FB
out-of-domain | alexa wie geht es dir | FB
out-of-domain | alexa wer hat den schützenkönig gewonnen | FB
out-of-domain | alexa spiel karnevalsmusik | FB
out-of-domain | alexa wie wird das wetter auf der hütte | FB
out-of-domain | alexa was ist eine hauptstadt | FB
help | alexa hvala aber wie geht das mit den hauptstädten | HELP
help | alexa grüessech chasch mer säge was ich do frage cha | HELP
help | alexa heast wie funktioniert des jetzt | HELP
help | alexa icke versteh det nich wat soll ick sagen | HELP
help | alexa sag ens wie dat hier geht | HELP
help | alexa ey gloobe ich brauch ne anleitung | HELP
help | alexa hoi wie geht des spiel gell | HELP
help | alexa ja nee wie fragt man hier richtig | HELP
help | alexa tayyeb erklär mir bitte wie das geht | HELP
help | alexa on dit quoi wie benutzt man das | HELP
help | alexa cachai nicht wie das funktioniert hilf mir | HELP
help | alexa uff was kann ich bei hauptstädte der welt fragen | HELP
help | alexa ki khobor wie geht das mit fragen | HELP
help | alexa im waschsalon hilfe wie geht das spiel | HELP
help | alexa die oma fragt wie man das bedient | HELP
help | alexa fei hilf mir a weng | HELP
help | alexa labas ich brauche hilfe | HELP
help | alexa grand und wie funktioniert das eigentlich | HELP
help | alexa behi zeig mir wie man fragt | HELP
help | alexa die tierärztin fragt was du so kannst | HELP
help | alexa ganz leise was kann ich dich fragen | HELP
help | alexa na geh was muass i sagn | HELP
help | alexa elster ist einfacher als das hier hilfe | HELP
help | alexa hilfe beim hauptstädte skill bitte | HELP
stop | alexa ajde stopp | STOP
stop | alexa yezzi hör auf | STOP
stop | alexa heast hör auf | STOP
stop | alexa icke hab jenug wa | STOP
stop | alexa och jong jetzt is schluss | STOP
stop | alexa bassd scho aufhören | STOP
stop | alexa ey nu is aber gut aus | STOP
stop | alexa hoi des langt jetzt gell aus | STOP
stop | alexa ja nee mach aus ne | STOP
stop | alexa psst stopp das baby schläft | STOP
stop | alexa oida aus jetzt | STOP
stop | alexa grüessech nei stopp jetzt | STOP
stop | alexa takk das reicht | STOP
stop | alexa ya po basta | STOP
stop | alexa shukran stopp | STOP
stop | alexa grand that's it stopp | STOP
stop | alexa dhonnobad aufhören | STOP
stop | alexa gerai genug stopp | STOP
stop | alexa helau und tschüss aus | STOP
stop | alexa die wäsche ist fertig hör auf | STOP
stop | alexa schichtende mach aus | STOP
stop | alexa der saal schließt stopp | STOP
stop | alexa prost und jetzt aus | STOP
stop | alexa stopp ich muss zum finanzamt | STOP
cancel | alexa ajde vergiss es | CANCEL
cancel | alexa yani lass es | CANCEL
cancel | alexa heast vergiss des | CANCEL
cancel | alexa icke will dit nich mehr abbrechen | CANCEL
cancel | alexa och jong vergess et | CANCEL
cancel | alexa fei lass halt | CANCEL
cancel | alexa ey lass ma abbrechen | CANCEL
cancel | alexa hoi lass bleibe | CANCEL
cancel | alexa ja nee doch nicht ne | CANCEL
cancel | alexa na geh vergiss es | CANCEL
cancel | alexa grüessech nei das isch falsch abbräche | CANCEL
cancel | alexa uff nei glem det abbrechen | CANCEL
cancel | alexa cachai no vergiss es | CANCEL
cancel | alexa nema problema abbrechen | CANCEL
cancel | alexa thik ache lass es | CANCEL
cancel | alexa merci aber abbrechen | CANCEL
cancel | alexa sure look forget it abbrechen | CANCEL
cancel | alexa behi lass abbrechen | CANCEL
cancel | alexa falsche linie abbrechen | CANCEL
cancel | alexa die katze springt weg abbrechen | CANCEL
cancel | alexa motiv geändert vergiss die frage | CANCEL
cancel | alexa abbrechen der trockner piept | CANCEL
cancel | alexa lass gut sein wir laufen weiter | CANCEL
cancel | alexa nee doch kein eis abbrechen | CANCEL
launch | alexa ajde öffne hauptstädte der welt | LAUNCH
launch | alexa heast start amoi hauptstädte der welt | LAUNCH
launch | alexa icke will hauptstädte der welt starten wa | LAUNCH
launch | alexa sag ens starte hauptstädte der welt | LAUNCH
launch | alexa ey mach ma hauptstädte der welt an | LAUNCH
launch | alexa hoi öffne amoi hauptstädte der welt | LAUNCH
launch | alexa ja nee öffne hauptstädte der welt ne | LAUNCH
launch | alexa grüessech startisch hauptstädte der welt | LAUNCH
launch | alexa fei starten hauptstädte der welt | LAUNCH
launch | alexa tayyeb öffne hauptstädte der welt | LAUNCH
launch | alexa on dit quoi starte hauptstädte der welt | LAUNCH
launch | alexa ya po hauptstädte der welt starten | LAUNCH
launch | alexa labas öffne hauptstädte der welt | LAUNCH
launch | alexa hei start hauptstädte der welt | LAUNCH
launch | alexa grand open hauptstädte der welt | LAUNCH
launch | alexa behi hauptstädte der welt aufmachen | LAUNCH
launch | alexa ki khobor hauptstädte der welt öffnen | LAUNCH
launch | alexa im waschsalon hauptstädte der welt starten | LAUNCH
launch | alexa helau öffne hauptstädte der welt | LAUNCH
launch | alexa auf der hütte hauptstädte der welt starten | LAUNCH
launch | alexa ganz leise hauptstädte der welt öffnen | LAUNCH
launch | alexa in der pause hauptstädte der welt starten | LAUNCH
plural-capitals | alexa ajde sag mir beide hauptstädte von {} | bolivien=BO; südafrika=ZA; den niederlanden=NL
plural-capitals | alexa heast welche hauptstädte hat {} | malaysia=MY; benin=BJ; sri lanka=LK
plural-capitals | alexa icke will alle hauptstädte von {} wissen | eswatini=SZ; der elfenbeinküste=CI; südafrika=ZA
plural-capitals | alexa och jong die hauptstädte von {} | holland=NL; bolivien=BO; malaysia=MY
plural-capitals | alexa grüessech d hauptstädt vo {} | benin=BJ; eswatini=SZ; sri lanka=LK
plural-capitals | alexa yani welche hauptstädte hat {} | côte d'ivoire=CI; südafrika=ZA; bolivien=BO
plural-capitals | alexa cachai die zwei hauptstädte von {} | malaysia=MY; den niederlanden=NL; benin=BJ
plural-capitals | alexa merci und die hauptstädte von {} | sri lanka=LK; eswatini=SZ; der elfenbeinküste=CI
plural-capitals | alexa uff alle drei hauptstädte von südafrika | ZA
plural-capitals | alexa hoi zwoi hauptstädte hat bolivien gell welche | BO
plural-capitals | alexa ja nee amsterdam und den haag sind beides hauptstädte ne | NL
plural-capitals | alexa fei welche hauptstädte hat malaysia | MY
plural-capitals | alexa ki khobor hauptstädte von sri lanka alle | LK
plural-capitals | alexa on dit quoi die hauptstädte der côte d'ivoire | CI
plural-capitals | alexa tayyeb beide hauptstädte von benin | BJ
plural-capitals | alexa ey die hauptstädte von eswatini | SZ
follow-up | och und {} noch | são tomé und príncipe=ST; kap verde=CV; äquatorialguinea=GQ
follow-up | ok und die hauptstadt von {} po | argentinien=AR; paraguay=PY; bolivien=BO
follow-up | und jetzt {} bitte | kongo brazzaville=CG; kongo kinshasa=CD; gabun=GA
yes-no-check | alexa heast is wien die hauptstadt von österreich | AT
yes-no-check | alexa icke frag ma is potsdam ne hauptstadt | DE-BB
yes-no-check | alexa isch bern d hauptstadt vo de schwiiz | CH
yes-no-check | alexa stimmt das dass {} | amsterdam die hauptstadt der niederlande ist=NL; pretoria eine hauptstadt von südafrika ist=ZA; la paz die hauptstadt von bolivien ist=BO
yes-no-check | alexa ist {} wirklich | kuala lumpur die hauptstadt von malaysia=MY; colombo die hauptstadt von sri lanka=LK; yamoussoukro die hauptstadt der elfenbeinküste=CI
yes-no-check | alexa hab ich recht dass {} | sarajevo die hauptstadt von bosnien ist=BA; beirut die hauptstadt vom libanon ist=LB; jaunde die hauptstadt von kamerun ist=CM
yes-no-check | alexa ist {} oder | dublin die hauptstadt von irland=IE; tunis die hauptstadt von tunesien=TN; dhaka die hauptstadt von bangladesch=BD
yes-no-check | alexa ajde ist pjöngjang hauptstadt von nordkorea | KP
yes-no-check | alexa yani ist ostjerusalem die hauptstadt von palästina | PS
yes-no-check | alexa on dit quoi ist kinshasa hauptstadt vom kongo | CD
yes-no-check | alexa ya po ist seoul die hauptstadt von südkorea | KR
yes-no-check | alexa ist brazzaville hauptstadt von der republik kongo oder nicht | CG
self-correction | alexa heast hauptstadt von {} | slowenien na geh slowakei=SK; österreich äh ungarn=HU; tschechien nein polen=PL
self-correction | alexa ajde hauptstadt von {} | serbien ne bosnien=BA; kroatien nein montenegro=ME; albanien äh kosovo=XK
self-correction | alexa och jong hauptstadt von {} | kamerun nee ghana=GH; togo äh benin=BJ; senegal ne gambia=GM
self-correction | alexa die hauptstadt von südkorea äh nein ich meine nordkorea ajde | KP
self-correction | alexa hauptstadt vom kongo brazzaville nein kinshasa | CD
self-correction | alexa hauptstadt von israel ne ich meinte palästina yani | PS
self-correction | alexa hauptstadt von nordkorea sorry südkorea | KR
self-correction | alexa hauptstadt von kinshasa kongo nein brazzaville kongo | CG
reverse-question | alexa heast {} is hauptstadt von welchem land | wien=CITY:Wien; bratislava=CITY:Bratislava; budapest=CITY:Budapest
reverse-question | alexa ajde {} gehört zu welchem land | tirana=CITY:Tirana; podgorica=CITY:Podgorica; skopje=CITY:Skopje
reverse-question | alexa ya po {} ist hauptstadt von wo | asunción=CITY:Asunción; caracas=CITY:Caracas; bogotá=CITY:Bogotá
reverse-question | alexa on dit quoi {} ist hauptstadt von welchem land | yaoundé=CITY:Yaoundé; ndjamena=CITY:N’Djamena; bangui=CITY:Bangui
reverse-question | alexa yani welches land hat {} als hauptstadt | amman=CITY:Amman; damaskus=CITY:Damaskus; bagdad=CITY:Bagdad
reverse-question | alexa welches land hat ostjerusalem als hauptstadt | CITY:Ostjerusalem
reverse-question | alexa kinshasa ist hauptstadt von welchem kongo | CITY:Kinshasa
reverse-question | alexa welches land regiert man von pjöngjang aus | CITY:Pjöngjang
official-name | alexa heast die hauptstadt der {} | slowakischen republik=SK; tschechischen republik=CZ; republik ungarn=HU
official-name | alexa ajde hauptstadt der {} | republik serbien=RS; republik kroatien=HR; republik montenegro=ME
official-name | alexa yani die hauptstadt der {} | libanesischen republik=LB; arabischen republik syrien=SY; republik irak=IQ
official-name | alexa on dit quoi hauptstadt der {} | republik kamerun=CM; republik tschad=TD; gabunischen republik=GA
official-name | alexa hauptstadt vom {} | königreich norwegen=NO; königreich schweden=SE; königreich dänemark=DK
official-name | alexa hauptstadt der demokratischen sozialistischen republik sri lanka | LK
official-name | alexa hauptstadt der volksrepublik bangladesch | BD
official-name | alexa hauptstadt der demokratischen republik são tomé und príncipe | ST
everyday-name | alexa heast wo war die hauptstadt von {} | der tschechoslowakei=FB; jugoslawien=FB; ostdeutschland=FB
everyday-name | alexa ajde wie heißt hauptstadt von {} | bosnien=BA; mazedonien=MK; kosova=XK
everyday-name | alexa hei hauptstadt von {} | grönland=GL; den färöern=FO; lappland=FB
everyday-name | alexa icke will die hauptstadt von {} | amerika=US; großbritannien=GB; die ukraine wa=UA
everyday-name | alexa grand die hauptstadt von {} | eire=IE; ulster=GB-NIR; britain=GB
everyday-name | alexa ki khobor bolo hauptstadt von {} | ostpakistan=BD; burma=MM; bengalen=FB
shared-name | alexa ajde sag hauptstadt von {} | georgien dem land=GE; kongo=CD+CG; korea=KP+KR
shared-name | alexa heast die hauptstadt von {} | niger=NE; nigeria=NG; guinea=GN
shared-name | alexa on dit quoi hauptstadt von {} | kongo=CD+CG; guinea-bissau=GW; sudan=SD
shared-name | alexa grand hauptstadt von {} | georgia=US-GA; samoa=WS; dominica=DM
shared-name | alexa ya po y la hauptstadt von {} | dominikanische republik=DO; kongo demokratische republik=CD; korea=KP+KR
shared-name | alexa welche hauptstadt hat korea | KP+KR
hannover | alexa ja nee aber wat is mit der hauptstadt von {} ne | südkorea=KR; nordkorea=KP; palästina=PS
hannover | alexa nech die hauptstadt von {} weißt du die | mosambik=MZ; simbabwe=ZW; são tomé=ST
hannover | alexa beim schützenausmarsch in hannover fragt einer hauptstädte von {} | südafrika=ZA; malaysia=MY; bolivien=BO
wuerzburg | alexa gell die hauptstadt vom {} des wär | libanon=LB; jemen=YE; oman=OM
wuerzburg | alexa a weng schneller bitte hauptstadt von {} | kuba=CU; haiti=HT; belize=BZ
wuerzburg | alexa bassd scho und die hauptstädte von {} | den niederlanden=NL; benin=BJ; eswatini=SZ
potsdam | alexa jut und wat is mit {} da die hauptstadt | kongo kinshasa=CD; kongo brazzaville=CG; gabun=GA
halle | alexa ey und die hauptstadt von {} | kuwait=KW; katar=QA; bahrain=BH
halle | alexa gloobe die hauptstädte von {} sind zwei | bolivien=BO; benin=BJ; den niederlanden=NL
augsburg | alexa a bissle schneller hauptstadt von {} gell | nordkorea=KP; südkorea=KR; taiwan=TW
augsburg | alexa hoi die hauptstädte von {} | südafrika=ZA; eswatini=SZ; sri lanka=LK
weinviertel | alexa heast die hauptstädte von {} | malaysia=MY; bolivien=BO; der côte d'ivoire=CI
weinviertel | alexa na geh und die hauptstadt vo {} | palästina=PS; israel=IL; jordanien=JO
aargau | alexa merci und d hauptstädt vo {} | südafrika=ZA; de niederlande=NL; benin=BJ
aargau | alexa chasch mer d hauptstadt vo {} säge | nordkorea=KP; südkorea=KR; tschad=TD
eupen | alexa och jong sag ens die hauptstädte von {} | benin=BJ; malaysia=MY; eswatini=SZ
eupen | alexa sag ens die hauptstadt von {} jong | kongo=CD+CG; palästina=PS; guinea=GN
bosnian | alexa jarane die hauptstädte von {} | südafrika=ZA; den niederlanden=NL; bolivien=BO
bosnian | alexa ajde hauptstadt {} | nordmazedonien=MK; albanien=AL; montenegro=ME
bosnian | alexa hvala brate und hauptstadt {} | rumänien=RO; bulgarien=BG; moldau=MD
lebanese | alexa shukran habibti was sind die hauptstädte von {} | malaysia=MY; sri lanka=LK; südafrika=ZA
lebanese | alexa tayyeb und {} hauptstadt | saudi-arabien=SA; ägypten=EG; sudan=SD
cameroonian | alexa mon frère die hauptstädte von {} | côte d'ivoire=CI; benin=BJ; südafrika=ZA
cameroonian | alexa c'est comment die hauptstadt von {} | senegal=SN; liberia=LR; sierra leone=SL
chilean | alexa cachai die hauptstädte von {} | bolivien=BO; den niederlanden=NL; malaysia=MY
chilean | alexa bacán und {} hauptstadt po | mexiko=MX; guatemala=GT; el salvador=SV
chilean | alexa ya po hauptstadt von {} | honduras=HN; nicaragua=NI; costa rica=CR
lithuanian | alexa labas hauptstädte von {} | den niederlanden=NL; eswatini=SZ; sri lanka=LK
lithuanian | alexa gerai und hauptstadt von {} | ukraine=UA; georgien=GE; kasachstan=KZ
lithuanian | alexa aciu was ist hauptstadt von {} | nordkorea=KP; südkorea=KR; mongolei=MN
norwegian | alexa takk und die hauptstädte von {} | bolivien=BO; benin=BJ; der elfenbeinküste=CI
norwegian | alexa hei die hauptstadt von {} | grönland=GL; spitzbergen=SJ; kanada=CA
irish | alexa grand the hauptstädte von {} | südafrika=ZA; eswatini=SZ; sri lanka=LK
irish | alexa sure look und die hauptstadt von {} | vereinigte staaten=US; kanada=CA; australien=AU
irish | alexa ta hauptstadt von {} | jamaika=JM; barbados=BB; bahamas=BS
tunisian | alexa behi die hauptstädte von {} | malaysia=MY; den niederlanden=NL; bolivien=BO
tunisian | alexa barcha danke und hauptstadt {} | algerien=DZ; marokko=MA; mauretanien=MR
tunisian | alexa saha welche hauptstadt hat {} | palästina=PS; nordkorea=KP; südkorea=KR
bangladeshi | alexa dhonnobad die hauptstädte von {} | südafrika=ZA; der côte d'ivoire=CI; benin=BJ
bangladeshi | alexa bhalo und hauptstadt {} | afghanistan=AF; iran=IR; turkmenistan=TM
tram-driver | alexa an der wendeschleife die hauptstädte von {} | sri lanka=LK; eswatini=SZ; den niederlanden=NL
tram-driver | alexa im führerstand hauptstadt von {} | palästina=PS; kongo kinshasa=CD; kongo brazzaville=CG
vet-practice | alexa die katze miaut welche hauptstädte hat {} | malaysia=MY; südafrika=ZA; bolivien=BO
night-feeding | alexa ganz leise die hauptstädte von {} | benin=BJ; der elfenbeinküste=CI; den niederlanden=NL
night-feeding | alexa das fläschchen ist leer hauptstadt von {} | nordkorea=KP; südkorea=KR; palästina=PS
tattoo-studio | alexa für das motiv die hauptstädte von {} | südafrika=ZA; malaysia=MY; sri lanka=LK
tattoo-studio | alexa während ich stech die hauptstadt von {} | kongo kinshasa=CD; kongo brazzaville=CG; südkorea=KR
museum-guard | alexa nicht berühren bitte und die hauptstädte von {} | den niederlanden=NL; eswatini=SZ; benin=BJ
museum-guard | alexa beim rundgang hauptstadt von {} | nordkorea=KP; palästina=PS; jemen=YE
tax-office | alexa beim finanzamt die hauptstädte von {} | bolivien=BO; sri lanka=LK; malaysia=MY
carnival-club | alexa helau die hauptstädte von {} | südafrika=ZA; den niederlanden=NL; côte d'ivoire=CI
carnival-club | alexa im elferrat die hauptstadt von {} | südkorea=KR; nordkorea=KP; kongo kinshasa=CD
wine-tasting | alexa beim riesling die hauptstädte von {} | bolivien=BO; eswatini=SZ; benin=BJ
shooting-club | alexa im schützenzelt die hauptstädte von {} | malaysia=MY; sri lanka=LK; der elfenbeinküste=CI
shooting-club | alexa beim königsschießen hauptstadt von {} | palästina=PS; kongo brazzaville=CG; südkorea=KR
laundromat | alexa beim schleudern die hauptstädte von {} | südafrika=ZA; bolivien=BO; den niederlanden=NL
alpine-hut | alexa am gipfelkreuz die hauptstädte von {} | eswatini=SZ; benin=BJ; sri lanka=LK
ice-cream-parlour | alexa zwei kugeln und die hauptstädte von {} | malaysia=MY; der côte d'ivoire=CI; südafrika=ZA
marathon-training | alexa beim longrun die hauptstädte von {} | bolivien=BO; den niederlanden=NL; eswatini=SZ
marathon-training | alexa kilometer zwanzig hauptstadt von {} | nordkorea=KP; kongo kinshasa=CD; palästina=PS
out-of-domain | alexa ja nee wie wird das wetter am maschsee | FB
out-of-domain | alexa nech spiel mal ndr zwei | FB
out-of-domain | alexa wann fährt die üstra nach linden | FB
out-of-domain | alexa wie viele leute wohnen in hannover ne | FB
out-of-domain | alexa fei wie warm wird's morgen in würzburg | FB
out-of-domain | alexa a weng musik bitte gell | FB
out-of-domain | alexa was kost a schoppen silvaner | FB
out-of-domain | alexa wie lang is der main | FB
out-of-domain | alexa icke will wissen wann sanssouci uffmacht | FB
out-of-domain | alexa wat kost die fahrkarte nach berlin wa | FB
out-of-domain | alexa spiel ma radio eins | FB
out-of-domain | alexa ey wie hoch is der rote turm in halle | FB
out-of-domain | alexa gloobe ich brauch nen wecker um sechse | FB
out-of-domain | alexa sach ma wie viel uhr es is | FB
out-of-domain | alexa hoi wie alt ist die fuggerei | FB
out-of-domain | alexa sag amoi wie's wetter in augsburg wird | FB
out-of-domain | alexa a bissle lauter gell | FB
out-of-domain | alexa heast wann hat der heurige offen | FB
out-of-domain | alexa oida spiel ö drei | FB
out-of-domain | alexa na geh wie viel einwohner hat wien | FB
out-of-domain | alexa grüessech wie wird s wätter in aarau | FB
out-of-domain | alexa chasch mer en timer stelle uf föif minute | FB
out-of-domain | alexa wie lang isch d aare | FB
out-of-domain | alexa sag ens wie weit is aachen von eupen | FB
out-of-domain | alexa och jong spiel mal bre eins | FB
out-of-domain | alexa ajde spiel sevdalinka | FB
out-of-domain | alexa jarane was heißt hvala auf deutsch | FB
out-of-domain | alexa wie viele einwohner hat sarajevo | FB
out-of-domain | alexa tayyeb wie spät ist es in beirut | FB
out-of-domain | alexa yani wie viele menschen leben im libanon | FB
out-of-domain | alexa shukran spiel fairuz | FB
out-of-domain | alexa on dit quoi wie ist das wetter in douala | FB
out-of-domain | alexa mon frère wie viele sprachen gibt es in kamerun | FB
out-of-domain | alexa c'est comment spiel makossa | FB
out-of-domain | alexa ya po wie hoch ist der aconcagua | FB
out-of-domain | alexa cachai wie spät ist es in chile | FB
out-of-domain | alexa bacán spiel cueca | FB
out-of-domain | alexa labas wie ist das wetter in vilnius | FB
out-of-domain | alexa aciu was heißt danke auf litauisch | FB
out-of-domain | alexa hei wie viele fjorde hat norwegen | FB
out-of-domain | alexa uff wie kalt ist es in tromsø | FB
out-of-domain | alexa takk spiel a-ha | FB
out-of-domain | alexa grand what's the craic spiel irische musik | FB
out-of-domain | alexa sure look wie ist das wetter in galway | FB
out-of-domain | alexa ta wie lange fliegt man nach dublin | FB
out-of-domain | alexa behi wie heiß ist es in tunis | FB
out-of-domain | alexa barcha danke spiel mezoued | FB
out-of-domain | alexa ki khobor wie viele einwohner hat dhaka | FB
out-of-domain | alexa thik ache wann ist eid | FB
out-of-domain | alexa an der endhaltestelle wie lange habe ich pause | FB
out-of-domain | alexa im betriebshof wie ist der dienstplan | FB
out-of-domain | alexa wie viel wiegt eine katze | FB
out-of-domain | alexa wann muss der hund zur impfung | FB
out-of-domain | alexa wie warm muss das fläschchen sein | FB
out-of-domain | alexa spiel leise weißes rauschen | FB
out-of-domain | alexa wie lange braucht ein tattoo zum heilen | FB
out-of-domain | alexa was bedeutet das maori motiv | FB
out-of-domain | alexa wann schließt das museum heute | FB
out-of-domain | alexa wer hat die mona lisa gemalt | FB
out-of-domain | alexa wie hoch ist der grundfreibetrag | FB
out-of-domain | alexa wie funktioniert elster | FB
out-of-domain | alexa wann ist weiberfastnacht | FB
out-of-domain | alexa spiel das lied vom elferrat | FB
out-of-domain | alexa welcher wein passt zu spargel | FB
out-of-domain | alexa wie viel promille hat ein glas riesling | FB
out-of-domain | alexa wer ist schützenkönig in neuss | FB
out-of-domain | alexa wann ist das schützenfest | FB
out-of-domain | alexa bei wie viel grad wasch ich jeans | FB
out-of-domain | alexa wie lange läuft der trockner | FB
out-of-domain | alexa wie hoch ist der großglockner | FB
out-of-domain | alexa wie wird das wetter auf der zugspitze morgen | FB
out-of-domain | alexa welche eissorte ist die beliebteste | FB
out-of-domain | alexa wann öffnet die eisdiele im frühling | FB
out-of-domain | alexa wie schnell ist der marathon weltrekord | FB
out-of-domain | alexa starte ein intervall training | FB
out-of-domain | alexa wie viele kalorien verbrennt ein halbmarathon | FB
out-of-domain | alexa was ist die hauptstadt von antarktika | FB
out-of-domain | alexa was ist die hauptstadt vom mond | FB
out-of-domain | alexa was ist die hauptstadt der welt | FB
out-of-domain | alexa welche hauptstadt hat die meisten einwohner | FB
out-of-domain | alexa welche hauptstadt ist am kältesten | FB
out-of-domain | alexa wie viele hauptstädte liegen am meer | FB
out-of-domain | alexa welche hauptstadt ist die kleinste in europa | FB
out-of-domain | alexa seit wann ist berlin hauptstadt | FB
out-of-domain | alexa warum ist bonn keine hauptstadt mehr | FB
out-of-domain | alexa wie viele einwohner hat kuala lumpur | FB
out-of-domain | alexa welche sprache spricht man in den niederlanden | FB
out-of-domain | alexa was ist die hauptstadt der karibik | FB
out-of-domain | alexa spiel ein quiz über hauptstädte | FB
out-of-domain | alexa wie heißt die hauptstadt von skandinavien | FB
out-of-domain | alexa wie viel einwohner hat pretoria | FB
out-of-domain | alexa welche zeitzone hat la paz | FB
out-of-domain | alexa was ist die hauptstadt vom balkan | FB
out-of-domain | alexa wie weit ist es von kinshasa nach brazzaville | FB
"""

if __name__ == "__main__":
    build_round(56, "de", LINES, sys.argv, "tests/Eval/de/round56/source/build_corpus.py")
