"""Round 31, Italian (it-IT): a new author's own mix, written blind. Speakers chosen away from the regions and groups of
the Italian rounds 27 to 30 ("How it was written"): Bolognesi, Modenesi and Parmigiani ("socmel", "mo dai", "ciò",
"l'è", "i tortellini della nonna", the Modena car factories), Romagnoli of Rimini, Cesena and Ravenna ("burdèl", "te",
"purèt", "boia d'un mond", the piadina kiosk, the beach umbrellas), Marchigiani of Ancona and Macerata ("ndo sta",
"vè", "bardascio", "ma che dici", the shipyard), Umbri of Perugia and Terni ("citto", "n'antro", the chocolate fair),
Lucani of Potenza and Matera ("uè", "ninn", the Sassi), Milanesi ("uè", "taac", "sciur", "ghe pensi mi", "andemm",
"cioè", the tram and the Navigli aperitivo), South Tyroleans of Bolzano and Merano speaking Italian as a second language
("jo", "passt schon", "griaß di", "pfiat di", articles and genders slipping), Albanians of Bari and Florence ("po",
"vëlla", "faleminderit", "shpejt"), Egyptian pizza makers of Milan ("yalla", "ya basha", "tayeb", "mashi", "khalas"),
Polish carers and builders ("kurcze", "no dobrze", "jasne", "dziekuje"), Cubans and Dominicans ("asere", "qué bolá",
"mi vida", "mira"), Eritreans and Ethiopians of Rome ("selam", "ishi", "betam"), Sri Lankans of Naples and Palermo
("aiyo", "hari hari", "machan"), Spanish Erasmus students of Bologna and Padua ("vale", "tío", "venga", "hostia"),
primary-school children with the maestra, teenagers ("raga", "bro", "tipo", "zio", "boh", "cringe"), and elders of a
bocce club and a care home. Situations: the Settimana Enigmistica crossword, the Giro d'Italia on television, the
Sanremo festival, fantacalcio, stamp collecting, a night taxi, a lorry driver's cab, a bakery at dawn, the grape
harvest, a scout camp, a cruise ship's crew, the library, a sailing regatta, a TV quiz, moving house, a birthday party.
Plus plain, polite and terse questions, fillers and hesitations, follow-ups, yes/no checks with right and wrong
guesses, self-corrections with an explicit marker ("anzi no", "scusa", "cioè", "no aspetta", "mi correggo", "ho detto
male", "intendevo", "macché", "pardon", "no no", "mi sono sbagliato"), reverse questions, official, everyday and old
names, shared names and look-alikes, plurals of every several-capital country and Palestine, subdivisions and
territories, one-shot requests with the invocation name "capitali del mondo", launch, help, stop, cancel,
out-of-domain near misses, and what it-IT recognition writes (lost accents, joined or split words, spellings).
`python3 tests/Eval/it/round31/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 31's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Bolognesi, Modenesi and Parmigiani
emiliani | socmel alexa qual è la capitale {} | della svezia=SE; della norvegia=NO; della danimarca=DK
emiliani | mo dai alexa dimmi la capitale {} | dell'olanda=NL; del belgio=BE
emiliani | ciò alexa ma la capitale {} l'è quale | dell'austria=AT; della svizzera=CH
emiliani | alexa stiamo tirando la sfoglia per i tortellini e la zia chiede la capitale {} | della polonia=PL; dell'ungheria=HU
emiliani | alexa a modena in fabbrica un collega dice che la capitale {} la sa solo lui qual è | del giappone=JP; della corea del sud=KR
emiliani | alexa a parma al prosciuttificio ci chiediamo la capitale {} | della romania=RO; della bulgaria=BG
emiliani | alexa sotto i portici mi è venuto il dubbio sulla capitale {} | della croazia=HR; della slovenia=SI
emiliani | alexa mo senti un po la capitale {} qual era | della cechia=CZ; della slovacchia=SK

# Romagnoli of Rimini, Cesena and Ravenna
romagnoli | burdèl alexa la capitale {} te la sai | del portogallo=PT; della spagna=ES
romagnoli | alexa al chiosco della piadina un tedesco mi chiede la capitale {} | della germania=DE; della lituania=LT
romagnoli | boia d'un mond alexa non mi ricordo la capitale {} | della lettonia=LV; dell'estonia=EE
romagnoli | alexa sto aprendo gli ombrelloni e mi viene in mente la capitale {} come si chiama | della finlandia=FI; dell'islanda=IS
romagnoli | alexa te dimmi un po la capitale {} | dell'irlanda=IE; del lussemburgo=LU
romagnoli | alexa a ravenna al museo dei mosaici c'era una guida che parlava della capitale {} qual è | della turchia=TR; della grecia=GR
romagnoli | purèt alexa mio figlio non sa la capitale {} | della moldavia=MD; dell'ucraina=UA

# Marchigiani of Ancona and Macerata
marchigiani | vè alexa ndo sta la capitale {} | della bielorussia=BY
marchigiani | alexa ma che dici la capitale {} qual è | della serbia=RS; del montenegro=ME; dell'albania=AL
marchigiani | alexa il bardascio mio vuole sapere la capitale {} | del kenya=KE; della tanzania=TZ
marchigiani | alexa al cantiere navale di ancona c'è un armatore che domanda la capitale {} | delle bahamas=BS; di malta=MT
marchigiani | alexa so a macerata allo sferisterio e mi serve la capitale {} | dell'argentina=AR; dell'uruguay=UY

# Umbri of Perugia and Terni
umbri | citto alexa ma la capitale {} quale l'è | del paraguay=PY; del cile=CL
umbri | alexa n'antro dubbio la capitale {} | del perù=PE; dell'ecuador=EC
umbri | alexa a eurochocolate uno stand del cacao viene {} e non so la capitale | dal ghana=GH; dalla costa d'avorio=CI
umbri | alexa a terni alle acciaierie un collega viene {} qual è la capitale | dall'india=IN; dal pakistan=PK

# Lucani of Potenza and Matera
lucani | uè alexa la capitale {} me la dici | della giordania=JO; del libano=LB
lucani | alexa ninn la capitale {} non me la ricordo | della siria=SY; dell'iraq=IQ
lucani | alexa nei sassi di matera i turisti arrivano {} qual è la loro capitale | dall'australia=AU; dalla nuova zelanda=NZ
lucani | alexa a potenza fa freddo dimmi almeno la capitale {} | della mongolia=MN; del kazakistan=KZ

# Milanesi
milanesi | uè alexa la capitale {} | del brasile=BR; del messico=MX; del canada=CA
milanesi | taac alexa dimmi al volo la capitale {} | del vietnam=VN; della thailandia=TH
milanesi | sciur alexa la capitale {} per piacere | della cambogia=KH; del laos=LA
milanesi | alexa cioè ma la capitale {} qual è che non me la ricordo | dell'indonesia=ID; delle filippine=PH
milanesi | alexa sono sul tram quindici e mi chiedo la capitale {} | di singapore=SG; del brunei=BN
milanesi | alexa ai navigli all'aperitivo si scommette sulla capitale {} | della nigeria=NG; del camerun=CM
milanesi | andemm alexa la capitale {} | dell'etiopia=ET; della somalia=SO
milanesi | alexa ghe pensi mi dimmi solo la capitale {} | dell'egitto=EG; del sudan=SD

# South Tyroleans of Bolzano and Merano (Italian as a second language)
sudtirolesi | griaß di alexa qual è capitale {} | di austria=AT; di liechtenstein=LI
sudtirolesi | alexa jo mi dice il capitale {} | della danimarca=DK; della norvegia=NO
sudtirolesi | alexa passt schon ma la capitale {} come si dice in italiano | della polonia=PL; della cechia=CZ
sudtirolesi | alexa io ho dimenticato capitale {} | del lussemburgo=LU; del belgio=BE
sudtirolesi | alexa a merano al mercatino di natale un turista chiede capitale {} | della russia=RU; della georgia nel caucaso=GE
sudtirolesi | alexa in malga con le mucche io voglio sapere la capitale {} | dell'armenia=AM; dell'azerbaigian=AZ

# Albanians of Bari and Florence
albanesi | alexa po mi dici la capitale {} | del kosovo=XK; della macedonia del nord=MK
albanesi | vëlla alexa la capitale {} qual è | della bosnia=BA; della grecia=GR
albanesi | alexa shpejt la capitale {} che il capo cantiere aspetta | della turchia=TR; di cipro=CY
albanesi | alexa faleminderit ma prima la capitale {} | dell'albania=AL

# Egyptian pizza makers of Milan
egiziani | yalla alexa la capitale {} | dell'arabia saudita=SA; degli emirati=AE; del qatar=QA
egiziani | alexa ya basha la capitale {} qual è | del kuwait=KW; del bahrein=BH; dell'oman=OM
egiziani | alexa tayeb sto infornando le margherite dimmi la capitale {} | dello yemen=YE; della libia=LY
egiziani | alexa mashi ma la capitale {} come si chiama | della tunisia=TN; dell'algeria=DZ; del marocco=MA
egiziani | alexa il cliente del tavolo sei dice che viene {} qual è la capitale | dalla mauritania=MR; dal sudan del sud=SS

# Polish carers and builders
polacchi | kurcze alexa la capitale {} | della lituania=LT; della bielorussia=BY
polacchi | alexa no dobrze la signora vuole sapere la capitale {} | della slovacchia=SK; dell'ungheria=HU
polacchi | alexa jasne ma la capitale {} qual è | della finlandia=FI; della svezia=SE
polacchi | alexa dziekuje e poi la capitale {} | della germania=DE

# Cubans and Dominicans
caraibici | asere alexa la capitale {} | di cuba=CU; della giamaica=JM; di haiti=HT
caraibici | qué bolá alexa dimmi la capitale {} | della repubblica dominicana=DO; di portorico=PR
caraibici | alexa mi vida la capitale {} qual è | del venezuela=VE; della colombia=CO
caraibici | alexa mira la capitale {} me la dici | del nicaragua=NI; dell'honduras=HN; del guatemala=GT
caraibici | alexa la mia vicina viene {} qual è la capitale | da el salvador=SV; dal costa rica=CR; dal panama=PA
caraibici | alexa ballando la bachata è uscito fuori un ragazzo {} com'è la capitale | di trinidad=TT; di barbados=BB

# Eritreans and Ethiopians of Rome
eritrei | selam alexa la capitale {} | dell'eritrea=ER; di gibuti=DJ
eritrei | alexa ishi dimmi la capitale {} | dell'etiopia=ET; dell'uganda=UG
eritrei | alexa betam grazie ma la capitale {} | del ruanda=RW; del burundi=BI
eritrei | alexa al caffè di via volturno uno dice che la capitale {} è cambiata qual è adesso | del burundi=BI; della tanzania=TZ

# Sri Lankans of Naples and Palermo
srilankesi | aiyo alexa la capitale {} | delle maldive=MV; del nepal=NP
srilankesi | alexa hari hari la capitale {} | del bangladesh=BD; del bhutan=BT
srilankesi | alexa machan la capitale {} qual è | del myanmar=MM; della birmania=MM
srilankesi | alexa al mercato di ballarò il mio amico chiede la capitale {} | dell'afghanistan=AF; dell'iran=IR

# Spanish Erasmus students of Bologna and Padua
erasmus | vale alexa e la capitale {} | dell'andorra=AD; del principato di monaco=MC
erasmus | tío alexa qual è la capitale {} | del marocco=MA; del portogallo=PT
erasmus | alexa venga dimmi la capitale {} per il quiz del collegio | della bolivia=BO; del senegal=SN
erasmus | hostia alexa non so la capitale {} | del mali=ML; del niger=NE; del burkina faso=BF
erasmus | alexa per l'esame di geopolitica mi serve la capitale {} | del ciad=TD; della repubblica centrafricana=CF

# primary-school children with the maestra
bambini | alexa la maestra ha detto di cercare la capitale {} | della francia=FR; dell'inghilterra=GB-ENG
bambini | alexa per i compiti la capitale {} | del gabon=GA; del togo=TG; del benin=BJ
bambini | alexa ciao sono giulia e ho sette anni qual è la capitale {} | della cina=CN; del giappone=JP
bambini | alexa il mio compagno dice che la capitale {} è una cosa strana è vero | del burkina faso=BF; del madagascar=MG
bambini | alexa sul mappamondo c'è {} e io non leggo la capitale | l'angola=AO; lo zambia=ZM; lo zimbabwe=ZW
bambini | alexa mamma mi ha detto di chiederti la capitale {} | del mozambico=MZ; del malawi=MW
bambini | alexa ma quale è la capitale {} | della namibia=NA; del botswana=BW
bambini | alexa gioco a indovinare le bandiere qual è la capitale {} | della liberia=LR; della sierra leone=SL; della guinea=GN

# teenagers
adolescenti | raga alexa la capitale {} | della guinea bissau=GW; del gambia=GM
adolescenti | bro alexa tipo la capitale {} qual è | del capo verde=CV; delle seychelles=SC
adolescenti | zio alexa dimmi la capitale {} | di mauritius=MU; delle comore=KM
adolescenti | alexa boh non ci arrivo la capitale {} | di são tomé e príncipe=ST; della guinea equatoriale=GQ
adolescenti | alexa no vabbè la prof ci ha chiesto la capitale {} in verifica | del lesotho=LS; dell'eritrea=ER
adolescenti | alexa sto giocando a geoguessr e sono finito {} qual è la capitale | in kirghizistan=KG; in tagikistan=TJ
adolescenti | alexa che cringe non so la capitale {} | del turkmenistan=TM; dell'uzbekistan=UZ

# elders of a bocce club and a care home
anziani | alexa cara mi dica per favore la capitale {} | della russia=RU; della cina=CN
anziani | alexa ai miei tempi la capitale {} era un'altra e adesso qual è | del kazakistan=KZ; del myanmar=MM
anziani | alexa alla bocciofila si discute della capitale {} ce la dice lei | del brasile=BR; della nigeria=NG
anziani | alexa senta giovanotta la capitale {} | dell'australia=AU; del canada=CA
anziani | alexa mio fratello è emigrato {} nel cinquantadue qual è la capitale | in venezuela=VE; in argentina=AR; in australia=AU
anziani | alexa sono l'ospite della stanza dodici vorrei sapere la capitale {} | dell'abissinia=ET; della persia=IR

# crossword, quiz, Sanremo, Giro
enigmistica | alexa per il cruciverba della settimana enigmistica la capitale {} | della mongolia=MN; della siria=SY
enigmistica | alexa sei lettere capitale {} | del perù=PE; del nepal=NP
enigmistica | alexa mi manca una parola nel cruciverba capitale {} | di tonga=TO; di tuvalu=TV
enigmistica | alexa alla ghigliottina dell'eredità la capitale {} | di samoa=WS; di nauru=NR
enigmistica | alexa stanno facendo il quiz in tv e chiedono la capitale {} | di kiribati=KI; di vanuatu=VU; di palau=PW
enigmistica | alexa nelle parole crociate capitale {} otto lettere | delle isole salomone=SB; delle isole marshall=MH
sport | alexa il giro d'italia quest'anno parte {} qual è la capitale | dall'albania=AL; dall'ungheria=HU; dalla danimarca=DK
sport | alexa al fantacalcio ho preso un attaccante {} qual è la capitale | del camerun=CM; del senegal=SN; del ghana=GH
sport | alexa la regata passa davanti {} qual è la capitale | a gibilterra=GI; all'isola di man=IM
sport | alexa a sanremo ha cantato una ragazza {} qual è la capitale | dell'estonia=EE; della moldavia=MD
sport | alexa la nazionale gioca contro {} dimmi la capitale | la macedonia del nord=MK; il kosovo=XK; la georgia=GE+US-GA
sport | alexa al torneo di bocce c'è una squadra {} che capitale ha | di san marino=SM; del principato di monaco=MC

# jobs: taxi, lorry, bakery, harvest, cruise, library
lavoro | alexa sono in taxi di notte e il cliente viene {} qual è la capitale | dalla papua nuova guinea=PG; dalle figi=FJ
lavoro | alexa col camion vado {} qual è la capitale | in slovenia=SI; in austria=AT; in slovacchia=SK
lavoro | alexa sono al forno alle quattro di mattina e mi chiedo la capitale {} | del sudafrica=ZA; dello zambia=ZM
lavoro | alexa durante la vendemmia un ragazzo {} mi chiede la capitale | del marocco=MA; del ruanda=RW
lavoro | alexa sulla nave da crociera il cameriere viene {} qual è la capitale | dalle filippine=PH; dall'indonesia=ID; dalla micronesia=FM
lavoro | alexa in biblioteca un lettore cerca la capitale {} | di antigua e barbuda=AG; di saint lucia=LC
lavoro | alexa il cliente del negozio di francobolli ha un francobollo {} qual è la capitale | di grenada=GD; di dominica=DM; di saint vincent=VC
lavoro | alexa per il trasloco mi serve un'etichetta con la capitale {} | di saint kitts e nevis=KN; del belize=BZ
lavoro | alexa scout al campo estivo chiedono la capitale {} | del suriname=SR; della guyana=GY
lavoro | alexa alla festa di compleanno facciamo un quiz capitale {} | del timor est=TL; della papua nuova guinea=PG

# plain, polite and terse
domanda-diretta | qual è la capitale {} | della sierra leone=SL; della guinea equatoriale=GQ; del lesotho=LS
domanda-diretta | alexa qual è la capitale {} | dell'eswatini=SZ
domanda-diretta | alexa capitale {} | del qatar=QA; del bhutan=BT; del gabon=GA
domanda-diretta | la capitale {} alexa | di israele=IL; della palestina=PS
richiesta-cortese | alexa per cortesia mi sapresti dire la capitale {} | dell'uganda=UG; del malawi=MW
richiesta-cortese | alexa ti dispiacerebbe dirmi la capitale {} | del niger=NE; della liberia=LR
richiesta-cortese | alexa gentilmente la capitale {} grazie | di andorra=AD; del liechtenstein=LI; di san marino=SM
imperativo | alexa dimmi subito la capitale {} | del madagascar=MG; delle comore=KM
imperativo | alexa trovami la capitale {} | del gambia=GM; del senegal=SN
imperativo | alexa cercami la capitale {} | della guinea=GN; della guinea bissau=GW
sai-tu | alexa sai qual è la capitale {} | del burundi=BI; del ruanda=RW
sai-tu | alexa te lo ricordi come si chiama la capitale {} | del sud sudan=SS; della somalia=SO
sai-tu | alexa hai idea di quale sia la capitale {} | della dominica=DM; di grenada=GD

# fillers and hesitations
esitazione | alexa ehm la capitale {} | del turkmenistan=TM; del tagikistan=TJ
esitazione | alexa allora vediamo un po la capitale {} | del kirghizistan=KG; dell'uzbekistan=UZ
esitazione | alexa mmm aspetta com'era la capitale {} | del laos=LA; della cambogia=KH
esitazione | alexa eh niente volevo sapere la capitale {} | delle figi=FJ; di vanuatu=VU
esitazione | alexa cioè insomma la capitale {} ecco | del mozambico=MZ; della namibia=NA
esitazione | alexa diciamo che mi serve la capitale {} tipo adesso | delle seychelles=SC; di mauritius=MU

# trailing words
parole-finali | alexa la capitale {} grazie mille | del botswana=BW; dello zimbabwe=ZW
parole-finali | alexa la capitale {} per favore eh | dell'angola=AO; della repubblica centrafricana=CF
parole-finali | alexa la capitale {} così vinco la scommessa | del ciad=TD; del mali=ML
parole-finali | alexa dimmi la capitale {} e basta | del kuwait=KW; dell'oman=OM

# follow-ups
follow-up | e {} | della svizzera=CH; dell'austria=AT; del belgio=BE
follow-up | alexa e quella {} | del cile=CL; della bolivia=BO
follow-up | e invece {} | del guatemala=GT; dell'honduras=HN
follow-up | e la capitale {} allora | del nicaragua=NI; della costa rica=CR
follow-up | ok e {} | della francia=FR; della spagna=ES
follow-up | alexa e adesso dimmi {} | della giordania=JO; dell'arabia saudita=SA
follow-up | e poi quella {} | della malaysia=MY
follow-up | alexa grazie e {} | del vietnam=VN; della thailandia=TH
follow-up | va bene e per {} | l'islanda=IS; la groenlandia=GL
follow-up | e già che ci sei la capitale {} | del paraguay=PY; dell'uruguay=UY

# yes/no checks
yes-no-check | alexa ma la capitale {} vero o no | dell'australia è sydney=AU; del canada è toronto=CA; della turchia è istanbul=TR
yes-no-check | alexa è vero che la capitale {} | del brasile è rio=BR; della svizzera è zurigo=CH; del marocco è casablanca=MA
yes-no-check | alexa ma la capitale {} giusto | della spagna è madrid=ES; del giappone è tokyo=JP; della francia è parigi=FR
yes-no-check | alexa confermi che la capitale {} | della nigeria è lagos=NG; del kazakistan è almaty=KZ; della tanzania è dar es salaam=TZ
yes-no-check | alexa scommetto che la capitale {} vero | del pakistan è karachi=PK; del vietnam è hanoi=VN; della bolivia è la paz=BO
yes-no-check | alexa dimmi se la capitale {} o sbaglio | della nuova zelanda è auckland=NZ; dell'ecuador è quito=EC; del myanmar è rangoon=MM
yes-no-check | alexa {} | canberra è la capitale dell'australia vero=AU; ottawa è la capitale del canada giusto=CA
yes-no-check | alexa mio nonno dice che la capitale {} ha ragione | della germania è bonn=DE; della russia è san pietroburgo=RU
yes-no-check | alexa la maestra dice che la capitale {} è così | della cina è pechino=CN; dell'india è nuova delhi=IN
yes-no-check | alexa ma è {} | giacarta la capitale dell'indonesia=ID; belgrado la capitale della serbia=RS

# self-corrections
self-correction | alexa la capitale {} | della svezia anzi no della norvegia=NO; dell'austria scusa dell'australia=AU; del belgio cioè dei paesi bassi=NL
self-correction | alexa dimmi la capitale {} | del niger no aspetta della nigeria=NG; della slovenia mi correggo della slovacchia=SK; dell'iran ho detto male dell'iraq=IQ
self-correction | alexa mi dici la capitale {} | della guinea intendevo la guinea equatoriale=GQ; dell'islanda macché dell'irlanda=IE; del mali pardon del malawi=MW
self-correction | alexa la capitale {} per favore | della colombia no no del venezuela=VE; del perù mi sono sbagliato del cile=CL; del laos anzi della cambogia=KH
self-correction | alexa la capitale {} grazie | della lettonia scusa della lituania=LT; dell'armenia no aspetta dell'albania=AL; della mauritania cioè di mauritius=MU
self-correction | alexa volevo sapere la capitale {} | della romania anzi no della bulgaria=BG; del sudan scusami del sud sudan=SS; del gambia no della zambia=ZM
self-correction | alexa sai dirmi la capitale {} | del paraguay anzi dell'uruguay=UY; della danimarca mi correggo della finlandia=FI

# reverse questions
reverse-question | alexa nairobi è la capitale di quale paese | CITY:Nairobi
reverse-question | alexa di che paese è capitale ulan bator | CITY:Ulan Bator
reverse-question | alexa ouagadougou è la capitale di cosa | CITY:Ouagadougou
reverse-question | alexa tbilisi è la capitale di che stato | CITY:Tbilisi
reverse-question | alexa bishkek di dov'è capitale | CITY:Bishkek
reverse-question | alexa montevideo è capitale di quale nazione | CITY:Montevideo
reverse-question | alexa asmara è la capitale di dove | CITY:Asmara
reverse-question | alexa vientiane è la capitale di che paese | CITY:Vientiane
reverse-question | alexa windhoek è capitale di quale stato africano | CITY:Windhoek
reverse-question | alexa lubiana di che paese è la capitale | CITY:Lubiana
reverse-question | alexa di quale paese è capitale paramaribo | CITY:Paramaribo
reverse-question | alexa la paz è la capitale di che paese | CITY:La Paz
reverse-question | alexa victoria è la capitale di cosa | CITY:Victoria
reverse-question | alexa kingston è capitale di quale paese | CITY:Kingston
reverse-question | alexa dimmi di che paese è capitale tegucigalpa | CITY:Tegucigalpa
reverse-question | alexa podgorica è la capitale di quale stato | CITY:Podgorica
reverse-question | alexa ashgabat è capitale di che cosa | CITY:Ashgabat
reverse-question | alexa saint john's è la capitale di dove | CITY:Saint John's

# official names
official-name | alexa vorrei sapere la capitale {} | della repubblica ellenica=GR; della confederazione elvetica=CH; del regno hascemita di giordania=JO
official-name | alexa ciao mi serve la capitale {} | della repubblica federale di germania=DE; della repubblica popolare cinese=CN; della federazione russa=RU
official-name | alexa buongiorno qual è la capitale {} | della repubblica islamica dell'iran=IR; del regno del marocco=MA; della repubblica araba siriana=SY
official-name | alexa buonasera dimmi la capitale {} per favore | degli stati uniti messicani=MX; della repubblica bolivariana del venezuela=VE; della repubblica federativa del brasile=BR
official-name | alexa senti un attimo la capitale {} | della repubblica di corea=KR; della repubblica popolare democratica di corea=KP; dello stato plurinazionale della bolivia=BO
official-name | alexa una domanda la capitale {} | della repubblica portoghese=PT; del regno di spagna=ES; della repubblica ceca=CZ
official-name | alexa la capitale {} qual è | della repubblica slovacca=SK; della repubblica di moldova=MD; dello stato della città del vaticano=VA
official-name | alexa devo scrivere la capitale {} | del regno unito di gran bretagna e irlanda del nord=GB; della repubblica sudafricana=ZA; della repubblica democratica del congo=CD

# everyday and old names
everyday-name | alexa senti la capitale {} | dell'olanda=NL; della persia=IR; del siam=TH
everyday-name | alexa qual era la capitale {} | dello zaire=CD; della birmania=MM; del dahomey=BJ
everyday-name | alexa la capitale {} come si chiama | di ceylon=LK; della rhodesia=ZW; dell'alto volta=BF
everyday-name | alexa ho un dubbio la capitale {} | dello swaziland=SZ; della bielo russia=BY; dell'america=US
everyday-name | alexa mi ricordi la capitale {} qual è | degli states=US; della gran bretagna=GB; della nordcorea=KP
everyday-name | alexa capitale {} grazie | della sudcorea=KR; di formosa=TW; del kampuchea=KH
everyday-name | alexa la capitale {} me la dici | del bechuanaland=BW; del nyasaland=MW; delle nuove ebridi=VU
everyday-name | alexa ma la capitale {} | degli emirati arabi=AE; della moldova=MD; della costa d'oro=GH

# shared names
shared-name | alexa e la capitale {} invece | della georgia=GE+US-GA; del congo=CD+CG; della corea=KP+KR
shared-name | alexa ma qual è la capitale {} | delle isole vergini=VG+VI; delle due coree=KP+KR; dei due congo=CD+CG
shared-name | alexa dimmi un po la capitale {} | della georgia stato americano=US-GA; del congo brazzaville=CG; del congo kinshasa=CD
shared-name | alexa come si chiama la capitale {} per favore | delle isole vergini britanniche=VG; delle isole vergini americane=VI; della corea del nord=KP
shared-name | alexa capitale {} subito | georgia=GE+US-GA; congo=CD+CG; corea=KP+KR
shared-name | alexa mi sai dire la capitale {} qual è | della dominica=DM; della repubblica dominicana=DO; della guinea=GN
shared-name | alexa ehm e la capitale {} | della georgia=GE+US-GA; delle coree=KP+KR

# plurals
plural-capitals | alexa quali sono le capitali {} | del benin=BJ; della bolivia=BO; della costa d'avorio=CI
plural-capitals | alexa dimmi le capitali {} | dello sri lanka=LK; della malaysia=MY; dei paesi bassi=NL
plural-capitals | alexa le capitali {} quali sono | dell'eswatini=SZ; del sudafrica=ZA; della palestina=PS
plural-capitals | alexa ma è vero che {} ha tre capitali quali sono | il sudafrica=ZA
plural-capitals | alexa {} ha due capitali come si chiamano | la bolivia=BO; l'olanda=NL; la malesia=MY
plural-capitals | alexa mi elenchi le capitali {} | della costa d'avorio=CI; del benin=BJ; dello swaziland=SZ
plural-capitals | alexa tutte e due le capitali {} | dello sri lanka=LK; della palestina=PS
plural-capitals | alexa quante capitali ha {} e quali sono | il sudafrica=ZA; la bolivia=BO; la malaysia=MY
plural-capitals | alexa le due capitali {} | dei paesi bassi=NL; dell'eswatini=SZ; della costa d'avorio=CI
plural-capitals | alexa capitali {} | del benin=BJ; dello sri lanka=LK; della palestina=PS

# subdivisions and territories
subdivision | alexa mi serve la capitale {} | della scozia=GB-SCT; del galles=GB-WLS; dell'irlanda del nord=GB-NIR
subdivision | alexa senti qual è la capitale {} | della baviera=DE-BY; della sassonia=DE-SN; del baden-württemberg=DE-BW
subdivision | alexa dimmi per favore la capitale {} | del texas=US-TX; della california=US-CA; della florida=US-FL
subdivision | alexa la capitale {} per piacere | del québec=CA-QC; dell'ontario=CA-ON; della columbia britannica=CA-BC
subdivision | capitale {} | del queensland=AU-QLD; della tasmania=AU-TAS; del nuovo galles del sud=AU-NSW
subdivision | alexa la capitale {} qual è secondo te | della groenlandia=GL; delle isole fær øer=FO; delle bermuda=BM
subdivision | alexa mi diresti la capitale {} me la dici | della polinesia francese=PF; della nuova caledonia=NC; di portorico=PR
subdivision | alexa sai la capitale {} | del kerala=IN-KL; del gujarat=IN-GJ; di goa=IN-GA
subdivision | alexa qual'è la capitale {} grazie | di bahia=BR-BA; di minas gerais=BR-MG; dello stato di new york=US-NY
subdivision | alexa vorrei la capitale {} | delle isole cayman=KY; di gibilterra=GI; delle isole falkland=FK
subdivision | alexa e la capitale {} | della martinica=MQ; della guadalupa=GP; della guyana francese=GF

# one-shot with the invocation name
one-shot | alexa chiedi a capitali del mondo la capitale {} | del giappone=JP; della norvegia=NO; dell'egitto=EG
one-shot | alexa apri capitali del mondo e dimmi la capitale {} | dell'argentina=AR; della polonia=PL
one-shot | alexa domanda a capitali del mondo qual è la capitale {} | del kenya=KE; della giamaica=JM
one-shot | alexa usa capitali del mondo per la capitale {} | della mongolia=MN; delle maldive=MV
one-shot | alexa chiedi a capitali del mondo quali sono le capitali {} | della bolivia=BO; dei paesi bassi=NL
one-shot | alexa di a capitali del mondo {} | capitale del perù=PE; capitale dell'ungheria=HU
one-shot | alexa fai partire capitali del mondo capitale {} | della croazia=HR; dell'ecuador=EC

# launch
launch | alexa apri capitali del mondo | LAUNCH
launch | alexa avvia capitali del mondo | LAUNCH
launch | alexa fai partire capitali del mondo | LAUNCH
launch | alexa lancia capitali del mondo | LAUNCH
launch | alexa apri la skill capitali del mondo | LAUNCH
launch | alexa metti capitali del mondo | LAUNCH
launch | alexa voglio giocare con capitali del mondo | LAUNCH
launch | alexa accendi capitali del mondo per favore | LAUNCH
launch | alexa ehm apri capitali del mondo | LAUNCH
launch | alexa capitali del mondo | LAUNCH
launch | alexa riapri capitali del mondo | LAUNCH
launch | alexa vai su capitali del mondo | LAUNCH

# help
help | alexa aiuto | HELP
help | alexa aiutami | HELP
help | alexa come funziona | HELP
help | alexa cosa posso chiederti | HELP
help | alexa che cosa sai fare | HELP
help | alexa non ho capito come si usa | HELP
help | alexa mi spieghi come funziona questa cosa | HELP
help | alexa cosa devo dire | HELP
help | alexa come ti faccio le domande | HELP
help | alexa ho bisogno di aiuto | HELP
help | alexa spiegami cosa fai | HELP
help | alexa non so cosa dire | HELP
help | alexa quali domande posso fare | HELP
help | alexa dammi una mano | HELP
help | alexa mi dai qualche istruzione | HELP
help | alexa uè come si fa | HELP
help | alexa cosa si può chiedere a questa skill | HELP
help | alexa socmel come funziona sta roba | HELP
help | alexa boh cosa faccio adesso | HELP
help | alexa mi aiuti per favore | HELP
help | alexa aiuto non capisco | HELP
help | alexa io non so come usare questo | HELP

# stop
stop | alexa stop | STOP
stop | alexa basta | STOP
stop | alexa fermati | STOP
stop | alexa esci | STOP
stop | alexa chiudi | STOP
stop | alexa smettila | STOP
stop | alexa basta così | STOP
stop | alexa stai zitta | STOP
stop | alexa fermo | STOP
stop | alexa chiudi la skill | STOP
stop | alexa esci dal gioco | STOP
stop | alexa basta capitali | STOP
stop | alexa stop stop | STOP
stop | alexa ferma tutto | STOP
stop | alexa finito basta | STOP
stop | alexa zitta per favore | STOP
stop | alexa spegni | STOP
stop | alexa taci | STOP
stop | alexa khalas basta | STOP
stop | alexa pfiat di stop | STOP
stop | alexa esci da capitali del mondo | STOP
stop | alexa ok basta adesso | STOP

# cancel
cancel | alexa annulla | CANCEL
cancel | alexa lascia stare | CANCEL
cancel | alexa lascia perdere | CANCEL
cancel | alexa non importa | CANCEL
cancel | alexa annulla tutto | CANCEL
cancel | alexa niente | CANCEL
cancel | alexa lascia fare | CANCEL
cancel | alexa dimentica | CANCEL
cancel | alexa non fa niente | CANCEL
cancel | alexa annulla la domanda | CANCEL
cancel | alexa no niente lascia stare | CANCEL
cancel | alexa annullare | CANCEL
cancel | alexa non serve più | CANCEL
cancel | alexa niente niente | CANCEL
cancel | alexa fa niente | CANCEL
cancel | alexa cancella | CANCEL
cancel | alexa lascia correre | CANCEL
cancel | alexa annulla per favore | CANCEL
cancel | alexa mo lascia stare | CANCEL
cancel | alexa no dai lascia perdere | CANCEL
cancel | alexa annulla grazie | CANCEL
cancel | alexa dimenticalo | CANCEL

# out of domain: other facts about a named country
out-of-domain | alexa quanti abitanti ha il portogallo | FB
out-of-domain | alexa che lingua si parla in belgio | FB
out-of-domain | alexa qual è la moneta della polonia | FB
out-of-domain | alexa che ore sono in giappone | FB
out-of-domain | alexa quanto è grande il brasile | FB
out-of-domain | alexa chi è il presidente della francia | FB
out-of-domain | alexa qual è il monte più alto del nepal | FB
out-of-domain | alexa che tempo fa a madrid | FB
out-of-domain | alexa quanto dista roma da parigi | FB
out-of-domain | alexa qual è il fiume più lungo dell'africa | FB
out-of-domain | alexa qual è la bandiera dell'irlanda | FB
out-of-domain | alexa qual è il prefisso telefonico della svizzera | FB
out-of-domain | alexa quanti abitanti ha milano | FB
out-of-domain | alexa che lingua parlano in eritrea | FB
out-of-domain | alexa chi ha vinto il giro d'italia l'anno scorso | FB
out-of-domain | alexa quando si vota in germania | FB
out-of-domain | alexa qual è la città più grande del canada | FB
out-of-domain | alexa dove si trova il ghana | FB
out-of-domain | alexa che fuso orario ha il messico | FB
out-of-domain | alexa qual è il piatto tipico del marocco | FB
out-of-domain | alexa qual è l'inno nazionale dell'austria | FB
out-of-domain | alexa quanti stati ci sono in africa | FB
out-of-domain | alexa qual è il lago più profondo del mondo | FB
out-of-domain | alexa che moneta usano in croazia | FB
out-of-domain | alexa quanto costa un volo per tirana | FB
out-of-domain | alexa a che ora apre il museo egizio di torino | FB
out-of-domain | alexa qual è la regione più piccola d'italia | FB
out-of-domain | alexa quanti abitanti ha la cina | FB
out-of-domain | alexa chi è il re della spagna | FB
out-of-domain | alexa quanto è alto il monte bianco | FB
# "capitale" in other senses
out-of-domain | alexa cos'è il capitale sociale di una società | FB
out-of-domain | alexa chi ha scritto il capitale | FB
out-of-domain | alexa cosa vuol dire pena capitale | FB
out-of-domain | alexa qual è la capitale italiana della cultura quest'anno | FB
out-of-domain | alexa cos'è una lettera maiuscola o capitale | FB
out-of-domain | alexa quanto capitale serve per aprire una pizzeria | FB
out-of-domain | alexa cos'è un peccato capitale | FB
out-of-domain | alexa quali sono i sette vizi capitali | FB
out-of-domain | alexa qual è il capoluogo della lombardia | FB
out-of-domain | alexa il capoluogo dell'umbria | FB
out-of-domain | alexa qual è la capitale della moda | FB
out-of-domain | alexa capitale europea dei giovani chi è | FB
out-of-domain | alexa cos'è il capitale umano | FB
out-of-domain | alexa chi ha vinto capitale della cultura | FB
# places the data lacks
out-of-domain | alexa qual è la capitale di atlantide | FB
out-of-domain | alexa la capitale della padania | FB
out-of-domain | alexa qual è la capitale di narnia | FB
out-of-domain | alexa la capitale della luna | FB
out-of-domain | alexa qual è la capitale dell'emilia romagna | FB
out-of-domain | alexa la capitale della romagna | FB
out-of-domain | alexa la capitale della lucania | FB
out-of-domain | alexa la capitale di marte | FB
out-of-domain | alexa qual è la capitale della terra di mezzo | FB
out-of-domain | alexa la capitale delle marche | FB
out-of-domain | alexa la capitale della jugoslavia | FB
out-of-domain | alexa la capitale della cecoslovacchia | FB
out-of-domain | alexa qual era la capitale dell'impero romano d'oriente | FB
out-of-domain | alexa la capitale del regno delle due sicilie | FB
out-of-domain | alexa la capitale del ducato di parma | FB
# everyday requests
out-of-domain | alexa metti la musica di vasco | FB
out-of-domain | alexa imposta un timer di dieci minuti | FB
out-of-domain | alexa che tempo fa domani a bologna | FB
out-of-domain | alexa accendi la luce in cucina | FB
out-of-domain | alexa svegliami alle sei | FB
out-of-domain | alexa aggiungi il latte alla lista della spesa | FB
out-of-domain | alexa raccontami una barzelletta | FB
out-of-domain | alexa quanti anni hai | FB
out-of-domain | alexa che giorno è oggi | FB
out-of-domain | alexa chiama la mamma | FB
out-of-domain | alexa metti radio deejay | FB
out-of-domain | alexa a che ora gioca il bologna | FB
out-of-domain | alexa quanto fa sette per otto | FB
out-of-domain | alexa come si dice grazie in polacco | FB
out-of-domain | alexa ricordami di comprare le uova | FB
out-of-domain | alexa che film danno stasera | FB
out-of-domain | alexa leggimi le notizie | FB
out-of-domain | alexa ti voglio bene | FB
out-of-domain | alexa canta una canzone | FB
out-of-domain | alexa la ricetta dei passatelli | FB
out-of-domain | alexa quanto manca a natale | FB
out-of-domain | alexa chi ha vinto sanremo | FB
out-of-domain | alexa a che ora passa il tram quindici | FB
out-of-domain | alexa cosa c'è in tv | FB
out-of-domain | alexa dimmi una poesia | FB
out-of-domain | alexa quanto fa la radice di due | FB
out-of-domain | alexa che ore sono | FB
out-of-domain | alexa come sta il traffico in tangenziale | FB
out-of-domain | alexa come si fa la piadina | FB
out-of-domain | alexa quando è pasqua quest'anno | FB
out-of-domain | alexa chi è il sindaco di perugia | FB
out-of-domain | alexa che distanza c'è tra bari e tirana | FB
out-of-domain | alexa traduci buongiorno in albanese | FB
out-of-domain | alexa quando arriva il mio pacco | FB
out-of-domain | alexa ordina la pizza | FB
out-of-domain | alexa quanti gol ha fatto leao | FB
out-of-domain | alexa metti una ninna nanna | FB
out-of-domain | alexa quanto costa la benzina oggi | FB
out-of-domain | alexa giochiamo a nomi cose città | FB
out-of-domain | alexa dimmi un indovinello | FB
out-of-domain | alexa quale squadra ha vinto la champions | FB
out-of-domain | alexa qual è la città più popolosa della terra | FB
out-of-domain | alexa chi ha inventato il telefono | FB
out-of-domain | alexa quanto è lunga la muraglia cinese | FB
out-of-domain | alexa come si chiama il presidente degli stati uniti | FB

# what it-IT recognition writes
asr-artefact | alexa allora la capitale {} | della argentina=AR; dell uruguay=UY; del mes sico=MX
asr-artefact | alexa qual e la capitale {} | della norvegia=NO; del perù=PE; dell oman=OM
asr-artefact | alexa la capitale del {} | kazakhstan=KZ; chirghizistan=KG; azerbaijan=AZ
asr-artefact | alexa la capitale della {} | nuova zelanda=NZ; malesia=MY; macedonia=MK
asr-artefact | alexa la capitale {} dai | delle filippine=PH; di aiti=HT; dellindia=IN
asr-artefact | alexa ok la capitale {} | degli emirati arabi uniti=AE; della turchia=TR; dell arabia saudita=SA
asr-artefact | alexa lacapitale {} | dell'etiopia=ET; della somalia=SO; del kenia=KE
asr-artefact | alexa la capitale dello {} | yemen=YE; zimbabue=ZW
asr-artefact | alexa la capitale di {} | gibuti=DJ; djibouti=DJ; tuvalu=TV
asr-artefact | alexa scusami la capitale della {} | costa rica=CR; cechia=CZ; ungheria=HU
asr-artefact | alexa ascolta la capitale del {} | ruanda=RW; burundi=BI; bahrain=BH
asr-artefact | alexa ehi la capitale di {} | saint lucia=LC; sao tome=ST; el salvador=SV
asr-artefact | alexa scusa qual è la capitale {} | del mozambico=MZ; dell'angola=AO; dello zambia=ZM

# more speakers and situations
emiliani | alexa a bologna in piazza maggiore un turista mi ha chiesto la capitale {} e ho fatto scena muta | dell'italia=IT; della francia=FR
emiliani | alexa l'è un'ora che ci penso la capitale {} | del messico=MX; del cile=CL
emiliani | alexa sto guardando la formula uno e il pilota è {} qual è la capitale | thailandese=TH; monegasco=MC; australiano=AU
romagnoli | alexa in spiaggia a cesenatico una famiglia {} mi domanda la capitale | svedese=SE; ceca=CZ
romagnoli | alexa al bagno ventidue c'è un bagnino che dice che la capitale {} è facile | della nuova zelanda=NZ; del canada=CA
marchigiani | alexa mi nonno dice la capitale {} ma non è sicuro | della turchia=TR; dell'australia=AU
marchigiani | alexa vè io pensavo che la capitale {} fosse un'altra qual è | del brasile=BR; della svizzera=CH
umbri | alexa stasera ad assisi c'è un gruppo di pellegrini {} qual è la loro capitale | coreani=KR; filippini=PH; polacchi=PL
lucani | alexa per il presepe vivente di matera arrivano attori {} dimmi la capitale | dall'argentina=AR; dalla romania=RO
milanesi | alexa in ufficio a city life il capo va in trasferta {} qual è la capitale | in vietnam=VN; in sudafrica=ZA; in arabia saudita=SA
milanesi | alexa al salone del mobile c'è uno stand {} come si chiama la capitale | danese=DK; finlandese=FI
sudtirolesi | alexa ich also io volere capitale {} | della norvegia=NO; della slovenia=SI
sudtirolesi | alexa pfiat di ma prima dimmi la capitale {} | della croazia=HR
albanesi | alexa mio cugino lavora {} e non so la capitale | in montenegro=ME; in grecia=GR; in germania=DE
egiziani | alexa khalas ultima domanda la capitale {} | dell'egitto=EG; della giordania=JO
egiziani | alexa mio cugino fa il cuoco {} qual è la capitale | in qatar=QA; negli emirati=AE; in kuwait=KW
polacchi | alexa la signora che curo chiede sempre la capitale {} | della lettonia=LV; dell'estonia=EE
caraibici | alexa mi hermano vive {} qual è la capitale | in spagna=ES; in ecuador=EC; in perù=PE
eritrei | alexa mio zio abita {} dimmi la capitale | in sudan=SD; in kenya=KE; in svezia=SE
srilankesi | alexa machan quale è la capitale vera {} | dello sri lanka=LK
erasmus | alexa la mia coinquilina viene {} e non so la sua capitale | dalla lituania=LT; dalla romania=RO; dall'ungheria=HU
bambini | alexa io so la capitale {} e tu | dell'italia=IT; della spagna=ES
bambini | alexa la maestra vuole la capitale {} scritta bene | della malesia=MY; del nepal=NP
adolescenti | alexa ragazzi shh sto chiedendo la capitale {} | del canada=CA; del giappone=JP
adolescenti | alexa bro sul serio la capitale {} qual è | della bolivia=BO; del marocco=MA
anziani | alexa mi scusi sa mica la capitale {} | dell'italia=IT; della germania=DE
anziani | alexa quando facevo il militare c'era un commilitone {} com'è la capitale | dalla libia=LY; dall'eritrea=ER; dalla somalia=SO
enigmistica | alexa rebus capitale {} cinque lettere | del qatar=QA; della siria=SY
sport | alexa il ciclista che ha vinto la tappa è {} qual è la capitale del suo paese | colombiano=CO; sloveno=SI; ecuadoriano=EC
lavoro | alexa sono camionista e devo scaricare {} dimmi la capitale | in lussemburgo=LU; in belgio=BE
lavoro | alexa il mio principale vuole aprire un negozio {} qual è la capitale | in albania=AL; in tunisia=TN; in serbia=RS

# more follow-ups, checks, corrections, reverse questions
follow-up | e quella {} invece | della germania=DE; del regno unito=GB
follow-up | alexa e {} allora | dell'uganda=UG; del ruanda=RW
follow-up | e per {} | il lesotho=LS; l'eswatini=SZ; il botswana=BW
follow-up | e invece la capitale {} | dell'algeria=DZ; della libia=LY
yes-no-check | alexa ma {} | ankara non era la capitale della turchia=TR; bruxelles non era la capitale del belgio=BE; amsterdam non era la capitale dell'olanda=NL
yes-no-check | alexa sono sicuro che la capitale {} | dell'egitto è alessandria=EG; dell'arabia saudita è la mecca=SA; del sudafrica è johannesburg=ZA
yes-no-check | alexa mia figlia dice che la capitale {} ha ragione lei | della svizzera è berna=CH; della scozia è glasgow=GB-SCT; del galles è cardiff=GB-WLS
yes-no-check | alexa giusto che la capitale {} | degli stati uniti è new york=US; del texas è austin=US-TX; della california è los angeles=US-CA
self-correction | alexa buonasera dimmi la capitale {} | dell'ungheria no aspetta della romania=RO; del senegal cioè del gambia=GM; della corea del sud anzi del nord=KP
self-correction | alexa la capitale {} ecco | del ghana scusa del togo=TG; della tunisia mi sono sbagliato della libia=LY; dell'austria macché della germania=DE
reverse-question | alexa canberra di quale paese è capitale | CITY:Canberra
reverse-question | alexa berna è la capitale di quale paese | CITY:Berna
reverse-question | alexa astana è la capitale di cosa | CITY:Astana
reverse-question | alexa di quale paese è capitale abuja | CITY:Abuja
reverse-question | alexa dili è la capitale di che posto | CITY:Dili
reverse-question | alexa funafuti di che stato è la capitale | CITY:Funafuti
reverse-question | alexa mascate è capitale di dove | CITY:Mascate
reverse-question | alexa naypyidaw è la capitale di quale nazione | CITY:Naypyidaw
subdivision | alexa la capitale {} mi serve | dell'alberta=CA-AB; del manitoba=CA-MB; della nuova scozia=CA-NS
subdivision | alexa qual è la capitale dello stato {} | dell'ohio=US-OH; della georgia=US-GA; dell'alaska=US-AK
subdivision | alexa la capitale {} dimmi | dell'assia=DE-HE; della turingia=DE-TH; del victoria=AU-VIC
subdivision | alexa la capitale {} qual è mai | dell'isola di man=IM; di jersey=JE; di guernsey=GG
shared-name | alexa la capitale {} quella del caucaso | della georgia=GE
shared-name | alexa le isole vergini qual è la capitale | VG+VI
shared-name | alexa corea qual è la capitale | KP+KR
shared-name | alexa e del congo | CD+CG
plural-capitals | alexa sudafrica quali sono le capitali | ZA
plural-capitals | alexa palestina le capitali | PS
plural-capitals | alexa sri lanka capitali | LK
plural-capitals | alexa eswatini le sue capitali | SZ
everyday-name | alexa la capitale {} mi dici | della russia bianca=BY; della türkiye=TR; della kirghisia=KG
official-name | alexa la capitale {} ufficialmente | del commonwealth dell'australia=AU; della repubblica italiana=IT; del regno di norvegia=NO

# more launch, help, stop, cancel
launch | alexa apriamo capitali del mondo | LAUNCH
launch | alexa mi apri capitali del mondo | LAUNCH
launch | alexa dai apri capitali del mondo | LAUNCH
launch | alexa uè apri capitali del mondo | LAUNCH
launch | alexa fammi giocare a capitali del mondo | LAUNCH
launch | alexa gioca a capitali del mondo | LAUNCH
launch | alexa inizia capitali del mondo | LAUNCH
launch | alexa avviami capitali del mondo per piacere | LAUNCH
launch | alexa per favore apri capitali del mondo | LAUNCH
launch | alexa socmel apri capitali del mondo | LAUNCH
launch | alexa apri il gioco capitali del mondo | LAUNCH
launch | alexa buongiorno apri capitali del mondo | LAUNCH
help | alexa aiuto per favore non so come si fa | HELP
help | alexa come devo chiederti le capitali | HELP
help | alexa che comandi ci sono | HELP
help | alexa non mi ricordo cosa posso dire | HELP
help | alexa mi fai qualche esempio di domanda | HELP
help | alexa come si gioca | HELP
help | alexa aiutami tu che io non ci capisco niente | HELP
help | alexa spiegami le regole | HELP
help | alexa vè come funziona qua | HELP
help | alexa bro come si usa | HELP
help | alexa mi sono perso aiuto | HELP
help | alexa cosa mi consigli di chiedere | HELP
stop | alexa basta grazie | STOP
stop | alexa fermati subito | STOP
stop | alexa chiudi tutto | STOP
stop | alexa esci per favore | STOP
stop | alexa stop grazie | STOP
stop | alexa basta così grazie | STOP
stop | alexa smetti | STOP
stop | alexa uè basta | STOP
stop | alexa adesso basta | STOP
stop | alexa chiudi capitali del mondo | STOP
stop | alexa fine | STOP
stop | alexa basta giocare | STOP
stop | alexa esci dalla skill | STOP
stop | alexa stop alexa | STOP
stop | alexa ciao esci | STOP
stop | alexa socmel basta | STOP
stop | alexa basta con le capitali | STOP
stop | alexa chiudi pure | STOP
stop | alexa smettila adesso | STOP
stop | alexa ferma ferma | STOP
stop | alexa basta ho finito | STOP
stop | alexa esci adesso | STOP
stop | alexa stop per oggi | STOP
stop | alexa ok chiudi | STOP
cancel | alexa annulla ho cambiato idea | CANCEL
cancel | alexa no lascia stare non serve | CANCEL
cancel | alexa lascia stare grazie | CANCEL
cancel | alexa annulla annulla | CANCEL
cancel | alexa no annulla | CANCEL
cancel | alexa ho sbagliato annulla | CANCEL
cancel | alexa non volevo annulla | CANCEL
cancel | alexa annulla quello che ho detto | CANCEL
cancel | alexa lascia perdere non importa | CANCEL
cancel | alexa niente lascia perdere | CANCEL
cancel | alexa scusa annulla | CANCEL
cancel | alexa vabbè lascia stare | CANCEL
cancel | alexa annulla la richiesta | CANCEL
cancel | alexa non ti preoccupare lascia stare | CANCEL
cancel | alexa no niente grazie | CANCEL
cancel | alexa ma lascia stare dai | CANCEL

# more out of domain
out-of-domain | alexa quanti abitanti ha la bolivia | FB
out-of-domain | alexa che lingua si parla in svizzera | FB
out-of-domain | alexa che moneta c'è in ungheria | FB
out-of-domain | alexa qual è la montagna più alta del giappone | FB
out-of-domain | alexa che tempo fa a tirana | FB
out-of-domain | alexa dove si trova il lesotho | FB
out-of-domain | alexa quanti abitanti ha l'egitto | FB
out-of-domain | alexa chi è il primo ministro della polonia | FB
out-of-domain | alexa quanto è grande la russia | FB
out-of-domain | alexa che ore sono a cuba | FB
out-of-domain | alexa qual è lo sport nazionale dello sri lanka | FB
out-of-domain | alexa che clima c'è in eritrea | FB
out-of-domain | alexa serve il passaporto per andare in albania | FB
out-of-domain | alexa quanto costa la vita in polonia | FB
out-of-domain | alexa di che colore è la bandiera del marocco | FB
out-of-domain | alexa qual è il capoluogo delle marche | FB
out-of-domain | alexa il capoluogo della basilicata | FB
out-of-domain | alexa qual è il capoluogo dell'alto adige | FB
out-of-domain | alexa la capitale del cioccolato | FB
out-of-domain | alexa la capitale mondiale del ciclismo | FB
out-of-domain | alexa qual è la capitale dell'alto adige | FB
out-of-domain | alexa qual è la capitale della brianza | FB
out-of-domain | alexa la capitale del tirolo | FB
out-of-domain | alexa la capitale di hogwarts | FB
out-of-domain | alexa la capitale di wakanda | FB
out-of-domain | alexa la capitale della prussia | FB
out-of-domain | alexa quali sono le capitali dell'unione sovietica | FB
out-of-domain | alexa capitale sociale minimo di una srl | FB
out-of-domain | alexa metti la sigla del giro d'italia | FB
out-of-domain | alexa quando parte il giro d'italia | FB
out-of-domain | alexa che musica c'è a sanremo quest'anno | FB
out-of-domain | alexa quando apre la bocciofila | FB
out-of-domain | alexa come si dice pizza in arabo | FB
out-of-domain | alexa quanto tempo ci vuole per cuocere il pane | FB
out-of-domain | alexa che voto ha preso leao al fantacalcio | FB
out-of-domain | alexa dimmi una parola di sei lettere che finisce in a | FB
out-of-domain | alexa che cosa significa socmel | FB
out-of-domain | alexa quanti chilometri ci sono da rimini a bolzano | FB
out-of-domain | alexa a che ora c'è la messa | FB
out-of-domain | alexa cosa si mangia in eritrea | FB
out-of-domain | alexa come si chiama la moneta del giappone | FB

# more recognition artefacts
asr-artefact | alexa qual e mai la capitale {} | dell ucraina=UA; del bengala desh=BD; dell afganistan=AF
asr-artefact | alexa la capitale della {} grazie | mauritania=MR; gibuti=DJ; giamaica=JM
asr-artefact | alexa la capitale delle {} | isole fiji=FJ; seicelle=SC; comore=KM
asr-artefact | alexa dimmi la capitale del {} | kosovo=XK; lichtenstein=LI; vaticano=VA
asr-artefact | alexa la capitale della {} per piacere | corea del nord=KP; repubblica ceca=CZ; siria=SY
asr-artefact | alexa la capitale del {} per piacere | bahrein=BH; sudan=SD; brunei=BN"""

if __name__ == "__main__":
    build_round(31, "it", LINES, sys.argv, "tests/Eval/it/round31/source/build_corpus.py")
