"""Round 49, Italian (it-IT): a new author's own mix, written blind at the start of the fifty-seventh session (brief
WRITER63.md). Speakers chosen apart from the groups round 48's docstring lists (its own and those it lists for rounds
44-47: Rome, Naples, Bari, Salento, Venice, Bologna, Milan, Turin, Genoa, Florence, Sardinia, Sicily, Calabria, Como,
the Langhe, Ciociaria, Abruzzo, Romagna, Maremma, Brescia, Cremona, Vicenza, Treviso, Ferrara, Piacenza, Asti, La
Spezia, Arezzo, Viterbo, Latina, Benevento, Salerno and the rest; Colombian, Syrian, Nepalese, Japanese, Bosnian,
Cameroonian, Keralite, Ukrainian, Moroccan, Senegalese, Chinese, Romanian, Albanian, Filipino, Peruvian and the other
immigrant families and learners it names; truck drivers, nurses, hairdressers, taxi drivers, pharmacists, hotel
receptionists, tour guides, primary-school teachers, crossword fans, flight attendants, teenagers, grandparents). Regional
speakers: Varesotti (Malpensa, Lake Maggiore, frontalieri working in Switzerland, the Sacro Monte, Gallarate, basketball),
Novaresi (the rice fields, paniscia, San Gaudenzio's dome, Lake Orta, biscottini), Biellesi (wool mills, Oropa, polenta
concia, the wool fair), Alessandrini (Valenza goldsmiths, the Grigi, Casale Monferrato, Ovada cellars, the Borsalino),
Pavesi (the university colleges, the Policlinico, the Certosa, the Oltrepò harvest, the covered bridge), Lodigiani (dairy
farm milkers, raspadura, the Incoronata, the cheese factory), Polesani (the Po delta, Porto Tolle, Adria, the flood
remembered, "ciò"), Reggiani (cappelletti, the Teatro Valli, the Tricolore, parmigiano reggiano, "di' mo"), Pratesi (dye
works, the textile museum, biscotti di Prato, "o icchè tu dici", "il mi' babbo"), Pistoiesi (plant nurseries, the
Pistoia Blues, the Abetone, the Giostra dell'Orso, necci), Reatini (the Terminillo, the Rieti plain, "mo me dici",
"famme sapè", stracci di Antrodoco), Brindisini (the ferry port, the Cerano power station, pittule, Ostuni, "ue"),
Lecchesi (the Resegone, the iron works, missoltini, I promessi sposi), Imperiesi (the Sanremo festival, Bordighera
greenhouses, sardenaira, the Oneglia oil mill, the casino). Immigrant families and learners: Salvadorans ("oye", "que
onda", "chivo", "cipota", "mi hermano", a pupusería), Dominicans ("mi amor", "qué vaina", "dime", bachata, baseball),
Bulgarians ("dobre", "ajde", a badante, a daughter in Sofia), Afghans ("tashakor", "bale", a refugee from Herat, the
Italian school), Cape Verdeans ("nha mãe", "sodade", "txeu bom", cachupa), Horn of Africa families (Ethiopian "ishi",
"betam", injera; Somali "waryaa", "haye", a reception centre), exchange students (Korean "annyeong", "daebak", the
Università per Stranieri; Hungarian "szia", "jó", "egészségedre", Erasmus in Padua). By trade: baristi, postini (parcels
and stamps from the Pacific), lifeguards and fishermen (gente di mare: Rimini, Mazara, Chioggia), librarians, bakers,
call-centre operators, youth football coaches, liceali at the maturità. Situations: lavoro (a bar, the post office, a
beach, a fishing boat, a library, a bakery, a call centre, a dye works, a nursery, a goldsmith, a dairy farm, a power
station), scuola (primary school homework, the liceo, the university, an evening course, Italian classes), giochi (nomi
cose città, Trivial, fantacalcio, GeoGuessr, tombola, Risiko, cards with the grandmother), casa (laundry, dinner, washing
up, children abroad). Plus follow-ups (said inside a session, without "alexa"), the several-capital countries in the
plural, subdivisions and territories, yes/no checks, self-corrections, reverse questions, official and everyday names,
shared names, launch by "capitali del mondo", help, stop, cancel and out-of-domain requests. Every line written by hand
as one utterance; no outside text consulted.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
varesotti | alexa in aeroporto a malpensa sbarca un volo {} qual è la capitale | dal kazakistan=KZ; dall'uzbekistan=UZ; dal kirghizistan=KG
varesotti | alexa giù al lago maggiore c'è una coppia {} dimmi la capitale del loro paese | dalla norvegia=NO; dalla svezia=SE; dalla danimarca=DK
varesotti | alexa sono un frontaliere e il mio collega mi chiede la capitale {} | del liechtenstein=LI; del lussemburgo=LU; di monaco=MC
varesotti | alexa in moto al sacro monte mi è venuto il dubbio qual è la capitale del turkmenistan | TM
varesotti | alexa alla fiera di varese un signore {} mi ha chiesto la capitale | dal tagikistan=TJ; dall'azerbaigian=AZ; dall'armenia=AM
varesotti | alexa ma te sai la capitale della mongolia | MN
varesotti | alexa il mio capo in svizzera vuole sapere la capitale {} | dell'ungheria=HU; della croazia=HR; della slovenia=SI
varesotti | alexa in ufficio a gallarate facciamo una gara qual è la capitale del laos | LA
varesotti | alexa al palazzetto del basket arriva una squadra {} capitale | lituana=LT; estone=EE; serba=RS
novaresi | alexa in risaia l'operaio nuovo viene {} qual è la sua capitale | dal senegal=SN; dal gambia=GM; dalla sierra leone=SL
novaresi | alexa mentre faccio la paniscia dimmi la capitale del benin | BJ
novaresi | alexa sotto la cupola di san gaudenzio un turista {} mi chiede la capitale | dal cile=CL; dalla bolivia=BO; dall'ecuador=EC
novaresi | alexa ai miei figli serve la capitale {} per la verifica | del togo=TG; del ghana=GH; della liberia=LR
novaresi | alexa ho letto del lago d'orta e della capitale del brunei come si chiama | BN
novaresi | alexa al mercato dei biscottini un cliente {} qual è la capitale del suo paese | dallo yemen=YE; dall'oman=OM; dal qatar=QA
biellesi | alexa nel lanificio arriva un compratore {} qual è la capitale di casa sua | dalla corea del sud=KR; dal vietnam=VN; dall'indonesia=ID
biellesi | alexa al santuario di oropa c'è un pellegrinaggio {} qual è la capitale | dal malawi=MW; dallo zambia=ZM; dallo zimbabwe=ZW
biellesi | alexa mentre faccio la polenta concia dimmi la capitale dell'uganda | UG
biellesi | alexa in tessitura la mia collega mi chiede la capitale {} | del ruanda=RW; del burundi=BI; della tanzania=TZ
biellesi | alexa dai che non me la ricordo la capitale del kenya | KE
biellesi | alexa alla fiera della lana un espositore {} dimmi la capitale | dall'australia=AU; dalla nuova zelanda=NZ; dall'uruguay=UY
alessandrini | alexa a valenza in laboratorio orafo un cliente {} qual è la capitale | dal libano=LB; dalla giordania=JO; dal kuwait=KW
alessandrini | alexa mentre guardo i grigi allo stadio dimmi la capitale del bahrein | BH
alessandrini | alexa al mercato di alessandria un ambulante {} mi chiede la capitale | dall'algeria=DZ; dalla libia=LY; dal marocco=MA
alessandrini | alexa a casale monferrato mio zio vuole sapere la capitale {} | della cambogia=KH; della birmania=MM; della malaysia=MY
alessandrini | alexa in cantina a ovada facciamo un quiz capitale della tunisia | TN
alessandrini | alexa sul borsalino c'è scritto un paese {} che capitale ha | ecuador=EC; panama=PA; honduras=HN
alessandrini | alexa dimmi un po' la capitale del nicaragua che me la chiede il nipote | NI
pavesi | alexa in collegio a pavia un compagno {} mi chiede la capitale | dal sudan=SD; dal sud sudan=SS; dall'etiopia=ET
pavesi | alexa mentre studio medicina al policlinico dimmi la capitale della somalia | SO
pavesi | alexa alla certosa c'è una gita {} qual è la capitale | dalla slovacchia=SK; dalla romania=RO; dalla bulgaria=BG
pavesi | alexa in oltrepò durante la vendemmia un ragazzo {} qual è la sua capitale | dalla macedonia del nord=MK; dal montenegro=ME; dal kosovo=XK
pavesi | alexa sul ponte coperto mia figlia mi chiede la capitale dell'eritrea | ER
pavesi | alexa per l'esame di geografia all'università capitale {} | del gibuti=DJ; delle comore=KM; delle seicelle=SC
lodigiani | alexa in cascina un bergamino {} mi chiede la capitale di casa sua | dall'india=IN; dal pakistan=PK; dallo sri lanka=LK
lodigiani | alexa mentre faccio la raspadura dimmi la capitale della francia | FR
lodigiani | alexa all'incoronata c'è un coro {} qual è la capitale del loro paese | dalla lettonia=LV; dall'estonia=EE; dalla finlandia=FI
lodigiani | alexa al caseificio un tecnico {} dimmi la capitale | dall'olanda=NL; dal belgio=BE; dall'irlanda=IE
lodigiani | alexa la capitale del madagascar qual è che sto facendo il cruciverba in stalla | MG
polesani | alexa sul delta del po arriva un gruppo di birdwatcher {} capitale | dal regno unito=GB; dall'islanda=IS; dalla germania=DE
polesani | alexa a rovigo mentre mangio il risotto di pesce dimmi la capitale della guyana | GY
polesani | alexa in barca a porto tolle un pescatore mi chiede la capitale {} | del suriname=SR; del belize=BZ; del guatemala=GT
polesani | alexa ciò dimmi la capitale del costa rica | CR
polesani | alexa a scuola ad adria la maestra chiede la capitale {} | di cuba=CU; della giamaica=JM; di haiti=HT
polesani | alexa in polesine dopo l'alluvione ci aiutavano quelli {} qual è la loro capitale | dagli stati uniti=US; dal canada=CA; dal messico=MX
reggiani | alexa mentre faccio i cappelletti dimmi la capitale {} | della grecia=GR; di cipro=CY; di malta=MT
reggiani | alexa al teatro valli c'è una compagnia {} qual è la capitale | dalla russia=RU; dalla bielorussia=BY; dall'ucraina=UA
reggiani | alexa in officina a reggio un collega {} mi chiede la capitale | dal camerun=CM; dal gabon=GA; dal ciad=TD
reggiani | alexa di' mo la capitale della repubblica centrafricana | CF
reggiani | alexa al tricolore il professore chiede la capitale {} | dell'angola=AO; della namibia=NA; del botswana=BW
reggiani | alexa in latteria col parmigiano reggiano lo mandiamo in giappone qual è la capitale giapponese | JP
pratesi | alexa in tintoria un operaio {} mi chiede la capitale | dal bangladesh=BD; dalla thailandia=TH; dalle filippine=PH
pratesi | alexa o icchè tu dici qual è la capitale della cina | CN
pratesi | alexa mentre mangio i biscotti di prato dimmi la capitale {} | della bosnia=BA; dell'albania=AL; della moldavia=MD
pratesi | alexa al museo del tessuto una scolaresca {} capitale | dalla svizzera=CH; dall'austria=AT; dalla polonia=PL
pratesi | alexa in rifinizione il mi' babbo vuole sapere la capitale del mozambico | MZ
pistoiesi | alexa al vivaio un cliente {} mi chiede la capitale | dal qatar=QA; dagli emirati arabi=AE; dall'arabia saudita=SA
pistoiesi | alexa durante il pistoia blues dimmi la capitale del mali | ML
pistoiesi | alexa in montagna all'abetone un maestro di sci {} qual è la sua capitale | dalla slovenia=SI; dalla serbia=RS; dalla croazia=HR
pistoiesi | alexa alla giostra dell'orso il mi' nonno chiede la capitale {} | del niger=NE; del burkina faso=BF; della mauritania=MR
pistoiesi | alexa alla sagra dei necci dimmi la capitale della turchia | TR
reatini | alexa al terminillo arriva uno sciatore {} dimmi la capitale | dall'andorra=AD; dalla spagna=ES; dal portogallo=PT
reatini | alexa mo me dici la capitale dell'iraq | IQ
reatini | alexa nella piana reatina un bracciante {} mi chiede la capitale | dall'india=IN; dal nepal=NP; dal bhutan=BT
reatini | alexa al centro d'italia famme sapè la capitale {} | dell'iran=IR; dell'afghanistan=AF; della siria=SY
reatini | alexa mentre faccio gli stracci di antrodoco dimmi la capitale d'israele | IL
brindisini | alexa al porto di brindisi arriva un traghetto {} qual è la capitale | dalla grecia=GR; dall'albania=AL; dalla turchia=TR
brindisini | alexa ue dimmi la capitale dell'egitto | EG
brindisini | alexa in centrale a cerano un ingegnere {} mi chiede la capitale | dalla corea del nord=KP; dalla cina=CN; da taiwan=TW
brindisini | alexa mentre mangio le pittule dimmi la capitale {} | di capo verde=CV; di sao tomé e principe=ST; della guinea bissau=GW
brindisini | alexa a ostuni un turista {} chiede la capitale del suo paese | dal sudafrica=ZA; dal lesotho=LS; dall'eswatini=SZ
lecchesi | alexa sul resegone incontro uno scalatore {} qual è la capitale | dal pakistan=PK; dal nepal=NP; dal kirghizistan=KG
lecchesi | alexa in ferriera a lecco un operaio {} capitale | dal marocco=MA; dalla tunisia=TN; dall'egitto=EG
lecchesi | alexa sulla barca al lago di como mi chiedono la capitale della georgia il paese | GE
lecchesi | alexa mentre faccio i missoltini dimmi la capitale {} | di singapore=SG; delle maldive=MV; di mauritius=MU
lecchesi | alexa per i promessi sposi no scherzo dimmi la capitale del perù | PE
imperiesi | alexa al festival di sanremo canta uno {} qual è la capitale | dall'argentina=AR; dal cile=CL; dal paraguay=PY
imperiesi | alexa in serra a bordighera un cliente {} mi chiede la capitale | dai paesi bassi=NL; dalla danimarca=DK; dalla germania=DE
imperiesi | alexa mentre faccio la sardenaira dimmi la capitale del principato di monaco | MC
imperiesi | alexa all'oleificio di oneglia arriva un importatore {} capitale | dalla corea del sud=KR; dal canada=CA; dall'australia=AU
imperiesi | alexa al casinò di sanremo un giocatore {} qual è la sua capitale | dalla bielorussia=BY; dal kazakistan=KZ; dall'armenia=AM
salvadoregni | alexa oye dimmi la capitale di el salvador | SV
salvadoregni | alexa mi hermano lavora in {} qual è la capitale | guatemala=GT; honduras=HN; nicaragua=NI
salvadoregni | alexa que onda capitale del messico per favore | MX
salvadoregni | alexa la mia cipota deve fare i compiti capitale {} | della colombia=CO; del venezuela=VE; del panama=PA
salvadoregni | alexa chivo dimmi la capitale del costa rica | CR
salvadoregni | alexa alla pupusería un cliente {} mi chiede la capitale | dal perù=PE; dalla bolivia=BO; dal brasile=BR
dominicani | alexa mi amor dimmi la capitale della repubblica dominicana | DO
dominicani | alexa qué vaina non mi ricordo la capitale {} | di haiti=HT; di portorico=PR; di cuba=CU
dominicani | alexa al ballo della bachata una ragazza {} qual è la capitale | da trinidad e tobago=TT; da barbados=BB; da grenada=GD
dominicani | alexa dime la capitale della dominica quella piccola | DM
dominicani | alexa mia madre vuole sapere la capitale {} | di saint lucia=LC; di saint vincent e grenadine=VC; di antigua e barbuda=AG
dominicani | alexa qual è la capitale di saint kitts e nevis mi amor | KN
dominicani | alexa mio cugino gioca a baseball {} che capitale ha | negli stati uniti=US; in giappone=JP; a cuba=CU
bulgari | alexa dobre dimmi la capitale della bulgaria | BG
bulgari | alexa io lavoro badante signora chiede capitale {} | di romania=RO; di macedonia=MK; di grecia=GR
bulgari | alexa ajde capitale della serbia | RS
bulgari | alexa mia figlia studia a sofia e chiede la capitale {} | della turchia=TR; della georgia=GE; dell'ucraina=UA
bulgari | alexa qual è capitale di moldavia per favore | MD
afghani | alexa tashakor dimmi la capitale dell'afghanistan | AF
afghani | alexa io rifugiato vengo da herat capitale {} qual è | del tagikistan=TJ; dell'uzbekistan=UZ; del turkmenistan=TM
afghani | alexa bale bale capitale dell'iran | IR
afghani | alexa il mio fratello sta {} dimmi la capitale | in germania=DE; in svezia=SE; in austria=AT
afghani | alexa alla scuola di italiano la professoressa chiede capitale del pakistan | PK
afghani | alexa per favore capitale {} mio amico viene da lì | di iraq=IQ; di kuwait=KW; di azerbaigian=AZ
capoverdiani | alexa nha mãe chiede la capitale di capo verde | CV
capoverdiani | alexa sodade mi ricordo la praia ma la capitale {} qual è | della guinea bissau=GW; di são tomé=ST; dell'angola=AO
capoverdiani | alexa mentre cucino la cachupa dimmi la capitale del portogallo | PT
capoverdiani | alexa mia sorella lavora {} qual è la capitale | in lussemburgo=LU; in olanda=NL; in francia=FR
capoverdiani | alexa txeu bom capitale del senegal | SN
studentiesteri | alexa annyeong dimmi la capitale della corea del sud | KR
studentiesteri | alexa per il corso di italiano all'università per stranieri capitale {} | del giappone=JP; della mongolia=MN; delle filippine=PH
studentiesteri | alexa daebak non sapevo la capitale della corea del nord qual è | KP
studentiesteri | alexa scusi io studente scambio capitale {} | della malaysia=MY; del vietnam=VN; della cambogia=KH
studentiesteri | alexa il mio coinquilino di perugia chiede capitale del laos | LA
studentiesteri | alexa szia dimmi la capitale dell'ungheria | HU
studentiesteri | alexa io studio a padova erasmus capitale {} qual è | della slovacchia=SK; dell'austria=AT; della slovenia=SI
studentiesteri | alexa jó capitale della finlandia | FI
studentiesteri | alexa il mio ragazzo italiano mi chiede la capitale {} | dell'estonia=EE; della lituania=LT; della lettonia=LV
studentiesteri | alexa egészségedre dimmi la capitale della repubblica ceca | CZ
cornoafricani | alexa ishi dimmi la capitale dell'etiopia | ET
cornoafricani | alexa mia nonna era ad asmara ma qual è la capitale {} | dell'eritrea=ER; del gibuti=DJ; della somalia=SO
cornoafricani | alexa betam capitale del kenya | KE
cornoafricani | alexa mentre faccio l'injera dimmi la capitale {} | del sudan=SD; del sud sudan=SS; dell'uganda=UG
cornoafricani | alexa mio zio in america chiede capitale di yemen | YE
cornoafricani | alexa waryaa capitale della somalia | SO
cornoafricani | alexa mio cugino vive {} qual è la capitale | in norvegia=NO; in finlandia=FI; nel regno unito=GB
cornoafricani | alexa haye dimmi capitale di tanzania | TZ
cornoafricani | alexa al centro di accoglienza il ragazzo viene {} capitale | dal ciad=TD; dalla libia=LY; dal niger=NE
baristi | alexa mentre faccio i caffè dimmi la capitale {} | del nepal=NP; del bangladesh=BD; del myanmar=MM
baristi | alexa al bancone un cliente scommette un cappuccino sulla capitale dell'australia | AU
baristi | alexa tra un aperitivo e l'altro qual è la capitale {} | del canada=CA; del brasile=BR; della nigeria=NG
baristi | alexa il turista al tavolino viene {} dimmi la capitale | dal belgio=BE; dalla svizzera=CH; dall'olanda=NL
baristi | alexa chiudo la cassa e poi dimmi la capitale della turchia | TR
baristi | alexa alla macchinetta dell'espresso c'è uno {} che capitale ha | dalla costa d'avorio=CI; dalla guinea=GN; dal gambia=GM
postini | alexa sto smistando una raccomandata {} qual è la capitale | per il belize=BZ; per le bahamas=BS; per la giamaica=JM
postini | alexa in giro col motorino mi chiedo la capitale della nuova zelanda | NZ
postini | alexa c'è un pacco in arrivo {} dimmi la capitale | da tuvalu=TV; da kiribati=KI; da nauru=NR
postini | alexa al centro di smistamento un collega chiede la capitale {} | di palau=PW; delle isole marshall=MH; della micronesia=FM
postini | alexa una cartolina dalle isole salomone qual è la loro capitale | SB
postini | alexa il francobollo viene {} dimmi la capitale | da vanuatu=VU; dalle figi=FJ; da samoa=WS
gentedimare | alexa dalla torretta un turista {} mi chiede la capitale | dalla repubblica ceca=CZ; dalla germania=DE; dalla polonia=PL
gentedimare | alexa tra un fischio e l'altro dimmi la capitale di tonga | TO
gentedimare | alexa in spiaggia a rimini i bambini giocano a capitali qual è quella {} | della papua nuova guinea=PG; del timor est=TL; di tonga=TO
gentedimare | alexa dopo il turno in spiaggia dimmi la capitale delle bahamas | BS
gentedimare | alexa sul pattino un ragazzo {} dimmi la capitale | dalla russia=RU; dall'ucraina=UA; dalla lituania=LT
bibliotecari | alexa sto catalogando un atlante qual è la capitale {} | del kazakistan=KZ; del ciad=TD; del sudan=SD
bibliotecari | alexa in biblioteca civica un lettore chiede la capitale dello sri lanka | LK
bibliotecari | alexa per la mostra sui viaggi mi serve la capitale {} | dell'ecuador=EC; del perù=PE; della bolivia=BO
bibliotecari | alexa a voce bassa dimmi la capitale della birmania | MM
bibliotecari | alexa per il gruppo di lettura un libro ambientato {} qual è la capitale | in nigeria=NG; in afghanistan=AF; in colombia=CO
fornai | alexa alle quattro di notte mentre impasto dimmi la capitale dell'armenia | AM
fornai | alexa il mio garzone viene {} qual è la capitale del suo paese | dal marocco=MA; dall'egitto=EG; dal senegal=SN
fornai | alexa mentre sforno le michette dimmi la capitale {} | dell'uruguay=UY; dell'argentina=AR; del cile=CL
fornai | alexa una cliente mi chiede la capitale della georgia quella vicino alla russia | GE
fornai | alexa il pane arabo lo faccio come in {} qual è la capitale | libano=LB; siria=SY; giordania=JO
gentedimare | alexa al peschereccio a mazara un marinaio {} mi chiede la capitale | dalla tunisia=TN; dalla libia=LY; da malta=MT
gentedimare | alexa mentre sistemo le reti dimmi la capitale della mauritania | MR
gentedimare | alexa la flotta che pesca il tonno viene {} qual è la capitale | dalla spagna=ES; dal giappone=JP; dalla corea del sud=KR
gentedimare | alexa al mercato del pesce di chioggia qual è la capitale del montenegro | ME
gentedimare | alexa in mare aperto la radio parla {} dimmi la capitale | dell'islanda=IS; delle isole fær øer=FO; della groenlandia=GL
callcenter | alexa in pausa dal call center dimmi la capitale dell'albania | AL
callcenter | alexa un cliente chiama {} qual è la capitale | dalla romania=RO; dalla moldavia=MD; dall'ucraina=UA
callcenter | alexa mentre aspetto in linea dimmi la capitale {} | del sudafrica=ZA; dello zimbabwe=ZW; dello zambia=ZM
callcenter | alexa la mia supervisora mi chiede la capitale del lesotho | LS
callcenter | alexa con la cuffia ancora in testa dimmi la capitale dell'indonesia | ID
allenatori | alexa dopo l'allenamento dei pulcini un bambino chiede la capitale {} | del brasile=BR; dell'argentina=AR; del portogallo=PT
allenatori | alexa al torneo giovanile c'è una squadra {} capitale | dal ghana=GH; dalla costa d'avorio=CI; dal camerun=CM
allenatori | alexa nello spogliatoio un ragazzino mi chiede la capitale della croazia | HR
allenatori | alexa per il mondiale della prossima estate qual è la capitale {} | del qatar=QA; del marocco=MA; dell'arabia saudita=SA
allenatori | alexa il nostro portiere è nato {} dimmi la capitale | in algeria=DZ; in tunisia=TN; in senegal=SN
liceali | alexa per la maturità mi serve la capitale {} | della giordania=JO; di israele=IL; del libano=LB
liceali | alexa sto facendo la tesina sulla guerra fredda qual è la capitale della germania | DE
liceali | alexa prof di geostoria interroga domani capitale {} | dell'uzbekistan=UZ; del kirghizistan=KG; del tagikistan=TJ
liceali | alexa raga zitti dimmi la capitale del vaticano | VA
liceali | alexa in gita a praga la capo gruppo chiede la capitale {} | della slovacchia=SK; dell'ungheria=HU; dell'austria=AT
liceali | alexa nella chat di classe si litiga sulla capitale della svizzera | CH
liceali | alexa per il compito di storia la capitale dell'impero ottomano no scusa della turchia di oggi | TR
scuola | alexa la maestra ha detto di ripassare la capitale {} | del liechtenstein=LI; di andorra=AD; di san marino=SM
scuola | alexa mamma non c'è quindi dimmi tu la capitale del gabon | GA
scuola | alexa sul libro di geografia c'è un errore qual è la capitale {} | del kenya=KE; della somalia=SO; del ruanda=RW
scuola | alexa per la ricerca di scienze sul deserto qual è la capitale del niger | NE
scuola | alexa al corso serale per adulti chiedono la capitale {} | dell'eswatini=SZ; del malawi=MW; del mozambico=MZ
giochi | alexa giochiamo a nomi cose città e la capitale {} qual è | del burundi=BI; del benin=BJ; del botswana=BW
giochi | alexa a trivial è uscita la domanda sulla capitale del suriname | SR
giochi | alexa al fantacalcio il mio avversario dice che sa la capitale {} mettiamolo alla prova | del paraguay=PY; dell'uruguay=UY; del venezuela=VE
giochi | alexa a geoguessr sono finito in una città sconosciuta qual è la capitale del bhutan | BT
giochi | alexa a tombola chi vince deve dire la capitale {} | della guinea equatoriale=GQ; della repubblica centrafricana=CF; del togo=TG
giochi | alexa a risiko ho conquistato {} qual è la sua capitale | la mongolia=MN; il madagascar=MG; l'indonesia=ID
giochi | alexa nel quiz della sera in famiglia qual è la capitale della liberia | LR
giochi | alexa gioco a carte con la nonna e chi perde dice la capitale {} | della sierra leone=SL; della guinea bissau=GW; del ghana=GH
casa | alexa mentre stendo i panni dimmi la capitale {} | dell'oman=OM; dello yemen=YE; del bahrein=BH
casa | alexa a cena mio marito dice che la capitale del canada è toronto è vero | CA
casa | alexa mentre apparecchio la tavola dimmi la capitale {} | del kuwait=KW; degli emirati arabi uniti=AE; dell'iraq=IQ
casa | alexa in cucina la radio parla del sudan del sud qual è la capitale | SS
casa | alexa mio figlio è in erasmus {} dimmi la capitale | in portogallo=PT; in irlanda=IE; in danimarca=DK
casa | alexa mentre lavo i piatti qual è la capitale di cipro | CY
casa | alexa la vicina di casa è tornata {} qual è la capitale | dalle maldive=MV; dalle seicelle=SC; da mauritius=MU
follow-up | e {} | la svezia=SE; il cile=CL; il nepal=NP
follow-up | e quella {} | del marocco=MA; dell'etiopia=ET; della bolivia=BO
follow-up | invece {} | l'austria=AT; il giappone=JP; la namibia=NA
follow-up | e la capitale {} | del kenya=KE; dell'oman=OM; del vietnam=VN
follow-up | adesso {} | la grecia=GR; il perù=PE; l'angola=AO
follow-up | ok e {} allora | il camerun=CM; il guatemala=GT; la thailandia=TH
follow-up | e per {} | la romania=RO; il ghana=GH; l'ecuador=EC
follow-up | poi {} | il texas=US-TX; la baviera=DE-BY; il québec=CA-QC
follow-up | e adesso {} | la scozia=GB-SCT; il galles=GB-WLS; l'irlanda del nord=GB-NIR
follow-up | e quella {} invece | della california=US-CA; dell'ontario=CA-ON; del kerala=IN-KL
follow-up | perfetto e {} | lo zambia=ZM; il sudan=SD; la siria=SY
follow-up | un'altra {} | la finlandia=FI; la lettonia=LV; la corea del nord=KP
follow-up | grazie e {} | la tunisia=TN; il qatar=QA; la croazia=HR
follow-up | ancora una {} | il benin=BJ; il togo=TG; il mali=ML
follow-up | e invece quella {} | dell'alaska=US-AK; della tasmania=AU-TAS; dello yucatán=MX-YUC
follow-up | e della florida | US-FL
follow-up | e del nuovo galles del sud | AU-NSW
follow-up | bene e {} che capitale ha | la bielorussia=BY; il paraguay=PY; la mongolia=MN
follow-up | sì e {} | il pakistan=PK; lo yemen=YE; la slovenia=SI
follow-up | va bene adesso dimmi {} | la turchia=TR; il libano=LB; la liberia=LR
follow-up | e la {} | serbia=RS; polonia=PL; tanzania=TZ
plural-capitals | alexa quali sono le capitali {} | della bolivia=BO; del benin=BJ; dello sri lanka=LK
plural-capitals | alexa e quali sono le capitali {} che sul libro ce ne sono due | della costa d'avorio=CI; della malaysia=MY; dei paesi bassi=NL
plural-capitals | alexa per il compito di mia figlia quali sono le capitali {} | dell'eswatini=SZ; del sudafrica=ZA; della palestina=PS
plural-capitals | alexa dimmi tutte e due le capitali {} | della bolivia=BO; della costa d'avorio=CI; dello sri lanka=LK
plural-capitals | alexa il sudafrica ha tre capitali quali sono | ZA
plural-capitals | alexa mi dici le capitali {} per la verifica | del benin=BJ; della malaysia=MY; dell'olanda=NL
plural-capitals | alexa quante capitali ha {} e quali sono | l'eswatini=SZ; il sudafrica=ZA; la bolivia=BO
plural-capitals | alexa capitali {} | dello swaziland=SZ; della palestina=PS; del benin=BJ
plural-capitals | alexa ho sentito che {} ha due capitali dimmele | la malaysia=MY; lo sri lanka=LK; la costa d'avorio=CI
plural-capitals | alexa quali sono le due capitali {} | dell'olanda=NL; della palestina=PS; della bolivia=BO
plural-capitals | alexa la professoressa dice che il sudafrica ha più capitali elencamele | ZA
plural-capitals | alexa elenca le capitali {} | dei paesi bassi=NL; dell'eswatini=SZ; del benin=BJ
plural-capitals | alexa quali città sono capitali {} | della malaysia=MY; della costa d'avorio=CI; dello sri lanka=LK
plural-capitals | alexa pretoria città del capo e bloemfontein sono le capitali del sudafrica vero | ZA
plural-capitals | alexa le capitali della palestina quali sarebbero | PS
subdivision | alexa qual è la capitale {} | della scozia=GB-SCT; del galles=GB-WLS; dell'inghilterra=GB-ENG
subdivision | alexa dimmi il capoluogo {} | del texas=US-TX; della florida=US-FL; dell'ohio=US-OH
subdivision | alexa qual è la capitale dello stato {} | di new york=US-NY; di washington=US-WA; del nevada=US-NV
subdivision | alexa mi serve la capitale {} per il viaggio negli states | della california=US-CA; dell'illinois=US-IL; della pennsylvania=US-PA
subdivision | alexa mio cugino vive {} qual è la capitale dello stato | in michigan=US-MI; in arizona=US-AZ; in colorado=US-CO
subdivision | alexa qual è la capitale della provincia {} | dell'alberta=CA-AB; della columbia britannica=CA-BC; del manitoba=CA-MB
subdivision | alexa dimmi la capitale {} in canada | della nuova scozia=CA-NS; del saskatchewan=CA-SK; del nuovo brunswick=CA-NB
subdivision | alexa qual è la capitale {} in australia | del queensland=AU-QLD; del victoria=AU-VIC; dell'australia occidentale=AU-WA
subdivision | alexa capitale dello stato indiano {} | del rajasthan=IN-RJ; del punjab=IN-PB; del tamil nadu=IN-TN
subdivision | alexa qual è la capitale {} in india | del bengala occidentale=IN-WB; del maharashtra=IN-MH; dell'uttar pradesh=IN-UP
subdivision | alexa capoluogo del land {} | della baviera=DE-BY; della sassonia=DE-SN; dell'assia=DE-HE
subdivision | alexa qual è la capitale {} in germania | della bassa sassonia=DE-NI; del baden-württemberg=DE-BW; della turingia=DE-TH
subdivision | alexa qual è la capitale dello stato brasiliano {} | di bahia=BR-BA; del paraná=BR-PR; di minas gerais=BR-MG
subdivision | alexa dimmi la capitale {} in brasile | dell'amazonas=BR-AM; del pernambuco=BR-PE; del rio grande do sul=BR-RS
subdivision | alexa capitale dello stato messicano {} | di jalisco=MX-JAL; di oaxaca=MX-OAX; del chiapas=MX-CHP
subdivision | alexa qual è la capitale {} in messico | del nuevo león=MX-NLE; di veracruz=MX-VER; della bassa california=MX-BCN
subdivision | alexa come si chiama la capitale {} | della groenlandia=GL; di portorico=PR; della polinesia francese=PF
subdivision | alexa in crociera ai caraibi mi chiedono la capitale {} | delle isole cayman=KY; delle bermuda=BM; delle isole falkland=FK
subdivision | alexa qual è il capoluogo {} | della nuova caledonia=NC; della martinica=MQ; della guadalupa=GP
subdivision | alexa sul traghetto dall'inghilterra mi chiedo la capitale {} | dell'isola di man=IM; di jersey=JE; di guernsey=GG
subdivision | alexa per la fiera di düsseldorf no dimmi la capitale {} | della renania settentrionale vestfalia=DE-NW; del meclemburgo=DE-MV; dello schleswig-holstein=DE-SH
subdivision | alexa in che città ha sede il governo {} | del kentucky=US-KY; del vermont=US-VT; del montana=US-MT
subdivision | alexa in vacanza nel sud degli stati uniti qual è la capitale {} | della louisiana=US-LA; del tennessee=US-TN; della carolina del sud=US-SC
subdivision | alexa mia cognata è infermiera indiana dimmi la capitale {} | del kerala=IN-KL; del karnataka=IN-KA; di goa=IN-GA
subdivision | alexa mio fratello a perth mi chiede la capitale {} | del territorio del nord=AU-NT; dell'australia meridionale=AU-SA; del territorio della capitale australiana=AU-ACT
subdivision | alexa capitale dello yukon | CA-YT
subdivision | alexa qual è la capitale del nunavut | CA-NU
subdivision | alexa quale città è la capitale {} | delle isole åland=AX; di curaçao=CW; di aruba=AW
subdivision | alexa per la gita in camper in america qual è la capitale {} | dell'oregon=US-OR; del wisconsin=US-WI; del minnesota=US-MN
subdivision | alexa e la capitale dell'isola del principe edoardo | CA-PE
subdivision | alexa c'è un territorio strano sul libro qual è la capitale {} | del sahara occidentale=EH; della riunione=RE; di mayotte=YT
subdivision | alexa ultima domanda sugli stati uniti la capitale {} | delle hawaii=US-HI; del massachusetts=US-MA; dell'utah=US-UT
yes-no-check | alexa la capitale {} è vero | della turchia è istanbul=TR; del brasile è rio=BR; dell'australia è sydney=AU
yes-no-check | alexa è giusto che la capitale {} | del marocco è rabat=MA; della nigeria è lagos=NG; del pakistan è karachi=PK
yes-no-check | alexa ma la capitale {} o sbaglio | della svizzera è zurigo=CH; del canada è ottawa=CA; del kazakistan è astana=KZ
yes-no-check | alexa confermi che {} è la capitale | ankara della turchia=TR; canberra dell'australia=AU; abuja della nigeria=NG
yes-no-check | alexa è vero che la capitale del myanmar non è più rangoon | MM
yes-no-check | alexa mio nonno dice che la capitale della bolivia è la paz ha ragione | BO
yes-no-check | alexa dimmi sì o no la capitale {} | della tanzania è dar es salaam=TZ; della costa d'avorio è abidjan=CI; del belize è belize city=BZ
yes-no-check | alexa scommetto che la capitale {} vero o falso | della nuova zelanda è auckland=NZ; del vietnam è hanoi=VN; dell'india è mumbai=IN
yes-no-check | alexa ho ragione io se dico che la capitale della germania è berlino | DE
yes-no-check | alexa la capitale della florida è miami o no | US-FL
yes-no-check | alexa sacramento è la capitale della california giusto | US-CA
yes-no-check | alexa toronto è la capitale del canada sì | CA
self-correction | alexa mi dici la capitale {} | della slovacchia no della slovenia=SI; dell'austria anzi dell'australia=AU; dell'islanda cioè dell'irlanda=IE
self-correction | alexa dimmi la capitale del niger no scusa della nigeria | NG
self-correction | alexa capitale per favore {} | del gambia anzi dello zambia=ZM; della guinea no della guyana=GY; dell'iran no dell'iraq=IQ
self-correction | alexa qual è la capitale della colombia cioè volevo dire della bolivia | BO
self-correction | alexa dimmi in fretta la capitale {} | della svezia anzi no della svizzera=CH; della lettonia anzi della lituania=LT; del mali no del malawi=MW
self-correction | alexa capitale della corea del nord ah no del sud | KR
self-correction | alexa dimmi la capitale dell'ungheria aspetta no della bulgaria | BG
self-correction | alexa qual è la capitale {} ho sbagliato | del sudan del sud no del sudan=SD; della mauritania no delle mauritius=MU; del paraguay no dell'uruguay=UY
self-correction | alexa capitale del texas no scusa dell'oklahoma | US-OK
self-correction | alexa la capitale dell'armenia anzi dell'albania | AL
self-correction | alexa qual è la capitale della dominica no della repubblica dominicana | DO
reverse-question | alexa {} è la capitale di quale paese | ulan bator=MN; tegucigalpa=HN; ouagadougou=BF
reverse-question | alexa di che paese è capitale {} | bishkek=KG; windhoek=NA; vientiane=LA
reverse-question | alexa {} di che nazione è la capitale | asmara=ER; dushanbe=TJ; paramaribo=SR
reverse-question | alexa quale paese ha come capitale {} | tbilisi=GE; montevideo=UY; lusaka=ZM
reverse-question | alexa sai dirmi di quale stato {} è capitale | harare=ZW; bamako=ML; niamey=NE
reverse-question | alexa la città di {} è capitale di cosa | ljubljana=SI; skopje=MK; chisinau=MD
reverse-question | alexa ho visto un documentario su {} di che paese è la capitale | thimphu=BT; kathmandu=NP; dacca=BD
reverse-question | alexa canberra è capitale di che cosa | AU
reverse-question | alexa di quale stato americano è capitale {} | sacramento=US-CA; tallahassee=US-FL; albany=US-NY
official-name | alexa per la ricerca di educazione civica qual è la capitale {} | della repubblica federale di germania=DE; della confederazione svizzera=CH; del regno di spagna=ES
official-name | alexa sulla carta ufficiale c'è scritto qual è la capitale {} | della repubblica popolare cinese=CN; della federazione russa=RU; della repubblica francese=FR
official-name | alexa al corso di diritto internazionale la capitale {} | della repubblica araba d'egitto=EG; del regno del marocco=MA; della repubblica islamica dell'iran=IR
official-name | alexa qual è la capitale {} per favore | del regno unito di gran bretagna e irlanda del nord=GB; degli stati uniti d'america=US; della repubblica di corea=KR
official-name | alexa la capitale {} qual è | del regno hascemita di giordania=JO; della repubblica democratica del congo=CD; della repubblica del congo=CG
official-name | alexa qual è la capitale {} come c'è scritto sul passaporto | del granducato del lussemburgo=LU; del principato del liechtenstein=LI; della repubblica di san marino=SM
official-name | alexa nel documento dell'ambasciata c'è la capitale {} | degli stati uniti messicani=MX; della repubblica federativa del brasile=BR; del commonwealth d'australia=AU
official-name | alexa qual è la capitale della repubblica democratica popolare del laos | LA
official-name | alexa la capitale della repubblica socialista del vietnam | VN
official-name | alexa qual è la capitale del regno dei paesi bassi | NL
everyday-name | alexa così alla buona qual è la capitale {} | dell'america=US; dell'olanda=NL; dell'inghilterra=GB-ENG
everyday-name | alexa mio nonno la chiama così dimmi la capitale {} | della cina comunista=CN; della birmania=MM; dello swaziland=SZ
everyday-name | alexa nel libro vecchio del nonno c'è la capitale {} | della persia=IR; del siam=TH; della bielorussia=BY
everyday-name | alexa come la chiamiamo noi qual è la capitale {} | della gran bretagna=GB; dell'america latina no scherzo del messico=MX; degli emirati=AE
everyday-name | alexa per non confonderli qual è la capitale {} | del congo kinshasa=CD; del congo brazzaville=CG; della repubblica ceca=CZ
everyday-name | alexa capitale dell'holland | NL
everyday-name | alexa dimmi la capitale della cechia | CZ
everyday-name | alexa qual è la capitale del timor orientale | TL
everyday-name | alexa la capitale della moldova | MD
everyday-name | alexa capitale della macedonia | MK
shared-name | alexa qual è la capitale della georgia | GE+US-GA
shared-name | alexa dimmi la capitale del congo | CD+CG
shared-name | alexa capitale della corea | KP+KR
shared-name | alexa quali sono le capitali delle due coree | KP+KR
shared-name | alexa dimmi le capitali dei due congo | CD+CG
shared-name | alexa capitali dei due sudan | SD+SS
shared-name | alexa qual è la capitale della carolina | US-NC+US-SC
shared-name | alexa le capitali delle due caroline | US-NC+US-SC
shared-name | alexa qual è la capitale del dakota | US-ND+US-SD
shared-name | alexa capitali dei due dakota | US-ND+US-SD
shared-name | alexa qual è la capitale delle isole vergini | VG+VI
shared-name | alexa mi dici la capitale della georgia per favore | GE+US-GA
shared-name | alexa capitale del congo per i compiti | CD+CG
shared-name | alexa la capitale della corea per favore | KP+KR
launch | alexa apri capitali del mondo | LAUNCH
launch | alexa avvia capitali del mondo | LAUNCH
launch | alexa lancia capitali del mondo | LAUNCH
launch | alexa fai partire capitali del mondo | LAUNCH
launch | alexa apri la skill capitali del mondo | LAUNCH
launch | alexa voglio giocare con capitali del mondo | LAUNCH
launch | alexa apri per favore capitali del mondo | LAUNCH
launch | alexa metti capitali del mondo | LAUNCH
launch | alexa attiva capitali del mondo | LAUNCH
launch | alexa aprimi capitali del mondo | LAUNCH
launch | alexa avvia la skill capitali del mondo | LAUNCH
launch | alexa chiedi a capitali del mondo | LAUNCH
launch | alexa usa capitali del mondo | LAUNCH
launch | alexa vorrei aprire capitali del mondo | LAUNCH
launch | alexa puoi aprire capitali del mondo | LAUNCH
launch | alexa dai apri capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo che devo studiare | LAUNCH
launch | alexa apri capitali del mondo per i bambini | LAUNCH
launch | alexa avviami capitali del mondo | LAUNCH
launch | alexa fammi aprire capitali del mondo | LAUNCH
launch | alexa comincia capitali del mondo | LAUNCH
launch | alexa inizia capitali del mondo | LAUNCH
launch | alexa apri il gioco capitali del mondo | LAUNCH
launch | alexa accendi capitali del mondo | LAUNCH
launch | alexa parti con capitali del mondo | LAUNCH
launch | alexa riapri capitali del mondo | LAUNCH
launch | alexa mi apri capitali del mondo | LAUNCH
launch | alexa ciao apri capitali del mondo | LAUNCH
launch | alexa buongiorno avvia capitali del mondo | LAUNCH
launch | alexa apri subito capitali del mondo | LAUNCH
launch | alexa capitali del mondo | LAUNCH
launch | alexa parla con capitali del mondo | LAUNCH
help | aiuto | HELP
help | alexa aiuto | HELP
help | come funziona | HELP
help | cosa posso chiederti | HELP
help | non ho capito come si usa | HELP
help | alexa come si usa questa skill | HELP
help | che cosa sai fare | HELP
help | mi spieghi come funziona | HELP
help | cosa devo dire | HELP
help | alexa aiutami con le capitali | HELP
help | non so cosa chiedere | HELP
help | come faccio a chiedere una capitale | HELP
help | dammi una mano | HELP
help | istruzioni | HELP
help | alexa istruzioni per favore | HELP
help | ho bisogno di aiuto | HELP
help | cosa si può fare qui | HELP
help | spiegami le regole | HELP
help | che domande posso fare | HELP
help | aiuto non capisco | HELP
help | mi dai qualche esempio | HELP
help | fammi un esempio di domanda | HELP
help | come si gioca | HELP
help | cosa mi consigli di chiedere | HELP
help | sono nuovo come funziona | HELP
help | alexa mi serve aiuto con questa cosa | HELP
help | pota come funziona sta roba | HELP
help | o icchè si fa qui | HELP
help | mo che devo dì | HELP
help | ue aiutami | HELP
help | scusa io non capisco aiuto | HELP
help | per favore aiuto come si chiede | HELP
help | mi hermano dice aiuto | HELP
help | ajuda per favore | HELP
help | la nonna non sa come usarla aiutala | HELP
help | che tipo di domande capisci | HELP
help | posso chiedere anche gli stati americani | HELP
help | quali comandi ci sono | HELP
help | aiuto aiuto | HELP
help | cosa faccio adesso | HELP
help | spiegamelo di nuovo | HELP
help | ripetimi come funziona | HELP
help | help | HELP
help | alexa help me | HELP
stop | stop | STOP
stop | alexa stop | STOP
stop | basta | STOP
stop | alexa basta | STOP
stop | fermati | STOP
stop | esci | STOP
stop | alexa esci | STOP
stop | chiudi | STOP
stop | chiudi la skill | STOP
stop | alexa chiudi capitali del mondo | STOP
stop | ho finito | STOP
stop | basta così grazie | STOP
stop | per oggi basta | STOP
stop | smettila | STOP
stop | zitta | STOP
stop | alexa zitta | STOP
stop | stai zitta per favore | STOP
stop | finito | STOP
stop | fine | STOP
stop | esci dalla skill | STOP
stop | ciao ciao | STOP
stop | arrivederci | STOP
stop | buonanotte alexa | STOP
stop | grazie basta così | STOP
stop | ora basta | STOP
stop | basta capitali | STOP
stop | non voglio più giocare | STOP
stop | chiudi tutto | STOP
stop | spegniti | STOP
stop | alexa fermati | STOP
stop | alexa spegni | STOP
stop | pota basta | STOP
stop | basta mo | STOP
stop | dosta basta | STOP
stop | ya basta alexa | STOP
stop | alexa taci | STOP
stop | abbiamo finito | STOP
stop | stop stop | STOP
stop | fermati qui | STOP
stop | esci pure | STOP
stop | alexa chiudi | STOP
stop | chiudi il gioco | STOP
stop | va bene basta | STOP
stop | devo andare ciao | STOP
stop | alexa esci dalle capitali | STOP
cancel | annulla | CANCEL
cancel | alexa annulla | CANCEL
cancel | lascia perdere | CANCEL
cancel | alexa lascia perdere | CANCEL
cancel | niente | CANCEL
cancel | no niente | CANCEL
cancel | lascia stare | CANCEL
cancel | annulla la domanda | CANCEL
cancel | non importa | CANCEL
cancel | fa niente | CANCEL
cancel | dimentica | CANCEL
cancel | dimenticalo | CANCEL
cancel | cancella | CANCEL
cancel | alexa cancella | CANCEL
cancel | cancella la richiesta | CANCEL
cancel | ho sbagliato annulla | CANCEL
cancel | annulla tutto | CANCEL
cancel | no lascia perdere | CANCEL
cancel | scusa niente | CANCEL
cancel | non era per te | CANCEL
cancel | non parlavo con te | CANCEL
cancel | annulla per favore | CANCEL
cancel | lascia perdere grazie | CANCEL
cancel | no no annulla | CANCEL
cancel | alexa niente | CANCEL
cancel | alexa non importa | CANCEL
cancel | ci ho ripensato | CANCEL
cancel | ci ho ripensato annulla | CANCEL
cancel | lascia correre | CANCEL
cancel | lasciamo perdere | CANCEL
cancel | non serve più | CANCEL
cancel | non mi serve più | CANCEL
cancel | annullare | CANCEL
cancel | lascia sta | CANCEL
cancel | olvídalo | CANCEL
cancel | pota lascia perdere | CANCEL
cancel | vabbè niente | CANCEL
cancel | niente niente | CANCEL
cancel | annulla l'ultima domanda | CANCEL
cancel | torna indietro | CANCEL
cancel | alexa annulla quello che ho detto | CANCEL
cancel | ho cambiato idea | CANCEL
cancel | annulla annulla | CANCEL
cancel | non fa niente lascia stare | CANCEL
out-of-domain | alexa che tempo fa domani a varese | FB
out-of-domain | alexa pioverà a novara nel weekend | FB
out-of-domain | alexa che temperatura c'è a biella | FB
out-of-domain | alexa quanti gradi ci sono fuori | FB
out-of-domain | alexa ci sarà nebbia in polesine stanotte | FB
out-of-domain | alexa previsioni del tempo per sanremo | FB
out-of-domain | alexa nevica al terminillo | FB
out-of-domain | alexa com'è il mare a brindisi oggi | FB
out-of-domain | alexa metti un po' di musica | FB
out-of-domain | alexa metti radio deejay | FB
out-of-domain | alexa suona le canzoni di sanremo | FB
out-of-domain | alexa metti la bachata | FB
out-of-domain | alexa fai partire una playlist di reggaeton | FB
out-of-domain | alexa metti musica coreana | FB
out-of-domain | alexa alza il volume | FB
out-of-domain | alexa abbassa la musica | FB
out-of-domain | alexa metti la canzone successiva | FB
out-of-domain | alexa chi canta questa canzone | FB
out-of-domain | alexa metti il notiziario | FB
out-of-domain | alexa che ore sono | FB
out-of-domain | alexa che giorno è oggi | FB
out-of-domain | alexa imposta una sveglia alle quattro | FB
out-of-domain | alexa metti un timer per il pane | FB
out-of-domain | alexa timer di dieci minuti per la pasta | FB
out-of-domain | alexa ricordami di ritirare il pacco | FB
out-of-domain | alexa aggiungi il latte alla lista della spesa | FB
out-of-domain | alexa accendi la luce in cucina | FB
out-of-domain | alexa spegni la luce del salotto | FB
out-of-domain | alexa accendi il riscaldamento | FB
out-of-domain | alexa chiama la mamma | FB
out-of-domain | alexa manda un messaggio a mio fratello | FB
out-of-domain | alexa raccontami una barzelletta | FB
out-of-domain | alexa dimmi una poesia | FB
out-of-domain | alexa quanti abitanti ha il brasile | FB
out-of-domain | alexa quanti abitanti ha la cina | FB
out-of-domain | alexa qual è la lingua ufficiale del senegal | FB
out-of-domain | alexa che lingua si parla in etiopia | FB
out-of-domain | alexa che moneta si usa in bulgaria | FB
out-of-domain | alexa qual è la moneta dell'ungheria | FB
out-of-domain | alexa chi è il presidente della corea del sud | FB
out-of-domain | alexa chi è il presidente di el salvador | FB
out-of-domain | alexa chi è il re del marocco | FB
out-of-domain | alexa quanto è grande l'afghanistan | FB
out-of-domain | alexa qual è il fiume più lungo d'africa | FB
out-of-domain | alexa qual è la montagna più alta del mondo | FB
out-of-domain | alexa qual è il paese più piccolo del mondo | FB
out-of-domain | alexa qual è il paese più grande d'europa | FB
out-of-domain | alexa quanti paesi ci sono in africa | FB
out-of-domain | alexa quanti stati ci sono negli stati uniti | FB
out-of-domain | alexa quante regioni ha l'italia | FB
out-of-domain | alexa qual è il capoluogo della lombardia | FB
out-of-domain | alexa qual è il capoluogo del piemonte | FB
out-of-domain | alexa qual è il capoluogo della puglia | FB
out-of-domain | alexa qual è il capoluogo di provincia di lodi | FB
out-of-domain | alexa qual è la città più grande del canada | FB
out-of-domain | alexa qual è la città più popolosa dell'india | FB
out-of-domain | alexa dove si trova il lesotho | FB
out-of-domain | alexa dove si trova capo verde | FB
out-of-domain | alexa quanto dista rovigo da venezia | FB
out-of-domain | alexa quanto ci vuole da lecco a milano | FB
out-of-domain | alexa che fuso orario ha seul | FB
out-of-domain | alexa che ore sono a san salvador | FB
out-of-domain | alexa che ore sono a kabul | FB
out-of-domain | alexa di che colore è la bandiera dell'etiopia | FB
out-of-domain | alexa com'è fatta la bandiera della bulgaria | FB
out-of-domain | alexa qual è l'inno della somalia | FB
out-of-domain | alexa qual è il piatto tipico di capo verde | FB
out-of-domain | alexa come si fa la cachupa | FB
out-of-domain | alexa ricetta dei cappelletti | FB
out-of-domain | alexa come si fa la paniscia | FB
out-of-domain | alexa ricetta della polenta concia | FB
out-of-domain | alexa quante calorie ha un cappuccino | FB
out-of-domain | alexa come si fanno le pupusas | FB
out-of-domain | alexa come si dice grazie in coreano | FB
out-of-domain | alexa traduci buongiorno in ungherese | FB
out-of-domain | alexa come si dice capitale in spagnolo | FB
out-of-domain | alexa come si scrive kathmandu | FB
out-of-domain | alexa come si pronuncia reykjavik | FB
out-of-domain | alexa cosa significa capitale sociale | FB
out-of-domain | alexa cos'è il capitale circolante | FB
out-of-domain | alexa chi ha scritto il capitale | FB
out-of-domain | alexa riassunto del capitale di marx | FB
out-of-domain | alexa cos'è una pena capitale | FB
out-of-domain | alexa cosa vuol dire peccato capitale | FB
out-of-domain | alexa quali sono i sette peccati capitali | FB
out-of-domain | alexa cos'è una lettera capitale | FB
out-of-domain | alexa quanto capitale serve per aprire una srl | FB
out-of-domain | alexa qual è la capitale europea della cultura quest'anno | FB
out-of-domain | alexa qual è la capitale della moda | FB
out-of-domain | alexa milano è la capitale economica d'italia | FB
out-of-domain | alexa qual è la capitale del tessile | FB
out-of-domain | alexa prato è la capitale degli stracci | FB
out-of-domain | alexa qual è la capitale mondiale del riso | FB
out-of-domain | alexa capitale del fiore sanremo | FB
out-of-domain | alexa qual è la capitale dell'impero romano d'oriente | FB
out-of-domain | alexa quando roma è diventata capitale | FB
out-of-domain | alexa quante capitali ci sono nel mondo | FB
out-of-domain | alexa qual è la capitale più fredda del mondo | FB
out-of-domain | alexa qual è la capitale più alta del mondo | FB
out-of-domain | alexa quale capitale ha più abitanti | FB
out-of-domain | alexa quali capitali si affacciano sul mare | FB
out-of-domain | alexa fammi un quiz di storia | FB
out-of-domain | alexa giochiamo a indovina la bandiera | FB
out-of-domain | alexa apri il quiz sulle bandiere | FB
out-of-domain | alexa apri trivial | FB
out-of-domain | alexa giochiamo a tombola | FB
out-of-domain | alexa apri geoguessr | FB
out-of-domain | alexa lancia una moneta | FB
out-of-domain | alexa tira un dado | FB
out-of-domain | alexa dimmi un numero a caso | FB
out-of-domain | alexa risultato della partita dell'alessandria | FB
out-of-domain | alexa come ha giocato la reggiana | FB
out-of-domain | alexa quando gioca la pallacanestro varese | FB
out-of-domain | alexa classifica della serie a | FB
out-of-domain | alexa chi ha vinto il mondiale del duemilasei | FB
out-of-domain | alexa quando c'è il festival di sanremo | FB
out-of-domain | alexa chi ha vinto sanremo l'anno scorso | FB
out-of-domain | alexa orari del treno per pavia | FB
out-of-domain | alexa quanto costa un volo per seul | FB
out-of-domain | alexa voli per addis abeba | FB
out-of-domain | alexa prenota un volo per santo domingo | FB
out-of-domain | alexa serve il visto per la corea del sud | FB
out-of-domain | alexa come rinnovo il permesso di soggiorno | FB
out-of-domain | alexa orari della questura | FB
out-of-domain | alexa a che ora apre l'ufficio postale | FB
out-of-domain | alexa dove posso spedire un pacco in afghanistan | FB
out-of-domain | alexa quanto costa spedire una lettera in bulgaria | FB
out-of-domain | alexa traccia il mio pacco | FB
out-of-domain | alexa a che ora apre la biblioteca | FB
out-of-domain | alexa consigliami un libro | FB
out-of-domain | alexa leggimi un audiolibro | FB
out-of-domain | alexa quando apre il lido | FB
out-of-domain | alexa che vento c'è oggi al mare | FB
out-of-domain | alexa quando c'è l'alta marea a chioggia | FB
out-of-domain | alexa quanto costa il tonno al chilo | FB
out-of-domain | alexa a che ora apre il forno | FB
out-of-domain | alexa quanto lievito per un chilo di farina | FB
out-of-domain | alexa quanto costa un caffè a milano | FB
out-of-domain | alexa fammi un cocktail | FB
out-of-domain | alexa ricetta dello spritz | FB
out-of-domain | alexa quando esce il risultato della maturità | FB
out-of-domain | alexa quanti giorni mancano alla maturità | FB
out-of-domain | alexa spiegami la guerra fredda | FB
out-of-domain | alexa chi era garibaldi | FB
out-of-domain | alexa quanto fa sette per otto | FB
out-of-domain | alexa qual è la radice quadrata di centoquarantaquattro | FB
out-of-domain | alexa come si dice biblioteca in inglese | FB
out-of-domain | alexa chi ha inventato la radio | FB
out-of-domain | alexa quanto è alto il resegone | FB
out-of-domain | alexa quanto è profondo il lago maggiore | FB
out-of-domain | alexa quanto è lungo il po | FB
out-of-domain | alexa dove nasce il po | FB
out-of-domain | alexa quando è la festa della repubblica | FB
out-of-domain | alexa quando è pasqua quest'anno | FB
out-of-domain | alexa quando è il capodanno coreano | FB
out-of-domain | alexa quando finisce il ramadan | FB
out-of-domain | alexa ci sono scioperi dei treni domani | FB
out-of-domain | alexa com'è il traffico sulla tangenziale | FB
out-of-domain | alexa qual è il cambio euro dollaro | FB
out-of-domain | alexa quanto vale un euro in fiorini | FB
out-of-domain | alexa quanto vale il lev bulgaro | FB
out-of-domain | alexa come sta andando la borsa | FB
out-of-domain | alexa quanto costa l'oro oggi | FB
out-of-domain | alexa ordina le crocchette per il gatto | FB
out-of-domain | alexa compra le pile | FB
out-of-domain | alexa dov'è il mio telefono | FB
out-of-domain | alexa parlami di te | FB
out-of-domain | alexa sei sposata | FB
out-of-domain | alexa ti voglio bene | FB
out-of-domain | alexa cosa facciamo stasera | FB
out-of-domain | alexa fammi ridere | FB
out-of-domain | alexa canta una canzone | FB
out-of-domain | alexa fai il verso del gatto | FB
out-of-domain | alexa dimmi una curiosità sull'ungheria | FB
out-of-domain | alexa raccontami la storia della corea | FB
out-of-domain | alexa perché la corea è divisa | FB
out-of-domain | alexa perché l'olanda ha due capitali no scusa perché si chiama olanda | FB
out-of-domain | alexa chi ha fondato roma | FB
out-of-domain | alexa in che continente è l'armenia | FB
out-of-domain | alexa con chi confina la bolivia | FB
out-of-domain | alexa quali paesi confinano con l'italia | FB
out-of-domain | alexa apri youtube | FB
out-of-domain | alexa apri netflix | FB
out-of-domain | alexa metti un film | FB
out-of-domain | alexa accendi la tv | FB
out-of-domain | alexa metti il canale cinque | FB
launch | alexa apri capitali del mondo che ripasso per la maturità | LAUNCH
launch | alexa pota apri capitali del mondo | LAUNCH
launch | alexa mo apri capitali del mondo | LAUNCH
launch | alexa o apri capitali del mondo per il mi' figliolo | LAUNCH
launch | alexa apri capitali del mondo che giochiamo in famiglia | LAUNCH
launch | alexa apri capitali del mondo per favore che la maestra ha dato i compiti | LAUNCH
launch | alexa mi apri capitali del mondo che sono in pausa | LAUNCH
launch | alexa apri capitali del mondo mentre faccio il caffè | LAUNCH
launch | alexa avvia capitali del mondo per la nonna | LAUNCH
launch | alexa per favore apri la skill delle capitali del mondo | LAUNCH
launch | alexa apri quella delle capitali del mondo | LAUNCH
launch | alexa mi hermano vuole capitali del mondo aprila | LAUNCH
launch | alexa ajde apri capitali del mondo | LAUNCH
launch | alexa annyeong apri capitali del mondo | LAUNCH
launch | alexa io voglio imparare apri capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo che facciamo la sfida | LAUNCH
launch | alexa fai partire il gioco delle capitali del mondo | LAUNCH
launch | alexa avvia capitali del mondo che ho una scommessa col mio collega | LAUNCH
launch | alexa rilancia capitali del mondo | LAUNCH
launch | alexa apri di nuovo capitali del mondo | LAUNCH
launch | alexa torna su capitali del mondo | LAUNCH
launch | alexa vai su capitali del mondo | LAUNCH
launch | alexa entra in capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo in italiano | LAUNCH
launch | alexa apri capitali del mondo grazie | LAUNCH
launch | alexa ue apri capitali del mondo | LAUNCH
launch | alexa ciò apri capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo per la tesina | LAUNCH
launch | alexa apri capitali del mondo che il cliente aspetta | LAUNCH
launch | alexa prima di chiudere il bar apri capitali del mondo | LAUNCH
stop | alexa basta così il turno è finito | STOP
stop | basta che devo tornare in tintoria | STOP
stop | esci che arriva il cliente | STOP
stop | chiudi che c'è la campanella | STOP
stop | basta per stasera vado a letto | STOP
stop | stop che devo impastare | STOP
stop | basta grazie mille | STOP
stop | alexa basta con le capitali | STOP
stop | chiudi le capitali | STOP
stop | esci dalle capitali del mondo | STOP
stop | fine del gioco | STOP
stop | il gioco è finito | STOP
stop | stop per favore | STOP
stop | fermati per favore | STOP
stop | adesso smetti | STOP
stop | alexa finisci | STOP
stop | termina | STOP
stop | alexa termina la skill | STOP
stop | non mi serve altro ciao | STOP
stop | a posto così ciao | STOP
stop | basta annamo | STOP
stop | mo basta davvero | STOP
stop | uè basta | STOP
stop | ciò basta | STOP
stop | dobre basta | STOP
stop | bale basta grazie | STOP
stop | ok basta ciao alexa | STOP
stop | stop alexa | STOP
stop | ho chiuso il bar basta | STOP
stop | devo rispondere al telefono esci | STOP
cancel | annulla che ho detto male | CANCEL
cancel | no aspetta annulla | CANCEL
cancel | lascia perdere la capitale | CANCEL
cancel | annulla la ricerca | CANCEL
cancel | niente scusa parlavo col cliente | CANCEL
cancel | lascia perdere era mio figlio | CANCEL
cancel | annulla non volevo chiederlo | CANCEL
cancel | no no lascia stare | CANCEL
cancel | lascia perdere ho trovato sul libro | CANCEL
cancel | annulla ho trovato da solo | CANCEL
cancel | non fa niente grazie | CANCEL
cancel | alexa lascia stare | CANCEL
cancel | alexa annulla la domanda | CANCEL
cancel | cancella quella domanda | CANCEL
cancel | annulla quella di prima | CANCEL
cancel | lascia perdere mo | CANCEL
cancel | ajde lascia perdere | CANCEL
cancel | qué vaina annulla | CANCEL
cancel | uè lascia stà | CANCEL
cancel | ciò lassa star | CANCEL
cancel | dimentica la domanda | CANCEL
cancel | no era uno sbaglio | CANCEL
cancel | sbagliato annulla | CANCEL
cancel | non ti ho chiamata io | CANCEL
cancel | niente era la tv | CANCEL
cancel | ferma annulla | CANCEL
cancel | lascia perdere non è importante | CANCEL
cancel | annulla grazie | CANCEL
cancel | non importa più | CANCEL
cancel | ignora | CANCEL
help | aiuto come faccio a chiedere gli stati | HELP
help | come si usa capitali del mondo | HELP
help | spiegami cosa fa capitali del mondo | HELP
help | cosa posso domandare alla skill | HELP
help | non ho capito cosa devo fare | HELP
help | mi aiuti per favore | HELP
help | puoi aiutarmi | HELP
help | alexa mi puoi aiutare | HELP
help | come funzionano le domande | HELP
help | che devo chiedere per sapere una capitale | HELP
help | aiuto non so usarla | HELP
help | dimmi come si gioca | HELP
help | quali paesi conosci | HELP
help | cosa posso chiederti sulle capitali | HELP
help | la prof ha detto di chiederti aiuto | HELP
help | io non parlo bene italiano aiuto | HELP
help | spiegamelo piano | HELP
help | che cosa devo fare adesso | HELP
help | mi fai vedere come funziona | HELP
help | qualche consiglio | HELP
casa | alexa qual è la capitale d'italia | IT
scuola | alexa il mio compagno romeno chiede la capitale {} | dell'italia=IT; della spagna=ES; della francia=FR
out-of-domain | alexa quanti anni ha la regina | FB
out-of-domain | alexa che tempo fa a seul | FB
out-of-domain | alexa che tempo fa a san salvador | FB
out-of-domain | alexa pioverà domani ad alessandria | FB
out-of-domain | alexa fa caldo a santo domingo | FB
out-of-domain | alexa metti musica bulgara | FB
out-of-domain | alexa metti una canzone in amarico | FB
out-of-domain | alexa metti la morna di cesária évora | FB
out-of-domain | alexa suona qualcosa di rilassante | FB
out-of-domain | alexa metti il kpop | FB
out-of-domain | alexa chi ha vinto la partita ieri | FB
out-of-domain | alexa quando gioca il pavia | FB
out-of-domain | alexa chi allena la nazionale | FB
out-of-domain | alexa quanti mondiali ha vinto il brasile | FB
out-of-domain | alexa quanto è lunga una partita di calcio | FB
out-of-domain | alexa dove si mangia bene a prato | FB
out-of-domain | alexa cosa vedere a rieti | FB
out-of-domain | alexa cosa vedere a biella | FB
out-of-domain | alexa orari della funivia di oropa | FB
out-of-domain | alexa quando riapre il museo del tessuto | FB
out-of-domain | alexa come arrivo al santuario di oropa | FB
out-of-domain | alexa quanto costa il traghetto per valona | FB
out-of-domain | alexa orari del traghetto per igoumenitsa | FB
out-of-domain | alexa parte il volo per kabul | FB
out-of-domain | alexa quanti chilometri ci sono tra roma e addis abeba | FB
out-of-domain | alexa in che anno è nata la repubblica di corea | FB
out-of-domain | alexa qual è la religione principale dell'etiopia | FB
out-of-domain | alexa che lingua si parla a capo verde | FB
out-of-domain | alexa che lingua parlano in afghanistan | FB
out-of-domain | alexa quanti abitanti ha la somalia | FB
out-of-domain | alexa qual è il paese più popoloso d'africa | FB
out-of-domain | alexa qual è il lago più grande d'italia | FB
out-of-domain | alexa quanti abitanti ha varese | FB
out-of-domain | alexa che cos'è il pil | FB
out-of-domain | alexa cos'è il capitale di rischio | FB
out-of-domain | alexa capitale sociale minimo di una spa | FB
out-of-domain | alexa come aumento il capitale della mia azienda | FB
out-of-domain | alexa cos'è un reato capitale | FB
out-of-domain | alexa qual è la capitale del vino in piemonte | FB
out-of-domain | alexa qual è la capitale della lana | FB
out-of-domain | alexa valenza è la capitale dell'oro | FB
out-of-domain | alexa qual è la capitale del rock | FB
out-of-domain | alexa qual è la capitale italiana della cultura | FB
out-of-domain | alexa quali città sono state capitali d'italia | FB
out-of-domain | alexa fammi una domanda difficile | FB
out-of-domain | alexa giochiamo all'impiccato | FB
out-of-domain | alexa facciamo un cruciverba | FB
out-of-domain | alexa apri il quiz di geografia | FB
out-of-domain | alexa fammi un indovinello | FB
out-of-domain | alexa qual è la parola del giorno | FB
out-of-domain | alexa dimmi il santo del giorno | FB
out-of-domain | alexa che luna c'è stasera | FB
out-of-domain | alexa quando tramonta il sole | FB
out-of-domain | alexa quando sorge il sole domani | FB
out-of-domain | alexa quante ore di volo per santo domingo | FB
out-of-domain | alexa quanto costa un caffè in corea | FB
out-of-domain | alexa come si dice ciao in somalo | FB
out-of-domain | alexa come si dice grazie in bulgaro | FB
out-of-domain | alexa come si scrive ouagadougou | FB
out-of-domain | alexa ordina una pizza | FB
out-of-domain | alexa chiama un taxi | FB
out-of-domain | alexa dove c'è un bancomat | FB
out-of-domain | alexa spegni tutto | FB
out-of-domain | alexa accendi la lavatrice | FB
out-of-domain | alexa metti la modalità non disturbare | FB
out-of-domain | alexa leggi le mie notifiche | FB
out-of-domain | alexa cosa c'è nel mio calendario | FB
out-of-domain | alexa aggiungi il lievito alla lista | FB
out-of-domain | alexa quanti giorni mancano a natale | FB
plural-capitals | alexa il mio collega boliviano dice che {} ha due capitali quali sono | la bolivia=BO; il benin=BJ; lo sri lanka=LK
plural-capitals | alexa per la verifica di geografia mi servono tutte le capitali {} | della bolivia=BO; del benin=BJ; della palestina=PS
plural-capitals | alexa mentre faccio le pupusas dimmi le due capitali della bolivia sucre e quale altra | BO
plural-capitals | alexa in biblioteca un ragazzo chiede le capitali {} | del benin=BJ; della palestina=PS; dello sri lanka=LK
plural-capitals | alexa mi elenchi tutte le capitali {} che ha | la bolivia=BO; il benin=BJ; l'eswatini=SZ
plural-capitals | alexa al bar si discute delle capitali {} dimmele tutte | della bolivia=BO; del benin=BJ; della costa d'avorio=CI
plural-capitals | alexa porto novo e cotonou sono tutte e due capitali del benin | BJ
plural-capitals | alexa la paz e sucre quali sono le capitali della bolivia | BO
plural-capitals | alexa ramallah e gerusalemme est sono le capitali della palestina giusto | PS
plural-capitals | alexa quante capitali ha la palestina dimmele | PS
plural-capitals | alexa yamoussoukro e abidjan quali sono le capitali ivoriane | CI
plural-capitals | alexa kuala lumpur e putrajaya capitali della malesia | MY
plural-capitals | alexa amsterdam e l'aia quale sono le capitali dell'olanda | NL
plural-capitals | alexa lobamba e mbabane le capitali dello swaziland | SZ
plural-capitals | alexa colombo e sri jayawardenepura kotte le capitali dello sri lanka | LK
plural-capitals | alexa mio cugino ivoriano dice che {} ha due capitali quali | la costa d'avorio=CI; la malaysia=MY; l'eswatini=SZ
plural-capitals | alexa le capitali della costa d'avorio per il compito di storia | CI
plural-capitals | alexa quali sono le città capitali della costa d'avorio | CI
plural-capitals | alexa pretoria è una delle capitali del sudafrica e le altre | ZA
plural-capitals | alexa in malesia quali sono le capitali | MY
plural-capitals | alexa dimmi le tre capitali sudafricane | ZA
plural-capitals | alexa il cliente di kuala lumpur dice che hanno due capitali quali sono | MY
"""

if __name__ == "__main__":
    build_round(49, "it", LINES, sys.argv, "tests/Eval/it/round49/source/build_corpus.py")
