"""Round 26, Portuguese (pt-BR): a new author's own mix, written blind, with speakers, situations and wordings chosen
apart from rounds 22 to 25. Speakers: goianos of Goiânia ("nó senhora", "ô dó", "cê", "uai", the pamonharia),
maranhenses of São Luís ("ei pequeno", "tu é doido é", "lascou", reggae and bumba meu boi), paraibanos of Campina
Grande ("vôte mulher", "eita pega", "bichinho", "danou-se", the São João quadrilha), potiguares of Natal ("ixi", "tá com
a gota", "arrodeia não"), the interior paulista of Ribeirão Preto and Barretos ("ô mêo", the rodeo), the norte do
Paraná of Londrina ("ô piá", "daí", "que vina"); Haitians in Santa Catarina ("bonjou", "mèsi", learner grammar),
Lebanese and Syrian descendants of the 25 de Março ("yalla", "habibi", the "teta" and the "jiddo", "inshallah"),
Senegalese vendors in Caxias do Sul ("salam aleikum", "meu amigo"), Argentinians in Florianópolis ("che", "dale",
"decime", "boludo"), Chinese shopkeepers in São Paulo ("ai ya", a customer's question); learners (an exchange student,
an engineer, "o capital", "eu quer saber"); children (a globe as a present, playing escolinha, the school van, "eu
tenho sete anos", a drawing); teenagers ("sério mesmo", "tô passada", "mó preguiça", "real oficial"); elders (a
great-grandmother without her hearing aid, a retired bus driver, dominoes in the square, a crochet group, "menina
alexa"). At work: a flight attendant in the galley, a pharmacist at the counter, a builder on the scaffolding, a
geography teacher writing a test, a baker at four in the morning, a school cook, a barber, a radio amateur, a
librarian, a lifeguard, a personal trainer. At home: floury hands, a sleeping baby, a blind user, the shower, ironing,
a book club. Games and sport: Banco Imobiliário, Worldle, Globle, an escape room, Civilization, Age of Empires,
Soletrando, a chess tournament, the Copa América, the Tour de France, the Club World Cup, the NBA, the UFC. Travel: a
foreign boyfriend, a consulate queue, sending money abroad, a layover, flying over Greenland. Plus fillers and
hesitations ("é é é", "hum deixa eu pensar", "veja bem hã"), tails ("obrigada viu", "minha querida", "fazendo o
favor"), self-corrections ("não pera", "digo", "ops", "quer dizer", "corrigindo", "falei errado", "troquei"),
follow-ups, yes/no checks with right and wrong cities, reverse questions, official, everyday and old names, shared
names (Congo, Coreia, Geórgia, Ilhas Virgens), every several-capital country, Palestine, Montserrat, Jammu and Kashmir
and Uttarakhand in the plural, subdivisions, territories, one-shot requests and launches through the invocation name
"capitais do mundo", and what pt-BR recognition may write (accents and tildes lost, "caza quistão", "mada gascar",
"dacoreia", "nijéria", "gressia", "ungria", "qualé a capita"). Out of domain: other facts about a named country,
"capital" in other senses (capital social, capital de giro, Capital Inicial, the capital of forró, rodeo or fashion,
pecados capitais), places the data lacks (Sicily, Catalonia, Kurdistan, Tibet, Patagonia, Wakanda, Narnia, Mordor) and
other skills' requests.
`python3 tests/Eval/pt/round26/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 26's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# regional speech: goianos of Goiânia, maranhenses of São Luís, paraibanos of Campina Grande, potiguares of Natal,
# the interior paulista of Ribeirão Preto and Barretos, the norte do Paraná of Londrina
regional-speech | nó senhora alexa qual que é a capital {} | da mongólia=MN; do cazaquistão=KZ; do uzbequistão=UZ
regional-speech | ô dó eu esqueci a capital {} cê sabe | do quirguistão=KG; do tadjiquistão=TJ; do turcomenistão=TM
regional-speech | cê sabe qual é a capital {} aqui da pamonharia | do afeganistão=AF; do paquistão=PK; do nepal=NP
regional-speech | ei pequeno pergunta aí pra alexa a capital {} | da jamaica=JM; de barbados=BB; das bahamas=BS
regional-speech | tu é doido é eu não sei a capital {} diz aí alexa | do haiti=HT; de cuba=CU; da república dominicana=DO
regional-speech | rapaz lascou esqueci qual é a capital {} | de trinidad e tobago=TT; de granada=GD; de santa lúcia=LC
regional-speech | vôte mulher qual é a capital {} | da dominica=DM; de são vicente e granadinas=VC; de antígua e barbuda=AG
regional-speech | eita pega bichinho qual a capital {} | de são cristóvão e névis=KN; do belize=BZ; da guatemala=GT
regional-speech | danou-se alexa me diga a capital {} | de honduras=HN; da nicarágua=NI; de el salvador=SV
regional-speech | ixi tá com a gota qual é a capital {} | da costa rica=CR; do panamá=PA; do equador=EC
regional-speech | bicho tu sabe a capital {} é | da colômbia=CO; da venezuela=VE; da guiana=GY
regional-speech | arrodeia não alexa fala logo a capital {} | do suriname=SR; do paraguai=PY; do uruguai=UY
regional-speech | ô mêo qual que é a capital {} | do chile=CL; do peru=PE; da argentina=AR
regional-speech | caramba mêo nunca lembro a capital {} | do méxico=MX; do canadá=CA; dos estados unidos=US
regional-speech | ô piá pergunta pra alexa a capital {} daí | da polônia=PL; da ucrânia=UA; da romênia=RO
regional-speech | mas que vina alexa qual é a capital {} | da hungria=HU; da bulgária=BG; da sérvia=RS
regional-speech | nó que trem difícil de lembrar a capital {} | da croácia=HR; da eslovênia=SI; da bósnia e herzegovina=BA
regional-speech | rapaz do céu a capital {} qual é mesmo | do montenegro=ME; da albânia=AL; da macedônia do norte=MK

# immigrants and heritage speakers: Haitians in Santa Catarina, Lebanese and Syrian descendants of the 25 de Março,
# Senegalese vendors in Caxias do Sul, Argentinians in Florianópolis, Chinese shopkeepers in São Paulo
immigrant-speech | bonjou alexa eu quer saber capital {} | do haiti=HT; da república do congo=CG; do benin=BJ
immigrant-speech | mèsi alexa e qual é capital {} por favor | do senegal=SN; da guiné=GN; do mali=ML
immigrant-speech | alexa eu não fala bem português qual capital {} | da mauritânia=MR; do níger=NE; do burquina faso=BF
immigrant-speech | yalla alexa qual é a capital {} habibi | do líbano=LB; da síria=SY; da jordânia=JO
immigrant-speech | a minha teta perguntou a capital {} | do iraque=IQ; do irã=IR; do kuwait=KW
immigrant-speech | o jiddo quer saber a capital {} inshallah | da arábia saudita=SA; do iêmen=YE; de omã=OM
immigrant-speech | salam aleikum alexa capital {} qual é | da gâmbia=GM; da guiné-bissau=GW; de cabo verde=CV
immigrant-speech | meu amigo alexa me fala a capital {} | da costa do marfim=CI; do togo=TG; de gana=GH
immigrant-speech | che alexa dale decime a capital {} | da bolívia=BO; do chile=CL; do uruguai=UY
immigrant-speech | boludo qual é a capital {} che | do paraguai=PY; do peru=PE; da argentina=AR
immigrant-speech | ai ya alexa capital {} qual é | da china=CN; de taiwan=TW; do vietnã=VN
immigrant-speech | alexa cliente pergunta capital {} eu não sabe | do laos=LA; do camboja=KH; da tailândia=TH

# learners of Portuguese: an exchange student from Germany, a Japanese engineer, an American missionary kid
learner-speech | alexa por favor eu quero sabe qual é capital {} | da áustria=AT; da suíça=CH; da alemanha=DE
learner-speech | como se fala a capital {} em português alexa qual é | da holanda=NL; da bélgica=BE; do luxemburgo=LU
learner-speech | alexa você pode dizer para mim o capital {} | da dinamarca=DK; da suécia=SE; da noruega=NO
learner-speech | qual é o capital de {} | finlândia=FI; estônia=EE; letônia=LV
learner-speech | eu estuda português e quero sabe capital {} | da lituânia=LT; da bielorrússia=BY; da moldávia=MD

# children: a globe as a birthday present, playing escolinha, on the school van, spelling out words
child-speech | alexa eu ganhei um globo e quero saber a capital {} | da rússia=RU; do japão=JP; da índia=IN
child-speech | eu sou a professora e a pergunta é qual a capital {} | da frança=FR; da itália=IT; da espanha=ES
child-speech | alexa na van da escola a gente apostou a capital {} | de portugal=PT; da irlanda=IE; da grécia=GR
child-speech | alexa eu tenho sete anos qual é a capital {} | do egito=EG; do quênia=KE; da nigéria=NG
child-speech | por que a capital {} é essa alexa qual é ela | da austrália=AU; da nova zelândia=NZ; de fiji=FJ
child-speech | alexa o meu irmão disse que eu não sei a capital {} qual é | da turquia=TR; de israel=IL; de chipre=CY
child-speech | alexa conta pra mim a capital {} que eu vou desenhar | do brasil=BR; do marrocos=MA; da tunísia=TN

# teenagers
teen-speech | mano sério mesmo qual é a capital {} | da coreia do sul=KR; da indonésia=ID; das filipinas=PH
teen-speech | tô passada não sabia a capital {} qual é alexa | da islândia=IS; de mônaco=MC; de malta=MT
teen-speech | alexa mó preguiça de pesquisar qual a capital {} | da etiópia=ET; da somália=SO; do sudão=SD
teen-speech | real oficial alexa qual é a capital {} | do sudão do sul=SS; da eritreia=ER; de djibuti=DJ
teen-speech | alexa rapidinho que o professor tá vindo capital {} | da zâmbia=ZM; do zimbábue=ZW; de moçambique=MZ

# elders: a great-grandmother with a hearing aid, a retired bus driver, dominoes in the square, a crochet group
elder-speech | alexa minha filha a bisa quer saber a capital {} | da tchéquia=CZ; da eslováquia=SK; da áustria=AT
elder-speech | fala devagar que eu tô sem o aparelho qual é a capital {} | de angola=AO; de moçambique=MZ; de são tomé e príncipe=ST
elder-speech | aqui na praça jogando dominó a gente discutiu a capital {} | da venezuela=VE; da colômbia=CO; do equador=EC
elder-speech | eu fui motorista de ônibus trinta anos e nunca soube a capital {} | da hungria=HU; da romênia=RO; da bulgária=BG
elder-speech | no grupo do crochê a dona lurdes perguntou a capital {} | da namíbia=NA; de botsuana=BW; do lesoto=LS
elder-speech | menina alexa faz o favor de me dizer a capital {} | do japão=JP; da china=CN; da coreia do norte=KP

# at work
work-context | tô na copa do avião servindo café qual é a capital {} | do catar=QA; dos emirados árabes unidos=AE; do barein=BH
work-context | aqui no balcão da farmácia um cliente perguntou a capital {} | da armênia=AM; do azerbaijão=AZ; da geórgia o país=GE
work-context | tô no andaime e a turma quer saber a capital {} | do camboja=KH; do mianmar=MM; do laos=LA
work-context | alexa tô fazendo a prova de geografia do sexto ano qual é a capital {} | da libéria=LR; da serra leoa=SL; da guiné equatorial=GQ
work-context | na padaria às quatro da manhã me bateu a dúvida a capital {} | de brunei=BN; de singapura=SG; de timor-leste=TL
work-context | alexa sou merendeira e as crianças perguntaram a capital {} | do gabão=GA; de camarões=CM; do chade=TD
work-context | na barbearia o cliente apostou comigo a capital {} | do burundi=BI; de ruanda=RW; de uganda=UG
work-context | sou radioamador e falei com alguém {} qual é a capital de lá | de vanuatu=VU; de tonga=TO; de samoa=WS
work-context | alexa sou bibliotecária e tô catalogando um livro qual a capital {} | de liechtenstein=LI; de andorra=AD; de san marino=SM
work-context | tô de salva-vidas no posto sete qual é a capital {} | de madagascar=MG; de maurício=MU; das seicheles=SC
work-context | alexa personal aqui entre uma série e outra a capital {} | da república centro-africana=CF; da república democrática do congo=CD; dos comores=KM

# at home
home-context | tô com a mão cheia de farinha alexa qual é a capital {} | da líbia=LY; da argélia=DZ; da tunísia=TN
home-context | o neném dormiu agora fala baixinho qual a capital {} | de nauru=NR; de tuvalu=TV; de quiribati=KI
home-context | alexa sou cego e uso você pra tudo qual é a capital {} | de palau=PW; das ilhas marshall=MH; da micronésia=FM
home-context | tô no banho alexa qual é a capital {} | das ilhas salomão=SB; da papua-nova guiné=PG; de fiji=FJ
home-context | passando roupa aqui alexa me diz a capital {} | de mianmar=MM; da tailândia=TH; da malásia=MY
home-context | alexa no clube do livro o romance se passa {} qual é a capital | no afeganistão=AF; na nigéria=NG; no sri lanka=LK

# games: Banco Imobiliário, Worldle, Termo, an escape room, Civilization, Soletrando, a chess tournament, a quadrilha
game-context | no banco imobiliário caiu a carta da capital {} qual é | da irlanda=IE; da escócia=GB-SCT; do país de gales=GB-WLS
game-context | no worldle de hoje deu {} qual é a capital | a eslovênia=SI; o quirguistão=KG; a moldávia=MD
game-context | tô jogando globle e preciso da capital {} | do turcomenistão=TM; do uzbequistão=UZ; do tadjiquistão=TJ
game-context | na sala de fuga a pista é a capital {} qual é | do egito=EG; do peru=PE; do nepal=NP
game-context | no civilization eu tô jogando com a civilização {} qual a capital real de hoje | da mongólia=MN; do japão=JP; da suécia=SE
game-context | no age of empires apareceu {} qual é a capital do país hoje | a etiópia=ET; o vietnã=VN; a coreia do sul=KR
game-context | alexa tô treinando pro soletrando como é a capital {} | da eritreia=ER; da islândia=IS; do cazaquistão=KZ
game-context | no torneio de xadrez o meu adversário é {} qual a capital de lá | da armênia=AM; da noruega=NO; do azerbaijão=AZ
game-context | alexa na quadrilha do são joão a brincadeira é a capital {} | de portugal=PT; do paraguai=PY; de cuba=CU

# sport
sport-context | a seleção vai jogar contra {} na copa américa qual é a capital | a bolívia=BO; o equador=EC; a venezuela=VE
sport-context | no tour de france tá passando {} qual é a capital | pela bélgica=BE; pela suíça=CH; por andorra=AD
sport-context | o mundial de clubes tem time {} alexa qual é a capital de lá | da nova zelândia=NZ; do catar=QA; da arábia saudita=SA
sport-context | o jogador da nba é {} qual é a capital | da sérvia=RS; da eslovênia=SI; da grécia=GR
sport-context | a lutadora do ufc é {} qual a capital do país dela | do cazaquistão=KZ; da polônia=PL; do quirguistão=KG

# travel
travel-context | meu namorado gringo é {} qual é a capital | da dinamarca=DK; da holanda=NL; da escócia=GB-SCT
travel-context | tô na fila do consulado {} qual é a capital | da austrália=AU; do canadá=CA; da irlanda=IE
travel-context | vou mandar dinheiro pra minha irmã que mora {} qual é a capital | na itália=IT; em portugal=PT; no japão=JP
travel-context | alexa o voo faz escala {} qual é a capital | na etiópia=ET; no catar=QA; no panamá=PA
travel-context | a comissária falou que a gente vai sobrevoar {} qual é a capital | a groenlândia=GL; a islândia=IS; a mauritânia=MR

# fillers and hesitations
filler-hesitation | alexa é é é qual é mesmo a capital {} | da nigéria=NG; do quênia=KE; do senegal=SN
filler-hesitation | hum deixa eu pensar alexa a capital {} | da tanzânia=TZ; de uganda=UG; de ruanda=RW
filler-hesitation | alexa então né assim qual seria a capital {} | do malaui=MW; da zâmbia=ZM; de angola=AO
filler-hesitation | ah alexa sabe aquele país {} qual é a capital dele | o lesoto=LS; o essuatíni=SZ; o burundi=BI
filler-hesitation | alexa veja bem hã a capital {} qual é | do níger=NE; do chade=TD; do sudão=SD
filler-hesitation | ó alexa me tira uma dúvida rapidinho a capital {} | da líbia=LY; do marrocos=MA; da argélia=DZ

# tails
trailing-words | qual é a capital {} alexa obrigada viu | do vaticano=VA; da palestina=PS; do kosovo=XK
trailing-words | me fala a capital {} que eu tô precisando muito | de omã=OM; do iêmen=YE; do barein=BH
trailing-words | qual é a capital {} valeu alexa tu é brava | da jordânia=JO; do kuwait=KW; do iraque=IQ
trailing-words | qual é a capital {} minha querida | do canadá=CA; do méxico=MX; de cuba=CU
trailing-words | a capital {} qual é fazendo o favor | de monaco=MC; de san marino=SM; de liechtenstein=LI
trailing-words | diz a capital {} que depois eu te agradeço | do benin=BJ; do togo=TG; de gana=GH

# polite requests
polite-request | alexa por gentileza qual é a capital {} | da finlândia=FI; da estônia=EE; da letônia=LV
polite-request | alexa seria possível me informar a capital {} | da lituânia=LT; da bielorrússia=BY; da ucrânia=UA
polite-request | com licença alexa a capital {} qual é | do sri lanka=LK; das maldivas=MV; do butão=BT
polite-request | alexa você me faria a gentileza de dizer a capital {} | de bangladesh=BD; da índia=IN; do paquistão=PK
polite-request | alexa se não for incômodo me diga a capital {} | da indonésia=ID; de timor-leste=TL; de brunei=BN

# plain questions
direct-question | qual a capital {} | de samoa=WS; de tonga=TO; de vanuatu=VU
direct-question | qual que é a capital {} alexa | das ilhas salomão=SB; de nauru=NR; de palau=PW
direct-question | alexa a capital {} é qual | da micronésia=FM; das ilhas marshall=MH; de tuvalu=TV
direct-question | alexa capital {} | de quiribati=KI; da papua-nova guiné=PG; da guiana=GY
direct-question | alexa qual é a cidade capital {} | do suriname=SR; do belize=BZ; da jamaica=JM
direct-question | em que cidade fica a capital {} | da rússia=RU; da frança=FR; da alemanha=DE
direct-question | alexa onde fica a sede do governo {} | do reino unido=GB; da espanha=ES; da itália=IT

# bare names
bare-name | alexa {} capital | mongólia=MN; eslováquia=SK; croácia=HR
bare-name | capital {} | do gabão=GA; da guiné equatorial=GQ; de camarões=CM

# follow-ups
follow-up | e {} | a da bolívia=BO; a da colômbia=CO; o uruguai=UY
follow-up | e a capital {} | do chile então=CL; do peru agora=PE
follow-up | tá e a {} | de madagascar=MG; das seicheles=SC; de maurício=MU
follow-up | beleza agora {} | a da somália=SO; o djibuti=DJ; a eritreia=ER
follow-up | e {} qual é | a da tchéquia=CZ; da áustria=AT; o kosovo=XK
follow-up | entendi e {} alexa | a dos comores=KM; de cabo verde=CV; são tomé e príncipe=ST
follow-up | tá bom e pra {} | a libéria=LR; serra leoa=SL; guiné-bissau=GW
follow-up | e se fosse {} | o canadá=CA; a austrália=AU
follow-up | e do vizinho {} | a argentina=AR; o paraguai=PY
follow-up | agora faz a {} | da nova zelândia=NZ; de fiji=FJ; de singapura=SG

# yes-no checks, right and wrong
yes-no-check | a capital da austrália é sydney né | AU
yes-no-check | é verdade que a capital do canadá é toronto | CA
yes-no-check | alexa a capital da turquia é istambul | TR
yes-no-check | ancara é a capital da turquia certo | TR
yes-no-check | a capital da suíça é genebra ou não é | CH
yes-no-check | berna é mesmo a capital da suíça | CH
yes-no-check | alexa confirma pra mim a capital do marrocos é rabat | MA
yes-no-check | a capital da nigéria é lagos alexa | NG
yes-no-check | abuja é capital da nigéria ou eu tô louca | NG
yes-no-check | alexa o cairo é a capital do egito | EG
yes-no-check | a capital da índia é mumbai não é | IN
yes-no-check | nova déli é a capital da índia | IN
yes-no-check | a capital do vietnã é ho chi minh né alexa | VN
yes-no-check | alexa a capital da tanzânia ainda é dar es salaam | TZ
yes-no-check | é certo que a capital de mianmar é yangon | MM
yes-no-check | alexa a capital do cazaquistão é almaty | KZ
yes-no-check | a capital da nova zelândia é auckland ou wellington | NZ
yes-no-check | quito é a capital do equador né | EC
yes-no-check | alexa a capital dos estados unidos é nova york | US
yes-no-check | washington é a capital dos estados unidos ou não | US
yes-no-check | a capital da bolívia é la paz ou sucre | BO
yes-no-check | alexa assunção é capital do uruguai | PY
yes-no-check | montevidéu é a capital do uruguai confirma | UY
yes-no-check | a capital da costa do marfim é abidjan né | CI
yes-no-check | alexa é verdade que o paquistão tem capital islamabad | PK
yes-no-check | a capital do brasil era o rio né alexa e agora é brasília | BR
yes-no-check | alexa a capital de israel é tel aviv | IL
yes-no-check | bruxelas é a capital da bélgica mesmo | BE
yes-no-check | a capital da escócia é glasgow alexa | GB-SCT
yes-no-check | alexa a capital da bahia é salvador | BR-BA

# self-corrections: the last place counts
self-correction | qual é a capital da áustria opa errei da austrália | AU
self-correction | alexa a capital da eslovênia não pera da eslováquia | SK
self-correction | a capital do níger digo da nigéria | NG
self-correction | qual a capital da suécia ops da suíça | CH
self-correction | alexa capital da gâmbia quer dizer da zâmbia | ZM
self-correction | qual é a capital do irã não desculpa do iraque | IQ
self-correction | a capital da guiné ou melhor da guiné-bissau | GW
self-correction | alexa a capital da letônia não espera da lituânia | LT
self-correction | qual a capital da dominica não digo da república dominicana | DO
self-correction | capital da colômbia perdão da bolívia não a capital da colômbia mesmo | CO
self-correction | alexa qual é a capital do mali não não do malaui | MW
self-correction | a capital da armênia falei errado da albânia | AL
self-correction | qual é a capital de taiwan aliás da tailândia | TH
self-correction | alexa a capital da mauritânia corrigindo de maurício | MU
self-correction | qual é a capital do sudão do sudão do sul eu quis dizer | SS
self-correction | a capital da romênia não é da rússia que eu quero | RU
self-correction | alexa qual a capital do camboja troquei é dos camarões | CM
self-correction | a capital do paraguai ai confundi do uruguai | UY
self-correction | qual é a capital da eslovênia me enrolei da estônia | EE

# reverse questions
reverse-question | lusaka é capital de que país | CITY:Lusaka
reverse-question | alexa bamako fica em que país é capital de onde | CITY:Bamako
reverse-question | ulan bator é a capital de qual país | CITY:Ulan Bator
reverse-question | de que país é a capital katmandu | CITY:Katmandu
reverse-question | alexa tbilisi é capital de onde | CITY:Tbilisi
reverse-question | a cidade de windhoek é capital de qual país | CITY:Windhoek
reverse-question | qual país tem como capital nairóbi | CITY:Nairóbi
reverse-question | alexa vientiane é capital de qual lugar | CITY:Vientiane
reverse-question | paramaribo é capital de onde alexa | CITY:Paramaribo
reverse-question | quem tem capital em kingston | CITY:Kingston
reverse-question | alexa victoria é capital de quê | CITY:Victoria
reverse-question | la paz é capital de qual país | CITY:La Paz
reverse-question | de qual país ashgabat é capital | CITY:Asgabate
reverse-question | alexa de que país reykjavík é a capital | CITY:Reykjavík
reverse-question | adis abeba é capital de que lugar | CITY:Adis Abeba
reverse-question | baku é a capital de qual país da ásia | CITY:Baku
reverse-question | alexa saint john's é capital de onde | CITY:Saint John's
reverse-question | brasília é capital de quê | CITY:Brasília
reverse-question | alexa palikir é capital de qual país | CITY:Palikir
reverse-question | georgetown é a capital de que país | CITY:Georgetown

# official names
official-name | qual é a capital da república federativa do brasil | BR
official-name | alexa a capital da república francesa | FR
official-name | qual a capital da federação russa | RU
official-name | capital da república popular da china qual é | CN
official-name | alexa qual é a capital da república helênica | GR
official-name | qual é a capital do estado plurinacional da bolívia | BO
official-name | alexa a capital da confederação suíça | CH
official-name | qual é a capital da república da coreia | KR
official-name | a capital da república popular democrática da coreia | KP
official-name | qual é a capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | alexa qual é a capital da república bolivariana da venezuela | VE
official-name | qual a capital dos estados unidos mexicanos | MX
official-name | a capital do grão-ducado de luxemburgo alexa | LU
official-name | capital da república democrática de timor-leste | TL
official-name | alexa qual é a capital da república árabe síria | SY
official-name | qual é a capital da república argelina democrática e popular | DZ
official-name | alexa me diz a capital da república portuguesa | PT
official-name | a capital da república italiana é qual | IT
official-name | qual é a capital da república federal da alemanha | DE
official-name | qual é a capital dos estados unidos da américa | US
official-name | alexa a capital da república libanesa | LB
official-name | qual é a capital da república eslovaca | SK
official-name | alexa qual é a capital da república tunisina | TN

# everyday names
everyday-name | qual é a capital da holanda alexa | NL
everyday-name | alexa a capital da inglaterra | GB-ENG
everyday-name | qual é a capital da américa | US
everyday-name | alexa qual a capital dos emirados | AE
everyday-name | qual a capital da birmânia | MM
everyday-name | a capital da república tcheca qual é | CZ
everyday-name | alexa qual é a capital da macedônia | MK
everyday-name | qual é a capital da bósnia | BA
everyday-name | capital da grã-bretanha alexa | GB
everyday-name | alexa qual é a capital do vaticano | VA
everyday-name | qual é a capital dos eua | US
everyday-name | a capital do timor qual é | TL
everyday-name | alexa qual a capital da belarus | BY
everyday-name | qual é a capital de trinidad | TT
everyday-name | alexa qual é a capital do burkina | BF
everyday-name | qual é a capital da papua | PG
everyday-name | qual a capital de são cristóvão | KN
everyday-name | alexa a capital de são vicente | VC

# old names
old-name | qual era a capital da pérsia | IR
old-name | alexa qual é a capital do ceilão | LK
old-name | a capital do daomé qual é | BJ
old-name | alexa qual é a capital do zaire | CD
old-name | qual é a capital da rodésia | ZW
old-name | alexa qual era a capital do sião | TH
old-name | qual é a capital da abissínia | ET
old-name | alexa a capital do alto volta | BF
old-name | qual a capital da bechuanalândia | BW
old-name | qual é a capital da suazilândia alexa | SZ
old-name | alexa qual é a capital da costa do ouro | GH
old-name | qual é a capital da niassalândia | MW
old-name | a capital das honduras britânicas qual era | BZ
old-name | alexa qual a capital da guiana holandesa | SR
old-name | qual é a capital da basutolândia | LS
old-name | alexa qual é a capital de tanganica | TZ
old-name | qual era a capital da kampuchea | KH

# shared names: both, or disambiguated
shared-name | qual é a capital do congo | CD+CG
shared-name | alexa qual a capital da coreia | KP+KR
shared-name | qual é a capital da geórgia | GE+US-GA
shared-name | alexa a capital das ilhas virgens | VG+VI
shared-name | quais são as capitais das duas coreias | KP+KR
shared-name | alexa as capitais dos congos | CD+CG
shared-name | qual é a capital da geórgia o país lá do cáucaso | GE
shared-name | alexa a capital do estado da geórgia nos estados unidos | US-GA
shared-name | qual é a capital do congo brazzaville | CG
shared-name | alexa a capital do congo kinshasa | CD
shared-name | qual é a capital das ilhas virgens britânicas | VG
shared-name | alexa e das ilhas virgens americanas a capital | VI
shared-name | a capital da coreia de cima a do norte | KP
shared-name | a minha vizinha é da coreia qual é a capital | KP+KR
shared-name | alexa a geórgia tem capital qual é | GE+US-GA

# several capitals, in the plural
plural-capitals | quais são as capitais da áfrica do sul | ZA
plural-capitals | alexa a áfrica do sul tem três capitais quais são | ZA
plural-capitals | quais as capitais da bolívia alexa | BO
plural-capitals | a bolívia tem duas capitais né quais | BO
plural-capitals | alexa quais são as capitais do benin | BJ
plural-capitals | me fala as duas capitais do benim | BJ
plural-capitals | quais são as capitais da holanda | NL
plural-capitals | alexa os países baixos têm quais capitais | NL
plural-capitals | quais são as capitais da malásia | MY
plural-capitals | alexa a malásia tem duas capitais quais são elas | MY
plural-capitals | quais são as capitais do sri lanka | LK
plural-capitals | alexa me diz as capitais do sri lanka | LK
plural-capitals | quais as capitais da costa do marfim | CI
plural-capitals | alexa quais são as duas capitais da costa do marfim | CI
plural-capitals | quais são as capitais do essuatíni | SZ
plural-capitals | alexa as capitais da suazilândia quais são | SZ
plural-capitals | quais são as capitais da palestina | PS
plural-capitals | alexa a palestina tem quais capitais | PS
plural-capitals | quais são as capitais de montserrat | MS
plural-capitals | alexa quais são as capitais do jammu e caxemira | IN-JK
plural-capitals | quais as capitais do uttarakhand | IN-UK
plural-capitals | sabia que a áfrica do sul tem várias capitais me diz todas | ZA
plural-capitals | o professor disse que o eswatini tem duas capitais quais são | SZ
plural-capitals | nó senhora a palestina tem mais de uma capital quais são | PS

# subdivisions: Brazilian, US, Canadian, Australian, German, Indian and Mexican states, the UK's nations
subdivision | qual é a capital {} | do tocantins=BR-TO; de rondônia=BR-RO; do amapá=BR-AP
subdivision | alexa a capital {} qual é | do piauí=BR-PI; da paraíba=BR-PB; de sergipe=BR-SE
subdivision | nó qual é a capital {} cê sabe | de goiás=BR-GO; do mato grosso do sul=BR-MS; do espírito santo=BR-ES
subdivision | tô viajando de carro pra {} qual é a capital | o maranhão=BR-MA; o rio grande do norte=BR-RN; alagoas=BR-AL
subdivision | alexa a capital do estado {} | de roraima=BR-RR; do acre=BR-AC; de santa catarina=BR-SC
subdivision | qual é a capital {} nos estados unidos | do texas=US-TX; da califórnia=US-CA; da flórida=US-FL
subdivision | alexa qual a capital do estado {} lá nos eua | de nova york=US-NY; de washington=US-WA; do illinois=US-IL
subdivision | qual a capital {} americano | do alasca=US-AK; do havaí=US-HI; do nevada=US-NV
subdivision | minha prima mora {} qual é a capital do estado | em massachusetts=US-MA; na pensilvânia=US-PA; no michigan=US-MI
subdivision | qual é a capital da província {} | de ontário=CA-ON; de quebec=CA-QC; da colúmbia britânica=CA-BC
subdivision | alexa a capital {} no canadá | da alberta=CA-AB; do manitoba=CA-MB; da nova escócia=CA-NS
subdivision | qual é a capital do estado {} na austrália | de queensland=AU-QLD; da tasmânia=AU-TAS; da austrália ocidental=AU-WA
subdivision | qual é a capital {} na alemanha | da baviera=DE-BY; da saxônia=DE-SN; do hesse=DE-HE
subdivision | alexa a capital do estado {} na índia | de goa=IN-GA; do kerala=IN-KL; do rajastão=IN-RJ
subdivision | qual é a capital do estado mexicano {} | de jalisco=MX-JAL; de iucatã=MX-YUC; de oaxaca=MX-OAX
subdivision | alexa qual é a capital {} | do país de gales=GB-WLS; da irlanda do norte=GB-NIR; da escócia=GB-SCT
subdivision | qual é a capital do estado de {} na índia | tamil nadu=IN-TN; bengala ocidental=IN-WB; maharashtra=IN-MH

# territories
territory | qual é mesmo a capital {} | da groenlândia=GL; das ilhas faroé=FO; de porto rico=PR
territory | alexa e a capital {} qual é | da nova caledônia=NC; da guiana francesa=GF; da martinica=MQ
territory | o navio vai parar {} qual é a capital | em guadalupe=GP; em aruba=AW; em curaçao=CW
territory | alexa qual vem a ser a capital {} | das ilhas cayman=KY; de gibraltar=GI; da ilha de man=IM
territory | qual é a capital {} alexa | das ilhas cook=CK; de guam=GU; da samoa americana=AS
territory | minha tia mora {} qual a capital | em jersey=JE; em guernsey=GG; nas bermudas=BM
territory | qual seria a capital {} | das ilhas turcas e caicos=TC; de anguila=AI; de santa helena=SH
territory | alexa me diz a capital {} | do saara ocidental=EH; das ilhas malvinas=FK; da polinésia francesa=PF

# one-shot requests through the invocation name
one-shot | alexa pergunta pro capitais do mundo qual é a capital {} | da mongólia=MN; do cazaquistão=KZ; da noruega=NO
one-shot | alexa pede pra capitais do mundo a capital {} | da venezuela=VE; do peru=PE; do chile=CL
one-shot | alexa abre o capitais do mundo e me diz a capital {} | da etiópia=ET; do sudão=SD; da tunísia=TN
one-shot | alexa usa capitais do mundo qual é a capital {} | do laos=LA; do camboja=KH; do nepal=NP
one-shot | alexa fala com capitais do mundo a capital {} | da islândia=IS; da irlanda=IE; da dinamarca=DK
one-shot | alexa pergunte ao capitais do mundo a capital {} | da jordânia=JO; do líbano=LB; de omã=OM
one-shot | alexa capitais do mundo qual é a capital {} | da croácia=HR; da hungria=HU; da polônia=PL

# launches
launch | alexa abre capitais do mundo | LAUNCH
launch | alexa abrir o capitais do mundo por favor | LAUNCH
launch | alexa inicia o jogo capitais do mundo | LAUNCH
launch | alexa quero brincar de capitais do mundo | LAUNCH
launch | alexa bota o capitais do mundo pra mim | LAUNCH
launch | ô alexa liga aquele capitais do mundo | LAUNCH
launch | alexa começar capitais do mundo | LAUNCH
launch | alexa carrega capitais do mundo aí | LAUNCH
launch | alexa vamos jogar capitais do mundo | LAUNCH
launch | nó alexa abre o capitais do mundo uai | LAUNCH

# help
help | alexa como é que funciona esse capitais do mundo | HELP
help | me ajuda alexa não sei o que falar aqui | HELP
help | o que é que eu posso perguntar pra você nesse jogo | HELP
help | alexa me explica como joga | HELP
help | nó alexa cê me ajuda que eu não entendi nada | HELP
help | tu é doido é como é que usa isso aqui | HELP
help | alexa eu sou cego me explica o que eu posso falar | HELP
help | vovó não entendeu como funciona ajuda ela alexa | HELP
help | alexa socorro como é que pergunta a capital | HELP
help | quais são os comandos desse jogo | HELP
help | alexa eu não sabe usar me ajuda por favor | HELP
help | me dá uma ajudinha aqui alexa tô perdida | HELP
help | como é que eu faço pra perguntar uma capital | HELP
help | alexa o que esse capitais do mundo faz | HELP
help | preciso de ajuda com esse jogo aqui | HELP
help | ô mêo como é que mexe nisso | HELP
help | alexa me dá as instruções | HELP
help | explica de novo como é que funciona alexa | HELP
help | bonjou alexa ajuda eu não entende | HELP
help | fala pra mim o que dá pra fazer aqui | HELP
help | alexa que tipo de pergunta eu posso fazer | HELP
help | tô confusa alexa me orienta | HELP

# stop: ends the skill
stop | alexa para de falar que o neném acordou | STOP
stop | alexa chega por hoje | STOP
stop | pode parar alexa já deu | STOP
stop | alexa encerra o capitais do mundo | STOP
stop | alexa fecha esse jogo | STOP
stop | desliga isso aí alexa | STOP
stop | alexa sai do jogo | STOP
stop | alexa para tudo o ônibus chegou | STOP
stop | chega alexa tô indo dormir | STOP
stop | alexa acabou a brincadeira pode desligar | STOP
stop | nó alexa para com isso uai | STOP
stop | alexa finaliza aí | STOP
stop | ei pequeno manda ela parar alexa para | STOP
stop | alexa cala a boca um pouquinho | STOP
stop | para alexa a novela começou | STOP
stop | alexa sair | STOP
stop | alexa terminou o jogo pode fechar | STOP
stop | alexa desliga o capitais do mundo | STOP
stop | mèsi alexa pode parar | STOP
stop | alexa já tá bom obrigado pode encerrar | STOP
stop | alexa fim de papo | STOP
stop | alexa parar agora | STOP

# cancel: drops what was asked
cancel | alexa esquece o que eu perguntei | CANCEL
cancel | deixa pra lá alexa | CANCEL
cancel | alexa cancela essa pergunta | CANCEL
cancel | não precisa mais alexa deixa quieto | CANCEL
cancel | alexa esquece isso já lembrei | CANCEL
cancel | deixa pra lá que a professora já falou | CANCEL
cancel | alexa cancela cancela | CANCEL
cancel | ah esquece alexa não importa | CANCEL
cancel | alexa desconsidera o que eu falei | CANCEL
cancel | alexa ignora essa pergunta | CANCEL
cancel | nó deixa pra lá uai | CANCEL
cancel | alexa não quero mais saber | CANCEL
cancel | esquece alexa o cliente já foi embora | CANCEL
cancel | alexa cancela isso aí | CANCEL
cancel | deixa quieto alexa já achei no atlas | CANCEL
cancel | alexa esquece a capital não precisa | CANCEL
cancel | ah alexa cancela que eu me enganei | CANCEL
cancel | alexa deixa essa pra depois | CANCEL
cancel | não precisa responder alexa esquece | CANCEL
cancel | alexa cancelar | CANCEL
cancel | ixi deixa pra lá alexa | CANCEL
cancel | esquece o que eu falei alexa tava brincando | CANCEL

# out of domain: other facts about a named country
out-of-domain | qual é a moeda da mongólia | FB
out-of-domain | quantos habitantes tem a nigéria | FB
out-of-domain | qual é a língua falada no haiti | FB
out-of-domain | quantas horas de voo até o japão | FB
out-of-domain | que horas são agora na austrália | FB
out-of-domain | qual é a comida típica do líbano | FB
out-of-domain | qual é a bandeira do senegal | FB
out-of-domain | quem é o presidente da argentina | FB
out-of-domain | qual é a maior cidade da turquia | FB
out-of-domain | quanto tá o dólar canadense | FB
out-of-domain | qual é o hino da bolívia | FB
out-of-domain | quantos estados tem o méxico | FB
out-of-domain | qual é o clima na islândia em julho | FB
out-of-domain | que tomada usa na suíça | FB
out-of-domain | precisa de visto pra ir pro japão | FB
out-of-domain | qual é o maior rio da china | FB
out-of-domain | quem ganhou a copa américa passada | FB
out-of-domain | qual é a religião do marrocos | FB
out-of-domain | qual é o tamanho da rússia | FB
out-of-domain | qual é a montanha mais alta da argentina | FB
out-of-domain | quem descobriu o brasil | FB
out-of-domain | qual é o idioma oficial de moçambique | FB
out-of-domain | quantos quilômetros de goiânia até brasília | FB
out-of-domain | qual é a população de são luís | FB
out-of-domain | onde fica o deserto do saara | FB
out-of-domain | qual é a previsão do tempo em campina grande | FB
# "capital" in other senses
out-of-domain | qual é a capital social da empresa | FB
out-of-domain | o que é capital de giro | FB
out-of-domain | toca a música da capital inicial | FB
out-of-domain | qual é a capital do forró | FB
out-of-domain | qual é a capital do rodeio | FB
out-of-domain | qual é a capital do sertanejo | FB
out-of-domain | quantos são os pecados capitais | FB
out-of-domain | o que é letra maiúscula capital | FB
out-of-domain | como calcular o ganho de capital | FB
out-of-domain | qual é a capital mundial do café | FB
out-of-domain | o que significa capital humano | FB
out-of-domain | qual é a capital da moda | FB
out-of-domain | alexa quanto rende o capital na poupança | FB
out-of-domain | qual é a capital da pamonha | FB
# places the data lacks
out-of-domain | qual é a capital da sicília | FB
out-of-domain | qual é a capital da catalunha | FB
out-of-domain | qual é a capital da bretanha | FB
out-of-domain | qual é a capital do curdistão | FB
out-of-domain | qual é a capital da sibéria | FB
out-of-domain | qual é a capital da patagônia | FB
out-of-domain | qual é a capital do tibete | FB
out-of-domain | qual é a capital de wakanda | FB
out-of-domain | qual é a capital de nárnia | FB
out-of-domain | qual é a capital da atlântida | FB
out-of-domain | qual é a capital da amazônia | FB
out-of-domain | qual é a capital da cornualha | FB
out-of-domain | qual é a capital da transilvânia | FB
out-of-domain | qual é a capital das canárias | FB
out-of-domain | qual é a capital da região sul | FB
out-of-domain | qual é a capital da europa | FB
out-of-domain | qual é a capital da lua | FB
out-of-domain | qual é a capital de mordor | FB
# other requests
out-of-domain | toca um sertanejo universitário | FB
out-of-domain | põe música do alok | FB
out-of-domain | que horas são | FB
out-of-domain | liga a luz da sala | FB
out-of-domain | acorda eu às cinco da manhã | FB
out-of-domain | qual é a receita de pamonha | FB
out-of-domain | como tá o trânsito na marginal | FB
out-of-domain | conta uma piada | FB
out-of-domain | quanto é sete vezes oito | FB
out-of-domain | toca a rádio gaúcha | FB
out-of-domain | adiciona arroz na lista de compras | FB
out-of-domain | liga pra minha mãe | FB
out-of-domain | qual foi o resultado do goiás | FB
out-of-domain | toca bumba meu boi do maranhão | FB
out-of-domain | como se diz obrigado em árabe | FB
out-of-domain | quanto tempo leva pra cozinhar feijão | FB
out-of-domain | qual o horário da missa de domingo | FB
out-of-domain | me lembra de tomar o remédio da pressão | FB
out-of-domain | qual é o resultado da mega sena | FB
out-of-domain | conta uma história pra criança dormir | FB
out-of-domain | toca reggae do maranhão | FB
out-of-domain | quem ganhou o soletrando | FB
out-of-domain | como joga banco imobiliário | FB
out-of-domain | qual é a palavra do termo de hoje | FB
out-of-domain | quanto custa uma passagem pra lisboa | FB
out-of-domain | qual é o significado de saudade | FB
out-of-domain | como se escreve paralelepípedo | FB
out-of-domain | quantos anos tem o papa | FB
out-of-domain | toca forró pé de serra | FB
out-of-domain | qual a cotação do boi gordo hoje | FB
out-of-domain | qual é o ddi do líbano | FB
out-of-domain | como faço crochê de ponto baixo | FB
out-of-domain | quem é o técnico da seleção | FB
out-of-domain | qual é o fuso horário do haiti | FB
out-of-domain | capital do haiti tem praia | FB
out-of-domain | qual é o maior estado do brasil | FB

# what pt-BR recognition may write
recognition-artefact | qual e a capital {} | da croacia=HR; da tailandia=TH; da estonia=EE
recognition-artefact | qual é a capital {} hein | do azerbaijao=AZ; da islandia=IS; da ungria=HU
recognition-artefact | alexa a capital {} | do ira=IR; da nova zelandia=NZ; do japao=JP
recognition-artefact | qual e a capital do {} | caza quistão=KZ; quirguistao=KG; vietna=VN
recognition-artefact | qual é a capital de {} | mada gascar=MG; cingapura=SG; zimbabwe=ZW
recognition-artefact | capital {} qual é | da eslovaquia=SK; da etiopia=ET; da birmania=MM
recognition-artefact | qualé a capita {} | da nijéria=NG; da gressia=GR; do libano=LB
recognition-artefact | alexa qual é a capital {} aí | dacoreia do sul=KR; do usbequistão=UZ; do tajiquistão=TJ
recognition-artefact | qual é a capital da {} | guiné bissau=GW; macedonia do norte=MK; bosnia=BA
recognition-artefact | qual é a capital do {} | camaroes=CM; turcomenistao=TM; paquistao=PK
recognition-artefact | alexa qual a capital da {} | armenia=AM; moldavia=MD; letonia=LV
# second batch: out of domain in the speakers' own voices
out-of-domain | nó senhora alexa quanto tá a arroba do boi em goiás | FB
out-of-domain | ei pequeno alexa que horas começa o bumba meu boi hoje | FB
out-of-domain | vôte alexa quantos dias falta pro são joão | FB
out-of-domain | ixi alexa a maré tá alta em ponta negra agora | FB
out-of-domain | ô mêo alexa quem vai cantar na festa do peão de barretos | FB
out-of-domain | yalla alexa como faz esfiha aberta | FB
out-of-domain | a minha teta quer saber como tá o tempo em beirute | FB
out-of-domain | bonjou alexa quanto custa mandar dinheiro pro haiti | FB
out-of-domain | alexa che quanto tá o peso argentino hoje | FB
out-of-domain | salam aleikum alexa que dia é o ramadã este ano | FB
out-of-domain | alexa quantos habitantes tem a cidade do cabo | FB
out-of-domain | alexa o haiti fala francês ou crioulo | FB
out-of-domain | tô na copa do avião alexa quanto tempo falta pra pousar | FB
out-of-domain | alexa qual é o remédio genérico do dorflex | FB
out-of-domain | alexa quantos sacos de cimento pra uma laje | FB
out-of-domain | alexa quanto fermento vai em um quilo de farinha | FB
out-of-domain | alexa o neném tá com febre de trinta e oito o que eu faço | FB
out-of-domain | alexa lê o capítulo dois do livro do clube | FB
out-of-domain | alexa qual é a população da mongólia | FB
out-of-domain | alexa em que continente fica o cazaquistão | FB
out-of-domain | alexa qual é o prato típico da paraíba | FB
out-of-domain | alexa quem é o rei do marrocos | FB
out-of-domain | alexa qual o maior lago da áfrica | FB
out-of-domain | alexa quanto mede a muralha da china | FB
out-of-domain | alexa qual país tem mais ilhas no mundo | FB
out-of-domain | alexa qual é a capital mundial da soja | FB
out-of-domain | alexa quem fundou a capital do brasil | FB
out-of-domain | alexa em que ano brasília virou capital | FB
out-of-domain | alexa qual é o capital inicial pra abrir uma padaria | FB
out-of-domain | alexa qual é a capital da galiza | FB
out-of-domain | alexa qual é a capital do país basco | FB
out-of-domain | alexa qual é a capital da lapônia | FB
out-of-domain | alexa qual é a capital de hogwarts | FB
out-of-domain | alexa qual é a capital da baixada fluminense | FB
out-of-domain | alexa qual é a capital do pantanal | FB
out-of-domain | alexa qual é a capital da escandinávia | FB
out-of-domain | alexa qual é a capital do oriente médio | FB
out-of-domain | alexa toca a música da quadrilha junina | FB
out-of-domain | alexa me ensina um xeque-mate rápido | FB
out-of-domain | alexa quem ganhou o tour de france | FB
out-of-domain | alexa placar do jogo da nba ontem | FB
out-of-domain | alexa qual é a próxima luta do ufc | FB
out-of-domain | alexa quanto tempo de voo até doha | FB

# second batch: plurals and shared names in the speakers' voices
plural-capitals | vôte mulher a malásia tem capital dupla diz as duas | MY
plural-capitals | no worldle deu países baixos e eu quero as capitais | NL
plural-capitals | alexa quais são as capitais do sri lanka do ceilão | LK
plural-capitals | ixi a costa do marfim tem mais de uma capital quais são | CI
plural-capitals | alexa as capitais do uttarakhand quais são | IN-UK
plural-capitals | alexa montserrat tem duas capitais quais são elas | MS
plural-capitals | yalla alexa as capitais da palestina quais são | PS
plural-capitals | ô mêo me fala todas as capitais da bolívia | BO
plural-capitals | alexa quais são as capitais do benin o antigo daomé | BJ
plural-capitals | a bisa quer saber as três capitais da áfrica do sul | ZA
plural-capitals | alexa quais capitais tem o reino do essuatíni | SZ
shared-name | ei pequeno qual é a capital das coreias | KP+KR
shared-name | alexa o congo tem capital qual é | CD+CG
shared-name | ai ya cliente pergunta capital da coreia | KP+KR
shared-name | vôte e a capital da geórgia alexa | GE+US-GA
shared-name | a capital das ilhas virgens qual é alexa o navio vai passar lá | VG+VI
shared-name | alexa qual é a capital da geórgia lá dos estados unidos | US-GA
shared-name | alexa a capital das ilhas virgens britânicas por favor | VG
launch | alexa me abre o capitais do mundo que a vovó quer jogar | LAUNCH
launch | ei pequeno abre o capitais do mundo alexa | LAUNCH
launch | alexa abre o capitais do mundo pra turma da barbearia | LAUNCH

# second batch: in the car and on the road
travel-context | tô dirigindo na br cento e cinquenta e três alexa a capital {} | do sudão=SD; do egito=EG; da argélia=DZ
travel-context | no carro as crianças perguntaram a capital {} | da noruega=NO; da finlândia=FI; da suécia=SE
travel-context | alexa aqui no uber o passageiro é {} qual é a capital | do haiti=HT; da síria=SY; de angola=AO
home-context | alexa enquanto o feijão cozinha me diz a capital {} | da áustria=AT; da hungria=HU; da tchéquia=CZ
home-context | meu marido tá roncando e eu sem sono qual é a capital {} | da grécia=GR; de chipre=CY; de malta=MT
elder-speech | alexa a vó tá rezando o terço e perguntou a capital {} | do vaticano=VA; da itália=IT; de portugal=PT
work-context | tô de plantão na portaria do prédio qual é a capital {} | da namíbia=NA; de botsuana=BW; do zimbábue=ZW
subdivision | qual é a capital {} lá dos estados unidos | do oregon=US-OR; do colorado=US-CO; da louisiana=US-LA
subdivision | alexa a capital {} no méxico | de chiapas=MX-CHP; de sonora=MX-SON; de veracruz=MX-VER
territory | o cruzeiro vai parar {} qual é a capital de lá | em sint maarten=SX; em são bartolomeu=BL; na reunião=RE
"""

if __name__ == "__main__":
    build_round(26, "pt", LINES, sys.argv, "tests/Eval/pt/round26/source/build_corpus.py")
