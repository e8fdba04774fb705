"""Round 24, Italian (it-IT): a new author's own mix, written blind. Speakers chosen away from the regions and groups of
the earlier Italian rounds' "How it was written" paragraphs: Sardinians of Cagliari, Sassari and the Barbagia ("ajò", "eja",
"mih", "ello", "cosa ses narende"), Genoese and Ligurians ("belin", "mia", "neh", "ti ghe"), Italian-speaking Swiss of
Ticino ("grüezi", "natel", "ciao neh", "sem a posto"), the Aosta Valley ("bon alors", "voilà", "ben"), Catania and
Palermo ("talìa", "amunì", "mizzica", "bedda matri", "chi camurrìa"), Turin and the Langhe ("neh", "cerea", "bôgia nen"),
teenagers ("bro", "raga", "no vabbè", "letteralmente", "tipo", "cringe", "ci sta"), children of six to nine, the very old
in a care home ("signorina", "come dice", "ai miei tempi", old names), Italians abroad (London, Melbourne, Toronto,
Charleroi: "mate", "il bosso", "la carro", "une fois"), Chinese-Italian families of Prato and Bangladeshi shopkeepers
of Rome learning Italian ("come si dice", "fratello", "bhai"). Situations: the Settimana Enigmistica crossword and
L'Eredità on television, a radio ham's contact, the Olympic opening parade, Panini stickers and the World Cup, Eurovision
night, a Formula 1 weekend; a hotel reception in Rimini, an export office, the post office counter, a customs desk at
Malpensa, cabin crew, a sommelier; a shepherd's hut, a Genoa port crane, a focaccia bakery at dawn, a cheese cellar, a
ski lift, a truffle hunt, Etna's guides, the Ballarò market; homework, bedtime, a map jigsaw, a documentary, a camper
van trip. Plus plain questions, fillers and hesitations, terse forms, follow-ups, yes/no checks, self-corrections,
reverse questions, official, old and everyday names, shared names, plurals, subdivisions and territories, out-of-domain
near misses, help, stop, cancel, launch and one-shot requests with the invocation name "capitali del mondo", and what
it-IT recognition writes (lost accents, "qual e", joined or split words, phonetic spellings).
`python3 tests/Eval/it/round24/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 24's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions in ordinary words.
plain-question | senti alexa ma la capitale {} qual è | del perù=PE; del paraguay=PY; dell'uruguay=UY
plain-question | mi togli un dubbio qual è la capitale {} | della lituania=LT; della lettonia=LV; dell'estonia=EE
plain-question | alexa come si chiama la capitale {} | del ruanda=RW; del burundi=BI; dell'uganda=UG
plain-question | sai per caso qual è la capitale {} | del malawi=MW; del mozambico=MZ; dello zimbabwe=ZW
plain-question | dimmi un po la capitale {} | della slovacchia=SK; della slovenia=SI; dell'ungheria=HU
plain-question | in che città si trova la capitale {} | della giordania=JO; della siria=SY
plain-question | qual è la città capitale {} | del pakistan=PK; del bangladesh=BD; dello sri lanka=LK
plain-question | mi diresti gentilmente la capitale {} | della tanzania=TZ; del kenya=KE
plain-question | come si chiama la capitale {} che non me la ricordo mai | del burkina faso=BF; del ciad=TD; del camerun=CM
plain-question | alexa la capitale {} com'è che si chiama | dell'etiopia=ET; dell'eritrea=ER; della somalia=SO
plain-question | ho bisogno di sapere la capitale {} | del brunei=BN; di singapore=SG; delle filippine=PH
plain-question | per favore mi dici qual è la capitale {} | della norvegia=NO; della svezia=SE; della danimarca=DK

# Sardinia: Cagliari, Sassari, the Barbagia.
sardegna | ajò alexa dimmi la capitale {} | del marocco=MA; dell'algeria=DZ; della tunisia=TN
sardegna | eja e la capitale {} qual è | della grecia=GR; di cipro=CY
sardegna | mih non mi ricordo la capitale {} | dell'islanda=IS; dell'irlanda=IE; della finlandia=FI
sardegna | cosa ses narende la capitale {} è un'altra | della turchia=TR; dell'azerbaigian=AZ
sardegna | sono all'ovile e mi chiedevo qual è la capitale {} | della mongolia=MN; del kazakistan=KZ; del kirghizistan=KG
sardegna | ello e la capitale {} dimmela tu | dell'argentina=AR; del cile=CL
sardegna | al porto di olbia c'è una nave che viene da lì qual è la capitale {} | di malta=MT; della libia=LY
sardegna | ajò che mi fai vincere la scommessa la capitale {} | dell'australia=AU; della nuova zelanda=NZ; del canada=CA
sardegna | a cagliari stiamo discutendo qual è la capitale {} | dell'egitto=EG; del sudan=SD; del sud sudan=SS

# Genoa and Liguria.
liguria | belin alexa la capitale {} | della norvegia=NO; dell'olanda=NL
liguria | mia alexa dimmi qual è la capitale {} | del portogallo=PT; della spagna=ES; di andorra=AD
liguria | ti ghe sai la capitale {} | del senegal=SN; del gambia=GM; della guinea-bissau=GW
liguria | sono sulla gru al porto e la nave batte bandiera {} qual è la capitale | della liberia=LR; di panama=PA; delle isole marshall=MH
liguria | in panetteria alle cinque di mattina mi è venuta la curiosità la capitale {} | del libano=LB; di israele=IL
liguria | belin ma come si chiama la capitale {} neh | del cile=CL; del perù=PE
liguria | alla spezia c'è una nave militare {} mi dici la capitale | della turchia=TR; dell'egitto=EG; dell'india=IN

# Italian-speaking Switzerland, Ticino.
ticino | grüezi alexa qual è la capitale {} | del liechtenstein=LI; dell'austria=AT; della germania=DE
ticino | ciao neh mi dici la capitale {} | della svizzera=CH; della francia=FR
ticino | sono frontaliere e il collega mi chiede la capitale {} | del lussemburgo=LU; del belgio=BE
ticino | ho il natel scarico dimmi tu la capitale {} | della bielorussia=BY; della moldavia=MD; dell'ucraina=UA
ticino | in banca a lugano arriva un cliente {} qual è la capitale | del kuwait=KW; del qatar=QA; del bahrein=BH
ticino | mi dici la capitale {} e poi sem a posto | dell'oman=OM; dello yemen=YE; dell'arabia saudita=SA

# The Aosta Valley.
valdostano | bon alors alexa la capitale {} | della francia=FR; di monaco=MC
valdostano | voilà adesso dimmi la capitale {} | del québec=CA-QC; della costa d'avorio=CI; del madagascar=MG
valdostano | sono in cantina con le fontine e mi chiedo la capitale {} | della svizzera=CH; dell'austria=AT
valdostano | dalla seggiovia ho visto una bandiera {} qual è la capitale | del canada=CA; della slovenia=SI; della croazia=HR
valdostano | ben dimmi allora la capitale {} ché non la so | del gabon=GA; del congo brazzaville=CG; del togo=TG

# Catania and Palermo.
sicilia | talìa alexa la capitale {} qual è | della tunisia=TN; di malta=MT; della libia=LY
sicilia | amunì dimmi la capitale {} | dell'albania=AL; del kosovo=XK; della macedonia del nord=MK
sicilia | mizzica non la so la capitale {} | del bhutan=BT; del nepal=NP; del myanmar=MM
sicilia | bedda matri come si chiama la capitale {} | del venezuela=VE; della colombia=CO; dell'ecuador=EC
sicilia | faccio la guida sull'etna e un turista mi chiede la capitale {} | della corea del sud=KR; del giappone=JP; della cina=CN
sicilia | al mercato di ballarò un cliente viene {} qual è la capitale | dal bangladesh=BD; dalla nigeria=NG; dal ghana=GH
sicilia | chi camurrìa non mi viene la capitale {} | dell'uzbekistan=UZ; del turkmenistan=TM; del tagikistan=TJ

# Turin and the Langhe.
piemonte | cerea alexa la capitale {} qual è neh | della romania=RO; della bulgaria=BG; della serbia=RS
piemonte | in cantina nelle langhe c'è un importatore {} qual è la capitale | del brasile=BR; del messico=MX; della russia=RU
piemonte | sto cercando tartufi col cane e mi chiedo la capitale {} | della cechia=CZ; della polonia=PL
piemonte | bôgia nen dimmi la capitale {} | del montenegro=ME; della bosnia ed erzegovina=BA
piemonte | mio nonno lavorava in fiat e mi chiede la capitale {} | dell'argentina=AR; del venezuela=VE; del brasile=BR

# Teenagers.
ragazzi | bro qual è la capitale {} | dell'indonesia=ID; della thailandia=TH; del vietnam=VN
ragazzi | raga ma la capitale {} tipo qual è | del laos=LA; della cambogia=KH
ragazzi | no vabbè letteralmente non so la capitale {} | dell'afghanistan=AF; dell'iran=IR; dell'iraq=IQ
ragazzi | alexa mi serve la capitale {} per la verifica di domani | del nicaragua=NI; dell'honduras=HN; del guatemala=GT
ragazzi | tipo cringe non sapere la capitale {} dimmela | della germania=DE; del regno unito=GB; degli stati uniti=US
ragazzi | ci sta alexa la capitale {} | del belize=BZ; di el salvador=SV; della costa rica=CR
ragazzi | sto giocando a clash con gli amici e mi chiedono la capitale {} | della giamaica=JM; di haiti=HT; di cuba=CU
ragazzi | boh non la so dimmela tu la capitale {} | della repubblica dominicana=DO; delle bahamas=BS; di barbados=BB

# Children of six to nine.
bambini | alexa la maestra ha detto di cercare la capitale {} | dell'egitto=EG; della cina=CN; del brasile=BR
bambini | alexa alexa qual è la capitale {} | dei pinguini=FB
bambini | mamma dice che la chiedo a te la capitale {} | della spagna=ES; della grecia=GR
bambini | alexa io voglio sapere la capitale {} | del giappone=JP; dell'india=IN
bambini | come si chiama la città più importante {} la capitale | del kenya=KE; del sudafrica=ZA
bambini | alexa mi aiuti con i compiti qual è la capitale {} | della russia=RU; del messico=MX; del canada=CA

# The very old, in a care home.
anziani | signorina mi dica la capitale {} | della jugoslavia=FB
anziani | come dice la capitale {} | della polonia=PL; dell'ungheria=HU
anziani | ai miei tempi si studiava a memoria la capitale {} me la ripete | della persia=IR; del siam=TH; dell'abissinia=ET
anziani | mio marito era in marina e andava sempre {} mi dice la capitale | in birmania=MM; a ceylon=LK
anziani | scusi signorina ma la capitale {} qual era | della rhodesia=ZW; dell'alto volta=BF; del dahomey=BJ

# Italians abroad: London, Melbourne, Toronto, Charleroi.
estero | sono a londra e il mio flatmate mi chiede la capitale {} | del galles=GB-WLS; della scozia=GB-SCT; dell'irlanda del nord=GB-NIR
estero | no worries mate alexa la capitale {} | della papua nuova guinea=PG; delle figi=FJ; delle isole salomone=SB
estero | a toronto il bosso mi chiede la capitale {} | dell'ontario=CA-ON; della columbia britannica=CA-BC; dell'alberta=CA-AB
estero | sono in macchina anzi nella carro e mi chiedo la capitale {} | del manitoba=CA-MB; del saskatchewan=CA-SK
estero | alors une fois alexa la capitale {} | del belgio=BE; del lussemburgo=LU; dei paesi bassi=NL
estero | qui a melbourne dicono sempre sydney ma la capitale {} qual è | dell'australia=AU

# Learners: Chinese-Italian families of Prato, Bangladeshi shopkeepers of Rome.
apprendenti | scusa come si dice la capitale {} | della cina=CN; di taiwan=TW; della mongolia=MN
apprendenti | fratello alexa capitale {} qual è | del bangladesh=BD; dell'india=IN; del nepal=NP
apprendenti | io non parla bene italiano capitale {} per favore | del pakistan=PK; dello sri lanka=LK
apprendenti | bhai alexa dimmi capitale {} | delle maldive=MV; di mauritius=MU; delle seychelles=SC
apprendenti | mio figlio scuola domanda capitale {} come si chiama | del vietnam=VN; della corea del sud=KR; del giappone=JP

# Crossword and television quiz.
enigmistica | per il cruciverba mi serve la capitale {} | del mali=ML; del perù=PE; di cuba=CU
enigmistica | capitale {} in sei lettere la sai | del niger=NE; del malawi=MW
enigmistica | sto guardando l'eredità e la domanda è la capitale {} | del suriname=SR; della guyana=GY; di trinidad e tobago=TT
enigmistica | alla ghigliottina c'era la capitale {} qual è | della grenada=GD; di saint lucia=LC; della dominica=DM
enigmistica | nella settimana enigmistica chiedono la capitale {} | di antigua e barbuda=AG; di saint kitts e nevis=KN; di saint vincent e grenadine=VC

# Radio hams.
radioamatori | ho appena fatto un collegamento {} qual è la capitale passo | con la micronesia=FM; con palau=PW; con nauru=NR
radioamatori | qsl ricevuta {} dimmi la capitale | da kiribati=KI; da tuvalu=TV; dalle tonga=TO
radioamatori | stazione in ascolto {} mi serve la capitale | dalle samoa=WS; da vanuatu=VU; dal timor est=TL

# Sport on television: the Olympic parade, the World Cup, Formula 1, Eurovision.
sport-tv | stanno sfilando gli atleti {} qual è la capitale | del lesotho=LS; dell'eswatini=SZ; del botswana=BW
sport-tv | mi manca la figurina {} qual è la capitale | della croazia=HR; della serbia=RS; del marocco=MA
sport-tv | il gran premio di questa settimana è {} mi dici la capitale | in azerbaigian=AZ; in bahrein=BH; in ungheria=HU
sport-tv | all'eurovision ha vinto {} qual è la capitale | l'ucraina=UA; la svezia=SE; la moldavia=MD
sport-tv | la nazionale gioca contro {} qual è la capitale | l'armenia=AM; la georgia=GE; l'islanda=IS

# Work: hotel, export office, post office, airport, cabin crew, a sommelier.
lavoro | alla reception a rimini c'è una famiglia {} qual è la capitale | della lettonia=LV; della lituania=LT; dell'estonia=EE
lavoro | devo spedire un container {} alexa qual è la capitale | in angola=AO; in namibia=NA; in zambia=ZM
lavoro | allo sportello delle poste un signore manda un pacco {} la capitale qual è | in guinea=GN; in sierra leone=SL; in costa d'avorio=CI
lavoro | alla dogana di malpensa arriva un volo {} dimmi la capitale | dall'etiopia=ET; dal gibuti=DJ; dalla mauritania=MR
lavoro | sono assistente di volo e atterriamo {} qual è la capitale | in giordania=JO; negli emirati arabi uniti=AE
lavoro | faccio il sommelier e questo vino viene {} qual è la capitale | dalla georgia=GE; dalla moldavia=MD; dal sudafrica=ZA

# Home: homework, bedtime, a jigsaw, a documentary, the camper van.
casa | stiamo facendo il puzzle del mappamondo qual è la capitale {} | della repubblica centrafricana=CF; del camerun=CM; della guinea equatoriale=GQ
casa | sto guardando un documentario {} qual è la capitale | sul madagascar=MG; sulle comore=KM; su capo verde=CV
casa | mentre metto a letto i bambini mi chiedono la capitale {} | della namibia=NA; dell'angola=AO
casa | col camper andiamo {} qual è la capitale | in slovenia=SI; in croazia=HR; in montenegro=ME
casa | stasera cucino una ricetta {} ma qual è la capitale | eritrea=ER; etiope=ET; libanese=LB
casa | a cena stiamo litigando sulla capitale {} | della turchia=TR; del brasile=BR; dell'australia=AU

# Hesitations and fillers.
fillers | ehm ehm la capitale {} | del sudan=SD; del ciad=TD
fillers | allora vediamo un attimo la capitale {} | della liberia=LR; del ghana=GH; del benin=BJ
fillers | cioè volevo dire la capitale {} qual è | del guatemala=GT; del paraguay=PY
fillers | mmm aspetta come si chiama la capitale {} | di são tomé e príncipe=ST; della guinea=GN
fillers | insomma sì la capitale {} | del togo=TG; del niger=NE
fillers | senti una cosa ma la capitale {} | dello zambia=ZM; del botswana=BW

# Terse.
terse | capitale {} | del mali=ML; dello yemen=YE; delle comore=KM
terse | {} capitale | gibuti=DJ; eritrea=ER; uruguay=UY
terse | capitale di {} | haiti=HT; nauru=NR; tuvalu=TV
"""

