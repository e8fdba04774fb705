"""Round 53, Italian (it-IT): a new author's own mix, written blind in the sixty-second session (brief WRITER70.md), for
this session's tuner. Speakers chosen apart from the groups round 52's docstring lists (its own and those it copies for
rounds 44-51: Rome, Naples, Bari, Salento, Venice, Bologna, Milan, Turin, Genoa, Florence, Sardinia, Sicily, Calabria,
Como, the Langhe, Ciociaria, Abruzzo, Romagna, Maremma, Brescia, Cremona, Vicenza, Treviso, Ferrara, Piacenza, Asti, La
Spezia, Arezzo, Viterbo, Latina, Benevento, Salerno, Varese, Novara, Biella, Alessandria, Pavia, Lodi, the Polesine,
Reggio Emilia, Prato, Pistoia, Rieti, Brindisi, Lecco, Imperia and the rest; Mantovani, Bergamaschi, Trentini and
Altoatesini, Friulani, Triestini, Parmigiani and Modenesi, Perugini, Marchigiani, Molisani, Lucani, Tarantini,
Livornesi and Lucchesi; Valdostani, Veronesi, Valtellinesi, Senesi, Carrarini, Ternani, Foggiani and Garganici,
Casertani and Irpini, Ticinesi, Sammarinesi, Ossolani and Lake Maggiore people; Padovani, Bellunesi, Pisani,
Savonesi, Cuneesi, Vercellesi and Elbani; Colombian, Syrian, Nepalese, Japanese, Bosnian, Cameroonian, Keralite,
Ukrainian, Moroccan, Senegalese, Chinese, Romanian, Albanian, Filipino, Peruvian, Salvadoran, Dominican, Bulgarian,
Afghan, Cape Verdean, Ethiopian, Somali, Bangladeshi, Sri Lankan, Nigerian, Egyptian, Tunisian, Brazilian, Polish,
Punjabi Sikh, Argentine, Venezuelan, Pakistani, Ghanaian, Georgian, Turkish, Dutch, Ecuadorian, Moldovan, Eritrean,
Cuban, Russian and Irish families and learners, Iranian PhD students, Korean and Hungarian exchange students, Spanish
Erasmus students, American students, German retirees and English retirees; truck drivers, nurses, hairdressers, taxi
drivers, pharmacists, hotel receptionists, tour guides, primary-school teachers, crossword fans, flight attendants,
teenagers, grandparents, baristi, postini, lifeguards and fishermen, librarians, bakers, call-centre operators, youth
football coaches, liceali, plumbers and electricians, firefighters, cooks, mechanics, bus and tram drivers,
food-delivery riders, sacristans and parish volunteers, carabinieri, commercialisti, dentists, estate agents, radio
presenters, edicolanti, tabaccai, interpreters, physiotherapists, builders, lawyers, gardeners, seamstresses, security
guards and petrol-station attendants; lavoro, scuola, giochi and casa situations, the car, the gym, a honeymoon and
wedding tables, stamp and coin collecting, the pub quiz, Eurovision, the Olympics and the World Cup, a cruise,
students living away from home, moving house, the night shift, waiting rooms, a power cut, dinner with the in-laws, job
interviews, a travel agency, cooking foreign dishes, packing a suitcase, a hospital bed, putting children to bed,
spring cleaning and a sleepless night). Regional speakers: Chioggiotti (trawlers at the edge of Croatian waters, the
bragosso, Sottomarina's Austrian and Czech tourists, the fish market's Bangladeshi and Senegalese workers, "ciò",
"varda", "xe", "cossa", "lassa star"), Brianzoli (furniture makers selling to the Gulf and Central Asia, the Salone,
the Monza Grand Prix, "ué", "minga", "la sciura", "pirla"), Canavesani (Ivrea, Olivetti's factories abroad, the Battle
of the Oranges, Castellamonte ceramics, "neh", "bogia nen"), Empolesi (Empoli's foreign players, green glass, "icché",
"'un", "i' babbo", "o bimbo", "mi garba"), Lunigianesi (Pontremoli's itinerant booksellers and the Premio Bancarella,
testaroli, stele statues, grandparents emigrated to Wales, Scotland and Belgium, the Via Francigena, "ovè"),
Folignati (the Quintana, "lu centru de lu munnu", "mo", "che te dico", "famme sapé"). Immigrant families and learners:
Ivorians ("on est ensemble", "c'est comment", "mon frère", "ça va aller", "ya pas drap", French mixed in), Macedonians
("ajde", "bre", "sega"), Mexicans ("órale", "güey", "qué onda", "ándale", "mande", "chido"), Greeks ("ela", "re",
"entaxi", "po po po", "yassou", "malista"), Portuguese ("olha", "pá", "pois", "fixe", "obrigado", "a capitale"),
Indonesians ("aduh", "sudah", "tolong", "ya", "terima kasih"). Jobs: veterinarians (dog and cat breeds, exotic
animals, pet passports), sommeliers (wines from Chile to Georgia), teachers of Italian to foreigners (their students'
countries), farmers (milkers from Punjab, seasonal pickers, cattle breeds, grain and coffee prices), photographers
(destination weddings and reportage), volleyball coaches (foreign players and away cups), casino croupiers (Sanremo,
Venice, Saint-Vincent and Campione customers), goldsmiths (gold, diamonds, pearls and gemstones). Situations: the
evening news, a train journey, Christmas and the tombola, a football away trip, and beach crosswords under the
ombrellone. Plus follow-ups (said inside a session, without "alexa"), the several-capital countries in the plural,
subdivisions and territories, yes/no checks, self-corrections, reverse questions, official and everyday names, shared
names, launch by "capitali del mondo", help, stop, cancel and out-of-domain requests. Every line typed by hand as one
utterance; no outside text consulted. Built by round12_hinl_corpus.py (build_round with round 53's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
help | alexa aiuto come funziona capitali del mondo | HELP
help | alexa ma questa cosa delle capitali come si usa di preciso | HELP
help | alexa chiedi a capitali del mondo di spiegarmi le istruzioni | HELP
help | alexa non so cosa dire dammi una mano | HELP
help | alexa che domande posso fare a capitali del mondo | HELP
help | alexa cosa devo dire per sapere una capitale | HELP
help | alexa mi fai qualche esempio di domanda | HELP
help | alexa come faccio a chiedere le capitali degli stati americani | HELP
help | alexa posso chiedere anche le province del canada | HELP
help | alexa ripetimi le istruzioni che non ho sentito | HELP
help | alexa ciò varda non capisco come funziona | HELP
help | alexa ué spiegami un po' come va sta roba | HELP
help | alexa mon frère explique moi come si fa | HELP
help | alexa ajde dimmi cosa posso chiedere | HELP
help | alexa órale y ahora qué le pregunto | HELP
help | alexa entaxi ma quali sono le domande | HELP
help | alexa aduh non capisco aiuto per favore | HELP
help | alexa il nonno non sa come usarti spiegaglielo tu | HELP
help | alexa istruzioni per l'uso grazie | HELP
help | alexa cosa si può chiedere oltre alle capitali | HELP
help | alexa help come funziona | HELP
help | alexa aiutami a capire questo gioco delle capitali | HELP
help | alexa mi dai le regole | HELP
help | alexa sono nuovo qui cosa devo fare | HELP
help | mi serve aiuto | HELP
help | come si usa | HELP
help | non ho capito cosa devo dire | HELP
help | quali domande accetti | HELP
help | alexa chiedi a capitali del mondo aiuto con i comandi | HELP
help | alexa come si chiede la capitale al contrario cioè dalla città al paese | HELP
help | alexa la maestra di italiano vuole sapere come ti si usa | HELP
help | alexa mi spieghi la skill prima che parta il treno | HELP
stop | alexa stop | STOP
stop | alexa ferma tutto adesso | STOP
stop | alexa basta capitali per stasera | STOP
stop | alexa chiudi capitali del mondo che comincia il telegiornale | STOP
stop | alexa esci dalla skill delle capitali | STOP
stop | alexa smettila per favore | STOP
stop | alexa ciò basta così | STOP
stop | alexa ué piantala lì | STOP
stop | alexa bon ça suffit stop | STOP
stop | alexa ajde basta stop | STOP
stop | alexa ya estuvo para | STOP
stop | alexa sudah basta grazie | STOP
stop | alexa fermati che arriva il controllore | STOP
stop | alexa spegniti un attimo | STOP
stop | alexa zitta che c'è il rigore | STOP
stop | alexa chiudi tutto che è pronta la cena | STOP
stop | alexa finito grazie ciao | STOP
stop | alexa ok abbiamo finito con le capitali | STOP
stop | basta così grazie | STOP
stop | fermati qui | STOP
stop | no basta chiudi | STOP
stop | alexa termina capitali del mondo | STOP
stop | alexa esci pure ci sentiamo domani | STOP
stop | alexa stop stop stop | STOP
stop | alexa non voglio più giocare chiudi | STOP
stop | alexa interrompi subito che il cane abbaia | STOP
stop | alexa fine della lezione chiudi le capitali | STOP
stop | alexa chiudi che vado a dormire | STOP
cancel | alexa annulla | CANCEL
cancel | alexa annulla la domanda di prima | CANCEL
cancel | alexa lascia perdere la capitale | CANCEL
cancel | alexa no niente ho sbagliato | CANCEL
cancel | alexa annulla tutto per piacere | CANCEL
cancel | alexa dimentica quello che ho detto | CANCEL
cancel | alexa ciò lassa star | CANCEL
cancel | alexa ué lascia stare va | CANCEL
cancel | alexa laisse tomber annulla | CANCEL
cancel | alexa ajde lascia perdere | CANCEL
cancel | alexa olvídalo güey annulla | CANCEL
cancel | alexa tidak niente annulla | CANCEL
cancel | alexa ela re annulla | CANCEL
cancel | alexa deixa annulla pá | CANCEL
cancel | lascia perdere | CANCEL
cancel | annulla la richiesta | CANCEL
cancel | niente niente annulla | CANCEL
cancel | alexa annulla che ho detto una fesseria | CANCEL
cancel | alexa cancella la domanda | CANCEL
cancel | alexa no aspetta annulla | CANCEL
cancel | alexa annulla l'ultima cosa | CANCEL
cancel | alexa non importa più annulla | CANCEL
cancel | alexa lascia stare me l'ha già detto il mio collega | CANCEL
cancel | alexa annulla che la cliente se n'è andata | CANCEL
cancel | alexa lascia perdere la capitale del cane | CANCEL
cancel | alexa annulla ho sbagliato paese | CANCEL
cancel | alexa fa niente annulla | CANCEL
cancel | alexa annulla il gol l'hanno annullato pure a noi | CANCEL
cancel | alexa annulla non serve più | CANCEL
cancel | alexa lascia perdere tanto lo so già | CANCEL
cancel | lascia stare non era niente | CANCEL
cancel | alexa annulla quello che stavi dicendo | CANCEL
launch | alexa apri capitali del mondo | LAUNCH
launch | alexa avvia capitali del mondo per la lezione di geografia | LAUNCH
launch | alexa fammi partire capitali del mondo | LAUNCH
launch | alexa ciò apri capitali del mondo | LAUNCH
launch | alexa ué metti su capitali del mondo | LAUNCH
launch | alexa on est ensemble apri capitali del mondo | LAUNCH
launch | alexa ajde apri capitali del mondo | LAUNCH
launch | alexa abre capitali del mondo por favor | LAUNCH
launch | alexa ela apri capitali del mondo | LAUNCH
launch | alexa abre lá capitali del mondo | LAUNCH
launch | alexa tolong apri capitali del mondo | LAUNCH
launch | alexa gioca con capitali del mondo | LAUNCH
launch | alexa voglio giocare a capitali del mondo col nonno | LAUNCH
launch | alexa lancia capitali del mondo che c'è la pubblicità | LAUNCH
launch | alexa capitali del mondo | LAUNCH
launch | alexa apri la skill capitali del mondo in treno | LAUNCH
launch | alexa apri capitali del mondo per i ragazzi della pallavolo | LAUNCH
launch | alexa avvia la skill delle capitali del mondo per la tombola | LAUNCH
launch | alexa riapri capitali del mondo | LAUNCH
launch | alexa apri di nuovo capitali del mondo | LAUNCH
launch | alexa parti con capitali del mondo | LAUNCH
launch | alexa buongiorno apri capitali del mondo | LAUNCH
launch | alexa buonasera vorrei capitali del mondo | LAUNCH
launch | alexa chiama capitali del mondo | LAUNCH
launch | alexa accendi capitali del mondo | LAUNCH
launch | alexa mi apri capitali del mondo per favore | LAUNCH
launch | alexa dai apriamo capitali del mondo | LAUNCH
launch | alexa esegui capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo in cantina che devo fare l'inventario dei vini | LAUNCH
launch | alexa apri capitali del mondo in ambulatorio | LAUNCH
launch | alexa apri capitali del mondo che i bambini vogliono giocare sotto l'albero | LAUNCH
launch | alexa apri capitali del mondo mentre aspettiamo il pullman dei tifosi | LAUNCH
launch | alexa apri capitali del mondo per la classe di italiano per stranieri | LAUNCH
launch | alexa apri capitali del mondo che dobbiamo ripassare | LAUNCH
launch | alexa per piacere avvia capitali del mondo | LAUNCH
launch | alexa usa capitali del mondo | LAUNCH
launch | alexa inizia capitali del mondo | LAUNCH
launch | alexa comincia una partita a capitali del mondo | LAUNCH
launch | alexa fammi giocare a capitali del mondo | LAUNCH
launch | alexa attiva capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo sul tavolo del laboratorio | LAUNCH
launch | alexa apri capitali del mondo sotto l'ombrellone | LAUNCH
launch | alexa su apri capitali del mondo che si annoiano | LAUNCH
launch | alexa voglio capitali del mondo | LAUNCH
launch | alexa metti capitali del mondo e fammi una domanda | LAUNCH
launch | alexa apri capitali del mondo al tavolo da gioco | LAUNCH
launch | alexa avvia capitali del mondo nella stalla | LAUNCH
launch | alexa apri capitali del mondo che devo ripassare per l'esame | LAUNCH
plural-capitals | alexa quali sono le tre capitali del sudafrica | ZA
plural-capitals | alexa le capitali del sudafrica | ZA
plural-capitals | alexa il sudafrica ha tre capitali me le dici tutte | ZA
plural-capitals | alexa pretoria città del capo e bloemfontein sono le capitali del sudafrica giusto | ZA
plural-capitals | alexa per il vino di stellenbosch dimmi le capitali del sudafrica | ZA
plural-capitals | alexa mon frère quelles sont le capitali del sud africa | ZA
plural-capitals | alexa tutte le capitali sudafricane | ZA
plural-capitals | alexa quante capitali ha il sudafrica e quali | ZA
plural-capitals | alexa ciò le capitali del sudafrica | ZA
plural-capitals | alexa quali sono le due capitali della bolivia | BO
plural-capitals | alexa le capitali della bolivia | BO
plural-capitals | alexa la bolivia ha due capitali sucre e la paz vero | BO
plural-capitals | alexa órale las capitales de bolivia cioè le capitali | BO
plural-capitals | alexa entrambe le capitali boliviane | BO
plural-capitals | alexa dimmi tutte e due le capitali della bolivia | BO
plural-capitals | alexa capitali della bolivia per la lezione | BO
plural-capitals | alexa le capitali boliviane costituzionale e amministrativa | BO
plural-capitals | alexa quali sono le capitali dei paesi bassi | NL
plural-capitals | alexa le capitali dell'olanda amsterdam e l'aia | NL
plural-capitals | alexa l'olanda ha due capitali quali | NL
plural-capitals | alexa le due capitali olandesi | NL
plural-capitals | alexa dimmi le capitali dei paesi bassi per la trasferta | NL
plural-capitals | alexa ué le capitali dell'olanda | NL
plural-capitals | alexa tutte le capitali dei paesi bassi | NL
plural-capitals | alexa le capitali dell'olanda per il mio cliente dei tulipani | NL
plural-capitals | alexa quali sono le capitali della malesia | MY
plural-capitals | alexa le capitali della malaysia | MY
plural-capitals | alexa kuala lumpur e putrajaya sono tutte e due capitali della malesia | MY
plural-capitals | alexa sudah dimmi le capitali della malaysia | MY
plural-capitals | alexa le due capitali malesi | MY
plural-capitals | alexa quante capitali ha la malesia dimmele | MY
plural-capitals | alexa capitali della malaysia per il volo di domani | MY
plural-capitals | alexa le capitali malesiane | MY
plural-capitals | alexa quali sono le capitali della costa d'avorio | CI
plural-capitals | alexa on est ensemble les capitales de la côte d'ivoire cioè le capitali | CI
plural-capitals | alexa le due capitali ivoriane | CI
plural-capitals | alexa c'est comment le capitali della costa d'avorio | CI
plural-capitals | alexa tutte e due le capitali della costa d'avorio per mio cugino | CI
plural-capitals | alexa le capitali dello sri lanka | LK
plural-capitals | alexa quali sono le due capitali dello sri lanka | LK
plural-capitals | alexa colombo e l'altra capitale impronunciabile dello sri lanka dimmele tutte e due | LK
plural-capitals | alexa le capitali di ceylon adesso sri lanka | LK
plural-capitals | alexa capitali dello sri lanka per il tè | LK
plural-capitals | alexa le capitali del benin | BJ
plural-capitals | alexa porto novo e cotonou sono le capitali del benin | BJ
plural-capitals | alexa quali sono tutte le capitali del benin | BJ
plural-capitals | alexa mon frère le capitali del benin sono due | BJ
plural-capitals | alexa le capitali dell'eswatini | SZ
plural-capitals | alexa le capitali dello swaziland | SZ
plural-capitals | alexa quante capitali ha l'eswatini quali sono | SZ
plural-capitals | alexa entrambe le capitali del regno di eswatini | SZ
plural-capitals | alexa le capitali dello swaziland per il cruciverba | SZ
plural-capitals | alexa le capitali del sudafrica per la partita di rugby | ZA
plural-capitals | alexa la bolivia quante capitali ha dimmele | BO
plural-capitals | alexa tutte e due le capitali d'olanda | NL
plural-capitals | alexa le capitali della malesia in ordine | MY
plural-capitals | alexa nomi delle capitali del sudafrica | ZA
plural-capitals | alexa le capitali della bolivia tutte e due grazie | BO
plural-capitals | alexa capitali dei paesi bassi e basta | NL
plural-capitals | alexa le capitali ufficiali della malaysia | MY
plural-capitals | alexa le capitali della costa d'avorio quella vecchia e quella nuova | CI
plural-capitals | alexa le capitali del benin quella politica e quella economica | BJ
plural-capitals | alexa entrambe le capitali dello sri lanka | LK
plural-capitals | alexa le capitali dello eswatini in un colpo solo | SZ
plural-capitals | alexa ripetimi le capitali del sudafrica più lentamente | ZA
plural-capitals | alexa le sedi di governo e le capitali della bolivia | BO
plural-capitals | alexa le capitali dei paesi bassi l'aia e amsterdam giusto | NL
plural-capitals | alexa le capitali della malesia per il documentario | MY
subdivision | alexa qual è la capitale della baviera | DE-BY
subdivision | alexa la capitale della sassonia | DE-SN
subdivision | alexa capitale del baden-württemberg | DE-BW
subdivision | alexa la capitale della renania palatinato | DE-RP
subdivision | alexa qual è il capoluogo della turingia | DE-TH
subdivision | alexa capitale dello schleswig-holstein | DE-SH
subdivision | alexa la capitale della bassa sassonia | DE-NI
subdivision | alexa qual è la capitale del texas | US-TX
subdivision | alexa la capitale della california | US-CA
subdivision | alexa capitale dello stato di new york | US-NY
subdivision | alexa la capitale della florida | US-FL
subdivision | alexa la capitale dell'illinois | US-IL
subdivision | alexa capitale del kentucky | US-KY
subdivision | alexa qual è la capitale dell'oregon | US-OR
subdivision | alexa la capitale del nevada quella dove c'è las vegas | US-NV
subdivision | alexa capitale dello stato di washington non la città | US-WA
subdivision | alexa la capitale del vermont | US-VT
subdivision | alexa la capitale della louisiana | US-LA
subdivision | alexa capitale dell'alaska | US-AK
subdivision | alexa la capitale delle hawaii | US-HI
subdivision | alexa capitale del new jersey | US-NJ
subdivision | alexa la capitale del wisconsin | US-WI
subdivision | alexa la capitale della pennsylvania | US-PA
subdivision | alexa qual è la capitale del tennessee | US-TN
subdivision | alexa capitale del michigan | US-MI
subdivision | alexa qual è la capitale dell'ontario | CA-ON
subdivision | alexa la capitale del québec | CA-QC
subdivision | alexa capitale della columbia britannica | CA-BC
subdivision | alexa la capitale dell'alberta | CA-AB
subdivision | alexa capitale della nuova scozia | CA-NS
subdivision | alexa la capitale del manitoba | CA-MB
subdivision | alexa la capitale dello yukon | CA-YT
subdivision | alexa la capitale del nuovo galles del sud | AU-NSW
subdivision | alexa capitale del queensland | AU-QLD
subdivision | alexa la capitale della tasmania | AU-TAS
subdivision | alexa capitale del victoria in australia | AU-VIC
subdivision | alexa la capitale dell'australia occidentale | AU-WA
subdivision | alexa qual è la capitale della scozia | GB-SCT
subdivision | alexa capitale del galles | GB-WLS
subdivision | alexa la capitale dell'irlanda del nord | GB-NIR
subdivision | alexa la capitale dell'inghilterra | GB-ENG
subdivision | alexa capitale del kerala | IN-KL
subdivision | alexa la capitale del rajasthan | IN-RJ
subdivision | alexa la capitale del maharashtra | IN-MH
subdivision | alexa capitale del tamil nadu | IN-TN
subdivision | alexa la capitale del bengala occidentale | IN-WB
subdivision | alexa capitale del punjab indiano | IN-PB
subdivision | alexa capitale di goa | IN-GA
subdivision | alexa la capitale dello stato di bahia | BR-BA
subdivision | alexa capitale del rio grande do sul | BR-RS
subdivision | alexa la capitale di minas gerais | BR-MG
subdivision | alexa capitale del pernambuco | BR-PE
subdivision | alexa capitale dell'amazonas in brasile | BR-AM
subdivision | alexa la capitale dello stato di san paolo | BR-SP
subdivision | alexa la capitale del jalisco | MX-JAL
subdivision | alexa capitale dello yucatán | MX-YUC
subdivision | alexa la capitale di oaxaca lo stato | MX-OAX
subdivision | alexa la capitale della bassa california | MX-BCN
subdivision | alexa capitale del chiapas | MX-CHP
subdivision | alexa capitale del nuevo león | MX-NLE
subdivision | alexa capitale della groenlandia | GL
subdivision | alexa la capitale delle isole fær øer | FO
subdivision | alexa capitale di portorico | PR
subdivision | alexa la capitale della polinesia francese | PF
subdivision | alexa capitale della nuova caledonia | NC
subdivision | alexa la capitale delle bermuda | BM
subdivision | alexa capitale di gibilterra | GI
subdivision | alexa la capitale dell'isola di man | IM
subdivision | alexa la capitale della martinica | MQ
subdivision | alexa capitale di jersey | JE
subdivision | alexa la capitale delle isole cayman | KY
subdivision | alexa la capitale delle isole falkland o malvine | FK
subdivision | alexa la capitale di taiwan | TW
subdivision | alexa la capitale del kosovo | XK
subdivision | alexa capitale di curaçao | CW
subdivision | alexa la capitale di aruba | AW
subdivision | alexa la capitale della riunione | RE
subdivision | alexa qual è il capoluogo della lombardia | FB
subdivision | alexa capitale della toscana | FB
subdivision | alexa la capitale della catalogna | FB
subdivision | alexa capitale dell'andalusia | FB
subdivision | alexa la capitale della baviera no scusa della vallonia | FB
subdivision | alexa capitale del canton ticino | FB
subdivision | alexa la capitale della provincia di buenos aires | FB
subdivision | alexa la capitale del sichuan | FB
subdivision | alexa la capitale della siberia | FB
subdivision | alexa capitale della provenza | FB
subdivision | alexa capitale del tirolo austriaco | FB
subdivision | alexa la capitale della cornovaglia | FB
subdivision | alexa la capitale dell'umbria | FB
subdivision | alexa capitale dell'ontario e del québec | CA-ON+CA-QC
follow-up | e la francia | FR
follow-up | e quella della spagna | ES
follow-up | e il portogallo invece | PT
follow-up | e della grecia | GR
follow-up | e la turchia | TR
follow-up | e per la corea del nord | KP
follow-up | e la corea del sud | KR
follow-up | e la palestina | PS
follow-up | e quella del congo brazzaville | CG
follow-up | e la repubblica democratica del congo | CD
follow-up | e il sudafrica quante ne ha | ZA
follow-up | e la bolivia | BO
follow-up | e l'olanda | NL
follow-up | e la malesia | MY
follow-up | e il messico | MX
follow-up | e il cile | CL
follow-up | e del perù | PE
follow-up | e l'uruguay | UY
follow-up | e il paraguay | PY
follow-up | e la giamaica | JM
follow-up | e l'islanda | IS
follow-up | e la norvegia allora | NO
follow-up | e la finlandia | FI
follow-up | ok e la danimarca | DK
follow-up | e l'estonia | EE
follow-up | e la lettonia | LV
follow-up | e la lituania | LT
follow-up | e quella del kazakistan | KZ
follow-up | e l'uzbekistan | UZ
follow-up | e il vietnam | VN
follow-up | e la cambogia | KH
follow-up | e il laos | LA
follow-up | e quella dell'indonesia | ID
follow-up | e le filippine | PH
follow-up | e il giappone | JP
follow-up | e la mongolia | MN
follow-up | e il texas | US-TX
follow-up | e la baviera | DE-BY
follow-up | e la scozia | GB-SCT
follow-up | e il québec | CA-QC
follow-up | e quella del kenya | KE
follow-up | e la tanzania | TZ
follow-up | e l'uganda | UG
follow-up | e il ruanda | RW
follow-up | e il burundi | BI
follow-up | e il ghana | GH
follow-up | e il togo | TG
follow-up | e quella del niger non la nigeria | NE
follow-up | e la nigeria | NG
follow-up | e poi la macedonia del nord | MK
follow-up | e la serbia | RS
follow-up | e il montenegro | ME
follow-up | e la croazia | HR
follow-up | e la slovenia | SI
follow-up | e invece la slovacchia | SK
follow-up | e quella del cile no del perù | PE
follow-up | e che tempo fa lì | FB
follow-up | e quanti abitanti ha | FB
follow-up | e l'altra capitale della bolivia | BO
follow-up | e le capitali dei paesi bassi | NL
follow-up | e la capitale del mali | ML
follow-up | e del burkina | BF
follow-up | ela e di cipro | CY
follow-up | e di malta | MT
yes-no-check | alexa parigi è la capitale della francia | FR
yes-no-check | alexa è vero che la capitale dell'australia è sydney | AU
yes-no-check | alexa la capitale del canada è toronto vero | CA
yes-no-check | alexa è berna la capitale della svizzera | CH
yes-no-check | alexa ankara è la capitale della turchia o è istanbul | TR
yes-no-check | alexa la capitale del brasile è rio | BR
yes-no-check | alexa è giusto che la capitale della corea del nord è pyongyang | KP
yes-no-check | alexa seul è la capitale della corea del sud | KR
yes-no-check | alexa kinshasa è la capitale del congo grande | CD
yes-no-check | alexa brazzaville è la capitale della repubblica del congo vero | CG
yes-no-check | alexa la capitale della palestina è ramallah | PS
yes-no-check | alexa pretoria è una delle capitali del sudafrica | ZA
yes-no-check | alexa la paz è la capitale della bolivia | BO
yes-no-check | alexa amsterdam è la capitale dell'olanda o è l'aia | NL
yes-no-check | alexa kuala lumpur è ancora la capitale della malesia | MY
yes-no-check | alexa ciò ma è vero che la capitale del marocco è rabat e non casablanca | MA
yes-no-check | alexa la capitale della nigeria è lagos | NG
yes-no-check | alexa è abuja la capitale della nigeria | NG
yes-no-check | alexa la capitale del kazakistan si chiama ancora astana | KZ
yes-no-check | alexa è dodoma la capitale della tanzania | TZ
yes-no-check | alexa la capitale del vietnam è ho chi minh | VN
yes-no-check | alexa la capitale della nuova zelanda è auckland vero | NZ
yes-no-check | alexa è vero che la capitale del myanmar non è più rangoon | MM
yes-no-check | alexa la capitale della germania è berlino o bonn | DE
yes-no-check | alexa belize city è la capitale del belize | BZ
yes-no-check | alexa la capitale dell'ecuador è guayaquil | EC
yes-no-check | alexa è vero che montevideo è la capitale dell'uruguay | UY
yes-no-check | alexa la capitale della macedonia del nord è skopje | MK
yes-no-check | alexa tirana è la capitale dell'albania | AL
yes-no-check | alexa zurigo è la capitale svizzera | CH
yes-no-check | alexa la capitale del pakistan è karachi giusto | PK
yes-no-check | alexa la capitale dell'india è nuova delhi o delhi | IN
yes-no-check | alexa la capitale della florida è miami | US-FL
yes-no-check | alexa la capitale della california è los angeles | US-CA
yes-no-check | alexa toronto è la capitale dell'ontario | CA-ON
yes-no-check | alexa monaco è la capitale della baviera | DE-BY
yes-no-check | alexa edimburgo è la capitale della scozia vero | GB-SCT
yes-no-check | alexa la capitale del sudan del sud è giuba | SS
yes-no-check | alexa c'est vrai che yamoussoukro è la capitale | CI
yes-no-check | alexa è vero che la capitale della costa d'avorio non è abidjan | CI
self-correction | alexa la capitale dell'austria no volevo dire dell'australia | AU
self-correction | alexa capitale della slovenia anzi slovacchia | SK
self-correction | alexa la capitale dell'islanda scusa dell'irlanda | IE
self-correction | alexa la capitale della corea del sud no del nord | KP
self-correction | alexa la capitale della corea del nord no aspetta del sud | KR
self-correction | alexa la capitale del congo kinshasa no dell'altro congo quello di brazzaville | CG
self-correction | alexa capitale della repubblica del congo anzi no della repubblica democratica | CD
self-correction | alexa la capitale di israele no della palestina | PS
self-correction | alexa la capitale della nigeria cioè del niger | NE
self-correction | alexa la capitale dello sri lanka ehm dell'india | IN
self-correction | alexa la capitale della svezia no della svizzera | CH
self-correction | alexa capitale della guinea bissau no guinea equatoriale | GQ
self-correction | alexa la capitale dell'iran no dell'iraq | IQ
self-correction | alexa la capitale della mauritania scusa delle mauritius | MU
self-correction | alexa la capitale della gambia anzi della zambia | ZM
self-correction | alexa la capitale del mali no del malawi | MW
self-correction | alexa la capitale della colombia no della bolivia | BO
self-correction | alexa la capitale della libia no del libano | LB
self-correction | alexa capitale dell'armenia ah no albania | AL
self-correction | alexa capitale del paraguay volevo dire uruguay | UY
self-correction | alexa la capitale della dominica no della repubblica dominicana | DO
self-correction | alexa la capitale del niger ops nigeria | NG
self-correction | alexa la capitale dell'austria ciò no della germania | DE
self-correction | alexa capitale della tunisia ué no dell'algeria | DZ
self-correction | alexa la capitale del ciad pardon del camerun | CM
self-correction | alexa la capitale della serbia ajde no della bosnia | BA
self-correction | alexa capitale di honduras no güey de guatemala | GT
self-correction | alexa la capitale della malesia aduh no singapore | SG
self-correction | alexa la capitale della bulgaria ela no della grecia | GR
self-correction | alexa capitale della spagna não do portogallo | PT
self-correction | alexa la capitale del texas anzi dell'arizona | US-AZ
self-correction | alexa capitale dell'ohio no dell'iowa | US-IA
self-correction | alexa la capitale dei paesi bassi no del belgio | BE
reverse-question | alexa nairobi è la capitale di quale paese | CITY:Nairobi
reverse-question | alexa di che paese è capitale lubiana | CITY:Lubiana
reverse-question | alexa bratislava è capitale di cosa | CITY:Bratislava
reverse-question | alexa quale stato ha come capitale ouagadougou | CITY:Ouagadougou
reverse-question | alexa di quale nazione è capitale tbilisi | CITY:Tbilisi
reverse-question | alexa asmara di che paese è la capitale | CITY:Asmara
reverse-question | alexa in che paese si trova la capitale ulan bator | CITY:Ulan Bator
reverse-question | alexa paramaribo è la capitale di dove | CITY:Paramaribo
reverse-question | alexa kigali di che stato è capitale | CITY:Kigali
reverse-question | alexa la capitale asunción di quale paese è | CITY:Asunción
reverse-question | alexa vientiane che capitale è | CITY:Vientiane
reverse-question | alexa dushanbe è capitale di quale repubblica | CITY:Dushanbe
reverse-question | alexa di chi è capitale windhoek | CITY:Windhoek
reverse-question | alexa ashgabat è la capitale di che nazione | CITY:Ashgabat
reverse-question | alexa quale paese ha come capitale pyongyang | CITY:Pyongyang
reverse-question | alexa seul è capitale di quale corea | CITY:Seul
reverse-question | alexa kinshasa è capitale di quale congo | CITY:Kinshasa
reverse-question | alexa brazzaville di che congo è capitale | CITY:Brazzaville
reverse-question | alexa ramallah di cosa è capitale | CITY:Ramallah
reverse-question | alexa bloemfontein è capitale di quale paese | CITY:Bloemfontein
reverse-question | alexa sucre è la capitale di quale stato | CITY:Sucre
reverse-question | alexa putrajaya di che paese è capitale | CITY:Putrajaya
reverse-question | alexa l'aia è capitale di cosa | CITY:L'Aia
reverse-question | alexa di quale paese è capitale moroni | CITY:Moroni
reverse-question | alexa apia è la capitale di | CITY:Apia
reverse-question | alexa di che paese è capitale honiara | CITY:Honiara
reverse-question | alexa castries è capitale di quale isola | CITY:Castries
reverse-question | alexa di chi è la capitale thimphu | CITY:Thimphu
reverse-question | alexa malabo è capitale di quale paese africano | CITY:Malabo
reverse-question | alexa bangui di che nazione è capitale | CITY:Bangui
reverse-question | alexa di quale stato americano è capitale sacramento | CITY:Sacramento
reverse-question | alexa tallahassee è capitale di quale stato | CITY:Tallahassee
reverse-question | alexa regina è capitale di quale provincia canadese | CITY:Regina
reverse-question | alexa darwin è la capitale di quale territorio australiano | CITY:Darwin
reverse-question | alexa düsseldorf di quale land è capitale | CITY:Düsseldorf
reverse-question | alexa mascate è capitale di cosa | CITY:Mascate
reverse-question | alexa di che paese è capitale bishkek | CITY:Bishkek
reverse-question | alexa quale paese ha la capitale che si chiama nuku'alofa | CITY:Nuku'alofa
reverse-question | e funafuti di che paese è | CITY:Funafuti
reverse-question | e praia di quale paese | CITY:Praia
reverse-question | alexa ciò varda chisinau di che paese è capitale | CITY:Chișinău
reverse-question | alexa quale paese ha come capitale gitega | CITY:Gitega
official-name | alexa la capitale della repubblica federale di germania | DE
official-name | alexa capitale della repubblica francese | FR
official-name | alexa la capitale del regno unito di gran bretagna e irlanda del nord | GB
official-name | alexa la capitale degli stati uniti d'america | US
official-name | alexa capitale della federazione russa | RU
official-name | alexa la capitale della repubblica popolare cinese | CN
official-name | alexa capitale della repubblica popolare democratica di corea | KP
official-name | alexa la capitale della repubblica di corea | KR
official-name | alexa la capitale della repubblica democratica del congo | CD
official-name | alexa capitale della repubblica del congo | CG
official-name | alexa capitale dello stato di palestina | PS
official-name | alexa la capitale della repubblica del sudafrica | ZA
official-name | alexa la capitale dello stato plurinazionale di bolivia | BO
official-name | alexa la capitale del regno dei paesi bassi | NL
official-name | alexa la capitale della federazione della malesia | MY
official-name | alexa la capitale della repubblica ellenica | GR
official-name | alexa capitale della repubblica portoghese | PT
official-name | alexa la capitale degli stati uniti messicani | MX
official-name | alexa la capitale della repubblica bolivariana del venezuela | VE
official-name | alexa la capitale della repubblica islamica dell'iran | IR
official-name | alexa capitale della repubblica islamica di mauritania | MR
official-name | alexa la capitale del regno hascemita di giordania | JO
official-name | alexa la capitale del regno dell'arabia saudita | SA
official-name | alexa capitale della repubblica araba d'egitto | EG
official-name | alexa capitale della repubblica federale democratica d'etiopia | ET
official-name | alexa la capitale della repubblica unita di tanzania | TZ
official-name | alexa la capitale della repubblica federale di nigeria | NG
official-name | alexa capitale della repubblica del ghana | GH
official-name | alexa la capitale della repubblica democratica socialista dello sri lanka | LK
official-name | alexa capitale della repubblica popolare del bangladesh | BD
official-name | alexa la capitale della repubblica socialista del vietnam | VN
official-name | alexa capitale della repubblica democratica popolare del laos | LA
official-name | alexa la capitale del regno di thailandia | TH
official-name | alexa la capitale del sultanato dell'oman | OM
official-name | alexa capitale del granducato di lussemburgo | LU
official-name | alexa la capitale del principato del liechtenstein | LI
official-name | alexa capitale del principato di andorra | AD
official-name | alexa la capitale della confederazione svizzera | CH
official-name | alexa la capitale della repubblica di macedonia del nord | MK
official-name | alexa la capitale della repubblica orientale dell'uruguay | UY
official-name | alexa capitale della repubblica cooperativa della guyana | GY
official-name | alexa la capitale degli stati federati di micronesia | FM
official-name | alexa capitale della repubblica di trinidad e tobago | TT
official-name | alexa la capitale della federazione di saint kitts e nevis | KN
official-name | alexa capitale della repubblica democratica di timor est | TL
official-name | alexa la capitale della repubblica centrafricana | CF
official-name | alexa capitale della repubblica di guinea equatoriale | GQ
official-name | alexa capitale del commonwealth delle bahamas | BS
official-name | alexa la capitale della repubblica kirghisa | KG
official-name | alexa la capitale della repubblica del tagikistan | TJ
everyday-name | alexa la capitale dell'olanda | NL
everyday-name | alexa capitale della birmania | MM
everyday-name | alexa la capitale dell'inghilterra intendo tutta la gran bretagna | GB
everyday-name | alexa la capitale dell'america | US
everyday-name | alexa capitale della russia | RU
everyday-name | alexa la capitale della bielorussia | BY
everyday-name | alexa la capitale della moldavia | MD
everyday-name | alexa capitale della repubblica ceca | CZ
everyday-name | alexa la capitale della cechia | CZ
everyday-name | alexa capitale dello swaziland | SZ
everyday-name | alexa capitale di ceylon | LK
everyday-name | alexa capitale della persia | IR
everyday-name | alexa la capitale del siam | TH
everyday-name | alexa capitale dell'alto volta | BF
everyday-name | alexa la capitale dello zaire | CD
everyday-name | alexa la capitale del dahomey | BJ
everyday-name | alexa la capitale della rhodesia | ZW
everyday-name | alexa capitale di formosa | TW
everyday-name | alexa la capitale degli emirati | AE
everyday-name | alexa capitale di timor orientale | TL
everyday-name | alexa la capitale della corea comunista quella di kim | KP
everyday-name | alexa la capitale del congo belga | CD
everyday-name | alexa capitale del congo francese | CG
everyday-name | alexa la capitale della terra santa palestinese | PS
everyday-name | alexa la capitale della macedonia | MK
everyday-name | alexa capitale del kirghisistan | KG
everyday-name | alexa la capitale del tagikistan | TJ
everyday-name | alexa la capitale del turkmenistan | TM
everyday-name | alexa capitale dell'azerbaigian | AZ
everyday-name | alexa la capitale dell'azerbaijan | AZ
everyday-name | alexa capitale della città del vaticano | VA
everyday-name | alexa la capitale del vaticano | VA
everyday-name | alexa capitale di san marino | SM
everyday-name | alexa la capitale del principato di monaco | MC
everyday-name | alexa la capitale della bosnia | BA
everyday-name | alexa la capitale della guinea conakry | GN
everyday-name | alexa la capitale della guinea bissau | GW
everyday-name | alexa capitale di capo verde | CV
everyday-name | alexa capitale di santo tomé | ST
everyday-name | alexa capitale delle isole figi | FJ
everyday-name | alexa la capitale delle samoa occidentali | WS
everyday-name | alexa capitale del bangladesh o bengala | BD
everyday-name | alexa la capitale della gran bretagna | GB
everyday-name | alexa capitale del sud sudan | SS
everyday-name | alexa la capitale della russia bianca | BY
shared-name | alexa la capitale della georgia | GE
shared-name | alexa la capitale della georgia lo stato americano | US-GA
shared-name | alexa capitale della georgia quella del caucaso | GE
shared-name | alexa la capitale della corea | KP+KR
shared-name | alexa le capitali delle due coree | KP+KR
shared-name | alexa la capitale del congo | CD+CG
shared-name | alexa capitali dei due congo | CD+CG
shared-name | alexa la capitale del congo quello grande | CD
shared-name | alexa la capitale del congo piccolo | CG
shared-name | alexa la capitale della guinea | GN
shared-name | alexa capitale di washington | US-WA
shared-name | alexa la capitale del lussemburgo | LU
shared-name | alexa capitale del messico | MX
shared-name | alexa la capitale di new york | US-NY
shared-name | alexa la capitale del dakota | US-ND+US-SD
shared-name | alexa la capitale della carolina | US-NC+US-SC
shared-name | alexa capitale della virginia | US-VA
shared-name | alexa la capitale dell'irlanda | IE
shared-name | alexa la capitale del sudan | SD
shared-name | alexa capitale della macedonia quella del nord | MK
shared-name | alexa la capitale di samoa | WS
shared-name | alexa la capitale delle isole vergini | VG+VI
shared-name | alexa la capitale della guinea francese cioè conakry | GN
shared-name | alexa la capitale del punjab | IN-PB
shared-name | alexa capitale della georgia dove gioca il mio amico pallavolista a tbilisi | GE
shared-name | alexa capitale delle coree tutte e due | KP+KR
shared-name | alexa capitale della repubblica del congo e dell'altra repubblica del congo | CD+CG
shared-name | alexa la capitale di san paolo lo stato brasiliano | BR-SP
shared-name | alexa la capitale del victoria | AU-VIC
shared-name | alexa capitale della dominica | DM
shared-name | alexa la capitale della repubblica dominicana | DO
shared-name | alexa la capitale del niger | NE
out-of-domain | alexa che tempo fa domani a chioggia | FB
out-of-domain | alexa metti la radio | FB
out-of-domain | alexa imposta un timer di dieci minuti per la pasta | FB
out-of-domain | alexa quanti abitanti ha parigi | FB
out-of-domain | alexa quanto dista roma da milano | FB
out-of-domain | alexa qual è la capitale dell'europa | FB
out-of-domain | alexa la capitale dell'africa | FB
out-of-domain | alexa qual è la capitale dell'asia | FB
out-of-domain | alexa capitale del sud america | FB
out-of-domain | alexa che ore sono a tokyo | FB
out-of-domain | alexa accendi la luce in cucina | FB
out-of-domain | alexa spegni la luce della sala | FB
out-of-domain | alexa metti un po' di musica brasiliana | FB
out-of-domain | alexa suona l'inno nazionale francese | FB
out-of-domain | alexa raccontami una barzelletta | FB
out-of-domain | alexa come si dice grazie in greco | FB
out-of-domain | alexa traduci buongiorno in portoghese | FB
out-of-domain | alexa chi ha vinto la champions league l'anno scorso | FB
out-of-domain | alexa a che ora gioca l'inter stasera | FB
out-of-domain | alexa quanto è alto il monte bianco | FB
out-of-domain | alexa qual è il fiume più lungo del mondo | FB
out-of-domain | alexa quale lingua si parla in brasile | FB
out-of-domain | alexa che moneta usano in svizzera | FB
out-of-domain | alexa quanti stati ci sono nel mondo | FB
out-of-domain | alexa qual è la città più grande della cina | FB
out-of-domain | alexa quando è nata la repubblica italiana | FB
out-of-domain | alexa il cambio euro dollaro di oggi | FB
out-of-domain | alexa aggiungi il latte alla lista della spesa | FB
out-of-domain | alexa ricordami di chiamare la mamma alle sette | FB
out-of-domain | alexa sveglia alle sei e mezza | FB
out-of-domain | alexa che giorno è oggi | FB
out-of-domain | alexa quanto fa sette per otto | FB
out-of-domain | alexa quali sono le notizie di oggi | FB
out-of-domain | alexa metti il telegiornale | FB
out-of-domain | alexa a che ora parte il treno per venezia | FB
out-of-domain | alexa il treno per firenze è in ritardo | FB
out-of-domain | alexa che tempo fa a ivrea | FB
out-of-domain | alexa pioverà domenica a monza | FB
out-of-domain | alexa che temperatura c'è a foligno | FB
out-of-domain | alexa qual è il vino più famoso del cile | FB
out-of-domain | alexa quanto costa un biglietto per atene | FB
out-of-domain | alexa chi è il presidente della francia | FB
out-of-domain | alexa chi è il re di spagna | FB
out-of-domain | alexa chi ha scoperto l'america | FB
out-of-domain | alexa qual è la capitale della moda | FB
out-of-domain | alexa qual è la capitale mondiale del caffè | FB
out-of-domain | alexa la capitale europea della cultura di quest'anno | FB
out-of-domain | alexa qual è la capitale più fredda del mondo | FB
out-of-domain | alexa qual è la capitale più alta del mondo | FB
out-of-domain | alexa quanti abitanti ha la capitale della cina | FB
out-of-domain | alexa qual è il prefisso telefonico del messico | FB
out-of-domain | alexa che fuso orario ha lisbona | FB
out-of-domain | alexa dove si trova il ghana sulla cartina | FB
out-of-domain | alexa che lingua parlano in costa d'avorio | FB
out-of-domain | alexa fammi una domanda di storia | FB
out-of-domain | alexa gioca a indovina il numero | FB
out-of-domain | alexa avvia il quiz di musica | FB
out-of-domain | alexa metti la tombola | FB
out-of-domain | alexa estrai un numero da uno a novanta | FB
out-of-domain | alexa buon natale | FB
out-of-domain | alexa canta jingle bells | FB
out-of-domain | alexa quanti giorni mancano a natale | FB
out-of-domain | alexa ricetta del panettone | FB
out-of-domain | alexa metti una canzone di natale | FB
out-of-domain | alexa come si prepara il bacalhau | FB
out-of-domain | alexa quanto tempo ci vuole per cuocere il riso | FB
out-of-domain | alexa accendi la tv | FB
out-of-domain | alexa alza il volume | FB
out-of-domain | alexa abbassa un po' | FB
out-of-domain | alexa chi sei | FB
out-of-domain | alexa ti voglio bene | FB
out-of-domain | alexa come stai oggi | FB
out-of-domain | alexa chi ha vinto il festival di sanremo | FB
out-of-domain | alexa risultato della juve | FB
out-of-domain | alexa classifica della serie a di pallavolo femminile | FB
out-of-domain | alexa quando gioca l'italia di volley | FB
out-of-domain | alexa che voti ha preso la ferrari | FB
out-of-domain | alexa quanti gradi ci sono in spiaggia | FB
out-of-domain | alexa a che ora tramonta il sole | FB
out-of-domain | alexa che indice uv c'è oggi | FB
out-of-domain | alexa quando c'è l'alta marea a chioggia | FB
out-of-domain | alexa chi ha fondato la olivetti | FB
out-of-domain | alexa quando è la battaglia delle arance | FB
out-of-domain | alexa a che ora apre il mercato del pesce | FB
out-of-domain | alexa quanto costa l'oro al grammo oggi | FB
out-of-domain | alexa qual è la capitale dell'oro in italia | FB
out-of-domain | alexa che vuol dire croupier | FB
out-of-domain | alexa quali numeri sono usciti al lotto | FB
out-of-domain | alexa regole della roulette | FB
out-of-domain | alexa che razza di cane è il chihuahua | FB
out-of-domain | alexa ogni quanto va vaccinato un gatto | FB
out-of-domain | alexa quando si semina il grano | FB
out-of-domain | alexa prezzo del gasolio agricolo | FB
out-of-domain | alexa che tempo farà per la vendemmia | FB
out-of-domain | alexa come si dice capitale in inglese | FB
out-of-domain | alexa come si coniuga il verbo essere | FB
out-of-domain | alexa dammi un sinonimo di capitale | FB
out-of-domain | alexa cosa vuol dire capitale sociale | FB
out-of-domain | alexa chi ha scritto il capitale | FB
out-of-domain | alexa qual è la capitale del mondo | FB
out-of-domain | alexa la capitale della luna | FB
out-of-domain | alexa qual è la capitale dell'oceania | FB
out-of-domain | alexa capitale dell'antartide | FB
out-of-domain | alexa la capitale dell'unione europea | FB
out-of-domain | alexa la capitale della jugoslavia | FB
out-of-domain | alexa capitale dell'unione sovietica | FB
out-of-domain | alexa la capitale della germania est | FB
out-of-domain | alexa capitale della cecoslovacchia | FB
out-of-domain | alexa la capitale di atlantide | FB
out-of-domain | alexa la capitale di narnia | FB
out-of-domain | alexa la capitale del regno delle due sicilie | FB
out-of-domain | alexa qual era la capitale dell'impero romano d'oriente | FB
out-of-domain | alexa la capitale del kurdistan | FB
out-of-domain | alexa capitale del tibet | FB
out-of-domain | alexa la capitale della padania | FB
out-of-domain | alexa chi vince tra portogallo e grecia | FB
out-of-domain | alexa ordina una pizza | FB
out-of-domain | alexa chiama un taxi | FB
out-of-domain | alexa dov'è il mio telefono | FB
out-of-domain | alexa compra le batterie | FB
out-of-domain | alexa leggimi un libro | FB
out-of-domain | alexa metti un podcast di storia | FB
out-of-domain | alexa fammi ascoltare il meteo | FB
out-of-domain | alexa spiegami la fotosintesi | FB
out-of-domain | alexa quante ossa ha il corpo umano | FB
out-of-domain | alexa quanto pesa un elefante | FB
out-of-domain | alexa perché il cielo è blu | FB
out-of-domain | alexa qual è la montagna più alta dell'africa | FB
out-of-domain | alexa dove nasce il nilo | FB
out-of-domain | alexa quanti abitanti ha il messico | FB
out-of-domain | alexa che religione hanno in indonesia | FB
out-of-domain | alexa qual è il piatto tipico della macedonia | FB
out-of-domain | alexa chi ha vinto l'oscar quest'anno | FB
out-of-domain | alexa dimmi una poesia | FB
out-of-domain | alexa metti la sveglia per domani alle cinque per la stalla | FB
out-of-domain | alexa quanti chilometri da ivrea a aosta | FB
out-of-domain | alexa chi era adriano olivetti | FB
out-of-domain | alexa quando è la quintana di foligno | FB
out-of-domain | alexa cosa sono i testaroli | FB
out-of-domain | alexa orari del vaporetto per pellestrina | FB
out-of-domain | alexa a che ora chiude l'ikea | FB
out-of-domain | alexa come si fa un bonifico all'estero | FB
out-of-domain | alexa che esposimetro mi serve per un matrimonio | FB
out-of-domain | alexa chi è il patrono di empoli | FB
out-of-domain | alexa qual è la capitale del vetro | FB
out-of-domain | alexa quanto è grande la russia | FB
out-of-domain | alexa la bandiera del brasile di che colori è | FB
out-of-domain | alexa l'inno della grecia | FB
out-of-domain | alexa che fuso orario c'è a giacarta | FB
out-of-domain | alexa quanto costa un volo per città del messico | FB
out-of-domain | alexa la capitale del risiko | FB
out-of-domain | alexa capitale dell'italia meridionale | FB
out-of-domain | alexa trova un ristorante messicano vicino a me | FB
out-of-domain | alexa quanto manca a capodanno | FB
out-of-domain | alexa che santo è oggi | FB
chioggiotti | alexa ciò la capitale della croazia che domani andiamo a pescare al limite delle acque | HR
chioggiotti | alexa varda dimmi la capitale dell'albania che il motorista xe de durazzo | AL
chioggiotti | alexa ciò qual è la capitale del montenegro | ME
chioggiotti | alexa la capitale della tunisia che el mozzo xe tunisino | TN
chioggiotti | alexa ciò mona dimmi la capitale dell'egitto | EG
chioggiotti | alexa cossa xe la capitale della slovenia che i xe qua vicini | SI
chioggiotti | alexa varda ciò la capitale del marocco per el fio del pescivendolo | MA
chioggiotti | alexa sul bragosso mi chiedono la capitale della grecia | GR
chioggiotti | alexa la capitale della norvegia dove va el baccalà | NO
chioggiotti | alexa ciò la capitale dell'islanda che i ga i pescherecci grandi | IS
chioggiotti | alexa la capitale del senegal che el vongolaro xe senegalese | SN
chioggiotti | alexa capitale del bangladesh che i lavora al mercato ittico | BD
chioggiotti | alexa ciò varda la capitale del giappone che i compra el tonno | JP
chioggiotti | alexa a sottomarina i turisti xe cechi la capitale della repubblica ceca | CZ
chioggiotti | alexa la capitale dell'austria che d'estate xe pien de austriaci a sottomarina | AT
chioggiotti | alexa ciò e la capitale della slovacchia | SK
chioggiotti | alexa cossa xe la capitale della mauritania che i ga le acque piene de pesce | MR
chioggiotti | alexa ciò la capitale delle isole fær øer che i pesca le aringhe | FO
chioggiotti | alexa dimmi la capitale della corea del sud che i compra le vongole | KR
chioggiotti | alexa ciò la capitale della libia dove i ga sequestrà el peschereccio | LY
brianzoli | alexa ué la capitale del qatar che c'è un cliente per il divano | QA
brianzoli | alexa dimmi la capitale degli emirati arabi uniti per la fiera del mobile | AE
brianzoli | alexa ué la capitale dell'arabia saudita che gli mandiamo la cucina | SA
brianzoli | alexa la capitale del kazakistan che arriva il buyer | KZ
brianzoli | alexa minga capisco la capitale del kuwait qual è | KW
brianzoli | alexa la capitale dell'azerbaigian per la spedizione dei tavoli | AZ
brianzoli | alexa ué pirla la capitale della georgia quella di stalin | GE
brianzoli | alexa la sciura vuole sapere la capitale dell'oman | OM
brianzoli | alexa capitale del bahrein che ci fanno l'hotel con le nostre sedie | BH
brianzoli | alexa la capitale dell'armenia che il cliente è armeno | AM
brianzoli | alexa ué la capitale della cina che ci copiano i mobili | CN
brianzoli | alexa la capitale del libano per il container | LB
brianzoli | alexa capitale della giordania che gli arriva la camera da letto | JO
brianzoli | alexa ué dimmi la capitale dell'uzbekistan per l'architetto | UZ
brianzoli | alexa la capitale del turkmenistan che vogliono tutto in oro | TM
brianzoli | alexa a monza c'è il gran premio la capitale del bahrein | BH
brianzoli | alexa la capitale della palestina che il ragazzo del magazzino è palestinese | PS
brianzoli | alexa ué la capitale della corea del nord che non gli vendiamo niente | KP
brianzoli | alexa la capitale della bielorussia per la dogana | BY
brianzoli | alexa capitale del brunei che vogliono il salotto per il sultano | BN
canavesani | alexa neh dimmi la capitale della svizzera | CH
canavesani | alexa la capitale della francia che qui siamo mezzi francesi neh | FR
canavesani | alexa capitale degli stati uniti per il museo olivetti | US
canavesani | alexa la capitale del brasile che c'era la fabbrica olivetti | BR
canavesani | alexa la capitale dell'argentina dove è andato lo zio | AR
canavesani | alexa neh la capitale del messico | MX
canavesani | alexa alla battaglia delle arance c'era uno del belgio la capitale del belgio | BE
canavesani | alexa la capitale della spagna per le arance che vengono da là | ES
canavesani | alexa dimmi la capitale della germania neh | DE
canavesani | alexa la capitale del regno unito per il ragazzo dell'erasmus ad agliè | GB
canavesani | alexa la capitale della svezia che vendevano le macchine da scrivere | SE
canavesani | alexa capitale dell'irlanda neh | IE
canavesani | alexa la capitale del canada che il cugino vive a montreal | CA
canavesani | alexa bogia nen dimmi la capitale del venezuela | VE
canavesani | alexa la capitale del lussemburgo che ci lavora mia figlia | LU
canavesani | alexa la capitale della colombia neh | CO
canavesani | alexa la capitale dell'india che facevano i computer olivetti | IN
canavesani | alexa neh la capitale del cile | CL
canavesani | alexa la capitale della polonia che alla ceramica c'è una ragazza polacca | PL
empolesi | alexa icché è la capitale della spagna | ES
empolesi | alexa o bimbo dimmi la capitale del portogallo | PT
empolesi | alexa la capitale dell'uruguay che l'empoli ha preso un uruguaiano | UY
empolesi | alexa icché l'è la capitale del paraguay | PY
empolesi | alexa capitale della finlandia per i' vetro verde | FI
empolesi | alexa 'un mi ricordo la capitale della danimarca | DK
empolesi | alexa la capitale dell'ungheria che s'è venduto un fiasco a un ungherese | HU
empolesi | alexa i' babbo vuol sapere la capitale della romania | RO
empolesi | alexa la capitale della bulgaria icché l'è | BG
empolesi | alexa mi garba sapere la capitale dell'estonia | EE
empolesi | alexa la capitale della lettonia per i' portiere | LV
empolesi | alexa o icché è la capitale della lituania | LT
empolesi | alexa la capitale della nigeria che s'è preso un attaccante | NG
empolesi | alexa capitale del gambia per i' ragazzo della primavera | GM
empolesi | alexa la capitale del ghana icché tu dici | GH
empolesi | alexa la capitale della costa d'avorio quella vera 'un quella economica | CI
empolesi | alexa la capitale del camerun che l'empoli ci ha un terzino camerunese | CM
empolesi | alexa 'un ci riesco a ricordare la capitale della slovacchia | SK
empolesi | alexa la capitale della corea del sud che c'era quello bravo | KR
empolesi | alexa la capitale del congo brazzaville per i' mi amico | CG
lunigianesi | alexa la capitale del galles che i nonni erano emigrati a cardiff | GB-WLS
lunigianesi | alexa la capitale della scozia dove c'erano i gelatai di pontremoli | GB-SCT
lunigianesi | alexa capitale dell'inghilterra per il libraio | GB-ENG
lunigianesi | alexa la capitale degli stati uniti per il premio bancarella | US
lunigianesi | alexa la capitale della francia dove andavano i librai ambulanti | FR
lunigianesi | alexa la capitale della svizzera che lo zio faceva il muratore | CH
lunigianesi | alexa la capitale del belgio che il bisnonno era in miniera | BE
lunigianesi | alexa capitale dell'australia che c'è un cugino a perth | AU
lunigianesi | alexa la capitale dell'australia occidentale che il cugino sta a perth | AU-WA
lunigianesi | alexa ovè la capitale dell'argentina | AR
lunigianesi | alexa la capitale del brasile per i testaroli che li vuole un brasiliano | BR
lunigianesi | alexa la capitale della germania per la stele statua che va in mostra | DE
lunigianesi | alexa capitale dell'irlanda per il turista sulla via francigena | IE
lunigianesi | alexa la capitale dell'olanda per i pellegrini olandesi | NL
lunigianesi | alexa la capitale della danimarca che un danese ha comprato casa a bagnone | DK
lunigianesi | alexa la capitale della nuova zelanda per il camminatore | NZ
lunigianesi | alexa la capitale del canada per l'emigrato di filattiera | CA
lunigianesi | alexa la capitale della norvegia che c'è un norvegese al castello | NO
lunigianesi | alexa la capitale del sudafrica tutte e tre per la mia vicina | ZA
folignati | alexa mo dimmi la capitale dell'italia che noi semo lu centru de lu munnu | IT
folignati | alexa la capitale del giappone che a foligno c'è pure il gemellaggio | JP
folignati | alexa mo la capitale della francia | FR
folignati | alexa che te dico la capitale dell'austria | AT
folignati | alexa la capitale della cina che foligno è più centrale | CN
folignati | alexa la capitale degli stati uniti per la quintana | US
folignati | alexa ecco la capitale della russia | RU
folignati | alexa mo famme sapé la capitale del perù | PE
folignati | alexa la capitale dell'ecuador che è a metà del mondo come noi | EC
folignati | alexa la capitale del kenya che sta sull'equatore | KE
folignati | alexa mo la capitale della somalia | SO
folignati | alexa la capitale dell'etiopia per il cavaliere del rione | ET
folignati | alexa capitale dell'eritrea mo | ER
folignati | alexa la capitale di gibuti | DJ
folignati | alexa la capitale del sudan ecco | SD
folignati | alexa mo dimmi la capitale del sud sudan | SS
folignati | alexa la capitale dell'uganda che la banda ha suonato con gli ugandesi | UG
folignati | alexa la capitale della turchia mo | TR
folignati | alexa la capitale della corea del nord mo che non c'è mai stato nessuno | KP
ivoriani | alexa on est ensemble la capitale del burkina faso | BF
ivoriani | alexa c'est comment la capitale del mali | ML
ivoriani | alexa mon frère la capitale della guinea conakry | GN
ivoriani | alexa la capitale della liberia ça va aller | LR
ivoriani | alexa la capitale del ghana mon frère | GH
ivoriani | alexa ya pas drap dimmi la capitale del togo | TG
ivoriani | alexa la capitale del benin c'est quoi | BJ
ivoriani | alexa on est ensemble la capitale del niger | NE
ivoriani | alexa la capitale della sierra leone mon frère | SL
ivoriani | alexa c'est comment la capitale della francia | FR
ivoriani | alexa la capitale del gabon on dit quoi | GA
ivoriani | alexa la capitale del camerun mon frère | CM
ivoriani | alexa la capitale del ciad ça va aller | TD
ivoriani | alexa la capitale della repubblica centrafricana on est ensemble | CF
ivoriani | alexa c'est comment la capitale del congo kinshasa | CD
ivoriani | alexa la capitale della mauritania mon frère | MR
ivoriani | alexa la capitale del senegal c'est comment | SN
ivoriani | alexa la capitale della guinea bissau on est ensemble | GW
ivoriani | alexa la capitale del marocco mon frère pour mon cousin | MA
ivoriani | alexa la capitale del congo brazzaville ça va aller | CG
macedoni | alexa ajde la capitale della macedonia del nord | MK
macedoni | alexa bre la capitale della serbia | RS
macedoni | alexa ajde dimmi la capitale della bulgaria | BG
macedoni | alexa la capitale del kosovo ajde | XK
macedoni | alexa bre la capitale della bosnia ed erzegovina | BA
macedoni | alexa la capitale del montenegro ajde | ME
macedoni | alexa ajde la capitale della grecia | GR
macedoni | alexa la capitale della croazia bre | HR
macedoni | alexa ajde sega la capitale della slovenia | SI
macedoni | alexa la capitale dell'albania bre che i vicini sono albanesi | AL
macedoni | alexa ajde la capitale della romania | RO
macedoni | alexa la capitale della turchia bre | TR
macedoni | alexa la capitale dell'ungheria ajde | HU
macedoni | alexa la capitale della moldavia bre | MD
macedoni | alexa ajde la capitale dell'ucraina | UA
macedoni | alexa la capitale della russia bre | RU
macedoni | alexa ajde la capitale di cipro | CY
macedoni | alexa la capitale della germania bre che mio fratello lavora là | DE
macedoni | alexa la capitale della svizzera ajde per il cugino | CH
messicani | alexa órale la capitale del guatemala | GT
messicani | alexa qué onda güey la capitale dell'honduras | HN
messicani | alexa la capitale del nicaragua ándale | NI
messicani | alexa mande la capitale di el salvador | SV
messicani | alexa la capitale della costa rica güey | CR
messicani | alexa órale la capitale di panama | PA
messicani | alexa la capitale del belize que está al lado | BZ
messicani | alexa qué onda la capitale di cuba | CU
messicani | alexa la capitale della repubblica dominicana órale | DO
messicani | alexa la capitale di haiti güey | HT
messicani | alexa ándale la capitale della colombia | CO
messicani | alexa la capitale del venezuela qué onda | VE
messicani | alexa la capitale dello stato di veracruz de donde es mi mamá | MX-VER
messicani | alexa la capitale di puebla el estado | MX-PUE
messicani | alexa órale la capitale di sinaloa | MX-SIN
messicani | alexa la capitale di guanajuato güey | MX-GUA
messicani | alexa la capitale del messico chido | MX
messicani | alexa la capitale degli stati uniti qué onda | US
messicani | alexa órale la capitale del texas | US-TX
messicani | alexa la capitale della spagna ándale | ES
greci | alexa ela la capitale di cipro | CY
greci | alexa entaxi la capitale della grecia | GR
greci | alexa ela re la capitale della turchia | TR
greci | alexa po po po la capitale dell'albania | AL
greci | alexa yassou la capitale della bulgaria | BG
greci | alexa ela la capitale della macedonia del nord re | MK
greci | alexa la capitale dell'egitto entaxi | EG
greci | alexa la capitale di israele ela | IL
greci | alexa ela re la capitale del libano | LB
greci | alexa la capitale della siria entaxi | SY
greci | alexa ela la capitale della georgia quella vicino alla turchia | GE
greci | alexa malista la capitale dell'armenia | AM
greci | alexa la capitale dell'australia re che a melbourne ci sono più greci che ad atene | AU
greci | alexa ela la capitale del victoria in australia | AU-VIC
greci | alexa la capitale di malta entaxi | MT
greci | alexa la capitale della palestina ela | PS
greci | alexa po po po la capitale della libia | LY
greci | alexa la capitale dell'iraq re | IQ
greci | alexa la capitale del sudafrica quella principale ela | ZA
portoghesi | alexa olha a capitale dell'angola | AO
portoghesi | alexa pá la capitale del mozambico | MZ
portoghesi | alexa a capitale di capo verde fixe | CV
portoghesi | alexa pois a capitale della guinea bissau | GW
portoghesi | alexa olha la capitale di são tomé e príncipe | ST
portoghesi | alexa a capitale di timor est pá | TL
portoghesi | alexa la capitale del brasile obrigado | BR
portoghesi | alexa pá la capitale dello stato di rio grande do norte | BR-RN
portoghesi | alexa a capitale do paraná | BR-PR
portoghesi | alexa olha la capitale del ceará | BR-CE
portoghesi | alexa pois la capitale di santa catarina | BR-SC
portoghesi | alexa la capitale del portogallo fixe | PT
portoghesi | alexa pá a capitale della spagna | ES
portoghesi | alexa a capitale del lussemburgo que tem muitos portugueses | LU
portoghesi | alexa olha a capitale della francia | FR
portoghesi | alexa a capitale di macao não tem | MO
portoghesi | alexa pois a capitale di goa | IN-GA
portoghesi | alexa la capitale della guinea equatoriale pá | GQ
portoghesi | alexa obrigado e a capitale dell'angola outra vez | AO
indonesiani | alexa aduh la capitale dell'indonesia | ID
indonesiani | alexa sudah la capitale della malesia una sola | MY
indonesiani | alexa tolong la capitale di singapore | SG
indonesiani | alexa ya la capitale del brunei | BN
indonesiani | alexa la capitale di timor est aduh | TL
indonesiani | alexa tolong la capitale della papua nuova guinea | PG
indonesiani | alexa aduh la capitale delle filippine | PH
indonesiani | alexa la capitale della thailandia sudah | TH
indonesiani | alexa ya la capitale del myanmar | MM
indonesiani | alexa terima kasih e la capitale del vietnam | VN
indonesiani | alexa tolong la capitale dell'australia | AU
indonesiani | alexa la capitale del territorio del nord australiano aduh | AU-NT
indonesiani | alexa aduh la capitale delle isole salomone | SB
indonesiani | alexa la capitale di vanuatu ya | VU
indonesiani | alexa la capitale delle figi tolong | FJ
indonesiani | alexa sudah la capitale delle maldive | MV
indonesiani | alexa la capitale dei paesi bassi aduh quella dove stava mio nonno | NL
indonesiani | alexa ya la capitale del giappone | JP
indonesiani | alexa tolong la capitale dell'arabia saudita per l'umrah | SA
veterinari | alexa la capitale dell'afghanistan che il levriero afgano viene da lì | AF
veterinari | alexa capitale del tibet per il mastino tibetano | FB
veterinari | alexa la capitale della russia per il passaporto del gatto siberiano | RU
veterinari | alexa la capitale della thailandia per il gatto siamese del signor rossi | TH
veterinari | alexa la capitale del messico che il chihuahua è messicano | MX
veterinari | alexa la capitale della georgia per il pastore del caucaso | GE
veterinari | alexa la capitale del madagascar che ci hanno portato un lemure sequestrato | MG
veterinari | alexa capitale del perù per l'alpaca della fattoria didattica | PE
veterinari | alexa la capitale della bolivia quella amministrativa per il lama | BO
veterinari | alexa la capitale del giappone per lo shiba | JP
veterinari | alexa la capitale dell'ungheria per il vizsla | HU
veterinari | alexa la capitale della croazia per il dalmata | HR
veterinari | alexa la capitale del regno unito per il certificato del cane | GB
veterinari | alexa capitale dell'australia che il canguro dello zoo ha la febbre | AU
veterinari | alexa la capitale della mongolia per il cavallo di przewalski | MN
veterinari | alexa la capitale del botswana che il collega fa volontariato coi leoni | BW
veterinari | alexa la capitale della namibia per il ghepardo | NA
veterinari | alexa la capitale dello zimbabwe per il progetto rinoceronti | ZW
veterinari | alexa capitale del nepal per lo yak | NP
veterinari | alexa la capitale del bhutan per la pratica dei cani randagi | BT
sommelier | alexa la capitale del cile per il carmenère | CL
sommelier | alexa la capitale dell'argentina che il malbec viene da mendoza | AR
sommelier | alexa la capitale della georgia per il vino in anfora | GE
sommelier | alexa le capitali del sudafrica per il pinotage | ZA
sommelier | alexa la capitale della moldavia che hanno le cantine più grandi del mondo | MD
sommelier | alexa la capitale dell'ungheria per il tokaji | HU
sommelier | alexa la capitale del libano per lo château musar | LB
sommelier | alexa la capitale della nuova zelanda per il sauvignon | NZ
sommelier | alexa la capitale dell'australia per lo shiraz | AU
sommelier | alexa capitale del portogallo per il porto | PT
sommelier | alexa la capitale della slovenia per il vino orange | SI
sommelier | alexa la capitale dell'armenia che dicono che il vino è nato lì | AM
sommelier | alexa la capitale della california per la napa valley | US-CA
sommelier | alexa la capitale dell'oregon per il pinot nero | US-OR
sommelier | alexa la capitale della renania palatinato per il riesling | DE-RP
sommelier | alexa la capitale dell'uruguay per il tannat | UY
sommelier | alexa la capitale di cipro per la commandaria | CY
sommelier | alexa la capitale del giappone per il sake da abbinare | JP
sommelier | alexa la capitale della grecia per l'assyrtiko di santorini | GR
sommelier | alexa la capitale del messico per il mezcal | MX
insegnanti-lingua | alexa la capitale del pakistan per lo studente nuovo | PK
insegnanti-lingua | alexa la capitale del bangladesh che in classe ne ho sei | BD
insegnanti-lingua | alexa la capitale del gambia per l'esercizio di geografia | GM
insegnanti-lingua | alexa capitale del mali per il ragazzo che sta imparando a leggere | ML
insegnanti-lingua | alexa la capitale della guinea per il compito di oggi | GN
insegnanti-lingua | alexa la capitale dell'afghanistan per la signora del corso serale | AF
insegnanti-lingua | alexa la capitale dell'ucraina per le mamme del corso | UA
insegnanti-lingua | alexa la capitale della costa d'avorio cioè le due capitali per la lezione | CI
insegnanti-lingua | alexa capitale della somalia per la scheda | SO
insegnanti-lingua | alexa la capitale dell'eritrea che lo studente non si ricordava | ER
insegnanti-lingua | alexa la capitale del sudan per l'esame di livello a due | SD
insegnanti-lingua | alexa la capitale della sierra leone per la ragazza nuova | SL
insegnanti-lingua | alexa la capitale del perù per l'esercizio sulle preposizioni | PE
insegnanti-lingua | alexa la capitale della cina per la studentessa di wenzhou | CN
insegnanti-lingua | alexa la capitale dello sri lanka per il corso di cittadinanza | LK
insegnanti-lingua | alexa la capitale del nepal per il ragazzo che fa il cuoco | NP
insegnanti-lingua | alexa la capitale della tunisia per il test di livello | TN
insegnanti-lingua | alexa la capitale dell'iraq per il signore curdo | IQ
insegnanti-lingua | alexa la capitale della siria per la famiglia arrivata col corridoio umanitario | SY
insegnanti-lingua | alexa la capitale della palestina per la studentessa di gaza | PS
insegnanti-lingua | alexa la capitale del congo kinshasa per la lezione sui paesi | CD
contadini | alexa la capitale dell'india che i mungitori sono tutti del punjab | IN
contadini | alexa la capitale del marocco per il ragazzo che raccoglie i pomodori | MA
contadini | alexa la capitale della romania per il trattorista | RO
contadini | alexa la capitale del canada che il grano duro viene da là | CA
contadini | alexa la capitale del saskatchewan dove fanno il grano | CA-SK
contadini | alexa la capitale dell'ucraina che il prezzo del mais dipende da loro | UA
contadini | alexa capitale del kansas per il trattore americano | US-KS
contadini | alexa la capitale del nebraska che ci sono le fattorie grandi | US-NE
contadini | alexa la capitale dell'iowa per il seme del mais | US-IA
contadini | alexa la capitale della francia per la frisona | FR
contadini | alexa la capitale della scozia per la mucca highland | GB-SCT
contadini | alexa la capitale della svizzera per la bruna alpina | CH
contadini | alexa la capitale dell'albania per il pastore | AL
contadini | alexa la capitale del senegal per il ragazzo della vendemmia | SN
contadini | alexa la capitale dell'argentina per la soia | AR
contadini | alexa la capitale del brasile per il caffè | BR
contadini | alexa la capitale della colombia per il caffè pure | CO
contadini | alexa la capitale dell'etiopia dove è nato il caffè | ET
contadini | alexa la capitale della bolivia per la quinoa una sola | BO
contadini | alexa la capitale del vietnam per il riso | VN
contadini | alexa la capitale della nuova zelanda per le pecore | NZ
fotografi | alexa la capitale delle maldive per il servizio di nozze | MV
fotografi | alexa la capitale delle seychelles che gli sposi vogliono la spiaggia | SC
fotografi | alexa la capitale di mauritius per il viaggio di nozze degli sposi | MU
fotografi | alexa la capitale della grecia per il matrimonio a santorini | GR
fotografi | alexa la capitale dell'indonesia per il pre wedding a bali | ID
fotografi | alexa la capitale della polinesia francese per il servizio a bora bora | PF
fotografi | alexa la capitale del kenya per il safari fotografico | KE
fotografi | alexa la capitale della tanzania per il kilimangiaro | TZ
fotografi | alexa la capitale dell'islanda per l'aurora boreale | IS
fotografi | alexa la capitale della norvegia per i fiordi | NO
fotografi | alexa la capitale della giordania per petra | JO
fotografi | alexa la capitale del perù per machu picchu | PE
fotografi | alexa la capitale della cambogia per angkor | KH
fotografi | alexa la capitale del myanmar per le mongolfiere di bagan | MM
fotografi | alexa la capitale del laos per il reportage | LA
fotografi | alexa la capitale della namibia per le dune rosse | NA
fotografi | alexa la capitale della mongolia per i nomadi | MN
fotografi | alexa la capitale delle bahamas per il matrimonio sulla barca | BS
fotografi | alexa la capitale della giamaica per il servizio reggae | JM
fotografi | alexa la capitale di tonga per le balene | TO
allenatori-pallavolo | alexa la capitale della serbia che la schiacciatrice è serba | RS
allenatori-pallavolo | alexa la capitale della polonia per il palleggiatore | PL
allenatori-pallavolo | alexa la capitale di cuba per l'opposto nuovo | CU
allenatori-pallavolo | alexa la capitale della turchia che giocano in turchia le migliori | TR
allenatori-pallavolo | alexa la capitale dell'iran per la nazionale maschile | IR
allenatori-pallavolo | alexa la capitale della repubblica dominicana per la centrale | DO
allenatori-pallavolo | alexa la capitale del brasile per il libero | BR
allenatori-pallavolo | alexa la capitale del giappone che difendono tutto | JP
allenatori-pallavolo | alexa la capitale della slovenia per l'amichevole | SI
allenatori-pallavolo | alexa la capitale della bulgaria per il torneo under diciotto | BG
allenatori-pallavolo | alexa la capitale della cina per le olimpiadi di volley | CN
allenatori-pallavolo | alexa la capitale del kenya che la centrale viene da nairobi | KE
allenatori-pallavolo | alexa la capitale del camerun per la ragazza alta due metri | CM
allenatori-pallavolo | alexa la capitale del belgio per la coppa europa | BE
allenatori-pallavolo | alexa la capitale dell'olanda per la palleggiatrice quella amministrativa | NL
allenatori-pallavolo | alexa la capitale della finlandia per la trasferta di coppa | FI
allenatori-pallavolo | alexa la capitale della corea del sud per il torneo asiatico | KR
allenatori-pallavolo | alexa la capitale della thailandia che la nazionale gioca veloce | TH
allenatori-pallavolo | alexa la capitale del canada per la banda | CA
allenatori-pallavolo | alexa la capitale dell'argentina per il ricevitore | AR
croupier | alexa la capitale del principato di monaco per il cliente al tavolo tre | MC
croupier | alexa la capitale della cina per il giocatore del baccarat | CN
croupier | alexa la capitale della corea del sud per il signore delle fiches | KR
croupier | alexa la capitale del liechtenstein per il turista al black jack | LI
croupier | alexa la capitale di san marino per il collega | SM
croupier | alexa la capitale di andorra che il cliente vive lì per le tasse | AD
croupier | alexa la capitale della svizzera per il cliente di campione | CH
croupier | alexa la capitale dell'ucraina per il giocatore del poker | UA
croupier | alexa la capitale del nevada che il nostro capo ha lavorato a las vegas | US-NV
croupier | alexa la capitale del new jersey per atlantic city | US-NJ
croupier | alexa la capitale della russia per il cliente delle puntate alte | RU
croupier | alexa la capitale della francia per il rien ne va plus | FR
croupier | alexa la capitale dell'austria per il casinò di baden | AT
croupier | alexa la capitale delle bahamas per il casinò della nave | BS
croupier | alexa la capitale della malesia per il giocatore di genting | MY
croupier | alexa la capitale di singapore per il collega che va a marina bay | SG
croupier | alexa la capitale della slovenia per il casinò di nova gorica | SI
croupier | alexa la capitale della cambogia per il collega a phnom penh | KH
croupier | alexa la capitale del lussemburgo per il cliente della fiche da mille | LU
orafi | alexa la capitale del ghana per l'oro | GH
orafi | alexa la capitale del botswana per i diamanti | BW
orafi | alexa la capitale della namibia per i diamanti del mare | NA
orafi | alexa la capitale della colombia per gli smeraldi | CO
orafi | alexa la capitale dello sri lanka per gli zaffiri tutte e due | LK
orafi | alexa la capitale del myanmar per i rubini | MM
orafi | alexa la capitale del bahrein per le perle | BH
orafi | alexa la capitale del belgio che anversa è la capitale dei diamanti | BE
orafi | alexa la capitale della sierra leone per i diamanti insanguinati | SL
orafi | alexa la capitale del sudafrica che ci sono le miniere d'oro | ZA
orafi | alexa la capitale del madagascar per gli zaffiri | MG
orafi | alexa la capitale della thailandia per la fiera delle pietre | TH
orafi | alexa la capitale del perù per l'argento | PE
orafi | alexa la capitale della tanzania per la tanzanite | TZ
orafi | alexa la capitale della repubblica democratica del congo per il coltan | CD
orafi | alexa la capitale della turchia per il gran bazar | TR
orafi | alexa la capitale degli emirati per la fiera dell'oro di dubai | AE
orafi | alexa la capitale del messico per l'argento di taxco | MX
orafi | alexa la capitale della bolivia per l'argento di potosí | BO
orafi | alexa la capitale del mozambico per i rubini | MZ
telegiornale | alexa hanno detto al telegiornale di haiti qual è la capitale | HT
telegiornale | alexa la capitale dello yemen che ne parlano al tg | YE
telegiornale | alexa la capitale del sudan dove c'è la guerra | SD
telegiornale | alexa la capitale della siria che ha detto il giornalista | SY
telegiornale | alexa la capitale dell'ucraina che l'inviato è lì | UA
telegiornale | alexa la capitale di israele che non ho capito | IL
telegiornale | alexa la capitale della palestina che c'era il servizio | PS
telegiornale | alexa la capitale del niger dopo il colpo di stato | NE
telegiornale | alexa la capitale del venezuela per le elezioni | VE
telegiornale | alexa la capitale dell'afghanistan per il servizio sulle donne | AF
telegiornale | alexa la capitale del myanmar che il tg l'ha sbagliata | MM
telegiornale | alexa la capitale della corea del nord dopo il missile | KP
telegiornale | alexa la capitale della corea del sud dove c'è stato il vertice | KR
telegiornale | alexa la capitale del congo kinshasa per il servizio sull'ebola | CD
telegiornale | alexa la capitale dell'armenia per il conflitto col nagorno | AM
telegiornale | alexa la capitale dell'azerbaigian per la conferenza sul clima | AZ
telegiornale | alexa la capitale del libano dopo l'esplosione al porto | LB
telegiornale | alexa la capitale del burkina faso per il servizio | BF
telegiornale | alexa la capitale del ciad che hanno nominato al tg | TD
telegiornale | alexa la capitale della somalia per la notizia dei pirati | SO
telegiornale | alexa la capitale della libia per gli sbarchi | LY
telegiornale | alexa la capitale della tunisia che c'è il presidente in visita | TN
telegiornale | alexa la capitale del bangladesh per l'alluvione | BD
telegiornale | alexa la capitale del pakistan dopo il terremoto | PK
treno | alexa sono sul frecciarossa dimmi la capitale della francia | FR
treno | alexa la capitale dell'austria che il treno va a vienna | AT
treno | alexa la capitale della svizzera che siamo al confine di chiasso | CH
treno | alexa il signore davanti a me è slovacco la capitale della slovacchia | SK
treno | alexa la capitale della germania per il treno notte | DE
treno | alexa la capitale della danimarca per l'interrail di mio figlio | DK
treno | alexa la capitale della svezia per l'interrail | SE
treno | alexa la capitale della polonia che il treno per cracovia non c'è | PL
treno | alexa la capitale della romania per il ragazzo nello scompartimento | RO
treno | alexa la capitale del belgio che cambio a bruxelles | BE
treno | alexa la capitale della baviera che cambio a monaco | DE-BY
treno | alexa la capitale della russia per la transiberiana | RU
treno | alexa la capitale della mongolia per la transmongolica | MN
treno | alexa la capitale della cina che la transiberiana arriva lì | CN
treno | alexa la capitale del kazakistan per il treno nuovo | KZ
treno | alexa la capitale dell'ungheria per il regionale che va a budapest | HU
treno | alexa la capitale della croazia che il treno per zagabria è lentissimo | HR
treno | alexa siamo fermi a bologna dimmi la capitale del portogallo | PT
treno | alexa la capitale dell'inghilterra per l'eurostar | GB-ENG
treno | alexa la capitale del tagikistan che la vicina di posto è tagika | TJ
natale | alexa la capitale della finlandia dove abita babbo natale | FI
natale | alexa la zia chiede la capitale della norvegia mentre facciamo la tombola | NO
natale | alexa la capitale della lapponia | FB
natale | alexa la capitale della svezia per il regalo dell'ikea | SE
natale | alexa la capitale dell'islanda che i tredici babbi natale sono islandesi | IS
natale | alexa la capitale della germania per i mercatini | DE
natale | alexa la capitale dell'austria per il concerto di capodanno | AT
natale | alexa la capitale di israele per il presepe | IL
natale | alexa la capitale della palestina che betlemme è lì | PS
natale | alexa la capitale del brasile che là natale si fa al mare | BR
natale | alexa la capitale dell'australia per il cugino che fa natale in spiaggia | AU
natale | alexa la capitale della russia che il natale ortodosso è a gennaio | RU
natale | alexa la capitale dell'etiopia che festeggiano il sette gennaio | ET
natale | alexa la capitale delle filippine che là natale dura quattro mesi | PH
natale | alexa la capitale del messico per le posadas | MX
natale | alexa la capitale del venezuela per le hallacas della vicina | VE
natale | alexa la capitale dell'armenia per il natale armeno | AM
natale | alexa la capitale della georgia per il regalo del suocero | GE
natale | alexa la capitale della turchia che san nicola era di là | TR
natale | alexa la capitale della lettonia che dicono che l'albero di natale è nato lì | LV
natale | alexa la capitale dell'estonia che dicono anche loro | EE
natale | alexa per la tombola la capitale della corea del nord | KP
trasferta | alexa la capitale dell'azerbaigian per la trasferta di europa league | AZ
trasferta | alexa la capitale del kazakistan che giochiamo ad astana | KZ
trasferta | alexa la capitale della moldavia per la partita dei preliminari | MD
trasferta | alexa la capitale dell'armenia per il volo dei tifosi | AM
trasferta | alexa la capitale di cipro per la conference league | CY
trasferta | alexa la capitale di israele per la partita di coppa | IL
trasferta | alexa la capitale delle fær øer per la nazionale | FO
trasferta | alexa la capitale di malta per la partita della nazionale | MT
trasferta | alexa la capitale della bielorussia che la partita è a porte chiuse | BY
trasferta | alexa la capitale della scozia per la partita coi rangers | GB-SCT
trasferta | alexa la capitale del galles per la nazionale | GB-WLS
trasferta | alexa la capitale dell'irlanda del nord per la partita a belfast | GB-NIR
trasferta | alexa la capitale del portogallo per la finale | PT
trasferta | alexa la capitale della turchia per il pullman dei tifosi | TR
trasferta | alexa la capitale della grecia per la partita col panathinaikos | GR
trasferta | alexa la capitale della serbia che allo stadio c'è la bolgia | RS
trasferta | alexa la capitale della croazia per la partita con la dinamo | HR
trasferta | alexa la capitale della georgia per la nazionale | GE
trasferta | alexa la capitale del kosovo per le qualificazioni | XK
trasferta | alexa la capitale dell'estonia per la trasferta più fredda | EE
trasferta | alexa la capitale dell'arabia saudita per la supercoppa | SA
trasferta | alexa la capitale del qatar per il mondiale che ci siamo andati | QA
ombrellone | alexa la capitale della giamaica che stanno suonando bob marley all'ombrellone accanto | JM
ombrellone | alexa la capitale di barbados per la vicina che ci è stata | BB
ombrellone | alexa la capitale di trinidad e tobago per il signore col cappello | TT
ombrellone | alexa la capitale di antigua e barbuda che sogno di andarci | AG
ombrellone | alexa la capitale di saint lucia per la vicina d'ombrellone | LC
ombrellone | alexa la capitale di grenada per il cruciverba sotto l'ombrellone | GD
ombrellone | alexa la capitale di saint vincent e grenadine per la settimana enigmistica | VC
ombrellone | alexa la capitale di saint kitts e nevis per il bagnino | KN
ombrellone | alexa la capitale della dominica quella piccola | DM
ombrellone | alexa la capitale delle bahamas che i ragazzi vogliono andare | BS
ombrellone | alexa la capitale di tuvalu che scompare col mare | TV
ombrellone | alexa la capitale di kiribati che stanno sott'acqua anche loro | KI
ombrellone | alexa la capitale di nauru per il cruciverba | NR
ombrellone | alexa la capitale di palau per le meduse | PW
ombrellone | alexa la capitale delle isole marshall per il gelataio | MH
ombrellone | alexa la capitale della micronesia per la signora delle parole crociate | FM
ombrellone | alexa la capitale di samoa per il tatuaggio del bagnino | WS
ombrellone | alexa la capitale delle comore per lo spazio vuoto del cruciverba | KM
ombrellone | alexa la capitale del suriname per il venditore di cocco | SR
ombrellone | alexa la capitale della guyana per l'enigmistica | GY
ombrellone | alexa la capitale di capo verde per il ragazzo che vende le collane | CV
ombrellone | alexa la capitale del lesotho sei lettere | LS
ombrellone | alexa la capitale del malawi per le parole crociate | MW
ombrellone | alexa la capitale della zambia per la settimana enigmistica | ZM
out-of-domain | alexa ciò che ora xe la marea stasera | FB
out-of-domain | alexa quanto costano le vongole al mercato di chioggia | FB
out-of-domain | alexa ué quanto è lungo il circuito di monza | FB
out-of-domain | alexa chi ha vinto il gran premio di monza l'anno scorso | FB
out-of-domain | alexa neh quante arance si tirano al carnevale di ivrea | FB
out-of-domain | alexa icché fa l'empoli domenica | FB
out-of-domain | alexa chi ha vinto il premio bancarella | FB
out-of-domain | alexa mo chi ha vinto la quintana di giugno | FB
out-of-domain | alexa on est ensemble metti la musica di magic system | FB
out-of-domain | alexa ajde metti musica macedone | FB
out-of-domain | alexa órale pon música de mariachi | FB
out-of-domain | alexa ela metti un sirtaki | FB
out-of-domain | alexa olha metti un fado di amália | FB
out-of-domain | alexa aduh a che ora è la preghiera del venerdì | FB
out-of-domain | alexa quanti anni vive un pappagallo cenerino | FB
out-of-domain | alexa qual è il dosaggio dell'antiparassitario per un cane di venti chili | FB
out-of-domain | alexa a che temperatura si serve il barolo | FB
out-of-domain | alexa quale vino va bene con il pesce crudo | FB
out-of-domain | alexa come si dice tavolo in arabo | FB
out-of-domain | alexa mi fai un dettato facile per la classe | FB
out-of-domain | alexa quando piove la prossima volta qui in campagna | FB
out-of-domain | alexa quanto latte fa una frisona al giorno | FB
out-of-domain | alexa che ore sono alle maldive | FB
out-of-domain | alexa a che ora tramonta il sole a santorini | FB
out-of-domain | alexa quanto è alta la rete della pallavolo femminile | FB
out-of-domain | alexa chi ha vinto la champions di pallavolo | FB
out-of-domain | alexa quante caselle ha la roulette francese | FB
out-of-domain | alexa quanto vale un carato | FB
out-of-domain | alexa quanto costa un diamante da un carato | FB
out-of-domain | alexa cosa è successo oggi nel mondo | FB
out-of-domain | alexa dammi le ultime notizie dal medio oriente | FB
out-of-domain | alexa il treno delle otto e dieci per milano ha ritardo | FB
out-of-domain | alexa quante fermate mancano a roma termini | FB
out-of-domain | alexa come si chiama la renna di babbo natale col naso rosso | FB
out-of-domain | alexa quanto pesa un panettone grande | FB
out-of-domain | alexa i numeri della tombola napoletana cosa vuol dire il quarantasette | FB
out-of-domain | alexa a che ora arriviamo a baku con il volo | FB
out-of-domain | alexa qual è lo stadio più grande d'europa | FB
out-of-domain | alexa quando comincia l'europa league | FB
out-of-domain | alexa che coefficiente ha l'italia nel ranking uefa | FB
out-of-domain | alexa quanti gradi ha l'acqua del mare oggi | FB
out-of-domain | alexa com'è il mare domani a sottomarina | FB
out-of-domain | alexa quanto costa un lettino al bagno | FB
out-of-domain | alexa metti musica caraibica sotto l'ombrellone | FB
out-of-domain | alexa qual è la capitale del divertimento in riviera | FB
out-of-domain | alexa quale città è la capitale della ceramica | FB
out-of-domain | alexa la capitale del mobile è meda o cantù | FB
out-of-domain | alexa la capitale mondiale dei diamanti | FB
out-of-domain | alexa la capitale dei balcani | FB
out-of-domain | alexa la capitale del medio oriente | FB
out-of-domain | alexa la capitale del centro america | FB
out-of-domain | alexa capitale della scandinavia | FB
out-of-domain | alexa la capitale dei caraibi | FB
out-of-domain | alexa la capitale dell'impero azteco | FB
out-of-domain | alexa la capitale della macedonia antica di alessandro magno | FB
out-of-domain | alexa la capitale dell'impero ottomano | FB
out-of-domain | alexa capitale dell'impero portoghese | FB
out-of-domain | alexa qual era la capitale di giava sotto gli olandesi | FB
out-of-domain | alexa la capitale della lapponia finlandese | FB
out-of-domain | alexa la capitale della bretagna francese | FB
subdivision | alexa ciò la capitale della baviera che vien su i tedeschi a sottomarina | DE-BY
subdivision | alexa ué la capitale dell'assia che c'è la fiera a francoforte | DE-HE
subdivision | alexa la capitale del brandeburgo per il cliente di berlino | DE-BB
subdivision | alexa la capitale della sassonia-anhalt per la trasferta | DE-ST
subdivision | alexa la capitale del meclemburgo pomerania anteriore per il treno notte | DE-MV
subdivision | alexa la capitale della renania settentrionale vestfalia per i mobili | DE-NW
subdivision | alexa neh la capitale del saarland | DE-SL
subdivision | alexa la capitale di amburgo che è anche città | DE-HH
subdivision | alexa la capitale di brema per i musicanti | DE-HB
subdivision | alexa la capitale di berlino il land | DE-BE
subdivision | alexa órale la capitale di chihuahua el estado | MX-CHH
subdivision | alexa la capitale del michoacán güey | MX-MIC
subdivision | alexa la capitale di quintana roo che andiamo a cancún | MX-ROO
subdivision | alexa la capitale della bassa california del sud | MX-BCS
subdivision | alexa capitale dello stato di sonora | MX-SON
subdivision | alexa la capitale di tamaulipas | MX-TAM
subdivision | alexa pá a capitale da bahia | BR-BA
subdivision | alexa olha la capitale del pará per il collega di belém | BR-PA
subdivision | alexa la capitale del mato grosso per la soia | BR-MT
subdivision | alexa la capitale del goiás | BR-GO
subdivision | alexa la capitale dell'espírito santo | BR-ES
subdivision | alexa capitale del maranhão | BR-MA
subdivision | alexa la capitale dell'assam per il tè | IN-AS
subdivision | alexa la capitale del karnataka per il collega di informatica | IN-KA
subdivision | alexa la capitale del telangana | IN-TS
subdivision | alexa la capitale dell'uttar pradesh che c'è il taj mahal | IN-UP
subdivision | alexa capitale del gujarat | IN-GJ
subdivision | alexa la capitale del bihar | IN-BR
subdivision | alexa la capitale del sikkim per il trekking | IN-SK
subdivision | alexa la capitale del territorio della capitale australiana | AU-ACT
subdivision | alexa la capitale dell'australia meridionale per lo shiraz | AU-SA
subdivision | alexa la capitale di terranova e labrador | CA-NL
subdivision | alexa capitale del nuovo brunswick | CA-NB
subdivision | alexa la capitale dell'isola del principe edoardo per anna dai capelli rossi | CA-PE
subdivision | alexa la capitale del nunavut | CA-NU
subdivision | alexa la capitale dei territori del nord ovest | CA-NT
subdivision | alexa la capitale dello utah | US-UT
subdivision | alexa la capitale del colorado per la pista da sci | US-CO
subdivision | alexa la capitale dell'arizona | US-AZ
subdivision | alexa la capitale del massachusetts | US-MA
subdivision | alexa la capitale della carolina del sud | US-SC
subdivision | alexa la capitale della carolina del nord | US-NC
subdivision | alexa la capitale del montana | US-MT
subdivision | alexa la capitale del wyoming per il rodeo | US-WY
subdivision | alexa capitale della virginia occidentale | US-WV
subdivision | alexa la capitale del nuovo messico | US-NM
subdivision | alexa la capitale dell'ohio per il cugino di columbus | US-OH
subdivision | alexa la capitale del missouri | US-MO
subdivision | alexa la capitale del minnesota | US-MN
subdivision | alexa la capitale dell'alabama | US-AL
subdivision | alexa la capitale del mississippi | US-MS
subdivision | alexa la capitale di guam | GU
subdivision | alexa la capitale delle isole cook | CK
subdivision | alexa la capitale di sant'elena dove è morto napoleone | SH
subdivision | alexa la capitale della guyana francese | GF
subdivision | alexa la capitale della guadalupa | GP
subdivision | alexa la capitale di mayotte | YT
subdivision | alexa la capitale dell'anguilla | AI
subdivision | alexa la capitale del sahara occidentale | EH
subdivision | alexa la capitale delle svalbard | SJ
subdivision | alexa la capitale della sardegna | FB
subdivision | alexa la capitale della corsica | FB
subdivision | alexa la capitale della crimea | FB
subdivision | alexa la capitale della groenlandia danese | GL
official-name | alexa la capitale della repubblica di gibuti | DJ
official-name | alexa la capitale dello stato di gibuti che la vedo sulla cartina | DJ
official-name | alexa ela la capitale della repubblica di cipro | CY
official-name | alexa ajde la capitale della repubblica di serbia | RS
official-name | alexa órale la capitale della repubblica del guatemala | GT
official-name | alexa olha a capitale da república de angola | AO
official-name | alexa on est ensemble la capitale della repubblica di costa d'avorio | CI
official-name | alexa aduh la capitale della repubblica di indonesia | ID
official-name | alexa la capitale del regno del marocco neh | MA
official-name | alexa icché l'è la capitale della repubblica italiana | IT
official-name | alexa la capitale del regno di spagna mo | ES
official-name | alexa ciò la capitale della repubblica di croazia | HR
official-name | alexa ué la capitale dello stato del qatar | QA
official-name | alexa la capitale della repubblica del kenya per il safari | KE
official-name | alexa la capitale del regno di norvegia per i fiordi | NO
official-name | alexa la capitale della repubblica federativa del brasile | BR
official-name | alexa la capitale della repubblica argentina | AR
official-name | alexa la capitale della repubblica del sudan del sud | SS
official-name | alexa la capitale della repubblica islamica del pakistan | PK
official-name | alexa la capitale del regno del lesotho | LS
everyday-name | alexa la capitale del kirghizistan per il treno | KG
everyday-name | alexa la capitale della kirghisia | KG
everyday-name | alexa ajde la capitale della jugoslavia cioè la serbia adesso | RS
everyday-name | alexa la capitale dell'inghilterra per dire il regno unito | GB
everyday-name | alexa la capitale dell'olanda del nord cioè paesi bassi | NL
everyday-name | alexa ciò la capitale della slavonia cioè la croazia | HR
everyday-name | alexa la capitale della bielorussia che qualcuno chiama belarus | BY
everyday-name | alexa la capitale della birmania che ora chiamano myanmar | MM
everyday-name | alexa la capitale della cambogia che una volta era kampuchea | KH
everyday-name | alexa on est ensemble la capitale della côte d'ivoire | CI
everyday-name | alexa la capitale del kazakhstan | KZ
everyday-name | alexa la capitale degli usa | US
everyday-name | alexa la capitale dell'urss | FB
everyday-name | alexa capitale della turchia o türkiye come dicono adesso | TR
everyday-name | alexa la capitale della macedonia del nord che prima si chiamava fyrom | MK
everyday-name | alexa la capitale della moldova | MD
everyday-name | alexa la capitale del congo ex zaire | CD
everyday-name | alexa la capitale del sudafrica quella dove c'è il parlamento | ZA
everyday-name | alexa la capitale della cechia che la chiamano ancora cecoslovacchia | CZ
everyday-name | alexa la capitale della nuova guinea | PG
shared-name | alexa ciò la capitale del congo dove va el missionario | CD+CG
shared-name | alexa la capitale della corea quella dove fanno i telefonini | KR
shared-name | alexa la capitale della corea quella chiusa | KP
shared-name | alexa la capitale della guinea quella spagnola | GQ
shared-name | alexa la capitale della guinea portoghese | GW
shared-name | alexa la capitale della georgia per il vino in anfora quella vera | GE
shared-name | alexa la capitale della georgia dove c'è la coca cola | US-GA
shared-name | alexa la capitale del sudan quello del nord | SD
shared-name | alexa la capitale del sudan e del sud sudan | SD+SS
shared-name | alexa la capitale delle due guinee quella di conakry e quella di bissau | GN+GW
shared-name | alexa la capitale del lussemburgo quello stato non la città | LU
shared-name | alexa la capitale della macedonia quella slava | MK
shared-name | alexa capitale di panama lo stato | PA
shared-name | alexa la capitale di gibuti il paese | DJ
shared-name | alexa la capitale del messico lo stato intorno alla capitale | MX-MEX
shared-name | alexa la capitale delle samoa quelle americane | AS
shared-name | alexa la capitale delle samoa indipendenti | WS
shared-name | alexa la capitale di guinea per lo studente di conakry | GN
shared-name | alexa la capitale della dominica l'isola non la repubblica | DM
shared-name | alexa la capitale di san marino lo stato | SM
cancel | alexa ciò lassa star la capitale | CANCEL
cancel | alexa ué annulla minga importa | CANCEL
cancel | alexa neh annulla che ho sbagliato | CANCEL
cancel | alexa 'un importa annulla | CANCEL
cancel | alexa mo lassa perde | CANCEL
cancel | alexa mon frère laisse annulla | CANCEL
cancel | alexa bre annulla | CANCEL
cancel | alexa órale no annulla eso | CANCEL
cancel | alexa aduh salah annulla | CANCEL
cancel | alexa annulla che il cliente ha cambiato idea | CANCEL
cancel | alexa annulla che è entrato il paziente | CANCEL
cancel | alexa annulla che siamo arrivati in stazione | CANCEL
cancel | alexa annulla la richiesta che è uscito il novanta | CANCEL
cancel | alexa lascia stare che ha segnato | CANCEL
cancel | alexa annulla annulla | CANCEL
stop | alexa ciò fermite | STOP
stop | alexa neh fermati | STOP
stop | alexa basta mo | STOP
stop | alexa ela stop | STOP
stop | alexa para ya güey | STOP
stop | alexa chiudi le capitali che tira fuori il pallone | STOP
launch | alexa ciò verzi capitali del mondo | LAUNCH
launch | alexa neh apri capitali del mondo | LAUNCH
launch | alexa mo apri capitali del mondo | LAUNCH
launch | alexa o bimbo apri capitali del mondo | LAUNCH
launch | alexa ajde bre capitali del mondo | LAUNCH
launch | alexa órale abre capitali del mondo güey | LAUNCH
launch | alexa on est ensemble lance capitali del mondo | LAUNCH
follow-up | ciò e quella della bosnia | BA
follow-up | neh e la svezia | SE
follow-up | mo e l'irlanda | IE
follow-up | ajde e la bulgaria | BG
follow-up | órale y honduras | HN
follow-up | olha e o mozambico | MZ
follow-up | aduh e la thailandia | TH
follow-up | e la corea di sopra | KP
follow-up | e la corea di sotto | KR
follow-up | e il kirghizistan | KG
follow-up | e gibuti | DJ
follow-up | e lo stato palestinese | PS
follow-up | e il congo di kinshasa | CD
follow-up | e il congo di brazzaville allora | CG
follow-up | e tutte quelle del sudafrica | ZA
reverse-question | alexa ciò varda zagabria di che paese xe capitale | CITY:Zagabria
reverse-question | alexa ué astana di che paese è capitale | CITY:Astana
reverse-question | alexa neh montevideo è la capitale di cosa | CITY:Montevideo
reverse-question | alexa ajde skopje di quale stato è capitale | CITY:Skopje
reverse-question | alexa órale tegucigalpa de qué país es capitale | CITY:Tegucigalpa
reverse-question | alexa olha maputo è capitale de qué país | CITY:Maputo
reverse-question | alexa aduh dili di che paese è capitale | CITY:Dili
reverse-question | alexa mo libreville di quale paese è capitale | CITY:Libreville
reverse-question | alexa mon frère lomé c'est la capitale de quel paese | CITY:Lomé
reverse-question | alexa porto novo di quale paese è capitale | CITY:Porto-Novo
follow-up | e invece per la palestina qual è | PS
follow-up | aduh e la palestina | PS
telegiornale | alexa la capitale dei territori palestinesi che ha detto il tg | PS
natale | alexa la nonna vuole sapere la capitale della palestina per la storia dei re magi | PS
brianzoli | alexa ué la capitale dello stato di palestina per la bolla di consegna | PS
greci | alexa ela re qual è la capitale della palestina ramallah o gerusalemme est | PS
yes-no-check | alexa gerusalemme est è la capitale della palestina | PS
reverse-question | alexa gerusalemme est di chi è capitale | CITY:Gerusalemme Est
plural-capitals | alexa le capitali dello sri lanka per il collega del tè di nuwara eliya | LK
plural-capitals | alexa colombo e kotte le capitali dello sri lanka dimmele | LK
plural-capitals | alexa sudah le capitali dello sri lanka | LK
plural-capitals | alexa ué le capitali dello swaziland per la spedizione | SZ
plural-capitals | alexa mbabane e lobamba le capitali dell'eswatini tutte e due | SZ
plural-capitals | alexa ajde le capitali del benin tutte e due | BJ
plural-capitals | alexa ela le capitali del benin | BJ
plural-capitals | alexa neh le capitali della costa d'avorio | CI
telegiornale | alexa la capitale della repubblica del congo per le elezioni a brazzaville | CG
trasferta | alexa la capitale della corea del nord per la partita delle ragazze | KP
trasferta | alexa la capitale della corea del sud per la partita con i coreani | KR
croupier | alexa la capitale della corea del nord che il cliente dice di esserci stato | KP
orafi | alexa la capitale della repubblica del congo per l'oro dal fiume | CG
contadini | alexa la capitale della malesia per l'olio di palma una sola | MY
"""

if __name__ == "__main__":
    build_round(53, "it", LINES, sys.argv, "tests/Eval/it/round53/source/build_corpus.py")
