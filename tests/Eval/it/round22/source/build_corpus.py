"""Round 22, Italian (it-IT): a new author's own mix, written blind. Speakers chosen away from the regions and groups
earlier Italian authors used: the Aosta Valley with French words ("alors", "bah", "ben", "voilà", "mon dieu", "pardon"),
San Marino ("burdèl", "te che sai tutto", "ma dai"), the lower Po valley of Mantua and Cremona ("adès", "sa ghè", "mò",
"ma sentì un po"), Ferrara and the Polesine ("dai mo", "ostia"), Irpinia and the Sannio ("jà", "sient a me", "chella",
"se chiama"), Catania ("talè", "bedda mia", "ma chi fa", "u sai"), Italo-Australians of Melbourne ("mate", "you know",
"no worries", "what's the capital of … in italiano"), Italo-Canadians of Toronto and Montreal ("anyway", "bon", "c'est
quoi", "la capitale of", "my mom wants to know"), second-generation Eritrean- and Ethiopian-Italians of Milan and Bologna
("selam", a mother from Asmara, a grandmother on the phone), Chinese-Italian teenagers of Prato (native Italian with a
Tuscan "o alexa", "raga", "bro", "tipo"), and grandparents and small children of these families. Situations: a bakery at
four in the morning, a fruit-and-vegetable stall, a vet's and a dentist's waiting room, a ski-lift queue and a ski
instructor, a campsite and the beach umbrellas, a lifeguard's chair, a ferry to Olbia and a late regional train, a
driving school, a town library and a museum attendant, a wine tasting, a truffle hunt, a carpenter's workshop, a pizza
oven, a tattoo studio, a flea market, a laundromat, a cycling group, a tennis club. Plus fillers and hesitations, terse
forms, self-corrections, follow-ups, yes/no checks, reverse questions, official, old and everyday names, shared names,
subdivisions and territories, out-of-domain near misses (other facts about a named country, "capitale" in other
senses), help, stop, cancel, launch and one-shot requests with the invocation name "capitali del mondo", and what it-IT
recognition writes (lost accents, "qual e", "qual'è", "qualè", joined or split names, English spellings).
`python3 tests/Eval/it/round22/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 22's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions in ordinary words.
plain-question | mi sapresti dire per favore la capitale {} | dello zambia=ZM; dello zimbabwe=ZW; del mozambico=MZ
plain-question | qual è la città capitale {} al giorno d'oggi | del kazakistan=KZ; del myanmar=MM
plain-question | ho un dubbio qual è la capitale {} | dell'uganda=UG; del ruanda=RW
plain-question | volevo chiederti qual è la capitale {} | del paraguay=PY; dell'uruguay=UY
plain-question | tu la sai la capitale {} | di vanuatu=VU; delle samoa=WS; delle tonga=TO
plain-question | come si chiama la capitale {} | del bahrein=BH; del qatar=QA
plain-question | dove ha sede il governo {} | dell'egitto=EG; dell'algeria=DZ

# Aosta Valley, French words in Italian.
aosta-valley | alors alexa qual è la capitale {} | della francia=FR; del belgio=BE
aosta-valley | bah non mi ricordo più la capitale {} tu la sai | della svizzera=CH; del liechtenstein=LI
aosta-valley | ben allora dimmi un po la capitale {} voilà | del marocco=MA; della tunisia=TN
aosta-valley | qui ad aosta stiamo discutendo qual è la capitale {} | del canada=CA; del québec=CA-QC
aosta-valley | mon dieu non la so la capitale {} me la dici | del gabon=GA; del camerun=CM; del togo=TG

# San Marino.
san-marino | burdèl ascolta alexa la capitale {} qual è | della slovenia=SI; della croazia=HR; del montenegro=ME
san-marino | ma dai te la sai la capitale {} | dell'albania=AL; della macedonia del nord=MK; del kosovo=XK
san-marino | qui a san marino ci chiediamo qual è la capitale {} | della serbia=RS; della bulgaria=BG
san-marino | e la capitale di san marino qual è | SM
san-marino | te che sai tutto dimmi la capitale {} | della moldavia=MD; dell'ucraina=UA

# Mantua, Cremona and the lower Po valley.
po-valley | adès alexa dimmi la capitale {} | della polonia=PL; della cechia=CZ; della slovacchia=SK
po-valley | ma sentì un po qual è la capitale {} | dell'ungheria=HU; dell'austria=AT
po-valley | mò come si chiama la capitale {} che non me la ricordo | della lituania=LT; della lettonia=LV
po-valley | sa ghè alexa la capitale {} | della danimarca=DK; della norvegia=NO

# Ferrara and the Polesine.
ferrara-polesine | dai mo alexa la capitale {} qual è | della finlandia=FI; dell'islanda=IS
ferrara-polesine | ostia non mi viene la capitale {} | del portogallo=PT; della spagna=ES
ferrara-polesine | qui nel polesine non c'è campo ma dimmi la capitale {} | di cipro=CY; di malta=MT
ferrara-polesine | senti bene la capitale {} come si chiama | della georgia nel caucaso=GE; dell'armenia=AM

# Irpinia and the Sannio.
irpinia | jà alexa dimmi la capitale {} | del perù=PE; della colombia=CO
irpinia | sient a me qual è la capitale {} | dell'argentina=AR; del cile=CL
irpinia | chella capitale {} come se chiama | della bolivia=BO; del guatemala=GT
irpinia | mio zio sta in {} da trent'anni qual è la capitale di là | venezuela=VE; svizzera=CH
irpinia | mio cugino emigrò {} qual è la capitale di lì | in australia=AU; in argentina=AR

# Catania.
catania | talè alexa la capitale {} qual è | della siria=SY; del libano=LB
catania | bedda mia dimmi la capitale {} | dell'iraq=IQ; dell'iran=IR
catania | ma chi fa mi dici la capitale {} | dell'arabia saudita=SA; dello yemen=YE; del kuwait=KW
catania | u sai la capitale {} | di malta=MT; della tunisia che è qua vicino=TN

# Italo-Australians in Melbourne.
italo-australian | hey mate qual è la capitale {} | della nuova zelanda=NZ; della papua nuova guinea=PG
italo-australian | you know la capitale {} com'è che si chiama | del queensland=AU-QLD; della tasmania=AU-TAS; dell'australia occidentale=AU-WA
italo-australian | alexa what's the capital of {} in italiano | nuovo galles del sud=AU-NSW; victoria in australia=AU-VIC; territorio del nord=AU-NT
italo-australian | mio nonno diceva che la capitale {} era sydney ma qual è davvero | dell'australia=AU; del nuovo galles del sud=AU-NSW
italo-australian | no worries alexa dimmi solo la capitale {} | di kiribati=KI; di tuvalu=TV; di nauru=NR

# Italo-Canadians in Toronto and Montreal.
italo-canadian | anyway qual è la capitale {} | della columbia britannica=CA-BC; dell'alberta=CA-AB; del manitoba=CA-MB
italo-canadian | bon alexa la capitale {} c'est quoi scusa qual è | della nuova scozia=CA-NS; del nuovo brunswick=CA-NB; del saskatchewan=CA-SK
italo-canadian | la capitale of {} dai dimmela | terranova=CA-NL; yukon=CA-YT; nunavut=CA-NU
italo-canadian | my mom wants to know la capitale {} | dell'isola del principe edoardo=CA-PE; dei territori del nord-ovest=CA-NT

# Eritrean- and Ethiopian-Italians of Milan and Bologna.
horn-italian | mia mamma è di asmara ma la capitale {} qual è | del sudan=SD; del sud sudan=SS; di gibuti=DJ
horn-italian | selam alexa dimmi la capitale {} | dell'eritrea=ER; dell'etiopia=ET
horn-italian | mia nonna mi chiede la capitale {} per telefono | del ciad=TD; del niger=NE
horn-italian | al corso di tigrino la maestra ha chiesto la capitale {} | del burundi=BI; del malawi=MW

# Chinese-Italian teenagers in Prato.
prato-teen | raga aspettate chiedo ad alexa la capitale {} | della cina=CN; di taiwan=TW
prato-teen | bro qual è la capitale {} tipo subito | del giappone=JP; della corea del sud=KR
prato-teen | o alexa la capitale {} la sai | del vietnam=VN; del laos=LA
prato-teen | mia madre dice che la capitale {} è un'altra città chi ha ragione | del kazakistan=KZ; del myanmar=MM
prato-teen | tipo per la verifica di domani la capitale {} qual è | della thailandia=TH; della malaysia=MY; delle filippine=PH

# At the bakery at four in the morning and at the market stall.
bakery-market | mentre impasto le brioche dimmi la capitale {} | del nepal=NP; del bhutan=BT
bakery-market | ho le mani nella farina alexa qual è la capitale {} | dello sri lanka=LK; delle maldive=MV
bakery-market | questi avocado vengono {} qual è la capitale | dal perù=PE; dal messico=MX
bakery-market | le banane sono {} e la capitale qual è | dell'ecuador=EC; della costa rica=CR; di panama=PA
bakery-market | il cliente mi chiede la capitale {} mentre peso le mele | del nicaragua=NI; di el salvador=SV

# At the vet's and at the dentist's waiting room.
waiting-room | sto aspettando il veterinario col cane dimmi la capitale {} | del lesotho=LS; del botswana=BW; della namibia=NA
waiting-room | in sala d'attesa dal dentista facciamo un gioco qual è la capitale {} | dell'angola=AO; del madagascar=MG; di mauritius=MU
waiting-room | c'è una rivista qui che parla {} qual è la capitale | delle seychelles=SC; delle comore=KM; di capo verde=CV
waiting-room | il gatto ha un nome strano si chiama come la capitale {} | del ghana=GH; della liberia=LR; della sierra leone=SL

# Ski lift queue, ski school, campsite and beach.
mountain-beach | in coda allo skilift alexa la capitale {} | di andorra=AD; del liechtenstein=LI
mountain-beach | il maestro di sci viene {} qual è la capitale | dalla norvegia=NO; dall'austria=AT
mountain-beach | al campeggio ci sono dei tedeschi {} qual è la loro capitale | della sassonia=DE-SN; della baviera=DE-BY
mountain-beach | dalla torretta del bagnino ti chiedo la capitale {} | delle bahamas=BS; di barbados=BB; della giamaica=JM
mountain-beach | quelli dell'ombrellone accanto vengono {} e la capitale qual è | dalla danimarca=DK; dall'olanda=NL

# Ferry to Sardinia and a late regional train.
ferry-train | sul traghetto per olbia non c'è niente da fare dimmi la capitale {} | della corsica no scusa della francia=FR; della grecia=GR
ferry-train | il regionale è in ritardo di quaranta minuti dimmi la capitale {} | della giordania=JO; di israele=IL
ferry-train | mentre aspetto la coincidenza qual è la capitale {} | del kirghizistan=KG; del tagikistan=TJ
ferry-train | il controllore è {} qual è la capitale | dell'uzbekistan=UZ; della moldavia=MD

# Driving school, library and museum.
school-library | alla scuola guida il quiz non c'entra ma la capitale {} qual è | dell'irlanda del nord=GB-NIR; della scozia=GB-SCT
school-library | sono in biblioteca a bassa voce alexa la capitale {} | della guinea=GN; della guinea equatoriale=GQ
school-library | al museo un visitatore mi ha chiesto la capitale {} | del benin=BJ; del burkina faso=BF
school-library | faccio il custode al museo egizio la capitale {} qual è | dell'egitto=EG; del sudan=SD
school-library | ricerca per la scuola la capitale {} | dell'indonesia=ID; di singapore=SG; del brunei=BN

# Wine cellar and tasting, truffles, carpenter, pizza oven.
craft-kitchen | questo vino arriva {} qual è la capitale | dalla georgia del caucaso=GE; dalla nuova zelanda=NZ
craft-kitchen | mentre cerco tartufi col cane dimmi la capitale {} | della croazia=HR; dell'ungheria=HU; della romania=RO
craft-kitchen | in falegnameria col legno {} mi chiedo qual è la capitale | del gabon=GA; del camerun=CM
craft-kitchen | aspetto che la pizza cuoce alexa la capitale {} | dell'india=IN; del pakistan=PK; dell'afghanistan=AF
craft-kitchen | al tasting il sommelier parla {} qual è la capitale | del sudafrica=ZA; dell'argentina=AR

# Tattoo studio, flea market, laundromat, cycling and tennis club.
town-life | mi sto facendo tatuare una mappa dimmi la capitale {} | del giappone=JP; della mongolia=MN
town-life | al mercatino delle pulci ho trovato una moneta {} qual è la capitale | della iugoslavia no della serbia=RS; del belgio=BE; dell'irlanda=IE
town-life | aspetto la lavatrice a gettoni la capitale {} qual è | del suriname=SR; della guyana=GY
town-life | in bici col gruppo ci chiediamo la capitale {} | del ruanda=RW; della colombia=CO
town-life | al circolo del tennis il maestro è {} qual è la capitale | dell'argentina=AR; della serbia=RS

# Grandparents and children of these families.
family | nonna vuole sapere la capitale {} dove andava da giovane | della libia=LY; dell'eritrea=ER
family | mio figlio di sei anni chiede la capitale {} | dell'islanda=IS; della groenlandia=GL
family | il bimbo ha visto un documentario sui pinguini qual è la capitale {} | del cile=CL; della nuova zelanda=NZ
family | nonno era marinaio e diceva sempre la capitale {} | di cuba=CU; della repubblica dominicana=DO
family | alexa la capitale {} per il compito della bimba | di saint lucia=LC; della grenada=GD; della dominica=DM

# Fillers and hesitations.
filler-hesitation | ehm allora vediamo la capitale {} | di antigua e barbuda=AG; di saint kitts e nevis=KN; di saint vincent e grenadine=VC
filler-hesitation | mmh come si chiama eh la capitale {} | di trinidad e tobago=TT; della micronesia=FM; di palau=PW
filler-hesitation | uhm aspetta eh qual è la capitale {} | delle isole marshall=MH; delle isole salomone=SB
filler-hesitation | dunque dunque la capitale {} cioè qual è | del timor est=TL; di são tomé e príncipe=ST
filler-hesitation | ecco e niente la capitale {} insomma | del gambia=GM; del senegal=SN
filler-hesitation | eh beh sì allora la capitale {} | dell'eswatini=SZ; del lesotho=LS

# Terse keyword forms.
terse-keyword | capitale {} alexa | nicaragua=NI; honduras=HN
terse-keyword | {} capitale | kirghizistan=KG; eritrea=ER
terse-keyword | capitale {} grazie | del laos=LA; della cambogia=KH
terse-keyword | la capitale {} e basta | del marocco=MA; dell'algeria=DZ
terse-keyword | alexa capitale {} | mongolia=MN; giordania=JO; oman=OM

# What it-IT recognition writes.
asr-artifact | qual e la capitale {} | del peru=PE; di sao tome e principe=ST
asr-artifact | qual'è la capitale {} | dell azerbaigian=AZ; dell uzbekistan=UZ
asr-artifact | qualè la capitale {} | del kazakhstan=KZ; del tajikistan=TJ
asr-artifact | qual e la capitale di {} | papuanuova guinea=PG; costa davorio=CI
asr-artifact | la capitale {} qual e | del camerun=CM; delle isole fiji=FJ; del turkmenistan=TM
asr-artifact | capitale della {} | guinea bissau=GW; bosnia erzegovina=BA; nuovazelanda=NZ
asr-artifact | qual e la capitale dello {} | swaziland=SZ; sri lanca=LK; yemen=YE

# One-shot requests with the invocation name.
one-shot | chiedi a capitali del mondo la capitale {} | del ghana=GH; della nigeria=NG; del niger=NE
one-shot | apri capitali del mondo e dimmi la capitale {} | della somalia=SO; del kenya=KE; della tanzania=TZ
one-shot | domanda a capitali del mondo qual è la capitale {} | del belize=BZ; del guatemala=GT; dell'honduras=HN
one-shot | usa capitali del mondo per la capitale {} | del bhutan=BT; del nepal=NP; delle maldive=MV
one-shot | alexa chiedi a capitali del mondo quali sono le capitali della bolivia | BO
one-shot | dì a capitali del mondo che voglio la capitale {} | della lettonia=LV; della lituania=LT; dell'estonia=EE

# Launch.
launch | apri capitali del mondo | LAUNCH
launch | alexa apri capitali del mondo per favore | LAUNCH
launch | avvia capitali del mondo | LAUNCH
launch | fammi giocare con capitali del mondo | LAUNCH
launch | bon alexa apri capitali del mondo | LAUNCH
launch | raga apro capitali del mondo alexa apri capitali del mondo | LAUNCH
launch | mettimi capitali del mondo | LAUNCH
launch | voglio capitali del mondo | LAUNCH
launch | alexa partiamo con capitali del mondo | LAUNCH
launch | ehm alexa capitali del mondo | LAUNCH
launch | apri la skill capitali del mondo | LAUNCH
launch | mi avvii capitali del mondo che la bimba vuole giocare | LAUNCH
launch | hey mate open capitali del mondo | LAUNCH
launch | alexa riapri capitali del mondo | LAUNCH
launch | apri capitali del mondo grazie | LAUNCH
launch | avviami la skill delle capitali del mondo | LAUNCH
launch | alexa attiva capitali del mondo | LAUNCH
launch | accendi capitali del mondo | LAUNCH
launch | alexa lancia capitali del mondo per il nonno | LAUNCH
launch | fai partire capitali del mondo sull'echo della cucina | LAUNCH

# Help.
help | aiuto | HELP
help | come funziona | HELP
help | alexa aiutami non ho capito come si usa | HELP
help | cosa posso chiederti | HELP
help | che cosa sai fare | HELP
help | bah non capisco come funziona questa cosa | HELP
help | mi spieghi come si gioca | HELP
help | quali domande ti posso fare | HELP
help | help me please non so cosa dire | HELP
help | nonna non sa come si usa me lo spieghi | HELP
help | come ti devo chiedere le capitali | HELP
help | raga come funziona sta skill | HELP
help | dammi qualche istruzione | HELP
help | non so cosa chiedere aiutami tu | HELP
help | mi dai una mano | HELP
help | cosa devo dire per sapere una capitale | HELP
help | alexa ho bisogno di aiuto con questa skill | HELP
help | spiegami le regole | HELP
help | che comandi ci sono | HELP
help | aiuto aiuto come si fa | HELP
help | in che modo ti chiedo le cose | HELP
help | come posso usarti | HELP

# Stop.
stop | stop | STOP
stop | basta così grazie | STOP
stop | esci dalla skill | STOP
stop | chiudi capitali del mondo | STOP
stop | alexa fermati | STOP
stop | ho finito ciao | STOP
stop | ok basta per oggi | STOP
stop | esci pure | STOP
stop | basta bro | STOP
stop | alexa spegniti | STOP
stop | chiudi tutto | STOP
stop | smettila adesso | STOP
stop | ok mate that's enough basta | STOP
stop | voilà ho finito esci | STOP
stop | finiamola qui | STOP
stop | stop stop stop | STOP
stop | alexa esci per favore | STOP
stop | la pizza è pronta chiudi | STOP
stop | chiudi l'applicazione | STOP
stop | basta con le capitali | STOP
stop | smetti di parlare | STOP
stop | è ora di cena chiudi la skill | STOP

# Cancel.
cancel | annulla | CANCEL
cancel | lascia perdere | CANCEL
cancel | no annulla la domanda | CANCEL
cancel | lascia stare non importa | CANCEL
cancel | annulla tutto | CANCEL
cancel | ho cambiato idea | CANCEL
cancel | niente lascia perdere | CANCEL
cancel | no no annulla | CANCEL
cancel | alexa annulla quello che ho detto | CANCEL
cancel | lascia stare bedda | CANCEL
cancel | annulla la richiesta | CANCEL
cancel | cancella la domanda | CANCEL
cancel | bah lascia perdere dai | CANCEL
cancel | anyway lascia stare | CANCEL
cancel | annulla per favore | CANCEL
cancel | non fa niente lascia perdere | CANCEL
cancel | annulla l'ultima cosa | CANCEL
cancel | dimentica la domanda | CANCEL
cancel | lascia perdere raga | CANCEL
cancel | annullare | CANCEL

# Follow-ups after a first answer.
follow-up | e quella {} | del canada=CA; del messico=MX; di cuba=CU
follow-up | ok e {} | la francia=FR; il portogallo=PT; la spagna=ES
follow-up | e invece la capitale {} | della svezia=SE; della danimarca=DK; della finlandia=FI
follow-up | perfetto e adesso {} | l'olanda=NL; il belgio=BE; la germania=DE
follow-up | e già che ci sei {} | la grecia=GR; la turchia=TR; cipro=CY
follow-up | bene e la capitale {} dopo | dell'austria=AT; della svizzera=CH; della polonia=PL
follow-up | e poi {} | il cile=CL; il perù=PE; la bolivia=BO
follow-up | ancora una e {} | il giappone=JP; la cina=CN; la corea del sud=KR
follow-up | ok adesso fammi {} | l'egitto=EG; la libia=LY; il sudan=SD
follow-up | e quella {} invece | dell'india=IN; del pakistan=PK; del bangladesh=BD

# Self-corrections: the place said last.
self-correction | la capitale della slovacchia no scusa {} | della slovenia=SI; della croazia=HR; dell'ungheria=HU
self-correction | qual è la capitale dell'austria anzi {} | dell'australia=AU; della svizzera=CH; della germania=DE
self-correction | la capitale del niger cioè volevo dire {} | della nigeria=NG; del ghana=GH; del mali=ML
self-correction | dimmi la capitale della guinea no aspetta {} | della guinea equatoriale=GQ; della guinea-bissau=GW; della papua nuova guinea=PG
self-correction | la capitale dell'iran ehm no {} | dell'iraq=IQ; della siria=SY; del libano=LB
self-correction | qual è la capitale della dominica o meglio {} | della repubblica dominicana=DO; di haiti=HT; di cuba=CU
self-correction | la capitale del sudan no mi sono sbagliato {} | del sud sudan=SS; dell'etiopia=ET; dell'eritrea=ER
self-correction | alexa la capitale della colombia ah no {} | del venezuela=VE; dell'ecuador=EC; del perù=PE
self-correction | la capitale della lettonia anzi no {} | della lituania=LT; dell'estonia=EE; della bielorussia=BY
self-correction | bah la capitale del marocco pardon {} | dell'algeria=DZ; della tunisia=TN; della mauritania=MR

# Yes/no checks: the place asked about.
yes-no-check | la capitale {} è sydney vero | dell'australia=AU; del nuovo galles del sud=AU-NSW
yes-no-check | ma è vero che la capitale {} è istanbul | della turchia=TR
yes-no-check | la capitale del canada è toronto o sbaglio | CA
yes-no-check | la capitale del brasile è rio de janeiro giusto | BR
yes-no-check | mi confermi che la capitale della svizzera è zurigo | CH
yes-no-check | è lagos la capitale della nigeria | NG
yes-no-check | la capitale del marocco è casablanca | MA
yes-no-check | la capitale della nuova zelanda non è auckland | NZ
yes-no-check | ho ragione io la capitale del vietnam è hanoi | VN
yes-no-check | la capitale del kazakistan è ancora almaty | KZ
yes-no-check | è giusto dire che la capitale della bolivia è la paz | BO
yes-no-check | la capitale del myanmar è rangoon o no | MM
yes-no-check | scommetto che la capitale della tanzania è dar es salaam dimmi se ho vinto | TZ
yes-no-check | la capitale degli stati uniti è new york vero | US
yes-no-check | mio figlio dice che la capitale della scozia è glasgow ha ragione | GB-SCT
yes-no-check | la capitale del pakistan è karachi giusto | PK
yes-no-check | alexa è abidjan la capitale della costa d'avorio | CI
yes-no-check | la capitale del camerun è douala sì o no | CM
yes-no-check | talè la capitale della sicilia no della spagna è barcellona vero | ES
yes-no-check | la capitale della cina è shanghai o pechino | CN
yes-no-check | ma la capitale dell'india è mumbai | IN
yes-no-check | ben la capitale del belgio è anversa non è vero | BE

# Reverse questions: the place with that capital.
reverse-question | {} è la capitale di quale paese | ouagadougou=CITY:Ouagadougou; tegucigalpa=CITY:Tegucigalpa; ulan bator=CITY:Ulan Bator
reverse-question | di che paese è capitale {} | canberra=CITY:Canberra; kingston=CITY:Kingston; victoria=CITY:Victoria
reverse-question | {} di che stato è la capitale | windhoek=CITY:Windhoek; paramaribo=CITY:Paramaribo; ashgabat=CITY:Ashgabat
reverse-question | alexa {} è capitale di cosa | nuuk=CITY:Nuuk; reykjavík=CITY:Reykjavík; tórshavn=CITY:Tórshavn
reverse-question | quale stato americano ha come capitale {} | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; austin=CITY:Austin
reverse-question | in quale nazione si trova la capitale {} | vientiane=CITY:Vientiane; thimphu=CITY:Thimphu; dili=CITY:Dili
reverse-question | talè {} capitale di che è | lubiana=CITY:Lubiana; zagabria=CITY:Zagabria; skopje=CITY:Skopje
reverse-question | il cruciverba chiede di che paese è capitale {} | asmara=CITY:Asmara; bamako=CITY:Bamako; niamey=CITY:Niamey
reverse-question | la città di {} è capitale di quale posto | halifax=CITY:Halifax; stoccarda=CITY:Stoccarda; edimburgo=CITY:Edimburgo

# Official names.
official-name | qual è la capitale della {} | repubblica ellenica=GR; confederazione svizzera=CH; federazione russa=RU
official-name | dimmi la capitale del {} | regno hascemita di giordania=JO; regno del marocco=MA; regno di eswatini=SZ
official-name | la capitale della repubblica {} qual è | popolare cinese=CN; islamica dell'iran=IR; araba d'egitto=EG
official-name | capitale degli {} | stati uniti d'america=US; stati uniti messicani=MX; emirati arabi uniti=AE
official-name | la capitale del regno unito di gran bretagna e irlanda del nord | GB
official-name | qual è la capitale dello stato plurinazionale della bolivia | BO
official-name | la capitale della repubblica popolare democratica di corea | KP
official-name | la capitale della repubblica di corea qual è | KR
official-name | la capitale della repubblica federale di germania | DE
official-name | la capitale della repubblica federale democratica d'etiopia | ET
official-name | la capitale dello stato della città del vaticano | VA
official-name | qual è la capitale della repubblica socialista del vietnam | VN
official-name | la capitale del principato di monaco | MC
official-name | qual è la capitale della repubblica di moldova | MD
official-name | la capitale della repubblica bolivariana del venezuela | VE
official-name | capitale del regno di thailandia | TH

# Everyday and short names.
everyday-name | la capitale {} qual è | dell'america=US; degli usa=US; dell'olanda=NL
everyday-name | alexa dimmi la capitale {} | della gran bretagna=GB; dell'inghilterra=GB-ENG; degli emirati=AE
everyday-name | capitale {} per favore | della bosnia=BA; della macedonia=MK; del centrafrica=CF
everyday-name | mi serve la capitale {} | del congo kinshasa=CD; del congo brazzaville=CG; della rdc=CD
everyday-name | dimmi un po la capitale del {} | vaticano=VA; timor=TL; burkina=BF
everyday-name | la capitale della {} | santa sede=VA; repubblica ceca=CZ; russia bianca=BY
everyday-name | la capitale {} come si chiama già | di trinidad=TT; della moldova=MD; del salvador=SV
everyday-name | la capitale {} che non ricordo mai | della belarus=BY; della papua=PG; dell'uk=GB

# Old names.
old-name | la capitale {} qual era | della persia=IR; del siam=TH; dell'abissinia=ET
old-name | mio nonno dice {} qual è la capitale | ceylon=LK; birmania=MM; formosa=TW
old-name | dimmi la capitale {} | dello zaire=CD; della rhodesia=ZW; del dahomey=BJ
old-name | qual è la capitale dell'alto volta | BF
old-name | la capitale dello swaziland | SZ

# Shared names: all the places, or the one pointed at.
shared-name | qual è la capitale della corea | KP+KR
shared-name | la capitale del congo | CD+CG
shared-name | qual è la capitale della georgia | GE+US-GA
shared-name | dimmi le capitali delle due coree | KP+KR
shared-name | le capitali dei due congo | CD+CG
shared-name | qual è la capitale delle isole vergini | VG+VI
shared-name | la capitale del congo quello grande | CD
shared-name | la capitale della georgia lo stato americano | US-GA
shared-name | la capitale della corea quella del nord | KP
shared-name | la capitale della georgia quella vicino alla russia | GE
shared-name | la capitale delle isole vergini britanniche | VG
shared-name | la capitale delle isole vergini americane | VI
shared-name | capitale del congo quello francese | CG
shared-name | la capitale della corea quella del kpop | KR
shared-name | bro la capitale delle coree | KP+KR

# Several capitals, asked in the plural.
plural-capitals | quali sono le capitali {} | del sudafrica=ZA; della bolivia=BO; dei paesi bassi=NL
plural-capitals | dimmi tutte e due le capitali {} | della malaysia=MY; dello sri lanka=LK; del benin=BJ
plural-capitals | quante capitali ha {} e quali sono | la costa d'avorio=CI; l'eswatini=SZ; la palestina=PS
plural-capitals | le tre capitali del sudafrica come si chiamano | ZA
plural-capitals | ho letto che la bolivia ha due capitali quali sono | BO
plural-capitals | l'olanda ha due capitali me le dici | NL
plural-capitals | le capitali della malaysia quali sono | MY
plural-capitals | mi dici entrambe le capitali dello sri lanka | LK
plural-capitals | il benin ha più di una capitale vero quali | BJ
plural-capitals | quali sono le due capitali della costa d'avorio | CI
plural-capitals | lo swaziland ha due capitali dimmele | SZ
plural-capitals | le capitali della palestina quali sono | PS
plural-capitals | le capitali {} quali sono | del jammu e kashmir=IN-JK; dell'uttarakhand=IN-UK; di montserrat=MS

# Subdivisions: states, provinces, Länder and nations.
subdivision | qual è la capitale dello stato {} | della california=US-CA; del texas=US-TX; della florida=US-FL
subdivision | la capitale {} negli stati uniti | dell'alaska=US-AK; delle hawaii=US-HI; del nevada=US-NV
subdivision | il capoluogo {} qual è | dell'ohio=US-OH; dell'illinois=US-IL; della pennsylvania=US-PA
subdivision | qual è la capitale del land {} | baviera=DE-BY; assia=DE-HE; sassonia=DE-SN
subdivision | la capitale {} in germania | della bassa sassonia=DE-NI; del baden-württemberg=DE-BW; della renania-palatinato=DE-RP
subdivision | capitale dello stato {} in brasile | di bahia=BR-BA; di minas gerais=BR-MG; di pernambuco=BR-PE
subdivision | la capitale dello stato {} in india | del kerala=IN-KL; del rajasthan=IN-RJ; di goa=IN-GA
subdivision | capitale dello stato messicano {} | di jalisco=MX-JAL; dello yucatán=MX-YUC; di oaxaca=MX-OAX
subdivision | la capitale {} | dello stato di new york=US-NY; dello stato di washington=US-WA; della virginia=US-VA
subdivision | mia zia abita {} qual è la capitale dello stato | in oregon=US-OR; nel colorado=US-CO; nel massachusetts=US-MA
subdivision | il capoluogo {} | della scozia=GB-SCT; del galles=GB-WLS; dell'inghilterra=GB-ENG
subdivision | la capitale dello stato {} | del tamil nadu=IN-TN; del maharashtra=IN-MH; del bengala occidentale=IN-WB
subdivision | quale città è capitale {} | del michigan=US-MI; del kentucky=US-KY; della louisiana=US-LA
subdivision | capitale dello stato {} | di san paolo=BR-SP; di rio grande do sul=BR-RS; dell'amazonas=BR-AM

# Territories and dependencies.
territory | sai qual è la capitale {} | della groenlandia=GL; delle isole fær øer=FO; di portorico=PR
territory | andiamo in crociera {} qual è la capitale | alle cayman=KY; ad aruba=AW; a curaçao=CW
territory | la capitale {} che è francese | della martinica=MQ; della guadalupa=GP; della riunione=RE
territory | la capitale {} dove si va in vacanza | delle bermuda=BM; di gibilterra=GI; dell'isola di man=IM
territory | qual è il capoluogo {} | della polinesia francese=PF; della nuova caledonia=NC; della guyana francese=GF
territory | mi dici la capitale {} per la cartolina | delle isole falkland=FK; di jersey=JE; di guernsey=GG
territory | la capitale {} come si chiama | delle isole cook=CK; di guam=GU; di sant'elena=SH

# Out of domain: other facts about a named country, "capitale" in other senses, everyday requests.
out-of-domain | quanti abitanti ha il perù | FB
out-of-domain | che lingua si parla in eritrea | FB
out-of-domain | qual è la moneta della svizzera | FB
out-of-domain | che ore sono a melbourne adesso | FB
out-of-domain | chi è il presidente del brasile | FB
out-of-domain | qual è la città più grande del canada | FB
out-of-domain | quanto dista roma da aosta | FB
out-of-domain | di che colori è la bandiera del senegal | FB
out-of-domain | qual è il prefisso telefonico della cina | FB
out-of-domain | serve il passaporto per andare in tunisia | FB
out-of-domain | com'è l'inno nazionale del giappone | FB
out-of-domain | che religione hanno in etiopia | FB
out-of-domain | con chi confina la mongolia | FB
out-of-domain | qual è il fiume più lungo dell'argentina | FB
out-of-domain | quanto è grande il kazakistan | FB
out-of-domain | che tempo fa a san marino | FB
out-of-domain | che tempo fa oggi a ferrara | FB
out-of-domain | metti un timer di venti minuti per il pane | FB
out-of-domain | accendi la luce in cucina | FB
out-of-domain | metti un po di musica italiana | FB
out-of-domain | aggiungi le uova alla lista della spesa | FB
out-of-domain | svegliami alle quattro per andare al forno | FB
out-of-domain | che cos'è il capitale sociale di una srl | FB
out-of-domain | chi ha scritto il capitale | FB
out-of-domain | quali sono i sette peccati capitali | FB
out-of-domain | in quali paesi c'è ancora la pena capitale | FB
out-of-domain | qual è la capitale europea della cultura quest'anno | FB
out-of-domain | milano è la capitale della moda | FB
out-of-domain | cosa vuol dire capitale umano | FB
out-of-domain | come si scrive capitale in inglese | FB
out-of-domain | quanto capitale serve per aprire una pizzeria | FB
out-of-domain | chi ha vinto il campionato australiano di calcio | FB
out-of-domain | a che ora parte il traghetto per olbia | FB
out-of-domain | quanto costa un biglietto del treno per mantova | FB
out-of-domain | raccontami una barzelletta | FB
out-of-domain | quanti anni hai alexa | FB
out-of-domain | traduci ciao in tigrino | FB
out-of-domain | come si dice grazie in cinese | FB
out-of-domain | quando apre la biblioteca comunale | FB
out-of-domain | che ore sono a toronto | FB
out-of-domain | quanti gradi ci sono a cervinia | FB
out-of-domain | metti la radio | FB
out-of-domain | chiama la mamma | FB
out-of-domain | qual è il piatto tipico della georgia | FB
out-of-domain | che fuso orario ha l'islanda | FB
out-of-domain | quanto costa la vita in norvegia | FB
out-of-domain | chi era il re del belgio | FB
out-of-domain | quale squadra ha vinto il tour de france | FB
out-of-domain | in che anno è diventata indipendente l'eritrea | FB
out-of-domain | cosa si mangia in vietnam | FB
out-of-domain | qual è la montagna più alta del giappone | FB
out-of-domain | come si arriva a cremona in macchina | FB
out-of-domain | qual è il vino più famoso del cile | FB
out-of-domain | quanti km ci sono da prato a firenze | FB
out-of-domain | metti la sveglia domani alle sei | FB
out-of-domain | quanto pesa un elefante | FB
out-of-domain | che giorno è oggi | FB
out-of-domain | spegni la televisione | FB
out-of-domain | dimmi le notizie di oggi | FB
out-of-domain | chi ha fondato roma | FB
out-of-domain | quanto fa sette per otto | FB
out-of-domain | come si cura la tosse del cane | FB
out-of-domain | quale vaccino serve per il kenya | FB
out-of-domain | che moneta usano in montenegro | FB
out-of-domain | quante regioni ha la francia | FB
out-of-domain | quanti stati ci sono negli stati uniti | FB
out-of-domain | chi è il primo ministro del canada | FB
out-of-domain | qual è la lingua ufficiale del brasile | FB
out-of-domain | cosa vedere a lisbona in tre giorni | FB
out-of-domain | quanti abitanti ha la capitale della francia | FB
out-of-domain | com'è il clima in tanzania a gennaio | FB
out-of-domain | mettimi la canzone di mahmood | FB
out-of-domain | ordina le crocchette per il gatto | FB
out-of-domain | quando giocano i bianconeri | FB
out-of-domain | cosa significa delitto capitale | FB
out-of-domain | la lettera maiuscola si chiama anche capitale | FB
out-of-domain | quanto è profondo il lago di garda | FB
out-of-domain | a che temperatura si cuoce la pizza | FB
out-of-domain | dimmi una ricetta col tartufo | FB
out-of-domain | qual è il capitale minimo di una spa | FB
out-of-domain | quali sono le città più belle della spagna | FB
out-of-domain | chi ha disegnato la bandiera dell'italia | FB
out-of-domain | che tempo fa a melbourne domani | FB
out-of-domain | come si dice buongiorno in francese | FB
out-of-domain | quante isole ha la grecia | FB
out-of-domain | quanto costa la benzina in svizzera | FB
out-of-domain | che sport si gioca in nuova zelanda | FB
out-of-domain | leggimi un audiolibro | FB
out-of-domain | ricordami di prendere il cane dal veterinario | FB
out-of-domain | cosa c'è in tv stasera | FB
out-of-domain | ho perso il telefono fallo squillare | FB
out-of-domain | quali sono gli ingredienti della pastiera | FB
out-of-domain | chi ha inventato il telefono | FB
out-of-domain | qual è la popolazione della capitale del giappone | FB
out-of-domain | che lingue si parlano in svizzera | FB
out-of-domain | quanti fusi orari ha la russia | FB
out-of-domain | dimmi qualcosa sul museo egizio | FB
out-of-domain | a quanti gradi si lava la lana in lavatrice | FB
out-of-domain | quanto dura il volo per sydney | FB
out-of-domain | qual è la capitale italiana del cibo secondo te | FB

# Second batch, after the first build: the three sovereign countries not yet asked, longer cancel, stop and help lines
# (many short ones were in earlier rounds), more out-of-domain near misses, and more places.
aosta-valley | ben alors la capitale {} me la ripeti | del granducato di lussemburgo=LU; della russia=RU; dell'italia=IT
san-marino | noi siamo dentro l'italia ma la capitale {} qual è per voi | dell'italia=IT
po-valley | mio nipote fa il camionista va fino {} dimmi la capitale | in russia=RU; in lussemburgo=LU; in olanda=NL
irpinia | jà mo dimmi la capitale {} che la maestra l'ha chiesta | d'italia=IT; della russia=RU
catania | bedda matri la capitale {} non me la ricordo | della federazione russa=RU; del lussemburgo=LU
cancel | no aspetta annulla non era quella la domanda | CANCEL
cancel | alexa lascia perdere ho sbagliato a chiedere | CANCEL
cancel | bah annulla la mia domanda di prima | CANCEL
cancel | lascia stare me lo dice la maestra domani | CANCEL
cancel | annulla annulla ho chiesto la cosa sbagliata | CANCEL
cancel | anyway lascia perdere non importa più | CANCEL
cancel | no mate annulla quella domanda | CANCEL
cancel | raga annulla che la verifica è rimandata | CANCEL
cancel | lascia perdere la capitale l'ho trovata sul libro | CANCEL
cancel | jà lascia stare non fa niente | CANCEL
cancel | annulla la domanda sulla capitale | CANCEL
cancel | ho sbagliato paese annulla | CANCEL
cancel | talè lascia perdere | CANCEL
cancel | annulla quello che ti ho chiesto per favore | CANCEL
stop | basta alexa devo aprire il forno | STOP
stop | esci dalle capitali del mondo per oggi ho finito | STOP
stop | ok burdèl abbiamo finito chiudi | STOP
stop | stop alexa arriva il dentista | STOP
stop | chiudi la skill che parte il traghetto | STOP
stop | basta così bro esci | STOP
stop | fermati che ci sono i clienti | STOP
stop | esci da capitali del mondo | STOP
stop | alexa chiudi pure grazie di tutto | STOP
stop | ok bon basta esci | STOP
help | non ho capito come ti devo fare la domanda sulle capitali | HELP
help | mi aiuti a usare capitali del mondo | HELP
help | alexa cosa fa questa skill delle capitali | HELP
help | raga come si usa ditemi voi alexa aiuto | HELP
help | mi spieghi cosa posso chiederti sulle capitali | HELP
help | bah aiutami non so come si fa | HELP
help | sient a me come funziona sta cosa | HELP
help | scusa ma che domande si possono fare qui | HELP
launch | apri capitali del mondo che facciamo la gara | LAUNCH
launch | alexa fai partire le capitali del mondo | LAUNCH
launch | burdèl apri capitali del mondo | LAUNCH
launch | avvia il gioco capitali del mondo | LAUNCH
out-of-domain | quanti abitanti ha il lussemburgo | FB
out-of-domain | qual è la lingua ufficiale della russia | FB
out-of-domain | chi è il presidente della repubblica italiana | FB
out-of-domain | quanti abitanti ha roma | FB
out-of-domain | qual è la seconda città del marocco | FB
out-of-domain | quanto è lontana la capitale dell'australia da melbourne | FB
out-of-domain | come si chiamano gli abitanti del burkina faso | FB
out-of-domain | quali paesi confinano con il lussemburgo | FB
out-of-domain | quando è la festa nazionale della francia | FB
out-of-domain | cosa vuol dire una questione capitale | FB
out-of-domain | metti un timer di dodici minuti per la pizza | FB
out-of-domain | quanto tempo ci vuole per andare in treno da aosta a torino | FB
out-of-domain | chi ha vinto l'ultimo mondiale di rugby | FB
out-of-domain | quanti chilometri è lunga l'italia | FB
out-of-domain | quante persone vivono in cina | FB
out-of-domain | qual è il porto più grande d'europa | FB
# More places.
territory | la capitale {} qual è mate | delle samoa americane=AS; dell'isola norfolk=NF; dell'isola christmas=CX
territory | il capoluogo {} dove sono stato in vacanza | di saint-barthélemy=BL; di saint martin=MF; di sint maarten=SX
territory | qual è il capoluogo {} che sono ancora francesi | di saint-pierre e miquelon=PM; di wallis e futuna=WF; di mayotte=YT
territory | la capitale {} che si vedono sulla mappa | delle isole turks e caicos=TC; delle isole marianne settentrionali=MP; delle isole pitcairn=PN
territory | la capitale {} bon | di anguilla=AI; delle isole åland=AX; dei caraibi olandesi=BQ
territory | la capitale {} per il collezionista di francobolli | di tokelau=TK; di niue=NU; delle isole cocos=CC
territory | capitale {} su al nord | dello svalbard=SJ; delle isole fær øer=FO; della groenlandia=GL
subdivision | capitale dello stato messicano {} dove fanno il caffè | di chiapas=MX-CHP; di sonora=MX-SON; di veracruz=MX-VER
subdivision | il capoluogo dello stato {} in brasile dove abita mia cugina | di santa catarina=BR-SC; di paraná=BR-PR; del ceará=BR-CE
subdivision | la capitale dello stato {} in india per il corso di yoga | dell'uttar pradesh=IN-UP; del karnataka=IN-KA; del gujarat=IN-GJ
subdivision | la capitale {} dove vivono i miei cugini | dell'arizona=US-AZ; dello utah=US-UT; del tennessee=US-TN
subdivision | il capoluogo {} in australia | dell'australia meridionale=AU-SA; del territorio della capitale australiana=AU-ACT; del victoria=AU-VIC
subdivision | qual è la capitale {} in germania | del brandeburgo=DE-BB; dello schleswig-holstein=DE-SH; della turingia=DE-TH
subdivision | la capitale {} nel canada | dell'ontario=CA-ON; della columbia britannica=CA-BC; del québec=CA-QC
follow-up | e adesso invece {} | la russia=RU; l'italia=IT; il lussemburgo=LU
follow-up | ok mate and {} | la nuova zelanda=NZ; le figi=FJ; la papua nuova guinea=PG
self-correction | la capitale della romania anzi no scusa {} | della russia=RU; della bulgaria=BG; della moldavia=MD
yes-no-check | la capitale della russia è san pietroburgo vero | RU
yes-no-check | la capitale del lussemburgo è lussemburgo stessa | LU
yes-no-check | la capitale d'italia è roma o milano | IT
yes-no-check | la capitale della germania è ancora bonn | DE
yes-no-check | la capitale del benin è cotonou o porto-novo | BJ
reverse-question | capitale di che paese è {} bon | ottawa=CITY:Ottawa; berna=CITY:Berna; la valletta=CITY:La Valletta
reverse-question | {} è la capitale di dove raga | pyongyang=CITY:Pyongyang; naypyidaw=CITY:Naypyidaw; astana=CITY:Astana
plural-capitals | raga quali sono le capitali {} | del sudafrica=ZA; della malaysia=MY; della costa d'avorio=CI
plural-capitals | le due capitali {} mate | della bolivia=BO; dello sri lanka=LK; dell'eswatini=SZ
plural-capitals | quali capitali ha {} | il benin=BJ; l'olanda=NL; la palestina=PS
"""

if __name__ == "__main__":
    build_round(22, "it", LINES, sys.argv, "tests/Eval/it/round22/source/build_corpus.py")
