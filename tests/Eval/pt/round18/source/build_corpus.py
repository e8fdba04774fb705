"""Round 18, Brazilian Portuguese (pt-BR): a new author's mix of speakers and situations from across Brazil: cariocas
("ô alexa", "mermão", "pô", "caraca"), paulistas ("meu", "mano", "orra meu", "tipo"), nordestinos ("oxe", "oxente",
"vixe", "visse", "mainha", "painho", "avie"), mineiros ("uai", "sô", "cê", "trem", "nó", "cumé que é", the "para casa"
homework), gaúchos ("bah", "tchê", "tu sabe", "guri", "capaz", "barbaridade"), nortistas from Pará and Amazonas ("égua",
"maninho", "mana", "pai d'égua"); the formal register ("por gentileza", "poderia me informar", "a senhora"); students
(dever de casa, prova, ENEM, vestibular), small children, elders, quiz players (Show do Milhão, Perguntados, the family
quiz on WhatsApp), crossword solvers (cruzadinha, revista Coquetel), travellers (intercâmbio, mochilão, lua de mel,
milhas), people driving or cooking, people with the news or a match in mind, people whose family came from abroad;
hesitations, corrections, follow-ups, checks, and what pt-BR recognition writes (accents dropped, "qualé", "qual e").
`python3 tests/Eval/pt/round18/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 18's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions, everyday register.
direct-question | qual é a capital {} | da mongólia=MN; do butão=BT; da eritreia=ER
direct-question | qual a capital {} | do quirguistão=KG; de burkina faso=BF; do malaui=MW
direct-question | me fala qual é a capital {} | da letônia=LV; do gabão=GA; da guiné equatorial=GQ
direct-question | qual cidade é a capital {} | da nicarágua=NI; do suriname=SR; de honduras=HN
direct-question | como se chama a capital {} | do turcomenistão=TM; do tadjiquistão=TJ; das ilhas salomão=SB
direct-question | a capital {} qual é | de palau=PW; de tuvalu=TV; de nauru=NR
direct-question | qual que é a capital {} | da tunísia=TN; do sudão do sul=SS; da libéria=LR
direct-question | qual é o nome da capital {} | da micronésia=FM; de quiribati=KI; de vanuatu=VU
direct-question | e aí alexa qual a capital {} | do azerbaijão=AZ; da armênia=AM; da moldávia=MD
direct-question | alexa qual a capital {} por favor | da gâmbia=GM; das ilhas comores=KM; da mauritânia=MR
direct-question | alexa qual é a cidade capital {} | de papua-nova guiné=PG; do timor-leste=TL; das ilhas marshall=MH

# Do you know.
do-you-know | você sabe qual é a capital {} | da serra leoa=SL; do togo=TG; de djibuti=DJ
do-you-know | alexa você sabe me dizer a capital {} | da islândia=IS; da estônia=EE; da lituânia=LT
do-you-know | tem ideia de qual é a capital {} | do brunei=BN; do laos=LA; do camboja=KH
do-you-know | sabe a capital {} | de granada=GD; de santa lúcia=LC; de são vicente e granadinas=VC
do-you-know | será que você sabe qual a capital {} | da guiné-bissau=GW; de cabo verde=CV; de são tomé e príncipe=ST
do-you-know | você conhece a capital {} | de san marino=SM; de trinidad e tobago=TT
do-you-know | cê sabe me dizer qual é a capital {} | de antígua e barbuda=AG; de são cristóvão e névis=KN; da dominica=DM

# The formal, careful register.
polite-formal | por gentileza qual é a capital {} | da eslováquia=SK; da eslovênia=SI; da croácia=HR
polite-formal | gostaria de saber qual é a capital {} | da jordânia=JO; de omã=OM; do catar=QA
polite-formal | poderia me informar a capital {} por favor | do uzbequistão=UZ; do cazaquistão=KZ; do afeganistão=AF
polite-formal | alexa a senhora poderia me dizer a capital {} | da etiópia=ET; do quênia=KE; da tanzânia=TZ
polite-formal | com licença alexa qual seria a capital {} | da finlândia=FI; da noruega=NO; da dinamarca=DK
polite-formal | eu queria saber por favor a capital {} | do equador=EC; da colômbia=CO; da venezuela=VE
polite-formal | seria possível me dizer qual a capital {} | do iêmen=YE; do bahrein=BH; de chipre=CY

# Cariocas.
carioca | ô alexa qual é a capital {} parceira | da jamaica=JM; de cuba=CU; do haiti=HT
carioca | caraca esqueci qual é a capital {} | da grécia=GR; da turquia=TR; do egito=EG
carioca | alexa mermão me diz aí a capital {} | do marrocos=MA; da argélia=DZ; da líbia=LY
carioca | pô alexa qual é a capital {} mesmo | da nigéria=NG; de gana=GH; do senegal=SN
carioca | alexa tá ligada qual é a capital {} | da irlanda=IE; da escócia=GB-SCT; do país de gales=GB-WLS
carioca | sinistro nem lembro a capital {} fala aí alexa | da polônia=PL; da hungria=HU; da romênia=RO

# Paulistas.
paulista | meu qual é a capital {} | da austrália=AU; do canadá=CA; da nova zelândia=NZ
paulista | orra meu esqueci a capital {} | da suíça=CH; da áustria=AT; da bélgica=BE
paulista | mano me fala a capital {} rapidinho | do paquistão=PK; de bangladesh=BD; do nepal=NP
paulista | tipo qual é a capital {} alexa | da indonésia=ID; das filipinas=PH; do vietnã=VN
paulista | aí alexa qual a capital {} mano | do peru=PE; do chile=CL; da argentina=AR
paulista | firmeza alexa e a capital {} qual é | da ucrânia=UA; da bielorrússia=BY; da rússia=RU

# Nordestinos.
nordestino | oxe alexa qual é a capital {} | de angola=AO; de moçambique=MZ; da guiné=GN
nordestino | vixe esqueci qual a capital {} visse | do iraque=IQ; do irã=IR; da síria=SY
nordestino | oxente alexa me diga a capital {} | do líbano=LB; de israel=IL; da arábia saudita=SA
nordestino | mainha quer saber a capital {} | de portugal=PT; da espanha=ES; da itália=IT
nordestino | painho tá perguntando qual a capital {} | da frança=FR; da alemanha=DE; do japão=JP
nordestino | diga aí alexa qual é a capital {} | da zâmbia=ZM; do zimbábue=ZW; de botsuana=BW
nordestino | bora alexa a capital {} qual é | da namíbia=NA; do lesoto=LS; de madagascar=MG
nordestino | avie alexa diga logo a capital {} | de ruanda=RW; do burundi=BI; de uganda=UG

# Mineiros.
mineiro | uai alexa qual que é a capital {} | do panamá=PA; da costa rica=CR; da guatemala=GT
mineiro | cê sabe a capital {} sô | do paraguai=PY; do uruguai=UY; do méxico=MX
mineiro | ô trem difícil sô qual a capital {} | da tailândia=TH; de singapura=SG; da coreia do sul=KR
mineiro | nó alexa esqueci a capital {} | da suécia=SE; de luxemburgo=LU; de malta=MT
mineiro | cumé que é a capital {} | de el salvador=SV; de belize=BZ; da república dominicana=DO
mineiro | uai sô me fala a capital {} | de andorra=AD; de mônaco=MC; de liechtenstein=LI

# Gaúchos.
gaucho | bah tchê qual é a capital {} | do montenegro=ME; da sérvia=RS; da bósnia=BA
gaucho | tu sabe qual é a capital {} | da albânia=AL; da macedônia do norte=MK; da bulgária=BG
gaucho | bah alexa me diz tu a capital {} | do kosovo=XK; da islândia=IS; da groenlândia=GL
gaucho | capaz que tu não sabe a capital {} | do paraguai=PY; da guiana=GY; do suriname=SR
gaucho | o guri quer saber a capital {} tchê | da china=CN; da índia=IN; do brasil=BR
gaucho | barbaridade qual é mesmo a capital {} | do chile=CL; da bolívia=BO; do equador=EC

# Nortistas (Pará, Amazonas).
nortista | égua alexa qual é a capital {} | da guiana francesa=GF; da venezuela=VE; da colômbia=CO
nortista | maninho me diz a capital {} | do amapá=BR-AP; de roraima=BR-RR; do acre=BR-AC
nortista | mana qual é a capital {} | do peru=PE; da guiana=GY; do suriname=SR
nortista | pai d'égua alexa e a capital {} | do pará=BR-PA; do amazonas=BR-AM; de rondônia=BR-RO

# Students: homework, tests, ENEM, vestibular.
homework | tô fazendo o dever de casa qual é a capital {} | do sudão=SD; da somália=SO; da eritreia=ER
homework | a professora pediu a capital {} | do cazaquistão=KZ; do uzbequistão=UZ; do afeganistão=AF
homework | tenho prova de geografia amanhã qual a capital {} | da austrália=AU; do egito=EG; da turquia=TR
homework | pro trabalho da escola preciso da capital {} | do gabão=GA; da república centro-africana=CF; de camarões=CM
homework | alexa me ajuda no para casa qual é a capital {} | do tocantins=BR-TO; de goiás=BR-GO; do mato grosso=BR-MT
homework | será que cai no enem a capital {} | do irã=IR; do iraque=IQ; da síria=SY
homework | estudando pro vestibular qual é a capital {} | do canadá=CA; do méxico=MX; da índia=IN
homework | minha lição de casa pergunta a capital {} | do piauí=BR-PI; do maranhão=BR-MA; de sergipe=BR-SE
homework | a tia da escola mandou descobrir a capital {} | do japão=JP; da china=CN; da coreia do norte=KP

# Small children.
young-child | alexa qual é a capital {} eu tenho seis anos | do egito=EG; da frança=FR; da inglaterra=GB-ENG
young-child | alexa alexa alexa qual a capital {} | da itália=IT; do havaí=US-HI; da rússia=RU
young-child | oi alexa eu sou a maria qual é a capital {} | da argentina=AR; do canadá=CA; da austrália=AU
young-child | alexa me conta qual é a capital {} | dos estados unidos=US; da alemanha=DE; do japão=JP

# Elders.
elder | minha filha qual é a capital {} | da polônia=PL; da áustria=AT; da hungria=HU
elder | alexa meu neto disse pra perguntar pra senhora a capital {} | do líbano=LB; da síria=SY; da armênia=AM
elder | no meu tempo a capital {} era outra qual é agora | do cazaquistão=KZ; da nigéria=NG; do brasil=BR
elder | ô dona alexa qual é a capital {} | de portugal=PT; da espanha=ES; da itália=IT
elder | alexa faz um favor pra mim me diz a capital {} | da grécia=GR; da irlanda=IE; da escócia=GB-SCT

# Quiz shows and games.
quiz-game | tô vendo o show do milhão qual é a capital {} | da tanzânia=TZ; de myanmar=MM; do burundi=BI
quiz-game | estamos no quiz da família no zap qual a capital {} | de tonga=TO; de samoa=WS; de fiji=FJ
quiz-game | valendo um milhão qual é a capital {} | da turquia=TR; da austrália=AU; do canadá=CA
quiz-game | pergunta do quiz da firma a capital {} | da nova zelândia=NZ; da suíça=CH; do marrocos=MA
quiz-game | tô jogando perguntados e caiu a capital {} | da jamaica=JM; do vietnã=VN; do paquistão=PK
quiz-game | fiz uma aposta com meu marido qual a capital {} | dos emirados árabes=AE; da arábia saudita=SA; do catar=QA

# Crosswords.
crossword | tô fazendo a cruzadinha capital {} | do peru=PE; de omã=OM; do mali=ML
crossword | na revista coquetel pede a capital {} com quatro letras | da noruega=NO; de gana=GH; da letônia=LV
crossword | palavras cruzadas capital {} cinco letras | do senegal=SN; do irã=IR; do egito=EG
crossword | cruzadinha aqui capital {} começa com b | da sérvia=RS; do mali=ML; de barbados=BB

# Travellers.
travel | vou fazer intercâmbio {} qual é a capital de lá | na irlanda=IE; no canadá=CA; na nova zelândia=NZ
travel | tô planejando um mochilão {} qual é a capital | pela colômbia=CO; pela tailândia=TH; pela croácia=HR
travel | comprei passagem pro {} qual é a capital mesmo | marrocos=MA; peru=PE; egito=EG
travel | nossa lua de mel vai ser {} qual a capital de lá | nas maldivas=MV; nas ilhas maurício=MU; nas seicheles=SC
travel | vou de cruzeiro {} qual é a capital | pra grécia=GR; pra noruega=NO; pras bahamas=BS
travel | juntei milhas pra ir {} qual a capital desse país | pro japão=JP; pra turquia=TR; pro vietnã=VN
travel | qual a capital {} que eu quero conhecer | do uruguai=UY; do chile=CL; de portugal=PT

# Driving and cooking.
driving | tô dirigindo alexa fala alto a capital {} | da argentina=AR; do paraguai=PY; do uruguai=UY
driving | aqui no trânsito parado me diz a capital {} | do sudão=SD; da etiópia=ET; da líbia=LY
driving | alexa no carro com as crianças qual é a capital {} | da dinamarca=DK; da finlândia=FI; da suécia=SE
kitchen | tô com a mão na massa alexa qual é a capital {} | da itália=IT; da hungria=HU; do líbano=LB
kitchen | fazendo um prato típico {} qual é a capital de lá | do peru=PE; da tailândia=TH; do méxico=MX
kitchen | alexa enquanto o bolo assa me diz a capital {} | da áustria=AT; da bélgica=BE; da polônia=PL

# The news.
news-item | deu no jornal nacional sobre {} qual é a capital de lá | o sudão=SD; a ucrânia=UA; o haiti=HT
news-item | vi no fantástico uma matéria {} qual a capital desse país | da coreia do norte=KP; do iêmen=YE; da venezuela=VE
news-item | teve terremoto {} qual é a capital | no nepal=NP; no afeganistão=AF; na turquia=TR
news-item | tá passando na tv a eleição {} qual a capital de lá | na argentina=AR; no méxico=MX; em portugal=PT
news-item | li uma notícia sobre taiwan qual é a capital | TW
news-item | vi uma reportagem sobre o saara ocidental qual é a capital de lá | EH

# Sport.
sports-fan | o brasil joga contra {} na copa qual é a capital deles | a sérvia=RS; a suíça=CH; camarões=CM
sports-fan | vai ter grande prêmio de fórmula um {} qual é a capital | no azerbaijão=AZ; no bahrein=BH; em singapura=SG
sports-fan | a seleção de vôlei vai jogar {} qual a capital de lá | na polônia=PL; na eslovênia=SI; na bulgária=BG
sports-fan | meu time contratou um jogador {} qual é a capital de lá | do equador=EC; da costa rica=CR; de gana=GH
sports-fan | nas olimpíadas a delegação {} qual a capital | da jamaica=JM; do quênia=KE; da etiópia=ET

# Family roots and people from abroad.
roots-family | meu bisavô veio {} qual é a capital de lá | do líbano=LB; da síria=SY; da itália=IT
roots-family | minha avó nasceu {} qual é a capital de lá | na ucrânia=UA; na polônia=PL; na alemanha=DE
roots-family | meu vizinho veio {} qual é a capital do país dele | do haiti=HT; da venezuela=VE; de angola=AO
roots-family | meu cunhado tá trabalhando {} qual a capital | no japão=JP; em portugal=PT; nos estados unidos=US

# Hesitations and fillers.
filler-hesitation | é alexa é qual é a capital {} | da tunísia=TN; da argélia=DZ; do marrocos=MA
filler-hesitation | hum deixa eu ver qual a capital {} | da lituânia=LT; da letônia=LV; da estônia=EE
filler-hesitation | então tipo assim qual é a capital {} né | da nigéria=NG; da zâmbia=ZM; do malaui=MW
filler-hesitation | ahn alexa como é que é a capital {} | da nova zelândia=NZ; da austrália=AU; de fiji=FJ
filler-hesitation | peraí qual era mesmo a capital {} hein | do cazaquistão=KZ; do turcomenistão=TM; da mongólia=MN

# What pt-BR recognition writes: accents dropped, "qualé", "qual e".
asr-artefact | qual e a capital {} | do japao=JP; da belgica=BE; da austria=AT
asr-artefact | qual e capital {} | do azerbaijao=AZ; da colombia=CO; do vietna=VN
asr-artefact | qualé a capital {} | da tchequia=CZ; da eslovaquia=SK; do uzbequistao=UZ
asr-artefact | qual que e a capital {} | da nova zelandia=NZ; do quenia=KE; de camaroes=CM
asr-artefact | qual a capital da {} | republica tcheca=CZ; arabia saudita=SA; libia=LY
asr-artefact | qual e a capital de {} | madagascar=MG; mocambique=MZ; cabo-verde=CV
asr-artefact | a capital do {} qual e | quirguistao=KG; tadjiquistao=TJ; paquistao=PK
asr-artefact | alexa qual a capital do {} | sudao do sul=SS; butao=BT; gabao=GA

# Short forms.
terse | capital {} | da bulgária=BG; da ucrânia=UA; do laos=LA
terse | {} capital | eritreia=ER; omã=OM; paraguai=PY
terse | só a capital {} | do sudão=SD; da argélia=DZ; do iêmen=YE
terse | rapidinho capital {} | do irã=IR; da síria=SY; do iraque=IQ

# A thank-you after the question.
trailing-thanks | qual é a capital {} valeu | da jordânia=JO; do catar=QA; do kuwait=KW
trailing-thanks | me diz a capital {} brigado | do chade=TD; do níger=NE; do mali=ML
trailing-thanks | qual a capital {} obrigada querida | de cuba=CU; da nicarágua=NI; de honduras=HN

# Brazilian states and other subdivisions.
subdivision | qual é a capital do estado {} | do piauí=BR-PI; da paraíba=BR-PB; de alagoas=BR-AL
subdivision | qual é a capital de {} | pernambuco=BR-PE; santa catarina=BR-SC; minas gerais=BR-MG
subdivision | me diz a capital {} | do ceará=BR-CE; do paraná=BR-PR; da bahia=BR-BA
subdivision | em que cidade fica o governo {} | de rondônia=BR-RO; do amazonas=BR-AM; do maranhão=BR-MA
subdivision | a capital do rio grande do norte é qual | BR-RN
subdivision | capital do mato grosso do sul | BR-MS
subdivision | qual a capital do espírito santo | BR-ES
subdivision | alexa qual é a capital do rio grande do sul tchê | BR-RS
subdivision | qual a capital do estado {} nos estados unidos | da califórnia=US-CA; do texas=US-TX; da flórida=US-FL
subdivision | qual é a capital {} no canadá | do quebec=CA-QC; da colúmbia britânica=CA-BC; do ontário=CA-ON
subdivision | qual a capital {} na alemanha | da baviera=DE-BY; da saxônia=DE-SN; da baixa saxônia=DE-NI
subdivision | capital {} na austrália | da tasmânia=AU-TAS; do queensland=AU-QLD; da austrália ocidental=AU-WA
subdivision | qual é a capital do estado {} na índia | de goa=IN-GA; do kerala=IN-KL; do rajasthan=IN-RJ
subdivision | qual a capital {} no méxico | de jalisco=MX-JAL; de oaxaca=MX-OAX; de chiapas=MX-CHP
subdivision | qual a capital do alasca | US-AK
subdivision | capital de massachusetts | US-MA
subdivision | qual é a capital da nova gales do sul | AU-NSW

# Territories.
territory | qual a capital {} que é da frança | da guiana francesa=GF; da polinésia francesa=PF; da nova caledônia=NC
territory | qual é a capital {} no caribe | de porto rico=PR; de aruba=AW; de curaçao=CW
territory | qual a capital das {} | bermudas=BM; ilhas malvinas=FK; ilhas cayman=KY
territory | e a capital da groenlândia qual é | GL
territory | qual a capital da ilha da reunião | RE
territory | qual é a capital de guadalupe lá no caribe | GP
territory | capital de gibraltar | GI
territory | qual é a capital das ilhas faroé | FO

# Several capitals.
plural-capitals | quais são as capitais {} | da áfrica do sul=ZA; da bolívia=BO; da malásia=MY
plural-capitals | quantas capitais tem {} | a holanda=NL; o sri lanka=LK; o benin=BJ
plural-capitals | me diz as duas capitais {} | da costa do marfim=CI; do essuatíni=SZ; da palestina=PS
plural-capitals | a áfrica do sul tem três capitais quais são | ZA
plural-capitals | é verdade que a bolívia tem duas capitais quais são elas | BO
plural-capitals | a malásia tem mais de uma capital né quais são | MY
plural-capitals | a capital da holanda é amsterdã ou haia ou as duas | NL
plural-capitals | quais as capitais dos países baixos | NL
plural-capitals | quais são as capitais do sri lanka | LK
plural-capitals | fala as capitais da suazilândia | SZ
plural-capitals | as capitais do benin quais são | BJ
plural-capitals | por que a costa do marfim tem duas capitais e quais são | CI
plural-capitals | quais cidades são capitais da palestina | PS
plural-capitals | a bolívia tem sucre e la paz qual das duas é capital ou são as duas | BO
plural-capitals | me fala todas as capitais da áfrica do sul | ZA
plural-capitals | as duas capitais da malásia por favor | MY
plural-capitals | eswatini tem duas capitais né quais são | SZ
plural-capitals | o sri lanka tem capital dupla né quais são | LK
plural-capitals | quais são as duas capitais do benin | BJ
plural-capitals | as capitais da costa do marfim quais são | CI

# Official names.
official-name | qual é a capital da república {} | oriental do uruguai=UY; do chile=CL; argentina=AR
official-name | qual a capital do reino {} | da arábia saudita=SA; do marrocos=MA; da tailândia=TH
official-name | capital da república federativa do brasil | BR
official-name | qual é a capital da república islâmica do irã | IR
official-name | qual a capital da federação russa | RU
official-name | qual a capital da confederação suíça | CH
official-name | qual é a capital do principado de mônaco | MC
official-name | capital do grão-ducado de luxemburgo | LU
official-name | qual a capital do reino hachemita da jordânia | JO
official-name | qual a capital da república popular da china | CN
official-name | qual a capital do sultanato de omã | OM
official-name | qual a capital dos estados unidos mexicanos | MX
official-name | qual é a capital da república unida da tanzânia | TZ
official-name | qual é a capital da república democrática do congo | CD
official-name | qual a capital da república do congo | CG
official-name | qual é a capital da república helênica | GR
official-name | qual é a capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | qual a capital da república democrática federal da etiópia | ET
official-name | qual é a capital da república socialista do vietnã | VN
official-name | qual a capital do estado da cidade do vaticano | VA

# Everyday, old and other names.
everyday-name | qual é a capital da holanda | NL
everyday-name | qual a capital da birmânia | MM
everyday-name | capital da pérsia | IR
everyday-name | qual é a capital do ceilão | LK
everyday-name | qual a capital do sião | TH
everyday-name | qual a capital do zaire | CD
everyday-name | qual a capital da suazilândia | SZ
everyday-name | qual é a capital da república tcheca | CZ
everyday-name | qual a capital da belarus | BY
everyday-name | qual é a capital da rússia branca | BY
everyday-name | qual a capital da macedônia | MK
everyday-name | qual a capital do timor | TL
everyday-name | qual a capital dos eua | US
everyday-name | qual é a capital dos states | US
everyday-name | qual era a capital do daomé | BJ
everyday-name | capital do alto volta | BF
everyday-name | qual é a capital da abissínia | ET
everyday-name | qual a capital da rodésia | ZW
everyday-name | qual a capital da guiana holandesa | SR
everyday-name | qual é a capital do congo belga | CD
everyday-name | qual é a capital da grã-bretanha | GB
everyday-name | qual a capital dos emirados | AE
everyday-name | capital do vaticano | VA

# Names several places share.
shared-name | qual é a capital da coreia | KP+KR
shared-name | quais são as capitais das duas coreias | KP+KR
shared-name | qual a capital do congo | CD+CG
shared-name | capitais dos dois congos | CD+CG
shared-name | qual a capital da geórgia | GE+US-GA
shared-name | qual é a capital das ilhas virgens | VG+VI
shared-name | qual a capital das coreias | KP+KR
shared-name | me fala a capital do congo | CD+CG
shared-name | e a geórgia qual é a capital | GE+US-GA
shared-name | capital da geórgia o país não o estado americano | GE
shared-name | qual a capital da geórgia nos estados unidos | US-GA
shared-name | qual a capital do congo brazzaville | CG
shared-name | capital do congo kinshasa | CD
shared-name | qual é a capital da coreia do sul e da coreia do norte | KP+KR

# Follow-ups after an answer.
follow-up | e a {} | do chile=CL; da bolívia=BO; da colômbia=CO
follow-up | e {} | o peru=PE; o equador=EC; a venezuela=VE
follow-up | e a capital {} | do uruguai=UY; do paraguai=PY; da guiana=GY
follow-up | agora a {} | da síria=SY; do iraque=IQ; do líbano=LB
follow-up | e {} qual é | a grécia=GR; a turquia=TR; chipre=CY
follow-up | beleza e a {} | da noruega=NO; da suécia=SE; da dinamarca=DK
follow-up | tá e {} | a islândia=IS; a finlândia=FI; a irlanda=IE
follow-up | e se fosse {} | o japão=JP; a coreia do sul=KR; a china=CN
follow-up | mais uma e a {} | da nigéria=NG; do quênia=KE; de gana=GH

# Corrections in mid-sentence: the place said last.
self-correction | qual é a capital da áustria não pera da austrália | AU
self-correction | capital da suécia quer dizer da suíça | CH
self-correction | qual a capital da eslovênia ops eslováquia | SK
self-correction | qual é a capital do irã digo do iraque | IQ
self-correction | me fala a capital da nigéria não do níger | NE
self-correction | qual a capital da guiné não guiné-bissau | GW
self-correction | qual é a capital da colômbia não espera da venezuela | VE
self-correction | capital da letônia não não da lituânia | LT
self-correction | qual a capital do paraguai ai errei do uruguai | UY
self-correction | qual é a capital da mauritânia quer dizer de maurício | MU
self-correction | capital do zimbábue opa da zâmbia | ZM
self-correction | qual a capital da dominica não da república dominicana | DO
self-correction | qual é a capital da índia na verdade da indonésia | ID
self-correction | a capital da coreia do norte peraí do sul | KR
self-correction | qual a capital do sudão do sul não só do sudão | SD
self-correction | qual é a capital da armênia não da albânia | AL
self-correction | capital do camboja desculpa do laos | LA
self-correction | qual a capital de malta não de mônaco | MC

# Checks: the place asked about.
yes-no-check | a capital da austrália é sydney | AU
yes-no-check | é verdade que a capital do canadá é toronto | CA
yes-no-check | a capital da turquia é istambul né | TR
yes-no-check | o rio de janeiro ainda é a capital do brasil | BR
yes-no-check | é certo que a capital da nigéria é lagos | NG
yes-no-check | a capital dos estados unidos é nova york | US
yes-no-check | a capital da suíça é genebra ou zurique | CH
yes-no-check | confirma pra mim se a capital do marrocos é rabat | MA
yes-no-check | lima é a capital do peru certo | PE
yes-no-check | a capital do cazaquistão ainda é almaty | KZ
yes-no-check | a capital de mianmar mudou pra naypyidaw é isso | MM
yes-no-check | quito é a capital do equador né | EC
yes-no-check | é verdade que a capital da bahia é salvador | BR-BA
yes-no-check | a capital de minas é belo horizonte né | BR-MG
yes-no-check | a capital de nova york é nova york mesmo | US-NY
yes-no-check | a capital da tanzânia é dar es salaam | TZ
yes-no-check | a capital da nova zelândia é auckland ou não | NZ
yes-no-check | a capital do vietnã é ho chi minh | VN
yes-no-check | são paulo é a capital de são paulo também | BR-SP
yes-no-check | a capital da costa do marfim é abidjan | CI
yes-no-check | a capital do marrocos é casablanca ou não é | MA

# Which country (or state) has this capital.
reverse-question | {} é capital de qual país | iaundé=CITY:Iaundé; ouagadougou=CITY:Ouagadougou; tegucigalpa=CITY:Tegucigalpa
reverse-question | de que país {} é a capital | montevidéu=CITY:Montevidéu; assunção=CITY:Assunção; caracas=CITY:Caracas
reverse-question | {} fica em que país | ulan bator=CITY:Ulan Bator; katmandu=CITY:Katmandu; vientiane=CITY:Vientiane
reverse-question | {} é a capital de onde | nairóbi=CITY:Nairóbi; adis abeba=CITY:Adis Abeba; acra=CITY:Acra
reverse-question | qual país tem {} como capital | liubliana=CITY:Liubliana; bratislava=CITY:Bratislava; tallinn=CITY:Tallinn
reverse-question | {} é capital do quê | cuiabá=CITY:Cuiabá; teresina=CITY:Teresina; macapá=CITY:Macapá
reverse-question | a cidade de {} é capital de qual estado | palmas=CITY:Palmas; aracaju=CITY:Aracaju; florianópolis=CITY:Florianópolis
reverse-question | de qual país a capital é {} | bishkek=CITY:Bishkek; duchambe=CITY:Duchambe; asgabate=CITY:Asgabate

# Not a capital question: other facts, "capital" in other senses, chit-chat, planets, the house.
out-of-domain | quantos habitantes tem a china | FB
out-of-domain | qual é a moeda do japão | FB
out-of-domain | que língua falam na suíça | FB
out-of-domain | qual é o maior país do mundo | FB
out-of-domain | quem é o presidente da argentina | FB
out-of-domain | qual o fuso horário de lisboa | FB
out-of-domain | que horas são em tóquio agora | FB
out-of-domain | como tá o tempo em buenos aires | FB
out-of-domain | vai chover amanhã em curitiba | FB
out-of-domain | qual é a capital do forró | FB
out-of-domain | qual a capital do samba | FB
out-of-domain | o que é capital de giro | FB
out-of-domain | o que significa capital social de uma empresa | FB
out-of-domain | quanto capital eu preciso pra abrir um negócio | FB
out-of-domain | quais são os sete pecados capitais | FB
out-of-domain | o que é pena capital | FB
out-of-domain | qual é a capital de marte | FB
out-of-domain | qual a capital da lua | FB
out-of-domain | quantos planetas tem o sistema solar | FB
out-of-domain | qual o planeta mais quente | FB
out-of-domain | toca uma música do roberto carlos | FB
out-of-domain | conta uma piada | FB
out-of-domain | qual a população do brasil | FB
out-of-domain | qual o rio mais comprido do mundo | FB
out-of-domain | qual é a montanha mais alta da américa do sul | FB
out-of-domain | quantos estados tem o brasil | FB
out-of-domain | quantos países tem na áfrica | FB
out-of-domain | como é a bandeira do canadá | FB
out-of-domain | quem descobriu o brasil | FB
out-of-domain | liga a luz da sala | FB
out-of-domain | coloca um alarme pras seis da manhã | FB
out-of-domain | quanto foi o jogo do flamengo | FB
out-of-domain | quem ganhou a copa de noventa e quatro | FB
out-of-domain | quanto tá o dólar hoje | FB
out-of-domain | qual é o idioma oficial de angola | FB
out-of-domain | onde fica o monte everest | FB
out-of-domain | qual a distância entre são paulo e rio | FB
out-of-domain | como se diz obrigado em japonês | FB
out-of-domain | qual é a comida típica da bahia | FB
out-of-domain | quem foi o primeiro presidente do brasil | FB
out-of-domain | qual a temperatura em manaus agora | FB
out-of-domain | você gosta de viajar | FB
out-of-domain | alexa você é casada | FB
out-of-domain | bom dia alexa tudo bem | FB
out-of-domain | me conta uma curiosidade sobre a islândia | FB
out-of-domain | que dia é hoje | FB
out-of-domain | receita de pão de queijo | FB
out-of-domain | qual é o maior oceano do mundo | FB
out-of-domain | qual o ddd de brasília | FB
out-of-domain | qual o hino nacional da frança | FB
out-of-domain | quem é o rei da espanha hoje | FB
out-of-domain | quantos anos tem a rainha da dinamarca | FB
out-of-domain | qual a maior cidade da austrália | FB
out-of-domain | qual o prato típico do peru | FB
out-of-domain | quantos fusos horários tem a rússia | FB
out-of-domain | qual é a religião da maioria na indonésia | FB
out-of-domain | qual é a capital mundial do café | FB
out-of-domain | qual o planeta mais perto do sol | FB
out-of-domain | quanto tempo de voo daqui até portugal | FB
out-of-domain | precisa de visto pra ir pro canadá | FB
out-of-domain | qual a cor da bandeira da itália | FB
out-of-domain | me recomenda um filme | FB

# Help.
help | como funciona isso | HELP
help | me ajuda alexa | HELP
help | o que eu posso te perguntar | HELP
help | quais perguntas você sabe responder | HELP
help | como é que usa esse negócio | HELP
help | ajuda por favor | HELP
help | não sei o que falar me ajuda | HELP
help | o que essa skill faz | HELP
help | me explica como funciona | HELP
help | pra que serve isso | HELP
help | tô perdido o que eu faço | HELP
help | me dá uma ajuda aí | HELP
help | quais são os comandos | HELP
help | preciso de ajuda | HELP
help | me ensina a usar | HELP
help | ajuda | HELP
help | socorro alexa como funciona | HELP
help | dá uma força aí como usa | HELP
help | o que você sabe fazer | HELP
help | explica de novo como é | HELP
help | como é que eu faço a pergunta | HELP
help | uai como mexe nisso | HELP

# Stop.
stop | para | STOP
stop | pare alexa | STOP
stop | chega | STOP
stop | pode parar | STOP
stop | tchau alexa | STOP
stop | tchau tchau | STOP
stop | sair | STOP
stop | encerrar | STOP
stop | fecha isso | STOP
stop | desliga | STOP
stop | chega por hoje | STOP
stop | já deu alexa | STOP
stop | para de falar | STOP
stop | valeu falou | STOP
stop | parar | STOP
stop | finaliza | STOP
stop | cala a boca alexa | STOP
stop | acabou obrigado | STOP
stop | tá bom pode encerrar | STOP
stop | até mais alexa | STOP
stop | bah chega tchê | STOP
stop | oxe para com isso | STOP
stop | sai alexa | STOP

# Cancel.
cancel | cancela | CANCEL
cancel | cancelar | CANCEL
cancel | esquece | CANCEL
cancel | deixa pra lá | CANCEL
cancel | deixa quieto | CANCEL
cancel | nada não | CANCEL
cancel | não quero mais | CANCEL
cancel | esquece o que eu falei | CANCEL
cancel | cancela isso aí | CANCEL
cancel | anula | CANCEL
cancel | deixa pra lá alexa esquece | CANCEL
cancel | cancela a pergunta | CANCEL
cancel | não precisa mais | CANCEL
cancel | desisti | CANCEL
cancel | ah esquece | CANCEL
cancel | cancela tudo | CANCEL
cancel | mudei de ideia | CANCEL
cancel | não era isso cancela | CANCEL
cancel | nem precisa | CANCEL
cancel | cancela por favor | CANCEL
cancel | ignora | CANCEL
cancel | uai deixa pra lá | CANCEL
cancel | esquece mano | CANCEL
cancel | cancela aí alexa | CANCEL
cancel | pode cancelar | CANCEL
cancel | esquece isso tchê | CANCEL
cancel | oxe deixa pra lá visse | CANCEL

# Launch by the invocation name (a guess: "capitais do mundo").
launch | abrir capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo | LAUNCH
launch | iniciar capitais do mundo | LAUNCH
launch | abra o capitais do mundo | LAUNCH
launch | começar capitais do mundo | LAUNCH
launch | alexa abrir o jogo capitais do mundo | LAUNCH
launch | quero jogar capitais do mundo | LAUNCH
launch | bora abrir capitais do mundo | LAUNCH
launch | abre o capitais do mundo aí | LAUNCH
launch | alexa iniciar a skill capitais do mundo | LAUNCH
launch | executar capitais do mundo | LAUNCH
launch | entra no capitais do mundo | LAUNCH
"""

if __name__ == "__main__":
    build_round(18, "pt", LINES, sys.argv, "tests/Eval/pt/round18/source/build_corpus.py")
