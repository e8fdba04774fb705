"""Round 54, Italian (it-IT): a new author's own mix, written blind at the end of the sixty-second session (brief
WRITER71.md), for the next session's tuner. Speakers chosen apart from the groups round 53's docstring lists (its own
and those it copies for rounds 44-52: Rome, Naples, Bari, Salento, Venice, Bologna, Milan, Turin, Genoa, Florence,
Sardinia, Sicily, Calabria, Como, the Langhe, Ciociaria, Abruzzo, Romagna, Maremma, Brescia, Cremona, Vicenza, Treviso,
Ferrara, Piacenza, Asti, La Spezia, Arezzo, Viterbo, Latina, Benevento, Salerno, Varese, Novara, Biella, Alessandria,
Pavia, Lodi, the Polesine, Reggio Emilia, Prato, Pistoia, Rieti, Brindisi, Lecco, Imperia and the rest; Mantovani,
Bergamaschi, Trentini and Altoatesini, Friulani, Triestini, Parmigiani and Modenesi, Perugini, Marchigiani, Molisani,
Lucani, Tarantini, Livornesi and Lucchesi; Valdostani, Veronesi, Valtellinesi, Senesi, Carrarini, Ternani, Foggiani
and Garganici, Casertani and Irpini, Ticinesi, Sammarinesi, Ossolani and Lake Maggiore people; Padovani, Bellunesi,
Pisani, Savonesi, Cuneesi, Vercellesi and Elbani; Chioggiotti, Brianzoli, Canavesani, Empolesi, Lunigianesi and
Folignati; Colombian, Syrian, Nepalese, Japanese, Bosnian, Cameroonian, Keralite, Ukrainian, Moroccan, Senegalese,
Chinese, Romanian, Albanian, Filipino, Peruvian, Salvadoran, Dominican, Bulgarian, Afghan, Cape Verdean, Ethiopian,
Somali, Bangladeshi, Sri Lankan, Nigerian, Egyptian, Tunisian, Brazilian, Polish, Punjabi Sikh, Argentine, Venezuelan,
Pakistani, Ghanaian, Georgian, Turkish, Dutch, Ecuadorian, Moldovan, Eritrean, Cuban, Russian, Irish, Ivorian,
Macedonian, Mexican, Greek, Portuguese and Indonesian families and learners, Iranian PhD students, Korean and Hungarian
exchange students, Spanish Erasmus students, American students, German retirees and English retirees; truck drivers,
nurses, hairdressers, taxi drivers, pharmacists, hotel receptionists, tour guides, primary-school teachers, crossword
fans, flight attendants, teenagers, grandparents, baristi, postini, lifeguards and fishermen, librarians, bakers,
call-centre operators, youth football coaches, liceali, plumbers and electricians, firefighters, cooks, mechanics, bus
and tram drivers, food-delivery riders, sacristans and parish volunteers, carabinieri, commercialisti, dentists, estate
agents, radio presenters, edicolanti, tabaccai, interpreters, physiotherapists, builders, lawyers, gardeners,
seamstresses, security guards, petrol-station attendants, veterinarians, sommeliers, teachers of Italian to
foreigners, farmers, photographers, volleyball coaches, casino croupiers and goldsmiths; lavoro, scuola, giochi and
casa situations, the car, the gym, a honeymoon and wedding tables, stamp and coin collecting, the pub quiz, Eurovision,
the Olympics and the World Cup, a cruise, students living away from home, moving house, the night shift, waiting
rooms, a power cut, dinner with the in-laws, job interviews, a travel agency, cooking foreign dishes, packing a
suitcase, a hospital bed, putting children to bed, spring cleaning, a sleepless night, the evening news, a train
journey, Christmas and the tombola, a football away trip and beach crosswords). Regional speakers: Goriziani (the
border with Slovenia, Nova Gorica and the shared European capital of culture, the Balkans next door, "mularia", "ara
ti", "ciò"), Tabarchini of Carloforte (Ligurian spoken in Sardinia, forebears from Tabarka in Tunisia, the tuna
mattanza, "belin"), Eoliani (Lipari, Stromboli and Vulcano, yachts and volcano tourists, pumice, "unni è"). Immigrant
families: Mauritians in Catania ("ki manière", "mo pa koné", Kreol mixed in), Chileans ("po", "cachai", "weón", "la
once", Spanish mixed in), Congolese from Kinshasa ("mbote", "mon frère", "tokosala", "yo"), Vietnamese ("dạ", "ơi",
"cảm ơn", "không"). Jobs: ice-cream makers with gelaterie in Germany and the North, beekeepers (queens, varroa, acacia
honey), merchant seamen (flags of convenience, crew changes, ports of call), mountain guides (Himalaya, Andes,
Caucasus), shepherds (transumanza, sheepdogs, foreign helpers), geometri (building sites and tenders abroad, planned
capitals), truffle hunters and dealers (trifolau, buyers in the Gulf and Asia), airline pilots (flight plans, technical
stops, crew rest), archaeologists (digs and missions), missionary nuns, opticians (frames, lenses, fairs), pizzaioli
opening abroad, circus people (tours, acrobats, the Monte Carlo festival) and church organists (concerts and choirs).
Situations: a game of Risiko among relatives, a camper trip across Europe and the Balkans, a TV quiz show watched on
the sofa, and a bet at the bar. Plus follow-ups (said inside a session, without "alexa"), the several-capital
countries in the plural, subdivisions and territories, yes/no checks, self-corrections, reverse questions, official
and everyday names, shared names, launch by "capitali del mondo", help, stop, cancel and out-of-domain requests. Every
line typed by hand as one utterance; no outside text consulted. Built by round12_hinl_corpus.py (build_round with round
54's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
help | alexa chiedi a capitali del mondo come si usa che non ci capisco niente | HELP
help | alexa aiutami con capitali del mondo per piacere | HELP
help | alexa cosa sai fare con le capitali | HELP
help | alexa non ho capito cosa devo chiederti | HELP
help | alexa spiegami un attimo come funziona questo gioco delle capitali | HELP
help | alexa quali comandi ci sono | HELP
help | alexa mi serve una mano con la skill delle capitali | HELP
help | aiuto | HELP
help | e adesso cosa ti dico | HELP
help | come si fa a chiederti le capitali degli stati del brasile | HELP
help | alexa posso chiederti anche quale paese ha una certa capitale | HELP
help | alexa ma funziona anche con le regioni o solo con gli stati | HELP
help | alexa istruzioni per favore | HELP
help | alexa ki manière mi spieghi come si usa | HELP
help | alexa po come funziona questa cosa cachai | HELP
help | alexa mbote aiutami a capire cosa chiedere | HELP
help | alexa da mi dici come si fa | HELP
help | alexa sono il nonno non so usarla mi aiuti | HELP
help | alexa dimmi le regole del gioco | HELP
help | alexa cosa posso domandare esattamente | HELP
help | alexa ho bisogno di aiuto con le capitali | HELP
help | alexa fammi un esempio che non so da dove partire | HELP
help | alexa chiedi a capitali del mondo cosa si può fare | HELP
stop | alexa stop | STOP
stop | alexa basta così grazie | STOP
stop | alexa fermati | STOP
stop | alexa esci da capitali del mondo | STOP
stop | alexa chiudi la skill | STOP
stop | alexa ok ho finito | STOP
stop | alexa spegni tutto che andiamo a dormire | STOP
stop | basta | STOP
stop | fine | STOP
stop | alexa chiudi capitali del mondo | STOP
stop | alexa ferma ferma | STOP
stop | alexa per oggi basta con le capitali | STOP
stop | alexa smettila | STOP
stop | alexa abbiamo finito la partita esci | STOP
stop | alexa ok grazie ciao | STOP
stop | alexa po basta weón | STOP
stop | alexa ki manière basta così | STOP
stop | alexa da stop grazie | STOP
stop | alexa adesso taci che arriva il cliente | STOP
stop | alexa esci dal gioco | STOP
stop | alexa chiudi che il camper parte | STOP
stop | alexa termina | STOP
stop | alexa va bene così non mi serve altro | STOP
cancel | alexa annulla | CANCEL
cancel | alexa lascia perdere | CANCEL
cancel | alexa annulla la domanda | CANCEL
cancel | alexa no niente scusa | CANCEL
cancel | annulla | CANCEL
cancel | lascia stare | CANCEL
cancel | alexa cancella quello che ho detto | CANCEL
cancel | alexa non importa | CANCEL
cancel | alexa no aspetta annulla | CANCEL
cancel | alexa lascia perdere non era per te | CANCEL
cancel | alexa niente ho sbagliato | CANCEL
cancel | alexa annulla tutto | CANCEL
cancel | alexa lascia stare la capitale | CANCEL
cancel | alexa po olvídalo annulla | CANCEL
cancel | alexa mbote no lascia stare | CANCEL
cancel | alexa da khong annulla | CANCEL
cancel | alexa laisse annulla ki manière | CANCEL
cancel | alexa era una domanda di mio figlio lascia perdere | CANCEL
cancel | alexa annulla che ho già trovato sul risiko | CANCEL
cancel | alexa no non quella domanda annullala | CANCEL
cancel | alexa scordatelo | CANCEL
cancel | alexa niente niente | CANCEL
cancel | alexa annulla la richiesta per favore | CANCEL
launch | alexa apri capitali del mondo | LAUNCH
launch | alexa avvia capitali del mondo | LAUNCH
launch | alexa fai partire capitali del mondo | LAUNCH
launch | alexa lancia capitali del mondo | LAUNCH
launch | alexa capitali del mondo | LAUNCH
launch | alexa gioca a capitali del mondo | LAUNCH
launch | alexa apri la skill capitali del mondo | LAUNCH
launch | alexa voglio giocare con capitali del mondo | LAUNCH
launch | alexa attiva capitali del mondo | LAUNCH
launch | alexa metti capitali del mondo | LAUNCH
launch | alexa riapri capitali del mondo | LAUNCH
launch | alexa usa capitali del mondo | LAUNCH
launch | alexa accendi capitali del mondo per i bambini | LAUNCH
launch | alexa apri capitali del mondo che facciamo la sfida | LAUNCH
launch | alexa avvia la skill delle capitali del mondo | LAUNCH
launch | alexa parti con capitali del mondo | LAUNCH
launch | alexa mi apri capitali del mondo per favore | LAUNCH
launch | alexa fammi parlare con capitali del mondo | LAUNCH
launch | alexa po abre capitali del mondo | LAUNCH
launch | alexa ki manière apri capitali del mondo | LAUNCH
launch | alexa mbote lancia capitali del mondo | LAUNCH
launch | alexa da mo capitali del mondo | LAUNCH
launch | alexa carica capitali del mondo | LAUNCH
launch | alexa ripartiamo con capitali del mondo | LAUNCH
launch | alexa inizia capitali del mondo | LAUNCH
launch | alexa buongiorno apri capitali del mondo | LAUNCH
launch | alexa vorrei usare capitali del mondo | LAUNCH
launch | alexa aprimi un po' capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo per il risiko | LAUNCH
launch | alexa avvia capitali del mondo in camper | LAUNCH
plural-capitals | alexa quali sono le capitali del sudafrica | ZA
plural-capitals | alexa dimmi tutte e tre le capitali del sudafrica | ZA
plural-capitals | alexa le tre capitali sudafricane quali sono | ZA
plural-capitals | alexa è vero che il sudafrica ha più capitali dimmele | ZA
plural-capitals | alexa chiedi a capitali del mondo le capitali del sud africa | ZA
plural-capitals | alexa le capitali della repubblica sudafricana | ZA
plural-capitals | alexa quali sono le due capitali della bolivia | BO
plural-capitals | alexa le capitali boliviane | BO
plural-capitals | alexa dimmi entrambe le capitali della bolivia | BO
plural-capitals | alexa la bolivia ha due capitali quali | BO
plural-capitals | alexa chiedi a capitali del mondo le capitali della bolivia | BO
plural-capitals | alexa po las capitales de bolivia cioè le capitali | BO
plural-capitals | alexa quali sono le capitali dell'olanda | NL
plural-capitals | alexa le due capitali dei paesi bassi | NL
plural-capitals | alexa dimmi entrambe le capitali olandesi | NL
plural-capitals | alexa i paesi bassi hanno due capitali vero quali sono | NL
plural-capitals | alexa le capitali del regno dei paesi bassi | NL
plural-capitals | alexa tutte le capitali dell'olanda per favore | NL
plural-capitals | alexa le capitali della malaysia | MY
plural-capitals | alexa le due capitali della malesia | MY
plural-capitals | alexa quali sono entrambe le capitali malesi | MY
plural-capitals | alexa la malesia ha due capitali me le dici | MY
plural-capitals | alexa da le capitali della malaysia | MY
plural-capitals | alexa chiedi a capitali del mondo le capitali della malesia | MY
plural-capitals | alexa le capitali del benin | BJ
plural-capitals | alexa quali sono le due capitali del benin | BJ
plural-capitals | alexa entrambe le capitali beninesi | BJ
plural-capitals | alexa il benin ha due capitali quali sono | BJ
plural-capitals | alexa mbote le capitali del benin | BJ
plural-capitals | alexa le capitali della costa d'avorio | CI
plural-capitals | alexa quali sono le due capitali ivoriane | CI
plural-capitals | alexa dimmi entrambe le capitali della costa d'avorio | CI
plural-capitals | alexa la costa d'avorio quante capitali ha e quali | CI
plural-capitals | alexa mbote les capitales de la côte d'ivoire cioè le capitali | CI
plural-capitals | alexa le capitali dello sri lanka | LK
plural-capitals | alexa le due capitali dello sri lanka | LK
plural-capitals | alexa quali sono entrambe le capitali di ceylon | LK
plural-capitals | alexa lo sri lanka ha due capitali quali sono | LK
plural-capitals | alexa chiedi a capitali del mondo le capitali dello sri lanka | LK
plural-capitals | alexa le capitali dell'eswatini | SZ
plural-capitals | alexa le due capitali dello swaziland | SZ
plural-capitals | alexa quali sono entrambe le capitali dell'eswatini | SZ
plural-capitals | alexa lo swaziland ha due capitali dimmele | SZ
plural-capitals | alexa ki manière le capitali dello swaziland | SZ
plural-capitals | alexa mi dici le capitali del sudafrica per il risiko | ZA
plural-capitals | alexa le capitali della bolivia che andiamo col camper | BO
plural-capitals | alexa le capitali dell'olanda per la domanda del quiz | NL
plural-capitals | alexa le capitali della malesia per la scommessa | MY
follow-up | e {} | la finlandia=FI; l'estonia=EE; la lettonia=LV
follow-up | e invece {} | il perù=PE; l'ecuador=EC; il paraguay=PY
follow-up | e quella {} | del laos=LA; della cambogia=KH; del myanmar=MM
follow-up | e per {} | il gabon=GA; il togo=TG; il niger=NE
follow-up | ok e {} | la corea del nord=KP; la corea del sud=KR; la palestina=PS
follow-up | adesso {} | il congo kinshasa=CD; il congo brazzaville=CG; il sudafrica=ZA
follow-up | e poi {} | la mongolia=MN; il bhutan=BT; il nepal=NP
follow-up | già che ci sei {} | l'islanda=IS; la norvegia=NO; la danimarca=DK
follow-up | e di {} | tuvalu=TV; nauru=NR; palau=PW
follow-up | un'altra {} | il malawi=MW; lo zambia=ZM; lo zimbabwe=ZW
follow-up | e quella dell'{} | uzbekistan=UZ; armenia=AM; oman=OM
follow-up | bene e del {} | qatar=QA; kuwait=KW; bahrein=BH
follow-up | e la bolivia | BO
follow-up | e la malesia | MY
follow-up | e l'olanda | NL
follow-up | e il sudafrica quale | ZA
follow-up | invece la corea di pyongyang | KP
yes-no-check | alexa è vero che la capitale dell'australia è sydney | AU
yes-no-check | alexa la capitale del canada è toronto giusto | CA
yes-no-check | alexa ankara è la capitale della turchia vero | TR
yes-no-check | alexa ma la capitale {} | del brasile è rio=BR; della svizzera è zurigo=CH; del marocco è casablanca=MA
yes-no-check | alexa confermi che {} | nairobi è la capitale del kenya=KE; lagos è la capitale della nigeria=NG; dodoma è la capitale della tanzania=TZ
yes-no-check | alexa è giusto dire che {} | canberra è la capitale australiana=AU; la capitale del vietnam è hanoi=VN; belmopan è la capitale del belize=BZ
yes-no-check | alexa scommetto che la capitale {} | della corea del sud è seul=KR; della corea del nord è pyongyang=KP; del pakistan è karachi=PK
yes-no-check | alexa dimmi se {} | kinshasa è la capitale del congo democratico=CD; brazzaville è la capitale della repubblica del congo=CG; ramallah è la capitale della palestina=PS
yes-no-check | alexa la capitale dello yemen è sana'a o no | YE
yes-no-check | alexa astana è ancora la capitale del kazakistan | KZ
yes-no-check | alexa ma naypyidaw è davvero la capitale del myanmar | MM
self-correction | alexa la capitale dell'austria no scusa dell'australia | AU
self-correction | alexa la capitale della slovenia anzi della slovacchia | SK
self-correction | alexa la capitale dell'iran no dell'iraq | IQ
self-correction | alexa qual è la capitale del niger cioè della nigeria | NG
self-correction | alexa qual è la capitale della guinea no della guinea equatoriale | GQ
self-correction | alexa qual è la capitale del mali anzi del malawi | MW
self-correction | alexa dimmi la capitale della svezia no aspetta della svizzera | CH
self-correction | alexa dimmi la capitale dell'uruguay no del paraguay | PY
self-correction | alexa dimmi la capitale della colombia anzi della bolivia | BO
self-correction | alexa la capitale della corea del sud no del nord | KP
self-correction | alexa la capitale del congo quello piccolo no quello grande | CD
self-correction | alexa la capitale del gabon no scusa del congo brazzaville | CG
self-correction | alexa la capitale di israele anzi della palestina | PS
self-correction | alexa la capitale della dominica no della repubblica dominicana | DO
self-correction | alexa la capitale del sudan no quello del sud | SS
reverse-question | alexa di che paese è capitale ulan bator | CITY:Ulan Bator
reverse-question | alexa tegucigalpa è la capitale di cosa | CITY:Tegucigalpa
reverse-question | alexa quale stato ha per capitale paramaribo | CITY:Paramaribo
reverse-question | alexa in che nazione si trova la capitale {} | ouagadougou=CITY:Ouagadougou; bishkek=CITY:Bishkek; windhoek=CITY:Windhoek
reverse-question | alexa {} è capitale di quale paese | asmara=CITY:Asmara; vientiane=CITY:Vientiane; lilongwe=CITY:Lilongwe
reverse-question | alexa di quale stato è capitale {} | antananarivo=CITY:Antananarivo; gaborone=CITY:Gaborone; nouakchott=CITY:Nouakchott
reverse-question | alexa la città di {} di che paese è la capitale | kigali=CITY:Kigali; bamako=CITY:Bamako; montevideo=CITY:Montevideo
reverse-question | alexa dove si trova la capitale chiamata yaoundé | CITY:Yaoundé
reverse-question | alexa dushanbe è la capitale di che paese | CITY:Dushanbe
reverse-question | alexa quale paese ha pyongyang come capitale | CITY:Pyongyang
reverse-question | alexa honiara è la capitale di quale stato | CITY:Honiara
reverse-question | alexa kingston è la capitale di che isola | CITY:Kingston
official-name | alexa la capitale della repubblica federale di germania | DE
official-name | alexa la capitale della repubblica popolare cinese | CN
official-name | alexa la capitale del regno di spagna | ES
official-name | alexa qual è la capitale della repubblica popolare democratica di corea | KP
official-name | alexa qual è la capitale della repubblica di corea | KR
official-name | alexa qual è la capitale dello stato di palestina | PS
official-name | alexa dimmi la capitale della repubblica democratica del congo | CD
official-name | alexa dimmi la capitale della repubblica del congo | CG
official-name | alexa dimmi la capitale della repubblica islamica dell'iran | IR
official-name | alexa la capitale del regno hascemita di giordania | JO
official-name | alexa la capitale della confederazione elvetica | CH
official-name | alexa la capitale della repubblica ellenica | GR
official-name | alexa la capitale del regno del marocco | MA
official-name | alexa la capitale della repubblica socialista del vietnam | VN
official-name | alexa la capitale della repubblica unita di tanzania | TZ
official-name | alexa la capitale della repubblica federale democratica d'etiopia | ET
official-name | alexa la capitale degli stati federati di micronesia | FM
official-name | alexa la capitale della repubblica araba d'egitto | EG
official-name | alexa la capitale del sultanato dell'oman | OM
everyday-name | alexa la capitale della birmania | MM
everyday-name | alexa la capitale del siam | TH
everyday-name | alexa la capitale della persia | IR
everyday-name | alexa qual è la capitale dell'olanda | NL
everyday-name | alexa qual è la capitale dell'inghilterra | GB-ENG
everyday-name | alexa qual è la capitale dell'america | US
everyday-name | alexa dimmi la capitale della russia bianca | BY
everyday-name | alexa dimmi la capitale dell'ex zaire | CD
everyday-name | alexa dimmi la capitale di ceylon | LK
everyday-name | alexa la capitale della cecoslovacchia cioè la repubblica ceca oggi | CZ
everyday-name | alexa la capitale della costa d'oro cioè il ghana | GH
everyday-name | alexa la capitale dell'alto volta | BF
everyday-name | alexa la capitale del dahomey | BJ
everyday-name | alexa la capitale della rhodesia che adesso è lo zimbabwe | ZW
everyday-name | alexa la capitale della cambogia quella della cambogia di angkor | KH
everyday-name | alexa la capitale della turchia cioè la türkiye | TR
everyday-name | alexa la capitale della repubblica ceca | CZ
shared-name | alexa la capitale della georgia | GE
shared-name | alexa la capitale del congo | CD+CG
shared-name | alexa la capitale della corea | KP+KR
shared-name | alexa qual è la capitale della guinea {} | quella di bissau=GW; quella francese=GN; equatoriale=GQ
shared-name | alexa la capitale della georgia quella americana | US-GA
shared-name | alexa la capitale della georgia lo stato degli stati uniti | US-GA
shared-name | alexa la capitale della georgia quella del caucaso | GE
shared-name | alexa la capitale del congo ex francese | CG
shared-name | alexa la capitale del congo ex belga | CD
shared-name | alexa le capitali delle due coree | KP+KR
shared-name | alexa la capitale del sudan e del sud sudan | SD+SS
shared-name | alexa la capitale della dominica l'isola dei caraibi | DM
shared-name | alexa la capitale del lussemburgo il paese | LU
shared-name | alexa la capitale della macedonia quella del nord | MK
shared-name | alexa la capitale delle samoa non quelle americane | WS
shared-name | alexa la capitale delle isole vergini | VG+VI
shared-name | alexa la capitale di washington lo stato | US-WA
subdivision | alexa la capitale dell'oklahoma | US-OK
subdivision | alexa la capitale del nebraska | US-NE
subdivision | alexa la capitale dell'idaho | US-ID
subdivision | alexa qual è il capoluogo {} | del manitoba=CA-MB; dello yukon=CA-YT; del nunavut=CA-NU
subdivision | alexa capitale dello stato {} | di minas gerais=BR-MG; del ceará=BR-CE; del pará=BR-PA
subdivision | alexa la capitale dello stato indiano {} | del rajasthan=IN-RJ; del kerala=IN-KL; del gujarat=IN-GJ
subdivision | alexa il capoluogo del land {} | della turingia=DE-TH; della sassonia=DE-SN; dell'assia=DE-HE
subdivision | alexa la capitale dello stato messicano {} | di oaxaca=MX-OAX; di sonora=MX-SON; di chiapas=MX-CHP
subdivision | alexa qual è la capitale della tasmania | AU-TAS
subdivision | alexa qual è la capitale del queensland | AU-QLD
subdivision | alexa qual è la capitale dell'australia occidentale | AU-WA
subdivision | alexa la capitale del galles | GB-WLS
subdivision | alexa la capitale della scozia | GB-SCT
subdivision | alexa la capitale dell'irlanda del nord | GB-NIR
subdivision | alexa il capoluogo {} | della lombardia=FB; della sicilia=FB; del friuli=FB
subdivision | alexa la capitale della catalogna | FB
subdivision | alexa la capitale della baviera | DE-BY
subdivision | alexa la capitale del tirolo | FB
subdivision | alexa la capitale della california quella vera non los angeles | US-CA
subdivision | alexa la capitale del vermont | US-VT
subdivision | alexa la capitale dell'alaska | US-AK
subdivision | alexa la capitale del wyoming | US-WY
subdivision | alexa la capitale del kentucky quella del bourbon | US-KY
subdivision | alexa capitale della louisiana | US-LA
subdivision | alexa la capitale della groenlandia | GL
subdivision | alexa la capitale delle isole fær øer | FO
subdivision | alexa la capitale della nuova caledonia | NC
subdivision | alexa la capitale della polinesia francese | PF
subdivision | alexa la capitale di portorico | PR
subdivision | alexa la capitale delle bermuda | BM
subdivision | alexa la capitale dell'isola di man | IM
subdivision | alexa la capitale della provincia di buenos aires | FB
subdivision | alexa la capitale della corsica | FB
subdivision | alexa la capitale del kurdistan iracheno | FB
subdivision | alexa la capitale della siberia | FB
subdivision | alexa la capitale dell'istria | FB
subdivision | alexa la capitale della carinzia | FB
subdivision | alexa la capitale della slesia | FB
subdivision | alexa la capitale della renania palatinato | DE-RP
subdivision | alexa la capitale del bengala occidentale | IN-WB
subdivision | alexa la capitale dello yucatán | MX-YUC
subdivision | alexa la capitale della columbia britannica | CA-BC
subdivision | alexa la capitale della terranova | CA-NL
subdivision | alexa la capitale del rio grande do sul | BR-RS
subdivision | alexa la capitale di santa catarina | BR-SC
subdivision | alexa la capitale di curaçao | CW
subdivision | alexa la capitale di aruba | AW
subdivision | alexa la capitale di gibilterra | GI
subdivision | alexa la capitale di jersey | JE
out-of-domain | alexa che tempo fa a lipari domani | FB
out-of-domain | alexa metti un timer di dieci minuti per la pasta | FB
out-of-domain | alexa quanti abitanti ha pechino | FB
out-of-domain | alexa accendi la luce della cucina | FB
out-of-domain | alexa metti la radio | FB
out-of-domain | alexa che ore sono a tokyo | FB
out-of-domain | alexa qual è la capitale dell'europa | FB
out-of-domain | alexa qual è la capitale dell'africa | FB
out-of-domain | alexa la capitale del sud america | FB
out-of-domain | alexa qual è la capitale della moda | FB
out-of-domain | alexa la capitale del gelato | FB
out-of-domain | alexa la capitale del tartufo | FB
out-of-domain | alexa quanto è lontana parigi da roma | FB
out-of-domain | alexa che lingua si parla in brasile | FB
out-of-domain | alexa quale moneta usano in svizzera | FB
out-of-domain | alexa metti una canzone di mina | FB
out-of-domain | alexa raccontami una barzelletta | FB
out-of-domain | alexa aggiungi il latte alla lista della spesa | FB
out-of-domain | alexa quanti anni ha il presidente della repubblica | FB
out-of-domain | alexa chi ha vinto la partita ieri | FB
out-of-domain | alexa quando è pasqua quest'anno | FB
out-of-domain | alexa sveglia alle sei domani | FB
out-of-domain | alexa alza il volume | FB
out-of-domain | alexa abbassa il volume | FB
out-of-domain | alexa qual è la città più grande dell'australia | FB
out-of-domain | alexa qual è il fiume più lungo del mondo | FB
out-of-domain | alexa quanto è alto il monte bianco | FB
out-of-domain | alexa chi è il re del belgio | FB
out-of-domain | alexa quanti stati ci sono nel mondo | FB
out-of-domain | alexa quale bandiera è rossa e bianca | FB
out-of-domain | alexa la capitale dell'atlantide | FB
out-of-domain | alexa la capitale della terra di mezzo | FB
out-of-domain | alexa la capitale di marte | FB
out-of-domain | alexa la capitale dell'unione sovietica | FB
out-of-domain | alexa la capitale della jugoslavia | FB
out-of-domain | alexa la capitale della germania est | FB
out-of-domain | alexa la capitale dei caraibi | FB
out-of-domain | alexa la capitale della scandinavia | FB
out-of-domain | alexa la capitale del medio oriente | FB
out-of-domain | alexa il meteo in sardegna | FB
out-of-domain | alexa quanto fa tre per sette | FB
out-of-domain | alexa chiama la mamma | FB
out-of-domain | alexa ordina le cialde del caffè | FB
out-of-domain | alexa dove ho messo le chiavi | FB
out-of-domain | alexa buonanotte | FB
out-of-domain | alexa com'è il traffico sull'autostrada a quattro | FB
out-of-domain | alexa quanto costa il gasolio | FB
out-of-domain | alexa che giorno è oggi | FB
out-of-domain | alexa qual è l'inno della francia | FB
out-of-domain | alexa suona l'inno nazionale | FB
out-of-domain | alexa chi ha fondato roma | FB
out-of-domain | alexa quanti chilometri sono da gorizia a lubiana | FB
out-of-domain | alexa a che ora parte il traghetto per lipari | FB
out-of-domain | alexa quando c'è l'alta marea | FB
out-of-domain | alexa qual è la capitale europea della cultura quest'anno | FB
out-of-domain | alexa la capitale mondiale del libro | FB
out-of-domain | alexa la capitale del cioccolato | FB
out-of-domain | alexa traduci grazie in vietnamita | FB
out-of-domain | alexa come si dice ciao in creolo | FB
out-of-domain | alexa come si dice capitale in spagnolo | FB
out-of-domain | alexa quanto pesa un alveare | FB
out-of-domain | alexa quando fioriscono i castagni | FB
out-of-domain | alexa prezzo del miele di acacia | FB
out-of-domain | alexa quanto costa un tartufo bianco | FB
out-of-domain | alexa che temperatura c'è sul monte rosa | FB
out-of-domain | alexa quanti nodi di vento ci sono | FB
out-of-domain | alexa dammi le previsioni del mare | FB
out-of-domain | alexa metti musica rilassante | FB
out-of-domain | alexa spegni la tv | FB
out-of-domain | alexa quanti gradi ci sono fuori | FB
out-of-domain | alexa quanto dista il prossimo campeggio | FB
out-of-domain | alexa dov'è la farmacia più vicina | FB
out-of-domain | alexa chi ha scritto la divina commedia | FB
out-of-domain | alexa qual è il paese più piccolo del mondo | FB
out-of-domain | alexa quale paese ha più abitanti | FB
out-of-domain | alexa che fuso orario ha santiago del cile | FB
out-of-domain | alexa quanto costa un volo per hanoi | FB
out-of-domain | alexa che tempo fa a kinshasa | FB
out-of-domain | alexa la capitale della padania | FB
out-of-domain | alexa la capitale del regno delle due sicilie | FB
out-of-domain | alexa la capitale del sacro romano impero | FB
out-of-domain | alexa quante capitali ci sono in europa | FB
out-of-domain | alexa elenca tutte le capitali del mondo | FB
out-of-domain | alexa qual è la capitale più fredda del mondo | FB
out-of-domain | alexa imposta un promemoria per il dentista | FB
out-of-domain | alexa leggi le notizie | FB
out-of-domain | alexa che film danno stasera | FB
out-of-domain | alexa quante carte ci sono nel risiko | FB
out-of-domain | alexa come si gioca a risiko | FB
out-of-domain | alexa tira un dado | FB
out-of-domain | alexa qual è la montagna più alta dell'africa | FB
out-of-domain | alexa quanti abitanti ha la malesia | FB
out-of-domain | alexa qual è il lago più grande d'europa | FB
out-of-domain | alexa ki manière metti una sega mauriziana | FB
out-of-domain | alexa po pon una cueca | FB
out-of-domain | alexa mbote metti la rumba congolese | FB
out-of-domain | alexa da che tempo fa ad hanoi | FB
out-of-domain | alexa qual è la capitale della sardegna e della sicilia | FB
out-of-domain | alexa chiedi a capitali del mondo chi vince il mondiale | FB
out-of-domain | alexa chiedi a capitali del mondo quanto è grande la russia | FB
out-of-domain | alexa quanto manca a natale | FB
out-of-domain | alexa stoppa la musica e metti il telegiornale | FB
out-of-domain | alexa quante lingue si parlano in india | FB
out-of-domain | alexa la capitale dell'oceania | FB
goriziani | alexa la capitale {} che da qui siamo a due passi dal confine | della slovenia=SI; della croazia=HR; dell'austria=AT
goriziani | alexa mularia dimmi la capitale {} | dell'ungheria=HU; della serbia=RS; del montenegro=ME
goriziani | alexa ara ti la capitale {} | della bosnia=BA; della macedonia del nord=MK; dell'albania=AL
goriziani | alexa la capitale {} per la capitale europea della cultura con nova gorica | della slovenia quella vera=SI; della slovacchia=SK; della cechia=CZ
goriziani | alexa la capitale {} che mio nonno ci lavorava | della romania=RO; della bulgaria=BG; della moldavia=MD
goriziani | alexa ciò la capitale del kosovo | FB
goriziani | alexa la capitale della palestina per la manifestazione in piazza vittoria | PS
goriziani | alexa la capitale della polonia che parte il pullman | PL
goriziani | alexa la capitale dell'ucraina per la raccolta della parrocchia | UA
goriziani | alexa la capitale della lituania per il coro | LT
goriziani | alexa la capitale dello sri lanka per la badante una | LK
tabarchini | alexa la capitale {} che i nostri vecchi venivano da lì | della tunisia=TN; dell'algeria=DZ; della libia=LY
tabarchini | alexa belin la capitale {} | del marocco=MA; della mauritania=MR; del senegal=SN
tabarchini | alexa la capitale {} per il tonno della mattanza | del giappone=JP; della spagna=ES; del portogallo=PT
tabarchini | alexa da carloforte dimmi la capitale {} | di malta=MT; di cipro=CY; della grecia=GR
tabarchini | alexa la capitale {} che c'è la nave del tonno | della corea del sud=KR; della cina=CN; della thailandia=TH
tabarchini | alexa la capitale della liguria ah no quella è genova dimmi quella del principato di monaco | MC
tabarchini | alexa la capitale dell'egitto per la crociera | EG
tabarchini | alexa la capitale del libano che arriva il traghetto dei libanesi | LB
tabarchini | alexa la capitale di israele per il pescatore | IL
tabarchini | alexa la capitale della turchia per il corallo | TR
eoliani | alexa la capitale {} che quest'estate sono venuti a stromboli | della germania=DE; della francia=FR; dell'olanda=NL
eoliani | alexa la capitale {} per i turisti dello yacht | del qatar=QA; dell'arabia saudita=SA; degli emirati arabi=AE
eoliani | alexa a lipari mi chiedono la capitale {} | dell'islanda che hanno i vulcani pure loro=IS; del cile coi vulcani=CL; dell'indonesia=ID
eoliani | alexa la capitale {} per la pomice | del giappone dei vulcani=JP; della nuova zelanda=NZ; del vanuatu=VU
eoliani | alexa unni è la capitale {} | del portogallo=PT; della scozia=GB-SCT; dell'irlanda=IE
eoliani | alexa la capitale della malesia due capitali vero per il diving | MY
eoliani | alexa la capitale delle filippine per la signora che lavora in albergo | PH
eoliani | alexa la capitale del regno unito per il traghetto degli inglesi | GB
eoliani | alexa la capitale della svezia per la barca a vela | SE
eoliani | alexa la capitale del guatemala per il vulcano stromboli | GT
eoliani | alexa la capitale dell'ecuador per i turisti delle galápagos | EC
mauriziani | alexa ki manière la capitale {} | di mauritius=MU; del madagascar=MG; delle seychelles=SC
mauriziani | alexa la capitale {} che ci vivono i miei cugini | della riunione=RE; delle comore=KM; di mayotte=YT
mauriziani | alexa dimmi la capitale {} per mia sorella in catania | dell'india=IN; del bangladesh=BD; del pakistan=PK
mauriziani | alexa la capitale {} ki manière | delle maldive=MV; dello sri lanka una=LK; del mozambico=MZ
mauriziani | alexa mo pa koné la capitale {} | del sudafrica che ci lavora mio zio una=ZA; della tanzania=TZ; del kenya=KE
mauriziani | alexa la capitale della francia per il passaporto | FR
mauriziani | alexa la capitale del regno unito per la regina | GB
mauriziani | alexa la capitale dell'eswatini mia cugina dice che è mbabane | SZ
mauriziani | alexa la capitale dell'australia per il visto | AU
mauriziani | alexa la capitale della cina per il negozio del cinese a catania | CN
cileni | alexa po la capitale {} | dell'argentina=AR; del perù=PE; della bolivia una sola=BO
cileni | alexa cachai la capitale {} | dell'uruguay=UY; del paraguay=PY; del venezuela=VE
cileni | alexa la capitale {} weón | della colombia=CO; dell'ecuador=EC; del brasile=BR
cileni | alexa la capitale {} para la once | del cile=CL; di cuba=CU; del messico=MX
cileni | alexa la capitale {} po que mi papá vive allá | del costa rica=CR; di panama=PA; del nicaragua=NI
cileni | alexa la capitale dell'honduras cachai | HN
cileni | alexa la capitale di el salvador po | SV
cileni | alexa la capitale della repubblica dominicana weón | DO
cileni | alexa la capitale dell'isola di pasqua | FB
cileni | alexa la capitale del guatemala po | GT
cileni | alexa la capitale della spagna cachai para el viaje | ES
congolesi | alexa mbote la capitale {} | della repubblica democratica del congo=CD; del congo brazzaville=CG; dell'angola=AO
congolesi | alexa la capitale {} mon frère | del ruanda=RW; del burundi=BI; dell'uganda=UG
congolesi | alexa la capitale {} tokosala | del camerun=CM; della repubblica centrafricana=CF; del ciad=TD
congolesi | alexa la capitale {} yo | del gabon=GA; della guinea equatoriale=GQ; di são tomé e príncipe=ST
congolesi | alexa la capitale {} che ci giocava mio fratello a calcio | dello zambia=ZM; del sud sudan=SS; della tanzania=TZ
congolesi | alexa mbote la capitale del congo quello di kinshasa | CD
congolesi | alexa la capitale del congo di là dal fiume | CG
congolesi | alexa la capitale del congo ex zaire mbote | CD
congolesi | alexa la capitale del congo piccolo quello dei francesi | CG
congolesi | alexa la capitale del belgio per il permesso | BE
congolesi | alexa la capitale della costa d'avorio una sola | CI
vietnamiti | alexa da la capitale {} | del vietnam=VN; del laos=LA; della cambogia=KH
vietnamiti | alexa oi la capitale {} | della thailandia=TH; del myanmar=MM; della malaysia una=MY
vietnamiti | alexa la capitale {} da cam on | di singapore=SG; del brunei=BN; di timor est=TL
vietnamiti | alexa la capitale {} per il ristorante pho | della corea del nord=KP; della corea del sud=KR; del giappone=JP
vietnamiti | alexa la capitale {} che ho il cugino là | di taiwan=TW; di hong kong=HK; delle filippine=PH
vietnamiti | alexa oi la capitale della mongolia | MN
vietnamiti | alexa la capitale della russia per lo zio che studiava lì | RU
vietnamiti | alexa la capitale della repubblica ceca che ci sono tanti vietnamiti | CZ
vietnamiti | alexa da la capitale della germania | DE
vietnamiti | alexa la capitale degli stati uniti da | US
gelatai | alexa la capitale {} che ho la gelateria là da trent'anni | della germania=DE; dell'austria=AT; dei paesi bassi una sola=NL
gelatai | alexa la capitale {} per il nuovo banco gelato | della polonia=PL; della lituania=LT; della lettonia=LV
gelatai | alexa la capitale {} che mio cugino apre una gelateria | dell'estonia=EE; della finlandia=FI; della danimarca=DK
gelatai | alexa la capitale {} per la fiera del gelato | dell'australia=AU; del canada=CA; degli stati uniti=US
gelatai | alexa la capitale {} dove il pistacchio costa meno | dell'iran=IR; della turchia=TR; della siria=SY
gelatai | alexa la capitale del belgio per la stagione | BE
gelatai | alexa la capitale dell'argentina che il gelato lo fanno come noi | AR
gelatai | alexa la capitale della costa rica per la vaniglia | CR
gelatai | alexa la capitale del madagascar per la vaniglia buona | MG
gelatai | alexa la capitale della norvegia che vendiamo poco d'inverno | NO
apicoltori | alexa la capitale {} per le api regine | della slovenia delle api carniche=SI; della georgia quella del caucaso=GE; dell'ucraina=UA
apicoltori | alexa la capitale {} che importano il miele | della cina=CN; dell'argentina per il miele=AR; del messico=MX
apicoltori | alexa la capitale {} per il convegno sulla varroa | della nuova zelanda del manuka=NZ; dell'etiopia=ET; dello yemen=YE
apicoltori | alexa la capitale {} per il miele scuro | del cile=CL; dell'uruguay=UY; del vietnam=VN
apicoltori | alexa la capitale della romania che il miele di acacia viene da lì | RO
apicoltori | alexa la capitale dell'ungheria per il miele di acacia | HU
apicoltori | alexa la capitale della bulgaria per le arnie | BG
apicoltori | alexa la capitale del kirghizistan che ci sono le api di montagna | KG
apicoltori | alexa la capitale dello zambia per il miele di foresta | ZM
apicoltori | alexa la capitale del tagikistan per il miele bianco | TJ
marittimi | alexa la capitale {} per la bandiera della nave | di panama=PA; della liberia=LR; delle isole marshall=MH
marittimi | alexa la capitale {} che sbarchiamo a fine mese | del belize=BZ; delle bahamas=BS; di malta=MT
marittimi | alexa la capitale {} per il cambio dell'equipaggio | delle filippine=PH; dell'india=IN; dell'indonesia=ID
marittimi | alexa la capitale {} per la rotta di domani | dell'oman=OM; del gibuti=DJ; dell'eritrea=ER
marittimi | alexa la capitale {} che la nave è ferma in porto | della somalia=SO; del sudan=SD; dello yemen=YE
marittimi | alexa la capitale di antigua e barbuda per la bandiera | AG
marittimi | alexa la capitale di saint vincent e grenadine che la nave è registrata là | VC
marittimi | alexa la capitale del mozambico per lo scalo | MZ
marittimi | alexa la capitale della namibia per il porto di walvis bay | NA
marittimi | alexa la capitale della corea del sud per il cantiere che ha fatto la nave | KR
guide-alpine | alexa la capitale {} che porto i clienti sull'himalaya | del nepal=NP; del pakistan per il kappa due=PK; del bhutan=BT
guide-alpine | alexa la capitale {} per la spedizione | della tanzania del kilimangiaro=TZ; dell'argentina dell'aconcagua=AR; del kirghizistan=KG
guide-alpine | alexa la capitale {} per i clienti di quest'estate | della svizzera=CH; del liechtenstein=LI; di andorra=AD
guide-alpine | alexa la capitale {} per il trekking | del perù delle ande=PE; della bolivia quella dove c'è il governo=BO; dell'ecuador del chimborazo=EC
guide-alpine | alexa la capitale {} che lì ci sono montagne | della georgia del caucaso=GE; dell'armenia=AM; dell'azerbaigian=AZ
guide-alpine | alexa la capitale del lesotho che è tutto montagna | LS
guide-alpine | alexa la capitale del tagikistan per il pamir | TJ
guide-alpine | alexa la capitale della norvegia per le isole lofoten | NO
guide-alpine | alexa la capitale dell'islanda per il ghiacciaio | IS
guide-alpine | alexa la capitale del marocco per l'atlante | MA
pastori | alexa la capitale {} per le pecore | della nuova zelanda=NZ; dell'australia=AU; della mongolia=MN
pastori | alexa la capitale {} che i cani da pastore vengono da lì | dell'anatolia cioè la turchia=TR; della scozia=GB-SCT; del belgio=BE
pastori | alexa la capitale {} ho un aiutante che viene da là | della macedonia=MK; della romania=RO; dell'india dal punjab=IN
pastori | alexa la capitale {} per la lana | dell'uruguay=UY; dell'argentina della patagonia=AR; del kazakistan=KZ
pastori | alexa la capitale {} che c'è la transumanza come qui | della francia=FR; della spagna=ES; dell'albania=AL
pastori | alexa la capitale dell'afghanistan per il pastore afghano | AF
pastori | alexa la capitale dell'islanda per le pecore islandesi | IS
pastori | alexa la capitale del turkmenistan per i cammelli | TM
pastori | alexa la capitale del senegal per il ragazzo che aiuta | SN
pastori | alexa la capitale del mali per l'aiutante | ML
geometri | alexa la capitale {} per il cantiere | del kuwait=KW; del qatar=QA; dell'arabia saudita=SA
geometri | alexa la capitale {} per la gara d'appalto | dell'etiopia=ET; dell'algeria=DZ; dell'angola=AO
geometri | alexa la capitale {} per il progetto della diga | del sudan=SD; del ghana=GH; della nigeria=NG
geometri | alexa la capitale {} per il rilievo topografico | dell'egitto=EG; della giordania=JO; dell'iraq=IQ
geometri | alexa la capitale {} che costruiscono la nuova capitale | dell'indonesia=ID; dell'egitto=EG; della corea del sud=KR
geometri | alexa la capitale del brasile che l'hanno progettata a tavolino | BR
geometri | alexa la capitale del kazakistan per il palazzo di vetro | KZ
geometri | alexa la capitale della nigeria per il ponte | NG
geometri | alexa la capitale del turkmenistan che è tutta di marmo | TM
geometri | alexa la capitale del myanmar per la nuova città | MM
tartufai | alexa la capitale {} che comprano i nostri tartufi | degli emirati arabi uniti=AE; di hong kong=HK; di singapore=SG
tartufai | alexa la capitale {} per la fiera del tartufo | della croazia=HR; della serbia=RS; della slovenia=SI
tartufai | alexa la capitale {} che il tartufo nero lo importano da lì | della cina=CN; della spagna=ES; della bulgaria=BG
tartufai | alexa la capitale {} per il cliente del ristorante | del giappone=JP; della svezia=SE; del lussemburgo=LU
tartufai | alexa la capitale {} per il cane da tartufo | dell'ungheria=HU; della romania=RO; della repubblica ceca=CZ
tartufai | alexa la capitale del principato di monaco per il ristorante | MC
tartufai | alexa la capitale della russia per il cliente ricco | RU
tartufai | alexa la capitale della bielorussia per il trifolau | BY
tartufai | alexa la capitale degli stati uniti per la spedizione | US
tartufai | alexa la capitale del bahrein per lo chef | BH
piloti | alexa la capitale {} per il volo di stanotte | del senegal=SN; del marocco=MA; delle isole capo verde=CV
piloti | alexa la capitale {} che c'è lo scalo tecnico | dell'islanda=IS; delle azzorre=FB; della groenlandia=GL
piloti | alexa la capitale {} per il piano di volo | del kazakistan=KZ; dell'uzbekistan=UZ; del turkmenistan=TM
piloti | alexa la capitale {} che atterriamo lì domani | della giordania=JO; dell'armenia=AM; della georgia=GE
piloti | alexa la capitale {} per il riposo dell'equipaggio | delle maldive=MV; delle seychelles=SC; di mauritius=MU
piloti | alexa la capitale delle fiji per il volo lungo | FJ
piloti | alexa la capitale di tonga per il cargo | TO
piloti | alexa la capitale di samoa per il volo charter | WS
piloti | alexa la capitale delle isole salomone | SB
piloti | alexa la capitale della papua nuova guinea per l'atterraggio | PG
archeologi | alexa la capitale {} per lo scavo | della siria=SY; dell'iraq=IQ; del libano=LB
archeologi | alexa la capitale {} per la missione archeologica | del sudan dei faraoni neri=SD; dell'egitto=EG; della libia di leptis=LY
archeologi | alexa la capitale {} per la conferenza sui maya | del guatemala=GT; dell'honduras=HN; del belize=BZ
archeologi | alexa la capitale {} per il museo | della grecia=GR; della turchia=TR; di cipro=CY
archeologi | alexa la capitale {} per gli scavi dell'anno prossimo | del perù=PE; della cambogia=KH; dello zimbabwe=ZW
archeologi | alexa la capitale della palestina per lo scavo a gerico | PS
archeologi | alexa la capitale dell'afghanistan per i buddha | AF
archeologi | alexa la capitale della tunisia per cartagine | TN
archeologi | alexa la capitale della giordania per petra | JO
archeologi | alexa la capitale dell'eritrea per il sito di adulis | ER
risiko | alexa la capitale {} che ho appena conquistato | della kamchatka=FB; della jacuzia=FB; dell'irkutsk=FB
risiko | alexa la capitale {} che mi serve per l'obiettivo | del congo=CD+CG; dell'egitto=EG; del madagascar=MG
risiko | alexa dai dimmi la capitale {} che mio cognato dice che non c'è | del venezuela=VE; del perù=PE; del brasile=BR
risiko | alexa la capitale {} che ho i carri armati lì | della cina=CN; dell'india=IN; del giappone=JP
risiko | alexa la capitale {} per decidere chi vince | della mongolia=MN; della siberia=FB; dell'ucraina=UA
risiko | alexa la capitale dell'africa del nord del risiko | FB
risiko | alexa la capitale della corea del nord per il nuovo risiko | KP
risiko | alexa la capitale dell'indonesia che ho tutta l'oceania | ID
risiko | alexa la capitale della palestina che litighiamo | PS
risiko | alexa la capitale del sudafrica che ho l'africa del sud | ZA
risiko | alexa la capitale del congo di kinshasa per il risiko | CD
risiko | alexa la capitale del congo di brazzaville per la sfida | CG
camper | alexa la capitale {} che domani passiamo il confine | della slovenia in camper=SI; dell'austria col camper=AT; della svizzera per la vignetta=CH
camper | alexa la capitale {} che cerchiamo un'area sosta | della norvegia=NO; della svezia=SE; della finlandia=FI
camper | alexa la capitale {} per la tappa di stasera | del portogallo=PT; della francia=FR; della germania=DE
camper | alexa la capitale {} che c'è il campeggio | della croazia=HR; del montenegro=ME; dell'albania=AL
camper | alexa la capitale {} per il giro dei balcani | della bosnia ed erzegovina=BA; della serbia=RS; della macedonia del nord=MK
camper | alexa la capitale dell'irlanda col traghetto | IE
camper | alexa la capitale dei paesi bassi per il parcheggio | NL
camper | alexa la capitale della danimarca per il ponte | DK
camper | alexa la capitale della lettonia per la tappa | LV
camper | alexa la capitale del lussemburgo per il gasolio | LU
camper | alexa la capitale di andorra per la spesa | AD
quiz-tv | alexa la capitale {} che l'hanno appena chiesta alla ghigliottina | del burkina faso=BF; della sierra leone=SL; del gambia=GM
quiz-tv | alexa la capitale {} il concorrente ha sbagliato | del kiribati=KI; di nauru=NR; di tuvalu=TV
quiz-tv | alexa veloce la capitale {} che c'è la domanda in tv | della guinea bissau=GW; della guinea=GN; della liberia=LR
quiz-tv | alexa la capitale {} che il conduttore ha detto una cosa sbagliata | del sud sudan=SS; della mauritania=MR; del togo=TG
quiz-tv | alexa la capitale {} prima che scada il tempo | di grenada=GD; di saint lucia=LC; di dominica=DM
quiz-tv | alexa la capitale di saint kitts e nevis per il quiz | KN
quiz-tv | alexa la capitale di barbados che lo chiedono al quiz | BB
quiz-tv | alexa la capitale di trinidad e tobago per il gioco in tv | TT
quiz-tv | alexa la capitale della giamaica che ha sbagliato il campione | JM
quiz-tv | alexa la capitale di haiti che la sapevo | HT
quiz-tv | alexa la capitale della guyana per la domanda finale | GY
quiz-tv | alexa la capitale del suriname prima della pubblicità | SR
quiz-tv | alexa la capitale del botswana che mia moglie dice che è un'altra | BW
scommessa | alexa {} scommessa con gigi | la capitale del canada è ottawa o toronto=CA; la capitale della nuova zelanda è auckland o wellington=NZ; la capitale della turchia è istanbul o ankara=TR
scommessa | alexa abbiamo scommesso un caffè dimmi la capitale {} | della svizzera=CH; dell'australia=AU; del brasile=BR
scommessa | alexa chi ha ragione la capitale {} | del marocco=MA; della nigeria=NG; del vietnam=VN
scommessa | alexa per la scommessa al bar la capitale {} | della bolivia quella costituzionale=BO; del sudafrica quella amministrativa=ZA; dei paesi bassi quella del governo=NL
scommessa | alexa ho scommesso una birra sulla capitale {} | del pakistan=PK; della tanzania=TZ; del kazakistan=KZ
scommessa | alexa la capitale della costa d'avorio abbiamo scommesso | CI
scommessa | alexa la capitale del myanmar chi ha vinto la scommessa | MM
scommessa | alexa la capitale della corea del sud per la scommessa | KR
scommessa | alexa la capitale della malesia abbiamo scommesso la cena | MY
scommessa | alexa la capitale della palestina chi ha vinto | PS
missionarie | alexa la capitale {} che suor maria parte per la missione | del burundi=BI; del ruanda=RW; del malawi=MW
missionarie | alexa la capitale {} per la lettera alle consorelle | della repubblica centrafricana=CF; del ciad=TD; del niger=NE
missionarie | alexa la capitale {} dove abbiamo la scuola | del congo brazzaville=CG; della repubblica democratica del congo=CD; del camerun=CM
missionarie | alexa la capitale {} per pregare per la pace | del sud sudan=SS; della palestina=PS; di haiti=HT
missionarie | alexa la capitale {} che la madre superiora è di lì | del brasile=BR; delle filippine=PH; del kerala=IN-KL
missionarie | alexa la capitale di timor est per la missione | TL
missionarie | alexa la capitale della sierra leone per l'ospedale | SL
missionarie | alexa la capitale della guinea bissau per le suore | GW
missionarie | alexa la capitale del madagascar per il pozzo | MG
missionarie | alexa la capitale della corea del nord che preghiamo per loro | KP
ottici | alexa la capitale {} per le montature | della cina=CN; della francia=FR; del giappone=JP
ottici | alexa la capitale {} che il rappresentante delle lenti viene da lì | della germania=DE; dell'irlanda=IE; della thailandia=TH
ottici | alexa la capitale {} per il cliente che aspetta gli occhiali | dell'egitto=EG; del bangladesh=BD; della nigeria=NG
ottici | alexa la capitale {} per la fiera dell'occhiale | degli stati uniti=US; della corea del sud=KR; di taiwan=TW
ottici | alexa la capitale del belgio per la spedizione delle lenti | BE
ottici | alexa la capitale dell'austria che fanno le montature in legno | AT
ottici | alexa la capitale del messico per il cliente | MX
ottici | alexa la capitale di israele per il laser | IL
ottici | alexa la capitale della malesia per le lenti a contatto la principale | MY
ottici | alexa la capitale della palestina per la signora del negozio | PS
pizzaioli | alexa la capitale {} che mi hanno offerto di aprire una pizzeria | del giappone=JP; dell'australia=AU; del kuwait=KW
pizzaioli | alexa la capitale {} per il campionato mondiale della pizza | del brasile=BR; degli stati uniti=US; della polonia=PL
pizzaioli | alexa la capitale {} per il forno a legna che spedisco | dell'arabia saudita=SA; degli emirati=AE; del qatar=QA
pizzaioli | alexa la capitale {} che il mio aiutante viene da lì | dell'egitto=EG; del bangladesh=BD; della tunisia=TN
pizzaioli | alexa la capitale {} per la farina | del canada=CA; dell'ucraina=UA; del kazakistan=KZ
pizzaioli | alexa la capitale dell'eswatini per il cliente una sola | SZ
pizzaioli | alexa la capitale del sudafrica quella dove c'è il governo | ZA
pizzaioli | alexa la capitale del libano per il forno | LB
pizzaioli | alexa la capitale del venezuela per il socio | VE
pizzaioli | alexa la capitale della repubblica dominicana per il cameriere | DO
circensi | alexa la capitale {} per la tournée del circo | della mongolia=MN; della bielorussia=BY; della moldavia=MD
circensi | alexa la capitale {} che il giocoliere viene da lì | dell'etiopia=ET; della guinea=GN; del kenya=KE
circensi | alexa la capitale {} per il festival del circo | del principato di monaco=MC; della cina=CN; della russia=RU
circensi | alexa la capitale {} per il trapezista | dell'ucraina=UA; del kirghizistan=KG; dell'uzbekistan=UZ
circensi | alexa la capitale {} che portiamo il tendone là | dell'albania=AL; della grecia=GR; della bulgaria=BG
circensi | alexa la capitale del marocco per gli acrobati | MA
circensi | alexa la capitale del tagikistan per i cavalieri | TJ
circensi | alexa la capitale della tanzania per gli acrobati | TZ
circensi | alexa la capitale del canada per il cirque du soleil | CA
circensi | alexa la capitale della bolivia per il clown una sola | BO
organisti | alexa la capitale {} per il concerto d'organo | della lettonia=LV; dell'estonia=EE; della germania=DE
organisti | alexa la capitale {} che c'è un organo bellissimo | dei paesi bassi=NL; della danimarca=DK; della svezia=SE
organisti | alexa la capitale {} per la rassegna di musica sacra | dell'austria=AT; della cechia=CZ; dell'ungheria=HU
organisti | alexa la capitale {} per il coro della parrocchia | della polonia=PL; della slovacchia=SK; della croazia=HR
organisti | alexa la capitale {} che suonano l'organo in chiesa | delle filippine=PH; dell'armenia=AM; del libano=LB
organisti | alexa la capitale della svizzera per il festival | CH
organisti | alexa la capitale della norvegia per la cattedrale | NO
organisti | alexa la capitale della lituania per il festival corale | LT
organisti | alexa la capitale della città del vaticano per la cappella | VA
organisti | alexa la capitale di san marino per il concerto | SM
stop | alexa basta con le capitali che inizia il quiz in tv | STOP
stop | alexa esci che abbiamo finito il risiko | STOP
stop | alexa ferma capitali del mondo che devo rispondere al telefono | STOP
stop | alexa chiudi tutto che scendo dal camper | STOP
stop | alexa stop con le capitali mbote | STOP
stop | alexa po para ya basta | STOP
stop | alexa da basta grazie mille | STOP
stop | alexa ki manière stop adesso | STOP
stop | alexa esci da capitali del mondo che arrivano i clienti della gelateria | STOP
stop | alexa fermati che le api si agitano | STOP
stop | alexa stop che siamo in atterraggio | STOP
stop | alexa basta così per la scommessa ho vinto io | STOP
stop | alexa chiudi la skill delle capitali che comincia la messa | STOP
stop | alexa ara ti basta | STOP
stop | alexa belin basta adesso | STOP
stop | alexa stop che il traghetto per lipari è arrivato | STOP
stop | alexa esci dalle capitali che vado a dormire | STOP
stop | alexa ok capitali del mondo abbiamo finito chiudi | STOP
stop | alexa fermati qui con le capitali | STOP
stop | alexa stop stop stop | STOP
stop | alexa finisci la partita delle capitali | STOP
stop | alexa chiudi che ho le mani nell'impasto | STOP
stop | alexa smetti di parlare | STOP
stop | alexa esci che devo montare il tendone | STOP
cancel | alexa annulla che ho sbagliato paese | CANCEL
cancel | alexa lascia perdere quella capitale l'ho trovata sul libro | CANCEL
cancel | alexa annulla la domanda del risiko | CANCEL
cancel | alexa no no annulla che non era quella | CANCEL
cancel | alexa cancella la domanda che la sapevo | CANCEL
cancel | alexa lascia stare il quiz è già finito | CANCEL
cancel | alexa annulla ho già vinto la scommessa | CANCEL
cancel | alexa niente lascia perdere che è arrivato il pullman | CANCEL
cancel | alexa annulla annulla | CANCEL
cancel | alexa belin lascia perdere | CANCEL
cancel | alexa ara ti annulla | CANCEL
cancel | alexa mbote lascia stare mon frère | CANCEL
cancel | alexa po no cancela annulla | CANCEL
cancel | alexa da annulla la domanda | CANCEL
cancel | alexa ki manière no lascia perdere | CANCEL
cancel | alexa annulla che il cliente è andato via | CANCEL
cancel | alexa lascia perdere la capitale della tournée | CANCEL
cancel | alexa annulla l'ultima domanda | CANCEL
cancel | alexa non ti ho chiesto niente annulla | CANCEL
cancel | alexa mi sono confuso annulla | CANCEL
cancel | alexa ritiro la domanda | CANCEL
cancel | alexa annulla che la suora l'ha già detto | CANCEL
launch | alexa apri capitali del mondo che facciamo il risiko | LAUNCH
launch | alexa fai partire capitali del mondo per la scommessa | LAUNCH
launch | alexa avvia capitali del mondo che c'è il quiz in tv | LAUNCH
launch | alexa apri capitali del mondo mbote | LAUNCH
launch | alexa po abre capitali del mondo cachai | LAUNCH
launch | alexa da apri capitali del mondo | LAUNCH
launch | alexa ki manière lancia capitali del mondo | LAUNCH
launch | alexa belin apri capitali del mondo | LAUNCH
launch | alexa ara ti avvia capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo in gelateria | LAUNCH
launch | alexa avvia capitali del mondo per il piano di volo | LAUNCH
launch | alexa apri capitali del mondo per le suore | LAUNCH
launch | alexa fai partire capitali del mondo che arriva gigi dal bar | LAUNCH
launch | alexa accendi capitali del mondo sul camper | LAUNCH
launch | alexa apri per favore capitali del mondo che ho una domanda | LAUNCH
launch | alexa voglio aprire capitali del mondo | LAUNCH
launch | alexa potresti aprire capitali del mondo | LAUNCH
launch | alexa apri quella delle capitali capitali del mondo | LAUNCH
launch | alexa avvia di nuovo capitali del mondo | LAUNCH
launch | alexa fammi giocare a capitali del mondo con mio nipote | LAUNCH
launch | alexa apri capitali del mondo per il cantiere | LAUNCH
launch | alexa apri capitali del mondo nel laboratorio del miele | LAUNCH
launch | alexa lancia capitali del mondo che il conduttore ha sbagliato | LAUNCH
launch | alexa apri capitali del mondo nel pulmino del circo | LAUNCH
launch | alexa avvia capitali del mondo sulla nave | LAUNCH
launch | alexa apri capitali del mondo dalla cabina | LAUNCH
launch | alexa apri capitali del mondo dopo cena | LAUNCH
launch | alexa apri capitali del mondo al rifugio | LAUNCH
official-name | alexa la capitale della repubblica federativa del brasile per il passaporto | BR
official-name | alexa la capitale del regno di thailandia per il cliente | TH
official-name | alexa la capitale della repubblica di slovenia che è qui vicino | SI
official-name | alexa la capitale della repubblica democratica del congo mbote | CD
official-name | alexa la capitale della repubblica del congo quella di sassou | CG
official-name | alexa la capitale della repubblica popolare democratica di corea per il telegiornale | KP
official-name | alexa la capitale della repubblica di corea per la fiera | KR
official-name | alexa la capitale dello stato di palestina per il convegno | PS
official-name | alexa la capitale della repubblica di mauritius ki manière | MU
official-name | alexa la capitale della repubblica del cile po | CL
official-name | alexa la capitale della repubblica socialista del vietnam da | VN
official-name | alexa la capitale del regno dei paesi bassi una sola per il visto | NL
official-name | alexa la capitale della repubblica italiana per il compito | IT
official-name | alexa la capitale degli stati uniti messicani | MX
official-name | alexa la capitale della federazione russa per la tournée | RU
official-name | alexa la capitale della repubblica del sudafrica quella del parlamento | ZA
official-name | alexa la capitale dello stato plurinazionale di bolivia quella del governo | BO
official-name | alexa la capitale della repubblica di turchia per il corallo | TR
official-name | alexa la capitale della repubblica tunisina per la famiglia di tabarka | TN
official-name | alexa la capitale della federazione di saint kitts e nevis | KN
official-name | alexa la capitale degli stati federati della micronesia per il volo | FM
official-name | alexa la capitale della repubblica di cipro per lo scavo | CY
official-name | alexa la capitale del regno unito di gran bretagna e irlanda del nord | GB
official-name | alexa la capitale della repubblica di maurizio | MU
official-name | alexa la capitale della repubblica di capo verde per lo scalo | CV
out-of-domain | alexa quanti gelati si vendono in germania d'estate | FB
out-of-domain | alexa quando apre la stagione dei tartufi bianchi | FB
out-of-domain | alexa che vento c'è oggi alle eolie | FB
out-of-domain | alexa quando erutta lo stromboli | FB
out-of-domain | alexa metti la sveglia alle quattro per il volo | FB
out-of-domain | alexa quante ore di volo ci sono da roma a tokyo | FB
out-of-domain | alexa qual è la capitale del miele in italia | FB
out-of-domain | alexa la capitale mondiale della pizza | FB
out-of-domain | alexa la capitale del circo | FB
out-of-domain | alexa la capitale della musica sacra | FB
out-of-domain | alexa la capitale dell'occhiale | FB
out-of-domain | alexa qual è la capitale della pomice | FB
out-of-domain | alexa la capitale del tonno in sardegna | FB
out-of-domain | alexa quanto costa il traghetto per carloforte | FB
out-of-domain | alexa quando c'è la prossima puntata del quiz | FB
out-of-domain | alexa chi ha vinto ieri sera alla ghigliottina | FB
out-of-domain | alexa quante nazioni ci sono in africa | FB
out-of-domain | alexa quali sono i paesi che confinano con la slovenia | FB
out-of-domain | alexa quanto è lungo il confine tra italia e slovenia | FB
out-of-domain | alexa metti la playlist per cantare in camper | FB
out-of-domain | alexa dove posso scaricare le acque grigie del camper | FB
out-of-domain | alexa quanti carri armati si mettono all'inizio del risiko | FB
out-of-domain | alexa chi ha inventato il risiko | FB
out-of-domain | alexa quanti abitanti ha kinshasa | FB
out-of-domain | alexa qual è la lingua ufficiale del congo | FB
out-of-domain | alexa cosa si mangia a mauritius | FB
out-of-domain | alexa ki manière che ore sono a port louis | FB
out-of-domain | alexa po que hora es en santiago | FB
out-of-domain | alexa da come si cucina il pho | FB
out-of-domain | alexa mbote chiama mio fratello | FB
out-of-domain | alexa qual è la capitale con più abitanti del mondo | FB
out-of-domain | alexa qual è la capitale più alta del mondo | FB
out-of-domain | alexa quale capitale è più vicina al polo nord | FB
out-of-domain | alexa quanti chilometri ci sono tra la paz e sucre | FB
out-of-domain | alexa chi è il presidente della corea del sud | FB
out-of-domain | alexa chi comanda in corea del nord | FB
out-of-domain | alexa che lingua si parla in palestina | FB
out-of-domain | alexa quanti abitanti ha il sudafrica | FB
out-of-domain | alexa che moneta hanno in malesia | FB
out-of-domain | alexa quanto è alto l'everest | FB
out-of-domain | alexa previsioni meteo per il rifugio domani | FB
out-of-domain | alexa come si cura la varroa | FB
out-of-domain | alexa quanti gradi ci sono a reykjavík | FB
out-of-domain | alexa metti un timer di venti minuti per la pizza | FB
out-of-domain | alexa accendi il forno | FB
out-of-domain | alexa qual è l'organo più grande del mondo | FB
out-of-domain | alexa suona bach | FB
out-of-domain | alexa metti un'ave maria | FB
out-of-domain | alexa a che ora è la messa domenica | FB
out-of-domain | alexa quanto costa una montatura in titanio | FB
out-of-domain | alexa che cos'è la miopia | FB
out-of-domain | alexa la capitale del regno di napoli | FB
out-of-domain | alexa la capitale dell'impero romano d'oriente | FB
out-of-domain | alexa la capitale della prussia | FB
out-of-domain | alexa la capitale dell'impero austroungarico | FB
out-of-domain | alexa la capitale dell'asia | FB
out-of-domain | alexa la capitale dell'antartide | FB
out-of-domain | alexa la capitale della luna | FB
out-of-domain | alexa la capitale del mare | FB
out-of-domain | alexa dimmi una capitale a caso | FB
out-of-domain | alexa fammi una domanda sulle capitali | FB
out-of-domain | alexa quale capitale ha la torre eiffel | FB
out-of-domain | alexa in che continente è il suriname | FB
out-of-domain | alexa quanti fusi orari ha la russia | FB
out-of-domain | alexa dov'è il porto più grande del mondo | FB
out-of-domain | alexa quanto pesa una nave portacontainer | FB
out-of-domain | alexa com'è il mare a panama | FB
out-of-domain | alexa che tempo fa a carloforte | FB
out-of-domain | alexa manda un messaggio a suor maria | FB
out-of-domain | alexa ricordami di comprare le arnie | FB
shared-name | alexa la capitale della georgia per il trekking nel caucaso | GE
shared-name | alexa la capitale della georgia di atlanta cioè lo stato americano | US-GA
shared-name | alexa la capitale del congo che non so quale dei due | CD+CG
shared-name | alexa le capitali di tutti e due i congo | CD+CG
shared-name | alexa la capitale della corea che non ho capito quale | KP+KR
shared-name | alexa la capitale della corea quella del sud | KR
shared-name | alexa la capitale della corea quella del nord | KP
shared-name | alexa la capitale della guinea senza niente dopo | GN
shared-name | alexa la capitale delle due guinee quella di malabo | GQ
shared-name | alexa la capitale della guinea la nuova guinea quella di papua | PG
shared-name | alexa la capitale del sudan quello vecchio quello del nord | SD
shared-name | alexa la capitale del messico lo stato non la città | MX-MEX
shared-name | alexa la capitale di new york lo stato | US-NY
shared-name | alexa la capitale della virginia non quella occidentale | US-VA
shared-name | alexa la capitale della dominica non la repubblica | DM
shared-name | alexa la capitale del lussemburgo che è anche una città | LU
shared-name | alexa la capitale delle samoa quelle americane | AS
shared-name | alexa la capitale di victoria quello stato australiano | AU-VIC
shared-name | alexa la capitale del punjab indiano | IN-PB
shared-name | alexa la capitale della macedonia quella greca | FB
everyday-name | alexa la capitale della moldova | MD
everyday-name | alexa la capitale del kirghisia | KG
everyday-name | alexa la capitale dello swaziland una sola | SZ
everyday-name | alexa la capitale della bielorussia che mia nonna chiamava russia bianca | BY
everyday-name | alexa la capitale di formosa | TW
everyday-name | alexa la capitale dell'abissinia | ET
everyday-name | alexa la capitale dell'urss cioè la russia | RU
everyday-name | alexa la capitale della nuova granada cioè la colombia | CO
everyday-name | alexa la capitale della kampuchea | KH
everyday-name | alexa la capitale della guinea portoghese | GW
everyday-name | alexa la capitale del bechuanaland | BW
everyday-name | alexa la capitale del basutoland | LS
everyday-name | alexa la capitale del tanganica | TZ
everyday-name | alexa la capitale dell'olanda una sola per la cartolina | NL
everyday-name | alexa la capitale degli emirati | AE
everyday-name | alexa la capitale dei paesi bassi che tutti chiamano olanda una | NL
everyday-name | alexa la capitale della nord corea | KP
everyday-name | alexa la capitale della sud corea | KR
everyday-name | alexa la capitale del congo kinshasa | CD
everyday-name | alexa la capitale del congo brazzaville | CG
everyday-name | alexa la capitale della terra santa cioè la palestina | PS
everyday-name | alexa la capitale degli usa | US
self-correction | alexa la capitale della slovenia no aspetta della slovacchia per il coro | SK
self-correction | alexa la capitale del montenegro no della macedonia | MK
self-correction | alexa la capitale del gambia anzi della zambia | ZM
self-correction | alexa la capitale della corea del nord no ho sbagliato del sud | KR
self-correction | alexa la capitale del congo kinshasa no scusa brazzaville | CG
self-correction | alexa la capitale del congo brazzaville no kinshasa | CD
self-correction | alexa la capitale della giordania no della palestina | PS
self-correction | alexa la capitale dell'islanda no dell'irlanda | IE
self-correction | alexa la capitale dell'austria no dell'ungheria | HU
self-correction | alexa la capitale della tunisia cioè no dell'algeria | DZ
self-correction | alexa la capitale del nicaragua no del honduras | HN
self-correction | alexa la capitale della mauritania no scusa di mauritius | MU
self-correction | alexa la capitale del cile no dell'argentina po | AR
self-correction | alexa la capitale del laos no del vietnam da | VN
self-correction | alexa la capitale del ruanda cioè del burundi mbote | BI
self-correction | alexa la capitale dell'italia no della città del vaticano | VA
self-correction | alexa la capitale dell'uzbekistan volevo dire del turkmenistan | TM
self-correction | alexa la capitale della lettonia scusa della lituania | LT
subdivision | alexa la capitale della frisia | FB
subdivision | alexa la capitale della vallonia per il gelataio | FB
subdivision | alexa la capitale del tamil nadu | IN-TN
subdivision | alexa la capitale del karnataka | IN-KA
subdivision | alexa la capitale del sikkim per la spedizione | IN-SK
subdivision | alexa la capitale del ladakh per il trekking | IN-LA
subdivision | alexa la capitale del jalisco | MX-JAL
subdivision | alexa la capitale di quintana roo | MX-ROO
subdivision | alexa la capitale della bahia | BR-BA
subdivision | alexa la capitale del pernambuco | BR-PE
subdivision | alexa la capitale dell'amazonas | BR-AM
subdivision | alexa la capitale dell'alberta per la farina | CA-AB
subdivision | alexa la capitale del saskatchewan per il grano | CA-SK
subdivision | alexa la capitale della nuova scozia | CA-NS
subdivision | alexa la capitale del territorio del nord | AU-NT
subdivision | alexa la capitale del nuovo galles del sud | AU-NSW
subdivision | alexa la capitale della bassa sassonia | DE-NI
subdivision | alexa la capitale del baden württemberg per la gelateria | DE-BW
subdivision | alexa la capitale della renania settentrionale vestfalia | DE-NW
subdivision | alexa la capitale del meclemburgo | DE-MV
subdivision | alexa la capitale dello schleswig holstein | DE-SH
subdivision | alexa la capitale della martinica | MQ
subdivision | alexa la capitale della guadalupa | GP
subdivision | alexa la capitale delle isole cayman | KY
subdivision | alexa la capitale della stiria | FB
subdivision | alexa la capitale della transilvania | FB
subdivision | alexa la capitale dell'andalusia | FB
subdivision | alexa la capitale della patagonia | FB
subdivision | alexa la capitale delle azzorre | FB
subdivision | alexa la capitale dell'isola di pasqua per il moai | FB
subdivision | alexa la capitale delle isole svalbard | SJ
subdivision | alexa la capitale di saint pierre e miquelon | PM
subdivision | alexa la capitale del sahara occidentale | EH
reverse-question | alexa putrajaya di che paese è capitale | CITY:Putrajaya
reverse-question | alexa sucre è la capitale di quale paese | CITY:Sucre
reverse-question | alexa pretoria è capitale di che nazione | ZA
reverse-question | alexa kinshasa è capitale di quale congo | CITY:Kinshasa
reverse-question | alexa brazzaville di che congo è capitale | CITY:Brazzaville
reverse-question | alexa seul è la capitale di quale corea | CITY:Seul
reverse-question | alexa ramallah è capitale di cosa | CITY:Ramallah
reverse-question | alexa di che paese è capitale port louis | CITY:Port Louis
reverse-question | alexa paramaribo no aspetta georgetown è capitale di che paese | CITY:Georgetown
reverse-question | alexa a che paese appartiene la capitale mbabane | CITY:Mbabane
reverse-question | alexa hanoi è la capitale di che paese | CITY:Hanoi
reverse-question | alexa quale stato americano ha come capitale juneau | CITY:Juneau
reverse-question | alexa di che provincia è capitale winnipeg | CITY:Winnipeg
reverse-question | alexa podgorica di che stato è capitale | CITY:Podgorica
reverse-question | alexa lubiana è la capitale di dove | CITY:Lubiana
yes-no-check | alexa è vero che la corea del nord ha capitale pyongyang | KP
yes-no-check | alexa kinshasa è la capitale del congo grande vero | CD
yes-no-check | alexa brazzaville è la capitale del congo piccolo giusto | CG
yes-no-check | alexa la capitale della palestina è gerusalemme est o no | PS
yes-no-check | alexa è vero che l'aia non è la capitale dell'olanda | NL
yes-no-check | alexa pretoria è la capitale del sudafrica sì o no | ZA
yes-no-check | alexa la paz è la capitale della bolivia davvero | BO
yes-no-check | alexa putrajaya è una capitale della malesia vero | MY
yes-no-check | alexa hanoi è la capitale del vietnam sì | VN
yes-no-check | alexa santiago è la capitale del cile giusto po | CL
yes-no-check | alexa port louis è la capitale di mauritius vero | MU
follow-up | e quella della palestina | PS
follow-up | e il congo piccolo | CG
follow-up | e il congo grande | CD
follow-up | e la corea del sud invece | KR
follow-up | e quella del nord | KP
follow-up | mbote e il ruanda | RW
follow-up | po y chile | CL
follow-up | da e il laos | LA
follow-up | e l'isola di mauritius | MU
follow-up | e adesso la micronesia | FM
follow-up | e l'italia | IT
follow-up | e per la slovenia | SI
plural-capitals | alexa le capitali del sudafrica per la lezione di geografia del nipote | ZA
plural-capitals | alexa le tre capitali del sudafrica per il quiz in tv | ZA
plural-capitals | alexa le due capitali della bolivia per il trekking | BO
plural-capitals | alexa le capitali della bolivia tutte e due po | BO
plural-capitals | alexa le capitali dell'olanda tutte e due per il concerto | NL
plural-capitals | alexa le due capitali dei paesi bassi per la tappa in camper | NL
plural-capitals | alexa le capitali della malesia per il diving | MY
plural-capitals | alexa tutte e due le capitali della malesia da | MY
plural-capitals | alexa le due capitali del benin per la missione | BJ
plural-capitals | alexa le capitali del benin per la scommessa | BJ
plural-capitals | alexa le capitali della costa d'avorio per le suore | CI
plural-capitals | alexa le due capitali ivoriane per il risiko | CI
plural-capitals | alexa le capitali dello sri lanka per il cambio equipaggio | LK
plural-capitals | alexa tutte e due le capitali di ceylon per il tè | LK
plural-capitals | alexa le capitali dello swaziland per la domanda del quiz | SZ
plural-capitals | alexa le due capitali dell'eswatini per la scommessa | SZ
help | alexa belin come funziona sta cosa delle capitali | HELP
help | alexa ara ti spiegami come si usa capitali del mondo | HELP
help | alexa ki manière come faccio a chiedere una capitale | HELP
help | alexa da aiutami per favore non capisco | HELP
help | alexa mi spieghi come chiedere le capitali per il risiko | HELP
help | alexa cosa devo dire per le capitali degli stati indiani | HELP
help | alexa come ti chiedo di che paese è una città | HELP
help | alexa aiuto con capitali del mondo che mio nonno non ci riesce | HELP
help | alexa quali paesi conosci | HELP
help | alexa posso chiederti le capitali dei land tedeschi come si fa | HELP
help | alexa che cosa si può chiedere a questa skill | HELP
cancel | alexa annulla che il concorrente ha già risposto | CANCEL
cancel | alexa lascia perdere le api mi chiamano | CANCEL
cancel | alexa annulla il volo è in ritardo ci penso dopo | CANCEL
cancel | alexa annulla la capitale della tournée | CANCEL
cancel | alexa lascia stare che il gelato si scioglie | CANCEL
cancel | alexa no lascia perdere ho trovato sulla mappa | CANCEL
out-of-domain | alexa quanto costa il biglietto per il circo | FB
out-of-domain | alexa che tempo fa in patagonia | FB
out-of-domain | alexa dove posso comprare una mappa del mondo | FB
out-of-domain | alexa quante bandiere ci sono all'onu | FB
out-of-domain | alexa chi ha disegnato brasilia | FB
out-of-domain | alexa quanti abitanti ha gorizia | FB
out-of-domain | alexa quanto è grande il lago di bled | FB
out-of-domain | alexa che musica si ascolta in vietnam | FB
out-of-domain | alexa metti il podcast di geografia | FB
out-of-domain | alexa la capitale del trentino è trento vero | FB
goriziani | alexa ara ti la capitale della slovenia per la festa del vino dall'altra parte | SI
goriziani | alexa la capitale della corea del sud per il ragazzo del cantiere di monfalcone | KR
goriziani | alexa la capitale della repubblica democratica del congo per il prete | CD
tabarchini | alexa belin la capitale della repubblica del congo che c'è la nave | CG
tabarchini | alexa la capitale del sudafrica che vendiamo il tonno una | ZA
eoliani | alexa unni è la capitale della corea del nord | KP
eoliani | alexa la capitale della palestina per il volontario di lipari | PS
cileni | alexa la capitale della bolivia dove c'è il governo po | BO
cileni | alexa cachai la capitale dell'olanda una | NL
vietnamiti | alexa da la capitale della malesia quella del governo | MY
vietnamiti | alexa oi la capitale del congo kinshasa | CD
mauriziani | alexa ki manière la capitale del congo brazzaville | CG
mauriziani | alexa la capitale della palestina ki manière | PS
scommessa | alexa la capitale della corea del nord abbiamo scommesso dieci euro | KP
scommessa | alexa la capitale del congo di kinshasa chi ha ragione | CD
scommessa | alexa la capitale del sudafrica chi ha vinto la birra | ZA
quiz-tv | alexa la capitale della corea del sud che il concorrente non sapeva | KR
quiz-tv | alexa la capitale del congo brazzaville prima della pubblicità | CG
quiz-tv | alexa la capitale della bolivia una qualsiasi che c'è la domanda | BO
camper | alexa la capitale dell'italia per l'ultima tappa | IT
camper | alexa la capitale della malesia una sola che c'è l'offerta del volo | MY
archeologi | alexa la capitale della palestina per la missione a betlemme | PS
"""

if __name__ == "__main__":
    build_round(54, "it", LINES, sys.argv, "tests/Eval/it/round54/source/build_corpus.py")
