"""Round 52, Brazilian Portuguese (pt-BR): a new author's own mix, written blind in the sixtieth session (brief
WRITER67.md), for this session's tuner.

Chosen apart from round 51's groups (street-market stallholders, a building site, motorcycle couriers, a lottery shop
queue, a pharmacy counter, a car repair shop, a vet's waiting room, a dentist's waiting room, election poll workers,
IBGE census takers, adult night school, blind users, a school festa junina, a couple planning a wedding, a pregnant
woman choosing names, insomnia at three in the morning, a fee-fishing pond and camping, a seamstress, a tattoo studio,
caipira speech of Piracicaba, the north of Paraná, the Uruguayan border at Santana do Livramento, Dutch-Brazilians of
Holambra and Carambeí, Finnish-Brazilians of Penedo, Greek-Brazilians, Mozambican students, Bissau-Guinean students at
UNILAB, American expats) and from the groups it lists as avoided (round 50's: truck drivers, night-shift nursing, a
call centre, a beauty salon, a bakery, a pre-university course, a pub quiz, the board game War, adedonha, crosswords,
exchange students, home office, moving house, the office bolão, a gym, an escape room, fourth-grade homework,
piauienses, alagoanos, sergipanos, the Baixada Fluminense, Pomeranian-Brazilians, German-Brazilians of Blumenau, Jewish
families of Bom Retiro, Armenian-Brazilians, Indian IT workers, French expats, Chileans, Russian-speaking learners;
round 49's: radio amateurs, stamp collectors, cruise-ship crew, flight attendants, a public library, a community
radio, a vaccination clinic, a chess club, a company karaoke, a geography teacher, a kindergarten, Formula 1 fans,
marathon runners, surfers, a podcast, an export company, backpackers, a hotel reception, the "tia do zap", a retired
geography teacher, paraibanos, brasiguaios, an Italian-Brazilian nonna, Argentines in Búzios, Colombian students,
Peruvian cooks, Nigerian traders, Bangladeshi meat-plant workers, Afghan refugees; and rounds 48, 47 and 46's: dock
workers, metalworkers, caiçaras, Parintins, rodeo, law office, barracks, recycling, capoeira, Korean-, Chinese-,
Portuguese-, Cape Verdean, Congolese, Senegalese, Cuban, Ukrainian, Polish, nikkei, Bolivian, Haitian, Venezuelan,
Syrian-Lebanese and Angolan families, teenagers' slang, grandparents, app drivers, doormen, churches, travel agencies,
samba schools, the sticker album, quiz apps, gamers, gincanas, and the regional groups gaúchos, baianos, pernambucanos,
paulistanos, capixabas, cuiabanos, sul-mato-grossenses, brasilienses, potiguares, paraenses, maranhenses, mineiros,
goianos, cariocas, manauaras, cearenses, curitibanos, manezinhos and the small Northern states).

Work and situations (each its own family): street sweepers and rubbish collectors ("varrição", "coleta", "caminhão
compactador"); a city-bus fare collector ("catraca", "ponto final", "trocador"); a roadside tyre repairer
("câmara", "calibrar", "estepe", "borracharia"); a butcher's counter ("acém", "fraldinha", "picanha"); waiters of a
churrascaria rodízio ("espeto", "ficha", "passador de carne"); a barbershop ("degradê", "navalha", "pezinho"); a
joiner's workshop ("compensado", "verniz", "fórmica", "serrote"); a house electrician ("disjuntor", "fiação",
"chuveiro queimado"); street vendors ("camelô", "o rapa", "mercadoria na lona"); a day cleaner and her employer
("diária", "faxina", "patroa"); sugar-cane cutters ("boia-fria", "eito", "turmeiro", "facão"); a beekeeper
("colmeia", "enxame", "fumigador", "própolis"); a forró band ("sanfona", "zabumba", "xote", "triangueiro"); an
organised football supporters' group ("organizada", "bandeirão", "caravana"); a single father at dinner time
("miojo", "papinha", "a caçula"); a fire station on duty ("plantão", "viatura", "quartel"); a restaurant kitchen
("mise en place", "comanda", "sous chef"); a school science fair ("maquete", "vulcão de bicarbonato", "jurado");
Pantanal cattle drovers ("comitiva", "berranteiro", "capataz", "nóis"); a quilombola community ("griô", "jongo",
"associação quilombola").

Regions, migrants and learners: santistas of the coast of São Paulo ("mano", "zica", "o peixe", "a balsa pro
guarujá"); the west of Santa Catarina around Chapecó ("capaz", "bah", "tchê", "tri"); the north of Rio de Janeiro
state, Campos dos Goytacazes and Macaé ("ô rapaz", "a plataforma"); Paraguayan seamstresses in São Paulo workshops
("che", "mba'e", "ndaje", "la patrona"); Lithuanian-Brazilians of Vila Zelina ("labas", "atchu" for "ačiū", "a
vovó"); East Timorese students ("maun", "obrigadu barak", "diak ka lae"); Mexican expats ("órale", "güey", "qué onda",
"el compa"); British expats learning Portuguese ("mate", "cheers", "lovely", "bloody hell", learner grammar "o
capital", "eu não lembrar").

Yes/no checks expect the place asked about, right or wrong; self-corrections expect the last place named after the
marker; reverse questions CITY:<capital> as languages/pt.json names it; a bare shared name every place in ordinal order.
Launch lines use the invocation name "capitais do mundo".

Built by round12_hinl_corpus.py (build_round with round 52's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
subdivision | alexa tem capital {} qual é | do tocantins=BR-TO; de rondônia=BR-RO; do amapá=BR-AP
subdivision | alexa me fala a capital {} por favor | do mato grosso do sul=BR-MS; da paraíba=BR-PB; do espírito santo=BR-ES
subdivision | alexa capital {} qual que é | da califórnia=US-CA; do texas=US-TX; da flórida=US-FL
subdivision | alexa qual a capital do estado de nova york | US-NY
subdivision | alexa a capital da escócia é edimburgo ou glasgow | GB-SCT
subdivision | alexa qual é a capital do país de gales | GB-WLS
subdivision | alexa qual a capital da irlanda do norte | GB-NIR
subdivision | alexa qual é a capital {} no canadá | de quebec=CA-QC; da colúmbia britânica=CA-BC; de ontário=CA-ON
subdivision | alexa qual a capital da baviera | DE-BY
subdivision | alexa me diz a capital {} | da tasmânia=AU-TAS; de queensland=AU-QLD; do alasca=US-AK
subdivision | alexa qual é a capital da catalunha | FB
subdivision | alexa qual a capital da sicília | FB
subdivision | alexa qual é a capital da patagônia | FB
subdivision | alexa qual é a capital de jalisco | MX-JAL
subdivision | alexa qual a capital do estado de goa na índia | IN-GA
subdivision | alexa qual é a capital de kerala | IN-KL
subdivision | alexa qual é a capital do havaí | US-HI
subdivision | alexa capital de santa catarina | BR-SC
subdivision | alexa qual é a capital do acre existe mesmo o acre | BR-AC
subdivision | alexa qual a capital da andaluzia | FB
subdivision | alexa qual é a capital da toscana | FB
subdivision | alexa qual é a capital de minas | BR-MG
subdivision | alexa qual a capital da baixa califórnia | MX-BCN
subdivision | alexa qual a capital do território do norte da austrália | AU-NT
subdivision | alexa qual é a capital do rio grande do norte | BR-RN
subdivision | alexa qual é a capital de nunavut | CA-NU
subdivision | alexa qual é a capital da saxônia | DE-SN
subdivision | alexa qual é a capital de yucatán | MX-YUC
subdivision | alexa qual é a capital do distrito federal | BR-DF
subdivision | alexa qual é a capital da bretanha | FB
subdivision | alexa qual a capital da província de buenos aires | FB
subdivision | alexa qual é a capital do estado de washington | US-WA
subdivision | alexa qual é a capital de porto rico | PR
subdivision | alexa qual é a capital da groenlândia | GL
subdivision | alexa qual a capital da inglaterra | GB-ENG
subdivision | alexa qual é a capital do tibete | FB
subdivision | alexa qual é a capital da córsega | FB
subdivision | alexa qual a capital de maharashtra | IN-MH
out-of-domain | alexa como tá o tempo amanhã em campos | FB
out-of-domain | alexa toca um forró pé de serra | FB
out-of-domain | alexa coloca um timer de doze minutos | FB
out-of-domain | alexa quantos habitantes tem brasília | FB
out-of-domain | alexa qual é a capital da europa | FB
out-of-domain | alexa qual é a capital da áfrica | FB
out-of-domain | alexa qual é a capital da américa do sul | FB
out-of-domain | alexa quantos habitantes tem tóquio | FB
out-of-domain | alexa qual é a maior cidade do mundo | FB
out-of-domain | alexa que dia é hoje | FB
out-of-domain | alexa conta uma piada | FB
out-of-domain | alexa liga a luz da sala | FB
out-of-domain | alexa qual a moeda do japão | FB
out-of-domain | alexa qual é o idioma falado na suíça | FB
out-of-domain | alexa quanto é o dólar hoje | FB
out-of-domain | alexa quem ganhou o jogo do flamengo ontem | FB
out-of-domain | alexa acorda eu às cinco e meia | FB
out-of-domain | alexa qual a distância de são paulo até buenos aires | FB
out-of-domain | alexa qual é o fuso horário de lisboa | FB
out-of-domain | alexa quem é o presidente da frança | FB
out-of-domain | alexa qual é a capital mundial do café | FB
out-of-domain | alexa qual é a capital da moda | FB
out-of-domain | alexa qual o maior país do mundo | FB
out-of-domain | alexa quantos países existem no mundo | FB
out-of-domain | alexa põe na lista de compras detergente | FB
out-of-domain | alexa qual é a bandeira do canadá | FB
out-of-domain | alexa toca a rádio globo | FB
out-of-domain | alexa qual o rio mais comprido do mundo | FB
out-of-domain | alexa abaixa o volume | FB
out-of-domain | alexa qual é a capital do sertão | FB
out-of-domain | alexa qual é a capital da oceania | FB
out-of-domain | alexa quantos graus tá fazendo lá fora | FB
out-of-domain | alexa quanto tempo de voo do rio pra lisboa | FB
out-of-domain | alexa qual é o hino da argentina | FB
out-of-domain | alexa como se diz obrigado em alemão | FB
out-of-domain | alexa qual a altitude de la paz | FB
out-of-domain | alexa receita de bolo de fubá | FB
out-of-domain | alexa quando é o próximo feriado | FB
out-of-domain | alexa qual é a capital do forró | FB
out-of-domain | alexa qual a população da china | FB
plural-capitals | alexa quais são as capitais da áfrica do sul | ZA
plural-capitals | alexa a áfrica do sul tem três capitais quais são elas | ZA
plural-capitals | alexa me fala as três capitais da áfrica do sul | ZA
plural-capitals | alexa quais as capitais sul africanas | ZA
plural-capitals | alexa quais são as capitais da bolívia | BO
plural-capitals | alexa as duas capitais da bolívia quais são | BO
plural-capitals | alexa a bolívia tem duas capitais né quais | BO
plural-capitals | alexa capitais da bolívia sucre e mais qual | BO
plural-capitals | alexa quais são as capitais da holanda | NL
plural-capitals | alexa quais as duas capitais dos países baixos | NL
plural-capitals | alexa me diz as capitais da holanda amsterdã e haia né | NL
plural-capitals | alexa as capitais holandesas quais são | NL
plural-capitals | alexa quais são as capitais da malásia | MY
plural-capitals | alexa a malásia tem duas capitais quais são | MY
plural-capitals | alexa me fala as duas capitais da malásia | MY
plural-capitals | alexa capitais da malásia kuala lumpur e qual mais | MY
plural-capitals | alexa quais são as capitais do benin | BJ
plural-capitals | alexa as duas capitais do benim quais são | BJ
plural-capitals | alexa me fala as capitais do benin | BJ
plural-capitals | alexa quais são as capitais da costa do marfim | CI
plural-capitals | alexa as duas capitais da costa do marfim | CI
plural-capitals | alexa a costa do marfim tem quantas capitais e quais | CI
plural-capitals | alexa quais são as capitais do sri lanka | LK
plural-capitals | alexa as duas capitais do sri lanka quais são | LK
plural-capitals | alexa me diz as capitais do sri lanka | LK
plural-capitals | alexa quais são as capitais de essuatíni | SZ
plural-capitals | alexa as capitais da suazilândia quais são | SZ
plural-capitals | alexa me fala as duas capitais do essuatíni | SZ
plural-capitals | alexa quais são todas as capitais da áfrica do sul | ZA
plural-capitals | alexa e a bolívia quais são as capitais dela | BO
plural-capitals | alexa todas as capitais da holanda | NL
plural-capitals | alexa a malásia tem mais de uma capital quais | MY
help | alexa ajuda | HELP
help | alexa socorro como funciona isso | HELP
help | alexa o que eu posso perguntar | HELP
help | alexa me ajuda aqui | HELP
help | alexa como é que usa | HELP
help | alexa não entendi como funciona | HELP
help | alexa me explica o que você faz | HELP
help | alexa quais perguntas eu posso fazer | HELP
help | alexa preciso de ajuda | HELP
help | alexa como eu pergunto uma capital | HELP
help | alexa o que esse negócio faz | HELP
help | alexa me dá umas instruções | HELP
help | alexa ajuda por favor | HELP
help | alexa como funciona essa brincadeira | HELP
help | alexa me ensina a usar | HELP
help | alexa tô perdido me ajuda | HELP
help | alexa o que dá pra fazer aqui | HELP
help | alexa como que é pra perguntar | HELP
help | alexa quais são os comandos | HELP
help | alexa me dá uma ajuda aí | HELP
help | alexa pede ajuda pro capitais do mundo | HELP
help | alexa explica de novo como funciona | HELP
help | ajuda | HELP
help | alexa e agora o que eu falo | HELP
stop | alexa para | STOP
stop | alexa chega | STOP
stop | alexa pode parar | STOP
stop | alexa já deu | STOP
stop | alexa fecha isso | STOP
stop | alexa sai | STOP
stop | alexa encerra | STOP
stop | alexa desliga | STOP
stop | alexa para tudo | STOP
stop | alexa chega de capital por hoje | STOP
stop | alexa tchau | STOP
stop | alexa pode fechar | STOP
stop | alexa acabou | STOP
stop | alexa sair do capitais do mundo | STOP
stop | alexa para de falar | STOP
stop | alexa tá bom chega | STOP
stop | alexa fecha o jogo | STOP
stop | alexa encerrar | STOP
stop | alexa cala a boca | STOP
stop | para | STOP
stop | alexa tchau tchau | STOP
stop | alexa obrigado pode parar | STOP
stop | alexa deu por hoje | STOP
cancel | alexa cancela | CANCEL
cancel | alexa cancelar | CANCEL
cancel | alexa esquece | CANCEL
cancel | alexa deixa pra lá | CANCEL
cancel | alexa cancela isso | CANCEL
cancel | alexa não quero mais | CANCEL
cancel | alexa esquece o que eu falei | CANCEL
cancel | alexa cancela a pergunta | CANCEL
cancel | alexa deixa quieto | CANCEL
cancel | alexa desisto | CANCEL
cancel | alexa nada não | CANCEL
cancel | alexa pode cancelar | CANCEL
cancel | alexa cancela aí | CANCEL
cancel | alexa esquece essa | CANCEL
cancel | alexa não era isso cancela | CANCEL
cancel | alexa deixa pra depois | CANCEL
cancel | alexa cancela por favor | CANCEL
cancel | cancela | CANCEL
cancel | alexa esquece tudo | CANCEL
cancel | alexa anula | CANCEL
cancel | alexa cancela cancela | CANCEL
cancel | alexa melhor não deixa | CANCEL
cancel | alexa esquece a pergunta | CANCEL
launch | alexa abre capitais do mundo | LAUNCH
launch | alexa abrir capitais do mundo | LAUNCH
launch | alexa iniciar capitais do mundo | LAUNCH
launch | alexa começa capitais do mundo | LAUNCH
launch | alexa joga capitais do mundo | LAUNCH
launch | alexa bora capitais do mundo | LAUNCH
launch | alexa chama o capitais do mundo | LAUNCH
launch | alexa abre o capitais do mundo aí | LAUNCH
launch | alexa quero jogar capitais do mundo | LAUNCH
launch | alexa liga o capitais do mundo | LAUNCH
launch | alexa capitais do mundo | LAUNCH
launch | alexa abre a skill capitais do mundo | LAUNCH
launch | alexa ativa capitais do mundo | LAUNCH
launch | alexa executa capitais do mundo | LAUNCH
launch | alexa carrega capitais do mundo | LAUNCH
launch | alexa vamos de capitais do mundo | LAUNCH
launch | alexa coloca o capitais do mundo | LAUNCH
launch | alexa abre aquele capitais do mundo | LAUNCH
launch | alexa inicia o capitais do mundo pra mim | LAUNCH
launch | alexa usar capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo por favor | LAUNCH
launch | alexa quero o capitais do mundo | LAUNCH
launch | alexa roda capitais do mundo | LAUNCH
launch | alexa abre lá o capitais do mundo | LAUNCH
launch | alexa me abre o capitais do mundo | LAUNCH
launch | alexa pode abrir capitais do mundo | LAUNCH
launch | alexa começar o capitais do mundo | LAUNCH
launch | alexa toca capitais do mundo | LAUNCH
launch | alexa falar com capitais do mundo | LAUNCH
launch | alexa ô alexa abre capitais do mundo | LAUNCH
follow-up | e {} | da frança=FR; do peru=PE; da grécia=GR
follow-up | e a {} | coreia do norte=KP; palestina=PS; coreia do sul=KR
follow-up | e o {} | congo=CD+CG; chade=TD; níger=NE
follow-up | e da bolívia | BO
follow-up | alexa e da malásia | MY
follow-up | e agora da áfrica do sul | ZA
follow-up | e a capital da holanda | NL
follow-up | agora do paraguai | PY
follow-up | e do uruguai hein | UY
follow-up | e da argentina | AR
follow-up | agora me fala do equador | EC
follow-up | e da república democrática do congo | CD
follow-up | e do congo brazzaville | CG
follow-up | tá e do vietnã | VN
follow-up | e dos emirados | AE
follow-up | e do lado dela a eslováquia | SK
follow-up | mais uma da islândia | IS
follow-up | e da irlanda | IE
follow-up | beleza e da noruega | NO
follow-up | outra do sudão | SD
follow-up | e do sudão do sul | SS
follow-up | e da coreia do sul | KR
follow-up | e a coreia do norte então | KP
follow-up | e da palestina | PS
follow-up | e do butão | BT
follow-up | e o nepal | NP
yes-no-check | alexa {} é a capital da austrália | sydney=AU; canberra=AU; melbourne=AU
yes-no-check | alexa é verdade que a capital {} | da turquia é istambul=TR; do canadá é toronto=CA; da suíça é genebra=CH
yes-no-check | alexa a capital da bolívia é la paz | BO
yes-no-check | alexa a capital da áfrica do sul é joanesburgo | ZA
yes-no-check | alexa amsterdã é a capital da holanda né | NL
yes-no-check | alexa kuala lumpur é capital da malásia | MY
yes-no-check | alexa pyongyang é a capital da coreia do norte | KP
yes-no-check | alexa seul é capital da coreia do sul | KR
yes-no-check | alexa kinshasa é a capital do congo | CD+CG
yes-no-check | alexa brazzaville é capital da república do congo | CG
yes-no-check | alexa a capital da república democrática do congo é kinshasa | CD
yes-no-check | alexa ramallah é a capital da palestina | PS
yes-no-check | alexa rio de janeiro é a capital do brasil | BR
yes-no-check | alexa a capital dos estados unidos é nova york | US
yes-no-check | alexa a capital da nigéria é lagos | NG
yes-no-check | alexa a capital do marrocos é casablanca | MA
yes-no-check | alexa a capital da nova zelândia é auckland | NZ
yes-no-check | alexa a capital do vietnã é hanói mesmo | VN
yes-no-check | alexa a capital do cazaquistão ainda é astana | KZ
yes-no-check | alexa dacar é capital do senegal | SN
yes-no-check | alexa a capital do paquistão é karachi | PK
yes-no-check | alexa belize tem capital belmopan é isso | BZ
yes-no-check | alexa a capital de mianmar é rangum | MM
yes-no-check | alexa a capital da tanzânia é dar es salaam | TZ
yes-no-check | alexa bern é capital da suíça confere | CH
yes-no-check | alexa a capital do equador é guayaquil | EC
yes-no-check | alexa a capital da costa do marfim é abidjan | CI
yes-no-check | alexa pretória é capital da áfrica do sul | ZA
yes-no-check | alexa sucre é a capital da bolívia né | BO
self-correction | alexa qual a capital da áustria não pera da austrália | AU
self-correction | alexa capital da suécia quer dizer da suíça | CH
self-correction | alexa qual a capital da eslovênia não eslováquia | SK
self-correction | alexa me fala a capital do irã não do iraque | IQ
self-correction | alexa qual é a capital da coreia do sul ops do norte | KP
self-correction | alexa capital da coreia do norte não não da do sul | KR
self-correction | alexa qual a capital do congo digo da república democrática do congo | CD
self-correction | alexa capital da república democrática do congo não da república do congo | CG
self-correction | alexa qual a capital de israel não espera da palestina | PS
self-correction | alexa qual a capital da gâmbia quer dizer da guiné | GN
self-correction | alexa capital do níger não da nigéria | NG
self-correction | alexa qual a capital da colômbia não da bolívia | BO
self-correction | alexa qual a capital da letônia não lituânia | LT
self-correction | alexa capital da mauritânia ou melhor das ilhas maurício | MU
self-correction | alexa qual é a capital da dinamarca não a da noruega | NO
self-correction | alexa capital de honduras errei é da nicarágua | NI
self-correction | alexa qual a capital da indonésia não malásia | MY
self-correction | alexa capital do chile não do peru | PE
self-correction | alexa qual a capital da bélgica não pera da holanda | NL
self-correction | alexa capital da zâmbia quer dizer zimbábue | ZW
self-correction | alexa qual a capital do paraguai não uruguai | UY
self-correction | alexa qual a capital da armênia digo albânia | AL
self-correction | alexa capital do sudão do sul não só do sudão | SD
self-correction | alexa qual a capital da áfrica do sul não da namíbia | NA
self-correction | alexa capital da guiana francesa não guiana | GY
self-correction | alexa qual a capital do tadjiquistão não turcomenistão | TM
self-correction | alexa capital da dominica não república dominicana | DO
self-correction | alexa capital do omã não do iêmen | YE
reverse-question | alexa {} é capital de qual país | nairóbi=CITY:Nairóbi; lima=CITY:Lima; hanói=CITY:Hanói
reverse-question | alexa de que país a capital é {} | ulan bator=CITY:Ulan Bator; kigali=CITY:Kigali; tbilisi=CITY:Tbilisi
reverse-question | alexa {} fica em que país | accra=CITY:Acra; riga=CITY:Riga; manágua=CITY:Manágua
reverse-question | alexa qual país tem pyongyang como capital | CITY:Pyongyang
reverse-question | alexa seul é capital de onde | CITY:Seul
reverse-question | alexa kinshasa é capital de qual congo | CITY:Kinshasa
reverse-question | alexa brazzaville é capital de que país | CITY:Brazzaville
reverse-question | alexa ramallah é capital de qual país | CITY:Ramallah
reverse-question | alexa sucre é capital de onde | CITY:Sucre
reverse-question | alexa putrajaya é capital de que lugar | CITY:Putrajaya
reverse-question | alexa haia é capital de onde | CITY:Haia
reverse-question | alexa bloemfontein é capital de qual país | CITY:Bloemfontein
reverse-question | alexa qual país tem como capital ottawa | CITY:Ottawa
reverse-question | alexa de onde é a capital assunção | CITY:Assunção
reverse-question | alexa windhoek é capital do quê | CITY:Windhoek
reverse-question | alexa paramaribo é a capital de que país | CITY:Paramaribo
reverse-question | alexa qual país tem a capital chamada tegucigalpa | CITY:Tegucigalpa
reverse-question | alexa adis abeba é capital de onde | CITY:Adis Abeba
reverse-question | alexa astana é capital de qual país | CITY:Astana
reverse-question | alexa bishkek é capital de quê | CITY:Bishkek
reverse-question | alexa qual é o país da capital vaduz | CITY:Vaduz
reverse-question | alexa lusaka é capital de onde | CITY:Lusaka
reverse-question | alexa funafuti é capital de que país | CITY:Funafuti
reverse-question | alexa de quem é a capital montevidéu | CITY:Montevidéu
reverse-question | alexa porto novo é capital de onde | CITY:Porto Novo
reverse-question | alexa mbabane é capital de qual país | CITY:Mbabane
reverse-question | alexa praia é capital de algum país | CITY:Praia
official-name | alexa qual a capital da república federativa do brasil | BR
official-name | alexa capital {} | da república francesa=FR; dos estados unidos da américa=US; da república popular da china=CN
official-name | alexa qual é a capital {} | da república democrática popular da coreia=KP; da república da coreia=KR; do estado da palestina=PS
official-name | alexa qual a capital do reino dos países baixos | NL
official-name | alexa qual a capital da federação russa | RU
official-name | alexa capital do estado plurinacional da bolívia | BO
official-name | alexa qual é a capital da república da áfrica do sul | ZA
official-name | alexa capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | alexa qual a capital da república democrática do congo | CD
official-name | alexa qual a capital da república do congo | CG
official-name | alexa qual é a capital da república bolivariana da venezuela | VE
official-name | alexa qual a capital dos estados unidos mexicanos | MX
official-name | alexa capital da república oriental do uruguai | UY
official-name | alexa qual a capital da confederação suíça | CH
official-name | alexa qual a capital do reino da arábia saudita | SA
official-name | alexa capital da república islâmica do irã | IR
official-name | alexa qual é a capital da república socialista do vietnã | VN
official-name | alexa qual é a capital da federação da malásia | MY
official-name | alexa capital do reino hachemita da jordânia | JO
official-name | alexa qual a capital da república democrática federal da etiópia | ET
official-name | alexa capital da república unida da tanzânia | TZ
official-name | alexa qual a capital da república árabe do egito | EG
official-name | alexa qual a capital da república democrática de timor-leste | TL
official-name | alexa capital do reino do essuatíni | SZ
official-name | alexa qual a capital da república da costa do marfim | CI
official-name | alexa qual é a capital da república democrática socialista do sri lanka | LK
everyday-name | alexa qual a capital da holanda | NL
everyday-name | alexa qual é a capital da inglaterra ou do reino unido sei lá | GB
everyday-name | alexa qual é a capital dos states | US
everyday-name | alexa capital dos eua | US
everyday-name | alexa qual a capital da birmânia | MM
everyday-name | alexa qual a capital da suazilândia | SZ
everyday-name | alexa qual é a capital do ceilão | LK
everyday-name | alexa capital da pérsia | IR
everyday-name | alexa qual a capital da república tcheca | CZ
everyday-name | alexa qual a capital da tchecoslováquia | FB
everyday-name | alexa qual a capital da iugoslávia | FB
everyday-name | alexa qual a capital da união soviética | FB
everyday-name | alexa qual a capital da macedônia | MK
everyday-name | alexa capital do zaire | CD
everyday-name | alexa qual a capital da costa do marfim | CI
everyday-name | alexa qual é a capital da bielorrússia | BY
everyday-name | alexa qual a capital da belarus | BY
everyday-name | alexa qual a capital do sião | TH
everyday-name | alexa capital da turquia ou türkiye como é agora | TR
everyday-name | alexa qual é a capital de cabo verde | CV
everyday-name | alexa qual é a capital da rússia | RU
everyday-name | alexa qual é a capital do daomé | BJ
everyday-name | alexa capital do alto volta | BF
everyday-name | alexa qual a capital da formosa | TW
everyday-name | alexa qual a capital de timor | TL
everyday-name | alexa qual é a capital da checa | CZ
shared-name | alexa qual a capital da coreia | KP+KR
shared-name | alexa capital do congo | CD+CG
shared-name | alexa qual é a capital da geórgia | GE+US-GA
shared-name | alexa qual a capital da geórgia nos estados unidos | US-GA
shared-name | alexa qual é a capital da geórgia o país | GE
shared-name | alexa qual a capital da guiné | GN
shared-name | alexa qual a capital do sudão | SD
shared-name | alexa qual a capital de washington | US-WA
shared-name | alexa qual é a capital do estado de são paulo | BR-SP
shared-name | alexa qual a capital do rio de janeiro | BR-RJ
shared-name | alexa qual é a capital do méxico | MX
shared-name | alexa qual é a capital de luxemburgo | LU
shared-name | alexa capital de granada | GD
shared-name | alexa qual é a capital da dominica | DM
shared-name | alexa capital da irlanda | IE
shared-name | alexa qual a capital da samoa | WS
shared-name | alexa qual é a capital de vitória na austrália | AU-VIC
shared-name | alexa qual é a capital do amazonas | BR-AM
shared-name | alexa capital das coreias | KP+KR
shared-name | alexa capital dos dois congos | CD+CG
shared-name | alexa qual a capital da guiana | GY
shared-name | alexa qual é a capital da macedônia do norte | MK
shared-name | alexa qual é a capital do níger | NE
shared-name | alexa qual é a capital de são martinho | MF
shared-name | alexa qual a capital da guiné equatorial | GQ
shared-name | alexa qual a capital do congo kinshasa | CD
gari | alexa tô varrendo a praça e me bateu a dúvida qual a capital {} | da etiópia=ET; da somália=SO; da eritreia=ER
gari | alexa antes do caminhão da coleta passar me fala a capital {} | da jamaica=JM; do haiti=HT; de cuba=CU
gari | alexa o colega do carrinho de lixo apostou que a capital {} | da turquia é ancara=TR; do egito é cairo=EG; da índia é nova délhi=IN
gari | alexa na hora do café da varrição qual é a capital da coreia do norte | KP
gari | alexa a gente tá no intervalo da coleta qual a capital da palestina | PS
gari | alexa o encarregado da limpeza urbana perguntou a capital do sri lanka | LK
gari | alexa uniforme laranja e vassoura na mão qual é a capital do madagascar | MG
gari | alexa a rota da coleta de hoje é longa me conta a capital do gabão | GA
gari | alexa qual a capital do djibuti que o colega da varrição falou | DJ
gari | alexa que horas passa o caminhão do lixo na minha rua | FB
gari | alexa vai chover hoje de madrugada | FB
gari | alexa a capital da república do congo é brazzaville | CG
gari | alexa na folga da coleta seletiva qual a capital do togo | TG
cobrador | alexa tô no ponto final esperando o horário qual a capital {} | do paraguai=PY; do uruguai=UY; do chile=CL
cobrador | alexa o passageiro da catraca perguntou a capital {} | da venezuela=VE; da colômbia=CO; do equador=EC
cobrador | alexa o motorista do ônibus quer saber a capital {} | da coreia do sul=KR; da mongólia=MN; de taiwan=TW
cobrador | alexa entre uma viagem e outra me fala a capital da bolívia | BO
cobrador | alexa o fiscal da linha perguntou as capitais da bolívia | BO
cobrador | alexa na garagem da empresa de ônibus qual a capital do suriname | SR
cobrador | alexa a catraca travou e enquanto isso qual é a capital de honduras | HN
cobrador | alexa o passageiro é de lá qual a capital de el salvador | SV
cobrador | alexa qual a capital da guatemala | GT
cobrador | alexa quanto tá a passagem de ônibus em são paulo | FB
cobrador | alexa que horas sai o último ônibus pro centro | FB
cobrador | alexa a senhora do banco da frente disse que a capital do panamá é cidade do panamá é isso | PA
cobrador | alexa na troca de turno da linha qual a capital da costa rica | CR
borracheiro | alexa remendando a câmara aqui me fala a capital {} | da hungria=HU; da áustria=AT; da polônia=PL
borracheiro | alexa enquanto calibro o pneu do caminhão qual a capital {} | da arábia saudita=SA; do catar=QA; do kuwait=KW
borracheiro | alexa o cliente do pneu furado perguntou a capital {} | do bahrein=BH; de omã=OM; do iêmen=YE
borracheiro | alexa a borracharia tá parada qual a capital do afeganistão | AF
borracheiro | alexa o caminhoneiro que parou aqui falou que a capital do iraque é bagdá confere | IQ
borracheiro | alexa na beira da estrada e sem movimento qual a capital da síria | SY
borracheiro | alexa o rapaz do estepe quer saber a capital da jordânia | JO
borracheiro | alexa qual a calibragem certa do pneu de moto | FB
borracheiro | alexa vulcanizando aqui qual a capital do líbano | LB
borracheiro | alexa pneu careca e pergunta difícil qual a capital do turcomenistão | TM
borracheiro | alexa o freguês da carreta é de lá qual a capital da malásia | MY
acougue | alexa cortando a picanha aqui qual é a capital {} | da argentina=AR; do uruguai hein=UY; da nova zelândia=NZ
acougue | alexa a freguesa pediu dois quilos de acém e perguntou a capital {} | da irlanda=IE; da escócia=GB-SCT; do país de gales=GB-WLS
acougue | alexa moendo a carne aqui qual a capital {} | da austrália=AU; da namíbia=NA; de botsuana=BW
acougue | alexa o açougueiro novo falou que a capital da áfrica do sul é pretória só | ZA
acougue | alexa o cliente da fraldinha quer saber as capitais da áfrica do sul | ZA
acougue | alexa limpando o balcão do açougue qual a capital do cazaquistão | KZ
acougue | alexa qual o melhor corte pra churrasco | FB
acougue | alexa quanto tempo assa uma costela no bafo | FB
acougue | alexa qual a capital do zimbábue que o fornecedor de gado falou | ZW
acougue | alexa desossando o frango aqui qual a capital da zâmbia | ZM
acougue | alexa tá e do lesoto qual a capital | LS
churrascaria | alexa passando o espeto de picanha me diz a capital {} | da alemanha=DE; da itália=IT; da espanha=ES
churrascaria | alexa a mesa doze do rodízio perguntou a capital {} | de portugal=PT; da bélgica=BE; da dinamarca=DK
churrascaria | alexa o gringo do rodízio perguntou a capital do país dele {} | a suécia=SE; a finlândia=FI; a noruega=NO
churrascaria | alexa o garçom do espeto de cupim disse que a capital do canadá é ottawa | CA
churrascaria | alexa o gerente do salão quer saber a capital da holanda | NL
churrascaria | alexa virando a ficha pro vermelho qual a capital da letônia | LV
churrascaria | alexa na hora de fechar o caixa qual é a capital da estônia | EE
churrascaria | alexa o cliente japonês perguntou onde fica tóquio é capital de onde | CITY:Tóquio
churrascaria | alexa que horas fecha a churrascaria hoje | FB
churrascaria | alexa quanto custa o rodízio por pessoa | FB
churrascaria | alexa a mesa dos turistas é de lá qual a capital da lituânia | LT
churrascaria | alexa levando o abacaxi com canela qual a capital de malta | MT
barbearia | alexa fazendo o degradê aqui qual a capital {} | da nigéria=NG; de gana=GH; do senegal=SN
barbearia | alexa o cliente da cadeira dois quer saber a capital {} | de camarões=CM; da costa do marfim=CI; do mali=ML
barbearia | alexa enquanto passo a navalha me fala a capital {} | do quênia=KE; de uganda=UG; de ruanda=RW
barbearia | alexa o barbeiro falou que a capital da coreia do sul é seul é isso mesmo | KR
barbearia | alexa acertando o pezinho aqui qual a capital da república democrática do congo | CD
barbearia | alexa o moleque da barba pediu a capital da república do congo | CG
barbearia | alexa toca um trap aí pra gente | FB
barbearia | alexa qual o corte de cabelo da moda | FB
barbearia | alexa qual a capital do burundi que o cliente falou | BI
barbearia | alexa finalizando o corte qual a capital de serra leoa | SL
barbearia | alexa na fila da barbearia qual a capital da libéria | LR
barbearia | alexa a capital da guiné bissau é bissau | GW
marceneiro | alexa lixando o compensado aqui qual a capital {} | do japão=JP; da china=CN; das filipinas=PH
marceneiro | alexa passando verniz no armário me diz a capital {} | da indonésia=ID; de singapura=SG; do brunei=BN
marceneiro | alexa o cliente da cozinha planejada perguntou a capital {} | do camboja=KH; do laos=LA; da tailândia=TH
marceneiro | alexa com o serrote na mão qual a capital de timor-leste | TL
marceneiro | alexa o ajudante da marcenaria quer saber a capital da papua-nova guiné | PG
marceneiro | alexa colando a fórmica aqui qual é a capital das ilhas salomão | SB
marceneiro | alexa quanto mede uma polegada em centímetros | FB
marceneiro | alexa qual a capital de vanuatu | VU
marceneiro | alexa na pausa da serragem qual é a capital de fiji | FJ
marceneiro | alexa o freguês da mesa de jantar é de pyongyang fica em que país | CITY:Pyongyang
eletricista | alexa trocando o disjuntor aqui qual a capital {} | da rússia=RU; da ucrânia=UA; da bielorrússia=BY
eletricista | alexa passando a fiação me fala a capital {} | da moldávia=MD; da geórgia o país=GE; da armênia=AM
eletricista | alexa o cliente do chuveiro queimado perguntou a capital {} | do azerbaijão=AZ; do tadjiquistão=TJ; do quirguistão=KG
eletricista | alexa em cima da escada qual a capital do uzbequistão | UZ
eletricista | alexa a dona da casa quer saber a capital da coreia do norte | KP
eletricista | alexa sem luz aqui e com dúvida qual a capital da palestina | PS
eletricista | alexa qual a bitola do fio pro chuveiro | FB
eletricista | alexa acende a lanterna | FB
eletricista | alexa o aprendiz disse que a capital da bósnia é sarajevo confere | BA
eletricista | alexa emendando o fio qual a capital do montenegro | ME
camelo | alexa arrumando a mercadoria na lona qual a capital {} | do paquistão=PK; de bangladesh=BD; do nepal=NP
camelo | alexa o rapa tá vindo rápido qual é a capital {} | do sri lanka=LK; das maldivas=MV; do butão=BT
camelo | alexa o freguês do fone de ouvido perguntou a capital do irã | IR
camelo | alexa vendendo capinha de celular qual a capital de israel | IL
camelo | alexa o fornecedor é de lá qual a capital da china | CN
camelo | alexa quanto tá o dólar pra comprar mercadoria | FB
camelo | alexa qual é a capital de mianmar | MM
camelo | alexa na barraca do lado o cara é de dacca é capital de onde | CITY:Dacca
camelo | alexa qual a capital do afeganistão que o moço perguntou | AF
camelo | alexa e as capitais do sri lanka quais são | LK
diarista | alexa passando pano no chão me fala a capital {} | do peru=PE; da venezuela hein=VE; de cuba hein=CU
diarista | alexa a patroa perguntou a capital {} | da áfrica do sul=ZA; da bolívia=BO; da holanda=NL
diarista | alexa na faxina de sexta feira qual a capital da malásia | MY
diarista | alexa lavando a louça aqui quais são as capitais da malásia | MY
diarista | alexa a filha da patroa quer saber a capital do marrocos | MA
diarista | alexa tirando o pó da estante qual a capital da argélia | DZ
diarista | alexa qual a capital da tunísia | TN
diarista | alexa qual o melhor produto pra tirar mofo | FB
diarista | alexa toca uma música do zezé di camargo | FB
diarista | alexa estendendo roupa no varal qual a capital da líbia | LY
diarista | alexa na diária de hoje a patroa perguntou a capital do egito | EG
diarista | alexa a menina do apartamento perguntou a capital do sudão | SD
boia-fria | alexa no eito da cana aqui qual a capital {} | da índia=IN; do paquistão hein=PK; do irã hein=IR
boia-fria | alexa o turmeiro do caminhão perguntou a capital {} | do méxico=MX; de cuba no caribe=CU; da república dominicana=DO
boia-fria | alexa na hora da marmita debaixo do pé de manga qual a capital da bolívia | BO
boia-fria | alexa afiando o facão aqui qual a capital da áfrica do sul | ZA
boia-fria | alexa o colega do corte de cana diz que a capital da bolívia é la paz | BO
boia-fria | alexa cortando cana desde as cinco qual a capital do haiti | HT
boia-fria | alexa que horas o sol se põe hoje | FB
boia-fria | alexa qual a capital de moçambique | MZ
boia-fria | alexa na volta pra casa de caminhão qual a capital de angola | AO
boia-fria | alexa o fiscal da usina perguntou a capital de são tomé e príncipe | ST
boia-fria | alexa qual a capital do malaui | MW
apicultor | alexa tirando o mel da colmeia me fala a capital {} | da nova zelândia hein=NZ; de tonga=TO; de samoa=WS
apicultor | alexa o enxame fugiu e enquanto isso qual a capital {} | de quiribati=KI; de tuvalu=TV; de nauru=NR
apicultor | alexa com o fumigador na mão qual a capital de palau | PW
apicultor | alexa de macacão de apicultor qual a capital das ilhas marshall | MH
apicultor | alexa qual a capital da micronésia | FM
apicultor | alexa quanto custa o quilo de mel | FB
apicultor | alexa abelha jataí dá quanto mel por ano | FB
apicultor | alexa centrifugando o mel qual a capital da eslovênia | SI
apicultor | alexa o comprador do mel é de lá qual a capital da croácia | HR
apicultor | alexa o apiário tá cheio hoje qual a capital da sérvia | RS
apicultor | alexa qual a capital do kosovo | XK
apicultor | alexa colhendo própolis qual a capital da albânia | AL
sanfoneiro | alexa afinando a sanfona aqui qual a capital {} | da grécia hein=GR; de chipre=CY; da bulgária hein=BG
sanfoneiro | alexa o zabumbeiro perguntou a capital {} | da romênia hein=RO; da macedônia do norte=MK; da eslováquia=SK
sanfoneiro | alexa antes do xote começar qual a capital da república tcheca | CZ
sanfoneiro | alexa o triangueiro quer saber a capital da suíça | CH
sanfoneiro | alexa toca um xote do luiz gonzaga | FB
sanfoneiro | alexa qual a capital de liechtenstein | LI
sanfoneiro | alexa no intervalo do forró qual a capital de andorra | AD
sanfoneiro | alexa o dono do forró perguntou a capital de mônaco | MC
sanfoneiro | alexa qual é a capital de san marino | SM
sanfoneiro | alexa e do vaticano qual é a capital | VA
sanfoneiro | alexa quem compôs asa branca | FB
sanfoneiro | alexa a sanfona parou qual a capital da coreia do sul | KR
torcida | alexa na arquibancada esperando o jogo qual a capital {} | da croácia hein=HR; da sérvia hein=RS; da suíça hein=CH
torcida | alexa o pessoal do bandeirão perguntou a capital {} | do catar hein=QA; do marrocos hein=MA; da tunísia hein=TN
torcida | alexa a gente vai jogar a libertadores qual a capital do equador | EC
torcida | alexa o time vai pegar o peru na copa qual a capital de lá | PE
torcida | alexa quanto ficou o jogo do corinthians | FB
torcida | alexa qual a tabela do brasileirão | FB
torcida | alexa a torcida vai viajar pro paraguai qual a capital | PY
torcida | alexa na caravana da torcida qual a capital da argentina | AR
torcida | alexa o mundial vai ser onde qual a capital do japão | JP
torcida | alexa o jogo é contra a arábia saudita qual a capital de lá | SA
torcida | alexa qual a capital da bolívia pra gente ver a altitude | BO
torcida | alexa o craque é da coreia do norte qual a capital | KP
torcida | alexa o batuque da torcida perguntou a capital da costa do marfim | CI
pai-solo | alexa enquanto o miojo fica pronto me fala a capital {} | da frança hein=FR; do canadá hein=CA; dos estados unidos=US
pai-solo | alexa a minha filha perguntou a capital {} | do egito hein=EG; da grécia pra tarefa=GR; da itália hein=IT
pai-solo | alexa dando papinha pro bebê qual a capital da rússia | RU
pai-solo | alexa o moleque quer saber a capital da austrália | AU
pai-solo | alexa fazendo o arroz aqui qual a capital da coreia do sul | KR
pai-solo | alexa a pequena falou que a capital da china é xangai é verdade | CN
pai-solo | alexa qual a capital da islândia que o menino perguntou | IS
pai-solo | alexa coloca um timer de cinco minutos pro ovo | FB
pai-solo | alexa conta uma história pra criança dormir | FB
pai-solo | alexa toca a galinha pintadinha | FB
pai-solo | alexa meu filho quer saber a capital da palestina | PS
pai-solo | alexa qual a capital de portugal pra tarefa da escola | PT
pai-solo | alexa o menino perguntou qual país tem lisboa como capital | CITY:Lisboa
bombeiro | alexa no plantão do quartel qual a capital {} | da noruega hein=NO; da suécia hein=SE; da dinamarca hein=DK
bombeiro | alexa a viatura tá na base qual a capital {} | do chile hein=CL; da argentina hein=AR; do brasil=BR
bombeiro | alexa o sargento do plantão quer saber a capital da holanda | NL
bombeiro | alexa depois do treinamento de resgate qual a capital da finlândia | FI
bombeiro | alexa tem alguma ocorrência de incêndio perto | FB
bombeiro | alexa entre uma ocorrência e outra qual a capital da república democrática do congo | CD
bombeiro | alexa o cabo disse que a capital do congo é brazzaville | CD+CG
bombeiro | alexa no alojamento do quartel qual a capital do chade | TD
bombeiro | alexa qual a capital da república centro africana | CF
bombeiro | alexa qual o número dos bombeiros em portugal | FB
bombeiro | alexa qual a capital do níger | NE
cozinha | alexa picando cebola aqui qual a capital {} | da tailândia hein=TH; do vietnã hein=VN; da índia hein=IN
cozinha | alexa o chef perguntou a capital {} | do líbano hein=LB; da turquia hein=TR; do marrocos na áfrica=MA
cozinha | alexa na mise en place qual a capital do peru | PE
cozinha | alexa a comanda da mesa cinco é de prato mexicano qual a capital do méxico | MX
cozinha | alexa o sous chef disse que a capital da itália é roma confere | IT
cozinha | alexa qual a temperatura pra fritar batata | FB
cozinha | alexa converte trezentos gramas em xícaras | FB
cozinha | alexa o cozinheiro é de lá qual a capital da etiópia | ET
cozinha | alexa qual a capital da jamaica | JM
cozinha | alexa lavando as panelas qual a capital da áustria | AT
cozinha | alexa fechando a cozinha qual a capital da hungria | HU
cozinha | alexa o chef quer saber a capital da malásia pra montar o cardápio | MY
feira-ciencias | alexa montando a maquete do vulcão qual a capital {} | da islândia hein=IS; da indonésia hein=ID; das filipinas hein=PH
feira-ciencias | alexa o trabalho da feira de ciências é sobre a capital {} | do japão hein=JP; do chile pra feira=CL; da nova zelândia pra feira=NZ
feira-ciencias | alexa a professora de química perguntou a capital da bolívia | BO
feira-ciencias | alexa pro cartaz da feira de ciências qual a capital da áfrica do sul | ZA
feira-ciencias | alexa o grupo do sistema solar quer saber a capital do cazaquistão | KZ
feira-ciencias | alexa qual a distância da terra até a lua | FB
feira-ciencias | alexa como faz um vulcão de bicarbonato | FB
feira-ciencias | alexa pra maquete qual a capital do equador | EC
feira-ciencias | alexa o jurado da feira perguntou a capital da groenlândia | GL
feira-ciencias | alexa no estande de geologia qual a capital da tanzânia | TZ
feira-ciencias | alexa qual a capital do nepal pro trabalho do everest | NP
feira-ciencias | alexa as capitais dos países baixos pro trabalho de diques | NL
peao | alexa tocando a comitiva de gado qual a capital {} | do paraguai hein=PY; da bolívia hein=BO; do uruguai pra nóis=UY
peao | alexa o berranteiro da comitiva perguntou a capital {} | da argentina pra nóis=AR; do chile pra nóis=CL; do peru pra nóis=PE
peao | alexa na fazenda do pantanal qual a capital do mato grosso | BR-MT
peao | alexa qual a capital do mato grosso do sul | BR-MS
peao | alexa acampado na beira do rio qual a capital da colômbia | CO
peao | alexa vai dar cheia esse ano no pantanal | FB
peao | alexa o patrão da fazenda quer saber as capitais da bolívia | BO
peao | alexa laçando o boi aqui qual a capital da venezuela | VE
peao | alexa o peão mais velho diz que a capital do paraguai é assunção | PY
peao | alexa qual o preço da arroba do boi | FB
peao | alexa o vaqueiro quer saber qual a capital da guiana | GY
quilombo | alexa na roda de conversa do quilombo qual a capital {} | de angola hein=AO; de moçambique hein=MZ; de gana hein=GH
quilombo | alexa a griô da comunidade perguntou a capital {} | do benin=BJ; da nigéria hein=NG; do togo hein=TG
quilombo | alexa quais são as capitais do benin que a gente estudou | BJ
quilombo | alexa na associação quilombola qual a capital de cabo verde | CV
quilombo | alexa o jongo vai começar qual a capital do congo | CD+CG
quilombo | alexa a professora da escola do quilombo perguntou a capital da república do congo | CG
quilombo | alexa qual a capital da guiné bissau | GW
quilombo | alexa qual a capital do senegal | SN
quilombo | alexa quando é o dia da consciência negra | FB
quilombo | alexa a capital de angola é luanda né | AO
quilombo | alexa qual a capital da república democrática do congo pra pesquisa | CD
quilombo | alexa a juventude do quilombo perguntou a capital da guiné equatorial | GQ
santista | alexa mano do canal três aqui de santos qual a capital {} | da espanha hein=ES; de portugal hein=PT; da frança pra nóis=FR
santista | alexa tô na orla de santos mano qual a capital {} | da grécia mano=GR; do egito mano=EG; da turquia mano=TR
santista | alexa o navio que atracou no porto é da libéria qual a capital de lá | LR
santista | alexa na balsa pro guarujá qual a capital do panamá mano | PA
santista | alexa que zica mano qual a capital da malásia | MY
santista | alexa tô de chinelo na praia do gonzaga qual a capital da coreia do norte | KP
santista | alexa como tá a maré hoje em santos | FB
santista | alexa qual o horário da balsa pro guarujá | FB
santista | alexa mano a capital das bahamas é nassau | BS
santista | alexa qual a capital de barbados mano | BB
santista | alexa o rapaz do porto disse que a capital de singapura é singapura mesmo | SG
santista | alexa vendo o jogo do peixe qual a capital de trinidad e tobago | TT
santista | alexa qual é a capital da palestina mano | PS
chapeco | alexa capaz que tu sabe a capital {} | da alemanha bah=DE; da polônia tchê=PL; da ucrânia bah=UA
chapeco | alexa aqui do oeste catarinense tri dúvida qual a capital {} | da itália tchê=IT; da áustria bah=AT; da hungria tchê=HU
chapeco | alexa bah qual é a capital da áfrica do sul | ZA
chapeco | alexa no frigorífico da chapecó o colega quer saber a capital da malásia | MY
chapeco | alexa o gringo da agroindústria é de lá qual a capital do egito tchê | EG
chapeco | alexa tri legal essa qual a capital da coreia do sul | KR
chapeco | alexa capaz que a capital de santa catarina é florianópolis | BR-SC
chapeco | alexa qual a capital do paraná | BR-PR
chapeco | alexa vai gear amanhã em chapecó | FB
chapeco | alexa toca a rádio da chapecoense | FB
chapeco | alexa bah qual a capital da coreia do norte | KP
chapeco | alexa qual a capital da letônia tchê | LV
chapeco | alexa tchê qual a capital do rio grande do sul | BR-RS
campos | alexa ô rapaz aqui de campos qual a capital {} | da noruega rapaz=NO; da nigéria rapaz=NG; de angola rapaz=AO
campos | alexa ô rapaz na usina de campos qual a capital {} | do iraque rapaz=IQ; do kuwait rapaz=KW; da arábia saudita rapaz=SA
campos | alexa o pessoal da plataforma de petróleo perguntou a capital do catar | QA
campos | alexa ô rapaz qual a capital do azerbaijão | AZ
campos | alexa na plataforma de macaé qual a capital dos emirados árabes | AE
campos | alexa rapaz qual a capital da república do congo | CG
campos | alexa tá calor demais aqui em campos qual a temperatura | FB
campos | alexa a chuva vai encher o paraíba do sul | FB
campos | alexa rapaz a capital da guiné equatorial é malabo | GQ
campos | alexa ô rapaz qual a capital da bolívia | BO
campos | alexa ô rapaz qual a capital de brunei | BN
campos | alexa rapaz e a capital do gabão | GA
paraguaia | alexa che costurando aqui na oficina qual a capital {} | do paraguai che=PY; da argentina che=AR; da bolívia che=BO
paraguaia | alexa mba'e qual é a capital {} | do uruguai che=UY; do chile che=CL; do brasil che=BR
paraguaia | alexa la patrona de la oficina perguntou a capital da coreia do sul | KR
paraguaia | alexa na máquina de costura qual é a capital da china | CN
paraguaia | alexa che qual a capital da espanha | ES
paraguaia | alexa a costureira do lado quer saber a capital do peru | PE
paraguaia | alexa qual a capital de el salvador che | SV
paraguaia | alexa toca uma polca paraguaia | FB
paraguaia | alexa quanto custa a passagem pra assunção | FB
paraguaia | alexa ndaje a capital do paraguai é assunção | PY
paraguaia | alexa che qual é a capital da nicarágua | NI
paraguaia | alexa qual é a capital das duas bolívias digo as capitais da bolívia | BO
lituano | alexa labas aqui da vila zelina qual a capital {} | da lituânia=LT; da letônia labas=LV; da estônia labas=EE
lituano | alexa a vovó da vila zelina perguntou a capital {} | da polônia atchu=PL; da bielorrússia atchu=BY; da rússia atchu=RU
lituano | alexa atchu e qual a capital da finlândia | FI
lituano | alexa na festa da igreja lituana qual a capital da suécia | SE
lituano | alexa qual a capital da lituânia é vilnius né | LT
lituano | alexa labas qual a capital da dinamarca | DK
lituano | alexa toca música lituana | FB
lituano | alexa como se diz bom dia em lituano | FB
lituano | alexa vilnius é capital de onde | CITY:Vilnius
lituano | alexa qual a capital da alemanha labas | DE
lituano | alexa atchu qual a capital da ucrânia | UA
lituano | alexa a vovó quer saber as capitais da holanda | NL
timorense | alexa maun aqui da unilab qual a capital {} | de timor-leste maun=TL; da indonésia maun=ID; da austrália maun=AU
timorense | alexa obrigadu barak e qual a capital {} | de portugal maun=PT; de moçambique maun=MZ; de cabo verde maun=CV
timorense | alexa diak ka lae qual a capital de são tomé e príncipe | ST
timorense | alexa maun qual é a capital da guiné bissau | GW
timorense | alexa qual a capital das filipinas maun | PH
timorense | alexa dili é capital de qual país | CITY:Dili
timorense | alexa quanto é a passagem pra díli | FB
timorense | alexa maun qual a capital de papua nova guiné | PG
timorense | alexa qual a capital de macau | MO
timorense | alexa maun qual a capital do brunei | BN
timorense | alexa qual a capital da malásia maun | MY
timorense | alexa e as capitais da malásia quais são maun | MY
mexicano | alexa órale qual é a capital {} | do méxico güey=MX; da guatemala güey=GT; de honduras güey=HN
mexicano | alexa qué onda alexa qual a capital {} | da costa rica güey=CR; do panamá güey=PA; de belize güey=BZ
mexicano | alexa güey qual a capital dos estados unidos | US
mexicano | alexa órale qual a capital de cuba | CU
mexicano | alexa qual a capital do estado de jalisco | MX-JAL
mexicano | alexa a capital de nuevo león qual é | MX-NLE
mexicano | alexa qual a capital de oaxaca güey | MX-OAX
mexicano | alexa toca um mariachi | FB
mexicano | alexa quanto é um peso mexicano em real | FB
mexicano | alexa qué onda qual é a capital da colômbia | CO
mexicano | alexa qual a capital do equador güey | EC
mexicano | alexa güey qual a capital da bolívia no plural as capitais | BO
ingles | alexa hey okay então qual é o capital {} | da inglaterra mate=GB-ENG; do reino unido mate=GB; da irlanda mate=IE
ingles | alexa cheers e qual é a capital {} | da escócia mate=GB-SCT; de gales mate=GB-WLS; da irlanda do norte mate=GB-NIR
ingles | alexa sorry eu não lembrar a capital da austrália | AU
ingles | alexa qual é o capital da nova zelândia please | NZ
ingles | alexa lovely e o capital do canadá | CA
ingles | alexa what's the weather | FB
ingles | alexa toca the beatles | FB
ingles | alexa sorry qual a capital da jamaica | JM
ingles | alexa qual a capital de gibraltar mate | GI
ingles | alexa bloody hell qual é a capital da áfrica do sul | ZA
ingles | alexa cheers qual é as capitais da áfrica do sul | ZA
ingles | alexa qual o capital de malta mate | MT
ingles | alexa qual a capital das ilhas malvinas | FK
stop | alexa já varri a praça toda pode parar o capitais do mundo | STOP
stop | alexa o ônibus chegou no ponto final para aí | STOP
stop | alexa chegou cliente na borracharia para de falar | STOP
stop | alexa o freguês chegou no açougue encerra aí | STOP
stop | alexa a mesa tá chamando chega de capital | STOP
stop | alexa o cliente sentou na cadeira desliga isso | STOP
stop | alexa vou ligar a serra para o jogo | STOP
stop | alexa vou desligar o disjuntor encerra tudo | STOP
stop | alexa o rapa chegou fecha isso agora | STOP
stop | alexa a patroa chegou para com isso | STOP
stop | alexa o caminhão da usina chegou pode encerrar | STOP
stop | alexa as abelhas tão agitadas para o jogo | STOP
stop | alexa o forró vai começar sai do capitais do mundo | STOP
stop | alexa o jogo começou chega de pergunta | STOP
stop | alexa o bebê dormiu para de falar baixinho | STOP
stop | alexa tocou a sirene do quartel encerra | STOP
stop | alexa o chef mandou parar desliga | STOP
stop | alexa acabou a feira de ciências pode fechar | STOP
stop | alexa mano chega por hoje | STOP
stop | alexa bah chega tchê | STOP
stop | alexa ô rapaz para com isso | STOP
stop | alexa che basta para | STOP
stop | alexa maun pode parar obrigadu | STOP
stop | alexa órale ya basta para | STOP
stop | alexa okay that's enough para por favor | STOP
stop | alexa labas chega por hoje | STOP
stop | alexa cansei de capital encerra o jogo | STOP
cancel | alexa a coleta passou esquece a pergunta | CANCEL
cancel | alexa o passageiro desceu cancela o que ele perguntou | CANCEL
cancel | alexa o cliente já sabia cancela a capital | CANCEL
cancel | alexa a freguesa desistiu esquece | CANCEL
cancel | alexa a mesa mudou de ideia cancela essa | CANCEL
cancel | alexa o cliente não quer mais saber cancela | CANCEL
cancel | alexa perdi o fio da meada deixa pra lá | CANCEL
cancel | alexa errei o país cancela essa pergunta | CANCEL
cancel | alexa a patroa já achou no celular cancela | CANCEL
cancel | alexa o turmeiro falou que não precisa esquece | CANCEL
cancel | alexa o zabumbeiro já lembrou cancela | CANCEL
cancel | alexa a torcida já sabe deixa quieto | CANCEL
cancel | alexa minha filha já respondeu cancela isso aí | CANCEL
cancel | alexa o sargento mudou a pergunta cancela | CANCEL
cancel | alexa o chef disse que não importa cancela | CANCEL
cancel | alexa mano esquece essa aí | CANCEL
cancel | alexa bah deixa pra lá tchê | CANCEL
cancel | alexa ô rapaz cancela isso | CANCEL
cancel | alexa che olvida cancela | CANCEL
cancel | alexa maun cancela por favor | CANCEL
cancel | alexa güey cancela eso cancela | CANCEL
cancel | alexa sorry never mind cancela | CANCEL
cancel | alexa a vovó já esqueceu cancela | CANCEL
cancel | alexa perguntei errado anula essa | CANCEL
help | alexa sou gari e nunca usei isso como funciona | HELP
help | alexa o passageiro quer usar me explica como pergunta | HELP
help | alexa o freguês da borracharia quer saber o que você sabe fazer | HELP
help | alexa no açougue ninguém sabe mexer em você ajuda | HELP
help | alexa como faço pra perguntar capital aqui no capitais do mundo | HELP
help | alexa o barbeiro quer instruções desse jogo | HELP
help | alexa o que eu falo pra você me dar a capital | HELP
help | alexa a patroa pediu pra eu perguntar como usa | HELP
help | alexa me ensina como funciona esse capitais do mundo | HELP
help | alexa minha filha quer jogar como faz | HELP
help | alexa o sargento quer saber quais perguntas pode fazer | HELP
help | alexa pra feira de ciências como eu uso isso | HELP
help | alexa mano como é que funciona essa parada | HELP
help | alexa bah não sei usar tchê me ajuda | HELP
help | alexa ô rapaz como é que faz isso | HELP
help | alexa che no entiendo como funciona ajuda | HELP
help | alexa maun me explica como usa | HELP
help | alexa órale como funciona esto ayuda | HELP
help | alexa sorry how does this work ajuda | HELP
help | alexa a vovó não entendeu explica de novo | HELP
help | alexa que tipo de pergunta esse jogo responde | HELP
help | alexa ajuda com o capitais do mundo | HELP
launch | alexa na hora do almoço da coleta abre capitais do mundo | LAUNCH
launch | alexa pro passageiro abre o capitais do mundo | LAUNCH
launch | alexa pra distrair na borracharia abre capitais do mundo | LAUNCH
launch | alexa pede pro capitais do mundo começar | LAUNCH
launch | alexa bora jogar o capitais do mundo com a mesa doze | LAUNCH
launch | alexa pra passar o tempo na barbearia abre o capitais do mundo | LAUNCH
launch | alexa pra criançada abre capitais do mundo | LAUNCH
launch | alexa mano abre o capitais do mundo aí | LAUNCH
launch | alexa bah abre capitais do mundo tchê | LAUNCH
launch | alexa ô rapaz abre capitais do mundo | LAUNCH
launch | alexa che abre capitais do mundo | LAUNCH
launch | alexa maun abre capitais do mundo | LAUNCH
launch | alexa órale abre capitais do mundo | LAUNCH
launch | alexa please open capitais do mundo | LAUNCH
launch | alexa no plantão do quartel inicia capitais do mundo | LAUNCH
launch | alexa pra feira de ciências abre o jogo capitais do mundo | LAUNCH
launch | alexa quero treinar capital abre capitais do mundo | LAUNCH
launch | alexa vamo brincar de capitais do mundo | LAUNCH
launch | alexa abre o jogo das capitais capitais do mundo | LAUNCH
launch | alexa a vovó quer o capitais do mundo abre pra ela | LAUNCH
launch | alexa dá um play no capitais do mundo | LAUNCH
launch | alexa entra no capitais do mundo | LAUNCH
plural-capitals | alexa a patroa perguntou quais as três capitais da áfrica do sul | ZA
plural-capitals | alexa na borracharia alguém sabe as capitais da áfrica do sul me fala | ZA
plural-capitals | alexa as capitais da áfrica do sul pretória e mais quais | ZA
plural-capitals | alexa o turmeiro quer as duas capitais da bolívia | BO
plural-capitals | alexa me fala as capitais da bolívia la paz e sucre confere | BO
plural-capitals | alexa no cartaz da escola quais capitais a bolívia tem | BO
plural-capitals | alexa quantas e quais são as capitais dos países baixos | NL
plural-capitals | alexa a holanda tem duas capitais me fala elas | NL
plural-capitals | alexa o chef holandês perguntou as capitais do país dele a holanda | NL
plural-capitals | alexa quais as capitais da malásia kuala lumpur e putrajaya | MY
plural-capitals | alexa o cliente malaio quer saber as capitais da malásia | MY
plural-capitals | alexa as capitais malaias quais são | MY
plural-capitals | alexa a griô perguntou as capitais do benim | BJ
plural-capitals | alexa quais são as duas capitais beninenses | BJ
plural-capitals | alexa o barbeiro quer saber as capitais da costa do marfim | CI
plural-capitals | alexa quais as capitais marfinenses | CI
plural-capitals | alexa o camelô perguntou as duas capitais do sri lanka | LK
plural-capitals | alexa quais as capitais cingalesas do sri lanka | LK
plural-capitals | alexa as capitais do reino de essuatíni quais são | SZ
plural-capitals | alexa o apicultor quer as capitais da suazilândia | SZ
plural-capitals | alexa quais são as duas capitais de eswatini | SZ
plural-capitals | alexa me fala as capitais do benin porto novo e cotonou | BJ
plural-capitals | alexa a costa do marfim tem duas capitais quais | CI
plural-capitals | alexa quantas capitais tem o sri lanka e quais | LK
out-of-domain | alexa no intervalo da coleta toca um pagode | FB
out-of-domain | alexa o motorista quer saber se vai ter trânsito na marginal | FB
out-of-domain | alexa quanto tempo demora pra secar o remendo da câmara | FB
out-of-domain | alexa qual a diferença entre alcatra e maminha | FB
out-of-domain | alexa quantas pessoas moram em buenos aires | FB
out-of-domain | alexa qual a língua oficial da bélgica | FB
out-of-domain | alexa qual é a moeda da suíça | FB
out-of-domain | alexa qual a capital mais fria do mundo | FB
out-of-domain | alexa qual é a capital mais alta do mundo | FB
out-of-domain | alexa qual é a capital da ásia | FB
out-of-domain | alexa qual é a capital da antártida o continente | FB
out-of-domain | alexa qual capital tem mais gente no brasil | FB
out-of-domain | alexa qual é a capital do agronegócio | FB
out-of-domain | alexa qual a capital nacional do mel | FB
out-of-domain | alexa qual é a capital do frango | FB
out-of-domain | alexa me lembra de pagar o boleto amanhã | FB
out-of-domain | alexa qual o resultado da mega sena | FB
out-of-domain | alexa como tá o trânsito na imigrantes | FB
out-of-domain | alexa qual o placar do jogo do santos | FB
out-of-domain | alexa toca sertanejo universitário | FB
out-of-domain | alexa que horas são em tóquio agora | FB
out-of-domain | alexa quantos quilômetros tem a fronteira do brasil | FB
out-of-domain | alexa qual o prato típico do peru | FB
out-of-domain | alexa o que significa a bandeira do japão | FB
out-of-domain | alexa quem descobriu o brasil | FB
out-of-domain | alexa qual é a montanha mais alta da áfrica | FB
out-of-domain | alexa quantos estados tem os estados unidos | FB
out-of-domain | alexa quantos estados tem o brasil | FB
out-of-domain | alexa qual país tem mais vulcão | FB
out-of-domain | alexa qual o maior deserto do mundo | FB
out-of-domain | alexa qual a cidade mais populosa da índia | FB
out-of-domain | alexa que língua se fala em angola | FB
out-of-domain | alexa liga o ventilador | FB
out-of-domain | alexa qual a previsão pra chapecó no fim de semana | FB
out-of-domain | alexa qual a temperatura em assunção agora | FB
out-of-domain | alexa qual é o maior estádio do mundo | FB
out-of-domain | alexa qual a senha do wifi | FB
out-of-domain | alexa quantas calorias tem uma picanha | FB
out-of-domain | alexa toca uma cumbia | FB
out-of-domain | alexa como faz pão de queijo | FB
out-of-domain | alexa me conta uma curiosidade sobre a lituânia | FB
out-of-domain | alexa qual é a capital do samba | FB
out-of-domain | alexa qual é a capital do petróleo | FB
out-of-domain | alexa qual a capital do mundo | FB
out-of-domain | alexa qual é a capital da atlântida | FB
out-of-domain | alexa qual é a capital de wakanda | FB
out-of-domain | alexa qual é a capital do reino de nárnia | FB
out-of-domain | alexa qual a capital da américa central | FB
out-of-domain | alexa qual é a capital do oriente médio | FB
out-of-domain | alexa qual é a capital da escandinávia | FB
out-of-domain | alexa quanto custa uma passagem pra cidade do méxico | FB
out-of-domain | alexa como se escreve quirguistão | FB
out-of-domain | alexa soletra tegucigalpa | FB
out-of-domain | alexa quantos anos tem brasília | FB
out-of-domain | alexa quem fundou são paulo | FB
subdivision | alexa o passageiro é de lá qual a capital do amapá | BR-AP
subdivision | alexa o gari novo veio de lá qual a capital de roraima | BR-RR
subdivision | alexa o cliente da carreta é do maranhão qual a capital de lá | BR-MA
subdivision | alexa a freguesa é do piauí qual é a capital | BR-PI
subdivision | alexa o turmeiro é de goiás qual a capital | BR-GO
subdivision | alexa o primo tá morando no texas qual a capital de lá | US-TX
subdivision | alexa o cliente mora em ontário qual a capital da província | CA-ON
subdivision | alexa qual a capital da província de alberta | CA-AB
subdivision | alexa mano qual a capital do estado de são paulo | BR-SP
subdivision | alexa o chef é da baviera qual a capital de lá | DE-BY
subdivision | alexa qual a capital da escócia que o inglês falou | GB-SCT
subdivision | alexa qual a capital do estado de nova jérsei | US-NJ
subdivision | alexa qual é a capital de massachusetts | US-MA
subdivision | alexa qual a capital da andaluzia na espanha | FB
subdivision | alexa qual a capital do país basco | FB
subdivision | alexa qual a capital da lombardia | FB
subdivision | alexa qual a capital da flandres | FB
subdivision | alexa qual é a capital do punjab na índia | IN-PB
subdivision | alexa qual é a capital de nova gales do sul | AU-NSW
subdivision | alexa qual a capital de chiapas | MX-CHP
subdivision | alexa qual a capital do estado de veracruz | MX-VER
subdivision | alexa qual a capital da sardenha | FB
subdivision | alexa qual a capital de hong kong | HK
official-name | alexa o documento diz república portuguesa qual a capital | PT
official-name | alexa na prova tá escrito reino da espanha qual a capital | ES
official-name | alexa qual a capital da república argentina | AR
official-name | alexa qual a capital da república do chile | CL
official-name | alexa qual a capital da república federal da alemanha | DE
official-name | alexa qual a capital da república italiana | IT
official-name | alexa qual a capital do reino da noruega | NO
official-name | alexa qual a capital da república da índia | IN
official-name | alexa qual a capital da república federal da nigéria | NG
official-name | alexa qual a capital do reino de marrocos | MA
official-name | alexa qual é a capital da república de moçambique | MZ
official-name | alexa qual a capital da república do paraguai | PY
official-name | alexa qual a capital do grão ducado de luxemburgo | LU
official-name | alexa qual a capital da república de angola | AO
official-name | alexa qual a capital da comunidade da austrália | AU
official-name | alexa qual a capital da sereníssima república de san marino | SM
official-name | alexa qual a capital da república islâmica da mauritânia | MR
official-name | alexa capital da república democrática de são tomé e príncipe | ST
official-name | alexa qual a capital da união das comores | KM
official-name | alexa qual a capital da república das seicheles | SC
everyday-name | alexa qual é a capital da alemanha oriental | FB
everyday-name | alexa capital da inglaterra que eles chamam de reino unido | GB
everyday-name | alexa qual a capital da holanda holanda mesmo | NL
everyday-name | alexa capital da coreia comunista | KP
everyday-name | alexa qual a capital da rodésia | ZW
everyday-name | alexa qual a capital do congo belga | CD
everyday-name | alexa qual a capital da terra do sol nascente | JP
everyday-name | alexa qual a capital de burkina | BF
everyday-name | alexa qual a capital da grã-bretanha | GB
everyday-name | alexa qual a capital da américa o país | US
everyday-name | alexa qual a capital da checoslováquia | FB
everyday-name | alexa qual a capital da bósnia | BA
everyday-name | alexa qual a capital da guiné portuguesa | GW
everyday-name | alexa qual a capital da moldova | MD
everyday-name | alexa qual a capital das ilhas fiji | FJ
everyday-name | alexa qual a capital da república do cazaquistão | KZ
everyday-name | alexa qual a capital de são vicente | VC
everyday-name | alexa qual a capital de são cristóvão | KN
shared-name | alexa o jogo é contra a geórgia qual a capital | GE+US-GA
shared-name | alexa qual a capital do congo o de lá | CD+CG
shared-name | alexa a capital da coreia é seul né | KP+KR
shared-name | alexa qual a capital da guiné que fala português | GW
shared-name | alexa qual a capital do méxico o país | MX
shared-name | alexa qual é a capital da samoa americana | AS
shared-name | alexa qual a capital de são tomé | ST
shared-name | alexa qual é a capital de vitória o estado australiano | AU-VIC
shared-name | alexa qual é a capital de granada no caribe | GD
shared-name | alexa qual a capital de santa lúcia | LC
shared-name | alexa qual a capital de antígua | AG
shared-name | alexa qual a capital da gâmbia | GM
shared-name | alexa qual é a capital do sudão o de cima | SD
shared-name | alexa qual é a capital de luxemburgo o país | LU
shared-name | alexa qual é a capital de são martinho a parte holandesa | SX
gari | alexa o varredor da avenida quer saber a capital {} | de antígua e barbuda=AG; de são cristóvão e névis=KN; de são vicente e granadinas=VC
gari | alexa juntando as folhas da calçada qual a capital {} | das comores=KM; de vanuatu na oceania=VU; da mauritânia=MR
gari | alexa o caminhão compactador quebrou então qual a capital da coreia do sul | KR
gari | alexa o colega da coleta falou que kinshasa é capital de qual congo | CITY:Kinshasa
cobrador | alexa o passageiro boliviano disse que la paz é capital de onde | CITY:La Paz
cobrador | alexa o trocador da outra linha perguntou a capital {} | da nicarágua hein=NI; da jamaica hein=JM; das bahamas hein=BS
cobrador | alexa na fila do ponto final perguntaram as capitais da holanda | NL
cobrador | alexa o cartão de passe não passou e o rapaz quer a capital da república do congo | CG
borracheiro | alexa o dono do caminhão baú perguntou a capital {} | da geórgia lá do cáucaso=GE; da armênia hein=AM; do azerbaijão hein=AZ
borracheiro | alexa a capital do sri lanka é colombo ou não | LK
borracheiro | alexa trocando a válvula aqui qual é a capital da palestina | PS
borracheiro | alexa pergunta do cliente da kombi qual a capital da coreia do norte | KP
acougue | alexa a dona lurdes da linguiça perguntou a capital {} | da mongólia hein=MN; do butão hein=BT; do nepal hein=NP
acougue | alexa o entregador do frigorífico quer saber a capital da bolívia | BO
acougue | alexa fatiando o presunto qual a capital da república democrática do congo | CD
acougue | alexa capital da áfrica do sul no singular qual é | ZA
churrascaria | alexa o passador de carne quer a capital {} | da rússia hein=RU; da ucrânia hein=UA; da polônia hein=PL
churrascaria | alexa a aniversariante da mesa oito quer saber a capital da palestina | PS
churrascaria | alexa o maître perguntou a capital da coreia do norte | KP
churrascaria | alexa servindo o coração de frango qual a capital da áfrica do sul | ZA
barbearia | alexa o cliente pediu a capital {} enquanto faço a barba | do togo hein=TG; do benin hein=BJ; da gâmbia hein=GM
barbearia | alexa o cara da barba lenhadora quer saber a capital da malásia | MY
barbearia | alexa hidratando a barba qual a capital da coreia do norte | KP
barbearia | alexa é verdade que a capital da holanda é amsterdã | NL
marceneiro | alexa montando a estante qual a capital {} | da bulgária tá=BG; da romênia tá=RO; da moldávia tá=MD
marceneiro | alexa o freguês do guarda-roupa perguntou as capitais da áfrica do sul | ZA
marceneiro | alexa encerando a mesa qual a capital da república democrática do congo | CD
marceneiro | alexa a capital do congo brazzaville qual é | CG
eletricista | alexa instalando a tomada nova qual a capital {} | da áfrica do sul hein=ZA; da bolívia hein=BO; da malásia hein=MY
eletricista | alexa o vizinho perguntou se haia é capital de algum país | CITY:Haia
eletricista | alexa o padrão de luz é novo qual a capital da coreia do sul | KR
eletricista | alexa a capital da suazilândia qual é | SZ
camelo | alexa o vendedor de óculos quer saber a capital {} | da guatemala hein=GT; de honduras hein=HN; de el salvador hein=SV
camelo | alexa na banca de relógio qual a capital da coreia do norte | KP
camelo | alexa o freguês coreano disse que seul é capital de onde | CITY:Seul
camelo | alexa a capital da palestina o moço árabe perguntou | PS
diarista | alexa limpando o banheiro me fala a capital {} | da coreia do norte hein=KP; da coreia do sul hein=KR; do japão tá=JP
diarista | alexa a patroa disse que a capital da república do congo é brazzaville confere | CG
diarista | alexa arrumando a cama qual a capital da república democrática do congo | CD
diarista | alexa a patroa quer saber as capitais da bolívia | BO
boia-fria | alexa o companheiro da roça perguntou a capital {} | da holanda tá=NL; da bélgica tá=BE; de luxemburgo tá=LU
boia-fria | alexa no ponto do caminhão de turma qual a capital da malásia | MY
boia-fria | alexa capital da coreia do norte sabe | KP
boia-fria | alexa a capital da palestina é qual | PS
apicultor | alexa o comprador de cera perguntou a capital {} | da áfrica do sul hein=ZA; da tanzânia hein=TZ; do quênia tá=KE
apicultor | alexa o vizinho do apiário diz que sucre é capital de qual país | CITY:Sucre
apicultor | alexa a rainha nasceu hoje qual a capital da república do congo | CG
apicultor | alexa a abelha italiana é de lá qual a capital da itália | IT
sanfoneiro | alexa antes do baião começar qual a capital {} | da palestina hein=PS; de israel hein=IL; da jordânia tá=JO
sanfoneiro | alexa o cantador perguntou as capitais da malásia | MY
sanfoneiro | alexa o pandeirista jura que a capital da coreia do norte é pyongyang | KP
sanfoneiro | alexa trocando o fole da sanfona qual a capital da república democrática do congo | CD
torcida | alexa o presidente da organizada quer saber a capital {} | da holanda hein=NL; da bélgica hein=BE; da dinamarca tá=DK
torcida | alexa a final é em madri ou na capital da espanha mesmo | ES
torcida | alexa o adversário é da áfrica do sul quais as capitais de lá | ZA
torcida | alexa o jogo é contra a república do congo qual a capital | CG
pai-solo | alexa enquanto o menino toma banho me diz a capital {} | do peru tá=PE; da colômbia tá=CO; da venezuela tá=VE
pai-solo | alexa a caçula perguntou as capitais da holanda | NL
pai-solo | alexa a mais velha quer a capital da república democrática do congo | CD
pai-solo | alexa meu filho quer saber se a coreia do norte tem capital | KP
bombeiro | alexa no rancho do quartel qual a capital {} | da coreia do sul hein=KR; da coreia do norte tá=KP; da china tá=CN
bombeiro | alexa o tenente perguntou as capitais da áfrica do sul | ZA
bombeiro | alexa limpando a viatura qual a capital da bolívia | BO
bombeiro | alexa o soldado novo quer saber a capital da palestina | PS
cozinha | alexa o garçom trouxe a comanda e perguntou a capital {} | do vietnã tá=VN; da indonésia tá=ID; da malásia tá=MY
cozinha | alexa o chef disse que as capitais da malásia são duas quais são | MY
cozinha | alexa a confeiteira quer saber a capital da república do congo | CG
cozinha | alexa temperando o frango qual a capital da coreia do sul | KR
feira-ciencias | alexa o grupo do lixo reciclável perguntou a capital {} | da suécia tá=SE; da alemanha tá=DE; do japão pra feira=JP
feira-ciencias | alexa o cartaz de energia solar é sobre a capital da palestina | PS
feira-ciencias | alexa o grupo do petróleo quer saber a capital da república democrática do congo | CD
feira-ciencias | alexa pro cartaz de minérios qual a capital da áfrica do sul | ZA
peao | alexa no rancho da comitiva qual a capital {} | da coreia do norte tá=KP; da coreia do sul tá=KR; da índia tá=IN
peao | alexa o peão de boiadeiro falou que a capital da holanda é amsterdã | NL
peao | alexa o capataz quer saber as capitais da malásia | MY
peao | alexa capital da república do congo | CG
quilombo | alexa o mestre de capoeira da comunidade perguntou a capital {} | da etiópia tá=ET; de uganda tá=UG; da zâmbia tá=ZM
quilombo | alexa a griô contou que a áfrica do sul tem três capitais quais são | ZA
quilombo | alexa qual a capital da palestina que a gente viu no jornal | PS
quilombo | alexa qual a capital da coreia do sul | KR
santista | alexa o navio de bandeira das ilhas marshall atracou qual a capital {} | de lá mano=MH; de tuvalu mano=TV; de kiribati mano=KI
santista | alexa mano o estivador perguntou a capital da república democrática do congo | CD
santista | alexa mano a capital da bolívia é qual | BO
santista | alexa o gringo do navio holandês quer as capitais da holanda | NL
chapeco | alexa bah o colega do abatedouro quer a capital {} | da coreia do sul tchê=KR; do japão tchê=JP; da china tchê=CN
chapeco | alexa tchê qual a capital da república do congo | CG
chapeco | alexa bah as capitais da bolívia quais são | BO
chapeco | alexa capaz que a palestina tem capital qual é | PS
campos | alexa ô rapaz o engenheiro da plataforma quer a capital {} | da noruega ô=NO; do reino unido ô=GB; da holanda ô=NL
campos | alexa ô rapaz as capitais da áfrica do sul quais são | ZA
campos | alexa ô rapaz qual a capital da coreia do norte | KP
campos | alexa ô rapaz qual a capital da palestina | PS
paraguaia | alexa che a chica da oficina quer a capital {} | da coreia do norte che=KP; da república do congo che=CG; da república democrática do congo che=CD
paraguaia | alexa che as capitais da holanda quais são | NL
paraguaia | alexa che qual a capital da malásia | MY
paraguaia | alexa che qual a capital da palestina | PS
lituano | alexa labas o netinho perguntou a capital {} | da áfrica do sul labas=ZA; da coreia do sul labas=KR; da coreia do norte labas=KP
lituano | alexa atchu qual a capital da república do congo | CG
lituano | alexa labas quais as capitais da bolívia | BO
lituano | alexa a vovó quer a capital da palestina | PS
timorense | alexa maun o colega da unilab perguntou a capital {} | da coreia do sul maun=KR; da coreia do norte maun=KP; da república democrática do congo maun=CD
timorense | alexa maun as capitais da áfrica do sul quais são | ZA
timorense | alexa maun qual a capital da bolívia | BO
timorense | alexa obrigadu e a capital da república do congo | CG
mexicano | alexa güey el compa quer saber a capital {} | da coreia do sul güey=KR; da palestina güey=PS; da malásia güey=MY
mexicano | alexa órale as capitais da holanda quais são | NL
mexicano | alexa qué onda qual a capital da república democrática do congo | CD
mexicano | alexa güey qual a capital da coreia do norte | KP
ingles | alexa hey okay e qual é o capital {} | da coreia do norte mate=KP; da coreia do sul mate=KR; da palestina mate=PS
ingles | alexa sorry my wife quer saber as capitais da holanda | NL
ingles | alexa okay so qual é o capital da república democrática do congo | CD
ingles | alexa cheers e as capitais da malásia | MY
yes-no-check | alexa o cobrador jura que a capital {} tá certo | da colômbia é medellín=CO; do brasil é são paulo=BR; da alemanha é munique=DE
yes-no-check | alexa o barbeiro disse que a capital {} confere | da índia é mumbai=IN; da china é pequim=CN; do japão é quioto=JP
yes-no-check | alexa mano a capital da malásia é putrajaya | MY
yes-no-check | alexa bah a capital da holanda é haia né | NL
yes-no-check | alexa ô rapaz a capital da coreia do sul é pusan | KR
yes-no-check | alexa che a capital da bolívia é santa cruz | BO
yes-no-check | alexa maun a capital da palestina é jerusalém oriental | PS
yes-no-check | alexa güey a capital do congo kinshasa é kinshasa mesmo | CD
yes-no-check | alexa sorry a capital da áfrica do sul é cidade do cabo right | ZA
yes-no-check | alexa a capital da república do congo é kinshasa | CG
yes-no-check | alexa a patroa disse que a capital da coreia do norte é seul tá certo | KP
self-correction | alexa qual a capital da {} | holanda não pera da bélgica=BE; malásia ops da indonésia=ID; bolívia quer dizer do paraguai=PY
self-correction | alexa mano capital da coreia do norte foi mal da coreia do sul | KR
self-correction | alexa bah capital da áfrica do sul não da austrália tchê | AU
self-correction | alexa ô rapaz capital da república do congo não da república democrática | CD
self-correction | alexa che capital do peru no no de la bolivia | BO
self-correction | alexa capital da jordânia não perdão da palestina | PS
self-correction | alexa capital do sri lanka não não das maldivas | MV
self-correction | alexa qual a capital do gabão ou melhor da república do congo | CG
self-correction | alexa capital da malásia digo das filipinas | PH
self-correction | alexa capital da eslováquia não não da holanda | NL
follow-up | e {} mano | da áfrica do sul=ZA; da bolívia=BO; da malásia=MY
follow-up | tá e a república do congo | CG
follow-up | e a república democrática do congo então | CD
follow-up | beleza e a palestina | PS
follow-up | e lá na coreia do sul | KR
follow-up | agora a coreia do norte | KP
follow-up | e a holanda quais são | NL
follow-up | e das ilhas comores | KM
reverse-question | alexa o cliente é de {} é capital de qual país | kigali=CITY:Kigali; bamako=CITY:Bamako; dacar=CITY:Dakar
reverse-question | alexa o passageiro nasceu em pretória é capital de onde | CITY:Pretória
reverse-question | alexa kuala lumpur é capital de que país | CITY:Kuala Lumpur
reverse-question | alexa la paz é capital de que país | CITY:La Paz
reverse-question | alexa amsterdã é capital de onde | CITY:Amsterdã
reverse-question | alexa cidade do cabo é capital de qual país | CITY:Cidade do Cabo
reverse-question | alexa jerusalém oriental é capital de quem | CITY:Jerusalém Oriental
reverse-question | alexa cotonou é capital de onde | CITY:Cotonou
reverse-question | alexa yamoussoukro é capital de que país | CITY:Yamoussoukro
reverse-question | alexa colombo é capital de qual país | CITY:Colombo
reverse-question | alexa lobamba é capital de onde | CITY:Lobamba
out-of-domain | alexa o cobrador quer saber quanto tempo leva até o terminal | FB
out-of-domain | alexa toca a música da chapecoense | FB
out-of-domain | alexa quanto tá o quilo da picanha no mercado | FB
out-of-domain | alexa qual o telefone da borracharia mais perto | FB
out-of-domain | alexa qual é a capital do rodeio | FB
out-of-domain | alexa qual é a capital do carnaval | FB
out-of-domain | alexa qual é a capital nacional do forró | FB
out-of-domain | alexa qual a capital do agro no mato grosso | FB
out-of-domain | alexa quantos habitantes tem kinshasa | FB
out-of-domain | alexa qual a capital mais antiga da europa | FB
out-of-domain | alexa qual língua se fala em timor | FB
out-of-domain | alexa quanto tá o guarani hoje | FB
out-of-domain | alexa que horas é o jogo do santos | FB
out-of-domain | alexa qual a altura do cristo redentor | FB
out-of-domain | alexa liga o ar condicionado da barbearia | FB
out-of-domain | alexa aumenta o volume mano | FB
out-of-domain | alexa quanto mede a muralha da china | FB
out-of-domain | alexa qual a religião da malásia | FB
out-of-domain | alexa onde fica a cidade de vilnius no mapa | FB
out-of-domain | alexa quantas horas de diferença pra cidade do méxico | FB
out-of-domain | alexa que dia é a festa junina do quilombo | FB
out-of-domain | alexa o que é um apiário | FB
out-of-domain | alexa quanto ganha um bombeiro | FB
out-of-domain | alexa me acorda às quatro pro corte de cana | FB
out-of-domain | alexa qual é a capital do pantanal | FB
out-of-domain | alexa cadê meu celular | FB
out-of-domain | alexa toca um pagode do revelação | FB
out-of-domain | alexa qual é a capital do brasil em mil novecentos e cinquenta | FB
"""

if __name__ == "__main__":
    build_round(52, "pt", LINES, sys.argv, "tests/Eval/pt/round52/source/build_corpus.py")
