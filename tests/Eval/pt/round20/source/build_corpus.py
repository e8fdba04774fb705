"""Round 20, Portuguese (pt-BR): a new author's own mix, written blind. Speakers: capixabas of Espírito Santo ("ô
alexa é pocar", "nó"), manezinhos of Florianópolis ("ó-lhó-lhó", "tás tolo", "tu queres"), cuiabanos of Mato Grosso
("tchá por deus", "pai do céu"), candangos of Brasília ("véi", "pô véi", "tipo assim"), baianos of Salvador ("é barril",
"ó paí ó", "pai"), cearenses ("mah", "macho", "tu é doido"), pernambucanos ("arretado", "massa", "boy"); nikkei families
of São Paulo and Paraná, Italian and German descendants of the Serra Gaúcha and the Vale do Itajaí, immigrants learning
Portuguese (Haitians, Chinese, Koreans, an American, a Senegalese: missing articles, wrong genders), K-pop and anime fans,
gamers and streamers, grandparents watching documentaries, small children with a globe from their grandfather.
Situations: the word game adedonha (stop), the board game War, a samba school's theme, a nurse's night shift, a ride-app
driver with a foreign passenger, the hair salon, a farm exporting soya and coffee, foreign trade at the office, a
missionary trip, dual citizenship and the consulate, a surf championship, UFC, chess, the Pan American games, road
trips to the Atacama and Patagonia, recipes (ceviche, couscous, curry), a geography teacher preparing a class, Bible
study, a podcast. Plus fillers ("tipo", "então", "hã", "peraí"), self-corrections, follow-ups, checks, reverse questions,
official and old names, and what pt-BR recognition writes: lost accents ("tailandia", "butao"), split or joined names
("bielo rússia", "novazelândia"), English spellings ("myanmar", "kosovo").
`python3 tests/Eval/pt/round20/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 20's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions, neutral.
plain-question | qual é a capital {} | do burquina faso=BF; da eritreia=ER; do suriname=SR
plain-question | me fala a capital {} | da mauritânia=MR; de belize=BZ; do malaui=MW
plain-question | qual que é a capital {} agora | do quirguistão=KG; do turcomenistão=TM; do tadjiquistão=TJ
plain-question | sabe me dizer a capital {} | das ilhas salomão=SB; de vanuatu=VU; de fiji=FJ
plain-question | a capital {} qual é mesmo | do lesoto=LS; de botsuana=BW; do zimbábue=ZW
plain-question | que cidade é a capital {} | da guiana=GY; da namíbia=NA; da zâmbia=ZM
plain-question | queria saber a capital {} | de andorra=AD; de liechtenstein=LI; de san marino=SM
plain-question | capital {} por favor | do gabão=GA; de camarões=CM; do chade=TD

# Fillers and hesitations.
filler-hesitation | hã então tipo qual é a capital {} | do cazaquistão=KZ; do uzbequistão=UZ; da mongólia=MN
filler-hesitation | peraí deixa eu ver é hã a capital {} | da guatemala=GT; de honduras=HN; da nicarágua=NI
filler-hesitation | então assim é que eu queria a capital {} | da jamaica=JM; do haiti=HT; de cuba=CU
filler-hesitation | éé hum qual a capital {} mesmo | do togo=TG; do benin=BJ; de serra leoa=SL
filler-hesitation | tipo assim sabe a capital {} | da moldávia=MD; da ucrânia=UA; da lituânia=LT
filler-hesitation | ahn alexa ahn a capital {} | da libéria=LR; da gâmbia=GM; da guiné=GN

# Capixabas of Espírito Santo.
capixaba | ô alexa é pocar a capital {} qual é | da finlândia=FI; da estônia=EE; da letônia=LV
capixaba | nó alexa me diz aí a capital {} | do omã=OM; do barein=BH; do catar=QA
capixaba | aqui de vila velha eu quero saber a capital {} | da tunísia=TN; da líbia=LY; da argélia=DZ

# Manezinhos of Florianópolis.
manezinho | ó-lhó-lhó alexa tu sabes a capital {} | do nepal=NP; do butão=BT; de bangladesh=BD
manezinho | tás tolo alexa qual é a capital {} | da bulgária=BG; da romênia=RO; da albânia=AL
manezinho | tu queres me dizer a capital {} ou não | da grécia=GR; da turquia=TR; da etiópia=ET

# Cuiabanos.
cuiabano | tchá por deus alexa qual é a capital {} | do paraguai=PY; do uruguai=UY; do equador=EC
cuiabano | pai do céu esqueci a capital {} | da eslovênia=SI; da eslováquia=SK; da croácia=HR
cuiabano | aqui em cuiabá tá um calor danado mas me fala a capital {} | do brunei=BN; das filipinas=PH; da indonésia=ID

# Candangos of Brasília.
candango | pô véi qual é a capital {} | de tuvalu=TV; de nauru=NR; de palau=PW
candango | véi tipo assim a capital {} é qual | de quiribati=KI; da micronésia=FM; das ilhas marshall=MH
candango | aqui do plano piloto véi me diz a capital {} | de gana=GH; do senegal=SN; da nigéria=NG

# Baianos.
baiano | é barril pai qual a capital {} | do mali=ML; do níger=NE; de moçambique=MZ
baiano | ó paí ó alexa me diga a capital {} | do quênia=KE; de uganda=UG; de ruanda=RW
baiano | ô minha filha a capital {} qual é que é | da tanzânia=TZ; do burundi=BI; da somália=SO

# Cearenses.
cearense | mah alexa qual é a capital {} | do sudão=SD; do sudão do sul=SS; de djibuti=DJ
cearense | macho tu sabe a capital {} | do iêmen=YE; da jordânia=JO; do líbano=LB
cearense | tu é doido eu não lembro a capital {} | da síria=SY; do iraque=IQ; do afeganistão=AF

# Pernambucanos.
pernambucano | ô boy qual é a capital {} | de cabo verde=CV; de são tomé e príncipe=ST; da guiné-bissau=GW
pernambucano | que massa alexa me diz a capital {} | de angola=AO; de moçambique que eu esqueci=MZ; de timor-leste=TL
pernambucano | arretado isso aqui alexa a capital {} | do paquistão=PK; do sri lanka=LK; das maldivas=MV

# Nikkei families, Japanese descendants.
nikkei | minha batchan nasceu {} qual é a capital de lá | no japão=JP; em okinawa no japão=JP
nikkei | meu primo foi de dekassegui e agora tá pensando em ir pra {} qual é a capital | austrália=AU; canadá=CA; nova zelândia=NZ

# Italian and German descendants in the South.
descendant | meu nono veio {} qual é a capital de lá | da itália=IT; do vêneto lá da itália=IT
descendant | meu bisavô era {} alexa qual é a capital do país dele | alemão=DE; austríaco=AT; polonês=PL
descendant | tô tirando a cidadania {} me lembra a capital | italiana=IT; portuguesa=PT; espanhola=ES

# Immigrants and learners of Portuguese.
learner | eu estudo português qual é capital de {} | china=CN; coreia do norte=KP; vietnã=VN
learner | desculpa meu português o capital de {} é qual | haiti=HT; senegal=SN; estados unidos=US
learner | alexa por favor capital {} eu não sabe | da frança=FR; do egito=EG; da índia=IN

# K-pop, anime and gamers.
fan-culture | tô planejando ver meu bias em {} qual a capital desse país | coreia do sul=KR
fan-culture | vou fazer cosplay de personagem de {} qual é a capital de lá | japão=JP; china=CN
gamer | no jogo de geografia pediu a capital {} e eu travei | da arábia saudita=SA; do kuwait=KW; dos emirados árabes unidos=AE
gamer | tô em live e o chat quer saber a capital {} | do azerbaijão=AZ; da armênia=AM; da geórgia o país=GE

# Adedonha (stop) and the board game War.
word-game | tô jogando adedonha qual capital {} | do quirguistão=KG; de malta=MT; de mônaco=MC
word-game | no stop saiu a letra b me ajuda qual é a capital {} | da hungria=HU; da sérvia=RS; da bélgica=BE
word-game | tô jogando war e conquistei {} qual a capital de lá | a mongólia=MN; o vietnã=VN; a dinamarca=DK

# Samba school theme.
carnival | o enredo da escola de samba esse ano é sobre {} qual é a capital | angola=AO; o senegal=SN; a nigéria=NG
carnival | a ala da minha escola vai homenagear {} qual é a capital de lá | cuba=CU; o haiti=HT; a jamaica=JM

# Work: nurses, ride-app drivers, salons, farms, foreign trade.
work | tô de plantão aqui no hospital e bateu a dúvida qual é a capital {} | da hungria=HU; da tchéquia=CZ; da polônia=PL
work | tenho um passageiro gringo aqui no carro ele é {} qual é a capital de lá | da holanda=NL; da bélgica=BE; da suíça=CH
work | aqui no salão a cliente quer saber a capital {} | da espanha=ES; da noruega=NO; da suécia=SE
work | a gente exporta soja pra {} qual é a capital | o vietnã=VN; a tailândia=TH; a malásia=MY
work | a carga de café vai pra {} me fala a capital | o marrocos=MA; a argélia=DZ; a tunísia=TN
work | tenho reunião com cliente {} amanhã qual é a capital | do panamá=PA; da costa rica=CR; de el salvador=SV

# A missionary trip, Bible study.
church | a missão da igreja vai pra {} qual é a capital | moçambique=MZ; o malaui=MW; a zâmbia=ZM
church | no estudo bíblico falaram de {} qual é a capital hoje | israel=IL; egito=EG; babilônia que hoje é o iraque=IQ

# Sport.
sport | a etapa do mundial de surfe é em {} qual a capital | fiji=FJ; el salvador=SV; portugal=PT
sport | o lutador do ufc é {} qual a capital do país dele | do daguestão na rússia=RU; da geórgia o país=GE; do cazaquistão=KZ
sport | a olimpíada de xadrez vai ser {} qual é a capital | na hungria=HU; no uzbequistão=UZ; na índia=IN
sport | o brasil joga o pan contra {} qual a capital deles | o canadá=CA; a república dominicana=DO; o peru=PE

# Travel by road, plane, consulates.
travel | vou de carro até {} qual é a capital | o chile=CL; a argentina=AR; a bolívia pelo pantanal=BO
travel | minha mochila tá pronta pra {} a capital qual é | o atacama no chile=CL; a patagônia argentina=AR
travel | vou pedir visto pra {} qual é a capital | o canadá=CA; a austrália=AU; o reino unido=GB
travel | tem voo direto pra {} qual a capital | o panamá=PA; a colômbia=CO; a venezuela=VE

# Kitchen.
kitchen | tô fazendo ceviche que é {} e me bateu a dúvida da capital | do peru=PE; do equador=EC
kitchen | a receita de cuscuz é {} qual a capital de lá | do marrocos=MA; da argélia=DZ; da tunísia=TN
kitchen | com a mão na massa aqui qual é a capital {} | da índia=IN; do sri lanka=LK; do nepal=NP

# Car.
car | tô dirigindo não dá pra olhar o celular a capital {} qual é | do canadá=CA; do méxico=MX; dos estados unidos=US

# Homework, the geography teacher.
homework | tenho trabalho de geografia sobre {} qual é a capital | papua-nova guiné=PG; samoa=WS; tonga=TO
homework | eu sou professora tô preparando a aula sobre o caribe qual é a capital {} | de barbados=BB; das bahamas=BS; de granada=GD
homework | minha filha tem prova amanhã a capital {} ela não lembra | de santa lúcia=LC; de dominica=DM; de são vicente e granadinas=VC

# Children.
child | alexa eu tenho cinco anos qual é a capital {} | do brasil=BR; da argentina=AR; da alemanha=DE
child | meu vô me deu um globo e apontei {} qual é a capital | a rússia=RU; a china=CN; a austrália=AU
child | alexa alexa qual é a capital {} que tem canguru | da austrália=AU
child | alexa qual é a capital {} que tem pinguim | do chile=CL

# Elders.
elder | minha filha eu tô velha mas quero saber a capital {} | do vaticano=VA; da irlanda=IE; da escócia=GB-SCT
elder | vi no globo repórter sobre {} qual é a capital | a islândia=IS; a groenlândia=GL; a noruega=NO
elder | na minha época a gente decorava tudo agora não lembro a capital {} | da iugoslávia que agora é sérvia=RS; da tchecoslováquia que virou eslováquia=SK

# Podcast and news.
news | tô gravando um podcast sobre {} qual é a capital | a ucrânia=UA; a rússia=RU; israel=IL
news | deu no jornal sobre {} qual é a capital de lá | o sudão=SD; o mianmar=MM; a venezuela=VE
news | vi no twitter que teve eleição {} qual a capital | em taiwan=TW; na coreia do sul=KR; no méxico=MX

# Terse.
terse | capital {} | do laos=LA; do camboja=KH; de singapura=SG
terse | {} capital | coreia do norte=KP; mianmar=MM; seicheles=SC
terse | capital de {} | maurício=MU; comores=KM; madagascar=MG

# Polite register.
polite | bom dia alexa a senhora poderia me dizer qual é a capital {} | da república centro-africana=CF; da guiné equatorial=GQ; do gabão=GA
polite | com todo respeito alexa qual seria a capital {} | de montenegro=ME; da bósnia e herzegovina=BA; da macedônia do norte=MK
polite | alexa se não for incômodo a capital {} | de chipre=CY; de malta=MT; da sérvia=RS

# Code-mixing with English.
code-mixing | alexa quick question qual é a capital {} | da austrália=AU; da nova zelândia=NZ; do canadá=CA
code-mixing | tipo what's the capital {} | da irlanda=IE; da escócia=GB-SCT; do país de gales=GB-WLS
code-mixing | só pra dar um check rapidinho qual é a capital {} | de antígua e barbuda=AG; de são cristóvão e névis=KN; de trinidad e tobago=TT

# Recognition artefacts: lost accents, split and joined words, English spellings.
asr-artefact | qual e a capital {} | da tailandia=TH; do butao=BT; da austria=AT
asr-artefact | capital {} qual e | do cazaquistao=KZ; da bielo rússia=BY; do azerbaijao=AZ
asr-artefact | alexa qual a capital {} | da novazelândia=NZ; de myanmar=MM; do kosovo=XK
asr-artefact | qualé a capital {} | da guine bissau=GW; da costa do marfim né=CI; da guiné equatorial=GQ
asr-artefact | qual é a capital {} alexa | do camaroes=CM; da eslovaquia=SK; da mauritania=MR

# Follow-ups.
follow-up | e {} | da bolívia=BO; do paraguai=PY; do equador=EC
follow-up | e a {} | da colômbia=CO; da venezuela=VE; do peru=PE
follow-up | e a capital {} | do suriname=SR; da guiana francesa=GF; da guiana=GY
follow-up | e {} qual é | da finlândia=FI; da dinamarca=DK; da noruega=NO
follow-up | agora {} | o japão=JP; a coreia do sul=KR; a mongólia=MN
follow-up | tá e {} | da turquia=TR; do irã=IR; do iraque=IQ
follow-up | beleza e a {} | da frança=FR; da itália=IT; da grécia=GR
follow-up | e o {} | egito=EG; marrocos=MA; quênia=KE
follow-up | e {} já que a gente tá nisso | da tanzânia=TZ; de uganda=UG; da etiópia=ET
follow-up | massa agora {} | a austrália=AU; a indonésia=ID; as filipinas=PH
follow-up | e na {} | nicarágua=NI; guatemala=GT; costa rica=CR

# Self-corrections.
self-correction | qual a capital da suécia não pera {} | da suíça=CH; da noruega=NO
self-correction | capital da áustria quer dizer {} | da austrália=AU; da alemanha=DE
self-correction | qual é a capital do senegal não não {} | do sudão=SD; da somália=SO
self-correction | a capital da eslováquia digo {} | da eslovênia=SI; da croácia=HR
self-correction | me fala a capital da guiné ops {} | da guiné-bissau=GW; da guiné equatorial=GQ; da papua-nova guiné=PG
self-correction | qual é a capital do níger ou melhor {} | da nigéria=NG; do mali=ML
self-correction | capital do irã não peraí {} | do iraque=IQ; do iêmen=YE
self-correction | a capital da coreia do norte errei {} | da coreia do sul=KR
self-correction | capital da dominica quer dizer {} | da república dominicana=DO
self-correction | qual é a capital da mongólia peraí me enganei {} | do cazaquistão=KZ
self-correction | capital de malta não espera {} | de mônaco=MC; de chipre=CY

# Yes/no checks.
yes-no-check | a capital da austrália é sydney né | AU
yes-no-check | a capital do canadá é toronto ou não | CA
yes-no-check | é verdade que a capital da turquia não é istambul | TR
yes-no-check | a capital {} é rio de janeiro ainda | do brasil=BR
yes-no-check | a capital da nova zelândia é auckland confere | NZ
yes-no-check | confirma pra mim a capital do marrocos é casablanca | MA
yes-no-check | a capital da suíça é zurique tô certo | CH
yes-no-check | a capital dos estados unidos é nova york né alexa | US
yes-no-check | a capital da nigéria ainda é lagos | NG
yes-no-check | a capital do cazaquistão é almaty ou mudou | KZ
yes-no-check | a capital de mianmar é yangon mesmo | MM
yes-no-check | a capital do vietnã é ho chi minh né | VN
yes-no-check | tô certa que a capital da índia é mumbai | IN
yes-no-check | a capital da tanzânia é dar es salaam né | TZ
yes-no-check | a capital da bahia é salvador né | BR-BA
yes-no-check | a capital do paraná é londrina ou curitiba | BR-PR

# Reverse questions.
reverse-question | {} é capital de que país | lima=CITY:Lima; nairobi=CITY:Nairóbi; bucareste=CITY:Bucareste
reverse-question | de qual país {} é capital | ulan bator=CITY:Ulan Bator; adis abeba=CITY:Adis Abeba; montevidéu=CITY:Montevidéu
reverse-question | {} fica em que país | katmandu=CITY:Katmandu; reykjavík=CITY:Reykjavík; tbilisi=CITY:Tbilisi
reverse-question | a cidade de {} é capital de onde | tirana=CITY:Tirana; bamako=CITY:Bamako; dacca=CITY:Dacca
reverse-question | qual país tem {} como capital | canberra=CITY:Canberra; ottawa=CITY:Ottawa; wellington=CITY:Wellington
reverse-question | {} é a capital de quem | manágua=CITY:Manágua; tegucigalpa=CITY:Tegucigalpa; assunção=CITY:Assunção
reverse-question | onde é que fica {} que é capital | ouagadougou=CITY:Ouagadougou; nouakchott=CITY:Nouakchott; antananarivo=CITY:Antananarivo
reverse-question | no stop caiu {} de que país é a capital | vaduz=CITY:Vaduz; valeta=CITY:Valeta; liubliana=CITY:Liubliana
reverse-question | {} é capital de qual estado | cuiabá=CITY:Cuiabá; palmas=CITY:Palmas; aracaju=CITY:Aracaju
reverse-question | de que estado {} é a capital | teresina=CITY:Teresina; macapá=CITY:Macapá; boa vista=CITY:Boa Vista

# Official names.
official-name | qual é a capital da {} | república helênica=GR; confederação suíça=CH; federação russa=RU
official-name | a capital do {} qual é | grão-ducado de luxemburgo=LU; reino da espanha=ES; reino hachemita da jordânia=JO
official-name | me diz a capital da {} | república islâmica do irã=IR; república oriental do uruguai=UY; república socialista do vietnã=VN
official-name | qual a capital dos {} | estados unidos mexicanos=MX; estados unidos da américa=US; emirados árabes unidos=AE
official-name | capital do {} | principado de mônaco=MC; reino do butão=BT; sultanato de omã=OM
official-name | qual é a capital do estado plurinacional da bolívia | BO
official-name | a capital da república bolivariana da venezuela | VE
official-name | qual a capital da república democrática de timor-leste | TL
official-name | capital da república popular da china | CN
official-name | capital da república federativa do brasil | BR
official-name | qual é a capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | a capital da república árabe síria qual é | SY
official-name | qual é a capital da república unida da tanzânia | TZ
official-name | capital da república democrática popular do laos | LA

# Everyday and old names.
everyday-name | qual é a capital {} hein | da holanda=NL; da inglaterra=GB-ENG; dos eua=US
everyday-name | me diz qual a capital {} | da américa=US; da república tcheca=CZ; dos emirados=AE
everyday-name | fala a capital {} | da macedônia=MK; da bósnia=BA; de belarus=BY
everyday-name | qual seria a capital {} | do timor=TL; de trinidad=TT; de são cristóvão=KN
everyday-name | a capital {} qual é | da costa do marfim=CI; do congo kinshasa=CD; do congo brazzaville=CG
old-name | qual era a capital {} | da birmânia=MM; do ceilão=LK; do zaire=CD
old-name | sabe a capital {} | do daomé=BJ; da pérsia=IR; do sião=TH
old-name | no meu tempo chamava {} qual é a capital | rodésia=ZW; alto volta=BF; suazilândia=SZ
old-name | meu avô falava {} qual a capital hoje | bechuanalândia=BW; basutolândia=LS; niassalândia=MW
old-name | qual capital {} | das honduras britânicas=BZ; da costa do ouro=GH; do kampuchea=KH

# Shared names.
shared-name | qual é a capital do congo | CD+CG
shared-name | me fala a capital da coreia | KP+KR
shared-name | qual é a capital das duas coreias | KP+KR
shared-name | capital dos dois congos | CD+CG
shared-name | qual a capital da geórgia | GE+US-GA
shared-name | capital das ilhas virgens | VG+VI
shared-name | alexa a capital do congo qual é | CD+CG
shared-name | qual que é a capital das coreias | KP+KR
shared-name | tô na dúvida qual é a capital da geórgia | GE+US-GA
shared-name | me diz a capital das ilhas virgens | VG+VI
shared-name | as capitais dos congos | CD+CG
shared-name | capital da geórgia por favor | GE+US-GA

# Plural: every several-capital country and Palestine.
plural-capitals | quais são as capitais {} | da áfrica do sul=ZA; da bolívia=BO; da malásia=MY
plural-capitals | me diz as capitais {} | do benin=BJ; da costa do marfim=CI; do sri lanka=LK
plural-capitals | as duas capitais {} quais são | da holanda=NL; do essuatíni=SZ; da palestina=PS
plural-capitals | a áfrica do sul tem três capitais né quais são | ZA
plural-capitals | por que a bolívia tem duas capitais quais são elas | BO
plural-capitals | a malásia tem duas capitais me fala as duas | MY
plural-capitals | quais as capitais dos países baixos | NL
plural-capitals | o benin tem duas capitais né fala elas | BJ
plural-capitals | quais são as duas capitais da costa do marfim | CI
plural-capitals | as capitais do sri lanka tem um nome enorme fala pra mim | LK
plural-capitals | a suazilândia tem mais de uma capital quais são | SZ
plural-capitals | quais são as capitais da palestina | PS
plural-capitals | no stop pediu capitais {} pode falar todas | da áfrica do sul=ZA; da holanda=NL; da costa do marfim=CI
plural-capitals | tchá por deus a bolívia tem quantas capitais e quais | BO
plural-capitals | véi fala as capitais da malásia aí | MY
plural-capitals | eswatini tem duas capitais quais são | SZ
plural-capitals | me lista as capitais do benin | BJ
plural-capitals | o sri lanka tem duas capitais quais | LK
plural-capitals | qual é o nome das capitais da palestina | PS

# Subdivisions and territories.
subdivision | qual é a capital do estado {} | do tocantins=BR-TO; de rondônia=BR-RO; de roraima=BR-RR
subdivision | me diz rapidinho a capital {} | do acre=BR-AC; do amapá=BR-AP; de sergipe=BR-SE
subdivision | a capital {} qual é que é | do mato grosso=BR-MT; do mato grosso do sul=BR-MS; do espírito santo=BR-ES
subdivision | qual a capital lá {} | de santa catarina=BR-SC; do piauí=BR-PI; da paraíba=BR-PB
subdivision | alexa a capital {} | do maranhão=BR-MA; de alagoas=BR-AL; do rio grande do norte=BR-RN
subdivision | tô indo pra {} qual a capital | a califórnia=US-CA; o texas=US-TX; a flórida=US-FL
subdivision | a capital do estado {} | de nova york=US-NY; de washington=US-WA; do alasca=US-AK
subdivision | minha prima mora {} qual é a capital da província | em ontário=CA-ON; no quebec=CA-QC; na colúmbia britânica=CA-BC
subdivision | qual é a capital {} na austrália | de queensland=AU-QLD; da tasmânia=AU-TAS; de nova gales do sul=AU-NSW
subdivision | capital da {} na alemanha | baviera=DE-BY; saxônia=DE-SN; turíngia=DE-TH
subdivision | capital do estado {} na índia | de goa=IN-GA; de kerala=IN-KL; do rajastão=IN-RJ
subdivision | qual é a capital {} no méxico | de jalisco=MX-JAL; de iucatã=MX-YUC; de quintana roo=MX-ROO
subdivision | a capital {} do reino unido | da irlanda do norte=GB-NIR; do país de gales=GB-WLS
territory | qual é a capital lá {} | da groenlândia=GL; das ilhas faroé=FO; da polinésia francesa=PF
territory | sabe qual é a capital {} | de porto rico=PR; da nova caledônia=NC; de guam=GU
territory | a capital {} | da guiana francesa=GF; da martinica=MQ; das bermudas=BM
territory | me fala aí a capital {} | das ilhas cayman=KY; de aruba=AW; de curaçao=CW
territory | e qual seria a capital {} | do saara ocidental=EH; das malvinas=FK; de gibraltar=GI

# One-shot with the invocation name.
one-shot | alexa pergunta pro capitais do mundo qual é a capital {} | da argentina=AR; do chile=CL; do uruguai=UY
one-shot | pede pro capitais do mundo a capital {} | da áfrica do sul=ZA; do egito=EG; da etiópia=ET
one-shot | alexa abre o capitais do mundo e me diz a capital {} | da polônia=PL; da hungria=HU; da romênia=RO
one-shot | usa o capitais do mundo pra ver a capital {} | da mongólia=MN; do nepal=NP; do butão=BT
one-shot | capitais do mundo capital {} | de portugal=PT; da espanha=ES; da frança=FR

# Launch.
launch | alexa abre capitais do mundo | LAUNCH
launch | abrir o capitais do mundo | LAUNCH
launch | inicia capitais do mundo | LAUNCH
launch | começar capitais do mundo | LAUNCH
launch | ativar capitais do mundo | LAUNCH
launch | bora jogar capitais do mundo | LAUNCH
launch | quero usar o capitais do mundo | LAUNCH
launch | alexa abre a skill capitais do mundo | LAUNCH
launch | chama o capitais do mundo | LAUNCH
launch | liga o capitais do mundo pra mim | LAUNCH
launch | abre aí o capitais do mundo véi | LAUNCH
launch | ô alexa abre o capitais do mundo pra minha filha | LAUNCH
launch | capitais do mundo | LAUNCH
launch | alexa capitais do mundo por favor | LAUNCH
launch | iniciar a skill capitais do mundo | LAUNCH
launch | coloca o capitais do mundo | LAUNCH
launch | entra no capitais do mundo | LAUNCH
launch | alexa executa capitais do mundo | LAUNCH
launch | abre capitais do mundo aí mah | LAUNCH
launch | quero brincar de capitais do mundo | LAUNCH

# Help.
help | como que funciona isso | HELP
help | o que eu posso te perguntar | HELP
help | me ajuda aqui não sei usar | HELP
help | quais são os comandos | HELP
help | como é que eu uso essa skill | HELP
help | ajuda por favor | HELP
help | o que essa skill faz | HELP
help | tô perdido o que eu falo | HELP
help | me explica como funciona | HELP
help | socorro não entendi nada | HELP
help | que tipo de pergunta eu posso fazer | HELP
help | alexa ajuda | HELP
help | me dá umas instruções aí | HELP
help | como eu pergunto uma capital | HELP
help | preciso de ajuda véi | HELP
help | tu pode me explicar como usa | HELP
help | o que mais você sabe fazer aqui | HELP
help | não sei o que dizer me ajuda | HELP
help | tem um tutorial disso | HELP
help | me orienta aí como faz | HELP

# Stop.
stop | para | STOP
stop | pare | STOP
stop | chega | STOP
stop | já chega alexa | STOP
stop | pode parar | STOP
stop | para de falar | STOP
stop | fica quieta | STOP
stop | cala a boca alexa | STOP
stop | silêncio | STOP
stop | desliga | STOP
stop | alexa para por favor | STOP
stop | chega por hoje | STOP
stop | para tudo | STOP
stop | alexa pare agora | STOP
stop | pode desligar | STOP
stop | chega de capital | STOP
stop | para alexa o bebê tá dormindo | STOP
stop | chega véi | STOP
stop | encerra aí | STOP
stop | tá bom pode parar já | STOP

# Cancel.
cancel | cancela | CANCEL
cancel | cancelar | CANCEL
cancel | esquece | CANCEL
cancel | deixa pra lá | CANCEL
cancel | esquece o que eu falei | CANCEL
cancel | cancela isso | CANCEL
cancel | não deixa quieto | CANCEL
cancel | esquece essa pergunta | CANCEL
cancel | cancela por favor | CANCEL
cancel | deixa quieto | CANCEL
cancel | alexa cancelar | CANCEL
cancel | nada não esquece | CANCEL
cancel | deixa pra lá alexa | CANCEL
cancel | cancela a pergunta | CANCEL
cancel | esquece mah | CANCEL
cancel | pode cancelar | CANCEL
cancel | desconsidera | CANCEL
cancel | cancela aí véi | CANCEL
cancel | ah esquece deixa | CANCEL
cancel | deixa pra lá não precisa mais | CANCEL

# Out of domain: other facts about a named country, "capital" in other senses, everyday requests.
out-of-domain | qual é a moeda {} | do japão=FB; da suíça=FB; da índia=FB
out-of-domain | quantos habitantes tem {} | a china=FB; a nigéria=FB; o canadá=FB
out-of-domain | que língua se fala {} | na bélgica=FB; no suriname=FB; em moçambique=FB
out-of-domain | quem é o presidente {} | da frança=FB; da argentina=FB; do méxico=FB
out-of-domain | qual é a maior cidade {} | da austrália=FB; da turquia=FB; do canadá=FB
out-of-domain | que horas são em {} agora | tóquio=FB; lisboa=FB; nova york=FB
out-of-domain | como é a bandeira {} | do japão=FB; do nepal=FB; da coreia do sul=FB
out-of-domain | qual a distância de brasília até goiânia | FB
out-of-domain | quantos quilômetros tem o rio amazonas | FB
out-of-domain | toca capital inicial | FB
out-of-domain | coloca uma música do capital inicial | FB
out-of-domain | o que é capital social de uma empresa | FB
out-of-domain | como calcular capital de giro | FB
out-of-domain | o que significa pena capital | FB
out-of-domain | quais são os sete pecados capitais | FB
out-of-domain | qual é o imposto sobre ganho de capital | FB
out-of-domain | o que é capital humano | FB
out-of-domain | qual é a população de são paulo | FB
out-of-domain | qual é o maior país do mundo | FB
out-of-domain | qual é o menor país do mundo | FB
out-of-domain | quantos países tem na áfrica | FB
out-of-domain | qual é o idioma oficial do brasil | FB
out-of-domain | quando foi a independência do brasil | FB
out-of-domain | quem descobriu o brasil | FB
out-of-domain | qual é o fuso horário do acre | FB
out-of-domain | como vai estar o tempo amanhã | FB
out-of-domain | vai chover em recife hoje | FB
out-of-domain | toca um forró aí | FB
out-of-domain | coloca um axé pra animar | FB
out-of-domain | conta uma piada | FB
out-of-domain | põe um alarme pra seis horas | FB
out-of-domain | quanto tá o dólar hoje | FB
out-of-domain | converte cem reais pra euro | FB
out-of-domain | acende a luz da sala | FB
out-of-domain | qual é a receita de moqueca capixaba | FB
out-of-domain | quanto tempo cozinha o feijão na panela de pressão | FB
out-of-domain | qual foi o placar do jogo do flamengo | FB
out-of-domain | quando é a próxima copa do mundo | FB
out-of-domain | quem ganhou o ufc ontem | FB
out-of-domain | qual o comprimento da muralha da china | FB
out-of-domain | qual o ponto mais alto da áfrica | FB
out-of-domain | qual é o prato típico do peru | FB
out-of-domain | o que é uma capital federal | FB
out-of-domain | qual é a capital mundial do café | FB
out-of-domain | por que brasília virou capital | FB
out-of-domain | quem construiu brasília | FB
out-of-domain | qual é o rio mais longo da europa | FB
out-of-domain | quantos estados tem o brasil | FB
out-of-domain | que dia é hoje | FB
out-of-domain | me lembra de tomar o remédio | FB
out-of-domain | liga pra minha mãe | FB
out-of-domain | adiciona arroz na lista de compras | FB
out-of-domain | quanto é sete vezes oito | FB
out-of-domain | como se diz obrigado em japonês | FB
out-of-domain | quem escreveu os lusíadas | FB
out-of-domain | toca a playlist de k-pop | FB
out-of-domain | qual é o hino da itália | FB
out-of-domain | quantos quilômetros de curitiba até floripa | FB
out-of-domain | qual é o clima da islândia em dezembro | FB
out-of-domain | precisa de visto pra ir pro chile | FB
out-of-domain | quanto custa a passagem pra lisboa | FB
out-of-domain | qual é o pib da alemanha | FB
out-of-domain | qual é a religião da maioria na indonésia | FB
out-of-domain | o que é a capitania hereditária | FB
out-of-domain | quais eram as capitanias do brasil | FB
out-of-domain | como escreve capital com letra maiúscula | FB
out-of-domain | qual o sinônimo de capital | FB
out-of-domain | onde fica o monte everest | FB
out-of-domain | quem é o rei da inglaterra | FB
out-of-domain | qual é o time da capital paulista | FB
out-of-domain | me conta uma curiosidade sobre o egito | FB
out-of-domain | qual é a temperatura em manaus | FB
out-of-domain | quem inventou o avião | FB
out-of-domain | qual é o animal símbolo da austrália | FB
out-of-domain | toca o hino nacional | FB
out-of-domain | qual país tem mais vulcões | FB
out-of-domain | em que continente fica o egito | FB
out-of-domain | qual é o país mais populoso do mundo | FB
out-of-domain | quantos idiomas tem a índia | FB
out-of-domain | qual o código de telefone de portugal | FB
out-of-domain | qual é a sigla do estado de goiás | FB
out-of-domain | qual é o gentílico de quem nasce no espírito santo | FB
out-of-domain | que horas abre o consulado italiano | FB
out-of-domain | quanto tá a saca de soja hoje | FB
out-of-domain | me ensina a jogar war | FB
out-of-domain | quais são as regras da adedonha | FB
out-of-domain | qual é o samba enredo da mangueira | FB
out-of-domain | pede uma pizza | FB
out-of-domain | qual o nome da mulher do presidente | FB
out-of-domain | quanto tempo de voo até tóquio | FB
out-of-domain | quem ganhou o mundial de surfe | FB

# Second batch, added after the first build: Eritrea (its first line was in an earlier round), and help, stop, cancel,
# shared-name and out-of-domain lines in the speakers' own voices (a third to a half of the short ones were in earlier rounds).
candango | véi e a eritreia tem capital qual é | ER
cearense | mah a capital da eritreia é qual macho | ER
help | ô alexa é pocar como é que mexe nisso aqui | HELP
help | tchá por deus não tô sabendo usar me ajuda | HELP
help | mah como é que funciona esse negócio de capital | HELP
help | professora aqui como eu uso isso com os alunos me explica | HELP
help | eu não falo bem português como usa essa skill | HELP
help | quais perguntas dá pra fazer no capitais do mundo | HELP
help | ô boy me dá uma ajuda aqui que eu não entendi | HELP
help | pode me dar exemplos do que eu posso perguntar | HELP
stop | é barril pai para aí | STOP
stop | para alexa que a cliente chegou | STOP
stop | tás tolo para com isso | STOP
stop | pô véi para aí | STOP
stop | para de falar alexa tô no plantão | STOP
stop | chega mah | STOP
stop | para que eu vou dirigir agora | STOP
stop | alexa fica quieta que o neném dormiu | STOP
stop | pare por favor minha filha | STOP
stop | parou parou chega | STOP
stop | tá bom alexa pode parar de falar | STOP
stop | para a skill | STOP
stop | chega de geografia por hoje | STOP
stop | para com as capitais | STOP
cancel | esquece boy | CANCEL
cancel | ah deixa pra lá véi | CANCEL
cancel | tchá por deus esquece | CANCEL
cancel | cancela que eu perguntei errado | CANCEL
cancel | esquece a pergunta que eu fiz | CANCEL
cancel | deixa pra lá já achei no livro | CANCEL
cancel | não precisa mais cancela | CANCEL
cancel | esquece isso alexa a professora já respondeu | CANCEL
cancel | cancela o que eu pedi | CANCEL
cancel | ô alexa deixa pra lá minha filha | CANCEL
cancel | esquece o que eu pedi | CANCEL
cancel | cancela essa aí | CANCEL
shared-name | véi e a capital da coreia qual é | KP+KR
shared-name | qual é a capital do congo que eu tô jogando war | CD+CG
shared-name | a geórgia tem capital qual é | GE+US-GA
shared-name | mah qual é a capital das ilhas virgens | VG+VI
out-of-domain | qual é o capital {} da empresa | social=FB; de giro=FB
out-of-domain | quantos habitantes tem a capital do ceará | FB
out-of-domain | qual é o clima em cuiabá hoje | FB
out-of-domain | qual é a população da eritreia | FB
out-of-domain | que língua falam na suíça | FB
out-of-domain | quanto tá o euro em reais | FB
out-of-domain | quem é o primeiro-ministro do japão | FB
out-of-domain | qual é a moeda da áfrica do sul | FB
out-of-domain | qual é a área do brasil | FB
out-of-domain | qual a praia mais bonita de floripa | FB
out-of-domain | toca música do chiclete com banana | FB
out-of-domain | quanto tempo dura um plantão de enfermagem | FB
out-of-domain | qual é o feriado de hoje | FB
out-of-domain | quem ganhou o pan-americano | FB
out-of-domain | qual é a letra do hino de pernambuco | FB
out-of-domain | quantos países tem na europa | FB
out-of-domain | qual é o lema da bandeira do brasil | FB
out-of-domain | que horas é o jogo do bahia | FB
"""

if __name__ == "__main__":
    build_round(20, "pt", LINES, sys.argv, "tests/Eval/pt/round20/source/build_corpus.py")
