"""Round 27, Italian (it-IT): a new author's own mix, written blind. Speakers chosen away from the regions and groups of
the earlier Italian rounds' "How it was written" paragraphs: Maltese who learnt Italian from Rai television ("mela",
"iva", "ejja", "le", "grazzi", "il nannu"), Griko-speaking elders of the Salento's Grecìa ("kalimera", "kalinitta",
"efcharistò", Calimera and Martano), Catalan speakers of Alghero ("bon dia", "mercès", "adéu", "el meu avi"), Slovenes
of the Trieste Karst and Gorizia ("dober dan", "hvala", "no ja", Opicina), Ciociari of Frosinone and the Lower Lazio
("mo dimme na cosa", "ècco", "che ne saccio", "se so messi a discute"), Italo-Venezuelans back in Italy ("chamo", "epa",
"pana", "vale", "qué chévere"), Iranian students of the Turin and Milan polytechnics ("khob", "merci", "baba", "areh",
"vay"), Japanese and Korean violin makers and singers of Cremona and Milan ("ano", "eto", "sumimasen", "ne", "aigo"),
Keralan nurses of Rome and Lombardy ("entha", "sheri", "chechi", a night shift), Ecuadorians of Genoa ("achachay",
"ñaño", "chuta", "de ley"), German retirees on Lake Garda ("na ja", "ach so", "moment mal", "bitte"). Situations: the
parish after-school club and its geography sheets; the Milano Cortina winter Olympics on television (curling, bob,
biathlon, skating); where goods come from (a coffee roaster, a florist, a chocolatier, a carpet shop, a tea shop, a
spice stall); backpacking, Interrail, the Camino, a motorbike to the North Cape, a cargo ship; phone games and board
games (a country-shape guessing game, Ticket to Ride, a geography quiz on a phone, a language app); jobs around the
house (painting a wall, a shelf, bathing the dog, knitting, fresh pasta, cleaning fish); a local radio's live show and
a newsroom; sport on television (volleyball, water polo, fencing, athletics, padel). Plus plain questions, fillers and
hesitations, follow-ups, yes/no checks, self-corrections with a marker ("anzi", "no aspetta", "volevo dire", "scusa",
"mi correggo"), reverse questions, official, old and everyday names, shared names, plurals of every several-capital
country and Palestine, subdivisions and territories, out-of-domain near misses, help, stop, cancel, launch and one-shot
requests with the invocation name "capitali del mondo", and what it-IT recognition writes (lost accents, split or
joined words, phonetic spellings).
`python3 tests/Eval/it/round27/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 27's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Maltese who learnt their Italian from Rai television.
malta | mela alexa qual è la capitale {} | della libia=LY; della tunisia=TN; dell'algeria=DZ
malta | ejja alexa dimmi un po la capitale {} | del marocco=MA; dell'egitto=EG
malta | iva iva alexa e la capitale {} allora | del libano=LB; di cipro=CY
malta | alexa il mio nannu guardava la rai e sapeva la capitale {} io no | della grecia=GR; dell'albania=AL
malta | alexa insomma mela la capitale {} qual è | della giordania=JO; di israele=IL; del kuwait=KW
malta | alexa a gozo non ci capiamo tra cugini la capitale {} qual è | di san marino=SM; del portogallo=PT
malta | grazzi alexa e adesso la capitale {} | dell'arabia saudita=SA; della siria=SY
malta | alexa ta mia zia a la valletta vuole sapere la capitale {} | della turchia=TR; dell'italia=IT
# Griko-speaking elders of the Salento's Grecìa.
griko | kalimera alexa la capitale {} me la dici | della bulgaria=BG; della macedonia del nord=MK; della serbia=RS
griko | alexa a calimera parliamo griko ma la capitale {} non la sa nessuno | del montenegro=ME; della bosnia ed erzegovina=BA
griko | alexa efcharistò e ora la capitale {} | della romania=RO; della moldavia=MD
griko | alexa la mia comare di martano chiede la capitale {} | della croazia=HR; della slovenia=SI
griko | alexa kalinitta ma prima dimmi la capitale {} | dell'ungheria=HU; di malta=MT
# Catalan speakers of Alghero.
alghero | bon dia alexa qual è la capitale {} | della spagna=ES; di andorra=AD
alghero | alexa a l'alguer diciamo mercès ma tu dimmi la capitale {} | della francia=FR; di monaco=MC
alghero | mercès alexa e poi la capitale {} | del lussemburgo=LU; del belgio=BE
alghero | alexa el meu avi vuole sapere la capitale {} | della svizzera=CH; dell'irlanda=IE
alghero | alexa io sto sul porto di alghero con le barche la capitale {} qual è | di capo verde=CV; di são tomé e príncipe=ST
# Slovenes of the Trieste Karst and Gorizia.
carso | dober dan alexa la capitale {} qual è | della slovacchia=SK; della cechia=CZ; dell'austria=AT
carso | alexa hvala e ora dimmi la capitale {} | della polonia=PL; della lituania=LT
carso | no ja alexa la capitale {} come si chiama | della lettonia=LV; dell'estonia=EE
carso | alexa a opicina mio zio chiede la capitale {} | della bielorussia=BY; dell'ucraina=UA
carso | alexa sono al confine di gorizia e mi viene in mente la capitale {} qual è | della russia=RU; della georgia caucasica=GE
# Ciociari of Frosinone and the Lower Lazio.
ciociaria | alexa mo dimme na cosa la capitale {} | del kenya=KE; dell'uganda=UG; della tanzania=TZ
ciociaria | ècco alexa che ne saccio io la capitale {} dimmela tu | del ruanda=RW; del burundi=BI
ciociaria | alexa a frosinone al bar se so messi a discute sulla capitale {} | dell'etiopia=ET; della somalia=SO
ciociaria | alexa nonno sta a chiede la capitale {} | dell'eritrea=ER; di gibuti=DJ
ciociaria | alexa sbrìgate la capitale {} qual è | del sudan=SD; del sud sudan=SS
ciociaria | alexa a ceccano stamo a fa la sagra e uno chiede la capitale {} | del malawi=MW; del mozambico=MZ
# Italo-Venezuelans back in Italy.
venezuela-ritorno | chamo alexa qual è la capitale {} | del venezuela=VE; della colombia=CO; dell'ecuador=EC
venezuela-ritorno | epa alexa dimmi la capitale {} pana | del perù=PE; del cile=CL
venezuela-ritorno | alexa vale vale e la capitale {} | di trinidad e tobago=TT; della guyana=GY
venezuela-ritorno | alexa mia mamma è nata a caracas e il nonno a salerno dimmi la capitale {} | del suriname=SR; di panama=PA
venezuela-ritorno | qué chévere alexa e la capitale {} qual è | di aruba=AW; di curaçao=CW; di grenada=GD
# Iranian students of the Turin and Milan polytechnics.
studenti-iraniani | khob alexa la capitale {} qual è | dell'afghanistan=AF; del pakistan=PK; del tagikistan=TJ
studenti-iraniani | alexa merci e adesso la capitale {} | del turkmenistan=TM; dell'uzbekistan=UZ
studenti-iraniani | baba alexa studio al politecnico di torino dimmi la capitale {} | dell'azerbaigian=AZ; dell'armenia=AM
studenti-iraniani | alexa areh areh e la capitale {} | dell'iraq=IQ; dell'iran=IR
studenti-iraniani | vay alexa ho l'esame domani e non so la capitale {} | del kazakistan=KZ; del kirghizistan=KG
# Japanese and Korean violin makers and singers of Cremona and Milan.
cremona-musicisti | ano alexa scusi la capitale {} qual è | del giappone=JP; della mongolia=MN
cremona-musicisti | sumimasen alexa la capitale {} per favore | della cina=CN; di taiwan=TW
cremona-musicisti | alexa eto eto la capitale {} | del vietnam=VN; del laos=LA; della cambogia=KH
cremona-musicisti | ne alexa io sono coreana studio violino la capitale {} | della corea del sud=KR; della corea del nord=KP
cremona-musicisti | aigo alexa ho finito le prove dimmi la capitale {} | della thailandia=TH; del myanmar=MM
cremona-musicisti | alexa sto verniciando un violino la capitale {} me la dici | delle filippine=PH; dell'indonesia=ID; del brunei=BN
# Keralan nurses of Rome and Lombardy.
infermiere-kerala | alexa entha la capitale {} | dell'india=IN; del nepal=NP; del bhutan=BT
infermiere-kerala | sheri sheri alexa e la capitale {} | del bangladesh=BD; delle maldive=MV
infermiere-kerala | alexa la chechi mi ha chiesto in pausa la capitale {} | dell'oman=OM; del qatar=QA; del bahrein=BH
infermiere-kerala | alexa finito il turno di notte la capitale {} qual era | degli emirati arabi uniti=AE; dello yemen=YE
infermiere-kerala | alexa il paziente del letto quattro viene {} qual è la capitale | da mauritius=MU; dalle seychelles=SC
# Ecuadorians of Genoa.
ecuador-genova | achachay che freddo a genova alexa la capitale {} | della costa rica=CR; del nicaragua=NI
ecuador-genova | ñaño alexa dimmi la capitale {} | dell'honduras=HN; del guatemala=GT
ecuador-genova | chuta alexa non mi ricordo la capitale {} | di el salvador=SV; del belize=BZ
ecuador-genova | alexa de ley tu sai la capitale {} | del paraguay=PY; dell'uruguay=UY; dell'argentina=AR
ecuador-genova | alexa la mia vicina di sampierdarena chiede la capitale {} | di cuba=CU; della repubblica dominicana=DO; del messico=MX
# German retirees on Lake Garda.
garda-tedeschi | na ja alexa la capitale {} bitte | della germania=DE; della danimarca=DK
garda-tedeschi | ach so alexa e la capitale {} | della norvegia=NO; della svezia=SE; della finlandia=FI
garda-tedeschi | alexa moment mal la capitale {} come si chiama | dell'islanda=IS; del liechtenstein=LI
garda-tedeschi | alexa ho una casa a malcesine e mia moglie chiede la capitale {} | del regno unito=GB; degli stati uniti=US
garda-tedeschi | alexa ich bin neu qui la capitale {} bitte schön | dell'australia=AU; del canada=CA
# The parish after-school club.
doposcuola | alexa al doposcuola dobbiamo trovare la capitale {} | del camerun=CM; del gabon=GA; del ciad=TD
doposcuola | alexa don luca ha detto di chiedere a te la capitale {} | della nigeria=NG; del niger=NE
doposcuola | alexa la scheda di geografia chiede la capitale {} | del mali=ML; del senegal=SN; della mauritania=MR
doposcuola | alexa il mio compagno dice che la capitale {} è facile allora dimmela | del ghana=GH; del togo=TG
doposcuola | alexa devo colorare la cartina e scrivere la capitale {} | della guinea=GN; della guinea bissau=GW; della sierra leone=SL
doposcuola | alexa la prof vuole per lunedì la capitale {} | della liberia=LR; del gambia=GM
doposcuola | alexa aiutami coi compiti del doposcuola la capitale {} | dell'angola=AO; dello zambia=ZM; dello zimbabwe=ZW
doposcuola | alexa la suora del doposcuola non si ricorda la capitale {} | della namibia=NA; del botswana=BW; del lesotho=LS
# The Milano Cortina winter Olympics on television.
olimpiadi-invernali | alexa sto guardando il curling e mi chiedo la capitale {} | del canada=CA; della nuova zelanda=NZ
olimpiadi-invernali | alexa a cortina gareggia uno sciatore {} qual è la capitale di quel paese | della giamaica=JM; di haiti=HT; del ghana=GH
olimpiadi-invernali | alexa nel bob è arrivata quarta la squadra {} qual è la capitale | della lettonia=LV; della svizzera=CH
olimpiadi-invernali | alexa alla sfilata delle olimpiadi invernali c'era anche la squadra {} dimmi la capitale | di timor est=TL; delle isole figi=FJ; del nepal=NP
olimpiadi-invernali | alexa la pattinatrice che ha vinto viene {} e la capitale qual è | dalla corea del sud=KR; dai paesi bassi=NL; dal kazakistan=KZ
olimpiadi-invernali | alexa durante il biathlon il telecronista non sapeva la capitale {} tu la sai | dell'estonia=EE; della slovenia=SI
# Where goods come from: coffee, flowers, cocoa, carpets, tea, spices.
origine-prodotti | alexa sto tostando un caffè {} qual è la capitale di lì | dell'etiopia=ET; del guatemala=GT; dell'honduras=HN
origine-prodotti | alexa le rose di oggi vengono {} che capitale ha | dal kenya=KE; dall'ecuador=EC; dalla colombia=CO
origine-prodotti | alexa il cacao di questa tavoletta viene {} qual è la capitale | dalla costa d'avorio=CI; da são tomé=ST; dal madagascar=MG
origine-prodotti | alexa questo tappeto viene {} dimmi la capitale | dal turkmenistan=TM; dall'afghanistan=AF; dall'azerbaigian=AZ
origine-prodotti | alexa il tè che vendo viene {} qual è la capitale di quel paese | dal bhutan=BT; dallo sri lanka=LK; dal nepal=NP
origine-prodotti | alexa la vaniglia al banco delle spezie viene {} capitale | dalle comore=KM; da tonga=TO
origine-prodotti | alexa in negozio abbiamo il caffè {} ma la capitale non la so | della papua nuova guinea=PG; del burundi=BI; del ruanda=RW
# Backpacking, Interrail, the Camino, a motorbike north, a cargo ship.
viaggi-zaino | alexa con l'interrail arrivo fino in {} qual è la capitale | lituania=LT; bulgaria=BG; romania=RO
viaggi-zaino | alexa finito il cammino di santiago voglio andare in {} che capitale ha | portogallo=PT; marocco=MA
viaggi-zaino | alexa vado in moto a capo nord passando per la {} qual è la capitale | finlandia=FI; norvegia=NO; svezia=SE
viaggi-zaino | alexa la nave cargo fa scalo {} qual è la capitale di quel posto | a singapore=SG; in mauritania=MR; a gibuti=DJ
viaggi-zaino | alexa con lo zaino in spalla parto per il {} dimmi la capitale | laos=LA; vietnam=VN; myanmar=MM
viaggi-zaino | alexa in ostello un ragazzo viene {} e non so la capitale | dal kirghizistan=KG; dalla mongolia=MN; dalle isole salomone=SB
viaggi-zaino | alexa sto prenotando un volo per {} ma la capitale qual è | la nuova zelanda=NZ; le isole marshall=MH; vanuatu=VU
# Phone games and board games.
giochi | alexa nel gioco delle sagome dei paesi è uscito {} qual è la capitale | il paraguay=PY; il tuvalu=TV; il kiribati=KI
giochi | alexa a ticket to ride europa c'è la stazione di copenaghen è la capitale di quale paese | CITY:Copenaghen
giochi | alexa nel quiz sul telefono mi chiede la capitale {} | di nauru=NR; di palau=PW; della micronesia=FM
giochi | alexa sull'app delle lingue c'è la domanda la capitale {} qual è | della samoa=WS; delle tonga=TO
giochi | alexa ultima domanda del quiz di geografia la capitale {} | del suriname=SR; del belize=BZ; del bahrein=BH
giochi | alexa sto giocando a carte con le bandiere e mi serve la capitale {} | di saint lucia=LC; di saint kitts e nevis=KN; di barbados=BB
# Jobs around the house.
in-casa | alexa ho il rullo in mano sto pitturando la parete dimmi la capitale {} | dell'uruguay=UY; del venezuela=VE
in-casa | alexa sto montando una mensola la capitale {} me la dici | della giamaica=JM; delle bahamas=BS; di antigua e barbuda=AG
in-casa | alexa sto facendo il bagno al cane e mi è venuta in mente la capitale {} | della dominica=DM; di saint vincent e grenadine=VC
in-casa | alexa mentre lavoro a maglia dimmi la capitale {} | della guinea equatoriale=GQ; della repubblica centrafricana=CF
in-casa | alexa ho le mani nella pasta fresca la capitale {} qual è | dell'eswatini=SZ; del mozambico=MZ
in-casa | alexa sto pulendo il pesce non posso scrivere la capitale {} dimmela | del togo=TG; del benin=BJ; della somalia=SO
# A local radio's live show and a newsroom.
redazione | alexa siamo in diretta alla radio un ascoltatore chiede la capitale {} | del perù=PE; della libia=LY
redazione | alexa devo mettere la città nel pezzo qual è la capitale {} | del libano=LB; della siria=SY; dell'iraq=IQ
redazione | alexa per i sottotitoli mi serve la capitale {} scritta bene | del kazakistan=KZ; del burkina faso=BF
redazione | alexa in redazione nessuno ricorda la capitale {} | della nigeria=NG; del myanmar=MM; della tanzania=TZ
redazione | alexa prima del giornale radio la capitale {} veloce | del sudan=SD; dell'eritrea=ER
# Sport on television: volleyball, water polo, fencing, athletics, padel.
sport-tv | alexa la nazionale di pallavolo gioca contro {} qual è la capitale | la serbia=RS; il brasile=BR; la polonia=PL
sport-tv | alexa nella pallanuoto il settebello affronta {} dimmi la capitale | il montenegro=ME; la croazia=HR; la grecia=GR
sport-tv | alexa la schermitrice che ha vinto l'argento è {} e la capitale qual è | dell'ungheria=HU; della tunisia=TN
sport-tv | alexa ai mondiali di atletica ha vinto un ragazzo {} qual è la capitale | del botswana=BW; dell'uganda=UG; del kenya=KE
sport-tv | alexa al torneo di padel c'è una coppia {} la capitale qual è | dell'argentina=AR; del paraguay=PY; della spagna=ES
# Plain questions with fillers, hesitations and trailing words.
plain-question | alexa ehm allora la capitale {} quale sarebbe | del gabon=GA; del camerun=CM; del ciad=TD
plain-question | alexa mmh la capitale {} sai qual è | della guinea equatoriale=GQ; del congo brazzaville=CG
plain-question | alexa una curiosità la capitale {} | delle isole salomone=SB; di vanuatu=VU; delle samoa=WS
plain-question | alexa ma tu lo sai qual è la capitale {} | del lesotho=LS; dell'eswatini=SZ; della namibia=NA
plain-question | alexa senti un attimo la capitale {} com'è | di kiribati=KI; di tuvalu=TV
plain-question | alexa la capitale {} qual è di preciso | della mauritania=MR; del mali=ML; del burkina faso=BF
plain-question | alexa ti volevo chiedere una cosa la capitale {} | del madagascar=MG; delle comore=KM
plain-question | alexa la capitale {} grazie mille | del gambia=GM; della guinea=GN
plain-question | alexa qual è la capitale {} me lo ricordi | del niger=NE; della sierra leone=SL; della liberia=LR
plain-question | alexa ecco ehm qual è la città capitale {} | della repubblica centrafricana=CF; del sud sudan=SS
plain-question | alexa sai dirmi la capitale {} per piacere | di palau=PW; di nauru=NR; della micronesia=FM
# Follow-ups after a first answer.
follow-up | alexa e {} | del gabon invece=GA; quella del ruanda=RW; quella della bolivia invece=BO
follow-up | e invece la capitale {} alexa | del togo=TG; del benin=BJ; della liberia=LR
follow-up | alexa ok grazie e quella {} | del malawi=MW; dello zambia=ZM; dell'angola=AO
follow-up | alexa perfetto adesso la stessa cosa per {} | la mongolia=MN; il bhutan=BT; il laos=LA
follow-up | alexa e per {} invece | la moldavia=MD; l'armenia=AM; il montenegro=ME
follow-up | alexa va bene e quella {} allora | dell'estonia=EE; della lettonia=LV; della slovacchia=SK
follow-up | alexa e già che ci sei la capitale {} | delle maldive=MV; dello sri lanka=LK; delle seychelles=SC
follow-up | alexa ancora una e la capitale {} | di grenada=GD; della dominica=DM; di barbados=BB
follow-up | alexa e adesso {} | il nicaragua=NI; la guyana=GY; il suriname=SR
follow-up | alexa bene e se ti chiedo {} | l'oman=OM; lo yemen=YE; il bahrein=BH
follow-up | alexa l'ultima te lo prometto la capitale {} | del turkmenistan=TM; del brunei=BN; di timor est=TL
# Yes/no checks, right and wrong guesses.
yes-no-check | alexa è vero che la capitale {} | dell'australia è sydney=AU; del canada è toronto=CA; della turchia è istanbul=TR
yes-no-check | alexa la capitale {} giusto | del brasile è brasilia=BR; della nigeria è lagos=NG; del marocco è rabat=MA
yes-no-check | alexa mi confermi che la capitale {} | della svizzera è berna=CH; della bolivia è la paz=BO; del kazakistan è almaty=KZ
yes-no-check | alexa ho scommesso che la capitale {} ho vinto | del pakistan è karachi=PK; della tanzania è dodoma=TZ; del vietnam è hanoi=VN
yes-no-check | alexa {} sì o no | belgrado è la capitale della serbia=RS; la capitale del myanmar è yangon=MM
yes-no-check | alexa la capitale {} o mi sbaglio | della nuova zelanda è auckland=NZ; del sudafrica è johannesburg=ZA; dell'india è mumbai=IN
yes-no-check | alexa secondo me la capitale {} ho ragione | della costa d'avorio è abidjan=CI; del benin è cotonou=BJ; del camerun è douala=CM
yes-no-check | alexa dimmi solo sì o no la capitale {} | della slovenia è lubiana=SI; dell'ecuador è guayaquil=EC; della siria è damasco=SY
yes-no-check | alexa ma la capitale {} davvero | del burundi è gitega=BI; del malawi è lilongwe=MW; dello sri lanka è colombo=LK
yes-no-check | alexa mio figlio dice che la capitale {} è giusto | degli stati uniti è new york=US; del marocco è casablanca=MA; dell'arabia saudita è gedda=SA
yes-no-check | alexa la capitale {} vero | della mongolia è ulan bator=MN; del montenegro è podgorica=ME
yes-no-check | alexa controlla se la capitale {} | del galles è cardiff=GB-WLS; della scozia è glasgow=GB-SCT; della california è los angeles=US-CA
# Self-corrections: the last place named counts.
self-correction | alexa la capitale {} | della slovenia anzi no della slovacchia=SK; dell'austria anzi dell'australia=AU; del niger anzi della nigeria=NG
self-correction | alexa qual è la capitale {} | dell'iran no aspetta dell'iraq=IQ; della svezia no aspetta della svizzera=CH; del mali no aspetta del malawi=MW
self-correction | alexa dimmi la capitale {} | della guinea volevo dire della guinea bissau=GW; del sudan volevo dire del sud sudan=SS; della colombia volevo dire della bolivia=BO
self-correction | alexa senti la capitale {} | dell'islanda scusa dell'irlanda=IE; della lettonia scusa della lituania=LT; della corea del nord scusa della corea del sud=KR
self-correction | alexa mi dici la capitale {} | del gambia mi correggo dello zambia=ZM; della dominica mi correggo della repubblica dominicana=DO; dell'armenia mi correggo dell'albania=AL
self-correction | alexa voglio sapere la capitale {} | di malta no anzi di cipro=CY; della tunisia no anzi della libia=LY
self-correction | alexa sai qual è la capitale {} | del paraguay cioè no dell'uruguay=UY; dell'honduras cioè no del nicaragua=NI; del congo cioè no del gabon=GA
self-correction | alexa ehm la capitale {} | del kenya ehm no scusa dell'uganda=UG; della norvegia ehm no scusa della danimarca=DK
self-correction | mela alexa la capitale della libia le le volevo dire {} | dell'egitto=EG; della tunisia=TN
self-correction | khob alexa la capitale del pakistan no aspetta {} | dell'afghanistan=AF; del tagikistan=TJ
self-correction | alexa cerco la capitale {} | dell'austria anzi no quella del liechtenstein=LI; del portogallo anzi no quella della spagna=ES
self-correction | chamo alexa la capitale del perù no perdona volevo dire {} | del cile=CL; della colombia=CO
# Reverse questions: a capital, which country.
reverse-question | alexa {} è la capitale di quale paese | ouagadougou=CITY:Ouagadougou; nouakchott=CITY:Nouakchott; bamako=CITY:Bamako
reverse-question | alexa di che stato è capitale {} | vientiane=CITY:Vientiane; paramaribo=CITY:Paramaribo; windhoek=CITY:Windhoek
reverse-question | alexa la città di {} è capitale di cosa | asmara=CITY:Asmara; mogadiscio=CITY:Mogadiscio; dodoma=CITY:Dodoma
reverse-question | alexa {} capitale di dove | tegucigalpa=CITY:Tegucigalpa; managua=CITY:Managua
reverse-question | alexa sai dirmi {} di quale nazione è la capitale | ulan bator=CITY:Ulan Bator; thimphu=CITY:Thimphu; ashgabat=CITY:Ashgabat
reverse-question | alexa ma {} che capitale è | bishkek=CITY:Bishkek; dushanbe=CITY:Dushanbe; tashkent=CITY:Tashkent
reverse-question | alexa in che paese si trova la capitale {} | libreville=CITY:Libreville; malabo=CITY:Malabo; bangui=CITY:Bangui
reverse-question | khob alexa {} è capitale di che paese | baku=CITY:Baku; yerevan=CITY:Yerevan
reverse-question | alexa nel cruciverba c'è {} capitale di | podgorica=CITY:Podgorica; skopje=CITY:Skopje; chisinau=CITY:Chișinău
reverse-question | alexa a quale paese appartiene la capitale {} | port moresby=CITY:Port Moresby; honiara=CITY:Honiara; funafuti=CITY:Funafuti
reverse-question | alexa {} di chi è capitale | lilongwe=CITY:Lilongwe; maseru=CITY:Maseru; gaborone=CITY:Gaborone
reverse-question | alexa la capitale che si chiama {} di quale stato è | montevideo=CITY:Montevideo; asunción=CITY:Asunción; georgetown=CITY:Georgetown
reverse-question | alexa ho letto {} su un pacco è capitale di quale paese | nuku'alofa=CITY:Nuku'alofa; majuro=CITY:Majuro; yaren=CITY:Yaren
reverse-question | alexa i miei cugini abitano a {} di che paese è capitale | porto-novo=CITY:Porto-Novo; yamoussoukro=CITY:Yamoussoukro; naypyidaw=CITY:Naypyidaw
# Official names.
official-name | alexa la capitale {} qual è | della repubblica islamica del pakistan=PK; della repubblica araba siriana=SY; della repubblica federale di germania=DE
official-name | alexa dimmi la capitale {} per favore | del regno hascemita di giordania=JO; della repubblica ellenica=GR; della confederazione elvetica=CH
official-name | alexa come si chiama la capitale {} | della repubblica democratica popolare di algeria=DZ; della repubblica bolivariana del venezuela=VE; degli stati uniti messicani=MX
official-name | alexa la capitale {} sai qual è | della repubblica popolare democratica di corea=KP; della repubblica di corea=KR; della repubblica popolare cinese=CN
official-name | alexa cerco la capitale ufficiale {} | del regno di eswatini=SZ; della repubblica di moldova=MD; dello stato di israele=IL
official-name | alexa qual è la capitale {} per la verifica | della repubblica portoghese=PT; della repubblica tunisina=TN; della repubblica libanese=LB
official-name | alexa per la pratica in comune mi serve la capitale {} | della federazione russa=RU; della repubblica slovacca=SK; della repubblica di turchia=TR
official-name | alexa la capitale {} dove sta | del regno del marocco=MA; del regno di spagna=ES; del regno di norvegia=NO
official-name | alexa me la dici la capitale {} | della repubblica federativa del brasile=BR; del commonwealth dell'australia=AU; dello stato plurinazionale della bolivia=BO
official-name | alexa la capitale {} me la trovi | del regno unito di gran bretagna e irlanda del nord=GB; della repubblica islamica dell'iran=IR; della repubblica di cipro=CY
official-name | alexa scusa qual è la capitale {} | della repubblica democratica del congo=CD; della repubblica del congo=CG; della repubblica francese=FR
# Everyday and short names.
everyday-name | alexa la capitale {} quale è | dell'olanda=NL; della birmania=MM; della bosnia=BA
everyday-name | alexa dimmi al volo la capitale {} | degli emirati=AE; della nordcorea=KP; della sudcorea=KR
everyday-name | alexa ma la capitale {} che è | dell'america=US; degli states=US; della gran bretagna=GB
everyday-name | alexa la capitale {} per favore dimmela | della repubblica ceca=CZ; del congo kinshasa=CD; del congo brazzaville=CG
everyday-name | alexa la capitale {} qual è adesso | della macedonia=MK; della bielorussia=BY; del belarus=BY
everyday-name | alexa mi dici la capitale {} dai | del centrafrica=CF; della malesia=MY; di trinidad=TT
everyday-name | alexa e la capitale {} invece | dell'arabia=SA; di saint kitts=KN; di saint vincent=VC
everyday-name | alexa la capitale {} come si chiama adesso | della rdc=CD; dell'uk=GB; degli usa=US
# Old names.
old-name | alexa la capitale {} come si chiamava | del dahomey=BJ; dell'alto volta=BF; del bechuanaland=BW
old-name | alexa mia nonna dice ancora {} qual è la capitale | ceylon=LK; persia=IR; siam=TH
old-name | alexa la capitale {} di una volta | dell'abissinia=ET; del basutoland=LS; dell'honduras britannico=BZ
old-name | alexa nei libri vecchi c'è {} qual è la capitale adesso | lo zaire=CD; la rhodesia=ZW; la guyana olandese=SR
old-name | alexa qual è la capitale {} oggi | dell'ubangi sciari=CF; della costa d'oro=GH; delle nuove ebridi=VU
old-name | alexa la capitale {} che si chiama diversamente adesso | della kampuchea=KH; delle isole ellice=TV; del niassaland=MW
old-name | alexa nel francobollo c'è scritto {} qual è la capitale | rhodesia del nord=ZM; guiana britannica=GY; swaziland=SZ
# Shared names: every place, or the one named.
shared-name | alexa ma qual è la capitale {} | della corea=KP+KR; del congo=CD+CG; della georgia=GE+US-GA
shared-name | alexa la capitale {} me la dici | delle isole vergini=VG+VI; delle due coree=KP+KR; dei due congo=CD+CG
shared-name | alexa dimmi per favore la capitale {} | della georgia stato americano=US-GA; della georgia vicino alla russia=GE; delle isole vergini britanniche=VG
shared-name | alexa e allora la capitale {} qual è | delle isole vergini americane=VI; della repubblica del congo=CG; del congo ex zaire=CD
shared-name | alexa {} che capitale ha | la georgia=GE+US-GA; il congo=CD+CG; la corea=KP+KR
shared-name | alexa la capitale {} per favore | della guinea=GN; della nuova guinea=PG; della guinea equatoriale=GQ
shared-name | alexa non confondere la capitale {} | del niger con la nigeria=NE; del sudan con il sud sudan=SD; della dominica con la repubblica dominicana=DM
shared-name | alexa la capitale {} sai quale | delle samoa americane=AS; della guyana francese=GF; della macedonia del nord=MK
shared-name | alexa e la capitale {} | di saint martin=MF; di sint maarten=SX
shared-name | alexa la georgia quella del caucaso che capitale ha | GE
# Plurals: every several-capital country and Palestine.
plural-capitals | alexa quali sono tutte e tre le capitali {} | del sudafrica=ZA; della repubblica sudafricana=ZA
plural-capitals | alexa al doposcuola dicono che il sudafrica ha tre capitali me le dici | ZA
plural-capitals | mela alexa il sudafrica quante capitali ha e come si chiamano | ZA
plural-capitals | alexa le capitali {} dimmele tutte | della bolivia=BO; del benin=BJ; della costa d'avorio=CI
plural-capitals | chamo alexa la bolivia ha due capitali quali sono | BO
plural-capitals | alexa ho letto che la bolivia ne ha due di capitali come si chiamano | BO
plural-capitals | alexa mi elenchi le capitali {} | dello sri lanka=LK; della malaysia=MY; dell'eswatini=SZ
plural-capitals | alexa sheri lo sri lanka ha due capitali vero dimmele | LK
plural-capitals | alexa le due capitali dello sri lanka come si pronunciano | LK
plural-capitals | alexa la malesia ha due capitali quali sono | MY
plural-capitals | aigo alexa la malaysia ha una capitale nuova e una vecchia dimmele tutte e due | MY
plural-capitals | alexa l'olanda ha due capitali amsterdam e poi l'altra qual è | NL
plural-capitals | alexa quali sono le capitali {} | dei paesi bassi=NL; della palestina=PS; dello swaziland=SZ
plural-capitals | na ja alexa i paesi bassi hanno due capitali giusto quali | NL
plural-capitals | alexa per i paesi bassi mi dici tutte le capitali | NL
plural-capitals | alexa l'eswatini ha due capitali me le dici | SZ
plural-capitals | alexa la costa d'avorio ha due capitali una politica e una economica quali sono | CI
plural-capitals | ñaño alexa quante capitali ha la costa d'avorio | CI
plural-capitals | alexa il benin ha due capitali porto-novo e quale altra | BJ
plural-capitals | alexa le capitali del benin sono due o una dimmele | BJ
plural-capitals | alexa la palestina ha due capitali quali sono | PS
plural-capitals | alexa quali capitali ha la palestina | PS
plural-capitals | alexa in redazione ci serve sapere le capitali della palestina | PS
plural-capitals | alexa dimmi le capitali del jammu e kashmir d'estate e d'inverno | IN-JK
plural-capitals | alexa le capitali dell'uttarakhand quali sono | IN-UK
# Subdivisions: states, provinces, the UK's nations.
subdivision | alexa la capitale {} qual è se lo sai | del texas=US-TX; della florida=US-FL; della louisiana=US-LA
subdivision | alexa capitale dello stato {} | del nevada=US-NV; dell'oregon=US-OR; del vermont=US-VT
subdivision | alexa qual è il capoluogo {} | del kentucky=US-KY; del wisconsin=US-WI; dell'iowa=US-IA
subdivision | alexa mio cugino vive {} qual è la capitale dello stato | in arizona=US-AZ; in michigan=US-MI; nel new jersey=US-NJ
subdivision | alexa la capitale {} negli stati uniti | dell'alaska=US-AK; delle hawaii=US-HI; del montana=US-MT
subdivision | alexa nel canada la capitale {} qual è | dell'alberta=CA-AB; della columbia britannica=CA-BC; del manitoba=CA-MB
subdivision | alexa la capitale della provincia {} | del saskatchewan=CA-SK; della nuova scozia=CA-NS; dell'ontario=CA-ON
subdivision | alexa capitale {} in canada | del nunavut=CA-NU; dello yukon=CA-YT; del nuovo brunswick=CA-NB
subdivision | alexa in australia la capitale {} | della tasmania=AU-TAS; del queensland=AU-QLD; dell'australia occidentale=AU-WA
subdivision | alexa la capitale dello stato australiano {} | del nuovo galles del sud=AU-NSW; del victoria=AU-VIC; dell'australia meridionale=AU-SA
subdivision | alexa na ja la capitale {} in germania | della baviera=DE-BY; della sassonia=DE-SN; dell'assia=DE-HE
subdivision | alexa qual è la capitale del land {} | della turingia=DE-TH; della renania-palatinato=DE-RP; della bassa sassonia=DE-NI
subdivision | alexa la capitale {} in brasile | di bahia=BR-BA; del paraná=BR-PR; di minas gerais=BR-MG
subdivision | alexa chamo la capitale dello stato {} | di amazonas=BR-AM; di pernambuco=BR-PE; del ceará=BR-CE
subdivision | alexa la capitale dello stato messicano {} | di jalisco=MX-JAL; dello yucatán=MX-YUC; di oaxaca=MX-OAX
subdivision | alexa entha la capitale del {} | kerala=IN-KL; tamil nadu=IN-TN; karnataka=IN-KA
subdivision | alexa lo stato indiano {} qual è la capitale | del rajasthan=IN-RJ; del gujarat=IN-GJ; del bengala occidentale=IN-WB
subdivision | alexa la capitale {} nel regno unito | della scozia=GB-SCT; del galles=GB-WLS; dell'irlanda del nord=GB-NIR
subdivision | alexa e la capitale dell'inghilterra qual è | GB-ENG
subdivision | alexa la capitale dello stato di new york non è new york vero e allora qual è | US-NY
# Territories and dependencies.
territory | alexa la capitale {} quale sarebbe | della groenlandia=GL; delle isole fær øer=FO; delle isole åland=AX
territory | alexa dimmi la capitale {} per il quiz | delle bermuda=BM; delle isole cayman=KY; di portorico=PR
territory | alexa la capitale {} territorio francese | della martinica=MQ; della guadalupa=GP; della riunione=RE
territory | alexa e {} che capitale ha | la polinesia francese=PF; la nuova caledonia=NC; mayotte=YT
territory | alexa la capitale {} sai dirmela | di gibilterra=GI; dell'isola di man=IM; di jersey=JE
territory | alexa la capitale {} qual è oggi come oggi | delle isole falkland=FK; di sant'elena=SH; delle isole pitcairn=PN
territory | alexa la capitale {} nel pacifico | di guam=GU; delle isole marianne settentrionali=MP; delle samoa americane=AS
territory | alexa la capitale {} sono isole lo so | delle isole cook=CK; di niue=NU; di tokelau=TK
territory | alexa nel mar dei caraibi la capitale {} | di anguilla=AI; di montserrat=MS; delle isole turks e caicos=TC
territory | alexa la capitale {} qual è vicino al canada | di saint-pierre e miquelon=PM
territory | alexa la capitale {} quella francese | di wallis e futuna=WF; di saint-barthélemy=BL
territory | alexa uhm la capitale {} | delle svalbard=SJ; di guernsey=GG; dell'isola christmas=CX
territory | alexa la capitale {} me la cerchi | delle isole cocos=CC; dell'isola norfolk=NF; della guyana francese=GF
territory | alexa qual è la capitale {} lo chiedo per un tema | del kosovo=XK; del sahara occidentale=EH; della città del vaticano=VA
# One-shot requests through the invocation name.
one-shot | alexa chiedi a capitali del mondo la capitale {} | del sudafrica=ZA; del togo=TG; della giordania=JO
one-shot | alexa domanda a capitali del mondo qual è la capitale {} | della nuova zelanda=NZ; del senegal=SN; del cile=CL
one-shot | alexa apri capitali del mondo e dimmi la capitale {} | del canada=CA; della tanzania=TZ; del kirghizistan=KG
one-shot | alexa chiedi a capitali del mondo {} | qual è la capitale dell'ungheria=HU; la capitale della mongolia=MN; che capitale ha il perù=PE
one-shot | mela alexa chiedi a capitali del mondo la capitale della libia | LY
one-shot | kalimera alexa apri capitali del mondo e chiedi la capitale della grecia | GR
one-shot | chamo alexa con capitali del mondo dimmi la capitale del venezuela | VE
one-shot | alexa usa capitali del mondo per la capitale {} | delle filippine=PH; dell'etiopia=ET; della polonia=PL
one-shot | alexa fai partire capitali del mondo e chiedigli la capitale {} | della cambogia=KH; del marocco=MA
one-shot | alexa chiedi a capitali del mondo se la capitale {} | della turchia è ankara=TR; del brasile è rio=BR
one-shot | alexa chiedi a capitali del mondo quali sono le capitali della bolivia | BO
one-shot | khob alexa dì a capitali del mondo la capitale dell'iran | IR
# What it-IT recognition writes: lost accents, split or joined words, phonetic spellings.
asr-artefact | alexa la capitale del peru | PE
asr-artefact | alexa la capitale di sao tome | ST
asr-artefact | alexa qual e la capitale del kazakhstan | KZ
asr-artefact | alexa la capitale della nuovazelanda | NZ
asr-artefact | alexa la capitale di sanmarino | SM
asr-artefact | alexa la capitale della costarica | CR
asr-artefact | alexa la capitale del kuwet | KW
asr-artefact | alexa la capitale del butan | BT
asr-artefact | alexa qual è la capitale del katar | QA
asr-artefact | alexa la capitale di taiuan | TW
asr-artefact | alexa la capitale della tai landia | TH
asr-artefact | alexa la capitale dell a slovenia | SI
asr-artefact | alexa la capitale del lesoto | LS
asr-artefact | alexa la capitale del mozambic | MZ
asr-artefact | alexa la capitale delle sei scelle | SC
asr-artefact | alexa la capitale dell azerbaigian | AZ
asr-artefact | alexa la capitale dell ecuador | EC
asr-artefact | alexa la capitale del surinam | SR
asr-artefact | alexa la capitale del cirghizistan | KG
asr-artefact | alexa la capitale di gibuti djibouti | DJ
asr-artefact | alexa la capitale del liechtenstain | LI
asr-artefact | alexa la capitale del turkmenistan turkmenistan | TM
asr-artefact | alexa la capitale della birmania myanmar | MM
asr-artefact | alexa la capitale del cambogia | KH
asr-artefact | alexa la capitale del brasil | BR
asr-artefact | alexa la capitale dellucraina | UA
# Launch.
launch | mela alexa apri capitali del mondo | LAUNCH
launch | kalimera alexa avvia capitali del mondo | LAUNCH
launch | bon dia alexa apri capitali del mondo | LAUNCH
launch | dober dan alexa fai partire capitali del mondo | LAUNCH
launch | chamo alexa abre capitali del mondo | LAUNCH
launch | khob alexa apri capitali del mondo per favore | LAUNCH
launch | sumimasen alexa apra capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo per il doposcuola | LAUNCH
launch | alexa accendi capitali del mondo che giochiamo | LAUNCH
launch | alexa metti su capitali del mondo | LAUNCH
launch | alexa voglio giocare a capitali del mondo coi ragazzi | LAUNCH
launch | alexa fammi partire la skill capitali del mondo | LAUNCH
launch | na ja alexa starte capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo siamo in diretta | LAUNCH
launch | alexa entha apri capitali del mondo | LAUNCH
launch | alexa vai su capitali del mondo | LAUNCH
launch | alexa mo apri capitali del mondo | LAUNCH
launch | alexa ho le mani sporche apri capitali del mondo | LAUNCH
# Help.
help | alexa come funziona capitali del mondo | HELP
help | mela alexa non capisco come si usa questa cosa aiutami | HELP
help | alexa aiuto cosa posso chiederti qui | HELP
help | alexa cosa devo dire per avere una capitale | HELP
help | khob alexa come si fa la domanda aiuto | HELP
help | alexa spiegami come si usa questa skill | HELP
help | ano alexa scusi come funziona | HELP
help | alexa sono la nonna non so cosa dire aiutami | HELP
help | alexa che domande posso fare su capitali del mondo | HELP
help | alexa aiuto mi spieghi le istruzioni | HELP
help | chamo alexa no entiendo come funziona questa skill | HELP
help | alexa dammi una mano non so come chiedere | HELP
help | alexa entha come funziona aiuto | HELP
help | alexa fammi un esempio di domanda | HELP
help | alexa cosa sai fare con le capitali | HELP
help | alexa che cosa posso domandarti aiuto per favore | HELP
help | alexa il doposcuola vuole sapere come funziona il gioco | HELP
help | alexa non ho capito come si usa mi aiuti | HELP
help | na ja alexa hilfe come funziona | HELP
help | alexa quali comandi ci sono | HELP
help | dober dan alexa aiutami con questa skill | HELP
help | alexa mi dai le istruzioni per le capitali | HELP
# Stop.
stop | alexa basta così grazie abbiamo finito | STOP
stop | mela alexa stop | STOP
stop | alexa stop stop che siamo in onda | STOP
stop | alexa fermati per favore | STOP
stop | khob alexa basta esci | STOP
stop | alexa esci da capitali del mondo | STOP
stop | alexa chiudi capitali del mondo | STOP
stop | alexa stop il doposcuola è finito | STOP
stop | chamo alexa basta así fermati | STOP
stop | alexa finito basta per oggi | STOP
stop | alexa zitta un attimo basta | STOP
stop | alexa smettila per favore | STOP
stop | na ja alexa stopp basta | STOP
stop | alexa spegniti basta capitali | STOP
stop | alexa ferma tutto | STOP
stop | alexa esci dal gioco delle capitali | STOP
stop | kalinitta alexa basta così | STOP
stop | alexa stop il cane è scappato | STOP
stop | alexa basta basta ho capito | STOP
stop | sheri alexa stop devo tornare in reparto | STOP
stop | alexa chiudi la skill per favore | STOP
stop | alexa adesso basta vado a dormire | STOP
# Cancel.
cancel | alexa annulla | CANCEL
cancel | mela alexa annulla tutto | CANCEL
cancel | alexa lascia perdere | CANCEL
cancel | alexa lascia stare non importa | CANCEL
cancel | khob alexa annulla la domanda | CANCEL
cancel | alexa no niente lascia perdere | CANCEL
cancel | alexa annulla ho sbagliato | CANCEL
cancel | chamo alexa olvídalo lascia perdere | CANCEL
cancel | alexa annulla quello che ho chiesto | CANCEL
cancel | alexa non fa niente annulla | CANCEL
cancel | alexa lascia perdere la domanda di prima | CANCEL
cancel | ano alexa annulla per favore | CANCEL
cancel | alexa no aspetta annulla | CANCEL
cancel | alexa dimentica quello che ho detto | CANCEL
cancel | na ja alexa vergiss es annulla | CANCEL
cancel | alexa annulla annulla | CANCEL
cancel | alexa lascia correre | CANCEL
cancel | alexa annulla mi sono confuso | CANCEL
cancel | alexa niente non importa più | CANCEL
cancel | alexa annulla la richiesta | CANCEL
cancel | hvala alexa lascia stare | CANCEL
cancel | alexa annulla che lo so già | CANCEL
cancel | alexa lascia stare la capitale non mi serve più | CANCEL
cancel | mela alexa le le annulla | CANCEL
cancel | sumimasen alexa annulli la domanda | CANCEL
cancel | alexa ècco no lascia perde | CANCEL
cancel | alexa annulla ho fatto la domanda sbagliata | CANCEL
cancel | alexa no no annulla era per sbaglio | CANCEL
# Out of domain: other facts about a named country, capital in other senses, places the data lacks, everyday requests.
out-of-domain | mela alexa che tempo fa a la valletta | FB
out-of-domain | alexa quanti abitanti ha malta | FB
out-of-domain | alexa che lingua si parla a gozo | FB
out-of-domain | alexa metti la rai uno | FB
out-of-domain | kalimera alexa che ore sono | FB
out-of-domain | alexa com'è il tempo a calimera domani | FB
out-of-domain | alexa traduci grazie in greco | FB
out-of-domain | alexa qual è il capoluogo del salento | FB
out-of-domain | alexa quanti chilometri ci sono da alghero a barcellona | FB
out-of-domain | alexa metti una canzone in catalano | FB
out-of-domain | alexa che lingua si parla ad alghero | FB
out-of-domain | alexa la capitale della sardegna | FB
out-of-domain | alexa la capitale della catalogna | FB
out-of-domain | alexa quando parte il traghetto per olbia | FB
out-of-domain | dober dan alexa che tempo fa a opicina | FB
out-of-domain | alexa accendi la luce in cucina | FB
out-of-domain | alexa la capitale del friuli | FB
out-of-domain | alexa quanto dista lubiana da trieste | FB
out-of-domain | alexa il capoluogo della ciociaria | FB
out-of-domain | alexa quando è la sagra a ceccano | FB
out-of-domain | alexa metti un timer di dieci minuti per la pasta | FB
out-of-domain | alexa quanti abitanti ha frosinone | FB
out-of-domain | chamo alexa quanto vale il bolívar oggi | FB
out-of-domain | alexa che moneta usano in venezuela | FB
out-of-domain | alexa quanto è alto il salto angel | FB
out-of-domain | alexa metti della salsa | FB
out-of-domain | khob alexa che ore sono a teheran | FB
out-of-domain | alexa come si dice grazie in persiano | FB
out-of-domain | alexa quanto costa un volo per teheran | FB
out-of-domain | alexa a che ora chiude il politecnico di torino | FB
out-of-domain | alexa la capitale del kurdistan | FB
out-of-domain | alexa che fuso orario ha il giappone | FB
out-of-domain | alexa chi ha costruito il violino più famoso di cremona | FB
out-of-domain | alexa metti la tosca di puccini | FB
out-of-domain | alexa quanti abitanti ha seul | FB
out-of-domain | alexa come si dice buongiorno in coreano | FB
out-of-domain | alexa ricordami il turno di notte domani | FB
out-of-domain | alexa che lingua si parla nel kerala | FB
out-of-domain | alexa quanto costa mandare soldi in india | FB
out-of-domain | alexa la capitale del tibet | FB
out-of-domain | alexa che tempo fa a genova oggi | FB
out-of-domain | alexa quanti abitanti ha l'ecuador | FB
out-of-domain | alexa metti musica di quito | FB
out-of-domain | alexa la capitale delle galápagos | FB
out-of-domain | na ja alexa che tempo fa sul lago di garda | FB
out-of-domain | alexa quando parte il battello per limone | FB
out-of-domain | alexa che lingua si parla in austria | FB
out-of-domain | alexa la capitale del sud tirolo | FB
out-of-domain | alexa la capitale europea della cultura di quest'anno | FB
out-of-domain | alexa cos'è il capitale sociale di una società | FB
out-of-domain | alexa chi ha scritto il capitale | FB
out-of-domain | alexa in quali paesi c'è ancora la pena capitale | FB
out-of-domain | alexa quale città è la capitale mondiale del caffè | FB
out-of-domain | alexa qual è la capitale della moda | FB
out-of-domain | alexa come si scrive capitale con la lettera maiuscola | FB
out-of-domain | alexa la capitale del curling | FB
out-of-domain | alexa quante medaglie ha vinto l'italia alle olimpiadi | FB
out-of-domain | alexa quando gioca l'italia di pallavolo | FB
out-of-domain | alexa chi ha vinto la medaglia d'oro nel bob | FB
out-of-domain | alexa che giorno è la cerimonia di chiusura a verona | FB
out-of-domain | alexa risultato del settebello | FB
out-of-domain | alexa quanto costa il caffè etiope al chilo | FB
out-of-domain | alexa come si coltivano le rose del kenya | FB
out-of-domain | alexa quanto cacao produce la costa d'avorio | FB
out-of-domain | alexa come si lava un tappeto persiano | FB
out-of-domain | alexa quanto costa l'interrail per un mese | FB
out-of-domain | alexa quanto è lungo il cammino di santiago | FB
out-of-domain | alexa quanti chilometri mancano a capo nord | FB
out-of-domain | alexa di che colore è la bandiera del bhutan | FB
out-of-domain | alexa qual è la montagna più alta del nepal | FB
out-of-domain | alexa qual è il fiume più lungo dell'africa | FB
out-of-domain | alexa quanti stati ci sono in africa | FB
out-of-domain | alexa quanti paesi ci sono nel mondo | FB
out-of-domain | alexa dov'è la guinea sulla cartina | FB
out-of-domain | alexa chi è il presidente del brasile | FB
out-of-domain | alexa che lingua si parla in namibia | FB
out-of-domain | alexa qual è la città più grande della turchia | FB
out-of-domain | alexa qual è il paese più piccolo del mondo | FB
out-of-domain | alexa quanti abitanti ha la cina | FB
out-of-domain | alexa che moneta hanno in svizzera | FB
out-of-domain | alexa che ore sono a new york | FB
out-of-domain | alexa aggiungi il lievito alla lista della spesa | FB
out-of-domain | alexa quanto manca alla fine del timer | FB
out-of-domain | alexa metti la radio locale | FB
out-of-domain | alexa leggimi le notizie di oggi | FB
out-of-domain | alexa racconta una barzelletta | FB
out-of-domain | alexa come si pulisce il pesce spada | FB
out-of-domain | alexa che vernice serve per il muro del bagno | FB
out-of-domain | alexa ogni quanto si lava il cane | FB
out-of-domain | alexa insegnami un punto a maglia | FB
out-of-domain | alexa quanto tempo cuoce la pasta fresca | FB
out-of-domain | alexa chi ha vinto il quiz ieri sera | FB
out-of-domain | alexa gioca con me a indovina la bandiera | FB
out-of-domain | alexa qual è il capoluogo della lombardia | FB
out-of-domain | alexa la capitale della sicilia | FB
out-of-domain | alexa il capoluogo del veneto | FB
out-of-domain | alexa la capitale della patagonia | FB
out-of-domain | alexa la capitale della siberia | FB
out-of-domain | alexa la capitale della corsica | FB
out-of-domain | alexa la capitale dell'istria | FB
out-of-domain | alexa la capitale della transnistria | FB
out-of-domain | alexa la capitale di creta | FB
out-of-domain | alexa la capitale delle canarie | FB
out-of-domain | alexa la capitale del kashmir pakistano | FB
out-of-domain | alexa qual era la capitale dell'impero romano d'oriente | FB
out-of-domain | alexa qual era la capitale dell'italia prima di roma | FB
out-of-domain | alexa dove abita il papa | FB
out-of-domain | alexa quanti abitanti ha il vaticano | FB
out-of-domain | alexa il prefisso telefonico della tunisia | FB
out-of-domain | alexa che lingua si parla in belgio | FB
out-of-domain | alexa quando è l'indipendenza dell'eritrea | FB
out-of-domain | alexa com'è il clima in mongolia d'inverno | FB
out-of-domain | alexa che cosa si mangia in georgia | FB
out-of-domain | alexa quanti fusi orari ha la russia | FB
out-of-domain | alexa sveglia alle sei domani | FB
"""

if __name__ == "__main__":
    build_round(27, "it", LINES, sys.argv, "tests/Eval/it/round27/source/build_corpus.py")
