"""Round 55, Italian (it-IT): a new author's own mix, written blind at the end of the sixty-third session (brief
WRITER72.md), for the next session's tuner. Speakers chosen apart from the groups round 54's docstring lists (its own
and those it copies for rounds 44-53: Rome, Naples, Bari, Salento, Venice, Bologna, Milan, Turin, Genoa, Florence,
Sardinia, Sicily, Calabria, Como, the Langhe, Ciociaria, Abruzzo, Romagna, Maremma, Brescia, Cremona, Vicenza, Treviso,
Ferrara, Piacenza, Asti, La Spezia, Arezzo, Viterbo, Latina, Benevento, Salerno, Varese, Novara, Biella, Alessandria,
Pavia, Lodi, the Polesine, Reggio Emilia, Prato, Pistoia, Rieti, Brindisi, Lecco, Imperia and the rest; Mantovani,
Bergamaschi, Trentini and Altoatesini, Friulani, Triestini, Parmigiani and Modenesi, Perugini, Marchigiani, Molisani,
Lucani, Tarantini, Livornesi and Lucchesi; Valdostani, Veronesi, Valtellinesi, Senesi, Carrarini, Ternani, Foggiani
and Garganici, Casertani and Irpini, Ticinesi, Sammarinesi, Ossolani and Lake Maggiore people; Padovani, Bellunesi,
Pisani, Savonesi, Cuneesi, Vercellesi and Elbani; Chioggiotti, Brianzoli, Canavesani, Empolesi, Lunigianesi and
Folignati; Goriziani, Tabarchini of Carloforte and Eoliani; Colombian, Syrian, Nepalese, Japanese, Bosnian,
Cameroonian, Keralite, Ukrainian, Moroccan, Senegalese, Chinese, Romanian, Albanian, Filipino, Peruvian, Salvadoran,
Dominican, Bulgarian, Afghan, Cape Verdean, Ethiopian, Somali, Bangladeshi, Sri Lankan, Nigerian, Egyptian, Tunisian,
Brazilian, Polish, Punjabi Sikh, Argentine, Venezuelan, Pakistani, Ghanaian, Georgian, Turkish, Dutch, Ecuadorian,
Moldovan, Eritrean, Cuban, Russian, Irish, Ivorian, Macedonian, Mexican, Greek, Portuguese, Indonesian, Mauritian,
Chilean, Congolese and Vietnamese families and learners, Iranian PhD students, Korean and Hungarian exchange students,
Spanish Erasmus students, American students, German retirees and English retirees; truck drivers, nurses,
hairdressers, taxi drivers, pharmacists, hotel receptionists, tour guides, primary-school teachers, crossword fans,
flight attendants, teenagers, grandparents, baristi, postini, lifeguards and fishermen, librarians, bakers, call-centre
operators, youth football coaches, liceali, plumbers and electricians, firefighters, cooks, mechanics, bus and tram
drivers, food-delivery riders, sacristans and parish volunteers, carabinieri, commercialisti, dentists, estate agents,
radio presenters, edicolanti, tabaccai, interpreters, physiotherapists, builders, lawyers, gardeners, seamstresses,
security guards, petrol-station attendants, veterinarians, sommeliers, teachers of Italian to foreigners, farmers,
photographers, volleyball coaches, casino croupiers, goldsmiths, ice-cream makers, beekeepers, merchant seamen,
mountain guides, shepherds, geometri, truffle hunters, airline pilots, archaeologists, missionary nuns, opticians,
pizzaioli abroad, circus people and church organists; lavoro, scuola, giochi and casa situations, the car, the gym, a
honeymoon and wedding tables, stamp and coin collecting, the pub quiz, Eurovision, the Olympics and the World Cup, a
cruise, students living away from home, moving house, the night shift, waiting rooms, a power cut, dinner with the
in-laws, job interviews, a travel agency, cooking foreign dishes, packing a suitcase, a hospital bed, putting children
to bed, spring cleaning, a sleepless night, the evening news, a train journey, Christmas and the tombola, a football
away trip, beach crosswords, a game of Risiko, a camper trip, a TV quiz show and a bet at the bar). Regional speakers:
the Arbëreshë of Piana degli Albanesi (Italo-Albanians of Byzantine rite, the papàs, Skanderbeg, relatives in Kosovo
and Skopje, "si je", "faleminderit", "ju lutem", "vllai", "motra", written without the ë), the Ladins of Val Badia and
Val Gardena (ski World Cup, Romansh cousins, wood carving sold abroad, "bun dé", "dilan"), and Lampedusani (the
landings, the hotspot, the mediators and volunteers, Malta nearer than Palermo, "talìa", "chi dici"). Immigrant
families: Bolivians ("pues", "oye", "ya", "caserita", "para la tía", Spanish mixed in), Malians ("i ni ce", "awa", "a
barika", "inshallah"), Thais ("sawasdee", "kha", "khrap", "mai pen rai"), Croatians ("bok", "hvala", "ajme", "ajde"),
Lebanese ("yalla", "habibi", "khalas", "merci"). Jobs: florists (roses from Kenya and Ecuador, the Dutch flower
auction), freight forwarders (containers, customs clearance, transhipment), customs officers (passports, seizures,
sanctions lists), train conductors (night trains, connections, announcements), caregivers and the old people they look
after ("la signora chiede", the grandfather's army years in Libya and Somalia), foreign-desk journalists ("il pezzo",
"il lancio d'agenzia", "l'occhiello"), software developers (remote teams, the standup, the deploy), midwives (mothers
from everywhere, the night shift in the delivery ward), butchers (Argentine and Irish beef, New Zealand lamb),
violin makers (tonewoods, ebony, Asian clients). Situations: Formula One Sunday, a world-map jigsaw puzzle, an Interrail
trip, choosing a baby's name after a capital, a long-distance relationship ("fidanzati-lontani"), watching foreign TV
series, radio amateurs chasing rare DX countries ("qsl", "pile up"), scuba divers (wrecks, reefs, whale sharks) and
cycling (the Tour, the Giro's foreign starts). Plus follow-ups (said inside a session, without "alexa"), the
several-capital countries in the plural, subdivisions and territories, yes/no checks, self-corrections, reverse
questions, official and everyday names, shared names, launch by "capitali del mondo", help, stop, cancel and
out-of-domain requests. Every line typed by hand as one utterance; no outside text consulted. Built by
round12_hinl_corpus.py (build_round with round 55's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
help | alexa chiedi a capitali del mondo che domande gli posso fare | HELP
help | alexa apri capitali del mondo e dimmi le istruzioni dall'inizio | HELP
help | alexa con capitali del mondo si possono chiedere anche le province canadesi | HELP
help | alexa mi fai un esempio di domanda per le capitali | HELP
help | alexa non mi ricordo come si chiede la capitale me lo ripeti | HELP
help | alexa ho bisogno di una spiegazione su come funziona la skill | HELP
help | alexa che cosa posso domandarti di preciso | HELP
help | alexa aiutami tu che io con la tecnologia sono negata | HELP
help | aiutami | HELP
help | mi serve aiuto | HELP
help | non ho capito come funziona | HELP
help | come si usa questa cosa | HELP
help | alexa qual è il modo giusto per chiederti una capitale | HELP
help | alexa la skill delle capitali come va usata | HELP
help | alexa guida per capitali del mondo | HELP
help | alexa mi spieghi le regole di capitali del mondo | HELP
help | alexa chiedi a capitali del mondo di darmi una mano | HELP
help | alexa ma tu cosa capisci esattamente quando parlo di capitali | HELP
help | alexa vllai dimmi come si usa questa cosa delle capitali | HELP
help | alexa bun dé come funziona la skill delle capitali | HELP
help | alexa hvala ma prima spiegami come si usa | HELP
help | alexa habibi come si chiede una capitale | HELP
help | alexa sono la nonna come devo fare per sapere una capitale | HELP
help | che cosa devo dire adesso | HELP
help | alexa quali sono le domande che accetti | HELP
help | ripetimi le istruzioni | HELP
help | alexa posso chiederti le capitali degli stati messicani com'è che si fa | HELP
stop | alexa stop capitali | STOP
stop | alexa basta con le capitali per oggi | STOP
stop | alexa chiudi capitali del mondo | STOP
stop | alexa esci dalla skill delle capitali | STOP
stop | alexa finito grazie | STOP
stop | alexa spegniti adesso | STOP
stop | alexa ferma tutto | STOP
stop | alexa smettila | STOP
stop | basta così grazie | STOP
stop | ho finito | STOP
stop | esci pure | STOP
stop | alexa zitta un attimo che è arrivato il capotreno | STOP
stop | alexa stop che parte il gran premio | STOP
stop | alexa faleminderit basta così | STOP
stop | alexa hvala dosta basta | STOP
stop | alexa yalla basta per stasera | STOP
stop | alexa chiudi che devo andare in cella frigorifera | STOP
stop | alexa stop per favore che il bambino dorme | STOP
stop | alexa fermati pure ci ho ripensato non mi serve più | STOP
stop | alexa esci da capitali del mondo grazie di tutto | STOP
stop | alexa per ora basta con le domande | STOP
stop | alexa chiudiamo qui | STOP
stop | stop stop | STOP
stop | alexa abbiamo finito il puzzle puoi chiudere | STOP
stop | alexa ci vediamo domani chiudi pure | STOP
stop | alexa ok basta ti saluto | STOP
cancel | alexa annulla | CANCEL
cancel | alexa annulla la domanda | CANCEL
cancel | alexa lascia stare | CANCEL
cancel | alexa lascia perdere la capitale | CANCEL
cancel | alexa niente non importa | CANCEL
cancel | annulla tutto | CANCEL
cancel | no lascia stare | CANCEL
cancel | non fa niente | CANCEL
cancel | alexa cancella quello che ho detto | CANCEL
cancel | alexa annulla che mi sono sbagliato | CANCEL
cancel | alexa lascia perdere era per il cruciverba ma l'ho trovata | CANCEL
cancel | alexa annulla la richiesta di prima | CANCEL
cancel | alexa no aspetta annulla | CANCEL
cancel | alexa ho sbagliato annulla pure | CANCEL
cancel | alexa fa niente lascia stare la spedizione | CANCEL
cancel | alexa annulla che il cliente ha cambiato destinazione | CANCEL
cancel | alexa lascia perdere mi ha già risposto mio figlio | CANCEL
cancel | alexa e lascia stare dai | CANCEL
cancel | alexa anuluj no volevo dire annulla | CANCEL
cancel | alexa annulla faleminderit | CANCEL
cancel | alexa lascia perdere bok | CANCEL
cancel | alexa annulla khrap | CANCEL
cancel | alexa cancella la domanda sulle capitali | CANCEL
cancel | niente annulliamo | CANCEL
cancel | alexa annulla l'ultima cosa | CANCEL
cancel | alexa non volevo chiedertelo annulla | CANCEL
launch | alexa apri capitali del mondo | LAUNCH
launch | alexa avvia capitali del mondo per favore | LAUNCH
launch | alexa fammi giocare con capitali del mondo | LAUNCH
launch | alexa lancia capitali del mondo | LAUNCH
launch | alexa facciamo capitali del mondo | LAUNCH
launch | alexa mettimi capitali del mondo | LAUNCH
launch | alexa attiva la skill capitali del mondo | LAUNCH
launch | alexa vorrei usare capitali del mondo | LAUNCH
launch | alexa capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo che ripassiamo per l'interrail | LAUNCH
launch | alexa apri capitali del mondo che abbiamo il puzzle del planisfero | LAUNCH
launch | alexa avvia capitali del mondo mentre aspettiamo il via del gran premio | LAUNCH
launch | alexa apri capitali del mondo per la bambina che ha la verifica | LAUNCH
launch | alexa si je apri capitali del mondo | LAUNCH
launch | alexa bun dé apri capitali del mondo | LAUNCH
launch | alexa bok otvori capitali del mondo | LAUNCH
launch | alexa sawasdee apri capitali del mondo | LAUNCH
launch | alexa i ni ce apri capitali del mondo | LAUNCH
launch | alexa oye abre capitali del mondo | LAUNCH
launch | alexa yalla apri capitali del mondo | LAUNCH
launch | alexa parti con capitali del mondo | LAUNCH
launch | alexa voglio capitali del mondo | LAUNCH
launch | alexa puoi aprire capitali del mondo | LAUNCH
launch | alexa accendi capitali del mondo | LAUNCH
launch | alexa apriresti capitali del mondo | LAUNCH
launch | alexa ricomincia capitali del mondo | LAUNCH
launch | alexa riapri capitali del mondo che prima si è chiusa | LAUNCH
launch | alexa apri la skill delle capitali del mondo | LAUNCH
launch | alexa usa capitali del mondo | LAUNCH
launch | alexa capitali del mondo per favore | LAUNCH
launch | alexa dai apri capitali del mondo che facciamo una gara | LAUNCH
launch | alexa apri capitali del mondo in cucina | LAUNCH
launch | alexa avviami capitali del mondo | LAUNCH
launch | alexa fai partire capitali del mondo | LAUNCH
launch | alexa mi apri capitali del mondo che c'è il turno di notte lungo | LAUNCH
launch | alexa apri capitali del mondo durante la pausa pranzo | LAUNCH
launch | alexa chiedi a capitali del mondo | LAUNCH
launch | alexa gioca a capitali del mondo con noi | LAUNCH
launch | alexa apri capitali del mondo per la videochiamata con la morosa | LAUNCH
launch | alexa entra in capitali del mondo | LAUNCH
launch | alexa capitali del mondo apri | LAUNCH
launch | alexa apri capitali del mondo ju lutem | LAUNCH
launch | alexa per favore avvia capitali del mondo in salotto | LAUNCH
launch | alexa aprimi le capitali del mondo | LAUNCH
launch | alexa ci apri capitali del mondo che i ragazzi si annoiano | LAUNCH
macellai | alexa la capitale dell'argentina per la scottona che è arrivata | AR
macellai | alexa capitale dell'uruguay per il controfiletto | UY
macellai | alexa la capitale dell'irlanda per la carne al pascolo | IE
macellai | alexa capitale della nuova zelanda per l'agnello | NZ
macellai | alexa la capitale dell'australia per il wagyu australiano | AU
macellai | alexa capitale del giappone per il manzo di kobe | JP
macellai | alexa la capitale del brasile per la picanha | BR
macellai | alexa capitale della polonia per i vitelli | PL
macellai | alexa la capitale della francia per la limousine | FR
macellai | alexa capitale della spagna per il prosciutto iberico | ES
macellai | alexa la capitale della scozia per l'angus | GB-SCT
macellai | alexa capitale del paraguay per la carne del cliente | PY
macellai | alexa la capitale della namibia per il manzo | NA
macellai | alexa capitale del botswana per la carne congelata | BW
macellai | alexa la capitale dell'ungheria per il maiale mangalica | HU
macellai | alexa capitale della danimarca per le cosce di maiale | DK
macellai | alexa la capitale del galles per l'agnello gallese | GB-WLS
macellai | alexa capitale del kazakistan per la carne di cavallo | KZ
macellai | alexa la capitale della mongolia per il montone | MN
macellai | alexa capitale della turchia per il kebab del collega | TR
liutai | alexa la capitale della bosnia per l'acero marezzato | BA
liutai | alexa capitale del camerun per l'ebano delle tastiere | CM
liutai | alexa la capitale del madagascar per il palissandro | MG
liutai | alexa capitale del brasile per il pernambuco degli archetti | BR
liutai | alexa la capitale della corea del sud per la violinista che ordina | KR
liutai | alexa capitale della cina per il cliente del violoncello | CN
liutai | alexa la capitale del giappone per il quartetto | JP
liutai | alexa capitale della mongolia per i crini dell'archetto | MN
liutai | alexa la capitale della romania per l'abete di risonanza | RO
liutai | alexa capitale della slovacchia per il legno | SK
liutai | alexa la capitale degli stati uniti per la fiera dei violini | US
liutai | alexa capitale di singapore per la spedizione del viola | SG
liutai | alexa la capitale di taiwan per l'allievo | TW
liutai | alexa capitale della croazia per il contrabbasso | HR
liutai | alexa la capitale della svezia per il concorso | SE
liutai | alexa capitale dell'india per la colla | IN
liutai | alexa la capitale dello sri lanka per l'ebano vecchio | LK
liutai | alexa capitale della tanzania per il legno africano | TZ
liutai | alexa la capitale del mozambico per il legno duro | MZ
liutai | alexa capitale dell'austria per il concerto al musikverein | AT
formula-uno | alexa la capitale del bahrein prima delle libere | BH
formula-uno | alexa capitale dell'arabia saudita per la gara di gedda | SA
formula-uno | alexa la capitale dell'australia per il gran premio di melbourne | AU
formula-uno | alexa capitale del giappone per suzuka | JP
formula-uno | alexa la capitale della cina per la gara di shanghai | CN
formula-uno | alexa capitale degli stati uniti per miami | US
formula-uno | alexa la capitale di monaco durante il giro di formazione | MC
formula-uno | alexa capitale della spagna per il gran premio di barcellona | ES
formula-uno | alexa la capitale del canada per il gran premio di montreal | CA
formula-uno | alexa capitale dell'austria per lo spielberg | AT
formula-uno | alexa la capitale del regno unito per silverstone | GB
formula-uno | alexa capitale dell'ungheria per l'hungaroring | HU
formula-uno | alexa la capitale del belgio per spa | BE
formula-uno | alexa capitale dell'olanda per zandvoort una sola | NL
formula-uno | alexa la capitale dell'azerbaigian per il gran premio di baku | AZ
formula-uno | alexa capitale di singapore per la gara notturna | SG
formula-uno | alexa la capitale del messico per la gara in altura | MX
formula-uno | alexa capitale del brasile per interlagos | BR
formula-uno | alexa la capitale del qatar per losail | QA
formula-uno | alexa capitale degli emirati per abu dhabi che è l'ultima gara | AE
formula-uno | alexa la capitale della thailandia per il pilota thailandese | TH
formula-uno | alexa capitale della finlandia per il finlandese della ferrari | FI
puzzle | alexa la capitale del ciad che mi manca il pezzo | TD
puzzle | alexa capitale della repubblica centrafricana per il pezzo al centro | CF
puzzle | alexa la capitale del gabon sul puzzle del planisfero | GA
puzzle | alexa capitale della guinea equatoriale per il tassello | GQ
puzzle | alexa la capitale di são tomé e príncipe che è scritta piccolissima | ST
puzzle | alexa capitale del lesotho dentro il sudafrica | LS
puzzle | alexa la capitale dell'eswatini una sola quella scritta sul puzzle | SZ
puzzle | alexa capitale del burundi per il pezzo piccolo | BI
puzzle | alexa la capitale del ruanda sul planisfero | RW
puzzle | alexa capitale del malawi che è lungo e stretto | MW
puzzle | alexa la capitale del mozambico per il bordo | MZ
puzzle | alexa capitale dell'angola per il pezzo marrone | AO
puzzle | alexa la capitale della namibia per il deserto | NA
puzzle | alexa capitale del suriname per il pezzo verde | SR
puzzle | alexa la capitale della guyana sul puzzle | GY
puzzle | alexa capitale del belize che non trovo | BZ
puzzle | alexa la capitale di gibuti per il corno d'africa | DJ
puzzle | alexa capitale del kirghizistan per il pezzo viola | KG
puzzle | alexa la capitale del tagikistan che è attaccato | TJ
puzzle | alexa capitale della papua nuova guinea per l'angolo in basso | PG
puzzle | alexa la capitale delle isole salomone per il pezzo di mare | SB
puzzle | alexa capitale di vanuatu sul puzzle da mille pezzi | VU
interrail | alexa la capitale dell'estonia per la tappa baltica | EE
interrail | alexa capitale della lettonia che arriviamo col bus notturno | LV
interrail | alexa la capitale della lituania per l'ostello | LT
interrail | alexa capitale della polonia per il treno da berlino | PL
interrail | alexa la capitale della slovacchia per una notte | SK
interrail | alexa capitale della bulgaria per il treno lentissimo | BG
interrail | alexa la capitale della romania per il couchsurfing | RO
interrail | alexa capitale della serbia per il treno per bar | RS
interrail | alexa la capitale del montenegro alla fine del treno | ME
interrail | alexa capitale della macedonia del nord per il bus | MK
interrail | alexa la capitale della grecia per il traghetto di ritorno | GR
interrail | alexa capitale della svezia per il treno notturno da amburgo | SE
interrail | alexa la capitale della norvegia che costa tutto un occhio | NO
interrail | alexa capitale della danimarca per il cambio a malmo | DK
interrail | alexa la capitale della finlandia col traghetto da tallinn | FI
interrail | alexa capitale del portogallo per l'ultima settimana | PT
interrail | alexa la capitale della spagna per il cambio a hendaye | ES
interrail | alexa capitale dell'irlanda che l'interrail non copre il traghetto | IE
interrail | alexa la capitale del lussemburgo che i treni sono gratis | LU
interrail | alexa capitale del regno unito per l'eurostar | GB
interrail | alexa la capitale dell'ucraina che ora non si può andare | UA
interrail | alexa capitale della moldavia dal treno di iasi | MD
nomi-bambini | alexa la capitale della bulgaria perché vogliamo chiamarla sofia | BG
nomi-bambini | alexa capitale del perù che a mio marito piace lima come nome | PE
nomi-bambini | alexa la capitale dell'austria che vienna è un bel nome | AT
nomi-bambini | alexa capitale della giamaica perché kingston come nome non mi convince | JM
nomi-bambini | alexa la capitale delle seychelles che si chiama victoria come la nonna | SC
nomi-bambini | alexa capitale della liberia per il nome monrovia no scherzo | LR
nomi-bambini | alexa la capitale del cile per il nome santiago | CL
nomi-bambini | alexa capitale della repubblica dominicana per il nome domingo | DO
nomi-bambini | alexa la capitale della georgia americana per il nome atlanta | US-GA
nomi-bambini | alexa capitale del kenya che vorrei chiamarlo nairobi e mio marito no | KE
nomi-bambini | alexa la capitale dell'honduras per il nome che non si può dire | HN
nomi-bambini | alexa capitale della grecia perché atena è un nome | GR
nomi-bambini | alexa la capitale del costa rica per il nome josé | CR
nomi-bambini | alexa capitale di saint lucia per il nome castries | LC
nomi-bambini | alexa la capitale della lettonia perché riga sembra un nome da maschio | LV
nomi-bambini | alexa capitale dell'irlanda che dublino come secondo nome no | IE
nomi-bambini | alexa la capitale di grenada perché george è il nome del nonno | GD
nomi-bambini | alexa capitale di el salvador per il nome salvador come il bisnonno | SV
nomi-bambini | alexa la capitale del brasile che brasilia come nome di bambina | BR
nomi-bambini | alexa capitale di samoa perché apia è carino | WS
fidanzati-lontani | alexa la capitale del canada che il mio ragazzo sta a ottawa o a toronto | CA
fidanzati-lontani | alexa capitale del giappone per la videochiamata delle sette | JP
fidanzati-lontani | alexa la capitale dell'australia che la mia ragazza fa il working holiday | AU
fidanzati-lontani | alexa capitale della corea del sud dove studia il mio fidanzato | KR
fidanzati-lontani | alexa la capitale del messico per il volo di natale | MX
fidanzati-lontani | alexa capitale della colombia che la mia morosa è di cali | CO
fidanzati-lontani | alexa la capitale del marocco che ci vediamo a pasqua | MA
fidanzati-lontani | alexa capitale della nuova zelanda dove è andato lui | NZ
fidanzati-lontani | alexa la capitale dell'indonesia che lei insegna a bali | ID
fidanzati-lontani | alexa capitale della tunisia per il weekend lungo | TN
fidanzati-lontani | alexa la capitale dell'argentina per il compleanno di lei | AR
fidanzati-lontani | alexa capitale della norvegia per il trasloco da lui | NO
fidanzati-lontani | alexa la capitale della repubblica dominicana che l'ho conosciuto in vacanza | DO
fidanzati-lontani | alexa capitale di cuba per il matrimonio all'avana | CU
fidanzati-lontani | alexa la capitale della svizzera che fa il frontaliere | CH
fidanzati-lontani | alexa capitale delle filippine per il pacco regalo | PH
fidanzati-lontani | alexa la capitale del sudafrica una sola dove lavora lei | ZA
fidanzati-lontani | alexa capitale della malaysia per la mia ragazza a kuala lumpur | MY
fidanzati-lontani | alexa la capitale del brasile per il visto del mio ragazzo | BR
fidanzati-lontani | alexa capitale dell'islanda per l'aurora insieme | IS
serie-tv | alexa la capitale della spagna per la serie della rapina | ES
serie-tv | alexa capitale della turchia per la soap turca che guarda mia madre | TR
serie-tv | alexa la capitale della corea del sud per il drama | KR
serie-tv | alexa capitale della colombia per la serie sui narcos | CO
serie-tv | alexa la capitale della danimarca per la serie sul governo danese | DK
serie-tv | alexa capitale dell'islanda per il giallo nordico | IS
serie-tv | alexa la capitale della germania per la serie ambientata negli anni venti | DE
serie-tv | alexa capitale della scozia per la serie col viaggio nel tempo | GB-SCT
serie-tv | alexa la capitale dell'irlanda del nord per la serie girata là | GB-NIR
serie-tv | alexa capitale della francia per la serie della ragazza americana a parigi | FR
serie-tv | alexa la capitale del messico per la telenovela | MX
serie-tv | alexa capitale dell'india per la serie di bollywood | IN
serie-tv | alexa la capitale della nigeria per i film di nollywood | NG
serie-tv | alexa capitale del brasile per la novela | BR
serie-tv | alexa la capitale della svezia per il telefilm poliziesco | SE
serie-tv | alexa capitale della norvegia per la serie sui vichinghi | NO
serie-tv | alexa la capitale della corea del nord per il documentario | KP
serie-tv | alexa capitale del giappone per l'anime | JP
serie-tv | alexa la capitale di israele per la serie di spionaggio | IL
serie-tv | alexa capitale del belgio per la serie fiamminga | BE
radioamatori | alexa la capitale di tuvalu che ho fatto il collegamento stanotte | TV
radioamatori | alexa capitale di kiribati per la cartolina qsl | KI
radioamatori | alexa la capitale di nauru per la spedizione dx | NR
radioamatori | alexa capitale di palau per il nominativo | PW
radioamatori | alexa la capitale delle isole marshall in venti metri | MH
radioamatori | alexa capitale della micronesia per il contatto | FM
radioamatori | alexa la capitale delle isole cook per il diploma | CK
radioamatori | alexa capitale di tonga che l'ho sentito in quaranta metri | TO
radioamatori | alexa la capitale delle figi per il log | FJ
radioamatori | alexa capitale delle comore per la qsl | KM
radioamatori | alexa la capitale delle maldive per il contest | MV
radioamatori | alexa capitale di mauritius che ho collegato ieri | MU
radioamatori | alexa la capitale di capo verde per il pile up | CV
radioamatori | alexa capitale di saint kitts e nevis per il nominativo v quattro | KN
radioamatori | alexa la capitale di antigua e barbuda per il log | AG
radioamatori | alexa capitale di saint vincent e grenadine per la qsl | VC
radioamatori | alexa la capitale della dominica quella dei caraibi per il contatto | DM
radioamatori | alexa capitale di barbados in sedici metri | BB
radioamatori | alexa la capitale di trinidad e tobago per la cartolina | TT
radioamatori | alexa capitale delle bahamas per la spedizione | BS
radioamatori | alexa la capitale del bhutan che è rarissimo | BT
radioamatori | alexa capitale della corea del nord che non si collega mai | KP
sub | alexa la capitale delle maldive per il safari in barca | MV
sub | alexa capitale dell'egitto per le immersioni sul mar rosso | EG
sub | alexa la capitale del belize per il blue hole | BZ
sub | alexa capitale di palau per le meduse | PW
sub | alexa la capitale delle figi per i coralli molli | FJ
sub | alexa capitale delle seychelles per gli squali balena | SC
sub | alexa la capitale delle filippine per il relitto | PH
sub | alexa capitale dell'indonesia per raja ampat | ID
sub | alexa la capitale del mozambico per le mante | MZ
sub | alexa capitale del sudan per il relitto dell'umbria | SD
sub | alexa la capitale di cuba per i giardini della regina | CU
sub | alexa capitale dell'honduras per roatán | HN
sub | alexa la capitale della micronesia per truk | FM
sub | alexa capitale di malta per le grotte | MT
sub | alexa la capitale del messico per i cenote | MX
sub | alexa capitale dell'ecuador per le galapagos | EC
sub | alexa la capitale di vanuatu per il relitto della nave | VU
sub | alexa capitale della giordania per aqaba | JO
sub | alexa la capitale della tanzania per zanzibar | TZ
sub | alexa capitale della malesia una sola per sipadan | MY
ciclismo | alexa la capitale della slovenia per il corridore che vince tutto | SI
ciclismo | alexa capitale della danimarca per la partenza del tour | DK
ciclismo | alexa la capitale della colombia per gli scalatori | CO
ciclismo | alexa capitale dell'eritrea per il corridore eritreo | ER
ciclismo | alexa la capitale del ruanda per i mondiali di ciclismo | RW
ciclismo | alexa capitale del belgio per il giro delle fiandre | BE
ciclismo | alexa la capitale dei paesi bassi per la partenza del giro | NL
ciclismo | alexa capitale dell'ungheria per la grande partenza | HU
ciclismo | alexa la capitale dell'albania per la tappa del giro | AL
ciclismo | alexa capitale dell'ecuador per il campione olimpico | EC
ciclismo | alexa la capitale del kazakistan per la squadra | KZ
ciclismo | alexa capitale degli emirati per lo uae tour | AE
ciclismo | alexa la capitale dell'australia per il tour down under | AU
ciclismo | alexa capitale del regno unito per il velocista | GB
ciclismo | alexa la capitale della norvegia per la classica | NO
ciclismo | alexa capitale del portogallo per il giovane portoghese | PT
ciclismo | alexa la capitale dell'irlanda per il corridore irlandese | IE
ciclismo | alexa capitale del lussemburgo per i fratelli schleck | LU
ciclismo | alexa la capitale del canada per la gara di québec | CA
ciclismo | alexa capitale della polonia per il tour de pologne | PL
stop | alexa basta capitali che si è fatto tardi | STOP
stop | alexa stop che è arrivato il container | STOP
stop | alexa smetti con le capitali e basta | STOP
stop | alexa chiudi la skill che entra una mamma in sala parto | STOP
stop | alexa esci che ho una chiamata col cliente | STOP
stop | alexa bun dé e basta così per stasera | STOP
stop | alexa basta habibi chiudi | STOP
stop | alexa ok stop ho trovato il pezzo del puzzle | STOP
stop | alexa stop che il treno sta ripartendo | STOP
stop | alexa la signora dice basta chiudi le capitali | STOP
stop | alexa stop ya pues | STOP
stop | alexa stop mai pen rai | STOP
stop | alexa spegni capitali del mondo che dobbiamo dormire | STOP
stop | alexa stop ho il collegamento radio | STOP
stop | alexa fermati con le capitali che c'è la partenza | STOP
stop | alexa finisci pure qui grazie | STOP
stop | alexa chiudi tutto che sono stanca morta | STOP
cancel | alexa annulla che ha risposto il capotreno | CANCEL
cancel | alexa lascia stare il nome della bambina lo decidiamo domani | CANCEL
cancel | alexa annulla la domanda del cliente | CANCEL
cancel | alexa no no annulla che ho sbagliato paese | CANCEL
cancel | alexa lascia perdere talìa | CANCEL
cancel | alexa annulla inshallah | CANCEL
cancel | alexa annulla ajme ho sbagliato | CANCEL
cancel | alexa lascia stare yalla | CANCEL
cancel | alexa olvídalo anzi annulla | CANCEL
cancel | alexa annulla che la nonna si è addormentata | CANCEL
cancel | alexa lascia stare la capitale non serve più per il pezzo | CANCEL
cancel | alexa lascia perdere ho già trovato su internet | CANCEL
cancel | alexa annulla la ricerca della capitale | CANCEL
cancel | alexa niente lascia perdere la qsl | CANCEL
cancel | alexa annulla ho trovato io il pezzo | CANCEL
cancel | alexa annulla dilan | CANCEL
cancel | alexa lascia stare la domanda di prima sul mali | CANCEL
launch | alexa apri capitali del mondo che facciamo ripasso prima del quiz dei radioamatori | LAUNCH
launch | alexa apri capitali del mondo per favore sono la signora del terzo piano | LAUNCH
launch | alexa avvia capitali del mondo habibi | LAUNCH
launch | alexa apri capitali del mondo dilan | LAUNCH
launch | alexa faleminderit apri capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo awa | LAUNCH
launch | alexa apri capitali del mondo kha | LAUNCH
launch | alexa apri capitali del mondo ajde | LAUNCH
launch | alexa pues abre capitali del mondo | LAUNCH
launch | alexa talìa apri capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo durante la pausa in cella frigorifera | LAUNCH
launch | alexa apri capitali del mondo che il nonno vuole giocare | LAUNCH
launch | alexa apri capitali del mondo in macchina | LAUNCH
launch | alexa apri capitali del mondo per il ripasso di geografia del concorso in dogana | LAUNCH
launch | alexa avvia capitali del mondo che mi annoio in deposito | LAUNCH
launch | alexa apri capitali del mondo sul gommone no scherzo in cucina | LAUNCH
launch | alexa apri subito capitali del mondo | LAUNCH
launch | alexa apri un attimo capitali del mondo | LAUNCH
launch | alexa ehi apri capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo e fammi una domanda | LAUNCH
official-name | alexa la capitale della repubblica libanese per i documenti del consolato | LB
official-name | alexa capitale del regno di thailandia per il modulo del visto | TH
official-name | alexa la capitale della repubblica di bolivia no dello stato plurinazionale | BO
official-name | alexa capitale della repubblica di croazia per il certificato | HR
official-name | alexa la capitale della repubblica del mali scritta sul passaporto | ML
official-name | alexa capitale della repubblica socialista democratica dello sri lanka una sola per il modulo | LK
official-name | alexa la capitale della repubblica federale di nigeria | NG
official-name | alexa capitale della repubblica democratica federale del nepal | NP
official-name | alexa la capitale della repubblica araba siriana per la pratica d'asilo | SY
official-name | alexa capitale della repubblica islamica del pakistan per il permesso | PK
official-name | alexa la capitale della repubblica popolare del bangladesh | BD
official-name | alexa capitale della repubblica di sudan del sud | SS
official-name | alexa la capitale della repubblica federale di somalia | SO
official-name | alexa capitale della repubblica popolare democratica di corea per il documentario | KP
official-name | alexa la capitale della repubblica di corea per il contratto | KR
official-name | alexa capitale della repubblica democratica del congo sul certificato di nascita | CD
official-name | alexa la capitale della repubblica del congo per il mediatore | CG
official-name | alexa capitale dello stato di palestina per l'articolo | PS
official-name | alexa la capitale della repubblica del kazakistan per il tir | KZ
official-name | alexa capitale della repubblica kirghisa | KG
official-name | alexa la capitale della repubblica dell'unione del myanmar | MM
official-name | alexa capitale della repubblica delle filippine per la badante | PH
official-name | alexa la capitale della repubblica del perù per il permesso di soggiorno | PE
official-name | alexa capitale della repubblica di el salvador | SV
official-name | alexa la capitale della repubblica dell'ecuador per il fornitore di rose | EC
official-name | alexa capitale della repubblica del kenya per la dogana dei fiori | KE
everyday-name | alexa la capitale dell'olanda per l'asta dei tulipani una sola | NL
everyday-name | alexa capitale della birmania per la collega thailandese | MM
everyday-name | alexa la capitale di ceylon per il tè | LK
everyday-name | alexa capitale dello zaire come lo chiamava il nonno | CD
everyday-name | alexa la capitale del siam come dice mio suocero | TH
everyday-name | alexa capitale della persia per il tappeto | IR
everyday-name | alexa la capitale dell'inghilterra per l'eurostar | GB-ENG
everyday-name | alexa capitale della rhodesia per il vecchio francobollo | ZW
everyday-name | alexa la capitale della cecoslovacchia di adesso quella ceca | CZ
everyday-name | alexa capitale della russia bianca per il camionista | BY
everyday-name | alexa la capitale dell'america per la lettera | US
everyday-name | alexa capitale degli emirati per il volo di scalo | AE
everyday-name | alexa la capitale del kazakhstan scritto con l'acca | KZ
everyday-name | alexa capitale della costa d'oro come diceva il missionario | GH
everyday-name | alexa la capitale dell'abissinia per il nonno | ET
everyday-name | alexa capitale della formosa dei vecchi atlanti | TW
everyday-name | alexa la capitale dello swaziland una sola per il puzzle | SZ
everyday-name | alexa capitale della moldova per la badante | MD
everyday-name | alexa la capitale dell'alto volta per il vecchio atlante | BF
everyday-name | alexa capitale del dahomey per la mamma del benin una sola | BJ
everyday-name | alexa la capitale della cambogia dei tempi dei khmer | KH
everyday-name | alexa capitale della bosnia per il legno d'acero | BA
everyday-name | alexa la capitale della macedonia quella di skopje | MK
everyday-name | alexa capitale degli states | US
shared-name | alexa la capitale del congo senza dire quale | CD+CG
shared-name | alexa capitale della corea per il documentario sul confine | KP+KR
shared-name | alexa le capitali delle due coree per il pezzo sul vertice | KP+KR
shared-name | alexa le capitali dei due congo per la mediatrice | CD+CG
shared-name | alexa la capitale della georgia per il camionista di tbilisi | GE
shared-name | alexa capitale della georgia quella con atlanta | US-GA
shared-name | alexa la capitale delle isole vergini tutte e due | VG+VI
shared-name | alexa capitale della guinea quella di conakry | GN
shared-name | alexa la capitale della guinea quella con bissau | GW
shared-name | alexa capitale della guinea quella equatoriale per il puzzle | GQ
shared-name | alexa le capitali dei due sudan per il giornale | SD+SS
shared-name | alexa la capitale di washington lo stato non la città | US-WA
shared-name | alexa capitale di monaco quello del principato | MC
shared-name | alexa la capitale di monaco di baviera cioè della baviera | DE-BY
shared-name | alexa capitale della dominica non la repubblica dominicana | DM
shared-name | alexa la capitale del lussemburgo per il treno | LU
shared-name | alexa capitale del messico quello stato non il paese | MX-MEX
shared-name | alexa la capitale delle samoa quelle indipendenti | WS
shared-name | alexa capitale della virginia quella occidentale | US-WV
shared-name | alexa le capitali delle due carolina | US-NC+US-SC
subdivision | alexa la capitale del minas gerais per il caffè del fornitore | BR-MG
subdivision | alexa capitale dello stato di santa catarina per il collega | BR-SC
subdivision | alexa la capitale del paraná per la nonna emigrata | BR-PR
subdivision | alexa capitale del ceará per il surf | BR-CE
subdivision | alexa la capitale dello stato di goiás | BR-GO
subdivision | alexa capitale del maharashtra per il collega di mumbai | IN-MH
subdivision | alexa la capitale del karnataka per il team di bangalore | IN-KA
subdivision | alexa capitale del telangana per lo sviluppatore | IN-TS
subdivision | alexa la capitale del gujarat per il fornitore di cuoio | IN-GJ
subdivision | alexa capitale dell'assam per il tè | IN-AS
subdivision | alexa la capitale del sikkim per il monastero | IN-SK
subdivision | alexa capitale della baviera per l'oktoberfest | DE-BY
subdivision | alexa la capitale dell'assia per la fiera di francoforte | DE-HE
subdivision | alexa capitale del baden württemberg per il camion | DE-BW
subdivision | alexa la capitale della renania settentrionale vestfalia | DE-NW
subdivision | alexa capitale della bassa sassonia per il cliente di hannover | DE-NI
subdivision | alexa la capitale del brandeburgo che non è berlino | DE-BB
subdivision | alexa capitale del meclemburgo per il treno | DE-MV
subdivision | alexa la capitale dello stato di victoria in australia | AU-VIC
subdivision | alexa capitale dell'australia meridionale per la vendemmia | AU-SA
subdivision | alexa la capitale dell'alberta per la mia ragazza che lavora a calgary | CA-AB
subdivision | alexa capitale del manitoba per il maestro di sci | CA-MB
subdivision | alexa la capitale del saskatchewan | CA-SK
subdivision | alexa capitale del nuovo brunswick per l'aragosta | CA-NB
subdivision | alexa la capitale di terranova e labrador | CA-NL
subdivision | alexa capitale dell'isola del principe edoardo per la serie di anna | CA-PE
subdivision | alexa la capitale dei territori del nord ovest | CA-NT
subdivision | alexa capitale della california per il cugino di san francisco | US-CA
subdivision | alexa la capitale della florida per il gran premio di miami | US-FL
subdivision | alexa capitale del nevada per la gara di las vegas | US-NV
subdivision | alexa la capitale dell'alaska per la crociera | US-AK
subdivision | alexa capitale delle hawaii per le immersioni | US-HI
subdivision | alexa la capitale dell'illinois per il nipote a chicago | US-IL
subdivision | alexa capitale della pennsylvania per la fiera | US-PA
subdivision | alexa la capitale del michigan per il cliente di detroit | US-MI
subdivision | alexa capitale del tennessee per il concerto country | US-TN
subdivision | alexa la capitale dello stato di nuevo león | MX-NLE
subdivision | alexa capitale del veracruz per il caffè | MX-VER
subdivision | alexa la capitale del sinaloa per la serie sui narcos | MX-SIN
subdivision | alexa capitale della baja california per il confine | MX-BCN
subdivision | alexa la capitale dell'andalusia per il viaggio | FB
subdivision | alexa capitale della baviera e della sassonia | DE-BY+DE-SN
subdivision | alexa la capitale della corsica per il traghetto | FB
subdivision | alexa capitale del kurdistan per il collega curdo | FB
subdivision | alexa la capitale dell'alto adige per i ladini | FB
subdivision | alexa capitale della val badia | FB
subdivision | alexa la capitale della provincia di santa cruz in bolivia | FB
subdivision | alexa capitale del dipartimento di la paz | FB
subdivision | alexa la capitale della dalmazia per il traghetto da ancona | FB
subdivision | alexa capitale delle isole åland per il traghetto | AX
subdivision | alexa la capitale di jersey per la banca | JE
subdivision | alexa capitale di guernsey per il traghetto | GG
subdivision | alexa la capitale di sant'elena dove è morto napoleone | SH
subdivision | alexa capitale delle svalbard per la spedizione | SJ
subdivision | alexa la capitale del sahara occidentale per il pezzo | EH
subdivision | alexa capitale della guadalupa per le immersioni | GP
subdivision | alexa la capitale di mayotte per gli sbarchi | YT
subdivision | alexa capitale di saint martin per la crociera | MF
subdivision | alexa la capitale del jammu e kashmir | IN-JK
subdivision | alexa capitale dell'uttarakhand per il trekking | IN-UK
out-of-domain | alexa quanto ci vuole in treno da zagabria a belgrado | FB
out-of-domain | alexa il volo per bamako è in orario | FB
out-of-domain | alexa quanto costa un chilo di rose del kenya all'ingrosso | FB
out-of-domain | alexa a che ora apre l'asta dei fiori di aalsmeer | FB
out-of-domain | alexa che cos'è l'incoterm fob | FB
out-of-domain | alexa quanti giorni ci mette una nave da shanghai a genova | FB
out-of-domain | alexa qual è il dazio sulle scarpe dalla cina | FB
out-of-domain | alexa quante sigarette si possono portare dall'andorra | FB
out-of-domain | alexa in che binario parte il treno per vienna | FB
out-of-domain | alexa quanto pesa un neonato di tre mesi | FB
out-of-domain | alexa ogni quanto vanno le contrazioni prima del parto | FB
out-of-domain | alexa come si fa un pezzo di cronaca estera | FB
out-of-domain | alexa che fuso orario ha bangalore rispetto a noi | FB
out-of-domain | alexa chi ha vinto il tour de france l'anno scorso | FB
out-of-domain | alexa quanto è lunga la tappa di oggi del giro | FB
out-of-domain | alexa quanti pezzi mancano al puzzle | FB
out-of-domain | alexa quanto pesa un'aragosta | FB
out-of-domain | alexa che frequenza usano i radioamatori in quaranta metri | FB
out-of-domain | alexa a che profondità si vede lo squalo balena | FB
out-of-domain | alexa quanto dura la decompressione | FB
out-of-domain | alexa cosa vuol dire faleminderit | FB
out-of-domain | alexa cosa vuol dire yalla | FB
out-of-domain | alexa quante persone sono sbarcate oggi a lampedusa | FB
out-of-domain | alexa che ore sono a ortisei | FB
plural-capitals | alexa le capitali del benin per la mamma di cotonou | BJ
plural-capitals | alexa quali sono tutte e due le capitali beninesi | BJ
plural-capitals | alexa porto novo e cotonou sono le capitali del benin dimmele | BJ
plural-capitals | alexa capitali del benin awa | BJ
plural-capitals | alexa le capitali del benin per il pezzo sulle elezioni | BJ
plural-capitals | alexa dimmi le capitali del benin che il pastore non se le ricorda | BJ
plural-capitals | alexa le capitali della costa d'avorio per le ragazze arrivate a lampedusa | CI
plural-capitals | alexa le capitali dello sri lanka per il papà in sala parto | LK
plural-capitals | alexa le capitali dell'eswatini per il puzzle | SZ
plural-capitals | alexa le capitali del sudafrica per la fidanzata di johannesburg | ZA
plural-capitals | alexa le capitali della malesia per la spedizione di port klang | MY
plural-capitals | alexa le capitali dei paesi bassi per il capotreno | NL
plural-capitals | alexa le capitali della bolivia caserita | BO
plural-capitals | alexa quali sono le capitali della costa d'avorio inshallah | CI
plural-capitals | alexa le capitali dell'eswatini per la qsl | SZ
plural-capitals | alexa le capitali dello sri lanka kha | LK
giornalisti | alexa capitale della palestina per il pezzo su gaza | PS
lampedusani | alexa la capitale della palestina per il ragazzo di gaza arrivato ieri | PS
libanesi | alexa capitale della palestina per la nonna di mio marito | PS
ostetriche | alexa la capitale della palestina per la mamma del letto quattro | PS
doganieri | alexa capitale dello stato di palestina per la merce di hebron | PS
arbereshe | alexa la capitale palestinese per il pellegrinaggio a betlemme | PS
capotreno | alexa capitale della palestina che un passeggero mi ha chiesto | PS
maliani | alexa la capitale del congo brazzaville awa | CG
fiorai | alexa capitale della repubblica del congo per il cliente | CG
radioamatori | alexa la capitale del congo brazzaville per la qsl | CG
ciclismo | alexa capitale del congo brazzaville per il corridore africano | CG
lampedusani | alexa la capitale del congo quello piccolo brazzaville | CG
spedizionieri | alexa capitale della corea del nord per la merce bloccata | KP
radioamatori | alexa la capitale della corea del nord per il radioascolto | KP
sviluppatori | alexa capitale della corea del nord per gli hacker | KP
thailandesi | alexa la capitale nordcoreana khrap | KP
maliani | alexa la capitale del congo kinshasa awa | CD
fiorai | alexa capitale della repubblica democratica del congo per le piante | CD
macellai | alexa la capitale della corea del sud per il cliente coreano | KR
out-of-domain | alexa che tempo fa domani a bolzano | FB
out-of-domain | alexa metti un timer di dodici minuti per la pasta | FB
out-of-domain | alexa quanti abitanti ha la capitale della francia | FB
out-of-domain | alexa quanti abitanti ha pechino adesso | FB
out-of-domain | alexa qual è la capitale dell'europa | FB
out-of-domain | alexa qual è la capitale dell'africa | FB
out-of-domain | alexa qual è la capitale dell'asia | FB
out-of-domain | alexa la capitale del sud america qual è | FB
out-of-domain | alexa qual è la capitale della moda | FB
out-of-domain | alexa qual è la capitale mondiale del cioccolato | FB
out-of-domain | alexa qual è la capitale europea della cultura quest'anno | FB
out-of-domain | alexa quanto dista roma da vienna in macchina | FB
out-of-domain | alexa che ore sono a bangkok adesso | FB
out-of-domain | alexa che ore sono a la paz | FB
out-of-domain | alexa metti la radio | FB
out-of-domain | alexa metti musica croata | FB
out-of-domain | alexa suona qualcosa di fabrizio de andré | FB
out-of-domain | alexa aggiungi il latte alla lista della spesa | FB
out-of-domain | alexa ricordami di chiamare la dogana alle tre | FB
out-of-domain | alexa accendi la luce della cucina | FB
out-of-domain | alexa spegni il riscaldamento in camera | FB
out-of-domain | alexa chi ha vinto il gran premio di monza l'anno scorso | FB
out-of-domain | alexa quando parte il giro d'italia | FB
out-of-domain | alexa che lingua si parla in bolivia | FB
out-of-domain | alexa che moneta usano in thailandia | FB
out-of-domain | alexa qual è la moneta della croazia adesso | FB
out-of-domain | alexa qual è la città più grande del brasile | FB
out-of-domain | alexa qual è la città più popolosa dell'australia | FB
out-of-domain | alexa qual è il fiume più lungo dell'africa | FB
out-of-domain | alexa quanto è alto il monte bianco | FB
out-of-domain | alexa chi è il presidente del mali | FB
out-of-domain | alexa chi è il sindaco di londra | FB
out-of-domain | alexa chi è il primo ministro del libano | FB
out-of-domain | alexa traduci grazie in albanese | FB
out-of-domain | alexa come si dice buongiorno in thailandese | FB
out-of-domain | alexa come si dice capitale in ladino | FB
out-of-domain | alexa raccontami una barzelletta sulle capitali | FB
out-of-domain | alexa dimmi una curiosità su parigi | FB
out-of-domain | alexa qual è il prefisso telefonico del libano | FB
out-of-domain | alexa quanto costa un volo per zagabria | FB
out-of-domain | alexa a che ora parte il treno per milano | FB
out-of-domain | alexa il treno delle diciotto e dieci è in ritardo | FB
out-of-domain | alexa chiama la mamma | FB
out-of-domain | alexa manda un messaggio a giulia che arrivo tardi | FB
out-of-domain | alexa quanti giorni mancano a natale | FB
out-of-domain | alexa sveglia alle cinque e mezza | FB
out-of-domain | alexa imposta una sveglia per il turno delle sei | FB
out-of-domain | alexa volume più basso | FB
out-of-domain | alexa alza il volume | FB
out-of-domain | alexa ripeti la canzone | FB
out-of-domain | alexa salta questa canzone | FB
out-of-domain | alexa che giorno è oggi | FB
out-of-domain | alexa quanto fa diciassette per ventitré | FB
out-of-domain | alexa converti cento euro in baht | FB
out-of-domain | alexa quanti franchi cfa fa un euro | FB
out-of-domain | alexa qual è la bandiera con il cedro | FB
out-of-domain | alexa di che colore è la bandiera del mali | FB
out-of-domain | alexa che fuso orario ha la thailandia | FB
out-of-domain | alexa qual è il piatto tipico della bolivia | FB
out-of-domain | alexa quanti stati ci sono in africa | FB
out-of-domain | alexa quanti paesi ci sono nel mondo | FB
out-of-domain | alexa qual è il paese più piccolo del mondo | FB
out-of-domain | alexa qual è il paese più grande del mondo | FB
out-of-domain | alexa qual è la capitale più alta del mondo | FB
out-of-domain | alexa qual è la capitale più fredda del mondo | FB
out-of-domain | alexa qual è la capitale più a sud del mondo | FB
out-of-domain | alexa qual è la capitale più antica d'europa | FB
out-of-domain | alexa quando roma è diventata capitale | FB
out-of-domain | alexa perché torino non è più la capitale | FB
out-of-domain | alexa perché la capitale della bolivia non è la paz | FB
out-of-domain | alexa quante capitali ci sono in europa | FB
out-of-domain | alexa quanti abitanti ha kuala lumpur | FB
out-of-domain | alexa quanto è grande la città di bangkok | FB
out-of-domain | alexa qual è l'aeroporto di beirut | FB
out-of-domain | alexa che monumenti ci sono a zagabria | FB
out-of-domain | alexa cosa vedere a bamako in due giorni | FB
out-of-domain | alexa ristoranti thailandesi vicino a me | FB
out-of-domain | alexa dov'è la farmacia di turno | FB
out-of-domain | alexa come sta andando la juve | FB
out-of-domain | alexa risultato di inter milan | FB
out-of-domain | alexa quando gioca l'italia | FB
out-of-domain | alexa chi ha scritto la divina commedia | FB
out-of-domain | alexa chi ha dipinto la gioconda | FB
out-of-domain | alexa leggimi le notizie | FB
out-of-domain | alexa notizie dal libano | FB
out-of-domain | alexa previsioni del tempo per il weekend a ortisei | FB
out-of-domain | alexa nevica in val badia | FB
out-of-domain | alexa ci sarà vento a lampedusa domani | FB
out-of-domain | alexa com'è il mare a lampedusa | FB
out-of-domain | alexa che temperatura c'è a kuala lumpur | FB
out-of-domain | alexa piove a zagabria | FB
out-of-domain | alexa fa caldo a bamako adesso | FB
out-of-domain | alexa ordina le cialde del caffè | FB
out-of-domain | alexa dove si trova il mio pacco | FB
out-of-domain | alexa traccia la spedizione per rotterdam | FB
out-of-domain | alexa quanto pesa un violino | FB
out-of-domain | alexa metti un podcast di storia | FB
out-of-domain | alexa raccontami la storia di sarajevo | FB
out-of-domain | alexa chi ha fondato roma | FB
out-of-domain | alexa in che anno è caduto il muro di berlino | FB
out-of-domain | alexa come si chiama l'inno della croazia | FB
out-of-domain | alexa fammi sentire l'inno nazionale del mali | FB
out-of-domain | alexa cerca la ricetta del pad thai | FB
out-of-domain | alexa come si fa il tabulè | FB
out-of-domain | alexa quanto deve cuocere il riso basmati | FB
out-of-domain | alexa apri spotify | FB
out-of-domain | alexa apri la skill del meteo | FB
out-of-domain | alexa apri il quiz delle bandiere | FB
out-of-domain | alexa facciamo un gioco di geografia diverso | FB
out-of-domain | alexa quanto sei intelligente | FB
out-of-domain | alexa ti voglio bene | FB
out-of-domain | alexa sei sposata | FB
out-of-domain | alexa buonanotte | FB
out-of-domain | alexa grazie sei stata gentile | FB
out-of-domain | alexa come stai oggi | FB
out-of-domain | alexa canta una ninna nanna | FB
out-of-domain | alexa racconta una favola ai bambini | FB
out-of-domain | alexa qual è il capitale sociale minimo per una srl | FB
out-of-domain | alexa quanto capitale serve per aprire una fioreria | FB
out-of-domain | alexa cos'è la pena capitale | FB
out-of-domain | alexa cosa sono i peccati capitali | FB
out-of-domain | alexa quali sono i sette vizi capitali | FB
out-of-domain | alexa cos'è una lettera capitale | FB
out-of-domain | alexa definizione di capitale in economia | FB
out-of-domain | alexa chi ha scritto il capitale | FB
out-of-domain | alexa la capitale di atlantide | FB
out-of-domain | alexa la capitale di narnia | FB
out-of-domain | alexa qual è la capitale di westeros | FB
out-of-domain | alexa la capitale della terra di mezzo | FB
out-of-domain | alexa la capitale della luna | FB
out-of-domain | alexa la capitale di marte | FB
out-of-domain | alexa la capitale dell'impero romano d'oriente | FB
out-of-domain | alexa qual era la capitale dell'impero austro ungarico | FB
out-of-domain | alexa qual era la capitale della jugoslavia | FB
out-of-domain | alexa qual era la capitale del regno delle due sicilie | FB
out-of-domain | alexa qual era la capitale dell'unione sovietica | FB
out-of-domain | alexa qual è la capitale della padania | FB
out-of-domain | alexa qual è la capitale della cucina italiana | FB
out-of-domain | alexa qual è la capitale del gelato | FB
out-of-domain | alexa qual è la capitale dei liutai | FB
out-of-domain | alexa quali sono le capitali della formula uno | FB
out-of-domain | alexa mettimi in coda la playlist delle canzoni thailandesi | FB
out-of-domain | alexa quanti chilometri ci sono da tripoli a lampedusa | FB
out-of-domain | alexa quanto ci mette il traghetto per lampedusa | FB
out-of-domain | alexa cos'è il ladino | FB
out-of-domain | alexa quanti parlano arbëreshë | FB
out-of-domain | alexa come si chiama il vulcano vicino a catania | FB
out-of-domain | alexa spegni tutto tra un'ora | FB
out-of-domain | alexa compra le rose rosse | FB
out-of-domain | alexa quando è san valentino | FB
out-of-domain | alexa quanto vive un bassotto | FB
out-of-domain | alexa qual è il lago più grande d'italia | FB
out-of-domain | alexa qual è la regione più grande d'italia | FB
out-of-domain | alexa quante regioni ha l'italia | FB
out-of-domain | alexa cosa significa la parola capitale | FB
out-of-domain | alexa metti il telegiornale | FB
out-of-domain | alexa che programmi ci sono stasera su rai uno | FB
out-of-domain | alexa a che ora c'è la partenza della formula uno domenica | FB
out-of-domain | alexa che numero ha leclerc | FB
out-of-domain | alexa quante tessere ha un puzzle da mille | FB
out-of-domain | alexa quanto costa il biglietto interrail | FB
out-of-domain | alexa serve il passaporto per la croazia | FB
out-of-domain | alexa che vaccini servono per il mali | FB
out-of-domain | alexa è sicuro andare in libano adesso | FB
out-of-domain | alexa quando si festeggia il capodanno thailandese | FB
out-of-domain | alexa qual è il nome più bello per una bambina | FB
out-of-domain | alexa cosa significa il nome sofia | FB
out-of-domain | alexa quante ore di fuso ci sono con la bolivia | FB
out-of-domain | alexa come si dice ti amo in croato | FB
out-of-domain | alexa trova una serie tv ambientata a berlino | FB
out-of-domain | alexa metti la seconda stagione | FB
out-of-domain | alexa qual è la capitale del mio cuore | FB
out-of-domain | alexa capitale di cosa | FB
plural-capitals | alexa quali sono le capitali del sudafrica | ZA
plural-capitals | alexa dimmi tutte e tre le capitali del sudafrica | ZA
plural-capitals | alexa il sudafrica ha più capitali quali sono | ZA
plural-capitals | alexa le tre capitali sudafricane | ZA
plural-capitals | alexa capitali del sudafrica per il compito di geografia | ZA
plural-capitals | alexa ma è vero che il sudafrica ha tre capitali dimmele | ZA
plural-capitals | alexa quali sono le due capitali della bolivia | BO
plural-capitals | alexa le capitali della bolivia sono due o una | BO
plural-capitals | alexa dimmi le capitali boliviane | BO
plural-capitals | alexa sucre e la paz sono tutte e due capitali della bolivia quali sono le capitali | BO
plural-capitals | alexa che capitali ha la bolivia | BO
plural-capitals | alexa capitali della bolivia pues | BO
plural-capitals | alexa quali sono le capitali dei paesi bassi | NL
plural-capitals | alexa le capitali dell'olanda | NL
plural-capitals | alexa l'olanda ha due capitali quali | NL
plural-capitals | alexa dimmi entrambe le capitali olandesi | NL
plural-capitals | alexa capitali dei paesi bassi amsterdam e poi | NL
plural-capitals | alexa che capitali hanno i paesi bassi | NL
plural-capitals | alexa quali sono le capitali della malaysia | MY
plural-capitals | alexa le capitali della malesia | MY
plural-capitals | alexa la malesia ha due capitali dimmele tutte e due | MY
plural-capitals | alexa capitali malesi | MY
plural-capitals | alexa dimmi le due capitali della malesia kuala lumpur e l'altra | MY
plural-capitals | alexa che capitali ha la malaysia | MY
plural-capitals | alexa quali sono le capitali del benin | BJ
plural-capitals | alexa le due capitali del benin | BJ
plural-capitals | alexa capitali del benin per la lezione | BJ
plural-capitals | alexa il benin ha due capitali quali sono | BJ
plural-capitals | alexa quali sono le capitali della costa d'avorio | CI
plural-capitals | alexa le capitali ivoriane | CI
plural-capitals | alexa dimmi tutte e due le capitali della costa d'avorio | CI
plural-capitals | alexa capitali della costa d'avorio abidjan e quale altra | CI
plural-capitals | alexa quali sono le capitali dello sri lanka | LK
plural-capitals | alexa le due capitali dello sri lanka | LK
plural-capitals | alexa lo sri lanka quante capitali ha e quali | LK
plural-capitals | alexa capitali dello sri lanka colombo e l'altra dal nome lungo | LK
plural-capitals | alexa quali sono le capitali dell'eswatini | SZ
plural-capitals | alexa le capitali dello swaziland | SZ
plural-capitals | alexa le due capitali dell'eswatini | SZ
plural-capitals | alexa capitali dell'ex swaziland | SZ
plural-capitals | alexa i ni ce quali sono le capitali del benin | BJ
plural-capitals | alexa sawasdee le capitali della malesia | MY
plural-capitals | alexa dimmi le capitali della bolivia una dopo l'altra | BO
plural-capitals | alexa le capitali dei paesi bassi per la spedizione dei fiori | NL
plural-capitals | alexa le capitali del sudafrica per la formula uno a kyalami | ZA
plural-capitals | alexa quali sono le capitali dell'olanda che mio cugino dice solo amsterdam | NL
plural-capitals | alexa le capitali del regno di eswatini | SZ
plural-capitals | alexa le capitali della repubblica del sudafrica | ZA
plural-capitals | alexa quali capitali ha lo stato plurinazionale di bolivia | BO
plural-capitals | alexa le capitali della repubblica democratica socialista dello sri lanka | LK
plural-capitals | alexa le capitali della repubblica della costa d'avorio | CI
plural-capitals | alexa le capitali del regno dei paesi bassi | NL
plural-capitals | alexa le capitali amministrative e legislative del sudafrica | ZA
plural-capitals | alexa capitali del sud africa | ZA
plural-capitals | e le capitali della bolivia | BO
plural-capitals | e quelle della malesia | MY
plural-capitals | alexa tutte le capitali del benin | BJ
plural-capitals | alexa tutte le capitali dello sri lanka | LK
plural-capitals | alexa tutte le capitali dell'eswatini | SZ
plural-capitals | alexa tutte le capitali della costa d'avorio | CI
subdivision | alexa qual è la capitale del queensland | AU-QLD
subdivision | alexa la capitale della tasmania per il viaggio di nozze | AU-TAS
subdivision | alexa capitale dell'australia occidentale | AU-WA
subdivision | alexa qual è il capoluogo del nuovo galles del sud | AU-NSW
subdivision | alexa la capitale della baviera | DE-BY
subdivision | alexa qual è la capitale della sassonia anhalt | DE-ST
subdivision | alexa capitale del land della turingia | DE-TH
subdivision | alexa la capitale dello schleswig holstein | DE-SH
subdivision | alexa capitale del saarland | DE-SL
subdivision | alexa qual è la capitale del minas gerais | BR-MG
subdivision | alexa capitale dello stato di bahia | BR-BA
subdivision | alexa la capitale del rio grande do sul | BR-RS
subdivision | alexa capitale del pernambuco | BR-PE
subdivision | alexa la capitale dello stato di amazonas | BR-AM
subdivision | alexa qual è la capitale del kerala | IN-KL
subdivision | alexa capitale del tamil nadu | IN-TN
subdivision | alexa la capitale del rajasthan | IN-RJ
subdivision | alexa qual è la capitale del bengala occidentale | IN-WB
subdivision | alexa capitale dello stato di goa | IN-GA
subdivision | alexa la capitale del jalisco | MX-JAL
subdivision | alexa capitale dello yucatán | MX-YUC
subdivision | alexa qual è la capitale dello stato di oaxaca | MX-OAX
subdivision | alexa capitale della bassa california del sud | MX-BCS
subdivision | alexa capitale del chiapas | MX-CHP
subdivision | alexa qual è la capitale del texas | US-TX
subdivision | alexa capitale della louisiana | US-LA
subdivision | alexa la capitale del vermont | US-VT
subdivision | alexa capitale dello stato di washington non la città | US-WA
subdivision | alexa la capitale del montana | US-MT
subdivision | alexa qual è la capitale dell'oregon | US-OR
subdivision | alexa capitale del nuovo messico | US-NM
subdivision | alexa qual è la capitale della columbia britannica | CA-BC
subdivision | alexa capitale del québec | CA-QC
subdivision | alexa capitale dello yukon | CA-YT
subdivision | alexa la capitale del nunavut | CA-NU
subdivision | alexa capitale della nuova scozia | CA-NS
subdivision | alexa qual è la capitale della scozia | GB-SCT
subdivision | alexa capitale del galles | GB-WLS
subdivision | alexa la capitale dell'irlanda del nord | GB-NIR
subdivision | alexa capitale della groenlandia | GL
subdivision | alexa la capitale delle isole fær øer | FO
subdivision | alexa capitale di portorico | PR
subdivision | alexa la capitale della polinesia francese | PF
subdivision | alexa capitale della nuova caledonia | NC
subdivision | alexa la capitale della martinica | MQ
subdivision | alexa capitale delle bermuda | BM
subdivision | alexa la capitale della guyana francese | GF
subdivision | alexa capitale di gibilterra | GI
subdivision | alexa la capitale dell'isola di man | IM
subdivision | alexa capitale delle isole cayman | KY
subdivision | alexa la capitale delle isole falkland | FK
subdivision | alexa capitale del territorio del nord australiano | AU-NT
subdivision | alexa la capitale del ladakh | IN-LA
subdivision | alexa capitale della catalogna | FB
subdivision | alexa la capitale della baviera no scusa della renania palatinato | DE-RP
subdivision | alexa qual è la capitale della sicilia | FB
subdivision | alexa capitale della lombardia | FB
subdivision | alexa la capitale della provincia di buenos aires | FB
subdivision | alexa capitale del tirolo | FB
subdivision | alexa la capitale della vallonia | FB
subdivision | alexa capitale della provincia cinese del sichuan | FB
subdivision | alexa la capitale dell'ontario | CA-ON
subdivision | alexa la capitale del kansas | US-KS
subdivision | alexa capitale del kentucky | US-KY
subdivision | alexa capitale di aruba | AW
subdivision | alexa la capitale di curaçao | CW
subdivision | alexa capitale di madeira | FB
subdivision | alexa la capitale della dalmazia | FB
subdivision | alexa qual è la capitale dell'istria | FB
subdivision | alexa capitale dello stato di quintana roo | MX-ROO
subdivision | alexa la capitale di guam | GU
subdivision | alexa capitale della riunione | RE
subdivision | alexa capitale di hong kong | HK
follow-up | e la croazia | HR
follow-up | e del mali | ML
follow-up | e la thailandia invece | TH
follow-up | e quella del libano | LB
follow-up | e per il laos | LA
follow-up | e il burkina | BF
follow-up | e del niger | NE
follow-up | e della serbia | RS
follow-up | e in slovenia | SI
follow-up | e la bosnia | BA
follow-up | e il montenegro | ME
follow-up | e poi la cambogia | KH
follow-up | e il myanmar | MM
follow-up | e della birmania | MM
follow-up | e per la siria | SY
follow-up | e la giordania | JO
follow-up | e del perù | PE
follow-up | e del paraguay | PY
follow-up | e quella dell'uruguay | UY
follow-up | e l'ecuador | EC
follow-up | adesso la guinea conakry | GN
follow-up | e il senegal | SN
follow-up | e la mauritania | MR
follow-up | e il togo | TG
follow-up | e il ghana allora | GH
follow-up | e dell'algeria | DZ
follow-up | e quella dell'austria | AT
follow-up | e la svizzera | CH
follow-up | e poi quella del vietnam | VN
follow-up | e l'indonesia | ID
follow-up | e delle filippine | PH
follow-up | e la corea del nord | KP
follow-up | e la corea del sud | KR
follow-up | e quella della palestina | PS
follow-up | e il congo brazzaville | CG
follow-up | e il congo kinshasa | CD
follow-up | e del kosovo | XK
follow-up | e la macedonia | MK
follow-up | e dell'ungheria invece | HU
follow-up | e la lettonia | LV
follow-up | e la lituania | LT
follow-up | e dell'estonia | EE
follow-up | e il kirghizistan | KG
follow-up | e quella del tagikistan | TJ
follow-up | e il turkmenistan | TM
follow-up | e della mongolia | MN
yes-no-check | alexa zagabria è la capitale della croazia | HR
yes-no-check | alexa è vero che la capitale del mali è bamako | ML
yes-no-check | alexa la capitale della thailandia è bangkok giusto | TH
yes-no-check | alexa beirut è capitale del libano o no | LB
yes-no-check | alexa sucre è la capitale della bolivia | BO
yes-no-check | alexa la paz è la capitale della bolivia vero | BO
yes-no-check | alexa ouagadougou è la capitale del burkina faso | BF
yes-no-check | alexa la capitale dell'australia è sydney | AU
yes-no-check | alexa la capitale del canada è toronto vero | CA
yes-no-check | alexa istanbul è la capitale della turchia | TR
yes-no-check | alexa la capitale della svizzera è zurigo | CH
yes-no-check | alexa rio de janeiro è ancora la capitale del brasile | BR
yes-no-check | alexa lagos è la capitale della nigeria | NG
yes-no-check | alexa la capitale del marocco è casablanca o rabat | MA
yes-no-check | alexa almaty è la capitale del kazakistan | KZ
yes-no-check | alexa dar es salaam è la capitale della tanzania | TZ
yes-no-check | alexa yangon è ancora la capitale del myanmar | MM
yes-no-check | alexa la capitale del vietnam è ho chi minh | VN
yes-no-check | alexa seul è capitale della corea del sud vero | KR
yes-no-check | alexa pyongyang è la capitale della corea del nord confermi | KP
yes-no-check | alexa ramallah è la capitale della palestina | PS
yes-no-check | alexa brazzaville è la capitale del congo | CG
yes-no-check | alexa kinshasa è la capitale della repubblica democratica del congo giusto | CD
yes-no-check | alexa amsterdam è la capitale dell'olanda o è l'aia | NL
yes-no-check | alexa kuala lumpur è la capitale della malesia | MY
yes-no-check | alexa pretoria è la capitale del sudafrica | ZA
yes-no-check | alexa la capitale della nuova zelanda è auckland | NZ
yes-no-check | alexa belgrado è la capitale della serbia vero | RS
yes-no-check | alexa sarajevo è la capitale della bosnia giusto | BA
yes-no-check | alexa la capitale del montenegro è podgorica | ME
yes-no-check | alexa vientiane è la capitale del laos | LA
yes-no-check | alexa abidjan è la capitale della costa d'avorio | CI
self-correction | alexa la capitale dell'austria no volevo dire australia | AU
self-correction | alexa capitale della slovacchia anzi della slovenia | SI
self-correction | alexa la capitale del niger scusa della nigeria | NG
self-correction | alexa la capitale della guinea no aspetta guinea bissau | GW
self-correction | alexa la capitale dell'iran no dell'iraq | IQ
self-correction | alexa capitale della svezia cioè della svizzera | CH
self-correction | alexa qual è la capitale del mali ehm no della malesia | MY
self-correction | alexa la capitale del libano no scusa della libia | LY
self-correction | alexa capitale della colombia anzi no del cile | CL
self-correction | alexa la capitale dell'islanda volevo dire irlanda | IE
self-correction | alexa capitale della corea del nord no del sud | KR
self-correction | alexa capitale della corea del sud anzi quella del nord | KP
self-correction | alexa capitale del congo kinshasa no no brazzaville | CG
self-correction | alexa capitale del congo brazzaville mi sono sbagliato kinshasa | CD
self-correction | alexa la capitale di israele anzi della palestina | PS
self-correction | alexa la capitale della bolivia ah no le capitali della bolivia | BO
self-correction | alexa capitale del paraguay no dell'uruguay | UY
self-correction | alexa la capitale della mongolia anzi della moldavia | MD
self-correction | alexa la capitale dell'armenia no dell'albania | AL
self-correction | alexa capitale dell'austria aspetta ungheria | HU
self-correction | alexa capitale del gambia pardon zambia | ZM
self-correction | alexa la capitale della tanzania no scusa del kenya | KE
self-correction | alexa capitale della dominica la repubblica dominicana intendo | DO
self-correction | alexa la capitale della thailandia no di taiwan | TW
self-correction | alexa capitale della lettonia no lituania | LT
self-correction | alexa capitale della croazia no volevo la serbia | RS
self-correction | alexa capitale del ruanda no burundi | BI
self-correction | alexa la capitale della malesia anzi dell'indonesia | ID
self-correction | alexa capitale del sudan no quello del sud | SS
self-correction | alexa la capitale dei paesi bassi no del belgio | BE
reverse-question | alexa zagabria è capitale di quale paese | CITY:Zagabria
reverse-question | alexa di che paese è capitale bamako | CITY:Bamako
reverse-question | alexa bangkok di quale stato è la capitale | CITY:Bangkok
reverse-question | alexa beirut è la capitale di che nazione | CITY:Beirut
reverse-question | alexa quale paese ha come capitale ouagadougou | CITY:Ouagadougou
reverse-question | alexa vientiane è capitale di cosa | CITY:Vientiane
reverse-question | alexa phnom penh di che paese è | CITY:Phnom Penh
reverse-question | alexa di quale paese è capitale podgorica | CITY:Podgorica
reverse-question | alexa lubiana è la capitale di quale stato | CITY:Lubiana
reverse-question | alexa che paese ha come capitale niamey | CITY:Niamey
reverse-question | alexa nouakchott capitale di che cosa | CITY:Nouakchott
reverse-question | alexa quale nazione ha per capitale asunción | CITY:Asunción
reverse-question | alexa montevideo è la capitale di quale paese | CITY:Montevideo
reverse-question | alexa tegucigalpa di che paese è la capitale | CITY:Tegucigalpa
reverse-question | alexa windhoek è capitale di quale stato africano | CITY:Windhoek
reverse-question | alexa quale paese ha la capitale a gaborone | CITY:Gaborone
reverse-question | alexa ulan bator è la capitale di | CITY:Ulan Bator
reverse-question | alexa di che stato è capitale thimphu | CITY:Thimphu
reverse-question | alexa quale stato americano ha come capitale sacramento | CITY:Sacramento
reverse-question | alexa di quale stato è capitale tallahassee | CITY:Tallahassee
reverse-question | alexa perth è capitale di quale stato australiano | CITY:Perth
reverse-question | alexa di quale land è capitale stoccarda | CITY:Stoccarda
reverse-question | alexa di quale provincia canadese è capitale halifax | CITY:Halifax
reverse-question | alexa jaipur è la capitale di quale stato indiano | CITY:Jaipur
reverse-question | alexa pristina è capitale di cosa | CITY:Pristina
reverse-question | alexa di che paese è capitale brazzaville | CITY:Brazzaville
reverse-question | alexa kinshasa è la capitale di quale congo | CITY:Kinshasa
reverse-question | alexa pyongyang di che corea è capitale | CITY:Pyongyang
reverse-question | alexa seul è capitale di quale corea | CITY:Seul
reverse-question | alexa ramallah di che paese è la capitale | CITY:Ramallah
reverse-question | alexa putrajaya è capitale di quale paese | CITY:Putrajaya
reverse-question | alexa bloemfontein è capitale di dove | CITY:Bloemfontein
official-name | alexa qual è la capitale della repubblica di croazia | HR
official-name | alexa capitale della repubblica del mali | ML
official-name | alexa la capitale del regno di thailandia | TH
official-name | alexa capitale della repubblica libanese | LB
official-name | alexa la capitale della repubblica democratica popolare del laos | LA
official-name | alexa capitale della repubblica federale di germania | DE
official-name | alexa capitale della confederazione svizzera | CH
official-name | alexa la capitale della repubblica popolare cinese | CN
official-name | alexa capitale della federazione russa | RU
official-name | alexa capitale della repubblica araba d'egitto | EG
official-name | alexa la capitale della repubblica islamica dell'iran | IR
official-name | alexa capitale della repubblica islamica di mauritania | MR
official-name | alexa la capitale del regno hascemita di giordania | JO
official-name | alexa capitale della repubblica bolivariana del venezuela | VE
official-name | alexa capitale degli stati uniti messicani | MX
official-name | alexa la capitale della repubblica federale democratica d'etiopia | ET
official-name | alexa capitale della repubblica unita di tanzania | TZ
official-name | alexa la capitale della repubblica popolare democratica di corea | KP
official-name | alexa capitale della repubblica di corea | KR
official-name | alexa la capitale dello stato di palestina | PS
official-name | alexa capitale della repubblica democratica del congo | CD
official-name | alexa la capitale della repubblica del congo | CG
official-name | alexa capitale della repubblica socialista del vietnam | VN
official-name | alexa la capitale della repubblica di macedonia del nord | MK
official-name | alexa capitale del granducato di lussemburgo | LU
official-name | alexa la capitale del principato del liechtenstein | LI
official-name | alexa capitale del sultanato dell'oman | OM
official-name | alexa la capitale della repubblica orientale dell'uruguay | UY
official-name | alexa capitale della repubblica di turchia | TR
official-name | alexa la capitale del regno unito di gran bretagna e irlanda del nord | GB
official-name | alexa capitale della repubblica del burkina faso | BF
official-name | alexa la capitale della repubblica del niger | NE
everyday-name | alexa la capitale dell'olanda | NL
everyday-name | alexa capitale dell'inghilterra | GB-ENG
everyday-name | alexa qual è la capitale della birmania | MM
everyday-name | alexa la capitale della persia | IR
everyday-name | alexa capitale del siam | TH
everyday-name | alexa la capitale di ceylon | LK
everyday-name | alexa capitale dello zaire | CD
everyday-name | alexa la capitale della rhodesia | ZW
everyday-name | alexa capitale della bielorussia | BY
everyday-name | alexa la capitale della russia bianca | BY
everyday-name | alexa capitale della cechia | CZ
everyday-name | alexa la capitale della repubblica ceca | CZ
everyday-name | alexa capitale della turchia | TR
everyday-name | alexa la capitale dell'america | US
everyday-name | alexa capitale degli usa | US
everyday-name | alexa la capitale degli emirati | AE
everyday-name | alexa capitale del timor est | TL
everyday-name | alexa la capitale della swaziland | SZ
everyday-name | alexa capitale della moldova | MD
everyday-name | alexa la capitale del kazakhstan | KZ
everyday-name | alexa capitale della kirghisia | KG
everyday-name | alexa la capitale del dahomey | BJ
everyday-name | alexa capitale dell'alto volta | BF
everyday-name | alexa la capitale della cambogia dei khmer rossi la kampuchea | KH
everyday-name | alexa capitale della costa d'oro | GH
everyday-name | alexa la capitale della bosnia | BA
everyday-name | alexa capitale della macedonia | MK
everyday-name | alexa capitale di capo verde | CV
shared-name | alexa la capitale della georgia | GE
shared-name | alexa capitale della georgia quella degli stati uniti | US-GA
shared-name | alexa la capitale della georgia caucasica | GE
shared-name | alexa capitale del congo | CD+CG
shared-name | alexa le capitali dei due congo | CD+CG
shared-name | alexa capitale della corea | KP+KR
shared-name | alexa dimmi la capitale delle due coree | KP+KR
shared-name | alexa la capitale delle coree tutte e due | KP+KR
shared-name | alexa capitale della guinea | GN
shared-name | alexa capitale delle guinee tutte | GN+GQ+GW
shared-name | alexa capitale delle isole vergini | VG+VI
shared-name | alexa capitali del sudan e del sud sudan | SD+SS
shared-name | alexa capitale del sudan | SD
shared-name | alexa la capitale di washington | US-WA
shared-name | alexa capitale della virginia | US-VA
shared-name | alexa capitale della dominica | DM
shared-name | alexa capitale del lussemburgo | LU
shared-name | alexa capitale di monaco | MC
shared-name | alexa capitale della macedonia quella del nord | MK
shared-name | alexa la capitale di samoa | WS
shared-name | alexa capitale delle samoa americane | AS
shared-name | alexa capitale del messico | MX
shared-name | alexa la capitale di san paolo | BR-SP
shared-name | alexa capitale del punjab indiano | IN-PB
shared-name | alexa capitale del punjab | IN-PB
shared-name | alexa capitale del new york | US-NY
shared-name | alexa capitale dello stato di new york | US-NY
shared-name | alexa capitale dei due sudan | SD+SS
shared-name | alexa la capitale del congo quello ex belga | CD
shared-name | alexa capitale del congo quello ex francese | CG
shared-name | alexa la capitale della guinea equatoriale | GQ
arbereshe | alexa si je dimmi la capitale dell'albania che la nonna dice sempre scutari | AL
arbereshe | alexa la capitale del kosovo che ci sono i cugini del papàs | XK
arbereshe | alexa vllai qual è la capitale della macedonia del nord che a skopje ci abita zia | MK
arbereshe | alexa faleminderit e ora la capitale del montenegro | ME
arbereshe | alexa ju lutem la capitale della grecia per la messa di rito bizantino a atene | GR
arbereshe | alexa a piana si dice che skanderbeg veniva da dove dimmi la capitale dell'albania di oggi | AL
arbereshe | alexa motra mi chiede la capitale della serbia | RS
arbereshe | alexa la capitale della turchia che i nostri antenati scappavano dai turchi | TR
arbereshe | alexa qual è la capitale di cipro per il patriarca | CY
arbereshe | alexa si je dimmi la capitale della bulgaria | BG
arbereshe | alexa la capitale della romania per il coro bizantino | RO
arbereshe | alexa capitale dell'ucraina che il papàs è andato a benedire | UA
arbereshe | alexa la capitale della georgia quella dei preti ortodossi | GE
arbereshe | alexa la capitale dell'armenia per la festa dei santi | AM
arbereshe | alexa vllai quale paese ha tirana come capitale che il nipote non lo sa | CITY:Tirana
arbereshe | alexa la capitale della palestina per il pellegrinaggio di pasqua | PS
arbereshe | alexa la capitale di israele per il pellegrinaggio della parrocchia | IL
arbereshe | alexa ju lutem la capitale della bosnia ed erzegovina | BA
arbereshe | alexa qual è la capitale della moldavia per la badante di zia | MD
arbereshe | alexa si je la capitale dell'egitto per i monasteri copti | EG
arbereshe | alexa faleminderit dimmi anche la capitale della croazia | HR
ladini | alexa bun dé qual è la capitale dell'austria | AT
ladini | alexa la capitale della svizzera che in engadina parlano romancio come noi quasi | CH
ladini | alexa dilan e adesso la capitale del liechtenstein | LI
ladini | alexa la capitale della norvegia per la coppa del mondo di sci | NO
ladini | alexa capitale della svezia per i fondisti in val di fiemme | SE
ladini | alexa la capitale della finlandia che arrivano i saltatori | FI
ladini | alexa bun dé la capitale della slovenia per la gara a kranjska gora | SI
ladini | alexa la capitale della francia per la discesa in val d'isère | FR
ladini | alexa la capitale del canada che abbiamo maestri di sci canadesi in alta badia | CA
ladini | alexa capitale degli stati uniti per la sciatrice americana che vince sempre | US
ladini | alexa la capitale della slovacchia per la slalomista | SK
ladini | alexa qual è la capitale della germania per i turisti a corvara | DE
ladini | alexa la capitale della baviera che d'estate ci vanno i nostri | DE-BY
ladini | alexa la capitale della polonia per i turisti di capodanno | PL
ladini | alexa la capitale della repubblica ceca che i cechi arrivano a febbraio | CZ
ladini | alexa dilan la capitale dell'andorra per la gara di coppa | AD
ladini | alexa la capitale del giappone per il legno intagliato di ortisei venduto a tokyo | JP
ladini | alexa capitale della corea del sud dove hanno fatto le olimpiadi di pyeongchang | KR
ladini | alexa la capitale del cile per gli allenamenti estivi sulla neve | CL
ladini | alexa la capitale della nuova zelanda che d'estate andiamo a sciare là | NZ
lampedusani | alexa la capitale della libia che il barcone veniva da là | LY
lampedusani | alexa talìa la capitale della tunisia | TN
lampedusani | alexa la capitale dell'eritrea per il ragazzo ospitato all'hotspot | ER
lampedusani | alexa capitale del sudan per i ragazzi arrivati stanotte | SD
lampedusani | alexa la capitale del gambia per il ragazzo che lavora al porto | GM
lampedusani | alexa chi dici la capitale della guinea per il mediatore | GN
lampedusani | alexa la capitale del bangladesh che anche da là arrivano | BD
lampedusani | alexa capitale della somalia per la dottoressa del poliambulatorio | SO
lampedusani | alexa la capitale di malta che è più vicina di palermo | MT
lampedusani | alexa la capitale della costa d'avorio per le ragazze arrivate ieri | CI
lampedusani | alexa la capitale della sierra leone per il ragazzo che gioca a calcio con noi | SL
lampedusani | alexa capitale del ciad per il volontario della croce rossa | TD
lampedusani | alexa la capitale del pakistan per il ragazzo del molo | PK
lampedusani | alexa la capitale dell'etiopia che il prete ha detto addis qualcosa | ET
lampedusani | alexa talìa la capitale del burkina faso | BF
lampedusani | alexa la capitale della siria per la famiglia arrivata col corridoio | SY
lampedusani | alexa capitale dell'egitto per i pescatori egiziani del porto | EG
lampedusani | alexa la capitale del camerun per il mediatore culturale | CM
lampedusani | alexa la capitale della repubblica centrafricana per il ragazzo che cucina | CF
lampedusani | alexa chi dici la capitale del sud sudan | SS
lampedusani | alexa capitale della liberia per la signora della parrocchia | LR
boliviani | alexa oye cuáles son las capitales de bolivia cioè le capitali della bolivia | BO
boliviani | alexa la capitale della bolivia pues che il mio figlio dice solo la paz | BO
boliviani | alexa caserita qual è la capitale del perù | PE
boliviani | alexa la capitale del paraguay para mi cuñado | PY
boliviani | alexa ya la capitale dell'argentina | AR
boliviani | alexa la capitale del cile che mio papà non ci vuole neanche andare | CL
boliviani | alexa la capitale del brasile pues non è rio | BR
boliviani | alexa dimmi la capitale dell'ecuador per la signora della chiesa | EC
boliviani | alexa la capitale della colombia para la tía | CO
boliviani | alexa qual è la capitale del venezuela oye | VE
boliviani | alexa la capitale della spagna che mia sorella lavora a madrid o no | ES
boliviani | alexa capitale dell'uruguay pues | UY
boliviani | alexa sucre è la capitale di che paese dímelo | CITY:Sucre
boliviani | alexa le capitali della bolivia per la salteña party | BO
boliviani | alexa la capitale del guatemala para la compañera | GT
boliviani | alexa la capitale dell'honduras ya | HN
boliviani | alexa capitale del nicaragua oye | NI
boliviani | alexa la capitale del panama per il volo con scalo | PA
boliviani | alexa ya dime la capitale di cuba | CU
boliviani | alexa la capitale di el salvador pues | SV
maliani | alexa i ni ce qual è la capitale del mali | ML
maliani | alexa la capitale del senegal per mio cugino che sta a dakar o thiès | SN
maliani | alexa awa la capitale della guinea | GN
maliani | alexa la capitale della mauritania per il fratello del mercato | MR
maliani | alexa capitale del niger inshallah | NE
maliani | alexa la capitale del burkina faso che mia moglie è di là | BF
maliani | alexa i ni ce la capitale dell'algeria | DZ
maliani | alexa la capitale della costa d'avorio per il camion di abidjan | CI
maliani | alexa a barika la capitale del ghana | GH
maliani | alexa la capitale del togo per la signora del bar | TG
maliani | alexa capitale del benin per il pastore della chiesa | BJ
maliani | alexa la capitale della nigeria che non è lagos dicono | NG
maliani | alexa la capitale del gambia awa | GM
maliani | alexa i ni ce la capitale della guinea bissau | GW
maliani | alexa capitale della francia per i documenti | FR
maliani | alexa la capitale del camerun per la partita di coppa d'africa | CM
maliani | alexa la capitale del marocco che il pullman passa da là | MA
maliani | alexa qual è il paese della capitale bamako per mio figlio che fa la terza | CITY:Bamako
maliani | alexa la capitale del ciad inshallah | TD
maliani | alexa capitale della sierra leone awa | SL
thailandesi | alexa sawasdee kha qual è la capitale della thailandia in italiano | TH
thailandesi | alexa la capitale del laos khrap | LA
thailandesi | alexa la capitale della cambogia per il massaggio di mia sorella kha | KH
thailandesi | alexa mai pen rai dimmi la capitale del myanmar | MM
thailandesi | alexa capitale della malesia una sola per il visto | MY
thailandesi | alexa la capitale del vietnam per il ristorante di fianco kha | VN
thailandesi | alexa capitale di singapore khrap | SG
thailandesi | alexa la capitale delle filippine per la collega del centro estetico | PH
thailandesi | alexa la capitale dell'indonesia che sta cambiando | ID
thailandesi | alexa la capitale del brunei kha | BN
thailandesi | alexa capitale della cina per il cugino a pechino | CN
thailandesi | alexa la capitale dell'india per il tempio | IN
thailandesi | alexa capitale del nepal per il monaco | NP
thailandesi | alexa la capitale del bhutan khrap | BT
thailandesi | alexa la capitale dello sri lanka per i buddhisti | LK
thailandesi | alexa sawasdee la capitale del giappone | JP
thailandesi | alexa la capitale di timor est kha | TL
thailandesi | alexa capitale di taiwan per mio marito | TW
thailandesi | alexa la capitale della corea del sud per le serie che guarda mia figlia | KR
thailandesi | alexa la capitale della corea del nord kha | KP
croati | alexa bok qual è la capitale della croazia in italiano | HR
croati | alexa ajme la capitale della slovenia | SI
croati | alexa la capitale della serbia hvala | RS
croati | alexa ajde dimmi la capitale della bosnia | BA
croati | alexa capitale del montenegro per le vacanze a budva | ME
croati | alexa la capitale dell'ungheria per il viaggio in macchina | HU
croati | alexa bok la capitale della macedonia del nord | MK
croati | alexa la capitale del kosovo hvala | XK
croati | alexa capitale dell'austria per i parenti a graz | AT
croati | alexa ajme la capitale della slovacchia | SK
croati | alexa la capitale della repubblica ceca per il concerto | CZ
croati | alexa capitale della bulgaria bok | BG
croati | alexa la capitale della romania ajde | RO
croati | alexa la capitale dell'albania per il traghetto di durazzo | AL
croati | alexa capitale della germania che mio fratello lavora a monaco | DE
croati | alexa zagabria è capitale della croazia vero bok | HR
croati | alexa la capitale del belgio per il nipote che studia a bruxelles | BE
croati | alexa la capitale dell'irlanda che tutti i giovani vanno a dublino | IE
croati | alexa hvala e la capitale della danimarca | DK
libanesi | alexa yalla qual è la capitale del libano | LB
libanesi | alexa la capitale della siria habibi | SY
libanesi | alexa capitale della giordania per il matrimonio ad amman | JO
libanesi | alexa la capitale dell'iraq khalas | IQ
libanesi | alexa capitale dell'arabia saudita per il cugino che lavora a riad | SA
libanesi | alexa la capitale del kuwait merci | KW
libanesi | alexa la capitale del qatar yalla | QA
libanesi | alexa capitale del bahrein per il volo di mio zio | BH
libanesi | alexa la capitale degli emirati arabi uniti habibi | AE
libanesi | alexa la capitale dell'oman per la crociera | OM
libanesi | alexa capitale dello yemen yalla | YE
libanesi | alexa la capitale della palestina per i nostri vicini | PS
libanesi | alexa la capitale dell'egitto merci | EG
libanesi | alexa capitale dell'iran habibi | IR
libanesi | alexa la capitale della turchia per la nonna armena | TR
libanesi | alexa capitale di cipro che andiamo con la nave da beirut | CY
libanesi | alexa la capitale del brasile che ci sono più libanesi là che in libano | BR
libanesi | alexa la capitale dell'armenia khalas | AM
libanesi | alexa la capitale della francia per l'università di mia figlia | FR
libanesi | alexa la capitale della tunisia yalla | TN
fiorai | alexa la capitale del kenya che le rose arrivano da naivasha | KE
fiorai | alexa capitale dell'ecuador per le rose a gambo lungo | EC
fiorai | alexa la capitale della colombia per i garofani | CO
fiorai | alexa capitale dell'etiopia per il fornitore di rose | ET
fiorai | alexa le capitali dell'olanda per l'asta dei fiori | NL
fiorai | alexa la capitale dei paesi bassi una qualsiasi per la fattura | NL
fiorai | alexa la capitale dell'uganda per le talee | UG
fiorai | alexa la capitale della tanzania per i boccioli | TZ
fiorai | alexa la capitale dello zimbabwe per i fiori recisi | ZW
fiorai | alexa la capitale dello zambia per le rose | ZM
fiorai | alexa capitale del ruanda per il corriere dei fiori | RW
fiorai | alexa la capitale del malawi per le orchidee | MW
fiorai | alexa la capitale della thailandia per le orchidee in scatola | TH
fiorai | alexa capitale di israele per i ranuncoli | IL
fiorai | alexa la capitale della danimarca per le piante in vaso | DK
fiorai | alexa capitale del sudafrica per le protee una sola | ZA
fiorai | alexa la capitale del messico per le stelle di natale | MX
fiorai | alexa la capitale del costa rica per le foglie verdi | CR
fiorai | alexa capitale del guatemala per il fogliame | GT
fiorai | alexa la capitale della nuova zelanda per le peonie fuori stagione | NZ
spedizionieri | alexa la capitale della cina per la bolla doganale del container | CN
spedizionieri | alexa capitale del vietnam che la merce parte da haiphong | VN
spedizionieri | alexa la capitale del bangladesh per il carico di magliette | BD
spedizionieri | alexa capitale della turchia per il camion che passa da kapikule | TR
spedizionieri | alexa la capitale dell'india per il fornitore di cuoio | IN
spedizionieri | alexa capitale del marocco per il groupage | MA
spedizionieri | alexa la capitale del brasile per il caffè in sacchi | BR
spedizionieri | alexa capitale dell'argentina per la pratica | AR
spedizionieri | alexa la capitale dell'australia per la resa franco fabbrica | AU
spedizionieri | alexa capitale del giappone per la lettera di vettura | JP
spedizionieri | alexa la capitale della corea del sud per i componenti | KR
spedizionieri | alexa la capitale degli stati uniti per la dichiarazione | US
spedizionieri | alexa capitale del canada per il cliente di montreal | CA
spedizionieri | alexa la capitale di panama per il transito nel canale | PA
spedizionieri | alexa capitale dello sri lanka per lo scalo a colombo | LK
spedizionieri | alexa la capitale di gibuti per la nave ferma | DJ
spedizionieri | alexa capitale dell'egitto per il passaggio a suez | EG
spedizionieri | alexa la capitale della malesia per il porto di port klang | MY
spedizionieri | alexa capitale di singapore per il trasbordo | SG
spedizionieri | alexa la capitale dei paesi bassi per lo sdoganamento a rotterdam | NL
spedizionieri | alexa capitale della grecia per il pireo | GR
doganieri | alexa la capitale della moldavia per il passaporto che ho in mano | MD
doganieri | alexa capitale del kazakistan per il tir | KZ
doganieri | alexa la capitale dell'uzbekistan per la merce dichiarata | UZ
doganieri | alexa capitale della bielorussia per il camionista | BY
doganieri | alexa la capitale dell'azerbaigian per il sequestro | AZ
doganieri | alexa capitale della georgia per il controllo dei documenti | GE
doganieri | alexa la capitale del turkmenistan per il visto | TM
doganieri | alexa capitale del tagikistan che sul passaporto non capisco | TJ
doganieri | alexa la capitale del kirghizistan per la verifica | KG
doganieri | alexa capitale dell'afghanistan per il verbale | AF
doganieri | alexa la capitale dell'iran per il carico di pistacchi | IR
doganieri | alexa capitale dell'armenia per il cognac | AM
doganieri | alexa la capitale della mongolia per il cashmere | MN
doganieri | alexa capitale del liechtenstein per la società | LI
doganieri | alexa la capitale di san marino per la targa | SM
doganieri | alexa capitale del vaticano per il pacco della nunziatura | VA
doganieri | alexa la capitale di andorra per le sigarette | AD
doganieri | alexa capitale di monaco per la targa del principato | MC
doganieri | alexa la capitale della corea del nord per la lista delle sanzioni | KP
doganieri | alexa la capitale della palestina per il timbro sul passaporto | PS
capotreno | alexa la capitale dell'austria per l'annuncio del treno per vienna | AT
capotreno | alexa capitale della svizzera per il cambio a briga | CH
capotreno | alexa la capitale della germania per il nightjet | DE
capotreno | alexa capitale della francia per il frecciarossa | FR
capotreno | alexa la capitale del belgio per la coincidenza | BE
capotreno | alexa capitale del lussemburgo per il passeggero che ha sbagliato treno | LU
capotreno | alexa la capitale della slovenia per il regionale da trieste | SI
capotreno | alexa capitale della croazia per il collegamento estivo | HR
capotreno | alexa la capitale dell'ungheria per il passeggero senza biglietto | HU
capotreno | alexa capitale della polonia per la comitiva | PL
capotreno | alexa la capitale della slovacchia per la signora con la valigia | SK
capotreno | alexa capitale della danimarca per il ragazzo con l'interrail | DK
capotreno | alexa la capitale della spagna per il turista che mi chiede | ES
capotreno | alexa capitale del portogallo per la coppia in prima classe | PT
capotreno | alexa la capitale della repubblica ceca per il treno notturno | CZ
capotreno | alexa capitale della romania per la signora che scende a mestre | RO
capotreno | alexa la capitale dell'olanda per il turista che dorme | NL
capotreno | alexa capitale della norvegia per il gruppo di scout | NO
capotreno | alexa la capitale di malta per il turista che cerca il traghetto | MT
capotreno | alexa capitale dell'italia per il turista giapponese | IT
badanti | alexa la signora vuole sapere la capitale dell'ucraina dove è tornata la badante | UA
badanti | alexa capitale della moldavia che la signora chiede sempre | MD
badanti | alexa la capitale del perù per la signora che lavora con la nonna | PE
badanti | alexa la nonna chiede la capitale della russia | RU
badanti | alexa capitale della polonia per la nonna che si ricorda del papa | PL
badanti | alexa la capitale dell'ecuador per la ragazza che assiste il nonno | EC
badanti | alexa capitale delle filippine per la signora che cucina | PH
badanti | alexa la capitale dello sri lanka per la badante nuova | LK
badanti | alexa capitale della georgia per la badante che viene da tbilisi o kutaisi | GE
badanti | alexa il nonno vuole sapere la capitale della libia che ci è stato da militare | LY
badanti | alexa la nonna dice che la capitale dell'etiopia era dell'impero dimmela | ET
badanti | alexa capitale dell'eritrea per il nonno che ci è nato | ER
badanti | alexa la capitale della somalia per il nonno che faceva il carabiniere a mogadiscio | SO
badanti | alexa capitale dell'albania per il nonno che ricorda la guerra | AL
badanti | alexa la capitale della grecia per il nonno che ha fatto la campagna | GR
badanti | alexa capitale dell'argentina che la nonna aveva un fratello emigrato | AR
badanti | alexa la capitale del venezuela che ci è andato lo zio nel cinquantadue | VE
badanti | alexa capitale dell'australia per la nonna che ha la sorella a melbourne | AU
badanti | alexa la capitale del belgio per il nonno che faceva il minatore a marcinelle | BE
badanti | alexa capitale della romania per la badante di mia zia | RO
giornalisti | alexa la capitale del sudan per il pezzo sugli sfollati | SD
giornalisti | alexa capitale dello yemen per il lancio d'agenzia | YE
giornalisti | alexa la capitale di haiti per il titolo | HT
giornalisti | alexa capitale del myanmar per il pezzo sul golpe | MM
giornalisti | alexa la capitale del venezuela per il collegamento | VE
giornalisti | alexa capitale dell'afghanistan per la didascalia | AF
giornalisti | alexa la capitale della repubblica democratica del congo per il pezzo su goma | CD
giornalisti | alexa capitale del congo brazzaville per la breve | CG
giornalisti | alexa la capitale della corea del nord per il pezzo sul missile | KP
giornalisti | alexa capitale della corea del sud per la corrispondenza | KR
giornalisti | alexa la capitale della palestina per l'occhiello | PS
giornalisti | alexa capitale di israele per il sommario | IL
giornalisti | alexa la capitale dell'ucraina per l'apertura di pagina | UA
giornalisti | alexa capitale della russia per il box | RU
giornalisti | alexa la capitale del niger per il pezzo sul colpo di stato | NE
giornalisti | alexa capitale del burkina faso per la scheda paese | BF
giornalisti | alexa la capitale del nicaragua per la rubrica esteri | NI
giornalisti | alexa capitale della bielorussia per l'intervista all'oppositrice | BY
giornalisti | alexa la capitale della georgia caucasica per le proteste | GE
giornalisti | alexa capitale dell'armenia per il pezzo sul karabakh | AM
sviluppatori | alexa la capitale dell'india per il collega dello standup | IN
sviluppatori | alexa capitale del portogallo che il team sta a lisbona | PT
sviluppatori | alexa la capitale dell'estonia per il fornitore del software | EE
sviluppatori | alexa capitale della lettonia per il freelance | LV
sviluppatori | alexa la capitale della lituania per il deploy del cliente | LT
sviluppatori | alexa capitale dell'ucraina per il collega del backend | UA
sviluppatori | alexa la capitale della bulgaria per il team di test | BG
sviluppatori | alexa capitale della serbia per lo sviluppatore di belgrado | RS
sviluppatori | alexa la capitale del pakistan per il colloquio remoto | PK
sviluppatori | alexa capitale del vietnam per l'outsourcing | VN
sviluppatori | alexa la capitale dell'irlanda per il quartier generale | IE
sviluppatori | alexa capitale dell'islanda per il datacenter | IS
sviluppatori | alexa la capitale della finlandia per il fuso orario del meeting | FI
sviluppatori | alexa capitale della svezia per la call delle nove | SE
sviluppatori | alexa la capitale della nigeria per il freelance del frontend | NG
sviluppatori | alexa capitale del kenya per la startup | KE
sviluppatori | alexa la capitale dell'uruguay per il team di sviluppo | UY
sviluppatori | alexa capitale della colombia per il collega di medellín | CO
sviluppatori | alexa la capitale dell'egitto per il tester | EG
sviluppatori | alexa capitale della bielorussia per il collega che si è trasferito | BY
ostetriche | alexa la capitale della nigeria per la mamma in sala travaglio | NG
ostetriche | alexa capitale del bangladesh per il papà che non parla italiano | BD
ostetriche | alexa la capitale del marocco per la mamma della stanza tre | MA
ostetriche | alexa capitale della cina per la puerpera che vuole sapere | CN
ostetriche | alexa la capitale dell'albania per la mamma che ha partorito stanotte | AL
ostetriche | alexa capitale del senegal per il papà in corridoio | SN
ostetriche | alexa la capitale del ghana per la mamma con i gemelli | GH
ostetriche | alexa capitale del pakistan per il corso preparto | PK
ostetriche | alexa la capitale dell'egitto per la mamma della stanza cinque | EG
ostetriche | alexa capitale della tunisia per il papà che aspetta | TN
ostetriche | alexa la capitale del perù per la neomamma | PE
ostetriche | alexa capitale dell'india per la mamma col sari | IN
ostetriche | alexa la capitale della costa d'avorio per la mamma del turno di notte | CI
ostetriche | alexa capitale delle filippine per la collega ostetrica | PH
ostetriche | alexa la capitale della romania per la nonna del neonato | RO
ostetriche | alexa capitale della repubblica democratica del congo per la mamma arrivata in ambulanza | CD
ostetriche | alexa la capitale del congo brazzaville per la mamma del letto due | CG
ostetriche | alexa capitale dell'eritrea per la mediatrice | ER
ostetriche | alexa la capitale dello sri lanka per il papà col turbante no scusa quello era indiano | LK
ostetriche | alexa capitale del camerun per la mamma che ha chiesto | CM
"""

if __name__ == "__main__":
    build_round(55, "it", LINES, sys.argv, "tests/Eval/it/round55/source/build_corpus.py")
