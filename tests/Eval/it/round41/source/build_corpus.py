"""Round 41, Italian (it-IT): a new author's own mix, written blind (brief WRITER50.md). Speakers chosen away from the
regions and groups of rounds 39 and 40: Marchigiani (a fisherman of San Benedetto, pilgrims at Loreto), Abruzzesi
("e che ne saccio", a shepherd on the tratturo, arrosticini), Umbri (a teacher at the Università per Stranieri di
Perugia), Trentini (a ski instructor, apple pickers of the Val di Non), Bergamaschi ("pota", a bricklayer, Atalanta),
Catanesi ("mizzica", "talìa", the Etna, the fish market), Tarantini ("uè", a steelworker, a navy sailor), Senesi (the
Palio and the contrade), Triestini ("xe", "mulo", the bora), Lucani of Matera and Molisani (the Molise joke); migrant
speakers: Polish carers ("dzieki"), Moldovans ("mersi", "bine"), Colombians ("parce", "qué más"), Cubans ("asere",
"qué bolá"), Pakistani shopkeepers ("yaar", "inshallah"), Keralese nurses ("chechi", "ayyo"), Ghanaian farm hands of
Foggia ("chale"), Serbs and Bosnians ("ajde", "bre"), Spanish Erasmus students ("tío", "vale"), German tourists on Lake
Garda ("genau", "also"), English expats in the Chianti ("cheers", "lovely"), Argentines ("che", "dale"), Russians
("davai", "nu"). Situations: a wedding with tables named after capitals, lorry drivers on the A1, a radio amateur, a
stamp collector, fantacalcio, Formula 1, pilgrims on the Via Francigena, a hospital night shift, a hairdresser's, an
adult Italian class (CPIA), a taxi, karaoke, Trivial Pursuit, the grape harvest, private tutoring, a blind user. Plus
follow-ups, yes/no checks, self-corrections, reverse questions, official, everyday and old names, shared names,
plurals of the several-capital countries and Palestine, subdivisions and territories, launch with the guessed
invocation name "capitali del mondo", help, stop, cancel, and out-of-domain requests and near misses.
`python3 tests/Eval/it/round41/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 41's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
marchigiani | alexa oh ma la capitale {} me la dici che al porto nessuno la sa | della norvegia=NO; dell'islanda=IS; della finlandia=FI
marchigiani | ciò alexa mi serve la capitale {} che domani scarichiamo il pesce | della croazia=HR; del montenegro=ME; dell'albania=AL
marchigiani | alexa sto a san benedetto sul peschereccio dimme la capitale {} | della grecia=GR; di cipro=CY; di malta=MT
marchigiani | alexa siamo a loreto col pullman della parrocchia e don piero chiede la capitale {} | del portogallo=PT; della polonia=PL; della lituania=LT
marchigiani | alexa ma va là la capitale {} la so io aspetta no non la so | della lettonia=LV; dell'estonia=EE; della slovacchia=SK
marchigiani | alexa mi nonno faceva il marinaio e diceva sempre della capitale {} come si chiama | del senegal=SN; della mauritania=MR; del capo verde=CV
marchigiani | alexa al mercato di ancona un signore mi ha chiesto la capitale dell'angola | AO
marchigiani | alexa quella del mozambico invece che capitale c'ha | MZ
marchigiani | alexa dimme un attimo è maputo la capitale del mozambico | MZ
abruzzesi | alexa e che ne saccio io della capitale {} dimmela tu | del kenya=KE; della tanzania=TZ; dell'uganda=UG
abruzzesi | alexa mentre cuocio gli arrosticini dimmi la capitale {} | del ruanda=RW; del burundi=BI; dell'etiopia=ET
abruzzesi | alexa sto sul tratturo con le pecore e non c'è campo dimmi veloce la capitale {} | della somalia=SO; di gibuti=DJ; dell'eritrea=ER
abruzzesi | alexa mo mi dici la capitale {} che a pescara stiamo a fa una scommessa | del madagascar=MG; delle comore=KM; delle seychelles=SC
abruzzesi | alexa la capitale {} la vuole sapere mia cognata di chieti | di mauritius=MU; delle maldive=MV; del malawi=MW
abruzzesi | alexa uà ma la capitale dello zambia qual è | ZM
abruzzesi | alexa e dello zimbabwe | ZW
abruzzesi | alexa ma harare sta in zimbabwe o in zambia | ZW
umbri | alexa ho una classe di stranieri a perugia e mi chiedono la capitale {} | del ghana=GH; del togo=TG; del benin=BJ
umbri | alexa ndo sta la capitale {} e come si chiama | del niger=NE; del mali=ML; del burkina faso=BF
umbri | alexa per la lezione di domani mi servirebbe la capitale {} | della nigeria=NG; del camerun=CM; del gabon=GA
umbri | alexa una studentessa mi chiede della capitale {} e io non la ricordo | della guinea equatoriale=GQ; di são tomé e príncipe=ST; della repubblica centrafricana=CF
umbri | alexa scusa ma la capitale {} che la studentessa viene da lì | della liberia=LR; della sierra leone=SL; della guinea bissau=GW
umbri | alexa a assisi c'è un frate che viene dalla guinea qual è la capitale | GN
umbri | alexa e del gambia | GM
umbri | alexa allora banjul è in gambia giusto | GM
trentini | alexa son maestro di sci a madonna di campiglio e un cliente chiede la capitale {} | della slovenia=SI; dell'ungheria=HU; della repubblica ceca=CZ
trentini | alexa ciò dimme la capitale {} che qua in val di non raccogliamo le mele con un ragazzo di là | della moldavia=MD; della romania=RO; della bulgaria=BG
trentini | alexa in rifugio c'è la guida che chiede la capitale {} | del nepal=NP; del bhutan=BT; del tibet=FB
trentini | alexa la capitale {} la sai per il quiz della sagra | del liechtenstein=LI; di andorra=AD; di san marino=SM
trentini | alexa a trento fa un freddo cane comunque la capitale della mongolia qual è | MN
trentini | alexa e quella del kazakistan adesso come si chiama che l'hanno cambiata | KZ
bergamaschi | pota alexa la capitale {} com'è che si chiama | della turchia=TR; della siria=SY; dell'iraq=IQ
bergamaschi | alexa pota sono in cantiere e il geometra vuole la capitale {} | dell'iran=IR; dell'afghanistan=AF; del pakistan=PK
bergamaschi | alexa ol mio collega dice che la capitale {} la sa ma secondo me no | dello yemen=YE; dell'oman=OM; dell'arabia saudita=SA
bergamaschi | alexa l'atalanta gioca in trasferta in {} qual è la capitale | portogallo=PT; belgio=BE; ucraina=UA
bergamaschi | alexa pota dimmi se la capitale della turchia è istanbul | TR
bergamaschi | alexa allora ankara dici è la capitale turca | TR
catanesi | mizzica alexa la capitale {} qual è | del venezuela=VE; della colombia=CO; dell'ecuador=EC
catanesi | alexa talìa che al mercato del pesce mi chiedono la capitale {} | del perù=PE; del cile=CL; dell'argentina=AR
catanesi | alexa sotto l'etna non prende il telefono dimmi tu la capitale {} | dell'uruguay=UY; del paraguay=PY; del suriname=SR
catanesi | alexa iamu dimmi la capitale {} e poi basta | della guyana=GY; di panama=PA; del costa rica=CR
catanesi | alexa arancino o arancina non importa dimmi la capitale del nicaragua | NI
catanesi | alexa e quella dell'honduras picciotto | HN
tarantini | uè alexa dimmi la capitale {} che sto all'acciaieria e non passa più la notte | del guatemala=GT; del salvador=SV; del belize=BZ
tarantini | alexa stongo sulla nave in base e il comandante chiede la capitale {} | di cuba=CU; della giamaica=JM; di haiti=HT
tarantini | alexa ce sta la capitale {} nella tua memoria | delle bahamas=BS; delle barbados=BB; di grenada=GD
tarantini | alexa la capitale {} me la ricordavo e mo no | di trinidad e tobago=TT; di saint lucia=LC; di antigua e barbuda=AG
tarantini | alexa la capitale di saint kitts e nevis uè | KN
tarantini | alexa quella di saint vincent e grenadine | VC
senesi | alexa noi della contrada dell'oca si fa il quiz e mi serve la capitale {} | della dominica=DM; della repubblica dominicana=DO; del messico=MX
senesi | alexa bada la capitale {} tu la sai te | del canada=CA; degli stati uniti=US; del brasile=BR
senesi | alexa prima del palio s'è fatto una scommessa sulla capitale {} | dell'australia=AU; della nuova zelanda=NZ; della papua nuova guinea=PG
senesi | alexa unn'è la capitale delle figi | FJ
senesi | alexa e la capitale delle isole salomone | SB
triestini | alexa xe una bora che porta via tutto dime la capitale {} | della serbia=RS; della bosnia=BA; della macedonia del nord=MK
triestini | alexa mulo dimme la capitale {} che go una scomessa | del kosovo=XK; della slovenia=SI; dell'austria=AT
triestini | alexa in porto xe arrivà una nave {} qual è la capitale de là | da singapore=SG; dalla corea del sud=KR; dal giappone=JP
triestini | alexa ciò la capitale della russia la xe ancora mosca | RU
lucani | alexa qui a matera c'è un turista che mi chiede la capitale {} | della cambogia=KH; del laos=LA; del myanmar=MM
lucani | alexa devo fare la ricerca per la scuola sulla capitale {} | della thailandia=TH; del vietnam=VN; della malaysia=MY
lucani | alexa la capitale {} me la dici lentamente | dell'indonesia=ID; del timor est=TL; delle filippine=PH
molisani | alexa qual è la capitale del molise | FB
molisani | alexa mo dici che il molise non esiste ma io ci abito | FB
molisani | alexa a campobasso ci chiediamo la capitale {} | della tunisia=TN; della libia=LY; dell'egitto=EG
molisani | alexa mio figlio emigrato in {} non mi ha detto la capitale | canada=CA; venezuela=VE; argentina=AR
polacchi | alexa signora dorme io voglio sapere capitale {} | della polonia=PL; della germania=DE; della lituania=LT
polacchi | alexa dzieki ma dimmi ancora capitale {} per favore | della repubblica ceca=CZ; della slovacchia=SK; dell'ucraina=UA
polacchi | alexa il nonno che curo chiede sempre la capitale {} e io non so italiano bene | della bielorussia=BY; della russia=RU; della lettonia=LV
polacchi | alexa capitale di polonia è varsavia o cracovia | PL
polacchi | alexa io di cracovia ma capitale è varsavia vero | PL
moldavi | alexa mersi ma la capitale {} | della moldavia=MD; della romania=RO; della georgia paese=GE
moldavi | alexa bine dimmi capitale {} per mia figlia scuola | dell'armenia=AM; dell'azerbaigian=AZ; del kazakistan=KZ
moldavi | alexa io lavoro in casa di signore anziano lui chiede capitale della moldova | MD
moldavi | alexa è kishinev la capitale della moldavia | MD
moldavi | alexa la capitale della transnistria | FB
colombiani | alexa parce dime la capitale {} | della colombia=CO; del venezuela=VE; di panama=PA
colombiani | alexa qué más dimmi la capitale {} porfa | dell'ecuador=EC; della bolivia=BO; del perù=PE
colombiani | alexa mi mamá vive a medellín ma la capitale della colombia è bogotá no | CO
colombiani | alexa bogotá è capitale di colombia sì o no | CO
colombiani | alexa la capitale del cile è santiago oppure valparaíso | CL
cubani | alexa asere qué bolá dimmi la capitale {} | di cuba=CU; della giamaica=JM; del messico=MX
cubani | alexa mi amor chiede la capitale {} che io non la so | della repubblica dominicana=DO; di haiti=HT; di portorico=PR
cubani | alexa la avana è la capitale di cuba chiaro | CU
cubani | alexa mi abuela chiede se la capitale del venezuela è caracas | VE
pakistani | alexa yaar dimmi capitale {} | del pakistan=PK; dell'afghanistan=AF; dell'iran=IR
pakistani | alexa inshallah oggi ricordo capitale {} tu dimmi | dell'india=IN; del bangladesh=BD; del nepal=NP
pakistani | alexa in negozio cliente chiede capitale {} io non so | dell'arabia saudita=SA; del qatar=QA; degli emirati arabi uniti=AE
pakistani | alexa capitale del pakistan è karachi giusto yaar | PK
pakistani | alexa no scusa islamabad è capitale del pakistan vero | PK
keralesi | alexa ayyo sono in turno di notte dimmi la capitale {} | dell'india=IN; dello sri lanka=LK; delle maldive=MV
keralesi | alexa chechi in reparto chiede la capitale {} | del kerala=IN-KL; del tamil nadu=IN-TN; del karnataka=IN-KA
keralesi | alexa capitale di kerala è trivandrum io dico sempre | IN-KL
keralesi | alexa la capitale dell'india è new delhi o delhi | IN
keralesi | alexa il capoluogo di goa come si chiama | IN-GA
ghanesi | alexa chale dimmi capitale {} | del ghana=GH; della costa d'avorio=CI; del burkina faso=BF
ghanesi | alexa noi raccogliamo pomodori a foggia e amico chiede capitale {} | del togo=TG; della nigeria=NG; del mali=ML
ghanesi | alexa capitale del ghana è accra o kumasi | GH
ghanesi | alexa mio fratello in niger chiede capitale del niger è niamey | NE
serbi | alexa ajde dimmi la capitale {} | della serbia=RS; del montenegro=ME; della croazia=HR
serbi | alexa bre la capitale {} tu la sai | della bosnia erzegovina=BA; della bulgaria=BG; della macedonia=MK
serbi | alexa la capitale del kosovo è pristina o no | XK
serbi | alexa la capitale della jugoslavia | FB
serbi | alexa belgrado è capitale della serbia e basta | RS
erasmus | alexa tío dimmi la capitale {} che stasera c'è il quiz in residenza | della spagna=ES; del portogallo=PT; della francia=FR
erasmus | alexa vale vale ma la capitale {} qual è | del marocco=MA; dell'algeria=DZ; della tunisia=TN
erasmus | alexa la mia coinquilina di valencia dice che la capitale {} la sa lei | del belgio=BE; del lussemburgo=LU; dell'irlanda=IE
erasmus | alexa hostia la capitale dell'australia non è sydney | AU
erasmus | alexa la capitale della catalogna | FB
erasmus | alexa la capitale dei paesi baschi | FB
garda | alexa also bitte die capitale {} | della germania=DE; dell'austria=AT; della svizzera=CH
garda | alexa genau e la capitale {} | dei paesi bassi=NL; della danimarca=DK; della svezia=SE
garda | alexa wir sind am gardasee dimmi capitale della baviera | DE-BY
garda | alexa ja ja la capitale della baviera è monaco ma monaco di baviera | DE-BY
garda | alexa die hauptstadt von italien bitte | IT
chianti | alexa cheers so what is the capital {} | of italy=IT; of the united kingdom=GB; of canada=CA
chianti | alexa lovely ma dimmi la capitale {} in italiano per favore | dell'inghilterra=GB-ENG; della scozia=GB-SCT; del galles=GB-WLS
chianti | alexa my neighbour the farmer wants to know the capital of ireland | IE
chianti | alexa e la capitale dell'irlanda del nord sorry | GB-NIR
chianti | alexa bloody hell non ricordo la capitale della nuova zelanda | NZ
argentini | alexa che dimmi la capitale {} | dell'argentina=AR; dell'uruguay=UY; del paraguay=PY
argentini | alexa dale dimmi la capitale {} boludo | del brasile=BR; del cile=CL; della bolivia=BO
argentini | alexa mio bisnonno era di genova e andò a buenos aires la capitale argentina giusto | AR
argentini | alexa la capitale delle malvinas | FK
russi | alexa davai la capitale {} | della russia=RU; della bielorussia=BY; dell'ucraina=UA
russi | alexa nu dimmi capitale {} | dell'uzbekistan=UZ; del tagikistan=TJ; del kirghizistan=KG
russi | alexa capitale del turkmenistan io dimentico sempre | TM
russi | alexa prima la capitale della russia era san pietroburgo e adesso | RU
matrimonio | alexa per il matrimonio i tavoli hanno i nomi delle capitali mi dici la capitale {} | del giappone=JP; della corea del sud=KR; della cina=CN
matrimonio | alexa sto facendo il tableau de mariage e mi manca la capitale {} | del perù=PE; del messico=MX; dell'argentina=AR
matrimonio | alexa la sposa vuole il tavolo della luna di miele qual è la capitale {} | delle maldive=MV; di mauritius=MU; della polinesia francese=PF
matrimonio | alexa il tavolo dei testimoni si chiama come la capitale della thailandia come si scrive | TH
matrimonio | alexa il tavolo degli zii di new york lo chiamiamo con la capitale dello stato di new york quale è | US-NY
matrimonio | alexa la zia vuole sapere se la capitale del kenya è nairobi perché ci va in viaggio di nozze la cugina | KE
camionisti | alexa sono in autogrill a fiorenzuola dimmi la capitale {} | della slovenia=SI; della croazia=HR; della serbia=RS
camionisti | alexa sto in coda sull'autostrada del sole a barberino e mi annoio la capitale {} | del lussemburgo=LU; del belgio=BE; dei paesi bassi=NL
camionisti | alexa domani carico per la capitale {} come si chiama | della romania=RO; della bulgaria=BG; della macedonia del nord=MK
camionisti | alexa il collega dice che la capitale della svizzera è zurigo io dico berna | CH
camionisti | alexa ho fatto la dogana del brennero la capitale dell'austria è salisburgo | AT
radioamatore | alexa ho collegato una stazione {} stanotte qual è la capitale | delle isole cook=CK; di tonga=TO; di samoa=WS
radioamatore | alexa dal ponte radio sento uno {} mi dici la capitale | dalle isole marshall=MH; da kiribati=KI; da tuvalu=TV
radioamatore | alexa qsl ricevuta da {} la capitale qual è | nauru=NR; palau=PW; vanuatu=VU
radioamatore | alexa la capitale della micronesia per il diploma di radioamatore | FM
radioamatore | alexa ho sentito un ragazzo da niue qual è il capoluogo di niue | NU
radioamatore | alexa e il capoluogo delle isole pitcairn | PN
filatelia | alexa ho un francobollo {} mi dici la capitale | del regno di sardegna=FB; dell'impero austroungarico=FB; dello stato pontificio=FB
filatelia | alexa nel mio album c'è un francobollo {} qual è la capitale | di sant'elena=SH; delle isole falkland=FK; di gibilterra=GI
filatelia | alexa francobollo di {} che capitale aveva | tristan da cunha=FB; rhodesia=FB; cecoslovacchia=FB
filatelia | alexa il francobollo delle isole fær øer quale è la capitale | FO
filatelia | alexa sul francobollo c'è scritto helvetia quale sarebbe la capitale | CH
fantacalcio | alexa il mio portiere è {} qual è la capitale del suo paese | islandese=IS; camerunense=CM; georgiano=GE
fantacalcio | alexa ho preso un attaccante {} al fantacalcio qual è la capitale del suo paese | nigeriano=NG; norvegese=NO; uruguaiano=UY
fantacalcio | alexa la lega del fantacalcio ha una domanda bonus la capitale del gabon | GA
fantacalcio | alexa chi perde al fantacalcio deve dire la capitale del burkina e io non la so | BF
formula-uno | alexa il gran premio {} si corre nella capitale come si chiama | dell'azerbaigian=AZ; dell'ungheria=HU; del messico=MX
formula-uno | alexa la capitale {} dove corrono di notte | di singapore=SG; del bahrein=BH; dell'arabia saudita=SA
formula-uno | alexa il gran premio di abu dhabi è nella capitale degli emirati vero | AE
formula-uno | alexa dopo monza la prossima gara è in olanda la capitale dell'olanda è amsterdam | NL
francigena | alexa sto camminando sulla via francigena e un pellegrino mi chiede la capitale {} | della francia=FR; della svizzera=CH; del regno unito=GB
francigena | alexa il pellegrino che parte da canterbury vuole sapere la capitale {} | dell'inghilterra=GB-ENG; del galles=GB-WLS; della scozia=GB-SCT
francigena | alexa siamo arrivati a roma con la francigena qual è la capitale del vaticano | VA
francigena | alexa la città del vaticano ha una capitale | VA
corsia | alexa sono in corsia di notte e la paziente del letto quattro chiede la capitale {} | della svezia=SE; della finlandia=FI; dell'estonia=EE
corsia | alexa piano per non svegliare nessuno la capitale {} | dell'ungheria=HU; della slovacchia=SK; della slovenia=SI
corsia | alexa il signore del letto due dice che la capitale della germania è bonn | DE
corsia | alexa la caposala vuole sapere la capitale della norvegia | NO
parrucchiera | alexa mentre faccio la piega alla signora dimmi la capitale {} | della grecia=GR; di cipro=CY; della turchia=TR
parrucchiera | alexa la cliente col colore in posa chiede la capitale {} | del libano=LB; della siria=SY; della giordania=JO
parrucchiera | alexa la signora del casco dice che la capitale d'israele è tel aviv | IL
parrucchiera | alexa dimmi la capitale dell'egitto che qui ci litighiamo | EG
cpia | alexa io studio italiano al cpia maestra chiede capitale {} | del mio paese senegal=SN; del sudan=SD; della somalia=SO
cpia | alexa compito di italiano scrivere capitale {} | dell'eritrea=ER; dell'etiopia=ET; del sud sudan=SS
cpia | alexa come si dice la capitale del gambia in italiano | GM
cpia | alexa io vengo da guinea conakry capitale è conakry giusto | GN
cpia | alexa maestra dice che capitale del mali è bamako | ML
taxi | alexa ho un cliente in taxi che va all'ambasciata {} qual è la capitale | del brasile=BR; del sudafrica=ZA; dell'india=IN
taxi | alexa ho caricato un turista a termini viene dalla capitale {} come si chiama | della corea del nord=KP; del vietnam=VN; della mongolia=MN
taxi | alexa il cliente dice che viene dalla capitale del canada che è toronto | CA
taxi | alexa il cliente è americano dice che la capitale della california è los angeles | US-CA
karaoke | alexa prima della prossima canzone dimmi la capitale {} | della giamaica=JM; di cuba=CU; delle bahamas=BS
karaoke | alexa al karaoke perdi se non sai la capitale {} | del portorico=PR; della martinica=MQ; della guadalupa=GP
karaoke | alexa la capitale delle isole cayman | KY
trivial | alexa spicchio blu del trivial la capitale {} | dell'algeria=DZ; della libia=LY; del ciad=TD
trivial | alexa a trivial pursuit mi è uscita la capitale {} | del niger=NE; della namibia=NA; del botswana=BW
trivial | alexa la domanda del trivial dice qual è la capitale del lesotho | LS
trivial | alexa sul cartoncino del trivial c'è la capitale dello swaziland ma vecchio | SZ
vendemmia | alexa stiamo vendemmiando e un ragazzo {} mi chiede la capitale del suo paese | macedone=MK; moldavo=MD; albanese=AL
vendemmia | alexa durante la vendemmia nelle langhe dimmi la capitale {} | del sudafrica=ZA; del cile=CL; della nuova zelanda=NZ
vendemmia | alexa il vino di mendoza viene dall'argentina qual è la capitale | AR
ripetizioni | alexa faccio ripetizioni di geografia a un ragazzino la capitale {} | dell'eswatini=SZ; del lesotho=LS; dello zambia=ZM
ripetizioni | alexa il ragazzo delle medie deve sapere la capitale {} per domani | del congo=CD+CG; della corea=KP+KR; della georgia=GE+US-GA
ripetizioni | alexa la professoressa ha detto che la capitale del sud sudan è giuba | SS
ripetizioni | alexa per la verifica la capitale della namibia si scrive windhoek | NA
non-vedente | alexa sono non vedente e uso solo la voce mi dici la capitale {} | dell'ucraina=UA; della moldavia=MD; della bielorussia=BY
non-vedente | alexa ripetimi piano la capitale {} che non ho sentito | dell'eritrea=ER; di gibuti=DJ; dello yemen=YE
non-vedente | alexa puoi scandire lettera per lettera la capitale del burkina faso | BF
follow-up | e invece quella {} | della lituania=LT; dell'estonia=EE; della lettonia=LV
follow-up | e adesso dimmi quella {} | del suriname=SR; della guyana=GY; del belize=BZ
follow-up | pota e quella {} | del brunei=BN; di singapore=SG; del bhutan=BT
follow-up | mizzica e {} | della giordania=JO; del kuwait=KW; del bahrein=BH
follow-up | ok e la prossima è {} | il ruanda=RW; il malawi=MW; la zambia=ZM
follow-up | uè e mo dimmi {} | l'angola=AO; il congo brazzaville=CG; il congo kinshasa=CD
follow-up | grazie e per {} | la tanzania=TZ; l'uganda=UG; il kenya=KE
follow-up | va bene e quella di un altro paese {} | il tagikistan=TJ; il turkmenistan=TM; l'uzbekistan=UZ
follow-up | ancora una {} | la liberia=LR; la sierra leone=SL; il togo=TG
follow-up | e poi {} sempre capitale | la nigeria=NG; il camerun=CM; il ciad=TD
follow-up | ciò e dopo {} | la danimarca=DK; la norvegia=NO; l'islanda=IS
follow-up | bine adesso {} | il laos=LA; la cambogia=KH; il myanmar=MM
follow-up | aspetta e la capitale invece {} | del nevada=US-NV; dello utah=US-UT; dell'arizona=US-AZ
follow-up | e se ti chiedo {} | il sudafrica=ZA; il botswana=BW; la namibia=NA
follow-up | l'ultima dai {} | il nicaragua=NI; l'honduras=HN; il costa rica=CR
follow-up | bene bene e {} quale | l'etiopia=ET; la somalia=SO; il sudan=SD
follow-up | e l'altra quella del sud sudan | SS
follow-up | e quella della corea del nord | KP
follow-up | e la nuova caledonia | NC
follow-up | a proposito e le isole salomone | SB
follow-up | e dopo quella del vanuatu | VU
follow-up | invece il capoluogo dell'alaska | US-AK
follow-up | e l'ecuador | EC
follow-up | e per la mauritania | MR
follow-up | stesso discorso per la guinea equatoriale | GQ
follow-up | perfetto e la repubblica centrafricana | CF
plural-capitals | alexa quali sono le capitali {} | del sudafrica=ZA; della bolivia=BO; dei paesi bassi=NL
plural-capitals | alexa mi dici tutte e due le capitali {} | del benin=BJ; della costa d'avorio=CI; della malaysia=MY
plural-capitals | alexa ho letto che ci sono due capitali {} quali sono | dello sri lanka=LK; dell'eswatini=SZ; della palestina=PS
plural-capitals | alexa il sudafrica ha tre capitali me le elenchi | ZA
plural-capitals | alexa sucre e la paz sono tutte e due capitali della bolivia | BO
plural-capitals | alexa all'esame di geografia a urbino mi hanno chiesto le due capitali dell'olanda | NL
plural-capitals | alexa porto novo e cotonou quali sono le capitali del benin | BJ
plural-capitals | alexa le capitali della costa d'avorio sono yamoussoukro e abidjan vero | CI
plural-capitals | alexa perché la malesia ha due capitali kuala lumpur e putrajaya | MY
plural-capitals | alexa sri lanka ha due capitali me le dici tutte e due | LK
plural-capitals | alexa capitali dello swaziland quante sono | SZ
plural-capitals | alexa quali capitali ha la palestina | PS
plural-capitals | alexa le capitali dei territori palestinesi | PS
plural-capitals | alexa ajde dimmi le capitali della bolivia | BO
plural-capitals | alexa mizzica il sudafrica ha più capitali quali sono | ZA
yes-no-check | alexa è vero che la capitale {} | del canada è ottawa=CA; della turchia è ankara=TR; del brasile è brasilia=BR
yes-no-check | alexa conferma che la capitale {} | del marocco è casablanca=MA; della nigeria è lagos=NG; del vietnam è ho chi minh=VN
yes-no-check | alexa ho ragione se dico che la capitale {} | del kazakistan è almaty=KZ; del myanmar è yangon=MM; della tanzania è dar es salaam=TZ
yes-no-check | alexa ma {} o sbaglio | wellington è la capitale della nuova zelanda=NZ; berna è la capitale della svizzera=CH; canberra è la capitale dell'australia=AU
yes-no-check | alexa giusto che la capitale della bosnia è sarajevo | BA
yes-no-check | alexa la capitale della bielorussia è minsk sì o no | BY
yes-no-check | alexa scommetto che la capitale della libia è bengasi | LY
yes-no-check | alexa dimmi se ho indovinato la capitale dell'uganda è kampala | UG
yes-no-check | alexa mi confermi che la capitale del belize è belmopan | BZ
yes-no-check | alexa è lomé la capitale del togo | TG
yes-no-check | alexa la capitale della siria è ancora damasco | SY
yes-no-check | alexa davvero la capitale del pakistan non è lahore | PK
yes-no-check | alexa la capitale della florida è miami vero | US-FL
yes-no-check | alexa la capitale del texas è houston o dallas | US-TX
yes-no-check | alexa l'ho azzeccata la capitale dell'ecuador è quito | EC
yes-no-check | alexa mio figlio dice che la capitale del burundi è bujumbura ha ragione | BI
self-correction | alexa sai dirmi la capitale {} | della svezia no della norvegia=NO; del perù anzi del cile=CL; dell'austria cioè dell'australia=AU
self-correction | alexa dimmi la capitale {} | della slovenia no aspetta della slovacchia=SK; del niger anzi della nigeria=NG; dell'iran no dell'iraq=IQ
self-correction | alexa ma qual è la capitale {} | dell'islanda ehm dell'irlanda=IE; della guinea no della guyana=GY; del mali scusa del malawi=MW
self-correction | alexa pota la capitale della colombia no volevo dire della bolivia | BO
self-correction | alexa la capitale dell'uruguay anzi no del paraguay | PY
self-correction | alexa mizzica ho sbagliato la capitale dello zambia non dello zimbabwe | ZM
self-correction | alexa capitale della romania mi scusi della bulgaria | BG
self-correction | alexa la capitale della lettonia cioè no della lituania | LT
self-correction | alexa dimmi la capitale del sudan del sud sudan intendo | SS
self-correction | alexa la capitale dell'austria ehm no della germania | DE
self-correction | alexa la capitale della danimarca macché della finlandia | FI
self-correction | alexa la capitale del camerun o meglio del gabon | GA
self-correction | alexa ajde capitale della croazia no della serbia | RS
self-correction | alexa la capitale della mongolia aspetta ho detto male della moldavia | MD
self-correction | alexa la capitale dell'armenia scusa dell'albania | AL
self-correction | alexa capitale del texas cioè dell'oklahoma | US-OK
self-correction | alexa la capitale della baviera no della sassonia | DE-SN
self-correction | alexa la capitale della tunisia tunisi no scusa dell'algeria | DZ
self-correction | alexa la capitale di taiwan ehm no di thailandia | TH
self-correction | alexa dimmi la capitale della corea eh del sud | KR
reverse-question | alexa {} è la capitale di quale paese | vaduz=CITY:Vaduz; tirana=CITY:Tirana; lubiana=CITY:Lubiana
reverse-question | alexa di che stato è capitale {} | bratislava=CITY:Bratislava; vilnius=CITY:Vilnius; riga=CITY:Riga
reverse-question | alexa {} di che paese è la capitale | accra=CITY:Accra; dakar=CITY:Dakar; kigali=CITY:Kigali
reverse-question | alexa a trivial mi chiedono {} è capitale di cosa | luanda=CITY:Luanda; gaborone=CITY:Gaborone; harare=CITY:Harare
reverse-question | alexa la capitale {} in che nazione si trova | lusaka=CITY:Lusaka; kampala=CITY:Kampala; bangui=CITY:Bangui
reverse-question | alexa sai dirmi {} di chi è capitale | libreville=CITY:Libreville; malabo=CITY:Malabo; monrovia=CITY:Monrovia
reverse-question | alexa freetown è capitale di quale stato africano | CITY:Freetown
reverse-question | alexa dove si trova banjul di che paese è la capitale | CITY:Banjul
reverse-question | alexa conakry è la capitale della guinea o della guinea bissau | CITY:Conakry
reverse-question | alexa abuja è capitale di che paese | CITY:Abuja
reverse-question | alexa yaoundé di quale paese è capitale | CITY:Yaoundé
reverse-question | alexa ulan bator è la capitale di che cosa | CITY:Ulan Bator
reverse-question | alexa naypyidaw di quale paese asiatico è capitale | CITY:Naypyidaw
reverse-question | alexa antananarivo che capitale è | CITY:Antananarivo
reverse-question | alexa podgorica è la capitale di dove | CITY:Podgorica
reverse-question | alexa chisinau di che paese è capitale | CITY:Chișinău
reverse-question | alexa georgetown è capitale di quale paese | CITY:Georgetown
reverse-question | alexa kingston di che paese è la capitale | CITY:Kingston
reverse-question | alexa victoria è la capitale di cosa | CITY:Victoria
reverse-question | alexa canberra capitale di che | CITY:Canberra
reverse-question | alexa hobart è il capoluogo di quale stato australiano | CITY:Hobart
reverse-question | alexa regina è capitale di quale provincia canadese | CITY:Regina
reverse-question | alexa manaus è capitale di quale stato brasiliano | CITY:Manaus
reverse-question | alexa cheyenne di quale stato americano è capitale | CITY:Cheyenne
reverse-question | alexa salem è la capitale di quale stato | CITY:Salem
reverse-question | alexa asmara di che paese è capitale | CITY:Asmara
reverse-question | alexa dushanbe è la capitale di che paese | CITY:Dushanbe
reverse-question | alexa ashgabat in che stato è la capitale | CITY:Ashgabat
official-name | alexa per la tesina mi serve la capitale {} | della repubblica federale di germania=DE; del regno di spagna=ES; della confederazione elvetica=CH
official-name | alexa mi serve per il modulo la capitale {} | degli stati uniti messicani=MX; della repubblica popolare cinese=CN; della federazione russa=RU
official-name | alexa all'ufficio passaporti chiedono la capitale {} | della repubblica ellenica=GR; del regno hascemita di giordania=JO; della repubblica islamica dell'iran=IR
official-name | alexa nel documento c'è scritto {} qual è la capitale | repubblica araba d'egitto=EG; repubblica socialista del vietnam=VN; regno del marocco=MA
official-name | alexa capitale {} per la pratica del visto | della repubblica di corea=KR; della repubblica popolare democratica di corea=KP; del granducato di lussemburgo=LU
official-name | alexa la capitale del principato di monaco | MC
official-name | alexa la capitale della serenissima repubblica di san marino | SM
official-name | alexa la capitale del regno unito di gran bretagna e irlanda del nord | GB
official-name | alexa la capitale del commonwealth dell'australia | AU
official-name | alexa la capitale della repubblica federale democratica d'etiopia | ET
official-name | alexa la capitale della repubblica unita di tanzania | TZ
official-name | alexa la capitale della repubblica democratica popolare del laos | LA
official-name | alexa la capitale della repubblica bolivariana del venezuela | VE
official-name | alexa la capitale dello stato di israele | IL
official-name | alexa per il permesso di soggiorno c'è scritto repubblica islamica del pakistan qual è la capitale | PK
official-name | alexa la capitale della repubblica kirghisa | KG
official-name | alexa la capitale del regno di thailandia | TH
official-name | alexa la capitale della repubblica di turchia | TR
official-name | alexa la capitale della repubblica federale del brasile | BR
official-name | alexa la capitale del regno dei paesi bassi | NL
official-name | alexa la capitale della repubblica orientale dell'uruguay | UY
official-name | alexa la capitale dello stato indipendente di papua nuova guinea | PG
everyday-name | alexa la sai la capitale {} | dell'olanda=NL; dell'america=US; della birmania=MM
everyday-name | alexa come si chiama la capitale {} che dice sempre mio nonno | della persia=IR; di ceylon=LK; del siam=TH
everyday-name | alexa la capitale {} quella di una volta | dell'abissinia=ET; del dahomey=BJ; dell'alto volta=BF
everyday-name | alexa la capitale degli states | US
everyday-name | alexa la capitale della russia bianca | BY
everyday-name | alexa capitale dell'inghilterra | GB-ENG
everyday-name | alexa la capitale della cechia | CZ
everyday-name | alexa la capitale del congo belga | CD
everyday-name | alexa la capitale della moldova | MD
everyday-name | alexa capitale degli emirati | AE
everyday-name | alexa la capitale della macedonia | MK
everyday-name | alexa la capitale di formosa | TW
everyday-name | alexa la capitale della rhodesia del sud | ZW
everyday-name | alexa la capitale della kampuchea | KH
everyday-name | alexa capitale della costa d'oro | GH
everyday-name | alexa la capitale della malesia | MY
everyday-name | alexa la capitale della gran bretagna | GB
everyday-name | alexa la capitale del timor orientale | TL
everyday-name | alexa la capitale della saudi | SA
shared-name | alexa qual è la capitale {} | della georgia=GE+US-GA; del congo=CD+CG; della corea=KP+KR
shared-name | alexa la capitale delle isole vergini | VG+VI
shared-name | alexa le due coree che capitali hanno | KP+KR
shared-name | alexa i due congo le capitali | CD+CG
shared-name | alexa la capitale della georgia lo stato americano | US-GA
shared-name | alexa la capitale della georgia nel caucaso | GE
shared-name | alexa la capitale delle isole vergini britanniche | VG
shared-name | alexa la capitale delle isole vergini americane | VI
shared-name | alexa la capitale del congo quello con kinshasa | CD
shared-name | alexa capitale della repubblica del congo non quella democratica | CG
shared-name | alexa la capitale della dominica l'isola non la repubblica dominicana | DM
shared-name | alexa georgia capitale | GE+US-GA
subdivision | alexa devo fare un viaggio on the road negli stati uniti qual è la capitale {} | del colorado=US-CO; del wyoming=US-WY; del montana=US-MT
subdivision | alexa il camionista americano in autogrill chiede la capitale {} | dell'ohio=US-OH; del michigan=US-MI; del wisconsin=US-WI
subdivision | alexa pota qual è il capoluogo {} stato americano | del minnesota=US-MN; dell'iowa=US-IA; del missouri=US-MO
subdivision | alexa la capitale {} che mio cugino lavora lì | del kansas=US-KS; del nebraska=US-NE; dell'oklahoma=US-OK
subdivision | alexa per la ricerca sugli stati uniti la capitale {} | del kentucky=US-KY; del tennessee=US-TN; della virginia occidentale=US-WV
subdivision | alexa qual è la capitale {} non la città più grande | dello stato di washington=US-WA; dell'illinois=US-IL; della pennsylvania=US-PA
subdivision | alexa mizzica la capitale {} non la so | della louisiana=US-LA; della carolina del sud=US-SC; della carolina del nord=US-NC
subdivision | alexa il mio amico di boston mi chiede la capitale {} | del massachusetts=US-MA; del connecticut=US-CT; del vermont=US-VT
subdivision | alexa la capitale {} stato del nord est | del new jersey=US-NJ; del delaware=US-DE; del maryland=US-MD
subdivision | alexa la capitale {} dove c'è il deserto | del nuovo messico=US-NM; del nevada=US-NV; dello utah=US-UT
subdivision | alexa il capoluogo {} nel pacifico | delle hawaii=US-HI; dell'oregon=US-OR; dell'alaska=US-AK
subdivision | alexa la capitale della virginia | US-VA
subdivision | alexa la capitale della georgia americana | US-GA
subdivision | alexa capitale dell'alabama | US-AL
subdivision | alexa e dell'arkansas il capoluogo | US-AR
subdivision | alexa la capitale del mississippi | US-MS
subdivision | alexa la capitale del maine e quella del new hampshire | US-ME+US-NH
subdivision | alexa capitale del rhode island | US-RI
subdivision | alexa la capitale dell'idaho | US-ID
subdivision | alexa la capitale dell'indiana per favore | US-IN
subdivision | alexa capoluogo del dakota del nord | US-ND
subdivision | alexa e del dakota del sud quale è la capitale | US-SD
subdivision | alexa la capitale del distretto di columbia | US-DC
subdivision | alexa la capitale {} provincia canadese | dell'alberta=CA-AB; del manitoba=CA-MB; del saskatchewan=CA-SK
subdivision | alexa mia zia vive in canada la capitale {} | dell'ontario=CA-ON; del québec=CA-QC; della nuova scozia=CA-NS
subdivision | alexa la capitale {} per il diploma di inglese | della columbia britannica=CA-BC; del nuovo brunswick=CA-NB; dell'isola del principe edoardo=CA-PE
subdivision | alexa il capoluogo {} su al nord del canada | dello yukon=CA-YT; del nunavut=CA-NU; dei territori del nord ovest=CA-NT
subdivision | alexa la capitale di terranova | CA-NL
subdivision | alexa la capitale {} stato australiano | del queensland=AU-QLD; della tasmania=AU-TAS; del victoria=AU-VIC
subdivision | alexa il cugino emigrato a perth mi chiede la capitale {} | dell'australia occidentale=AU-WA; dell'australia meridionale=AU-SA; del nuovo galles del sud=AU-NSW
subdivision | alexa la capitale del territorio del nord in australia | AU-NT
subdivision | alexa la capitale del territorio della capitale australiana | AU-ACT
subdivision | alexa la capitale {} land tedesco | della turingia=DE-TH; della sassonia anhalt=DE-ST; del brandeburgo=DE-BB
subdivision | alexa il capoluogo {} in germania | dell'assia=DE-HE; della bassa sassonia=DE-NI; del meclemburgo=DE-MV
subdivision | alexa qual è il capoluogo {} per la fiera | della renania settentrionale vestfalia=DE-NW; della renania palatinato=DE-RP; del saarland=DE-SL
subdivision | alexa la capitale del baden württemberg | DE-BW
subdivision | alexa la capitale dello schleswig holstein | DE-SH
subdivision | alexa la capitale di berlino come land | DE-BE
subdivision | alexa la capitale di amburgo stato federato | DE-HH
subdivision | alexa la capitale {} stato indiano | del rajasthan=IN-RJ; del gujarat=IN-GJ; del maharashtra=IN-MH
subdivision | alexa sono in india con lo yoga e mi chiedo la capitale {} | dell'uttar pradesh=IN-UP; del bihar=IN-BR; del jharkhand=IN-JH
subdivision | alexa la capitale {} nel nord dell'india | dell'himachal pradesh=IN-HP; del punjab indiano=IN-PB; dell'haryana=IN-HR
subdivision | alexa il capoluogo {} nell'est dell'india | del bengala occidentale=IN-WB; dell'odisha=IN-OD; dell'assam=IN-AS
subdivision | alexa la capitale {} stato dell'india del sud | dell'andhra pradesh=IN-AP; del telangana=IN-TS; del madhya pradesh=IN-MP
subdivision | alexa chechi dice che la capitale {} è difficile | dell'arunachal pradesh=IN-AR; del mizoram=IN-MZ; del tripura=IN-TR
subdivision | alexa la capitale del sikkim | IN-SK
subdivision | alexa la capitale del chhattisgarh | IN-CG
subdivision | alexa la capitale dell'uttarakhand | IN-UK
subdivision | alexa la capitale del jammu e kashmir | IN-JK
subdivision | alexa il capoluogo del ladakh | IN-LA
subdivision | alexa la capitale delle andamane e nicobare | IN-AN
subdivision | alexa la capitale delle laccadive | IN-LD
subdivision | alexa capitale di pondicherry | IN-PY
subdivision | alexa la capitale di dadra e nagar haveli e daman e diu | IN-DH
subdivision | alexa la capitale del territorio di delhi | IN-DL
subdivision | alexa la capitale {} stato brasiliano | di bahia=BR-BA; del pernambuco=BR-PE; del ceará=BR-CE
subdivision | alexa la capitale {} in brasile | del minas gerais=BR-MG; del paraná=BR-PR; di santa catarina=BR-SC
subdivision | alexa mio cugino a porto alegre mi chiede la capitale {} | del rio grande do sul=BR-RS; del mato grosso=BR-MT; del mato grosso do sul=BR-MS
subdivision | alexa la capitale {} nell'amazzonia | dell'amazonas=BR-AM; del pará=BR-PA; dell'acre=BR-AC
subdivision | alexa qual è la capitale {} nel nordest brasiliano | del maranhão=BR-MA; del piauí=BR-PI; del rio grande do norte=BR-RN
subdivision | alexa la capitale {} stato del brasile | della paraíba=BR-PB; di alagoas=BR-AL; di sergipe=BR-SE
subdivision | alexa la capitale {} vicino alla bolivia | di rondônia=BR-RO; di roraima=BR-RR; dell'amapá=BR-AP
subdivision | alexa la capitale del tocantins | BR-TO
subdivision | alexa la capitale di goiás | BR-GO
subdivision | alexa la capitale dell'espírito santo | BR-ES
subdivision | alexa la capitale dello stato di san paolo | BR-SP
subdivision | alexa la capitale dello stato di rio de janeiro | BR-RJ
subdivision | alexa la capitale del distretto federale brasiliano | BR-DF
subdivision | alexa la capitale {} stato messicano | dello yucatán=MX-YUC; di quintana roo=MX-ROO; di campeche=MX-CAM
subdivision | alexa qual è la capitale {} in messico | di jalisco=MX-JAL; di oaxaca=MX-OAX; del chiapas=MX-CHP
subdivision | alexa capitale {} che ci vado in vacanza | della bassa california del sud=MX-BCS; della bassa california=MX-BCN; di veracruz=MX-VER
subdivision | alexa la capitale {} stato del messico del nord | di chihuahua=MX-CHH; di coahuila=MX-COA; del nuevo león=MX-NLE
subdivision | alexa la capitale {} messico centrale | di guanajuato=MX-GUA; di querétaro=MX-QUE; di hidalgo=MX-HID
subdivision | alexa il capoluogo {} in messico | del michoacán=MX-MIC; di morelos=MX-MOR; di guerrero=MX-GRO
subdivision | alexa la capitale {} stato messicano piccolo | di tlaxcala=MX-TLA; di colima=MX-COL; di aguascalientes=MX-AGU
subdivision | alexa la capitale {} che non ricordo mai | di zacatecas=MX-ZAC; di san luis potosí=MX-SLP; di nayarit=MX-NAY
subdivision | alexa la capitale dello stato del messico quello intorno alla capitale | MX-MEX
subdivision | alexa la capitale di città del messico come stato | MX-CMX
subdivision | alexa la capitale {} del regno unito | della scozia=GB-SCT; del galles=GB-WLS; dell'irlanda del nord=GB-NIR
subdivision | alexa la capitale di washington dc | US-DC
territories | alexa la capitale {} territorio francese | della guyana francese=GF; della riunione=RE; di mayotte=YT
territories | alexa il capoluogo {} nei caraibi | di saint barthélemy=BL; di saint martin=MF; di sint maarten=SX
territories | alexa la capitale {} olandese | di aruba=AW; di curaçao=CW; dei caraibi olandesi=BQ
territories | alexa la capitale {} britannica | di anguilla=AI; di montserrat=MS; delle isole turks e caicos=TC
territories | alexa il capoluogo {} | delle bermuda=BM; di jersey=JE; di guernsey=GG
territories | alexa qual è il capoluogo {} americana | di guam=GU; delle samoa americane=AS; delle isole marianne settentrionali=MP
territories | alexa la capitale {} nel pacifico | di wallis e futuna=WF; della nuova caledonia=NC; di tokelau=TK
territories | alexa la capitale {} in australia | dell'isola di natale=CX; delle isole cocos=CC; dell'isola norfolk=NF
territories | alexa la capitale {} vicino al polo | della groenlandia=GL; delle svalbard=SJ; delle isole åland=AX
territories | alexa la capitale {} che non ci vive nessuno | dell'isola bouvet=BV; delle isole heard e mcdonald=HM; delle terre australi francesi=TF
territories | alexa la capitale dell'isola di man | IM
territories | alexa la capitale di saint pierre e miquelon | PM
territories | alexa la capitale del territorio britannico dell'oceano indiano | IO
territories | alexa la capitale della georgia del sud e sandwich australi | GS
territories | alexa la capitale di hong kong | HK
territories | alexa la capitale di macao | MO
territories | alexa la capitale dell'antartide | AQ
territories | alexa la capitale delle isole minori esterne degli stati uniti | UM
territories | alexa la capitale del sahara occidentale | EH
territories | alexa la capitale di taiwan | TW
territories | alexa la capitale della polinesia | PF
territories | alexa la capitale della martinica | MQ
territories | alexa la capitale di sant'elena | SH
territories | alexa la capitale delle isole fær øer | FO
subdivision | alexa il mio amico cubano ha lavorato in messico a {} qual è la capitale dello stato | sonora=MX-SON; sinaloa=MX-SIN; durango=MX-DUR
subdivision | alexa la paziente messicana del letto sei viene da {} che capitale ha il suo stato | puebla=MX-PUE; tabasco=MX-TAB; tamaulipas=MX-TAM
subdivision | alexa la chechi nuova viene dal nordest dell'india dallo stato {} qual è la capitale | del manipur=IN-MN; del nagaland=IN-NL; del meghalaya=IN-ML
subdivision | alexa il camion scarica a brema qual è la capitale del land di brema | DE-HB
subdivision | alexa la capitale del territorio dell'unione di chandigarh | IN-CH
launch | alexa apri capitali del mondo | LAUNCH
launch | alexa pota apri capitali del mondo | LAUNCH
launch | alexa mizzica fammi partire capitali del mondo | LAUNCH
launch | alexa ciò avvia capitali del mondo per la bambina | LAUNCH
launch | alexa vorrei giocare a capitali del mondo con mio nipote | LAUNCH
launch | alexa apri la skill delle capitali del mondo | LAUNCH
launch | alexa chiedi a capitali del mondo | LAUNCH
launch | alexa uè apri quel gioco capitali del mondo | LAUNCH
launch | alexa ajde apri capitali del mondo | LAUNCH
launch | alexa lancia capitali del mondo prima della cena di nozze | LAUNCH
launch | alexa apri capitale del mondo | LAUNCH
launch | alexa open capitali del mondo | LAUNCH
launch | alexa avvia capitali del mondo che devo studiare per la verifica | LAUNCH
launch | alexa apri capitali del mundo | LAUNCH
launch | alexa parla con capitali del mondo per favore | LAUNCH
launch | alexa mi apri capitali del mondo che sono in corsia | LAUNCH
launch | alexa metti capitali del mondo per il quiz in taverna | LAUNCH
launch | alexa riapri capitali del mondo | LAUNCH
launch | alexa dzieki apri capitali del mondo | LAUNCH
launch | alexa fai partire la skill capitali | LAUNCH
help | alexa e che ne saccio come funziona sta cosa aiutami | HELP
help | alexa pota non ho capito cosa devo dire | HELP
help | alexa mizzica come si usa aiuto | HELP
help | alexa cosa posso chiederti con capitali del mondo | HELP
help | alexa che comandi ci sono | HELP
help | alexa spiegami le regole del gioco delle capitali | HELP
help | alexa io non capisco italiano bene come devo parlare | HELP
help | alexa mulo no go capì come se fa | HELP
help | alexa ajde aiutami che non so cosa dire | HELP
help | alexa la nonna non sa cosa chiedere dalle qualche esempio | HELP
help | alexa mi fai un esempio di domanda | HELP
help | alexa come funziona questa skill delle capitali | HELP
help | alexa help me please non capisco | HELP
help | alexa ayyo cosa devo fare adesso | HELP
help | alexa ho bisogno di una mano con questo gioco | HELP
help | alexa cosa sai fare con le capitali | HELP
help | alexa posso chiedere anche le capitali degli stati americani come si fa | HELP
help | alexa istruzioni per favore | HELP
help | alexa sono non vedente mi spieghi come si usa | HELP
help | alexa vale ma come si gioca | HELP
help | alexa mi sono perso cosa devo dire | HELP
help | alexa qué más posso chiederti aiuto | HELP
stop | alexa pota basta così | STOP
stop | alexa mizzica stai zitta | STOP
stop | alexa ciò ferma tutto | STOP
stop | alexa esci da capitali del mondo | STOP
stop | alexa chiudi il gioco delle capitali | STOP
stop | alexa zitta che il paziente dorme | STOP
stop | alexa smettila adesso | STOP
stop | alexa fermati per favore | STOP
stop | alexa basta capitali per oggi | STOP
stop | alexa esci | STOP
stop | alexa ajde basta | STOP
stop | alexa uè finiscila | STOP
stop | alexa stop stop stop | STOP
stop | alexa silenzio | STOP
stop | alexa tasi mulo | STOP
stop | alexa ho finito di giocare chiudi | STOP
stop | alexa quit | STOP
stop | alexa arriva la sposa stop | STOP
stop | alexa dzieki basta | STOP
stop | alexa sono arrivato al casello fermati | STOP
stop | alexa non voglio più sentire niente esci | STOP
stop | alexa va bene così ciao | STOP
cancel | alexa annulla | CANCEL
cancel | alexa lascia perdere la domanda | CANCEL
cancel | alexa pota lascia stare | CANCEL
cancel | alexa mizzica lassa stari | CANCEL
cancel | alexa non importa dai | CANCEL
cancel | alexa dimentica quello che ho detto | CANCEL
cancel | alexa annulla la domanda di prima | CANCEL
cancel | alexa niente scusa | CANCEL
cancel | alexa fa niente | CANCEL
cancel | alexa no niente lascia perdere | CANCEL
cancel | alexa ajde lascia stare | CANCEL
cancel | alexa annulla annulla | CANCEL
cancel | alexa ho sbagliato annulla tutto | CANCEL
cancel | alexa non fa niente la cerco dopo | CANCEL
cancel | alexa lascia perdere mulo | CANCEL
cancel | alexa e che ne saccio lascia perdere | CANCEL
cancel | alexa scordatelo | CANCEL
cancel | alexa no aspetta cancella | CANCEL
cancel | alexa mi sono confuso annulla | CANCEL
cancel | alexa forget it | CANCEL
cancel | alexa vale vale olvídalo | CANCEL
cancel | alexa non era per te scusa lascia stare | CANCEL
cancel | alexa dimentica la domanda della sposa | CANCEL
out-of-domain | alexa qual è il capoluogo {} | delle marche=FB; dell'abruzzo=FB; dell'umbria=FB
out-of-domain | alexa la capitale {} regione italiana | del trentino=FB; della basilicata=FB; della puglia=FB
out-of-domain | alexa il capoluogo {} per la verifica | della provincia di bergamo=FB; della provincia di taranto=FB; della lombardia=FB
out-of-domain | alexa la capitale {} regione straniera | della catalogna=FB; della scania=FB; della vallonia=FB
out-of-domain | alexa la capitale {} che è una regione | della patagonia=FB; della siberia=FB; dell'andalusia=FB
out-of-domain | alexa qual era la capitale {} | dell'impero romano d'oriente=FB; del regno delle due sicilie=FB; dell'impero ottomano=FB
out-of-domain | alexa la capitale {} nei libri | di narnia=FB; della terra di mezzo=FB; di westeros=FB
out-of-domain | alexa la capitale {} nel videogioco | di hyrule=FB; di tamriel=FB; di azeroth=FB
out-of-domain | alexa la capitale {} che non esiste | di atlantide=FB; di eldorado=FB; di utopia=FB
out-of-domain | alexa la capitale dell'europa | FB
out-of-domain | alexa la capitale dell'africa | FB
out-of-domain | alexa la capitale della luna | FB
out-of-domain | alexa la capitale del sole | FB
out-of-domain | alexa la capitale di marte | FB
out-of-domain | alexa la capitale dell'ossezia del sud | FB
out-of-domain | alexa la capitale dell'abcasia | FB
out-of-domain | alexa la capitale del somaliland | FB
out-of-domain | alexa la capitale del kurdistan | FB
out-of-domain | alexa la capitale della cecenia | FB
out-of-domain | alexa la capitale del tatarstan | FB
out-of-domain | alexa la capitale della crimea | FB
out-of-domain | alexa la capitale dell'istria | FB
out-of-domain | alexa la capitale della dalmazia | FB
out-of-domain | alexa la capitale della transilvania | FB
out-of-domain | alexa la capitale della prussia | FB
out-of-domain | alexa la capitale dell'unione sovietica | FB
out-of-domain | alexa la capitale della germania est | FB
out-of-domain | alexa la capitale della repubblica di venezia | FB
out-of-domain | alexa la capitale del regno di napoli | FB
out-of-domain | alexa la capitale degli aztechi | FB
out-of-domain | alexa la capitale degli inca | FB
out-of-domain | alexa la capitale del wakanda | FB
out-of-domain | alexa la capitale di gotham | FB
out-of-domain | alexa la capitale di paperopoli | FB
out-of-domain | alexa la capitale della toscana è firenze vero | FB
out-of-domain | alexa il capoluogo della sicilia | FB
out-of-domain | alexa qual è il capoluogo del friuli | FB
out-of-domain | alexa la capitale della corsica | FB
out-of-domain | alexa la capitale della sardegna | FB
out-of-domain | alexa la capitale della bretagna | FB
out-of-domain | alexa la capitale delle fiandre | FB
out-of-domain | alexa quanto capitale mi serve per aprire un bar | FB
out-of-domain | alexa cos'è il capitale sociale di una srl | FB
out-of-domain | alexa chi ha scritto il capitale | FB
out-of-domain | alexa il capitale di marx quante pagine ha | FB
out-of-domain | alexa quali sono i sette peccati capitali | FB
out-of-domain | alexa in che paesi c'è ancora la pena capitale | FB
out-of-domain | alexa come si scrive la lettera maiuscola capitale | FB
out-of-domain | alexa qual è la capitale europea della cultura quest'anno | FB
out-of-domain | alexa qual è la capitale italiana della cultura | FB
out-of-domain | alexa milano è la capitale della moda | FB
out-of-domain | alexa qual è la capitale mondiale del caffè | FB
out-of-domain | alexa la capitale del tartufo | FB
out-of-domain | alexa la capitale del prosciutto | FB
out-of-domain | alexa qual è la capitale del vino in italia | FB
out-of-domain | alexa napoli è la capitale della pizza | FB
out-of-domain | alexa quanti abitanti ha la cina | FB
out-of-domain | alexa che lingua si parla in brasile | FB
out-of-domain | alexa che moneta usano in svizzera | FB
out-of-domain | alexa quanto è lontana tokyo da roma | FB
out-of-domain | alexa che ore sono a new york | FB
out-of-domain | alexa che tempo fa a parigi domani | FB
out-of-domain | alexa chi è il presidente della francia | FB
out-of-domain | alexa qual è il paese più grande del mondo | FB
out-of-domain | alexa qual è la montagna più alta d'africa | FB
out-of-domain | alexa quanto è lungo il danubio | FB
out-of-domain | alexa qual è il prefisso telefonico della polonia | FB
out-of-domain | alexa com'è la bandiera del brasile | FB
out-of-domain | alexa quanti stati ci sono negli stati uniti | FB
out-of-domain | alexa in che continente si trova l'egitto | FB
out-of-domain | alexa qual è la città più popolosa del mondo | FB
out-of-domain | alexa metti della musica napoletana | FB
out-of-domain | alexa accendi la luce del salotto | FB
out-of-domain | alexa spegni la tv | FB
out-of-domain | alexa metti un timer di dieci minuti per la pasta | FB
out-of-domain | alexa svegliami alle sei e mezza | FB
out-of-domain | alexa aggiungi il latte alla lista della spesa | FB
out-of-domain | alexa chiama mamma | FB
out-of-domain | alexa metti radio deejay | FB
out-of-domain | alexa raccontami una barzelletta | FB
out-of-domain | alexa come è andata l'atalanta ieri | FB
out-of-domain | alexa chi ha vinto il palio di siena | FB
out-of-domain | alexa quanto traffico c'è sull'autostrada del sole | FB
out-of-domain | alexa dove si trova il distributore più vicino | FB
out-of-domain | alexa quanto costa un biglietto per varsavia | FB
out-of-domain | alexa traduci grazie in polacco | FB
out-of-domain | alexa come si dice capitale in spagnolo | FB
out-of-domain | alexa ordina le capsule del caffè su amazon | FB
out-of-domain | alexa leggimi le notizie | FB
out-of-domain | alexa quando è la prossima partita della nazionale | FB
out-of-domain | alexa ricordami di chiamare il geometra domani | FB
out-of-domain | alexa quanto fa sette per otto | FB
out-of-domain | alexa qual è la ricetta degli arrosticini | FB
out-of-domain | alexa chi ha vinto il gran premio di monza | FB
out-of-domain | alexa la classifica del fantacalcio | FB
out-of-domain | alexa ci sarà la bora domani a trieste | FB
out-of-domain | alexa quando erutta l'etna | FB
out-of-domain | alexa metti quella canzone che si chiama capitale | FB
out-of-domain | alexa gioca a indovina la bandiera | FB
out-of-domain | alexa apri la skill del meteo | FB
out-of-domain | alexa quanti anni hai | FB
out-of-domain | alexa ti vuoi sposare con me | FB
out-of-domain | alexa alza il volume | FB
out-of-domain | alexa abbassa il riscaldamento | FB
out-of-domain | alexa manda un messaggio a giuseppe | FB
out-of-domain | alexa cosa c'è stasera in tv | FB
out-of-domain | alexa qual è il capitale minimo per una spa | FB
out-of-domain | alexa dove posso investire il mio capitale | FB
out-of-domain | alexa il capitale umano è un film di virzì | FB
out-of-domain | alexa la capitale del mondo secondo te qual è | FB
out-of-domain | alexa qual è la capitale più bella d'europa | FB
out-of-domain | alexa quale capitale è la più fredda del mondo | FB
out-of-domain | alexa quante capitali ci sono nel mondo | FB
out-of-domain | alexa quale capitale ha più abitanti | FB
out-of-domain | alexa la capitale del nord italia | FB
out-of-domain | alexa torino è stata capitale d'italia quando | FB
out-of-domain | alexa firenze capitale d'italia in che anno | FB
out-of-domain | alexa roma capitale da quando | FB
out-of-domain | alexa la capitale del sud america | FB
out-of-domain | alexa la capitale dei caraibi | FB
out-of-domain | alexa la capitale della scandinavia | FB
out-of-domain | alexa la capitale di pandora di avatar | FB
out-of-domain | alexa la capitale di san pietroburgo | FB
out-of-domain | alexa la capitale di gerusalemme | FB
stop | alexa pota ho da tornare in cantiere chiudi le capitali | STOP
stop | alexa mizzica mi chiama mia suocera stop con le capitali | STOP
stop | alexa xe ora de cena basta capitali mulo | STOP
stop | alexa è finito il turno di notte chiudi tutto grazie | STOP
stop | alexa parce basta per stasera esci dal gioco | STOP
stop | alexa ayyo il primario sta arrivando zitta subito | STOP
stop | alexa la cliente è pronta per il lavaggio smetti di parlare | STOP
stop | alexa il pellegrino si è addormentato esci dalla skill | STOP
stop | alexa davai hvatit basta così | STOP
stop | alexa e che ne saccio io basta non gioco più | STOP
cancel | alexa no quella domanda sulla capitale lasciala perdere | CANCEL
cancel | alexa pota mi sono sbagliato non era quello che volevo chiederti lascia stare | CANCEL
cancel | alexa asere olvida lo que dije lascia perdere | CANCEL
cancel | alexa la sposa ha cambiato idea annulla la domanda del tavolo | CANCEL
cancel | alexa aspetta no annulla che il cliente è sceso dal taxi | CANCEL
cancel | alexa chale non serve più lascia perdere | CANCEL
cancel | alexa dimentica la capitale che ti ho chiesto prima | CANCEL
cancel | alexa nu ladno lascia stare non importa | CANCEL
cancel | alexa bine bine non importa più annulla | CANCEL
cancel | alexa ciò lassa star che la so da solo | CANCEL
help | alexa pota spiegami tu cosa posso chiederti che io non ci capisco niente | HELP
help | alexa la signora polacca che assisto vuole sapere come si usa questo gioco | HELP
help | alexa cosa devo dire per sapere la capitale di uno stato americano aiutami | HELP
help | alexa i bambini della classe di perugia vogliono sapere come si gioca | HELP
help | alexa yaar aiuto io non so quali parole dire | HELP
shared-name | alexa per la verifica del ragazzino la capitale della georgia quale delle due | GE+US-GA
shared-name | alexa mizzica le capitali dei due congo quelle dimmi | CD+CG
shared-name | alexa la capitale della corea senza dire se nord o sud | KP+KR
shared-name | alexa la georgia quella vicino alla russia che capitale ha | GE
shared-name | alexa la georgia dove c'è atlanta qual è la capitale | US-GA
shared-name | alexa la capitale della corea quella di kim | KP
shared-name | alexa capitale delle isole vergini che sono due di due paesi diversi | VG+VI
shared-name | alexa il congo ex colonia francese che capitale ha | CG
out-of-domain | alexa la capitale del granducato di toscana | FB
out-of-domain | alexa la capitale dello stato pontificio prima del settanta | FB
out-of-domain | alexa la capitale della serenissima ai tempi dei dogi | FB
out-of-domain | alexa pota qual è la capitale della bergamasca | FB
out-of-domain | alexa mizzica la capitale della sicilia orientale è catania | FB
out-of-domain | alexa a taranto diciamo che siamo la capitale del mare qual è | FB
out-of-domain | alexa ciò xe trieste la capitale della bora | FB
out-of-domain | alexa la capitale delle contrade di siena | FB
out-of-domain | alexa matera capitale europea della cultura in che anno | FB
out-of-domain | alexa la capitale del pecorino abruzzese | FB
out-of-domain | alexa la capitale della valle di non | FB
out-of-domain | alexa la capitale della slesia | FB
out-of-domain | alexa la capitale del kashmir pakistano | FB
out-of-domain | alexa la capitale della cascadia | FB
out-of-domain | alexa la capitale della pangea | FB
out-of-domain | alexa quanto guadagna un camionista in polonia | FB
out-of-domain | alexa dove si mangia il miglior pesce a san benedetto | FB
out-of-domain | alexa quanti chilometri mancano a santiago de compostela | FB
out-of-domain | alexa qual è la frequenza dei radioamatori sui venti metri | FB
out-of-domain | alexa quanto vale un francobollo gronchi rosa | FB
out-of-domain | alexa chi schiero al fantacalcio tra lookman e retegui | FB
out-of-domain | alexa quando parte il gran premio di imola | FB
out-of-domain | alexa che tinta mi consigli per i capelli grigi | FB
out-of-domain | alexa metti una canzone per il primo ballo degli sposi | FB
out-of-domain | alexa quante ore di guida può fare un camionista al giorno | FB
out-of-domain | alexa come si dice buongiorno in malayalam | FB
out-of-domain | alexa che giorno è oggi | FB
out-of-domain | alexa quando si vendemmia il sangiovese | FB
out-of-domain | alexa il taxi per fiumicino quanto costa | FB
out-of-domain | alexa metti una canzone di reggaeton per il karaoke | FB
out-of-domain | alexa qual è la capitale del gioco trivial pursuit | FB
out-of-domain | alexa dammi il capitale dei miei risparmi | FB
out-of-domain | alexa la capitale del nulla | FB
out-of-domain | alexa la capitale del paradiso | FB
out-of-domain | alexa qual è la capitale dell'amore | FB
out-of-domain | alexa ho fatto un errore capitale al lavoro cosa faccio | FB
out-of-domain | alexa quanto costa il permesso di soggiorno | FB
out-of-domain | alexa l'orario della farmacia di turno a matera | FB
out-of-domain | alexa chi ha vinto sanremo lo scorso anno | FB
"""

if __name__ == "__main__":
    build_round(41, "it", LINES, sys.argv, "tests/Eval/it/round41/source/build_corpus.py")
