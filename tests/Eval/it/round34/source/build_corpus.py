"""Round 34, Italian (it-IT): a new author's own mix, written blind (brief WRITER42.md). Speakers chosen away from the
regions and groups of the Italian rounds 30 to 33 ("How it was written"): Sardinians of Cagliari, Sassari, Nuoro and
Oristano ("ajò", "eja", "tziu", "ma balla", "bellu meu", the nuraghe, the Sartiglia, mirto, pecorino), Sicilians of
Palermo, Catania and Messina ("talè", "amunì", "mizzica", "bedda matri", "chi fu", "camurria", "u zu", arancina, the
Vucciria, Sant'Agata, the Etna, the Strait ferry), Ligurians of Genoa and La Spezia ("belin", "maniman", "mugugno",
"scio", the caruggi, the Lanterna, pesto, focaccia), Piedmontese of Turin, Alba and the Langhe ("cerea", "neh", "ma va
là", "bogia nen", "madamin", the truffle fair, the bicerin, bagna cauda), Swiss Italians of Ticino ("natel", "bon",
"il docente", "l'azione", a grotto above Lugano, cross-border commuters of Como), Chinese of Prato (learner grammar,
"ni hao", "laoban", textiles, a bubble-tea shop), Bangladeshi of Rome ("bhai", "accha", "thik ache", "apa", a
minimarket, cricket), Ukrainian carers ("nu", "bozhe", "dyakuyu", "tak", "moya donka", the signora's quiz show, the
Sunday coach), Argentinians of Italian descent ("che", "boludo", "re", "dale", "bárbaro", "laburo", mate, the
citizenship office). Situations: a mechanic's garage, a ferry to Sardinia and Sicily, Christmas Eve dinner and tombola,
a laundromat, a camper trip, a tobacconist's, a dentist's waiting room. Plus follow-ups, yes/no checks with right and
wrong guesses, self-corrections with an explicit marker, reverse questions, official, everyday and old names, shared
names and look-alikes, plurals of every several-capital country and Palestine, subdivisions and territories, one-shot
requests with the invocation name "capitali del mondo", launch, help, stop, cancel, out-of-domain near misses, and what
it-IT recognition writes (lost accents and apostrophes, joined or split words, misspellings).
`python3 tests/Eval/it/round34/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 34's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
sardi | alexa ajò dimmi la capitale {} che zio efisio non ci crede | del marocco=MA; della tunisia=TN; dell'algeria=DZ
sardi | eja alexa qua a nuoro stiamo facendo il formaggio e mi è venuta la curiosità della capitale {} | della norvegia=NO; della svezia=SE; della finlandia=FI
sardi | alexa tziu bachisu vuole sapere qual è la capitale {} | dell'argentina=AR; del cile=CL; dell'uruguay=UY
sardi | alexa a cagliari mi dicono ma balla però la capitale {} non la so dimmela tu | della spagna=ES; del portogallo=PT; di andorra=AD
sardi | alexa sotto il nuraghe c'è un turista che chiede la capitale {} | della germania=DE; dell'austria=AT; della svizzera=CH
sardi | alexa per la sartiglia di oristano sono arrivati dei fotografi stranieri qual è la capitale {} | dell'irlanda=IE; dell'islanda=IS; della danimarca=DK
sardi | alexa ho portato il mirto a tziu e mi interroga sulla capitale {} | di malta=MT; di cipro=CY; della grecia=GR
sardi | ajò alexa bellu meu la capitale della sardegna è cagliari ma quella {} qual è | della corsica=FB; dell'italia=IT; della francia=FR
sardi | alexa eja ci siamo il pecorino è pronto intanto dimmi la capitale del niger | NE
sardi | alexa a sassari in piazza d'italia un ragazzo del mali mi chiede la capitale del suo paese | ML
siciliani | alexa talè dimmi la capitale {} che alla vucciria c'è uno che la vuole sapere | dell'egitto=EG; della libia=LY; del sudan=SD
siciliani | alexa amunì qual è a capitale {} | della turchia=TR; del libano=LB; della siria=SY
siciliani | mizzica alexa non mi ricordo la capitale {} me la dici | della giordania=JO; dell'iraq=IQ; dell'iran=IR
siciliani | alexa bedda matri ma qual è la capitale {} | del kuwait=KW; del bahrein=BH; del qatar=QA
siciliani | alexa u zu turi mentre si mangia l'arancina chiede la capitale {} | dell'arabia saudita=SA; dello yemen=YE; dell'oman=OM
siciliani | alexa a catania per sant'agata ci sono giornalisti stranieri qual è la capitale {} | della francia=FR; del belgio=BE; del lussemburgo=LU
siciliani | alexa sull'etna ho conosciuto una coppia e voglio sapere la capitale {} che è il paese loro | del canada=CA; degli stati uniti=US; del messico=MX
siciliani | alexa chi fu picciotto mi dici la capitale di israele | IL
siciliani | alexa a messina sul traghetto dello stretto un camionista mi chiede la capitale della libia minchia non la so | LY
siciliani | alexa che camurria sta domanda a capitale degli emirati arabi uniti qual è | AE
liguri | belin alexa qual è la capitale {} che non me la ricordo mai | del brasile=BR; del paraguay=PY; del perù=PE
liguri | alexa nei caruggi c'è un marinaio che mi chiede la capitale {} | delle filippine=PH; dell'indonesia=ID; del vietnam=VN
liguri | alexa maniman non la so dimmi tu la capitale {} | della cambogia=KH; del laos=LA; della thailandia=TH
liguri | alexa sto facendo il pesto nel mortaio qual è la capitale {} | del myanmar=MM; del bangladesh=BD; del nepal=NP
liguri | alexa davanti alla lanterna c'è una nave che batte bandiera {} qual è la capitale | delle bahamas=BS; di panama=PA; della liberia=LR
liguri | alexa mio nonno mugugna perché non sa la capitale {} | del bhutan=BT; della mongolia=MN; del turkmenistan=TM
liguri | alexa scio belin a focaccia la mangio dopo prima dimmi la capitale delle isole marshall | MH
liguri | alexa a la spezia al porto c'è un cargo delle isole salomone dove hanno la capitale | SB
piemontesi | cerea alexa mi dici la capitale {} neh | della polonia=PL; della cechia=CZ; della slovacchia=SK
piemontesi | alexa ad alba alla fiera del tartufo un signore mi chiede la capitale {} | dell'ungheria=HU; della romania=RO; della bulgaria=BG
piemontesi | alexa bevo il bicerin e intanto tu mi dici la capitale {} | della lituania=LT; della lettonia=LV; dell'estonia=EE
piemontesi | alexa la madamin vuole sapere la capitale {} per le parole crociate | della bielorussia=BY; dell'ucraina=UA; della moldavia=MD
piemontesi | alexa bogia nen dicono di noi torinesi ma io voglio sapere la capitale {} | della serbia=RS; della croazia=HR; della slovenia=SI
piemontesi | alexa nelle langhe durante la vendemmia c'è un ragazzo del gambia qual è la capitale del suo paese neh | GM
piemontesi | alexa ma va là la capitale della guinea bissau com'è che si chiama | GW
piemontesi | alexa alla bagna cauda mio cognato ha tirato fuori la capitale del suriname e nessuno la sapeva | SR
ticinesi | alexa sono in un grotto sopra lugano e mi chiedono la capitale {} | del liechtenstein=LI; di monaco=MC; di san marino=SM
ticinesi | alexa il docente di geografia domani interroga sulla capitale {} | del kazakistan=KZ; dell'uzbekistan=UZ; del kirghizistan=KG
ticinesi | alexa scrivo sul natel al collega di bellinzona qual è la capitale {} | del tagikistan=TJ; dell'afghanistan=AF; del pakistan=PK
ticinesi | alexa un frontaliere di como mi ha scommesso un caffè sulla capitale {} | dell'albania=AL; della macedonia del nord=MK; del montenegro=ME
ticinesi | alexa bon allora la capitale {} | della bosnia ed erzegovina=BA; del kosovo=XK; dell'armenia=AM
ticinesi | alexa alla posta di chiasso c'è un pacco per la città del vaticano ma la capitale qual è | VA
ticinesi | alexa c'è l'azione sui viaggi alla migros mi dici la capitale delle seychelles | SC
cinesi-prato | alexa io volere sapere capitale {} | della cina=CN; del giappone=JP; della corea del sud=KR
cinesi-prato | alexa ni hao laoban chiede quale capitale {} | della corea del nord=KP; di taiwan=TW; di singapore=SG
cinesi-prato | alexa mio figlio scuola italiana domanda capitale {} io non so | del brunei=BN; di timor est=TL; della papua nuova guinea=PG
cinesi-prato | alexa scusa io lavoro tessile cliente viene {} quale capitale | dalle maldive=MV; da mauritius=MU; dal madagascar=MG
cinesi-prato | alexa grazie grazie prima domanda capitale di mongolia io dimenticato ancora | MN
cinesi-prato | alexa negozio bubble tea ragazza chiede capitale di fiji | FJ
bengalesi | alexa bhai capitale {} quale è | dell'etiopia=ET; dell'eritrea=ER; della somalia=SO
bengalesi | alexa accha mi dici capitale {} per mio cugino che vende fiori | del kenya=KE; dell'uganda=UG; della tanzania=TZ
bengalesi | alexa al minimarket entra un cliente {} qual è capitale di suo paese | del ruanda=RW; del burundi=BI; del sud sudan=SS
bengalesi | alexa thik ache stasera partita di cricket contro {} qual è la loro capitale | l'australia=AU; la nuova zelanda=NZ; lo zimbabwe=ZW
bengalesi | alexa apa vuole sapere capitale del bangladesh per bambino che è nato qui a roma | BD
bengalesi | alexa inshallah vado a trovare fratello a dacca ma prima dimmi capitale del nepal | NP
ucraine | alexa nu dimmi capitale {} per signora che guarda quiz | della russia=RU; dell'azerbaigian=AZ; della turchia=TR
ucraine | alexa bozhe signora ha chiesto capitale {} io non ricordo | della moldavia=MD; della romania=RO; della polonia=PL
ucraine | alexa dyakuyu adesso dimmi capitale {} per favore | della lituania=LT; della bielorussia=BY; della slovacchia=SK
ucraine | alexa domenica prendo pullman per leopoli e autista chiede capitale della germania tak | DE
ucraine | alexa moya donka studia a kiev cioè a kyiv e vuole sapere capitale dell'ungheria | HU
ucraine | alexa signora dorme io chiedo piano piano capitale del kirghizistan | KG
argentini | che alexa decime la capitale {} | della colombia=CO; del venezuela=VE; dell'ecuador=EC
argentini | alexa sono qui in comune per la cittadinanza e me pregunta la capitale {} un señor re simpatico | del nicaragua=NI; dell'honduras=HN; del guatemala=GT
argentini | alexa dale decime la capitale {} boludo | di el salvador=SV; della costa rica=CR; del belize=BZ
argentini | alexa mientras tomo el mate la capitale {} cuál es | di cuba=CU; della repubblica dominicana=DO; di haiti=HT
argentini | alexa bárbaro ahora la capitale {} | della giamaica=JM; di trinidad e tobago=TT; delle barbados=BB
argentini | alexa mio bisnonno era di udine e io sono di rosario qual è la capitale dell'argentina che i miei amici italiani non sanno | AR
argentini | alexa el laburo en la pizzeria es re duro intanto dimmi la capitale della guyana | GY
officina | alexa ho la macchina sul ponte e le mani sporche di olio dimmi la capitale {} | del senegal=SN; della mauritania=MR; del mali=ML
officina | alexa mentre cambio le gomme il cliente chiede la capitale {} | del burkina faso=BF; del niger=NE; del ciad=TD
officina | alexa il carro attrezzi è arrivato con una targa {} qual è la capitale | della bulgaria=BG; della lituania=LT; della moldavia=MD
officina | alexa faccio il tagliando al furgone e mi gira in testa la capitale {} | del camerun=CM; del gabon=GA; della guinea equatoriale=GQ
officina | alexa il meccanico scommette una birra che la capitale {} la sa lui | della nigeria=NG; del ghana=GH; del togo=TG
officina | alexa sotto la macchina non vedo niente qual è la capitale della sierra leone | SL
traghetto | alexa sul traghetto per olbia non c'è campo ma tu dimmi la capitale {} | della guinea=GN; della liberia=LR; della sierra leone=SL
traghetto | alexa siamo in cabina sulla nave genova palermo mi dici la capitale {} | dell'angola=AO; della namibia=NA; del botswana=BW
traghetto | alexa al bar del traghetto un camionista vuole sapere la capitale {} | dello zambia=ZM; del malawi=MW; del mozambico=MZ
traghetto | alexa il mare è mosso e mia moglie sta male distraimi con la capitale {} | del lesotho=LS; delle comore=KM; di capo verde=CV
traghetto | alexa dal ponte della nave vedo una petroliera {} qual è la capitale | delle isole marshall=MH; di malta=MT; di cipro=CY
traghetto | alexa scendiamo a porto torres fra un'ora qual è la capitale di são tomé e príncipe | ST
cenone | alexa siamo al cenone della vigilia e la nonna vuole la capitale {} | di gibuti=DJ; della repubblica centrafricana=CF; del ruanda=RW
cenone | alexa tra il capitone e il panettone dimmi la capitale {} | di tonga=TO; delle samoa=WS; di tuvalu=TV
cenone | alexa a tombola è uscito il novanta e lo zio chiede la capitale {} | di nauru=NR; di kiribati=KI; di palau=PW
cenone | alexa durante la tombolata mio cugino ha tirato fuori la capitale {} | della micronesia=FM; di vanuatu=VU; delle figi=FJ
cenone | alexa auguri a tutti ora però la capitale {} | di saint lucia=LC; della grenada=GD; della dominica=DM
cenone | alexa apro i regali dopo intanto la capitale di saint kitts e nevis | KN
lavanderia | alexa aspetto che finisca l'asciugatrice dimmi la capitale {} | di antigua e barbuda=AG; di saint vincent e grenadine=VC; delle bahamas=BS
lavanderia | alexa alla lavanderia a gettoni uno studente mi chiede la capitale {} | dell'eswatini=SZ; dell'uganda=UG; dell'eritrea=ER
lavanderia | alexa mentre piego le lenzuola qual è la capitale {} | della costa d'avorio=CI; del benin=BJ; del sudafrica=ZA
lavanderia | alexa la centrifuga fa un rumore tremendo ripeti la capitale del gibuti | DJ
camper | alexa siamo in camper in un'area di sosta dimmi la capitale {} | della slovenia=SI; dell'austria=AT; della croazia=HR
camper | alexa col camper vogliamo arrivare fino {} qual è la capitale | in norvegia=NO; in marocco=MA; in georgia=GE
camper | alexa i bambini nel camper giocano a chi indovina la capitale {} | del portogallo=PT; della turchia=TR; della grecia=GR
camper | alexa al campeggio i vicini olandesi mi chiedono la capitale della macedonia del nord | MK
tabaccheria | alexa ho comprato un gratta e vinci del mondo e c'è scritto {} qual è la capitale | giamaica=JM; nepal=NP; perù=PE
tabaccheria | alexa il tabaccaio dice che se indovino la capitale {} mi regala le cartine | dell'islanda=IS; del lussemburgo=LU; dell'estonia=EE
tabaccheria | alexa dietro al bancone della tabaccheria chi mi dice la capitale {} | del sudan=SD; del burundi=BI; della somalia=SO
tabaccheria | alexa sto ricaricando la postepay di un signore dello sri lanka qual è la capitale del suo paese | LK
dentista | alexa in sala d'attesa dal dentista dimmi la capitale {} | della nuova zelanda=NZ; dell'india=IN; del vietnam=VN
dentista | alexa ho la bocca addormentata dall'anestesia mmh la capitale {} | del kenya=KE; dell'etiopia=ET; della tanzania=TZ
dentista | alexa l'igienista mi chiede la capitale {} mentre aspetto | della colombia=CO; del venezuela=VE; del cile=CL
dentista | alexa mi hanno messo l'apparecchio e parlo male la capitale del paraguay | PY
subdivision | alexa mio figlio fa l'erasmus in america e mi chiede la capitale {} | del texas=US-TX; della california=US-CA; della florida=US-FL
subdivision | alexa guardo una serie ambientata {} e non so quale sia la capitale | in alabama=US-AL; in arkansas=US-AR; in mississippi=US-MS
subdivision | alexa qual è il capoluogo {} negli stati uniti | dell'ohio=US-OH; dell'indiana=US-IN; dell'illinois=US-IL
subdivision | alexa ajò la capitale {} in america | del kentucky=US-KY; del tennessee=US-TN; della louisiana=US-LA
subdivision | alexa un americano al lido mi ha detto che viene {} qual è la capitale di quello stato | dal nebraska=US-NE; dal kansas=US-KS; dall'iowa=US-IA
subdivision | belin alexa la capitale {} | del minnesota=US-MN; del wisconsin=US-WI; del michigan=US-MI
subdivision | alexa lo stato {} che capitale ha | dell'oregon=US-OR; del nevada=US-NV; dello utah=US-UT
subdivision | alexa per un quiz sugli stati americani la capitale {} | del massachusetts=US-MA; del connecticut=US-CT; del rhode island=US-RI
subdivision | alexa mia sorella si è trasferita {} qual è la città capitale dello stato | nel vermont=US-VT; nel maine=US-ME; nel new hampshire=US-NH
subdivision | alexa nel film western dicono {} qual è la capitale | wyoming=US-WY; montana=US-MT; idaho=US-ID
subdivision | alexa la capitale {} negli usa | della carolina del nord=US-NC; della carolina del sud=US-SC; della virginia=US-VA
subdivision | alexa amunì la capitale {} che mio cugino ci lavora | del new jersey=US-NJ; della pennsylvania=US-PA; del maryland=US-MD
subdivision | alexa capoluogo {} in canada | dell'ontario=CA-ON; del québec=CA-QC; dell'alberta=CA-AB
subdivision | alexa mio zio emigrato in canada sta {} qual è la capitale della provincia | nel manitoba=CA-MB; nel saskatchewan=CA-SK; in nuova scozia=CA-NS
subdivision | alexa la capitale {} canadese | del nuovo brunswick=CA-NB; dell'isola del principe edoardo=CA-PE; dello yukon=CA-YT
subdivision | alexa i territori del nord ovest del canada che capitale hanno | CA-NT
subdivision | alexa la capitale del nunavut quella degli inuit | CA-NU
subdivision | alexa bhai in australia lo stato {} ha quale capitale | del queensland=AU-QLD; della tasmania=AU-TAS; dell'australia occidentale=AU-WA
subdivision | alexa mio fratello fa la raccolta della frutta {} qual è la capitale | nel nuovo galles del sud=AU-NSW; nell'australia meridionale=AU-SA; nel territorio del nord=AU-NT
subdivision | alexa lo stato di victoria in australia che capitale ha | AU-VIC
subdivision | alexa che capitale ha il territorio della capitale australiana | AU-ACT
subdivision | alexa in germania il land {} che capoluogo ha | della baviera=DE-BY; della sassonia=DE-SN; dell'assia=DE-HE
subdivision | alexa ho un cliente tedesco della {} qual è la capitale del suo land | turingia=DE-TH; bassa sassonia=DE-NI; renania palatinato=DE-RP
subdivision | alexa un camionista tedesco in officina mi chiede la capitale del suo land {} | del baden württemberg=DE-BW; dello schleswig holstein=DE-SH; del brandeburgo=DE-BB
subdivision | alexa qual è il capoluogo del meclemburgo pomerania anteriore che non riesco nemmeno a dirlo | DE-MV
subdivision | alexa la renania settentrionale vestfalia ha come capitale colonia o no | DE-NW
subdivision | alexa nel saarland la capitale qual è | DE-SL
subdivision | alexa la capitale della sassonia anhalt | DE-ST
subdivision | alexa eja la capitale {} in brasile | dello stato di bahia=BR-BA; del pernambuco=BR-PE; del ceará=BR-CE
subdivision | alexa un argentino mi chiede la capitale {} in brasile | del rio grande do sul=BR-RS; di santa catarina=BR-SC; del paraná=BR-PR
subdivision | alexa lo stato brasiliano {} che capitale ha | di minas gerais=BR-MG; del goiás=BR-GO; del pará=BR-PA
subdivision | alexa la capitale dello stato di amazonas dove c'è la foresta | BR-AM
subdivision | alexa in messico lo stato {} qual è la capitale | di jalisco=MX-JAL; dello yucatán=MX-YUC; di oaxaca=MX-OAX
subdivision | alexa che capitale ha lo stato messicano {} | di chiapas=MX-CHP; di sonora=MX-SON; di veracruz=MX-VER
subdivision | alexa in camper siamo arrivati in bassa california del sud qual è la capitale | MX-BCS
subdivision | alexa bhai lo stato {} in india qual è la capitale | del kerala=IN-KL; del punjab=IN-PB; del rajasthan=IN-RJ
subdivision | alexa capitale di stato {} in india per mio collega | del bengala occidentale=IN-WB; del tamil nadu=IN-TN; del maharashtra=IN-MH
subdivision | alexa la capitale dell'uttar pradesh dove c'è il taj mahal | IN-UP
subdivision | alexa al bar del traghetto ci sono dei tifosi {} qual è la capitale | della scozia=GB-SCT; del galles=GB-WLS; dell'irlanda del nord=GB-NIR
subdivision | alexa la capitale dell'inghilterra solo l'inghilterra | GB-ENG
subdivision | alexa che capoluogo ha lo stato di washington non la città | US-WA
subdivision | alexa lo stato di new york ha la capitale a new york | US-NY
subdivision | alexa la capitale dell'alaska con tutto quel ghiaccio | US-AK
subdivision | alexa la capitale delle hawaii dove vanno in luna di miele gli americani | US-HI
subdivision | alexa la capitale del colorado dove si scia | US-CO
subdivision | alexa nell'arizona la capitale qual è | US-AZ
subdivision | alexa dale la capitale del nuovo messico quello degli stati uniti | US-NM
subdivision | alexa la capitale del dakota del sud quella di mount rushmore | US-SD
subdivision | alexa la virginia occidentale che capitale ha | US-WV
subdivision | alexa la capitale del missouri | US-MO
subdivision | alexa oklahoma capitale | US-OK
subdivision | alexa il delaware è piccolo ma una capitale ce l'ha qual è | US-DE
subdivision | alexa la capitale del distretto federale in brasile | BR-DF
subdivision | alexa in india la capitale di goa quella delle spiagge | IN-GA
subdivision | alexa la capitale del karnataka | IN-KA
subdivision | alexa bhai il cognato viene dal jammu e kashmir che capitali ha | IN-JK
territory | alexa la capitale {} che sono della danimarca | della groenlandia=GL; delle isole fær øer=FO
territory | alexa sul traghetto un finlandese viene dalle isole åland qual è la capitale | AX
territory | alexa ho un pacco per {} qual è il capoluogo | le bermuda=BM; le isole cayman=KY; gibilterra=GI
territory | alexa la capitale di portorico che è americano ma non è uno stato | PR
territory | alexa guam che capitale ha | GU
territory | alexa a tombola lo zio ha detto samoa americane che capitale hanno | AS
territory | alexa la capitale {} che è francese | della martinica=MQ; della guadalupa=GP; della guyana francese=GF
territory | alexa il capoluogo {} nell'oceano indiano | della riunione=RE; di mayotte=YT
territory | alexa la capitale della polinesia francese dove c'è tahiti | PF
territory | alexa nuova caledonia capitale | NC
territory | alexa wallis e futuna sembrano due calciatori invece è un posto che capitale ha | WF
territory | alexa in crociera ai caraibi ci fermiamo {} qual è la capitale | ad aruba=AW; a curaçao=CW; a sint maarten=SX
territory | alexa la capitale di saint martin la parte francese | MF
territory | alexa saint barthélemy ha una capitale | BL
territory | alexa la capitale dei caraibi olandesi bonaire | BQ
territory | alexa la capitale {} isola della manica | di jersey=JE; di guernsey=GG
territory | alexa l'isola di man che capitale ha quella delle moto | IM
territory | alexa la capitale delle isole falkland o malvinas come dicono gli argentini | FK
territory | alexa sant'elena dove è morto napoleone che capitale ha | SH
territory | alexa la capitale delle isole pitcairn quelle del bounty | PN
territory | alexa la nonna ha un francobollo {} e vuole sapere la capitale | delle isole cook=CK; di niue=NU; di tokelau=TK
territory | alexa a un australiano in campeggio chiedo la capitale dell'isola norfolk ma non la sa | NF
territory | alexa l'isola christmas ha una capitale | CX
territory | alexa ajò le isole cocos hanno una capitale pure loro | CC
territory | alexa nelle parole crociate della madamin c'è la capitale delle isole marianne settentrionali | MP
territory | alexa talè anguilla ha una capitale come si chiama | AI
territory | alexa montserrat che capitale ha dopo il vulcano | MS
territory | alexa il cliente della lavanderia va in vacanza alle isole turks e caicos qual è la capitale | TC
territory | alexa la capitale di saint pierre e miquelon vicino al canada | PM
territory | alexa le svalbard hanno una capitale | SJ
territory | alexa mio cugino di tindouf parla del sahara occidentale qual è la capitale | EH
territory | alexa alla radio parlavano delle terre australi francesi hanno un capoluogo | TF
territory | alexa la capitale della georgia del sud | GS
territory | alexa capitale delle isole vergini britanniche | VG
territory | alexa dale la capitale delle isole vergini americane quella di saint thomas | VI
plural-capitals | alexa tziu chiede quali sono le capitali della bolivia | BO
plural-capitals | alexa ajò la bolivia ha due capitali dimmele tutte e due | BO
plural-capitals | alexa che capitali ha la bolivia la paz e poi | BO
plural-capitals | alexa un argentino mi dice che la bolivia ha più di una capitale quali sono | BO
plural-capitals | alexa le capitali del benin per il compito di mia figlia | BJ
plural-capitals | alexa bhai benin quante capitali ha e quali | BJ
plural-capitals | alexa nu il benin ha due capitali come si chiamano per signora | BJ
plural-capitals | alexa talè il benin con porto novo e l'altra capitale qual è | BJ
plural-capitals | alexa quali sono le due capitali della costa d'avorio | CI
plural-capitals | alexa in costa d'avorio ci sono due capitali dimmi quali | CI
plural-capitals | alexa le capitali della costa d'avorio abidjan e quale altra | CI
plural-capitals | alexa il ragazzo ivoriano del forno dice che il suo paese ha due capitali quali | CI
plural-capitals | alexa thik ache lo sri lanka ha due capitali come si chiamano | LK
plural-capitals | alexa le capitali dello sri lanka tutte e due | LK
plural-capitals | alexa quali sono le capitali dello sri lanka che il signore della postepay mi ha detto che sono due | LK
plural-capitals | alexa accha capitali di sri lanka sono due vero quali | LK
plural-capitals | alexa nei caruggi un marinaio di penang mi chiede quali sono le capitali della malaysia | MY
plural-capitals | alexa la malesia ha due capitali kuala lumpur e | MY
plural-capitals | alexa belin la malesia quante capitali ha e quali sono | MY
plural-capitals | alexa le due capitali della malaysia dimmele | MY
plural-capitals | alexa le capitali dei paesi bassi | NL
plural-capitals | alexa in olanda ci sono due capitali amsterdam e l'aia o sbaglio quali sono | NL
plural-capitals | alexa i vicini olandesi del campeggio dicono che hanno due capitali quali sono | NL
plural-capitals | alexa l'olanda quante capitali ha dimmele tutte | NL
plural-capitals | alexa quali sono le capitali dell'eswatini | SZ
plural-capitals | alexa lo swaziland ha due capitali quali sono | SZ
plural-capitals | alexa le due capitali dell'eswatini quella reale e quella amministrativa | SZ
plural-capitals | alexa l'eswatini che una volta si chiamava swaziland che capitali ha | SZ
plural-capitals | alexa quali sono le tre capitali del sudafrica | ZA
plural-capitals | alexa il meccanico giura che il sudafrica ha tre capitali me le dici tutte | ZA
plural-capitals | alexa le capitali del sudafrica pretoria città del capo e l'altra | ZA
plural-capitals | alexa bhai sudafrica quante capitali ha | ZA
plural-capitals | alexa talè quali sono le capitali della palestina | PS
plural-capitals | alexa in lavanderia una ragazza di gaza dice che la palestina ha due capitali quali sono | PS
plural-capitals | alexa le capitali della palestina ramallah e | PS
plural-capitals | alexa i territori palestinesi che capitali hanno | PS
plural-capitals | alexa amunì le capitali della bolivia e basta | BO
plural-capitals | alexa mi dici le capitali del benin per favore | BJ
yes-no-check | alexa thik ache la capitale dell'australia è sydney vero | AU
yes-no-check | alexa è vero che la capitale della turchia è ankara e non istanbul | TR
yes-no-check | alexa ajò la capitale della sardegna è cagliari ma quella del marocco è casablanca giusto | MA
yes-no-check | alexa la capitale del canada è toronto o montreal | CA
yes-no-check | alexa talè la capitale del brasile è rio de janeiro sì o no | BR
yes-no-check | alexa la capitale della svizzera è zurigo neh | CH
yes-no-check | alexa confermami che la capitale della nigeria è lagos | NG
yes-no-check | alexa la capitale del vietnam è hanoi giusto | VN
yes-no-check | alexa la capitale del pakistan è karachi sì | PK
yes-no-check | alexa belin ma la capitale della nuova zelanda è auckland o wellington | NZ
yes-no-check | alexa io credo capitale di cina è shanghai è giusto | CN
yes-no-check | alexa la capitale della tanzania è dar es salaam vero | TZ
yes-no-check | alexa dale la capitale del brasile è brasilia no | BR
yes-no-check | alexa la capitale della colombia è medellín o bogotá | CO
yes-no-check | alexa bhai la capitale del marocco è rabat giusto | MA
yes-no-check | alexa mi conferma che la capitale della bolivia è la paz | BO
yes-no-check | alexa il docente dice che la capitale del kazakistan è ancora almaty è vero | KZ
yes-no-check | alexa la capitale della birmania è rangoon vero | MM
yes-no-check | alexa dale la capitale del belize è belize city o no | BZ
yes-no-check | alexa la capitale degli stati uniti è new york o washington | US
yes-no-check | alexa la capitale della california è los angeles vero | US-CA
yes-no-check | alexa mizzica ma la capitale della florida è miami | US-FL
yes-no-check | alexa la capitale del texas è dallas o houston | US-TX
yes-no-check | alexa la capitale della baviera è monaco giusto | DE-BY
yes-no-check | alexa la capitale della scozia è glasgow sì | GB-SCT
yes-no-check | alexa cerea alexa la capitale della germania è berlino vero neh | DE
yes-no-check | alexa la capitale della slovenia è lubiana e quella della slovacchia è bratislava giusto | SK
yes-no-check | alexa ho scritto nelle parole crociate che la capitale del ghana è accra va bene | GH
yes-no-check | alexa la capitale dell'ecuador è guayaquil | EC
yes-no-check | alexa la capitale dell'india è mumbai o new delhi | IN
yes-no-check | alexa è giusto dire che la capitale del camerun è douala | CM
yes-no-check | alexa la capitale dell'egitto è il cairo vero | EG
yes-no-check | alexa la capitale della costa d'avorio è abidjan | CI
yes-no-check | alexa la capitale della nuova caledonia è nouméa giusto | NC
yes-no-check | alexa la capitale di malta è la valletta o mdina | MT
yes-no-check | alexa bhai capitale di sri lanka è colombo sì o no | LK
yes-no-check | alexa il tabaccaio dice che la capitale dell'islanda è reykjavík ha ragione | IS
yes-no-check | alexa nu la capitale dell'ucraina è kiev vero | UA
yes-no-check | alexa la capitale del québec è montréal o québec | CA-QC
yes-no-check | alexa la capitale dello stato di new york è new york city giusto | US-NY
yes-no-check | alexa talè la capitale del sudafrica è johannesburg | ZA
yes-no-check | alexa la capitale del galles è cardiff sì | GB-WLS
plural-capitals | alexa ajò la malaysia ha kuala lumpur e putrajaya tutte e due capitali giusto dimmele | MY
plural-capitals | alexa ni hao cliente di malaysia dice due capitali quali | MY
self-correction | alexa la capitale dell'austria no scusa dell'australia | AU
self-correction | alexa dimmi la capitale della svezia anzi no della svizzera | CH
self-correction | alexa la capitale della slovenia aspetta ho sbagliato della slovacchia | SK
self-correction | alexa ajò la capitale dell'islanda no dell'irlanda | IE
self-correction | alexa talè la capitale della nigeria no del niger | NE
self-correction | alexa la capitale dell'iran o meglio dell'iraq | IQ
self-correction | alexa belin la capitale della guinea no della guinea equatoriale | GQ
self-correction | alexa la capitale della colombia ma no neh della bolivia | BO
self-correction | alexa capitale di corea del sud no scusa corea del nord | KP
self-correction | alexa la capitale del malawi mi sono confusa del mali | ML
self-correction | alexa la capitale della mauritania anzi di mauritius | MU
self-correction | alexa dimmi la capitale del gambia rettifico dello zambia | ZM
self-correction | alexa la capitale dell'armenia cioè dell'albania | AL
self-correction | alexa la capitale della lettonia belin no no della lituania | LT
self-correction | alexa la capitale di dominica anzi della repubblica dominicana | DO
self-correction | alexa la capitale del sudan volevo dire del sud sudan | SS
self-correction | alexa la capitale della romania sbagliato della bulgaria | BG
self-correction | alexa che dico la capitale dell'uruguay non del paraguay dell'uruguay | UY
self-correction | alexa la capitale del texas ehm no del tennessee | US-TN
self-correction | alexa la capitale dell'ontario no aspè del manitoba | CA-MB
self-correction | alexa la capitale della sassonia anzi della bassa sassonia | DE-NI
self-correction | alexa la capitale della scozia scusami volevo dire del galles | GB-WLS
self-correction | alexa mmh la capitale del kenya no dell'uganda con l'anestesia non parlo bene | UG
self-correction | alexa nu capitale di russia no io volevo dire bielorussia | BY
self-correction | alexa che la capitale del cile perdona del perù | PE
self-correction | alexa la capitale del bahrein macché del qatar | QA
self-correction | alexa bhai capitale di nepal sorry bhutan | BT
self-correction | alexa la capitale della tunisia no ho detto male della libia | LY
self-correction | alexa dimmi la capitale del congo brazzaville anzi kinshasa | CD
self-correction | alexa la capitale della georgia non lo stato americano il paese | GE
self-correction | alexa la capitale di taiwan no aspetta di singapore | SG
self-correction | alexa minchia mi sono sbagliato la capitale non della siria del libano | LB
self-correction | alexa la capitale della giamaica mi correggo di haiti | HT
self-correction | alexa la capitale del kirghizistan no del kazakistan | KZ
self-correction | alexa mio figlio dice capitale della cina io sbagliato giappone | JP
self-correction | alexa la capitale dell'estonia ricomincio della finlandia | FI
self-correction | alexa la capitale delle figi anzi delle samoa | WS
reverse-question | alexa roma è la capitale di quale paese | CITY:Roma
reverse-question | alexa di quale stato è capitale canberra | CITY:Canberra
reverse-question | alexa nella tombola di natale c'era ouagadougou di che paese è la capitale | CITY:Ouagadougou
reverse-question | alexa talè ulan bator è capitale di cosa | CITY:Ulan Bator
reverse-question | alexa kingston è la capitale di che paese | CITY:Kingston
reverse-question | alexa belmopan di che stato è capitale | CITY:Belmopan
reverse-question | alexa tbilisi è la capitale di quale nazione | CITY:Tbilisi
reverse-question | alexa di che paese è capitale windhoek | CITY:Windhoek
reverse-question | alexa bhai dacca capitale di quale paese | CITY:Dacca
reverse-question | alexa paramaribo che capitale è | CITY:Paramaribo
reverse-question | alexa astana è capitale di quale paese | CITY:Astana
reverse-question | alexa vaduz è la capitale di cosa | CITY:Vaduz
reverse-question | alexa la città di victoria è capitale di quale posto | CITY:Victoria
reverse-question | alexa sul gratta e vinci c'è scritto saint john's è la capitale di dove | CITY:Saint John's
reverse-question | alexa skopje di che paese è capitale | CITY:Skopje
reverse-question | alexa ashgabat capitale di quale stato | CITY:Ashgabat
reverse-question | alexa ajò nouakchott è capitale di che paese | CITY:Nouakchott
reverse-question | alexa lilongwe di quale paese è la capitale | CITY:Lilongwe
reverse-question | alexa mbabane che ho sentito al documentario è capitale di cosa | CITY:Mbabane
reverse-question | alexa di quale stato americano è capitale sacramento | CITY:Sacramento
reverse-question | alexa edmonton è la capitale di quale provincia canadese | CITY:Edmonton
reverse-question | alexa wiesbaden è capitale di quale land | CITY:Wiesbaden
reverse-question | alexa di dove è capitale manaus | CITY:Manaus
reverse-question | alexa honiara che capitale è | CITY:Honiara
reverse-question | alexa nuku'alofa di quale paese è capitale | CITY:Nuku'alofa
reverse-question | alexa gitega è la capitale di quale paese africano | CITY:Gitega
reverse-question | alexa dodoma è capitale di che stato | CITY:Dodoma
reverse-question | alexa che paese ha come capitale bishkek | CITY:Bishkek
reverse-question | alexa quale nazione ha per capitale montevideo | CITY:Montevideo
reverse-question | alexa tegucigalpa è la capitale di quale paese | CITY:Tegucigalpa
reverse-question | alexa georgetown di che paese è capitale | CITY:Georgetown
reverse-question | alexa di che posto è capitale hamilton | CITY:Hamilton
official-name | alexa sul libretto del furgone c'è scritto repubblica federale di germania la capitale qual è | DE
official-name | alexa qual è la capitale del regno hascemita di giordania | JO
official-name | alexa un ticinese dice confederazione elvetica come capitale cosa ha | CH
official-name | alexa io dire repubblica popolare cinese quale è capitale | CN
official-name | alexa capitale della federazione russa | RU
official-name | alexa che la repubblica bolivariana del venezuela cuál es la capitale | VE
official-name | alexa la capitale dello stato plurinazionale della bolivia quelle due | BO
official-name | alexa nei documenti del cliente c'è repubblica islamica dell'iran qual è la capitale | IR
official-name | alexa talè la repubblica araba siriana che capitale ha | SY
official-name | alexa sul passaporto del turista c'è scritto stati uniti messicani la capitale qual è | MX
official-name | alexa la capitale della repubblica ellenica | GR
official-name | alexa belin il regno unito di gran bretagna e irlanda del nord ha per capitale | GB
official-name | alexa ni hao repubblica popolare democratica di corea quale capitale | KP
official-name | alexa la repubblica di corea ha per capitale quale città neh | KR
official-name | alexa bhai repubblica democratica del congo capitale quale | CD
official-name | alexa la capitale della repubblica del congo | CG
official-name | alexa dale la repubblica federativa del brasile che capitale tiene | BR
official-name | alexa nu stato di israele capitale quale è | IL
official-name | alexa la capitale della repubblica portoghese | PT
official-name | alexa ajò la repubblica tunisina ha capitale tunisi o un'altra | TN
official-name | alexa sul timbro del pacco c'è regno del marocco e la capitale qual è | MA
official-name | alexa bhai la repubblica islamica del pakistan capitale dimmi | PK
official-name | alexa nel documentario dicono commonwealth dell'australia con capitale quale | AU
official-name | alexa il regno di eswatini quale capitale ha per il cruciverba | SZ
official-name | alexa amunì la repubblica libanese che capitale ha | LB
official-name | alexa nu repubblica di moldova io so ma signora chiede capitale | MD
official-name | alexa la capitale della repubblica slovacca | SK
official-name | alexa sulla nave c'è bandiera del regno di danimarca la capitale qual è | DK
everyday-name | alexa i vicini di camper vengono dall'olanda qual è la capitale | NL
everyday-name | alexa la capitale dell'inghilterra cioè del regno unito | GB
everyday-name | alexa cerea la capitale della gran bretagna neh | GB
everyday-name | alexa la capitale dell'america | US
everyday-name | alexa capitale degli states | US
everyday-name | alexa il carro attrezzi ha la targa della repubblica ceca che capitale hanno lì | CZ
everyday-name | alexa talè mio cugino lavora negli emirati la capitale qual è | AE
everyday-name | alexa belin la capitale della birmania che adesso ha un altro nome | MM
everyday-name | alexa nu bielo russia capitale dimmi | BY
everyday-name | alexa il mio collega in officina è della bosnia qual è la capitale | BA
everyday-name | alexa ajò la capitale della macedonia quella di adesso | MK
everyday-name | alexa ni hao capitale nordcorea quale | KP
everyday-name | alexa la ragazza del bubble tea ama la sudcorea qual è la capitale | KR
everyday-name | alexa la capitale di timor quello est | TL
everyday-name | alexa mizzica il vaticano ha una capitale come si chiama | VA
everyday-name | alexa la nonna al cenone chiede la capitale della santa sede | VA
everyday-name | alexa in sala d'attesa c'è un poster delle fiji qual è la capitale | FJ
everyday-name | alexa bhai capitale di malesia quella principale | MY
everyday-name | alexa dale la capitale de la tailandia | TH
everyday-name | alexa talè u zu dice arabia solo arabia che capitale ha | SA
everyday-name | alexa la türkiye come la chiamano adesso alla televisione che capitale ha | TR
everyday-name | alexa tak capitale di moldova | MD
everyday-name | alexa il gratta e vinci dice trinidad la capitale quale | TT
everyday-name | alexa la capitale del burkina | BF
everyday-name | alexa bhai il cliente è del congo kinshasa qual è capitale | CD
everyday-name | alexa il ragazzo del forno viene dal congo brazzaville che capitale ha | CG
everyday-name | alexa la capitale della rdc | CD
everyday-name | alexa saint kitts a tombola dimmi la capitale | KN
everyday-name | alexa ni hao capitale di papua | PG
old-name | alexa mio nonno da marinaio andava nel dahomey che capitale aveva | BJ
old-name | alexa nell'album di figurine del settantaquattro c'è lo zaire la capitale qual è | CD
old-name | alexa la capitale della persia | IR
old-name | alexa la nonna dice ancora siam qual è la capitale | TH
old-name | alexa sul pacco di tè c'è scritto ceylon qual è la capitale | LK
old-name | alexa il vecchio atlante del tabaccaio dice alto volta la capitale | BF
old-name | alexa tziu faceva il militare in abissinia qual era la capitale | ET
old-name | alexa dale la rhodesia de antes che capitale aveva | ZW
old-name | alexa il francobollo dice rhodesia del nord dove avevano la capitale | ZM
old-name | alexa nyasaland è un nome vecchio e la capitale qual è | MW
old-name | alexa belin il basutoland che capitale aveva | LS
old-name | alexa talè il bechuanaland dei film vecchi che capitale ha | BW
old-name | alexa il cacao della costa d'oro dice la nonna ma la capitale qual è | GH
old-name | alexa nel libro di pirati c'è l'honduras britannico qual è la capitale | BZ
old-name | alexa neh la capitale della guiana olandese | SR
old-name | alexa le nuove ebridi della moneta che ho trovato che capitale avevano | VU
old-name | alexa ajò nel cruciverba isole ellice capitale | TV
old-name | alexa al documentario dicono kampuchea che capitale è | KH
old-name | alexa l'ubangi sciari nel libro di tziu che capitale aveva | CF
old-name | alexa ni hao formosa capitale quale | TW
shared-name | alexa ajò la capitale della georgia dimmela | GE+US-GA
shared-name | alexa ajò la georgia che capitale ha | GE+US-GA
shared-name | alexa bhai georgia capitale | GE+US-GA
shared-name | alexa neh la capitale della georgia quella tra il caucaso e il mar nero | GE
shared-name | alexa la capitale della georgia lo stato dove c'è atlanta | US-GA
shared-name | alexa la capitale della georgia americana | US-GA
shared-name | alexa nu capitale di georgia quella ex unione sovietica vicino armenia | GE
shared-name | alexa a tombola è uscito congo qual è la capitale | CD+CG
shared-name | alexa talè il congo che capitale ha | CD+CG
shared-name | alexa belin dimmi le capitali dei due congo | CD+CG
shared-name | alexa la capitale del congo quello grande ex belga | CD
shared-name | alexa la capitale del congo quello dove parlano francese ex colonia francese | CG
shared-name | alexa talè la capitale della corea | KP+KR
shared-name | alexa ni hao capitali di due coree | KP+KR
shared-name | alexa eja corea capitale | KP+KR
shared-name | alexa la capitale della corea quella di samsung e del kpop neh | KR
shared-name | alexa la capitale della corea quella di kim jong un | KP
shared-name | alexa al traghetto uno parla delle isole vergini qual è la capitale | VG+VI
shared-name | alexa isole vergini che capitale hanno | VG+VI
shared-name | alexa la capitale delle isole vergini quelle inglesi | VG
shared-name | alexa la capitale delle isole vergini quelle degli stati uniti | VI
shared-name | alexa le capitali di dominica e della repubblica dominicana | DM+DO
shared-name | alexa ni hao capitale di corea tutte e due | KP+KR
shared-name | alexa la capitale della guinea quella di conakry non l'altra | GN
shared-name | alexa la capitale della guinea quella di bissau | GW
shared-name | alexa belin a georgia in america che capitale ha | US-GA
follow-up | alexa e quella della francia | FR
follow-up | ajò e la spagna invece | ES
follow-up | alexa e del portogallo | PT
follow-up | ajò e la sardegna no quella non è uno stato allora e la corsica no neanche dimmi quella della tunisia | TN
follow-up | e poi quella del marocco | MA
follow-up | alexa e dell'algeria dopo | DZ
follow-up | e per il belgio | BE
follow-up | alexa invece l'olanda | NL
follow-up | e adesso la norvegia | NO
follow-up | talè e la grecia | GR
follow-up | alexa ancora una e la croazia | HR
follow-up | e di quella della serbia | RS
follow-up | e la cina allora | CN
follow-up | alexa e il giappone | JP
follow-up | bhai e pakistan | PK
follow-up | e il bangladesh invece | BD
follow-up | alexa e quella del cile dale | CL
follow-up | e quella del perù | PE
follow-up | e l'argentina dale | AR
follow-up | alexa un'altra ancora quella del messico | MX
follow-up | e in canada | CA
follow-up | e l'alberta quale è | CA-AB
follow-up | e il texas invece belin | US-TX
follow-up | alexa e la florida | US-FL
follow-up | e la baviera | DE-BY
follow-up | e quella dell'egitto | EG
follow-up | talè e per la libia | LY
follow-up | alexa poi dimmi quella dell'etiopia | ET
follow-up | nu e ucraina | UA
follow-up | e la moldavia dopo | MD
follow-up | e la capitale della romania invece | RO
follow-up | alexa uguale per la polonia | PL
follow-up | e per l'ungheria che dici | HU
follow-up | e il kenya | KE
follow-up | alexa la stessa cosa per la nigeria | NG
follow-up | e quella della scozia | GB-SCT
follow-up | neh e la svizzera | CH
follow-up | e allora la turchia | TR
help | alexa aiuto ajò | HELP
help | alexa bhai come funziona capitali del mondo | HELP
help | alexa cosa posso chiederti delle capitali | HELP
help | alexa non ho capito cosa devo dire | HELP
help | alexa ajò spiegami come si usa | HELP
help | alexa talè che cosa sai fare tu | HELP
help | alexa belin non capisco come si gioca | HELP
help | alexa mi spieghi cosa fa questa applicazione neh | HELP
help | alexa io non capire come fare domanda | HELP
help | alexa bhai aiuto come chiedo capitale | HELP
help | alexa nu aiutami per favore come funziona | HELP
help | alexa che domande si possono fare | HELP
help | alexa mi dai un esempio di domanda | HELP
help | alexa posso chiedere anche gli stati americani o solo i paesi | HELP
help | alexa dale come faccio a chiederti una capitale | HELP
help | alexa istruzioni | HELP
help | alexa ho bisogno di una mano con questa skill | HELP
help | alexa aiutami che non so cosa dire | HELP
help | alexa neh che comandi ci sono qua | HELP
help | alexa mi ripeti come funziona che non ho sentito | HELP
help | alexa talè cosa devo fare adesso | HELP
help | alexa mia nonna non sa come usarti spiegale come funziona | HELP
help | alexa sono nuovo come si usa capitali del mondo | HELP
help | alexa help me please come funziona | HELP
help | alexa dale explicame cómo funciona questa cosa | HELP
stop | alexa stop ajò | STOP
stop | alexa basta così talè | STOP
stop | alexa ferma tutto belin | STOP
stop | alexa esci neh | STOP
stop | alexa chiudi capitali del mondo che arriva il dentista | STOP
stop | alexa ajò basta per oggi | STOP
stop | alexa amunì finiamola qua | STOP
stop | alexa belin basta che mi hai stufato | STOP
stop | alexa basta neh grazie | STOP
stop | alexa stop grazie ciao | STOP
stop | alexa bhai basta così grazie | STOP
stop | alexa nu basta signora dorme | STOP
stop | alexa finito io vado | STOP
stop | alexa smettila bhai | STOP
stop | alexa esci dal gioco che il bucato è pronto | STOP
stop | alexa ho finito grazie | STOP
stop | alexa non voglio più giocare | STOP
stop | alexa spegniti che la signora dorme | STOP
stop | alexa zitta che arriva il cliente | STOP
stop | alexa chiudi tutto che scendiamo dal traghetto | STOP
stop | alexa basta è pronta la cena della vigilia | STOP
stop | alexa dale chau basta | STOP
stop | alexa fine partita dale | STOP
stop | alexa è tutto grazie arrivederci | STOP
cancel | alexa annulla amunì | CANCEL
cancel | alexa annulla la domanda belin | CANCEL
cancel | alexa lascia stare neh la madamin se l'è ricordata | CANCEL
cancel | alexa no niente | CANCEL
cancel | alexa lascia perdere non importa tziu se l'è già ricordata | CANCEL
cancel | alexa ajò lassa stare | CANCEL
cancel | alexa talè lassa perdiri | CANCEL
cancel | alexa belin lascia perdere | CANCEL
cancel | alexa annulla tutto neh | CANCEL
cancel | alexa io sbagliato annulla | CANCEL
cancel | alexa bhai cancella questa | CANCEL
cancel | alexa nu no non serve annulla | CANCEL
cancel | alexa dimentica quello che ho detto lo zio ha trovato la risposta sul telefono | CANCEL
cancel | alexa non fa niente dale | CANCEL
cancel | alexa cancella bhai | CANCEL
cancel | alexa lasciamo stare la domanda | CANCEL
cancel | alexa no scusa annulla non volevo chiedere | CANCEL
cancel | alexa annulla che ho sbagliato tasto | CANCEL
cancel | alexa niente niente annulla mizzica | CANCEL
cancel | alexa dale olvidalo annulla | CANCEL
cancel | alexa annulla l'ultima domanda del tabaccaio | CANCEL
cancel | alexa no annullo io | CANCEL
cancel | alexa niente lascia correre | CANCEL
launch | alexa apri capitali del mondo che aspettiamo il traghetto | LAUNCH
launch | alexa avvia capitali del mondo mentre gira la lavatrice | LAUNCH
launch | alexa ajò apri capitali del mondo | LAUNCH
launch | alexa talè apri capitali del mondo | LAUNCH
launch | alexa fammi giocare a capitali del mondo che al cenone ci annoiamo | LAUNCH
launch | alexa apri il gioco delle capitali del mondo | LAUNCH
launch | alexa lancia capitali del mondo in officina | LAUNCH
launch | alexa capitali del mondo cerea | LAUNCH
launch | alexa apri per favore capitali del mondo neh | LAUNCH
launch | alexa io volere aprire capitali del mondo | LAUNCH
launch | alexa bhai apri capitali del mondo per bambini | LAUNCH
launch | alexa parti con capitali del mondo mizzica | LAUNCH
launch | alexa nu io voglio usare capitali del mondo | LAUNCH
launch | alexa metti capitali del mondo per i bambini nel camper | LAUNCH
launch | alexa inizia capitali del mondo in sala d'attesa | LAUNCH
launch | alexa dale abrí capitali del mondo | LAUNCH
launch | alexa belin apri capitali del mondo | LAUNCH
launch | alexa mi apri capitali del mondo che siamo in camper | LAUNCH
one-shot | alexa chiedi a capitali del mondo la capitale del mozambico | MZ
one-shot | alexa neh chiedi a capitali del mondo qual è la capitale della mongolia | MN
one-shot | alexa apri capitali del mondo e dimmi la capitale del laos | LA
one-shot | alexa domanda a capitali del mondo la capitale del madagascar | MG
one-shot | alexa usa capitali del mondo per la capitale del ruanda | RW
one-shot | alexa chiedi a capitali del mondo la capitale del kosovo | XK
one-shot | alexa ajò chiedi a capitali del mondo la capitale dell'angola | AO
one-shot | alexa talè domanda a capitali del mondo la capitale dell'oman | OM
one-shot | alexa apri capitali del mondo capitale della namibia | NA
one-shot | alexa chiedi a capitali del mondo la capitale di palau | PW
one-shot | alexa con capitali del mondo dimmi la capitale del brunei | BN
one-shot | alexa chiedi a capitali del mondo la capitale della tasmania | AU-TAS
one-shot | alexa chiedi a capitali del mondo qual è la capitale del gabon | GA
one-shot | alexa apri capitali del mondo e chiedi la capitale dell'eritrea | ER
one-shot | alexa chiedi a capitali del mondo la capitale delle maldive | MV
one-shot | alexa di a capitali del mondo la capitale del ciad | TD
asr-artefact | alexa la capitale del marco | MA
asr-artefact | alexa la capitale del uzbekistan | UZ
asr-artefact | alexa la capitale del azerbaijan bhai | AZ
asr-artefact | alexa la capitale della thai landia | TH
asr-artefact | alexa la capitale del bangla desh | BD
asr-artefact | alexa ticinese qui chiede la capitale del kirghisistan | KG
asr-artefact | alexa la capitale del tagikistan o tajikistan | TJ
asr-artefact | alexa la capitale del lichtenstein che è qui vicino | LI
asr-artefact | alexa la capitale del mozambique | MZ
asr-artefact | alexa la capitale del camerun cameroon | CM
asr-artefact | alexa la capitale delle filippine filipinas | PH
asr-artefact | alexa la capitale del zimbabwe | ZW
asr-artefact | alexa la capitale della nicaragua | NI
asr-artefact | alexa la capitale dell'islanda islanda | IS
asr-artefact | alexa la capitale dell afghanistan | AF
asr-artefact | alexa la capitale del kazakhstan nu | KZ
asr-artefact | alexa la capitale del turkmenistan turkmenistan ripeto | TM
asr-artefact | alexa la capitale della guinea bisau | GW
asr-artefact | alexa la capitale del sri lanca | LK
asr-artefact | alexa la capitale del ecuador | EC
asr-artefact | alexa la capitale della estonia | EE
asr-artefact | alexa la capitale del oman | OM
out-of-domain | alexa ajò qual è la capitale della sardegna | FB
out-of-domain | alexa il capoluogo della barbagia qual è | FB
out-of-domain | alexa la capitale della gallura è olbia o tempio | FB
out-of-domain | alexa eja la capitale del regno di sardegna era torino o cagliari | FB
out-of-domain | alexa la capitale dei nuraghi qual è | FB
out-of-domain | alexa talè qual è la capitale della sicilia | FB
out-of-domain | alexa la capitale del regno delle due sicilie prima che arrivassero i piemontesi | FB
out-of-domain | alexa la capitale della granita al pistacchio è bronte | FB
out-of-domain | alexa amunì che tempo fa a palermo domani | FB
out-of-domain | alexa quando erutta l'etna | FB
out-of-domain | alexa belin qual è la capitale della liguria | FB
out-of-domain | alexa la capitale del pesto | FB
out-of-domain | alexa la capitale della focaccia è recco o genova | FB
out-of-domain | alexa a che ora parte il traghetto da genova per palermo | FB
out-of-domain | alexa la capitale della repubblica di genova | FB
out-of-domain | alexa cerea qual è la capitale del piemonte | FB
out-of-domain | alexa la capitale delle langhe | FB
out-of-domain | alexa la capitale del tartufo bianco | FB
out-of-domain | alexa la capitale dell'auto italiana | FB
out-of-domain | alexa quando torino era capitale d'italia | FB
out-of-domain | alexa la capitale della valle d'aosta | FB
out-of-domain | alexa il capoluogo del canton ticino | FB
out-of-domain | alexa la capitale dei grigioni | FB
out-of-domain | alexa qual è la capitale del vallese | FB
out-of-domain | alexa quanto costa la cassa malati in svizzera | FB
out-of-domain | alexa cambio franco svizzero euro di oggi | FB
out-of-domain | alexa io volere sapere capitale di zhejiang | FB
out-of-domain | alexa capitale di provincia fujian | FB
out-of-domain | alexa la capitale del guangdong | FB
out-of-domain | alexa capitale di hong kong quale è | FB
out-of-domain | alexa la capitale di macao dove ci sono i casinò | FB
out-of-domain | alexa capitale del tibet | FB
out-of-domain | alexa quanto costa biglietto aereo per shanghai | FB
out-of-domain | alexa bhai qual è la capitale del bengala | FB
out-of-domain | alexa la capitale di sylhet | FB
out-of-domain | alexa risultato partita cricket bangladesh india | FB
out-of-domain | alexa orario preghiera oggi a roma | FB
out-of-domain | alexa nu capitale di donbass | FB
out-of-domain | alexa nu la capitale della crimea di prima | FB
out-of-domain | alexa la capitale della galizia quella ucraina | FB
out-of-domain | alexa quanto ci vuole in pullman da roma a leopoli | FB
out-of-domain | alexa che decime la capitale de la patagonia | FB
out-of-domain | alexa la capitale della provincia di córdoba in argentina | FB
out-of-domain | alexa la capitale della terra del fuoco | FB
out-of-domain | alexa la capitale di mendoza dove fanno il malbec | FB
out-of-domain | alexa a che ora gioca il boca juniors | FB
out-of-domain | alexa bozhe la capitale della siberia esiste | FB
out-of-domain | alexa la capitale della lapponia | FB
out-of-domain | alexa il cliente della tabaccheria è curdo qual è la capitale del kurdistan | FB
out-of-domain | alexa la capitale della cecenia | FB
out-of-domain | alexa dale la capitale de catalogna | FB
out-of-domain | alexa la capitale dei paesi baschi | FB
out-of-domain | alexa ajò dal traghetto si vede la corsica che capitale ha | FB
out-of-domain | alexa la capitale della normandia | FB
out-of-domain | alexa nel libro del nonno c'è la capitale della prussia qual era | FB
out-of-domain | alexa la capitale dell'impero austro ungarico | FB
out-of-domain | alexa la capitale dell'unione sovietica | FB
out-of-domain | alexa il collega bosniaco chiede la capitale della jugoslavia di una volta | FB
out-of-domain | alexa neh la capitale della cecoslovacchia quando ero giovane | FB
out-of-domain | alexa la capitale dell'impero azteco | FB
out-of-domain | alexa mio figlio vuole sapere la capitale di atlantide | FB
out-of-domain | alexa belin la capitale della terra di mezzo del signore degli anelli | FB
out-of-domain | alexa ni hao bambina chiede capitale di hogwarts | FB
out-of-domain | alexa la capitale del polo sud | FB
out-of-domain | alexa la capitale dell'antartide dove ci sono i pinguini | FB
out-of-domain | alexa la capitale delle isole heard e mcdonald | FB
out-of-domain | alexa la capitale dell'isola bouvet | FB
out-of-domain | alexa la capitale dell'asia | FB
out-of-domain | alexa la capitale dell'oceania | FB
out-of-domain | alexa la capitale del mondo | FB
out-of-domain | alexa in sala d'attesa un bambino chiede la capitale di marte | FB
out-of-domain | alexa neh la capitale della moda è milano o parigi secondo te | FB
out-of-domain | alexa la capitale morale d'italia | FB
out-of-domain | alexa a torino dicono che sono la capitale del cioccolato è vero | FB
out-of-domain | alexa i sette vizi capitali quali sono | FB
out-of-domain | alexa quanto capitale serve per aprire un'officina | FB
out-of-domain | alexa per aprire l'officina mi serve sapere cos'è il capitale sociale di una srl | FB
out-of-domain | alexa la pena capitale esiste ancora in giappone | FB
out-of-domain | alexa si scrive con la lettera capitale o minuscola | FB
out-of-domain | alexa dale chi ha scritto il capitale marx o engels | FB
out-of-domain | alexa amunì chi è la capitale europea della cultura di quest'anno | FB
out-of-domain | alexa la capitale italiana della cultura | FB
out-of-domain | alexa la capitale del gelato | FB
out-of-domain | alexa la capitale mondiale del caffè è napoli o trieste | FB
out-of-domain | alexa io volere sapere quanti abitanti ha la cina | FB
out-of-domain | alexa che lingua parlano in belgio | FB
out-of-domain | alexa il frontaliere chiede qual è la moneta della svizzera | FB
out-of-domain | alexa com'è la bandiera del portogallo | FB
out-of-domain | alexa bhai quanto è alto l'everest dal nepal | FB
out-of-domain | alexa il fiume più lungo del mondo | FB
out-of-domain | alexa che ore sono a buenos aires | FB
out-of-domain | alexa che tempo fa a olbia | FB
out-of-domain | alexa com'è il mare oggi a cagliari | FB
out-of-domain | alexa metti un timer di dieci minuti per il cambio olio | FB
out-of-domain | alexa ricordami di ritirare il bucato alle sei | FB
out-of-domain | alexa metti un po di musica sarda con le launeddas | FB
out-of-domain | alexa metti radio italia | FB
out-of-domain | alexa dimmi una barzelletta | FB
out-of-domain | alexa accendi la luce nel camper | FB
out-of-domain | alexa aggiungi il panettone alla lista della spesa | FB
out-of-domain | alexa quali sono i numeri del lotto di stasera | FB
out-of-domain | alexa quanto costa il gasolio oggi per il camper | FB
out-of-domain | alexa chiama la mamma a leopoli | FB
out-of-domain | alexa come si dice grazie in cinese | FB
out-of-domain | alexa traduci capitale in inglese | FB
out-of-domain | alexa quanto fa sette per otto che il tabaccaio deve dare il resto | FB
out-of-domain | alexa chi ha vinto il festival di sanremo | FB
out-of-domain | alexa buon natale alexa | FB
out-of-domain | alexa ajò ti voglio bene | FB
out-of-domain | alexa come ti chiami | FB
out-of-domain | alexa talè quanti anni hai | FB
out-of-domain | alexa il lesotho sulla cartina dove si trova | FB
out-of-domain | alexa dale qual è la città più grande dell'australia | FB
out-of-domain | alexa quanto dista roma da cagliari | FB
out-of-domain | alexa ajò dove si mangia il porceddu | FB
out-of-domain | alexa serve il passaporto per andare in svizzera | FB
out-of-domain | alexa a che ora apre il dentista | FB
out-of-domain | alexa quando scade la revisione della macchina | FB
out-of-domain | alexa il prezzo delle sigarette aumenta | FB
out-of-domain | alexa qual è il capoluogo di provincia di sassari | FB
out-of-domain | alexa capoluogo della toscana | FB
out-of-domain | alexa qual è il capoluogo del veneto venezia o padova | FB
out-of-domain | alexa la capitale della lombardia | FB
sardi | alexa su babbu mi chiede la capitale della mongolia che l'ha vista al telegiornale | MN
sardi | alexa eja ma la capitale dell'uzbekistan qual è che a nuoro nessuno lo sa | UZ
sardi | alexa ajò un'altra la capitale del laos e poi vado a dormire | LA
siciliani | alexa talè u picciriddu vuole sapere la capitale del madagascar per il cartone | MG
siciliani | alexa amunì sbrigati la capitale del mozambico | MZ
liguri | alexa belin il capitano della nave dice che la capitale dell'angola è luanda ha ragione | AO
liguri | alexa maniman sbaglio la capitale del gabon è libreville giusto | GA
piemontesi | alexa neh la capitale della croazia è spalato o zagabria | HR
piemontesi | alexa cerea la capitale del portogallo è porto no | PT
ticinesi | alexa bon la capitale della svizzera è berna o zurigo che il docente non è sicuro | CH
ticinesi | alexa ho perso il natel e intanto dimmi la capitale dell'austria che domani parto | AT
cinesi-prato | alexa io sbagliato prima io volevo capitale di vietnam no di laos | LA
cinesi-prato | alexa laoban dice capitale di thailandia è bangkok giusto | TH
bengalesi | alexa bhai capitale di india no scusa di nepal | NP
bengalesi | alexa accha e capitale di afghanistan | AF
ucraine | alexa bozhe io confuso capitale di slovenia no slovacchia | SK
ucraine | alexa tak signora chiede capitale di norvegia è oslo giusto | NO
argentini | alexa che la capital de uruguay es montevideo no | UY
argentini | alexa re difícil la capitale del paraguay no perdón del paraguay no del perú | PE
argentini | alexa dale e la capitale del cile | CL
officina | alexa il cliente è di tirana o era di durazzo comunque la capitale dell'albania | AL
officina | alexa la capitale dell'ecuador che il cliente viene da guayaquil | EC
traghetto | alexa il capitano è croato la capitale della croazia me la dici | HR
traghetto | alexa siamo arrivati a palermo finalmente dimmi solo la capitale della tunisia che la vedo dall'altra parte | TN
cenone | alexa zia pina dice che la capitale dell'ungheria è budapest e zio dice vienna chi ha ragione | HU
cenone | alexa a mezzanotte dimmi la capitale dell'irlanda prima del brindisi | IE
lavanderia | alexa la studentessa dice che viene dal cile e non dalla cina qual è la capitale del cile | CL
camper | alexa siamo al confine con la slovenia la capitale qual è lubiana o capodistria | SI
tabaccheria | alexa il cliente vuole spedire una cartolina in lussemburgo la capitale come si scrive | LU
dentista | alexa ahia mentre aspetto la capitale della finlandia | FI
follow-up | alexa bhai e quella di sri lanka | LK
follow-up | e invece della bolivia quali sono | BO
follow-up | neh e quelle del sudafrica tutte | ZA
follow-up | ajò e l'australia | AU
follow-up | mizzica e la norvegia | NO
self-correction | alexa la capitale dell'austria mannaggia no intendevo l'australia | AU
self-correction | alexa talè la capitale del portogallo no della spagna della spagna | ES
self-correction | alexa la capitale del venezuela che dico della colombia | CO
yes-no-check | alexa la capitale della grecia è atene sì o no | GR
yes-no-check | alexa eja la capitale della norvegia è bergen | NO
out-of-domain | alexa ajò la capitale del carnevale sardo è mamoiada | FB
out-of-domain | alexa la capitale del cannonau | FB
out-of-domain | alexa talè il capoluogo della provincia di catania | FB
out-of-domain | alexa la capitale del basilico genovese | FB
out-of-domain | alexa neh capitale della provincia granda | FB
out-of-domain | alexa la capitale della lavanda in provenza | FB
out-of-domain | alexa io volere sapere capitale di wenzhou | FB
out-of-domain | alexa bhai capitale di chittagong | FB
out-of-domain | alexa nu capitale di leopoli oblast | FB
out-of-domain | alexa che la capitale de la provincia de buenos aires | FB
out-of-domain | alexa quanto costa il traghetto per olbia ad agosto | FB
out-of-domain | alexa come si toglie una macchia di olio dai jeans | FB"""

if __name__ == "__main__":
    build_round(34, "it", LINES, sys.argv, "tests/Eval/it/round34/source/build_corpus.py")
