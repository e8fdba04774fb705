"""Round 40, Italian (it-IT): a new author's own mix, written blind (brief WRITER48.md). Speakers chosen away from the
regions and groups of round 39: Milanesi in an open-space office mixing English ("uè", "taac", "figa", "ghe pensi mi",
"call", "deadline", "asap"), Genovesi ("belin", "belandi", "mugugno", the old port, the focaccia, the camalli),
Torinesi ("cerea", "neh", "bugia nen", a FIAT pensioner at the bocce club, Porta Palazzo), Fiorentini ("icché tu dici",
"o bimbo", a shop on the Ponte Vecchio), Sardi ("eja", "ajò", a shepherd of Orgosolo), Palermitani ("talè", "amunì",
"bedda matri", the Ballarò market), Calabresi ("cumpà", "mannaggia"), Friulani ("mandi", "ce", "orpo"), Moroccans
("wallah", "safi", "zwin"), Senegalese beach sellers ("jërëjëf"), Chinese of Prato ("ni hao", "xie xie"), Ukrainian
carers ("dyakuyu", "bozhe"), Bangladeshi shopkeepers of Torpignattara ("bhai", "accha"), Sikh dairy workers of the Po
valley ("sat sri akal", "ji"), Brazilians ("nossa", "tá bom", "obrigado"), Ecuadorians ("chévere", "ñaño"), Tunisian
fishermen of Mazara ("yezzi", "barcha"). Situations: nomi cose città, TV quizzes (Reazione a catena, L'eredità), a
Twitch streamer playing GeoGuessr, a scout camp, a cruise-ship crew, airport check-in, insomnia, Eurovision, the Giro,
Christmas tombola, a kindergarten, a driving school, a parish choir and missions, the Olympics, a travel agency. Plus
follow-ups, yes/no checks, self-corrections, reverse questions, official, everyday and old names, shared names,
plurals of the several-capital countries and Palestine, subdivisions and territories, launch with the guessed
invocation name "capitali del mondo", help, stop, cancel, and out-of-domain requests and near misses.
`python3 tests/Eval/it/round40/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 40's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
milanesi | alexa uè scusa ho una call tra cinque minuti con il cliente {} mi dici al volo la capitale | del kazakistan=KZ; dell'uzbekistan=UZ; del turkmenistan=TM
milanesi | alexa taac dimmi la capitale {} che sto facendo le slide per il meeting | del vietnam=VN; della thailandia=TH; della malesia=MY
milanesi | alexa figa non ci arrivo qual è la capitale {} | del kirghizistan=KG; del tagikistan=TJ; dell'azerbaigian=AZ
milanesi | alexa la sciura del terzo piano chiede la capitale {} ma io mica lo so | dell'armenia=AM; della georgia caucasica=GE; della bielorussia=BY
milanesi | alexa ghe pensi mi dai dimmi solo la capitale {} | del qatar=QA; del bahrein=BH; dell'oman=OM
milanesi | alexa sono in metro verde a cadorna e il collega vuole sapere la capitale {} | degli emirati arabi=AE; del kuwait=KW; della giordania=JO
milanesi | alexa basically ho la deadline venerdì e devo mettere la capitale {} nel report | di singapore=SG; del brunei=BN; delle filippine=PH
milanesi | alexa ma tipo la capitale {} è quella che penso io | della svezia=SE; della norvegia=NO; della danimarca=DK
milanesi | alexa fammi un recap veloce capitale {} | dell'indonesia=ID; del bangladesh=BD; del pakistan=PK
milanesi | alexa il mio capo va in trasferta in {} qual è la capitale asap | arabia saudita=SA; israele=IL; libano=LB
milanesi | alexa a milano diciamo che è tutto un business ma la capitale {} qual è | della svizzera=CH; dell'austria=AT; della germania=DE
milanesi | alexa sto prenotando il volo da malpensa per la capitale {} come si chiama | del marocco=MA; della tunisia=TN; dell'algeria=DZ
milanesi | alexa ascolta ma la capitale della cina è ancora pechino giusto | CN
milanesi | alexa in ufficio al aperitivo dicevano che la capitale dell'australia è sydney ma secondo me è canberra | AU
milanesi | alexa oh ma la capitale del giappone è tokyo o kyoto che non mi ricordo più | JP
genovesi | alexa belin dimmi un po la capitale {} che mio zio ci è andato col mercantile | del cile=CL; dell'argentina=AR; dell'uruguay=UY
genovesi | alexa son qui al porto antico e una nave arriva {} mi dici la capitale | dal paraguay=PY; dalla colombia=CO; dal venezuela=VE
genovesi | alexa mia nonna di sampierdarena dice sempre che la capitale del perù è lima è vero | PE
genovesi | alexa mentre impasto la focaccia mi ricordi la capitale {} | dell'ecuador=EC; della bolivia=BO; del suriname=SR
genovesi | alexa belandi non la so la capitale {} | della guyana=GY; del panama=PA; del costa rica=CR
genovesi | alexa i camalli del porto dicono la capitale {} e io mugugno perché non la so | del honduras=HN; del nicaragua=NI; del salvador=SV
genovesi | alexa sulla nave della tirrenia c'è un signore che vuole sapere la capitale {} | della sardegna=FB; della corsica=FB; della sicilia=FB
genovesi | alexa ma la capitale del guatemala come si chiama che mi sfugge | GT
genovesi | alexa figgeu dimmi la capitale del belize | BZ
torinesi | alexa cerea vorrei sapere la capitale {} per piacere | della francia=FR; del belgio=BE; del lussemburgo=LU
torinesi | alexa neh mi dici la capitale {} che domani la juve gioca là | dei paesi bassi=NL; della spagna=ES; del portogallo=PT
torinesi | alexa sono un pensionato della fiat e alla bocciofila ci chiediamo la capitale {} | della polonia=PL; della cechia=CZ; della slovacchia=SK
torinesi | alexa bugia nen e dimmi la capitale {} | dell'ungheria=HU; della romania=RO; della bulgaria=BG
torinesi | alexa ai giardini reali mia moglie chiede la capitale {} | della croazia=HR; della slovenia=SI; della serbia=RS
torinesi | alexa mi serve la capitale {} per il cruciverba della stampa | del montenegro=ME; dell'albania=AL; della macedonia del nord=MK
torinesi | alexa neh la capitale della bosnia qual è | BA
torinesi | alexa a porta palazzo un ragazzo mi ha detto la capitale {} ma non ho capito | del senegal=SN; del mali=ML; della mauritania=MR
torinesi | alexa la capitale del regno unito è londra o no | GB
torinesi | alexa mio nipote studia al politecnico e chiede la capitale {} | dell'islanda=IS; della finlandia=FI; dell'estonia=EE
fiorentini | alexa icché tu mi dici la capitale {} | della lettonia=LV; della lituania=LT; della moldavia=MD
fiorentini | alexa o bimbo dimmi la capitale {} che la mi sfugge | dell'ucraina=UA; della russia=RU; della turchia=TR
fiorentini | alexa ho i turisti in bottega in ponte vecchio vengono {} qual è la capitale | dal canada=CA; dal messico=MX; dagli stati uniti=US
fiorentini | alexa maremma maiala non mi ricordo la capitale {} | della grecia=GR; di cipro=CY; di malta=MT
fiorentini | alexa gli è che il mi figliolo vuol sapere la capitale {} | dell'irlanda=IE; dell'inghilterra=GB-ENG; della scozia=GB-SCT
fiorentini | alexa ma la capitale del galles l'è cardiff | GB-WLS
fiorentini | alexa alla trattoria c'è una coppia {} che mi chiedono la capitale del su paese | giapponese=JP; coreana=KR; cinese=CN
fiorentini | alexa o alexa e la capitale dell'irlanda del nord | GB-NIR
fiorentini | alexa la capitale di andorra la un la so mica | AD
sardi | alexa eja dimmi la capitale {} | del liechtenstein=LI; di monaco=MC; di san marino=SM
sardi | alexa ajò qual è la capitale {} che sono al ovile e non c'è campo | del kenya=KE; della tanzania=TZ; dell'uganda=UG
sardi | alexa sono un pastore di orgosolo e mio figlio chiede la capitale {} | della nuova zelanda=NZ; delle figi=FJ; di samoa=WS
sardi | alexa a cagliari al porto arriva una nave {} come si chiama la capitale | dalla tunisia=TN; dall'algeria=DZ; dalla libia=LY
sardi | alexa mia figlia mi ha detto la capitale {} ma non ci credo | del ruanda=RW; del burundi=BI; dell'etiopia=ET
sardi | alexa ajò su fammi sapere la capitale dell'eritrea | ER
sardi | alexa in campagna a nuoro ci chiediamo la capitale della somalia | SO
sardi | alexa la capitale del gibuti | DJ
palermitani | alexa talè dimmi la capitale {} | dell'egitto=EG; del sudan=SD; del sud sudan=SS
palermitani | alexa minchia non me la ricordo la capitale {} | del ciad=TD; del niger=NE; della nigeria=NG
palermitani | alexa amunì dimmi la capitale {} che al mercato di ballarò me l'hanno chiesto | del ghana=GH; del togo=TG; del benin=BJ
palermitani | alexa bedda matri ma la capitale {} qual è | del camerun=CM; del gabon=GA; della guinea equatoriale=GQ
palermitani | alexa mio nonno partì per la capitale {} negli anni cinquanta come si chiama | dell'argentina=AR; del brasile=BR; del venezuela=VE
palermitani | alexa unni è a capitale {} | della tunisia=TN; di malta=MT; della libia=LY
palermitani | alexa talè ma la capitale dell'angola è luanda | AO
palermitani | alexa mi dici la capitale della namibia che mio figlio c'ha la verifica | NA
calabresi | alexa cumpà dimmi la capitale {} | dello zambia=ZM; dello zimbabwe=ZW; del botswana=BW
calabresi | alexa mannaggia non mi viene la capitale {} | del mozambico=MZ; del malawi=MW; del madagascar=MG
calabresi | alexa mio cugino sta in australia e chiede la capitale {} | della tasmania=AU-TAS; del queensland=AU-QLD; del victoria=AU-VIC
calabresi | alexa a reggio al lungomare un turista voleva sapere la capitale {} | del lesotho=LS; dell'eswatini=SZ; delle comore=KM
calabresi | alexa ue cumpare la capitale di mauritius | MU
calabresi | alexa la capitale delle seychelles come si dice | SC
calabresi | alexa ma la capitale di capo verde è praia | CV
friulani | alexa mandi dimmi la capitale {} | della guinea=GN; della guinea bissau=GW; della sierra leone=SL
friulani | alexa ce la capitale {} mi dici | della liberia=LR; della costa d'avorio=CI; del burkina faso=BF
friulani | alexa a udine al bar in piazza san giacomo chiedono la capitale {} | del gambia=GM; della repubblica centrafricana=CF; di são tomé e príncipe=ST
friulani | alexa sono una maestra di pordenone e mi serve la capitale {} | della repubblica del congo=CG; della repubblica democratica del congo=CD; del sudafrica=ZA
friulani | alexa orpo la capitale del marocco è rabat o casablanca | MA
marocchini | alexa wallah non so la capitale {} dimmi tu | del marocco=MA; della mauritania=MR; del sahara occidentale=EH
marocchini | alexa io lavoro mercato porta palazzo mio cliente chiede capitale {} | di tunisia=TN; di libia=LY; di egitto=EG
marocchini | alexa safi dimmi capitale {} per favore | di arabia saudita=SA; di yemen=YE; di iraq=IQ
marocchini | alexa mio figlio scuola italiana chiede la capitale {} io non so bene | della siria=SY; della giordania=JO; della palestina=PS
marocchini | alexa zwin grazie e poi la capitale del qatar | QA
senegalesi | alexa jërëjëf dimmi la capitale {} | del senegal=SN; del gambia=GM; della guinea=GN
senegalesi | alexa io vendo a spiaggia di rimini cliente tedesco chiede capitale {} | di mali=ML; di burkina=BF; di niger=NE
senegalesi | alexa mio fratello sta in {} qual è la capitale di lì | costa d'avorio=CI; camerun=CM; ghana=GH
senegalesi | alexa la capitale di capo verde e quella della guinea bissau | CV+GW
cinesi | alexa ni hao mi dici la capitale {} | della mongolia=MN; del laos=LA; della cambogia=KH
cinesi | alexa lavoro in pronto moda a prato e fornitore chiede la capitale {} | del myanmar=MM; del nepal=NP; del bhutan=BT
cinesi | alexa xie xie e la capitale {} | di taiwan=TW; della corea del nord=KP; del giappone=JP
cinesi | alexa mia figlia fa terza elementare e vuole la capitale {} | dello sri lanka=LK; delle maldive=MV; dell'afghanistan=AF
cinesi | alexa capitale cina è pechino sì | CN
ucraini | alexa dyakuyu dimmi la capitale {} | dell'ucraina=UA; della moldavia=MD; della bielorussia=BY
ucraini | alexa sono badante di una signora a verona lei chiede la capitale {} | della polonia=PL; della lituania=LT; della lettonia=LV
ucraini | alexa bozhe non ricordo capitale {} | della georgia=GE+US-GA; dell'armenia=AM; del kazakistan=KZ
ucraini | alexa la signora dorme e io voglio sapere la capitale della romania | RO
ucraini | alexa mio marito lavora in {} dimmi capitale | repubblica ceca=CZ; slovacchia=SK; ungheria=HU
bengalesi | alexa bhai dimmi capitale {} | del bangladesh=BD; dell'india=IN; del pakistan=PK
bengalesi | alexa io ho negozio a torpignattara cliente chiede capitale {} | del nepal=NP; dello sri lanka=LK; del myanmar=MM
bengalesi | alexa capitale di bangladesh è dacca o dhaka come si dice | BD
bengalesi | alexa mio cugino va a lavorare in {} qual è capitale | malesia=MY; emirati=AE; kuwait=KW
bengalesi | alexa accha e capitale del bengala occidentale | IN-WB
sikh | alexa sat sri akal qual è la capitale {} | del punjab=IN-PB; del haryana=IN-HR; del rajasthan=IN-RJ
sikh | alexa lavoro in stalla a cremona con le mucche e il padrone chiede la capitale {} | del gujarat=IN-GJ; del maharashtra=IN-MH; del kerala=IN-KL
sikh | alexa ji la capitale {} in india | dell'uttar pradesh=IN-UP; del bihar=IN-BR; del tamil nadu=IN-TN
sikh | alexa mio figlio gioca a cricket a sabaudia chiede capitale {} | del karnataka=IN-KA; del telangana=IN-TS; dell'andhra pradesh=IN-AP
sikh | alexa capitale di goa e capitale di sikkim | IN-GA+IN-SK
brasiliani | alexa nossa qual è a capitale {} | del brasile=BR; di san paolo stato=BR-SP; di minas gerais=BR-MG
brasiliani | alexa tá bom e la capitale {} stato brasiliano | di bahia=BR-BA; del pernambuco=BR-PE; del ceará=BR-CE
brasiliani | alexa sono ballerina di samba a milano e una amica chiede capitale {} | del paraná=BR-PR; del pará=BR-PA; dell'amazonas=BR-AM
brasiliani | alexa obrigado e quella {} | del sergipe=BR-SE; del mato grosso do sul=BR-MS; dello stato di rio de janeiro=BR-RJ
brasiliani | alexa a capitale do brasil é brasilia né | BR
ecuadoriani | alexa chévere dime la capitale {} | dell'ecuador=EC; della colombia=CO; del perù=PE
ecuadoriani | alexa ñaño la capitale {} qual è | di cuba=CU; della repubblica dominicana=DO; di haiti=HT
ecuadoriani | alexa lavoro come badante a genova e la signora chiede capitale {} | della giamaica=JM; delle bahamas=BS; di barbados=BB
ecuadoriani | alexa la capitale de trinidad y tobago | TT
tunisini | alexa yezzi non so la capitale {} | di malta=MT; della grecia=GR; di cipro=CY
tunisini | alexa sono pescatore a mazara del vallo e il capitano chiede la capitale {} | della libia=LY; dell'algeria=DZ; della tunisia=TN
tunisini | alexa barcha grazie e la capitale del libano | LB
nomi-cose-citta | alexa a nomi cose città ho scritto {} come paese e ora qual è la capitale | belgio=BE; vietnam=VN; kenya=KE
nomi-cose-citta | alexa a nomi cose città mia sorella ha scritto la capitale {} vale | della nuova zelanda=NZ; del canada=CA; della namibia=NA
nomi-cose-citta | alexa dai che scade il tempo la capitale {} | del nicaragua=NI; dell'honduras=HN; del guatemala=GT
nomi-cose-citta | alexa ho scritto ottawa come capitale del canada è giusto | CA
nomi-cose-citta | alexa con la z mi viene solo zagabria è la capitale della croazia vero | HR
quiz-tv | alexa a reazione a catena chiedevano la capitale {} | del burkina faso=BF; del togo=TG; del benin=BJ
quiz-tv | alexa all'eredità il concorrente ha sbagliato la capitale {} qual era | dell'australia=AU; del kazakistan=KZ; della turchia=TR
quiz-tv | alexa guardando chi vuol essere milionario non sapevo la capitale {} | di vanuatu=VU; di tuvalu=TV; di nauru=NR
quiz-tv | alexa la ghigliottina non c'entra ma la capitale {} | delle isole salomone=SB; di kiribati=KI; della micronesia=FM
quiz-tv | alexa a caduta libera la domanda era la capitale di palau | PW
quiz-tv | alexa stasera al quiz su rai uno la capitale delle isole marshall | MH
streamer | alexa sono in live su twitch a geoguessr chat mi chiede la capitale {} | del tonga=TO; di samoa=WS; della papua nuova guinea=PG
streamer | alexa raga aspettate chiedo ad alexa la capitale {} | del timor est=TL; del brunei=BN; di singapore=SG
streamer | alexa bro la capitale {} veloce che la chat mi insulta | del lesotho=LS; dello swaziland=SZ; del botswana=BW
streamer | alexa gg allora la capitale dell'uzbekistan | UZ
streamer | alexa per il speedrun di geoguessr la capitale {} | del turkmenistan=TM; del tagikistan=TJ; del kirghizistan=KG
scout | alexa siamo al campo scout e il capo reparto chiede la capitale {} | dell'islanda=IS; della groenlandia=GL; delle isole fær øer=FO
scout | alexa per il gioco notturno della squadriglia mi serve la capitale {} | dell'estonia=EE; della finlandia=FI; della norvegia=NO
scout | alexa al jamboree c'erano ragazzi {} qual è la loro capitale | kenioti=KE; messicani=MX; canadesi=CA
crociera | alexa sono cameriere sulla nave da crociera e domani sbarchiamo in {} qual è la capitale | giamaica=JM; barbados=BB; grenada=GD
crociera | alexa il capitano dice che facciamo scalo {} ma qual è la capitale dell'isola | a saint lucia=LC; a dominica=DM; a saint vincent=VC
crociera | alexa in cabina equipaggio ci chiediamo la capitale {} | di antigua e barbuda=AG; di saint kitts e nevis=KN; delle bahamas=BS
crociera | alexa la crociera va nei fiordi qual è la capitale della norvegia | NO
aeroporto | alexa lavoro al check in di fiumicino e un passeggero va nella capitale {} come si chiama | del ghana=GH; della liberia=LR; della sierra leone=SL
aeroporto | alexa al gate c'è scritto volo per la capitale {} dimmi il nome | dell'etiopia=ET; dell'eritrea=ER; del gibuti=DJ
aeroporto | alexa il volo per la capitale del qatar parte alle sei qual è la città | QA
aeroporto | alexa sono hostess e ho uno scalo nella capitale {} ricordami il nome | dell'azerbaigian=AZ; della georgia nel caucaso=GE; dell'armenia=AM
insonnia | alexa sono le tre di notte e non dormo dimmi la capitale {} | del laos=LA; del vietnam=VN; della cambogia=KH
insonnia | alexa non riesco a dormire conto le capitali dimmi quella {} | del madagascar=MG; delle comore=KM; di mauritius=MU
insonnia | alexa zitta zitta che dorme mio marito sussurrami la capitale della mongolia | MN
eurovision | alexa sto guardando l'eurovision e canta {} qual è la capitale | la moldavia=MD; l'armenia=AM; la georgia=GE
eurovision | alexa a eurovision i punti della giuria {} ma la capitale qual è | di san marino=SM; dell'australia=AU; dell'azerbaigian=AZ
eurovision | alexa dopo sanremo ho la fissa degli stati piccoli la capitale del liechtenstein | LI
giro | alexa il giro d'italia parte quest'anno {} qual è la capitale | dall'albania=AL; dall'ungheria=HU; dalla danimarca=DK
giro | alexa al tour de france il corridore viene {} la capitale | dall'eritrea=ER; dalla colombia=CO; dalla slovenia=SI
giro | alexa la capitale dell'ecuador di carapaz | EC
tombola | alexa a natale facciamo la tombola delle capitali dimmi quella {} | dell'austria=AT; della svizzera=CH; della germania=DE
tombola | alexa la nonna ha fatto ambo chiede la capitale {} | del portogallo=PT; della spagna=ES; della francia=FR
tombola | alexa abbiamo la cartella con i paesi qual è la capitale {} | del venezuela=VE; della colombia=CO; di panama=PA
asilo | alexa maestra dice che la capitale {} è facile quale è | dell'italia=IT; della francia=FR; della spagna=ES
asilo | alexa sono la maestra dell'asilo facciamo il mappamondo dimmi la capitale {} | del congo=CD+CG; della corea=KP+KR; della guinea equatoriale=GQ
asilo | alexa il mio bambino di cinque anni vuole sapere dove abita il papa che capitale è | VA
autoscuola | alexa sto studiando la teoria della patente e mi distraggo qual è la capitale {} | dello zambia=ZM; del malawi=MW; del mozambico=MZ
autoscuola | alexa l'istruttore viene {} mi dici la capitale | dal camerun=CM; dal ciad=TD; dal gabon=GA
coro | alexa al coro parrocchiale cantiamo un canto {} qual è la capitale | africano=FB; gallese=GB-WLS; irlandese=IE
coro | alexa il coro va in tournée nella capitale {} come si chiama | della lettonia=LV; della lituania=LT; dell'estonia=EE
olimpiadi | alexa alle olimpiadi ha vinto un atleta {} qual è la capitale | giamaicano=JM; keniota=KE; etiope=ET
olimpiadi | alexa le prossime olimpiadi ma la capitale {} | degli stati uniti=US; dell'australia=AU; del giappone=JP
parrocchia | alexa il parroco va in missione {} qual è la capitale | in burundi=BI; in ruanda=RW; in uganda=UG
parrocchia | alexa don mario ha un confratello {} mi dici la capitale | in perù=PE; in bolivia=BO; in paraguay=PY
agenzia | alexa lavoro in agenzia viaggi e un cliente chiede la capitale {} | delle maldive=MV; delle seychelles=SC; di mauritius=MU
agenzia | alexa per il viaggio di nozze vanno {} mi dici la capitale | in polinesia francese=PF; in nuova caledonia=NC; alle isole cook=CK
agenzia | alexa un pacchetto per la capitale {} come si chiama la città | della giordania=JO; dell'oman=OM; degli emirati arabi uniti=AE
follow-up | alexa e quella {} | del cile=CL; della nigeria=NG; dell'iran=IR
follow-up | alexa cumpà e poi quella {} | del sudan=SD; del kenya=KE; dell'iraq=IQ
follow-up | alexa ok e invece {} | la siria=SY; il libano=LB; lo yemen=YE
follow-up | alexa belin e per {} | la grecia=GR; la turchia=TR; cipro=CY
follow-up | alexa neh e {} invece | l'albania=AL; la serbia=RS; il kosovo=XK
follow-up | alexa taac e quella {} allora | dell'egitto=EG; della libia=LY; della giordania=JO
follow-up | alexa e la stessa cosa per {} | il perù=PE; l'ecuador=EC; la bolivia=BO
follow-up | alexa ajò e {} | il portogallo=PT; l'irlanda=IE; l'islanda=IS
follow-up | alexa talè e chidda {} | della spagna=ES; della francia=FR; dell'algeria=DZ
follow-up | alexa e se invece ti chiedo {} | la danimarca=DK; la svezia=SE; la finlandia=FI
follow-up | alexa perfetto adesso {} | il messico=MX; cuba=CU; il canada=CA
follow-up | alexa mandi e dopo {} | la slovenia=SI; la croazia=HR; l'austria=AT
follow-up | alexa bhai e per {} | il bhutan=BT; il nepal=NP; le maldive=MV
follow-up | alexa e quella del paese vicino {} | l'uruguay=UY; il paraguay=PY; il cile=CL
follow-up | alexa ancora una {} | la tanzania=TZ; il mozambico=MZ; lo zambia=ZM
follow-up | alexa icché tu dici e quella {} | dell'ungheria=HU; della polonia=PL; della romania=RO
plural-capitals | alexa quali sono le capitali {} | del sudafrica=ZA; della bolivia=BO; dei paesi bassi=NL
plural-capitals | alexa ho letto che {} ha due capitali quali sono | il benin=BJ; la costa d'avorio=CI; la malesia=MY
plural-capitals | alexa belin quante capitali ha {} e come si chiamano | lo sri lanka=LK; l'eswatini=SZ; la palestina=PS
plural-capitals | alexa mio figlio dice che {} ha tre capitali è vero dimmele tutte | il sudafrica=ZA; la bolivia=BO; l'olanda=NL
plural-capitals | alexa dimmi tutte e due le capitali {} | dell'olanda=NL; della costa d'avorio=CI; del benin=BJ
plural-capitals | alexa le due capitali {} quali sono | del jammu e kashmir=IN-JK; dell'uttarakhand=IN-UK; di montserrat=MS
plural-capitals | alexa cumpà le capitali dello swaziland tutte | SZ
plural-capitals | alexa in sudafrica pretoria città del capo e bloemfontein sono tutte capitali | ZA
plural-capitals | alexa la bolivia ha la paz e sucre quale delle due è la capitale o sono tutte e due | BO
plural-capitals | alexa amsterdam o l'aia la capitale dei paesi bassi quale | NL
plural-capitals | alexa kuala lumpur e putrajaya sono capitali della malesia tutte e due | MY
plural-capitals | alexa le capitali della palestina quali sono secondo te | PS
plural-capitals | alexa bhai sri lanka colombo e quell'altra capitale lunga come si chiamano tutte e due | LK
plural-capitals | alexa le capitali della costa d'avorio abidjan e yamoussoukro giusto | CI
plural-capitals | alexa porto novo e cotonou capitali del benin dimmele | BJ
subdivision | alexa la capitale {} stato americano che ci va mio figlio in erasmus no in exchange | della california=US-CA; del texas=US-TX; della florida=US-FL
subdivision | alexa cumpà il capoluogo {} negli stati uniti | dell'illinois=US-IL; del new york=US-NY; della pennsylvania=US-PA
subdivision | alexa la capitale {} dove c'è il mio amico camionista | del nevada=US-NV; dell'arizona=US-AZ; dello utah=US-UT
subdivision | alexa belin la capitale {} negli usa | del colorado=US-CO; del nuovo messico=US-NM; dell'oklahoma=US-OK
subdivision | alexa capitale {} per la ricerca di mia figlia | del kansas=US-KS; del nebraska=US-NE; dello iowa=US-IA
subdivision | alexa mio zio emigrato a boston vuole sapere la capitale {} | del massachusetts=US-MA; del connecticut=US-CT; del new jersey=US-NJ
subdivision | alexa la capitale {} stato del sud | della louisiana=US-LA; del tennessee=US-TN; del kentucky=US-KY
subdivision | alexa ajò la capitale {} | dell'alaska=US-AK; delle hawaii=US-HI; dello stato di washington=US-WA
subdivision | alexa la capitale {} nel midwest | del michigan=US-MI; del wisconsin=US-WI; del minnesota=US-MN
subdivision | alexa qual è il capoluogo {} | dell'ohio=US-OH; del missouri=US-MO; della virginia=US-VA
subdivision | alexa neh la capitale {} stato americano | del maryland=US-MD; della virginia occidentale=US-WV; della carolina del sud=US-SC
subdivision | alexa la capitale {} che ho visto in una serie tv | dell'oregon=US-OR; del montana=US-MT; del wyoming=US-WY
subdivision | alexa la capitale {} stato degli usa | della carolina del nord=US-NC; del delaware=US-DE; del vermont=US-VT
subdivision | alexa capitale della georgia americana quella di atlanta | US-GA
subdivision | alexa la capitale {} provincia canadese | dell'ontario=CA-ON; del québec=CA-QC; della columbia britannica=CA-BC
subdivision | alexa mio cugino fa il boscaiolo in canada la capitale {} | dell'alberta=CA-AB; del manitoba=CA-MB; del saskatchewan=CA-SK
subdivision | alexa la capitale {} in canada | della nuova scozia=CA-NS; del nuovo brunswick=CA-NB; dell'isola del principe edoardo=CA-PE
subdivision | alexa la capitale {} nel nord del canada | dello yukon=CA-YT; del nunavut=CA-NU; dei territori del nord ovest=CA-NT
subdivision | alexa capitale di terranova e labrador | CA-NL
subdivision | alexa la capitale {} stato australiano | del nuovo galles del sud=AU-NSW; dell'australia occidentale=AU-WA; dell'australia meridionale=AU-SA
subdivision | alexa il capoluogo {} in australia | del territorio del nord=AU-NT; del territorio della capitale australiana=AU-ACT; della tasmania=AU-TAS
subdivision | alexa la capitale {} land tedesco | della baviera=DE-BY; della sassonia=DE-SN; dell'assia=DE-HE
subdivision | alexa lavoro in germania la capitale {} | del baden württemberg=DE-BW; della renania settentrionale vestfalia=DE-NW; della bassa sassonia=DE-NI
subdivision | alexa il capoluogo {} in germania | della turingia=DE-TH; del brandeburgo=DE-BB; della sassonia anhalt=DE-ST
subdivision | alexa la capitale {} in germania del nord | del meclemburgo pomerania anteriore=DE-MV; dello schleswig holstein=DE-SH; della renania palatinato=DE-RP
subdivision | alexa la capitale del saarland | DE-SL
subdivision | alexa la capitale {} stato dell'india | del madhya pradesh=IN-MP; dell'odisha=IN-OD; del jharkhand=IN-JH
subdivision | alexa la capitale {} nel nord est indiano | dell'assam=IN-AS; del mizoram=IN-MZ; del tripura=IN-TR
subdivision | alexa il capoluogo {} in india | dell'arunachal pradesh=IN-AR; del chhattisgarh=IN-CG; dell'himachal pradesh=IN-HP
subdivision | alexa la capitale {} territorio indiano | del ladakh=IN-LA; delle andamane e nicobare=IN-AN; delle laccadive=IN-LD
subdivision | alexa la capitale di pondicherry e quella di delhi | IN-DL+IN-PY
subdivision | alexa la capitale {} in messico | dello yucatán=MX-YUC; di jalisco=MX-JAL; di oaxaca=MX-OAX
subdivision | alexa il capoluogo {} stato del messico | di chiapas=MX-CHP; di veracruz=MX-VER; di nuevo león=MX-NLE
subdivision | alexa la capitale {} messicano | dello stato di guerrero=MX-GRO; del michoacán=MX-MIC; del quintana roo=MX-ROO
subdivision | alexa capitale {} messico del nord | della bassa california=MX-BCN; della bassa california del sud=MX-BCS; del chihuahua=MX-CHH
subdivision | alexa la capitale {} in messico centrale | di hidalgo=MX-HID; di morelos=MX-MOR; di tlaxcala=MX-TLA
subdivision | alexa la capitale {} stato messicano | di coahuila=MX-COA; di zacatecas=MX-ZAC; di nayarit=MX-NAY
subdivision | alexa capitale {} nel messico | di aguascalientes=MX-AGU; di guanajuato=MX-GUA; di querétaro=MX-QUE
subdivision | alexa mio fratello fa il cuoco in messico la capitale {} | di san luis potosí=MX-SLP; di colima=MX-COL; di campeche=MX-CAM
subdivision | alexa la capitale dello stato del messico quello intorno alla città | MX-MEX
subdivision | alexa la capitale {} in brasile | di santa catarina=BR-SC; del rio grande do sul=BR-RS; del goiás=BR-GO
subdivision | alexa capitale {} brasile del nord | di roraima=BR-RR; dell'acre=BR-AC; di rondônia=BR-RO
subdivision | alexa la capitale {} stato brasiliano del nordest | dell'alagoas=BR-AL; della paraíba=BR-PB; del piauí=BR-PI
subdivision | alexa il capoluogo {} in brasile | del maranhão=BR-MA; del tocantins=BR-TO; dell'amapá=BR-AP
subdivision | alexa tá bom e la capitale {} | del rio grande do norte=BR-RN; dell'espírito santo=BR-ES; del mato grosso=BR-MT
subdivision | alexa la capitale del distretto federale brasiliano | BR-DF
subdivision | alexa la capitale {} regno unito | della scozia=GB-SCT; del galles=GB-WLS; dell'irlanda del nord=GB-NIR
territories | alexa la capitale {} territorio francese | della guadalupa=GP; della martinica=MQ; della guyana francese=GF
territories | alexa mia cugina fa l'infermiera {} qual è la capitale | alla riunione=RE; a mayotte=YT; in nuova caledonia=NC
territories | alexa il capoluogo {} isole | di saint pierre e miquelon=PM; di wallis e futuna=WF; della polinesia=PF
territories | alexa la capitale {} territorio britannico | delle bermuda=BM; di gibilterra=GI; delle isole cayman=KY
territories | alexa capitale {} oltremare inglese | delle falkland=FK; di sant'elena=SH; delle isole pitcairn=PN
territories | alexa la capitale {} nelle antille olandesi | di curaçao=CW; di aruba=AW; dei caraibi olandesi=BQ
territories | alexa la capitale {} isola americana | di portorico=PR; di guam=GU; delle samoa americane=AS
territories | alexa capitale {} nel pacifico | delle isole marianne settentrionali=MP; di niue=NU; di tokelau=TK
territories | alexa la capitale {} isola danese | della groenlandia=GL; delle fær øer=FO; della groenlandia danese=GL
territories | alexa la capitale {} in finlandia e norvegia | delle isole åland=AX; delle svalbard=SJ; dell'isola di jan mayen=SJ
territories | alexa la capitale {} vicino all'inghilterra | dell'isola di man=IM; di jersey=JE; di guernsey=GG
territories | alexa la capitale {} isole vicino all'australia | dell'isola christmas=CX; delle isole cocos=CC; dell'isola norfolk=NF
territories | alexa il capoluogo {} nei caraibi | di anguilla=AI; di montserrat=MS; delle isole turks e caicos=TC
territories | alexa in crociera ai caraibi facciamo tappa lì la capitale {} | di saint barthélemy=BL; di saint martin francese=MF; di sint maarten=SX
territories | alexa la capitale del territorio britannico dell'oceano indiano | IO
territories | alexa la capitale delle terre australi francesi | TF
territories | alexa la capitale della georgia del sud | GS
territories | alexa la capitale di hong kong | HK
territories | alexa la capitale di macao che ci va mio cognato al casinò | MO
territories | alexa la capitale dell'antartide dove stanno i pinguini | AQ
territories | alexa la capitale dell'isola bouvet | BV
territories | alexa la capitale delle isole heard e mcdonald | HM
territories | alexa la capitale delle isole minori esterne degli stati uniti | UM
territories | alexa la capitale di washington dc | US-DC
territories | alexa la capitale di città del messico come entità federale | MX-CMX
yes-no-check | alexa è davvero {} | ottawa la capitale del canada=CA; ankara la capitale della turchia=TR; brasilia la capitale del brasile=BR
yes-no-check | alexa è vero che la capitale {} | della nigeria è lagos=NG; del marocco è casablanca=MA; della svizzera è zurigo=CH
yes-no-check | alexa belin ma {} è la capitale giusto | canberra dell'australia=AU; wellington della nuova zelanda=NZ; pretoria del sudafrica=ZA
yes-no-check | alexa dimmi sì o no la capitale {} | del vietnam è hanoi=VN; della tanzania è dar es salaam=TZ; del myanmar è rangoon=MM
yes-no-check | alexa confermi che {} | astana è la capitale del kazakistan=KZ; yamoussoukro è capitale della costa d'avorio=CI; abuja è capitale della nigeria=NG
yes-no-check | alexa ho vinto la scommessa la capitale della bolivia è la paz o no | BO
yes-no-check | alexa la capitale della germania è ancora bonn vero | DE
yes-no-check | alexa talè la capitale della sicilia è palermo o no | FB
yes-no-check | alexa la capitale del pakistan è karachi giusto | PK
yes-no-check | alexa scommetto che la capitale degli stati uniti è new york | US
yes-no-check | alexa la capitale del belize è belize city vero | BZ
yes-no-check | alexa cumpà è giusto che la capitale della corea del sud è seul | KR
yes-no-check | alexa la capitale dell'india è nuova delhi o mumbai | IN
yes-no-check | alexa mia moglie dice che la capitale della russia è san pietroburgo ha ragione | RU
yes-no-check | alexa la capitale della slovacchia è bratislava confermi | SK
yes-no-check | alexa dimmi se sbaglio la capitale della tanzania è dodoma | TZ
self-correction | alexa la capitale per favore {} | dell'austria no scusa dell'australia=AU; della svezia anzi della svizzera=CH; della slovacchia cioè della slovenia=SI
self-correction | alexa mi serve la capitale {} | della nigeria no del niger=NE; dell'iran ehm dell'iraq=IQ; della mauritania anzi di mauritius=MU
self-correction | alexa dimmi la capitale {} | della guinea no della guinea bissau=GW; del congo quello di kinshasa=CD; della colombia cioè della bolivia=BO
self-correction | alexa belin sbaglio sempre la capitale {} | della lettonia no aspetta della lituania=LT; dell'islanda anzi dell'irlanda=IE; della danimarca no della norvegia=NO
self-correction | alexa qual è la capitale {} | del paraguay no dell'uruguay=UY; del malawi no del mali=ML; del gabon anzi del gambia=GM
self-correction | alexa cumpà la capitale {} | dell'armenia mi correggo dell'albania=AL; del camerun no del ciad=TD; della romania no dell'ungheria=HU
self-correction | alexa taac la capitale {} | della cina ah no di taiwan=TW; del giappone no della corea del sud=KR; del laos no della thailandia=TH
self-correction | alexa la capitale della slovenia ma che dico della slovacchia | SK
self-correction | alexa la capitale del sudan eh no del sud sudan | SS
self-correction | alexa neh capitale della repubblica ceca anzi no della polonia | PL
self-correction | alexa ajò la capitale del ciad macché del camerun | CM
self-correction | alexa la capitale dell'honduras no scusa del salvador | SV
self-correction | alexa mi dici la capitale dello zimbabwe volevo dire dello zambia | ZM
self-correction | alexa la capitale del nepal ehm del bhutan | BT
self-correction | alexa la capitale della giamaica no no di haiti | HT
reverse-question | alexa {} è la capitale di quale paese | ouagadougou=CITY:Ouagadougou; bishkek=CITY:Bishkek; asmara=CITY:Asmara
reverse-question | alexa di che paese è capitale {} | windhoek=CITY:Windhoek; lilongwe=CITY:Lilongwe; maseru=CITY:Maseru
reverse-question | alexa belin {} di che stato è la capitale | montevideo=CITY:Montevideo; asunción=CITY:Asunción; paramaribo=CITY:Paramaribo
reverse-question | alexa {} di dov'è capitale | tbilisi=CITY:Tbilisi; yerevan=CITY:Yerevan; baku=CITY:Baku
reverse-question | alexa a nomi cose città ho scritto {} di che nazione è | vientiane=CITY:Vientiane; thimphu=CITY:Thimphu; dili=CITY:Dili
reverse-question | alexa in quale paese si trova la capitale {} | nouakchott=CITY:Nouakchott; niamey=CITY:Niamey; bamako=CITY:Bamako
reverse-question | alexa di quale stato americano è capitale {} | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; springfield=CITY:Springfield
reverse-question | alexa victoria è capitale di che cosa | CITY:Victoria
reverse-question | alexa kingston è la capitale di dove | CITY:Kingston
reverse-question | alexa di che paese è la capitale tegucigalpa | CITY:Tegucigalpa
reverse-question | alexa ho sentito il nome port moresby è una capitale di cosa | CITY:Port Moresby
reverse-question | alexa cumpà la paz è capitale di che | CITY:La Paz
reverse-question | alexa georgetown di che paese è capitale | CITY:Georgetown
reverse-question | alexa skopje è capitale di quale stato | CITY:Skopje
reverse-question | alexa di dove è capitale gitega | CITY:Gitega
reverse-question | alexa saint john's è la capitale di che paese | CITY:Saint John's
official-name | alexa sul passaporto c'è scritto {} qual è la capitale | repubblica ellenica=GR; confederazione elvetica=CH; regno hascemita di giordania=JO
official-name | alexa nel modulo dell'ambasciata c'è {} mi dici la capitale | repubblica islamica dell'iran=IR; repubblica araba siriana=SY; repubblica tunisina=TN
official-name | alexa la capitale {} come c'è scritto sul visto | della federazione russa=RU; degli stati uniti messicani=MX; della repubblica federativa del brasile=BR
official-name | alexa alla dogana c'era scritto la capitale {} | della repubblica popolare democratica di corea=KP; della repubblica di corea=KR; della repubblica popolare cinese=CN
official-name | alexa capitale {} nome ufficiale | dello stato plurinazionale della bolivia=BO; della repubblica bolivariana del venezuela=VE; del regno di eswatini=SZ
official-name | alexa la capitale {} sul permesso di soggiorno | della repubblica islamica del pakistan=PK; della repubblica democratica popolare di algeria=DZ; del regno del marocco=MA
official-name | alexa per il concorso in prefettura mi serve la capitale {} | del regno unito di gran bretagna e irlanda del nord=GB; del commonwealth dell'australia=AU; della repubblica federale di germania=DE
official-name | alexa la capitale {} documento ufficiale | del regno di spagna=ES; della repubblica portoghese=PT; della repubblica francese=FR
official-name | alexa capitale della repubblica di cipro | CY
official-name | alexa capitale dello stato della città del vaticano | VA
official-name | alexa la capitale del regno di norvegia e quella del regno di svezia | NO+SE
official-name | alexa la capitale della repubblica di turchia | TR
official-name | alexa la capitale della repubblica di moldova | MD
official-name | alexa la capitale della repubblica centrafricana | CF
everyday-name | alexa la capitale {} come diceva mio nonno | della persia=IR; dell'abissinia=ET; del siam=TH
everyday-name | alexa la capitale {} come si chiamava una volta | della birmania=MM; del ceylon=LK; dello zaire=CD
everyday-name | alexa neh come diciamo noi la capitale {} | dell'olanda=NL; dell'inghilterra=GB-ENG; della gran bretagna=GB
everyday-name | alexa la capitale {} come dicono i ragazzi | dell'america=US; degli states=US; della bielorussia=BY
everyday-name | alexa la capitale {} nome vecchio | dell'alto volta=BF; del dahomey=BJ; della rhodesia=ZW
everyday-name | alexa figa e la capitale {} | della nordcorea=KP; della sudcorea=KR; degli emirati=AE
everyday-name | alexa mio nonno diceva la capitale {} | della cambogia che chiamavano kampuchea=KH; di formosa=TW; dello swaziland=SZ
everyday-name | alexa la capitale del honduras britannico | BZ
everyday-name | alexa la capitale della costa d'oro | GH
everyday-name | alexa la capitale delle isole ellice | TV
everyday-name | alexa la capitale della rhodesia del nord | ZM
everyday-name | alexa capitale della guyana olandese | SR
everyday-name | alexa la capitale della macedonia e basta | MK
everyday-name | alexa capitale della russia bianca | BY
everyday-name | alexa la capitale della repubblica ceca o cechia come si dice adesso | CZ
shared-name | alexa la capitale della georgia | GE+US-GA
shared-name | alexa la capitale del congo | CD+CG
shared-name | alexa la capitale della corea | KP+KR
shared-name | alexa la capitale delle isole vergini | VG+VI
shared-name | alexa belin non confondere la capitale {} | della georgia quella americana=US-GA; della georgia quella vicino alla russia=GE; del congo quello con brazzaville=CG
shared-name | alexa precisamente la capitale {} | delle isole vergini britanniche=VG; delle isole vergini americane=VI; del congo ex zaire=CD
shared-name | alexa le capitali delle due coree | KP+KR
shared-name | alexa le capitali dei due congo | CD+CG
shared-name | alexa la capitale di dominica e della repubblica dominicana | DM+DO
shared-name | alexa la capitale della georgia che è stata nell'unione sovietica | GE
shared-name | alexa la capitale della georgia negli stati uniti | US-GA
shared-name | alexa capitale della guinea quella e basta non bissau non equatoriale | GN
shared-name | alexa la capitale del sudan e del sud sudan | SD+SS
launch | alexa apri capitali del mondo | LAUNCH
launch | alexa uè apri capitali del mondo che facciamo il gioco | LAUNCH
launch | alexa belin avvia capitali del mondo | LAUNCH
launch | alexa neh fai partire capitali del mondo | LAUNCH
launch | alexa cumpà lancia capitali del mondo | LAUNCH
launch | alexa ajò apri la skill capitali del mondo | LAUNCH
launch | alexa talè apri le capitali del mondo | LAUNCH
launch | alexa mandi apri capitali del mondo per piacere | LAUNCH
launch | alexa voglio giocare con capitali del mondo | LAUNCH
launch | alexa gioca a capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo bhai | LAUNCH
launch | alexa raga apro capitali del mondo in live alexa apri capitali del mondo | LAUNCH
launch | alexa inizia capitali del mondo | LAUNCH
launch | alexa metti capitali del mondo | LAUNCH
launch | alexa o bimba apri capitali del mondo | LAUNCH
launch | alexa apri capitale del mondo | LAUNCH
launch | alexa attiva capitali del mondo | LAUNCH
launch | alexa parla con capitali del mondo | LAUNCH
launch | alexa nossa apri capitali do mundo | LAUNCH
launch | alexa ni hao apri capitali del mondo | LAUNCH
launch | alexa ricomincia capitali del mondo da capo | LAUNCH
launch | alexa aprimi capitali del mondo che la nonna vuole giocare | LAUNCH
help | alexa aiuto | HELP
help | alexa come funziona questa cosa delle capitali | HELP
help | alexa belin non ho capito cosa devo dire | HELP
help | alexa cumpà come si gioca | HELP
help | alexa neh cosa posso chiederti | HELP
help | alexa icché si fa qui | HELP
help | alexa ajò spiegami come funziona | HELP
help | alexa talè che devo fare | HELP
help | alexa mandi come si usa | HELP
help | alexa io non capisco come funziona aiutami | HELP
help | alexa bhai help come faccio | HELP
help | alexa dammi una mano non so cosa dire | HELP
help | alexa quali domande posso fare | HELP
help | alexa mi spieghi le istruzioni | HELP
help | alexa ho bisogno di aiuto con le capitali | HELP
help | alexa taac come funziona in due parole | HELP
help | alexa raga non so usarla come si fa | HELP
help | alexa cosa sai fare | HELP
help | alexa sono nuova come si usa questa skill | HELP
help | alexa la nonna non capisce puoi spiegare | HELP
help | alexa aiutami per favore non so cosa chiedere | HELP
help | alexa ma come devo chiedere una capitale | HELP
help | alexa help me please come funziona | HELP
help | alexa che comandi ci sono | HELP
help | alexa mi fai un esempio di domanda | HELP
stop | alexa stop | STOP
stop | alexa basta così | STOP
stop | alexa belin basta | STOP
stop | alexa cumpà fermati | STOP
stop | alexa neh stai zitta | STOP
stop | alexa taci | STOP
stop | alexa ajò basta chiudi | STOP
stop | alexa talè finiscila | STOP
stop | alexa mandi basta grazie | STOP
stop | alexa esci | STOP
stop | alexa esci dal gioco | STOP
stop | alexa fermati subito | STOP
stop | alexa basta capitali per oggi | STOP
stop | alexa chiudi capitali del mondo | STOP
stop | alexa stop stop stop | STOP
stop | alexa zitta che dorme il bambino | STOP
stop | alexa ho finito ciao | STOP
stop | alexa smettila | STOP
stop | alexa bhai basta stop | STOP
stop | alexa raga chiudo la live alexa basta | STOP
stop | alexa o bimba smetti | STOP
stop | alexa silenzio | STOP
stop | alexa finisci qui | STOP
stop | alexa termina | STOP
stop | alexa abbiamo finito di giocare esci | STOP
cancel | alexa annulla | CANCEL
cancel | alexa lascia perdere | CANCEL
cancel | alexa belin lascia stare | CANCEL
cancel | alexa cumpà lascia perdere | CANCEL
cancel | alexa neh annulla | CANCEL
cancel | alexa niente | CANCEL
cancel | alexa non importa | CANCEL
cancel | alexa dimentica | CANCEL
cancel | alexa fa niente | CANCEL
cancel | alexa ajò lascia stare non fa niente | CANCEL
cancel | alexa talè nenti lassa stari | CANCEL
cancel | alexa mandi no niente annulla | CANCEL
cancel | alexa annulla la domanda | CANCEL
cancel | alexa scordatelo | CANCEL
cancel | alexa no niente sbagliato | CANCEL
cancel | alexa lascia perdere la capitale | CANCEL
cancel | alexa annulla tutto | CANCEL
cancel | alexa bhai niente lascia | CANCEL
cancel | alexa icché tu fai lascia perdere | CANCEL
cancel | alexa no dai non serve più | CANCEL
cancel | alexa non ti preoccupare lascia stare | CANCEL
cancel | alexa taac annulla annulla | CANCEL
cancel | alexa forget it lascia perdere | CANCEL
cancel | alexa dimenticalo | CANCEL
cancel | alexa ho cambiato idea annulla | CANCEL
out-of-domain | alexa taac il capoluogo {} | della lombardia=FB; del piemonte=FB; della liguria=FB
out-of-domain | alexa belin qual è il capoluogo {} | della toscana=FB; della sardegna regione=FB; del friuli venezia giulia=FB
out-of-domain | alexa talè la capitale {} | della calabria=FB; della puglia=FB; della basilicata=FB
out-of-domain | alexa la capitale {} regione spagnola | della catalogna=FB; dell'andalusia=FB; della galizia=FB
out-of-domain | alexa qual è la capitale {} regione francese | della bretagna=FB; della provenza=FB; dell'alsazia=FB
out-of-domain | alexa il bisnonno parlava sempre della capitale {} | della transilvania=FB; della valle d'aosta=FB; della padania=FB
out-of-domain | alexa la capitale {} stato che non c'è più | dell'unione sovietica=FB; della jugoslavia=FB; della cecoslovacchia=FB
out-of-domain | alexa per l'esame di storia la capitale {} | dell'impero ottomano=FB; del regno delle due sicilie=FB; della repubblica di venezia=FB
out-of-domain | alexa raga ditemi la capitale {} | di westeros=FB; della terra di mezzo=FB; di narnia=FB
out-of-domain | alexa mio figlio vuole la capitale {} | di atlantide=FB; di wakanda=FB; di hogwarts=FB
out-of-domain | alexa la maestra chiede la capitale {} | dell'europa=FB; dell'africa=FB; dell'asia=FB
out-of-domain | alexa capitale {} regione separatista | della transnistria=FB; dell'abcasia=FB; dell'ossezia del sud=FB
out-of-domain | alexa quale sarebbe la capitale {} | del kurdistan=FB; della cecenia=FB; del tibet=FB
out-of-domain | alexa quanti abitanti ha {} | la cina=FB; l'india=FB; il brasile=FB
out-of-domain | alexa che lingua si parla {} | in svizzera=FB; in belgio=FB; in canada=FB
out-of-domain | alexa che moneta si usa {} | in ungheria=FB; in polonia=FB; in marocco=FB
out-of-domain | alexa di che colore è la bandiera {} | del senegal=FB; del giappone=FB; dell'irlanda=FB
out-of-domain | alexa che ore sono {} | a new york=FB; a tokyo=FB; a sydney=FB
out-of-domain | alexa che tempo fa {} | a milano=FB; a genova=FB; a palermo=FB
out-of-domain | alexa quanto dista {} | roma da parigi=FB; milano da londra=FB; torino da berlino=FB
out-of-domain | alexa metti {} | radio deejay=FB; la musica di vasco=FB; una canzone di de andré=FB
out-of-domain | alexa accendi {} | la luce in cucina=FB; la tv=FB; il riscaldamento=FB
out-of-domain | alexa imposta {} | un timer di dieci minuti=FB; una sveglia alle sette=FB; un promemoria per domani=FB
out-of-domain | alexa aggiungi {} alla lista della spesa | il pane=FB; la focaccia=FB; il latte=FB
out-of-domain | alexa chi ha vinto il derby ieri | FB
out-of-domain | alexa come è finita la juve | FB
out-of-domain | alexa quando gioca il cagliari | FB
out-of-domain | alexa raccontami una barzelletta | FB
out-of-domain | alexa cantami una canzone | FB
out-of-domain | alexa dimmi una poesia | FB
out-of-domain | alexa cos'è il capitale {} | sociale di una società=FB; umano=FB; di rischio=FB
out-of-domain | alexa chi ha scritto il capitale | FB
out-of-domain | alexa riassumimi il capitale di marx | FB
out-of-domain | alexa cos'è il capitalismo | FB
out-of-domain | alexa quali sono i sette peccati capitali | FB
out-of-domain | alexa cos'è la pena capitale | FB
out-of-domain | alexa cosa vuol dire lettera maiuscola capitale | FB
out-of-domain | alexa qual è la capitale europea della cultura quest'anno | FB
out-of-domain | alexa qual è la capitale italiana della cultura | FB
out-of-domain | alexa qual è la capitale mondiale del libro | FB
out-of-domain | alexa qual è la città più grande {} | del brasile=FB; della turchia=FB; della svizzera=FB
out-of-domain | alexa qual è il paese più grande {} | del mondo=FB; dell'africa=FB; d'europa=FB
out-of-domain | alexa chi è il presidente {} | della francia=FB; degli stati uniti=FB; del brasile=FB
out-of-domain | alexa come si dice ciao in giapponese | FB
out-of-domain | alexa traduci grazie in arabo | FB
out-of-domain | alexa come si scrive kazakistan | FB
out-of-domain | alexa chiama la mamma | FB
out-of-domain | alexa manda un messaggio a giulia | FB
out-of-domain | alexa fai una videochiamata al nonno | FB
out-of-domain | alexa ordina le pizze | FB
out-of-domain | alexa prenota un taxi | FB
out-of-domain | alexa che film danno stasera | FB
out-of-domain | alexa uè qual è la capitale {} | del milan=FB; della moda=FB; del mondo del calcio=FB
out-of-domain | alexa milano è la capitale morale d'italia | FB
out-of-domain | alexa torino era la prima capitale d'italia | FB
out-of-domain | alexa firenze è stata capitale quando | FB
out-of-domain | alexa quali sono i fiumi della francia | FB
out-of-domain | alexa quanto è alto il monte bianco | FB
out-of-domain | alexa dove nasce il po | FB
out-of-domain | alexa dove si trova il kilimangiaro | FB
out-of-domain | alexa quanti paesi ci sono in africa | FB
out-of-domain | alexa qual è il deserto più grande | FB
out-of-domain | alexa la capitale {} che dicono i miei amici | della romagna=FB; della brianza=FB; del salento=FB
out-of-domain | alexa ajò capitale {} | della gallura=FB; della barbagia=FB; del campidano=FB
out-of-domain | alexa bhai qual è capitale {} | del kashmir pakistano=FB; del punjab pakistano=FB; della scandinavia=FB
out-of-domain | alexa la capitale {} nel libro di storia | di prussia=FB; dell'impero austro ungarico=FB; della repubblica di weimar=FB
out-of-domain | alexa dove sta la capitale {} | della luna=FB; di marte=FB; dello spazio=FB
out-of-domain | alexa bhai quanto costa il biglietto per dacca | FB
out-of-domain | alexa wallah che ore sono a casablanca | FB
out-of-domain | alexa nossa chi ha vinto il carnevale di rio | FB
out-of-domain | alexa jërëjëf metti musica senegalese | FB
out-of-domain | alexa ni hao quanto fa sette per otto | FB
out-of-domain | alexa dyakuyu quanti gradi ci sono a kiev | FB
out-of-domain | alexa yezzi quando è il ramadan quest'anno | FB
out-of-domain | alexa sat sri akal metti musica punjabi | FB
out-of-domain | alexa chévere pon salsa | FB
out-of-domain | alexa taac fissa una call con marco alle tre | FB
out-of-domain | alexa belin quanto costa il pesto | FB
out-of-domain | alexa neh a che ora apre il museo egizio | FB
out-of-domain | alexa icché c'è da vedere agli uffizi | FB
out-of-domain | alexa ajò che festa è oggi in sardegna | FB
out-of-domain | alexa talè come si fa la caponata | FB
out-of-domain | alexa cumpà dimmi la ricetta della nduja | FB
out-of-domain | alexa mandi che tempo fa a udine | FB
out-of-domain | alexa raga chi ha vinto a geoguessr ieri | FB
out-of-domain | alexa qual è la capitale del gioco del risiko dove si comincia | FB
out-of-domain | alexa chi è il capitano della nazionale | FB
out-of-domain | alexa capitali di ventura cosa sono | FB
out-of-domain | alexa quanto capitale serve per aprire una srl | FB
out-of-domain | alexa capitale di una lettera che significa | FB
out-of-domain | alexa la capitale del regno di napoli | FB
out-of-domain | alexa la capitale dello stato pontificio | FB
out-of-domain | alexa la capitale dei longobardi | FB
out-of-domain | alexa la capitale dell'impero inca | FB
out-of-domain | alexa la capitale degli aztechi | FB
out-of-domain | alexa la capitale della mesopotamia | FB
out-of-domain | alexa la capitale del sacro romano impero | FB
out-of-domain | alexa la capitale della lapponia | FB
out-of-domain | alexa la capitale della patagonia | FB
out-of-domain | alexa la capitale della siberia | FB
out-of-domain | alexa la capitale del somaliland | FB
out-of-domain | alexa la capitale della repubblica di cipro del nord | FB
out-of-domain | alexa la capitale del nagorno karabakh | FB
out-of-domain | alexa la capitale di gotham | FB
out-of-domain | alexa la capitale di paperopoli | FB
out-of-domain | alexa la capitale di mordor | FB
out-of-domain | alexa la capitale del polo nord | FB
out-of-domain | alexa la capitale dell'oceania | FB
out-of-domain | alexa la capitale del medio oriente | FB
out-of-domain | alexa la capitale del sud america | FB
out-of-domain | alexa la capitale del mondo arabo | FB
out-of-domain | alexa la capitale dell'unione europea | FB
out-of-domain | alexa spegni la luce del salotto | FB
out-of-domain | alexa quanto manca a natale | FB
out-of-domain | alexa leggimi le notizie | FB
out-of-domain | alexa mi ricordi di chiamare il dentista | FB
out-of-domain | alexa che giorno è oggi | FB
out-of-domain | alexa chi ha inventato la radio | FB
out-of-domain | alexa alza il volume | FB
out-of-domain | alexa riproduci il podcast di storia | FB
out-of-domain | alexa quando parte il prossimo treno per milano | FB
out-of-domain | alexa in che continente è il marocco | FB
out-of-domain | alexa quanto è grande la russia | FB
out-of-domain | alexa qual è il fuso orario del giappone | FB
out-of-domain | alexa qual è il prefisso telefonico della francia | FB
out-of-domain | alexa l'inno nazionale dell'argentina | FB
out-of-domain | alexa chi ha fondato roma | FB
out-of-domain | alexa dimmi tre città della germania | FB
cancel | alexa uè lascia perdere che il cliente ha già risposto | CANCEL
cancel | alexa belin no niente mi sono sbagliato lascia stare | CANCEL
cancel | alexa cerea lasci pure perdere | CANCEL
cancel | alexa o bimba un importa lascia perdere | CANCEL
cancel | alexa eja no lassa perdere | CANCEL
cancel | alexa amunì lassa perdiri | CANCEL
cancel | alexa cumpà no annulla che ha già detto mio figlio | CANCEL
cancel | alexa wallah no niente annulla | CANCEL
cancel | alexa la signora dice non serve annulla per favore | CANCEL
cancel | alexa raga annullo alexa annulla la domanda di prima | CANCEL
cancel | alexa nossa esqueci lascia perdere | CANCEL
cancel | alexa no aspetta annulla che ci penso io | CANCEL
cancel | alexa orpo no lascia stare | CANCEL
cancel | alexa ho trovato da solo sul mappamondo lascia perdere | CANCEL
stop | alexa belin basta che è ora di cena | STOP
stop | alexa cerea basta così per stasera | STOP
stop | alexa talè finiscila ca mi scassi | STOP
stop | alexa eja basta chiudi tutto | STOP
stop | alexa la signora dorme stop subito | STOP
stop | alexa cumpà spegniti | STOP
stop | alexa chiudi la skill | STOP
stop | alexa stop al gioco delle capitali | STOP
stop | alexa basta bhai grazie | STOP
stop | alexa ok basta non voglio più giocare | STOP
help | alexa uè non ho capito come funziona mi spieghi | HELP
help | alexa cerea mi aiuti che non sono pratico | HELP
help | alexa ucraina badante non capisce come usare aiuto | HELP
help | alexa la nonna chiede come si fa a chiedere la capitale | HELP
help | alexa o bimba come si gioca a questa roba | HELP
subdivision | alexa sono al check in e il volo va negli stati uniti con scalo la capitale {} | dell'alabama=US-AL; dell'arkansas=US-AR; del mississippi=US-MS
subdivision | alexa per geoguessr mi serve il capoluogo {} | del maine=US-ME; del new hampshire=US-NH; del rhode island=US-RI
subdivision | alexa cerea la capitale {} stato americano per il cruciverba | dell'idaho=US-ID; dell'indiana=US-IN; del dakota del nord=US-ND
subdivision | alexa taac e del dakota del sud la capitale | US-SD
subdivision | alexa bhai la capitale {} stato indiano vicino bangladesh | del meghalaya=IN-ML; del manipur=IN-MN; del nagaland=IN-NL
subdivision | alexa la capitale {} che ci lavora il cugino di mio marito | di amburgo=DE-HH; di brema=DE-HB; di chandigarh=IN-CH
subdivision | alexa ñaño la capitale {} estado mexicano | di sonora=MX-SON; di sinaloa=MX-SIN; di durango=MX-DUR
subdivision | alexa la capitale {} per mio fratello che fa il cuoco a cancún | di puebla=MX-PUE; del tabasco=MX-TAB; di tamaulipas=MX-TAM
"""

if __name__ == "__main__":
    build_round(40, "it", LINES, sys.argv, "tests/Eval/it/round40/source/build_corpus.py")
