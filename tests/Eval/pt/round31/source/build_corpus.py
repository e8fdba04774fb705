"""Round 31, Portuguese (pt-BR): a new author's own mix, written blind, with speakers, situations and wordings chosen
apart from rounds 27 to 30. Regions: maranhenses of São Luís and the Reviver ("mermã", "é ruim de eu saber", bumba meu
boi), technicians of the Alcântara launch centre, paraibanos of Campina Grande and João Pessoa ("pense", "vixe maria",
"mainha", the São João of Campina), potiguares of Natal and Ponta Negra ("vôte", "bichinho", "gaia"), arapiraquenses
of the tobacco country, goianos of Goiânia and Rio Verde ("nó", "sô", "cê", pamonha, the Pecuária show), quilombolas of
the Kalunga, the interior of São Paulo (Ribeirão Preto's Agrishow, Bauru, Presidente Prudente, Barretos's rodeo:
"nossa senhora", "credo", "porrrta"), londrinenses of the norte do Paraná ("piá", "guria"), steelworkers of Volta
Redonda, the Vale do Aço of Ipatinga, Teresópolis and Nova Friburgo, Santa Maria and the Missões of Santo Ângelo,
Itabuna, Tabatinga at the triple frontier, São Gabriel da Cachoeira, Tefé, Porto de Galinhas. Immigrant and heritage
speakers: Haitians of Cascavel and Caxias do Sul ("bonjou", "mèsi anpil", "tanpri", "wi"), Senegalese street vendors
("nanga def", "jërëjëf", "waaw"), Latvian descendants of Nova Odessa ("labdien", "paldies"), Finnish descendants of
Penedo ("moi", "kiitos"), Swiss descendants of Nova Friburgo ("grüezi"), Palestinian-Brazilians of Corumbá and Foz
("yalla", "inshallah", "habibi"), a Portuguese retiree in Natal ("pois", "olhe", "está bem"), a Tamil engineer from
Sri Lanka ("vanakkam"), a Malaysian student ("lah"), a South African rugby player ("howzit", "lekker", "ja nee"), an
Ivorian footballer ("on est ensemble"), a Beninese pastor, a Dutch agronomist of Carambeí ("hoi", "dank je"), a
Bolivian of La Paz ("jallalla"), a Guarani teacher of Dourados ("aguyjevete"), a Baniwa student, a Korean pastor.
Learners (learner grammar on purpose: a Haitian builder, a Senegalese vendor, a Chinese student, a Ukrainian refugee).
Children (Castelo Rá-Tim-Bum, Show da Luna, O Diário de Mika, Cocomelon, Procurando Nemo, Carros, Madagascar the film,
Toy Story, Sonic, Hot Wheels, a bedtime story, the school bus, show-and-tell, a sleepover, "tá chegando", a globe
puzzle). Teenagers (a Model United Nations simulation, the ENEM and vestibular, Counter-Strike majors, Rocket League,
EA FC career mode, One Piece, Attack on Titan, Spotify Wrapped, a Discord server, an AFS exchange; "oloco", "fala
sério", "sem condição", "mó viagem", "suave na nave", "partiu", "real", "cê tá de brincadeira"). Elders (a retired
Varig stewardess, a Correios telegraphist, a navy sailor who crossed the equator, the missionary rosary that prays for
the continents, a seresta singer, the third-age ball, hydrotherapy, the Globo Repórter, the Biotônico almanac, a
normalista of the fifties, "ô alexa minha filha", "deus te abençoe", "minha santa"). Work: a candidate for the
diplomatic exam of the Instituto Rio Branco, a radio ham ("cq cq", QSL cards), a ship's radio operator, a container
ship sailor, a soy agronomist exporting to Asia, a pharmacist, a Correios counter clerk, a travel agent, an app driver
with foreign passengers, a cargo pilot, a flight dispatcher, a football agent, a Petrobras geologist, an interpreter for
a delegation, a librarian, a quizmaster, a nurse leaving with Médicos Sem Fronteiras, a cartoonist, a church choir
director, a school cook, a yoga teacher, a locksmith, a sign painter. Home: a themed dinner, ironing, breakfast, a
cat on the keyboard, babysitting, a Zumba class in the living room, a crib mobile, the pressure cooker, cleaning the
fridge, a grocery list. Games: Banco Imobiliário's world edition, Perguntados, Globle, Worldle, Travle, Soletrando, a
trivia night at the church, a car-trip game, a bet for the dishes. Sport: the Club World Cup, the Copa América, the
Tour de France, Wimbledon, the NBA, an NFL game in São Paulo, Hugo Calderano's table tennis, Isaquias's canoeing, the
swimming and athletics worlds, the Rugby World Cup, a Counter-Strike major, UFC fight nights, sailing. Travel: a
Caribbean cruise, a Mediterranean cruise, a Nile cruise, Iceland's ring road, a Japan Rail Pass, Kilimanjaro, the
Everest base camp, the Atacama, the Uyuni salt flat, Cartagena, Punta Cana, a D7 visa for Portugal, Canada's Express
Entry, an Australian working holiday, a job in Dubai. Self-corrections carry a marker ("minto", "me embananei", "corta
essa", "eita não", "me enrolei", "volta volta", "nada a ver", "não é esse não", "falei torto", "retificando", "ixi",
"digo melhor", "troca pra", "opa peraí", "não não perdão"), the last place named is expected.

Sources: LINES below in the round-12 entry format (`family | frame or sentence | expected`; a fill carries its own
preposition and article, "da letônia", "do chade"), built by build_round of tests/Eval/source/round12_hinl_corpus.py
(round 31), dropping every (utterance, locale) pair of the earlier Portuguese rounds."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
regional-speech | mermã alexa me diz a capital {} que eu esqueci | do chade=TD
regional-speech | é ruim de eu saber isso alexa qual é a capital {} | do quirguistão=KG; da lituânia=LT
regional-speech | aqui no reviver o gringo quer saber a capital {} mermã | da dinamarca=DK; da irlanda=IE
regional-speech | no ensaio do bumba meu boi a moça perguntou a capital {} | da guiné-bissau=GW
regional-speech | pequeno alexa tu sabe a capital {} | do níger=NE; da mauritânia=MR
regional-speech | rapaz de são luís aqui alexa e a capital {} qual é | do suriname=SR
regional-speech | pense numa dúvida alexa qual é a capital {} | do malaui=MW
regional-speech | vixe maria alexa eu não lembro a capital {} | de madagascar=MG; da zâmbia=ZM
regional-speech | mainha tá perguntando alexa a capital {} | do marrocos=MA; da argélia=DZ
regional-speech | aqui no são joão de campina grande um turista quer saber a capital {} | da hungria=HU; da croácia=HR
regional-speech | oxe alexa me arrodeia não diz logo a capital {} | do laos=LA
regional-speech | vôte alexa qual é mesmo a capital {} | de fiji=FJ; de vanuatu=VU
regional-speech | bichinho alexa me diga a capital {} | de tuvalu=TV; de nauru=NR
regional-speech | aqui em ponta negra o gringo tá perguntando a capital {} | da noruega=NO; da finlândia=FI
regional-speech | é gaia alexa eu esqueci a capital {} | do camboja=KH
regional-speech | aqui em arapiraca a gente tava discutindo a capital {} | de cuba=CU; da jamaica=JM
regional-speech | nó alexa cê sabe a capital {} | da etiópia=ET
regional-speech | ô sô qual que é a capital {} | do tadjiquistão=TJ
regional-speech | aqui na pecuária de goiânia o peão quer saber a capital {} | do uruguai=UY
regional-speech | cê me fala a capital {} alexa que eu tô comendo pamonha aqui | da argentina=AR
regional-speech | aqui em rio verde o comprador de soja perguntou a capital {} | da indonésia=ID
regional-speech | lá no kalunga a professora pediu a capital {} | de angola=AO; de moçambique=MZ
regional-speech | nossa senhora alexa qual que é a capital {} | da romênia=RO; da bulgária=BG
regional-speech | credo alexa ninguém aqui sabe a capital {} | do azerbaijão=AZ; da armênia=AM
regional-speech | aqui na agrishow de ribeirão preto o alemão quer saber a capital {} | da áustria=AT
regional-speech | aqui em bauru a gente quer saber a capital {} alexa | do peru=PE
regional-speech | em presidente prudente tá um calorão e eu aqui querendo saber a capital {} | do catar=QA; do kuwait=KW
regional-speech | porrrta alexa qual que é a capital {} | do zimbábue=ZW; de botsuana=BW
regional-speech | no rodeio de barretos o locutor perguntou a capital {} | do méxico=MX; do canadá=CA
regional-speech | ô piá pergunta pra alexa a capital {} | da eslováquia=SK; da tchéquia=CZ
regional-speech | guria pede pra alexa a capital {} | da suécia=SE
regional-speech | aqui em londrina a gente quer saber a capital {} | de taiwan=TW
regional-speech | aqui na usina de volta redonda o engenheiro chinês perguntou a capital {} | da mongólia=MN
regional-speech | no vale do aço a gente tá na dúvida da capital {} | da coreia do sul=KR
regional-speech | aqui em teresópolis tá frio e eu querendo saber a capital {} | da estônia=EE
regional-speech | em nova friburgo o pessoal quer saber a capital {} | de liechtenstein=LI
regional-speech | aqui em santa maria os guri da federal querem saber a capital {} | da nova zelândia=NZ
regional-speech | nas missões de santo ângelo o turista perguntou a capital {} | da espanha=ES; de portugal=PT
regional-speech | aqui em itabuna o povo do cacau quer saber a capital {} | de gana=GH
regional-speech | aqui em tabatinga na fronteira a gente quer saber a capital {} | da colômbia=CO
regional-speech | em são gabriel da cachoeira o aluno perguntou a capital {} | da venezuela=VE
regional-speech | aqui em tefé a professora quer saber a capital {} | da guiana francesa=GF
regional-speech | na praia de porto de galinhas um gringo quer saber a capital {} | da bélgica=BE
regional-speech | ô alexa aqui é lá de são luís do maranhão diz aí a capital {} | do burundi=BI; de ruanda=RW
regional-speech | mermã esse negócio de capital é difícil qual é a {} | do turcomenistão=TM
regional-speech | pense num país difícil alexa a capital {} | do butão=BT
regional-speech | vixe me diz aí a capital {} antes que mainha brigue | de uganda=UG
regional-speech | nó sô me ajuda aí com a capital {} | da síria=SY; da jordânia=JO
regional-speech | vôte que calor em natal alexa qual a capital {} | de chipre=CY
regional-speech | alexa aqui de campina grande a gente quer saber qual é a capital {} viu | do líbano=LB
regional-speech | uai alexa e essa capital {} cê sabe | do sudão=SD
regional-speech | ô guria a alexa sabe a capital {} pergunta pra ela | da macedônia do norte=MK; da albânia=AL
regional-speech | na vila operária de volta redonda o vô quer saber a capital {} | da ucrânia=UA; da polônia=PL
immigrant-speech | bonjou alexa a capital {} qual é tanpri | do haiti=HT
immigrant-speech | mèsi anpil alexa agora me fala a capital {} | da república dominicana=DO
immigrant-speech | wi wi alexa e qual a capital {} | das bahamas=BS; de barbados=BB
immigrant-speech | eu sou haitiano aqui em cascavel alexa e quero saber a capital {} | da frança=FR
immigrant-speech | nanga def alexa diz pra mim a capital {} | do senegal=SN; da gâmbia=GM
immigrant-speech | jërëjëf alexa e a capital {} | do mali=ML; da guiné=GN
immigrant-speech | waaw alexa agora a capital {} | da mauritânia=MR; de cabo verde=CV
immigrant-speech | labdien alexa minha avó é letã e quer saber a capital {} | da letônia=LV
immigrant-speech | paldies alexa e a capital {} qual é | da lituânia=LT; da bielorrússia=BY
immigrant-speech | moi alexa aqui em penedo a gente quer saber a capital {} | da finlândia=FI
immigrant-speech | kiitos alexa e a capital {} | da rússia=RU
immigrant-speech | grüezi alexa o meu bisavô veio da suíça e eu quero saber a capital {} | da alemanha=DE
immigrant-speech | yalla alexa me fala a capital {} | da jordânia=JO; do egito=EG
immigrant-speech | habibi alexa a capital {} qual é | do iraque=IQ; da arábia saudita=SA
immigrant-speech | inshallah um dia eu volto pra lá alexa qual é a capital {} | do líbano=LB
immigrant-speech | pois alexa eu sou português cá em natal diga lá a capital {} | da guiné equatorial=GQ
immigrant-speech | olhe alexa está bem então e a capital {} | de timor-leste=TL
immigrant-speech | vanakkam alexa eu sou tâmil e quero saber a capital {} | das maldivas=MV
immigrant-speech | alexa lah eu sou malaio e meu amigo perguntou a capital {} | de brunei=BN; de singapura=SG
immigrant-speech | howzit alexa e a capital {} | da namíbia=NA
immigrant-speech | lekker alexa agora a capital {} | do zimbábue=ZW
immigrant-speech | on est ensemble alexa qual é a capital {} | de burquina faso=BF
immigrant-speech | o pastor do benin quer saber alexa a capital {} | do togo=TG; da nigéria=NG
immigrant-speech | hoi alexa eu sou holandês aqui em carambeí e quero saber a capital {} | da dinamarca=DK; de luxemburgo=LU
immigrant-speech | dank je alexa e a capital {} | da bélgica=BE
immigrant-speech | jallalla alexa eu sou paceño e meu filho pergunta a capital {} | do peru=PE
immigrant-speech | aguyjevete alexa eu sou professor guarani em dourados e quero saber a capital {} | do paraguai=PY
immigrant-speech | sou estudante baniwa alexa e a professora pediu a capital {} | da venezuela=VE
immigrant-speech | annyeong alexa eu sou pastor coreano e quero saber a capital {} | da mongólia=MN
immigrant-speech | salam alexa a capital {} por favor | do afeganistão=AF; do paquistão=PK
immigrant-speech | eu vim do haiti faz dois anos alexa me diz a capital {} | de são vicente e granadinas=VC; de santa lúcia=LC
immigrant-speech | meu tio mora em dakar alexa e a capital {} qual é | da serra leoa=SL; da libéria=LR
learner | eu haitiano eu quer sabe capital {} | da jamaica=JM; de cuba=CU
learner | alexa mi não sabe capital {} você fala | de granada=GD; de dominica=DM
learner | eu vende coisa na rua eu quer saber qual capital {} | de camarões=CM
learner | alexa eu senegalês eu não conhece capital {} | do chade=TD
learner | eu estudante chinês português ruim qual é capital {} | da tailândia=TH
learner | alexa capital {} é qual cidade eu não saber | de mianmar=MM
learner | eu ucraniana eu aprender português onde é capital {} | da moldávia=MD; da romênia=RO
learner | alexa por favor eu precisa capital {} para escola do meu filho | da geórgia o país=GE
learner | o capital {} qual é ele | da sérvia=RS; do montenegro=ME
learner | alexa eu não falar bem me diz a capital cidade {} | da bósnia=BA; da croácia=HR
learner | eu querer saber capital {} você sabe alexa | do iêmen=YE; de omã=OM
learner | alexa qual é o capital {} eu esqueceu | dos emirados árabes unidos=AE; do barein=BH
learner | alexa me fala capital {} devagar por favor eu estrangeiro | do vietnã=VN
learner | eu não entende capital {} qual nome | de papua-nova guiné=PG; das ilhas salomão=SB
child-speech | alexa no castelo rá-tim-bum eles falaram da capital {} qual é | da grécia=GR
child-speech | alexa a luna do show da luna foi pra {} qual é a capital de lá | a índia=IN
child-speech | alexa a mika do diário foi viajar qual é a capital {} | da china=CN
child-speech | alexa o nemo mora na austrália qual é a capital {} | da austrália=AU
child-speech | alexa o relâmpago mcqueen correu no japão e na itália qual é a capital {} | da itália=IT
child-speech | alexa o leão do filme madagascar mora no zoológico mas qual é a capital {} | de madagascar=MG
child-speech | alexa o woody e o buzz querem saber a capital {} | do méxico=MX
child-speech | alexa o sonic corre muito rápido até a capital {} | da turquia=TR
child-speech | alexa meu carrinho hot wheels vai até a capital {} qual é | do chile=CL
child-speech | alexa conta uma história da capital {} qual é o nome dela | do quênia=KE
child-speech | alexa no ônibus da escola o meu amigo perguntou a capital {} | da somália=SO
child-speech | alexa amanhã é dia de mostrar e contar e eu trouxe uma bandeira {} qual é a capital | do nepal=NP
child-speech | alexa na festa do pijama a gente quer saber a capital {} | da islândia=IS
child-speech | alexa tá chegando a viagem e eu quero saber a capital {} | da frança=FR; da espanha=ES
child-speech | alexa no meu quebra-cabeça do globo tem a capital {} qual é | da groenlândia=GL; da noruega=NO
child-speech | alexa eu tenho seis anos e meio qual é a capital {} | do brasil=BR
child-speech | alexa o cocomelon cantou sobre a capital {} | da inglaterra=GB-ENG
child-speech | alexa minha professora disse que a capital {} é difícil qual é | do djibuti=DJ
child-speech | alexa o meu pai falou que a capital {} é a mesma que o nome do país é verdade | do kuwait=KW
child-speech | alexa os pinguins do madagascar foram pra capital {} qual é | da áfrica do sul=ZA
child-speech | alexa eu desenhei uma girafa {} qual é a capital | de botsuana=BW
child-speech | alexa a minha boneca vai morar na capital {} qual é | da suíça=CH
teen-speech | oloco alexa qual é a capital {} | do uzbequistão=UZ
teen-speech | fala sério alexa eu não sei a capital {} | de trinidad e tobago=TT; de antígua e barbuda=AG
teen-speech | sem condição alexa me diz logo a capital {} | do afeganistão=AF
teen-speech | mó viagem alexa a capital {} é qual | de tonga=TO; de samoa=WS
teen-speech | suave na nave alexa e a capital {} | da eslováquia=SK
teen-speech | partiu estudar pro enem alexa qual é a capital {} | do iraque=IQ
teen-speech | real alexa qual a capital {} que eu tô no simulado | do irã=IR; de israel=IL
teen-speech | cê tá de brincadeira que eu esqueci a capital {} alexa | da alemanha=DE
teen-speech | alexa na simulação da onu eu sou o delegado {} qual é a minha capital | do sudão=SD; da líbia=LY
teen-speech | alexa na simulação da onu a minha dupla representa {} e eu preciso saber a capital | o gabão=GA
teen-speech | alexa o major de counter-strike vai ser na capital {} qual é | da suécia=SE
teen-speech | alexa no rocket league o cara era {} qual a capital | da ucrânia=UA
teen-speech | alexa no modo carreira do ea fc meu time é {} qual a capital | da escócia=GB-SCT
teen-speech | alexa no one piece tem um país parecido com {} qual é a capital de verdade | do japão=JP
teen-speech | alexa no servidor do discord tão brigando por causa da capital {} | da austrália=AU
teen-speech | alexa meu intercâmbio do afs é {} qual é a capital de lá | na costa rica=CR
teen-speech | alexa meu spotify wrapped disse que eu ouvi muita música {} qual a capital | da colômbia=CO
teen-speech | alexa bagulho sério qual a capital {} | de honduras=HN; da nicarágua=NI
teen-speech | alexa pro vestibular qual é a capital {} hein | da guatemala=GT; de el salvador=SV
teen-speech | alexa ataque dos titãs parece que é {} qual é a capital de lá | na alemanha=DE
elder-speech | ô alexa minha filha me diz a capital {} | da hungria=HU; da áustria=AT
elder-speech | deus te abençoe alexa e qual é a capital {} | da tunísia=TN
elder-speech | minha santa me ajuda qual é a capital {} | da polônia=PL
elder-speech | alexa eu fui comissária da varig e voava pra capital {} como é o nome mesmo | de angola=AO
elder-speech | alexa eu fui telegrafista dos correios e mandava telegrama pra capital {} qual é | do uruguai=UY
elder-speech | alexa eu era marinheiro e cruzei o equador perto {} qual é a capital | de são tomé e príncipe=ST
elder-speech | alexa no terço missionário hoje a gente reza pela áfrica qual é a capital {} | do congo=CD+CG
elder-speech | alexa no terço missionário a conta azul é da oceania qual é a capital {} | de papua-nova guiné=PG
elder-speech | alexa eu canto seresta e tem uma música da capital {} qual é o nome | de cuba=CU
elder-speech | alexa no baile da terceira idade o par perguntou a capital {} | da argentina=AR
elder-speech | alexa eu tô aqui depois da hidroginástica e quero saber a capital {} | da croácia=HR
elder-speech | alexa o globo repórter passou sobre {} qual é a capital | o butão=BT
elder-speech | alexa no almanaque do biotônico tinha a capital {} qual é hoje | do ceilão=LK
elder-speech | alexa eu estudei na escola normal em mil novecentos e cinquenta e cinco e não lembro a capital {} | da bulgária=BG; da albânia=AL
elder-speech | alexa fala mais alto que eu tô sem o aparelho qual é a capital {} | da finlândia=FI; da bélgica=BE
elder-speech | alexa minha netinha mora {} qual é a capital de lá | na irlanda=IE
elder-speech | coisa linda me fala a capital {} | das filipinas=PH
elder-speech | alexa meu bisneto perguntou a capital {} e a vó não sabia | da etiópia=ET
work-context | alexa eu tô estudando pro concurso do itamaraty me fala a capital {} | do cazaquistão=KZ
work-context | alexa pra prova do instituto rio branco qual é a capital {} | do níger=NE
work-context | alexa cq cq aqui é radioamador e eu peguei uma estação {} qual é a capital | de mônaco=MC
work-context | alexa chegou um cartão qsl {} qual é a capital de lá | das ilhas marshall=MH; de palau=PW
work-context | alexa eu sou radiotelegrafista de navio e tô chamando a capital {} qual é | de maurício=MU; das seicheles=SC
work-context | alexa o navio porta-contêiner vai parar perto da capital {} qual é o nome | de omã=OM
work-context | alexa eu sou agrônomo e vou exportar soja pra {} qual é a capital | a china=CN
work-context | alexa aqui na farmácia um cliente estrangeiro perguntou a capital {} | da bielorrússia=BY; da moldávia=MD
work-context | alexa no balcão dos correios o senhor quer mandar uma encomenda pra capital {} qual é | da micronésia=FM; de quiribati=KI
work-context | alexa na agência de viagem a cliente quer um pacote pra capital {} qual é | do montenegro=ME
work-context | alexa eu sou motorista de aplicativo e o passageiro é {} qual a capital de lá | do djibuti=DJ
work-context | alexa eu sou piloto de carga e amanhã vou pra capital {} qual é | do senegal=SN; da mauritânia=MR
work-context | alexa eu sou despachante de voo e preciso da capital {} | do panamá=PA
work-context | alexa eu sou empresário de jogador e o meu atleta foi vendido pra {} qual a capital | a arábia saudita=SA; o catar=QA
work-context | alexa eu sou geóloga da petrobras e vou pra {} qual é a capital | a guiana=GY
work-context | alexa eu sou intérprete de uma delegação {} qual é a capital deles | do tadjiquistão=TJ; do azerbaijão=AZ
work-context | alexa aqui na biblioteca um aluno pediu um livro sobre a capital {} | de andorra=AD
work-context | alexa eu faço perguntas pro quiz do bar e preciso da capital {} | do liechtenstein=LI; de san marino=SM
work-context | alexa eu sou enfermeira e vou com os médicos sem fronteiras pro {} qual é a capital | sudão do sul=SS
work-context | alexa eu sou cartunista e vou desenhar a capital {} qual é | da bolívia=BO
work-context | alexa eu rejo o coral da igreja e a gente vai cantar na capital {} qual é | da estônia=EE
work-context | alexa eu sou merendeira e hoje o cardápio é {} qual a capital de lá | do marrocos=MA
work-context | alexa sou professora de ioga e vou fazer um retiro {} qual é a capital | na índia=IN
work-context | alexa eu sou chaveiro e o cliente é {} qual a capital | da armênia=AM
work-context | alexa eu pinto letreiro e o dono do restaurante é {} qual é a capital de lá | do líbano=LB
work-context | alexa eu sou técnico do centro de lançamento de alcântara e o engenheiro é {} qual a capital | da ucrânia=UA; da frança=FR
work-context | alexa o comandante do navio é {} qual é a capital de lá | das filipinas=PH; da indonésia=ID
work-context | alexa no porto o marinheiro é {} e eu quero saber a capital | de tuvalu=TV; das ilhas salomão=SB
home-context | alexa vou fazer um jantar temático {} qual é a capital | da grécia=GR
home-context | alexa tô passando roupa aqui e me veio a dúvida da capital {} | da venezuela=VE
home-context | alexa no café da manhã meu marido perguntou a capital {} | da irlanda=IE
home-context | alexa o gato pisou no teclado e apareceu uma página {} qual é a capital | de vanuatu=VU
home-context | alexa tô de babá aqui e a criança quer saber a capital {} | do japão=JP
home-context | alexa na aula de zumba da sala a música é {} qual é a capital de lá | de porto rico=PR; da república dominicana=DO
home-context | alexa o móbile do berço tem uns bichos {} qual a capital de lá | do quênia=KE
home-context | alexa a panela de pressão tá chiando e eu quero saber a capital {} | da dinamarca=DK
home-context | alexa tô limpando a geladeira e achei um ímã {} qual é a capital | da noruega=NO
home-context | alexa anota aí na lista depois mas antes me diz a capital {} | da romênia=RO
home-context | alexa o bolo tá no forno e a gente tá discutindo a capital {} | da nova zelândia=NZ
home-context | alexa enquanto o feijão cozinha me fala a capital {} | do equador=EC
home-context | alexa tô lavando a louça e meu filho perguntou a capital {} | da costa rica=CR; da jamaica=JM
game-context | alexa no banco imobiliário mundial eu comprei a capital {} qual é | da espanha=ES
game-context | alexa no perguntados caiu a capital {} | de brunei=BN
game-context | alexa no globle hoje o país era {} qual é a capital | o burundi=BI
game-context | alexa no worldle de hoje deu {} qual é a capital | o lesoto=LS
game-context | alexa no travle eu tenho que passar {} qual é a capital | pela sérvia=RS
game-context | alexa no soletrando caiu o nome da capital {} qual é | do turcomenistão=TM
game-context | alexa na noite de perguntas da igreja valendo um bolo qual é a capital {} | de israel=IL; da jordânia=JO
game-context | alexa no jogo do carro quem acertar a capital {} escolhe a música | do chile=CL
game-context | alexa aposta pra lavar a louça qual é a capital {} | da índia=IN
game-context | alexa valendo a última coxinha a capital {} é qual | do egito=EG
game-context | alexa no jogo de tabuleiro tem uma carta com a capital {} qual é | de fiji=FJ
game-context | alexa tô fazendo um quiz pro grupo da família e preciso da capital {} | das bahamas=BS; de barbados=BB
game-context | alexa rodada relâmpago capital {} | da áustria=AT; da polônia=PL
game-context | alexa no desafio da sala quem errar a capital {} paga a pizza | da malásia=MY
sport-context | alexa o mundial de clubes tem um time {} qual é a capital de lá | da tunísia=TN
sport-context | alexa a copa américa vai passar pela capital {} qual é | do paraguai=PY
sport-context | alexa a etapa do tour de france passou perto {} qual é a capital | de luxemburgo=LU
sport-context | alexa o tenista de wimbledon é {} qual é a capital | da sérvia=RS
sport-context | alexa o jogador da nba é {} qual a capital de lá | da eslovênia=SI
sport-context | alexa o jogo da nfl em são paulo vai ter time {} qual é a capital | dos estados unidos=US
sport-context | alexa o calderano vai jogar tênis de mesa contra um cara {} qual a capital | da suécia=SE
sport-context | alexa o isaquias vai remar na capital {} qual é | da hungria=HU
sport-context | alexa o mundial de natação vai ser {} qual é a capital de lá | em singapura=SG
sport-context | alexa o mundial de atletismo vai ser {} qual a capital | no quênia=KE
sport-context | alexa a copa do mundo de rugby tem {} qual a capital | fiji=FJ; tonga=TO
sport-context | alexa o ufc vai lutar {} qual é a capital de lá | na arábia saudita=SA
sport-context | alexa a regata de vela passou perto {} qual é a capital | das ilhas maurício=MU; de cabo verde=CV
sport-context | alexa o lutador do ufc é {} qual a capital | da rússia=RU
sport-context | alexa a seleção {} vai jogar aqui qual é a capital | do uzbequistão=UZ
sport-context | alexa o goleiro {} é bom demais qual a capital de lá | de camarões=CM
travel-context | alexa o cruzeiro pelo caribe para {} qual é a capital | em santa lúcia=LC; em antígua e barbuda=AG
travel-context | alexa o cruzeiro pelo mediterrâneo para {} qual é a capital | em malta=MT
travel-context | alexa o cruzeiro pelo nilo começa na capital {} qual é | do egito=EG
travel-context | alexa vou fazer a volta da islândia de carro qual é a capital de lá | IS
travel-context | alexa comprei o passe de trem {} qual é a capital | do japão=JP
travel-context | alexa vou subir o kilimanjaro {} qual é a capital de lá | na tanzânia=TZ
travel-context | alexa o acampamento base do everest é {} qual é a capital | no nepal=NP
travel-context | alexa eu vou pro deserto do atacama qual é a capital {} | do chile=CL
travel-context | alexa vou conhecer o salar de uyuni quais são as capitais {} | da bolívia=BO
travel-context | alexa vou pra cartagena qual é a capital {} | da colômbia=CO
travel-context | alexa comprei pacote pra punta cana qual é a capital {} | da república dominicana=DO
travel-context | alexa tô tirando o visto pra me aposentar {} qual é a capital | em portugal=PT
travel-context | alexa tô tentando o express entry {} qual a capital de lá | do canadá=CA
travel-context | alexa vou fazer o working holiday {} qual é a capital | na nova zelândia=NZ
travel-context | alexa arrumei emprego em dubai mas qual é a capital {} | dos emirados árabes unidos=AE
travel-context | alexa minha escala é na capital {} qual é | do panamá=PA
travel-context | alexa vou de mochilão pelos bálcãs qual é a capital {} | da bósnia e herzegovina=BA; da macedônia do norte=MK
travel-context | alexa a lua de mel vai ser {} qual é a capital de lá | nas maldivas=MV; nas seicheles=SC
travel-context | alexa vou fazer um safári {} qual é a capital | na namíbia=NA
travel-context | alexa tô pensando em mochilar {} qual a capital | pelo camboja=KH
direct-question | alexa qual que é a capital {} afinal | da guiné=GN
direct-question | alexa qual é a cidade capital {} | da libéria=LR; de serra leoa=SL
direct-question | alexa a capital {} é qual cidade | do togo=TG
direct-question | alexa onde fica a capital {} | de ruanda=RW
direct-question | alexa como chama a capital {} | do mali=ML
direct-question | alexa qual a capital atual {} | de mianmar=MM
direct-question | alexa qual é a sede do governo {} | da holanda=NL
direct-question | alexa que cidade é a capital {} | de honduras=HN
direct-question | alexa qual o nome da capital {} | de nauru=NR
direct-question | capital {} alexa qual é | da somália=SO
polite-request | alexa por gentileza me informe a capital {} | do senegal=SN
polite-request | alexa faz um favor pra mim me diz a capital {} | do irã=IR
polite-request | alexa seria possível me dizer a capital {} | da micronésia=FM
polite-request | alexa com licença qual é a capital {} | do bangladesh=BD
polite-request | alexa se não for incômodo a capital {} | da guiné equatorial=GQ; dos comores=KM
polite-request | alexa por caridade me diz a capital {} | de quiribati=KI; de tonga=TO
polite-request | alexa obrigada desde já qual é a capital {} | da costa rica=CR; do panamá=PA
polite-request | alexa me faz essa gentileza a capital {} qual é | de dominica=DM; de granada=GD
leading-filler | hã alexa é qual a capital {} | da síria=SY
leading-filler | então alexa deixa eu te perguntar a capital {} | da líbia=LY
leading-filler | ahn peraí alexa a capital {} | da zâmbia=ZM
leading-filler | bom alexa vamos lá a capital {} | da argélia=DZ
leading-filler | olha só alexa a capital {} qual é | do catar=QA
leading-filler | é que assim alexa eu queria a capital {} | do camboja=KH
leading-filler | ei alexa ô alexa a capital {} | do haiti=HT
leading-filler | hum deixa eu pensar alexa qual a capital {} | de trinidad e tobago=TT
trailing-words | alexa qual é a capital {} tô curiosa | da república centro-africana=CF
trailing-words | alexa qual a capital {} só isso | de angola=AO
trailing-words | alexa a capital {} me diz aí valeu | de madagascar=MG
trailing-words | alexa qual a capital {} pra eu anotar aqui no caderno | de uganda=UG
trailing-words | alexa me fala a capital {} rapidinho | de cabo verde=CV; da gâmbia=GM
trailing-words | alexa a capital {} qual é mesmo hein | do sudão do sul=SS
trailing-words | alexa qual é a capital {} brigado viu | do uruguai=UY
trailing-words | alexa qual é a capital {} que a gente apostou aqui | da islândia=IS
do-you-know | alexa você sabe qual é a capital {} | de são cristóvão e névis=KN; de são vicente e granadinas=VC
do-you-know | alexa tu sabe me dizer a capital {} | de belize=BZ
do-you-know | alexa será que você sabe a capital {} | das maldivas=MV
do-you-know | alexa você conhece a capital {} | do montenegro=ME; da albânia=AL
do-you-know | alexa cê sabe de cabeça a capital {} | da moldávia=MD
do-you-know | alexa sabe a capital {} aí | de timor-leste=TL
imperative | alexa diz a capital {} | do mali=ML
imperative | alexa fala pra mim a capital {} agora | de andorra=AD; de san marino=SM
imperative | alexa responde qual é a capital {} | do tadjiquistão=TJ
imperative | alexa procura a capital {} | das ilhas salomão=SB
imperative | alexa me conta a capital {} | de samoa=WS
imperative | alexa me ensina a capital {} | do kuwait=KW; do barein=BH
bare-name | alexa nicarágua | NI
bare-name | alexa quirguistão | KG
bare-name | burquina faso | BF
bare-name | alexa eslovênia capital | SI
bare-name | capital moçambique | MZ
bare-name | alexa capital lesoto | LS
bare-name | alexa djibuti capital | DJ
bare-name | turcomenistão | TM
bare-name | alexa capital do gabão | GA
follow-up | e a {} alexa | da letônia=LV; da estônia=EE
follow-up | e {} qual é | de chipre=CY; de malta=MT
follow-up | agora a {} | do equador=EC; da guatemala=GT
follow-up | e aquela {} | do nepal=NP; de brunei=BN
follow-up | tá e a capital {} | do vietnã=VN; da mongólia=MN
follow-up | beleza e a {} mermã | do maranhão=BR-MA
follow-up | certo e a capital {} hein | do sri lanka=LK; dos comores=KM
follow-up | e a {} nó | de goiás=BR-GO; do tocantins=BR-TO
follow-up | e a capital {} também | da guiné-bissau=GW; de são tomé e príncipe=ST
follow-up | e {} alexa sabe | da eritreia=ER; da somália=SO
follow-up | ok agora me diz a {} | do afeganistão=AF; do paquistão=PK
follow-up | e do vizinho {} | do laos=LA; da tailândia=TH
follow-up | pois e a {} | da irlanda do norte=GB-NIR; do país de gales=GB-WLS
follow-up | tá bom e a {} | de omã=OM; do iêmen=YE
follow-up | e depois a capital {} | da dominica=DM; de santa lúcia=LC
follow-up | mais uma e a {} | da república centro-africana=CF; do sudão=SD
follow-up | ah legal e {} | de tuvalu=TV; de quiribati=KI
follow-up | agora vai a {} | das ilhas marshall=MH; da micronésia=FM
follow-up | e as capitais {} | da malásia=MY; do sri lanka=LK
yes-no-check | alexa a capital da austrália é sydney né | AU
yes-no-check | alexa a capital do canadá é toronto | CA
yes-no-check | alexa é verdade que a capital da turquia é ancara | TR
yes-no-check | alexa a capital da suíça é zurique ou não | CH
yes-no-check | alexa a capital do marrocos é casablanca né | MA
yes-no-check | alexa a capital da nigéria é lagos | NG
yes-no-check | alexa confere pra mim se a capital do cazaquistão é astana | KZ
yes-no-check | alexa a capital do vietnã é hanói certo | VN
yes-no-check | alexa a capital da nova zelândia é auckland né | NZ
yes-no-check | alexa a capital dos estados unidos é nova york | US
yes-no-check | alexa é lima a capital do peru | PE
yes-no-check | alexa a capital da bolívia é la paz né | BO
yes-no-check | alexa a capital do paquistão é karachi | PK
yes-no-check | alexa a capital da tanzânia é dar es salaam | TZ
yes-no-check | alexa é kigali a capital de ruanda né | RW
yes-no-check | alexa a capital de mianmar ainda é rangum | MM
yes-no-check | alexa a capital da costa do marfim é abidjan | CI
yes-no-check | alexa a capital da índia é mumbai ou nova délhi | IN
yes-no-check | alexa tá certo que a capital de israel é tel aviv | IL
yes-no-check | alexa a capital do equador é guayaquil né | EC
yes-no-check | alexa a capital do benin é cotonou | BJ
yes-no-check | alexa a capital da escócia é glasgow | GB-SCT
yes-no-check | alexa a capital da bahia é salvador né mainha disse | BR-BA
yes-no-check | alexa a capital do paraná é londrina né piá | BR-PR
yes-no-check | alexa a capital de goiás é anápolis ou goiânia | BR-GO
yes-no-check | alexa a capital da califórnia é los angeles né | US-CA
yes-no-check | alexa nuuk é a capital da groenlândia | GL
yes-no-check | alexa é verdade que a capital do burundi mudou pra gitega | BI
self-correction | alexa qual a capital da áustria minto da austrália | AU
self-correction | alexa a capital da suécia me embananei da suíça | CH
self-correction | alexa qual é a capital do irã corta essa do iraque | IQ
self-correction | alexa capital da eslováquia eita não da eslovênia | SI
self-correction | alexa me diz a capital da gâmbia me enrolei da zâmbia | ZM
self-correction | alexa a capital do níger volta volta da nigéria | NG
self-correction | alexa a capital da guiné nada a ver da guiana | GY
self-correction | alexa qual é a capital do mali não é esse não do malaui | MW
self-correction | alexa a capital da colômbia falei torto da coreia do sul | KR
self-correction | alexa a capital da romênia retificando da armênia | AM
self-correction | alexa a capital da letônia ixi da lituânia | LT
self-correction | alexa qual a capital do sudão digo melhor do sudão do sul | SS
self-correction | alexa capital da dinamarca troca pra holanda | NL
self-correction | alexa capital de honduras opa peraí da nicarágua | NI
self-correction | alexa a capital do chile não não perdão da argentina | AR
self-correction | alexa a capital da mauritânia minto de maurício | MU
self-correction | alexa a capital do uruguai me embananei do paraguai | PY
self-correction | alexa qual a capital da geórgia o país corta essa do estado americano | US-GA
self-correction | alexa capital de tonga eita não de samoa | WS
self-correction | alexa qual a capital do camboja me enrolei do laos | LA
self-correction | alexa a capital da bélgica nada a ver da bulgária | BG
self-correction | alexa a capital do gabão falei torto de gana | GH
self-correction | alexa capital do congo kinshasa retificando do congo brazzaville | CG
self-correction | alexa capital da tunísia ixi da turquia | TR
self-correction | alexa a capital da índia digo melhor da indonésia | ID
self-correction | alexa qual é a capital do maranhão volta volta do piauí | BR-PI
reverse-question | alexa buenos aires é capital de qual país | CITY:Buenos Aires
reverse-question | alexa ulan bator é capital de onde | CITY:Ulan Bator
reverse-question | alexa tbilisi é a capital de que país | CITY:Tbilisi
reverse-question | alexa de qual país a capital é bishkek | CITY:Bishkek
reverse-question | alexa windhoek fica em que país e é capital | CITY:Windhoek
reverse-question | alexa kingston é capital do quê | CITY:Kingston
reverse-question | alexa victoria é capital de onde | CITY:Victoria
reverse-question | alexa la paz é a capital de onde | CITY:La Paz
reverse-question | alexa chandigarh é capital de qual estado | CITY:Chandigarh
reverse-question | alexa de onde é a capital ouagadougou | CITY:Ouagadougou
reverse-question | alexa paramaribo é capital de que lugar | CITY:Paramaribo
reverse-question | alexa a capital vaduz é de qual país | CITY:Vaduz
reverse-question | alexa praia é a capital de algum país | CITY:Praia
reverse-question | alexa saint john's é capital de onde | CITY:Saint John's
reverse-question | alexa ashgabat é capital de qual país | CITY:Asgabate
reverse-question | alexa astana é capital de onde mesmo | CITY:Astana
reverse-question | alexa hobart é a capital de qual estado australiano | CITY:Hobart
reverse-question | alexa são luís é capital de qual estado | CITY:São Luís
reverse-question | alexa joão pessoa é capital de que estado | CITY:João Pessoa
reverse-question | alexa natal é capital de qual estado mesmo | CITY:Natal
reverse-question | alexa goiânia é capital de onde | CITY:Goiânia
reverse-question | alexa port moresby é capital de que país | CITY:Port Moresby
reverse-question | alexa montevidéu é capital de onde | CITY:Montevidéu
reverse-question | alexa honiara é a capital de onde | CITY:Honiara
reverse-question | alexa edimburgo é capital de qual país | CITY:Edimburgo
official-name | alexa qual é a capital {} pro meu concurso | da república federativa do brasil=BR; da confederação suíça=CH
official-name | alexa a capital {} qual é | da república helênica=GR; da república eslovaca=SK
official-name | alexa me diz a capital {} por extenso | do reino unido da grã-bretanha e irlanda do norte=GB
official-name | alexa no documento tá escrito {} qual é a capital | república democrática de timor-leste=TL; república popular da china=CN
official-name | alexa qual é a capital {} | da república popular democrática da coreia=KP; da república da coreia=KR
official-name | alexa a capital {} me fala | dos estados unidos mexicanos=MX; da federação russa=RU
official-name | alexa qual a capital {} no nome oficial | da república bolivariana da venezuela=VE; da república tunisina=TN
official-name | alexa e a capital {} | do grão-ducado de luxemburgo=LU; da república árabe síria=SY
official-name | alexa qual é a capital {} hein | da república argelina democrática e popular=DZ; da república libanesa=LB
official-name | alexa a capital {} é qual | do estado plurinacional da bolívia=BO
official-name | alexa o atlas diz {} qual a capital | república democrática do congo=CD; república do congo=CG
official-name | alexa qual é a capital {} que eu vi no passaporte | da república italiana=IT; da república portuguesa=PT
everyday-name | alexa qual é a capital {} por favor | da holanda=NL
everyday-name | alexa a capital {} qual é que é | da inglaterra=GB-ENG; dos eua=US
everyday-name | alexa qual a capital {} | dos emirados=AE; da bósnia mesmo=BA
everyday-name | alexa me diz a capital {} | da macedônia=MK; da rússia branca=BY
everyday-name | alexa qual é a capital {} ali do lado do paraguai | da bolívia=BO
everyday-name | alexa e a capital {} como fala | de papua=PG; das marshall=MH
everyday-name | alexa a capital {} que o povo fala | da tchéquia=CZ; da américa=US
everyday-name | alexa capital {} qual é | da república tcheca=CZ; de trinidad=TT
everyday-name | alexa qual é a capital {} no caribe | de são cristóvão=KN; de são vicente=VC
old-name | alexa qual é a capital {} do tempo da minha avó | da pérsia=IR; do sião=TH
old-name | alexa no meu livro antigo tá {} qual é a capital | birmânia=MM; ceilão=LK
old-name | alexa qual era a capital {} que hoje tem outro nome | do daomé=BJ; do alto volta=BF
old-name | alexa a capital {} como é hoje | da rodésia=ZW; da abissínia=ET
old-name | alexa a capital {} qual é agora | do zaire=CD; da suazilândia=SZ
old-name | alexa qual é a capital {} que mudou de nome | da bechuanalândia=BW; da basutolândia=LS
old-name | alexa e a capital {} de antigamente | da niassalândia=MW; das honduras britânicas=BZ
old-name | alexa qual a capital {} que hoje é outro país | da costa do ouro=GH; de tanganica=TZ
old-name | alexa a guiana holandesa qual é a capital | SR
old-name | alexa qual é a capital da guiana inglesa que meu avô falava | GY
old-name | alexa o kampuchea tem capital qual é | KH
shared-name | alexa qual é a capital da geórgia | GE+US-GA
shared-name | alexa a capital da coreia | KP+KR
shared-name | alexa qual é a capital do congo | CD+CG
shared-name | alexa me diz a capital das ilhas virgens | VG+VI
shared-name | alexa a capital das duas coreias | KP+KR
shared-name | alexa quais são as capitais dos dois congos | CD+CG
shared-name | alexa a capital da geórgia lá dos estados unidos | US-GA
shared-name | alexa a capital da geórgia do cáucaso | GE
shared-name | alexa a capital da geórgia o estado | US-GA
shared-name | alexa a capital das ilhas virgens britânicas | VG
shared-name | alexa qual é a capital das ilhas virgens americanas | VI
shared-name | alexa a capital do congo belga | CD
shared-name | alexa nó a capital da coreia qual é | KP+KR
shared-name | alexa e as coreias qual a capital delas | KP+KR
shared-name | alexa a capital do congo de brazzaville | CG
shared-name | alexa a capital da geórgia vizinha da rússia | GE
shared-name | alexa o congo tem capital qual é | CD+CG
shared-name | alexa ilhas virgens capital | VG+VI
shared-name | alexa a capital da coreia lá do kim jong un | KP
plural-capitals | alexa quais são as capitais {} | da bolívia de verdade=BO; do benin=BJ; da costa do marfim=CI
plural-capitals | alexa me fala as capitais {} | do sri lanka=LK; da malásia=MY; dos países baixos=NL
plural-capitals | alexa quais as capitais {} | do essuatíni=SZ; da áfrica do sul=ZA; da palestina=PS
plural-capitals | alexa quantas e quais são as capitais {} | da áfrica do sul=ZA
plural-capitals | alexa a bolívia tem duas capitais quais são | BO
plural-capitals | alexa a áfrica do sul tem três capitais me diz todas | ZA
plural-capitals | alexa jallalla quais são as capitais da bolívia | BO
plural-capitals | alexa vanakkam quais são as capitais do sri lanka | LK
plural-capitals | alexa lah quais são as capitais da malásia | MY
plural-capitals | alexa howzit quais são as capitais da áfrica do sul | ZA
plural-capitals | alexa on est ensemble quais são as capitais da costa do marfim | CI
plural-capitals | alexa o pastor beninense quer saber as capitais do benin | BJ
plural-capitals | alexa hoi quais são as capitais da holanda | NL
plural-capitals | alexa yalla quais são as capitais da palestina | PS
plural-capitals | alexa quais são as capitais de eswatini | SZ
plural-capitals | alexa as capitais da suazilândia quais são | SZ
plural-capitals | alexa o benin tem duas capitais né quais | BJ
plural-capitals | alexa capitais da malásia kuala lumpur e qual mais | MY
plural-capitals | alexa quais são as capitais de montserrat | MS
plural-capitals | alexa quais são as capitais do uttarakhand | IN-UK
plural-capitals | alexa e as capitais do jammu e caxemira | IN-JK
plural-capitals | alexa quais são as capitais da costa do marfim pro enem | CI
plural-capitals | alexa capitais dos países baixos por favor | NL
plural-capitals | alexa quais são as duas capitais do sri lanka minha filha | LK
plural-capitals | alexa quais as capitais da palestina habibi | PS
subdivision | alexa qual é a capital {} mermã | do maranhão=BR-MA; do piauí=BR-PI
subdivision | alexa a capital {} qual é visse | da paraíba=BR-PB; do rio grande do norte=BR-RN
subdivision | alexa qual a capital {} sô | de minas gerais=BR-MG; do mato grosso=BR-MT
subdivision | alexa me diz a capital {} piá | de santa catarina=BR-SC; do paraná=BR-PR
subdivision | alexa qual que é a capital {} pro trabalho da escola | do amapá=BR-AP; de roraima=BR-RR
subdivision | alexa capital {} | do acre=BR-AC; de rondônia=BR-RO
subdivision | alexa qual é a capital {} que eu sempre esqueço | do espírito santo=BR-ES; de sergipe=BR-SE
subdivision | alexa e a capital {} qual é | de alagoas=BR-AL; do mato grosso do sul=BR-MS
subdivision | alexa qual é a capital {} nos estados unidos | do texas=US-TX; da flórida=US-FL
subdivision | alexa a capital {} lá dos estados unidos | do illinois=US-IL; do kentucky=US-KY
subdivision | alexa qual a capital do estado {} | de washington=US-WA; do alasca=US-AK
subdivision | alexa me fala a capital {} americano | do estado do nevada=US-NV; do estado do oregon=US-OR
subdivision | alexa a capital {} que minha prima mora lá | de massachusetts=US-MA
subdivision | alexa qual é a capital {} no canadá | de quebec=CA-QC; da colúmbia britânica=CA-BC
subdivision | alexa a capital da província {} | de ontário=CA-ON; de alberta=CA-AB
subdivision | alexa qual a capital {} no canadá | da nova escócia=CA-NS; do manitoba=CA-MB
subdivision | alexa qual é a capital da baviera na alemanha | DE-BY
subdivision | alexa a capital {} alemã | da saxônia=DE-SN; da renânia do norte-vestfália=DE-NW
subdivision | alexa a capital do estado {} da índia | de goa=IN-GA; do kerala=IN-KL
subdivision | alexa qual a capital {} na índia | do rajastão=IN-RJ; do tamil nadu=IN-TN
subdivision | alexa qual é a capital do estado {} no méxico | de jalisco=MX-JAL; de iucatã=MX-YUC
subdivision | alexa qual a capital {} lá do méxico | de quintana roo=MX-ROO; de oaxaca=MX-OAX
subdivision | alexa qual é a capital {} na austrália | do queensland=AU-QLD; da austrália ocidental=AU-WA
subdivision | alexa me diz a capital {} australiano | do território do norte=AU-NT
subdivision | alexa qual é a capital {} do reino unido | da escócia=GB-SCT; do país de gales=GB-WLS
subdivision | alexa e a capital da irlanda do norte qual é | GB-NIR
subdivision | alexa capital da inglaterra é londres mesmo né | GB-ENG
territory | alexa qual é a capital {} lá no gelo | da groenlândia=GL
territory | alexa a capital {} qual é mermã | da guiana francesa=GF; da martinica=MQ
territory | alexa qual a capital {} território | de guadalupe=GP; da reunião=RE
territory | alexa me diz a capital {} no pacífico | da polinésia francesa=PF; da nova caledônia=NC
territory | alexa a capital {} lá no caribe | de aruba=AW; de curaçao=CW; das ilhas cayman=KY
territory | alexa qual é a capital {} ilha | de porto rico=PR; de guam=GU
territory | alexa e a capital {} que é inglesa | das bermudas=BM; de gibraltar=GI
territory | alexa qual a capital {} no mar do norte | das ilhas faroé=FO; de svalbard=SJ
territory | alexa a capital {} dos argentinos que os ingleses chamam de falklands | das ilhas malvinas=FK
territory | alexa qual é a capital {} perto da áfrica | de santa helena=SH; de mayotte=YT
territory | alexa qual é a capital {} da nova zelândia | das ilhas cook=CK; de niue=NU
territory | alexa me fala a capital {} no caribe | de anguila=AI; das ilhas turcas e caicos=TC
territory | alexa a capital {} dos franceses lá do canadá | de são pedro e miquelão=PM
territory | alexa qual a capital {} americana | da samoa americana=AS; das ilhas marianas do norte=MP
territory | alexa a capital {} na mancha | de jersey=JE; de guernsey=GG; da ilha de man=IM
territory | alexa qual é a capital {} que nem todo mundo reconhece | do saara ocidental=EH; do kosovo=XK
territory | alexa qual é a capital da palestina | PS
territory | alexa qual é a capital do vaticano | VA
territory | alexa a capital de taiwan é taipei né | TW
territory | alexa qual a capital de sint maarten | SX
territory | alexa capital de são bartolomeu | BL
recognition-artefact | alexa qual a capital do chá de | TD
recognition-artefact | alexa qual a capital do parana | BR-PR
recognition-artefact | alexa qual a capital do ceara | BR-CE
recognition-artefact | alexa qual a capital do piaui | BR-PI
recognition-artefact | alexa qual a capital de moçam bique | MZ
recognition-artefact | alexa qual a capital do ca zaquistão | KZ
recognition-artefact | alexa qual a capital da costadomarfim | CI
recognition-artefact | alexa a capital de ganha | GH
recognition-artefact | alexa a capital do ne pau | NP
recognition-artefact | alexa a capital da mauta | MT
recognition-artefact | alexa capital da suissa | CH
recognition-artefact | alexa capital do quenia | KE
recognition-artefact | alexa capital do iemen | YE
recognition-artefact | alexa a capital de pau lau | PW
recognition-artefact | alexa capital da letonia | LV
recognition-artefact | alexa capital de nau ru | NR
recognition-artefact | alexa a capital da eritréia | ER
recognition-artefact | alexa capital da guine bissau | GW
recognition-artefact | alexa capital de van uatu | VU
recognition-artefact | alexa qual é a capital do belize belize | BZ
recognition-artefact | alexa a capital de sâo tomé | ST
recognition-artefact | alexa qual a capital do uzbe quistão | UZ
recognition-artefact | alexa a capital do azerbaijao | AZ
recognition-artefact | alexa a capital de cingapura | SG
recognition-artefact | alexa qual a capital do vietna | VN
one-shot | alexa pergunta pro capitais do mundo qual é a capital {} | da letônia=LV; do chade=TD
one-shot | alexa pede pro capitais do mundo a capital {} | do gabão=GA; do lesoto=LS
one-shot | alexa abre o capitais do mundo e me diz a capital {} | do butão=BT; da eritreia=ER
one-shot | alexa usa o capitais do mundo pra me dizer a capital {} | de palau=PW; do quirguistão=KG
one-shot | alexa no capitais do mundo qual é a capital {} | das seicheles=SC; da mongólia=MN
one-shot | alexa fala pro capitais do mundo que eu quero a capital {} | do níger=NE
one-shot | alexa pergunta ao capitais do mundo as capitais da bolívia | BO
one-shot | alexa capitais do mundo a capital da paraíba | BR-PB
one-shot | alexa inicia capitais do mundo com a capital do suriname | SR
launch | alexa abre o capitais do mundo mermã | LAUNCH
launch | alexa bora jogar capitais do mundo sô | LAUNCH
launch | alexa começa o capitais do mundo pra vó | LAUNCH
launch | alexa inicia o capitais do mundo por gentileza | LAUNCH
launch | alexa liga o capitais do mundo pras crianças | LAUNCH
launch | alexa abrir capitais do mundo tanpri | LAUNCH
launch | alexa entra no capitais do mundo pra gente estudar pro itamaraty | LAUNCH
launch | alexa quero o capitais do mundo piá | LAUNCH
launch | alexa chama o capitais do mundo aí | LAUNCH
launch | alexa abre aí o capitais do mundo que a gente vai treinar pro simulado | LAUNCH
launch | alexa capitais do mundo deus te abençoe | LAUNCH
launch | alexa executar capitais do mundo | LAUNCH
help | alexa como é que funciona esse capitais do mundo mermã | HELP
help | alexa o que eu posso perguntar pro capitais do mundo | HELP
help | alexa me explica como usa isso que a vó não entendeu | HELP
help | alexa ajuda aqui sô não sei mexer nisso | HELP
help | alexa tanpri me ajuda como eu pergunto | HELP
help | alexa como eu faço pra perguntar uma capital | HELP
help | alexa que tipo de pergunta esse jogo aceita | HELP
help | alexa me dá umas instruções aí piá | HELP
help | alexa não entendi nada me ajuda minha filha | HELP
help | alexa quais são os comandos desse negócio de capitais | HELP
help | alexa o que você sabe fazer aqui nas capitais | HELP
help | alexa me dá uma ajuda que eu tô perdida | HELP
help | alexa como que joga isso fala sério | HELP
help | alexa posso perguntar de estado também como funciona | HELP
help | alexa eu preciso de ajuda com a skill de capitais | HELP
help | alexa explica de novo como pergunta | HELP
help | alexa me orienta aí como usar | HELP
help | alexa socorro como usa esse capitais do mundo | HELP
help | alexa ajuda por gentileza | HELP
help | alexa me ensina a usar isso aqui mèsi | HELP
help | alexa e aí como funciona isso pra criança usar | HELP
help | alexa o que eu falo agora | HELP
help | alexa quais perguntas vale fazer nesse jogo | HELP
help | alexa me explica direitinho como é | HELP
stop | alexa para mermã | STOP
stop | alexa chega de capital por hoje sô | STOP
stop | alexa pode parar que a novela começou | STOP
stop | alexa desliga isso que o bebê dormiu | STOP
stop | alexa encerra o capitais do mundo | STOP
stop | alexa para tudo piá | STOP
stop | alexa tchau obrigada minha filha | STOP
stop | alexa fecha o capitais do mundo | STOP
stop | alexa sai daí | STOP
stop | alexa já deu por hoje | STOP
stop | alexa para de falar | STOP
stop | alexa acabou a brincadeira | STOP
stop | alexa pode desligar jërëjëf | STOP
stop | alexa chega vôte | STOP
stop | alexa termina o jogo | STOP
stop | alexa sair do capitais do mundo | STOP
stop | alexa encerra por favor que eu vou dormir | STOP
stop | alexa chega que a pamonha tá pronta | STOP
stop | alexa para aí que o ônibus chegou | STOP
stop | alexa desliga que eu vou pra hidroginástica | STOP
stop | alexa fim de jogo | STOP
stop | alexa chega de pergunta | STOP
stop | alexa encerrar agora | STOP
stop | alexa cala a boca um pouquinho | STOP
cancel | alexa cancela mermã | CANCEL
cancel | alexa cancela isso aí sô | CANCEL
cancel | alexa esquece a pergunta | CANCEL
cancel | alexa deixa quieto | CANCEL
cancel | alexa cancela a pergunta que eu fiz | CANCEL
cancel | alexa desconsidera piá | CANCEL
cancel | alexa esquece o que eu falei minha filha | CANCEL
cancel | alexa cancela tanpri | CANCEL
cancel | alexa deixa pra lá vôte | CANCEL
cancel | alexa cancelar | CANCEL
cancel | alexa não precisa mais | CANCEL
cancel | alexa cancela que eu já lembrei | CANCEL
cancel | alexa esquece que a professora já respondeu | CANCEL
cancel | alexa anula essa | CANCEL
cancel | alexa cancela essa aí fala sério | CANCEL
cancel | alexa cancela por gentileza | CANCEL
cancel | alexa esquece isso que eu vi no livro | CANCEL
cancel | alexa deixa essa pra depois cancela | CANCEL
cancel | alexa cancela o pedido | CANCEL
cancel | alexa não quero mais saber cancela | CANCEL
cancel | alexa cancela que mainha já me disse | CANCEL
cancel | alexa desiste dessa | CANCEL
cancel | alexa esquece deixa | CANCEL
cancel | alexa cancela paldies | CANCEL
out-of-domain | alexa quantos habitantes tem a letônia | FB
out-of-domain | alexa qual é a moeda do quirguistão | FB
out-of-domain | alexa que língua fala no senegal | FB
out-of-domain | alexa qual é a maior cidade da austrália | FB
out-of-domain | alexa qual é a maior cidade do canadá | FB
out-of-domain | alexa que horas são agora no japão | FB
out-of-domain | alexa qual é o fuso horário de moçambique | FB
out-of-domain | alexa quem é o presidente do haiti | FB
out-of-domain | alexa de que cor é a bandeira da finlândia | FB
out-of-domain | alexa quantos quilômetros de são luís até lisboa | FB
out-of-domain | alexa qual é o prato típico do peru | FB
out-of-domain | alexa qual é o hino da paraíba | FB
out-of-domain | alexa qual é a população de goiânia | FB
out-of-domain | alexa quando foi a independência do senegal | FB
out-of-domain | alexa qual é o ponto mais alto da bolívia | FB
out-of-domain | alexa qual é o rio mais comprido da áfrica | FB
out-of-domain | alexa quantos países tem na oceania | FB
out-of-domain | alexa qual é o maior país do mundo | FB
out-of-domain | alexa qual é o menor país do mundo | FB
out-of-domain | alexa quais são os sete pecados capitais | FB
out-of-domain | alexa o que é capital de giro | FB
out-of-domain | alexa o que significa capital social de uma empresa | FB
out-of-domain | alexa existe pena capital no japão | FB
out-of-domain | alexa quem escreveu o capital | FB
out-of-domain | alexa o que é ganho de capital no imposto de renda | FB
out-of-domain | alexa qual a diferença entre capital e interior | FB
out-of-domain | alexa qual é a capital do forró eletrônico | FB
out-of-domain | alexa qual é a capital mundial do café | FB
out-of-domain | alexa qual é a capital do reggae no brasil | FB
out-of-domain | alexa qual é a capital nacional do rodeio | FB
out-of-domain | alexa qual é a capital do agronegócio | FB
out-of-domain | alexa qual é a capital brasileira do aço | FB
out-of-domain | alexa qual é a capital do bumba meu boi | FB
out-of-domain | alexa qual é a capital da pamonha | FB
out-of-domain | alexa qual é a capital da sicília | FB
out-of-domain | alexa qual é a capital da sardenha | FB
out-of-domain | alexa qual é a capital da toscana | FB
out-of-domain | alexa qual é a capital do país basco | FB
out-of-domain | alexa qual é a capital da flandres | FB
out-of-domain | alexa qual é a capital do tibete | FB
out-of-domain | alexa qual é a capital do curdistão | FB
out-of-domain | alexa qual é a capital de zanzibar | FB
out-of-domain | alexa qual é a capital da crimeia | FB
out-of-domain | alexa qual é a capital da transnístria | FB
out-of-domain | alexa qual é a capital da chechênia | FB
out-of-domain | alexa qual é a capital do daguestão | FB
out-of-domain | alexa qual é a capital da sibéria | FB
out-of-domain | alexa qual é a capital dos açores | FB
out-of-domain | alexa qual é a capital da córsega | FB
out-of-domain | alexa qual é a capital da bretanha na frança | FB
out-of-domain | alexa qual é a capital da patagônia | FB
out-of-domain | alexa qual é a capital da escandinávia | FB
out-of-domain | alexa qual é a capital da lapônia | FB
out-of-domain | alexa qual é a capital de wakanda | FB
out-of-domain | alexa qual é a capital de nárnia | FB
out-of-domain | alexa qual é a capital de atlântida | FB
out-of-domain | alexa qual é a capital da terra média | FB
out-of-domain | alexa qual é a capital da amazônia legal | FB
out-of-domain | alexa qual é a capital do sertão | FB
out-of-domain | alexa qual é a capital do recôncavo goiano | FB
out-of-domain | alexa qual é a capital do norte do paraná | FB
out-of-domain | alexa qual é a capital do vale do aço | FB
out-of-domain | alexa qual é a capital da região dos lagos | FB
out-of-domain | alexa qual é a capital da união soviética | FB
out-of-domain | alexa qual é a capital da iugoslávia | FB
out-of-domain | alexa qual é a capital da alemanha oriental | FB
out-of-domain | alexa qual é a capital do império otomano | FB
out-of-domain | alexa qual era a capital do império inca | FB
out-of-domain | alexa qual é a capital da europa | FB
out-of-domain | alexa qual é a capital da áfrica | FB
out-of-domain | alexa qual é a capital do mundo | FB
out-of-domain | alexa qual é a capital mais fria do mundo | FB
out-of-domain | alexa qual é a capital mais populosa do brasil | FB
out-of-domain | alexa qual capital tem o metrô mais antigo | FB
out-of-domain | alexa qual é a capital mais perto de são luís | FB
out-of-domain | alexa quantas capitais tem o brasil | FB
out-of-domain | alexa qual é o aeroporto da capital do japão | FB
out-of-domain | alexa qual é o clima na capital da islândia | FB
out-of-domain | alexa como está o trânsito na capital | FB
out-of-domain | alexa toca forró de campina grande | FB
out-of-domain | alexa toca uma moda de viola | FB
out-of-domain | alexa põe um reggae do maranhão | FB
out-of-domain | alexa coloca um timer de quinze minutos pra pamonha | FB
out-of-domain | alexa vai chover em goiânia amanhã | FB
out-of-domain | alexa qual é a previsão do tempo em natal | FB
out-of-domain | alexa adiciona cuscuz na lista de compras | FB
out-of-domain | alexa liga o ventilador | FB
out-of-domain | alexa me acorda às seis | FB
out-of-domain | alexa conta uma piada de português | FB
out-of-domain | alexa quanto tá o dólar hoje | FB
out-of-domain | alexa quem ganhou o jogo do sampaio corrêa | FB
out-of-domain | alexa quando é o próximo jogo da seleção | FB
out-of-domain | alexa qual é o resultado do enem | FB
out-of-domain | alexa traduz obrigado pra crioulo haitiano | FB
out-of-domain | alexa como se diz bom dia em letão | FB
out-of-domain | alexa quanto custa uma passagem pra dakar | FB
out-of-domain | alexa preciso de visto pra ir pro japão | FB
out-of-domain | alexa qual é o telefone da embaixada do haiti | FB
out-of-domain | alexa qual é a capital que tem a maior torre do mundo | FB
out-of-domain | alexa quanto tempo de voo até a capital da frança | FB
out-of-domain | alexa quem descobriu o brasil | FB
out-of-domain | alexa qual é a receita de arroz de cuxá | FB
out-of-domain | alexa me conta uma história pra dormir | FB
out-of-domain | alexa canta parabéns pra vó | FB
out-of-domain | alexa qual é o nome do papa | FB
out-of-domain | alexa o que é uma cidade capital | FB
out-of-domain | alexa capital de risco o que é | FB
out-of-domain | alexa a letra maiúscula se chama capital em inglês | FB
out-of-domain | alexa qual é a capital do estado da guanabara | FB
out-of-domain | alexa qual é o maior estado do brasil | FB
out-of-domain | alexa em que continente fica o cazaquistão | FB
out-of-domain | alexa qual é a língua oficial de angola | FB
out-of-domain | alexa quantos estados tem a índia | FB
out-of-domain | alexa qual é a religião do senegal | FB
out-of-domain | alexa qual é a capital do crioulo haitiano | FB
out-of-domain | alexa qual é a capital do queijo minas | FB
out-of-domain | alexa qual é a capital do tambor de crioula | FB
out-of-domain | alexa qual é a capital da sulanca | FB
out-of-domain | alexa qual é a capital da moda sertaneja | FB
out-of-domain | alexa qual é a capital de okinawa | FB
out-of-domain | alexa qual é a capital da galícia | FB
out-of-domain | alexa qual é a capital da caxemira paquistanesa | FB
out-of-domain | alexa qual é a capital da ilha de páscoa | FB
out-of-domain | alexa qual é a capital de tristão da cunha | FB
out-of-domain | alexa qual é a capital do havaí antigo reino | FB
out-of-domain | alexa quem fundou são luís | FB
out-of-domain | alexa quantos anos tem campina grande | FB
out-of-domain | alexa onde fica a base de alcântara | FB
out-of-domain | alexa quantas medalhas o isaquias ganhou | FB
out-of-domain | alexa qual é o idioma da letônia | FB
out-of-domain | alexa a moeda da malásia é qual | FB
out-of-domain | alexa qual é o código de discagem do haiti | FB
out-of-domain | alexa qual é o país mais frio do mundo | FB
out-of-domain | alexa quem é o primeiro-ministro da índia | FB
out-of-domain | alexa qual é a montanha mais alta da tanzânia | FB
out-of-domain | alexa qual é o animal símbolo da austrália | FB
out-of-domain | alexa como chega na rodoviária de goiânia | FB
out-of-domain | alexa põe a rádio nacional da amazônia | FB
out-of-domain | alexa abre o duolingo de letão | FB
out-of-domain | alexa qual é a capital mais bonita da europa | FB
out-of-domain | alexa me recomenda uma capital pra passar as férias | FB
stop | alexa para que mainha tá chamando | STOP
stop | alexa encerra que o professor chegou | STOP
stop | alexa desliga mermã que eu vou pro bumba meu boi | STOP
stop | alexa chega bichinho | STOP
stop | alexa para já com isso kiitos | STOP
stop | alexa encerra isso aí oloco | STOP
stop | alexa pode encerrar deus te abençoe | STOP
cancel | alexa cancela que o gato pisou no teclado | CANCEL
cancel | alexa cancela minto não quero | CANCEL
cancel | alexa esquece essa pergunta do itamaraty | CANCEL
cancel | alexa cancela vixe maria | CANCEL
cancel | alexa cancela a capital que eu pedi | CANCEL
cancel | alexa não era isso cancela | CANCEL
cancel | alexa cancela isso aí yalla | CANCEL
shared-name | alexa nó e a capital da geórgia qual é | GE+US-GA
shared-name | alexa mermã qual a capital do congo | CD+CG
shared-name | alexa me fala a capital dos congos | CD+CG
shared-name | alexa vôte e a geórgia tem capital qual é | GE+US-GA
plural-capitals | alexa pois e quais são as capitais de montserrat | MS
plural-capitals | alexa o uttarakhand tem duas capitais quais são | IN-UK
"""

if __name__ == "__main__":
    build_round(31, "pt", LINES, sys.argv, "tests/Eval/pt/round31/source/build_corpus.py")
