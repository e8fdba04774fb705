"""Round 42, Italian (it-IT): a new author's own mix, written blind (brief WRITER51.md). Speakers chosen away from the
regions and groups of rounds 40 and 41: Romani ("ahó", "daje", "anvedi", a barman in Trastevere, the ring road),
Napoletani ("guagliò", "jamme", "nun", a pizzaiolo, a grandmother in Forcella), Baresi ("uagliò", "mannaggia", the
ferry to Durazzo), Salentini ("sine", "osci", Lecce, Porto Cesareo), Veneti of Padova and Treviso ("ostrega", "cossa
xe", "dime", the vineyards), Bolognesi (tortellini, the portici, an osteria), Romagnoli ("burdèl", Rimini beach,
piadina), Livornesi ("deh", "bimbo", the darsena), Altoatesini (German code-switching, Bolzano, Val Gardena),
Valdostani ("bondzor", Aosta, Courmayeur), Parmigiani ("ragass", the caseificio, the opera); migrant speakers:
Romanians, Albanians ("ore", "faleminderit"), Filipino domestic workers ("po", "ate", "kuya", "salamat"), Peruvians
("pata", "chévere"), Egyptians ("yalla", "habibi", "wallah"), Nigerians ("abeg", "oga"), Sri Lankans ("aney"),
American study-abroad students, French tourists in Sanremo ("bon", "voilà"), Turks ("abi", "tamam"). Situations: a pub
quiz, crosswords of the Settimana Enigmistica, geography olympiad training, a cruise ship crew, a call centre, a travel
agency, a scout camp, a university library, a grandmother with her grandchildren, homework, a car trip, an old man who
hears badly, a six-year-old, Eurovision night, the Olympics, Serie A transfers, a gym, a campsite, a kitchen. Plus the
families every round has: follow-ups, yes/no checks, self-corrections, reverse questions, official, everyday and old
names, shared names, the plurals, subdivisions and territories, launch by the invocation name "capitali del mondo",
help, stop, cancel and out-of-domain requests.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
romani | ahó alexa me dici la capitale {} che er pupo c'ha la verifica | della francia=FR; della spagna=ES; della germania=DE
romani | alexa daje dimme subito la capitale {} che stamo a giocà a nomi cose città | dell'austria=AT; della svizzera=CH; del belgio=BE
romani | anvedi alexa ma la capitale {} quale sarebbe | del lussemburgo=LU; del liechtenstein=LI; di andorra=AD
romani | alexa sto a fa il turno al bar de trastevere e un turista vo sapé la capitale {} | del portogallo=PT; dell'irlanda=IE; della danimarca=DK
romani | alexa mo me la dici la capitale {} o no | della svezia=SE; della norvegia=NO; della finlandia=FI
romani | alexa er vicino de casa dice che la capitale dell'islanda è oslo ma che sta a dì | IS
romani | alexa a regà zitti n'attimo qual è la capitale dell'estonia | EE
romani | alexa ma che ne so io della capitale della lettonia dimmela te | LV
romani | alexa sto sul raccordo e c'ho mi fija dietro che chiede la capitale della lituania | LT
napoletani | alexa guagliò dimmi la capitale {} che sto a fa la pizza | della grecia=GR; di cipro=CY; di malta=MT
napoletani | uè alexa jamme bell qual è la capitale {} | della croazia=HR; della slovenia=SI; dell'ungheria=HU
napoletani | alexa nun me ricordo a capitale {} me la dici tu | della romania=RO; della bulgaria=BG; della serbia=RS
napoletani | alexa mia nonna a forcella vuole sapere la capitale {} pecché ce sta o nipote là | dell'albania=AL; del montenegro=ME; della bosnia ed erzegovina=BA
napoletani | alexa ma tu o saje qual è la capitale della macedonia del nord | MK
napoletani | alexa stammo a vedé o napoli e chillo difensore è del kosovo qual è a capitale | XK
napoletani | alexa a capitale da moldavia comm se chiamma | MD
napoletani | alexa facimm ampress la capitale della bielorussia | BY
baresi | alexa uagliò la capitale {} com'è che si chiama | dell'ucraina=UA; della russia=RU; della polonia=PL
baresi | alexa sto sul lungomare di bari e mi è venuta la curiosità la capitale {} | della cechia=CZ; della slovacchia=SK; della turchia=TR
baresi | alexa mannaggia non mi ricordo la capitale {} | della georgia quella vicino alla turchia=GE; dell'armenia=AM; dell'azerbaigian=AZ
baresi | alexa ce sta la nave per durazzo ma la capitale dell'albania è durazzo o tirana | AL
baresi | alexa che ti devo dire mia moglie vuole sapere la capitale di san marino | SM
salentini | alexa sine ma la capitale {} qual è | del kazakistan=KZ; dell'uzbekistan=UZ; del turkmenistan=TM
salentini | alexa sto a lecce in piazza sant'oronzo dimmi la capitale {} | del kirghizistan=KG; del tagikistan=TJ; dell'afghanistan=AF
salentini | alexa osci ci è la capitale {} | dell'iran=IR; dell'iraq=IQ; della siria=SY
salentini | alexa a porto cesareo un tedesco mi ha chiesto la capitale del libano e non la sapevo | LB
salentini | alexa la capitale della giordania dimmela in fretta ca me ne vado a mare | JO
veneti | ostrega alexa qual è la capitale {} | di israele=IL; dell'arabia saudita=SA; dello yemen=YE
veneti | alexa cossa xe la capitale {} che i toseti me lo domanda | dell'oman=OM; degli emirati arabi uniti=AE; del qatar=QA
veneti | alexa sono in campagna a treviso coi vigneti dime la capitale {} | del bahrein=BH; del kuwait=KW; dell'egitto=EG
veneti | alexa a padova in piazza dei signori mi chiedono la capitale della libia | LY
veneti | alexa par piaser la capitale della tunisia | TN
veneti | alexa no so gnente de africa la capitale dell'algeria qual è | DZ
bolognesi | alexa ragazzo dimmi la capitale {} che sto facendo i tortellini | del marocco=MA; della mauritania=MR; del mali=ML
bolognesi | alexa sotto i portici mi è venuto un dubbio la capitale {} | del niger=NE; del ciad=TD; del sudan=SD
bolognesi | alexa bon dimmi la capitale {} e poi basta | del sud sudan=SS; dell'etiopia=ET; dell'eritrea=ER
bolognesi | alexa in osteria in via del pratello non sanno la capitale di gibuti | DJ
bolognesi | alexa la capitale della somalia me la ricordi | SO
romagnoli | alexa burdèl dimmi la capitale {} che c'è la gara in spiaggia | del kenya=KE; dell'uganda=UG; della tanzania=TZ
romagnoli | alexa a rimini sotto l'ombrellone mi chiede la capitale {} una signora tedesca | del ruanda=RW; del burundi=BI; della repubblica democratica del congo=CD
romagnoli | alexa mentre faccio la piadina la capitale {} | della repubblica del congo=CG; del gabon=GA; del camerun=CM
romagnoli | alexa te la sai la capitale della repubblica centrafricana | CF
romagnoli | alexa a riccione al bagno ventitré vogliono sapere la capitale della guinea equatoriale | GQ
livornesi | deh alexa la capitale {} qual è | della nigeria=NG; del benin=BJ; del togo=TG
livornesi | alexa bimbo dimmi la capitale {} che in darsena si scommette | del ghana=GH; del burkina faso=BF; della costa d'avorio=CI
livornesi | alexa sto al porto col traghetto per la corsica dimmi la capitale {} | della liberia=LR; della sierra leone=SL; della guinea=GN
livornesi | alexa deh ma la capitale della guinea bissau l'è uguale al nome | GW
livornesi | alexa a livorno un marinaio vuole sapere la capitale del senegal | SN
livornesi | alexa o la capitale del gambia qual è | GM
altoatesini | alexa jo sag mir die la capitale {} bitte | del capo verde=CV; di são tomé e príncipe=ST; dell'angola=AO
altoatesini | alexa sono a bolzano al mercatino di natale qual è la capitale {} | della namibia=NA; del botswana=BW; dello zambia=ZM
altoatesini | alexa in val gardena al rifugio chiedono la capitale {} | dello zimbabwe=ZW; del mozambico=MZ; del malawi=MW
altoatesini | alexa sell isch schwierig la capitale del lesotho | LS
altoatesini | alexa la capitale dell'eswatini ex swaziland per favore | SZ
valdostani | alexa a aosta la maestra chiede la capitale {} | del madagascar=MG; delle comore=KM; di mauritius=MU
valdostani | alexa siamo al forte di bard in gita dimmi la capitale {} | delle seychelles=SC; delle maldive=MV; dello sri lanka=LK
valdostani | alexa bondzor dimmi la capitale {} | dell'india=IN; del pakistan=PK; del bangladesh=BD
valdostani | alexa a courmayeur sulla funivia una signora vuole la capitale del nepal | NP
valdostani | alexa la capitale del bhutan come si pronuncia | BT
parmigiani | alexa ragass dimmi la capitale {} che c'è il culatello in tavola | della cina=CN; del giappone=JP; della mongolia=MN
parmigiani | alexa al caseificio mentre giro il formaggio la capitale {} | della corea del nord=KP; della corea del sud=KR; di taiwan=TW
parmigiani | alexa la capitale {} che lo sa solo mio zio | del vietnam=VN; del laos=LA; della cambogia=KH
parmigiani | alexa a parma all'opera uno mi ha chiesto la capitale della thailandia | TH
parmigiani | alexa in bassa fa nebbia e io mi chiedo la capitale del myanmar | MM
rumeni | alexa te rog spune-mi capitale {} per favore | della moldova=MD; della bulgaria=BG; dell'ungheria=HU
rumeni | alexa io lavoro in cantiere a torino no scusa a roma la capitale della romania è bucarest vero | RO
rumeni | alexa hai dimmi capitale {} per mio figlio scuola | dell'indonesia=ID; delle filippine=PH; della malaysia=MY
rumeni | alexa la capitale di singapore è singapore anche lei | SG
rumeni | alexa mia soacra chiede capitale del brunei io non so | BN
albanesi | alexa ore më thuaj la capitale {} | del timor est=TL; della papua nuova guinea=PG; dell'australia=AU
albanesi | alexa faleminderit ma ancora una la capitale {} | della nuova zelanda=NZ; delle figi=FJ; di samoa=WS
albanesi | alexa io vengo da valona la capitale di tonga qual è | TO
albanesi | alexa mio cugino a durazzo dice che la capitale di tuvalu non esiste | TV
albanesi | alexa la capitale del vanuatu dimmi per favore che faccio cruciverba | VU
filippini | alexa po ano ang la capitale {} | delle isole salomone=SB; di kiribati=KI; di nauru=NR
filippini | alexa ate says ask you the capital {} po | of the marshall islands=MH; of micronesia=FM; of palau=PW
filippini | alexa salamat po ma la capitale delle filippine è manila o quezon city | PH
filippini | alexa kuya wants to know capitale del giappone po | JP
filippini | alexa io lavoro da signora ai parioli la capitale degli stati uniti qual è po | US
peruviani | alexa oye la capitale {} cuál es dime | del perù=PE; della bolivia=BO; del cile=CL
peruviani | alexa pata dimmi la capitale {} que mi hijo no sabe | dell'ecuador=EC; della colombia=CO; del venezuela=VE
peruviani | alexa chévere ahora la capitale {} | del paraguay=PY; dell'uruguay=UY; dell'argentina=AR
peruviani | alexa mi mamá en lima pregunta la capitale del brasile | BR
peruviani | alexa qual è la capitale della guyana la inglese | GY
peruviani | alexa y la capitale del suriname cuál es | SR
egiziani | alexa yalla dimmi la capitale {} | del messico=MX; del guatemala=GT; del belize=BZ
egiziani | alexa habibi la capitale {} qual è wallah non lo so | dell'honduras=HN; di el salvador=SV; del nicaragua=NI
egiziani | alexa io ho la pizzeria a milano la capitale {} | della costa rica=CR; di panama=PA; di cuba=CU
egiziani | alexa la capitale dell'egitto è il cairo giusto habibi | EG
egiziani | alexa mio fratello va in giamaica la capitale qual è | JM
nigeriani | alexa abeg tell me la capitale {} | di haiti=HT; della repubblica dominicana=DO; delle bahamas=BS
nigeriani | alexa my sister ask la capitale {} | di barbados=BB; di trinidad e tobago=TT; di grenada=GD
nigeriani | alexa oga for work ask me la capitale {} | di saint lucia=LC; della dominica=DM; di antigua e barbuda=AG
nigeriani | alexa la capitale di saint vincent e grenadine abeg | VC
nigeriani | alexa the capital of saint kitts and nevis please | KN
nigeriani | alexa in nigeria the capital na abuja no be lagos abi | NG
srilankesi | alexa aney la capitale {} dimmi | del canada=CA; degli stati uniti d'america=US; dell'islanda=IS
srilankesi | alexa io lavoro in casa a napoli signora chiede la capitale {} | del regno unito=GB; dell'irlanda=IE; dei paesi bassi=NL
srilankesi | alexa la capitale dello sri lanka non è colombo vero | LK
srilankesi | alexa mia figlia fa la terza media la capitale delle maldive qual è | MV
americani | alexa like what's the capital of {} again | greece=GR; portugal=PT; hungary=HU
americani | alexa oh my god la capitale {} come si dice | della danimarca=DK; della svezia=SE; della norvegia=NO
americani | alexa sono una studentessa a roma per un semestre la capitale {} | della turchia=TR; del marocco=MA; dell'egitto=EG
americani | alexa wait qual è la capitale del vaticano | VA
americani | alexa my roommate says the capital of australia is sydney is that right | AU
francesi | alexa bon alors la capitale {} c'est quoi | del belgio=BE; della svizzera=CH; del lussemburgo=LU
francesi | alexa voilà la capitale {} dimmi | del principato di monaco=MC; di andorra=AD; della tunisia=TN
francesi | alexa merci et la capitale del senegal | SN
francesi | alexa sono a sanremo in vacanza la capitale della costa d'avorio qual è | CI
francesi | alexa la capitale du québec | CA-QC
turchi | alexa abi dimmi la capitale {} | della turchia=TR; dell'azerbaigian=AZ; del turkmenistan=TM
turchi | alexa tamam la capitale {} qual è | di cipro=CY; della siria=SY; dell'iraq=IQ
turchi | alexa io faccio kebab a bologna la capitale della turchia è istanbul no | TR
turchi | alexa allora la capitale del kazakistan è astana o almaty | KZ
quiz-pub | alexa siamo al quiz del giovedì al pub domanda numero sette la capitale {} | dello stato di new york=US-NY; della california=US-CA; del texas=US-TX
quiz-pub | alexa il quizmaster chiede la capitale {} e abbiamo trenta secondi | della florida=US-FL; dell'illinois=US-IL; della pennsylvania=US-PA
quiz-pub | alexa al pub la squadra dei birrai dice che la capitale {} è la città più grande ma io non ci credo | del nevada=US-NV; del kentucky=US-KY; del vermont=US-VT
quiz-pub | alexa round sugli stati americani qual è la capitale {} | del massachusetts=US-MA; dell'ohio=US-OH; del michigan=US-MI
quiz-pub | alexa ultima domanda del quiz la capitale {} | dell'arizona=US-AZ; del colorado=US-CO; dello utah=US-UT
quiz-pub | alexa la risposta bonus è la capitale della louisiana | US-LA
cruciverba | alexa sulla settimana enigmistica c'è capitale {} sei lettere | dell'oregon=US-OR; del wisconsin=US-WI; del minnesota=US-MN
cruciverba | alexa cruciverba orizzontale dodici capitale {} | dell'iowa=US-IA; del kansas=US-KS; del missouri=US-MO
cruciverba | alexa mi manca una parola del cruciverba la capitale {} | del nebraska=US-NE; del montana=US-MT; dell'idaho=US-ID
cruciverba | alexa verticale ventuno la capitale del wyoming | US-WY
cruciverba | alexa nel rebus c'è la capitale dell'alaska | US-AK
cruciverba | alexa capitale delle hawaii cinque lettere no otto | US-HI
olimpiadi-geo | alexa mi sto allenando per le olimpiadi di geografia la capitale {} | del dakota del nord=US-ND; del dakota del sud=US-SD; dell'oklahoma=US-OK
olimpiadi-geo | alexa interrogami tu no dimmi la capitale {} | del nuovo messico=US-NM; dell'arkansas=US-AR; del mississippi=US-MS
olimpiadi-geo | alexa per la gara regionale devo sapere la capitale {} | dell'alabama=US-AL; del tennessee=US-TN; della carolina del nord=US-NC
olimpiadi-geo | alexa la capitale {} me la confondo sempre | della carolina del sud=US-SC; della virginia=US-VA; della virginia occidentale=US-WV
olimpiadi-geo | alexa il prof dell'olimpiade ha chiesto la capitale {} | del maryland=US-MD; del delaware=US-DE; del new jersey=US-NJ
olimpiadi-geo | alexa la capitale {} che è piccolissimo | del rhode island=US-RI; del connecticut=US-CT; del new hampshire=US-NH
olimpiadi-geo | alexa e quella del maine come si chiama la capitale | US-ME
olimpiadi-geo | alexa la capitale dello stato di washington non la città | US-WA
olimpiadi-geo | alexa la capitale dell'indiana mi serve | US-IN
olimpiadi-geo | alexa qual è la capitale della georgia lo stato americano | US-GA
olimpiadi-geo | alexa washington dc è capitale di cosa | US-DC
subdivision | alexa sono cameriere su una nave da crociera e domani attracchiamo la capitale {} | della columbia britannica=CA-BC; dell'alberta=CA-AB; della nuova scozia=CA-NS
subdivision | alexa in cabina equipaggio ci chiediamo la capitale {} | dell'ontario=CA-ON; del manitoba=CA-MB; del saskatchewan=CA-SK
subdivision | alexa il comandante ha detto che passiamo vicino a terranova la capitale di terranova e labrador | CA-NL
subdivision | alexa la capitale {} per il giro turistico | del nuovo brunswick=CA-NB; dell'isola del principe edoardo=CA-PE; del quebec=CA-QC
subdivision | alexa la capitale {} al nord del canada | dello yukon=CA-YT; del nunavut=CA-NU; dei territori del nord ovest=CA-NT
subdivision | alexa domani siamo in tasmania qual è la capitale | AU-TAS
subdivision | alexa la capitale {} dimmela in fretta che inizia il turno | del queensland=AU-QLD; del nuovo galles del sud=AU-NSW; dello stato di victoria=AU-VIC
subdivision | alexa la capitale {} per la gita a terra | dell'australia occidentale=AU-WA; dell'australia meridionale=AU-SA; del territorio del nord=AU-NT
subdivision | alexa la capitale del territorio della capitale australiana | AU-ACT
subdivision | alexa durante la pausa al call center un collega chiede la capitale {} | della baviera=DE-BY; della sassonia=DE-SN; dell'assia=DE-HE
subdivision | alexa ho un cliente tedesco in linea e mi serve la capitale {} | del baden württemberg=DE-BW; della renania settentrionale vestfalia=DE-NW; della bassa sassonia=DE-NI
subdivision | alexa il capoturno vuole sapere la capitale {} | della turingia=DE-TH; della sassonia anhalt=DE-ST; del brandeburgo=DE-BB
subdivision | alexa la capitale {} che devo spedire un pacco | della renania palatinato=DE-RP; del saarland=DE-SL; dello schleswig holstein=DE-SH
subdivision | alexa la capitale del meclemburgo pomerania anteriore che nome lungo | DE-MV
subdivision | alexa brema è capitale di sé stessa come land | DE-HB
subdivision | alexa qual è la capitale del land di amburgo | DE-HH
subdivision | alexa la capitale del land berlino | DE-BE
subdivision | alexa sono in agenzia viaggi e la cliente va in india mi dici la capitale {} | del rajasthan=IN-RJ; del kerala=IN-KL; di goa=IN-GA
subdivision | alexa per il pacchetto india del nord la capitale {} | dell'uttar pradesh=IN-UP; dell'himachal pradesh=IN-HP; dell'uttarakhand=IN-UK
subdivision | alexa il tour operator chiede la capitale {} | del maharashtra=IN-MH; del karnataka=IN-KA; del tamil nadu=IN-TN
subdivision | alexa la capitale {} per il preventivo | del bengala occidentale=IN-WB; dell'odisha=IN-OD; del bihar=IN-BR
subdivision | alexa viaggio di nozze in india la capitale {} | del gujarat=IN-GJ; del madhya pradesh=IN-MP; del telangana=IN-TS
subdivision | alexa la capitale {} per il trekking | del sikkim=IN-SK; dell'arunachal pradesh=IN-AR; dell'assam=IN-AS
subdivision | alexa la capitale {} nel nord est dell'india | del mizoram=IN-MZ; del tripura=IN-TR; del manipur=IN-MN
subdivision | alexa la capitale {} per il volo interno | del meghalaya=IN-ML; del nagaland=IN-NL; del jharkhand=IN-JH
subdivision | alexa la capitale {} di nuovo india | del chhattisgarh=IN-CG; dell'andhra pradesh=IN-AP; del punjab indiano=IN-PB
subdivision | alexa la capitale {} per la crociera nell'oceano indiano | delle isole andamane e nicobare=IN-AN; delle laccadive=IN-LD; di pondicherry=IN-PY
subdivision | alexa la capitale dell'haryana | IN-HR
subdivision | alexa la capitale del ladakh che la cliente va in moto | IN-LA
subdivision | alexa il territorio di chandigarh ha una capitale | IN-CH
subdivision | alexa la capitale del jammu e kashmir d'estate e d'inverno | IN-JK
subdivision | alexa la capitale del territorio di delhi | IN-DL
subdivision | alexa la capitale di dadra e nagar haveli e daman e diu | IN-DH
scout | alexa siamo al campo scout e il caporeparto chiede la capitale {} | di bahia=BR-BA; di pernambuco=BR-PE; del ceará=BR-CE
scout | alexa gioco notturno degli scout la capitale {} | dell'amazonas=BR-AM; del pará=BR-PA; dell'amapá=BR-AP
scout | alexa squadriglia aquile chiede la capitale {} | del rio grande do sul=BR-RS; di santa catarina=BR-SC; del paraná=BR-PR
scout | alexa la capitale {} per la prova di specialità | di minas gerais=BR-MG; del goiás=BR-GO; del mato grosso=BR-MT
scout | alexa caccia al tesoro del reparto la capitale {} | del mato grosso do sul=BR-MS; di rondônia=BR-RO; di roraima=BR-RR
scout | alexa la capitale {} che il capo è brasiliano | dell'acre=BR-AC; del tocantins=BR-TO; del maranhão=BR-MA
scout | alexa la capitale {} attorno al fuoco | del piauí=BR-PI; del rio grande do norte=BR-RN; della paraíba=BR-PB
scout | alexa la capitale {} prima della buonanotte | dell'alagoas=BR-AL; del sergipe=BR-SE; dell'espírito santo=BR-ES
scout | alexa la capitale dello stato di rio de janeiro | BR-RJ
scout | alexa la capitale dello stato di san paolo | BR-SP
scout | alexa il distretto federale del brasile che capitale ha | BR-DF
subdivision | alexa parlo piano che sono in biblioteca la capitale {} | dello yucatán=MX-YUC; di quintana roo=MX-ROO; di campeche=MX-CAM
subdivision | alexa sto scrivendo la tesi sul messico la capitale {} | di jalisco=MX-JAL; di nuevo león=MX-NLE; di chihuahua=MX-CHH
subdivision | alexa la bibliotecaria non sa la capitale {} | di oaxaca=MX-OAX; del chiapas=MX-CHP; di guerrero=MX-GRO
subdivision | alexa nell'atlante non si legge bene la capitale {} | di sonora=MX-SON; di sinaloa=MX-SIN; di durango=MX-DUR
subdivision | alexa per la nota a piè di pagina la capitale {} | della bassa california=MX-BCN; della bassa california del sud=MX-BCS; di coahuila=MX-COA
subdivision | alexa la capitale {} nel capitolo tre | di tamaulipas=MX-TAM; di san luis potosí=MX-SLP; di zacatecas=MX-ZAC
subdivision | alexa la capitale {} per la bibliografia | di aguascalientes=MX-AGU; di guanajuato=MX-GUA; di querétaro=MX-QUE
subdivision | alexa la capitale {} messico centrale | di hidalgo=MX-HID; dello stato del messico=MX-MEX; di morelos=MX-MOR
subdivision | alexa la capitale {} a bassa voce | di puebla=MX-PUE; di tlaxcala=MX-TLA; di veracruz=MX-VER
subdivision | alexa la capitale {} per l'ultima pagina | del michoacán=MX-MIC; di nayarit=MX-NAY; di colima=MX-COL
subdivision | alexa la capitale di tabasco in messico | MX-TAB
subdivision | alexa città del messico come entità federale ha una capitale | MX-CMX
territories | alexa per il mio album di figurine dei paesi mi manca la capitale {} | della groenlandia=GL; delle isole fær øer=FO; delle isole åland=AX
territories | alexa la capitale {} che ci vado in barca a vela | delle bermuda=BM; delle isole cayman=KY; delle isole turks e caicos=TC
territories | alexa mio cognato lavora in una banca offshore la capitale {} | di jersey=JE; di guernsey=GG; dell'isola di man=IM
territories | alexa la capitale {} nei caraibi olandesi | di aruba=AW; di curaçao=CW; di sint maarten=SX
territories | alexa la capitale {} che sono francesi | della martinica=MQ; della guadalupa=GP; della guyana francese=GF
territories | alexa la capitale {} nell'oceano indiano francese | della riunione=RE; di mayotte=YT; delle terre australi francesi=TF
territories | alexa la capitale {} nel pacifico francese | della polinesia francese=PF; della nuova caledonia=NC; di wallis e futuna=WF
territories | alexa la capitale {} piccole isole | di saint barthélemy=BL; di saint martin parte francese=MF; di saint pierre e miquelon=PM
territories | alexa la capitale {} isole americane | di portorico=PR; di guam=GU; delle samoa americane=AS
territories | alexa la capitale delle isole marianne settentrionali | MP
territories | alexa la capitale {} isole britanniche lontane | di anguilla=AI; di montserrat=MS; delle isole falkland=FK
territories | alexa la capitale {} in mezzo all'atlantico | di sant'elena=SH; della georgia del sud e sandwich australi=GS; delle isole pitcairn=PN
territories | alexa la capitale {} in australia ma fuori | dell'isola christmas=CX; delle isole cocos=CC; dell'isola norfolk=NF
territories | alexa la capitale {} legate alla nuova zelanda | delle isole cook=CK; di niue=NU; di tokelau=TK
territories | alexa la capitale del territorio britannico dell'oceano indiano | IO
territories | alexa la capitale delle svalbard | SJ
territories | alexa la capitale delle isole vergini britanniche | VG
territories | alexa la capitale delle isole vergini americane | VI
territories | alexa la capitale del sahara occidentale | EH
territories | alexa gibilterra ha una capitale | GI
territories | alexa la capitale dei caraibi olandesi bonaire | BQ
territories | alexa hong kong ha una capitale sua | HK
territories | alexa qual è la capitale di macao | MO
territories | alexa l'antartide ha una capitale | AQ
territories | alexa la capitale dell'isola bouvet in mezzo al niente | BV
territories | alexa e le isole heard e mcdonald hanno una capitale | HM
territories | alexa capitale delle isole minori esterne degli stati uniti | UM
subdivision | alexa guardando il sei nazioni mi chiedo la capitale {} | della scozia=GB-SCT; del galles=GB-WLS; dell'inghilterra=GB-ENG
subdivision | alexa la capitale dell'irlanda del nord per la partita di rugby | GB-NIR
subdivision | alexa mio figlio studia a edimburgo ma la capitale della scozia è glasgow | GB-SCT
plural-capitals | alexa quali sono le capitali {} | del sudafrica=ZA; della bolivia=BO; del benin=BJ
plural-capitals | alexa dimmi tutte le capitali {} | della costa d'avorio=CI; della malaysia=MY; dello sri lanka=LK
plural-capitals | alexa quante capitali hanno {} | i paesi bassi=NL; l'eswatini=SZ; la palestina=PS
plural-capitals | alexa è vero che il sudafrica ha tre capitali quali sono | ZA
plural-capitals | alexa la bolivia ha due capitali come si chiamano | BO
plural-capitals | alexa l'olanda ha due capitali amsterdam e l'aia giusto | NL
plural-capitals | alexa nonna dice che la costa d'avorio ha due capitali dimmele tutte e due | CI
plural-capitals | alexa elencami le capitali della malesia | MY
plural-capitals | alexa lo sri lanka ha una capitale o due | LK
plural-capitals | alexa le capitali dello swaziland | SZ
plural-capitals | alexa le due capitali del benin per favore | BJ
plural-capitals | alexa la palestina che capitali ha | PS
plural-capitals | alexa quali capitali ha il jammu e kashmir | IN-JK
plural-capitals | alexa le capitali dell'uttarakhand | IN-UK
plural-capitals | alexa dimmi le capitali di tutti e tre del sudafrica amministrativa legislativa e giudiziaria | ZA
follow-up | e quella {} | della francia=FR; del portogallo=PT; della grecia=GR
follow-up | ok e invece {} | il giappone=JP; la cina=CN; l'india=IN
follow-up | e la capitale {} allora | del cile=CL; del perù=PE; dell'uruguay=UY
follow-up | e poi {} | il kenya=KE; l'etiopia=ET; il ghana=GH
follow-up | aspetta e {} come capitale | il canada=CA; il messico=MX; il brasile=BR
follow-up | adesso dimmi {} | la svezia=SE; la norvegia=NO; la finlandia=FI
follow-up | alexa un'altra {} | l'australia=AU; la nuova zelanda=NZ; le figi=FJ
follow-up | e per {} com'è | l'austria=AT; l'ungheria=HU; la slovacchia=SK
follow-up | bene e la capitale {} | dell'egitto=EG; della libia=LY; del sudan=SD
follow-up | grazie e {} | la polonia=PL; la germania=DE; la russia=RU
follow-up | e della {} | baviera=DE-BY; sassonia=DE-SN; turingia=DE-TH
follow-up | invece del {} | texas=US-TX; colorado=US-CO; wyoming=US-WY
follow-up | e nel {} | kerala=IN-KL; punjab=IN-PB; gujarat=IN-GJ
follow-up | perfetto passiamo {} | all'argentina=AR; al paraguay=PY; alla bolivia=BO
follow-up | va bene e l'altra {} | la corea del sud=KR; la corea del nord=KP; la mongolia=MN
follow-up | ancora una {} | l'islanda=IS; l'irlanda=IE; la danimarca=DK
follow-up | e quella {} qual è | dell'ontario=CA-ON; del québec=CA-QC; dell'alberta=CA-AB
follow-up | e lo stesso per {} | la tasmania=AU-TAS; il queensland=AU-QLD; l'australia occidentale=AU-WA
follow-up | mh e {} | il vietnam=VN; la thailandia=TH; la cambogia=KH
follow-up | ok la prossima {} | la turchia=TR; la siria=SY; il libano=LB
follow-up | e dopo {} cosa mi dici | la nigeria=NG; il camerun=CM; il gabon=GA
follow-up | ma se ti chiedo {} | il pakistan=PK; l'afghanistan=AF; l'iran=IR
follow-up | e per finire {} | la scozia=GB-SCT; il galles=GB-WLS; l'irlanda del nord=GB-NIR
follow-up | sì e quella della {} | california=US-CA; florida=US-FL; georgia stato americano=US-GA
follow-up | e {} invece che ti avevo chiesto prima | bahia=BR-BA; il paraná=BR-PR; il pernambuco=BR-PE
yes-no-check | alexa la capitale {} è vero | della spagna è madrid=ES; della germania è berlino=DE; della russia è mosca=RU
yes-no-check | alexa dimmi sì o no {} | la capitale dell'australia è sydney=AU; la capitale del canada è toronto=CA; la capitale della turchia è istanbul=TR
yes-no-check | alexa è giusto che {} | la capitale del brasile è rio=BR; la capitale della svizzera è zurigo=CH; la capitale del marocco è rabat=MA
yes-no-check | alexa confermami {} | che la capitale del vietnam è hanoi=VN; che la capitale della nigeria è lagos=NG; che la capitale del pakistan è karachi=PK
yes-no-check | alexa ho ragione io {} | che la capitale della nuova zelanda è wellington=NZ; che la capitale del kazakistan è astana=KZ; che la capitale della tanzania è dar es salaam=TZ
yes-no-check | alexa è ancora {} | kiev la capitale dell'ucraina=UA; ankara la capitale della turchia=TR; berna la capitale della svizzera=CH
yes-no-check | alexa scusa ma {} | yangon è ancora la capitale del myanmar=MM; bonn è la capitale della germania=DE; calcutta è la capitale dell'india=IN
yes-no-check | alexa la capitale della california è los angeles o no | US-CA
yes-no-check | alexa vero o falso la capitale dello stato di new york è new york | US-NY
yes-no-check | alexa mi confermi che la capitale della baviera è monaco | DE-BY
yes-no-check | alexa la capitale del quebec si chiama anche lei quebec | CA-QC
yes-no-check | alexa sucre è la capitale della bolivia giusto | BO
yes-no-check | alexa abu dhabi o dubai qual è la capitale degli emirati | AE
self-correction | alexa la capitale {} | del portogallo no aspetta della spagna=ES; dell'austria anzi dell'australia=AU; della svezia cioè della svizzera=CH
self-correction | alexa dimmi la capitale {} | della slovenia no della slovacchia=SK; dell'iran scusa dell'iraq=IQ; della nigeria no del niger=NE
self-correction | alexa qual è la capitale {} | della guinea ehm della guinea equatoriale=GQ; del sudan no del sud sudan=SS; della colombia volevo dire della bolivia=BO
self-correction | alexa mi dici la capitale {} | dell'austria no dell'ungheria=HU; del camerun anzi del ciad=TD; della lettonia no aspetta della lituania=LT
self-correction | alexa capitale {} | del mali scusa della mauritania=MR; della gambia cioè del gambia=GM; del paraguay no dell'uruguay=UY
self-correction | alexa voglio la capitale {} | del nicaragua macché dell'honduras=HN; dell'armenia no volevo dire l'azerbaigian=AZ; del kosovo anzi no dell'albania=AL
self-correction | alexa la capitale {} grazie | del dakota del nord no del sud=US-SD; della carolina del sud no del nord=US-NC; della virginia ehm virginia occidentale=US-WV
self-correction | alexa la capitale del niger cioè della nigeria | NG
self-correction | alexa la capitale della slovacchia mmh no della slovenia | SI
self-correction | alexa com'è la capitale della danimarca oddio no della norvegia | NO
self-correction | alexa la capitale dell'islanda no irlanda irlanda | IE
self-correction | alexa dimmi la capitale dell'india ehm no del nepal | NP
self-correction | alexa la capitale della mongolia scusa mi sono sbagliato della cina | CN
self-correction | alexa la capitale del congo quello di kinshasa no aspetta quello di brazzaville | CG
self-correction | alexa la capitale dello zambia no dello zimbabwe | ZW
self-correction | alexa la capitale del gabon ehm del ghana | GH
self-correction | alexa la capitale della papua no delle isole salomone | SB
self-correction | alexa capitale del turkmenistan pardon del tagikistan | TJ
self-correction | alexa la capitale dell'uganda no aspetta del ruanda | RW
self-correction | alexa dimmi la capitale del perù anzi no dell'ecuador | EC
reverse-question | alexa {} di quale paese è la capitale | vaduz=CITY:Vaduz; tirana=CITY:Tirana; lubiana=CITY:Lubiana
reverse-question | alexa di che stato è capitale {} | bamako=CITY:Bamako; niamey=CITY:Niamey; ouagadougou=CITY:Ouagadougou
reverse-question | alexa {} è capitale di cosa | tbilisi=CITY:Tbilisi; yerevan=CITY:Yerevan; baku=CITY:Baku
reverse-question | alexa dove si trova la capitale {} di che paese è | bishkek=CITY:Bishkek; tashkent=CITY:Tashkent; astana=CITY:Astana
reverse-question | alexa mi dici {} di quale nazione è capitale | windhoek=CITY:Windhoek; maseru=CITY:Maseru; lilongwe=CITY:Lilongwe
reverse-question | alexa a che paese appartiene la capitale {} | paramaribo=CITY:Paramaribo; asunción=CITY:Asunción; montevideo=CITY:Montevideo
reverse-question | alexa {} che capitale è | tegucigalpa=CITY:Tegucigalpa; managua=CITY:Managua; belmopan=CITY:Belmopan
reverse-question | alexa la città di {} è capitale di quale stato | nuuk=CITY:Nuuk; tórshavn=CITY:Tórshavn; mariehamn=CITY:Mariehamn
reverse-question | alexa di chi è capitale {} | canberra=CITY:Canberra; wellington=CITY:Wellington; suva=CITY:Suva
reverse-question | alexa {} capitale di dove | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; albany=CITY:Albany
reverse-question | alexa quale stato ha come capitale {} | springfield=CITY:Springfield; bismarck=CITY:Bismarck; juneau=CITY:Juneau
reverse-question | alexa di quale land è capitale {} | magonza=CITY:Magonza; wiesbaden=CITY:Wiesbaden; schwerin=CITY:Schwerin
reverse-question | alexa {} è la capitale di che cosa in india | lucknow=CITY:Lucknow; bhopal=CITY:Bhopal; shillong=CITY:Shillong
reverse-question | alexa manaus è capitale di cosa | CITY:Manaus
reverse-question | alexa di quale provincia canadese è capitale winnipeg | CITY:Winnipeg
reverse-question | alexa mogadiscio è la capitale di quale paese africano | CITY:Mogadiscio
reverse-question | alexa di che paese è capitale la valletta | CITY:La Valletta
reverse-question | alexa phnom penh è capitale di | CITY:Phnom Penh
reverse-question | alexa di quale paese è capitale kuala lumpur | CITY:Kuala Lumpur
reverse-question | alexa ulan bator di che paese è | CITY:Ulan Bator
reverse-question | alexa port moresby capitale di che stato | CITY:Port Moresby
reverse-question | alexa ngerulmud è una capitale di dove | CITY:Ngerulmud
official-name | alexa potresti dirmi la capitale {} | della repubblica francese=FR; della confederazione svizzera=CH; del regno di spagna=ES
official-name | alexa sul passaporto c'è scritto {} qual è la capitale | repubblica federale di germania=DE; regno dei paesi bassi=NL; repubblica ellenica=GR
official-name | alexa mi serve per il modulo del consolato la capitale {} | della repubblica popolare cinese=CN; della federazione russa=RU; della repubblica islamica dell'iran=IR
official-name | alexa la capitale {} nome ufficiale | del regno unito di gran bretagna e irlanda del nord=GB; degli stati uniti messicani=MX; della repubblica araba d'egitto=EG
official-name | alexa per la pratica di cittadinanza la capitale {} | della repubblica di turchia=TR; del regno del marocco=MA; della repubblica argentina=AR
official-name | alexa la capitale {} come scritto sul visto | del regno hascemita di giordania=JO; della repubblica democratica federale di etiopia=ET; della repubblica socialista del vietnam=VN
official-name | alexa la capitale {} ufficialmente | del commonwealth dell'australia=AU; della repubblica dell'india=IN; della repubblica federativa del brasile=BR
official-name | alexa qual è la capitale della repubblica di corea | KR
official-name | alexa la capitale della repubblica popolare democratica di corea | KP
official-name | alexa la capitale dello stato plurinazionale di bolivia | BO
official-name | alexa la capitale della repubblica bolivariana del venezuela | VE
official-name | alexa la capitale del regno di thailandia | TH
official-name | alexa la capitale della repubblica unita di tanzania | TZ
official-name | alexa la capitale del granducato di lussemburgo | LU
official-name | alexa la capitale della repubblica di cina taiwan | TW
everyday-name | alexa ma la capitale {} qual è di preciso | dell'olanda=NL; dell'inghilterra intendo il regno unito=GB; dell'america=US
everyday-name | alexa dimmi la capitale {} come lo chiamava mio nonno | della persia=IR; della birmania=MM; del siam=TH
everyday-name | alexa la capitale {} vecchio nome | di ceylon=LK; dell'abissinia=ET; dello zaire=CD
everyday-name | alexa la capitale {} ci dicono così | della russia bianca=BY; della repubblica ceca=CZ; dello swaziland=SZ
everyday-name | alexa com'era la capitale {} | della macedonia=MK; del dahomey=BJ; dell'alto volta=BF
everyday-name | alexa la capitale {} per dire | degli emirati=AE; della malesia=MY; della nuova guinea=PG
everyday-name | alexa oh la capitale {} dai | degli states=US; della gran bretagna=GB; della corea quella del sud=KR
everyday-name | alexa la capitale del kirghisistan | KG
everyday-name | alexa la capitale della repubblica di turchia chiamata türkiye | TR
everyday-name | alexa la capitale dell'east timor | TL
everyday-name | alexa la capitale della moldova | MD
everyday-name | alexa la capitale della cechia o repubblica ceca come si dice ora | CZ
shared-name | alexa qual è la capitale della georgia | GE+US-GA
shared-name | alexa la capitale del congo | CD+CG
shared-name | alexa la capitale della corea | KP+KR
shared-name | alexa la capitale delle isole vergini | VG+VI
shared-name | alexa capitale della georgia senza specificare | GE+US-GA
shared-name | alexa la capitale di tutti e due i congo | CD+CG
shared-name | alexa le capitali delle due coree | KP+KR
shared-name | alexa le isole vergini hanno una capitale | VG+VI
shared-name | alexa la capitale della georgia quella in europa | GE
shared-name | alexa la capitale della georgia negli stati uniti | US-GA
shared-name | alexa la capitale del congo quello grande | CD
shared-name | alexa la capitale del congo piccolo | CG
shared-name | alexa la capitale della corea del nord intendo | KP
shared-name | alexa capitale delle isole vergini inglesi | VG
shared-name | alexa capitale delle isole vergini degli usa | VI
shared-name | alexa nel gioco mi è uscito georgia dimmi la capitale | GE+US-GA
shared-name | alexa capitale della dominica o della repubblica dominicana non so quale | DM+DO
shared-name | alexa la capitale del maine e anche quella del new hampshire | US-ME+US-NH
help | alexa aiuto come funziona questa cosa delle capitali | HELP
help | alexa cosa posso chiederti sulle capitali | HELP
help | alexa non ho capito come si usa | HELP
help | alexa mi spieghi come si gioca | HELP
help | aiutami alexa non so cosa dire | HELP
help | alexa che domande posso fare | HELP
help | alexa dammi una mano | HELP
help | alexa come faccio a chiederti una capitale | HELP
help | alexa ahó ma come se usa sta cosa | HELP
help | alexa uè aiutami tu che io non ci capisco niente | HELP
help | alexa po help me how to use | HELP
help | alexa abeg help | HELP
help | alexa mi fai un esempio di domanda | HELP
help | alexa cosa sai fare con le capitali | HELP
help | alexa istruzioni per favore | HELP
help | alexa non so come andare avanti aiuto | HELP
help | alexa ho bisogno di aiuto | HELP
help | alexa mia nonna non capisce come funziona spiegale tu | HELP
help | alexa quali sono i comandi | HELP
help | alexa spiegami le regole | HELP
help | alexa ostrega come se fa aiutame | HELP
help | alexa aiuto per favore che il bambino vuole giocare | HELP
help | alexa ayuda por favor cómo funciona | HELP
help | alexa cosa devo dire adesso | HELP
help | alexa che si fa qui | HELP
stop | alexa stop | STOP
stop | alexa basta così | STOP
stop | alexa fermati | STOP
stop | alexa esci | STOP
stop | alexa zitta per favore | STOP
stop | alexa ahó basta mo | STOP
stop | alexa statte zitta | STOP
stop | alexa chiudi la skill delle capitali | STOP
stop | alexa esci dal gioco | STOP
stop | alexa ho finito grazie ciao | STOP
stop | alexa smettila | STOP
stop | alexa stop stop stop | STOP
stop | alexa fine | STOP
stop | alexa esci da capitali del mondo | STOP
stop | alexa deh basta ora | STOP
stop | alexa spegni | STOP
stop | alexa silenzio | STOP
stop | alexa basta per oggi | STOP
stop | alexa yalla basta | STOP
stop | alexa quit please | STOP
stop | alexa chiudi tutto | STOP
stop | alexa ferma tutto che arriva il cliente | STOP
stop | alexa ciao ciao basta giocare | STOP
stop | alexa pota basta | STOP
stop | alexa taci | STOP
cancel | alexa annulla | CANCEL
cancel | alexa lascia perdere | CANCEL
cancel | alexa niente | CANCEL
cancel | alexa non importa | CANCEL
cancel | alexa dimentica | CANCEL
cancel | alexa annulla la domanda | CANCEL
cancel | alexa no niente lascia stare | CANCEL
cancel | alexa lassa perde | CANCEL
cancel | alexa lascia sta | CANCEL
cancel | alexa niente niente scusa | CANCEL
cancel | alexa annullare | CANCEL
cancel | alexa ho sbagliato annulla | CANCEL
cancel | alexa fa niente | CANCEL
cancel | alexa non fa niente lascia perdere | CANCEL
cancel | alexa dimenticalo | CANCEL
cancel | alexa no aspetta annulla tutto | CANCEL
cancel | alexa never mind | CANCEL
cancel | alexa forget it | CANCEL
cancel | alexa lascia stare ostrega | CANCEL
cancel | alexa no no annulla | CANCEL
cancel | alexa lassa sta guagliò | CANCEL
cancel | alexa lasciamo perdere va | CANCEL
cancel | alexa cancella quello che ho detto | CANCEL
cancel | alexa scusa non volevo chiedere niente | CANCEL
launch | alexa apri capitali del mondo | LAUNCH
launch | alexa avvia capitali del mondo | LAUNCH
launch | alexa fammi giocare con capitali del mondo | LAUNCH
launch | alexa apri per favore capitali del mondo | LAUNCH
launch | alexa lancia capitali del mondo | LAUNCH
launch | alexa ahó apri capitali del mondo | LAUNCH
launch | alexa mi apri capitali del mondo che i bambini vogliono giocare | LAUNCH
launch | alexa vorrei usare capitali del mondo | LAUNCH
launch | alexa apri la skill capitali del mondo | LAUNCH
launch | alexa parti con capitali del mondo | LAUNCH
launch | alexa attiva capitali del mondo | LAUNCH
launch | alexa gioca a capitali del mondo | LAUNCH
launch | alexa avvia la skill capitali del mondo grazie | LAUNCH
launch | alexa open capitali del mondo | LAUNCH
launch | alexa jamme apri capitali del mondo | LAUNCH
launch | alexa puoi aprire capitali del mondo per favore | LAUNCH
launch | alexa fai partire capitali del mondo | LAUNCH
launch | alexa apri di nuovo capitali del mondo | LAUNCH
launch | alexa chiedi a capitali del mondo la capitale del perù | PE
launch | alexa chiedi a capitali del mondo qual è la capitale della svezia | SE
launch | alexa domanda a capitali del mondo la capitale del laos | LA
launch | alexa abilita capitali del mondo | LAUNCH
launch | alexa capitali del mondo | LAUNCH
launch | alexa voglio capitali del mondo | LAUNCH
out-of-domain | alexa qual è il capoluogo della puglia | FB
out-of-domain | alexa il capoluogo del salento qual è | FB
out-of-domain | alexa la capitale della romagna è rimini o ravenna | FB
out-of-domain | alexa qual è la capitale della padania | FB
out-of-domain | alexa capoluogo della valle d'aosta | FB
out-of-domain | alexa il capoluogo dell'alto adige | FB
out-of-domain | alexa la capitale del regno delle due sicilie | FB
out-of-domain | alexa la capitale della serenissima repubblica di venezia | FB
out-of-domain | alexa qual era la capitale dello stato pontificio | FB
out-of-domain | alexa la capitale dell'impero ottomano | FB
out-of-domain | alexa la capitale dell'impero romano d'oriente | FB
out-of-domain | alexa la capitale della jugoslavia | FB
out-of-domain | alexa qual era la capitale della germania est | FB
out-of-domain | alexa la capitale dell'unione sovietica | FB
out-of-domain | alexa la capitale della cecoslovacchia | FB
out-of-domain | alexa la capitale di atlantide | FB
out-of-domain | alexa la capitale di narnia | FB
out-of-domain | alexa qual è la capitale della terra di mezzo | FB
out-of-domain | alexa la capitale di westeros nel trono di spade | FB
out-of-domain | alexa la capitale di wakanda | FB
out-of-domain | alexa qual è la capitale del paese dei balocchi | FB
out-of-domain | alexa la capitale di topolinia | FB
out-of-domain | alexa la capitale della catalogna | FB
out-of-domain | alexa la capitale dei paesi baschi | FB
out-of-domain | alexa la capitale dell'andalusia | FB
out-of-domain | alexa la capitale della bretagna | FB
out-of-domain | alexa la capitale della provenza | FB
out-of-domain | alexa la capitale delle fiandre | FB
out-of-domain | alexa la capitale della vallonia | FB
out-of-domain | alexa la capitale del tirolo austriaco | FB
out-of-domain | alexa la capitale della siberia | FB
out-of-domain | alexa la capitale della patagonia | FB
out-of-domain | alexa la capitale del kurdistan | FB
out-of-domain | alexa la capitale dell'abkhazia | FB
out-of-domain | alexa la capitale dell'ossezia del sud | FB
out-of-domain | alexa la capitale del nagorno karabakh | FB
out-of-domain | alexa la capitale della cirenaica | FB
out-of-domain | alexa qual è la capitale dell'europa | FB
out-of-domain | alexa la capitale dell'africa | FB
out-of-domain | alexa la capitale dell'asia | FB
out-of-domain | alexa la capitale del sud america | FB
out-of-domain | alexa la capitale di giove | FB
out-of-domain | alexa la capitale della luna | FB
out-of-domain | alexa quanto capitale serve per aprire una srl | FB
out-of-domain | alexa come si calcola l'interesse sul capitale | FB
out-of-domain | alexa cos'è il capitale umano | FB
out-of-domain | alexa chi ha scritto il capitale | FB
out-of-domain | alexa quali sono i sette peccati capitali | FB
out-of-domain | alexa come si scrive la lettera maiuscola che chiamano capitale | FB
out-of-domain | alexa qual è la capitale europea della cultura quest'anno | FB
out-of-domain | alexa qual è la capitale mondiale del cioccolato | FB
out-of-domain | alexa la capitale della pizza è napoli vero | FB
out-of-domain | alexa qual è la capitale italiana del tartufo | FB
out-of-domain | alexa la capitale della piadina | FB
out-of-domain | alexa la capitale del prosciutto | FB
out-of-domain | alexa la capitale mondiale del cinema | FB
out-of-domain | alexa la capitale della moda è milano o parigi | FB
out-of-domain | alexa la capitale della movida in salento | FB
out-of-domain | alexa che tempo fa a bari domani | FB
out-of-domain | alexa che ore sono a lima adesso | FB
out-of-domain | alexa quanti abitanti ha tokyo | FB
out-of-domain | alexa qual è la moneta del vietnam | FB
out-of-domain | alexa che lingua si parla in belgio | FB
out-of-domain | alexa quanto è grande il brasile | FB
out-of-domain | alexa qual è il fiume più lungo del mondo | FB
out-of-domain | alexa qual è la montagna più alta d'africa | FB
out-of-domain | alexa chi è il presidente della francia | FB
out-of-domain | alexa chi è il re di spagna | FB
out-of-domain | alexa quanti stati ci sono in africa | FB
out-of-domain | alexa qual è la bandiera del perù | FB
out-of-domain | alexa l'inno della romania | FB
out-of-domain | alexa quanto dista roma da napoli | FB
out-of-domain | alexa accendi la luce in cucina | FB
out-of-domain | alexa alza il volume | FB
out-of-domain | alexa metti radio radio | FB
out-of-domain | alexa metti pino daniele | FB
out-of-domain | alexa imposta una sveglia alle sei e mezza | FB
out-of-domain | alexa metti un timer di dieci minuti per la pasta | FB
out-of-domain | alexa aggiungi il latte alla lista della spesa | FB
out-of-domain | alexa chiama mamma | FB
out-of-domain | alexa raccontami una barzelletta | FB
out-of-domain | alexa come stai | FB
out-of-domain | alexa ti voglio bene | FB
out-of-domain | alexa accendi la tv | FB
out-of-domain | alexa chi ha vinto la partita della roma | FB
out-of-domain | alexa quando gioca il napoli | FB
out-of-domain | alexa la classifica della serie a | FB
out-of-domain | alexa chi ha vinto l'eurovision | FB
out-of-domain | alexa quante medaglie ha vinto l'italia alle olimpiadi | FB
out-of-domain | alexa ricetta dei tortellini in brodo | FB
out-of-domain | alexa quanto tempo cuoce la piadina | FB
out-of-domain | alexa come si fa la pizza napoletana | FB
out-of-domain | alexa traduci grazie in tagalog | FB
out-of-domain | alexa come si dice capitale in albanese | FB
out-of-domain | alexa come si dice buonanotte in rumeno | FB
out-of-domain | alexa quanto costa un volo per lima | FB
out-of-domain | alexa serve il visto per andare in egitto | FB
out-of-domain | alexa orari del traghetto per durazzo | FB
out-of-domain | alexa quando parte la nave da crociera da genova | FB
out-of-domain | alexa ordina le crocchette per il gatto | FB
out-of-domain | alexa leggi le notizie | FB
out-of-domain | alexa che giorno è domani | FB
out-of-domain | alexa metti la ninna nanna per il bambino | FB
out-of-domain | alexa quanto fa sette per otto | FB
out-of-domain | alexa come si scrive ouagadougou | FB
out-of-domain | alexa qual è la città più grande della cina | FB
out-of-domain | alexa qual è il paese più piccolo del mondo | FB
out-of-domain | alexa quanti paesi ci sono nel mondo | FB
out-of-domain | alexa dove si trova il lesotho sulla cartina | FB
out-of-domain | alexa la capitale morale d'italia | FB
out-of-domain | alexa ho fatto un errore capitale in ufficio | FB
out-of-domain | alexa la pena capitale esiste ancora in america | FB
out-of-domain | alexa qual è il capoluogo di provincia di lecce | FB
out-of-domain | alexa il capoluogo del veneto qual è | FB
out-of-domain | alexa capoluogo dell'emilia romagna | FB
out-of-domain | alexa qual è la capitale della lombardia | FB
out-of-domain | alexa la capitale della toscana | FB
out-of-domain | alexa la capitale della sicilia | FB
out-of-domain | alexa qual è la capitale di roma | FB
out-of-domain | alexa la capitale di milano | FB
out-of-domain | alexa la capitale della città di bari | FB
out-of-domain | alexa la capitale di istanbul | FB
out-of-domain | alexa la capitale della mesopotamia | FB
out-of-domain | alexa la capitale degli aztechi | FB
out-of-domain | alexa la capitale dell'impero inca | FB
out-of-domain | alexa la capitale della prussia | FB
out-of-domain | alexa la capitale della scandinavia | FB
out-of-domain | alexa la capitale dei caraibi | FB
out-of-domain | alexa la capitale dell'occitania | FB
out-of-domain | alexa la capitale della transilvania | FB
nonna-nipoti | alexa la nonna vuole sapere la capitale {} che ci è andata in viaggio di nozze | della jugoslavia di allora cioè la serbia=RS; dell'austria=AT; della cecoslovacchia ora cechia=CZ
nonna-nipoti | alexa parla forte che la nonna non sente la capitale {} | del portogallo=PT; della grecia=GR; dell'egitto=EG
nonna-nipoti | alexa tesoro della nonna dimmi la capitale {} | del venezuela dove sta lo zio=VE; dell'argentina dove sta la cugina=AR; dell'australia dove è emigrato il nonno=AU
nonna-nipoti | alexa il nipotino chiede la capitale della mongolia e io non lo so | MN
nonna-nipoti | alexa mio nipote dice che la capitale della francia è parigi ha ragione | FR
nonna-nipoti | alexa nonno chiedi tu ad alexa la capitale dell'argentina | AR
compiti | alexa sto facendo i compiti di geografia la capitale {} | dell'etiopia=ET; della tanzania=TZ; del mozambico=MZ
compiti | alexa la maestra ha dato la ricerca sulla capitale {} | del perù=PE; della colombia=CO; del cile=CL
compiti | alexa mamma dice di chiederti la capitale {} per la scheda | del nepal=NP; del bhutan=BT; del bangladesh=BD
compiti | alexa per l'interrogazione di domani la capitale {} | della lituania=LT; della lettonia=LV; dell'estonia=EE
compiti | alexa devo colorare la cartina e scrivere la capitale del camerun | CM
compiti | alexa nel libro di quinta c'è la capitale del ghana | GH
compiti | alexa la prof di storia chiede la capitale dell'uzbekistan | UZ
viaggio-auto | alexa siamo in macchina in autostrada e i bambini giocano la capitale {} | della norvegia=NO; del canada=CA; del kenya=KE
viaggio-auto | alexa quanto manca no scusa dimmi la capitale {} | della cina=CN; dell'india=IN; dell'indonesia=ID
viaggio-auto | alexa dal cellulare in auto la capitale {} | della francia=FR; della slovenia=SI; della croazia=HR
viaggio-auto | alexa papà sta guidando e non può cercare la capitale del paraguay | PY
viaggio-auto | alexa all'autogrill ci chiediamo la capitale della giamaica | JM
viaggio-auto | alexa sul traghetto per olbia la capitale di malta | MT
anziano | alexa come hai detto non ho sentito la capitale {} | della russia=RU; della svezia=SE; della polonia=PL
anziano | alexa io ho ottantatré anni e non mi ricordo più la capitale {} | dell'ungheria=HU; della romania=RO; della bulgaria=BG
anziano | alexa ripetimi piano la capitale della jugoslavia di adesso la serbia | RS
anziano | alexa ai miei tempi la capitale della germania era bonn adesso qual è | DE
anziano | alexa da militare ero in libia la capitale qual è | LY
anziano | alexa mio fratello emigrato in belgio diceva la capitale è bruxelles è ancora così | BE
bambino | alexa alexa alexa la capitale {} | dei leoni l'africa no del kenya=KE; del giappone dei pokemon=JP; dell'egitto delle piramidi=EG
bambino | alexa io ho sei anni e voglio sapere la capitale {} | della spagna=ES; dell'america=US; della cina=CN
bambino | alexa ma la capitale dei pinguini l'antartide ce l'ha | AQ
bambino | alexa la capitale del canguro l'australia | AU
bambino | alexa capitale del brasile quello del calcio | BR
bambino | alexa la capitale della groenlandia dove c'è babbo natale | GL
eurovision | alexa stiamo guardando l'eurovision la capitale {} | della svezia=SE; della norvegia=NO; dell'ucraina=UA
eurovision | alexa ha appena cantato la moldavia qual è la capitale | MD
eurovision | alexa durante le votazioni dell'eurovision la capitale {} | dell'armenia=AM; dell'azerbaigian=AZ; della georgia del caucaso=GE
eurovision | alexa vota l'islanda no scusa la capitale dell'islanda | IS
eurovision | alexa l'australia canta all'eurovision ma qual è la capitale | AU
eurovision | alexa la capitale di israele che ha cantato adesso | IL
eurovision | alexa dodici punti alla capitale {} dimmela | di san marino=SM; di cipro=CY; del portogallo=PT
olimpiadi-sport | alexa sfilano gli atleti alle olimpiadi la capitale {} | del tuvalu=TV; di nauru=NR; delle isole marshall=MH
olimpiadi-sport | alexa ha vinto l'oro un atleta {} qual è la capitale | del kenya=KE; della giamaica=JM; dell'etiopia=ET
olimpiadi-sport | alexa la cerimonia di apertura e passa il kiribati la capitale | KI
olimpiadi-sport | alexa medaglia di bronzo al tagikistan la capitale | TJ
olimpiadi-sport | alexa il maratoneta è dell'eritrea qual è la capitale | ER
serie-a | alexa il nuovo attaccante è {} dimmi la capitale | georgiano=GE; nigeriano=NG; serbo=RS
serie-a | alexa il portiere del napoli è del camerun la capitale | CM
serie-a | alexa quel terzino viene dal marocco la capitale | MA
serie-a | alexa il centrocampista è della costa rica qual è la capitale | CR
serie-a | alexa gioca nella nazionale dell'uruguay la capitale | UY
serie-a | alexa la capitale {} da cui viene il mister | della croazia=HR; dell'olanda=NL; della danimarca=DK
palestra | alexa sono sul tapis roulant dimmi la capitale {} | del lussemburgo=LU; dell'irlanda=IE; della svizzera=CH
palestra | alexa tra una serie e l'altra la capitale {} | del qatar=QA; del kuwait=KW; del bahrein=BH
palestra | alexa il personal trainer è brasiliano la capitale dello stato di minas gerais | BR-MG
palestra | alexa a zumba la mia amica è cubana la capitale di cuba | CU
campeggio | alexa siamo in campeggio sul gargano la capitale {} | della tunisia=TN; dell'algeria=DZ; del marocco=MA
campeggio | alexa in tenda col telefono la capitale {} | dei paesi bassi=NL; della germania=DE; del belgio=BE
campeggio | alexa i vicini di piazzola sono danesi la capitale della danimarca | DK
campeggio | alexa i ragazzi della roulotte accanto vengono dalla slovacchia la capitale | SK
cucina | alexa mentre mescolo il sugo la capitale {} | del libano=LB; della siria=SY; della giordania=JO
cucina | alexa ho le mani nella farina dimmi la capitale {} | del messico=MX; del perù=PE; del giappone=JP
cucina | alexa la capitale dell'india per la ricetta del curry | IN
cucina | alexa per la paella la capitale della spagna | ES
cucina | alexa sto facendo il cous cous la capitale della tunisia | TN
help | alexa in macchina i bambini chiedono come si gioca alle capitali aiuto | HELP
help | alexa la nonna chiede cosa può domandarti | HELP
help | alexa sono in biblioteca come funziona questa skill | HELP
help | alexa aiutami con le capitali che non so cosa chiederti | HELP
help | alexa deh come si fa | HELP
help | alexa come si usa capitali del mondo | HELP
stop | alexa basta capitali stiamo arrivando all'autogrill | STOP
stop | alexa smetti che la nonna dorme | STOP
stop | alexa ferma il gioco delle capitali | STOP
stop | alexa esci dalla skill delle capitali che è pronto in tavola | STOP
stop | alexa stop stiamo in biblioteca | STOP
stop | alexa basta guagliò | STOP
stop | alexa abi basta | STOP
stop | alexa chiudi capitali del mondo | STOP
cancel | alexa annulla che ho sbagliato paese | CANCEL
cancel | alexa lascia stare era il bambino | CANCEL
cancel | alexa niente era la tv | CANCEL
cancel | alexa no scusa annulla la domanda sulla capitale | CANCEL
cancel | alexa dimentica quello che ha chiesto la nonna | CANCEL
cancel | alexa lascia perdere deh | CANCEL
cancel | alexa annulla annulla | CANCEL
cancel | alexa no niente habibi lascia perdere | CANCEL
romani | alexa ahó ma la capitale d'italia è roma o no che er cugino de milano dice de no | IT
bambino | alexa la capitale dell'italia dove abito io | IT
out-of-domain | alexa ahó a che ora passa er notturno a trastevere | FB
out-of-domain | alexa daje metti la canzone de venditti roma capoccia | FB
out-of-domain | alexa quanto ce vuole dar colosseo a san pietro a piedi | FB
out-of-domain | alexa guagliò metti nino d'angelo a tutto volume | FB
out-of-domain | alexa quanto deve lievitare l'impasto della pizza napoletana | FB
out-of-domain | alexa a che ora apre la funicolare di chiaia | FB
out-of-domain | alexa uagliò quando parte la nave per durazzo stasera | FB
out-of-domain | alexa come si fanno le orecchiette con le cime di rapa | FB
out-of-domain | alexa osci c'è vento di tramontana a porto cesareo | FB
out-of-domain | alexa metti la pizzica salentina | FB
out-of-domain | alexa ostrega che tempo fa domani a treviso per la vendemmia | FB
out-of-domain | alexa quanto costa una bottiglia di prosecco superiore | FB
out-of-domain | alexa accendi il riscaldamento in taverna | FB
out-of-domain | alexa quando riapre l'osteria in via del pratello | FB
out-of-domain | alexa quanti minuti cuociono i tortellini in brodo di cappone | FB
out-of-domain | alexa burdèl che ore sono che devo aprire il bagno | FB
out-of-domain | alexa previsioni del mare a rimini per domenica | FB
out-of-domain | alexa deh a che ora c'è la bassa marea in darsena | FB
out-of-domain | alexa ricetta del cacciucco alla livornese | FB
out-of-domain | alexa jo wie spät ist es | FB
out-of-domain | alexa quando chiude il mercatino di natale di bolzano | FB
out-of-domain | alexa è aperta la funivia del monte bianco oggi | FB
out-of-domain | alexa quanti gradi ci sono a courmayeur | FB
out-of-domain | alexa ragass quanto stagiona il parmigiano | FB
out-of-domain | alexa cosa danno stasera al teatro regio di parma | FB
out-of-domain | alexa chiama la mia soacra su whatsapp | FB
out-of-domain | alexa traduci buna ziua in italiano | FB
out-of-domain | alexa metti musica albanese di valona | FB
out-of-domain | alexa po quanto costa mandare soldi a manila | FB
out-of-domain | alexa salamat po remind me to call ate at eight | FB
out-of-domain | alexa chévere pon una cumbia peruana | FB
out-of-domain | alexa quanto costa la chiamata per lima dal fisso | FB
out-of-domain | alexa yalla a che ora è la preghiera del tramonto | FB
out-of-domain | alexa habibi metti amr diab | FB
out-of-domain | alexa abeg play afrobeat | FB
out-of-domain | alexa oga says what time is the meeting | FB
out-of-domain | alexa aney set alarm for five | FB
out-of-domain | alexa like how do i get to termini from trastevere | FB
out-of-domain | alexa what's the weather in florence this weekend | FB
out-of-domain | alexa bon alors quel temps fait il à nice | FB
out-of-domain | alexa abi metti una canzone di tarkan | FB
out-of-domain | alexa tamam quanto costa il kebab da asporto | FB
out-of-domain | alexa domanda sette del quiz chi ha dipinto la gioconda | FB
out-of-domain | alexa chi ha vinto il quiz al pub la settimana scorsa | FB
out-of-domain | alexa sinonimo di gioioso sette lettere per il cruciverba | FB
out-of-domain | alexa soluzione del rebus della settimana enigmistica | FB
out-of-domain | alexa qual è il lago più grande dell'africa per le olimpiadi di geografia | FB
out-of-domain | alexa quale oceano bagna il cile | FB
out-of-domain | alexa a che ora attracca la nave a barcellona | FB
out-of-domain | alexa il turno di notte in cabina finisce alle sei sveglia | FB
out-of-domain | alexa il codice fiscale di un cliente tedesco come si calcola | FB
out-of-domain | alexa quanto costa un volo per jaipur a marzo | FB
out-of-domain | alexa serve il vaccino per andare in kerala | FB
out-of-domain | alexa come si accende il fuoco al campo scout senza fiammiferi | FB
out-of-domain | alexa i nodi degli scout il nodo piano come si fa | FB
out-of-domain | alexa a che ora chiude la biblioteca universitaria | FB
out-of-domain | alexa come si cita un libro nella bibliografia | FB
out-of-domain | alexa la nonna vuole sentire claudio villa | FB
out-of-domain | alexa quanto fa trecentoventi diviso otto per i compiti | FB
out-of-domain | alexa cosa vuol dire emisfero australe | FB
out-of-domain | alexa quanto manca per arrivare a bari | FB
out-of-domain | alexa c'è traffico sull'autostrada adriatica | FB
out-of-domain | alexa ricordami di prendere la pastiglia della pressione | FB
out-of-domain | alexa io ho sei anni quanti anni hai tu | FB
out-of-domain | alexa fai il verso del leone | FB
out-of-domain | alexa chi ha vinto l'eurovision l'anno scorso | FB
out-of-domain | alexa quanti punti ha preso l'italia all'eurovision | FB
out-of-domain | alexa in quale stadio si gioca la finale delle olimpiadi | FB
out-of-domain | alexa chi ha comprato il napoli in questo mercato | FB
out-of-domain | alexa quando chiude il calciomercato | FB
out-of-domain | alexa metti musica per correre sul tapis roulant | FB
out-of-domain | alexa quante calorie bruciano in un'ora di zumba | FB
out-of-domain | alexa a che ora apre la reception del campeggio | FB
out-of-domain | alexa domani piove sul gargano | FB
out-of-domain | alexa timer di venti minuti per il sugo | FB
out-of-domain | alexa converti duecento grammi di farina in tazze | FB
out-of-domain | alexa la capitale del gusto a bologna che ristorante mi consigli | FB
out-of-domain | alexa qual è la capitale della mozzarella di bufala | FB
out-of-domain | alexa la capitale del prosecco è valdobbiadene | FB
out-of-domain | alexa la capitale mondiale della ceramica è faenza vero | FB
out-of-domain | alexa la capitale del liscio romagnolo | FB
out-of-domain | alexa la capitale del barocco leccese | FB
out-of-domain | alexa la capitale della dolce vita | FB
out-of-domain | alexa mio marito ha investito tutto il capitale in bitcoin | FB
out-of-domain | alexa aumento di capitale della società cosa significa | FB
out-of-domain | alexa il capitale sociale minimo di una spa | FB
out-of-domain | alexa la capitale della lapponia | FB
out-of-domain | alexa la capitale del regno di napoli | FB
out-of-domain | alexa la capitale del granducato di toscana | FB
out-of-domain | alexa qual era la capitale del regno longobardo | FB
out-of-domain | alexa la capitale della dalmazia | FB
out-of-domain | alexa la capitale dell'istria | FB
out-of-domain | alexa la capitale del sud tirolo | FB
out-of-domain | alexa la capitale di gotham city | FB
out-of-domain | alexa la capitale di hogwarts | FB
out-of-domain | alexa la capitale del regno di fantàsia | FB
out-of-domain | alexa la capitale della galassia | FB
out-of-domain | alexa qual è la capitale di marte | FB
stop | alexa ahó finiscila co ste capitali | STOP
stop | alexa basta così uagliò che devo uscire | STOP
stop | alexa sine basta adesso | STOP
stop | alexa ostrega basta par stasera | STOP
stop | alexa burdèl basta che vado in spiaggia | STOP
stop | alexa jo genug stop | STOP
stop | alexa basta capitali che comincia la partita | STOP
stop | alexa chiudi il quiz che il pub chiude | STOP
stop | alexa esci dalle capitali che la nave salpa | STOP
stop | alexa smetti di parlare che c'è il cliente in linea | STOP
stop | alexa stop po thank you | STOP
stop | alexa basta così habibi | STOP
stop | alexa fermati che la maestra ha detto basta compiti | STOP
stop | alexa fine del gioco delle capitali | STOP
stop | alexa zitta che sto al telefono | STOP
cancel | alexa lassa perde che nun me serve più | CANCEL
cancel | alexa lascia stare guagliò era una prova | CANCEL
cancel | alexa no no lascia stare ho trovato sul libro | CANCEL
cancel | alexa niente ostrega go sbaglià | CANCEL
cancel | alexa lascia perdere burdèl | CANCEL
cancel | alexa annulla la domanda del quiz | CANCEL
cancel | alexa annulla che il cruciverba l'ho finito | CANCEL
cancel | alexa lascia perdere po sorry | CANCEL
cancel | alexa olvídalo alexa | CANCEL
cancel | alexa never mind abeg | CANCEL
cancel | alexa no lascia stare tamam | CANCEL
cancel | alexa non importa più la nonna si è addormentata | CANCEL
cancel | alexa annulla che ho chiesto il paese sbagliato | CANCEL
cancel | alexa dimentica la domanda sulla capitale | CANCEL
cancel | alexa lasciamo stare dai | CANCEL
help | alexa ahó ma che te posso chiede | HELP
help | alexa uagliò aiutami come funziona | HELP
help | alexa come funziona il gioco delle capitali per i bambini | HELP
help | alexa po how does it work | HELP
help | alexa spiegami cosa fa capitali del mondo | HELP
help | alexa non capisco cosa vuoi che ti dica | HELP
help | alexa ostrega no capisso come funziona | HELP
help | alexa aiuto la nonna non sa cosa dire | HELP
launch | alexa ahó apri subito capitali del mondo | LAUNCH
launch | alexa guagliò fammi partire capitali del mondo | LAUNCH
launch | alexa per favore apri capitali del mondo che facciamo il ripasso | LAUNCH
launch | alexa apri capitali del mondo per il quiz | LAUNCH
launch | alexa po open capitali del mondo | LAUNCH
launch | alexa avviami capitali del mondo che c'è la nonna | LAUNCH
launch | alexa yalla apri capitali del mondo | LAUNCH
launch | alexa fammi sentire capitali del mondo | LAUNCH
launch | alexa voglio giocare a capitali del mondo con mio figlio | LAUNCH
launch | alexa riapri capitali del mondo che ci siamo fermati | LAUNCH
launch | alexa deh apri capitali del mondo | LAUNCH
launch | alexa inizia capitali del mondo | LAUNCH
"""

if __name__ == "__main__":
    build_round(42, "it", LINES, sys.argv, "tests/Eval/it/round42/source/build_corpus.py")
