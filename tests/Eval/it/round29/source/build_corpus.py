"""Round 29, Italian (it-IT): a new author's own mix, written blind. Speakers chosen away from the regions and groups of
the Italian rounds 25 to 28 ("How it was written"): Sicilians of Catania, Palermo and Ragusa ("talìa", "mizzica",
"amunì", "u picciriddu", "un lu sacciu", "bedda matri", the Vucciria market), Sardinians of Cagliari, Nuoro and
Orgosolo ("ajò", "eja", "ello", "su nonnu", the ferry to Civitavecchia, sheep shearing, improvised poetry contests),
Ligurians of Genoa, Recco and Sanremo ("belin", "maniman", "mugugno", container port, focaccia), Piedmontese of Turin,
Cuneo and the Langhe ("cerea", "neh", "esageruma nen", "bogia nen", gianduiotti), Swiss Italians of Lugano, Bellinzona
and Chiasso ("natel", the grotto and the boccalino), Valdostani ("bondzor", "eh bien", "ma foi", "merci", a refuge under
Mont Blanc), Italo-Argentinians back in Italy ("che", "decime", "dale", "boludo", "mirá", "posta"), Italo-German
teenagers back from Stuttgart and Wolfsburg ("alter", "krass", "also", "doch", "mein gott"), Chinese of Prato's pronto
moda ("ni hao", "hao hao", "xie xie", articles dropped), Ukrainian caregivers ("bozhe", "oy", "dyakuyu", "slava bohu"),
Bangladeshi shopkeepers of Torpignattara ("bhai", "thik ache", "apa", "dhonnobad"), Eritreans and Ethiopians of Rome
and Porta Venezia ("selam", "ishi", "yekenyeley"), Georgian caregivers ("gamarjoba", "kargi", "madloba", "vaime", and
their Georgia against the US state), elders at home and in a care home (formal "lei", hearing trouble), small children,
teenagers ("raga", "bro", "fra", "no vabbè", "letteralmente", Discord), and learners of Italian (wrong articles and
genders: "il capitale", "la capitali", "della gabon"). Situations: Eurovision night, Formula One weekends, the grape
harvest, camper van trips through the Balkans, Christmas tombola, an airport gate, video games (Fortnite, GeoGuessr, a
strategy game), a parent helping with homework, a world-map puzzle and a child's globe, a hotel reception and a taxi, a
karaoke night. Plus plain and terse questions, fillers and hesitations, follow-ups, yes/no checks with right and wrong
guesses, self-corrections with a marker ("ma che dico", "no scusa", "errore mio", "aspetta rettifico", "no no ritiro",
"mi sono spiegato male", "ma cosa dico", "no quella", "macché", "pardon", "oddio no", "no scusate", "no volevo dire",
"no aspetta ho sbagliato paese", "anzi no", "cioè", "ehm scusa", "no scusa intendevo", "anzi"), reverse questions,
official, everyday and old names, shared names and look-alikes, plurals of every several-capital country and Palestine,
subdivisions and territories, one-shot requests with the invocation name "capitali del mondo", launch, help, stop,
cancel, out-of-domain near misses, and what it-IT recognition writes (lost accents, joined or split words, spellings).
`python3 tests/Eval/it/round29/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 29's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Sicilians of Catania and Palermo
sicilia | talìa alexa la capitale {} qual è | del marocco=MA; della tunisia=TN; dell'algeria=DZ
sicilia | mizzica alexa mi sono scordato la capitale {} me la dici | della libia=LY; di malta=MT
sicilia | amunì alexa dimmi la capitale {} che u picciriddu la deve studiare per domani | dell'egitto=EG
sicilia | alexa mio cugino di catania dice che la capitale {} la sa a memoria ma secondo me non è vero qual è | della siria=SY
sicilia | bedda matri alexa a palermo fa così caldo che non penso più la capitale {} | di cipro=CY
sicilia | alexa un lu sacciu proprio la capitale {} dimmela tu | del ciad=TD; del niger=NE
sicilia | alexa siamo alla vucciria e il pescivendolo vuole sapere la capitale {} | della mauritania=MR; del senegal=SN
sicilia | alexa a casa di mia nonna a ragusa si gioca a carte e chi perde dice la capitale {} | dell'arabia saudita=SA; dello yemen=YE
# Sardinians of Cagliari, Nuoro and Sassari
sardegna | ajò alexa dimmi la capitale {} | dell'irlanda=IE; della scozia=GB-SCT
sardegna | eja alexa e la capitale {} qual è | dell'islanda=IS; della norvegia=NO
sardegna | alexa su nonnu di nuoro vuole sapere la capitale {} | dell'argentina=AR; dell'uruguay=UY
sardegna | alexa ello ma come si chiama la capitale {} | del portogallo=PT
sardegna | alexa sul traghetto per civitavecchia non prende il telefono dimmi tu la capitale {} | della croazia=HR; dell'albania=AL
sardegna | ajò alexa per la gara di poesia a bolotana mi serve una rima con la capitale {} | dell'estonia=EE; della lettonia=LV
sardegna | alexa mentre tosiamo le pecore a orgosolo mio zio chiede la capitale {} | della nuova zelanda=NZ
# Ligurians of Genoa and the Riviera
liguria | belin alexa qual è la capitale {} | del cile=CL; del perù=PE
liguria | alexa maniman sbaglio dimmi tu la capitale {} | dell'ecuador=EC; della colombia=CO
liguria | alexa sto scaricando container al porto di genova qual è la capitale {} | della liberia=LR; di panama=PA; delle isole marshall=MH
liguria | alexa faccio mugugno perché non mi ricordo la capitale {} | del venezuela=VE; del paraguay=PY
liguria | alexa in focacceria a recco un turista mi ha chiesto la capitale {} | della svezia=SE; della danimarca=DK
liguria | alexa belin che vento a sanremo la capitale {} come si chiama | del principato di monaco=MC
# Piedmontese of Turin, Cuneo and the Langhe
piemonte | cerea alexa la capitale {} qual è neh | del belgio=BE
piemonte | alexa esageruma nen ma la capitale {} proprio non la so | della moldavia=MD; della romania=RO
piemonte | alexa bogia nen e dimmi la capitale {} | della bulgaria=BG; della serbia=RS
piemonte | alexa mia nonna di cuneo chiede la capitale {} neh | del montenegro=ME; della macedonia del nord=MK
piemonte | alexa sto facendo i gianduiotti e intanto mi dici la capitale {} | della costa rica=CR; del guatemala=GT
# Swiss Italians of Lugano and Bellinzona
ticino | ciao alexa qui da lugano la capitale {} qual è | del liechtenstein=LI; dell'austria=AT
ticino | alexa ho il natel scarico dimmi tu la capitale {} | del lussemburgo=LU; della slovenia=SI
ticino | alexa al grotto col boccalino di merlot si discute della capitale {} | della svizzera=CH
ticino | alexa per la scuola media di bellinzona mi serve la capitale {} | di andorra=AD; di san marino=SM
ticino | alexa aspetto il treno a chiasso e mi chiedo qual è la capitale {} | dell'ungheria=HU; della slovacchia=SK
# Valdostani speaking franco-provençal and French
valle-aosta | bondzor alexa qual è la capitale {} | del canada=CA; del québec=CA-QC
valle-aosta | alexa eh bien dimmi la capitale {} allora | di haiti=HT
valle-aosta | alexa nel rifugio sotto il monte bianco un alpinista chiede la capitale {} | del nepal=NP; del bhutan=BT
valle-aosta | alexa ma foi non mi ricordo la capitale {} | del gabon=GA
valle-aosta | alexa merci e adesso la capitale {} per favore | del madagascar=MG
# Italo-Argentinians back in Italy
argentini | che alexa decime la capitale {} | del brasile=BR; del messico=MX
argentini | alexa dale dimmi la capitale {} che mia nonna è di rosario e non se la ricorda | di cuba=CU; della repubblica dominicana=DO
argentini | alexa quel boludo di mio fratello dice che la capitale {} è facile ma non la sa | dell'honduras=HN; del nicaragua=NI
argentini | mirá alexa il mio bisnonno partì da genova per buenos aires e io voglio sapere la capitale {} | di el salvador=SV
argentini | alexa posta che non mi viene la capitale {} | del suriname=SR; della guyana=GY
# Italo-German teenagers back from Stuttgart and Wolfsburg
germania-rientro | alter alexa qual è la capitale {} | della cechia=CZ; della polonia=PL
germania-rientro | alexa krass non so la capitale {} | della lituania=LT; della bielorussia=BY
germania-rientro | alexa also io sono cresciuto a wolfsburg ma la capitale {} non la so | dell'ucraina=UA; della russia=RU
germania-rientro | alexa doch doch dimmi la capitale {} | della finlandia=FI; della turingia=DE-TH
germania-rientro | alexa mein gott ho scordato la capitale {} | della baviera=DE-BY; della sassonia=DE-SN
# Chinese of Prato
prato-cinesi | ni hao alexa la capitale {} qual è | della cina=CN; del vietnam=VN
prato-cinesi | alexa io lavoro pronto moda a prato dimmi capitale {} | della cambogia=KH; del laos=LA
prato-cinesi | alexa hao hao ho capito ma capitale {} come si chiama | della mongolia=MN; di taiwan=TW
prato-cinesi | alexa xie xie e poi la capitale {} | della thailandia=TH; del myanmar=MM
prato-cinesi | alexa mio figlio in terza media chiede capitale {} io non so | del giappone=JP
# Ukrainian caregivers
ucraine | alexa bozhe mio non ricordo la capitale {} | del kazakistan=KZ; dell'armenia=AM
ucraine | alexa la signora dorme e io voglio sapere la capitale {} | dell'azerbaigian=AZ; del turkmenistan=TM
ucraine | oy alexa dimmi per favore la capitale {} | dell'uzbekistan=UZ; del tagikistan=TJ
ucraine | alexa dyakuyu ma ancora una domanda la capitale {} | del kirghizistan=KG; di israele=IL
ucraine | alexa slava bohu la signora ha mangiato adesso dimmi la capitale {} | della georgia del caucaso=GE
# Bangladeshi shopkeepers of Rome's Torpignattara
bangla | alexa bhai qual è la capitale {} | del bangladesh=BD; del pakistan=PK
bangla | alexa nel mio negozio a torpignattara un cliente chiede la capitale {} | dell'india=IN
bangla | alexa thik ache e la capitale {} | delle maldive=MV; dell'afghanistan=AF
bangla | alexa apa vuole sapere la capitale {} per il figlio | dell'indonesia=ID; della malaysia=MY; delle filippine=PH
bangla | alexa dhonnobad ma dimmi anche la capitale {} | del bengala occidentale=IN-WB; dell'assam=IN-AS
# Eritreans and Ethiopians of Rome and Milan
eritrea | selam alexa qual è la capitale {} | dell'eritrea=ER; dell'etiopia=ET
eritrea | alexa ishi ishi e la capitale {} | di gibuti=DJ; della somalia=SO
eritrea | alexa mia zia ad asmara dice che la capitale {} la sa lei | del sud sudan=SS
eritrea | alexa yekenyeley ma dimmi anche la capitale {} | dell'uganda=UG; del ruanda=RW
eritrea | alexa a porta venezia al ristorante chiedono la capitale {} | del sudan=SD
# Georgian caregivers
georgiane | gamarjoba alexa qual è la capitale {} | della turchia=TR
georgiane | alexa kargi kargi e la capitale {} | dell'iraq=IQ; del kuwait=KW
georgiane | alexa madloba dimmi adesso la capitale {} | dell'armenia=AM
georgiane | alexa vaime non ricordo la capitale {} | del paese della georgia=GE
# Eurovision night
eurovision | alexa durante l'eurovision mia sorella chiede la capitale {} | dell'azerbaigian=AZ; di israele=IL
eurovision | alexa guardando l'eurovision dimmi la capitale {} che ci hanno dato dodici punti | del portogallo=PT; della lituania=LT
eurovision | alexa adesso canta il cantante {} all'eurovision qual è la capitale | dell'armenia=AM; di san marino=SM
eurovision | alexa all'eurovision ha vinto la canzone {} dimmi la capitale | della svezia=SE; dell'ucraina=UA
# Formula one weekends
formula-uno | alexa mentre aspetto il via del gran premio dimmi la capitale {} | del bahrein=BH; dell'arabia saudita=SA; del qatar=QA
formula-uno | alexa dopo le qualifiche di monza dimmi la capitale {} | degli emirati arabi uniti=AE
formula-uno | alexa la ferrari domenica corre {} qual è la capitale del paese | in messico=MX; in brasile=BR
formula-uno | alexa in pit lane un meccanico chiede la capitale {} | di singapore=SG
# Grape harvest in the Langhe and Franciacorta
vendemmia | alexa in vendemmia nelle langhe lavora un ragazzo {} qual è la capitale del suo paese | del gambia=GM; della guinea=GN; del mali=ML
vendemmia | alexa tra un filare e l'altro dimmi la capitale {} | della guinea-bissau=GW; della sierra leone=SL
vendemmia | alexa con le forbici in mano e le cassette piene vorrei sapere la capitale {} | del togo=TG
# Camper van trips
camper | alexa siamo col camper in giro per i balcani qual è la capitale {} | del kosovo=XK; della bosnia ed erzegovina=BA; della serbia=RS
camper | alexa siamo in area di sosta col camper e non c'è nulla da fare dimmi la capitale {} | della slovenia=SI; dell'albania=AL
camper | alexa il navigatore del camper dice che stiamo entrando {} qual è la capitale | in estonia=EE
# Christmas tombola with the grandparents
tombola | alexa a natale giochiamo a tombola e chi perde deve dire la capitale {} | del madagascar=MG; del mozambico=MZ
tombola | alexa è uscito il novanta la paura e adesso mio nonno vuole sapere la capitale {} | dello zimbabwe=ZW
tombola | alexa ho fatto ambo e per festeggiare dimmi la capitale {} | dell'angola=AO; della namibia=NA
# At the airport gate
aeroporto | alexa sto aspettando al gate a malpensa dimmi la capitale {} | della namibia=NA
aeroporto | alexa il volo è in ritardo di tre ore e io mi annoio qual è la capitale {} | del lesotho=LS
aeroporto | alexa la hostess ha detto che atterriamo presto in {} qual è la capitale | tanzania=TZ; kenya=KE; etiopia=ET
# Video games
videogiochi | alexa sto giocando a fortnite col mio amico dimmi veloce la capitale {} | delle figi=FJ; di vanuatu=VU
videogiochi | alexa sono in partita su geoguessr e mi serve la capitale {} | dell'eswatini=SZ; del burundi=BI
videogiochi | alexa nel mio gioco di strategia devo conquistare la capitale {} come si chiama | della repubblica centrafricana=CF
# A parent helping with homework
compiti | alexa aiutami coi compiti di mio figlio la capitale {} | della tanzania=TZ
compiti | alexa la maestra ha dato una scheda e chiede la capitale {} | della nigeria=NG; del benin=BJ
compiti | alexa il prof di geografia vuole la capitale {} per lunedì | del brunei=BN; di timor est=TL
# A thousand-piece world map puzzle and a child's globe
mappamondo | alexa sto facendo il puzzle del mappamondo da mille pezzi e manca la capitale {} | della papua nuova guinea=PG; delle isole salomone=SB
mappamondo | alexa sul mappamondo luminoso di mia figlia la capitale {} è scritta piccolissima qual è | di kiribati=KI; di tuvalu=TV; di nauru=NR
mappamondo | alexa giro il mappamondo a occhi chiusi e il dito cade {} dimmi la capitale | sul kazakistan=KZ; sulla mongolia=MN; sul perù=PE
# A hotel reception and a taxi
reception | alexa alla reception dell'albergo un cliente mi chiede la capitale {} | di palau=PW; della micronesia=FM; delle samoa=WS
reception | alexa sono tassista e un cliente americano mi chiede la capitale {} | delle tonga=TO; di trinidad e tobago=TT
reception | alexa il portiere di notte vuole sapere la capitale {} | delle bahamas=BS; di barbados=BB
# Karaoke night
karaoke | alexa al karaoke hanno messo una canzone {} mi dici la capitale | della giamaica=JM; di cuba=CU; della colombia=CO
karaoke | alexa tra una canzone e l'altra la capitale {} qual è | della grenada=GD; di saint lucia=LC
# Elders at home and in a care home
anziani | signorina alexa per cortesia mi dice la capitale {} | della grecia=GR; dell'inghilterra=GB-ENG
anziani | alexa mi scusi sono un po sorda mi ripete la capitale {} | della polonia=PL; dell'ungheria=HU
anziani | alexa lei sa mica la capitale {} | delle bahamas=BS; della dominica=DM
anziani | alexa ai miei tempi si studiava a memoria la capitale {} ma adesso non me la ricordo più | dell'austria=AT; del belgio=BE
anziani | alexa sono la nonna di giulia e vorrei sapere la capitale {} grazie tante | del portogallo=PT; dell'irlanda=IE; del galles=GB-WLS
anziani | alexa nella casa di riposo facciamo il quiz del giovedì la capitale {} | dell'argentina=AR
# Children
bambini | alexa alexa la capitale {} quale è | del giappone=JP; dell'italia=IT
bambini | alexa la maestra dice che la capitale {} è difficilissima tu la sai | del burkina faso=BF
bambini | alexa mamma dice di chiedere a te la capitale {} | di antigua e barbuda=AG; di saint lucia=LC
bambini | alexa io ho sei anni e voglio sapere la capitale {} | della russia=RU; della cina=CN
bambini | alexa ma la capitale {} è grande grande | dell'america=US
bambini | alexa il mio pupazzo vuole sapere la capitale {} | del canada=CA
# Teenagers
ragazzi | raga zitti un attimo alexa qual è la capitale {} | dell'islanda=IS
ragazzi | alexa bro tipo la capitale {} qual è | della dominica=DM; di saint kitts e nevis=KN
ragazzi | alexa no vabbè non so la capitale {} letteralmente aiutami | di saint vincent e grenadine=VC; di são tomé e príncipe=ST; del capo verde=CV
ragazzi | alexa fra ci sta se mi dici la capitale {} | delle comore=KM; di mauritius=MU
ragazzi | alexa sono in chiamata su discord e nessuno sa la capitale {} | del kazakistan=KZ; dell'oman=OM
ragazzi | alexa ho la verifica tra dieci minuti dimmi la capitale {} che sono nel panico | del suriname=SR; dell'uruguay=UY
# Learners of Italian
studenti-stranieri | alexa come si chiama il capitale {} | di ghana=GH; di togo=TG
studenti-stranieri | alexa io voglio sapere capitale di {} per favore | costa d'avorio=CI; guinea bissau=GW; mozambico=MZ
studenti-stranieri | alexa quale è la capitali {} | del sierra leone=SL; del liberia=LR
studenti-stranieri | alexa scusa il mio italiano non è buono quale è capitale di {} | guinea equatoriale=GQ
studenti-stranieri | alexa per mio corso di italiano devo dire capitale {} | della gabon=GA; della mali=ML
studenti-stranieri | alexa cosa è la capitale di {} | senegal=SN
# Fillers and hesitations
esitazione | alexa ehm allora aspetta la capitale {} | della mauritania=MR; dell'algeria=DZ
esitazione | alexa mmm com'era la capitale {} | della giordania=JO; del libano=LB
esitazione | alexa uhm sì ecco cioè la capitale {} qual era | della siria=SY
esitazione | alexa allora dunque vediamo un po la capitale {} | del bahrein=BH; del qatar=QA
esitazione | alexa eh niente volevo chiederti boh la capitale {} | del kuwait=KW; dello yemen=YE
esitazione | alexa praticamente tipo la capitale {} ecco | dell'oman=OM; degli emirati arabi uniti=AE
# Plain questions
domanda-semplice | alexa dimmi un po qual è la capitale {} | della germania=DE; del belgio=BE
domanda-semplice | alexa sapresti dirmi la capitale {} | del nicaragua=NI; dell'honduras=HN
domanda-semplice | alexa ti va di dirmi la capitale {} | della bolivia=BO; del paraguay=PY
domanda-semplice | alexa quale città è la capitale {} | della svizzera=CH; della turchia=TR
domanda-semplice | alexa voglio sapere come si chiama la capitale {} | del vietnam=VN; della cambogia=KH
domanda-semplice | alexa mi ricordi la capitale {} | della nigeria=NG; del ghana=GH
# Terse
breve | capitale {} alexa | della lettonia=LV; della slovacchia=SK
breve | alexa capitale {} veloce | del perù=PE
breve | alexa {} capitale | kenya=KE; tunisia=TN; laos=LA
breve | alexa la capitale {} e basta | della mongolia=MN; del nepal=NP
# Follow-ups
follow-up | e invece {} | del belize=BZ
follow-up | ok e quella {} | dell'oman=OM; del bhutan=BT
follow-up | adesso fammi quella {} | del brunei=BN; di singapore=SG
follow-up | e per {} com'è | il sudan=SD; la somalia=SO
follow-up | e ancora {} | della croazia=HR; della bosnia=BA
follow-up | perfetto e {} | dell'afghanistan=AF; dell'uzbekistan=UZ
follow-up | e la capitale {} allora | della libia=LY; dell'egitto=EG
follow-up | va bene e la stessa cosa per {} | la finlandia=FI; l'estonia=EE
follow-up | bene adesso {} | del montenegro=ME; del kosovo=XK
follow-up | e dopo quella {} che mi dici | della repubblica ceca=CZ; della romania=RO
follow-up | alexa e sempre in africa {} | del malawi=MW
follow-up | grazie e quella {} me la dici | delle figi=FJ
# Yes/no checks with right and wrong guesses
yes-no-check | alexa è giusto dire che la capitale {} | dell'australia è sydney=AU; del canada è toronto=CA; della turchia è ankara=TR
yes-no-check | alexa confermi che la capitale {} | della nigeria è lagos=NG; del brasile è brasilia=BR; della svizzera è zurigo=CH
yes-no-check | alexa ma non è che la capitale {} | del marocco è casablanca=MA; del vietnam è hanoi=VN
yes-no-check | alexa scommetto che la capitale {} ho ragione | del pakistan è karachi=PK; della bolivia è la paz=BO
yes-no-check | alexa ho vinto la scommessa la capitale {} vero | della nuova zelanda è wellington=NZ; della tanzania è dar es salaam=TZ
yes-no-check | alexa {} sì o no | kampala è la capitale dell'uganda=UG; la capitale del kazakistan è almaty=KZ
yes-no-check | alexa mio marito giura che la capitale {} è vero | del myanmar è rangoon=MM; della costa d'avorio è abidjan=CI
yes-no-check | alexa dimmi solo sì o no la capitale {} | dell'india è mumbai=IN; del belize è belmopan=BZ
yes-no-check | alexa per caso la capitale {} | della cina è shanghai=CN; del camerun è yaoundé=CM
yes-no-check | alexa sono sicura che la capitale {} me lo confermi | della mongolia è ulan bator=MN; dell'ecuador è guayaquil=EC
# Self-corrections with a marker
self-correction | alexa la capitale {} | della svezia ma che dico della norvegia=NO; del niger anzi della nigeria=NG
self-correction | alexa qual è la capitale {} | dell'austria no scusa dell'australia=AU; della slovenia errore mio della slovacchia=SK
self-correction | alexa dimmi la capitale {} | dell'iran aspetta rettifico dell'iraq=IQ; della colombia no no ritiro della bolivia=BO
self-correction | alexa mi dici la capitale {} | della guinea ehm mi sono spiegato male della guinea equatoriale=GQ; del mali ma cosa dico del malawi=MW
self-correction | alexa volevo la capitale {} | del gambia no quella dello zambia=ZM; della lettonia macché della lituania=LT
self-correction | alexa la capitale {} per piacere | dell'armenia pardon dell'albania=AL; del sudan oddio no del sud sudan=SS
self-correction | alexa sai la capitale {} | della corea del nord no scusate del sud=KR; dell'india no volevo dire dell'indonesia=ID
self-correction | alexa per favore qual è la capitale {} | della danimarca no aspetta ho sbagliato paese dell'olanda=NL; del perù anzi no del paraguay=PY
self-correction | alexa la capitale {} grazie | della dominica cioè della repubblica dominicana=DO; del congo ehm scusa del gabon=GA
self-correction | alexa mi serve la capitale {} | del ciad no scusa intendevo del camerun=CM; dell'uganda anzi del ruanda=RW
# Reverse questions
reverse-question | alexa {} è la capitale di quale paese | pretoria=CITY:Pretoria; ouagadougou=CITY:Ouagadougou; vientiane=CITY:Vientiane
reverse-question | alexa di che paese è capitale {} | asmara=CITY:Asmara; tegucigalpa=CITY:Tegucigalpa; ashgabat=CITY:Ashgabat
reverse-question | alexa {} capitale di cosa | victoria=CITY:Victoria; kingston=CITY:Kingston
reverse-question | alexa la città di {} è capitale di dove | windhoek=CITY:Windhoek; bishkek=CITY:Bishkek; paramaribo=CITY:Paramaribo
reverse-question | alexa ma {} di che stato è la capitale | canberra=CITY:Canberra; chandigarh=CITY:Chandigarh
reverse-question | alexa sai dirmi {} è la capitale di che nazione | nuku'alofa=CITY:Nuku'alofa; port moresby=CITY:Port Moresby
reverse-question | alexa mi è venuta in mente {} ma di quale paese è capitale | la paz=CITY:La Paz; saint john's=CITY:Saint John's
reverse-question | alexa nel cruciverba c'è {} capitale di che paese | lusaka=CITY:Lusaka; dodoma=CITY:Dodoma
reverse-question | alexa {} è capitale di quale stato americano | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; baton rouge=CITY:Baton Rouge
# Official names
official-name | alexa mi sapresti dire la capitale {} | della repubblica federativa del brasile=BR; della confederazione elvetica=CH; del regno hascemita di giordania=JO
official-name | alexa qual è di preciso la capitale {} | della repubblica ellenica=GR; della federazione russa=RU; degli stati uniti messicani=MX
official-name | alexa la capitale {} per favore | della repubblica popolare democratica di corea=KP
official-name | alexa qual è la capitale ufficiale {} | del regno del marocco=MA; della repubblica araba siriana=SY
official-name | alexa vorrei conoscere la capitale {} | della repubblica islamica del pakistan=PK; della repubblica bolivariana del venezuela=VE
official-name | alexa come si chiama la capitale {} | del regno unito di gran bretagna e irlanda del nord=GB
official-name | alexa la capitale {} qual è | della repubblica democratica popolare di algeria=DZ; della repubblica tunisina=TN
official-name | alexa per il mio esame di diritto internazionale la capitale {} | dello stato della città del vaticano=VA
official-name | alexa come fa di nome la capitale {} | della repubblica libanese=LB; della repubblica di cipro=CY; della repubblica di moldova=MD
official-name | alexa in un trattato ho letto {} qual è la sua capitale | regno di svezia=SE; repubblica islamica dell'iran=IR
# Everyday names
everyday-name | alexa ricordami tu la capitale {} | dell'olanda=NL; degli states=US; degli emirati=AE
everyday-name | alexa sai mica la capitale {} | della bosnia=BA; della macedonia=MK; del burkina=BF
everyday-name | alexa cerca la capitale {} | della sudcorea=KR; della nordcorea=KP; del centrafrica=CF
everyday-name | alexa trovami la capitale {} | della belarus=BY; della moldova=MD; di timor=TL
everyday-name | alexa e la capitale {} | di trinidad=TT; di saint kitts=KN; dell'arabia=SA
everyday-name | alexa mi trovi la capitale {} | della rdc=CD; del congo kinshasa=CD
everyday-name | alexa quale sarebbe la capitale {} | delle fiji=FJ; delle salomone=SB; delle marshall=MH
everyday-name | alexa qual è la capitale {} che non mi ricordo | della tailandia=TH; dell'irak=IQ; della giamaica=JM
everyday-name | alexa vorrei sapere la capitale {} | della gran bretagna=GB; dell'america=US
# Old names
old-name | alexa qual era la capitale {} | della birmania=MM; della persia=IR
old-name | alexa mio nonno dice ancora {} qual è la capitale | ceylon=LK; zaire=CD; abissinia=ET
old-name | alexa la capitale {} come si chiama adesso | del dahomey=BJ; dell'alto volta=BF; della rhodesia=ZW
old-name | alexa nei francobolli vecchi c'è scritto {} dimmi la capitale | niassaland=MW; basutoland=LS; bechuanaland=BW
old-name | alexa la capitale {} ai tempi si chiamava diversamente qual è oggi | dell'honduras britannico=BZ; della costa d'oro=GH; della kampuchea=KH
old-name | alexa sul vecchio atlante di papà leggo {} qual è la capitale | ubangi-sciari=CF; nuove ebridi=VU; isole ellice=TV
old-name | alexa fammi sapere la capitale {} | della guyana olandese=SR; di formosa=TW
old-name | alexa com'è la capitale {} | della rhodesia del nord=ZM; della guiana britannica=GY
# Shared names and look-alikes
shared-name | alexa qual è il nome della capitale {} | della georgia=GE+US-GA; del congo=CD+CG; della corea=KP+KR
shared-name | alexa la città capitale {} qual è | delle isole vergini=VG+VI; delle due coree=KP+KR; dei due congo=CD+CG
shared-name | alexa hai idea di quale sia la capitale {} | delle isole vergini britanniche=VG; delle isole vergini americane=VI
shared-name | alexa voglio sapere la capitale {} | della georgia quella in america=US-GA; della georgia quella vicino alla russia=GE
shared-name | alexa capitale {} | della guinea=GN; del niger=NE; della dominica=DM
shared-name | alexa dimmi per piacere la capitale {} | della repubblica democratica del congo=CD; della repubblica del congo=CG
shared-name | alexa mia badante è della georgia e vorrei sapere la capitale del suo paese | GE
shared-name | alexa la capitale delle coree | KP+KR
shared-name | alexa sul mio libro c'è solo scritto congo qual è la capitale | CD+CG
shared-name | alexa quale è la capitale della georgia stato americano | US-GA
# Plurals of the several-capital countries and Palestine
plural-capitals | alexa quali sono le capitali {} | del sudafrica=ZA; della bolivia=BO; dei paesi bassi=NL
plural-capitals | alexa dimmi tutte le capitali {} | della malaysia=MY; dell'eswatini=SZ; del benin=BJ
plural-capitals | alexa come si chiamano le capitali {} | della costa d'avorio=CI; dello sri lanka=LK; della palestina=PS
plural-capitals | alexa ho letto che {} ha più capitali quali sono | il sudafrica=ZA; la bolivia=BO; lo sri lanka=LK
plural-capitals | alexa mi elenchi le capitali {} | dell'olanda=NL; della malesia=MY; dello swaziland=SZ
plural-capitals | alexa ma è vero che ci sono due capitali {} quali sono | nel benin=BJ; in costa d'avorio=CI; in palestina=PS
plural-capitals | alexa la prof dice che le capitali {} sono tre me le dici | del sudafrica=ZA
plural-capitals | alexa quante e quali sono le capitali {} | della bolivia=BO; del benin=BJ; della malaysia=MY
plural-capitals | alexa le due capitali {} come si chiamano | dei paesi bassi=NL; dell'eswatini=SZ; della costa d'avorio=CI
plural-capitals | alexa dimmi le capitali {} tutte e due | dello sri lanka=LK; della palestina=PS
# Subdivisions
subdivision | alexa mi dai la capitale {} | del texas=US-TX; della california=US-CA; dello stato di new york=US-NY
subdivision | alexa dimmi la capitale dello stato {} | dell'oregon=US-OR; del nevada=US-NV; del vermont=US-VT
subdivision | alexa me la dici la capitale {} | della florida=US-FL; dell'alaska=US-AK; delle hawaii=US-HI
subdivision | alexa mi serve la capitale della provincia {} | dell'alberta=CA-AB; del manitoba=CA-MB; della nuova scozia=CA-NS
subdivision | alexa qual è il capoluogo {} | del queensland=AU-QLD; della tasmania=AU-TAS; dell'australia occidentale=AU-WA
subdivision | alexa la capitale del land {} | dell'assia=DE-HE; della bassa sassonia=DE-NI; del brandeburgo=DE-BB
subdivision | alexa qual è la capitale dello stato brasiliano {} | di bahia=BR-BA; di minas gerais=BR-MG; di pernambuco=BR-PE
subdivision | alexa la capitale dello stato messicano {} | di jalisco=MX-JAL; di yucatán=MX-YUC; di oaxaca=MX-OAX
subdivision | alexa qual è la capitale dello stato indiano {} | del kerala=IN-KL; del rajasthan=IN-RJ; del tamil nadu=IN-TN
subdivision | alexa la capitale {} come si chiama | del galles=GB-WLS; dell'irlanda del nord=GB-NIR; della scozia=GB-SCT
subdivision | alexa sto guardando il football americano e mi chiedo qual è la capitale {} | del massachusetts=US-MA; dell'illinois=US-IL; della pennsylvania=US-PA
subdivision | alexa mio cugino vive {} e voglio sapere la capitale dello stato | in ohio=US-OH; in colorado=US-CO; in arizona=US-AZ
subdivision | alexa qual è la capitale del territorio {} | dello yukon=CA-YT; del nunavut=CA-NU; del nord australiano=AU-NT
subdivision | alexa che città è la capitale {} | del victoria=AU-VIC; del nuovo galles del sud=AU-NSW; dell'ontario=CA-ON
subdivision | alexa la capitale {} sapresti dirmela | della columbia britannica=CA-BC; del saskatchewan=CA-SK; dello schleswig-holstein=DE-SH
subdivision | alexa la capitale {} sai qual è | del kentucky=US-KY; del tennessee=US-TN; della louisiana=US-LA
# Territories and other places
territory | alexa quale città fa da capitale {} | della groenlandia=GL; delle isole fær øer=FO; di aruba=AW
territory | alexa la capitale {} me la ricordi | di curaçao=CW; di portorico=PR; di guam=GU
territory | alexa fammi un favore dimmi la capitale {} | delle bermuda=BM; delle isole cayman=KY; di gibilterra=GI
territory | alexa mi dici per favore la capitale {} | dell'isola di man=IM; di jersey=JE; di guernsey=GG
territory | alexa conosci la capitale {} | delle isole falkland=FK; della martinica=MQ; della guadalupa=GP
territory | alexa qual è la capitale attuale {} | della riunione=RE; della guyana francese=GF; della polinesia francese=PF
territory | alexa cercami la capitale {} | della nuova caledonia=NC; delle samoa americane=AS; di anguilla=AI
territory | alexa e adesso la capitale {} | di montserrat=MS; di sant'elena=SH; delle isole pitcairn=PN
territory | alexa la capitale {} dimmela | delle isole cook=CK; di niue=NU; di tokelau=TK
territory | alexa qual è la capitale {} adesso | di wallis e futuna=WF; di mayotte=YT; di saint-pierre e miquelon=PM
territory | alexa dimmi velocemente la capitale {} | delle svalbard=SJ; delle isole åland=AX; di sint maarten=SX
territory | alexa in crociera ai caraibi ci fermiamo {} qual è la capitale | a saint martin=MF; a saint-barthélemy=BL; alle turks e caicos=TC
territory | alexa scusa qual è la capitale {} | della palestina=PS; del vaticano=VA; del sahara occidentale=EH
territory | alexa senti la capitale {} qual è | delle isole marianne settentrionali=MP; delle isole cocos=CC; dell'isola christmas=CX
# One-shot requests through the invocation name
one-shot | alexa chiedi a capitali del mondo la capitale {} | dell'ecuador=EC; del nepal=NP; dell'eritrea=ER
one-shot | alexa domanda a capitali del mondo qual è la capitale {} | della liberia=LR
one-shot | alexa apri capitali del mondo e dimmi la capitale {} | delle seychelles=SC; della somalia=SO
one-shot | alexa chiedi a capitali del mondo se la capitale {} | del canada è ottawa=CA
one-shot | alexa usa capitali del mondo per trovare la capitale {} | di haiti=HT
one-shot | alexa fai partire capitali del mondo con la capitale {} | del mozambico=MZ; dell'angola=AO
one-shot | alexa con capitali del mondo cerca la capitale {} | del botswana=BW; di gibuti=DJ
one-shot | alexa chiedi a capitali del mondo di che paese è capitale {} | nairobi=CITY:Nairobi; caracas=CITY:Caracas
one-shot | alexa chiedi a capitali del mondo quali sono le capitali della bolivia | BO
# What it-IT recognition writes: lost accents, split or joined words, spellings
asr-artefact | qual e la capitale {} | del peru=PE; del quebec=CA-QC
asr-artefact | alexa qualè la capitale {} | della cina=CN; della francia=FR
asr-artefact | alexa qual è l'ha capitale {} | del marocco=MA
asr-artefact | alexa senti un po dimmi la capitale {} | dellaustria=AT; dellindia=IN; dellirlanda=IE
asr-artefact | alexa la capi tale {} | della spagna=ES; del portogallo=PT
asr-artefact | alexa una domanda la capitale {} | del kenia=KE; dell'azerbaijan=AZ; del bangla desh=BD
asr-artefact | alexa domandina veloce la capitale {} | di sao tome=ST; del kazakhstan=KZ; del kirghizstan=KG
asr-artefact | a lexa qual è la capitale {} | della tailandia=TH; della nuova zelanda=NZ
asr-artefact | alexa qual è la capitale della u craina | UA
asr-artefact | alexa qual è la capitale del chad | TD
asr-artefact | alexa qual è la capitale de l'ecuador | EC
asr-artefact | alexa qual è la capitale di nuova guinea papua | PG
asr-artefact | alexa la capitale della columbia | CO
asr-artefact | alexa la capitale del kamerun | CM
asr-artefact | alexa la capitale delle isole salomon | SB
# Help
help | alexa come funziona questa cosa delle capitali | HELP
help | alexa che cosa ti posso chiedere qui | HELP
help | non ho capito come si usa me lo spieghi | HELP
help | alexa mi spieghi come si gioca con le capitali | HELP
help | quali domande posso farti | HELP
help | dammi una mano che non so cosa dire | HELP
help | alexa ho bisogno di aiuto con questa skill | HELP
help | mi fai un esempio di domanda | HELP
help | ajò alexa aiutami che non ho capito niente | HELP
help | belin alexa come si usa sta roba | HELP
help | alexa scusi signorina cosa devo dire adesso | HELP
help | alexa bro che comandi ci sono | HELP
help | alexa io non capisco cosa devo chiedere aiuto per favore | HELP
help | alexa ma tu cosa sai fare di preciso | HELP
help | alexa spiegami le istruzioni di capitali del mondo | HELP
help | alexa aiutami tu che il nonno non sa come usarti | HELP
help | alexa posso chiederti anche gli stati americani come funziona | HELP
help | alexa mi serve una spiegazione su come fare le domande | HELP
help | alexa bhai come si fa qui aiuto | HELP
help | alexa cosa si può fare con questa applicazione | HELP
help | alexa mi perdo sempre dimmi come devo parlare | HELP
help | che devo fare adesso alexa | HELP
help | alexa help me per favore non capisco | HELP
help | alexa dimmi le regole del gioco | HELP
# Stop
stop | alexa basta così grazie mille | STOP
stop | alexa esci dalla skill | STOP
stop | alexa chiudi capitali del mondo | STOP
stop | alexa fermati per favore | STOP
stop | ok basta abbiamo finito con le capitali | STOP
stop | alexa zitta adesso | STOP
stop | alexa esci pure grazie | STOP
stop | per oggi basta alexa | STOP
stop | alexa smettila di parlare | STOP
stop | alexa ferma tutto che è pronta la cena | STOP
stop | ajò alexa basta | STOP
stop | belin alexa stai zitta | STOP
stop | alexa chiudi che arriva la signora | STOP
stop | alexa stop stop è finita la partita | STOP
stop | alexa esci che devo andare a lavorare | STOP
stop | alexa spegni il gioco delle capitali | STOP
stop | alexa basta con sta geografia | STOP
stop | alexa termina la sessione | STOP
stop | alexa ora basta i bambini vanno a letto | STOP
stop | alexa chiudi tutto grazie ciao | STOP
stop | alexa finito esci | STOP
stop | alexa fermati un attimo e chiudi | STOP
stop | alexa basta capitali per stasera | STOP
stop | alexa voglio uscire da capitali del mondo | STOP
# Cancel
cancel | alexa lascia perdere la domanda | CANCEL
cancel | no niente alexa lascia stare | CANCEL
cancel | alexa non importa più | CANCEL
cancel | alexa annulla la domanda di prima | CANCEL
cancel | niente scusa alexa annulla | CANCEL
cancel | alexa dimentica quello che ho detto | CANCEL
cancel | no no annulla tutto | CANCEL
cancel | alexa fa niente lascia perdere | CANCEL
cancel | ajò alexa lascia stare | CANCEL
cancel | alexa no aspetta annulla ho sbagliato a chiedere | CANCEL
cancel | alexa annulla per favore non volevo | CANCEL
cancel | alexa lascia perdere me lo dice la maestra domani | CANCEL
cancel | alexa niente niente annulla la richiesta | CANCEL
cancel | alexa lascia stare la capitale ormai l'ho trovata | CANCEL
cancel | alexa annulla quello che stavi facendo | CANCEL
cancel | alexa lascia perdere bhai | CANCEL
cancel | alexa annulla mi sono sbagliata | CANCEL
cancel | alexa lascia stare non serve più | CANCEL
cancel | alexa annulla annulla | CANCEL
cancel | alexa no lascia perdere me l'ha detto mio figlio | CANCEL
cancel | alexa scordati la domanda | CANCEL
cancel | alexa lascia correre non fa niente | CANCEL
cancel | alexa annulla la ricerca | CANCEL
cancel | alexa niente lascia perdere non era importante | CANCEL
# Launch
launch | alexa avvia capitali del mondo per favore | LAUNCH
launch | alexa fammi giocare con capitali del mondo | LAUNCH
launch | alexa lancia capitali del mondo | LAUNCH
launch | alexa vorrei usare capitali del mondo | LAUNCH
launch | alexa ciao apri capitali del mondo che facciamo un ripasso | LAUNCH
launch | alexa metti capitali del mondo | LAUNCH
launch | alexa fai partire capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo per i bambini | LAUNCH
launch | ajò alexa apri capitali del mondo | LAUNCH
launch | alexa bro apri capitali del mondo | LAUNCH
launch | alexa apra capitali del mondo per cortesia | LAUNCH
launch | alexa vai con capitali del mondo | LAUNCH
launch | alexa attiva capitali del mondo | LAUNCH
launch | alexa voglio giocare a capitali del mondo | LAUNCH
launch | alexa apri la skill capitali del mondo | LAUNCH
launch | alexa inizia capitali del mondo | LAUNCH
launch | alexa entriamo in capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo che stasera c'è l'eurovision | LAUNCH
# Out of domain: near misses and everyday requests
out-of-domain | alexa quanti abitanti ha la nigeria | FB
out-of-domain | alexa che moneta si usa in svizzera | FB
out-of-domain | alexa di che colore è la bandiera del portogallo | FB
out-of-domain | alexa che ore sono a tokyo adesso | FB
out-of-domain | alexa che lingua si parla in eritrea | FB
out-of-domain | alexa quanto è grande il kazakistan | FB
out-of-domain | alexa chi è il presidente dell'argentina | FB
out-of-domain | alexa qual è il fiume più lungo dell'africa | FB
out-of-domain | alexa qual è la montagna più alta del nepal | FB
out-of-domain | alexa quanti stati ci sono in america | FB
out-of-domain | alexa qual è il capoluogo della lombardia | FB
out-of-domain | alexa qual è il capoluogo della sicilia | FB
out-of-domain | alexa capoluogo della valle d'aosta | FB
out-of-domain | alexa la capitale della sardegna antica | FB
out-of-domain | alexa qual è la capitale della catalogna | FB
out-of-domain | alexa la capitale della corsica | FB
out-of-domain | alexa qual è la capitale della lapponia | FB
out-of-domain | alexa qual è la capitale della siberia | FB
out-of-domain | alexa qual è la capitale dell'europa | FB
out-of-domain | alexa la capitale dell'africa | FB
out-of-domain | alexa qual è la capitale di narnia | FB
out-of-domain | alexa la capitale di westeros | FB
out-of-domain | alexa qual è la capitale della moda | FB
out-of-domain | alexa qual è la capitale europea della cultura quest'anno | FB
out-of-domain | alexa qual è la capitale italiana del cioccolato | FB
out-of-domain | alexa cosa vuol dire capitale sociale | FB
out-of-domain | alexa spiegami il capitale umano | FB
out-of-domain | alexa chi ha scritto il capitale | FB
out-of-domain | alexa cos'è il venture capital | FB
out-of-domain | alexa quanto capitale serve per aprire una srl | FB
out-of-domain | alexa metti il timer di dieci minuti per la pasta | FB
out-of-domain | alexa che tempo fa domani a cagliari | FB
out-of-domain | alexa accendi la luce in cucina | FB
out-of-domain | alexa metti un po di musica sarda | FB
out-of-domain | alexa aggiungi il latte alla lista della spesa | FB
out-of-domain | alexa chiama la mamma | FB
out-of-domain | alexa raccontami una barzelletta | FB
out-of-domain | alexa quanto dista genova da torino | FB
out-of-domain | alexa a che ora parte il traghetto per olbia | FB
out-of-domain | alexa chi ha vinto l'eurovision l'anno scorso | FB
out-of-domain | alexa a che ora inizia il gran premio di domenica | FB
out-of-domain | alexa chi è in pole position a monza | FB
out-of-domain | alexa quando si vendemmia il nebbiolo | FB
out-of-domain | alexa cosa significa il novanta nella tombola | FB
out-of-domain | alexa quanto costa un biglietto per lugano | FB
out-of-domain | alexa dov'è l'area di sosta camper più vicina | FB
out-of-domain | alexa il mio volo per addis abeba è in orario | FB
out-of-domain | alexa che giorno è oggi | FB
out-of-domain | alexa come si dice grazie in tigrino | FB
out-of-domain | alexa traduci ciao in cinese | FB
out-of-domain | alexa quanti abitanti ha prato | FB
out-of-domain | alexa che ore sono a kiev | FB
out-of-domain | alexa qual è il piatto tipico della georgia | FB
out-of-domain | alexa qual è la squadra più forte d'argentina | FB
out-of-domain | alexa quanti cantoni ha la svizzera | FB
out-of-domain | alexa dove si trova il bhutan | FB
out-of-domain | alexa in che continente è il suriname | FB
out-of-domain | alexa quali paesi confinano con la bolivia | FB
out-of-domain | alexa quante isole ha l'indonesia | FB
out-of-domain | alexa qual è il paese più piccolo del mondo | FB
out-of-domain | alexa qual è la città più grande dell'australia | FB
out-of-domain | alexa qual è il lago più profondo d'europa | FB
out-of-domain | alexa quando è stata fondata roma | FB
out-of-domain | alexa quanto costa il gasolio oggi | FB
out-of-domain | alexa ricordami di dare le medicine alla signora alle otto | FB
out-of-domain | alexa leggimi le notizie | FB
out-of-domain | alexa metti la radio | FB
out-of-domain | alexa fammi sentire una canzone dell'eurovision | FB
out-of-domain | alexa qual è l'inno nazionale del brasile | FB
out-of-domain | alexa chi ha inventato la pizza | FB
out-of-domain | alexa quanti gradi ci sono a palermo | FB
out-of-domain | alexa com'è il traffico sulla tangenziale di torino | FB
out-of-domain | alexa scrivi capitale in stampatello | FB
out-of-domain | alexa come si scrive ouagadougou | FB
out-of-domain | alexa quante lettere ha la parola capitale | FB
out-of-domain | alexa fai il verso della pecora | FB
out-of-domain | alexa chi canta la canzone che sto ascoltando | FB
out-of-domain | alexa dimmi una poesia in sardo | FB
out-of-domain | alexa quanto è alto il monte bianco | FB
out-of-domain | alexa qual è la capitale della mia vita | FB
out-of-domain | alexa ho fatto un capitale di debiti | FB
out-of-domain | alexa è una cosa di importanza capitale | FB
out-of-domain | alexa la pena capitale esiste ancora in america | FB
out-of-domain | alexa quanti punti ha l'italia all'eurovision | FB
out-of-domain | alexa dov'è il ristorante eritreo più vicino | FB
out-of-domain | alexa che cosa vuol dire bogia nen | FB
out-of-domain | alexa quanto dura il volo da milano a pechino | FB
out-of-domain | alexa qual è la capitale del friuli | FB
out-of-domain | alexa qual è la capitale della padania | FB
out-of-domain | alexa la capitale dell'atlantide | FB
out-of-domain | alexa qual è la capitale del polo nord | FB
out-of-domain | alexa quanti anni hai | FB
out-of-domain | alexa sei più brava di siri | FB
out-of-domain | alexa chi ha vinto il mondiale del duemilaventidue | FB
out-of-domain | alexa quante ore di fuso ci sono con buenos aires | FB
out-of-domain | alexa che cosa si mangia in ucraina a natale | FB
out-of-domain | alexa come si prepara la farinata | FB
out-of-domain | alexa qual è la religione del bangladesh | FB
out-of-domain | alexa quanto costa una focaccia a recco | FB
out-of-domain | alexa prenotami un taxi per malpensa | FB
out-of-domain | alexa qual è la capitale del ducato di milano | FB
out-of-domain | alexa metti la sveglia alle sei e mezza | FB
out-of-domain | alexa dove si trova l'isola di pasqua | FB
out-of-domain | alexa qual era la capitale della iugoslavia | FB
out-of-domain | alexa qual era la capitale dell'unione sovietica | FB
out-of-domain | alexa quante medaglie ha vinto l'italia alle olimpiadi | FB
out-of-domain | alexa chi guida la ferrari quest'anno | FB
out-of-domain | alexa quanto fa sette per otto | FB
out-of-domain | alexa come si gioca a tombola | FB
out-of-domain | alexa che cos'è un grotto in ticino | FB
out-of-domain | alexa che significa ajò | FB
out-of-domain | alexa quando comincia il palio di siena | FB
out-of-domain | alexa qual è la città più fredda del mondo | FB
# Second batch
plural-capitals | talìa alexa quali sono tutte le capitali {} | del sudafrica=ZA; della bolivia=BO
plural-capitals | alexa bhai lo sri lanka ha due capitali dimmele tutte e due | LK
plural-capitals | alexa per il compito mi servono le capitali {} tutte quante | del sudafrica=ZA; della bolivia=BO; dei paesi bassi=NL
plural-capitals | alexa la bolivia ne ha due di capitali come si chiamano | BO
plural-capitals | alexa mio nonno dice che l'olanda ha due capitali quali sono | NL
plural-capitals | alexa krass il sudafrica ha tre capitali dimmi quali | ZA
plural-capitals | alexa all'eurovision non c'è ma quali sono le capitali {} | della costa d'avorio=CI; dell'eswatini=SZ
plural-capitals | alexa in che città sono le capitali {} | della palestina=PS; della malesia=MY; del benin=BJ
georgiane | alexa la capitale della mia georgia la sai | GE+US-GA
georgiane | alexa kargi e adesso la capitale della georgia | GE+US-GA
karaoke | alexa dopo il karaoke mi viene il dubbio sulla capitale {} | delle filippine=PH; della corea del sud=KR
tombola | alexa aspettando il prossimo numero della tombola dimmi la capitale {} | del kenya=KE; del sudan=SD
videogiochi | alexa sto facendo una partita a risiko online e mi serve la capitale {} | dell'afghanistan=AF; dell'iran=IR
aeroporto | alexa al duty free mi hanno chiesto la capitale {} | della giordania=JO; del libano=LB
reception | alexa una cliente tedesca alla reception chiede la capitale {} | della turingia=DE-TH; del baden-württemberg=DE-BW
camper | alexa col camper siamo arrivati in norvegia e voglio sapere la capitale {} | della norvegia=NO; della svezia=SE
compiti | alexa mia figlia fa le elementari e le serve la capitale {} | della francia=FR; della germania=DE
mappamondo | alexa la lampada mappamondo ha un puntino rosso sulla capitale {} qual è | dell'islanda=IS; del cile=CL
eurovision | alexa a casa guardiamo l'eurovision con gli amici di erasmus e vogliono sapere la capitale {} | della lettonia=LV; della cechia=CZ; della georgia=GE+US-GA
vendemmia | alexa durante la pausa pranzo della vendemmia in franciacorta dimmi la capitale {} | del marocco=MA; della romania=RO
formula-uno | alexa domenica c'è il gran premio d'ungheria qual è la capitale {} | dell'ungheria=HU
sicilia | alexa a u zu turi ci interessa sapere la capitale {} | della tunisia=TN; del venezuela=VE
sardegna | eja alexa e quella {} invece | del regno unito=GB; del galles=GB-WLS
liguria | alexa a camogli mio suocero pescatore vuole la capitale {} | delle maldive=MV; delle seychelles=SC
piemonte | alexa alla bagna cauda dei nonni si parla della capitale {} neh | del kazakistan=KZ; dell'argentina=AR
ticino | alexa qui in ticino si dice che la capitale {} è lontana quale è | dell'australia=AU; della cina=CN
valle-aosta | alexa per la fontina del concorso un giudice chiede la capitale {} | della svizzera=CH; della francia=FR
argentini | che alexa no te la puedo creer non so la capitale {} | della spagna=ES; del cile=CL
germania-rientro | alexa also meine mutter chiede la capitale {} | del brandeburgo=DE-BB; del saarland=DE-SL
prato-cinesi | alexa wo bu zhidao la capitale {} | di singapore=SG; della malaysia=MY
ucraine | alexa la signora chiede a me la capitale {} e io non so | della bulgaria=BG; della grecia=GR
bangla | alexa bhai mio cugino a dacca chiede la capitale {} | dell'italia=IT; del regno unito=GB
eritrea | alexa selam selam la capitale {} | del ciad=TD; della nigeria=NG
anziani | alexa sono il nonno di marco mi direbbe la capitale {} | della serbia=RS; del montenegro=ME
bambini | alexa io e la mia sorellina vogliamo sapere la capitale {} | dell'egitto=EG; del messico=MX
ragazzi | alexa raga ma la capitale {} qualcuno la sa no alexa dimmela tu | del canada=CA; della nuova zelanda=NZ
studenti-stranieri | alexa io studio italiano da due mesi la capitale di {} quale è | corea del sud=KR; giappone=JP
subdivision | alexa dimmi la capitale del land {} | della renania-palatinato=DE-RP; della sassonia-anhalt=DE-ST; del meclemburgo-pomerania anteriore=DE-MV
subdivision | alexa il mio collega è di {} qual è la capitale del suo stato | san paolo=BR-SP; rio grande do sul=BR-RS; paraná=BR-PR
subdivision | alexa voglio sapere la capitale dello stato {} in messico | di chiapas=MX-CHP; di veracruz=MX-VER; di sonora=MX-SON
subdivision | alexa la capitale {} in india qual è | del maharashtra=IN-MH; del karnataka=IN-KA; del gujarat=IN-GJ
subdivision | alexa il capoluogo {} in canada | del nuovo brunswick=CA-NB; dell'isola del principe edoardo=CA-PE; di terranova e labrador=CA-NL
territory | alexa in barca a vela passiamo {} qual è la capitale | dalle isole vergini britanniche=VG; dalle isole turks e caicos=TC
territory | alexa la capitale {} esiste | di hong kong=HK; di macao=MO
territory | alexa qual è la capitale del kosovo che non la trovo | XK
territory | alexa la capitale {} dove sta | dei caraibi olandesi=BQ; dell'isola norfolk=NF
yes-no-check | alexa mio figlio dice che la capitale {} ha ragione | della germania è berlino=DE; dell'olanda è rotterdam=NL; della scozia è glasgow=GB-SCT
yes-no-check | alexa la capitale {} giusto | del senegal è dakar=SN; del brasile è rio de janeiro=BR
self-correction | alexa dimmi per cortesia la capitale {} | della svizzera no no scusa della svezia=SE; del portogallo cioè no della spagna=ES
reverse-question | alexa {} è capitale di dove precisamente | yamoussoukro=CITY:Yamoussoukro; nouakchott=CITY:Nouakchott
reverse-question | alexa ho trovato {} sulla mappa di quale paese è la capitale | ulan bator=CITY:Ulan Bator; thimphu=CITY:Thimphu
follow-up | e poi {} | della mongolia=MN; delle filippine=PH
follow-up | e {} invece sai qual è | la capitale del lesotho=LS; quella del botswana=BW
official-name | alexa la capitale {} qual è secondo la costituzione | della repubblica sudafricana=ZA; dello stato di israele=IL
old-name | alexa nel film si parlava {} qual è la capitale oggi | della persia=IR; della rodesia=ZW; del siam=TH
everyday-name | alexa mi dici la capitale {} grazie mille | di türkiye=TR; della russia bianca=BY
help | alexa aiuto non so da dove cominciare con le capitali | HELP
help | alexa bozhe non capisco come funziona mi aiuti | HELP
help | alexa che cosa devo dire per sapere una capitale | HELP
help | alexa spiegamelo come a un bambino come funziona | HELP
stop | alexa basta giochiamo domani | STOP
stop | alexa chiudi pure la skill delle capitali | STOP
stop | alexa esci adesso che la signora si è svegliata | STOP
stop | alexa fine basta così | STOP
cancel | alexa lascia stare neh | CANCEL
cancel | alexa annulla che ho sbagliato paese | CANCEL
cancel | alexa no guarda lascia perdere | CANCEL
cancel | alexa annulla l'ultima domanda | CANCEL
launch | alexa apri capitali del mondo che ho la verifica | LAUNCH
launch | alexa avvia il gioco capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo per la nonna | LAUNCH
launch | alexa fammi partire capitali del mondo | LAUNCH
launch | alexa ciao bella apri capitali del mondo | LAUNCH
out-of-domain | alexa quanti abitanti ha la sardegna | FB
out-of-domain | alexa che moneta usano in argentina | FB
out-of-domain | alexa in che anno è diventata indipendente l'eritrea | FB
out-of-domain | alexa quanto costa un volo per dacca | FB
out-of-domain | alexa qual è il capoluogo del piemonte | FB
out-of-domain | alexa qual è il capoluogo della liguria | FB
out-of-domain | alexa qual è il capoluogo del canton ticino | FB
out-of-domain | alexa la capitale della scandinavia | FB
out-of-domain | alexa qual è la capitale dei balcani | FB
out-of-domain | alexa qual è la capitale della patagonia | FB
out-of-domain | alexa qual è la capitale del tibet | FB
out-of-domain | alexa qual è la capitale della cecenia | FB
out-of-domain | alexa qual è la capitale mondiale del vino | FB
out-of-domain | alexa capitale si scrive con due t | FB
out-of-domain | alexa quanto guadagna una badante | FB
out-of-domain | alexa come si dice buongiorno in ucraino | FB
out-of-domain | alexa a che ora chiude il negozio di torpignattara | FB
out-of-domain | alexa che temperatura c'è ad asmara | FB
out-of-domain | alexa chi è il sindaco di genova | FB
out-of-domain | alexa quanto pesa una forma di fontina | FB
out-of-domain | alexa quanto manca a natale | FB
out-of-domain | alexa metti la playlist dell'eurovision | FB
out-of-domain | alexa chi ha vinto il gran premio di monaco | FB
out-of-domain | alexa quanti giri ha la pista di monza | FB
out-of-domain | alexa come si fa la bagna cauda | FB
out-of-domain | alexa dove posso cambiare i franchi svizzeri | FB
out-of-domain | alexa quanto costa il pieno del camper | FB
out-of-domain | alexa che bandiera ha la georgia | FB
out-of-domain | alexa qual è la lingua ufficiale del pakistan | FB
out-of-domain | alexa quante regioni ha l'italia | FB
"""

if __name__ == "__main__":
    build_round(29, "it", LINES, sys.argv, "tests/Eval/it/round29/source/build_corpus.py")
