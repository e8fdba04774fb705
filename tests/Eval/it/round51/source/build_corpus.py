"""Round 51, Italian (it-IT): a new author's own mix, written blind in the sixtieth session (brief WRITER67.md), for
this session's tuner. Speakers chosen apart from the groups round 50's docstring lists (its own and those it copies for
rounds 44-49: Rome, Naples, Bari, Salento, Venice, Bologna, Milan, Turin, Genoa, Florence, Sardinia, Sicily, Calabria,
Como, the Langhe, Ciociaria, Abruzzo, Romagna, Maremma, Brescia, Cremona, Vicenza, Treviso, Ferrara, Piacenza, Asti, La
Spezia, Arezzo, Viterbo, Latina, Benevento, Salerno, Varese, Novara, Biella, Alessandria, Pavia, Lodi, the Polesine,
Reggio Emilia, Prato, Pistoia, Rieti, Brindisi, Lecco, Imperia and the rest; Mantovani, Bergamaschi, Trentini and
Altoatesini, Friulani, Triestini, Parmigiani and Modenesi, Perugini, Marchigiani, Molisani, Lucani, Tarantini,
Livornesi and Lucchesi; Colombian, Syrian, Nepalese, Japanese, Bosnian, Cameroonian, Keralite, Ukrainian, Moroccan,
Senegalese, Chinese, Romanian, Albanian, Filipino, Peruvian, Salvadoran, Dominican, Bulgarian, Afghan, Cape Verdean,
Ethiopian, Somali, Bangladeshi, Sri Lankan, Nigerian, Egyptian, Tunisian, Brazilian, Polish and Punjabi Sikh families,
Korean and Hungarian exchange students, American students and German retirees; truck drivers, nurses, hairdressers,
taxi drivers, pharmacists, hotel receptionists, tour guides, primary-school teachers, crossword fans, flight
attendants, teenagers, grandparents, baristi, postini, lifeguards and fishermen, librarians, bakers, call-centre
operators, youth football coaches, liceali, plumbers and electricians, firefighters, cooks, mechanics, bus and tram
drivers, food-delivery riders, sacristans and parish volunteers; lavoro, scuola, giochi and casa situations, the car,
the gym, a honeymoon and wedding tables, stamp and coin collecting, the pub quiz, Eurovision, the Olympics and the World
Cup, a cruise). Regional speakers: Valdostani (fontina, Courmayeur, the Mont Blanc tunnel, the Fiera di Sant'Orso, the
bataille de reines, the grolla, "bondzor"), Veronesi (the Arena, Vinitaly, Amarone, pandoro, Gardaland, the Hellas,
"ciò", "bon", "ostrega"), Valtellinesi (pizzoccheri, bresaola, Livigno, Bormio, the Bernina red train, "ul mé
fradel", "ciapa"), Senesi (the Palio and the contrade, panforte, the Monte dei Paschi, the Università per Stranieri,
"un mi ricordo", "icché l'è"), Carrarini (the marble quarries, lardo di Colonnata, the port of Marina di Carrara, the
anarchists), Ternani (the steel works, the Cascata delle Marmore, San Valentino, the Ternana, Narni), Foggiani and
Garganici (Padre Pio and San Giovanni Rotondo, Vieste, Peschici, the Tremiti, the tomato pickers, "uè"), Casertani and
Irpini (the Reggia, San Leucio silk, buffalo mozzarella, Castel Volturno, emigrants to Melbourne and Caracas, "jamme"),
Ticinesi (Lugano, the grotto, Chiasso, the Locarno festival, the autopostale, "sciur", "natel"), Sammarinesi (the
Titano, stamps, the national team's away games, Borgo Maggiore, Montegiardino), Ossolani and people of Lake Maggiore
(Domodossola, Stresa, the Borromean islands, the Walser of Macugnaga, the Sempione, Formazza). Immigrant families and
learners: Argentines ("che", "dale", "boludo", "bueno", mate and asado), Venezuelans ("chamo", "pana", "chévere", "qué
fino", arepas), Pakistanis ("yaar", "bas", "bhai", cricket, a phone shop), Ghanaians ("chale", "ei", "please", a church
at Castel Volturno), Georgian badanti ("gamarjoba", "kargi", "ara"), Turks ("tamam", "abi", "yani", "hadi", a kebab
shop), Spanish Erasmus students ("tío", "tía", "vale", "venga", "que mola", interrail), English retirees in Umbria
("right", "lovely", "cheers", "darling", "my wife says"), Dutch campers ("ja", "gezellig", Lake Garda). By trade:
carabinieri (the verbale, the posto di blocco), commercialisti (the 730, the F24, foreign VAT numbers), dentists and
their assistants, estate agents (casali, the rogito), radio presenters (a listeners' quiz on air). Situations: students
living away from home, moving house (old atlases, the grandfather's globe), the night shift, waiting rooms (doctor,
vet, post office, paediatrician), a power cut, dinner with the in-laws (settling arguments), job interviews (NGOs, the
FAO, multinationals), a travel agency. Plus follow-ups (said inside a session, without "alexa"), the several-capital
countries in the plural, subdivisions and territories, yes/no checks, self-corrections, reverse questions, official
and everyday names, shared names, launch by "capitali del mondo", help, stop, cancel and out-of-domain requests. Every
line typed by hand as one utterance; no outside text consulted. Built by round12_hinl_corpus.py (build_round with
round 51's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
help | alexa ma come funziona questa cosa delle capitali | HELP
help | alexa mi spieghi cosa sa fare capitali del mondo | HELP
help | alexa non capisco cosa devo chiederti qui | HELP
help | alexa che domande posso fare a questa skill | HELP
help | alexa istruzioni per favore | HELP
help | alexa dammi una mano che non so come si usa | HELP
help | alexa chiedi a capitali del mondo come funziona | HELP
help | alexa mi fai un esempio di domanda | HELP
help | alexa cosa posso dire adesso | HELP
help | alexa spiegami le regole | HELP
help | mi serve una mano | HELP
help | non so cosa dire aiutami tu | HELP
help | come faccio a chiederti una capitale | HELP
help | e adesso cosa devo fare | HELP
help | scusa ma come si gioca | HELP
help | mi ripeti come funziona | HELP
help | alexa sono nuovo qui come si usa | HELP
help | alexa la nonna non sa usarla le spieghi come si fa | HELP
help | alexa help | HELP
help | alexa aiuto non ci capisco niente | HELP
help | alexa cosa sai fare con le capitali | HELP
help | alexa quali comandi ci sono | HELP
help | alexa mi guidi tu | HELP
help | alexa che si può chiedere | HELP
help | alexa ho bisogno di aiuto con la skill | HELP
help | alexa come funzionano le domande al contrario dalla città al paese | HELP
help | aiuto per favore | HELP
help | mi aiuti un attimo | HELP
help | spiegamelo di nuovo | HELP
help | alexa come si fa a usare capitali del mondo | HELP
stop | alexa stop | STOP
stop | alexa basta così grazie | STOP
stop | alexa fermati | STOP
stop | alexa esci dalla skill | STOP
stop | alexa chiudi capitali del mondo | STOP
stop | alexa smettila | STOP
stop | alexa per oggi basta | STOP
stop | alexa finito grazie ciao | STOP
stop | alexa spegniti | STOP
stop | alexa abbiamo finito | STOP
stop | alexa chiudi tutto | STOP
stop | alexa ora basta che si mangia | STOP
stop | alexa buonanotte basta capitali | STOP
stop | alexa esci pure | STOP
stop | alexa ferma tutto | STOP
stop | basta | STOP
stop | fine | STOP
stop | ho finito | STOP
stop | ok basta così | STOP
stop | chiudi | STOP
stop | esci | STOP
stop | stop grazie | STOP
stop | alexa zitta | STOP
stop | alexa basta non mi serve più | STOP
stop | alexa esci da capitali del mondo | STOP
stop | alexa lascia stare le capitali chiudi | STOP
stop | alexa ok ci vediamo domani chiudi | STOP
stop | alexa termina | STOP
stop | alexa basta capitali per stasera | STOP
stop | alexa fermati un attimo e chiudi | STOP
stop | alexa stop stop stop | STOP
stop | alexa arrivederci | STOP
cancel | alexa annulla | CANCEL
cancel | alexa annulla la domanda | CANCEL
cancel | alexa lascia perdere | CANCEL
cancel | alexa no niente | CANCEL
cancel | alexa annulla tutto | CANCEL
cancel | alexa niente lascia stare | CANCEL
cancel | alexa cancella | CANCEL
cancel | alexa no annulla ho sbagliato | CANCEL
cancel | alexa non importa | CANCEL
cancel | alexa annulla quello che ho detto | CANCEL
cancel | annulla | CANCEL
cancel | lascia perdere dai | CANCEL
cancel | no niente scusa | CANCEL
cancel | annulla annulla | CANCEL
cancel | non fa niente | CANCEL
cancel | lascia stare | CANCEL
cancel | cancella la richiesta | CANCEL
cancel | alexa no aspetta annulla | CANCEL
cancel | alexa annullare | CANCEL
cancel | alexa niente ho cambiato idea | CANCEL
cancel | alexa annulla per favore | CANCEL
cancel | alexa scusa annulla era il bambino | CANCEL
cancel | alexa lascia stare non serve più | CANCEL
cancel | alexa annulla l'ultima | CANCEL
cancel | alexa no no annulla | CANCEL
cancel | alexa cancella quella domanda | CANCEL
cancel | alexa fa niente annulla | CANCEL
cancel | alexa annulla non parlavo con te | CANCEL
cancel | annulla grazie | CANCEL
cancel | alexa lascia perdere la capitale | CANCEL
cancel | alexa niente niente annulla | CANCEL
launch | alexa apri capitali del mondo per favore | LAUNCH
launch | alexa apri capitali del mondo grazie | LAUNCH
launch | alexa avvia capitali del mondo per piacere | LAUNCH
launch | alexa mi apri capitali del mondo | LAUNCH
launch | alexa facciamo capitali del mondo | LAUNCH
launch | alexa giochiamo a capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo che ripassiamo geografia | LAUNCH
launch | alexa avvia la skill capitali del mondo | LAUNCH
launch | alexa apri la skill capitali del mondo per favore | LAUNCH
launch | alexa fai partire la skill capitali del mondo | LAUNCH
launch | alexa vorrei aprire capitali del mondo | LAUNCH
launch | alexa posso usare capitali del mondo | LAUNCH
launch | alexa puoi avviare capitali del mondo | LAUNCH
launch | alexa ehi apri capitali del mondo | LAUNCH
launch | alexa allora apri capitali del mondo | LAUNCH
launch | alexa dai su apri capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo subito | LAUNCH
launch | alexa mettimi capitali del mondo | LAUNCH
launch | alexa carica capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo che ho un dubbio | LAUNCH
launch | alexa avvia capitali del mondo che c'è il quiz | LAUNCH
launch | alexa apri capitali del mondo per mio figlio | LAUNCH
launch | alexa salve apri capitali del mondo | LAUNCH
launch | alexa riavvia capitali del mondo | LAUNCH
launch | alexa ricomincia capitali del mondo | LAUNCH
launch | alexa torna su capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo in italiano | LAUNCH
launch | alexa apri l'app capitali del mondo | LAUNCH
launch | alexa lanciami capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo stasera ripasso | LAUNCH
launch | alexa aprimi capitali del mondo | LAUNCH
launch | alexa attiva capitali del mondo | LAUNCH
launch | alexa apri capitali mondo | LAUNCH
launch | alexa buongiorno avvia capitali del mondo per favore | LAUNCH
launch | alexa apri capitali del mondo che mi annoio | LAUNCH
launch | alexa voglio giocare a capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo con me | LAUNCH
launch | alexa avvia capitali del mondo prima di cena | LAUNCH
cancel | alexa annulla che ha parlato il cane | CANCEL
cancel | alexa annulla la capitale non mi serve più | CANCEL
cancel | alexa annulla era una domanda del bimbo | CANCEL
cancel | alexa annulla che la suocera ha già risposto | CANCEL
cancel | alexa no lascia perdere la capitale ho trovato sul libro | CANCEL
cancel | alexa annulla ha suonato il citofono | CANCEL
cancel | alexa lascia perdere ho sbagliato paese | CANCEL
cancel | alexa annulla quella di prima | CANCEL
cancel | alexa annulla la richiesta di prima per favore | CANCEL
cancel | alexa niente annulla la mamma lo sapeva | CANCEL
cancel | alexa lascia stare la domanda sulla bolivia | CANCEL
cancel | alexa annulla che il paziente è entrato | CANCEL
cancel | alexa lascia perdere che torna la luce | CANCEL
cancel | alexa annulla tamam | CANCEL
cancel | alexa annulla chale annulla | CANCEL
cancel | alexa dale annulla | CANCEL
cancel | alexa annulla bondzor | CANCEL
cancel | alexa annulla che ho detto male il nome | CANCEL
cancel | alexa lascia perdere quella domanda ne faccio un'altra | CANCEL
cancel | annulla la domanda che l'ho detta storta | CANCEL
cancel | no annulla non era quella | CANCEL
cancel | annulla ho sbagliato a dire | CANCEL
cancel | lascia perdere la capitale | CANCEL
cancel | annulla yaar | CANCEL
cancel | ciò lascia perdere | CANCEL
cancel | alexa annulla è arrivato il cliente | CANCEL
cancel | alexa annulla siamo in diretta | CANCEL
cancel | alexa annulla la ricerca della capitale | CANCEL
cancel | alexa uè annulla | CANCEL
cancel | alexa annulla che il compratore ha chiamato | CANCEL
stop | alexa basta così che entra il paziente | STOP
stop | alexa chiudi capitali del mondo che torna la luce | STOP
stop | alexa esci che ricomincia la diretta | STOP
stop | alexa stop capitali che si cena | STOP
stop | alexa basta capitali che i suoceri se ne vanno | STOP
stop | alexa esci dal gioco delle capitali | STOP
stop | alexa chiudi che finisce il turno | STOP
stop | alexa basta bondzor | STOP
stop | alexa stop tamam | STOP
stop | alexa basta chale | STOP
stop | alexa esci ciò | STOP
stop | alexa basta così tío | STOP
stop | alexa chiudi tutto che è arrivato il furgone del trasloco | STOP
stop | alexa stop che è finito l'esame | STOP
stop | alexa esci dalla skill delle capitali per favore | STOP
stop | basta così per stasera | STOP
stop | chiudi pure la skill | STOP
stop | esci da capitali | STOP
stop | basta capitali | STOP
stop | stop ho finito di studiare | STOP
stop | alexa basta capitali dale | STOP
stop | alexa chiudi uè | STOP
help | alexa aiuto che non so come chiedere una capitale | HELP
help | alexa come si chiede la capitale di un paese | HELP
help | alexa cosa devo dire per sapere una capitale | HELP
help | alexa aiutami con capitali del mondo | HELP
help | alexa non ho capito cosa fa questa skill | HELP
help | alexa dale spiegami come funziona | HELP
help | alexa come si usa tío | HELP
help | alexa spiegami come funziona per la nonna | HELP
help | alexa che cosa posso chiedere a capitali del mondo | HELP
help | mi spieghi come funziona | HELP
help | e adesso come si fa | HELP
help | aiuto non so cosa chiederti | HELP
launch | alexa apri capitali del mondo che c'è la cena coi suoceri | LAUNCH
launch | alexa apri capitali del mondo che è saltata la luce | LAUNCH
launch | alexa apri capitali del mondo per l'esame di domani | LAUNCH
launch | alexa apri capitali del mondo dale | LAUNCH
launch | alexa avvia capitali del mondo tamam | LAUNCH
launch | alexa bondzor apri capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo per il quiz in radio | LAUNCH
launch | alexa chale open capitali del mondo | LAUNCH
launch | alexa ciò apri capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo che siamo in camper | LAUNCH
olandesi-in-camper | alexa in camper fino a trieste e poi la capitale della croazia | HR
olandesi-in-camper | alexa ja la capitale di aruba che mio fratello ci abita | AW
olandesi-in-camper | alexa la capitale di curaçao per la cartolina | CW
plural-capitals | alexa quali sono le capitali del sudafrica | ZA
plural-capitals | alexa il sudafrica ha tre capitali dimmele tutte | ZA
plural-capitals | alexa mi elenchi le tre capitali sudafricane | ZA
plural-capitals | alexa come si chiamano tutte e tre le capitali del sudafrica | ZA
plural-capitals | alexa le capitali del sud africa quali sono che non me le ricordo mai | ZA
plural-capitals | alexa ma è vero che il sudafrica ha più capitali quali sono | ZA
plural-capitals | alexa dimmi le due capitali della bolivia | BO
plural-capitals | alexa la bolivia ha due capitali come si chiamano | BO
plural-capitals | alexa capitali della bolivia tutte e due | BO
plural-capitals | alexa sucre e poi l'altra capitale della bolivia qual è dimmele entrambe | BO
plural-capitals | alexa quante capitali ha la bolivia e quali sono | BO
plural-capitals | alexa le capitali dell'olanda quali sono | NL
plural-capitals | alexa i paesi bassi hanno due capitali giusto dimmele | NL
plural-capitals | alexa amsterdam e l'aia sono tutte e due capitali dei paesi bassi | NL
plural-capitals | alexa dimmi entrambe le capitali olandesi | NL
plural-capitals | alexa quali sono le capitali dei paesi bassi ufficiale e di governo | NL
plural-capitals | alexa la malesia ha due capitali quali | MY
plural-capitals | alexa dimmi le capitali della malesia | MY
plural-capitals | alexa capitali della malaysia per favore tutte e due | MY
plural-capitals | alexa kuala lumpur e l'altra capitale della malesia come si chiama dimmele entrambe | MY
plural-capitals | alexa quante sono le capitali della malesia e quali | MY
plural-capitals | alexa le due capitali del benin | BJ
plural-capitals | alexa il benin ha più di una capitale quali sono | BJ
plural-capitals | alexa dimmi tutte le capitali del benin | BJ
plural-capitals | alexa quali sono le capitali della costa d'avorio | CI
plural-capitals | alexa la costa d'avorio ha due capitali dimmele | CI
plural-capitals | alexa capitali della costa d'avorio yamoussoukro e poi | CI
plural-capitals | alexa quali sono le due capitali dello sri lanka | LK
plural-capitals | alexa lo sri lanka ha due capitali come si chiamano tutte e due | LK
plural-capitals | alexa dimmi le capitali dello sri lanka colombo e l'altra | LK
plural-capitals | alexa quali sono le capitali dell'eswatini | SZ
plural-capitals | alexa lo swaziland ha due capitali quali sono | SZ
plural-capitals | alexa le capitali dello eswatini dimmele tutte | SZ
plural-capitals | alexa ma quante capitali ha lo swaziland | SZ
plural-capitals | alexa mi dici le capitali del sudafrica e della bolivia | BO+ZA
plural-capitals | alexa il benin ha due capitali vero quali | BJ
plural-capitals | alexa tutte le capitali della costa d'avorio | CI
plural-capitals | alexa sri lanka capitali al plurale | LK
subdivision | alexa qual è la capitale della scozia | GB-SCT
subdivision | alexa capoluogo del galles | GB-WLS
subdivision | alexa la capitale dell'irlanda del nord qual è | GB-NIR
subdivision | alexa la capitale dell'inghilterra è londra vero | GB-ENG
subdivision | alexa qual è il capoluogo della valle d'aosta | FB
subdivision | alexa capoluogo della lombardia | FB
subdivision | alexa qual è il capoluogo del molise | FB
subdivision | alexa la capitale della catalogna | FB
subdivision | alexa la capitale dell'andalusia qual è | FB
subdivision | alexa capitale della baviera | DE-BY
subdivision | alexa la capitale della sassonia | DE-SN
subdivision | alexa qual è la capitale dell'assia | DE-HE
subdivision | alexa capitale della turingia | DE-TH
subdivision | alexa capitale della renania palatinato | DE-RP
subdivision | alexa la capitale del texas | US-TX
subdivision | alexa qual è la capitale della california | US-CA
subdivision | alexa la capitale dello stato di new york non è new york vero qual è | US-NY
subdivision | alexa capitale della florida | US-FL
subdivision | alexa capitale del nevada | US-NV
subdivision | alexa qual è la capitale dell'alaska | US-AK
subdivision | alexa capitale delle hawaii | US-HI
subdivision | alexa la capitale del québec | CA-QC
subdivision | alexa capitale dell'ontario | CA-ON
subdivision | alexa la capitale della columbia britannica | CA-BC
subdivision | alexa la capitale della groenlandia | GL
subdivision | alexa capitale delle isole fær øer | FO
subdivision | alexa capitale di portorico | PR
subdivision | alexa capitale della tasmania | AU-TAS
subdivision | alexa capitale del queensland | AU-QLD
subdivision | alexa capitale del kerala | IN-KL
subdivision | alexa qual è la capitale del rajasthan | IN-RJ
subdivision | alexa capitale dello stato di bahia | BR-BA
subdivision | alexa capitale dello yucatán | MX-YUC
subdivision | alexa capitale del jalisco | MX-JAL
subdivision | alexa la capitale della polinesia francese | PF
subdivision | alexa la capitale della nuova caledonia | NC
subdivision | alexa capitale della martinica | MQ
subdivision | alexa la capitale del canton ticino | FB
subdivision | alexa la capitale della corsica | FB
subdivision | alexa capitale della siberia | FB
subdivision | alexa capitale dell'isola di man | IM
subdivision | alexa capitale di gibilterra | GI
subdivision | alexa capitale delle bermuda | BM
subdivision | alexa capitale del tirolo austriaco | FB
subdivision | alexa la capitale della provenza | FB
subdivision | alexa capitale dello stato di washington | US-WA
subdivision | alexa capitale del minas gerais | BR-MG
subdivision | alexa capitale del territorio del nord australiano | AU-NT
subdivision | alexa capitale della bassa sassonia | DE-NI
subdivision | alexa capitale del sahara occidentale | EH
subdivision | alexa capitale di jersey | JE
subdivision | alexa capitale del kosovo | XK
subdivision | alexa capitale di taiwan | TW
subdivision | alexa la capitale di aruba | AW
subdivision | alexa la capitale di curaçao | CW
subdivision | alexa capitale delle isole cayman | KY
subdivision | alexa capitale della riunione | RE
subdivision | alexa capitale del tamil nadu | IN-TN
subdivision | alexa capitale della louisiana | US-LA
subdivision | alexa la capitale del vermont | US-VT
subdivision | alexa capitale della terranova | CA-NL
subdivision | alexa capitale del nunavut | CA-NU
subdivision | alexa la capitale delle fiandre | FB
subdivision | alexa la capitale della vallonia | FB
plural-capitals | alexa il benin ha porto novo e cotonou sono tutte e due capitali | BJ
plural-capitals | alexa capitali del benin al plurale per il compito | BJ
plural-capitals | alexa mi dici entrambe le capitali del benin | BJ
plural-capitals | alexa quali sono le capitali beninesi | BJ
plural-capitals | alexa le due capitali dell'eswatini per favore | SZ
plural-capitals | alexa tutte le capitali dello swaziland | SZ
plural-capitals | alexa l'eswatini ha una capitale reale e una amministrativa dimmele | SZ
plural-capitals | alexa capitali dello swaziland tutte e due | SZ
plural-capitals | alexa la bolivia ha sucre e la paz dimmi bene le due capitali | BO
plural-capitals | alexa le capitali boliviane quali sono | BO
plural-capitals | alexa dimmi entrambe le capitali della bolivia | BO
plural-capitals | alexa le capitali della costa d'avorio tutte e due | CI
plural-capitals | alexa la costa d'avorio ha più capitali dimmele | CI
plural-capitals | alexa le capitali ivoriane quali sono | CI
plural-capitals | alexa dimmi tutte e due le capitali dello sri lanka | LK
plural-capitals | alexa le capitali srilankesi quali sono | LK
plural-capitals | alexa le tre capitali del sudafrica per il compito | ZA
plural-capitals | alexa capitali sudafricane al plurale | ZA
plural-capitals | alexa le capitali della malesia kuala lumpur e poi | MY
plural-capitals | alexa l'olanda ha due capitali quali sono | NL
plural-capitals | alexa capitali dei paesi bassi tutte | NL
plural-capitals | alexa lo sri lanka ha due capitali una è colombo e l'altra dimmele tutte e due | LK
plural-capitals | alexa capitali dello sri lanka per la signora delle pulizie | LK
plural-capitals | alexa quante capitali ha lo sri lanka dimmele | LK
plural-capitals | alexa le capitali dell'olanda per mio figlio | NL
plural-capitals | alexa la malesia ha putrajaya e un'altra capitale dimmele tutte | MY
out-of-domain | alexa quanto pesa un blocco di marmo di carrara | FB
out-of-domain | alexa che tempo fa al passo del sempione | FB
out-of-domain | alexa quanto costa il traforo del monte bianco | FB
out-of-domain | alexa orari dell'autopostale per bellinzona | FB
out-of-domain | alexa quando corre il palio di agosto | FB
out-of-domain | alexa metti della cumbia | FB
out-of-domain | alexa metti musica qawwali | FB
out-of-domain | alexa metti highlife ghanese | FB
out-of-domain | alexa quanto è il cambio del peso argentino | FB
out-of-domain | alexa a che ora inizia la partita di cricket | FB
out-of-domain | alexa come si cucinano i khinkali | FB
out-of-domain | alexa quanti abitanti ha san marino | FB
out-of-domain | alexa a che ora chiude il caseificio | FB
out-of-domain | alexa quando scade l'imu | FB
out-of-domain | alexa che ore sono ad accra | FB
out-of-domain | alexa traduci buonanotte in georgiano | FB
out-of-domain | alexa la capitale mondiale dell'acciaio | FB
out-of-domain | alexa quale era la capitale del regno delle due sicilie | FB
follow-up | e la nigeria | NG
follow-up | e il ghana invece | GH
follow-up | e quella del kenya | KE
follow-up | e la corea del nord | KP
follow-up | e la corea del sud invece | KR
follow-up | e il congo quello di kinshasa | CD
follow-up | e l'altro congo | CG
follow-up | e della palestina | PS
follow-up | ok e l'uruguay | UY
follow-up | poi il paraguay | PY
follow-up | e la mongolia | MN
follow-up | adesso il kirghizistan | KG
follow-up | e il tagikistan | TJ
follow-up | pure l'armenia | AM
follow-up | e l'azerbaigian allora | AZ
follow-up | e per il laos | LA
follow-up | e in myanmar | MM
follow-up | e la cambogia | KH
follow-up | e invece il vietnam | VN
follow-up | e lo yemen | YE
follow-up | l'oman | OM
follow-up | ok e il qatar | QA
follow-up | e il bahrein | BH
follow-up | adesso il kuwait | KW
follow-up | e la giordania | JO
follow-up | e il libano | LB
follow-up | e la siria | SY
follow-up | e l'iraq | IQ
follow-up | e l'iran | IR
follow-up | l'afghanistan invece | AF
follow-up | e il turkmenistan | TM
follow-up | e dell'uzbekistan | UZ
follow-up | e il kazakistan | KZ
follow-up | poi la moldavia | MD
follow-up | e la bielorussia | BY
follow-up | e l'ucraina | UA
follow-up | e della lituania | LT
follow-up | e la lettonia | LV
follow-up | e l'estonia | EE
follow-up | e la finlandia quale | FI
follow-up | allora l'islanda | IS
follow-up | e quella della norvegia | NO
follow-up | e la danimarca | DK
follow-up | e le figi | FJ
follow-up | e tonga | TO
follow-up | e samoa | WS
follow-up | e vanuatu | VU
follow-up | e tuvalu | TV
follow-up | e nauru | NR
follow-up | e kiribati | KI
follow-up | e le isole marshall | MH
follow-up | e palau | PW
follow-up | e la micronesia | FM
follow-up | e le isole salomone | SB
follow-up | e papua nuova guinea | PG
follow-up | e del bhutan | BT
follow-up | e il nepal | NP
follow-up | e le maldive | MV
follow-up | e il bangladesh | BD
follow-up | e del brasile | BR
follow-up | e l'argentina | AR
follow-up | e invece del cile | CL
follow-up | e il perù | PE
follow-up | e l'ecuador | EC
yes-no-check | alexa la capitale dell'australia è sydney | AU
yes-no-check | alexa è vero che la capitale del canada è toronto | CA
yes-no-check | alexa ankara è la capitale della turchia o è istanbul | TR
yes-no-check | alexa la capitale del brasile è rio de janeiro vero | BR
yes-no-check | alexa è giusto dire che la capitale della svizzera è berna | CH
yes-no-check | alexa pyongyang è la capitale della corea del nord | KP
yes-no-check | alexa seul è la capitale della corea del sud giusto | KR
yes-no-check | alexa kinshasa è la capitale del congo | CD
yes-no-check | alexa brazzaville è la capitale della repubblica del congo vero | CG
yes-no-check | alexa ramallah è la capitale della palestina | PS
yes-no-check | alexa la capitale del marocco è casablanca | MA
yes-no-check | alexa la capitale della nigeria è lagos o no | NG
yes-no-check | alexa è vero che la capitale della tanzania non è dar es salaam | TZ
yes-no-check | alexa la capitale del pakistan è karachi | PK
yes-no-check | alexa almaty è ancora la capitale del kazakistan | KZ
yes-no-check | alexa la capitale del vietnam è ho chi minh | VN
yes-no-check | alexa la capitale della nuova zelanda è auckland giusto | NZ
yes-no-check | alexa zurigo è la capitale della svizzera | CH
yes-no-check | alexa è vero che la capitale del myanmar è rangoon | MM
yes-no-check | alexa ma la capitale del belize è belize city | BZ
yes-no-check | alexa la capitale del camerun è douala | CM
yes-no-check | alexa abidjan è la capitale della costa d'avorio | CI
yes-no-check | alexa la capitale dell'ecuador è guayaquil | EC
yes-no-check | alexa gerusalemme è la capitale di israele | IL
yes-no-check | alexa la capitale della bolivia è la paz vero | BO
yes-no-check | alexa amsterdam è la capitale dell'olanda giusto | NL
yes-no-check | alexa la capitale del sudafrica è johannesburg | ZA
yes-no-check | alexa la capitale della malesia è kuala lumpur confermi | MY
yes-no-check | alexa la capitale del burundi è ancora bujumbura | BI
yes-no-check | alexa la capitale di malta è la valletta sì o no | MT
yes-no-check | alexa dublino è la capitale dell'irlanda vero | IE
yes-no-check | alexa la capitale della scozia è glasgow | GB-SCT
yes-no-check | alexa la capitale della california è los angeles | US-CA
yes-no-check | alexa la capitale del sud sudan è giuba | SS
yes-no-check | alexa riga è la capitale della lettonia o della lituania | LV
self-correction | alexa la capitale dell'austria anzi no dell'australia | AU
self-correction | alexa capitale della slovenia no scusa slovacchia | SK
self-correction | alexa la capitale della svezia cioè della svizzera | CH
self-correction | alexa la capitale dell'islanda no dell'irlanda | IE
self-correction | alexa capitale del niger ah no nigeria | NG
self-correction | alexa la capitale della corea del sud no del nord | KP
self-correction | alexa la capitale della corea del nord no aspetta del sud | KR
self-correction | alexa capitale del congo quello democratico | CD
self-correction | alexa capitale del congo no l'altro quello di brazzaville | CG
self-correction | alexa la capitale della guinea ehm guinea bissau | GW
self-correction | alexa la capitale della guinea equatoriale no solo guinea | GN
self-correction | alexa la capitale dell'iran cioè dell'iraq | IQ
self-correction | alexa la capitale del mali volevo dire malawi | MW
self-correction | alexa capitale della gambia anzi zambia | ZM
self-correction | alexa la capitale di israele no della palestina | PS
self-correction | alexa capitale della dominica no repubblica dominicana | DO
self-correction | alexa la capitale del paraguay anzi uruguay | UY
self-correction | alexa capitale dell'armenia no albania | AL
self-correction | alexa la capitale della lettonia scusa lituania | LT
self-correction | alexa capitale della mauritania no mauritius | MU
self-correction | alexa la capitale del sudan no del sud sudan | SS
self-correction | alexa capitale del montenegro ehm no serbia | RS
self-correction | alexa capitale della romania no bulgaria | BG
self-correction | alexa la capitale dell'honduras anzi guatemala | GT
self-correction | alexa la capitale del nicaragua cioè costa rica | CR
self-correction | alexa capitale di haiti no giamaica | JM
self-correction | alexa capitale di grenada no aspetta granada è in spagna dico grenada l'isola | GD
self-correction | alexa capitale del lesotho no eswatini | SZ
self-correction | alexa la capitale della tunisia no della libia | LY
self-correction | alexa la capitale del togo anzi del benin | BJ
self-correction | alexa capitale della guyana quella ex inglese non francese | GY
self-correction | alexa la capitale di saint lucia no saint vincent | VC
reverse-question | alexa di quale paese è capitale ouagadougou | CITY:Ouagadougou
reverse-question | alexa niamey è la capitale di che stato | CITY:Niamey
reverse-question | alexa bamako di che paese è | CITY:Bamako
reverse-question | alexa nouakchott è capitale di cosa | CITY:Nouakchott
reverse-question | alexa quale nazione ha come capitale conakry | CITY:Conakry
reverse-question | alexa freetown di dove è capitale | CITY:Freetown
reverse-question | alexa monrovia capitale di che paese | CITY:Monrovia
reverse-question | alexa lomé in che stato si trova è la capitale | CITY:Lomé
reverse-question | alexa accra è la capitale di quale paese africano | CITY:Accra
reverse-question | alexa di chi è capitale libreville | CITY:Libreville
reverse-question | alexa malabo di quale paese è la capitale | CITY:Malabo
reverse-question | alexa bangui capitale di | CITY:Bangui
reverse-question | alexa quale paese ha per capitale n'djamena | CITY:N'Djamena
reverse-question | alexa kinshasa di che congo è la capitale | CITY:Kinshasa
reverse-question | alexa brazzaville è capitale di quale congo | CITY:Brazzaville
reverse-question | alexa pyongyang è capitale di che paese | CITY:Pyongyang
reverse-question | alexa seul di che stato è la capitale | CITY:Seul
reverse-question | alexa ramallah di che paese è capitale | CITY:Ramallah
reverse-question | alexa quale paese ha come capitale lusaka | CITY:Lusaka
reverse-question | alexa harare è la capitale di dove | CITY:Harare
reverse-question | alexa lilongwe di che stato è capitale | CITY:Lilongwe
reverse-question | alexa maputo è capitale di che paese | CITY:Maputo
reverse-question | alexa gaborone di quale nazione è la capitale | CITY:Gaborone
reverse-question | alexa windhoek capitale di che paese | CITY:Windhoek
reverse-question | alexa maseru è la capitale di quale regno | CITY:Maseru
reverse-question | alexa antananarivo è capitale di | CITY:Antananarivo
reverse-question | alexa moroni di quale paese è capitale | CITY:Moroni
reverse-question | alexa kigali di che paese è la capitale | CITY:Kigali
reverse-question | alexa gitega è capitale di che stato | CITY:Gitega
reverse-question | alexa asmara di che paese è | CITY:Asmara
reverse-question | alexa mogadiscio capitale di | CITY:Mogadiscio
reverse-question | alexa dodoma di quale paese è capitale | CITY:Dodoma
reverse-question | alexa ulan bator è capitale di che nazione | CITY:Ulan Bator
reverse-question | alexa thimphu di che paese è la capitale | CITY:Thimphu
reverse-question | alexa naypyidaw è capitale di che paese | CITY:Naypyidaw
reverse-question | alexa vientiane capitale di quale stato | CITY:Vientiane
reverse-question | alexa ashgabat di quale paese è capitale | CITY:Ashgabat
reverse-question | alexa dushanbe è la capitale di quale repubblica | CITY:Dushanbe
reverse-question | alexa bishkek capitale di che paese | CITY:Bishkek
reverse-question | alexa tbilisi è la capitale di quale paese | CITY:Tbilisi
reverse-question | alexa podgorica di che stato è la capitale | CITY:Podgorica
reverse-question | alexa skopje di che paese è capitale | CITY:Skopje
reverse-question | alexa vaduz capitale di che paese | CITY:Vaduz
reverse-question | alexa paramaribo è capitale di quale paese sudamericano | CITY:Paramaribo
reverse-question | alexa georgetown di quale paese è capitale | CITY:Georgetown
reverse-question | alexa tegucigalpa di che nazione è la capitale | CITY:Tegucigalpa
reverse-question | alexa managua capitale di che paese | CITY:Managua
reverse-question | alexa belmopan è la capitale di dove | CITY:Belmopan
reverse-question | alexa castries di che isola è la capitale | CITY:Castries
reverse-question | alexa roseau di quale paese è la capitale | CITY:Roseau
reverse-question | alexa basseterre capitale di che stato | CITY:Basseterre
reverse-question | alexa nuku'alofa è capitale di che regno | CITY:Nuku'alofa
reverse-question | alexa funafuti di quale stato è capitale | CITY:Funafuti
reverse-question | alexa palikir è capitale di che paese | CITY:Palikir
reverse-question | alexa honiara di che paese è la capitale | CITY:Honiara
reverse-question | alexa port vila è la capitale di | CITY:Port Vila
official-name | alexa capitale della repubblica democratica del congo | CD
official-name | alexa qual è la capitale della repubblica del congo | CG
official-name | alexa capitale della repubblica popolare democratica di corea | KP
official-name | alexa la capitale della repubblica di corea | KR
official-name | alexa la capitale dello stato di palestina | PS
official-name | alexa qual è la capitale della repubblica federale di germania | DE
official-name | alexa capitale della repubblica popolare cinese | CN
official-name | alexa capitale del regno unito di gran bretagna e irlanda del nord | GB
official-name | alexa capitale della confederazione svizzera | CH
official-name | alexa capitale della repubblica ellenica | GR
official-name | alexa qual è la capitale della federazione russa | RU
official-name | alexa capitale degli stati uniti d'america | US
official-name | alexa la capitale della repubblica islamica dell'iran | IR
official-name | alexa capitale della repubblica araba d'egitto | EG
official-name | alexa capitale del regno hascemita di giordania | JO
official-name | alexa capitale della repubblica socialista del vietnam | VN
official-name | alexa capitale della repubblica unita di tanzania | TZ
official-name | alexa qual è la capitale del regno di spagna | ES
official-name | alexa capitale della repubblica bolivariana del venezuela | VE
official-name | alexa capitale dello stato plurinazionale di bolivia | BO
official-name | alexa capitale della repubblica federale democratica d'etiopia | ET
official-name | alexa capitale del regno del marocco | MA
official-name | alexa capitale della repubblica ceca | CZ
official-name | alexa capitale della repubblica di macedonia del nord | MK
official-name | alexa capitale del granducato di lussemburgo | LU
official-name | alexa capitale del principato di monaco | MC
official-name | alexa capitale della repubblica serenissima di san marino | SM
official-name | alexa la capitale del regno di thailandia | TH
official-name | alexa capitale della repubblica dell'unione del myanmar | MM
official-name | alexa capitale della repubblica democratica popolare del laos | LA
official-name | alexa capitale degli stati uniti messicani | MX
official-name | alexa capitale della repubblica orientale dell'uruguay | UY
official-name | alexa capitale del commonwealth delle bahamas | BS
official-name | alexa capitale della repubblica di trinidad e tobago | TT
official-name | alexa capitale della repubblica democratica federale del nepal | NP
official-name | alexa capitale della repubblica islamica di mauritania | MR
official-name | alexa capitale della repubblica democratica di timor est | TL
official-name | alexa capitale della repubblica di cabo verde | CV
official-name | alexa capitale del regno di eswatini | SZ
official-name | alexa capitale della repubblica democratica socialista dello sri lanka | LK
everyday-name | alexa capitale dell'olanda | NL
everyday-name | alexa la capitale dell'inghilterra | GB-ENG
everyday-name | alexa la capitale della gran bretagna | GB
everyday-name | alexa capitale dell'america | US
everyday-name | alexa capitale della persia | IR
everyday-name | alexa la capitale della birmania | MM
everyday-name | alexa la capitale del siam | TH
everyday-name | alexa capitale dello swaziland | SZ
everyday-name | alexa capitale della rodesia | ZW
everyday-name | alexa capitale del dahomey | BJ
everyday-name | alexa capitale dell'alto volta | BF
everyday-name | alexa capitale dello zaire | CD
everyday-name | alexa capitale di ceylon | LK
everyday-name | alexa la capitale della cecoslovacchia | FB
everyday-name | alexa la capitale della jugoslavia | FB
everyday-name | alexa capitale dell'unione sovietica | FB
everyday-name | alexa capitale della bielorussia che la chiamano anche russia bianca | BY
everyday-name | alexa capitale della moldova | MD
everyday-name | alexa capitale della repubblica ceca che adesso si chiama cechia | CZ
everyday-name | alexa capitale della turchia che ora dicono türkiye | TR
everyday-name | alexa capitale della macedonia | MK
everyday-name | alexa capitale della costa d'oro | GH
everyday-name | alexa capitale delle isole figi | FJ
everyday-name | alexa capitale della corea di kim | KP
everyday-name | alexa capitale del capo verde | CV
everyday-name | alexa capitale del timor orientale | TL
everyday-name | alexa capitale della kampuchea | KH
everyday-name | alexa capitale dell'abissinia | ET
everyday-name | alexa capitale della formosa | TW
everyday-name | alexa capitale degli emirati | AE
everyday-name | alexa capitale di dubai | FB
everyday-name | alexa la capitale della città del vaticano | VA
everyday-name | alexa capitale dell'ulster | GB-NIR
everyday-name | alexa capitale del kirghisistan | KG
everyday-name | alexa capitale del bielorussia | BY
shared-name | alexa capitale della georgia | GE
shared-name | alexa capitale della georgia lo stato americano | US-GA
shared-name | alexa capitale della georgia quella del caucaso | GE
shared-name | alexa capitale della corea | KP+KR
shared-name | alexa capitale delle due coree | KP+KR
shared-name | alexa capitale del congo | CD+CG
shared-name | alexa capitale dei due congo | CD+CG
shared-name | alexa capitale della guinea | GN
shared-name | alexa capitale del sudan | SD
shared-name | alexa capitale della macedonia quella greca | FB
shared-name | alexa capitale del lussemburgo | LU
shared-name | alexa capitale del messico | MX
shared-name | alexa capitale dello stato del messico | MX-MEX
shared-name | alexa capitale del punjab indiano | IN-PB
shared-name | alexa capitale del punjab pakistano | FB
shared-name | alexa capitale dell'azerbaigian iraniano | FB
shared-name | alexa capitale di washington lo stato | US-WA
shared-name | alexa capitale della virginia | US-VA
shared-name | alexa capitale della virginia occidentale | US-WV
shared-name | alexa capitale del victoria in australia | AU-VIC
shared-name | alexa capitale di san marino | SM
shared-name | alexa capitale di monaco | MC
shared-name | alexa capitale di singapore | SG
shared-name | alexa capitale della dominica | DM
shared-name | alexa capitale di guinea | GN
shared-name | alexa capitale della samoa | WS
shared-name | alexa capitale delle samoa americane | AS
shared-name | alexa capitale delle isole vergini | VG+VI
shared-name | alexa capitale della guyana francese | GF
shared-name | alexa capitale dell'irlanda | IE
shared-name | alexa capitale del gibuti | DJ
shared-name | alexa capitale del kuwait | KW
out-of-domain | alexa che tempo fa domani ad aosta | FB
out-of-domain | alexa nevica a courmayeur | FB
out-of-domain | alexa quanti abitanti ha pechino | FB
out-of-domain | alexa quanto è grande tokyo | FB
out-of-domain | alexa qual è la capitale dell'europa | FB
out-of-domain | alexa capitale dell'africa | FB
out-of-domain | alexa qual è la capitale dell'asia | FB
out-of-domain | alexa capitale del sud america | FB
out-of-domain | alexa qual è la capitale della moda | FB
out-of-domain | alexa la capitale europea della cultura di quest'anno | FB
out-of-domain | alexa metti un timer di venti minuti per i pizzoccheri | FB
out-of-domain | alexa sveglia alle sei e un quarto | FB
out-of-domain | alexa metti radio deejay | FB
out-of-domain | alexa suona qualcosa di vasco | FB
out-of-domain | alexa alza il volume | FB
out-of-domain | alexa abbassa un po' | FB
out-of-domain | alexa aggiungi il latte alla lista della spesa | FB
out-of-domain | alexa che ore sono a buenos aires | FB
out-of-domain | alexa che ore sono a caracas adesso | FB
out-of-domain | alexa quanti gradi ci sono a lugano | FB
out-of-domain | alexa come è finita la partita del verona | FB
out-of-domain | alexa quando gioca la ternana | FB
out-of-domain | alexa chi ha vinto il palio di siena | FB
out-of-domain | alexa quanto dista verona da garda | FB
out-of-domain | alexa quanto costa un volo per istanbul | FB
out-of-domain | alexa che lingua si parla in georgia | FB
out-of-domain | alexa che moneta usano in turchia | FB
out-of-domain | alexa quanti abitanti ha il pakistan | FB
out-of-domain | alexa qual è la città più grande del ghana | FB
out-of-domain | alexa qual è il fiume più lungo del mondo | FB
out-of-domain | alexa quanto è alto il monte bianco | FB
out-of-domain | alexa raccontami una barzelletta | FB
out-of-domain | alexa cantami una canzone | FB
out-of-domain | alexa come si dice grazie in turco | FB
out-of-domain | alexa traduci buongiorno in urdu | FB
out-of-domain | alexa chi è il presidente dell'argentina | FB
out-of-domain | alexa chi è il primo ministro del regno unito | FB
out-of-domain | alexa qual è il prefisso della svizzera | FB
out-of-domain | alexa quanto fa un franco svizzero in euro | FB
out-of-domain | alexa cambio euro lira turca | FB
out-of-domain | alexa accendi la luce in salotto | FB
out-of-domain | alexa spegni il riscaldamento | FB
out-of-domain | alexa imposta il termostato a venti gradi | FB
out-of-domain | alexa chiama la mamma | FB
out-of-domain | alexa manda un messaggio a giorgio | FB
out-of-domain | alexa leggi le notizie | FB
out-of-domain | alexa che notizie ci sono dal venezuela | FB
out-of-domain | alexa quando è la prossima luna piena | FB
out-of-domain | alexa che giorno è oggi | FB
out-of-domain | alexa quanti giorni mancano a natale | FB
out-of-domain | alexa ricordami di chiamare il commercialista alle tre | FB
out-of-domain | alexa ricetta del panforte | FB
out-of-domain | alexa come si fa il lardo di colonnata | FB
out-of-domain | alexa quanto tempo ci vuole a cuocere il riso | FB
out-of-domain | alexa metti della musica rilassante | FB
out-of-domain | alexa riproduci l'ultimo episodio del podcast | FB
out-of-domain | alexa dove si trova la cascata delle marmore | FB
out-of-domain | alexa quando apre l'arena di verona | FB
out-of-domain | alexa chi ha scritto i promessi sposi | FB
out-of-domain | alexa quanti stati ci sono nel mondo | FB
out-of-domain | alexa quanti paesi ci sono in africa | FB
out-of-domain | alexa qual è il paese più piccolo del mondo | FB
out-of-domain | alexa qual è il paese più grande del mondo | FB
out-of-domain | alexa qual è la capitale più fredda del mondo | FB
out-of-domain | alexa qual è la capitale più alta del mondo | FB
out-of-domain | alexa qual è la capitale più popolosa | FB
out-of-domain | alexa quale capitale ha più abitanti tra roma e madrid | FB
out-of-domain | alexa che bandiera ha il ghana | FB
out-of-domain | alexa di che colore è la bandiera della georgia | FB
out-of-domain | alexa inno nazionale turco | FB
out-of-domain | alexa quanti chilometri ci sono tra roma e pechino | FB
out-of-domain | alexa fra quanto passa il treno per domodossola | FB
out-of-domain | alexa c'è traffico in tangenziale | FB
out-of-domain | alexa apri spotify | FB
out-of-domain | alexa apri la skill del meteo | FB
out-of-domain | alexa apri il quiz delle bandiere | FB
out-of-domain | alexa gioca a indovina la parola | FB
out-of-domain | alexa quanto fa diciassette per ventitré | FB
out-of-domain | alexa come stai | FB
out-of-domain | alexa ti voglio bene | FB
out-of-domain | alexa sei sposata | FB
out-of-domain | alexa chi ti ha creato | FB
out-of-domain | alexa buon compleanno a mio marito | FB
out-of-domain | alexa qual è la pizzeria più vicina | FB
out-of-domain | alexa quando chiude la farmacia | FB
out-of-domain | alexa a che ora è la messa a san giovanni rotondo | FB
out-of-domain | alexa cosa danno stasera in tv | FB
out-of-domain | alexa chi ha vinto sanremo l'anno scorso | FB
out-of-domain | alexa qual è la montagna più alta d'africa | FB
out-of-domain | alexa quanti abitanti ha la valle d'aosta | FB
out-of-domain | alexa capoluogo di provincia di massa carrara | FB
out-of-domain | alexa qual è il capoluogo di provincia di terni | FB
out-of-domain | alexa la capitale mondiale del marmo | FB
out-of-domain | alexa la capitale del cioccolato | FB
out-of-domain | alexa la capitale del vino in italia | FB
out-of-domain | alexa qual era la capitale dell'impero romano d'oriente | FB
out-of-domain | alexa qual era la capitale d'italia prima di roma | FB
out-of-domain | alexa la capitale dell'impero inca | FB
out-of-domain | alexa la capitale di atlantide | FB
out-of-domain | alexa la capitale di narnia | FB
out-of-domain | alexa la capitale della luna | FB
out-of-domain | alexa la capitale di marte | FB
out-of-domain | alexa la capitale del regno di napoli | FB
out-of-domain | alexa cos'è una capitale | FB
out-of-domain | alexa perché canberra e non sydney | FB
out-of-domain | alexa quando è diventata capitale brasilia | FB
out-of-domain | alexa cosa vedere a tbilisi in tre giorni | FB
out-of-domain | alexa hotel economici a lisbona | FB
out-of-domain | alexa serve il visto per il ghana | FB
out-of-domain | alexa che fuso orario ha islamabad | FB
out-of-domain | alexa qual è il piatto tipico della georgia | FB
out-of-domain | alexa metti il timer per il caffè | FB
out-of-domain | alexa quanto è lontana la luna | FB
out-of-domain | alexa ordina le crocchette per il gatto | FB
out-of-domain | alexa dove ho parcheggiato | FB
out-of-domain | alexa che santo è oggi | FB
out-of-domain | alexa trovami un idraulico a terni | FB
out-of-domain | alexa quanti anni ha il papa | FB
out-of-domain | alexa quali sono i confini della svizzera | FB
out-of-domain | alexa quali paesi confinano con la turchia | FB
out-of-domain | alexa che mare bagna il ghana | FB
out-of-domain | alexa in che continente è la georgia | FB
out-of-domain | alexa quante lingue ufficiali ha la svizzera | FB
out-of-domain | alexa come si chiama il presidente del ghana | FB
out-of-domain | alexa qual è la religione del pakistan | FB
out-of-domain | alexa qual è lo sport nazionale dell'argentina | FB
out-of-domain | alexa quanto costa la benzina in svizzera | FB
out-of-domain | alexa la capitale del gusto in piemonte | FB
out-of-domain | alexa dimmi tutte le capitali del mondo in ordine alfabetico | FB
out-of-domain | alexa quale paese ha la capitale più vecchia | FB
out-of-domain | alexa metti la playlist dei campi da sci | FB
out-of-domain | alexa ferma la musica e metti la radio | FB
valdostani | alexa bondzor dimmi la capitale della francia che domani passo il traforo | FR
valdostani | alexa mentre grattugio la fontina qual è la capitale della svizzera | CH
valdostani | alexa dal rifugio si vede la svizzera la sua capitale qual è | CH
valdostani | alexa un cliente a courmayeur viene dalla {} la capitale qual è | polonia=PL; repubblica ceca=CZ; slovacchia=SK
valdostani | alexa prima della seggiovia la capitale della {} | norvegia=NO; finlandia=FI
valdostani | alexa dico io in patois e tu in italiano la capitale dell'austria | AT
valdostani | alexa al gran san bernardo ho visto una targa della slovenia la capitale | SI
valdostani | alexa il maestro di sci dice che è andorra la capitale com'è | AD
valdostani | alexa capitale del liechtenstein che ci passa sempre il cugino | LI
valdostani | alexa alla fiera di sant'orso c'era uno del lussemburgo la capitale di lì | LU
valdostani | alexa la bataille de reines c'erano turisti belgi qual è la capitale del belgio | BE
valdostani | alexa con la grolla dell'amicizia brindiamo alla capitale della danimarca qual è | DK
valdostani | alexa fa freddo come in islanda la capitale islandese qual è | IS
valdostani | alexa la capitale della svezia che il rifugista ci è stato | SE
valdostani | alexa ma la capitale della valle d'aosta è aosta vero | FB
valdostani | alexa dopo il tunnel del monte bianco la capitale della savoia | FB
valdostani | alexa la guida alpina è stata in nepal qual è la capitale | NP
valdostani | alexa un alpinista del kirghizistan al rifugio la capitale del suo paese | KG
valdostani | alexa il forte di bard ha una mostra sul bhutan la capitale | BT
valdostani | alexa la capitale del pakistan quello del kappa due | PK
valdostani | alexa la capitale dell'argentina quella dell'aconcagua | AR
valdostani | alexa cervinia è piena di russi la capitale della russia | RU
valdostani | alexa la capitale dell'estonia ci va lo sci club | EE
veronesi | alexa ciò dimmi la capitale della germania che vengono tutti a garda | DE
veronesi | alexa al vinitaly c'era un buyer del {} qual è la capitale | brasile=BR; messico=MX; canada=CA
veronesi | alexa un importatore della {} ci ha ordinato l'amarone la capitale | cina=CN; corea del sud=KR
veronesi | alexa all'arena c'era un coro dalla corea del nord ma va là la capitale | KP
veronesi | alexa i turisti olandesi al lago la capitale dei paesi bassi | NL
veronesi | alexa romeo e giulietta tradotto in giapponese capitale del giappone | JP
veronesi | alexa col pandoro spedito in australia la capitale australiana | AU
veronesi | alexa il tenore all'aida veniva dalla mongolia la capitale mongola | MN
veronesi | alexa alla fiera agricola c'era uno dall'uzbekistan capitale | UZ
veronesi | alexa la capitale del kazakistan che compra i trattori | KZ
veronesi | alexa bon dimmi la capitale dell'ungheria | HU
veronesi | alexa il bollito con la pearà piace anche ai croati qual è la capitale della croazia | HR
veronesi | alexa la capitale della bosnia che il muratore è di là | BA
veronesi | alexa il magazziniere è serbo la capitale della serbia | RS
veronesi | alexa la capitale del montenegro che ci va in ferie | ME
veronesi | alexa ostrega la capitale della moldavia non me la ricordo | MD
veronesi | alexa capitale del veneto | FB
veronesi | alexa a gardaland c'erano ragazzi di israele la capitale | IL
veronesi | alexa l'hellas gioca con un attaccante del gabon la capitale | GA
veronesi | alexa l'amarone va forte in svezia e in {} dimmi la capitale | norvegia=NO; danimarca=DK
valtellinesi | alexa mentre cuociono i pizzoccheri capitale dello zimbabwe | ZW
valtellinesi | alexa la bresaola la fanno con la carne del brasile capitale del brasile | BR
valtellinesi | alexa a livigno c'era un pullman di {} la capitale | polacchi=PL; cechi=CZ
valtellinesi | alexa la capitale dell'uruguay che la carne viene anche da lì | UY
valtellinesi | alexa lo sciatore del bormio era del liechtenstein la capitale | LI
valtellinesi | alexa il trenino rosso del bernina la capitale della svizzera ciapa | CH
valtellinesi | alexa in stalla abbiamo un ragazzo del senegal capitale del senegal | SN
valtellinesi | alexa ul mé fradel è in canada la capitale qual è | CA
valtellinesi | alexa la capitale della nuova zelanda che là ci sono le pecore | NZ
valtellinesi | alexa la capitale del paraguay che il prete del paese ci è andato missionario | PY
valtellinesi | alexa al frontaliere serve sapere la capitale del canton grigioni | FB
valtellinesi | alexa mentre taglio i funghi la capitale della slovacchia | SK
valtellinesi | alexa la capitale della bielorussia che i bambini di chernobyl venivano da noi | BY
valtellinesi | alexa i meli di ponte li raccoglie un ragazzo della romania la capitale | RO
valtellinesi | alexa la capitale del lesotho che è tutto montagne come qui | LS
valtellinesi | alexa la capitale del ruanda che sono montagne anche là | RW
valtellinesi | alexa sciatori del cile a bormio in estate la capitale del cile | CL
valtellinesi | alexa capitale dell'armenia che ci sono monasteri in montagna | AM
senesi | alexa la contrada ha gemellaggio con la {} dimmi la capitale | lituania=LT; lettonia=LV
senesi | alexa dopo il palio capitale del portogallo | PT
senesi | alexa al monte dei paschi è arrivato un cliente di {} la capitale | singapore=SG; hong kong=HK
senesi | alexa l'università per stranieri ha ragazzi del laos capitale | LA
senesi | alexa un mi ricordo la capitale della tunisia | TN
senesi | alexa capitale del benin che è venuto uno studente | BJ
senesi | alexa il panforte lo spediamo in giappone e in corea del sud capitale della corea del sud | KR
senesi | alexa capitale dell'iran che è venuto il professore di persiano | IR
senesi | alexa in piazza del campo turisti del guatemala la capitale | GT
senesi | alexa la capitale del salvador che c'è la studentessa | SV
senesi | alexa al chianti classico è venuto un enologo della georgia la capitale georgiana | GE
senesi | alexa la capitale del mozambico che il fantino ci è nato | MZ
senesi | alexa il fantino nuovo è argentino come si chiama la capitale dell'argentina | AR
senesi | alexa la capitale della toscana | FB
senesi | alexa icché l'è la capitale del madagascar | MG
senesi | alexa la capitale delle filippine che la badante della nonna è di là | PH
senesi | alexa capitale di capo verde per la tesi | CV
senesi | alexa la capitale di são tomé e príncipe | ST
carrarini | alexa il blocco di marmo va in arabia saudita qual è la capitale | SA
carrarini | alexa alla cava c'è un camion per gli emirati arabi la capitale | AE
carrarini | alexa il marmo di colonnata lo compra il qatar capitale del qatar | QA
carrarini | alexa lo scultore viene dal {} la capitale quale | bahrein=BH; kuwait=KW; oman=OM
carrarini | alexa al porto di marina di carrara la nave va in egitto la capitale egiziana | EG
carrarini | alexa la segheria ha un ordine dall'india capitale dell'india | IN
carrarini | alexa mentre mangio il lardo la capitale dell'algeria | DZ
carrarini | alexa il tecnico del filo diamantato è di cipro la capitale cipriota | CY
carrarini | alexa gli anarchici di carrara avevano compagni in spagna la capitale spagnola | ES
carrarini | alexa un cliente del libano per il marmo statuario la capitale libanese | LB
carrarini | alexa spediamo lastre in giordania capitale della giordania | JO
carrarini | alexa il cavatore dice che in turchia c'è più marmo capitale turca | TR
carrarini | alexa un container per la libia la capitale | LY
carrarini | alexa abbiamo un ordine dall'iraq qual è la capitale irachena | IQ
carrarini | alexa lo yemen compra marmo la capitale dello yemen | YE
carrarini | alexa un architetto del marocco alla fiera del marmo la capitale | MA
carrarini | alexa il marmo bianco va in cina la capitale cinese | CN
carrarini | alexa capitale della lunigiana | FB
carrarini | alexa la capitale del grecia che anche loro hanno marmo | GR
carrarini | alexa lo scultore africano viene dalla {} la capitale | repubblica centrafricana=CF; repubblica del congo=CG
ternani | alexa in acciaieria c'è un operaio della {} capitale | macedonia del nord=MK; albania=AL
ternani | alexa alla cascata delle marmore turisti della germania capitale tedesca | DE
ternani | alexa la capitale della corea del sud che la fabbrica è di loro | KR
ternani | alexa san valentino è patrono di terni e a londra lo festeggiano capitale del regno unito | GB
ternani | alexa la capitale del ghana per l'operaio nuovo | GH
ternani | alexa capitale della thailandia che ci va in luna di miele mio nipote | TH
ternani | alexa la capitale del kosovo che il collega è kosovaro | XK
ternani | alexa l'acciaio va in vietnam la capitale vietnamita | VN
ternani | alexa ternana contro una squadra del camerun la capitale camerunese | CM
ternani | alexa capitale del togo per il collega del turno | TG
ternani | alexa al festival di san valentino ci sono coppie del giappone la capitale | JP
ternani | alexa mentre cuoce il pane la capitale dell'umbria | FB
ternani | alexa narni è il centro d'italia e il centro dell'africa che capitale ha la repubblica centrafricana | CF
ternani | alexa la capitale della giamaica che l'allenatore è giamaicano | JM
ternani | alexa acciaio inox per l'indonesia qual è la capitale | ID
ternani | alexa capitale del burkina faso per il ragazzo della mensa | BF
ternani | alexa la capitale del ciad lo so che è difficile | TD
ternani | alexa capitale del niger che il vicino ci fa volontariato | NE
garganici | alexa uè qual è la capitale della polonia che è il paese di papa giovanni paolo | PL
garganici | alexa a san giovanni rotondo ci sono pellegrini di {} la capitale | irlanda=IE; malta=MT; filippine=PH
garganici | alexa la capitale della croazia che da vieste partono i traghetti | HR
garganici | alexa al mercato di foggia i braccianti del mali la capitale | ML
garganici | alexa capitale della guinea bissau per il ragazzo che raccoglie i pomodori | GW
garganici | alexa la capitale del gambia che il bracciante è gambiano | GM
garganici | alexa le isole tremiti sono piccole come tuvalu la capitale | TV
garganici | alexa la capitale della sierra leone per il ragazzo del campo | SL
garganici | alexa un pellegrino del libano da padre pio la capitale | LB
garganici | alexa capitale della liberia che c'è don pio lì in missione | LR
garganici | alexa a peschici ci sono i tedeschi ma io voglio la capitale dell'austria | AT
garganici | alexa uè uè la capitale della nigeria | NG
garganici | alexa la capitale della puglia | FB
garganici | alexa la capitale della guinea equatoriale che la suora è di là | GQ
garganici | alexa capitale del burundi il frate ci va in missione | BI
garganici | alexa la capitale di haiti che il convento manda aiuti | HT
garganici | alexa un coro della slovenia da padre pio qual è la capitale | SI
garganici | alexa la capitale dell'uganda che il cappuccino è ugandese | UG
garganici | alexa capitale della tanzania per la missione dei frati | TZ
garganici | alexa la capitale della palestina che c'è il pellegrinaggio in terra santa | PS
casertani | alexa alla reggia c'erano turisti di {} la capitale | cile=CL; colombia=CO
casertani | alexa la mozzarella di bufala la vendiamo in corea del sud qual è la capitale | KR
casertani | alexa il caseificio ha un lavoratore del punjab la capitale dell'india | IN
casertani | alexa a castel volturno c'è la comunità del ghana la capitale ghanese | GH
casertani | alexa jamme dimmi la capitale della costa d'avorio | CI
casertani | alexa la capitale del belgio che la mozzarella va a bruxelles no aspetta lo so già dimmi quella dell'olanda | NL
casertani | alexa irpinia terra del vino greco la capitale della grecia | GR
casertani | alexa avellino ha gemellaggio con una città degli stati uniti la capitale americana | US
casertani | alexa la capitale del venezuela che lo zio è emigrato a caracas è quella vero | VE
casertani | alexa capitale dell'australia che mezza irpinia sta a melbourne | AU
casertani | alexa la capitale della campania | FB
casertani | alexa a san leucio la seta andava in francia la capitale francese | FR
casertani | alexa la capitale dell'eritrea che al caseificio c'è un eritreo | ER
casertani | alexa capitale della somalia per la signora del bar | SO
casertani | alexa mentre facciamo le mozzarelle capitale del sudan | SD
casertani | alexa capitale del sud sudan che il nuovo bufalaro è di lì | SS
casertani | alexa la capitale di gibuti | DJ
casertani | alexa la capitale dell'etiopia che il nonno c'è stato in guerra | ET
ticinesi | alexa la capitale della confederazione che a lugano non lo sanno tutti | CH
ticinesi | alexa al grotto un signore di {} mi ha chiesto la capitale | austria=AT; ungheria=HU
ticinesi | alexa il sciur del piano di sopra è del lussemburgo capitale | LU
ticinesi | alexa capitale del canton ticino è bellinzona vero | FB
ticinesi | alexa qual è la capitale del canton ginevra | FB
ticinesi | alexa la banca di lugano ha un cliente di monaco la capitale del principato | MC
ticinesi | alexa il frontaliere mi dice liechtenstein ha capitale vaduz giusto | LI
ticinesi | alexa la capitale della serbia che il muratore al cantiere di chiasso è serbo | RS
ticinesi | alexa col natel scarico la capitale del portogallo per favore | PT
ticinesi | alexa la capitale del kosovo che mezzo cantiere è kosovaro | XK
ticinesi | alexa alla fiera di locarno c'era un regista dell'iran la capitale | IR
ticinesi | alexa la capitale della bosnia ed erzegovina | BA
ticinesi | alexa mentre aspetto l'autopostale la capitale dell'eritrea | ER
ticinesi | alexa la capitale di taiwan che compra gli orologi | TW
ticinesi | alexa la capitale di singapore che c'è la filiale | SG
ticinesi | alexa la capitale delle bahamas per un cliente della banca | BS
ticinesi | alexa la capitale delle isole cayman per quel cliente | KY
ticinesi | alexa capitale delle seychelles dove va in vacanza il direttore | SC
ticinesi | alexa la capitale dello sri lanka che la signora delle pulizie è tamil | LK
sammarinesi | alexa qual è la capitale di san marino lo chiedo per i turisti sul titano | SM
sammarinesi | alexa noi sammarinesi siamo uno stato la capitale del vaticano invece com'è | VA
sammarinesi | alexa il francobollo sammarinese con la bandiera di {} capitale | andorra=AD; malta=MT
sammarinesi | alexa la nazionale di san marino gioca contro {} la capitale | gibilterra=GI; kazakistan=KZ
sammarinesi | alexa san marino e le isole fær øer hanno la stessa popolazione capitale delle fær øer | FO
sammarinesi | alexa la capitale dell'italia lo so è roma ma dimmelo per il cugino di borgo maggiore | IT
sammarinesi | alexa qual è la capitale del montenegro che giochiamo lì in trasferta | ME
sammarinesi | alexa la capitale dell'estonia per la partita di ritorno | EE
sammarinesi | alexa il console onorario è di {} la capitale | nauru=NR; kiribati=KI
sammarinesi | alexa la repubblica più antica del mondo siamo noi la capitale di palau invece | PW
sammarinesi | alexa capitale della città di san marino | SM
sammarinesi | alexa la capitale di andorra che è piccola come noi | AD
sammarinesi | alexa il turista giapponese sul titano la capitale del giappone | JP
sammarinesi | alexa la capitale della repubblica di san marino la città | SM
sammarinesi | alexa capitale di montegiardino | FB
sammarinesi | alexa la capitale delle isole marshall per il francobollo nuovo | MH
ossolani | alexa sul treno per domodossola un signore di {} la capitale | ecuador=EC; perù=PE
ossolani | alexa alle isole borromee c'erano turisti del {} capitale | kenya=KE; messico=MX
ossolani | alexa a stresa c'era un congresso del marocco la capitale marocchina | MA
ossolani | alexa la capitale del canada che i nonni di macugnaga emigrarono lì | CA
ossolani | alexa i walser di macugnaga parlano tedesco la capitale della germania | DE
ossolani | alexa capitale dell'ecuador che lo zio faceva il minatore là | EC
ossolani | alexa la capitale del sudafrica dove c'erano i minatori ossolani | ZA
ossolani | alexa sul lago maggiore un battello pieno di {} la capitale | tedeschi=DE; olandesi=NL
ossolani | alexa la capitale del piemonte | FB
ossolani | alexa al sempione c'è una coda di camion dalla {} qual è la capitale | lituania=LT; bulgaria=BG
ossolani | alexa la capitale della finlandia che fa freddo come a formazza | FI
ossolani | alexa i pescatori del lago dicono che in canada si pesca meglio ma la capitale del cile qual è | CL
ossolani | alexa la capitale della mongolia per il cruciverba no per il quiz di stasera | MN
ossolani | alexa il cioccolato svizzero lo compriamo a iselle ma la capitale della svizzera | CH
argentini | alexa che dimmi la capitale dell'argentina a ver si la sabés | AR
argentini | alexa dale la capitale del brasile che i brasiliani dicono rio | BR
argentini | alexa che boludo la capitale dell'uruguay è montevideo o no | UY
argentini | alexa mi nonno era de {} la capitale | calabria=FB; paraguay=PY
argentini | alexa mentre preparo il mate la capitale del cile | CL
argentini | alexa la capitale delle isole falkland che noi diciamo malvinas | FK
argentini | alexa capitale de las malvinas | FK
argentini | alexa la capitale della bolivia che mi cuñado è boliviano | BO
argentini | alexa che ma la capitale del perù | PE
argentini | alexa dale dimmi la capitale del venezuela | VE
argentini | alexa el asado del domingo con un amico della colombia la capitale colombiana | CO
argentini | alexa la capitale della spagna che la mia prima cittadinanza era spagnola | ES
argentini | alexa la capitale dell'ecuador che il collega del ristorante è ecuadoriano | EC
argentini | alexa bueno la capitale di cuba | CU
argentini | alexa la capitale di panama que es igual al paese | PA
argentini | alexa capitale della repubblica dominicana che mi novia è dominicana | DO
argentini | alexa che la capitale del nicaragua | NI
argentini | alexa la capitale di costa rica dale | CR
venezuelani | alexa chamo la capitale della colombia | CO
venezuelani | alexa pana dimmi la capitale di trinidad e tobago che siamo vicini | TT
venezuelani | alexa mientras hago las arepas la capitale del panama | PA
venezuelani | alexa la capitale della guyana che confina con noi | GY
venezuelani | alexa qué fino la capitale del suriname | SR
venezuelani | alexa la capitale del portogallo che mia mamma è di madeira | PT
venezuelani | alexa mi abuela era di {} qual è la capitale | salerno=FB; canarie=FB
venezuelani | alexa chamo la capitale del venezuela è caracas vero | VE
venezuelani | alexa la capitale di aruba che andavamo in vacanza | AW
venezuelani | alexa capitale di curaçao che ci ho lavorato | CW
venezuelani | alexa la capitale della grenada | GD
venezuelani | alexa la capitale di barbados vale | BB
venezuelani | alexa chévere dimmi la capitale dell'honduras | HN
venezuelani | alexa capitale di saint vincent e grenadine | VC
venezuelani | alexa la capitale di saint kitts e nevis pana | KN
venezuelani | alexa la capitale di antigua e barbuda | AG
pakistani | alexa yaar la capitale del pakistan è karachi o islamabad | PK
pakistani | alexa bas dimmi la capitale dell'afghanistan | AF
pakistani | alexa la capitale del bangladesh che prima era pakistan est | BD
pakistani | alexa nel negozio di telefoni un cliente del {} la capitale | nepal=NP; bhutan=BT
pakistani | alexa capitale dell'arabia saudita che mio padre lavorava lì | SA
pakistani | alexa la capitale degli emirati che mio fratello sta a dubai | AE
pakistani | alexa mentre giochiamo a cricket la capitale della nuova zelanda | NZ
pakistani | alexa la capitale dello sri lanka che perdono sempre a cricket | LK
pakistani | alexa capitale dell'india yaar nuova delhi giusto | IN
pakistani | alexa la capitale delle maldive | MV
pakistani | alexa la capitale del tagikistan dove va il camion di mio zio | TJ
pakistani | alexa capitale del turkmenistan | TM
pakistani | alexa la capitale dell'oman che mio cugino guida il taxi a mascate | OM
pakistani | alexa capitale del kashmir | IN-JK
pakistani | alexa bhai la capitale dell'azerbaigian | AZ
pakistani | alexa la capitale dell'uzbekistan per mio figlio che ha compito | UZ
pakistani | alexa la capitale del punjab indiano che è chandigarh vero | IN-PB
ghanesi | alexa chale the capital of togo dimmi la capitale del togo | TG
ghanesi | alexa ei la capitale del burkina faso | BF
ghanesi | alexa la capitale della nigeria che il mio vicino dice lagos | NG
ghanesi | alexa la capitale del ghana che tutti dicono kumasi | GH
ghanesi | alexa al mercato di castel volturno una signora del {} la capitale | benin=BJ; liberia=LR
ghanesi | alexa la capitale della costa d'avorio chale | CI
ghanesi | alexa in chiesa c'è un pastore della sierra leone la capitale | SL
ghanesi | alexa capitale della gambia please | GM
ghanesi | alexa la capitale del senegal for my daughter | SN
ghanesi | alexa la capitale del camerun che parlano inglese e francese | CM
ghanesi | alexa la capitale del mali ei | ML
ghanesi | alexa capitale della mauritania | MR
ghanesi | alexa chale what is the capitale del kenya | KE
ghanesi | alexa la capitale dello zambia che il pastore ci è stato | ZM
ghanesi | alexa capitale del malawi | MW
ghanesi | alexa la capitale della namibia chale | NA
ghanesi | alexa the capital of botswana la capitale del botswana | BW
georgiani | alexa gamarjoba la capitale della georgia è tbilisi vero | GE
georgiani | alexa la signora dice che la georgia è in america ma io dico la capitale della georgia del caucaso | GE
georgiani | alexa la capitale dell'armenia che sono i nostri vicini | AM
georgiani | alexa capitale dell'azerbaigian dove va il pullman da tbilisi | AZ
georgiani | alexa la capitale della russia ara ara non mi piace ma dimmela | RU
georgiani | alexa la capitale dell'ucraina che la badante del terzo piano è ucraina | UA
georgiani | alexa la capitale della turchia che il pullman passa da lì | TR
georgiani | alexa mentre la signora dorme la capitale della {} | grecia=GR; bulgaria=BG
georgiani | alexa la capitale della georgia quello stato degli americani | US-GA
georgiani | alexa la capitale della cecenia | FB
georgiani | alexa la capitale dell'abcasia | FB
georgiani | alexa capitale dell'iran che confina quasi | IR
georgiani | alexa la capitale della bielorussia per la signora che guarda il quiz | BY
georgiani | alexa la capitale del kazakistan che prima era almaty | KZ
georgiani | alexa kargi la capitale della moldavia | MD
georgiani | alexa la capitale della romania che il figlio della signora ci lavora | RO
turchi | alexa tamam la capitale della turchia è ankara vero | TR
turchi | alexa abi la capitale di cipro nord | FB
turchi | alexa la capitale di cipro quella del sud | CY
turchi | alexa nel kebab di mio zio un cliente del {} la capitale | kurdistan=FB; iraq=IQ
turchi | alexa la capitale della siria che mio cugino è scappato da lì | SY
turchi | alexa capitale dell'azerbaigian che diciamo fratelli | AZ
turchi | alexa la capitale della germania che mezza famiglia sta là | DE
turchi | alexa yani la capitale dell'uzbekistan | UZ
turchi | alexa la capitale del turkmenistan per il quiz | TM
turchi | alexa tamam tamam la capitale della grecia | GR
turchi | alexa la capitale dell'albania che in bottega c'è un ragazzo albanese | AL
turchi | alexa capitale della bosnia hadi | BA
turchi | alexa la capitale della macedonia del nord che mia nonna era di là | MK
turchi | alexa la capitale del kirghizistan yani | KG
turchi | alexa la capitale del qatar | QA
erasmus-spagnoli | alexa tío dimmi la capitale della slovenia | SI
erasmus-spagnoli | alexa vale la capitale della croazia che andiamo in interrail | HR
erasmus-spagnoli | alexa la capitale della repubblica ceca que vamos a praga no | CZ
erasmus-spagnoli | alexa la capitale dell'ungheria venga | HU
erasmus-spagnoli | alexa nella stanza c'è una ragazza della {} qual è la capitale | lettonia=LV; estonia=EE
erasmus-spagnoli | alexa tía la capitale del portogallo | PT
erasmus-spagnoli | alexa la capitale delle canarie | FB
erasmus-spagnoli | alexa la capitale della catalunya che il mio coinquilino è catalano | FB
erasmus-spagnoli | alexa la capitale della spagna por supuesto | ES
erasmus-spagnoli | alexa la capitale del marocco che andiamo da siviglia | MA
erasmus-spagnoli | alexa en serio la capitale dell'australia non è sydney | AU
erasmus-spagnoli | alexa la capitale della serbia per la festa erasmus | RS
erasmus-spagnoli | alexa la capitale del montenegro que mola | ME
erasmus-spagnoli | alexa capitale dell'andorra che andiamo a sciare | AD
erasmus-spagnoli | alexa la capitale della guinea equatoriale che parlano spagnolo | GQ
erasmus-spagnoli | alexa la capitale dell'islanda tío | IS
pensionati-inglesi | alexa right la capitale dell'irlanda | IE
pensionati-inglesi | alexa lovely dimmi la capitale del galles | GB-WLS
pensionati-inglesi | alexa capitale della scozia please | GB-SCT
pensionati-inglesi | alexa in the garden in umbria la capitale della nuova zelanda | NZ
pensionati-inglesi | alexa cheers la capitale del canada | CA
pensionati-inglesi | alexa my wife says la capitale del belize | BZ
pensionati-inglesi | alexa la capitale della giamaica darling | JM
pensionati-inglesi | alexa al bar del paese il signore chiede la capitale del {} | regno unito=GB; sudafrica=ZA
pensionati-inglesi | alexa the capital of bermuda la capitale delle bermuda | BM
pensionati-inglesi | alexa la capitale di guernsey che ci andavamo in barca | GG
pensionati-inglesi | alexa capitale dell'isola di sant'elena | SH
pensionati-inglesi | alexa la capitale delle isole turks e caicos | TC
pensionati-inglesi | alexa la capitale delle isole vergini britanniche | VG
pensionati-inglesi | alexa lovely lovely la capitale di malta | MT
pensionati-inglesi | alexa la capitale dell'australia che mia figlia vive a perth | AU
pensionati-inglesi | alexa capitale di anguilla | AI
olandesi-in-camper | alexa ja dimmi la capitale dei paesi bassi | NL
olandesi-in-camper | alexa gezellig la capitale del belgio che passiamo da lì | BE
olandesi-in-camper | alexa la capitale della danimarca per il prossimo viaggio | DK
olandesi-in-camper | alexa nel camping sul garda i vicini sono della {} la capitale | repubblica ceca=CZ; slovacchia=SK
olandesi-in-camper | alexa la capitale del suriname che mio nonno è nato lì | SR
olandesi-in-camper | alexa capitale di sint maarten | SX
olandesi-in-camper | alexa la capitale dei caraibi olandesi | BQ
olandesi-in-camper | alexa la capitale dell'indonesia che mia nonna era di là | ID
olandesi-in-camper | alexa ja ja la capitale del lussemburgo | LU
olandesi-in-camper | alexa la capitale della frisia | FB
olandesi-in-camper | alexa in camper verso la croazia la capitale della slovenia | SI
olandesi-in-camper | alexa capitale dell'olanda è amsterdam o l'aia dimmele tutte e due | NL
olandesi-in-camper | alexa la capitale del sudafrica dove si parla afrikaans | ZA
olandesi-in-camper | alexa la capitale della groenlandia per la crociera | GL
olandesi-in-camper | alexa capitale delle isole åland | AX
carabinieri | alexa per il verbale la capitale della moldavia | MD
carabinieri | alexa il fermato ha un passaporto della {} qual è la capitale | nigeria=NG; gambia=GM; guinea=GN
carabinieri | alexa alla stazione un turista ha perso il passaporto è del cile la capitale | CL
carabinieri | alexa durante il posto di blocco targa della lituania la capitale lituana | LT
carabinieri | alexa l'interprete dice che viene dall'eritrea la capitale | ER
carabinieri | alexa in caserma il maresciallo vuole sapere la capitale del kazakistan | KZ
carabinieri | alexa per la denuncia capitale dell'ecuador | EC
carabinieri | alexa pattuglia notturna la capitale della bulgaria | BG
carabinieri | alexa l'ambasciata del sudan è a roma ma la capitale del sudan | SD
carabinieri | alexa il furgone ha targa della macedonia del nord la capitale | MK
carabinieri | alexa la capitale del marocco per il modulo | MA
carabinieri | alexa mentre compilo il verbale la capitale dell'albania | AL
carabinieri | alexa capitale della tunisia per il collega | TN
carabinieri | alexa un documento della somalia la capitale somala | SO
carabinieri | alexa per l'interpol capitale della francia | FR
carabinieri | alexa la capitale del pakistan per il richiedente asilo | PK
commercialisti | alexa fattura a un cliente di {} la capitale | cipro=CY; malta=MT; irlanda=IE
commercialisti | alexa per la partita iva estera la capitale del lussemburgo | LU
commercialisti | alexa il cliente ha una società alle seychelles la capitale | SC
commercialisti | alexa mentre faccio il settecentotrenta la capitale della croazia | HR
commercialisti | alexa la capitale di panama per la pratica del cliente | PA
commercialisti | alexa la capitale del liechtenstein per la dichiarazione | LI
commercialisti | alexa bonifico verso la bulgaria qual è la capitale | BG
commercialisti | alexa la capitale della romania per il contratto dell'operaio | RO
commercialisti | alexa la capitale delle isole vergini britanniche per quella società | VG
commercialisti | alexa scadenza effe ventiquattro domani intanto la capitale dell'estonia | EE
commercialisti | alexa la capitale delle bahamas per il conto corrente | BS
commercialisti | alexa il fornitore è in slovenia la capitale | SI
commercialisti | alexa la capitale di jersey per il trust | JE
commercialisti | alexa capitale di mauritius per la holding | MU
commercialisti | alexa la capitale di dubai per la fattura | FB
dentisti | alexa mentre il paziente sciacqua la capitale dell'ungheria che vanno lì a farsi i denti | HU
dentisti | alexa la capitale della croazia dove vanno i pazienti a risparmiare | HR
dentisti | alexa in studio un paziente della {} qual è la capitale | serbia=RS; slovenia=SI
dentisti | alexa la capitale della moldavia per la nuova igienista | MD
dentisti | alexa la capitale dell'albania che fanno gli impianti a tirana o no | AL
dentisti | alexa dottore ha chiesto la capitale del brasile | BR
dentisti | alexa al congresso di odontoiatria a dubai la capitale degli emirati | AE
dentisti | alexa capitale del guatemala che il paziente ha finito ora | GT
dentisti | alexa mentre aspetto che faccia presa la capitale del perù | PE
dentisti | alexa la capitale della turchia dove vanno per i capelli | TR
dentisti | alexa la capitale del portogallo per il congresso | PT
dentisti | alexa l'assistente alla poltrona è cubana la capitale di cuba | CU
dentisti | alexa la capitale della thailandia che il collega fa volontariato | TH
dentisti | alexa la capitale del laos per la missione odontoiatrica | LA
dentisti | alexa la capitale della cambogia | KH
immobiliaristi | alexa il compratore del casale è della {} la capitale | danimarca=DK; svezia=SE; norvegia=NO
immobiliaristi | alexa un cliente degli stati uniti vuole il rustico la capitale | US
immobiliaristi | alexa la capitale della svizzera per il rogito | CH
immobiliaristi | alexa un acquirente del belgio per l'appartamento al mare la capitale | BE
immobiliaristi | alexa il cliente di casa al lago è dell'australia la capitale | AU
immobiliaristi | alexa la capitale dell'irlanda per la visita di domani | IE
immobiliaristi | alexa il notaio chiede la capitale della germania per il documento | DE
immobiliaristi | alexa la capitale del canada che il cliente viene da toronto | CA
immobiliaristi | alexa mentre preparo l'annuncio in inglese la capitale del regno unito | GB
immobiliaristi | alexa la capitale del sudafrica che la signora viene da johannesburg | ZA
immobiliaristi | alexa il cliente è di israele la capitale | IL
immobiliaristi | alexa capitale dell'islanda per la pratica | IS
immobiliaristi | alexa un compratore dalla finlandia capitale finlandese | FI
immobiliaristi | alexa la capitale dell'austria per l'affitto estivo | AT
speaker-radio | alexa in diretta fra due minuti la capitale del burundi | BI
speaker-radio | alexa per il quiz degli ascoltatori la capitale del {} | bhutan=BT; nepal=NP; bangladesh=BD
speaker-radio | alexa l'ascoltatore chiama dalla germania ma è del kenya la capitale del kenya | KE
speaker-radio | alexa la dedica arriva da un camionista in lettonia la capitale | LV
speaker-radio | alexa mentre va la pubblicità la capitale del myanmar | MM
speaker-radio | alexa la capitale delle figi per la domanda delle dieci | FJ
speaker-radio | alexa il concorrente al telefono dice che la capitale del canada è montreal è giusto | CA
speaker-radio | alexa la capitale di vanuatu per il gioco in onda | VU
speaker-radio | alexa la capitale di samoa per la puntata di stasera | WS
speaker-radio | alexa la capitale di tonga per il sondaggio | TO
speaker-radio | alexa la capitale della micronesia la regia la vuole subito | FM
speaker-radio | alexa la capitale di nauru la chiede un ascoltatore | NR
speaker-radio | alexa la capitale dell'eswatini per la domanda jolly | SZ
speaker-radio | alexa ultima domanda la capitale della corea del nord | KP
speaker-radio | alexa la capitale del congo quello con kinshasa | CD
speaker-radio | alexa la capitale della repubblica del congo per il premio | CG
speaker-radio | alexa la capitale dell'angola la chiede un ascoltatore di cagliari | AO
fuorisede | alexa la coinquilina è della {} la capitale | tunisia=TN; algeria=DZ
fuorisede | alexa esame di geografia politica domani la capitale del ciad | TD
fuorisede | alexa mentre cuoce la pasta in studentato la capitale del niger | NE
fuorisede | alexa al collegio c'è uno dell'angola la capitale | AO
fuorisede | alexa per l'esame di relazioni internazionali la capitale di timor est | TL
fuorisede | alexa la capitale della repubblica centrafricana che me la chiedono sempre | CF
fuorisede | alexa alle tre di notte la capitale del madagascar perché non dormo | MG
fuorisede | alexa capitale delle comore per l'esame | KM
fuorisede | alexa la capitale delle isole salomone lo chiede il prof | SB
fuorisede | alexa la capitale di papua nuova guinea | PG
fuorisede | alexa in biblioteca sottovoce la capitale del mozambico | MZ
fuorisede | alexa la capitale del gabon che il mio compagno di corso è di lì | GA
fuorisede | alexa la capitale del brunei per la tesina | BN
fuorisede | alexa la capitale del kiribati | KI
fuorisede | alexa capitale della liberia per il seminario | LR
fuorisede | alexa la capitale dell'eritrea la sbaglio sempre | ER
trasloco | alexa mentre impacchetto i piatti la capitale del {} | kenya=KE; ruanda=RW; uganda=UG
trasloco | alexa il furgone è dell'ucraina e l'autista chiede la capitale della polonia | PL
trasloco | alexa sotto gli scatoloni ho trovato un atlante vecchio la capitale della rodesia | ZW
trasloco | alexa i traslocatori sono della romania la capitale rumena | RO
trasloco | alexa ci trasferiamo in norvegia per lavoro la capitale norvegese | NO
trasloco | alexa ci trasferiamo in svezia la capitale | SE
trasloco | alexa ci trasferiamo in belgio dimmi la capitale del belgio | BE
trasloco | alexa nello scatolone delle foto c'è la cartolina di {} la capitale | ceylon=LK; persia=IR
trasloco | alexa la capitale della tanzania che c'è la cartolina del viaggio di nozze | TZ
trasloco | alexa il mappamondo del nonno dice che la capitale della nigeria è lagos è ancora così | NG
trasloco | alexa la capitale del dahomey sul mappamondo del nonno | BJ
trasloco | alexa il mappamondo dice zaire la capitale | CD
trasloco | alexa la capitale della birmania sul vecchio atlante | MM
trasloco | alexa con la polvere degli scatoloni la capitale della siria | SY
turno-di-notte | alexa alle quattro del mattino la capitale del tagikistan | TJ
turno-di-notte | alexa in portineria di notte la capitale della {} | georgia=GE; armenia=AM
turno-di-notte | alexa la guardia giurata chiede la capitale del kazakistan | KZ
turno-di-notte | alexa al pronto soccorso di notte un paziente dello yemen la capitale | YE
turno-di-notte | alexa per restare sveglio la capitale dell'uzbekistan | UZ
turno-di-notte | alexa la capitale dell'afghanistan mentre aspetto il cambio | AF
turno-di-notte | alexa la capitale del kuwait in magazzino di notte | KW
turno-di-notte | alexa il collega del turno è di {} qual è la capitale | haiti=HT; dominica=DM
turno-di-notte | alexa capitale del suriname alle due e mezza | SR
turno-di-notte | alexa durante la pausa la capitale del bahrein | BH
turno-di-notte | alexa in panetteria alle tre la capitale dell'iraq | IQ
turno-di-notte | alexa la capitale della mauritania mentre carico il camion | MR
turno-di-notte | alexa la capitale delle isole marshall per non addormentarmi | MH
sala-d-attesa | alexa dal medico c'è una signora della {} la capitale | bielorussia=BY; ucraina=UA
sala-d-attesa | alexa in sala d'attesa la capitale del guyana | GY
sala-d-attesa | alexa la capitale del nicaragua mentre aspetto il turno | NI
sala-d-attesa | alexa dal veterinario un signore dell'honduras la capitale | HN
sala-d-attesa | alexa la capitale di el salvador che aspetto da un'ora | SV
sala-d-attesa | alexa la capitale del paraguay il numero non arriva mai | PY
sala-d-attesa | alexa la capitale delle maldive che c'è il poster | MV
sala-d-attesa | alexa sul giornale della sala d'attesa c'è la capitale del sudan del sud | SS
sala-d-attesa | alexa la capitale di gibuti per il cruciverba della rivista | DJ
sala-d-attesa | alexa capitale della libia che il signore accanto è libico | LY
sala-d-attesa | alexa alla posta la capitale di trinidad e tobago | TT
sala-d-attesa | alexa la capitale del sierra leone mentre aspetto le analisi | SL
sala-d-attesa | alexa dal pediatra la mamma accanto è della palestina la capitale | PS
sala-d-attesa | alexa la capitale della palestina per mio figlio | PS
blackout | alexa è saltata la luce ma tu funzioni la capitale della {} | islanda=IS; estonia=EE
blackout | alexa col telefono come torcia la capitale del malawi | MW
blackout | alexa al buio giochiamo alle capitali quella del botswana | BW
blackout | alexa finché non torna la corrente la capitale del lesotho | LS
blackout | alexa la luce è andata via la capitale della namibia | NA
blackout | alexa con le candele accese la capitale dello zambia | ZM
blackout | alexa hai la batteria la capitale dello zimbabwe | ZW
blackout | alexa sei accesa la capitale della corea del sud | KR
blackout | alexa al buio dimmi la capitale della corea del nord | KP
blackout | alexa senza corrente la capitale di capo verde | CV
blackout | alexa la capitale di são tomé che i bambini hanno paura del buio | ST
blackout | alexa quando torna la luce | FB
blackout | alexa c'è un blackout in tutta la città | FB
blackout | alexa la capitale della guinea bissau intanto che aspettiamo l'enel | GW
blackout | alexa la capitale di palau per passare il tempo | PW
cena-coi-suoceri | alexa mio suocero dice che la capitale della {} è sbagliata dimmela tu | turchia=TR; australia=AU; nigeria=NG
cena-coi-suoceri | alexa per chiudere la discussione a tavola la capitale del brasile | BR
cena-coi-suoceri | alexa la suocera giura che la capitale del canada è vancouver | CA
cena-coi-suoceri | alexa fra il primo e il secondo la capitale della bolivia tutte e due | BO
cena-coi-suoceri | alexa per la scommessa col suocero la capitale del kazakistan | KZ
cena-coi-suoceri | alexa il cognato dice che la capitale della svizzera è ginevra | CH
cena-coi-suoceri | alexa la capitale del marocco che il suocero ci è stato in crociera | MA
cena-coi-suoceri | alexa mia suocera dice che la capitale dell'india è bombay | IN
cena-coi-suoceri | alexa al dolce la capitale della malesia tutte e due le capitali | MY
cena-coi-suoceri | alexa la capitale del sudafrica il suocero dice città del capo | ZA
cena-coi-suoceri | alexa la capitale della corea del sud prima che litighino | KR
cena-coi-suoceri | alexa col caffè la capitale del vietnam che il suocero dice saigon | VN
cena-coi-suoceri | alexa la capitale della nuova zelanda e poi basta discussioni | NZ
cena-coi-suoceri | alexa la capitale del pakistan per zittire mio cognato | PK
cena-coi-suoceri | alexa la capitale dei paesi bassi quali sono che mio suocero dice rotterdam | NL
colloquio-di-lavoro | alexa per il colloquio in multinazionale la capitale della {} | corea del sud=KR; tailandia=TH
colloquio-di-lavoro | alexa mi fanno il colloquio con un'azienda di singapore la capitale | SG
colloquio-di-lavoro | alexa la sede è in danimarca la capitale danese | DK
colloquio-di-lavoro | alexa il colloquio online con il capo in irlanda la capitale irlandese | IE
colloquio-di-lavoro | alexa il lavoro è in lussemburgo qual è la capitale | LU
colloquio-di-lavoro | alexa la capitale del qatar per il colloquio da ingegnere | QA
colloquio-di-lavoro | alexa il cliente principale è in arabia saudita la capitale | SA
colloquio-di-lavoro | alexa la capitale della polonia dove c'è lo stabilimento | PL
colloquio-di-lavoro | alexa il selezionatore è del messico la capitale messicana | MX
colloquio-di-lavoro | alexa per il posto all'onu la capitale del kenya | KE
colloquio-di-lavoro | alexa la capitale dell'etiopia per il colloquio alla fao | ET
colloquio-di-lavoro | alexa la capitale del ruanda per il progetto di cooperazione | RW
colloquio-di-lavoro | alexa la capitale del senegal per la ong | SN
colloquio-di-lavoro | alexa la capitale dell'uganda per il bando | UG
colloquio-di-lavoro | alexa la capitale del mozambico per la ong che cerca logisti | MZ
colloquio-di-lavoro | alexa capitale della giordania per il lavoro all'unhcr | JO
agenzia-viaggi | alexa una cliente vuole andare in {} la capitale | giordania=JO; oman=OM; uzbekistan=UZ
agenzia-viaggi | alexa il pacchetto per la tanzania parte da quale capitale | TZ
agenzia-viaggi | alexa la capitale del madagascar per il volo | MG
agenzia-viaggi | alexa la crociera passa dalla capitale della {} | croazia=HR; grecia=GR
agenzia-viaggi | alexa i clienti vogliono la capitale del giappone e poi kyoto | JP
agenzia-viaggi | alexa la capitale della polinesia francese per il viaggio di nozze | PF
agenzia-viaggi | alexa la capitale di mauritius per il villaggio | MU
agenzia-viaggi | alexa la capitale delle seychelles | SC
agenzia-viaggi | alexa la capitale di cuba per il volo da malpensa | CU
agenzia-viaggi | alexa la capitale della repubblica dominicana che tutti vanno a punta cana | DO
agenzia-viaggi | alexa la capitale del messico per il tour dei maya | MX
agenzia-viaggi | alexa la capitale del perù per il machu picchu | PE
agenzia-viaggi | alexa la capitale del vietnam per il tour | VN
agenzia-viaggi | alexa la capitale della cambogia per angkor | KH
agenzia-viaggi | alexa la capitale dell'islanda per l'aurora boreale | IS
agenzia-viaggi | alexa la capitale della namibia per il safari | NA
agenzia-viaggi | alexa la capitale del botswana per il delta | BW
agenzia-viaggi | alexa la capitale di malta per il corso d'inglese | MT
"""

if __name__ == "__main__":
    build_round(51, "it", LINES, sys.argv, "tests/Eval/it/round51/source/build_corpus.py")
