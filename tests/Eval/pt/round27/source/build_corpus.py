"""Round 27, Portuguese (pt-BR): a new author's own mix, written blind, with speakers, situations and wordings chosen
apart from rounds 23 to 26. Speakers: piauienses of Teresina ("ei macho", "vige maria", "pior que é"), sergipanos of
Aracaju ("ô menino", "mói de coisa"), alagoanos of Maceió ("avalie", "é o cão"), acreanos of Rio Branco and
rondonienses of Porto Velho ("égua maninho", "é de lascar"), amapaenses at the Marco Zero of Macapá, tocantinenses of
Palmas and the Jalapão, sul-mato-grossenses of Campo Grande (tereré, sobá, "bagual"), a peão of a Pantanal comitiva,
mango growers of Petrolina and pilgrims of Juazeiro do Norte ("meu padim ciço"), norte-mineiros of Montes Claros ("cê
besta", "trem bão", the pequi), potters of the Vale do Jequitinhonha, the Triângulo Mineiro, Juiz de Fora, the
Baixada Fluminense ("ih alá", "sinistro", "brabo"), metalworkers of the ABC and the Zona Leste ("firmeza", "da hora",
"suave"), the caipira of Piracicaba ("ocê", "cumpadi"), caiçaras of Paraty and Ubatuba, the agreste of Caruaru;
Paraguayans of Ponta Porã ("che ra'a", "nde"), Peruvians in Rio Branco ("causa", "oe"), Cuban doctors of Mais Médicos
("asere", "mi amor"), Congolese refugees in São Paulo ("mbote", "merci"), Nigerians in the Brás ("abeg", "my
brother"), Afghan refugees in Guarulhos ("salam", "tashakor"), a Portuguese baker in Rio ("ó pá", "se faz favor",
"diga-me lá"), Cape Verdean students in Fortaleza, a French exchange student ("euh", "alors"), an American missionary,
an Indian engineer in Campinas ("yaar", "accha"), Colombians ("parce", "bacano"), Chileans ("po", "cachai"), the
fronteiriços of Santana do Livramento and Rivera ("bo", "ta"), Pomeranian descendants of Santa Maria de Jetibá;
learners ("o capital", "eu precisa", "onde é capital"); children (a lost tooth, the "prô", the prézinho, a doll's trip,
Papai Noel); teenagers (Free Fire, Roblox, "slk", "mano do céu", "de cria", "tankar", "pdp"); elders (a stamp
collector, a retired farmer, the Voz do Brasil, "no meu tempo era leopoldville", a retired geography teacher). At work:
an air traffic controller, a mango exporter, a notary clerk apostilling documents, a visa despachante, a court
interpreter, a call-centre attendant, a customs broker, an IBGE cartographer, a shoe-factory worker in Franca, a sushi
chef, a florist, a jeweller, a ship's cook, a crop-duster pilot, a miner in Carajás, a manicure, a sebo bookseller, a
quiz-show writer, a subtitler, a hotel concierge in Copacabana, a street sweeper, a diplomat's driver. At home:
washing up, feeding a baby at three in the morning, cleaning the aquarium, moving house, a feijoada, folding laundry,
painting a wall, a "festa das nações" birthday. Games and sport: truco, the World Cup sticker album, Imagem e Ação,
"Quem sou eu", Ticket to Ride, Pokémon GO, Minecraft, a school gincana, a treasure hunt, the Libertadores, the Pan
American Games, surfing in Tahiti, skateboarding, judo, handball, futsal, MotoGP, rugby, the Davis Cup. Travel: a
backpacking trip through South America, Interrail, an exchange in Dublin, an au pair, the Italian and Portuguese
citizenship queues, a mission trip, a pilgrimage to Jerusalem, a honeymoon, a lost suitcase. Plus fillers and
hesitations ("hã", "então tipo", "como é que é", "deixa eu ver aqui"), tails ("valeu mesmo", "tá bom", "obrigado
meu anjo"), self-corrections with a marker ("quer dizer", "melhor dizendo", "corrigindo", "troquei as bolas", "foi
mal", "risca isso"), follow-ups, yes/no checks with right and wrong cities, reverse questions, official, everyday and
old names, shared names (Congo, Coreia, Geórgia, Ilhas Virgens), every several-capital country, Palestine, Montserrat,
Jammu and Kashmir and Uttarakhand in the plural, subdivisions, territories, one-shot requests and launches through the
invocation name "capitais do mundo", and what pt-BR recognition may write (accents and tildes lost, split and joined
words, homophones: "correia", "botão", "a iti", "tai lândia", "caboverde"). Out of domain: other facts about a named
country, "capital" in other senses (pena capital, ganho de capital, capital humano, Capitão América, capitania),
places the data lacks (Açores, Madeira, Sardinia, Andalusia, Corsica, Chechnya, Bali, Easter Island, Lapland,
Atlantis, Gondor) and other skills' requests.
`python3 tests/Eval/pt/round27/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 27's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Regional speech: the North, the Northeast outside the big capitals, the Centre-West, Minas, the Rio and São Paulo
# outskirts, the caipira and caiçara interior.
regional-speech | ei macho tu sabe a capital {} | da somália=SO
regional-speech | vige maria alexa esqueci a capital {} | de uganda=UG
regional-speech | pior que é alexa qual é mesmo a capital {} | de ruanda=RW
regional-speech | ô menino alexa me diga aí a capital {} | do burundi=BI
regional-speech | é mói de país alexa e a capital {} qual é | de botsuana=BW; da namíbia=NA
regional-speech | avalie alexa eu não sei a capital {} | de camarões=CM; do chade=TD
regional-speech | é o cão alexa qual é a capital {} | da república centro-africana=CF
regional-speech | égua maninho qual é a capital {} | do equador=EC
regional-speech | é de lascar alexa não lembro a capital {} | da venezuela=VE
regional-speech | aqui no marco zero o turista quer saber a capital {} | da guiana francesa=GF
regional-speech | aqui em palmas a gente tá discutindo a capital {} | do quirguistão=KG
regional-speech | lá no jalapão o guia perguntou a capital {} | da finlândia=FI
regional-speech | tomando tereré aqui alexa qual é a capital {} | da argentina=AR
regional-speech | bagual esse trem alexa diz a capital {} | da costa rica=CR
regional-speech | aqui na comitiva do pantanal o peão quer saber a capital {} | de fiji=FJ
regional-speech | cê besta alexa nunca que eu ia saber a capital {} | de bangladesh=BD
regional-speech | trem bão alexa agora fala a capital {} | do camboja=KH
regional-speech | moço aqui do jequitinhonha eu queria saber a capital {} | de andorra=AD
regional-speech | ih alá alexa qual é a capital {} | da jamaica=JM
regional-speech | sinistro alexa e a capital {} tu sabe | do togo=TG
regional-speech | brabo demais alexa me fala a capital {} | da gâmbia=GM; do mali=ML
regional-speech | firmeza alexa qual que é a capital {} | da áustria=AT
regional-speech | da hora alexa agora a capital {} | da letônia=LV
regional-speech | suave alexa me ajuda aí qual a capital {} mano | da ucrânia=UA
regional-speech | ô cumpadi ocê sabe a capital {} | da moldávia=MD
regional-speech | nossa senhora alexa ocê lembra a capital {} | da eslováquia=SK
regional-speech | ô compadre aqui da praia de paraty qual a capital {} | da guiné-bissau=GW
regional-speech | aqui em ubatuba o pessoal do barco quer saber a capital {} | das maldivas=MV
regional-speech | oxe alexa aqui de caruaru qual é a capital {} | da bósnia e herzegovina=BA
regional-speech | meu padim ciço alexa qual é a capital {} | de israel=IL
regional-speech | aqui em petrolina a gente manda manga pra lá qual é a capital {} | do reino unido=GB
regional-speech | uai sô aqui do triângulo mineiro qual a capital {} | da china=CN
regional-speech | pô uai alexa aqui de juiz de fora me fala a capital {} | de chipre=CY
regional-speech | macho do céu alexa tu sabe a capital {} | de omã=OM
regional-speech | ô menino e a capital {} tu sabe | do barein=BH
regional-speech | ei alexa aqui de rio branco qual é a capital {} | do brasil=BR
regional-speech | égua alexa lá em porto velho o pessoal perguntou a capital {} | da armênia=AM
regional-speech | oia alexa aqui do norte de minas qual que é a capital {} | do turcomenistão=TM
regional-speech | na feira de sobá em campo grande o japonês perguntou a capital {} | do japão=JP
regional-speech | ô cumpadi de piracicaba aqui ocê sabe qual é a capital de uganda | UG
regional-speech | égua mana qual é a capital do amapá que o primo de são paulo não sabe | BR-AP
regional-speech | vige maria a capital do piauí é teresina né alexa | BR-PI
regional-speech | ô menino qual é a capital de sergipe que o gringo perguntou | BR-SE

# Immigrants and heritage speakers living in Brazil.
immigrant-speech | che ra'a alexa qual é a capital {} | do paraguai=PY
immigrant-speech | mba'éichapa alexa nde sabe a capital {} | de taiwan=TW
immigrant-speech | oe causa alexa me dice a capital {} | da colômbia=CO
immigrant-speech | asere alexa qué bolá qual é a capital {} | da república dominicana=DO; de porto rico=PR
immigrant-speech | mi amor alexa eu sou médico cubano qual a capital {} | da nicarágua=NI
immigrant-speech | mbote alexa eu sou do congo qual é a capital {} | da zâmbia=ZM
immigrant-speech | merci alexa me fala a capital {} | do gabão=GA; de camarões=CM
immigrant-speech | abeg alexa my brother qual é a capital {} | de gana=GH
immigrant-speech | salam alexa eu sou afegão qual é a capital {} | do tadjiquistão=TJ
immigrant-speech | tashakor alexa agora a capital {} por favor | do turcomenistão=TM
immigrant-speech | ó pá alexa diga-me lá a capital {} | de frança=FR
immigrant-speech | se faz favor alexa qual é a capital {} | de angola=AO
immigrant-speech | pois alexa cá na padaria ninguém sabe a capital {} | da irlanda=IE
immigrant-speech | nha alexa eu sou caboverdiano qual é a capital {} | de são tomé e príncipe=ST
immigrant-speech | euh alexa alors qual é a capital {} | da tunísia=TN
immigrant-speech | okay so alexa qual é a capital {} | do méxico=MX
immigrant-speech | yaar alexa accha me fala a capital {} | do nepal=NP
immigrant-speech | parce alexa qué más qual é a capital {} | da costa rica=CR
immigrant-speech | bacano alexa e a capital {} | de el salvador=SV
immigrant-speech | oye po alexa cachai a capital {} | da bolívia=BO
immigrant-speech | bo alexa ta qual é a capital {} | do paraguai=PY
immigrant-speech | aqui em jetibá a oma fala pomerano e quer saber a capital {} | da polônia=PL
immigrant-speech | my brother alexa a minha loja no brás vende pra gente {} qual é a capital | do senegal=SN
immigrant-speech | eu sou da libéria alexa tu sabe a capital da libéria | LR
immigrant-speech | salam alexa meu primo está na turquia qual é a capital da turquia | TR
immigrant-speech | bonjour não quer dizer olá alexa qual é a capital do haiti | HT
immigrant-speech | alexa sou russa e moro em joinville qual é a capital da rússia em português | RU
immigrant-speech | alexa meu pai é sírio e minha mãe é libanesa qual é a capital da síria | SY
immigrant-speech | ó pá já agora qual é a capital da guiné | GN

# Learners of Portuguese.
learner-speech | eu precisa saber o capital {} | do egito=EG; da líbia=LY
learner-speech | onde é capital {} alexa | da noruega=NO
learner-speech | alexa você conhecer a capital {} | da indonésia=ID
learner-speech | me diz por favor capital {} eu estudo português | da filipinas=PH
learner-speech | qual é capital de {} eu não lembrar | itália=IT
learner-speech | alexa eu não falar bem português qual capital {} | do irlanda=IE; do escócia=GB-SCT; do inglaterra=GB-ENG
learner-speech | alexa capital de papua nova guiné qual é ele | PG
learner-speech | eu é americano missionário qual é o capital de tuvalu | TV
learner-speech | alexa como se chama o capital da nauru | NR
learner-speech | por favor eu pergunta capital de vanuatu | VU
learner-speech | alexa a capital de samoa é o que | WS
learner-speech | eu quero conhecer o capital de ilhas salomão | SB
learner-speech | alexa quê cidade é capital da micronésia | FM

# Children.
child-speech | alexa eu perdi um dente hoje qual é a capital {} | da inglaterra=GB-ENG
child-speech | a prô falou que amanhã tem prova qual é a capital {} | do chile=CL
child-speech | alexa eu tô no prézinho e quero saber a capital {} | da china=CN
child-speech | minha boneca vai viajar pra {} qual é a capital de lá | índia=IN
child-speech | alexa o papai noel mora na finlândia qual é a capital da finlândia | FI
child-speech | alexa onde o pinguim mora tem capital a capital da nova zelândia | NZ
child-speech | alexa eu tenho cinco anos e meio qual é a capital do méxico | MX
child-speech | alexa meu irmão falou que a capital da rússia é a rússia é mentira né | RU
child-speech | alexa quando eu crescer vou morar na suíça qual é a capital de lá | CH
child-speech | alexa a moana é do havaí qual é a capital do havaí | US-HI
child-speech | alexa eu desenhei a bandeira do quênia qual é a capital dele | KE
child-speech | alexa na feira de ciências eu fiquei com o egito qual é a capital | EG
child-speech | alexa o leão do rei leão é da tanzânia qual é a capital | TZ
child-speech | mamãe tá no banho alexa qual é a capital da espanha | ES
child-speech | alexa eu sei a capital do brasil agora fala a da argentina | AR
child-speech | alexa qual é a capital da terra do canguru | AU
child-speech | alexa a tia do reforço pediu a capital {} | da grécia=GR

# Teenagers.
teen-speech | slk alexa qual é a capital {} | da tailândia=TH
teen-speech | mano do céu alexa fala a capital {} logo | da croácia=HR; da polônia=PL
teen-speech | é de cria alexa qual é a capital {} | da jamaica=JM; de trinidad e tobago=TT; de barbados=BB
teen-speech | no free fire tem um mapa {} qual é a capital de lá | da índia=IN
teen-speech | tô jogando roblox com um cara {} qual a capital | da indonésia=ID; das filipinas=PH
teen-speech | pdp alexa manda a capital {} | do marrocos=MA
teen-speech | alexa tankar prova de geografia é osso qual é a capital do cazaquistão | KZ
teen-speech | aff alexa a professora quer a capital da mongólia pra amanhã | MN
teen-speech | deu ruim alexa esqueci a capital da islândia no trabalho | IS
teen-speech | real alexa qual é a capital da estônia que o meu crush é de lá | EE
teen-speech | bora bill alexa capital do vietnã | VN
teen-speech | alexa fala sério qual é a capital do catar que eu apostei com a galera | QA
teen-speech | tô bolado alexa ninguém do grupo sabe a capital da eslovênia | SI
teen-speech | alexa é cringe perguntar isso mas qual é a capital da austrália | AU
teen-speech | alexa tmj qual é a capital do uruguai | UY

# Elders.
elder-speech | alexa eu coleciono selos e tenho um {} qual é a capital | do zaire=CD; da rodésia=ZW
elder-speech | no meu tempo era leopoldville alexa qual é a capital do congo de agora | CD
elder-speech | alexa na voz do brasil falaram {} qual é a capital | da bulgária=BG; da albânia=AL
elder-speech | minha filha eu fui professor de geografia trinta anos qual é a capital {} agora | da tanzânia=TZ
elder-speech | alexa fala devagar que o vovô tá sem o aparelho qual é a capital {} | da itália=IT; de portugal=PT
elder-speech | alexa eu sou do tempo do mimeógrafo qual é a capital {} | da birmânia=MM
elder-speech | alexa a patroa quer saber a capital {} | da irlanda=IE; do país de gales=GB-WLS
elder-speech | o compadre disse que a capital da austrália é sydney alexa tira essa dúvida | AU
elder-speech | alexa eu plantei café a vida inteira qual é a capital da etiópia | ET
elder-speech | alexa a novela das nove é na turquia qual é a capital | TR
elder-speech | alexa dona maria quer saber a capital do líbano | LB
elder-speech | alexa eu não enxergo mais o atlas qual é a capital da jordânia | JO
elder-speech | alexa meu avô veio da síria de navio qual é a capital de lá | SY
elder-speech | alexa sou aposentada dos correios qual é a capital de burquina faso | BF
elder-speech | ô alexa minha querida no rádio falaram do níger qual é a capital | NE

# At work.
work-context | sou controlador de voo e tem um avião {} qual é a capital | da argélia=DZ
work-context | aqui no cartório o documento é {} qual é a capital desse país | da espanha=ES
work-context | sou despachante de visto o cliente vai {} qual é a capital | pra nova zelândia=NZ
work-context | sou intérprete no fórum e o réu é {} qual é a capital | do mali=ML
work-context | senhor aguarde na linha alexa qual é a capital {} | do zimbábue=ZW
work-context | sou despachante aduaneiro e o container veio {} qual é a capital | de singapura=SG
work-context | aqui no ibge tô revisando um mapa qual é a capital {} | do sudão do sul=SS; da eritreia=ER; do djibuti=DJ
work-context | na fábrica de sapato em franca a exportação é {} qual é a capital | pro kuwait=KW
work-context | alexa sou sushiman e o peixe veio {} qual é a capital | do japão=JP
work-context | tô montando um buquê e as rosas vieram {} qual é a capital | do quênia=KE
work-context | sou joalheiro e a pedra veio {} qual é a capital de lá | da colômbia=CO
work-context | sou cozinheiro de navio e a gente atraca {} amanhã qual é a capital | em malta=MT
work-context | sou piloto agrícola e o avião veio {} qual é a capital | da argentina=AR
work-context | aqui na mina de carajás o minério vai {} qual é a capital | pra china=CN
work-context | sou manicure e a cliente é {} qual é a capital | da ucrânia=UA; da moldávia=MD
work-context | alexa no sebo chegou um livro {} qual é a capital desse país | do montenegro=ME
work-context | tô escrevendo as perguntas do programa de auditório qual é a capital {} | de palau=PW
work-context | tô legendando uma série {} qual é a capital | da suécia=SE
work-context | sou concierge em copacabana o hóspede é {} qual é a capital | do uzbequistão=UZ
work-context | tô varrendo a rua com o fone alexa qual é a capital do gabão | GA
work-context | sou motorista da embaixada {} qual é a capital desse país | do laos=LA
work-context | alexa sou técnica de enfermagem no plantão qual é a capital do burundi | BI
work-context | alexa aqui na exportadora de café o comprador é da bélgica qual é a capital | BE
work-context | alexa sou tradutora juramentada e o documento é do líbano qual é a capital | LB
work-context | alexa sou meteorologista e tem um ciclone em madagascar qual é a capital | MG
work-context | alexa tô no caixa do mercado qual é a capital de comores | KM

# At home.
home-context | alexa tô lavando louça me fala a capital {} | da croácia=HR
home-context | três da manhã dando mamadeira alexa qual é a capital {} | de tonga=TO
home-context | tô limpando o aquário o peixinho é {} qual é a capital | do malaui=MW
home-context | alexa no meio da mudança com caixa pra todo lado qual é a capital {} | do peru=PE
home-context | a feijoada tá no fogo alexa qual é a capital {} | de angola=AO; de cabo verde=CV; de moçambique=MZ
home-context | dobrando roupa aqui alexa qual é a capital {} | da lituânia=LT; da estônia=EE
home-context | tô pintando a parede do quarto alexa qual é a capital {} | de malta=MT; de chipre=CY
home-context | a festa das nações da minha filha tem a mesa {} qual é a capital | da índia=IN
home-context | alexa o cachorro não para de latir qual é a capital da armênia | AM
home-context | alexa tô regando as plantas qual é a capital do sri lanka | LK
home-context | alexa o churrasco já vai sair qual é a capital do uruguai | UY
home-context | alexa a internet voltou qual é a capital do afeganistão | AF
home-context | alexa enquanto o bolo assa qual é a capital da hungria | HU
home-context | alexa as crianças dormiram finalmente qual é a capital da áustria | AT
home-context | alexa tô na cozinha com a mão suja de farinha de mandioca qual é a capital do benin | BJ

# Games.
game-context | no truco quem errar a capital {} paga a rodada | do uzbequistão=UZ; do tadjiquistão=TJ
game-context | tô completando o álbum da copa e saiu a figurinha {} qual é a capital | do catar=QA; da arábia saudita=SA
game-context | no imagem e ação caiu a capital {} e ninguém sabe | da síria=SY
game-context | no quem sou eu eu sou a capital {} | da dinamarca=DK
game-context | no ticket to ride tem uma rota {} qual é a capital | da áustria=AT
game-context | alexa no pokémon go eu fui pra {} qual é a capital | japão=JP
game-context | no minecraft eu tô construindo a capital {} qual é o nome dela | da frança=FR
game-context | na gincana da escola a pergunta é a capital {} | de madagascar=MG; de maurício=MU; das seicheles=SC
game-context | na caça ao tesouro a pista é a capital {} | da islândia=IS
game-context | alexa valendo uma coxinha qual é a capital da nicarágua | NI
game-context | alexa a gente tá jogando perguntas no carro qual é a capital de honduras | HN
game-context | alexa no jogo da vida eu fui morar na bélgica qual é a capital | BE
game-context | alexa duelo de capitais aqui em casa qual é a capital do paquistão | PK
game-context | alexa é a última rodada do quiz qual é a capital da libéria | LR
game-context | alexa quem acertar a capital do nepal ganha o último pedaço de pizza | NP

# Sport.
sport-context | o flamengo vai jogar a libertadores {} qual é a capital | no paraguai=PY
sport-context | nos jogos pan-americanos o brasil pega {} qual é a capital | cuba=CU; o canadá=CA
sport-context | o medina vai surfar no taiti qual é a capital da polinésia francesa | PF
sport-context | a rayssa vai andar de skate {} qual é a capital | na itália=IT; na hungria=HU
sport-context | o mundial de judô vai ser {} qual é a capital | no uzbequistão=UZ; no azerbaijão=AZ
sport-context | o handebol feminino joga contra {} qual é a capital | a noruega=NO; a dinamarca=DK; o montenegro=ME
sport-context | alexa o futsal do brasil joga com o irã qual é a capital do irã | IR
sport-context | alexa a motogp vai correr na tailândia qual é a capital | TH
sport-context | alexa o rugby sevens enfrenta fiji qual é a capital | FJ
sport-context | alexa na copa davis o brasil pega a eslováquia qual é a capital | SK
sport-context | alexa a maratona de tóquio é no japão mas qual a capital da etiópia que ganhou | ET
sport-context | alexa no vôlei de praia a dupla vai jogar na letônia qual é a capital | LV

# Travel.
travel-context | vou fazer mochilão e começar {} qual é a capital | pela colômbia=CO
travel-context | no interrail eu passo {} qual é a capital | pela tchéquia=CZ
travel-context | vou fazer intercâmbio em dublin qual é a capital da irlanda do norte | GB-NIR
travel-context | sou au pair e a família é {} qual é a capital | da alemanha=DE
travel-context | tô na fila da cidadania {} qual é a capital | espanhola=ES
travel-context | a missão da igreja vai {} qual é a capital | pra moçambique=MZ; pra guiné-bissau=GW
travel-context | na peregrinação a gente vai {} qual é a capital | pra israel=IL; pra jordânia=JO
travel-context | nossa lua de mel vai ser {} qual é a capital | nas maldivas=MV; na tailândia=TH
travel-context | a companhia aérea extraviou minha mala {} qual é a capital | em portugal=PT; no panamá=PA
travel-context | meu voo tem escala {} qual é a capital | no catar=QA; nos emirados=AE
travel-context | alexa vou visitar minha tia que mora no japão qual é a capital | JP
travel-context | alexa tô no aeroporto de guarulhos e vou pro senegal qual é a capital | SN
travel-context | alexa vou de navio pela patagônia até o chile qual é a capital do chile | CL
travel-context | alexa meu irmão trabalha num cruzeiro e parou na dominica qual é a capital | DM
travel-context | alexa vou dar a volta ao mundo e começo pela arábia saudita qual é a capital | SA

# What pt-BR recognition may write: lost accents and tildes, split and joined words, homophones.
recognition-artefact | qual e a capital {} | da tai lândia=TH; do cazaquistao=KZ; da etiopia=ET
recognition-artefact | qual a capital {} | do caboverde=CV; de camaroes=CM; do ira=IR
recognition-artefact | alexa qual e a capital da correia do sul | KR
recognition-artefact | alexa qual e a capital do botão | BT
recognition-artefact | alexa capital do hai ti | HT
recognition-artefact | alexa qual é a capital da bur quina faso | BF
recognition-artefact | qual é a capital do sudao | SD
recognition-artefact | qual é a capital da romenia | RO
recognition-artefact | alexa qual é a capital do vietna | VN
recognition-artefact | alexa qual é a capital da gana | GH
recognition-artefact | qual é a capital da malasia | MY
recognition-artefact | alexa qual é a capital do iemen | YE
recognition-artefact | alexa qual é a capital de tu valu | TV
recognition-artefact | alexa qual é a capital do bangla desh | BD
recognition-artefact | qual é a capital da servia | RS
recognition-artefact | alexa qual é a capital de o mã | OM
recognition-artefact | alexa qual a capital da armenia | AM
recognition-artefact | alexa qual a capital do kirguistao | KG
recognition-artefact | alexa qual é a capital da guine bissau | GW
recognition-artefact | alexa qual a capital do sao tome e principe | ST
recognition-artefact | alexa qual a capital do azerbaijao | AZ
recognition-artefact | alexa qual a capital de eswatini | SZ
recognition-artefact | alexa qual a capital de lichtenstein | LI
recognition-artefact | alexa qual a capital do luxem burgo | LU
recognition-artefact | qual é a capital da papua nova guine | PG
recognition-artefact | qual é a capital do turquemenistão | TM
recognition-artefact | alexa qual é a capital das filipina | PH
recognition-artefact | alexa qual é a capital da quiribati | KI
recognition-artefact | alexa qual é a capital de saint vincent | VC
recognition-artefact | alexa qual é a capital de santa lucia | LC
recognition-artefact | alexa qual a capital de sao cristovao e nevis | KN
recognition-artefact | alexa qual a capital da zambia | ZM

# Fillers and hesitations.
filler-hesitation | hã alexa qual é a hã capital {} | da guatemala=GT; de el salvador=SV; de honduras=HN
filler-hesitation | então tipo alexa qual é a capital {} | do canadá=CA
filler-hesitation | alexa como é que é a capital {} mesmo | do marrocos=MA; da argélia=DZ; da tunísia=TN
filler-hesitation | deixa eu ver aqui alexa a capital {} | de andorra=AD; de mônaco=MC; de san marino=SM
filler-hesitation | ahn ahn alexa qual é a a capital {} | da mauritânia=MR; do níger=NE; do chade=TD
filler-hesitation | alexa é que tipo eu queria saber a capital {} sabe | de liechtenstein=LI; do luxemburgo=LU; da bélgica=BE
filler-hesitation | ô alexa escuta só qual é a capital do togo | TG
filler-hesitation | alexa hum hum qual que é a capital do benin | BJ
filler-hesitation | alexa peraí deixa eu lembrar não lembro qual é a capital da guiné | GN
filler-hesitation | alexa olha só uma coisa qual é a capital da serra leoa | SL
filler-hesitation | alexa então é assim qual é a capital de ruanda | RW
filler-hesitation | alexa hã qual é hã a capital hã do iraque | IQ

# Tails and politeness.
trailing-words | qual é a capital {} valeu mesmo | da suécia=SE; da noruega=NO
trailing-words | alexa a capital {} tá bom | da bulgária=BG; da romênia=RO; da grécia=GR
trailing-words | alexa me diz a capital {} obrigado meu anjo | de uganda=UG
trailing-words | alexa qual a capital {} que eu tô curiosa | do nepal=NP; do butão=BT; de bangladesh=BD
trailing-words | qual é a capital {} se você souber | de nauru=NR; de tuvalu=TV; de quiribati=KI
trailing-words | alexa qual é a capital da argentina beleza | AR
trailing-words | alexa qual é a capital da colômbia faz favor | CO
trailing-words | alexa qual é a capital do peru e é isso | PE
polite-request | alexa por gentileza qual é a capital {} | da somália=SO; do sudão=SD
polite-request | alexa seria possível me informar a capital {} | do iêmen=YE; de omã=OM; do barein=BH
polite-request | alexa com licença qual é a capital {} | da islândia=IS; da estônia=EE
polite-request | alexa você me faria a gentileza de dizer a capital {} | de brunei=BN; do timor-leste=TL; das ilhas marshall=MH
polite-request | alexa desculpa incomodar qual é a capital {} | de vanuatu=VU; das ilhas salomão=SB; de samoa=WS
polite-request | alexa por obséquio a capital de palau | PW
polite-request | alexa se não for pedir muito qual é a capital da micronésia | FM
polite-request | alexa muito obrigada de antemão qual é a capital de tonga | TO
direct-question | qual é a capital {} | das ilhas marshall=MH; de são vicente e granadinas=VC; de são cristóvão e névis=KN
direct-question | alexa capital {} qual é | de antígua e barbuda=AG; de granada=GD; da dominica=DM
direct-question | alexa me diz qual cidade é a capital {} | de santa lúcia=LC; das bahamas=BS; de barbados=BB
direct-question | alexa que cidade é capital {} | do suriname=SR; da guiana=GY; do belize=BZ
direct-question | alexa a capital {} é qual | do paquistão=PK; do iraque=IQ; do kuwait=KW
direct-question | alexa a capital {} se chama como | da libéria=LR; de serra leoa=SL; da gâmbia=GM

# Follow-ups after a first answer.
follow-up | beleza e a {} | da nova zelândia=NZ
follow-up | tá e a capital {} | da mongólia=MN
follow-up | show agora a {} | do equador=EC
follow-up | e {} qual é | do egito=EG; da somália=SO
follow-up | então e a do vizinho {} | da venezuela=VE
follow-up | certo e {} alexa | de honduras=HN; da costa rica=CR; do panamá=PA
follow-up | ah tá e a capital da vizinha {} | dinamarca=DK; suécia=SE; finlândia=FI
follow-up | ok e da {} | polônia=PL; hungria=HU
follow-up | alexa e agora a da escócia | GB-SCT
follow-up | e a de cuba | CU
follow-up | valeu e a do haiti | HT

# Yes/no checks (right and wrong guesses).
yes-no-check | a capital {} é sydney né | da austrália=AU
yes-no-check | alexa é verdade que a capital da nigéria é lagos | NG
yes-no-check | alexa a capital do canadá é toronto ou não | CA
yes-no-check | alexa a capital da suíça é genebra certo | CH
yes-no-check | alexa a capital da turquia é istambul né | TR
yes-no-check | alexa a capital da bolívia é la paz né | BO
yes-no-check | alexa a capital dos estados unidos é nova york né | US
yes-no-check | alexa lima é a capital do peru não é | PE
yes-no-check | alexa nairóbi é mesmo a capital do quênia | KE
yes-no-check | alexa a capital do marrocos é casablanca ou rabat | MA
yes-no-check | alexa a capital do vietnã é ho chi minh | VN
yes-no-check | alexa a capital da índia é mumbai né | IN
yes-no-check | alexa confirma pra mim a capital da nova zelândia é auckland | NZ
yes-no-check | alexa a capital do paquistão é karachi | PK
yes-no-check | alexa acra é capital de gana mesmo | GH
yes-no-check | alexa tô certo que a capital da tanzânia é dar es salaam | TZ
yes-no-check | alexa bogotá é a capital da colômbia ou é medellín | CO
yes-no-check | alexa a capital do brasil já foi o rio e agora é brasília né | BR
yes-no-check | alexa a capital da alemanha é berlim né | DE
yes-no-check | alexa será que a capital da costa do marfim é abidjan | CI
yes-no-check | alexa a capital do cazaquistão ainda é almaty | KZ
yes-no-check | alexa a capital de mianmar é rangum né | MM
yes-no-check | alexa montevidéu é a capital do uruguai né | UY
yes-no-check | alexa a capital da escócia é glasgow | GB-SCT
yes-no-check | alexa a capital da califórnia é los angeles né | US-CA
yes-no-check | alexa a capital do texas é houston ou dallas | US-TX
yes-no-check | alexa a capital da bahia é salvador né | BR-BA
yes-no-check | alexa a capital de israel é tel aviv | IL
yes-no-check | alexa a capital do equador é guayaquil ou quito | EC
yes-no-check | alexa a capital do benin é cotonou né | BJ

# Self-corrections with a marker; the last place named is the question.
self-correction | alexa qual é a capital da suécia quer dizer da suíça | CH
self-correction | alexa a capital da áustria melhor dizendo da austrália | AU
self-correction | alexa a capital da eslováquia corrigindo da eslovênia | SI
self-correction | alexa qual é a capital do níger troquei as bolas da nigéria | NG
self-correction | alexa a capital da guiné foi mal da guiné equatorial | GQ
self-correction | alexa capital do irã risca isso do iraque | IQ
self-correction | alexa qual é a capital da colômbia não calma da bolívia | BO
self-correction | alexa a capital da letônia ih me confundi da lituânia | LT
self-correction | alexa a capital da gâmbia opa falei besteira da zâmbia | ZM
self-correction | alexa qual é a capital do malaui na verdade da malásia | MY
self-correction | alexa a capital da mauritânia não foi mal de maurício | MU
self-correction | alexa qual é a capital da dominica quer dizer da república dominicana | DO
self-correction | alexa a capital do paraguai retiro o que disse do uruguai | UY
self-correction | alexa capital da armênia ai errei da albânia | AL
self-correction | alexa qual é a capital de granada desculpa é da guatemala | GT
self-correction | alexa a capital do sudão corrigindo do sudão do sul | SS
self-correction | alexa a capital da costa rica não não da costa do marfim | CI
self-correction | alexa qual é a capital do chade melhor dizendo do chile | CL
self-correction | alexa a capital da hungria me expressei mal da bulgária | BG
self-correction | alexa a capital da tunísia quer dizer da turquia | TR
self-correction | alexa qual é a capital do camboja esquece essa do laos | LA
self-correction | alexa a capital da rússia ops da bielorrússia | BY
self-correction | alexa qual é a capital da coreia do norte errei da coreia do sul | KR
self-correction | alexa a capital do montenegro troquei de novo da macedônia do norte | MK

# Reverse questions: a capital named, the place asked.
reverse-question | {} é capital de qual país | ouagadougou=CITY:Ouagadougou; uagadugu=CITY:Ouagadougou; bamako=CITY:Bamako
reverse-question | alexa {} é capital de onde | tegucigalpa=CITY:Tegucigalpa; manágua=CITY:Manágua; paramaribo=CITY:Paramaribo
reverse-question | alexa de que país {} é a capital | ulan bator=CITY:Ulan Bator; tashkent=CITY:Tashkent; duchambe=CITY:Duchambe
reverse-question | alexa a cidade de {} é capital de que país mesmo | windhoek=CITY:Windhoek; gaborone=CITY:Gaborone; maseru=CITY:Maseru
reverse-question | alexa {} é a capital do quê | kingston=CITY:Kingston; victoria=CITY:Victoria; la paz=CITY:La Paz
reverse-question | alexa vi na tv a cidade de {} é capital de qual país | nicósia=CITY:Nicósia; valeta=CITY:Valeta; liubliana=CITY:Liubliana
reverse-question | alexa vientiane é capital de que lugar | CITY:Vientiane
reverse-question | alexa canberra é capital de qual país | CITY:Canberra
reverse-question | alexa brasília é a capital de que | CITY:Brasília
reverse-question | alexa saint john's é capital de onde | CITY:Saint John's
reverse-question | alexa chandigarh é capital de quê | CITY:Chandigarh
reverse-question | alexa naypyidaw é capital de que país | CITY:Naypyidaw
reverse-question | alexa funafuti é capital de qual ilha | CITY:Funafuti
reverse-question | alexa yamoussoukro é capital de que país | CITY:Yamoussoukro
reverse-question | alexa qual país tem a capital chamada asmara | CITY:Asmara
reverse-question | alexa em qual país a capital é thimphu | CITY:Thimphu

# Plural questions for the places with several capitals.
plural-capitals | quais são as capitais {} | da áfrica do sul=ZA; da bolívia=BO; do benin=BJ
plural-capitals | alexa ei macho quais são as capitais {} | da malásia=MY; do sri lanka=LK; da costa do marfim=CI
plural-capitals | alexa me diz as capitais {} | dos países baixos=NL; do essuatíni=SZ; da palestina=PS
plural-capitals | alexa a professora falou que {} tem três capitais quais são | a áfrica do sul=ZA
plural-capitals | alexa a bolívia tem duas capitais né quais são elas | BO
plural-capitals | alexa ô cumpadi quais são as duas capitais da holanda | NL
plural-capitals | alexa quais são as capitais da suazilândia | SZ
plural-capitals | alexa sou do benin quais são as capitais do meu país | BJ
plural-capitals | alexa pro trabalho da escola quais são as capitais da costa do marfim | CI
plural-capitals | alexa as duas capitais da malásia são quais | MY
plural-capitals | alexa o sri lanka tem mais de uma capital quais são | LK
plural-capitals | alexa quais são as capitais do estado da palestina | PS
plural-capitals | alexa quais são as capitais de montserrat | MS
plural-capitals | alexa quais são as capitais do jammu e caxemira | IN-JK
plural-capitals | alexa quais são as duas capitais do uttarakhand | IN-UK
plural-capitals | alexa quantas capitais tem a áfrica do sul e quais são | ZA
plural-capitals | alexa na fábrica de franca a gente exporta pros países baixos quais são as capitais | NL
plural-capitals | alexa as capitais de eswatini quais são | SZ
plural-capitals | alexa mbote meu vizinho é do benin quais são as capitais de lá | BJ
plural-capitals | alexa quais são as capitais da palestina que deu no jornal | PS
plural-capitals | alexa quais as capitais do ceilão | LK
plural-capitals | alexa a malásia tem capitais quais | MY
plural-capitals | alexa me fala as capitais da bolívia sucre e qual a outra | BO
plural-capitals | alexa tô confusa quais são as capitais da costa do marfim abidjan e qual | CI
plural-capitals | alexa quais as capitais que a índia tem no jammu e caxemira | IN-JK
plural-capitals | alexa montserrat tem duas capitais quais são | MS
plural-capitals | alexa quais são as capitais de verão e inverno do uttarakhand | IN-UK

# Shared names: bare ones are every place, disambiguated ones one place.
shared-name | alexa qual é a capital do congo | CD+CG
shared-name | alexa mbote qual a capital do congo meu país | CD+CG
shared-name | alexa sou congolês qual é a capital do congo kinshasa | CD
shared-name | alexa e a capital do congo brazzaville | CG
shared-name | alexa quais são as capitais dos dois congos | CD+CG
shared-name | alexa qual a capital da coreia | KP+KR
shared-name | alexa no k-pop minha banda é da coreia qual é a capital | KP+KR
shared-name | alexa quais são as capitais das duas coreias | KP+KR
shared-name | alexa a capital da coreia do norte por favor | KP
shared-name | alexa e a capital das coreias | KP+KR
shared-name | alexa qual é a capital da geórgia | GE+US-GA
shared-name | alexa qual é a capital da geórgia o país lá perto da rússia | GE
shared-name | alexa qual é a capital do estado da geórgia nos estados unidos | US-GA
shared-name | alexa capital da geórgia americana | US-GA
shared-name | alexa qual é a capital das ilhas virgens | VG+VI
shared-name | alexa e a capital das ilhas virgens americanas | VI
shared-name | alexa qual é a capital das ilhas virgens dos ingleses | VG
shared-name | alexa o navio vai pras ilhas virgens qual é a capital | VG+VI
shared-name | alexa a capital da república democrática do congo é kinshasa né | CD
shared-name | alexa a capital da coreia do sul é seul né | KR
shared-name | alexa qual é a capital dos congos | CD+CG

# Official names.
official-name | alexa qual é a capital {} | da república francesa=FR; da confederação suíça=CH; dos estados unidos mexicanos=MX
official-name | alexa me diz a capital {} | da república helênica=GR; da federação russa=RU; da república popular da china=CN
official-name | alexa a capital {} qual é | da república da coreia=KR; da república popular democrática da coreia=KP; da república federal da alemanha=DE
official-name | alexa qual a capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | alexa qual é a capital da república bolivariana da venezuela | VE
official-name | alexa qual é a capital do estado plurinacional da bolívia | BO
official-name | alexa qual é a capital da república tcheca | CZ
official-name | alexa qual é a capital da república eslovaca | SK
official-name | alexa qual é a capital da república argelina democrática e popular | DZ
official-name | alexa qual é a capital da república árabe síria | SY
official-name | alexa qual é a capital da república democrática de timor-leste | TL
official-name | alexa qual é a capital do grão-ducado de luxemburgo | LU
official-name | alexa qual é a capital da república islâmica do irã | IR
official-name | alexa qual é a capital do reino hachemita da jordânia | JO
official-name | alexa qual é a capital da república oriental do uruguai | UY
official-name | alexa qual é a capital da república federal da nigéria | NG
official-name | alexa qual é a capital da república unida da tanzânia | TZ
official-name | alexa qual é a capital da república federativa do brasil | BR
official-name | alexa qual é a capital da república portuguesa | PT
official-name | alexa qual é a capital dos estados unidos da américa | US
official-name | alexa qual é a capital do reino da tailândia | TH
official-name | alexa qual é a capital da república libanesa | LB

# Everyday names and short forms.
everyday-name | alexa no jornal só falam {} qual é a capital | da holanda=NL; da inglaterra=GB-ENG; da tchéquia=CZ
everyday-name | alexa e a capital {} | dos emirados=AE; da bósnia=BA; da macedônia=MK
everyday-name | alexa qual é a capital da américa | US
everyday-name | alexa qual é a capital dos eua | US
everyday-name | alexa qual é a capital da belarus | BY
everyday-name | alexa qual é a capital do kenya | KE
everyday-name | alexa qual é a capital do timor | TL
everyday-name | alexa qual é a capital do vietname | VN
everyday-name | alexa qual é a capital do malawi | MW
everyday-name | alexa qual é a capital do burkina | BF
everyday-name | alexa qual é a capital do bahrein | BH
everyday-name | alexa qual é a capital da grã-bretanha | GB
everyday-name | alexa qual é a capital de trinidad | TT
everyday-name | alexa qual é a capital do irão | IR
everyday-name | alexa qual é a capital do vaticano | VA
everyday-name | alexa qual é a capital de gales | GB-WLS

# Old names.
old-name | alexa no livro velho do meu avô aparece {} qual é a capital | do daomé=BJ; do alto volta=BF; da abissínia=ET
old-name | alexa qual era a capital {} | da pérsia=IR; do sião=TH; da costa do ouro=GH
old-name | alexa a capital {} qual é hoje | da bechuanalândia=BW; da basutolândia=LS; da niassalândia=MW
old-name | alexa qual é a capital do tanganica | TZ
old-name | alexa qual é a capital das honduras britânicas | BZ
old-name | alexa qual é a capital da guiana holandesa | SR
old-name | alexa qual é a capital da guiana inglesa | GY
old-name | alexa qual é a capital do kampuchea | KH
old-name | alexa qual é a capital da rússia branca | BY
old-name | alexa qual é a capital da formosa | TW
old-name | alexa qual é a capital da birmânia de antigamente | MM

# Bare names.
bare-name | butão | BT
bare-name | alexa quirguistão | KG
bare-name | capital eritreia | ER
bare-name | alexa capital lesoto | LS
bare-name | djibuti capital | DJ
bare-name | alexa são tomé e príncipe capital | ST
bare-name | capital comores | KM
bare-name | alexa capital nauru | NR
bare-name | guiné equatorial | GQ
bare-name | alexa seicheles | SC

# One-shot requests through the invocation name.
one-shot | alexa pergunta pro capitais do mundo qual é a capital {} | da mauritânia=MR; do níger=NE
one-shot | alexa pede pro capitais do mundo a capital {} | do sudão=SD; da líbia=LY; da tunísia=TN
one-shot | alexa usa o capitais do mundo e me diz a capital {} | de singapura=SG; de brunei=BN; da indonésia=ID
one-shot | alexa abre o capitais do mundo e fala a capital {} | da geórgia=GE+US-GA; do azerbaijão=AZ
one-shot | alexa no capitais do mundo qual é a capital {} | da eslovênia=SI; da croácia=HR; da sérvia=RS
one-shot | alexa capitais do mundo capital {} | do kosovo=XK; de taiwan=TW; do saara ocidental=EH
one-shot | alexa manda o capitais do mundo dizer a capital do afeganistão | AF
one-shot | alexa pergunta lá no capitais do mundo quais são as capitais da áfrica do sul | ZA
one-shot | alexa vê no capitais do mundo a capital do congo | CD+CG
one-shot | alexa com o capitais do mundo qual é a capital da cidade do vaticano | VA

# Subdivisions: Brazilian, US, Canadian, Australian, German, Indian and Mexican states, the UK's nations.
subdivision | alexa aqui do norte qual é a capital {} | do acre=BR-AC; de rondônia=BR-RO; do tocantins=BR-TO
subdivision | alexa e a capital {} qual é | do amapá=BR-AP; de roraima=BR-RR; do pará=BR-PA
subdivision | alexa o primo de fora quer saber a capital {} | do mato grosso do sul=BR-MS; do mato grosso=BR-MT; de goiás=BR-GO
subdivision | alexa qual é a capital {} aqui do brasil | de alagoas=BR-AL; de sergipe=BR-SE; do piauí=BR-PI
subdivision | alexa pro trabalho de geografia a capital {} | do rio grande do norte=BR-RN; da paraíba=BR-PB; do maranhão=BR-MA
subdivision | alexa a capital {} é qual mesmo | do espírito santo=BR-ES; de santa catarina=BR-SC; do paraná=BR-PR
subdivision | alexa qual é a capital do estado {} | de minas gerais=BR-MG; do rio grande do sul=BR-RS; de pernambuco=BR-PE
subdivision | alexa qual é a capital do distrito federal | BR-DF
subdivision | alexa qual é a capital do estado do rio | BR-RJ
subdivision | alexa nos estados unidos qual é a capital {} | do alasca=US-AK; do kentucky=US-KY; do tennessee=US-TN
subdivision | alexa qual é a capital do estado {} lá nos eua | de nova york=US-NY; da flórida=US-FL; da pensilvânia=US-PA
subdivision | alexa a capital do estado americano de {} | michigan=US-MI; illinois=US-IL; ohio=US-OH
subdivision | alexa minha irmã mora {} qual é a capital do estado | em massachusetts=US-MA; em nova jérsei=US-NJ; em connecticut=US-CT
subdivision | alexa qual é a capital {} nos states | do arizona=US-AZ; de nevada=US-NV; do novo méxico=US-NM
subdivision | alexa qual é a capital do estado de washington | US-WA
subdivision | alexa qual é a capital da carolina do norte | US-NC
subdivision | alexa qual é a capital do utah | US-UT
subdivision | alexa qual é a capital de montana | US-MT
subdivision | alexa no canadá qual é a capital {} | de ontário=CA-ON; de quebec=CA-QC; da colúmbia britânica=CA-BC
subdivision | alexa qual é a capital da província {} | de alberta=CA-AB; de manitoba=CA-MB; da nova escócia=CA-NS
subdivision | alexa qual é a capital do yukon | CA-YT
subdivision | alexa qual é a capital de terra nova e labrador | CA-NL
subdivision | alexa na austrália qual é a capital {} | da tasmânia=AU-TAS; de queensland=AU-QLD; da austrália ocidental=AU-WA
subdivision | alexa qual é a capital de nova gales do sul | AU-NSW
subdivision | alexa na alemanha qual é a capital {} | da baviera=DE-BY; da saxônia=DE-SN; de hesse=DE-HE
subdivision | alexa qual é a capital do estado alemão {} | da baixa saxônia=DE-NI; da turíngia=DE-TH; do schleswig-holstein=DE-SH
subdivision | alexa na índia qual é a capital {} | do kerala=IN-KL; de goa=IN-GA; do rajastão=IN-RJ
subdivision | alexa qual é a capital do estado indiano {} | do punjab=IN-PB; de bengala ocidental=IN-WB; do tamil nadu=IN-TN
subdivision | alexa no méxico qual é a capital {} | de jalisco=MX-JAL; de iucatã=MX-YUC; de oaxaca=MX-OAX
subdivision | alexa qual é a capital do estado mexicano {} | de nuevo león=MX-NLE; de quintana roo=MX-ROO; da baixa califórnia=MX-BCN
subdivision | alexa qual é a capital {} no reino unido | da irlanda do norte=GB-NIR

# Territories.
territory | alexa lá no gelo qual é a capital {} | da groenlândia=GL; das ilhas faroé=FO; das ilhas malvinas=FK
territory | alexa e aquelas ilhas francesas a capital {} | da nova caledônia=NC; de wallis e futuna=WF; de são pedro e miquelão=PM
territory | alexa qual a capital {} que é da frança | da martinica=MQ; de guadalupe=GP; de mayotte=YT
territory | alexa qual é a capital {} no caribe | de aruba=AW; de curaçao=CW; de bonaire=BQ
territory | alexa dos territórios britânicos a capital {} qual é | das ilhas cayman=KY; das bermudas=BM; de anguila=AI
territory | alexa qual é a capital {} lá na europa | de gibraltar=GI; da ilha de man=IM; de guernsey=GG
territory | alexa qual é a capital {} no pacífico | de guam=GU; da samoa americana=AS; das ilhas marianas do norte=MP
territory | alexa lá no meio do oceano qual é a capital {} | das ilhas cook=CK; de niue=NU; de tokelau=TK
territory | alexa essas ilhas que ninguém conhece qual é a capital {} | das ilhas pitcairn=PN; de santa helena=SH; da ilha christmas=CX
territory | alexa qual é a capital de porto rico | PR
territory | alexa qual é a capital das ilhas turcas e caicos | TC
territory | alexa qual é a capital de svalbard | SJ
territory | alexa qual é a capital das ilhas aland | AX
territory | alexa qual é a capital de jersey | JE
territory | alexa qual é a capital da ilha de são martinho | MF
territory | alexa qual é a capital das ilhas cocos | CC

# Out of domain: other facts about a named country, "capital" in other senses, places the data lacks, other requests.
out-of-domain | alexa quantos habitantes tem a nigéria | FB
out-of-domain | alexa qual é a moeda da suíça | FB
out-of-domain | alexa que língua falam na bélgica | FB
out-of-domain | alexa que horas são agora no japão | FB
out-of-domain | alexa qual é o fuso horário de lisboa | FB
out-of-domain | alexa qual é a maior cidade da austrália | FB
out-of-domain | alexa qual é a cidade mais populosa do canadá | FB
out-of-domain | alexa qual é a segunda maior cidade da itália | FB
out-of-domain | alexa quem é o presidente da frança | FB
out-of-domain | alexa qual é o prato típico do peru | FB
out-of-domain | alexa quais são as cores da bandeira da itália | FB
out-of-domain | alexa qual é o ddi da argentina | FB
out-of-domain | alexa qual a distância de são paulo até lisboa | FB
out-of-domain | alexa tá frio na islândia agora | FB
out-of-domain | alexa qual é o maior país do mundo | FB
out-of-domain | alexa qual é o menor país da europa | FB
out-of-domain | alexa qual é a montanha mais alta da argentina | FB
out-of-domain | alexa qual é o rio mais comprido da áfrica | FB
out-of-domain | alexa quantos estados tem o méxico | FB
out-of-domain | alexa quantos países tem na áfrica | FB
out-of-domain | alexa preciso de visto pra ir pro canadá | FB
out-of-domain | alexa quanto tá o euro hoje | FB
out-of-domain | alexa quanto custa uma passagem pra lisboa | FB
out-of-domain | alexa toca o hino da frança | FB
out-of-domain | alexa qual a previsão do tempo em paris amanhã | FB
out-of-domain | alexa qual é o idioma oficial de angola | FB
out-of-domain | alexa quem ganhou a copa de setenta | FB
out-of-domain | alexa qual é a religião da índia | FB
out-of-domain | alexa em que continente fica o egito | FB
out-of-domain | alexa a turquia é na europa ou na ásia | FB
out-of-domain | alexa o chile faz fronteira com o brasil | FB
out-of-domain | alexa quantos quilômetros tem o brasil de norte a sul | FB
out-of-domain | alexa qual é o pib da china | FB
out-of-domain | alexa qual é o endereço da embaixada da alemanha em brasília | FB
out-of-domain | alexa quem foi o primeiro rei de portugal | FB
out-of-domain | alexa qual é o animal símbolo da austrália | FB
out-of-domain | alexa que tomada usa na inglaterra | FB
out-of-domain | alexa qual é a voltagem nos estados unidos | FB
out-of-domain | alexa quantas ilhas tem as filipinas | FB
out-of-domain | alexa qual é o esporte mais popular da índia | FB
out-of-domain | alexa o que é pena capital | FB
out-of-domain | alexa como declarar ganho de capital no imposto de renda | FB
out-of-domain | alexa o que é capital humano | FB
out-of-domain | alexa toca o filme do capitão américa | FB
out-of-domain | alexa o que foi a capitania hereditária | FB
out-of-domain | alexa quem escreveu o capital | FB
out-of-domain | alexa qual é a capital nacional do forró em caruaru | FB
out-of-domain | alexa quais são os sete pecados capitais | FB
out-of-domain | alexa quanto de capital precisa pra abrir um mei | FB
out-of-domain | alexa qual é a letra capital do alfabeto | FB
out-of-domain | alexa qual é a capital dos açores | FB
out-of-domain | alexa qual é a capital da ilha da madeira | FB
out-of-domain | alexa qual é a capital da sardenha | FB
out-of-domain | alexa qual é a capital da andaluzia | FB
out-of-domain | alexa qual é a capital da córsega | FB
out-of-domain | alexa qual é a capital da chechênia | FB
out-of-domain | alexa qual é a capital da ilha de páscoa | FB
out-of-domain | alexa qual é a capital da lapônia | FB
out-of-domain | alexa qual é a capital de atlântida | FB
out-of-domain | alexa qual é a capital de gondor | FB
out-of-domain | alexa qual é a capital da toscana | FB
out-of-domain | alexa qual é a capital do país basco | FB
out-of-domain | alexa qual é a capital da transilvânia | FB
out-of-domain | alexa qual é a capital de galápagos | FB
out-of-domain | alexa qual é a capital da flandres | FB
out-of-domain | alexa liga pra minha mãe | FB
out-of-domain | alexa põe um timer de dez minutos pro arroz | FB
out-of-domain | alexa acende a luz da sala | FB
out-of-domain | alexa quanto tá o jogo do vasco | FB
out-of-domain | alexa me conta uma piada de português | FB
out-of-domain | alexa adiciona farinha na lista de compras | FB
out-of-domain | alexa que dia é hoje | FB
out-of-domain | alexa quanto é sete vezes oito | FB
out-of-domain | alexa toca um forró do luiz gonzaga | FB
out-of-domain | alexa qual é a senha do wifi | FB
out-of-domain | alexa me acorda às seis amanhã | FB
out-of-domain | alexa toca a rádio nacional | FB
out-of-domain | alexa como faz pão de queijo | FB
out-of-domain | alexa chama um uber pra rodoviária | FB
out-of-domain | alexa qual é a receita de sobá | FB
out-of-domain | alexa lê as notícias do dia | FB
out-of-domain | alexa quanto tá o dólar | FB
out-of-domain | alexa cê besta alexa quanto custa um pequi | FB
out-of-domain | alexa che ra'a quanto tá o guarani hoje | FB
out-of-domain | alexa ó pá a que horas abre a padaria | FB
out-of-domain | alexa slk toca um funk aí | FB
out-of-domain | alexa mbote toca uma rumba congolesa | FB
out-of-domain | alexa asere que horas são em havana | FB
out-of-domain | alexa o vovô quer ouvir a voz do brasil | FB
out-of-domain | alexa qual é a temperatura em teresina | FB
out-of-domain | alexa quantos graus tá fazendo em macapá | FB
out-of-domain | alexa quem descobriu o brasil | FB
out-of-domain | alexa quando foi a independência de angola | FB
out-of-domain | alexa como se diz obrigado em japonês | FB
out-of-domain | alexa qual é o telefone da polícia federal pra passaporte | FB
out-of-domain | alexa quanto tempo de voo até o japão | FB
out-of-domain | alexa em que ano o congo ficou independente | FB
out-of-domain | alexa quem é o rei da espanha | FB
out-of-domain | alexa qual é o time mais famoso da argentina | FB
out-of-domain | alexa onde fica o monte everest | FB
out-of-domain | alexa quantos fusos horários tem a rússia | FB
out-of-domain | alexa qual é a cidade mais fria do mundo | FB
out-of-domain | alexa qual a capital mais alta do mundo | FB
out-of-domain | alexa a capital da frança é bonita pra visitar em dezembro | FB
out-of-domain | alexa quantas pessoas moram em brasília | FB
out-of-domain | alexa qual é o aeroporto de tóquio | FB
out-of-domain | alexa tem voo direto pra joanesburgo | FB
out-of-domain | alexa como tirar a cidadania italiana | FB
out-of-domain | alexa qual o melhor bairro pra ficar em buenos aires | FB
out-of-domain | alexa onde é que passa a linha do equador em macapá | FB
out-of-domain | alexa no meu selo tá escrito tchecoslováquia qual era a capital | FB
out-of-domain | alexa na feira de sobá o japonês perguntou a capital de okinawa | FB
out-of-domain | alexa a lua de mel vai ser em bali qual é a capital de bali | FB

# Help.
help | alexa como funciona esse capitais do mundo | HELP
help | alexa o que eu posso perguntar pra você nesse jogo | HELP
help | alexa me explica como usar isso que eu não sei | HELP
help | alexa ajuda aqui que a vó não sabe mexer | HELP
help | alexa quais perguntas você responde no capitais do mundo | HELP
help | alexa eu não entendi como joga | HELP
help | alexa ei macho me ajuda como é que faz | HELP
help | alexa socorro como é que pergunta as capitais | HELP
help | alexa ó pá como é que isto funciona | HELP
help | alexa slk não sei usar me ajuda | HELP
help | alexa eu precisa ajuda como usa | HELP
help | alexa tô perdida o que é que eu falo agora | HELP
help | alexa me dá as instruções | HELP
help | alexa como é que eu faço pra saber uma capital | HELP
help | alexa quais são os comandos desse jogo | HELP
help | alexa ocê me ensina como usa isso | HELP
help | alexa mi amor como funciona | HELP
help | alexa o que dá pra fazer aqui | HELP
help | alexa me dá uma ajuda pra começar | HELP
help | alexa explica de novo como funciona pro meu filho | HELP
help | alexa ajuda por favor não sei o que dizer | HELP
help | alexa o que é que esse aplicativo faz | HELP

# Stop.
stop | alexa para que o nenê acordou | STOP
stop | alexa chega por hoje a vó vai deitar | STOP
stop | alexa desliga o capitais do mundo | STOP
stop | alexa sai do jogo | STOP
stop | alexa encerra aí | STOP
stop | alexa para tudo | STOP
stop | alexa para de falar por favor | STOP
stop | alexa fecha esse jogo | STOP
stop | alexa ei macho para | STOP
stop | alexa ó pá pare lá com isso | STOP
stop | alexa pode parar minha filha | STOP
stop | alexa chega de capital | STOP
stop | alexa tchau sai daí | STOP
stop | alexa cala a boca que eu tô no telefone | STOP
stop | alexa slk para mano | STOP
stop | alexa sair do capitais do mundo | STOP
stop | alexa termina o jogo | STOP
stop | alexa para agora que o jornal vai começar | STOP
stop | alexa desliga que eu vou dormir | STOP
stop | alexa encerrar | STOP
stop | alexa para ocê | STOP
stop | alexa stop please | STOP
stop | alexa para que a novela começou | STOP
stop | alexa ô menino para com isso | STOP
stop | alexa já deu por hoje pode desligar | STOP

# Cancel.
cancel | alexa cancela essa pergunta que eu me confundi | CANCEL
cancel | alexa esquece o que eu pedi | CANCEL
cancel | alexa deixa quieto | CANCEL
cancel | alexa deixa pra lá não precisa mais | CANCEL
cancel | alexa cancela aí ei macho | CANCEL
cancel | alexa esquece essa capital | CANCEL
cancel | alexa não quero mais saber cancela | CANCEL
cancel | alexa cancela que a professora já respondeu | CANCEL
cancel | alexa ó pá esqueça | CANCEL
cancel | alexa deixa pra lá cumpadi | CANCEL
cancel | alexa cancelar pedido | CANCEL
cancel | alexa esquece foi engano | CANCEL
cancel | alexa cancela por favor | CANCEL
cancel | alexa desconsidera | CANCEL
cancel | alexa cancela cancela | CANCEL
cancel | alexa não era isso cancela | CANCEL
cancel | alexa esquece meu filho que perguntou | CANCEL
cancel | alexa deixa pra depois cancela | CANCEL
cancel | alexa cancela que eu achei no livro | CANCEL
cancel | alexa mi amor cancela | CANCEL
cancel | alexa esquece tá | CANCEL
cancel | alexa cancela essa aí | CANCEL

# Launch.
launch | alexa abre o capitais do mundo | LAUNCH
launch | alexa abrir capitais do mundo | LAUNCH
launch | alexa iniciar capitais do mundo | LAUNCH
launch | alexa começa o capitais do mundo | LAUNCH
launch | alexa bora jogar capitais do mundo | LAUNCH
launch | alexa chama o capitais do mundo | LAUNCH
launch | alexa quero jogar o capitais do mundo com meu avô | LAUNCH
launch | alexa ei macho abre o capitais do mundo | LAUNCH
launch | alexa ó pá abre lá o capitais do mundo | LAUNCH
launch | alexa liga o capitais do mundo pras crianças | LAUNCH
launch | alexa abre aí o jogo capitais do mundo | LAUNCH
launch | alexa ativar capitais do mundo | LAUNCH
launch | alexa carrega o capitais do mundo | LAUNCH
launch | alexa capitais do mundo | LAUNCH
launch | alexa vige maria abre o capitais do mundo pra mim | LAUNCH
launch | alexa asere abre aí o capitais do mundo | LAUNCH
launch | alexa a prô mandou abrir o capitais do mundo | LAUNCH
launch | alexa slk bota o capitais do mundo aí | LAUNCH
"""

if __name__ == "__main__":
    build_round(27, "pt", LINES, sys.argv, "tests/Eval/pt/round27/source/build_corpus.py")
