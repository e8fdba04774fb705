"""Round 26, Italian (it-IT): a new author's own mix, written blind. Speakers chosen away from the regions and groups of
the earlier Italian rounds' "How it was written" paragraphs: Lucanians and Cilentani of Potenza, Matera and Salerno
("ué", "mo", "cumbà", "che t'aggia dice", "nun m'arricordo", "vabbuò", "uagliù"), Emilians of Parma, Reggio, Modena and
Piacenza ("ades", "at capés", "bòja d'un mond", "dai mo", "sét", "an so mia", "al me pèder"), Trentini and Ladin
mountain guides of the Dolomites ("vara", "sat", "ciò", "bon dì", "qual ela"), Arbëreshë of the Albanian-speaking
villages of Calabria and Sicily ("mirë", "falemnderit", "la nonna della piana"), Sri Lankan families of Naples, Palermo
and Messina learning Italian ("aiyo", "ane", "machan", articles dropped), Egyptian pizza makers and bakers of Milan and
Turin ("yalla", "mashi", "khalas", "ya basha", "wallahi"), Polish caregivers and builders ("kurcze", "no dobra", "tak
tak", "jak to jest"), English-speaking expats in the Chianti, Umbria and the Marche ("okay so", "how do you say",
"sorry", "what's the word", "my wife"), Dominican and Cuban residents of Milan ("oye", "mira", "chico", "qué lo que",
"asere"). Situations: sport on television (the Six Nations, Sinner's tournaments, the Giro, MotoGP, the NBA, the ski
World Cup, the national team); studying (a public-service exam, the maturità oral, a tour-guide licence, a teacher
preparing a lesson, an entrance test, a test tomorrow); collections (stamps, coins, postcards, fridge magnets, flags on a
bedroom wall); jobs (a lifeguard's tower, a fire station, a bus terminus, a Parmigiano dairy, a mechanic's workshop, a
museum room, a call centre, a supermarket till, a mountain refuge); board and party games (Scarabeo, Monopoly, Taboo, a
birthday quiz). Plus plain questions, fillers and hesitations, terse forms, follow-ups, yes/no checks, self-corrections
with a marker ("anzi", "no aspetta", "volevo dire", "scusa"), reverse questions, official, old and everyday names,
shared names, plurals of every several-capital country and Palestine, subdivisions and territories, out-of-domain near
misses, help, stop, cancel, launch and one-shot requests with the invocation name "capitali del mondo", and what it-IT
recognition writes (lost accents, split or joined words, phonetic and English spellings).
`python3 tests/Eval/it/round26/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 26's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Basilicata and the Cilento: Potenza, Matera, Salerno.
lucania | ué alexa mo dimmi la capitale {} | del perù=PE; del cile=CL; dell'uruguay=UY
lucania | alexa che t'aggia dice nun m'arricordo la capitale {} | del paraguay=PY; dell'argentina=AR
lucania | cumbà chiedi a alexa la capitale {} che io nun la saccio | della colombia=CO; del venezuela=VE
lucania | alexa vabbuò allora la capitale {} qual è | del suriname=SR; della guyana=GY
lucania | alexa mia figlia a salerno studia la capitale {} aiutala tu | dell'ecuador=EC; di panama=PA
lucania | uagliù statevi zitti alexa qual è la capitale {} | della costa rica=CR; del nicaragua=NI; del belize=BZ
lucania | alexa ma sai che nun tengo idea la capitale {} | dell'honduras=HN; del guatemala=GT; di el salvador=SV
lucania | alexa mo che ci penso a matera chi ci sta la capitale {} come si chiama | del messico=MX; di cuba=CU
lucania | ué alexa e sbrigati la capitale {} | della giamaica=JM; di haiti=HT

# Emilia: Parma, Reggio, Modena, Piacenza.
emilia | alexa ades dimm la capitale {} | della danimarca=DK; della norvegia=NO; della svezia=SE
emilia | bòja d'un mond alexa la capitale {} come la fa | della finlandia=FI; dell'islanda=IS; dell'estonia=EE
emilia | alexa at capés che non mi ricordo la capitale {} | della lettonia=LV; della lituania=LT
emilia | dai mo alexa la capitale {} | del lussemburgo=LU; del belgio=BE; del liechtenstein=LI
emilia | alexa al me pèder al vol savér la capitale {} | dell'austria=AT; della svizzera=CH
emilia | alexa sét mia la capitale {} | della slovacchia=SK; della cechia=CZ; dell'ungheria=HU
emilia | an so mia alexa la capitale {} qual è | della croazia=HR; della slovenia=SI
emilia | alexa a modena stasera si discute della capitale {} dimmela te | della polonia=PL; della germania=DE

# Trentino and the Ladin valleys of the Dolomites.
trentino | alexa vara dime la capitale {} | della romania=RO; della bulgaria=BG; della moldavia=MD
trentino | sat alexa qual ela la capitale {} | della serbia=RS; del montenegro=ME; dell'albania=AL
trentino | ciò alexa che la capitale {} l'è | della bosnia=BA; della macedonia del nord=MK
trentino | bon dì alexa dime la capitale {} | della grecia=GR; di cipro=CY; di malta=MT
trentino | alexa al rifugio i turisti i me domanda la capitale {} | dell'ucraina=UA; della bielorussia=BY; della russia=RU
trentino | alexa ades te me disi la capitale {} | della turchia=TR; dell'armenia=AM; dell'azerbaigian=AZ

# Arbëreshë villages of Calabria and Sicily.
arbereshe | alexa mirë dimmi la capitale {} | del kosovo=XK; della macedonia=MK
arbereshe | falemnderit alexa e adesso la capitale {} | dell'egitto=EG; della libia=LY
arbereshe | nella piana degli albanesi la nonna chiede la capitale {} | della tunisia=TN; dell'algeria=DZ; del marocco=MA

# Sri Lankan families in Naples, Palermo, Messina.
srilankese | aiyo alexa capitale {} qual è | di bangladesh=BD; di pakistan=PK; di afghanistan=AF
srilankese | alexa ane mio figlio chiede capitale {} | delle maldive=MV; del nepal=NP; del bhutan=BT
srilankese | machan chiedi alexa la capitale {} | dell'india=IN; della birmania=MM; della thailandia=TH
srilankese | alexa per favore dimmi capitale {} io non ricordo bene | di singapore=SG; dell'indonesia=ID; delle filippine=PH
srilankese | alexa la signora del palazzo mi chiede la capitale {} | del vietnam=VN; della cambogia=KH; del laos=LA

# Egyptian pizza makers and bakers in Milan and Turin.
egiziano | yalla alexa dimmi capitale {} | del sudan=SD; del sud sudan=SS; dell'eritrea=ER
egiziano | alexa mashi allora la capitale {} | dell'etiopia=ET; della somalia=SO; di gibuti=DJ
egiziano | khalas ragazzi alexa la capitale {} quale | dell'arabia saudita=SA; dello yemen=YE; dell'oman=OM
egiziano | in pizzeria il cliente chiede la capitale {} dimmi tu alexa | del qatar=QA; del kuwait=KW; del bahrein=BH
egiziano | alexa ya basha la capitale {} | della giordania=JO; del libano=LB; della siria=SY
egiziano | alexa wallahi non ricordo la capitale {} | dell'iraq=IQ; dell'iran=IR; degli emirati arabi uniti=AE

# Polish caregivers and builders.
polacco | kurcze alexa la capitale {} come si chiama | della germania=DE; della francia=FR
polacco | alexa no dobra allora la capitale {} | dell'irlanda=IE; del portogallo=PT; della spagna=ES
polacco | tak tak alexa e la capitale {} | del regno unito=GB; dell'italia=IT; di san marino=SM
polacco | alexa la signora maria chiede la capitale {} | del vaticano=VA; di monaco=MC; di andorra=AD
polacco | jak to jest alexa la capitale {} non mi viene | di israele=IL; del kazakistan=KZ

# English-speaking expats in the Chianti, Umbria and the Marche.
anglofono | alexa okay so la capitale {} qual è | dell'australia=AU; della nuova zelanda=NZ; delle figi=FJ
anglofono | alexa how do you say qual è la capitale {} | del canada=CA; degli stati uniti=US
anglofono | sorry alexa il mio italiano la capitale {} per favore | di barbados=BB; delle bahamas=BS
anglofono | alexa what's the word la capitale {} | della repubblica dominicana=DO; di trinidad e tobago=TT
anglofono | alexa my wife vuole sapere la capitale {} | di grenada=GD; di saint lucia=LC

# Dominican and Cuban residents of Milan.
caraibico | oye alexa mira la capitale {} | di antigua e barbuda=AG; della dominica=DM; di saint kitts e nevis=KN
caraibico | alexa chico dimmi la capitale {} | di saint vincent e grenadine=VC; del brasile=BR
caraibico | qué lo que alexa la capitale {} | del senegal=SN; del mali=ML; del niger=NE
caraibico | alexa asere la capitale {} dai | del burkina faso=BF; della mauritania=MR; del gambia=GM

# Sport on television.
sport | stasera c'è il sei nazioni alexa la capitale {} | della scozia=GB-SCT; del galles=GB-WLS; dell'inghilterra=GB-ENG
sport | alexa sinner gioca in {} ma la capitale qual è | kazakistan=KZ; cina=CN; australia=AU
sport | alexa il giro d'italia quest'anno parte {} qual è la capitale | dall'albania=AL; dall'ungheria=HU; dalla danimarca=DK
sport | alexa questo weekend la motogp corre in {} dimmi la capitale | thailandia=TH; indonesia=ID; argentina=AR
sport | alexa guardando l'nba mi chiedo la capitale {} | del texas=US-TX; dell'oregon=US-OR; del wisconsin=US-WI
sport | alexa la nazionale stasera gioca contro {} qual è la loro capitale | la norvegia=NO; il montenegro=ME; l'ecuador=EC
sport | alexa coppa del mondo di sci in {} la capitale qual è | slovenia=SI; andorra=AD; finlandia=FI
sport | alexa al tour de france c'è una tappa in {} com'è la capitale | belgio=BE; svizzera=CH

# Studying: exams, lessons, a test tomorrow.
concorso | alexa sto studiando per il concorso mi serve la capitale {} | della nigeria=NG; del ghana=GH; del camerun=CM
concorso | alexa domani ho l'orale di maturità ripassiamo la capitale {} | del kenya=KE; della tanzania=TZ; dell'uganda=UG
concorso | alexa per l'esame da guida turistica la capitale {} | del ruanda=RW; del burundi=BI; del malawi=MW
concorso | alexa preparo la lezione per la terza media qual è la capitale {} | dello zambia=ZM; dello zimbabwe=ZW; del mozambico=MZ
concorso | alexa al test d'ingresso c'era la capitale {} qual era | dell'angola=AO; della namibia=NA; del botswana=BW
concorso | alexa il prof interroga domani sulla capitale {} | del madagascar=MG; di mauritius=MU; delle seychelles=SC

# Collections: stamps, coins, postcards, magnets, flags.
collezioni | alexa ho un francobollo {} qual è la sua capitale | del togo=TG; del gabon=GA; della liberia=LR
collezioni | alexa ho trovato una moneta {} mi dici la capitale | del ciad=TD; della repubblica centrafricana=CF; della guinea equatoriale=GQ
collezioni | alexa mi è arrivata una cartolina {} qual è la capitale | dalla sierra leone=SL; dalla guinea=GN; dalla guinea bissau=GW
collezioni | alexa la calamita sul frigo {} la capitale qual è | del capo verde=CV; di sao tomé e principe=ST; delle comore=KM
collezioni | alexa sto attaccando le bandiere in camera la capitale {} | di palau=PW; delle isole marshall=MH; del benin=BJ

# Jobs.
mestieri | alexa sono in torretta e mi annoio la capitale {} | delle tonga=TO; di tuvalu=TV; di nauru=NR
mestieri | alexa in caserma dei pompieri vogliamo sapere la capitale {} | di kiribati=KI; della micronesia=FM; di vanuatu=VU
mestieri | alexa al capolinea mi chiedevo la capitale {} | delle isole salomone=SB; della papua nuova guinea=PG; delle samoa=WS
mestieri | alexa mentre giro le forme dimmi la capitale {} | del timor est=TL; del brunei=BN; della mongolia=MN
mestieri | alexa ho le mani sporche di grasso dimmi la capitale {} | del kirghizistan=KG; del tagikistan=TJ; del turkmenistan=TM
mestieri | alexa in sala è tutto tranquillo qual è la capitale {} | dell'uzbekistan=UZ; della corea del nord=KP; della corea del sud=KR
mestieri | alexa tra una chiamata e l'altra la capitale {} | di taiwan=TW; del giappone=JP; del canada=CA
mestieri | alexa alla cassa un signore mi ha chiesto la capitale {} | della costa d'avorio=CI; del sudafrica=ZA; dell'eswatini=SZ
mestieri | alexa al rifugio è finita la polenta intanto dimmi la capitale {} | del lesotho=LS; della repubblica del congo=CG; della repubblica democratica del congo=CD

# Board and party games.
giochi | alexa a scarabeo mi serve la capitale {} | del perù=PE; del laos=LA
giochi | alexa giochiamo a monopoli del mondo qual è la capitale {} | del sudan=SD; del mali=ML; del ciad=TD
giochi | alexa per il quiz della festa di compleanno la capitale {} | della francia=FR; dell'egitto=EG; del giappone=JP
giochi | alexa a taboo non posso dire la capitale {} tu dimmela | della spagna=ES; della grecia=GR

# Plain questions.
plain-question | qual è la capitale {} | dell'eritrea=ER; di gibuti=DJ
plain-question | mi sai dire la capitale {} | del bhutan=BT; del burundi=BI
plain-question | dimmi qual è la capitale {} | di malta=MT; della mongolia=MN; del vietnam=VN
plain-question | come si chiama la capitale {} | della liberia=LR; della guinea bissau=GW
plain-question | alexa vorrei sapere la capitale {} | della slovacchia=SK; del kenya=KE
plain-question | alexa per cortesia qual è la capitale {} | del nicaragua=NI; del malawi=MW
plain-question | la capitale {} qual è | del turkmenistan=TM; delle comore=KM

# Fillers and hesitations.
filler | ehm alexa allora la capitale {} | dello yemen=YE; del qatar=QA
filler | alexa aspetta eh la capitale {} ehm | del libano=LB; della giordania=JO
filler | alexa mmh com'era la capitale {} boh | della lituania=LT; dell'estonia=EE
filler | alexa la capitale {} cioè come si chiama cioè qual è | del botswana=BW; della namibia=NA
filler | ah ecco alexa mi è venuto in mente volevo sapere la capitale {} | dell'armenia=AM; della georgia caucasica=GE
filler | alexa senti una cosa ma la capitale {} tipo | del brunei=BN; di palau=PW
filler | allora vediamo alexa la la capitale {} | del gabon=GA; del togo=TG
filler | alexa eeh niente volevo sapere la capitale {} | della tanzania=TZ; dell'uganda=UG

# Terse forms.
terse | capitale {} | lettonia=LV; moldavia=MD; niger=NE
terse | {} capitale | uzbekistan=UZ; vanuatu=VU; paraguay=PY
terse | alexa capitale {} veloce | cambogia=KH; tunisia=TN
terse | capitale {} grazie | islanda=IS; senegal=SN

# Recognition artefacts: lost accents, split or joined words, English and phonetic spellings.
asr-artefact | qual e la capitale del peru | PE
asr-artefact | lacapitale della grecia | GR
asr-artefact | la capitale dell ecuador | EC
asr-artefact | la capitale del kazakhstan | KZ
asr-artefact | qual e la capitale del bangla desh | BD
asr-artefact | la capitale della nuovazelanda | NZ
asr-artefact | capitale del chad | TD
asr-artefact | qualè la capitale della libia | LY
asr-artefact | la capitale di burkina faso | BF
asr-artefact | alexa la capitale delle fiji | FJ
asr-artefact | la capitale del kirghisistan | KG
asr-artefact | qual è la capitale del azerbaijan | AZ
asr-artefact | la capitale della bielo russia | BY
asr-artefact | la capitale dello zimbawe | ZW
asr-artefact | la capitale del kenia | KE
asr-artefact | la capitale del rwanda | RW
asr-artefact | capitale della cecchia | CZ
asr-artefact | la capitale del mozambique | MZ
asr-artefact | alexa la capitale di aiti | HT
asr-artefact | la capitale del mexico | MX
asr-artefact | la capitale della tailandia | TH
asr-artefact | la capitale del camerun e | CM
asr-artefact | la capitale dell uruguay | UY
asr-artefact | la capitale della giamaica qual e | JM
asr-artefact | la capitale di sao tome | ST
asr-artefact | qual e la capitale dell el salvador | SV
asr-artefact | la capitale dell afghanistan | AF
asr-artefact | alexa la capitale del equador | EC
asr-artefact | la capitale della sierra leon | SL
asr-artefact | la capitale della guinea equatoriale e | GQ

# Follow-ups.
follow-up | e quella {} | della norvegia=NO; del portogallo=PT; del cile=CL
follow-up | e invece {} | la finlandia=FI; il belgio=BE; l'olanda=NL
follow-up | alexa e {} | dell'austria=AT; del pakistan=PK
follow-up | ok grazie e la capitale {} | dell'ungheria=HU; della croazia=HR; della serbia=RS
follow-up | e per {} invece | la bulgaria=BG; la romania=RO; la tunisia=TN
follow-up | perfetto adesso {} | l'algeria=DZ; il marocco=MA; la libia=LY
follow-up | e poi {} che capitale ha | la siria=SY; l'iraq=IQ
follow-up | bene e {} | del nepal=NP; delle maldive=MV
follow-up | e {} che ha | il kuwait=KW; il bahrein=BH
follow-up | aspetta e quella {} allora | dell'india=IN; della cina=CN
follow-up | stessa domanda per {} | l'argentina=AR; il brasile=BR; la colombia=CO
follow-up | e adesso dimmi quella {} | della guyana=GY; del suriname=SR

# Yes/no checks (right and wrong guesses).
yes-no-check | la capitale della turchia è istanbul vero | TR
yes-no-check | è vero che la capitale del brasile è rio de janeiro | BR
yes-no-check | la capitale dell'australia è sydney giusto | AU
yes-no-check | alexa la capitale del canada è ottawa o sbaglio | CA
yes-no-check | la capitale della nigeria è lagos | NG
yes-no-check | ma la capitale della svizzera è zurigo no | CH
yes-no-check | alexa confermami che la capitale del marocco è rabat | MA
yes-no-check | la capitale del vietnam è hanoi o ho chi minh | VN
yes-no-check | alexa ho ragione io la capitale della nuova zelanda è wellington | NZ
yes-no-check | mio marito dice che la capitale del kazakistan è almaty è vero | KZ
yes-no-check | la capitale del pakistan è karachi | PK
yes-no-check | è giusto che la capitale della tanzania è dodoma | TZ
yes-no-check | alexa ma davvero la capitale del myanmar è naypyidaw | MM
yes-no-check | la capitale della bolivia non è la paz | BO
yes-no-check | la capitale degli stati uniti è new york vero alexa | US
yes-no-check | la capitale della germania è ancora bonn | DE
yes-no-check | alexa è casablanca la capitale del marocco | MA
yes-no-check | è giusto dire che la capitale della costa d'avorio è abidjan | CI
yes-no-check | alexa la capitale dell'india è mumbai | IN
yes-no-check | la capitale del camerun è douala o yaoundé | CM
yes-no-check | ma la capitale del belize è belize city | BZ
yes-no-check | alexa la capitale della siria è damasco sì o no | SY
yes-no-check | la capitale dello sri lanka è colombo vero | LK
yes-no-check | scommetto che la capitale della cina è shanghai | CN
yes-no-check | alexa dimmi solo sì o no la capitale del perù è lima | PE
yes-no-check | la capitale della mongolia è ulan bator giusto | MN
yes-no-check | la capitale del montenegro è podgorica vero | ME
yes-no-check | ho letto che la capitale del burundi adesso è gitega è così | BI
yes-no-check | la capitale della turchia non era ankara | TR
yes-no-check | alexa la capitale della scozia è glasgow | GB-SCT
yes-no-check | la capitale della california è los angeles o sacramento | US-CA
yes-no-check | la capitale della baviera è norimberga | DE-BY
yes-no-check | è vero che la capitale del galles è cardiff | GB-WLS
yes-no-check | la capitale della groenlandia è nuuk o no | GL
yes-no-check | alexa la capitale del malawi è blantyre | MW
yes-no-check | la capitale dell'ecuador è guayaquil vero | EC
yes-no-check | la capitale della nuova scozia è halifax | CA-NS
yes-no-check | alexa secondo te la capitale del benin è cotonou | BJ
yes-no-check | la capitale del texas è dallas no | US-TX
yes-no-check | alexa la capitale dell'etiopia è addis abeba confermi | ET

# Self-corrections (the last place named is meant).
self-correction | la capitale del niger anzi no della nigeria | NG
self-correction | alexa la capitale dell'austria no aspetta dell'australia | AU
self-correction | la capitale della slovenia volevo dire della slovacchia | SK
self-correction | alexa qual è la capitale dell'iran scusa dell'iraq | IQ
self-correction | la capitale della guinea anzi della guinea bissau | GW
self-correction | alexa la capitale del mali no aspetta del malawi | MW
self-correction | dimmi la capitale della svezia anzi no della svizzera | CH
self-correction | la capitale del gambia cioè volevo dire dello zambia | ZM
self-correction | alexa capitale della colombia no scusa della bolivia | BO
self-correction | la capitale della mauritania anzi di mauritius | MU
self-correction | alexa la capitale della lettonia no no della lituania | LT
self-correction | qual è la capitale del sudan scusa del sud sudan | SS
self-correction | la capitale del paraguay ehm volevo dire dell'uruguay | UY
self-correction | alexa la capitale dell'armenia no aspetta dell'albania | AL
self-correction | la capitale dell'honduras anzi del guatemala | GT
self-correction | alexa la capitale del nepal mi sono sbagliata del bhutan | BT
self-correction | dimmi la capitale di dominica anzi della repubblica dominicana | DO
self-correction | la capitale della corea del sud no aspetta del nord | KP
self-correction | alexa la capitale del congo anzi della repubblica democratica del congo | CD
self-correction | la capitale dell'ohio volevo dire dell'iowa | US-IA
self-correction | alexa la capitale del manitoba anzi del saskatchewan | CA-SK
self-correction | la capitale del kerala no aspetta del karnataka | IN-KA
self-correction | la capitale della tasmania scusa del queensland | AU-QLD
self-correction | alexa capitale della sassonia anzi della bassa sassonia | DE-NI
self-correction | la capitale della danimarca cioè no della groenlandia | GL
self-correction | alexa la capitale dell'estonia anzi no scusa dell'islanda | IS
self-correction | la capitale del laos no aspetta della cambogia | KH
self-correction | alexa la capitale del kenya mi correggo della somalia | SO
self-correction | la capitale del tagikistan anzi del kirghizistan | KG
self-correction | alexa la capitale di cipro volevo dire di creta no di malta | MT
self-correction | la capitale della libia no sbagliato della liberia | LR
self-correction | alexa la capitale del gabon scusami del ghana | GH
self-correction | la capitale del ruanda anzi del burundi | BI
self-correction | alexa la capitale della moldavia no aspetta della mongolia | MN

# Reverse questions.
reverse-question | ulan bator è la capitale di quale paese | CITY:Ulan Bator
reverse-question | kathmandu di che paese è capitale | CITY:Kathmandu
reverse-question | alexa victoria è la capitale di cosa | CITY:Victoria
reverse-question | kingston è capitale di dove | CITY:Kingston
reverse-question | di quale stato è capitale san josé | CITY:San José
reverse-question | la paz è capitale di che cosa | CITY:La Paz
reverse-question | georgetown è la capitale di quale posto | CITY:Georgetown
reverse-question | alexa hamilton è la capitale di quale isola | CITY:Hamilton
reverse-question | saint john's di che cosa è la capitale | CITY:Saint John's
reverse-question | columbia è la capitale di quale stato americano | CITY:Columbia
reverse-question | brasilia è capitale di cosa | CITY:Brasilia
reverse-question | alexa nuova delhi è la capitale di quale paese | CITY:Nuova Delhi
reverse-question | canberra di che cosa è capitale | CITY:Canberra
reverse-question | chandigarh è la capitale di quale stato indiano | CITY:Chandigarh
reverse-question | alexa monaco di baviera di cosa è capitale | CITY:Monaco di Baviera
reverse-question | vaduz è capitale di quale paese | CITY:Vaduz
reverse-question | ouagadougou di quale paese è la capitale | CITY:Ouagadougou
reverse-question | alexa tegucigalpa è la capitale di che stato | CITY:Tegucigalpa
reverse-question | bishkek dove si trova di che paese è capitale | CITY:Bishkek
reverse-question | asmara è la capitale di quale nazione | CITY:Asmara
reverse-question | alexa paramaribo è capitale di cosa | CITY:Paramaribo
reverse-question | di che paese è capitale windhoek | CITY:Windhoek
reverse-question | ashgabat è la capitale di quale repubblica | CITY:Ashgabat
reverse-question | alexa funafuti è capitale di dove | CITY:Funafuti
reverse-question | tbilisi è la capitale di quale paese | CITY:Tbilisi
reverse-question | alexa atlanta di che cosa è capitale | CITY:Atlanta
reverse-question | pierre è la capitale di quale stato | CITY:Pierre
reverse-question | alexa regina di cosa è capitale | CITY:Regina
reverse-question | dispur è capitale di che cosa | CITY:Dispur
reverse-question | alexa toluca è capitale di quale stato messicano | CITY:Toluca
reverse-question | di che isola è capitale nuuk | CITY:Nuuk
reverse-question | alexa lusaka è la capitale di quale paese africano | CITY:Lusaka
reverse-question | alexa moroni di che paese è capitale | CITY:Moroni
reverse-question | porto novo è la capitale di quale stato | CITY:Porto-Novo
reverse-question | alexa putrajaya è capitale di cosa | CITY:Putrajaya
reverse-question | skopje è la capitale di quale paese | CITY:Skopje
reverse-question | alexa podgorica di che nazione è la capitale | CITY:Podgorica
reverse-question | il cairo è capitale di cosa | CITY:Il Cairo
reverse-question | alexa la valletta è capitale di quale isola | CITY:La Valletta
reverse-question | di quale paese è capitale bandar seri begawan | CITY:Bandar Seri Begawan
reverse-question | alexa mbabane è capitale di cosa | CITY:Mbabane
reverse-question | castries è la capitale di quale isola dei caraibi | CITY:Castries

# Official names.
official-name | la capitale della repubblica federale di germania | DE
official-name | alexa qual è la capitale della confederazione elvetica | CH
official-name | la capitale del regno hascemita di giordania | JO
official-name | qual è la capitale della repubblica ellenica | GR
official-name | alexa la capitale degli stati uniti messicani | MX
official-name | qual è la capitale della repubblica popolare democratica di corea | KP
official-name | la capitale della repubblica bolivariana del venezuela | VE
official-name | alexa dimmi la capitale del regno di svezia | SE
official-name | la capitale della federazione russa qual è | RU
official-name | qual è la capitale della repubblica araba siriana | SY
official-name | alexa la capitale del commonwealth dell'australia | AU
official-name | la capitale della repubblica islamica del pakistan | PK
official-name | alexa qual è la capitale della repubblica italiana | IT
official-name | la capitale del regno del marocco | MA
official-name | dimmi la capitale della repubblica tunisina | TN
official-name | alexa la capitale della repubblica di turchia | TR
official-name | qual è la capitale della repubblica federativa del brasile | BR
official-name | la capitale del regno unito di gran bretagna e irlanda del nord | GB
official-name | alexa la capitale della repubblica popolare cinese | CN
official-name | la capitale della repubblica di corea | KR
official-name | qual è la capitale della repubblica slovacca | SK
official-name | alexa la capitale della repubblica di moldova | MD
official-name | la capitale dello stato di israele | IL
official-name | alexa qual è la capitale della repubblica libanese | LB
official-name | la capitale della repubblica democratica popolare di algeria | DZ
official-name | la capitale della repubblica islamica dell'iran | IR
official-name | alexa la capitale del regno di norvegia | NO
official-name | la capitale della repubblica francese | FR
official-name | alexa la capitale del regno di eswatini | SZ
official-name | qual è la capitale della repubblica portoghese | PT
official-name | alexa la capitale del regno di danimarca | DK
official-name | la capitale dello stato della città del vaticano | VA
official-name | la capitale della repubblica di cipro | CY
official-name | alexa la capitale della repubblica d'austria | AT

# Everyday names.
everyday-name | la capitale dell'olanda | NL
everyday-name | alexa qual è la capitale dell'america | US
everyday-name | la capitale degli states | US
everyday-name | alexa la capitale della bosnia | BA
everyday-name | la capitale degli emirati | AE
everyday-name | qual è la capitale della repubblica ceca | CZ
everyday-name | alexa la capitale della birmania | MM
everyday-name | la capitale del belarus | BY
everyday-name | alexa capitale della moldova | MD
everyday-name | la capitale della sudcorea | KR
everyday-name | qual è la capitale della nordcorea | KP
everyday-name | la capitale dell'arabia | SA
everyday-name | alexa la capitale del centrafrica | CF
everyday-name | la capitale di timor | TL
everyday-name | alexa la capitale di trinidad | TT
everyday-name | qual è la capitale di saint kitts | KN
everyday-name | la capitale della gran bretagna | GB
everyday-name | alexa la capitale dell'uk | GB
everyday-name | la capitale del burkina | BF
everyday-name | qual è la capitale delle salomone | SB
everyday-name | alexa la capitale delle marshall | MH
everyday-name | la capitale di saint vincent | VC
everyday-name | alexa la capitale della côte d'ivoire | CI
everyday-name | la capitale del türkiye | TR
everyday-name | alexa la capitale dell'irak | IQ
everyday-name | la capitale della papua | PG
everyday-name | alexa la capitale del timor leste | TL
everyday-name | qual è la capitale delle seicelle | SC
everyday-name | la capitale del vaticano qual è | VA
everyday-name | alexa la capitale del sudan del sud | SS
everyday-name | la capitale del djibouti | DJ
everyday-name | alexa la capitale della kirghisia | KG

# Old names.
old-name | qual era la capitale della persia | IR
old-name | alexa la capitale del siam | TH
old-name | la capitale di ceylon | LK
old-name | alexa la capitale dell'abissinia | ET
old-name | la capitale dello zaire | CD
old-name | alexa qual è la capitale della rhodesia | ZW
old-name | la capitale dell'alto volta | BF
old-name | alexa la capitale del dahomey | BJ
old-name | la capitale del bechuanaland | BW
old-name | alexa la capitale del basutoland | LS
old-name | la capitale del nyasaland | MW
old-name | alexa la capitale della costa d'oro | GH
old-name | la capitale dell'honduras britannico | BZ
old-name | alexa la capitale delle nuove ebridi | VU
old-name | la capitale delle isole ellice | TV
old-name | alexa la capitale di formosa | TW
old-name | la capitale della kampuchea | KH
old-name | alexa la capitale dell'ubangi sciari | CF
old-name | la capitale della guyana olandese | SR
old-name | alexa la capitale della rhodesia del nord | ZM
old-name | la capitale della guyana britannica | GY
old-name | alexa la capitale dello swaziland | SZ
old-name | la capitale della russia bianca | BY

# Shared names: bare (every place) and disambiguated (one place).
shared-name | qual è la capitale della georgia | GE+US-GA
shared-name | alexa la capitale del congo | CD+CG
shared-name | la capitale della corea | KP+KR
shared-name | alexa qual è la capitale delle isole vergini | VG+VI
shared-name | le capitali delle due coree | KP+KR
shared-name | alexa le capitali dei due congo | CD+CG
shared-name | la capitale della georgia negli stati uniti | US-GA
shared-name | alexa la capitale della georgia quella nel caucaso | GE
shared-name | la capitale del congo brazzaville | CG
shared-name | alexa la capitale del congo kinshasa | CD
shared-name | la capitale delle isole vergini britanniche | VG
shared-name | alexa la capitale delle isole vergini americane | VI
shared-name | alexa georgia capitale | GE+US-GA
shared-name | congo capitale qual è | CD+CG
shared-name | alexa dimmi la capitale di corea | KP+KR
shared-name | la capitale dello stato americano della georgia | US-GA
shared-name | alexa la capitale della georgia il paese vicino alla russia | GE
shared-name | la capitale della rdc | CD
shared-name | alexa capitale delle vergini americane | VI
shared-name | la capitale delle coree | KP+KR
shared-name | alexa isole vergini qual è la capitale | VG+VI
shared-name | la capitale del congo quello piccolo | CG

# Plurals: every several-capital country and Palestine.
plural-capitals | quali sono le capitali del sudafrica | ZA
plural-capitals | alexa il sudafrica ha tre capitali quali sono | ZA
plural-capitals | dimmi tutte e tre le capitali del sudafrica | ZA
plural-capitals | quali sono le capitali della bolivia | BO
plural-capitals | alexa la bolivia ha due capitali dimmele | BO
plural-capitals | le due capitali della bolivia come si chiamano | BO
plural-capitals | quali sono le capitali dei paesi bassi | NL
plural-capitals | alexa l'olanda ha due capitali vero quali | NL
plural-capitals | le capitali dell'olanda dimmele tutte | NL
plural-capitals | quali sono le capitali della malesia | MY
plural-capitals | alexa le due capitali della malaysia | MY
plural-capitals | la malesia che capitali ha | MY
plural-capitals | quali sono le capitali del benin | BJ
plural-capitals | alexa il benin ha più di una capitale quali sono | BJ
plural-capitals | le capitali del benin quali sono alexa | BJ
plural-capitals | quali sono le capitali della costa d'avorio | CI
plural-capitals | alexa la costa d'avorio ha due capitali quali | CI
plural-capitals | che capitali ha la costa d'avorio | CI
plural-capitals | quali sono le capitali dello sri lanka | LK
plural-capitals | alexa lo sri lanka ha due capitali come si chiamano | LK
plural-capitals | aiyo alexa capitali di sri lanka tutte e due | LK
plural-capitals | quali sono le capitali dell'eswatini | SZ
plural-capitals | alexa lo swaziland ha due capitali quali | SZ
plural-capitals | le capitali dell'eswatini dimmele | SZ
plural-capitals | quali sono le capitali della palestina | PS
plural-capitals | alexa la palestina che capitali ha | PS
plural-capitals | le capitali dei territori palestinesi | PS
plural-capitals | alexa sai le capitali della palestina | PS
plural-capitals | alexa elencami le capitali del sudafrica una per una | ZA
plural-capitals | le capitali dello sri lanka quali sono | LK
plural-capitals | alexa il jammu e kashmir ha due capitali quali sono | IN-JK

# Subdivisions: states, provinces, Länder, the UK's nations.
subdivision | qual è la capitale dello stato di new york | US-NY
subdivision | alexa la capitale della florida | US-FL
subdivision | la capitale dello stato di washington | US-WA
subdivision | alexa la capitale dell'illinois qual è | US-IL
subdivision | capitale del kentucky | US-KY
subdivision | alexa la capitale della pennsylvania | US-PA
subdivision | qual è la capitale del nevada | US-NV
subdivision | la capitale dell'alaska come si chiama | US-AK
subdivision | alexa la capitale delle hawaii | US-HI
subdivision | la capitale del michigan | US-MI
subdivision | alexa dimmi la capitale del vermont | US-VT
subdivision | la capitale della louisiana qual è | US-LA
subdivision | alexa la capitale del nuovo messico | US-NM
subdivision | la capitale della carolina del nord | US-NC
subdivision | alexa qual è la capitale del dakota del sud | US-SD
subdivision | la capitale del montana | US-MT
subdivision | alexa la capitale del massachusetts | US-MA
subdivision | la capitale dell'arizona qual è | US-AZ
subdivision | alexa la capitale del colorado | US-CO
subdivision | la capitale dello utah | US-UT
subdivision | alexa la capitale del tennessee | US-TN
subdivision | qual è la capitale della virginia occidentale | US-WV
subdivision | alexa la capitale dell'ontario | CA-ON
subdivision | la capitale del québec | CA-QC
subdivision | alexa la capitale della columbia britannica | CA-BC
subdivision | la capitale dell'alberta | CA-AB
subdivision | alexa qual è la capitale del nunavut | CA-NU
subdivision | la capitale dello yukon | CA-YT
subdivision | alexa la capitale dell'isola del principe edoardo | CA-PE
subdivision | la capitale di terranova | CA-NL
subdivision | alexa la capitale del nuovo galles del sud | AU-NSW
subdivision | la capitale del victoria in australia | AU-VIC
subdivision | alexa la capitale dell'australia occidentale | AU-WA
subdivision | la capitale del territorio del nord | AU-NT
subdivision | alexa la capitale dell'australia meridionale | AU-SA
subdivision | qual è la capitale della baviera | DE-BY
subdivision | alexa la capitale della turingia | DE-TH
subdivision | la capitale del baden württemberg | DE-BW
subdivision | alexa la capitale dell'assia | DE-HE
subdivision | la capitale della renania palatinato | DE-RP
subdivision | alexa la capitale dello schleswig holstein | DE-SH
subdivision | la capitale del brandeburgo | DE-BB
subdivision | alexa la capitale del meclemburgo | DE-MV
subdivision | la capitale della sassonia anhalt | DE-ST
subdivision | alexa la capitale di bahia | BR-BA
subdivision | la capitale dello stato di san paolo | BR-SP
subdivision | alexa la capitale del minas gerais | BR-MG
subdivision | la capitale del rio grande do sul | BR-RS
subdivision | alexa la capitale dell'amazonas | BR-AM
subdivision | la capitale del pernambuco | BR-PE
subdivision | alexa qual è la capitale dello jalisco | MX-JAL
subdivision | la capitale dello yucatán | MX-YUC
subdivision | alexa la capitale della bassa california | MX-BCN
subdivision | la capitale di oaxaca stato | MX-OAX
subdivision | alexa la capitale del chiapas | MX-CHP
subdivision | la capitale del rajasthan | IN-RJ
subdivision | alexa la capitale del maharashtra | IN-MH
subdivision | la capitale del tamil nadu | IN-TN
subdivision | alexa la capitale del bengala occidentale | IN-WB
subdivision | la capitale di goa | IN-GA
subdivision | alexa la capitale dell'uttar pradesh | IN-UP
subdivision | qual è la capitale del punjab indiano | IN-PB
subdivision | alexa la capitale dell'irlanda del nord | GB-NIR
subdivision | la capitale dell'inghilterra | GB-ENG
subdivision | alexa la capitale della scozia | GB-SCT
subdivision | alexa le capitali dell'uttarakhand | IN-UK

# Territories and dependencies.
territory | la capitale della groenlandia | GL
territory | alexa la capitale delle isole fær øer | FO
territory | qual è la capitale di portorico | PR
territory | alexa la capitale delle bermuda | BM
territory | la capitale di gibilterra | GI
territory | alexa la capitale delle isole cayman | KY
territory | la capitale di aruba | AW
territory | alexa la capitale di curaçao | CW
territory | la capitale della polinesia francese | PF
territory | alexa la capitale della nuova caledonia | NC
territory | la capitale della martinica | MQ
territory | alexa la capitale della guadalupa | GP
territory | la capitale della riunione | RE
territory | alexa la capitale della guyana francese | GF
territory | la capitale di mayotte | YT
territory | alexa la capitale delle isole falkland | FK
territory | la capitale di sant'elena | SH
territory | alexa la capitale dell'isola di man | IM
territory | la capitale di jersey | JE
territory | alexa la capitale di guernsey | GG
territory | la capitale di guam | GU
territory | alexa la capitale delle samoa americane | AS
territory | la capitale delle isole cook | CK
territory | alexa la capitale di niue | NU
territory | la capitale delle isole pitcairn | PN
territory | alexa la capitale di anguilla | AI
territory | la capitale delle turks e caicos | TC
territory | alexa la capitale di montserrat | MS
territory | la capitale delle isole marianne settentrionali | MP
territory | alexa la capitale di wallis e futuna | WF
territory | la capitale di saint pierre e miquelon | PM
territory | alexa la capitale delle isole svalbard | SJ
territory | la capitale delle isole åland | AX
territory | alexa la capitale di sint maarten | SX
territory | la capitale di saint barthélemy | BL
territory | alexa la capitale dell'isola norfolk | NF
territory | la capitale delle isole cocos | CC
territory | alexa la capitale dell'isola christmas | CX
territory | la capitale del sahara occidentale | EH
territory | alexa la capitale di tokelau | TK

# One-shot requests through the invocation name.
one-shot | alexa chiedi a capitali del mondo la capitale del perù | PE
one-shot | alexa apri capitali del mondo e dimmi la capitale della mongolia | MN
one-shot | alexa domanda a capitali del mondo qual è la capitale del ghana | GH
one-shot | alexa chiedi a capitali del mondo quali sono le capitali della bolivia | BO
one-shot | alexa usa capitali del mondo per la capitale del laos | LA
one-shot | alexa dì a capitali del mondo la capitale del canada | CA
one-shot | alexa con capitali del mondo trovami la capitale della tanzania | TZ
one-shot | alexa chiedi a capitali del mondo di che paese è capitale tirana | CITY:Tirana
one-shot | alexa apri capitali del mondo e chiedi la capitale dell'oregon | US-OR
one-shot | alexa chiedi a capitali del mondo se la capitale della bolivia è sucre | BO
one-shot | alexa fammi sapere da capitali del mondo la capitale della giordania | JO
one-shot | alexa chiedi a capitali del mondo la capitale della georgia | GE+US-GA
one-shot | alexa chiedi a capitali del mondo le capitali del benin | BJ
one-shot | alexa domanda a capitali del mondo la capitale del sahara occidentale | EH
one-shot | alexa chiedi a capitali del mondo la capitale della groenlandia | GL
one-shot | alexa apri capitali del mondo capitale del qatar | QA
one-shot | alexa chiedi a capitali del mondo qual è la capitale di tuvalu | TV
one-shot | alexa con capitali del mondo dimmi la capitale dell'alberta | CA-AB
one-shot | alexa chiedi alla skill capitali del mondo la capitale del perù per favore | PE
one-shot | alexa domanda a capitali del mondo la capitale della palestina | PS
one-shot | alexa chiedi a capitali del mondo la capitale del regno unito | GB
one-shot | alexa apri capitali del mondo e dimmi le capitali del sudafrica | ZA

# Launch.
launch | alexa apri capitali del mondo | LAUNCH
launch | alexa avvia capitali del mondo | LAUNCH
launch | alexa capitali del mondo | LAUNCH
launch | alexa fai partire capitali del mondo per favore | LAUNCH
launch | ué alexa apri mo capitali del mondo | LAUNCH
launch | alexa ades apri capitali del mondo che ripassiamo | LAUNCH
launch | alexa vara apri capitali del mondo | LAUNCH
launch | alexa yalla apri capitali del mondo | LAUNCH
launch | alexa okay so open capitali del mondo | LAUNCH
launch | alexa apri il gioco capitali del mondo per la festa | LAUNCH
launch | alexa prima della maturità apri capitali del mondo | LAUNCH
launch | alexa mi apri capitali del mondo che studio per il concorso | LAUNCH
launch | alexa machan apri capitali del mondo | LAUNCH
launch | alexa lancia capitali del mondo | LAUNCH
launch | alexa voglio usare capitali del mondo | LAUNCH
launch | alexa attiva la skill capitali del mondo | LAUNCH

# Help.
help | come funziona questa cosa | HELP
help | alexa aiutami non capisco cosa devo dire | HELP
help | che cosa posso chiederti | HELP
help | alexa cosa sai fare con le capitali | HELP
help | ué alexa e mo che faccio | HELP
help | alexa at capés mia come si usa | HELP
help | alexa vara come funziona sta roba | HELP
help | aiyo alexa non capisco come fare domanda | HELP
help | alexa mashi ma come si usa questa | HELP
help | kurcze alexa come funziona | HELP
help | alexa how does this work come si usa | HELP
help | oye alexa qué lo que come funziona questo | HELP
help | alexa mi spieghi le istruzioni | HELP
help | alexa quali domande posso fare | HELP
help | alexa non so cosa chiedere dammi un esempio | HELP
help | alexa che devo dire per sapere una capitale | HELP
help | aiuto alexa sono confusa | HELP
help | alexa mi fai un esempio di domanda | HELP
help | alexa ma come si gioca | HELP
help | alexa spiegami come funziona capitali del mondo | HELP
help | alexa cosa devo fare adesso | HELP
help | alexa ho bisogno di aiuto con questa skill | HELP
help | alexa mi ridici come funziona | HELP
help | alexa sorry help me come si fa | HELP
help | alexa dammi una mano | HELP
help | alexa che comandi ci sono | HELP

# Stop.
stop | alexa basta così | STOP
stop | alexa fermati | STOP
stop | stop alexa grazie | STOP
stop | alexa ho finito grazie mille | STOP
stop | ué alexa basta mo | STOP
stop | alexa ades basta | STOP
stop | alexa vara che basta | STOP
stop | alexa khalas basta | STOP
stop | alexa no dobra basta così | STOP
stop | alexa okay that's enough basta | STOP
stop | alexa mira basta chico | STOP
stop | alexa aiyo stop per favore | STOP
stop | alexa smettila adesso | STOP
stop | alexa chiudi capitali del mondo | STOP
stop | alexa esci dalla skill | STOP
stop | alexa basta capitali per oggi | STOP
stop | alexa finito il ripasso chiudi | STOP
stop | alexa stop abbiamo finito di giocare | STOP
stop | alexa spegniti | STOP
stop | alexa per stasera basta così grazie | STOP
stop | alexa ferma tutto | STOP
stop | alexa ok ciao ciao basta | STOP
stop | alexa chiudi tutto che inizia la partita | STOP
stop | alexa esci pure | STOP
stop | alexa basta la pizza è pronta | STOP
stop | alexa fine della lezione chiudi | STOP

# Cancel.
cancel | annulla | CANCEL
cancel | alexa annulla | CANCEL
cancel | alexa annulla la domanda | CANCEL
cancel | alexa lascia perdere | CANCEL
cancel | alexa no niente annulla | CANCEL
cancel | alexa lascia stare non importa | CANCEL
cancel | ué alexa lassa sta annulla | CANCEL
cancel | alexa dai mo annulla | CANCEL
cancel | alexa vara lascia perdere | CANCEL
cancel | alexa mashi annulla | CANCEL
cancel | alexa no dobra lascia perdere | CANCEL
cancel | alexa never mind annulla | CANCEL
cancel | alexa olvídalo annulla | CANCEL
cancel | alexa ane annulla per favore | CANCEL
cancel | alexa annulla ho sbagliato | CANCEL
cancel | alexa annulla quello che ho detto | CANCEL
cancel | alexa niente ho cambiato idea | CANCEL
cancel | alexa annulla la richiesta | CANCEL
cancel | alexa scordatelo | CANCEL
cancel | alexa lascia perdere la domanda di prima | CANCEL
cancel | alexa annulla tutto | CANCEL
cancel | alexa non fa niente lascia stare | CANCEL
cancel | alexa annulla annulla | CANCEL
cancel | alexa no scusa annulla non volevo | CANCEL
cancel | alexa annulla mi sono sbagliata | CANCEL
cancel | alexa lascia perdere la capitale | CANCEL

# Out of domain: other facts about named countries, other senses of "capitale", places the data lacks, everyday requests.
out-of-domain | qual è il capoluogo della basilicata | FB
out-of-domain | qual è il capoluogo del trentino | FB
out-of-domain | alexa il capoluogo dell'emilia romagna | FB
out-of-domain | la capitale della sicilia qual è | FB
out-of-domain | alexa qual è la capitale della calabria | FB
out-of-domain | quanti abitanti ha matera | FB
out-of-domain | qual è la moneta dell'egitto | FB
out-of-domain | che lingua parlano in sri lanka | FB
out-of-domain | quanto è alto l'everest | FB
out-of-domain | qual è la capitale europea della cultura quest'anno | FB
out-of-domain | qual è la capitale mondiale del formaggio | FB
out-of-domain | cos'è il capitale sociale di una srl | FB
out-of-domain | chi ha scritto il capitale | FB
out-of-domain | la pena capitale esiste ancora in giappone | FB
out-of-domain | quanto dista parma da reggio emilia | FB
out-of-domain | che ore sono al cairo adesso | FB
out-of-domain | che tempo fa a varsavia | FB
out-of-domain | qual è la capitale della catalogna | FB
out-of-domain | la capitale della lapponia | FB
out-of-domain | alexa la capitale di atlantide | FB
out-of-domain | qual è la capitale della terra di mezzo | FB
out-of-domain | chi è il presidente del brasile | FB
out-of-domain | quando è la festa dell'indipendenza del messico | FB
out-of-domain | imposta un timer di dodici minuti per la pizza | FB
out-of-domain | alexa metti radio deejay | FB
out-of-domain | aggiungi il latte alla lista della spesa | FB
out-of-domain | quanto fa sette per otto | FB
out-of-domain | come si dice grazie in polacco | FB
out-of-domain | dove si trova il lesotho | FB
out-of-domain | quali paesi confinano con la bolivia | FB
out-of-domain | qual è il paese più grande dell'africa | FB
out-of-domain | è più grande milano o napoli | FB
out-of-domain | com'è fatta la bandiera della giamaica | FB
out-of-domain | che fuso orario ha sydney | FB
out-of-domain | perché milano è la capitale della moda | FB
out-of-domain | quanto costa un volo per il cairo | FB
out-of-domain | qual è l'inno nazionale della polonia | FB
out-of-domain | suonami l'inno del galles | FB
out-of-domain | com'è finita italia scozia | FB
out-of-domain | chi ha vinto il giro d'italia l'anno scorso | FB
out-of-domain | a che ora gioca sinner oggi | FB
out-of-domain | come si fanno i tortellini | FB
out-of-domain | dammi la ricetta del koshari | FB
out-of-domain | qual è la città più popolosa della nigeria | FB
out-of-domain | qual era la capitale d'italia prima di roma | FB
out-of-domain | qual è la seconda città della turchia | FB
out-of-domain | qual è il capitale minimo per aprire una spa | FB
out-of-domain | quali sono i sette vizi capitali | FB
out-of-domain | cosa vuol dire lettera capitale | FB
out-of-domain | quanti stati ci sono negli stati uniti | FB
out-of-domain | quante province ha il canada | FB
out-of-domain | qual è il fiume più lungo del brasile | FB
out-of-domain | quanti anni ha la regina di danimarca | FB
out-of-domain | che religione c'è in etiopia | FB
out-of-domain | quante isole ha la polinesia francese | FB
out-of-domain | a che ora apre il caseificio | FB
out-of-domain | accendi la luce in camera | FB
out-of-domain | alexa metti la sveglia alle sei e mezza | FB
out-of-domain | alexa che giorno è domani | FB
out-of-domain | alexa chi canta questa canzone | FB
out-of-domain | alexa raccontami una fiaba | FB
out-of-domain | alexa quanto pesa una balena | FB
out-of-domain | com'è il traffico sulla tangenziale | FB
out-of-domain | dove posso mangiare una pizza qui vicino | FB
out-of-domain | alexa chiama la mamma | FB
out-of-domain | alexa che film danno stasera | FB
out-of-domain | quanto costa il biglietto del bus | FB
out-of-domain | qual è il prezzo del parmigiano al chilo | FB
out-of-domain | come si dice capitale in inglese | FB
out-of-domain | quanti gol ha fatto la polonia ai mondiali | FB
out-of-domain | che moneta usano in svizzera | FB
out-of-domain | quanto è grande la russia | FB
out-of-domain | dimmi una curiosità sul giappone | FB
out-of-domain | qual è il piatto tipico della colombia | FB
out-of-domain | che lingua si parla in belgio | FB
out-of-domain | chi ha fondato roma | FB
out-of-domain | quando è nata la repubblica italiana | FB
out-of-domain | quante regioni ha l'italia | FB
out-of-domain | qual è il capoluogo della ciociaria | FB
out-of-domain | qual è la capitale del gusto | FB
out-of-domain | roma capitale a che ora passa la metro | FB
out-of-domain | qual è la capitale della provenza | FB
out-of-domain | la capitale del tirolo austriaco | FB
out-of-domain | qual è la capitale della siberia | FB
out-of-domain | la capitale della patagonia | FB
out-of-domain | qual è la capitale del kurdistan | FB
out-of-domain | alexa la capitale dell'andalusia | FB
out-of-domain | qual è la capitale della cornovaglia | FB
out-of-domain | alexa quanto manca a natale | FB
out-of-domain | alexa che ore sono a new york | FB
out-of-domain | alexa quanto dista il sole dalla terra | FB
out-of-domain | alexa ordina le capsule del caffè | FB
out-of-domain | alexa metti della musica egiziana | FB
out-of-domain | alexa traduci ciao in singalese | FB
out-of-domain | alexa quanti chilometri da potenza a matera | FB
out-of-domain | alexa quando è pasqua quest'anno | FB
out-of-domain | alexa gioca a pari o dispari | FB
out-of-domain | alexa quanti giocatori ha una squadra di rugby | FB
out-of-domain | alexa qual è la montagna più alta del trentino | FB
out-of-domain | alexa chi è il sindaco di parma | FB
out-of-domain | alexa qual è la popolazione del kenya | FB
out-of-domain | alexa com'è il clima in islanda | FB
out-of-domain | alexa quale lingua si parla in suriname | FB
out-of-domain | alexa quando si vota | FB
out-of-domain | alexa come sta andando la borsa | FB
out-of-domain | alexa quanto costa un chilo di pane | FB
out-of-domain | alexa ricordami di chiamare il dentista | FB
out-of-domain | alexa quanti gradi ci sono fuori | FB
out-of-domain | alexa la capitale della polenta | FB
out-of-domain | alexa chi ha vinto il sei nazioni | FB
out-of-domain | alexa quanti francobolli ci sono al mondo | FB
# Second batch: more of the speakers and situations, plurals in their voices, more names and near misses.
arbereshe | alexa la nonna arbëreshe dice che non si ricorda la capitale {} | dell'ucraina=UA; della grecia=GR
arbereshe | mirë mirë alexa ma le capitali {} quali sono | della malesia=MY; della bolivia=BO
arbereshe | alexa falemnderit ma la capitale {} come si dice | della georgia del caucaso=GE; dell'armenia=AM
giochi | alexa a scarabeo posso mettere la capitale {} come si scrive | del bhutan=BT; del brunei=BN
giochi | alexa indovinello della festa qual è la capitale {} | dell'islanda=IS; del cile=CL
terse | capitale {} dai | giordania=JO; kosovo=XK
terse | alexa {} capitale quale | nepal=NP; samoa=WS
plural-capitals | alexa la malesia quante capitali ha e quali sono | MY
plural-capitals | mirë alexa le capitali della malaysia come si chiamano | MY
plural-capitals | alexa al concorso chiedono le capitali della bolivia | BO
plural-capitals | ué alexa mo dimmi le capitali del sudafrica | ZA
plural-capitals | alexa dai mo le capitali dei paesi bassi | NL
plural-capitals | yalla alexa le capitali della palestina | PS
plural-capitals | alexa vara le capitali del benin quali ele | BJ
plural-capitals | alexa la costa d'avorio ha due capitali o una | CI
plural-capitals | alexa my wife chiede le capitali dell'eswatini | SZ
plural-capitals | machan alexa lo sri lanka quante capitali | LK
plural-capitals | alexa sul francobollo c'è il sudafrica quali sono le sue capitali | ZA
official-name | alexa al concorso chiedono la capitale della confederazione svizzera | CH
official-name | la capitale della repubblica di turchia come si chiama | TR
official-name | alexa ya basha la capitale del regno hascemita di giordania | JO
official-name | alexa la capitale dello stato plurinazionale della bolivia | BO
official-name | alexa per la maturità la capitale della repubblica ellenica | GR
official-name | la capitale della repubblica federale tedesca qual era | DE
official-name | alexa la capitale della repubblica ceca qual è | CZ
official-name | alexa la capitale del regno di spagna | ES
old-name | alexa la nonna dice la capitale della persia | IR
old-name | alexa la capitale della rodesia | ZW
old-name | alexa quando si chiamava ceylon qual era la capitale | LK
old-name | alexa sul francobollo c'è scritto dahomey che capitale è | BJ
old-name | alexa la moneta è dello zaire qual è la capitale | CD
old-name | alexa la capitale del niassaland | MW
lucania | alexa uagliù la capitale {} mo la sapimme | di israele=IL; della palestina=PS
egiziano | alexa yalla la capitale {} e poi chiudo il forno | del sud sudan=SS; della libia=LY
polacco | alexa no dobra mi dici la capitale {} | della lettonia=LV; dell'estonia=EE
anglofono | alexa okay so sorry la capitale {} | dell'irlanda=IE; del galles=GB-WLS
caraibico | alexa oye chico la capitale {} | di portorico=PR; delle isole cayman=KY
srilankese | aiyo alexa la capitale {} io non so | dello sri lanka=LK; delle maldive=MV
launch | alexa apri capitali del mondo per piacere | LAUNCH
launch | alexa mirë apri capitali del mondo | LAUNCH
launch | alexa kurcze apri capitali del mondo | LAUNCH
launch | alexa oye abre capitali del mondo | LAUNCH
launch | alexa al capolinea apri capitali del mondo | LAUNCH
help | alexa falemnderit ma come funziona | HELP
help | alexa no dobra ma cosa posso chiedere | HELP
help | alexa ya basha come si fa la domanda | HELP
stop | alexa falemnderit basta così | STOP
stop | alexa wallahi basta adesso | STOP
stop | alexa bon dì e basta adesso chiudi | STOP
cancel | alexa kurcze annulla | CANCEL
cancel | alexa falemnderit ma annulla | CANCEL
cancel | alexa khalas lascia perdere | CANCEL
cancel | alexa oye lascia stare | CANCEL
out-of-domain | alexa com'è il tempo al rifugio brentei | FB
out-of-domain | alexa quanto costa la benzina in polonia | FB
out-of-domain | alexa che squadra tifa sinner | FB
out-of-domain | alexa a che ora c'è italia galles | FB
out-of-domain | alexa cosa si mangia in sri lanka | FB
out-of-domain | alexa come si dice pizza in arabo | FB
out-of-domain | alexa quanti abitanti ha il cairo | FB
out-of-domain | alexa quanto vale una moneta dello zaire | FB
out-of-domain | alexa quanto costa spedire una cartolina in australia | FB
out-of-domain | alexa quando ha vinto la coppa del mondo di sci la brignone | FB
out-of-domain | alexa qual è la capitale della liguria | FB
out-of-domain | alexa le capitali delle regioni italiane | FB
out-of-domain | alexa la capitale del salento | FB
out-of-domain | alexa qual è la lingua ufficiale dell'albania | FB
out-of-domain | alexa chi ha inventato il parmigiano | FB
"""

if __name__ == "__main__":
    build_round(26, "it", LINES, sys.argv, "tests/Eval/it/round26/source/build_corpus.py")
