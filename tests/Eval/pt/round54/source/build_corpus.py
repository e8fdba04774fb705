"""Round 54, Brazilian Portuguese (pt-BR): a new author's own mix, written blind in the sixty-second session (brief
WRITER70.md), for this session's tuner.

Chosen apart from round 53's groups (a postman sorting mail, a self-service laundry, a glazier, a locksmith, a florist,
a car wash, a greengrocer's, a children's ballet class, IT support, a pet shop's grooming, a cobbler, a second-hand
bookshop, a notary's office, a gardener, a pool cleaner, a bicycle shop, a house painter, a church-hall knitting circle,
beach lifeguards, an ice-cream parlour, islanders of Fernando de Noronha, riverside communities of the Amazon, Ribeirão
Preto and the sugar-and-ethanol interior of São Paulo, Filipino domestic workers and seafarers' families, Spaniards,
Iranians, Turks) and from the groups it lists as avoided (round 52's: street sweepers and rubbish collectors, a
city-bus fare collector, a roadside tyre repairer, a butcher's counter, churrascaria waiters, a barbershop, a joiner's
workshop, a house electrician, street vendors, a day cleaner and her employer, sugar-cane cutters, a beekeeper, a forró
band, an organised football supporters' group, a single father at dinner time, a fire station, a restaurant kitchen, a
school science fair, Pantanal cattle drovers, a quilombola community, santistas, the west of Santa Catarina around
Chapecó, Campos dos Goytacazes and Macaé, Paraguayan seamstresses in São Paulo, Lithuanian-Brazilians of Vila Zelina,
East Timorese students, Mexican expats, British expats; round 51's: street-market stallholders, a building site,
motorcycle couriers, a lottery shop queue, a pharmacy counter, a car repair shop, a vet's waiting room, a dentist's
waiting room, election poll workers, IBGE census takers, adult night school, blind users, a school festa junina, a
couple planning a wedding, a pregnant woman choosing names, insomnia at three in the morning, a fee-fishing pond and
camping, a seamstress, a tattoo studio, caipira speech of Piracicaba, the north of Paraná, the Uruguayan border at
Santana do Livramento, Dutch-Brazilians of Holambra and Carambeí, Finnish-Brazilians of Penedo, Greek-Brazilians,
Mozambican students, Bissau-Guinean students at UNILAB, American expats; round 50's: truck drivers, night-shift
nursing, a call centre, a beauty salon, a bakery, a pre-university course, a pub quiz, the board game War, adedonha,
crosswords, exchange students, home office, moving house, the office bolão, a gym, an escape room, fourth-grade
homework, piauienses, alagoanos, sergipanos, the Baixada Fluminense, Pomeranian-Brazilians, German-Brazilians of
Blumenau, Jewish families of Bom Retiro, Armenian-Brazilians, Indian IT workers, French expats, Chileans,
Russian-speaking learners; round 49's: radio amateurs, stamp collectors, cruise-ship crew, flight attendants, a public
library, a community radio, a vaccination clinic, a chess club, a company karaoke, a geography teacher, a kindergarten,
Formula 1 fans, marathon runners, surfers, a podcast, an export company, backpackers, a hotel reception, the "tia do
zap", a retired geography teacher, paraibanos, brasiguaios, an Italian-Brazilian nonna, Argentines in Búzios, Colombian
students, Peruvian cooks, Nigerian traders, Bangladeshi meat-plant workers, Afghan refugees; and rounds 48, 47 and
46's: dock workers, metalworkers, caiçaras, Parintins, rodeo, law office, barracks, recycling, capoeira, Korean-,
Chinese-, Portuguese-, Cape Verdean, Congolese, Senegalese, Cuban, Ukrainian, Polish, nikkei, Bolivian, Haitian,
Venezuelan, Syrian-Lebanese and Angolan families, teenagers' slang, grandparents, app drivers, doormen, churches,
travel agencies, samba schools, the sticker album, quiz apps, gamers, gincanas, and the regional groups gaúchos,
baianos, pernambucanos, paulistanos, capixabas, cuiabanos, sul-mato-grossenses, brasilienses, potiguares, paraenses,
maranhenses, mineiros, goianos, cariocas, manauaras, cearenses, curitibanos, manezinhos and the small Northern states).

Work and situations (each its own family): a watch repairer ("pulseira", "trocando a bateria", "fuso horário",
"relógio de bolso"); an optician's ("armação", "lente", "medindo o grau"); a fishmonger's ("bacalhau", "posta",
"camarão importado", "escama"); a wine shop ("tinto", "safra", "rótulo", "sommelier"); a vehicle-and-documents
despachante ("visto", "passaporte", "apostilado", "taxa do detran"); a plumber ("registro", "vazamento", "caixa
d'água", "ducha"); a coffee grower ("saca", "arábica", "robusta", "terreiro"); a sworn translator ("tradução
juramentada", "certidão", "diploma"); a currency-exchange desk ("cotação", "euro turismo", "franco cfa"); a museum guide
("acervo", "visita guiada", "sala egípcia"); a driving school ("baliza", "instrutor", "prova do detran"); a pizzeria
("pizzaiolo", "muçarela", "calabresa", "o forno apitou"); a craft brewery ("ipa", "lúpulo", "brassagem", "trapista");
a pest-control man ("cupim", "escorpião", "dedetização"); a print shop ("banner", "cartão de visita", "panfletos", "a
impressora travou"); a yoga studio ("namastê", "tapetinho", "postura do guerreiro"); amateur astronomers ("luneta",
"eclipse", "observatório"); fish-keepers ("ciclídeo", "betta", "ph ideal").

Regions, migrants and learners: tour guides and shopkeepers of Foz do Iguaçu ("cataratas", "ponte da amizade",
"tríplice fronteira", "itaipu"); Petrópolis, the imperial city of the serra ("museu imperial", "a princesa isabel",
"frio na serra"); Italian expats ("allora", "dai", "ecco", "magari", "senti"); Japanese expats from Japan, not nikkei
("etto", "sumimasen", "hai"); Moroccans ("wakha", "safi", "inshallah"); South Africans ("howzit", "ja nee", "lekker",
"braai"); Malaysians ("lah", "alamak", "boleh").

Yes/no checks expect the place asked about, right or wrong; self-corrections expect the last place named after the
marker; reverse questions CITY:<capital> as languages/pt.json names it; a bare shared name every place in ordinal
order, a qualified one the place the qualifier picks. Launch lines use the invocation name "capitais do mundo".

Built by round12_hinl_corpus.py (build_round with round 54's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
subdivision | alexa ô qual que é a capital {} mesmo | do tocantins=BR-TO; de rondônia=BR-RO; do amapá=BR-AP
subdivision | alexa minha sogra mora {} qual é a capital de lá | no espírito santo=BR-ES; na paraíba=BR-PB; no ceará=BR-CE
subdivision | alexa vou prestar concurso {} qual a capital desse estado | no mato grosso do sul=BR-MS; na bahia=BR-BA; em minas gerais=BR-MG
subdivision | alexa capital {} é qual cidade mesmo | do rio grande do sul=BR-RS; de são paulo=BR-SP; do rio de janeiro=BR-RJ
subdivision | alexa me diz rapidinho a capital {} | do texas=US-TX; da califórnia=US-CA; da flórida=US-FL
subdivision | alexa qual a capital do estado {} nos eua | de nova york=US-NY; do alasca=US-AK; da pensilvânia=US-PA
subdivision | alexa sabia que a capital {} não é a cidade mais famosa qual é | de illinois=US-IL; do kentucky=US-KY; de michigan=US-MI
subdivision | alexa qual é a capital da escócia | GB-SCT
subdivision | alexa a irlanda do norte tem capital qual é | GB-NIR
subdivision | alexa capital {} no canadá qual é | do ontário=CA-ON; do quebec=CA-QC; da colúmbia britânica=CA-BC
subdivision | alexa qual a capital {} na austrália | de queensland=AU-QLD; da tasmânia=AU-TAS; de vitória=AU-VIC
subdivision | alexa qual a capital {} na alemanha | da baviera=DE-BY; de baden-württemberg=DE-BW; da baixa saxônia=DE-NI
subdivision | alexa qual é a capital {} lá na índia | de goa=IN-GA; de kerala=IN-KL; do rajastão=IN-RJ
subdivision | alexa qual é a capital {} no méxico | de jalisco=MX-JAL; de iucatã=MX-YUC; de oaxaca=MX-OAX
subdivision | alexa qual é a capital da patagônia | FB
subdivision | alexa qual é a capital da sicília | FB
subdivision | alexa qual é a capital do país basco | FB
subdivision | alexa qual a capital da provença | FB
subdivision | alexa qual é a capital da groenlândia | GL
subdivision | alexa porto rico tem capital qual é | PR
subdivision | alexa qual a capital da polinésia francesa | PF
subdivision | alexa capital da guiana francesa é caiena né | GF
subdivision | alexa qual é a capital do distrito federal | BR-DF
subdivision | alexa qual é a capital da terra nova | CA-NL
subdivision | alexa qual a capital de ilhas faroé | FO
subdivision | alexa e a capital da ilha de man | IM
subdivision | alexa qual é a capital do saara ocidental | EH
subdivision | alexa qual a capital da baixa califórnia | MX-BCN
subdivision | alexa qual a capital da nova caledônia | NC
subdivision | alexa qual a capital das bermudas | BM
plural-capitals | alexa quais são as capitais da áfrica do sul | ZA
plural-capitals | alexa a áfrica do sul tem três capitais quais são | ZA
plural-capitals | alexa me fala as três capitais sul-africanas | ZA
plural-capitals | alexa quais as capitais da áfrica do sul todas elas | ZA
plural-capitals | alexa quantas e quais capitais tem a áfrica do sul | ZA
plural-capitals | alexa quais são as duas capitais da bolívia | BO
plural-capitals | alexa a bolívia tem duas capitais né quais são | BO
plural-capitals | alexa capitais da bolívia sucre e mais qual | BO
plural-capitals | alexa me diz as capitais bolivianas | BO
plural-capitals | alexa quais as capitais da bolívia a oficial e a do governo | BO
plural-capitals | alexa quais são as capitais da holanda | NL
plural-capitals | alexa a holanda tem duas capitais quais | NL
plural-capitals | alexa quais as capitais dos países baixos | NL
plural-capitals | alexa me fala as duas capitais holandesas | NL
plural-capitals | alexa amsterdã e qual outra são as capitais da holanda | NL
plural-capitals | alexa quais são as capitais da malásia | MY
plural-capitals | alexa a malásia tem duas capitais me fala as duas | MY
plural-capitals | alexa capitais da malásia quais são | MY
plural-capitals | alexa kuala lumpur e qual a outra capital da malásia | MY
plural-capitals | alexa me diz as capitais malaias | MY
plural-capitals | alexa quais são as capitais do benin | BJ
plural-capitals | alexa o benin tem duas capitais quais são | BJ
plural-capitals | alexa me fala as capitais do benim | BJ
plural-capitals | alexa quais as duas capitais da costa do marfim | CI
plural-capitals | alexa a costa do marfim tem quantas capitais e quais | CI
plural-capitals | alexa capitais da costa do marfim por favor | CI
plural-capitals | alexa quais são as capitais do sri lanka | LK
plural-capitals | alexa o sri lanka tem duas capitais me diz quais | LK
plural-capitals | alexa as capitais do sri lanka quais são | LK
plural-capitals | alexa quais são as capitais do essuatíni | SZ
plural-capitals | alexa a suazilândia tem duas capitais quais são | SZ
plural-capitals | alexa me diz as capitais do eswatini | SZ
plural-capitals | alexa quais são as capitais de todos os países que têm mais de uma | FB
plural-capitals | alexa quais as capitais da áfrica do sul e da bolívia | BO+ZA
help | alexa me ajuda a usar as capitais do mundo | HELP
help | alexa como é que funciona isso aqui | HELP
help | alexa o que eu posso perguntar pra você | HELP
help | alexa não entendi como usa me explica | HELP
help | alexa preciso de ajuda com essa skill | HELP
help | alexa quais comandos eu posso falar | HELP
help | alexa me dá umas instruções | HELP
help | alexa tô perdido o que eu faço agora | HELP
help | alexa ajuda aí por favor | HELP
help | alexa me ensina a perguntar uma capital | HELP
help | alexa como eu pergunto a capital de um país | HELP
help | alexa o que essa skill sabe fazer | HELP
help | alexa me dá um exemplo de pergunta | HELP
help | alexa socorro não sei mexer nisso | HELP
help | alexa explica de novo como funciona | HELP
help | alexa que tipo de pergunta você responde | HELP
help | alexa tem algum manual disso | HELP
help | alexa me orienta aí como faz | HELP
help | alexa o que eu falo pra saber uma capital | HELP
help | alexa como faço pra usar o jogo das capitais | HELP
help | alexa me ajuda não sei o que dizer | HELP
help | alexa pode me dar uma dica de como usar | HELP
help | alexa opções por favor | HELP
help | alexa o que mais dá pra fazer aqui | HELP
stop | alexa pode parar | STOP
stop | alexa para tudo | STOP
stop | alexa chega por hoje | STOP
stop | alexa já deu obrigado | STOP
stop | alexa encerra aí | STOP
stop | alexa desliga isso | STOP
stop | alexa fecha as capitais do mundo | STOP
stop | alexa sai dessa skill | STOP
stop | alexa pode encerrar valeu | STOP
stop | alexa tá bom pode parar agora | STOP
stop | alexa acabou a brincadeira | STOP
stop | alexa para de falar | STOP
stop | alexa silêncio por favor | STOP
stop | alexa termina aí | STOP
stop | alexa não quero mais pode sair | STOP
stop | alexa fim | STOP
stop | alexa finaliza | STOP
stop | alexa chega de capital | STOP
stop | alexa para com isso já | STOP
stop | alexa tchau | STOP
stop | alexa obrigado era só isso | STOP
stop | alexa pode ir embora | STOP
stop | alexa sair do jogo | STOP
cancel | alexa cancela | CANCEL
cancel | alexa cancela isso | CANCEL
cancel | alexa deixa pra lá | CANCEL
cancel | alexa esquece o que eu falei | CANCEL
cancel | alexa cancela a pergunta | CANCEL
cancel | alexa não era isso cancela | CANCEL
cancel | alexa desconsidera | CANCEL
cancel | alexa anula essa | CANCEL
cancel | alexa cancelar por favor | CANCEL
cancel | alexa esquece | CANCEL
cancel | alexa deixa quieto | CANCEL
cancel | alexa cancela aí rapidinho | CANCEL
cancel | alexa nada não deixa | CANCEL
cancel | alexa volta não quero mais essa | CANCEL
cancel | alexa cancela tudo | CANCEL
cancel | alexa desiste dessa | CANCEL
cancel | alexa ignora a última | CANCEL
cancel | alexa cancela a busca | CANCEL
cancel | alexa pode cancelar | CANCEL
cancel | alexa não precisa mais cancela | CANCEL
cancel | alexa foi sem querer cancela | CANCEL
cancel | alexa opa cancela | CANCEL
launch | alexa abre capitais do mundo | LAUNCH
launch | alexa abrir capitais do mundo | LAUNCH
launch | alexa inicia capitais do mundo | LAUNCH
launch | alexa iniciar o capitais do mundo | LAUNCH
launch | alexa começa capitais do mundo | LAUNCH
launch | alexa quero jogar capitais do mundo | LAUNCH
launch | alexa bora capitais do mundo | LAUNCH
launch | alexa liga o capitais do mundo | LAUNCH
launch | alexa chama capitais do mundo | LAUNCH
launch | alexa carrega capitais do mundo | LAUNCH
launch | alexa roda capitais do mundo | LAUNCH
launch | alexa executa capitais do mundo | LAUNCH
launch | alexa abre a skill capitais do mundo | LAUNCH
launch | alexa entra no capitais do mundo | LAUNCH
launch | alexa vamos de capitais do mundo | LAUNCH
launch | alexa põe capitais do mundo | LAUNCH
launch | alexa me abre o capitais do mundo por favor | LAUNCH
launch | alexa quero usar capitais do mundo | LAUNCH
launch | alexa ativa capitais do mundo | LAUNCH
launch | alexa ativar a skill capitais do mundo | LAUNCH
launch | alexa toca capitais do mundo | LAUNCH
launch | alexa abre aquele capitais do mundo | LAUNCH
launch | alexa iniciar skill capitais do mundo | LAUNCH
launch | alexa capitais do mundo por favor | LAUNCH
launch | alexa pede pro capitais do mundo começar | LAUNCH
launch | alexa vamos jogar o capitais do mundo | LAUNCH
launch | alexa abre o jogo capitais do mundo | LAUNCH
launch | alexa chama o capitais do mundo aí | LAUNCH
launch | alexa capitais do mundo abrir | LAUNCH
launch | alexa quero brincar de capitais do mundo | LAUNCH
launch | alexa começar capitais do mundo agora | LAUNCH
launch | alexa boa noite abre capitais do mundo | LAUNCH
launch | alexa bom dia inicia o capitais do mundo | LAUNCH
launch | alexa ô abre lá o capitais do mundo | LAUNCH
launch | alexa pergunta pro capitais do mundo | LAUNCH
follow-up | e {} | da mongólia=MN; do cazaquistão=KZ; do quirguistão=KG
follow-up | e a {} | da letônia=LV; da lituânia=LT; da estônia=EE
follow-up | agora {} | do uzbequistão=UZ; do turcomenistão=TM; do tadjiquistão=TJ
follow-up | e {} agora | o nepal=NP; o butão=BT; o laos=LA
follow-up | e pra {} | palestina=PS; coreia do norte=KP; coreia do sul=KR
follow-up | tá e {} | do congo kinshasa=CD; do congo brazzaville=CG; de angola=AO
follow-up | mais uma {} | do gabão=GA; do chade=TD; do níger=NE
follow-up | e a capital {} | da eritreia=ER; da somália=SO; do djibuti=DJ
follow-up | outra {} | da guiana=GY; do suriname=SR; de belize=BZ
follow-up | agora me fala a da {} | hungria=HU; romênia=RO; bulgária=BG
follow-up | e a da {} | moldávia=MD; bielorrússia=BY; ucrânia=UA
follow-up | e o {} | catar=QA; omã=OM; barein=BH
follow-up | e da palestina | PS
yes-no-check | alexa {} | a capital da austrália é sydney=AU; a capital do canadá é toronto=CA; a capital da turquia é istambul=TR
yes-no-check | alexa é verdade que {} | a capital da suíça é berna=CH; a capital do marrocos é rabat=MA; a capital da nigéria é lagos=NG
yes-no-check | alexa confirma pra mim se {} | a capital do paquistão é karachi=PK; a capital do vietnã é hanói=VN; a capital da tanzânia é dodoma=TZ
yes-no-check | alexa {} ou não | brasília é a capital do brasil=BR; pequim é a capital da china=CN; buenos aires é a capital da argentina=AR
yes-no-check | alexa tô certo que {} | seul é a capital da coreia do sul=KR; pyongyang é a capital da coreia do norte=KP; kinshasa é a capital do congo democrático=CD
yes-no-check | alexa será que {} | brazzaville é a capital da república do congo=CG; ramallah é a capital da palestina=PS; haia é capital da holanda=NL
yes-no-check | alexa a capital de mianmar ainda é rangum | MM
yes-no-check | alexa rio de janeiro já foi capital do brasil né | BR
yes-no-check | alexa a capital da nova zelândia é auckland | NZ
yes-no-check | alexa lagos ainda é a capital nigeriana | NG
yes-no-check | alexa sydney não é a capital né | AU
self-correction | alexa qual é a capital {} hein | da áustria não pera da austrália=AU; da suécia não da suíça=CH; da eslovênia não eslováquia=SK
self-correction | alexa me diz a capital {} | do irã não do iraque=IQ; da gâmbia não da zâmbia=ZM; do níger não nigéria=NG
self-correction | alexa capital {} rapidinho | da colômbia não desculpa da coreia do sul=KR; do chile digo do peru=PE; da índia ops indonésia=ID
self-correction | alexa rapidinho a capital {} | da coreia do sul não não do norte=KP; do congo brazzaville aliás o outro kinshasa=CD; de israel não da palestina=PS
self-correction | alexa qual é a capital da guiné não guiné-bissau | GW
self-correction | alexa capital da mauritânia não maurício | MU
self-correction | alexa qual a capital da dominica não república dominicana | DO
self-correction | alexa capital de granada digo da jamaica | JM
self-correction | alexa a capital da letônia errei lituânia | LT
self-correction | alexa qual é a capital do congo kinshasa não espera brazzaville | CG
self-correction | alexa qual a capital de malta quer dizer mônaco | MC
self-correction | alexa capital do sudão do sul não só sudão | SD
reverse-question | alexa {} é capital de qual país | nairóbi=CITY:Nairóbi; lima=CITY:Lima; caracas=CITY:Caracas
reverse-question | alexa de que país {} é a capital | ulan bator=CITY:Ulan Bator; katmandu=CITY:Katmandu; bishkek=CITY:Bishkek
reverse-question | alexa {} fica em que país é capital de onde | kigali=CITY:Kigali; lusaka=CITY:Lusaka; harare=CITY:Harare
reverse-question | alexa qual país tem {} como capital | pyongyang=CITY:Pyongyang; seul=CITY:Seul; ramallah=CITY:Ramallah
reverse-question | alexa {} é a capital de onde | kinshasa=CITY:Kinshasa; brazzaville=CITY:Brazzaville; windhoek=CITY:Windhoek
reverse-question | alexa tbilisi é capital de que lugar | CITY:Tbilisi
reverse-question | alexa a cidade de montevidéu é capital de qual país | CITY:Montevidéu
reverse-question | alexa assunção é a capital de qual país mesmo | CITY:Assunção
reverse-question | alexa qual o país cuja capital é reykjavík | CITY:Reykjavík
reverse-question | alexa mascate é capital de onde | CITY:Mascate
reverse-question | alexa de qual país a capital é honiara | CITY:Honiara
reverse-question | alexa porto príncipe é capital do haiti ou da república dominicana | CITY:Porto Príncipe
official-name | alexa qual é a capital da {} | república federativa do brasil=BR; república popular da china=CN; federação russa=RU
official-name | alexa capital da {} por favor | república popular democrática da coreia=KP; república da coreia=KR; república democrática do congo=CD
official-name | alexa qual a capital do {} | reino da arábia saudita=SA; reino hachemita da jordânia=JO; reino do camboja=KH
official-name | alexa qual é a capital do estado da palestina | PS
official-name | alexa capital da república do congo | CG
official-name | alexa qual a capital da república árabe síria | SY
official-name | alexa qual a capital dos estados unidos mexicanos | MX
official-name | alexa qual a capital da república islâmica do irã | IR
official-name | alexa capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | alexa qual a capital da confederação suíça | CH
official-name | alexa qual é a capital da república oriental do uruguai | UY
official-name | alexa qual é a capital da república bolivariana da venezuela | VE
official-name | alexa qual é a capital da república da união de mianmar | MM
official-name | alexa capital do grão-ducado de luxemburgo | LU
official-name | alexa qual a capital do reino dos países baixos | NL
official-name | alexa capital da república democrática federal da etiópia | ET
official-name | alexa qual a capital da república unida da tanzânia | TZ
official-name | alexa qual a capital do principado de liechtenstein | LI
everyday-name | alexa qual a capital {} me diz aí | da holanda=NL; da inglaterra=GB-ENG; dos states=US
everyday-name | alexa capital {} qual é | da birmânia=MM; do ceilão=LK; da pérsia=IR
everyday-name | alexa me fala a capital {} | da terra do tio sam=US; da bota=IT; da terra do fado=PT
everyday-name | alexa capital da rússia comunista a antiga urss | FB
everyday-name | alexa qual era a capital da iugoslávia | FB
everyday-name | alexa capital da república tcheca | CZ
everyday-name | alexa qual a capital da costa do marfim aquele país do drogba | CI
everyday-name | alexa qual a capital da bielorússia | BY
everyday-name | alexa capital dos emirados | AE
everyday-name | alexa qual a capital da macedônia | MK
everyday-name | alexa qual é a capital do timor | TL
everyday-name | alexa capital da suazilândia | SZ
everyday-name | alexa qual é a capital do alto volta | BF
everyday-name | alexa capital da rodésia | ZW
everyday-name | alexa qual a capital do daomé | BJ
everyday-name | alexa qual a capital de formosa a ilha | TW
shared-name | alexa qual a capital {} | da coreia=KP+KR; do congo=CD+CG; da geórgia o país=GE
shared-name | alexa me diz a capital {} faz favor | da geórgia dos estados unidos=US-GA; da guiné=GN; de são martinho=MF+SX
shared-name | alexa qual é a capital {} | do congo grande=CD; do congo pequeno=CG; da coreia de lá de cima=KP
shared-name | alexa capital da coreia onde tem o kpop | KR
shared-name | alexa capital do congo que era belga | CD
shared-name | alexa capital do congo que era francês | CG
shared-name | alexa qual a capital das ilhas virgens | VG+VI
shared-name | alexa qual a capital da guiana a francesa | GF
shared-name | alexa qual a capital de washington | US-WA
shared-name | alexa capital de luxemburgo a cidade ou o país | LU
shared-name | alexa qual a capital da samoa | WS
shared-name | alexa capital de samoa americana | AS
shared-name | alexa qual é a capital da guiné equatorial | GQ
shared-name | alexa qual a capital de macedônia do norte | MK
out-of-domain | alexa qual a população {} | de tóquio=FB; da china=FB; de são paulo=FB
out-of-domain | alexa quantos habitantes tem {} | a capital da frança=FB; lisboa=FB; buenos aires=FB
out-of-domain | alexa como tá o tempo {} | em paris=FB; em brasília=FB; lá em londres=FB
out-of-domain | alexa vai chover {} | amanhã=FB; hoje à tarde=FB; no fim de semana=FB
out-of-domain | alexa que horas são {} agora | em tóquio=FB; em nova york=FB; em lisboa=FB
out-of-domain | alexa toca {} | um samba=FB; música do roberto carlos=FB; a rádio nativa=FB
out-of-domain | alexa coloca um timer de {} | dez minutos=FB; meia hora=FB; cinco minutos pro arroz=FB
out-of-domain | alexa qual a moeda {} | do japão=FB; da suíça=FB; da argentina=FB
out-of-domain | alexa que língua se fala {} | na bélgica=FB; no suriname=FB; em angola=FB
out-of-domain | alexa qual é o maior país {} | do mundo=FB; da áfrica=FB; da américa do sul=FB
out-of-domain | alexa tem capital {} qual é | da europa=FB; da ásia=FB; da áfrica=FB
out-of-domain | alexa onde fica a sede {} a capital | do mercosul=FB; da otan=FB; do vinho=FB
out-of-domain | alexa quanto tá {} hoje | o dólar=FB; o euro=FB; a bolsa=FB
out-of-domain | alexa qual o fuso horário {} | do japão=FB; de moscou=FB; da austrália=FB
out-of-domain | alexa qual a distância de são paulo até {} | lisboa=FB; buenos aires=FB; miami=FB
out-of-domain | alexa quem é o presidente {} | da frança=FB; da argentina=FB; dos estados unidos=FB
out-of-domain | alexa qual o prato típico {} | do peru=FB; da tailândia=FB; da grécia=FB
out-of-domain | alexa qual a bandeira {} | do japão=FB; do canadá=FB; do nepal=FB
out-of-domain | alexa quantos países tem {} | a áfrica=FB; a europa=FB; a oceania=FB
out-of-domain | alexa qual o rio mais comprido {} | do mundo=FB; da europa=FB; da áfrica=FB
out-of-domain | alexa põe um alarme pras seis horas | FB
out-of-domain | alexa acende a luz da sala | FB
out-of-domain | alexa apaga a luz do quarto | FB
out-of-domain | alexa aumenta o volume | FB
out-of-domain | alexa abaixa o som | FB
out-of-domain | alexa conta uma piada | FB
out-of-domain | alexa qual foi o placar do flamengo | FB
out-of-domain | alexa adiciona leite na lista de compras | FB
out-of-domain | alexa liga pra minha mãe | FB
out-of-domain | alexa me lembra de tomar remédio às oito | FB
out-of-domain | alexa quantos graus tá lá fora | FB
out-of-domain | alexa qual a montanha mais alta do mundo | FB
out-of-domain | alexa quem descobriu o brasil | FB
out-of-domain | alexa em que ano brasília foi inaugurada | FB
out-of-domain | alexa quantos estados tem o brasil | FB
out-of-domain | alexa qual o país mais populoso do mundo | FB
out-of-domain | alexa qual a cidade mais fria do mundo | FB
out-of-domain | alexa traduz obrigado pra japonês | FB
out-of-domain | alexa como se diz bom dia em russo | FB
out-of-domain | alexa qual o hino da frança | FB
out-of-domain | alexa toca o hino nacional | FB
out-of-domain | alexa qual a receita de pão de queijo | FB
out-of-domain | alexa que dia é hoje | FB
out-of-domain | alexa quanto é sete vezes oito | FB
out-of-domain | alexa quem ganhou a copa de noventa e quatro | FB
out-of-domain | alexa qual a capital mais bonita do mundo | FB
out-of-domain | alexa qual capital tem mais gente | FB
out-of-domain | alexa qual a capital mais alta do mundo | FB
out-of-domain | alexa quantos habitantes tem brasília | FB
out-of-domain | alexa qual o ponto turístico mais famoso de roma | FB
out-of-domain | alexa me recomenda um filme | FB
out-of-domain | alexa toca um podcast de notícias | FB
out-of-domain | alexa qual o significado da palavra capital | FB
out-of-domain | alexa quanto custa uma passagem pra lisboa | FB
out-of-domain | alexa qual é o aeroporto de paris | FB
out-of-domain | alexa qual o telefone da pizzaria | FB
out-of-domain | alexa boa noite | FB
out-of-domain | alexa você me ama | FB
out-of-domain | alexa qual o seu nome | FB
out-of-domain | alexa canta parabéns pra você | FB
out-of-domain | alexa que barulho é esse | FB
out-of-domain | alexa quais são os países que fazem fronteira com o brasil | FB
out-of-domain | alexa qual o idioma oficial da suíça | FB
out-of-domain | alexa qual o continente do egito | FB
out-of-domain | alexa qual a capital do capitalismo | FB
out-of-domain | alexa qual a capital do forró | FB
out-of-domain | alexa qual a capital nacional do café | FB
out-of-domain | alexa qual a capital de atlântida | FB
out-of-domain | alexa qual a capital de wakanda | FB
out-of-domain | alexa qual a capital de nárnia | FB
out-of-domain | alexa quanto é o salário mínimo | FB
out-of-domain | alexa tá frio em curitiba hoje | FB
out-of-domain | alexa liga o ventilador | FB
out-of-domain | alexa qual o ddi da itália | FB
out-of-domain | alexa quem fundou roma | FB
out-of-domain | alexa quantas línguas existem no mundo | FB
out-of-domain | alexa onde fica a torre eiffel | FB
out-of-domain | alexa como chego em brasília de carro | FB
out-of-domain | alexa qual o melhor time do brasil | FB
out-of-domain | alexa lê minhas notificações | FB
out-of-domain | alexa qual o código postal de lisboa | FB
out-of-domain | alexa pausa a música | FB
relojoeiro | alexa o relógio do cliente é {} qual a capital de lá | suíço=CH; japonês=JP; alemão=DE
relojoeiro | alexa tô trocando a bateria de um relógio que veio {} qual a capital | da finlândia=FI; da dinamarca=DK; da áustria=AT
relojoeiro | alexa esse relógio de bolso foi feito {} me diz a capital | na inglaterra=GB-ENG; na rússia=RU; na tchecoslováquia=FB
relojoeiro | alexa a pulseira de couro veio {} qual é a capital | da itália=IT; da argentina=AR; do uruguai=UY
relojoeiro | alexa o fuso horário tá ajustado pra {} qual a capital de lá | coreia do sul=KR; coreia do norte=KP; palestina=PS
relojoeiro | alexa pra acertar o relógio do gringo ele é {} qual a capital | do quênia=KE; da etiópia=ET; de ruanda=RW
relojoeiro | alexa qual a capital da suíça a terra dos relógios | CH
relojoeiro | alexa o cliente trouxe um relógio da áfrica do sul quais as capitais de lá | ZA
relojoeiro | alexa relógio de parede holandês quais são as capitais da holanda | NL
relojoeiro | alexa o cronômetro é de singapura qual a capital | SG
relojoeiro | alexa esse relojão dourado veio de dubai qual a capital dos emirados árabes | AE
relojoeiro | alexa acabei o conserto pode parar | STOP
relojoeiro | alexa fecha aí que chegou cliente | STOP
relojoeiro | alexa o relógio tá atrasado uma hora que horas são | FB
relojoeiro | alexa o selo diz made in hong kong qual a capital de hong kong | HK
relojoeiro | alexa o relógio de cuco é da floresta negra qual a capital da alemanha | DE
relojoeiro | alexa relógio da malásia barato quais as capitais da malásia | MY
relojoeiro | alexa cancela que o cliente voltou | CANCEL
otica | alexa a armação é {} qual a capital de lá | italiana=IT; francesa=FR; dinamarquesa=DK
otica | alexa a lente veio {} qual é a capital desse país | do japão=JP; da coreia do sul=KR; da tailândia=TH
otica | alexa a cliente que tá medindo o grau é {} qual a capital | da venezuela=VE; do paraguai=PY; da bolívia=BO
otica | alexa o óculos de sol que o rapaz quer é {} qual a capital | do méxico=MX; da austrália=AU; da irlanda=IE
otica | alexa o fornecedor de lentes é do congo kinshasa qual a capital | CD
otica | alexa o representante da ótica viajou pro congo brazzaville qual a capital | CG
otica | alexa a armação de titânio veio da coreia do norte isso existe qual a capital de lá | KP
otica | alexa a senhora do exame de vista é palestina qual a capital da palestina | PS
otica | alexa a bolívia tem duas capitais né quais são que a cliente perguntou | BO
otica | alexa o oculista vai num congresso no sri lanka quais são as capitais | LK
otica | alexa ajuda que o cliente quer saber uma capital | HELP
otica | alexa cancela que eu tô atendendo | CANCEL
otica | alexa para que a cliente tá fazendo exame | STOP
otica | alexa a lente de contato é da estônia qual a capital | EE
otica | alexa o estojo diz made in vietnã qual a capital | VN
otica | alexa qual o grau do meu óculos | FB
peixaria | alexa o bacalhau veio {} qual é a capital de lá | da noruega=NO; de portugal=PT; da islândia=IS
peixaria | alexa o salmão é {} qual a capital do país | do chile=CL; da escócia=GB-SCT; da noruega mesmo=NO
peixaria | alexa o camarão importado vem {} qual a capital | do equador=EC; do vietnã mesmo=VN; da indonésia=ID
peixaria | alexa a posta de merluza veio {} capital de lá qual é | da argentina mesmo=AR; da namíbia=NA; do marrocos=MA
peixaria | alexa o polvo é {} qual a capital | da mauritânia=MR; do senegal=SN; da espanha=ES
peixaria | alexa o atum enlatado é {} qual a capital desse lugar | das maldivas=MV; de seicheles=SC; das ilhas salomão=SB
peixaria | alexa a tilápia é de gana qual a capital | GH
peixaria | alexa a sardinha vem de marrocos ou mauritânia qual a capital do marrocos | MA
peixaria | alexa o peixe seco é do cabo verde qual a capital | CV
peixaria | alexa o freguês é sul-africano quais as capitais da áfrica do sul | ZA
peixaria | alexa o fornecedor de enguia é da holanda quais as capitais holandesas | NL
peixaria | alexa a lula congelada veio da coreia do norte qual a capital | KP
peixaria | alexa o pescador falou que pescou no congo qual a capital do congo brazzaville | CG
peixaria | alexa quanto tá o quilo do bacalhau | FB
peixaria | alexa para que tá sujo de escama | STOP
peixaria | alexa me ajuda com essa skill de capital | HELP
adega | alexa o vinho tinto é {} qual a capital | da geórgia o país=GE; da moldávia=MD; da armênia=AM
adega | alexa esse malbec é {} qual a capital de lá | argentino=AR; chileno=CL; uruguaio=UY
adega | alexa o rótulo diz que a safra é {} qual a capital | da hungria=HU; da croácia=HR; da eslovênia=SI
adega | alexa o vinho do porto é de portugal qual a capital | PT
adega | alexa o pinotage vem da áfrica do sul quais as capitais de lá | ZA
adega | alexa o vinho é do líbano qual a capital | LB
adega | alexa esse branco veio da nova zelândia qual a capital | NZ
adega | alexa o cliente quer um vinho do chipre qual a capital | CY
adega | alexa o espumante é da bulgária qual a capital | BG
adega | alexa a cachaça foi pra exportação na coreia do sul qual a capital | KR
adega | alexa o vinho de tâmara vem da palestina qual a capital de lá | PS
adega | alexa o sommelier falou da grécia qual a capital | GR
adega | alexa o vinho doce é de malta qual a capital | MT
adega | alexa qual a melhor safra de vinho | FB
adega | alexa para aí que tô no caixa | STOP
adega | alexa cancela essa pergunta do vinho | CANCEL
adega | alexa o saquê é do japão qual é a capital | JP
despachante | alexa o cliente precisa de visto {} qual a capital | pra índia=IN; pra china=CN; pra rússia=RU
despachante | alexa o passaporte é {} qual é a capital do país | angolano=AO; moçambicano=MZ; guineense de bissau=GW
despachante | alexa o documento vai ser apostilado {} qual a capital | no canadá=CA; na nova zelândia=NZ; na irlanda=IE
despachante | alexa o importador de carro trouxe da coreia do sul qual a capital | KR
despachante | alexa o caminhão vai pra bolívia quais são as capitais bolivianas | BO
despachante | alexa o cliente pediu visto pra coreia do norte tem capital lá qual é | KP
despachante | alexa o refugiado é da república democrática do congo qual a capital | CD
despachante | alexa a firma exporta pra república do congo qual é a capital | CG
despachante | alexa o passaporte palestino é de que capital | PS
despachante | alexa o cliente vai trabalhar na malásia quais as capitais | MY
despachante | alexa a carga vai pro porto de roterdã quais as capitais dos países baixos | NL
despachante | alexa o cliente é do sudão do sul qual a capital | SS
despachante | alexa o documento é do iêmen qual a capital | YE
despachante | alexa o cara é do afeganistão qual a capital | AF
despachante | alexa quanto custa a taxa do detran | FB
despachante | alexa socorro como usa isso | HELP
despachante | alexa cancela que o sistema caiu | CANCEL
despachante | alexa para que o cliente chegou | STOP
encanador | alexa a torneira é {} qual a capital de lá | alemã=DE; italiana mesmo=IT; chinesa=CN
encanador | alexa o registro veio {} qual é a capital | da turquia=TR; da polônia=PL; da índia=IN
encanador | alexa o aquecedor a gás é {} qual a capital | do japão mesmo=JP; da espanha=ES; da suécia=SE
encanador | alexa o dono da casa é do iraque qual a capital | IQ
encanador | alexa a peça do vaso é da tailândia qual a capital | TH
encanador | alexa o cano pvc é da bolívia quais as capitais de lá | BO
encanador | alexa o cliente é da coreia do norte que doideira qual a capital | KP
encanador | alexa o patrão é da palestina qual a capital | PS
encanador | alexa o vizinho é do congo kinshasa qual a capital | CD
encanador | alexa vazamento no banheiro para aí | STOP
encanador | alexa me ajuda a mexer nisso | HELP
encanador | alexa cancela que tô com a mão molhada | CANCEL
encanador | alexa a caixa d'água é do egito qual a capital | EG
encanador | alexa onde compro cano de cobre | FB
encanador | alexa a ducha é da coreia do sul qual a capital | KR
cafeicultor | alexa a saca de café vai {} qual a capital | pra etiópia=ET; pra colômbia=CO; pro vietnã=VN
cafeicultor | alexa o arábica de lá {} qual a capital | da costa rica=CR; da guatemala=GT; de honduras=HN
cafeicultor | alexa o comprador do café é {} qual a capital | da finlândia mesmo=FI; da noruega mesmo=NO; da bélgica=BE
cafeicultor | alexa o comprador é da costa do marfim quais as capitais de lá | CI
cafeicultor | alexa o café robusta vem de uganda qual a capital | UG
cafeicultor | alexa o café do quênia qual a capital | KE
cafeicultor | alexa a colheita em ruanda qual a capital de lá | RW
cafeicultor | alexa o café de el salvador qual a capital | SV
cafeicultor | alexa o café da nicarágua qual a capital | NI
cafeicultor | alexa o café do panamá qual a capital | PA
cafeicultor | alexa o café do iêmen qual a capital | YE
cafeicultor | alexa o café de burundi qual a capital | BI
cafeicultor | alexa o café de papua-nova guiné qual a capital | PG
cafeicultor | alexa o cafezinho do timor-leste qual a capital | TL
cafeicultor | alexa o café da jamaica qual a capital | JM
cafeicultor | alexa quanto tá a saca de café hoje | FB
cafeicultor | alexa para que vou pro terreiro | STOP
cafeicultor | alexa cancela que o trator chegou | CANCEL
tradutor | alexa a certidão pra tradução juramentada é {} qual a capital | da letônia=LV; da lituânia=LT; da albânia=AL
tradutor | alexa o diploma que tô traduzindo é {} qual a capital | da sérvia=RS; da bósnia e herzegovina=BA; de montenegro=ME
tradutor | alexa o cliente da tradução é {} qual a capital de lá | do azerbaijão=AZ; do cazaquistão mesmo=KZ; da geórgia lá do cáucaso=GE
tradutor | alexa o contrato em árabe é da síria qual a capital | SY
tradutor | alexa a certidão de casamento é da jordânia qual a capital | JO
tradutor | alexa o documento em coreano é da coreia do sul qual a capital | KR
tradutor | alexa tô traduzindo um texto da coreia do norte qual é a capital | KP
tradutor | alexa o cliente é da palestina e precisa da capital no documento qual é | PS
tradutor | alexa a tradução do francês é do congo brazzaville qual a capital | CG
tradutor | alexa o outro documento é do congo democrático qual a capital | CD
tradutor | alexa o holandês é do suriname qual a capital | SR
tradutor | alexa o documento é da malásia quais as capitais que eu ponho | MY
tradutor | alexa o texto em africâner é da áfrica do sul quais as capitais | ZA
tradutor | alexa o texto é de kosovo qual a capital | XK
tradutor | alexa o passaporte é da macedônia do norte qual a capital | MK
tradutor | alexa como se traduz capital em inglês | FB
tradutor | alexa me ajuda aqui com as capitais | HELP
tradutor | alexa para que eu preciso concentrar | STOP
tradutor | alexa cancela que errei o país | CANCEL
cambio | alexa o cliente quer trocar {} qual a capital desse país | franco suíço=CH; iene=JP; libra esterlina=GB
cambio | alexa chegou um turista com dinheiro {} qual a capital | do marrocos mesmo=MA; da tailândia mesmo=TH; da turquia mesmo=TR
cambio | alexa a nota de {} é de onde qual a capital | rand da áfrica do sul=ZA; ringgit da malásia=MY; boliviano da bolívia=BO
cambio | alexa o cliente trouxe florim da aruba qual a capital de aruba | AW
cambio | alexa o cliente tem dinar do kuwait qual a capital | KW
cambio | alexa o turista trouxe riyal do catar qual a capital | QA
cambio | alexa o cara quer trocar guarani do paraguai qual a capital | PY
cambio | alexa o turista trouxe won da coreia do sul qual a capital | KR
cambio | alexa o won da coreia do norte vale alguma coisa qual a capital de lá | KP
cambio | alexa o shekel usam na palestina também qual a capital da palestina | PS
cambio | alexa o franco congolês é do congo kinshasa qual a capital | CD
cambio | alexa o franco cfa é usado no congo brazzaville qual a capital | CG
cambio | alexa o euro da holanda antigamente era florim quais as capitais da holanda | NL
cambio | alexa o cliente trouxe rúpia do sri lanka quais as capitais | LK
cambio | alexa quanto tá o euro turismo | FB
cambio | alexa qual a cotação do peso argentino | FB
cambio | alexa cancela que o sistema travou | CANCEL
cambio | alexa para que o gerente chegou | STOP
museu | alexa a múmia da sala egípcia é {} qual a capital | do egito=EG; do sudão=SD; da líbia=LY
museu | alexa a peça do acervo veio {} qual a capital | do peru=PE; da grécia=GR; do irã=IR
museu | alexa na visita guiada a criança perguntou a capital {} | do camboja=KH; de mianmar=MM; do laos mesmo=LA
museu | alexa o quadro é de um pintor {} qual a capital | holandês=NL; belga=BE; norueguês=NO
museu | alexa a máscara africana é do congo qual a capital da república democrática do congo | CD
museu | alexa a estatueta é do congo brazzaville qual é a capital | CG
museu | alexa a cerâmica é da coreia do sul qual a capital | KR
museu | alexa a peça é da palestina antiga qual a capital hoje | PS
museu | alexa a exposição do mali qual a capital | ML
museu | alexa a exposição do benin quais as capitais | BJ
museu | alexa a escultura é do zimbábue qual a capital | ZW
museu | alexa o manuscrito é da etiópia qual a capital | ET
museu | alexa o tapete é do turcomenistão qual a capital | TM
museu | alexa o vaso é do uzbequistão qual a capital | UZ
museu | alexa a coroa é do reino de tonga qual a capital | TO
museu | alexa que horas fecha o museu | FB
museu | alexa para que começou a visita | STOP
museu | alexa me ajuda a responder a criança | HELP
autoescola | alexa o aluno da baliza é {} qual a capital | da venezuela mesmo=VE; do haiti=HT; de cuba=CU
autoescola | alexa o instrutor tirou carteira {} qual a capital de lá | no japão=JP; na alemanha=DE; nos estados unidos=US
autoescola | alexa o carro da autoescola é {} qual a capital | da coreia do sul mesmo=KR; da frança=FR; da suécia mesmo=SE
autoescola | alexa a aluna nova é da coreia do norte acredita qual a capital de lá | KP
autoescola | alexa o aluno é palestino qual a capital da palestina | PS
autoescola | alexa o aluno é do congo kinshasa qual a capital | CD
autoescola | alexa o outro aluno é do congo brazzaville qual a capital | CG
autoescola | alexa o aluno é da república dominicana qual a capital | DO
autoescola | alexa no reino unido dirige na mão inglesa qual a capital | GB
autoescola | alexa a aluna é de trinidad e tobago qual a capital | TT
autoescola | alexa a carteira internacional vale na malásia quais as capitais | MY
autoescola | alexa qual a pontuação da prova do detran | FB
autoescola | alexa para que tô na baliza | STOP
autoescola | alexa cancela a última | CANCEL
autoescola | alexa ajuda com as capitais pra prova | HELP
pizzaria | alexa a muçarela é {} qual a capital | da itália mesmo=IT; da dinamarca mesmo=DK; da holanda mesmo=NL
pizzaria | alexa o pizzaiolo é {} qual a capital de lá | napolitano da itália=IT; argentino mesmo=AR; libanês=LB
pizzaria | alexa o cliente pediu pizza de calabresa e é {} qual a capital | da áfrica do sul=ZA; da bolívia=BO; da malásia=MY
pizzaria | alexa o azeite é da tunísia qual a capital | TN
pizzaria | alexa o orégano é da albânia qual a capital | AL
pizzaria | alexa o tomate pelado é da argélia qual a capital | DZ
pizzaria | alexa o entregador é da guiné-bissau qual a capital | GW
pizzaria | alexa o entregador novo é da coreia do norte qual a capital | KP
pizzaria | alexa o cliente é palestino qual a capital | PS
pizzaria | alexa qual o telefone do delivery | FB
pizzaria | alexa para que o forno apitou | STOP
pizzaria | alexa cancela que é pedido | CANCEL
cervejaria | alexa a ipa é {} qual a capital de lá | belga=BE; tcheca=CZ; irlandesa=IE
cervejaria | alexa o lúpulo vem {} qual a capital | da eslovênia mesmo=SI; da nova zelândia mesmo=NZ; da polônia mesmo=PL
cervejaria | alexa a cerveja trapista é da bélgica qual a capital | BE
cervejaria | alexa o chope é da áustria qual a capital | AT
cervejaria | alexa a lager é de namíbia qual a capital | NA
cervejaria | alexa a cerveja é do laos qual a capital | LA
cervejaria | alexa a stout é da jamaica qual a capital | JM
cervejaria | alexa o cervejeiro é da holanda quais as capitais | NL
cervejaria | alexa a cerveja é da bolívia quais são as capitais | BO
cervejaria | alexa o malte é da lituânia qual a capital | LT
cervejaria | alexa a cerveja de banana é de ruanda qual a capital | RW
cervejaria | alexa qual a temperatura ideal da ipa | FB
cervejaria | alexa para que tá na brassagem | STOP
cervejaria | alexa cancela essa | CANCEL
dedetizador | alexa o cupim veio na madeira {} qual a capital | da indonésia=ID; da malásia=MY; de madagascar=MG
dedetizador | alexa a barata é {} qual a capital | americana=US; alemã mesmo=DE; africana da áfrica do sul=ZA
dedetizador | alexa o veneno é {} qual a capital | da china mesmo=CN; da índia mesmo=IN; da holanda quais as capitais=NL
dedetizador | alexa o mosquito da dengue veio do egito qual a capital | EG
dedetizador | alexa o cliente é da bolívia quais as capitais de lá | BO
dedetizador | alexa o escorpião é do marrocos qual a capital | MA
dedetizador | alexa o cliente é do congo kinshasa qual a capital | CD
dedetizador | alexa o outro cliente é do congo brazzaville qual é a capital | CG
dedetizador | alexa o cliente da dedetização é de botsuana qual a capital | BW
dedetizador | alexa como mata cupim | FB
dedetizador | alexa para que tô de máscara | STOP
dedetizador | alexa cancela aí | CANCEL
grafica | alexa o banner é pra embaixada {} qual a capital | da coreia do sul=KR; do canadá=CA; da noruega=NO
grafica | alexa o cartão de visita é de um cliente {} qual a capital | do líbano=LB; da jordânia=JO; do kuwait=KW
grafica | alexa a impressão é do mapa {} qual a capital | da palestina=PS; da coreia do norte=KP; do congo brazzaville=CG
grafica | alexa o convite é pra festa do congo democrático qual a capital | CD
grafica | alexa a camiseta é da seleção do sri lanka quais as capitais | LK
grafica | alexa a bandeira impressa é de eswatini quais as capitais | SZ
grafica | alexa o folder é de turismo do butão qual a capital | BT
grafica | alexa a faixa é pro time do mali qual a capital | ML
grafica | alexa o adesivo é do nepal qual a capital | NP
grafica | alexa quanto custa mil panfletos | FB
grafica | alexa para que a impressora travou | STOP
grafica | alexa cancela que o cliente mudou | CANCEL
grafica | alexa ajuda | HELP
yoga | alexa namastê a professora aprendeu yoga {} qual a capital | na índia=IN; no nepal=NP; no sri lanka quais as capitais=LK
yoga | alexa no tapetinho a aluna falou que morou {} qual a capital | em bali na indonésia=ID; na tailândia=TH; no butão=BT
yoga | alexa depois da postura do guerreiro me diz a capital {} | das filipinas=PH; do paquistão=PK; de bangladesh=BD
yoga | alexa o retiro de yoga vai ser na costa rica qual a capital | CR
yoga | alexa o incenso é do nepal qual é a capital | NP
yoga | alexa a aula de meditação tem um aluno da coreia do sul qual a capital | KR
yoga | alexa o aluno novo é da coreia do norte qual a capital | KP
yoga | alexa a aluna de yoga é palestina qual a capital | PS
yoga | alexa o mestre de tai chi é da mongólia qual a capital | MN
yoga | alexa toca uma música de meditação | FB
yoga | alexa silêncio que vamos meditar pode parar | STOP
yoga | alexa cancela por favor namastê | CANCEL
yoga | alexa como eu uso essa skill durante a aula | HELP
yoga | alexa o retiro na malásia quais são as capitais | MY
yoga | alexa a aluna veio das maldivas qual a capital | MV
astronomia | alexa o observatório fica {} qual a capital desse país | no chile=CL; nas ilhas canárias da espanha=ES; na namíbia=NA
astronomia | alexa o eclipse vai ser visto {} qual é a capital | no egito=EG; na mongólia=MN; em fiji=FJ
astronomia | alexa o telescópio foi montado {} qual a capital | na áfrica do sul quais as capitais=ZA; na austrália=AU; no havaí=US-HI
astronomia | alexa a base de lançamento fica no cazaquistão qual a capital | KZ
astronomia | alexa o satélite é da coreia do norte qual a capital | KP
astronomia | alexa o foguete é da coreia do sul qual a capital | KR
astronomia | alexa a luneta é da bolívia quais as capitais de lá | BO
astronomia | alexa a estação espacial passa sobre a guiana francesa qual a capital | GF
astronomia | alexa o astrônomo é de quiribati qual a capital | KI
astronomia | alexa o céu mais escuro é em tonga qual a capital | TO
astronomia | alexa qual a próxima lua cheia | FB
astronomia | alexa quando passa o cometa | FB
astronomia | alexa para que vou olhar o céu | STOP
astronomia | alexa cancela que nublou | CANCEL
astronomia | alexa o meteorito caiu na mauritânia qual a capital | MR
aquarismo | alexa o peixe ornamental é {} qual a capital | do malawi=MW; da tanzânia mesmo=TZ; de madagascar mesmo=MG
aquarismo | alexa o ciclídeo vem do lago {} qual a capital do país | tanganica do burundi=BI; vitória de uganda=UG; malawi de moçambique=MZ
aquarismo | alexa o betta é {} qual a capital | da tailândia mesmo=TH; do camboja mesmo=KH; do vietnã de novo=VN
aquarismo | alexa o coral do aquário é de fiji qual a capital | FJ
aquarismo | alexa o peixe palhaço vem de palau qual a capital | PW
aquarismo | alexa o peixe veio das ilhas marshall qual a capital | MH
aquarismo | alexa a planta aquática é da malásia quais as capitais | MY
aquarismo | alexa o aquarista é do congo kinshasa qual a capital | CD
aquarismo | alexa o peixe elefante vem do congo brazzaville qual a capital | CG
aquarismo | alexa o peixe é da micronésia qual a capital | FM
aquarismo | alexa o discus é da colômbia qual a capital | CO
aquarismo | alexa qual o ph ideal pro aquário | FB
aquarismo | alexa para que vou trocar a água | STOP
aquarismo | alexa cancela que o filtro desligou | CANCEL
italiano | alexa allora qual a capital {} | da eslováquia=SK; da croácia mesmo=HR; da áustria mesmo=AT
italiano | alexa dai me fala a capital {} | de san marino=SM; do vaticano=VA; de malta mesmo=MT
italiano | alexa ecco qual é a capital {} | da albânia mesmo=AL; de mônaco=MC; de andorra=AD
italiano | alexa magari você sabe as capitais da áfrica do sul | ZA
italiano | alexa allora a bolívia tem duas capitais quais são | BO
italiano | alexa mamma mia qual a capital da coreia do norte | KP
italiano | alexa senti qual a capital da coreia do sul | KR
italiano | alexa allora qual é a capital da palestina | PS
italiano | alexa dai qual a capital da eritreia que era colônia italiana | ER
italiano | alexa ecco a capital da somália | SO
italiano | alexa allora qual a capital da líbia | LY
italiano | alexa basta para | STOP
italiano | alexa no no cancela | CANCEL
italiano | alexa aiuto como funciona | HELP
italiano | alexa allora abre capitais do mundo | LAUNCH
italiano | alexa che tempo fa em milão | FB
japones | alexa etto qual a capital {} | do nepal mesmo=NP; da mongólia mesmo=MN; do quirguistão mesmo=KG
japones | alexa sumimasen qual é a capital {} | de taiwan=TW; das filipinas mesmo=PH; de brunei=BN
japones | alexa hai me diz a capital {} | da coreia do sul=KR; da coreia do norte=KP; do timor-leste=TL
japones | alexa etto a palestina qual a capital | PS
japones | alexa sumimasen quais são as capitais da malásia | MY
japones | alexa etto os países baixos quais capitais | NL
japones | alexa sumimasen qual a capital do congo kinshasa | CD
japones | alexa etto qual a capital do congo brazzaville | CG
japones | alexa sumimasen para | STOP
japones | alexa etto cancela | CANCEL
japones | alexa sumimasen ajuda | HELP
japones | alexa etto abre capitais do mundo | LAUNCH
japones | alexa etto que horas são em osaka agora | FB
japones | alexa etto qual a capital de palau | PW
japones | alexa sumimasen qual a capital de tuvalu | TV
marroquino | alexa wakha qual a capital {} | da argélia mesmo=DZ; da tunísia mesmo=TN; da mauritânia mesmo=MR
marroquino | alexa safi me diz a capital {} | da arábia saudita=SA; do catar mesmo=QA; de omã mesmo=OM
marroquino | alexa inshallah você sabe a capital {} | da palestina=PS; do saara ocidental=EH; do barein mesmo=BH
marroquino | alexa wakha qual a capital do marrocos mesmo | MA
marroquino | alexa safi qual a capital do chade | TD
marroquino | alexa wakha qual a capital do níger | NE
marroquino | alexa safi capital do mali | ML
marroquino | alexa wakha qual a capital da palestina de novo | PS
marroquino | alexa safi para | STOP
marroquino | alexa wakha cancela | CANCEL
marroquino | alexa inshallah me ajuda | HELP
marroquino | alexa qual a hora da oração | FB
marroquino | alexa safi capitais da áfrica do sul | ZA
marroquino | alexa wakha capitais da bolívia | BO
sul-africano | alexa howzit quais são as capitais {} | da áfrica do sul=ZA; do eswatini=SZ; da bolívia=BO
sul-africano | alexa ja nee qual a capital {} | do lesoto=LS; de botsuana mesmo=BW; do zimbábue mesmo=ZW
sul-africano | alexa lekker me diz a capital {} | de moçambique mesmo=MZ; da zâmbia=ZM; de maurício=MU
sul-africano | alexa howzit qual a capital da namíbia | NA
sul-africano | alexa ja qual é a capital de angola | AO
sul-africano | alexa lekker qual é a capital da coreia do sul | KR
sul-africano | alexa ja nee qual a capital da coreia do norte | KP
sul-africano | alexa howzit qual a capital do congo kinshasa | CD
sul-africano | alexa ja a capital do congo brazzaville | CG
sul-africano | alexa lekker quais as capitais da holanda | NL
sul-africano | alexa ja nee para | STOP
sul-africano | alexa howzit cancela | CANCEL
sul-africano | alexa quando é o braai | FB
sul-africano | alexa ja quais são as capitais da malásia | MY
malaio | alexa lah quais as capitais da malásia | MY
malaio | alexa alamak qual a capital {} | de singapura=SG; de brunei mesmo=BN; da indonésia mesmo=ID
malaio | alexa boleh me diz a capital {} | da tailândia de novo=TH; de mianmar mesmo=MM; do camboja de novo=KH
malaio | alexa lah quais são as capitais do sri lanka | LK
malaio | alexa alamak a malásia tem duas capitais né quais | MY
malaio | alexa boleh qual a capital da coreia do sul | KR
malaio | alexa lah qual a capital da coreia do norte | KP
malaio | alexa alamak qual a capital da palestina | PS
malaio | alexa boleh quais as capitais da áfrica do sul | ZA
malaio | alexa lah para | STOP
malaio | alexa alamak cancela | CANCEL
malaio | alexa boleh ajuda | HELP
malaio | alexa qual a previsão pra kuala lumpur | FB
malaio | alexa lah qual a capital de bangladesh | BD
foz | alexa o turista das cataratas é {} qual a capital | do paraguai mesmo=PY; da argentina de novo=AR; de israel=IL
foz | alexa na ponte da amizade tinha um ônibus {} qual a capital | do uruguai mesmo=UY; do chile mesmo=CL; do peru mesmo=PE
foz | alexa o comerciante da tríplice fronteira é {} qual a capital | libanês mesmo=LB; sírio=SY; chinês=CN
foz | alexa o guia de itaipu falou da bolívia quais as capitais | BO
foz | alexa o turista é da coreia do sul qual a capital | KR
foz | alexa o turista do parque das aves é da palestina qual a capital | PS
foz | alexa o turista é do congo brazzaville qual a capital | CG
foz | alexa o turista é do congo kinshasa qual a capital | CD
foz | alexa o casal de turista é da holanda quais as capitais | NL
foz | alexa qual a vazão das cataratas hoje | FB
foz | alexa para que o ônibus chegou | STOP
foz | alexa cancela que o turista foi embora | CANCEL
petropolis | alexa o imperador visitou {} qual a capital | a áustria=AT; portugal de novo=PT; a inglaterra de novo=GB-ENG
petropolis | alexa no museu imperial tem uma peça {} qual a capital | da rússia=RU; da frança de novo=FR; da bélgica de novo=BE
petropolis | alexa a princesa isabel casou com um francês qual a capital da frança | FR
petropolis | alexa o colono de petrópolis veio da alemanha qual a capital | DE
petropolis | alexa o hóspede da pousada é da coreia do norte qual a capital | KP
petropolis | alexa a família da serra é palestina qual a capital | PS
petropolis | alexa o turista é da malásia quais as capitais | MY
petropolis | alexa tá frio na serra hoje | FB
petropolis | alexa para que vou pro centro | STOP
petropolis | alexa cancela que a neblina baixou | CANCEL
launch | alexa pede pro capitais do mundo me testar | LAUNCH
launch | alexa abre aí o tal do capitais do mundo que meu filho instalou | LAUNCH
launch | alexa quero estudar geografia com o capitais do mundo | LAUNCH
launch | alexa inicia aquela skill das capitais do mundo | LAUNCH
launch | alexa acorda o capitais do mundo | LAUNCH
launch | alexa manda o capitais do mundo começar de novo | LAUNCH
launch | alexa reabre o capitais do mundo | LAUNCH
launch | alexa abre de novo capitais do mundo | LAUNCH
launch | alexa liga lá a skill capitais do mundo pra mim | LAUNCH
launch | alexa vamos treinar com capitais do mundo | LAUNCH
launch | alexa quero o capitais do mundo agora mesmo | LAUNCH
launch | alexa fala com o capitais do mundo | LAUNCH
launch | alexa conecta no capitais do mundo | LAUNCH
launch | alexa me leva pro capitais do mundo | LAUNCH
launch | alexa abre o capitais do mundo que eu tenho prova amanhã | LAUNCH
launch | alexa inicia capitais do mundo modo estudo | LAUNCH
launch | alexa bota o capitais do mundo pra tocar | LAUNCH
launch | alexa abre o aplicativo capitais do mundo | LAUNCH
launch | alexa pode abrir capitais do mundo pra vó | LAUNCH
launch | alexa enquanto a pizza assa abre capitais do mundo | LAUNCH
launch | alexa depois do almoço abre capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo na sala | LAUNCH
launch | alexa capitais do mundo começa aí | LAUNCH
launch | alexa inicializa o capitais do mundo | LAUNCH
launch | alexa me conecta com a skill capitais do mundo | LAUNCH
stop | alexa para que a panela tá chiando | STOP
stop | alexa encerra que o nenê dormiu | STOP
stop | alexa chega que o jornal vai começar | STOP
stop | alexa pode fechar a skill que eu vou sair | STOP
stop | alexa sai das capitais que acabou a aula | STOP
stop | alexa desliga esse jogo que tá tarde | STOP
stop | alexa para de perguntar capital | STOP
stop | alexa já aprendi o bastante encerra | STOP
stop | alexa fecha o jogo que o ônibus chegou | STOP
stop | alexa acabou o tempo de estudar pode sair | STOP
stop | alexa encerrar as capitais do mundo | STOP
stop | alexa tchau tchau capitais | STOP
stop | alexa para tá me dando dor de cabeça | STOP
stop | alexa vou dormir pode desligar a skill | STOP
stop | alexa encerra a sessão | STOP
stop | alexa chega de geografia | STOP
stop | alexa por hoje é só encerra | STOP
stop | alexa sai sai sai | STOP
stop | alexa finaliza essa skill aí | STOP
stop | alexa pode parar de falar de países | STOP
cancel | alexa cancela que eu me enganei de país | CANCEL
cancel | alexa esquece essa capital aí | CANCEL
cancel | alexa cancela que a criança falou junto | CANCEL
cancel | alexa ops perguntei errado cancela | CANCEL
cancel | alexa cancela essa que eu vou perguntar outra | CANCEL
cancel | alexa deixa essa pergunta de lado | CANCEL
cancel | alexa cancela não quero saber mais | CANCEL
cancel | alexa melhor não cancela | CANCEL
cancel | alexa anula a pergunta anterior | CANCEL
cancel | alexa cancela foi o rádio que falou | CANCEL
cancel | alexa cancela a última pergunta de capital | CANCEL
cancel | alexa esquece tudo que eu perguntei | CANCEL
cancel | alexa cancela foi engano | CANCEL
cancel | alexa não não não cancela | CANCEL
cancel | alexa desfaz isso | CANCEL
cancel | alexa cancela pelo amor de deus | CANCEL
help | alexa como eu peço a capital de um estado | HELP
help | alexa o que eu faço pra perguntar de um país | HELP
help | alexa me explica as regras do capitais do mundo | HELP
help | alexa eu travei me ajuda a continuar | HELP
help | alexa me ajuda que minha filha quer usar e não sabe | HELP
help | alexa quais perguntas funcionam aqui | HELP
help | alexa não sei usar essa skill me orienta | HELP
help | alexa me dá ajuda com o jogo das capitais | HELP
help | alexa o que eu preciso falar pra você responder | HELP
help | alexa me ensina como funciona o capitais do mundo | HELP
help | alexa dá uma ajudinha aqui | HELP
help | alexa como pergunto qual país tem tal capital | HELP
help | alexa preciso de instrução | HELP
help | alexa me socorre aqui como é | HELP
plural-capitals | alexa me lista as capitais todas da áfrica do sul pretória e as outras | ZA
plural-capitals | alexa fala as capitais da áfrica do sul devagar | ZA
plural-capitals | alexa a áfrica do sul quais cidades são capital | ZA
plural-capitals | alexa quais são as sedes de governo da bolívia as duas capitais | BO
plural-capitals | alexa la paz e sucre são as capitais da bolívia né quais são | BO
plural-capitals | alexa me conta as capitais da bolívia que eu esqueci | BO
plural-capitals | alexa haia é capital também quais as capitais da holanda | NL
plural-capitals | alexa me lembra as capitais dos países baixos | NL
plural-capitals | alexa a holanda tem mais de uma capital quais | NL
plural-capitals | alexa putrajaya é capital quais as capitais da malásia | MY
plural-capitals | alexa me conta as capitais da malásia | MY
plural-capitals | alexa a malásia tem capital dupla quais são | MY
plural-capitals | alexa o benin tem capital dupla quais são | BJ
plural-capitals | alexa porto novo e cotonou são as capitais do benin quais | BJ
plural-capitals | alexa quais as capitais marfinenses | CI
plural-capitals | alexa yamoussoukro e abidjan são capitais da costa do marfim me confirma quais | CI
plural-capitals | alexa quais cidades são capitais do sri lanka | LK
plural-capitals | alexa me conta as capitais do sri lanka colombo e a outra | LK
plural-capitals | alexa quais cidades são capitais do essuatíni | SZ
plural-capitals | alexa mbabane e lobamba as duas capitais da suazilândia quais | SZ
official-name | alexa capital da república de moçambique | MZ
official-name | alexa qual é a capital da república de angola | AO
official-name | alexa capital da república da guiné equatorial | GQ
official-name | alexa qual a capital da república centro-africana | CF
official-name | alexa qual é a capital da república dos camarões | CM
official-name | alexa qual a capital da república togolesa | TG
official-name | alexa capital da república da gâmbia | GM
official-name | alexa qual é a capital da república da libéria | LR
official-name | alexa capital da república da serra leoa | SL
official-name | alexa capital da república democrática de são tomé e príncipe | ST
official-name | alexa qual a capital da união das comores | KM
official-name | alexa capital da república de nauru | NR
official-name | alexa qual a capital da república de vanuatu | VU
official-name | alexa capital do estado independente de samoa | WS
official-name | alexa qual a capital da comunidade da dominica | DM
official-name | alexa capital da federação de são cristóvão e névis | KN
official-name | alexa qual a capital da comunidade das bahamas | BS
official-name | alexa qual a capital da república democrática socialista do sri lanka as duas | LK
official-name | alexa capital da república federal da nigéria | NG
official-name | alexa qual a capital da república do iêmen | YE
official-name | alexa qual é a capital da república da áfrica do sul todas | ZA
official-name | alexa capital do estado plurinacional da bolívia | BO
everyday-name | alexa capital {} qual é hoje | da costa dos escravos=FB; do congo belga=CD; do sião=TH
everyday-name | alexa a capital {} como chama agora | da abissínia=ET; da alta volta=BF; da niassalândia=MW
everyday-name | alexa qual a capital do kampuchea | KH
everyday-name | alexa capital da terra do kpop | KR
everyday-name | alexa qual a capital da terrinha | PT
everyday-name | alexa qual a capital do país do tango | AR
everyday-name | alexa capital da ilha de bali | FB
everyday-name | alexa capital da grã-bretanha | GB
everyday-name | alexa qual a capital da holanda do norte | FB
everyday-name | alexa capital do zaire | CD
everyday-name | alexa qual a capital de burkina | BF
everyday-name | alexa capital das ilhas cabo verde | CV
everyday-name | alexa qual a capital da ex união soviética | FB
everyday-name | alexa capital do congo de kinshasa | CD
everyday-name | alexa capital do congo de brazzaville | CG
everyday-name | alexa capital da coreia comunista | KP
yes-no-check | alexa a capital da gâmbia é banjul | GM
yes-no-check | alexa conacri é a capital da guiné né | GN
yes-no-check | alexa monróvia é a capital da libéria confere | LR
yes-no-check | alexa freetown é a capital de serra leoa certo | SL
yes-no-check | alexa lomé é a capital do togo ou do benin | TG
yes-no-check | alexa a capital de burquina faso é uagadugu | BF
yes-no-check | alexa a capital da república centro-africana é bangui | CF
yes-no-check | alexa iaundé é capital de camarões ou douala | CM
yes-no-check | alexa malabo é a capital da guiné equatorial | GQ
yes-no-check | alexa a capital de são tomé e príncipe é são tomé mesmo | ST
yes-no-check | alexa moroni é capital das comores | KM
yes-no-check | alexa jerusalém oriental é capital da palestina | PS
yes-no-check | alexa sucre é a capital da bolívia | BO
yes-no-check | alexa kuala lumpur é a única capital da malásia | MY
yes-no-check | alexa cidade do cabo é capital da áfrica do sul | ZA
reverse-question | alexa bridgetown é capital de que país | CITY:Bridgetown
reverse-question | alexa nassau é capital de onde | CITY:Nassau
reverse-question | alexa castries é capital de qual lugar | CITY:Castries
reverse-question | alexa kingstown é capital de qual país | CITY:Kingstown
reverse-question | alexa roseau fica em que país como capital | CITY:Roseau
reverse-question | alexa basseterre é capital do quê | CITY:Basseterre
reverse-question | alexa de que país apia é capital | CITY:Apia
reverse-question | alexa port vila é a capital de onde | CITY:Port Vila
reverse-question | alexa yaren é capital de que país | CITY:Yaren
reverse-question | alexa vaduz é a capital de qual país | CITY:Vaduz
reverse-question | alexa bangui é capital de onde | CITY:Bangui
reverse-question | alexa qual país tem iaundé de capital | CITY:Iaundé
self-correction | alexa qual a capital de barbados não das bahamas | BS
self-correction | alexa capital de santa lúcia ou melhor são vicente e granadinas | VC
self-correction | alexa qual a capital de granada não antígua e barbuda | AG
self-correction | alexa capital de dominica quer dizer são cristóvão e névis | KN
self-correction | alexa qual a capital do togo não gâmbia | GM
self-correction | alexa qual a capital de camarões não república centro-africana | CF
self-correction | alexa capital do congo democrático não o congo da república do congo | CG
self-correction | alexa capital de israel digo palestina | PS
self-correction | alexa capital da coreia do norte não a do sul | KR
follow-up | e de barbados | BB
follow-up | e granada | GD
follow-up | e santa lúcia | LC
follow-up | e antígua e barbuda | AG
follow-up | e o liechtenstein | LI
follow-up | e serra leoa | SL
follow-up | e a libéria | LR
follow-up | e o togo | TG
follow-up | e vanuatu | VU
follow-up | e samoa | WS
follow-up | e a coreia do sul | KR
follow-up | e a do norte | KP
follow-up | e o congo kinshasa | CD
follow-up | e o outro congo | CG
shared-name | alexa qual a capital da guiné que fala espanhol | GQ
shared-name | alexa qual a capital do sudão o do sul | SS
shared-name | alexa capital da dominica a ilha não a república | DM
shared-name | alexa capital da coreia | KP+KR
shared-name | alexa capital da república do congo ou da democrática as duas | CD+CG
subdivision | alexa qual a capital {} nos estados unidos | da carolina do norte=US-NC; do novo méxico=US-NM; de massachusetts=US-MA
subdivision | alexa capital {} qual cidade é | de sergipe de novo=BR-SE; de pernambuco=BR-PE; de alagoas de novo=BR-AL
subdivision | alexa qual a capital da catalunha | FB
subdivision | alexa qual a capital da sardenha | FB
subdivision | alexa capital da escócia é glasgow né | GB-SCT
subdivision | alexa qual é a capital de gales | GB-WLS
subdivision | alexa qual a capital de kosovo | XK
out-of-domain | alexa quem ganhou a eleição {} | na frança=FB; nos estados unidos=FB; em portugal=FB
out-of-domain | alexa quantos quilômetros tem {} | o rio amazonas=FB; a muralha da china=FB; o brasil de norte a sul=FB
out-of-domain | alexa qual a comida típica {} | de minas=FB; da bahia=FB; do japão=FB
out-of-domain | alexa quanto tempo de voo até {} | tóquio=FB; lisboa=FB; orlando=FB
out-of-domain | alexa qual a altitude de la paz | FB
out-of-domain | alexa qual a população da capital da holanda | FB
out-of-domain | alexa em que ano a capital mudou pra brasília | FB
out-of-domain | alexa qual foi a primeira capital do brasil | FB
out-of-domain | alexa quantas capitais tem no mundo | FB
out-of-domain | alexa qual a capital mais antiga do mundo | FB
out-of-domain | alexa qual a sigla do estado de goiás | FB
out-of-domain | alexa quantos fusos tem a rússia | FB
out-of-domain | alexa soletra kuala lumpur | FB
out-of-domain | alexa como se escreve reykjavík | FB
out-of-domain | alexa qual o clima de pretória | FB
out-of-domain | alexa quem é o rei da holanda | FB
out-of-domain | alexa quem governa a coreia do norte | FB
out-of-domain | alexa qual a língua do congo | FB
out-of-domain | alexa a palestina é país | FB
out-of-domain | alexa qual a religião da malásia | FB
out-of-domain | alexa quanto tempo leva pra trocar a bateria do relógio | FB
out-of-domain | alexa qual a graduação alcoólica do vinho do porto | FB
out-of-domain | alexa como tira escama de peixe | FB
out-of-domain | alexa quantos dias de validade tem o passaporte | FB
out-of-domain | alexa qual a diferença entre arábica e robusta | FB
out-of-domain | alexa quanto custa uma tradução juramentada | FB
out-of-domain | alexa quanto tá o rand sul-africano | FB
out-of-domain | alexa qual a idade da múmia do museu nacional | FB
out-of-domain | alexa como faz baliza | FB
out-of-domain | alexa qual a pizza mais pedida do brasil | FB
out-of-domain | alexa quanto tempo fermenta uma ipa | FB
out-of-domain | alexa cupim come concreto | FB
out-of-domain | alexa qual o tamanho de um banner padrão | FB
out-of-domain | alexa quanto tempo dura a postura do cachorro olhando pra baixo | FB
out-of-domain | alexa que horas nasce a lua hoje | FB
out-of-domain | alexa quantos litros tem meu aquário | FB
out-of-domain | alexa qual a temperatura da água das cataratas | FB
out-of-domain | alexa quando foi fundada petrópolis | FB
out-of-domain | alexa qual o horário de verão em roma | FB
out-of-domain | alexa como se diz obrigado em árabe | FB
out-of-domain | alexa quem é o presidente da áfrica do sul | FB
out-of-domain | alexa qual a comida típica da malásia | FB
out-of-domain | alexa qual a bandeira da bolívia | FB
out-of-domain | alexa quantas ilhas tem a indonésia | FB
out-of-domain | alexa qual o país com mais vulcões | FB
out-of-domain | alexa qual a capital do samba | FB
out-of-domain | alexa qual a capital do sertanejo | FB
out-of-domain | alexa qual a capital da moda | FB
out-of-domain | alexa qual a capital mundial da pizza | FB
out-of-domain | alexa qual a capital da terra média | FB
out-of-domain | alexa qual a capital de westeros | FB
out-of-domain | alexa capital do reino de tão tão distante | FB
out-of-domain | alexa qual a capital do oriente médio | FB
subdivision | alexa qual a capital da antártida | AQ
out-of-domain | alexa quanto eu tenho de capital no banco | FB
out-of-domain | alexa qual o capital social da empresa | FB
out-of-domain | alexa o que é pena capital | FB
out-of-domain | alexa qual a letra maiúscula que é capital em inglês | FB
out-of-domain | alexa lê um livro de geografia pra mim | FB
out-of-domain | alexa faz um quiz de bandeiras | FB
out-of-domain | alexa qual país tem o formato de bota | FB
out-of-domain | alexa em que continente fica o cazaquistão | FB
out-of-domain | alexa qual o maior lago da áfrica | FB
out-of-domain | alexa o deserto do saara fica onde | FB
out-of-domain | alexa qual o ponto mais alto do brasil | FB
out-of-domain | alexa onde nasceu o papa | FB
out-of-domain | alexa quantos anos tem a rainha | FB
out-of-domain | alexa toca um forró pra animar | FB
out-of-domain | alexa sortear um número de um a cem | FB
out-of-domain | alexa joga cara ou coroa | FB
plural-capitals | alexa howzit me fala as capitais sul-africanas do governo do parlamento e da justiça | ZA
plural-capitals | alexa a bolívia capitais quais | BO
plural-capitals | alexa quais as capitais oficiais da holanda e onde fica o governo | NL
plural-capitals | alexa fala devagar as duas capitais da malásia | MY
plural-capitals | alexa capitais do benin por favor | BJ
plural-capitals | alexa a costa do marfim tem duas capitais mesmo quais | CI
plural-capitals | alexa o sri lanka capitais quais são | LK
plural-capitals | alexa o essuatíni quantas capitais tem e quais | SZ
relojoeiro | alexa o relógio despertador é da coreia do norte qual a capital | KP
relojoeiro | alexa o cliente do relógio é do congo brazzaville qual a capital | CG
peixaria | alexa o peixe do cliente é da palestina qual a capital | PS
peixaria | alexa o freguês é da coreia do sul qual a capital | KR
museu | alexa a peça do acervo é da coreia do norte qual a capital | KP
museu | alexa o museu tem máscara da malásia quais as capitais | MY
cafeicultor | alexa o comprador de café é da coreia do sul qual a capital | KR
cafeicultor | alexa a saca foi pro congo kinshasa qual a capital | CD
adega | alexa o vinho é da bolívia quais as capitais de lá | BO
adega | alexa o cliente da adega é do congo brazzaville qual a capital | CG
"""

if __name__ == "__main__":
    build_round(54, "pt", LINES, sys.argv, "tests/Eval/pt/round54/source/build_corpus.py")
