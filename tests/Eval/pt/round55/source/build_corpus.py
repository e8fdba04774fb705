"""Round 55, Brazilian Portuguese (pt-BR): a new author's own mix, written blind at the end of the sixty-second session
(brief WRITER71.md), for the next session's tuner.

Chosen apart from round 54's groups (a watch repairer, an optician's, a fishmonger's, a wine shop, a despachante, a
plumber, a coffee grower, a sworn translator, a currency-exchange desk, a museum guide, a driving school, a pizzeria, a
craft brewery, a pest-control man, a print shop, a yoga studio, amateur astronomers, fish-keepers, Foz do Iguaçu,
Petrópolis, Italian expats, Japanese expats, Moroccans, South Africans, Malaysians) and from the groups it lists as
avoided (round 53's: a postman sorting mail, a self-service laundry, a glazier, a locksmith, a florist, a car wash, a
greengrocer's, a children's ballet class, IT support, a pet shop's grooming, a cobbler, a second-hand bookshop, a
notary's office, a gardener, a pool cleaner, a bicycle shop, a house painter, a church-hall knitting circle, beach
lifeguards, an ice-cream parlour, islanders of Fernando de Noronha, riverside communities of the Amazon, Ribeirão Preto
and the sugar-and-ethanol interior of São Paulo, Filipino domestic workers and seafarers' families, Spaniards,
Iranians, Turks; round 52's: street sweepers and rubbish collectors, a city-bus fare collector, a roadside tyre
repairer, a butcher's counter, churrascaria waiters, a barbershop, a joiner's workshop, a house electrician, street
vendors, a day cleaner and her employer, sugar-cane cutters, a beekeeper, a forró band, an organised football
supporters' group, a single father at dinner time, a fire station, a restaurant kitchen, a school science fair,
Pantanal cattle drovers, a quilombola community, santistas, the west of Santa Catarina around Chapecó, Campos dos
Goytacazes and Macaé, Paraguayan seamstresses in São Paulo, Lithuanian-Brazilians of Vila Zelina, East Timorese
students, Mexican expats, British expats; round 51's: street-market stallholders, a building site, motorcycle couriers,
a lottery shop queue, a pharmacy counter, a car repair shop, a vet's waiting room, a dentist's waiting room, election
poll workers, IBGE census takers, adult night school, blind users, a school festa junina, a couple planning a wedding,
a pregnant woman choosing names, insomnia at three in the morning, a fee-fishing pond and camping, a seamstress, a
tattoo studio, caipira speech of Piracicaba, the north of Paraná, the Uruguayan border at Santana do Livramento,
Dutch-Brazilians of Holambra and Carambeí, Finnish-Brazilians of Penedo, Greek-Brazilians, Mozambican students,
Bissau-Guinean students at UNILAB, American expats; round 50's: truck drivers, night-shift nursing, a call centre, a
beauty salon, a bakery, a pre-university course, a pub quiz, the board game War, adedonha, crosswords, exchange
students, home office, moving house, the office bolão, a gym, an escape room, fourth-grade homework, piauienses,
alagoanos, sergipanos, the Baixada Fluminense, Pomeranian-Brazilians, German-Brazilians of Blumenau, Jewish families of
Bom Retiro, Armenian-Brazilians, Indian IT workers, French expats, Chileans, Russian-speaking learners; round 49's:
radio amateurs, stamp collectors, cruise-ship crew, flight attendants, a public library, a community radio, a
vaccination clinic, a chess club, a company karaoke, a geography teacher, a kindergarten, Formula 1 fans, marathon
runners, surfers, a podcast, an export company, backpackers, a hotel reception, the "tia do zap", a retired geography
teacher, paraibanos, brasiguaios, an Italian-Brazilian nonna, Argentines in Búzios, Colombian students, Peruvian cooks,
Nigerian traders, Bangladeshi meat-plant workers, Afghan refugees; and rounds 48, 47 and 46's: dock workers,
metalworkers, caiçaras, Parintins, rodeo, law office, barracks, recycling, capoeira, Korean-, Chinese-, Portuguese-,
Cape Verdean, Congolese, Senegalese, Cuban, Ukrainian, Polish, nikkei, Bolivian, Haitian, Venezuelan, Syrian-Lebanese
and Angolan families, teenagers' slang, grandparents, app drivers, doormen, churches, travel agencies, samba schools,
the sticker album, quiz apps, gamers, gincanas, and the regional groups gaúchos, baianos, pernambucanos, paulistanos,
capixabas, cuiabanos, sul-mato-grossenses, brasilienses, potiguares, paraenses, maranhenses, mineiros, goianos,
cariocas, manauaras, cearenses, curitibanos, manezinhos and the small Northern states).

Work and situations (each its own family): a funeral home ("velório", "traslado", "coroa de flores", "missa de sétimo
dia"); a real-estate agent ("inquilino", "fiador", "vistoria", "metro quadrado"); a building-materials store
("porcelanato", "argamassa", "vergalhão", "milheiro de tijolo"); a clinical lab ("coleta", "jejum", "reagente",
"amostra"); a cattle auction ("lote", "lance", "nelore", "arroba do boi"); a passport-photo studio ("foto três por
quatro", "fundo branco", "flash"); a bank branch ("senha", "remessa", "caixa eletrônico", "pix internacional"); an açaí
shop ("tigela", "granola", "açaí de quinhentos"); a music school ("partitura", "escala de dó maior", "afina o violão");
a newsstand ("jornaleiro", "gibi", "manchete", "revista de fofoca"); an airport lost-and-found ("mala extraviada",
"esteira cinco", "etiqueta"); a children's party buffet ("aniversariante", "brigadeiro", "pula-pula"); a cake maker
("encomenda", "bolo de pote", "pão de ló"); a small investor ("ações", "ibovespa", "título da dívida"); a dog walker
("coleira", "vira-lata", "ração"); a consulate queue ("agendamento", "carimbo", "embaixada"); lift technicians
("peça do elevador", "síndico", "quinto andar"); shopping-mall security ("ronda", "câmera três", "praça de
alimentação"); a valet parking attendant ("ticket", "valet", "subsolo"); a book club ("livro do mês", "capítulo"); a
World Cup watch ("seleção", "escalação", "torcida"); a volleyball team ("levantadora", "líbero", "central", "oposta");
an aircraft hangar ("turbina", "cargueiro", "jato executivo"); a door-to-door cosmetics reseller ("catálogo",
"revendedora", "fecha o ciclo"); an elderly carer ("hora do remédio", "a vovó", "o seu joão").

Regions, migrants and learners: the Vale do Paraíba and the Serra da Mantiqueira ("ixi", "embraer", "aparecida",
"campos do jordão", "a dutra"); guides of the Chapada Diamantina ("trilha", "vale do pati", "cachoeira da fumaça",
"lençóis"); pilgrims of Juazeiro do Norte ("romeiro", "padre cícero", "vixe", "bendito"); Ecuadorians ("nhanho",
"achachay", "chévere", "dime"); Irish expats ("grand", "the craic", "mate"); Ghanaians ("chale", "ei", "highlife");
Egyptians ("ya basha", "khalas", "yalla"); Swedes ("tack", "fika", "ja").

Yes/no checks expect the place asked about, right or wrong; self-corrections expect the last place named after the
marker; reverse questions CITY:<capital> as languages/pt.json names it; a bare shared name every place in ordinal
order, a qualified one the place the qualifier picks. Launch lines use the invocation name "capitais do mundo".

Built by round12_hinl_corpus.py (build_round with round 55's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
subdivision | alexa qual é a capital {} hein | do acre=BR-AC; de roraima=BR-RR; de sergipe=BR-SE
subdivision | alexa me lembra a capital {} que eu esqueci | do piauí=BR-PI; do maranhão=BR-MA; de alagoas=BR-AL
subdivision | alexa a capital {} é qual | de santa catarina=BR-SC; do paraná=BR-PR; de goiás=BR-GO
subdivision | alexa onde fica a capital {} | do pará=BR-PA; do amazonas=BR-AM; do rio grande do norte=BR-RN
subdivision | alexa qual cidade é capital {} | de pernambuco=BR-PE; do mato grosso=BR-MT; do distrito federal=BR-DF
subdivision | alexa qual é a capital {} lá nos estados unidos | do havaí=US-HI; do arizona=US-AZ; de nevada=US-NV
subdivision | alexa e a capital {} americano qual é | do estado de washington=US-WA; do oregon=US-OR; do colorado=US-CO
subdivision | alexa capital {} qual que é mesmo | de massachusetts=US-MA; da virgínia=US-VA; de ohio=US-OH
subdivision | alexa qual a capital {} do canadá | da província de alberta=CA-AB; de manitoba=CA-MB; da nova escócia=CA-NS
subdivision | alexa qual é a capital do país de gales | GB-WLS
subdivision | alexa a inglaterra tem capital própria qual | GB-ENG
subdivision | alexa qual é a capital {} lá da austrália | de nova gales do sul=AU-NSW; da austrália ocidental=AU-WA; do território do norte=AU-NT
subdivision | alexa qual é a capital {} na alemanha | de hesse=DE-HE; da saxônia=DE-SN; da turíngia=DE-TH
subdivision | alexa qual é a capital {} na índia | de maharashtra=IN-MH; de tamil nadu=IN-TN; de bengala ocidental=IN-WB
subdivision | alexa qual é a capital {} do méxico | de chihuahua=MX-CHH; de sonora=MX-SON; de veracruz=MX-VER
subdivision | alexa qual é a capital da catalunha | FB
subdivision | alexa qual é a capital da sibéria | FB
subdivision | alexa qual a capital da toscana | FB
subdivision | alexa qual é a capital do tocantins que eu nunca lembro | BR-TO
subdivision | alexa qual a capital do yukon | CA-YT
out-of-domain | alexa vai chover amanhã em são josé dos campos | FB
out-of-domain | alexa põe um timer de doze minutos | FB
out-of-domain | alexa quantos habitantes tem a capital {} | da frança=FB; do japão=FB; da argentina=FB
out-of-domain | alexa toca um sertanejo raiz | FB
out-of-domain | alexa qual é a capital da europa | FB
out-of-domain | alexa qual a capital da áfrica | FB
out-of-domain | alexa qual é a maior cidade {} | da austrália=FB; do canadá=FB; da turquia=FB
out-of-domain | alexa que horas são em tóquio agora | FB
out-of-domain | alexa qual é a moeda {} | da suíça=FB; da tailândia=FB; do peru=FB
out-of-domain | alexa liga a luz da sala | FB
out-of-domain | alexa qual a distância de brasília até lisboa | FB
out-of-domain | alexa me conta uma piada | FB
out-of-domain | alexa qual é o idioma falado {} | na bélgica=FB; na suíça=FB; no paquistão=FB
out-of-domain | alexa desliga a tv | FB
out-of-domain | alexa quanto tá o dólar hoje | FB
out-of-domain | alexa qual é a capital do mundo | FB
out-of-domain | alexa qual a capital da lua | FB
out-of-domain | alexa qual é a capital de nárnia | FB
out-of-domain | alexa coloca no despertador seis e meia | FB
out-of-domain | alexa qual time ganhou ontem | FB
out-of-domain | alexa qual a população {} | de brasília=FB; de londres=FB; de pequim=FB
out-of-domain | alexa adiciona café na lista de compras | FB
out-of-domain | alexa qual é o hino {} | da frança=FB; da itália=FB; de portugal=FB
out-of-domain | alexa como se diz obrigado em alemão | FB
out-of-domain | alexa qual a temperatura lá fora | FB
out-of-domain | alexa qual é a capital da américa do sul | FB
out-of-domain | alexa qual é a capital da ásia | FB
out-of-domain | alexa quem fundou brasília | FB
out-of-domain | alexa em que ano roma foi fundada | FB
out-of-domain | alexa aumenta o volume | FB
out-of-domain | alexa qual é o fuso horário de moscou | FB
out-of-domain | alexa toca a rádio gaúcha | FB
out-of-domain | alexa qual é o prato típico {} | do peru=FB; da hungria=FB; do marrocos=FB
out-of-domain | alexa quem é o presidente {} | da argentina=FB; do chile=FB; da frança=FB
out-of-domain | alexa qual a capital da oceania | FB
out-of-domain | alexa lê minhas notificações | FB
out-of-domain | alexa qual a altura do cristo redentor | FB
out-of-domain | alexa qual a capital mundial do café | FB
out-of-domain | alexa pede uma pizza | FB
out-of-domain | alexa quanto é sete vezes oito | FB
out-of-domain | alexa qual é a bandeira que tem uma folha de bordo | FB
out-of-domain | alexa quem canta garota de ipanema | FB
out-of-domain | alexa qual a capital da atlântida | FB
out-of-domain | alexa qual é a capital da gastronomia | FB
out-of-domain | alexa lembra de ligar pra minha mãe às oito | FB
plural-capitals | alexa quais são as capitais {} | da áfrica do sul=ZA; da bolívia=BO; dos países baixos=NL
plural-capitals | alexa me fala as duas capitais {} | da malásia=MY; da costa do marfim=CI; do sri lanka=LK
plural-capitals | alexa quais as capitais {} | do benin=BJ; de essuatíni=SZ; da holanda=NL
plural-capitals | alexa a áfrica do sul tem três capitais quais são | ZA
plural-capitals | alexa quais são as três capitais sul-africanas | ZA
plural-capitals | alexa fala as capitais da áfrica do sul pra mim | ZA
plural-capitals | alexa a bolívia tem duas capitais né quais são elas | BO
plural-capitals | alexa quais cidades são capitais da bolívia | BO
plural-capitals | alexa as capitais bolivianas quais são | BO
plural-capitals | alexa as duas capitais da holanda quais são | NL
plural-capitals | alexa quais cidades são capital dos países baixos | NL
plural-capitals | alexa capitais da holanda | NL
plural-capitals | alexa a malásia tem duas capitais quais | MY
plural-capitals | alexa as capitais da malásia | MY
plural-capitals | alexa quais as duas capitais malaias | MY
plural-capitals | alexa quais são as capitais da costa do marfim | CI
plural-capitals | alexa a costa do marfim tem duas capitais quais são | CI
plural-capitals | alexa as duas capitais do sri lanka quais são | LK
plural-capitals | alexa quais são as capitais do sri lanka | LK
plural-capitals | alexa o benin tem duas capitais quais são | BJ
plural-capitals | alexa as capitais do benin quais são | BJ
plural-capitals | alexa quais são as capitais da suazilândia | SZ
plural-capitals | alexa essuatíni tem duas capitais quais são elas | SZ
plural-capitals | alexa me diz todas as capitais {} | da áfrica do sul=ZA; da bolívia=BO; da malásia=MY
plural-capitals | alexa quais as capitais oficiais {} | dos países baixos=NL; do sri lanka=LK; da costa do marfim=CI
plural-capitals | alexa fala as duas capitais {} | do benin=BJ; de essuatíni=SZ; da bolívia=BO
help | alexa me ajuda | HELP
help | alexa ajuda | HELP
help | alexa como é que funciona isso | HELP
help | alexa o que eu posso perguntar | HELP
help | alexa não entendi como usa | HELP
help | alexa me explica como funciona | HELP
help | alexa que perguntas você responde | HELP
help | alexa preciso de ajuda com as capitais | HELP
help | alexa socorro não sei o que falar | HELP
help | alexa como eu pergunto uma capital | HELP
help | alexa me dá um exemplo de pergunta | HELP
help | alexa o que esse jogo faz | HELP
help | alexa quais são os comandos | HELP
help | alexa tô perdido me ajuda aí | HELP
help | alexa como faço pra perguntar | HELP
help | alexa me ensina a usar | HELP
help | alexa pede ajuda pro capitais do mundo | HELP
help | alexa o que eu falo agora | HELP
help | alexa instruções por favor | HELP
help | alexa não sei usar isso me ajuda | HELP
help | alexa me orienta aí | HELP
help | alexa ajuda aí por favor | HELP
help | alexa como funciona essa skill | HELP
help | alexa como eu uso isso aqui | HELP
stop | alexa para | STOP
stop | alexa chega | STOP
stop | alexa pode parar | STOP
stop | alexa sair | STOP
stop | alexa encerra | STOP
stop | alexa tchau | STOP
stop | alexa fecha isso | STOP
stop | alexa já deu por hoje | STOP
stop | alexa desliga isso | STOP
stop | alexa para de falar | STOP
stop | alexa pode fechar | STOP
stop | alexa cala a boca | STOP
stop | alexa sai do capitais do mundo | STOP
stop | alexa chega de capital | STOP
stop | alexa terminei obrigado | STOP
stop | alexa fim | STOP
stop | alexa encerrar | STOP
stop | alexa pode desligar | STOP
stop | alexa parou parou | STOP
stop | alexa valeu pode fechar | STOP
stop | alexa tá bom para aí | STOP
stop | alexa fecha a skill | STOP
stop | alexa sai | STOP
stop | alexa para tudo | STOP
cancel | alexa cancela | CANCEL
cancel | alexa cancelar | CANCEL
cancel | alexa esquece | CANCEL
cancel | alexa deixa pra lá | CANCEL
cancel | alexa esquece essa pergunta | CANCEL
cancel | alexa cancela isso | CANCEL
cancel | alexa não quero mais | CANCEL
cancel | alexa deixa quieto | CANCEL
cancel | alexa desiste | CANCEL
cancel | alexa cancela a pergunta | CANCEL
cancel | alexa nada não | CANCEL
cancel | alexa esquece o que eu falei | CANCEL
cancel | alexa anula | CANCEL
cancel | alexa cancela por favor | CANCEL
cancel | alexa ignora | CANCEL
cancel | alexa deixa isso | CANCEL
cancel | alexa esquece tá | CANCEL
cancel | alexa não precisa mais | CANCEL
cancel | alexa pode cancelar | CANCEL
cancel | alexa cancela aí | CANCEL
cancel | alexa esquece deixa | CANCEL
cancel | alexa mudei de ideia cancela | CANCEL
cancel | alexa deixa pra outra hora | CANCEL
cancel | alexa cancela cancela | CANCEL
launch | alexa abre capitais do mundo | LAUNCH
launch | alexa abrir capitais do mundo | LAUNCH
launch | alexa inicia capitais do mundo | LAUNCH
launch | alexa iniciar capitais do mundo | LAUNCH
launch | alexa começa capitais do mundo | LAUNCH
launch | alexa capitais do mundo | LAUNCH
launch | alexa abre o capitais do mundo | LAUNCH
launch | alexa abre a skill capitais do mundo | LAUNCH
launch | alexa bora jogar capitais do mundo | LAUNCH
launch | alexa quero jogar capitais do mundo | LAUNCH
launch | alexa liga o capitais do mundo | LAUNCH
launch | alexa toca capitais do mundo | LAUNCH
launch | alexa executa capitais do mundo | LAUNCH
launch | alexa carrega capitais do mundo | LAUNCH
launch | alexa entra no capitais do mundo | LAUNCH
launch | alexa vamos de capitais do mundo | LAUNCH
launch | alexa chama o capitais do mundo | LAUNCH
launch | alexa pode abrir capitais do mundo | LAUNCH
launch | alexa por favor abre capitais do mundo | LAUNCH
launch | alexa usar capitais do mundo | LAUNCH
launch | alexa quero usar o capitais do mundo | LAUNCH
launch | alexa abre aí o capitais do mundo | LAUNCH
launch | alexa me abre o capitais do mundo | LAUNCH
launch | alexa iniciar a skill capitais do mundo | LAUNCH
launch | alexa ativa capitais do mundo | LAUNCH
launch | alexa roda o capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo pra gente | LAUNCH
launch | alexa bota o capitais do mundo | LAUNCH
launch | alexa começar capitais do mundo | LAUNCH
launch | alexa pede pro capitais do mundo começar | LAUNCH
follow-up | e {} | a bulgária=BG; a romênia=RO; a sérvia=RS
follow-up | e {} hein | o quirguistão=KG; o tadjiquistão=TJ; o turcomenistão=TM
follow-up | tá e a de {} | moçambique=MZ; angola=AO; cabo verde=CV
follow-up | agora {} | o nepal=NP; o butão=BT; o laos=LA
follow-up | e a capital {} | da palestina=PS; da coreia do norte=KP; da coreia do sul=KR
follow-up | e {} qual é | o congo kinshasa=CD; o congo brazzaville=CG; o gabão=GA
follow-up | alexa e {} | a eslovênia=SI; a eslováquia=SK; a croácia=HR
follow-up | próxima {} | a letônia=LV; a lituânia=LT; a estônia=EE
follow-up | e de {} | uganda=UG; ruanda=RW; burundi=BI
follow-up | hum e {} | o zimbábue=ZW; a zâmbia=ZM; o malaui=MW
follow-up | então e {} | o kuwait=KW; o catar=QA; o barein=BH
follow-up | e a da palestina | PS
follow-up | e a coreia do norte | KP
follow-up | e o congo da república democrática | CD
follow-up | tá mas e a coreia do sul | KR
yes-no-check | alexa {} | a capital da austrália é sydney=AU; a capital do canadá é toronto=CA; a capital da turquia é istambul=TR
yes-no-check | alexa é verdade que {} | a capital da nigéria é lagos=NG; a capital da suíça é zurique=CH; a capital do marrocos é casablanca=MA
yes-no-check | alexa {} né | brasília é a capital do brasil=BR; lima é a capital do peru=PE; quito é a capital do equador=EC
yes-no-check | alexa será que {} | ramallah é a capital da palestina=PS; pyongyang é a capital da coreia do norte=KP; seul é a capital da coreia do sul=KR
yes-no-check | alexa confirma pra mim se {} | kinshasa é a capital do congo=CD; brazzaville é capital da república do congo=CG; dodoma é a capital da tanzânia=TZ
yes-no-check | alexa {} ou não | bishkek é capital do quirguistão=KG; astana é a capital do cazaquistão=KZ; tashkent é capital do uzbequistão=UZ
yes-no-check | alexa é {} a capital da bolívia | la paz=BO; sucre=BO; santa cruz=BO
yes-no-check | alexa amsterdã é mesmo a capital da holanda | NL
yes-no-check | alexa a capital do vietnã é ho chi minh | VN
yes-no-check | alexa a capital da índia é mumbai | IN
yes-no-check | alexa a capital do paquistão é karachi | PK
yes-no-check | alexa a capital de myanmar ainda é rangum | MM
yes-no-check | alexa a capital da costa do marfim é abidjan | CI
yes-no-check | alexa joanesburgo é capital da áfrica do sul | ZA
yes-no-check | alexa a capital da nova zelândia é auckland | NZ
yes-no-check | alexa a capital do equador é guayaquil | EC
self-correction | alexa me fala a capital da {} | áustria não austrália=AU; suécia digo suíça=CH; eslovênia ops eslováquia=SK
self-correction | alexa a capital do {} | irã não iraque=IQ; níger não nigéria=NG; chade não sudão=SD
self-correction | alexa qual é a capital da {} então | gâmbia quer dizer zâmbia=ZM; guiné não guiné equatorial=GQ; mauritânia não maurício=MU
self-correction | alexa qual a capital da coreia do sul não da coreia do norte | KP
self-correction | alexa capital da coreia do norte não pera do sul | KR
self-correction | alexa qual é a capital do congo brazzaville não do outro o de kinshasa | CD
self-correction | alexa capital da república democrática do congo aliás república do congo | CG
self-correction | alexa qual a capital de israel não perdão da palestina | PS
self-correction | alexa capital da islândia não irlanda | IE
self-correction | alexa qual a capital da colômbia opa da bolívia | BO
self-correction | alexa qual é a capital da dominica não república dominicana | DO
self-correction | alexa capital do paraguai não uruguai | UY
self-correction | alexa qual a capital da letônia corrigindo lituânia | LT
reverse-question | alexa {} é capital de qual país | nairóbi=CITY:Nairóbi; acra=CITY:Acra; bamako=CITY:Bamako
reverse-question | alexa de que país é a capital {} | ulan bator=CITY:Ulan Bator; katmandu=CITY:Katmandu; vientiane=CITY:Vientiane
reverse-question | alexa {} é capital do quê | podgorica=CITY:Podgorica; skopje=CITY:Skopje; tirana=CITY:Tirana
reverse-question | alexa qual país tem {} como capital | pyongyang=CITY:Pyongyang; seul=CITY:Seul; kinshasa=CITY:Kinshasa
reverse-question | alexa brazzaville é capital de onde | CITY:Brazzaville
reverse-question | alexa ramallah é capital de que lugar | CITY:Ramallah
reverse-question | alexa onde fica a capital chamada windhoek | CITY:Windhoek
reverse-question | alexa que país tem como capital ouagadougou | CITY:Ouagadougou
reverse-question | alexa monróvia é capital de qual país africano | CITY:Monróvia
reverse-question | alexa de quem é a capital ngerulmud | CITY:Ngerulmud
reverse-question | alexa tegucigalpa é de qual país | CITY:Tegucigalpa
reverse-question | alexa paramaribo é a capital de que país | CITY:Paramaribo
reverse-question | alexa georgetown é capital de qual país | CITY:Georgetown
reverse-question | alexa qual é o país cuja capital é canberra | CITY:Canberra
reverse-question | alexa asmara fica em que país é capital | CITY:Asmara
official-name | alexa sabe qual a capital {} | da república popular democrática da coreia=KP; da república da coreia=KR; do estado da palestina=PS
official-name | alexa qual é a capital oficial {} | da república federativa do brasil=BR; da república portuguesa=PT; da confederação suíça=CH
official-name | alexa me diz a capital {} | do reino unido da grã-bretanha e irlanda do norte=GB; da federação russa=RU; da república popular da china=CN
official-name | alexa a capital {} qual que é | da república democrática do congo=CD; da república do congo=CG; da república árabe do egito=EG
official-name | alexa qual a capital dos estados unidos mexicanos | MX
official-name | alexa qual é a capital da república islâmica do irã | IR
official-name | alexa capital do reino da arábia saudita | SA
official-name | alexa qual é a capital do estado plurinacional da bolívia | BO
official-name | alexa qual a capital da república bolivariana da venezuela | VE
official-name | alexa qual é a capital do reino dos países baixos | NL
official-name | alexa capital da república socialista do vietnã | VN
official-name | alexa qual a capital da república oriental do uruguai | UY
official-name | alexa qual é a capital da república da áfrica do sul | ZA
official-name | alexa qual é a capital do reino hachemita da jordânia | JO
official-name | alexa qual a capital da república unida da tanzânia | TZ
everyday-name | alexa qual é a capital {} mesmo | da holanda=NL; da inglaterra=GB-ENG; da birmânia=MM
everyday-name | alexa qual a capital {} hoje em dia | dos states=US; da suazilândia=SZ; da república tcheca=CZ
everyday-name | alexa fala a capital {} | da rússia=RU; do zaire=CD; do ceilão=LK
everyday-name | alexa qual era a capital da pérsia | IR
everyday-name | alexa capital dos eua | US
everyday-name | alexa qual a capital da terrinha | PT
everyday-name | alexa qual a capital da gringa | FB
everyday-name | alexa qual é a capital da costa do ouro | GH
everyday-name | alexa qual a capital da turquia que agora chama türkiye | TR
everyday-name | alexa qual a capital da macedônia | MK
everyday-name | alexa qual é a capital da bielorrússia | BY
everyday-name | alexa qual a capital da bielo-rússia | BY
everyday-name | alexa qual a capital do timor | TL
everyday-name | alexa qual é a capital do daomé | BJ
everyday-name | alexa qual a capital da alta volta | BF
shared-name | alexa me diz qual é a capital da {} | geórgia=GE+US-GA; coreia=KP+KR; guiné=GN
shared-name | alexa me fala qual a capital do {} | congo=CD+CG; estado da geórgia nos eua=US-GA; méxico país=MX
shared-name | alexa qual a capital da geórgia o país do cáucaso | GE
shared-name | alexa qual é a capital da geórgia lá dos estados unidos | US-GA
shared-name | alexa capital das coreias | KP+KR
shared-name | alexa qual é a capital do congo o da capital kinshasa | CD
shared-name | alexa qual a capital do congo pequeno | CG
shared-name | alexa qual a capital de luxemburgo o país | LU
shared-name | alexa qual a capital de washington o estado | US-WA
shared-name | alexa qual é a capital de nova york o estado não a cidade | US-NY
shared-name | alexa qual a capital do rio de janeiro o estado | BR-RJ
shared-name | alexa qual é a capital da guiné equatorial | GQ
shared-name | alexa qual a capital da guiana francesa | GF
shared-name | alexa qual a capital de são paulo estado | BR-SP
shared-name | alexa qual a capital de granada o país do caribe | GD
shared-name | alexa qual é a capital do sudão do sul | SS
shared-name | alexa qual é a capital da samoa americana | AS
funeraria | alexa o falecido nasceu {} qual a capital de lá | no líbano=LB; na jordânia=JO; na síria=SY
funeraria | alexa a família do velório veio {} qual é a capital | da albânia=AL; da moldávia=MD; da bielorrússia=BY
funeraria | alexa a coroa de flores vai pra embaixada {} em qual capital fica | da armênia=AM; da geórgia o país=GE; do azerbaijão=AZ
funeraria | alexa o traslado do corpo vai {} qual a capital | pra bolívia=BO; pro paraguai=PY; pro uruguai=UY
funeraria | alexa o corpo vai ser trasladado pra palestina qual a capital | PS
funeraria | alexa o parente do falecido vem da coreia do sul qual a capital | KR
funeraria | alexa precisa de certidão de óbito traduzida pro congo kinshasa qual a capital de lá | CD
funeraria | alexa o pastor do velório é do congo brazzaville qual é a capital | CG
funeraria | alexa o cemitério tá fechado hoje | FB
funeraria | alexa toca uma música calma pro velório | FB
corretor-imoveis | alexa o inquilino novo é {} qual a capital de lá | da finlândia=FI; da noruega=NO; da dinamarca=DK
corretor-imoveis | alexa o fiador mora {} qual é a capital | na islândia=IS; em malta=MT; em chipre=CY
corretor-imoveis | alexa o comprador do apartamento é {} me diz a capital | de luxemburgo=LU; de mônaco=MC; de liechtenstein=LI
corretor-imoveis | alexa vistoria amanhã com cliente {} qual a capital de lá | da áfrica do sul que tem três capitais=ZA; da tchéquia=CZ; da hungria=HU
corretor-imoveis | alexa o proprietário é da malásia quais as capitais | MY
corretor-imoveis | alexa o aluguel vai ser pago de andorra qual a capital | AD
corretor-imoveis | alexa o cliente do imóvel é de san marino qual a capital de lá | SM
corretor-imoveis | alexa quanto custa o metro quadrado em moema | FB
corretor-imoveis | alexa marca visita no apartamento às três | FB
material-construcao | alexa o porcelanato veio {} qual a capital desse país | da espanha=ES; da itália=IT; da china=CN
material-construcao | alexa o cimento importado é {} qual a capital | da turquia=TR; do vietnã=VN; do egito=EG
material-construcao | alexa a argamassa é de marca {} qual a capital | da alemanha=DE; da bélgica=BE; da áustria=AT
material-construcao | alexa o cliente do balcão é {} qual a capital | da guiné-bissau=GW; de são tomé e príncipe=ST; do timor-leste=TL
material-construcao | alexa o vergalhão chegou da coreia do norte qual a capital | KP
material-construcao | alexa quantos sacos de cimento pra uma laje | FB
material-construcao | alexa quanto custa o milheiro de tijolo | FB
material-construcao | alexa o azulejo é português qual a capital de portugal | PT
laboratorio | alexa a amostra veio {} qual a capital de lá | da índia=IN; do paquistão=PK; de bangladesh=BD
laboratorio | alexa o paciente da coleta é {} qual a capital | do sri lanka=LK; das maldivas=MV; do nepal=NP
laboratorio | alexa o reagente é importado {} qual a capital desse país | da suécia=SE; da irlanda=IE; da polônia=PL
laboratorio | alexa o resultado do exame sai que horas | FB
laboratorio | alexa precisa de jejum pra exame de sangue | FB
laboratorio | alexa a paciente é da palestina qual a capital de lá | PS
laboratorio | alexa o biomédico novo é da coreia do norte qual a capital | KP
leilao-gado | alexa o comprador do lote é {} qual a capital | do cazaquistão=KZ; do uzbequistão=UZ; da mongólia=MN
leilao-gado | alexa o nelore vai ser exportado {} qual é a capital | pro iraque=IQ; pro irã=IR; pra arábia saudita=SA
leilao-gado | alexa o lance veio de um fazendeiro {} qual a capital de lá | da argentina=AR; do chile=CL; da austrália=AU
leilao-gado | alexa a genética do touro é {} qual é a capital | da nova zelândia=NZ; do canadá=CA; dos estados unidos=US
leilao-gado | alexa quanto tá a arroba do boi hoje | FB
leilao-gado | alexa o leiloeiro falou que o boi vai pra malásia quais são as capitais | MY
leilao-gado | alexa o gado vai de navio pra argélia qual a capital | DZ
leilao-gado | alexa o frigorífico vende pra líbia qual a capital de lá | LY
foto-documento | alexa a foto três por quatro é pro visto {} qual a capital | do japão=JP; da china=CN; da rússia=RU
foto-documento | alexa o cliente do estúdio vai pra {} qual é a capital | jamaica=JM; barbados=BB; bahamas=BS
foto-documento | alexa o fundo branco é pro passaporte {} me diz a capital | de trinidad e tobago=TT; de santa lúcia=LC; de granada=GD
foto-documento | alexa o passaporte é pra ir pra áfrica do sul quais são as capitais | ZA
foto-documento | alexa a moça vai pra holanda quais são as capitais de lá | NL
foto-documento | alexa liga o flash | FB
foto-documento | alexa quanto tempo demora pra revelar foto | FB
foto-documento | alexa o rapaz vai trabalhar em dominica qual a capital | DM
agencia-bancaria | alexa a transferência internacional vai {} qual a capital | pra suíça=CH; pra singapura=SG; pros emirados árabes=AE
agencia-bancaria | alexa o cliente da senha quarenta mora {} qual a capital | no kuwait=KW; no catar=QA; em omã=OM
agencia-bancaria | alexa a remessa vai {} qual é a capital | pro senegal=SN; pro mali=ML; pra costa do marfim=CI
agencia-bancaria | alexa o caixa eletrônico tá sem dinheiro | FB
agencia-bancaria | alexa qual o horário do banco hoje | FB
agencia-bancaria | alexa o swift do banco é do congo brazzaville qual a capital | CG
agencia-bancaria | alexa a conta é de um cliente da bolívia quais são as capitais | BO
agencia-bancaria | alexa a remessa é pra coreia do sul qual a capital | KR
acaiteria | alexa a freguesa da tigela é {} qual a capital de lá | da colômbia=CO; do equador=EC; da venezuela=VE
acaiteria | alexa o açaí tá sendo vendido {} qual a capital | pro japão=JP; pros estados unidos=US; pra austrália=AU
acaiteria | alexa o turista que pediu granola é {} qual é a capital | da holanda=NL; da noruega=NO; da eslovênia=SI
acaiteria | alexa quanto custa o açaí de quinhentos | FB
acaiteria | alexa acabou a granola | FB
acaiteria | alexa o cliente do açaí é do congo kinshasa qual a capital | CD
acaiteria | alexa o sócio da açaiteria abriu filial na malásia quais as capitais | MY
escola-musica | alexa o compositor da partitura é {} qual a capital do país dele | da áustria=AT; da polônia=PL; da rússia=RU
escola-musica | alexa o aluno de piano veio {} qual é a capital | da hungria=HU; da romênia=RO; da bulgária=BG
escola-musica | alexa a música da aula é {} qual a capital | de cuba=CU; da argentina=AR; da jamaica=JM
escola-musica | alexa afina o violão | FB
escola-musica | alexa toca a escala de dó maior | FB
escola-musica | alexa o maestro convidado é da coreia do sul qual a capital | KR
escola-musica | alexa o violinista é da bolívia quais as capitais | BO
escola-musica | alexa a flautista é de essuatíni quais as duas capitais | SZ
jornaleiro | alexa a revista de fofoca falou {} qual é a capital | de mônaco=MC; da suécia=SE; da espanha=ES
jornaleiro | alexa o gibi é {} qual a capital de lá | do japão=JP; da bélgica=BE; da frança=FR
jornaleiro | alexa a manchete do jornal é sobre {} qual a capital | o sudão=SD; o iêmen=YE; a somália=SO
jornaleiro | alexa o jornal fala da palestina qual é a capital | PS
jornaleiro | alexa a capa do jornal é sobre a coreia do norte qual a capital | KP
jornaleiro | alexa quanto custa o jornal de domingo | FB
jornaleiro | alexa chegou a revista nova | FB
jornaleiro | alexa a revista de viagem fala do sri lanka quais as capitais | LK
achados-perdidos | alexa a mala extraviada veio {} qual a capital | de cabo verde=CV; de angola=AO; de moçambique=MZ
achados-perdidos | alexa a bagagem da esteira cinco é de um voo {} qual é a capital | da etiópia=ET; do quênia=KE; de ruanda=RW
achados-perdidos | alexa o passageiro que perdeu a mala é {} qual a capital | do marrocos=MA; da tunísia=TN; da argélia=DZ
achados-perdidos | alexa a etiqueta da mala diz países baixos quais as capitais | NL
achados-perdidos | alexa a mochila perdida é de um passageiro do congo kinshasa qual a capital | CD
achados-perdidos | alexa qual o portão de embarque do voo | FB
achados-perdidos | alexa o voo pra lisboa atrasou | FB
achados-perdidos | alexa a mala é de um passageiro do benin quais as duas capitais | BJ
buffet-infantil | alexa o tema da festa é {} qual a capital | o egito=EG; a grécia=GR; a índia=IN
buffet-infantil | alexa o aniversariante quer bandeira {} qual a capital | da itália=IT; do méxico=MX; do canadá=CA
buffet-infantil | alexa a mãe do aniversariante é {} qual é a capital de lá | da nigéria=NG; de gana=GH; de camarões=CM
buffet-infantil | alexa quantos brigadeiros por criança | FB
buffet-infantil | alexa desliga o pula-pula | FB
buffet-infantil | alexa canta parabéns | FB
buffet-infantil | alexa o tio do aniversariante mora na coreia do sul qual a capital | KR
buffet-infantil | alexa a festa é com tema da áfrica do sul quais as três capitais | ZA
confeitaria | alexa a encomenda do bolo é pra uma festa {} qual a capital | do líbano=LB; do chile=CL; da dinamarca=DK
confeitaria | alexa o chocolate belga vem da bélgica mas a cliente é {} qual a capital | da suíça=CH; da holanda=NL; da áustria=AT
confeitaria | alexa a receita do bolo é {} qual a capital | da hungria=HU; da áustria=AT; de portugal=PT
confeitaria | alexa o bolo de pote é pra uma cliente da palestina qual a capital | PS
confeitaria | alexa quanto tempo de forno pro pão de ló | FB
confeitaria | alexa converte duzentos gramas em xícaras | FB
confeitaria | alexa a confeiteira nova é da costa do marfim quais as capitais | CI
confeitaria | alexa o noivo do bolo é do sri lanka quais são as duas capitais | LK
investidor | alexa a bolsa {} fica em qual capital | do japão=JP; da coreia do sul=KR; da alemanha=DE
investidor | alexa comprei ações de uma empresa {} qual é a capital de lá | da índia=IN; da indonésia=ID; das filipinas=PH
investidor | alexa o fundo investe {} qual a capital | na arábia saudita=SA; na noruega=NO; em singapura=SG
investidor | alexa quanto fechou o ibovespa | FB
investidor | alexa o dólar subiu hoje | FB
investidor | alexa qual a cotação do bitcoin | FB
investidor | alexa a mineradora é da áfrica do sul quais as capitais de lá | ZA
investidor | alexa o petróleo subiu por causa da venezuela qual a capital | VE
investidor | alexa a empresa de gás é do turcomenistão qual a capital | TM
investidor | alexa o título da dívida é do gabão qual a capital de lá | GA
passeador-caes | alexa a raça do cachorro é {} qual é a capital | da alemanha=DE; do japão=JP; do tibete=FB
passeador-caes | alexa o dono do labrador é {} qual a capital | do canadá=CA; da escócia=GB-SCT; da irlanda=IE
passeador-caes | alexa a dona do poodle mudou {} qual a capital de lá | pra frança=FR; pra croácia=HR; pra sérvia=RS
passeador-caes | alexa o husky é da sibéria qual a capital da rússia | RU
passeador-caes | alexa o chihuahua é do méxico qual a capital | MX
passeador-caes | alexa vai chover na hora do passeio | FB
passeador-caes | alexa compra ração pro cachorro | FB
passeador-caes | alexa a dona do shih tzu é da malásia quais as capitais | MY
passeador-caes | alexa a coleira veio da bolívia quais as capitais | BO
consulado | alexa a fila do consulado {} fica em qual capital lá | do paraguai=PY; do peru=PE; da colômbia=CO
consulado | alexa o agendamento é no consulado {} qual a capital desse país | da nicarágua=NI; de honduras=HN; da guatemala=GT
consulado | alexa preciso de visto pra {} qual a capital | el salvador=SV; costa rica=CR; panamá=PA
consulado | alexa a embaixada da palestina fica em qual capital da palestina | PS
consulado | alexa quero saber a capital da coreia do norte pro visto | KP
consulado | alexa o consulado do congo kinshasa fica onde e qual a capital de lá | CD
consulado | alexa qual o horário do consulado | FB
consulado | alexa quanto custa o visto americano | FB
consulado | alexa o carimbo é do congo brazzaville qual a capital | CG
elevador | alexa a peça do elevador veio {} qual a capital | da finlândia=FI; da suíça=CH; da espanha=ES
elevador | alexa o técnico do elevador foi treinado {} qual a capital de lá | na áustria=AT; na itália=IT; na coreia do sul=KR
elevador | alexa a manutenção do elevador é de empresa {} qual a capital | americana=US; alemã=DE; japonesa=JP
elevador | alexa o elevador parou no quinto andar | FB
elevador | alexa chama o técnico | FB
elevador | alexa o prédio tem elevador de empresa da china qual a capital | CN
elevador | alexa o manual do elevador tá em holandês quais as capitais da holanda | NL
seguranca-shopping | alexa o turista na ronda é {} qual a capital de lá | do uruguai=UY; da argentina=AR; do chile=CL
seguranca-shopping | alexa a câmera pegou um turista {} qual é a capital | da arábia saudita=SA; dos emirados árabes unidos=AE; do catar=QA
seguranca-shopping | alexa a loja nova do shopping é {} qual a capital | da suécia=SE; da dinamarca=DK; da irlanda=IE
seguranca-shopping | alexa a criança perdida fala só coreano é da coreia do sul qual a capital | KR
seguranca-shopping | alexa que horas fecha o shopping | FB
seguranca-shopping | alexa o rádio tá sem bateria | FB
seguranca-shopping | alexa a turista da praça de alimentação é da malásia quais as capitais | MY
manobrista | alexa o carro do cliente é {} qual a capital | sueco=SE; francês=FR; italiano=IT
manobrista | alexa o dono do carro importado é {} qual é a capital | do kuwait=KW; de omã=OM; do barein=BH
manobrista | alexa o ticket do estacionamento é de um turista {} qual a capital | do canadá=CA; da austrália=AU; da nova zelândia=NZ
manobrista | alexa quantas vagas tem no subsolo | FB
manobrista | alexa o cliente do estacionamento é da áfrica do sul quais as capitais | ZA
manobrista | alexa o motorista do embaixador é da palestina qual a capital | PS
clube-leitura | alexa o autor do livro do mês é {} qual a capital do país dele | da colômbia=CO; da nigéria=NG; do japão=JP
clube-leitura | alexa o romance se passa {} qual a capital | no afeganistão=AF; na turquia=TR; no irã=IR
clube-leitura | alexa o capítulo novo fala {} qual é a capital | da etiópia=ET; da eritreia=ER; da somália=SO
clube-leitura | alexa a autora do livro é da coreia do sul qual a capital | KR
clube-leitura | alexa o livro da coreia do norte que a gente leu qual a capital de lá | KP
clube-leitura | alexa lê o próximo capítulo | FB
clube-leitura | alexa quem escreveu cem anos de solidão | FB
clube-leitura | alexa o livro é sobre o congo belga o congo kinshasa qual a capital | CD
copa-do-mundo | alexa a seleção {} tem qual capital | do marrocos=MA; da croácia=HR; do senegal=SN
copa-do-mundo | alexa o brasil joga contra {} qual é a capital deles | camarões=CM; a sérvia=RS; a suíça=CH
copa-do-mundo | alexa a escalação {} é de qual capital | do uruguai=UY; do equador=EC; do catar=QA
copa-do-mundo | alexa que horas é o jogo do brasil | FB
copa-do-mundo | alexa quem fez o gol | FB
copa-do-mundo | alexa qual seleção tem mais copas | FB
copa-do-mundo | alexa o adversário é a coreia do norte qual a capital | KP
copa-do-mundo | alexa o jogo é contra a holanda quais as capitais dos países baixos | NL
copa-do-mundo | alexa a seleção da costa do marfim quais são as capitais | CI
volei | alexa o campeonato de vôlei é {} qual a capital | na polônia=PL; na turquia=TR; na sérvia=RS
volei | alexa a levantadora nova é {} qual a capital de lá | da república dominicana=DO; de cuba=CU; de porto rico=PR
volei | alexa o time vai jogar {} qual é a capital | no irã=IR; na eslovênia=SI; na bélgica=BE
volei | alexa quanto tá o jogo de vôlei | FB
volei | alexa a ponteira é do quênia qual a capital | KE
volei | alexa o líbero é da bolívia quais as capitais | BO
volei | alexa a oposta é do benin quais as capitais | BJ
vale-paraiba | alexa ixi esqueci a capital {} | da ucrânia=UA; do cazaquistão=KZ; da geórgia o país=GE
vale-paraiba | alexa o engenheiro da embraer viajou {} qual a capital de lá | pra etiópia=ET; pro quênia=KE; pra tanzânia=TZ
vale-paraiba | alexa em campos do jordão tem turista {} qual a capital | da argentina=AR; da suíça=CH; da alemanha=DE
vale-paraiba | alexa o romeiro de aparecida veio {} qual a capital | do paraguai=PY; do peru=PE; de portugal=PT
vale-paraiba | alexa vai fazer frio na mantiqueira hoje | FB
vale-paraiba | alexa qual o caminho pra taubaté | FB
vale-paraiba | alexa o avião da embraer foi vendido pra malásia quais as capitais | MY
vale-paraiba | alexa o cliente da embraer é do congo brazzaville qual a capital de lá | CG
vale-paraiba | alexa o colega da fábrica foi pra palestina qual a capital | PS
chapada-diamantina | alexa o turista da trilha é {} qual a capital de lá | de israel=IL; da eslováquia=SK; da eslovênia=SI
chapada-diamantina | alexa o grupo do vale do pati veio {} qual a capital | da estônia=EE; da letônia=LV; da lituânia=LT
chapada-diamantina | alexa a cachoeira da fumaça tem turista {} qual é a capital | da bélgica=BE; da irlanda=IE; da islândia=IS
chapada-diamantina | alexa o guia de lençóis quer saber a capital {} | da nova zelândia=NZ; do nepal=NP; do butão=BT
chapada-diamantina | alexa a mochileira é da áfrica do sul quais as capitais | ZA
chapada-diamantina | alexa o casal da trilha é da holanda quais as duas capitais | NL
chapada-diamantina | alexa vai chover na chapada amanhã | FB
chapada-diamantina | alexa quantos quilômetros tem a trilha | FB
chapada-diamantina | alexa o mochileiro é da coreia do norte ele disse qual a capital | KP
romeiros-juazeiro | alexa o romeiro do padre cícero conheceu um padre {} qual a capital de lá | da polônia=PL; da itália=IT; da irlanda=IE
romeiros-juazeiro | alexa vixe qual é a capital {} que o padre falou na missa | do vaticano=VA; de israel=IL; da jordânia=JO
romeiros-juazeiro | alexa a freira da romaria é {} qual a capital | das filipinas=PH; do timor-leste=TL; de angola=AO
romeiros-juazeiro | alexa que horas é a missa da romaria | FB
romeiros-juazeiro | alexa toca bendito do padre cícero | FB
romeiros-juazeiro | alexa o padre missionário tá no congo kinshasa qual a capital | CD
romeiros-juazeiro | alexa a irmã missionária foi pra palestina qual é a capital de lá | PS
romeiros-juazeiro | alexa o frei é da bolívia quais são as capitais | BO
equatorianos | alexa nhanho qual a capital {} | do equador=EC; da colômbia=CO; do peru=PE
equatorianos | alexa achachay que frio qual é a capital {} | do chile=CL; da argentina=AR; da bolívia=BO
equatorianos | alexa chévere me diz a capital {} | de cuba=CU; da venezuela=VE; do panamá=PA
equatorianos | alexa mi amiga é da costa rica qual a capital | CR
equatorianos | alexa nhanho qual a capital da coreia do sul | KR
equatorianos | alexa toca um pasillo equatoriano | FB
equatorianos | alexa quanto tá o voo pra quito | FB
equatorianos | alexa o primo trabalha no congo brazzaville qual a capital | CG
irlandeses | alexa grand qual é a capital {} | da irlanda do norte=GB-NIR; do país de gales=GB-WLS; da escócia=GB-SCT
irlandeses | alexa the craic qual a capital {} | da islândia=IS; da noruega=NO; da finlândia=FI
irlandeses | alexa me fala a capital {} mate | da inglaterra=GB-ENG; de malta=MT; de chipre=CY
irlandeses | alexa qual a capital da irlanda a república | IE
irlandeses | alexa toca música irlandesa | FB
irlandeses | alexa grand grand qual é a capital da malásia as duas | MY
irlandeses | alexa qual a capital da palestina please | PS
ganeses | alexa chale qual é a capital {} | de gana=GH; do togo=TG; de burquina faso=BF
ganeses | alexa ei qual a capital {} | da libéria=LR; de serra leoa=SL; da guiné=GN
ganeses | alexa my sister mora {} qual a capital | na gâmbia=GM; no níger=NE; no chade=TD
ganeses | alexa chale o congo kinshasa qual a capital | CD
ganeses | alexa ei o meu amigo é do congo brazzaville qual é a capital | CG
ganeses | alexa toca highlife | FB
ganeses | alexa chale a costa do marfim tem duas capitais quais | CI
ganeses | alexa ei qual a capital da coreia do norte | KP
egipcios | alexa ya basha qual a capital {} | do egito=EG; do sudão=SD; da líbia=LY
egipcios | alexa khalas me diz a capital {} | da jordânia=JO; da síria=SY; do iraque=IQ
egipcios | alexa yalla qual a capital {} | do iêmen=YE; de omã=OM; dos emirados=AE
egipcios | alexa ya basha qual é a capital da palestina | PS
egipcios | alexa khalas para de tocar | STOP
egipcios | alexa que horas é a oração | FB
egipcios | alexa yalla quais as capitais da áfrica do sul | ZA
egipcios | alexa ya basha qual a capital da mauritânia | MR
suecos | alexa tack qual é a capital {} | da suécia=SE; da dinamarca=DK; da noruega=NO
suecos | alexa na hora da fika me diz a capital {} | da finlândia=FI; da estônia=EE; da letônia=LV
suecos | alexa qual a capital {} ja | da groenlândia=GL; das ilhas faroé=FO; da islândia=IS
suecos | alexa tack qual a capital da coreia do sul | KR
suecos | alexa a capital da holanda são duas né quais | NL
suecos | alexa quanto graus em estocolmo | FB
suecos | alexa tack tchau | STOP
hangar | alexa a turbina veio {} qual a capital | do reino unido=GB; da frança=FR; do canadá=CA
hangar | alexa o avião no hangar é de companhia {} qual a capital de lá | etíope=ET; turca=TR; angolana=AO
hangar | alexa o piloto do jato executivo é {} qual é a capital | de mônaco=MC; da indonésia=ID; da tailândia=TH
hangar | alexa o cargueiro vai pra malásia quais as duas capitais | MY
hangar | alexa o avião de carga vai pra coreia do norte qual a capital | KP
hangar | alexa qual a previsão de vento na pista | FB
hangar | alexa abre o manual da turbina | FB
hangar | alexa o voo humanitário vai pro congo kinshasa qual a capital | CD
revendedora-cosmeticos | alexa o catálogo tem perfume {} qual a capital | da frança=FR; da arábia saudita=SA; da itália=IT
revendedora-cosmeticos | alexa a cliente do catálogo mora {} qual é a capital de lá | no japão=JP; em portugal=PT; na espanha=ES
revendedora-cosmeticos | alexa a revendedora nova é {} qual a capital | de angola=AO; de moçambique=MZ; da guiné-bissau=GW
revendedora-cosmeticos | alexa o creme é da coreia do sul qual a capital | KR
revendedora-cosmeticos | alexa anota o pedido da dona célia | FB
revendedora-cosmeticos | alexa quando fecha o ciclo do catálogo | FB
revendedora-cosmeticos | alexa a cliente é de essuatíni quais as capitais | SZ
revendedora-cosmeticos | alexa o batom veio da bolívia quais as capitais | BO
cuidadora-idosos | alexa a vovó quer saber a capital {} | da tchecoslováquia=FB; da iugoslávia=FB; da alemanha oriental=FB
cuidadora-idosos | alexa o seu joão perguntou a capital {} | da hungria=HU; da grécia=GR; da albânia=AL
cuidadora-idosos | alexa a dona maria lembrou da capital {} | do líbano=LB; da armênia=AM; da síria=SY
cuidadora-idosos | alexa hora do remédio da vovó | FB
cuidadora-idosos | alexa liga pra filha da dona maria | FB
cuidadora-idosos | alexa a vovó quer saber a capital da palestina | PS
cuidadora-idosos | alexa o vovô perguntou da coreia do norte qual a capital | KP
cuidadora-idosos | alexa o seu joão quer saber as capitais da áfrica do sul | ZA
cuidadora-idosos | alexa a vovó quer saber a capital do congo kinshasa | CD
help | alexa a vovó não sabe usar o capitais do mundo me ajuda | HELP
help | alexa como é que pergunta a capital de um país nesse negócio | HELP
help | alexa ajuda aqui que o menino travou no jogo das capitais | HELP
help | alexa tô no consulado e não sei o que perguntar ajuda | HELP
help | alexa me explica direitinho como eu pergunto as capitais | HELP
help | alexa o que dá pra perguntar pro capitais do mundo | HELP
help | alexa não tô entendendo nada me dá uma luz | HELP
help | alexa ajuda por gentileza não sei mexer | HELP
help | alexa como é que eu faço pra saber a capital de um lugar | HELP
help | alexa quais perguntas eu posso fazer aqui | HELP
help | alexa me dá umas dicas de como usar | HELP
help | alexa ya basha me ajuda como funciona | HELP
help | alexa chale help me como usa isso | HELP
help | alexa nhanho não entendi me ajuda | HELP
help | alexa o cliente quer saber como usar isso me ajuda aí | HELP
help | alexa repete as instruções do jogo | HELP
help | alexa como eu jogo esse jogo das capitais | HELP
help | alexa que tipo de coisa você sabe responder aqui | HELP
help | alexa explica de novo como funciona | HELP
help | alexa ajuda a dona maria a usar isso | HELP
help | alexa me ajuda com o capitais do mundo | HELP
help | alexa me mostra o que essa skill faz | HELP
stop | alexa para com as capitais que o cliente chegou | STOP
stop | alexa chega de capital por hoje tchau | STOP
stop | alexa pode encerrar o capitais do mundo | STOP
stop | alexa fecha o jogo das capitais | STOP
stop | alexa desliga esse jogo que a vovó vai dormir | STOP
stop | alexa para que o velório vai começar | STOP
stop | alexa encerra aí que o leilão começou | STOP
stop | alexa sai desse jogo por favor | STOP
stop | alexa tchau tchau capitais | STOP
stop | alexa para que o jogo do brasil vai começar | STOP
stop | alexa chega nhanho | STOP
stop | alexa chale stop | STOP
stop | alexa para o capitais do mundo agora | STOP
stop | alexa encerra a sessão | STOP
stop | alexa terminou a aula pode fechar | STOP
stop | alexa fecha isso aí que o elevador chegou | STOP
stop | alexa obrigado por hoje pode sair | STOP
stop | alexa não quero mais jogar tchau | STOP
stop | alexa para de perguntar capital | STOP
stop | alexa sai da skill de capitais | STOP
stop | alexa encerra que a loja vai fechar | STOP
stop | alexa para tá bom já chega | STOP
cancel | alexa cancela essa capital que eu pedi | CANCEL
cancel | alexa esquece a pergunta da vovó | CANCEL
cancel | alexa cancela que o cliente desistiu | CANCEL
cancel | alexa deixa pra lá a capital do congo | CANCEL
cancel | alexa esquece o país que eu falei | CANCEL
cancel | alexa cancela essa pergunta aí | CANCEL
cancel | alexa não era isso cancela | CANCEL
cancel | alexa cancela o que eu pedi agora | CANCEL
cancel | alexa esquece nhanho | CANCEL
cancel | alexa chale cancela | CANCEL
cancel | alexa khalas cancela | CANCEL
cancel | alexa perguntei errado cancela | CANCEL
cancel | alexa deixa quieto a capital | CANCEL
cancel | alexa esquece não precisa responder | CANCEL
cancel | alexa cancela a última pergunta | CANCEL
cancel | alexa cancela que eu já sei a resposta | CANCEL
cancel | alexa esquece que o menino já respondeu | CANCEL
cancel | alexa pode esquecer essa | CANCEL
cancel | alexa anula essa pergunta | CANCEL
cancel | alexa cancela o pedido | CANCEL
cancel | alexa esquece esse país | CANCEL
cancel | alexa desconsidera o que eu falei | CANCEL
launch | alexa abre o capitais do mundo pra vovó | LAUNCH
launch | alexa abre o jogo capitais do mundo | LAUNCH
launch | alexa quero brincar de capitais do mundo | LAUNCH
launch | alexa abre o capitais do mundo pro cliente | LAUNCH
launch | alexa chama o jogo capitais do mundo | LAUNCH
launch | alexa começa o jogo capitais do mundo | LAUNCH
launch | alexa inicia a skill de capitais do mundo | LAUNCH
launch | alexa abre aquela skill capitais do mundo | LAUNCH
launch | alexa vamos jogar o capitais do mundo | LAUNCH
launch | alexa capitais do mundo por favor | LAUNCH
launch | alexa nhanho abre capitais do mundo | LAUNCH
launch | alexa chale abre capitais do mundo | LAUNCH
launch | alexa yalla abre capitais do mundo | LAUNCH
launch | alexa tack abre capitais do mundo | LAUNCH
launch | alexa abre de novo o capitais do mundo | LAUNCH
launch | alexa quero o capitais do mundo | LAUNCH
launch | alexa liga a skill capitais do mundo | LAUNCH
launch | alexa abre o capitais do mundo rapidinho | LAUNCH
launch | alexa começa uma rodada de capitais do mundo | LAUNCH
launch | alexa inicia o capitais do mundo pra turma | LAUNCH
launch | alexa abre pra mim o capitais do mundo | LAUNCH
launch | alexa bota aí o capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo aí | LAUNCH
launch | alexa joga capitais do mundo comigo | LAUNCH
launch | alexa vamos abrir capitais do mundo | LAUNCH
launch | alexa pode iniciar o capitais do mundo | LAUNCH
launch | alexa abre o capitais do mundo que o seu joão quer jogar | LAUNCH
launch | alexa na hora da fika abre capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo pra gente treinar | LAUNCH
launch | alexa entrar no capitais do mundo | LAUNCH
launch | alexa abre o capitais do mundo no quarto | LAUNCH
launch | alexa retoma o capitais do mundo | LAUNCH
launch | alexa abre a skill das capitais do mundo | LAUNCH
funeraria | alexa a missa de sétimo dia é pra um senhor {} qual a capital de lá | de fiji=FJ; de tonga=TO; de samoa=WS
funeraria | alexa a urna vai ser mandada {} qual é a capital | pro haiti=HT; pra guiana=GY; pro suriname=SR
funeraria | alexa a viúva é da palestina e quer saber a capital | PS
funeraria | alexa o velório é de um senhor da coreia do norte qual a capital | KP
corretor-imoveis | alexa o investidor estrangeiro é {} qual a capital de lá | de brunei=BN; do camboja=KH; da bósnia=BA
corretor-imoveis | alexa a casa de praia foi vendida pra um casal {} qual é a capital | de belize=BZ; de antígua e barbuda=AG; de são cristóvão e névis=KN
corretor-imoveis | alexa o inquilino é do congo brazzaville qual a capital | CG
corretor-imoveis | alexa o contrato é com um cliente da coreia do norte qual é a capital | KP
material-construcao | alexa a madeira veio {} qual a capital | de papua-nova guiné=PG; das ilhas salomão=SB; de vanuatu=VU
material-construcao | alexa o pedreiro novo é {} qual é a capital de lá | do haiti=HT; da república centro-africana=CF; do sudão do sul=SS
material-construcao | alexa o cliente da obra é da palestina qual a capital | PS
material-construcao | alexa o granito vai pro congo brazzaville qual é a capital | CG
laboratorio | alexa o pesquisador visitante é {} qual a capital | de madagascar=MG; das comores=KM; de seicheles=SC
laboratorio | alexa a amostra de malária veio {} qual é a capital de lá | de uganda=UG; do djibuti=DJ; do lesoto=LS
laboratorio | alexa o congresso de biomedicina é na malásia quais as capitais | MY
laboratorio | alexa o reagente veio da áfrica do sul quais as capitais de lá | ZA
leilao-gado | alexa o comprador de sêmen bovino é {} qual a capital | de botsuana=BW; da namíbia=NA; do zimbábue=ZW
leilao-gado | alexa o lote foi arrematado por um cara {} qual é a capital | do tadjiquistão=TJ; do quirguistão=KG; do azerbaijão=AZ
leilao-gado | alexa o leilão virtual tem comprador da bolívia quais as capitais | BO
leilao-gado | alexa o peão novo veio do congo kinshasa qual é a capital | CD
foto-documento | alexa a foto é pro visto {} qual a capital desse país | de são vicente e granadinas=VC; da micronésia=FM; das ilhas marshall=MH
foto-documento | alexa o menino vai morar {} qual é a capital | em nauru=NR; em tuvalu=TV; em quiribati=KI
foto-documento | alexa a foto do passaporte é pra viagem pra palestina qual a capital | PS
foto-documento | alexa o documento é pro visto da coreia do sul qual é a capital | KR
agencia-bancaria | alexa o cliente quer mandar dinheiro {} qual a capital | pra moçambique=MZ; pra guiné equatorial=GQ; pra eritreia=ER
agencia-bancaria | alexa o pix internacional vai {} qual é a capital de lá | pra tailândia=TH; pro camboja=KH; pro laos=LA
agencia-bancaria | alexa o gerente falou que o cliente é dos países baixos quais as capitais | NL
agencia-bancaria | alexa a transferência vai pra essuatíni quais são as capitais | SZ
acaiteria | alexa o freguês do açaí é {} qual a capital | de fiji=FJ; de samoa=WS; de tonga=TO
acaiteria | alexa a cliente que pediu sem granola é {} qual é a capital de lá | da mongólia=MN; do butão=BT; do nepal=NP
acaiteria | alexa o turista do açaí é da palestina qual a capital | PS
acaiteria | alexa o cliente do açaí é do sri lanka quais as capitais | LK
escola-musica | alexa o tambor da aula veio {} qual a capital | do senegal=SN; do mali=ML; da guiné=GN
escola-musica | alexa o ritmo da aula de percussão é {} qual é a capital | do haiti=HT; de trinidad e tobago=TT; de belize=BZ
escola-musica | alexa a pianista é da coreia do norte qual a capital | KP
escola-musica | alexa o professor de violino é do congo brazzaville qual é a capital de lá | CG
jornaleiro | alexa o jornal de hoje fala {} qual a capital | das ilhas salomão=SB; de papua-nova guiné=PG; de vanuatu=VU
jornaleiro | alexa a revista de geografia fala {} qual é a capital | de madagascar=MG; das comores=KM; de maurício=MU
jornaleiro | alexa a manchete é do congo kinshasa qual a capital | CD
jornaleiro | alexa a revista fala da malásia quais são as capitais | MY
achados-perdidos | alexa o passaporte achado no banheiro é {} qual a capital | de botsuana=BW; do lesoto=LS; de essuatíni=SZ
achados-perdidos | alexa a mala rosa é de uma moça {} qual é a capital de lá | de brunei=BN; de singapura=SG; das filipinas=PH
achados-perdidos | alexa o celular esquecido é de um passageiro da coreia do sul qual a capital | KR
achados-perdidos | alexa o casaco achado é de um turista da palestina qual a capital | PS
buffet-infantil | alexa a brincadeira é de bandeira {} qual a capital | da bósnia e herzegovina=BA; do montenegro=ME; da macedônia do norte=MK
buffet-infantil | alexa o mágico da festa é {} qual é a capital de lá | do suriname=SR; da guiana=GY; de cuba=CU
buffet-infantil | alexa a criança perguntou as capitais da bolívia | BO
buffet-infantil | alexa o amiguinho da festa é do congo brazzaville qual a capital | CG
confeitaria | alexa a encomenda é um bolo com bandeira {} qual a capital | de tuvalu=TV; de nauru=NR; de quiribati=KI
confeitaria | alexa o doce da encomenda é típico {} qual é a capital | da turquia=TR; da grécia=GR; do irã=IR
confeitaria | alexa a cliente do bolo é da coreia do norte qual a capital | KP
confeitaria | alexa o noivo é do congo kinshasa qual é a capital | CD
investidor | alexa o fundo de mineração investe {} qual a capital | na república centro-africana=CF; no níger=NE; na mauritânia=MR
investidor | alexa comprei título {} qual é a capital | do djibuti=DJ; de seicheles=SC; das maldivas=MV
investidor | alexa o banco central da palestina fica em qual capital | PS
investidor | alexa a empresa de cacau é da costa do marfim quais são as capitais | CI
passeador-caes | alexa a dona do vira-lata mudou {} qual a capital | pra micronésia=FM; pras ilhas marshall=MH; pra palau=PW
passeador-caes | alexa o basenji é {} qual é a capital de lá | da república democrática do congo=CD; do congo brazzaville=CG; da coreia do norte=KP
passeador-caes | alexa o dono do jindo é da coreia do sul qual a capital | KR
passeador-caes | alexa a dona do galgo é da palestina qual é a capital | PS
consulado | alexa o agendamento é no consulado {} qual a capital | de uganda=UG; do sudão do sul=SS; do tadjiquistão=TJ
consulado | alexa a embaixada {} fica em qual capital de lá | de antígua e barbuda=AG; de são vicente e granadinas=VC; de são cristóvão e névis=KN
consulado | alexa o consulado da malásia quais são as capitais | MY
consulado | alexa o visto é pra áfrica do sul quais as capitais | ZA
elevador | alexa o elevador panorâmico foi feito {} qual a capital | na turquia=TR; na polônia=PL; no canadá=CA
elevador | alexa o técnico novo do elevador é {} qual é a capital | do haiti=HT; de angola=AO; de cabo verde=CV
elevador | alexa o síndico é da palestina qual a capital | PS
elevador | alexa a empresa do elevador é do congo kinshasa qual é a capital | CD
seguranca-shopping | alexa o turista perdido é {} qual a capital | do camboja=KH; do vietnã=VN; da tailândia=TH
seguranca-shopping | alexa a câmera três pegou uma família {} qual é a capital de lá | da índia=IN; do paquistão=PK; de bangladesh=BD
seguranca-shopping | alexa o lojista novo é da coreia do norte qual a capital | KP
seguranca-shopping | alexa o turista é do congo brazzaville qual é a capital | CG
manobrista | alexa o dono da caminhonete é {} qual a capital | de botsuana=BW; do zimbábue=ZW; da zâmbia=ZM
manobrista | alexa o cliente do valet é {} qual é a capital de lá | do bahrein=BH; da jordânia=JO; do líbano=LB
manobrista | alexa o carro é de um diplomata da coreia do sul qual a capital | KR
manobrista | alexa o cliente do estacionamento é da bolívia quais as capitais | BO
clube-leitura | alexa o livro de poesia é {} qual a capital | do chile=CL; da nicarágua=NI; do peru=PE
clube-leitura | alexa a história do livro é {} qual é a capital de lá | em moçambique=MZ; em angola=AO; na guiné-bissau=GW
clube-leitura | alexa o livro do mês é da palestina qual a capital | PS
clube-leitura | alexa o autor é do sri lanka quais as capitais | LK
copa-do-mundo | alexa o próximo jogo é contra {} qual a capital | o japão=JP; a austrália=AU; a coreia do sul=KR
copa-do-mundo | alexa a torcida {} é de qual capital | de gana=GH; da tunísia=TN; da argélia=DZ
copa-do-mundo | alexa o jogo é contra a áfrica do sul quais as capitais | ZA
copa-do-mundo | alexa o goleiro é do congo kinshasa qual a capital | CD
volei | alexa a central nova é {} qual a capital | do cazaquistão=KZ; da bielorrússia=BY; da ucrânia=UA
volei | alexa o torneio de vôlei de praia é {} qual é a capital | em fiji=FJ; em vanuatu=VU; em samoa=WS
volei | alexa a técnica é da palestina qual a capital | PS
volei | alexa a jogadora é da malásia quais as capitais | MY
out-of-domain | alexa quanto tempo de voo daqui até {} | o cairo=FB; a cidade do cabo=FB; seul=FB
out-of-domain | alexa qual é o clima em {} essa semana | lençóis=FB; campos do jordão=FB; juazeiro do norte=FB
out-of-domain | alexa qual a língua oficial {} | de moçambique=FB; da etiópia=FB; do sri lanka=FB
out-of-domain | alexa quantos países tem na {} | áfrica=FB; europa=FB; ásia=FB
out-of-domain | alexa qual a cidade mais antiga {} | do mundo=FB; do brasil=FB; da europa=FB
out-of-domain | alexa qual é o rio mais comprido {} | da áfrica=FB; do mundo=FB; da europa=FB
out-of-domain | alexa qual é a capital do vale do paraíba | FB
out-of-domain | alexa qual é a capital do forró | FB
out-of-domain | alexa qual é a capital nacional do calçado | FB
out-of-domain | alexa qual é a capital do império romano | FB
out-of-domain | alexa qual foi a primeira capital do brasil | FB
out-of-domain | alexa qual é a capital do sertão | FB
out-of-domain | alexa qual a capital da escandinávia | FB
out-of-domain | alexa qual é a capital da caxemira toda | FB
out-of-domain | alexa qual é a capital do mercosul | FB
out-of-domain | alexa quem é o rei da suécia | FB
out-of-domain | alexa quanto custa o euro hoje | FB
out-of-domain | alexa lembra de tirar o bolo do forno em quarenta minutos | FB
out-of-domain | alexa como tá o trânsito na dutra | FB
out-of-domain | alexa qual a capital do estado do vale | FB
out-of-domain | alexa toca um pagode pra gente | FB
out-of-domain | alexa qual é o maior país da áfrica | FB
out-of-domain | alexa qual a montanha mais alta do nepal | FB
out-of-domain | alexa tem feriado na semana que vem | FB
out-of-domain | alexa qual é a capital do bolo de rolo | FB
out-of-domain | alexa quantas capitais tem o brasil | FB
out-of-domain | alexa qual país tem mais capitais | FB
out-of-domain | alexa soletra a palavra ouagadougou | FB
out-of-domain | alexa como pronuncia reykjavík | FB
out-of-domain | alexa traduz a palavra capital pra inglês | FB
out-of-domain | alexa qual é a capital do condado de cornualha | FB
out-of-domain | alexa qual a capital da baixa califórnia sul do méxico dos filmes | FB
out-of-domain | alexa quem ganhou o oscar | FB
out-of-domain | alexa qual é a capital da cerveja artesanal | FB
out-of-domain | alexa põe a música mais tocada da semana | FB
out-of-domain | alexa qual a capital do curdistão | FB
out-of-domain | alexa qual a capital da tartária | FB
out-of-domain | alexa qual a capital da prússia | FB
out-of-domain | alexa qual é a capital do tibete | FB
out-of-domain | alexa qual a capital da transilvânia | FB
plural-capitals | alexa o seu joão quer saber as três capitais {} | da áfrica do sul=ZA; sul-africanas=ZA; do país do mandela=ZA
plural-capitals | alexa chale me fala as capitais {} | do benin=BJ; da costa do marfim=CI; de essuatíni=SZ
plural-capitals | alexa nhanho dime as capitais {} | da bolívia=BO; do sri lanka=LK; da malásia=MY
plural-capitals | alexa ya basha as duas capitais {} quais são | da holanda=NL; da malásia=MY; do sri lanka=LK
plural-capitals | alexa quais são as cidades capitais da suazilândia | SZ
plural-capitals | alexa o benin tem capital dupla quais são | BJ
plural-capitals | alexa as capitais da costa do marfim a oficial e a econômica | CI
plural-capitals | alexa a malásia tem kuala lumpur e qual outra capital | MY
plural-capitals | alexa qual são as capitais da holanda haia e qual mais | NL
plural-capitals | alexa me fala as capitais de verdade da bolívia | BO
plural-capitals | alexa o sri lanka tem duas capitais né quais | LK
cancel | alexa cancela que a vovó dormiu | CANCEL
cancel | alexa esquece o leilão cancela | CANCEL
cancel | alexa cancela essa que eu falei o país errado | CANCEL
cancel | alexa não não cancela aí | CANCEL
cancel | alexa esquece aquilo do consulado | CANCEL
cancel | alexa cancela que o elevador chegou | CANCEL
cancel | alexa ya basha cancela isso | CANCEL
cancel | alexa tack mas cancela | CANCEL
cancel | alexa cancela que o cliente foi embora | CANCEL
cancel | alexa esquece a capital deixa pra depois | CANCEL
launch | alexa capitais do mundo começa aí | LAUNCH
launch | alexa abre o capitais do mundo que a turma do vôlei quer jogar | LAUNCH
launch | alexa inicia o capitais do mundo pro seu joão | LAUNCH
launch | alexa começa o capitais do mundo na sala de espera | LAUNCH
launch | alexa abre o capitais do mundo enquanto o bolo assa | LAUNCH
launch | alexa chale start capitais do mundo | LAUNCH
launch | alexa ya basha abre o capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo que eu quero estudar pro concurso | LAUNCH
yes-no-check | alexa {} tá certo | a capital da bósnia é sarajevo=BA; a capital da macedônia é skopje=MK; a capital do montenegro é podgorica=ME
yes-no-check | alexa o menino disse que {} é isso | a capital da austrália é melbourne=AU; a capital da suíça é genebra=CH; a capital da bolívia é santa cruz=BO
yes-no-check | alexa a capital da malásia é só kuala lumpur | MY
yes-no-check | alexa a capital da holanda é roterdã | NL
yes-no-check | alexa a capital da áfrica do sul é joanesburgo né | ZA
yes-no-check | alexa a capital da palestina é jerusalém oriental | PS
official-name | alexa qual é a capital do reino da tailândia | TH
official-name | alexa me diz a capital da república federal da alemanha | DE
official-name | alexa qual a capital da república argentina | AR
official-name | alexa qual a capital do reino de marrocos | MA
official-name | alexa capital da república democrática socialista do sri lanka | LK
official-name | alexa qual é a capital da república da costa do marfim | CI
official-name | alexa qual é a capital da federação da malásia | MY
official-name | alexa qual a capital do reino de essuatíni | SZ
official-name | alexa qual a capital da república do benin | BJ
official-name | alexa qual a capital da república da guiné-bissau | GW
everyday-name | alexa qual a capital da terra do sol nascente | JP
everyday-name | alexa capital da república tcheca qual é | CZ
everyday-name | alexa qual é a capital da costa do marfim a tal da ivory coast | CI
everyday-name | alexa qual a capital da antiga rodésia | ZW
everyday-name | alexa qual a capital do kampuchea | KH
everyday-name | alexa qual é a capital de formosa | TW
everyday-name | alexa qual a capital da grã-bretanha | GB
everyday-name | alexa qual a capital da holanda hoje em dia | NL
everyday-name | alexa qual a capital da moldova | MD
everyday-name | alexa qual a capital da turquemenistão | TM
reverse-question | alexa {} é capital de onde mesmo | bujumbura=FB; gitega=CITY:Gitega; lilongwe=CITY:Lilongwe
reverse-question | alexa a cidade de {} é capital de que país | sucre=CITY:Sucre; putrajaya=CITY:Putrajaya; haia=CITY:Haia
reverse-question | alexa bloemfontein é capital de qual país | CITY:Bloemfontein
reverse-question | alexa lobamba é capital de onde | CITY:Lobamba
self-correction | alexa capital da {} | guiana não guiana francesa=GF; nigéria desculpa níger=NE; coreia do sul não espera do norte=KP
self-correction | alexa qual a capital da bolívia ah não quero as duas da malásia | MY
self-correction | alexa capital do congo brazzaville quer dizer do kinshasa | CD
self-correction | alexa capital da coreia do norte digo do sul | KR
self-correction | alexa capital do benin não do togo | TG
romeiros-juazeiro | alexa o romeiro que veio de longe conheceu um peregrino {} qual a capital | de portugal=PT; da espanha=ES; do méxico=MX
romeiros-juazeiro | alexa vixe a capital da coreia do sul qual é mesmo | KR
equatorianos | alexa nhanho o vizinho é {} qual a capital de lá | da guatemala=GT; de honduras=HN; da nicarágua=NI
equatorianos | alexa achachay as capitais da bolívia quais são | BO
ganeses | alexa chale the capital {} qual é | da nigéria=NG; de camarões=CM; do benin que tem duas=BJ
ganeses | alexa ei a capital da palestina qual é | PS
egipcios | alexa ya basha a capital {} qual é | da argélia=DZ; da tunísia=TN; do marrocos=MA
egipcios | alexa yalla a capital da coreia do norte | KP
hangar | alexa o mecânico de turbina foi transferido {} qual a capital | pro catar=QA; pros emirados=AE; pra singapura=SG
hangar | alexa o avião vai ser entregue pra áfrica do sul quais as capitais de lá | ZA
revendedora-cosmeticos | alexa a revendedora de campinas tem cliente {} qual é a capital | da coreia do norte=KP; do congo kinshasa=CD; do congo brazzaville=CG
revendedora-cosmeticos | alexa o sabonete é da palestina qual a capital de lá | PS
irlandeses | alexa grand so a capital {} qual é | do reino unido=GB; da austrália=AU; da nova zelândia=NZ
irlandeses | alexa the craic a capital da coreia do sul | KR
suecos | alexa tack tack a capital {} qual é | da lituânia=LT; da polônia=PL; da alemanha=DE
suecos | alexa tack as capitais do sri lanka | LK
cuidadora-idosos | alexa a dona maria quer saber a capital {} que ela visitou | da itália=IT; da espanha=ES; da argentina=AR
official-name | alexa qual é a capital do grão-ducado de luxemburgo | LU
official-name | alexa qual a capital do principado de mônaco | MC
official-name | alexa qual a capital do estado da cidade do vaticano | VA
plural-capitals | alexa quais as duas capitais do benin porto novo e qual | BJ
plural-capitals | alexa me fala as capitais beninenses | BJ
plural-capitals | alexa as capitais do benin a oficial e a do governo | BJ
plural-capitals | alexa o benin tem mais de uma capital quais são | BJ
plural-capitals | alexa essuatíni tem capital real e administrativa quais são | SZ
plural-capitals | alexa me diz as capitais da costa do marfim yamoussoukro e a outra | CI
"""

if __name__ == "__main__":
    build_round(55, "pt", LINES, sys.argv, "tests/Eval/pt/round55/source/build_corpus.py")
