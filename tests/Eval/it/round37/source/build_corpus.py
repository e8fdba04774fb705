"""Round 37, Italian (it-IT): a new author's own mix, written blind (brief WRITER45.md). Speakers chosen away from the
regions and groups of the Italian rounds 33 to 36 ("How it was written"): Triestini ("mulo", "mula", "ciò", "xe", "no se
pol", "mona", "el nono", the bora, the osmiza, the Barcolana, the Molo Audace, piazza Unità, the buffet), Salentini of
Lecce, Gallipoli and Otranto ("mena", "osce", "cce ete", "nu sacciu", "tie", "lu cumpare", the Notte della Taranta, the
olive harvest), Trentini ("ciò", "ostia", "dai ben", "el me popà", "la tosa", "son drio a", the Val di Non apple
harvest, a malga, Madonna di Campiglio, the Trento Christmas market), Parmigiani ("at capìss mia", "bòja", "ragàs",
"pö", "la sciura", the prosciutto, the Teatro Regio, the caseificio), Ciociari of Frosinone and Fiuggi ("mo", "zi
peppe", "comme se chiama", "pe", "tene", "mi fija"), Polish carers ("dobra", "kurcze", "jezus maria", "tak", learner
grammar without articles), Sri Lankans of Palermo and Naples ("ane", "aiyo", "hari hari", "machan"), Ecuadorians of
Genoa ("oye", "mijo", "chuta", "ñaño", "achachay", "verdad"), Cape Verdean women of Rome ("nha fidju", "nha mãe"),
Pakistanis of Brescia ("yaar", "bhai", "achha", a kebab shop), Eritreans ("selam", "ishi", Asmara's Italian past),
teenagers ("raga", "bro", "frate", "no vabbè", "tipo", "cringe", GeoGuessr, a live), children of six to ten, elders in a
rest home and at the parish tombola (Marcinelle, Bonn, the Belgian Congo, a hard-of-hearing signora). Situations: a TV
quiz (l'Eredità, the Ghigliottina, Trivial, Risiko), a hairdresser's, a Milan taxi to Malpensa, a hospital night shift,
a fishing boat, a radio amateur's QSL cards, a wedding planner and honeymoon, a ski lift queue, a geography podcast,
primary school homework, a Caribbean cruise, a Pacific documentary. Plus follow-ups, yes/no checks with right and wrong
guesses, self-corrections with an explicit marker, reverse questions, official, everyday and old names, shared names
and their disambiguations, plurals of every several-capital country and Palestine, subdivisions and territories,
launch with the invocation name "capitali del mondo", help, stop, cancel, out-of-domain requests and near misses
(Italian regions and capoluoghi, regions and breakaway areas abroad, historical states, continents, fictional places,
"capitale" as money, Marx's book, the capital sins and the death penalty).
`python3 tests/Eval/it/round37/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 37's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
triestini | alexa mulo dimme un po la capitale {} che no me la ricordo | della slovenia=SI; della croazia=HR; dell'austria=AT
triestini | alexa con sta bora no se pol uscir allora dimme la capitale {} | della serbia=RS; del montenegro=ME; della bosnia ed erzegovina=BA
triestini | alexa xe vero che la capitale {} la xe quella che dixi mio nono | dell'ungheria=HU; della slovacchia=SK; della cechia=CZ
triestini | alexa in osmiza i me ga chiesto la capitale {} e go fatto figura de mona | della macedonia del nord=MK; dell'albania=AL; della bulgaria=BG
triestini | alexa ciò alla barcolana gavemo una barca {} qual xe la sua capitale | tedesca=DE; polacca=PL; danese=DK
triestini | alexa la mula vol saver la capitale {} per la ricerca de scuola | della grecia=GR; di cipro=CY; di malta=MT
triestini | alexa mi son de trieste ma la capitale del kosovo no la so | XK
triestini | alexa dimme xe pristina la capitale del kosovo | XK
triestini | alexa el nono el ga lavorà a lubiana la xe la capitale de che paese | CITY:Lubiana
triestini | alexa zagabria la xe capitale de cossa | CITY:Zagabria
triestini | alexa no spetta la capitale dela slovenia anzi no de la croazia | HR
triestini | alexa el mio vicin xe serbo la capitale serba xe belgrado o novi sad | RS
triestini | alexa femo un gioco dimme la capitale de la moldavia | MD
triestini | alexa in piazza unità xe rivà una nave de crociera dall'islanda la capitale islandese | IS
triestini | alexa me serve la capitale de la bielorussia | BY
triestini | alexa e quela de l'ucraina | UA
triestini | alexa sul molo audace un turista me ga dito che xe de la lettonia che capitale ga | LV
salentini | alexa osce me serve la capitale {} ca nu me la ricordu | della tunisia=TN; dell'algeria=DZ; della libia=LY
salentini | alexa mena dimme ce ete la capitale {} | del marocco=MA; dell'egitto=EG; della mauritania=MR
salentini | alexa alla notte della taranta nc'era nu gruppo {} qual è la capitale loro | senegalese=SN; maliano=ML; ghanese=GH
salentini | alexa nu sacciu la capitale {} me la dici tie | del niger=NE; del ciad=TD; del sudan=SD
salentini | alexa mentre raccogliamo le olive la nonna chiede la capitale {} | dell'etiopia=ET; dell'eritrea=ER; della somalia=SO
salentini | alexa lu cumpare mio lavora in {} ce capitale tene | kenya=KE; uganda=UG; tanzania=TZ
salentini | alexa ma la capitale della turchia è istanbul o no | TR
salentini | alexa allu bar de gallipoli stanno dicendo che la capitale dell'australia è sydney è vero | AU
salentini | alexa cce ete la capitale de lu libano | LB
salentini | alexa a otranto ho conosciuto una coppia israeliana la capitale di israele qual è | IL
salentini | alexa mena alexa la capitale della giordania | JO
salentini | alexa ci sta nu pescatore tunisino al porto dice che tunisi è la capitale giusto | TN
salentini | alexa beirut de quale paese è capitale | CITY:Beirut
salentini | alexa damasco è capitale de quale stato | CITY:Damasco
salentini | alexa la capitale della siria mi pare damasco ma non ne sono sicuro | SY
trentini | alexa ciò dime la capitale {} che son drio a far el cruciverba | della svizzera=CH; del liechtenstein=LI; del lussemburgo=LU
trentini | alexa in malga i turisti i parla {} qual è la capitale del loro paese | olandese=NL; norvegese=NO; finlandese=FI
trentini | alexa ostia me son scordà la capitale {} | del belgio=BE; dell'irlanda=IE; della svezia=SE
trentini | alexa durante la raccolta de le mele in val di non un ragazzo me ga chiesto la capitale {} | della romania=RO; della polonia=PL; della lituania=LT
trentini | alexa el me popà vol saver la capitale dell'estonia | EE
trentini | alexa la capitale del portogallo la xe lisbona o porto | PT
trentini | alexa dai ben dime la capitale della spagna | ES
trentini | alexa a madonna di campiglio ghe xe tanti inglesi la capitale del regno unito | GB
trentini | alexa la capitale de la francia per la tosa | FR
trentini | alexa son al rifugio senza campo quasi qual è la capitale dell'andorra | AD
trentini | alexa berna la xe la capitale de la svizzera o no | CH
trentini | alexa vaduz de che paese la xe capitale | CITY:Vaduz
trentini | alexa al mercatino de natale de trento ghe xe un banco dal principato de monaco la so capitale | MC
trentini | alexa la capitale di san marino | SM
trentini | alexa e del vaticano la capitale qual è | VA
parmigiani | alexa at capìss mia la capitale {} dimmela ti | del canada=CA; del messico=MX; degli stati uniti=US
parmigiani | alexa mentre taglio il prosciutto mi dici la capitale {} | del brasile=BR; dell'argentina=AR; del cile=CL
parmigiani | alexa al regio fanno un'opera ambientata in {} qual è la capitale | perù=PE; colombia=CO; venezuela=VE
parmigiani | alexa bòja la capitale dell'uruguay non me la ricordo mai | UY
parmigiani | alexa la capitale del paraguay è asunción vero | PY
parmigiani | alexa me la dici la capitale dell'ecuador che c'ho un cliente di guayaquil | EC
parmigiani | alexa la mia sciura vuole sapere la capitale della bolivia | BO
parmigiani | alexa al caseificio lavora un ragazzo della guyana che capitale c'ha | GY
parmigiani | alexa il suriname dove ha la capitale | SR
parmigiani | alexa lima è la capitale di che paese | CITY:Lima
parmigiani | alexa quito di che nazione è la capitale | CITY:Quito
parmigiani | alexa la capitale di cuba | CU
parmigiani | alexa la capitale della giamaica pö | JM
parmigiani | alexa ragàs chi sa la capitale di haiti chiedo ad alexa alexa la capitale di haiti | HT
parmigiani | alexa la capitale della repubblica dominicana | DO
parmigiani | alexa il panamà ha come capitale panamà anche lui | PA
ciociari | alexa mo dimme la capitale {} ca ce sta la partita | del giappone=JP; della cina=CN; della corea del sud=KR
ciociari | alexa a fiuggi ci stanno i turisti {} la capitale loro qual è | indiani=IN; pakistani=PK; iraniani=IR
ciociari | alexa zi peppe vo sapé la capitale {} | della thailandia=TH; del vietnam=VN; della cambogia=KH
ciociari | alexa la capitale del laos comme se chiama | LA
ciociari | alexa e quella della birmania | MM
ciociari | alexa la capitale dell'indonesia è giacarta o bali | ID
ciociari | alexa la capitale delle filippine | PH
ciociari | alexa mo me serve la capitale della malesia una sola | MY
ciociari | alexa la capitale de singapore è singapore pure essa | SG
ciociari | alexa mo pe sapé il brunei qual è la capitale | BN
ciociari | alexa che capitale tene il nepal | NP
ciociari | alexa il bhutan come capitale c'ha | BT
ciociari | alexa del bangladesh la capitale | BD
ciociari | alexa la capitale del sri lanka qual è quella vera | LK
ciociari | alexa la capitale delle maldive ca ce va mi fija in viaggio de nozze | MV
ciociari | alexa la capitale della mongolia | MN
ciociari | alexa kathmandu è capitale de quale paese | CITY:Kathmandu
polacche | alexa no dobra dimmi capitale {} per favore | della russia=RU; della lituania=LT; della germania=DE
polacche | alexa kurcze io non ricordo capitale {} tu sai | della georgia nel caucaso=GE; dell'armenia=AM; dell'azerbaigian=AZ
polacche | alexa la signora dorme io faccio cruciverba quale è capitale {} | del kazakistan=KZ; dell'uzbekistan=UZ; del turkmenistan=TM
polacche | alexa jezus maria quale è capitale di kirghizistan | KG
polacche | alexa capitale di tagikistan come si dice | TJ
polacche | alexa io sono di cracovia ma capitale di polonia è varsavia vero | PL
polacche | alexa la mia figlia a varsavia chiede capitale di afghanistan | AF
polacche | alexa dobra dobra e capitale di iraq | IQ
polacche | alexa mosca è capitale di quale paese | CITY:Mosca
polacche | alexa astana è capitale di chi | CITY:Astana
polacche | alexa no aspetta capitale di slovacchia no volevo dire di slovenia | SI
srilankesi | alexa ane please tell capitale {} | del pakistan=PK; dell'india=IN; dell'oman=OM
srilankesi | alexa io lavoro in pescheria a palermo ma capitale {} quale è | del qatar=QA; del kuwait=KW; del bahrein=BH
srilankesi | alexa hari hari ora dimmi capitale {} | degli emirati arabi uniti=AE; dell'arabia saudita=SA; dello yemen=YE
srilankesi | alexa mio paese sri lanka ha due capitali quali sono | LK
srilankesi | alexa colombo e kotte tutte e due capitali di sri lanka giusto | LK
srilankesi | alexa aiyo capitale di maldive io non so | MV
srilankesi | alexa mio figlio a scuola chiede capitale di mauritius | MU
srilankesi | alexa capitale delle seychelles per piacere | SC
srilankesi | alexa riad è capitale di quale paese | CITY:Riyad
srilankesi | alexa doha quale paese capitale | CITY:Doha
ecuadoriani | alexa oye mijo dime la capitale {} | del guatemala=GT; dell'honduras=HN; del nicaragua=NI
ecuadoriani | alexa chuta no me acuerdo la capitale {} la sai tu | di el salvador=SV; del costa rica=CR; del belize=BZ
ecuadoriani | alexa a genova tutti pensano che la capitale dell'ecuador è guayaquil dimmi quella vera | EC
ecuadoriani | alexa la mia ñaña vive a quito quito è la capitale di ecuador verdad | EC
ecuadoriani | alexa bogotá è capitale della colombia sì o no | CO
ecuadoriani | alexa caracas de qué país es capitale | CITY:Caracas
ecuadoriani | alexa montevideo è capitale di quale paese | CITY:Montevideo
ecuadoriani | alexa achachay che freddo a genova dimmi la capitale della bolivia tutte e due | BO
ecuadoriani | alexa las capitales de bolivia sono sucre e la paz | BO
capoverdiane | alexa nha fidju vuole la capitale {} | di capo verde=CV; della guinea-bissau=GW; di são tomé e príncipe=ST
capoverdiane | alexa io pulisco casa a roma la signora chiede la capitale {} | dell'angola=AO; del mozambico=MZ; della guinea equatoriale=GQ
capoverdiane | alexa praia è capitale di capo verde sì | CV
capoverdiane | alexa la capitale del portogallo per mia cugina | PT
capoverdiane | alexa luanda è capitale de che paese | CITY:Luanda
capoverdiane | alexa maputo di quale paese è capitale | CITY:Maputo
pakistani | alexa yaar batao capitale {} | dell'afghanistan=AF; del bangladesh=BD; del nepal=NP
pakistani | alexa bhai io lavoro in negozio di kebab a brescia capitale di pakistan è islamabad o karachi | PK
pakistani | alexa capitale di pakistan per mio bambino compiti | PK
pakistani | alexa lahore capitale di quale paese | FB
pakistani | alexa teheran è capitale di che paese | CITY:Teheran
pakistani | alexa kabul quale paese capitale | CITY:Kabul
pakistani | alexa achha e capitale di iran | IR
eritrei | alexa selam alexa capitale {} dimmi | dell'eritrea=ER; del gibuti=DJ; del sud sudan=SS
eritrei | alexa mio nonno ha lavorato con italiani ad asmara asmara è capitale di eritrea giusto | ER
eritrei | alexa addis abeba è capitale di quale paese | CITY:Addis Abeba
eritrei | alexa ishi ishi capitale del sudan | SD
eritrei | alexa la capitale del ruanda | RW
eritrei | alexa la capitale del burundi è bujumbura | BI
ragazzi | alexa raga no vabbè qual è la capitale {} | della nigeria=NG; del camerun=CM; del gabon=GA
ragazzi | alexa bro tipo la capitale {} letteralmente non la so | del burkina faso=BF; della costa d'avorio=CI; del benin=BJ
ragazzi | alexa sto giocando a geoguessr dimmi la capitale {} al volo | del togo=TG; della guinea=GN; della sierra leone=SL
ragazzi | alexa frate la capitale della liberia | LR
ragazzi | alexa cringe ma non so la capitale del gambia | GM
ragazzi | alexa ok boomer scherzo qual è la capitale dello zambia | ZM
ragazzi | alexa no ma seriamente la capitale dello zimbabwe è harare | ZW
ragazzi | alexa la capitale del botswana che sto facendo una live | BW
ragazzi | alexa la capitale della namibia ma veloce | NA
ragazzi | alexa capitale del lesotho raga | LS
ragazzi | alexa la capitale del malawi sul serio | MW
ragazzi | alexa madagascar capitale | MG
ragazzi | alexa qual è la capitale della repubblica centrafricana | CF
ragazzi | alexa yaoundé è la capitale di che paese | CITY:Yaoundé
ragazzi | alexa ouagadougou è capitale di cosa bro | CITY:Ouagadougou
ragazzi | alexa abuja di che paese è capitale | CITY:Abuja
bambini | alexa maestra ha detto di chiedere la capitale {} | della svezia=SE; della norvegia=NO; dell'islanda=IS
bambini | alexa io ho sei anni mi dici la capitale {} | dell'egitto=EG; del giappone=JP; dell'australia=AU
bambini | alexa papà non lo sa qual è la capitale {} | della nuova zelanda=NZ; delle figi=FJ; di papua nuova guinea=PG
bambini | alexa ma la capitale dei pinguini dov'è | FB
bambini | alexa la capitale di babbo natale | FB
bambini | alexa la capitale del polo nord | FB
bambini | alexa la capitale di samoa | WS
bambini | alexa la capitale delle tonga | TO
bambini | alexa capitale del tuvalu | TV
bambini | alexa la capitale di nauru è piccolina | NR
bambini | alexa la capitale di kiribati | KI
bambini | alexa la capitale delle isole marshall | MH
bambini | alexa la capitale della micronesia | FM
bambini | alexa la capitale di palau | PW
bambini | alexa la capitale del vanuatu | VU
bambini | alexa la capitale delle isole salomone | SB
bambini | alexa la capitale di timor est | TL
plural-capitals | alexa mulo dime tute le capitali del sudafrica | ZA
plural-capitals | alexa osce quante capitali tene lu sudafrica | ZA
plural-capitals | alexa il sudafrica ha tre capitali quali sono | ZA
plural-capitals | alexa ciò le capitali della bolivia | BO
plural-capitals | alexa la bolivia ha due capitali me le dici | BO
plural-capitals | alexa bòja quali sono le capitali dell'olanda | NL
plural-capitals | alexa le capitali dei paesi bassi amsterdam e l'aia giusto | NL
plural-capitals | alexa perché l'olanda ha due capitali dimmele | NL
plural-capitals | alexa le capitali del benin | BJ
plural-capitals | alexa il benin ha porto novo e cotonou tutte e due capitali | BJ
plural-capitals | alexa quali capitali ha il benin raga | BJ
plural-capitals | alexa le due capitali della costa d'avorio | CI
plural-capitals | alexa mena dimme le capitali della costa d'avorio | CI
plural-capitals | alexa quante capitali ha la costa d'avorio | CI
plural-capitals | alexa le capitali dello sri lanka tutte | LK
plural-capitals | alexa lo sri lanka quante capitali c'ha | LK
plural-capitals | alexa le capitali della malesia | MY
plural-capitals | alexa la malesia ha kuala lumpur e putrajaya come capitali | MY
plural-capitals | alexa quali sono le due capitali della malaysia | MY
plural-capitals | alexa le capitali dell'eswatini | SZ
plural-capitals | alexa le capitali dello swaziland | SZ
plural-capitals | alexa l'eswatini ha due capitali quali | SZ
plural-capitals | alexa le capitali della palestina | PS
plural-capitals | alexa la palestina ha due capitali gerusalemme est e ramallah | PS
plural-capitals | alexa quali sono le capitali dello stato di palestina | PS
plural-capitals | alexa i capitali del sudafrica come si chiamano | ZA
help | alexa mulo no capisso come funziona sta roba | HELP
help | alexa mena ma comu se usa sta cosa | HELP
help | alexa ciò cossa posso domandarte | HELP
help | alexa at capìss mia cosa devo dire | HELP
help | alexa mo che se fa con questa skill | HELP
help | alexa io non capire come si usa aiuto | HELP
help | alexa ane help me io non so cosa dire | HELP
help | alexa oye come funciona questa cosa aiutami | HELP
help | alexa raga ma come si gioca | HELP
help | alexa spiegami le regole per favore | HELP
help | alexa nonna non sa usarti dacci una mano | HELP
help | alexa che domande posso fare sulle capitali | HELP
help | alexa mi fai un esempio di domanda | HELP
help | alexa non ho capito cosa devo fare | HELP
help | alexa bhai help come funziona | HELP
help | alexa ho bisogno di istruzioni | HELP
help | alexa cosa sai fare di preciso | HELP
help | alexa aiutami che mi sono perso | HELP
help | alexa eh come si fa a chiedere una capitale | HELP
help | alexa dimmi come ti devo parlare | HELP
help | alexa kurcze non capisco aiuto per favore | HELP
help | alexa scusa sono anziano mi spieghi come fare | HELP
stop | alexa mulo basta cussì | STOP
stop | alexa mena basta mo | STOP
stop | alexa ciò fermete | STOP
stop | alexa bòja basta stop | STOP
stop | alexa mo statte zitta | STOP
stop | alexa no dobra basta grazie | STOP
stop | alexa ane stop please | STOP
stop | alexa ya basta chuta | STOP
stop | alexa raga stop ho finito | STOP
stop | alexa khalas stop | STOP
stop | alexa spegniti per ora | STOP
stop | alexa smettila che la bimba dorme | STOP
stop | alexa ok grazie ho finito di giocare | STOP
stop | alexa esci da capitali del mondo | STOP
stop | alexa fine del gioco | STOP
stop | alexa basta capitali per stasera | STOP
stop | alexa zitta un attimo che suona il telefono basta | STOP
stop | alexa ferma tutto | STOP
stop | alexa chiudi la skill | STOP
stop | alexa stop stop stop | STOP
cancel | alexa mulo lassa perder | CANCEL
cancel | alexa mena lassa stare | CANCEL
cancel | alexa ciò annulla tut | CANCEL
cancel | alexa annulla bòja | CANCEL
cancel | alexa mo lascia perde annulla | CANCEL
cancel | alexa no no annulla dobra | CANCEL
cancel | alexa cancel cancel annulla | CANCEL
cancel | alexa olvídalo annulla | CANCEL
cancel | alexa raga annulla tutto | CANCEL
cancel | alexa annulla la domanda | CANCEL
cancel | alexa non importa annulla | CANCEL
cancel | alexa cancella quello che ho chiesto | CANCEL
cancel | alexa lascia stare ho sbagliato | CANCEL
cancel | alexa annulla annulla | CANCEL
cancel | alexa niente lascia perdere | CANCEL
cancel | alexa annullare per favore | CANCEL
cancel | alexa no scusa annulla l'ultima | CANCEL
cancel | alexa fa niente annulla pure | CANCEL
cancel | alexa annulla che ha sbagliato il bambino | CANCEL
cancel | alexa lascia perdere la domanda di prima | CANCEL
launch | alexa apri capitali del mondo mulo | LAUNCH
launch | alexa mena apri capitali del mondo | LAUNCH
launch | alexa ciò avvia capitali del mondo | LAUNCH
launch | alexa fai partire capitali del mondo per la tosa | LAUNCH
launch | alexa aprire capitali del mondo per favore | LAUNCH
launch | alexa raga apri capitali del mondo che giochiamo | LAUNCH
launch | alexa lancia capitali del mondo | LAUNCH
launch | alexa voglio giocare a capitali del mondo | LAUNCH
launch | alexa apri la skill capitali del mondo | LAUNCH
launch | alexa avvia il gioco capitali del mondo | LAUNCH
launch | alexa metti capitali del mondo | LAUNCH
launch | alexa inizia capitali del mondo | LAUNCH
out-of-domain | alexa mulo che tempo fa domani con la bora | FB
out-of-domain | alexa dimme quando passa el bus diciassette | FB
out-of-domain | alexa qual è il capoluogo del friuli venezia giulia | FB
out-of-domain | alexa la capitale dell'istria | FB
out-of-domain | alexa la capitale della dalmazia | FB
out-of-domain | alexa trieste è stata capitale di cosa | FB
out-of-domain | alexa mena metti la pizzica | FB
out-of-domain | alexa qual è il capoluogo della puglia | FB
out-of-domain | alexa lecce è la capitale del barocco vero | FB
out-of-domain | alexa la capitale del salento | FB
out-of-domain | alexa quanto costa il traghetto da brindisi a igoumenitsa | FB
out-of-domain | alexa dimme le previsioni del mare a gallipoli | FB
out-of-domain | alexa ciò la capitale del trentino | FB
out-of-domain | alexa el capoluogo de l'alto adige | FB
out-of-domain | alexa quante calorie ha uno strudel | FB
out-of-domain | alexa metti la radio dolomiti | FB
out-of-domain | alexa quanti metri è alta la marmolada | FB
out-of-domain | alexa parma è la capitale della cultura in che anno | FB
out-of-domain | alexa la capitale italiana della cultura di quest'anno | FB
out-of-domain | alexa la capitale mondiale del prosciutto | FB
out-of-domain | alexa ricetta degli anolini | FB
out-of-domain | alexa a che ora gioca il parma | FB
out-of-domain | alexa mo la capitale della ciociaria qual è | FB
out-of-domain | alexa il capoluogo del lazio | FB
out-of-domain | alexa che ore so a frosinone | FB
out-of-domain | alexa metti la musica di claudio villa | FB
out-of-domain | alexa la capitale della slesia | FB
out-of-domain | alexa la capitale della galizia polacca | FB
out-of-domain | alexa traduci grazie in polacco | FB
out-of-domain | alexa quando parte il pullman per varsavia | FB
out-of-domain | alexa chiama mia figlia | FB
out-of-domain | alexa la capitale del tamil eelam | FB
out-of-domain | alexa quanto fa dieci euro in rupie | FB
out-of-domain | alexa metti una canzone di baila | FB
out-of-domain | alexa la capitale della provincia del guayas | FB
out-of-domain | alexa la capitale delle galápagos | FB
out-of-domain | alexa risultati del barcelona sporting club | FB
out-of-domain | alexa metti la morna di cesaria evora | FB
out-of-domain | alexa quando è il ramadan quest'anno | FB
out-of-domain | alexa la capitale dell'africa orientale italiana | FB
out-of-domain | alexa quanto dista asmara da massaua | FB
out-of-domain | alexa raga la capitale di minecraft | FB
out-of-domain | alexa la capitale di fortnite | FB
out-of-domain | alexa la capitale di westeros | FB
out-of-domain | alexa la capitale di hogwarts | FB
out-of-domain | alexa qual è la capitale di atlantide | FB
out-of-domain | alexa la capitale di narnia | FB
out-of-domain | alexa la capitale della luna | FB
out-of-domain | alexa la capitale di marte | FB
out-of-domain | alexa la capitale dell'europa | FB
out-of-domain | alexa la capitale dell'africa | FB
out-of-domain | alexa la capitale dell'unione europea | FB
out-of-domain | alexa la capitale della moda | FB
out-of-domain | alexa la capitale mondiale del caffè | FB
out-of-domain | alexa quanto capitale serve per aprire una srl | FB
out-of-domain | alexa il capitale sociale minimo di una società | FB
out-of-domain | alexa chi ha scritto il capitale | FB
out-of-domain | alexa riassunto del capitale di marx | FB
out-of-domain | alexa i sette vizi capitali quali sono | FB
out-of-domain | alexa la pena capitale in quali paesi esiste | FB
out-of-domain | alexa come si scrive capitale in inglese | FB
out-of-domain | alexa lettera maiuscola si dice capitale | FB
out-of-domain | alexa la capitale del regno delle due sicilie | FB
out-of-domain | alexa la capitale del sacro romano impero | FB
out-of-domain | alexa la capitale dell'impero ottomano | FB
out-of-domain | alexa la capitale della jugoslavia | FB
out-of-domain | alexa la capitale della cecoslovacchia | FB
out-of-domain | alexa la capitale dell'unione sovietica | FB
out-of-domain | alexa la capitale della prussia | FB
out-of-domain | alexa la capitale della repubblica di venezia | FB
out-of-domain | alexa la capitale dell'impero inca | FB
out-of-domain | alexa la capitale degli aztechi | FB
out-of-domain | alexa la capitale della catalogna | FB
out-of-domain | alexa la capitale dei paesi baschi | FB
out-of-domain | alexa la capitale dell'andalusia | FB
out-of-domain | alexa la capitale della bretagna francese | FB
out-of-domain | alexa la capitale della corsica | FB
out-of-domain | alexa la capitale della provenza | FB
out-of-domain | alexa la capitale della transilvania | FB
out-of-domain | alexa la capitale della siberia | FB
out-of-domain | alexa la capitale della cecenia | FB
out-of-domain | alexa la capitale del tibet | FB
out-of-domain | alexa la capitale del kurdistan | FB
out-of-domain | alexa la capitale della patagonia | FB
out-of-domain | alexa la capitale dello zanzibar | FB
out-of-domain | alexa la capitale delle canarie | FB
out-of-domain | alexa la capitale delle azzorre | FB
out-of-domain | alexa la capitale di madeira | FB
out-of-domain | alexa la capitale della toscana | FB
out-of-domain | alexa la capitale della sicilia | FB
out-of-domain | alexa la capitale della sardegna | FB
out-of-domain | alexa la capitale del veneto | FB
out-of-domain | alexa imposta una sveglia alle sei | FB
out-of-domain | alexa metti un timer di dieci minuti per la pasta | FB
out-of-domain | alexa aggiungi latte alla lista della spesa | FB
out-of-domain | alexa raccontami una barzelletta | FB
out-of-domain | alexa quanti abitanti ha roma | FB
out-of-domain | alexa quanti abitanti ha la cina | FB
out-of-domain | alexa che lingua si parla in brasile | FB
out-of-domain | alexa qual è la moneta del giappone | FB
out-of-domain | alexa chi è il presidente della francia | FB
out-of-domain | alexa qual è il fiume più lungo del mondo | FB
out-of-domain | alexa qual è la montagna più alta d'europa | FB
out-of-domain | alexa che fuso orario ha new york | FB
out-of-domain | alexa la bandiera della germania di che colori è | FB
out-of-domain | alexa quanto dista milano da parigi | FB
out-of-domain | alexa il prefisso telefonico della spagna | FB
out-of-domain | alexa la città più grande del canada | FB
out-of-domain | alexa la città più popolosa degli stati uniti | FB
out-of-domain | alexa ordina una pizza margherita | FB
out-of-domain | alexa leggi le notizie di oggi | FB
out-of-domain | alexa accendi la luce in cucina | FB
yes-no-check | alexa mulo xe vero che la capitale del canada xe toronto | CA
yes-no-check | alexa la capitale della svizzera è zurigo giusto | CH
yes-no-check | alexa ciò la capitale de l'australia la xe canberra sì o no | AU
yes-no-check | alexa mena ma la capitale del brasile è rio | BR
yes-no-check | alexa confermi che la capitale della turchia è ankara | TR
yes-no-check | alexa la capitale del marocco è casablanca o mi sbaglio | MA
yes-no-check | alexa la capitale della nigeria è lagos vero | NG
yes-no-check | alexa dimmi se ho ragione la capitale del vietnam è hanoi | VN
yes-no-check | alexa ho scommesso un caffè che la capitale della nuova zelanda è auckland ho vinto | NZ
yes-no-check | alexa è giusto dire che la capitale del kazakistan è almaty | KZ
yes-no-check | alexa la capitale della tanzania è dar es salaam o dodoma | TZ
yes-no-check | alexa bòja la capitale degli stati uniti è new york no | US
yes-no-check | alexa la capitale del pakistan è karachi sì | PK
yes-no-check | alexa mio marito dice che la capitale della cina è shanghai ha ragione | CN
yes-no-check | alexa vero o falso la capitale dell'india è mumbai | IN
yes-no-check | alexa vero o falso la capitale della germania è berlino | DE
yes-no-check | alexa è vero che la capitale del myanmar non è più rangoon | MM
yes-no-check | alexa la capitale della bolivia è la paz sì o no | BO
yes-no-check | alexa ulan bator è la capitale della mongolia confermi | MN
yes-no-check | alexa la capitale della siria è aleppo giusto | SY
yes-no-check | alexa la capitale del belize è belize city è così | BZ
yes-no-check | alexa dobra la capitale dell'ucraina è kiev sì | UA
yes-no-check | alexa la capitale della costa rica è san josé ci ho preso | CR
yes-no-check | alexa la capitale del burundi è ancora bujumbura | BI
yes-no-check | alexa la capitale del camerun è douala vero | CM
self-correction | alexa la capitale della svezia anzi no della norvegia | NO
self-correction | alexa mulo la capitale de l'austria no scusa de l'ungheria | HU
self-correction | alexa mena la capitale della grecia cioè di cipro | CY
self-correction | alexa ciò la capitale del perù volevo dire del cile | CL
self-correction | alexa la capitale dell'iran no aspetta dell'iraq | IQ
self-correction | alexa la capitale della nigeria anzi del niger | NE
self-correction | alexa la capitale del senegal mi correggo del gambia | GM
self-correction | alexa la capitale della guinea no della guinea equatoriale | GQ
self-correction | alexa la capitale dell'austria scusa dell'australia | AU
self-correction | alexa la capitale della slovacchia no no della slovenia | SI
self-correction | alexa la capitale del mali volevo dire della mauritania | MR
self-correction | alexa raga la capitale della colombia anzi no del venezuela | VE
self-correction | alexa la capitale della lettonia ops della lituania | LT
self-correction | alexa la capitale della dominica cioè della repubblica dominicana | DO
self-correction | alexa la capitale del sudan no del sud sudan | SS
self-correction | alexa la capitale dell'armenia anzi meglio dell'azerbaigian | AZ
self-correction | alexa la capitale del paraguay no intendevo dell'uruguay | UY
self-correction | alexa dobra capitale di moldavia no scusa di romania | RO
reverse-question | alexa canberra è la capitale di quale paese | CITY:Canberra
reverse-question | alexa mulo lisbona de che paese xe capitale | CITY:Lisbona
reverse-question | alexa mena nairobi di che stato è capitale | CITY:Nairobi
reverse-question | alexa ottawa capitale di cosa | CITY:Ottawa
reverse-question | alexa di quale paese è capitale wellington | CITY:Wellington
reverse-question | alexa hanoi è la capitale di | CITY:Hanoi
reverse-question | alexa a che nazione appartiene la capitale manila | CITY:Manila
reverse-question | alexa reykjavík di che paese è la capitale | CITY:Reykjavík
reverse-question | alexa di chi è capitale ulan bator | CITY:Ulan Bator
reverse-question | alexa tbilisi è capitale di quale stato | CITY:Tbilisi
reverse-question | alexa bamako è la capitale di quale paese africano | CITY:Bamako
reverse-question | alexa dakar di che paese è capitale | CITY:Dakar
reverse-question | alexa paramaribo capitale de che | CITY:Paramaribo
reverse-question | alexa tegucigalpa di che paese è capitale | CITY:Tegucigalpa
reverse-question | alexa vientiane in che paese è capitale | CITY:Vientiane
reverse-question | alexa ashgabat è capitale di che repubblica | CITY:Ashgabat
reverse-question | alexa port moresby quale paese ha come capitale | CITY:Port Moresby
reverse-question | alexa bishkek è capitale di quale paese | CITY:Bishkek
reverse-question | alexa windhoek di che paese è capitale | CITY:Windhoek
reverse-question | alexa gaborone di che nazione è capitale | CITY:Gaborone
reverse-question | alexa mogadiscio è capitale di | CITY:Mogadiscio
reverse-question | alexa lilongwe quale paese | CITY:Lilongwe
reverse-question | alexa nuuk di cosa è capitale | CITY:Nuuk
reverse-question | alexa hobart è la capitale di che cosa | CITY:Hobart
reverse-question | alexa sacramento è capitale di quale stato americano | CITY:Sacramento
reverse-question | alexa edimburgo di cosa è capitale | CITY:Edimburgo
official-name | alexa la capitale della repubblica federale di germania | DE
official-name | alexa la capitale della repubblica francese | FR
official-name | alexa la capitale della confederazione svizzera | CH
official-name | alexa mulo la capitale della repubblica de slovenia | SI
official-name | alexa la capitale della repubblica popolare cinese | CN
official-name | alexa la capitale della federazione russa | RU
official-name | alexa la capitale del regno di spagna | ES
official-name | alexa la capitale del regno unito di gran bretagna e irlanda del nord | GB
official-name | alexa la capitale della repubblica islamica dell'iran | IR
official-name | alexa la capitale della repubblica araba d'egitto | EG
official-name | alexa la capitale degli stati uniti messicani | MX
official-name | alexa la capitale della repubblica federativa del brasile | BR
official-name | alexa la capitale del regno di eswatini | SZ
official-name | alexa la capitale della repubblica democratica del congo | CD
official-name | alexa la capitale della repubblica del congo | CG
official-name | alexa la capitale della repubblica di corea | KR
official-name | alexa la capitale della repubblica popolare democratica di corea | KP
official-name | alexa la capitale del regno hascemita di giordania | JO
official-name | alexa la capitale del principato del liechtenstein | LI
official-name | alexa la capitale del granducato di lussemburgo | LU
official-name | alexa la capitale della repubblica ellenica | GR
official-name | alexa la capitale della repubblica ceca | CZ
official-name | alexa la capitale del commonwealth dell'australia | AU
official-name | alexa la capitale della repubblica socialista del vietnam | VN
official-name | alexa la capitale del regno di thailandia | TH
official-name | alexa la capitale della repubblica dell'unione del myanmar | MM
everyday-name | alexa la capitale dell'olanda | NL
everyday-name | alexa mulo la capitale de l'america | US
everyday-name | alexa la capitale dell'inghilterra | GB-ENG
everyday-name | alexa la capitale della birmania | MM
everyday-name | alexa la capitale della persia | IR
everyday-name | alexa la capitale del siam | TH
everyday-name | alexa la capitale di ceylon | LK
everyday-name | alexa la capitale dello zaire | CD
everyday-name | alexa la capitale della russia bianca | BY
everyday-name | alexa la capitale della bielo russia | BY
everyday-name | alexa la capitale degli emirati | AE
everyday-name | alexa la capitale della cechia o come si dice adesso | CZ
everyday-name | alexa la capitale della gran bretagna | GB
everyday-name | alexa la capitale del dahomey | BJ
everyday-name | alexa la capitale di formosa | TW
everyday-name | alexa la capitale della rhodesia | ZW
everyday-name | alexa la capitale della macedonia | MK
everyday-name | alexa la capitale della moldova | MD
everyday-name | alexa la capitale del kirghizstan | KG
everyday-name | alexa la capitale dell'uk | GB
everyday-name | alexa la capitale degli usa | US
everyday-name | alexa la capitale della tailandia | TH
everyday-name | alexa la capitale della santa sede | VA
everyday-name | alexa la capitale della rdc | CD
shared-name | alexa la capitale del congo | CD+CG
shared-name | alexa mulo la capitale del congo | CD+CG
shared-name | alexa qual è la capitale dei due congo | CD+CG
shared-name | alexa la capitale del congo quello grande con kinshasa | CD
shared-name | alexa la capitale del congo brazzaville | CG
shared-name | alexa la capitale del congo belga di una volta | CD
shared-name | alexa la capitale della corea | KP+KR
shared-name | alexa mena la capitale de la corea | KP+KR
shared-name | alexa le capitali delle due coree | KP+KR
shared-name | alexa la capitale della corea quella del nord | KP
shared-name | alexa la capitale della corea del kpop | KR
shared-name | alexa la capitale della georgia | GE+US-GA
shared-name | alexa ciò la capitale de la georgia | GE+US-GA
shared-name | alexa la capitale dello stato americano della georgia | US-GA
shared-name | alexa la capitale della georgia quella vicino alla russia | GE
shared-name | alexa la capitale della georgia in america | US-GA
shared-name | alexa la capitale delle isole vergini | VG+VI
shared-name | alexa la capitale delle isole vergini americane | VI
shared-name | alexa la capitale delle isole vergini inglesi | VG
shared-name | alexa la capitale della corea comunista | KP
follow-up | alexa e quella della spagna | ES
follow-up | alexa mulo e la capitale de la slovacchia invece | SK
follow-up | alexa mena e mo quella dell'albania | AL
follow-up | alexa e invece la francia | FR
follow-up | alexa e per il portogallo | PT
follow-up | alexa ok e l'egitto | EG
follow-up | alexa ciò e quela de l'austria | AT
follow-up | alexa bene e adesso la norvegia | NO
follow-up | alexa e la danimarca allora | DK
follow-up | alexa perfetto adesso dimmi il cile | CL
follow-up | alexa e del perù | PE
follow-up | alexa dobra e di ungheria | HU
follow-up | alexa e quella del kenya | KE
follow-up | alexa bòja e l'argentina | AR
follow-up | alexa ancora una e il messico | MX
follow-up | alexa un'altra la tunisia | TN
follow-up | alexa poi la giordania | JO
follow-up | alexa e dopo quella del qatar | QA
follow-up | alexa e l'oman | OM
follow-up | alexa raga e la croazia | HR
follow-up | alexa grazie e quella della finlandia | FI
follow-up | alexa allora e l'irlanda | IE
follow-up | alexa mo e l'etiopia | ET
follow-up | alexa ane and capitale di nepal | NP
subdivision | alexa la capitale della baviera | DE-BY
out-of-domain | alexa mulo la capitale de la carinzia | FB
out-of-domain | alexa ciò el capoluogo del tirolo austriaco | FB
subdivision | alexa la capitale della scozia | GB-SCT
subdivision | alexa la capitale del galles | GB-WLS
subdivision | alexa la capitale dell'irlanda del nord | GB-NIR
subdivision | alexa la capitale della california | US-CA
subdivision | alexa la capitale del texas | US-TX
subdivision | alexa la capitale della florida | US-FL
subdivision | alexa la capitale dello stato di new york | US-NY
subdivision | alexa la capitale dell'ontario | CA-ON
subdivision | alexa la capitale del québec | CA-QC
subdivision | alexa la capitale della columbia britannica | CA-BC
subdivision | alexa la capitale del nuovo galles del sud | AU-NSW
subdivision | alexa la capitale del queensland | AU-QLD
subdivision | alexa la capitale della tasmania | AU-TAS
subdivision | alexa la capitale della sassonia | DE-SN
subdivision | alexa la capitale dell'assia | DE-HE
subdivision | alexa la capitale del baden-württemberg | DE-BW
subdivision | alexa la capitale della renania settentrionale-vestfalia | DE-NW
subdivision | alexa la capitale del maharashtra | IN-MH
subdivision | alexa la capitale del kerala | IN-KL
subdivision | alexa la capitale del rajasthan | IN-RJ
subdivision | alexa la capitale dello yucatán | MX-YUC
subdivision | alexa la capitale dello stato di bahia | BR-BA
subdivision | alexa la capitale del rio grande do sul | BR-RS
subdivision | alexa la capitale della groenlandia | GL
subdivision | alexa la capitale delle isole fær øer | FO
subdivision | alexa la capitale della polinesia francese | PF
subdivision | alexa la capitale della nuova caledonia | NC
subdivision | alexa la capitale di portorico | PR
subdivision | alexa la capitale delle bermuda | BM
subdivision | alexa la capitale di gibilterra | GI
subdivision | alexa la capitale delle isole cayman | KY
subdivision | alexa la capitale delle falkland | FK
subdivision | alexa la capitale dell'isola di man | IM
subdivision | alexa la capitale di jersey | JE
subdivision | alexa la capitale della martinica | MQ
subdivision | alexa la capitale della riunione | RE
subdivision | alexa la capitale di hong kong | HK
subdivision | alexa la capitale di macao | MO
subdivision | alexa la capitale dell'antartide | AQ
subdivision | alexa la capitale di taiwan | TW
subdivision | alexa la capitale del sahara occidentale | EH
subdivision | alexa la capitale di aruba | AW
subdivision | alexa la capitale di curaçao | CW
subdivision | alexa la capitale dell'alaska | US-AK
subdivision | alexa la capitale delle hawaii | US-HI
subdivision | alexa la capitale dello yukon | CA-YT
subdivision | alexa la capitale del nunavut | CA-NU
subdivision | alexa la capitale di sant'elena | SH
subdivision | alexa la capitale della guyana francese | GF
subdivision | alexa la capitale di amburgo | DE-HH
subdivision | alexa la capitale delle isole cook | CK
subdivision | alexa mulo dime la capitale de la carinzia austriaca anzi no de la baviera | DE-BY
subdivision | alexa mena mio cugino sta in texas qual è la capitale dello stato | US-TX
subdivision | alexa ciò mia sorella la xe andada a vivere in california la capitale de la california qual xe | US-CA
subdivision | alexa la capitale della scozia per la gita con la scuola | GB-SCT
subdivision | alexa bòja ho un cliente a cardiff è la capitale del galles vero | GB-WLS
subdivision | alexa mo la capitale dell'irlanda del nord è belfast o dublino | GB-NIR
subdivision | alexa mio zio emigrato a toronto dice che è la capitale dell'ontario | CA-ON
subdivision | alexa dobra la capitale del québec è montréal | CA-QC
subdivision | alexa chuta la capitale della florida è miami verdad | US-FL
subdivision | alexa raga la capitale dello stato di new york non è new york | US-NY
subdivision | alexa io lavoro a monaco di baviera la capitale della baviera è monaco sì | DE-BY
subdivision | alexa quale è la capitale del land dell'assia | DE-HE
subdivision | alexa la capitale del land sassonia | DE-SN
subdivision | alexa il land della renania-palatinato che capitale ha | DE-RP
subdivision | alexa la capitale del land del brandeburgo | DE-BB
subdivision | alexa ane capitale di stato kerala in india | IN-KL
subdivision | alexa bhai capitale di stato del punjab indiano | IN-PB
subdivision | alexa mio cugino lavora a bangalore capitale del karnataka giusto | IN-KA
subdivision | alexa nha fidju chiede la capitale delle hawaii | US-HI
subdivision | alexa bambini in vacanza in messico la capitale dello yucatán qual è | MX-YUC
subdivision | alexa mia nonna è nata in brasile nello stato di san paolo la capitale dello stato | BR-SP
subdivision | alexa la capitale dello stato di minas gerais | BR-MG
subdivision | alexa el capoluogo dello stato di bahia | BR-BA
subdivision | alexa mulo la capitale de la groenlandia che xe danese | GL
subdivision | alexa ciò la capitale de le isole fær øer | FO
subdivision | alexa io vado in crociera a tahiti la capitale della polinesia francese | PF
subdivision | alexa sto guardando un documentario sulle falkland qual è la loro capitale | FK
subdivision | alexa raga hong kong ha una capitale | HK
subdivision | alexa macao ha una capitale o no | MO
subdivision | alexa l'antartide ce l'ha una capitale | AQ
subdivision | alexa taiwan che capitale ha | TW
subdivision | alexa bambini la capitale del sahara occidentale è laayoune | EH
subdivision | alexa mena la capitale di portorico se chiama san juan | PR
subdivision | alexa mia figlia va in erasmus a edimburgo è la capitale della scozia | GB-SCT
subdivision | alexa la capitale dell'inghilterra è londra come il regno unito | GB-ENG
subdivision | alexa la capitale del territorio del nord australiano | AU-NT
subdivision | alexa la capitale dell'australia occidentale è perth | AU-WA
subdivision | alexa dove sta la capitale del victoria in australia | AU-VIC
subdivision | alexa la capitale dello stato di victoria in australia | AU-VIC
subdivision | alexa la capitale della columbia britannica è vancouver | CA-BC
subdivision | alexa la capitale dell'alberta quale città è | CA-AB
subdivision | alexa la capitale della nuova scozia in canada | CA-NS
subdivision | alexa qual è il capoluogo dell'ontario | CA-ON
subdivision | alexa il capoluogo della baviera | DE-BY
subdivision | alexa il capoluogo della california | US-CA
subdivision | alexa la capitale della louisiana è new orleans | US-LA
subdivision | alexa la capitale dell'illinois è chicago giusto | US-IL
subdivision | alexa la capitale del nevada è las vegas o reno | US-NV
subdivision | alexa la capitale dello stato di washington non è seattle vero | US-WA
subdivision | alexa la capitale della pennsylvania è philadelphia | US-PA
subdivision | alexa la capitale del massachusetts è boston | US-MA
subdivision | alexa la capitale della virginia occidentale | US-WV
subdivision | alexa la capitale del tennessee è nashville o memphis | US-TN
subdivision | alexa la capitale dell'arizona phoenix vero | US-AZ
subdivision | alexa la capitale del colorado per la settimana bianca | US-CO
subdivision | alexa la capitale di guam | GU
subdivision | alexa gibilterra ha una sua capitale | GI
subdivision | alexa la capitale delle isole aland | AX
subdivision | alexa la capitale di guadalupa nei caraibi | GP
subdivision | alexa la capitale delle isole turks e caicos | TC
subdivision | alexa mi sposo alle bermuda qual è la capitale | BM
subdivision | alexa voglio aprire un conto alle cayman la capitale delle isole cayman | KY
subdivision | alexa la capitale di washington dc | US-DC
subdivision | alexa la capitale del distretto federale brasiliano | BR-DF
out-of-domain | alexa la capitale della regione di bruxelles | FB
subdivision | alexa la capitale del land di brema | DE-HB
subdivision | alexa la capitale di mayotte | YT
subdivision | alexa la capitale del territorio della capitale australiana | AU-ACT
subdivision | alexa la capitale di tokelau | TK
subdivision | alexa la capitale di niue | NU
subdivision | alexa la capitale delle svalbard | SJ
subdivision | alexa la capitale di saint pierre e miquelon | PM
subdivision | alexa la capitale di wallis e futuna | WF
subdivision | alexa la capitale del kosovo | XK
subdivision | alexa la capitale del territorio britannico dell'oceano indiano | IO
anziani | alexa senti bella mia come si chiama la capitale {} che l'ho sentita al telegiornale | dell'italia=IT; di san marino=SM; della repubblica di san marino=SM
anziani | alexa sono la signora pina mi dici la capitale {} | di antigua e barbuda=AG; delle barbados=BB; delle bahamas=BS
anziani | alexa mio nipote fa il marinaio su una nave nei caraibi è arrivato {} qual è la capitale | in dominica=DM; a grenada=GD; a saint lucia=LC
anziani | alexa giovanotta la capitale {} per favore parla piano | di saint kitts e nevis=KN; di trinidad e tobago=TT; di saint vincent e grenadine=VC
anziani | alexa ai miei tempi si studiava a memoria la capitale {} ora non me la ricordo più | delle comore=KM; delle isole marshall=MH; di vanuatu=VU
anziani | alexa alla casa di riposo facciamo il quiz la capitale d'italia qual è | IT
anziani | alexa è roma la capitale del nostro paese vero non mi prendere in giro | IT
anziani | alexa mio marito buonanima diceva che la capitale del belgio è bruxelles | BE
anziani | alexa alla tombola della parrocchia è uscito il trentadue e qualcuno ha chiesto la capitale dell'argentina | AR
anziani | alexa sono mezza sorda ripeti la capitale dell'austria | AT
anziani | alexa mio fratello emigrò in australia negli anni sessanta la capitale dell'australia qual è | AU
anziani | alexa mio padre lavorava in miniera a marcinelle la capitale del belgio | BE
anziani | alexa ai miei tempi c'era la jugoslavia adesso la capitale della serbia qual è | RS
anziani | alexa ai miei tempi la capitale della germania era bonn adesso | DE
anziani | alexa quando ero giovane il congo era belga la sua capitale oggi | CD
anziani | alexa figliola dimmi la capitale del venezuela che ci ho i parenti | VE
anziani | alexa lo sai la capitale dell'uruguay mia nonna era di montevideo | UY
anziani | alexa sono vecchio ma voglio imparare la capitale del giappone | JP
anziani | alexa la capitale della russia si chiama ancora mosca | RU
anziani | alexa scusami cara la capitale della libia è tripoli come ai tempi del colonialismo | LY
anziani | alexa quando c'era l'impero la capitale dell'etiopia era addis abeba anche allora | ET
anziani | alexa alla settimana enigmistica la capitale del ciad quattro lettere | TD
anziani | alexa ripetimelo piano piano la capitale del nicaragua | NI
anziani | alexa la capitale delle isole comore scusa non ho capito | KM
anziani | alexa com'è che si chiama la capitale del madagascar quella lunga | MG
caraibi | alexa sono in crociera e siamo attraccati a nassau di che paese è capitale | CITY:Nassau
caraibi | alexa bridgetown è capitale delle barbados o di un altro posto | BB
caraibi | alexa la nave domani va a castries la capitale di saint lucia giusto | LC
caraibi | alexa saint george's è la capitale di grenada | GD
caraibi | alexa roseau di quale isola è capitale | CITY:Roseau
caraibi | alexa port of spain di che paese è capitale | CITY:Port of Spain
caraibi | alexa basseterre è capitale di quale stato caraibico | CITY:Basseterre
caraibi | alexa kingstown è capitale di saint vincent | VC
caraibi | alexa sono a saint john's ad antigua è la capitale | AG
caraibi | alexa le bahamas che capitale hanno | BS
caraibi | alexa trinidad e tobago capitale | TT
caraibi | alexa saint kitts capitale | KN
oceania | alexa sto guardando survivor girato a vanuatu qual è la capitale | VU
oceania | alexa majuro è la capitale delle isole marshall | MH
oceania | alexa moroni è capitale di che cosa | CITY:Moroni
oceania | alexa port vila di che paese è capitale | CITY:Port Vila
oceania | alexa suva è la capitale delle figi | FJ
oceania | alexa apia è capitale di quale paese | CITY:Apia
oceania | alexa funafuti di che stato è capitale | CITY:Funafuti
oceania | alexa nuku'alofa è la capitale di tonga giusto | TO
oceania | alexa honiara capitale di quale paese | CITY:Honiara
oceania | alexa palikir di che paese è capitale | CITY:Palikir
out-of-domain | alexa mulo quando xe la barcolana quest'anno | FB
out-of-domain | alexa ciò dime se ghe xe la bora domani a trieste | FB
out-of-domain | alexa mulo dove se magna el miglior prosciutto cotto in crosta | FB
out-of-domain | alexa mena quanto ci vuole da lecce a otranto in macchina | FB
out-of-domain | alexa osce quando c'è la notte della taranta a melpignano | FB
out-of-domain | alexa mena la capitale del tacco d'italia | FB
out-of-domain | alexa ciò a che ora apre la funivia del monte bondone | FB
out-of-domain | alexa el meteo de la val di fiemme per sabato | FB
out-of-domain | alexa quanto pesa una forma de trentingrana | FB
out-of-domain | alexa bòja quanto stagiona il parmigiano reggiano | FB
out-of-domain | alexa at capìss la capitale della food valley | FB
out-of-domain | alexa mo chi ha vinto il palio di anagni | FB
out-of-domain | alexa mo dimme il capoluogo della provincia de frosinone | FB
out-of-domain | alexa dobra quanto costa il pullman per katowice | FB
out-of-domain | alexa kurcze chiama la signora anna | FB
out-of-domain | alexa la capitale della pomerania polacca | FB
out-of-domain | alexa ane metti musica sinhala | FB
out-of-domain | alexa ane quando è il poya day | FB
out-of-domain | alexa la capitale dello stato di jaffna | FB
out-of-domain | alexa chuta quanto è il cambio dollaro euro | FB
out-of-domain | alexa oye la capitale della sierra ecuadoriana | FB
out-of-domain | alexa nha fidju accendi la televisione | FB
out-of-domain | alexa la capitale dell'isola di sal | FB
out-of-domain | alexa yaar quando gioca il pakistan a cricket | FB
out-of-domain | alexa bhai la capitale del sindh | FB
out-of-domain | alexa selam metti una canzone tigrina | FB
out-of-domain | alexa la capitale del tigray | FB
out-of-domain | alexa raga la capitale dei meme | FB
out-of-domain | alexa bro la capitale di tiktok | FB
out-of-domain | alexa frate qual è la capitale del rap italiano | FB
out-of-domain | alexa raga chi ha vinto sanremo | FB
out-of-domain | alexa la capitale del regno di super mario | FB
out-of-domain | alexa la capitale del paese dei balocchi | FB
out-of-domain | alexa la capitale della terra di mezzo | FB
out-of-domain | alexa la capitale di topolinia | FB
out-of-domain | alexa la capitale dei puffi | FB
out-of-domain | alexa la capitale del paese delle meraviglie | FB
out-of-domain | alexa cantami una ninna nanna | FB
out-of-domain | alexa quanti anni hai alexa | FB
out-of-domain | alexa sei più brava di siri | FB
out-of-domain | alexa la capitale del regno d'italia prima di roma | FB
out-of-domain | alexa la capitale della repubblica sociale italiana | FB
out-of-domain | alexa la capitale del granducato di toscana | FB
out-of-domain | alexa la capitale dello stato pontificio | FB
out-of-domain | alexa la capitale del regno di sardegna | FB
out-of-domain | alexa la capitale della germania est | FB
out-of-domain | alexa la capitale della germania ovest | FB
out-of-domain | alexa la capitale del vietnam del sud | FB
out-of-domain | alexa la capitale dell'impero austroungarico | FB
out-of-domain | alexa la capitale dell'impero romano d'oriente | FB
out-of-domain | alexa la capitale della mesopotamia | FB
out-of-domain | alexa la capitale dell'antico egitto | FB
out-of-domain | alexa la capitale della scandinavia | FB
out-of-domain | alexa la capitale dei balcani | FB
out-of-domain | alexa la capitale del medio oriente | FB
out-of-domain | alexa la capitale dell'america latina | FB
out-of-domain | alexa la capitale del sud america | FB
out-of-domain | alexa la capitale dell'asia | FB
out-of-domain | alexa la capitale dell'oceania | FB
out-of-domain | alexa la capitale del mondo | FB
out-of-domain | alexa la capitale del cioccolato | FB
out-of-domain | alexa la capitale europea della cultura del prossimo anno | FB
out-of-domain | alexa la capitale verde europea | FB
out-of-domain | alexa la capitale del vino | FB
out-of-domain | alexa mio figlio ha ereditato un capitale cosa deve fare | FB
out-of-domain | alexa investire il capitale in borsa conviene | FB
out-of-domain | alexa capitale e interessi del mutuo | FB
out-of-domain | alexa il peccato capitale della gola | FB
out-of-domain | alexa capitale umano cos'è | FB
out-of-domain | alexa il film il capitale umano di virzì | FB
out-of-domain | alexa quanti stati ci sono negli stati uniti | FB
out-of-domain | alexa quante regioni ha l'italia | FB
out-of-domain | alexa quanti paesi ci sono in africa | FB
out-of-domain | alexa in che continente si trova il perù | FB
out-of-domain | alexa dove si trova il burkina faso sulla cartina | FB
out-of-domain | alexa che lingua si parla in svizzera | FB
out-of-domain | alexa quanto è grande la russia | FB
out-of-domain | alexa chi è il re di spagna | FB
out-of-domain | alexa che ore sono a tokyo | FB
out-of-domain | alexa che tempo fa a parigi | FB
out-of-domain | alexa un volo per lisbona quanto costa | FB
out-of-domain | alexa la capitale della lombardia | FB
out-of-domain | alexa la capitale della campania | FB
out-of-domain | alexa la capitale dell'emilia romagna | FB
out-of-domain | alexa la capitale del piemonte | FB
out-of-domain | alexa qual è il capoluogo del molise | FB
out-of-domain | alexa la capitale della calabria è catanzaro o reggio | FB
out-of-domain | alexa la capitale della valle d'aosta | FB
out-of-domain | alexa la capitale della basilicata | FB
out-of-domain | alexa la capitale del cantone ticino | FB
out-of-domain | alexa la capitale del cantone di ginevra | FB
out-of-domain | alexa la capitale della vallonia | FB
out-of-domain | alexa la capitale delle fiandre | FB
out-of-domain | alexa la capitale della normandia | FB
out-of-domain | alexa la capitale della crimea | FB
out-of-domain | alexa la capitale del donbass | FB
out-of-domain | alexa la capitale della transnistria | FB
out-of-domain | alexa la capitale dell'ossezia del sud | FB
out-of-domain | alexa la capitale dell'abcasia | FB
out-of-domain | alexa la capitale del somaliland | FB
out-of-domain | alexa la capitale del nagorno karabakh | FB
out-of-domain | alexa la capitale di cipro nord | FB
out-of-domain | alexa la capitale del kent | FB
out-of-domain | alexa la capitale della cornovaglia | FB
out-of-domain | alexa la capitale della lapponia | FB
stop | alexa mulo xe ora de andar a dormir basta | STOP
stop | alexa mena ca me sta scoppia la capa basta cu ste capitali | STOP
stop | alexa ciò te pol fermarte adesso | STOP
stop | alexa bòja adesso basta che c'è il brodo in tavola | STOP
stop | alexa mo basta che torna mi moje | STOP
stop | alexa dobra dobra basta adesso | STOP
stop | alexa selam basta grazie | STOP
stop | alexa yaar basta adesso | STOP
stop | alexa nha fidju basta ora | STOP
stop | alexa giovanotta basta così grazie mille | STOP
stop | alexa esci dal gioco delle capitali | STOP
stop | alexa chiudi capitali del mondo | STOP
cancel | alexa mulo no volevo dir quel lassa star | CANCEL
cancel | alexa mena annulla ca aggiu sbagliato | CANCEL
cancel | alexa ciò no no annulla la domanda | CANCEL
cancel | alexa bòja annulla che ho sbagliato paese | CANCEL
cancel | alexa mo annulla ca nun era chesta | CANCEL
cancel | alexa kurcze annulla | CANCEL
cancel | alexa ane annulla please | CANCEL
cancel | alexa yaar annulla questo | CANCEL
cancel | alexa bro annulla dai | CANCEL
cancel | alexa annulla cara ho detto una fesseria | CANCEL
cancel | alexa lascia stare non era quella la domanda | CANCEL
launch | alexa mena fai partire capitali del mondo ca imu giocare | LAUNCH
launch | alexa bòja apri capitali del mondo che facciamo il quiz | LAUNCH
launch | alexa mo apri capitali del mondo pe zi peppe | LAUNCH
launch | alexa dobra apri capitali del mondo | LAUNCH
launch | alexa ane open capitali del mondo | LAUNCH
launch | alexa bro avvia capitali del mondo | LAUNCH
launch | alexa giovanotta apri le capitali del mondo per piacere | LAUNCH
launch | alexa chiedi a capitali del mondo | LAUNCH
launch | alexa apri il gioco delle capitali del mondo | LAUNCH
launch | alexa vorrei usare capitali del mondo | LAUNCH
help | alexa mena comu funziona capitali del mondo | HELP
help | alexa giovanotta non ho capito come si fa me lo spieghi | HELP
help | alexa selam aiuto non so come chiedere | HELP
help | alexa chuta como se usa ayuda | HELP
everyday-name | alexa mulo la capitale de l'olanda la xe amsterdam | NL
everyday-name | alexa mena la capitale de la birmania | MM
everyday-name | alexa nonna dice ancora persia la capitale della persia | IR
everyday-name | alexa mio nonno la chiama ceylon la capitale di ceylon qual è | LK
everyday-name | alexa ai miei tempi era lo zaire la capitale dello zaire | CD
everyday-name | alexa bòja la capitale dell'inghilterra per il mio tosatello | GB-ENG
everyday-name | alexa mo la capitale dell'america qual è | US
everyday-name | alexa la capitale della rhodesia di una volta | ZW
everyday-name | alexa la capitale del siam come diceva il libro | TH
everyday-name | alexa raga la capitale della bielo russia | BY
everyday-name | alexa dobra capitale di belarus | BY
everyday-name | alexa la capitale della swaziland | SZ
everyday-name | alexa ane capitale di ceylon mio paese vecchio nome | LK
everyday-name | alexa la capitale della costa d'avorio detta ivory coast | CI
everyday-name | alexa la capitale di formosa cioè taiwan | TW
everyday-name | alexa la capitale degli states | US
everyday-name | alexa la capitale dell'ex birmania | MM
official-name | alexa mulo la capitale de la repubblica de croazia | HR
official-name | alexa mena la capitale della repubblica tunisina | TN
official-name | alexa ciò la capitale del regno di norvegia | NO
official-name | alexa bòja la capitale della repubblica argentina | AR
official-name | alexa dobra capitale di repubblica di polonia | PL
official-name | alexa ane capitale di repubblica socialista democratica di sri lanka | LK
official-name | alexa la capitale della repubblica islamica del pakistan | PK
official-name | alexa la capitale dello stato di eritrea | ER
official-name | alexa la capitale della repubblica federale democratica d'etiopia | ET
official-name | alexa la capitale del regno del marocco | MA
official-name | alexa la capitale della repubblica del sudafrica | ZA
official-name | alexa la capitale della repubblica di capo verde | CV
shared-name | alexa mulo la capitale del congo quel de brazzaville | CG
shared-name | alexa mena la capitale de lu congo | CD+CG
shared-name | alexa bòja la capitale della corea ma quale delle due | KP+KR
shared-name | alexa raga la capitale della corea del sud quella di samsung | KR
shared-name | alexa la capitale della georgia quella di tbilisi | GE
shared-name | alexa la capitale della georgia quella degli stati uniti | US-GA
shared-name | alexa dobra capitale di georgia | GE+US-GA
shared-name | alexa ane capitale di corea | KP+KR
shared-name | alexa le capitali dei due congo | CD+CG
shared-name | alexa la capitale della georgia del caucaso | GE
quiz-tv | alexa stiamo guardando l'eredità e chiedono la capitale {} tu lo sai | del kirghizistan=KG; del tagikistan=TJ; del turkmenistan=TM
quiz-tv | alexa al milionario la domanda da mille euro è la capitale {} | dell'australia=AU; del canada=CA; della turchia=TR
quiz-tv | alexa sbrigati che scade il tempo la capitale {} | del brasile=BR; del pakistan=PK; della nigeria=NG
quiz-tv | alexa il concorrente ha detto sydney per la capitale australiana ha sbagliato vero | AU
quiz-tv | alexa a reazione a catena c'era la capitale della lettonia che era | LV
quiz-tv | alexa alla ghigliottina è uscita la capitale del portogallo | PT
quiz-tv | alexa mia suocera urla alla tv che la capitale del marocco è marrakech | MA
quiz-tv | alexa ho perso a trivial per la capitale del gabon qual era | GA
quiz-tv | alexa al trivial la domanda gialla la capitale della mongolia | MN
quiz-tv | alexa abbiamo il risiko in tavola qual è la capitale dell'afghanistan | AF
parrucchiera | alexa mentre asciugo i capelli alla signora dimmi la capitale {} | della thailandia=TH; della malesia=MY; del vietnam=VN
parrucchiera | alexa la cliente va in vacanza in {} che capitale ha | sri lanka=LK; giordania=JO; oman=OM
parrucchiera | alexa ho le mani nella tinta dimmi tu la capitale della croazia | HR
parrucchiera | alexa la ragazza del lavaggio è di kiev kiev è la capitale dell'ucraina vero | UA
parrucchiera | alexa una cliente dice che la capitale della cambogia è phnom penh è giusto | KH
taxi | alexa ho un cliente in macchina che viene {} qual è la sua capitale | dalla norvegia=NO; dalla danimarca=DK; dall'islanda=IS
taxi | alexa sto portando a malpensa dei signori {} mi dici la capitale del loro paese | giordani=JO; libanesi=LB; iracheni=IQ
taxi | alexa fermo al semaforo dimmi la capitale della colombia | CO
taxi | alexa il cliente dice che la capitale del kazakistan è cambiata come si chiama adesso | KZ
taxi | alexa un signore americano vuole sapere la capitale d'italia ridendo | IT
taxi | alexa ho una turista brasiliana dice che la capitale del brasile non è rio allora qual è | BR
ospedale | alexa turno di notte in reparto dimmi la capitale {} per non addormentarmi | del nepal=NP; del bhutan=BT; del laos=LA
ospedale | alexa il paziente del letto quattro è {} qual è la capitale del suo paese | moldavo=MD; bielorusso=BY; georgiano=GE
ospedale | alexa il medico di guardia viene dal camerun la capitale del camerun | CM
ospedale | alexa l'infermiera nuova è peruviana la capitale del perù | PE
ospedale | alexa c'è una paziente delle filippine qual è la capitale delle filippine | PH
ospedale | alexa durante la pausa caffè la capitale del ghana | GH
pescatori | alexa sul peschereccio ci stiamo annoiando la capitale {} | della tunisia=TN; di malta=MT; della libia=LY
pescatori | alexa la radio di bordo parla di una nave {} qual è la capitale di quel paese | greca=GR; turca=TR; cipriota=CY
pescatori | alexa abbiamo pescato con un equipaggio egiziano la capitale dell'egitto è il cairo | EG
pescatori | alexa il marinaio senegalese dice che dakar è la capitale del senegal | SN
pescatori | alexa la capitale della mauritania dove vanno i pescherecci spagnoli | MR
radioamatori | alexa ho appena collegato un radioamatore {} qual è la capitale | neozelandese=NZ; argentino=AR; sudafricano=ZA
radioamatori | alexa stanotte in onde corte ho sentito una stazione del paraguay la capitale | PY
radioamatori | alexa ho fatto un collegamento con le isole salomone la capitale qual è | SB
radioamatori | alexa il prefisso radio è delle isole marshall la capitale | MH
radioamatori | alexa ho sentito un segnale da kiribati che capitale hanno | KI
radioamatori | alexa mi è arrivata una cartolina qsl da tuvalu la capitale | TV
sposi | alexa per il viaggio di nozze scegliamo tra {} dimmi la capitale | le seychelles=SC; le maldive=MV; mauritius=MU
sposi | alexa i tavoli del matrimonio hanno il nome di una capitale quella {} | del giappone=JP; del messico=MX; del kenya=KE
sposi | alexa la sposa vuole la luna di miele in polinesia francese la capitale | PF
sposi | alexa il testimone è islandese la capitale dell'islanda come si pronuncia | IS
sposi | alexa la wedding planner dice che la capitale delle bahamas è nassau | BS
sci | alexa in coda allo skilift dimmi la capitale {} | dell'austria=AT; della slovenia=SI; della svizzera=CH
sci | alexa il maestro di sci è {} che capitale ha il suo paese | andorrano=AD; slovacco=SK; ceco=CZ
sci | alexa in seggiovia mi chiedo la capitale del liechtenstein | LI
sci | alexa al rifugio c'è una comitiva di finlandesi la capitale della finlandia | FI
sci | alexa a cervinia ho sentito parlare russo la capitale della russia | RU
podcast | alexa sto registrando un podcast di geografia mi confermi la capitale {} | dell'uzbekistan=UZ; dell'armenia=AM; dell'azerbaigian=AZ
podcast | alexa per la puntata di domani la capitale {} | del sudan=SD; del sud sudan=SS; dell'eritrea=ER
podcast | alexa per il mio canale youtube la capitale del myanmar oggi | MM
podcast | alexa nel podcast ho detto che la capitale della bolivia è la paz ho sbagliato | BO
podcast | alexa la capitale del burkina faso per l'episodio sull'africa | BF
scuola | alexa maestro sono la classe quarta b la capitale {} | della francia=FR; della spagna=ES; della germania=DE
scuola | alexa sto facendo la verifica di geografia la capitale {} | del belgio=BE; dell'olanda=NL; del lussemburgo=LU
scuola | alexa prof mi ha dato da studiare la capitale {} aiutami | dell'india=IN; della cina=CN; dell'indonesia=ID
scuola | alexa la maestra ha detto che la capitale del canada non è montréal quale è | CA
scuola | alexa per la ricerca sull'america centrale la capitale di panama | PA
scuola | alexa sto colorando la cartina la capitale del costa rica | CR
scuola | alexa nel libro c'è scritto dacca capitale del bangladesh è giusto | BD
scuola | alexa io devo imparare la capitale dello yemen | YE
scuola | alexa la capitale del kuwait si chiama come il paese | KW
scuola | alexa la capitale del bahrein per la verifica | BH
scuola | alexa la capitale degli emirati arabi è dubai vero | AE
scuola | alexa la capitale dell'arabia saudita è la mecca | SA
scuola | alexa la capitale di israele per la ricerca di storia | IL
scuola | alexa la capitale del qatar è doha mi pare | QA
triestini | alexa mulo la capitale de l'irlanda xe dublino o belfast | IE
triestini | alexa ciò me scordo sempre la capitale de la lituania | LT
triestini | alexa al buffet da pepi un turista me ga domandà la capitale del portogallo | PT
triestini | alexa varda che la capitale de la romania xe bucarest no budapest vero | RO
triestini | alexa la capitale de la finlandia la xe helsinki | FI
triestini | alexa el mio amigo xe de sarajevo xe la capitale de la bosnia | BA
triestini | alexa no se pol ricordarse tuto la capitale de l'armenia | AM
salentini | alexa osce me vene lu dubbio la capitale dell'algeria è algeri | DZ
salentini | alexa mena ca lu nipote studia la capitale de lu kenya | KE
salentini | alexa la capitale della grecia ca nui simu vicini | GR
salentini | alexa nu sacciu se la capitale dell'albania è tirana o durazzo | AL
salentini | alexa mena la capitale de la turchia ca ce vae la sposa | TR
salentini | alexa cce ete la capitale dell'egitto | EG
salentini | alexa ohi la capitale de l'iran | IR
trentini | alexa ciò la capitale de la germania per el popà | DE
trentini | alexa dai ben la capitale dell'austria xe vienna o salisburgo | AT
trentini | alexa el me vicin xe de amsterdam dice che xe la capitale | NL
trentini | alexa son drio a far el presepe e me vien in mente la capitale de israele | IL
trentini | alexa la capitale de la slovenia per la gita del cai | SI
trentini | alexa la capitale de la danimarca la me sfugge | DK
parmigiani | alexa at capìss la capitale dell'inghilterra è londra | GB-ENG
parmigiani | alexa bòja la capitale della cina è pechino o shanghai | CN
parmigiani | alexa ragàs la capitale del giappone | JP
parmigiani | alexa al teatro regio c'è un tenore coreano la capitale della corea del sud | KR
parmigiani | alexa pö la capitale della russia | RU
parmigiani | alexa la capitale dell'ungheria per la zia | HU
ciociari | alexa mo la capitale della francia pe mi nipote | FR
ciociari | alexa zi peppe dice ca la capitale della spagna è barcellona | ES
ciociari | alexa mo comme se chiama la capitale dell'inghilterra | GB-ENG
ciociari | alexa la capitale della germania mo dimmela | DE
ciociari | alexa ce sta nu ragazzo indiano che lavora nei campi la capitale dell'india | IN
polacche | alexa io no capisco capitale di canada | CA
polacche | alexa signora chiede capitale di portogallo | PT
polacche | alexa capitale di ucraina per mia vicina | UA
polacche | alexa io pulisco e tu dici capitale di lettonia | LV
polacche | alexa capitale di estonia è tallinn tak | EE
srilankesi | alexa ane capitale di india è nuova delhi | IN
srilankesi | alexa machan capitale di bangladesh | BD
srilankesi | alexa mio capo chiede capitale di thailandia | TH
srilankesi | alexa capitale di singapore per mio cugino | SG
ecuadoriani | alexa oye la capitale del perù es lima | PE
ecuadoriani | alexa mijo la capitale della colombia | CO
ecuadoriani | alexa ñaño dimmi la capitale del messico | MX
ecuadoriani | alexa la capitale de cuba es l'avana verdad | CU
ecuadoriani | alexa la capitale del cile santiago | CL
capoverdiane | alexa nha mãe vuole la capitale del senegal | SN
capoverdiane | alexa la capitale del brasile pe favore | BR
capoverdiane | alexa la capitale della guinea conakry | GN
pakistani | alexa bhai capitale di arabia saudita | SA
pakistani | alexa capitale di emirati io lavoro prima a dubai | AE
pakistani | alexa yaar capitale di turchia | TR
pakistani | alexa capitale di cina per bambino | CN
eritrei | alexa selam capitale di etiopia | ET
eritrei | alexa capitale di somalia mogadiscio giusto | SO
eritrei | alexa capitale di kenya per mia sorella | KE
eritrei | alexa capitale di gibuti è gibuti | DJ
ragazzi | alexa raga la capitale del sudafrica quale è | ZA
ragazzi | alexa bro la capitale del mozambico | MZ
ragazzi | alexa no vabbè la capitale dell'angola | AO
ragazzi | alexa tipo la capitale dell'uganda | UG
ragazzi | alexa frate la capitale del ruanda è kigali | RW
bambini | alexa mi dici la capitale dell'africa dove ci sono i leoni | FB
bambini | alexa io voglio sapere la capitale della cina dei panda | CN
bambini | alexa la capitale dei canguri | FB
bambini | alexa mamma dice di chiederti la capitale dell'egitto delle piramidi | EG
bambini | alexa la capitale del brasile dove giocano a calcio | BR
bambini | alexa la capitale della francia con la torre | FR
bambini | alexa la capitale dell'inghilterra dove c'è la regina | GB-ENG
anziani | alexa cara la capitale della francia me la ripeti | FR
anziani | alexa signorina la capitale del portogallo che ci sono stato in pellegrinaggio a fatima | PT
anziani | alexa la capitale della polonia che c'era il papa polacco | PL
anziani | alexa la capitale dell'irlanda per la mia amica | IE
anziani | alexa la capitale della svezia che c'è il nobel | SE
anziani | alexa la capitale della grecia dove si fanno le olimpiadi | GR
yes-no-check | alexa mulo la capitale de la slovenia xe maribor o me sbaglio | SI
yes-no-check | alexa mena è vero ca la capitale dell'albania è durazzo | AL
yes-no-check | alexa ciò la capitale del trentino no dico de la svizzera xe ginevra | CH
yes-no-check | alexa bòja la capitale del canada è vancouver sì o no | CA
yes-no-check | alexa dobra capitale di polonia è cracovia sì | PL
yes-no-check | alexa ane capitale di sri lanka è colombo vero | LK
yes-no-check | alexa oye la capitale dell'ecuador è guayaquil sì o no | EC
yes-no-check | alexa la capitale dell'eritrea è massaua giusto | ER
yes-no-check | alexa raga la capitale del sudafrica è johannesburg vero | ZA
yes-no-check | alexa giovanotta la capitale del perù è cusco | PE
self-correction | alexa mulo la capitale de la serbia no spetta del montenegro | ME
self-correction | alexa mena la capitale de la tunisia anzi de l'algeria | DZ
self-correction | alexa ciò la capitale de la norvegia no volevo dir de la finlandia | FI
self-correction | alexa bòja la capitale del brasile anzi no dell'argentina | AR
self-correction | alexa ane capitale di india no scusa di pakistan | PK
self-correction | alexa oye la capitale del guatemala no del honduras | HN
self-correction | alexa raga la capitale della corea del nord anzi del sud | KR
self-correction | alexa cara la capitale della francia cioè volevo dire del belgio | BE
follow-up | alexa mulo e la romania | RO
follow-up | alexa mena e lu marocco | MA
follow-up | alexa ciò e l'olanda | NL
follow-up | alexa bòja e la cina | CN
follow-up | alexa dobra e lituania | LT
follow-up | alexa ane e pakistan | PK
follow-up | alexa oye y el ecuador | EC
follow-up | alexa cara e dell'inghilterra | GB-ENG
follow-up | alexa raga e il ghana | GH
reverse-question | alexa mulo belgrado de che paese la xe capitale | CITY:Belgrado
reverse-question | alexa mena tirana è capitale de quale paese | CITY:Tirana
reverse-question | alexa ciò bratislava la xe capitale de cossa | CITY:Bratislava
reverse-question | alexa bòja dushanbe di che paese è capitale | CITY:Dushanbe
reverse-question | alexa dobra vilnius è capitale di chi | CITY:Vilnius
reverse-question | alexa ane colombo di che paese è capitale | CITY:Colombo
reverse-question | alexa oye asunción capitale de qué paese | CITY:Asunción
reverse-question | alexa selam asmara di che paese è capitale | CITY:Asmara
reverse-question | alexa raga monrovia di chi è capitale | CITY:Monrovia
reverse-question | alexa cara praga che capitale è | CITY:Praga"""

if __name__ == "__main__":
    build_round(37, "it", LINES, sys.argv, "tests/Eval/it/round37/source/build_corpus.py")
