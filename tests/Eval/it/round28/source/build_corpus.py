"""Round 28, Italian (it-IT): a new author's own mix, written blind. Speakers chosen away from the regions and groups of
the earlier Italian rounds' "How it was written" paragraphs: Friulians of Udine, Tolmezzo and the Carnia ("mandi", "ce
fastu", "orpo", "cjale", "sì ben", "la femine", the tajut at the osteria), Abruzzesi and Molisani of Pescara, Campobasso
and the transhumance ("lu nonno", "nen me l'arecorde", "scine", "nisciuno", arrosticini), Calabrians of Cosenza and
Reggio ("cumpà", "e chi sacciu", "u nonnu", "mancu", "ene"), Baresi ("ce iè", "uè", "stamm", "ce ne sacc", orecchiette,
the ferry to Durrës), Romanian builders and carers ("hai", "mersi", "doamne", "frate", "bine", "stai un pic", "gata",
"lasa"), Moroccan families ("salam", "wakha", "khoya", "safi", "wash", "inshallah", "hamdullah"), Senegalese vendors
("nanga def", "waaw", "jërëjëf", "ndank ndank"), Filipino domestic workers ("ay naku", "sige", "po", "talaga", "ate",
"kuya", "ano ba", "salamat"), Peruvians of Milan ("oe", "pucha", "ya pues", "causa", "al toque", "chamba"), Punjabi
Sikh dairy hands of the Po valley ("sat sri akal", "ji", "paaji", "achha", "ki haal", "bas", the Novellara gurdwara),
Brazilians ("nossa", "cara", "gente", "tá bom", "beleza", "tipo assim", "minha mãe") and Albanians of Ancona ("ore",
"hajde", "po po", "shyqyr"). Situations: Erasmus students in Bologna; lorry drivers at the Brenner, the Fréjus and a
truck stop; a cruise ship's cabin, deck and shore excursions; a wedding (table names, place cards, the DJ's quiz, the
honeymoon); a family tree and a citizenship file; New Year's Eve fireworks across time zones; moving house (flat-pack
wardrobe, suitcases, a courier's parcel); the Jubilee and the Pope's journeys; the America's Cup, the Dakar and ocean
races; fantasy football and the Champions League draw; television quiz shows. Plus plain and terse questions,
follow-ups, yes/no checks with right and wrong guesses, self-corrections with a marker ("anzi", "no aspetta", "volevo
dire", "scusa", "cioè no", "mi sono sbagliato", "ho detto male", "macché", "ops", "pardon", "mi correggo", "intendevo",
"oddio no", "uffa no"), reverse questions, official, everyday and old names, shared names and look-alikes, plurals of
every several-capital country and Palestine, subdivisions and territories, out-of-domain near misses, help, stop,
cancel, launch and one-shot requests with the invocation name "capitali del mondo", and what it-IT recognition writes
(lost accents, split or joined words, phonetic spellings).
`python3 tests/Eval/it/round28/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 28's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
friuli | mandi alexa ce fastu dimmi la capitale {} | dell'austria=AT; della slovenia=SI
friuli | orpo alexa non mi ricordo più la capitale {} | del lussemburgo=LU; del belgio=BE
friuli | alexa mio nonno di tolmezzo era emigrato e ci raccontava sempre della capitale {} qual è | del canada=CA; dell'australia=AU
friuli | cjale alexa qual è la capitale {} | della croazia=HR; dell'ungheria=HU
friuli | alexa qui in osteria a udine col tajut in mano si litiga sulla capitale {} | della francia=FR; della svizzera=CH
friuli | mandi mandi alexa ultima domanda la capitale {} | della slovacchia=SK; della cechia=CZ
friuli | alexa sì ben ho capito ma la capitale {} allora qual è | della polonia=PL; dell'estonia=EE
friuli | alexa la mia femine dice che la capitale {} la sa lei ma io voglio sentirla da te | della danimarca=DK
friuli | orpo alexa in carnia nevica e io mi annoio dimmi la capitale {} | dell'islanda=IS; della finlandia=FI
abruzzo | alexa lu nonno pastore vo sapè la capitale {} | della mongolia=MN; del kazakistan=KZ
abruzzo | alexa nen me l'arecorde la capitale {} dimmela tu | del kirghizistan=KG; del turkmenistan=TM
abruzzo | scine alexa e mo la capitale {} | dell'uzbekistan=UZ; del tagikistan=TJ
abruzzo | alexa sul peschereccio a pescara ci stanno marinai di mezzo mondo la capitale {} qual è | della tunisia=TN; dell'egitto=EG; del senegal=SN
abruzzo | alexa a campobasso nevica e io sto qua a chiederti la capitale {} | dell'afghanistan=AF; del pakistan=PK
abruzzo | alexa a la transumanza parlavamo de tutto ma la capitale {} nen ce la sapeva nisciuno | dell'armenia=AM; dell'azerbaigian=AZ
abruzzo | alexa mo stamme a fa li arrosticini e mi cognato chiede la capitale {} | dell'iran=IR; dell'iraq=IQ
abruzzo | ohi alexa sta pecora nen se move dimmi almeno la capitale {} | della siria=SY; del libano=LB
calabria | alexa cumpà dimmi la capitale {} | della grecia=GR; di cipro=CY
calabria | alexa e chi sacciu io qual è la capitale {} | del venezuela=VE; della colombia=CO
calabria | alexa u nonnu era emigratu in australia e mo vole sapiri la capitale {} | della nuova zelanda=NZ; delle figi=FJ
calabria | alexa mancu u professuri sapi la capitale {} | di vanuatu=VU; delle isole salomone=SB; della papua nuova guinea=PG
calabria | alexa da reggio si vede la sicilia ma la capitale {} no | di malta=MT; della libia=LY
calabria | alexa sugnu a cosenza e mi serve la capitale {} pe la scola du figghiu | dell'algeria=DZ; del marocco=MA
calabria | alexa oh cumpare mio quale ene la capitale {} | della bulgaria=BG; della romania=RO
calabria | alexa stamu facendu a salsa e a zia chiede a capitale {} | dell'argentina=AR; del brasile=BR
bari | alexa ce iè la capitale {} | dell'albania=AL; della macedonia del nord=MK
bari | uè alexa sto sul traghetto per durazzo dimmi la capitale {} | del kosovo=XK; della serbia=RS
bari | alexa stamm a raccogliere le olive nella masseria dimmi la capitale {} | della spagna=ES; del portogallo=PT
bari | alexa ce ne sacc io della capitale {} dimmela tu | del montenegro=ME; della bosnia ed erzegovina=BA
bari | alexa sul lungomare un turista mi ha chiesto la capitale {} e ho fatto una figura | della georgia ex sovietica=GE; dell'ucraina=UA
bari | uè alexa facimm le orecchiette e intanto dimmi la capitale {} | della bielorussia=BY; della moldavia=MD
romeni | alexa hai dimmi la capitale {} | della moldavia=MD; dell'ucraina=UA
romeni | mersi alexa e adesso la capitale {} | della romania=RO; della bulgaria=BG
romeni | doamne alexa non mi viene la capitale {} | della polonia=PL; della lituania=LT
romeni | alexa frate sul cantiere il capo vuole sapere la capitale {} | dell'estonia=EE; della finlandia=FI
romeni | alexa la signora che curo mi ha chiesto la capitale {} bine | della russia=RU; dell'armenia=AM
romeni | alexa scusa io parlo poco italiano capitale {} come è | dell'azerbaigian=AZ; dell'ungheria=HU
romeni | alexa ascolta stai un pic la capitale {} qual è | della serbia=RS; della croazia=HR
romeni | alexa domani il pullman per bucarest passa da vienna ma la capitale {} qual è | della slovenia=SI; della slovacchia=SK
marocchini | salam alexa tu sai la capitale {} | del marocco=MA; dell'algeria=DZ; della mauritania=MR
marocchini | alexa wakha dimmi adesso la capitale {} | del mali=ML; del niger=NE; del ciad=TD
marocchini | alexa il mio khoya vuole sapere la capitale {} per il compito | dell'arabia saudita=SA; degli emirati arabi uniti=AE; del qatar=QA
marocchini | alexa safi ultima cosa la capitale {} | della giordania=JO; dell'iraq=IQ
marocchini | alexa inshallah domani parto ma prima dimmi la capitale {} | del bahrein=BH; dell'oman=OM; del kuwait=KW
marocchini | alexa mia figlia dice che la capitale {} è facile ma io non lo so | dello yemen=YE; del sudan=SD
marocchini | alexa hamdullah il tè è pronto ora dimmi la capitale {} | dell'egitto=EG; di israele=IL
senegalesi | nanga def alexa la capitale {} qual è | del senegal=SN; del gambia=GM; della guinea-bissau=GW
senegalesi | alexa waaw waaw e la capitale {} | della guinea=GN; della sierra leone=SL; della liberia=LR
senegalesi | alexa sulla spiaggia vendo braccialetti e un turista mi chiede la capitale {} | di capo verde=CV; del togo=TG
senegalesi | jërëjëf alexa adesso dimmi la capitale {} | del burkina faso=BF; del ghana=GH
senegalesi | alexa ndank ndank dimmi piano la capitale {} | della nigeria=NG; del camerun=CM
senegalesi | alexa mio cugino a brescia dice che la capitale {} la sanno tutti io no | del benin=BJ; del gabon=GA
senegalesi | alexa fratello mio la capitale {} come si chiama | della mauritania=MR; del mali=ML
filippini | ay naku alexa qual è la capitale {} | delle filippine=PH; dell'indonesia=ID
filippini | alexa sige dimmi la capitale {} po | del brunei=BN; del vietnam=VN
filippini | alexa talaga non so la capitale {} ma l'ate lo sa | della cambogia=KH; del laos=LA
filippini | alexa la signora dove lavoro vuole sapere la capitale {} ano ba | del giappone=JP; della cina=CN; del timor est=TL
filippini | alexa sto stirando le camicie dimmi la capitale {} po | di palau=PW; della micronesia=FM; delle isole marshall=MH
filippini | alexa il kuya ha detto una capitale {} ma secondo me sbaglia qual è | di nauru=NR; di tuvalu=TV; di kiribati=KI
filippini | alexa salamat po e adesso la capitale {} | di singapore=SG; della corea del sud=KR
peruviani | oe alexa la capitale {} al toque | del perù=PE; dell'ecuador=EC
peruviani | pucha alexa me olvidé la capitale {} | del paraguay=PY; dell'uruguay=UY
peruviani | alexa ya pues dimmi la capitale {} | del suriname=SR; della guyana=GY
peruviani | alexa il mio causa al lavoro scommette sulla capitale {} | del panama=PA; della costa rica=CR
peruviani | alexa torno stanco dalla chamba ma dimmi la capitale {} | del nicaragua=NI; dell'honduras=HN; del guatemala=GT
peruviani | alexa mientras cocino el ceviche dimmi la capitale {} | di el salvador=SV; del messico=MX
sikh | sat sri akal alexa la capitale {} qual è ji | dell'india=IN; del nepal=NP; del bhutan=BT
sikh | alexa il paaji vuole sapere la capitale {} achha | del bangladesh=BD; delle maldive=MV
sikh | alexa sono nella stalla a mungere le vacche dimmi la capitale {} | del myanmar=MM; dell'iran=IR
sikh | alexa ki haal tutto bene dimmi la capitale {} | del regno unito=GB; dell'irlanda=IE
sikh | alexa bas ultima domanda ji la capitale {} | del kenya=KE; della tanzania=TZ
sikh | alexa al gurdwara di novellara i bambini fanno una gara sulla capitale {} | del canada=CA; dell'afghanistan=AF
sikh | alexa achha achha e la capitale {} allora | del pakistan=PK
brasiliani | nossa alexa qual è mesmo la capitale {} | dell'angola=AO; del mozambico=MZ
brasiliani | cara alexa dimmi la capitale {} tipo subito | del portogallo=PT; di são tomé e príncipe=ST; della guinea equatoriale=GQ
brasiliani | alexa gente qual è la capitale {} | di cuba=CU; della repubblica dominicana=DO; di haiti=HT
brasiliani | alexa tá bom e la capitale {} | della giamaica=JM; delle bahamas=BS; di barbados=BB
brasiliani | alexa beleza ma non ho capito la capitale {} me la ripeti | del brasile=BR; dell'argentina=AR
brasiliani | alexa minha mãe vuole sapere la capitale {} | del capo verde=CV; della guinea-bissau=GW
albanesi | ore alexa la capitale {} me la dici | del montenegro=ME; della bosnia ed erzegovina=BA
albanesi | hajde alexa dimmi la capitale {} | della grecia=GR; della turchia=TR
albanesi | alexa po po ho capito ma la capitale {} qual era | dell'italia=IT; di san marino=SM
albanesi | alexa mio padre lavora al porto di ancona e chiede la capitale {} | dell'albania=AL; del kosovo=XK
albanesi | alexa shyqyr è finito il turno dimmi la capitale {} | della croazia=HR; della slovenia=SI
erasmus | alexa vale tío qual è la capitale {} | della svezia=SE; della norvegia=NO
erasmus | alexa sono in erasmus a bologna e la mia coinquilina chiede la capitale {} | dell'islanda=IS; del liechtenstein=LI
erasmus | alexa genau e la capitale {} | dell'austria=AT; della germania=DE
erasmus | alexa bah alors comment on dit la capitale {} | del belgio=BE; del lussemburgo=LU; di monaco=MC
erasmus | alexa scusa il mio italiano è di tre mesi la capitale {} | dell'irlanda=IE; del regno unito=GB
erasmus | alexa stasera festa internazionale e devo fare la bandierina con la capitale {} | dell'estonia=EE; della lettonia=LV; della georgia nel caucaso=GE
erasmus | alexa in biblioteca non si parla ma sussurro la capitale {} | della finlandia=FI; di andorra=AD
camionisti | alexa sono in coda al brennero da un'ora dimmi la capitale {} | della germania=DE; della danimarca=DK
camionisti | alexa domani scarico in {} qual è la capitale | polonia=PL; lituania=LT
camionisti | alexa il cronotachigrafo dice pausa e allora dimmi la capitale {} | della slovenia=SI; dell'ungheria=HU
camionisti | alexa il collega bulgaro in piazzola mi chiede la capitale {} | della macedonia del nord=MK; della grecia=GR
camionisti | alexa sto dormendo in cabina all'autoporto ma prima dimmi la capitale {} | della turchia=TR; della georgia caucasica=GE
camionisti | alexa carico di piastrelle per {} qual è la capitale | il belgio=BE; i paesi bassi=NL; l'olanda=NL
camionisti | alexa dopo il fréjus la capitale {} qual è | della francia=FR; della spagna=ES
crociera | alexa domani la nave fa scalo lì ma qual è la capitale {} | della croazia=HR; del montenegro=ME
crociera | alexa sono il cameriere di bordo e un passeggero vuole sapere la capitale {} | di saint lucia=LC; di antigua e barbuda=AG; di grenada=GD
crociera | alexa siamo in cabina senza internet dimmi la capitale {} | di saint kitts e nevis=KN; della dominica=DM; di saint vincent e grenadine=VC
crociera | alexa prima dell'escursione a terra dimmi la capitale {} | di trinidad e tobago=TT; del belize=BZ
crociera | alexa il comandante ha detto che domattina vediamo la costa {} qual è la capitale | della norvegia=NO; dell'islanda=IS
matrimonio | alexa per il viaggio di nozze andiamo {} qual è la capitale | alle maldive=MV; alle seychelles=SC; a mauritius=MU
matrimonio | alexa i tavoli del matrimonio hanno i nomi delle capitali mi dici quella {} | del messico=MX; del perù=PE
matrimonio | alexa il dj vuole fare un quiz agli invitati la capitale {} | del madagascar=MG; delle comore=KM
matrimonio | alexa lo sposo è di là e non lo conosco bene qual è la capitale {} | dell'ecuador=EC; della bolivia=BO
matrimonio | alexa sto scrivendo i segnaposto e mi serve la capitale {} | della thailandia=TH; del vietnam=VN
matrimonio | alexa la testimone dice che ci sposiamo come in {} ma qual è la capitale | polinesia francese=PF; tanzania=TZ
genealogia | alexa il bisnonno partì nel novecento per {} qual è la capitale | l'argentina=AR; il brasile=BR; gli stati uniti=US
genealogia | alexa sto facendo l'albero genealogico e c'è una zia finita {} qual è la capitale | in venezuela=VE; in uruguay=UY
genealogia | alexa i cugini {} vengono a trovarci per la prima volta qual è la loro capitale | del cile=CL; del canada=CA
genealogia | alexa nei documenti della trisnonna c'è scritto nata {} ma la capitale qual è | in tunisia=TN; in egitto=EG
genealogia | alexa per la pratica della cittadinanza mi chiedono la capitale {} | del sudafrica=ZA
genealogia | alexa il nonno faceva il minatore {} dimmi la capitale | in belgio=BE; in lussemburgo=LU
capodanno | alexa stiamo guardando i fuochi in tv adesso tocca {} qual è la capitale | alla nuova zelanda=NZ; a kiribati=KI; alle samoa=WS
capodanno | alexa la mezzanotte è già passata {} dimmi la capitale | in giappone=JP; in corea del sud=KR; alle tonga=TO
capodanno | alexa il cenone è finito e lo zio vuole sapere la capitale {} | della cina=CN; della mongolia=MN
capodanno | alexa buon anno e la capitale {} qual è | della russia=RU; del kazakistan=KZ
trasloco | alexa sto montando l'armadio con la brugola in mano dimmi la capitale {} | della svezia=SE; della norvegia=NO
trasloco | alexa sto facendo la valigia per {} qual è la capitale | l'egitto=EG; la giordania=JO; il marocco=MA
trasloco | alexa tra gli scatoloni del trasloco ho trovato una cartolina {} qual è la capitale | del nepal=NP; del perù=PE
trasloco | alexa ho il nastro adesivo in bocca dimmi la capitale {} | del laos=LA; del myanmar=MM
trasloco | alexa il corriere ha portato un pacco {} qual è la capitale | dalla cina=CN; dal vietnam=VN
giubileo | alexa in fila per la porta santa un pellegrino mi chiede la capitale {} | della polonia=PL; delle filippine=PH; del messico=MX
giubileo | alexa il papa è in viaggio {} qual è la capitale | in mongolia=MN; a timor est=TL; in papua nuova guinea=PG
giubileo | alexa il parroco organizza il pellegrinaggio {} dimmi la capitale | in portogallo=PT; in bosnia=BA
giubileo | alexa la suora del gruppo viene {} e mi chiede la capitale | dal ruanda=RW; dal burundi=BI; dal congo kinshasa=CD
giubileo | alexa i pellegrini {} dormono in parrocchia qual è la loro capitale | del libano=LB; della colombia=CO
giubileo | alexa ho visto alla tv il papa arrivare {} qual è la capitale | in kazakistan=KZ; in iraq=IQ
vela-rally | alexa la coppa america si corre {} qual è la capitale | in nuova zelanda=NZ; in spagna=ES
vela-rally | alexa la dakar quest'anno passa {} qual è la capitale | in arabia saudita=SA; in mauritania=MR; nel mali=ML
vela-rally | alexa il velista del giro del mondo è arrivato {} qual è la capitale | in sudafrica=ZA; in cile=CL
vela-rally | alexa la regata oceanica parte {} ma la capitale qual è | dalla francia=FR; dalle bermuda=BM
vela-rally | alexa alla tappa di oggi del rally si vede il deserto {} dimmi la capitale | della namibia=NA; del botswana=BW
fantacalcio | alexa all'asta del fantacalcio ho preso un difensore {} qual è la capitale | del ghana=GH; della nigeria=NG; del camerun=CM
fantacalcio | alexa il sorteggio di champions ci ha dato una squadra {} qual è la capitale | dell'azerbaigian=AZ; del kazakistan=KZ
fantacalcio | alexa l'italia gioca le qualificazioni contro {} qual è la capitale | la norvegia=NO; israele=IL
fantacalcio | alexa il mio centrocampista è {} dimmi la capitale | del gabon=GA; del senegal=SN; del mali=ML
fantacalcio | alexa mi hanno rifilato un attaccante {} al fantacalcio qual è la capitale | della georgia quella di kvaratskhelia=GE; dell'uzbekistan=UZ
quiz-tv | alexa a reazione a catena hanno chiesto la capitale {} | del burundi=BI; del ruanda=RW
quiz-tv | alexa il concorrente di caduta libera ha sbagliato la capitale {} qual era | dell'eritrea=ER; dell'etiopia=ET; di gibuti=DJ
quiz-tv | alexa stasera al quiz la domanda era sulla capitale {} | della somalia=SO; del sud sudan=SS; dell'uganda=UG
quiz-tv | alexa con la nonna sul divano non sappiamo la capitale {} | del malawi=MW; dello zambia=ZM; dello zimbabwe=ZW
quiz-tv | alexa la pubblicità è finita svelto la capitale {} | del lesotho=LS; del botswana=BW
quiz-tv | alexa hanno dato cinquantamila euro per la capitale {} qual era | della repubblica centrafricana=CF; della repubblica del congo=CG
plain-question | alexa senti un attimo la capitale {} qual è | della giordania=JO; del gabon=GA
plain-question | alexa mi dici per piacere qual è la capitale {} | della sierra leone=SL; delle isole salomone=SB
plain-question | alexa ehm allora vediamo la capitale {} | del togo=TG; della guinea=GN
plain-question | alexa volevo chiederti una cosa la capitale {} quale sarebbe | del ciad=TD; della liberia=LR
plain-question | alexa buongiorno sai dirmi la capitale {} | del madagascar=MG; di mauritius=MU; delle seychelles=SC
plain-question | alexa tu che sai tutto dimmi la capitale {} | del turkmenistan=TM; dell'oman=OM
plain-question | alexa eh niente volevo sapere la capitale {} | del qatar=QA; del bahrein=BH
plain-question | alexa scusami se ti disturbo la capitale {} sai qual è | della guinea equatoriale=GQ; di são tomé e príncipe=ST
plain-question | alexa ciao bella qual è la capitale {} | del paraguay=PY; del suriname=SR
plain-question | alexa dunque dunque la capitale {} | del belize=BZ; della giamaica=JM
plain-question | alexa quale città è la capitale {} | della micronesia=FM; delle isole marshall=MH; di kiribati=KI
plain-question | alexa qual è la capitale {} te lo chiedo da due giorni | della costa rica=CR; del nicaragua=NI
plain-question | alexa sai mica la capitale {} | dell'honduras=HN; di el salvador=SV; di haiti=HT
terse | capitale {} | della mauritania=MR; dell'uzbekistan=UZ; del gabon=GA
terse | alexa capitale {} subito | del sudan=SD; dell'eritrea=ER
terse | alexa {} capitale | ruanda=RW; burundi=BI; gibuti=DJ
terse | alexa capitale {} grazie | della somalia=SO; del malawi=MW
terse | alexa {} | capitale dell'etiopia=ET; capitale dello zambia=ZM; capitale dello zimbabwe=ZW
follow-up | alexa e {} invece | quella del belize=BZ; quella del malawi=MW; quella della guyana=GY
follow-up | alexa e la capitale {} allora | dell'etiopia=ET; della somalia=SO
follow-up | alexa ok e per {} | il laos=LA; la cambogia=KH
follow-up | alexa e {} | dell'eritrea=ER; per l'armenia=AM; invece l'azerbaigian=AZ
follow-up | alexa ah ecco e quella {} | della lettonia=LV; della lituania=LT; dell'estonia=EE
follow-up | alexa grazie e poi {} | l'oman=OM; lo yemen=YE
follow-up | alexa bene e per quanto riguarda {} | il paraguay=PY; l'uruguay=UY; la bolivia=BO
follow-up | alexa e invece la capitale {} | delle comore=KM; del madagascar=MG
follow-up | alexa ho capito e {} allora | la mongolia=MN; il kirghizistan=KG; il kazakistan=KZ
follow-up | alexa sì e quella {} | del tagikistan=TJ; del turkmenistan=TM
yes-no-check | alexa la capitale dell'australia è sydney vero | AU
yes-no-check | alexa ma la capitale del canada non è toronto | CA
yes-no-check | alexa è vero che la capitale della turchia è ankara | TR
yes-no-check | alexa la capitale del brasile è rio de janeiro giusto | BR
yes-no-check | alexa confermami che la capitale della svizzera è berna | CH
yes-no-check | alexa la capitale del marocco è casablanca o no | MA
yes-no-check | alexa è lagos la capitale della nigeria | NG
yes-no-check | alexa la capitale del pakistan è karachi sì o no | PK
yes-no-check | alexa dimmi se la capitale del kazakistan è ancora astana | KZ
yes-no-check | alexa ma è vero che la capitale della bolivia è la paz | BO
yes-no-check | alexa la capitale della tanzania è dar es salaam giusto | TZ
yes-no-check | alexa mio figlio dice che la capitale del myanmar è rangoon ha ragione | MM
yes-no-check | alexa la capitale del vietnam è ho chi minh vero | VN
yes-no-check | alexa è istanbul la capitale della turchia o mi sbaglio | TR
yes-no-check | alexa la capitale della nuova zelanda è auckland no | NZ
yes-no-check | alexa giusto che la capitale dell'india è nuova delhi | IN
yes-no-check | alexa è corretto dire che la capitale del belgio è bruxelles | BE
yes-no-check | alexa la capitale della costa d'avorio è abidjan vero | CI
yes-no-check | alexa scommetto che la capitale del camerun è douala ho vinto | CM
yes-no-check | alexa la capitale dell'ecuador è guayaquil sì | EC
yes-no-check | alexa la capitale degli stati uniti è new york giusto | US
yes-no-check | alexa secondo me la capitale della siria è damasco ci ho preso | SY
yes-no-check | alexa la capitale della giordania è amman confermi | JO
yes-no-check | alexa la capitale del sudafrica è johannesburg giusto | ZA
yes-no-check | alexa ma la capitale della germania era bonn o sbaglio | DE
yes-no-check | alexa la capitale della nigeria è abuja sì o no | NG
yes-no-check | alexa mi confermi che oslo è la capitale della norvegia | NO
yes-no-check | alexa la capitale dello sri lanka è colombo vero | LK
yes-no-check | alexa la capitale del burundi è bujumbura vero | BI
self-correction | alexa la capitale della svezia anzi no della norvegia | NO
self-correction | alexa qual è la capitale dell'austria no aspetta dell'australia | AU
self-correction | alexa la capitale della slovenia volevo dire della slovacchia | SK
self-correction | alexa capitale del niger ehm scusa della nigeria | NG
self-correction | alexa dimmi la capitale dell'islanda cioè no dell'irlanda | IE
self-correction | alexa la capitale del sudan mi sono sbagliato del sud sudan | SS
self-correction | alexa qual è la capitale della guinea no no della guinea equatoriale | GQ
self-correction | alexa la capitale dell'iran ho detto male dell'iraq | IQ
self-correction | alexa capitale della colombia macché della bolivia | BO
self-correction | alexa la capitale del mali ops volevo dire del malawi | MW
self-correction | alexa qual è la capitale della dominica scusa della repubblica dominicana | DO
self-correction | alexa la capitale del paraguay anzi dell'uruguay | UY
self-correction | alexa la capitale della lettonia no scusa della lituania | LT
self-correction | alexa la capitale del gambia mi correggo dello zambia | ZM
self-correction | alexa capitale della mongolia aspetta no intendevo della moldavia | MD
self-correction | alexa qual è la capitale dell'armenia cioè dell'albania scusa | AL
self-correction | alexa la capitale del congo kinshasa no no di quello di brazzaville | CG
self-correction | alexa dimmi la capitale dell'ungheria pardon della bulgaria | BG
self-correction | alexa la capitale di cuba ehm no di haiti | HT
self-correction | alexa la capitale della namibia anzi no aspetta del botswana | BW
self-correction | alexa la capitale del kenya ho sbagliato dell'uganda | UG
self-correction | alexa qual è la capitale del nepal no volevo dire del bhutan | BT
self-correction | alexa la capitale della tunisia anzi della libia | LY
self-correction | alexa capitale della corea del nord scusa del sud | KR
self-correction | alexa la capitale della cechia uffa no della slovenia | SI
self-correction | alexa la capitale di trinidad e tobago no anzi di barbados | BB
self-correction | alexa la capitale del laos oddio no della cambogia | KH
self-correction | alexa la capitale dell'oman mi sono confuso dello yemen | YE
reverse-question | alexa nairobi è la capitale di quale paese | CITY:Nairobi
reverse-question | alexa di che stato è capitale ulan bator | CITY:Ulan Bator
reverse-question | alexa ouagadougou di che paese è la capitale | CITY:Ouagadougou
reverse-question | alexa mi hanno detto tbilisi ma tbilisi è la capitale di cosa | CITY:Tbilisi
reverse-question | alexa vientiane è capitale di quale nazione | CITY:Vientiane
reverse-question | alexa dove si trova la capitale che si chiama asmara | CITY:Asmara
reverse-question | alexa bishkek è la capitale di dove | CITY:Bishkek
reverse-question | alexa paramaribo di quale paese è la capitale | CITY:Paramaribo
reverse-question | alexa la città di windhoek è capitale di quale stato | CITY:Windhoek
reverse-question | alexa tegucigalpa è capitale di che paese | CITY:Tegucigalpa
reverse-question | alexa lubiana è la capitale di quale paese europeo | CITY:Lubiana
reverse-question | alexa di quale paese è capitale ashgabat | CITY:Ashgabat
reverse-question | alexa sai dirmi di che nazione è capitale montevideo | CITY:Montevideo
reverse-question | alexa antananarivo è capitale di cosa | CITY:Antananarivo
reverse-question | alexa chisinau di che paese è | CITY:Chișinău
reverse-question | alexa la capitale dacca appartiene a quale paese | CITY:Dacca
reverse-question | alexa mascate è la capitale di quale paese arabo | CITY:Mascate
reverse-question | alexa l'avana è la capitale di quale isola | CITY:L’Avana
reverse-question | alexa victoria è la capitale di che cosa | CITY:Victoria
reverse-question | alexa kingston è capitale di quale paese | CITY:Kingston
reverse-question | alexa porto-novo è la capitale di chi | CITY:Porto-Novo
reverse-question | alexa ngerulmud è la capitale di quale posto | CITY:Ngerulmud
reverse-question | alexa dodoma di che paese è la capitale | CITY:Dodoma
reverse-question | alexa naypyidaw è capitale di quale stato asiatico | CITY:Naypyidaw
reverse-question | alexa il cruciverba chiede di quale paese è capitale bamako | CITY:Bamako
reverse-question | alexa canberra è la capitale di quale stato | CITY:Canberra
reverse-question | alexa yaoundé è la capitale di quale paese africano | CITY:Yaoundé
reverse-question | alexa a quale paese appartiene la capitale riga | CITY:Riga
reverse-question | alexa skopje è capitale di che nazione | CITY:Skopje
reverse-question | alexa thimphu è la capitale di quale regno | CITY:Thimphu
reverse-question | alexa saint john's è la capitale di dove | CITY:Saint John's
reverse-question | alexa funafuti di quale paese è capitale | CITY:Funafuti
official-name | alexa qual è la capitale della repubblica federale di germania | DE
official-name | alexa la capitale della confederazione elvetica | CH
official-name | alexa dimmi la capitale del regno hascemita di giordania | JO
official-name | alexa la capitale della repubblica popolare cinese qual è | CN
official-name | alexa qual è la capitale degli stati uniti messicani | MX
official-name | alexa sai la capitale della repubblica islamica dell'iran | IR
official-name | alexa la capitale della repubblica bolivariana del venezuela | VE
official-name | alexa qual è la capitale della repubblica ellenica | GR
official-name | alexa la capitale della repubblica araba siriana me la dici | SY
official-name | alexa qual è la capitale della federazione russa per favore | RU
official-name | alexa capitale del regno di norvegia | NO
official-name | alexa la capitale della repubblica portoghese quale sarebbe | PT
official-name | alexa la capitale del commonwealth dell'australia | AU
official-name | alexa la capitale della repubblica di corea | KR
official-name | alexa qual è la capitale della repubblica popolare democratica di corea | KP
official-name | alexa la capitale della repubblica democratica del congo dimmi | CD
official-name | alexa qual è la capitale dello stato di israele | IL
official-name | alexa la capitale del regno unito di gran bretagna e irlanda del nord | GB
official-name | alexa dimmi la capitale della repubblica tunisina | TN
official-name | alexa la capitale della repubblica libanese | LB
official-name | alexa qual è la capitale della repubblica slovacca | SK
official-name | alexa la capitale del regno di svezia | SE
official-name | alexa la capitale del regno di danimarca per piacere | DK
official-name | alexa capitale della repubblica di turchia | TR
official-name | alexa la capitale della repubblica islamica del pakistan | PK
official-name | alexa dimmi la capitale della repubblica democratica popolare di algeria | DZ
official-name | alexa qual è la capitale del granducato di lussemburgo | LU
official-name | alexa la capitale del principato del liechtenstein | LI
official-name | alexa qual è la capitale del sultanato dell'oman | OM
official-name | alexa la capitale degli stati federati di micronesia | FM
official-name | alexa la capitale della repubblica federale democratica d'etiopia | ET
official-name | alexa la capitale del regno di tonga qual è | TO
official-name | alexa qual è la capitale della repubblica popolare del bangladesh | BD
everyday-name | alexa qual è la capitale dell'olanda | NL
everyday-name | alexa la capitale dell'america qual è | US
everyday-name | alexa mio cugino vive negli states qual è la capitale degli states | US
everyday-name | alexa la capitale degli emirati | AE
everyday-name | alexa dimmi la capitale della bosnia | BA
everyday-name | alexa la capitale della macedonia qual è | MK
everyday-name | alexa la capitale della birmania me la ricordi | MM
everyday-name | alexa qual è la capitale della russia bianca | BY
everyday-name | alexa la capitale della nordcorea | KP
everyday-name | alexa dimmi la capitale della sudcorea | KR
everyday-name | alexa la capitale della repubblica ceca | CZ
everyday-name | alexa qual è la capitale di trinidad | TT
everyday-name | alexa la capitale di saint kitts | KN
everyday-name | alexa la capitale della papua | PG
everyday-name | alexa qual è la capitale della moldova | MD
everyday-name | alexa la capitale dell'arabia | SA
everyday-name | alexa qual è la capitale della gran bretagna | GB
everyday-name | alexa la capitale della belarus | BY
everyday-name | alexa la capitale del vaticano qual è | VA
everyday-name | alexa capitale della santa sede | VA
everyday-name | alexa la capitale della kirghisia | KG
everyday-name | alexa dimmi la capitale del salvador | SV
everyday-name | alexa la capitale di timor | TL
everyday-name | alexa la capitale delle isole fiji | FJ
everyday-name | alexa la capitale della côte d'ivoire | CI
everyday-name | alexa la capitale di saint vincent | VC
everyday-name | alexa qual è la capitale dell'inghilterra | GB-ENG
old-name | alexa qual era la capitale della persia | IR
old-name | alexa la capitale del siam | TH
old-name | alexa mio nonno parlava sempre dell'abissinia qual è la capitale | ET
old-name | alexa la capitale del dahomey | BJ
old-name | alexa qual è la capitale di ceylon | LK
old-name | alexa la capitale della rhodesia | ZW
old-name | alexa la capitale della rhodesia del nord | ZM
old-name | alexa la capitale dell'alto volta qual era | BF
old-name | alexa qual era la capitale dello zaire | CD
old-name | alexa la capitale del bechuanaland | BW
old-name | alexa la capitale del basutoland | LS
old-name | alexa la capitale del niassaland com'era | MW
old-name | alexa la capitale della costa d'oro | GH
old-name | alexa la capitale dell'honduras britannico | BZ
old-name | alexa la capitale della guyana olandese | SR
old-name | alexa la capitale delle nuove ebridi | VU
old-name | alexa qual è la capitale delle isole ellice | TV
old-name | alexa la capitale della kampuchea | KH
old-name | alexa la capitale di formosa | TW
old-name | alexa la capitale dell'ubangi-sciari | CF
old-name | alexa la capitale dello swaziland | SZ
old-name | alexa la capitale della guiana britannica | GY
old-name | alexa sul vecchio atlante c'è scritto persia qual è la capitale | IR
old-name | alexa nei francobolli del nonno c'è il siam dimmi la capitale | TH
shared-name | alexa qual è la capitale della georgia | GE+US-GA
shared-name | alexa dimmi la capitale del congo | CD+CG
shared-name | alexa la capitale della corea | KP+KR
shared-name | alexa la capitale delle isole vergini | VG+VI
shared-name | alexa le capitali delle due coree | KP+KR
shared-name | alexa le capitali dei due congo | CD+CG
shared-name | alexa la georgia dove sta la capitale | GE+US-GA
shared-name | alexa georgia capitale | GE+US-GA
shared-name | alexa congo capitale | CD+CG
shared-name | alexa la capitale delle coree | KP+KR
shared-name | alexa la capitale della georgia lo stato americano | US-GA
shared-name | alexa la capitale della georgia ex unione sovietica | GE
shared-name | alexa la capitale del congo brazzaville | CG
shared-name | alexa la capitale del congo kinshasa | CD
shared-name | alexa la capitale delle isole vergini americane | VI
shared-name | alexa la capitale delle isole vergini britanniche | VG
shared-name | alexa capitale della guinea | GN
shared-name | alexa capitale della guinea-bissau | GW
shared-name | alexa capitale della dominica quella piccola | DM
shared-name | alexa la capitale del niger il paese non il fiume | NE
shared-name | alexa la capitale del sud sudan | SS
shared-name | alexa la capitale della georgia negli stati uniti | US-GA
shared-name | alexa qual è la capitale della georgia vicino alla russia | GE
shared-name | alexa la corea che capitale ha | KP+KR
shared-name | alexa il congo qual è la sua capitale | CD+CG
shared-name | alexa le isole vergini hanno una capitale | VG+VI
plural-capitals | alexa quali sono le capitali {} | del sudafrica=ZA; della bolivia=BO; dei paesi bassi=NL
plural-capitals | alexa mi dici le capitali {} | della malaysia=MY; dello sri lanka=LK; del benin=BJ
plural-capitals | alexa quante capitali ha {} e quali sono | la costa d'avorio=CI; l'eswatini=SZ; la palestina=PS
plural-capitals | alexa ho letto che {} ha più capitali quali sono | il sudafrica=ZA; la bolivia=BO
plural-capitals | cjale alexa le capitali {} dimmele tutte | dell'olanda=NL; della malesia=MY
plural-capitals | alexa nossa ma è vero che {} ha due capitali dimmele | lo sri lanka=LK; il benin=BJ; la costa d'avorio=CI
plural-capitals | alexa le tre capitali {} quali sono | del sudafrica=ZA
plural-capitals | alexa elencami le capitali {} | dei paesi bassi=NL; della malaysia=MY; dell'eswatini=SZ
plural-capitals | alexa wakha e le capitali {} | del benin=BJ; della costa d'avorio=CI
plural-capitals | alexa per la verifica di geografia mi servono tutte le capitali {} | dello sri lanka=LK; della palestina=PS; del sudafrica=ZA
plural-capitals | alexa cumpà quali sono le capitali {} | della bolivia=BO; dell'olanda=NL
plural-capitals | alexa ay naku quali sono le capitali {} po | della malaysia=MY; dello sri lanka=LK
plural-capitals | alexa sulla carta dei territori palestinesi quali sono le capitali | PS
plural-capitals | alexa quali città fanno da capitale {} | dell'eswatini=SZ; della costa d'avorio=CI; della palestina=PS
plural-capitals | alexa il sudafrica ha tre capitali me le dici tutte e tre | ZA
plural-capitals | alexa oe cuáles son le capitali {} | della bolivia=BO; del sudafrica=ZA
plural-capitals | alexa la capitale amministrativa e quella politica {} quali sono | dei paesi bassi=NL; della malaysia=MY
plural-capitals | alexa quali sono le due capitali {} per piacere | del regno di eswatini=SZ; dello sri lanka=LK
subdivision | alexa qual è la capitale {} | dell'alaska=US-AK; del texas=US-TX; della california=US-CA
subdivision | alexa mio fratello lavora {} qual è la capitale dello stato | in florida=US-FL; in nevada=US-NV; nel michigan=US-MI
subdivision | alexa la capitale {} negli stati uniti | del kentucky=US-KY; della louisiana=US-LA; dell'oregon=US-OR
subdivision | alexa la capitale dello stato di new york | US-NY
subdivision | alexa la capitale dello stato di washington non la città | US-WA
subdivision | alexa la capitale {} in canada | dell'ontario=CA-ON; della columbia britannica=CA-BC; del québec=CA-QC
subdivision | alexa qual è la capitale della provincia {} | di alberta=CA-AB; del manitoba=CA-MB
subdivision | alexa la capitale {} in australia | del queensland=AU-QLD; della tasmania=AU-TAS; del nuovo galles del sud=AU-NSW
subdivision | alexa la capitale del land {} | della baviera=DE-BY; della sassonia=DE-SN; dell'assia=DE-HE
subdivision | alexa il capoluogo {} in germania | della bassa sassonia=DE-NI; della turingia=DE-TH
subdivision | alexa la capitale della scozia | GB-SCT
subdivision | alexa qual è la capitale del galles | GB-WLS
subdivision | alexa la capitale dell'irlanda del nord qual è | GB-NIR
subdivision | alexa la capitale dello stato brasiliano {} | di bahia=BR-BA; del paraná=BR-PR
subdivision | alexa la capitale dello stato messicano {} | di jalisco=MX-JAL; di chiapas=MX-CHP
subdivision | alexa qual è la capitale dello stato indiano {} | del kerala=IN-KL; del rajasthan=IN-RJ; del punjab=IN-PB
subdivision | alexa la capitale del tamil nadu | IN-TN
subdivision | alexa la capitale del goa | IN-GA
subdivision | alexa la capitale {} mi serve per il quiz americano | del vermont=US-VT; del wyoming=US-WY
subdivision | alexa la capitale dell'australia occidentale | AU-WA
subdivision | alexa la capitale del territorio del nord in australia | AU-NT
subdivision | alexa la capitale dello yukon | CA-YT
subdivision | alexa qual è la capitale di terranova | CA-NL
subdivision | alexa la capitale della pennsylvania | US-PA
subdivision | alexa la capitale del massachusetts | US-MA
subdivision | alexa la capitale del jammu e kashmir dimmele tutte e due | IN-JK
subdivision | alexa le capitali dell'uttarakhand | IN-UK
subdivision | alexa la capitale del nuovo messico | US-NM
subdivision | alexa la capitale della carolina del nord | US-NC
subdivision | alexa la capitale del dakota del sud | US-SD
subdivision | alexa la capitale dello schleswig-holstein | DE-SH
territory | alexa qual è la capitale della groenlandia | GL
territory | alexa la capitale delle isole fær øer | FO
territory | alexa la capitale di portorico | PR
territory | alexa la capitale delle bermuda | BM
territory | alexa la capitale dell'isola di man | IM
territory | alexa la capitale di jersey qual è | JE
territory | alexa la capitale di guernsey | GG
territory | alexa la capitale delle isole falkland | FK
territory | alexa la capitale delle malvine | FK
territory | alexa la capitale della polinesia francese | PF
territory | alexa la capitale della nuova caledonia | NC
territory | alexa la capitale dell'isola della riunione | RE
territory | alexa la capitale della martinica | MQ
territory | alexa la capitale della guadalupa | GP
territory | alexa la capitale della guyana francese | GF
territory | alexa la capitale di aruba | AW
territory | alexa la capitale di curaçao | CW
territory | alexa la capitale delle isole cayman | KY
territory | alexa la capitale delle isole turks e caicos | TC
territory | alexa la capitale di sant'elena | SH
territory | alexa la capitale delle samoa americane | AS
territory | alexa la capitale di guam | GU
territory | alexa la capitale delle isole cook | CK
territory | alexa la capitale del sahara occidentale | EH
territory | alexa qual è la capitale di taiwan | TW
territory | alexa la capitale del kosovo | XK
territory | alexa la capitale di gibilterra | GI
territory | alexa la capitale delle svalbard | SJ
territory | alexa la capitale di mayotte | YT
territory | alexa la capitale di montserrat | MS
territory | alexa la capitale delle isole åland | AX
territory | alexa la capitale di anguilla | AI
asr-artefact | alexa qual e la capitale del peru | PE
asr-artefact | alexa qualè la capitale del kazakhstan | KZ
asr-artefact | alexa la capitale della rabia saudita | SA
asr-artefact | alexa la capitale del catar | QA
asr-artefact | alexa la capitale del barein | BH
asr-artefact | alexa la capitale del chirghizistan | KG
asr-artefact | alexa la capitale dell azerbaijan | AZ
asr-artefact | alexa la capitale del tajikistan | TJ
asr-artefact | alexa la capitale dell esuatini | SZ
asr-artefact | alexa la capitale del lesoto | LS
asr-artefact | alexa la capitale del botsuana | BW
asr-artefact | alexa la capitale dello zimbabue | ZW
asr-artefact | alexa la capitale del rwanda | RW
asr-artefact | alexa la capitale del kenia | KE
asr-artefact | alexa la capitale del mianmar | MM
asr-artefact | alexa la capitale delle seicelle | SC
asr-artefact | alexa la capitale della islanda | IS
asr-artefact | alexa capitale del sud africa | ZA
asr-artefact | alexa la capitale del la nuova zelanda | NZ
asr-artefact | alexa la capitale de lecuador | EC
asr-artefact | alexa la capitale dell uganda | UG
asr-artefact | alexa la capitale della stonia | EE
asr-artefact | alexa la capitale del ciade | TD
asr-artefact | alexa la capitale della nuova guinea papua | PG
asr-artefact | alexa la capitale di antigua barbuda | AG
asr-artefact | alexa la capitale del vanuatu | VU
asr-artefact | alexa la capitale delle isole salomon | SB
asr-artefact | alexa la capitale di sao tome | ST
asr-artefact | alexa la capitale del turkmenistan turkmenistan | TM
asr-artefact | alexa la capitale del liechtenstain | LI
asr-artefact | alexa la capitale della tailandia | TH
asr-artefact | alexa la capitale della micro nesia | FM
one-shot | alexa chiedi a capitali del mondo la capitale {} | del kenya=KE; della namibia=NA; dello zambia=ZM
one-shot | alexa apri capitali del mondo e dimmi la capitale {} | dello zimbabwe=ZW; del lesotho=LS; del malawi=MW
one-shot | alexa domanda a capitali del mondo qual è la capitale {} | della mauritania=MR; del niger=NE
one-shot | alexa usa capitali del mondo per sapere la capitale {} | del burkina faso=BF; della guinea-bissau=GW
one-shot | alexa fai partire capitali del mondo e chiedi la capitale {} | di andorra=AD; di san marino=SM
one-shot | alexa mandi chiedi a capitali del mondo la capitale {} | della slovenia=SI; della croazia=HR
one-shot | alexa salam chiedi a capitali del mondo qual è la capitale {} | dell'algeria=DZ; del sudan=SD
one-shot | alexa dì a capitali del mondo la capitale {} | delle comore=KM; di gibuti=DJ
one-shot | alexa chiedi a capitali del mondo quali sono le capitali {} | della bolivia=BO
one-shot | alexa chiedi a capitali del mondo se la capitale dell'australia è sydney | AU
one-shot | alexa chiedi a capitali del mondo di che paese è capitale lima | CITY:Lima
one-shot | alexa cumpà apri capitali del mondo e dimmi la capitale {} | dell'ecuador=EC; del messico=MX
one-shot | alexa domanda a capitali del mondo la capitale {} grazie | delle isole marshall=MH; di tuvalu=TV
launch | alexa apri capitali del mondo per favore | LAUNCH
launch | alexa avvia capitali del mondo grazie | LAUNCH
launch | alexa mandi apri capitali del mondo | LAUNCH
launch | alexa voglio giocare con capitali del mondo | LAUNCH
launch | alexa fammi parlare con capitali del mondo | LAUNCH
launch | alexa lancia la skill capitali del mondo | LAUNCH
launch | alexa metti capitali del mondo che facciamo il ripasso | LAUNCH
launch | alexa uè apri capitali del mondo | LAUNCH
launch | alexa hai deschide capitali del mondo | LAUNCH
launch | alexa ay naku apri capitali del mondo po | LAUNCH
launch | alexa sat sri akal apri capitali del mondo | LAUNCH
launch | alexa nossa apri aí capitali del mondo | LAUNCH
launch | alexa accendi capitali del mondo che la nonna vuole giocare | LAUNCH
launch | alexa apri la skill delle capitali del mondo | LAUNCH
launch | alexa ciao apri capitali del mondo che ripasso per l'esame | LAUNCH
launch | alexa avvia il gioco capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo in cabina | LAUNCH
launch | alexa apri capitali del mondo per gli invitati | LAUNCH
launch | alexa vale apri capitali del mondo | LAUNCH
launch | alexa parti con capitali del mondo | LAUNCH
help | alexa aiuto non so come funziona | HELP
help | alexa come si usa questa cosa delle capitali | HELP
help | alexa cosa posso chiederti qui | HELP
help | alexa che domande posso fare | HELP
help | alexa mi spieghi come funziona per favore | HELP
help | alexa orpo non ho capito cosa devo dire | HELP
help | alexa aiutami tu che io non capisco | HELP
help | alexa scusa io straniera come devo parlare con te | HELP
help | alexa dammi qualche esempio di domanda | HELP
help | alexa ya pues ayúdame come funziona | HELP
help | alexa doamne non capisco cosa fare aiuto | HELP
help | alexa ay naku help me come si fa | HELP
help | alexa che cosa sai fare con le capitali | HELP
help | alexa cumpà spiegami come funziona sta cosa | HELP
help | alexa non so usare questo gioco mi aiuti | HELP
help | alexa quali sono le istruzioni | HELP
help | alexa nen ce capisco niente aiutami | HELP
help | alexa come faccio a chiederti una capitale | HELP
help | alexa waaw ma come funziona | HELP
help | alexa sono nuova cosa posso dire | HELP
help | alexa ho bisogno di aiuto con questo gioco | HELP
help | alexa mi ripeti cosa posso fare | HELP
help | alexa come si gioca | HELP
help | alexa che comandi ci sono | HELP
help | alexa il bambino non sa cosa dire aiutalo | HELP
help | alexa achha ji come si usa | HELP
stop | alexa stop | STOP
stop | alexa basta così grazie | STOP
stop | alexa esci dalle capitali | STOP
stop | alexa chiudi tutto | STOP
stop | alexa ferma ferma basta | STOP
stop | alexa mandi basta così | STOP
stop | alexa stop adesso dormo | STOP
stop | alexa esci pure ho finito | STOP
stop | alexa chiudi capitali del mondo | STOP
stop | alexa spegniti che arriva il capo | STOP
stop | alexa basta per stasera | STOP
stop | alexa stop stop il bambino deve dormire | STOP
stop | alexa fermati qui | STOP
stop | alexa safi basta | STOP
stop | alexa esci dal gioco | STOP
stop | alexa ho finito chiudi pure grazie | STOP
stop | alexa basta capitali per oggi | STOP
stop | alexa stop po grazie | STOP
stop | alexa basta che si raffredda la cena | STOP
stop | alexa chiudi la skill | STOP
stop | alexa gata stop | STOP
stop | alexa bas stop | STOP
stop | alexa stop è arrivata la sposa | STOP
stop | alexa esci e spegni | STOP
stop | alexa nen ne pozz chiù basta | STOP
stop | alexa esci che riparto col camion | STOP
cancel | alexa annulla | CANCEL
cancel | alexa lascia perdere | CANCEL
cancel | alexa no lascia stare grazie | CANCEL
cancel | alexa annulla la domanda | CANCEL
cancel | alexa non fa niente annulla | CANCEL
cancel | alexa niente niente lascia perdere | CANCEL
cancel | alexa annulla tutto | CANCEL
cancel | alexa orpo lascia stare | CANCEL
cancel | alexa lascia perdere cumpà | CANCEL
cancel | alexa annulla ho sbagliato a chiedere | CANCEL
cancel | alexa lascia perdere la capitale | CANCEL
cancel | alexa no no annulla | CANCEL
cancel | alexa annulla per favore | CANCEL
cancel | alexa lascia stare non importa | CANCEL
cancel | alexa annulla quello che ho detto | CANCEL
cancel | alexa pucha lascia perdere | CANCEL
cancel | alexa lascia stare la sposa ha già risposto | CANCEL
cancel | alexa annulla la richiesta | CANCEL
cancel | alexa ay naku annulla | CANCEL
cancel | alexa lascia perdere che me lo ricordo da solo | CANCEL
cancel | alexa lasa annulla | CANCEL
cancel | alexa non importa più lascia perdere | CANCEL
cancel | alexa annulla ultima domanda | CANCEL
cancel | alexa lascia stare l'ha detto il concorrente | CANCEL
cancel | alexa uè lascia stà | CANCEL
cancel | alexa niente annulla è tornato internet | CANCEL
out-of-domain | alexa qual è il capoluogo del friuli venezia giulia | FB
out-of-domain | alexa il capoluogo dell'abruzzo è l'aquila o pescara | FB
out-of-domain | alexa qual è il capoluogo della calabria | FB
out-of-domain | alexa la capitale della puglia | FB
out-of-domain | alexa qual è la capitale del molise | FB
out-of-domain | alexa la capitale della carnia | FB
out-of-domain | alexa la capitale della transilvania | FB
out-of-domain | alexa qual è la capitale della catalogna | FB
out-of-domain | alexa la capitale dell'andalusia | FB
out-of-domain | alexa la capitale della bretagna | FB
out-of-domain | alexa la capitale del kurdistan | FB
out-of-domain | alexa qual è la capitale della cornovaglia | FB
out-of-domain | alexa la capitale del tibet | FB
out-of-domain | alexa la capitale della siberia | FB
out-of-domain | alexa la capitale del punjab pakistano | FB
out-of-domain | alexa la capitale di mindanao | FB
out-of-domain | alexa la capitale della casamance | FB
out-of-domain | alexa la capitale dell'amazzonia peruviana | FB
out-of-domain | alexa la capitale di zanzibar | FB
out-of-domain | alexa la capitale delle azzorre | FB
out-of-domain | alexa la capitale di madeira | FB
out-of-domain | alexa qual è la capitale della corsica | FB
out-of-domain | alexa la capitale della patagonia | FB
out-of-domain | alexa la capitale del darfur | FB
out-of-domain | alexa qual è la capitale dell'europa | FB
out-of-domain | alexa qual è la capitale dell'africa | FB
out-of-domain | alexa quanti abitanti ha la romania | FB
out-of-domain | alexa che moneta usano in marocco | FB
out-of-domain | alexa che lingua si parla nelle filippine | FB
out-of-domain | alexa quanto è lontano il senegal dall'italia | FB
out-of-domain | alexa che ore sono a lima adesso | FB
out-of-domain | alexa qual è la città più grande del brasile | FB
out-of-domain | alexa chi è il presidente dell'albania | FB
out-of-domain | alexa com'è la bandiera del bhutan | FB
out-of-domain | alexa quanti stati ci sono in africa | FB
out-of-domain | alexa qual è il fiume più lungo del sudamerica | FB
out-of-domain | alexa quanto costa un volo per manila | FB
out-of-domain | alexa serve il visto per andare in india | FB
out-of-domain | alexa che tempo fa a bucarest | FB
out-of-domain | alexa qual è il piatto tipico del perù | FB
out-of-domain | alexa qual è la montagna più alta dell'australia | FB
out-of-domain | alexa qual è il prefisso del marocco | FB
out-of-domain | alexa in che continente si trova il kazakistan | FB
out-of-domain | alexa quanto fa un euro in real brasiliani | FB
out-of-domain | alexa quanti gradi ci sono a dakar | FB
out-of-domain | alexa chi ha vinto la coppa america | FB
out-of-domain | alexa quando parte la dakar | FB
out-of-domain | alexa che ore sono in nuova zelanda | FB
out-of-domain | alexa dove si trova lo sri lanka | FB
out-of-domain | alexa quante isole hanno le filippine | FB
out-of-domain | alexa qual è l'inno della moldavia | FB
out-of-domain | alexa qual è il capitale sociale minimo per una srl | FB
out-of-domain | alexa cos'è il capitale umano | FB
out-of-domain | alexa chi ha scritto il capitale | FB
out-of-domain | alexa qual è la capitale europea della cultura quest'anno | FB
out-of-domain | alexa qual è la capitale mondiale del caffè | FB
out-of-domain | alexa la capitale italiana del tartufo | FB
out-of-domain | alexa cosa vuol dire pena capitale | FB
out-of-domain | alexa spiegami il peccato capitale della gola | FB
out-of-domain | alexa come si scrive capitale in inglese | FB
out-of-domain | alexa come si dice capitale in rumeno | FB
out-of-domain | alexa cos'è una lettera capitale | FB
out-of-domain | alexa quanto capitale serve per aprire un bar | FB
out-of-domain | alexa chi è il capitano della nazionale | FB
out-of-domain | alexa metti la musica di capodanno | FB
out-of-domain | alexa imposta un timer di dieci minuti per la pasta | FB
out-of-domain | alexa che tempo fa domani a udine | FB
out-of-domain | alexa aggiungi il latte alla lista della spesa | FB
out-of-domain | alexa accendi la luce del soggiorno | FB
out-of-domain | alexa metti radio deejay | FB
out-of-domain | alexa raccontami una barzelletta | FB
out-of-domain | alexa svegliami alle quattro e mezza che parto col camion | FB
out-of-domain | alexa chiama la mamma | FB
out-of-domain | alexa quanto manca a natale | FB
out-of-domain | alexa metti una canzone brasiliana | FB
out-of-domain | alexa che partita c'è stasera | FB
out-of-domain | alexa traduci grazie in tagalog | FB
out-of-domain | alexa ricordami di comprare i fiori per il matrimonio | FB
out-of-domain | alexa qual è la ricetta delle orecchiette | FB
out-of-domain | alexa come sta il traffico al brennero | FB
out-of-domain | alexa quanto dista pescara da campobasso | FB
out-of-domain | alexa metti le notizie | FB
out-of-domain | alexa che giorno è oggi | FB
out-of-domain | alexa a che ora apre la posta | FB
out-of-domain | alexa dove posso comprare una bandiera del senegal | FB
out-of-domain | alexa quanti anni ha il papa | FB
out-of-domain | alexa chi era il re del siam | FB
out-of-domain | alexa quando è diventata indipendente l'eritrea | FB
out-of-domain | alexa qual è la religione principale del marocco | FB
out-of-domain | alexa quanti abitanti ha la capitale del perù | FB
out-of-domain | alexa quanto è grande la capitale della cina | FB
out-of-domain | alexa che tempo fa nella capitale del brasile | FB
out-of-domain | alexa com'è la vita notturna nella capitale della colombia | FB
out-of-domain | alexa mandi ce fastu | FB
out-of-domain | alexa sat sri akal come stai | FB
out-of-domain | alexa nanga def | FB
out-of-domain | alexa ti piace il ceviche | FB
out-of-domain | alexa sei sposata | FB
out-of-domain | alexa quanto pesa una pecora | FB
out-of-domain | alexa quante mucche servono per una forma di grana | FB
out-of-domain | alexa parla filippino | FB
out-of-domain | alexa qual è la capitale dell'impero inca | FB
out-of-domain | alexa qual era la capitale del regno delle due sicilie | FB
out-of-domain | alexa qual era la capitale della jugoslavia | FB
out-of-domain | alexa qual era la capitale dell'unione sovietica | FB
out-of-domain | alexa la capitale di atlantide | FB
out-of-domain | alexa la capitale di narnia | FB
out-of-domain | alexa qual è la capitale di wakanda | FB
out-of-domain | alexa qual è la capitale della luna | FB
out-of-domain | alexa la capitale della brianza | FB
out-of-domain | alexa la capitale del salento | FB
out-of-domain | alexa qual è la città più antica del mondo | FB
out-of-domain | alexa quale paese ha più capitali | FB
out-of-domain | alexa quante capitali ci sono nel mondo | FB
out-of-domain | alexa qual è la capitale più fredda del mondo | FB
out-of-domain | alexa qual è la capitale più alta del mondo | FB
out-of-domain | alexa è trieste o udine la capitale del friuli | FB
out-of-domain | alexa quanti italiani vivono in argentina | FB
out-of-domain | alexa che fuso orario ha manila | FB
out-of-domain | alexa quanto costa il traghetto da bari a durazzo | FB
out-of-domain | alexa quante ore di camion ci vogliono da verona a varsavia | FB
out-of-domain | alexa che documenti servono per la cittadinanza italiana | FB
out-of-domain | alexa quando apre la porta santa | FB
out-of-domain | alexa dove fa scalo la nave domani | FB
out-of-domain | alexa in quale paese arriva prima il capodanno | FB
out-of-domain | alexa chi ha vinto la dakar l'anno scorso | FB
out-of-domain | alexa quanti punti ha fatto la mia squadra al fantacalcio | FB
out-of-domain | alexa la capitale della sardegna | FB
out-of-domain | alexa quanto costa spedire un pacco in senegal | FB
out-of-domain | alexa che lingua si parla in brasile | FB
out-of-domain | alexa quante persone parlano il tagalog | FB
out-of-domain | alexa dov'è il gurdwara più vicino | FB
out-of-domain | alexa capitale si scrive con la maiuscola | FB
"""

if __name__ == "__main__":
    build_round(28, "it", LINES, sys.argv, "tests/Eval/it/round28/source/build_corpus.py")
