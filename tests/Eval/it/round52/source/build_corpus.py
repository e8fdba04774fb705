"""Round 52, Italian (it-IT): a new author's own mix, written blind in the sixty-first session (brief WRITER69.md), for
this session's tuner. Speakers chosen apart from the groups round 51's docstring lists (its own and those it copies for
rounds 44-50: Rome, Naples, Bari, Salento, Venice, Bologna, Milan, Turin, Genoa, Florence, Sardinia, Sicily, Calabria,
Como, the Langhe, Ciociaria, Abruzzo, Romagna, Maremma, Brescia, Cremona, Vicenza, Treviso, Ferrara, Piacenza, Asti, La
Spezia, Arezzo, Viterbo, Latina, Benevento, Salerno, Varese, Novara, Biella, Alessandria, Pavia, Lodi, the Polesine,
Reggio Emilia, Prato, Pistoia, Rieti, Brindisi, Lecco, Imperia and the rest; Mantovani, Bergamaschi, Trentini and
Altoatesini, Friulani, Triestini, Parmigiani and Modenesi, Perugini, Marchigiani, Molisani, Lucani, Tarantini,
Livornesi and Lucchesi; Valdostani, Veronesi, Valtellinesi, Senesi, Carrarini, Ternani, Foggiani and Garganici,
Casertani and Irpini, Ticinesi, Sammarinesi, Ossolani and Lake Maggiore people; Colombian, Syrian, Nepalese, Japanese,
Bosnian, Cameroonian, Keralite, Ukrainian, Moroccan, Senegalese, Chinese, Romanian, Albanian, Filipino, Peruvian,
Salvadoran, Dominican, Bulgarian, Afghan, Cape Verdean, Ethiopian, Somali, Bangladeshi, Sri Lankan, Nigerian,
Egyptian, Tunisian, Brazilian, Polish, Punjabi Sikh, Argentine, Venezuelan, Pakistani, Ghanaian, Georgian, Turkish and
Dutch families and learners, Korean and Hungarian exchange students, Spanish Erasmus students, American students,
German retirees and English retirees; truck drivers, nurses, hairdressers, taxi drivers, pharmacists, hotel
receptionists, tour guides, primary-school teachers, crossword fans, flight attendants, teenagers, grandparents,
baristi, postini, lifeguards and fishermen, librarians, bakers, call-centre operators, youth football coaches,
liceali, plumbers and electricians, firefighters, cooks, mechanics, bus and tram drivers, food-delivery riders,
sacristans and parish volunteers, carabinieri, commercialisti, dentists, estate agents and radio presenters; lavoro,
scuola, giochi and casa situations, the car, the gym, a honeymoon and wedding tables, stamp and coin collecting, the
pub quiz, Eurovision, the Olympics and the World Cup, a cruise, students living away from home, moving house, the night
shift, waiting rooms, a power cut, dinner with the in-laws, job interviews and a travel agency). Regional speakers:
Padovani (the Bo and the university, Prato della Valle, the Santo's pilgrims, spritz, "ara", "xe", "orca", "el me
amigo"), Bellunesi (the eyewear factories of Agordo, rifugi and climbers, the Pelmo, Cortina and the Passo Giau,
emigrant grandfathers in Belgium and Brazil), Pisani (the Sapienza and the Normale, the airport, the Gioco del Ponte,
Piazza dei Miracoli, "deh", "non mi rammento", "te lo sai", teasing the Livornesi), Savonesi (the port of Vado, the
Funivie, cruise ships, farinata, Finale and Alassio, "belin"), Cuneesi (the fruit cooperatives and their African
pickers, chestnuts, Valle Maira, the Colle della Maddalena, Fossano firms, "adiu"), Vercellesi (rice fields and
mondine, riso Venere, the rice fair, panissa, Santhià), Elbani (Portoferraio, Napoleon's exile, Marina di Campo
campsites, the Piombino ferry, divers and sailors from the Pacific). Immigrant families and learners: Ecuadorians
("chuta", "achachay", "mijo", "mi hermano", Spanish mixed in, Guayaquil and Cuenca), Moldovans ("buna", "hai",
"da", badanti asked by their signora, the Chișinău coach), Eritreans ("selam", "yeah", cousins in Sudan and Sweden,
the route through Libya and Niger), Iranian PhD students ("khob", "merci", "baba", Norouz, the Gulf), Cubans ("asere",
"qué bolá", "mi amor", "mi primo", salsa), Russians ("davai", "nu", "koroche", the Baltic and the Stans), Irish
("grand", "sure look", "the craic was mighty", "the wife says", English mixed in). Jobs: edicolanti (crossword
customers, flag stickers, newspapers from abroad), tabaccai (parcels, international top-ups, lotto dreams, money
transfer), interpreters (court hearings, questura, sworn translations, booths), physiotherapists (tecar and ice,
patients on the couch, injured footballers and marathon runners), builders (site colleagues, the geometra, the lunch
break), lawyers (service abroad, rogatorie, offshore companies, the Hague), gardeners (plants and where they come from),
seamstresses (silk, wax prints, saris, tartan), security guards (bank, museum and shopping-centre rounds) and petrol
station attendants (number plates, lorry drivers, campers). Situations: cooking foreign dishes, packing a suitcase,
lying in a hospital bed, putting children to bed, spring cleaning (old postcards, stamps and banknotes) and a
sleepless night. Plus follow-ups (said inside a session, without "alexa"), the several-capital countries in the
plural, subdivisions and territories, yes/no checks, self-corrections, reverse questions, official and everyday
names, shared names, launch by "capitali del mondo", help, stop, cancel and out-of-domain requests. Every line typed
by hand as one utterance; no outside text consulted. Built by round12_hinl_corpus.py (build_round with round 52's
number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
help | alexa aiuto con capitali del mondo | HELP
help | alexa come si usa capitali del mondo | HELP
help | alexa chiedi a capitali del mondo cosa posso domandare | HELP
help | alexa non ho capito come funziona il gioco delle capitali | HELP
help | alexa mi ripeti cosa posso chiedere | HELP
help | alexa che cosa sai fare con le capitali | HELP
help | alexa ho bisogno di aiuto con questa skill | HELP
help | alexa quali sono i comandi | HELP
help | alexa dimmi come funziona per piacere | HELP
help | alexa mi spieghi un attimo come si fa | HELP
help | alexa aiutami che mi sono perso | HELP
help | alexa come devo fare la domanda | HELP
help | alexa puoi chiedere anche le regioni o solo gli stati | HELP
help | alexa spiegamelo come se avessi cinque anni | HELP
help | aiuto | HELP
help | aiutami per favore | HELP
help | come funziona | HELP
help | che cosa posso chiederti | HELP
help | non ho capito ripetimi le istruzioni | HELP
help | mi dai qualche esempio | HELP
help | cosa devo dire | HELP
help | boh non so come si fa | HELP
help | ma cosa sai fare esattamente | HELP
help | alexa chiedi a capitali del mondo aiuto | HELP
help | alexa mi dici le istruzioni di capitali del mondo | HELP
stop | alexa stop | STOP
stop | alexa basta così grazie | STOP
stop | alexa chiudi capitali del mondo | STOP
stop | alexa esci dalla skill | STOP
stop | alexa smettila | STOP
stop | alexa ho finito grazie ciao | STOP
stop | alexa spegniti adesso | STOP
stop | alexa fine del gioco | STOP
stop | alexa per oggi basta capitali | STOP
stop | alexa chiudi tutto che devo uscire | STOP
stop | alexa ferma tutto | STOP
stop | alexa zitta un attimo basta | STOP
stop | basta | STOP
stop | stop grazie | STOP
stop | ok basta così | STOP
stop | esci | STOP
stop | va bene ho finito | STOP
stop | chiudi | STOP
stop | ciao alexa a domani | STOP
stop | non mi serve altro chiudi pure | STOP
stop | alexa basta con le capitali per stasera | STOP
stop | alexa esci da capitali del mondo per favore | STOP
stop | alexa stop stop stop | STOP
cancel | alexa annulla | CANCEL
cancel | alexa annulla la domanda | CANCEL
cancel | alexa lascia perdere | CANCEL
cancel | alexa no niente scusa | CANCEL
cancel | alexa annulla tutto | CANCEL
cancel | alexa ho sbagliato annulla | CANCEL
cancel | alexa lascia stare non importa | CANCEL
cancel | alexa cancella quello che ho detto | CANCEL
cancel | alexa dimentica la domanda | CANCEL
cancel | alexa no no annulla per favore | CANCEL
cancel | alexa annulla che mi sono confuso | CANCEL
cancel | alexa niente lascia stare era per sbaglio | CANCEL
cancel | annulla | CANCEL
cancel | lascia perdere | CANCEL
cancel | niente | CANCEL
cancel | no annulla | CANCEL
cancel | lascia stare dai | CANCEL
cancel | non importa più | CANCEL
cancel | annulla l'ultima domanda | CANCEL
cancel | cancella | CANCEL
cancel | scusa ho sbagliato lascia perdere | CANCEL
cancel | alexa annulla la richiesta | CANCEL
cancel | alexa fa niente annulla | CANCEL
cancel | no aspetta annulla | CANCEL
launch | alexa apri capitali del mondo | LAUNCH
launch | alexa avvia capitali del mondo | LAUNCH
launch | alexa fai partire capitali del mondo | LAUNCH
launch | alexa capitali del mondo | LAUNCH
launch | alexa apri la skill capitali del mondo | LAUNCH
launch | alexa voglio giocare a capitali del mondo | LAUNCH
launch | alexa lancia capitali del mondo | LAUNCH
launch | alexa metti capitali del mondo | LAUNCH
launch | alexa accendi capitali del mondo | LAUNCH
launch | alexa apri per favore capitali del mondo | LAUNCH
launch | alexa mi apri capitali del mondo | LAUNCH
launch | alexa puoi aprire capitali del mondo | LAUNCH
launch | alexa inizia capitali del mondo | LAUNCH
launch | alexa comincia capitali del mondo | LAUNCH
launch | alexa apriamo capitali del mondo | LAUNCH
launch | alexa riapri capitali del mondo | LAUNCH
launch | alexa apri di nuovo capitali del mondo | LAUNCH
launch | alexa usa capitali del mondo | LAUNCH
launch | alexa attiva capitali del mondo | LAUNCH
launch | alexa avvia la skill delle capitali del mondo | LAUNCH
launch | alexa apri il gioco capitali del mondo | LAUNCH
launch | alexa parti con capitali del mondo | LAUNCH
launch | alexa fammi giocare con capitali del mondo | LAUNCH
launch | alexa dai apri capitali del mondo | LAUNCH
launch | alexa buongiorno apri capitali del mondo | LAUNCH
launch | alexa ciao apri capitali del mondo | LAUNCH
launch | alexa voglio aprire capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo per i bambini | LAUNCH
launch | alexa carica capitali del mondo | LAUNCH
launch | alexa avviami capitali del mondo | LAUNCH
launch | alexa fai partire la skill capitali del mondo | LAUNCH
launch | alexa apri subito capitali del mondo | LAUNCH
launch | alexa entra in capitali del mondo | LAUNCH
launch | alexa vai su capitali del mondo | LAUNCH
plural-capitals | alexa quali sono le capitali del {} | sudafrica=ZA; benin=BJ; malaysia=MY
plural-capitals | alexa dimmi le tre capitali del {} | sudafrica=ZA
plural-capitals | alexa le due capitali della {} | bolivia=BO; malaysia=MY; costa d'avorio=CI
plural-capitals | alexa quante capitali ha il {} | sudafrica=ZA; benin=BJ; sri lanka=LK
plural-capitals | alexa quante capitali ha la {} | bolivia=BO; malaysia=MY
plural-capitals | alexa è vero che i {} hanno due capitali | paesi bassi=NL
plural-capitals | alexa tutte e due le capitali dei {} | paesi bassi=NL
plural-capitals | alexa le capitali dell'{} | olanda=NL; eswatini=SZ
plural-capitals | alexa mi elenchi le capitali dello {} | sri lanka=LK; swaziland=SZ
plural-capitals | alexa entrambe le capitali della {} | bolivia=BO; costa d'avorio=CI
plural-capitals | alexa qual è la capitale amministrativa e quella legislativa del sudafrica | ZA
plural-capitals | alexa sucre e la paz sono tutte e due capitali della bolivia | BO
plural-capitals | alexa la bolivia ha due capitali quali | BO
plural-capitals | alexa le capitali ufficiali dei paesi bassi | NL
plural-capitals | alexa amsterdam e l'aia quale delle due è la capitale dei paesi bassi | NL
plural-capitals | alexa la capitale vera e quella del governo della malaysia | MY
plural-capitals | alexa kuala lumpur e putrajaya le capitali della malesia | MY
plural-capitals | alexa dimmi tutte le capitali che ha il sudafrica | ZA
plural-capitals | alexa pretoria città del capo e bloemfontein sono le capitali di chi | ZA
plural-capitals | alexa i paesi con più di una capitale tipo la bolivia | BO
plural-capitals | alexa le due capitali del benin porto novo e cotonou | BJ
plural-capitals | alexa la capitale politica e quella economica della costa d'avorio | CI
plural-capitals | alexa le capitali dello sri lanka che non mi ricordo il nome lungo | LK
plural-capitals | alexa il regno dello eswatini ha due capitali giusto | SZ
plural-capitals | alexa quali sono le due capitali dell'eswatini | SZ
plural-capitals | e le capitali della malaysia | MY
plural-capitals | e quelle dei paesi bassi | NL
plural-capitals | e le capitali del sudafrica | ZA
plural-capitals | e le due della bolivia | BO
plural-capitals | alexa chiedi a capitali del mondo le capitali della malaysia | MY
plural-capitals | alexa chiedi a capitali del mondo quali sono le capitali del sudafrica | ZA
plural-capitals | alexa chiedi a capitali del mondo le capitali della bolivia | BO
plural-capitals | alexa chiedi a capitali del mondo le due capitali dell'olanda | NL
plural-capitals | alexa mi sai dire le capitali del sudafrica tutte e tre | ZA
plural-capitals | alexa le sedi del governo e del parlamento dei paesi bassi | NL
plural-capitals | alexa capitali malaysia | MY
plural-capitals | alexa capitali bolivia | BO
plural-capitals | alexa capitali sudafrica | ZA
plural-capitals | alexa capitali olanda | NL
plural-capitals | alexa capitali benin | BJ
plural-capitals | alexa capitali sri lanka | LK
plural-capitals | alexa capitali costa d'avorio | CI
plural-capitals | alexa capitali eswatini | SZ
subdivision | alexa qual è il capoluogo dello stato del {} | texas=US-TX; nevada=US-NV; wyoming=US-WY
subdivision | alexa la capitale dell'{} negli stati uniti | ohio=US-OH; oregon=US-OR; idaho=US-ID
subdivision | alexa capitale della {} americana | pennsylvania=US-PA; louisiana=US-LA; carolina del sud=US-SC
subdivision | alexa qual è la capitale del {} in australia | queensland=AU-QLD; territorio del nord=AU-NT
subdivision | alexa la capitale della {} in australia | tasmania=AU-TAS; australia occidentale=AU-WA
subdivision | alexa il capoluogo della provincia canadese del {} | manitoba=CA-MB; saskatchewan=CA-SK; québec=CA-QC
subdivision | alexa la capitale dell'{} in canada | alberta=CA-AB; ontario=CA-ON
subdivision | alexa qual è la capitale del land {} | baviera=DE-BY; sassonia=DE-SN; assia=DE-HE
subdivision | alexa la capitale della {} in germania | turingia=DE-TH; renania-palatinato=DE-RP; bassa sassonia=DE-NI
subdivision | alexa la capitale dello stato indiano del {} | kerala=IN-KL; rajasthan=IN-RJ; gujarat=IN-GJ
subdivision | alexa capitale del {} in india | tamil nadu=IN-TN; maharashtra=IN-MH; karnataka=IN-KA
subdivision | alexa capitale dello stato brasiliano di {} | pernambuco=BR-PE; santa catarina=BR-SC; bahia=BR-BA
subdivision | alexa capitale del {} in brasile | paraná=BR-PR; rio grande do sul=BR-RS; ceará=BR-CE
subdivision | alexa capitale dello stato messicano di {} | oaxaca=MX-OAX; chiapas=MX-CHP; sonora=MX-SON
subdivision | alexa la capitale dello {} in messico | yucatán=MX-YUC; stato di jalisco=MX-JAL
subdivision | alexa la capitale della scozia | GB-SCT
subdivision | alexa la capitale del galles | GB-WLS
subdivision | alexa capitale dell'irlanda del nord | GB-NIR
subdivision | alexa la capitale dell'inghilterra | GB-ENG
subdivision | alexa la capitale della groenlandia | GL
subdivision | alexa la capitale delle isole faroe | FO
subdivision | alexa capitale di portorico | PR
subdivision | alexa il capoluogo della toscana | FB
subdivision | alexa il capoluogo del veneto | FB
subdivision | alexa la capitale della catalogna | FB
subdivision | alexa la capitale della baviera è monaco vero | DE-BY
subdivision | alexa la capitale della california | US-CA
subdivision | alexa capitale della florida | US-FL
subdivision | alexa la capitale dello stato di new york | US-NY
subdivision | alexa la capitale dello stato di washington | US-WA
subdivision | alexa capitale dell'alaska | US-AK
subdivision | alexa capitale delle hawaii | US-HI
subdivision | alexa la capitale della corsica | FB
subdivision | alexa la capitale della patagonia | FB
subdivision | alexa il capoluogo del canton vallese | FB
subdivision | alexa la capitale del kurdistan | FB
subdivision | alexa la capitale della nuova caledonia | NC
subdivision | alexa capitale della polinesia francese | PF
subdivision | alexa la capitale dell'isola di man | IM
subdivision | alexa capitale della columbia britannica | CA-BC
subdivision | alexa capitale della nuova scozia in canada | CA-NS
subdivision | alexa capitale del victoria in australia | AU-VIC
subdivision | alexa la capitale del nuovo galles del sud | AU-NSW
subdivision | alexa capitale della tasmania | AU-TAS
subdivision | alexa la capitale di aruba | AW
subdivision | alexa capitale di curaçao | CW
subdivision | alexa capitale dell'andalusia | FB
subdivision | alexa la capitale della siberia | FB
subdivision | alexa capitale del tibet | FB
subdivision | alexa capitale dello yukon | CA-YT
out-of-domain | alexa che tempo fa domani | FB
out-of-domain | alexa metti un timer di dieci minuti per la pasta | FB
out-of-domain | alexa che ore sono a tokyo adesso | FB
out-of-domain | alexa quanti abitanti ha parigi | FB
out-of-domain | alexa qual è la città più grande dell'australia | FB
out-of-domain | alexa qual è la capitale dell'europa | FB
out-of-domain | alexa capitale dell'africa | FB
out-of-domain | alexa metti la radio | FB
out-of-domain | alexa alza il volume | FB
out-of-domain | alexa abbassa un po' | FB
out-of-domain | alexa spegni la luce in cucina | FB
out-of-domain | alexa aggiungi il latte alla lista della spesa | FB
out-of-domain | alexa quanto dista roma da milano | FB
out-of-domain | alexa che lingua si parla in brasile | FB
out-of-domain | alexa qual è la moneta della svizzera | FB
out-of-domain | alexa raccontami una barzelletta | FB
out-of-domain | alexa svegliami alle sei e mezza | FB
out-of-domain | alexa che giorno è oggi | FB
out-of-domain | alexa quanto fa sette per otto | FB
out-of-domain | alexa chi ha vinto la partita ieri sera | FB
out-of-domain | alexa metti un po' di musica rilassante | FB
out-of-domain | alexa qual è il fiume più lungo del mondo | FB
out-of-domain | alexa quanto è alto il monte bianco | FB
out-of-domain | alexa chi è il presidente della francia | FB
out-of-domain | alexa traduci grazie in tedesco | FB
out-of-domain | alexa che temperatura c'è fuori | FB
out-of-domain | alexa ricordami di chiamare la mamma alle otto | FB
out-of-domain | alexa quando apre la farmacia | FB
out-of-domain | alexa il prefisso telefonico della spagna | FB
out-of-domain | alexa la bandiera del portogallo di che colore è | FB
out-of-domain | alexa qual è la capitale del gusto | FB
out-of-domain | alexa capitale europea della cultura di quest'anno | FB
out-of-domain | alexa la capitale della moda | FB
out-of-domain | alexa quanti paesi ci sono al mondo | FB
out-of-domain | alexa qual è il paese più piccolo del mondo | FB
out-of-domain | alexa che fuso orario ha new york | FB
out-of-domain | alexa quanto costa un volo per londra | FB
out-of-domain | alexa metti l'ultima canzone di ultimo | FB
out-of-domain | alexa leggimi le notizie | FB
out-of-domain | alexa com'è il traffico sulla tangenziale | FB
out-of-domain | alexa che significa capitale sociale | FB
out-of-domain | alexa calcola il dieci per cento di trecento | FB
out-of-domain | alexa chi ha scritto i promessi sposi | FB
out-of-domain | alexa quanto pesa una balena | FB
out-of-domain | alexa fammi una ricetta per il tiramisù | FB
out-of-domain | alexa accendi la tv | FB
out-of-domain | alexa pausa | FB
out-of-domain | alexa canta una canzone | FB
out-of-domain | alexa che verso fa la mucca | FB
out-of-domain | alexa chi sei | FB
out-of-domain | alexa ti voglio bene | FB
out-of-domain | alexa quanti anni hai | FB
out-of-domain | alexa dov'è il mio telefono | FB
out-of-domain | alexa chiama papà | FB
out-of-domain | alexa quanti chilometri è lungo il po | FB
out-of-domain | alexa qual è la montagna più alta dell'africa | FB
out-of-domain | alexa in che continente si trova il perù | FB
out-of-domain | alexa quanto è grande la russia | FB
out-of-domain | alexa quali paesi confinano con l'austria | FB
out-of-domain | alexa la capitale di plutone | FB
out-of-domain | alexa la capitale di atlantide | FB
out-of-domain | alexa la capitale della lombardia | FB
out-of-domain | alexa la capitale del mondo | FB
out-of-domain | alexa qual è la capitale più fredda del mondo | FB
out-of-domain | alexa qual è la capitale più popolosa | FB
out-of-domain | alexa quale capitale è la più alta del mondo | FB
out-of-domain | alexa elencami tutte le capitali d'europa | FB
out-of-domain | alexa quante capitali ci sono in africa | FB
out-of-domain | alexa fammi un quiz di matematica | FB
out-of-domain | alexa apri spotify | FB
out-of-domain | alexa metti la sveglia domani alle sette | FB
out-of-domain | alexa come si dice capitale in inglese | FB
out-of-domain | alexa ordina le pile su amazon | FB
out-of-domain | alexa quando è pasqua l'anno prossimo | FB
out-of-domain | alexa piove a bologna | FB
out-of-domain | alexa accendi il riscaldamento | FB
out-of-domain | alexa che cos'è un capitale in economia | FB
out-of-domain | alexa quanto fa un euro in dollari | FB
out-of-domain | alexa quante ore di volo ci sono per new york | FB
out-of-domain | alexa dimmi una poesia | FB
out-of-domain | alexa che film danno stasera in tv | FB
out-of-domain | alexa metti rai radio tre | FB
out-of-domain | alexa buonanotte | FB
out-of-domain | alexa grazie | FB
out-of-domain | alexa quanto dura un volo per tokyo | FB
out-of-domain | alexa chi ha fondato roma | FB
out-of-domain | alexa com'è il tempo a londra questa settimana | FB
out-of-domain | alexa inno nazionale della germania | FB
out-of-domain | alexa quali sono i colori della bandiera del messico | FB
out-of-domain | alexa dove si trova il burkina faso | FB
out-of-domain | alexa quando è nato garibaldi | FB
out-of-domain | alexa quanti gradi ci sono al cairo | FB
out-of-domain | alexa in che anno è caduto il muro di berlino | FB
out-of-domain | alexa fai il rumore della pioggia | FB
out-of-domain | alexa leggi la lista della spesa | FB
out-of-domain | alexa qual è la lingua ufficiale del belgio | FB
out-of-domain | alexa chi ha vinto i mondiali del duemilasei | FB
out-of-domain | alexa dimmi l'oroscopo dei gemelli | FB
out-of-domain | alexa quanto manca a natale | FB
out-of-domain | alexa metti il timer per le uova | FB
follow-up | e la {} | norvegia=NO; tunisia=TN; lettonia=LV
follow-up | e il {} invece | ghana=GH; nicaragua=NI; kuwait=KW
follow-up | e quella del {} | marocco=MA; bhutan=BT; qatar=QA
follow-up | e quella della {} | serbia=RS; mongolia=MN; giamaica=JM
follow-up | ok e dell'{} | ecuador=EC; uzbekistan=UZ; oman=OM
follow-up | adesso la {} | slovenia=SI; somalia=SO; croazia=HR
follow-up | invece per il {} | venezuela=VE; sudan=SD; laos=LA
follow-up | e poi la {} | grecia=GR; finlandia=FI; nigeria=NG
follow-up | e per la corea del nord | KP
follow-up | e la corea del sud | KR
follow-up | e la palestina | PS
follow-up | e il congo quello di kinshasa | CD
follow-up | e l'altro congo | CG
follow-up | e invece lo stato del colorado | US-CO
follow-up | e la scozia | GB-SCT
follow-up | e di quale paese è capitale lima | CITY:Lima
follow-up | e dublino di chi è capitale | CITY:Dublino
follow-up | ancora una la bulgaria | BG
follow-up | l'ultima la danimarca | DK
follow-up | e la baviera | DE-BY
follow-up | va bene e il sud sudan | SS
follow-up | e del vaticano | VA
follow-up | e allora la moldavia | MD
follow-up | e il kazakistan com'è | KZ
follow-up | e adesso dimmi quella dell'armenia | AM
follow-up | prossima domanda il camerun | CM
follow-up | e il togo | TG
follow-up | e la libia | LY
yes-no-check | alexa {} è la capitale della turchia | ankara=TR; istanbul=TR
yes-no-check | alexa è vero che {} è la capitale dell'australia | sydney=AU; canberra=AU
yes-no-check | alexa {} è la capitale del brasile vero | rio de janeiro=BR; brasilia=BR
yes-no-check | alexa la capitale del canada è toronto o ottawa | CA
yes-no-check | alexa ma la capitale della svizzera non è zurigo | CH
yes-no-check | alexa è giusto che la capitale della nigeria è lagos | NG
yes-no-check | alexa pyongyang è la capitale della corea del nord | KP
yes-no-check | alexa seul è la capitale della corea del sud sì o no | KR
yes-no-check | alexa kinshasa è la capitale del congo democratico | CD
yes-no-check | alexa brazzaville è la capitale della repubblica del congo vero | CG
yes-no-check | alexa ramallah è la capitale della palestina | PS
yes-no-check | alexa la capitale del marocco è casablanca | MA
yes-no-check | alexa astana è ancora la capitale del kazakistan | KZ
yes-no-check | alexa la capitale del myanmar è rangoon | MM
yes-no-check | alexa è vero che la capitale della tanzania non è dar es salaam | TZ
yes-no-check | alexa la capitale del vietnam è hanoi o saigon | VN
yes-no-check | alexa mi confermi che bratislava è la capitale della slovacchia | SK
yes-no-check | alexa la capitale della nuova zelanda è auckland giusto | NZ
yes-no-check | alexa lubiana è in slovenia o in slovacchia | SI
yes-no-check | alexa la capitale della nigeria è abuja o lagos | NG
yes-no-check | alexa la capitale del pakistan è karachi | PK
yes-no-check | alexa ho ragione io che la capitale dell'ecuador è quito | EC
yes-no-check | alexa la capitale dell'india è mumbai o nuova delhi | IN
yes-no-check | alexa tallinn è la capitale dell'estonia o no | EE
yes-no-check | alexa il burundi ha cambiato capitale | BI
self-correction | alexa la capitale dell'austria no scusa dell'australia | AU
self-correction | alexa la capitale della slovenia anzi della slovacchia | SK
self-correction | alexa la capitale del niger no della nigeria | NG
self-correction | alexa capitale dell'islanda no aspetta dell'irlanda | IE
self-correction | alexa la capitale della svezia cioè della svizzera | CH
self-correction | alexa la capitale del sudan no del sud sudan | SS
self-correction | alexa la capitale della guinea ehm della guinea bissau | GW
self-correction | alexa la capitale della corea del sud anzi no del nord | KP
self-correction | alexa la capitale della corea del nord no volevo dire del sud | KR
self-correction | alexa la capitale del congo quello piccolo no quello grande | CD
self-correction | alexa la capitale della repubblica democratica del congo no dell'altro congo | CG
self-correction | alexa la capitale di israele no scusa della palestina | PS
self-correction | alexa la capitale dell'iran no dell'iraq | IQ
self-correction | alexa capitale del paraguay no dell'uruguay | UY
self-correction | alexa la capitale della mauritania anzi delle mauritius | MU
self-correction | alexa la capitale del gambia no della zambia | ZM
self-correction | alexa la capitale della dominica no della repubblica dominicana | DO
self-correction | alexa la capitale della lettonia anzi lituania | LT
self-correction | alexa capitale della colombia no scusa della bolivia | BO
self-correction | alexa la capitale del malawi no del mali | ML
self-correction | alexa capitale dell'armenia volevo dire albania | AL
self-correction | alexa la capitale di taiwan no di thailandia | TH
self-correction | alexa la capitale del montenegro no della macedonia del nord | MK
self-correction | alexa la capitale dell'ungheria aspetta no della bulgaria | BG
self-correction | alexa la capitale del ciad no cioè del camerun | CM
reverse-question | alexa {} è la capitale di quale paese | nairobi=CITY:Nairobi; canberra=CITY:Canberra; tbilisi=CITY:Tbilisi
reverse-question | alexa di che nazione è capitale {} | ottawa=CITY:Ottawa; lisbona=CITY:Lisbona; tirana=CITY:Tirana
reverse-question | alexa {} di che stato è la capitale | bucarest=CITY:Bucarest; varsavia=CITY:Varsavia; montevideo=CITY:Montevideo
reverse-question | alexa quale paese ha come capitale {} | pyongyang=CITY:Pyongyang; seul=CITY:Seul; kinshasa=CITY:Kinshasa
reverse-question | alexa brazzaville è capitale di che paese | CITY:Brazzaville
reverse-question | alexa ramallah è la capitale di che cosa | CITY:Ramallah
reverse-question | alexa di chi è capitale reykjavík | CITY:Reykjavík
reverse-question | alexa in che paese si trova la capitale chiamata asunción | CITY:Asunción
reverse-question | alexa bogotá è la capitale di | CITY:Bogotá
reverse-question | alexa helsinki è capitale di quale nazione | CITY:Helsinki
reverse-question | alexa a quale stato appartiene la capitale vilnius | CITY:Vilnius
reverse-question | alexa la capitale caracas di che paese è | CITY:Caracas
reverse-question | alexa sarajevo capitale di che cosa | CITY:Sarajevo
reverse-question | alexa copenaghen è capitale di che nazione | CITY:Copenaghen
reverse-question | alexa di dove è capitale ulan bator | CITY:Ulan Bator
reverse-question | alexa tegucigalpa è la capitale di quale paese | CITY:Tegucigalpa
reverse-question | alexa quale nazione ha la capitale a santiago | CITY:Santiago
reverse-question | alexa budapest è la capitale di che paese | CITY:Budapest
reverse-question | alexa managua di quale paese è capitale | CITY:Managua
reverse-question | alexa praga è capitale di quale stato | CITY:Praga
reverse-question | alexa quale paese ha dodoma come capitale | CITY:Dodoma
reverse-question | alexa kigali è capitale di | CITY:Kigali
reverse-question | alexa in quale nazione c'è la capitale windhoek | CITY:Windhoek
reverse-question | alexa edimburgo di che paese è la capitale | CITY:Edimburgo
reverse-question | alexa atene è la capitale di | CITY:Atene
reverse-question | alexa la paz è la capitale di quale paese | CITY:La Paz
official-name | alexa capitale della {} | repubblica federale di germania=DE; repubblica ellenica=GR; confederazione svizzera=CH
official-name | alexa la capitale del {} | regno di svezia=SE; regno hascemita di giordania=JO; granducato di lussemburgo=LU
official-name | alexa la capitale della repubblica popolare democratica di corea | KP
official-name | alexa capitale della repubblica di corea | KR
official-name | alexa capitale della repubblica democratica del congo | CD
official-name | alexa capitale della repubblica del congo | CG
official-name | alexa la capitale dello stato di palestina | PS
official-name | alexa la capitale della repubblica popolare cinese | CN
official-name | alexa capitale della federazione russa | RU
official-name | alexa la capitale degli stati uniti d'america | US
official-name | alexa capitale del regno unito di gran bretagna e irlanda del nord | GB
official-name | alexa la capitale della repubblica islamica dell'iran | IR
official-name | alexa la capitale della repubblica araba d'egitto | EG
official-name | alexa la capitale del regno del marocco | MA
official-name | alexa capitale della repubblica federale democratica d'etiopia | ET
official-name | alexa capitale della repubblica socialista del vietnam | VN
official-name | alexa la capitale della repubblica bolivariana del venezuela | VE
official-name | alexa capitale dello stato plurinazionale di bolivia | BO
official-name | alexa la capitale della repubblica unita di tanzania | TZ
official-name | alexa capitale della repubblica ceca | CZ
official-name | alexa la capitale della repubblica di san marino | SM
official-name | alexa capitale del principato di monaco | MC
official-name | alexa capitale del principato del liechtenstein | LI
official-name | alexa la capitale della repubblica del sudafrica | ZA
official-name | alexa capitale della repubblica democratica popolare del laos | LA
official-name | alexa la capitale degli stati uniti messicani | MX
official-name | alexa capitale della repubblica orientale dell'uruguay | UY
official-name | alexa la capitale della repubblica kirghisa | KG
everyday-name | alexa capitale dell'{} | olanda=NL; inghilterra=GB-ENG; america=US
everyday-name | alexa ma la capitale della {} | birmania=MM; persia=IR; cecoslovacchia=FB
everyday-name | alexa ma la capitale del {} | siam=TH; dahomey=BJ; zaire=CD
everyday-name | alexa capitale della corea di sotto | KR
everyday-name | alexa la capitale della corea di sopra | KP
everyday-name | alexa la capitale della russia bianca | BY
everyday-name | alexa capitale della repubblica ceca che adesso si chiama cechia | CZ
everyday-name | alexa la capitale degli emirati | AE
everyday-name | alexa capitale dell'unione sovietica | FB
everyday-name | alexa la capitale di ceylon | LK
everyday-name | alexa capitale della swaziland | SZ
everyday-name | alexa capitale della costa d'oro | GH
everyday-name | alexa capitale della rhodesia | ZW
everyday-name | alexa la capitale della cambogia quella dei khmer | KH
everyday-name | alexa capitale dell'alto volta | BF
everyday-name | alexa la capitale della gran bretagna | GB
everyday-name | alexa la capitale dell'irlanda del sud | IE
everyday-name | alexa la capitale della germania est | FB
everyday-name | alexa capitale della jugoslavia | FB
everyday-name | alexa capitale di formosa | TW
everyday-name | alexa la capitale del congo belga | CD
everyday-name | alexa la capitale della macedonia | MK
everyday-name | alexa capitale della bielorussia | BY
everyday-name | alexa capitale del kampuchea | KH
shared-name | alexa la capitale della {} | georgia=GE; corea=KP+KR; guinea=GN
shared-name | alexa dimmi la capitale del {} | congo=CD+CG; sudan=SD; dakota=US-ND+US-SD
shared-name | alexa la capitale della georgia quella in america | US-GA
shared-name | alexa la capitale della georgia nel caucaso | GE
shared-name | alexa la capitale delle due coree | KP+KR
shared-name | alexa la capitale dei due congo | CD+CG
shared-name | alexa capitale della virginia | US-VA
shared-name | alexa la capitale del lussemburgo | LU
shared-name | alexa la capitale di singapore | SG
shared-name | alexa la capitale di gibuti | DJ
shared-name | alexa capitale del messico | MX
shared-name | alexa la capitale di panama | PA
shared-name | alexa capitale del kuwait | KW
shared-name | alexa capitale della guinea equatoriale | GQ
shared-name | alexa capitale delle samoa | WS
shared-name | alexa la capitale delle samoa americane | AS
shared-name | alexa la capitale dello stato di washington non la città | US-WA
shared-name | alexa la capitale della macedonia greca | FB
shared-name | alexa capitale della guyana | GY
shared-name | alexa la capitale della guyana francese | GF
shared-name | alexa capitale del sudan e del sud sudan | SD+SS
shared-name | alexa la capitale di san marino | SM
padovani | alexa ara che mia figlia all'università di padova mi chiede la capitale della {} | nuova zelanda=NZ; lettonia=LV; giordania=JO
padovani | alexa xe vero che la capitale del {} è sana'a | yemen=YE
padovani | alexa dopo lo spritz al bo dimmi la capitale dell'{} | estonia=EE; eritrea=ER
padovani | alexa per la tesi al bo mi serve la capitale del {} | burkina faso=BF; madagascar=MG; nicaragua=NI
padovani | alexa in prato della valle discutevamo la capitale del canada | CA
padovani | alexa ara alexa la capitale del portogallo | PT
padovani | alexa el me amigo dice che la capitale dell'austria xe salisburgo | AT
padovani | alexa per la festa del santo vengono pellegrini dal {} qual è la capitale | brasile=BR; libano=LB; benin=BJ
padovani | alexa la capitale della corea del sud che il dottorando viene da là | KR
padovani | alexa la capitale del sudafrica che in dipartimento ce n'è uno di johannesburg | ZA
padovani | alexa che tempo fa a padova | FB
padovani | alexa dai che xe tardi dimmi la capitale delle filippine | PH
padovani | alexa il professore di astronomia chiede la capitale del cile | CL
padovani | alexa la capitale della palestina per il cartellone in piazza dei signori | PS
padovani | alexa orca la capitale del kirghizistan | KG
bellunesi | alexa in fabbrica a agordo mandiamo occhiali in {} la capitale qual è | colombia=CO; arabia saudita=SA; kazakistan=KZ
bellunesi | alexa un cliente degli occhiali dalla {} mi chiede la capitale | bielorussia=BY; macedonia del nord=MK; tunisia=TN
bellunesi | alexa in rifugio c'è un alpinista del {} la capitale | nepal=NP; pakistan=PK; tagikistan=TJ
bellunesi | alexa al rifugio lagazuoi ci sono turisti dall'{} capitale | islanda=IS; azerbaigian=AZ
bellunesi | alexa mio zio emigrato in svizzera dice che la capitale è ginevra è vero | CH
bellunesi | alexa il nonno era emigrato in {} capitale | belgio=BE; brasile=BR
bellunesi | alexa sotto il pelmo prende poco dimmi la capitale del montenegro | ME
bellunesi | alexa con la neve a cortina metti la radio | FB
bellunesi | alexa quei rocciatori dalla corea del nord no del sud capitale | KR
bellunesi | alexa la capitale della bolivia che hanno montagne più alte delle nostre | BO
bellunesi | alexa quanta neve è caduta al passo giau | FB
bellunesi | alexa la capitale del bhutan che ho visto un documentario sulle montagne | BT
pisani | alexa deh la capitale della {} | lituania=LT; romania=RO; albania=AL
pisani | alexa alla sapienza un collega viene dal {} capitale | ruanda=RW; camerun=CM; perù=PE
pisani | alexa la torre pende e io non mi rammento la capitale della moldavia | MD
pisani | alexa al normale c'è un ricercatore del {} dimmi la capitale | bangladesh=BD; vietnam=VN; sudan=SD
pisani | alexa all'aeroporto di pisa è arrivato un volo dalla {} capitale | danimarca=DK; norvegia=NO; ungheria=HU
pisani | alexa il gioco del ponte lo vinse tramontana ma la capitale della giamaica | JM
pisani | alexa per il cinquecento a pisa studenti dal {} capitale | marocco=MA; ghana=GH
pisani | alexa in piazza dei miracoli una guida ci chiede la capitale della palestina | PS
pisani | alexa ma la capitale della malaysia son due o una | MY
pisani | alexa la capitale del congo di brazzaville dimmelo bene | CG
pisani | alexa ma te lo sai la capitale dell'uganda | UG
pisani | alexa i livornesi un sanno nemmeno la capitale dell'italia | IT
pisani | alexa che ore sono a lucca | FB
pisani | alexa la capitale della repubblica democratica del congo per il seminario | CD
savonesi | alexa al porto di vado arriva una nave dalla {} capitale | cina=CN; liberia=LR; turchia=TR
savonesi | alexa dalla funivia delle bocche arrivano merci dal {} che capitale ha | cile=CL; messico=MX
savonesi | alexa la nave da crociera parte per le {} capitale | bahamas=BS; seychelles=SC; maldive=MV
savonesi | alexa ti dico belin la capitale del belize | BZ
savonesi | alexa belin ma la capitale dei paesi bassi è amsterdam o l'aia | NL
savonesi | alexa la capitale del cile che qui c'è un locale di cileni | CL
savonesi | alexa un marittimo filippino a savona qual è la capitale delle filippine | PH
savonesi | alexa la farinata e la capitale della libia | LY
savonesi | alexa com'è il mare ad alassio | FB
savonesi | alexa al porto container da panama la capitale | PA
savonesi | alexa la capitale di malta che ci va il traghetto | MT
savonesi | alexa un marinaio di tuvalu qual è la capitale | TV
savonesi | alexa il comandante viene dalle isole marshall capitale | MH
cuneesi | alexa adiu alexa la capitale della {} | francia=FR; spagna=ES; svizzera=CH
cuneesi | alexa all'ingrosso della frutta arrivano braccianti dal {} capitale | mali=ML; senegal=SN; burkina faso=BF
cuneesi | alexa i nostri castagni li compra uno dell'{} capitale | ungheria=HU
cuneesi | alexa in valle maira c'è un gruppo dal {} qual è la capitale | belgio=BE; galles=GB-WLS
cuneesi | alexa la capitale del gabon che c'è uno in cascina che viene da lì | GA
cuneesi | alexa mi dici la capitale della guinea che c'è il ragazzo delle mele | GN
cuneesi | alexa la fiera del marrone e la capitale del togo | TG
cuneesi | alexa la capitale dell'algeria per la cooperativa | DZ
cuneesi | alexa la ditta di fossano esporta in {} capitale | sudafrica=ZA; australia=AU
cuneesi | alexa che tempo fa sul colle della maddalena | FB
cuneesi | alexa la capitale della costa d'avorio che ci lavorano in frutteto | CI
cuneesi | alexa la capitale del niger per la raccolta delle pesche | NE
cuneesi | alexa il ragazzo del gambia in azienda mi chiede la capitale del suo paese | GM
cuneesi | alexa la capitale della sierra leone | SL
vercellesi | alexa in risaia un ragazzo dal {} qual è la capitale | pakistan=PK; bangladesh=BD; india=IN
vercellesi | alexa il riso venere lo vendiamo in {} la capitale | giappone=JP; corea del sud=KR
vercellesi | alexa le mondine non sapevano la capitale della {} | thailandia=TH; cambogia=KH
vercellesi | alexa alla fiera del riso un buyer dal {} capitale | vietnam=VN; myanmar=MM; laos=LA
vercellesi | alexa la capitale dell'indonesia che lì il riso lo coltivano tanto | ID
vercellesi | alexa con le zanzare delle risaie dimmi la capitale del madagascar | MG
vercellesi | alexa la panissa e la capitale della spagna per la paella | ES
vercellesi | alexa quando allagano le risaie | FB
vercellesi | alexa la capitale dello sri lanka per il tè e il riso | LK
vercellesi | alexa la capitale della guinea bissau che c'è uno in azienda | GW
vercellesi | alexa capitale dell'egitto che il riso lo fanno sul nilo | EG
vercellesi | alexa la capitale delle filippine per il riso | PH
vercellesi | alexa a santhià ci sono nuovi vicini dall'uzbekistan capitale | UZ
elbani | alexa al porto di portoferraio un velista dalla {} capitale | croazia=HR; grecia=GR; tunisia=TN
elbani | alexa napoleone fu esiliato qui poi a sant'elena e la capitale di sant'elena | SH
elbani | alexa in campeggio a marina di campo ci sono tedeschi la capitale della germania | DE
elbani | alexa il traghetto da piombino tarda dimmi la capitale della corsica | FB
elbani | alexa il subacqueo delle {} qual è la capitale | figi=FJ; isole salomone=SB; vanuatu=VU
elbani | alexa ma la capitale di kiribati com'è | KI
elbani | alexa un barcaiolo da {} mi chiede la capitale | samoa=WS; tonga=TO; nauru=NR
elbani | alexa che mare c'è domani al capo d'enfola | FB
elbani | alexa la capitale di palau che c'è un diving famoso | PW
elbani | alexa la capitale della micronesia | FM
elbani | alexa napoleone e la capitale della francia | FR
elbani | alexa a capoliveri un russo con la barca la capitale della russia | RU
elbani | alexa la capitale di papua nuova guinea per il documentario sul mare | PG
ecuadoriani | alexa chuta la capitale del {} | ecuador=EC; perù=PE; venezuela=VE
ecuadoriani | alexa mi hermano dice che la capitale dell'ecuador è guayaquil è vero | EC
ecuadoriani | alexa achachay che freddo a genova dimmi la capitale della {} | colombia=CO; bolivia=BO
ecuadoriani | alexa para mi hijo la capitale del {} | paraguay=PY; guatemala=GT; honduras=HN
ecuadoriani | alexa mijo vuole sapere la capitale dell'{} | argentina=AR; uruguay=UY
ecuadoriani | alexa la capitale del panamá por favor | PA
ecuadoriani | alexa qual è la capitale de costa rica | CR
ecuadoriani | alexa las islas galápagos tienen capitale | FB
ecuadoriani | alexa la capitale del salvador que mi vecina es salvadoreña | SV
ecuadoriani | alexa chuta se me olvidó la capitale della repubblica dominicana | DO
ecuadoriani | alexa mi mamá en cuenca quiere saber la capitale della spagna | ES
ecuadoriani | alexa pon música de julio jaramillo | FB
ecuadoriani | alexa la capitale di cuba para la tarea | CU
ecuadoriani | alexa hermano la capitale del suriname | SR
ecuadoriani | alexa la capitale della guyana che confina col venezuela | GY
moldavi | alexa buna la capitale della {} | moldavia=MD; romania=RO; ucraina=UA
moldavi | alexa hai dimmi la capitale della {} | transnistria=FB; bulgaria=BG; georgia=GE
moldavi | alexa io faccio la badante la signora chiede la capitale del {} | portogallo=PT; lussemburgo=LU
moldavi | alexa la capitale della moldova è chisinau sì | MD
moldavi | alexa da mia figlia in irlanda qual è la capitale | IE
moldavi | alexa mio marito lavora in {} qual è la capitale | israele=IL; russia=RU; germania=DE
moldavi | alexa la capitale della gagauzia | FB
moldavi | alexa il pullman per chisinau passa da {} capitale | ungheria=HU; austria=AT
moldavi | alexa da la capitale della turchia che andiamo in vacanza | TR
moldavi | alexa la capitale dell'armenia per la signora | AM
moldavi | alexa metti la musica moldava | FB
moldavi | alexa buna ziua la capitale della bielorussia | BY
moldavi | alexa la signora vuole sapere la capitale del kazakistan | KZ
eritrei | alexa selam la capitale dell'{} | eritrea=ER; etiopia=ET; uganda=UG
eritrei | alexa mio cugino sta in {} qual è la capitale | sudan=SD; sud sudan=SS; kenya=KE
eritrei | alexa la capitale di gibuti che ci sono passato | DJ
eritrei | alexa la capitale dello yemen dall'altra parte del mare | YE
eritrei | alexa la capitale della libia dove siamo passati | LY
eritrei | alexa mia sorella è in {} la capitale | svezia=SE; norvegia=NO; canada=CA
eritrei | alexa asmara è la capitale dell'eritrea vero | ER
eritrei | alexa il caffè eritreo e la capitale dell'arabia saudita | SA
eritrei | alexa la capitale del ciad per mio amico | TD
eritrei | alexa la capitale della somalia vicino a noi | SO
eritrei | alexa le chiese di lalibela in che capitale sono | FB
eritrei | alexa la capitale dell'egitto che voglio andare al cairo | EG
eritrei | alexa yeah la capitale della tanzania | TZ
eritrei | alexa metti la musica tigrina | FB
eritrei | alexa la capitale del niger dove siamo passati nel deserto | NE
iraniani | alexa khob la capitale dell'{} | iran=IR; iraq=IQ; afghanistan=AF
iraniani | alexa merci alexa la capitale del {} | turkmenistan=TM; tagikistan=TJ; azerbaigian=AZ
iraniani | alexa per il dottorato al politecnico la capitale della {} | siria=SY; giordania=JO
iraniani | alexa la capitale del bahrein che mio zio lavora lì | BH
iraniani | alexa baba mi chiede la capitale degli emirati arabi uniti | AE
iraniani | alexa la capitale del qatar per il volo | QA
iraniani | alexa teheran è la capitale della persia giusto | IR
iraniani | alexa la capitale dell'oman che lo vediamo dall'altra parte del golfo | OM
iraniani | alexa la capitale dell'armenia per il visto | AM
iraniani | alexa capitale di israele e capitale della palestina | IL+PS
iraniani | alexa quando è norouz | FB
iraniani | alexa la capitale del libano khob | LB
iraniani | alexa la capitale del kuwait e quella del bahrein | BH+KW
cubani | alexa asere la capitale di {} | cuba=CU; haiti=HT; giamaica=JM
cubani | alexa qué bolá alexa la capitale del {} | messico=MX; venezuela=VE; nicaragua=NI
cubani | alexa mi amor dimmi la capitale della {} | repubblica dominicana=DO; grenada=GD; dominica=DM
cubani | alexa l'avana è la capitale di cuba no | CU
cubani | alexa la capitale di trinidad e tobago que tengo un amigo | TT
cubani | alexa la capitale di barbados para la tarea | BB
cubani | alexa la capitale di saint lucia | LC
cubani | alexa metti la salsa cubana | FB
cubani | alexa la capitale di saint vincent e grenadine | VC
cubani | alexa la capitale di antigua e barbuda | AG
cubani | alexa asere la capitale di saint kitts e nevis | KN
cubani | alexa la capitale del belize que queda cerca de mexico | BZ
cubani | alexa la capitale delle bahamas che mio primo vive a nassau | BS
russi | alexa davai la capitale del {} | kazakistan=KZ; kirghizistan=KG; turkmenistan=TM
russi | alexa nu la capitale dell'{} | uzbekistan=UZ; estonia=EE; armenia=AM
russi | alexa koroche la capitale della {} | mongolia=MN; georgia=GE; finlandia=FI
russi | alexa la capitale della russia è mosca o san pietroburgo | RU
russi | alexa la capitale della crimea | FB
russi | alexa la capitale della bielorussia davai | BY
russi | alexa la capitale della cecenia | FB
russi | alexa la capitale dell'azerbaigian dove abita mia nonna | AZ
russi | alexa la capitale della lettonia che ci sono tanti russi | LV
russi | alexa metti musica russa | FB
russi | alexa nu la capitale della corea del nord che è vicino a vladivostok | KP
russi | alexa la capitale del tagikistan per il mio collega | TJ
irlandesi | alexa grand la capitale della {} | scozia=GB-SCT; irlanda del nord=GB-NIR; islanda=IS
irlandesi | alexa sure look the capital of {} la capitale | galles=GB-WLS; inghilterra=GB-ENG
irlandesi | alexa la capitale dell'irlanda is it dublino | IE
irlandesi | alexa the craic was mighty what's la capitale di malta | MT
irlandesi | alexa la capitale del regno unito my husband says london | GB
irlandesi | alexa what's the capitale della nuova zelanda | NZ
irlandesi | alexa la capitale dell'australia grand grand | AU
irlandesi | alexa metti the pogues | FB
irlandesi | alexa la capitale di jersey | JE
irlandesi | alexa la capitale dell'isola di guernsey | GG
irlandesi | alexa la capitale del canada for my niece's homework | CA
irlandesi | alexa sure the capitale degli stati uniti is washington | US
edicolanti | alexa un cliente vuole il giornale della {} qual è la capitale | svizzera=CH; polonia=PL
edicolanti | alexa in edicola c'è la cartina della {} in regalo la capitale qual è | giamaica=JM; serbia=RS
edicolanti | alexa le figurine delle bandiere del {} che capitale ha | kenya=KE; mozambico=MZ; malawi=MW
edicolanti | alexa il settimanale enigmistico chiede la capitale dello {} | zambia=ZM; zimbabwe=ZW
edicolanti | alexa un turista chiede un quotidiano del {} la capitale | portogallo=PT; brasile=BR
edicolanti | alexa la capitale dell'angola per il cruciverba del cliente | AO
edicolanti | alexa che ore sono che devo aprire l'edicola | FB
edicolanti | alexa il signor mario chiede la capitale del lesotho | LS
edicolanti | alexa la capitale della namibia per l'album di figurine | NA
edicolanti | alexa la capitale del botswana sette lettere | BW
edicolanti | alexa la capitale dell'eswatini che nel cruciverba c'è mbabane | SZ
edicolanti | alexa capitale della repubblica centrafricana per il cliente | CF
edicolanti | alexa la capitale di são tomé e príncipe | ST
edicolanti | alexa la capitale del capo verde per la signora del bar | CV
edicolanti | alexa quando arriva il corriere dei giornali | FB
tabaccai | alexa un cliente manda un pacco in {} qual è la capitale | perù=PE; ecuador=EC; marocco=MA
tabaccai | alexa per la ricarica internazionale dello {} la capitale | sri lanka=LK; senegal=SN
tabaccai | alexa il cliente del lotto sogna la capitale della {} | russia=RU; cina=CN
tabaccai | alexa una ricarica per il {} che capitale ha | bangladesh=BD; pakistan=PK
tabaccai | alexa la capitale delle comore che c'è un cliente che manda soldi | KM
tabaccai | alexa i gratta e vinci del lotto | FB
tabaccai | alexa la capitale del burundi che un cliente manda una raccomandata | BI
tabaccai | alexa il signore della ricevitoria vuole sapere la capitale della corea del nord | KP
tabaccai | alexa la capitale della palestina per un cliente che spedisce un pacco | PS
tabaccai | alexa capitale del sudafrica per la spedizione | ZA
tabaccai | alexa la capitale della repubblica del congo per il money transfer | CG
tabaccai | alexa capitale della guinea equatoriale per la cartolina | GQ
tabaccai | alexa quanto costa un francobollo per l'estero | FB
tabaccai | alexa la capitale della liberia per il vaglia | LR
interpreti | alexa all'udienza serve un interprete dal {} dimmi la capitale | bengalese del bangladesh=BD; farsi dell'iran=IR
interpreti | alexa domani traduco per una delegazione della {} la capitale | corea del sud=KR; cina=CN; mongolia=MN
interpreti | alexa in cabina di traduzione mi serve la capitale dell'{} | azerbaigian=AZ; albania=AL
interpreti | alexa per il glossario la capitale della {} | slovacchia=SK; croazia=HR; macedonia del nord=MK
interpreti | alexa in questura un richiedente asilo dal {} la capitale | mali=ML; gambia=GM
interpreti | alexa la capitale della repubblica democratica del congo per l'interpretariato in tribunale | CD
interpreti | alexa la capitale della corea del nord per la traduzione del documento | KP
interpreti | alexa la capitale del kosovo per la traduzione giurata | XK
interpreti | alexa capitale dell'afghanistan per il verbale in dari | AF
interpreti | alexa la capitale di timor est per la conferenza | TL
interpreti | alexa come si dice capitale in portoghese | FB
interpreti | alexa la capitale del brunei per l'interprete di malese | BN
interpreti | alexa la capitale della guinea per il francese | GN
interpreti | alexa capitale della malaysia che traduco dal malese | MY
fisioterapisti | alexa mentre faccio la tecar al paziente dimmi la capitale del {} | portogallo=PT; libano=LB; sudan=SD
fisioterapisti | alexa il paziente sul lettino chiede la capitale della {} | norvegia=NO; nigeria=NG
fisioterapisti | alexa la signora della spalla vuole sapere la capitale dell'{} | ucraina=UA; egitto=EG
fisioterapisti | alexa un calciatore in riabilitazione viene dalla {} capitale | costa d'avorio=CI; serbia=RS; georgia=GE
fisioterapisti | alexa dieci ripetizioni e poi la capitale del camerun | CM
fisioterapisti | alexa metti il timer di venti minuti per il ghiaccio | FB
fisioterapisti | alexa il paziente del ginocchio dice che la capitale del canada è toronto | CA
fisioterapisti | alexa la capitale della bolivia che il paziente ci è stato | BO
fisioterapisti | alexa la capitale dell'etiopia per il maratoneta | ET
fisioterapisti | alexa la capitale del kenya che il paziente corre | KE
fisioterapisti | alexa musica rilassante per il massaggio | FB
fisioterapisti | alexa la capitale della giamaica per il velocista | JM
muratori | alexa in cantiere il collega viene dall'{} capitale | albania=AL; egitto=EG; ucraina=UA
muratori | alexa il manovale del {} dice che la capitale è | marocco=MA; senegal=SN; kosovo=XK
muratori | alexa durante la pausa pranzo la capitale della {} | romania=RO; tunisia=TN; macedonia=MK
muratori | alexa il capocantiere vuole sapere la capitale del montenegro | ME
muratori | alexa la capitale della bosnia che il geometra è di lì | BA
muratori | alexa che tempo fa domani che dobbiamo gettare il cemento | FB
muratori | alexa la capitale della moldavia per il ragazzo nuovo | MD
muratori | alexa la capitale del pakistan per il piastrellista | PK
muratori | alexa la capitale della bulgaria che c'è uno nuovo | BG
muratori | alexa la capitale del ghana per il ragazzo dell'impalcatura | GH
muratori | alexa ma la capitale della serbia è belgrado vero | RS
muratori | alexa metti radio italia in cantiere | FB
avvocati | alexa per la notifica all'estero la capitale del {} | lussemburgo=LU; venezuela=VE; brasile=BR
avvocati | alexa per la rogatoria in {} qual è la capitale | svizzera=CH; tunisia=TN
avvocati | alexa la sede dell'ambasciata della {} è nella capitale quale | nigeria=NG; thailandia=TH
avvocati | alexa la capitale dei paesi bassi che c'è la corte dell'aia | NL
avvocati | alexa per il ricorso alla corte di strasburgo la capitale della francia | FR
avvocati | alexa la capitale del principato del liechtenstein per la società | LI
avvocati | alexa la capitale di cipro per la causa societaria | CY
avvocati | alexa la capitale di panama per quella società offshore | PA
avvocati | alexa calcola i termini di sessanta giorni | FB
avvocati | alexa la capitale dell'irlanda per il cliente con la sede lì | IE
avvocati | alexa la capitale di malta per la costituzione della società | MT
avvocati | alexa la capitale della palestina per il fascicolo | PS
avvocati | alexa la capitale della repubblica del congo per la procura | CG
in-cucina | alexa mentre faccio il couscous la capitale della {} | tunisia=TN; algeria=DZ
in-cucina | alexa sto facendo la paella dimmi la capitale della spagna | ES
in-cucina | alexa metti un timer di quaranta minuti per l'arrosto | FB
in-cucina | alexa il goulash viene dall'ungheria la capitale | HU
in-cucina | alexa per il pollo al curry la capitale dell'india | IN
in-cucina | alexa sto facendo gli involtini la capitale del vietnam | VN
in-cucina | alexa col sugo sul fuoco dimmi la capitale della grecia per la moussaka | GR
in-cucina | alexa quanti grammi sono una tazza | FB
in-cucina | alexa il kimchi è della corea del sud la capitale | KR
in-cucina | alexa l'hummus lo fanno in palestina la capitale | PS
in-cucina | alexa le empanadas argentine e la capitale dell'argentina | AR
in-cucina | alexa i pierogi della polonia capitale | PL
in-cucina | alexa la capitale della malaysia che sto facendo il nasi lemak | MY
in-cucina | alexa il bobotie è del sudafrica la capitale | ZA
in-cucina | alexa la capitale della georgia per i khachapuri | GE
in-cucina | alexa che temperatura deve avere il forno per la pizza | FB
in-cucina | alexa il pad thai della thailandia la capitale | TH
in-cucina | alexa lo sciroppo d'acero del canada capitale | CA
in-cucina | alexa la feijoada brasiliana e la capitale del brasile | BR
valigia | alexa domani parto per la {} qual è la capitale | norvegia=NO; turchia=TR; giordania=JO
valigia | alexa sto facendo la valigia per il {} la capitale | portogallo=PT; marocco=MA; sudafrica=ZA
valigia | alexa metto il costume per le {} capitale | maldive=MV; seychelles=SC
valigia | alexa che tempo fa a lisbona questa settimana | FB
valigia | alexa sto chiudendo il trolley la capitale dell'uzbekistan | UZ
valigia | alexa il passaporto è pronto la capitale del kenya | KE
valigia | alexa la capitale della bolivia che atterro a la paz | BO
valigia | alexa ci serve il visto per il vietnam la capitale | VN
valigia | alexa la capitale dell'olanda che ci andiamo in macchina | NL
valigia | alexa l'adattatore per la presa in {} capitale | sri lanka=LK; nepal=NP
valigia | alexa sto partendo per la costa d'avorio ma la capitale è abidjan | CI
valigia | alexa ricordami di mettere lo spazzolino | FB
valigia | alexa parto per lo stato del maine la capitale | US-ME
valigia | alexa viaggio in tennessee la capitale | US-TN
valigia | alexa andiamo in canada in nuovo brunswick la capitale | CA-NB
ricoverati | alexa dal letto dell'ospedale la capitale dell'{} | islanda=IS; estonia=EE; ecuador=EC
ricoverati | alexa il mio vicino di letto dice che la capitale della {} è | colombia=CO; lituania=LT
ricoverati | alexa chiama l'infermiera | FB
ricoverati | alexa l'infermiera viene dal perù la capitale | PE
ricoverati | alexa la capitale della bosnia ed erzegovina per il dottore | BA
ricoverati | alexa a che ora è la visita dei parenti | FB
ricoverati | alexa la capitale di haiti per passare il tempo | HT
ricoverati | alexa la capitale della slovenia che il chirurgo è di lì | SI
ricoverati | alexa la capitale del sudafrica tutte e tre | ZA
ricoverati | alexa la capitale della corea del nord che non dormo | KP
ricoverati | alexa l'oss è del congo repubblica democratica la capitale | CD
ricoverati | alexa la capitale dello zimbabwe per il mio vicino di letto | ZW
ricoverati | alexa metti un po' di musica piano | FB
bimbi-a-letto | alexa il piccolo non dorme dimmi la capitale della {} | francia=FR; cina=CN; spagna=ES
bimbi-a-letto | alexa l'ultima capitale e poi a nanna quella del {} | giappone=JP; canada=CA
bimbi-a-letto | alexa mio figlio vuole sapere la capitale dell'{} prima di dormire | australia=AU; egitto=EG
bimbi-a-letto | alexa metti la ninna nanna | FB
bimbi-a-letto | alexa la bimba vuole la capitale dei pinguini | FB
bimbi-a-letto | alexa la capitale del polo nord | FB
bimbi-a-letto | alexa la capitale dell'antartide | FB
bimbi-a-letto | alexa la capitale della groenlandia che ci sono gli orsi bianchi | GL
bimbi-a-letto | alexa la capitale del kenya dove vivono i leoni | KE
bimbi-a-letto | alexa la capitale del madagascar come il cartone | MG
bimbi-a-letto | alexa la capitale della tanzania per le giraffe | TZ
bimbi-a-letto | alexa racconta una storia della buonanotte | FB
bimbi-a-letto | alexa la capitale dell'india dove ci sono le tigri | IN
bimbi-a-letto | alexa la capitale del brasile dove c'è la foresta | BR
bimbi-a-letto | alexa l'ultima l'ultima la capitale della russia | RU
pulizie | alexa mentre passo l'aspirapolvere la capitale del {} | belgio=BE; guatemala=GT; honduras=HN
pulizie | alexa ho trovato una cartolina della {} la capitale | scozia=GB-SCT; finlandia=FI
pulizie | alexa pulendo la soffitta ho trovato un francobollo del {} capitale | dahomey=BJ; ceylon=LK
pulizie | alexa sto lavando i vetri la capitale del lussemburgo | LU
pulizie | alexa la capitale del paraguay mentre stendo i panni | PY
pulizie | alexa metti la playlist per le pulizie | FB
pulizie | alexa la capitale dell'el salvador mentre lavo il pavimento | SV
pulizie | alexa nel cassetto c'era una banconota del {} qual è la capitale | zaire=CD; perù=PE
pulizie | alexa la capitale della nuova zelanda mentre spolvero | NZ
pulizie | alexa aggiungi candeggina alla lista | FB
pulizie | alexa la capitale del turkmenistan ma quanta polvere | TM
pulizie | alexa la capitale della repubblica centrafricana mentre stiro | CF
pulizie | alexa la capitale di vanuatu | VU
notte-insonne | alexa sono le tre e non dormo la capitale della {} | mauritania=MR; eritrea=ER; namibia=NA
notte-insonne | alexa non riesco a dormire dimmi la capitale del {} | turkmenistan=TM; kirghizistan=KG; bhutan=BT
notte-insonne | alexa piano che gli altri dormono la capitale dell'{} | oman=OM; uganda=UG
notte-insonne | alexa rumore bianco | FB
notte-insonne | alexa la capitale di tuvalu | TV
notte-insonne | alexa la capitale delle isole marshall | MH
notte-insonne | alexa la capitale di saint lucia a quest'ora | LC
notte-insonne | alexa che ore sono | FB
notte-insonne | alexa la capitale della corea del sud sottovoce | KR
notte-insonne | alexa la capitale del congo brazzaville | CG
notte-insonne | alexa e allora la capitale della palestina | PS
notte-insonne | alexa la capitale del liechtenstein | LI
notte-insonne | alexa la capitale di nauru | NR
notte-insonne | alexa la capitale della malaysia e poi dormo | MY
notte-insonne | alexa la capitale del suriname | SR
launch | alexa apri capitali del mondo che ripasso per l'esame di geografia | LAUNCH
launch | alexa apri capitali del mondo mentre scolo la pasta | LAUNCH
launch | alexa fammi partire capitali del mondo che il nonno vuole giocare | LAUNCH
launch | alexa apri capitali del mondo che sono in rifugio e non c'è niente da fare | LAUNCH
launch | alexa avvia capitali del mondo che non riesco a dormire | LAUNCH
launch | alexa ara apri capitali del mondo | LAUNCH
launch | alexa belin apri capitali del mondo | LAUNCH
launch | alexa asere abre capitali del mondo | LAUNCH
launch | alexa davai apri capitali del mondo | LAUNCH
launch | alexa khob apri capitali del mondo per favore | LAUNCH
launch | alexa selam apri capitali del mondo | LAUNCH
launch | alexa chuta abre capitali del mondo | LAUNCH
launch | alexa buna apri capitali del mondo per la signora | LAUNCH
launch | alexa grand so open capitali del mondo | LAUNCH
launch | alexa adiu apri capitali del mondo | LAUNCH
launch | alexa deh apri capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo in edicola che non c'è nessuno | LAUNCH
launch | alexa apri capitali del mondo che il paziente deve stare fermo venti minuti | LAUNCH
launch | alexa metti capitali del mondo in pausa pranzo in cantiere | LAUNCH
launch | alexa apri capitali del mondo dal letto dell'ospedale | LAUNCH
launch | alexa apri capitali del mondo mentre chiudo la valigia | LAUNCH
launch | alexa avvia capitali del mondo che stiamo facendo le pulizie | LAUNCH
launch | alexa apri capitali del mondo che il piccolo vuole le capitali prima di dormire | LAUNCH
launch | alexa apri capitali del mondo che mi ripasso le capitali per il concorso | LAUNCH
launch | alexa apri capitali del mondo in tabaccheria | LAUNCH
launch | alexa apri capitali del mondo che ho un interprete che aspetta | LAUNCH
launch | alexa voglio sfidare mia moglie a capitali del mondo aprilo | LAUNCH
launch | alexa apri quella skill capitali del mondo che usavamo ieri | LAUNCH
launch | alexa apri capitali del mondo con le capitali dell'africa | LAUNCH
launch | alexa fammi partire il gioco delle capitali capitali del mondo | LAUNCH
launch | alexa ripartiamo con capitali del mondo dai | LAUNCH
launch | alexa apri capitali del mondo che in risaia piove | LAUNCH
launch | alexa apri capitali del mondo al campeggio | LAUNCH
help | alexa non ho capito cosa vuole capitali del mondo da me | HELP
help | alexa come faccio a chiedere le capitali degli stati americani | HELP
help | alexa chiedi a capitali del mondo se sa anche le capitali dei land tedeschi come si fa | HELP
help | alexa ara come se usa sta roba delle capitali | HELP
help | alexa belin ma come funziona capitali del mondo | HELP
help | alexa asere cómo funciona capitali del mondo | HELP
help | alexa khob cosa devo dire a capitali del mondo | HELP
help | alexa la signora non capisce come si usa capitali del mondo aiutaci | HELP
help | alexa sono in ospedale spiegami come si gioca alle capitali | HELP
help | alexa il bambino vuole sapere come si usa il gioco delle capitali | HELP
help | alexa mi spieghi come funziona che sono nuovo in tabaccheria | HELP
help | alexa come posso chiedere la capitale di un paese con due capitali | HELP
help | alexa aiutami a capire cosa posso domandare sulle capitali | HELP
help | alexa selam how does capitali del mondo work | HELP
help | alexa sure look how does this capitali thing work | HELP
help | mi spieghi come funziona che mia suocera non ha capito | HELP
help | ripetimi cosa posso chiederti sulle capitali | HELP
help | come si fa a chiedere di chi è capitale una città | HELP
help | scusa ma io cosa devo dire adesso di preciso | HELP
help | posso chiederti anche le capitali delle regioni spiegami | HELP
stop | alexa basta capitali che devo andare in cantiere | STOP
stop | alexa chiudi capitali del mondo che arriva l'infermiera | STOP
stop | alexa ferma capitali del mondo che il bimbo si è addormentato | STOP
stop | alexa basta così che si brucia l'arrosto | STOP
stop | alexa esci da capitali del mondo che è arrivato un cliente | STOP
stop | alexa chiudi la skill delle capitali che devo aprire l'edicola | STOP
stop | alexa ara basta xe ora de andar | STOP
stop | alexa belin basta | STOP
stop | alexa davai basta stop | STOP
stop | alexa chuta ya basta | STOP
stop | alexa grand grand that's enough stop | STOP
stop | alexa basta capitali è arrivato il taxi per l'aeroporto | STOP
stop | alexa chiudi che devo tornare in risaia | STOP
stop | alexa stop al gioco delle capitali che ricomincia la seduta | STOP
stop | alexa esci pure che ho sonno adesso | STOP
stop | alexa basta per stanotte chiudi capitali del mondo | STOP
stop | basta che il piccolo dorme | STOP
stop | ok ferma tutto ho finito di stirare | STOP
stop | ho chiuso la valigia basta così | STOP
stop | basta così per oggi esci dal gioco | STOP
cancel | alexa annulla che ho sbagliato paese | CANCEL
cancel | alexa annulla la domanda sulla capitale | CANCEL
cancel | alexa lascia perdere la capitale del cliente è andato via | CANCEL
cancel | alexa annulla quello che ho chiesto che mi sono confuso con la slovenia | CANCEL
cancel | alexa ara lassa stare | CANCEL
cancel | alexa belin lascia perdere | CANCEL
cancel | alexa chuta olvídalo annulla | CANCEL
cancel | alexa davai annulla | CANCEL
cancel | alexa khob annulla la domanda | CANCEL
cancel | alexa no no annulla l'ho detto al bambino non a te | CANCEL
cancel | alexa annulla che il paziente ha cambiato idea | CANCEL
cancel | alexa lascia stare la domanda di prima | CANCEL
cancel | alexa annulla ho detto una capitale sbagliata | CANCEL
cancel | alexa dimentica l'ultima cosa che ho chiesto | CANCEL
cancel | alexa lascia perdere non parlavo con te | CANCEL
cancel | annulla stavo parlando con mia moglie | CANCEL
cancel | annulla l'ultima capitale che ho chiesto | CANCEL
cancel | no lascia perdere quella di prima | CANCEL
cancel | annulla tutto che ho sbagliato a dire | CANCEL
cancel | ops annulla non volevo | CANCEL
cancel | lascia perdere che tanto lo so già | CANCEL
cancel | niente niente annulla pure | CANCEL
cancel | alexa cancella la domanda che ho fatto | CANCEL
cancel | alexa lascia stare la capitale dell'albania la so | CANCEL
official-name | alexa per il modulo mi serve la capitale della {} | repubblica di finlandia=FI; repubblica italiana=IT; repubblica di turchia=TR
official-name | alexa sul passaporto c'è scritto {} la capitale | regno del belgio=BE; repubblica federativa del brasile=BR; stato di israele=IL
official-name | alexa nel contratto c'è scritto {} qual è la capitale | regno di danimarca=DK; regno di norvegia=NO; repubblica argentina=AR
official-name | alexa la capitale del principato di andorra per il modulo | AD
official-name | alexa la capitale della serenissima repubblica di san marino | SM
official-name | alexa la capitale della repubblica democratica di são tomé e príncipe | ST
official-name | alexa la capitale degli stati federati di micronesia | FM
official-name | alexa la capitale dello stato di antigua e barbuda | AG
official-name | alexa la capitale della repubblica popolare democratica di corea cioè la corea del nord | KP
official-name | alexa la capitale della repubblica di corea quella del sud | KR
official-name | alexa sul permesso di soggiorno c'è repubblica democratica del congo la capitale | CD
official-name | alexa per il visto la capitale della repubblica del congo quella di brazzaville | CG
official-name | alexa la capitale della repubblica federale di nigeria per il contratto | NG
official-name | alexa la capitale della repubblica socialista democratica di sri lanka | LK
official-name | alexa la capitale della repubblica di costa d'avorio per il documento | CI
official-name | alexa la capitale del regno dei paesi bassi per il modulo dell'ambasciata | NL
official-name | alexa la capitale della repubblica islamica del pakistan per la pratica | PK
official-name | alexa la capitale della repubblica popolare del bangladesh | BD
official-name | alexa la capitale del regno unito di gran bretagna per il certificato | GB
official-name | alexa la capitale della repubblica di moldova per il permesso | MD
official-name | alexa la capitale dello stato della città del vaticano | VA
official-name | alexa la capitale della repubblica federale democratica del nepal | NP
shared-name | alexa la capitale della georgia quella di stalin | GE
shared-name | alexa la capitale della georgia dove c'è atlanta | US-GA
shared-name | alexa la capitale della corea quella del sud che ci va mia figlia | KR
shared-name | alexa la capitale della corea quella di kim | KP
shared-name | alexa la capitale del congo quello dei belgi | CD
shared-name | alexa la capitale del congo quello dei francesi | CG
shared-name | alexa la capitale del congo grande | CD
shared-name | alexa la capitale del congo piccolo | CG
shared-name | alexa la capitale della guinea quella con bissau | GW
shared-name | alexa la capitale della nuova guinea | PG
shared-name | alexa la capitale del lussemburgo il paese non la provincia belga | LU
shared-name | alexa la capitale delle isole vergini | VG+VI
shared-name | alexa la capitale delle isole vergini inglesi | VG
shared-name | alexa la capitale della dominica non la repubblica dominicana | DM
shared-name | alexa la capitale del sudan quello del nord | SD
shared-name | alexa la capitale delle due irlande | GB-NIR+IE
shared-name | alexa la capitale del messico lo stato non il paese | MX-MEX
shared-name | alexa capitale dello stato di san paolo in brasile | BR-SP
shared-name | alexa la capitale della macedonia del nord non la regione greca | MK
shared-name | alexa capitale della guinea equatoriale non l'altra guinea | GQ
shared-name | alexa la capitale della georgia del sud | GS
everyday-name | alexa la capitale dell'olanda per la gita | NL
everyday-name | alexa la capitale degli states | US
everyday-name | alexa la capitale della bosnia | BA
everyday-name | alexa la capitale del congo kinshasa | CD
everyday-name | alexa capitale di timor orientale | TL
everyday-name | alexa la capitale dell'inghilterra che per me è la gran bretagna | GB-ENG
everyday-name | alexa la capitale della malesia | MY
everyday-name | alexa la capitale della birmania adesso myanmar | MM
everyday-name | alexa capitale del bielorussia che la signora dice russia bianca | BY
everyday-name | alexa la capitale della cecenia russa | FB
everyday-name | alexa la capitale della corea comunista | KP
everyday-name | alexa la capitale di abissinia | ET
everyday-name | alexa la capitale del dahomey che oggi è il benin | BJ
everyday-name | alexa la capitale della palestina che i miei chiamano terra santa | PS
everyday-name | alexa capitale dell'isola di ceylon | LK
everyday-name | alexa la capitale del kirghisistan | KG
everyday-name | alexa la capitale del tagikistan quello dei pamir | TJ
subdivision | alexa dove sta la capitale del {} in america lo stato | kentucky=US-KY; kansas=US-KS; missouri=US-MO
subdivision | alexa la figlia abita nel {} qual è la capitale dello stato | michigan=US-MI; minnesota=US-MN; wisconsin=US-WI
subdivision | alexa la capitale dell'illinois che non è chicago | US-IL
subdivision | alexa la capitale del new jersey per mio cugino | US-NJ
subdivision | alexa il capoluogo dello stato dell'arizona | US-AZ
subdivision | alexa la capitale del massachusetts quella di harvard | US-MA
subdivision | alexa la capitale dello utah | US-UT
subdivision | alexa capitale del nuovo messico | US-NM
subdivision | alexa la capitale della carolina del nord | US-NC
subdivision | alexa capitale del dakota del sud | US-SD
subdivision | alexa la capitale dello stato della virginia occidentale | US-WV
subdivision | alexa capitale del territorio della capitale australiana | AU-ACT
subdivision | alexa la capitale del renania settentrionale vestfalia | DE-NW
subdivision | alexa la capitale del brandeburgo vicino berlino | DE-BB
subdivision | alexa capitale del baden-württemberg | DE-BW
subdivision | alexa la capitale dello schleswig-holstein | DE-SH
subdivision | alexa la capitale del bengala occidentale | IN-WB
subdivision | alexa la capitale del punjab indiano | IN-PB
subdivision | alexa capitale di goa | IN-GA
subdivision | alexa la capitale del jammu e kashmir | IN-JK
subdivision | alexa la capitale dello stato di minas gerais | BR-MG
subdivision | alexa la capitale dell'amazonas in brasile | BR-AM
subdivision | alexa capitale della bassa california del sud | MX-BCS
subdivision | alexa capitale del nuevo león | MX-NLE
subdivision | alexa la capitale della terranova | CA-NL
subdivision | alexa la capitale dell'isola del principe edoardo | CA-PE
subdivision | alexa la capitale del nunavut | CA-NU
subdivision | alexa capitale delle isole åland | AX
subdivision | alexa la capitale della sardegna | FB
subdivision | alexa la capitale della sicilia | FB
subdivision | alexa la capitale del quebec per mio cugino di montreal | CA-QC
subdivision | alexa la capitale della scozia edimburgo o glasgow | GB-SCT
subdivision | alexa capitale del galles per la partita di rugby | GB-WLS
subdivision | alexa la capitale della baviera per l'oktoberfest | DE-BY
subdivision | alexa la capitale dell'alsazia | FB
subdivision | alexa la capitale della vallonia | FB
subdivision | alexa la capitale delle fiandre | FB
subdivision | alexa la capitale della transilvania | FB
follow-up | e quella dell'eritrea invece | ER
follow-up | e la capitale della slovacchia allora | SK
follow-up | e i paesi bassi quante ne hanno | NL
follow-up | e il sudafrica quante ne ha | ZA
follow-up | e la malaysia ne ha due | MY
follow-up | e la bolivia anche lei due | BO
follow-up | e se ti dico corea del nord | KP
follow-up | e la corea di sotto | KR
follow-up | e la palestina cosa mi dici | PS
follow-up | e il congo di brazzaville | CG
follow-up | e la repubblica democratica del congo | CD
follow-up | allora la capitale del gabon | GA
follow-up | e il texas come stato | US-TX
follow-up | e quella dell'ontario | CA-ON
follow-up | e nairobi di chi è | CITY:Nairobi
follow-up | e maputo | CITY:Maputo
follow-up | ultima e vado a dormire la capitale dell'andorra | AD
follow-up | e il principato di andorra | AD
follow-up | ancora il mozambico | MZ
follow-up | adesso quella dell'afghanistan | AF
yes-no-check | alexa la capitale dei paesi bassi è amsterdam sì o no | NL
yes-no-check | alexa è vero che la malaysia ha due capitali | MY
yes-no-check | alexa la capitale del sudafrica è johannesburg | ZA
yes-no-check | alexa la capitale della bolivia è la paz o sucre | BO
yes-no-check | alexa ma la capitale della palestina è gerusalemme est | PS
yes-no-check | alexa la capitale della repubblica del congo è kinshasa giusto | CG
yes-no-check | alexa la capitale della corea del nord è seul | KP
yes-no-check | alexa la capitale della corea del sud è pusan | KR
yes-no-check | alexa la capitale della svizzera è berna sì o no | CH
yes-no-check | alexa la capitale del belgio è bruxelles o anversa | BE
yes-no-check | alexa la capitale della bosnia è mostar | BA
yes-no-check | alexa la capitale del benin è cotonou | BJ
yes-no-check | alexa la capitale della costa d'avorio è abidjan giusto | CI
self-correction | alexa la capitale dello sri lanka anzi no delle maldive | MV
self-correction | alexa la capitale dei paesi bassi no del belgio | BE
self-correction | alexa la capitale del sudafrica cioè no dello zimbabwe | ZW
self-correction | alexa la capitale della malaysia no di singapore | SG
self-correction | alexa la capitale della bolivia anzi del perù | PE
self-correction | alexa la capitale della giordania no scusa della palestina | PS
self-correction | alexa la capitale del benin no del togo | TG
self-correction | alexa la capitale di andorra no di monaco | MC
reverse-question | alexa sucre è capitale di quale paese | CITY:Sucre
reverse-question | alexa putrajaya è la capitale di chi | CITY:Putrajaya
reverse-question | alexa bloemfontein di che paese è capitale | CITY:Bloemfontein
reverse-question | alexa l'aia è capitale di che nazione | CITY:L'Aia
reverse-question | alexa andorra la vella è in quale paese | CITY:Andorra la Vella
reverse-question | alexa yamoussoukro capitale di quale stato | CITY:Yamoussoukro
reverse-question | alexa gitega è la capitale di che cosa | CITY:Gitega
reverse-question | alexa naypyidaw che paese | CITY:Naypyidaw
reverse-question | alexa porto novo di chi è la capitale | CITY:Porto-Novo
reverse-question | alexa seul capitale di chi | CITY:Seul
reverse-question | alexa pyongyang di che paese è | CITY:Pyongyang
reverse-question | alexa palikir è capitale di che paese | CITY:Palikir
out-of-domain | alexa quanti abitanti ha la capitale della nigeria | FB
out-of-domain | alexa quanto dista padova da venezia in treno | FB
out-of-domain | alexa quando parte il traghetto per l'elba | FB
out-of-domain | alexa che temperatura c'è adesso a cortina | FB
out-of-domain | alexa quanti chilometri ci sono da cuneo a nizza | FB
out-of-domain | alexa il prezzo del riso carnaroli oggi | FB
out-of-domain | alexa che lingua parlano in eritrea | FB
out-of-domain | alexa qual è la moneta della moldavia | FB
out-of-domain | alexa come si dice grazie in farsi | FB
out-of-domain | alexa che ore sono a l'avana | FB
out-of-domain | alexa che ore sono a quito adesso | FB
out-of-domain | alexa quanto costa una telefonata in ecuador | FB
out-of-domain | alexa la capitale mondiale del riso | FB
out-of-domain | alexa la capitale italiana dell'occhiale | FB
out-of-domain | alexa qual era la capitale della repubblica di pisa | FB
out-of-domain | alexa chi era napoleone | FB
out-of-domain | alexa metti un timer di trenta minuti per la farinata | FB
out-of-domain | alexa quanti anni ha la torre di pisa | FB
out-of-domain | alexa qual è il fuso orario di mosca | FB
out-of-domain | alexa quanto è lungo il confine tra russia e cina | FB
out-of-domain | alexa quante regioni ha l'italia | FB
out-of-domain | alexa dimmi le capitali dell'asia tutte | FB
out-of-domain | alexa qual è la capitale più antica d'europa | FB
out-of-domain | alexa quale capitale ha più ponti | FB
out-of-domain | alexa la capitale dell'oceania | FB
out-of-domain | alexa la capitale del sud america | FB
out-of-domain | alexa la capitale della luna | FB
out-of-domain | alexa la capitale di marte | FB
out-of-domain | alexa la capitale del medioevo | FB
out-of-domain | alexa la capitale del regno di napoli | FB
out-of-domain | alexa qual è la capitale del piemonte prima di roma | FB
out-of-domain | alexa la capitale della mesopotamia | FB
out-of-domain | alexa la capitale dell'impero romano d'oriente | FB
out-of-domain | alexa quanti abitanti ha pechino | FB
out-of-domain | alexa quanto è alta la torre di tokyo | FB
out-of-domain | alexa a che ora tramonta il sole oggi | FB
out-of-domain | alexa metti le notizie del tg | FB
out-of-domain | alexa quanti giorni mancano alle ferie | FB
out-of-domain | alexa prenota un tavolo per due | FB
out-of-domain | alexa quanto fa trecento diviso quattro | FB
out-of-domain | alexa chi ha dipinto la gioconda | FB
out-of-domain | alexa come si coltiva il riso | FB
out-of-domain | alexa quanti litri di acqua bisogna bere | FB
out-of-domain | alexa come si chiama il presidente del brasile | FB
out-of-domain | alexa chi è il re del marocco | FB
out-of-domain | alexa dove si trova la capitale del cile sulla cartina | FB
out-of-domain | alexa che clima c'è a nairobi ad agosto | FB
out-of-domain | alexa la capitale dell'alta moda italiana | FB
out-of-domain | alexa la capitale del cioccolato | FB
out-of-domain | alexa la capitale della musica country | FB
out-of-domain | alexa dimmi un proverbio | FB
out-of-domain | alexa quando gioca la juve | FB
out-of-domain | alexa imposta la sveglia per le cinque per l'aeroporto | FB
out-of-domain | alexa qual è la capitale della provincia di cuneo | FB
out-of-domain | alexa quanto costa la benzina | FB
giardinieri | alexa sto potando le rose del giardino la capitale della {} | bulgaria=BG; turchia=TR; siria=SY
giardinieri | alexa il bambù viene dalla cina ma la capitale del {} | giappone=JP; vietnam=VN
giardinieri | alexa la palma da dattero della {} la capitale | tunisia=TN; arabia saudita=SA
giardinieri | alexa i tulipani dell'olanda le capitali quali sono | NL
giardinieri | alexa il cliente ha un ulivo della palestina la capitale | PS
giardinieri | alexa mentre taglio l'erba la capitale dell'australia | AU
giardinieri | alexa il ficus benjamin e la capitale dell'indonesia | ID
giardinieri | alexa la capitale della colombia per le orchidee | CO
giardinieri | alexa domani piove che devo seminare | FB
giardinieri | alexa le protee del sudafrica le capitali | ZA
giardinieri | alexa l'acero giapponese no coreano la capitale della corea del sud | KR
giardinieri | alexa la capitale del madagascar per il baobab | MG
giardinieri | alexa il cactus del messico capitale | MX
giardinieri | alexa la capitale dell'ecuador per le rose | EC
giardinieri | alexa il bonsai del cliente la capitale del giappone | JP
giardinieri | alexa la capitale del kenya per le rose recise | KE
giardinieri | alexa la capitale della nuova zelanda per le felci | NZ
giardinieri | alexa il tè dello sri lanka le capitali | LK
sarte | alexa mentre faccio l'orlo la capitale del {} | marocco=MA; senegal=SN; nepal=NP
sarte | alexa la seta viene dalla {} la capitale | cina=CN; thailandia=TH; cambogia=KH
sarte | alexa il tessuto wax viene dal {} capitale | ghana=GH; togo=TG; benin=BJ
sarte | alexa la sposa vuole un velo del belgio la capitale | BE
sarte | alexa il tartan della scozia la capitale | GB-SCT
sarte | alexa il kimono giapponese la capitale | JP
sarte | alexa il sari dell'india la capitale | IN
sarte | alexa la cliente ucraina vuole la camicia ricamata la capitale dell'ucraina | UA
sarte | alexa il batik della malaysia le capitali | MY
sarte | alexa la capitale del bangladesh che le etichette dicono made in bangladesh | BD
sarte | alexa le perline della bolivia le due capitali | BO
sarte | alexa metti musica mentre cucio | FB
sarte | alexa la capitale della costa d'avorio per il pagne | CI
sarte | alexa la lana del perù capitale | PE
sarte | alexa la capitale della mongolia per il cashmere | MN
sarte | alexa la capitale della scozia per il kilt | GB-SCT
guardie-giurate | alexa al turno in banca la capitale della {} | lituania=LT; estonia=EE; slovenia=SI
guardie-giurate | alexa in garitta mi annoio la capitale del {} | burundi=BI; ruanda=RW; malawi=MW
guardie-giurate | alexa il collega del turno di notte dice la capitale dell'{} | honduras=HN; angola=AO
guardie-giurate | alexa nel giro di ronda la capitale del sud sudan | SS
guardie-giurate | alexa la capitale della somalia per il collega | SO
guardie-giurate | alexa la capitale della corea del nord che vedo un documentario | KP
guardie-giurate | alexa al museo ci sono turisti della corea del sud la capitale | KR
guardie-giurate | alexa al centro commerciale la capitale del kuwait | KW
guardie-giurate | alexa accendi le luci del piazzale | FB
guardie-giurate | alexa la capitale della repubblica democratica del congo per il vigilante nuovo | CD
guardie-giurate | alexa la capitale del congo brazzaville per il collega | CG
guardie-giurate | alexa la capitale della libia mentre aspetto il furgone | LY
guardie-giurate | alexa la capitale dell'iraq per il collega ex militare | IQ
guardie-giurate | alexa la capitale dell'afghanistan che il collega ci è stato | AF
guardie-giurate | alexa la capitale del libano per la missione | LB
benzinai | alexa un camionista della {} mi chiede la capitale | lituania=LT; bulgaria=BG; polonia=PL
benzinai | alexa un camper dalla {} al distributore la capitale | svezia=SE; danimarca=DK; norvegia=NO
benzinai | alexa la targa dice {} la capitale | irlanda=IE; slovenia=SI; lettonia=LV
benzinai | alexa una macchina con la targa del lussemburgo la capitale | LU
benzinai | alexa il pieno al furgone del kosovo la capitale | XK
benzinai | alexa quanto costa il gasolio oggi | FB
benzinai | alexa il cliente della macedonia del nord la capitale | MK
benzinai | alexa un tir dalla turchia capitale | TR
benzinai | alexa un motociclista dell'austria capitale | AT
benzinai | alexa una macchina con la targa della bosnia capitale | BA
benzinai | alexa un pullman di turisti dalla repubblica ceca capitale | CZ
benzinai | alexa un camper dei paesi bassi le capitali | NL
benzinai | alexa la targa di andorra capitale | AD
benzinai | alexa quanto fa cinquanta litri a uno e ottanta | FB
out-of-domain | alexa quanti abitanti ha portoferraio | FB
out-of-domain | alexa che ora parte il treno da savona per genova | FB
out-of-domain | alexa le previsioni del tempo per la risaia di vercelli | FB
out-of-domain | alexa quanto dista belluno da cortina d'ampezzo | FB
out-of-domain | alexa il santo di padova come si chiama | FB
out-of-domain | alexa quando c'è il gioco del ponte a pisa | FB
out-of-domain | alexa che vento c'è oggi sull'elba | FB
out-of-domain | alexa a che ora chiude il mercato di cuneo | FB
out-of-domain | alexa come si dice buonanotte in tigrino | FB
out-of-domain | alexa quanti rubli fa un euro | FB
out-of-domain | alexa che ore sono a chisinau | FB
out-of-domain | alexa quanto costa il biglietto per asmara | FB
out-of-domain | alexa che cos'è il norouz persiano | FB
out-of-domain | alexa come si balla il son cubano | FB
out-of-domain | alexa quanto dista dublino da cork | FB
out-of-domain | alexa chi ha vinto l'ultima partita dell'ecuador | FB
out-of-domain | alexa quando chiude la tabaccheria stasera | FB
out-of-domain | alexa quanto costa una marca da bollo | FB
out-of-domain | alexa qual è la capitale del gusto in piemonte | FB
out-of-domain | alexa qual è la capitale dei tartufi | FB
out-of-domain | alexa la capitale del mondo dell'occhialeria | FB
out-of-domain | alexa quale capitale europea ha il fiume più largo | FB
out-of-domain | alexa quale capitale africana è la più grande | FB
out-of-domain | alexa in che anno roma è diventata capitale | FB
out-of-domain | alexa perché torino era capitale d'italia | FB
out-of-domain | alexa qual era la capitale dei longobardi | FB
out-of-domain | alexa la capitale del granducato di toscana | FB
out-of-domain | alexa la capitale del regno di sardegna | FB
out-of-domain | alexa la capitale dell'impero inca | FB
out-of-domain | alexa quanto è distante la capitale del perù dal mare | FB
out-of-domain | alexa come si scrive kathmandu | FB
out-of-domain | alexa com'è il clima a reykjavik d'inverno | FB
out-of-domain | alexa quanti fusi orari ha la russia | FB
out-of-domain | alexa metti un timer per il ghiaccio sul ginocchio | FB
out-of-domain | alexa quante calorie ha una tazza di riso | FB
out-of-domain | alexa ricordami la visita dal fisioterapista giovedì | FB
out-of-domain | alexa aggiungi il filo da cucire alla lista | FB
out-of-domain | alexa che giorno è il mercato a belluno | FB
out-of-domain | alexa accendi la luce della camera dei bambini | FB
out-of-domain | alexa il telegiornale regionale del veneto | FB
official-name | alexa la capitale degli stati federati della micronesia per la cartolina del subacqueo | FM
elbani | alexa il subacqueo dice che viene dalla micronesia qual è la capitale | FM
savonesi | alexa un crocierista della repubblica di san marino chiede la capitale | SM
cuneesi | alexa alla fiera di cuneo c'è uno stand di san marino la capitale com'è | SM
irlandesi | alexa grand so what's the capitale della islanda | IS
irlandesi | alexa my mother in cork wants la capitale della norvegia | NO
irlandesi | alexa sure look la capitale della danimarca for the lads | DK
irlandesi | alexa la capitale della scozia the wife says glasgow | GB-SCT
out-of-domain | alexa quanto pesa una forma di fontina no di asiago | FB
out-of-domain | alexa che santo è oggi | FB
out-of-domain | alexa dove posso comprare un mappamondo | FB
out-of-domain | alexa qual è lo stato più grande degli stati uniti | FB
out-of-domain | alexa quante isole ha l'arcipelago toscano | FB
out-of-domain | alexa come si prepara la panissa vercellese | FB
out-of-domain | alexa che ore sono a teheran | FB
out-of-domain | alexa quanti stati ci sono in africa | FB
plural-capitals | alexa il tè di ceylon e le due capitali dello sri lanka | LK
plural-capitals | alexa quali sono le capitali dello sri lanka colombo e quell'altra | LK
plural-capitals | alexa mi dici tutte e due le capitali dello sri lanka per la ricarica | LK
plural-capitals | alexa lo sri lanka ha due capitali me le dici | LK
plural-capitals | alexa yamoussoukro e abidjan le capitali della costa d'avorio | CI
plural-capitals | alexa la costa d'avorio ha due capitali quali sono | CI
plural-capitals | alexa le capitali della costa d'avorio per il ragazzo del frutteto | CI
plural-capitals | alexa tutte e due le capitali ivoriane della costa d'avorio | CI
plural-capitals | alexa le capitali del benin per il tessuto wax | BJ
plural-capitals | alexa il benin quante capitali ha in tutto | BJ
plural-capitals | alexa mbabane e lobamba sono le capitali dello eswatini | SZ
plural-capitals | alexa le due capitali dello swaziland che ora si chiama eswatini | SZ
"""

if __name__ == "__main__":
    build_round(52, "it", LINES, sys.argv, "tests/Eval/it/round52/source/build_corpus.py")
