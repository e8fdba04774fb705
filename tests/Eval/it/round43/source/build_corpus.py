"""Round 43, Italian (it-IT): a new author's own mix, written blind (brief WRITER52.md). Speakers chosen away from the
regions, groups and situations of round 42: Milanesi ("uè", "taac", "la sciura", "ghe pensi mi", the Navigli, fashion
week), Torinesi ("neh", "cerea", "bogia nen", Porta Palazzo, the Juve), Genovesi ("belin", "mugugno", the port, the
caruggi, emigrant great-grandparents in South America), Friulani ("mandi", "ce", "fantat", Udine), Triestini ("mona",
"xe", "bora", the Molo Audace), Trentini ("ciò", "valà", apple picking in Val di Non, a mountain hut keeper),
Fiorentini ("icché", "l'è", "bischero", lampredotto, one gorgia slip), Senesi (the Palio and the contrada dinner),
Palermitani ("talè", "amunì", "bedda matri", "picciotto"), Catanesi ("cumpà", the Etna), Sardi ("ajò", "eja", "mira",
Cagliari, a nuraghe), Calabresi ("mpare", "chi si dici", nduja, emigrant brothers), Abruzzesi ("uhe", arrosticini),
Marchigiani ("fijo", Ancona), Umbri (Perugia, the Università per Stranieri), Bergamaschi ("pota", a building site),
Lucani (Matera film sets), Molisani; migrant and foreign speakers: Moroccans ("wakha", "khoya", "safi", "bslama"),
Senegalese ("waaw", "jërëjëf", beach sellers in Rimini), Ukrainian carers ("bud laska", "dyakuyu", "babusya"), Chinese
workers in Prato ("ni hao", "xiexie", learner grammar), Bangladeshi shipyard workers in Monfalcone ("bhai"), Punjabi
Sikh farm workers near Latina ("sat sri akal", "ji", "paaji"), Brazilians ("oi", "tudo bem", "cara", "obrigado"),
Ecuadorians in Genoa ("ñaño", "chuta", "mi mamita", Spanish mixed in), Poles ("dzien dobry", "prosze", "dziekuje", a
carer in Varese), British retirees in Tuscany ("lovely", "cheers", "darling", English lines), Dutch campers on Lake
Garda ("dank je wel", "hoofdstad"). Situations: L'Eredità and Reazione a catena on TV, Risiko, fantacalcio, a lorry
driver on the Brennero, a Christmas tombola, a night-shift nurse, a barber shop, the maturità and an oral exam, the
citizenship language test, a sommelier course, missionaries, a safari booking, ham radio contacts, a stamp collection,
a flight attendant's routes, a Route 66 motorbike trip, country music, an Erasmus year in the United States, emigrant
relatives in Canada and Australia, Mexican telenovelas and a honeymoon, the Bundesliga, a yoga retreat in India. Plus
the families every round has: follow-ups (said inside a session, without "alexa"), yes/no checks, self-corrections,
reverse questions, official, everyday and old names, shared names, the plurals, subdivisions and territories, launch
by the invocation name "capitali del mondo", help, stop, cancel and out-of-domain requests.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
milanesi | uè alexa dimmi un attimo la capitale {} che ho la call alle nove | della francia=FR; del regno unito=GB; della svizzera=CH
milanesi | alexa taac qual è la capitale {} che il cliente è di là | della germania=DE; dell'austria=AT; del belgio=BE
milanesi | alexa la sciura del terzo piano chiede la capitale {} te la sai | del lussemburgo=LU; dell'irlanda=IE; della danimarca=DK
milanesi | alexa sono sui navigli all'apericena e scommettiamo sulla capitale {} | della svezia=SE; della norvegia=NO; della finlandia=FI
milanesi | alexa ghe pensi mi no dai dimmi tu la capitale dell'islanda | IS
milanesi | alexa ma la capitale della slovacchia non è mica praga vero | SK
milanesi | alexa in settimana della moda c'è una buyer dalla corea del sud qual è la capitale | KR
torinesi | alexa neh qual è la capitale {} | della spagna=ES; del portogallo=PT; di andorra=AD
torinesi | cerea alexa mi dici la capitale {} per piacere | del principato di monaco=MC; di san marino=SM; del liechtenstein=LI
torinesi | alexa sono a porta palazzo e il fruttivendolo mi chiede la capitale {} | di malta=MT; della polonia=PL; della romania=RO
torinesi | alexa bogia nen e dimmi la capitale della repubblica ceca | CZ
torinesi | alexa il mister della juve ha comprato un serbo qual è la capitale della serbia | RS
genovesi | belin alexa qual è la capitale {} | dell'argentina=AR; dell'uruguay=UY; del paraguay=PY
genovesi | alexa mio bisnonno è partito dal porto per il sud america qual era la capitale {} | del cile=CL; del perù=PE; dell'ecuador=EC
genovesi | alexa sono in porto c'è una nave che batte bandiera {} qual è la capitale | della liberia=LR; di panama=PA; delle isole marshall=MH
genovesi | alexa non fare il mugugno e dimmi la capitale della colombia | CO
genovesi | alexa la capitale del venezuela che mia zia sta a caracas o no | VE
friulani | mandi alexa ce capitale ha {} | la slovenia=SI; la croazia=HR; l'ungheria=HU
friulani | alexa fantat dimmi la capitale {} | della bosnia=BA; del montenegro=ME; della macedonia del nord=MK
friulani | alexa a udine al bar c'è uno che dice che la capitale {} non la sa nessuno | dell'albania=AL; della bulgaria=BG; della moldavia=MD
triestini | alexa mona xe bora stasera dime la capitale del kosovo | XK
triestini | alexa sul molo audace una turista mi ga domandà la capitale {} | della grecia=GR; di cipro=CY; della turchia=TR
triestini | alexa cossa xe la capitale dell'ucraina | UA
trentini | ciò alexa qual è la capitale {} | del nepal=NP; del bhutan=BT; del tagikistan=TJ
trentini | alexa valà che sto raccogliendo le mele in val di non dimmi la capitale {} | del kirghizistan=KG; della mongolia=MN; dell'afghanistan=AF
trentini | alexa il rifugista dice che ha scalato in {} qual è la capitale lì | pakistan=PK; bolivia=BO; tanzania=TZ
fiorentini | alexa icché l'è la capitale {} | d'israele=IL; della giordania=JO; del libano=LB
fiorentini | o alexa bischero che non sei altro dimmi la capitale {} | della siria=SY; dell'iraq=IQ; dell'iran=IR
fiorentini | alexa sto mangiando il lampredotto e mi è venuto il dubbio della capitale {} | dell'arabia saudita=SA; degli emirati arabi uniti=AE; del qatar=QA
fiorentini | alexa e la capitale {} la sai o no | del kuwait=KW; del bahrein=BH; dell'oman=OM
fiorentini | alexa la hapitale dello yemen | YE
senesi | alexa prima del palio la contrada fa il quiz qual è la capitale {} | dell'egitto=EG; della libia=LY; della tunisia=TN
senesi | alexa per la cena della contrada dimmi la capitale dell'algeria | DZ
palermitani | talè alexa qual è la capitale {} | del marocco=MA; della mauritania=MR; del mali=ML
palermitani | amunì alexa dimmi la capitale {} | del niger=NE; del ciad=TD; del sudan=SD
palermitani | alexa bedda matri non mi ricordo la capitale del burkina faso | BF
palermitani | alexa u picciotto di mia figlia è del senegal qual è la capitale | SN
catanesi | cumpà alexa la capitale {} qual è | del kenya=KE; dell'uganda=UG; del ruanda=RW
catanesi | alexa sotto l'etna fa caldo come in {} dimmi la capitale | etiopia=ET; eritrea=ER; somalia=SO
catanesi | alexa mi dici la capitale del burundi che mio nipote dice bujumbura | BI
sardi | ajò alexa dimmi la capitale {} | delle figi=FJ; di samoa=WS; di tonga=TO
sardi | eja alexa e la capitale {} | di tuvalu=TV; di nauru=NR; di kiribati=KI
sardi | alexa a cagliari c'è la fiera delle isole e chiedono la capitale {} | della micronesia=FM; di palau=PW; delle isole salomone=SB
sardi | alexa mira che vicino al nuraghe c'è un turista di vanuatu qual è la capitale | VU
sardi | alexa la capitale della papua nuova guinea | PG
calabresi | alexa mpare mio fratello sta {} dimmi la capitale | in canada=CA; in australia=AU; negli stati uniti=US
calabresi | alexa chi si dici la capitale {} la sai | della nuova zelanda=NZ; del messico=MX; del brasile=BR
calabresi | alexa mentre faccio la nduja dimmi la capitale della germania che mio cugino lavora a stoccarda | DE
abruzzesi | uhe alexa qual è la capitale {} | dello zambia=ZM; dello zimbabwe=ZW; del malawi=MW
abruzzesi | alexa sto a cuocere gli arrosticini dimmi la capitale {} | del mozambico=MZ; del botswana=BW; della namibia=NA
abruzzesi | alexa la capitale del lesotho quella dentro il sudafrica | LS
marchigiani | alexa fijo mio ha l'interrogazione sulla capitale {} | del camerun=CM; del gabon=GA; della guinea equatoriale=GQ
marchigiani | alexa qui ad ancona si discute la capitale {} | della repubblica centrafricana=CF; dell'angola=AO; del madagascar=MG
umbri | alexa qui a perugia all'università per stranieri mi chiedono la capitale {} | delle comore=KM; delle seychelles=SC; di mauritius=MU
umbri | alexa tu vè che la capitale di gibuti è gibuti pure lei | DJ
bergamaschi | pota alexa qual è la capitale {} | del ghana=GH; del togo=TG; della sierra leone=SL
bergamaschi | alexa pota in cantiere c'è un ragazzo {} dimmi la capitale del suo paese | della guinea=GN; della guinea bissau=GW; del gambia=GM
bergamaschi | alexa ma la capitale della nigeria è lagos o abuja | NG
lucani | alexa qui a matera girano un film ambientato in {} qual è la capitale | giordania=JO; marocco=MA; israele=IL
molisani | alexa il molise esiste e pure la capitale {} dimmela | del capo verde=CV; di são tomé e príncipe=ST; della guinea bissau quella piccola=GW
marocchini | alexa wakha dimmi la capitale {} | del marocco mio paese=MA; della mauritania=MR; dell'algeria=DZ
marocchini | alexa khoya vuole sapere la capitale {} per il lavoro al mercato | della tunisia=TN; della libia=LY; dell'egitto=EG
marocchini | alexa safi ultima domanda la capitale del sahara occidentale | EH
marocchini | alexa io abito a torino ma mio padre vuole capitale di marocco è rabat o casablanca | MA
marocchini | alexa bslama no aspetta prima dimmi la capitale del sudan del sud | SS
senegalesi | alexa waaw dimmi la capitale {} | del senegal=SN; del gambia=GM; della guinea=GN
senegalesi | alexa mio fratello vende sulla spiaggia a rimini e chiede la capitale {} | della sierra leone=SL; della liberia=LR; del ghana=GH
senegalesi | alexa jërëjëf e adesso la capitale {} | del togo=TG; del niger=NE; del mali=ML
senegalesi | alexa io non sono sicuro la capitale della costa d'avorio è abidjan | CI
ucraini | alexa bud laska la capitale {} qual è | dell'ucraina=UA; della bielorussia=BY; della moldavia=MD
ucraini | alexa la signora che curo mi chiede la capitale {} | della russia=RU; della lituania=LT; della lettonia=LV
ucraini | alexa dyakuyu e la capitale {} | dell'estonia=EE; del kazakistan=KZ; dell'uzbekistan=UZ
ucraini | alexa mia nipote a kharkiv studia la capitale {} aiutami | del turkmenistan=TM; dell'armenia=AM; dell'azerbaigian=AZ
ucraini | alexa babusya chiede la capitale della polonia lei ha lavorato là | PL
cinesi | alexa ni hao dimmi capitale {} | della cina=CN; del giappone=JP; del vietnam=VN
cinesi | alexa io lavoro a prato in laboratorio qual è la capitale {} | del laos=LA; della cambogia=KH; della thailandia=TH
cinesi | alexa xiexie e ora capitale {} per favore | del myanmar=MM; dell'indonesia=ID; delle filippine=PH
cinesi | alexa mio figlio scuola italiana chiede capitale {} | di singapore=SG; del brunei=BN; di timor est=TL
cinesi | alexa la capitale di taiwan | TW
cinesi | alexa capitale della corea del nord come si dice in italiano | KP
bangladesi | alexa bhai dimmi la capitale {} | del bangladesh=BD; dell'india=IN; del pakistan=PK
bangladesi | alexa a monfalcone al cantiere mi chiedono la capitale {} | delle maldive=MV; del nepal=NP; del bhutan=BT
bangladesi | alexa dhonnobad ma la capitale del bangladesh si scrive dhaka o dacca | BD
sikh | alexa sat sri akal qual è la capitale {} | del punjab=IN-PB; dell'haryana=IN-HR; del rajasthan=IN-RJ
sikh | alexa ji io lavoro nei campi a latina dimmi la capitale {} | del gujarat=IN-GJ; del maharashtra=IN-MH; del kerala=IN-KL
sikh | alexa paaji chiede la capitale {} | dell'himachal pradesh=IN-HP; dell'uttar pradesh=IN-UP; del bihar=IN-BR
sikh | alexa la capitale di delhi territorio | IN-DL
sikh | alexa mio cugino sta a chandigarh ma chandigarh è capitale di che cosa | CITY:Chandigarh
brasiliani | alexa oi tudo bem qual è la capitale {} | dello stato di bahia=BR-BA; di minas gerais=BR-MG; del paraná=BR-PR
brasiliani | alexa cara dimmi la capitale {} | di pernambuco=BR-PE; del ceará=BR-CE; dell'amazonas=BR-AM
brasiliani | alexa obrigado e la capitale {} | del rio grande do sul=BR-RS; di santa catarina=BR-SC; del goiás=BR-GO
brasiliani | alexa mia moglie è di belém qual è lo stato di belém | CITY:Belém
brasiliani | alexa a capital do estado de são paulo è san paolo né | BR-SP
brasiliani | alexa a milano fa freddo mica come in {} qual è la capitale | maranhão=BR-MA; piauí=BR-PI; paraíba=BR-PB
brasiliani | alexa la capitale del rio grande do norte e dopo quella di sergipe | BR-RN+BR-SE
brasiliani | alexa la capitale {} che sono stato al carnevale | di alagoas=BR-AL; dello stato di rio de janeiro=BR-RJ; del mato grosso=BR-MT
ecuadoriani | alexa ñaño dimmi la capitale {} | dell'ecuador=EC; della colombia=CO; del venezuela=VE
ecuadoriani | alexa chuta no me acuerdo la capitale {} | del costa rica=CR; del nicaragua=NI; dell'honduras=HN
ecuadoriani | alexa a genova nel caruggio mi chiedono la capitale {} | di el salvador=SV; del guatemala=GT; di cuba=CU
ecuadoriani | alexa mi mamita quiere saber la capitale {} | della repubblica dominicana=DO; di haiti=HT; della giamaica=JM
ecuadoriani | alexa y las capitales della bolivia cuáles son | BO
polacchi | alexa dzien dobry qual è la capitale {} | della polonia=PL; della repubblica ceca=CZ; della slovacchia=SK
polacchi | alexa prosze la capitale {} | della baviera=DE-BY; della sassonia=DE-SN; del brandeburgo=DE-BB
polacchi | alexa io faccio il badante a varese e il signore chiede la capitale {} | della turingia=DE-TH; dell'assia=DE-HE; della bassa sassonia=DE-NI
polacchi | alexa dziekuje e adesso la capitale del meclemburgo | DE-MV
inglesi | alexa sorry what's the capital of {} | wales=GB-WLS; scotland=GB-SCT; northern ireland=GB-NIR
inglesi | alexa lovely and la capitale {} | dell'inghilterra=GB-ENG; delle bermuda=BM; delle isole falkland=FK
inglesi | alexa we live in chiantishire now darling what's the capital of {} | barbados=BB; the bahamas=BS; antigua and barbuda=AG
inglesi | alexa cheers now the capital of {} please | saint lucia=LC; grenada=GD; saint vincent and the grenadines=VC
inglesi | alexa la capitale {} my husband asks | di saint kitts e nevis=KN; di trinidad e tobago=TT; del belize=BZ
inglesi | alexa the capital of guyana the english speaking one | GY
inglesi | alexa capitale di gibilterra ce n'è una | GI
olandesi | alexa dank je wel qual è la capitale {} | di aruba=AW; di curaçao=CW; di sint maarten=SX
olandesi | alexa wij zijn in campeggio sul garda qual è la hoofdstad dei paesi bassi anzi le capitali | NL
olandesi | alexa la capitale di bonaire | BQ
radioamatori | alexa ho appena collegato in radio {} qual è la capitale | le isole pitcairn=PN; tokelau=TK; l'isola norfolk=NF
radioamatori | alexa stanotte la propagazione è buona e sento {} dimmi la capitale | le isole cocos=CC; l'isola christmas=CX; le isole cook=CK
radioamatori | alexa il mio amico radioamatore vuole la capitale {} | delle svalbard=SJ; delle isole fær øer=FO; della groenlandia=GL
radioamatori | alexa una spedizione trasmette dall'isola bouvet ha una capitale | BV
radioamatori | alexa e le isole heard e mcdonald che capitale hanno | HM
radioamatori | alexa ho un qsl da niue qual è la capitale | NU
filatelici | alexa ho un francobollo {} qual è la capitale di lì | di sant'elena=SH; delle isole cayman=KY; di montserrat=MS
filatelici | alexa nel mio album c'è una serie {} dimmi la capitale | delle isole turks e caicos=TC; di anguilla=AI; delle isole vergini britanniche=VG
filatelici | alexa il francobollo viene {} e voglio sapere la capitale | dalla nuova caledonia=NC; dalla polinesia francese=PF; da wallis e futuna=WF
filatelici | alexa la capitale {} per la mia collezione | delle terre australi francesi=TF; della georgia del sud e sandwich australi=GS; del territorio britannico dell'oceano indiano=IO
filatelici | alexa un francobollo delle isole åland ha la capitale scritta sopra qual è | AX
hostess | alexa domani volo {} qual è la capitale | a guam=GU; a saipan nelle isole marianne settentrionali=MP; alle samoa americane=AS
hostess | alexa facciamo scalo {} dimmi la capitale | in martinica=MQ; in guadalupa=GP; alla riunione=RE
hostess | alexa il collega fa la rotta per {} qual è la capitale | mayotte=YT; saint martin=MF; saint barthélemy=BL
hostess | alexa la capitale della guyana francese per il briefing | GF
hostess | alexa la capitale di saint pierre e miquelon | PM
hostess | alexa dimmi la capitale delle isole vergini americane | VI
hostess | alexa la capitale di portorico che atterriamo a san juan giusto | PR
hostess | alexa l'isola di man ha una capitale | IM
hostess | alexa la capitale {} che sono isole della manica | di jersey=JE; di guernsey=GG; dell'isola di jersey no di guernsey=GG
motociclisti | alexa progetto la route sixty six qual è la capitale {} | dell'illinois=US-IL; del missouri=US-MO; dell'oklahoma=US-OK
motociclisti | alexa dopo attraversiamo {} dimmi la capitale | il texas=US-TX; il nuovo messico=US-NM; l'arizona=US-AZ
motociclisti | alexa e finiamo in california qual è la capitale | US-CA
motociclisti | alexa per il viaggio in harley la capitale {} | del nevada=US-NV; dello utah=US-UT; del colorado=US-CO
motociclisti | alexa la capitale {} che ci passiamo col chopper | del wyoming=US-WY; del montana=US-MT; dell'idaho=US-ID
country | alexa ascolto musica country dimmi la capitale {} | del tennessee=US-TN; del kentucky=US-KY; dell'alabama=US-AL
country | alexa la cantante è nata in {} qual è la capitale | georgia lo stato americano=US-GA; mississippi=US-MS; louisiana=US-LA
country | alexa la capitale {} quella del festival | dell'arkansas=US-AR; del texas occidentale no del texas=US-TX; della carolina del nord=US-NC
country | alexa la capitale della carolina del sud | US-SC
country | alexa qual è la capitale {} | della virginia=US-VA; della virginia occidentale=US-WV; del maryland=US-MD
erasmus | alexa faccio l'erasmus negli stati uniti in {} qual è la capitale dello stato | massachusetts=US-MA; connecticut=US-CT; rhode island=US-RI
erasmus | alexa la mia coinquilina è del {} dimmi la capitale | vermont=US-VT; new hampshire=US-NH; maine=US-ME
erasmus | alexa la capitale dello stato di new york non è new york vero | US-NY
erasmus | alexa la capitale {} per la tesi | del new jersey=US-NJ; della pennsylvania=US-PA; del delaware=US-DE
erasmus | alexa mi trasferisco in {} dimmi la capitale | ohio=US-OH; michigan=US-MI; indiana=US-IN
erasmus | alexa la capitale {} che ci sono i laghi | del wisconsin=US-WI; del minnesota=US-MN; dell'iowa=US-IA
erasmus | alexa e nelle grandi pianure la capitale {} | del kansas=US-KS; del nebraska=US-NE; del dakota del sud=US-SD
erasmus | alexa la capitale del dakota del nord | US-ND
erasmus | alexa la capitale {} sul pacifico | dell'oregon=US-OR; dello stato di washington=US-WA; delle hawaii=US-HI
erasmus | alexa la capitale dell'alaska è anchorage | US-AK
erasmus | alexa la capitale della florida è miami o no | US-FL
erasmus | alexa washington dc è la capitale degli stati uniti ma il distretto di columbia ha una capitale | US-DC
canadesi | alexa mio zio emigrato in {} chiede se so la capitale | ontario=CA-ON; québec=CA-QC; alberta=CA-AB
canadesi | alexa la capitale {} del canada | della columbia britannica=CA-BC; del manitoba=CA-MB; del saskatchewan=CA-SK
canadesi | alexa a ferragosto arrivano i cugini {} qual è la capitale | dalla nuova scozia=CA-NS; da terranova=CA-NL; dall'isola del principe edoardo=CA-PE
canadesi | alexa la capitale del nuovo brunswick | CA-NB
canadesi | alexa nel grande nord la capitale {} | del nunavut=CA-NU; dello yukon=CA-YT; dei territori del nord ovest=CA-NT
australiani | alexa mio figlio fa il working holiday {} qual è la capitale | in queensland=AU-QLD; nel nuovo galles del sud=AU-NSW; in victoria=AU-VIC
australiani | alexa la capitale {} che raccoglie frutta là | dell'australia occidentale=AU-WA; dell'australia meridionale=AU-SA; della tasmania=AU-TAS
australiani | alexa e la capitale del territorio del nord quella con i coccodrilli | AU-NT
australiani | alexa il territorio della capitale australiana che capitale ha | AU-ACT
messicani | alexa guardo la telenovela ambientata in {} qual è la capitale | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
messicani | alexa la capitale {} che ci vado in viaggio di nozze | del quintana roo=MX-ROO; della bassa california del sud=MX-BCS; del chiapas=MX-CHP
messicani | alexa il mariachi viene dallo stato {} qual è la capitale | di michoacán=MX-MIC; di guerrero=MX-GRO; di veracruz=MX-VER
messicani | alexa e allora questa capitale {} com'è | di nuevo león=MX-NLE; del sonora=MX-SON; del chihuahua=MX-CHH
messicani | alexa e la capitale {} dei messicani | del coahuila=MX-COA; di tamaulipas=MX-TAM; di sinaloa=MX-SIN
messicani | alexa la capitale {} per il mio blog di viaggi | di puebla=MX-PUE; di tlaxcala=MX-TLA; di hidalgo=MX-HID
messicani | alexa dimmi la capitale {} | del querétaro=MX-QUE; di guanajuato=MX-GUA; di aguascalientes=MX-AGU
messicani | alexa la capitale {} nel nord del messico | di durango=MX-DUR; di zacatecas=MX-ZAC; della bassa california=MX-BCN
messicani | alexa la capitale {} sulla costa | del nayarit=MX-NAY; di colima=MX-COL; di tabasco=MX-TAB
messicani | alexa la capitale {} per la gita | di campeche=MX-CAM; di morelos=MX-MOR; di san luis potosí=MX-SLP
messicani | alexa lo stato del messico ha una capitale diversa da città del messico quale | MX-MEX
messicani | alexa città del messico come entità ha una capitale sua | MX-CMX
bundesliga | alexa la squadra gioca in {} qual è la capitale del land | renania settentrionale vestfalia=DE-NW; baden württemberg=DE-BW; renania palatinato=DE-RP
bundesliga | alexa il mio amico tifa lo schalke ma io chiedo la capitale {} | dello schleswig holstein=DE-SH; del saarland=DE-SL
bundesliga | alexa amburgo è un land e la sua capitale | DE-HH
bundesliga | alexa berlino come land ha una capitale | DE-BE
bundesliga | alexa brema è capitale del land di brema | DE-HB
yoga | alexa la mia maestra di yoga va in {} dimmi la capitale | tamil nadu=IN-TN; karnataka=IN-KA; andhra pradesh=IN-AP
yoga | alexa la capitale {} per il ritiro | del telangana=IN-TS; dell'odisha=IN-OD; del bengala occidentale=IN-WB
yoga | alexa la capitale {} che c'è l'ashram | dell'uttarakhand=IN-UK; del madhya pradesh=IN-MP; del chhattisgarh=IN-CG
yoga | alexa e la capitale {} | del jharkhand=IN-JH; dell'assam=IN-AS; del sikkim=IN-SK
yoga | alexa la capitale {} nel nordest dell'india | del meghalaya=IN-ML; del manipur=IN-MN; del nagaland=IN-NL
yoga | alexa ancora la capitale {} | del mizoram=IN-MZ; del tripura=IN-TR; dell'arunachal pradesh=IN-AR
yoga | alexa namasté mi dici la capitale {} | di goa=IN-GA; di pondicherry=IN-PY; delle laccadive=IN-LD
yoga | alexa dopo il corso di meditazione dimmi la capitale {} | delle isole andamane e nicobare=IN-AN; del ladakh=IN-LA; di dadra e nagar haveli e daman e diu=IN-DH
yoga | alexa chandigarh il territorio che capitale ha | IN-CH
plural-capitals | alexa quali sono le capitali del sudafrica che sono tre mi pare | ZA
plural-capitals | alexa dimmi tutte e due le capitali della bolivia | BO
plural-capitals | alexa il benin ha due capitali quali sono | BJ
plural-capitals | alexa le capitali della costa d'avorio quella politica e quella economica | CI
plural-capitals | alexa le due capitali della malaysia | MY
plural-capitals | alexa quali sono le capitali dello sri lanka | LK
plural-capitals | alexa l'olanda ha due capitali amsterdam e l'aia giusto | NL
plural-capitals | alexa le capitali dell'eswatini l'ex swaziland | SZ
plural-capitals | alexa quante capitali ha la palestina e quali | PS
plural-capitals | alexa le capitali del jammu e kashmir d'estate e d'inverno | IN-JK
plural-capitals | alexa l'uttarakhand ha due capitali come si chiamano | IN-UK
plural-capitals | alexa mi elenchi le capitali del sudafrica pretoria e le altre | ZA
plural-capitals | alexa sucre e la paz sono tutte e due capitali della bolivia dimmele | BO
plural-capitals | alexa capitali al plurale dei paesi bassi | NL
plural-capitals | alexa le capitali di montserrat la vecchia e la nuova | MS
follow-up | e quella {} | del perù=PE; della giamaica=JM; della namibia=NA
follow-up | e invece {} | l'uruguay=UY; il paraguay=PY; l'ecuador=EC
follow-up | adesso {} | il ghana=GH; la tanzania=TZ; il kenya=KE
follow-up | e {} che capitale ha | la mongolia=MN; il laos=LA; la cambogia=KH
follow-up | un'altra {} | dell'armenia=AM; della georgia il paese=GE; del montenegro=ME
follow-up | ok e {} | la finlandia=FI; l'estonia=EE; la lettonia=LV
follow-up | dai ancora una {} | della libia=LY; del ciad=TD; del niger=NE
follow-up | e poi {} | le filippine=PH; l'indonesia=ID; la thailandia=TH
follow-up | bene e la capitale {} | del canada=CA; del messico=MX; del cile=CL
follow-up | perfetto ora {} | il venezuela=VE; la colombia=CO; il brasile=BR
follow-up | e quella {} la sai | del vanuatu=VU; delle figi=FJ; di samoa=WS
follow-up | giusto e {} | l'egitto=EG; il sudan=SD; l'etiopia=ET
follow-up | mi dici anche {} | l'islanda=IS; la norvegia=NO; la danimarca=DK
follow-up | la prossima è {} | il qatar=QA; il bahrein=BH; l'oman=OM
follow-up | e la {} | tunisia=TN; somalia=SO; mauritania=MR
follow-up | ancora {} per favore | la slovenia=SI; la croazia=HR; la bosnia=BA
follow-up | continua con {} | il madagascar=MG; le comore=KM; mauritius=MU
follow-up | e quella {} già che ci sei | dello zambia=ZM; del malawi=MW; del mozambico=MZ
follow-up | aspetta e {} | il botswana=BW; lo zimbabwe=ZW; l'angola=AO
follow-up | ultimo {} | il portogallo=PT; la spagna=ES; l'irlanda=IE
follow-up | anche la capitale {} | del texas=US-TX; della florida=US-FL; dell'ohio=US-OH
follow-up | e poi quella {} | dell'ontario=CA-ON; del québec=CA-QC; del manitoba=CA-MB
follow-up | e il {} | kazakistan=KZ; kirghizistan=KG; turkmenistan=TM
follow-up | e l'{} | uzbekistan=UZ; afghanistan=AF; iran=IR
follow-up | ah e quella {} | del giappone=JP; della corea del sud=KR; della cina=CN
follow-up | ok vai con {} | la polonia=PL; la slovacchia=SK; l'ungheria=HU
yes-no-check | alexa la capitale dell'australia è sydney giusto | AU
yes-no-check | alexa è vero che la capitale del canada è toronto | CA
yes-no-check | alexa la capitale della turchia è istanbul sì o no | TR
yes-no-check | alexa confermi che la capitale del brasile è rio | BR
yes-no-check | alexa la capitale della svizzera è zurigo vero | CH
yes-no-check | alexa la capitale del marocco è casablanca o mi sbaglio | MA
yes-no-check | alexa ankara è la capitale della turchia giusto | TR
yes-no-check | alexa la capitale del kazakistan si chiama ancora nur sultan | KZ
yes-no-check | alexa è giusto dire che la capitale della nigeria è abuja | NG
yes-no-check | alexa la capitale del vietnam è ho chi minh | VN
yes-no-check | alexa la capitale della nuova zelanda è auckland vero | NZ
yes-no-check | alexa la capitale della tanzania è dar es salaam o dodoma | TZ
yes-no-check | alexa ho ragione io che la capitale del pakistan è islamabad e non karachi | PK
yes-no-check | alexa canberra è la capitale dell'australia confermi | AU
yes-no-check | alexa la capitale della california è los angeles vero | US-CA
yes-no-check | alexa la capitale della baviera è monaco di baviera giusto | DE-BY
yes-no-check | alexa la capitale dell'india è mumbai o delhi | IN
yes-no-check | alexa mi confermi che la capitale dell'ecuador è guayaquil | EC
yes-no-check | alexa la capitale del camerun è douala o yaoundé | CM
yes-no-check | alexa è lagos la capitale della nigeria | NG
yes-no-check | alexa la capitale della bielorussia è minsk sì | BY
yes-no-check | alexa scommetto che la capitale del burundi è ancora bujumbura ho vinto | BI
yes-no-check | alexa la capitale del myanmar è rangoon giusto | MM
yes-no-check | alexa la capitale del belize è belize city o no | BZ
yes-no-check | alexa la capitale del montenegro è podgorica vero | ME
yes-no-check | alexa la capitale dello stato di new york è new york city | US-NY
self-correction | alexa la capitale dell'austria no della australia | AU
self-correction | alexa qual è la capitale della svezia anzi della svizzera | CH
self-correction | alexa la capitale dell'islanda cioè dell'irlanda | IE
self-correction | alexa dimmi la capitale della slovenia no scusa della slovacchia | SK
self-correction | alexa la capitale del niger volevo dire della nigeria | NG
self-correction | alexa la capitale dell'iran eh no dell'iraq | IQ
self-correction | alexa la capitale della guinea ehm della guinea equatoriale | GQ
self-correction | alexa la capitale del gambia macché dello zambia | ZM
self-correction | alexa dimmi la capitale della colombia anzi no della bolivia al plurale | BO
self-correction | alexa la capitale della mauritania no aspetta di mauritius | MU
self-correction | alexa capitale del paraguay pardon dell'uruguay | UY
self-correction | alexa la capitale dell'armenia cioè volevo dire albania | AL
self-correction | alexa la capitale di dominica no della repubblica dominicana | DO
self-correction | alexa la capitale del sudan ma quello del sud | SS
self-correction | alexa la capitale della corea del sud anzi del nord | KP
self-correction | alexa qual è la capitale della lettonia ehm lituania | LT
self-correction | alexa la capitale del mali ehm ho sbagliato del malawi | MW
self-correction | alexa la capitale della tunisia no della turchia | TR
self-correction | alexa la capitale dell'ungheria oddio no della bulgaria | BG
self-correction | alexa la capitale del nevada no del nebraska | US-NE
self-correction | alexa la capitale del kentucky ah no del kansas | US-KS
self-correction | alexa la capitale di santa catarina scusa di santa lucia cioè saint lucia | LC
self-correction | alexa la capitale della sassonia mmh no della sassonia anhalt | DE-ST
self-correction | alexa capitale della nuova zelanda anzi della nuova caledonia | NC
self-correction | alexa la capitale del capo verde cioè del costa rica | CR
self-correction | alexa la capitale della cambogia ahm del camerun | CM
self-correction | alexa la capitale dell'arabia anzi dell'arabia saudita | SA
self-correction | alexa la capitale del laos no mi sono confuso del nepal | NP
reverse-question | alexa ouagadougou di che paese è capitale | CITY:Ouagadougou
reverse-question | alexa di quale stato è capitale ulan bator | CITY:Ulan Bator
reverse-question | alexa montevideo è la capitale di dove | CITY:Montevideo
reverse-question | alexa tegucigalpa di che nazione è | CITY:Tegucigalpa
reverse-question | alexa nuuk è capitale di cosa | CITY:Nuuk
reverse-question | alexa mi è uscito asmara nel cruciverba di che paese è capitale | CITY:Asmara
reverse-question | alexa vientiane è capitale di quale paese | CITY:Vientiane
reverse-question | alexa di dove è capitale windhoek | CITY:Windhoek
reverse-question | alexa bishkek capitale di quale stato | CITY:Bishkek
reverse-question | alexa in che paese si trova la capitale paramaribo | CITY:Paramaribo
reverse-question | alexa honiara è la capitale di quali isole | CITY:Honiara
reverse-question | alexa la città di lubiana è capitale di che stato | CITY:Lubiana
reverse-question | alexa di quale paese è capitale tbilisi | CITY:Tbilisi
reverse-question | alexa canberra è capitale di cosa | CITY:Canberra
reverse-question | alexa lilongwe di che paese | CITY:Lilongwe
reverse-question | alexa dushanbe è capitale di quale repubblica | CITY:Dushanbe
reverse-question | alexa gaborone in che stato africano è la capitale | CITY:Gaborone
reverse-question | alexa belmopan è capitale di che paese | CITY:Belmopan
reverse-question | alexa di che stato americano è capitale sacramento | CITY:Sacramento
reverse-question | alexa boise è la capitale di quale stato | CITY:Boise
reverse-question | alexa hobart è la capitale di cosa in australia | CITY:Hobart
reverse-question | alexa wiesbaden di che land è capitale | CITY:Wiesbaden
reverse-question | alexa bhopal è capitale di quale stato indiano | CITY:Bhopal
reverse-question | alexa victoria di cosa è capitale | CITY:Victoria
reverse-question | alexa kingston è capitale di dove | CITY:Kingston
reverse-question | alexa la paz di che paese è la capitale | CITY:La Paz
reverse-question | alexa mbabane è capitale di quale regno | CITY:Mbabane
reverse-question | alexa di che posto è capitale funafuti | CITY:Funafuti
reverse-question | alexa port moresby che capitale è | CITY:Port Moresby
reverse-question | alexa ndjamena di che stato è capitale | CITY:N'Djamena
reverse-question | alexa skopje di che paese è la capitale | CITY:Skopje
reverse-question | alexa yaren è capitale di che isola | CITY:Yaren
reverse-question | alexa saint john's di che posto è capitale | CITY:Saint John's
reverse-question | alexa chisinau di che stato è capitale | CITY:Chișinău
reverse-question | alexa georgetown è la capitale di quale paese | CITY:Georgetown
reverse-question | alexa santiago di che paese è capitale | CITY:Santiago
reverse-question | alexa toluca è capitale di quale stato messicano | CITY:Toluca
reverse-question | alexa a cosa fa da capitale porto velho | CITY:Porto Velho
official-name | alexa qual è la capitale della repubblica federale di germania | DE
official-name | alexa la capitale della repubblica francese | FR
official-name | alexa capitale della confederazione elvetica | CH
official-name | alexa la capitale del regno unito di gran bretagna e irlanda del nord | GB
official-name | alexa la capitale della federazione russa | RU
official-name | alexa capitale della repubblica popolare cinese | CN
official-name | alexa la capitale della repubblica islamica dell'iran | IR
official-name | alexa sul passaporto c'è scritto repubblica di corea qual è la capitale | KR
official-name | alexa la capitale della repubblica democratica popolare di corea | KP
official-name | alexa qual è la capitale del regno hascemita di giordania | JO
official-name | alexa la capitale della repubblica araba d'egitto | EG
official-name | alexa la capitale del regno del marocco | MA
official-name | alexa capitale degli stati uniti messicani | MX
official-name | alexa la capitale della repubblica bolivariana del venezuela | VE
official-name | alexa la capitale dello stato plurinazionale di bolivia anzi le capitali | BO
official-name | alexa la capitale della repubblica democratica federale d'etiopia | ET
official-name | alexa la capitale della repubblica unita di tanzania | TZ
official-name | alexa la capitale della repubblica ellenica | GR
official-name | alexa la capitale della repubblica socialista del vietnam | VN
official-name | alexa capitale della repubblica di turchia | TR
official-name | alexa la capitale del commonwealth dell'australia | AU
official-name | alexa per il visto c'è scritto repubblica di costa d'avorio qual è la capitale | CI
official-name | alexa la capitale della repubblica del sudafrica | ZA
official-name | alexa qual è la capitale del regno di thailandia | TH
official-name | alexa la capitale della repubblica dell'unione del myanmar | MM
official-name | alexa la capitale della repubblica democratica del congo | CD
official-name | alexa la capitale della repubblica del congo quella di brazzaville | CG
official-name | alexa capitale della repubblica ceca con il nome ufficiale cechia | CZ
official-name | alexa la capitale del granducato di lussemburgo | LU
official-name | alexa la capitale dello stato della città del vaticano | VA
official-name | alexa la capitale della serenissima repubblica di san marino | SM
official-name | alexa la capitale della repubblica di macedonia del nord | MK
everyday-name | alexa la capitale dell'inghilterra | GB-ENG
everyday-name | alexa la capitale dell'olanda | NL
everyday-name | alexa qual è la capitale dell'america | US
everyday-name | alexa la capitale degli usa | US
everyday-name | alexa la capitale della gran bretagna | GB
everyday-name | alexa qual era la capitale della persia che ora è l'iran | IR
everyday-name | alexa la capitale della birmania | MM
everyday-name | alexa la capitale del siam | TH
everyday-name | alexa la capitale di ceylon | LK
everyday-name | alexa la capitale dello zaire | CD
everyday-name | alexa la capitale della bielorussia che i miei chiamano russia bianca | BY
everyday-name | alexa la capitale dello swaziland | SZ
everyday-name | alexa la capitale del dahomey | BJ
everyday-name | alexa capitale dell'alto volta | BF
everyday-name | alexa la capitale della formosa cioè taiwan | TW
everyday-name | alexa la capitale dell'abissinia | ET
everyday-name | alexa la capitale della kampuchea | KH
everyday-name | alexa capitale del congo belga | CD
everyday-name | alexa la capitale della rhodesia quella di adesso | ZW
everyday-name | alexa la capitale di timor leste | TL
everyday-name | alexa la capitale della türkiye | TR
everyday-name | alexa la capitale delle antille olandesi curaçao | CW
everyday-name | alexa la capitale della moldova | MD
everyday-name | alexa la capitale del kirghisistan | KG
everyday-name | alexa capitale degli emirati | AE
everyday-name | alexa la capitale della bosnia erzegovina | BA
everyday-name | alexa la capitale del centrafrica | CF
everyday-name | alexa la capitale della guinea francese cioè la guinea | GN
everyday-name | alexa la capitale del congo kinshasa | CD
everyday-name | alexa la capitale del congo brazzaville | CG
everyday-name | alexa capitale della terra del fuoco argentina no scusa dell'argentina | AR
shared-name | alexa la capitale della georgia | GE+US-GA
shared-name | alexa la capitale del congo | CD+CG
shared-name | alexa qual è la capitale della corea | KP+KR
shared-name | alexa le capitali delle due coree | KP+KR
shared-name | alexa la capitale delle isole vergini | VG+VI
shared-name | alexa la capitale dei due congo | CD+CG
shared-name | alexa in tv hanno parlato della georgia ma non ho capito quale dimmi la capitale | GE+US-GA
shared-name | alexa la capitale della georgia quella del caucaso | GE
shared-name | alexa la capitale della georgia negli stati uniti | US-GA
shared-name | alexa capitale della dominica e della repubblica dominicana tutte e due | DM+DO
shared-name | alexa la capitale della dominica l'isola piccola | DM
shared-name | alexa capitale del congo quello grande | CD
shared-name | alexa la capitale delle coree nord e sud | KP+KR
shared-name | alexa la capitale delle isole vergini americane e britanniche | VG+VI
shared-name | alexa la capitale della virginia e della virginia occidentale | US-VA+US-WV
out-of-domain | alexa uè che tempo fa domani a milano | FB
out-of-domain | alexa metti su radio deejay | FB
out-of-domain | alexa accendi la luce in sala | FB
out-of-domain | alexa qual è il capoluogo della lombardia | FB
out-of-domain | alexa la capitale della brianza qual è monza | FB
out-of-domain | alexa neh quanti abitanti ha torino | FB
out-of-domain | alexa qual è la capitale del piemonte | FB
out-of-domain | alexa a che ora gioca il toro stasera | FB
out-of-domain | alexa belin quanto costa la focaccia a genova | FB
out-of-domain | alexa qual è la capitale della liguria | FB
out-of-domain | alexa che ora è a buenos aires adesso | FB
out-of-domain | alexa mandi imposta un timer di dieci minuti per il frico | FB
out-of-domain | alexa la capitale del friuli venezia giulia è trieste o udine | FB
out-of-domain | alexa mona quanta bora tira oggi a trieste | FB
out-of-domain | alexa la capitale dell'istria quella di una volta | FB
out-of-domain | alexa ciò quale è la capitale del trentino | FB
out-of-domain | alexa quanto è alto il monte bianco | FB
out-of-domain | alexa la capitale del rinascimento è firenze vero | FB
out-of-domain | alexa icché c'è in tv stasera | FB
out-of-domain | alexa chi ha vinto il palio di siena ad agosto | FB
out-of-domain | alexa qual è la capitale della toscana | FB
out-of-domain | alexa talè metti la musica di rosa balistreri | FB
out-of-domain | alexa la capitale della sicilia qual è palermo o catania | FB
out-of-domain | alexa il regno delle due sicilie che capitale aveva | FB
out-of-domain | alexa cumpà quando erutta l'etna | FB
out-of-domain | alexa ajò qual è il capoluogo della sardegna | FB
out-of-domain | alexa quanto dista cagliari da olbia | FB
out-of-domain | alexa qual era la capitale del regno di sardegna | FB
out-of-domain | alexa mpare ricetta della nduja | FB
out-of-domain | alexa la capitale della calabria è catanzaro o reggio | FB
out-of-domain | alexa uhe la capitale dell'abruzzo | FB
out-of-domain | alexa a che ora apre la farmacia a pescara | FB
out-of-domain | alexa la capitale delle marche ancona giusto | FB
out-of-domain | alexa la capitale dell'umbria | FB
out-of-domain | alexa pota qual è il capoluogo di bergamo | FB
out-of-domain | alexa ricordami di chiamare il geometra domani alle otto | FB
out-of-domain | alexa matera è stata capitale europea della cultura quando | FB
out-of-domain | alexa il molise esiste davvero | FB
out-of-domain | alexa wakha quanto fa un euro in dirham | FB
out-of-domain | alexa a che ora è il maghreb oggi per il ramadan | FB
out-of-domain | alexa la capitale del rif | FB
out-of-domain | alexa waaw metti la musica di youssou n'dour | FB
out-of-domain | alexa traduci grazie in wolof | FB
out-of-domain | alexa la capitale della casamance | FB
out-of-domain | alexa bud laska chiama mia figlia su whatsapp | FB
out-of-domain | alexa la capitale della crimea | FB
out-of-domain | alexa qual è la capitale del donbass | FB
out-of-domain | alexa la capitale della transnistria | FB
out-of-domain | alexa qual era la capitale della rus di kiev | FB
out-of-domain | alexa ni hao che tempo fa a wenzhou | FB
out-of-domain | alexa la capitale del tibet | FB
out-of-domain | alexa quale città è capitale della manciuria | FB
out-of-domain | alexa qual era la capitale della cina imperiale dei ming all'inizio | FB
out-of-domain | alexa bhai quanto costa mandare soldi in bangladesh | FB
out-of-domain | alexa la capitale del bengala orientale che non c'è più | FB
out-of-domain | alexa sat sri akal metti il kirtan del tempio d'oro | FB
out-of-domain | alexa la capitale del khalistan | FB
out-of-domain | alexa qual era la capitale dell'impero moghul | FB
out-of-domain | alexa oi metti musica brasiliana sertanejo | FB
out-of-domain | alexa quando gioca il flamengo | FB
out-of-domain | alexa la capitale della patagonia | FB
out-of-domain | alexa ñaño cómo se dice pomodoro en inglés | FB
out-of-domain | alexa la capitale delle galápagos | FB
out-of-domain | alexa qual era la capitale degli inca | FB
out-of-domain | alexa dzien dobry qual è la capitale della slesia | FB
out-of-domain | alexa quante calorie ha un pierogi | FB
out-of-domain | alexa what's the weather like in florence today | FB
out-of-domain | alexa the capital of cornwall please | FB
out-of-domain | alexa la capitale della normandia | FB
out-of-domain | alexa la capitale della frisia | FB
out-of-domain | alexa la capitale della siberia | FB
out-of-domain | alexa la capitale della kamchatka nel risiko | FB
out-of-domain | alexa la capitale della jacuzia | FB
out-of-domain | alexa la capitale dello stato di jefferson | FB
out-of-domain | alexa la capitale della confederazione sudista | FB
out-of-domain | alexa la capitale della louisiana francese prima dell'acquisto | FB
out-of-domain | alexa qual è la capitale della scandinavia | FB
out-of-domain | alexa la capitale dell'africa | FB
out-of-domain | alexa la capitale dell'europa è bruxelles | FB
out-of-domain | alexa la capitale dell'asia | FB
out-of-domain | alexa qual è la capitale dell'oceania | FB
out-of-domain | alexa la capitale della luna | FB
out-of-domain | alexa la capitale di marte | FB
out-of-domain | alexa qual è la capitale di atlantide | FB
out-of-domain | alexa la capitale di narnia | FB
out-of-domain | alexa qual è la capitale di westeros | FB
out-of-domain | alexa la capitale della terra di mezzo | FB
out-of-domain | alexa la capitale di wakanda | FB
out-of-domain | alexa la capitale del paese dei balocchi | FB
out-of-domain | alexa qual è la capitale di paperopoli | FB
out-of-domain | alexa la capitale dell'impero romano d'oriente | FB
out-of-domain | alexa la capitale dell'impero ottomano | FB
out-of-domain | alexa qual era la capitale dell'impero austro ungarico | FB
out-of-domain | alexa la capitale della serenissima quando c'era il doge | FB
out-of-domain | alexa la capitale del granducato di toscana | FB
out-of-domain | alexa qual era la capitale dello stato pontificio | FB
out-of-domain | alexa la capitale dei longobardi | FB
out-of-domain | alexa la capitale della repubblica di salò | FB
out-of-domain | alexa la capitale dell'impero azteco | FB
out-of-domain | alexa la capitale della mesopotamia | FB
out-of-domain | alexa quanto capitale serve per aprire una srl | FB
out-of-domain | alexa cos'è il capitale sociale di un'azienda | FB
out-of-domain | alexa chi ha scritto il capitale | FB
out-of-domain | alexa quali sono i sette peccati capitali | FB
out-of-domain | alexa cosa vuol dire lettera capitale in tipografia | FB
out-of-domain | alexa la pena capitale in che paesi c'è ancora | FB
out-of-domain | alexa metti la canzone capitale di tedua | FB
out-of-domain | alexa quanto rende un capitale di diecimila euro al tre per cento | FB
out-of-domain | alexa qual è la capitale mondiale della pizza | FB
out-of-domain | alexa la capitale italiana della cultura di quest'anno | FB
out-of-domain | alexa qual è la capitale della moda | FB
out-of-domain | alexa la capitale del vino in francia | FB
out-of-domain | alexa la capitale del cioccolato | FB
out-of-domain | alexa capitale mondiale del tartufo alba o acqualagna | FB
out-of-domain | alexa quanti abitanti ha la cina | FB
out-of-domain | alexa che lingua si parla in brasile | FB
out-of-domain | alexa qual è la moneta del giappone | FB
out-of-domain | alexa qual è il paese più grande del mondo | FB
out-of-domain | alexa che fuso orario ha il cile | FB
out-of-domain | alexa qual è il fiume più lungo dell'africa | FB
out-of-domain | alexa chi è il presidente della francia | FB
out-of-domain | alexa com'è fatta la bandiera del nepal | FB
out-of-domain | alexa qual è l'inno della germania | FB
out-of-domain | alexa quanti stati ci sono negli stati uniti | FB
out-of-domain | alexa chi ha vinto l'eredità ieri sera | FB
out-of-domain | alexa metti l'eredità su rai uno | FB
out-of-domain | alexa quanti punti ha la mia squadra al fantacalcio | FB
out-of-domain | alexa come si gioca a risiko | FB
out-of-domain | alexa estrai un numero della tombola | FB
out-of-domain | alexa traffico sulla a uno tra bologna e firenze | FB
out-of-domain | alexa quanto costa il gasolio oggi | FB
out-of-domain | alexa che ore sono a new york | FB
out-of-domain | alexa imposta la sveglia alle cinque per il turno | FB
out-of-domain | alexa aggiungi latte alla lista della spesa | FB
out-of-domain | alexa raccontami una barzelletta | FB
out-of-domain | alexa spegni il termosifone della camera | FB
out-of-domain | alexa leggi le notizie del giorno | FB
out-of-domain | alexa quando è il prossimo ponte festivo | FB
out-of-domain | alexa che santo è oggi | FB
out-of-domain | alexa quanti gradi ci sono a palermo | FB
out-of-domain | alexa chiama il barbiere per un appuntamento | FB
out-of-domain | alexa ricetta del risotto alla milanese | FB
out-of-domain | alexa abbassa il volume | FB
out-of-domain | alexa cosa devo portare all'esame di cittadinanza | FB
out-of-domain | alexa la capitale dell'isola di pasqua | FB
out-of-domain | alexa qual è la capitale della corsica | FB
out-of-domain | alexa la capitale di zanzibar | FB
out-of-domain | alexa la capitale del kurdistan iracheno | FB
out-of-domain | alexa la capitale della cirenaica | FB
out-of-domain | alexa qual è la capitale di roma | FB
out-of-domain | alexa qual è la capitale di milano | FB
out-of-domain | alexa qual è la capitale di dubai | FB
out-of-domain | alexa la capitale delle canarie | FB
help | alexa uè come funziona sta roba delle capitali | HELP
help | alexa neh cosa posso chiederti sulle capitali | HELP
help | alexa belin non ho capito come si usa | HELP
help | alexa mandi aiutami tu che non so come si fa | HELP
help | alexa ciò cossa posso domandare | HELP
help | alexa icché tu sai fare con le capitali | HELP
help | alexa talè spiegami come funziona | HELP
help | alexa ajò aiuto non so cosa dire | HELP
help | alexa mpare che devo dire per sapere una capitale | HELP
help | alexa pota come la uso questa skill | HELP
help | alexa wakha aiutami per favore come funziona | HELP
help | alexa jërëjëf ma cosa posso chiedere | HELP
help | alexa bud laska dammi aiuto | HELP
help | alexa io non capito come si usa aiuto | HELP
help | alexa bhai help me come funziona | HELP
help | alexa ji aiuto per favore | HELP
help | alexa oi como funciona isso aiuto | HELP
help | alexa ñaño ayúdame cómo se usa | HELP
help | alexa prosze pomoc aiuto | HELP
help | alexa sorry how does this work | HELP
help | alexa mi fai un esempio di domanda | HELP
help | alexa quali domande posso farti sulle capitali del mondo | HELP
help | alexa cosa sai fare tu con le capitali | HELP
help | alexa non so da dove cominciare aiutami | HELP
help | alexa spiegami le istruzioni del gioco | HELP
help | alexa la nonna chiede come si usa questo gioco | HELP
help | aiutami non ho capito cosa devo fare | HELP
help | come devo chiedere per avere la risposta | HELP
help | mi ripeti le istruzioni per piacere | HELP
help | alexa help cosa devo dire | HELP
help | alexa come si gioca alle capitali aiuto | HELP
stop | alexa uè basta così | STOP
stop | alexa neh fermati | STOP
stop | alexa belin stai zitta | STOP
stop | alexa mandi basta | STOP
stop | alexa ciò ferma tutto | STOP
stop | alexa o basta icché tu fai | STOP
stop | alexa talè stop | STOP
stop | alexa ajò basta per oggi | STOP
stop | alexa mpare fermati | STOP
stop | alexa pota basta capitali | STOP
stop | alexa wakha stop | STOP
stop | alexa waaw basta grazie | STOP
stop | alexa dyakuyu basta così | STOP
stop | alexa xiexie stop per favore | STOP
stop | alexa bhai stop | STOP
stop | alexa ji bas stop | STOP
stop | alexa obrigado chega basta | STOP
stop | alexa ya basta alexa | STOP
stop | alexa dziekuje koniec stop | STOP
stop | alexa that's enough stop | STOP
stop | alexa esci dalla skill capitali del mondo | STOP
stop | alexa chiudi tutto abbiamo finito | STOP
stop | alexa smettila che è tardi | STOP
stop | alexa silenzio sto telefonando | STOP
stop | basta non gioco più | STOP
stop | fine del gioco esci | STOP
stop | alexa basta che arriva il cliente | STOP
stop | alexa stop che il paziente dorme | STOP
stop | alexa zitta che inizia l'eredità | STOP
stop | alexa esci che devo guidare | STOP
cancel | alexa uè lascia perdere | CANCEL
cancel | alexa neh annulla | CANCEL
cancel | alexa belin lascia stare | CANCEL
cancel | alexa mandi no niente | CANCEL
cancel | alexa ciò lassa perder | CANCEL
cancel | alexa icché ho detto annulla | CANCEL
cancel | alexa talè annulla tutto | CANCEL
cancel | alexa ajò non fa niente | CANCEL
cancel | alexa mpare lassa stari | CANCEL
cancel | alexa pota annulla | CANCEL
cancel | alexa wakha lascia perdere | CANCEL
cancel | alexa waaw annulla per favore | CANCEL
cancel | alexa nichego lascia stare | CANCEL
cancel | alexa annulla la domanda di prima | CANCEL
cancel | alexa bhai no cancel | CANCEL
cancel | alexa ji rehne do annulla | CANCEL
cancel | alexa deixa pra lá lascia perdere | CANCEL
cancel | alexa olvídalo ñaño | CANCEL
cancel | alexa nie nic annulla | CANCEL
cancel | alexa never mind forget it | CANCEL
cancel | alexa dimentica quello che ho chiesto | CANCEL
cancel | alexa niente scusa ho sbagliato | CANCEL
cancel | alexa annulla ho chiesto per sbaglio | CANCEL
cancel | lascia perdere non importa più | CANCEL
cancel | no niente annulla la richiesta | CANCEL
cancel | alexa fa lo stesso annulla | CANCEL
cancel | alexa no aspetta annulla che ha già risposto mio figlio | CANCEL
cancel | alexa scordatelo | CANCEL
cancel | alexa lascia stare che l'ho trovato sul libro | CANCEL
cancel | alexa annulla che il barbiere lo sapeva | CANCEL
launch | alexa uè apri capitali del mondo | LAUNCH
launch | alexa neh avvia capitali del mondo | LAUNCH
launch | alexa belin apri capitali del mondo va | LAUNCH
launch | alexa mandi apri capitali del mondo | LAUNCH
launch | alexa ciò fammi giocare a capitali del mondo | LAUNCH
launch | alexa icché aspetti apri capitali del mondo | LAUNCH
launch | alexa talè avvia capitali del mondo | LAUNCH
launch | alexa ajò apriamo capitali del mondo | LAUNCH
launch | alexa pota lancia capitali del mondo | LAUNCH
launch | alexa wakha apri capitali del mondo per mio figlio | LAUNCH
launch | alexa bud laska apri capitali del mondo | LAUNCH
launch | alexa bhai open capitali del mondo | LAUNCH
launch | alexa oi abre capitali del mondo | LAUNCH
launch | alexa open capitali del mondo please | LAUNCH
launch | alexa apri la skill capitali del mondo | LAUNCH
launch | alexa avvia la skill capitali del mondo per favore | LAUNCH
launch | alexa attiva capitali del mondo che facciamo la gara | LAUNCH
launch | alexa apri capitali del mondo per la maturità | LAUNCH
launch | alexa gioca con capitali del mondo | LAUNCH
launch | alexa vorrei aprire capitali del mondo | LAUNCH
launch | alexa puoi aprire capitali del mondo per favore | LAUNCH
launch | alexa apri capitali del mondo che ripasso prima dell'interrogazione | LAUNCH
launch | alexa fai partire capitali del mondo in cabina | LAUNCH
launch | alexa inizia la skill capitali del mondo | LAUNCH
launch | alexa dai apri capitali del mondo dai | LAUNCH
launch | alexa avviami la skill delle capitali capitali del mondo | LAUNCH
launch | alexa fammi aprire capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo grazie | LAUNCH
eredita | alexa stiamo guardando l'eredità e la domanda è la capitale {} | del suriname=SR; della guyana=GY; del belize=BZ
eredita | alexa alla ghigliottina è uscita la capitale {} quale è | delle bahamas=BS; di barbados=BB; della dominica=DM
eredita | alexa il campione dell'eredità ha sbagliato la capitale {} tu la sai | del lesotho=LS; del sudan del sud=SS; dell'eritrea=ER
eredita | alexa mio marito grida alla tv la capitale dell'italia che è roma ma perché glielo chiedono | IT
eredita | alexa reazione a catena c'era la capitale {} | del kosovo=XK; della palestina=PS; della città del vaticano=VA
risiko | alexa a risiko ho conquistato {} qual è la capitale vera | il congo=CD+CG; il brasile=BR; l'egitto=EG
risiko | alexa stiamo giocando a risiko e mio fratello ha {} dimmi la capitale | la cina=CN; il giappone=JP; l'argentina=AR
risiko | alexa a risiko c'è l'islanda qual è la capitale vera | IS
fantacalcio | alexa al fantacalcio ho preso un difensore {} qual è la capitale del suo paese | ganese=GH; ivoriano=CI; camerunense=CM
fantacalcio | alexa il mio attaccante al fantacalcio è {} dimmi la capitale | nigeriano=NG; senegalese=SN; georgiano=GE
fantacalcio | alexa il nuovo centrocampista è {} la capitale di lì qual è | uruguaiano=UY; serbo=RS; danese=DK
fantacalcio | alexa il portiere è {} qual è la capitale del suo paese | sloveno=SI; rumeno=RO; gabonese=GA
camionisti | alexa sono in cabina sul brennero la prossima consegna è {} dimmi la capitale | in austria=AT; in germania=DE; in danimarca=DK
camionisti | alexa faccio il camionista vado {} qual è la capitale | in bulgaria=BG; in turchia=TR; in grecia=GR
camionisti | alexa all'autogrill mi chiedo la capitale {} | della lituania=LT; dell'estonia=EE; della bielorussia=BY
camionisti | alexa scarico in {} che capitale hanno | ungheria=HU; slovacchia=SK; romania=RO
tombola | alexa a natale alla tombola zio chiede la capitale {} | dell'italia=IT; della francia=FR; della spagna=ES
tombola | alexa mentre estraiamo i numeri dimmi la capitale {} | del portogallo=PT; del belgio=BE; della svizzera=CH
tombola | alexa nonna ha fatto cinquina e vuole sapere la capitale dell'austria | AT
infermiere | alexa sono in turno di notte in reparto e il paziente vuole sapere la capitale {} | dell'eritrea=ER; della somalia=SO; del ruanda=RW
infermiere | alexa la collega dell'ospedale viene {} qual è la capitale | dal perù=PE; dalle filippine=PH; dall'india=IN
infermiere | alexa piano che dormono tutti la capitale del camerun | CM
barbieri | alexa mentre taglio i capelli il cliente chiede la capitale {} | del libano=LB; della siria=SY; della giordania=JO
barbieri | alexa in barberia si scommette sulla capitale {} | dell'albania=AL; del kosovo=XK; della macedonia=MK
barbieri | alexa il ragazzo sulla poltrona è {} dimmi la capitale | tunisino=TN; egiziano=EG; pakistano=PK
maturita | alexa domani ho la maturità ripassami la capitale {} | del sudafrica al plurale=ZA; del benin tutte e due=BJ; della malaysia tutte e due=MY
maturita | alexa per la tesina sulla decolonizzazione le capitali {} quali sono | dello sri lanka=LK; della costa d'avorio=CI; della bolivia=BO
maturita | alexa la prof vuole le capitali dell'eswatini per l'orale | SZ
maturita | alexa ho l'interrogazione di geografia sulla capitale {} | dell'argentina=AR; del cile=CL; del messico=MX
cittadinanza | alexa studio per l'esame di cittadinanza qual è la capitale d'italia | IT
cittadinanza | alexa per il test di lingua italiana devo sapere la capitale {} | del mio paese la moldavia=MD; del mio paese la georgia=GE; del mio paese l'ucraina=UA
cittadinanza | alexa al corso di italiano la maestra chiede la capitale {} | della nigeria=NG; del ghana=GH; dell'albania=AL
sommelier | alexa sto degustando un vino {} qual è la capitale | cileno=CL; sudafricano=ZA; neozelandese=NZ
sommelier | alexa al corso da sommelier parliamo {} dimmi la capitale | della georgia il paese del vino=GE; dell'armenia=AM; della moldavia=MD
sommelier | alexa il vino della mosella viene da un land qual è la capitale della renania palatinato | DE-RP
missionari | alexa parto in missione {} qual è la capitale | in burundi=BI; in ruanda=RW; nella repubblica centrafricana=CF
missionari | alexa il parroco va {} mi dici la capitale | in madagascar=MG; in ciad=TD; in mozambico=MZ
missionari | alexa la suora ha scritto dalla {} qual è la capitale | repubblica democratica del congo=CD; repubblica del congo=CG; guinea bissau=GW
missionari | alexa don mario è stato ad haiti qual è la capitale | HT
safari | alexa prenoto il safari {} qual è la capitale | in kenya=KE; in tanzania=TZ; in botswana=BW
safari | alexa per il safari in {} mi serve la capitale | namibia=NA; zambia=ZM; zimbabwe=ZW
safari | alexa la capitale dell'uganda per i gorilla | UG
brasiliani | alexa mia cognata vive {} qual è la capitale | nell'acre=BR-AC; nell'amapá=BR-AP; nell'espírito santo=BR-ES
brasiliani | alexa e la capitale {} che è lontanissimo | del mato grosso do sul=BR-MS; della rondônia=BR-RO; di roraima=BR-RR
brasiliani | alexa la capitale del tocantins che nessuno la sa | BR-TO
brasiliani | alexa il distretto federale del brasile ha una capitale | BR-DF
everyday-name | alexa mio nonno dice ancora la capitale della jugoslavia per dire la serbia qual è | RS
everyday-name | alexa la capitale della cecoslovacchia ora si chiama cechia | CZ
everyday-name | alexa il barbiere dice olanda io dico paesi bassi comunque le capitali quali sono | NL
everyday-name | alexa la capitale degli states che il cugino vive a boston | US
everyday-name | alexa mio nonno la chiamava ancora costa d'oro la capitale del ghana | GH
everyday-name | alexa sulla mappa vecchia c'è scritto ceylon dimmi le capitali di adesso | LK
everyday-name | alexa in risiko c'è scritto siam dimmi la capitale vera | TH
everyday-name | alexa la capitale della russia che la nonna chiama ancora unione sovietica ma intende la russia | RU
everyday-name | alexa la capitale del regno di eswatini che mio padre chiama swaziland | SZ
official-name | alexa il cliente scrive repubblica del kenya sulla fattura qual è la capitale | KE
official-name | alexa la capitale della repubblica federale democratica del nepal per il visto del trekking | NP
official-name | alexa capitale del regno di arabia saudita per la fiera | SA
official-name | alexa la capitale della repubblica federativa del brasile per il consolato | BR
official-name | alexa la capitale dello stato d'israele per il pellegrinaggio | IL
official-name | alexa la capitale della repubblica islamica del pakistan per i documenti del cugino | PK
official-name | alexa la capitale della repubblica argentina per il passaporto del bisnonno | AR
official-name | alexa la capitale del regno di norvegia per la crociera | NO
official-name | alexa capitale della repubblica italiana per l'esame di cittadinanza | IT
official-name | alexa la capitale della repubblica popolare del bangladesh per il modulo | BD
official-name | alexa capitale degli stati federati di micronesia | FM
official-name | alexa la capitale della repubblica di capo verde per le vacanze | CV
official-name | alexa la capitale della repubblica federale di nigeria per la pratica | NG
official-name | alexa la capitale della repubblica democratica di timor est | TL
official-name | alexa la capitale della repubblica socialista democratica dello sri lanka al plurale | LK
official-name | alexa la capitale del sultanato dell'oman | OM
official-name | alexa la capitale della repubblica di singapore | SG
official-name | alexa la capitale della repubblica kirghisa | KG
official-name | alexa capitale della repubblica di corea del sud per il concerto kpop | KR
plural-capitals | alexa sto in cantiere con un ragazzo del benin quali sono le due capitali del suo paese | BJ
plural-capitals | alexa per la maturità mi servono le capitali della malaysia tutte | MY
plural-capitals | alexa il collega singalese dice che ci sono due capitali nello sri lanka quali | LK
plural-capitals | alexa quante capitali ha la costa d'avorio dimmele tutte | CI
plural-capitals | alexa il sudafrica ne ha tre di capitali quali sono | ZA
plural-capitals | alexa quali sono le capitali della palestina secondo i palestinesi | PS
plural-capitals | alexa la signora dello swaziland dice due capitali quali | SZ
plural-capitals | alexa mi dici le capitali dei paesi bassi che ci vado in bici | NL
plural-capitals | alexa per l'interrogazione le capitali della bolivia politica e costituzionale | BO
territories | alexa il ricercatore va in antartide alla base italiana ha una capitale l'antartide | AQ
territories | alexa hong kong ha una sua capitale o è tutta città | HK
territories | alexa il croupier è andato a lavorare a macao qual è la capitale di macao | MO
territories | alexa le isole minori esterne degli stati uniti hanno una capitale | UM
brasiliani | alexa la capitale dello stato del pará quello di belém | BR-PA
yes-no-check | alexa il paziente dice che la capitale della siria è aleppo ha ragione | SY
yes-no-check | alexa al fantacalcio il mio amico giura che la capitale del senegal è dakar è vero | SN
yes-no-check | alexa la capitale del ghana è kumasi o accra | GH
yes-no-check | alexa il camionista dice che la capitale della bulgaria è varna sbaglia vero | BG
yes-no-check | alexa belin ma la capitale della bolivia è solo la paz | BO
yes-no-check | alexa neh la capitale della scozia è glasgow | GB-SCT
yes-no-check | alexa la capitale del galles è swansea o cardiff | GB-WLS
yes-no-check | alexa pota la capitale del québec è montréal giusto | CA-QC
yes-no-check | alexa talè la capitale della libia è tripoli sì | LY
yes-no-check | alexa la capitale del queensland è brisbane confermi | AU-QLD
yes-no-check | alexa wakha la capitale del marocco è marrakech | MA
yes-no-check | alexa la capitale del brasile è ancora rio de janeiro come diceva il nonno | BR
yes-no-check | alexa ñaño la capitale dell'ecuador es quito verdad | EC
yes-no-check | alexa bhai la capitale dell'india è calcutta no | IN
yes-no-check | alexa la capitale di israele è tel aviv giusto | IL
shared-name | alexa il mio giocatore al fantacalcio è coreano qual è la capitale | KP+KR
shared-name | alexa la suora scrive dal congo ma non dice quale dimmi la capitale | CD+CG
shared-name | alexa la hostess vola nelle isole vergini qual è la capitale | VG+VI
shared-name | alexa il sommelier parla di vini della georgia qual è la capitale | GE+US-GA
shared-name | alexa il camionista ha un collega congolese qual è la capitale | CD+CG
shared-name | alexa la capitale della georgia quella di atlanta | US-GA
out-of-domain | alexa uè prenotami un taxi per linate | FB
out-of-domain | alexa neh che film danno al cinema stasera | FB
out-of-domain | alexa belin quando passa il prossimo traghetto per la sardegna | FB
out-of-domain | alexa mandi quanti anni ha il castello di udine | FB
out-of-domain | alexa ciò quante mele si raccolgono in val di non | FB
out-of-domain | alexa icché vuol dire bischero | FB
out-of-domain | alexa talè chi ha fondato palermo | FB
out-of-domain | alexa ajò traduci eja in italiano | FB
out-of-domain | alexa mpare metti la tarantella calabrese | FB
out-of-domain | alexa pota quanti gol ha fatto l'atalanta | FB
out-of-domain | alexa waaw quanto costa il volo per dakar | FB
out-of-domain | alexa dyakuyu che giorno è oggi | FB
out-of-domain | alexa xiexie quanto è il cambio euro yuan | FB
out-of-domain | alexa bhai accendi il ventilatore | FB
out-of-domain | alexa ji quando è vaisakhi quest'anno | FB
out-of-domain | alexa oi traduci saudade in italiano | FB
out-of-domain | alexa ñaño pon música de salsa | FB
out-of-domain | alexa prosze imposta la sveglia alle sei | FB
out-of-domain | alexa what's the capital gains tax in italy | FB
out-of-domain | alexa dank je wel dove posso fare il pieno sul garda | FB
out-of-domain | alexa al risiko quanti carri armati ho | FB
out-of-domain | alexa il ghiacciaio più grande d'europa qual è | FB
out-of-domain | alexa la capitale della padania | FB
out-of-domain | alexa la capitale dell'alto adige è bolzano | FB
out-of-domain | alexa qual è la capitale della valle d'aosta | FB
out-of-domain | alexa la capitale della provenza | FB
out-of-domain | alexa qual è la capitale delle fiandre | FB
out-of-domain | alexa la capitale del paese di oz | FB
out-of-domain | alexa la capitale di gotham city | FB
out-of-domain | alexa qual è la capitale di hogwarts | FB
out-of-domain | alexa la capitale della repubblica di weimar | FB
out-of-domain | alexa la capitale del regno di lombardo veneto | FB
out-of-domain | alexa la capitale della repubblica di genova | FB
out-of-domain | alexa la capitale del ducato di milano | FB
out-of-domain | alexa capitale dell'impero di carlo magno | FB
out-of-domain | alexa la capitale della gallia | FB
out-of-domain | alexa la capitale del biafra | FB
out-of-domain | alexa la capitale del somaliland | FB
out-of-domain | alexa la capitale dell'ossezia del nord | FB
out-of-domain | alexa la capitale della cecenia | FB
out-of-domain | alexa la capitale del tatarstan | FB
out-of-domain | alexa la capitale dei maya | FB
out-of-domain | alexa il capitale di marx quanti volumi ha | FB
out-of-domain | alexa a quanto ammonta il capitale della banca d'italia | FB
out-of-domain | alexa la capitale del jazz | FB
out-of-domain | alexa la capitale mondiale del caffè | FB
out-of-domain | alexa la capitale europea dello sport di quest'anno | FB
out-of-domain | alexa il capitale umano è un film | FB
out-of-domain | alexa quante lingue ufficiali ha la svizzera | FB
out-of-domain | alexa che religione hanno in indonesia | FB
out-of-domain | alexa dove si trova il lago titicaca | FB
out-of-domain | alexa quanti abitanti ha il vaticano | FB
out-of-domain | alexa quanto è lontana l'australia dall'italia | FB
out-of-domain | alexa che clima c'è in islanda ad agosto | FB
out-of-domain | alexa qual è la montagna più alta del nepal | FB
out-of-domain | alexa manda un messaggio a mio figlio che sono in autogrill | FB
out-of-domain | alexa misura la pressione | FB
out-of-domain | alexa chiama l'infermiera di turno | FB
subdivision | alexa qual è la capitale dello stato di new york che mio figlio dice new york city | US-NY
subdivision | alexa mia figlia fa l'erasmus a eugene nell'oregon qual è la capitale dell'oregon | US-OR
subdivision | alexa la capitale del texas è houston o dallas che non mi ricordo | US-TX
subdivision | alexa nonna vuole sapere la capitale della california quella dei cercatori d'oro | US-CA
subdivision | alexa ehm la capitale della florida non è miami vero | US-FL
subdivision | alexa sto guardando i packers in tv ma qual è la capitale del wisconsin | US-WI
subdivision | alexa per il compito di inglese la capitale dell'illinois per favore | US-IL
subdivision | alexa dimmi la capitale della pennsylvania che la sbaglio sempre con filadelfia | US-PA
subdivision | alexa qual è il capoluogo del massachusetts dove sta harvard | US-MA
subdivision | alexa andiamo a sciare ad aspen come si chiama la capitale del colorado | US-CO
subdivision | alexa il bisnonno era emigrato in louisiana a fare lo zucchero qual è la capitale | US-LA
subdivision | alexa la capitale delle hawaii quelle delle vacanze di magnum | US-HI
subdivision | alexa chi è la capitale dell'alaska | US-AK
subdivision | alexa sono alle cascate del niagara lato canadese qual è la capitale dell'ontario | CA-ON
subdivision | alexa scusa la capitale della provincia del quebec è montreal | CA-QC
subdivision | alexa nunavut ha una capitale e come si chiama | CA-NU
subdivision | alexa mi dici la capitale della british columbia cioè della columbia britannica | CA-BC
subdivision | alexa il capoluogo del nuovo brunswick per il cruciverba sono dieci lettere | CA-NB
subdivision | alexa qual è la capitale dello yukon quello della corsa all'oro di zio paperone | CA-YT
subdivision | alexa mio cugino fa il minatore nel territorio del nord australiano qual è la capitale | AU-NT
subdivision | alexa la capitale del new south wales non è sydney | AU-NSW
subdivision | alexa capitale della tasmania quella del diavolo della tasmania | AU-TAS
subdivision | alexa per la ricerca di geografia la capitale dell'australia occidentale | AU-WA
subdivision | alexa mia sorella fa la ragazza alla pari nel queensland qual è la capitale | AU-QLD
subdivision | alexa ma la capitale della baviera è monaco quella di germania no | DE-BY
subdivision | alexa il capoluogo della sassonia è dresda o lipsia | DE-SN
subdivision | alexa lavoro alla porsche a stoccarda ma è la capitale del baden württemberg | DE-BW
subdivision | alexa la capitale della renania settentrionale vestfalia è colonia | DE-NW
subdivision | alexa qual è la capitale della turingia dove c'era goethe | DE-TH
subdivision | alexa andiamo in vacanza sul mar baltico qual è la capitale dello schleswig holstein | DE-SH
subdivision | alexa il mio ragazzo è di glasgow qual è la capitale della scozia | GB-SCT
subdivision | alexa ma il galles ce l'ha una capitale | GB-WLS
subdivision | alexa capitale dell'irlanda del nord quella del titanic | GB-NIR
subdivision | alexa la capitale dell'inghilterra e non del regno unito | GB-ENG
subdivision | alexa faccio ayurveda in kerala qual è la capitale del kerala | IN-KL
subdivision | alexa la capitale del rajasthan che chiamano la città rosa | IN-RJ
subdivision | alexa il mio collega viene dal punjab indiano qual è la capitale | IN-PB
subdivision | alexa capitale del maharashtra è bombay o mumbai | IN-MH
subdivision | alexa qual è la capitale del tamil nadu che prima si chiamava madras | IN-TN
subdivision | alexa qual è la capitale di goa dove vanno i figli dei fiori | IN-GA
subdivision | alexa mi piace la tequila qual è la capitale dello stato di jalisco | MX-JAL
subdivision | alexa in viaggio di nozze andiamo a chichén itzá qual è la capitale dello yucatán | MX-YUC
subdivision | alexa la capitale del nuevo león quella del monterrey calcio | MX-NLE
subdivision | alexa mio marito è di salvador de bahia ma qual è la capitale dello stato di bahia | BR-BA
subdivision | alexa la telenovela è ambientata a minas gerais qual è la capitale | BR-MG
subdivision | alexa la capitale di chiapas che si chiama tuxtla qualcosa | MX-CHP
"""

if __name__ == "__main__":
    build_round(43, "it", LINES, sys.argv, "tests/Eval/it/round43/source/build_corpus.py")