LINES += """
# Follow-ups after a first question.
follow-up | e {} | la bolivia=BO; il cile=CL; il perù=PE
follow-up | e invece {} | la francia=FR; il belgio=BE; l'olanda=NL
follow-up | e quella {} | del portogallo=PT; dell'ecuador=EC; del gabon=GA
follow-up | ok e {} | dell'eswatini=SZ; del lesotho=LS
follow-up | e per {} | il kenya=KE; la tanzania=TZ; l'uganda=UG
follow-up | e la capitale {} invece | della danimarca=DK; della finlandia=FI
follow-up | perfetto adesso {} | la norvegia=NO; la svezia=SE
follow-up | grazie e {} com'è | il vanuatu=VU; le samoa=WS
follow-up | e {} allora | del kuwait=KW; dell'oman=OM
follow-up | ah ok e {} invece qual è | la siria=SY; l'iraq=IQ
follow-up | bene e poi {} | il laos=LA; la cambogia=KH

# Yes/no checks: the place is expected, right or wrong guess.
yes-no-check | è vero che la capitale dell'australia è sydney | AU
yes-no-check | la capitale del canada è toronto giusto | CA
yes-no-check | ma la capitale della turchia non era istanbul | TR
yes-no-check | la capitale del brasile è rio o no | BR
yes-no-check | confermi che la capitale del marocco è rabat | MA
yes-no-check | la capitale della nigeria è lagos vero | NG
yes-no-check | è giusto dire che la capitale della svizzera è zurigo | CH
yes-no-check | la capitale del kazakistan si chiama ancora astana | KZ
yes-no-check | la capitale della bolivia è la paz sì o no | BO
yes-no-check | mi confermi che la capitale del myanmar è naypyidaw | MM
yes-no-check | la capitale degli stati uniti è new york vero | US
yes-no-check | sbaglio o la capitale della tanzania è dar es salaam | TZ
yes-no-check | la capitale del vietnam è hanoi giusto | VN
yes-no-check | è corretto che la capitale della nuova zelanda è auckland | NZ
yes-no-check | la capitale del burundi è bujumbura vero | BI
yes-no-check | ho scommesso che la capitale del pakistan è karachi ho vinto | PK
yes-no-check | la capitale della costa d'avorio è abidjan giusto | CI
yes-no-check | è vero che la capitale dell'india è nuova delhi | IN
yes-no-check | la capitale del sudafrica è johannesburg vero | ZA
yes-no-check | mio figlio dice che la capitale della cina è shanghai ha ragione | CN
yes-no-check | la capitale della california è los angeles vero | US-CA
yes-no-check | la capitale della baviera è monaco giusto | DE-BY
yes-no-check | è vero che la capitale del texas è austin e non houston | US-TX
yes-no-check | bambini la capitale del giappone è tokyo giusto alexa | JP
yes-no-check | signorina la capitale della russia è sempre mosca | RU
yes-no-check | ajò la capitale della spagna è barcellona vero | ES

# Self-corrections: the last place is expected.
self-correction | la capitale della svezia anzi no della norvegia | NO
self-correction | qual è la capitale dell'austria scusa dell'australia | AU
self-correction | la capitale della slovenia no aspetta della slovacchia | SK
self-correction | dimmi la capitale del niger cioè della nigeria | NG
self-correction | la capitale dell'iran volevo dire dell'iraq | IQ
self-correction | la capitale della guinea no della guinea equatoriale | GQ
self-correction | la capitale del senegal ops del gambia | GM
self-correction | capitale della colombia no scusa del venezuela | VE
self-correction | la capitale dell'islanda mi sono sbagliato dell'irlanda | IE
self-correction | la capitale della mauritania no del marocco | MA
self-correction | mi dici la capitale del sudan anzi del sud sudan | SS
self-correction | la capitale della lettonia macché della lituania | LT
self-correction | qual è la capitale del paraguay ehm no dell'uruguay | UY
self-correction | la capitale della dominica no della repubblica dominicana | DO
self-correction | belin la capitale del cile no del perù | PE
self-correction | bro la capitale della corea del nord no del sud | KR
self-correction | la capitale del congo no aspetta del camerun | CM
self-correction | capitale della bielorussia no ucraina | UA
self-correction | la capitale del kirghizistan ah no del tagikistan | TJ
self-correction | la capitale della georgia no scusa dell'armenia | AM

# Reverse questions.
reverse-question | ulan bator è la capitale di quale paese | CITY:Ulan Bator
reverse-question | di che stato è capitale ouagadougou | CITY:Ouagadougou
reverse-question | tegucigalpa è capitale di cosa | CITY:Tegucigalpa
reverse-question | di quale nazione è capitale windhoek | CITY:Windhoek
reverse-question | paramaribo di che paese è la capitale | CITY:Paramaribo
reverse-question | in che paese sta la capitale vientiane | CITY:Vientiane
reverse-question | montevideo è la capitale di quale stato | CITY:Montevideo
reverse-question | la città di bishkek è capitale di che paese | CITY:Bishkek
reverse-question | kingston è la capitale di che cosa | CITY:Kingston
reverse-question | di che paese è la capitale victoria | CITY:Victoria
reverse-question | la paz è capitale di quale paese | CITY:La Paz
reverse-question | nouakchott di quale stato africano è la capitale | CITY:Nouakchott
reverse-question | per il cruciverba di quale paese è capitale bamako | CITY:Bamako
reverse-question | ashgabat è la capitale di che stato | CITY:Ashgabat
reverse-question | canberra è la capitale di quale paese | CITY:Canberra
reverse-question | tbilisi di che paese è capitale | CITY:Tbilisi
reverse-question | di quale stato americano è capitale sacramento | CITY:Sacramento
reverse-question | hamilton è la capitale di cosa | CITY:Hamilton
reverse-question | lubiana è la capitale della slovenia o della slovacchia | CITY:Lubiana
reverse-question | georgetown di che paese è la capitale | CITY:Georgetown
reverse-question | saint john's è capitale di quale paese | CITY:Saint John's
reverse-question | bro ma riga di che paese è capitale | CITY:Riga

# Official names.
official-name | qual è la capitale della repubblica federale di germania | DE
official-name | la capitale della confederazione elvetica | CH
official-name | dimmi la capitale della repubblica ellenica | GR
official-name | capitale del regno hascemita di giordania | JO
official-name | qual è la capitale della federazione russa | RU
official-name | la capitale della repubblica popolare cinese qual è | CN
official-name | capitale degli stati uniti messicani | MX
official-name | qual è la capitale della repubblica araba siriana | SY
official-name | la capitale dello stato plurinazionale della bolivia | BO
official-name | capitale della repubblica bolivariana del venezuela | VE
official-name | mi dici la capitale del regno del marocco | MA
official-name | la capitale della repubblica tunisina | TN
official-name | capitale del regno unito di gran bretagna e irlanda del nord | GB
official-name | qual è la capitale della repubblica popolare democratica di corea | KP
official-name | la capitale della repubblica di corea | KR
official-name | capitale della repubblica federativa del brasile | BR
official-name | la capitale della repubblica democratica popolare di algeria | DZ
official-name | qual è la capitale dello stato di israele | IL
official-name | la capitale della repubblica slovacca | SK
official-name | capitale della repubblica portoghese per favore | PT

# Old names.
old-name | qual era la capitale dello zaire | CD
old-name | la capitale del basutoland | LS
old-name | capitale del bechuanaland | BW
old-name | qual è la capitale del nyasaland | MW
old-name | la capitale delle nuove ebridi | VU
old-name | capitale delle isole ellice | TV
old-name | la capitale del honduras britannico | BZ
old-name | capitale della guyana olandese | SR
old-name | la capitale della rhodesia del nord | ZM
old-name | qual era la capitale dell'ubangi-sciari | CF
old-name | la capitale della costa d'oro | GH
old-name | capitale della kampuchea | KH
old-name | la capitale dello swaziland | SZ

# Everyday names.
everyday-name | qual è la capitale dell'america | US
everyday-name | la capitale dell'inghilterra | GB-ENG
everyday-name | capitale della gran bretagna | GB
everyday-name | qual è la capitale dell'olanda | NL
everyday-name | la capitale della repubblica ceca | CZ
everyday-name | capitale della nordcorea | KP
everyday-name | qual è la capitale della sudcorea | KR
everyday-name | la capitale degli emirati | AE
everyday-name | capitale della macedonia | MK
everyday-name | qual è la capitale della bosnia | BA
everyday-name | la capitale del centrafrica | CF
everyday-name | capitale della malesia | MY
everyday-name | la capitale del vaticano | VA
everyday-name | capitale della santa sede | VA
everyday-name | qual è la capitale di formosa | TW
everyday-name | la capitale della tailandia | TH
everyday-name | capitale di timor leste | TL
everyday-name | la capitale dell'irak | IQ
everyday-name | capitale del belarus | BY
everyday-name | la capitale della moldova | MD
everyday-name | qual è la capitale del congo kinshasa | CD
everyday-name | capitale della rdc | CD
everyday-name | la capitale dello uk | GB
everyday-name | capitale delle fiji | FJ
everyday-name | qual è la capitale degli usa | US

# Shared names: both ids, or disambiguated.
shared-name | qual è la capitale della corea | KP+KR
shared-name | dimmi le capitali delle due coree | KP+KR
shared-name | la capitale del congo | CD+CG
shared-name | capitali dei due congo | CD+CG
shared-name | qual è la capitale della georgia | GE+US-GA
shared-name | la capitale della georgia lo stato americano | US-GA
shared-name | la capitale della georgia nel caucaso | GE
shared-name | capitale delle isole vergini | VG+VI
shared-name | la capitale delle isole vergini britanniche | VG
shared-name | qual è la capitale delle isole vergini americane | VI
shared-name | la capitale della repubblica del congo | CG
shared-name | capitale della repubblica democratica del congo | CD
shared-name | la capitale del congo quello piccolo brazzaville | CG
shared-name | e la corea del nord | KP
shared-name | mih e la capitale della corea | KP+KR
shared-name | raga la capitale del congo qual è | CD+CG
shared-name | la georgia che capitale ha | GE+US-GA

# Several capitals, asked in the plural.
plural-capitals | quali sono le capitali del sudafrica | ZA
plural-capitals | il sudafrica ha tre capitali dimmele | ZA
plural-capitals | quali sono le due capitali della bolivia | BO
plural-capitals | la bolivia ha due capitali quali | BO
plural-capitals | le capitali del benin | BJ
plural-capitals | il benin ha più di una capitale quali sono | BJ
plural-capitals | quali sono le capitali dei paesi bassi | NL
plural-capitals | l'olanda ha due capitali amsterdam e l'aia giusto | NL
plural-capitals | le capitali della malaysia quali sono | MY
plural-capitals | quali sono le capitali dello sri lanka | LK
plural-capitals | la costa d'avorio ha due capitali quali sono | CI
plural-capitals | le capitali della costa d'avorio | CI
plural-capitals | quali sono le capitali dell'eswatini | SZ
plural-capitals | lo swaziland ha due capitali mi dici quali | SZ
plural-capitals | quali sono le capitali della palestina | PS
plural-capitals | la palestina quante capitali ha e quali | PS
plural-capitals | dimmi tutte le capitali del sudafrica | ZA
plural-capitals | la malesia ha due capitali quali sono | MY

# Subdivisions.
subdivision | qual è la capitale dello stato di new york | US-NY
subdivision | la capitale della florida | US-FL
subdivision | capitale dell'illinois | US-IL
subdivision | qual è la capitale della pennsylvania | US-PA
subdivision | la capitale del nevada | US-NV
subdivision | capitale delle hawaii | US-HI
subdivision | qual è la capitale dell'alaska | US-AK
subdivision | la capitale del kentucky | US-KY
subdivision | capitale del massachusetts | US-MA
subdivision | la capitale della louisiana | US-LA
subdivision | qual è la capitale del nuovo messico | US-NM
subdivision | la capitale dello stato di washington | US-WA
subdivision | capitale della baviera | DE-BY
subdivision | la capitale della sassonia | DE-SN
subdivision | qual è la capitale dell'assia | DE-HE
subdivision | capitale della renania settentrionale-vestfalia | DE-NW
subdivision | la capitale del baden-württemberg | DE-BW
subdivision | la capitale dello schleswig-holstein | DE-SH
subdivision | capitale della bassa sassonia | DE-NI
subdivision | qual è la capitale di minas gerais | BR-MG
subdivision | la capitale dello stato di bahia | BR-BA
subdivision | capitale del rio grande do sul | BR-RS
subdivision | la capitale di santa catarina | BR-SC
subdivision | qual è la capitale del maharashtra | IN-MH
subdivision | la capitale del kerala | IN-KL
subdivision | capitale del tamil nadu | IN-TN
subdivision | la capitale del rajasthan | IN-RJ
subdivision | qual è la capitale del bengala occidentale | IN-WB
subdivision | la capitale della nuova scozia | CA-NS
subdivision | capitale del nunavut | CA-NU
subdivision | la capitale di jalisco | MX-JAL
subdivision | qual è la capitale dello yucatán | MX-YUC
subdivision | capitale della bassa california | MX-BCN
subdivision | la capitale del queensland | AU-QLD
subdivision | qual è la capitale della tasmania | AU-TAS
subdivision | capitale dell'australia occidentale | AU-WA
subdivision | la capitale del nuovo galles del sud | AU-NSW
subdivision | la capitale della scozia | GB-SCT
subdivision | capitale del galles | GB-WLS
subdivision | qual è la capitale dell'uttar pradesh | IN-UP
subdivision | la capitale del jammu e kashmir | IN-JK
subdivision | capitale dell'oregon | US-OR
subdivision | la capitale del michigan qual è | US-MI

# Territories.
territory | qual è la capitale della groenlandia | GL
territory | la capitale di portorico | PR
territory | capitale delle bermuda | BM
territory | la capitale delle isole fær øer | FO
territory | qual è la capitale della polinesia francese | PF
territory | la capitale della nuova caledonia | NC
territory | capitale di gibilterra | GI
territory | la capitale dell'isola di man | IM
territory | qual è la capitale della martinica | MQ
territory | la capitale della riunione | RE
territory | capitale della guyana francese | GF
territory | qual è la capitale delle isole cayman | KY
territory | la capitale delle isole falkland | FK
territory | capitale di aruba | AW
territory | la capitale di curaçao | CW
territory | qual è la capitale di guam | GU
territory | la capitale delle isole cook | CK
territory | capitale di jersey | JE
territory | la capitale di guernsey | GG
territory | qual è la capitale di sant'elena | SH
territory | la capitale della palestina | PS
territory | capitale del sahara occidentale | EH
territory | la capitale del kosovo | XK
territory | qual è la capitale delle isole åland | AX
territory | la capitale di anguilla | AI
territory | capitale di montserrat | MS
territory | la capitale della guadalupa | GP
territory | qual è la capitale di mayotte | YT
territory | la capitale delle samoa americane | AS
territory | capitale delle isole turks e caicos | TC

# One-shot requests through the invocation name.
one-shot | chiedi a capitali del mondo qual è la capitale del perù | PE
one-shot | alexa chiedi a capitali del mondo la capitale dell'ecuador | EC
one-shot | domanda a capitali del mondo la capitale della finlandia | FI
one-shot | apri capitali del mondo e dimmi la capitale dell'islanda | IS
one-shot | chiedi a capitali del mondo la capitale della mongolia | MN
one-shot | usa capitali del mondo per la capitale del nepal | NP
one-shot | chiedi a capitali del mondo di dirmi la capitale del ghana | GH
one-shot | chiedi a capitali del mondo le capitali del sudafrica | ZA
one-shot | alexa apri capitali del mondo la capitale del cile | CL
one-shot | chiedi a capitali del mondo ulan bator è la capitale di cosa | CITY:Ulan Bator
one-shot | domanda a capitali del mondo se la capitale della turchia è ankara | TR
one-shot | fai partire capitali del mondo e dimmi la capitale della giamaica | JM
one-shot | chiedi a capitali del mondo la capitale della svizzera neh | CH
one-shot | ajò chiedi a capitali del mondo la capitale della sardegna | FB
one-shot | alexa con capitali del mondo la capitale dell'uzbekistan | UZ

# Launch.
launch | apri capitali del mondo | LAUNCH
launch | alexa avvia capitali del mondo | LAUNCH
launch | fai partire capitali del mondo | LAUNCH
launch | alexa apri la skill capitali del mondo | LAUNCH
launch | voglio giocare con capitali del mondo | LAUNCH
launch | alexa lancia capitali del mondo per favore | LAUNCH
launch | apri capitali del mondo che i bambini vogliono giocare | LAUNCH
launch | ciao neh apri capitali del mondo | LAUNCH
launch | bro apri capitali del mondo | LAUNCH
launch | signorina mi apre capitali del mondo | LAUNCH
launch | alexa metti capitali del mondo | LAUNCH
launch | attiva capitali del mondo | LAUNCH
launch | ajò apri capitali del mondo | LAUNCH
launch | apriamo capitali del mondo dai | LAUNCH
launch | alexa chiedi a capitali del mondo | LAUNCH

# Help.
help | aiuto | HELP
help | come funziona questa skill | HELP
help | cosa posso chiederti | HELP
help | non ho capito come si usa mi aiuti | HELP
help | che cosa sai fare con le capitali | HELP
help | mi spieghi come devo fare le domande | HELP
help | come ti chiedo una capitale | HELP
help | alexa aiutami non so cosa dire | HELP
help | quali domande posso fare | HELP
help | signorina non capisco come funziona mi aiuta | HELP
help | bro come si usa sta cosa | HELP
help | mi dai una mano a capire come funziona | HELP
help | cosa devo dire per sapere una capitale | HELP
help | fammi qualche esempio di domanda | HELP
help | ajò spiegami come funziona | HELP
help | scusa come si usa questo gioco delle capitali | HELP
help | ho bisogno di aiuto con questa skill | HELP
help | mamma dice di chiederti aiuto come si gioca | HELP
help | istruzioni per favore | HELP
help | non so cosa chiedere mi dai dei suggerimenti | HELP

# Stop.
stop | stop | STOP
stop | basta così grazie | STOP
stop | fermati alexa | STOP
stop | esci dalla skill | STOP
stop | ho finito ciao | STOP
stop | chiudi capitali del mondo | STOP
stop | basta capitali per oggi | STOP
stop | alexa smettila | STOP
stop | ok grazie puoi chiudere | STOP
stop | basta raga ho finito | STOP
stop | signorina basta così mi sono stancata | STOP
stop | bon alors basta così | STOP
stop | esci grazie neh | STOP
stop | ajò basta per stasera | STOP
stop | finito i compiti chiudi pure | STOP
stop | stop stop basta | STOP
stop | alexa esci da capitali del mondo | STOP
stop | per oggi abbiamo finito chiudi | STOP
stop | fine del gioco | STOP
stop | ciao ciao alexa chiudi | STOP

# Cancel.
cancel | annulla | CANCEL
cancel | lascia perdere | CANCEL
cancel | niente non importa | CANCEL
cancel | annulla la domanda | CANCEL
cancel | no lascia stare | CANCEL
cancel | scordatelo non fa niente | CANCEL
cancel | annulla quello che ho chiesto | CANCEL
cancel | lascia perdere la capitale di prima | CANCEL
cancel | niente niente lascia stare | CANCEL
cancel | bro lascia perdere | CANCEL
cancel | no scusa annulla tutto | CANCEL
cancel | mih lascia stare non importa | CANCEL
cancel | lascia perdere me la cerco io | CANCEL
cancel | annulla ho sbagliato domanda | CANCEL
cancel | belin lascia perdere | CANCEL
cancel | non importa più annulla | CANCEL
cancel | signorina lasci perdere | CANCEL
cancel | annulla annulla | CANCEL
cancel | no niente dimentica la domanda | CANCEL
cancel | lascia stare ho già trovato | CANCEL

# What it-IT recognition writes.
asr-spelling | qual e la capitale del nicaragua | NI
asr-spelling | qualè la capitale della giamaica | JM
asr-spelling | quale la capitale del peru | PE
asr-spelling | la capitale di panama city | PA
asr-spelling | capitale della costa davorio | CI
asr-spelling | la capitale del lichtenstein | LI
asr-spelling | qual e la capitale dell azerbaigian | AZ
asr-spelling | capitale del kirghizstan | KG
asr-spelling | la capitale del tagikistan e | TJ
asr-spelling | capitale della nuovazelanda | NZ
asr-spelling | qual e la capitale delle filippine | PH
asr-spelling | la capitale del sao tome | ST
asr-spelling | capitale della papua nuova ghinea | PG
asr-spelling | la capitale del camerun e yaounde | CM
asr-spelling | capitale dell uganda | UG
asr-spelling | la capitale della guinea bissau | GW
asr-spelling | qual e la capitale del bhutan | BT
asr-spelling | capitale del burchina faso | BF
asr-spelling | la capitale della macedonia del nord e | MK
asr-spelling | capitale del suriname e quale | SR
asr-spelling | la capitale delle isole salomon | SB
asr-spelling | qual e la capitale di san marino | SM
asr-spelling | capitale della arabia saudita | SA
asr-spelling | la capitale di el salvador e san salvador | SV
asr-spelling | qual e la capitale del ciad | TD

# Out of domain: other facts about named places, other senses of capitale, places the data lacks, everyday requests.
out-of-domain | quanti abitanti ha il perù | FB
out-of-domain | che moneta usano in marocco | FB
out-of-domain | qual è la lingua ufficiale della namibia | FB
out-of-domain | quanto è grande la mongolia | FB
out-of-domain | chi è il presidente del brasile | FB
out-of-domain | qual è il fiume più lungo della colombia | FB
out-of-domain | che ore sono adesso in giappone | FB
out-of-domain | qual è il monte più alto della svizzera | FB
out-of-domain | che tempo fa a lisbona domani | FB
out-of-domain | quanto dista genova da nizza | FB
out-of-domain | qual è il capoluogo della sardegna | FB
out-of-domain | la capitale della liguria | FB
out-of-domain | qual è il capoluogo del canton ticino | FB
out-of-domain | la capitale della valle d'aosta | FB
out-of-domain | capitale della sicilia qual è | FB
out-of-domain | qual è il capoluogo del piemonte | FB
out-of-domain | la capitale della catalogna | FB
out-of-domain | qual è la capitale della padania | FB
out-of-domain | la capitale della jugoslavia | FB
out-of-domain | la capitale dell'unione sovietica | FB
out-of-domain | qual è la capitale di atlantide | FB
out-of-domain | la capitale di narnia | FB
out-of-domain | qual è la capitale del regno di napoli | FB
out-of-domain | la capitale della cecoslovacchia | FB
out-of-domain | qual è la capitale europea della cultura quest'anno | FB
out-of-domain | qual è la capitale mondiale del caffè | FB
out-of-domain | quanto capitale serve per aprire una srl | FB
out-of-domain | cosa vuol dire capitale sociale | FB
out-of-domain | la pena capitale è ancora in vigore in america | FB
out-of-domain | che cos'è una lettera capitale | FB
out-of-domain | i sette peccati capitali quali sono | FB
out-of-domain | il capitale di marx chi l'ha scritto | FB
out-of-domain | qual è la città più popolosa della cina | FB
out-of-domain | qual è la città più grande dell'australia | FB
out-of-domain | quali sono le città più belle del portogallo | FB
out-of-domain | che bandiera ha il senegal | FB
out-of-domain | quanti stati ci sono in africa | FB
out-of-domain | qual è il prefisso telefonico della tunisia | FB
out-of-domain | in che continente si trova il suriname | FB
out-of-domain | quando è la festa nazionale della francia | FB
out-of-domain | che lingua si parla a lugano | FB
out-of-domain | chi ha vinto l'eurovision l'anno scorso | FB
out-of-domain | a che ora c'è il gran premio domenica | FB
out-of-domain | quante medaglie ha vinto l'italia alle olimpiadi | FB
out-of-domain | quanto costa un volo per melbourne | FB
out-of-domain | metti un timer per la focaccia di venti minuti | FB
out-of-domain | aggiungi il pecorino alla lista della spesa | FB
out-of-domain | accendi la luce del soggiorno | FB
out-of-domain | che tempo fa a cagliari | FB
out-of-domain | metti la radio | FB
out-of-domain | raccontami una barzelletta sui genovesi | FB
out-of-domain | quanto fa sette per otto | FB
out-of-domain | come si dice capitale in inglese | FB
out-of-domain | che cos'è una capitale | FB
out-of-domain | qual è la capitale della moda italiana | FB
out-of-domain | qual è il deserto più grande dell'africa | FB
out-of-domain | chi ha fondato roma | FB
out-of-domain | com'è il traffico in tangenziale a torino | FB
out-of-domain | chiama la mamma | FB
out-of-domain | dimmi una ricetta con il tartufo | FB
out-of-domain | qual è la capitale della transilvania | FB
out-of-domain | quante isole ha la grecia | FB
out-of-domain | qual è il vino più famoso delle langhe | FB
out-of-domain | che squadra ha vinto lo scudetto | FB
out-of-domain | quanto è alto l'etna | FB
out-of-domain | svegliami alle sei per il turno in porto | FB
out-of-domain | qual è l'inno nazionale della svizzera | FB
out-of-domain | che ore sono a toronto | FB
out-of-domain | che fuso orario ha londra | FB
out-of-domain | quanti abitanti ha la capitale del cile | FB
out-of-domain | quanto è lontana pechino da roma | FB
out-of-domain | qual è la capitale della lombardia | FB
out-of-domain | la capitale della provenza | FB
out-of-domain | dimmi la capitale del polo nord | FB
out-of-domain | qual è la capitale della luna | FB
out-of-domain | qual è la capitale del mare | FB
out-of-domain | come si scrive capitale con la c maiuscola | FB
out-of-domain | raga chi vince stasera | FB
out-of-domain | quali sono le figurine più rare dei mondiali | FB
out-of-domain | che canale fa l'eredità | FB
out-of-domain | leggimi le notizie | FB
out-of-domain | quanti gradi ci sono a aosta | FB
"""

