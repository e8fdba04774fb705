"""Round 32, Italian (it-IT): a new author's own mix, written blind (brief WRITER40.md). Speakers chosen away from the
regions and groups of the Italian rounds 28 to 31 ("How it was written"): Triestini ("mula", "mulo", "cossa xe",
"ciò", the bora, an osmiza, the Opicina tram, a "capo in b" at the café, the old port), Trentini of the Val di Non and
the Brenta ("ostia", "varda", "valà", "i bocia", "el me tosat", apple picking, a ski instructor, a mountain hut),
Salentini of Lecce ("cce ete", "mena", "sine", "nu cumpare", the pizzica, the Notte della Taranta, olives and
pasticciotti), Ciociari of Frosinone and Cassino ("uà", "addò sta", "compà", "jamo", the abbey, Fiuggi water), Valtellinesi
of Sondrio, Livigno and Bormio ("ciapa", "gh'è", "el me fradel", pizzoccheri, a cross-border commuter to St. Moritz,
the Livigno duty free, bikers on the Stelvio), Irpini and Cilentani ("nun saccio", "uè", "o guaglione", the aglianico
harvest, Paestum, an uncle who left for Switzerland after the 1980 earthquake), Ecuadorians of Genoa and Milan ("chuta",
"ñaño", "mande", "de una", "achachay", "mi pana"), Ghanaians of Brescia and Modena ("chale", "ei", "my sister",
"medaase", "awurade", church after mass, a foundry), Pakistanis of Prato and Brescia ("yaar", "bhai", "arre",
"shukriya", "theek hai", a kebab shop, cricket in the park, articles dropped), Cape Verdean domestic workers of Rome
("nha fidju", "oi", "ka sabe", "mana", "obrigado", ironing), American study-abroad students of Florence ("like", "oh my
god", "wait", "so", "my host mom", "il capitale"), and Keralite nurses ("chechi", "mone", "sheri", a night shift).
Situations: the Milano Cortina Winter Olympics (the parade of nations, curling, biathlon, the bobsleigh, the athletes'
village), a hospital ward at night, commuters on late regional trains, tour guides at the Colosseum, the Uffizi, Pompeii
and on a gondola, FAO staff in Rome (delegations, flags for a conference, missions), market stalls, an agriturismo's
foreign guests, an Italian class for adults (CPIA) with learners' grammar, a consulate and the questura queue, a local
radio phone-in quiz, a marathon. Plus plain questions, follow-ups, yes/no checks with right and wrong guesses,
self-corrections with an explicit marker ("no scusa", "anzi", "ah no", "no aspetta", "ma cosa dico", "pardon",
"correggo", "errore mio", "sbagliato io", "oops volevo dire", "ma che dico", "mannaggia no", "ho sbagliato", "cioè"),
reverse questions, official, everyday and old names, shared names and look-alikes, plurals of every several-capital
country and Palestine, subdivisions and territories, one-shot requests with the invocation name "capitali del mondo",
launch, help, stop, cancel, out-of-domain near misses, and what it-IT recognition writes (lost accents and apostrophes,
misspellings).
`python3 tests/Eval/it/round32/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 32's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
triestini | alexa mula mia dime un po la capitale {} | della slovenia=SI; della croazia=HR; dell'ungheria=HU
triestini | ciò alexa cossa xe la capitale {} | dell'austria=AT; della cechia=CZ; della slovacchia=SK
triestini | alexa stamo in osmiza e un vecio vol saver la capitale {} | della serbia=RS; del montenegro=ME; della bosnia=BA
triestini | alexa con sta bora no se capissi niente qual xe la capitale {} | della macedonia del nord=MK; dell'albania=AL; del kosovo=XK
triestini | alexa sul tram de opicina un turista me domanda la capitale {} | della bulgaria=BG; della romania=RO
triestini | alexa el mulo ga la verifica de geografia la capitale {} qual xe | della lituania=LT; della lettonia=LV; dell'estonia=EE
triestini | alexa bevendo un capo in b me xe vignù el dubbio la capitale {} | della grecia=GR; di cipro=CY; di malta=MT
triestini | alexa al porto vecio ga atraccà una nave {} qual xe la capitale | dalla turchia=TR; da israele=IL; dall'egitto=EG
triestini | alexa la mia mula parte per lavoro la capitale {} dime | della georgia quella del caucaso=GE; dell'armenia=AM; dell'azerbaigian=AZ
trentini | ostia alexa come se ciama la capitale {} | della svizzera=CH; del liechtenstein=LI; della germania=DE
trentini | alexa varda che i bocia i vol saver la capitale {} | della danimarca=DK; della norvegia=NO; della svezia=SE
trentini | alexa stemo cogliendo le mele in val di non e un stagionale el me dis la capitale {} qual ela | della polonia=PL; dell'ucraina=UA; della moldavia=MD
trentini | alexa son maestro de sci e un cliente el vol saver la capitale {} | dei paesi bassi=NL; del belgio=BE; del lussemburgo=LU
trentini | valà alexa dime subito la capitale {} | della finlandia=FI; dell'islanda=IS; dell'irlanda=IE
trentini | alexa in rifugio al brenta i alpinisti i discute sulla capitale {} | del nepal=NP; del bhutan=BT; del pakistan=PK
trentini | alexa el me tosat el va in erasmus la capitale {} qual ela | del portogallo=PT; della spagna=ES; della francia=FR
trentini | alexa col nono che fa la polenta ghe domando la capitale {} | della bielorussia=BY; della russia=RU
salentini | alexa cce ete la capitale {} | della tunisia=TN; dell'algeria=DZ; del marocco=MA
salentini | mena alexa dimme la capitale {} | del sudan=SD; del ciad=TD
salentini | alexa nu me ricordu la capitale {} | della mauritania=MR; del mali=ML; del niger=NE
salentini | alexa stamu a ballare la pizzica e nu cumpare chiede la capitale {} | dell'argentina=AR; dell'uruguay=UY; del paraguay=PY
salentini | alexa sine sine ma la capitale {} quale ete | del venezuela=VE; della colombia=CO; dell'ecuador=EC
salentini | alexa alla notte della taranta nu turista me chiese la capitale {} | del canada=CA; dell'australia=AU; della nuova zelanda=NZ
salentini | alexa sto a raccogliere le ulìe e me vene in mente la capitale {} | del libano=LB; della siria=SY; della giordania=JO
salentini | alexa cu nu pasticciotto in manu dimme la capitale {} | del qatar=QA; del bahrein=BH; del kuwait=KW
ciociari | uà alexa addò sta la capitale {} | del perù=PE; del cile=CL; della bolivia=BO
ciociari | alexa statte a sentì qual è la capitale {} | del brasile=BR; della guyana=GY; del suriname=SR
ciociari | alexa compà mo dimme la capitale {} | del messico=MX; del guatemala=GT; del belize=BZ
ciociari | alexa a cassino all'abbazia ce sta un gruppo {} qual è la capitale loro | dalla corea del sud=KR; dal vietnam=VN; dalle filippine=PH
ciociari | alexa bevemo l'acqua de fiuggi e zio chiede la capitale {} | dell'honduras=HN; del nicaragua=NI; di el salvador=SV
ciociari | alexa a frosinone al mercato uno dice che la capitale {} nun la sa nisciuno | della costa rica=CR; del panama=PA; di cuba=CU
ciociari | alexa jamo qual è la capitale {} | dell'iran=IR; dell'iraq=IQ; dell'afghanistan=AF
valtellinesi | alexa ciapa dimm la capitale {} | dell'islanda=IS; della confederazione elvetica=CH
valtellinesi | alexa fo il frontaliere a sankt moritz e un collega al ma dumanda la capitale {} | del kazakistan=KZ; dell'uzbekistan=UZ; del turkmenistan=TM
valtellinesi | alexa stem fasend i pizzoccheri e la nonna la vol savè la capitale {} | del kirghizistan=KG; del tagikistan=TJ; della mongolia=MN
valtellinesi | alexa a livigno al duty free un cliente al ma chiede la capitale {} | degli emirati arabi uniti=AE; dell'oman=OM; dello yemen=YE
valtellinesi | alexa in cima al passo dello stelvio i motociclisti i vol saver la capitale {} | dell'arabia saudita=SA; del bangladesh=BD; dello sri lanka=LK
valtellinesi | alexa gh'è la nebbia e mi domandi la capitale {} | della thailandia=TH; della cambogia=KH; del laos=LA
valtellinesi | alexa el me fradel al fa la stagione a bormio e al ma dumanda la capitale {} | della birmania=MM; della malesia=MY; di singapore=SG
irpini | alexa nun saccio la capitale {} dimmela tu | dell'indonesia=ID; del brunei=BN; di timor est=TL
irpini | alexa mio zio emigrato in svizzera dopo il terremoto chiede la capitale {} | della papua nuova guinea=PG; delle figi=FJ; delle isole salomone=SB
irpini | alexa stammo a vendemmiare l'aglianico e uno chiede la capitale {} | del kenya=KE; dell'uganda=UG; della tanzania=TZ
irpini | alexa a paestum ai templi na guida me chiede la capitale {} | dell'etiopia=ET; dell'eritrea=ER; di gibuti=DJ
irpini | alexa uè addò sta la capitale {} | della somalia=SO; del ruanda=RW; del burundi=BI
irpini | alexa facimme la mozzarella e o guaglione vo sapé la capitale {} | del mozambico=MZ; dello zambia=ZM; dello zimbabwe=ZW
irpini | alexa ad avellino al bar dello sport se parla della capitale {} qual è | del camerun=CM; del gabon=GA; della nigeria=NG
ecuadoriani | alexa chuta no me acuerdo la capitale {} | dell'ecuador=EC; del perù=PE; della bolivia=BO
ecuadoriani | alexa ñaño dimmi la capitale {} | della colombia per favore=CO; del venezuela per favore=VE
ecuadoriani | alexa mande qual è la capitale {} | del guatemala grazie=GT; dell'honduras grazie=HN; del paraguay grazie=PY
ecuadoriani | alexa a genova al lavoro col mio pana non sappiamo la capitale {} | della repubblica dominicana=DO; di haiti=HT; della giamaica=JM
ecuadoriani | alexa de una dimmi la capitale {} | di trinidad e tobago=TT; di barbados=BB; delle bahamas=BS
ecuadoriani | achachay alexa che freddo qui a milano la capitale {} qual è | del cile=CL; dell'argentina=AR; dell'uruguay=UY
ecuadoriani | alexa la mia mamma in quito chiede la capitale {} | di grenada=GD; di saint lucia=LC; della dominica=DM
ghanesi | chale alexa what is the capital {} in italiano | del ghana=GH; del togo=TG; del benin=BJ
ghanesi | alexa my sister vuole sapere la capitale {} | della costa d'avorio=CI; della liberia=LR; della sierra leone=SL
ghanesi | ei alexa la capitale {} qual è | del burkina faso=BF; della guinea=GN; del gambia=GM
ghanesi | alexa in chiesa dopo la messa un fratello chiede la capitale {} | del senegal=SN; del capo verde=CV; della guinea bissau=GW
ghanesi | alexa medaase ma dimmi ancora la capitale {} | dell'angola=AO; della namibia=NA; del botswana=BW
ghanesi | alexa a brescia in fonderia un collega dice che la capitale {} è facile | del malawi=MW; del lesotho=LS; dell'eswatini=SZ
ghanesi | alexa awurade non so la capitale {} | della guinea equatoriale=GQ; di são tomé e príncipe=ST; della repubblica centrafricana=CF
pakistani | yaar alexa batao la capitale {} | del pakistan=PK; dell'india=IN; del bangladesh per favore=BD
pakistani | alexa bhai la capitale {} qual è shukriya | dell'afghanistan=AF; dell'iran per favore=IR; del tagikistan=TJ
pakistani | alexa nel negozio di kebab a prato un cliente chiede la capitale {} | dell'arabia saudita=SA; degli emirati=AE; del qatar=QA
pakistani | arre alexa come si chiama capitale {} | di oman=OM; di kuwait=KW; di bahrein=BH
pakistani | alexa giochiamo a cricket al parco e amico chiede capitale {} | di australia=AU; di nuova zelanda=NZ; di sudafrica=ZA
pakistani | alexa theek hai dimmi capitale {} | di sri lanka=LK; di maldive=MV; di nepal=NP
capoverdiane | alexa nha fidju vuole sapere la capitale {} | del capo verde=CV; del portogallo=PT; dell'angola=AO
capoverdiane | oi alexa ka sabe la capitale {} dimmi tu | del mozambico=MZ; della guinea bissau=GW; di são tomé=ST
capoverdiane | alexa la signora dove lavoro a roma chiede la capitale {} | del brasile=BR; di timor est=TL
capoverdiane | alexa mana mia dimmi la capitale {} obrigado | del senegal=SN; del gambia=GM; della mauritania=MR
capoverdiane | alexa stiro le camicie e penso alla capitale {} qual è | della francia=FR; dei paesi bassi=NL; del lussemburgo=LU
americani | alexa like what is la capitale {} | della svizzera=CH; del canada=CA; del messico=MX
americani | oh my god alexa qual è il capitale {} | della spagna=ES; dell'irlanda=IE
americani | alexa la mia host mom chiede la capitale {} io non so | della grecia=GR; della croazia=HR; della turchia=TR
americani | alexa wait qual è la capitale {} again | della germania=DE; della polonia=PL; dell'austria=AT
americani | alexa so tipo la capitale {} è quale | del giappone=JP; della cina=CN; della corea del sud=KR
americani | alexa sono studente a firenze e domani vado {} qual è la capitale | in ungheria=HU; in cechia=CZ; in danimarca=DK
keralesi | alexa chechi mi chiede la capitale {} | dell'india=IN; dello sri lanka=LK; delle maldive=MV
keralesi | alexa dopo il turno di notte in reparto dimmi la capitale {} | delle filippine=PH; dell'indonesia=ID; della malaysia=MY
keralesi | alexa mone vuole sapere la capitale {} per compito | dell'oman=OM; degli emirati arabi=AE; del kuwait=KW
keralesi | alexa sheri sheri ma la capitale {} qual è | del kerala=IN-KL; del tamil nadu=IN-TN; del karnataka=IN-KA
keralesi | alexa a casa nostra in kerala dicono che la capitale {} è bella come si chiama | della thailandia=TH; del vietnam=VN; di singapore=SG
olimpiadi | alexa alla sfilata delle nazioni sta entrando la squadra {} qual è la capitale | della giamaica=JM; del kenya=KE; della norvegia=NO
olimpiadi | alexa nel curling gioca la squadra {} mi dici la capitale | del canada=CA; della svezia=SE; della gran bretagna=GB
olimpiadi | alexa a cortina ha vinto un ragazzo {} di che capitale è | del liechtenstein=LI; di andorra=AD; di san marino=SM
olimpiadi | alexa nel biathlon c'è un atleta {} la capitale com'è | della bielorussia=BY; del kazakistan=KZ; della slovenia=SI
olimpiadi | alexa al villaggio olimpico ho conosciuto una pattinatrice {} qual è la sua capitale | della georgia il paese=GE; della mongolia=MN; del giappone=JP
olimpiadi | alexa sul bob c'è l'equipaggio {} la capitale qual è | di trinidad e tobago=TT; della nigeria=NG; del brasile=BR
olimpiadi | alexa i prossimi giochi invernali sono in francia e la capitale {} qual è | del principato di monaco=MC; dell'austria=AT
ospedale | alexa siamo in reparto di notte e il paziente del letto sei viene {} qual è la capitale | dal senegal=SN; dalla nigeria=NG; dal camerun=CM
ospedale | alexa in corsia la collega nuova è {} la capitale qual è | del perù=PE; dell'ecuador=EC; della bolivia=BO
ospedale | alexa faccio la notte al pronto soccorso e per stare sveglia ti chiedo la capitale {} | del sudan del sud=SS; dell'uganda=UG; del burundi=BI
ospedale | alexa il primario è stato in missione {} qual è la capitale | in sierra leone=SL; in madagascar=MG; in mozambico=MZ
ospedale | alexa la signora della stanza tre chiede la capitale {} che ci è nata | della tunisia=TN; della libia=LY; dell'eritrea=ER
ospedale | alexa abbiamo un'infermiera {} in tirocinio la capitale come si chiama | rumena=RO; albanese=AL; moldava=MD
pendolari | alexa il regionale è in ritardo di quaranta minuti intanto dimmi la capitale {} | della slovacchia=SK; della lituania=LT; dell'ucraina=UA
pendolari | alexa sul frecciarossa il vicino di posto è {} mi dici la capitale del suo paese | danese=DK; finlandese=FI; islandese=IS
pendolari | alexa treno soppresso di nuovo qual è la capitale {} almeno | della birmania=MM; del bhutan=BT; del laos=LA
pendolari | alexa alla stazione di lambrate c'è un cartellone pubblicitario {} che capitale ha | del marocco=MA; dell'egitto=EG; della giordania=JO
pendolari | alexa sto sul treno delle sei e venti la capitale {} per favore | del montenegro=ME; della bosnia ed erzegovina=BA; della macedonia=MK
guide-turistiche | alexa sono guida al colosseo e il gruppo viene {} qual è la loro capitale | dalla corea=KP+KR; dal brasile=BR; dall'argentina=AR
guide-turistiche | alexa agli uffizi un signore {} mi chiede se conosco la sua capitale qual è | indonesiano=ID; vietnamita=VN; thailandese=TH
guide-turistiche | alexa porto in gondola una coppia {} la capitale qual è | di sposi australiani=AU; neozelandese=NZ; cilena=CL
guide-turistiche | alexa il gruppo di domani arriva {} mi ripassi la capitale | dal kazakistan=KZ; dall'azerbaigian=AZ; dall'armenia=AM
guide-turistiche | alexa a pompei una turista {} vuole sapere se io so la sua capitale | colombiana=CO; messicana=MX; guatemalteca=GT
guide-turistiche | alexa faccio la guida a siena e i turisti vengono {} dimmi la capitale | dalle filippine=PH; da singapore=SG; dal brunei=BN
fao | alexa alla fao domani c'è la delegazione {} qual è la capitale | del malawi=MW; dello zambia=ZM; del lesotho=LS
fao | alexa nella riunione del programma alimentare c'è un collega {} dimmi la capitale | del ciad=TD; del niger=NE; del mali=ML
fao | alexa sto preparando le bandierine per la conferenza e mi serve la capitale {} | di vanuatu=VU; di tuvalu=TV; di kiribati=KI
fao | alexa la mia capa va in missione {} la capitale qual è | nelle isole marshall=MH; in micronesia=FM; a palau=PW
fao | alexa al bar della fao discutiamo della capitale {} | della somalia=SO; di gibuti=DJ; dell'etiopia=ET
fao | alexa mi trasferiscono all'ufficio regionale {} come si chiama la capitale | del ghana=GH; del kenya=KE; del cile=CL
mercato | alexa sono al banco del pesce e il cliente chiede la capitale {} | della norvegia=NO; dell'islanda=IS; della groenlandia=GL
mercato | alexa al mercato di porta palazzo il fruttivendolo vuole sapere la capitale {} | del senegal=SN; della costa d'avorio=CI; del camerun=CM
mercato | alexa vendo le spezie e un signore mi chiede la capitale {} | dello sri lanka=LK; del madagascar=MG; delle comore=KM
mercato | alexa al mercato rionale la signora delle uova dice che la capitale {} è diversa | della turchia=TR; del kazakistan=KZ; del myanmar=MM
mercato | alexa sto montando la bancarella e mi è venuta la curiosità della capitale {} | del nicaragua=NI; del costa rica=CR; del venezuela=VE
agriturismo | alexa all'agriturismo a colazione c'è una famiglia {} qual è la capitale | olandese=NL; belga=BE; svizzera=CH
agriturismo | alexa gli ospiti della camera due sono {} la capitale la sai | canadesi=CA; americani=US; scozzesi=GB-SCT
agriturismo | alexa sto mungendo le capre e mi viene in mente la capitale {} | della nuova zelanda=NZ; del galles=GB-WLS
agriturismo | alexa abbiamo prenotazioni {} per agosto qual è la capitale di là | dal giappone=JP; da taiwan=TW; dalla cina=CN
agriturismo | alexa gli ospiti che fanno la vendemmia con noi vengono {} la capitale qual è | dalla danimarca=DK; dall'estonia=EE; dalla lettonia=LV
corso-italiano | alexa la maestra del cpia chiede a me la capitale {} io non so | del mio paese la moldavia=MD; del pakistan=PK; della mongolia=MN
corso-italiano | alexa io studio italiano io volio sapere capitale {} | di gambia=GM; di guinea=GN; di eritrea=ER
corso-italiano | alexa oggi lezione di geografia come si dice capitale {} | di bangladesh=BD; di egitto=EG; di sudan=SD
corso-italiano | alexa per l'esame di italiano a due devo sapere la capitale {} | del marocco=MA; della tunisia=TN; dell'algeria=DZ
corso-italiano | alexa scusa mio italiano non buono capitale {} quale è | della siria=SY; dell'iraq=IQ; dello yemen=YE
consolato | alexa sto in fila al consolato per il visto qual è la capitale {} | del vietnam=VN; della russia=RU; della cina=CN
consolato | alexa per il permesso di soggiorno mi chiedono la capitale {} sul modulo | dell'ucraina=UA; della georgia paese caucasico=GE; dell'albania=AL
consolato | alexa il passaporto di mia moglie è stato rilasciato nella capitale {} come si chiama | del ruanda=RW; del burkina faso=BF; del togo=TG
consolato | alexa in questura c'è la coda di gente {} qual è la capitale | del bangladesh=BD; dello sri lanka=LK; del nepal=NP
consolato | alexa devo spedire i documenti all'ambasciata {} la capitale dov'è | dell'angola=AO; della namibia=NA; del gabon=GA
radio-locale | alexa alla radio locale il quiz della mattina chiede la capitale {} | del suriname=SR; della guyana=GY; del belize=BZ
radio-locale | alexa sto chiamando in diretta radio e devo dire la capitale {} presto | di haiti=HT; della repubblica dominicana=DO; delle bahamas=BS
radio-locale | alexa il conduttore della radio ha detto una capitale {} sbagliata qual è quella giusta | dell'australia=AU; del brasile=BR; della turchia=TR
radio-locale | alexa per vincere il cesto natalizio alla radio serve la capitale {} | di saint kitts e nevis=KN; di antigua e barbuda=AG; di saint vincent e grenadine=VC
maratona | alexa alla maratona di roma ha vinto un atleta {} la capitale qual è | etiope=ET; keniota=KE; ugandese=UG
maratona | alexa sto correndo il lungo della domenica dimmi la capitale {} | dell'eritrea=ER; del ruanda=RW; della tanzania=TZ
maratona | alexa al ristoro della mezza maratona un runner {} chiede la capitale del suo paese | marocchino=MA; algerino=DZ; tunisino=TN
plural-capitals | alexa quante capitali ha {} e quali sono | il benin=BJ
plural-capitals | alexa è vero che {} ha più di una capitale dimmele tutte | lo sri lanka=LK; la malaysia=MY; l'eswatini=SZ
plural-capitals | alexa elencami le capitali {} | della costa d'avorio=CI; della palestina=PS
plural-capitals | ostia alexa ma le capitali {} son do o tre | del sudafrica=ZA; della bolivia=BO
plural-capitals | alexa la maestra dice che {} ha due capitali come si chiamano | l'olanda=NL; la bolivia=BO; il benin=BJ
plural-capitals | alexa mi dici tutte e tre le capitali del sudafrica | ZA
plural-capitals | alexa chale quali sono le capitali della costa d'avorio | CI
plural-capitals | alexa capitali del benin quali sono | BJ
plural-capitals | alexa nel cruciverba mi serve una delle capitali {} | del benin=BJ; dello sri lanka=LK; della malesia=MY
plural-capitals | alexa quali capitali ha lo stato di palestina | PS
plural-capitals | alexa dove stanno governo e re dell'eswatini le capitali intendo | SZ
plural-capitals | alexa lo swaziland quante capitali ha | SZ
plural-capitals | alexa le capitali dello swaziland per favore | SZ
plural-capitals | alexa in malaysia ci sono due capitali giusto quali | MY
plural-capitals | alexa kuala lumpur e poi l'altra capitale della malaysia qual è | MY
plural-capitals | alexa a ceylon quante capitali ci sono | LK
plural-capitals | alexa colombo e quale altra sono le capitali dello sri lanka | LK
plural-capitals | alexa amsterdam e l'aia sono tutte e due capitali dell'olanda | NL
plural-capitals | alexa le capitali dei paesi bassi quante sono | NL
plural-capitals | alexa la bolivia ha sucre e quale altra capitale | BO
plural-capitals | alexa sucre e la paz le capitali della bolivia giusto | BO
plural-capitals | alexa quali sono le tre capitali sudafricane | ZA
plural-capitals | alexa porto novo e cotonou sono entrambe capitali del benin | BJ
plural-capitals | alexa la costa d'avorio ha due capitali yamoussoukro e quale | CI
plural-capitals | alexa capitali dell'eswatini elencale | SZ
plural-capitals | alexa palestina capitali plurale | PS
subdivision | alexa mio cugino vive {} la capitale qual è | in ohio=US-OH; nel michigan=US-MI; in pennsylvania=US-PA
subdivision | alexa la capitale {} quale città è | dell'alaska=US-AK; delle hawaii=US-HI; del nevada=US-NV
subdivision | alexa dimmi il capoluogo {} | del colorado=US-CO; dell'arizona=US-AZ; dello utah=US-UT
subdivision | alexa qual è la città capitale {} negli stati uniti | del montana=US-MT; del wyoming=US-WY; dell'idaho=US-ID
subdivision | alexa capitale {} america | dell'oregon=US-OR; dello stato di washington=US-WA; del minnesota=US-MN
subdivision | alexa la capitale del kentucky | US-KY
subdivision | alexa qual è la capitale del tennessee che c'è nashville | US-TN
subdivision | alexa capitale della louisiana dimmi | US-LA
subdivision | alexa qual è la capitale dello stato di new york non è new york vero | US-NY
subdivision | alexa la capitale del new jersey qual è | US-NJ
subdivision | alexa mi serve la capitale della provincia {} in canada | dell'ontario=CA-ON; del québec=CA-QC; della nuova scozia=CA-NS
subdivision | alexa la capitale {} canada quale città | dell'alberta=CA-AB; del manitoba=CA-MB; del saskatchewan=CA-SK
subdivision | alexa la capitale del nuovo brunswick | CA-NB
subdivision | alexa e la capitale del territorio dello yukon | CA-YT
subdivision | alexa la capitale del nunavut come si chiama | CA-NU
subdivision | alexa la capitale del nuovo galles del sud non è canberra vero | AU-NSW
subdivision | alexa capitale dell'australia occidentale | AU-WA
subdivision | alexa in germania qual è la capitale {} | della baviera=DE-BY; della sassonia=DE-SN; dell'assia=DE-HE
subdivision | alexa qual è la capitale del land {} | del baden württemberg=DE-BW
subdivision | alexa la capitale della renania palatinato | DE-RP
subdivision | alexa lo stato brasiliano {} che capitale ha | di bahia=BR-BA; del minas gerais=BR-MG; del paraná=BR-PR
subdivision | alexa la capitale dello stato di amazonas in brasile | BR-AM
subdivision | alexa la capitale del chiapas qual è | MX-CHP
subdivision | alexa qual è la capitale dello stato indiano {} | del maharashtra=IN-MH; del bengala occidentale=IN-WB
subdivision | alexa la capitale del gujarat come si pronuncia | IN-GJ
subdivision | alexa capitale dell'irlanda del nord | GB-NIR
subdivision | alexa e del galles la capitale qual è | GB-WLS
subdivision | alexa la capitale del punjab indiano | IN-PB
subdivision | alexa capitale del goa | IN-GA
territory | alexa per il quiz della radio qual è la capitale {} | della groenlandia=GL; delle isole fær øer=FO; delle isole åland=AX
territory | alexa la capitale {} mi serve per il cruciverba | delle bermuda=BM; delle isole cayman=KY; di gibilterra=GI
territory | alexa sono stata in vacanza in polinesia francese qual è la capitale | PF
territory | alexa capitale della martinica | MQ
territory | alexa qual è la capitale della guadalupa quella dei caraibi | GP
territory | alexa come si chiama la capitale dell'isola di man | IM
territory | alexa la capitale di jersey | JE
territory | alexa la capitale dell'isola di guernsey | GG
territory | alexa e di curaçao la capitale qual è | CW
territory | alexa la capitale delle isole falkland o malvine | FK
territory | alexa capitale delle svalbard | SJ
territory | alexa qual è la capitale di sant'elena dove è morto napoleone | SH
territory | alexa qual è la capitale del sahara occidentale | EH
yes-no-check | alexa la capitale {} è sydney vero | del nuovo galles del sud=AU-NSW
yes-no-check | alexa ma è giusto che la capitale {} è ankara | della turchia=TR
yes-no-check | alexa il mulo dice che la capitale {} è istanbul ga ragion | della turchia proprio=TR
yes-no-check | alexa la capitale del canada è toronto o no | CA
yes-no-check | alexa confermi che la capitale del canada è ottawa | CA
yes-no-check | alexa zagabria è la capitale della croazia sì o no | HR
yes-no-check | alexa è vera che la capitale della nigeria è lagos | NG
yes-no-check | alexa abuja o lagos per la nigeria dimmi tu | NG
yes-no-check | alexa secondo me la capitale del marocco è casablanca ho ragione | MA
yes-no-check | alexa il nonno giura che la capitale del marocco è rabat è così | MA
yes-no-check | alexa la capitale del vietnam è ho chi minh giusto | VN
yes-no-check | alexa ma hanoi è davvero la capitale del vietnam | VN
yes-no-check | alexa la capitale della svizzera è zurigo o ginevra | CH
yes-no-check | alexa nu cumpare dice che la capitale della svizzera è berna vero è | CH
yes-no-check | alexa la capitale del kazakistan si chiama ancora almaty | KZ
yes-no-check | alexa è corretto dire che la capitale del brasile è rio | BR
yes-no-check | alexa la capitale della bolivia è la paz sì | BO
yes-no-check | alexa scommessa col collega la capitale del myanmar è rangoon | MM
yes-no-check | alexa la capitale della nuova zelanda è auckland ci ho preso | NZ
yes-no-check | alexa wellington è la capitale della nuova zelanda vero | NZ
yes-no-check | alexa la capitale della tanzania è dar es salaam giusto o sbagliato | TZ
yes-no-check | alexa dodoma è capitale della tanzania davvero | TZ
yes-no-check | alexa la capitale degli stati uniti è new york mi pare | US
yes-no-check | alexa ma washington è la capitale dell'america sicuro | US
yes-no-check | alexa la capitale del pakistan è karachi yaar vero | PK
yes-no-check | alexa la capitale dell'ecuador è guayaquil chuta o no | EC
yes-no-check | alexa la capitale del ghana è accra right | GH
yes-no-check | alexa la capitale della florida è miami vero | US-FL
yes-no-check | alexa sacramento è la capitale della california o è los angeles | US-CA
yes-no-check | alexa la capitale della baviera è monaco o norimberga | DE-BY
yes-no-check | alexa la capitale della scozia è glasgow vero | GB-SCT
yes-no-check | alexa la capitale del camerun è douala sbaglio | CM
yes-no-check | alexa la capitale dell'india è mumbai o delhi | IN
yes-no-check | alexa la capitale del belize è belize city vero | BZ
yes-no-check | alexa è giusto che la capitale della siria è damasco | SY
yes-no-check | alexa la capitale dello sri lanka è colombo e basta | LK
self-correction | alexa dimmi la capitale dell'austria anzi dell'australia | AU
self-correction | alexa la capitale dello sve ehm della svizzera | CH
self-correction | alexa qual è la capitale della nigeria ah no del niger | NE
self-correction | alexa la capitale del niger no aspetta della nigeria | NG
self-correction | alexa la capitale della guinea anzi volevo dire guinea bissau | GW
self-correction | alexa capitale dell'iran no dell'iraq | IQ
self-correction | alexa la capitale dell'iraq ostia no de l'iran | IR
self-correction | alexa la capitale del gambia ma cosa dico dello zambia | ZM
self-correction | alexa la capitale della colombia mannaggia no della bolivia | BO
self-correction | alexa la capitale del mali pardon del malawi | MW
self-correction | alexa la capitale della lettonia no la lituania | LT
self-correction | alexa capitale della mauritania correggo delle mauritius | MU
self-correction | alexa la capitale della georgia quella americana no no quella del caucaso | GE
self-correction | alexa la capitale della repubblica ceca chuta no della slovacchia | SK
self-correction | alexa dimmi la capitale della svezia eh no norvegia scusa | NO
self-correction | alexa la capitale del paraguay ho sbagliato uruguay | UY
self-correction | alexa capitale dell'ungheria cioè della bulgaria | BG
self-correction | alexa la capitale dell'armenia anzi no mi sono confuso dell'albania | AL
self-correction | alexa la capitale del congo brazzaville no aspetta kinshasa | CD
self-correction | alexa la capitale della dominica ah no la repubblica dominicana | DO
self-correction | alexa la capitale del sudan no del sud sudan | SS
self-correction | alexa la capitale della corea del nord anzi quella del sud | KR
self-correction | alexa capitale dell'honduras sbagliato io del nicaragua | NI
self-correction | alexa la capitale del portogallo uà no della spagna | ES
self-correction | alexa la capitale della tunisia errore mio della libia | LY
self-correction | alexa la capitale del laos no la cambogia | KH
self-correction | alexa la capitale dell'islanda yaar no dell'irlanda | IE
self-correction | alexa la capitale del texas correzione dell'oklahoma | US-OK
self-correction | alexa la capitale del perù oops volevo dire del cile | CL
self-correction | alexa la capitale della malesia no scusa dell'indonesia | ID
self-correction | alexa la capitale del belgio ma che dico dell'olanda | NL
reverse-question | alexa {} è la capitale di quale paese | ulan bator=CITY:Ulan Bator; tbilisi=CITY:Tbilisi
reverse-question | alexa di che nazione è capitale {} | bishkek=CITY:Bishkek; asmara=CITY:Asmara; windhoek=CITY:Windhoek
reverse-question | alexa {} di che stato è la capitale | paramaribo=CITY:Paramaribo; tegucigalpa=CITY:Tegucigalpa; montevideo=CITY:Montevideo
reverse-question | alexa la città di {} è capitale di cosa | kingston=CITY:Kingston; victoria=CITY:Victoria; saint john's=CITY:Saint John's
reverse-question | alexa canberra è capitale di che paese | CITY:Canberra
reverse-question | alexa mi dici dove si trova la capitale che si chiama lubiana | CITY:Lubiana
reverse-question | alexa vientiane è la capitale di quale nazione | CITY:Vientiane
reverse-question | alexa chisinau di che paese è capitale | CITY:Chișinău
reverse-question | alexa quale paese ha come capitale antananarivo | CITY:Antananarivo
reverse-question | alexa quale stato americano ha come capitale sacramento | CITY:Sacramento
reverse-question | alexa di quale paese è capitale nairobi | CITY:Nairobi
reverse-question | alexa bratislava che capitale è di quale paese | CITY:Bratislava
reverse-question | alexa quale paese ha la capitale a dacca | CITY:Dacca
reverse-question | alexa la capitale manama di che paese è | CITY:Manama
reverse-question | alexa quale stato brasiliano ha come capitale manaus | CITY:Manaus
reverse-question | alexa edimburgo è capitale di che cosa | CITY:Edimburgo
reverse-question | alexa quale nazione africana ha come capitale lusaka | CITY:Lusaka
reverse-question | alexa roma è capitale di quale paese domanda scema lo so | CITY:Roma
reverse-question | alexa quale provincia canadese ha per capitale winnipeg | CITY:Winnipeg
reverse-question | alexa port moresby capitale di che paese | CITY:Port Moresby
reverse-question | alexa nel cruciverba c'è capitale di quale stato è thimphu | CITY:Thimphu
reverse-question | alexa a quale paese appartiene la capitale nuku'alofa | CITY:Nuku'alofa
official-name | alexa sul documento c'è scritto il nome lungo qual è la capitale {} | della repubblica federale di germania=DE; della repubblica ellenica=GR; del regno hascemita di giordania=JO
official-name | alexa la capitale {} come si chiama | della repubblica popolare cinese=CN; della federazione russa=RU; della repubblica islamica dell'iran=IR
official-name | alexa per la tesina serve la capitale {} | della repubblica francese=FR; del regno di spagna=ES; della repubblica portoghese=PT
official-name | alexa dimmi la capitale {} per favore | della repubblica di corea=KR; della repubblica popolare democratica di corea=KP; degli stati uniti messicani=MX
official-name | alexa capitale {} | del regno di danimarca=DK; del regno di svezia=SE
official-name | alexa qual è la capitale della repubblica democratica del congo | CD
official-name | alexa la capitale della repubblica del congo quella piccola | CG
official-name | alexa la capitale della repubblica federativa del brasile | BR
official-name | alexa capitale della repubblica italiana lo so ma dimmela | IT
official-name | alexa la capitale della repubblica tunisina | TN
official-name | alexa la capitale del regno del marocco | MA
official-name | alexa la capitale della repubblica sudafricana | ZA
official-name | alexa capitale dello stato plurinazionale della bolivia | BO
official-name | alexa la capitale della repubblica di cipro | CY
official-name | alexa la capitale della repubblica democratica popolare di algeria | DZ
official-name | alexa la capitale della confederazione svizzera | CH
official-name | alexa la capitale dello stato della città del vaticano | VA
everyday-name | alexa senti un po qual è la capitale {} | dell'olanda=NL; dell'america=US; della russia bianca=BY
everyday-name | alexa capitale {} dimmi | degli states=US; dell'inghilterra=GB-ENG; della birmania=MM
everyday-name | alexa la capitale {} qual è | della moldova=MD; della bielo russia=BY
everyday-name | alexa la capitale degli usa | US
everyday-name | alexa la capitale della gran bretagna | GB
everyday-name | alexa la capitale dell'uk qual è | GB
everyday-name | alexa qual è la capitale della nordcorea | KP
everyday-name | alexa e la sudcorea che capitale ha | KR
everyday-name | alexa capitale del congo kinshasa | CD
everyday-name | alexa la capitale del timor | TL
everyday-name | alexa la capitale della santa sede | VA
everyday-name | alexa la capitale del vaticano c'è | VA
everyday-name | alexa la capitale della tailandia senza acca | TH
everyday-name | alexa la capitale della türkiye come la chiamano adesso | TR
shared-name | alexa la capitale della georgia dello zio sam | US-GA
shared-name | alexa la capitale della georgia ex repubblica sovietica | GE
shared-name | alexa capitali di tutte e due le coree | KP+KR
shared-name | alexa la capitale della corea quella di kim | KP
shared-name | alexa la capitale della corea quella del kpop | KR
shared-name | alexa la capitale del congo quello grande ex zaire | CD
shared-name | alexa la capitale del congo quello piccolo | CG
shared-name | alexa la capitale delle isole vergini degli stati uniti | VI
shared-name | alexa la capitale della guinea | GN
shared-name | alexa la capitale della guinea quella equatoriale | GQ
old-name | alexa nei francobolli del nonno c'è scritto il nome vecchio qual è la capitale {} | della persia=IR; del siam=TH; dell'abissinia=ET
old-name | alexa la capitale {} come si chiamava | dello zaire=CD
old-name | alexa sul vecchio atlante del nonno c'è la capitale {} oggi qual è | della rhodesia=ZW; del basutoland=LS; del bechuanaland=BW
old-name | alexa la capitale di ceylon | LK
old-name | alexa la capitale del nyasaland | MW
shared-name | alexa mula dime la capitale de la georgia | GE+US-GA
shared-name | alexa la georgia dove c'è atlanta che capitale ha | US-GA
shared-name | alexa la capitale della georgia dove si fa il vino in anfora | GE
shared-name | alexa chale la capitale del congo quale dei due non so | CD+CG
shared-name | alexa yaar corea capitale | KP+KR
shared-name | alexa la capitale delle isole vergini tutte e due | VG+VI
follow-up | alexa la capitale della francia e quella {} | del belgio=BE; della germania=DE
follow-up | alexa e quella {} invece | del canada=CA; del messico=MX; del perù=PE
follow-up | alexa e {} | la polonia=PL; l'ungheria=HU; la romania=RO
follow-up | alexa ok e la capitale {} | del giappone=JP; della cina=CN; della mongolia=MN
follow-up | alexa e adesso {} | il cile=CL; l'argentina=AR; l'uruguay=UY
follow-up | alexa va bene e per {} | il kenya=KE; l'etiopia=ET; la somalia=SO
follow-up | alexa grazie e la capitale {} | della grecia=GR; di malta=MT; di cipro=CY
follow-up | alexa bene ora dimmi quella {} | dell'egitto=EG; del sudan=SD; della libia=LY
follow-up | alexa e poi {} qual è | la finlandia=FI; l'estonia=EE; la lettonia=LV
follow-up | alexa perfetto adesso quella {} | dell'austria=AT; della croazia=HR; della serbia=RS
follow-up | alexa ancora una e {} | il portogallo=PT; la spagna=ES; l'irlanda=IE
follow-up | alexa e la capitale {} te la ricordi | del senegal=SN; del mali=ML; del ghana=GH
follow-up | alexa sì e invece {} | il vietnam=VN; la cambogia=KH; il laos=LA
follow-up | alexa e del nepal | NP
follow-up | alexa e dell'afghanistan | AF
asr-artefact | alexa qual è la capitale {} ma veloce | del bengladesh=BD; del azerbaijan=AZ; del kirghistan=KG
asr-artefact | alexa la capitale {} | del burchina faso=BF; del zimbabue=ZW
asr-artefact | alexa la capitale di {} | el salvador=SV; monte negro=ME; san marino=SM
asr-artefact | alexa capitale della {} | nuova zelandia=NZ; svizera=CH; malesia=MY
asr-artefact | alexa la capitale del {} | bahrain=BH; kuweit=KW; irak=IQ
asr-artefact | alexa la capitale delle {} | filipine=PH; maldiv=MV; seychelle=SC
asr-artefact | alexa qual e la capitale {} | del uzbekistan=UZ; del turkmenistan=TM; del tagikistan=TJ
asr-artefact | alexa la capitale della {} grazie | giordania=JO; namibia=NA
asr-artefact | alexa dimmi la capitale di {} | sao tome e principe=ST; papua nuova ghinea=PG; trinidad tobago=TT
asr-artefact | alexa mi dici la capitale {} | dell uganda=UG; dell afghanistan=AF; dell ecuador=EC
one-shot | alexa chiedi a capitali del mondo la capitale {} | del kirghizistan=KG; del tagikistan=TJ
one-shot | alexa domanda a capitali del mondo qual è la capitale {} | del burundi=BI; dello zambia=ZM
one-shot | alexa apri capitali del mondo e dimmi la capitale {} | della finlandia=FI; di nauru=NR; di samoa=WS
one-shot | alexa usa capitali del mondo per la capitale {} | delle tonga=TO; di kiribati=KI; di palau=PW
one-shot | alexa con capitali del mondo trova la capitale {} | delle comore=KM; di mauritius=MU; delle seychelles=SC
shared-name | alexa ostia la capitale della georgia qual ela | GE+US-GA
shared-name | alexa cce ete la capitale della corea | KP+KR
shared-name | alexa compà la capitale del congo addò sta | CD+CG
shared-name | alexa le isole vergini britanniche e americane che capitali hanno | VG+VI
shared-name | alexa la capitale delle isole vergini inglesi | VG
shared-name | alexa la georgia dei pesche e della coca cola qual è la capitale | US-GA
old-name | alexa mio nonno era soldato in abissinia come si chiama la capitale adesso | ET
old-name | alexa la capitale del dahomey di una volta | BJ
old-name | alexa nei libri vecchi c'è l'alto volta la capitale qual è | BF
old-name | alexa la capitale della rhodesia del nord | ZM
old-name | alexa la capitale della birmania di una volta | MM
old-name | alexa mia zia dice ancora persia la capitale è sempre teheran | IR
old-name | alexa il siam che capitale aveva e ha | TH
old-name | alexa ceylon di una volta oggi che capitali ha | LK
everyday-name | alexa la capitale dell'olanda la chiede mio figlio | NL
everyday-name | alexa mula la capitale de l'inghilterra | GB-ENG
everyday-name | alexa ei la capitale dell'america quale è | US
everyday-name | alexa la capitale della russia bianca che sarebbe la bielorussia | BY
everyday-name | alexa la capitale della repubblica centrafricana detta centrafrica | CF
everyday-name | alexa capitale della bosnia per il mio collega di sarajevo lo so ma conferma | BA
everyday-name | alexa la capitale degli emirati dove lavora mio cugino | AE
territory | alexa mula la capitale de la groenlandia | GL
territory | alexa in crociera passiamo per le bermuda qual è la capitale | BM
territory | alexa il mio collega della fao va a portorico la capitale qual è | PR
territory | alexa chuta la capitale di portorico che è vicino a casa mia | PR
territory | alexa alla guida del gruppo serve la capitale delle isole cayman | KY
territory | alexa la capitale della nuova caledonia dove giocano a rugby | NC
territory | alexa il paziente viene dalla riunione l'isola qual è la capitale | RE
territory | alexa sheri la capitale di mayotte vicino al madagascar | YT
territory | alexa ostia la capitale delle isole fær øer | FO
territory | alexa la capitale di aruba dove va in vacanza la mia capa | AW
territory | alexa la capitale delle isole cook nel pacifico | CK
territory | alexa la capitale di anguilla ai caraibi | AI
territory | alexa la capitale di guam dove c'è la base americana | GU
territory | alexa la capitale della guyana francese dove partono i razzi | GF
territory | alexa la capitale di niue piccolina | NU
territory | alexa la capitale delle samoa americane per il quiz | AS
out-of-domain | alexa la nuova collega della fao viene da hong kong qual è la capitale lì | FB
subdivision | alexa mula la capitale del texas qual xe | US-TX
subdivision | alexa ostia la capitale della california | US-CA
subdivision | alexa chuta la capitale della florida donde vive mi prima | US-FL
subdivision | alexa la mia host mom è dell'ohio qual è la capitale | US-OH
subdivision | alexa like la capitale del colorado dove vado a sciare | US-CO
subdivision | alexa yaar la capitale del punjab indiano quella di amritsar | IN-PB
subdivision | alexa chechi vuole la capitale del kerala in italiano | IN-KL
subdivision | alexa la capitale del québec quella in francese | CA-QC
subdivision | alexa la capitale della tasmania per la maratona di hobart lo so già | AU-TAS
subdivision | alexa la capitale dello yucatán dove ci sono le piramidi | MX-YUC
subdivision | alexa la capitale della baviera per l'oktoberfest | DE-BY
subdivision | alexa compà la capitale del galles | GB-WLS
subdivision | alexa la capitale della scozia mula | GB-SCT
subdivision | alexa la capitale dell'irlanda del nord dove c'è il titanic | GB-NIR
help | alexa ciò come funziona sta roba delle capitali | HELP
help | alexa mula spiegami cossa posso domandarte | HELP
help | alexa ostia non so come si usa capitali del mondo aiutami | HELP
help | alexa cce pozzu chiedere a sta cosa delle capitali | HELP
help | alexa compà che se po fa con capitali del mondo | HELP
help | alexa ciapa spiegami come funziona il gioco delle capitali | HELP
help | alexa nun aggio capito come se fa aiuto | HELP
help | alexa chuta no entiendo come funziona aiutami per favore | HELP
help | alexa chale help me come si usa | HELP
help | alexa bhai aiuto come devo chiedere le capitali | HELP
help | alexa oi alexa non capisco cosa devo dire | HELP
help | alexa sorry come funziona this skill delle capitali | HELP
help | alexa chechi non sa usare capitali del mondo spiega tu | HELP
help | alexa mi fai un esempio di domanda da fare | HELP
help | alexa che domande posso farti sulle capitali | HELP
help | alexa quali comandi capisci | HELP
help | alexa istruzioni per capitali del mondo | HELP
help | alexa come si gioca con te alle capitali | HELP
help | alexa non mi hai capito cosa devo dire esattamente | HELP
help | alexa aiutami a capire cosa sai fare con le capitali | HELP
help | alexa mi serve una mano non so come chiederti | HELP
help | alexa la nonna non capisce come funziona spiegaglielo piano | HELP
help | alexa io non parla bene italiano come devo chiedere | HELP
help | alexa dammi le istruzioni per favore | HELP
help | alexa cosa si può chiedere qui | HELP
help | alexa mi spieghi le regole | HELP
stop | alexa basta così mula | STOP
stop | alexa ostia basta adesso | STOP
stop | alexa mena basta mo | STOP
stop | alexa statte zitta mo | STOP
stop | alexa finiamola qui con le capitali | STOP
stop | alexa chiudi capitali del mondo grazie ciao | STOP
stop | alexa chuta ya basta ciao | STOP
stop | alexa chale stop stop | STOP
stop | alexa bas yaar basta | STOP
stop | alexa obrigado basta così | STOP
stop | alexa ok we're done stop | STOP
stop | alexa adesso fermati che sta dormendo il paziente | STOP
stop | alexa spegni tutto che arriva il treno | STOP
stop | alexa abbiamo finito ciao ciao | STOP
stop | alexa taci per favore | STOP
stop | alexa ora basta con le domande | STOP
stop | alexa stop grazie mille | STOP
stop | alexa chiudi l'app | STOP
stop | alexa basta geografia per oggi | STOP
stop | alexa ciao alexa ci vediamo | STOP
stop | alexa arrivederci capitali | STOP
cancel | alexa lascia stare mula | CANCEL
cancel | alexa annulla ostia ho sbagliato | CANCEL
cancel | alexa lassa perde compà | CANCEL
cancel | alexa no niente non importa | CANCEL
cancel | alexa no no annulla tutto | CANCEL
cancel | alexa chuta olvídalo lascia perdere | CANCEL
cancel | alexa chale forget it lascia stare | CANCEL
cancel | alexa cancel cancel | CANCEL
cancel | alexa non fa niente lascia stare yaar | CANCEL
cancel | alexa lascia perdere me lo dice il nonno | CANCEL
cancel | alexa niente come non detto | CANCEL
cancel | alexa no lascia correre | CANCEL
cancel | alexa non importa più lascia perdere la domanda | CANCEL
cancel | alexa lascia stare l'ho trovato sul libro | CANCEL
cancel | alexa annulla sì annulla | CANCEL
cancel | alexa lascia perdere ho già risposto io | CANCEL
cancel | alexa annulla quell'ultima cosa | CANCEL
cancel | alexa niente niente lascia stare | CANCEL
cancel | alexa lascia stare non ti preoccupare | CANCEL
cancel | alexa annulla grazie lo stesso | CANCEL
launch | alexa apri capitali del mondo mula | LAUNCH
launch | alexa ostia avvia capitali del mondo | LAUNCH
launch | alexa mena apri capitali del mondo | LAUNCH
launch | alexa open capitali del mondo please | LAUNCH
launch | alexa apri capitali del mondo per il ripasso | LAUNCH
launch | alexa chale apri capitali del mondo | LAUNCH
launch | alexa bhai apri capitali del mondo | LAUNCH
launch | alexa ciò verzi capitali del mondo | LAUNCH
launch | alexa varda fa partir capitali del mondo | LAUNCH
launch | alexa compà apri mo capitali del mondo | LAUNCH
launch | alexa yaar start capitali del mondo | LAUNCH
launch | alexa nha fidju vuole giocare apri capitali del mondo | LAUNCH
launch | alexa apri il quiz capitali del mondo che ci alleniamo per la radio | LAUNCH
stop | alexa ciò basta cussì | STOP
stop | alexa valà fermete | STOP
stop | alexa ciapa basta adess | STOP
cancel | alexa ciò lassa star | CANCEL
cancel | alexa valà lassa perder | CANCEL
cancel | alexa mande no nada annulla | CANCEL
out-of-domain | alexa che tempo fa a trieste domani | FB
out-of-domain | alexa quanto soffia la bora oggi | FB
out-of-domain | alexa qual è la capitale della bora | FB
out-of-domain | alexa qual è la capitale del friuli venezia giulia | FB
out-of-domain | alexa qual è la capitale dell'istria | FB
out-of-domain | alexa cossa xe una osmiza | FB
out-of-domain | alexa a che ora parte il tram de opicina | FB
out-of-domain | alexa qual è la capitale del trentino | FB
out-of-domain | alexa capoluogo del trentino alto adige | FB
out-of-domain | alexa quante mele si raccolgono in val di non | FB
out-of-domain | alexa qual è la capitale del salento | FB
out-of-domain | alexa la capitale del barocco qual è | FB
out-of-domain | alexa metti la pizzica | FB
out-of-domain | alexa quando c'è la notte della taranta | FB
out-of-domain | alexa qual è la capitale della ciociaria | FB
out-of-domain | alexa qual è la capitale della valtellina | FB
out-of-domain | alexa come si fanno i pizzoccheri | FB
out-of-domain | alexa il passo dello stelvio è aperto | FB
out-of-domain | alexa qual è la capitale dell'irpinia | FB
out-of-domain | alexa quando c'è stato il terremoto dell'irpinia | FB
out-of-domain | alexa qual è la capitale del cilento | FB
out-of-domain | alexa qual è la capitale mondiale della mozzarella | FB
out-of-domain | alexa quanti abitanti ha quito | FB
out-of-domain | alexa che lingua si parla in ecuador | FB
out-of-domain | alexa qual è la capitale delle galapagos | FB
out-of-domain | alexa quanto è alto il chimborazo | FB
out-of-domain | alexa che ore sono in ghana adesso | FB
out-of-domain | alexa qual è la moneta del ghana | FB
out-of-domain | alexa qual è la capitale dell'ashanti | FB
out-of-domain | alexa risultati del cricket pakistan india | FB
out-of-domain | alexa qual è la capitale del kashmir pakistano | FB
out-of-domain | alexa quando inizia il ramadan quest'anno | FB
out-of-domain | alexa traduci grazie in urdu | FB
out-of-domain | alexa che lingua si parla a capo verde | FB
out-of-domain | alexa qual è la capitale della morna | FB
out-of-domain | alexa quale isola di capo verde è la più grande | FB
out-of-domain | alexa how do you say capital in italian | FB
out-of-domain | alexa qual è la capitale del rinascimento | FB
out-of-domain | alexa a che ora chiudono gli uffizi | FB
out-of-domain | alexa dove si mangia la bistecca alla fiorentina | FB
out-of-domain | alexa che lingua si parla in kerala | FB
out-of-domain | alexa quanto costa un biglietto per kochi | FB
out-of-domain | alexa chi ha vinto la discesa libera a cortina | FB
out-of-domain | alexa quando finiscono le olimpiadi invernali | FB
out-of-domain | alexa qual è la capitale dello sci | FB
out-of-domain | alexa qual è la capitale olimpica del duemilaventisei | FB
out-of-domain | alexa qual è il dosaggio della tachipirina | FB
out-of-domain | alexa imposta una sveglia alle sei | FB
out-of-domain | alexa quanto dura un turno di notte | FB
out-of-domain | alexa qual è la capitale dell'ospedale | FB
out-of-domain | alexa il treno delle sette per milano è in ritardo | FB
out-of-domain | alexa quanto costa l'abbonamento trenord | FB
out-of-domain | alexa qual è la capitale ferroviaria d'italia | FB
out-of-domain | alexa quando è stato costruito il colosseo | FB
out-of-domain | alexa quanti anni ha la torre di pisa | FB
out-of-domain | alexa qual era la capitale dell'impero inca | FB
out-of-domain | alexa cos'è la fao | FB
out-of-domain | alexa quanti paesi fanno parte della fao | FB
out-of-domain | alexa qual è la capitale mondiale dell'alimentazione | FB
out-of-domain | alexa quanto costa il pesce spada al chilo | FB
out-of-domain | alexa che frutta è di stagione a dicembre | FB
out-of-domain | alexa qual è la capitale del carciofo | FB
out-of-domain | alexa quanto latte fa una capra al giorno | FB
out-of-domain | alexa prenota un tavolo per quattro | FB
out-of-domain | alexa come si coniuga il verbo essere | FB
out-of-domain | alexa che differenza c'è tra capitale e capoluogo | FB
out-of-domain | alexa qual è il plurale di capitale | FB
out-of-domain | alexa quanto costa rinnovare il passaporto | FB
out-of-domain | alexa dov'è la questura di milano | FB
out-of-domain | alexa quanti giorni ci vogliono per il permesso di soggiorno | FB
out-of-domain | alexa alza il volume della radio | FB
out-of-domain | alexa quanto è lunga una maratona | FB
out-of-domain | alexa chi detiene il record della maratona | FB
out-of-domain | alexa qual è la capitale mondiale della corsa | FB
out-of-domain | alexa qual è il capitale sociale minimo di una srl | FB
out-of-domain | alexa qual è la capitale della sicilia | FB
out-of-domain | alexa qual è la capitale della lombardia | FB
out-of-domain | alexa qual è la capitale del kurdistan | FB
out-of-domain | alexa qual è la capitale della transnistria | FB
out-of-domain | alexa qual era la capitale della germania est | FB
out-of-domain | alexa qual è la capitale di westeros | FB
out-of-domain | alexa qual è la capitale di marte | FB
out-of-domain | alexa qual è la capitale dell'antartide | FB
out-of-domain | alexa la capitale del polo nord | FB
out-of-domain | alexa qual è la lingua ufficiale della svizzera | FB
out-of-domain | alexa qual è la bandiera del giappone | FB
out-of-domain | alexa qual è il fiume più lungo d'africa | FB
out-of-domain | alexa quanti abitanti ha parigi | FB
out-of-domain | alexa qual è il prefisso telefonico del marocco | FB
out-of-domain | alexa quando gioca la triestina | FB
out-of-domain | alexa fammi un quiz di storia | FB
out-of-domain | alexa buonanotte | FB
out-of-domain | alexa la capitale della moda è milano o parigi | FB
out-of-domain | alexa ciò quanti gradi ga fato stanotte a opicina | FB
out-of-domain | alexa varda se domani nevica in val di sole | FB
out-of-domain | alexa cce ura ete a lecce mo | FB
out-of-domain | alexa compà quanto dista cassino da frosinone | FB
out-of-domain | alexa quanto costa la benzina a livigno | FB
out-of-domain | alexa che vino si fa in irpinia | FB
out-of-domain | alexa chuta cuánto cuesta un volo per guayaquil | FB
out-of-domain | alexa chale quanto fa un cedi in euro | FB
out-of-domain | alexa bhai a che ora è la preghiera del venerdì a prato | FB
out-of-domain | alexa nha fidju vuole sentire una canzone di cesária évora | FB
out-of-domain | alexa what time is it in new york like right now | FB
out-of-domain | alexa chechi chiede le previsioni del tempo per kochi | FB
out-of-domain | alexa qual è la capitale del curling | FB
out-of-domain | alexa qual è la capitale della val di non | FB
out-of-domain | alexa la capitale della pizzica qual è | FB
out-of-domain | alexa qual è la capitale della sardegna | FB
out-of-domain | alexa qual è la capitale dello stato libero di fiume | FB
out-of-domain | alexa quale capitale ha vinto più medaglie alle olimpiadi | FB"""

if __name__ == "__main__":
    build_round(32, "it", LINES, sys.argv, "tests/Eval/it/round32/source/build_corpus.py")
