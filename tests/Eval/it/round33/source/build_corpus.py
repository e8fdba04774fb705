"""Round 33, Italian (it-IT): a new author's own mix, written blind (brief WRITER41.md). Speakers chosen away from the
regions and groups of the Italian rounds 29 to 32 ("How it was written"): Abruzzesi of Pescara, Chieti and L'Aquila
("mo", "nen lu sacce", "uà", "fije mi", "jamme", arrosticini, the Gran Sasso, the transhumance, the Pescara seafront),
Calabresi of Reggio, Cosenza and Tropea ("amu", "ciotu", "chi ti dicu", "u zi", "ccà", "mancu", 'nduja, bergamot, the
Riace bronzes, the Sila), Friulani of Udine, Pordenone and Carnia ("mandi", "orpo", "cjo", "ce", "sì po", the frico,
the chair district, a Fogolâr Furlan abroad), Baresi of Bari vecchia and Molfetta ("uè", "ce", "iè", "sciamë",
"mannaggia", the orecchiette women of the Arco Basso, San Nicola's Russian pilgrims, the ferry to Durrës), Filipino
families of Milan and Rome ("ate", "kuya", "naku", "sige", "grabe", "salamat po", a cousin in Dubai), Moroccans of
Turin's Porta Palazzo ("wallah", "khoya", "safi", "wakha", "zwin", "hamdullah"), Senegalese of Pisa and Brescia
("waaw", "jërëjëf", "nanga def", "yàlla", a brother in Touba), Romanians of Rome and Turin ("ba", "hai", "mersi",
"doamne", "frate", "gata"), Sikh Punjabi dairy workers of the Agro Pontino and Cremona ("ji", "paaji", "haan ji",
"veere", "chalo", milking at dawn, the gurdwara), Brazilians of Milan ("nossa", "cara", "tipo assim", "beleza",
"gente"), Peruvians of Milan and Turin ("pe", "causa", "chévere", "oe", ceviche). Situations: a wedding whose tables
are named after capitals, a night shift in a call centre, a school trip bus, the sofa in front of a TV documentary, a
board-game night, a fishing boat's wheelhouse, a couple planning a honeymoon, the post-office queue with parcels
abroad, siblings quarrelling over the answer. Plus follow-ups, yes/no checks with right and wrong guesses,
self-corrections with an explicit marker, reverse questions, official, everyday and old names, shared names and
look-alikes, plurals of every several-capital country and Palestine, subdivisions and territories, one-shot requests
with the invocation name "capitali del mondo", launch, help, stop, cancel, out-of-domain near misses, and what it-IT
recognition writes (lost accents and apostrophes, joined or split words, misspellings).
`python3 tests/Eval/it/round33/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 33's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
abruzzesi | alexa mo dimme nu poco la capitale {} | della francia=FR; della spagna=ES; del portogallo=PT
abruzzesi | uà alexa nen lu sacce proprio qual è la capitale {} | dell'irlanda=IE; dell'islanda=IS; della norvegia=NO
abruzzesi | alexa stamme a magnà gli arrosticini e lu cumpare dice che la capitale {} nen la sa nisciune | della svezia=SE; della finlandia=FI; della danimarca=DK
abruzzesi | alexa fije mi vo sapé la capitale {} pe lu compito | del belgio=BE; del lussemburgo=LU; della svizzera=CH
abruzzesi | alexa semo saliti a campo imperatore e nu turiste me chiede la capitale {} | dell'austria=AT; della germania=DE; della polonia=PL
abruzzesi | alexa co la transumanza pensavo ai pastori de na vota qual è la capitale {} | della romania=RO; della bulgaria=BG; dell'ungheria=HU
abruzzesi | jamme alexa dimme la capitale {} ca stongo a la riviera de pescara | della croazia=HR; della slovenia=SI; del montenegro=ME
abruzzesi | alexa a chieti lu professore ha messo la domanda sulla capitale {} | dell'albania=AL; della grecia=GR; di malta=MT
abruzzesi | alexa mi zia dopo lu terremoto se n'è jita a lavorà fore qual è la capitale {} | del canada=CA; dell'australia=AU; dell'argentina=AR
calabresi | alexa amu a sapiri a capitale {} | del marocco=MA; dell'algeria=DZ; della tunisia=TN
calabresi | alexa ciotu chi sugnu nun mi ricordu a capitale {} | della libia=LY; dell'egitto=EG; del sudan=SD
calabresi | alexa ccà a reggio u zi peppe voli sapiri a capitale {} | della turchia=TR; di cipro=CY; del libano=LB
calabresi | alexa chi ti dicu stamu facendu a nduja e a zia dumanda a capitale {} | della siria=SY; della giordania=JO; di israele=IL
calabresi | alexa mancu u maestru a sapia a capitale {} | dell'iraq=IQ; dell'iran=IR; del kuwait=KW
calabresi | alexa semu a riace a vidiri i bronzi e nu turista dumanda a capitale {} | dell'arabia saudita=SA; dello yemen=YE; dell'oman=OM
calabresi | alexa cumpà dimmi a capitale {} ca fazzu a scommessa | del qatar=QA; del bahrein=BH; degli emirati arabi uniti=AE
calabresi | alexa u bergamottu u mandamu puru fora qual è a capitale {} | del giappone=JP; della cina=CN; della mongolia=MN
calabresi | alexa supra a sila nun c'è campo ma dimmi a capitale {} | del kazakistan=KZ; dell'uzbekistan=UZ; del turkmenistan=TM
friulani | mandi alexa ce ise la capitale {} | dell'estonia=EE; della lettonia=LV; della lituania=LT
friulani | orpo alexa no mi ricuardi la capitale {} | della bielorussia=BY; dell'ucraina=UA; della moldavia=MD
friulani | alexa cjo dimmi la capitale {} che il me nevôt al à la verifiche | della serbia=RS; della bosnia ed erzegovina=BA; della macedonia del nord=MK
friulani | alexa stin fasint il frico e il nono al domande la capitale {} | del kosovo=XK; della slovacchia=SK; della cechia=CZ
friulani | alexa al fogolâr furlan di toronto un emigrant al voleva savê la capitale {} | del cile=CL; dell'uruguay=UY; del paraguay=PY
friulani | sì po alexa la capitale {} qual ise | della russia=RU; della georgia quella del caucaso=GE; dell'armenia=AM
friulani | alexa in fabbrica a manzano mandin sedie fin in {} qual è la capitale | azerbaigian=AZ; tagikistan=TJ; kirghizistan=KG
friulani | alexa in carnia la none e domande la capitale {} | dell'afghanistan=AF; del pakistan=PK; del nepal=NP
baresi | uè alexa ce ie la capitale {} | del bangladesh=BD; dello sri lanka=LK; del bhutan=BT
baresi | alexa iè la zia all'arco basso che fa le orecchiette e vole sapé la capitale {} | dell'india=IN; delle maldive=MV; del myanmar=MM
baresi | alexa a san nicola è arrivato nu pullman de russi sciamë a vedé qual è la capitale {} | della thailandia=TH; del laos=LA; della cambogia=KH
baresi | mannaggia alexa me so scurdat la capitale {} | del vietnam=VN; della malaysia=MY; di singapore=SG
baresi | alexa sto a prendere la nave per durazzo e me chiedo la capitale {} | dell'indonesia=ID; delle filippine=PH; del brunei=BN
baresi | alexa a molfetta mio cognato è andato a pescare fino a vicino {} qual è la capitale | al timor est=TL; alla papua nuova guinea=PG
baresi | alexa ce dice tu la capitale {} | della corea del nord=KP; della corea del sud=KR; di taiwan=TW
filippini | alexa ate is asking ano ang capitale {} | del giappone=JP; della nuova zelanda=NZ; delle figi=FJ
filippini | naku alexa i forgot what is the capital {} | delle samoa=WS; delle tonga=TO; di vanuatu=VU
filippini | alexa kuya ko is working in dubai and he ask me capitale {} | delle isole salomone=SB; di kiribati=KI; di tuvalu=TV
filippini | sige na alexa dimmi la capitale {} salamat po | di nauru=NR; di palau=PW; delle isole marshall=MH
filippini | grabe alexa la signora chiede la capitale {} e io non so | della micronesia=FM; delle filippine=PH; della malaysia=MY
filippini | alexa la domenica ci vediamo al parco e mio pinsan dice la capitale {} ano ba | del canada=CA; degli stati uniti=US; del messico=MX
marocchini | wallah alexa non lo so la capitale {} | della mauritania=MR; del mali=ML; del niger=NE
marocchini | alexa khoya mi chiede qual è la capitale {} | del ciad=TD; del burkina faso=BF; della nigeria=NG
marocchini | alexa safi dimmi solo la capitale {} | del senegal=SN; del gambia=GM; della guinea-bissau=GW
marocchini | alexa al mercato di porta palazzo un cliente vuole sapere la capitale {} wakha | della guinea=GN; della sierra leone=SL; della liberia=LR
marocchini | alexa hamdullah abbiamo finito il turno qual è la capitale {} | del ghana=GH; del togo=TG; del camerun=CM
marocchini | alexa zwin adesso dimmi la capitale {} | del gabon=GA; della guinea equatoriale=GQ; di são tomé e príncipe=ST
senegalesi | nanga def alexa qual è la capitale {} | del capo verde=CV; della guinea=GN; del mali=ML
senegalesi | waaw alexa dimmi la capitale {} jërëjëf | della repubblica centrafricana=CF; del sud sudan=SS; dell'etiopia=ET
senegalesi | alexa mio fratello sta a touba e mi chiede la capitale {} | dell'eritrea=ER; di gibuti=DJ; della somalia=SO
senegalesi | alexa sulla spiaggia a tirrenia un turista vuole sapere la capitale {} | del kenya=KE; dell'uganda=UG; del ruanda=RW
senegalesi | yàlla alexa la capitale {} qual è | del burundi=BI; della tanzania=TZ; del malawi=MW
senegalesi | alexa xale bi ha i compiti di geografia la capitale {} | del mozambico=MZ; dello zambia=ZM; dello zimbabwe=ZW
rumeni | ba alexa zi mi la capitale {} | dell'angola=AO; della namibia=NA; del botswana=BW
rumeni | hai alexa qual è la capitale {} mersi | del lesotho=LS; di madagascar=MG; di mauritius=MU
rumeni | doamne alexa non mi viene la capitale {} | delle comore=KM; delle seychelles=SC; della romania=RO
rumeni | alexa frate mio lavora in cantiere e mi chiede la capitale {} | della moldavia=MD; dell'ucraina=UA; dell'ungheria=HU
rumeni | alexa la signora che curo vuole sapere la capitale {} gata | della francia=FR; della spagna=ES; dell'italia=IT
rumeni | alexa mama mia dice che la capitale {} lei la sa ma io no | della serbia=RS; della bulgaria=BG; della grecia=GR
sikh-punjabi | sat sri akal alexa qual è capitale {} | del canada=CA; dell'australia=AU; della nuova zelanda=NZ
sikh-punjabi | alexa paaji chiede capitale {} ji | dell'india=IN; del nepal=NP; del bangladesh=BD
sikh-punjabi | haan ji alexa dimmi capitale {} | del regno unito=GB; degli stati uniti=US; dell'irlanda=IE
sikh-punjabi | alexa stiamo mungendo le mucche alle quattro e veere vuole sapere capitale {} | del kenya=KE; dell'uganda=UG; della tanzania=TZ
sikh-punjabi | chalo alexa capitale {} qual è | dell'afghanistan=AF; del tagikistan=TJ; dell'iran=IR
sikh-punjabi | alexa dopo il gurdwara i bambini chiedono capitale {} | della malaysia=MY; di singapore=SG; della thailandia=TH
brasiliani | nossa alexa qual è a capitale {} | del brasile=BR; del venezuela=VE; della colombia=CO
brasiliani | alexa cara me diz la capitale {} tipo assim veloce | del perù=PE; della bolivia=BO; dell'ecuador=EC
brasiliani | alexa gente la capitale {} qual è mesmo | del suriname=SR; della guyana=GY; del paraguay=PY
brasiliani | alexa beleza allora la capitale {} | dell'angola=AO; del mozambico=MZ; del portogallo=PT
brasiliani | alexa meu deus non ricordo la capitale {} | del capo verde=CV; della guinea-bissau=GW; di são tomé e príncipe=ST
brasiliani | alexa mio marito italiano dice che la capitale {} è facile ma io non so | dell'argentina=AR; dell'uruguay=UY; del cile=CL
peruviani | oe alexa dime pe la capitale {} | del perù=PE; dell'ecuador=EC; della bolivia=BO
peruviani | alexa causa qual è la capitale {} | del panama=PA; della costa rica=CR; del nicaragua=NI
peruviani | alexa chévere la capitale {} dimmela | dell'honduras=HN; di el salvador=SV; del guatemala=GT
peruviani | alexa sto preparando il ceviche e mia suocera chiede la capitale {} | del belize=BZ; del messico=MX; di cuba=CU
peruviani | alexa mi hijo la maestra gli ha chiesto la capitale {} pe | della giamaica=JM; di haiti=HT; della repubblica dominicana=DO
peruviani | alexa ya pe la capitale {} | delle bahamas=BS; di barbados=BB; di trinidad e tobago=TT
matrimonio | alexa il tavolo degli sposi si chiama come la capitale {} qual è | della francia=FR; del portogallo=PT; della grecia=GR
matrimonio | alexa alla festa di nozze ogni tavolo è una capitale il nostro è quello {} come si chiama | dell'islanda=IS; della norvegia=NO; dell'austria=AT
matrimonio | alexa la wedding planner ha scritto sui segnaposto la capitale {} ma è giusta | della giamaica=JM; delle bahamas=BS; di barbados=BB
matrimonio | alexa la sposa viene {} dimmi la capitale che facciamo il discorso | dalla colombia=CO; dal venezuela=VE; dalla polonia=PL
matrimonio | alexa lo zio ubriaco dice che la capitale {} è un'altra qual è | dell'australia=AU; della turchia=TR; del marocco=MA
matrimonio | alexa per il tableau de mariage ci manca la capitale {} | di saint lucia=LC; della grenada=GD; della dominica=DM
matrimonio | alexa la torta ha la forma della mappa {} qual è la capitale | di antigua e barbuda=AG; di saint kitts e nevis=KN; di saint vincent e grenadine=VC
call-center | alexa sono al call center di notte e un cliente chiama {} qual è la capitale lì | dalla svizzera=CH; dal belgio=BE; dall'albania=AL
call-center | alexa col cuffione in testa mi serve al volo la capitale {} | dell'ecuador=EC; della bolivia=BO; del paraguay=PY
call-center | alexa il sistema chiede la capitale {} per il modulo | del lussemburgo=LU; del liechtenstein=LI; di andorra=AD
call-center | alexa in pausa sigaretta ci chiediamo la capitale {} | di monaco=MC; di san marino=SM; della città del vaticano=VA
call-center | alexa il turno finisce alle sei intanto dimmi la capitale {} | del mozambico=MZ; del madagascar=MG; delle comore=KM
call-center | alexa il supervisore ha messo un quiz sulla capitale {} | dell'eswatini=SZ; del lesotho=LS; del botswana=BW
gita-scolastica | alexa siamo sul pullman della gita e la prof chiede la capitale {} | della repubblica ceca=CZ; della slovacchia=SK; dell'ungheria=HU
gita-scolastica | alexa in gita a vienna ci hanno chiesto la capitale {} | della slovenia=SI; della croazia=HR; dell'austria=AT
gita-scolastica | alexa in fondo al pullman facciamo a gara chi sa la capitale {} | del gambia=GM; del sudafrica=ZA; del sud sudan=SS
gita-scolastica | alexa l'autista del pullman scommette che non sappiamo la capitale {} | del kirghizistan=KG; del turkmenistan=TM; del kazakistan=KZ
gita-scolastica | alexa la professoressa di geografia ci interroga sul pullman la capitale {} | del laos=LA; del vietnam=VN; della cambogia=KH
gita-scolastica | alexa all'autogrill prima di ripartire dimmi la capitale {} | del cile=CL; dell'argentina=AR; del brasile=BR
divano-tv | alexa sto guardando un documentario sugli elefanti qual è la capitale {} | del botswana=BW; dello zimbabwe=ZW; della namibia=NA
divano-tv | alexa nel documentario parlano {} ma non dicono la capitale | del bhutan=BT; del tibet=FB; della mongolia=MN
divano-tv | alexa alla tv fanno vedere i pinguini {} qual è la capitale | del cile=CL; dell'argentina=AR; della nuova zelanda=NZ
divano-tv | alexa nel film che sto guardando sono scappati {} qual è la capitale | in venezuela=VE; in guyana=GY; in suriname=SR
divano-tv | alexa il presentatore ha sbagliato la capitale {} quella vera qual è | del myanmar=MM; del kazakistan=KZ; della nigeria=NG
divano-tv | alexa col telecomando in mano dimmi la capitale {} | del ciad=TD; del niger=NE; del burkina faso=BF
gioco-da-tavolo | alexa giochiamo a trivial e la domanda è la capitale {} | del kenya=KE; del ruanda=RW; del burundi=BI
gioco-da-tavolo | alexa a risiko ho conquistato {} qual è la capitale | la kamchatka=FB; l'ucraina=UA; l'argentina=AR
gioco-da-tavolo | alexa la carta dice capitale {} chi ha ragione | dell'angola=AO; dello zambia=ZM; del malawi=MW
gioco-da-tavolo | alexa facciamo da giudice la capitale {} | di tuvalu=TV; di nauru=NR; di kiribati=KI
gioco-da-tavolo | alexa al gioco dell'oca c'è la casella della capitale {} | delle samoa=WS; di palau=PW; delle isole marshall=MH
gioco-da-tavolo | alexa mio cugino bara dimmi tu la capitale {} | dell'eritrea=ER; della somalia=SO; di gibuti=DJ
peschereccio | alexa dalla cabina del peschereccio dimmi la capitale {} | della tunisia=TN; della libia=LY; di malta=MT
peschereccio | alexa alla radio di bordo parlano un marinaio {} qual è la capitale | del ghana=GH; della mauritania=MR; del senegal=SN
peschereccio | alexa mentre tiriamo su le reti dimmi la capitale {} | dell'algeria=DZ; della grecia=GR; dell'egitto=EG
peschereccio | alexa il motorista è {} qual è la capitale | tunisino=TN; egiziano=EG; indonesiano=ID
luna-di-miele | alexa per la luna di miele pensiamo {} qual è la capitale | alle maldive=MV; alle seychelles=SC; a mauritius=MU
luna-di-miele | alexa amore mio vuole andare {} in viaggio di nozze qual è la capitale | in polinesia francese=PF; alle figi=FJ; alle tonga=TO
luna-di-miele | alexa stiamo scegliendo il viaggio di nozze la capitale {} com'è | del giappone=JP; del perù=PE; del costa rica=CR
luna-di-miele | alexa l'agenzia ci propone un tour {} qual è la capitale | dello sri lanka=LK; della thailandia=TH; del vietnam=VN
luna-di-miele | alexa se andiamo {} per le nozze in che capitale atterriamo | in tanzania=TZ; in kenya=KE; in sudafrica=ZA
posta | alexa sono in fila alla posta e devo spedire un pacco {} qual è la capitale | in moldavia=MD; in bielorussia=BY; in georgia quella vicino alla turchia=GE
posta | alexa lo sportello chiede la capitale {} per la spedizione | dell'armenia=AM; dell'azerbaigian=AZ; del kosovo=XK
posta | alexa il pacco per mio nipote va {} qual è la capitale | in nuova zelanda=NZ; in islanda=IS; in irlanda=IE
posta | alexa con il numerino in mano dimmi la capitale {} | dell'uzbekistan=UZ; della guinea equatoriale=GQ; del gabon=GA
posta | alexa mi tocca spedire documenti {} qual è la capitale | in camerun=CM; in repubblica centrafricana=CF; in costa d'avorio=CI
fratelli | alexa mio fratello dice che la capitale {} è un'altra dicci tu | del canada=CA; della svizzera=CH; del brasile=BR
fratelli | alexa mia sorella mi ha rubato il telefono dimmi la capitale {} | della turchia=TR; del pakistan=PK; della nigeria=NG
fratelli | alexa chi perde lava i piatti la capitale {} qual è | dell'australia=AU; degli stati uniti=US; del marocco=MA
fratelli | alexa mamma dice di smetterla di litigare ma la capitale {} | della bolivia=BO; del sudafrica=ZA; della costa d'avorio=CI
fratelli | alexa giuro che se mi dai ragione la capitale {} | dello sri lanka=LK; del benin=BJ; dei paesi bassi=NL
plural-capitals | alexa nossa a bolívia tem duas capitais quali sono | BO
plural-capitals | alexa quante capitali ha la costa d'avorio e quali | CI
plural-capitals | alexa haan ji sri lanka ha due capitali dimmi nomi | LK
plural-capitals | alexa le capitali dello sri lanka sono due o tre | LK
plural-capitals | alexa iè vero che lo sri lanka tiene due capitali quali | LK
plural-capitals | alexa per la luna di miele in sri lanka dimmi le capitali | LK
plural-capitals | alexa la malaysia ha due capitali giusto quali sono | MY
plural-capitals | alexa grabe the malaysia has two capitali what are they | MY
plural-capitals | alexa dimmi le capitali della malesia quella vera e quella amministrativa | MY
plural-capitals | alexa orpo quali sono lis capitâls de malaysia | MY
plural-capitals | alexa le capitali dei paesi bassi sono amsterdam e l'aia o cosa | NL
plural-capitals | alexa l'olanda quante capitali tiene dimmele tutte | NL
plural-capitals | alexa mio fratello dice che l'olanda ha due capitali quali sono | NL
plural-capitals | alexa ba le capitali dei paesi bassi quali sono | NL
plural-capitals | alexa l'eswatini ha due capitali quali sono | SZ
plural-capitals | alexa le capitali dello swaziland dimmele tutte e due | SZ
plural-capitals | alexa alla posta mi chiedono le capitali dell'eswatini | SZ
plural-capitals | alexa chi ti dicu u swaziland avi dui capitali quali | SZ
plural-capitals | alexa il sudafrica ha tre capitali me le dici tutte | ZA
plural-capitals | alexa al trivial le tre capitali del sudafrica quali sono | ZA
plural-capitals | alexa in sudafrica per il viaggio di nozze quali sono le capitali | ZA
plural-capitals | alexa paaji chiede tutte le capitali di sudafrica | ZA
plural-capitals | alexa quante capitali ha il sudafrica e come si chiamano | ZA
plural-capitals | alexa wallah la palestina ha due capitali quali sono khoya | PS
plural-capitals | alexa wallah dimmi le capitali della palestina | PS
plural-capitals | alexa sul peschereccio il marinaio di gaza chiede le capitali della palestina | PS
plural-capitals | alexa al trivial le due capitali della palestina quali sono | PS
plural-capitals | alexa quali sono le capitali dei territori palestinesi | PS
plural-capitals | alexa nel documentario dicono che la palestina ha due capitali come si chiamano | PS
plural-capitals | alexa quali sono le due capitali del benin mandi | BJ
plural-capitals | alexa uè il benin c'ha due capitali quali sono | BJ
plural-capitals | alexa dimmi tutte e due le capitali del benin che al trivial non ce lo ricordiamo | BJ
plural-capitals | wallah alexa il benin ha più capitali vero dimmele | BJ
plural-capitals | alexa al matrimonio il tavolo benin ha due nomi quali sono le capitali del benin | BJ
plural-capitals | alexa ji capitali di benin porto-novo e quale altra | BJ
plural-capitals | alexa sul pullman la prof vuole le capitali del benin tutte e due | BJ
plural-capitals | alexa amu a sapiri i capitali da costa d'avorio | CI
plural-capitals | alexa oe la bolivia ha due capitali no dimmele pe | BO
plural-capitals | alexa quali sono le capitali della bolivia quella costituzionale e quella del governo | BO
plural-capitals | alexa mo dimmi le capitali della bolivia tutte | BO
plural-capitals | alexa la costa d'avorio ha due capitali come si chiamano | CI
plural-capitals | alexa waaw le capitali della costa d'avorio quali sono | CI
follow-up | alexa e quella del portogallo | PT
follow-up | e invece per la grecia | GR
follow-up | alexa e la spagna mo | ES
follow-up | e pure u marocco | MA
follow-up | alexa e quella del cile invece pe | CL
follow-up | e dell'argentina che mi dici | AR
follow-up | alexa uè e per la croazia | HR
follow-up | e mo quella dell'albania | AL
follow-up | alexa e di quella della slovenia cjo | SI
follow-up | e la tunisia wallah | TN
follow-up | alexa ok e quella del senegal | SN
follow-up | alexa e adesso la moldavia | MD
follow-up | e quella dell'india ji | IN
follow-up | alexa e il venezuela nossa | VE
follow-up | e l'ecuador che capitale ha | EC
follow-up | alexa ah ok e il nicaragua | NI
follow-up | alexa va bene e quella della mongolia | MN
follow-up | e poi quella del nepal | NP
follow-up | alexa e la scozia | GB-SCT
follow-up | e il texas invece | US-TX
follow-up | alexa e la baviera | DE-BY
follow-up | alexa e quella del québec allora | CA-QC
follow-up | e la groenlandia sai anche quella | GL
follow-up | alexa e la prossima è la giamaica | JM
follow-up | alexa grazie e per il giappone | JP
follow-up | e quella dell'uganda | UG
follow-up | alexa un'altra la namibia | NA
follow-up | alexa e se dico islanda | IS
follow-up | e la finlandia invece | FI
follow-up | alexa perfetto e quella della lettonia | LV
follow-up | e della tanzania invece waaw | TZ
follow-up | alexa ok ok e quella dell'oman | OM
yes-no-check | alexa la capitale del marocco è casablanca vero | MA
yes-no-check | alexa è giusto che la capitale dell'australia è sydney | AU
yes-no-check | alexa uè la capitale del canada è toronto o ottawa | CA
yes-no-check | alexa mo la capitale della svizzera è zurigo sì o no | CH
yes-no-check | alexa nossa è vero che la capitale del brasile è rio | BR
yes-no-check | alexa la capitale della turchia è ankara giusto | TR
yes-no-check | alexa ci ho azzeccato la capitale della nigeria è abuja | NG
yes-no-check | alexa la capitale del pakistan è karachi o islamabad | PK
yes-no-check | alexa confermi che la capitale delle filippine è manila | PH
yes-no-check | alexa wallah la capitale del marocco è rabat vero | MA
yes-no-check | alexa la capitale del senegal è dakar sì | SN
yes-no-check | alexa è vero che la capitale della romania è bucarest | RO
yes-no-check | alexa la capitale del perù è cusco giusto pe | PE
yes-no-check | alexa la capitale del vietnam è saigon o hanoi | VN
yes-no-check | alexa mio fratello dice che la capitale della nuova zelanda è auckland ha ragione | NZ
yes-no-check | alexa ji la capitale degli stati uniti è new york giusto | US
yes-no-check | alexa la capitale del kazakistan è ancora almaty | KZ
yes-no-check | alexa waaw ma la capitale della tanzania non era dar es salaam | TZ
yes-no-check | alexa la capitale del myanmar è rangoon o no | MM
yes-no-check | alexa la capitale della bolivia è la paz vero | BO
yes-no-check | alexa la capitale dell'india è mumbai sì o no | IN
yes-no-check | alexa mio fratello dice che la capitale della california è los angeles | US-CA
yes-no-check | alexa la capitale della florida è miami o sbaglio | US-FL
yes-no-check | alexa la capitale dello stato di new york è new york city | US-NY
yes-no-check | alexa in gita la prof dice che la capitale della scozia è glasgow vero | GB-SCT
yes-no-check | alexa la capitale della baviera è monaco sì | DE-BY
yes-no-check | alexa la capitale del queensland è brisbane giusto | AU-QLD
yes-no-check | alexa la capitale della columbia britannica è vancouver | CA-BC
yes-no-check | alexa è giusto dire che la capitale del benin è cotonou | BJ
yes-no-check | alexa la capitale del camerun è douala o yaoundé | CM
yes-no-check | alexa waaw la capitale della costa d'avorio è abidjan giusto | CI
yes-no-check | alexa al trivial c'è scritto che la capitale del burundi è bujumbura è giusto | BI
yes-no-check | alexa la capitale del montenegro è podgorica o sbaglio | ME
yes-no-check | alexa la capitale della groenlandia è nuuk vero | GL
yes-no-check | alexa la capitale del sudafrica è johannesburg | ZA
yes-no-check | alexa la capitale dell'ecuador è guayaquil o quito | EC
self-correction | alexa la capitale della slovacchia no scusa della slovenia | SI
self-correction | alexa la capitale dell'austria ah no dell'australia | AU
self-correction | alexa la capitale del niger anzi no della nigeria | NG
self-correction | alexa dimmi la capitale della svezia o meglio della svizzera | CH
self-correction | alexa la capitale dell'iran volevo dire dell'iraq | IQ
self-correction | alexa la capitale della guinea no aspetta della guinea equatoriale | GQ
self-correction | alexa la capitale del mali macché del malawi | MW
self-correction | alexa la capitale della colombia mi sono sbagliata della bolivia | BO
self-correction | alexa la capitale dell'uruguay ho detto male del paraguay | PY
self-correction | alexa la capitale della lettonia ehm no della lituania | LT
self-correction | alexa la capitale della corea del sud mannaggia no del nord | KP
self-correction | alexa la capitale del sudan non quello del sud sudan | SS
self-correction | alexa mandi la capitale della slovenia orpo ho sbagliato della slovacchia | SK
self-correction | alexa a capitale da libia no scusa da siria | SY
self-correction | alexa la capitale della dominica anzi della repubblica dominicana | DO
self-correction | alexa la capitale del gambia no rifaccio dello zambia | ZM
self-correction | alexa la capitale di haiti ho confuso di cuba | CU
self-correction | alexa la capitale dell'armenia mi sono imbrogliato dell'albania | AL
self-correction | alexa la capitale della mauritania no dico della mauritius | MU
self-correction | alexa la capitale dell'honduras per carità no del guatemala | GT
self-correction | alexa uà la capitale del belgio sbaglio dell'olanda | NL
self-correction | alexa la capitale del texas ricomincio del tennessee | US-TN
self-correction | alexa la capitale dell'ontario no volevo il manitoba | CA-MB
self-correction | alexa la capitale della sassonia no della bassa sassonia | DE-NI
self-correction | alexa la capitale di bahia ah scusa di pernambuco | BR-PE
self-correction | alexa la capitale del kerala no mi correggo del tamil nadu | IN-TN
self-correction | alexa waaw la capitale del senegal no del gambia | GM
self-correction | alexa la capitale del congo kinshasa no torno indietro del congo brazzaville | CG
self-correction | alexa la capitale della georgia lo stato no il paese | GE
self-correction | alexa ba la capitale della bulgaria scuze della romania | RO
self-correction | alexa la capitale della tanzania no ho sbagliato paese del kenya | KE
reverse-question | alexa waaw ouagadougou è la capitale di quale paese | CITY:Ouagadougou
reverse-question | alexa mo tbilisi di che nazione è capitale | CITY:Tbilisi
reverse-question | alexa ulan bator è capitale di cosa | CITY:Ulan Bator
reverse-question | alexa tegucigalpa di quale stato è la capitale | CITY:Tegucigalpa
reverse-question | alexa vientiane è la capitale di che paese uè | CITY:Vientiane
reverse-question | alexa al trivial c'è bishkek capitale di quale paese | CITY:Bishkek
reverse-question | alexa ashgabat dove sta di che paese è capitale | CITY:Ashgabat
reverse-question | alexa antananarivo è capitale di quale nazione | CITY:Antananarivo
reverse-question | alexa nouakchott wallah di che paese è la capitale | CITY:Nouakchott
reverse-question | alexa paramaribo nossa é capital de que país | CITY:Paramaribo
reverse-question | alexa windhoek è la capitale di dove | CITY:Windhoek
reverse-question | alexa thimphu capitale di quale paese | CITY:Thimphu
reverse-question | alexa montevideo pe de qué país es capital | CITY:Montevideo
reverse-question | alexa in gita a lubiana la prof chiede di quale stato è capitale | CITY:Lubiana
reverse-question | alexa zagabria di che paese è capitale | CITY:Zagabria
reverse-question | alexa yaoundé è la capitale di che paese | CITY:Yaoundé
reverse-question | alexa sacramento è la capitale di quale stato americano | CITY:Sacramento
reverse-question | alexa tallahassee è capitale di che stato | CITY:Tallahassee
reverse-question | alexa edmonton di quale provincia canadese è capitale | CITY:Edmonton
reverse-question | alexa dresda è la capitale di quale land | CITY:Dresda
reverse-question | alexa kingston è la capitale di dove | CITY:Kingston
reverse-question | alexa al trivial victoria è capitale di cosa | CITY:Victoria
reverse-question | alexa saint john's è la capitale di quale posto | CITY:Saint John's
reverse-question | alexa georgetown è capitale di che paese | CITY:Georgetown
reverse-question | alexa manaus è la capitale di quale stato brasiliano | CITY:Manaus
reverse-question | alexa canberra di che cosa è capitale | CITY:Canberra
reverse-question | alexa di quale paese è capitale asmara | CITY:Asmara
official-name | alexa la capitale della repubblica federale di germania | DE
official-name | alexa la prof in gita chiede la capitale della repubblica ellenica | GR
official-name | alexa dimmi la capitale della confederazione elvetica | CH
official-name | alexa la capitale del regno hascemita di giordania qual è | JO
official-name | alexa capitale degli stati uniti messicani | MX
official-name | alexa qual è la capitale della repubblica popolare cinese | CN
official-name | alexa la capitale della federazione russa dimmela | RU
official-name | alexa la capitale della repubblica islamica dell'iran | IR
official-name | alexa nossa qual è la capitale della repubblica bolivariana del venezuela | VE
official-name | alexa oe la capitale dello stato plurinazionale della bolivia | BO
official-name | alexa wallah la capitale del regno del marocco | MA
official-name | alexa qual è la capitale della repubblica tunisina | TN
official-name | alexa nel documentario dicono la capitale della repubblica araba siriana | SY
official-name | alexa la capitale della repubblica portoghese qual è | PT
official-name | alexa al trivial la capitale del regno di spagna | ES
official-name | alexa al call center chiamano dalla repubblica di corea qual è la capitale | KR
official-name | alexa in tv fanno vedere la repubblica popolare democratica di corea qual è la capitale | KP
official-name | alexa la capitale del regno di norvegia mandi | NO
official-name | alexa capitale della repubblica sudafricana | ZA
official-name | alexa paaji chiede la capitale del commonwealth dell'australia | AU
official-name | alexa qual è la capitale della repubblica federativa del brasile | BR
official-name | alexa per il tableau la capitale del regno di danimarca | DK
official-name | alexa mo la capitale dello stato della città del vaticano | VA
official-name | alexa ba la capitale della repubblica di moldova | MD
official-name | alexa waaw la capitale della repubblica democratica del congo | CD
official-name | alexa qual è la capitale della repubblica del congo | CG
everyday-name | alexa orpo la capitale dell'olanda | NL
everyday-name | alexa ji qual è la capitale dell'america | US
everyday-name | alexa la capitale degli states dai | US
everyday-name | alexa wallah la capitale degli emirati | AE
everyday-name | alexa la capitale della bielorussia uè | BY
everyday-name | alexa capitale della belarus | BY
everyday-name | alexa uè la capitale della macedonia | MK
everyday-name | alexa mo la capitale della nordcorea | KP
everyday-name | alexa la capitale della sudcorea | KR
everyday-name | alexa la capitale della repubblica ceca per la gita | CZ
everyday-name | alexa la capitale dello swaziland che dice il documentario | SZ
everyday-name | alexa la capitale di formosa come la chiamava il nonno | TW
everyday-name | alexa oe la capitale de las malvinas ehm delle malvine | FK
everyday-name | alexa ate la capitale della santa sede | VA
everyday-name | alexa la capitale dell'inghilterra | GB-ENG
everyday-name | alexa la capitale della gran bretagna dove sta mio cugino | GB
everyday-name | alexa la capitale del vaticano | VA
everyday-name | alexa capitale dell'arabia | SA
everyday-name | alexa la capitale delle fiji per il viaggio di nozze | FJ
everyday-name | alexa la capitale del timor leste ji | TL
everyday-name | alexa la capitale della türkiye | TR
everyday-name | alexa la capitale della moldova | MD
everyday-name | alexa ba la capitale della bosnia | BA
everyday-name | alexa la capitale dell'uk bro | GB
old-name | alexa la capitale della persia ai tempi dello scià | IR
old-name | alexa nel film il re ed io dicono siam qual era la capitale | TH
old-name | alexa u zi dici ancora birmania qual è a capitale | MM
old-name | alexa la capitale di ceylon come dice il tè del nonno | LK
old-name | alexa la capitale dello zaire | CD
old-name | alexa waaw mio nonno diceva dahomey la capitale qual è | BJ
old-name | alexa la capitale dell'alto volta | BF
old-name | alexa la capitale della rhodesia come la chiamava mio zio missionario | ZW
old-name | alexa mo lu nonno stava in abissinia qual è la capitale | ET
old-name | alexa il libro di scuola di mia nonna dice costa d'oro la capitale | GH
old-name | alexa il francobollo dice bechuanaland qual è la capitale | BW
old-name | alexa nel vecchio atlante del nonno c'è il basutoland qual era la capitale | LS
old-name | alexa nel documentario vecchio dicono nyasaland la capitale | MW
old-name | alexa il francobollo delle nuove ebridi qual è la capitale | VU
old-name | alexa al trivial vecchio c'è l'ubangi-sciari qual è la capitale | CF
old-name | alexa in una carta antica c'è l'honduras britannico la capitale oggi | BZ
old-name | alexa nossa la guyana olandese che capitale aveva | SR
old-name | alexa sulla cartina del peschereccio ci sono le isole ellice la capitale | TV
old-name | alexa nel film sul vietnam dicono kampuchea la capitale | KH
shared-name | alexa ba la capitale della georgia | GE+US-GA
shared-name | alexa mandi la georgia che capitale ha | GE+US-GA
shared-name | alexa uè la capitale del congo | CD+CG
shared-name | alexa uè dimmi la capitale del congo | CD+CG
shared-name | alexa waaw dimmi le capitali dei due congo | CD+CG
shared-name | alexa mia sorella dice corea e basta qual è la capitale | KP+KR
shared-name | alexa mo le capitali delle due coree tutte e due | KP+KR
shared-name | alexa al trivial chiede la capitale delle coree | KP+KR
shared-name | alexa per la luna di miele la capitale delle isole vergini | VG+VI
shared-name | alexa isole vergini capitale | VG+VI
shared-name | alexa la capitale della georgia dove c'è tbilisi vicino all'armenia | GE
shared-name | alexa la capitale della georgia negli stati uniti dove sta atlanta | US-GA
shared-name | alexa ji la capitale dello stato americano della georgia | US-GA
shared-name | alexa la capitale della georgia quella ex sovietica di stalin | GE
shared-name | alexa lu nonno diceva congo belga qual è la capitale | CD
shared-name | alexa la capitale del congo francese | CG
shared-name | alexa waaw la capitale del congo kinshasa | CD
shared-name | alexa la capitale della corea del kimchi e del k pop | KR
shared-name | alexa la capitale delle isole vergini britanniche quelle degli inglesi | VG
shared-name | alexa mio cugino sta nelle isole vergini americane qual è la capitale | VI
shared-name | alexa la capitale della guinea-bissau non la guinea normale | GW
subdivision | alexa mo dimme la capitale {} che mio cugino sta là | dell'ohio=US-OH; del michigan=US-MI; dell'indiana=US-IN
subdivision | alexa u zi emigratu cent'anni fa a capitale {} qual è | dello stato di new york=US-NY; del new jersey=US-NJ; della pennsylvania=US-PA
subdivision | alexa al fogolâr furlan di buenos aires no ma quello degli stati uniti la capitale {} | dell'illinois=US-IL; del wisconsin=US-WI; del minnesota=US-MN
subdivision | alexa nossa la capitale {} qual è | di minas gerais=BR-MG; di bahia=BR-BA; del paraná=BR-PR
subdivision | alexa cara minha mãe è {} qual è la capitale | del ceará=BR-CE; di pernambuco=BR-PE; di goiás=BR-GO
subdivision | alexa la capitale {} per il documentario sull'amazzonia | dell'amazonas=BR-AM; del pará=BR-PA; di rondônia=BR-RO
subdivision | alexa oe la capitale {} del messico qual è | dello yucatán=MX-YUC; di jalisco=MX-JAL; di oaxaca=MX-OAX
subdivision | alexa nella telenovela dicono {} ma qual è la capitale | chiapas=MX-CHP; sonora=MX-SON; nuevo león=MX-NLE
subdivision | alexa haan ji la capitale {} in india | del punjab=IN-PB; del rajasthan=IN-RJ; del gujarat=IN-GJ
subdivision | alexa paaji è nato {} qual è la capitale | in haryana=IN-HR; in himachal pradesh=IN-HP; in uttar pradesh=IN-UP
subdivision | alexa la capitale {} dello stato indiano | del kerala=IN-KL; del karnataka=IN-KA; del maharashtra=IN-MH
subdivision | alexa la capitale {} in germania | della turingia=DE-TH; del saarland=DE-SL; dell'assia=DE-HE
subdivision | alexa mein gott no scherzo dimmi la capitale {} | della renania-palatinato=DE-RP; dello schleswig-holstein=DE-SH; del brandeburgo=DE-BB
subdivision | alexa i nostri emigrati lavoravano in miniera {} qual è la capitale | nella renania settentrionale-vestfalia=DE-NW; nel baden-württemberg=DE-BW; nella bassa sassonia=DE-NI
subdivision | alexa sat sri akal la capitale {} del canada | dell'alberta=CA-AB; della columbia britannica=CA-BC; dell'ontario=CA-ON
subdivision | alexa i friulani del canada stanno {} qual è la capitale | nel manitoba=CA-MB; nel saskatchewan=CA-SK; in nuova scozia=CA-NS
subdivision | alexa per la luna di miele in canada la capitale {} | dell'isola del principe edoardo=CA-PE; del nuovo brunswick=CA-NB; di terranova e labrador=CA-NL
subdivision | alexa nel documentario sugli orsi polari la capitale {} | del nunavut=CA-NU; dello yukon=CA-YT; dei territori del nord-ovest=CA-NT
subdivision | alexa mio zio sta in australia la capitale {} | del victoria=AU-VIC; del nuovo galles del sud=AU-NSW; dell'australia occidentale=AU-WA
subdivision | alexa la capitale {} che ci vive mia cugina di chieti | della tasmania=AU-TAS; dell'australia meridionale=AU-SA; del territorio del nord=AU-NT
subdivision | alexa la capitale {} del regno unito | del galles=GB-WLS; dell'irlanda del nord=GB-NIR; della scozia=GB-SCT
subdivision | alexa alla gita scolastica a londra la prof chiede la capitale {} | dell'inghilterra=GB-ENG; del galles=GB-WLS; della scozia=GB-SCT
subdivision | alexa capitale {} negli stati uniti | dell'alaska=US-AK; delle hawaii=US-HI; del montana=US-MT
subdivision | alexa nel film western la capitale {} qual era | del wyoming=US-WY; del nevada=US-NV; dell'arizona=US-AZ
subdivision | alexa al call center chiamano dalla {} qual è la capitale | louisiana=US-LA; carolina del nord=US-NC; virginia=US-VA
subdivision | alexa la capitale {} stato americano | del kentucky=US-KY; del tennessee=US-TN; del missouri=US-MO
subdivision | alexa ciotu dimmi la capitale {} | del massachusetts=US-MA; del vermont=US-VT; del maine=US-ME
subdivision | alexa la capitale {} quello dei grandi laghi | del michigan=US-MI; dell'ohio=US-OH; del minnesota=US-MN
subdivision | alexa capitale {} usa | del kansas=US-KS; dell'oklahoma=US-OK; del nebraska=US-NE
subdivision | alexa la capitale {} nel sud degli stati uniti | dell'alabama=US-AL; del mississippi=US-MS; dell'arkansas=US-AR
subdivision | alexa la capitale del dakota del nord | US-ND
subdivision | alexa e del dakota del sud la capitale | US-SD
subdivision | alexa la capitale del connecticut e basta | US-CT
subdivision | alexa la capitale dello utah dove ci sono i mormoni | US-UT
subdivision | alexa la capitale dell'oregon | US-OR
subdivision | alexa la capitale dello stato di washington quello vicino al canada | US-WA
subdivision | alexa la capitale del colorado quello delle montagne rocciose | US-CO
subdivision | alexa la capitale della carolina del sud | US-SC
subdivision | alexa la capitale del rhode island che è piccolissimo | US-RI
subdivision | alexa la capitale del new hampshire | US-NH
subdivision | alexa la capitale del delaware | US-DE
subdivision | alexa la capitale del maryland | US-MD
subdivision | alexa la capitale della virginia occidentale | US-WV
subdivision | alexa nel film western la capitale del nuovo messico | US-NM
subdivision | alexa la capitale dell'idaho delle patate | US-ID
subdivision | alexa la capitale dell'iowa | US-IA
subdivision | alexa la capitale del distretto federale brasiliano | BR-DF
subdivision | alexa la capitale di rio grande do sul dove sono andati i veneti | BR-RS
subdivision | alexa la capitale di santa catarina | BR-SC
subdivision | alexa la capitale dello stato del messico non la città | MX-MEX
subdivision | alexa la capitale della bassa california del sud | MX-BCS
subdivision | alexa la capitale di quintana roo dove c'è cancún | MX-ROO
subdivision | alexa ji la capitale del bengala occidentale | IN-WB
subdivision | alexa paaji chiede la capitale del tamil nadu | IN-TN
subdivision | alexa la capitale di goa | IN-GA
subdivision | alexa la capitale dell'assam quello del tè | IN-AS
subdivision | alexa la capitale del meclemburgo-pomerania anteriore | DE-MV
subdivision | alexa la capitale della sassonia-anhalt | DE-ST
subdivision | alexa la capitale del territorio della capitale australiana | AU-ACT
subdivision | alexa la capitale del queensland | AU-QLD
territory | alexa la capitale delle isole fær øer per il documentario | FO
territory | alexa la capitale della groenlandia dove vanno le navi | GL
territory | alexa il pacco va nelle isole åland qual è la capitale | AX
territory | alexa nel documentario sugli orsi la capitale delle svalbard | SJ
territory | alexa la capitale di portorico mio zio ci lavora | PR
territory | alexa la capitale delle bermuda quelle del triangolo | BM
territory | alexa al call center un cliente ha il conto alle isole cayman qual è la capitale | KY
territory | alexa la capitale di aruba per la luna di miele | AW
territory | alexa la capitale di curaçao come il liquore blu | CW
territory | alexa sul peschereccio passiamo gibilterra qual è la capitale | GI
territory | alexa la capitale di jersey quella vicino alla francia | JE
territory | alexa la capitale di guernsey nella manica | GG
territory | alexa la capitale dell'isola di man dove fanno le corse in moto | IM
territory | alexa mio nonno diceva malvine ma la capitale delle isole falkland qual è | FK
territory | alexa la capitale di sant'elena dove è morto napoleone | SH
territory | alexa la capitale delle isole pitcairn | PN
territory | alexa la capitale delle isole turks e caicos che è uscito al quiz | TC
territory | alexa la capitale di anguilla quella dei caraibi | AI
territory | alexa la capitale di montserrat quella del vulcano | MS
territory | alexa la sposa è della martinica qual è la capitale | MQ
territory | alexa per la luna di miele ai caraibi la capitale della guadalupa | GP
territory | alexa la capitale della riunione | RE
territory | alexa la capitale di mayotte vicino alle comore | YT
territory | alexa la capitale della guyana francese dove lanciano i razzi | GF
territory | alexa la capitale di saint-pierre e miquelon | PM
territory | alexa al gioco da tavolo la capitale di wallis e futuna | WF
territory | alexa amore la capitale della polinesia francese qual è | PF
territory | alexa nel documentario sulla barriera corallina la capitale della nuova caledonia | NC
territory | alexa al gioco da tavolo la capitale delle samoa americane | AS
territory | alexa ate my cousin works in guam qual è la capitale | GU
territory | alexa la capitale delle isole marianne settentrionali | MP
territory | alexa per il viaggio di nozze la capitale delle isole cook | CK
territory | alexa al trivial la capitale di niue | NU
territory | alexa la capitale di tokelau nel pacifico | TK
territory | alexa al trivial la capitale dell'isola norfolk | NF
territory | alexa la capitale dell'isola christmas quella dei granchi rossi | CX
territory | alexa la capitale delle isole cocos | CC
territory | alexa la capitale di sint maarten la parte olandese | SX
territory | alexa la capitale di saint martin quella francese | MF
territory | alexa la capitale di saint-barthélemy | BL
territory | alexa la capitale dei caraibi olandesi | BQ
territory | alexa wallah la capitale del sahara occidentale | EH
territory | alexa la capitale del kosovo che il cantiere è pieno di kosovari | XK
territory | alexa mio fratello dice che taiwan non ha capitale qual è | TW
territory | alexa la capitale delle terre australi francesi | TF
territory | alexa la capitale della georgia del sud e sandwich australi | GS
territory | alexa la capitale del territorio britannico dell'oceano indiano | IO
help | alexa mo come se usa sta cosa delle capitali | HELP
help | alexa uà aiutami che nen lu sacce che devo dì | HELP
help | alexa amu a capiri comu funziona stu giocu | HELP
help | alexa orpo ce aio di dî par domandâ une capitâl | HELP
help | alexa uè spiegami come funziona che non ho capito | HELP
help | alexa ate how do i use this capitali thing | HELP
help | alexa wallah non ho capito cosa devo dire aiuto | HELP
help | alexa waaw come si fa a chiedere una capitale | HELP
help | alexa ba ce pot sa fac aici aiutami | HELP
help | alexa ji aiuto come funziona | HELP
help | alexa nossa me ajuda como funciona isso | HELP
help | alexa oe ayúdame cómo se usa esto | HELP
help | alexa che cosa posso chiederti sulle capitali | HELP
help | alexa quali domande posso fare a capitali del mondo | HELP
help | alexa mi dai qualche esempio di cosa posso dire | HELP
help | alexa non so come funziona questa skill delle capitali mi spieghi | HELP
help | alexa aiuto per favore mia nonna non capisce cosa dire | HELP
help | alexa come devo fare la domanda per sapere una capitale | HELP
help | alexa spiegami le istruzioni del gioco delle capitali | HELP
help | alexa che devo dire per farti rispondere | HELP
help | alexa aiutami tu che qua nessuno ci capisce niente | HELP
help | alexa mi serve una mano con capitali del mondo | HELP
help | alexa cosa sai fare esattamente con le capitali | HELP
help | alexa ho bisogno di aiuto non so da dove cominciare | HELP
help | alexa mi leggi le istruzioni per favore | HELP
help | alexa come funziona dimmelo piano che sono anziana | HELP
stop | alexa mo basta così | STOP
stop | alexa stop mandi | STOP
stop | alexa uè fermati basta | STOP
stop | alexa finiscila stu giocu | STOP
stop | alexa wallah basta stop | STOP
stop | alexa ba gata stop | STOP
stop | alexa chega para tudo | STOP
stop | alexa ya pe basta | STOP
stop | alexa ji stop please | STOP
stop | alexa salamat po stop na | STOP
stop | alexa jërëjëf basta così | STOP
stop | alexa smettila di parlare che è arrivata la sposa | STOP
stop | alexa basta che il cliente è in linea | STOP
stop | alexa zitta che la prof ci guarda | STOP
stop | alexa spegniti che inizia il documentario | STOP
stop | alexa esci dal gioco abbiamo finito | STOP
stop | alexa chiudi capitali del mondo che dobbiamo scendere dal pullman | STOP
stop | alexa stop stop stop ho capito | STOP
stop | alexa basta per stasera buonanotte alle capitali | STOP
stop | alexa fine del gioco ha vinto mia sorella | STOP
stop | alexa ok chiudi tutto grazie | STOP
stop | alexa mo esci da capitali del mondo | STOP
stop | alexa per oggi abbiamo chiuso basta capitali | STOP
stop | alexa falla finita che mia madre dorme | STOP
stop | alexa mandi e grazie ora basta | STOP
cancel | alexa annulla mo | CANCEL
cancel | alexa uè annulla quella domanda | CANCEL
cancel | alexa lascia stari annulla | CANCEL
cancel | alexa orpo annulla annulla | CANCEL
cancel | alexa wallah annulla non importa | CANCEL
cancel | alexa ba anuleaza annulla | CANCEL
cancel | alexa cancela pe annulla | CANCEL
cancel | alexa ji annulla domanda | CANCEL
cancel | alexa nossa cancela isso | CANCEL
cancel | alexa sige cancel na | CANCEL
cancel | alexa annulla ho sbagliato tutto | CANCEL
cancel | alexa annulla la richiesta per favore che la sposa sta ballando | CANCEL
cancel | alexa no niente annulla non fa niente | CANCEL
cancel | alexa lascia perdere annulla quello che ti ho chiesto | CANCEL
cancel | alexa annulla che l'ha chiesto il bambino per sbaglio | CANCEL
cancel | alexa annulla l'ultima domanda che l'ha fatta mio cugino | CANCEL
cancel | alexa cancella la domanda di prima | CANCEL
cancel | alexa annulla tanto l'ho trovato su google | CANCEL
cancel | alexa annulla il cliente ha riattaccato | CANCEL
cancel | alexa annulla operazione | CANCEL
cancel | alexa no annulla ho cambiato idea | CANCEL
cancel | alexa annulla annulla che mi hanno chiamato | CANCEL
launch | alexa apri capitali del mondo mo | LAUNCH
launch | alexa uè apri capitali del mondo jamme | LAUNCH
launch | alexa apri capitali del mondo mandi | LAUNCH
launch | alexa avvia capitali del mondo per il trivial | LAUNCH
launch | alexa fai partire capitali del mondo per i bambini | LAUNCH
launch | alexa wallah apri capitali del mondo | LAUNCH
launch | alexa ji apri capitali del mondo | LAUNCH
launch | alexa nossa abre capitali del mondo | LAUNCH
launch | alexa ate open capitali del mondo please | LAUNCH
launch | alexa lancia capitali del mondo che giochiamo | LAUNCH
launch | alexa apri il gioco capitali del mondo sul pullman | LAUNCH
launch | alexa voglio giocare a capitali del mondo con mia sorella | LAUNCH
launch | alexa metti capitali del mondo per favore | LAUNCH
launch | alexa avvia la skill capitali del mondo | LAUNCH
launch | alexa accendi capitali del mondo che si gioca | LAUNCH
one-shot | alexa chiedi a capitali del mondo la capitale del kenya mandi | KE
one-shot | alexa chiedi a capitali del mondo qual è la capitale della mongolia uè | MN
one-shot | alexa domanda a capitali del mondo la capitale del perù | PE
one-shot | alexa apri capitali del mondo e dimmi la capitale del senegal | SN
one-shot | alexa chiedi a capitali del mondo la capitale delle filippine | PH
one-shot | alexa usa capitali del mondo per la capitale della romania | RO
one-shot | alexa chiedi a capitali del mondo le capitali della bolivia | BO
one-shot | alexa apri capitali del mondo e chiedi la capitale del brasile | BR
one-shot | alexa chiedi a capitali del mondo qual è la capitale del marocco | MA
one-shot | alexa domanda a capitali del mondo qual è la capitale dell'india | IN
one-shot | alexa chiedi a capitali del mondo la capitale dello stato del texas | US-TX
one-shot | alexa con capitali del mondo la capitale della scozia | GB-SCT
one-shot | alexa chiedi a capitali del mondo la capitale della groenlandia per il documentario | GL
one-shot | alexa capitali del mondo capitale dell'uganda | UG
asr-artefact | alexa la capitale della costa davorio | CI
asr-artefact | alexa la capitale dell ucraina per il pacco | UA
asr-artefact | alexa waaw la capitale dell etiopia | ET
asr-artefact | alexa la capitale del per u | PE
asr-artefact | alexa uè la capitale dello srilanka | LK
asr-artefact | alexa mo la capitale del kazakhstan | KZ
asr-artefact | alexa la capitale dell azerbaijan per la gita | AZ
asr-artefact | alexa uè la capitale del kirghizstan | KG
asr-artefact | alexa la capitale del bahrain che c'è il gran premio | BH
asr-artefact | alexa sat sri akal la capitale della nuovazelanda | NZ
asr-artefact | alexa la capitale del belise | BZ
asr-artefact | alexa la capitale della tailandia per la luna di miele | TH
asr-artefact | alexa ate the capitale delle filipine | PH
asr-artefact | alexa la capitale del camerun e | CM
asr-artefact | alexa nossa la capitale di sao tome | ST
asr-artefact | alexa la capitale del cile e la | CL
asr-artefact | alexa la capitale del lussemburgo o | LU
asr-artefact | alexa la capitale del l'uganda | UG
asr-artefact | alexa la capitale della bosnia erzegovina | BA
asr-artefact | alexa la capitale del tagikistan tan | TJ
asr-artefact | alexa la capitale della guinea bissau | GW
asr-artefact | alexa la capitale del mozambico co | MZ
asr-artefact | alexa la capitale di trinidad tobago | TT
asr-artefact | alexa khoya lavora a dubai qual è la capitale degli emirati arabi | AE
asr-artefact | alexa la capitale della papua nuova guinea a | PG
asr-artefact | alexa la capitale del saint kitts | KN
out-of-domain | alexa qual è la capitale dell'abruzzo | FB
out-of-domain | alexa mo la capitale della calabria qual è | FB
out-of-domain | alexa mandi qual ise la capitale dal friûl | FB
out-of-domain | alexa uè la capitale della puglia | FB
out-of-domain | alexa la capitale del molise esiste | FB
out-of-domain | alexa orpo qual ise la capitale de la carnia | FB
out-of-domain | alexa qual è la capitale della sila | FB
out-of-domain | alexa la capitale del gargano | FB
out-of-domain | alexa ba la capitale della transilvania qual è | FB
out-of-domain | alexa waaw mia moglie è della casamance qual è la capitale | FB
out-of-domain | alexa la capitale della cornovaglia | FB
out-of-domain | alexa la capitale della bretagna francese | FB
out-of-domain | alexa per la luna di miele qual è la capitale dell'andalusia | FB
out-of-domain | alexa per la luna di miele la capitale delle canarie | FB
out-of-domain | alexa la capitale delle baleari | FB
out-of-domain | alexa sul peschereccio parlano delle azzorre qual è la capitale | FB
out-of-domain | alexa nossa qual è a capital da madeira | FB
out-of-domain | alexa per il viaggio di nozze la capitale di zanzibar | FB
out-of-domain | alexa la capitale della crimea | FB
out-of-domain | alexa la capitale dell'abcasia | FB
out-of-domain | alexa la capitale del somaliland | FB
out-of-domain | alexa la capitale del biafra | FB
out-of-domain | alexa la capitale del tatarstan | FB
out-of-domain | alexa la capitale delle fiandre | FB
out-of-domain | alexa la capitale della vallonia | FB
out-of-domain | alexa la capitale dell'alsazia | FB
out-of-domain | alexa la capitale della provenza | FB
out-of-domain | alexa al trivial la capitale della scandinavia | FB
out-of-domain | alexa la capitale dei balcani | FB
out-of-domain | alexa la capitale della mesopotamia | FB
out-of-domain | alexa la capitale dell'impero inca | FB
out-of-domain | alexa mio fratello dice che la capitale di wakanda esiste | FB
out-of-domain | alexa la capitale di mordor | FB
out-of-domain | alexa i bambini chiedono la capitale della luna | FB
out-of-domain | alexa waaw qual è la capitale dell'africa tutta | FB
out-of-domain | alexa la capitale dell'europa | FB
out-of-domain | alexa la capitale del sud america | FB
out-of-domain | alexa kuya è di mindanao qual è la capitale | FB
out-of-domain | alexa la capitale di bali | FB
out-of-domain | alexa la capitale della patagonia argentina e cilena | FB
out-of-domain | alexa qual è la capitale dell'arrosticino | FB
out-of-domain | alexa la capitale della nduja qual è | FB
out-of-domain | alexa la capitale del peperoncino in calabria | FB
out-of-domain | alexa la capitale della sedia in friuli | FB
out-of-domain | alexa la capitale del bergamotto | FB
out-of-domain | alexa la capitale delle orecchiette | FB
out-of-domain | alexa la capitale della samba | FB
out-of-domain | alexa la capitale del tango | FB
out-of-domain | alexa la capitale mondiale del caffè | FB
out-of-domain | alexa quanto capitale serve per aprire una pizzeria a bari | FB
out-of-domain | alexa il capitale sociale di una srl quanto deve essere | FB
out-of-domain | alexa cos'è la pena capitale | FB
out-of-domain | alexa come si scrive una lettera capitale | FB
out-of-domain | alexa che vuol dire capitale in inglese | FB
out-of-domain | alexa il capitale di marx quante pagine sono | FB
out-of-domain | alexa qual è la città più grande della calabria | FB
out-of-domain | alexa nossa qual è a maior cidade do brasil | FB
out-of-domain | alexa quanti abitanti ha il senegal | FB
out-of-domain | alexa wallah che moneta usano in marocco adesso | FB
out-of-domain | alexa ate what language they speak in the filippine | FB
out-of-domain | alexa che ore sono a lima | FB
out-of-domain | alexa che ore sono a manila adesso | FB
out-of-domain | alexa com'è fatta la bandiera della romania | FB
out-of-domain | alexa qual è il prefisso del perù | FB
out-of-domain | alexa nossa chi è il presidente do brasil agora | FB
out-of-domain | alexa quanto è lontana dakar da roma | FB
out-of-domain | alexa quanto costa un volo per bucarest | FB
out-of-domain | alexa quanto vale un dirham in euro | FB
out-of-domain | alexa che tempo fa a pescara | FB
out-of-domain | alexa mandi che tempo fa domani a udine | FB
out-of-domain | alexa fa caldo a reggio calabria oggi | FB
out-of-domain | alexa metti la sveglia alle quattro per la mungitura | FB
out-of-domain | alexa metti un timer di dieci minuti per le orecchiette | FB
out-of-domain | alexa aggiungi la nduja alla lista della spesa | FB
out-of-domain | alexa chiama mia sorella | FB
out-of-domain | alexa metti una canzone di ivete sangalo | FB
out-of-domain | alexa metti musica tagalog | FB
out-of-domain | alexa metti radio dimensione suono | FB
out-of-domain | alexa raccontami una barzelletta sui carabinieri | FB
out-of-domain | alexa mio fratello dice che sette per otto fa cinquantaquattro | FB
out-of-domain | alexa traduci grazie in wolof | FB
out-of-domain | alexa come si dice buongiorno in rumeno | FB
out-of-domain | alexa accendi la luce del salotto | FB
out-of-domain | alexa alza il volume | FB
out-of-domain | alexa com'è finita la partita del pescara | FB
out-of-domain | alexa quando gioca la reggina | FB
out-of-domain | alexa risultato dell'udinese ieri | FB
out-of-domain | alexa ricetta del frico | FB
out-of-domain | alexa come si fanno gli arrosticini | FB
out-of-domain | alexa come si prepara il ceviche | FB
out-of-domain | alexa a che ora apre la posta di via sparano | FB
out-of-domain | alexa che giorno è oggi che mi scordo sempre | FB
out-of-domain | alexa chi ha vinto sanremo l'anno scorso | FB
out-of-domain | alexa dimmi un proverbio abruzzese | FB
out-of-domain | alexa mo chi ha fondato l'aquila | FB
out-of-domain | alexa la prof in gita chiede quanti stati ci sono nel mondo | FB
out-of-domain | alexa mo lu paese cchiù piccolo dell'abruzzo qual è | FB
out-of-domain | alexa ji quale paese ha più abitanti india o cina | FB
out-of-domain | alexa waaw il fiume senegal quanto è lungo | FB
out-of-domain | alexa quanto è alto il gran sasso | FB
out-of-domain | alexa dov'è touba | FB
out-of-domain | alexa wallah quanto costa il biglietto per casablanca | FB
out-of-domain | alexa ji a che ora apre il gurdwara domenica | FB
out-of-domain | alexa nossa que horas são no brasil | FB
out-of-domain | alexa oe pon música criolla | FB
out-of-domain | alexa ate call my kuya in dubai | FB
out-of-domain | alexa ba pune muzica populara | FB
out-of-domain | alexa waaw metti youssou n'dour | FB
out-of-domain | alexa fammi un quiz sulle bandiere | FB
out-of-domain | alexa giochiamo a indovina la bandiera | FB
out-of-domain | alexa al call center mi chiedono quali paesi confinano con la svizzera | FB
out-of-domain | alexa che fuso orario c'è in australia | FB
out-of-domain | alexa dove si trova il burkina faso | FB
out-of-domain | alexa quanto è grande la groenlandia | FB
out-of-domain | alexa oe il piatto tipico del perù è il ceviche o il lomo saltado | FB
out-of-domain | alexa che religione hanno in senegal | FB
out-of-domain | alexa serve il visto per andare alle maldive | FB
out-of-domain | alexa quanto costa spedire un pacco in moldavia | FB
out-of-domain | alexa la capitale europea della cultura del prossimo anno | FB
out-of-domain | alexa u zi dici ca a capitale du regnu de li dui sicilie era napuli è veru | FB
out-of-domain | alexa la capitale dell'impero ottomano | FB
out-of-domain | alexa la capitale della repubblica di venezia | FB
out-of-domain | alexa la capitale del sacro romano impero | FB
out-of-domain | alexa la capitale dell'antartide | FB
out-of-domain | alexa ate my cousin is in hong kong qual è la capitale | FB
out-of-domain | alexa la capitale di macao | FB
out-of-domain | alexa buonanotte alexa ci sentiamo domani | FB
out-of-domain | alexa salamat po ti voglio bene | FB
out-of-domain | alexa tu ci vieni al matrimonio | FB"""

if __name__ == "__main__":
    build_round(33, "it", LINES, sys.argv, "tests/Eval/it/round33/source/build_corpus.py")
