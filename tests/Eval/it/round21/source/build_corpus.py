"""Round 21, Italian (it-IT): a new author's own mix, written blind. Speakers talking to an Italian Echo, chosen to
differ from earlier rounds: Trieste and the Venezia Giulia ("dime", "xe", "mulo", "te sa"), the Salento ("mena",
"sine", "nu sacciu"), Livorno and the Maremma ("deh", "boia deh", "o bimbo"), the Molise and Lucania ("mo", "mammà",
"jamm" left to Naples), the Ciociaria and the Castelli ("mo me lo dici", "che è"), Italo-Argentines and Italo-Uruguayans
back in Italy ("che", "bueno", "viste", "la capital"), second-generation Italians of Belgium and Switzerland's French
part ("alors", "bon", "quoi", "septante"), English native speakers learning Italian ("how do you say", "sorry il mio
italiano", "excuse me"), a blind pensioner who uses the Echo for everything, burraco and tombola players in a pensioners'
club, a long-haul lorry driver, a fisherman and a farmer at harvest time, a hospital ward, a chemist's shop, a hairdresser,
a sommelier and a cook trying foreign recipes, new parents at the night feed, scouts preparing a badge, a chess club, a
mountain hut, a sailing crew, a coin and stamp collector, a tour guide in Venice, a podcast being recorded, a radio phone-in,
a gym, a choir on tour; football (Serie A's foreign players, the Champions League away games, the World Cup qualifiers),
cycling, volleyball and skiing on TV, the news (summits, elections, embassies), Christmas, the Befana and Carnevale.
Plus fillers and hesitations ("allora", "ecco", "tipo", "senti", "dunque", "vediamo"), tails ("grazie", "per favore",
"se lo sai"), Italian articles and prepositions with names ("del", "della", "dell'", "delle", "dei", "di"), terse keyword
forms, self-corrections, follow-ups, yes/no checks, reverse questions, official, old and everyday names, shared names,
plurals, subdivisions (US, Canadian, Australian, German, Brazilian, Mexican and Indian states, the UK's nations),
territories, and what it-IT recognition writes (lost accents, "qual e", "qualè", joined or split names, English spellings).
`python3 tests/Eval/it/round21/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 21's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Trieste and the Venezia Giulia.
trieste | dime alexa qual xe la capitale de {} | slovenia=SI; croazia=HR; austria=AT
trieste | mulo te sa la capitale della {} | serbia=RS; bosnia=BA; macedonia del nord=MK
trieste | ma dime un poco la capitale del {} qual xe | montenegro=ME; kosovo=XK; lussemburgo=LU
trieste | ostia alexa no me ricordo la capitale della {} | romania=RO; bulgaria=BG; ungheria=HU
trieste | alexa qua a trieste se discute qual xe la capitale della {} | slovacchia=SK; polonia=PL; cechia=CZ
trieste | te sa dirme la capitale dell'{} | albania=AL
trieste | te sa dirme la capitale della {} | grecia=GR; turchia=TR

# The Salento.
salento | mena alexa dimme la capitale della {} | tunisia=TN; libia=LY; algeria=DZ
salento | sine alexa e qual è la capitale del {} | marocco=MA; libano=LB; portogallo=PT
salento | nu sacciu la capitale dell'{} me la dici tu | egitto=EG; etiopia=ET; eritrea=ER
salento | mena mena alexa la capitale della {} qual è | siria=SY; giordania=JO; somalia=SO
salento | alexa mia nipote parte per l'{} qual è la capitale | uzbekistan=UZ; oman=OM
salento | ma che è la capitale di {} ca nu me ricordu | cipro=CY; malta=MT; israele=IL

# Livorno and the Maremma.
livorno | deh alexa qual è la capitale del {} | cile=CL; perù=PE; venezuela=VE
livorno | boia deh un me la ricordo la capitale dell'{} | ecuador=EC; uruguay=UY; argentina=AR
livorno | o alexa dimmi un po la capitale della {} | colombia=CO; bolivia=BO; guyana=GY
livorno | deh o bimbo chiedilo te a alexa la capitale del {} | paraguay=PY; suriname=SR; brasile=BR
livorno | alexa ma la capitale di {} com'era | cuba=CU; haiti=HT; panama=PA
livorno | qui in porto s'è attraccata una nave del {} alexa qual è la capitale | belize=BZ; honduras=HN; nicaragua=NI

# The Molise and Lucania.
molise-lucania | alexa mo me dici la capitale della {} | nuova zelanda=NZ; papua nuova guinea=PG; australia=AU
molise-lucania | mammà vuole sapere la capitale dell'{} alexa | irlanda=IE; islanda=IS; india=IN
molise-lucania | alexa scusa mo qual è la capitale delle {} | filippine=PH; maldive=MV; seychelles=SC
molise-lucania | alexa ma la capitale della {} mo com'è che si chiama | danimarca=DK; norvegia=NO; svezia=SE

# The Ciociaria and the Castelli.
ciociaria | alexa mo me lo dici qual è la capitale della {} | finlandia=FI; estonia=EE; lettonia=LV
ciociaria | che è la capitale della {} alexa | lituania=LT; bielorussia=BY; moldavia=MD
ciociaria | aspetta alexa che è la capitale dell'{} | ucraina=UA; armenia=AM; azerbaigian=AZ
ciociaria | alexa nonna non si ricorda più la capitale della {} me la dici | georgia=GE; mongolia=MN; cina=CN

# Italo-Argentines and Italo-Uruguayans.
italo-argentine | che alexa cuál es la capital de {} no scusa qual è la capitale | argentina=AR; uruguay=UY; cile=CL
italo-argentine | bueno alexa dimmi la capitale del {} | messico=MX; guatemala=GT; el salvador=SV
italo-argentine | viste che non mi ricordo la capitale di {} alexa | costa rica=CR; cuba=CU; porto rico=PR
italo-argentine | alexa la capital de {} come si dice in italiano | repubblica dominicana=DO; colombia=CO; ecuador=EC

# Second-generation Italians of Belgium and French-speaking Switzerland.
italo-belgian | alors alexa qual è la capitale del {} | belgio=BE; lussemburgo=LU; senegal=SN
italo-belgian | bon alexa la capitale della {} quoi | costa d'avorio=CI; guinea=GN; mauritania=MR
italo-belgian | alexa dis-moi no scusa dimmi la capitale del {} | camerun=CM; gabon=GA; ciad=TD
italo-belgian | allora bon la capitale del {} c'est quoi scusa qual è | mali=ML; niger=NE; togo=TG
italo-belgian | io sono di charleroi ma parlo italiano con la nonna qual è la capitale del {} | burkina faso=BF; ruanda=RW; burundi=BI

# English native speakers learning Italian.
learner | excuse me alexa qual è la capitale di {} | giappone=JP; corea del sud=KR; vietnam=VN
learner | sorry il mio italiano non è buono la capitale di {} qual è | thailandia=TH; cambogia=KH; laos=LA
learner | how do you say alexa dimmi capitale di {} per favore | indonesia=ID; malesia=MY; singapore=SG
learner | alexa io studio italiano qual è il capitale di {} | brasile=BR; kenya=KE; nigeria=NG
learner | alexa what's the capital of {} in italiano per favore | ghana=GH; uganda=UG; tanzania=TZ
learner | la capitale di {} è quale scusa | zambia=ZM; zimbabwe=ZW; malawi=MW

# A blind pensioner who uses the Echo for everything.
blind-elder | alexa sono cieco da vent'anni mi leggi la capitale del {} | nepal=NP; bhutan=BT; bangladesh=BD
blind-elder | alexa me lo ripeti piano qual è la capitale del {} | pakistan=PK; afghanistan=AF; kazakistan=KZ
blind-elder | alexa la radio ha detto un nome che non ho capito la capitale del {} qual è | turkmenistan=TM; tagikistan=TJ; kirghizistan=KG
blind-elder | mi dica signorina alexa la capitale dello {} | yemen=YE; sri lanka=LK
blind-elder | per cortesia alexa la capitale dell'{} | iraq=IQ; iran=IR; arabia saudita=SA

# Burraco and tombola players in a pensioners' club.
pensioners-club | alexa qui al circolo non ci mettiamo d'accordo la capitale del {} | qatar=QA; kuwait=KW; bahrein=BH
pensioners-club | alexa facciamo una pausa dal burraco qual è la capitale degli {} | emirati arabi uniti=AE; stati uniti=US
pensioners-club | alexa l'ha chiesto la signora pina qual è la capitale {} | del mozambico=MZ; della namibia=NA; della tanzania=TZ
pensioners-club | alexa durante la tombola ci è venuto il dubbio la capitale del {} | madagascar=MG; botswana=BW; lesotho=LS
pensioners-club | alexa chi perde paga il caffè qual è la capitale del {} | sudan=SD; sud sudan=SS; gibuti=DJ

# A long-haul lorry driver.
lorry-driver | alexa sto guidando dimmi la capitale della {} | germania=DE; francia=FR; spagna=ES
lorry-driver | alexa domani scarico in {} qual è la capitale | danimarca=DK; polonia=PL; lituania=LT
lorry-driver | alexa al confine mi hanno chiesto della {} qual è la capitale | moldavia=MD; romania=RO; ucraina=UA
lorry-driver | alexa in autogrill con i colleghi la capitale della {} qual è | russia=RU; bielorussia=BY; svizzera=CH

# A fisherman and a farmer.
farm-fisher | alexa sto rammendando le reti la capitale delle {} qual è | isole salomone=SB; isole marshall=MH; figi=FJ
farm-fisher | alexa col trattore acceso non sento bene la capitale di {} | tonga=TO; samoa=WS; vanuatu=VU
farm-fisher | alexa il tonno viene dalle {} qual è la capitale | maldive=MV; seychelles=SC; mauritius=MU

# A hospital ward and a chemist's shop.
ward-chemist | alexa sono in reparto e mi annoio la capitale del {} | kiribati=KI; tuvalu=TV; nauru=NR
ward-chemist | alexa l'infermiera viene {} qual è la capitale | dal perù=PE; dalla romania=RO; dalle filippine=PH
ward-chemist | alexa in farmacia è venuto un turista dal {} la capitale qual è | giappone=JP; portogallo=PT; bhutan=BT
ward-chemist | alexa mentre aspetto il dottore qual è la capitale {} | di palau=PW; della micronesia=FM; del brunei=BN

# A hairdresser.
hairdresser | alexa ho le mani nello shampoo dimmi la capitale {} | del liechtenstein=LI; del principato di monaco=MC; di andorra=AD
hairdresser | alexa la cliente chiede la capitale di {} | san marino=SM; malta=MT; cipro=CY
hairdresser | alexa mentre asciugo i capelli la capitale della {} | liberia=LR; sierra leone=SL; gambia=GM

# A sommelier and a cook trying foreign recipes.
kitchen | alexa il vino viene dalla {} qual è la capitale | georgia=GE; slovenia=SI; ungheria=HU
kitchen | alexa la ricetta del ceviche viene dal {} qual è la capitale | perù=PE; ecuador=EC; cile=CL
kitchen | alexa ho le mani impastate qual è la capitale della {} | giamaica=JM; dominica=DM; grenada=GD
kitchen | alexa il pho è del {} e la capitale qual è | vietnam=VN; laos=LA

# New parents at the night feed.
night-feed | alexa piano che dorme il bimbo qual è la capitale del {} | paraguay=PY; uruguay=UY; guatemala=GT
night-feed | alexa sono le tre di notte e non riesco a dormire la capitale dell'{} | eswatini=SZ; angola=AO; oman=OM
night-feed | alexa sottovoce la capitale della {} | mongolia=MN; guinea equatoriale=GQ; repubblica centrafricana=CF

# Scouts, a chess club and a mountain hut.
scouts-chess | alexa per la specialità di geografia ci serve la capitale del {} | capo verde=CV; gabon=GA; benin=BJ
scouts-chess | alexa al torneo di scacchi c'è un ragazzo dell'{} la capitale qual è | armenia=AM; azerbaigian=AZ; india=IN
scouts-chess | alexa qui al rifugio non c'è campo dimmi la capitale del {} | nepal=NP; tagikistan=TJ; kirghizistan=KG

# A sailing crew.
sailing | alexa stiamo facendo rotta verso {} qual è la capitale | antigua e barbuda=AG; saint lucia=LC; barbados=BB
sailing | alexa la barca accanto batte bandiera di {} qual è la capitale | saint vincent e grenadine=VC; saint kitts e nevis=KN; bahamas=BS
sailing | alexa prossimo scalo {} la capitale come si chiama | trinidad e tobago=TT; grenada=GD; dominica=DM

# A coin and stamp collector.
collector | alexa ho trovato un francobollo della {} qual è la capitale | somalia=SO; eritrea=ER; etiopia=ET
collector | alexa questa moneta è del {} mi dici la capitale | sudafrica=ZA; botswana=BW; zimbabwe=ZW
collector | alexa nella collezione ho una banconota della {} la capitale qual è | mauritania=MR; sierra leone=SL; guinea-bissau=GW

# A tour guide in Venice.
tour-guide | alexa i turisti di oggi vengono dal {} qual è la capitale | brasile=BR; giappone=JP; canada=CA
tour-guide | alexa prima di andare in piazza san marco la capitale dell'{} | australia=AU; olanda=NL; estonia=EE

# A podcast and a radio phone-in.
podcast-radio | alexa stiamo registrando il podcast qual è la capitale del {} | kazakistan=KZ; uzbekistan=UZ; turkmenistan=TM
podcast-radio | alexa in radio hanno fatto la domanda la capitale dello {} | sri lanka=LK; zambia=ZM
podcast-radio | alexa devo chiamare in radio per vincere qual è la capitale del {} | bangladesh=BD; myanmar=MM; pakistan=PK

# A gym and a choir on tour.
gym-choir | alexa tra una serie e l'altra la capitale della {} | norvegia=NO; finlandia=FI; islanda=IS
gym-choir | alexa il coro va in tournée in {} qual è la capitale | lettonia=LV; lituania=LT; estonia=EE

# Football, cycling, volleyball and skiing.
sport | alexa l'inter gioca in {} in champions qual è la capitale | scozia=GB-SCT; portogallo=PT; olanda=NL
sport | alexa il nuovo attaccante della roma viene dalla {} la capitale qual è | nigeria=NG; costa d'avorio=CI; guinea=GN
sport | alexa l'italia gioca le qualificazioni contro il {} qual è la capitale | galles=GB-WLS; montenegro=ME; lussemburgo=LU
sport | alexa la tappa del tour parte {} qual è la capitale | dalla slovenia=SI; dalla danimarca=DK; dal belgio=BE
sport | alexa la nazionale di pallavolo gioca contro la {} la capitale qual è | serbia=RS; polonia=PL; turchia=TR

# The news.
news | alexa al tg parlavano delle elezioni in {} qual è la capitale | venezuela=VE; georgia=GE; moldavia=MD
news | alexa hanno detto che il vertice si tiene in {} ma la capitale qual è | egitto=EG; azerbaigian=AZ; brasile=BR
news | alexa hanno chiuso l'ambasciata in {} la capitale qual è | niger=NE; sudan=SD; haiti=HT
news | alexa c'è stato un terremoto in {} qual è la capitale | afghanistan=AF; myanmar=MM; marocco=MA

# Christmas, the Befana and Carnevale.
festivity | alexa per il gioco di natale ci serve la capitale della {} | finlandia=FI; groenlandia=GL; lettonia=LV
festivity | alexa il carro di carnevale è dedicato al {} qual è la capitale | messico=MX; brasile=BR; ghana=GH

# Fillers and hesitations.
filler-hesitation | allora ecco alexa la capitale del {} | montenegro=ME; nicaragua=NI; honduras=HN
filler-hesitation | senti alexa tipo la capitale della {} qual è | giamaica=JM; bolivia=BO; namibia=NA
filler-hesitation | dunque vediamo alexa ehm la capitale del {} | camerun=CM; ciad=TD; burundi=BI
filler-hesitation | alexa ehm ehm com'è che si chiama la capitale dell'{} | ecuador=EC; afghanistan=AF; angola=AO
filler-hesitation | ascolta alexa ma tipo la capitale di {} come fa | gibuti=DJ; comore=KM; mauritius=MU
filler-hesitation | alexa aspetta che ci penso no dimmelo tu la capitale del {} | lesotho=LS; malawi=MW; togo=TG

# Terse keyword forms.
terse-keyword | capitale {} | eritrea=ER; suriname=SR; tonga=TO
terse-keyword | alexa {} capitale | vanuatu=VU; kiribati=KI; nauru=NR
terse-keyword | capitale di {} alexa | samoa=WS; tuvalu=TV; palau=PW
terse-keyword | alexa capitale del {} grazie | brunei=BN; belize=BZ; bahrein=BH
terse-keyword | la capitale {} | timor est=TL; madagascar=MG; capo verde=CV

# What it-IT recognition writes.
asr-artifact | qual e la capitale del {} | peru=PE; camerun=CM; ruanda=RW
asr-artifact | qualè la capitale della {} | eswatini=SZ; guinea equatoriale=GQ; tanzania=TZ
asr-artifact | alexa qual'e la capitale di {} | sao tome e principe=ST; haiti=HT; saint lucia=LC
asr-artifact | alexa la capitale dell {} | azerbaijan=AZ; uzbekistan=UZ; iraq=IQ
asr-artifact | alexa capitale della {} | costarica=CR; nuovazelanda=NZ; papuanuova guinea=PG
asr-artifact | alexa qual è la capitale del {} | kirghizistan=KG; kazakhstan=KZ; tajikistan=TJ
asr-artifact | alexa la capitale di {} qual e | trinidad and tobago=TT; saint kitts and nevis=KN; antigua and barbuda=AG
asr-artifact | alexa che e la capitale delle {} | isole fiji=FJ; isole salomon=SB; isole marshal=MH
asr-artifact | alexa quale la capitale della {} | repubblica ceca=CZ; bosnia erzegovina=BA; macedonia del nord=MK

# One-shot requests with the invocation name.
one-shot | alexa chiedi a capitali del mondo qual è la capitale del {} | senegal=SN; sudan=SD; venezuela=VE
one-shot | alexa domanda a capitali del mondo la capitale della {} | slovacchia=SK; croazia=HR; grecia=GR
one-shot | alexa apri capitali del mondo e dimmi la capitale dell'{} | uganda=UG; etiopia=ET; indonesia=ID
one-shot | alexa usa capitali del mondo per la capitale di {} | cuba=CU; singapore=SG; israele=IL
one-shot | alexa chiedi a capitali del mondo la capitale del {} per favore | qatar=QA; liechtenstein=LI; vietnam=VN

# Launching the skill.
launch | alexa apri capitali del mondo per favore | LAUNCH
launch | alexa avvia capitali del mondo che facciamo un po di ripasso | LAUNCH
launch | alexa mi apri capitali del mondo | LAUNCH
launch | alexa vorrei giocare con capitali del mondo | LAUNCH
launch | alexa fammi partire capitali del mondo che c'è mio nipote | LAUNCH
launch | alexa parti con capitali del mondo | LAUNCH
launch | alexa apri la skill capitali del mondo | LAUNCH
launch | alexa ciao apri capitali del mondo | LAUNCH
launch | alexa buongiorno mi avvii capitali del mondo | LAUNCH
launch | alexa capitali del mondo apri | LAUNCH
launch | alexa dai apri capitali del mondo che ci divertiamo | LAUNCH
launch | alexa attivami capitali del mondo | LAUNCH
launch | alexa metti capitali del mondo | LAUNCH
launch | alexa avvia la skill delle capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo che devo ripassare per la verifica | LAUNCH
launch | alexa torna su capitali del mondo | LAUNCH
launch | alexa apri di nuovo capitali del mondo | LAUNCH
launch | alexa lancia il gioco capitali del mondo | LAUNCH
launch | alexa voglio usare capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo per il bambino | LAUNCH

# Help.
help | alexa come funziona questa cosa | HELP
help | aiuto non ho capito cosa devo dire | HELP
help | alexa che cosa posso chiederti qui | HELP
help | alexa mi spieghi come si usa | HELP
help | come si gioca alexa | HELP
help | alexa aiutami non so come fare | HELP
help | alexa cosa devo dire per sapere una capitale | HELP
help | aiuto alexa sono nuovo non so come funziona | HELP
help | alexa mi dai una mano a capire come funziona | HELP
help | alexa quali domande ti posso fare | HELP
help | alexa che cosa sai fare in questa skill | HELP
help | non ho capito come funziona me lo spieghi | HELP
help | alexa ho bisogno di aiuto con questa skill | HELP
help | alexa spiegami le istruzioni | HELP
help | alexa come devo fare le domande | HELP
help | alexa sono cieco mi spieghi come funziona | HELP
help | aiuto alexa cosa si può chiedere | HELP
help | alexa mi ripeti le istruzioni per favore | HELP
help | alexa scusa ma come si usa questa cosa delle capitali | HELP
help | sorry alexa how does it work come funziona | HELP

# Stop.
stop | alexa basta così per oggi grazie | STOP
stop | alexa esci dalla skill | STOP
stop | stop alexa abbiamo finito | STOP
stop | alexa chiudi tutto che vado a dormire | STOP
stop | basta alexa il bambino si è addormentato | STOP
stop | alexa esci per favore | STOP
stop | alexa ho finito di giocare esci | STOP
stop | alexa chiudi capitali del mondo | STOP
stop | alexa fermati ora basta | STOP
stop | alexa basta capitali per stasera | STOP
stop | ok alexa stop grazie ciao | STOP
stop | alexa adesso basta esci | STOP
stop | alexa smetti di parlare ho finito | STOP
stop | alexa chiudi la skill delle capitali | STOP
stop | basta basta alexa chiudi | STOP
stop | alexa esci dal gioco che arriva il dottore | STOP
stop | deh alexa basta così | STOP
stop | alexa stop ho finito di ripassare | STOP
stop | alexa fine esci | STOP
stop | alexa basta grazie ciao ciao | STOP

# Cancel.
cancel | alexa annulla la domanda | CANCEL
cancel | alexa lascia perdere non importa | CANCEL
cancel | no alexa annulla ho sbagliato | CANCEL
cancel | alexa annulla quello che ho detto | CANCEL
cancel | lascia stare alexa ho cambiato idea | CANCEL
cancel | alexa niente lascia perdere l'ho trovata su internet | CANCEL
cancel | annulla annulla alexa | CANCEL
cancel | alexa no niente annulla | CANCEL
cancel | alexa lascia perdere me l'ha detto mia figlia | CANCEL
cancel | alexa annulla non volevo chiedere quello | CANCEL
cancel | alexa lascia stare non fa niente | CANCEL
cancel | alexa lascia perdere la domanda | CANCEL
cancel | mena alexa lascia stare | CANCEL
cancel | alexa annulla la richiesta per favore | CANCEL
cancel | alexa no aspetta annulla | CANCEL
cancel | alexa lascia perdere ne parliamo un'altra volta | CANCEL
cancel | alexa annulla ho premuto per sbaglio | CANCEL
cancel | alexa dimentica quello che ho chiesto | CANCEL
cancel | alexa no annulla l'ho già trovata sul libro | CANCEL
cancel | lascia perdere alexa non serve più | CANCEL

# Follow-ups.
follow-up | e quella del {} | ghana=GH; kenya=KE; ciad=TD
follow-up | e la {} invece | spagna=ES; francia=FR; grecia=GR
follow-up | e dell'{} | albania=AL; armenia=AM; uganda=UG
follow-up | ok e il {} | portogallo=PT; senegal=SN; perù=PE
follow-up | adesso la {} | croazia=HR; lettonia=LV; svezia=SE
follow-up | e per il {} com'è | nepal=NP; belgio=BE; marocco=MA
follow-up | perfetto e quella della {} | tunisia=TN; nigeria=NG; serbia=RS
follow-up | bene passiamo al {} | giappone=JP; messico=MX; canada=CA
follow-up | e poi la {} | romania=RO; bulgaria=BG; polonia=PL
follow-up | grazie e la capitale dell'{} | austria=AT; islanda=IS; olanda=NL
follow-up | mh e quella dello {} | yemen=YE; sri lanka=LK
follow-up | e adesso dimmi quella della {} | finlandia=FI; mongolia=MN; bolivia=BO

# Self-corrections.
self-correction | alexa la capitale della svezia no scusa della {} | norvegia=NO; finlandia=FI; danimarca=DK
self-correction | alexa la capitale del niger anzi della {} | nigeria=NG; liberia=LR; libia=LY
self-correction | alexa qual è la capitale dell'austria cioè volevo dire della {} | australia=AU; svizzera=CH; germania=DE
self-correction | alexa la capitale della slovenia no aspetta della {} | slovacchia=SK; croazia=HR; serbia=RS
self-correction | alexa dimmi la capitale dell'iran ehm no dell'{} | iraq=IQ; oman=OM; india=IN
self-correction | alexa capitale del guatemala no del {} | honduras=HN; nicaragua=NI; panama=PA
self-correction | alexa la capitale della guinea no della {} | guinea equatoriale=GQ; guinea-bissau=GW; papua nuova guinea=PG
self-correction | alexa la capitale del sudan anzi no del {} | sud sudan=SS; ciad=TD; mali=ML
self-correction | alexa mi dici la capitale della colombia scusa mi sono sbagliato della {} | bolivia=BO; argentina=AR; bielorussia=BY
self-correction | alexa la capitale dell'uruguay o meglio del {} | paraguay=PY; cile=CL; perù=PE

# Yes/no checks.
yes-no-check | alexa la capitale del canada è toronto vero | CA
yes-no-check | alexa ma è vero che la capitale dell'australia è sydney | AU
yes-no-check | alexa la capitale della turchia è istanbul o no | TR
yes-no-check | alexa la capitale del brasile è rio de janeiro giusto | BR
yes-no-check | alexa la capitale della svizzera è zurigo | CH
yes-no-check | alexa confermi che la capitale del marocco è rabat | MA
yes-no-check | alexa la capitale della nigeria è lagos vero | NG
yes-no-check | alexa è giusto dire che la capitale del kazakistan è almaty | KZ
yes-no-check | alexa la capitale del pakistan è karachi o sbaglio | PK
yes-no-check | alexa la capitale del vietnam è hanoi vero | VN
yes-no-check | alexa ma la capitale della tanzania non era dar es salaam | TZ
yes-no-check | alexa la capitale degli stati uniti è new york giusto | US
yes-no-check | alexa la capitale della nuova zelanda è auckland o wellington | NZ
yes-no-check | alexa mi confermi che la capitale della scozia è edimburgo | GB-SCT
yes-no-check | alexa la capitale del myanmar è ancora rangoon | MM
yes-no-check | alexa è vero che la capitale della germania è berlino | DE
yes-no-check | alexa la capitale dell'ecuador è guayaquil vero | EC
yes-no-check | alexa la capitale della costa d'avorio è abidjan o no | CI
yes-no-check | alexa dimmi se la capitale del camerun è douala | CM
yes-no-check | alexa la capitale della bolivia è la paz giusto | BO
yes-no-check | alexa scommetto che la capitale del belize è belize city ho ragione | BZ
yes-no-check | alexa la capitale del benin è cotonou vero | BJ
yes-no-check | alexa la capitale dell'india è mumbai giusto | IN
yes-no-check | alexa ma la capitale della cina è shanghai | CN
yes-no-check | alexa la capitale del sudafrica è johannesburg o no | ZA
yes-no-check | alexa la capitale della siria è damasco giusto | SY

# Reverse questions.
reverse-question | alexa nairobi è la capitale di quale paese | CITY:Nairobi
reverse-question | alexa di che stato è capitale ulan bator | CITY:Ulan Bator
reverse-question | alexa ouagadougou è capitale di cosa | CITY:Ouagadougou
reverse-question | alexa tegucigalpa di che paese è la capitale | CITY:Tegucigalpa
reverse-question | alexa montevideo in che nazione si trova | CITY:Montevideo
reverse-question | alexa vientiane è la capitale di che paese | CITY:Vientiane
reverse-question | alexa di quale paese la capitale è windhoek | CITY:Windhoek
reverse-question | alexa paramaribo è la capitale di dove | CITY:Paramaribo
reverse-question | alexa bishkek di che paese è | CITY:Bishkek
reverse-question | alexa quale nazione ha come capitale asmara | CITY:Asmara
reverse-question | alexa lubiana è la capitale di quale stato | CITY:Lubiana
reverse-question | alexa la città di skopje è capitale di che cosa | CITY:Skopje
reverse-question | alexa canberra è capitale di cosa | CITY:Canberra
reverse-question | alexa kingston è la capitale di quale paese | CITY:Kingston
reverse-question | alexa di che stato americano è capitale sacramento | CITY:Sacramento
reverse-question | alexa a quale paese appartiene la capitale tbilisi | CITY:Tbilisi
reverse-question | alexa libreville è la capitale di quale stato africano | CITY:Libreville
reverse-question | alexa antananarivo di che paese è capitale | CITY:Antananarivo
reverse-question | alexa mi dici di quale paese è capitale thimphu | CITY:Thimphu
reverse-question | alexa dushanbe è la capitale di che paese | CITY:Dushanbe
reverse-question | alexa victoria è capitale di cosa | CITY:Victoria
reverse-question | alexa quale paese ha la capitale che si chiama podgorica | CITY:Podgorica
reverse-question | alexa di che nazione è capitale la valletta | CITY:La Valletta
reverse-question | alexa port moresby di che paese è capitale | CITY:Port Moresby
reverse-question | alexa halifax è la capitale di quale provincia | CITY:Halifax
reverse-question | alexa di quale land tedesco è capitale stoccarda | CITY:Stoccarda
reverse-question | alexa yaoundé è la capitale di | CITY:Yaoundé
reverse-question | alexa bamako che capitale è | CITY:Bamako

# Official names.
official-name | alexa qual è la capitale della {} | repubblica ellenica=GR; federazione russa=RU; confederazione svizzera=CH
official-name | alexa la capitale ufficiale del {} | regno hascemita di giordania=JO; regno unito di gran bretagna e irlanda del nord=GB; regno di eswatini=SZ
official-name | alexa dimmi la capitale della {} | repubblica popolare cinese=CN; repubblica federale di germania=DE; repubblica francese=FR
official-name | alexa mi serve la capitale della {} | repubblica di corea=KR; repubblica popolare democratica di corea=KP; repubblica araba siriana=SY
official-name | alexa la capitale degli {} qual è | stati uniti messicani=MX; stati uniti d'america=US
official-name | alexa sai dirmi la capitale della {} | repubblica bolivariana del venezuela=VE; repubblica democratica del congo=CD; repubblica del congo=CG
official-name | alexa la capitale dello {} qual è | stato plurinazionale della bolivia=BO; stato della città del vaticano=VA
official-name | alexa la capitale della {} per favore | repubblica democratica popolare di algeria=DZ; repubblica tunisina=TN; repubblica libanese=LB
official-name | alexa qual è la capitale della {} ehm così dice il libro | repubblica portoghese=PT; repubblica slovacca=SK; repubblica di moldova=MD

# Everyday names.
everyday-name | alexa la capitale dell'{} qual è | america=US; olanda=NL
everyday-name | alexa dimmi un po la capitale della {} | gran bretagna=GB; bosnia=BA; russia bianca=BY
everyday-name | alexa qual è la capitale degli {} | emirati=AE; usa=US; emirati arabi=AE
everyday-name | alexa la capitale del {} qual è | congo kinshasa=CD; congo brazzaville=CG; centrafrica=CF
everyday-name | alexa capitale della {} dai | macedonia=MK; moldova=MD; bielo russia=BY
everyday-name | alexa la capitale dell'{} com'è | ex zaire=CD
everyday-name | alexa la capitale degli states | US
everyday-name | alexa qual è la capitale di {} | timor=TL; trinidad=TT; saint kitts=KN
everyday-name | alexa mi dici la capitale del {} | burkina=BF; salvador=SV; vaticano=VA
everyday-name | alexa sai la capitale della {} | papua=PG; polinesia=PF; santa sede=VA

# Old names.
old-name | alexa qual era la capitale della {} | persia=IR; abissinia=ET; rhodesia=ZW
old-name | alexa la capitale del {} come si chiama oggi | siam=TH; dahomey=BJ; ceylon=LK
old-name | alexa la capitale dell'{} qual è adesso | alto volta=BF; ex birmania=MM
old-name | alexa mio nonno parlava sempre della {} la capitale qual è | birmania=MM; formosa=TW; persia=IR
old-name | alexa la capitale dello {} di una volta | zaire=CD; swaziland=SZ

# Shared names.
shared-name | alexa mi dici qual è la capitale della {} | corea=KP+KR; georgia=GE+US-GA
shared-name | alexa sai la capitale del {} | congo=CD+CG
shared-name | alexa dimmi le capitali delle {} | due coree=KP+KR; isole vergini=VG+VI
shared-name | alexa e le capitali dei {} | due congo=CD+CG
shared-name | alexa capitale {} | georgia=GE+US-GA; congo=CD+CG; corea=KP+KR
shared-name | alexa la capitale della georgia {} | quella in america=US-GA; lo stato americano=US-GA; quella del caucaso=GE
shared-name | alexa la capitale del congo {} | quello belga=CD; quello francese=CG; quello grande=CD
shared-name | alexa la capitale della corea {} | quella comunista=KP; quella di samsung=KR
shared-name | alexa le capitali di dominica e repubblica dominicana | DM+DO
shared-name | alexa le capitali delle isole vergini britanniche e americane | VG+VI
shared-name | alexa le capitali della corea del nord e del sud | KP+KR

# Plural capitals.
plural-capitals | alexa quali sono le capitali del {} | sudafrica=ZA; benin=BJ
plural-capitals | alexa dimmi tutte le capitali della {} | bolivia=BO; malesia=MY; costa d'avorio=CI
plural-capitals | alexa il {} ha due capitali quali sono | benin=BJ; sudafrica=ZA
plural-capitals | alexa quante e quali capitali hanno i {} | paesi bassi=NL
plural-capitals | alexa ho letto che lo {} ha due capitali me le dici | sri lanka=LK; eswatini=SZ
plural-capitals | alexa le due capitali della {} | palestina=PS; malaysia=MY; costa d'avorio=CI
plural-capitals | alexa ma è vero che il sudafrica ha tre capitali quali sono | ZA
plural-capitals | alexa l'olanda ha due capitali come si chiamano | NL
plural-capitals | alexa quali sono le capitali della palestina | PS
plural-capitals | alexa le capitali dello swaziland | SZ
plural-capitals | alexa la bolivia ha due capitali vero dimmele | BO
plural-capitals | alexa le capitali dello sri lanka quali sono | LK
plural-capitals | alexa tutte e due le capitali dello stato indiano del {} | jammu e kashmir=IN-JK; uttarakhand=IN-UK
plural-capitals | alexa quali sono le capitali di {} | montserrat=MS; eswatini=SZ
plural-capitals | alexa ma il benin quante capitali ha e come si chiamano | BJ
plural-capitals | alexa la malesia ha più capitali quali | MY

# Subdivisions.
subdivision | alexa qual è la capitale dello stato della {} | california=US-CA; florida=US-FL; georgia=US-GA
subdivision | alexa la capitale del {} negli stati uniti | texas=US-TX; nevada=US-NV; michigan=US-MI
subdivision | alexa capitale dello stato di {} | new york=US-NY; washington=US-WA; illinois=US-IL
subdivision | alexa la capitale dell'{} stato americano | alaska=US-AK; arizona=US-AZ; alabama=US-AL
subdivision | alexa la capitale della {} del nord | carolina=US-NC
subdivision | alexa la capitale del {} del sud | dakota=US-SD; carolina=US-SC
subdivision | alexa la capitale delle {} | hawaii=US-HI
subdivision | alexa la capitale della {} stato usa | louisiana=US-LA; pennsylvania=US-PA; virginia=US-VA
subdivision | alexa qual è la capitale del {} in america | kentucky=US-KY; tennessee=US-TN; montana=US-MT
subdivision | alexa la capitale della provincia dell'{} in canada | ontario=CA-ON; alberta=CA-AB
subdivision | alexa qual è la capitale del {} in canada | québec=CA-QC; manitoba=CA-MB; saskatchewan=CA-SK
subdivision | alexa la capitale della {} canadese | columbia britannica=CA-BC; nuova scozia=CA-NS
subdivision | alexa la capitale dello stato australiano {} | queensland=AU-QLD; victoria=AU-VIC; nuovo galles del sud=AU-NSW
subdivision | alexa la capitale della {} in australia | tasmania=AU-TAS; australia occidentale=AU-WA
subdivision | alexa la capitale della {} in germania | baviera=DE-BY; sassonia=DE-SN; turingia=DE-TH
subdivision | alexa qual è il capoluogo della {} | renania settentrionale-vestfalia=DE-NW; bassa sassonia=DE-NI; assia=DE-HE
subdivision | alexa la capitale del land {} | baden-württemberg=DE-BW; brandeburgo=DE-BB; schleswig-holstein=DE-SH
subdivision | alexa la capitale dello stato brasiliano di {} | bahia=BR-BA; minas gerais=BR-MG; paraná=BR-PR
subdivision | alexa qual è la capitale del {} in brasile | rio grande do sul=BR-RS; ceará=BR-CE; pernambuco=BR-PE
subdivision | alexa la capitale dello stato messicano di {} | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | alexa la capitale del {} in messico | chiapas=MX-CHP; nuevo león=MX-NLE; quintana roo=MX-ROO
subdivision | alexa la capitale dello stato indiano del {} | kerala=IN-KL; rajasthan=IN-RJ; gujarat=IN-GJ
subdivision | alexa qual è la capitale del {} in india | maharashtra=IN-MH; karnataka=IN-KA; tamil nadu=IN-TN
subdivision | alexa la capitale del {} nel regno unito | galles=GB-WLS
subdivision | alexa la capitale dell'{} del nord | irlanda=GB-NIR
subdivision | alexa qual è la capitale della {} quella del whisky | scozia=GB-SCT
subdivision | alexa ma la capitale dell'inghilterra da sola qual è | GB-ENG

# Territories.
territory | alexa ma qual è la capitale della {} | groenlandia=GL; martinica=MQ; guadalupa=GP
territory | alexa vado in vacanza a {} qual è la capitale | portorico=PR; aruba=AW; curaçao=CW
territory | alexa la capitale delle isole {} | cayman=KY; fær øer=FO; falkland=FK
territory | alexa l'isola di {} ha una capitale qual è | bermuda=BM; guam=GU; jersey=JE
territory | alexa andiamo in crociera a {} qual è la capitale | sint maarten=SX; saint martin=MF; anguilla=AI
territory | alexa la capitale della {} francese | polinesia=PF; guyana=GF
territory | alexa la capitale della {} che è francese | nuova caledonia=NC; riunione=RE
territory | alexa qual è la capitale dell'isola di {} | man=IM; guernsey=GG; sant'elena=SH
territory | alexa e la capitale del {} quale sarebbe | sahara occidentale=EH; kosovo=XK; taiwan=TW
territory | alexa come si chiama la capitale di {} | gibilterra=GI; mayotte=YT

# Out of domain: other facts about a named country, "capitale" in other senses, other requests.
out-of-domain | alexa quanti abitanti ha il {} | brasile=FB; portogallo=FB; cile=FB
out-of-domain | alexa che lingua si parla in {} | belgio=FB; svizzera=FB; marocco=FB
out-of-domain | alexa qual è la moneta del {} | giappone=FB; messico=FB; regno unito=FB
out-of-domain | alexa che ore sono adesso in {} | australia=FB; argentina=FB; thailandia=FB
out-of-domain | alexa chi è il presidente della {} | francia=FB; colombia=FB; tunisia=FB
out-of-domain | alexa qual è la città più grande della {} | turchia=FB; nigeria=FB; nuova zelanda=FB
out-of-domain | alexa quanto dista la {} dall'italia | grecia=FB; norvegia=FB; cina=FB
out-of-domain | alexa di che colori è la bandiera del {} | kenya=FB; perù=FB; canada=FB
out-of-domain | alexa qual è il prefisso telefonico della {} | romania=FB; tunisia=FB; spagna=FB
out-of-domain | alexa serve il passaporto per andare in {} | albania=FB; egitto=FB; inghilterra=FB
out-of-domain | alexa che tempo fa a {} domani | londra=FB; parigi=FB; madrid=FB
out-of-domain | alexa quanti abitanti ha la capitale della francia | FB
out-of-domain | alexa qual è il fiume più lungo dell'africa | FB
out-of-domain | alexa qual è la montagna più alta del mondo | FB
out-of-domain | alexa cos'è il capitale sociale di una srl | FB
out-of-domain | alexa quali sono i sette peccati capitali | FB
out-of-domain | alexa chi ha scritto il capitale | FB
out-of-domain | alexa in quali paesi c'è ancora la pena capitale | FB
out-of-domain | alexa quale città sarà capitale europea della cultura l'anno prossimo | FB
out-of-domain | alexa perché milano è chiamata la capitale della moda | FB
out-of-domain | alexa qual è la differenza tra capitale e capoluogo | FB
out-of-domain | alexa quante capitali ci sono in europa | FB
out-of-domain | alexa qual è la capitale più fredda del mondo | FB
out-of-domain | alexa qual è la capitale più alta del mondo | FB
out-of-domain | alexa metti la musica di radio deejay | FB
out-of-domain | alexa imposta un timer di dieci minuti per la pasta | FB
out-of-domain | alexa accendi la luce in cucina | FB
out-of-domain | alexa aggiungi il latte alla lista della spesa | FB
out-of-domain | alexa che tempo fa domani a livorno | FB
out-of-domain | alexa raccontami una barzelletta | FB
out-of-domain | alexa chi ha vinto la partita ieri sera | FB
out-of-domain | alexa svegliami alle sei e mezza | FB
out-of-domain | alexa quanto fa sette per otto | FB
out-of-domain | alexa come si dice capitale in inglese | FB
out-of-domain | alexa come si scrive kirghizistan | FB
out-of-domain | alexa ricordami di prendere le medicine alle otto | FB
out-of-domain | alexa chiama mia figlia | FB
out-of-domain | alexa qual è il capoluogo della puglia | FB
out-of-domain | alexa qual è il capoluogo della sardegna | FB
out-of-domain | alexa prima di roma quali città sono state capitale d'italia | FB
out-of-domain | alexa quando è diventata roma capitale | FB
out-of-domain | alexa cosa vuol dire capitale umano | FB
out-of-domain | alexa come si calcola l'aumento di capitale | FB
out-of-domain | alexa dove posso investire un piccolo capitale | FB
out-of-domain | alexa che cos'è una lettera capitale | FB
out-of-domain | alexa che cosa è un capitello corinzio | FB
out-of-domain | alexa quanti stati ci sono negli stati uniti | FB
out-of-domain | alexa quante regioni ha l'italia | FB
out-of-domain | alexa in che continente si trova il madagascar | FB
out-of-domain | alexa qual è l'inno nazionale della germania | FB
out-of-domain | alexa che cosa si mangia in giappone | FB
out-of-domain | alexa quanto costa un volo per new york | FB
out-of-domain | alexa a che ora apre la farmacia | FB
out-of-domain | alexa leggimi le notizie del giorno | FB
out-of-domain | alexa quanti gradi ci sono fuori | FB
out-of-domain | alexa metti la ninna nanna per il bambino | FB
out-of-domain | alexa com'è andata la tappa del giro oggi | FB
out-of-domain | alexa a che ora gioca l'inter stasera | FB
out-of-domain | alexa chi ha vinto la coppa del mondo di sci | FB
out-of-domain | alexa quanto è lungo il fiume po | FB
out-of-domain | alexa qual è lo stato più piccolo del mondo | FB
out-of-domain | alexa qual è il paese più grande dell'africa | FB
out-of-domain | alexa chi è il re della spagna | FB
out-of-domain | alexa quando è la festa nazionale della francia | FB
out-of-domain | alexa quanti fusi orari ha la russia | FB
out-of-domain | alexa che religione hanno in indonesia | FB
out-of-domain | alexa che lavoro fa un capitano di vascello | FB
out-of-domain | alexa com'è il mare a sharm in questo periodo | FB
out-of-domain | alexa traduci grazie in portoghese | FB
out-of-domain | alexa quante lettere ha la parola capitale | FB
out-of-domain | alexa quali paesi confinano con la svizzera | FB
out-of-domain | alexa quale lingua si parla a bruxelles | FB
out-of-domain | alexa quanto è grande il lago di garda | FB
out-of-domain | alexa dove si trova il monte kilimangiaro | FB
out-of-domain | alexa quanti anni ha il papa | FB
out-of-domain | alexa qual è il vino più famoso della georgia | FB
out-of-domain | alexa quanto ci vuole in macchina da trieste a lubiana | FB
out-of-domain | alexa che ore sono | FB
out-of-domain | alexa aumenta il volume | FB
out-of-domain | alexa metti una canzone di vasco | FB
out-of-domain | alexa quanto costa un caffè a vienna | FB
out-of-domain | alexa ordina i pannolini | FB
out-of-domain | alexa chi ha inventato la pizza | FB
out-of-domain | alexa com'è il traffico sull'autostrada del sole | FB
out-of-domain | alexa qual è la città più popolosa del mondo | FB
out-of-domain | alexa dove sono le cascate del niagara | FB
out-of-domain | alexa in che anno è caduto il muro di berlino | FB
out-of-domain | alexa perché roma si chiama caput mundi | FB
out-of-domain | alexa qual è la squadra della capitale | FB
out-of-domain | alexa quali sono le capitali europee più economiche da visitare | FB
out-of-domain | alexa qual era la capitale dell'impero romano d'oriente | FB
out-of-domain | alexa chi ha fondato roma | FB
out-of-domain | alexa accendi la radio | FB
# A second batch: Italy, and more stop lines for margin.
learner | alexa scusa qual è la capitale di italia è roma o milano | IT
stop | alexa basta con le capitali vado a fare la spesa | STOP
stop | alexa esci che è pronta la cena | STOP
stop | alexa chiudi per stasera abbiamo finito la verifica | STOP
stop | alexa stop stop smettila | STOP
"""

if __name__ == "__main__":
    build_round(21, "it", LINES, sys.argv, "tests/Eval/it/round21/source/build_corpus.py")
