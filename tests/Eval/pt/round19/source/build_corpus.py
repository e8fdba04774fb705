"""Round 19, Portuguese (pt-BR): a new author's own mix, written blind. Speakers: truck drivers on the road ("na boleia",
"no trecho", "parei no posto"), ENEM, vestibular and concurso students, small children, elders ("minha filha", "a
senhora", "no meu tempo de grupo escolar"), the Nordeste ("ôxe", "rapaz", "arre égua macho", "meu rei", "vixe maria",
"painho"), the interior of São Paulo, Minas and Goiás ("ocê", "nóis tava", "sô", "qual que é"), the South ("piá",
"daí", "tri", "ô vivente"), the Amazon ("caboco", on a boat down the river), Portuguese from Portugal on a Brazilian Echo
("diz-me lá", "se faz favor", "pá"), Angolans and Mozambicans in Brazil ("ya", "mais velho", "bué", "maningue"),
Venezuelans and Bolivians in portunhol ("cuál es", "oye", "gracias"), office and school English code-mixing ("double
check", "quick question", "me dá um help", "meeting"), internet slang ("mano do céu", "papo reto", "real oficial", "tô
passada", "bugou"). Situations: the church and school gincana, the bar quiz, a bet with the brother-in-law, the news and
the novela, the Libertadores and the qualifiers, a son abroad, the parish trip, miles for a holiday, the kitchen and the
baby asleep. Plus fillers, self-corrections, follow-ups, checks, reverse questions, official and everyday names, shared
names, terse and trailing forms and what pt-BR recognition writes (accents dropped, "qual e", hyphens lost).
`python3 tests/Eval/pt/round19/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 19's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions, neutral register (a fill carries its own preposition and article).
plain-question | qual é a capital {} | do quirguistão=KG; da eritreia=ER; de vanuatu=VU
plain-question | me diz a capital {} | do tadjiquistão=TJ; do suriname=SR; da guiana=GY
plain-question | alexa qual a capital {} | da letônia=LV; do turcomenistão=TM; de palau=PW
plain-question | sabe qual é a capital {} | do burundi=BI; da mauritânia=MR; do butão=BT
plain-question | a capital {} qual é | de nauru=NR; de tuvalu=TV; da micronésia=FM

# Truck drivers on the road, hands on the wheel.
truck-driver | tô aqui na boleia indo {} e bateu a dúvida qual é a capital de lá | pro paraguai=PY; pra argentina=AR; pro chile=CL
truck-driver | fala aí alexa o caminhoneiro aqui quer saber a capital {} | do uruguai=UY; da bolívia=BO; do peru=PE
truck-driver | rodando no trecho aqui na br cento e dezesseis qual é a capital {} | de sergipe=BR-SE; da paraíba=BR-PB; do rio grande do norte=BR-RN
truck-driver | parei no posto pra tomar um café me fala a capital {} | do tocantins=BR-TO; de rondônia=BR-RO; do mato grosso do sul=BR-MS
truck-driver | alexa tô dirigindo não dá pra olhar o celular qual a capital {} | do equador=EC; da colômbia=CO; da venezuela=VE
truck-driver | a carga é {} qual é a capital de lá mesmo | pro piauí=BR-PI; pro amapá=BR-AP; pra roraima=BR-RR

# ENEM, vestibular and concurso students.
exam-student | tô estudando pro enem qual é a capital {} | do cazaquistão=KZ; da nigéria=NG; da turquia=TR
exam-student | caiu no simulado do vestibular a capital {} qual é | da austrália=AU; do canadá=CA; da tanzânia=TZ
exam-student | pergunta de geografia do cursinho capital {} | de mianmar=MM; do marrocos=MA; do paquistão=PK
exam-student | amanhã tem prova de geografia e eu esqueci a capital {} | da nova zelândia=NZ; da suíça=CH; da índia=IN
exam-student | tô revisando pro concurso qual a capital {} | de angola=AO; de moçambique=MZ; de cabo verde=CV

# Small children.
child | alexa eu tenho oito anos qual é a capital {} | do japão=JP; do egito=EG; da itália=IT
child | a professora perguntou a capital {} e eu não sei | da rússia=RU; da frança=FR; da alemanha=DE
child | alexa minha mãe mandou perguntar pra você qual é a capital {} | da china=CN; do méxico=MX; da espanha=ES
child | alexa alexa qual é a capital {} | dos estados unidos=US; da inglaterra=GB-ENG; da argentina=AR
child | alexa qual é a capital do nosso país o brasil | BR
child | a tia falou que a capital do brasil é brasília é verdade alexa | BR

# Elders.
elder | ô alexa minha filha me diga uma coisa qual é a capital {} | da hungria=HU; da polônia=PL; da romênia=RO
elder | no meu tempo de grupo escolar a gente decorava tudo qual é mesmo a capital {} | da grécia=GR; da bulgária=BG; da irlanda=IE
elder | alexa a senhora sabe me dizer a capital {} | da noruega=NO; da dinamarca=DK; da finlândia=FI
elder | meu neto me ensinou a falar com você então me diz a capital {} | do líbano=LB; da síria=SY; da jordânia=JO
elder | tenho oitenta e dois anos e nunca soube a capital {} | da islândia=IS; do nepal=NP; da mongólia=MN

# The Nordeste.
nordeste | ôxe alexa qual é a capital {} visse | da etiópia=ET; da somália=SO; do djibuti=DJ
nordeste | rapaz me diga aí a capital {} | do sudão=SD; do sudão do sul=SS; do chade=TD
nordeste | arre égua macho qual é a capital {} | do níger=NE; do mali=ML; de burkina faso=BF
nordeste | meu rei qual é a capital {} viu | de gana=GH; do togo=TG; da libéria=LR
nordeste | vixe maria esqueci a capital {} | do gabão=GA; dos camarões=CM; da guiné equatorial=GQ
nordeste | painho quer saber qual é a capital {} | de serra leoa=SL; da guiné=GN; do senegal=SN

# The interior of São Paulo, Minas and Goiás.
interior | ô alexa ocê sabe qual que é a capital {} | da gâmbia=GM; da guiné-bissau=GW; de são tomé e príncipe=ST
interior | nóis tava discutindo aqui na roça qual é a capital {} | do haiti=HT; de cuba=CU; da jamaica=JM
interior | cê sabe a capital {} sô | da argélia=DZ; da líbia=LY; da tunísia=TN
interior | uai qual que é a capital {} hein | de goiás=BR-GO; de minas gerais=BR-MG; do espírito santo=BR-ES

# The South: Paraná, Santa Catarina, Rio Grande do Sul.
south | piá me diz daí qual é a capital {} | do paraná=BR-PR; de santa catarina=BR-SC; do rio grande do sul=BR-RS
south | tri difícil essa qual é a capital {} | da estônia=EE; da lituânia=LT; da bielorrússia=BY
south | ô vivente me conta qual é a capital {} | da ucrânia=UA; da moldávia=MD; da eslováquia=SK
south | daí alexa a capital {} é qual | da eslovênia=SI; da croácia=HR; da sérvia=RS

# The Amazon.
amazon | tô aqui no barco descendo o rio qual é a capital {} | do amazonas=BR-AM; do pará=BR-PA; do acre=BR-AC
amazon | ei caboco pergunta pra alexa a capital {} | da guiana francesa=GF; da guiana=GY; do suriname=SR
amazon | aqui na beira do rio não pega internet direito qual é a capital {} | da venezuela=VE; da colômbia=CO; do peru=PE

# Portuguese from Portugal on a Brazilian Echo.
portugal-speaker | ó alexa diz-me lá qual é a capital {} | da letônia=LV; de timor-leste=TL; da eslovênia=SI
portugal-speaker | qual é que é a capital {} se faz favor | da albânia=AL; do montenegro=ME; do kosovo=XK
portugal-speaker | pá não me lembro qual é a capital {} | da macedônia do norte=MK; da bósnia e herzegovina=BA; de chipre=CY

# Angolans and Mozambicans living in Brazil.
lusophone-africa | ya alexa qual é a capital {} | da zâmbia=ZM; do zimbábue=ZW; do malaui=MW
lusophone-africa | o mais velho me perguntou a capital {} e eu não sei | do botsuana=BW; da namíbia=NA; do lesoto=LS
lusophone-africa | está bem alexa então diz-me a capital {} | de madagascar=MG; das comores=KM; de maurício=MU

# Venezuelans and Bolivians in portunhol.
portunhol | hola alexa cuál es la capital {} | de el salvador=SV; de honduras=HN; de nicaragua=NI
portunhol | por favor me diz la capital {} gracias | de costa rica=CR; de panamá=PA; de guatemala=GT
portunhol | oye alexa qual es a capital {} | da república dominicana=DO; de porto rico=PR; de belize=BZ

# English code-mixing.
english-mix | alexa só pra dar um double check qual é a capital {} | da áustria=AT; da suécia=SE; da bélgica=BE
english-mix | me dá um help aqui qual é a capital {} | do vietnã=VN; do camboja=KH; do laos=LA
english-mix | tipo what's the capital {} | da tailândia=TH; da indonésia=ID; das filipinas=PH
english-mix | quick question alexa qual a capital {} | de singapura=SG; de brunei=BN; do timor-leste=TL
english-mix | tenho um meeting com o time {} daqui a pouco qual é a capital de lá | da índia=IN; do quênia=KE; de israel=IL

# Internet slang.
slang | mano do céu deu branco total qual é a capital {} | da arábia saudita=SA; do catar=QA; do kuwait=KW
slang | papo reto alexa qual é a capital {} | do iraque=IQ; do irã=IR; do afeganistão=AF
slang | real oficial qual é a capital {} | dos emirados árabes unidos=AE; de omã=OM; do barein=BH
slang | tô passada alexa qual a capital {} | do iêmen=YE; do uzbequistão=UZ; do azerbaijão=AZ
slang | bugou minha cabeça agora qual é a capital {} | da armênia=AM; de chipre=CY; de malta=MT

# Gincanas, bar quizzes, bets.
quiz-night | gincana da igreja valendo ponto qual é a capital {} | de fiji=FJ; de samoa=WS; de tonga=TO
quiz-night | tamo jogando perguntas e respostas aqui em casa qual é a capital {} | das ilhas salomão=SB; de papua-nova guiné=PG; de quiribati=KI
quiz-night | no quiz do bar caiu a capital {} qual era | das ilhas marshall=MH; de andorra=AD; de san marino=SM
quiz-night | apostei uma cerveja com meu cunhado qual é a capital {} | de mônaco=MC; de liechtenstein=LI; de luxemburgo=LU
quiz-night | a última pergunta do quiz foi a capital de nauru alguém sabe | NR
travel-family | vamos passar a lua de mel nas seicheles qual é a capital de lá | SC

# The news and the novela.
news-tv | deu no jornal agora uma notícia {} qual é a capital de lá | do haiti=HT; da venezuela=VE; do afeganistão=AF
news-tv | tô vendo a novela que se passa {} qual é a capital desse país | no marrocos=MA; na turquia=TR; na índia=IN
news-tv | teve um terremoto {} qual é a capital de lá | no nepal=NP; no equador=EC; no chile=CL
news-tv | as eleições {} tão dando o que falar qual é a capital de lá | da argentina=AR; de portugal=PT; da frança=FR

# Football.
football | o time vai jogar a libertadores {} qual é a capital de lá | na bolívia=BO; no paraguai=PY; no peru=PE
football | a seleção vai enfrentar {} nas eliminatórias qual é a capital deles | a colômbia=CO; o uruguai=UY; a venezuela=VE
football | o jogador foi vendido pra um time {} qual é a capital de lá | da arábia saudita=SA; da turquia=TR; do japão=JP
football | a próxima copa vai ter jogo {} qual é a capital | no canadá=CA; no méxico=MX; nos estados unidos=US

# Family abroad, trips, travel plans.
travel-family | meu filho foi morar {} qual é a capital de lá | na irlanda=IE; na nova zelândia=NZ; em portugal=PT
travel-family | vou fazer intercâmbio {} qual é a capital | na austrália=AU; em malta=MT; no canadá=CA
travel-family | a excursão da paróquia vai {} me diz qual é a capital | pra israel=IL; pra jordânia=JO; pro egito=EG
travel-family | tô juntando milhas pra ir {} qual é a capital de lá | pra grécia=GR; pra croácia=HR; pra islândia=IS

# Busy at home.
busy-home | tô com a mão na massa aqui fazendo pão qual é a capital {} | da hungria=HU; da áustria=AT; da suíça=CH
busy-home | o bebê dormiu agora fala baixinho qual a capital {} | da dinamarca=DK; da noruega=NO; da suécia=SE
busy-home | enquanto eu lavo a louça me fala a capital {} | de bangladesh=BD; das maldivas=MV; do paquistão=PK

# Formal requests.
formal | gostaria de saber qual é a capital {} por favor | da república centro-africana=CF; do quirguistão=KG; da eritreia=ER
formal | por obséquio qual seria a capital {} | de são cristóvão e névis=KN; de antígua e barbuda=AG; de santa lúcia=LC
formal | alexa solicito a informação da capital {} | de são vicente e granadinas=VC; de granada=GD; de barbados=BB
formal | com licença alexa teria como me dizer a capital {} | da dominica=DM; das bahamas=BS; de trinidad e tobago=TT

# Fillers and hesitations.
filler-hesitation | bom então é qual é a capital {} | da tanzânia=TZ; de uganda=UG; de ruanda=RW
filler-hesitation | ai meu deus como é que chama a capital {} | do gabão=GA; do congo-brazzaville=CG; do burundi=BI
filler-hesitation | éé alexa ahn a capital {} qual é | da grécia=GR; do kosovo=XK; da albânia=AL
filler-hesitation | olha só deixa eu te perguntar uma coisa é qual que é a capital {} | do camboja=KH; de mianmar=MM; do sri lanka=LK

# Terse keyword forms.
terse | capital {} alexa | do laos=LA; do mali=ML; de fiji=FJ
terse | {} capital | quênia=KE; omã=OM; peru=PE
terse | capital {} rapidinho | de tuvalu=TV; do chade=TD; do togo=TG

# Words after the question.
trailing-words | qual é a capital {} brigadão | da colômbia=CO; do equador=EC; da bolívia=BO
trailing-words | qual a capital {} deus te abençoe | da etiópia=ET; do quênia=KE; de uganda=UG
trailing-words | qual é a capital {} tamo junto | do canadá=CA; da austrália=AU; da nova zelândia=NZ

# What pt-BR recognition writes: accents dropped, "qual e", hyphens lost, words split.
asr-artefact | qual e a capital {} | do cazaquistao=KZ; do azerbaijao=AZ; do tadjiquistao=TJ
asr-artefact | qual a capital {} mesmo | da eslovenia=SI; da estonia=EE; da lituania=LT
asr-artefact | qual que e a capital {} | do ira=IR; da nigeria=NG; da etiopia=ET
asr-artefact | capital {} qual e | do iemen=YE; da siria=SY; do libano=LB
asr-artefact | qual é a capital de {} | guine bissau=GW; papua nova guine=PG; timor leste=TL
asr-artefact | qual é a capital da {} | republica tcheca=CZ; macedonia do norte=MK; arabia saudita=SA
asr-artefact | me fala a capital {} | de sao tome e principe=ST; das ilhas salomao=SB; do turcomenistao=TM
asr-artefact | alexa qual é a capital {} | do butao=BT; da mauritania=MR; de camaroes=CM

# One-shot requests through the invocation name.
one-shot | alexa pergunta pro capitais do mundo qual é a capital {} | do mali=ML; da namíbia=NA; de samoa=WS
one-shot | alexa abre o capitais do mundo e me diz a capital {} | da tunísia=TN; da moldávia=MD; de palau=PW
one-shot | pede pro capitais do mundo a capital {} | de djibuti=DJ; do níger=NE; da libéria=LR

# Subdivisions and territories.
subdivision | qual é a capital do estado {} | do ceará=BR-CE; de pernambuco=BR-PE; de alagoas=BR-AL
subdivision | qual a capital {} aqui no brasil | do maranhão=BR-MA; da bahia=BR-BA; do mato grosso=BR-MT
subdivision | qual é a capital {} lá nos estados unidos | da califórnia=US-CA; do texas=US-TX; da flórida=US-FL
subdivision | qual a capital {} no canadá | de ontário=CA-ON; da colúmbia britânica=CA-BC; de alberta=CA-AB
subdivision | qual é a capital {} na austrália | de queensland=AU-QLD; da tasmânia=AU-TAS; de nova gales do sul=AU-NSW
subdivision | qual é a capital {} no reino unido | da escócia=GB-SCT; do país de gales=GB-WLS; da irlanda do norte=GB-NIR
subdivision | qual é a capital {} aquele território | da groenlândia=GL; das ilhas malvinas=FK; da polinésia francesa=PF
subdivision | qual é a capital {} lá no caribe | de curaçao=CW; de aruba=AW; da martinica=MQ
subdivision | qual é a capital do estado {} na alemanha | da baviera=DE-BY; da saxônia=DE-SN; de hesse=DE-HE
subdivision | qual a capital do estado {} no méxico | de jalisco=MX-JAL; de oaxaca=MX-OAX; de iucatã=MX-YUC
subdivision | qual é a capital do estado {} na índia | de goa=IN-GA; de kerala=IN-KL; do punjab=IN-PB
subdivision | qual é a capital {} que é da dinamarca | das ilhas faroé=FO
subdivision | qual é a capital do havaí | US-HI
subdivision | capital do alasca | US-AK
subdivision | qual é a capital de nova york o estado | US-NY
subdivision | qual é a capital da ilha de man | IM
subdivision | qual é a capital de porto rico | PR
subdivision | qual é a capital da nova caledônia | NC
subdivision | qual é a capital de santa helena | SH
subdivision | qual é a capital da reunião aquela ilha francesa | RE

# Follow-ups after a first answer.
follow-up | e a da polônia | PL
follow-up | tá e a do peru | PE
follow-up | beleza agora a da bolívia | BO
follow-up | e aquela da guatemala | GT
follow-up | agora faz a do paraguai | PY
follow-up | e a do vizinho o uruguai | UY
follow-up | outra a de honduras | HN
follow-up | mais uma a da jamaica | JM
follow-up | e pra nicarágua | NI
follow-up | e se fosse a do equador | EC
follow-up | beleza e a do suriname | SR
follow-up | tá bom e a da guiana | GY
follow-up | e agora a do zimbábue | ZW
follow-up | e a do sudão do sul | SS
follow-up | e a de essuatíni | SZ

# Countries with several capitals, asked in the plural.
plural-capitals | a bolívia tem duas capitais quais são elas | BO
plural-capitals | quantas e quais capitais tem a bolívia | BO
plural-capitals | me fala as três capitais da áfrica do sul | ZA
plural-capitals | fala pra mim todas as capitais da áfrica do sul | ZA
plural-capitals | quais as capitais do benin | BJ
plural-capitals | o benin tem mais de uma capital quais são | BJ
plural-capitals | quais são as duas capitais da costa do marfim | CI
plural-capitals | as capitais da costa do marfim quais são | CI
plural-capitals | é verdade que o sri lanka tem duas capitais quais são | LK
plural-capitals | me diz as capitais do sri lanka | LK
plural-capitals | quais são as capitais da holanda | NL
plural-capitals | quais são as capitais dos países baixos | NL
plural-capitals | quais são as capitais de essuatíni | SZ
plural-capitals | a suazilândia tem duas capitais quais são | SZ
plural-capitals | quais as capitais da palestina | PS
plural-capitals | a palestina tem quantas capitais e quais | PS
plural-capitals | capitais da malásia | MY
plural-capitals | a malásia tem duas capitais né quais | MY
plural-capitals | quais são as capitais de eswatini | SZ
plural-capitals | a costa do marfim tem duas capitais né quais são | CI
plural-capitals | me tira uma dúvida quais capitais tem a costa do marfim | CI
plural-capitals | pro enem preciso das capitais da costa do marfim | CI
plural-capitals | a holanda tem duas capitais amsterdã e qual é a outra | NL
plural-capitals | fala as capitais dos países baixos pra mim | NL
plural-capitals | ôxe a holanda tem mais de uma capital é quais são | NL
plural-capitals | quais são as capitais que a áfrica do sul tem | ZA

# Official names.
official-name | qual é a capital da república federativa do brasil | BR
official-name | capital da federação russa | RU
official-name | qual é a capital da república popular da china | CN
official-name | me diz a capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | qual é a capital da confederação suíça | CH
official-name | a capital da república helênica qual é | GR
official-name | qual a capital do estado plurinacional da bolívia | BO
official-name | capital da república bolivariana da venezuela | VE
official-name | qual é a capital dos estados unidos mexicanos | MX
official-name | qual é a capital da república democrática de timor-leste | TL
official-name | me fala a capital do grão-ducado de luxemburgo | LU
official-name | qual é a capital da república árabe síria | SY
official-name | qual é a capital da república popular democrática da coreia | KP
official-name | qual é a capital da república da coreia | KR
official-name | qual a capital do reino da arábia saudita | SA
official-name | qual é a capital do reino de marrocos | MA
official-name | qual é a capital da república oriental do uruguai | UY
official-name | qual é a capital da república federal da alemanha | DE
official-name | capital da república argelina democrática e popular | DZ
official-name | qual é a capital do reino da tailândia | TH
official-name | qual é a capital dos estados unidos da américa | US
official-name | qual a capital da república islâmica do irã | IR
official-name | qual é a capital do reino da noruega | NO

# Everyday, older and short names.
everyday-name | qual é a capital da holanda | NL
everyday-name | capital da birmânia | MM
everyday-name | qual é a capital da pérsia | IR
everyday-name | qual é a capital do ceilão | LK
everyday-name | qual é a capital da rússia branca | BY
everyday-name | qual é a capital da suazilândia | SZ
everyday-name | qual a capital do zaire | CD
everyday-name | qual é a capital do congo-kinshasa | CD
everyday-name | e o congo-brazzaville qual é a capital | CG
everyday-name | qual é a capital dos emirados | AE
everyday-name | qual a capital da república tcheca | CZ
everyday-name | qual é a capital da macedônia | MK
everyday-name | qual é a capital do sião | TH
everyday-name | qual é a capital da rodésia | ZW
everyday-name | capital do daomé | BJ
everyday-name | qual é a capital do alto volta | BF
everyday-name | qual é a capital da grã-bretanha | GB
everyday-name | qual é a capital dos states | US
everyday-name | qual a capital do timor | TL
everyday-name | qual é a capital da bósnia | BA
everyday-name | qual é a capital da costa do ouro | GH
everyday-name | qual é a capital do vaticano | VA
everyday-name | qual é a capital da santa sé | VA
everyday-name | qual é a capital dos eua | US

# Names several places share.
shared-name | qual é a capital do congo | CD+CG
shared-name | capital da coreia | KP+KR
shared-name | qual é a capital da geórgia | GE+US-GA
shared-name | me diz a capital das ilhas virgens | VG+VI
shared-name | qual é a capital das coreias | KP+KR
shared-name | e os dois congos qual é a capital de cada um | CD+CG
shared-name | qual é a capital das duas coreias | KP+KR
shared-name | a capital da geórgia qual é | GE+US-GA
shared-name | e a capital dos congos | CD+CG
shared-name | ilhas virgens qual é a capital | VG+VI

# Checks: the place asked about is expected.
yes-no-check | a capital da austrália é sydney né | AU
yes-no-check | é verdade que a capital da turquia é ancara e não istambul | TR
yes-no-check | a capital do canadá é toronto ou não | CA
yes-no-check | o rio de janeiro ainda é a capital do brasil | BR
yes-no-check | a capital da suíça é zurique mesmo | CH
yes-no-check | confirma pra mim a capital da nigéria é lagos | NG
yes-no-check | a capital do marrocos é casablanca certo | MA
yes-no-check | será que a capital da nova zelândia é auckland | NZ
yes-no-check | a capital dos estados unidos é nova york né | US
yes-no-check | a capital do vietnã é ho chi minh ou hanói | VN
yes-no-check | é lisboa a capital de portugal né | PT
yes-no-check | a capital da bahia é salvador mesmo né | BR-BA
yes-no-check | a capital do paquistão é karachi | PK
yes-no-check | tô certo que a capital da tanzânia é dar es salaam | TZ
yes-no-check | a capital do cazaquistão mudou de nome né | KZ
yes-no-check | a capital de mianmar não é mais rangum né | MM
yes-no-check | a capital da bolívia é la paz né | BO

# Self-corrections: the place said last is expected.
self-correction | qual é a capital da áustria não pera da austrália | AU
self-correction | capital da eslováquia quer dizer eslovênia | SI
self-correction | qual a capital do níger não não da nigéria | NG
self-correction | qual é a capital da suécia ops da suíça | CH
self-correction | me diz a capital do irã digo do iraque | IQ
self-correction | qual é a capital da guiné não calma da guiné-bissau | GW
self-correction | qual a capital da islândia desculpa irlanda | IE
self-correction | capital do sudão do sul não só do sudão | SD
self-correction | qual é a capital da colômbia não me enganei é do equador | EC
self-correction | a capital do mali errei é do malaui | MW
self-correction | qual a capital da letônia não é da lituânia | LT
self-correction | qual é a capital da gâmbia perdão da zâmbia | ZM
self-correction | qual é a capital da dominica não da república dominicana | DO
self-correction | capital do paraguai opa uruguai | UY
self-correction | qual é a capital da mauritânia quer dizer de maurício | MU

# Reverse questions: every place with that capital is expected.
reverse-question | cartum é capital de qual país | CITY:cartum
reverse-question | de que país é a capital ulan bator | CITY:ulan bator
reverse-question | ouagadougou é capital de onde | CITY:ouagadougou
reverse-question | tegucigalpa é capital de que país | CITY:tegucigalpa
reverse-question | bishkek é a capital de que país | CITY:bishkek
reverse-question | de qual país a capital é paramaribo | CITY:paramaribo
reverse-question | windhoek é capital do quê | CITY:windhoek
reverse-question | que país tem como capital vientiane | CITY:vientiane
reverse-question | a cidade de adis abeba é capital de qual país | CITY:adis abeba
reverse-question | qual país tem a capital chamada katmandu | CITY:katmandu
reverse-question | asmara é capital de que lugar | CITY:asmara
reverse-question | porto velho é capital de que estado | CITY:porto velho
reverse-question | aracaju é capital de qual estado | CITY:aracaju
reverse-question | palmas é a capital de que estado | CITY:palmas
reverse-question | de onde é a capital montevidéu | CITY:montevidéu
reverse-question | assunção é capital de qual país | CITY:assunção
reverse-question | manágua é a capital de que país mesmo | CITY:manágua
reverse-question | tbilisi é a capital de onde | CITY:tbilisi
reverse-question | a capital dili é de que país | CITY:dili

# Opening the skill.
launch | abre o capitais do mundo | LAUNCH
launch | alexa abrir capitais do mundo | LAUNCH
launch | iniciar capitais do mundo | LAUNCH
launch | alexa bora jogar capitais do mundo | LAUNCH
launch | quero usar o capitais do mundo | LAUNCH
launch | alexa liga o capitais do mundo aí | LAUNCH
launch | abre aquela skill capitais do mundo | LAUNCH
launch | alexa começar capitais do mundo | LAUNCH
launch | executa capitais do mundo | LAUNCH
launch | alexa chama o capitais do mundo | LAUNCH
launch | abrir a skill das capitais do mundo | LAUNCH
launch | alexa inicia o jogo capitais do mundo | LAUNCH

# Help.
help | como é que funciona isso aqui | HELP
help | o que eu posso te perguntar | HELP
help | me explica como usa | HELP
help | tô perdido me ajuda | HELP
help | não entendi nada o que é pra fazer | HELP
help | ajuda por favor | HELP
help | quais perguntas você responde | HELP
help | me dá um exemplo de pergunta | HELP
help | como eu pergunto uma capital | HELP
help | preciso de ajuda | HELP
help | o que essa skill faz | HELP
help | socorro não sei usar isso | HELP
help | me ensina a mexer nisso | HELP
help | pra que serve isso | HELP
help | como que eu faço pra perguntar | HELP
help | ajuda aí alexa | HELP
help | quais são as opções | HELP
help | me orienta aí que eu não sei como funciona | HELP
help | o que dá pra fazer aqui | HELP
help | tô confusa me ajuda por favor | HELP
help | me dá um help | HELP
help | explica de novo como funciona | HELP
help | alexa como é que eu uso esse trem | HELP
help | ôxe e como é que pergunta isso aqui | HELP
help | me explica aí o esquema desse jogo | HELP
help | como funciona essa parada | HELP
help | não tô entendendo nada minha filha me ajuda | HELP
help | que tipo de coisa você sabe responder | HELP
help | ajuda aqui ó não sei o que falar | HELP
help | quais são os comandos | HELP

# Stop.
stop | para | STOP
stop | para alexa | STOP
stop | chega | STOP
stop | chega por hoje | STOP
stop | pode parar | STOP
stop | desliga | STOP
stop | sair | STOP
stop | sai do jogo | STOP
stop | encerrar | STOP
stop | encerra aí | STOP
stop | fecha o capitais do mundo | STOP
stop | tchau alexa | STOP
stop | já deu | STOP
stop | fica quieta | STOP
stop | cala a boca alexa | STOP
stop | não quero mais | STOP
stop | tá bom pode fechar | STOP
stop | finaliza | STOP
stop | para tudo | STOP
stop | acabou | STOP
stop | valeu era só isso tchau | STOP
stop | sai daqui | STOP
stop | fechar | STOP
stop | tô saindo tchau | STOP
stop | tá bom alexa pode desligar | STOP
stop | para de falar | STOP
stop | chega de capital por hoje | STOP
stop | fecha isso aí | STOP
stop | encerra o jogo | STOP
stop | desliga essa coisa | STOP
stop | para com isso | STOP
stop | beleza era isso falou | STOP
stop | sai fora | STOP
stop | pode encerrar obrigada | STOP
stop | tchau tchau | STOP
stop | já chega alexa | STOP
stop | tô indo dormir tchau | STOP
stop | desliga aí macho | STOP

# Cancel.
cancel | cancela | CANCEL
cancel | cancelar | CANCEL
cancel | esquece | CANCEL
cancel | deixa pra lá | CANCEL
cancel | deixa quieto | CANCEL
cancel | esquece isso | CANCEL
cancel | não precisa mais | CANCEL
cancel | cancela essa pergunta | CANCEL
cancel | não deixa | CANCEL
cancel | ah esquece alexa | CANCEL
cancel | nada não | CANCEL
cancel | deixa | CANCEL
cancel | mudei de ideia | CANCEL
cancel | cancela aí | CANCEL
cancel | pode cancelar | CANCEL
cancel | esquece o que eu falei | CANCEL
cancel | não era isso cancela | CANCEL
cancel | desencana | CANCEL
cancel | deixa pra depois | CANCEL
cancel | ignora | CANCEL
cancel | ignora o que eu disse | CANCEL
cancel | cancela tudo | CANCEL
cancel | esquece mano | CANCEL
cancel | cancela isso aí | CANCEL
cancel | deixa pra lá alexa | CANCEL
cancel | ah deixa quieto | CANCEL
cancel | não não cancela | CANCEL
cancel | cancela a pergunta | CANCEL
cancel | esquece essa | CANCEL
cancel | deixa isso pra lá | CANCEL
cancel | não quero mais saber cancela | CANCEL
cancel | esquece o que eu perguntei | CANCEL
cancel | esquece vai | CANCEL
cancel | deixa baixo | CANCEL
cancel | nem precisa mais | CANCEL
cancel | cancela aí piá | CANCEL
cancel | esquece visse | CANCEL
cancel | deixa quieto mano | CANCEL
cancel | ai deixa pra lá esquece | CANCEL

# Not capital questions: other facts about a country, capital in other senses, planets, chit-chat, home requests.
out-of-domain | quantos habitantes tem {} | o japão=FB; a nigéria=FB; o brasil=FB
out-of-domain | qual é a moeda {} | da suíça=FB; do japão=FB; da argentina=FB
out-of-domain | que língua se fala {} | na suíça=FB; no suriname=FB; em angola=FB
out-of-domain | quem é o presidente {} | da frança=FB; dos estados unidos=FB; da argentina=FB
out-of-domain | que horas são {} | em tóquio=FB; em lisboa=FB; em nova york=FB
out-of-domain | como tá o tempo {} | em curitiba=FB; em salvador=FB; em manaus=FB
out-of-domain | quantos quilômetros de são paulo até {} | curitiba=FB; belo horizonte=FB; brasília=FB
out-of-domain | qual é o maior país do mundo | FB
out-of-domain | qual é o rio mais comprido do brasil | FB
out-of-domain | qual é a montanha mais alta do mundo | FB
out-of-domain | qual é a capital do rock | FB
out-of-domain | qual cidade é conhecida como a capital do forró | FB
out-of-domain | qual é a capital mundial do café | FB
out-of-domain | o que significa capital social | FB
out-of-domain | quanto capital eu preciso pra abrir uma empresa | FB
out-of-domain | o que é capital de giro | FB
out-of-domain | o que é pena capital | FB
out-of-domain | quais são os sete pecados capitais | FB
out-of-domain | quantos planetas tem o sistema solar | FB
out-of-domain | qual é o maior planeta | FB
out-of-domain | marte tem capital | FB
out-of-domain | toca um forró | FB
out-of-domain | toca uma música do roberto carlos | FB
out-of-domain | põe um alarme pras seis da manhã | FB
out-of-domain | liga a luz da sala | FB
out-of-domain | conta uma piada | FB
out-of-domain | quanto tá o dólar hoje | FB
out-of-domain | qual foi o resultado do jogo do corinthians | FB
out-of-domain | quando é o próximo feriado | FB
out-of-domain | quantos estados tem o brasil | FB
out-of-domain | qual é o estado mais populoso do brasil | FB
out-of-domain | como é a bandeira da jamaica | FB
out-of-domain | quem escreveu o hino nacional | FB
out-of-domain | qual é a comida típica do peru | FB
out-of-domain | onde fica o deserto do saara | FB
out-of-domain | quantos fusos horários tem a rússia | FB
out-of-domain | qual a população de são paulo | FB
out-of-domain | você é casada alexa | FB
out-of-domain | tudo bem com você alexa | FB
out-of-domain | qual é a cidade mais fria do mundo | FB
out-of-domain | como se diz capital em inglês | FB
out-of-domain | qual é o menor país do mundo | FB
out-of-domain | quem descobriu o brasil | FB
out-of-domain | que dia é hoje | FB
out-of-domain | me lembra de comprar pão | FB
out-of-domain | qual é o ddd de fortaleza | FB
out-of-domain | qual é o cep de brasília | FB
out-of-domain | quanto custa uma passagem pra lisboa | FB
out-of-domain | qual é a maior cidade da austrália | FB
out-of-domain | qual é a cidade mais populosa do canadá | FB
out-of-domain | quem ganhou a copa de dois mil e dois | FB
out-of-domain | qual é o idioma oficial do haiti | FB
out-of-domain | qual é o prato típico {} | da bahia=FB; de minas=FB; do pará=FB
out-of-domain | qual o fuso horário {} | do acre=FB; de portugal=FB; do japão=FB
out-of-domain | quando foi a independência {} | de angola=FB; do brasil=FB; dos estados unidos=FB
out-of-domain | qual é a língua oficial de moçambique | FB
out-of-domain | qual é o maior estado do brasil | FB
out-of-domain | brasília foi inaugurada em que ano | FB
out-of-domain | quem projetou brasília | FB
out-of-domain | qual é a cidade mais antiga do brasil | FB
out-of-domain | toca o hino do flamengo | FB
out-of-domain | qual é a previsão do tempo pra amanhã | FB
out-of-domain | qual é a temperatura em porto alegre | FB
out-of-domain | quanto é doze vezes oito | FB
out-of-domain | me conta uma curiosidade | FB
out-of-domain | qual é a estrela mais próxima da terra | FB
out-of-domain | qual é o maior oceano | FB
out-of-domain | qual é o país mais rico do mundo | FB
out-of-domain | qual é a sigla do estado de pernambuco | FB
"""

if __name__ == "__main__":
    build_round(19, "pt", LINES, sys.argv, "tests/Eval/pt/round19/source/build_corpus.py")
