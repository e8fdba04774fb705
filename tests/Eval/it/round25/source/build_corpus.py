"""Round 25, Italian (it-IT): a new author's own mix, written blind. Speakers chosen away from the regions and groups of
the earlier Italian rounds' "How it was written" paragraphs: Florentines, Sienese and Livornesi ("icché", "o bimbo",
"deh", "boia dé", "la mi' nonna", "ganzo", "codesto"), Romans ("aò", "daje", "anvedi", "ma che davero", "me sa", "a
regà", "nun", "stamo"), Neapolitans ("uè", "guagliò", "maronna mia", "comm se chiamm", "jamm", "nun o saccio"), Milanese
office workers ("taac", "andiamo a bomba", "la sciura", "minchia", "zio"), Bergamo and Brescia ("pota", "oscia"),
Bologna and the Romagna ("socmel", "burdèl", "il cinno", "bona lè"), Venetians of Venice, Padua and Treviso ("ostrega",
"te sa", "dime", "no me ricordo", "schei"), Russian-speaking residents learning Italian ("nu", "davai", "slushai",
articles dropped), Nigerian and Ghanaian residents speaking Italian with English ("abeg", "oya", "my sister", "please"),
blind and partially sighted users who run the house by voice, and a man recovering from a stroke who searches for
words. Situations: nomi cose città, Risiko, a pub quiz, Trivial Pursuit, an escape room, a chess club, Chi vuol essere
milionario on television; a barber's shop, a restaurant kitchen, a travel agency, an interpreter at the police station,
a library, a spinning class, a driving school; ironing, the shower, ragù on the stove, watering the plants, a cake in
the oven; a queue on the Milan ring road, a car-share to work, a motorway service station. Plus plain questions,
fillers and hesitations, terse forms, follow-ups, yes/no checks, self-corrections, reverse questions, official, old and
everyday names, shared names, plurals, subdivisions and territories, out-of-domain near misses, help, stop, cancel,
launch and one-shot requests with the invocation name "capitali del mondo", and what it-IT recognition writes (lost
accents, split or joined words, phonetic spellings).
`python3 tests/Eval/it/round25/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 25's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Tuscany: Florence, Siena, Livorno.
toscana | o icché l'è la capitale {} | del kirghizistan=KG; del tagikistan=TJ; del turkmenistan=TM
toscana | alexa deh la capitale {} qual è | dell'uzbekistan=UZ; del kazakistan=KZ
toscana | boia dé alexa dimmi la capitale {} | di vanuatu=VU; di tuvalu=TV; di nauru=NR
toscana | la mi nonna la vole sapere la capitale {} | della namibia=NA; del botswana=BW; del lesotho=LS
toscana | alexa ma te tu la sai la capitale {} | del gabon=GA; del togo=TG; della guinea equatoriale=GQ
toscana | o alexa qual è la capitale {} che s'è fatto una scommessa | della liberia=LR; della sierra leone=SL; della guinea=GN
toscana | ganzo ora lo chiedo a alexa la capitale {} | delle isole salomone=SB; di palau=PW; della micronesia=FM
toscana | dé alexa o la capitale {} come si chiama | di kiribati=KI; delle isole marshall=MH; delle samoa=WS
toscana | in contrada si gioca a indovinare la capitale {} | della papua nuova guinea=PG; delle tonga=TO; delle figi=FJ
toscana | codesta capitale {} com'è che fa di nome | del bhutan=BT; del nepal=NP; del laos=LA
toscana | o bimbo spegni la tele che alexa mi dice la capitale {} | della francia=FR; della spagna=ES
# Rome.
roma | aò alexa qual è la capitale {} | della cambogia=KH; del myanmar=MM
roma | daje alexa dimme la capitale {} | dell'indonesia=ID; della thailandia=TH; delle filippine=PH
roma | anvedi nun me ricordo la capitale {} | del venezuela=VE; della colombia=CO; dell'ecuador=EC
roma | a regà zitti che chiedo ad alexa la capitale {} | del guatemala=GT; dell'honduras=HN
roma | ma che davero nessuno sa la capitale {} | di el salvador=SV; della costa rica=CR; del panama=PA
roma | alexa me sa che nun la so la capitale {} dimmela te | della giamaica=JM; di cuba=CU; di haiti=HT
roma | aò ma la capitale {} qual è che stamo a litigà | della repubblica dominicana=DO; delle bahamas=BS; di barbados=BB
roma | sto a fa la fila alle poste dimme la capitale {} | di trinidad e tobago=TT; della grenada=GD; di saint lucia=LC
roma | alexa ma la capitale {} nun era un'altra | della turchia=TR; dell'australia=AU
# Naples.
napoli | uè alexa qual è la capitale {} | del senegal=SN; del gambia=GM; della guinea-bissau=GW
napoli | maronna mia nun me ricordo a capitale {} | del mali=ML; del niger=NE; della mauritania=MR
napoli | alexa comm se chiamm la capitale {} | del capo verde=CV; di são tomé e príncipe=ST; delle comore=KM
napoli | jamm alexa dimme a capitale {} | del madagascar=MG; di mauritius=MU; delle seychelles=SC
napoli | sto facendo o caffè alexa qual è la capitale {} | dell'egitto=EG; della libia=LY; del sudan=SD
napoli | alexa scusa a capitale {} tu a saje | del sud sudan=SS; dell'eritrea=ER; di gibuti=DJ
napoli | o nonno vuole sapé la capitale {} | dell'argentina=AR; del cile=CL
napoli | guagliò nun o saccio alexa la capitale {} | del giappone=JP; della cina=CN
# Milan.
milano | uè alexa dimmi un attimo la capitale {} | della germania=DE; dell'austria=AT
milano | taac alexa capitale {} | del belgio=BE; del lussemburgo=LU; del liechtenstein=LI
milano | alexa la sciura del terzo piano chiede la capitale {} | della moldavia=MD; della romania=RO; della bulgaria=BG
milano | sono sul tram alexa qual è la capitale {} | della serbia=RS; della croazia=HR; del montenegro=ME
milano | andiamo a bomba alexa la capitale {} | della bosnia ed erzegovina=BA; dell'albania=AL
milano | alexa minchia non mi viene la capitale {} | dell'ucraina=UA; della bielorussia=BY; della lituania=LT
milano | zio alexa la capitale {} al volo | del canada=CA; dell'india=IN; del messico=MX
# Bergamo and Brescia.
bergamo-brescia | pota alexa qual è la capitale {} | della lettonia=LV; dell'estonia=EE
bergamo-brescia | oscia alexa me la dici la capitale {} | della norvegia=NO; della svezia=SE; della danimarca=DK
bergamo-brescia | pota la capitale {} com'è che si chiama | dell'islanda=IS; dell'irlanda=IE; del regno unito=GB
bergamo-brescia | alexa pota io non lo so la capitale {} | della polonia=PL; della grecia=GR
# Bologna and the Romagna.
emilia-romagna | socmel alexa qual è la capitale {} | del portogallo=PT; della spagna=ES; di andorra=AD
emilia-romagna | burdèl state zitti alexa la capitale {} | di malta=MT; di cipro=CY
emilia-romagna | il cinno chiede la capitale {} | della turchia=TR; dell'armenia=AM
emilia-romagna | alexa ascolta qua la capitale {} qual è | dell'iran=IR; dell'iraq=IQ; della siria=SY
emilia-romagna | bona lè alexa ultima domanda la capitale {} | della russia=RU; della cina=CN
# Veneto.
veneto | ostrega alexa qual è la capitale {} | del libano=LB; di israele=IL
veneto | alexa te sa la capitale {} | dell'arabia saudita=SA; dello yemen=YE; dell'oman=OM
veneto | beh dai alexa dime la capitale {} | del qatar=QA; del bahrein=BH; del kuwait=KW
veneto | alexa mi no me ricordo la capitale {} | degli emirati arabi uniti=AE; dell'afghanistan=AF
veneto | alexa quanti schei per andare in vacanza no dai dimmi solo la capitale {} | della croazia=HR; della slovenia=SI
# Russian-speaking learners of Italian.
learner-russian | nu alexa capitale {} quale | dell'india=IN; del bangladesh=BD
learner-russian | davai alexa dimmi capitale {} | della cina=CN; del giappone=JP
learner-russian | slushai alexa come è capitale {} | della corea del nord=KP; di taiwan=TW; del brunei=BN
learner-russian | scusa mio italiano non bene capitale {} quale | di singapore=SG; della malaysia=MY; delle maldive=MV
learner-russian | alexa io non capisco bene quale città è capitale {} | della moldavia=MD; del kazakistan=KZ
# Nigerian and Ghanaian residents.
learner-anglophone | abeg alexa la capitale {} qual è | della nigeria=NG; del ghana=GH
learner-anglophone | oya alexa dimmi capitale {} | del ciad=TD; della repubblica centrafricana=CF; del ruanda=RW
learner-anglophone | my sister vuole sapere capitale {} | del burundi=BI; della tanzania=TZ
learner-anglophone | alexa please capitale {} | dell'uganda=UG; dell'etiopia=ET; della somalia=SO
learner-anglophone | alexa you know la capitale {} please tell me | della liberia=LR; del sierra leone=SL
# Blind and partially sighted users, a man after a stroke.
accessibility | alexa non ci vedo bene leggimi tu la capitale {} | dell'angola=AO; dello zambia=ZM; dello zimbabwe=ZW
accessibility | alexa mio nipote ha un compito e io non vedo il libro qual è la capitale {} | del mozambico=MZ; del malawi=MW; della namibia=NA
accessibility | alexa la capitale di di di {} | della norvegia=NO; dell'olanda=NL; della germania=DE
accessibility | alexa come si chiama la la città la capitale {} | del perù=PE; del cile=CL; dell'egitto=EG
accessibility | alexa ho avuto un ictus e mi sfuggono le parole la capitale {} | della francia=FR; della russia=RU
# Games.
games | stiamo giocando a nomi cose città alexa la capitale {} | del malawi=MW; del mozambico=MZ
games | giochiamo a risiko alexa qual è la capitale {} | dell'algeria=DZ; del marocco=MA
games | a risiko ho appena conquistato la kamchatka ma la capitale {} qual è | della russia=RU; del canada=CA
games | siamo al pub quiz e non si potrebbe ma dimmi la capitale {} | del messico=MX; del perù=PE
games | domanda del trivial la capitale {} | dell'uruguay=UY; della guyana=GY; del suriname=SR
games | stiamo guardando chi vuol essere milionario qual è la capitale {} | del belize=BZ; della dominica=DM; di saint kitts e nevis=KN
games | l'enigma della escape room chiede la capitale {} | di saint vincent e grenadine=VC; di antigua e barbuda=AG; del timor est=TL
games | al circolo degli scacchi ci chiedevamo la capitale {} | della nuova zelanda=NZ; dell'australia=AU
games | a nomi cose città mi serve una città con la effe ma intanto dimmi la capitale {} | della finlandia=FI; delle figi=FJ
games | per il quiz di stasera alexa ripassiamo la capitale {} | del kosovo=XK; della palestina=PS
# Work.
work | dal barbiere alexa qual è la capitale {} | della polonia=PL; della cechia=CZ
work | sto facendo la barba a un cliente che vuole la capitale {} | dell'ungheria=HU; della slovenia=SI; di san marino=SM
work | in cucina mentre tiro la sfoglia alexa la capitale {} | dei paesi bassi=NL; di monaco=MC; della città del vaticano=VA
work | sono in agenzia viaggi e il cliente parte domani qual è la capitale {} | della giordania=JO; dell'oman=OM; delle maldive=MV
work | faccio l'interprete in questura e mi serve la capitale {} | del pakistan=PK; dell'afghanistan=AF; del bangladesh=BD
work | alexa in biblioteca a bassa voce la capitale {} | dell'eritrea=ER; dell'etiopia=ET; del sudan=SD
work | sto facendo spinning alexa dimmi la capitale {} | del brasile=BR; dell'argentina=AR; della colombia=CO
work | all'autoscuola durante la pausa qual è la capitale {} | del vietnam=VN; della cambogia=KH; del laos=LA
work | lo chef vuole fare un menu etnico dimmi la capitale {} | del perù=PE; del libano=LB; della thailandia=TH
# Home.
home | alexa mentre stiro dimmi la capitale {} | del congo kinshasa=CD; del congo brazzaville=CG; del gabon=GA
home | sono sotto la doccia alexa qual è la capitale {} | dell'italia=IT; dell'irlanda=IE; della scozia=GB-SCT
home | alexa sto facendo il ragù intanto la capitale {} | dell'ucraina=UA; della georgia del caucaso=GE; dell'armenia=AM
home | mentre innaffio le piante alexa la capitale {} | del nepal=NP; del bhutan=BT; della mongolia=MN
home | alexa ho la torta in forno e mi è venuta la curiosità della capitale {} | dell'islanda=IS; della groenlandia=GL; delle isole fær øer=FO
home | alexa stendo i panni e tu dimmi la capitale {} | della costa d'avorio=CI; del senegal=SN; del mali=ML
# In the car.
car | alexa in coda in tangenziale dimmi la capitale {} | del ghana=GH; della nigeria=NG; del benin=BJ
car | siamo in macchina per andare al lavoro alexa la capitale {} | della tanzania=TZ; del kenya=KE; dell'uganda=UG
car | alexa all'autogrill mio figlio chiede la capitale {} | del nicaragua=NI; del panama=PA; di cuba=CU
car | alexa metti in pausa la musica e dimmi la capitale {} | dell'indonesia=ID; delle filippine=PH; di singapore=SG
# Plain questions, fillers, terse forms.
plain-question | qual è la capitale {} | del burkina faso=BF; del sudafrica=ZA; della guinea=GN
plain-question | alexa sai dirmi la capitale {} | del lesotho=LS; del botswana=BW; dell'eswatini=SZ
plain-question | mi potresti dire qual è la capitale {} | del turkmenistan=TM; del kirghizistan=KG; del tagikistan=TJ
plain-question | alexa vorrei sapere la capitale {} | della papua nuova guinea=PG; delle isole salomone=SB; di vanuatu=VU
plain-question | alexa per cortesia la capitale {} | della repubblica centrafricana=CF; del camerun=CM; del ciad=TD
plain-question | alexa buongiorno qual è la capitale {} | dell'ecuador=EC; del venezuela=VE; della bolivia=BO
plain-question | alexa volevo chiederti la capitale {} | del qatar=QA; del kuwait=KW; del bahrein=BH
fillers | ehm alexa la capitale {} | della mauritania=MR; del niger=NE; della libia=LY
fillers | alexa allora cioè qual è la capitale {} | di gibuti=DJ; della somalia=SO; del sud sudan=SS
fillers | alexa sì allora dunque la capitale {} | del marocco=MA; dell'algeria=DZ; della tunisia=TN
fillers | mmm aspetta alexa la capitale {} insomma | di nauru=NR; di tuvalu=TV; di kiribati=KI
fillers | alexa ecco niente volevo sapere tipo la capitale {} | della giamaica=JM; di haiti=HT; della repubblica dominicana=DO
fillers | alexa allora vediamo un po la capitale {} | di saint lucia=LC; della grenada=GD; di barbados=BB
terse | capitale {} | del gambia=GM; della guinea-bissau=GW; del capo verde=CV
terse | alexa capitale {} | del togo=TG; del benin=BJ; del burundi=BI
terse | {} capitale | guatemala=GT; honduras=HN; el salvador=SV
terse | alexa {} capitale | costa rica=CR; belize=BZ; paraguay=PY
asr-errors | qual e la capitale {} | del peru=PE; della citta del vaticano=VA; del nicaragua=NI
asr-errors | alexa la capitale {} | dell ungheria=HU; dell azerbaigian=AZ; dell estonia=EE
asr-errors | alexa qualè la capitale {} | del bangla desh=BD; della nuovazelanda=NZ; del kasakistan=KZ
asr-errors | la capitale {} qual e | del kirghistan=KG; della tailandia=TH; dell azerbaijan=AZ
asr-errors | alexa la capitale {} per favore | della repubblica ceca=CZ; delle seicelle=SC; del mozambiko=MZ
asr-errors | alexa qual e la capitale della {} | bosnia erzegovina=BA; moldova=MD; macedonia=MK
asr-errors | la capitale del {} | sud africa=ZA; sri lanca=LK; camerun=CM
# Follow-ups.
follow-up | e {} | della svezia=SE; del ruanda=RW; dell'uzbekistan=UZ
follow-up | e invece {} | dell'uruguay=UY; della mongolia=MN; del suriname=SR
follow-up | e quella {} | della slovacchia=SK; del ghana=GH; della guyana=GY
follow-up | aò e {} | della bulgaria=BG; del montenegro=ME
follow-up | ok e la capitale {} allora | del madagascar=MG; di mauritius=MU; delle comore=KM
follow-up | pota e {} invece | della lettonia=LV; della lituania=LT
follow-up | e adesso {} | del gabon=GA; dello zambia=ZM; del malawi=MW
follow-up | uè e quella {} | dello yemen=YE; dell'oman=OM
follow-up | grazie e poi {} | della tunisia=TN; della siria=SY; del libano=LB
follow-up | e pure {} | di palau=PW; delle tonga=TO; delle samoa=WS
# Yes/no checks.
yes-no-check | è vero che la capitale dell'australia è sydney | AU
yes-no-check | la capitale del canada è toronto o no | CA
yes-no-check | alexa dimmi se berna è la capitale della svizzera | CH
yes-no-check | aò ma la capitale della turchia è istanbul vero | TR
yes-no-check | pota la capitale del brasile non è rio | BR
yes-no-check | è giusto dire che ankara è la capitale della turchia | TR
yes-no-check | la capitale della nigeria è lagos giusto | NG
yes-no-check | alexa abidjan è la capitale della costa d'avorio sì o no | CI
yes-no-check | confermi che la capitale del marocco è rabat | MA
yes-no-check | o bimbo ma la capitale della nuova zelanda l'è auckland | NZ
yes-no-check | uè alexa la capitale del vietnam è saigon | VN
yes-no-check | alexa ho scritto dar es salaam come capitale della tanzania va bene | TZ
yes-no-check | ostrega la capitale del kazakistan è ancora almaty | KZ
yes-no-check | la capitale del pakistan è karachi o islamabad | PK
yes-no-check | alexa la capitale degli stati uniti è new york vero | US
yes-no-check | la capitale dell'india è nuova delhi o mumbai | IN
yes-no-check | alexa è santiago la capitale del cile | CL
yes-no-check | davai la capitale del myanmar è rangoon sì | MM
yes-no-check | abeg la capitale del camerun è douala abi | CM
yes-no-check | alexa quito è capitale dell'ecuador giusto | EC
yes-no-check | stiamo a litigà la capitale della bolivia è la paz o sucre | BO
yes-no-check | alexa tbilisi è la capitale della georgia giusto | GE+US-GA
yes-no-check | scusa ma la capitale del belize è belize city | BZ
yes-no-check | a risiko dicono che la capitale dell'egitto è alessandria ma è vero | EG
yes-no-check | alexa è vero o no che la capitale dell'australia è canberra | AU
yes-no-check | lo so che è una domanda stupida ma la capitale dell'italia è roma no | IT
yes-no-check | in contrada dicono che la capitale della svizzera è zurigo l'è vero | CH
# Self-corrections.
self-correction | la capitale della svezia no scusa della norvegia | NO
self-correction | alexa la capitale dell'austria anzi dell'australia | AU
self-correction | qual è la capitale della slovenia no aspetta della slovacchia | SK
self-correction | aò la capitale del perù no volevo dì del paraguay | PY
self-correction | alexa la capitale dell'iran scusa dell'iraq | IQ
self-correction | dimmi la capitale del niger cioè della nigeria | NG
self-correction | la capitale della guinea no della guinea equatoriale | GQ
self-correction | pota la capitale dell'islanda no dell'irlanda | IE
self-correction | alexa la capitale del mali mi sono sbagliato del malawi | MW
self-correction | la capitale della colombia anzi no della costa rica | CR
self-correction | uè la capitale della libia no aspetta del libano | LB
self-correction | la capitale dell'honduras no scusa del nicaragua | NI
self-correction | alexa la capitale della dominica scusa della repubblica dominicana | DO
self-correction | la capitale del sudan ehm del sud sudan | SS
self-correction | la capitale della croazia no no della serbia | RS
self-correction | alexa la capitale della lettonia ho sbagliato volevo dire dell'estonia | EE
self-correction | la capitale del ruanda scusami del burundi | BI
self-correction | la capitale dell'armenia anzi dell'albania | AL
self-correction | la capitale del ghana no del gabon | GA
self-correction | la capitale della mongolia no scusa della moldavia | MD
self-correction | ostrega la capitale della grecia anzi de cipro | CY
self-correction | la capitale dell'ungheria cioè no della romania | RO
# Reverse questions.
reverse-question | canberra è la capitale di quale paese | CITY:Canberra
reverse-question | di che paese è capitale ulan bator | CITY:Ulan Bator
reverse-question | alexa ouagadougou è capitale di che stato | CITY:Ouagadougou
reverse-question | tegucigalpa di che nazione è la capitale | CITY:Tegucigalpa
reverse-question | o icché l'è paramaribo di che paese è capitale | CITY:Paramaribo
reverse-question | aò windhoek è capitale de che paese | CITY:Windhoek
reverse-question | uè ashgabat è a capitale e che paese | CITY:Ashgabat
reverse-question | alexa vaduz è la capitale di quale stato | CITY:Vaduz
reverse-question | nu alexa bishkek capitale di quale paese | CITY:Bishkek
reverse-question | abeg alexa abuja is capitale of which country | CITY:Abuja
reverse-question | alexa thimphu in che paese è capitale | CITY:Thimphu
reverse-question | a che paese appartiene la capitale lubiana | CITY:Lubiana
reverse-question | gaborone è capitale di cosa | CITY:Gaborone
reverse-question | alexa di quale nazione è capitale montevideo | CITY:Montevideo
reverse-question | kingston è la capitale di quale posto | CITY:Kingston
reverse-question | victoria di cosa è capitale | CITY:Victoria
reverse-question | pota nouakchott di che paese è la capitale | CITY:Nouakchott
reverse-question | alexa per nomi cose città riga è la capitale di che paese | CITY:Riga
reverse-question | ostrega podgorica de che paese xe capitale | CITY:Podgorica
reverse-question | alexa naypyidaw capitale di quale stato | CITY:Naypyidaw
reverse-question | quale paese ha come capitale dodoma | CITY:Dodoma
reverse-question | quale stato ha per capitale asmara | CITY:Asmara
reverse-question | di quale paese è capitale la città di tashkent | CITY:Tashkent
reverse-question | alexa sai dirmi di che paese è capitale vientiane | CITY:Vientiane
reverse-question | honiara è la capitale di quale paese | CITY:Honiara
reverse-question | socmel alexa dushanbe è la capitale di cosa | CITY:Dushanbe
reverse-question | sacramento di quale stato americano è la capitale | CITY:Sacramento
reverse-question | alexa edimburgo è la capitale di che cosa | CITY:Edimburgo
# Official names.
official-name | qual è la capitale della repubblica federale di germania | DE
official-name | alexa la capitale della confederazione elvetica | CH
official-name | dimmi la capitale della federazione russa | RU
official-name | capitale della repubblica ellenica | GR
official-name | alexa la capitale degli stati uniti messicani qual è | MX
official-name | qual è la capitale del regno hascemita di giordania | JO
official-name | la capitale della repubblica popolare cinese | CN
official-name | alexa capitale della repubblica islamica dell'iran | IR
official-name | mi dici la capitale dello stato plurinazionale della bolivia | BO
official-name | qual è la capitale della repubblica bolivariana del venezuela | VE
official-name | alexa la capitale della repubblica popolare democratica di corea | KP
official-name | capitale della repubblica di corea | KR
official-name | qual è la capitale degli stati uniti d'america | US
official-name | dimmi la capitale del regno unito di gran bretagna e irlanda del nord | GB
official-name | alexa la capitale della repubblica araba siriana | SY
official-name | la capitale della repubblica federativa del brasile qual è | BR
official-name | alexa la capitale del commonwealth dell'australia | AU
official-name | alexa qual è la capitale della repubblica di moldova | MD
official-name | la capitale della repubblica islamica del pakistan | PK
official-name | alexa la capitale del regno del marocco qual è | MA
# Old names.
old-name | qual era la capitale della persia | IR
old-name | alexa la capitale del siam | TH
old-name | capitale della birmania | MM
old-name | alexa qual è la capitale di ceylon | LK
old-name | la mi nonna dice zaire la capitale qual è | CD
old-name | capitale dell'abissinia | ET
old-name | alexa dimmi la capitale della rhodesia | ZW
old-name | qual era la capitale dell'alto volta | BF
old-name | capitale del dahomey alexa | BJ
old-name | la capitale delle nuove ebridi | VU
old-name | alexa la capitale del basutoland | LS
old-name | qual è la capitale del bechuanaland | BW
old-name | la capitale del nyasaland come si chiama | MW
old-name | alexa la capitale della costa d'oro | GH
old-name | la capitale delle isole ellice | TV
old-name | alexa la capitale dell'honduras britannico | BZ
old-name | capitale di formosa | TW
old-name | la capitale della kampuchea | KH
# Everyday names.
everyday-name | alexa la capitale dell'olanda | NL
everyday-name | qual è la capitale della gran bretagna | GB
everyday-name | la capitale dell'america qual è | US
everyday-name | davai capitale degli emirati | AE
everyday-name | alexa la capitale della repubblica ceca | CZ
everyday-name | qual è la capitale della nordcorea | KP
everyday-name | capitale della sudcorea alexa | KR
everyday-name | alexa qual è la capitale dello swaziland | SZ
everyday-name | qual è la capitale del vaticano | VA
everyday-name | alexa la capitale degli states | US
everyday-name | capitale dell'irak | IQ
everyday-name | la capitale della bosnia | BA
everyday-name | capitale del burkina | BF
everyday-name | alexa la capitale della macedonia | MK
everyday-name | alexa la capitale di timor | TL
everyday-name | capitale della belarus | BY
# Shared names.
shared-name | qual è la capitale della georgia | GE+US-GA
shared-name | alexa la capitale della georgia il paese del caucaso | GE
shared-name | la capitale della georgia lo stato americano | US-GA
shared-name | dimmi la capitale del congo | CD+CG
shared-name | alexa le capitali dei due congo | CD+CG
shared-name | la capitale della corea | KP+KR
shared-name | alexa quali sono le capitali delle due coree | KP+KR
shared-name | la capitale delle isole vergini | VG+VI
shared-name | la capitale delle isole vergini britanniche | VG
shared-name | la capitale delle isole vergini americane | VI
shared-name | pota la capitale della georgia quella vicino alla russia | GE
shared-name | alexa la capitale della repubblica democratica del congo | CD
shared-name | capitale della repubblica del congo | CG
shared-name | uè alexa la capitale della georgia in america | US-GA
shared-name | la capitale del congo quello di kinshasa no l'altro | CG
# Plurals.
plural-capitals | quali sono le tre capitali del sudafrica | ZA
plural-capitals | alexa il sudafrica ha più capitali dimmele tutte | ZA
plural-capitals | pota le capitali del sudafrica quante sono | ZA
plural-capitals | alexa quali sono le due capitali della bolivia | BO
plural-capitals | la bolivia ha due capitali mi dici quali | BO
plural-capitals | le capitali del benin quali sono | BJ
plural-capitals | alexa il benin ha due capitali come si chiamano | BJ
plural-capitals | quali sono le capitali dei paesi bassi | NL
plural-capitals | alexa l'olanda ha due capitali me le dici | NL
plural-capitals | le capitali della malaysia | MY
plural-capitals | alexa la malesia ha due capitali quali sono | MY
plural-capitals | quali sono le capitali dello sri lanka | LK
plural-capitals | nu alexa sri lanka due capitali quali | LK
plural-capitals | le due capitali della costa d'avorio | CI
plural-capitals | alexa la costa d'avorio ha due capitali dimmele | CI
plural-capitals | quali sono le capitali dell'eswatini | SZ
plural-capitals | le due capitali dello swaziland quali sono | SZ
plural-capitals | quali sono le capitali della palestina | PS
plural-capitals | alexa le due capitali dei territori palestinesi | PS
plural-capitals | al pub quiz chiedono le tre capitali del sudafrica | ZA
plural-capitals | o bimbo l'è vero che la bolivia c'ha due capitali quali sono | BO
# Subdivisions.
subdivision | qual è la capitale della california | US-CA
subdivision | alexa la capitale del texas | US-TX
subdivision | la capitale della florida qual è | US-FL
subdivision | alexa dimmi la capitale dello stato di new york | US-NY
subdivision | capitale dell'alaska | US-AK
subdivision | la capitale delle hawaii | US-HI
subdivision | alexa la capitale del nevada | US-NV
subdivision | qual è la capitale dell'illinois | US-IL
subdivision | alexa la capitale del québec | CA-QC
subdivision | la capitale della columbia britannica | CA-BC
subdivision | capitale dell'ontario | CA-ON
subdivision | alexa la capitale della baviera | DE-BY
subdivision | qual è la capitale della sassonia | DE-SN
subdivision | la capitale della renania settentrionale-vestfalia | DE-NW
subdivision | alexa la capitale del nuovo galles del sud | AU-NSW
subdivision | la capitale della tasmania | AU-TAS
subdivision | alexa la capitale del kerala | IN-KL
subdivision | qual è la capitale del rajasthan | IN-RJ
subdivision | la capitale del maharashtra | IN-MH
subdivision | alexa la capitale di bahia | BR-BA
subdivision | qual è la capitale del minas gerais | BR-MG
subdivision | la capitale dello stato di san paolo | BR-SP
subdivision | alexa la capitale dello yucatán | MX-YUC
subdivision | la capitale di jalisco | MX-JAL
subdivision | alexa la capitale della scozia | GB-SCT
subdivision | la capitale del galles | GB-WLS
subdivision | qual è la capitale dell'irlanda del nord | GB-NIR
subdivision | la capitale dell'inghilterra | GB-ENG
subdivision | uè alexa la capitale del massachusetts | US-MA
subdivision | aò la capitale della louisiana | US-LA
subdivision | alexa la capitale del colorado | US-CO
subdivision | pota la capitale del baden-württemberg | DE-BW
# Territories.
territory | alexa la capitale della groenlandia | GL
territory | qual è la capitale delle isole fær øer | FO
territory | la capitale di portorico | PR
territory | alexa la capitale delle bermuda | BM
territory | capitale della polinesia francese | PF
territory | la capitale della nuova caledonia | NC
territory | alexa la capitale della martinica | MQ
territory | qual è la capitale della riunione | RE
territory | la capitale delle isole cayman | KY
territory | alexa la capitale di gibilterra | GI
territory | la capitale dell'isola di man | IM
territory | qual è la capitale delle isole falkland | FK
territory | alexa la capitale di aruba | AW
territory | la capitale di curaçao | CW
territory | la capitale delle isole cook | CK
territory | alexa la capitale di guam | GU
territory | la capitale della guyana francese | GF
territory | qual è la capitale di jersey | JE
territory | la capitale delle svalbard | SJ
territory | alexa la capitale del sahara occidentale | EH
# One-shot requests through the invocation name.
one-shot | alexa chiedi a capitali del mondo la capitale del perù | PE
one-shot | alexa apri capitali del mondo e dimmi la capitale della grecia | GR
one-shot | alexa domanda a capitali del mondo qual è la capitale del cile | CL
one-shot | alexa chiedi a capitali del mondo qual è la capitale della mongolia | MN
one-shot | alexa apri capitali del mondo qual è la capitale del kenya | KE
one-shot | alexa chiedi a capitali del mondo la capitale dell'armenia | AM
one-shot | alexa chiedi aiuto a capitali del mondo | HELP
one-shot | alexa usa capitali del mondo per la capitale del portogallo | PT
one-shot | alexa domanda a capitali del mondo le capitali del sudafrica | ZA
one-shot | alexa chiedi a capitali del mondo la capitale dell'islanda | IS
one-shot | alexa chiedi a capitali del mondo di dirmi la capitale della finlandia | FI
one-shot | alexa apri capitali del mondo e chiedi la capitale dell'ungheria | HU
one-shot | alexa chiedi a capitali del mondo ottawa è la capitale di quale paese | CITY:Ottawa
one-shot | alexa chiedi a capitali del mondo la capitale della georgia | GE+US-GA
one-shot | alexa domanda a capitali del mondo la capitale del texas | US-TX
one-shot | alexa chiedi a capitali del mondo la capitale della groenlandia | GL
one-shot | aò alexa chiedi a capitali del mondo la capitale della nigeria | NG
# Launch.
launch | alexa apri capitali del mondo | LAUNCH
launch | alexa avvia capitali del mondo | LAUNCH
launch | alexa lancia capitali del mondo | LAUNCH
launch | apri capitali del mondo per favore | LAUNCH
launch | alexa fai partire capitali del mondo | LAUNCH
launch | alexa voglio giocare con capitali del mondo | LAUNCH
launch | aò alexa apri capitali del mondo | LAUNCH
launch | uè alexa apri capitali del mondo | LAUNCH
launch | pota alexa avvia capitali del mondo | LAUNCH
launch | alexa vorrei usare capitali del mondo | LAUNCH
launch | alexa metti su capitali del mondo | LAUNCH
launch | alexa apri la skill capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo che ripassiamo per il quiz | LAUNCH
launch | alexa per il compito di geografia apri capitali del mondo | LAUNCH
launch | alexa accendi capitali del mondo | LAUNCH
# Help.
help | aiuto | HELP
help | alexa aiutami come funziona questa cosa | HELP
help | che cosa ti posso chiedere | HELP
help | come si usa | HELP
help | alexa non ho capito come funziona mi aiuti | HELP
help | aò ma che se po chiede qua | HELP
help | uè alexa comm funziona sta cosa | HELP
help | pota come si fa a usarlo | HELP
help | o icché si fa ora | HELP
help | davai aiuto io non capisco come si usa | HELP
help | abeg alexa help me come funziona | HELP
help | alexa non ci vedo mi spieghi cosa posso dire | HELP
help | quali domande posso fare | HELP
help | mi spieghi le istruzioni | HELP
help | alexa dammi una mano non so cosa dire | HELP
help | alexa che comandi ci sono | HELP
help | aiuto non so cosa chiedere | HELP
help | ostrega come funziona sto gioco | HELP
help | alexa cosa sai fare con le capitali | HELP
help | socmel non capisco niente aiutami | HELP
# Stop.
stop | stop | STOP
stop | basta | STOP
stop | esci | STOP
stop | alexa basta così grazie | STOP
stop | alexa chiudi capitali del mondo | STOP
stop | aò basta mo | STOP
stop | uè alexa fermati | STOP
stop | pota basta chiudi | STOP
stop | alexa spegniti | STOP
stop | o basta icché l'è | STOP
stop | abbiamo finito alexa esci | STOP
stop | alexa basta capitali per stasera | STOP
stop | davai basta stop | STOP
stop | alexa ferma tutto | STOP
stop | alexa esci dalla skill | STOP
stop | ostrega basta alexa | STOP
stop | alexa basta che è arrivato il cliente | STOP
stop | alexa chiudi tutto che parto | STOP
stop | socmel basta alexa stai zitta | STOP
stop | alexa smetti | STOP
# Cancel.
cancel | annulla | CANCEL
cancel | lascia perdere | CANCEL
cancel | non importa | CANCEL
cancel | lascia stare | CANCEL
cancel | fa niente | CANCEL
cancel | alexa lascia perdere la domanda | CANCEL
cancel | aò lassa perde | CANCEL
cancel | uè lascia sta | CANCEL
cancel | pota lascia stare dai | CANCEL
cancel | o lascia perdere va | CANCEL
cancel | nu non importa | CANCEL
cancel | alexa annulla la domanda | CANCEL
cancel | niente alexa ho cambiato idea | CANCEL
cancel | alexa dimentica quello che ho chiesto | CANCEL
cancel | ostrega no annulla | CANCEL
cancel | abeg forget it alexa lascia perdere | CANCEL
cancel | no no niente lascia stare | CANCEL
cancel | alexa annulla tutto | CANCEL
cancel | lascia perdere l'ho trovato sul libro | CANCEL
cancel | alexa niente scusa non importa più | CANCEL
# Out of domain.
out-of-domain | quanti abitanti ha il messico | FB
out-of-domain | che lingua si parla in brasile | FB
out-of-domain | qual è la moneta della polonia | FB
out-of-domain | di che colori è la bandiera dell'irlanda | FB
out-of-domain | che ore sono adesso in giappone | FB
out-of-domain | quanto è grande la russia | FB
out-of-domain | chi è il presidente della francia | FB
out-of-domain | qual è la montagna più alta dell'africa | FB
out-of-domain | qual è il fiume più lungo del mondo | FB
out-of-domain | qual è la città più grande dell'australia | FB
out-of-domain | qual è il prefisso telefonico della svizzera | FB
out-of-domain | che tempo fa a firenze | FB
out-of-domain | metti un timer di dieci minuti per la pasta | FB
out-of-domain | aggiungi il latte alla lista della spesa | FB
out-of-domain | accendi la luce in salotto | FB
out-of-domain | raccontami una barzelletta | FB
out-of-domain | metti radio deejay | FB
out-of-domain | a che ora gioca la roma domenica | FB
out-of-domain | quanti gradi ci sono a napoli | FB
out-of-domain | c'è traffico in tangenziale est | FB
out-of-domain | quanto costa il biglietto del tram a milano | FB
out-of-domain | qual è la capitale della toscana | FB
out-of-domain | qual è il capoluogo della lombardia | FB
out-of-domain | qual è la capitale della catalogna | FB
out-of-domain | dimmi la capitale di atlantide | FB
out-of-domain | qual è la capitale della sicilia | FB
out-of-domain | qual è la capitale della siberia | FB
out-of-domain | qual è la capitale della lapponia | FB
out-of-domain | qual è la capitale del kurdistan | FB
out-of-domain | qual è la capitale della cornovaglia | FB
out-of-domain | cos'è il capitale sociale di una srl | FB
out-of-domain | chi ha scritto il capitale | FB
out-of-domain | quali sono i sette peccati capitali | FB
out-of-domain | in quali paesi c'è ancora la pena capitale | FB
out-of-domain | quanto capitale serve per aprire un bar | FB
out-of-domain | qual è la capitale europea della cultura di quest'anno | FB
out-of-domain | come si scrive una lettera capitale | FB
out-of-domain | qual è la capitale mondiale della pizza | FB
out-of-domain | quale città è la capitale della moda | FB
out-of-domain | chi ha inventato il risiko | FB
out-of-domain | quante carte ci sono nel trivial | FB
out-of-domain | come si gioca a nomi cose città | FB
out-of-domain | dimmi una città con la zeta | FB
out-of-domain | quanto dura una partita a scacchi | FB
out-of-domain | quando riaprono le iscrizioni all'autoscuola | FB
out-of-domain | quanto tempo cuoce il ragù | FB
out-of-domain | a che temperatura si cuoce una torta | FB
out-of-domain | quanto ci vuole in macchina da bologna a firenze | FB
out-of-domain | quanto costa un volo per lagos | FB
out-of-domain | serve il visto per andare in russia | FB
out-of-domain | traduci grazie in russo | FB
out-of-domain | come si dice capitale in inglese | FB
out-of-domain | che cosa vuol dire pota | FB
out-of-domain | che cosa vuol dire socmel | FB
out-of-domain | chi ha vinto il palio di siena | FB
out-of-domain | quando è nato dante | FB
out-of-domain | quanti ponti ci sono a venezia | FB
out-of-domain | quanto è alto il vesuvio | FB
out-of-domain | qual è il continente più grande | FB
out-of-domain | quanti paesi ci sono nel mondo | FB
out-of-domain | quanti stati ci sono negli stati uniti | FB
out-of-domain | qual è il paese più piccolo del mondo | FB
out-of-domain | dove si trova il burkina faso | FB
out-of-domain | con quali paesi confina la svizzera | FB
out-of-domain | qual è il piatto tipico del perù | FB
out-of-domain | che religione hanno in indonesia | FB
out-of-domain | quanti abitanti ha roma | FB
out-of-domain | in che continente è l'egitto | FB
out-of-domain | leggimi le notizie di oggi | FB
out-of-domain | chiama mia figlia | FB
out-of-domain | ricordami di prendere le medicine alle otto | FB
out-of-domain | leggimi un audiolibro | FB
out-of-domain | alza il volume | FB
out-of-domain | che giorno è oggi | FB
out-of-domain | quando parte il prossimo treno per venezia | FB
out-of-domain | che film danno stasera in tv | FB
out-of-domain | a che ora è chi vuol essere milionario | FB
out-of-domain | metti la sveglia alle sei e mezza | FB
out-of-domain | come si fa la carbonara | FB
out-of-domain | quanto fa diciassette per otto | FB
out-of-domain | quanto dista la luna dalla terra | FB
out-of-domain | chi ha vinto lo scudetto l'anno scorso | FB
out-of-domain | qual è l'inno nazionale della germania | FB
out-of-domain | quanto costa un taglio di capelli da uomo | FB
out-of-domain | qual è la lingua ufficiale della nigeria | FB
out-of-domain | quante persone vivono in cina | FB
out-of-domain | dove abita babbo natale | FB
out-of-domain | qual è la capitale dell'impero romano d'oriente | FB
# Second batch: more of the speakers and situations, longer help, stop, cancel and launch lines, more near misses.
toscana | alexa o che la sai la capitale {} perché io no | dell'albania=AL; della macedonia del nord=MK; del kosovo=XK
toscana | deh alexa il mi babbo dice che la capitale {} l'è un'altra dimmela te | della nigeria=NG; del canada=CA; della turchia=TR
roma | aò alexa ma che ne so io la capitale {} dimmela tu | della mongolia=MN; del kazakistan=KZ; del turkmenistan=TM
roma | alexa sto in macchina sul raccordo dimme un po la capitale {} | del marocco=MA; dell'algeria=DZ; della tunisia=TN
napoli | uè alexa mio figlio dice che la capitale {} la sa e io no | del belgio=BE; dell'olanda=NL; della danimarca=DK
napoli | alexa jamm bell ja qual è la capitale {} | dell'uruguay=UY; del paraguay=PY; del venezuela=VE
milano | alexa ho una call tra due minuti dimmi veloce la capitale {} | del lussemburgo=LU; della svizzera=CH; dell'austria=AT
milano | alexa il cliente di shanghai mi chiede la capitale {} | dell'australia=AU; della nuova zelanda=NZ; delle figi=FJ
bergamo-brescia | pota alexa in cantiere si discute della capitale {} | della slovacchia=SK; dell'ungheria=HU; della romania=RO
bergamo-brescia | oscia alexa ma la capitale {} me la ricordavo diversa | del portogallo=PT; della spagna=ES; del marocco=MA
emilia-romagna | alexa al bar della piadina ci chiediamo la capitale {} | della lituania=LT; della lettonia=LV; dell'estonia=EE
emilia-romagna | socmel alexa ma la capitale {} è un nome strano dimmela | del burkina faso=BF; del madagascar=MG; dello sri lanka=LK
veneto | alexa in gondola un turista me ga domandà la capitale {} | del giappone=JP; della corea del sud=KR; degli stati uniti=US
veneto | ostrega alexa dime ti la capitale {} che mi no la so | della bielorussia=BY; della moldavia=MD; dell'ucraina=UA
learner-russian | alexa kak eto capitale {} come si dice | della georgia del caucaso=GE; dell'armenia=AM; dell'azerbaigian=AZ
learner-russian | nu davai alexa ancora una capitale {} | della mongolia=MN; del kirghizistan=KG; del tagikistan=TJ
learner-anglophone | alexa abeg wetin be la capitale {} | del benin=BJ; del togo=TG; della costa d'avorio=CI
learner-anglophone | oya alexa my brother dice la capitale {} dimmi tu | del sudafrica=ZA; dello zimbabwe=ZW; dello zambia=ZM
accessibility | alexa sono cieca e uso solo te qual è la capitale {} | della svezia=SE; della norvegia=NO; della finlandia=FI
accessibility | alexa la capitale del del come si chiama {} | della cina=CN; del vietnam=VN; della cambogia=KH
games | alexa a nomi cose città mi serve la capitale {} | del nepal=NP; della bolivia=BO; del perù=PE
games | alexa per la domanda da mille euro la capitale {} | del guatemala=GT; del belize=BZ; dell'honduras=HN
work | alexa dal parrucchiere la signora sotto il casco chiede la capitale {} | dell'islanda=IS; della grecia=GR; di malta=MT
work | alexa in pizzeria aspetto che cresce l'impasto la capitale {} | della giordania=JO; di israele=IL; del libano=LB
home | alexa mentre sparecchio dimmi la capitale {} | dell'iran=IR; dell'iraq=IQ; del kuwait=KW
home | alexa sto mettendo a letto i bambini qual è la capitale {} | del ghana=GH; del kenya=KE; dell'etiopia=ET
car | alexa su blablacar ci chiediamo la capitale {} | dell'arabia saudita=SA; del qatar=QA; degli emirati arabi uniti=AE
car | alexa siamo fermi al casello dimmi la capitale {} | della polonia=PL; della cechia=CZ; della germania=DE
follow-up | ok e quella {} invece | della namibia=NA; del botswana=BW; dell'angola=AO
follow-up | e {} com'è | della bielorussia=BY; dell'uzbekistan=UZ; del laos=LA
yes-no-check | alexa la capitale della svizzera è ginevra vero | CH
yes-no-check | alexa nella escape room c'è scritto che la capitale della romania è bucarest torna | RO
yes-no-check | pota ma la capitale della germania è ancora bonn | DE
yes-no-check | alexa la capitale del sudafrica è johannesburg sì o no | ZA
reverse-question | alexa a risiko c'è scritto irkutsk ma mosca è la capitale di quale paese | CITY:Mosca
reverse-question | aò praia de che paese è la capitale | CITY:Praia
reverse-question | alexa per il trivial ngerulmud è capitale di quale paese | CITY:Ngerulmud
self-correction | alexa la capitale del benin no scusa del togo | TG
self-correction | la capitale della slovenia anzi della croazia | HR
official-name | alexa dimmi la capitale del regno di spagna | ES
official-name | la capitale della repubblica portoghese qual è | PT
official-name | alexa la capitale della repubblica francese | FR
official-name | la capitale della repubblica italiana alexa | IT
official-name | alexa la capitale del regno di norvegia | NO
official-name | davai capitale della federazione russa quale | RU
everyday-name | aò alexa la capitale dell'inghilterra | GB-ENG
everyday-name | alexa la capitale della birmania dimmela | MM
everyday-name | pota alexa la capitale dell'olanda | NL
everyday-name | alexa la capitale della malesia | MY
shared-name | alexa la capitale della georgia quella ex sovietica | GE
shared-name | uè la capitale della corea del nord e del sud | KP+KR
shared-name | alexa le capitali delle isole vergini britanniche e americane | VG+VI
shared-name | o la capitale del congo l'è kinshasa o brazzaville | CD+CG
shared-name | alexa la capitale della georgia quella degli stati uniti | US-GA
plural-capitals | alexa per risiko mi servono le capitali della bolivia | BO
plural-capitals | uè alexa quali so le capitali d'o sudafrica | ZA
plural-capitals | ostrega alexa le capitali dei paesi bassi xe do | NL
plural-capitals | abeg alexa le capitali della costa d'avorio | CI
plural-capitals | o alexa lo sri lanka c'ha due capitali icché sono | LK
plural-capitals | alexa dimmi tutte e due le capitali dell'eswatini | SZ
subdivision | alexa sul blablacar un americano chiede la capitale della california | US-CA
subdivision | alexa la capitale del maharashtra per favore | IN-MH
subdivision | ostrega alexa la capitale della sassonia | DE-SN
subdivision | alexa la capitale del victoria in australia | AU-VIC
subdivision | la capitale dell'alberta | CA-AB
subdivision | alexa qual è la capitale del tamil nadu | IN-TN
subdivision | alexa la capitale del rio grande do sul | BR-RS
subdivision | uè alexa la capitale della pennsylvania | US-PA
territory | alexa il cliente va in vacanza a portorico qual è la capitale | PR
territory | aò la capitale della polinesia francese | PF
territory | alexa al trivial la capitale della nuova caledonia | NC
territory | pota la capitale dell'isola di man | IM
territory | alexa in agenzia chiedono la capitale di curaçao | CW
territory | alexa la capitale delle isole cook dimmela | CK
territory | alexa la capitale della guyana francese per favore | GF
territory | alexa la capitale di hong kong | HK
plain-question | alexa la capitale di taiwan | TW
launch | alexa apri capitali del mondo che facciamo una sfida | LAUNCH
launch | alexa apri capitali del mondo che il bimbo deve ripassare | LAUNCH
launch | davai alexa avvia capitali del mondo | LAUNCH
launch | alexa mentre stiro apri capitali del mondo | LAUNCH
launch | alexa in macchina fai partire capitali del mondo | LAUNCH
help | alexa con capitali del mondo cosa posso chiedere | HELP
help | non ci vedo alexa dimmi come funziona questa skill | HELP
help | alexa spiegami come si gioca con le capitali | HELP
help | aò alexa che devo dì pe fa funzionà sta cosa | HELP
stop | alexa basta che arriva il cliente del taglio | STOP
stop | alexa chiudi che devo guidare | STOP
stop | aò alexa chiudi tutto mo basta | STOP
stop | uè alexa stoppa tutto | STOP
stop | alexa basta con le capitali vado a letto | STOP
stop | alexa esci da capitali del mondo | STOP
stop | pota alexa basta abbiamo finito il quiz | STOP
stop | alexa basta così ho imparato abbastanza | STOP
stop | oya alexa stop now basta | STOP
cancel | alexa lascia perdere me lo sono ricordato | CANCEL
cancel | aò lascia perde nun fa niente | CANCEL
cancel | uè alexa annulla aggio sbagliato | CANCEL
cancel | alexa no aspetta annulla quella domanda | CANCEL
cancel | alexa lascia stare il cinno ha già trovato la risposta | CANCEL
cancel | alexa annulla che ho chiesto la cosa sbagliata | CANCEL
cancel | ostrega lassa perdar | CANCEL
cancel | alexa lascia perdere non serve più | CANCEL
cancel | davai alexa annulla | CANCEL
out-of-domain | quante persone abitano a lagos | FB
out-of-domain | che moneta usano in nigeria | FB
out-of-domain | quanto costa un caffè a venezia | FB
out-of-domain | quanti abitanti ha la toscana | FB
out-of-domain | qual è la capitale dell'emilia romagna | FB
out-of-domain | dimmi il capoluogo del veneto | FB
out-of-domain | qual è la capitale del trentino | FB
out-of-domain | qual è la capitale di narnia | FB
out-of-domain | qual è la capitale del paese dei balocchi | FB
out-of-domain | qual è la capitale dell'urss | FB
out-of-domain | qual era la capitale della jugoslavia | FB
out-of-domain | qual era la capitale della cecoslovacchia | FB
out-of-domain | quanto rende un capitale di diecimila euro in banca | FB
out-of-domain | cosa significa capitale umano | FB
out-of-domain | quale città era la capitale del regno delle due sicilie | FB
out-of-domain | quante capitali ci sono in europa | FB
out-of-domain | qual è la capitale più fredda del mondo | FB
out-of-domain | qual è la capitale più popolosa d'africa | FB
out-of-domain | quanto è alta la torre di pisa | FB
out-of-domain | quando si corre il palio di siena | FB
out-of-domain | che squadra gioca al maradona | FB
out-of-domain | quanto costa la metro a roma | FB
out-of-domain | qual è il fuso orario di mosca | FB
out-of-domain | che lingua si parla in ghana | FB
out-of-domain | quanti abitanti ha la bielorussia | FB
out-of-domain | dimmi una barzelletta sui carabinieri | FB
out-of-domain | metti della musica per stirare | FB
out-of-domain | spegni la luce in cucina | FB
out-of-domain | quanti punti ha l'inter in classifica | FB
out-of-domain | quali sono le regole del risiko | FB
out-of-domain | quanto costa il pieno di benzina | FB
out-of-domain | dimmi il meteo per domani a bergamo | FB
out-of-domain | come si dice capitale in russo | FB
out-of-domain | chi ha inventato la piadina | FB
out-of-domain | a che ora chiude la biblioteca | FB
out-of-domain | quanti chilometri ci sono da milano a roma | FB
out-of-domain | leggimi le ultime notizie dalla nigeria | FB
out-of-domain | qual è la bandiera del brasile | FB
"""

if __name__ == "__main__":
    build_round(25, "it", LINES, sys.argv, "tests/Eval/it/round25/source/build_corpus.py")
