"""Round 23, Italian (it-IT): a new author's own mix, written blind. Speakers chosen away from the regions and groups
earlier Italian authors used: Bari, the Salento and the Foggia plain ("ué", "ce jè", "ce ddici", "sciamu", "sine",
"stamme"), Calabria ("ohi", "u sapi", "compà", "e chi ndi sacciu", "nu pocu"), Abruzzo and Molise ("uajò", "mo", "chiù",
"jamme", "nun me la ricordo chiù"), the Marche and Umbria ("ma va là", "sci", "n'antra", "me dici"), Trieste and Friuli
("cossa xe", "bon", "dime", "orpo", "mandi", "mula"), German-speaking South Tyroleans talking Italian ("also", "genau",
"bitte", "sag mal", "gell", "jo"), Italo-Argentines back from Buenos Aires ("che", "dale", "viste", "mi abuela"),
Italo-Americans of New York and New Jersey ("hey", "my nonna", "capisce", "you know what"), Italo-Brazilians of São
Paulo and Caxias do Sul ("nossa", "então", "né", "tá bom", "beleza"), caregivers and house helpers learning Italian
(Romanian, Ukrainian, Filipino and Peruvian women: articles dropped, "doamne", "po", "oye", "la signora chiede"),
second-generation young Italians of Moroccan, Albanian, Senegalese and Punjabi families ("wallah", "frate", "zio",
"yallah", "hajde", "sat sri akal"), and Erasmus students in Padua and Bologna ("scusa il mio italiano", "come si dice",
Spanish "de", German "oder"). Situations: a lorry driver on the A14 and a taxi in Milan, a delivery rider and a school-trip
coach; a hospital night shift, a night pharmacy and a security guard's booth; the grape and olive harvests, a greenhouse,
a cowshed, beehives; briscola at the bar, a bocce tournament, a Christmas tombola, the fantacalcio auction; a parish
pilgrimage, a scout camp, a mission in Africa, the choir; GeoGuessr, a Twitch stream and Discord; wedding tables named
after capitals; flat-pack furniture, painting, moving house, a night feed; bets between relatives; a fishing boat in
Mazara del Vallo, Chioggia's fishermen and a cruise-ship crew. Plus fillers and hesitations, terse forms,
self-corrections, follow-ups, yes/no checks, reverse questions, official, old and everyday names, shared names,
subdivisions and territories, out-of-domain near misses (other facts about a named country, "capitale" in other senses,
Italian regions and other places the data lacks, everyday requests), help, stop, cancel, launch and one-shot requests
with the invocation name "capitali del mondo", and what it-IT recognition writes (lost accents, "qual e", "qualè",
joined or split names, English and phonetic spellings).
`python3 tests/Eval/it/round23/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 23's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions in ordinary words.
plain-question | scusa alexa sai dirmi qual è la capitale {} | dell'austria=AT; della finlandia=FI; dell'islanda=IS
plain-question | mi ricordi la capitale {} per favore | del nepal=NP; del bhutan=BT
plain-question | qual è esattamente la capitale {} | del kirghizistan=KG; del turkmenistan=TM; dell'uzbekistan=UZ
plain-question | sapresti dirmi come si chiama la capitale {} | della mauritania=MR; del niger=NE; del mali=ML
plain-question | mi serve sapere la capitale {} | dell'ecuador=EC; della colombia=CO; del venezuela=VE
plain-question | quale città è la capitale {} | della mongolia=MN; del laos=LA; della cambogia=KH
plain-question | vorrei sapere la capitale {} grazie | della namibia=NA; del botswana=BW; dello zambia=ZM
plain-question | la capitale {} qual è | del ghana=GH; della liberia=LR; della sierra leone=SL
plain-question | potresti dirmi la capitale {} | della guinea equatoriale=GQ; del gabon=GA
plain-question | che città è la capitale {} oggi | del tagikistan=TJ; del kazakistan=KZ; dell'afghanistan=AF

# Bari, the Salento, the Foggia plain.
puglia | ué alexa ce jè la capitale {} | dell'albania=AL; del montenegro=ME; della grecia=GR
puglia | mo dimmi na cosa la capitale {} qual è | della croazia=HR; della bosnia ed erzegovina=BA
puglia | ce ddici alexa la capitale {} la sai | della turchia=TR; di cipro=CY; del libano=LB
puglia | qua a bari stamme a discutere qual è la capitale {} | dell'armenia=AM; dell'azerbaigian=AZ
puglia | sciamu alexa dimmi la capitale {} ca tengo fretta | della tunisia=TN; della libia=LY; dell'egitto=EG
puglia | sto al lido a polignano e mi è venuto il dubbio la capitale {} | del portogallo=PT; della spagna=ES; di malta=MT
puglia | sine alexa allora la capitale {} com'è che si chiama | dell'algeria=DZ; del marocco=MA

# Calabria.
calabria | ohi alexa u sapi qual è la capitale {} | della siria=SY; della giordania=JO
calabria | e chi ndi sacciu io la capitale {} dimmela tu | del kuwait=KW; del qatar=QA; del bahrein=BH
calabria | compà dimmi nu pocu la capitale {} | dell'oman=OM; dello yemen=YE; dell'arabia saudita=SA
calabria | mio cugino di cosenza dice che la capitale {} è un'altra tu che dici | dell'australia=AU; della nuova zelanda=NZ
calabria | mannaggia alexa mi sono scordato la capitale {} | dell'argentina=AR; del cile=CL
calabria | qua a tropea facciamo il quiz sotto l'ombrellone la capitale {} | di israele=IL; dell'iran=IR

# Abruzzo and Molise.
abruzzo-molise | uajò alexa qual è la capitale {} | del camerun=CM; della nigeria=NG; del senegal=SN
abruzzo-molise | mo mi dici la capitale {} che nun me la ricordo chiù | del kenya=KE; della tanzania=TZ; dell'uganda=UG
abruzzo-molise | jamme alexa la capitale {} come se chiama | della polonia=PL; dell'ungheria=HU; della romania=RO
abruzzo-molise | quassù a campobasso ci chiedevamo la capitale {} | della bulgaria=BG; della serbia=RS; della macedonia del nord=MK
abruzzo-molise | mia nonna di sulmona vuole sapere la capitale {} | del messico=MX; degli stati uniti=US

# The Marche and Umbria.
marche-umbria | ma va là alexa qual è la capitale {} | della svezia=SE; della norvegia=NO; della danimarca=DK
marche-umbria | qui ad ancona ci siamo chiesti la capitale {} | dell'ucraina=UA; della moldavia=MD
marche-umbria | alexa me dici n'antra capitale quella {} | del giappone=JP; della cina=CN
marche-umbria | sci sci alexa la capitale {} mo me la dici | della thailandia=TH; del vietnam=VN
marche-umbria | da perugia una domanda la capitale {} qual è | dell'indonesia=ID; di singapore=SG; del brunei=BN

# Trieste and Friuli.
trieste-friuli | alexa cossa xe la capitale {} | della slovacchia=SK; della cechia=CZ
trieste-friuli | bon alexa dime la capitale {} | del belgio=BE; del lussemburgo=LU
trieste-friuli | orpo me son scordà la capitale {} | della germania=DE; della francia=FR; del regno unito=GB
trieste-friuli | mandi alexa prima de andar via la capitale {} | di andorra=AD; del liechtenstein=LI; di monaco=MC
trieste-friuli | ciò mula dime ti la capitale {} | della russia=RU; dell'italia=IT; di san marino=SM

# German-speaking South Tyroleans in Italian.
south-tyrol | also alexa qual è la capitale {} | dell'estonia=EE; della lettonia=LV
south-tyrol | genau e adesso la capitale {} bitte | del ruanda=RW; del burundi=BI; della somalia=SO
south-tyrol | alexa sag mal la capitale {} come si chiama | dell'eritrea=ER; dell'etiopia=ET; di gibuti=DJ
south-tyrol | qui a bolzano i bambini vogliono sapere la capitale {} gell | del sudan=SD; del sud sudan=SS; dell'angola=AO
south-tyrol | jo alexa la capitale {} per favore danke | del mozambico=MZ; del malawi=MW; dello zimbabwe=ZW

# Italo-Argentines back from Buenos Aires.
italo-argentine | che alexa come se dice la capitale {} | dell'uruguay=UY; del paraguay=PY
italo-argentine | dale alexa dimmi la capitale {} viste | di cuba=CU; della repubblica dominicana=DO; di haiti=HT
italo-argentine | mi abuela di buenos aires vuole sapere la capitale {} | della costa rica=CR; del nicaragua=NI; del panama=PA
italo-argentine | boludo alexa sai la capitale {} o no | dell'honduras=HN; del guatemala=GT; di el salvador=SV
italo-argentine | che ne so io alexa qual è la capitale {} che | del belize=BZ; della guyana=GY

# Italo-Americans of New York and New Jersey.
italo-american | hey alexa my nonna wants to know la capitale {} | della giamaica=JM; delle bahamas=BS; di barbados=BB
italo-american | ok so alexa la capitale {} what is it | di trinidad e tobago=TT; della grenada=GD; della dominica=DM
italo-american | capisce alexa dimmi la capitale {} | di saint lucia=LC; di saint vincent e grenadine=VC; di saint kitts e nevis=KN
italo-american | you know what alexa qual è la capitale {} | di antigua e barbuda=AG; dell'islanda=IS
italo-american | from new jersey a question la capitale {} | delle figi=FJ; delle samoa=WS; delle tonga=TO

# Italo-Brazilians of São Paulo and Caxias do Sul.
italo-brazilian | nossa alexa qual è a capitale {} | di capo verde=CV; della guinea-bissau=GW; di são tomé e príncipe=ST
italo-brazilian | então alexa la capitale {} né | del timor est=TL; del madagascar=MG; di mauritius=MU
italo-brazilian | tá bom alexa e la capitale {} qual è | delle comore=KM; delle seychelles=SC; delle maldive=MV
italo-brazilian | beleza alexa dimmi la capitale {} por favor | del togo=TG; del benin=BJ
italo-brazilian | a minha nonna de caxias do sul vuole sapere la capitale {} | del lesotho=LS; dell'eswatini=SZ

# Caregivers and house helpers learning Italian.
caregiver-learner | alexa la signora chiede qual è capitale di {} | portogallo=PT; spagna=ES; romania=RO
caregiver-learner | doamne alexa come si chiama capitale di {} | moldavia=MD; ucraina=UA; bulgaria=BG
caregiver-learner | scusa alexa io non parlo bene italiano capitale di {} quale è | perù=PE; ecuador=EC
caregiver-learner | po alexa sorry la capitale {} qual è per la signora | delle filippine=PH; della papua nuova guinea=PG; della micronesia=FM
caregiver-learner | oye alexa la capitale {} cuál è | del nicaragua=NI; della colombia=CO
caregiver-learner | alexa nonno vuole sapere capitale {} io non so | della russia=RU; della bielorussia=BY

# Second-generation young Italians of Moroccan, Albanian, Senegalese and Punjabi families.
second-gen | wallah alexa la capitale {} qual è frate | del marocco=MA; della tunisia=TN; dell'algeria=DZ
second-gen | yallah alexa dimmi la capitale {} che mio padre dice un'altra | dell'egitto=EG; della mauritania=MR; del sudan=SD
second-gen | alexa zio qual è la capitale {} raga zitti | dell'albania=AL; del kosovo=XK; della macedonia del nord=MK
second-gen | sat sri akal alexa mi dici la capitale {} | dell'india=IN; del pakistan=PK
second-gen | hajde alexa la capitale {} dai | del montenegro=ME; della serbia=RS
second-gen | mia madre viene {} e io non so neanche la capitale che vergogna | dal senegal=SN; dalla guinea=GN; dal gambia=GM

# Erasmus students in Padua and Bologna.
erasmus-learner | scusa il mio italiano qual è la capitale de {} | honduras=HN; guatemala=GT
erasmus-learner | come si dice la capitale {} scusa sono spagnola | dell'uruguay=UY; del cile=CL
erasmus-learner | alexa ich meine scusa qual è la capitale {} | dell'austria=AT; della svizzera=CH; del liechtenstein=LI
erasmus-learner | sorry my italian is not good qual è capitale di {} | irlanda=IE; scozia=GB-SCT; galles=GB-WLS
erasmus-learner | alexa la capitale {} qual è oder | della danimarca=DK; della finlandia=FI

# Lorry, taxi, delivery and coach drivers.
road-work | sono in autostrada sull'a quattordici dimmi la capitale {} | della slovenia=SI; della croazia=HR
road-work | da camionista devo scaricare {} domani qual è la capitale | in romania=RO; in polonia=PL
road-work | il cliente sul sedile dietro mi chiede la capitale {} | dell'arabia saudita=SA; degli emirati arabi uniti=AE; del qatar=QA
road-work | sto consegnando le pizze al volo dimmi la capitale {} | della turchia=TR; del giappone=JP
road-work | i ragazzi in pullman vogliono sapere la capitale {} | della repubblica ceca=CZ; dell'austria=AT; della germania=DE

# Night shifts.
night-shift | sono di turno in reparto stanotte la capitale {} qual è | dell'iran=IR; dell'iraq=IQ
night-shift | alle tre di notte in farmacia non passa nessuno dimmi la capitale {} | del laos=LA; della mongolia=MN
night-shift | il signore del letto quattro viene {} qual è la capitale del suo paese | dal gambia=GM; dalla guinea=GN
night-shift | in guardiola alla vigilanza mi annoio la capitale {} me la dici | del kazakistan=KZ; dell'azerbaigian=AZ
night-shift | a fine turno prima di smontare la capitale {} | del niger=NE; del ciad=TD

# Harvests and farm work.
farm-harvest | con le mani nel mosto alexa dimmi la capitale {} | della francia=FR; del cile=CL
farm-harvest | alexa mentre raccolgo le olive la capitale {} qual è | della grecia=GR; della tunisia=TN; del libano=LB
farm-harvest | il ragazzo che mi aiuta in serra viene {} qual è la capitale | dal bangladesh=BD; dal marocco=MA
farm-harvest | alexa sono in stalla con le vacche la capitale {} | dell'olanda=NL; della svizzera=CH; della nuova zelanda=NZ
farm-harvest | ho le arnie da controllare dimmi svelto la capitale {} | della slovenia=SI; dell'ungheria=HU

# Card games, bocce, tombola, fantacalcio.
bar-games | giocando a briscola al bar ci è venuta la domanda la capitale {} | del perù=PE; dell'uruguay=UY; del venezuela=VE
bar-games | al torneo di bocce ci stiamo chiedendo la capitale {} | della nigeria=NG; del camerun=CM
bar-games | alla tombolata al posto dei numeri facciamo le capitali la capitale {} | del vietnam=VN; della cambogia=KH
bar-games | all'asta del fantacalcio ho preso un difensore {} qual è la capitale di là | del ghana=GH; della costa d'avorio=CI
bar-games | a scopa chi perde risponde la capitale {} | dell'armenia=AM; del tagikistan=TJ

# Parish, scouts, missions and the choir.
parish-scouts | don pietro vuole sapere per il pellegrinaggio la capitale {} | del portogallo=PT; della polonia=PL; di israele=IL
parish-scouts | al campo scout il capo reparto chiede la capitale {} | della svezia=SE; dell'islanda=IS; della finlandia=FI
parish-scouts | la nostra missione è {} qual è la capitale | in malawi=MW; in burundi=BI
parish-scouts | suor maria vuole scrivere alla sorella in missione {} qual è la capitale | in brasile=BR; in ecuador=EC
parish-scouts | prima delle prove del coro alexa la capitale {} | dell'estonia=EE; della lettonia=LV

# GeoGuessr, Twitch and Discord.
geoguessr-gaming | sto giocando a geoguessr mi ha messo {} qual è la capitale | in uruguay=UY; in mongolia=MN; in bhutan=BT
geoguessr-gaming | in diretta su twitch la chat chiede la capitale {} | del turkmenistan=TM; dell'uzbekistan=UZ
geoguessr-gaming | raga aspettate alexa la capitale {} per il quiz su discord | di nauru=NR; di tuvalu=TV; di kiribati=KI
geoguessr-gaming | bro sto in partita dimmi veloce la capitale {} | di palau=PW; delle isole marshall=MH; di vanuatu=VU
geoguessr-gaming | chat ha ragione lui alexa la capitale {} qual è | delle isole salomone=SB; delle samoa=WS

# Wedding tables named after capitals.
wedding-tables | per il tableau del matrimonio ogni tavolo è una capitale la capitale {} qual è | dell'argentina=AR; del messico=MX
wedding-tables | la sposa vuole il tavolo {} come si chiama la capitale | della spagna=ES; dell'irlanda=IE; della scozia=GB-SCT
wedding-tables | il viaggio di nozze lo facciamo {} qual è la capitale | in namibia=NA; in giappone=JP
wedding-tables | al tavolo dei cugini mettiamo la capitale {} come si scrive | della colombia=CO; della giordania=JO
wedding-tables | per il matrimonio di mia figlia alexa la capitale {} | di cuba=CU; della giamaica=JM

# Flat-pack furniture, painting, moving house, a night feed.
home-diy | sto montando un armadio dell'ikea e mi chiedevo la capitale {} | della svezia=SE; della norvegia=NO; della danimarca=DK
home-diy | con il rullo in mano alexa dimmi la capitale {} | dell'egitto=EG; della libia=LY; del sudan=SD
home-diy | tra gli scatoloni del trasloco dimmi la capitale {} | dell'eritrea=ER; dell'etiopia=ET; della somalia=SO
home-diy | alle tre di notte col biberon in mano la capitale {} | del lussemburgo=LU; del belgio=BE; di monaco=MC
home-diy | sto stendendo i panni alexa la capitale {} me la ricordi | della bielorussia=BY; della moldavia=MD

# Bets and arguments between relatives and friends.
bet-argument | io e mio fratello abbiamo scommesso una pizza la capitale {} qual è | dell'australia=AU; della turchia=TR
bet-argument | alexa metti fine alla discussione la capitale {} qual è | del pakistan=PK; dell'afghanistan=AF
bet-argument | chi perde paga il caffè la capitale {} dilla tu | del marocco=MA; della nigeria=NG; del camerun=CM
bet-argument | mia moglie dice una cosa io un'altra la capitale {} chi ha ragione | del canada=CA; della svizzera=CH
bet-argument | ho scommesso dieci euro con mio cognato sulla capitale {} | del myanmar=MM; della tanzania=TZ

# A fishing boat, Chioggia's fishermen, a cruise-ship crew.
sea-port | dal peschereccio a mazara alexa la capitale {} | della tunisia=TN; di malta=MT; della libia=LY
sea-port | stiamo rientrando in porto la capitale {} qual è | della croazia=HR; dell'albania=AL
sea-port | il marinaio nuovo viene {} qual è la sua capitale | dalle filippine=PH; dall'indonesia=ID
sea-port | in cabina sulla nave da crociera i colleghi chiedono la capitale {} | delle bahamas=BS; di barbados=BB; di saint lucia=LC
sea-port | a chioggia tra pescatori si discute la capitale {} | della grecia=GR; di cipro=CY

# Fillers and hesitations.
filler-hesitation | ehm allora alexa la capitale {} eh | del senegal=SN; della guinea=GN; della costa rica=CR
filler-hesitation | aspetta aspetta com'era la capitale {} | della lituania=LT; del togo=TG
filler-hesitation | uhm mmh la capitale {} cioè qual è | del lesotho=LS; dello zimbabwe=ZW
filler-hesitation | allora vediamo un attimo alexa la capitale {} | del mozambico=MZ; dell'angola=AO
filler-hesitation | niente volevo sapere ehm la capitale {} tutto qua | della repubblica centrafricana=CF; del ruanda=RW; del burundi=BI
filler-hesitation | e niente cioè ma la capitale {} alla fine qual è | del gambia=GM; della sierra leone=SL
filler-hesitation | boh mi è sfuggita eh la capitale {} | di gibuti=DJ; delle comore=KM; di capo verde=CV
filler-hesitation | sì allora ehm capitale {} ecco | dell'ecuador=EC; del guatemala=GT

# Terse keyword forms.
terse-keyword | capitale {} | kirghizistan=KG; mauritania=MR; lesotho=LS
terse-keyword | {} capitale | madagascar=MG; nicaragua=NI
terse-keyword | alexa capitale {} grazie | guyana=GY; belize=BZ; botswana=BW
terse-keyword | capitale di {} veloce | nepal=NP; laos=LA; brunei=BN
terse-keyword | capitale {} subito | dello zambia=ZM; del gabon=GA

# What it-IT recognition writes.
asr-artifact | qual e la capitale {} | del kazakhstan=KZ; del tajikistan=TJ; dell azerbaijan=AZ
asr-artifact | qualè la capitale {} | della tailandia=TH; del kenia=KE; dell irak=IQ
asr-artifact | la capitale {} qual e | del chad=TD; di aiti=HT; del katar=QA
asr-artifact | dimmi la capitale {} | dello sri lanca=LK; della costarica=CR; del sud africa=ZA
asr-artifact | qual'è la capitale {} | dell el salvador=SV; del bangla desh=BD; della czechia=CZ
asr-artifact | alexa la capitale {} | del kirghizstan=KG; delle isole far oer=FO; del lichtenstein=LI
asr-artifact | la capitale {} per favore | della papua nuova ghinea=PG; del gana=GH; delle seicelle=SC
asr-artifact | sai la capitale {} | della jamaica=JM; dell'esuatini=SZ; del mianmar=MM
asr-artifact | capitale {} qual è | del viet nam=VN; di timorest=TL; dell'equador=EC
asr-artifact | la capitale della nordcorea | KP
asr-artifact | la capitale del lussenburgo | LU
asr-artifact | la capitale del burchina faso | BF
asr-artifact | la capitale di djibouti | DJ
asr-artifact | quale la capitale dell'oman | OM
asr-artifact | qual è la capitale della bosnia erzegovina | BA
asr-artifact | la capitale del cameroon | CM
asr-artifact | qual è la capitale di capoverde | CV
asr-artifact | la capitale di sao tome | ST
asr-artifact | la capitale della guinea bisau | GW
asr-artifact | la capitale di trinidad and tobago | TT
asr-artifact | la capitale di hawai | US-HI
asr-artifact | la capitale delle philippine | PH

# Follow-ups (expected: the place named).
follow-up | e quella {} | del libano=LB; della siria=SY; di cipro=CY
follow-up | ok e invece {} | il kuwait=KW; l'oman=OM; lo yemen=YE
follow-up | e per {} com'è | il paraguay=PY; l'uruguay=UY
follow-up | ué e {} allora | l'albania=AL; la macedonia=MK
follow-up | bon e {} | la slovenia=SI; l'austria=AT
follow-up | dale e {} | il cile=CL; la bolivia=BO
follow-up | perfetto grazie e adesso {} | la mongolia=MN; il nepal=NP; il bhutan=BT
follow-up | ancora una {} | la namibia=NA; il botswana=BW
follow-up | e quella {} la sai | del belize=BZ; dell'honduras=HN; di panama=PA
follow-up | ah ok mo {} | la tanzania=TZ; il kenya=KE

# Self-corrections (expected: the place said last).
self-correction | la capitale della slovenia no scusa {} | della slovacchia=SK; della croazia=HR; della serbia=RS
self-correction | qual è la capitale dell'austria anzi volevo dire {} | dell'australia=AU; dell'ungheria=HU
self-correction | la capitale della guinea no aspetta {} | della guinea-bissau=GW; della guinea equatoriale=GQ; della papua nuova guinea=PG
self-correction | dimmi la capitale del niger ehm no {} | della nigeria=NG; del ciad=TD
self-correction | la capitale dell'iran o meglio {} | dell'iraq=IQ; del pakistan=PK
self-correction | capitale del sudan scusa {} intendevo | del sud sudan=SS; del sudafrica=ZA
self-correction | la capitale della svezia orpo no {} | della svizzera=CH; della norvegia=NO
self-correction | qual è la capitale della lettonia mannaggia no {} | della lituania=LT; dell'estonia=EE
self-correction | la capitale del messico cioè no {} | del nuovo messico=US-NM; del guatemala=GT
self-correction | la capitale della dominica no quella {} | della repubblica dominicana=DO
self-correction | la capitale dell'islanda no no dell'irlanda | IE
self-correction | capitale della mauritania scusa di mauritius | MU

# Yes/no checks (expected: the place asked about, right or wrong guess).
yes-no-check | è vero che la capitale dell'australia è sydney | AU
yes-no-check | ankara è la capitale della turchia sì o no | TR
yes-no-check | la capitale del canada è montreal o sbaglio | CA
yes-no-check | la capitale del brasile è rio de janeiro vero | BR
yes-no-check | confermi che la capitale del marocco è rabat | MA
yes-no-check | la capitale della nigeria è lagos o abuja | NG
yes-no-check | la capitale della svizzera è ginevra giusto | CH
yes-no-check | ma la capitale del vietnam non era saigon | VN
yes-no-check | la capitale degli stati uniti è new york vero | US
yes-no-check | la capitale della bolivia è la paz o sucre | BO
yes-no-check | è giusto dire che la capitale della nuova zelanda è auckland | NZ
yes-no-check | la capitale dell'india è mumbai sì | IN
yes-no-check | la capitale del kazakistan non è più almaty vero | KZ
yes-no-check | la capitale della tanzania è dar es salaam o dodoma | TZ
yes-no-check | la capitale del pakistan è karachi no | PK
yes-no-check | ma è vero che la capitale della germania prima era bonn | DE
yes-no-check | la capitale dell'olanda è amsterdam giusto | NL
yes-no-check | la capitale del sudafrica è johannesburg vero | ZA
yes-no-check | la capitale della siria è damasco o aleppo | SY
yes-no-check | la capitale del belize è belize city vero | BZ
yes-no-check | la capitale di malta è la valletta sì o no | MT
yes-no-check | la capitale del galles è cardiff vero | GB-WLS
yes-no-check | la capitale della florida è miami | US-FL
yes-no-check | la capitale della california è los angeles giusto | US-CA
yes-no-check | sai se la capitale del montenegro è ancora cettigne o podgorica | ME
yes-no-check | la capitale dell'ecuador è guayaquil vero | EC
yes-no-check | la capitale della cina è shanghai o pechino | CN
yes-no-check | la capitale del burundi adesso è gitega o bujumbura | BI
yes-no-check | wallah la capitale del marocco è casablanca vero | MA

# Reverse questions (expected: every place with that capital).
reverse-question | di quale paese è capitale {} | ouagadougou=CITY:Ouagadougou; tegucigalpa=CITY:Tegucigalpa; ulan bator=CITY:Ulan Bator
reverse-question | {} è la capitale di quale nazione | windhoek=CITY:Windhoek; paramaribo=CITY:Paramaribo; bishkek=CITY:Bishkek
reverse-question | alexa {} di che stato è la capitale | antananarivo=CITY:Antananarivo; vientiane=CITY:Vientiane; thimphu=CITY:Thimphu
reverse-question | ohi ma {} è capitale di cosa | lubiana=CITY:Lubiana; bratislava=CITY:Bratislava; zagabria=CITY:Zagabria
reverse-question | che paese ha come capitale {} | kingston=CITY:Kingston; victoria=CITY:Victoria; canberra=CITY:Canberra
reverse-question | la città di {} di quale paese è la capitale | nuova delhi=CITY:Nuova Delhi; saint john's=CITY:Saint John's
reverse-question | quale stato americano ha come capitale {} | boise=CITY:Boise; montpelier=CITY:Montpelier; santa fe=CITY:Santa Fe
reverse-question | {} di quale land tedesco è la capitale | magonza=CITY:Magonza; hannover=CITY:Hannover
reverse-question | wallah {} è capitale di dove | rabat=CITY:Rabat; tunisi=CITY:Tunisi
reverse-question | {} è la capitale di che cosa | nuuk=CITY:Nuuk; papeete=CITY:Papeete
reverse-question | la paz di che paese è capitale | CITY:La Paz

# Official names.
official-name | la capitale {} | della repubblica islamica dell'iran=IR; del regno del marocco=MA; del granducato del lussemburgo=LU
official-name | qual è la capitale {} | della serenissima repubblica di san marino=SM; del principato del liechtenstein=LI; della repubblica socialista del vietnam=VN
official-name | mi dici la capitale {} | del regno di thailandia=TH; della repubblica federale democratica d'etiopia=ET; del sultanato dell'oman=OM
official-name | la capitale ufficiale {} | dello stato di israele=IL; della repubblica di turchia=TR; del regno di norvegia=NO
official-name | alexa la capitale {} per la ricerca | della repubblica popolare democratica di corea=KP; della repubblica di corea=KR; del commonwealth dell'australia=AU
official-name | qual è la capitale {} scritta per esteso | della repubblica argentina=AR; della repubblica federativa del brasile=BR; del regno di spagna=ES
official-name | la capitale {} come c'è scritto sul passaporto | della repubblica islamica del pakistan=PK; degli stati uniti messicani=MX; della repubblica di cipro=CY

# Everyday names.
everyday-name | ohi alexa la capitale {} dimmela | degli states=US; dell'america=US; dell'inghilterra=GB-ENG
everyday-name | la capitale {} com'è che fa | della gran bretagna=GB; degli emirati=AE; della bosnia=BA
everyday-name | mi dici la capitale {} per piacere | del congo kinshasa=CD; del congo brazzaville=CG; della repubblica ceca=CZ
everyday-name | qual è la capitale {} in due parole | della russia bianca=BY; della malesia=MY; dell'arabia=SA
everyday-name | la capitale {} mo come si chiama | del centrafrica=CF; di timor=TL; della papua=PG
everyday-name | capitale {} qual è dai | del vaticano=VA; della santa sede=VA; della moldova=MD
everyday-name | dimmi un po la capitale {} | delle fiji=FJ; delle salomone=SB; del salvador=SV
everyday-name | la capitale {} come si dice adesso | della kirghisia=KG; della sudcorea=KR; della turkiye=TR

# Old names.
old-name | mio nonno la chiama ancora {} qual è la capitale | persia=IR; birmania=MM; abissinia=ET
old-name | qual è la capitale {} come diceva la maestra | del siam=TH; di ceylon=LK; dello zaire=CD
old-name | sul francobollo c'è scritto {} qual è la capitale | rhodesia=ZW; dahomey=BJ; alto volta=BF
old-name | la capitale {} che adesso ha un altro nome | del basutoland=LS; del bechuanaland=BW; del nyasaland=MW
old-name | la capitale {} di una volta | della costa d'oro=GH; delle nuove ebridi=VU; del tanganica=TZ
old-name | la capitale dello swaziland dei tempi miei | SZ
old-name | la capitale di formosa | TW
old-name | la capitale della cambogia quando si chiamava kampuchea | KH
old-name | la capitale dell'honduras britannico | BZ
old-name | la capitale delle isole ellice | TV
old-name | la capitale della guyana olandese | SR

# Shared names.
shared-name | alexa la capitale della georgia dimmela | GE+US-GA
shared-name | sine la capitale della georgia | GE+US-GA
shared-name | la capitale della georgia quella degli stati uniti | US-GA
shared-name | la capitale della georgia in europa dell'est | GE
shared-name | la capitale del congo | CD+CG
shared-name | le capitali dei due congo | CD+CG
shared-name | la capitale del congo quello piccolo | CG
shared-name | la capitale del congo ex belga | CD
shared-name | uajò la capitale della corea | KP+KR
shared-name | le capitali delle due coree | KP+KR
shared-name | ohi la capitale della corea quella del nord | KP
shared-name | la capitale della corea quella di samsung | KR
shared-name | la capitale delle isole vergini | VG+VI
shared-name | la capitale delle isole vergini britanniche | VG
shared-name | la capitale delle isole vergini degli americani | VI
shared-name | la capitale della dominica non la repubblica dominicana l'isola piccola | DM

# Plural questions on several-capital places.
plural-capitals | uajò dimmi tutte le capitali {} | del sudafrica=ZA; della bolivia=BO; del benin=BJ
plural-capitals | compà le capitali {} quante sono e quali | dei paesi bassi=NL; della malaysia=MY; dello sri lanka=LK
plural-capitals | alexa le due capitali {} come si chiamano | della costa d'avorio=CI; dell'eswatini=SZ; della palestina=PS
plural-capitals | genau e le capitali {} bitte | dell'olanda=NL; del sudafrica=ZA
plural-capitals | mi dici le tre capitali del sudafrica una per una | ZA
plural-capitals | il jammu e kashmir ha una capitale d'estate e una d'inverno quali sono | IN-JK
plural-capitals | le due capitali dell'uttarakhand | IN-UK
plural-capitals | le capitali di montserrat quella vecchia e quella nuova | MS
plural-capitals | ma è vero che la bolivia ha due capitali quali sono | BO
plural-capitals | che capitali ha lo sri lanka | LK
plural-capitals | la malesia ha più di una capitale quali | MY
plural-capitals | le capitali della palestina quali sono | PS
plural-capitals | quali capitali ha lo swaziland | SZ
plural-capitals | dimmi entrambe le capitali della costa d'avorio | CI
plural-capitals | sat sri akal le capitali del benin quali sono | BJ

# States, provinces, Länder and the UK's nations.
subdivision | qual è la capitale dello stato {} | del texas=US-TX; della florida=US-FL; dell'ohio=US-OH
subdivision | mio zio vive {} qual è la capitale dello stato | in oregon=US-OR; in michigan=US-MI; in arizona=US-AZ
subdivision | hey alexa la capitale {} my cousin lives there | del new jersey=US-NJ; della pennsylvania=US-PA; del massachusetts=US-MA
subdivision | la capitale {} in america | dell'illinois=US-IL; del kentucky=US-KY; del nevada=US-NV
subdivision | la capitale dello stato {} in brasile | di bahia=BR-BA; di minas gerais=BR-MG; del rio grande do sul=BR-RS
subdivision | então alexa il capoluogo {} | di pernambuco=BR-PE; dell'amazonas=BR-AM; di goiás=BR-GO
subdivision | la capitale dello stato {} in messico | di jalisco=MX-JAL; dello yucatán=MX-YUC; di oaxaca=MX-OAX
subdivision | la capitale della provincia {} | dell'alberta=CA-AB; del manitoba=CA-MB; della nuova scozia=CA-NS
subdivision | il capoluogo {} in australia | del queensland=AU-QLD; della tasmania=AU-TAS; dell'australia occidentale=AU-WA
subdivision | also die hauptstadt scusa la capitale {} | della baviera=DE-BY; della sassonia=DE-SN; dell'assia=DE-HE
subdivision | la capitale dello stato indiano {} | del punjab=IN-PB; del kerala=IN-KL; del rajasthan=IN-RJ
subdivision | la capitale {} nel regno unito | della scozia=GB-SCT; dell'irlanda del nord=GB-NIR; del galles=GB-WLS

# Dependencies and overseas places.
territory | in crociera ci fermiamo {} qual è la capitale | alle bermuda=BM; alle isole cayman=KY; ad aruba=AW
territory | la capitale {} che è territorio francese | della martinica=MQ; della guadalupa=GP; della polinesia francese=PF
territory | la capitale {} quella danese | della groenlandia=GL; delle isole fær øer=FO
territory | qual è il capoluogo {} | di gibilterra=GI; dell'isola di man=IM; di jersey=JE
territory | capitale {} per la collezione di francobolli | di sant'elena=SH; delle isole falkland=FK; delle isole pitcairn=PN
territory | la capitale {} nel pacifico | della nuova caledonia=NC; di guam=GU; delle isole cook=CK
territory | la capitale {} nell'oceano indiano | della riunione=RE; di mayotte=YT
territory | la capitale di portorico | PR
territory | la capitale di curacao | CW
territory | la capitale di anguilla | AI
territory | la capitale delle turks e caicos | TC
territory | la capitale delle samoa americane | AS
territory | la capitale della guyana francese | GF
territory | la capitale di niue | NU
territory | la capitale delle svalbard | SJ
territory | la capitale di wallis e futuna | WF
territory | la capitale del sahara occidentale | EH
territory | la capitale di taiwan | TW

# One-shot requests through the invocation name.
one-shot | chiedi a capitali del mondo la capitale {} | del kenya=KE; del nepal=NP
one-shot | alexa domanda a capitali del mondo qual è la capitale {} | dell'uzbekistan=UZ; della lettonia=LV; del ruanda=RW
one-shot | apri capitali del mondo e dimmi la capitale {} | del laos=LA; della mongolia=MN; del perù=PE
one-shot | ué alexa chiedi a capitali del mondo ce jè la capitale {} | dell'albania=AL; della grecia=GR
one-shot | usa capitali del mondo per la capitale {} | del suriname=SR; della guyana=GY
one-shot | chiedi a capitali del mondo {} che capitale ha | il madagascar=MG; il paraguay=PY
one-shot | fai partire capitali del mondo e chiedi la capitale {} | del congo brazzaville=CG; del gabon=GA
one-shot | con capitali del mondo voglio sapere la capitale {} | della corea del nord=KP; del giappone=JP
one-shot | dì a capitali del mondo di dirmi la capitale {} | delle isole salomone=SB; di tuvalu=TV

# Launch.
launch | ué alexa apri capitali del mondo | LAUNCH
launch | ohi alexa mi apri capitali del mondo che giochiamo | LAUNCH
launch | alexa apri capitali del mondo che i bambini vogliono giocare | LAUNCH
launch | alexa apriamo capitali del mondo per il quiz del bar | LAUNCH
launch | hey alexa open capitali del mondo | LAUNCH
launch | alexa fai partire il gioco capitali del mondo per la serata | LAUNCH
launch | alexa mi serve capitali del mondo aprila per favore | LAUNCH
launch | jamme alexa avvia capitali del mondo | LAUNCH
launch | alexa voglio allenarmi con capitali del mondo | LAUNCH
launch | bon alexa verzi capitali del mondo | LAUNCH
launch | alexa accendi capitali del mondo per la diretta | LAUNCH
launch | nossa alexa abre capitali del mondo | LAUNCH
launch | sat sri akal alexa apri capitali del mondo | LAUNCH
launch | alexa lancia capitali del mondo qui sul camion | LAUNCH
launch | alexa partiamo con capitali del mondo al campo scout | LAUNCH
launch | also alexa avvia bitte capitali del mondo | LAUNCH

# Help.
help | come funziona capitali del mondo | HELP
help | alexa aiuto non so cosa dire | HELP
help | ohi alexa come si usa sta cosa delle capitali | HELP
help | uajò che devo dire per sapere una capitale | HELP
help | spiegami un attimo come funziona questo gioco | HELP
help | mi dai una mano non ho capito come si fa | HELP
help | dammi un esempio di domanda che posso fare | HELP
help | bitte aiuto come funziona | HELP
help | help alexa non capisco | HELP
help | sono nuova non so come si usa mi aiuti | HELP
help | quali sono i comandi di questa skill | HELP
help | ripetimi le istruzioni per favore | HELP
help | alexa aiutami che mi sono perso | HELP
help | come faccio a chiederti una capitale | HELP
help | doamne non capisco come funziona aiuto | HELP
help | scusa non ho capito cosa devo chiedere | HELP
help | mi spieghi le regole del gioco | HELP
help | hey alexa how does this work aiuto | HELP
help | come si gioca a capitali del mondo spiegamelo | HELP
help | ce ddici che devo fare mo aiutami | HELP
help | nonno non sa usarla come funziona | HELP
help | che cosa posso chiedere a questa skill | HELP

# Stop (ends the skill).
stop | basta così alexa grazie | STOP
stop | esci da capitali del mondo | STOP
stop | mo basta ué chiudi | STOP
stop | ferma tutto alexa | STOP
stop | ok abbiamo finito chiudi pure | STOP
stop | stop per stasera | STOP
stop | mandi alexa chiudi tutto | STOP
stop | tschüss alexa basta così | STOP
stop | chiudi il gioco che si è fatto tardi | STOP
stop | esci dal gioco alexa | STOP
stop | basta con le capitali per oggi | STOP
stop | non voglio più giocare chiudi | STOP
stop | stoppa tutto | STOP
stop | vabbè chiudiamo qua | STOP
stop | alexa stop che arriva il caposala | STOP
stop | uajò basta mo | STOP
stop | fine del gioco alexa esci | STOP
stop | wallah basta frate chiudi | STOP
stop | chiudi capitali del mondo per favore | STOP
stop | ok stop e chiudi | STOP
stop | basta alexa sono arrivato al casello | STOP
stop | finito il turno chiudi la skill | STOP

# Cancel (drops what was asked).
cancel | lascia perdere alexa | CANCEL
cancel | annulla annulla | CANCEL
cancel | niente lascia stare | CANCEL
cancel | non fa niente lascia perdere | CANCEL
cancel | dimentica quello che ho chiesto | CANCEL
cancel | annulla la domanda di prima | CANCEL
cancel | no no annulla mi sono sbagliato | CANCEL
cancel | contrordine lascia perdere | CANCEL
cancel | vabbè niente annulla | CANCEL
cancel | lassa perdere alexa | CANCEL
cancel | lascia sta alexa non importa | CANCEL
cancel | fa niente scordatelo | CANCEL
cancel | annulla che l'ho trovata sul telefono | CANCEL
cancel | lascia perdere la sa già mia moglie | CANCEL
cancel | cancella la richiesta | CANCEL
cancel | niente niente ho sbagliato a chiamarti | CANCEL
cancel | doamne scusa annulla | CANCEL
cancel | forget it alexa lascia perdere | CANCEL
cancel | deixa pra lá alexa annulla | CANCEL
cancel | lascia stare non serve più | CANCEL
cancel | annulla per favore la chat ha già risposto | CANCEL
cancel | ohi lassa stari | CANCEL
cancel | annulla tutto che ha già risposto mio fratello | CANCEL

# Out of domain: other facts, "capitale" in other senses, places the data lacks, everyday requests.
out-of-domain | quanti abitanti ha il portogallo | FB
out-of-domain | che lingua si parla in belgio | FB
out-of-domain | che moneta usano in croazia adesso | FB
out-of-domain | quanti fusi orari ha la russia | FB
out-of-domain | chi è il presidente del brasile | FB
out-of-domain | di che colori è la bandiera del kenya | FB
out-of-domain | quanti chilometri ci sono da bari a tirana | FB
out-of-domain | che ore sono adesso a tokyo | FB
out-of-domain | qual è il prefisso telefonico della tunisia | FB
out-of-domain | qual è la città più grande dell'australia | FB
out-of-domain | qual è la seconda città della turchia | FB
out-of-domain | quanto è alto il monte everest | FB
out-of-domain | qual è il fiume più lungo dell'africa | FB
out-of-domain | serve il visto per andare in marocco | FB
out-of-domain | quanto costa un volo per buenos aires | FB
out-of-domain | chi ha vinto il mondiale del duemilasei | FB
out-of-domain | che religione hanno in indonesia | FB
out-of-domain | quanto è grande il canada in chilometri quadrati | FB
out-of-domain | con quali paesi confina la svizzera | FB
out-of-domain | quanti abitanti ha la capitale del brasile | FB
out-of-domain | che tempo fa oggi a bucarest | FB
out-of-domain | che lingua parlano in senegal | FB
out-of-domain | qual è il piatto tipico del perù | FB
out-of-domain | quando è la festa nazionale della francia | FB
out-of-domain | chi è il re di spagna | FB
out-of-domain | qual è il capoluogo della puglia | FB
out-of-domain | il capoluogo della calabria qual è catanzaro o reggio | FB
out-of-domain | qual è il capoluogo dell'abruzzo | FB
out-of-domain | il capoluogo del molise | FB
out-of-domain | qual è il capoluogo del friuli venezia giulia | FB
out-of-domain | il capoluogo delle marche | FB
out-of-domain | la capitale della catalogna | FB
out-of-domain | qual è la capitale del tirolo austriaco | FB
out-of-domain | la capitale della cecenia | FB
out-of-domain | qual è la capitale di atlantide | FB
out-of-domain | la capitale di narnia | FB
out-of-domain | qual è la capitale del regno delle due sicilie | FB
out-of-domain | la capitale della jugoslavia | FB
out-of-domain | la capitale dell'impero romano d'oriente | FB
out-of-domain | la capitale dell'unione europea | FB
out-of-domain | la capitale di marte | FB
out-of-domain | qual è la capitale italiana del peperoncino | FB
out-of-domain | qual è la capitale mondiale della pizza | FB
out-of-domain | il capitale sociale minimo di una srl | FB
out-of-domain | chi ha scritto il capitale | FB
out-of-domain | quali sono i sette vizi capitali | FB
out-of-domain | in quali paesi c'è ancora la pena capitale | FB
out-of-domain | che significa capitale umano | FB
out-of-domain | quale sarà la capitale europea della cultura l'anno prossimo | FB
out-of-domain | quanto capitale serve per aprire un bar | FB
out-of-domain | come si scrive la a maiuscola in stampatello | FB
out-of-domain | metti la sveglia alle cinque per la vendemmia | FB
out-of-domain | accendi la luce della cucina | FB
out-of-domain | metti radio norba | FB
out-of-domain | aggiungi le orecchiette alla lista della spesa | FB
out-of-domain | raccontami una barzelletta sui carabinieri | FB
out-of-domain | quanti giorni mancano a natale | FB
out-of-domain | chiama mia figlia | FB
out-of-domain | imposta un timer di dieci minuti per la pasta | FB
out-of-domain | alza il volume | FB
out-of-domain | come si dice grazie in tedesco | FB
out-of-domain | che traffico c'è sulla a quattordici | FB
out-of-domain | a che ora chiude la farmacia di turno | FB
out-of-domain | che partita c'è stasera in tv | FB
out-of-domain | metti una canzone di domenico modugno | FB
out-of-domain | che ore sono | FB
out-of-domain | quanto fa sette per otto | FB
out-of-domain | leggimi le notizie di oggi | FB
out-of-domain | ricordami di dare le medicine alla signora alle otto | FB
out-of-domain | che santo è oggi | FB
out-of-domain | quando esce il prossimo video su twitch | FB
out-of-domain | ordina le bomboniere su amazon | FB
out-of-domain | che vento c'è domani per uscire in barca | FB
out-of-domain | quanti gol ha fatto il napoli quest'anno | FB
out-of-domain | qual è la moneta del regno unito | FB
out-of-domain | quante isole ci sono nelle filippine | FB
out-of-domain | in che continente si trova il suriname | FB
out-of-domain | quanti stati ci sono negli stati uniti | FB
out-of-domain | il presidente della repubblica italiana come si chiama | FB
out-of-domain | quale lingua si parla in brasile portoghese o spagnolo | FB
out-of-domain | qual è l'inno nazionale dell'argentina | FB
out-of-domain | la popolazione di roma | FB
out-of-domain | cos'è una capitale di provincia | FB
out-of-domain | quanti abitanti fa la capitale dell'albania | FB
out-of-domain | qual è il punto più alto della slovenia | FB
out-of-domain | che fuso orario ha il brasile rispetto all'italia | FB
out-of-domain | quali sono le lettere maiuscole dell'alfabeto | FB
out-of-domain | come si gioca a briscola | FB
out-of-domain | accendi la televisione sul tg regionale | FB
out-of-domain | spegni la luce in camera dei bambini | FB
out-of-domain | qual è il capoluogo della basilicata potenza o matera | FB
out-of-domain | la capitale dell'andalusia | FB
out-of-domain | quanti abitanti ha la moldavia | FB
out-of-domain | chi è il primo ministro della nuova zelanda | FB
out-of-domain | che lingua si parla in eritrea | FB
out-of-domain | quanto costa il caffè in brasile | FB
out-of-domain | la capitale del salento | FB
out-of-domain | qual è la capitale della provincia di buenos aires | FB
out-of-domain | qual è la capitale morale d'italia | FB
out-of-domain | metti la musica per far dormire il bambino | FB
out-of-domain | che giorno è domani | FB
"""

if __name__ == "__main__":
    build_round(23, "it", LINES, sys.argv, "tests/Eval/it/round23/source/build_corpus.py")
