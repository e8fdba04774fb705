"""Round 53, Brazilian Portuguese (pt-BR): a new author's own mix, written blind in the sixty-first session (brief
WRITER69.md), for this session's tuner.

Chosen apart from round 52's groups (street sweepers and rubbish collectors, a city-bus fare collector, a roadside tyre
repairer, a butcher's counter, churrascaria waiters, a barbershop, a joiner's workshop, a house electrician, street
vendors, a day cleaner and her employer, sugar-cane cutters, a beekeeper, a forró band, an organised football
supporters' group, a single father at dinner time, a fire station, a restaurant kitchen, a school science fair,
Pantanal cattle drovers, a quilombola community, santistas, the west of Santa Catarina around Chapecó, Campos dos
Goytacazes and Macaé, Paraguayan seamstresses in São Paulo, Lithuanian-Brazilians of Vila Zelina, East Timorese
students, Mexican expats, British expats) and from the groups it lists as avoided (round 51's: street-market
stallholders, a building site, motorcycle couriers, a lottery shop queue, a pharmacy counter, a car repair shop, a vet's
waiting room, a dentist's waiting room, election poll workers, IBGE census takers, adult night school, blind users, a
school festa junina, a couple planning a wedding, a pregnant woman choosing names, insomnia at three in the morning, a
fee-fishing pond and camping, a seamstress, a tattoo studio, caipira speech of Piracicaba, the north of Paraná, the
Uruguayan border at Santana do Livramento, Dutch-Brazilians of Holambra and Carambeí, Finnish-Brazilians of Penedo,
Greek-Brazilians, Mozambican students, Bissau-Guinean students at UNILAB, American expats; round 50's: truck drivers,
night-shift nursing, a call centre, a beauty salon, a bakery, a pre-university course, a pub quiz, the board game War,
adedonha, crosswords, exchange students, home office, moving house, the office bolão, a gym, an escape room,
fourth-grade homework, piauienses, alagoanos, sergipanos, the Baixada Fluminense, Pomeranian-Brazilians,
German-Brazilians of Blumenau, Jewish families of Bom Retiro, Armenian-Brazilians, Indian IT workers, French expats,
Chileans, Russian-speaking learners; round 49's: radio amateurs, stamp collectors, cruise-ship crew, flight attendants,
a public library, a community radio, a vaccination clinic, a chess club, a company karaoke, a geography teacher, a
kindergarten, Formula 1 fans, marathon runners, surfers, a podcast, an export company, backpackers, a hotel reception,
the "tia do zap", a retired geography teacher, paraibanos, brasiguaios, an Italian-Brazilian nonna, Argentines in
Búzios, Colombian students, Peruvian cooks, Nigerian traders, Bangladeshi meat-plant workers, Afghan refugees; and
rounds 48, 47 and 46's: dock workers, metalworkers, caiçaras, Parintins, rodeo, law office, barracks, recycling,
capoeira, Korean-, Chinese-, Portuguese-, Cape Verdean, Congolese, Senegalese, Cuban, Ukrainian, Polish, nikkei,
Bolivian, Haitian, Venezuelan, Syrian-Lebanese and Angolan families, teenagers' slang, grandparents, app drivers,
doormen, churches, travel agencies, samba schools, the sticker album, quiz apps, gamers, gincanas, and the regional
groups gaúchos, baianos, pernambucanos, paulistanos, capixabas, cuiabanos, sul-mato-grossenses, brasilienses,
potiguares, paraenses, maranhenses, mineiros, goianos, cariocas, manauaras, cearenses, curitibanos, manezinhos and the
small Northern states).

Work and situations (each its own family): a postman sorting mail ("carta registrada", "sedex", "aviso de
recebimento", "remetente"); a self-service laundry ("centrifuga", "secadora", "lava e seca", "amaciante"); a glazier
("vidro temperado", "box do banheiro", "silicone", "ventosa"); a locksmith ("cópia da chave", "fechadura tetra",
"chaveiro vinte e quatro horas"); a florist ("coroa de flores", "buquê", "arranjo"); a car wash ("cera", "aspira o
banco", "lavagem completa"); a greengrocer's ("sacolão", "ceasa", "quilo do tomate"); a children's ballet class
("plié", "coque", "sapatilha de ponta"); IT support ("chamado", "ticket", "servidor", "vpn"); a pet shop's grooming
("banho e tosa", "secador", "a tosa do thor"); a cobbler ("meia-sola", "cola de sapateiro", "salto"); a second-hand
bookshop ("sebo", "atlas velho", "estante"); a notary's office ("autenticar", "firma reconhecida", "apostilamento",
"senha"); a gardener ("grama esmeralda", "podando a roseira", "irrigador"); a pool cleaner ("cloro", "ph", "aspirando a
piscina"); a bicycle shop ("câmbio", "corrente", "raio", "aro vinte e nove"); a house painter ("demão", "massa corrida",
"lixando"); a church-hall knitting circle of older women ("ponto tricô", "novelo", "dona cida"); beach lifeguards
("guarita", "bandeira vermelha", "resgate"); an ice-cream parlour ("casquinha", "picolé", "quilo do sorvete").

Regions, migrants and learners: islanders of Fernando de Noronha ("ilhéu", "taxa de preservação", "o barco pro
sancho"); riverside communities of the Amazon ("rabeta", "igarapé", "barco recreio", "égua mana"); Ribeirão Preto and
the sugar-and-ethanol interior of São Paulo ("ô loco", "usina", "agrishow", "o pinguim", "calor de quarenta graus");
Filipino domestic workers and seafarers' families ("po", "kuya", "ate", "salamat", "sige"); Spaniards ("vale", "tío",
"hostia", "venga", "guay"); Iranians ("merci", "khob", "baba", "nowruz"); Turks ("tamam", "abi", "yani", "hadi").

Yes/no checks expect the place asked about, right or wrong; self-corrections expect the last place named after the
marker; reverse questions CITY:<capital> as languages/pt.json names it; a bare shared name every place in ordinal
order, a qualified one the place the qualifier picks. Launch lines use the invocation name "capitais do mundo".

Built by round12_hinl_corpus.py (build_round with round 53's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
subdivision | alexa qual é a capital de roraima hein | BR-RR
subdivision | alexa capital do acre existe né qual é | BR-AC
subdivision | alexa sabe me dizer a capital {} | de sergipe=BR-SE; do piauí=BR-PI; de alagoas=BR-AL
subdivision | alexa a capital {} qual é mesmo | de santa catarina=BR-SC; do rio grande do norte=BR-RN; do maranhão=BR-MA
subdivision | alexa e a capital {} como chama | de goiás=BR-GO; do mato grosso=BR-MT; do pará=BR-PA
subdivision | alexa qual é a capital do estado do amazonas | BR-AM
subdivision | alexa capital de pernambuco é recife ou olinda | BR-PE
subdivision | alexa qual cidade é a capital do paraná | BR-PR
subdivision | alexa qual é a capital {} lá nos estados unidos | da geórgia=US-GA; do colorado=US-CO; de nevada=US-NV
subdivision | alexa me fala qual a capital {} | do arizona=US-AZ; de illinois=US-IL; de ohio=US-OH
subdivision | alexa capital {} por favor | do wyoming=US-WY; de wisconsin=US-WI; do havaí=US-HI
subdivision | alexa qual é a capital do estado de washington não a cidade o estado | US-WA
subdivision | alexa qual é a capital da virgínia ocidental | US-WV
subdivision | alexa qual a capital da inglaterra | GB-ENG
subdivision | alexa a capital do país de gales é cardiff mesmo | GB-WLS
subdivision | alexa qual é a capital {} na alemanha | da saxônia=DE-SN; de hesse=DE-HE; da turíngia=DE-TH
subdivision | alexa qual é a capital de nova gales do sul | AU-NSW
subdivision | alexa qual a capital da austrália ocidental | AU-WA
subdivision | alexa qual é a capital de alberta | CA-AB
subdivision | alexa qual é a capital da nova escócia | CA-NS
subdivision | alexa e a capital do yukon | CA-YT
subdivision | alexa qual é a capital de kerala | IN-KL
subdivision | alexa qual a capital do rajastão | IN-RJ
subdivision | alexa capital de maharashtra é mumbai | IN-MH
subdivision | alexa qual é a capital de nuevo león | MX-NLE
subdivision | alexa qual a capital de quintana roo onde fica cancún | MX-ROO
subdivision | alexa qual é a capital do iucatã | MX-YUC
subdivision | alexa qual é a capital da andaluzia | FB
subdivision | alexa qual a capital da lombardia | FB
subdivision | alexa qual é a capital da toscana | FB
subdivision | alexa qual é a capital da bretanha | FB
subdivision | alexa qual a capital da sibéria | FB
subdivision | alexa qual é a capital da galícia na espanha | FB
subdivision | alexa qual a capital da província de buenos aires | FB
subdivision | alexa qual é a capital da região do algarve | FB
subdivision | alexa qual é a capital da córsega | FB
subdivision | alexa qual é a capital do tibete | FB
subdivision | alexa qual é a capital do distrito federal | BR-DF
subdivision | alexa qual a capital do território do norte na austrália | AU-NT
subdivision | alexa qual é a capital de porto rico | PR
subdivision | alexa a groenlândia tem capital | GL
subdivision | alexa qual é a capital das bermudas | BM
subdivision | alexa capital da polinésia francesa | PF
subdivision | alexa qual é a capital da nova caledônia | NC
subdivision | alexa qual a capital da martinica | MQ
subdivision | alexa qual é a capital de guam | GU
subdivision | alexa qual é a capital das ilhas faroé | FO
subdivision | alexa qual é a capital de gibraltar | GI
subdivision | alexa qual é a capital da ilha de man | IM
subdivision | alexa qual a capital da baixa califórnia | MX-BCN
subdivision | alexa qual é a capital de ontário é toronto | CA-ON
subdivision | alexa qual é a capital da renânia do norte-vestfália | DE-NW
subdivision | alexa qual é a capital de bengala ocidental | IN-WB
plural-capitals | alexa quais são as capitais da áfrica do sul | ZA
plural-capitals | alexa a áfrica do sul tem três capitais quais são | ZA
plural-capitals | alexa me fala as três capitais sul-africanas | ZA
plural-capitals | alexa quais as capitais da áfrica do sul pretória e mais quais | ZA
plural-capitals | alexa as capitais da áfrica do sul por favor | ZA
plural-capitals | alexa quais são as duas capitais da bolívia | BO
plural-capitals | alexa a bolívia tem duas capitais né quais são | BO
plural-capitals | alexa capitais da bolívia sucre e la paz é isso | BO
plural-capitals | alexa me diz as capitais da bolívia | BO
plural-capitals | alexa quais são as capitais bolivianas | BO
plural-capitals | alexa quais são as capitais da holanda | NL
plural-capitals | alexa a holanda tem duas capitais amsterdã e haia né | NL
plural-capitals | alexa quais são as capitais dos países baixos | NL
plural-capitals | alexa me fala as duas capitais holandesas | NL
plural-capitals | alexa quantas e quais capitais tem a holanda | NL
plural-capitals | alexa quais são as capitais da malásia | MY
plural-capitals | alexa a malásia tem duas capitais quais são elas | MY
plural-capitals | alexa kuala lumpur e putrajaya são as duas capitais da malásia | MY
plural-capitals | alexa me diz as capitais malaias | MY
plural-capitals | alexa as duas capitais da malásia quais são | MY
plural-capitals | alexa quais são as capitais do benin | BJ
plural-capitals | alexa o benin tem duas capitais né | BJ
plural-capitals | alexa me fala as duas capitais do benim | BJ
plural-capitals | alexa porto novo e cotonou são as capitais do benin | BJ
plural-capitals | alexa quais são as capitais da costa do marfim | CI
plural-capitals | alexa a costa do marfim tem duas capitais quais | CI
plural-capitals | alexa as capitais da costa do marfim abidjan e qual outra | CI
plural-capitals | alexa me diz as duas capitais marfinenses | CI
plural-capitals | alexa quais são as capitais do sri lanka | LK
plural-capitals | alexa o sri lanka tem duas capitais como chamam | LK
plural-capitals | alexa me fala as duas capitais do siri lanka | LK
plural-capitals | alexa colombo e a outra capital do sri lanka quais são as duas | LK
plural-capitals | alexa quais são as capitais de essuatíni | SZ
plural-capitals | alexa a suazilândia tem duas capitais quais são | SZ
plural-capitals | alexa me diz as duas capitais da suazilândia | SZ
plural-capitals | alexa mbabane e lobamba são as capitais de qual país as duas | SZ
plural-capitals | alexa quais são as capitais do eswatini | SZ
plural-capitals | alexa todas as capitais da áfrica do sul | ZA
plural-capitals | alexa lista as capitais da bolívia | BO
plural-capitals | alexa lista as capitais da holanda | NL
plural-capitals | alexa lista as capitais da malásia | MY
plural-capitals | alexa tem país com duas capitais tipo a bolívia quais são as dela | BO
plural-capitals | alexa ambas as capitais da malásia | MY
plural-capitals | alexa ambas as capitais dos países baixos | NL
plural-capitals | alexa as capitais do benin quais são mesmo | BJ
plural-capitals | alexa as capitais do sri lanka quais são mesmo | LK
plural-capitals | alexa as capitais da costa do marfim quais são mesmo | CI
plural-capitals | alexa as capitais de essuatíni quais são mesmo | SZ
plural-capitals | alexa as capitais da áfrica do sul quais são mesmo | ZA
help | alexa como é que funciona esse negócio de capitais | HELP
help | alexa não entendi o que eu posso perguntar | HELP
help | alexa me explica como usa isso | HELP
help | alexa que tipo de pergunta você responde | HELP
help | alexa tô perdido me ajuda aí | HELP
help | alexa o que que eu falo agora | HELP
help | alexa socorro como que faz | HELP
help | alexa me dá um exemplo de pergunta | HELP
help | alexa quais são os comandos | HELP
help | alexa como eu pergunto uma capital | HELP
help | alexa preciso de ajuda com esse jogo de capitais | HELP
help | alexa explica de novo como funciona | HELP
help | alexa o que dá pra fazer aqui | HELP
help | alexa peça ajuda ao capitais do mundo | HELP
help | alexa pede ajuda pro capitais do mundo | HELP
help | alexa ajuda por favor não sei usar | HELP
help | alexa você pode me orientar | HELP
help | alexa como assim o que eu digo | HELP
help | alexa qual é a instrução | HELP
help | alexa me ensina a usar a skill | HELP
help | alexa repete as instruções | HELP
help | alexa tem algum tutorial | HELP
help | alexa fiquei sem saber o que falar | HELP
help | alexa ajuda aqui rapidinho | HELP
stop | alexa chega por hoje | STOP
stop | alexa pode desligar | STOP
stop | alexa já deu obrigado | STOP
stop | alexa para tudo | STOP
stop | alexa encerra | STOP
stop | alexa sai daqui | STOP
stop | alexa fecha a skill | STOP
stop | alexa parar | STOP
stop | alexa tchau tchau | STOP
stop | alexa valeu pode parar | STOP
stop | alexa para de falar | STOP
stop | alexa silêncio | STOP
stop | alexa desliga isso | STOP
stop | alexa pode sair | STOP
stop | alexa acabou | STOP
stop | alexa fim | STOP
stop | alexa tá bom chega | STOP
stop | alexa encerrar capitais do mundo | STOP
stop | alexa sair do capitais do mundo | STOP
stop | alexa não quero mais brincar | STOP
stop | alexa até mais | STOP
stop | alexa obrigado era só isso | STOP
stop | alexa para com isso | STOP
stop | alexa finaliza | STOP
cancel | alexa cancela | CANCEL
cancel | alexa cancelar | CANCEL
cancel | alexa cancela essa pergunta | CANCEL
cancel | alexa esquece | CANCEL
cancel | alexa deixa pra lá | CANCEL
cancel | alexa esquece o que eu falei | CANCEL
cancel | alexa não era isso cancela | CANCEL
cancel | alexa cancela aí | CANCEL
cancel | alexa desconsidera | CANCEL
cancel | alexa anula | CANCEL
cancel | alexa cancela por favor | CANCEL
cancel | alexa deixa quieto | CANCEL
cancel | alexa esquece isso | CANCEL
cancel | alexa nada não cancela | CANCEL
cancel | alexa cancela a pergunta anterior | CANCEL
cancel | alexa ignora | CANCEL
cancel | alexa não precisa mais cancela | CANCEL
cancel | alexa cancela cancela | CANCEL
cancel | alexa desiste | CANCEL
cancel | alexa esquece essa | CANCEL
cancel | alexa pode cancelar | CANCEL
cancel | alexa apaga isso | CANCEL
cancel | alexa opa cancela | CANCEL
cancel | alexa mudei de ideia cancela | CANCEL
launch | alexa abre capitais do mundo | LAUNCH
launch | alexa abrir capitais do mundo | LAUNCH
launch | alexa abre o capitais do mundo | LAUNCH
launch | alexa inicia capitais do mundo | LAUNCH
launch | alexa iniciar capitais do mundo | LAUNCH
launch | alexa começa capitais do mundo | LAUNCH
launch | alexa começar capitais do mundo | LAUNCH
launch | alexa joga capitais do mundo | LAUNCH
launch | alexa jogar capitais do mundo | LAUNCH
launch | alexa toca capitais do mundo | LAUNCH
launch | alexa bora capitais do mundo | LAUNCH
launch | alexa quero jogar capitais do mundo | LAUNCH
launch | alexa quero usar o capitais do mundo | LAUNCH
launch | alexa liga o capitais do mundo | LAUNCH
launch | alexa ativa capitais do mundo | LAUNCH
launch | alexa ativar capitais do mundo | LAUNCH
launch | alexa carrega capitais do mundo | LAUNCH
launch | alexa chama o capitais do mundo | LAUNCH
launch | alexa executa capitais do mundo | LAUNCH
launch | alexa capitais do mundo | LAUNCH
launch | capitais do mundo | LAUNCH
launch | alexa abre aquela skill capitais do mundo | LAUNCH
launch | alexa vamos de capitais do mundo | LAUNCH
launch | alexa bota o capitais do mundo | LAUNCH
launch | alexa coloca capitais do mundo | LAUNCH
launch | alexa abre a skill capitais do mundo por favor | LAUNCH
launch | alexa pode abrir o capitais do mundo | LAUNCH
launch | alexa me abre o capitais do mundo | LAUNCH
launch | alexa entra no capitais do mundo | LAUNCH
launch | alexa acessa capitais do mundo | LAUNCH
launch | alexa abre de novo o capitais do mundo | LAUNCH
launch | alexa usa o capitais do mundo | LAUNCH
launch | alexa roda o capitais do mundo | LAUNCH
launch | alexa vamos jogar o capitais do mundo | LAUNCH
launch | alexa abre o jogo capitais do mundo | LAUNCH
launch | alexa tô a fim de capitais do mundo | LAUNCH
launch | alexa inicia a skill capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo pra minha filha | LAUNCH
launch | alexa abre o capitais do mundo pro vovô | LAUNCH
launch | alexa me leva pro capitais do mundo | LAUNCH
launch | alexa põe capitais do mundo | LAUNCH
launch | alexa bom dia abre capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo aí | LAUNCH
launch | alexa quero o capitais do mundo | LAUNCH
launch | alexa falar com capitais do mundo | LAUNCH
follow-up | e a da etiópia | ET
follow-up | e do quênia | KE
follow-up | e a tanzânia | TZ
follow-up | e de uganda | UG
follow-up | e ruanda qual é | RW
follow-up | agora a do burundi | BI
follow-up | e da coreia do norte | KP
follow-up | e a da coreia do sul então | KR
follow-up | e o congo de kinshasa | CD
follow-up | e o congo brazzaville | CG
follow-up | e da palestina | PS
follow-up | e a da mongólia | MN
follow-up | e o cazaquistão | KZ
follow-up | e do quirguistão | KG
follow-up | e o tadjiquistão hein | TJ
follow-up | e o turcomenistão | TM
follow-up | e a do uzbequistão | UZ
follow-up | tá e a da finlândia | FI
follow-up | beleza e a noruega | NO
follow-up | certo e a suécia | SE
follow-up | e a dinamarca qual é | DK
follow-up | e a islândia | IS
follow-up | e a estônia | EE
follow-up | e letônia | LV
follow-up | e a lituânia | LT
follow-up | e da bielorrússia | BY
follow-up | e a ucrânia | UA
follow-up | e a moldávia | MD
follow-up | e a romênia | RO
follow-up | e a bulgária agora | BG
follow-up | hum e a do chade | TD
follow-up | e do níger | NE
follow-up | e a do mali | ML
follow-up | e da mauritânia | MR
follow-up | e a gâmbia | GM
follow-up | e a de cabo verde | CV
follow-up | e do senegal | SN
follow-up | e serra leoa | SL
follow-up | e a libéria | LR
follow-up | e a do togo | TG
follow-up | alexa e a do paraguai | PY
follow-up | alexa e do uruguai | UY
follow-up | alexa e a do equador | EC
follow-up | alexa e da venezuela | VE
follow-up | alexa e do suriname | SR
yes-no-check | alexa a capital da austrália é sydney | AU
yes-no-check | alexa a capital do canadá é toronto né | CA
yes-no-check | alexa é verdade que a capital da turquia é istambul | TR
yes-no-check | alexa ancara é a capital da turquia | TR
yes-no-check | alexa a capital da suíça é genebra ou zurique | CH
yes-no-check | alexa a capital da nova zelândia é auckland | NZ
yes-no-check | alexa a capital do marrocos é casablanca | MA
yes-no-check | alexa rabat é capital de marrocos mesmo | MA
yes-no-check | alexa a capital da nigéria ainda é lagos | NG
yes-no-check | alexa a capital do paquistão é karachi | PK
yes-no-check | alexa a capital do vietnã é ho chi minh | VN
yes-no-check | alexa hanói é a capital do vietnã | VN
yes-no-check | alexa a capital de myanmar é yangon | MM
yes-no-check | alexa a capital da tanzânia é dar es salaam né | TZ
yes-no-check | alexa a capital do cazaquistão mudou de nome né é astana | KZ
yes-no-check | alexa seul é a capital da coreia do sul | KR
yes-no-check | alexa pyongyang é capital da coreia do norte certo | KP
yes-no-check | alexa a capital da coreia do norte é seul | KP
yes-no-check | alexa kinshasa é a capital da república democrática do congo | CD
yes-no-check | alexa brazzaville fica no congo do lado de lá é a capital | CG
yes-no-check | alexa a capital da palestina é ramallah | PS
yes-no-check | alexa a capital do equador é guayaquil | EC
yes-no-check | alexa a capital da bolívia é la paz | BO
yes-no-check | alexa montevidéu é capital do uruguai ou do paraguai | UY
yes-no-check | alexa assunção é a capital do paraguai | PY
yes-no-check | alexa a capital da índia é nova délhi ou mumbai | IN
yes-no-check | alexa a capital da china é xangai | CN
yes-no-check | alexa a capital do japão ainda é tóquio ou é quioto | JP
yes-no-check | alexa a capital da itália é roma né | IT
yes-no-check | alexa a capital de portugal é o porto | PT
yes-no-check | alexa a capital da espanha é barcelona | ES
yes-no-check | alexa madri é capital da espanha | ES
yes-no-check | alexa a capital da alemanha é berlim ou bonn | DE
yes-no-check | alexa a capital da rússia é são petersburgo | RU
yes-no-check | alexa a capital do brasil é o rio de janeiro | BR
yes-no-check | alexa a capital dos estados unidos é nova york | US
yes-no-check | alexa washington é a capital americana | US
yes-no-check | alexa a capital da argentina é buenos aires | AR
yes-no-check | alexa santiago é capital do chile | CL
yes-no-check | alexa lima é capital do peru | PE
yes-no-check | alexa a capital da colômbia é medellín | CO
yes-no-check | alexa a capital do líbano é beirute | LB
yes-no-check | alexa a capital de israel é tel aviv | IL
yes-no-check | alexa a capital da arábia saudita é meca | SA
yes-no-check | alexa dubai é capital dos emirados | AE
self-correction | alexa qual é a capital da áustria não pera da austrália | AU
self-correction | alexa capital da suécia digo da suíça | CH
self-correction | alexa qual a capital da eslováquia não eslovênia | SI
self-correction | alexa capital do irã quer dizer do iraque | IQ
self-correction | alexa qual é a capital da gâmbia não da zâmbia | ZM
self-correction | alexa qual a capital da nigéria ops do níger | NE
self-correction | alexa capital da guiné equatorial não não só guiné | GN
self-correction | alexa qual a capital da coreia do sul não espera do norte | KP
self-correction | alexa qual a capital da coreia do norte digo do sul | KR
self-correction | alexa capital do congo brazzaville não o outro o democrático | CD
self-correction | alexa capital da república democrática do congo não a república do congo | CG
self-correction | alexa qual é a capital de israel não perdão da palestina | PS
self-correction | alexa qual a capital da mauritânia não maurício | MU
self-correction | alexa capital da letônia ou melhor lituânia | LT
self-correction | alexa capital do sudão do sul errei é do sudão | SD
self-correction | alexa capital de malta não de malawi | MW
self-correction | alexa qual a capital da colômbia não da costa rica | CR
self-correction | alexa a capital de honduras não pera nicarágua | NI
self-correction | alexa qual é a capital do paraguai quer dizer uruguai | UY
self-correction | alexa capital da armênia não azerbaijão | AZ
self-correction | alexa qual é a capital da albânia não quero dizer argélia | DZ
self-correction | alexa capital da tunísia não da líbia | LY
self-correction | alexa qual a capital de camarões não do gabão | GA
self-correction | alexa capital da dominica digo república dominicana | DO
self-correction | alexa qual a capital do haiti não de cuba | CU
self-correction | alexa capital da jamaica ah não das bahamas | BS
self-correction | alexa qual é a capital de barbados não de trinidad e tobago | TT
self-correction | alexa capital do butão não do nepal | NP
self-correction | alexa capital da indonésia errei filipinas | PH
self-correction | alexa capital do laos não do camboja | KH
self-correction | alexa capital da tailândia desculpa myanmar | MM
self-correction | alexa qual é a capital do omã não do iêmen | YE
self-correction | alexa capital do catar não barein | BH
self-correction | alexa qual a capital do kuwait digo da jordânia | JO
self-correction | alexa capital da síria não do líbano | LB
self-correction | alexa capital da grécia não de chipre | CY
self-correction | alexa capital da croácia quer dizer sérvia | RS
self-correction | alexa capital de montenegro não da bósnia | BA
self-correction | alexa capital da macedônia digo kosovo | XK
self-correction | alexa capital da hungria não da áustria | AT
reverse-question | alexa nairóbi é capital de que país | CITY:Nairóbi
reverse-question | alexa de que país acra é a capital | CITY:Acra
reverse-question | alexa kigali é capital de onde | CITY:Kigali
reverse-question | alexa qual país tem a capital bamako | CITY:Bamako
reverse-question | alexa uagadugu é capital de que lugar | CITY:Ouagadougou
reverse-question | alexa niamey é a capital de qual país | CITY:Niamey
reverse-question | alexa de onde é a capital lusaka | CITY:Lusaka
reverse-question | alexa harare é capital de qual país | CITY:Harare
reverse-question | alexa windhoek fica em que país | CITY:Windhoek
reverse-question | alexa gaborone é capital do quê | CITY:Gaborone
reverse-question | alexa maseru é capital de qual país | CITY:Maseru
reverse-question | alexa maputo é a capital de onde | CITY:Maputo
reverse-question | alexa luanda é capital de que país | CITY:Luanda
reverse-question | alexa praia é capital de algum país | CITY:Praia
reverse-question | alexa bissau é capital do quê | CITY:Bissau
reverse-question | alexa de que país conacri é capital | CITY:Conacri
reverse-question | alexa malabo é capital de qual país | CITY:Malabo
reverse-question | alexa libreville é a capital de onde | CITY:Libreville
reverse-question | alexa iaundé é capital de que país | CITY:Iaundé
reverse-question | alexa bangui é a capital de qual país | CITY:Bangui
reverse-question | alexa cartum é capital de onde | CITY:Cartum
reverse-question | alexa juba é a capital de qual país | CITY:Juba
reverse-question | alexa asmara é capital de que país | CITY:Asmara
reverse-question | alexa djibuti é cidade e país também | DJ
reverse-question | alexa mogadíscio é a capital de onde | CITY:Mogadíscio
reverse-question | alexa dodoma é capital de qual país | CITY:Dodoma
reverse-question | alexa gitega é capital de que país | CITY:Gitega
reverse-question | alexa kampala fica em que país | CITY:Kampala
reverse-question | alexa antananarivo é a capital de onde | CITY:Antananarivo
reverse-question | alexa moroni é capital de qual lugar | CITY:Moroni
reverse-question | alexa port louis é capital de que país | CITY:Port Louis
reverse-question | alexa pyongyang é capital de qual coreia | CITY:Pyongyang
reverse-question | alexa seul é a capital de qual coreia | CITY:Seul
reverse-question | alexa kinshasa é capital de qual dos congos | CITY:Kinshasa
reverse-question | alexa brazzaville é capital de qual congo | CITY:Brazzaville
reverse-question | alexa ramallah é capital de onde | CITY:Ramallah
reverse-question | alexa tbilisi é capital de qual país | CITY:Tbilisi
reverse-question | alexa yerevan é capital de onde | CITY:Yerevan
reverse-question | alexa baku é a capital de qual país | CITY:Baku
reverse-question | alexa de qual país bishkek é a capital | CITY:Bishkek
reverse-question | alexa duchambe é a capital de onde | CITY:Duchambe
reverse-question | alexa asgabate é capital de qual país | CITY:Asgabate
reverse-question | alexa tashkent é capital de que país | CITY:Tashkent
reverse-question | alexa ulan bator é capital de onde | CITY:Ulan Bator
reverse-question | alexa thimphu é capital de qual país | CITY:Thimphu
reverse-question | alexa qual país tem como capital naypyidaw | CITY:Naypyidaw
official-name | alexa qual é a capital da república federativa do brasil | BR
official-name | alexa capital da república portuguesa | PT
official-name | alexa qual é a capital da república popular da china | CN
official-name | alexa capital da república da coreia | KR
official-name | alexa qual é a capital da república popular democrática da coreia | KP
official-name | alexa qual a capital da república democrática do congo | CD
official-name | alexa qual é a capital da república do congo | CG
official-name | alexa capital do estado da palestina | PS
official-name | alexa qual é a capital da república da áfrica do sul | ZA
official-name | alexa capital do estado plurinacional da bolívia | BO
official-name | alexa qual é a capital do reino dos países baixos | NL
official-name | alexa capital da federação da rússia | RU
official-name | alexa qual é a capital da república islâmica do irã | IR
official-name | alexa capital da república árabe do egito | EG
official-name | alexa qual é a capital do reino da arábia saudita | SA
official-name | alexa capital do reino hachemita da jordânia | JO
official-name | alexa qual é a capital da república bolivariana da venezuela | VE
official-name | alexa capital dos estados unidos mexicanos | MX
official-name | alexa qual é a capital da república oriental do uruguai | UY
official-name | alexa qual é a capital da confederação suíça | CH
official-name | alexa capital do grão-ducado de luxemburgo | LU
official-name | alexa qual é a capital do principado de mônaco | MC
official-name | alexa capital do principado de liechtenstein | LI
official-name | alexa qual a capital do principado de andorra | AD
official-name | alexa capital da sereníssima república de san marino | SM
official-name | alexa qual é a capital do reino do marrocos | MA
official-name | alexa qual a capital do reino da tailândia | TH
official-name | alexa capital do reino do camboja | KH
official-name | alexa qual é a capital da república socialista do vietnã | VN
official-name | alexa capital da república democrática popular do laos | LA
official-name | alexa qual é a capital da república federal da nigéria | NG
official-name | alexa capital da república federal democrática da etiópia | ET
official-name | alexa qual é a capital da república unida da tanzânia | TZ
official-name | alexa capital da república democrática socialista do sri lanka | LK
official-name | alexa qual é a capital do reino de essuatíni | SZ
official-name | alexa capital do reino do lesoto | LS
official-name | alexa qual é a capital da república helênica | GR
official-name | alexa capital da república checa | CZ
official-name | alexa qual a capital da república de moçambique | MZ
official-name | alexa capital da república de angola | AO
official-name | alexa capital da república de cabo verde | CV
official-name | alexa qual a capital do reino unido da grã-bretanha e irlanda do norte | GB
everyday-name | alexa qual é a capital da holanda | NL
everyday-name | alexa capital da inglaterra é londres né | GB-ENG
everyday-name | alexa qual é a capital da birmânia | MM
everyday-name | alexa qual é a capital do ceilão | LK
everyday-name | alexa qual a capital da pérsia | IR
everyday-name | alexa capital da suazilândia | SZ
everyday-name | alexa qual é a capital da costa do ouro | GH
everyday-name | alexa qual é a capital da tchecoslováquia | FB
everyday-name | alexa qual a capital da república tcheca | CZ
everyday-name | alexa qual é a capital da bielorússia | BY
everyday-name | alexa capital da moldova | MD
everyday-name | alexa qual é a capital da macedônia | MK
everyday-name | alexa qual é a capital do kampuchea | KH
everyday-name | alexa capital do zaire | CD
everyday-name | alexa qual a capital do congo belga | CD
everyday-name | alexa qual é a capital do congo francês | CG
everyday-name | alexa capital da coreia comunista | KP
everyday-name | alexa qual a capital da coreia do kpop | KR
everyday-name | alexa qual é a capital da terra santa palestina | PS
everyday-name | alexa capital dos emirados | AE
everyday-name | alexa qual é a capital dos eua | US
everyday-name | alexa capital da gringolândia | US
everyday-name | alexa qual a capital do timor | TL
everyday-name | alexa capital da nova guiné | PG
everyday-name | alexa qual a capital da abissínia | ET
everyday-name | alexa capital do daomé | BJ
everyday-name | alexa qual é a capital do alto volta | BF
everyday-name | alexa qual a capital da rodésia do norte | ZM
everyday-name | alexa capital da niassalândia | MW
everyday-name | alexa qual a capital da bechuanalândia | BW
everyday-name | alexa capital do sião | TH
everyday-name | alexa qual é a capital das filipinas | PH
everyday-name | alexa qual a capital da turquia hoje turkiye | TR
everyday-name | alexa capital do vaticano | VA
everyday-name | alexa qual é a capital da irlanda | IE
everyday-name | alexa capital da grã-bretanha | GB
everyday-name | alexa qual é a capital da escócia | GB-SCT
everyday-name | alexa capital da indochina | FB
everyday-name | alexa capital da checoslováquia | FB
everyday-name | alexa qual a capital da união soviética | FB
shared-name | alexa qual é a capital da coreia | KP+KR
shared-name | alexa capital do congo | CD+CG
shared-name | alexa qual a capital da geórgia | GE+US-GA
shared-name | alexa a capital da geórgia o país não o estado americano | GE
shared-name | alexa capital da geórgia dos estados unidos | US-GA
shared-name | alexa qual é a capital das coreias | KP+KR
shared-name | alexa capitais dos dois congos | CD+CG
shared-name | alexa qual a capital de washington | US-WA
shared-name | alexa qual é a capital da guiné | GN
shared-name | alexa qual a capital da guiné que fala português | GW
shared-name | alexa qual é a capital da guiné que fica na oceania | PG
shared-name | alexa capital da guiné equatorial | GQ
shared-name | alexa capital da guiana | GY
shared-name | alexa qual é a capital da guiana francesa | GF
shared-name | alexa qual é a capital do sudão | SD
shared-name | alexa capital de samoa | WS
shared-name | alexa capital da samoa americana | AS
shared-name | alexa qual é a capital de são martinho | MF+SX
shared-name | alexa capital das ilhas virgens | VG+VI
shared-name | alexa qual é a capital de granada o país do caribe | GD
shared-name | alexa capital do méxico | MX
shared-name | alexa qual é a capital de luxemburgo | LU
shared-name | alexa capital da dominica | DM
shared-name | alexa qual é a capital do rio de janeiro | BR-RJ
shared-name | alexa qual é a capital de são paulo | BR-SP
shared-name | alexa capital de nova york | US-NY
shared-name | alexa qual é a capital de vitória na austrália | AU-VIC
shared-name | alexa qual é a capital da macedônia do norte | MK
shared-name | alexa capital do congo de lá de baixo o grandão | CD
shared-name | alexa capital do congo pequeno | CG
shared-name | alexa qual é a capital da coreia de cima | KP
shared-name | alexa capital da coreia de baixo | KR
shared-name | alexa qual é a capital de são tomé | ST
shared-name | alexa capital da irlanda a do norte | GB-NIR
out-of-domain | alexa vai chover amanhã | FB
out-of-domain | alexa qual a previsão do tempo pra sexta | FB
out-of-domain | alexa tá fazendo quantos graus lá fora | FB
out-of-domain | alexa põe um timer de dez minutos | FB
out-of-domain | alexa timer de quarenta minutos pro bolo | FB
out-of-domain | alexa me lembra de pagar o boleto amanhã | FB
out-of-domain | alexa toca marília mendonça | FB
out-of-domain | alexa toca um sertanejo raiz | FB
out-of-domain | alexa toca a rádio cbn | FB
out-of-domain | alexa aumenta o volume | FB
out-of-domain | alexa abaixa o som | FB
out-of-domain | alexa próxima música | FB
out-of-domain | alexa que horas são | FB
out-of-domain | alexa que horas são em tóquio agora | FB
out-of-domain | alexa qual é o fuso horário de lisboa | FB
out-of-domain | alexa quantos habitantes tem a capital da frança | FB
out-of-domain | alexa qual é a população de brasília | FB
out-of-domain | alexa quantas pessoas moram em pequim | FB
out-of-domain | alexa qual é a capital da europa | FB
out-of-domain | alexa qual é a capital da áfrica | FB
out-of-domain | alexa qual a capital da américa do sul | FB
out-of-domain | alexa qual é a capital da ásia | FB
out-of-domain | alexa qual a capital da oceania | FB
out-of-domain | alexa qual é a capital da américa latina | FB
out-of-domain | alexa qual é a capital do mundo | FB
out-of-domain | alexa qual é a capital da lua | FB
out-of-domain | alexa qual é a capital de marte | FB
out-of-domain | alexa qual a capital de wakanda | FB
out-of-domain | alexa qual é a capital de nárnia | FB
out-of-domain | alexa qual é a capital de atlântida | FB
out-of-domain | alexa qual é a capital de campinas | FB
out-of-domain | alexa qual é a capital de londrina | FB
out-of-domain | alexa qual é a capital da bolsa de valores | FB
out-of-domain | alexa qual é o capital social da empresa | FB
out-of-domain | alexa o que é pecado capital | FB
out-of-domain | alexa quais são os sete pecados capitais | FB
out-of-domain | alexa qual é a moeda da suíça | FB
out-of-domain | alexa qual é a língua falada na bélgica | FB
out-of-domain | alexa qual é o idioma oficial de angola | FB
out-of-domain | alexa quanto tá o dólar hoje | FB
out-of-domain | alexa quanto tá o euro | FB
out-of-domain | alexa qual é a distância de são paulo a buenos aires | FB
out-of-domain | alexa quanto tempo de voo até lisboa | FB
out-of-domain | alexa qual é o maior país do mundo | FB
out-of-domain | alexa qual o menor país do mundo | FB
out-of-domain | alexa qual é o país mais populoso | FB
out-of-domain | alexa qual é o rio mais comprido do mundo | FB
out-of-domain | alexa qual é a montanha mais alta | FB
out-of-domain | alexa quem é o presidente da frança | FB
out-of-domain | alexa quem é o primeiro-ministro do japão | FB
out-of-domain | alexa qual é o hino da itália | FB
out-of-domain | alexa qual é a bandeira do canadá | FB
out-of-domain | alexa de que cor é a bandeira da alemanha | FB
out-of-domain | alexa quantos países tem no mundo | FB
out-of-domain | alexa quantos estados tem o brasil | FB
out-of-domain | alexa quantas capitais o brasil já teve | FB
out-of-domain | alexa quando brasília foi inaugurada | FB
out-of-domain | alexa quem projetou brasília | FB
out-of-domain | alexa qual foi a primeira capital do brasil | FB
out-of-domain | alexa qual era a capital do império romano | FB
out-of-domain | alexa qual era a capital do império inca | FB
out-of-domain | alexa qual a capital dos astecas | FB
out-of-domain | alexa conta uma piada | FB
out-of-domain | alexa canta parabéns | FB
out-of-domain | alexa qual é o sentido da vida | FB
out-of-domain | alexa você é casada | FB
out-of-domain | alexa boa noite | FB
out-of-domain | alexa obrigada querida | FB
out-of-domain | alexa liga a luz da sala | FB
out-of-domain | alexa desliga o ventilador | FB
out-of-domain | alexa acende a luz do quarto | FB
out-of-domain | alexa adiciona leite na lista de compras | FB
out-of-domain | alexa o que tem na minha lista de compras | FB
out-of-domain | alexa pede uma pizza | FB
out-of-domain | alexa liga pra mamãe | FB
out-of-domain | alexa manda mensagem pro joão | FB
out-of-domain | alexa qual o resultado do jogo do flamengo | FB
out-of-domain | alexa quando é o próximo jogo do corinthians | FB
out-of-domain | alexa quem ganhou a copa de dois mil e dois | FB
out-of-domain | alexa onde vai ser a próxima copa do mundo | FB
out-of-domain | alexa onde vão ser as próximas olimpíadas | FB
out-of-domain | alexa como se diz obrigado em japonês | FB
out-of-domain | alexa traduz bom dia pro francês | FB
out-of-domain | alexa como se escreve reykjavík | FB
out-of-domain | alexa soletra ouagadougou | FB
out-of-domain | alexa o que significa capital em inglês | FB
out-of-domain | alexa qual é a capital mais fria do mundo | FB
out-of-domain | alexa qual é a capital mais alta do mundo | FB
out-of-domain | alexa qual é a capital mais populosa da europa | FB
out-of-domain | alexa qual a capital mais antiga do mundo | FB
out-of-domain | alexa qual é a melhor capital pra morar | FB
out-of-domain | alexa quais capitais brasileiras têm praia | FB
out-of-domain | alexa qual capital tem o metrô mais antigo | FB
out-of-domain | alexa qual o clima em montevidéu | FB
out-of-domain | alexa como tá o trânsito pra marginal | FB
out-of-domain | alexa qual é o cep da avenida paulista | FB
out-of-domain | alexa qual é o ddd de porto alegre | FB
out-of-domain | alexa quanto é sete vezes oito | FB
out-of-domain | alexa quanto é cem dividido por três | FB
out-of-domain | alexa converte cinquenta dólares pra real | FB
out-of-domain | alexa quantos quilômetros tem uma milha | FB
out-of-domain | alexa qual a receita de pão de queijo | FB
out-of-domain | alexa quanto tempo cozinha um ovo | FB
out-of-domain | alexa toca barulho de chuva | FB
out-of-domain | alexa me conta uma história pra dormir | FB
out-of-domain | alexa qual é o seu nome | FB
out-of-domain | alexa quem te criou | FB
out-of-domain | alexa você gosta de mim | FB
out-of-domain | alexa bom dia como você tá | FB
out-of-domain | alexa qual o horóscopo de leão hoje | FB
out-of-domain | alexa que dia é hoje | FB
out-of-domain | alexa quando é o carnaval do ano que vem | FB
out-of-domain | alexa quantos dias faltam pro natal | FB
out-of-domain | alexa é feriado amanhã | FB
out-of-domain | alexa toca as notícias do dia | FB
out-of-domain | alexa lê meu audiolivro | FB
out-of-domain | alexa compra mais ração no mercado livre | FB
out-of-domain | alexa rastreia meu pedido | FB
out-of-domain | alexa qual é a capital do meu coração | FB
out-of-domain | alexa qual é a capital do forró | FB
out-of-domain | alexa qual é a capital nacional do café | FB
out-of-domain | alexa qual é a capital mundial da moda | FB
out-of-domain | alexa qual a capital do rock | FB
out-of-domain | alexa qual a capital da transilvânia | FB
out-of-domain | alexa qual a capital da iugoslávia | FB
out-of-domain | alexa qual é a capital da prússia | FB
out-of-domain | alexa qual é a capital da alemanha oriental | FB
out-of-domain | alexa qual é a capital do curdistão | FB
out-of-domain | alexa qual é a capital da chechênia | FB
out-of-domain | alexa qual a capital da crimeia | FB
out-of-domain | alexa qual é a capital do país basco | FB
out-of-domain | alexa qual a capital da somalilândia | FB
out-of-domain | alexa qual é a capital da transnístria | FB
out-of-domain | alexa qual a capital da ossétia do sul | FB
out-of-domain | alexa qual é a capital da abecásia | FB
out-of-domain | alexa qual é a capital da escandinávia | FB
out-of-domain | alexa qual é a capital dos bálcãs | FB
out-of-domain | alexa qual é a capital do oriente médio | FB
out-of-domain | alexa qual a capital do caribe | FB
out-of-domain | alexa qual é a capital da união europeia | FB
out-of-domain | alexa qual é a capital do mercosul | FB
out-of-domain | alexa qual é a capital da amazônia | FB
out-of-domain | alexa abre o spotify | FB
out-of-domain | alexa abre o jogo do milhão | FB
carteiro | alexa chegou uma carta registrada {} qual é a capital de lá | da frança=FR; da bélgica=BE; da polônia=PL
carteiro | alexa o sedex veio {} qual a capital desse país | do japão=JP; da hungria=HU; da croácia=HR
carteiro | alexa a encomenda internacional veio da coreia do sul qual é a capital | KR
carteiro | alexa o selo dessa carta é da coreia do norte qual é a capital deles | KP
carteiro | alexa tem um pacote da palestina pra dona maria qual é a capital da palestina | PS
carteiro | alexa o remetente é de kinshasa isso é capital de qual congo | CITY:Kinshasa
carteiro | alexa carta pro congo brazzaville qual a capital da república do congo | CG
carteiro | alexa o aviso de recebimento veio da áfrica do sul quais são as capitais de lá | ZA
carteiro | alexa minha rota acabou qual a capital da eslováquia | SK
carteiro | alexa enquanto separo as cartas qual é a capital da albânia | AL
carteiro | alexa o cep não bate mas a carta veio de malta qual é a capital | MT
carteiro | alexa antes de sair pra entrega qual é a capital do afeganistão | AF
carteiro | alexa a caixa postal tá cheia de cartas do paquistão qual é a capital deles | PK
carteiro | alexa a carta com selo de bangladesh qual capital é | BD
carteiro | alexa carteiro aqui qual é a capital do nepal | NP
carteiro | alexa tenho que devolver ao remetente fecha isso | STOP
carteiro | alexa o cachorro tá latindo cancela | CANCEL
carteiro | alexa qual é o prazo do sedex pra manaus | FB
carteiro | alexa quanto custa mandar carta pra portugal | FB
carteiro | alexa pergunta pro capitais do mundo qual a capital das maldivas | MV
carteiro | alexa carta vinda da indonésia qual a capital | ID
carteiro | alexa o pacote do brunei qual a capital deles | BN
lavanderia | alexa enquanto a máquina centrifuga qual é a capital de singapura | SG
lavanderia | alexa a secadora vai levar quarenta minutos me fala a capital do timor-leste | TL
lavanderia | alexa o lençol tá na lavagem qual é a capital {} | de fiji=FJ; de papua-nova guiné=PG; das ilhas salomão=SB
lavanderia | alexa a etiqueta dessa camisa diz feito em bangladesh qual a capital | BD
lavanderia | alexa essa jaqueta é made in vietnam qual a capital do vietnã | VN
lavanderia | alexa o tênis é fabricado no camboja qual a capital dele | KH
lavanderia | alexa qual é a capital de vanuatu enquanto eu dobro a roupa | VU
lavanderia | alexa qual a capital de tonga | TO
lavanderia | alexa qual é a capital de tuvalu | TV
lavanderia | alexa quanto tempo falta na lava e seca | FB
lavanderia | alexa como tira mancha de vinho | FB
lavanderia | alexa a ficha da máquina acabou para aí | STOP
lavanderia | alexa quais as capitais da malásia enquanto o amaciante entra | MY
lavanderia | alexa esquece eu perdi uma meia cancela | CANCEL
lavanderia | alexa qual é a capital da coreia do sul a máquina é coreana | KR
lavanderia | alexa a lavanderia é de um casal da palestina qual é a capital de lá | PS
lavanderia | alexa o sabão é da holanda quais são as capitais de lá | NL
lavanderia | alexa como funciona isso que eu tô esperando a roupa | HELP
lavanderia | alexa capital de quiribati | KI
vidraceiro | alexa o vidro temperado veio {} qual a capital | da china=CN; da bélgica=BE; da turquia=TR
vidraceiro | alexa enquanto o silicone seca qual é a capital de nauru | NR
vidraceiro | alexa medindo o box do banheiro qual é a capital de palau | PW
vidraceiro | alexa capital da micronésia | FM
vidraceiro | alexa qual a capital das ilhas marshall | MH
vidraceiro | alexa quebrei a vidraça cancela tudo | CANCEL
vidraceiro | alexa quanto custa o metro do vidro oito milímetros | FB
vidraceiro | alexa o espelho bisotê veio da república do congo qual é a capital | CG
vidraceiro | alexa o cliente é da república democrática do congo qual a capital de lá | CD
vidraceiro | alexa o ajudante é da coreia do norte não pera é da coreia do sul qual a capital | KR
vidraceiro | alexa a janela veio da bolívia quais são as capitais | BO
vidraceiro | alexa fala a capital da nova zelândia pro ajudante | NZ
vidraceiro | alexa qual a capital de samoa o país | WS
vidraceiro | alexa qual é a capital de trinidad e tobago | TT
vidraceiro | alexa para de falar que eu tô com ventosa na mão | STOP
vidraceiro | alexa me ajuda como eu pergunto capital | HELP
vidraceiro | alexa qual é a capital de belize | BZ
vidraceiro | alexa qual é a capital da guatemala | GT
vidraceiro | alexa qual é a capital de el salvador | SV
chaveiro | alexa enquanto faço a cópia da chave qual é a capital de honduras | HN
chaveiro | alexa a fechadura tetra é {} qual a capital | da itália=IT; da alemanha=DE; de israel=IL
chaveiro | alexa qual é a capital do panamá | PA
chaveiro | alexa o cadeado é coreano da coreia do norte qual capital | KP
chaveiro | alexa o cliente perdeu a chave e quer saber a capital da jamaica | JM
chaveiro | alexa capital do haiti | HT
chaveiro | alexa qual é a capital de são cristóvão e névis | KN
chaveiro | alexa qual a capital de santa lúcia | LC
chaveiro | alexa qual é a capital de são vicente e granadinas | VC
chaveiro | alexa qual é a capital de antígua e barbuda | AG
chaveiro | alexa qual a capital de barbados | BB
chaveiro | alexa a chave quebrou dentro da porta cancela | CANCEL
chaveiro | alexa emergência chaveiro vinte e quatro horas para | STOP
chaveiro | alexa quanto cobra pra abrir carro | FB
chaveiro | alexa qual é a capital da palestina o cliente perguntou | PS
chaveiro | alexa capitais de essuatíni | SZ
chaveiro | alexa qual é a capital da república dominicana | DO
chaveiro | alexa a máquina de chave é da suécia qual a capital | SE
chaveiro | alexa capital de cuba | CU
floricultura | alexa as tulipas vieram da holanda quais são as capitais de lá | NL
floricultura | alexa a rosa colombiana qual é a capital da colômbia | CO
floricultura | alexa a orquídea veio {} qual a capital | da tailândia=TH; do equador=EC; do quênia=KE
floricultura | alexa monta a coroa de flores e me diz a capital da etiópia | ET
floricultura | alexa o buquê vai pra uma noiva do líbano qual a capital do líbano | LB
floricultura | alexa arranjo pra embaixada da áfrica do sul quais são as capitais | ZA
floricultura | alexa o cliente é da coreia do norte qual a capital | KP
floricultura | alexa o lírio veio da república democrática do congo qual a capital | CD
floricultura | alexa a flor de lótus é símbolo do vietnã qual a capital | VN
floricultura | alexa quanto custa uma dúzia de rosas | FB
floricultura | alexa quando é o dia dos namorados | FB
floricultura | alexa esquece o arranjo cancela | CANCEL
floricultura | alexa fecha que o cliente chegou | STOP
floricultura | alexa como usa esse jogo das capitais | HELP
floricultura | alexa qual a capital do zimbábue | ZW
floricultura | alexa as flores do chile qual é a capital | CL
floricultura | alexa qual é a capital da costa rica | CR
floricultura | alexa o girassol é da ucrânia qual a capital | UA
floricultura | alexa qual é a capital do irã | IR
lava-jato | alexa enquanto o carro seca qual é a capital da áustria | AT
lava-jato | alexa passando cera no carro qual a capital {} | da república tcheca=CZ; da dinamarca=DK; da finlândia=FI
lava-jato | alexa o cliente do carro importado é da coreia do sul qual a capital | KR
lava-jato | alexa aspira o banco e me diz a capital da república do congo | CG
lava-jato | alexa a mangueira estourou cancela | CANCEL
lava-jato | alexa desliga que o patrão chegou | STOP
lava-jato | alexa qual a capital da malásia putrajaya ou kuala lumpur quais são as duas | MY
lava-jato | alexa o polimento é produto da bolívia não é da holanda quais as capitais | NL
lava-jato | alexa qual é a capital da sérvia | RS
lava-jato | alexa qual é a capital do montenegro | ME
lava-jato | alexa qual é a capital da bósnia | BA
lava-jato | alexa quanto custa uma lavagem completa | FB
lava-jato | alexa vai chover hoje que eu não quero lavar carro à toa | FB
lava-jato | alexa qual é a capital de kosovo | XK
lava-jato | alexa qual é a capital da palestina | PS
lava-jato | alexa qual é a capital da macedônia do norte mesmo | MK
lava-jato | alexa qual a capital da eslovênia | SI
lava-jato | alexa capital do uzbequistão | UZ
lava-jato | alexa qual o comando pra perguntar capital | HELP
hortifruti | alexa o kiwi é da nova zelândia qual é a capital | NZ
hortifruti | alexa a caixa de maçã veio {} qual a capital | da argentina=AR; do chile=CL; da espanha=ES
hortifruti | alexa a banana é do equador qual é a capital de lá | EC
hortifruti | alexa o alho veio da china qual a capital | CN
hortifruti | alexa a pera é portuguesa qual é a capital de portugal | PT
hortifruti | alexa a tâmara veio {} qual é a capital | da tunísia=TN; do egito=EG; do iraque=IQ
hortifruti | alexa o abacaxi do sacolão veio da costa do marfim quais são as capitais | CI
hortifruti | alexa a manga veio do peru qual é a capital | PE
hortifruti | alexa o cacau é de gana qual a capital | GH
hortifruti | alexa quanto tá o quilo do tomate | FB
hortifruti | alexa quanto é dois quilos de batata a seis e noventa | FB
hortifruti | alexa o caminhão da ceasa chegou para | STOP
hortifruti | alexa cancela que o freguês tá chamando | CANCEL
hortifruti | alexa o gengibre é da índia qual a capital | IN
hortifruti | alexa a castanha veio da bolívia quais são as capitais bolivianas | BO
hortifruti | alexa o chá é do sri lanka quais são as capitais | LK
hortifruti | alexa a fruta exótica veio da malásia quais as duas capitais | MY
hortifruti | alexa o mamão é do méxico qual é a capital | MX
hortifruti | alexa qual é a capital da guiné-bissau que manda caju | GW
hortifruti | alexa o cuscuz marroquino qual a capital do marrocos | MA
hortifruti | alexa a uva passa é da turquia qual é a capital | TR
bale | alexa a professora de balé é {} qual é a capital de lá | da rússia=RU; de cuba=CU; da frança=FR
bale | alexa depois do plié qual é a capital de mônaco | MC
bale | alexa arruma o coque e me fala a capital da áustria | AT
bale | alexa a sapatilha de ponta é da inglaterra qual a capital do reino unido | GB
bale | alexa o lago dos cisnes é russo qual é a capital da rússia | RU
bale | alexa a bailarina nova é da coreia do norte qual capital | KP
bale | alexa a bailarina da coreia do sul qual a capital dela | KR
bale | alexa o festival de dança é na dinamarca qual a capital | DK
bale | alexa para a música da aula | STOP
bale | alexa toca o quebra-nozes | FB
bale | alexa cancela que a aula começou | CANCEL
bale | alexa minha filha quer saber como funciona isso | HELP
bale | alexa abre o capitais do mundo pras alunas | LAUNCH
bale | alexa qual é a capital da argentina do tango | AR
bale | alexa qual é a capital da hungria | HU
bale | alexa a coreógrafa é da república democrática do congo qual a capital | CD
bale | alexa o bailarino é do congo brazzaville qual é a capital de lá | CG
bale | alexa a companhia de dança é da palestina qual a capital | PS
bale | alexa qual a capital da geórgia o país das danças | GE
suporte-ti | alexa abri um chamado pra equipe da índia qual a capital | IN
suporte-ti | alexa o servidor tá hospedado {} qual é a capital | na irlanda=IE; na finlândia=FI; em singapura=SG
suporte-ti | alexa o ticket veio do time {} qual a capital de lá | da polônia=PL; da romênia=RO; da estônia=EE
suporte-ti | alexa reinicia o roteador | FB
suporte-ti | alexa qual a senha do wifi | FB
suporte-ti | alexa o usuário tá na áfrica do sul quais as capitais sul-africanas | ZA
suporte-ti | alexa o fornecedor é da holanda quais são as capitais | NL
suporte-ti | alexa o data center é na malásia quais as capitais de lá | MY
suporte-ti | alexa o vpn conectou na coreia do sul qual é a capital | KR
suporte-ti | alexa o ataque hacker veio da coreia do norte qual a capital deles | KP
suporte-ti | alexa o colega remoto é da bielorrússia qual é a capital | BY
suporte-ti | alexa o analista é da ucrânia qual a capital | UA
suporte-ti | alexa encerra que caiu a rede | STOP
suporte-ti | alexa cancela o chamado | CANCEL
suporte-ti | alexa qual o atalho pra perguntar capital | HELP
suporte-ti | alexa o cliente é de israel qual é a capital | IL
suporte-ti | alexa o backup fica na islândia qual a capital | IS
suporte-ti | alexa o desenvolvedor é do quirguistão qual a capital | KG
banho-tosa | alexa o cliente trouxe um lhasa apso do tibete qual é a capital da china | CN
banho-tosa | alexa o shih tzu tá no banho qual a capital do japão | JP
banho-tosa | alexa o chow chow é da china qual a capital | CN
banho-tosa | alexa o pastor alemão vem da alemanha qual a capital | DE
banho-tosa | alexa o cachorro é da raça {} qual a capital do país | chihuahua do méxico=MX; dálmata da croácia=HR; akita do japão=JP
banho-tosa | alexa o poodle é da frança mesmo qual a capital | FR
banho-tosa | alexa o husky siberiano qual a capital da rússia | RU
banho-tosa | alexa o jindo é da coreia do sul qual é a capital de lá | KR
banho-tosa | alexa o pungsan é cachorro da coreia do norte qual a capital | KP
banho-tosa | alexa o basenji é do congo qual a capital do congo | CD+CG
banho-tosa | alexa o cão do canaã é de israel ou da palestina qual a capital da palestina | PS
banho-tosa | alexa o cachorro mordeu cancela | CANCEL
banho-tosa | alexa para que o secador tá alto | STOP
banho-tosa | alexa marca a tosa do thor pra sexta | FB
banho-tosa | alexa o rhodesian ridgeback é do zimbábue qual é a capital | ZW
banho-tosa | alexa o galgo afegão é do afeganistão qual a capital | AF
banho-tosa | alexa o boerboel é da áfrica do sul quais as capitais | ZA
banho-tosa | alexa o cachorro da raça keeshond é da holanda quais são as capitais holandesas | NL
banho-tosa | alexa o terrier é da escócia qual a capital | GB-SCT
banho-tosa | alexa o são bernardo é da suíça qual a capital | CH
banho-tosa | alexa o chihuahua não tá deixando cancela tudo | CANCEL
sapateiro | alexa enquanto colo a meia-sola qual é a capital da itália | IT
sapateiro | alexa o couro veio {} qual a capital | do uruguai=UY; do paraguai=PY; da argentina=AR
sapateiro | alexa o sapato do cliente é português qual a capital de portugal | PT
sapateiro | alexa a bota é da austrália qual a capital | AU
sapateiro | alexa a sandália veio da grécia qual é a capital | GR
sapateiro | alexa o chinelo é da tailândia qual a capital | TH
sapateiro | alexa a cola de sapateiro acabou para | STOP
sapateiro | alexa cancela que o salto quebrou | CANCEL
sapateiro | alexa quanto cobra pra trocar zíper de bota | FB
sapateiro | alexa o tamanco é da holanda quais são as capitais de lá | NL
sapateiro | alexa a alpargata é da bolívia quais são as duas capitais | BO
sapateiro | alexa o sapato de couro da eritreia qual é a capital | ER
sapateiro | alexa qual é a capital do quênia | KE
sapateiro | alexa o tênis é da coreia do sul qual a capital | KR
sapateiro | alexa qual é a capital do sudão do sul | SS
sapateiro | alexa como eu uso esse capitais do mundo | HELP
sapateiro | alexa qual é a capital da somália | SO
sebo | alexa achei um atlas velho {} qual a capital hoje | da birmânia=MM; do ceilão=LK; da pérsia=IR
sebo | alexa o livro é de um autor {} qual é a capital do país dele | nigeriano=NG; colombiano=CO; egípcio=EG
sebo | alexa o romance se passa na república democrática do congo qual a capital | CD
sebo | alexa o livro de guerra é da coreia do norte qual a capital | KP
sebo | alexa o livro de poesia palestina qual a capital da palestina | PS
sebo | alexa o autor é do congo brazzaville qual é a capital | CG
sebo | alexa o livro fala da áfrica do sul quais as três capitais | ZA
sebo | alexa quanto vale um livro de mil novecentos e vinte | FB
sebo | alexa lê esse livro pra mim | FB
sebo | alexa cancela que o cliente quer pagar | CANCEL
sebo | alexa fecha aí vou organizar a estante | STOP
sebo | alexa o livro de viagem é da mongólia qual é a capital | MN
sebo | alexa o guia de viagem é da bolívia quais são as capitais | BO
sebo | alexa qual é a capital da libéria que aparece no livro | LR
sebo | alexa capital da namíbia | NA
sebo | alexa o mapa antigo diz rodésia qual é a capital hoje | ZW
sebo | alexa o dicionário é do laos qual a capital | LA
sebo | alexa a enciclopédia é da malásia quais são as capitais de lá | MY
cartorio | alexa preciso autenticar documento {} qual a capital | de angola=AO; de moçambique=MZ; de cabo verde=CV
cartorio | alexa a certidão de nascimento é {} qual é a capital de lá | de são tomé e príncipe=ST; do timor-leste=TL; da guiné-bissau=GW
cartorio | alexa a firma reconhecida é de um cidadão da coreia do sul qual a capital | KR
cartorio | alexa o escrevente perguntou a capital da coreia do norte | KP
cartorio | alexa o documento veio do congo a república democrática qual a capital | CD
cartorio | alexa o casamento é de um noivo da república do congo qual a capital | CG
cartorio | alexa a procuração é de um palestino qual a capital da palestina | PS
cartorio | alexa a tradução juramentada é da holanda quais são as capitais | NL
cartorio | alexa senha cento e doze cancela | CANCEL
cartorio | alexa chamaram minha senha para | STOP
cartorio | alexa qual o horário do cartório | FB
cartorio | alexa quanto custa o reconhecimento de firma | FB
cartorio | alexa o apostilamento é da áfrica do sul quais as capitais de lá | ZA
cartorio | alexa o noivo é do sri lanka quais as duas capitais | LK
cartorio | alexa qual é a capital de seychelles | SC
cartorio | alexa como pergunto a capital de um país | HELP
cartorio | alexa a noiva é do benin quais são as capitais | BJ
jardineiro | alexa podando a roseira qual é a capital da bulgária | BG
jardineiro | alexa a grama esmeralda é boa mas qual a capital {} | do japão=JP; de portugal=PT; da irlanda=IE
jardineiro | alexa o adubo veio do marrocos qual é a capital | MA
jardineiro | alexa a semente é da holanda quais são as duas capitais | NL
jardineiro | alexa o bonsai é japonês qual a capital do japão | JP
jardineiro | alexa o baobá é de madagascar qual é a capital | MG
jardineiro | alexa a palmeira é das ilhas maurício qual a capital | MU
jardineiro | alexa o cacto é do méxico qual é a capital mexicana | MX
jardineiro | alexa a cerejeira é da coreia do sul qual é a capital | KR
jardineiro | alexa a árvore nacional da coreia do norte qual a capital de lá | KP
jardineiro | alexa a oliveira é da palestina qual a capital | PS
jardineiro | alexa a seringueira veio da malásia quais são as capitais | MY
jardineiro | alexa vai chover pra eu não precisar regar | FB
jardineiro | alexa quando podar a primavera | FB
jardineiro | alexa liga o irrigador | FB
jardineiro | alexa a mangueira tá vazando cancela | CANCEL
jardineiro | alexa chega que eu vou cortar a grama | STOP
jardineiro | alexa qual é a capital do lesoto | LS
jardineiro | alexa capital do malawi | MW
jardineiro | alexa qual a capital do botsuana | BW
piscineiro | alexa enquanto o cloro age qual é a capital do catar | QA
piscineiro | alexa medindo o ph da piscina qual a capital {} | do barein=BH; do kuwait=KW; de omã=OM
piscineiro | alexa aspirando a piscina qual é a capital dos emirados árabes unidos | AE
piscineiro | alexa qual é a capital da arábia saudita | SA
piscineiro | alexa o filtro é da coreia do sul qual é a capital | KR
piscineiro | alexa a bomba da piscina é da china qual a capital | CN
piscineiro | alexa o cliente da casa de praia é da bolívia quais são as capitais | BO
piscineiro | alexa o dono da chácara é sul-africano quais são as capitais da áfrica do sul | ZA
piscineiro | alexa a piscina tá verde cancela | CANCEL
piscineiro | alexa desliga que o cachorro caiu na piscina | STOP
piscineiro | alexa quanto de cloro pra trinta mil litros | FB
piscineiro | alexa qual é a temperatura da água | FB
piscineiro | alexa me ajuda a usar a skill de capitais | HELP
piscineiro | alexa qual é a capital do iêmen | YE
piscineiro | alexa capital da síria | SY
piscineiro | alexa qual a capital da jordânia | JO
piscineiro | alexa o vizinho é palestino qual a capital da palestina | PS
piscineiro | alexa qual é a capital do congo de brazzaville | CG
bicicletaria | alexa trocando a corrente qual é a capital da holanda a terra da bicicleta quais as duas | NL
bicicletaria | alexa o câmbio shimano é do japão qual a capital | JP
bicicletaria | alexa a volta ciclística {} qual é a capital | da frança=FR; da itália=IT; da espanha=ES
bicicletaria | alexa o ciclista campeão é da eslovênia qual a capital | SI
bicicletaria | alexa o ciclista é da colômbia qual a capital | CO
bicicletaria | alexa o quadro de carbono é de taiwan qual a capital | TW
bicicletaria | alexa o raio quebrou cancela | CANCEL
bicicletaria | alexa para que o cliente chegou | STOP
bicicletaria | alexa quanto custa uma bike aro vinte e nove | FB
bicicletaria | alexa qual a capital da dinamarca terra das ciclovias | DK
bicicletaria | alexa o pneu é da coreia do norte não sei qual a capital | KP
bicicletaria | alexa a bicicleta veio do congo a república democrática qual a capital | CD
bicicletaria | alexa o ciclista é da eritreia qual a capital | ER
bicicletaria | alexa qual é a capital de ruanda país das bicicletas | RW
bicicletaria | alexa qual a capital do burquina faso | BF
bicicletaria | alexa qual é a capital da bélgica | BE
bicicletaria | alexa o guidão é da malásia quais são as capitais | MY
bicicletaria | alexa me explica o que eu posso perguntar | HELP
pintor | alexa passando a segunda demão qual é a capital da suécia | SE
pintor | alexa a tinta veio {} qual é a capital | da alemanha=DE; da noruega=NO; da áustria=AT
pintor | alexa a massa corrida tá secando qual é a capital da lituânia | LT
pintor | alexa lixando a parede me fala a capital da letônia | LV
pintor | alexa qual é a capital da estônia | EE
pintor | alexa a cor da parede é azul da grécia qual a capital | GR
pintor | alexa a tinta derramou cancela | CANCEL
pintor | alexa fecha que eu tô na escada | STOP
pintor | alexa quantas latas de tinta pra quarenta metros | FB
pintor | alexa qual é a capital da áfrica do sul pretória é uma delas quais são as outras | ZA
pintor | alexa a patroa é da holanda quais as capitais | NL
pintor | alexa o colega pintor é da república do congo qual é a capital | CG
pintor | alexa o rolo é da coreia do sul qual a capital | KR
pintor | alexa o pintor famoso era da palestina qual a capital | PS
pintor | alexa qual é a capital da moldávia | MD
pintor | alexa qual é a capital do azerbaijão | AZ
pintor | alexa qual é a capital da armênia | AM
pintor | alexa o que é que eu pergunto pra você | HELP
trico | alexa enquanto eu faço o ponto tricô qual é a capital da escócia | GB-SCT
trico | alexa o novelo de lã veio {} qual a capital | do peru=PE; da nova zelândia=NZ; do uruguai=UY
trico | alexa a lã de alpaca é da bolívia quais são as capitais de lá | BO
trico | alexa o xale é da índia qual é a capital | IN
trico | alexa a receita do suéter é da islândia qual a capital | IS
trico | alexa o ponto é norueguês qual a capital da noruega | NO
trico | alexa a agulha caiu cancela | CANCEL
trico | alexa chega de pergunta as meninas chegaram | STOP
trico | alexa quantos pontos pra montar um cachecol | FB
trico | alexa toca uma música da ângela maria | FB
trico | alexa a dona cida quer saber a capital da coreia do sul | KR
trico | alexa e a capital da coreia do norte pra dona lurdes | KP
trico | alexa a irmã da dona neide mora na república democrática do congo qual a capital | CD
trico | alexa a freira missionária tá no congo brazzaville qual a capital | CG
trico | alexa o padre da paróquia foi pra palestina qual é a capital | PS
trico | alexa quais as capitais da malásia minha neta foi pra lá | MY
trico | alexa como é que eu pergunto minha filha | HELP
trico | alexa abre o capitais do mundo pras senhoras | LAUNCH
trico | alexa qual é a capital do butão | BT
guarda-vidas | alexa na guarita qual é a capital da austrália | AU
guarda-vidas | alexa o turista afogado era {} qual a capital do país dele | da argentina=AR; do chile=CL; do uruguai=UY
guarda-vidas | alexa a bandeira vermelha tá hasteada qual a capital das bahamas | BS
guarda-vidas | alexa qual é a capital das maldivas | MV
guarda-vidas | alexa qual é a capital de fiji | FJ
guarda-vidas | alexa o surfista é da áfrica do sul quais as capitais | ZA
guarda-vidas | alexa o turista é da coreia do sul qual a capital | KR
guarda-vidas | alexa o menino perdido falou que é da palestina qual a capital | PS
guarda-vidas | alexa a maré tá subindo cancela | CANCEL
guarda-vidas | alexa para tô no resgate | STOP
guarda-vidas | alexa qual o horário da maré alta | FB
guarda-vidas | alexa qual o índice uv agora | FB
guarda-vidas | alexa o colega de plantão é de cabo verde qual a capital | CV
guarda-vidas | alexa qual é a capital de maurício | MU
guarda-vidas | alexa qual é a capital de comores | KM
guarda-vidas | alexa qual é a capital de são tomé e príncipe | ST
guarda-vidas | alexa qual é a capital da jamaica | JM
guarda-vidas | alexa qual é a capital da república democrática do congo | CD
sorveteria | alexa o sorvete de pistache é {} qual a capital | do irã=IR; da turquia=TR; da síria=SY
sorveteria | alexa o gelato é italiano qual é a capital da itália | IT
sorveteria | alexa o sabor de baunilha é de madagascar qual a capital | MG
sorveteria | alexa o sabor de coco é das filipinas qual a capital | PH
sorveteria | alexa o sorvete de matcha é do japão qual a capital | JP
sorveteria | alexa o picolé de tamarindo é da índia qual é a capital | IN
sorveteria | alexa o cliente quer sorvete de chocolate belga qual a capital da bélgica | BE
sorveteria | alexa o freezer desligou cancela | CANCEL
sorveteria | alexa fecha que acabou a casquinha | STOP
sorveteria | alexa quanto tá o quilo do sorvete | FB
sorveteria | alexa o sabor novo é da coreia do sul qual a capital | KR
sorveteria | alexa o sorvete de cacau da república do congo qual a capital | CG
sorveteria | alexa o morango da coreia do norte qual a capital | KP
sorveteria | alexa a tâmara da palestina qual a capital de lá | PS
sorveteria | alexa o cacau da costa do marfim quais são as capitais | CI
sorveteria | alexa a baunilha do benin não sei quais são as capitais do benin | BJ
sorveteria | alexa como que eu pergunto as capitais | HELP
sorveteria | alexa o sorvete de ube das filipinas qual a capital | PH
noronha | alexa aqui na ilha qual é a capital de pernambuco | BR-PE
noronha | alexa paguei a taxa de preservação agora me diz a capital {} | de cabo verde=CV; de são tomé e príncipe=ST; de maurício=MU
noronha | alexa o mergulhador é da austrália qual a capital | AU
noronha | alexa o barco de pesca é da espanha qual a capital | ES
noronha | alexa o turista que chegou no voo é da frança qual a capital | FR
noronha | alexa ilhéu aqui qual é a capital das seicheles | SC
noronha | alexa o golfinho rotador aparece também nas filipinas qual a capital | PH
noronha | alexa a tartaruga veio da costa da áfrica do sul quais as capitais | ZA
noronha | alexa o pesquisador é da holanda quais são as capitais | NL
noronha | alexa o biólogo é da coreia do sul qual a capital | KR
noronha | alexa qual é a capital de samoa | WS
noronha | alexa qual é a capital de tonga | TO
noronha | alexa a internet da ilha caiu cancela | CANCEL
noronha | alexa para que a maré baixou vou pro porto | STOP
noronha | alexa qual é o horário do barco pro sancho | FB
noronha | alexa quanto custa a taxa da ilha | FB
noronha | alexa o turista é da república democrática do congo qual a capital | CD
noronha | alexa o pesquisador da coreia do norte qual capital | KP
noronha | alexa como funciona essa skill de capital | HELP
ribeirinho | alexa mano lá da comunidade qual é a capital do peru que fica rio acima | PE
ribeirinho | alexa desci de rabeta pra cidade agora me diz a capital {} | da colômbia=CO; da venezuela=VE; da guiana=GY
ribeirinho | alexa o barco recreio vai pra manaus qual é a capital do amazonas | BR-AM
ribeirinho | alexa égua mana qual a capital do suriname | SR
ribeirinho | alexa no igarapé não pega sinal qual é a capital da guiana francesa | GF
ribeirinho | alexa o padre que vem no barco é da itália qual a capital | IT
ribeirinho | alexa o pesquisador do barco é da alemanha qual é a capital | DE
ribeirinho | alexa o médico do barco hospital é de cuba qual a capital | CU
ribeirinho | alexa a professora perguntou a capital da bolívia quais são as duas | BO
ribeirinho | alexa o turista da canoa é da coreia do sul qual a capital | KR
ribeirinho | alexa o gerador vai desligar para | STOP
ribeirinho | alexa o motor da rabeta afogou cancela | CANCEL
ribeirinho | alexa quando o rio vai encher | FB
ribeirinho | alexa que horas passa o barco de linha | FB
ribeirinho | alexa o moço da ong é da república democrática do congo qual a capital | CD
ribeirinho | alexa a freira é da república do congo qual a capital | CG
ribeirinho | alexa o menino quer saber a capital da coreia do norte | KP
ribeirinho | alexa a capital do equador é quito né mano | EC
ribeirinho | alexa como eu pergunto isso aí | HELP
ribeirinho | alexa capital de roraima boa vista né | BR-RR
ribeirao | alexa ô loco qual é a capital da argentina | AR
ribeirao | alexa na usina o engenheiro é {} qual a capital | da índia=IN; da austrália=AU; da tailândia=TH
ribeirao | alexa calor de quarenta graus e eu querendo saber a capital da finlândia | FI
ribeirao | alexa o comprador de açúcar é da arábia saudita qual a capital | SA
ribeirao | alexa o comprador de café é da etiópia qual é a capital | ET
ribeirao | alexa a feira agrícola tem gente da holanda quais as capitais | NL
ribeirao | alexa o trator é dos estados unidos qual a capital | US
ribeirao | alexa o choppão tá lotado cancela | CANCEL
ribeirao | alexa para que eu tô no pinguim | STOP
ribeirao | alexa qual é a temperatura em ribeirão agora | FB
ribeirao | alexa qual é a capital do agronegócio | FB
ribeirao | alexa o cliente da usina é da áfrica do sul quais são as capitais | ZA
ribeirao | alexa o visitante da agrishow é da malásia quais as capitais | MY
ribeirao | alexa o comprador de etanol é da coreia do sul qual é a capital | KR
ribeirao | alexa o caminhoneiro é da bolívia quais as duas capitais | BO
ribeirao | alexa qual é a capital de são paulo o estado | BR-SP
ribeirao | alexa ô meu qual é a capital da guatemala | GT
ribeirao | alexa me explica essa skill aí | HELP
ribeirao | alexa qual é a capital do paquistão | PK
filipina | alexa po qual é a capital das filipinas manila po | PH
filipina | alexa kuya perguntou qual é a capital {} | do japão=JP; de singapura=SG; do brunei=BN
filipina | alexa ate qual a capital de hong kong | HK
filipina | alexa salamat alexa e a capital da indonésia | ID
filipina | alexa sige po me fala a capital da tailândia | TH
filipina | alexa ano po qual é a capital da malásia as duas capitais | MY
filipina | alexa minha patroa é da coreia do sul qual a capital po | KR
filipina | alexa meu primo trabalha no navio da coreia do norte não sei a capital | KP
filipina | alexa qual é a capital do timor-leste po | TL
filipina | alexa a minha amiga trabalha em dubai qual é a capital dos emirados | AE
filipina | alexa minha irmã trabalha no kuwait qual a capital | KW
filipina | alexa meu tio é marinheiro no catar qual a capital | QA
filipina | alexa sorry po cancela | CANCEL
filipina | alexa okay po stop | STOP
filipina | alexa como eu uso isso po help | HELP
filipina | alexa toca música do tagalo | FB
filipina | alexa qual a capital de palau po perto das filipinas | PW
filipina | alexa a capital do vietnã po | VN
filipina | alexa a capital de papua-nova guiné po | PG
filipina | alexa meu marido está em israel qual a capital | IL
espanhol | alexa vale tío qual é a capital de portugal | PT
espanhol | alexa hostia me fala a capital {} | de andorra=AD; da frança=FR; de marrocos=MA
espanhol | alexa guay e a capital do brasil qual é | BR
espanhol | alexa vale vale qual a capital da argélia | DZ
espanhol | alexa joder não lembro a capital da guiné equatorial | GQ
espanhol | alexa tío qual é a capital do saara ocidental | EH
espanhol | alexa a capital de gibraltar vale | GI
espanhol | alexa qual a capital da catalunha tío | FB
espanhol | alexa vale cancela | CANCEL
espanhol | alexa venga para já | STOP
espanhol | alexa hostia não entendo como funciona | HELP
espanhol | alexa qual a capital de cuba vale | CU
espanhol | alexa a capital de honduras tío | HN
espanhol | alexa e a capital da nicarágua vale | NI
espanhol | alexa a capital da áfrica do sul são três vale quais são | ZA
espanhol | alexa tío e a palestina qual a capital | PS
espanhol | alexa venga a capital da república democrática do congo | CD
espanhol | alexa e da república do congo vale | CG
espanhol | alexa que tal a capital da coreia do norte | KP
espanhol | alexa abre capitais do mundo vale | LAUNCH
iraniano | alexa merci qual é a capital do irã teerã né | IR
iraniano | alexa khob me diz a capital {} | do afeganistão=AF; do tadjiquistão=TJ; do azerbaijão=AZ
iraniano | alexa baba qual a capital do iraque | IQ
iraniano | alexa merci e a capital da armênia | AM
iraniano | alexa khob khob a capital do turcomenistão | TM
iraniano | alexa minha prima mora na suécia qual a capital | SE
iraniano | alexa meu irmão está no canadá qual a capital | CA
iraniano | alexa o amigo é da palestina qual é a capital | PS
iraniano | alexa qual a capital da coreia do norte | KP
iraniano | alexa merci cancela | CANCEL
iraniano | alexa khob chega | STOP
iraniano | alexa não entendo muito como falar com você | HELP
iraniano | alexa que horas é o nowruz | FB
iraniano | alexa qual é a capital do paquistão merci | PK
iraniano | alexa a capital do omã baba | OM
iraniano | alexa qual é a capital do kuwait khob | KW
iraniano | alexa a capital da geórgia o país merci | GE
iraniano | alexa capital da coreia do sul merci | KR
iraniano | alexa quais as capitais da malásia khob | MY
turco | alexa tamam qual é a capital da turquia ancara né | TR
turco | alexa abi me fala a capital {} | da grécia=GR; de chipre=CY; da bulgária=BG
turco | alexa yani qual é a capital do cazaquistão | KZ
turco | alexa hadi a capital do azerbaijão | AZ
turco | alexa tamam tamam e a capital da alemanha meu tio mora lá | DE
turco | alexa abi a capital da geórgia o país | GE
turco | alexa yani a capital do uzbequistão | UZ
turco | alexa a capital do quirguistão abi | KG
turco | alexa qual é a capital da palestina yani | PS
turco | alexa a capital da coreia do sul abi | KR
turco | alexa tamam cancela | CANCEL
turco | alexa hadi para | STOP
turco | alexa yani como funciona isso | HELP
turco | alexa quanto tá a lira turca | FB
turco | alexa a capital do congo brazzaville abi | CG
turco | alexa a capital do congo kinshasa tamam | CD
turco | alexa a capital da holanda as duas abi | NL
turco | alexa a capital da áfrica do sul são três né abi | ZA
turco | alexa qual é a capital da líbia yani | LY
out-of-domain | alexa a lavanderia fecha que horas no domingo | FB
out-of-domain | alexa quanto tempo dura uma bateria de bicicleta elétrica | FB
out-of-domain | alexa qual o melhor adubo pra orquídea | FB
out-of-domain | alexa quantas calorias tem uma bola de sorvete de flocos | FB
out-of-domain | alexa como faz ponto arroz no tricô | FB
out-of-domain | alexa que tinta usar em parede com mofo | FB
out-of-domain | alexa quanto tempo o cloro demora pra baixar | FB
out-of-domain | alexa qual é a capital que sedia a fórmula um no brasil | FB
out-of-domain | alexa onde fica a embaixada da frança em brasília | FB
out-of-domain | alexa qual é o telefone do consulado do japão | FB
out-of-domain | alexa como tirar passaporte | FB
out-of-domain | alexa preciso de visto pra ir pro canadá | FB
out-of-domain | alexa quanto custa uma passagem pra santiago | FB
out-of-domain | alexa qual a melhor época pra ir pra buenos aires | FB
out-of-domain | alexa o que fazer em lisboa num fim de semana | FB
out-of-domain | alexa qual é a comida típica do peru | FB
out-of-domain | alexa qual o prato típico de budapeste | FB
out-of-domain | alexa em que continente fica o egito | FB
out-of-domain | alexa em que país fica a torre eiffel | FB
out-of-domain | alexa onde fica machu picchu | FB
out-of-domain | alexa qual é o gentílico de quem nasce em madagascar | FB
out-of-domain | alexa quem nasce na costa rica é o quê | FB
out-of-domain | alexa quantos fusos horários tem a rússia | FB
out-of-domain | alexa qual é o ponto mais alto da bolívia | FB
out-of-domain | alexa qual o maior lago da áfrica | FB
out-of-domain | alexa qual é a capital com mais museus | FB
out-of-domain | alexa qual capital fica mais perto do polo sul | FB
out-of-domain | alexa qual é a capital mais ao norte do planeta | FB
out-of-domain | alexa quantas capitais tem na américa do sul | FB
out-of-domain | alexa quais países não têm capital | FB
out-of-domain | alexa por que a capital da austrália não é sydney | FB
out-of-domain | alexa por que brasília foi construída | FB
out-of-domain | alexa em que ano a capital mudou pra brasília | FB
out-of-domain | alexa quando o rio deixou de ser capital | FB
out-of-domain | alexa qual era a capital do brasil antes de salvador | FB
out-of-domain | alexa qual é a capital do estado de ribeirão preto | FB
out-of-domain | alexa qual é a capital de fernando de noronha | FB
out-of-domain | alexa qual é a capital do sertão | FB
out-of-domain | alexa qual é a capital do pagode | FB
out-of-domain | alexa qual é a capital gaúcha do chimarrão | FB
out-of-domain | alexa qual a capital do sorvete | FB
out-of-domain | alexa qual é a capital da bicicleta no brasil | FB
out-of-domain | alexa qual é a capital brasileira do balé | FB
out-of-domain | alexa capital de giro o que é | FB
out-of-domain | alexa como calcular o capital de giro da loja | FB
out-of-domain | alexa o que é letra maiúscula capital | FB
out-of-domain | alexa toca o hino nacional da coreia do sul | FB
out-of-domain | alexa quem ganhou a eleição na argentina | FB
out-of-domain | alexa quantos anos tem a rainha da dinamarca | FB
out-of-domain | alexa o que aconteceu na palestina hoje | FB
out-of-domain | alexa notícias da coreia do norte | FB
out-of-domain | alexa qual é a moeda da malásia | FB
out-of-domain | alexa qual língua se fala na áfrica do sul | FB
out-of-domain | alexa quantas línguas oficiais tem a bolívia | FB
out-of-domain | alexa o que significa a palavra holanda | FB
out-of-domain | alexa qual o rio que separa os dois congos | FB
out-of-domain | alexa qual a diferença entre holanda e países baixos | FB
out-of-domain | alexa me acorda às cinco e meia | FB
out-of-domain | alexa desativa o alarme | FB
out-of-domain | alexa quanto falta pro meu timer | FB
out-of-domain | alexa modo não perturbe | FB
out-of-domain | alexa toca um forró pé de serra | FB
out-of-domain | alexa toca a playlist da academia | FB
out-of-domain | alexa repete a música | FB
out-of-domain | alexa quem canta essa música | FB
out-of-domain | alexa faz um barulho de peido | FB
out-of-domain | alexa imita um gato | FB
out-of-domain | alexa fala um trava-língua | FB
out-of-domain | alexa me faz uma charada | FB
out-of-domain | alexa cara ou coroa | FB
out-of-domain | alexa escolhe um número de um a dez | FB
out-of-domain | alexa rola um dado | FB
out-of-domain | alexa qual a senha do meu banco | FB
out-of-domain | alexa quanto tem na minha conta | FB
out-of-domain | alexa paga a conta de luz | FB
out-of-domain | alexa liga a tv na globo | FB
out-of-domain | alexa muda pro canal de esportes | FB
out-of-domain | alexa qual o filme em cartaz no shopping | FB
out-of-domain | alexa a farmácia tá aberta agora | FB
out-of-domain | alexa qual o remédio pra dor de cabeça | FB
out-of-domain | alexa quantos ml de água eu bebo por dia | FB
out-of-domain | alexa me lembra de tomar o remédio às oito | FB
out-of-domain | alexa qual é o santo do dia | FB
out-of-domain | alexa reza um pai nosso comigo | FB
out-of-domain | alexa qual é a capital da minha cidade | FB
out-of-domain | alexa qual é a capital do bairro | FB
out-of-domain | alexa qual a capital da galáxia | FB
out-of-domain | alexa qual é a capital do pantanal de novo | FB
out-of-domain | alexa qual é a capital de hogwarts | FB
out-of-domain | alexa qual a capital de westeros | FB
out-of-domain | alexa qual é a capital da terra média | FB
out-of-domain | alexa qual é a capital de gotham | FB
out-of-domain | alexa qual é a capital da babilônia | FB
out-of-domain | alexa qual é a capital da mesopotâmia | FB
out-of-domain | alexa qual era a capital do império otomano | FB
out-of-domain | alexa qual era a capital da pérsia antiga | FB
out-of-domain | alexa qual era a capital do império austro-húngaro | FB
out-of-domain | alexa qual a capital da gália | FB
out-of-domain | alexa qual é a capital da flandres | FB
out-of-domain | alexa qual é a capital da valônia | FB
out-of-domain | alexa qual é a capital da patagônia chilena | FB
out-of-domain | alexa qual a capital da terra do fogo | FB
out-of-domain | alexa qual é a capital do saara | FB
out-of-domain | alexa qual a capital do magrebe | FB
out-of-domain | alexa qual é a capital da lapônia | FB
plural-capitals | alexa minha professora falou que a áfrica do sul tem mais de uma capital me fala todas | ZA
plural-capitals | alexa são quantas as capitais da áfrica do sul e como chamam | ZA
plural-capitals | alexa cidade do cabo bloemfontein e qual é a outra capital sul-africana | ZA
plural-capitals | alexa diz aí as capitais todas da áfrica do sul | ZA
plural-capitals | alexa sucre é capital da bolívia e qual é a outra | BO
plural-capitals | alexa as duas capitais da bolívia me lembra | BO
plural-capitals | alexa bolívia capitais | BO
plural-capitals | alexa quais cidades são capitais da bolívia | BO
plural-capitals | alexa amsterdã é capital mas o governo fica em haia me fala as duas capitais holandesas | NL
plural-capitals | alexa holanda capitais | NL
plural-capitals | alexa quais cidades são capitais da holanda | NL
plural-capitals | alexa me lembra as capitais dos países baixos | NL
plural-capitals | alexa malásia capitais | MY
plural-capitals | alexa quais cidades são capitais da malásia | MY
plural-capitals | alexa me lembra as duas capitais malaias | MY
plural-capitals | alexa putrajaya é a capital nova da malásia e qual é a outra | MY
plural-capitals | alexa as capitais da malásia quais são mesmo | MY
plural-capitals | alexa benin capitais | BJ
plural-capitals | alexa quais cidades são capitais do benin | BJ
plural-capitals | alexa costa do marfim capitais | CI
plural-capitals | alexa quais cidades são capitais da costa do marfim | CI
plural-capitals | alexa yamoussoukro e abidjan são as duas capitais da costa do marfim né | CI
plural-capitals | alexa sri lanka capitais | LK
plural-capitals | alexa quais cidades são capitais do sri lanka | LK
plural-capitals | alexa essuatíni capitais | SZ
plural-capitals | alexa quais cidades são capitais da suazilândia | SZ
plural-capitals | alexa me lembra as capitais da suazilândia | SZ
plural-capitals | alexa me lembra as capitais do benin | BJ
plural-capitals | alexa me lembra as capitais do sri lanka | LK
plural-capitals | alexa me lembra as capitais da costa do marfim | CI
plural-capitals | alexa me lembra as capitais da áfrica do sul | ZA
launch | alexa abre aí o capitais do mundo que eu quero treinar pra prova | LAUNCH
launch | alexa quero estudar com o capitais do mundo | LAUNCH
launch | alexa chama aquele capitais do mundo do meu filho | LAUNCH
launch | alexa abre o capitais do mundo que a vó quer brincar | LAUNCH
launch | alexa liga aquele jogo capitais do mundo | LAUNCH
launch | alexa dá play no capitais do mundo | LAUNCH
launch | alexa pode iniciar o capitais do mundo agora | LAUNCH
launch | alexa abre a brincadeira capitais do mundo | LAUNCH
launch | alexa bota aí capitais do mundo | LAUNCH
launch | alexa solta o capitais do mundo | LAUNCH
launch | alexa manda o capitais do mundo | LAUNCH
launch | alexa vai capitais do mundo | LAUNCH
launch | alexa boa tarde quero o capitais do mundo | LAUNCH
launch | alexa boa noite abre o capitais do mundo | LAUNCH
launch | alexa oi abre capitais do mundo | LAUNCH
launch | alexa ei capitais do mundo | LAUNCH
launch | alexa abre o app capitais do mundo | LAUNCH
launch | alexa abre o aplicativo capitais do mundo | LAUNCH
launch | alexa volta pro capitais do mundo | LAUNCH
launch | alexa de novo capitais do mundo | LAUNCH
launch | alexa quero brincar de capitais do mundo | LAUNCH
launch | alexa vamos brincar de capitais do mundo com as crianças | LAUNCH
launch | alexa inicia o jogo das capitais capitais do mundo | LAUNCH
launch | alexa abre o capitais do mundo no quarto | LAUNCH
launch | alexa conecta capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo rapidinho | LAUNCH
launch | alexa quero testar o capitais do mundo | LAUNCH
launch | alexa vamos lá capitais do mundo | LAUNCH
launch | alexa começa o quiz capitais do mundo | LAUNCH
launch | alexa por favor capitais do mundo | LAUNCH
stop | alexa já tá bom pode encerrar o jogo | STOP
stop | alexa encerra a brincadeira | STOP
stop | alexa chega de capital por hoje | STOP
stop | alexa pode fechar o jogo das capitais | STOP
stop | alexa vou dormir encerra | STOP
stop | alexa tô saindo pode parar | STOP
stop | alexa terminei pode fechar | STOP
stop | alexa cansei pode parar | STOP
stop | alexa sai do jogo | STOP
stop | alexa desliga o jogo das capitais | STOP
stop | alexa fecha tudo | STOP
stop | alexa encerra a sessão | STOP
cancel | alexa cancela essa que eu errei o país | CANCEL
cancel | alexa não não cancela essa aí | CANCEL
cancel | alexa esquece essa pergunta | CANCEL
cancel | alexa cancela perguntei errado | CANCEL
cancel | alexa volta cancela | CANCEL
cancel | alexa cancela o que eu pedi | CANCEL
cancel | alexa pera cancela | CANCEL
cancel | alexa deixa essa pra lá | CANCEL
cancel | alexa não quero saber mais cancela | CANCEL
cancel | alexa cancela foi sem querer | CANCEL
cancel | alexa falei errado esquece | CANCEL
cancel | alexa cancela essa pergunta boba | CANCEL
help | alexa não sei jogar esse negócio | HELP
help | alexa o que esse capitais do mundo faz | HELP
help | alexa como que pergunta a capital de um estado | HELP
help | alexa posso perguntar de estado também | HELP
help | alexa me dá uma dica de como usar | HELP
help | alexa explica pra minha mãe como funciona | HELP
help | alexa quais perguntas eu posso fazer pro capitais do mundo | HELP
help | alexa ajuda com o jogo das capitais | HELP
help | alexa me ajuda que eu não entendi nada | HELP
help | alexa como faço pra perguntar o país pela capital | HELP
official-name | alexa capital da república do sudão do sul | SS
official-name | alexa qual é a capital da república de singapura | SG
official-name | alexa capital da república da indonésia | ID
official-name | alexa qual a capital da república das filipinas | PH
official-name | alexa capital da república federal da somália | SO
official-name | alexa qual é a capital da república do iêmen | YE
official-name | alexa qual é a capital do estado do catar | QA
official-name | alexa capital do sultanato de omã | OM
official-name | alexa qual é a capital do estado de israel | IL
official-name | alexa capital da república da turquia | TR
official-name | alexa qual é a capital da república da costa do marfim | CI
official-name | alexa capital da república do benin | BJ
official-name | alexa qual é a capital da federação da malásia | MY
official-name | alexa capital da república federal da alemanha | DE
official-name | alexa qual é a capital da república francesa | FR
official-name | alexa capital da república italiana | IT
official-name | alexa qual a capital do reino da espanha | ES
official-name | alexa capital da comunidade da austrália | AU
everyday-name | alexa qual a capital da terra dos cangurus | AU
everyday-name | alexa capital da terra do sol nascente | JP
everyday-name | alexa qual é a capital do país das tulipas | NL
everyday-name | alexa qual a capital da terra da rainha | GB
everyday-name | alexa capital do país dos faraós | EG
everyday-name | alexa qual a capital da terrinha | PT
everyday-name | alexa qual a capital da república das bananas | FB
everyday-name | alexa qual é a capital da costa dos escravos | FB
everyday-name | alexa capital do kosovo sérvio | XK
everyday-name | alexa qual é a capital da coreia do norte do kim jong | KP
everyday-name | alexa capital do congo do mobutu | CD
everyday-name | alexa qual é a capital da bósnia herzegovina | BA
everyday-name | alexa capital das arábias | SA
everyday-name | alexa qual é a capital da índia britânica | FB
shared-name | alexa qual é a capital de guiné conacri | GN
shared-name | alexa capital do congo kinshasa e do congo brazzaville | CD+CG
shared-name | alexa qual a capital das duas coreias | KP+KR
shared-name | alexa capital da coreia a do norte e a do sul | KP+KR
shared-name | alexa qual é a capital do timor | TL
shared-name | alexa capital de são vicente o país | VC
shared-name | alexa qual é a capital do país luxemburgo | LU
shared-name | alexa qual é a capital de san marino | SM
shared-name | alexa capital da cidade do vaticano | VA
shared-name | alexa qual é a capital de montenegro | ME
shared-name | alexa capital do panamá o país | PA
shared-name | alexa qual é a capital de kiribati | KI
plural-capitals | alexa a suazilândia que agora chama essuatíni tem quantas capitais e quais | SZ
plural-capitals | alexa mbabane é uma das capitais de essuatíni qual é a outra | SZ
plural-capitals | alexa fala as capitais do reino de essuatíni as duas | SZ
plural-capitals | alexa as capitais da suazilândia juntas quais são | SZ
plural-capitals | alexa o sri lanka tem capital administrativa e comercial quais são | LK
plural-capitals | alexa fala as capitais do ceilão as duas | LK
plural-capitals | alexa sri jayawardenepura kotte e colombo são capitais do sri lanka né | LK
plural-capitals | alexa as duas capitais do sri lanka juntas | LK
plural-capitals | alexa fala as capitais do benim as duas | BJ
plural-capitals | alexa o benin tem capital oficial e capital de governo quais são | BJ
plural-capitals | alexa cotonou é capital do benin e qual é a outra | BJ
plural-capitals | alexa fala as capitais da costa do marfim as duas | CI
plural-capitals | alexa a costa do marfim tem capital oficial e econômica quais são | CI
plural-capitals | alexa fala as capitais da bolívia as duas | BO
plural-capitals | alexa fala as capitais da malásia as duas | MY
chaveiro | alexa o cliente tem sotaque de barbados qual a capital | BB
vidraceiro | alexa o vidro da igreja veio de belize qual é a capital | BZ
lavanderia | alexa a toalha de praia tem a bandeira de kiribati qual a capital | KI
chaveiro | alexa o turista do cruzeiro é de são cristóvão e névis qual é a capital de lá | KN
chaveiro | alexa a chave do cofre veio de santa lúcia qual a capital | LC
pintor | alexa o cliente rico é de luxemburgo qual é a capital | LU
lava-jato | alexa o carro com placa de montenegro qual é a capital | ME
chaveiro | alexa o navio passou pelo canal do panamá qual a capital do panamá | PA
sapateiro | alexa o sapato do cliente veio de san marino qual a capital | SM
vidraceiro | alexa o vitral é de el salvador qual a capital de lá | SV
lavanderia | alexa a camiseta é de tuvalu qual é a capital | TV
chaveiro | alexa o cliente é de são vicente e granadinas qual a capital | VC
"""

if __name__ == "__main__":
    build_round(53, "pt", LINES, sys.argv, "tests/Eval/pt/round53/source/build_corpus.py")
