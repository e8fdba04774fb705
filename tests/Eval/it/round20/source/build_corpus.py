"""Round 20, Italian (it-IT): a new author's own mix, written blind. Speakers, chosen apart from the earlier Italian
rounds: Bologna and Romagna ("dai mo", "ciò", "te", rolling out the sfoglia), Puglia and Basilicata ("uagliò", "ce è" for
"qual è", "stamme a sentì", a bet in Bari), Calabria and Abruzzo ("cumpà", "mi dici na cosa", an uncle abroad), Friuli
and Trentino ("mandi", "eh sì"), Bergamo and Brescia ("pota", "ma va"), the Piedmont countryside ("cerea", the Langhe),
the Marche and Umbria ("dimme un po", "vorrei sapè"); people at work (night-shift nurses, a taxi driver at the lights,
the barber's, the tobacconist's, a shop closing); caregivers and foreign-born speakers learning Italian (Romanian,
Ukrainian, Peruvian, Filipino, Moroccan, Albanian, West African: articles dropped or slipped, "io non parla bene");
gamers (GeoGuessr, Risiko, the fantacalcio, a Twitch live, "bro"); the bar (a coffee bet, the round paid by the loser);
parish elders (a missionary priest, distance adoption, a visiting nun, ninety years old); small children at bedtime;
school (a research for school, the terza media exam, holiday homework, a public competition, an entrance test); news
and sport (the tg, Inter away, Sinner's tournaments, the Olympics, the Dakar, volleyball); work travel (a flight
attendant, a transfer, a new branch, a stopover); weddings, birthday quizzes and escape rooms; Italians abroad in London,
Dublin and Munich mixing in English. Plus fillers, terse keyword forms, one-shot questions through "capitali del mondo",
follow-ups, self-corrections, yes/no checks with right and wrong cities, reverse questions, official, everyday and old
names, shared names, plural capitals, states, provinces, Länder, nations and territories, and what it-IT recognition
writes (accents and apostrophes dropped, "qualè", "qual'e", names joined or split: "burkinafaso", "sierraleone",
"guineabissau", "costa davorio"; English spellings "azerbaijan", "kirghizstan"). Out of domain: other facts about a named
country, "capitale" in other senses (capitale sociale, peccati capitali, pena capitale, Marx, capitale umano, capitale
di rischio, the European capital of culture, Milan the fashion capital), near misses and other skills' requests.
`python3 tests/Eval/it/round20/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 20's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions, neutral register (a fill carries its own preposition and article).
plain-question | qual è la capitale {} | del kirghizistan=KG; dell'eritrea=ER; di vanuatu=VU
plain-question | mi sai dire la capitale {} | del tagikistan=TJ; del suriname=SR; della guyana=GY
plain-question | alexa la capitale {} qual è | della lettonia=LV; del turkmenistan=TM; di palau=PW
plain-question | vorrei sapere qual è la capitale {} | del burundi=BI; della mauritania=MR; del bhutan=BT
plain-question | dimmi per favore la capitale {} | di nauru=NR; di tuvalu=TV; della micronesia=FM
plain-question | alexa come si chiama la capitale {} | del lesotho=LS; del malawi=MW; dello zambia=ZM
plain-question | sapresti dirmi la capitale {} | dell'uzbekistan=UZ; dell'azerbaigian=AZ; dell'armenia=AM

# Bologna and Romagna: "burdèl", "socmel" left out, "ciò", "dai mo", "te", "aria".
emilia-romagna | dai mo alexa dimmi te la capitale {} | della slovenia=SI; della slovacchia=SK; della croazia=HR
emilia-romagna | ciò burdèl qui non se la ricorda nessuno la capitale {} | dell'estonia=EE; della lituania=LT; della bielorussia=BY
emilia-romagna | alexa son qui a tirare la sfoglia e mi è venuto un dubbio qual è la capitale {} | della tunisia=TN; dell'algeria=DZ; della libia=LY
emilia-romagna | ma te lo sai alexa la capitale {} che io non me la ricordo più | del montenegro=ME; dell'albania=AL; della serbia=RS

# Puglia and Basilicata: "mo", "ce", "uagliò", "scè", "statt accort" left out.
puglia | uagliò alexa dimmi mo la capitale {} | della grecia=GR; di cipro=CY; di malta=MT
puglia | alexa ce è la capitale {} | del marocco=MA; dell'egitto=EG; della giordania=JO
puglia | stamme a sentì alexa la capitale {} com'è che si chiama | della turchia=TR; della siria=SY; del libano=LB
puglia | alexa qua a bari stiamo facendo una scommessa la capitale {} qual è | dell'iraq=IQ; dell'iran=IR; del kuwait=KW

# Calabria and Abruzzo: "cumpà", "mi dici", "mo", "ma che ne so".
calabria-abruzzo | cumpà alexa mi dici la capitale {} | del venezuela=VE; della colombia=CO; del perù=PE
calabria-abruzzo | alexa mi dici na cosa la capitale {} qual è | dell'argentina=AR; del cile=CL; dell'uruguay=UY
calabria-abruzzo | alexa ma che ne so io la capitale {} dimmela tu | del paraguay=PY; dell'ecuador=EC; del brasile=BR
calabria-abruzzo | alexa mio zio sta in {} qual è la capitale di là | canada=CA; australia=AU; germania=DE

# Friuli and Trentino: "mandi", "dai", "ostia" left out, "eh sì".
friuli-trentino | mandi alexa senti la capitale {} qual è | dell'austria=AT; della slovenia ora che ci penso=SI; dell'ungheria=HU
friuli-trentino | alexa qui dal trentino una domanda la capitale {} | del liechtenstein=LI; della svizzera=CH; del lussemburgo=LU
friuli-trentino | alexa eh sì vorrei sapere la capitale {} per piacere | della norvegia=NO; della svezia=SE; della finlandia=FI

# Bergamo and Brescia: "pota", "ma va", "dai".
bergamo-brescia | pota alexa la capitale {} qual è | della danimarca=DK; dell'islanda=IS; dell'irlanda=IE
bergamo-brescia | alexa pota non la so la capitale {} | del belgio=BE; dei paesi bassi=NL; della francia=FR
bergamo-brescia | ma va alexa la capitale {} me la dici te | della polonia=PL; della romania=RO; della bulgaria=BG

# Turin and Piedmont countryside (without the "neh" of round 19): "bòja fauss" left out, "cerea", "ma dai".
piemonte | cerea alexa mi dica la capitale {} | del portogallo=PT; della spagna=ES; di andorra=AD
piemonte | alexa qui nelle langhe ci chiediamo la capitale {} | della georgia il paese=GE; del kazakistan=KZ; della mongolia=MN

# Marche and Umbria: "mo", "che", "ma dimme".
marche-umbria | alexa ma dimme un po la capitale {} | del nepal=NP; del bangladesh=BD; dello sri lanka=LK
marche-umbria | alexa so de perugia e vorrei sapè la capitale {} | del pakistan=PK; dell'afghanistan=AF; dell'india=IN

# Night-shift nurses, taxi drivers, barbers, shopkeepers.
work-shift | alexa sono in pausa in reparto ho due minuti qual è la capitale {} | del ruanda=RW; dell'uganda=UG; del kenya=KE
work-shift | faccio il turno di notte e un paziente mi ha chiesto la capitale {} | della tanzania=TZ; del mozambico=MZ; dello zimbabwe=ZW
work-shift | alexa sono in taxi fermo al semaforo il cliente vuole sapere la capitale {} | del giappone=JP; della corea del sud=KR; della cina=CN
work-shift | alexa qui dal barbiere stiamo discutendo della capitale {} | del vietnam=VN; della cambogia=KH; del laos=LA
work-shift | alexa in tabaccheria un signore chiede la capitale {} | della thailandia=TH; del myanmar=MM; della malaysia=MY
work-shift | alexa sto chiudendo il negozio dimmi al volo la capitale {} | dell'indonesia=ID; delle filippine=PH; di singapore=SG

# Caregivers and foreign-born speakers learning Italian (Romanian, Ukrainian, Peruvian, Filipino, Moroccan, Albanian).
caregiver-learner | alexa scusa io sono badante la signora vuole sapere capitale {} | della moldavia=MD; della ucraina=UA; della romania per favore=RO
caregiver-learner | alexa mi dici come è capitale di {} | ecuador=EC; bolivia=BO; perù per mia figlia=PE
caregiver-learner | alexa io non parla bene italiano capitale {} quale | di filippine=PH; di sri lanka=LK; di bangladesh=BD
caregiver-learner | alexa per favore capitale di mio paese {} come si dice in italiano | marocco=MA; albania=AL; senegal=SN
caregiver-learner | alexa la capitale di {} quale città è | nigeria=NG; ghana=GH; costa d'avorio=CI

# Gamers: GeoGuessr, Risiko, fantacalcio, a streamer on Twitch.
gamer | alexa sto giocando a geoguessr mi è uscita una bandiera {} qual è la capitale | del botswana=BW; della namibia=NA; del gabon=GA
gamer | alexa a risiko mi hanno preso {} ma la capitale vera qual è | l'egitto=EG; la cina=CN; il brasile=BR
gamer | alexa sono in live su twitch la chat chiede la capitale {} | dell'eswatini=SZ; del togo=TG; del benin=BJ
gamer | alexa nel fantacalcio ho preso un giocatore {} qual è la capitale di quel paese | del camerun=CM; del mali=ML; della guinea=GN
gamer | bro alexa domanda veloce capitale {} | del qatar=QA; del bahrein=BH; dell'oman=OM
gamer | alexa stiamo facendo una partita a trivial con gli amici la capitale {} | dello yemen=YE; dell'arabia saudita=SA; degli emirati arabi uniti=AE

# The bar: bets over a coffee, the newspaper on the counter.
bar-sport | alexa qui al bar ci siamo giocati un caffè la capitale {} qual è | dell'australia=AU; della nuova zelanda=NZ; delle figi=FJ
bar-sport | alexa metti fine a sta discussione la capitale {} | del canada=CA; del messico=MX; degli stati uniti=US
bar-sport | alexa il mio amico giura che la capitale {} è un'altra dicci tu | della turchia=TR; della svizzera=CH; del marocco=MA
bar-sport | alexa chi perde paga il giro la capitale {} | del kazakistan=KZ; della nigeria=NG; del brasile=BR

# Elders: the parish, missionaries, grandchildren, great-grandmothers.
parish-elder | alexa il nostro parroco è partito missionario {} qual è la capitale di lì | in ciad=TD; nel niger=NE; in burkina faso=BF
parish-elder | alexa sono la nonna di giulia mi fa la cortesia di dirmi la capitale {} | della sierra leone=SL; della liberia=LR; del gambia=GM
parish-elder | alexa io ho novant'anni e non ci vedo più bene la capitale {} | dell'etiopia=ET; della somalia=SO; di gibuti=DJ
parish-elder | alexa abbiamo adottato a distanza un bambino {} la capitale qual è | del madagascar=MG; dell'angola=AO; del congo brazzaville=CG
parish-elder | alexa la suora che viene a trovarci sta {} mi dice la capitale | in guinea-bissau=GW; a capo verde=CV; a são tomé=ST

# Small children, bedtime and play.
child | alexa io ho sei anni e la mia mamma non sa la capitale {} | dell'italia=IT; della francia=FR; della spagna=ES
child | alexa prima di dormire mi dici la capitale {} | del giappone=JP; dell'australia=AU; dell'egitto=EG
child | alexa alexa alexa la capitale {} | della cina=CN; della russia=RU; del canada=CA
child | alexa è vero che la capitale {} è una città | dell'inghilterra=GB-ENG; della germania=DE; dell'america=US
child | alexa il mio nonno dice che sa tutte le capitali ma non sa quella {} tu la sai | del perù=PE; della grecia=GR; del messico=MX

# School: terza media exam, a research for school, holiday homework, a public exam.
school | alexa sto facendo la ricerca per scuola sul paese {} qual è la capitale | dell'uganda=UG; della tanzania=TZ; del sudan=SD
school | alexa ho l'esame di terza media e porto la geografia la capitale {} | del sud sudan=SS; dell'eritrea=ER; della repubblica centrafricana=CF
school | alexa nei compiti per le vacanze c'è la capitale {} | delle comore=KM; di mauritius=MU; delle seychelles=SC
school | alexa sto studiando per un concorso pubblico mi serve la capitale {} | della macedonia del nord=MK; della bosnia ed erzegovina=BA; del kosovo=XK
school | alexa la maestra ci ha dato la cartina e manca la capitale {} | delle maldive=MV; del brunei=BN; di timor est=TL
school | alexa per il test d'ingresso mi serve la capitale {} | della papua nuova guinea=PG; delle isole salomone=SB; di kiribati=KI

# News and sport: the Champions League draw, tennis tournaments, the Olympics, the Dakar.
news-sport | alexa al tg hanno parlato {} qual è la capitale | del sudan=SD; del niger=NE; di haiti=HT
news-sport | alexa l'inter gioca in trasferta {} qual è la capitale | in azerbaigian=AZ; in moldavia=MD; in bielorussia=BY
news-sport | alexa sinner gioca un torneo {} qual è la capitale di quel paese | in qatar=QA; in kazakistan=KZ; in cina=CN
news-sport | alexa alle olimpiadi ha vinto un atleta {} qual è la capitale | della giamaica=JM; del kenya=KE; dell'etiopia=ET
news-sport | alexa la dakar quest'anno passa {} qual è la capitale | in arabia saudita=SA; in mauritania=MR; in senegal=SN
news-sport | alexa la nazionale di pallavolo gioca contro {} qual è la capitale | la slovenia=SI; la serbia=RS; il montenegro=ME

# Travel for work: flight attendants, pilots, workers sent abroad.
work-travel | alexa faccio l'assistente di volo e domani atterro {} qual è la capitale | in gabon=GA; in guinea equatoriale=GQ; in camerun=CM
work-travel | alexa mi mandano in trasferta {} qual è la capitale | in algeria=DZ; in tunisia=TN; in libia=LY
work-travel | alexa la ditta apre una sede {} mi dici la capitale | in vietnam=VN; in indonesia=ID; in bangladesh=BD
work-travel | alexa il mio volo fa scalo {} che capitale ha quel paese | in etiopia=ET; in oman=OM; in qatar=QA

# Weddings, parties, escape rooms: tables named after capitals.
event | alexa al matrimonio i tavoli hanno i nomi delle capitali qual è quella {} | del portogallo=PT; dell'islanda=IS; della norvegia=NO
event | alexa siamo chiusi in una escape room e l'indizio è la capitale {} | del perù=PE; del venezuela=VE; della bolivia=BO
event | alexa alla festa di compleanno facciamo un quiz la capitale {} | della danimarca=DK; della finlandia=FI; della polonia=PL

# Italians abroad mixing in English.
italian-abroad | alexa sono a londra e il mio collega mi chiede what's the capital {} | del belize=BZ; della guyana=GY; del suriname=SR
italian-abroad | alexa vivo a dublino e sto facendo un pub quiz la capitale {} | della scozia=GB-SCT; del galles=GB-WLS; dell'irlanda del nord=GB-NIR
italian-abroad | alexa sono a monaco in germania e la mia coinquilina vuole sapere la capitale {} anyway | della baviera=DE-BY; della sassonia=DE-SN; dell'assia=DE-HE
italian-abroad | alexa i'm sorry non mi ricordo la capitale {} | del nicaragua=NI; dell'honduras=HN; del guatemala=GT
italian-abroad | alexa ok so la capitale {} qual è | di el salvador=SV; della costa rica=CR; di panama=PA

# Fillers and hesitations.
filler-hesitation | allora alexa ehm come si chiama la capitale {} | del ghana=GH; del togo=TG; del benin il paese=BJ
filler-hesitation | alexa senti ma ehm no niente volevo sapere la capitale {} | della giamaica=JM; di cuba=CU; di haiti=HT
filler-hesitation | alexa ecco allora la la capitale {} | della repubblica dominicana=DO; delle bahamas=BS; di barbados=BB
filler-hesitation | alexa mmh aspetta com'era la capitale {} | di trinidad e tobago=TT; di grenada=GD; di saint lucia=LC
filler-hesitation | alexa insomma sai quella cosa la capitale {} | di saint vincent e grenadine=VC; della dominica=DM; di antigua e barbuda=AG
filler-hesitation | uhm alexa praticamente mi serve sapere la capitale {} | di saint kitts e nevis=KN; del belize=BZ; di samoa=WS
filler-hesitation | alexa allora vediamo un attimo la capitale {} come si chiamava | delle tonga=TO; delle isole marshall=MH; di nauru appunto=NR

# Terse keyword forms.
terse-keyword | capitale {} | tagikistan=TJ; gibuti=DJ; eritrea=ER
terse-keyword | alexa capitale {} | lesotho=LS; burundi=BI; comore=KM
terse-keyword | {} capitale | ruanda=RW; malawi=MW; zambia=ZM
terse-keyword | alexa {} capitale grazie | mongolia=MN; bhutan=BT; laos=LA
terse-keyword | la capitale {} | del ciad=TD; del niger=NE; del mali=ML

# What it-IT recognition writes: accents dropped, apostrophes lost or moved, names split or joined.
asr-artifact | qual e la capitale {} | del peru=PE; dell eritrea=ER; del iraq=IQ
asr-artifact | alexa qualè la capitale {} | della tailandia=TH; del azerbaijan=AZ; della cechia=CZ
asr-artifact | qual'e la capitale {} | di sao tome e principe=ST; del kirghizstan=KG; dell uzbekistan=UZ
asr-artifact | alexa la capitale di {} | nuova zelanda=NZ; papua nuova guinea=PG; costa davorio=CI
asr-artifact | alexa qual è la capitale del {} | burkinafaso=BF; camerun=CM; capoverde=CV
asr-artifact | alexa qual è la capitale della {} | sierraleone=SL; guineabissau=GW; bosnia erzegovina=BA
asr-artifact | alexa qual è la capitale dello {} | sri lanka=LK; swaziland=SZ; yemen=YE
asr-artifact | alexa qual è la capitale delle {} | filippine=PH; isole fiji=FJ; isole salomone=SB

# One-shot questions through the invocation name.
one-shot | alexa chiedi a capitali del mondo la capitale {} | della lituania=LT; della lettonia=LV; dell'estonia=EE
one-shot | alexa apri capitali del mondo e dimmi la capitale {} | del turkmenistan=TM; del kirghizistan=KG; dell'armenia=AM
one-shot | alexa domanda a capitali del mondo qual è la capitale {} | della georgia nel caucaso=GE; del nepal=NP; del pakistan=PK
one-shot | alexa usa capitali del mondo per la capitale {} | di tuvalu=TV; di vanuatu=VU; delle samoa=WS
one-shot | alexa chiedi a capitali del mondo di dirmi la capitale {} | dell'ungheria=HU; della slovacchia=SK; dell'austria=AT

# Launch: opening the skill without a question.
launch | apri capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo per favore | LAUNCH
launch | alexa avvia capitali del mondo | LAUNCH
launch | alexa fai partire capitali del mondo | LAUNCH
launch | alexa lancia capitali del mondo | LAUNCH
launch | alexa voglio giocare con capitali del mondo | LAUNCH
launch | alexa mi apri capitali del mondo che ho delle domande | LAUNCH
launch | alexa apri un po capitali del mondo dai | LAUNCH
launch | alexa apri la skill capitali del mondo | LAUNCH
launch | alexa attiva capitali del mondo | LAUNCH
launch | alexa metti capitali del mondo per i bambini | LAUNCH
launch | alexa accendi capitali del mondo | LAUNCH
launch | alexa apriresti capitali del mondo | LAUNCH
launch | ehi alexa capitali del mondo | LAUNCH
launch | alexa entra in capitali del mondo | LAUNCH
launch | alexa vorrei usare capitali del mondo | LAUNCH
launch | alexa riapri capitali del mondo | LAUNCH
launch | alexa nonna vuole capitali del mondo aprilo | LAUNCH

# Help.
help | aiuto | HELP
help | alexa aiutami non so cosa dire | HELP
help | come funziona questa cosa | HELP
help | che cosa ti posso chiedere | HELP
help | cosa sai fare di preciso | HELP
help | mi spieghi come si usa | HELP
help | alexa non ho capito come funziona sto gioco | HELP
help | che domande si possono fare | HELP
help | dammi una mano non so come usarti | HELP
help | come devo fare le domande | HELP
help | spiegami le istruzioni | HELP
help | ho bisogno di aiuto con questa skill | HELP
help | quali sono i comandi | HELP
help | alexa mi aiuti a capire come si usa | HELP
help | mi fai un esempio di domanda | HELP
help | che cosa devo dire per sapere una capitale | HELP
help | non so come si fa mi aiuti | HELP
help | aiuto alexa cosa posso chiedere qui | HELP
help | sono la nonna come si usa questa roba | HELP
help | mi ripeti le istruzioni per favore | HELP

# Stop: ending the session.
stop | stop | STOP
stop | basta | STOP
stop | alexa fermati | STOP
stop | alexa basta così grazie | STOP
stop | esci | STOP
stop | alexa esci dalla skill | STOP
stop | chiudi | STOP
stop | alexa chiudi capitali del mondo | STOP
stop | smettila | STOP
stop | alexa stai zitta | STOP
stop | ho finito grazie ciao | STOP
stop | alexa spegniti | STOP
stop | basta capitali per oggi | STOP
stop | alexa stop stop | STOP
stop | finito per stasera basta | STOP
stop | alexa esci pure | STOP
stop | fine del gioco chiudi | STOP
stop | alexa basta che è ora di cena | STOP
stop | silenzio alexa | STOP
stop | adesso basta chiudi tutto | STOP

# Cancel: dropping what was asked.
cancel | annulla | CANCEL
cancel | alexa annulla | CANCEL
cancel | lascia perdere | CANCEL
cancel | lascia stare | CANCEL
cancel | non importa | CANCEL
cancel | ho cambiato idea | CANCEL
cancel | anzi no lascia perdere | CANCEL
cancel | alexa annulla la domanda | CANCEL
cancel | no niente lascia stare | CANCEL
cancel | cancella quello che ho chiesto | CANCEL
cancel | alexa lascia perdere ho sbagliato | CANCEL
cancel | annulla tutto | CANCEL
cancel | no aspetta annulla | CANCEL
cancel | alexa non fa niente lascia perdere | CANCEL
cancel | annulla la richiesta | CANCEL
cancel | lascia stare l'ho già trovata | CANCEL
cancel | alexa lascia perdere la chiedo a mio figlio | CANCEL
cancel | ah no annulla per favore | CANCEL
cancel | macché lascia perdere | CANCEL
cancel | no no annulla | CANCEL

# Follow-ups (expected: the place they name).
follow-up | e {} | della siria=SY; del libano invece=LB; della giordania=JO
follow-up | e quella {} | dell'oman=OM; del qatar=QA; del kuwait=KW
follow-up | ok adesso {} | la slovacchia=SK; la slovenia=SI; la croazia=HR
follow-up | e invece {} | il belgio=BE; l'olanda=NL; il lussemburgo=LU
follow-up | perfetto e {} | per l'ungheria=HU; per la romania=RO; per la bulgaria=BG
follow-up | bene e ora dimmi {} | quella della mongolia=MN; quella del nepal=NP; quella del bhutan=BT
follow-up | grazie e {} come capitale | il senegal=SN; il mali=ML; la mauritania=MR
follow-up | un'altra {} | il kenya=KE; la tanzania=TZ; l'uganda=UG
follow-up | allora passiamo {} | alla colombia=CO; al venezuela=VE; all'ecuador=EC
follow-up | e già che ci sei {} | anche la finlandia=FI; anche la svezia=SE; anche la norvegia=NO
follow-up | va bene e per {} | il vietnam=VN; la cambogia=KH; il laos=LA
follow-up | mh e {} che capitale ha | lo zimbabwe=ZW; il botswana=BW; la namibia=NA

# Self-corrections (expected: the place said last).
self-correction | alexa la capitale {} | della slovenia no scusa della slovacchia=SK; dell'austria anzi dell'australia=AU; della svezia cioè della svizzera=CH
self-correction | ma qual è la capitale {} | dell'iran no aspetta dell'iraq=IQ; del niger anzi della nigeria=NG; della guinea no della guyana=GY
self-correction | alexa dimmi la capitale {} | della colombia ehm no della bolivia=BO; del perù volevo dire del paraguay=PY; del cile no dell'argentina=AR
self-correction | alexa senti la capitale {} | dell'islanda mi sono sbagliato dell'irlanda=IE; della lettonia ah no della lituania=LT; del mali scusa del malawi=MW
self-correction | la capitale {} per cortesia | della corea del nord no quella del sud=KR; della repubblica dominicana no di haiti=HT; del sudan no del sud sudan=SS
self-correction | alexa mi dici la capitale {} | dell'austria no anzi della germania=DE; del portogallo ehm no della spagna=ES; della danimarca anzi della norvegia=NO
self-correction | ah no aspetta volevo chiedere la capitale {} | del canada=CA; del messico=MX; della nuova zelanda=NZ

# Yes/no checks (expected: the place asked about, also when the city said is wrong).
yes-no-check | alexa ma la capitale {} | dell'australia è sydney vero=AU; del canada è toronto giusto=CA; della turchia è istanbul o no=TR
yes-no-check | è vero che la capitale {} | del brasile è rio de janeiro=BR; della svizzera è zurigo=CH; del marocco è casablanca=MA
yes-no-check | alexa confermami che la capitale {} | della nigeria è abuja=NG; del pakistan è islamabad=PK; del kazakistan è astana=KZ
yes-no-check | la capitale {} sbaglio | della bolivia non è la paz=BO; del myanmar non è rangoon=MM; della tanzania non è dar es salaam=TZ
yes-no-check | alexa mio figlio dice che la capitale {} ha ragione | della scozia è glasgow=GB-SCT; della new zealand è auckland=NZ; degli stati uniti è new york=US
yes-no-check | alexa ma {} giusto | belgrado è la capitale della serbia=RS; bucarest è la capitale della romania=RO; zagabria è la capitale della croazia=HR
yes-no-check | alexa ho scritto che la capitale {} va bene | del vietnam è hanoi=VN; della costa d'avorio è abidjan=CI; del sudafrica è johannesburg=ZA

# Reverse questions (expected: every place with that capital).
reverse-question | alexa {} di che paese è la capitale | lubiana=CITY:Lubiana; bratislava=CITY:Bratislava; tallinn=CITY:Tallinn
reverse-question | alexa di quale nazione è capitale {} | ouagadougou=CITY:Ouagadougou; niamey=CITY:Niamey; bamako=CITY:Bamako
reverse-question | {} è la capitale di cosa | thimphu=CITY:Thimphu; vientiane=CITY:Vientiane; ulan bator=CITY:Ulan Bator
reverse-question | alexa in che stato si trova la capitale {} | paramaribo=CITY:Paramaribo; georgetown=CITY:Georgetown; montevideo=CITY:Montevideo
reverse-question | alexa {} è capitale di quale paese | windhoek=CITY:Windhoek; gaborone=CITY:Gaborone; maseru=CITY:Maseru
reverse-question | alexa ho sentito nominare {} di che paese è capitale | tegucigalpa=CITY:Tegucigalpa; managua=CITY:Managua; canberra=CITY:Canberra
reverse-question | alexa quale paese ha come capitale {} | kingston=CITY:Kingston; victoria=CITY:Victoria; nicosia=CITY:Nicosia
reverse-question | alexa di che paese è capitale {} | asmara=CITY:Asmara; dodoma=CITY:Dodoma; apia=CITY:Apia
reverse-question | alexa quale stato americano ha per capitale {} | sacramento=CITY:Sacramento; boise=CITY:Boise; montpelier=CITY:Montpelier

# Official names.
official-name | mi sa dire qual è la capitale {} | della repubblica ellenica=GR; della confederazione svizzera=CH; della federazione russa=RU
official-name | alexa per la scuola la capitale {} | della repubblica federale di germania=DE; del regno hascemita di giordania=JO; della repubblica popolare cinese=CN
official-name | alexa mi dici per cortesia la capitale {} | della repubblica italiana=IT; della repubblica francese=FR; della repubblica portoghese=PT
official-name | dimmi la capitale {} | della repubblica araba siriana=SY; della repubblica libanese=LB; della repubblica tunisina=TN
official-name | alexa qual è di preciso la capitale {} | degli stati uniti messicani=MX; della repubblica bolivariana del venezuela=VE; del regno di eswatini=SZ
official-name | la capitale {} qual è | della repubblica di corea=KR; della repubblica popolare democratica di corea=KP; della repubblica di moldova=MD
official-name | sai la capitale {} | del regno unito di gran bretagna e irlanda del nord=GB; degli stati uniti d'america=US; dello stato della città del vaticano=VA
official-name | alexa mi dai la capitale {} | della repubblica slovacca=SK; della repubblica ceca=CZ; della repubblica democratica popolare di algeria=DZ
official-name | vorrei la capitale {} | del regno del marocco=MA; del regno di spagna=ES; della repubblica islamica dell'iran=IR

# Everyday names.
everyday-name | alexa ma qual è la capitale {} | dell'america=US; dell'olanda=NL; della gran bretagna=GB
everyday-name | alexa la capitale {} dai | degli usa=US; degli emirati=AE; della bosnia=BA
everyday-name | dimmi un po la capitale {} | del congo kinshasa=CD; del centrafrica=CF; della macedonia=MK
everyday-name | alexa la capitale {} quale sarebbe | della moldova=MD; del belarus=BY; di timor leste=TL
everyday-name | alexa la capitale {} dimmela | dello uk=GB; del vaticano=VA; della santa sede=VA
everyday-name | alexa mi serve la capitale {} | della rdc=CD; del burkina=BF; dell'inghilterra=GB-ENG

# Old names elders still use.
old-name | alexa la capitale {} qual era | della persia=IR; del siam=TH; dell'abissinia=ET
old-name | alexa ai miei tempi si chiamava {} qual è la capitale | ceylon=LK; birmania=MM; zaire=CD
old-name | alexa come si chiama adesso la capitale {} | della rhodesia=ZW; del dahomey=BJ; dell'alto volta=BF
old-name | alexa mi dica la capitale {} | dello swaziland=SZ; della russia bianca=BY; di formosa=TW

# Shared names (expected: every place the name means, or the one the speaker points at).
shared-name | alexa qual è la capitale {} | del congo=CD+CG; della corea=KP+KR; della georgia=GE+US-GA
shared-name | alexa e la capitale {} | delle isole vergini=VG+VI; delle due coree=KP+KR; dei due congo=CD+CG
shared-name | alexa la capitale della georgia {} | lo stato americano=US-GA; quella vicino alla russia=GE; negli stati uniti=US-GA
shared-name | capitale {} qual è | congo=CD+CG; corea=KP+KR; georgia=GE+US-GA
shared-name | alexa dimmi la capitale del congo {} | quello grande=CD; quello piccolo=CG; ex belga=CD

# Several capitals asked in the plural.
plural-capitals | alexa quali sono le capitali {} | del sudafrica=ZA; della bolivia=BO; della malaysia=MY
plural-capitals | alexa dimmi tutte e tre le capitali {} | del sudafrica=ZA; sudafricane=ZA; del sud africa=ZA
plural-capitals | alexa {} ha due capitali quali sono | la bolivia=BO; l'olanda=NL; lo sri lanka=LK
plural-capitals | quali sono le due capitali {} | dei paesi bassi=NL; della costa d'avorio=CI; del benin=BJ
plural-capitals | alexa che capitali ha {} | l'eswatini=SZ; la palestina=PS; la malesia=MY
plural-capitals | alexa ho letto che {} ha più di una capitale quali | il benin=BJ; la costa d'avorio=CI; lo swaziland=SZ
plural-capitals | le capitali {} quali sono | della palestina=PS; dei territori palestinesi=PS; dello sri lanka=LK
plural-capitals | alexa mi dici entrambe le capitali {} | della bolivia per favore=BO; della malaysia=MY; dell'olanda=NL
plural-capitals | alexa quali sono le capitali dello stato {} | del jammu e kashmir=IN-JK; dell'uttarakhand=IN-UK
plural-capitals | alexa quali sono le due capitali di montserrat | MS
plural-capitals | alexa {} quante capitali ha e come si chiamano | il sudafrica=ZA; la bolivia=BO; il benin=BJ

# Subdivisions: states, provinces, nations.
subdivision | alexa qual è la capitale dello stato {} | della california=US-CA; del texas=US-TX; della florida=US-FL
subdivision | alexa la capitale {} o no | dello stato di new york è new york=US-NY; dell'illinois è chicago=US-IL; della pennsylvania è filadelfia=US-PA
subdivision | alexa mi serve la capitale {} negli stati uniti | del nevada=US-NV; dell'arizona=US-AZ; dello utah=US-UT
subdivision | alexa qual è la capitale {} in australia | del queensland=AU-QLD; della tasmania=AU-TAS; del nuovo galles del sud=AU-NSW
subdivision | alexa la capitale della provincia {} | dell'ontario=CA-ON; del québec=CA-QC; della columbia britannica=CA-BC
subdivision | alexa qual è il capoluogo {} in canada | dell'alberta=CA-AB; della nuova scozia=CA-NS; del manitoba=CA-MB
subdivision | alexa la capitale del land {} | della baviera=DE-BY; della sassonia=DE-SN; della renania settentrionale-vestfalia=DE-NW
subdivision | alexa qual è il capoluogo {} in germania | della bassa sassonia=DE-NI; del baden-württemberg=DE-BW; della turingia=DE-TH
subdivision | alexa la capitale dello stato indiano {} | del kerala=IN-KL; del rajasthan=IN-RJ; del tamil nadu=IN-TN
subdivision | alexa qual è la capitale {} in india | di goa=IN-GA; del maharashtra=IN-MH; del punjab=IN-PB
subdivision | alexa qual è la capitale dello stato brasiliano {} | di bahia=BR-BA; di minas gerais=BR-MG; di pernambuco=BR-PE
subdivision | alexa la capitale {} in messico | dello yucatán=MX-YUC; di jalisco=MX-JAL; di oaxaca=MX-OAX
subdivision | alexa dimmi la capitale {} nel regno unito | della scozia=GB-SCT; del galles=GB-WLS; dell'irlanda del nord=GB-NIR
subdivision | alexa mio cugino vive {} qual è la capitale dello stato | in texas=US-TX; in ohio=US-OH; in michigan=US-MI
subdivision | alexa la capitale {} negli usa | della louisiana=US-LA; del massachusetts=US-MA; della georgia stato=US-GA
subdivision | alexa e la capitale {} in australia qual è | dell'australia occidentale=AU-WA; del victoria=AU-VIC; del territorio del nord=AU-NT
subdivision | alexa che capitale ha lo stato {} | dell'alaska=US-AK; delle hawaii=US-HI; del colorado=US-CO

# Territories and dependencies.
territory | alexa come si chiama la capitale {} di preciso | della groenlandia=GL; di portorico=PR; delle bermuda=BM
territory | alexa la capitale {} come si chiama | delle isole fær øer=FO; di gibilterra=GI; dell'isola di man=IM
territory | alexa il capoluogo {} qual è | della martinica=MQ; della riunione=RE; della guyana francese=GF
territory | alexa andiamo in crociera {} qual è la capitale | alle isole cayman=KY; ad aruba=AW; a curaçao=CW
territory | alexa sai la capitale {} | della nuova caledonia=NC; della polinesia francese=PF; di guam=GU
territory | alexa la capitale {} per favore | di taiwan=TW; del sahara occidentale=EH; delle isole cook=CK

# Out of domain: other facts about a named country, "capitale" in other senses, near misses, other skills.
out-of-domain | quanti abitanti ha {} | il perù=FB; la nigeria=FB; il canada=FB
out-of-domain | alexa che lingua si parla {} | in brasile=FB; in belgio=FB; in svizzera=FB
out-of-domain | alexa che moneta usano {} | in polonia=FB; in ungheria=FB; in marocco=FB
out-of-domain | alexa che ore sono {} adesso | a tokyo=FB; a new york=FB; a sydney=FB
out-of-domain | alexa qual è la città più grande {} | dell'australia=FB; del canada=FB; della turchia=FB
out-of-domain | alexa chi è il presidente {} | della francia=FB; del brasile=FB; dell'argentina=FB
out-of-domain | alexa di che colore è la bandiera {} | del giappone=FB; della germania=FB; del portogallo=FB
out-of-domain | alexa qual è il prefisso telefonico {} | della spagna=FB; dell'albania=FB; della romania=FB
out-of-domain | alexa quanto dista roma da {} | parigi=FB; berlino=FB; madrid=FB
out-of-domain | alexa che tempo fa {} domani | a londra=FB; a lisbona=FB; a vienna=FB
out-of-domain | alexa quanto è grande {} in chilometri quadrati | la russia=FB; l'india=FB; il brasile=FB
out-of-domain | alexa qual è il piatto tipico {} | del messico=FB; della grecia=FB; del libano=FB
out-of-domain | alexa serve il passaporto per andare {} | in albania=FB; in tunisia=FB; in turchia=FB
out-of-domain | alexa qual è il fiume più lungo {} | dell'africa=FB; d'europa=FB; dell'america del sud=FB
out-of-domain | alexa cos'è il capitale sociale di una srl | FB
out-of-domain | alexa quali sono i sette peccati capitali | FB
out-of-domain | alexa cosa vuol dire pena capitale | FB
out-of-domain | alexa chi ha scritto il capitale | FB
out-of-domain | alexa qual è la capitale europea della cultura quest'anno | FB
out-of-domain | alexa perché milano è la capitale della moda | FB
out-of-domain | alexa come si scrive capitale in inglese | FB
out-of-domain | alexa che cos'è il capitale umano | FB
out-of-domain | alexa cosa significa lettera capitale | FB
out-of-domain | alexa quando roma è diventata capitale d'italia | FB
out-of-domain | alexa quanti abitanti ha la capitale della francia | FB
out-of-domain | alexa come si fa un aumento di capitale | FB
out-of-domain | alexa quante capitali ci sono nel mondo | FB
out-of-domain | alexa qual è la montagna più alta del mondo | FB
out-of-domain | alexa quanti paesi ci sono in africa | FB
out-of-domain | alexa metti un po di musica italiana | FB
out-of-domain | alexa imposta un timer di dieci minuti per la pasta | FB
out-of-domain | alexa aggiungi il latte alla lista della spesa | FB
out-of-domain | alexa raccontami una barzelletta | FB
out-of-domain | alexa accendi la luce in cucina | FB
out-of-domain | alexa chiama la mamma | FB
out-of-domain | alexa che giorno è oggi | FB
out-of-domain | alexa come è finita la partita del napoli | FB
out-of-domain | alexa quanto fa sette per otto | FB
out-of-domain | alexa sveglia alle sei e mezza domani | FB
out-of-domain | alexa come si dice buongiorno in giapponese | FB
out-of-domain | alexa qual è il pianeta più vicino al sole | FB
out-of-domain | alexa chi ha vinto i mondiali del duemilasei | FB
out-of-domain | alexa cosa si mangia stasera | FB
out-of-domain | alexa mi leggi le notizie del giorno | FB
out-of-domain | alexa quanto costa un volo per il marocco | FB
out-of-domain | alexa qual è la lingua ufficiale dell'india | FB
out-of-domain | alexa che religione hanno in indonesia | FB
out-of-domain | alexa quando è la festa nazionale della francia | FB
out-of-domain | alexa parlami della storia della grecia | FB
out-of-domain | alexa dove si trova il kazakistan sulla cartina | FB
out-of-domain | alexa quali paesi confinano con la svizzera | FB
out-of-domain | alexa qual è l'inno nazionale dell'argentina | FB
out-of-domain | alexa dove conviene cambiare i soldi in thailandia | FB
out-of-domain | alexa ti voglio bene | FB
out-of-domain | alexa sei più intelligente di siri | FB
out-of-domain | alexa quanti anni hai | FB
out-of-domain | alexa canta una canzone | FB
out-of-domain | alexa ordina le pizze | FB
out-of-domain | alexa che film danno stasera in tv | FB
out-of-domain | alexa che cosa vuol dire capitale in economia | FB
out-of-domain | alexa qual è la capitale mondiale del caffè | FB
out-of-domain | alexa perché torino è stata la prima capitale d'italia | FB
out-of-domain | alexa quando firenze era capitale | FB
out-of-domain | alexa chi governa la cina adesso | FB
out-of-domain | alexa quanti fusi orari ha la russia | FB
out-of-domain | alexa qual è lo sport nazionale del canada | FB
out-of-domain | alexa quante regioni ha l'italia | FB
out-of-domain | alexa quanto è alto l'everest | FB
out-of-domain | alexa come si chiama il mare tra l'italia e la croazia | FB
out-of-domain | alexa quanti gol ha fatto ronaldo | FB
out-of-domain | alexa che significa capitale di rischio | FB
out-of-domain | alexa il capitale investito rende poco cosa faccio | FB
out-of-domain | alexa dimmi una poesia | FB
out-of-domain | alexa ricordami di chiamare il dottore | FB
out-of-domain | alexa quanto fa un euro in dollari | FB
out-of-domain | alexa chi è il re della spagna | FB
out-of-domain | alexa qual è la città più popolosa del brasile | FB
out-of-domain | alexa che cosa è un capitello | FB
out-of-domain | alexa dove si trova la torre eiffel | FB
out-of-domain | alexa com'è il traffico sulla tangenziale di napoli | FB
out-of-domain | alexa fammi ascoltare la radio | FB
out-of-domain | alexa qual è la differenza tra capitale e capoluogo | FB
out-of-domain | alexa gioca con me a nascondino | FB
out-of-domain | alexa quanti abitanti ha la cina più o meno | FB

# Second batch: the three sovereign countries not yet asked, and longer stop, cancel and help lines (the short ones were
# in earlier rounds).
plain-question | alexa mi togli una curiosità la capitale {} qual è | di israele=IL; del principato di monaco=MC; di san marino=SM
cancel | alexa lascia perdere la capitale me la sono ricordata | CANCEL
cancel | no alexa annulla ho detto il paese sbagliato | CANCEL
cancel | alexa annulla che mi sono confuso | CANCEL
cancel | lascia stare alexa non era quella la domanda | CANCEL
cancel | uffa annulla annulla | CANCEL
cancel | pota alexa lascia perdere | CANCEL
cancel | alexa lascia stare me lo dice la maestra domani | CANCEL
cancel | cumpà lascia perdere non serve più | CANCEL
cancel | alexa annulla la ricerca della capitale | CANCEL
cancel | no scusa alexa lascia stare non volevo chiederlo | CANCEL
cancel | alexa ho cambiato idea non mi serve più | CANCEL
cancel | dai mo lascia stare alexa | CANCEL
cancel | alexa annulla quella domanda per favore | CANCEL
cancel | niente alexa lascia perdere l'ho trovata sul libro | CANCEL
stop | alexa basta giocare adesso si va a letto | STOP
stop | alexa ferma tutto ho finito | STOP
stop | alexa chiudi tutto che arriva il cliente | STOP
stop | mandi alexa ho finito | STOP
stop | alexa esci da capitali del mondo | STOP
stop | basta così alexa per stasera abbiamo finito | STOP
stop | alexa smetti di parlare | STOP
stop | alexa stop abbiamo finito il quiz | STOP
stop | alexa basta capitali adesso studio da solo | STOP
stop | alexa chiudi la skill delle capitali | STOP
help | alexa sono nuovo come funziona capitali del mondo | HELP
help | alexa aiutami a usare questa skill delle capitali | HELP
help | alexa che cosa posso chiedere a capitali del mondo | HELP
help | alexa non capisco come devo chiedere le capitali aiuto | HELP
help | alexa io non parla bene come funziona | HELP
help | alexa spiegami cosa sai fare con le capitali | HELP
help | aiuto alexa non so cosa devo dire adesso | HELP
launch | alexa apri capitali del mondo che facciamo il quiz | LAUNCH
launch | uagliò alexa apri capitali del mondo | LAUNCH
launch | alexa fammi partire capitali del mondo | LAUNCH
plural-capitals | alexa quante sono e quali sono le capitali {} | dell'eswatini=SZ; della costa d'avorio=CI; dello sri lanka=LK
plural-capitals | alexa dimmi le capitali {} tutte e due | del benin=BJ; della palestina=PS; dei paesi bassi=NL
"""

if __name__ == "__main__":
    build_round(20, "it", LINES, sys.argv, "tests/Eval/it/round20/source/build_corpus.py")
