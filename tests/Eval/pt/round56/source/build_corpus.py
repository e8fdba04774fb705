"""Round 56, Brazilian Portuguese (pt-BR): a new author's own mix, written blind at the end of the sixty-third session
(brief WRITER72.md), for the next session's tuner.

Chosen apart from round 55's groups (a funeral home, a real-estate agent, a building-materials store, a clinical lab, a
cattle auction, a passport-photo studio, a bank branch, an açaí shop, a music school, a newsstand, an airport
lost-and-found, a children's party buffet, a cake maker, a small investor, a dog walker, a consulate queue, lift
technicians, shopping-mall security, a valet parking attendant, a book club, a World Cup watch, a volleyball team, an
aircraft hangar, a door-to-door cosmetics reseller, an elderly carer, the Vale do Paraíba and the Serra da Mantiqueira,
guides of the Chapada Diamantina, pilgrims of Juazeiro do Norte, Ecuadorians, Irish expats, Ghanaians, Egyptians,
Swedes) and from the groups it lists as avoided (round 54's: a watch repairer, an optician's, a fishmonger's, a wine
shop, a despachante, a plumber, a coffee grower, a sworn translator, a currency-exchange desk, a museum guide, a driving
school, a pizzeria, a craft brewery, a pest-control man, a print shop, a yoga studio, amateur astronomers,
fish-keepers, Foz do Iguaçu, Petrópolis, Italian expats, Japanese expats, Moroccans, South Africans, Malaysians; round
53's: a postman sorting mail, a self-service laundry, a glazier, a locksmith, a florist, a car wash, a greengrocer's, a
children's ballet class, IT support, a pet shop's grooming, a cobbler, a second-hand bookshop, a notary's office, a
gardener, a pool cleaner, a bicycle shop, a house painter, a church-hall knitting circle, beach lifeguards, an
ice-cream parlour, islanders of Fernando de Noronha, riverside communities of the Amazon, Ribeirão Preto and the
sugar-and-ethanol interior of São Paulo, Filipino domestic workers and seafarers' families, Spaniards, Iranians, Turks;
round 52's: street sweepers and rubbish collectors, a city-bus fare collector, a roadside tyre repairer, a butcher's
counter, churrascaria waiters, a barbershop, a joiner's workshop, a house electrician, street vendors, a day cleaner
and her employer, sugar-cane cutters, a beekeeper, a forró band, an organised football supporters' group, a single
father at dinner time, a fire station, a restaurant kitchen, a school science fair, Pantanal cattle drovers, a
quilombola community, santistas, the west of Santa Catarina around Chapecó, Campos dos Goytacazes and Macaé, Paraguayan
seamstresses in São Paulo, Lithuanian-Brazilians of Vila Zelina, East Timorese students, Mexican expats, British
expats; round 51's: street-market stallholders, a building site, motorcycle couriers, a lottery shop queue, a pharmacy
counter, a car repair shop, a vet's waiting room, a dentist's waiting room, election poll workers, IBGE census takers,
adult night school, blind users, a school festa junina, a couple planning a wedding, a pregnant woman choosing names,
insomnia at three in the morning, a fee-fishing pond and camping, a seamstress, a tattoo studio, caipira speech of
Piracicaba, the north of Paraná, the Uruguayan border at Santana do Livramento, Dutch-Brazilians of Holambra and
Carambeí, Finnish-Brazilians of Penedo, Greek-Brazilians, Mozambican students, Bissau-Guinean students at UNILAB,
American expats; round 50's: truck drivers, night-shift nursing, a call centre, a beauty salon, a bakery, a
pre-university course, a pub quiz, the board game War, adedonha, crosswords, exchange students, home office, moving
house, the office bolão, a gym, an escape room, fourth-grade homework, piauienses, alagoanos, sergipanos, the Baixada
Fluminense, Pomeranian-Brazilians, German-Brazilians of Blumenau, Jewish families of Bom Retiro, Armenian-Brazilians,
Indian IT workers, French expats, Chileans, Russian-speaking learners; round 49's: radio amateurs, stamp collectors,
cruise-ship crew, flight attendants, a public library, a community radio, a vaccination clinic, a chess club, a company
karaoke, a geography teacher, a kindergarten, Formula 1 fans, marathon runners, surfers, a podcast, an export company,
backpackers, a hotel reception, the "tia do zap", a retired geography teacher, paraibanos, brasiguaios, an
Italian-Brazilian nonna, Argentines in Búzios, Colombian students, Peruvian cooks, Nigerian traders, Bangladeshi
meat-plant workers, Afghan refugees; and rounds 48, 47 and 46's: dock workers, metalworkers, caiçaras, Parintins,
rodeo, law office, barracks, recycling, capoeira, Korean-, Chinese-, Portuguese-, Cape Verdean, Congolese, Senegalese,
Cuban, Ukrainian, Polish, nikkei, Bolivian, Haitian, Venezuelan, Syrian-Lebanese and Angolan families, teenagers'
slang, grandparents, app drivers, doormen, churches, travel agencies, samba schools, the sticker album, quiz apps,
gamers, gincanas, and the regional groups gaúchos, baianos, pernambucanos, paulistanos, capixabas, cuiabanos,
sul-mato-grossenses, brasilienses, potiguares, paraenses, maranhenses, mineiros, goianos, cariocas, manauaras,
cearenses, curitibanos, manezinhos and the small Northern states).

Work and situations (each its own family): a hearing-aid clinic ("aparelho auditivo", "audiometria", "fonoaudióloga",
"fala mais alto"); a sawmill ("tora", "serra fita", "pinus", "mogno africano"); a hot-dog cart ("batata palha",
"purê", "prensado", "dogão"); an upholsterer's ("espuma d trinta e três", "grampeador pneumático", "capitonê"); a horse
stud farm ("garanhão", "égua manga-larga", "puro-sangue", "ferrador"); the shoe factories of Franca ("cabedal",
"pesponto", "solado", "forma"); a karate dojo ("sensei", "kata", "kumite", "oss", "kiai"); a recording studio
("take", "mixagem", "sample", "microfone condensador"); a motorway toll plaza ("cabine três", "tag", "praça de
pedágio"); a pottery class ("torno", "esmalte", "queima", "forno"); a school dinner lady ("merendeira", "recreio",
"cantina"); swimming and water aerobics ("touca", "raia quatro", "nado costas"); an air-conditioning technician
("split", "carregar o gás", "dreno", "serpentina"); an antique shop ("samovar", "cristaleira", "cédula antiga");
kite-flying boys ("rabiola", "carretel de linha dez", "aparei a pipa", "papagaio"); a drone pilot ("hélice",
"decolagem", "pulverização"); a solar-panel installer ("inversor", "placas", "usina flutuante"); a cinema ("sessão das
nove", "legendado", "dublado", "pipoca grande"); birdwatchers ("passarinhada", "binóculo", "ornitólogo"); a tow-truck
driver ("prancha", "reboque", "acostamento"); a dental-prosthesis lab ("gesso", "coroa de zircônia", "dentadura",
"protético"); a ballroom-dance school ("dama", "cavalheiro", "zouk", "gafieira"); an insurance broker ("apólice",
"sinistro", "resseguradora", "vistoria").

Regions, migrants and learners: the Região dos Lagos ("mermão", "arraial", "salina", "búzios", "lagoa de
araruama"); soy farmers of Sorriso in northern Mato Grosso ("colheitadeira", "milho safrinha", "graneleiro",
"saca"); fruit growers of the São Francisco valley at Petrolina and Juazeiro da Bahia ("oxente", "visse", "manga
tommy", "gotejamento", "barranqueiro"); Kenyans ("sawa sawa", "rafiki", "pole pole", "asante", "kwaheri"); Israelis
("sababa", "beseder", "achla", "balagan", "lehitraot"); Quebecers ("ben là", "pis", "icitte", "tiguidou",
"pantoute"); Australians ("no worries", "i reckon", "g'day", "crikey", "ta mate"); Vietnamese ("dá", "cam on",
"ôi", "thoi", written as a pt-BR transcript might, without Vietnamese tone marks).

Yes/no checks expect the place asked about, right or wrong; self-corrections expect the last place named after the
marker; reverse questions CITY:<capital> as languages/pt.json names it; a bare shared name every place in the data's
order, a qualified one the place the qualifier picks. Launch lines use the invocation name "capitais do mundo".

Built by round12_hinl_corpus.py (build_round with round 56's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
subdivision | alexa me fala rapidinho a capital {} por favor | do tocantins=BR-TO; de rondônia=BR-RO; do amapá=BR-AP
subdivision | alexa preciso saber a capital {} pra prova de amanhã | da paraíba=BR-PB; do ceará=BR-CE; do espírito santo=BR-ES
subdivision | alexa qual é a cidade que é capital {} mesmo | de minas gerais=BR-MG; do mato grosso do sul=BR-MS; da bahia=BR-BA
subdivision | alexa capital {} qual é que eu nunca lembro | do rio grande do sul=BR-RS; do rio de janeiro=BR-RJ; de são paulo=BR-SP
subdivision | alexa capital {} de lá dos eua | do texas=US-TX; da flórida=US-FL; da califórnia=US-CA
subdivision | alexa qual cidade manda {} americano | no estado de nova york=US-NY; no alasca=US-AK; na pensilvânia=US-PA
subdivision | alexa sabe me dizer a capital {} | de montana=US-MT; do kentucky=US-KY; do tennessee=US-TN
subdivision | alexa capital {} nos estados unidos qual é | da louisiana=US-LA; do michigan=US-MI; de illinois=US-IL
subdivision | alexa qual é a capital {} no canadá | de ontário=CA-ON; da colúmbia britânica=CA-BC; do quebec=CA-QC
subdivision | alexa capital {} do canadá por favor | de saskatchewan=CA-SK; do yukon=CA-YT; de nunavut=CA-NU
subdivision | alexa qual é a capital da escócia | GB-SCT
subdivision | alexa a irlanda do norte tem capital qual é | GB-NIR
subdivision | alexa capital {} alemão qual é | da baviera=DE-BY; do estado de baden-württemberg=DE-BW; da baixa saxônia=DE-NI
subdivision | alexa qual a capital {} no méxico | de jalisco=MX-JAL; de yucatán=MX-YUC; de oaxaca=MX-OAX
subdivision | alexa me diz a capital {} da índia | de kerala=IN-KL; do punjab=IN-PB; de goa=IN-GA
subdivision | alexa qual é a capital {} australiano | de queensland=AU-QLD; de vitória=AU-VIC; da tasmânia=AU-TAS
subdivision | alexa capital da groenlândia qual é | GL
subdivision | alexa qual a capital das ilhas faroé | FO
subdivision | alexa porto rico tem capital qual é | PR
subdivision | alexa qual é a capital da guiana francesa | GF
subdivision | alexa qual a capital {} | da sicília=FB; da patagônia=FB; do país basco=FB
subdivision | alexa qual é a capital da baixa califórnia do sul | MX-BCS
subdivision | alexa qual é a capital da baixa califórnia | MX-BCN
subdivision | alexa me diz a capital do território da capital australiana | AU-ACT
subdivision | alexa qual a capital da ilha de man | IM
subdivision | alexa capital de hong kong qual é | HK
subdivision | alexa qual é a capital da bretanha na frança | FB
subdivision | alexa qual é a capital do tirol | FB
out-of-domain | alexa vai chover amanhã em cabo frio | FB
out-of-domain | alexa quantos habitantes tem a capital do japão | FB
out-of-domain | alexa qual é a capital da europa | FB
out-of-domain | alexa qual a capital da áfrica | FB
out-of-domain | alexa liga a luz da sala | FB
out-of-domain | alexa toca um sertanejo aí | FB
out-of-domain | alexa põe um alarme pras seis e meia | FB
out-of-domain | alexa quanto tá o dólar hoje | FB
out-of-domain | alexa quem ganhou o jogo do flamengo ontem | FB
out-of-domain | alexa me conta uma piada | FB
out-of-domain | alexa qual o fuso horário de tóquio | FB
out-of-domain | alexa que horas são em lisboa agora | FB
out-of-domain | alexa qual a maior cidade da austrália | FB
out-of-domain | alexa qual é a moeda da suíça | FB
out-of-domain | alexa qual língua falam na bélgica | FB
out-of-domain | alexa qual é a capital da amazônia | FB
out-of-domain | alexa quantos quilômetros daqui até buenos aires | FB
out-of-domain | alexa temporizador de doze minutos pro macarrão | FB
out-of-domain | alexa adiciona leite na lista de compras | FB
out-of-domain | alexa qual a população de brasília | FB
out-of-domain | alexa qual é o rio mais comprido do mundo | FB
out-of-domain | alexa quem é o presidente da frança | FB
out-of-domain | alexa qual é a capital mais fria do mundo | FB
out-of-domain | alexa qual a capital mais alta do mundo | FB
out-of-domain | alexa qual a capital mais populosa da américa do sul | FB
out-of-domain | alexa aumenta o volume | FB
out-of-domain | alexa desliga a tv da cozinha | FB
out-of-domain | alexa qual é a bandeira do canadá | FB
out-of-domain | alexa que dia é hoje | FB
out-of-domain | alexa lembra de pagar o boleto da luz sexta | FB
out-of-domain | alexa capital de giro o que é isso | FB
out-of-domain | alexa qual é a capital social da empresa | FB
out-of-domain | alexa toca a rádio cbn | FB
out-of-domain | alexa qual foi a primeira capital do brasil | FB
out-of-domain | alexa quando brasília virou capital | FB
out-of-domain | alexa qual a temperatura em montevidéu | FB
out-of-domain | alexa traduz obrigado pra inglês | FB
out-of-domain | alexa quantas capitais tem o brasil | FB
out-of-domain | alexa qual o clima em madri essa semana | FB
out-of-domain | alexa qual é o idioma oficial do paquistão | FB
out-of-domain | alexa como se diz capital em alemão | FB
out-of-domain | alexa quanto é quinze vezes quarenta | FB
out-of-domain | alexa qual o hino da argentina | FB
out-of-domain | alexa me acorda às cinco | FB
out-of-domain | alexa pede uma pizza | FB
out-of-domain | alexa qual a altitude de la paz | FB
out-of-domain | alexa qual o prefeito de são paulo | FB
out-of-domain | alexa qual é o maior país do mundo | FB
out-of-domain | alexa onde fica a torre eiffel | FB
out-of-domain | alexa qual a capital da oceania | FB
out-of-domain | alexa qual a capital da américa latina | FB
out-of-domain | alexa toca o hino nacional | FB
out-of-domain | alexa qual é a distância entre lisboa e madri | FB
out-of-domain | alexa quantos países existem no mundo | FB
out-of-domain | alexa como está o trânsito na marginal | FB
out-of-domain | alexa qual o menor país do mundo em área | FB
out-of-domain | alexa boa noite | FB
out-of-domain | alexa tudo bem com você | FB
out-of-domain | alexa qual é a sua cor favorita | FB
out-of-domain | alexa qual o ddi da itália | FB
out-of-domain | alexa qual o código do aeroporto de frankfurt | FB
out-of-domain | alexa qual a capital do mundo do forró | FB
out-of-domain | alexa qual é a capital nacional do café | FB
out-of-domain | alexa pausa a música | FB
out-of-domain | alexa próxima faixa | FB
out-of-domain | alexa qual é a receita de pão de queijo | FB
out-of-domain | alexa quantos estados tem os estados unidos | FB
out-of-domain | alexa qual é a capital de atlântida | FB
out-of-domain | alexa qual a capital de wakanda | FB
out-of-domain | alexa qual a capital de nárnia | FB
out-of-domain | alexa qual é a capital da iugoslávia | FB
out-of-domain | alexa qual a capital da união soviética | FB
plural-capitals | alexa quais são as três capitais da áfrica do sul | ZA
plural-capitals | alexa a áfrica do sul tem quantas capitais e quais são | ZA
plural-capitals | alexa me fala todas as capitais da áfrica do sul | ZA
plural-capitals | alexa pretória e quais outras capitais sul-africanas | ZA
plural-capitals | alexa capitais da áfrica do sul lista pra mim | ZA
plural-capitals | alexa as capitais do país da copa de dois mil e dez quais são a áfrica do sul | ZA
plural-capitals | alexa quais são as capitais da bolívia | BO
plural-capitals | alexa a bolívia tem duas capitais né quais são | BO
plural-capitals | alexa me diz as duas capitais bolivianas | BO
plural-capitals | alexa sucre e la paz são as capitais de onde mesmo a bolívia | BO
plural-capitals | alexa capitais da bolívia as duas por favor | BO
plural-capitals | alexa a bolívia tem capital constitucional e sede do governo quais são | BO
plural-capitals | alexa quais são as capitais da holanda | NL
plural-capitals | alexa a holanda tem duas capitais quais | NL
plural-capitals | alexa me fala as capitais dos países baixos | NL
plural-capitals | alexa amsterdã e haia são as duas capitais holandesas confirma | NL
plural-capitals | alexa capitais holandesas quais são | NL
plural-capitals | alexa a holanda tem capital e sede do governo quais são as duas | NL
plural-capitals | alexa quais as capitais da malásia | MY
plural-capitals | alexa a malásia tem duas capitais quais são elas | MY
plural-capitals | alexa me diz as capitais malaias | MY
plural-capitals | alexa kuala lumpur e a outra capital da malásia qual é | MY
plural-capitals | alexa capitais da malásia as duas | MY
plural-capitals | alexa quais são as capitais malaias a federal e a administrativa | MY
plural-capitals | alexa quais são as capitais do sri lanka | LK
plural-capitals | alexa o sri lanka tem duas capitais quais são | LK
plural-capitals | alexa me fala as capitais do sri lanka colombo e a outra | LK
plural-capitals | alexa capitais do sri lanka as duas | LK
plural-capitals | alexa quais as capitais do benin | BJ
plural-capitals | alexa o benin tem duas capitais quais | BJ
plural-capitals | alexa me diz as capitais do benim | BJ
plural-capitals | alexa capitais do benin porto novo e cotonou confere | BJ
plural-capitals | alexa quais as capitais da costa do marfim | CI
plural-capitals | alexa a costa do marfim tem duas capitais quais são | CI
plural-capitals | alexa me fala as duas capitais marfinenses | CI
plural-capitals | alexa capitais da costa do marfim abidjan e qual outra | CI
plural-capitals | alexa quais são as capitais de essuatíni | SZ
plural-capitals | alexa a suazilândia tem duas capitais quais são | SZ
plural-capitals | alexa me fala as capitais da suazilândia | SZ
plural-capitals | alexa capitais do reino de essuatíni as duas | SZ
help | alexa como é que funciona isso aqui | HELP
help | alexa o que eu posso te perguntar nessa skill | HELP
help | alexa não entendi nada me explica | HELP
help | alexa me dá umas dicas de como usar | HELP
help | alexa tô perdido o que eu faço agora | HELP
help | alexa ajuda aí por favor | HELP
help | alexa me ajuda com as capitais do mundo | HELP
help | alexa quais perguntas você responde | HELP
help | alexa me dá um exemplo de pergunta | HELP
help | alexa pede ajuda pra capitais do mundo | HELP
help | alexa como eu pergunto uma capital | HELP
help | alexa explica de novo como faz | HELP
help | alexa socorro não sei usar isso | HELP
help | alexa o que essa skill faz exatamente | HELP
help | alexa me orienta aí | HELP
help | alexa que tipo de coisa você sabe | HELP
help | alexa preciso de uma ajudinha | HELP
help | alexa como é que eu uso o capitais do mundo | HELP
help | alexa quais são os comandos | HELP
help | alexa me ensina a usar | HELP
help | alexa pode me explicar como funciona o jogo das capitais | HELP
help | alexa tem manual disso | HELP
help | alexa dá uma instrução aí | HELP
help | alexa o que eu falo pra você | HELP
help | alexa me ajuda eu travei | HELP
help | alexa eu pergunto como | HELP
help | alexa me dá uma luz aqui | HELP
help | alexa ajuda por gentileza | HELP
stop | alexa para tudo | STOP
stop | alexa chega por hoje | STOP
stop | alexa pode parar | STOP
stop | alexa desliga isso | STOP
stop | alexa encerra aí | STOP
stop | alexa sai da skill | STOP
stop | alexa fecha o capitais do mundo | STOP
stop | alexa já deu obrigado | STOP
stop | alexa tá bom pode encerrar | STOP
stop | alexa para de falar | STOP
stop | alexa silêncio | STOP
stop | alexa tchau tchau | STOP
stop | alexa valeu era só isso | STOP
stop | alexa termina a sessão | STOP
stop | alexa sair | STOP
stop | alexa chega de capital | STOP
stop | alexa finaliza | STOP
stop | alexa acabou por hoje | STOP
stop | alexa pode desligar agora | STOP
stop | alexa encerrar capitais do mundo | STOP
stop | alexa obrigado até amanhã | STOP
stop | alexa cala a boca | STOP
stop | alexa para aí mesmo | STOP
stop | alexa fecha tudo | STOP
stop | alexa era só isso mesmo tchau | STOP
stop | alexa não quero mais jogar | STOP
stop | alexa me deixa em paz agora | STOP
stop | alexa pode ir | STOP
cancel | alexa cancela | CANCEL
cancel | alexa cancela isso aí | CANCEL
cancel | alexa cancelar a pergunta | CANCEL
cancel | alexa deixa pra lá | CANCEL
cancel | alexa esquece o que eu perguntei | CANCEL
cancel | alexa esquece | CANCEL
cancel | alexa não precisa mais | CANCEL
cancel | alexa desconsidera | CANCEL
cancel | alexa anula essa | CANCEL
cancel | alexa volta atrás | CANCEL
cancel | alexa nada não deixa quieto | CANCEL
cancel | alexa cancela por favor | CANCEL
cancel | alexa ignora essa pergunta | CANCEL
cancel | alexa não era isso cancela | CANCEL
cancel | alexa esquece a capital | CANCEL
cancel | alexa cancelar | CANCEL
cancel | alexa pode cancelar | CANCEL
cancel | alexa deixa quieto | CANCEL
cancel | alexa desiste dessa | CANCEL
cancel | alexa cancela a última | CANCEL
cancel | alexa não quero mais saber | CANCEL
cancel | alexa para essa pergunta cancela | CANCEL
cancel | alexa esquece esquece | CANCEL
cancel | alexa opa cancela | CANCEL
cancel | alexa desfaz | CANCEL
cancel | alexa cancela aí rapidinho | CANCEL
cancel | alexa deixa isso pra lá vai | CANCEL
cancel | alexa mudei de ideia cancela | CANCEL
launch | alexa abre capitais do mundo | LAUNCH
launch | alexa abrir capitais do mundo | LAUNCH
launch | alexa inicia capitais do mundo | LAUNCH
launch | alexa iniciar capitais do mundo | LAUNCH
launch | alexa começa capitais do mundo | LAUNCH
launch | alexa começar o capitais do mundo | LAUNCH
launch | alexa abre o jogo capitais do mundo | LAUNCH
launch | alexa abre a skill capitais do mundo | LAUNCH
launch | alexa quero jogar capitais do mundo | LAUNCH
launch | alexa vamos jogar capitais do mundo | LAUNCH
launch | alexa bora de capitais do mundo | LAUNCH
launch | alexa liga o capitais do mundo | LAUNCH
launch | alexa executa capitais do mundo | LAUNCH
launch | alexa capitais do mundo | LAUNCH
launch | alexa carrega capitais do mundo | LAUNCH
launch | alexa chama o capitais do mundo | LAUNCH
launch | alexa abre aí o capitais do mundo pra mim | LAUNCH
launch | alexa pode abrir capitais do mundo por favor | LAUNCH
launch | alexa ativa capitais do mundo | LAUNCH
launch | alexa ativar a skill capitais do mundo | LAUNCH
launch | alexa entra no capitais do mundo | LAUNCH
launch | alexa usa capitais do mundo | LAUNCH
launch | alexa roda capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo de novo | LAUNCH
launch | alexa bom dia abre capitais do mundo | LAUNCH
launch | alexa me abre o capitais do mundo | LAUNCH
launch | alexa quero estudar com capitais do mundo | LAUNCH
launch | alexa põe capitais do mundo | LAUNCH
launch | alexa inicia a skill das capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo pras crianças | LAUNCH
launch | alexa volta pro capitais do mundo | LAUNCH
launch | alexa começa de novo o capitais do mundo | LAUNCH
launch | alexa por favor capitais do mundo | LAUNCH
launch | alexa oi abre capitais do mundo | LAUNCH
launch | alexa toca capitais do mundo | LAUNCH
follow-up | e {} | da hungria=HU; da romênia=RO; da bulgária=BG
follow-up | e a {} | da eslováquia=SK; da eslovênia=SI; da croácia=HR
follow-up | agora {} | o quirguistão=KG; o tadjiquistão=TJ; o turcomenistão=TM
follow-up | e lá {} | no butão=BT; no nepal=NP; em bangladesh=BD
follow-up | e do {} qual é | laos=LA; camboja=KH; vietnã=VN
follow-up | tá e {} | a mongólia=MN; o cazaquistão=KZ; o uzbequistão=UZ
follow-up | próximo {} | zâmbia=ZM; malaui=MW; zimbábue=ZW
follow-up | e {} hein | da coreia do norte=KP; da coreia do sul=KR; da palestina=PS
follow-up | beleza agora {} | o congo brazzaville=CG; o congo kinshasa=CD; o gabão=GA
follow-up | e da palestina | PS
follow-up | e a coreia do sul | KR
follow-up | e a do norte | KP
follow-up | mesma coisa pra {} | bélgica=BE; luxemburgo=LU; suíça=CH
follow-up | e {} alexa | de tonga=TO; de samoa=WS; de tuvalu=TV
follow-up | e pra {} | namíbia=NA; botsuana=BW; lesoto=LS
follow-up | e qual a de {} | cuba=CU; jamaica=JM; granada=GD
follow-up | outra {} | honduras=HN; nicarágua=NI; el salvador=SV
follow-up | e a capital {} então | do togo=TG; do benin=BJ; de gana=GH
follow-up | e da república democrática do congo | CD
follow-up | e das duas coreias | KP+KR
yes-no-check | alexa é verdade que {} | a capital da austrália é sydney=AU; a capital do canadá é toronto=CA; a capital da turquia é istambul=TR
yes-no-check | alexa {} né | a capital da suíça é berna=CH; a capital da nova zelândia é wellington=NZ; a capital do marrocos é rabat=MA
yes-no-check | alexa confirma pra mim se {} | lagos é a capital da nigéria=NG; abuja é a capital da nigéria=NG; dar es salaam é capital da tanzânia=TZ
yes-no-check | alexa {} ou eu tô viajando | pyongyang é a capital da coreia do norte=KP; seul é capital da coreia do sul=KR; busan é capital da coreia do sul=KR
yes-no-check | alexa a capital da palestina é jerusalém | PS
yes-no-check | alexa ramallah é capital da palestina | PS
yes-no-check | alexa kinshasa é a capital do congo | CD+CG
yes-no-check | alexa brazzaville é capital do congo brazzaville mesmo | CG
yes-no-check | alexa kinshasa é capital da república democrática do congo certo | CD
yes-no-check | alexa {} sim ou não | a capital da bolívia é la paz=BO; a capital da holanda é amsterdã=NL; a capital da malásia é kuala lumpur=MY
yes-no-check | alexa é certo dizer que {} | a capital da áfrica do sul é joanesburgo=ZA; a capital dos emirados é dubai=AE; a capital do vietnã é hanói=VN
yes-no-check | alexa eu acho que {} tô certo | a capital do paquistão é karachi=PK; a capital do cazaquistão é astana=KZ; a capital da birmânia é rangum=MM
yes-no-check | alexa {} confere | a capital do equador é guayaquil=EC; a capital do belize é belmopan=BZ; a capital da tanzânia é dodoma=TZ
yes-no-check | alexa a capital do estado do acre é rio branco né | BR-AC
yes-no-check | alexa a capital da califórnia é los angeles | US-CA
self-correction | alexa qual a capital da {} | áustria não pera austrália=AU; eslováquia não eslovênia=SI; suécia digo suíça=CH
self-correction | alexa capital {} | do níger não da nigéria=NG; da guiné não guiné-bissau=GW; da gâmbia ops zâmbia=ZM
self-correction | alexa qual a capital da coreia do norte não do sul | KR
self-correction | alexa capital da coreia do sul quer dizer da norte | KP
self-correction | alexa qual é a capital de israel ah não da palestina | PS
self-correction | alexa capital do congo kinshasa não o outro o brazzaville | CG
self-correction | alexa a capital do gabão não peraí do congo democrático | CD
self-correction | alexa me vê a capital {} | da islândia não irlanda=IE; do irã digo iraque=IQ; da letônia não lituânia=LT
self-correction | alexa me diz a capital {} | do paraguai não uruguai=UY; da colômbia quer dizer da costa rica=CR; do chile ou melhor do peru=PE
self-correction | alexa capital da malásia não da indonésia | ID
self-correction | alexa as capitais da bolívia não espera da holanda | NL
self-correction | alexa qual a capital de mônaco não de malta | MT
self-correction | alexa capital do sudão não do sudão do sul | SS
self-correction | alexa qual a capital da mauritânia erro meu maurício | MU
self-correction | alexa capital de dominica não república dominicana | DO
self-correction | alexa capital da áfrica do sul opa quis dizer sudão | SD
reverse-question | alexa {} é capital de que país | nairóbi=CITY:Nairóbi; adis abeba=CITY:Adis Abeba; acra=CITY:Acra
reverse-question | alexa de onde que {} é capital | kinshasa=CITY:Kinshasa; brazzaville=CITY:Brazzaville; pyongyang=CITY:Pyongyang
reverse-question | alexa qual país tem {} como capital | seul=CITY:Seul; ramallah=CITY:Ramallah; cotonou=CITY:Cotonou
reverse-question | alexa {} fica em que país e é capital | ulan bator=CITY:Ulan Bator; katmandu=CITY:Katmandu; thimphu=CITY:Thimphu
reverse-question | alexa {} é a capital de onde mesmo | tbilisi=CITY:Tbilisi; ierevan=CITY:Yerevan; baku=CITY:Baku
reverse-question | alexa qual país a capital é {} | montevidéu=CITY:Montevidéu; assunção=CITY:Assunção; caracas=CITY:Caracas
reverse-question | alexa {} é capital do quê | kigali=CITY:Kigali; kampala=CITY:Kampala; bujumbura=FB
reverse-question | alexa a cidade de {} é capital de qual país | windhoek=CITY:Windhoek; gaborone=CITY:Gaborone; maseru=CITY:Maseru
reverse-question | alexa qual país tem capital em {} | wellington=CITY:Wellington; camberra=CITY:Canberra; suva=CITY:Suva
reverse-question | alexa {} é capital de que lugar | reiquiavique=CITY:Reykjavík; oslo=CITY:Oslo; helsinque=CITY:Helsinque
reverse-question | alexa porto novo é capital de qual país | CITY:Porto Novo
reverse-question | alexa putrajaya é capital de onde | CITY:Putrajaya
reverse-question | alexa bloemfontein é capital de qual país | CITY:Bloemfontein
reverse-question | alexa haia é capital de algum país | CITY:Haia
reverse-question | alexa sucre é capital de onde | CITY:Sucre
reverse-question | alexa quem tem rio branco como capital | CITY:Rio Branco
reverse-question | alexa boa vista é capital de qual estado | CITY:Boa Vista
reverse-question | alexa qual estado americano tem sacramento como capital | CITY:Sacramento
official-name | alexa qual a capital da república federativa do brasil | BR
official-name | alexa capital da república popular da china | CN
official-name | alexa qual a capital da república popular democrática da coreia | KP
official-name | alexa qual é a capital da república da coreia | KR
official-name | alexa qual a capital do estado da palestina | PS
official-name | alexa capital da república do congo | CG
official-name | alexa a capital da república democrática do congo qual é | CD
official-name | alexa capital do estado plurinacional da bolívia | BO
official-name | alexa qual a capital do reino dos países baixos | NL
official-name | alexa capital da república da áfrica do sul | ZA
official-name | alexa capital da república islâmica do irã | IR
official-name | alexa qual é a capital da república bolivariana da venezuela | VE
official-name | alexa capital da confederação suíça | CH
official-name | alexa capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | alexa qual a capital dos estados unidos mexicanos | MX
official-name | alexa capital da federação russa | RU
official-name | alexa qual a capital da república árabe síria | SY
official-name | alexa capital do reino hachemita da jordânia | JO
official-name | alexa capital da república democrática federal da etiópia | ET
official-name | alexa qual é a capital da república socialista do vietnã | VN
official-name | alexa capital da república democrática popular do laos | LA
official-name | alexa qual a capital da república unida da tanzânia | TZ
official-name | alexa capital dos estados federados da micronésia | FM
official-name | alexa capital da república oriental do uruguai | UY
official-name | alexa qual a capital da república da união de mianmar | MM
official-name | alexa capital da comunidade da austrália | AU
official-name | alexa capital da república democrática socialista do sri lanka | LK
official-name | alexa qual a capital da república federal da nigéria | NG
official-name | alexa capital do grão-ducado de luxemburgo | LU
official-name | alexa capital da república helênica | GR
official-name | alexa capital do reino da arábia saudita | SA
official-name | alexa capital da república cooperativa da guiana | GY
official-name | alexa capital da república de trinidad e tobago | TT
official-name | alexa qual a capital do sultanato de omã | OM
official-name | alexa capital do estado de brunei darussalam | BN
official-name | alexa capital do estado independente de papua-nova guiné | PG
everyday-name | alexa qual a capital da holanda | NL
everyday-name | alexa capital da inglaterra | GB-ENG
everyday-name | alexa qual a capital dos states | US
everyday-name | alexa capital da terra do tio sam | US
everyday-name | alexa qual a capital da terra dos cangurus | AU
everyday-name | alexa capital dos hermanos | AR
everyday-name | alexa capital da república tcheca | CZ
everyday-name | alexa qual a capital da suazilândia | SZ
everyday-name | alexa capital da birmânia | MM
everyday-name | alexa qual a capital do ceilão | LK
everyday-name | alexa qual a capital da pérsia | IR
everyday-name | alexa capital do zaire | CD
everyday-name | alexa qual a capital da rodésia | ZW
everyday-name | alexa capital do sião | TH
everyday-name | alexa capital da macedônia | MK
everyday-name | alexa qual a capital da moldova | MD
everyday-name | alexa capital da belarus | BY
everyday-name | alexa qual a capital da costa do marfim a ivory coast | CI
everyday-name | alexa capital do timor | TL
everyday-name | alexa qual a capital do congo belga | CD
everyday-name | alexa capital do congo francês | CG
everyday-name | alexa capital da terra da rainha | GB
everyday-name | alexa qual a capital da terra do sol nascente | JP
everyday-name | alexa capital do país do tango | AR
everyday-name | alexa qual a capital do turcomenistão o turquemenistão | TM
everyday-name | alexa capital da coreia do kim jong un | KP
everyday-name | alexa capital da coreia do k-pop | KR
everyday-name | alexa qual a capital da cabo verde | CV
everyday-name | alexa capital das arábias a arábia | SA
everyday-name | alexa capital dos emirados | AE
everyday-name | alexa qual a capital do congo de lá de baixo o de kinshasa | CD
everyday-name | alexa capital da daomé | BJ
everyday-name | alexa capital da bósnia | BA
everyday-name | alexa qual a capital da papua | PG
everyday-name | alexa capital do são tomé | ST
everyday-name | alexa qual a capital da gaza palestina | PS
everyday-name | alexa capital da checoslováquia | FB
shared-name | alexa qual é a capital da geórgia | GE+US-GA
shared-name | alexa capital da geórgia o país do cáucaso | GE
shared-name | alexa capital da geórgia nos estados unidos | US-GA
shared-name | alexa qual a capital do congo | CD+CG
shared-name | alexa capital do congo aquele pequeno do lado do gabão | CG
shared-name | alexa capital do congo grandão | CD
shared-name | alexa qual a capital da coreia | KP+KR
shared-name | alexa capitais das coreias | KP+KR
shared-name | alexa capital da coreia a do sul | KR
shared-name | alexa capital da coreia a de cima | KP
shared-name | alexa qual é a capital da guiné | GN
shared-name | alexa capital da guiné a da áfrica ocidental não a equatorial | GN
shared-name | alexa qual a capital de washington o estado | US-WA
shared-name | alexa qual a capital do méxico o país | MX
shared-name | alexa capital de nova york | US-NY
shared-name | alexa qual a capital do rio de janeiro | BR-RJ
shared-name | alexa qual a capital de são paulo o estado | BR-SP
shared-name | alexa capital do sudão | SD
shared-name | alexa qual a capital dos dois sudões | SD+SS
shared-name | alexa capital da guiana a inglesa | GY
shared-name | alexa capital da guiana | GY
shared-name | alexa qual é a capital de samoa a independente | WS
shared-name | alexa capital da irlanda a república | IE
shared-name | alexa capital das duas irlandas | GB-NIR+IE
shared-name | alexa qual a capital de luxemburgo o país | LU
shared-name | alexa capital do principado de andorra | AD
shared-name | alexa capital da macedônia a do norte | MK
shared-name | alexa capital de granada o país do caribe | GD
shared-name | alexa capital de dominica a ilha | DM
shared-name | alexa capital da república dominicana | DO
shared-name | alexa capital das guinés todas | GN+GQ+GW+PG
aparelho-auditivo | alexa fala mais alto qual a capital {} | da dinamarca=DK; da noruega=NO; da finlândia=FI
aparelho-auditivo | alexa repete devagar a capital {} que o meu aparelho auditivo tá apitando | da coreia do norte=KP; da palestina=PS; do congo brazzaville=CG
aparelho-auditivo | alexa a fonoaudióloga perguntou na audiometria a capital {} qual é | da estônia=EE; da letônia=LV; da lituânia=LT
aparelho-auditivo | alexa troquei a pilha do aparelho agora fala a capital {} | da coreia do sul=KR; do congo kinshasa=CD; da bielorrússia=BY
aparelho-auditivo | alexa não ouvi direito era capital {} | do chade=TD; do níger=NE; do mali=ML
aparelho-auditivo | alexa o molde do ouvido ficou pronto e eu quero saber as capitais da malásia | MY
aparelho-auditivo | alexa aumenta teu volume e me diz as capitais da áfrica do sul | ZA
aparelho-auditivo | alexa o aparelho retroauricular é dinamarquês então qual a capital da dinamarca | DK
aparelho-auditivo | alexa marca a revisão do aparelho auditivo pra terça | FB
aparelho-auditivo | alexa a paciente do zumbido é da moldávia qual a capital de lá | MD
aparelho-auditivo | alexa hein o quê capital da albânia | AL
aparelho-auditivo | alexa fala pausado qual é a capital da tunísia | TN
aparelho-auditivo | alexa o aparelho intracanal veio da suíça a capital de lá é qual | CH
aparelho-auditivo | alexa tô com surdez leve repete a capital do azerbaijão | AZ
aparelho-auditivo | alexa quanto custa um aparelho auditivo | FB
aparelho-auditivo | alexa capital das duas coreias fala bem alto | KP+KR
aparelho-auditivo | alexa ô dona alexa fala mais alto a capital da argélia | DZ
serraria | alexa a tora de teca veio de {} qual é a capital | mianmar=MM; do laos=LA; da tailândia=TH
serraria | alexa o pinus que a gente serra é exportado pra {} qual a capital de lá | holanda=NL; alemanha=DE; china=CN
serraria | alexa o comprador da madeira de eucalipto é {} qual a capital | do japão=JP; da índia=IN; do vietnã=VN
serraria | alexa a serra fita parou fala aí a capital {} | do gabão=GA; de camarões=CM; da guiné equatorial=GQ
serraria | alexa o mogno africano é {} qual é a capital | do congo kinshasa=CD; do congo brazzaville=CG; da república centro-africana=CF
serraria | alexa enquanto seca a madeira no pátio diz as capitais da bolívia | BO
serraria | alexa o caminhão de tora chegou qual a capital de serra leoa | SL
serraria | alexa o serrote novo é sueco capital da suécia qual é | SE
serraria | alexa quantos metros cúbicos cabem num caminhão | FB
serraria | alexa o cliente do compensado é da libéria qual a capital de lá | LR
serraria | alexa o palete vai pra coreia do sul qual a capital | KR
serraria | alexa a madeira de lei veio do suriname capital do suriname | SR
serraria | alexa serragem pro aviário capital da guiana por favor | GY
serraria | alexa a tábua de ipê vai pros estados unidos capital de lá | US
cachorro-quente | alexa enquanto eu boto a batata palha qual a capital {} | da áustria=AT; da polônia=PL; da tchéquia=CZ
cachorro-quente | alexa salsicha alemã de verdade é {} qual é a capital | de frankfurt=FB; da alemanha=DE; da baviera=DE-BY
cachorro-quente | alexa o freguês do purê é {} qual a capital de lá | do haiti=HT; da república dominicana=DO; de cuba=CU
cachorro-quente | alexa prensado com vinagrete e me diz a capital {} | do iêmen=YE; de omã=OM; do catar=QA
cachorro-quente | alexa o carrinho de dogão tá fechando fala a capital da palestina | PS
cachorro-quente | alexa hot dog é invenção americana qual a capital dos estados unidos | US
cachorro-quente | alexa o cara do ketchup é malaio quais as capitais da malásia | MY
cachorro-quente | alexa dogão completo e a capital da coreia do norte | KP
cachorro-quente | alexa quantas salsichas vem no pacote de três quilos | FB
cachorro-quente | alexa capital do kuwait enquanto frita a salsicha | KW
cachorro-quente | alexa o freguês do milho verde é do barein qual a capital | BH
cachorro-quente | alexa mostarda escura e capital do líbano | LB
cachorro-quente | alexa o moço do dogão duplo é da jordânia capital de lá | JO
cachorro-quente | alexa toca um funk pro carrinho | FB
cachorro-quente | alexa maionese caseira e a capital do afeganistão | AF
cachorro-quente | alexa prensado duplo capital de israel | IL
cachorro-quente | alexa fregueses do congo kinshasa qual a capital deles | CD
estofaria | alexa o tecido do sofá veio {} qual a capital | da turquia=TR; da índia=IN; do paquistão=PK
estofaria | alexa a espuma d trinta e três é {} capital de lá qual é | da bélgica=BE; da itália=IT; de portugal=PT
estofaria | alexa reformando a poltrona da dona e ela quer saber a capital {} | da grécia=GR; de chipre=CY; de malta=MT
estofaria | alexa o couro sintético é {} qual a capital | da coreia do sul=KR; de taiwan=TW; de singapura=SG
estofaria | alexa o grampeador pneumático travou qual a capital do marrocos | MA
estofaria | alexa o veludo veio dos países baixos quais são as capitais | NL
estofaria | alexa a cliente do sofá retrátil é sul-africana quais as capitais de lá | ZA
estofaria | alexa quanto tecido dá pra um sofá de três lugares | FB
estofaria | alexa o chenille é da palestina capital da palestina | PS
estofaria | alexa capital da croácia enquanto eu corto o tecido | HR
estofaria | alexa cadeira de jantar da senhora da sérvia capital da sérvia | RS
estofaria | alexa o botão capitonê veio do egito qual a capital | EG
estofaria | alexa tapeceiro quer saber a capital do irã | IR
estofaria | alexa mola ensacada da bulgária capital da bulgária | BG
estofaria | alexa a cliente do puff é do congo brazzaville capital de lá | CG
haras | alexa o garanhão {} é importado qual a capital de lá | árabe=FB; lusitano=PT; andaluz=ES
haras | alexa o cavalo veio {} qual é a capital | da irlanda=IE; da argentina=AR; do uruguai=UY
haras | alexa o tratador novo é {} qual a capital de lá | da mongólia=MN; do cazaquistão=KZ; do quirguistão=KG
haras | alexa enquanto eu escovo a égua manga-larga me diz as capitais da bolívia | BO
haras | alexa o puro-sangue foi vendido pra {} qual a capital | arábia saudita=SA; os emirados árabes=AE; o catar=QA
haras | alexa o veterinário do haras é da coreia do norte não é não da coreia do sul qual a capital | KR
haras | alexa a sela inglesa capital da inglaterra | GB-ENG
haras | alexa quanto pesa um cavalo adulto | FB
haras | alexa o ferrador é do paraguai capital do paraguai | PY
haras | alexa leilão de potro amanhã capital do turcomenistão | TM
haras | alexa o jóquei é da palestina qual a capital da palestina | PS
haras | alexa a ração do haras veio da holanda e eu quero as duas capitais de lá | NL
haras | alexa os cavalos frísios são holandeses capital da holanda | NL
haras | alexa cavalo crioulo vem do chile capital do chile | CL
calcados-franca | alexa o lote de sapato masculino vai pra {} qual é a capital de lá | áfrica do sul=ZA; nigéria=NG; angola=AO
calcados-franca | alexa o couro curtido aqui em franca é exportado pra {} qual a capital | itália=IT; eslovênia=SI; china=CN
calcados-franca | alexa o cabedal tá na costura e eu quero saber a capital {} | do vietnã=VN; da indonésia=ID; de bangladesh=BD
calcados-franca | alexa o comprador da feira de calçados é {} qual a capital | do peru=PE; do equador=EC; da colômbia=CO
calcados-franca | alexa o solado de borracha vem da malásia quais as capitais malaias | MY
calcados-franca | alexa a bota de segurança vai pra bolívia as capitais da bolívia quais são | BO
calcados-franca | alexa pesponto atrasado capital da tanzânia | TZ
calcados-franca | alexa quantos pares saem por dia na linha de montagem | FB
calcados-franca | alexa a navalha de corte veio da alemanha qual a capital alemã | DE
calcados-franca | alexa o tênis de corrida vai pra coreia do sul capital de lá | KR
calcados-franca | alexa a forma do sapato é de portugal capital de portugal | PT
calcados-franca | alexa o representante da fábrica vai pra honduras qual a capital | HN
calcados-franca | alexa sapato de franca tá chegando em cabo verde qual é a capital | CV
calcados-franca | alexa o mocassim vai pra guatemala capital da guatemala | GT
calcados-franca | alexa o sapato social vai pro panamá capital do panamá | PA
calcados-franca | alexa qual a capital da palestina o cliente de lá pediu amostra | PS
dojo-karate | alexa o sensei pediu a capital {} antes do kata | do japão=JP; da coreia do norte=KP; da coreia do sul=KR
dojo-karate | alexa o campeonato mundial de karatê vai ser {} qual a capital | no azerbaijão=AZ; no egito=EG; na espanha=ES
dojo-karate | alexa o aluno da faixa roxa é {} qual a capital de lá | do sri lanka=LK; do nepal=NP; das filipinas=PH
dojo-karate | alexa faixa preta segundo dan quer as capitais do sri lanka | LK
dojo-karate | alexa o adversário do kumite é da república democrática do congo qual a capital | CD
dojo-karate | alexa oss capital da mongólia | MN
dojo-karate | alexa o kimono veio do paquistão capital de lá | PK
dojo-karate | alexa ajoelha pra saudação e fala a capital da macedônia do norte | MK
dojo-karate | alexa o árbitro da luta é do cazaquistão capital do cazaquistão | KZ
dojo-karate | alexa que horas começa o treino de sábado | FB
dojo-karate | alexa capital de okinawa onde nasceu o karatê | FB
dojo-karate | alexa o sensei visitante é da palestina qual a capital | PS
dojo-karate | alexa o torneio sul-americano é na venezuela capital da venezuela | VE
dojo-karate | alexa kiai capital do uzbequistão | UZ
dojo-karate | alexa a federação de karatê é da turquia capital da turquia | TR
estudio-gravacao | alexa enquanto renderiza a mix me diz a capital {} | da jamaica=JM; de trinidad e tobago=TT; de barbados=BB
estudio-gravacao | alexa o produtor do beat é {} qual a capital de lá | da nigéria=NG; de gana=GH; do senegal=SN
estudio-gravacao | alexa o cantor do feat é {} qual é a capital | de porto rico=PR; da colômbia=CO; de cuba=CU
estudio-gravacao | alexa o microfone condensador é austríaco capital da áustria | AT
estudio-gravacao | alexa vamos gravar mais um take e depois me fala as capitais da holanda | NL
estudio-gravacao | alexa a banda que vai gravar é da coreia do sul capital da coreia do sul | KR
estudio-gravacao | alexa abaixa o grave da mixagem | FB
estudio-gravacao | alexa o plugin de masterização é da islândia qual a capital | IS
estudio-gravacao | alexa a cantora do coral é do congo kinshasa capital de lá | CD
estudio-gravacao | alexa o baterista é da estônia capital da estônia | EE
estudio-gravacao | alexa o sample veio de uma música do mali capital do mali | ML
estudio-gravacao | alexa a mesa de som veio do japão e a capital de lá | JP
estudio-gravacao | alexa o violinista é da moldávia capital da moldávia | MD
estudio-gravacao | alexa a trilha do comercial é pra bolívia quais são as capitais de lá | BO
estudio-gravacao | alexa o engenheiro de som é da noruega capital norueguesa | NO
pedagio | alexa movimento parado na praça de pedágio me fala a capital {} | da eritreia=ER; do djibuti=DJ; da somália=SO
pedagio | alexa o caminhoneiro da cabine três é {} qual a capital | do paraguai=PY; da argentina=AR; do chile=CL
pedagio | alexa a placa do carro é {} qual a capital de lá | do uruguai=UY; da venezuela=VE; da bolívia=BO
pedagio | alexa o motorista não tinha tag e era da áfrica do sul capitais de lá quais são | ZA
pedagio | alexa turno da madrugada no pedágio capital da islândia | IS
pedagio | alexa quanto é a tarifa do pedágio da imigrantes | FB
pedagio | alexa o ônibus de turismo era da coreia do norte que estranho qual a capital de lá | KP
pedagio | alexa o turista da van era da palestina qual a capital | PS
pedagio | alexa capital do sudão do sul pra passar o tempo na cabine | SS
pedagio | alexa o carro com placa estrangeira era do suriname capital | SR
pedagio | alexa a moto era da guiana francesa qual a capital | GF
pedagio | alexa a caravana era dos países baixos quais as capitais | NL
pedagio | alexa o motoqueiro era do congo brazzaville capital do congo brazzaville | CG
pedagio | alexa fechamento do caixa do pedágio capital de ruanda | RW
ceramica | alexa enquanto o forno esquenta a capital {} | da china=CN; de portugal=PT; da holanda=NL
ceramica | alexa o esmalte cerâmico é {} qual a capital de lá | da espanha=ES; do méxico=MX; do marrocos=MA
ceramica | alexa a professora do torno estudou {} qual é a capital | no japão=JP; na coreia do sul=KR; na tunísia=TN
ceramica | alexa os azulejos de delft são da holanda e as capitais holandesas quais são | NL
ceramica | alexa a argila veio do uzbequistão capital do uzbequistão | UZ
ceramica | alexa a queima vai durar oito horas | FB
ceramica | alexa a cerâmica marajoara é do pará qual a capital do pará | BR-PA
ceramica | alexa a aluna de quarta é da palestina capital da palestina | PS
ceramica | alexa o vaso da exposição veio do irã capital do irã | IR
ceramica | alexa a cerâmica azul vem da turquia capital turca | TR
ceramica | alexa a porcelana é da coreia do norte não pera da coreia do sul a capital | KR
ceramica | alexa o forno a lenha é igual os da nova zelândia capital de lá | NZ
ceramica | alexa barro do vale do jequitinhonha capital de minas | BR-MG
merendeira | alexa a merendeira quer saber a capital {} enquanto mexe o arroz | da guiné-bissau=GW; de moçambique=MZ; de são tomé e príncipe=ST
merendeira | alexa na hora do recreio as crianças perguntaram a capital {} | da coreia do norte=KP; da coreia do sul=KR; da palestina=PS
merendeira | alexa a merenda hoje é cuscuz que nem {} qual a capital | na argélia=DZ; no marrocos=MA; na tunísia=TN
merendeira | alexa o menino do quinto ano quer saber as capitais da áfrica do sul | ZA
merendeira | alexa a nutricionista da escola é da malásia capitais de lá quais | MY
merendeira | alexa o aluno novo é do congo kinshasa qual a capital | CD
merendeira | alexa qual o cardápio da merenda de amanhã | FB
merendeira | alexa a tia da cantina quer a capital do timor-leste | TL
merendeira | alexa as crianças querem saber a capital de angola | AO
merendeira | alexa a merendeira é fã da etiópia capital da etiópia | ET
merendeira | alexa recreio acabando rapidinho a capital de madagascar | MG
merendeira | alexa capital do congo brazzaville que a professora pediu | CG
merendeira | alexa a menina do terceiro ano é do haiti capital do haiti | HT
natacao | alexa enquanto eu tiro a touca me fala a capital {} | da austrália=AU; da hungria=HU; da sérvia=RS
natacao | alexa o recorde mundial de nado borboleta é de um nadador {} qual a capital | dos estados unidos=US; da hungria=HU; da áfrica do sul=ZA
natacao | alexa a professora de hidroginástica é {} qual a capital de lá | do quênia=KE; da ucrânia=UA; da romênia=RO
natacao | alexa o nadador da raia quatro é de fiji capital de fiji | FJ
natacao | alexa depois do nado costas me diz a capital das bahamas | BS
natacao | alexa a piscina olímpica do clube tem quantos metros | FB
natacao | alexa o treinador de natação é da holanda quero saber as capitais de lá | NL
natacao | alexa a maratona aquática foi em palau capital de palau | PW
natacao | alexa o salva-vidas da piscina é da coreia do norte capital da coreia do norte | KP
natacao | alexa óculos de natação embaçado capital das maldivas | MV
natacao | alexa a campeã de nado peito é da lituânia capital lituana | LT
natacao | alexa capital de seicheles pra pensar enquanto eu nado | SC
natacao | alexa a competição de águas abertas é nas ilhas marshall qual a capital | MH
natacao | alexa terminei as vinte piscinas qual a capital de nauru | NR
ar-condicionado | alexa o split é fabricado {} qual a capital | na coreia do sul=KR; na tailândia=TH; na malásia=MY
ar-condicionado | alexa estou carregando o gás do ar e quero saber a capital {} | do kuwait=KW; do barein=BH; dos emirados árabes unidos=AE
ar-condicionado | alexa o cliente do ar portátil é {} qual a capital | do catar=QA; da arábia saudita=SA; do iraque=IQ
ar-condicionado | alexa o compressor veio da malásia quais são as capitais da malásia | MY
ar-condicionado | alexa o técnico do ar de janela é da coreia do norte qual a capital | KP
ar-condicionado | alexa o dreno do ar tá pingando capital do sudão | SD
ar-condicionado | alexa liga o ar condicionado em vinte e dois graus | FB
ar-condicionado | alexa o ar do escritório é marca japonesa capital do japão | JP
ar-condicionado | alexa lugar mais quente do mundo é no djibuti capital do djibuti | DJ
ar-condicionado | alexa tubulação de cobre do chile capital do chile | CL
ar-condicionado | alexa o cliente do inverter é da palestina qual a capital | PS
ar-condicionado | alexa manutenção preventiva capital do níger | NE
ar-condicionado | alexa a serpentina veio da república do congo capital de lá | CG
antiquario | alexa essa moeda antiga é {} qual a capital de lá hoje | da iugoslávia=FB; da áustria-hungria=FB; da pérsia=IR
antiquario | alexa o relógio de bolso é {} qual a capital | da suíça=CH; da alemanha oriental=FB; da rússia=RU
antiquario | alexa o selo do envelope é {} qual a capital | do ceilão=LK; do zaire=CD; da rodésia=ZW
antiquario | alexa a porcelana de macau a capital de macau qual é | MO
antiquario | alexa esse tapete persa é do irã capital do irã | IR
antiquario | alexa a cristaleira é da bélgica capital belga | BE
antiquario | alexa quanto vale uma máquina de escrever antiga | FB
antiquario | alexa a estatueta de bronze veio do benin quais as capitais do benin | BJ
antiquario | alexa o mapa antigo mostra o sião qual a capital hoje | TH
antiquario | alexa a máscara africana é da costa do marfim as capitais de lá | CI
antiquario | alexa a gravura é da birmânia qual a capital atual | MM
antiquario | alexa o samovar é da bielorrússia qual a capital | BY
antiquario | alexa a cédula antiga é da tchecoslováquia qual a capital | FB
antiquario | alexa o baú veio de zanzibar qual a capital da tanzânia | TZ
antiquario | alexa o espelho veneziano é da itália capital da itália | IT
antiquario | alexa o ícone ortodoxo é da geórgia o país qual a capital | GE
pipa | alexa a rabiola enroscou no fio me diz a capital {} | da indonésia=ID; da índia=IN; do afeganistão=AF
pipa | alexa o campeonato de pipa é {} qual é a capital de lá | na tailândia=TH; na malásia=MY; no paquistão=PK
pipa | alexa o moleque da laje diz que pipa é invenção {} qual a capital | chinesa=CN; japonesa=JP; coreana=KP+KR
pipa | alexa a pipa foi parar na coreia do sul brincadeira qual a capital de lá | KR
pipa | alexa quanto tá o carretel de linha dez | FB
pipa | alexa ventou bonito qual é a capital da guatemala | GT
pipa | alexa capital da palestina rapidinho antes de subir a pipa | PS
pipa | alexa o papagaio tá no alto capital das ilhas salomão | SB
pipa | alexa o festival de pipas tem gente da malásia quais são as duas capitais de lá | MY
pipa | alexa aparei a pipa do menino da coreia do norte capital de lá | KP
pipa | alexa a pipa de seda é do vietnã capital do vietnã | VN
pipa | alexa a papagaiada é forte no chile qual a capital | CL
drone | alexa o drone é fabricado {} qual é a capital | na china=CN; em taiwan=TW; na suíça=CH
drone | alexa a bateria do drone tá em vinte por cento me diz a capital {} | da ruanda=RW; do malaui=MW; de burundi=BI
drone | alexa vou filmar com drone {} qual é a capital | na islândia=IS; nas maldivas=MV; no butão=BT
drone | alexa decolagem autorizada capital da áfrica do sul as três | ZA
drone | alexa o piloto de drone do rali é da bolívia quais as capitais | BO
drone | alexa a hélice quebrou capital do quênia | KE
drone | alexa drone de pulverização veio da coreia do sul qual a capital de lá | KR
drone | alexa qual a altura máxima que o drone pode voar | FB
drone | alexa o vídeo aéreo de vanuatu ficou lindo qual a capital de vanuatu | VU
drone | alexa o drone entregador é de singapura capital de singapura | SG
drone | alexa o controle do drone é do congo kinshasa a capital de lá | CD
drone | alexa pousando qual a capital de quiribati | KI
drone | alexa o cinegrafista é do congo brazzaville qual a capital | CG
energia-solar | alexa as placas solares vieram {} qual a capital | da china=CN; do canadá=CA; da índia=IN
energia-solar | alexa o inversor é fabricado {} qual é a capital de lá | na áustria=AT; na alemanha=DE; na espanha=ES
energia-solar | alexa tô em cima do telhado instalando as placas qual a capital {} | de marrocos=MA; do chile=CL; da jordânia=JO
energia-solar | alexa a maior usina solar fica nos emirados capital dos emirados | AE
energia-solar | alexa quanto gera uma placa de quinhentos e cinquenta watts | FB
energia-solar | alexa o engenheiro da usina é da áfrica do sul fala as capitais de lá | ZA
energia-solar | alexa o cliente da fazenda solar é da holanda quais as capitais | NL
energia-solar | alexa a estrutura de alumínio é do vietnã a capital do vietnã | VN
energia-solar | alexa o projeto solar vai pra palestina qual a capital | PS
energia-solar | alexa bateria de lítio da bolívia quais são as duas capitais bolivianas | BO
energia-solar | alexa capital da namíbia o deserto tem muito sol | NA
energia-solar | alexa a usina solar flutuante é de singapura e de onde mais | FB
energia-solar | alexa o cabo solar é da turquia capital turca qual é | TR
cinema | alexa o filme {} legendado é de lá qual a capital | iraniano=IR; coreano do sul=KR; dinamarquês=DK
cinema | alexa a sessão das nove é um filme {} qual a capital de lá | da nigéria=NG; do senegal=SN; da argentina=AR
cinema | alexa o festival de cinema é {} qual a capital | em burquina faso=BF; no líbano=LB; na tunísia=TN
cinema | alexa o filme palestino que vai passar qual a capital da palestina | PS
cinema | alexa o documentário sobre a coreia do norte qual a capital de lá | KP
cinema | alexa qual filme tá em cartaz no shopping | FB
cinema | alexa o diretor do filme é do quirguistão a capital | KG
cinema | alexa o filme de animação é da letônia capital da letônia | LV
cinema | alexa o filme dublado se passa na guiné equatorial qual a capital | GQ
cinema | alexa o curta do festival é da república centro-africana capital | CF
cinema | alexa a atriz principal é da malásia as capitais malaias | MY
cinema | alexa o filme de bollywood é da índia qual é a capital | IN
cinema | alexa pipoca grande e a capital do congo kinshasa | CD
observadores-aves | alexa o beija-flor migratório vai pra {} qual é a capital de lá | costa rica=CR; belize=BZ; nicarágua=NI
observadores-aves | alexa a passarinhada de hoje tem um ornitólogo {} qual a capital | do equador=EC; de madagascar=MG; da papua-nova guiné=PG
observadores-aves | alexa o binóculo veio {} qual é a capital | da áustria=AT; do japão=JP; da alemanha=DE
observadores-aves | alexa o flamingo é comum {} qual a capital | no quênia=KE; na tanzânia=TZ; na bolívia=BO
observadores-aves | alexa o tucano é símbolo de belize capital de belize | BZ
observadores-aves | alexa a ave do paraíso vive em papua qual a capital | PG
observadores-aves | alexa o guia de aves da áfrica do sul quais as capitais de lá | ZA
observadores-aves | alexa que pássaro canta assim | FB
observadores-aves | alexa o quetzal é da guatemala capital da guatemala | GT
observadores-aves | alexa o kiwi é da nova zelândia e a capital de lá | NZ
observadores-aves | alexa a arara azul tá em extinção no paraguai capital paraguaia | PY
observadores-aves | alexa o grupo de observação vai pras ilhas maurício qual a capital | MU
observadores-aves | alexa a cegonha migra pra mauritânia capital de lá | MR
regiao-dos-lagos | alexa lá na salina de arraial o gringo é {} qual a capital de lá | da noruega=NO; da dinamarca=DK; da finlândia=FI
regiao-dos-lagos | alexa o barco de passeio em cabo frio tá cheio de turista {} qual a capital | da argentina=AR; do uruguai=UY; do chile=CL
regiao-dos-lagos | alexa em búzios não em arraial o mergulhador é {} qual a capital | da croácia=HR; de malta=MT; de chipre=CY
regiao-dos-lagos | alexa o quiosque da praia do forte tá sem movimento me diz as capitais da áfrica do sul | ZA
regiao-dos-lagos | alexa o kitesurfista da lagoa de araruama é da holanda quais são as capitais | NL
regiao-dos-lagos | alexa o pescador de arraial falou que a baleia vem da antártida qual a capital | AQ
regiao-dos-lagos | alexa a maré tá alta em cabo frio hoje | FB
regiao-dos-lagos | alexa o sal de cabo frio ia pra portugal antigamente capital portuguesa | PT
regiao-dos-lagos | alexa o turista da pousada em são pedro da aldeia é da palestina qual a capital | PS
regiao-dos-lagos | alexa mermão qual a capital da coreia do sul | KR
regiao-dos-lagos | alexa o mergulho no pontal do atalaia tem gente da bolívia as capitais de lá | BO
regiao-dos-lagos | alexa o catamarã é da grécia qual a capital | GR
regiao-dos-lagos | alexa o veleiro ancorado em búzios é da frança capital francesa | FR
regiao-dos-lagos | alexa a turista da prainha é do congo kinshasa qual é a capital | CD
regiao-dos-lagos | alexa iate em angra não em búzios veio de mônaco capital de mônaco | MC
soja-sorriso | alexa a colheitadeira parou na lavoura e eu quero saber a capital {} | da ucrânia=UA; do cazaquistão=KZ; da romênia=RO
soja-sorriso | alexa a soja daqui de sorriso vai pra {} qual a capital | china=CN; holanda=NL; tailândia=TH
soja-sorriso | alexa o fertilizante potássio vem {} qual é a capital de lá | da bielorrússia=BY; do canadá=CA; da rússia=RU
soja-sorriso | alexa o agrônomo da fazenda é {} qual a capital | do paraguai=PY; da argentina=AR; dos estados unidos=US
soja-sorriso | alexa a trading da soja tem escritório na holanda me fala as capitais holandesas | NL
soja-sorriso | alexa o milho safrinha vai pra coreia do sul a capital de lá | KR
soja-sorriso | alexa o gerente da cooperativa é da malásia quais as capitais de lá | MY
soja-sorriso | alexa quanto tá a saca de soja em sorriso | FB
soja-sorriso | alexa o pivô central é de israel capital de israel | IL
soja-sorriso | alexa o comprador do farelo é do vietnã capital do vietnã | VN
soja-sorriso | alexa a semente transgênica veio da argentina qual a capital | AR
soja-sorriso | alexa o operador de máquina é do paraná qual é a capital do paraná | BR-PR
soja-sorriso | alexa o caminhão graneleiro vai pro porto de miritituba capital do pará | BR-PA
soja-sorriso | alexa a soja vai pro egito capital egípcia | EG
soja-sorriso | alexa o cliente do algodão é de bangladesh capital de lá | BD
vale-sao-francisco | alexa a manga de petrolina vai pra {} qual é a capital | inglaterra=GB-ENG; holanda=NL; espanha=ES
vale-sao-francisco | alexa a uva sem semente daqui do vale é exportada pra {} qual a capital de lá | rússia=RU; canadá=CA; noruega=NO
vale-sao-francisco | alexa o enólogo da vinícola do vale é {} qual a capital | de portugal=PT; da frança=FR; da áfrica do sul=ZA
vale-sao-francisco | alexa oxente qual é a capital de pernambuco | BR-PE
vale-sao-francisco | alexa lá do outro lado da ponte em juazeiro qual a capital da bahia | BR-BA
vale-sao-francisco | alexa o irrigante é da palestina qual é a capital de lá | PS
vale-sao-francisco | alexa a manga tommy vai pros países baixos me diz as duas capitais | NL
vale-sao-francisco | alexa o barranqueiro perguntou a capital da coreia do norte | KP
vale-sao-francisco | alexa vai chover no sertão essa semana | FB
vale-sao-francisco | alexa o técnico da irrigação por gotejamento é de israel qual a capital | IL
vale-sao-francisco | alexa a caixa da fruta vai pro marrocos capital do marrocos | MA
vale-sao-francisco | alexa o cliente da goiaba é do catar capital do catar | QA
vale-sao-francisco | alexa visse a capital do congo brazzaville | CG
vale-sao-francisco | alexa a manga vai pra letônia também capital da letônia | LV
quenianos | alexa sawa sawa qual a capital {} | do quênia=KE; da tanzânia=TZ; de uganda=UG
quenianos | alexa rafiki me fala a capital {} | da somália=SO; da etiópia=ET; do sudão do sul=SS
quenianos | alexa pole pole fala devagar a capital {} | de ruanda=RW; do burundi=BI; do congo kinshasa=CD
quenianos | alexa habari qual a capital da palestina | PS
quenianos | alexa asante agora as capitais da áfrica do sul | ZA
quenianos | alexa mimi sou de nairóbi qual é a capital da coreia do norte | KP
quenianos | alexa sasa tell me the capital of brasil | BR
quenianos | alexa hakuna matata tá quanto graus em nairóbi | FB
quenianos | alexa eh bana qual a capital do congo brazzaville | CG
quenianos | alexa niaje capital da malásia as duas | MY
quenianos | alexa sawa capital de comores | KM
quenianos | alexa sema capital do zimbábue | ZW
quenianos | alexa asante sana tchau | STOP
quenianos | alexa mzee quer saber a capital de moçambique | MZ
quenianos | alexa kwaheri fecha | STOP
israelenses | alexa sababa qual a capital {} | de chipre=CY; da grécia=GR; da bulgária=BG
israelenses | alexa beseder me diz a capital {} | da jordânia=JO; do egito=EG; da geórgia o país=GE
israelenses | alexa achla agora a capital {} | da tailândia=TH; do nepal=NP; da índia=IN
israelenses | alexa toda raba qual a capital da coreia do sul | KR
israelenses | alexa ma nishma qual é a capital da palestina | PS
israelenses | alexa nu vai qual a capital da bolívia as duas | BO
israelenses | alexa balagan esquece | CANCEL
israelenses | alexa shalom abre capitais do mundo | LAUNCH
israelenses | alexa ken ken capital da holanda as duas | NL
israelenses | alexa yofi capital do azerbaijão | AZ
israelenses | alexa stam esquece deixa | CANCEL
israelenses | alexa eizeh capital é a do uzbequistão | UZ
israelenses | alexa quanto custa o falafel em tel aviv | FB
israelenses | alexa sababa capital do congo kinshasa | CD
israelenses | alexa lehitraot chega | STOP
quebequenses | alexa allô qual a capital {} | do canadá=CA; da frança=FR; do haiti=HT
quebequenses | alexa ben là me diz a capital {} | da nova escócia=CA-NS; de nova brunswick=CA-NB; da ilha do príncipe eduardo=CA-PE
quebequenses | alexa pis a capital {} qual é | de terra nova e labrador=CA-NL; dos territórios do noroeste=CA-NT; de manitoba=CA-MB
quebequenses | alexa voyons qual é a capital do quebec a cidade | CA-QC
quebequenses | alexa c'est quoi a capital da coreia do norte | KP
quebequenses | alexa icitte em montreal tá frio qual a capital da palestina | PS
quebequenses | alexa tiguidou abre capitais do mundo | LAUNCH
quebequenses | alexa ben voyons as capitais da áfrica do sul | ZA
quebequenses | alexa câline qual a capital de são pedro e miquelão | PM
quebequenses | alexa pantoute esquece isso | CANCEL
quebequenses | alexa ouin capital do senegal | SN
quebequenses | alexa vas-y as capitais da malásia | MY
quebequenses | alexa vai nevar em quebec amanhã | FB
quebequenses | alexa merci bonsoir pode parar | STOP
quebequenses | alexa la capitale do congo kinshasa | CD
quebequenses | alexa ben coudonc capital do gabão | GA
australianos | alexa no worries qual a capital {} | da nova zelândia=NZ; de papua-nova guiné=PG; de vanuatu=VU
australianos | alexa i reckon a capital {} é qual | da austrália=AU; de fiji=FJ; de tonga=TO
australianos | alexa heaps of thanks agora a capital {} | de nova gales do sul=AU-NSW; da austrália meridional=AU-SA; da austrália ocidental=AU-WA
australianos | alexa g'day qual é a capital da coreia do sul | KR
australianos | alexa arvo tranquila quais as capitais da bolívia | BO
australianos | alexa crikey qual a capital da coreia do norte | KP
australianos | alexa fair dinkum sydney não é capital da austrália | AU
australianos | alexa mate abre capitais do mundo | LAUNCH
australianos | alexa ta mate pode parar | STOP
australianos | alexa qual a capital do território do norte | AU-NT
australianos | alexa good on ya agora a capital da palestina | PS
australianos | alexa how ya going qual a capital de samoa | WS
australianos | alexa qual o placar do rugby da austrália | FB
australianos | alexa strewth as capitais da holanda | NL
australianos | alexa capital do timor-leste mate | TL
australianos | alexa bloody hell esquece | CANCEL
australianos | alexa qual a capital das ilhas cook | CK
australianos | alexa too easy capital da república do congo | CG
vietnamitas | alexa dá cho rói qual a capital {} | do vietnã=VN; do laos=LA; do camboja=KH
vietnamitas | alexa cam on agora a capital {} | da tailândia=TH; de mianmar=MM; das filipinas=PH
vietnamitas | alexa ôi me fala a capital {} | da china=CN; de taiwan=TW; da mongólia=MN
vietnamitas | alexa dá capital da coreia do sul | KR
vietnamitas | alexa ôi alexa capital da coreia do norte | KP
vietnamitas | alexa chi quer saber as capitais da malásia | MY
vietnamitas | alexa em dá capital da palestina | PS
vietnamitas | alexa dá não entendi como usa ajuda | HELP
vietnamitas | alexa ôi cho em rói capital de brunei | BN
vietnamitas | alexa dá quanto custa pho aqui no bairro | FB
vietnamitas | alexa dá vâng capital do congo kinshasa | CD
vietnamitas | alexa thoi chega | STOP
vietnamitas | alexa dá capital de hong kong | HK
vietnamitas | alexa ôi capital de singapura | SG
vietnamitas | alexa thoi esquece | CANCEL
vietnamitas | alexa cam on capital do timor-leste | TL
guincho | alexa tô com o carro na prancha do guincho me diz a capital {} | da armênia=AM; do azerbaijão=AZ; da geórgia o país=GE
guincho | alexa o reboque foi chamado por um turista {} qual a capital de lá | da áustria=AT; da suíça=CH; de liechtenstein=LI
guincho | alexa o motorista do carro batido era {} qual a capital | do peru=PE; de el salvador=SV; da costa rica=CR
guincho | alexa parado no acostamento esperando a seguradora quais as capitais da áfrica do sul | ZA
guincho | alexa o cliente do guincho era da coreia do norte imagina capital de lá | KP
guincho | alexa o pneu do guincho é da malásia as capitais de lá | MY
guincho | alexa onde tem borracharia aberta perto daqui | FB
guincho | alexa o caminhão que eu rebocei era da palestina qual a capital | PS
guincho | alexa o guincheiro é de angola capital de angola | AO
guincho | alexa carro importado do japão capital do japão | JP
guincho | alexa o carro quebrado tinha placa de san marino qual a capital | SM
guincho | alexa o motoqueiro é de andorra capital de andorra | AD
guincho | alexa o reboque foi longe hoje capital de montenegro | ME
guincho | alexa o cliente do reboque é do congo brazzaville a capital | CG
protese-dentaria | alexa o gesso tá secando no molde qual a capital {} | da bósnia e herzegovina=BA; da sérvia=RS; de montenegro=ME
protese-dentaria | alexa a resina da prótese é {} qual é a capital de lá | da alemanha=DE; de liechtenstein=LI; da suíça=CH
protese-dentaria | alexa o dentista que pediu a coroa de zircônia é {} qual a capital | da síria=SY; do líbano=LB; do iraque=IQ
protese-dentaria | alexa a dentadura do seu zé tá pronta e ele quer saber as capitais da holanda | NL
protese-dentaria | alexa o implante veio da coreia do sul capital de lá | KR
protese-dentaria | alexa o protético novo é da bolívia quais as capitais bolivianas | BO
protese-dentaria | alexa quanto tempo leva pra fazer uma ponte fixa | FB
protese-dentaria | alexa o dente de porcelana é do japão capital japonesa | JP
protese-dentaria | alexa a broca diamantada veio de israel capital de israel | IL
protese-dentaria | alexa o paciente da ponte móvel é da palestina capital de lá | PS
protese-dentaria | alexa o articulador é da itália capital italiana | IT
protese-dentaria | alexa o molde vai pra república tcheca capital | CZ
protese-dentaria | alexa o forno de cerâmica dental é da eslováquia capital da eslováquia | SK
danca-de-salao | alexa a dama do zouk é {} qual a capital de lá | de angola=AO; de cabo verde=CV; da guadalupe=GP
danca-de-salao | alexa o tango é {} a capital de lá qual é | da argentina=AR; do uruguai=UY; da finlândia=FI
danca-de-salao | alexa o professor de bachata é {} qual a capital | da república dominicana=DO; de porto rico=PR; de cuba=CU
danca-de-salao | alexa a kizomba é de angola qual é a capital | AO
danca-de-salao | alexa o casal campeão de bolero é da coreia do sul capital de lá | KR
danca-de-salao | alexa toca um samba de gafieira | FB
danca-de-salao | alexa o par da salsa é da colômbia capital colombiana | CO
danca-de-salao | alexa a valsa vem da áustria qual a capital austríaca | AT
danca-de-salao | alexa a aluna do baile é da malásia as capitais de lá | MY
danca-de-salao | alexa o cavalheiro da polca é da tchéquia capital tcheca | CZ
danca-de-salao | alexa o merengue é da república dominicana a capital | DO
danca-de-salao | alexa o dançarino do forró é da palestina qual a capital de lá | PS
danca-de-salao | alexa a dama do samba rock é do congo kinshasa a capital | CD
seguros | alexa o segurado viajou {} qual a capital | pra grécia=GR; pra turquia=TR; pro egito=EG
seguros | alexa a apólice de viagem cobre {} qual a capital de lá | a rússia=RU; a ucrânia=UA; a polônia=PL
seguros | alexa o sinistro aconteceu {} qual é a capital | na bélgica=BE; em luxemburgo=LU; na irlanda=IE
seguros | alexa o cliente do seguro de vida é da coreia do norte qual a capital | KP
seguros | alexa a resseguradora é dos países baixos quais as capitais | NL
seguros | alexa o segurado morava na áfrica do sul as capitais de lá | ZA
seguros | alexa qual a franquia do seguro do carro | FB
seguros | alexa o corretor vai pra palestina qual a capital | PS
seguros | alexa seguro viagem pra república democrática do congo capital | CD
seguros | alexa seguro de carga pra república do congo capital | CG
seguros | alexa o beneficiário é da libéria capital da libéria | LR
seguros | alexa a seguradora é da suíça capital suíça | CH
seguros | alexa a vistoria foi pra um carro da bolívia quais as capitais | BO
launch | alexa abre capitais do mundo que eu tô no intervalo da aula de cerâmica | LAUNCH
launch | alexa liga aí capitais do mundo pro pessoal do pedágio | LAUNCH
launch | alexa manda abrir o capitais do mundo que a merenda já foi servida | LAUNCH
launch | alexa abre capitais do mundo lá na oficina de prótese | LAUNCH
launch | alexa bota o capitais do mundo pra gente treinar antes da prova de geografia | LAUNCH
launch | alexa abre ligeiro o capitais do mundo | LAUNCH
launch | alexa começa aí o capitais do mundo que o guincho ainda não chegou | LAUNCH
launch | alexa oxente abre capitais do mundo | LAUNCH
launch | alexa mermão abre o capitais do mundo | LAUNCH
launch | alexa dá o play no capitais do mundo | LAUNCH
launch | alexa quero brincar de capitais do mundo com meu neto | LAUNCH
launch | alexa abre capitais do mundo e me pergunta umas capitais | LAUNCH
launch | alexa vamo de capitais do mundo enquanto o forno esquenta | LAUNCH
launch | alexa abre o tal do capitais do mundo que a professora falou | LAUNCH
launch | alexa abre capitais do mundo bem alto que eu uso aparelho | LAUNCH
launch | alexa puxa o capitais do mundo | LAUNCH
launch | alexa capitais do mundo abre aí vai | LAUNCH
launch | alexa inicia a brincadeira das capitais do mundo | LAUNCH
launch | alexa fala com capitais do mundo | LAUNCH
launch | alexa conecta no capitais do mundo | LAUNCH
launch | alexa sawa abre capitais do mundo | LAUNCH
launch | alexa cam on abre capitais do mundo | LAUNCH
launch | alexa quero abrir o aplicativo capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo no quarto das crianças | LAUNCH
launch | alexa a gente quer jogar o capitais do mundo na cabine | LAUNCH
launch | alexa deixa eu usar o capitais do mundo rapidinho | LAUNCH
launch | alexa abre o capitais do mundo na lavoura | LAUNCH
launch | alexa bora abrir capitais do mundo galera do karatê | LAUNCH
launch | alexa abre por gentileza a skill capitais do mundo | LAUNCH
launch | alexa recomeça capitais do mundo do zero | LAUNCH
launch | alexa abre capitais do mundo em português | LAUNCH
launch | alexa pergunta pro capitais do mundo | LAUNCH
launch | alexa consulta o capitais do mundo | LAUNCH
launch | alexa agora abre capitais do mundo | LAUNCH
launch | alexa me leva pro capitais do mundo | LAUNCH
cancel | alexa cancela que o cliente do sofá chegou | CANCEL
cancel | alexa esquece essa capital que o guincho chegou | CANCEL
cancel | alexa cancela a pergunta do sudão | CANCEL
cancel | alexa deixa essa pra lá que o recreio acabou | CANCEL
cancel | alexa cancela que o forno apitou | CANCEL
cancel | alexa perguntei errado cancela | CANCEL
cancel | alexa não essa não cancela aí | CANCEL
cancel | alexa anula a última pergunta | CANCEL
cancel | alexa cancela a pergunta anterior por favor | CANCEL
cancel | alexa volta que eu errei o país | CANCEL
cancel | alexa esquece a coreia | CANCEL
cancel | alexa cancela esse negócio | CANCEL
cancel | alexa oxe cancela | CANCEL
cancel | alexa mermão esquece | CANCEL
cancel | alexa cancela que a cabine tá cheia | CANCEL
cancel | alexa desiste essa pergunta | CANCEL
cancel | alexa não precisa responder mais | CANCEL
cancel | alexa cancela que o sensei chegou | CANCEL
cancel | alexa descarta essa pergunta | CANCEL
cancel | alexa deixa pra próxima cancela | CANCEL
cancel | alexa cancela cancela cancela | CANCEL
cancel | alexa interrompe essa pergunta | CANCEL
cancel | alexa ignora o que eu disse | CANCEL
cancel | alexa apaga essa pergunta | CANCEL
cancel | alexa cancela a pergunta do congo | CANCEL
cancel | alexa não quero mais a resposta | CANCEL
cancel | alexa cancela que a dama chegou pro baile | CANCEL
cancel | alexa pode esquecer a capital da bolívia | CANCEL
help | alexa ajuda que eu não sei perguntar as capitais | HELP
help | alexa como eu peço a capital de um estado | HELP
help | alexa me explica esse capitais do mundo que eu uso aparelho auditivo | HELP
help | alexa o que é que eu pergunto aqui na cabine | HELP
help | alexa dá um exemplo pra criançada do recreio | HELP
help | alexa como funciona pra saber a capital de um país | HELP
help | alexa ajuda a tia da merenda a usar isso | HELP
help | alexa quais as opções dessa skill | HELP
help | alexa me explica passo a passo | HELP
help | alexa o que mais você faz nas capitais do mundo | HELP
help | alexa esqueci como pergunta me ajuda | HELP
help | alexa eu posso perguntar de estado também como faz | HELP
help | alexa ajuda em português por favor | HELP
help | alexa me dá instruções do jogo | HELP
stop | alexa para que o cliente chegou | STOP
stop | alexa chega que o forno apitou | STOP
stop | alexa fecha que a aula acabou | STOP
stop | alexa encerra que eu vou dormir | STOP
stop | alexa desliga que a gente vai treinar | STOP
stop | alexa sai do capitais do mundo | STOP
stop | alexa para com as capitais | STOP
stop | alexa tá bom chega de pergunta | STOP
stop | alexa pode fechar a skill | STOP
stop | alexa encerra a brincadeira | STOP
stop | alexa acabou a aula fecha aí | STOP
stop | alexa para por favor obrigado | STOP
out-of-domain | alexa qual a população de cabo frio | FB
out-of-domain | alexa quanto tempo de voo de são paulo pra nairóbi | FB
out-of-domain | alexa qual a capital da coreia em coreano | FB
out-of-domain | alexa qual a língua falada no quênia | FB
out-of-domain | alexa quantos habitantes tem a malásia | FB
out-of-domain | alexa qual a moeda da áfrica do sul | FB
out-of-domain | alexa qual o maior estado do brasil | FB
out-of-domain | alexa qual é a capital do rock | FB
out-of-domain | alexa qual é a capital mundial do calçado | FB
out-of-domain | alexa qual a capital do sertanejo | FB
out-of-domain | alexa qual é a capital mundial da manga | FB
out-of-domain | alexa qual a capital do agronegócio | FB
out-of-domain | alexa qual a capital do país do futebol | FB
out-of-domain | alexa qual é a capital da antártida chilena | FB
out-of-domain | alexa qual é a capital da escandinávia | FB
out-of-domain | alexa qual a capital do oriente médio | FB
out-of-domain | alexa qual é a capital do caribe | FB
out-of-domain | alexa qual é a capital da ásia | FB
out-of-domain | alexa qual a capital do mercosul | FB
out-of-domain | alexa qual a capital da união europeia | FB
out-of-domain | alexa capital do nordeste qual é | FB
out-of-domain | alexa qual a capital do mundo | FB
out-of-domain | alexa quantas capitais tem a áfrica do sul em número | FB
out-of-domain | alexa onde fica o monte kilimanjaro | FB
out-of-domain | alexa qual é o prato típico da bolívia | FB
out-of-domain | alexa qual é a altitude de bogotá | FB
out-of-domain | alexa quantas pessoas moram em pyongyang | FB
out-of-domain | alexa quantos anos tem o kim jong un | FB
out-of-domain | alexa desliga o despertador | FB
out-of-domain | alexa toca música da jamaica | FB
out-of-domain | alexa qual o nome do rei da holanda | FB
out-of-domain | alexa qual a distância da terra até a lua | FB
out-of-domain | alexa quanto é um dólar australiano em real | FB
out-of-domain | alexa quando é o próximo feriado | FB
out-of-domain | alexa qual o horário do jogo do brasil | FB
out-of-domain | alexa liga o ventilador | FB
out-of-domain | alexa quantos graus faz em cuiabá | FB
out-of-domain | alexa toca um reggae de são luís | FB
out-of-domain | alexa qual o dia da independência de angola | FB
out-of-domain | alexa qual a religião da malásia | FB
out-of-domain | alexa qual é a capital do nosso sistema solar | FB
out-of-domain | alexa soletra kuala lumpur | FB
out-of-domain | alexa como se escreve bloemfontein | FB
out-of-domain | alexa capital de risco o que significa | FB
out-of-domain | alexa quais são os sete pecados capitais | FB
out-of-domain | alexa qual a letra maiúscula de a | FB
subdivision | alexa qual a capital do estado de são paulo e não fala a cidade por favor | BR-SP
follow-up | e de antígua e barbuda | AG
follow-up | e da gâmbia | GM
follow-up | e de são cristóvão e névis | KN
follow-up | e de santa lúcia | LC
follow-up | e da líbia | LY
follow-up | e de são vicente e granadinas | VC
estudio-gravacao | alexa o cantor de soca é de antígua e barbuda qual a capital | AG
estudio-gravacao | alexa o dj é de santa lúcia capital de lá | LC
natacao | alexa o velejador é de são vicente e granadinas capital de lá | VC
natacao | alexa a nadadora é de são cristóvão e névis capital de lá | KN
observadores-aves | alexa a garça migra pra gâmbia capital da gâmbia | GM
energia-solar | alexa o deserto da líbia tem sol demais capital líbia | LY
yes-no-check | alexa a capital da líbia é trípoli mesmo | LY
reverse-question | alexa banjul é capital de que país | CITY:Banjul
plural-capitals | alexa o benin tem capital dupla quais são as duas | BJ
plural-capitals | alexa me fala as duas capitais beninenses a oficial e a econômica | BJ
plural-capitals | alexa a estatueta veio do benin e eu quero saber as capitais de lá todas | BJ
plural-capitals | alexa dá o nome das capitais do benin pra turma do recreio | BJ
plural-capitals | alexa quais cidades são capitais do benin | BJ
plural-capitals | alexa a costa do marfim tem capital oficial e capital econômica quais são | CI
plural-capitals | alexa quais cidades são capitais da costa do marfim | CI
plural-capitals | alexa yamoussoukro e abidjan são as duas capitais da costa do marfim né | CI
plural-capitals | alexa me dá as capitais da costa do marfim pro trabalho da escola | CI
plural-capitals | alexa quais cidades são capitais de essuatíni | SZ
plural-capitals | alexa mbabane e qual a outra capital de essuatíni | SZ
plural-capitals | alexa essuatíni tem capital real e capital administrativa me fala as duas | SZ
plural-capitals | alexa as capitais da antiga suazilândia quais são | SZ
plural-capitals | alexa quais cidades são capitais do sri lanka | LK
plural-capitals | alexa o sri lanka tem capital legislativa e comercial quais são | LK
plural-capitals | alexa as capitais do antigo ceilão quais são | LK
plural-capitals | alexa me fala as duas capitais cingalesas | LK
plural-capitals | alexa quais cidades são capitais da áfrica do sul | ZA
plural-capitals | alexa a áfrica do sul tem capital executiva legislativa e judiciária quais são | ZA
plural-capitals | alexa quais cidades são capitais da bolívia | BO
plural-capitals | alexa la paz é sede do governo e qual é a outra capital boliviana | BO
plural-capitals | alexa quais cidades são capitais dos países baixos | NL
plural-capitals | alexa a capital holandesa é amsterdã mas o governo fica em haia quais são as capitais | NL
plural-capitals | alexa quais cidades são capitais da malásia | MY
plural-capitals | alexa putrajaya também é capital da malásia quais são as duas | MY
official-name | alexa qual a capital do reino da bélgica | BE
official-name | alexa capital da república argentina por favor | AR
official-name | alexa capital da república federal democrática do nepal | NP
official-name | alexa qual a capital da república do quênia | KE
official-name | alexa qual a capital do reino de essuatíni | SZ
official-name | alexa a capital da república da costa do marfim qual é | CI
official-name | alexa qual a capital da república do benin | BJ
official-name | alexa capital da república popular do bangladesh | BD
official-name | alexa qual a capital do reino do camboja | KH
official-name | alexa capital da república da guiné equatorial | GQ
official-name | alexa qual a capital da república islâmica da mauritânia | MR
official-name | alexa capital do reino do lesoto | LS
official-name | alexa capital da república da indonésia | ID
official-name | alexa capital da república do iêmen | YE
official-name | alexa capital da república de cabo verde | CV
everyday-name | alexa capital da terra do mandela | ZA
everyday-name | alexa qual a capital do país do evo morales | BO
everyday-name | alexa capital da terra das tulipas | NL
everyday-name | alexa qual a capital da terra do sushi | JP
everyday-name | alexa capital da terra do kebab a turquia | TR
everyday-name | alexa capital do país do camembert | FR
everyday-name | alexa qual a capital dos gringos americanos | US
everyday-name | alexa capital da terra da pizza | IT
everyday-name | alexa capital do país dos vikings | FB
everyday-name | alexa qual a capital da terra do fado | PT
everyday-name | alexa capital do país do reggae | JM
everyday-name | alexa capital da terra dos faraós | EG
everyday-name | alexa capital da terra do chá a índia | IN
everyday-name | alexa qual a capital do país da salsa | FB
everyday-name | alexa capital do tibete | FB
out-of-domain | alexa quantas raças de cavalo existem | FB
out-of-domain | alexa qual o melhor tecido pra sofá de gato | FB
out-of-domain | alexa o que é audiometria | FB
out-of-domain | alexa me lembra de trocar a pilha do aparelho auditivo | FB
out-of-domain | alexa quanto custa um drone com câmera | FB
out-of-domain | alexa qual a faixa depois da roxa no karatê | FB
out-of-domain | alexa qual a melhor época pra soltar pipa | FB
out-of-domain | alexa cadê meu celular | FB
out-of-domain | alexa que horas abre a salina | FB
out-of-domain | alexa quantas placas solares preciso pra minha casa | FB
out-of-domain | alexa qual a cotação da soja hoje | FB
out-of-domain | alexa quanto é um quilo de manga tommy | FB
out-of-domain | alexa qual o nome do pássaro amarelo do cerrado | FB
out-of-domain | alexa qual o filme mais longo da história | FB
out-of-domain | alexa quando é o próximo pedágio na dutra | FB
out-of-domain | alexa quantos dentes um adulto tem | FB
out-of-domain | alexa qual a capital de são paulo do interior | FB
out-of-domain | alexa qual a capital mais antiga das américas | FB
out-of-domain | alexa qual a capital mais perto do brasil | FB
out-of-domain | alexa quais capitais ficam no hemisfério sul | FB
out-of-domain | alexa qual é a capital mais bonita da europa | FB
out-of-domain | alexa qual capital tem mais museus | FB
out-of-domain | alexa em que capital nasceu o pelé | FB
out-of-domain | alexa qual o nome da capital em libras | FB
out-of-domain | alexa como se pronuncia reiquiavique em islandês | FB
out-of-domain | alexa qual a capital que fica mais longe daqui | FB
out-of-domain | alexa lista todas as capitais da europa | FB
out-of-domain | alexa capital da lua | FB
out-of-domain | alexa qual o ddd de cabo frio | FB
out-of-domain | alexa quanto custa a passagem pra luanda | FB
official-name | alexa no documento do cliente tá escrito república da áfrica do sul qual a capital de lá | ZA
official-name | alexa no passaporte do nadador tá república de fiji qual a capital | FJ
official-name | alexa na caixa do drone diz república popular da china qual é a capital | CN
official-name | alexa o contrato de seguro fala república democrática do congo qual a capital de lá | CD
official-name | alexa o certificado da madeira é da república do congo me diz a capital | CG
official-name | alexa no selo tá escrito república popular democrática da coreia qual a capital | KP
official-name | alexa a etiqueta do implante diz república da coreia capital de lá | KR
official-name | alexa na carta do irrigante tá estado da palestina qual a capital | PS
official-name | alexa a nota fiscal da manga vai pro reino dos países baixos quais são as capitais | NL
official-name | alexa o comprador é do estado plurinacional da bolívia quais as capitais | BO
official-name | alexa o fornecedor de solado é da federação da malásia qual a capital | MY
official-name | alexa a fatura é da república socialista democrática do sri lanka capital | LK
official-name | alexa no mapa antigo tá reino da tailândia capital de lá | TH
official-name | alexa no ingresso do festival tá república do burquina faso qual a capital | BF
official-name | alexa a encomenda vai pros estados unidos da américa qual a capital | US
stop | alexa encerra que o carrinho de cachorro-quente vai fechar | STOP
stop | alexa para que a colheitadeira tá chamando | STOP
stop | alexa fecha que a dentadura tá pronta | STOP
stop | alexa chega que eu vou pro tatame | STOP
stop | alexa desliga que o drone tá pousando | STOP
help | alexa me ajuda a perguntar capital de país que eu sou do haras e não entendo de tecnologia | HELP
help | alexa o que eu digo pra saber a capital | HELP
help | alexa não sei mexer nisso ajuda | HELP
plural-capitals | alexa porto novo e cotonou as duas capitais do benin me confirma | BJ
plural-capitals | alexa cotonou é capital do benin junto com qual outra | BJ
plural-capitals | alexa a áfrica do sul divide a capital em três cidades quais | ZA
plural-capitals | alexa cidade do cabo pretória e qual a terceira capital sul-africana | ZA
"""

if __name__ == "__main__":
    build_round(56, "pt", LINES, sys.argv, "tests/Eval/pt/round56/source/build_corpus.py")
