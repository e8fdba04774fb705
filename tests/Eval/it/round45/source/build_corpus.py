"""Round 45, Italian (it-IT): a new author's own mix, written blind at the start of the forty-ninth session (brief
WRITER55.md). Speakers chosen apart from the groups of round 44 (Romani, Napoletani, Baresi, Salentini, Veneziani,
Bolognesi, Livornesi, Parmigiani, Valdostani, South Tyroleans; Albanian, Romanian, Filipino, Peruvian, Argentine,
Nigerian, Egyptian, Sri Lankan Tamil, Cuban and American speakers) and from its situations: Milanesi ("uè", "taac", "la
sciura", "ghe pensi mi", "che sbatti", the tangenziale, Malpensa, the Navigli), Bergamaschi ("pota", "ol mé pà", Clusone,
a foundry, the oratorio), Torinesi ("cerea", "neh", "esageruma nen", "bogia nen", a bicerin), Genovesi ("belin", "ma che
ti dixi", "mi sun", the port, Boccadasse, "mugugno"), Friulani ("mandi", "cemût", "ce"), Triestini ("mula", "semo in
clapa", "xe", the bora, the Molo Audace), Sardi ("ajò", "eja", "su nonnu", "mi'", a sheepfold), Siciliani ("mizzica",
"amunì", "talìa", "bedda matri", Mazara and Palermo), Calabresi ("cumpà", "mo", "chi ndi sacciu", "u figghiolu"),
Ticinesi (Swiss Italian: "natel", "autopostale", "azione", "grüezi", frontalieri), teenagers ("bro", "raga", "zio",
"fra", "cringe", "skippa", "ci sta", TikTok, anime), grandparents ("signorina", "per cortesia", "ai miei tempi", old
names), small children ("alexa alexa", "la maestra ha detto"); immigrant families: Ukrainian carers ("dyakuyu", "bud
laska", "tak"), Moroccans ("wakha", "safi", "smahli", "afak", a fruit shop), Senegalese ("jërejëf", "nanga def",
"waaw", beach sellers), Chinese in Prato ("ni hao", "xiexie", "hao de", "laoban", "duibuqi"), Bangladeshi in Rome
("bhai", "dhonnobad", "acha"), Punjabi Sikhs in the Latina greenhouses ("sat sri akal", "ji", "haanji", "veere"),
Brazilians ("tá bom", "nossa", "beleza", "obrigado", "deixa pra lá"), Poles (without diacritics: "dzien dobry",
"kurcze", "dziekuje", "koniec"), British retirees in Umbria (English mixed in), learners at the Italian citizenship
exam (learner grammar). Jobs and situations: truck drivers at the Brennero, night-shift nurses, Mazara fishermen, the
grape harvest, ham-radio operators, stamp collectors, a train conductor, a hairdresser, baristas, a geography
teacher and Kahoot, Erasmus, Interrail, Worldle, a wedding seating plan, Trivial Pursuit, an escape room, Sanremo,
MotoGP, Risiko, L'Eredità and its ghigliottina, Reazione a catena, Christmas tombola, the football World Cup, the Six
Nations, fantacalcio, the Panini sticker album, the maturità. Plus follow-ups (said inside a session, without
"alexa"), the several-capital countries in the plural, subdivisions and territories, yes/no checks, self-corrections,
reverse questions, official, everyday and old names, shared names, launch by "capitali del mondo", help, stop, cancel
and out-of-domain requests. Every line written by hand as one utterance; no outside text consulted."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
milanesi | alexa uè dimmi al volo la capitale {} | della svizzera=CH; del lussemburgo=LU; del liechtenstein=LI
milanesi | alexa sono in coda in tangenziale e mi chiedo la capitale {} | della danimarca=DK; della svezia=SE; della norvegia=NO
milanesi | alexa taac e la capitale del belgio qual è | BE
milanesi | alexa la mia morosa parte per lavoro {} qual è la capitale | in austria=AT; in polonia=PL; in cechia=CZ
milanesi | alexa alla fashion week sfila una modella {} qual è la capitale | del ghana=GH; del senegal=SN; dell'etiopia=ET
milanesi | alexa ghe pensi mi no dai dimmi tu la capitale della slovacchia | SK
milanesi | alexa prima dell'aperitivo sui navigli dimmi la capitale {} | del giappone=JP; di singapore=SG; del brasile=BR
milanesi | alexa la sciura del terzo piano vuole sapere la capitale del portogallo | PT
milanesi | alexa ho un volo da malpensa per {} qual è la capitale di lì | il marocco=MA; la giordania=JO; l'oman=OM
milanesi | alexa che sbatti non mi ricordo la capitale dell'uzbekistan | UZ
bergamaschi | alexa pota qual è la capitale {} | della slovenia=SI; della croazia=HR; dell'ungheria=HU
bergamaschi | alexa ol mé pà vuole sapere la capitale {} | della romania=RO; della bulgaria=BG; della serbia=RS
bergamaschi | alexa pota ma te set la capitale del montenegro | ME
bergamaschi | alexa sono di clusone e non so la capitale della bosnia ed erzegovina | BA
bergamaschi | alexa pota alla festa dell'oratorio chiedono la capitale {} | dell'albania=AL; del kosovo=XK; della macedonia del nord=MK
torinesi | alexa cerea dimmi la capitale {} neh | della francia=FR; della spagna=ES; dell'irlanda=IE
torinesi | alexa esageruma nen ma la capitale {} qual è | dell'islanda=IS; della finlandia=FI; dell'estonia=EE
torinesi | alexa al bicerin mi hanno chiesto la capitale della lettonia | LV
torinesi | alexa a l'è tardi ma dimmi la capitale della lituania neh | LT
torinesi | alexa bogia nen e dimmi la capitale {} | di andorra=AD; di monaco=MC; di san marino=SM
torinesi | alexa guardando la juve mi è venuto il dubbio sulla capitale dell'uruguay | UY
genovesi | alexa belin qual è la capitale {} | della grecia=GR; di cipro=CY; di malta=MT
genovesi | alexa mi sun al porto e la nave va {} che capitale ha | in tunisia=TN; in algeria=DZ; in libia=LY
genovesi | alexa ma che ti dixi qual è la capitale del libano | LB
genovesi | alexa a boccadasse ci chiediamo la capitale dell'ecuador | EC
genovesi | alexa belin che mugugno non trovo la capitale dell'egitto | EG
friulani | alexa mandi dimmi la capitale {} | della moldavia=MD; dell'ucraina=UA; della bielorussia=BY
friulani | alexa cemût ma qual è la capitale della russia | RU
friulani | alexa mio nonno era emigrato {} qual è la capitale | in argentina=AR; in canada=CA; in australia=AU
friulani | alexa mandi e grazie ma la capitale del kazakistan qual è | KZ
triestini | alexa mula dimmi la capitale della serbia | RS
triestini | alexa xe vero che la capitale dell'austria xe vienna | AT
triestini | alexa semo in clapa al bar e volemo la capitale {} | della grecia=GR; della turchia=TR; dell'albania=AL
triestini | alexa dal molo audace vedo una nave {} qual è la capitale | panamense=PA; maltese=MT; liberiana=LR
sardi | alexa ajò dimmi la capitale {} | del senegal=SN; del gambia=GM; della guinea=GN
sardi | alexa eja e la capitale {} qual è | della guinea bissau=GW; della sierra leone=SL; della liberia=LR
sardi | alexa su nonnu vuole sapere la capitale di capo verde | CV
sardi | alexa ajò in ovile mi è venuta la curiosità della capitale {} | dell'australia=AU; della nuova zelanda=NZ; delle figi=FJ
sardi | alexa mi' che domanda la capitale della mauritania | MR
sardi | alexa sto tosando le pecore e voglio sapere la capitale del lesotho | LS
sardi | alexa eja ma la capitale della corsica no della francia | FR
siciliani | alexa mizzica e la capitale {} qual è | della siria=SY; dell'iraq=IQ; dell'iran=IR
siciliani | alexa amunì dimmi la capitale {} | dell'arabia saudita=SA; dello yemen=YE; del kuwait=KW
siciliani | alexa talìa u picciriddu chiede la capitale della tunisia | TN
siciliani | alexa bedda matri non mi ricordo la capitale della libia | LY
siciliani | alexa mio cugino a mazara pesca vicino {} qual è la capitale | alla tunisia=TN; a malta=MT; all'algeria=DZ
siciliani | alexa a palermo al mercato c'è un tizio {} qual è la capitale | del bangladesh=BD; dello sri lanka=LK; del ghana=GH
siciliani | alexa mizzica ma la capitale di israele qual è | IL
calabresi | alexa cumpà qual è la capitale {} | del qatar=QA; del bahrein=BH; degli emirati arabi uniti=AE
calabresi | alexa mo dimmi la capitale dell'afghanistan | AF
calabresi | alexa ma chi ndi sacciu io la capitale del pakistan dimmela tu | PK
calabresi | alexa u figghiolu è andato a lavorare {} qual è la capitale | in germania=DE; in svizzera=CH; in belgio=BE
calabresi | alexa cumpà mio fratello sta in australia ma la capitale dell'australia è sydney | AU
ticinesi | alexa ho il natel scarico mi dici la capitale {} | del kirghizistan=KG; del tagikistan=TJ; del turkmenistan=TM
ticinesi | alexa sono un frontaliere e mi chiedo la capitale della svizzera è berna o zurigo | CH
ticinesi | alexa grüezi qual è la capitale del liechtenstein | LI
ticinesi | alexa con l'autopostale si va in valle ma intanto dimmi la capitale {} | dell'armenia=AM; dell'azerbaigian=AZ; della mongolia=MN
ticinesi | alexa in migros c'è un'azione sui prodotti {} qual è la capitale | thailandesi=TH; vietnamiti=VN; giapponesi=JP
ragazzi | alexa bro tipo qual è la capitale {} | della corea del sud=KR; della thailandia=TH; della cambogia=KH
ragazzi | alexa raga zitti un attimo che chiedo la capitale {} | del vietnam=VN; del laos=LA; del myanmar=MM
ragazzi | alexa zio mi serve la capitale della mongolia per la verifica | MN
ragazzi | alexa ci sta se mi dici la capitale delle filippine | PH
ragazzi | alexa skippa tutto e dimmi la capitale dell'indonesia | ID
ragazzi | alexa fra la prof di geo ci interroga sulla capitale {} | del brunei=BN; di timor est=TL; della malaysia=MY
ragazzi | alexa è cringe ma non so la capitale della corea del nord | KP
ragazzi | alexa bella fra e la capitale del giappone | JP
ragazzi | alexa su tiktok dicono che la capitale {} è cambiata è vero | dell'indonesia=ID; della nigeria=NG; del burundi=BI
nonni | alexa signorina mi sa dire per cortesia la capitale {} | del brasile=BR; dell'argentina=AR; del cile=CL
nonni | alexa cara mi ripete la capitale del venezuela che non ho sentito bene | VE
nonni | alexa mio nipote è emigrato in colombia qual è la capitale | CO
nonni | alexa la mia povera mamma era nata in bolivia qual è la capitale | BO
nonni | alexa senta una cosa la capitale della persia quale era | IR
nonni | alexa quando ero giovane la capitale {} era un'altra oggi qual è | del brasile=BR; della germania=DE; della turchia=TR
nonni | alexa parli piano che non ci sento la capitale della jugoslavia oggi serbia qual è | RS
nonni | alexa mi scusi sono vecchia e non so usarla la capitale dell'ungheria | HU
bambini | alexa la maestra ha detto di cercare la capitale {} | del canada=CA; degli stati uniti=US; del messico=MX
bambini | alexa alexa qual è la capitale {} | del guatemala=GT; dell'honduras=HN; del nicaragua=NI
bambini | alexa mamma dice di chiederti la capitale della costa rica | CR
bambini | alexa io so la capitale della francia ma quella di el salvador no | SV
bambini | alexa il mio compagno di banco viene {} qual è la capitale | da cuba=CU; dalla giamaica=JM; da haiti=HT
bambini | alexa dimmi la capitale del belize che vinco la scommessa con mio fratello | BZ
bambini | alexa ho sette anni qual è la capitale del canada | CA
bambini | alexa nel libro dei pinguini c'è l'antartide qual è la capitale | AQ
bambini | alexa il mio pesce rosso si chiama tokyo di che paese è capitale | CITY:Tokyo
bambini | alexa la capitale {} per favore che la maestra interroga | della groenlandia=GL; dell'islanda=IS; della norvegia=NO
ucraini | alexa dyakuyu ma qual è la capitale {} | dell'ucraina=UA; della moldavia=MD; della polonia=PL
ucraini | alexa bud laska dimmi la capitale della georgia il paese | GE
ucraini | alexa tak tak e la capitale dell'armenia | AM
ucraini | alexa faccio la badante a rimini e la signora chiede la capitale {} | dell'azerbaigian=AZ; della lettonia=LV; della bielorussia=BY
ucraini | alexa la capitale dell'ucraina è kiev o kyiv | UA
marocchini | alexa wakha dimmi la capitale {} | del marocco=MA; della mauritania=MR; del mali=ML
marocchini | alexa safi e la capitale {} qual è | del niger=NE; del ciad=TD; del burkina faso=BF
marocchini | alexa smahli non ho capito la capitale del sudan | SD
marocchini | alexa afak mio figlio chiede la capitale del sahara occidentale | EH
senegalesi | alexa jërejëf dimmi la capitale {} | della costa d'avorio=CI; del togo=TG; del benin=BJ
senegalesi | alexa nanga def qual è la capitale {} | della nigeria=NG; del camerun=CM; del gabon=GA
senegalesi | alexa waaw e la capitale del gambia | GM
senegalesi | alexa vendo borse sulla spiaggia di rimini e un turista chiede la capitale {} | della guinea=GN; della sierra leone=SL; del mali=ML
senegalesi | alexa mio fratello gioca a calcio {} qual è la capitale | in turchia=TR; in qatar=QA; in arabia saudita=SA
cinesi | alexa ni hao qual è la capitale {} | di taiwan=TW; di singapore=SG; della malaysia=MY
cinesi | alexa il laoban chiede la capitale {} | dell'indonesia=ID; delle filippine=PH; del brunei=BN
cinesi | alexa xiexie e la capitale di timor est | TL
cinesi | alexa hao de e la capitale della cina è pechino vero | CN
cinesi | alexa nel mio laboratorio a prato un cliente viene {} qual è la capitale | dalla corea del sud=KR; dal giappone=JP; dalla mongolia=MN
bengalesi | alexa bhai dimmi la capitale {} | del bangladesh=BD; del nepal=NP; del bhutan=BT
bengalesi | alexa dhonnobad e la capitale {} | del pakistan=PK; dell'afghanistan=AF; dell'india=IN
bengalesi | alexa acha e la capitale delle maldive | MV
sikh | alexa sat sri akal dimmi la capitale dell'india | IN
sikh | alexa ji la capitale {} qual è | del sudafrica=ZA; del lesotho=LS; dell'eswatini=SZ
sikh | alexa haanji e la capitale {} | del botswana=BW; della namibia=NA; dello zimbabwe=ZW
sikh | alexa lavoro nelle serre a latina e il padrone chiede la capitale {} | del canada=CA; del regno unito=GB; della nuova zelanda=NZ
sikh | alexa veere la capitale del punjab qual è | IN-PB
brasiliani | alexa tá bom ma qual è la capitale {} | dell'angola=AO; del mozambico=MZ; di são tomé e príncipe=ST
brasiliani | alexa nossa non so la capitale {} | della guinea equatoriale=GQ; della repubblica centrafricana=CF; del ruanda=RW
brasiliani | alexa beleza e la capitale del burundi | BI
brasiliani | alexa cara la capitale del brasile è rio o brasilia | BR
brasiliani | alexa obrigado e adesso la capitale {} | di bahia=BR-BA; di minas gerais=BR-MG; del paraná=BR-PR
polacchi | alexa dzien dobry qual è la capitale {} | del kenya=KE; della tanzania=TZ; dell'uganda=UG
polacchi | alexa kurcze non ricordo la capitale {} | dell'eritrea=ER; di gibuti=DJ; della somalia=SO
polacchi | alexa dziekuje e adesso la capitale del sud sudan | SS
polacchi | alexa tak tak la capitale della polonia è varsavia o cracovia | PL
polacchi | alexa pulisco uffici la sera e il collega chiede la capitale {} | dello zambia=ZM; del malawi=MW; del madagascar=MG
inglesi | alexa cheers e la capitale {} | della papua nuova guinea=PG; delle isole salomone=SB; di vanuatu=VU
inglesi | alexa lovely now what's the capital {} please | of fiji=FJ; of samoa=WS; of tonga=TO
inglesi | alexa brilliant e la capitale di tuvalu | TV
inglesi | alexa sorry my italian non è buono the capital of scotland is edinburgh right | GB-SCT
inglesi | alexa we live in umbria now ma qual è la capitale del galles | GB-WLS
inglesi | alexa my wife asks la capitale dell'irlanda del nord | GB-NIR
giochi | alexa stiamo giocando a risiko e ho conquistato {} qual è la capitale | il madagascar=MG; l'afghanistan=AF; il venezuela=VE
giochi | alexa a risiko la jacuzia non è un paese ma la capitale della russia qual è | RU
giochi | alexa sto perdendo a risiko dimmi almeno la capitale del perù | PE
giochi | alexa all'eredità hanno chiesto la capitale {} | delle isole marshall=MH; della micronesia=FM; di palau=PW
giochi | alexa alla ghigliottina la parola era capitale {} qual è | del kiribati=KI; di nauru=NR; di tuvalu=TV
giochi | alexa flavio insinna ha chiesto la capitale dell'eritrea io ho detto asmara ho ragione | ER
giochi | alexa a reazione a catena è uscita la capitale {} | delle comore=KM; di mauritius=MU; delle seychelles=SC
giochi | alexa pausa pubblicità dimmi la capitale del camerun | CM
giochi | alexa mentre giochiamo a tombola la zia chiede la capitale {} | di antigua e barbuda=AG; di saint kitts e nevis=KN; di saint lucia=LC
giochi | alexa è uscito il novanta la paura e la nonna vuole la capitale {} | di saint vincent e grenadine=VC; di grenada=GD; di barbados=BB
giochi | alexa tra una cartella e l'altra la capitale delle bahamas | BS
giochi | alexa vigilia di natale tutti a tavola qual è la capitale della dominica | DM
sport | alexa ai mondiali gioca {} qual è la capitale | la giamaica=JM; trinidad e tobago=TT; il costa rica=CR
sport | alexa ai mondiali in qatar la capitale qual era | QA
sport | alexa il prossimo mondiale si gioca anche in {} qual è la capitale | messico=MX; canada=CA; marocco=MA
sport | alexa al sei nazioni l'italia gioca contro {} qual è la capitale | la scozia=GB-SCT; il galles=GB-WLS; l'inghilterra=GB-ENG
sport | alexa il rugby a dublino la capitale dell'irlanda è dublino vero | IE
sport | alexa il terzo tempo è a cardiff ma è la capitale di cosa | CITY:Cardiff
sport | alexa il sei nazioni lo gioca anche la francia qual è la capitale | FR
sport | alexa al fantacalcio ho preso un attaccante {} qual è la capitale del suo paese | georgiano=GE; nigeriano=NG; serbo=RS
sport | alexa il mio portiere al fanta è {} che capitale ha | camerunese=CM; slovacco=SK; rumeno=RO
sport | alexa asta del fanta tra amici e serve la capitale della costa d'avorio | CI
sport | alexa sto attaccando le figurine {} qual è la capitale | del ghana=GH; dell'ecuador=EC; della tunisia=TN
sport | alexa ce l'ho ce l'ho mi manca mi dici la capitale del qatar | QA
scuola | alexa domani ho la maturità ripassiamo la capitale {} | della repubblica dominicana=DO; della dominica=DM; di grenada=GD
scuola | alexa ho la tesina sulla guerra fredda e mi serve la capitale della germania dell'ovest allora era bonn e oggi | DE
scuola | alexa notte prima degli esami dimmi la capitale dell'iraq | IQ
cittadinanza | alexa io studio per esame di italiano dimmi capitale {} per favore | di suriname=SR; di guyana=GY; di venezuela=VE
cittadinanza | alexa scusa io non parlo bene qual è capitale di nepal | NP
cittadinanza | alexa io vengo da ghana capitale accra giusto | GH
cittadinanza | alexa per la cittadinanza devo sapere la capitale d'italia | IT
cittadinanza | alexa come si dice capitale di moldova | MD
cittadinanza | alexa mia moglie domanda capitale di eritrea | ER
lavoro | alexa sono fermo al brennero qual è la capitale {} | della baviera=DE-BY; del tirolo austriaco ah no dell'austria=AT; della germania=DE
lavoro | alexa domani scarico a stoccarda ma è la capitale di quale land | CITY:Stoccarda
lavoro | alexa il carico va {} qual è la capitale | in bassa sassonia=DE-NI; in assia=DE-HE; in sassonia=DE-SN
lavoro | alexa in autogrill mi chiedono la capitale della renania settentrionale vestfalia | DE-NW
lavoro | alexa sto andando in lituania col tir qual è la capitale | LT
lavoro | alexa pausa tachigrafo dimmi la capitale {} | del brandeburgo=DE-BB; della turingia=DE-TH; del saarland=DE-SL
lavoro | alexa turno di notte in reparto dimmi la capitale {} | del mozambico=MZ; dell'angola=AO; dello zambia=ZM
lavoro | alexa il paziente del letto quattro chiede la capitale della tanzania | TZ
lavoro | alexa la collega peruviana vuole sapere la capitale del paraguay | PY
lavoro | alexa pausa caffè alle tre di notte e la capitale dell'uganda | UG
lavoro | alexa la signora ricoverata è nata {} qual è la capitale | in eritrea=ER; in etiopia=ET; in somalia=SO
lavoro | alexa siamo a pescare al largo {} qual è la capitale | di lampedusa vicino alla tunisia=TN; di malta=MT; della libia=LY
lavoro | alexa il peschereccio è di mazara ma l'equipaggio è {} qual è la capitale | tunisino=TN; egiziano=EG; indonesiano=ID
lavoro | alexa cala la rete e dimmi la capitale della grecia | GR
lavoro | alexa durante la vendemmia il ragazzo {} chiede la capitale del suo paese | macedone=MK; bulgaro=BG; indiano=IN
lavoro | alexa tra un filare e l'altro dimmi la capitale {} | della moldavia=MD; della georgia dove fanno il vino=GE; dell'armenia=AM
passatempi | alexa ho fatto un collegamento radio con {} qual è la capitale | le isole salomone=SB; nauru=NR; kiribati=KI
passatempi | alexa in onde corte ho sentito una stazione {} che capitale ha | delle isole cook=CK; delle isole falkland=FK; di sant'elena=SH
passatempi | alexa il mio corrispondente sta a tristan da cunha ma la capitale di sant'elena qual è | SH
passatempi | alexa ho un francobollo {} qual è la capitale | di barbados=BB; delle bahamas=BS; di saint vincent e grenadine=VC
passatempi | alexa nella collezione del nonno c'è un francobollo {} che capitale aveva | dello zaire=CD; della rhodesia=ZW; del dahomey=BJ
passatempi | alexa il francobollo dice magyar posta di che paese è e qual è la capitale | HU
lavoro | alexa il frecciarossa per parigi parte alle sei e la capitale {} | del belgio=BE; dei paesi bassi=NL; del lussemburgo=LU
lavoro | alexa sul treno notte per vienna un passeggero chiede la capitale della slovacchia | SK
lavoro | alexa biglietti prego no scusa alexa la capitale della slovenia | SI
lavoro | alexa sotto il casco la cliente vuole la capitale della giamaica | JM
lavoro | alexa la mia cliente va in viaggio di nozze {} qual è la capitale | alle maldive=MV; alle seychelles=SC; a mauritius=MU
lavoro | alexa al bancone mi chiedono la capitale {} | del kenya=KE; del ruanda=RW; del malawi=MW
lavoro | alexa mentre faccio i cappuccini dimmi la capitale della colombia | CO
lavoro | alexa il caffè viene {} qual è la capitale | dal guatemala=GT; dall'etiopia=ET; dal brasile=BR
scuola | alexa sto preparando la lezione di geografia per la seconda media la capitale {} | del cile=CL; dell'argentina=AR; della bolivia=BO
scuola | alexa sto correggendo i compiti ed è giusto che la capitale {} | del kazakistan è astana=KZ; della nigeria è abuja=NG; del myanmar è naypyidaw=MM
scuola | alexa per il kahoot di domani mi serve la capitale dell'honduras | HN
viaggi | alexa il mio coinquilino erasmus viene {} qual è la capitale | dalla finlandia=FI; dall'estonia=EE; dalla lettonia=LV
viaggi | alexa a lisbona in erasmus mi chiedono la capitale di capo verde | CV
viaggi | alexa la mia amica di erasmus è di cipro qual è la capitale | CY
viaggi | alexa faccio l'interrail e la prossima tappa è {} qual è la capitale | la romania=RO; la bulgaria=BG; la bosnia=BA
giochi | alexa a worldle oggi la forma sembra {} qual è la capitale | il cile=CL; il malawi=MW; il laos=LA
giochi | alexa ho sbagliato worldle era {} mi dici la capitale | il kirghizistan=KG; il togo=TG; il benin=BJ
viaggi | alexa per il tableau del matrimonio i tavoli hanno il nome di capitali qual è la capitale {} | dell'islanda=IS; del portogallo=PT; del marocco=MA
viaggi | alexa il viaggio di nozze è in polinesia francese qual è la capitale | PF
giochi | alexa a trivial la domanda blu è la capitale {} | del gabon=GA; del congo brazzaville=CG; del ciad=TD
giochi | alexa ultima domanda per la torta la capitale della repubblica centrafricana | CF
giochi | alexa siamo in una escape room e il codice è la capitale {} | della guinea equatoriale=GQ; di gibuti=DJ; del sud sudan=SS
giochi | alexa mancano cinque minuti nell'escape room dimmi la capitale del suriname | SR
giochi | alexa durante il festival ho scommesso sulla capitale della guyana | GY
sport | alexa il gran premio di motogp è in {} qual è la capitale | indonesia=ID; thailandia=TH; malesia=MY
sport | alexa dopo la gara di misano dimmi la capitale di san marino | SM
plural-capitals | alexa quali sono le capitali {} | del benin=BJ; della bolivia=BO; della costa d'avorio=CI
plural-capitals | alexa mi dici tutte e due le capitali {} | dello sri lanka=LK; della malaysia=MY; dei paesi bassi=NL
plural-capitals | alexa l'eswatini ha più capitali quali sono | SZ
plural-capitals | alexa il sudafrica ha tre capitali me le dici tutte | ZA
plural-capitals | alexa quali sono le due capitali della palestina | PS
plural-capitals | alexa la maestra dice che {} ha due capitali quali sono | la bolivia=BO; il benin=BJ; lo sri lanka=LK
plural-capitals | alexa elencami le capitali {} | del sudafrica=ZA; dell'eswatini=SZ; della palestina=PS
plural-capitals | alexa pota ma la costa d'avorio quante capitali ha e quali | CI
plural-capitals | alexa belin l'olanda ha due capitali amsterdam e l'aia o sbaglio quali sono | NL
plural-capitals | alexa bro la malaysia ha due capitali tipo kuala lumpur e un'altra quali sono | MY
plural-capitals | alexa nonna chiede le capitali {} che sono due | del benin=BJ; della costa d'avorio=CI; della malaysia=MY
plural-capitals | alexa per la verifica mi servono le capitali {} sia quella politica che quella amministrativa | della bolivia=BO; dei paesi bassi=NL; dello sri lanka=LK
plural-capitals | alexa mizzica il sudafrica ha pretoria città del capo e bloemfontein sono quelle le capitali | ZA
plural-capitals | alexa cumpà le capitali dello swaziland quali sono | SZ
plural-capitals | alexa bhai dimmi le capitali della palestina ramallah e gerusalemme est | PS
plural-capitals | alexa jërejëf le capitali del benin porto novo e cotonou giusto | BJ
plural-capitals | alexa la bolivia ha la paz e sucre quale delle due è la capitale o lo sono tutte e due | BO
plural-capitals | alexa a risiko serve sapere le capitali della costa d'avorio | CI
plural-capitals | alexa ni hao le capitali della malesia quali sono | MY
plural-capitals | alexa sat sri akal lo sri lanka ha due capitali colombo e l'altra come si chiama | LK
plural-capitals | alexa all'eredità chiedono le capitali dei paesi bassi | NL
plural-capitals | alexa haanji quante capitali ha il sudafrica dimmele | ZA
plural-capitals | alexa la mia cliente va in eswatini quali sono le capitali | SZ
plural-capitals | alexa dyakuyu e le capitali dello stato di palestina | PS
plural-capitals | alexa ultima cosa le capitali della bolivia quali sono | BO
plural-capitals | alexa in quale delle sue capitali ha sede il governo dei paesi bassi dimmele tutte | NL
plural-capitals | alexa dimmi le capitali del benin per il trivial | BJ
plural-capitals | alexa le capitali della costa d'avorio sono yamoussoukro e abidjan vero | CI
plural-capitals | alexa cerea quali capitali ha la malaysia neh | MY
plural-capitals | alexa la capitale amministrativa e quella commerciale dello sri lanka quali sono | LK
plural-capitals | alexa e le capitali dell'eswatini mbabane e lobamba giusto | SZ
plural-capitals | alexa le tre capitali sudafricane quali sono | ZA
plural-capitals | alexa sono un insegnante mi elenchi le capitali della palestina | PS
plural-capitals | alexa wakha la palestina quante capitali ha e come si chiamano | PS
plural-capitals | alexa mizzica le capitali dei palestinesi quali sono | PS
plural-capitals | alexa senegalesi e beninesi al mercato chiedono le capitali del benin quali sono | BJ
plural-capitals | alexa al fanta ho un ivoriano mi dici le due capitali del suo paese la costa d'avorio | CI
subdivision | alexa qual è la capitale dello stato {} | del texas=US-TX; della california=US-CA; della florida=US-FL
subdivision | alexa la capitale dello stato di new york è new york city o no | US-NY
subdivision | alexa mia cugina vive {} qual è la capitale dello stato | in ohio=US-OH; in michigan=US-MI; in illinois=US-IL
subdivision | alexa che capitale ha {} quello americano | il nevada=US-NV; l'arizona=US-AZ; lo utah=US-UT
subdivision | alexa la capitale {} negli stati uniti | del colorado=US-CO; del nuovo messico=US-NM; del wyoming=US-WY
subdivision | alexa dimmi la capitale {} che ho visto un film ambientato lì | del montana=US-MT; dell'idaho=US-ID; dell'oregon=US-OR
subdivision | alexa sono stato in vacanza {} qual è la capitale | alle hawaii=US-HI; in alaska=US-AK; in louisiana=US-LA
subdivision | alexa dimmi la capitale {} nel new england | del massachusetts=US-MA; del connecticut=US-CT; del rhode island=US-RI
subdivision | alexa la capitale {} stato americano | del vermont=US-VT; del new hampshire=US-NH; del maine=US-ME
subdivision | alexa sto guardando una serie ambientata {} qual è la capitale di quello stato | in new jersey=US-NJ; in pennsylvania=US-PA; in maryland=US-MD
subdivision | alexa mi dici la capitale {} negli usa | del delaware=US-DE; della virginia=US-VA; della virginia occidentale=US-WV
subdivision | alexa qual è la capitale {} quella degli stati uniti | della carolina del nord=US-NC; della carolina del sud=US-SC; del tennessee=US-TN
subdivision | alexa la capitale {} nel sud degli stati uniti | dell'alabama=US-AL; del mississippi=US-MS; dell'arkansas=US-AR
subdivision | alexa la capitale del kentucky qual è | US-KY
subdivision | alexa il mio amico americano è {} qual è la capitale | del missouri=US-MO; dell'iowa=US-IA; del minnesota=US-MN
subdivision | alexa stato del {} capitale | wisconsin=US-WI; kansas=US-KS; nebraska=US-NE
subdivision | alexa la capitale {} grazie | del dakota del nord=US-ND; del dakota del sud=US-SD; dell'oklahoma=US-OK
subdivision | alexa la capitale dell'indiana negli stati uniti non il paese | US-IN
subdivision | alexa la capitale dello stato di washington quello sul pacifico | US-WA
subdivision | alexa capitale della provincia {} in canada | dell'ontario=CA-ON; del québec=CA-QC; della columbia britannica=CA-BC
subdivision | alexa mio zio abita {} in canada qual è la capitale | in alberta=CA-AB; in manitoba=CA-MB; in saskatchewan=CA-SK
subdivision | alexa la capitale {} canadese | della nuova scozia=CA-NS; del nuovo brunswick=CA-NB; dell'isola del principe edoardo=CA-PE
subdivision | alexa e la capitale di terranova e labrador | CA-NL
subdivision | alexa qual è la capitale {} su al nord del canada | dello yukon=CA-YT; del nunavut=CA-NU; dei territori del nord ovest=CA-NT
subdivision | alexa la capitale dello stato australiano {} | del queensland=AU-QLD; della tasmania=AU-TAS; del nuovo galles del sud=AU-NSW
subdivision | alexa capitale {} australia | dello stato di victoria=AU-VIC; dell'australia occidentale=AU-WA; dell'australia meridionale=AU-SA
subdivision | alexa la capitale del territorio del nord in australia | AU-NT
subdivision | alexa qual è la capitale del territorio della capitale australiana | AU-ACT
subdivision | alexa la capitale dello stato indiano {} | del kerala=IN-KL; del tamil nadu=IN-TN; del karnataka=IN-KA
subdivision | alexa in india la capitale {} qual è | del rajasthan=IN-RJ; del gujarat=IN-GJ; del maharashtra=IN-MH
subdivision | alexa dimmi la capitale {} in india | del bengala occidentale=IN-WB; dell'uttar pradesh=IN-UP; del bihar=IN-BR
subdivision | alexa la capitale dello stato {} india | di goa=IN-GA; del punjab=IN-PB; dell'haryana=IN-HR
subdivision | alexa stato indiano {} capitale | dell'assam=IN-AS; del sikkim=IN-SK; del manipur=IN-MN
subdivision | alexa capitale {} stato dell'india | del madhya pradesh=IN-MP; dell'andhra pradesh=IN-AP; del telangana=IN-TS
subdivision | alexa la capitale dell'odisha | IN-OD
subdivision | alexa la capitale {} nel nord dell'india | del chhattisgarh=IN-CG; dell'uttarakhand=IN-UK; dell'himachal pradesh=IN-HP
subdivision | alexa il jharkhand che capitale ha | IN-JH
subdivision | alexa nel nord est dell'india qual è la capitale {} | del nagaland=IN-NL; del mizoram=IN-MZ; del tripura=IN-TR
subdivision | alexa la capitale dell'arunachal pradesh | IN-AR
subdivision | alexa la capitale del meghalaya | IN-ML
subdivision | alexa il kashmir indiano che capitale ha | IN-JK
subdivision | alexa la capitale {} territorio dell'india | del ladakh=IN-LA; delle andamane e nicobare=IN-AN; delle laccadive=IN-LD
subdivision | alexa la capitale di pondicherry | IN-PY
subdivision | alexa la capitale di dadra e nagar haveli e daman e diu | IN-DH
subdivision | alexa delhi territorio che capitale ha | IN-DL
subdivision | alexa la capitale del land {} | del baden württemberg=DE-BW; della renania palatinato=DE-RP; dello schleswig holstein=DE-SH
subdivision | alexa in germania la capitale {} qual è | del meclemburgo pomerania=DE-MV; della sassonia anhalt=DE-ST; della baviera=DE-BY
subdivision | alexa capitale dell'assia in germania | DE-HE
subdivision | alexa la capitale dello stato brasiliano {} | di san paolo=BR-SP; di rio de janeiro=BR-RJ; dell'amazonas=BR-AM
subdivision | alexa in brasile la capitale {} qual è | del pernambuco=BR-PE; del ceará=BR-CE; del rio grande do sul=BR-RS
subdivision | alexa capitale dello stato {} in brasile | di santa catarina=BR-SC; del goiás=BR-GO; del pará=BR-PA
subdivision | alexa la capitale {} brasile | del mato grosso=BR-MT; del mato grosso do sul=BR-MS; del maranhão=BR-MA
subdivision | alexa stato brasiliano {} che capitale ha | dell'acre=BR-AC; di alagoas=BR-AL; dell'amapá=BR-AP
subdivision | alexa la capitale {} nel nordest del brasile | della paraíba=BR-PB; del piauí=BR-PI; del rio grande do norte=BR-RN
subdivision | alexa qual è la capitale {} brasiliano | del sergipe=BR-SE; del tocantins=BR-TO; dell'espírito santo=BR-ES
subdivision | alexa la capitale dello stato di rondônia | BR-RO
subdivision | alexa la capitale di roraima | BR-RR
subdivision | alexa il distretto federale del brasile ha una capitale | BR-DF
subdivision | alexa la capitale dello stato messicano {} | di jalisco=MX-JAL; di nuevo león=MX-NLE; di oaxaca=MX-OAX
subdivision | alexa in messico la capitale {} qual è | dello yucatán=MX-YUC; del chiapas=MX-CHP; di quintana roo=MX-ROO
subdivision | alexa capitale dello stato {} messico | di sonora=MX-SON; di chihuahua=MX-CHH; di sinaloa=MX-SIN
subdivision | alexa la capitale {} in messico | della bassa california=MX-BCN; della bassa california del sud=MX-BCS; di coahuila=MX-COA
subdivision | alexa stato messicano {} capitale | di veracruz=MX-VER; di tabasco=MX-TAB; di campeche=MX-CAM
subdivision | alexa la capitale di {} stato del messico | guerrero=MX-GRO; michoacán=MX-MIC; morelos=MX-MOR
subdivision | alexa la capitale {} messicano | dello stato di hidalgo=MX-HID; dello stato di puebla=MX-PUE; dello stato di tlaxcala=MX-TLA
subdivision | alexa e la capitale {} in messico | di guanajuato=MX-GUA; di querétaro=MX-QUE; di san luis potosí=MX-SLP
subdivision | alexa capitale di {} in messico | zacatecas=MX-ZAC; aguascalientes=MX-AGU; durango=MX-DUR
subdivision | alexa la capitale {} messico | di nayarit=MX-NAY; di colima=MX-COL; di tamaulipas=MX-TAM
subdivision | alexa la capitale dello stato del messico quello intorno alla capitale | MX-MEX
subdivision | alexa la capitale della scozia | GB-SCT
subdivision | alexa qual è la capitale dell'irlanda del nord | GB-NIR
subdivision | alexa la capitale del galles è cardiff o swansea | GB-WLS
territori | alexa sto guardando un documentario sulle isole qual è la capitale {} | della groenlandia=GL; delle isole faroe=FO; delle isole åland=AX
territori | alexa la capitale {} che è ancora inglese | di gibilterra=GI; delle bermuda=BM; delle isole cayman=KY
territori | alexa la capitale di porto rico | PR
territori | alexa la capitale {} francese | della nuova caledonia=NC; della guyana=GF; della martinica=MQ
territori | alexa la capitale {} nei caraibi | della guadalupa=GP; di aruba=AW; di curaçao=CW
territori | alexa la capitale dell'isola della riunione | RE
territori | alexa la capitale {} che sulla cartina non la trovo | di mayotte=YT; di saint barth=BL; di saint martin la parte francese=MF
territori | alexa la capitale di sint maarten la parte olandese | SX
territori | alexa la capitale di bonaire | BQ
territori | alexa la capitale {} nel canale della manica | di jersey=JE; di guernsey=GG; dell'isola di man=IM
territori | alexa la capitale {} nel pacifico | delle samoa americane=AS; di guam=GU; delle isole marianne settentrionali=MP
territori | alexa la capitale di niue | NU
territori | alexa la capitale delle svalbard | SJ
territori | alexa capitale {} territorio britannico | di anguilla=AI; di montserrat=MS; delle isole turks e caicos=TC
territori | alexa la capitale delle isole pitcairn quelle degli ammutinati del bounty | PN
territori | alexa la capitale {} in mezzo all'oceano | di tokelau=TK; di wallis e futuna=WF; dell'isola norfolk=NF
territori | alexa la capitale di saint pierre e miquelon | PM
territori | alexa la capitale {} nell'oceano indiano | dell'isola christmas=CX; delle isole cocos=CC; delle isole heard=HM
territori | alexa hong kong ha una capitale sua | HK
territori | alexa la capitale di macao | MO
territori | alexa la capitale delle isole vergini britanniche | VG
territori | alexa la capitale delle isole vergini americane | VI
territori | alexa la capitale della georgia del sud | GS
territori | alexa la capitale delle terre australi francesi | TF
territori | alexa la capitale del territorio britannico dell'oceano indiano | IO
territori | alexa l'isola bouvet ha una capitale | BV
territori | alexa la capitale delle isole minori degli stati uniti | UM
territori | alexa la capitale di washington dc | US-DC
follow-up | e {} | della francia=FR; del nepal=NP; della tasmania=AU-TAS
follow-up | e quella {} | della svezia=SE; del vietnam=VN; del ruanda=RW
follow-up | invece la capitale {} | della lituania=LT; del gabon=GA; della virginia=US-VA
follow-up | ok e adesso {} | il bhutan=BT; la guyana=GY; il manitoba=CA-MB
follow-up | e per {} | il nicaragua=NI; la namibia=NA; il kerala=IN-KL
follow-up | anche quella {} | del ghana=GH; dell'oman=OM; dell'idaho=US-ID
follow-up | poi {} | la capitale del laos=LA; la capitale del sudan=SD; la capitale della baviera=DE-BY
follow-up | ajò e {} | del burkina faso=BF; della giamaica=JM; dello zambia=ZM
follow-up | pota e {} | della sassonia=DE-SN; dell'alberta=CA-AB; del jalisco=MX-JAL
follow-up | un'altra {} | l'armenia=AM; il madagascar=MG; la scozia=GB-SCT
follow-up | bene adesso dimmi {} | quella del kenya=KE; quella del lesotho=LS; quella dell'arizona=US-AZ
follow-up | e la capitale dei paesi bassi invece | NL
follow-up | e quelle della bolivia | BO
follow-up | e quali sono quelle del sudafrica | ZA
follow-up | belin e {} | di cuba=CU; di haiti=HT; della bahia=BR-BA
follow-up | la prossima è {} | l'uzbekistan=UZ; il turkmenistan=TM; l'eritrea=ER
follow-up | bravo e {} | del mali=ML; del niger=NE; del texas=US-TX
follow-up | mo quella {} | del libano=LB; della giordania=JO; del galles=GB-WLS
follow-up | e di {} | malta=MT; cipro=CY; tonga=TO
follow-up | allora {} qual è | la capitale del perù=PE; la capitale dell'egitto=EG; la capitale dell'ontario=CA-ON
follow-up | ok grazie e quella della tunisia | TN
follow-up | e se ti chiedo la capitale della grecia | GR
follow-up | e la tanzania | TZ
follow-up | sì sì e la capitale della slovenia | SI
yes-no-check | alexa è vero che la capitale {} | dell'australia è sydney=AU; del canada è toronto=CA; della turchia è istanbul=TR
yes-no-check | alexa la capitale {} giusto | del brasile è brasilia=BR; della svizzera è berna=CH; del marocco è rabat=MA
yes-no-check | alexa ma la capitale {} o mi sbaglio | della nigeria è lagos=NG; del vietnam è hanoi=VN; della tanzania è dar es salaam=TZ
yes-no-check | alexa confermi che la capitale {} | del pakistan è islamabad=PK; del kazakistan è almaty=KZ; della bolivia è la paz=BO
yes-no-check | alexa mi dici se la capitale {} | della nuova zelanda è auckland=NZ; degli stati uniti è new york=US; dell'india è mumbai=IN
yes-no-check | alexa davvero la capitale {} | del myanmar non è più rangoon=MM; della costa d'avorio non è abidjan=CI; del belize non è belize city=BZ
yes-no-check | alexa sì o no la capitale {} | della california è los angeles=US-CA; del texas è houston=US-TX; della florida è miami=US-FL
yes-no-check | alexa è corretto dire che la capitale {} | della scozia è glasgow=GB-SCT; del québec è montréal=CA-QC; della baviera è monaco=DE-BY
yes-no-check | alexa scommetto che la capitale {} ho vinto | dell'ecuador è quito=EC; del camerun è douala=CM; della siria è damasco=SY
yes-no-check | alexa pota la capitale del montenegro è podgorica sì | ME
yes-no-check | alexa bro la capitale del sudafrica è johannesburg vero | ZA
yes-no-check | alexa mizzica ma la capitale di malta è la valletta giusto | MT
yes-no-check | alexa mio marito dice che la capitale dell'illinois è chicago ha ragione | US-IL
yes-no-check | alexa dico bene che la capitale della germania è berlino | DE
yes-no-check | alexa la capitale della cina è shanghai vero | CN
yes-no-check | alexa la capitale dell'australia occidentale è perth giusto | AU-WA
yes-no-check | alexa non è che la capitale del pennsylvania è filadelfia | US-PA
yes-no-check | alexa vero o falso la capitale del burundi è bujumbura | BI
yes-no-check | alexa la capitale dell'uzbekistan è samarcanda sì o no | UZ
yes-no-check | alexa sicura che la capitale del kerala è kochi | IN-KL
yes-no-check | alexa la capitale della georgia il paese è tbilisi vero | GE
yes-no-check | alexa mi confermi che nairobi è la capitale del kenya | KE
yes-no-check | alexa ankara è la capitale della turchia sì | TR
yes-no-check | alexa wellington è la capitale della nuova zelanda o no | NZ
self-correction | alexa mi serve la capitale {} | dell'austria no scusa dell'australia=AU; della svezia anzi della svizzera=CH; dell'islanda cioè dell'irlanda=IE
self-correction | alexa per piacere qual è la capitale {} | della slovenia no aspetta della slovacchia=SK; del niger volevo dire della nigeria=NG; della colombia no della columbia britannica=CA-BC
self-correction | alexa allora dimmi la capitale {} | della guinea no della guinea equatoriale=GQ; dell'iran scusa dell'iraq=IQ; della mauritania no delle mauritius=MU
self-correction | alexa la capitale del congo no aspetta della repubblica democratica del congo | CD
self-correction | alexa capitale della corea ehm del sud | KR
self-correction | alexa la capitale del messico anzi no del nuovo messico | US-NM
self-correction | alexa la capitale della virginia occidentale no solo virginia | US-VA
self-correction | alexa mizzica la capitale della libia no della liberia | LR
self-correction | alexa la capitale della lettonia ah no della lituania | LT
self-correction | alexa pota la capitale dell'austria ehm dell'ungheria | HU
self-correction | alexa la capitale del dakota del nord scusa del sud | US-SD
self-correction | alexa bro la capitale della malesia no aspetta del malawi | MW
self-correction | alexa la capitale del sudan cioè del sud sudan | SS
self-correction | alexa la capitale della sassonia no della sassonia anhalt | DE-ST
self-correction | alexa la capitale di {} | dominica no della repubblica dominicana=DO; samoa no delle samoa americane=AS; guinea bissau no guinea=GN
self-correction | alexa la capitale dell'armenia ah no volevo dire albania | AL
self-correction | alexa la capitale del gambia anzi dello zambia | ZM
self-correction | alexa qual è la capitale del paraguay no scusa dell'uruguay | UY
self-correction | alexa la capitale della nuova scozia no nuovo brunswick | CA-NB
self-correction | alexa la capitale della mongolia anzi della moldavia | MD
self-correction | alexa la capitale del queensland ehm del nuovo galles del sud | AU-NSW
self-correction | alexa la capitale di minas gerais no mato grosso | BR-MT
self-correction | alexa cerea la capitale dell'estonia no dell'eritrea | ER
self-correction | alexa la capitale della bassa sassonia no della bassa california | MX-BCN
self-correction | alexa la capitale dello sri lanka anzi del nepal | NP
reverse-question | alexa di quale paese è capitale {} | nairobi=CITY:Nairobi; ulan bator=CITY:Ulan Bator; reykjavík=CITY:Reykjavík
reverse-question | alexa {} è la capitale di quale paese | lubiana=CITY:Lubiana; bratislava=CITY:Bratislava; vientiane=CITY:Vientiane
reverse-question | alexa di che stato è capitale {} | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; albany=CITY:Albany
reverse-question | alexa {} di cosa è la capitale | canberra=CITY:Canberra; ottawa=CITY:Ottawa; brasilia=CITY:Brasilia
reverse-question | alexa pota {} è capitale di dove | ouagadougou=CITY:Ouagadougou; tegucigalpa=CITY:Tegucigalpa; antananarivo=CITY:Antananarivo
reverse-question | alexa la città di {} è capitale di che cosa | victoria=CITY:Victoria; kingston=CITY:Kingston; hamilton=CITY:Hamilton
reverse-question | alexa {} di quale stato è la capitale | montpelier=CITY:Montpelier; bismarck=CITY:Bismarck; cheyenne=CITY:Cheyenne
reverse-question | alexa bro {} è una capitale di che paese | astana=CITY:Astana; bishkek=CITY:Bishkek; dushanbe=CITY:Dushanbe
reverse-question | alexa chandigarh è capitale di cosa | CITY:Chandigarh
reverse-question | alexa saint john's è la capitale di dove | CITY:Saint John's
reverse-question | alexa la paz è capitale di quale posto | CITY:La Paz
reverse-question | alexa columbia è la capitale di che | CITY:Columbia
reverse-question | alexa di quale land è capitale {} | magonza=CITY:Magonza; wiesbaden=CITY:Wiesbaden; dresda=CITY:Dresda
reverse-question | alexa la capitale {} è di quale stato messicano | mérida=CITY:Mérida; morelia=CITY:Morelia; toluca=CITY:Toluca
reverse-question | alexa di quale stato brasiliano è capitale {} | manaus=CITY:Manaus; recife=CITY:Recife; curitiba=CITY:Curitiba
reverse-question | alexa in che provincia canadese la capitale è {} | regina=CITY:Regina; winnipeg=CITY:Winnipeg; halifax=CITY:Halifax
reverse-question | alexa di quale stato indiano è capitale {} | bhopal=CITY:Bhopal; patna=CITY:Patna; shillong=CITY:Shillong
reverse-question | alexa mizzica {} è la capitale di che cosa | la valletta=CITY:La Valletta; nicosia=CITY:Nicosia; tirana=CITY:Tirana
reverse-question | alexa santiago di che paese è capitale | CITY:Santiago
reverse-question | alexa georgetown di dove è capitale | CITY:Georgetown
reverse-question | alexa di che paese è la capitale san josé | CITY:San José
reverse-question | alexa monrovia è la capitale della liberia o della sierra leone | CITY:Monrovia
reverse-question | alexa ho sentito nominare funafuti è una capitale di cosa | CITY:Funafuti
official-name | alexa sul passaporto c'è scritto il nome lungo qual è la capitale {} | della repubblica federale di germania=DE; della confederazione elvetica=CH; della repubblica popolare cinese=CN
official-name | alexa nel libro c'è il nome ufficiale la capitale {} | del regno di spagna=ES; della repubblica ellenica=GR; del regno hascemita di giordania=JO
official-name | alexa per il compito dimmi la capitale {} | degli stati uniti d'america=US; della federazione russa=RU; della repubblica islamica dell'iran=IR
official-name | alexa col nome completo la capitale {} qual è | della repubblica di corea=KR; della repubblica popolare democratica di corea=KP; della repubblica araba d'egitto=EG
official-name | alexa capitale {} grazie mille | del regno del marocco=MA; della repubblica del sudafrica=ZA; del granducato di lussemburgo=LU
official-name | alexa mi dici la capitale {} | degli stati uniti messicani=MX; della repubblica federativa del brasile=BR; del commonwealth d'australia=AU
official-name | alexa la capitale {} per favore | del regno unito di gran bretagna e irlanda del nord=GB; della repubblica francese=FR; della repubblica italiana=IT
official-name | alexa qual è la capitale del principato di monaco | MC
official-name | alexa la capitale del principato del liechtenstein | LI
official-name | alexa la capitale della repubblica di san marino | SM
official-name | alexa la capitale del regno dei paesi bassi | NL
official-name | alexa la capitale della repubblica socialista del vietnam | VN
official-name | alexa la capitale dello stato plurinazionale della bolivia | BO
official-name | alexa la capitale della repubblica bolivariana del venezuela | VE
official-name | alexa la capitale della repubblica democratica federale d'etiopia | ET
official-name | alexa la capitale del regno di thailandia | TH
official-name | alexa la capitale della repubblica del congo | CG
official-name | alexa la capitale della repubblica di turchia | TR
official-name | alexa la capitale della repubblica delle filippine | PH
official-name | alexa la capitale dello stato della città del vaticano | VA
official-name | alexa la capitale della repubblica ceca | CZ
official-name | alexa la capitale del regno di eswatini | SZ
official-name | alexa la capitale del sultanato dell'oman | OM
official-name | alexa la capitale della repubblica di cabo verde | CV
everyday-name | alexa come si dice da noi la capitale {} | dell'olanda=NL; dell'inghilterra=GB-ENG; dell'america=US
everyday-name | alexa come la chiamava mio nonno qual è la capitale {} | della birmania=MM; di ceylon=LK; dello zaire=CD
everyday-name | alexa la capitale {} di una volta | della persia=IR; del siam=TH; dell'abissinia=ET
everyday-name | alexa dimmi un po la capitale {} | della russia bianca=BY; di formosa=TW; dello swaziland=SZ
everyday-name | alexa la capitale {} quella di oggi | della macedonia=MK; della moldova=MD; della repubblica ceca=CZ
everyday-name | alexa capitale {} per favore | degli emirati=AE; della dominicana=DO; del centrafrica=CF
everyday-name | alexa mio padre dice così la capitale {} qual è | della malesia=MY; delle isole figi=FJ; dell'alto volta=BF
everyday-name | alexa la capitale del kirghisistan | KG
everyday-name | alexa la capitale delle malvine | FK
everyday-name | alexa la capitale della bosnia | BA
everyday-name | alexa la capitale del timor orientale | TL
everyday-name | alexa la capitale della cecoslovacchia oggi repubblica ceca | CZ
everyday-name | alexa la capitale del bengala | IN-WB
everyday-name | alexa la capitale della turchia che adesso si chiama türkiye | TR
everyday-name | alexa la capitale della gran bretagna | GB
everyday-name | alexa la capitale degli usa | US
everyday-name | alexa la capitale della vecchia rhodesia del nord | ZM
everyday-name | alexa la capitale del bechuanaland | BW
everyday-name | alexa la capitale della costa d'oro | GH
everyday-name | alexa la capitale della cambogia che si chiamava kampuchea | KH
everyday-name | alexa la capitale dello yucatan | MX-YUC
everyday-name | alexa la capitale della bassa sassonia che i tedeschi chiamano niedersachsen | DE-NI
everyday-name | alexa la capitale di santo domingo il paese | DO
everyday-name | alexa la capitale del congo belga | CD
shared-name | alexa qual è la capitale della georgia | GE+US-GA
shared-name | alexa la capitale della georgia che non so se intendo lo stato o il paese | GE+US-GA
shared-name | alexa non so quale ma dimmi la capitale {} | del congo=CD+CG; della corea=KP+KR; delle isole vergini=VG+VI
shared-name | alexa le capitali {} | dei due congo=CD+CG; delle due coree=KP+KR; delle isole vergini=VG+VI
shared-name | alexa pota la capitale della georgia | GE+US-GA
shared-name | alexa la capitale del congo quale dei due non lo so | CD+CG
shared-name | alexa mizzica la capitale della corea | KP+KR
shared-name | alexa bro capitale georgia | GE+US-GA
shared-name | alexa la capitale della georgia per il cruciverba | GE+US-GA
shared-name | alexa e le coree che capitali hanno | KP+KR
shared-name | alexa ajò la capitale del congo | CD+CG
shared-name | alexa cerea la capitale delle isole vergini | VG+VI
shared-name | alexa la capitale della georgia quella georgia lì | GE+US-GA
shared-name | alexa ni hao la capitale della corea | KP+KR
shared-name | alexa i congolesi che capitale hanno | CD+CG
shared-name | alexa cumpà le isole vergini che capitale hanno | VG+VI
shared-name | alexa la capitale dei coreani | KP+KR
shared-name | alexa georgia capitale per favore | GE+US-GA
shared-name | alexa dyakuyu la capitale della georgia | GE+US-GA
shared-name | alexa tak e la capitale del congo | CD+CG
out-of-domain | alexa che tempo fa domani {} | a bergamo=FB; a clusone=FB; a cagliari=FB
out-of-domain | alexa pioverà {} | sabato a genova=FB; stanotte a trieste=FB; durante la vendemmia nelle langhe=FB
out-of-domain | alexa c'è bora oggi a trieste | FB
out-of-domain | alexa metti {} | radio deejay=FB; la musica di vasco rossi=FB; una canzone di fabrizio de andré=FB
out-of-domain | alexa fammi sentire {} | la radio svizzera italiana=FB; un po di musica sarda=FB; le canzoni di sanremo di quest'anno=FB
out-of-domain | alexa quanti abitanti ha {} | la cina=FB; il brasile=FB; la nigeria=FB
out-of-domain | alexa che lingua si parla {} | in belgio=FB; in svizzera=FB; in eswatini=FB
out-of-domain | alexa che moneta usano {} | in ungheria=FB; in marocco=FB; in polonia=FB
out-of-domain | alexa quanto è grande {} in chilometri quadrati | la russia=FB; il canada=FB; il vaticano=FB
out-of-domain | alexa chi è il presidente {} | della francia=FB; del brasile=FB; degli stati uniti=FB
out-of-domain | alexa che ore sono adesso {} | a tokyo=FB; a new york=FB; a sydney=FB
out-of-domain | alexa quanto ci vuole in aereo da milano {} | a dakar=FB; a buenos aires=FB; a dacca=FB
out-of-domain | alexa qual è il capoluogo {} | della lombardia=FB; del piemonte=FB; della sardegna=FB
out-of-domain | alexa dimmi il capoluogo {} | della sicilia=FB; della calabria=FB; del friuli venezia giulia=FB
out-of-domain | alexa qual è il capoluogo di provincia {} | della val seriana=FB; della gallura=FB; del canton ticino=FB
out-of-domain | alexa dimmi qual è la capitale {} in italia | della moda=FB; del tartufo bianco=FB; dello sport=FB
out-of-domain | alexa cos'è il capitale sociale di una srl | FB
out-of-domain | alexa chi ha scritto il capitale | FB
out-of-domain | alexa quali sono i sette peccati capitali | FB
out-of-domain | alexa in quali paesi c'è ancora la pena capitale | FB
out-of-domain | alexa come si scrive in lettere capitali | FB
out-of-domain | alexa quanto capitale serve per aprire un bar | FB
out-of-domain | alexa per curiosità la capitale {} qual è | del ticino=FB; della sardegna secondo i sardi=FB; della catalogna=FB
out-of-domain | alexa secondo te qual è la capitale {} | della padania=FB; della serenissima=FB; dell'impero romano d'oriente=FB
out-of-domain | alexa qual era la capitale {} | del regno di sardegna=FB; dell'impero austro ungarico=FB; della repubblica di venezia=FB
out-of-domain | alexa la capitale del sacro romano impero qual era | FB
out-of-domain | alexa imposta una sveglia {} | alle sei per il turno=FB; alle cinque che vado al mercato=FB; alle quattro per la pesca=FB
out-of-domain | alexa metti un timer {} | di dieci minuti per la pasta=FB; per il caffè=FB; di mezz'ora per la tinta=FB
out-of-domain | alexa aggiungi alla lista della spesa {} | il latte=FB; la polenta=FB; il pane carasau=FB
out-of-domain | alexa ricordami di {} | chiamare la mamma=FB; rinnovare il permesso di soggiorno=FB; pagare l'affitto=FB
out-of-domain | alexa chi ha vinto {} | la partita dell'atalanta=FB; il derby della lanterna=FB; sanremo l'anno scorso=FB
out-of-domain | alexa quando gioca {} | la juve=FB; il cagliari=FB; l'italia ai mondiali=FB
out-of-domain | alexa com'è finita la gara di motogp | FB
out-of-domain | alexa raccontami una barzelletta {} | sui carabinieri=FB; in dialetto=FB; per bambini=FB
out-of-domain | alexa come si dice {} | grazie in ucraino=FB; buongiorno in wolof=FB; ciao in cinese=FB
out-of-domain | alexa traduci {} | capitale in inglese=FB; arrivederci in polacco=FB; buonanotte in arabo=FB
out-of-domain | alexa quanto fa {} | sette per otto=FB; cento diviso quattro=FB; il venti per cento di duecento=FB
out-of-domain | alexa qual è la montagna più alta {} | dell'africa=FB; d'europa=FB; del mondo=FB
out-of-domain | alexa qual è il fiume più lungo {} | d'italia=FB; del mondo=FB; della germania=FB
out-of-domain | alexa quali paesi confinano con {} | la svizzera=FB; la bolivia=FB; la serbia=FB
out-of-domain | alexa qual è la bandiera {} | del portogallo=FB; del nepal=FB; del canada=FB
out-of-domain | alexa qual è la città più grande {} | della turchia=FB; del brasile=FB; dell'australia=FB
out-of-domain | alexa dove si trova {} | il lago di como=FB; la valle brembana=FB; il monte bianco=FB
out-of-domain | alexa quanto dista {} | torino da aosta=FB; bergamo da milano=FB; palermo da catania=FB
out-of-domain | alexa chi è più alto tra il monte rosa e il cervino | FB
out-of-domain | alexa fammi una ricetta {} | del pesto alla genovese=FB; dei malloreddus=FB; della bagna cauda=FB
out-of-domain | alexa come si cucina {} | il cuscus=FB; il riso jollof=FB; il pollo tandoori=FB
out-of-domain | alexa leggimi le notizie {} | di oggi=FB; sportive=FB; del giornale di brescia=FB
out-of-domain | alexa com'è il traffico {} | sulla tangenziale est=FB; sull'autostrada del brennero=FB; in centro a torino=FB
out-of-domain | alexa chiama {} | mio figlio=FB; la farmacia=FB; il dottore=FB
out-of-domain | alexa quanto costa un biglietto del treno per roma | FB
out-of-domain | alexa quando è nato garibaldi | FB
out-of-domain | alexa quanti anni ha il papa | FB
out-of-domain | alexa qual è la capitale della moda italiana milano o roma | FB
out-of-domain | alexa roma è la capitale dal mille ottocento settanta o settantuno | FB
out-of-domain | alexa perché torino è stata la prima capitale d'italia | FB
out-of-domain | alexa firenze quanto tempo è stata capitale | FB
out-of-domain | alexa raccontami la storia di roma capitale | FB
out-of-domain | alexa dove si mangia bene a roma capitale | FB
out-of-domain | alexa l'ottavo colle di roma qual è | FB
out-of-domain | alexa quanto costa il biglietto per i musei vaticani | FB
out-of-domain | alexa a che ora apre l'ufficio postale | FB
out-of-domain | alexa come si fa il permesso di soggiorno | FB
out-of-domain | alexa qual è il cambio tra euro e {} | franco svizzero=FB; zloty=FB; real brasiliano=FB
out-of-domain | alexa spiegami il fuso orario tra roma e pechino | FB
out-of-domain | alexa qual è il paese più piccolo del mondo | FB
out-of-domain | alexa quale paese ha più capitali | FB
out-of-domain | alexa quante capitali ci sono nel mondo | FB
out-of-domain | alexa gioca con me a indovina la bandiera | FB
out-of-domain | alexa facciamo un quiz sui fiumi | FB
out-of-domain | alexa metti il podcast di storia | FB
out-of-domain | alexa canta tanti auguri alla nonna | FB
out-of-domain | alexa a che ora tramonta il sole a cagliari | FB
out-of-domain | alexa c'è sciopero dei treni domani | FB
out-of-domain | alexa ordina le crocchette per il cane | FB
out-of-domain | alexa chi è il sindaco di bergamo | FB
out-of-domain | alexa chi ha vinto il tour de france | FB
out-of-domain | alexa quanti gol ha fatto lautaro | FB
out-of-domain | alexa è aperta la farmacia di turno | FB
out-of-domain | alexa dimmi una poesia di leopardi | FB
out-of-domain | alexa cosa significa capitale umano | FB
out-of-domain | alexa cosa vuol dire capitale di rischio | FB
out-of-domain | alexa la capitale del mondo del cioccolato è torino o perugia | FB
out-of-domain | alexa la capitale dello sci in italia | FB
out-of-domain | alexa la capitale della pizza è napoli vero | FB
out-of-domain | alexa la capitale della lombardia | FB
out-of-domain | alexa la capitale del friuli | FB
out-of-domain | alexa belin che tempo fa a sanremo | FB
out-of-domain | alexa pota metti la radio | FB
out-of-domain | alexa ajò metti musica | FB
out-of-domain | alexa mizzica quanto fa caldo | FB
out-of-domain | alexa bro metti la trap | FB
out-of-domain | alexa signorina che ore sono | FB
out-of-domain | alexa ni hao che tempo fa a prato | FB
out-of-domain | alexa bhai quanto costa il pollo | FB
out-of-domain | alexa wakha metti musica araba | FB
out-of-domain | alexa jërejëf metti youssou n'dour | FB
out-of-domain | alexa cheers what's the weather in perugia | FB
out-of-domain | alexa dzien dobry che giorno è | FB
help | alexa come funziona {} | questa cosa delle capitali=HELP; il gioco delle capitali=HELP; capitali del mondo=HELP
help | alexa cosa ti posso chiedere {} | sulle capitali=HELP; qui dentro=HELP; adesso=HELP
help | alexa aiutami {} | non ho capito come si usa=HELP; che non so cosa dire=HELP; per favore che sono negata=HELP
help | alexa pota come si fa a chiedere una capitale | HELP
help | alexa belin come funziona sta roba | HELP
help | alexa cerea mi spieghi come si usa | HELP
help | alexa ajò spiegami cosa devo dire | HELP
help | alexa mizzica e ora che devo fare | HELP
help | alexa cumpà come si usa questa applicazione | HELP
help | alexa mandi mi dai una mano | HELP
help | alexa bro tipo cosa posso dire | HELP
help | alexa raga come funziona sto gioco | HELP
help | alexa signorina mi spiega come funziona per cortesia | HELP
help | alexa non ho capito mi aiuti | HELP
help | alexa io non capisco come funziona aiuto per favore | HELP
help | alexa dyakuyu ma come si usa | HELP
help | alexa wakha ma cosa devo dire | HELP
help | alexa nanga def come funziona | HELP
help | alexa ni hao aiuto | HELP
help | alexa bhai help per favore | HELP
help | alexa haanji mi serve aiuto | HELP
help | alexa nossa non capisco nada come funziona | HELP
help | alexa kurcze come si fa | HELP
help | alexa sorry how does this work | HELP
help | alexa la maestra dice di chiederti aiuto come si gioca | HELP
help | alexa quali domande ti posso fare | HELP
help | alexa che comandi ci sono | HELP
help | alexa mi fai qualche esempio di domanda | HELP
help | alexa cosa sai fare con le capitali | HELP
help | alexa sono nuovo come si comincia | HELP
help | aiuto non so cosa chiedere | HELP
help | cosa devo dire adesso | HELP
help | non ho capito la domanda mi aiuti | HELP
help | posso chiedere anche gli stati americani come si fa | HELP
help | alexa ho il natel in mano ma non capisco come si usa questa skill | HELP
help | alexa sono la nonna mi spieghi piano piano come funziona | HELP
help | alexa per il turno di notte mi serve una mano come funziona | HELP
help | alexa e adesso cosa si fa | HELP
help | alexa spiegami le regole | HELP
stop | alexa dai {} | stop basta così=STOP; fermati un attimo che suona il telefono=STOP; smettila=STOP
stop | alexa basta {} | per stasera=STOP; che arriva il capo=STOP; abbiamo finito i compiti=STOP
stop | alexa pota basta | STOP
stop | alexa belin fermati | STOP
stop | alexa cerea basta neh | STOP
stop | alexa ajò basta | STOP
stop | alexa mizzica stop | STOP
stop | alexa cumpà fermati | STOP
stop | alexa mandi basta così | STOP
stop | alexa bro stop | STOP
stop | alexa raga basta ho finito | STOP
stop | alexa signorina basta così grazie | STOP
stop | alexa dyakuyu stop | STOP
stop | alexa safi basta | STOP
stop | alexa jërejëf basta così | STOP
stop | alexa xiexie stop | STOP
stop | alexa bhai stop please | STOP
stop | alexa haanji basta | STOP
stop | alexa tá bom para | STOP
stop | alexa dziekuje koniec | STOP
stop | alexa cheers that's enough stop | STOP
stop | alexa esci dal gioco | STOP
stop | alexa chiudi capitali del mondo | STOP
stop | alexa esci da capitali del mondo grazie | STOP
stop | alexa ferma tutto | STOP
stop | alexa stai zitta che devo dormire | STOP
stop | alexa basta capitali | STOP
stop | alexa ho finito il turno stop | STOP
stop | alexa basta ripassare | STOP
stop | alexa stop stop stop | STOP
stop | alexa finito grazie | STOP
stop | alexa chiudi tutto | STOP
stop | basta così | STOP
stop | stop grazie | STOP
stop | alexa è ora di cena basta | STOP
stop | alexa la tombola ricomincia stop | STOP
stop | alexa chiudi l'applicazione | STOP
stop | alexa non mi serve più esci | STOP
stop | alexa smetti di parlare | STOP
cancel | alexa ok {} | annulla=CANCEL; annulla tutto=CANCEL; annulla la domanda=CANCEL
cancel | alexa lascia {} | perdere=CANCEL; stare ho già trovato=CANCEL; perdere l'ha detto la maestra=CANCEL
cancel | alexa pota lascia perdere | CANCEL
cancel | alexa belin lascia stare | CANCEL
cancel | alexa cerea annulla neh | CANCEL
cancel | alexa ajò lascia perdere | CANCEL
cancel | alexa mizzica annulla | CANCEL
cancel | alexa cumpà lassa stari | CANCEL
cancel | alexa mandi lascia stare | CANCEL
cancel | alexa bro lascia stare | CANCEL
cancel | alexa raga annulla | CANCEL
cancel | alexa signorina lasci perdere | CANCEL
cancel | alexa dyakuyu annulla | CANCEL
cancel | alexa smahli annulla | CANCEL
cancel | alexa waaw lascia stare | CANCEL
cancel | alexa duibuqi annulla | CANCEL
cancel | alexa bhai cancel | CANCEL
cancel | alexa ji lascia perdere | CANCEL
cancel | alexa deixa pra lá annulla | CANCEL
cancel | alexa kurcze annulla | CANCEL
cancel | alexa sorry cancel that | CANCEL
cancel | alexa niente lascia stare | CANCEL
cancel | alexa annulla ho sbagliato paese | CANCEL
cancel | alexa no no annulla | CANCEL
cancel | alexa non volevo chiedere quello annulla | CANCEL
cancel | alexa lascia stare me lo ricordo da solo | CANCEL
cancel | alexa annulla che l'ho trovato sull'atlante | CANCEL
cancel | alexa lascia perdere la so | CANCEL
cancel | no annulla grazie | CANCEL
cancel | niente lascia stare | CANCEL
cancel | alexa annulla l'ultima cosa | CANCEL
cancel | alexa non fa niente lascia stare | CANCEL
cancel | alexa dimentica la domanda | CANCEL
cancel | alexa annulla che ha già risposto il nonno | CANCEL
cancel | alexa lascia stare è arrivato il cliente | CANCEL
cancel | alexa ho cambiato idea annulla | CANCEL
cancel | alexa annulla per piacere | CANCEL
launch | alexa apri capitali del mondo {} | per favore=LAUNCH; che facciamo il ripasso=LAUNCH; neh=LAUNCH
launch | alexa pota apri capitali del mondo | LAUNCH
launch | alexa belin apri capitali del mondo | LAUNCH
launch | alexa ajò apri capitali del mondo | LAUNCH
launch | alexa amunì apri capitali del mondo | LAUNCH
launch | alexa bro apri capitali del mondo | LAUNCH
launch | alexa signorina mi apre capitali del mondo per cortesia | LAUNCH
launch | alexa ni hao apri capitali del mondo | LAUNCH
launch | alexa bhai open capitali del mondo | LAUNCH
launch | alexa abre capitali del mondo por favor | LAUNCH
launch | alexa otwórz capitali del mondo | LAUNCH
launch | alexa mandi apri capitali del mondo | LAUNCH
launch | alexa metti capitali del mondo che ripassiamo per la maturità | LAUNCH
launch | alexa durante il turno di notte apri capitali del mondo | LAUNCH
launch | alexa uè apri capitali del mondo che la sciura vuole giocare | LAUNCH
launch | alexa cerea fai partire capitali del mondo neh | LAUNCH
launch | alexa pota avvia capitali del mondo che ol mé pà vuole giocare | LAUNCH
launch | alexa belin lancia capitali del mondo che aspettiamo la nave | LAUNCH
launch | alexa mandi apri capitali del mondo per il piccolo | LAUNCH
launch | alexa eja avvia capitali del mondo in ovile | LAUNCH
launch | alexa mizzica apri capitali del mondo che u picciriddu ha la verifica | LAUNCH
launch | alexa cumpà fammi partire capitali del mondo | LAUNCH
launch | alexa raga zitti che apro capitali del mondo | LAUNCH
launch | alexa signorina vorrei aprire capitali del mondo come si fa | LAUNCH
launch | alexa la maestra ha detto di aprire capitali del mondo | LAUNCH
launch | alexa dyakuyu apri capitali del mondo per la signora | LAUNCH
launch | alexa wakha apri capitali del mondo | LAUNCH
launch | alexa nanga def apri capitali del mondo | LAUNCH
launch | alexa haanji apri capitali del mondo ji | LAUNCH
launch | alexa tá bom abre capitali del mondo | LAUNCH
launch | alexa dzien dobry otwórz capitali del mondo | LAUNCH
launch | alexa cheers open capitali del mondo for the grandkids | LAUNCH
launch | alexa tra una cartella e l'altra della tombola apri capitali del mondo | LAUNCH
launch | alexa per il kahoot di domani avvia capitali del mondo | LAUNCH
launch | alexa in pausa al brennero lancia capitali del mondo | LAUNCH
launch | alexa prima dell'interrogazione fai partire capitali del mondo | LAUNCH
launch | alexa con il natel non va apri tu capitali del mondo | LAUNCH
launch | alexa voglio allenarmi per l'eredità apri capitali del mondo | LAUNCH
launch | alexa bhai apri capitali del mondo per mio figlio | LAUNCH
help | alexa uè come si usa capitali del mondo | HELP
help | alexa cosa posso chiedere a capitali del mondo pota | HELP
help | alexa ma si possono chiedere anche le province canadesi come faccio | HELP
help | alexa con capitali del mondo cosa si può fare | HELP
help | alexa eja e come funziona che non ho capito niente | HELP
stop | alexa uè basta che esco | STOP
stop | alexa eja basta così | STOP
stop | alexa amunì chiudi | STOP
stop | alexa tak stop | STOP
stop | alexa chiudi capitali del mondo che inizia l'eredità | STOP
stop | alexa mandi e basta così per oggi | STOP
cancel | alexa uè lascia stare | CANCEL
cancel | alexa eja annulla | CANCEL
cancel | alexa amunì lascia perdere | CANCEL
cancel | alexa tak annulla | CANCEL
cancel | alexa lascia perdere che la ghigliottina è finita | CANCEL
cancel | alexa annulla che la signora si è addormentata | CANCEL
"""

if __name__ == "__main__":
    build_round(45, "it", LINES, sys.argv, "tests/Eval/it/round45/source/build_corpus.py")
