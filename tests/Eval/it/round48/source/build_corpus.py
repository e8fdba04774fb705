"""Round 48, Italian (it-IT): a new author's own mix, written blind at the start of the fifty-fifth session (brief
WRITER61.md). Speakers chosen apart from the groups round 47's docstring lists for rounds 44-47 (Rome, Naples, Bari,
Salento, Venice, Bologna, Livorno, Parma, Aosta Valley, South Tyrol, Milan, Bergamo, Turin, Genoa, Friuli, Trieste,
Sardinia, Sicily, Calabria, Ticino, Florence, Pisa, Lucca, Siena, Perugia, Ancona, Abruzzo, Molise, Basilicata, Foggia,
Taranto, Romagna, Trentino, Mantua, San Marino, Verona, Padua, Como, Valtellina, Modena, the Langhe, Ciociaria,
Caserta, Cilento, Irpinia, Terni, Ascoli, Carrara, Belluno; Ukrainian, Moroccan, Senegalese, Chinese, Bangladeshi,
Punjabi, Brazilian, Polish, British, Albanian, Romanian, Filipino, Peruvian, Argentine, Nigerian, Egyptian, Tamil,
Cuban, American, Pakistani, Ecuadorian, Moldovan, Eritrean, Tunisian, Ghanaian, Georgian, Sinhalese, Iranian,
Venezuelan, Ivorian, Russian, Dutch, Turkish and Greek speakers, Spanish, German and French students; truck drivers,
nurses, medicine-entrance students, concorsisti, TV-quiz fans, fuorisede, young parents, a Twitch streamer, teenagers,
grandparents, small children). Regional speakers: Bresciani ("pota", "ghe", "sö", "mio fradèl", a foundry, Lake
Iseo, Franciacorta, spiedo, the Mille Miglia, Calvisano rugby), Cremonesi ("ma va là", a luthier's workshop, the violin
museum, the torrone fair, the Po), Vicentini ("ostia", "dai ciò", "el me boss", baccalà, the gold fair, the Teatro
Olimpico, the Arzignano tanneries, Veneto emigrants in Brazil), Trevigiani ("ciò", "la me tosa", prosecco, tiramisù, a
bàcaro), Ferraresi ("socio", the walls by bike, cappellacci, the Palio, the Po delta, the Buskers festival), Piacentini
(pisarei e fasö, tortelli, Castel San Giovanni logistics, briscola at the circolo), Astigiani (the Palio d'Asti,
Barbera, the Douja d'Or, the sagre), Spezzini ("belandi", the port, the naval arsenal, the Cinque Terre, mesciua, the
Palio del Golfo), Aretini ("o icchè l'è", "la mi' moglie", the Giostra del Saracino, the antiques fair, goldsmiths,
Cortona), Maremmani ("ganzo", "dé", butteri, Saturnia, acquacotta), Viterbesi ("mo", the Macchina di Santa Rosa,
Bullicame, Bolsena), Pontini ("aò", Veneto-born grandparents in Latina, Sabaudia, kiwi fields, Sperlonga, the Circeo),
Beneventani ("uagliò", Strega, Pietrelcina pilgrims, Trajan's arch, torrone di San Marco), Salernitani ("uè", the Luci
d'Artista, the Amalfi coast, fried anchovies, the port); immigrant families and learners: Colombians ("parce", "qué
más", "chévere", "mi hija", "verdad", "olvídalo", a salsa party, cleaning jobs), Syrians ("yalla", "wallah", "habibi",
"inshallah", a falafel cook, the citizenship test), Nepalese ("namaste", "dai", "hajur", "ramro", an Indian restaurant),
Japanese exchange students ("sumimasen", "ano", "hai", "sugoi", a language course in Bologna), Bosnians ("ajde", "bre",
"nema problema", "dosta", "pusti", "otvori", a building site, a brother in Germany), Cameroonians ("on dit quoi", "mon
frère", "je te dis", engineering at Turin), Keralite families ("enthaa", "alle", "chetta", "aiyo", a nurse mother,
relatives in the Gulf); and by trade: hairdressers (a piega, tinta, permanente, the casco), taxi drivers (the station
rank, the airport, the radiotaxi, the tangenziale), pharmacists (prescriptions, galenics, the drug rep), hotel
receptionists (check-in, the night audit, delegations), tour guides (the Fori, Pompeii, the Colosseum, the Uffizi),
primary-school teachers (quinta elementare, ricreazione), crossword and puzzle fans (the Settimana Enigmistica,
orizzontale and verticale, rebus), flight attendants (a Dubai flight, a Nairobi layover, the captain). Situations:
lavoro (a foundry, a tannery, a hair salon, a taxi, a pharmacy, a hotel, a port, logistics, a wine cellar, a
goldsmith, a building site, a restaurant, a flight), scuola (primary school, a language course, a university, the
citizenship test, a tesina), giochi (crosswords, rebus, briscola, bets at the bàcaro, a guessing game of the butteri),
casa (cooking, a grandmother, children's homework, relatives abroad), viaggi and feste (palii, giostre, fairs, sagre,
pilgrimages, holidays abroad). Plus follow-ups (said inside a session, without "alexa"), the several-capital countries
in the plural, subdivisions and territories, yes/no checks, self-corrections, reverse questions, official, everyday and
old names, shared names, launch by "capitali del mondo", help, stop, cancel and out-of-domain requests. Every line
written by hand as one utterance; no outside text consulted."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
bresciani | alexa pota dimmi la capitale {} | della finlandia=FI; dell'islanda=IS; dell'irlanda=IE
bresciani | alexa in fonderia c'è un operaio nuovo {} qual è la capitale del suo paese | dal burkina faso=BF; dal mali=ML; dal niger=NE
bresciani | alexa ghe pensavo stanotte qual è la capitale del ciad | TD
bresciani | alexa al lago d'iseo ci sono dei turisti {} mi dici la capitale | dalla repubblica ceca=CZ; dalla polonia=PL; dalla slovacchia=SK
bresciani | alexa pota la capitale della mauritania non me la ricordo | MR
bresciani | alexa mentre faccio lo spiedo bresciano dimmi la capitale {} | della guinea=GN; della guinea bissau=GW; della guinea equatoriale=GQ
bresciani | alexa in franciacorta arriva un importatore {} qual è la capitale | dal giappone=JP; da singapore=SG; dalla thailandia=TH
bresciani | alexa il mio socio dice che la capitale del camerun è douala ha ragione lui | CM
bresciani | alexa sö dimmi in fretta la capitale del gabon | GA
bresciani | alexa alla mille miglia corre un equipaggio {} qual è la loro capitale | argentino=AR; uruguaiano=UY; paraguaiano=PY
cremonesi | alexa ma va là la capitale dell'austria non è salisburgo | AT
cremonesi | alexa in bottega da liutaio c'è un cliente {} che capitale ha il suo paese | dalla corea del sud=KR; dal giappone=JP; dalla cina=CN
cremonesi | alexa mentre tagliamo il torrone dimmi la capitale {} | della spagna=ES; del portogallo=PT; della francia=FR
cremonesi | alexa per la festa del torrone arriva un gruppo {} qual è la capitale | dalla lettonia=LV; dalla bielorussia=BY; dalla moldavia=MD
cremonesi | alexa sul po in barca mi hanno chiesto la capitale del bhutan | BT
cremonesi | alexa al museo del violino una guida parla della capitale {} | della germania=DE; della repubblica ceca=CZ; dell'ungheria=HU
cremonesi | alexa ma va là che la capitale della nuova zelanda è auckland | NZ
cremonesi | alexa la capitale delle maldive per piacere | MV
cremonesi | alexa mio nipote fa la tesina sull'africa qual è la capitale del malawi | MW
vicentini | alexa ostia no so mai la capitale {} | del montenegro=ME; della macedonia del nord=MK; della bosnia=BA
vicentini | alexa alla fiera dell'oro c'è un compratore {} dimmi la capitale | dagli emirati=AE; dall'arabia saudita=SA; dall'oman=OM
vicentini | alexa dai ciò la capitale del kirghizistan | KG
vicentini | alexa mentre cuoce el bacalà dimmi la capitale della norvegia | NO
vicentini | alexa al teatro olimpico c'è una compagnia {} qual è la capitale del paese | dalla serbia=RS; dalla croazia=HR; dalla slovenia=SI
vicentini | alexa in conceria ad arzignano lavorano ragazzi {} qual è la capitale | del ghana=GH; della nigeria=NG; del togo=TG
vicentini | alexa dai ciò dimmelo ti la capitale del laos | LA
vicentini | alexa el me boss vol saver la capitale del vietnam | VN
trevigiani | alexa ciò qual è la capitale {} | del brasile=BR; del cile=CL; della colombia=CO
trevigiani | alexa in cantina col prosecco arriva un cliente {} dimmi la capitale | dall'estonia=EE; dalla finlandia=FI; dalla danimarca=DK
trevigiani | alexa mentre preparo il tiramisù la capitale del lussemburgo | LU
trevigiani | alexa ciò la capitale del belize me la dici | BZ
trevigiani | alexa in fabbrica ci sono colleghi {} qual è la capitale | dal bangladesh=BD; dal nepal=NP; dallo sri lanka=LK
trevigiani | alexa al bàcaro si scommette sulla capitale {} | dell'honduras=HN; del nicaragua=NI; del guatemala=GT
trevigiani | alexa la me tosa chiede la capitale del suriname | SR
ferraresi | alexa in bicicletta sulle mura mi è venuta in mente la capitale {} | del marocco=MA; dell'algeria=DZ; della tunisia=TN
ferraresi | alexa mentre faccio i cappellacci di zucca dimmi la capitale della libia | LY
ferraresi | alexa per il palio di ferrara arriva un gruppo {} qual è la capitale | dal belgio=BE; dall'olanda=NL; dalla svizzera=CH
ferraresi | alexa al delta del po un birdwatcher viene {} qual è la capitale | dal kenya=KE; dalla tanzania=TZ; dall'uganda=UG
ferraresi | alexa socio dai dimmi la capitale del ruanda | RW
ferraresi | alexa al buskers festival c'è un suonatore {} qual è la sua capitale | dal perù=PE; dalla bolivia=BO; dall'ecuador=EC
ferraresi | alexa la capitale del burundi oggi qual è | BI
piacentini | alexa mentre fo i pisarei e fasö dimmi la capitale {} | dell'etiopia=ET; dell'eritrea=ER; della somalia=SO
piacentini | alexa alla logistica di castel san giovanni c'è un magazziniere {} qual è la capitale | dal sudan=SD; dal sud sudan=SS; dall'egitto=EG
piacentini | alexa la capitale di gibuti la città ha lo stesso nome vero | DJ
piacentini | alexa al mercato di piazza cavalli mi chiedono la capitale dell'angola | AO
piacentini | alexa per la gara di briscola al circolo la capitale del mozambico | MZ
piacentini | alexa mio cognato è tornato {} qual è la capitale di quel paese | dallo zambia=ZM; dallo zimbabwe=ZW; dal botswana=BW
astigiani | alexa mentre aspettiamo il palio d'asti dimmi la capitale {} | della namibia=NA; del lesotho=LS; dell'eswatini=SZ
astigiani | alexa in vigna col barbera arriva un enologo {} qual è la capitale | dalla georgia il paese=GE; dall'armenia=AM; dall'azerbaigian=AZ
astigiani | alexa la nonna al douja d'or chiede la capitale del madagascar | MG
astigiani | alexa a la festa dle sagre mi han chiesto la capitale delle comore | KM
astigiani | alexa dimmi un po' la capitale delle seychelles | SC
astigiani | alexa il capo vuole sapere la capitale di mauritius | MU
spezzini | alexa in porto arriva una nave {} qual è la capitale del paese | da panama=PA; dalla liberia=LR; dalle isole marshall=MH
spezzini | alexa alle cinque terre c'è una coppia {} dimmi la capitale | dalla nuova zelanda=NZ; dall'australia=AU; dal canada=CA
spezzini | alexa belandi dimmi la capitale di capo verde | CV
spezzini | alexa all'arsenale militare un ufficiale viene {} qual è la capitale | dal giappone per le esercitazioni=JP; dalla grecia=GR; dalla turchia=TR
spezzini | alexa per il palio del golfo i vogatori chiedono la capitale di são tomé e príncipe | ST
spezzini | alexa mentre mangio la mesciua la capitale della sierra leone | SL
spezzini | alexa la capitale del gambia me la dici svelta | GM
aretini | alexa alla giostra del saracino c'è un turista {} dimmi la capitale | dal messico=MX; da cuba=CU; dalla giamaica=JM
aretini | alexa alla fiera antiquaria in piazza grande mi chiedono la capitale {} | di haiti=HT; della repubblica dominicana=DO; delle bahamas=BS
aretini | alexa in oreficeria arriva un cliente {} qual è la capitale | dall'india=IN; dal pakistan=PK; dall'afghanistan=AF
aretini | alexa o icchè l'è la capitale di barbados | BB
aretini | alexa la mi' moglie vuole la capitale di trinidad e tobago | TT
aretini | alexa a cortona c'è una scrittrice americana che chiede la capitale di grenada | GD
maremmani | alexa ganzo dimmi la capitale {} | di santa lucia=LC; di saint vincent e grenadine=VC; di dominica=DM
maremmani | alexa i butteri stasera giocano a indovinare la capitale {} | di antigua e barbuda=AG; di saint kitts e nevis=KN; della guyana=GY
maremmani | alexa alle terme di saturnia c'è una signora {} qual è la capitale | dal kazakistan=KZ; dall'uzbekistan=UZ; dal turkmenistan=TM
maremmani | alexa in agriturismo arriva un ospite dal tagikistan qual è la capitale | TJ
maremmani | alexa mentre fo l'acquacotta dimmi la capitale della mongolia | MN
maremmani | alexa dé la capitale del salvador qual è | SV
viterbesi | alexa mo dimmi la capitale {} | del costa rica=CR; del venezuela=VE; del paraguay=PY
viterbesi | alexa per la macchina di santa rosa arrivano dei turisti {} qual è la capitale | dalle filippine=PH; dall'indonesia=ID; dalla malesia=MY
viterbesi | alexa alle terme del bullicame un signore chiede la capitale della cambogia | KH
viterbesi | alexa mo la capitale del myanmar che non me la ricordo | MM
viterbesi | alexa sul lago di bolsena mi chiedono la capitale del brunei | BN
viterbesi | alexa a tuscia film fest c'è un regista dal timor est qual è la capitale | TL
pontini | alexa aò dimmi la capitale {} | della papua nuova guinea=PG; delle figi=FJ; delle isole salomone=SB
pontini | alexa al mare a sabaudia c'è un surfista {} qual è la capitale | dalle samoa=WS; da tonga=TO; da vanuatu=VU
pontini | alexa nei campi di kiwi lavorano ragazzi {} qual è la capitale | dall'india=IN; dal bangladesh=BD; dal senegal=SN
pontini | alexa mi' nonno era veneto de latina e chiede la capitale di kiribati | KI
pontini | alexa a sperlonga un turista chiede la capitale di tuvalu | TV
pontini | alexa la capitale di nauru ce l'ha una capitale | NR
pontini | alexa al circeo la guida dice la capitale di palau qual è | PW
beneventani | alexa uagliò dimmi la capitale {} | della micronesia=FM; del senegal=SN; della costa d'avorio=CI
beneventani | alexa mentre beviamo lo strega mi dici la capitale del qatar | QA
beneventani | alexa a pietrelcina arrivano pellegrini {} qual è la capitale | dalla polonia=PL; dall'irlanda=IE; dalle filippine=PH
beneventani | alexa all'arco di traiano c'è una scolaresca {} dimmi la capitale | dalla germania=DE; dall'austria=AT; dalla svezia=SE
beneventani | alexa uagliò la capitale del kuwait com'è | KW
beneventani | alexa per il torrone di san marco arriva un cliente dal bahrein la capitale | BH
salernitani | alexa uè dimmi la capitale {} | dell'iran=IR; dell'iraq=IQ; della siria=SY
salernitani | alexa alle luci d'artista c'è una comitiva {} qual è la capitale | dalla russia=RU; dall'ucraina=UA; dalla lituania=LT
salernitani | alexa ad amalfi un turista viene da israele e chiede la capitale | IL
salernitani | alexa in costiera uno chiede la capitale della giordania | JO
salernitani | alexa mentre friggo le alici la capitale del libano | LB
salernitani | alexa uè ma la capitale del marocco è casablanca o rabat | MA
salernitani | alexa al porto di salerno arrivano container {} qual è la capitale | dalla cina=CN; dal vietnam=VN; da taiwan=TW
colombiani | alexa parce dime la capitale {} | della colombia=CO; del venezuela=VE; di panama=PA
colombiani | alexa qué más alexa la capitale dell'ecuador è quito verdad | EC
colombiani | alexa io lavoro in pulizie e la signora chiede la capitale {} | della svezia=SE; della norvegia=NO; della danimarca=DK
colombiani | alexa chévere adesso la capitale del perù | PE
colombiani | alexa mi hija ha compito cuál es la capitale della bolivia | BO
colombiani | alexa la capitale di cuba parce | CU
colombiani | alexa mi amiga de medellín dice la capitale del honduras qual è | HN
colombiani | alexa a la fiesta salsera uno viene {} qual è la capitale | da porto rico=PR; dalla repubblica dominicana=DO; dal guatemala=GT
siriani | alexa yalla dimmi capitale {} | della siria=SY; del libano=LB; della turchia=TR
siriani | alexa wallah io non so la capitale del yemen | YE
siriani | alexa habibi mio figlio chiede capitale di palestina | PS
siriani | alexa io cuoco di falafel cliente viene {} qual è capitale | da iraq=IQ; da giordania=JO; da egitto=EG
siriani | alexa inshallah domani esame di cittadinanza qual è la capitale dell'italia | IT
siriani | alexa yalla la capitale dell'arabia saudita | SA
siriani | alexa capitale di sudan per favore mio vicino è sudanese | SD
siriani | alexa mio fratello è in germania dimmi capitale della germania | DE
nepalesi | alexa namaste la capitale del nepal qual è | NP
nepalesi | alexa dai mio amico chiede capitale {} | di india=IN; del bhutan=BT; della cina=CN
nepalesi | alexa hajur capitale di bangladesh per favore | BD
nepalesi | alexa io lavoro in ristorante indiano cliente chiede capitale {} | del pakistan=PK; dello sri lanka=LK; delle maldive=MV
nepalesi | alexa ramro la capitale dell'afghanistan | AF
nepalesi | alexa mio figlio scuola media deve sapere capitale del myanmar | MM
nepalesi | alexa dai dimmi capitale della thailandia | TH
giapponesi | alexa sumimasen la capitale del giappone è tokyo giusto | JP
giapponesi | alexa ano la capitale {} qual è | della corea del sud=KR; della corea del nord=KP; della mongolia=MN
giapponesi | alexa hai sono studentessa di scambio a bologna qual è la capitale del vietnam | VN
giapponesi | alexa ano ne la capitale di taiwan è taipei | TW
giapponesi | alexa sugoi ora la capitale della cambogia | KH
giapponesi | alexa al corso di lingua la professoressa chiede capitale {} | dell'austria=AT; della polonia=PL; della romania=RO
giapponesi | alexa sumimasen di nuovo la capitale delle filippine | PH
bosniaci | alexa ajde dimmi la capitale {} | della bosnia ed erzegovina=BA; della serbia=RS; del montenegro=ME
bosniaci | alexa ma bre la capitale del kosovo qual è | XK
bosniaci | alexa io faccio muratore capo chiede la capitale della croazia | HR
bosniaci | alexa ajde ajde la capitale della macedonia del nord | MK
bosniaci | alexa mia moglie vuole sapere capitale di albania | AL
bosniaci | alexa la capitale della slovenia è lubiana vero ajde | SI
bosniaci | alexa nema problema dimmi la capitale della bulgaria | BG
camerunesi | alexa on dit quoi dimmi la capitale del camerun | CM
camerunesi | alexa mon frère la capitale {} qual è | del ciad=TD; della repubblica centrafricana=CF; del gabon=GA
camerunesi | alexa je te dis la capitale della nigeria non è lagos vero | NG
camerunesi | alexa io studio ingegneria a torino la capitale {} | della guinea equatoriale=GQ; del congo brazzaville=CG; della repubblica democratica del congo=CD
camerunesi | alexa la capitale di são tomé on dit quoi | ST
camerunesi | alexa mio zio fa il commerciante {} dimmi la capitale | in benin=BJ; in togo=TG; in ghana=GH
keralesi | alexa enthaa la capitale dell'india è nuova delhi alle | IN
keralesi | alexa mia mamma infermiera chiede capitale dello stato {} | del kerala=IN-KL; del tamil nadu=IN-TN; del karnataka=IN-KA
keralesi | alexa chetta la capitale del goa quale | IN-GA
keralesi | alexa mio padre lavora in golfo qual è la capitale {} | del qatar=QA; dell'oman=OM; del kuwait=KW
keralesi | alexa per la recita della scuola capitale degli emirati arabi uniti | AE
keralesi | alexa aiyo la capitale del maharashtra è mumbai | IN-MH
keralesi | alexa mio cugino va a lavorare {} qual è la capitale | in andhra pradesh=IN-AP; in telangana=IN-TS; in odisha=IN-OD
parrucchiere | alexa mentre faccio la piega alla signora dimmi la capitale {} | dell'uruguay=UY; dell'argentina=AR; del cile=CL
parrucchiere | alexa in salone c'è una cliente che va in vacanza {} qual è la capitale | alle mauritius=MU; alle seychelles=SC; in madagascar=MG
parrucchiere | alexa ho le mani piene di tinta dimmi la capitale della grecia | GR
parrucchiere | alexa la cliente sotto il casco chiede la capitale di malta | MT
parrucchiere | alexa la ragazza dello shampoo dice che la capitale della turchia è istanbul è giusto | TR
parrucchiere | alexa durante la permanente la signora chiede la capitale {} | di cipro=CY; della giordania=JO; dell'armenia=AM
tassisti | alexa sono in fila alla stazione dimmi la capitale {} | della tunisia=TN; dell'algeria=DZ; della libia=LY
tassisti | alexa ho caricato un cliente all'aeroporto {} qual è la capitale del suo paese | dalla finlandia=FI; dall'estonia=EE; dall'islanda=IS
tassisti | alexa al radiotaxi scommettiamo sulla capitale del canada | CA
tassisti | alexa il cliente dietro dice che la capitale dell'australia è sydney ha torto vero | AU
tassisti | alexa in coda in tangenziale dimmi la capitale degli stati uniti | US
tassisti | alexa il cliente va al consolato {} qual è la capitale di quel paese | della nigeria=NG; del kenya=KE; dell'etiopia=ET
farmacisti | alexa tra una ricetta e l'altra dimmi la capitale {} | della svizzera=CH; del liechtenstein=LI; del lussemburgo=LU
farmacisti | alexa in farmacia un turista viene {} qual è la capitale | dal brasile=BR; dal portogallo=PT; dall'angola=AO
farmacisti | alexa mentre preparo la galenica la capitale del belgio | BE
farmacisti | alexa il rappresentante del farmaco chiede la capitale dell'ungheria | HU
farmacisti | alexa per il quiz dell'ordine dei farmacisti la capitale della moldavia | MD
receptionist | alexa alla reception c'è un ospite {} dimmi la capitale | dalla lettonia=LV; dalla lituania=LT; dalla bielorussia=BY
receptionist | alexa sto facendo il check in a una coppia {} qual è la loro capitale | dall'azerbaigian=AZ; dalla georgia=GE; dal kazakistan=KZ
receptionist | alexa il portiere di notte chiede la capitale dell'andorra | AD
receptionist | alexa un ospite del principato chiede la capitale di monaco | MC
receptionist | alexa in hotel c'è una delegazione {} qual è la capitale | da san marino=SM; dal vaticano=VA; da malta=MT
receptionist | alexa al night audit mi annoio dimmi la capitale della russia | RU
guide-turistiche | alexa sul pullman i turisti vengono {} qual è la loro capitale | dalla corea del sud=KR; dalla cina=CN; da taiwan=TW
guide-turistiche | alexa ai fori imperiali un gruppo viene {} dimmi la capitale | dal messico=MX; dalla colombia=CO; dal venezuela=VE
guide-turistiche | alexa la mia collega fa visite in inglese e chiede la capitale della scozia | GB-SCT
guide-turistiche | alexa a pompei c'è una famiglia dal galles qual è la capitale | GB-WLS
guide-turistiche | alexa al colosseo un ragazzo chiede la capitale dell'irlanda del nord | GB-NIR
guide-turistiche | alexa in vaticano un pellegrino chiede la capitale dell'inghilterra | GB-ENG
guide-turistiche | alexa un turista del regno unito vuole sapere se la capitale è londra | GB
maestre | alexa in quinta elementare facciamo le capitali dimmi la capitale {} | della spagna=ES; della francia=FR; dell'irlanda=IE
maestre | alexa bambini zitti adesso chiediamo ad alexa la capitale {} | del giappone=JP; dell'egitto=EG; del brasile=BR
maestre | alexa per la lezione sull'europa la capitale {} | della slovacchia=SK; della danimarca=DK; della romania=RO
maestre | alexa un bambino chiede la capitale della groenlandia | GL
maestre | alexa la capitale dell'italia per i bimbi di prima | IT
maestre | alexa a ricreazione giochiamo la capitale della russia qual è | RU
enigmisti | alexa sulla settimana enigmistica mi serve la capitale {} in sei lettere | del kenya=KE; del ghana=GH; della serbia=RS
enigmisti | alexa per il cruciverba capitale {} | del perù=PE; dell'oman=OM; del togo=TG
enigmisti | alexa orizzontale dodici la capitale del mali | ML
enigmisti | alexa verticale ventitré capitale del niger | NE
enigmisti | alexa nel rebus c'è la capitale della lettonia qual è | LV
enigmisti | alexa per le parole crociate senza schema la capitale dell'eritrea | ER
enigmisti | alexa mi manca una parola capitale dello yemen quattro lettere | YE
hostess | alexa sul volo per dubai un passeggero chiede la capitale {} | degli emirati=AE; del qatar=QA; dell'iran=IR
hostess | alexa in layover a nairobi mi chiedo la capitale {} | dell'uganda=UG; del ruanda=RW; della tanzania=TZ
hostess | alexa il comandante scommette sulla capitale del brasile | BR
hostess | alexa domani volo su ulan bator che è la capitale di quale paese | CITY:Ulan Bator
hostess | alexa tra un volo e l'altro la capitale dell'uzbekistan | UZ
hostess | alexa la collega spagnola chiede la capitale {} | della bolivia=BO; del paraguay=PY; del cile=CL
follow-up | e quella {} | del burkina=BF; dello zambia=ZM; della namibia=NA
follow-up | e invece {} | del suriname=SR; della guyana=GY; dell'uruguay=UY
follow-up | adesso {} | la lituania=LT; l'islanda=IS; il nicaragua=NI
follow-up | e poi la capitale {} | dell'ecuador=EC; del perù=PE; del salvador=SV
follow-up | ok e per {} | il senegal=SN; la gambia=GM; il mali=ML
follow-up | pota e {} | il bangladesh=BD; il pakistan=PK
follow-up | ciò e quella {} che è vicino | del montenegro=ME; dell'albania=AL
follow-up | e la sua capitale {} | della sierra leone=SL; della liberia=LR
follow-up | un'altra {} | la tanzania=TZ; il mozambico=MZ; il malawi=MW
follow-up | e quella {} me la dici | del tagikistan=TJ; del kirghizistan=KG; del turkmenistan=TM
follow-up | sì e {} | l'angola=AO; il congo brazzaville=CG
follow-up | mo e {} | il laos=LA; la cambogia=KH; il brunei=BN
follow-up | ajde e {} | il kosovo=XK; la bosnia=BA
follow-up | parce y {} | el paraguay=PY; el ecuador=EC
follow-up | e dello stato {} | dell'ohio=US-OH; del kentucky=US-KY; dell'iowa=US-IA
follow-up | e la provincia {} | dell'alberta=CA-AB; del manitoba=CA-MB
follow-up | ancora una la capitale {} | del belize=BZ; della giamaica=JM; di grenada=GD
follow-up | perfetto e adesso {} | le figi=FJ; samoa=WS; tonga=TO
plural-capitals | alexa quali sono le capitali {} | del benin=BJ; della bolivia=BO; della costa d'avorio=CI
plural-capitals | alexa dimmi tutte e due le capitali {} | dello sri lanka=LK; della malesia=MY; dei paesi bassi=NL
plural-capitals | alexa quante capitali ha {} e quali sono | l'eswatini=SZ; il sudafrica=ZA; la palestina=PS
plural-capitals | alexa pota le capitali {} dimmele tutte | del sudafrica=ZA; della bolivia=BO; del benin=BJ
plural-capitals | alexa per il cruciverba mi servono le due capitali {} | della costa d'avorio=CI; dello sri lanka=LK; dell'olanda=NL
plural-capitals | alexa la maestra dice che {} ha due capitali quali | la malesia=MY; l'eswatini=SZ; la palestina=PS
plural-capitals | alexa il sudafrica ha tre capitali me le elenchi | ZA
plural-capitals | alexa le capitali della bolivia sono sucre e la paz giusto | BO
plural-capitals | alexa mon frère les capitales du bénin cioè le capitali del benin | BJ
plural-capitals | alexa parce cuáles son le capitali della bolivia | BO
plural-capitals | alexa le capitali dei paesi bassi amsterdam e l'aia vero | NL
plural-capitals | alexa uè quali sono le capitali della costa d'avorio | CI
plural-capitals | alexa le capitali dello swaziland oggi eswatini | SZ
plural-capitals | alexa le capitali della malaysia dimmele | MY
plural-capitals | alexa yalla le capitali della palestina quali sono | PS
plural-capitals | alexa in farmacia un cliente chiede le capitali dello sri lanka | LK
plural-capitals | alexa per la settimana enigmistica le capitali del sudafrica | ZA
plural-capitals | alexa ganzo le capitali del benin quante sono | BJ
plural-capitals | alexa ciò le capitali de l'olanda | NL
plural-capitals | alexa maestra chiede capitali di palestina | PS
plural-capitals | alexa le tre capitali sudafricane | ZA
plural-capitals | alexa all'esame di geografia le capitali dell'eswatini | SZ
plural-capitals | alexa aò quali so' le capitali della malesia | MY
plural-capitals | alexa enthaa le capitali dello sri lanka colombo e l'altra | LK
plural-capitals | alexa le capitali della costa d'avorio yamoussoukro e abidjan è giusto | CI
plural-capitals | alexa mi dici le capitali della bolivia per il compito | BO
subdivision | alexa mia sorella si trasferisce {} qual è la capitale dello stato | in texas=US-TX; in california=US-CA; in florida=US-FL
subdivision | alexa il mio capo va in fiera {} qual è la capitale dello stato | nel nevada=US-NV; in arizona=US-AZ; nello utah=US-UT
subdivision | alexa per la gita in america la capitale {} | dell'illinois=US-IL; del michigan=US-MI; del wisconsin=US-WI
subdivision | alexa mio cugino lavora in un ranch {} qual è la capitale | nel montana=US-MT; nel wyoming=US-WY; nel colorado=US-CO
subdivision | alexa per la partita di nba la capitale {} | della louisiana=US-LA; del tennessee=US-TN; dell'oklahoma=US-OK
subdivision | alexa la capitale dello stato {} | dell'oregon=US-OR; dell'idaho=US-ID; del kansas=US-KS
subdivision | alexa in crociera in alaska la capitale dell'alaska | US-AK
subdivision | alexa per la luna di miele alle hawaii la capitale | US-HI
subdivision | alexa la capitale della pennsylvania non è filadelfia vero | US-PA
subdivision | alexa mio zio di new york chiede la capitale del new jersey | US-NJ
subdivision | alexa la capitale {} negli stati uniti | del massachusetts=US-MA; del connecticut=US-CT; del new hampshire=US-NH
subdivision | alexa la capitale {} quello americano | del maine=US-ME; del maryland=US-MD; del missouri=US-MO
subdivision | alexa al quiz la capitale {} | dell'alabama=US-AL; del mississippi=US-MS; dell'arkansas=US-AR
subdivision | alexa capitale {} per favore | del nebraska=US-NE; del minnesota=US-MN; dell'indiana=US-IN
subdivision | alexa la capitale della virginia occidentale | US-WV
subdivision | alexa la capitale della virginia quella normale | US-VA
subdivision | alexa la capitale del nuovo messico | US-NM
subdivision | alexa la capitale della carolina del nord | US-NC
subdivision | alexa la capitale del south dakota | US-SD
subdivision | alexa la capitale del north dakota | US-ND
subdivision | alexa la capitale della south carolina | US-SC
subdivision | alexa mia figlia fa l'erasmus in canada {} qual è la capitale della provincia | in ontario=CA-ON; in québec=CA-QC; in columbia britannica=CA-BC
subdivision | alexa la capitale {} in canada | della nuova scozia=CA-NS; di terranova=CA-NL; dello yukon=CA-YT
subdivision | alexa la capitale del nunavut | CA-NU
subdivision | alexa la capitale dei territori del nord ovest | CA-NT
subdivision | alexa in australia in working holiday vado {} qual è la capitale dello stato | nel queensland=AU-QLD; in tasmania=AU-TAS; nel nuovo galles del sud=AU-NSW
subdivision | alexa la capitale {} in australia | dell'australia occidentale=AU-WA; dell'australia meridionale=AU-SA; del territorio del nord=AU-NT
subdivision | alexa la capitale del territorio della capitale australiana | AU-ACT
subdivision | alexa la capitale dello stato di victoria in australia è melbourne | AU-VIC
subdivision | alexa al mercatino di natale di monaco mi chiedono la capitale {} | della baviera=DE-BY; del baden württemberg=DE-BW; dell'assia=DE-HE
subdivision | alexa la capitale del land {} | della sassonia=DE-SN; della turingia=DE-TH; del brandeburgo=DE-BB
subdivision | alexa la capitale della bassa sassonia | DE-NI
subdivision | alexa la capitale del land renania settentrionale vestfalia | DE-NW
subdivision | alexa la capitale della renania palatinato | DE-RP
subdivision | alexa la capitale del saarland | DE-SL
subdivision | alexa la capitale del meclemburgo pomerania anteriore | DE-MV
subdivision | alexa in brasile vado {} qual è la capitale dello stato | a bahia=BR-BA; nel minas gerais=BR-MG; nel paranà=BR-PR
subdivision | alexa la capitale dello stato {} in brasile | di pernambuco=BR-PE; del ceará=BR-CE; dell'amazonas=BR-AM
subdivision | alexa la capitale {} stato brasiliano | del rio grande do sul=BR-RS; di santa catarina=BR-SC; del pará=BR-PA
subdivision | alexa la capitale del mato grosso | BR-MT
subdivision | alexa la capitale del goiás | BR-GO
subdivision | alexa la capitale dello stato messicano {} | del jalisco=MX-JAL; di yucatán=MX-YUC; di oaxaca=MX-OAX
subdivision | alexa la capitale {} in messico | della bassa california=MX-BCN; di nuevo león=MX-NLE; di quintana roo=MX-ROO
subdivision | alexa la capitale di sonora stato del messico | MX-SON
subdivision | alexa la capitale del guerrero in messico | MX-GRO
subdivision | alexa la capitale {} in india | del rajasthan=IN-RJ; del gujarat=IN-GJ; del punjab=IN-PB
subdivision | alexa la capitale dello stato indiano {} | dell'assam=IN-AS; del sikkim=IN-SK; dell'himachal pradesh=IN-HP
subdivision | alexa la capitale del madhya pradesh | IN-MP
subdivision | alexa la capitale dell'uttarakhand | IN-UK
subdivision | alexa la capitale del jharkhand | IN-JH
subdivision | alexa in viaggio {} qual è la capitale | in groenlandia=GL; alle isole fær øer=FO; alle svalbard=SJ
subdivision | alexa la capitale {} territorio francese | della polinesia francese=PF; della nuova caledonia=NC; della guyana francese=GF
subdivision | alexa la capitale {} oltremare francese | della guadalupa=GP; di mayotte=YT; di saint pierre e miquelon=PM
subdivision | alexa la capitale {} ai caraibi | di aruba=AW; di curaçao=CW; delle isole cayman=KY
subdivision | alexa la capitale {} isola britannica | dell'isola di man=IM; di guernsey=GG; di jersey=JE
subdivision | alexa la capitale di portorico | PR
subdivision | alexa la capitale di guam | GU
subdivision | alexa la capitale delle isole cook | CK
subdivision | alexa la capitale di anguilla | AI
subdivision | alexa la capitale di sant'elena quella di napoleone | SH
subdivision | alexa la capitale delle isole falkland | FK
subdivision | alexa la capitale delle isole turks e caicos | TC
subdivision | alexa la capitale del sahara occidentale | EH
subdivision | alexa la capitale delle isole åland | AX
subdivision | alexa la capitale di montserrat | MS
subdivision | alexa la capitale di sint maarten la parte olandese | SX
plural-capitals | alexa pota l'eswatini ha due capitali mbabane e l'altra qual è | SZ
plural-capitals | alexa la parrucchiera chiede le capitali dell'eswatini | SZ
plural-capitals | alexa ganzo quali sono le due capitali dello swaziland | SZ
plural-capitals | alexa per il cruciverba le capitali del regno di eswatini | SZ
plural-capitals | alexa il cliente del taxi chiede le capitali della malesia | MY
plural-capitals | alexa ano la malesia ha due capitali quali sono | MY
plural-capitals | alexa kuala lumpur e putrajaya sono le capitali della malesia vero | MY
plural-capitals | alexa dimmi le capitali malesi per la ricerca | MY
plural-capitals | alexa mon frère les trois capitales de l'afrique du sud le capitali del sudafrica | ZA
plural-capitals | alexa la maestra chiede le tre capitali del sudafrica quali sono | ZA
plural-capitals | alexa pretoria città del capo e bloemfontein sono le capitali del sudafrica | ZA
plural-capitals | alexa uagliò le capitali del sudafrica tutte e tre | ZA
plural-capitals | alexa ciò dimmi le capitali della palestina | PS
plural-capitals | alexa le due capitali del benin porto novo e cotonou giusto | BJ
yes-no-check | alexa è vero che la capitale {} | del kazakistan è astana=KZ; della nigeria è abuja=NG; del myanmar è naypyidaw=MM
yes-no-check | alexa pota ma la capitale {} o mi sbaglio | della turchia è ankara=TR; del brasile è brasilia=BR; del canada è ottawa=CA
yes-no-check | alexa dimmi sì o no la capitale {} | della svizzera è zurigo=CH; del marocco è casablanca=MA; del vietnam è ho chi minh=VN
yes-no-check | alexa la capitale della tanzania è ancora dar es salaam | TZ
yes-no-check | alexa la capitale del burundi è bujumbura giusto | BI
yes-no-check | alexa mo ma la capitale dell'india è mumbai | IN
yes-no-check | alexa confermi che la capitale della nuova zelanda è wellington | NZ
yes-no-check | alexa la capitale del pakistan è karachi sì | PK
yes-no-check | alexa la capitale della bolivia è la paz vero | BO
yes-no-check | alexa uè ma la capitale del belize è belize city | BZ
yes-no-check | alexa la capitale della costa d'avorio è abidjan sì o no | CI
yes-no-check | alexa la capitale del sudafrica è johannesburg | ZA
yes-no-check | alexa ganzo ma la capitale della scozia è glasgow | GB-SCT
yes-no-check | alexa la capitale dello stato di new york è new york city | US-NY
yes-no-check | alexa la capitale della california è los angeles vero | US-CA
yes-no-check | alexa la capitale della florida è miami giusto | US-FL
yes-no-check | alexa ciò ma la capitale del québec è montreal | CA-QC
yes-no-check | alexa la capitale della baviera è monaco vero | DE-BY
yes-no-check | alexa la capitale dell'ontario è toronto confermi | CA-ON
yes-no-check | alexa la capitale dell'australia è melbourne | AU
yes-no-check | alexa ma davvero la capitale della birmania è naypyidaw | MM
yes-no-check | alexa la capitale del kosovo è pristina | XK
yes-no-check | alexa wallah la capitale della siria è damasco sì | SY
yes-no-check | alexa la capitale del gambia è banjul oppure no | GM
yes-no-check | alexa è giusto che la capitale della mongolia è ulan bator | MN
yes-no-check | alexa la capitale dell'ecuador è guayaquil vero | EC
yes-no-check | alexa la capitale del bengala occidentale è calcutta | IN-WB
yes-no-check | alexa la capitale della groenlandia è nuuk | GL
self-correction | alexa la capitale della svezia anzi no {} | della finlandia=FI; della norvegia=NO; dell'islanda=IS
self-correction | alexa dimmi la capitale dell'austria scusa {} | dell'australia=AU; della germania=DE
self-correction | alexa dimmi un po' la capitale {} | della slovenia no della slovacchia=SK; dell'iran cioè dell'iraq=IQ; del niger volevo dire della nigeria=NG
self-correction | alexa pota la capitale del mali no aspetta del malawi | MW
self-correction | alexa la capitale della guinea ehm della guinea bissau | GW
self-correction | alexa la capitale della colombia anzi della bolivia | BO
self-correction | alexa la capitale del ciad mi correggo del sudan | SD
self-correction | alexa la capitale della georgia lo stato americano non il paese | US-GA
self-correction | alexa la capitale del gabon no scusa del ghana | GH
self-correction | alexa ciò la capitale della lettonia anzi lituania | LT
self-correction | alexa la capitale dell'uruguay no del paraguay | PY
self-correction | alexa aò la capitale del camerun no del congo quello di kinshasa | CD
self-correction | alexa la capitale del texas ah no dell'oklahoma | US-OK
self-correction | alexa la capitale della baviera anzi della sassonia | DE-SN
self-correction | alexa la capitale di tonga ops volevo dire di samoa | WS
self-correction | alexa la capitale dell'armenia intendevo dell'azerbaigian | AZ
self-correction | alexa la capitale del nicaragua anzi no del costa rica | CR
self-correction | alexa ajde la capitale della serbia no del montenegro | ME
self-correction | alexa la capitale della mauritania scusami del marocco | MA
self-correction | alexa la capitale dell'oman no aspetta dello yemen | YE
self-correction | alexa la capitale dell'eritrea mi sono sbagliato dell'etiopia | ET
self-correction | alexa la capitale di dominica no della repubblica dominicana | DO
self-correction | alexa la capitale del kenya anzi dell'uganda | UG
reverse-question | alexa {} è la capitale di quale paese | ouagadougou=CITY:Ouagadougou; tegucigalpa=CITY:Tegucigalpa; bishkek=CITY:Bishkek
reverse-question | alexa di che paese è capitale {} | windhoek=CITY:Windhoek; paramaribo=CITY:Paramaribo; lilongwe=CITY:Lilongwe
reverse-question | alexa pota {} di che stato è la capitale | bamako=CITY:Bamako; niamey=CITY:Niamey; nouakchott=CITY:Nouakchott
reverse-question | alexa per il cruciverba {} è capitale di cosa | vaduz=CITY:Vaduz; tirana=CITY:Tirana; skopje=CITY:Skopje
reverse-question | alexa mo {} di che nazione è capitale | canberra=CITY:Canberra; ottawa=CITY:Ottawa; wellington=CITY:Wellington
reverse-question | alexa quale paese ha come capitale {} | tbilisi=CITY:Tbilisi; yerevan=CITY:Yerevan; baku=CITY:Baku
reverse-question | alexa sacramento è la capitale di quale stato americano | CITY:Sacramento
reverse-question | alexa ciò montevideo è capitale di che paese | CITY:Montevideo
reverse-question | alexa dove è capitale asmara | CITY:Asmara
reverse-question | alexa la città di thimphu di che paese è capitale | CITY:Thimphu
reverse-question | alexa di quale land tedesco è capitale wiesbaden | CITY:Wiesbaden
reverse-question | alexa hobart è la capitale di che stato australiano | CITY:Hobart
reverse-question | alexa winnipeg è capitale di quale provincia | CITY:Winnipeg
reverse-question | alexa manaus è capitale di che stato brasiliano | CITY:Manaus
reverse-question | alexa guadalajara è la capitale di cosa | CITY:Guadalajara
reverse-question | alexa di che paese è la capitale dacca | CITY:Dacca
reverse-question | alexa funafuti è una capitale di quale stato | CITY:Funafuti
reverse-question | alexa yamoussoukro è capitale di quale nazione | CITY:Yamoussoukro
reverse-question | alexa mascate di che paese è | CITY:Mascate
reverse-question | alexa gitega è capitale di chi | CITY:Gitega
official-name | alexa mi serve la capitale {} | della repubblica federale di germania=DE; della repubblica popolare cinese=CN; della federazione russa=RU
official-name | alexa dimmi la capitale {} nome ufficiale | della repubblica araba d'egitto=EG; del regno di spagna=ES; della repubblica ellenica=GR
official-name | alexa la capitale {} per il verbale | della repubblica islamica dell'iran=IR; della repubblica di corea=KR; della repubblica socialista del vietnam=VN
official-name | alexa la capitale del regno unito di gran bretagna e irlanda del nord | GB
official-name | alexa la capitale degli stati uniti d'america | US
official-name | alexa la capitale della confederazione svizzera | CH
official-name | alexa la capitale del regno hascemita di giordania | JO
official-name | alexa la capitale del granducato di lussemburgo | LU
official-name | alexa la capitale della repubblica popolare democratica di corea | KP
official-name | alexa la capitale del principato di andorra | AD
official-name | alexa la capitale della repubblica di turchia | TR
official-name | alexa la capitale della repubblica federale democratica d'etiopia | ET
official-name | alexa la capitale del regno del marocco | MA
official-name | alexa la capitale della repubblica del sudafrica | ZA
official-name | alexa la capitale degli stati uniti messicani | MX
official-name | alexa la capitale della repubblica bolivariana del venezuela | VE
official-name | alexa la capitale del regno di thailandia | TH
official-name | alexa la capitale della repubblica di cina quella di taiwan | TW
official-name | alexa la capitale del commonwealth delle bahamas | BS
official-name | alexa la capitale della repubblica ceca nome lungo | CZ
official-name | alexa la capitale del regno dell'arabia saudita | SA
official-name | alexa la capitale della repubblica del kosovo | XK
official-name | alexa la capitale dello stato di palestina | PS
official-name | alexa la capitale della repubblica di macedonia del nord | MK
everyday-name | alexa qual è la capitale {} | dell'olanda=NL; della birmania=MM; dello swaziland=SZ
everyday-name | alexa pota la capitale {} come dicono tutti | dell'inghilterra=GB-ENG; della persia=IR; della bielorussia=BY
everyday-name | alexa mia nonna dice {} dimmi la capitale | la cecoslovacchia oggi cechia=CZ; ceylon=LK; il siam=TH
everyday-name | alexa la capitale della russia bianca | BY
everyday-name | alexa la capitale della costa d'oro oggi ghana | GH
everyday-name | alexa la capitale dell'alto volta oggi burkina | BF
everyday-name | alexa la capitale della formosa | TW
everyday-name | alexa la capitale dell'abissinia | ET
everyday-name | alexa la capitale dell'america intesa come stati uniti | US
everyday-name | alexa la capitale della gran bretagna | GB
everyday-name | alexa la capitale della macedonia | MK
everyday-name | alexa la capitale del timor orientale | TL
everyday-name | alexa la capitale della cechia | CZ
everyday-name | alexa la capitale degli usa | US
everyday-name | alexa la capitale del congo kinshasa | CD
everyday-name | alexa la capitale della repubblica centroafricana | CF
everyday-name | alexa la capitale della moldova | MD
everyday-name | alexa la capitale del kirghizstan | KG
everyday-name | alexa la capitale degli emirati | AE
everyday-name | alexa la capitale della bosnia | BA
shared-name | alexa la capitale della georgia {} | per la tesina=GE+US-GA; che mi sono dimenticato=GE+US-GA
shared-name | alexa pota la capitale del congo | CD+CG
shared-name | alexa la capitale delle due coree | KP+KR
shared-name | alexa la capitale della corea per il quiz | KP+KR
shared-name | alexa dimmi la capitale del sudan tutti e due | SD+SS
shared-name | alexa la capitale della carolina | US-NC+US-SC
shared-name | alexa la capitale del dakota | US-ND+US-SD
shared-name | alexa la capitale delle isole vergini per la crociera | VG+VI
shared-name | alexa la capitale dei due congo | CD+CG
shared-name | alexa mo la capitale delle due caroline | US-NC+US-SC
shared-name | alexa la capitale del dakota che non so quale | US-ND+US-SD
shared-name | alexa ajde la capitale della georgia | GE+US-GA
shared-name | alexa la capitale del congo on dit quoi | CD+CG
shared-name | alexa uè la capitale dei due sudan | SD+SS
shared-name | alexa la capitale di washington per la maestra | US-DC+US-WA
launch | alexa {} capitali del mondo | apri=LAUNCH; avvia=LAUNCH; lancia=LAUNCH
launch | alexa pota {} capitali del mondo | apri=LAUNCH; fai partire=LAUNCH
launch | alexa maestra dice {} capitali del mondo | apri=LAUNCH; di aprire=LAUNCH
launch | alexa bambini zitti ora apriamo capitali del mondo | LAUNCH
launch | alexa sto al salone apri un attimo capitali del mondo | LAUNCH
launch | alexa in fila al taxi apri capitali del mondo | LAUNCH
launch | alexa ciò verzi capitali del mondo | LAUNCH
launch | alexa aò famme aprì capitali del mondo | LAUNCH
launch | alexa uagliò apri capitali del mondo | LAUNCH
launch | alexa ajde otvori capitali del mondo | LAUNCH
launch | alexa yalla apri capitali del mondo | LAUNCH
launch | alexa sumimasen apri capitali del mondo per favore | LAUNCH
launch | alexa parce abre capitali del mondo | LAUNCH
launch | alexa mon frère ouvre capitali del mondo | LAUNCH
launch | alexa namaste apri capitali del mondo | LAUNCH
launch | alexa per il cruciverba apri capitali del mondo | LAUNCH
launch | alexa voglio giocare con capitali del mondo | LAUNCH
launch | alexa chiedi a capitali del mondo una capitale | LAUNCH
launch | alexa riprendi capitali del mondo da dove eravamo | LAUNCH
launch | alexa accendi capitali del mondo | LAUNCH
launch | alexa metti su capitali del mondo | LAUNCH
launch | alexa apri la skill capitali del mondo per i bambini | LAUNCH
launch | alexa in hotel alla reception avvia capitali del mondo | LAUNCH
launch | alexa mo apri capitali del mondo che giochiamo | LAUNCH
launch | alexa ganzo fammi sentire capitali del mondo | LAUNCH
launch | alexa sul volo no a casa apri capitali del mondo | LAUNCH
launch | alexa in farmacia è tranquillo apri capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo dai mo | LAUNCH
help | alexa pota come funziona questa skill | HELP
help | alexa aiuto non so cosa chiederti | HELP
help | alexa che cosa posso chiedere alle capitali del mondo | HELP
help | alexa come si usa che la maestra non lo sa | HELP
help | alexa spiegami come funziona per i bambini | HELP
help | alexa cosa sai fare con le capitali | HELP
help | alexa aiutami come ti chiedo una capitale | HELP
help | alexa ciò come se fa a domandarte una capitale | HELP
help | alexa aò come funziona sta cosa | HELP
help | alexa uagliò aiutame nun aggio capito | HELP
help | alexa ajde pomoc come funziona | HELP
help | alexa yalla aiuto io non capisco come usare | HELP
help | alexa sumimasen come si usa questo gioco | HELP
help | alexa parce ayuda come funziona | HELP
help | alexa mon frère aide moi comment ça marche | HELP
help | alexa namaste aiuto per favore come chiedo | HELP
help | alexa posso chiederti anche i land tedeschi come si fa | HELP
help | alexa come faccio a chiedere gli stati del messico | HELP
help | alexa si possono chiedere le province canadesi e come | HELP
help | alexa quali domande capisci | HELP
help | alexa mi dai qualche esempio di domanda | HELP
help | alexa non ho capito cosa devo dire | HELP
help | alexa istruzioni per favore | HELP
help | alexa che comandi hai | HELP
help | alexa come funziona con gli stati indiani | HELP
help | alexa come posso chiederti la capitale di un'isola | HELP
help | alexa mi spieghi le regole | HELP
help | alexa ho bisogno di una mano con questa skill | HELP
help | alexa mi aiuti un attimo non so come partire | HELP
help | alexa ganzo e ora che devo dire | HELP
help | alexa mo che se dice | HELP
help | alexa la signora sotto il casco vuole sapere come funziona | HELP
help | alexa il cliente chiede come si usa la skill | HELP
help | alexa enthaa aiuto come funziona | HELP
help | alexa dimmi cosa posso fare | HELP
help | alexa come si gioca | HELP
help | alexa posso chiederti le capitali dei territori d'oltremare come | HELP
help | alexa aiuto che cosa sai | HELP
help | alexa spiegamelo un'altra volta come funziona | HELP
help | alexa mi ripeti come si usa | HELP
help | alexa che cosa devo dire per avere una capitale | HELP
help | alexa come si chiede una capitale al plurale | HELP
help | alexa ehi non so usarti aiutami | HELP
help | alexa sono nuova come funziona | HELP
help | alexa come funziona questa cosa delle capitali | HELP
stop | alexa pota basta così | STOP
stop | alexa stop che arriva la cliente | STOP
stop | alexa fermati che suona la campanella | STOP
stop | alexa basta capitali per oggi | STOP
stop | alexa ciò basta | STOP
stop | alexa aò fermate | STOP
stop | alexa uagliò statte zitta | STOP
stop | alexa ajde dosta basta | STOP
stop | alexa yalla basta grazie | STOP
stop | alexa sumimasen stop grazie | STOP
stop | alexa parce ya basta | STOP
stop | alexa mon frère arrête | STOP
stop | alexa namaste basta così | STOP
stop | alexa esci da capitali del mondo | STOP
stop | alexa chiudi capitali del mondo | STOP
stop | alexa smettila che sto guidando | STOP
stop | alexa basta che parte il volo | STOP
stop | alexa stop che entra un ospite | STOP
stop | alexa fermati che è ora di pranzo | STOP
stop | alexa basta giocare andiamo a letto | STOP
stop | alexa spegniti | STOP
stop | alexa ho finito grazie ciao | STOP
stop | alexa stop alla skill | STOP
stop | alexa chiudi tutto | STOP
stop | alexa fine grazie | STOP
stop | alexa ora basta con le capitali | STOP
stop | alexa silenzio che la maestra parla | STOP
stop | alexa mo basta | STOP
stop | alexa ganzo basta così | STOP
stop | alexa ferma tutto | STOP
stop | alexa abbiamo finito | STOP
stop | alexa zitta un momento che c'è il cliente | STOP
stop | alexa esci che ho i capelli da asciugare | STOP
stop | alexa stop stop stop | STOP
stop | alexa chiudi che devo lavorare | STOP
stop | alexa basta cruciverba finito | STOP
stop | alexa smetti di parlare | STOP
stop | alexa ok basta così grazie mille | STOP
stop | alexa esci dalla skill per favore | STOP
stop | alexa enthaa stop | STOP
stop | alexa finiamola qui | STOP
stop | alexa termina | STOP
stop | alexa stop che la signora paga | STOP
stop | alexa chiudi il gioco che è tardi | STOP
cancel | alexa annulla | CANCEL
cancel | alexa pota annulla | CANCEL
cancel | alexa annulla ho sbagliato domanda | CANCEL
cancel | alexa lascia perdere | CANCEL
cancel | alexa ciò lassa star | CANCEL
cancel | alexa aò lascia sta | CANCEL
cancel | alexa uagliò lassa stà | CANCEL
cancel | alexa ajde pusti annulla | CANCEL
cancel | alexa yalla annulla | CANCEL
cancel | alexa sumimasen annulla per favore | CANCEL
cancel | alexa parce olvídalo | CANCEL
cancel | alexa mon frère laisse tomber | CANCEL
cancel | alexa namaste annulla | CANCEL
cancel | alexa annulla la domanda | CANCEL
cancel | alexa annulla non era per te | CANCEL
cancel | alexa annulla parlava il cliente | CANCEL
cancel | alexa annulla la trovo sulla settimana enigmistica | CANCEL
cancel | alexa lascia stare lo so già | CANCEL
cancel | alexa niente lascia perdere | CANCEL
cancel | alexa annulla tutto | CANCEL
cancel | alexa non importa annulla | CANCEL
cancel | alexa cancella la richiesta | CANCEL
cancel | alexa annulla l'ultima | CANCEL
cancel | alexa lascia stare non serve più | CANCEL
cancel | alexa annulla parlava la maestra | CANCEL
cancel | alexa annulla era il bambino | CANCEL
cancel | alexa mo lascia perde | CANCEL
cancel | alexa ganzo lascia stare | CANCEL
cancel | alexa annulla ho cambiato idea | CANCEL
cancel | alexa no no annulla | CANCEL
cancel | alexa lascia perdere la capitale | CANCEL
cancel | alexa annulla quello che ho detto | CANCEL
cancel | alexa dimentica la domanda | CANCEL
cancel | alexa annulla che me lo dice il collega | CANCEL
cancel | alexa annulla non serve | CANCEL
cancel | alexa lascia perdere la cliente ha già risposto | CANCEL
cancel | alexa enthaa annulla | CANCEL
cancel | alexa annulla la richiesta di prima | CANCEL
cancel | alexa non fa niente annulla | CANCEL
cancel | alexa annulla per piacere | CANCEL
cancel | alexa no aspetta annulla | CANCEL
cancel | alexa annulla l'ho chiesto per sbaglio | CANCEL
cancel | alexa annulla il passeggero ha cambiato idea | CANCEL
cancel | alexa annulla mi sono confusa | CANCEL
bresciani | alexa pota mio fradèl è emigrato {} qual è la capitale dello stato | nel rhode island=US-RI; nel vermont=US-VT; nel delaware=US-DE
bresciani | alexa in fonderia arriva un pezzo {} qual è la capitale dello stato | da san paolo in brasile=BR-SP; dal rio grande do norte=BR-RN; dall'espírito santo=BR-ES
bresciani | alexa per la partita del rugby calvisano vengono {} qual è la capitale | dalle samoa americane=AS; dall'isola norfolk=NF; da niue=NU
cremonesi | alexa un violinista in tournée va {} qual è la capitale dello stato | nello stato di washington=US-WA; in sassonia anhalt=DE-ST; nello schleswig holstein=DE-SH
cremonesi | alexa ma va là c'è un liutaio che viene {} qual è la capitale | da brema=DE-HB; da amburgo la città stato=DE-HH; dal land di berlino=DE-BE
cremonesi | alexa il mio vicino fa il camionista e va {} dimmi la capitale | nel nuovo brunswick=CA-NB; nel saskatchewan=CA-SK; sull'isola del principe edoardo=CA-PE
vicentini | alexa ostia mi cugino è in brasile {} qual è la capitale dello stato | in paraíba=BR-PB; nel piauí=BR-PI; nel maranhão=BR-MA
vicentini | alexa dai ciò in conceria arriva pelle {} qual è la capitale dello stato | dal mato grosso do sul=BR-MS; da rondônia=BR-RO; dal tocantins=BR-TO
vicentini | alexa la capitale {} dove xe emigrà i veneti | dello stato di rio de janeiro=BR-RJ; dell'alagoas=BR-AL; del sergipe=BR-SE
trevigiani | alexa ciò el me amigo va in messico {} qual è la capitale dello stato | in chihuahua=MX-CHH; a durango=MX-DUR; in coahuila=MX-COA
trevigiani | alexa in cantina arriva un distributore {} dimmi la capitale dello stato | da puebla=MX-PUE; da guanajuato=MX-GUA; da querétaro=MX-QUE
trevigiani | alexa ciò la capitale {} che la me tosa va in viaggio | del chiapas=MX-CHP; del michoacán=MX-MIC; dello stato di veracruz=MX-VER
ferraresi | alexa socio un ciclista viene {} qual è la capitale dello stato | dall'acre=BR-AC; dall'amapá=BR-AP; da roraima=BR-RR
ferraresi | alexa al festival del delta un ornitologo va {} qual è la capitale | in tamaulipas=MX-TAM; a tabasco=MX-TAB; in campeche=MX-CAM
ferraresi | alexa la capitale del distretto federale brasiliano | BR-DF
piacentini | alexa in logistica c'è un autista {} dimmi la capitale dello stato | da sinaloa=MX-SIN; da nayarit=MX-NAY; da zacatecas=MX-ZAC
piacentini | alexa mentre fo i tortelli con la coda la capitale {} | di aguascalientes=MX-AGU; di san luis potosí=MX-SLP; di colima=MX-COL
piacentini | alexa la capitale dello stato del messico quello intorno alla capitale | MX-MEX
astigiani | alexa a la sagra arriva un cuoco {} qual è la capitale dello stato | da morelos=MX-MOR; dall'hidalgo=MX-HID; da tlaxcala=MX-TLA
astigiani | alexa la capitale della bassa california del sud | MX-BCS
astigiani | alexa la capitale di città del messico come stato federale | MX-CMX
spezzini | alexa in porto arriva un cargo {} qual è la capitale | dalle isole marianne settentrionali=MP; dalle isole cocos=CC; dall'isola di natale=CX
spezzini | alexa un marinaio della marina va {} qual è la capitale | a diego garcia=IO; alle isole pitcairn=PN; a tokelau=TK
spezzini | alexa la capitale della georgia del sud e sandwich australi | GS
aretini | alexa in oreficeria c'è un cliente {} qual è la capitale | da hong kong=HK; da macao=MO; da saint barthélemy=BL
aretini | alexa o icchè l'è la capitale {} | di wallis e futuna=WF; di saint martin la parte francese=MF; delle terre australi francesi=TF
aretini | alexa la capitale delle bermuda la mi' nipote va in vacanza | BM
maremmani | alexa ganzo mio figlio va in india {} qual è la capitale | nel bihar=IN-BR; nel chhattisgarh=IN-CG; nel tripura=IN-TR
maremmani | alexa la capitale {} in india che ci va la nipote | del meghalaya=IN-ML; del manipur=IN-MN; del mizoram=IN-MZ
maremmani | alexa la capitale del nagaland | IN-NL
viterbesi | alexa mo un frate della tuscia va in missione {} qual è la capitale | nell'arunachal pradesh=IN-AR; nell'uttar pradesh=IN-UP; nell'haryana=IN-HR
viterbesi | alexa la capitale {} territorio indiano | del ladakh=IN-LA; di jammu e kashmir=IN-JK; delle laccadive=IN-LD
viterbesi | alexa mo la capitale di pondicherry | IN-PY
pontini | alexa aò la capitale {} | del territorio di delhi=IN-DL; di chandigarh il territorio=IN-CH; delle isole andamane e nicobare=IN-AN
pontini | alexa la capitale di dadra e nagar haveli e daman e diu | IN-DH
pontini | alexa aò la capitale di gibilterra | GI
beneventani | alexa uagliò la capitale {} isole | delle isole vergini britanniche=VG; delle isole vergini americane=VI; dei caraibi olandesi=BQ
beneventani | alexa a pietrelcina un pellegrino viene dalla riunione qual è la capitale | RE
beneventani | alexa la capitale della martinica | MQ
salernitani | alexa uè un cliente della pescheria viene {} qual è la capitale | dalla sierra leone=SL; dal benin=BJ; da gibuti=DJ
salernitani | alexa al lungomare trieste c'è una coppia {} dimmi la capitale | dal kosovo=XK; dalla palestina=PS; da taiwan=TW
colombiani | alexa parce la capitale {} dove vive mi tía | dello stato di new york=US-NY; della georgia stato americano=US-GA; del new jersey=US-NJ
siriani | alexa yalla mio cugino va in canada {} qual è capitale | in alberta=CA-AB; in ontario=CA-ON
nepalesi | alexa dai mio amico lavora in australia {} qual è capitale | in queensland=AU-QLD; in victoria=AU-VIC
giapponesi | alexa ano la capitale {} in germania | della baviera=DE-BY; dell'assia=DE-HE; della sassonia=DE-SN
bosniaci | alexa ajde mio brat lavora in germania {} qual è la capitale | in baviera=DE-BY; nel baden württemberg=DE-BW; in renania settentrionale vestfalia=DE-NW
camerunesi | alexa mon frère va à l'université {} la capitale della provincia | in québec=CA-QC; in nuova scozia=CA-NS; in manitoba=CA-MB
keralesi | alexa aiyo mia zia lavora {} qual è la capitale dello stato | nel bengala occidentale=IN-WB; nel punjab=IN-PB; nel gujarat=IN-GJ
parrucchiere | alexa la signora col colpo di sole va in america {} qual è la capitale dello stato | in virginia=US-VA; nella carolina del sud=US-SC; nel missouri=US-MO
tassisti | alexa il cliente americano viene {} qual è la capitale dello stato | dal texas=US-TX; dall'ohio=US-OH; dalla pennsylvania=US-PA
farmacisti | alexa un collega va al congresso {} qual è la capitale | in florida=US-FL; in illinois=US-IL; in massachusetts=US-MA
farmacisti | alexa tra una ricetta e l'altra la capitale {} | del senegal=SN; della guinea=GN; dello yemen=YE
farmacisti | alexa la ragazza del banco chiede la capitale del sudan del sud | SS
receptionist | alexa in hotel arriva un gruppo {} qual è la capitale | dal kentucky=US-KY; dal tennessee=US-TN; dall'alabama=US-AL
guide-turistiche | alexa agli uffizi c'è un turista {} qual è la capitale del suo stato | dall'arizona=US-AZ; dal nevada=US-NV; dalle hawaii=US-HI
maestre | alexa per la ricerca sull'australia la capitale {} | della tasmania=AU-TAS; del nuovo galles del sud=AU-NSW; dell'australia meridionale=AU-SA
enigmisti | alexa nel cruciverba c'è capitale {} | del kansas=US-KS; dello utah=US-UT; dell'oregon=US-OR
hostess | alexa stasera dormo {} che è la capitale di cosa | a edmonton=CITY:Edmonton; a perth=CITY:Perth; ad adelaide=CITY:Adelaide
hostess | alexa domani atterro {} qual è la capitale dello stato | in colorado=US-CO; in minnesota=US-MN; in louisiana=US-LA
cancel | alexa pota no lascia stare | CANCEL
cancel | alexa ciò desmentega annulla | CANCEL
cancel | alexa uagliò nun fa niente annulla | CANCEL
cancel | alexa ganzo lascia andare annulla | CANCEL
cancel | alexa ajde nista annulla | CANCEL
cancel | alexa la signora ha cambiato domanda annulla | CANCEL
cancel | alexa annulla il tassametro no la domanda | CANCEL
cancel | alexa annulla il cruciverba l'ho finito | CANCEL
cancel | alexa lascia stare che lo chiedo alla maestra | CANCEL
cancel | alexa annulla la richiesta del cliente | CANCEL
launch | alexa mentre faccio la tinta apri capitali del mondo | LAUNCH
launch | alexa maestra chiede di avviare capitali del mondo | LAUNCH
launch | alexa enthaa capitali del mondo apri | LAUNCH
launch | alexa vorrei aprire capitali del mondo per il cruciverba | LAUNCH
launch | alexa in pausa pranzo avvia capitali del mondo | LAUNCH
launch | alexa on dit quoi lance capitali del mondo | LAUNCH
launch | alexa hajur apri capitali del mondo | LAUNCH
hostess | alexa il volo per darwin fa scalo dimmi la capitale del territorio del nord australiano | AU-NT
hostess | alexa un passeggero di brasilia chiede la capitale del distretto federale del brasile | BR-DF
tassisti | alexa il cliente viene dal mato grosso e vuole sapere la sua capitale | BR-MT
maestre | alexa per la ricerca sugli inuit la capitale {} | del nunavut=CA-NU; dei territori del nord ovest=CA-NT
bosniaci | alexa ajde mio cugino lavora {} qual è la capitale del land | in bassa sassonia=DE-NI; in renania palatinato=DE-RP; nel saarland=DE-SL
bosniaci | alexa ajde la capitale del brandeburgo dove lavora mia sorella | DE-BB
keralesi | alexa aiyo mio zio vive {} qual è la capitale | nel madhya pradesh=IN-MP; nel jharkhand=IN-JH; in assam=IN-AS
nepalesi | alexa dai mio amico lavora {} qual è capitale | in uttarakhand=IN-UK; in nagaland=IN-NL; in ladakh=IN-LA
colombiani | alexa parce mi prima va en méxico {} qual è la capitale | a yucatán=MX-YUC; a oaxaca=MX-OAX; in bassa california=MX-BCN
colombiani | alexa la capitale di baja california sur parce | MX-BCS
receptionist | alexa un ospite messicano viene da toluca è la capitale dello stato del messico vero | MX-MEX
guide-turistiche | alexa un turista americano viene {} qual è la capitale dello stato | dal nuovo messico=US-NM; dalla virginia occidentale=US-WV
spezzini | alexa in porto c'è un peschereccio {} qual è la capitale | dalle isole falkland=FK; dalle turks e caicos=TC; da montserrat=MS
aretini | alexa o icchè l'è la capitale {} che ci va la mi' figliola | della guyana francese=GF; della martinica=MQ; di mayotte=YT
pontini | alexa aò un surfista viene {} qual è la capitale | da guam=GU; dalle isole cook=CK; da anguilla=AI
salernitani | alexa uè un cliente viene {} qual è la capitale | dalle isole åland=AX; da sint maarten=SX; dal sahara occidentale=EH
out-of-domain | alexa che tempo fa domani a brescia | FB
out-of-domain | alexa pota metti un po' di musica | FB
out-of-domain | alexa quanto manca alla mille miglia | FB
out-of-domain | alexa com'è il meteo sul lago d'iseo | FB
out-of-domain | alexa ricetta dello spiedo bresciano | FB
out-of-domain | alexa chi ha costruito il primo violino stradivari | FB
out-of-domain | alexa quanto dura la cottura del torrone | FB
out-of-domain | alexa metti la radio della lombardia | FB
out-of-domain | alexa quanto costa un grammo d'oro oggi | FB
out-of-domain | alexa come si cucina il baccalà alla vicentina | FB
out-of-domain | alexa quando apre la fiera dell'oro di vicenza | FB
out-of-domain | alexa ciò che ore xe | FB
out-of-domain | alexa ricetta del tiramisù originale di treviso | FB
out-of-domain | alexa quante bottiglie di prosecco si fanno in un anno | FB
out-of-domain | alexa quanto è lunga la cinta muraria di ferrara | FB
out-of-domain | alexa quando è il palio di ferrara | FB
out-of-domain | alexa metti una canzone di vasco | FB
out-of-domain | alexa come si fanno i pisarei e fasö | FB
out-of-domain | alexa chi ha vinto il palio d'asti l'anno scorso | FB
out-of-domain | alexa quanto costa una bottiglia di barbera | FB
out-of-domain | alexa che tempo fa alle cinque terre | FB
out-of-domain | alexa a che ora parte il treno per la spezia | FB
out-of-domain | alexa quando è la giostra del saracino | FB
out-of-domain | alexa che quartiere ha vinto la giostra | FB
out-of-domain | alexa ricetta dell'acquacotta maremmana | FB
out-of-domain | alexa quanto è calda l'acqua a saturnia | FB
out-of-domain | alexa quanto pesa la macchina di santa rosa | FB
out-of-domain | alexa mo che ore so | FB
out-of-domain | alexa quando è stata fondata latina | FB
out-of-domain | alexa che tempo fa a sabaudia | FB
out-of-domain | alexa come si fa il liquore strega | FB
out-of-domain | alexa quando è la festa di padre pio | FB
out-of-domain | alexa metti gigi d'alessio | FB
out-of-domain | alexa quando accendono le luci d'artista a salerno | FB
out-of-domain | alexa quanti abitanti ha salerno | FB
out-of-domain | alexa parce pon música de salsa | FB
out-of-domain | alexa che ore sono a bogotà adesso | FB
out-of-domain | alexa quanto vale il peso colombiano in euro | FB
out-of-domain | alexa yalla che ore sono a damasco | FB
out-of-domain | alexa traduci grazie in arabo | FB
out-of-domain | alexa quando inizia il ramadan quest'anno | FB
out-of-domain | alexa namaste che tempo fa a kathmandu | FB
out-of-domain | alexa quanto è alto l'everest | FB
out-of-domain | alexa sumimasen come si dice arigatou in italiano | FB
out-of-domain | alexa che ore sono a tokyo | FB
out-of-domain | alexa metti una canzone giapponese | FB
out-of-domain | alexa ajde metti musica bosniaca | FB
out-of-domain | alexa quanti chilometri da brescia a sarajevo | FB
out-of-domain | alexa on dit quoi che tempo fa a douala | FB
out-of-domain | alexa metti la musica makossa | FB
out-of-domain | alexa enthaa quando è onam | FB
out-of-domain | alexa ricetta del biryani del kerala | FB
out-of-domain | alexa metti un timer di trenta minuti per la tinta | FB
out-of-domain | alexa che tempo fa domani che la signora fa la piega | FB
out-of-domain | alexa c'è traffico in tangenziale | FB
out-of-domain | alexa quanto ci vuole da qui all'aeroporto | FB
out-of-domain | alexa a che ora chiude la farmacia di turno | FB
out-of-domain | alexa che cos'è il paracetamolo | FB
out-of-domain | alexa quante camere ha l'hotel | FB
out-of-domain | alexa traduci benvenuti in tedesco | FB
out-of-domain | alexa quando è stato costruito il colosseo | FB
out-of-domain | alexa quanti anni ha la torre di pisa | FB
out-of-domain | alexa quanti bambini ci sono in una classe | FB
out-of-domain | alexa metti una canzone per bambini | FB
out-of-domain | alexa quanto fa sette per otto | FB
out-of-domain | alexa sinonimo di capitale in cinque lettere | FB
out-of-domain | alexa fiume più lungo d'europa | FB
out-of-domain | alexa come si scrive yamoussoukro | FB
out-of-domain | alexa quanto dura il volo per dubai | FB
out-of-domain | alexa che ore sono a nairobi | FB
out-of-domain | alexa che cos'è il capitale sociale di una srl | FB
out-of-domain | alexa quanto capitale serve per aprire un salone | FB
out-of-domain | alexa chi ha scritto il capitale | FB
out-of-domain | alexa che cos'è la pena capitale | FB
out-of-domain | alexa quali sono i sette vizi capitali | FB
out-of-domain | alexa qual è la capitale italiana della cultura quest'anno | FB
out-of-domain | alexa qual è la capitale europea della cultura | FB
out-of-domain | alexa qual è la capitale mondiale del libro | FB
out-of-domain | alexa ferrara è la capitale della bicicletta | FB
out-of-domain | alexa cremona capitale del violino perché | FB
out-of-domain | alexa qual è il capoluogo della lombardia | FB
out-of-domain | alexa qual è il capoluogo del veneto | FB
out-of-domain | alexa capoluogo della toscana | FB
out-of-domain | alexa qual è il capoluogo della campania | FB
out-of-domain | alexa capoluogo dell'emilia romagna | FB
out-of-domain | alexa qual è il capoluogo del lazio | FB
out-of-domain | alexa la capitale della maremma è grosseto | FB
out-of-domain | alexa qual è la capitale della franciacorta | FB
out-of-domain | alexa la capitale della tuscia | FB
out-of-domain | alexa la capitale della costiera amalfitana | FB
out-of-domain | alexa qual è la capitale del sannio | FB
out-of-domain | alexa la capitale della liguria | FB
out-of-domain | alexa la capitale della bosnia serba | FB
out-of-domain | alexa la capitale della baviera medievale | FB
out-of-domain | alexa la capitale del regno di napoli | FB
out-of-domain | alexa la capitale dell'impero romano d'oriente | FB
out-of-domain | alexa la capitale degli etruschi | FB
out-of-domain | alexa qual era la capitale degli estensi | FB
out-of-domain | alexa la capitale dell'impero ottomano | FB
out-of-domain | alexa la capitale dell'unione sovietica | FB
out-of-domain | alexa la capitale della scandinavia | FB
out-of-domain | alexa la capitale dell'europa | FB
out-of-domain | alexa la capitale dell'africa | FB
out-of-domain | alexa la capitale della catalogna | FB
out-of-domain | alexa la capitale del kurdistan iracheno | FB
out-of-domain | alexa la capitale del paese basco | FB
out-of-domain | alexa la capitale della cornovaglia | FB
out-of-domain | alexa la capitale della siberia | FB
out-of-domain | alexa la capitale della transnistria | FB
out-of-domain | alexa la capitale della bretagna | FB
out-of-domain | alexa la capitale della vallonia | FB
out-of-domain | alexa la capitale delle fiandre | FB
out-of-domain | alexa la capitale della crimea | FB
out-of-domain | alexa la capitale del tibet | FB
out-of-domain | alexa la capitale della cecenia | FB
out-of-domain | alexa la capitale della normandia | FB
out-of-domain | alexa la capitale dell'antartide | FB
out-of-domain | alexa quante capitali ci sono in africa | FB
out-of-domain | alexa qual è la capitale più popolosa del mondo | FB
out-of-domain | alexa la capitale più a sud del mondo | FB
out-of-domain | alexa la capitale più alta del mondo | FB
out-of-domain | alexa la capitale più piccola d'europa | FB
out-of-domain | alexa quante persone vivono a pechino | FB
out-of-domain | alexa dove si trova ouagadougou | FB
out-of-domain | alexa che lingua si parla in bhutan | FB
out-of-domain | alexa che moneta usano in marocco | FB
out-of-domain | alexa quanti abitanti ha il brasile | FB
out-of-domain | alexa chi è il presidente del kenya | FB
out-of-domain | alexa qual è la bandiera del nepal | FB
out-of-domain | alexa quanto è grande la russia | FB
out-of-domain | alexa qual è la lingua ufficiale della svizzera | FB
out-of-domain | alexa che ore sono a canberra | FB
out-of-domain | alexa che tempo fa a lisbona | FB
out-of-domain | alexa voli per tirana domani | FB
out-of-domain | alexa qual è il piatto tipico della colombia | FB
out-of-domain | alexa l'inno nazionale della bosnia | FB
out-of-domain | alexa quanti stati ci sono negli stati uniti | FB
out-of-domain | alexa quante province ha il canada | FB
out-of-domain | alexa quanti land ha la germania | FB
out-of-domain | alexa quanti stati ha l'india | FB
out-of-domain | alexa qual è la città più grande dell'australia | FB
out-of-domain | alexa metti la sveglia alle sei | FB
out-of-domain | alexa aggiungi il latte alla lista della spesa | FB
out-of-domain | alexa accendi la luce in salone | FB
out-of-domain | alexa spegni la luce della camera | FB
out-of-domain | alexa alza il volume | FB
out-of-domain | alexa abbassa il riscaldamento | FB
out-of-domain | alexa chiama la mamma | FB
out-of-domain | alexa raccontami una barzelletta | FB
out-of-domain | alexa come stai oggi | FB
out-of-domain | alexa buonanotte | FB
out-of-domain | alexa che giorno è oggi | FB
out-of-domain | alexa chi ha vinto ieri sera la partita | FB
out-of-domain | alexa risultato del brescia calcio | FB
out-of-domain | alexa classifica della serie b | FB
out-of-domain | alexa quando gioca la salernitana | FB
out-of-domain | alexa metti radio deejay | FB
out-of-domain | alexa leggi le notizie | FB
out-of-domain | alexa apri spotify | FB
out-of-domain | alexa apri la skill dei quiz di storia | FB
out-of-domain | alexa avvia il gioco delle bandiere | FB
out-of-domain | alexa apri la settimana enigmistica | FB
out-of-domain | alexa trova una parrucchiera aperta domenica | FB
out-of-domain | alexa prenota un taxi per le otto | FB
out-of-domain | alexa quanto costa il biglietto per il colosseo | FB
out-of-domain | alexa dove si trova la farmacia più vicina | FB
out-of-domain | alexa cosa vuol dire capitale umano | FB
out-of-domain | alexa come si calcola il capitale con gli interessi | FB
out-of-domain | alexa quante lettere ha la parola capitale | FB
out-of-domain | alexa scrivi capitale in maiuscolo | FB
out-of-domain | alexa qual è la capitale del lusso | FB
out-of-domain | alexa la capitale della pizza è napoli | FB
out-of-domain | alexa qual è la capitale del tortellino | FB
out-of-domain | alexa a quanto ammonta il capitale della banca | FB
out-of-domain | alexa quante medaglie ha la colombia | FB
out-of-domain | alexa come si dice capitale in inglese | FB
out-of-domain | alexa una curiosità sulla germania | FB
out-of-domain | alexa quale stato americano ha più abitanti | FB
out-of-domain | alexa qual è il vulcano più alto del messico | FB
"""

if __name__ == "__main__":
    build_round(48, "it", LINES, sys.argv, "tests/Eval/it/round48/source/build_corpus.py")
