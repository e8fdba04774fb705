"""Round 28, Portuguese (pt-BR): a new author's own mix, written blind, with speakers, situations and wordings chosen
apart from rounds 24 to 27. Regions: the sertão of Pernambuco (Serra Talhada: "aperreado", "mulesta"), the Seridó of
Caicó, the Recôncavo (Cachoeira) and the cacao coast of Ilhéus ("ó meu rei"), garimpeiros of the Chapada Diamantina,
vaqueiros of Marajó, river travellers of the Tapajós, Parintins (Garantido and Caprichoso), the soya Oeste Baiano, the
Zona Oeste of Rio ("qual foi", "o bagulho é doido"), the Baixada Santista ("ô loco bicho"), the Sul de Minas ("nó cê tá
doido"), Pelotas, the Vale do Ribeira, Imperatriz, Fernando de Noronha. Heritage and immigrant speakers: Talian of the
Serra Gaúcha ("ostia", "porca miséria", the nono), Hunsrik of Santa Cruz do Sul ("jo", "ach", the oma), Dutch
descendants of Holambra ("ja"), Bolivians of the Bom Retiro sewing workshops ("oye", "pues"), Korean-Brazilians
("aigoo", the omma), the Jewish Bom Retiro ("oy vey", the bubbe), Guinea-Bissau students of the Unilab in Redenção
("kuma", "mantenha"), Timorese students ("diak", "maun"), a Neapolitan chef ("allora", "mamma mia"), a British expat
("right so", "cheers", "lovely"), Filipino seafarers in Santos ("kuya", "po", "salamat"), a German au pair ("also
genau"). Learners (learner grammar on purpose: "eu quer saber o capital", "eu não sabe", "eu esquecer"). Children (a
world-map puzzle, Bluey, Peppa, Ladybug, Luca, Encanto, Coco, Kung Fu Panda, a lost tooth, bath time, homeschooling).
Teenagers (Valorant, League of Legends, TikTok, Eurovision; "mds", "rlx", "tá ligado", "mó brisa", "papo de quem", "é os
guri", "vish"). Elders (a seamstress who sewed flags, a pracinha's widow, a retired international telephone operator, the
novela das nove, an atlas of 1970, a retired pastor, an accordion player, pen pals, no hearing aid). Work: a stevedore in
Santos, a ship pilot in Paranaguá, a wind-farm technician, a fisherman in Itajaí, a tattoo artist, a wedding planner, a
real-estate agent, a tour-bus driver in Gramado, a chocolatier, a ferry skipper to Ilha Grande, a football scout, a nun
going on mission, a drone pilot, a museum guide, a winemaker, an airline check-in agent, a shoe buyer, a carnival
seamstress. Home: pão de queijo, feeding the cat, knitting, a sleeping baby, orchids, washing the car, the pool,
insomnia, rice on the stove, making coffee. Games: the board game Master, Termo, Contexto, Seterra, the Olimpíada
Brasileira de Geografia, Trivial Pursuit, a pub quiz in Vila Madalena, the "jogo do atlas", a flag bingo, Detetive, Cara
a Cara, Batalha Naval, a bet for a pizza. Sport: Formula 1, João Fonseca's tennis, the 2026 World Cup, the Los Angeles
Olympics, the African Cup of Nations, the Asian Cup, the Euro, the Giro, sailing, a marathon, fencing, Stock Car.
Travel: by motorcycle to Ushuaia, the Bolivian death train, the World Cup in North America, Disney in Orlando, the Camino
de Santiago, a Schengen visa, a nurse moving to Ireland, Erasmus, the silk road, a Hajj, a family reunion, layovers, a
backpacking trip in Asia. Plus follow-ups, yes/no checks with right and wrong cities, self-corrections with a marker
("aliás", "digo", "ops", "putz errei", "não pera", "calma aí", "desconsidera", "vixe falei errado", "não espera", "mudei
de ideia", "na real", "apaga isso", "deixa eu refazer", "errei feio", "quis dizer", "opa não é esse", "pera pera", "não
não", "desculpa", "é que eu pensei errado", "não calma"), reverse questions, official, everyday and old names, shared
names (Congo, Coreia, Geórgia, Ilhas Virgens), every several-capital country, Palestine, Montserrat, Jammu and Kashmir
and Uttarakhand in the plural, subdivisions, territories, one-shot requests and launches through the invocation name
"capitais do mundo", and what pt-BR recognition may write (tildes and accents lost: "sudao", "japao", "camaroes";
split words: "mada gascar", "para guai", "singa pura", "zim babue"; homophones: "ira" for Irã, "lá os" for Laos, "pais
de gales"; foreign spellings: "malawi", "belarus", "kwait"). Out of domain: other facts about a named country, "capital"
in other senses (the seven deadly sins, Capital Inicial, capital social, capital de giro, Marx's O Capital, the capital
do forró, pena capital), places the data lacks (Sicily, Catalonia, Tibet, Crimea, Patagonia, Siberia, Transylvania,
Zanzibar, the Canaries, the Galápagos, Yugoslavia, East Germany, the Soviet Union, Narnia, Wakanda, Hyrule) and other
skills' requests. Frames that would have been said more than three times were given a tail of their own ("por favor",
"pra mim", "tô na dúvida"...).
`python3 tests/Eval/pt/round28/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 28's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Regional speech: the sertão of Pernambuco, the Seridó, the Recôncavo and the cacao coast of Bahia, the Chapada
# Diamantina, Marajó, Santarém and Parintins, the Oeste Baiano, the Zona Oeste of Rio, the Baixada Santista, the Sul de
# Minas, Pelotas, the Vale do Ribeira, Imperatriz, Noronha.
regional-speech | tô aperreado aqui alexa qual é a capital {} | do cazaquistão=KZ; da tunísia=TN
regional-speech | ô mulesta alexa me diga a capital {} | do turcomenistão=TM
regional-speech | aqui em serra talhada ninguém sabe a capital {} | do tadjiquistão=TJ; da eritreia=ER
regional-speech | rapaz aqui de caicó a gente quer saber a capital {} | da mauritânia=MR
regional-speech | mãe de deus alexa qual é a capital {} hein | do gabão=GA
regional-speech | ó meu rei me diga aí qual é a capital {} | de gana=GH; da costa rica=CR
regional-speech | aqui na roça de cacau em ilhéus a gente quer saber a capital {} | da costa do marfim=CI
regional-speech | lá em cachoeira no recôncavo o povo pergunta a capital {} | da nigéria=NG
regional-speech | o garimpeiro aqui de lençóis quer saber a capital {} | da guiana=GY
regional-speech | aqui no marajó montado no búfalo alexa qual é a capital {} | do suriname=SR
regional-speech | subindo o tapajós no barco recreio alexa diz a capital {} | do paraguai=PY; da bolívia=BO
regional-speech | aqui em parintins é tudo garantido alexa qual é a capital {} | do peru=PE
regional-speech | o caprichoso vai ganhar mas me diz a capital {} | da colômbia=CO
regional-speech | aqui em luís eduardo magalhães o pessoal da soja quer saber a capital {} | da ucrânia=UA
regional-speech | qual foi alexa fala aí a capital {} | da nicarágua=NI; de honduras=HN
regional-speech | o bagulho é doido alexa qual a capital {} | do iêmen=YE
regional-speech | aqui em campo grande do rio a gente tá na dúvida a capital {} | de omã=OM
regional-speech | ô loco bicho alexa qual é a capital {} | da grécia=GR; da croácia=HR
regional-speech | aqui na orla de santos os navio vem de todo lugar qual a capital {} | da libéria=LR
regional-speech | nó cê tá doido alexa a capital {} é qual | da albânia=AL
regional-speech | aqui no sul de minas tomando um cafezinho fala a capital {} pra nós | da etiópia=ET
regional-speech | capaz que tu não sabe alexa a capital {} | da islândia=IS
regional-speech | aqui em pelotas comendo doce alexa qual é a capital {} | da dinamarca=DK
regional-speech | lá no vale do ribeira a gente quer saber a capital {} | do vietnã=VN
regional-speech | aqui em imperatriz tá um calor danado qual a capital {} | do sudão=SD
regional-speech | aqui em noronha o turista gringo perguntou a capital {} | da nova zelândia=NZ
regional-speech | vixe maria alexa tu sabe a capital {} | do lesoto=LS
regional-speech | oia só alexa qual é a capital {} mesmo | de chipre=CY
regional-speech | ô trem bom alexa a capital {} cê sabe | da polônia=PL

# Heritage and immigrant speakers: Talian of the Serra Gaúcha, Hunsrik of the Vale do Sinos, Dutch descendants of
# Holambra and Carambeí, Bolivians and Koreans of the Bom Retiro, the Jewish Bom Retiro, Guinea-Bissau students in
# Redenção, Timorese students in Brasília, a Neapolitan chef, a British expat, Filipino seafarers in Santos, a German au
# pair.
heritage-speech | ostia alexa qual che é a capital {} | da itália=IT; de san marino=SM
heritage-speech | porca miséria me esqueci a capital {} | da eslovênia=SI
heritage-speech | aqui na colônia em bento gonçalves o nono quer saber a capital {} | da suíça=CH
heritage-speech | jo alexa was é a capital {} | da áustria=AT; do liechtenstein=LI
heritage-speech | ach alexa me fala a capital {} | do luxemburgo=LU
heritage-speech | a oma aqui em santa cruz do sul quer saber a capital {} | da alemanha=DE
heritage-speech | ja alexa qual é a capital {} | da bélgica=BE
heritage-speech | aqui em holambra no meio das flores qual é a capital {} | da noruega=NO; da suécia=SE
heritage-speech | oye alexa cuál es la capital {} | do chile=CL
heritage-speech | pues alexa a capital {} qual é | da venezuela=VE
heritage-speech | aqui na oficina de costura no bom retiro qual é a capital {} | do peru=PE
heritage-speech | aigoo alexa qual é a capital {} | da mongólia=MN
heritage-speech | a omma quer saber a capital {} ne | do japão=JP; da china=CN
heritage-speech | oy vey alexa qual é a capital {} | da hungria=HU; da romênia=RO
heritage-speech | minha bubbe quer saber a capital {} | da lituânia=LT; da letônia=LV
heritage-speech | kuma alexa qual é a capital {} | da guiné-bissau=GW
heritage-speech | mantenha alexa diz-me a capital {} | do senegal=SN; da gâmbia=GM
heritage-speech | aqui na unilab em redenção a gente quer saber a capital {} | de são tomé e príncipe=ST
heritage-speech | diak alexa qual é a capital {} | de timor-leste=TL
heritage-speech | maun alexa a capital {} qual é | da indonésia=ID
heritage-speech | allora alexa qual è a capital {} | de malta=MT
heritage-speech | mamma mia alexa como se chama a capital {} | da tunísia=TN
heritage-speech | right so alexa what's the capital {} | do canadá=CA
heritage-speech | cheers alexa e qual é a capital {} | da irlanda=IE
heritage-speech | lovely alexa agora me diz a capital {} | da jamaica=JM
heritage-speech | kuya alexa qual é a capital {} po | das filipinas=PH
heritage-speech | salamat alexa e a capital {} | de palau=PW
heritage-speech | aqui no navio em santos os filipinos perguntam a capital {} | do brunei=BN
heritage-speech | also alexa genau qual é a capital {} | da dinamarca=DK
heritage-speech | a minha host family quer saber a capital {} | da estônia=EE

# Learner speech: Bolivian, Korean, Filipino and British learners, a Chinese student, a deaf speaker learning to talk
# with the Echo (learner grammar on purpose).
learner-speech | eu quer saber o capital {} | do marrocos=MA; da argélia=DZ
learner-speech | qual é capital de {} | egito=EG; líbia=LY
learner-speech | o capital {} é o que | do nepal=NP
learner-speech | você sabe capital {} por favor eu estuda português | da coreia do sul=KR
learner-speech | alexa me diz capital de o {} | paquistão=PK; afeganistão=AF
learner-speech | eu não sabe onde é capital {} | do catar=QA
learner-speech | como chama a cidade capital {} | do bahrein=BH; do kuwait=KW
learner-speech | alexa capital {} qual cidade é | da arábia saudita=SA
learner-speech | eu precisar saber a capital {} para aula | do uzbequistão=UZ
learner-speech | por favor qual o cidade capital {} | da jordânia=JO
learner-speech | capital {} alexa você fala devagar por favor | do líbano=LB
learner-speech | eu esquecer qual é a capital {} | do zimbábue=ZW
# Children: a world-map puzzle, cartoons (Bluey, Peppa, Ladybug, Luca, Encanto, Coco, Kung Fu Panda), homework in the
# caderno, a homeschooling mum, bath time, a new tooth.
child-speech | alexa a bluey mora na austrália qual é a capital {} | da austrália=AU
child-speech | alexa a peppa é da inglaterra e qual é a capital {} | da inglaterra=GB-ENG
child-speech | alexa a ladybug mora em paris paris é a capital {} | da frança=FR
child-speech | alexa o filme do luca é na itália qual a capital {} | da itália=IT
child-speech | alexa o encanto é na colômbia né qual é a capital {} | da colômbia=CO
child-speech | alexa o coco é do méxico qual é a capital {} | do méxico=MX
child-speech | alexa o panda do kung fu mora na china qual é a capital {} | da china=CN
child-speech | alexa eu tô montando o quebra-cabeça do mundo qual é a capital {} | da índia=IN
child-speech | alexa a tia mandou escrever no caderno a capital {} | da rússia=RU
child-speech | alexa eu tenho seis anos e quero saber a capital {} | do japão=JP
child-speech | alexa meu dente caiu e agora me fala a capital {} | da argentina=AR
child-speech | alexa tô no banho qual é a capital {} | de portugal=PT
child-speech | alexa a mamãe tá fazendo homeschooling comigo qual a capital {} | do quênia=KE; da tanzânia=TZ
child-speech | alexa qual é a capital {} que tem leão | da zâmbia=ZM
child-speech | alexa o pinguim mora na antártida qual é a capital {} | do chile=CL
child-speech | alexa meu amigo da escola é {} qual é a capital de lá | do haiti=HT; de angola=AO
child-speech | alexa a capital {} é bonita qual é o nome | da grécia=GR
child-speech | alexa eu desenhei a bandeira {} qual é a capital | do uruguai=UY; de cuba=CU

# Teenagers: League of Legends, Valorant, Genshin, Fortnite, TikTok, Eurovision, Formula 1 fans.
teen-speech | mds alexa qual é a capital {} | da macedônia do norte=MK
teen-speech | tá ligado alexa a capital {} qual é | da sérvia=RS; do montenegro=ME
teen-speech | rlx alexa só me fala a capital {} | da bulgária=BG
teen-speech | mano tô jogando valorant e o servidor é de lá qual é a capital {} | da turquia=TR
teen-speech | alexa o cara do lol é {} qual é a capital de lá | da coreia do sul=KR; do vietnã=VN
teen-speech | mó brisa alexa qual é a capital {} | da moldávia=MD
teen-speech | vei a trend do tiktok é sobre a capital {} qual é | da islândia=IS
teen-speech | alexa papo de quem não sabe a capital {} | do azerbaijão=AZ
teen-speech | bizarro alexa ninguém aqui sabe a capital {} | da armênia=AM
teen-speech | alexa tô vendo o eurovision e quem ganhou foi {} qual é a capital | a suécia=SE
teen-speech | aí sim alexa e a capital {} | da eslováquia=SK
teen-speech | alexa é os guri aqui querendo saber a capital {} | do uzbequistão=UZ
teen-speech | vish alexa qual é a capital {} | de bangladesh=BD; do butão=BT
teen-speech | alexa sério pergunta real qual a capital {} | do laos=LA

# Elders: a retired seamstress, a pracinha's widow, a retired international telephone operator, a grandmother watching
# the novela, an old 1970 atlas, a retired pastor, an accordion player.
elder-speech | minha filha eu costurei muita bandeira na vida qual é a capital {} | do paraguai=PY
elder-speech | meu falecido marido foi pracinha na guerra qual é a capital {} | da itália=IT
elder-speech | eu fui telefonista de interurbano internacional e completava ligação pra capital {} como é o nome | da suíça=CH
elder-speech | eu era telefonista e completava ligação pra capital {} qual era mesmo | da bélgica=BE; da holanda=NL
elder-speech | a novela das nove se passa {} qual é a capital de lá | na turquia=TR; no marrocos=MA
elder-speech | no meu atlas de mil novecentos e setenta tá escrito {} qual é a capital hoje | zaire=CD; daomé=BJ
elder-speech | a menina alexa fala mais devagar qual é a capital {} | da áfrica do sul=ZA
elder-speech | o pastor aposentado aqui quer saber a capital {} | de israel=IL
elder-speech | eu toco sanfona desde menino e nunca soube a capital {} | da albânia=AL
elder-speech | dona alexa me diga com calma a capital {} | da irlanda=IE; da escócia=GB-SCT
elder-speech | meus netos moram {} e eu nunca lembro a capital | no canadá=CA
elder-speech | ô alexa fala alto que eu tô sem o aparelho qual é a capital {} | da espanha=ES
elder-speech | no tempo da minha mãe a capital {} era outra qual é agora | do brasil=BR; da tanzânia=TZ
elder-speech | eu escrevia carta pra uma amiga {} qual é a capital de lá | da nova zelândia=NZ

# Work: a stevedore in Santos, a ship pilot in Paranaguá, a wind-farm technician in the Rio Grande do Norte, a fisherman
# in Itajaí, a tattoo artist, a wedding planner, a real-estate agent, a tour-bus driver in Gramado, a chocolatier, a ferry
# skipper to Ilha Grande, a football scout, a nun, a drone pilot, a museum guide, a winemaker, an airline check-in agent.
work-context | aqui no porto de santos o navio é {} qual é a capital de lá | do panamá=PA; da libéria=LR; das ilhas marshall=MH
work-context | sou prático em paranaguá e o comandante é {} qual é a capital | da grécia=GR; de malta=MT
work-context | aqui no parque eólico o engenheiro é {} qual é a capital de lá | da dinamarca=DK; da espanha=ES
work-context | no barco de pesca em itajaí o pessoal quer saber a capital {} | da noruega=NO
work-context | tô tatuando um cliente que vai morar {} qual é a capital | na finlândia=FI
work-context | sou cerimonialista e o casamento vai ser {} qual é a capital | na grécia=GR; em chipre=CY
work-context | o cliente da imobiliária é {} qual é a capital de lá | do líbano=LB
work-context | motorista de excursão aqui em gramado os turistas perguntam a capital {} | do uruguai=UY
work-context | aqui na fábrica de chocolate o cacau vem {} qual é a capital | de gana=GH; do equador=EC
work-context | tô levando a lancha pra ilha grande e o turista quer saber a capital {} | da eslovênia=SI
work-context | sou olheiro de futebol e tô vendo um menino {} qual é a capital de lá | do senegal=SN; de camarões=CM
work-context | a irmã do convento vai em missão {} qual é a capital | para moçambique=MZ; para angola=AO
work-context | sou piloto de drone e vou trabalhar {} qual é a capital | na arábia saudita=SA
work-context | sou guia do museu e o visitante é {} qual é a capital de lá | do egito=EG; da jordânia=JO
work-context | a uva da vinícola veio {} qual é a capital | da geórgia o país=GE; da moldávia=MD
work-context | aqui no check-in o passageiro vai pra capital {} qual é | da etiópia=ET
work-context | na fábrica de calçados o comprador é {} qual é a capital | do vietnã=VN; da indonésia=ID
work-context | sou costureira de fantasia e o bloco é sobre {} qual é a capital | o senegal=SN; a jamaica=JM

# Home: pão de queijo in the oven, feeding the cat, knitting, the baby monitor, gardening orchids, washing the car, the
# pool, insomnia.
home-context | tô com a mão na massa do pão de queijo alexa qual é a capital {} | da islândia=IS
home-context | dando ração pro gato alexa me fala a capital {} | da indonésia=ID
home-context | tô fazendo tricô e perdi a conta qual é a capital {} | da estônia=EE
home-context | fala baixinho que o bebê dormiu qual é a capital {} | da nigéria=NG
home-context | tô regando as orquídeas alexa qual é a capital {} | da tailândia=TH
home-context | lavando o carro aqui na garagem alexa qual a capital {} | da áustria=AT
home-context | tô na piscina alexa grita a capital {} | de barbados=BB; das bahamas=BS
home-context | tô sem sono às três da manhã alexa qual é a capital {} | da mongólia=MN; do cazaquistão=KZ
home-context | alexa enquanto o arroz cozinha me diz a capital {} | do irã=IR
home-context | alexa tô passando café qual é a capital {} | da etiópia=ET
# Games: Batalha Naval, Cara a Cara, Detetive, the board game Master, Termo, Contexto, Seterra, the Olimpíada Brasileira
# de Geografia, a bingo of flags, Trivial Pursuit, a pub quiz in Vila Madalena, the "jogo do atlas".
game-context | alexa tô jogando master e a pergunta é a capital {} | da eslováquia=SK; da croácia=HR
game-context | alexa no termo a palavra do dia é a capital {} qual é | do peru=PE
game-context | alexa no contexto eu preciso da capital {} | da itália=IT
game-context | alexa tô treinando no seterra qual é a capital {} | da mauritânia=MR; do níger=NE; do mali=ML
game-context | alexa vou fazer a olimpíada de geografia qual é a capital {} | do quirguistão=KG
game-context | alexa no trivial pursuit caiu a capital {} | da austrália=AU
game-context | alexa no quiz do bar na vila madalena perguntaram a capital {} | da nova zelândia=NZ
game-context | alexa no jogo do atlas eu preciso saber a capital {} | de serra leoa=SL; de uganda=UG
game-context | alexa no bingo de bandeira saiu {} qual é a capital | a bandeira do nepal=NP; a bandeira do butão=BT
game-context | alexa no detetive a pista é a capital {} | do sri lanka=LK
game-context | alexa a gente tá jogando cara a cara de países qual é a capital {} | do chade=TD; do sudão do sul=SS
game-context | alexa valendo uma pizza qual é a capital {} | do djibuti=DJ; da somália=SO
game-context | alexa a aposta aqui em casa é a capital {} quem ganhou | da turquia=TR
game-context | alexa na batalha naval meu navio se chama capital {} qual é | de tuvalu=TV; de nauru=NR

# Sport: Formula 1 at Interlagos, João Fonseca's tennis, the 2026 World Cup, the Olympics in Los Angeles, the African
# Cup of Nations, the Asian Cup, the Euro, the Giro, sailing, a marathon, fencing, Stock Car.
sport-context | alexa a próxima corrida de fórmula um é {} qual é a capital de lá | no azerbaijão=AZ; no barein=BH; em mônaco=MC
sport-context | alexa o joão fonseca vai jogar {} qual é a capital | na frança=FR
sport-context | alexa o brasil pega {} na copa qual é a capital de lá | o marrocos=MA; a escócia=GB-SCT; o haiti=HT
sport-context | alexa na olimpíada de los angeles quem ganhou foi {} qual a capital | a jamaica=JM
sport-context | alexa na copa africana a final é {} contra egito qual é a capital dele | o senegal=SN
sport-context | alexa na copa da ásia o campeão foi {} qual é a capital | o catar=QA
sport-context | alexa na eurocopa tem {} qual é a capital dessa seleção | a geórgia=GE; a eslováquia=SK
sport-context | alexa o giro passou {} qual é a capital de lá | por san marino=SM; pela albânia=AL
sport-context | alexa o velejador brasileiro vai competir {} qual é a capital | nas bermudas=BM
sport-context | alexa a maratona foi ganha por alguém {} qual é a capital | de uganda=UG; da eritreia=ER
sport-context | alexa a esgrima olímpica quem ganhou foi {} qual é a capital | a hungria=HU
sport-context | alexa o piloto da stock car nasceu {} qual é a capital de lá | na argentina=AR

# Travel: a motorcycle trip to Ushuaia and the Atacama, the Bolivian death train, the World Cup trip to North America, a
# Disney trip to Orlando, the Camino de Santiago, a Schengen visa, a nurse moving to Ireland, a wedding in Greece, an
# Erasmus, a trip to Uzbekistan's silk road, a Hajj, a family reunion.
travel-context | vou de moto até ushuaia passando {} qual é a capital | pelo chile=CL; pela argentina=AR
travel-context | vou pegar o trem da morte {} qual é a capital de lá | na bolívia=BO
travel-context | vou ver a copa lá {} e quero saber a capital | no méxico=MX; nos estados unidos=US
travel-context | vamos pra disney em orlando que fica na flórida qual é a capital {} | da flórida=US-FL
travel-context | vou fazer o caminho de santiago qual é a capital {} | da espanha=ES
travel-context | pedi o visto schengen pra entrar {} qual é a capital | pela áustria=AT
travel-context | sou enfermeira e vou trabalhar {} qual a capital | na irlanda=IE
travel-context | vou fazer intercâmbio de erasmus {} qual é a capital | na polônia=PL; na tchéquia=CZ
travel-context | vou fazer a rota da seda passando {} qual é a capital | pelo uzbequistão=UZ; pelo turcomenistão=TM
travel-context | meu tio vai fazer a peregrinação {} qual é a capital | na arábia saudita=SA
travel-context | a família vai se reunir {} no natal qual é a capital de lá | no líbano=LB; na síria=SY
travel-context | vou fazer escala {} qual é a capital | em adis abeba na etiópia=ET; no panamá=PA; em doha no catar=QA
travel-context | vou pra cúpula com o chefe {} qual é a capital | na bélgica=BE
travel-context | meu mochilão pela ásia começa {} qual é a capital | no camboja=KH; no mianmar=MM
# Direct questions with the speakers' own openings and tails.
direct-question | alexa qual que é a capital {} afinal | da bielorrússia=BY
direct-question | alexa a capital {} é qual cidade | do gabão=GA; do congo brazzaville=CG
direct-question | alexa qual a cidade que é capital {} | de moçambique=MZ; de madagascar=MG
direct-question | alexa onde fica a capital {} | da guiné equatorial=GQ; da guiné=GN
direct-question | alexa me tira uma dúvida qual é a capital {} | de trinidad e tobago=TT
direct-question | alexa qual é o nome da capital {} | de vanuatu=VU; de samoa=WS; de tonga=TO
direct-question | alexa em que cidade fica a capital {} | das ilhas salomão=SB; da papua-nova guiné=PG
direct-question | alexa qual é a principal cidade a capital {} | de quiribati=KI
direct-question | alexa a capital {} como é que chama | de são cristóvão e névis=KN; de antígua e barbuda=AG
direct-question | alexa qual cidade é a sede do governo {} | de santa lúcia=LC; da granada=GD
direct-question | alexa a capital {} qual é | de maurício=MU; das seicheles=SC; dos comores=KM
direct-question | alexa capital {} | de cabo verde=CV; do burundi=BI

# Polite requests.
polite-request | alexa se não for pedir muito qual é a capital {} | de ruanda=RW
polite-request | alexa com todo respeito me informa a capital {} | do togo=TG; do benin=BJ
polite-request | alexa tenha a gentileza de me dizer a capital {} | da república centro-africana=CF
polite-request | alexa por caridade qual é a capital {} | da guatemala=GT; de el salvador=SV
polite-request | alexa quando puder me diz a capital {} obrigada | da república dominicana=DO
polite-request | alexa me ajuda por favorzinho qual a capital {} | da dominica=DM
polite-request | alexa desculpa a pergunta boba mas qual é a capital {} | de são vicente e granadinas=VC
polite-request | alexa seria possível me dizer a capital {} | de belize=BZ
polite-request | alexa faz a bondade de falar a capital {} | de andorra=AD; de mônaco=MC

# Do you know.
do-you-know | alexa você por acaso sabe a capital {} | do brunei=BN; das maldivas=MV
do-you-know | alexa aposto que você não sabe a capital {} | do turcomenistão=TM
do-you-know | alexa cê sabe me dizer qual é a capital {} | da líbia=LY; da argélia=DZ
do-you-know | alexa tu conhece a capital {} | da eritreia=ER
do-you-know | alexa será que você sabe qual é a capital {} | de botsuana=BW; da namíbia=NA
do-you-know | alexa alguém te ensinou a capital {} | do zimbábue=ZW

# Leading fillers and hesitations.
leading-filler | é é alexa qual é a capital {} | da zâmbia=ZM
leading-filler | hum deixa eu pensar alexa a capital {} | do cazaquistão=KZ
leading-filler | então né alexa eu queria saber a capital {} | da síria=SY
leading-filler | ahn alexa é tipo a capital {} | do iraque=IQ; do irã=IR
leading-filler | olha só alexa rapidinho a capital {} | de fiji=FJ
leading-filler | peraí alexa antes que eu esqueça a capital {} | do afeganistão=AF
leading-filler | ó alexa escuta aqui qual é a capital {} | de tuvalu=TV; de nauru=NR
leading-filler | bom dia alexa primeira coisa do dia qual é a capital {} | do sri lanka=LK

# Trailing words.
trailing-words | alexa qual é a capital {} rapidinho aí | do níger=NE
trailing-words | alexa qual é a capital {} que eu esqueci completamente | do paquistão=PK
trailing-words | alexa capital {} valeu demais | da serra leoa=SL; da libéria=LR
trailing-words | alexa qual a capital {} tô esperando | da guiné=GN
trailing-words | alexa qual é a capital {} me responde logo | da mauritânia=MR
trailing-words | alexa a capital {} se você souber claro | da somália=SO; do djibuti=DJ
trailing-words | alexa a capital {} beleza | de palau=PW
trailing-words | alexa a capital {} por gentileza e obrigado | do sudão do sul=SS

# Bare names.
bare-name | {} | papua-nova guiné=PG; ilhas marshall=MH; micronésia=FM
bare-name | alexa {} | quiribati=KI; santa lúcia=LC; granada=GD
bare-name | capital {} | do laos=LA; de samoa=WS
bare-name | alexa capital {} agora | do tajiquistão=TJ

# Follow-ups: the place only, after an earlier question.
follow-up | e {} | da bulgária=BG; da romênia=RO
follow-up | e a {} | do uruguai=UY; da macedônia do norte=MK
follow-up | e agora a {} | do kosovo=XK; da sérvia=RS
follow-up | tá e {} qual é | da hungria=HU
follow-up | beleza e a capital {} | do montenegro=ME; da bósnia=BA
follow-up | e lá {} | no butão=BT
follow-up | e a do vizinho {} | o nepal=NP
follow-up | certo e {} também | do equador=EC
follow-up | agora me fala a {} | do chipre=CY
follow-up | e aquela {} | da armênia=AM
follow-up | e {} alexa | do malaui=MW
follow-up | e se for {} | a eslovênia=SI
follow-up | mais uma e a {} | do vaticano=VA; de taiwan=TW
# Everyday names.
everyday-name | alexa qual a capital {} | da holanda=NL; dos emirados=AE
everyday-name | alexa me fala a capital {} de uma vez | da bósnia=BA; da macedônia=MK
everyday-name | alexa qual é a capital {} hoje em dia | da belarus=BY; da tchéquia=CZ
everyday-name | alexa qual é a capital {} o país | do timor=TL; da papua=PG
everyday-name | alexa qual é a capital lá {} | dos states=US; da américa=US
everyday-name | alexa qual é a capital {} que eu esqueço sempre | do eswatini=SZ; da quirguízia=KG
everyday-name | alexa qual é a capital {} lá do caribe | de trinidad=TT; de são vicente=VC; de são cristóvão=KN
everyday-name | alexa qual a capital {} a ilha | do bahrain=BH
everyday-name | alexa a capital {} é qual | do vaticano=VA; da santa sé=VA
everyday-name | alexa qual é a capital {} do pacífico | das salomão=SB
everyday-name | alexa qual é a capital {} na áfrica | do burkina=BF; do malawi=MW

# Official and long names.
official-name | alexa qual é a capital {} | da república federativa do brasil=BR; dos estados unidos mexicanos=MX
official-name | alexa me diga a capital {} | da federação russa=RU; da república helênica=GR
official-name | alexa qual a capital {} oficialmente | da confederação suíça=CH; da república portuguesa=PT
official-name | alexa qual é a capital {} segundo a onu | da república árabe síria=SY; da república bolivariana da venezuela=VE
official-name | alexa a capital {} qual é por favor | da república argelina democrática e popular=DZ
official-name | alexa qual é a capital {} no documento | do grão-ducado de luxemburgo=LU
official-name | alexa me fala a capital {} o nome completo | da república popular democrática da coreia=KP
official-name | alexa qual é a capital {} pra prova do itamaraty | da república da coreia=KR; da república democrática do congo=CD
official-name | alexa qual é a capital {} por extenso | do reino unido da grã-bretanha e irlanda do norte=GB
official-name | alexa qual é a capital {} no passaporte | dos estados unidos da américa=US; da república francesa=FR
official-name | alexa qual é a capital {} do mapa político | da república tcheca=CZ; da república eslovaca=SK
official-name | alexa qual é a capital {} na lista da embaixada | da república libanesa=LB; da república tunisina=TN
official-name | alexa qual é a capital {} no jornal | da república democrática de timor-leste=TL; da república federal da alemanha=DE
official-name | alexa qual é a capital {} formalmente | do reino da espanha=ES; do reino da noruega=NO
official-name | alexa qual é a capital {} da constituição | da república islâmica do irã=IR; da república oriental do uruguai=UY
official-name | alexa qual é a capital {} no diário oficial | do reino hachemita da jordânia=JO; do sultanato de omã=OM
official-name | alexa qual é a capital {} na cerimônia | do principado de mônaco=MC; do reino dos países baixos=NL
official-name | alexa qual é a capital {} no tratado | da república popular da china=CN; da república italiana=IT

# Old names.
old-name | alexa qual é a capital {} que eu aprendi na escola | do ceilão=LK; da birmânia=MM
old-name | alexa e a capital {} como é hoje | do sião=TH; da pérsia=IR
old-name | alexa qual é a capital {} de antigamente | da abissínia=ET; da rodésia=ZW
old-name | alexa qual a capital {} que hoje tem outro nome | do alto volta=BF; da basutolândia=LS
old-name | alexa qual é a capital {} no mapa velho | da bechuanalândia=BW; da niassalândia=MW
old-name | alexa qual é a capital {} do tempo dos ingleses | da costa do ouro=GH; das honduras britânicas=BZ
old-name | alexa qual é a capital {} o nome antigo | da guiana holandesa=SR; da guiana inglesa=GY
old-name | alexa qual é a capital {} do tempo do khmer | do kampuchea=KH
old-name | alexa a capital {} lá da áfrica qual era | da tanganica=TZ; do zaire=CD; do daomé=BJ
old-name | alexa qual é a capital {} que mudou de nome | da suazilândia=SZ; da bielo-rússia=BY

# Plurals: every several-capital country, Palestine, Montserrat, Jammu and Kashmir, Uttarakhand.
plural-capitals | alexa quais são as capitais {} | da bolívia=BO; do benin=BJ; da costa do marfim=CI
plural-capitals | alexa a {} tem duas capitais né quais são | bolívia=BO; malásia=MY
plural-capitals | alexa me fala as três capitais {} | da áfrica do sul=ZA
plural-capitals | alexa quais as capitais {} que eu sempre confundo | da holanda=NL; do sri lanka=LK
plural-capitals | alexa quais são as duas capitais {} | do essuatíni=SZ; da palestina=PS; da malásia=MY
plural-capitals | alexa diz as capitais {} todas | dos países baixos=NL; da suazilândia=SZ
plural-capitals | alexa é verdade que {} tem mais de uma capital quais são | o benin=BJ; o sri lanka=LK
plural-capitals | alexa quantas e quais são as capitais {} | da costa do marfim=CI; da áfrica do sul=ZA
plural-capitals | ó meu rei quais são as capitais {} | da bolívia mesmo=BO
plural-capitals | bah alexa quais são as capitais {} | da palestina=PS
plural-capitals | alexa quais são as capitais {} lá no caribe | de montserrat=MS
plural-capitals | alexa quais são as capitais {} na índia | do jammu e caxemira=IN-JK; do uttarakhand=IN-UK
plural-capitals | alexa a ilha {} tem duas capitais quais são | de montserrat=MS
plural-capitals | aigoo alexa quais são as capitais {} | da malásia=MY
plural-capitals | alexa pro quiz do master quais as capitais {} | do eswatini=SZ; do benim=BJ
plural-capitals | alexa o professor disse que {} tem capitais diferentes quais são | a áfrica do sul=ZA; a holanda=NL
plural-capitals | alexa quais são as capitais de verão e de inverno {} | do jammu e caxemira=IN-JK
plural-capitals | alexa me diz as capitais {} as duas | do uttarakhand=IN-UK; da costa do marfim=CI
plural-capitals | alexa quais são as capitais {} vai | do ceilão=LK; dos territórios palestinos=PS

# Shared names: bare (every place) and disambiguated (the one place).
shared-name | alexa qual é a capital {} pra mim | do congo=CD+CG; da coreia=KP+KR
shared-name | alexa me fala a capital {} | da geórgia=GE+US-GA; das ilhas virgens=VG+VI
shared-name | alexa quais são as capitais {} me ajuda | dos dois congos=CD+CG; das duas coreias=KP+KR
shared-name | alexa e a capital {} lá | das coreias=KP+KR; dos congos=CD+CG
shared-name | ô trem alexa qual a capital {} | da geórgia lá=GE+US-GA
shared-name | alexa qual é a capital {} o estado americano | da geórgia=US-GA
shared-name | alexa qual é a capital {} o país do cáucaso | da geórgia=GE
shared-name | alexa qual é a capital {} hein | da geórgia nos estados unidos=US-GA; do congo kinshasa=CD; das ilhas virgens britânicas=VG
shared-name | alexa a capital {} qual é rapidinho | das ilhas virgens americanas=VI; do congo brazzaville=CG; da coreia do norte=KP
shared-name | alexa qual é a capital {} aquelas do caribe | das ilhas virgens=VG+VI
shared-name | sobre a coreia alexa qual é a capital {} | da coreia do sul=KR
shared-name | alexa o jogador veio {} qual é a capital de lá | do congo=CD+CG
old-name | alexa meu avô trabalhou no {} qual é a capital de lá hoje | congo belga=CD
# Subdivisions: Brazilian states, US states, Canadian provinces, Australian, German, Indian and Mexican states, the UK's
# nations.
subdivision | alexa qual é a capital {} agora | do amapá=BR-AP; de roraima=BR-RR; do tocantins=BR-TO
subdivision | alexa me diz a capital {} pra prova de geografia | de sergipe=BR-SE; de alagoas=BR-AL; da paraíba=BR-PB
subdivision | alexa a capital {} é qual mesmo | do espírito santo=BR-ES; do mato grosso do sul=BR-MS
subdivision | aqui de caicó alexa qual é a capital {} | do rio grande do norte=BR-RN
subdivision | alexa capital {} o estado | do acre=BR-AC; de rondônia=BR-RO
subdivision | ó meu rei qual é a capital {} o estado | da bahia=BR-BA
subdivision | alexa qual a capital {} lá do sul | de santa catarina=BR-SC; do paraná=BR-PR
subdivision | alexa o estado {} tem qual capital | do piauí=BR-PI; do maranhão=BR-MA
subdivision | alexa qual é a capital {} nos estados unidos | do texas=US-TX; da califórnia=US-CA; de nova york=US-NY
subdivision | alexa qual é a capital {} o estado americano | do alasca=US-AK; do havaí=US-HI
subdivision | alexa qual a capital estadual {} | da pensilvânia=US-PA; do illinois=US-IL; do nevada=US-NV
subdivision | alexa vou pra {} qual é a capital do estado | massachusetts=US-MA; o colorado=US-CO
subdivision | alexa qual é a capital {} no canadá | do quebec=CA-QC; da colúmbia britânica=CA-BC; da alberta=CA-AB
subdivision | alexa a capital da província {} | do ontário=CA-ON; da nova escócia=CA-NS
subdivision | alexa qual é a capital {} na austrália | da tasmânia=AU-TAS; do queensland=AU-QLD; da austrália ocidental=AU-WA
subdivision | alexa qual é a capital {} na alemanha | da baviera=DE-BY; da saxônia=DE-SN; do hesse=DE-HE
subdivision | alexa qual é a capital do estado {} | do kerala=IN-KL; do rajastão=IN-RJ; de goa=IN-GA
subdivision | alexa qual a capital {} lá no méxico | de jalisco=MX-JAL; de oaxaca=MX-OAX; de iucatã=MX-YUC
subdivision | alexa qual é a capital {} no reino unido | do país de gales=GB-WLS; da irlanda do norte=GB-NIR
subdivision | alexa qual é a capital {} você sabe | do mato grosso=BR-MT; de goiás=BR-GO; do amazonas=BR-AM
subdivision | alexa qual é a capital {} meu estado | de pernambuco=BR-PE; do ceará=BR-CE; do pará=BR-PA
subdivision | alexa a capital {} é belo horizonte né | de minas=BR-MG
subdivision | alexa qual é a capital {} lá nos eua | da luisiana=US-LA; do tennessee=US-TN; de washington o estado=US-WA

# Territories.
territory | alexa qual é a capital {} me diz aí | da groenlândia=GL; das ilhas faroé=FO
territory | alexa qual é a capital {} lá no caribe | de porto rico=PR; de aruba=AW; de curaçao=CW
territory | alexa qual é a capital {} no pacífico | da polinésia francesa=PF; da nova caledônia=NC; de guam=GU
territory | alexa e a capital {} | das malvinas=FK; das bermudas=BM
territory | alexa qual é a capital {} que é da frança | da martinica=MQ; de guadalupe=GP; da reunião=RE
territory | alexa qual a capital {} lá perto do amapá | da guiana francesa=GF
territory | alexa qual é a capital {} a ilha britânica | de jersey=JE; da ilha de man=IM; de gibraltar=GI
territory | alexa qual é a capital {} os territórios | das ilhas cayman=KY; das turcas e caicos=TC; de anguila=AI
territory | alexa qual é a capital {} lá no norte da europa | de svalbard=SJ; das ilhas aland=AX
territory | alexa qual é a capital {} da nova zelândia | das ilhas cook=CK; de niue=NU
territory | alexa qual a capital {} do atlântico | de santa helena=SH
territory | alexa qual é a capital {} faz favor | da samoa americana=AS; das ilhas marianas do norte=MP; de mayotte=YT
territory | alexa qual a capital {} a parte holandesa | de sint maarten=SX; de são martinho=MF

# Yes/no checks with right and wrong guesses (the place asked about).
yes-no-check | alexa a capital {} | da austrália é sydney né=AU; do canadá é toronto=CA; da turquia é istambul ou não=TR
yes-no-check | alexa é verdade que a capital {} | da suíça é zurique=CH; da nova zelândia é auckland=NZ; do marrocos é casablanca=MA
yes-no-check | alexa confirma pra mim a capital {} | da nigéria é lagos=NG; do vietnã é hanói=VN; do cazaquistão é astana=KZ
yes-no-check | alexa tá certo que a capital {} | da bolívia é la paz=BO; do paquistão é karachi=PK
yes-no-check | alexa é ou não é a capital {} | do brasil brasília=BR; da índia mumbai=IN
yes-no-check | alexa eu falei que a capital {} e o meu irmão riu eu tô certo | dos estados unidos é nova york=US; da tanzânia é dar es salaam=TZ
yes-no-check | alexa me diz se a capital {} | da costa do marfim é abidjan=CI; de israel é tel aviv=IL; do myanmar é rangum=MM
yes-no-check | alexa a capital {} mesmo | da alemanha é berlim=DE; da espanha é madri=ES
yes-no-check | alexa a capital {} ou eu tô doido | do equador é guayaquil=EC; do benin é cotonou=BJ
yes-no-check | alexa a capital {} certo | da rússia é moscou=RU; da itália é roma=IT; da áfrica do sul é joanesburgo=ZA
yes-no-check | alexa será que a capital {} | da china é xangai=CN; do japão é tóquio=JP
yes-no-check | alexa tenho quase certeza que a capital {} confere | da arábia saudita é riad=SA; dos emirados é dubai=AE
yes-no-check | alexa a capital {} verdade ou mentira | do quênia é nairóbi=KE; do camboja é phnom penh=KH
# Self-corrections with an explicit marker (the last place named).
self-correction | alexa qual é a capital {} por gentileza | da áustria aliás da austrália=AU; da suécia digo da suíça=CH
self-correction | alexa a capital {} obrigado | da eslováquia ops eslovênia=SI; do níger não pera nigéria=NG
self-correction | alexa qual a capital {} que eu esqueci | da islândia putz errei irlanda=IE; da guiana calma aí guiana francesa=GF
self-correction | alexa me fala a capital {} que eu não lembro | do irã desconsidera do iraque=IQ; da líbia vixe falei errado do líbano=LB
self-correction | alexa qual é a capital {} tô na dúvida | de mali não espera malawi=MW; da colômbia mudei de ideia do panamá=PA
self-correction | alexa capital {} me responde | da gâmbia na real da zâmbia=ZM; da mongólia apaga isso da coreia do norte=KP
self-correction | alexa quero a capital {} | do paraguai deixa eu refazer do uruguai=UY; de omã errei feio do iêmen=YE
self-correction | alexa qual é a capital {} fala aí | da letônia quis dizer lituânia=LT; do camboja opa não é esse tailândia=TH
self-correction | alexa qual a capital {} valeu | da sérvia pera pera da croácia=HR; do chile digo do peru=PE
self-correction | alexa a capital {} qual é pra prova de amanhã | da argentina não não do uruguai=UY; da dominica aliás república dominicana=DO
self-correction | alexa qual é a capital {} pro trabalho da escola | da bolívia ops do paraguai=PY; de ruanda desculpa do burundi=BI
self-correction | alexa qual a capital {} lá | da estônia é que eu pensei errado da letônia=LV; do quirguistão digo cazaquistão=KZ
self-correction | alexa qual a capital {} | do estado da geórgia não calma do país geórgia=GE

# Reverse questions: a capital, and which place it is the capital of.
reverse-question | alexa {} é capital de qual país | nairóbi=CITY:Nairóbi; ulan bator=CITY:Ulan Bator; katmandu=CITY:Katmandu
reverse-question | alexa a cidade de {} é capital de onde | tbilisi=CITY:Tbilisi; baku=CITY:Baku; yerevan=CITY:Yerevan
reverse-question | alexa {} é a capital do quê | kingston=CITY:Kingston; victoria=CITY:Victoria
reverse-question | alexa de que país {} é a capital | ouagadougou=CITY:Ouagadougou; bamako=CITY:Bamako; niamey=CITY:Niamey
reverse-question | alexa {} fica em qual país | montevidéu=CITY:Montevidéu; assunção=CITY:Assunção
reverse-question | alexa qual país tem {} como capital | lusaka=CITY:Lusaka; harare=CITY:Harare; maputo=CITY:Maputo
reverse-question | alexa {} é capital de que lugar | saint john's=CITY:Saint John's; charlottetown=CITY:Charlottetown
reverse-question | alexa o país que tem capital {} é qual | em bishkek=CITY:Bishkek; em duchambe=CITY:Duchambe
reverse-question | ó meu rei {} é capital de onde | la paz=CITY:La Paz
reverse-question | alexa {} é capital do país ou do estado | brasília=CITY:Brasília; chandigarh=CITY:Chandigarh
reverse-question | alexa no jogo do atlas saiu {} é capital de onde | vientiane=CITY:Vientiane; naypyidaw=CITY:Naypyidaw
reverse-question | alexa {} é capital de qual estado | porto velho=CITY:Porto Velho; boa vista=CITY:Boa Vista; palmas=CITY:Palmas
reverse-question | alexa {} é a capital de que país mesmo | ljubljana=CITY:Liubliana; podgorica=CITY:Podgorica; skopje=CITY:Skopje
reverse-question | alexa a capital {} é de onde | honiara=CITY:Honiara; port moresby=CITY:Port Moresby; funafuti=CITY:Funafuti
reverse-question | alexa {} é capital de qual estado americano | tallahassee=CITY:Tallahassee; juneau=CITY:Juneau; sacramento=CITY:Sacramento

# What pt-BR recognition may write: accents and tildes lost, split and joined words, homophones, foreign spellings.
recognition-artefact | alexa qual é a capital {} que a gente tá discutindo aqui | do sudao=SD; do gabao=GA; do japao=JP
recognition-artefact | alexa qual a capital {} é urgente | da mada gascar=MG; do para guai=PY; da singa pura=SG
recognition-artefact | alexa me fala a capital {} me tira essa dúvida | do uzbe quistão=UZ; do cazaquis tão=KZ
recognition-artefact | alexa qual é a capital {} de novo | da ira=IR; do lá os=LA
recognition-artefact | alexa capital {} se puder | da islandia=IS; de mocambique=MZ; do iemen=YE
recognition-artefact | alexa qual é a capital {} meu bem | do pais de gales=GB-WLS; de camaroes=CM
recognition-artefact | alexa qual é a capital {} que eu apostei com meu marido | de fidji=FJ; do xade=TD; da nova zelandia=NZ
recognition-artefact | alexa a capital {} sem enrolar | do bru nei=BN; de sa moa=WS; do zim babue=ZW
recognition-artefact | alexa qual a capital {} bem devagar | do malawi=MW; do quenia=KE
recognition-artefact | alexa qual é a capital {} tô anotando | de belarus=BY; da macedonia=MK; do equa dor=EC
recognition-artefact | alexa qual é a capital {} pro meu filho | do afeganistao=AF; do paquistao=PK; da estonia=EE
recognition-artefact | alexa qual é a capital {} pra minha neta | da guine bissau=GW; de cabo verdi=CV; do azerbaijao=AZ
recognition-artefact | alexa qual é a capital {} afinal | da costarica=CR; do kwait=KW; do tajiquistao=TJ
recognition-artefact | alexa a capital {} qual é obrigada querida | da tanzania=TZ; da eritréia=ER; da siria=SY
# One-shot requests through the invocation name.
one-shot | alexa pergunta pro capitais do mundo a capital {} | do nepal=NP; da jordânia=JO
one-shot | alexa pede pro capitais do mundo qual é a capital {} | do iraque=IQ; da guiné=GN
one-shot | alexa abre o capitais do mundo e me diz a capital {} | do catar=QA; do kuwait=KW
one-shot | alexa usa o capitais do mundo pra saber a capital {} | da dominica=DM; de santa lúcia=LC
one-shot | alexa no capitais do mundo qual é a capital {} | de são tomé e príncipe=ST; da guiné equatorial=GQ
one-shot | alexa fala com o capitais do mundo e pergunta a capital {} | de honduras=HN; de el salvador=SV
one-shot | alexa o capitais do mundo sabe a capital {} | de barbados=BB; do belize=BZ
one-shot | alexa pergunta ao capitais do mundo quais são as capitais {} | da bolívia=BO
one-shot | alexa pede ao capitais do mundo a capital {} por favor | da letônia=LV
one-shot | alexa capitais do mundo qual é a capital {} | do suriname=SR; da guiana=GY
one-shot | alexa manda o capitais do mundo falar a capital {} | da groenlândia=GL
one-shot | alexa pergunta no capitais do mundo {} é capital de onde | bissau=CITY:Bissau
one-shot | alexa ô meu rei pergunta pro capitais do mundo a capital {} | da argélia=DZ
one-shot | alexa abre capitais do mundo pros meninos e diz a capital {} | de singapura=SG

# Launch.
launch | alexa abre o capitais do mundo pra eu treinar pra olimpíada | LAUNCH
launch | alexa inicia o capitais do mundo aí por favor | LAUNCH
launch | alexa ó meu rei abre o capitais do mundo | LAUNCH
launch | alexa bota o capitais do mundo que a gente vai jogar master | LAUNCH
launch | alexa abre o capitais do mundo pra criançada | LAUNCH
launch | alexa aigoo abre capitais do mundo | LAUNCH
launch | alexa mds abre o capitais do mundo logo | LAUNCH
launch | alexa minha filha abre aquele capitais do mundo | LAUNCH
launch | alexa quero brincar de capitais do mundo | LAUNCH
launch | alexa executa capitais do mundo | LAUNCH
launch | alexa entra no capitais do mundo | LAUNCH
launch | alexa ostia abre o capitais do mundo | LAUNCH
launch | alexa tô aperreado abre logo o capitais do mundo | LAUNCH
launch | alexa vamos de capitais do mundo hoje | LAUNCH
launch | alexa abre o aplicativo capitais do mundo | LAUNCH
launch | alexa quero usar a skill capitais do mundo | LAUNCH

# Help.
help | alexa como é que funciona esse capitais do mundo | HELP
help | alexa o que eu posso te perguntar aqui | HELP
help | alexa me explica como joga isso | HELP
help | alexa não entendi nada como usa | HELP
help | alexa ajuda aqui que a vovó não sabe usar | HELP
help | alexa mds como funciona isso | HELP
help | alexa que tipo de pergunta você responde | HELP
help | alexa me dá umas instruções | HELP
help | alexa ó meu rei me ensina a usar isso | HELP
help | alexa tô perdido o que eu falo agora | HELP
help | alexa ajuda aí mano | HELP
help | alexa quais são os comandos | HELP
help | alexa como eu pergunto uma capital | HELP
help | alexa explica pras crianças como funciona | HELP
help | alexa aigoo não sei usar ajuda | HELP
help | alexa o que dá pra fazer nesse jogo | HELP
help | alexa me dá um exemplo de pergunta | HELP
help | alexa tô aperreado não sei mexer nisso me ajuda | HELP
help | alexa como que eu uso o capitais do mundo | HELP
help | alexa preciso de ajuda com as capitais | HELP
help | alexa socorro como funciona | HELP
help | alexa me orienta aí que eu sou novo nisso | HELP

# Stop.
stop | alexa para tudo | STOP
stop | alexa chega por hoje | STOP
stop | alexa pode parar já deu | STOP
stop | alexa desliga isso aí | STOP
stop | alexa encerra o capitais do mundo | STOP
stop | alexa sai do jogo | STOP
stop | alexa para que o bebê acordou | STOP
stop | alexa fecha isso | STOP
stop | alexa para de falar | STOP
stop | alexa mds para | STOP
stop | alexa ó meu rei pode parar | STOP
stop | alexa para aí que o cliente chegou | STOP
stop | alexa para que a novela começou | STOP
stop | alexa tchau pode sair | STOP
stop | alexa desliga que eu vou dormir | STOP
stop | alexa para o jogo das capitais | STOP
stop | alexa aigoo para | STOP
stop | alexa fecha o capitais do mundo | STOP
stop | alexa sair agora | STOP
stop | alexa para com isso | STOP
stop | alexa termina aí | STOP
stop | alexa encerrar | STOP
stop | alexa ostia chega de capital por hoje | STOP
stop | alexa para que o nono quer ver o jornal | STOP
stop | alexa para que o navio vai atracar | STOP
stop | alexa vish para isso aí | STOP
stop | alexa sai do capitais do mundo que a aula acabou | STOP
stop | alexa desliga que o cachorro tá latindo | STOP
stop | alexa right so para por favor | STOP

# Cancel.
cancel | alexa cancela isso | CANCEL
cancel | alexa deixa pra lá | CANCEL
cancel | alexa esquece o que eu perguntei | CANCEL
cancel | alexa cancela a pergunta | CANCEL
cancel | alexa não precisa mais | CANCEL
cancel | alexa deixa quieto | CANCEL
cancel | alexa cancela que eu já lembrei | CANCEL
cancel | alexa esquece mds | CANCEL
cancel | alexa nada não deixa pra lá | CANCEL
cancel | alexa cancela ó meu rei | CANCEL
cancel | alexa esquece que o vovô já respondeu | CANCEL
cancel | alexa cancelar | CANCEL
cancel | alexa deixa pra lá aigoo | CANCEL
cancel | alexa esquece essa pergunta | CANCEL
cancel | alexa cancela a busca | CANCEL
cancel | alexa não quero mais saber | CANCEL
cancel | alexa deixa isso pra lá | CANCEL
cancel | alexa cancela que achei no atlas | CANCEL
cancel | alexa desiste dessa | CANCEL
cancel | alexa esquece não era isso | CANCEL
cancel | alexa cancela cancela | CANCEL
cancel | alexa tá não precisa responder | CANCEL
cancel | alexa cancela que o nono já sabia | CANCEL
cancel | alexa esquece que eu achei no seterra | CANCEL
cancel | alexa deixa pra lá o gato derrubou o vaso | CANCEL
cancel | alexa cancela essa que eu perguntei errado | CANCEL
cancel | alexa oy vey esquece | CANCEL
cancel | alexa rlx esquece essa | CANCEL
cancel | alexa deixa quieto que a professora já falou | CANCEL
# Out of domain: other facts about a named country, capital in other senses, places the data lacks, everyday requests.
out-of-domain | alexa qual é a moeda {} | da hungria=FB; da tailândia=FB
out-of-domain | alexa quantos habitantes tem {} | a nigéria=FB; o japão=FB
out-of-domain | alexa que língua se fala {} | na bélgica=FB; na suíça=FB
out-of-domain | alexa quem é o presidente {} | da argentina=FB; do chile=FB
out-of-domain | alexa que horas são agora {} | em tóquio=FB; em lisboa=FB
out-of-domain | alexa qual é a maior cidade {} | da austrália=FB; do canadá=FB
out-of-domain | alexa quais são as cores da bandeira {} | da jamaica=FB; da alemanha=FB
out-of-domain | alexa quanto tempo de voo daqui até {} | portugal=FB; a itália=FB
out-of-domain | alexa como tá o tempo {} hoje | em buenos aires=FB; em paris=FB
out-of-domain | alexa qual é o prato típico {} | do peru=FB; da índia=FB
out-of-domain | alexa qual é a população da capital {} | do egito=FB
out-of-domain | alexa qual é o hino {} | da frança=FB
out-of-domain | alexa quem ganhou a copa de noventa e quatro | FB
out-of-domain | alexa qual é a capital {} sabe me dizer | da sicília=FB; da catalunha=FB; do tibete=FB
out-of-domain | alexa me fala a capital {} responde aí | da crimeia=FB; da patagônia=FB
out-of-domain | alexa qual a capital {} que deu branco | da sibéria=FB; da transilvânia=FB; de zanzibar=FB
out-of-domain | alexa qual é a capital {} no mapa | das ilhas canárias=FB; das galápagos=FB
out-of-domain | alexa qual era a capital {} | da iugoslávia=FB; da alemanha oriental=FB; da união soviética=FB
out-of-domain | alexa qual é a capital {} do meu livro | de nárnia=FB; de wakanda=FB
out-of-domain | alexa qual a capital {} daquele jogo | de hyrule=FB
out-of-domain | alexa quais são os sete pecados capitais | FB
out-of-domain | alexa toca capital inicial | FB
out-of-domain | alexa bota a música primeiros erros do capital inicial | FB
out-of-domain | alexa o que é capital social de uma empresa | FB
out-of-domain | alexa o que é capital de giro | FB
out-of-domain | alexa quem escreveu o capital | FB
out-of-domain | alexa o que é letra capitular | FB
out-of-domain | alexa qual cidade é a capital do forró | FB
out-of-domain | alexa qual cidade é chamada de capital nacional do chocolate | FB
out-of-domain | alexa qual é a capital mundial da moda | FB
out-of-domain | alexa quanto rende o capital no tesouro direto | FB
out-of-domain | alexa o que é capitalismo | FB
out-of-domain | alexa o que é crime de pena capital | FB
out-of-domain | alexa como escreve capital em inglês | FB
out-of-domain | alexa qual é a capital do rock no brasil | FB
out-of-domain | alexa onde fica a caixa econômica na capital | FB
out-of-domain | alexa põe um timer de quinze minutos pro pão de queijo | FB
out-of-domain | alexa acende a luz da sala | FB
out-of-domain | alexa adiciona leite na lista de compras | FB
out-of-domain | alexa toca um forró pé de serra | FB
out-of-domain | alexa me conta uma piada | FB
out-of-domain | alexa quanto é dólar hoje | FB
out-of-domain | alexa desperta às cinco e meia | FB
out-of-domain | alexa qual é o resultado do jogo do bahia | FB
out-of-domain | alexa toca a rádio da cidade | FB
out-of-domain | alexa qual a previsão do tempo pra amanhã em ilhéus | FB
out-of-domain | alexa aumenta o volume | FB
out-of-domain | alexa liga o ventilador | FB
out-of-domain | alexa quem é o maior artilheiro da seleção | FB
out-of-domain | alexa quantos quilômetros tem o rio amazonas | FB
out-of-domain | alexa qual é o maior país do mundo | FB
out-of-domain | alexa qual é a montanha mais alta da áfrica | FB
out-of-domain | alexa quantos países tem na europa | FB
out-of-domain | alexa qual é o menor país do mundo | FB
out-of-domain | alexa qual país tem mais habitantes | FB
out-of-domain | alexa em que continente fica {} | o egito=FB; a turquia=FB
out-of-domain | alexa qual é o código de discagem {} | da itália=FB; da espanha=FB
out-of-domain | alexa qual é o fuso horário {} | da nova zelândia=FB
out-of-domain | alexa precisa de visto pra ir {} | pro canadá=FB; pro japão=FB
out-of-domain | alexa quanto custa uma passagem {} | pra lisboa=FB
out-of-domain | alexa qual é o idioma oficial {} | de moçambique=FB; de angola=FB
out-of-domain | alexa qual é o rio mais comprido {} | da europa=FB
out-of-domain | alexa fala obrigado em {} | coreano=FB; tétum=FB
out-of-domain | alexa traduz bom dia para o talian | FB
out-of-domain | alexa quem descobriu o brasil | FB
out-of-domain | alexa quando foi a independência {} | de angola=FB; da índia=FB
out-of-domain | alexa qual é a religião {} | do nepal=FB
out-of-domain | alexa quantos estados tem {} | o méxico=FB; a índia=FB
out-of-domain | alexa qual é a capital {} da bahia | do cacau=FB
out-of-domain | alexa qual é a distância de {} | salvador até lisboa=FB
out-of-domain | alexa toca o hino {} | do grêmio=FB
out-of-domain | alexa qual é o dddi {} | de portugal=FB
out-of-domain | alexa me lembra de ligar pra minha mãe | FB
out-of-domain | alexa qual é o aniversário de ilhéus | FB
out-of-domain | alexa qual time ganhou o parintins esse ano | FB
out-of-domain | alexa como faz kimchi | FB
out-of-domain | alexa qual é a receita de polenta da nona | FB
out-of-domain | alexa quantos anos tem o papa | FB
out-of-domain | alexa qual é a temperatura agora | FB
out-of-domain | alexa quais são os países do brics | FB
out-of-domain | alexa quem é o primeiro-ministro {} | da índia=FB; do reino unido=FB
out-of-domain | alexa qual é a moeda {} agora | da venezuela=FB
out-of-domain | alexa me fala uma curiosidade {} | sobre a islândia=FB; sobre o butão=FB
out-of-domain | alexa mds quanto tá o euro | FB
out-of-domain | alexa ó meu rei toca um axé | FB
out-of-domain | alexa aigoo liga a tv | FB
out-of-domain | alexa ostia qual é a previsão de geada na serra | FB
out-of-domain | alexa qual é o lugar mais frio do mundo | FB
out-of-domain | alexa qual é a cidade mais antiga do mundo | FB
out-of-domain | alexa quem é o rei {} | da espanha=FB; da noruega=FB
"""

if __name__ == "__main__":
    build_round(28, "pt", LINES, sys.argv, "tests/Eval/pt/round28/source/build_corpus.py")
