"""Round 30, Italian (it-IT): a new author's own mix, written blind. Speakers chosen away from the regions and groups of
the Italian rounds 26 to 29 ("How it was written"): Romans of Testaccio, Garbatella and the Castelli ("aò", "daje",
"anvedi", "mo", "nun lo so", "che stai a dì", "lassa perde"), Neapolitans of the Quartieri and Pozzuoli ("jamme",
"uagliò", "nun o saccio", "azz", "mannaggia", the funicular, Sunday ragù), Venetians of Venice, Padua and Treviso
("ostrega", "cossa xe", "varda", "sior", "dai ben", "ma va là", the lagoon and the sandolo), Tuscans of Florence,
Livorno and Siena ("icché", "gnamo", "deh", "boia", "codesto", "i bimbi", the contrada's dinner), Bergamaschi and
Bresciani ("pota", "ol me nonno", "sciura", building sites, polenta taragna), Nigerians of Castel Volturno and Padua
("abeg", "oya", "my brother", "na wa", "chai", "wahala"), Tunisian fishermen and families of Mazara del Vallo ("yezzi",
"behi", "sahbi", "barcha", "chnowa"), Colombians of Milan and Genoa ("parce", "qué pena", "bacano", "juepucha", "mi
amor"), Russian-speaking wives and students ("nu", "davai", "blin", "koroche", "spasibo"), Serbs and Bosnians of Trieste
and Vicenza ("ajde", "bre", "brate", "nema problema"), Turks of Milan and Rome ("tamam", "yani", "abi", "hadi",
"evet"), Greek students of Bologna and Padua's medical schools ("ela", "endaxi", "pame", "ti leme"), Italo-Americans
visiting their great-grandparents' village ("my nonna", "capisce", "how you say"), and Italo-Australians back from
Melbourne and Perth ("g'day", "mate", "no worries", "reckon"). Situations: a hairdresser's and a barber's, a gym (the
treadmill, spinning, squats), a pharmacy and a GP's surgery, ham radio contacts and QSL cards, the 2026 football World
Cup in the United States, Mexico and Canada, village festivals (Carnival, the Palio, a sagra), driving-school quiz
practice, cooking dishes from abroad, a pub quiz and an escape room, a long motorway trip with children, soldiers on
peacekeeping missions and their families. Plus plain, polite and terse questions, fillers and hesitations, follow-ups,
yes/no checks with right and wrong guesses, self-corrections with an explicit marker ("rettifico", "correggo",
"errata corrige", "ho fatto confusione", "mi sono impappinato", "lapsus", "come non detto", "mi sono incartato",
"ho confuso", "sbagliato io", "no fermati", "volevo dire"), reverse questions, official, everyday and old names, shared
names and look-alikes, plurals of every several-capital country and Palestine, subdivisions and territories, one-shot
requests with the invocation name "capitali del mondo", launch, help, stop, cancel, out-of-domain near misses, and what
it-IT recognition writes (lost accents, joined or split words, spellings).
`python3 tests/Eval/it/round30/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 30's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Romans of Testaccio, Garbatella and the Castelli
romani | aò alexa ma la capitale {} qual è | della grecia=GR
romani | daje alexa dimme la capitale {} | del portogallo=PT; dell'ungheria=HU
romani | anvedi alexa nun me ricordo più la capitale {} | della finlandia=FI
romani | alexa mo me dici la capitale {} che mi fratello nun la sa | della norvegia=NO; della svezia=SE
romani | aò alexa che stai a dormì dimme la capitale {} | dell'austria=AT
romani | alexa ar bar de testaccio stanno a litigà sulla capitale {} | della polonia=PL; della cechia=CZ
romani | alexa so ar mercato de porta portese e er tizio vole sapè la capitale {} | del perù=PE; del cile=CL
romani | alexa daje nun fa la preziosa qual è la capitale {} | della slovacchia=SK
romani | alexa me stai a sentì che è la capitale {} | della bulgaria=BG; della lituania=LT
romani | alexa alla garbatella mi nonna vo sapè la capitale {} | del belgio=BE; della danimarca=DK
romani | aò alexa semo ai castelli a magnà la porchetta e ce serve la capitale {} | della romania=RO
romani | alexa sto a fa la fila alla posta e me chiedo la capitale {} | del kenya=KE; dell'uganda=UG

# Neapolitans of the Quartieri and Pozzuoli
napoletani | jamme alexa dimme a capitale {} | della libia=LY
napoletani | uagliò alexa nun o saccio qual è a capitale {} | del brasile=BR; dell'argentina=AR
napoletani | alexa mannaggia a capa mia me so scurdato a capitale {} | del venezuela=VE
napoletani | azz alexa e a capitale {} comme se chiamma | del messico=MX; della colombia=CO
napoletani | alexa sto facenno o ragù da domenica e mio figlio me chiede a capitale {} | del giappone=JP
napoletani | alexa a funicolare è ferma e intanto dimme a capitale {} | del panama=PA
napoletani | alexa o nonno ca faceva o marinaio dice ca a capitale {} è bellissima comme se chiamma | delle filippine=PH; dell'indonesia=ID
napoletani | alexa oi ma tu o saje qual è a capitale {} | del marocco=MA; dell'algeria=DZ
napoletani | alexa a pozzuoli stamme aspettanno o traghetto pe ischia qual è a capitale {} | della tunisia=TN
napoletani | alexa o guaglione do bar me sfida a capitale {} | del vaticano=VA; di san marino=SM

# Venetians of Venice, Padua and Treviso
veneti | ostrega alexa cossa xe la capitale {} | della croazia=HR; della slovenia=SI
veneti | alexa varda che me serve la capitale {} | della serbia=RS; del montenegro=ME
veneti | sior alexa la capitale {} come la se ciama | dell'ucraina=UA; della moldavia=MD
veneti | alexa dai ben dime la capitale {} | della bielorussia=BY
veneti | alexa semo in laguna col sandolo e me domando la capitale {} | dell'islanda=IS
veneti | alexa el me moroso el dise che la capitale {} xe facile ma lu nol la sa | della lettonia=LV; dell'estonia=EE
veneti | alexa ma va là la capitale {} xe roba da poco dimela | dell'albania=AL
veneti | alexa a treviso al bar i me ga fato na domanda la capitale {} | della macedonia del nord=MK; della bosnia ed erzegovina=BA
veneti | alexa ghe xe nebbia in laguna dime intanto la capitale {} | della finlandia=FI; dell'ungheria=HU

# Tuscans of Florence, Livorno and Siena
toscani | o alexa icché l'è la capitale {} | dell'irlanda=IE; del canada=CA
toscani | gnamo alexa dimmi la capitale {} | dell'india=IN; del pakistan=PK
toscani | deh alexa la capitale {} la sai te | del nepal=NP
toscani | alexa codesta capitale {} un mi torna in mente qual è | del bhutan=BT; del bangladesh=BD
toscani | boia alexa e la capitale {} | dello sri lanka=LK
toscani | alexa stasera alla cena della contrada si fa il quiz mi dici la capitale {} | dell'afghanistan=AF; dell'iran=IR
toscani | alexa i bimbi a livorno mi chiedano la capitale {} | dell'iraq=IQ; della giordania=JO
toscani | maremma impestata alexa la capitale {} un me la ricordo | del libano=LB
toscani | alexa o che la sai la capitale {} | della cina=CN

# Bergamaschi and Bresciani
bergamaschi | pota alexa la capitale {} qual è | della svizzera=CH; del liechtenstein=LI
bergamaschi | alexa ol me nonno ol vuole sapere la capitale {} | del lussemburgo=LU
bergamaschi | pota alexa sono in cantiere a brescia dimmi la capitale {} | del kazakistan=KZ; dell'uzbekistan=UZ
bergamaschi | alexa la sciura del piano di sopra chiede la capitale {} | del kirghizistan=KG; del tagikistan=TJ
bergamaschi | pota alexa dopo la polenta taragna dimmi la capitale {} | della mongolia=MN; del turkmenistan=TM
bergamaschi | alexa ma pota te la sai la capitale {} o no | dell'armenia=AM
bergamaschi | pota alexa la capitale {} la sa anche ol gnaro | del brasile=BR

# Nigerians of Castel Volturno and Padua
nigeriani | abeg alexa dimmi la capitale {} | della nigeria=NG; del ghana=GH
nigeriani | alexa my brother vuole sapere la capitale {} | del camerun=CM; del gabon=GA
nigeriani | oya alexa qual è la capitale {} | del togo=TG; della liberia=LR
nigeriani | alexa na wa o la capitale {} non la so proprio | della sierra leone=SL
nigeriani | alexa a castel volturno mio cugino chiede la capitale {} | del gambia=GM; della guinea=GN
nigeriani | chai alexa che wahala dimmi la capitale {} | del kenya=KE; dell'uganda=UG
nigeriani | alexa my sister in lagos dice che la capitale {} è difficile | del benin=BJ; del burkina faso=BF

# Tunisian fishermen and families of Mazara del Vallo
tunisini | yezzi alexa qual è la capitale {} | della tunisia=TN; della mauritania=MR
tunisini | alexa sahbi sul peschereccio a mazara mi chiede la capitale {} | di malta=MT; della libia=LY
tunisini | behi alexa e la capitale {} | del sudan=SD; del ciad=TD
tunisini | alexa chnowa la capitale {} | dell'oman=OM
tunisini | alexa barcha grazie ma prima dimmi la capitale {} | del qatar=QA; del kuwait=KW
tunisini | alexa mia mamma da sousse al telefono vuole la capitale {} | degli emirati arabi uniti=AE; del bahrein=BH
tunisini | alexa sul molo di mazara si scommette la capitale {} | dell'algeria=DZ; della libia=LY

# Colombians of Milan and Genoa
colombiani | parce alexa qual è la capitale {} | dell'ecuador=EC; del paraguay=PY
colombiani | qué pena alexa ma non mi ricordo la capitale {} | dell'uruguay=UY
colombiani | alexa bacano dimmi la capitale {} | del guatemala=GT; dell'honduras=HN
colombiani | alexa mi amor vuole sapere la capitale {} | del nicaragua=NI; di el salvador=SV
colombiani | juepucha alexa la capitale {} qual era | della costa rica=CR
colombiani | alexa mia suocera di medellín chiede la capitale {} | di cuba=CU; di haiti=HT
colombiani | alexa il mio parce ha scommesso sulla capitale {} | della colombia=CO; del venezuela=VE

# Russian-speaking wives and students
russi | nu alexa dimmi la capitale {} | della russia=RU; dell'azerbaigian=AZ
russi | davai alexa la capitale {} presto | della cina=CN; della corea del nord=KP
russi | blin alexa ho dimenticato capitale {} | del vietnam=VN
russi | alexa koroche la capitale {} qual è | del laos=LA; della cambogia=KH
russi | alexa spasibo ma adesso la capitale {} | del myanmar=MM
russi | alexa mia nipote a rimini chiede la capitale {} | della thailandia=TH; della malaysia=MY
russi | alexa mia figlia va a scuola a verona e chiede la capitale {} | dell'ucraina=UA

# Serbs and Bosnians of Trieste and Vicenza
balcanici | ajde alexa dimmi la capitale {} | del kosovo=XK; della serbia=RS
balcanici | alexa bre qual è la capitale {} | della grecia=GR
balcanici | alexa brate la capitale {} la sai | di cipro=CY; della bulgaria=BG
balcanici | nema problema alexa ma la capitale {} me la devi dire | dell'ungheria=HU
balcanici | alexa in cantiere a vicenza il capo chiede la capitale {} | della slovenia=SI; della croazia=HR

# Turks of Milan and Rome
turchi | tamam alexa qual è la capitale {} | dell'azerbaigian=AZ; del turkmenistan=TM
turchi | alexa yani la capitale {} come si chiama | della siria=SY
turchi | abi alexa dimmi la capitale {} | dell'iran=IR; dell'iraq=IQ
turchi | hadi alexa la capitale {} veloce | di cipro=CY
turchi | alexa al telefono con mio zio a istanbul mi chiede la capitale {} | dell'arabia saudita=SA; dello yemen=YE
turchi | evet alexa e la capitale {} quale | della turchia=TR

# Greek students of Bologna and Padua
greci | ela alexa qual è la capitale {} | dell'albania=AL; della macedonia del nord=MK
greci | endaxi alexa e la capitale {} | di israele=IL
greci | alexa pame dimmi la capitale {} | dell'egitto=EG; dell'etiopia=ET
greci | ti leme alexa la capitale {} la sai | della georgia del sud e sandwich australi=GS
greci | alexa stasera esame di anatomia ma prima la capitale {} | della grecia=GR
greci | alexa pame pame la capitale {} | della bulgaria=BG; della turchia=TR

# Italo-Americans visiting the village
italoamericani | hey alexa my nonna vuole sapere la capitale {} | dell'irlanda=IE
italoamericani | alexa capisce la capitale {} what is it | del messico=MX
italoamericani | alexa sono di brooklyn how you say la capitale {} | del canada=CA; della giamaica=JM
italoamericani | alexa siamo venuti a vedere il paese del bisnonno e mio figlio chiede la capitale {} | della francia=FR
italoamericani | alexa okay okay my italian is bad la capitale {} please | della spagna=ES
italoamericani | alexa my son wants to know la capitale {} | dell'italia=IT

# Italo-Australians back from Melbourne and Perth
italoaustraliani | g'day alexa la capitale {} qual è mate | della nuova zelanda=NZ; delle figi=FJ
italoaustraliani | alexa no worries ma la capitale {} dimmela | della papua nuova guinea=PG
italoaustraliani | alexa i reckon che la capitale {} sia facile ma non me la ricordo | delle isole salomone=SB; di vanuatu=VU
italoaustraliani | alexa mate la capitale {} | di tonga=TO; delle samoa=WS
italoaustraliani | alexa mate mia nonna di perth chiede la capitale {} | dell'indonesia=ID; di timor est=TL

# A hairdresser's and a barber's
parrucchiere | alexa mentre faccio la piega alla signora dimmi la capitale {} | della norvegia=NO; della danimarca=DK
parrucchiere | alexa ho le mani piene di tinta la capitale {} me la dici | del portogallo=PT
parrucchiere | alexa la cliente sotto il casco chiede la capitale {} | del senegal=SN; del mali=ML
parrucchiere | alexa dal barbiere si discute della capitale {} mettici fine tu | dell'argentina=AR; del cile=CL
parrucchiere | alexa con le forbici in mano mi dici la capitale {} | del burkina faso=BF
parrucchiere | alexa il ragazzo col taglio sfumato vuole sapere la capitale {} | della costa d'avorio=CI; del niger=NE

# A gym
palestra | alexa tra una serie e l'altra la capitale {} | del mozambico=MZ; dello zambia=ZM
palestra | alexa sono sul tapis roulant e ho il fiatone dimmi la capitale {} | dello zimbabwe=ZW
palestra | alexa a lezione di spinning l'istruttrice chiede la capitale {} | della namibia=NA; del botswana=BW
palestra | alexa dopo gli squat non ragiono più qual è la capitale {} | dell'angola=AO
palestra | alexa mentre faccio stretching la capitale {} | del malawi=MW; del madagascar=MG
palestra | alexa col personal trainer facciamo una scommessa sulla capitale {} | del sudan=SD; dell'etiopia=ET

# A pharmacy and a GP's surgery
salute | alexa sono in farmacia e il farmacista chiede la capitale {} | della tanzania=TZ; del ruanda=RW
salute | alexa aspetto che il medico richiami intanto dimmi la capitale {} | del burundi=BI
salute | alexa con la febbre a trentotto mi viene il dubbio della capitale {} | dell'eritrea=ER; di gibuti=DJ
salute | alexa nella sala d'aspetto dell'ambulatorio la capitale {} | della somalia=SO
salute | alexa la signora dei vaccini dice che è stata in missione qual è la capitale {} | del sud sudan=SS; della repubblica centrafricana=CF
salute | alexa il pediatra ci fa aspettare da un'ora intanto la capitale {} | del lesotho=LS

# Ham radio contacts and QSL cards
radioamatori | alexa in frequenza c'è una stazione {} qual è la sua capitale | del botswana=BW; dello swaziland=SZ
radioamatori | alexa mi è arrivata la cartolina qsl {} dimmi la capitale | delle isole marshall=MH; di kiribati=KI
radioamatori | alexa stanotte ho collegato un radioamatore {} che capitale hanno | di tuvalu=TV; di nauru=NR
radioamatori | alexa per il diploma mi manca un contatto {} la capitale qual è | di palau=PW; della micronesia=FM
radioamatori | alexa sull'antenna in terrazza ho sentito una stazione {} mi dici la capitale | delle seychelles=SC; delle maldive=MV

# The 2026 football World Cup
mondiali | alexa stasera ai mondiali gioca l'italia contro {} dimmi la capitale | il paraguay=PY; il giappone=JP
mondiali | alexa la nazionale si allena vicino a boston qual è la capitale del massachusetts | US-MA
mondiali | alexa ai mondiali la partita si gioca a monterrey qual è la capitale {} | del nuevo león=MX-NLE
mondiali | alexa il telecronista ha detto che il ritiro è a guadalajara qual è la capitale {} | dello jalisco=MX-JAL
mondiali | alexa tra primo e secondo tempo dimmi la capitale {} | dell'arabia saudita=SA; dell'uzbekistan=UZ
mondiali | alexa l'arbitro della finale viene {} qual è la capitale | dal qatar=QA; dalla giordania=JO
mondiali | alexa la partita è a seattle qual è la capitale {} | dello stato di washington=US-WA
mondiali | alexa capo verde ai mondiali che storia qual è la sua capitale | CV
mondiali | alexa dopo il fischio finale dimmi la capitale {} | di curaçao=CW; di haiti=HT

# Village festivals
feste-popolari | alexa al carnevale di viareggio c'è un carro su un dittatore qual è la capitale {} | della corea del nord=KP
feste-popolari | alexa alla sagra della porchetta c'è il quiz la capitale {} | del belgio=BE; dei paesi bassi=NL
feste-popolari | alexa al palio il fantino viene dal sudamerica qual è la capitale {} | del perù=PE; dell'ecuador=EC
feste-popolari | alexa a carnevale mio figlio è vestito da cowboy qual è la capitale {} | del texas=US-TX
feste-popolari | alexa alla festa del patrono c'è la banda {} qual è la capitale | della baviera=DE-BY
feste-popolari | alexa alla sagra del tortello la lotteria chiede la capitale {} | della danimarca=DK; dell'olanda=NL

# Driving-school quiz practice
scuola-guida | alexa sto ripassando i quiz della patente ma mi distraggo la capitale {} | della germania=DE
scuola-guida | alexa l'istruttore di guida scommette sulla capitale {} chi ha ragione | dell'australia=AU
scuola-guida | alexa dopo la guida in autostrada mi chiedo la capitale {} | della francia=FR
scuola-guida | alexa ho passato il foglio rosa festeggio con la capitale {} | della bolivia=BO
scuola-guida | alexa domani ho l'esame di teoria ma ora dimmi la capitale {} | della croazia=HR

# Cooking dishes from abroad
cucina | alexa sto facendo il couscous la capitale {} qual è | del marocco=MA
cucina | alexa la ricetta del gulasch viene dall'ungheria qual è la capitale | HU
cucina | alexa sto impastando i pierogi dimmi la capitale {} | della polonia=PL
cucina | alexa mentre cuoce la paella dimmi la capitale {} | della spagna=ES
cucina | alexa ho comprato il curry e mi è venuta voglia di sapere la capitale {} | del kerala=IN-KL; dello sri lanka=LK
cucina | alexa per la cena a tema stasera mi dici la capitale {} | del vietnam=VN
cucina | alexa il sushi è pronto qual è la capitale {} | del giappone=JP

# A pub quiz and an escape room
quiz-serale | alexa al quiz del pub la domanda è la capitale {} | del kazakistan=KZ; del kirghizistan=KG
quiz-serale | alexa siamo chiusi nell'escape room e l'indizio è la capitale {} | della mongolia=MN; del brunei=BN
quiz-serale | alexa la mia squadra al quiz ha scritto una capitale {} ma non siamo sicuri qual è | del lesotho=LS
quiz-serale | alexa ultima domanda del quiz a squadre la capitale {} | di singapore=SG; di timor est=TL
quiz-serale | alexa il presentatore del quiz vuole la capitale {} | del burundi=BI; delle comore=KM

# A long motorway trip with children
viaggio-in-auto | alexa siamo in autostrada e i bambini chiedono la capitale {} | della mauritania=MR
viaggio-in-auto | alexa i bimbi dietro non smettono di chiedere la capitale {} | dell'egitto=EG
viaggio-in-auto | alexa all'autogrill mio figlio mi fa la domanda la capitale {} | del nepal=NP; del bhutan=BT
viaggio-in-auto | alexa in coda a bologna per passare il tempo la capitale {} | della liberia=LR; della guinea-bissau=GW

# Soldiers on peacekeeping missions and their families
missione-militare | alexa mio figlio è in missione {} qual è la capitale | in libano=LB; in kosovo=XK
missione-militare | alexa il mio reparto parte per {} dimmi la capitale | il niger=NE; la somalia=SO
missione-militare | alexa mio marito rientra {} e i bambini vogliono sapere la capitale | dal gibuti=DJ; dalla lettonia=LV
missione-militare | alexa al circolo ufficiali si parla della capitale {} | dell'iraq=IQ
missione-militare | alexa mio nipote è partito per {} qual è la capitale | l'afghanistan=AF; il mali=ML

# Plain questions
plain-question | alexa qual è la capitale {} | dell'eswatini=SZ; delle comore=KM
plain-question | alexa come si chiama la capitale {} | del gabon=GA; della guinea equatoriale=GQ
plain-question | alexa mi dici la capitale {} | di andorra=AD; di san marino=SM
plain-question | alexa quale città è la capitale {} | di monaco=MC; della città del vaticano=VA
plain-question | alexa sai la capitale {} | del kuwait=KW; del bahrein=BH
plain-question | alexa quale sarebbe la capitale {} | di antigua e barbuda=AG
plain-question | alexa che città è capitale {} | delle bahamas=BS; di barbados=BB
plain-question | qual è la capitale {} alexa | di grenada=GD; di saint lucia=LC
plain-question | alexa qual è la città capitale {} | di dominica=DM; della repubblica dominicana=DO
plain-question | alexa che capitale ha {} | il belize=BZ; il suriname=SR
plain-question | alexa qual è la capitale di stato {} | della guyana=GY
plain-question | alexa dove si trova la capitale {} come si chiama | del ruanda=RW; del burundi=BI
plain-question | alexa volevo sapere la capitale {} | di mauritius=MU; di são tomé e príncipe=ST
plain-question | alexa chi è la capitale {} | del congo kinshasa=CD

# Polite requests
polite-request | alexa per cortesia mi diresti la capitale {} | dell'etiopia=ET; dell'eritrea=ER
polite-request | alexa saresti così gentile da dirmi la capitale {} | di trinidad e tobago=TT
polite-request | alexa ti dispiacerebbe ricordarmi la capitale {} | di saint kitts e nevis=KN; di saint vincent e grenadine=VC
polite-request | alexa mi faresti la cortesia di dirmi qual è la capitale {} | del tagikistan=TJ
polite-request | alexa gentilmente la capitale {} | della moldavia=MD; della bielorussia=BY
polite-request | buongiorno alexa vorrei sapere la capitale {} grazie mille | del madagascar=MG
polite-request | alexa se non ti disturbo mi diresti la capitale {} | dell'angola=AO; del togo=TG
polite-request | alexa per piacere mi sai dire la capitale {} | della nuova zelanda=NZ

# Terse questions
terse | alexa capitale {} | tanzania=TZ; eritrea=ER; gibuti=DJ
terse | {} capitale | namibia=NA; zambia=ZM
terse | alexa la capitale {} veloce | della guinea=GN
terse | capitale {} grazie | delle comore=KM
terse | alexa {} capitale qual è | mozambico=MZ
terse | alexa capitale del {} | gambia=GM; brunei=BN; laos=LA

# Fillers and hesitations
filler-hesitation | ehm alexa la capitale di ehm {} | del mozambico=MZ; dello zimbabwe=ZW
filler-hesitation | allora vediamo un po alexa la capitale {} | del madagascar=MG
filler-hesitation | alexa mmh la capitale di coso lì {} | delle comore=KM; di mauritius=MU
filler-hesitation | alexa ecco ehm come si chiama la capitale {} | del kazakistan=KZ
filler-hesitation | alexa cioè boh la capitale {} | dell'oman=OM; dello yemen=YE
filler-hesitation | alexa uhm aspetta un attimo la capitale {} | del liechtenstein=LI
filler-hesitation | alexa insomma niente volevo chiederti la capitale {} | del suriname=SR; della guyana=GY
filler-hesitation | ah alexa già che ci sei la capitale {} | dell'honduras=HN
filler-hesitation | alexa senti un po ehm ma la capitale {} | del brunei=BN; di singapore=SG
filler-hesitation | alexa dunque dunque dunque la capitale {} | delle maldive=MV

# Follow-ups
follow-up | e {} alexa | della slovenia=SI; della croazia=HR; del montenegro=ME
follow-up | e invece {} | il portogallo=PT; la spagna=ES
follow-up | alexa e quella {} | del belgio=BE; del lussemburgo=LU
follow-up | e per {} come si chiama | la finlandia=FI; l'estonia=EE
follow-up | alexa e adesso {} | la lituania=LT; la lettonia=LV
follow-up | e sempre in africa {} | il mali=ML; il niger=NE; il ciad=TD
follow-up | ok e la capitale {} | del laos=LA; della cambogia=KH
follow-up | alexa e già che ci siamo {} | l'uruguay=UY; il paraguay=PY
follow-up | e poi {} alexa | la giordania=JO; il libano=LB
follow-up | perfetto e {} | la guinea equatoriale=GQ; il gabon=GA
follow-up | e l'altra volta mi hai detto la francia e {} invece | la germania=DE
follow-up | e la sua vicina {} | l'austria=AT
follow-up | alexa stessa domanda per {} | il nicaragua=NI; el salvador=SV; la costa rica=CR

# Yes/no checks with right and wrong guesses
yes-no-check | alexa è vero che la capitale del canada è toronto | CA
yes-no-check | alexa la capitale dell'australia è sydney giusto | AU
yes-no-check | alexa ma la capitale della turchia non era istanbul | TR
yes-no-check | alexa confermi che la capitale del brasile è brasilia | BR
yes-no-check | alexa la capitale della svizzera è zurigo o sbaglio | CH
yes-no-check | alexa mia moglie dice che la capitale del marocco è casablanca ha ragione | MA
yes-no-check | alexa la capitale della nigeria è lagos vero | NG
yes-no-check | alexa è giusto dire che la capitale del vietnam è hanoi | VN
yes-no-check | alexa scommetto che la capitale del kazakistan è almaty | KZ
yes-no-check | alexa la capitale della tanzania è dar es salaam sì o no | TZ
yes-no-check | alexa lagos o abuja qual è la capitale della nigeria | NG
yes-no-check | alexa ma è ancora rangoon la capitale del myanmar | MM
yes-no-check | alexa la capitale della nuova zelanda è auckland mi sembra | NZ
yes-no-check | alexa dimmi se è vero che la capitale del pakistan è karachi | PK
yes-no-check | alexa la capitale della bolivia è la paz confermi | BO
yes-no-check | alexa la capitale della costa d'avorio è abidjan giusto | CI
yes-no-check | alexa secondo me la capitale dello sri lanka è colombo ho ragione | LK
yes-no-check | alexa la capitale dell'india è mumbai o nuova delhi | IN
yes-no-check | alexa la capitale della germania è berlino vero | DE
yes-no-check | alexa la capitale dell'islanda è reykjavík sì | IS
yes-no-check | alexa è dublino la capitale dell'irlanda | IE
yes-no-check | alexa quito è la capitale dell'ecuador o mi sbaglio | EC
yes-no-check | alexa mio nonno giura che la capitale del ruanda è kigali è così | RW
yes-no-check | alexa la capitale del camerun non è douala | CM
yes-no-check | alexa abu dhabi o dubai la capitale degli emirati | AE
yes-no-check | alexa la capitale della siria è aleppo giusto | SY
yes-no-check | alexa la capitale degli stati uniti è new york vero | US
yes-no-check | alexa ginevra è la capitale della svizzera sì o no | CH
yes-no-check | alexa la capitale del benin è cotonou | BJ
yes-no-check | alexa la capitale della california è los angeles giusto | US-CA
yes-no-check | alexa dimmi di sì la capitale della scozia è edimburgo | GB-SCT
yes-no-check | alexa la capitale del sudafrica è johannesburg vero | ZA
yes-no-check | alexa la capitale del belize è belize city | BZ
yes-no-check | alexa pretoria è la capitale del sudafrica mi confermi | ZA
yes-no-check | alexa la capitale di taiwan è taipei sì | TW
yes-no-check | alexa la capitale d'italia è roma vero | IT

# Self-corrections with an explicit marker: the last place named
self-correction | alexa la capitale della svezia rettifico della norvegia | NO
self-correction | alexa la capitale dell'austria correggo dell'australia | AU
self-correction | alexa la capitale della slovacchia errata corrige della slovenia | SI
self-correction | alexa la capitale della nigeria ho fatto confusione del niger | NE
self-correction | alexa la capitale dell'islanda mi sono impappinato dell'irlanda | IE
self-correction | alexa la capitale del paraguay lapsus dell'uruguay | UY
self-correction | alexa la capitale della bolivia come non detto del perù | PE
self-correction | alexa la capitale del sudan mi sono incartato del sud sudan | SS
self-correction | alexa la capitale della guinea ho confuso della guinea-bissau | GW
self-correction | alexa la capitale dell'iran sbagliato io dell'iraq | IQ
self-correction | alexa la capitale della colombia no fermati del venezuela | VE
self-correction | alexa la capitale del gambia volevo dire dello zambia | ZM
self-correction | alexa la capitale della lettonia rettifico della lituania | LT
self-correction | alexa dimmi la capitale del mali correggo del malawi | MW
self-correction | alexa la capitale dell'armenia scusa ho sbagliato a dire dell'albania | AL
self-correction | alexa la capitale della dominica no no volevo dire della repubblica dominicana | DO
self-correction | aò alexa la capitale der cile no aspè ho sbajato della cina | CN
self-correction | alexa la capitale del ghana mi è scappato intendevo della guyana | GY
self-correction | ostrega alexa la capitale della romania no volevo dire della bulgaria | BG
self-correction | alexa o icché dico la capitale della spagna no del portogallo | PT
self-correction | alexa la capitale dell'austria ehm scusami intendevo della svizzera | CH
self-correction | alexa la capitale del nicaragua ho sbagliato paese volevo dire dell'honduras | HN
self-correction | alexa la capitale della mongolia errore mio della mauritania | MR
self-correction | alexa la capitale della corea del sud rettifico del nord | KP
self-correction | alexa qual è la capitale del texas ops volevo dire della florida | US-FL
self-correction | alexa la capitale del galles correggo della scozia | GB-SCT
self-correction | alexa la capitale del qatar ho fatto confusione del bahrein | BH
self-correction | alexa la capitale di tonga lapsus di samoa | WS
self-correction | alexa la capitale della slovenia come non detto della slovacchia | SK
self-correction | alexa la capitale della tanzania ho confuso del kenya | KE

# Reverse questions: the capital as languages/it.json names it
reverse-question | alexa {} è la capitale di quale paese | canberra=CITY:Canberra; ottawa=CITY:Ottawa
reverse-question | alexa di che paese è capitale {} | ouagadougou=CITY:Ouagadougou; nouakchott=CITY:Nouakchott
reverse-question | alexa {} di quale stato è capitale | tegucigalpa=CITY:Tegucigalpa; paramaribo=CITY:Paramaribo
reverse-question | alexa in che nazione sta la capitale {} | windhoek=CITY:Windhoek; gaborone=CITY:Gaborone
reverse-question | alexa {} è capitale di cosa | ashgabat=CITY:Ashgabat; dushanbe=CITY:Dushanbe
reverse-question | alexa la città di {} è capitale di che paese | bishkek=CITY:Bishkek; tbilisi=CITY:Tbilisi
reverse-question | alexa ho sentito al telegiornale {} ma di che paese è la capitale | naypyidaw=CITY:Naypyidaw; lilongwe=CITY:Lilongwe
reverse-question | alexa {} è la capitale di chi | vientiane=CITY:Vientiane; ulan bator=CITY:Ulan Bator
reverse-question | alexa kingston è la capitale di quale posto | CITY:Kingston
reverse-question | alexa victoria è capitale di che cosa | CITY:Victoria
reverse-question | alexa saint john's di che stato è la capitale | CITY:Saint John's
reverse-question | alexa {} è capitale di quale stato americano | montpelier=CITY:Montpelier; pierre=CITY:Pierre
reverse-question | alexa a quale paese appartiene la capitale {} | bandar seri begawan=CITY:Bandar Seri Begawan; port moresby=CITY:Port Moresby
reverse-question | alexa sai dirmi di dove è capitale {} | yaoundé=CITY:Yaoundé; malabo=CITY:Malabo
reverse-question | alexa {} è capitale di che provincia canadese | regina=CITY:Regina; fredericton=CITY:Fredericton
reverse-question | alexa {} che capitale è | asmara=CITY:Asmara; antananarivo=CITY:Antananarivo
reverse-question | alexa roma è capitale di quale paese | CITY:Roma

# Official names
official-name | alexa qual è la capitale della {} | repubblica federale di germania=DE; confederazione elvetica=CH; repubblica ellenica=GR
official-name | alexa la capitale degli {} | stati uniti messicani=MX; stati uniti d'america=US
official-name | alexa ricordami la capitale della {} | federazione russa=RU; repubblica popolare cinese=CN
official-name | alexa come si chiama la capitale della {} | repubblica di corea=KR; repubblica popolare democratica di corea=KP
official-name | alexa la capitale ufficiale del {} | regno hascemita di giordania=JO; regno del marocco=MA
official-name | alexa qual è la capitale della repubblica {} | bolivariana del venezuela=VE; araba siriana=SY; islamica del pakistan=PK
official-name | alexa mi dici la capitale della {} | repubblica democratica del congo=CD; repubblica del congo=CG
official-name | alexa capitale del {} per piacere | regno di spagna=ES; regno di norvegia=NO; regno di danimarca=DK
official-name | alexa qual è la capitale della {} per favore | repubblica federativa del brasile=BR; repubblica tunisina=TN
official-name | alexa la capitale dello {} | stato di israele=IL; stato plurinazionale della bolivia=BO
official-name | alexa come si chiama la capitale del {} | granducato del lussemburgo=LU; principato del liechtenstein=LI
official-name | alexa la capitale del {} qual è | sultanato dell'oman=OM; regno di tonga=TO
official-name | alexa capitale della {} | repubblica slovacca=SK; repubblica ceca=CZ; repubblica di moldova=MD
official-name | alexa sul modulo c'è scritto {} qual è la capitale | repubblica libanese=LB; repubblica islamica dell'iran=IR; repubblica di turchia=TR
official-name | alexa sai la capitale della {} | repubblica d'austria=AT; repubblica di cipro=CY
official-name | alexa qual è la capitale del {} | regno unito di gran bretagna e irlanda del nord=GB; commonwealth dell'australia=AU

# Everyday names
everyday-name | alexa come la chiamano tutti la capitale {} qual è | dell'olanda=NL; dell'america=US; della birmania=MM
everyday-name | alexa dimmi solo la capitale {} | degli states=US; della bosnia=BA; degli emirati=AE
everyday-name | alexa la capitale {} la sai o no | della macedonia=MK; del burkina=BF
everyday-name | alexa capitale {} svelto | della sudcorea=KR; della nordcorea=KP
everyday-name | alexa e la capitale {} | di timor=TL; del centrafrica=CF
everyday-name | alexa una cosa sola qual è la capitale {} | delle fiji=FJ; della moldova=MD; della bielorussia=BY
everyday-name | alexa la capitale {} me la ricordi | di trinidad=TT; di saint kitts=KN
everyday-name | alexa come si chiama di preciso la capitale {} | della gran bretagna=GB; del regno unito=GB
everyday-name | alexa la capitale {} come si chiama oggi | della repubblica ceca=CZ; della malesia=MY

# Old names
old-name | alexa qual era la capitale {} | di ceylon=LK; del siam=TH; della persia=IR
old-name | alexa la capitale {} di una volta | dell'abissinia=ET; del dahomey=BJ; dell'alto volta=BF
old-name | alexa mio nonno dice ancora {} qual è la capitale | zaire=CD; rhodesia=ZW
old-name | alexa sul vecchio mappamondo c'è scritto {} qual è la capitale oggi | nyasaland=MW; bechuanaland=BW; basutoland=LS
old-name | alexa la capitale {} come si chiama adesso | dell'honduras britannico=BZ; della guyana britannica=GY
old-name | alexa nel libro di storia si parla {} qual è la capitale | della costa d'oro=GH; dell'ubangi-sciari=CF; della rhodesia del nord=ZM
old-name | alexa la capitale delle {} | nuove ebridi=VU; isole ellice=TV
old-name | alexa quando c'era la {} qual era la capitale | kampuchea=KH
old-name | alexa la capitale {} qual era | di formosa=TW; della guyana olandese=SR
old-name | alexa lo {} che capitale ha | swaziland=SZ

# Shared names and look-alikes
shared-name | alexa la capitale della georgia | GE+US-GA
shared-name | alexa qual è la capitale della georgia quella del caucaso | GE
shared-name | alexa la capitale della georgia in america | US-GA
shared-name | alexa dimmi la capitale della corea | KP+KR
shared-name | alexa le capitali delle due coree | KP+KR
shared-name | alexa qual è la capitale del congo | CD+CG
shared-name | alexa mi dici le capitali dei due congo | CD+CG
shared-name | alexa la capitale del congo brazzaville | CG
shared-name | alexa la capitale delle isole vergini | VG+VI
shared-name | alexa la capitale delle isole vergini americane | VI
shared-name | alexa la capitale delle isole vergini britanniche | VG
shared-name | alexa la georgia capitale | GE+US-GA
shared-name | alexa la capitale della georgia dove c'è tbilisi | GE
shared-name | alexa la capitale delle coree | KP+KR
shared-name | alexa la capitale dello stato americano della georgia | US-GA
shared-name | alexa corea capitale | KP+KR
shared-name | alexa congo capitale | CD+CG
shared-name | alexa la capitale della guinea non quella equatoriale | GN
shared-name | alexa la capitale delle samoa americane | AS
shared-name | alexa la capitale dell'austria non dell'australia | AT
shared-name | alexa la capitale del sudan quello del nord | SD
shared-name | alexa mio figlio chiede la capitale delle isole vergini | VG+VI
shared-name | alexa isole vergini capitale qual è | VG+VI
shared-name | alexa qual è la capitale del congo quello di kinshasa | CD
shared-name | alexa la capitale della corea quella del sud | KR
shared-name | alexa la capitale della corea non so quale delle due | KP+KR
shared-name | alexa e la capitale del congo tutti e due | CD+CG
shared-name | pota alexa la capitale della georgia | GE+US-GA
shared-name | alexa la capitale della georgia stato degli usa | US-GA
shared-name | alexa la capitale della dominica non la repubblica dominicana | DM
shared-name | alexa la capitale del niger non della nigeria | NE

# Plurals: every several-capital country and Palestine
plural-capitals | alexa il sudafrica ha tre capitali quali sono | ZA
plural-capitals | alexa dimmi tutte e tre le capitali del sudafrica | ZA
plural-capitals | alexa come si chiamano le capitali della repubblica sudafricana | ZA
plural-capitals | alexa le capitali della bolivia sono due vero quali | BO
plural-capitals | alexa elencami le capitali della bolivia | BO
plural-capitals | alexa che capitali ha la bolivia | BO
plural-capitals | alexa come si chiamano le due capitali della costa d'avorio | CI
plural-capitals | alexa le capitali della costa d'avorio quali sono | CI
plural-capitals | alexa mi dici entrambe le capitali della costa d'avorio | CI
plural-capitals | alexa elencami le capitali dei paesi bassi | NL
plural-capitals | alexa l'olanda ha due capitali dimmele | NL
plural-capitals | alexa quali città fanno da capitale ai paesi bassi | NL
plural-capitals | alexa quali città fanno da capitale allo sri lanka | LK
plural-capitals | alexa le due capitali dello sri lanka | LK
plural-capitals | alexa lo sri lanka che capitali ha | LK
plural-capitals | alexa le capitali della malesia | MY
plural-capitals | alexa la malaysia ha due capitali come si chiamano | MY
plural-capitals | alexa quali sono tutte le capitali della malaysia | MY
plural-capitals | alexa le capitali del benin | BJ
plural-capitals | alexa il benin ha più di una capitale quali | BJ
plural-capitals | alexa dimmi le due capitali del benin | BJ
plural-capitals | alexa lo swaziland ha due capitali mi dici quali | SZ
plural-capitals | alexa le capitali dell'eswatini | SZ
plural-capitals | alexa che capitali ha l'eswatini | SZ
plural-capitals | alexa quali sono le capitali della palestina | PS
plural-capitals | alexa la palestina ha due capitali quali sono | PS
plural-capitals | alexa mi elenchi le capitali della palestina | PS
plural-capitals | pota alexa il sudafrica quante capitali ha e come si chiamano | ZA
plural-capitals | alexa mia figlia dice che la bolivia ha due capitali me le dici | BO
plural-capitals | deh alexa le capitali dell'olanda | NL
plural-capitals | alexa la palestina che capitali ha | PS
plural-capitals | yezzi alexa dimmi le capitali della palestina | PS
plural-capitals | alexa per la tesina mi servono le due capitali della palestina | PS
plural-capitals | alexa le tre capitali del sudafrica per il quiz del pub | ZA
plural-capitals | g'day alexa le capitali del sudafrica mate | ZA
plural-capitals | alexa quali sono le capitali dello swaziland | SZ
plural-capitals | ostrega alexa le capitali dell'eswatini cossa xe | SZ
plural-capitals | alexa l'eswatini ha due capitali vero dimmele | SZ
plural-capitals | alexa al quiz della contrada chiedono le capitali del benin | BJ
plural-capitals | alexa le capitali della costa d'avorio mi servono per la cliente | CI
plural-capitals | parce alexa le capitali della bolivia | BO

# Subdivisions: states, provinces, Länder and the UK's nations
subdivision | alexa qual è la capitale dello stato {} | del texas=US-TX; dell'alaska=US-AK; delle hawaii=US-HI
subdivision | alexa la capitale dello stato {} | della florida=US-FL; del nevada=US-NV
subdivision | alexa negli stati uniti dimmi la capitale {} | della louisiana=US-LA; del kentucky=US-KY; dell'oregon=US-OR
subdivision | alexa capitale {} stato americano | dell'illinois=US-IL; del michigan=US-MI
subdivision | alexa mio cugino vive {} qual è la capitale | in pennsylvania=US-PA; nel colorado=US-CO; in arizona=US-AZ
subdivision | alexa la capitale {} qual è che non è la città grande | dello stato di new york=US-NY; del new jersey=US-NJ
subdivision | alexa come si chiama la capitale dello stato {} | del montana=US-MT; del wyoming=US-WY; dell'idaho=US-ID
subdivision | alexa la capitale {} negli usa qual è | della carolina del nord=US-NC; del tennessee=US-TN; dell'ohio=US-OH
subdivision | alexa qual è il capoluogo {} | della baviera=DE-BY; della sassonia=DE-SN; dell'assia=DE-HE
subdivision | alexa la capitale {} in germania | del baden-württemberg=DE-BW; della bassa sassonia=DE-NI
subdivision | alexa capoluogo {} | della turingia=DE-TH; del brandeburgo=DE-BB
subdivision | alexa la capitale della provincia {} | dell'ontario=CA-ON; del québec=CA-QC; dell'alberta=CA-AB
subdivision | alexa la capitale {} in canada | della columbia britannica=CA-BC; della nuova scozia=CA-NS; del manitoba=CA-MB
subdivision | alexa la capitale dello stato australiano {} | del queensland=AU-QLD; della tasmania=AU-TAS
subdivision | alexa la capitale {} in australia | del nuovo galles del sud=AU-NSW; dell'australia occidentale=AU-WA
subdivision | alexa nel regno unito la capitale {} | della scozia=GB-SCT; del galles=GB-WLS; dell'irlanda del nord=GB-NIR
subdivision | alexa qual è la capitale dell'inghilterra | GB-ENG
subdivision | alexa la capitale dello stato brasiliano {} | di bahia=BR-BA; di minas gerais=BR-MG; dell'amazonas=BR-AM
subdivision | alexa la capitale dello stato messicano {} | dello yucatán=MX-YUC; di oaxaca=MX-OAX; di chiapas=MX-CHP
subdivision | alexa la capitale dello stato indiano {} | del rajasthan=IN-RJ; del tamil nadu=IN-TN; del maharashtra=IN-MH
subdivision | alexa le capitali del jammu e kashmir | IN-JK
subdivision | alexa la capitale {} in india | del punjab=IN-PB; del bengala occidentale=IN-WB
subdivision | alexa la capitale del territorio del nord australiano | AU-NT
subdivision | alexa la capitale dello yukon | CA-YT
subdivision | alexa la capitale {} negli stati uniti | della virginia=US-VA; del massachusetts=US-MA; del minnesota=US-MN

# Territories and dependencies
territory | alexa qual è la capitale {} che ci va mia sorella | della groenlandia=GL; delle isole fær øer=FO; delle bermuda=BM
territory | alexa {} che capitale ha come territorio | portorico=PR; guam=GU; la nuova caledonia=NC
territory | alexa dimmi la capitale {} in francese si dice | della polinesia francese=PF; della riunione=RE; della guadalupa=GP
territory | alexa la capitale {} nei caraibi qual è | delle isole cayman=KY; di aruba=AW; di curaçao=CW
territory | alexa come si chiama la capitale {} territorio britannico | delle isole falkland=FK; di gibilterra=GI; dell'isola di man=IM
territory | alexa la capitale {} me la dici | di jersey=JE; di guernsey=GG; delle isole cook=CK
territory | alexa la capitale {} oltremare francese | della martinica=MQ; della guyana francese=GF; di mayotte=YT
territory | alexa capitale {} isola | di anguilla=AI; di montserrat=MS; di sant'elena=SH
territory | alexa qual è la capitale {} per favore | delle isole turks e caicos=TC; delle isole pitcairn=PN
territory | alexa sai la capitale {} lassù al nord | delle svalbard=SJ; delle isole åland=AX
territory | alexa la capitale {} come si chiama se ce l'ha | del sahara occidentale=EH; delle isole marianne settentrionali=MP
territory | alexa la capitale {} sai dirmela | di wallis e futuna=WF; di saint-pierre e miquelon=PM; di niue=NU
territory | alexa la capitale {} qual è per favore | dell'isola norfolk=NF; delle isole cocos=CC; dell'isola christmas=CX
territory | alexa la capitale di hong kong | HK
territory | alexa la capitale di sint maarten | SX

# One-shot requests through the invocation name
one-shot | alexa chiedi a capitali del mondo qual è la capitale {} | del perù=PE; della nuova zelanda=NZ
one-shot | alexa apri capitali del mondo e dimmi la capitale {} | della giamaica=JM; di cuba=CU
one-shot | alexa domanda a capitali del mondo la capitale {} | della thailandia=TH; del vietnam=VN
one-shot | alexa usa capitali del mondo per sapere la capitale {} | del kenya=KE; dell'uganda=UG
one-shot | alexa chiedi a capitali del mondo di dirmi la capitale {} | dell'islanda=IS; della groenlandia=GL
one-shot | alexa fai partire capitali del mondo e chiedigli la capitale {} | della mongolia=MN
one-shot | alexa dì a capitali del mondo che voglio la capitale {} | del nepal=NP; del ghana=GH
one-shot | alexa chiedi a capitali del mondo se la capitale del canada è ottawa | CA
one-shot | alexa chiedi a capitali del mondo quali sono le capitali della bolivia | BO
one-shot | alexa con capitali del mondo dimmi la capitale {} | della serbia=RS; del cile=CL
one-shot | alexa apri capitali del mondo la capitale {} | dell'egitto=EG; del sudan=SD
one-shot | aò alexa chiedi a capitali del mondo la capitale {} | dell'argentina=AR
one-shot | alexa chiedi a capitali del mondo di che paese è capitale nairobi | CITY:Nairobi

# Launch
launch | alexa apri capitali del mondo | LAUNCH
launch | alexa avvia capitali del mondo per favore | LAUNCH
launch | alexa lancia capitali del mondo | LAUNCH
launch | alexa voglio giocare con capitali del mondo | LAUNCH
launch | alexa fammi parlare con capitali del mondo | LAUNCH
launch | alexa apri la skill capitali del mondo che facciamo un ripasso | LAUNCH
launch | alexa parti con capitali del mondo | LAUNCH
launch | alexa ciao apri capitali del mondo che giochiamo coi bambini | LAUNCH
launch | daje alexa apri capitali del mondo | LAUNCH
launch | pota alexa avvia capitali del mondo | LAUNCH
launch | alexa attiva capitali del mondo | LAUNCH
launch | alexa metti su capitali del mondo | LAUNCH
launch | alexa buonasera vorrei usare capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo che il mio ragazzo non sa niente di geografia | LAUNCH
launch | abeg alexa apri capitali del mondo | LAUNCH
launch | alexa fai partire il gioco capitali del mondo | LAUNCH
launch | ostrega alexa verzi capitali del mondo | LAUNCH
launch | alexa inizia capitali del mondo | LAUNCH
launch | gnamo alexa apri capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo che ripasso per il quiz del pub | LAUNCH
launch | alexa avvia capitali del mondo che ho le mani nella tinta | LAUNCH
launch | jamme alexa fai partire capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo mentre siamo in macchina | LAUNCH
launch | alexa ciao ciao apriamo capitali del mondo | LAUNCH
launch | alexa vorrei aprire il gioco capitali del mondo | LAUNCH
launch | g'day alexa open capitali del mondo | LAUNCH
launch | alexa mi apri capitali del mondo per favore | LAUNCH
launch | alexa apri capitali del mondo è il turno di mio fratello | LAUNCH

# Help
help | alexa come funziona | HELP
help | alexa cosa ti posso chiedere | HELP
help | alexa aiutami non ho capito come si usa | HELP
help | alexa che domande posso farti | HELP
help | alexa mi spieghi come funziona questa skill | HELP
help | alexa non so cosa dire aiuto | HELP
help | alexa che cosa sai fare di preciso | HELP
help | alexa come te le devo chiedere le capitali | HELP
help | alexa mi dai una mano che non ci capisco niente | HELP
help | alexa istruzioni per favore | HELP
help | alexa ripetimi cosa posso dire | HELP
help | alexa mi fai un esempio di domanda | HELP
help | aò alexa ma come funziona sta cosa | HELP
help | pota alexa come si usa sto gioco | HELP
help | ostrega alexa cossa te posso domandar | HELP
help | alexa icché tu sai fare | HELP
help | abeg alexa help me come si fa | HELP
help | alexa quali sono i comandi | HELP
help | alexa mi sono perso cosa devo dire adesso | HELP
help | alexa aiuto non so come andare avanti | HELP
help | alexa mia nonna non ha capito come funziona me lo rispieghi | HELP
help | alexa che posso chiedere a capitali del mondo | HELP

# Stop
stop | alexa basta così grazie | STOP
stop | alexa fermati | STOP
stop | alexa smettila | STOP
stop | alexa chiudi tutto | STOP
stop | alexa esci dal gioco | STOP
stop | alexa ho finito grazie ciao | STOP
stop | alexa spegniti | STOP
stop | alexa finiamola qui | STOP
stop | alexa chiudi la skill | STOP
stop | alexa esci da capitali del mondo | STOP
stop | alexa per oggi basta | STOP
stop | alexa va bene così ciao ciao | STOP
stop | aò alexa basta mo | STOP
stop | pota alexa basta | STOP
stop | alexa ferma tutto che è pronta la cena | STOP
stop | alexa stop stop | STOP
stop | alexa basta capitali | STOP
stop | jamme alexa fermate | STOP
stop | alexa esci pure | STOP
stop | alexa chiudi per favore che i bambini devono dormire | STOP
stop | alexa ciao grazie abbiamo finito | STOP
stop | alexa no basta non voglio più giocare | STOP
stop | alexa basta davvero spegni tutto che devo uscire | STOP
stop | ostrega alexa basta cussì | STOP
stop | gnamo alexa s'è finito | STOP
stop | alexa basta con le capitali per stasera | STOP
stop | abeg alexa stop it | STOP
stop | alexa chiudi capitali del mondo | STOP
stop | alexa esci che arriva la cliente | STOP
stop | alexa smetti di parlare che è iniziata la partita | STOP
stop | yezzi alexa basta | STOP
stop | alexa fine del gioco | STOP
stop | alexa stop hai vinto tu | STOP
stop | alexa esci adesso ho capito tutto | STOP
stop | davai alexa basta chiudi | STOP

# Cancel
cancel | alexa annulla | CANCEL
cancel | alexa lascia stare | CANCEL
cancel | alexa non importa annulla | CANCEL
cancel | alexa annulla la domanda | CANCEL
cancel | alexa no niente lascia stare | CANCEL
cancel | alexa dimentica quello che ho chiesto | CANCEL
cancel | alexa annulla tutto | CANCEL
cancel | alexa fa niente | CANCEL
cancel | alexa ho cambiato idea annulla | CANCEL
cancel | alexa non fa niente lascia perdere | CANCEL
cancel | aò alexa lassa perde | CANCEL
cancel | alexa lassa sta | CANCEL
cancel | alexa lascia correre | CANCEL
cancel | alexa niente niente annulla | CANCEL
cancel | alexa annulla annulla | CANCEL
cancel | pota alexa lasa stà | CANCEL
cancel | alexa cancella la richiesta | CANCEL
cancel | alexa annulla quello che ti ho chiesto | CANCEL
cancel | alexa no aspetta annulla | CANCEL
cancel | alexa lascia perdere la capitale | CANCEL
cancel | alexa niente domanda annullata | CANCEL
cancel | alexa annulla era una domanda sbagliata | CANCEL
cancel | alexa annulla ho sbagliato a chiedere | CANCEL
cancel | ostrega alexa lassa star | CANCEL
cancel | gnamo alexa lascia perdere icché t'ho chiesto | CANCEL
cancel | alexa no no annulla la capitale non mi serve più | CANCEL
cancel | alexa annulla che l'ha già detto mio figlio | CANCEL
cancel | jamme alexa lassa sta nun fa niente | CANCEL
cancel | alexa lascia stare l'abbiamo trovato sul libro | CANCEL
cancel | abeg alexa cancel annulla | CANCEL
cancel | alexa annulla l'ultima domanda | CANCEL
cancel | qué pena alexa annulla | CANCEL
cancel | alexa lascia perdere non era importante | CANCEL
cancel | alexa annulla per favore ho chiesto una cosa a caso | CANCEL

# Out-of-domain near misses
out-of-domain | alexa quanti abitanti ha la francia | FB
out-of-domain | alexa che lingua si parla in brasile | FB
out-of-domain | alexa qual è la moneta della svizzera | FB
out-of-domain | alexa di che colore è la bandiera dell'irlanda | FB
out-of-domain | alexa chi è il presidente dell'argentina | FB
out-of-domain | alexa che ore sono in giappone | FB
out-of-domain | alexa che tempo fa a londra | FB
out-of-domain | alexa quanto dista roma da parigi | FB
out-of-domain | alexa quanto è grande il canada | FB
out-of-domain | alexa qual è la montagna più alta del nepal | FB
out-of-domain | alexa qual è il fiume più lungo dell'africa | FB
out-of-domain | alexa quanti stati ci sono nel mondo | FB
out-of-domain | alexa qual è il capoluogo della lombardia | FB
out-of-domain | alexa il capoluogo della toscana | FB
out-of-domain | alexa qual è il capoluogo del molise | FB
out-of-domain | alexa capoluogo della sardegna | FB
out-of-domain | alexa qual è la capitale della padania | FB
out-of-domain | alexa la capitale del wakanda | FB
out-of-domain | alexa qual era la capitale di atlantide | FB
out-of-domain | alexa la capitale della terra di mezzo | FB
out-of-domain | alexa che cos'è il capitale sociale di una società | FB
out-of-domain | alexa chi ha scritto il capitale | FB
out-of-domain | alexa qual è la capitale europea della cultura quest'anno | FB
out-of-domain | alexa quale città è la capitale della moda | FB
out-of-domain | alexa come si scrive capitale in inglese | FB
out-of-domain | alexa quanto capitale mi resta da pagare sul mutuo | FB
out-of-domain | alexa metti un timer di dieci minuti | FB
out-of-domain | alexa aggiungi il latte alla lista della spesa | FB
out-of-domain | alexa che tempo fa domani a bergamo | FB
out-of-domain | alexa metti la radio | FB
out-of-domain | alexa accendi la luce in cucina | FB
out-of-domain | alexa svegliami alle sei e mezza | FB
out-of-domain | alexa raccontami una barzelletta | FB
out-of-domain | alexa quanto fa sette per otto | FB
out-of-domain | alexa chi ha vinto lo scudetto l'anno scorso | FB
out-of-domain | alexa quando gioca la roma | FB
out-of-domain | alexa metti una canzone di pino daniele | FB
out-of-domain | alexa come si fa il ragù napoletano | FB
out-of-domain | alexa quanto costa un volo per lagos | FB
out-of-domain | alexa che ore sono a bogotà | FB
out-of-domain | alexa qual è la lingua ufficiale della tunisia | FB
out-of-domain | alexa traduci grazie in russo | FB
out-of-domain | alexa quanti abitanti ha istanbul | FB
out-of-domain | alexa dove si trova il kosovo sulla cartina | FB
out-of-domain | alexa che fuso orario ha l'australia | FB
out-of-domain | alexa quanto è lungo il danubio | FB
out-of-domain | alexa qual è il piatto tipico della grecia | FB
out-of-domain | alexa a che ora apre la farmacia | FB
out-of-domain | alexa quanto costa il taglio dal barbiere | FB
out-of-domain | alexa fammi un allenamento per gli addominali | FB
out-of-domain | alexa a che ora inizia la partita dei mondiali | FB
out-of-domain | alexa chi ha vinto i mondiali del duemilasei | FB
out-of-domain | alexa in che gruppo è l'italia ai mondiali | FB
out-of-domain | alexa che frequenza usano i radioamatori | FB
out-of-domain | alexa quando è il palio di siena | FB
out-of-domain | alexa quanto dura la scuola guida | FB
out-of-domain | alexa quante domande ci sono nel quiz della patente | FB
out-of-domain | alexa dov'è il pub più vicino | FB
out-of-domain | alexa quanto manca a firenze | FB
out-of-domain | alexa quanti soldati italiani sono in libano | FB
out-of-domain | alexa che moneta usano in kosovo | FB
out-of-domain | alexa chi è il re di spagna | FB
out-of-domain | alexa chi è il primo ministro del regno unito | FB
out-of-domain | alexa quanti abitanti ha la nigeria | FB
out-of-domain | alexa che lingua parlano in colombia | FB
out-of-domain | alexa come si dice buonasera in greco | FB
out-of-domain | alexa qual è il prefisso telefonico della tunisia | FB
out-of-domain | alexa dove posso comprare la pasta di semola | FB
out-of-domain | alexa quanto zucchero metto nel tiramisù | FB
out-of-domain | alexa ricordami di chiamare la nonna | FB
out-of-domain | alexa abbassa il volume | FB
out-of-domain | alexa che giorno è oggi | FB
out-of-domain | alexa quanti continenti ci sono | FB
out-of-domain | alexa qual è l'oceano più grande | FB
out-of-domain | alexa qual è il paese più piccolo del mondo | FB
out-of-domain | alexa qual è il deserto più grande | FB
out-of-domain | alexa quale paese ha più abitanti | FB
out-of-domain | alexa qual è la città più popolosa degli stati uniti | FB
out-of-domain | alexa in che continente si trova l'egitto | FB
out-of-domain | alexa dove si trova il madagascar | FB
out-of-domain | alexa quali paesi confinano con la svizzera | FB
out-of-domain | alexa com'è il clima in islanda | FB
out-of-domain | alexa quando è stata fondata roma | FB
out-of-domain | alexa quanti anni ha il colosseo | FB
out-of-domain | alexa chi ha scoperto l'america | FB
out-of-domain | alexa che cosa vuol dire capitale umano | FB
out-of-domain | alexa scrivi capitale con la lettera maiuscola | FB
out-of-domain | alexa quali sono i sette peccati capitali | FB
out-of-domain | alexa cosa significa pena capitale | FB
out-of-domain | alexa ordina una pizza margherita | FB
out-of-domain | alexa chiama mia moglie | FB
out-of-domain | alexa quanto ci vuole in macchina da roma a napoli | FB
out-of-domain | alexa quante calorie ha un piatto di couscous | FB
out-of-domain | alexa quanto costa la benzina oggi | FB
out-of-domain | alexa chi ha vinto il carnevale di viareggio | FB
out-of-domain | alexa come si pronuncia reykjavík | FB
out-of-domain | alexa quante isole ha la grecia | FB
out-of-domain | alexa qual è il monte più alto dell'australia | FB
out-of-domain | alexa quanti fusi orari ha la russia | FB
out-of-domain | alexa qual è la capitale dell'impero romano d'oriente | FB
out-of-domain | alexa dimmi l'inno nazionale della francia | FB
out-of-domain | alexa che religione hanno in turchia | FB
out-of-domain | alexa qual è lo sport nazionale del canada | FB
out-of-domain | alexa a quanto sta il cambio tra euro e dollaro | FB
out-of-domain | alexa ci sono voli diretti per new york | FB
out-of-domain | alexa quanto è alto il monte bianco | FB
out-of-domain | alexa apri netflix | FB
out-of-domain | alexa leggi le notizie di oggi | FB
out-of-domain | alexa qual è la capitale del mio cuore | FB
out-of-domain | alexa qual è la capitale della pizza | FB
out-of-domain | alexa quanto capitale serve per aprire una srl | FB
out-of-domain | alexa quando è nato giuseppe garibaldi | FB
out-of-domain | alexa che tinta mi consigli per i capelli grigi | FB
out-of-domain | alexa quante calorie brucio con un'ora di spinning | FB
out-of-domain | alexa che antenna serve per le onde corte | FB
out-of-domain | alexa quanto costa il biglietto per la finale dei mondiali | FB
out-of-domain | alexa chi allena la nazionale | FB
out-of-domain | alexa quante contrade ci sono a siena | FB
out-of-domain | alexa quanti errori si possono fare nel quiz della patente | FB
out-of-domain | alexa come si fanno i pierogi | FB
out-of-domain | alexa quanto dura il viaggio da bergamo a lecce | FB
out-of-domain | alexa dove si trova la base italiana in libano | FB
out-of-domain | alexa che ore sono a melbourne | FB
out-of-domain | alexa quanto costa il traghetto per ischia | FB
out-of-domain | alexa qual è la squadra più forte del brasile | FB
out-of-domain | alexa che lingua si parla in nigeria | FB
out-of-domain | alexa quanti abitanti ha mazara del vallo | FB
out-of-domain | alexa qual è il capoluogo del veneto | FB
out-of-domain | alexa qual è il capoluogo della campania | FB
out-of-domain | alexa la capitale della catalogna | FB
out-of-domain | alexa qual è la capitale del gelato | FB
out-of-domain | alexa quanto pesa un carro di carnevale | FB
out-of-domain | alexa dove vivono i canguri | FB
out-of-domain | alexa come si dice ciao in turco | FB
out-of-domain | alexa chi ha vinto la coppa d'africa | FB
out-of-domain | alexa qual è la moneta della colombia | FB
out-of-domain | alexa metti la sveglia per la partita delle tre di notte | FB
out-of-domain | alexa quanti gradi ci sono a tunisi | FB
out-of-domain | alexa che tempo fa a kiev | FB

# What it-IT recognition writes: lost accents, joined or split words, spellings
asr-artefact | alexa qual e la capitale {} | del peru=PE; della citta del vaticano=VA
asr-artefact | alexa qualè la capitale {} | dell'azerbaijan=AZ; del bahrain=BH
asr-artefact | alexa la capitale dell {} | ucraina=UA; uzbekistan=UZ
asr-artefact | alexa la capitale del {} | kirghisistan=KG; lussenburgo=LU
asr-artefact | alexa la capitale dello {} | srilanka=LK
asr-artefact | alexa la capitale {} | di sao tome e principe=ST; del cameroon=CM
asr-artefact | alexa la capitale della {} | tailandia=TH; bielo russia=BY
asr-artefact | alexa la capitale delle isole {} | far oer=FO; salomon=SB
asr-artefact | alexa lacapitale {} | della germania=DE; del giappone=JP
asr-artefact | alexa la capitale dellegitto | EG
asr-artefact | alexa la capitale della costa d avorio | CI
asr-artefact | alexa la capitale del katar | QA
asr-artefact | alexa la capitale di nicaragua | NI
asr-artefact | alexa la capitale di tagikistan | TJ
asr-artefact | alexa la capitale del toco | TG
asr-artefact | alexa la capitale della micro nesia | FM
asr-artefact | alexa qual e la capitale delle mal dive | MV
asr-artefact | alexa la capitale del gana | GH
asr-artefact | alexa la capitale dell etiopia | ET
"""

if __name__ == "__main__":
    build_round(30, "it", LINES, sys.argv, "tests/Eval/it/round30/source/build_corpus.py")
