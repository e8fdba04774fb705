"""Round 50, Italian (it-IT): a new author's own mix, written blind at the end of the fifty-eighth session (brief
WRITER65.md), for the next session's tuner. Speakers chosen apart from the groups round 49's docstring lists (its own
and those it copies for rounds 44-48: Rome, Naples, Bari, Salento, Venice, Bologna, Milan, Turin, Genoa, Florence,
Sardinia, Sicily, Calabria, Como, the Langhe, Ciociaria, Abruzzo, Romagna, Maremma, Brescia, Cremona, Vicenza, Treviso,
Ferrara, Piacenza, Asti, La Spezia, Arezzo, Viterbo, Latina, Benevento, Salerno, Varese, Novara, Biella, Alessandria,
Pavia, Lodi, the Polesine, Reggio Emilia, Prato, Pistoia, Rieti, Brindisi, Lecco, Imperia and the rest; Colombian,
Syrian, Nepalese, Japanese, Bosnian, Cameroonian, Keralite, Ukrainian, Moroccan, Senegalese, Chinese, Romanian,
Albanian, Filipino, Peruvian, Salvadoran, Dominican, Bulgarian, Afghan, Cape Verdean, Ethiopian and Somali families,
Korean and Hungarian exchange students; truck drivers, nurses, hairdressers, taxi drivers, pharmacists, hotel
receptionists, tour guides, primary-school teachers, crossword fans, flight attendants, teenagers, grandparents,
baristi, postini, lifeguards and fishermen, librarians, bakers, call-centre operators, youth football coaches,
liceali; lavoro, scuola, giochi and casa situations). Regional speakers: Mantovani (tortelli di zucca, Palazzo Te, the
Mincio, the Festivaletteratura, sbrisolona, "fiöl", "ciapa qua"), Bergamaschi (Città Alta, Orio al Serio, the
Atalanta, polenta, Dalmine, "pota", "ol mé fiöl"), Trentini and Altoatesini (Val di Non apples, rifugi, the Dolomites,
canederli, the Bolzano Christmas market, speck, Ötzi, "neh", "servus", "jo"), Friulani (frico, Aviano, the Frecce
Tricolori, Cividale, emigrants to Argentina and Canada, "mandi", "cjale"), Triestini (the bora, the Barcolana, the
coffee port, the Caffè San Marco, the Carso, "xe", "mulo", "el muleto"), Parmigiani and Modenesi (the cheese dairy,
prosciutto, the Teatro Regio, Verdi, anolini, EFSA, Maranello, balsamic vinegar, tigelle, Sassuolo ceramics, "ohi",
"tin bota"), Perugini (Eurochocolate, Umbria Jazz, the Minimetrò, torta al testo, Assisi, "bah", "'sto"), Marchigiani
(the Ancona ferries, Loreto, olive ascolane, Fermo shoes, Recanati, Castelfidardo accordions, "va là"), Molisani
(Termoli, the Misteri of Campobasso, pampanella, the Agnone bells, "mio zio è emigrato"), Lucani (the Sassi of Matera,
peperoni cruschi, Val d'Agri oil, Maratea, "vì"), Tarantini (the port, the navy, mussels, the steel works, Holy Week,
"ce ste fasce"), Livornesi and Lucchesi (cacciucco, the port, the naval academy, the Mercato delle Vettovaglie, Lucca
Comics, the walls, Puccini, Capannori paper mills, "deh", "boia", "ni", "fo"). Immigrant families and learners:
Bangladeshi ("bhai", "accha", the Monfalcone shipyard, a fruit shop), Sri Lankans ("machan", "aiyo", cricket, a
domestic worker), Nigerians ("abeg", "oga", "no wahala", the church at Castel Volturno), Egyptians and Tunisians
("yalla", "ya basha", "behi", "barcha", a pizzeria, the Vittoria greenhouses), Brazilians ("nossa", "beleza", "cara",
capoeira), Poles ("no dobra", "kurcze", pierogi, a badante), Punjabi Sikhs ("sat sri akal", "ji", the dairy barn, the
Novellara gurdwara), American students and German retirees ("like", "oh my god", "okay so", "also", "genau", Lake
Garda). By trade: plumbers and electricians, firefighters, cooks, mechanics, bus and tram drivers, food-delivery riders,
sacristans and parish volunteers. Situations: in the car (motorway, toll booth, tunnel, number plates), the gym, a
honeymoon and wedding tables, stamp and coin collecting, the pub quiz, Eurovision, the Olympics and the World Cup, a
cruise. Plus follow-ups (said inside a session, without "alexa"), the several-capital countries in the plural,
subdivisions and territories, yes/no checks, self-corrections, reverse questions, official and everyday names, shared
names, launch by "capitali del mondo", help, stop, cancel and out-of-domain requests. Every line written by hand as one
utterance; no outside text consulted. Built by round12_hinl_corpus.py (build_round with round 50's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
launch | alexa apri capitali del mondo | LAUNCH
launch | alexa avvia capitali del mondo | LAUNCH
launch | alexa fammi giocare con capitali del mondo | LAUNCH
launch | alexa lancia capitali del mondo per favore | LAUNCH
launch | alexa voglio usare capitali del mondo | LAUNCH
launch | alexa metti su capitali del mondo | LAUNCH
launch | alexa parti con capitali del mondo | LAUNCH
launch | alexa apriresti capitali del mondo | LAUNCH
launch | alexa mi apri la skill capitali del mondo | LAUNCH
launch | alexa accendi capitali del mondo | LAUNCH
launch | alexa dai apri capitali del mondo che ripassiamo | LAUNCH
launch | alexa fai partire capitali del mondo | LAUNCH
launch | alexa apri un po' capitali del mondo | LAUNCH
launch | alexa attiva la skill delle capitali del mondo | LAUNCH
launch | alexa buongiorno apri capitali del mondo | LAUNCH
launch | alexa buonasera avvia capitali del mondo | LAUNCH
launch | alexa ciao apri capitali del mondo | LAUNCH
launch | alexa capitali del mondo | LAUNCH
launch | alexa vai su capitali del mondo | LAUNCH
launch | alexa riapri capitali del mondo | LAUNCH
launch | alexa apri di nuovo capitali del mondo | LAUNCH
launch | alexa entra in capitali del mondo | LAUNCH
launch | alexa per piacere avvia capitali del mondo | LAUNCH
launch | alexa puoi aprire capitali del mondo grazie | LAUNCH
launch | alexa apri capitali del mondo che il bimbo ha la verifica | LAUNCH
launch | alexa chiedi a capitali del mondo | LAUNCH
launch | alexa usa capitali del mondo | LAUNCH
launch | alexa apri quella skill capitali del mondo | LAUNCH
launch | alexa mi fai partire capitali del mondo | LAUNCH
help | aiuto | HELP
help | aiutami | HELP
help | alexa aiuto con capitali del mondo | HELP
help | come si usa | HELP
help | cosa posso chiederti | HELP
help | non ho capito come funziona | HELP
help | che cosa devo dire | HELP
help | mi spieghi come funziona questa cosa | HELP
help | alexa chiedi a capitali del mondo come funziona | HELP
help | quali domande posso fare | HELP
help | ma cosa sai fare | HELP
help | istruzioni | HELP
help | dammi una mano | HELP
help | non so cosa dire | HELP
help | come faccio a chiedere una capitale | HELP
help | ripetimi le istruzioni | HELP
help | che comandi ci sono | HELP
help | alexa chiedi aiuto a capitali del mondo | HELP
help | sono nuovo come funziona | HELP
help | mi serve una mano con questa skill | HELP
help | spiegami un po' cosa fai | HELP
help | aiuto non capisco | HELP
help | alexa come funziona capitali del mondo | HELP
help | e adesso cosa devo fare | HELP
help | che cosa si può chiedere qui | HELP
stop | stop | STOP
stop | basta | STOP
stop | alexa basta così | STOP
stop | fermati | STOP
stop | alexa esci | STOP
stop | esci dalla skill | STOP
stop | ho finito grazie | STOP
stop | basta per oggi | STOP
stop | alexa chiudi capitali del mondo | STOP
stop | chiudi | STOP
stop | smettila | STOP
stop | alexa spegniti | STOP
stop | va bene così ciao | STOP
stop | abbiamo finito | STOP
stop | alexa stop grazie | STOP
stop | per stasera basta | STOP
stop | esci pure | STOP
stop | alexa finisci qui | STOP
stop | fermo fermo basta | STOP
stop | ciao ciao alexa | STOP
stop | adesso basta capitali | STOP
stop | alexa termina | STOP
stop | chiudi tutto | STOP
stop | alexa ora smetti | STOP
cancel | annulla | CANCEL
cancel | alexa annulla | CANCEL
cancel | lascia perdere | CANCEL
cancel | niente | CANCEL
cancel | no niente lascia stare | CANCEL
cancel | annulla la domanda | CANCEL
cancel | alexa lascia stare | CANCEL
cancel | non importa | CANCEL
cancel | fa niente | CANCEL
cancel | ho sbagliato annulla | CANCEL
cancel | cancella | CANCEL
cancel | alexa cancella la richiesta | CANCEL
cancel | no aspetta annulla | CANCEL
cancel | lascia perdere era una prova | CANCEL
cancel | annulla tutto | CANCEL
cancel | lascia stare non serve più | CANCEL
cancel | niente niente | CANCEL
cancel | alexa non fa niente | CANCEL
cancel | ritiro la domanda | CANCEL
cancel | annulla per favore | CANCEL
cancel | dimentica quello che ho detto | CANCEL
cancel | no scusa lascia perdere | CANCEL
cancel | alexa niente annulla | CANCEL
cancel | non ti preoccupare lascia perdere | CANCEL
plural-capitals | alexa quali sono le capitali {} | del benin=BJ; della bolivia=BO; dei paesi bassi=NL
plural-capitals | alexa dimmi tutte e due le capitali {} | dello sri lanka=LK; della malaysia=MY; dell'eswatini=SZ
plural-capitals | alexa le tre capitali {} quali sono | del sudafrica=ZA
plural-capitals | alexa è vero che {} ha due capitali dimmele | il benin=BJ; la bolivia=BO; la costa d'avorio=CI
plural-capitals | alexa elencami le capitali {} | dell'olanda=NL; del sudafrica=ZA; dello swaziland=SZ
plural-capitals | alexa entrambe le capitali {} | della bolivia=BO; dello sri lanka=LK; del benin=BJ
plural-capitals | alexa la capitale amministrativa e quella legislativa {} | del sudafrica=ZA; della malaysia=MY; della bolivia=BO
plural-capitals | alexa mi servono le due capitali {} per il cruciverba | della costa d'avorio=CI; dei paesi bassi=NL; dell'eswatini=SZ
plural-capitals | alexa sucre e la paz sono tutte e due capitali della bolivia | BO
plural-capitals | alexa le capitali del sudafrica sono tre giusto | ZA
plural-capitals | alexa amsterdam e l'aia quali sono le capitali olandesi | NL
plural-capitals | alexa quante capitali ha la malaysia e quali | MY
plural-capitals | alexa porto novo e cotonou le capitali del benin | BJ
plural-capitals | alexa le due capitali dello swaziland | SZ
plural-capitals | alexa capitali dello sri lanka | LK
plural-capitals | alexa yamoussoukro e abidjan le capitali ivoriane | CI
plural-capitals | alexa ma le capitali boliviane sono due | BO
plural-capitals | alexa la malesia ha più capitali dimmele tutte | MY
plural-capitals | alexa ripetimi le capitali dei paesi bassi | NL
plural-capitals | alexa dimmi le capitali del benin una per una | BJ
plural-capitals | alexa e le capitali dell'eswatini | SZ
plural-capitals | alexa le capitali sudafricane pretoria e le altre due | ZA
plural-capitals | alexa quali sono tutte le capitali dello sri lanka | LK
plural-capitals | alexa la costa d'avorio quante capitali ha | CI
follow-up | e {} | la francia=FR; il perù=PE; l'islanda=IS
follow-up | e invece {} | il giappone=JP; la grecia=GR; il kenya=KE
follow-up | e quella {} | del portogallo=PT; della polonia=PL; del canada=CA
follow-up | poi {} | la finlandia=FI; l'irlanda=IE; la tanzania=TZ
follow-up | adesso {} | l'argentina=AR; il messico=MX; il cile=CL
follow-up | e per {} | la russia=RU; l'ucraina=UA; la bielorussia=BY
follow-up | e la capitale {} | dell'egitto=EG; della libia=LY; della tunisia=TN
follow-up | ok e {} | la turchia=TR; l'iran=IR; l'iraq=IQ
follow-up | ancora una {} | il marocco=MA; l'algeria=DZ; la mauritania=MR
follow-up | e {} invece | la spagna=ES; la germania=DE; l'austria=AT
follow-up | e quella dello stato di {} | new york=US-NY; california=US-CA; texas=US-TX
follow-up | sì e la svizzera | CH
follow-up | bene e il belgio | BE
follow-up | grazie e la danimarca | DK
follow-up | e l'india | IN
follow-up | la prossima è la cina | CN
follow-up | e la nuova zelanda | NZ
follow-up | un'altra l'australia | AU
follow-up | e ora la thailandia | TH
yes-no-check | alexa è vero che la capitale {} | dell'australia è sydney=AU; del canada è toronto=CA; della turchia è istanbul=TR
yes-no-check | alexa {} è la capitale giusto | ottawa del canada=CA; berna della svizzera=CH; canberra dell'australia=AU
yes-no-check | alexa ma la capitale {} | del brasile non è rio=BR; della nigeria non è lagos=NG; del marocco non è casablanca=MA
yes-no-check | alexa mi confermi che {} | ankara è la capitale turca=TR; astana è la capitale del kazakistan=KZ; dodoma è la capitale della tanzania=TZ
yes-no-check | alexa zurigo è la capitale della svizzera | CH
yes-no-check | alexa la capitale del vietnam è saigon o hanoi | VN
yes-no-check | alexa la capitale del pakistan è karachi | PK
yes-no-check | alexa giusto che la capitale della birmania è naypyidaw | MM
yes-no-check | alexa è belmopan la capitale del belize | BZ
yes-no-check | alexa la capitale degli stati uniti è new york vero | US
yes-no-check | alexa rabat o marrakech qual è la capitale del marocco | MA
yes-no-check | alexa milano è la capitale d'italia sì o no | IT
yes-no-check | alexa la capitale della nuova zelanda è auckland | NZ
yes-no-check | alexa è vero che abuja ha preso il posto di lagos come capitale | NG
yes-no-check | alexa la capitale dell'ecuador è guayaquil giusto | EC
yes-no-check | alexa ho ragione io la capitale del burundi è gitega | BI
yes-no-check | alexa sei sicura che la capitale della scozia è edimburgo e non glasgow | GB-SCT
yes-no-check | alexa la capitale della florida è miami | US-FL
self-correction | alexa mi serve la capitale {} | dell'austria no dell'australia=AU; della slovenia anzi della slovacchia=SK; dell'islanda no dell'irlanda=IE
self-correction | alexa volevo sapere la capitale {} | del niger scusa della nigeria=NG; della guinea no della guinea bissau=GW; dello zambia anzi dello zimbabwe=ZW
self-correction | alexa dimmi un po' la capitale {} | della svezia no aspetta della svizzera=CH; della lettonia cioè della lituania=LT; dell'iran no dell'iraq=IQ
self-correction | alexa capitale della colombia no del costa rica | CR
self-correction | alexa capitale del paraguay anzi dell'uruguay | UY
self-correction | alexa la capitale del mali ehm no del malawi | MW
self-correction | alexa qual è la capitale della mongolia volevo dire della moldavia | MD
self-correction | alexa la capitale del gabon scusa del ghana | GH
self-correction | alexa capitale della gambia no zambia | ZM
self-correction | alexa la capitale della dominica no della repubblica dominicana | DO
self-correction | alexa la capitale del bahrein no del bhutan | BT
self-correction | alexa capitale di haiti aspetta no di tahiti | PF
self-correction | alexa dimmi la capitale della serbia mi sono sbagliato della siria | SY
self-correction | alexa la capitale del nepal no aspetta del nicaragua | NI
self-correction | alexa la capitale dell'armenia no l'albania | AL
self-correction | alexa capitale del camerun ehm del cambogia | KH
self-correction | alexa la capitale della slovacchia anzi no la slovenia | SI
reverse-question | alexa {} è la capitale di quale paese | asmara=CITY:Asmara; bamako=CITY:Bamako; ouagadougou=CITY:Ouagadougou
reverse-question | alexa di che paese è capitale {} | vientiane=CITY:Vientiane; thimphu=CITY:Thimphu; ulan bator=CITY:Ulan Bator
reverse-question | alexa {} di quale stato è la capitale | tegucigalpa=CITY:Tegucigalpa; paramaribo=CITY:Paramaribo; montevideo=CITY:Montevideo
reverse-question | alexa quale nazione ha come capitale {} | lusaka=CITY:Lusaka; lilongwe=CITY:Lilongwe; harare=CITY:Harare
reverse-question | alexa in che paese si trova la capitale {} | windhoek=CITY:Windhoek; gaborone=CITY:Gaborone; maseru=CITY:Maseru
reverse-question | alexa di chi è capitale {} | tbilisi=CITY:Tbilisi; erevan=CITY:Yerevan; baku=CITY:Baku
reverse-question | alexa funafuti è capitale di cosa | CITY:Funafuti
reverse-question | alexa ho sentito dire port moresby di che paese è capitale | CITY:Port Moresby
reverse-question | alexa kigali è la capitale di | CITY:Kigali
reverse-question | alexa dove sta la capitale che si chiama nouakchott | CITY:Nouakchott
reverse-question | alexa quale paese ha per capitale podgorica | CITY:Podgorica
reverse-question | alexa di quale isola è capitale port louis | CITY:Port Louis
reverse-question | alexa naypyidaw è la capitale di dove | CITY:Naypyidaw
reverse-question | alexa malabo capitale di che paese | CITY:Malabo
reverse-question | alexa bishkek quale stato | CITY:Bishkek
official-name | alexa mi dici la capitale {} | della repubblica federale di germania=DE; della repubblica popolare cinese=CN; della federazione russa=RU
official-name | alexa sai qual è la capitale {} | del regno di spagna=ES; della repubblica francese=FR; della confederazione svizzera=CH
official-name | alexa senti dimmi la capitale {} | della repubblica islamica dell'iran=IR; del regno hascemita di giordania=JO; della repubblica araba d'egitto=EG
official-name | alexa capitale del regno unito di gran bretagna e irlanda del nord | GB
official-name | alexa capitale degli stati uniti d'america | US
official-name | alexa la capitale della repubblica ellenica | GR
official-name | alexa la capitale della repubblica di corea | KR
official-name | alexa capitale della repubblica democratica popolare del laos | LA
official-name | alexa la capitale della repubblica socialista del vietnam | VN
official-name | alexa capitale dello stato plurinazionale della bolivia | BO
official-name | alexa capitale della repubblica bolivariana del venezuela | VE
official-name | alexa la capitale del regno di thailandia | TH
official-name | alexa qual è la capitale della repubblica unita di tanzania | TZ
official-name | alexa la capitale della repubblica federale democratica d'etiopia | ET
official-name | alexa capitale della repubblica del sudafrica | ZA
official-name | alexa la capitale del granducato del lussemburgo | LU
official-name | alexa la capitale della repubblica ceca | CZ
everyday-name | alexa come si chiama la capitale {} | dell'olanda=NL; dell'inghilterra=GB-ENG; della persia=IR
everyday-name | alexa la nonna chiede la capitale {} | della birmania=MM; del siam=TH; di ceylon=LK
everyday-name | alexa ricordami la capitale {} | dell'america=US; dell'unione sovietica=FB; della cecoslovacchia=FB
everyday-name | alexa la capitale dello swaziland | SZ
everyday-name | alexa capitale della macedonia | MK
everyday-name | alexa capitale della jugoslavia | FB
everyday-name | alexa la capitale dello zaire | CD
everyday-name | alexa la capitale della rhodesia | ZW
everyday-name | alexa la capitale del dahomey | BJ
everyday-name | alexa la capitale dell'alto volta | BF
everyday-name | alexa la capitale della cambogia quella che chiamavano kampuchea | KH
everyday-name | alexa la capitale di formosa | TW
everyday-name | alexa la capitale degli emirati | AE
everyday-name | alexa capitale della repubblica ceca cioè la cechia | CZ
everyday-name | alexa la capitale della turchia che adesso si chiama türkiye | TR
everyday-name | alexa capitale di timor est | TL
shared-name | alexa la capitale della georgia | GE
shared-name | alexa la capitale della georgia lo stato americano | US-GA
shared-name | alexa capitale della georgia in america | US-GA
shared-name | alexa la capitale del congo | CD+CG
shared-name | alexa la capitale del congo belga | CD
shared-name | alexa la capitale del congo brazzaville | CG
shared-name | alexa la capitale della corea | KP+KR
shared-name | alexa la capitale della guinea | GN
shared-name | alexa la capitale della guinea equatoriale | GQ
shared-name | alexa capitale della guinea che sta vicino al senegal | GN
shared-name | alexa la capitale delle samoa | WS
shared-name | alexa capitale delle samoa americane | AS
shared-name | alexa la capitale del sudan | SD
shared-name | alexa la capitale del sud sudan | SS
shared-name | alexa la capitale di washington lo stato | US-WA
shared-name | alexa capitale del lussemburgo il paese | LU
shared-name | alexa la capitale del messico | MX
shared-name | alexa la capitale del new mexico | US-NM
shared-name | alexa la capitale della dominica l'isola | DM
shared-name | alexa la capitale di saint vincent | VC
shared-name | alexa capitale delle isole vergini | VG+VI
shared-name | alexa la capitale della macedonia greca | FB
shared-name | alexa capitale di monaco il principato | MC
shared-name | alexa la capitale dell'irlanda | IE
subdivision | alexa la città capitale {} | della baviera=DE-BY; della sassonia=DE-SN; della turingia=DE-TH
subdivision | alexa qual è la capitale dello stato {} | dell'ohio=US-OH; del michigan=US-MI; della louisiana=US-LA
subdivision | alexa mi dai la capitale {} | del queensland=AU-QLD; della tasmania=AU-TAS; dell'australia occidentale=AU-WA
subdivision | alexa capitale della provincia {} | dell'alberta=CA-AB; del manitoba=CA-MB; della nuova scozia=CA-NS
subdivision | alexa la capitale dello stato indiano {} | del kerala=IN-KL; del rajasthan=IN-RJ; del tamil nadu=IN-TN
subdivision | alexa qual è la città capitale {} | del galles=GB-WLS; dell'irlanda del nord=GB-NIR; della scozia=GB-SCT
subdivision | alexa la capitale dello stato messicano {} | di jalisco=MX-JAL; di chiapas=MX-CHP; di chihuahua=MX-CHH
subdivision | alexa capitale dello stato brasiliano {} | di bahia=BR-BA; del paraná=BR-PR; di minas gerais=BR-MG
subdivision | alexa la capitale della groenlandia | GL
subdivision | alexa la capitale delle isole faroe | FO
subdivision | alexa capitale di portorico | PR
subdivision | alexa la capitale della polinesia francese | PF
subdivision | alexa qual è il capoluogo della toscana | FB
subdivision | alexa il capoluogo della lombardia | FB
subdivision | alexa capoluogo del molise | FB
subdivision | alexa la capitale della catalogna | FB
subdivision | alexa la capitale dell'andalusia | FB
subdivision | alexa la capitale del tirolo | FB
subdivision | alexa la capitale della corsica | FB
subdivision | alexa qual è la capitale della baviera non monaco di monaco vero | DE-BY
subdivision | alexa la capitale dell'alaska | US-AK
subdivision | alexa la capitale delle hawaii | US-HI
subdivision | alexa capitale del québec | CA-QC
subdivision | alexa la capitale della columbia britannica | CA-BC
subdivision | alexa qual è la capitale del nevada | US-NV
subdivision | alexa la capitale della bassa sassonia | DE-NI
subdivision | alexa la capitale della nuova caledonia | NC
subdivision | alexa capitale delle isole cayman | KY
subdivision | alexa capitale dell'isola di man | IM
subdivision | alexa la capitale di gibilterra | GI
subdivision | alexa la capitale del kosovo | XK
subdivision | alexa la capitale delle bermuda | BM
subdivision | alexa capitale della martinica | MQ
subdivision | alexa la capitale della riunione | RE
subdivision | alexa la capitale del kashmir indiano | IN-JK
subdivision | alexa la capitale della siberia | FB
subdivision | alexa la capitale della patagonia | FB
subdivision | alexa la capitale delle fiandre | FB
subdivision | alexa capitale della vallonia | FB
subdivision | alexa la capitale dell'inghilterra | GB-ENG
out-of-domain | alexa che tempo fa domani a {} | trento=FB; udine=FB; matera=FB
out-of-domain | alexa metti un timer di {} | dieci minuti=FB; mezz'ora=FB; tre minuti per le uova=FB
out-of-domain | alexa quanti abitanti ha {} | parigi=FB; tokyo=FB; il cairo=FB
out-of-domain | alexa metti la radio | FB
out-of-domain | alexa accendi la luce in cucina | FB
out-of-domain | alexa spegni la luce del salotto | FB
out-of-domain | alexa che ore sono a new york | FB
out-of-domain | alexa che ore sono a sydney adesso | FB
out-of-domain | alexa qual è la capitale dell'europa | FB
out-of-domain | alexa qual è la capitale dell'africa | FB
out-of-domain | alexa capitale dell'asia | FB
out-of-domain | alexa quanto è lontana roma da parigi | FB
out-of-domain | alexa che lingua si parla in brasile | FB
out-of-domain | alexa che moneta usano in svizzera | FB
out-of-domain | alexa qual è la città più grande del mondo | FB
out-of-domain | alexa quanto è alto l'everest | FB
out-of-domain | alexa metti una canzone di vasco | FB
out-of-domain | alexa alza il volume | FB
out-of-domain | alexa abbassa il volume | FB
out-of-domain | alexa aggiungi il latte alla lista della spesa | FB
out-of-domain | alexa ricordami di chiamare la mamma alle sei | FB
out-of-domain | alexa che giorno è oggi | FB
out-of-domain | alexa racconta una barzelletta | FB
out-of-domain | alexa chi ha vinto la partita ieri sera | FB
out-of-domain | alexa come si dice grazie in giapponese | FB
out-of-domain | alexa chi è il presidente della francia | FB
out-of-domain | alexa qual è il fiume più lungo d'europa | FB
out-of-domain | alexa quante regioni ha l'italia | FB
out-of-domain | alexa che prefisso ha la germania | FB
out-of-domain | alexa qual è la bandiera della svezia | FB
out-of-domain | alexa metti la sveglia alle sette | FB
out-of-domain | alexa che tempo fa a londra | FB
out-of-domain | alexa quanti gradi ci sono fuori | FB
out-of-domain | alexa leggimi le notizie | FB
out-of-domain | alexa ordina le crocchette del gatto | FB
out-of-domain | alexa chiama la nonna | FB
out-of-domain | alexa qual è il paese più piccolo del mondo | FB
out-of-domain | alexa quanti paesi ci sono in africa | FB
out-of-domain | alexa quando è stata fondata roma | FB
out-of-domain | alexa quanti chilometri ci sono tra milano e berlino | FB
out-of-domain | alexa qual è l'inno della spagna | FB
out-of-domain | alexa come si chiama il re di spagna | FB
out-of-domain | alexa qual è la capitale della moda | FB
out-of-domain | alexa qual è la capitale europea della cultura quest'anno | FB
out-of-domain | alexa la capitale di atlantide | FB
out-of-domain | alexa capitale di narnia | FB
out-of-domain | alexa la capitale di wakanda | FB
out-of-domain | alexa quanto costa un volo per lisbona | FB
out-of-domain | alexa che fuso orario ha pechino | FB
out-of-domain | alexa metti musica rilassante | FB
out-of-domain | alexa spegni tutto | FB
out-of-domain | alexa che si mangia stasera | FB
out-of-domain | alexa ricetta del ragù | FB
out-of-domain | alexa come sta il traffico sulla a ventidue | FB
out-of-domain | alexa parlami di napoleone | FB
out-of-domain | alexa quanto fa sette per otto | FB
out-of-domain | alexa converti cento euro in dollari | FB
out-of-domain | alexa qual è la montagna più alta d'africa | FB
out-of-domain | alexa chi ha scritto la divina commedia | FB
out-of-domain | alexa dove si trova il lago titicaca | FB
out-of-domain | alexa che lingua si parla in belgio | FB
out-of-domain | alexa qual è il piatto tipico del perù | FB
out-of-domain | alexa quanti abitanti ha la cina | FB
out-of-domain | alexa qual è il paese più grande del mondo | FB
out-of-domain | alexa dove è nato mozart | FB
out-of-domain | alexa che cos'è una capitale | FB
out-of-domain | alexa qual è la capitale della lombardia del vino | FB
out-of-domain | alexa apri netflix | FB
out-of-domain | alexa metti il podcast delle notizie | FB
out-of-domain | alexa buonanotte | FB
out-of-domain | alexa come stai | FB
out-of-domain | alexa ti voglio bene | FB
out-of-domain | alexa sei più intelligente di siri | FB
out-of-domain | alexa quanto dura il volo per tokyo | FB
out-of-domain | alexa accendi la tv | FB
out-of-domain | alexa che santo è oggi | FB
out-of-domain | alexa quando giocano la juve e l'inter | FB
out-of-domain | alexa qual è l'oceano più grande | FB
out-of-domain | alexa quante lingue ufficiali ha la svizzera | FB
out-of-domain | alexa capitale sociale di una srl quant'è | FB
out-of-domain | alexa quanto è grande la russia | FB
out-of-domain | alexa gioca a indovina la bandiera | FB
out-of-domain | alexa apri il quiz di geografia | FB
mantovani | alexa mentre chiudo i tortelli di zucca dimmi la capitale {} | del nicaragua=NI; dell'honduras=HN; del guatemala=GT
mantovani | alexa a palazzo te c'è una guida {} qual è la loro capitale | dalla lettonia=LV; dall'estonia=EE; dalla finlandia=FI
mantovani | alexa al festivaletteratura parla uno scrittore {} dimmi la capitale | nigeriano=NG; somalo=SO; sudanese=SD
mantovani | alexa fiöl chiede la capitale {} per i compiti | del kenya=KE; dell'uganda=UG; del ruanda=RW
mantovani | alexa in barca sul mincio una signora mi chiede la capitale della giamaica | JM
mantovani | alexa ciapa qua qual è la capitale del madagascar | MG
mantovani | alexa al mercato di piazza erbe quelli del banco vengono dall'albania la capitale | AL
mantovani | alexa ho appena visto un documentario sulle maldive la capitale | MV
mantovani | alexa per la sbrisolona di stasera ho un ospite {} la sua capitale | dal camerun=CM; dal ciad=TD; dal gabon=GA
bergamaschi | alexa pota qual è la capitale {} | della bulgaria=BG; della romania=RO; della grecia=GR
bergamaschi | alexa a orio al serio parte un volo per {} dimmi la capitale del paese | la giordania=JO; il marocco=MA; la georgia=GE
bergamaschi | alexa in città alta c'è un gruppo di turisti {} la capitale | dal canada=CA; dal messico=MX; dagli stati uniti=US
bergamaschi | alexa l'atalanta gioca in europa contro una squadra {} qual è la capitale | portoghese=PT; olandese=NL; ucraina=UA
bergamaschi | alexa mentre mescolo la polenta dimmi la capitale del montenegro | ME
bergamaschi | alexa pota te la sai la capitale della bosnia | BA
bergamaschi | alexa in cantiere il muratore nuovo è macedone la capitale della macedonia del nord | MK
bergamaschi | alexa ol mé fiöl vuole sapere la capitale di cipro | CY
bergamaschi | alexa capitale della slovacchia pota che non me la ricordo | SK
trentini-altoatesini | alexa in val di non carichiamo le mele per {} qual è la capitale | l'arabia saudita=SA; gli emirati arabi=AE; il kuwait=KW
trentini-altoatesini | alexa in rifugio arriva una cordata {} dimmi la loro capitale | dal nepal=NP; dal pakistan=PK; dal bhutan=BT
trentini-altoatesini | alexa sulle dolomiti uno sciatore {} mi chiede la capitale | polacco=PL; ceco=CZ; danese=DK
trentini-altoatesini | alexa mentre faccio i canederli dimmi la capitale dell'islanda neh | IS
trentini-altoatesini | alexa dai neh qual è la capitale della norvegia | NO
trentini-altoatesini | alexa al festival dell'economia parla un ministro del bahrein la capitale | BH
trentini-altoatesini | alexa la capitale del qatar che al lavoro in cantina mi hanno chiesto | QA
trentini-altoatesini | alexa alla sagra di san vigilio c'è un banco dell'oman la capitale | OM
trentini-altoatesini | alexa sul lago di garda i tedeschi e la capitale della germania | DE
trentini-altoatesini | alexa servus dimmi la capitale {} | dell'austria=AT; della svizzera=CH; del liechtenstein=LI
trentini-altoatesini | alexa al mercatino di natale di bolzano un turista {} mi chiede la capitale | dalla svezia=SE; dalla lituania=LT; dall'ungheria=HU
trentini-altoatesini | alexa jo la capitale del lussemburgo com'era | LU
trentini-altoatesini | alexa mentre taglio lo speck dimmi la capitale della slovenia | SI
trentini-altoatesini | alexa all'ötzi museum un bambino {} chiede la sua capitale | dal belgio=BE; dalla croazia=HR; dalla serbia=RS
trentini-altoatesini | alexa in malga ascoltiamo la radio tedesca qual è la capitale della baviera | DE-BY
trentini-altoatesini | alexa a merano c'è un convegno sul tirolo qual è la capitale del tirolo | FB
friulani | alexa mandi dimmi la capitale {} | della moldavia=MD; della bielorussia=BY; dell'ucraina=UA
friulani | alexa mentre faccio il frico cjale qual è la capitale {} | del kazakistan=KZ; del turkmenistan=TM; dell'uzbekistan=UZ
friulani | alexa a aviano c'è un militare {} qual è la capitale dello stato | dal texas=US-TX; dalla florida=US-FL; dalla virginia=US-VA
friulani | alexa alle frecce tricolori c'è una pattuglia {} la capitale | francese=FR; inglese=GB; spagnola=ES
friulani | alexa mandi la capitale del tagikistan | TJ
friulani | alexa in osteria a udine si parla del sudan del sud la capitale | SS
friulani | alexa mio nonno è emigrato in argentina la capitale | AR
friulani | alexa i cugini friulani di montréal dicono che la capitale del canada non è montréal quale | CA
triestini | alexa xe bora e mi chiedo la capitale {} | della croazia=HR; dell'albania=AL; della grecia=GR
triestini | alexa alla barcolana c'è una barca {} dimmi la capitale | maltese=MT; cipriota=CY; turca=TR
triestini | alexa in porto una nave {} scarica il caffè la capitale | dal brasile=BR; dal vietnam=VN; dall'etiopia=ET
triestini | alexa mulo qual è la capitale della slovenia | SI
triestini | alexa al caffè san marco un professore mi ha chiesto la capitale dell'azerbaigian | AZ
triestini | alexa xe vero che la capitale della serbia xe belgrado | RS
triestini | alexa in carso ho incontrato un ciclista ungherese la capitale | HU
triestini | alexa el muleto studia la capitale del kirghizistan | KG
parmigiani-modenesi | alexa al caseificio arriva un compratore {} la capitale | dal giappone=JP; dalla corea del sud=KR; da singapore=SG
parmigiani-modenesi | alexa il prosciutto lo spediamo {} qual è la capitale | in australia=AU; in nuova zelanda=NZ; in canada=CA
parmigiani-modenesi | alexa al teatro regio c'è un tenore {} dimmi la capitale del suo paese | argentino=AR; cileno=CL; uruguaiano=UY
parmigiani-modenesi | alexa stasera anolini e poi dimmi la capitale del paraguay | PY
parmigiani-modenesi | alexa all'efsa lavora una ragazza estone la capitale dell'estonia | EE
parmigiani-modenesi | alexa ohi la capitale della colombia | CO
parmigiani-modenesi | alexa mentre ascolto verdi dimmi la capitale dell'egitto | EG
parmigiani-modenesi | alexa a maranello arriva un cliente {} qual è la sua capitale | dal bahrein=BH; dall'arabia saudita=SA; da monaco=MC
parmigiani-modenesi | alexa l'aceto balsamico lo vendiamo {} dimmi la capitale | in cina=CN; in thailandia=TH; in indonesia=ID
parmigiani-modenesi | alexa tin bota mentre faccio le tigelle la capitale {} | del laos=LA; della cambogia=KH; della birmania=MM
parmigiani-modenesi | alexa in ceramica a sassuolo c'è un fornitore spagnolo la capitale | ES
parmigiani-modenesi | alexa al gran premio di formula uno {} qual è la capitale | in azerbaigian=AZ; in ungheria=HU; in messico=MX
parmigiani-modenesi | alexa il mio collega di carpi è del pakistan la capitale | PK
parmigiani-modenesi | alexa capitale del brasile che domani va un'auto a san paolo | BR
perugini | alexa a eurochocolate c'è uno stand {} qual è la capitale | dal ghana=GH; dalla costa d'avorio=CI; dall'ecuador=EC
perugini | alexa a umbria jazz suona un trombettista {} la capitale | cubano=CU; haitiano=HT; giamaicano=JM
perugini | alexa bah la capitale {} qual è | della dominica=DM; di grenada=GD; di santa lucia=LC
perugini | alexa al minimetrò un ragazzo mi chiede la capitale delle bahamas | BS
perugini | alexa mentre mangio la torta al testo dimmi la capitale delle barbados | BB
perugini | alexa a assisi arrivano pellegrini dalle filippine la capitale | PH
perugini | alexa la capitale di trinidad e tobago | TT
perugini | alexa ma 'sto belize che capitale ha | BZ
marchigiani | alexa al porto di ancona salpa il traghetto per {} dimmi la capitale | la grecia=GR; la croazia=HR; l'albania=AL
marchigiani | alexa va là dimmi la capitale {} | del kosovo=XK; della macedonia del nord=MK; del montenegro=ME
marchigiani | alexa a loreto c'è un pellegrinaggio {} qual è la capitale | dalla polonia=PL; dal libano=LB; dall'india=IN
marchigiani | alexa mentre friggo le olive ascolane la capitale di san marino | SM
marchigiani | alexa nella fabbrica di scarpe a fermo arriva un cliente russo la capitale | RU
marchigiani | alexa a recanati un turista chiede la capitale dell'irlanda | IE
marchigiani | alexa le fisarmoniche di castelfidardo le vendiamo in lettonia la capitale | LV
marchigiani | alexa va là la capitale del vaticano | VA
molisani | alexa a termoli sale sul traghetto uno {} la capitale del suo paese | dalla svizzera=CH; dall'olanda=NL; dalla danimarca=DK
molisani | alexa mio zio è emigrato {} qual è la capitale | in venezuela=VE; in australia=AU; in canada=CA
molisani | alexa ai misteri di campobasso c'è un fotografo {} la capitale | francese=FR; belga=BE; tedesco=DE
molisani | alexa la capitale del molise è campobasso o isernia | FB
molisani | alexa mentre faccio la pampanella dimmi la capitale del burkina faso | BF
molisani | alexa agnone le campane le mandano in brasile la capitale | BR
molisani | alexa la capitale dell'uruguay che mio cugino sta a montevideo | UY
lucani | alexa a matera nei sassi c'è un regista {} qual è la capitale | iraniano=IR; turco=TR; israeliano=IL
lucani | alexa vì dimmi la capitale {} | della libia=LY; dell'algeria=DZ; della tunisia=TN
lucani | alexa mentre friggo i peperoni cruschi la capitale {} | del senegal=SN; del mali=ML; del niger=NE
lucani | alexa a potenza all'università c'è uno studente del camerun la capitale | CM
lucani | alexa in val d'agri c'è un ingegnere norvegese del petrolio la capitale | NO
lucani | alexa vì la capitale della guinea bissau | GW
lucani | alexa a maratea un turista americano dello stato di new york mi chiede la capitale del suo stato | US-NY
tarantini | alexa nel porto arriva una nave {} qual è la capitale | dalla cina=CN; dalla corea del sud=KR; da panama=PA
tarantini | alexa alla base della marina c'è un marinaio {} la capitale | americano=US; inglese=GB; greco=GR
tarantini | alexa mentre pulisco le cozze dimmi la capitale {} | della liberia=LR; della sierra leone=SL; del gambia=GM
tarantini | alexa all'acciaieria arriva un tecnico indiano la capitale dell'india | IN
tarantini | alexa ce ste fasce la capitale dell'ucraina | UA
tarantini | alexa la capitale di capo verde che stasera c'è la festa | CV
tarantini | alexa ai riti della settimana santa c'è un prete filippino la capitale | PH
livornesi-lucchesi | alexa deh qual è la capitale {} | della somalia=SO; dell'eritrea=ER; di gibuti=DJ
livornesi-lucchesi | alexa in porto scarichiamo container {} dimmi la capitale | dal cile=CL; dal perù=PE; dall'ecuador=EC
livornesi-lucchesi | alexa mentre cucino il cacciucco la capitale {} | del mozambico=MZ; dell'angola=AO; della namibia=NA
livornesi-lucchesi | alexa boia ma la capitale della nuova zelanda quale l'è | NZ
livornesi-lucchesi | alexa all'accademia navale c'è un cadetto del bangladesh la capitale | BD
livornesi-lucchesi | alexa deh la capitale della corsica che si vede dal lungomare | FB
livornesi-lucchesi | alexa al mercato delle vettovaglie un pescatore tunisino la capitale | TN
livornesi-lucchesi | alexa a lucca comics c'è un disegnatore {} qual è la capitale | giapponese=JP; coreano=KR; belga=BE
livornesi-lucchesi | alexa sulle mura in bici un turista {} chiede la capitale | sudafricano=ZA; keniano=KE; tanzaniano=TZ
livornesi-lucchesi | alexa ni la capitale della finlandia | FI
livornesi-lucchesi | alexa il puccini festival ha un soprano dalla lettonia la capitale | LV
livornesi-lucchesi | alexa nelle cartiere di capannori arriva un camion dalla polonia la capitale | PL
livornesi-lucchesi | alexa mentre fo la zuppa di farro dimmi la capitale del lesotho | LS
livornesi-lucchesi | alexa mio nonno emigrò in scozia la capitale | GB-SCT
bengalesi | alexa bhai qual è la capitale {} | del bangladesh=BD; del myanmar=MM; dello sri lanka=LK
bengalesi | alexa al cantiere navale di monfalcone c'è un saldatore {} la capitale | dal nepal=NP; dall'india=IN; dal pakistan=PK
bengalesi | alexa accha mia figlia chiede la capitale {} | del portogallo=PT; della spagna=ES; dell'italia=IT
bengalesi | alexa nel negozio di frutta un cliente dice che viene dall'afghanistan la capitale | AF
bengalesi | alexa bhai dacca è la capitale del bangladesh giusto | BD
bengalesi | alexa mio cugino lavora a londra ma la capitale del regno unito è londra | GB
bengalesi | alexa accha e la capitale della malaysia dove lavora mio fratello | MY
bengalesi | alexa la capitale del bhutan quella vicino al bengala | BT
srilankesi | alexa machan dimmi la capitale {} | delle maldive=MV; delle seychelles=SC; di mauritius=MU
srilankesi | alexa aiyo la capitale dello sri lanka è colombo o kotte | LK
srilankesi | alexa la signora dove lavoro vuole sapere la capitale {} | della norvegia=NO; della svezia=SE; dell'austria=AT
srilankesi | alexa stasera c'è il cricket contro {} qual è la capitale | l'australia=AU; la nuova zelanda=NZ; l'afghanistan=AF
srilankesi | alexa machan la capitale delle isole salomone | SB
srilankesi | alexa mio figlio a scuola studia la capitale della thailandia | TH
srilankesi | alexa aiyo non mi ricordo la capitale del singapore | SG
nigeriani | alexa abeg qual è la capitale {} | della nigeria=NG; del ghana=GH; del benin=BJ
nigeriani | alexa oga in chiesa a castel volturno c'è un pastore {} la capitale | dal togo=TG; dal camerun=CM; dalla liberia=LR
nigeriani | alexa no wahala dimmi la capitale {} | della guinea equatoriale=GQ; del gabon=GA; della repubblica centrafricana=CF
nigeriani | alexa abeg la capitale della nigeria non è lagos vero | NG
nigeriani | alexa mia sorella vive a londra e suo marito è dello zimbabwe la capitale | ZW
nigeriani | alexa la capitale del sud africa per mia figlia | ZA
nigeriani | alexa oga la capitale dell'etiopia | ET
nigeriani | alexa abeg tell me la capitale del kenya | KE
egiziani-tunisini | alexa yalla dimmi la capitale {} | dell'egitto=EG; del sudan=SD; della giordania=JO
egiziani-tunisini | alexa in pizzeria il collega nuovo viene {} la capitale | dalla siria=SY; dal libano=LB; dall'iraq=IQ
egiziani-tunisini | alexa ya basha la capitale {} | dello yemen=YE; dell'oman=OM; del qatar=QA
egiziani-tunisini | alexa yalla la capitale della libia | LY
egiziani-tunisini | alexa mio figlio vuole sapere se la capitale dell'egitto è alessandria | EG
egiziani-tunisini | alexa la capitale della palestina | PS
egiziani-tunisini | alexa ya basha la capitale della mauritania | MR
egiziani-tunisini | alexa a milano in via padova un signore eritreo la capitale | ER
brasiliani | alexa nossa qual è la capitale {} | del brasile=BR; del portogallo=PT; dell'angola=AO
brasiliani | alexa beleza dimmi la capitale dello stato {} | di pernambuco=BR-PE; del ceará=BR-CE; di santa catarina=BR-SC
brasiliani | alexa cara la capitale {} | del mozambico=MZ; di são tomé e príncipe=ST; del timor est=TL
brasiliani | alexa nossa la capitale del rio grande do sul | BR-RS
brasiliani | alexa alla capoeira c'è un ragazzo del suriname la capitale | SR
brasiliani | alexa beleza la capitale della guyana | GY
brasiliani | alexa cara ma la capitale del brasile è rio o brasilia | BR
brasiliani | alexa la capitale della guyana francese | GF
polacchi | alexa no dobra qual è la capitale {} | della polonia=PL; della lituania=LT; della repubblica ceca=CZ
polacchi | alexa kurcze la capitale {} | della slovacchia=SK; della bielorussia=BY; della moldavia=MD
polacchi | alexa mia mamma lavora a napoli mio papà {} la capitale | in germania=DE; in irlanda=IE; in islanda=IS
polacchi | alexa no dobra la capitale della romania | RO
polacchi | alexa stasera pierogi e poi la capitale dell'ungheria | HU
polacchi | alexa kurcze come si chiama la capitale dell'ucraina in italiano | UA
polacchi | alexa in badante da una signora di latina volevo sapere la capitale della croazia | HR
sikh | alexa sat sri akal qual è la capitale {} | dell'india=IN; del punjab=IN-PB; del canada=CA
sikh | alexa ji la capitale {} | dell'haryana=IN-HR; del gujarat=IN-GJ; del maharashtra=IN-MH
sikh | alexa in stalla il padrone chiede la capitale {} | del regno unito=GB; della nuova zelanda=NZ; dell'australia=AU
sikh | alexa al gurdwara di novellara un ragazzo chiede la capitale dell'afghanistan | AF
sikh | alexa ji la capitale di delhi | IN-DL
sikh | alexa mio cugino vive in california la capitale dello stato | US-CA
sikh | alexa ji dimmi la capitale dell'uttar pradesh | IN-UP
sikh | alexa la capitale del bengala occidentale | IN-WB
egiziani-tunisini | alexa behi qual è la capitale {} | della tunisia=TN; dell'algeria=DZ; del marocco=MA
egiziani-tunisini | alexa nelle serre di vittoria lavora uno {} la capitale del suo paese | dal ciad=TD; dal niger=NE; dal mali=ML
egiziani-tunisini | alexa barcha domande ma la capitale {} | della francia=FR; del belgio=BE; della svizzera=CH
egiziani-tunisini | alexa behi la capitale del sahara occidentale | EH
egiziani-tunisini | alexa mio fratello sta in canada nel québec la capitale | CA-QC
egiziani-tunisini | alexa la capitale di malta che si vede dalla costa | MT
egiziani-tunisini | alexa behi la capitale del kuwait | KW
americani-tedeschi | alexa like qual è la capitale {} | dell'oregon=US-OR; del colorado=US-CO; dell'arizona=US-AZ
americani-tedeschi | alexa oh my god la capitale {} | della pennsylvania=US-PA; dell'illinois=US-IL; del massachusetts=US-MA
americani-tedeschi | alexa sono una studentessa a firenze e la mia amica {} chiede la capitale | dalla nigeria=NG; dal giappone=JP; dalla svezia=SE
americani-tedeschi | alexa wait la capitale della california è sacramento non los angeles | US-CA
americani-tedeschi | alexa okay so la capitale del texas | US-TX
americani-tedeschi | alexa la capitale degli usa come si dice in italiano | US
americani-tedeschi | alexa like what's la capitale del new jersey | US-NJ
americani-tedeschi | alexa also qual è la capitale {} | della danimarca=DK; dei paesi bassi=NL; del lussemburgo=LU
americani-tedeschi | alexa genau la capitale {} | della renania settentrionale vestfalia=DE-NW; dell'assia=DE-HE; del baden württemberg=DE-BW
americani-tedeschi | alexa al lago di garda il mio vicino di campeggio {} la capitale | è austriaco=AT; è olandese=NL; è svizzero=CH
americani-tedeschi | alexa also la capitale dello schleswig holstein | DE-SH
americani-tedeschi | alexa la capitale della sassonia anhalt | DE-ST
americani-tedeschi | alexa genau e la capitale del brandeburgo | DE-BB
americani-tedeschi | alexa in pensione a malcesine volevo sapere la capitale della namibia | NA
idraulici | alexa sotto il lavandino con la chiave in mano dimmi la capitale {} | del perù=PE; della bolivia=BO; del venezuela=VE
idraulici | alexa il cliente ha la caldaia {} qual è la capitale | tedesca=DE; svedese=SE; coreana=KR
idraulici | alexa mentre stacco il contatore la capitale {} | dell'armenia=AM; della georgia=GE; dell'azerbaigian=AZ
idraulici | alexa il rubinetto è fatto in turchia qual è la capitale | TR
idraulici | alexa ho le mani sporche dimmi la capitale dell'eritrea | ER
idraulici | alexa nel furgone con l'apprendista capitale della mongolia | MN
idraulici | alexa la signora del terzo piano è delle filippine la capitale | PH
idraulici | alexa mentre aspetto che si svuoti il boiler capitale del ruanda | RW
pompieri | alexa in caserma durante il turno di notte la capitale {} | del congo=CD+CG; della repubblica democratica del congo=CD; della repubblica del congo=CG
pompieri | alexa al corso di soccorso internazionale ci sono colleghi {} la capitale | dal cile=CL; dal giappone=JP; dalla grecia=GR
pompieri | alexa in caserma stiamo facendo il quiz la capitale {} | delle figi=FJ; di tonga=TO; di vanuatu=VU
pompieri | alexa tra un intervento e l'altro dimmi la capitale di haiti | HT
pompieri | alexa il caposquadra dice che la capitale dell'australia è sydney è vero | AU
pompieri | alexa con la squadra a cena capitale delle isole marshall | MH
pompieri | alexa missione in turchia dopo il terremoto la capitale | TR
pompieri | alexa capitale del nepal dove siamo andati col soccorso | NP
cuochi | alexa mentre tiro la sfoglia qual è la capitale {} | del perù=PE; del messico=MX; della thailandia=TH
cuochi | alexa in cucina lo chef vuole un menu {} dimmi la capitale | libanese=LB; etiope=ET; georgiano=GE
cuochi | alexa il lavapiatti nuovo viene {} qual è la capitale | dal bangladesh=BD; dal gambia=GM; dallo sri lanka=LK
cuochi | alexa il sommelier dice che il vino viene dalla moldavia la capitale | MD
cuochi | alexa tra un servizio e l'altro la capitale del vietnam | VN
cuochi | alexa ho il sugo sul fuoco dimmi al volo la capitale del marocco | MA
cuochi | alexa il cliente del tavolo sei è dell'uzbekistan la capitale | UZ
cuochi | alexa la capitale della giamaica che faccio il pollo jerk | JM
meccanici | alexa in officina c'è un'auto targata {} qual è la capitale | bulgara=BG; rumena=RO; lituana=LT
meccanici | alexa il pezzo di ricambio arriva {} dimmi la capitale | dal giappone=JP; dalla corea=KP+KR; dalla repubblica ceca=CZ
meccanici | alexa mentre cambio l'olio la capitale {} | della svezia=SE; dell'india=IN; della malaysia=MY
meccanici | alexa sotto il ponte sollevatore capitale della slovenia | SI
meccanici | alexa il cliente col furgone dice che va in kazakistan la capitale | KZ
meccanici | alexa in officina la radio parla del qatar la capitale | QA
meccanici | alexa la capitale della serbia che lì fanno le fiat | RS
autisti | alexa al capolinea dimmi la capitale {} | dell'islanda=IS; della norvegia=NO; della finlandia=FI
autisti | alexa sul tram un passeggero {} mi chiede la capitale | argentino=AR; peruviano=PE; venezuelano=VE
autisti | alexa in pausa al deposito la capitale {} | del kenya=KE; della somalia=SO; del burundi=BI
autisti | alexa sul pullman della gita un professore chiede la capitale della lettonia | LV
autisti | alexa prima del turno capitale dell'uganda | UG
autisti | alexa al capolinea un signore mi dice che viene dalla moldova la capitale | MD
autisti | alexa guidando il notturno capitale della libia | LY
rider | alexa mentre aspetto l'ordine al ristorante la capitale {} | della cina=CN; del giappone=JP; della corea del nord=KP
rider | alexa sulla bici con la borsa termica dimmi la capitale {} | del pakistan=PK; dell'afghanistan=AF; del bangladesh=BD
rider | alexa il cliente ha un cognome {} la capitale del suo paese | greco=GR; ungherese=HU; finlandese=FI
rider | alexa fermo al semaforo capitale del gabon | GA
rider | alexa tra una consegna e l'altra la capitale della guinea | GN
rider | alexa il collega rider viene dalla costa d'avorio la capitale | CI
rider | alexa in attesa dell'ordine capitale della tanzania | TZ
sacrestani | alexa il parroco ha ospite un sacerdote {} la capitale del suo paese | dal congo=CD+CG; dal burkina faso=BF; dal madagascar=MG
sacrestani | alexa dopo la messa don luigi vuole sapere la capitale {} | del vaticano=VA; di malta=MT; dell'irlanda=IE
sacrestani | alexa le suore della missione sono andate {} qual è la capitale | in bolivia=BO; in ecuador=EC; in perù=PE
sacrestani | alexa mentre preparo l'altare la capitale del malawi | MW
sacrestani | alexa la raccolta della parrocchia va in sud sudan la capitale | SS
sacrestani | alexa il coro canta un canto dal ruanda la capitale | RW
sacrestani | alexa il vescovo va in papua nuova guinea la capitale | PG
sacrestani | alexa la capitale di timor est dove c'è la missione | TL
in-macchina | alexa mentre guido in autostrada dimmi la capitale {} | del portogallo=PT; dell'andorra=AD; della spagna=ES
in-macchina | alexa siamo in coda al casello e i bambini chiedono la capitale {} | della francia=FR; del belgio=BE; dell'olanda=NL
in-macchina | alexa in macchina giochiamo alle capitali {} | della cina=CN; dell'india=IN; del giappone=JP
in-macchina | alexa davanti a noi c'è una macchina targata {} la capitale | andorra=AD; liechtenstein=LI; san marino=SM
in-macchina | alexa all'autogrill la capitale del lussemburgo | LU
in-macchina | alexa mentre sono fermo al semaforo capitale dell'austria | AT
in-macchina | alexa in galleria prima che perdo il segnale la capitale dell'algeria | DZ
in-macchina | alexa i ragazzi dietro litigano sulla capitale dell'australia | AU
palestra | alexa tra una serie e l'altra dimmi la capitale {} | della nigeria=NG; del ghana=GH; del senegal=SN
palestra | alexa sul tapis roulant qual è la capitale {} | della giordania=JO; del libano=LB; della siria=SY
palestra | alexa il personal trainer è {} la capitale | brasiliano=BR; cubano=CU; albanese=AL
palestra | alexa allo spinning l'istruttrice chiede la capitale del kirghizistan | KG
palestra | alexa mentre faccio gli addominali la capitale del botswana | BW
palestra | alexa in spogliatoio si discute la capitale del canada | CA
palestra | alexa al corso di kickboxing il maestro è thailandese la capitale | TH
palestra | alexa tra un giro e l'altro in piscina capitale dell'eswatini | SZ
viaggio-di-nozze | alexa per il viaggio di nozze pensiamo {} qual è la capitale | alle maldive=MV; alle seychelles=SC; a mauritius=MU
viaggio-di-nozze | alexa la mia fidanzata vuole andare {} dimmi la capitale | in polinesia=PF; alle figi=FJ; alle samoa=WS
viaggio-di-nozze | alexa la lista nozze è per un viaggio {} la capitale | in giappone=JP; in vietnam=VN; in cambogia=KH
viaggio-di-nozze | alexa al matrimonio ogni tavolo ha il nome di una capitale la capitale di cuba | CU
viaggio-di-nozze | alexa il tavolo degli sposi si chiama come la capitale della grecia | GR
viaggio-di-nozze | alexa la wedding planner propone il madagascar la capitale | MG
viaggio-di-nozze | alexa per la luna di miele in sudafrica quali sono le capitali | ZA
viaggio-di-nozze | alexa dopo il matrimonio andiamo a bali ma la capitale dell'indonesia | ID
viaggio-di-nozze | alexa il testimone vuole portarci in kenya la capitale | KE
filatelia | alexa nell'album ho un francobollo {} qual è la capitale | del tuvalu=TV; di nauru=NR; di kiribati=KI
filatelia | alexa ho una moneta {} di che capitale è | del liechtenstein=LI; di san marino=SM; del vaticano=VA
filatelia | alexa il francobollo dice {} qual è la capitale | helvetia=CH; magyar posta=HU; hellas=GR
filatelia | alexa alla fiera della filatelia c'è un francobollo di palau la capitale | PW
filatelia | alexa ho trovato una banconota della micronesia la capitale | FM
filatelia | alexa un francobollo di saint kitts e nevis la capitale | KN
filatelia | alexa una moneta di antigua e barbuda la capitale | AG
filatelia | alexa nel raccoglitore del nonno c'è un francobollo di saint vincent e grenadine la capitale | VC
filatelia | alexa la moneta è delle comore qual è la capitale | KM
filatelia | alexa francobollo della rhodesia del nord cioè lo zambia la capitale | ZM
pub-quiz | alexa al quiz del pub la domanda è la capitale {} | del burkina faso=BF; della mauritania=MR; dell'eritrea=ER
pub-quiz | alexa la squadra avversaria dice che la capitale {} | del brasile è rio=BR; della turchia è istanbul=TR; del marocco è casablanca=MA
pub-quiz | alexa dai veloce che scade il tempo la capitale {} | del kazakistan=KZ; del myanmar=MM; dello sri lanka=LK
pub-quiz | alexa al quiz della birreria l'ultima domanda capitale della micronesia | FM
pub-quiz | alexa abbiamo perso per un punto sulla capitale di palau qual era | PW
pub-quiz | alexa al giovedì del quiz la capitale delle isole salomone | SB
pub-quiz | alexa domanda bonus la capitale di nauru | NR
pub-quiz | alexa il presentatore del quiz ha detto tarawa sud capitale di dove | CITY:Tarawa Sud
eurovision | alexa all'eurovision canta {} qual è la capitale | l'azerbaigian=AZ; la moldavia=MD; l'armenia=AM
eurovision | alexa alle olimpiadi ha vinto un atleta {} la capitale | etiope=ET; keniano=KE; giamaicano=JM
eurovision | alexa ai mondiali gioca {} qual è la capitale | il qatar=QA; l'ecuador=EC; il senegal=SN
eurovision | alexa all'eurovision l'australia ma la capitale australiana | AU
eurovision | alexa chi vota per san marino la capitale di san marino | SM
eurovision | alexa ai giochi olimpici sfila la delegazione del tuvalu la capitale | TV
eurovision | alexa in coppa davis si gioca contro la croazia la capitale | HR
eurovision | alexa alle paralimpiadi c'è una squadra dell'iran la capitale | IR
crociera | alexa la nave da crociera fa scalo {} qual è la capitale | in norvegia=NO; in islanda=IS; in estonia=EE
crociera | alexa domani sbarchiamo {} dimmi la capitale dell'isola | a barbados=BB; a santa lucia=LC; a grenada=GD
crociera | alexa in cabina la capitale {} | delle bahamas=BS; della dominica=DM; di antigua e barbuda=AG
crociera | alexa la crociera arriva a dubai qual è la capitale degli emirati | AE
crociera | alexa il cameriere della nave è dell'honduras la capitale | HN
crociera | alexa lo steward indonesiano dice che la capitale cambia quale | ID
crociera | alexa sulla nave c'è un ufficiale montenegrino la capitale | ME
crociera | alexa la tappa dopo è saint kitts la capitale | KN
cancel | pota annulla che ho sbagliato paese | CANCEL
cancel | mandi lascia perdere la domanda | CANCEL
cancel | deh lascia perdere che un mi ricordo più | CANCEL
cancel | annulla che mi suonano al campanello | CANCEL
cancel | no lascia stare è arrivato il cliente | CANCEL
cancel | annulla annulla era il bambino che parlava | CANCEL
cancel | lascia perdere che ho le mani nell'impasto | CANCEL
cancel | annulla la domanda sulla capitale | CANCEL
cancel | niente alexa era mio marito che scherzava | CANCEL
cancel | lascia stare mi è squillato il telefono | CANCEL
cancel | annulla che è arrivato il pullman | CANCEL
cancel | no no annulla ho detto il paese sbagliato | CANCEL
cancel | abeg lascia stare | CANCEL
cancel | yalla annulla | CANCEL
cancel | lascia perdere la capitale tanto la so | CANCEL
cancel | annulla quello che ti ho chiesto prima | CANCEL
cancel | xe niente lascia perdere | CANCEL
cancel | bhai annulla per favore | CANCEL
cancel | alexa annulla che il quiz è finito | CANCEL
cancel | lascia stare la risposta la trovo sul libro | CANCEL
cancel | annulla che ho il sugo che brucia | CANCEL
stop | pota basta per stasera | STOP
stop | mandi alexa ho finito | STOP
stop | deh basta icchè tu dici | STOP
stop | basta capitali che devo andare al lavoro | STOP
stop | chiudi pure che arriva il treno | STOP
stop | basta così che il bambino deve dormire | STOP
stop | esci dalle capitali grazie mille | STOP
stop | basta capitali del mondo per oggi | STOP
stop | fine del gioco esci | STOP
stop | alexa stop che è pronta la cena | STOP
stop | abbiamo vinto il quiz puoi chiudere | STOP
stop | esci che ho finito il turno | STOP
stop | basta yalla ciao | STOP
stop | alexa chiudi le capitali siamo arrivati | STOP
stop | ok grazie puoi uscire | STOP
stop | behi basta così | STOP
stop | basta adesso faccio i compiti da solo | STOP
stop | alexa ferma tutto che parte il film | STOP
help | pota come funziona sta roba | HELP
help | mandi mi spieghi cosa devo chiedere | HELP
help | deh icchè si può chiedere | HELP
help | aiuto non so come si chiede una capitale | HELP
help | spiegami come faccio a chiederti le capitali degli stati americani | HELP
help | abeg help me come funziona | HELP
help | bhai non capisco cosa devo dire | HELP
help | che domande ti posso fare sulle capitali | HELP
help | posso chiederti anche le regioni come funziona | HELP
help | mi aiuti che il nonno non sa usarla | HELP
help | alexa chiedi a capitali del mondo cosa sa fare | HELP
help | come si gioca qui dentro | HELP
help | nossa come funziona questa skill | HELP
help | ji mi dai le istruzioni | HELP
launch | alexa pota apri capitali del mondo | LAUNCH
launch | alexa mandi apri capitali del mondo | LAUNCH
launch | alexa deh apri capitali del mondo | LAUNCH
launch | alexa abeg open capitali del mondo | LAUNCH
launch | alexa yalla apri capitali del mondo | LAUNCH
launch | alexa mentre guido apri capitali del mondo | LAUNCH
launch | alexa per il quiz del pub apri capitali del mondo | LAUNCH
launch | alexa in caserma apri capitali del mondo | LAUNCH
launch | alexa in officina metti capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo che facciamo una gara | LAUNCH
launch | alexa apri capitali del mondo per la lezione di geografia | LAUNCH
launch | alexa avvia capitali del mondo che il nonno vuole giocare | LAUNCH
launch | alexa nossa abre capitali del mondo | LAUNCH
launch | alexa bhai apri capitali del mondo | LAUNCH
launch | alexa also starte capitali del mondo | LAUNCH
launch | alexa ji capitali del mondo apri | LAUNCH
launch | alexa ciao bella apri capitali del mondo | LAUNCH
launch | alexa xe ora de aprir capitali del mondo | LAUNCH
launch | alexa tra una consegna e l'altra apri capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo che dopo la messa ripassiamo | LAUNCH
launch | alexa in palestra avvia capitali del mondo | LAUNCH
launch | alexa vì apri capitali del mondo | LAUNCH
launch | alexa behi lancia capitali del mondo | LAUNCH
launch | alexa machan apri capitali del mondo | LAUNCH
out-of-domain | alexa pota che tempo fa domani in città alta | FB
out-of-domain | alexa quanto ha fatto l'atalanta ieri | FB
out-of-domain | alexa mandi metti radio onde furlane | FB
out-of-domain | alexa quanto soffia la bora oggi a trieste | FB
out-of-domain | alexa a che ora apre il caffè san marco | FB
out-of-domain | alexa quanti giorni stagiona il prosciutto di parma | FB
out-of-domain | alexa quando c'è la prossima partita della ferrari | FB
out-of-domain | alexa quando inizia eurochocolate quest'anno | FB
out-of-domain | alexa quanto dista ancona da spalato in traghetto | FB
out-of-domain | alexa orario dei traghetti da termoli per le tremiti | FB
out-of-domain | alexa quanti abitanti ha matera | FB
out-of-domain | alexa ricetta del cacciucco alla livornese | FB
out-of-domain | alexa quando è lucca comics | FB
out-of-domain | alexa metti la tosca di puccini | FB
out-of-domain | alexa cosa vuol dire pota | FB
out-of-domain | alexa che tempo fa sulle dolomiti questo weekend | FB
out-of-domain | alexa quando aprono i mercatini di natale a bolzano | FB
out-of-domain | alexa come si dice buongiorno in tedesco | FB
out-of-domain | alexa quanti gradi ci sono a mantova | FB
out-of-domain | alexa bhai che ore sono a dacca adesso | FB
out-of-domain | alexa quanto costa mandare soldi in bangladesh | FB
out-of-domain | alexa machan chi ha vinto la partita di cricket | FB
out-of-domain | alexa aiyo che tempo fa a colombo | FB
out-of-domain | alexa abeg metti musica afrobeat | FB
out-of-domain | alexa quanto è il cambio tra euro e naira | FB
out-of-domain | alexa yalla metti amr diab | FB
out-of-domain | alexa che ore sono al cairo | FB
out-of-domain | alexa quando inizia il ramadan quest'anno | FB
out-of-domain | alexa nossa toca uma música brasileira | FB
out-of-domain | alexa chi ha vinto il carnevale di rio | FB
out-of-domain | alexa no dobra che tempo fa a cracovia | FB
out-of-domain | alexa come si fanno i pierogi | FB
out-of-domain | alexa sat sri akal metti musica punjabi | FB
out-of-domain | alexa quanto latte fa una vacca al giorno | FB
out-of-domain | alexa behi quanti gradi ci sono a tunisi | FB
out-of-domain | alexa quanto costa il biglietto del traghetto per tunisi | FB
out-of-domain | alexa like how do you say thank you in italian | FB
out-of-domain | alexa also wie wird das wetter morgen | FB
out-of-domain | alexa quanto costa un idraulico all'ora | FB
out-of-domain | alexa come si sblocca un lavandino | FB
out-of-domain | alexa ricordami di comprare il teflon | FB
out-of-domain | alexa qual è il numero dei vigili del fuoco | FB
out-of-domain | alexa metti un timer di quaranta minuti per il turno | FB
out-of-domain | alexa quanto deve cuocere il risotto | FB
out-of-domain | alexa converti duecento grammi in once | FB
out-of-domain | alexa quanti chilometri fa una panda con un pieno | FB
out-of-domain | alexa che olio ci vuole per una punto | FB
out-of-domain | alexa a che ora passa il prossimo autobus | FB
out-of-domain | alexa com'è il traffico in tangenziale | FB
out-of-domain | alexa che tempo fa per le consegne stasera | FB
out-of-domain | alexa quanti ordini ho fatto oggi | FB
out-of-domain | alexa che santo si festeggia domenica | FB
out-of-domain | alexa leggimi il vangelo di oggi | FB
out-of-domain | alexa metti l'ave maria | FB
out-of-domain | alexa naviga verso il più vicino autogrill | FB
out-of-domain | alexa quanto manca all'arrivo | FB
out-of-domain | alexa chiama mia moglie | FB
out-of-domain | alexa metti una playlist per correre | FB
out-of-domain | alexa quante calorie ha una banana | FB
out-of-domain | alexa fai partire un timer di un minuto per il plank | FB
out-of-domain | alexa che tempo fa alle maldive a giugno | FB
out-of-domain | alexa quanto costa un viaggio di nozze in giappone | FB
out-of-domain | alexa metti la marcia nuziale | FB
out-of-domain | alexa quanto vale un francobollo rosso del millenovecento | FB
out-of-domain | alexa quanto vale una moneta da due euro del vaticano | FB
out-of-domain | alexa qual è la capitale più fredda del mondo | FB
out-of-domain | alexa qual è la capitale più alta del mondo | FB
out-of-domain | alexa quale capitale ha più abitanti | FB
out-of-domain | alexa quante capitali ci sono in europa | FB
out-of-domain | alexa quante capitali ci sono nel mondo | FB
out-of-domain | alexa qual è la capitale più antica d'europa | FB
out-of-domain | alexa quanto è grande la capitale del giappone | FB
out-of-domain | alexa in che anno brasilia è diventata capitale | FB
out-of-domain | alexa perché canberra è la capitale | FB
out-of-domain | alexa chi ha vinto l'eurovision l'anno scorso | FB
out-of-domain | alexa quando sono le prossime olimpiadi | FB
out-of-domain | alexa chi ha vinto i mondiali del duemila e sei | FB
out-of-domain | alexa dove fa scalo la costa crociere domani | FB
out-of-domain | alexa che tempo fa in mare aperto | FB
out-of-domain | alexa come si dice salute in norvegese | FB
out-of-domain | alexa qual è la capitale del tartufo | FB
out-of-domain | alexa qual è la capitale italiana della cultura | FB
out-of-domain | alexa la capitale del nord italia | FB
out-of-domain | alexa la capitale del sud america | FB
out-of-domain | alexa qual è la capitale dell'oceania | FB
out-of-domain | alexa la capitale della terra di mezzo | FB
out-of-domain | alexa la capitale di marte | FB
out-of-domain | alexa la capitale della luna | FB
out-of-domain | alexa quanti anni ha il papa | FB
out-of-domain | alexa spegni la caldaia | FB
out-of-domain | alexa aumenta il riscaldamento | FB
out-of-domain | alexa cosa c'è in tv stasera | FB
out-of-domain | alexa metti rai radio tre | FB
out-of-domain | alexa chi canta questa canzone | FB
out-of-domain | alexa quanti gol ha fatto lukaku | FB
out-of-domain | alexa come si scrive kirghizistan | FB
out-of-domain | alexa come si pronuncia reykjavík | FB
out-of-domain | alexa che bandiera ha il giappone | FB
out-of-domain | alexa a che ora tramonta il sole | FB
out-of-domain | alexa fammi una domanda di storia | FB
out-of-domain | alexa quiz sulle bandiere del mondo | FB
out-of-domain | alexa ferma la musica | FB
out-of-domain | alexa metti in pausa | FB
out-of-domain | alexa chi è il sindaco di roma | FB
out-of-domain | alexa quante province ha il piemonte | FB
out-of-domain | alexa qual è la provincia più grande d'italia | FB
out-of-domain | alexa chi ha costruito la torre eiffel | FB
out-of-domain | alexa dove si trova il mar morto | FB
out-of-domain | alexa dove passa il tropico del cancro | FB
mantovani | alexa al lago superiore un pescatore mi dice che è di el salvador la capitale | SV
mantovani | alexa fiöl la capitale del brunei | BN
bergamaschi | alexa in fabbrica a dalmine il tornitore nuovo viene da santo domingo la capitale della repubblica dominicana | DO
bergamaschi | alexa pota e la capitale della colombia | CO
triestini | alexa al molo audace xe un marinaio de trinidad la capitale | TT
triestini | alexa mulo dimmi la capitale del brunei | BN
friulani | alexa a cividale c'è una coppia della colombia la capitale | CO
friulani | alexa mandi la capitale di el salvador | SV
marchigiani | alexa a civitanova un ragazzo di trinidad e tobago gioca a pallavolo la capitale | TT
marchigiani | alexa va là la capitale della repubblica dominicana | DO
perugini | alexa all'università per stranieri c'è una ragazza del salvador la capitale | SV
perugini | alexa bah la capitale del sultanato del brunei | BN
molisani | alexa mio cugino a caracas dice che la capitale del venezuela è caracas è vero | VE
molisani | alexa la capitale della colombia che ci vive mio nipote | CO
lucani | alexa a metaponto raccolgono le fragole dei ragazzi dal marocco la capitale | MA
lucani | alexa vì e la capitale di el salvador | SV
tarantini | alexa nel porto c'è un mercantile di trinidad e tobago la capitale | TT
tarantini | alexa la capitale di santo domingo cioè della repubblica dominicana | DO
livornesi-lucchesi | alexa deh la capitale del brunei | BN
livornesi-lucchesi | alexa all'ippodromo un fantino colombiano mi chiede la capitale | CO
bengalesi | alexa bhai il mio vicino viene dal brunei la capitale | BN
bengalesi | alexa accha e la capitale del nepal | NP
srilankesi | alexa machan la capitale di trinidad dove giocano a cricket | TT
srilankesi | alexa aiyo la capitale delle maldive com'era | MV
srilankesi | alexa mia figlia ha un'amica di santo domingo la capitale | DO
nigeriani | alexa abeg la capitale del sierra leone | SL
nigeriani | alexa oga la capitale della costa d'avorio è abidjan | CI
brasiliani | alexa nossa la capitale della colombia | CO
brasiliani | alexa beleza e la capitale del venezuela | VE
polacchi | alexa no dobra e la capitale della lettonia | LV
polacchi | alexa ho un'amica in el salvador la capitale | SV
sikh | alexa ji la capitale del kerala | IN-KL
sikh | alexa ji la capitale del jammu e kashmir | IN-JK
sikh | alexa la capitale dell'himachal pradesh dove va mio zio | IN-HP
egiziani-tunisini | alexa behi la capitale del sudan | SD
egiziani-tunisini | alexa yalla e la capitale dell'arabia saudita | SA
americani-tedeschi | alexa like la capitale della georgia tipo atlanta | US-GA
americani-tedeschi | alexa genau la capitale della baviera | DE-BY
americani-tedeschi | alexa oh my god la capitale di porto rico | PR
idraulici | alexa il collega albanese chiede la capitale del kosovo | XK
idraulici | alexa mentre cerco la perdita la capitale dell'honduras | HN
pompieri | alexa in caserma il collega dice che la capitale del brasile è san paolo | BR
pompieri | alexa capitale della repubblica dominicana per il quiz della caserma | DO
cuochi | alexa il pasticciere nuovo è colombiano la capitale | CO
cuochi | alexa il cliente vegano viene dal brunei la capitale | BN
meccanici | alexa la moto è di un ragazzo salvadoregno la capitale di el salvador | SV
meccanici | alexa il camion viene dalla georgia quella del caucaso la capitale | GE
autisti | alexa sull'autobus un signore di trinidad mi chiede la capitale del suo paese | TT
autisti | alexa al deposito dicono la capitale del ghana | GH
rider | alexa la cliente è dominicana la capitale | DO
rider | alexa la consegna è per un ragazzo di el salvador la capitale | SV
sacrestani | alexa il missionario torna dalla colombia la capitale | CO
sacrestani | alexa la parrocchia è gemellata con una del salvador la capitale | SV
in-macchina | alexa in viaggio per la croazia la capitale | HR
in-macchina | alexa il navigatore dice confine con la slovenia la capitale | SI
palestra | alexa l'istruttore di zumba viene dalla colombia la capitale | CO
palestra | alexa al corso di salsa c'è una ragazza di santo domingo la capitale | DO
viaggio-di-nozze | alexa per il viaggio di nozze ai caraibi la capitale di trinidad e tobago | TT
viaggio-di-nozze | alexa la mia ragazza vuole il brunei la capitale | BN
filatelia | alexa francobollo di el salvador la capitale | SV
filatelia | alexa ho una moneta del brunei la capitale | BN
pub-quiz | alexa domanda del quiz la capitale della repubblica dominicana | DO
pub-quiz | alexa al quiz del pub la capitale di trinidad e tobago | TT
eurovision | alexa ai mondiali gioca la colombia la capitale | CO
eurovision | alexa alle olimpiadi ha vinto un pugile di trinidad la capitale | TT
crociera | alexa sbarchiamo a la romana nella repubblica dominicana la capitale | DO
crociera | alexa la nave passa da cartagena in colombia la capitale | CO
plural-capitals | alexa per il quiz del pub le capitali della bolivia | BO
plural-capitals | alexa mandi le capitali del sudafrica | ZA
plural-capitals | alexa pota quali sono le capitali della malaysia | MY
plural-capitals | alexa bhai le capitali dello sri lanka tutte e due | LK
plural-capitals | alexa le capitali del benin per la verifica di domani | BJ
plural-capitals | alexa deh le capitali olandesi | NL
plural-capitals | alexa abeg le capitali della costa d'avorio | CI
plural-capitals | alexa machan quali sono le capitali dell'eswatini | SZ
follow-up | e il brunei | BN
follow-up | e la colombia invece | CO
follow-up | ok e el salvador | SV
reverse-question | alexa bandar seri begawan di che paese è capitale | CITY:Bandar Seri Begawan
reverse-question | alexa bogotà è capitale di quale paese | CITY:Bogotá
reverse-question | alexa port of spain è la capitale di | CITY:Port of Spain
reverse-question | alexa santo domingo di che nazione è la capitale | CITY:Santo Domingo
reverse-question | alexa san salvador è la capitale di quale stato | CITY:San Salvador
"""

if __name__ == "__main__":
    build_round(50, "it", LINES, sys.argv, "tests/Eval/it/round50/source/build_corpus.py")
