"""Round 47, Italian (it-IT): a new author's own mix, written blind at the start of the fifty-third session (brief
WRITER59.md). Speakers chosen apart from the groups of round 46 (Fiorentini, Pisani, Lucchesi, Senesi, Perugini,
Anconetani, Abruzzesi, Molisani, Lucani, Foggiani, Tarantini, Romagnoli, Trentini, Mantovani, Sammarinesi; Pakistani,
Ecuadorian, Moldovan, Eritrean, Tunisian, Ghanaian, Spanish Erasmus and German students; fuorisede, young parents, a
Twitch streamer), of round 45 (Milanesi, Bergamaschi, Torinesi, Genovesi, Friulani, Triestini, Sardi, Siciliani,
Calabresi, Ticinesi, teenagers, grandparents, small children; Ukrainian, Moroccan, Senegalese, Chinese, Bangladeshi,
Punjabi, Brazilian, Polish, British speakers, citizenship-exam learners) and of round 44 (Rome, Naples, Bari, Salento,
Venice, Bologna, Livorno, Parma, Aosta Valley, South Tyrol; Albanian, Romanian, Filipino, Peruvian, Argentine, Nigerian,
Egyptian, Tamil, Cuban, American speakers). Regional speakers: Veronesi ("ostrega", "sito mato", "tasi", "la me
morosa", the Arena, Vinitaly, pandoro, Gardaland, Valpolicella), Padovani ("ocio", "xe", "bocia", "i tosi", the Bo,
spritz in Piazza delle Erbe, Sant'Antonio, Prato della Valle), Comaschi ("uè", "te set", "la sciura", frontalieri at the
Swiss customs, the Bellagio ferry, a silk mill, Villa d'Este), Valtellinesi ("oh tè", pizzoccheri, sciatt, Livigno duty
free, Bormio, bresaola, Sassella), Modenesi ("dai mo", "an's sa mai", tigelle, Ferrari at Maranello, an acetaia,
Lambrusco, Pavarotti), Langaroli ("neh", "boia faus", "cerea", a trifolao, vendemmia, Ferrero in Alba, Barolo),
Ciociari ("mo", "uà", "che sti a dì", Fiuggi spa, Montecassino), Casertani ("uè frà", "stamme a sentì", a buffalo
mozzarella dairy, the Reggia, the Marcianise outlet), Cilentani ("ja", "mo mo", Paestum, Acciaroli, limoncello, Luci
d'Artista, Palinuro), Irpini ("che ce vò", emigrant grandfathers, torrone, Montevergine, Taurasi), Ternani ("ma senti
'n po'", "'nnamo", "me sa che", the Marmore falls, San Valentino, the steelworks), Ascolani ("ohi", "scì", "ma vì",
olive all'ascolana, the Quintana, anisetta), Carrarini (quarrymen, lardo di Colonnata, the anarchist circle, marble
ships at Marina), Bellunesi ("'ndemo", "bon", "tosat", the Cortina Olympics, an Agordo eyewear factory, the Tre Cime);
immigrant families and learners: Georgian carers ("gamarjoba", "madloba", "ki", "batono", "kalbatono",
"genatsvale"), Sinhalese ("ayubowan", "istuti", "ow", "mokakda"), Iranian students at the Politecnico ("salam",
"khob", "merci", "baleh", "ey vay", "akhe"), Italo-Venezuelans who came back ("epa", "chamo", "mi pana", "qué
fino", "esa vaina", "na guará"), Ivorians ("ça va", "mon frère", "c'est quoi", "on est ensemble"), Russian speakers
("privet", "davai", "blin", "spasibo", "nu koroche", "da"), Dutch campers on Lake Garda ("hoi", "dank je", "lekker",
"even", "nee", "gezellig"), French Erasmus students ("du coup", "genre", "ouais", "bah", "enfin", "la coloc"), Turks
("merhaba", "tamam", "abi", "hadi", "yani", "evet", a kebab shop), Greek medical students ("ela", "endaxi", "nai",
"efcharisto", "opa"); and by trade: truck drivers (a bilico, the Brennero queue, an Autogrill, the CB radio, the Ancona
ferry), night-shift nurses (the caposala, bed eight, the pronto soccorso), medicine-entrance students (the test
d'ingresso, anatomy, microbiology, a tirocinio), concorsisti (police, army, school and comune exams, the banca dati),
TV-quiz fans (L'Eredità and its ghigliottina, Reazione a catena, Avanti un altro, the Ruota della fortuna, Trivial,
Taboo, Risiko). Situations: lavoro (a bar, a dairy, a quarry, a hospital ward, a truck cab, a wine cellar, a
factory, a campsite, a kebab shop, a care job), scuola (terza media, a CPIA Italian class, the Bo, the Politecnico,
entrance tests, public exams, a geography homework), giochi (TV quizzes, a quiz night with flatmates, Risiko, Taboo,
Trivial), casa (cooking, a mother-in-law, a grandfather in care, children's homework), viaggi (Route 66, a working
holiday in Australia, a Caribbean cruise, a Mexican honeymoon, yoga in India, volunteering in Brazil). Plus follow-ups
(said inside a session, without "alexa"), the several-capital countries in the plural, subdivisions and territories,
yes/no checks, self-corrections, reverse questions, official, everyday and old names, shared names, launch by
"capitali del mondo", help, stop, cancel and out-of-domain requests. Every line written by hand as one utterance; no
outside text consulted."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
veronesi | alexa ostrega non mi ricordo mai la capitale {} | della lettonia=LV; della lituania=LT; dell'estonia=EE
veronesi | alexa all'arena stasera c'è un gruppo {} qual è la sua capitale | dal giappone=JP; dalla corea del sud=KR; dalla cina=CN
veronesi | alexa al vinitaly c'è un produttore {} mi dici la capitale del suo paese | dalla moldavia=MD; dall'armenia=AM; dal cile=CL
veronesi | alexa sito mato la capitale dell'australia non è sydney | AU
veronesi | alexa la me morosa dice che la capitale del canada è toronto è vero | CA
veronesi | alexa mentre impasto il pandoro dimmi la capitale {} | dell'austria=AT; della slovenia=SI
veronesi | alexa a gardaland un bambino mi ha chiesto la capitale {} | della danimarca=DK; della norvegia=NO; della svezia=SE
veronesi | alexa sul balcone di giulietta ci sono due sposi {} qual è la capitale | dal messico=MX; dal brasile=BR; dall'argentina=AR
veronesi | alexa tasi un attimo coi bambini e dimmi la capitale del portogallo | PT
veronesi | alexa per la lavagna del bar in piazza brà la capitale di cipro | CY
veronesi | alexa in cantina in valpolicella mi chiedono la capitale {} | del belgio=BE; della svizzera=CH
veronesi | alexa ostrega che vergogna non so la capitale della slovacchia | SK
veronesi | alexa varda che mio papà insiste la capitale della croazia è zagabria | HR
padovani | alexa ocio che non lo so la capitale {} | della bulgaria=BG; della romania=RO; dell'ungheria=HU
padovani | alexa al bo un professore mi ha chiesto la capitale {} | dell'iraq=IQ; della siria=SY; della giordania=JO
padovani | alexa xe vero che la capitale della turchia xe ankara | TR
padovani | alexa allo spritz in piazza delle erbe si discute della capitale {} | del libano=LB; di israele=IL
padovani | alexa tra i pellegrini di sant'antonio ce n'è uno {} dimmi la capitale | dalle filippine=PH; dall'indonesia=ID; dal vietnam=VN
padovani | alexa bocia dimmi la capitale dello yemen | YE
padovani | alexa i tosi vogliono sapere la capitale del kazakistan | KZ
padovani | alexa a prato della valle uno mi chiede la capitale dell'uzbekistan | UZ
padovani | alexa per l'esame di geografia politica al bo la capitale del tagikistan | TJ
padovani | alexa magari lo sai tu la capitale del turkmenistan | TM
padovani | alexa in aula studio non c'è campo dimmi tu la capitale della mongolia | MN
comaschi | alexa uè dimmi la capitale della svizzera che domani passo la dogana | CH
comaschi | alexa sul battello per bellagio ci sono dei turisti {} qual è la loro capitale | canadesi=CA; australiani=AU; americani=US
comaschi | alexa la sciura del piano di sopra chiede la capitale {} | del liechtenstein=LI; del lussemburgo=LU; di andorra=AD
comaschi | alexa al setificio arriva un cliente {} dimmi la capitale | dal pakistan=PK; dall'india=IN; dallo sri lanka=LK
comaschi | alexa a villa d'este c'è un matrimonio di gente {} qual è la capitale | del qatar=QA; del bahrein=BH; del kuwait=KW
comaschi | alexa da frontaliere mi vergogno a chiederlo ma la capitale della svizzera è zurigo | CH
comaschi | alexa te set la capitale di monaco il principato | MC
comaschi | alexa sul lungolago si chiacchiera della capitale degli emirati arabi | AE
comaschi | alexa la sciura dice che la capitale della norvegia è stoccolma ha ragione | NO
valtellinesi | alexa oh tè mentre faccio i pizzoccheri dimmi la capitale {} | del nepal=NP; del bhutan=BT; dell'afghanistan=AF
valtellinesi | alexa a livigno al duty free un cliente {} chiede la capitale del suo paese | polacco=PL; ceco=CZ; danese=DK
valtellinesi | alexa sugli sci a bormio un maestro mi chiede la capitale {} | della finlandia=FI; dell'islanda=IS
valtellinesi | alexa per l'etichetta della bresaola da esportare qual è la capitale {} | di singapore=SG; di taiwan=TW
valtellinesi | alexa al rifugio ci chiedevamo la capitale del kirghizistan | KG
valtellinesi | alexa dopo gli sciatt dimmi la capitale dell'azerbaigian | AZ
valtellinesi | alexa in baita senza internet sul telefono qual è la capitale dell'armenia | AM
valtellinesi | alexa il mio socio della cantina di sassella vuole la capitale della georgia quella del caucaso | GE
modenesi | alexa dai mo dimmi la capitale {} | del marocco=MA; dell'algeria=DZ; della libia=LY
modenesi | alexa in ferrari c'è un ingegnere {} qual è la capitale del suo paese | monegasco=MC; brasiliano=BR; finlandese=FI
modenesi | alexa mentre faccio le tigelle la capitale dell'oman | OM
modenesi | alexa in acetaia vengono dei clienti {} qual è la loro capitale | dalla nuova zelanda=NZ; dalla thailandia=TH; dalla malesia=MY
modenesi | alexa an's sa mai la capitale della tanzania è dodoma o dar es salaam | TZ
modenesi | alexa alla festa dell'unità un signore mi chiede la capitale di cuba | CU
modenesi | alexa con un bicchiere di lambrusco qual è la capitale della serbia | RS
modenesi | alexa mo dimmi bene la capitale del montenegro | ME
modenesi | alexa al museo pavarotti c'è una comitiva {} la capitale qual è | dal giappone in gita=JP; dal perù=PE
langaroli | alexa neh qual è la capitale {} | dell'etiopia=ET; del kenya=KE; della somalia=SO
langaroli | alexa il trifolao ha venduto un tartufo a un cliente {} qual è la capitale di là | saudita=SA; russo=RU; cinese=CN
langaroli | alexa boia faus la capitale della nigeria non me la ricordo | NG
langaroli | alexa in vendemmia c'è un ragazzo {} dimmi la capitale del suo paese | del mali=ML; del burkina faso=BF; della guinea bissau=GW
langaroli | alexa cerea mi dici la capitale della macedonia del nord | MK
langaroli | alexa alla ferrero di alba lavora uno {} qual è la capitale | del gambia=GM; della sierra leone=SL; della liberia=LR
langaroli | alexa degustando il barolo qual è la capitale del sudafrica | ZA
langaroli | alexa neh nella nebbia delle langhe mi viene in mente la capitale del senegal come si chiama | SN
ciociari | alexa mo dimmi la capitale {} | della grecia=GR; di malta=MT; della croazia=HR
ciociari | alexa uà qual è la capitale della bosnia | BA
ciociari | alexa a fiuggi alle terme c'è una signora {} qual è la capitale | ucraina=UA; bielorussa=BY; moldava=MD
ciociari | alexa all'abbazia di montecassino ci sono dei pellegrini {} la capitale | polacchi=PL; irlandesi=IE; maltesi=MT
ciociari | alexa ma che sti a dì la capitale del pakistan non è karachi | PK
ciociari | alexa pe la nipote che fa la terza media la capitale del paraguay | PY
ciociari | alexa mo co la pizza a fette la capitale dell'uruguay | UY
casertani | alexa uè frà dimmi la capitale {} | del camerun=CM; del gabon=GA; del ciad=TD
casertani | alexa al caseificio di bufala c'è un compratore {} qual è la capitale | giapponese=JP; emiratino=AE; canadese=CA
casertani | alexa alla reggia una guida mi chiede la capitale della spagna | ES
casertani | alexa mannaggia qual è la capitale del sudan | SD
casertani | alexa stamme a sentì la capitale del niger | NE
casertani | alexa all'outlet di marcianise uno mi chiede la capitale del togo | TG
casertani | alexa mia cugina vende viaggi in egitto qual è la capitale | EG
cilentani | alexa ja dimmi la capitale {} | del perù=PE; della colombia=CO; del venezuela=VE
cilentani | alexa ai templi di paestum c'è una comitiva {} la capitale di lì qual è | dall'uruguay=UY; dall'ecuador=EC; dal guatemala=GT
cilentani | alexa ad acciaroli un pescatore mi chiede la capitale di capo verde | CV
cilentani | alexa mentre imbottiglio il limoncello dimmi la capitale di saint lucia | LC
cilentani | alexa per le luci d'artista a salerno c'è gente {} dimmi la capitale | austriaca=AT; ungherese=HU; slovacca=SK
cilentani | alexa mo mo la capitale delle bahamas | BS
cilentani | alexa sulla spiaggia di palinuro mia zia chiede la capitale della giamaica | JM
irpini | alexa mio nonno è emigrato {} qual è la capitale | in svizzera=CH; in germania=DE; in belgio=BE
irpini | alexa col torrone di natale mi dici la capitale della guyana | GY
irpini | alexa a montevergine c'è un prete {} qual è la capitale | dal ruanda=RW; dal burundi=BI; dal malawi=MW
irpini | alexa che ce vò la capitale dello zambia | ZM
irpini | alexa un bicchiere di taurasi e la capitale dello zimbabwe | ZW
irpini | alexa i parenti in argentina dicono che la capitale è buenos aires è giusto | AR
irpini | alexa a la festa del paese uno venuto dal canada vuole la capitale dell'australia | AU
ternani | alexa ma senti 'n po' la capitale {} | del madagascar=MG; del mozambico=MZ; dell'angola=AO
ternani | alexa alla cascata delle marmore una turista {} mi chiede la capitale | della namibia=NA; del botswana=BW; del lesotho=LS
ternani | alexa per san valentino la mia ragazza vuole andare {} qual è la capitale | alle maldive=MV; alle seychelles=SC; a mauritius=MU
ternani | alexa 'nnamo dimmi la capitale della giamaica | JM
ternani | alexa all'acciaieria c'è un collega {} qual è la capitale | dal kosovo=XK; dall'albania=AL; dalla bosnia=BA
ternani | alexa me sa che la capitale dell'eritrea è asmara dimmi se è giusto | ER
ascolani | alexa ohi dimmi la capitale {} | di haiti=HT; della repubblica dominicana=DO; di trinidad e tobago=TT
ascolani | alexa mentre friggo le olive all'ascolana qual è la capitale di el salvador | SV
ascolani | alexa scì però la capitale del guatemala come si chiama | GT
ascolani | alexa alla quintana c'è un turista che viene {} la capitale | dall'honduras=HN; dal nicaragua=NI; dal costa rica=CR
ascolani | alexa ma vì un po' la capitale di panama | PA
ascolani | alexa con l'anisetta la capitale del belize | BZ
carrarini | alexa in cava un cavatore mi chiede la capitale {} | del bangladesh=BD; del myanmar=MM; della cambogia=KH
carrarini | alexa il blocco di marmo va spedito {} qual è la capitale | in arabia saudita=SA; in india=IN; in cina=CN
carrarini | alexa col lardo di colonnata la capitale del laos | LA
carrarini | alexa al circolo anarchico si discute della capitale della corea del nord | KP
carrarini | alexa o mi' cognato dice che la capitale della thailandia è bangkok è vero | TH
carrarini | alexa sulla nave del marmo a marina c'è un marinaio {} la capitale qual è | dalle filippine=PH; dall'ucraina=UA; dal montenegro=ME
bellunesi | alexa 'ndemo dimmi la capitale {} | dell'irlanda=IE; del regno unito=GB; dei paesi bassi=NL
bellunesi | alexa per le olimpiadi di cortina arrivano atleti {} qual è la capitale | dalla slovenia=SI; dalla lettonia=LV; dal liechtenstein=LI
bellunesi | alexa in occhialeria ad agordo c'è un cliente {} la capitale | del brunei=BN; della malesia=MY; del giappone=JP
bellunesi | alexa bon la capitale della finlandia | FI
bellunesi | alexa tosat fate silenzio che chiedo la capitale dell'islanda | IS
bellunesi | alexa sul rifugio sotto le tre cime uno mi chiede la capitale della repubblica ceca | CZ
georgiani | alexa gamarjoba dimmi capitale di georgia mio paese | GE
georgiani | alexa madloba ma capitale di armenia qual è | AM
georgiani | alexa la signora che io curo vuole sapere capitale {} | della azerbaigian=AZ; di ucraina=UA; di turchia=TR
georgiani | alexa batono dice capitale di russia è mosca giusto | RU
georgiani | alexa ki ki la capitale di bielorussia | BY
georgiani | alexa mia figlia a tbilisi chiede capitale {} | di italia=IT; di grecia=GR; di cipro=CY
georgiani | alexa genatsvale dimmi capitale di kirghizistan | KG
georgiani | alexa io badante di nonno lui chiede capitale di albania | AL
georgiani | alexa kalbatono chiede se capitale di estonia è tallinn | EE
singalesi | alexa ayubowan capitale di sri lanka quale | LK
singalesi | alexa istuti ma capitale di maldive come si chiama | MV
singalesi | alexa mio figlio a scuola chiede capitale {} | di nepal=NP; di bangladesh=BD; di india=IN
singalesi | alexa ow dimmi capitale di australia | AU
singalesi | alexa signora di casa vuole capitale di giappone | JP
singalesi | alexa capitale di singapore è singapore ow | SG
singalesi | alexa mokakda capitale di oman | OM
singalesi | alexa io lavoro in bar mio capo chiede capitale di thailandia | TH
iraniani | alexa salam qual è la capitale {} | dell'iran=IR; dell'afghanistan=AF; del tagikistan=TJ
iraniani | alexa khob e la capitale dell'iraq | IQ
iraniani | alexa merci ma dimmi la capitale del turkmenistan | TM
iraniani | alexa al politecnico un compagno {} mi chiede la capitale | siriano=SY; libanese=LB; giordano=JO
iraniani | alexa baleh la capitale dell'arabia saudita è riad | SA
iraniani | alexa ey vay non so la capitale del kuwait | KW
iraniani | alexa per la tesi di architettura mi serve la capitale dell'uzbekistan | UZ
iraniani | alexa akhe com'è la capitale del bahrein | BH
italo-venezuelani | alexa epa dimmi la capitale {} | del venezuela=VE; della colombia=CO; di panama=PA
italo-venezuelani | alexa chamo qual è la capitale di trinidad e tobago | TT
italo-venezuelani | alexa mi pana vuole sapere la capitale della guyana | GY
italo-venezuelani | alexa qué fino dimmi la capitale del suriname | SR
italo-venezuelani | alexa mio nonno era di salerno e mi chiede la capitale di aruba | AW
italo-venezuelani | alexa esa vaina la capitale di curaçao | CW
italo-venezuelani | alexa por favor la capitale della repubblica dominicana | DO
italo-venezuelani | alexa cuál es la capitale di grenada | GD
italo-venezuelani | alexa na guará la capitale dell'ecuador è quito verdad | EC
ivoriani | alexa ça va dimmi la capitale {} | della costa d'avorio=CI; del senegal=SN; del ghana=GH
ivoriani | alexa mon frère dice che la capitale della costa d'avorio è abidjan c'est vrai | CI
ivoriani | alexa c'est quoi la capitale del burkina faso | BF
ivoriani | alexa dis moi la capitale del benin | BJ
ivoriani | alexa a scuola di italiano la maestra chiede capitale di guinea | GN
ivoriani | alexa on est ensemble dimmi la capitale della liberia | LR
ivoriani | alexa la capitale del togo c'est lomé non | TG
ivoriani | alexa per mio fratello in francia la capitale della mauritania | MR
ivoriani | alexa c'est comment la capitale del camerun è douala o yaoundé | CM
russofoni | alexa privet qual è la capitale {} | del kazakistan=KZ; della mongolia=MN; della lettonia=LV
russofoni | alexa davai dimmi la capitale della moldavia | MD
russofoni | alexa blin mi sono dimenticata la capitale dell'estonia | EE
russofoni | alexa spasibo e poi la capitale dell'armenia | AM
russofoni | alexa nu koroche la capitale del kirghizistan è bishkek vero | KG
russofoni | alexa mia suocera italiana vuole sapere la capitale della bielorussia | BY
russofoni | alexa da da la capitale dell'ucraina | UA
russofoni | alexa a rimini in albergo un cliente chiede la capitale dell'uzbekistan | UZ
olandesi | alexa hoi mia figlia chiede capitale di belgio | BE
olandesi | alexa dank je ma la capitale di danimarca | DK
olandesi | alexa al campeggio sul garda un vicino {} chiede la capitale | tedesco=DE; austriaco=AT; svizzero=CH
olandesi | alexa ja ja la capitale di lussemburgo è lussemburgo | LU
olandesi | alexa even dimmi capitale di suriname | SR
olandesi | alexa lekker la capitale di indonesia | ID
olandesi | alexa nee non amsterdam dico capitale di norvegia | NO
olandesi | alexa gezellig stasera quiz la capitale di nuova zelanda | NZ
francesi-erasmus | alexa du coup qual è la capitale {} | del canada=CA; del marocco=MA; della tunisia=TN
francesi-erasmus | alexa genre la capitale del madagascar | MG
francesi-erasmus | alexa ouais ouais dimmi la capitale delle comore | KM
francesi-erasmus | alexa bah la capitale di gibuti | DJ
francesi-erasmus | alexa c'est quoi la capitale del vanuatu | VU
francesi-erasmus | alexa merci e la capitale della nuova caledonia | NC
francesi-erasmus | alexa per la coloc stasera facciamo un quiz la capitale del gabon | GA
francesi-erasmus | alexa enfin la capitale del québec è montréal ou québec | CA-QC
turchi | alexa merhaba la capitale della turchia | TR
turchi | alexa tamam e quella dell'azerbaigian | AZ
turchi | alexa abi qual è la capitale {} | del kosovo=XK; della macedonia del nord=MK; della bulgaria=BG
turchi | alexa nel mio kebab un cliente {} chiede la capitale | egiziano=EG; iracheno=IQ; tunisino=TN
turchi | alexa hadi dimmi la capitale di cipro | CY
turchi | alexa yani la capitale del kazakistan è astana o almaty | KZ
turchi | alexa evet la capitale della germania è berlino giusto | DE
greci | alexa ela qual è la capitale della grecia | GR
greci | alexa endaxi e la capitale dell'albania | AL
greci | alexa nai nai dimmi la capitale {} | della serbia=RS; della romania=RO; del montenegro=ME
greci | alexa efcharisto e la capitale di malta | MT
greci | alexa un compagno di anatomia chiede la capitale del libano | LB
greci | alexa per la festa dei greci a padova la capitale dell'egitto | EG
greci | alexa opa dimmi la capitale della georgia il paese non lo stato americano | GE
camionisti | alexa sto guidando il bilico verso {} qual è la capitale | la polonia=PL; la lituania=LT; la romania=RO
camionisti | alexa in autogrill a roncobilaccio dimmi la capitale della slovacchia | SK
camionisti | alexa al brennero c'è coda mi dici la capitale dell'austria | AT
camionisti | alexa carico per {} dimmi la capitale | la spagna=ES; il portogallo=PT; la francia=FR
camionisti | alexa col vivavoce la capitale della repubblica ceca | CZ
camionisti | alexa il collega al baracchino dice che la capitale dell'ungheria è budapest | HU
camionisti | alexa in cabina di notte qual è la capitale del lussemburgo | LU
camionisti | alexa al porto di ancona imbarco per {} la capitale qual è | la grecia=GR; l'albania=AL; la turchia=TR
infermieri | alexa in pausa dal turno di notte qual è la capitale {} | dell'uganda=UG; del sud sudan=SS; dell'eritrea=ER
infermieri | alexa la caposala vuole sapere la capitale della somalia | SO
infermieri | alexa il paziente del letto otto mi chiede la capitale dell'etiopia | ET
infermieri | alexa al pronto soccorso c'è un signore {} che ci chiede la capitale | ecuadoriano=EC; salvadoregno=SV; cubano=CU
infermieri | alexa tra un prelievo e l'altro la capitale del ruanda | RW
infermieri | alexa la collega rumena mi chiede la capitale della moldavia | MD
infermieri | alexa sono le quattro di notte e non ricordo la capitale di gibuti | DJ
infermieri | alexa in reparto facciamo il quiz delle capitali quella del ghana | GH
studenti-medicina | alexa per il test d'ingresso la capitale {} | del bhutan=BT; del brunei=BN; di timor est=TL
studenti-medicina | alexa mentre ripasso anatomia dimmi la capitale del malawi | MW
studenti-medicina | alexa nella domanda di cultura generale c'era la capitale del kiribati | KI
studenti-medicina | alexa a igiene si parlava di malaria in {} qual è la capitale | guinea equatoriale=GQ; sierra leone=SL; burundi=BI
studenti-medicina | alexa per il tirocinio in africa vado {} la capitale | in tanzania=TZ; in uganda=UG; in kenya=KE
studenti-medicina | alexa ho l'esame di microbiologia ma dimmi la capitale della papua nuova guinea | PG
studenti-medicina | alexa al test di medicina c'era la capitale del mozambico me la ripeti | MZ
concorsisti | alexa per il concorso in polizia la capitale {} | delle isole salomone=SB; di tuvalu=TV; di nauru=NR
concorsisti | alexa nella banca dati del concorso c'è la capitale di palau | PW
concorsisti | alexa per il concorsone della scuola qual è la capitale della micronesia | FM
concorsisti | alexa nel quizzone di cultura generale la capitale delle isole marshall | MH
concorsisti | alexa per il concorso in comune ripassiamo la capitale {} | delle samoa=WS; di tonga=TO; delle figi=FJ
concorsisti | alexa alla simulazione ho sbagliato la capitale del kazakistan era astana | KZ
concorsisti | alexa per il concorso nell'esercito la capitale di saint kitts e nevis | KN
concorsisti | alexa nella dispensa del concorso c'è scritto la capitale del kiribati ma non la trovo | KI
quizzaroli | alexa all'eredità hanno chiesto la capitale {} | di antigua e barbuda=AG; delle barbados=BB; di dominica=DM
quizzaroli | alexa per la ghigliottina mi serve la capitale di saint vincent e grenadine | VC
quizzaroli | alexa a reazione a catena c'era la capitale di sao tomé e principe | ST
quizzaroli | alexa a trivial mi è uscita la capitale dell'eswatini | SZ
quizzaroli | alexa ad avanti un altro hanno chiesto la capitale del mozambico | MZ
quizzaroli | alexa la domanda da un milione era la capitale della guinea equatoriale | GQ
quizzaroli | alexa alla ruota della fortuna c'era la capitale di tuvalu | TV
quizzaroli | alexa con gli amici facciamo il quiz delle capitali qual è la capitale {} | del niger=NE; della nigeria=NG; del ciad=TD
quizzaroli | alexa a tabù non si può dire capitale ma tu dimmi quella della mauritania | MR
quizzaroli | alexa a risiko ho conquistato la kamchatka ma qual è la capitale del giappone | JP
follow-up | e quella della francia | FR
follow-up | e quella del belgio invece | BE
follow-up | e la capitale dell'olanda allora | NL
follow-up | invece per la spagna | ES
follow-up | e del cile com'è | CL
follow-up | ok e l'argentina | AR
follow-up | e del perù invece | PE
follow-up | e dell'uruguay | UY
follow-up | e poi quella della danimarca | DK
follow-up | e per la norvegia com'è | NO
follow-up | e adesso la svezia | SE
follow-up | la finlandia invece | FI
follow-up | anche quella dell'austria | AT
follow-up | ora dimmi quella dell'ungheria | HU
follow-up | e della polonia | PL
follow-up | e quella del messico | MX
follow-up | e dello stato di new york | US-NY
follow-up | e il texas allora | US-TX
follow-up | e la california invece | US-CA
follow-up | poi la florida | US-FL
follow-up | e del québec | CA-QC
follow-up | e dell'ontario | CA-ON
follow-up | e dell'australia occidentale | AU-WA
follow-up | e quella della baviera | DE-BY
follow-up | e della sassonia | DE-SN
follow-up | e la scozia | GB-SCT
follow-up | e il galles invece | GB-WLS
follow-up | quella dell'irlanda del nord | GB-NIR
follow-up | e del kerala | IN-KL
follow-up | e poi il maharashtra | IN-MH
follow-up | e quella di bahia | BR-BA
follow-up | e del minas gerais | BR-MG
follow-up | e lo yucatán | MX-YUC
follow-up | e di jalisco | MX-JAL
follow-up | e invece della nuova zelanda | NZ
follow-up | e quella dell'india | IN
follow-up | e del giappone qual è | JP
follow-up | giusto e della cina | CN
follow-up | va bene e la corea del sud | KR
follow-up | perfetto e del vietnam | VN
follow-up | ah ecco e della cambogia | KH
follow-up | grazie e quella del laos | LA
follow-up | e per finire la mongolia | MN
follow-up | ultima domanda la capitale del nepal | NP
follow-up | un'altra quella dello sri lanka | LK
follow-up | e il canada | CA
follow-up | e gli stati uniti | US
follow-up | e quella del brasile mo | BR
follow-up | ok e dell'egitto | EG
follow-up | e la turchia invece | TR
follow-up | ancora una la capitale del kenya | KE
follow-up | e allora quella dell'etiopia | ET
follow-up | ohi e del marocco | MA
follow-up | neh e dell'algeria | DZ
follow-up | khob e dell'iran | IR
follow-up | du coup et le sénégal | SN
plural-capitals | alexa quali sono le capitali della bolivia | BO
plural-capitals | alexa la bolivia ha due capitali me le dici | BO
plural-capitals | alexa dimmi tutte e due le capitali della bolivia | BO
plural-capitals | alexa per il compito le capitali della bolivia quali sono | BO
plural-capitals | alexa epa y las capitales de bolivia | BO
plural-capitals | alexa le tre capitali del sudafrica | ZA
plural-capitals | alexa quali sono le capitali del sudafrica | ZA
plural-capitals | alexa il sudafrica ha tre capitali quali | ZA
plural-capitals | alexa mi elenchi le capitali del sudafrica | ZA
plural-capitals | alexa neh il sudafrica quante capitali ha e quali sono | ZA
plural-capitals | alexa quali sono le capitali dei paesi bassi | NL
plural-capitals | alexa l'olanda ha due capitali amsterdam e l'aia giusto | NL
plural-capitals | alexa le capitali dell'olanda quali sono | NL
plural-capitals | alexa dimmi le due capitali dei paesi bassi | NL
plural-capitals | alexa hoi le capitali dei paesi bassi per mia figlia | NL
plural-capitals | alexa quali sono le capitali della malesia | MY
plural-capitals | alexa le capitali della malaysia | MY
plural-capitals | alexa kuala lumpur e putrajaya sono tutte e due capitali della malesia | MY
plural-capitals | alexa la malesia ha due capitali dimmele | MY
plural-capitals | alexa per il test d'ingresso le capitali della malesia | MY
plural-capitals | alexa quali sono le capitali dello sri lanka | LK
plural-capitals | alexa lo sri lanka ha due capitali vero quali | LK
plural-capitals | alexa dimmi le capitali dello sri lanka per favore | LK
plural-capitals | alexa colombo è ancora una delle capitali dello sri lanka | LK
plural-capitals | alexa ayubowan le capitali di sri lanka sono due | LK
plural-capitals | alexa quali sono le capitali del benin | BJ
plural-capitals | alexa il benin ha più di una capitale quali sono | BJ
plural-capitals | alexa le due capitali del benin porto novo e | BJ
plural-capitals | alexa dimmi le capitali del benin | BJ
plural-capitals | alexa ohi le capitali del benin me le dici | BJ
plural-capitals | alexa quali sono le capitali della costa d'avorio | CI
plural-capitals | alexa la costa d'avorio ha due capitali quali sono | CI
plural-capitals | alexa le capitali della costa d'avorio yamoussoukro e abidjan | CI
plural-capitals | alexa dimmi tutte le capitali della costa d'avorio | CI
plural-capitals | alexa ça va les capitales della costa d'avorio | CI
plural-capitals | alexa capitali della costa d'avorio per la ricerca di geografia | CI
plural-capitals | alexa quali sono le capitali dell'eswatini | SZ
plural-capitals | alexa le capitali dello swaziland | SZ
plural-capitals | alexa l'eswatini ha due capitali me le dici | SZ
plural-capitals | alexa dimmi le capitali dell'eswatini per il cruciverba | SZ
plural-capitals | alexa al concorso hanno chiesto le capitali dello swaziland | SZ
plural-capitals | alexa quali sono le capitali della palestina | PS
plural-capitals | alexa la palestina ha due capitali quali sono | PS
plural-capitals | alexa le capitali dello stato di palestina | PS
plural-capitals | alexa un collega palestinese mi chiede le capitali della palestina | PS
plural-capitals | alexa dimmi le capitali del sudafrica una per una | ZA
plural-capitals | alexa quante e quali sono le capitali della bolivia | BO
plural-capitals | alexa le capitali del benin per la verifica di domani | BJ
subdivision | alexa mio cugino lavora {} qual è la capitale dello stato | in ohio=US-OH; in michigan=US-MI; in pennsylvania=US-PA
subdivision | alexa facciamo la route sessantasei e passiamo {} qual è la capitale | dall'arizona=US-AZ; dal nuovo messico=US-NM; dall'oklahoma=US-OK
subdivision | alexa nel film western erano {} dimmi la capitale dello stato | in wyoming=US-WY; in montana=US-MT; nel colorado=US-CO
subdivision | alexa la capitale della california è los angeles o no | US-CA
subdivision | alexa capitale della florida che vado a miami in vacanza | US-FL
subdivision | alexa la capitale dell'illinois è chicago | US-IL
subdivision | alexa la capitale della georgia americana quella di atlanta | US-GA
subdivision | alexa qual è la capitale della carolina del nord | US-NC
subdivision | alexa la capitale del nevada è las vegas | US-NV
subdivision | alexa mia sorella fa l'erasmus in {} qual è la capitale dello stato | utah=US-UT; alaska=US-AK; kansas=US-KS
subdivision | alexa la capitale delle hawaii | US-HI
subdivision | alexa qual è la capitale della louisiana quella del jazz | US-LA
subdivision | alexa la capitale del tennessee è nashville vero | US-TN
subdivision | alexa per il quiz sugli stati americani la capitale {} | del massachusetts=US-MA; del new jersey=US-NJ; del kentucky=US-KY
subdivision | alexa la capitale del vermont | US-VT
subdivision | alexa qual è la capitale del maine | US-ME
subdivision | alexa la capitale dell'oregon per il viaggio in camper | US-OR
subdivision | alexa la capitale dello stato di washington quello sul pacifico | US-WA
subdivision | alexa la capitale della virginia occidentale | US-WV
subdivision | alexa i miei zii vivono {} qual è la capitale | nel dakota del sud=US-SD; in missouri=US-MO; in wisconsin=US-WI
subdivision | alexa la capitale dell'iowa | US-IA
subdivision | alexa la capitale del minnesota | US-MN
subdivision | alexa la capitale del texas è dallas o houston | US-TX
subdivision | alexa la capitale dello stato di new york | US-NY
subdivision | alexa dimmi la capitale del connecticut | US-CT
subdivision | alexa la capitale del maryland | US-MD
subdivision | alexa qual è la capitale dell'alabama | US-AL
subdivision | alexa la capitale del mississippi | US-MS
subdivision | alexa la capitale dell'arkansas | US-AR
subdivision | alexa la capitale del delaware | US-DE
subdivision | alexa la capitale del rhode island | US-RI
subdivision | alexa la capitale del new hampshire | US-NH
subdivision | alexa capitale dell'idaho | US-ID
subdivision | alexa la capitale del nebraska | US-NE
subdivision | alexa la capitale dell'indiana | US-IN
subdivision | alexa la capitale della carolina del sud | US-SC
subdivision | alexa la capitale del dakota del nord | US-ND
subdivision | alexa la capitale della virginia quella vera non l'occidentale | US-VA
subdivision | alexa mio figlio fa l'anno all'estero {} qual è la capitale della provincia | in ontario=CA-ON; in alberta=CA-AB; in manitoba=CA-MB
subdivision | alexa la capitale della columbia britannica è vancouver | CA-BC
subdivision | alexa qual è la capitale del québec | CA-QC
subdivision | alexa la capitale della nuova scozia | CA-NS
subdivision | alexa la capitale del saskatchewan | CA-SK
subdivision | alexa la capitale del nuovo brunswick | CA-NB
subdivision | alexa la capitale di terranova e labrador | CA-NL
subdivision | alexa la capitale dell'isola del principe edoardo | CA-PE
subdivision | alexa la capitale dello yukon | CA-YT
subdivision | alexa la capitale del nunavut | CA-NU
subdivision | alexa la capitale dei territori del nord ovest | CA-NT
subdivision | alexa con il working holiday vado {} qual è la capitale dello stato | nel queensland=AU-QLD; in tasmania=AU-TAS; nel nuovo galles del sud=AU-NSW
subdivision | alexa la capitale dell'australia meridionale | AU-SA
subdivision | alexa la capitale del territorio del nord | AU-NT
subdivision | alexa qual è la capitale dell'australia occidentale perth | AU-WA
subdivision | alexa la capitale del territorio della capitale australiana | AU-ACT
subdivision | alexa faccio yoga in india e vado {} qual è la capitale dello stato | in kerala=IN-KL; in rajasthan=IN-RJ; in himachal pradesh=IN-HP
subdivision | alexa la capitale del tamil nadu | IN-TN
subdivision | alexa la capitale di goa | IN-GA
subdivision | alexa la capitale del karnataka è bangalore | IN-KA
subdivision | alexa la capitale del bengala occidentale | IN-WB
subdivision | alexa la capitale dell'uttar pradesh dove c'è il taj mahal | IN-UP
subdivision | alexa la capitale del gujarat | IN-GJ
subdivision | alexa la capitale dell'assam quella del tè | IN-AS
subdivision | alexa la capitale del sikkim | IN-SK
subdivision | alexa la capitale del telangana | IN-TS
subdivision | alexa la capitale del bihar | IN-BR
subdivision | alexa la capitale del ladakh | IN-LA
subdivision | alexa la capitale del jammu e kashmir | IN-JK
subdivision | alexa la capitale dell'odisha | IN-OD
subdivision | alexa la capitale del madhya pradesh | IN-MP
subdivision | alexa la capitale dell'uttarakhand | IN-UK
subdivision | alexa per la fiera di francoforte passo {} qual è la capitale del land | dall'assia=DE-HE; dalla turingia=DE-TH; dal baden württemberg=DE-BW
subdivision | alexa la capitale della baviera è monaco | DE-BY
subdivision | alexa la capitale della sassonia | DE-SN
subdivision | alexa la capitale della bassa sassonia | DE-NI
subdivision | alexa la capitale della renania settentrionale vestfalia | DE-NW
subdivision | alexa la capitale del brandeburgo | DE-BB
subdivision | alexa la capitale dello schleswig holstein | DE-SH
subdivision | alexa la capitale del saarland | DE-SL
subdivision | alexa la capitale del meclemburgo pomerania | DE-MV
subdivision | alexa la capitale della renania palatinato | DE-RP
subdivision | alexa la capitale della sassonia anhalt | DE-ST
subdivision | alexa mia nipote fa volontariato in brasile {} qual è la capitale dello stato | nel ceará=BR-CE; nel pernambuco=BR-PE; in amazonas=BR-AM
subdivision | alexa la capitale dello stato di san paolo | BR-SP
subdivision | alexa la capitale dello stato di rio de janeiro | BR-RJ
subdivision | alexa la capitale di bahia è salvador | BR-BA
subdivision | alexa la capitale del rio grande do sul | BR-RS
subdivision | alexa la capitale di santa catarina | BR-SC
subdivision | alexa la capitale del paraná | BR-PR
subdivision | alexa la capitale del pará | BR-PA
subdivision | alexa la capitale del mato grosso | BR-MT
subdivision | alexa la capitale del distretto federale brasiliano | BR-DF
subdivision | alexa in luna di miele in messico andiamo {} qual è la capitale dello stato | in quintana roo=MX-ROO; nello yucatán=MX-YUC; in oaxaca=MX-OAX
subdivision | alexa la capitale del chiapas | MX-CHP
subdivision | alexa la capitale del nuevo león | MX-NLE
subdivision | alexa la capitale della bassa california | MX-BCN
subdivision | alexa la capitale della bassa california del sud | MX-BCS
subdivision | alexa la capitale di veracruz | MX-VER
subdivision | alexa la capitale dello stato di puebla | MX-PUE
subdivision | alexa la capitale del chihuahua | MX-CHH
subdivision | alexa la capitale del sonora | MX-SON
subdivision | alexa la capitale del guanajuato | MX-GUA
subdivision | alexa la capitale del michoacán | MX-MIC
subdivision | alexa la capitale della scozia è glasgow | GB-SCT
subdivision | alexa qual è la capitale del galles | GB-WLS
subdivision | alexa la capitale dell'irlanda del nord belfast giusto | GB-NIR
subdivision | alexa la capitale dell'inghilterra non del regno unito | GB-ENG
subdivision | alexa in crociera ai caraibi si ferma {} qual è la capitale | a portorico=PR; ad aruba=AW; a curaçao=CW
subdivision | alexa la capitale della groenlandia | GL
subdivision | alexa la capitale delle isole faroe | FO
subdivision | alexa la capitale di guam | GU
subdivision | alexa la capitale delle bermuda | BM
subdivision | alexa la capitale di gibilterra | GI
subdivision | alexa la capitale dell'isola della riunione | RE
subdivision | alexa la capitale della martinica | MQ
subdivision | alexa la capitale della guadalupa | GP
subdivision | alexa la capitale di mayotte | YT
subdivision | alexa la capitale della polinesia francese tahiti | PF
subdivision | alexa la capitale di jersey | JE
subdivision | alexa la capitale di guernsey | GG
subdivision | alexa la capitale dell'isola di man | IM
subdivision | alexa la capitale delle isole cayman | KY
subdivision | alexa la capitale delle isole falkland | FK
subdivision | alexa la capitale delle isole malvinas | FK
subdivision | alexa la capitale di sant'elena dove stava napoleone | SH
subdivision | alexa la capitale delle isole cook | CK
subdivision | alexa la capitale delle isole åland | AX
subdivision | alexa la capitale delle svalbard | SJ
subdivision | alexa la capitale del sahara occidentale | EH
subdivision | alexa la capitale della guyana francese | GF
subdivision | alexa la capitale delle samoa americane | AS
subdivision | alexa la capitale di sint maarten la parte olandese | SX
subdivision | alexa la capitale di saint martin la parte francese | MF
subdivision | alexa la capitale delle isole turks e caicos | TC
subdivision | alexa la capitale di anguilla | AI
subdivision | alexa la capitale delle isole vergini britanniche | VG
subdivision | alexa la capitale delle isole vergini americane | VI
subdivision | alexa la capitale delle isole marianne settentrionali | MP
subdivision | alexa la capitale di montserrat | MS
subdivision | alexa la capitale di wallis e futuna | WF
subdivision | alexa la capitale di saint pierre e miquelon | PM
subdivision | alexa la capitale di saint barthélemy | BL
subdivision | alexa la capitale di niue | NU
subdivision | alexa la capitale delle isole pitcairn | PN
subdivision | alexa la capitale di tokelau | TK
subdivision | alexa la capitale delle isole cocos | CC
subdivision | alexa la capitale dell'isola di natale | CX
subdivision | alexa la capitale dell'isola norfolk | NF
subdivision | alexa la capitale di bonaire | BQ
subdivision | alexa la capitale delle terre australi francesi | TF
out-of-domain | alexa che tempo fa domani a verona | FB
out-of-domain | alexa piove stasera sul lago di como | FB
out-of-domain | alexa che temperatura c'è a livigno | FB
out-of-domain | alexa nevica a cortina questo fine settimana | FB
out-of-domain | alexa ci sarà nebbia domattina ad alba | FB
out-of-domain | alexa che tempo fa a paestum sabato | FB
out-of-domain | alexa c'è vento a carrara oggi | FB
out-of-domain | alexa che tempo fa a tbilisi | FB
out-of-domain | alexa quanti gradi ci sono a colombo | FB
out-of-domain | alexa metti un po' di vasco rossi | FB
out-of-domain | alexa riproduci radio deejay | FB
out-of-domain | alexa metti la playlist di sanremo | FB
out-of-domain | alexa alza il volume che c'è la canzone di mia figlia | FB
out-of-domain | alexa metti musica rilassante per la notte | FB
out-of-domain | alexa riproduci l'ultimo album di ligabue | FB
out-of-domain | alexa metti radio italia anni novanta | FB
out-of-domain | alexa metti la canzone del pulcino pio per il bambino | FB
out-of-domain | alexa metti musica reggaeton chamo | FB
out-of-domain | alexa riproduci musica greca sirtaki | FB
out-of-domain | alexa metti una canzone georgiana | FB
out-of-domain | alexa abbassa un po' la musica | FB
out-of-domain | alexa metti il podcast di storia | FB
out-of-domain | alexa metti un timer di dieci minuti per la pasta | FB
out-of-domain | alexa svegliami alle sei e mezza che ho il turno | FB
out-of-domain | alexa ricordami di chiamare la mamma alle otto | FB
out-of-domain | alexa timer di venti minuti per le olive all'ascolana | FB
out-of-domain | alexa ricordami domani l'iscrizione al concorso | FB
out-of-domain | alexa aggiungi la bresaola alla lista della spesa | FB
out-of-domain | alexa metti il latte nella lista della spesa | FB
out-of-domain | alexa accendi la luce in cucina | FB
out-of-domain | alexa spegni la televisione in sala | FB
out-of-domain | alexa abbassa le tapparelle | FB
out-of-domain | alexa accendi il riscaldamento in camera | FB
out-of-domain | alexa com'è finita la juve ieri sera | FB
out-of-domain | alexa risultati della serie a | FB
out-of-domain | alexa quando gioca la nazionale | FB
out-of-domain | alexa chi ha vinto il gran premio di monza | FB
out-of-domain | alexa classifica della serie b con la ternana | FB
out-of-domain | alexa quanti abitanti ha il brasile | FB
out-of-domain | alexa che lingua si parla in belgio | FB
out-of-domain | alexa qual è la moneta della svizzera | FB
out-of-domain | alexa che ore sono a tokyo adesso | FB
out-of-domain | alexa quanto dista como da lugano | FB
out-of-domain | alexa qual è il fiume più lungo d'europa | FB
out-of-domain | alexa com'è fatta la bandiera del giappone | FB
out-of-domain | alexa chi è il presidente della francia | FB
out-of-domain | alexa qual è la città più grande del canada | FB
out-of-domain | alexa qual è il prefisso telefonico della spagna | FB
out-of-domain | alexa quanto costa un volo per lisbona | FB
out-of-domain | alexa come si dice grazie in georgiano | FB
out-of-domain | alexa qual è il paese più grande del mondo | FB
out-of-domain | alexa quanti stati ci sono in africa | FB
out-of-domain | alexa qual è la montagna più alta del mondo | FB
out-of-domain | alexa che fuso orario ha new york | FB
out-of-domain | alexa quanti paesi fanno parte dell'unione europea | FB
out-of-domain | alexa che moneta usano in turchia | FB
out-of-domain | alexa dov'è il kirghizistan sulla cartina | FB
out-of-domain | alexa con quali paesi confina il venezuela | FB
out-of-domain | alexa quanto è grande la russia in chilometri quadrati | FB
out-of-domain | alexa che religione hanno in sri lanka | FB
out-of-domain | alexa qual è il piatto tipico dell'iran | FB
out-of-domain | alexa qual è l'inno nazionale della grecia | FB
out-of-domain | alexa quanti abitanti ha la città del vaticano | FB
out-of-domain | alexa che lingua si parla in costa d'avorio | FB
out-of-domain | alexa quanto costa il biglietto del treno per verona | FB
out-of-domain | alexa a che ora parte il frecciarossa per salerno | FB
out-of-domain | alexa c'è traffico sull'autostrada del sole | FB
out-of-domain | alexa quanto ci vuole da terni a roma in macchina | FB
out-of-domain | alexa dov'è il distributore più vicino | FB
out-of-domain | alexa c'è coda al brennero | FB
out-of-domain | alexa quali documenti servono per guidare in svizzera | FB
out-of-domain | alexa qual è il capoluogo del veneto | FB
out-of-domain | alexa il capoluogo della lombardia | FB
out-of-domain | alexa qual è il capoluogo della campania | FB
out-of-domain | alexa capoluogo del piemonte | FB
out-of-domain | alexa il capoluogo delle marche è ancona o ascoli | FB
out-of-domain | alexa qual è il capoluogo della ciociaria frosinone o cassino | FB
out-of-domain | alexa la capitale della valtellina | FB
out-of-domain | alexa qual è la capitale del veneto | FB
out-of-domain | alexa la capitale della sicilia | FB
out-of-domain | alexa la capitale della sardegna è cagliari | FB
out-of-domain | alexa la capitale dell'irpinia | FB
out-of-domain | alexa la capitale del cilento | FB
out-of-domain | alexa la capitale delle langhe è alba | FB
out-of-domain | alexa qual è la capitale dell'umbria terni o perugia | FB
out-of-domain | alexa la capitale della lombardia è milano | FB
out-of-domain | alexa la capitale del canton ticino | FB
out-of-domain | alexa la capitale della catalogna | FB
out-of-domain | alexa la capitale dell'andalusia | FB
out-of-domain | alexa la capitale del tirolo | FB
out-of-domain | alexa la capitale della provenza | FB
out-of-domain | alexa la capitale della siberia | FB
out-of-domain | alexa la capitale del kurdistan | FB
out-of-domain | alexa la capitale della transilvania | FB
out-of-domain | alexa la capitale della lapponia | FB
out-of-domain | alexa la capitale della patagonia | FB
out-of-domain | alexa la capitale dell'abcasia | FB
out-of-domain | alexa la capitale della cecenia | FB
out-of-domain | alexa la capitale del regno delle due sicilie | FB
out-of-domain | alexa qual era la capitale del regno di sardegna | FB
out-of-domain | alexa la capitale dell'impero bizantino | FB
out-of-domain | alexa la capitale della repubblica di venezia | FB
out-of-domain | alexa quando torino è stata capitale d'italia | FB
out-of-domain | alexa perché roma è diventata capitale nel millenovecentosettanta no milleottocentosettanta | FB
out-of-domain | alexa qual era la capitale dei longobardi | FB
out-of-domain | alexa capitale dell'impero inca | FB
out-of-domain | alexa quanto capitale sociale serve per aprire una srl | FB
out-of-domain | alexa che vuol dire capitale umano | FB
out-of-domain | alexa chi ha scritto il capitale | FB
out-of-domain | alexa il capitale di marx di che anno è | FB
out-of-domain | alexa qual è la capitale europea della cultura quest'anno | FB
out-of-domain | alexa qual è la capitale italiana della cultura | FB
out-of-domain | alexa qual è la capitale della moda | FB
out-of-domain | alexa come si dice capitale in inglese | FB
out-of-domain | alexa in quali paesi c'è ancora la pena capitale | FB
out-of-domain | alexa quali sono i sette vizi capitali | FB
out-of-domain | alexa la capitale mondiale del tartufo | FB
out-of-domain | alexa la capitale della mozzarella di bufala | FB
out-of-domain | alexa qual è la capitale del lambrusco | FB
out-of-domain | alexa la capitale del marmo | FB
out-of-domain | alexa qual è la capitale dell'occhiale | FB
out-of-domain | alexa la capitale mondiale del cioccolato | FB
out-of-domain | alexa differenza tra capitale e interessi nel mutuo | FB
out-of-domain | alexa cosa significa aumento di capitale | FB
out-of-domain | alexa che vuol dire scrivere in stampatello capitale | FB
out-of-domain | alexa quante capitali ci sono nel mondo | FB
out-of-domain | alexa qual è la capitale più fredda del mondo | FB
out-of-domain | alexa la capitale più alta del mondo | FB
out-of-domain | alexa qual è la capitale più piccola d'europa | FB
out-of-domain | alexa dove si trova yamoussoukro | FB
out-of-domain | alexa quanti abitanti ha canberra | FB
out-of-domain | alexa che tempo fa a brasilia | FB
out-of-domain | alexa com'è la vita notturna a berlino | FB
out-of-domain | alexa raccontami una barzelletta | FB
out-of-domain | alexa come stai oggi | FB
out-of-domain | alexa ti voglio bene | FB
out-of-domain | alexa chi ha vinto sanremo l'anno scorso | FB
out-of-domain | alexa quanto fa sette per otto | FB
out-of-domain | alexa che giorno è oggi | FB
out-of-domain | alexa dammi la ricetta del tiramisù | FB
out-of-domain | alexa la ricetta dei pizzoccheri | FB
out-of-domain | alexa come si fanno le tigelle | FB
out-of-domain | alexa quanti grammi di farina per una pizza | FB
out-of-domain | alexa fai il verso della mucca per il bambino | FB
out-of-domain | alexa raccontami una favola | FB
out-of-domain | alexa qual è il santo di oggi | FB
out-of-domain | alexa quando è pasqua quest'anno | FB
out-of-domain | alexa quanto manca a natale | FB
out-of-domain | alexa dimmi le notizie del giorno | FB
out-of-domain | alexa leggi le notizie del tg | FB
out-of-domain | alexa che programmi ci sono stasera in tv | FB
out-of-domain | alexa a che ora inizia l'eredità | FB
out-of-domain | alexa quanto ha vinto ieri il campione di reazione a catena | FB
out-of-domain | alexa fammi un quiz di cultura generale | FB
out-of-domain | alexa giochiamo a indovina il personaggio | FB
out-of-domain | alexa tira un dado | FB
out-of-domain | alexa lancia una moneta testa o croce | FB
out-of-domain | alexa chiama mia moglie | FB
out-of-domain | alexa manda un messaggio al capo turno | FB
out-of-domain | alexa traduci buongiorno in russo | FB
out-of-domain | alexa come si dice arrivederci in olandese | FB
out-of-domain | alexa traduci madloba in italiano | FB
out-of-domain | alexa come si coniuga il verbo andare | FB
out-of-domain | alexa quanti giorni di ferie mi spettano | FB
out-of-domain | alexa quante calorie ha una piadina | FB
out-of-domain | alexa qual è il numero della guardia medica | FB
out-of-domain | alexa come si misura la pressione | FB
out-of-domain | alexa quando esce il bando del concorso scuola | FB
out-of-domain | alexa quante domande ci sono al test di medicina | FB
out-of-domain | alexa qual è la formula dell'acqua | FB
out-of-domain | alexa chi ha scoperto l'america | FB
out-of-domain | alexa in che anno è caduto il muro di berlino | FB
out-of-domain | alexa quanti anni ha il papa | FB
out-of-domain | alexa qual è la distanza tra la terra e la luna | FB
out-of-domain | alexa quante ore di volo per caracas | FB
out-of-domain | alexa che ore sono in venezuela | FB
out-of-domain | alexa com'è il cambio euro dollaro oggi | FB
out-of-domain | alexa quanto vale una lira turca in euro | FB
out-of-domain | alexa ordina le crocchette per il gatto | FB
out-of-domain | alexa dove è il mio pacco | FB
out-of-domain | alexa qual è la lingua ufficiale dell'iran | FB
out-of-domain | alexa qual è la seconda città della svizzera | FB
out-of-domain | alexa la città più popolosa dell'australia | FB
out-of-domain | alexa quanti abitanti ha il texas | FB
out-of-domain | alexa chi è il governatore della california | FB
out-of-domain | alexa qual è lo stato più grande degli stati uniti | FB
out-of-domain | alexa quanti sono gli stati dell'india | FB
out-of-domain | alexa quante province ha il canada | FB
out-of-domain | alexa quanti land ha la germania | FB
out-of-domain | alexa apri spotify | FB
out-of-domain | alexa apri la skill delle ricette | FB
out-of-domain | alexa avvia il quiz della patente | FB
out-of-domain | alexa fai partire le storie della buonanotte | FB
out-of-domain | alexa chi sei | FB
out-of-domain | alexa sei più brava di siri | FB
out-of-domain | alexa buonanotte | FB
help | alexa aiuto non so come funziona capitali del mondo | HELP
help | alexa come funziona questa cosa delle capitali | HELP
help | alexa cosa posso chiederti sulle capitali | HELP
help | alexa non ho capito come si usa | HELP
help | alexa spiegami come funziona questo gioco | HELP
help | aiutami per piacere | HELP
help | come si fa a chiedere una capitale | HELP
help | mi dai una mano che non so cosa dire | HELP
help | che domande posso farti | HELP
help | posso chiedere anche gli stati americani come faccio | HELP
help | e come faccio a chiedere le province del canada | HELP
help | si possono chiedere anche i land tedeschi come si dice | HELP
help | ma funziona anche con gli stati del brasile come chiedo | HELP
help | alexa aiuto io non capisco bene italiano | HELP
help | alexa help me please come funziona | HELP
help | alexa aide moi comment ça marche | HELP
help | alexa pomogi non capisco come si usa | HELP
help | alexa madloba ma come funziona aiuto | HELP
help | alexa tamam ma cosa devo dire aiuto | HELP
help | alexa ohi come se fa aiuteme | HELP
help | alexa neh dimmi un po' come funziona | HELP
help | alexa uè frà spiegami come devo fare | HELP
help | alexa mo che devo dì aiuto | HELP
help | alexa ocio che non ho capito niente aiutami | HELP
help | alexa mia nonna vuole usare le capitali ma non sa come spiegaglielo | HELP
help | alexa dammi un esempio di domanda | HELP
help | dimmi cosa sai fare | HELP
help | quali sono i comandi | HELP
help | non so cosa chiedere suggeriscimi qualcosa | HELP
help | ripetimi le istruzioni | HELP
help | alexa quali paesi conosci e come te li chiedo | HELP
help | alexa come si usa capitali del mondo con i bambini | HELP
help | alexa mi spieghi le regole | HELP
help | alexa ho bisogno di aiuto con la skill delle capitali | HELP
help | alexa aiuto sono in pausa dal turno e non so come si usa | HELP
help | alexa ma cosa si può chiedere qui dentro | HELP
help | alexa come funziona per il quiz del concorso | HELP
help | alexa istuti come si usa questo | HELP
help | alexa du coup comment on fait aiuto | HELP
help | alexa khob come funziona spiegami | HELP
help | alexa epa cómo funciona esto aiuto | HELP
help | alexa hoi hoe werkt dit aiuto | HELP
help | alexa posso chiederti anche i territori d'oltremare come faccio | HELP
help | alexa non mi hai capito come te lo devo dire | HELP
help | che cosa devo dire per avere una capitale | HELP
stop | alexa stop che si mangia | STOP
stop | basta così grazie | STOP
stop | fermati adesso | STOP
stop | alexa esci dalle capitali | STOP
stop | chiudi tutto | STOP
stop | ho finito grazie ciao | STOP
stop | basta capitali per oggi | STOP
stop | alexa spegniti | STOP
stop | esci dalla skill | STOP
stop | finito per stasera | STOP
stop | stop stop stop | STOP
stop | alexa smettila | STOP
stop | va bene basta così | STOP
stop | alexa chiudi capitali del mondo | STOP
stop | alexa ferma tutto | STOP
stop | alexa stai zitta un attimo che parla il nonno | STOP
stop | alexa esci che arriva il paziente | STOP
stop | alexa stop che riparto col camion | STOP
stop | alexa basta che inizia l'eredità | STOP
stop | alexa chiudi che è finita la pausa | STOP
stop | alexa basta mo | STOP
stop | alexa ostrega basta | STOP
stop | alexa ocio basta così | STOP
stop | alexa uè basta frà | STOP
stop | alexa neh fermati | STOP
stop | alexa ohi basta adesso | STOP
stop | alexa 'ndemo basta capitali | STOP
stop | alexa tamam basta | STOP
stop | alexa hadi yeter stop | STOP
stop | alexa davai basta | STOP
stop | alexa khob basta mamnoon | STOP
stop | alexa ça suffit stop | STOP
stop | alexa genoeg stop | STOP
stop | alexa madloba basta | STOP
stop | alexa istuti stop | STOP
stop | alexa ya basta chamo | STOP
stop | alexa endaxi stop | STOP
stop | alexa chiudi la skill delle capitali grazie | STOP
stop | alexa esci pure ho studiato abbastanza | STOP
stop | alexa basta domande per stasera | STOP
stop | alexa spegni capitali del mondo | STOP
stop | alexa stop che il bambino deve dormire | STOP
stop | alexa fine del gioco | STOP
stop | alexa ho finito il ripasso esci | STOP
stop | alexa chiudi che si parte | STOP
cancel | alexa annulla ho sbagliato | CANCEL
cancel | lascia stare | CANCEL
cancel | lascia perdere dai | CANCEL
cancel | niente non importa | CANCEL
cancel | annulla la domanda | CANCEL
cancel | no niente ho sbagliato a parlare | CANCEL
cancel | scusa non volevo chiedere questo annulla | CANCEL
cancel | annulla tutto | CANCEL
cancel | alexa dimentica quello che ho detto | CANCEL
cancel | cancella la richiesta | CANCEL
cancel | alexa non fa niente | CANCEL
cancel | ci ho ripensato annulla | CANCEL
cancel | no aspetta annulla | CANCEL
cancel | annulla annulla | CANCEL
cancel | lascia perdere non era una domanda | CANCEL
cancel | niente niente scusa | CANCEL
cancel | alexa annulla pardon | CANCEL
cancel | alexa nichego annulla | CANCEL
cancel | alexa laat maar annulla | CANCEL
cancel | alexa tamam annulla | CANCEL
cancel | alexa olvídalo chamo | CANCEL
cancel | alexa laisse tomber | CANCEL
cancel | alexa annulla madloba | CANCEL
cancel | alexa ow annulla | CANCEL
cancel | alexa khob annulla | CANCEL
cancel | alexa ostrega annulla | CANCEL
cancel | alexa mo lascia sta' | CANCEL
cancel | alexa lassa perde uè | CANCEL
cancel | alexa annulla neh | CANCEL
cancel | alexa ohi lascia perdere | CANCEL
cancel | alexa annulla stava parlando la tv | CANCEL
cancel | alexa annulla parlavo con la caposala | CANCEL
cancel | alexa lascia stare che lo cerco sul libro | CANCEL
cancel | alexa annulla la risposta la so già | CANCEL
cancel | alexa non volevo te annulla | CANCEL
cancel | alexa annulla l'ultima cosa | CANCEL
cancel | alexa niente lascia stare era il bambino | CANCEL
cancel | alexa annulla che me lo ricordo | CANCEL
cancel | alexa fa niente annulla | CANCEL
cancel | alexa ho cambiato domanda annulla | CANCEL
cancel | alexa annulla la capitale che ti ho chiesto | CANCEL
cancel | alexa no no annulla | CANCEL
cancel | alexa ela annulla | CANCEL
cancel | alexa lascia perdere abi | CANCEL
launch | alexa apri capitali del mondo | LAUNCH
launch | alexa avvia capitali del mondo per favore | LAUNCH
launch | alexa lancia capitali del mondo | LAUNCH
launch | alexa voglio giocare con capitali del mondo | LAUNCH
launch | alexa apri la skill capitali del mondo | LAUNCH
launch | alexa fammi partire capitali del mondo | LAUNCH
launch | alexa ciao apri capitali del mondo | LAUNCH
launch | alexa mi apri capitali del mondo | LAUNCH
launch | alexa puoi aprire capitali del mondo | LAUNCH
launch | alexa vai su capitali del mondo | LAUNCH
launch | alexa entra in capitali del mondo | LAUNCH
launch | alexa usa capitali del mondo | LAUNCH
launch | alexa riapri capitali del mondo | LAUNCH
launch | alexa attiva capitali del mondo | LAUNCH
launch | alexa inizia capitali del mondo | LAUNCH
launch | alexa fai partire il gioco capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo che facciamo i compiti | LAUNCH
launch | alexa carica capitali del mondo | LAUNCH
launch | alexa ouvre capitali del mondo | LAUNCH
launch | alexa open capitali del mondo please | LAUNCH
launch | alexa otkroy capitali del mondo | LAUNCH
launch | alexa aç capitali del mondo | LAUNCH
launch | alexa abreme capitali del mondo chamo | LAUNCH
launch | alexa maak capitali del mondo open | LAUNCH
launch | alexa mo apri capitali del mondo | LAUNCH
launch | alexa ostrega apri capitali del mondo | LAUNCH
launch | alexa uè apri capitali del mondo | LAUNCH
launch | alexa neh fai partire capitali del mondo | LAUNCH
launch | alexa per il concorso apri capitali del mondo | LAUNCH
launch | alexa in pausa turno avvia capitali del mondo | LAUNCH
launch | alexa madloba apri capitali del mondo | LAUNCH
launch | alexa facciamo capitali del mondo | LAUNCH
yes-no-check | alexa la capitale dell'australia è canberra vero | AU
yes-no-check | alexa è giusto che la capitale del brasile è brasilia | BR
yes-no-check | alexa la capitale della turchia è istanbul | TR
yes-no-check | alexa la capitale del canada è ottawa o toronto | CA
yes-no-check | alexa la capitale della svizzera è berna giusto | CH
yes-no-check | alexa ma davvero la capitale del myanmar è naypyidaw | MM
yes-no-check | alexa la capitale della nigeria è ancora lagos | NG
yes-no-check | alexa la capitale del kazakistan si chiama ancora nur sultan | KZ
yes-no-check | alexa la capitale della nuova zelanda è auckland no | NZ
yes-no-check | alexa è vero che la capitale degli stati uniti non è new york | US
yes-no-check | alexa la capitale del marocco è casablanca o rabat | MA
yes-no-check | alexa confermi che la capitale del vietnam è hanoi | VN
yes-no-check | alexa la capitale del pakistan è islamabad giusto | PK
yes-no-check | alexa scommetto che la capitale del belize è belize city | BZ
yes-no-check | alexa la capitale del sud sudan è giuba vero | SS
yes-no-check | alexa la capitale dell'india è mumbai | IN
yes-no-check | alexa la capitale della california è san francisco | US-CA
yes-no-check | alexa la capitale della scozia è edimburgo o glasgow | GB-SCT
yes-no-check | alexa la capitale della baviera è monaco vero | DE-BY
yes-no-check | alexa la capitale del québec è montréal | CA-QC
yes-no-check | alexa è vero che la capitale della tanzania è dodoma | TZ
yes-no-check | alexa la capitale del burundi non è più bujumbura | BI
yes-no-check | alexa la capitale della costa d'avorio è abidjan | CI
yes-no-check | alexa la capitale del camerun è douala | CM
yes-no-check | alexa la capitale della bolivia è la paz vero | BO
yes-no-check | alexa la capitale dell'ecuador è guayaquil | EC
yes-no-check | alexa la capitale della nuova scozia è halifax giusto | CA-NS
yes-no-check | alexa la capitale del queensland è brisbane | AU-QLD
yes-no-check | alexa la capitale del rajasthan è jaipur | IN-RJ
yes-no-check | alexa ho sentito che la capitale dell'indonesia cambia è ancora giacarta | ID
yes-no-check | alexa la capitale dell'egitto è il cairo vero | EG
yes-no-check | alexa la capitale della germania è ancora bonn | DE
yes-no-check | alexa la capitale di israele è tel aviv | IL
yes-no-check | alexa sì o no la capitale dell'islanda è reykjavík | IS
yes-no-check | alexa la capitale del galles è cardiff vero | GB-WLS
yes-no-check | alexa la capitale del texas è houston | US-TX
yes-no-check | alexa la capitale della florida è miami | US-FL
yes-no-check | alexa la capitale della siria è damasco me lo confermi | SY
yes-no-check | alexa la capitale del benin è cotonou | BJ
yes-no-check | alexa è corretto dire che la capitale del sudafrica è città del capo | ZA
yes-no-check | alexa la capitale della malesia è kuala lumpur sì o no | MY
yes-no-check | alexa la capitale dei paesi bassi è l'aia | NL
self-correction | alexa la capitale dell'austria anzi dell'australia | AU
self-correction | alexa la capitale della svezia no scusa della svizzera | CH
self-correction | alexa la capitale della slovenia cioè della slovacchia | SK
self-correction | alexa la capitale dell'iran no dell'iraq | IQ
self-correction | alexa dimmi la capitale del niger anzi della nigeria | NG
self-correction | alexa la capitale della guinea no della guinea bissau | GW
self-correction | alexa la capitale del mali ehm del malawi | MW
self-correction | alexa la capitale della lettonia anzi no della lituania | LT
self-correction | alexa la capitale del gambia no dello zambia | ZM
self-correction | alexa la capitale della dominica no della repubblica dominicana | DO
self-correction | alexa la capitale del sudan no del sud sudan | SS
self-correction | alexa la capitale della corea del sud anzi del nord | KP
self-correction | alexa la capitale dell'armenia no aspetta dell'albania | AL
self-correction | alexa la capitale del paraguay no dell'uruguay | UY
self-correction | alexa la capitale dell'ungheria volevo dire della bulgaria | BG
self-correction | alexa la capitale del texas no dell'arizona | US-AZ
self-correction | alexa la capitale della sassonia scusa della bassa sassonia | DE-NI
self-correction | alexa la capitale dell'ontario no del manitoba | CA-MB
self-correction | alexa la capitale della carolina del nord anzi del sud | US-SC
self-correction | alexa la capitale del dakota del sud no del nord | US-ND
self-correction | alexa la capitale dell'austria no mi sono sbagliata della germania | DE
self-correction | alexa la capitale del nicaragua anzi dell'honduras | HN
self-correction | alexa la capitale della tunisia no della libia | LY
self-correction | alexa la capitale dell'oman ehm dello yemen | YE
self-correction | alexa la capitale del ghana no del togo | TG
self-correction | alexa la capitale della mauritania anzi di mauritius | MU
self-correction | alexa la capitale delle maldive no delle seychelles | SC
self-correction | alexa la capitale del kirghizistan no del kazakistan | KZ
self-correction | alexa la capitale della guyana no della guyana francese | GF
self-correction | alexa la capitale del libano pardon della libia | LY
self-correction | alexa la capitale della colombia no aspetta del costa rica | CR
self-correction | alexa ostrega la capitale della groenlandia no dell'islanda | IS
self-correction | alexa mo la capitale del portogallo anzi della spagna | ES
self-correction | alexa la capitale del tamil nadu no del kerala | IN-KL
reverse-question | alexa di che paese è capitale ouagadougou | CITY:Ouagadougou
reverse-question | alexa ulan bator è la capitale di quale paese | CITY:Ulan Bator
reverse-question | alexa tbilisi di che stato è la capitale | CITY:Tbilisi
reverse-question | alexa di quale nazione è capitale windhoek | CITY:Windhoek
reverse-question | alexa bishkek è capitale di cosa | CITY:Bishkek
reverse-question | alexa paramaribo di quale paese è la capitale | CITY:Paramaribo
reverse-question | alexa la capitale che si chiama ashgabat di che paese è | CITY:Ashgabat
reverse-question | alexa vaduz è la capitale di che cosa | CITY:Vaduz
reverse-question | alexa di chi è la capitale canberra | CITY:Canberra
reverse-question | alexa ottawa è capitale di quale paese | CITY:Ottawa
reverse-question | alexa asmara di che paese è la capitale | CITY:Asmara
reverse-question | alexa montevideo capitale di dove | CITY:Montevideo
reverse-question | alexa quale paese ha come capitale lubiana | CITY:Lubiana
reverse-question | alexa quale stato americano ha come capitale sacramento | CITY:Sacramento
reverse-question | alexa tallahassee di quale stato è la capitale | CITY:Tallahassee
reverse-question | alexa di quale stato è capitale austin | CITY:Austin
reverse-question | alexa di quale land tedesco è capitale magonza | CITY:Magonza
reverse-question | alexa di che stato indiano è capitale jaipur | CITY:Jaipur
reverse-question | alexa manaus è la capitale di quale stato brasiliano | CITY:Manaus
reverse-question | alexa guadalajara è capitale di quale stato messicano | CITY:Guadalajara
reverse-question | alexa di cosa è capitale edimburgo | CITY:Edimburgo
reverse-question | alexa di che provincia canadese è capitale winnipeg | CITY:Winnipeg
reverse-question | alexa hobart è la capitale di quale stato australiano | CITY:Hobart
reverse-question | alexa nuuk è capitale di cosa | CITY:Nuuk
reverse-question | alexa dodoma è capitale di che paese | CITY:Dodoma
reverse-question | alexa skopje di quale paese è capitale | CITY:Skopje
reverse-question | alexa podgorica è capitale di quale paese | CITY:Podgorica
reverse-question | alexa di quale paese è capitale naypyidaw | CITY:Naypyidaw
reverse-question | alexa thimphu è la capitale di quale regno | CITY:Thimphu
reverse-question | alexa quale paese ha la capitale che si chiama moroni | CITY:Moroni
reverse-question | alexa di che nazione è capitale castries | CITY:Castries
reverse-question | alexa kingstown con la w di quale paese è capitale | CITY:Kingstown
reverse-question | alexa dushanbe è la capitale di che paese | CITY:Dushanbe
reverse-question | alexa porto novo è la capitale di che paese | CITY:Porto-Novo
reverse-question | alexa funafuti è la capitale di che stato | CITY:Funafuti
reverse-question | alexa neh gaborone di che paese è capitale | CITY:Gaborone
reverse-question | alexa al concorso c'era nouakchott capitale di quale paese | CITY:Nouakchott
reverse-question | alexa tegucigalpa è capitale di cosa | CITY:Tegucigalpa
official-name | alexa la capitale della repubblica federale di germania | DE
official-name | alexa la capitale della confederazione elvetica | CH
official-name | alexa la capitale del regno di spagna | ES
official-name | alexa la capitale della repubblica popolare cinese | CN
official-name | alexa la capitale degli stati uniti d'america | US
official-name | alexa la capitale della federazione russa | RU
official-name | alexa la capitale del regno unito di gran bretagna e irlanda del nord | GB
official-name | alexa la capitale della repubblica araba d'egitto | EG
official-name | alexa la capitale della repubblica islamica dell'iran | IR
official-name | alexa la capitale dello stato plurinazionale di bolivia | BO
official-name | alexa la capitale della repubblica bolivariana del venezuela | VE
official-name | alexa la capitale della repubblica socialista del vietnam | VN
official-name | alexa la capitale della repubblica popolare democratica di corea | KP
official-name | alexa la capitale della repubblica di corea | KR
official-name | alexa la capitale della repubblica ellenica | GR
official-name | alexa la capitale del regno hascemita di giordania | JO
official-name | alexa la capitale del principato di andorra | AD
official-name | alexa la capitale del granducato di lussemburgo | LU
official-name | alexa la capitale del principato del liechtenstein | LI
official-name | alexa la capitale della serenissima repubblica di san marino | SM
official-name | alexa la capitale dello stato della città del vaticano | VA
official-name | alexa la capitale della repubblica federale democratica d'etiopia | ET
official-name | alexa la capitale della repubblica unita di tanzania | TZ
official-name | alexa la capitale degli stati uniti messicani | MX
official-name | alexa la capitale della repubblica argentina | AR
official-name | alexa la capitale della repubblica portoghese | PT
official-name | alexa la capitale della repubblica francese | FR
official-name | alexa la capitale del regno del belgio | BE
official-name | alexa la capitale del regno di svezia | SE
official-name | alexa la capitale della repubblica del sudafrica | ZA
official-name | alexa la capitale della repubblica democratica del congo | CD
official-name | alexa la capitale della repubblica del congo quella di brazzaville | CG
official-name | alexa la capitale della repubblica centrafricana | CF
official-name | alexa la capitale della repubblica democratica di timor est | TL
official-name | alexa la capitale della repubblica di macedonia del nord | MK
official-name | alexa la capitale della repubblica kirghisa | KG
official-name | alexa la capitale degli emirati arabi uniti | AE
official-name | alexa la capitale della repubblica di cabo verde | CV
official-name | alexa la capitale del regno di eswatini | SZ
official-name | alexa la capitale della repubblica federale di somalia | SO
everyday-name | alexa la capitale dello zaire come diceva mio padre | CD
everyday-name | alexa la capitale del dahomey oggi benin | BJ
everyday-name | alexa la capitale dell'alto volta | BF
everyday-name | alexa la capitale della rhodesia oggi zimbabwe | ZW
everyday-name | alexa la capitale di formosa | TW
everyday-name | alexa la capitale dell'abissinia | ET
everyday-name | alexa la capitale della bosnia erzegovina | BA
everyday-name | alexa la capitale della macedonia | MK
everyday-name | alexa la capitale dell'america | US
everyday-name | alexa la capitale degli states | US
everyday-name | alexa la capitale della repubblica ceca | CZ
everyday-name | alexa la capitale della cechia | CZ
everyday-name | alexa la capitale del timor leste | TL
everyday-name | alexa la capitale della moldova | MD
everyday-name | alexa la capitale della kirghisia | KG
everyday-name | alexa la capitale del paese del sol levante | JP
everyday-name | alexa la capitale del paese dei canguri | AU
everyday-name | alexa la capitale dell'olanda per la nonna | NL
everyday-name | alexa la capitale della gran bretagna | GB
everyday-name | alexa la capitale dell'inghilterra per la gita | GB-ENG
everyday-name | alexa la capitale della costa d'oro oggi ghana | GH
everyday-name | alexa la capitale del bengala orientale oggi bangladesh | BD
everyday-name | alexa la capitale della birmania | MM
everyday-name | alexa la capitale della cambogia che una volta si chiamava kampuchea | KH
everyday-name | alexa la capitale della bielorussia o belarus | BY
everyday-name | alexa la capitale del belarus | BY
everyday-name | alexa la capitale dello swaziland | SZ
everyday-name | alexa la capitale della santa sede | VA
everyday-name | alexa la capitale della turchia oggi türkiye | TR
everyday-name | alexa la capitale della costa d'avorio cioè côte d'ivoire | CI
everyday-name | alexa la capitale del kampuchea democratica | KH
everyday-name | alexa la capitale delle isole figi | FJ
everyday-name | alexa la capitale degli emirati | AE
everyday-name | alexa la capitale della terra dei kiwi | NZ
everyday-name | alexa la capitale della ex jugoslavia oggi serbia | RS
shared-name | alexa la capitale della georgia | GE+US-GA
shared-name | alexa qual è la capitale del congo | CD+CG
shared-name | alexa la capitale della corea | KP+KR
shared-name | alexa le capitali delle due coree | KP+KR
shared-name | alexa le capitali dei due congo | CD+CG
shared-name | alexa le capitali dei due sudan | SD+SS
shared-name | alexa la capitale delle isole vergini | VG+VI
shared-name | alexa la capitale di washington | US-DC+US-WA
shared-name | alexa la capitale di new york | US-NY
shared-name | alexa la capitale del messico lo stato non il paese | MX-MEX
shared-name | alexa la capitale dello stato del messico | MX-MEX
shared-name | alexa la capitale di victoria in australia | AU-VIC
shared-name | alexa la capitale della georgia del sud | GS
shared-name | alexa la capitale di san paolo in brasile | BR-SP
shared-name | alexa la capitale di rio de janeiro | BR-RJ
shared-name | alexa la capitale del land di berlino | DE-BE
shared-name | alexa la capitale di amburgo il land | DE-HH
shared-name | alexa la capitale di brema | DE-HB
shared-name | alexa la capitale del punjab indiano | IN-PB
shared-name | alexa la capitale di delhi | IN-DL
shared-name | alexa la capitale del lussemburgo il paese | LU
shared-name | alexa la capitale di monaco il principato non la baviera | MC
shared-name | alexa la capitale di panama la nazione | PA
shared-name | alexa la capitale della dominica l'isola non la repubblica dominicana | DM
shared-name | alexa la capitale di guinea quella senza bissau | GN
shared-name | alexa la capitale della georgia stato americano | US-GA
shared-name | alexa le capitali delle isole vergini britanniche e americane | VG+VI
shared-name | alexa la capitale del sudan e del sud sudan | SD+SS
veronesi | alexa ostrega mia suocera chiede la capitale della repubblica centrafricana | CF
padovani | alexa xe un casin trovare la capitale del congo brazzaville | CG
comaschi | alexa la sciura va in gita a san marino e vuole sapere la capitale | SM
veronesi | alexa durante l'opera all'arena il vicino vuole sapere la capitale del perù | PE
padovani | alexa ocio che domani ho l'esame dimmi la capitale dell'afghanistan | AF
comaschi | alexa i frontalieri in coda alla dogana si chiedono la capitale del liechtenstein | LI
valtellinesi | alexa oh tè la capitale del lussemburgo | LU
modenesi | alexa dai mo che il gnocco si fredda la capitale del qatar | QA
langaroli | alexa neh per la fiera del tartufo la capitale dell'austria | AT
ciociari | alexa uà la capitale della romania | RO
casertani | alexa uè frà la capitale dell'angola | AO
cilentani | alexa ja che la zia aspetta la capitale della tunisia | TN
irpini | alexa mio zio in svizzera chiede la capitale dell'islanda | IS
ternani | alexa 'nnamo la capitale del venezuela | VE
ascolani | alexa ohi la capitale della colombia | CO
carrarini | alexa in cava si scommette sulla capitale del canada | CA
bellunesi | alexa 'ndemo la capitale della norvegia | NO
georgiani | alexa gamarjoba signora chiede capitale di kazakistan | KZ
singalesi | alexa ayubowan capitale di pakistan | PK
iraniani | alexa salam la capitale dell'azerbaigian | AZ
italo-venezuelani | alexa chamo la capitale del cile | CL
ivoriani | alexa ça va la capitale del niger | NE
russofoni | alexa blin la capitale della lituania | LT
olandesi | alexa hoi capitale di germania | DE
francesi-erasmus | alexa du coup la capitale del senegal | SN
turchi | alexa abi la capitale della georgia quella di tbilisi | GE
greci | alexa ela la capitale di cipro per il mio coinquilino | CY
camionisti | alexa al casello di melegnano la capitale della danimarca | DK
infermieri | alexa la caposala scommette sulla capitale dello zambia | ZM
studenti-medicina | alexa al test d'ingresso hanno chiesto la capitale del congo kinshasa | CD
concorsisti | alexa nel quiz del concorso in polizia la capitale della repubblica centrafricana | CF
quizzaroli | alexa all'eredità era uscita san marino qual è la sua capitale | SM
camionisti | alexa col bilico fermo in dogana a chiasso la capitale della svizzera | CH
infermieri | alexa in corsia una badante georgiana chiede la capitale della georgia | GE
greci | alexa nai la capitale della bulgaria | BG
turchi | alexa yani la capitale dell'uzbekistan | UZ
ivoriani | alexa mon frère la capitale della guinea | GN
italo-venezuelani | alexa epa la capitale di cuba mi pana | CU
iraniani | alexa khob la capitale dell'oman | OM
singalesi | alexa ow ow capitale di maldive | MV
georgiani | alexa madloba capitale di moldavia | MD
bellunesi | alexa bon la capitale dell'austria per la gita | AT
carrarini | alexa o bimbi la capitale dell'arabia saudita per il carico | SA
ascolani | alexa scì la capitale del brasile | BR
ternani | alexa me sa che non so la capitale del cile | CL
irpini | alexa che ce vò la capitale della germania | DE
cilentani | alexa mo mo la capitale del marocco | MA
casertani | alexa stamme a sentì la capitale dell'etiopia | ET
ciociari | alexa mo la capitale del belgio | BE
langaroli | alexa cerea la capitale della finlandia | FI
modenesi | alexa an's sa mai la capitale dell'egitto | EG
valtellinesi | alexa a bormio uno sciatore chiede la capitale della slovenia | SI
comaschi | alexa uè la capitale della francia per la sciura | FR
padovani | alexa bocia la capitale del vietnam | VN
veronesi | alexa sito mato la capitale della grecia | GR
casertani | alexa la capitale del congo quello di brazzaville per mio cognato | CG
cilentani | alexa a paestum una guida chiede la capitale di san marino | SM
plural-capitals | alexa mentre faccio i pizzoccheri dimmi le capitali della bolivia | BO
plural-capitals | alexa per il concorso in polizia mi servono le capitali della bolivia | BO
plural-capitals | alexa mia figlia dice che la bolivia ha due capitali dimmele tutte e due | BO
plural-capitals | alexa chamo las dos capitales de bolivia cuáles son | BO
plural-capitals | alexa al quiz del bar chiedono le capitali dell'eswatini quali sono | SZ
plural-capitals | alexa ocio che l'eswatini ha due capitali dimmele | SZ
plural-capitals | alexa quali sono le due capitali dello swaziland che oggi si chiama eswatini | SZ
plural-capitals | alexa in reparto una collega chiede le capitali dell'eswatini | SZ
plural-capitals | alexa mon frère quali sono le capitali della costa d'avorio | CI
plural-capitals | alexa dis moi les deux capitales de la côte d'ivoire | CI
plural-capitals | alexa per il test d'ingresso le capitali della costa d'avorio quali sono | CI
plural-capitals | alexa all'eredità hanno chiesto le capitali della costa d'avorio | CI
plural-capitals | alexa neh le capitali della malesia per il ripasso | MY
plural-capitals | alexa uè dimmi le tre capitali del sudafrica | ZA
plural-capitals | alexa per la verifica di geografia le capitali dei paesi bassi | NL
plural-capitals | alexa un paziente del benin dice che ci sono due capitali quali sono le capitali del benin | BJ
plural-capitals | alexa ayubowan mio figlio chiede le capitali dello sri lanka per scuola | LK
plural-capitals | alexa a trivial le capitali della palestina quali erano | PS
launch | alexa apri capitali del mondo che ripasso per il concorso | LAUNCH
launch | alexa avvia capitali del mondo mentre guido | LAUNCH
launch | alexa fai partire capitali del mondo per la nipote | LAUNCH
launch | alexa apri capitali del mondo che facciamo la sfida in reparto | LAUNCH
launch | alexa ocio apri capitali del mondo | LAUNCH
launch | alexa te set apri capitali del mondo | LAUNCH
launch | alexa dai mo avvia capitali del mondo | LAUNCH
launch | alexa ja apri capitali del mondo che c'è la zia | LAUNCH
launch | alexa 'nnamo apri capitali del mondo | LAUNCH
launch | alexa ohi fa' partire capitali del mondo | LAUNCH
launch | alexa bon apri capitali del mondo | LAUNCH
launch | alexa gamarjoba apri capitali del mondo per la signora | LAUNCH
launch | alexa ayubowan apri capitali del mondo | LAUNCH
launch | alexa salam apri capitali del mondo | LAUNCH
launch | alexa epa abre capitali del mondo | LAUNCH
launch | alexa du coup lance capitali del mondo | LAUNCH
launch | alexa davai apri capitali del mondo | LAUNCH
launch | alexa hoi start capitali del mondo | LAUNCH
launch | alexa hadi aç capitali del mondo | LAUNCH
launch | alexa ela anoixe capitali del mondo | LAUNCH
launch | alexa vorrei usare capitali del mondo per studiare | LAUNCH
launch | alexa puoi avviare la skill che si chiama capitali del mondo | LAUNCH
launch | alexa apri quel gioco capitali del mondo che mi ha detto mia figlia | LAUNCH
launch | alexa apri di nuovo capitali del mondo | LAUNCH
launch | alexa avvia capitali del mondo che stasera c'è il quiz con i coinquilini | LAUNCH
launch | alexa mamma mia apri capitali del mondo | LAUNCH
official-name | alexa nel passaporto c'è scritto repubblica di san marino qual è la capitale | SM
official-name | alexa per il concorso la capitale della repubblica centrafricana me la ripeti | CF
official-name | alexa la capitale della repubblica del congo non quella democratica | CG
official-name | alexa sul modulo c'è stato di israele la capitale qual è | IL
official-name | alexa sul documento c'è scritto repubblica islamica del pakistan qual è la capitale | PK
official-name | alexa per la dogana repubblica di turchia qual è la capitale | TR
official-name | alexa nel cruciverba c'è regno di norvegia capitale | NO
official-name | alexa per l'esame la capitale della repubblica di polonia | PL
official-name | alexa la maestra ha scritto repubblica federativa del brasile qual è la capitale | BR
official-name | alexa la capitale della repubblica dell'india per la tesina | IN
official-name | alexa sul visto c'è scritto federazione russa qual è la capitale | RU
official-name | alexa la capitale del regno di danimarca per il cruciverba | DK
official-name | alexa la capitale del commonwealth dell'australia | AU
official-name | alexa sulla busta c'è scritto repubblica di singapore la capitale | SG
official-name | alexa la capitale della repubblica slovacca per il concorso | SK
official-name | alexa la capitale della repubblica di croazia | HR
official-name | alexa la capitale della repubblica ellenica per il mio amico greco | GR
official-name | alexa la capitale della repubblica araba siriana | SY
official-name | alexa la capitale della repubblica del kazakistan | KZ
official-name | alexa la capitale del regno dei paesi bassi quella ufficiale | NL
official-name | alexa la capitale della repubblica democratica socialista dello sri lanka | LK
official-name | alexa la capitale dello stato indipendente di papua nuova guinea | PG
official-name | alexa la capitale della repubblica delle filippine | PH
official-name | alexa la capitale della repubblica di cuba per la festa dell'unità | CU
official-name | alexa la capitale del regno di tonga | TO
subdivision | alexa ostrega la capitale della california | US-CA
subdivision | alexa sul camion per la germania passo dalla baviera qual è la capitale | DE-BY
subdivision | alexa in crociera ci fermiamo in alaska qual è la capitale dello stato | US-AK
subdivision | alexa ocio che la capitale della florida non è miami dimmi qual è | US-FL
subdivision | alexa mia sorella si è trasferita a vancouver qual è la capitale della sua provincia | CA-BC
subdivision | alexa per il working holiday a melbourne qual è la capitale dello stato di victoria | AU-VIC
subdivision | alexa un paziente viene dal kerala qual è la capitale | IN-KL
subdivision | alexa un collega è del punjab quello indiano qual è la capitale | IN-PB
subdivision | alexa il mio compagno di stanza viene dal gujarat dimmi la capitale | IN-GJ
subdivision | alexa la signora che curo ha un figlio in baviera la capitale qual è | DE-BY
subdivision | alexa l'erasmus di mia figlia è in assia la capitale | DE-HE
subdivision | alexa i miei parenti emigrati stanno {} qual è la capitale dello stato | a san paolo in brasile=BR-SP; nel rio grande do sul=BR-RS; a santa catarina=BR-SC
subdivision | alexa al bar mi chiedono la capitale del new mexico | US-NM
subdivision | alexa la capitale dello stato di new york è albany o new york city | US-NY
subdivision | alexa la capitale del nord reno westfalia | DE-NW
subdivision | alexa la capitale della scozia per il viaggio in moto | GB-SCT
subdivision | alexa i tifosi del celtic vengono dalla scozia qual è la capitale | GB-SCT
subdivision | alexa a cardiff gioca l'italia di rugby è la capitale del galles | GB-WLS
subdivision | alexa per il tour in irlanda del nord dimmi la capitale | GB-NIR
subdivision | alexa la capitale della groenlandia per il documentario | GL
subdivision | alexa neh la capitale del queensland | AU-QLD
subdivision | alexa sto guardando un film girato in tasmania qual è la capitale | AU-TAS
subdivision | alexa la capitale dello stato di quintana roo dove c'è cancún | MX-ROO
subdivision | alexa per la luna di miele a cabo la capitale della bassa california del sud | MX-BCS
subdivision | alexa mio nipote suona nei mariachi e vuole la capitale del jalisco | MX-JAL
subdivision | alexa la capitale dello yucatán è mérida giusto | MX-YUC
subdivision | alexa la capitale di portorico dove è nato il reggaeton | PR
subdivision | alexa la capitale della polinesia francese per la crociera | PF
subdivision | alexa la capitale delle isole fær øer | FO
subdivision | alexa la capitale di tahiti | PF
subdivision | alexa la capitale delle hawaii dove va mia cugina in luna di miele | US-HI
subdivision | alexa la capitale del sikkim per il trekking | IN-SK
subdivision | alexa la capitale del maharashtra è bombay | IN-MH
subdivision | alexa la capitale dell'ontario per il mio amico canadese | CA-ON
subdivision | alexa la capitale dell'alberta dove c'è calgary | CA-AB
subdivision | alexa la capitale della tasmania per la tesina | AU-TAS
subdivision | alexa la capitale del brandeburgo vicino a berlino | DE-BB
subdivision | alexa la capitale della turingia per la gita | DE-TH
subdivision | alexa la capitale del baden-württemberg dove fanno le porsche | DE-BW
subdivision | alexa la capitale dello stato di goiás | BR-GO
subdivision | alexa la capitale del ceará per il volontariato | BR-CE
subdivision | alexa la capitale di amapá | BR-AP
subdivision | alexa la capitale di roraima | BR-RR
subdivision | alexa la capitale del tocantins | BR-TO
subdivision | alexa la capitale di sergipe | BR-SE
subdivision | alexa la capitale del coahuila | MX-COA
subdivision | alexa la capitale di sinaloa | MX-SIN
subdivision | alexa la capitale del tabasco | MX-TAB
subdivision | alexa la capitale di zacatecas | MX-ZAC
subdivision | alexa la capitale del nagaland | IN-NL
subdivision | alexa la capitale del mizoram | IN-MZ
subdivision | alexa la capitale del meghalaya | IN-ML
subdivision | alexa la capitale del jharkhand | IN-JH
subdivision | alexa la capitale del chhattisgarh | IN-CG
subdivision | alexa la capitale dell'andhra pradesh | IN-AP
subdivision | alexa la capitale dell'arunachal pradesh | IN-AR
subdivision | alexa la capitale del manipur | IN-MN
subdivision | alexa la capitale di tripura | IN-TR
subdivision | alexa la capitale di pondicherry | IN-PY
subdivision | alexa la capitale delle isole andamane | IN-AN
help | alexa gamarjoba come funziona io non capisco | HELP
help | alexa per il ripasso del concorso come la uso | HELP
help | alexa dai mo spiegami cosa fai | HELP
help | alexa mentre guido come ti chiedo le capitali | HELP
help | alexa 'nnamo spiegami come se fa | HELP
stop | alexa basta che è arrivata la caposala | STOP
stop | alexa stop che il cliente aspetta la mozzarella | STOP
stop | alexa esci che il gnocco è pronto | STOP
stop | alexa bon chiudi | STOP
stop | alexa basta che ha iniziato reazione a catena | STOP
cancel | alexa annulla che stavo parlando col collega al baracchino | CANCEL
cancel | alexa lascia perdere che la sciura ha già risposto | CANCEL
cancel | alexa annulla uà ho sbagliato | CANCEL
cancel | alexa lascia stare mi pana | CANCEL
cancel | alexa annulla la domanda del concorso | CANCEL
out-of-domain | alexa quanto costa il gasolio in austria | FB
out-of-domain | alexa dove mi fermo a dormire col camion vicino a bologna | FB
out-of-domain | alexa quanto dura il volo per colombo | FB
out-of-domain | alexa metti musica persiana | FB
out-of-domain | alexa metti la salsa venezuelana | FB
out-of-domain | alexa metti musica zouglou della costa d'avorio | FB
out-of-domain | alexa quanti gradi ci sono ad amsterdam | FB
out-of-domain | alexa come si dice capitale in francese | FB
out-of-domain | alexa qual è la squadra più forte della turchia | FB
out-of-domain | alexa quando ha vinto la grecia l'eurovision | FB
out-of-domain | alexa quante medaglie ha l'italia alle olimpiadi | FB
out-of-domain | alexa quanto pesa un blocco di marmo | FB
out-of-domain | alexa quando apre la stagione del tartufo bianco | FB
out-of-domain | alexa come si prepara il lardo di colonnata | FB
shared-name | alexa la capitale della georgia per il compito di geografia | GE+US-GA
shared-name | alexa neh mi dici la capitale del congo | CD+CG
shared-name | alexa uè frà la capitale della corea | KP+KR
shared-name | alexa ocio la capitale delle isole vergini | VG+VI
shared-name | alexa per il concorso la capitale di washington | US-DC+US-WA
shared-name | alexa al quiz del bar le capitali delle due coree | KP+KR
subdivision | alexa il parroco di montevergine chiede la capitale dello stato della città del vaticano | VA
subdivision | alexa in crociera ci fermiamo {} qual è la capitale | alle bermuda=BM; a gibilterra=GI; alla martinica=MQ
subdivision | alexa un cliente del caseificio viene {} qual è la capitale | dall'isola di jersey=JE; dalle isole fær øer=FO; dalla riunione=RE
subdivision | alexa per il tirocinio in india vado {} qual è la capitale dello stato | nel tamil nadu=IN-TN; nel bengala occidentale=IN-WB; nell'uttar pradesh=IN-UP
subdivision | alexa in vendemmia c'è un ragazzo {} qual è la capitale dello stato | di goa=IN-GA; dall'odisha=IN-OD; dal bihar=IN-BR
subdivision | alexa mia cugina fa la ragazza alla pari {} la capitale della provincia | nel saskatchewan=CA-SK; nel nuovo brunswick=CA-NB; sull'isola del principe edoardo=CA-PE
subdivision | alexa al quiz del bar la capitale dello stato {} | del vermont=US-VT; del delaware=US-DE; del rhode island=US-RI
subdivision | alexa la collega spagnola va in vacanza {} la capitale dello stato | in chiapas=MX-CHP; a veracruz=MX-VER; nel michoacán=MX-MIC
subdivision | alexa il camion va ad amburgo passando {} qual è la capitale del land | dallo schleswig holstein=DE-SH; dalla sassonia anhalt=DE-ST
"""

if __name__ == "__main__":
    build_round(47, "it", LINES, sys.argv, "tests/Eval/it/round47/source/build_corpus.py")