LINES += """
# Second batch: Italy, the plurals still missing, longer help, stop, cancel and launch, more shared names.
plain-question | e l'italia che capitale ha | IT
bambini | alexa la capitale dell'italia è roma vero | IT
ragazzi | bro raga ma la capitale d'italia è roma o milano | IT
plural-capitals | quali sono le capitali dello sri lanka colombo e l'altra | LK
plural-capitals | lo sri lanka ha due capitali come si chiamano | LK
plural-capitals | bhai dimmi capitali di sri lanka tutte e due | LK
plural-capitals | quali sono le capitali della palestina ramallah e gerusalemme est | PS
plural-capitals | la palestina ha due capitali quali sono | PS
plural-capitals | alexa dimmi le capitali dei territori palestinesi | PS
plural-capitals | per il puzzle ci servono le capitali della bolivia tutte e due | BO
plural-capitals | belin ma i paesi bassi quante capitali hanno e quali sono | NL
plural-capitals | le capitali della malaysia kuala lumpur e poi | MY
plural-capitals | mizzica il sudafrica ha tre capitali me le dici | ZA
plural-capitals | il dahomey che oggi si chiama benin quali capitali ha | BJ
plural-capitals | ai miei tempi la costa d'avorio aveva una capitale sola oggi quali sono | CI
plural-capitals | la palestina ha più capitali quali sono | PS
shared-name | capitale della corea quella del sud e del nord tutte e due | KP+KR
shared-name | alexa la capitale della corea quale delle due | KP+KR
shared-name | qual è la capitale del congo quello grande | CD
shared-name | la capitale della georgia vicino alla russia | GE
shared-name | ajò la capitale delle isole vergini dimmela | VG+VI
shared-name | il congo che capitale ha | CD+CG
shared-name | la georgia dove c'è atlanta qual è la capitale | US-GA
shared-name | capitale delle vergini britanniche | VG
shared-name | mia alexa la capitale della georgia | GE+US-GA
launch | ciao alexa fammi giocare con capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo per la ripassata di geografia | LAUNCH
launch | ajò apriamo capitali del mondo che facciamo una sfida | LAUNCH
launch | raga aprite capitali del mondo su alexa | LAUNCH
launch | apri capitali del mondo neh che facciamo due domande | LAUNCH
launch | alexa vorrei usare capitali del mondo | LAUNCH
launch | signorina faccia partire capitali del mondo per favore | LAUNCH
help | alexa come funziona capitali del mondo | HELP
help | non ho capito cosa devo chiederti per sapere le capitali | HELP
help | ajò come funziona sta skill delle capitali | HELP
help | belin ma come si usa spiegami | HELP
help | come posso chiederti la capitale di uno stato | HELP
help | cosa si può fare con questa skill delle capitali | HELP
help | signorina non sento bene mi spiega come si fa | HELP
help | raga come funziona questa cosa delle capitali | HELP
help | dimmi le istruzioni di capitali del mondo | HELP
help | mi aiuti non so come funziona | HELP
stop | ok basta così per stasera chiudi capitali del mondo | STOP
stop | alexa basta ho sonno spegniti | STOP
stop | basta così belin chiudi tutto | STOP
stop | chiudi la skill delle capitali grazie | STOP
stop | abbiamo finito il cruciverba puoi chiudere | STOP
stop | ho finito con le capitali ciao alexa | STOP
stop | grazie signorina basta così arrivederci | STOP
stop | bro chiudi basta | STOP
stop | esci subito dalla skill | STOP
stop | ferma tutto e chiudi | STOP
cancel | lascia perdere quella domanda | CANCEL
cancel | niente alexa annulla la richiesta | CANCEL
cancel | lascia stare neh non importa | CANCEL
cancel | ajò lascia perdere non serve più | CANCEL
cancel | dimentica quello che ho detto | CANCEL
cancel | signorina lasci stare non fa niente | CANCEL
cancel | annulla raga non serve | CANCEL
cancel | no aspetta annulla | CANCEL

# More Sardinians, Ligurians, Ticinesi, Valdostani, Sicilians and Piedmontese.
sardegna | eja alexa la sai la capitale {} | del benin=BJ; del burkina faso=BF; della guinea=GN
sardegna | ita est la capitale {} | del guatemala=GT; del panama=PA
liguria | ti ghe da dimme la capitale {} | del kosovo=XK; del montenegro=ME; dell'albania=AL
ticino | mio cugino di bellinzona vuole sapere la capitale {} | dell'estonia=EE; della lettonia=LV
valdostano | ben alors la capitale {} c'est quoi | del senegal=SN; del marocco=MA; del mali=ML
sicilia | ma chi dici la capitale {} qual è | di cipro=CY; del libano=LB; della giordania=JO
piemonte | neh alexa la capitale {} come si chiama | della finlandia=FI; dell'irlanda=IE; del portogallo=PT
estero | a charleroi il mio vicino viene {} qual è la capitale | dal marocco=MA; dalla turchia=TR; dalla polonia=PL
estero | qui a londra il mio boss mi chiede la capitale {} | della nigeria=NG; del ghana=GH; del kenya=KE
apprendenti | capitale {} come si dice in italiano | della thailandia=TH; della cambogia=KH; del laos=LA
anziani | mi scusi sono un po sorda la capitale {} | della francia=FR; della spagna=ES; della germania=DE
bambini | alexa nel mio libro c'è un leone {} qual è la capitale | della tanzania=TZ; del botswana=BW; dello zambia=ZM
lavoro | all'ufficio export mi serve la capitale {} per la fattura | del vietnam=VN; dell'indonesia=ID; delle filippine=PH
casa | sul mappamondo di mio figlio non si legge la capitale {} | del malawi=MW; del mozambico=MZ; del madagascar=MG

# More reverse questions, checks, follow-ups and self-corrections.
reverse-question | di quale paese è capitale dodoma | CITY:Dodoma
reverse-question | gitega è capitale di che stato | CITY:Gitega
reverse-question | astana di che nazione è la capitale | CITY:Astana
reverse-question | la città di naypyidaw è capitale di cosa | CITY:Naypyidaw
reverse-question | belmopan di che paese è capitale | CITY:Belmopan
reverse-question | ajò di che paese è capitale abuja | CITY:Abuja
yes-no-check | ma la capitale della germania non era bonn | DE
yes-no-check | la capitale dell'australia non è melbourne vero | AU
yes-no-check | mizzica la capitale del marocco non è casablanca | MA
yes-no-check | la capitale della scozia è edimburgo o glasgow | GB-SCT
yes-no-check | bhai capitale di bangladesh è dacca vero | BD
follow-up | e dopo {} | la lettonia=LV; l'estonia=EE
follow-up | ok e del {} invece | montenegro=ME; kosovo=XK
follow-up | e quella {} allora | dell'eritrea=ER; della somalia=SO
self-correction | la capitale del belize scusa dell'honduras | HN
self-correction | la capitale della bolivia no volevo dire del paraguay | PY
self-correction | la capitale della malaysia no dell'indonesia | ID
self-correction | capitale del mali anzi del niger | NE

# More subdivisions and territories.
subdivision | la capitale del colorado | US-CO
subdivision | qual è la capitale della virginia | US-VA
subdivision | capitale del wisconsin | US-WI
subdivision | la capitale dell'arizona | US-AZ
subdivision | qual è la capitale del tennessee | US-TN
subdivision | la capitale della turingia | DE-TH
subdivision | capitale del brandeburgo | DE-BB
subdivision | la capitale di pernambuco | BR-PE
subdivision | qual è la capitale dello stato di amazonas | BR-AM
subdivision | la capitale del karnataka | IN-KA
subdivision | capitale del punjab indiano | IN-PB
subdivision | la capitale dell'isola del principe edoardo | CA-PE
subdivision | capitale del victoria in australia | AU-VIC
subdivision | la capitale dell'irlanda del nord | GB-NIR
subdivision | qual è la capitale di nuevo león | MX-NLE
territory | qual è la capitale di saint-pierre e miquelon | PM
territory | la capitale di wallis e futuna | WF
territory | capitale delle isole marianne settentrionali | MP
territory | la capitale di niue | NU
territory | qual è la capitale dell'isola norfolk | NF
territory | la capitale di taiwan | TW
territory | capitale di sint maarten | SX

# More out-of-domain near misses.
out-of-domain | quanti abitanti ha lo sri lanka | FB
out-of-domain | qual è la religione principale del bangladesh | FB
out-of-domain | chi è il re del marocco | FB
out-of-domain | che moneta si usa in svizzera | FB
out-of-domain | qual è il piatto tipico della georgia | FB
out-of-domain | dove si trova il benin sulla cartina | FB
out-of-domain | quanti abitanti ha la palestina | FB
out-of-domain | qual è il capoluogo della barbagia | FB
out-of-domain | la capitale del canavese | FB
out-of-domain | qual è la capitale della gallura | FB
out-of-domain | qual è la capitale del vino in piemonte | FB
out-of-domain | com'è il mare a olbia oggi | FB
out-of-domain | a che ora parte il traghetto per olbia | FB
out-of-domain | a che ora chiude la posta oggi | FB
out-of-domain | quanto costa spedire un pacco in canada | FB
out-of-domain | traduci grazie in cinese | FB
out-of-domain | come si dice buongiorno in bengalese | FB
out-of-domain | quanti anni ha il papa | FB
out-of-domain | quanto fa un franco svizzero in euro | FB
out-of-domain | metti una canzone di fabrizio de andré | FB
out-of-domain | quanto è lungo il confine tra svizzera e italia | FB
out-of-domain | quante lingue si parlano in india | FB
out-of-domain | chi ha vinto i mondiali del duemilasei | FB
out-of-domain | qual è il porto più grande del mediterraneo | FB
out-of-domain | com'è il tempo domani ad aosta per sciare | FB
out-of-domain | quanto costa la focaccia a genova | FB
out-of-domain | che cosa vuol dire ajò in sardo | FB
out-of-domain | che giorno esce la settimana enigmistica | FB
out-of-domain | chi è il presidente della svizzera quest'anno | FB
out-of-domain | quanto dura il volo da roma a dacca | FB
out-of-domain | qual è la città più fredda del canada | FB
out-of-domain | dimmi una parola di sette lettere che vuol dire capitale | FB
"""

if __name__ == "__main__":
    build_round(24, "it", LINES, sys.argv, "tests/Eval/it/round24/source/build_corpus.py")
