"""Round 30, Portuguese (pt-BR): a new author's own mix, written blind, with speakers, situations and wordings chosen
apart from rounds 26 to 29. Regions: fortalezenses of the Praia de Iracema and the Beira-Mar ("arre égua", "mah",
"rapaz", "é mermo"), recifenses of Boa Viagem and Casa Amarela ("visse", "oxe", "massa", "arretado", "painho"),
soteropolitanos of the Pelourinho and Itapuã ("véi", "barril dobrado", "oxente", "ó paí ó"), cuiabanos ("tchá por
deus", "pai do céu", "djá"), capixabas of Vitória and Vila Velha ("é ruim hein", moqueca), manezinhos of Florianópolis
("ó lhó lhó", "tás tolo", "queres"), candangos of Brasília ("véi", the Eixão, the tesourinha), cariocas of the Tijuca and
the Méier ("caraca mermão", "coé", "parada", "maneiro"), paulistanos of the Avenida Paulista and the Liberdade ("pô meu",
"trampo"), Campinas, Sorocaba, São José dos Campos (aircraft engineers), Uberlândia, Joinville, Maringá, Cascavel,
Passo Fundo, Sinop and Rondonópolis (soya frontier), Dourados, Marabá and Parauapebas, Altamira, Ji-Paraná, Anápolis,
Caldas Novas, Olinda's carnival, Garanhuns's winter festival, Sobral, Porto Seguro and Arraial d'Ajuda, Cabo Frio and
Búzios, Macaé (oil platforms), Foz do Iguaçu's triple frontier. Immigrant and heritage speakers: Mozambicans
("maningue", "estou a perguntar"), São Toméans ("leve leve"), nikkei of Bastos and Registro (the "batchan", "ne"), a
Japanese engineer ("eto", "sumimasen"), Armenian descendants of São Paulo ("barev", "jan"), Egyptians ("yaani"),
Turks ("tamam", "abi"), Moroccans ("wakha", "safi"), Ghanaians ("chale"), Cameroonians, Mexicans ("órale", "güey",
"ándale"), a Spaniard ("tío", "venga"), Ecuadorians ("ñaño"), Dominicans, an Irish backpacker ("grand so"), an
Australian surfer ("mate", "no worries"), an Israeli ("sababa"), a Swede ("tack"), a Jamaican, a Nepali cook
("namaste", "dai"), a Greek shopkeeper ("ela"). Learners (learner grammar on purpose: a Japanese exchange student, a
Mexican nun, a Ghanaian footballer). Children (Carmen Sandiego, Dora, Detetives do Prédio Azul, Irmão do Jorel,
Divertida Mente, Stitch, the "adedonha" word game, a globe night light, a class play, a snack box, a pen pal, the
school fair of nations). Teenagers (GeoGuessr, Clash Royale, Stumble Guys, Among Us, a K-pop tour, "pode pá", "tankei",
"sussa", "tá osso", "bugou", "socorro", "chocada", "ranço", "lacrou"). Elders (the rádio de pilha, a postcard
collection, a retired ferroviário, an old encyclopedia Barsa, a domino club, a Legião de Maria meeting, a widower who
learns to use the Echo, "ô moça da caixinha", a great-grandson's question). Work: an ascensorista, a bank teller, a
lottery clerk, a newsstand owner, a capoeira master with foreign students, a samba-school dancer, a platform worker
off Macaé, a peacekeeping soldier, a researcher bound for the Comandante Ferraz station, an Embraer engineer, a dentist,
a vet, a butcher, an electrician, a hostel receptionist, a DJ, a photographer, a journalist, an EJA teacher, an IBGE
census taker, a diarista, a bartender, a podcaster, a streamer, an e-commerce seller importing, a sommelier, a
customs officer of the Ponte da Amizade. Home: making tapioca, an açaí bowl, a home workout, assembling furniture,
packing a suitcase, Christmas decorations, the New Year countdown, a baby shower, a parrot, twins arguing, a bedridden
grandmother, the football on TV, a festa junina at home. Games: the board game War, GeoGuessr, Flagle, adedonha (stop),
Passa ou Repassa, Roda a Roda, Quem Quer Ser um Milionário, a quiz on a family WhatsApp, a bet for the washing-up. Sport:
the 2027 Women's World Cup in Brazil, the 2030 World Cup, the São Silvestre, Roland Garros, the Vuelta, gymnastics,
Formula E, handball, the Winter Olympics, surfing's world tour. Travel: Patagonia, Machu Picchu, the northern lights,
a safari, the Greek islands, the Trans-Siberian, Route 66, cherry blossoms in Japan, the pyramids, Petra, volunteering
in Africa, a Dubai layover. Plus follow-ups, yes/no checks with right and wrong cities, self-corrections with a marker
("não pera", "quer dizer", "desculpa", "errei", "ou melhor", "opa", "na verdade", "me confundi" and the speakers'
own), reverse questions, official, everyday and old names, shared names (Congo, Coreia, Geórgia, Ilhas Virgens), every
several-capital country, Palestine, Montserrat, Jammu and Kashmir and Uttarakhand in the plural, subdivisions,
territories, one-shot requests and launches through the invocation name "capitais do mundo", and what pt-BR recognition
may write (lost accents and tildes, split and joined words, homophones such as "chá de" for Chade and "siri lanka").
Out of domain: other facts about a named country (largest city, currency, language, time, flag, anthem, president),
"capital" in other senses (pena capital, capital humano, ganho de capital, capital estrangeiro, Capitão América,
capitania), places the data lacks (the Azores, Galicia, Andalusia, Tuscany, Patagonia, Tierra del Fuego, Easter Island,
the Galápagos, Argentine, Chinese, Angolan and Italian provinces, Hokkaido, Tyrol, Wallonia, Brittany) and other
skills' requests.
`python3 tests/Eval/pt/round30/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 30's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
regional-speech | arre égua alexa me diz aí a capital {} | da eslováquia=SK; do tadjiquistão=TJ
regional-speech | mah alexa tu sabe qual é a capital {} | do gabão=GA; de tonga=TO
regional-speech | rapaz aqui na beira mar de fortaleza o gringo perguntou a capital {} | da noruega=NO
regional-speech | é mermo alexa qual a capital {} | do iêmen=YE; da eritreia=ER
regional-speech | oxe alexa e a capital {} é qual visse | da tunísia=TN; do uzbequistão=UZ
regional-speech | massa alexa agora me diga a capital {} | da moldávia=MD; de samoa=WS
regional-speech | aqui em boa viagem painho quer saber a capital {} | da mauritânia=MR; do paraguai=PY
regional-speech | arretado isso alexa e a capital {} | da macedônia do norte=MK
regional-speech | véi alexa qual é a capital {} | da libéria=LR; de serra leoa=SL
regional-speech | barril dobrado essa alexa a capital {} qual é | da albânia=AL; do turcomenistão=TM
regional-speech | oxente alexa no pelourinho o turista perguntou a capital {} | de cuba=CU; de cabo verde=CV
regional-speech | ó paí ó alexa me fala a capital {} | da gâmbia=GM; do togo=TG
regional-speech | tchá por deus alexa qual que é a capital {} | do sudão=SD
regional-speech | pai do céu aqui em cuiabá tá quarenta graus e eu querendo saber a capital {} | do catar=QA; de omã=OM
regional-speech | é ruim hein alexa tu não sabe a capital {} | de honduras=HN; da nicarágua=NI
regional-speech | aqui em vila velha comendo moqueca me bateu a dúvida qual a capital {} | da costa rica=CR; do panamá=PA
regional-speech | ó lhó lhó alexa qual é a capital {} | da dinamarca=DK; da irlanda=IE
regional-speech | tás tolo alexa queres me dizer a capital {} | da grécia=GR; de chipre=CY
regional-speech | aqui na lagoa da conceição a gente apostou a capital {} | da nova zelândia=NZ; de fiji=FJ
regional-speech | véi aqui no eixão domingo o pessoal perguntou a capital {} | da etiópia=ET; da somália=SO
regional-speech | ô alexa aqui em brasília candango não sabe a capital {} | do zimbábue=ZW; da zâmbia=ZM
regional-speech | caraca mermão qual é a capital {} | da polônia=PL; da romênia=RO
regional-speech | coé alexa manda aí a capital {} | da bulgária=BG; da sérvia=RS; do montenegro=ME
regional-speech | parada sinistra alexa qual é a capital {} mesmo | da bósnia=BA; do kosovo=XK
regional-speech | maneiro alexa aqui na tijuca a galera quer saber a capital {} | do equador=EC; da colômbia=CO
regional-speech | pô meu alexa qual que é a capital {} | da suécia=SE; da finlândia=FI
regional-speech | saindo do trampo na paulista me deu vontade de saber a capital {} | do vietnã=VN; do camboja=KH
regional-speech | aqui na liberdade a dona da loja quer saber a capital {} | do japão=JP; da mongólia=MN
regional-speech | alexa aqui em campinas tá todo mundo discutindo a capital {} | da tanzânia=TZ; de uganda=UG
regional-speech | aqui em sorocaba a gente quer saber a capital {} | do malaui=MW; de moçambique=MZ
regional-speech | uai alexa aqui em uberlândia ninguém sabe a capital {} | da guatemala=GT; de el salvador=SV
regional-speech | aqui em joinville faz um frio e eu fiquei pensando qual a capital {} | da estônia=EE; da letônia=LV; da lituânia=LT
regional-speech | alexa aqui em maringá a piazada perguntou a capital {} | do chile=CL; do uruguai=UY
regional-speech | aqui em passo fundo tchê me diz a capital {} | do peru=PE
regional-speech | aqui em sinop no meio da soja o patrão quer saber a capital {} | da ucrânia=UA
regional-speech | aqui em dourados alexa qual é a capital {} | do paraguai=PY; do suriname=SR
regional-speech | aqui em marabá o povo quer saber a capital {} | do níger=NE; do chade=TD
regional-speech | em olinda no meio do carnaval um turista me perguntou a capital {} | da itália=IT; da bélgica=BE
regional-speech | aqui no festival de inverno de garanhuns me diz a capital {} | da suíça=CH
regional-speech | aqui em sobral alexa qual a capital {} | do mali=ML; de burquina faso=BF
regional-speech | aqui em porto seguro o gringo do barco quer saber a capital {} | de portugal=PT; da espanha=ES
regional-speech | em búzios tem argentino pra todo lado alexa qual é a capital {} | da hungria=HU; da tchéquia=CZ
regional-speech | na ponte da amizade em foz alexa qual a capital {} | do paraguai=PY
immigrant-speech | maningue difícil alexa qual é a capital {} | de moçambique=MZ; do malaui=MW
immigrant-speech | alexa estou a perguntar qual é a capital {} | do lesoto=LS
immigrant-speech | leve leve alexa diz-me a capital {} | de são tomé e príncipe=ST; do gabão=GA
immigrant-speech | ne alexa a batchan quer saber a capital {} | de taiwan=TW
immigrant-speech | eto sumimasen alexa qual é a capital {} | da indonésia=ID; das filipinas=PH
immigrant-speech | barev alexa jan me fala a capital {} | da armênia=AM; do azerbaijão=AZ; da geórgia o país=GE
immigrant-speech | yaani alexa qual é a capital {} | do egito=EG; da líbia=LY; do sudão do sul=SS
immigrant-speech | tamam abi alexa qual é a capital {} | da turquia=TR; do iraque=IQ
immigrant-speech | wakha alexa safi me diz a capital {} | do marrocos=MA
immigrant-speech | chale alexa qual é a capital {} | de gana=GH; de burquina faso=BF
immigrant-speech | on dit quoi alexa a capital {} qual é | da república centro africana=CF; do chade=TD
immigrant-speech | órale alexa cuál es la capital {} | da guatemala=GT; de belize=BZ
immigrant-speech | ándale güey alexa qual é a capital {} | de cuba=CU; do haiti=HT
immigrant-speech | venga tío alexa dime la capital {} | de andorra=AD; de marrocos=MA
immigrant-speech | ñaño alexa qual é a capital {} | do equador=EC; da colômbia=CO
immigrant-speech | qué lo que alexa la capital {} cuál es | da república dominicana=DO; de porto rico=PR
immigrant-speech | grand so alexa what's the capital {} | da islândia=IS
immigrant-speech | no worries mate alexa qual é a capital {} | de papua nova guiné=PG
immigrant-speech | sababa alexa me diz a capital {} | de israel=IL; do líbano=LB; do chipre=CY
immigrant-speech | tack alexa eu quero saber a capital {} | da suécia=SE; da noruega=NO
immigrant-speech | wah gwaan alexa qual a capital {} | da jamaica=JM; das bahamas=BS; de barbados=BB
immigrant-speech | namaste alexa dai qual é a capital {} | do nepal=NP; do butão=BT; de bangladesh=BD
immigrant-speech | ela alexa a capital {} qual é | da macedônia=MK
immigrant-speech | alexa eu sou moçambicana e a minha prima quer saber a capital {} | da zâmbia=ZM
immigrant-speech | alexa no meu país a gente aprende diferente qual é a capital {} | do paquistão=PK; do afeganistão=AF
learner-speech | alexa eu ser estudante japonês qual capital {} | da tailândia=TH; da malásia=MY
learner-speech | alexa por favor você sabe o capital {} | da alemanha=DE
learner-speech | eu não conhecer alexa qual a capital é {} | da nigéria=NG; do níger=NE
learner-speech | alexa eu é irmã mexicana eu quer saber capital {} | da hungria=HU; do vaticano=VA
learner-speech | alexa qual é o capital cidade {} | da rússia=RU
learner-speech | alexa eu jogar futebol aqui e eu quer saber capital {} | do togo=TG
learner-speech | alexa me fala por favor capital {} é qual | de singapura=SG; do brunei=BN
learner-speech | alexa eu aprende português devagar qual é capital {} | da coreia do norte=KP
learner-speech | alexa eu precisar saber capital {} para minha aula | da frança=FR
learner-speech | alexa onde fica o capital {} | do quênia=KE; de ruanda=RW
child-speech | alexa eu sou a carmen sandiego e eu quero saber a capital {} | da índia=IN; do peru=PE
child-speech | alexa a dora perguntou qual é a capital {} | do méxico=MX; da venezuela=VE
child-speech | alexa nos detetives do prédio azul eles foram pra capital {} qual é | da inglaterra=GB-ENG
child-speech | alexa o irmão do jorel disse que não sabe a capital {} você sabe | da groenlândia=GL
child-speech | alexa eu tenho oito anos e a minha professora pediu a capital {} | de angola=AO; de moçambique=MZ; da guiné bissau=GW
child-speech | alexa o stitch mora no havaí e qual é a capital {} | do havaí=US-HI; da samoa americana=AS
child-speech | alexa mamãe tá dormindo me fala baixinho a capital {} | da dinamarca=DK; da finlândia=FI
child-speech | alexa no meu abajur de globo tem um país laranja é {} qual é a capital | o cazaquistão=KZ
child-speech | alexa na peça da escola eu vou ser a rainha e preciso saber a capital {} | do reino unido=GB; da suécia=SE
child-speech | alexa na feira das nações da escola a minha barraca é {} qual é a capital | do senegal=SN
child-speech | alexa meu amigo por correspondência mora no canadá qual é a capital {} | do quebec=CA-QC
child-speech | alexa no recreio a gente brincou de adivinhar a capital {} | da argentina=AR
child-speech | alexa a minha lancheira tem uma bandeira {} qual é a capital | do japão=JP
child-speech | alexa eu quero ser astronauta e visitar a capital {} | da rússia=RU
child-speech | alexa o meu dente caiu e a fada do dente mora na capital {} qual é | da irlanda=IE
child-speech | alexa a minha tia foi pra {} qual é a capital de lá | o vietnã=VN
child-speech | alexa responde rapidinho a capital {} que eu tô no banho | do marrocos=MA
child-speech | alexa no divertida mente a alegria quer saber a capital {} | da áustria=AT
teen-speech | pode pá alexa qual é a capital {} | da croácia=HR; da eslovênia=SI
teen-speech | tankei a prova de geografia mas esqueci a capital {} | do uzbequistão=UZ; do quirguistão=KG; do tadjiquistão=TJ
teen-speech | alexa sussa me fala a capital {} | do uruguai=UY
teen-speech | tá osso alexa qual é a capital {} | da mauritânia=MR; do mali=ML
teen-speech | alexa bugou minha cabeça qual é a capital {} | de liechtenstein=LI; de luxemburgo=LU; de mônaco=MC
teen-speech | socorro alexa a capital {} é qual | do djibuti=DJ
teen-speech | tô chocada alexa ninguém na sala sabia a capital {} | do canadá=CA
teen-speech | ranço dessa matéria alexa só me diz a capital {} | da letônia=LV; da estônia=EE
teen-speech | lacrou alexa agora a capital {} | da tailândia=TH
teen-speech | alexa no geoguessr caí num lugar e acho que era {} qual a capital | a mongólia=MN
teen-speech | alexa no clash royale o cara era {} qual é a capital de lá | da polônia=PL
teen-speech | alexa o meu grupo de kpop vai fazer show na capital {} qual é | da indonésia=ID; das filipinas=PH
teen-speech | alexa no among us meu amigo disse que a capital {} é sydney é isso mesmo | da austrália=AU
teen-speech | alexa fala sério qual é a capital {} | do turcomenistão=TM; do azerbaijão=AZ
teen-speech | alexa é nóis qual é a capital {} | da jamaica=JM; de trinidad e tobago=TT
teen-speech | aí alexa na moral qual a capital {} | do catar=QA; do kuwait=KW; do barein=BH
teen-speech | alexa tô no stumble guys e apareceu a bandeira {} qual a capital | de bangladesh=BD
elder-speech | ô moça da caixinha me diz a capital {} | da checoslováquia hoje tchéquia=CZ; da iugoslávia hoje sérvia=RS
elder-speech | alexa no meu rádio de pilha falaram da capital {} qual é mesmo | da romênia=RO; da bulgária=BG
elder-speech | minha filha alexa eu coleciono cartão postal e esse é {} qual é a capital | de malta=MT; de mônaco=MC
elder-speech | alexa eu fui ferroviário trinta anos e nunca soube a capital {} | do paraguai=PY
elder-speech | alexa na minha barsa antiga a capital {} era outra qual é hoje | da tanzânia=TZ
elder-speech | alexa aqui no clube do dominó o seu zé quer saber a capital {} | da síria=SY
elder-speech | alexa depois da reunião da legião de maria me diz a capital {} | da polônia=PL; do vaticano=VA
elder-speech | alexa meu neto instalou você e eu quero saber a capital {} | de portugal=PT
elder-speech | alexa fala devagar que eu sou velho qual a capital {} | da bélgica=BE
elder-speech | alexa meu bisneto perguntou a capital {} e o vovô não sabia | da nova zelândia=NZ
elder-speech | alexa eu sou viúvo e tô aprendendo a mexer nisso aqui qual é a capital {} | da escócia=GB-SCT
elder-speech | ô dona alexa a senhora sabe a capital {} | da venezuela=VE
elder-speech | alexa no meu tempo a gente decorava a capital {} qual é | da finlândia=FI; da noruega=NO
elder-speech | alexa eu tô sem óculos me diz a capital {} | do irã=IR; do iraque=IQ
elder-speech | meu filho alexa responde aí a capital {} | de honduras=HN; do haiti=HT
elder-speech | alexa a rádio disse que o papa vai visitar a capital {} qual é | da hungria=HU
work-context | alexa aqui no elevador o passageiro do décimo andar quer saber a capital {} | da índia=IN; do paquistão=PK
work-context | alexa tô no caixa do banco e o cliente vai mandar dinheiro pra capital {} qual é | de angola=AO; de cabo verde=CV
work-context | alexa aqui na lotérica a senhora quer saber a capital {} | da espanha=ES
work-context | alexa na minha banca de jornal o freguês perguntou a capital {} | da inglaterra=GB-ENG
work-context | alexa meus alunos gringos de capoeira vieram {} qual é a capital de lá | da polônia=PL
work-context | alexa a ala da escola de samba vai homenagear a capital {} qual é | da nigéria=NG
work-context | alexa tô embarcado na plataforma em macaé e o colega quer saber a capital {} | da escócia=GB-SCT
work-context | alexa eu sou soldado e vou em missão de paz pra {} qual é a capital | o sudão do sul=SS; a república centro africana=CF
work-context | alexa eu vou pra antártida na estação comandante ferraz e o navio passa pela capital {} qual é | das malvinas=FK
work-context | alexa aqui na embraer o cliente é {} qual é a capital | do quênia=KE
work-context | alexa o paciente do consultório dentário é {} qual é a capital de lá | da ucrânia=UA; da geórgia o país=GE
work-context | alexa tô atendendo um gato aqui na clínica veterinária e a dona é {} qual é a capital | da moldávia=MD
work-context | alexa aqui no açougue o freguês perguntou a capital {} | do uruguai=UY
work-context | alexa tô em cima da escada trocando fiação me diz a capital {} | do panamá=PA
work-context | alexa no hostel chegou um hóspede {} qual é a capital de lá | da lituânia=LT
work-context | alexa eu sou dj e vou tocar na capital {} qual é | da sérvia=RS
work-context | alexa vou fotografar um casamento na capital {} qual é | da jordânia=JO
work-context | alexa tô fechando a matéria do jornal e preciso da capital {} | do níger=NE; do sudão=SD; da líbia=LY
work-context | alexa na aula da eja o aluno perguntou a capital {} | da china=CN
work-context | alexa eu sou recenseador do ibge e o morador nasceu {} qual é a capital de lá | no haiti=HT
work-context | alexa tô fazendo faxina na casa da patroa e ela perguntou a capital {} | da alemanha=DE
work-context | alexa aqui no bar o cliente apostou uma cerveja na capital {} | da bélgica=BE
work-context | alexa tô gravando o podcast ao vivo qual é a capital {} | do laos=LA
work-context | alexa na live o chat quer saber a capital {} | do brasil=BR
work-context | alexa eu vendo pela internet e vou importar da capital {} qual é | da china=CN
work-context | alexa o vinho é {} qual é a capital de lá | da moldávia=MD; da áfrica do sul=ZA
work-context | alexa aqui na aduana da ponte o caminhão vem {} qual é a capital | da argentina=AR
home-context | alexa tô fazendo tapioca me diz a capital {} | de granada=GD; de santa lúcia=LC
home-context | alexa com a mão cheia de açaí me fala a capital {} | da guiana=GY
home-context | alexa tô no meio do treino em casa e quero saber a capital {} | do nepal=NP
home-context | alexa tô montando o guarda roupa e esqueci a capital {} | da suécia=SE; da dinamarca=DK
home-context | alexa arrumando a mala aqui me diz a capital {} | do egito=EG
home-context | alexa montando a árvore de natal me bateu a dúvida a capital {} | da rússia=RU
home-context | alexa faltam dez minutos pro ano novo qual é a capital {} | de kiribati=KI; de samoa=WS; de tonga=TO
home-context | alexa no chá de bebê a gente tá brincando de capital {} | da frança=FR
home-context | alexa o papagaio tá gritando mas eu quero saber a capital {} | da bahia=BR-BA
home-context | alexa os gêmeos tão brigando por causa da capital {} qual é | da nova zelândia=NZ
home-context | alexa a vovó acamada quer saber a capital {} | da espanha=ES
home-context | alexa no intervalo do jogo na tv qual é a capital {} | da croácia=HR
home-context | alexa na festa junina aqui de casa a quadrilha é do tema {} qual a capital | do méxico=MX
game-context | alexa no war eu conquistei {} qual é a capital de lá | a argélia=DZ
game-context | alexa no geoguessr qual é a capital {} | do montenegro=ME
game-context | alexa no flagle de hoje deu {} qual é a capital | o butão=BT; o nepal=NP
game-context | alexa no adedonha caiu a letra e eu pus {} qual é a capital | uganda=UG
game-context | alexa é passa ou repassa qual é a capital {} | da costa rica=CR; do panamá=PA
game-context | alexa parecendo roda a roda qual é a capital {} | da colômbia=CO
game-context | alexa valendo um milhão qual é a capital {} | da armênia=AM
game-context | alexa no quiz do grupo da família a pergunta é a capital {} | da mauritânia=MR; da namíbia=NA
game-context | alexa quem perder lava a louça qual é a capital {} | da turquia=TR
game-context | alexa tô jogando stop e preciso de uma capital {} | do chile=CL
game-context | alexa na gincana do trabalho a pergunta foi a capital {} | de madagascar=MG; das maldivas=MV; das seicheles=SC
game-context | alexa no jogo de tabuleiro a carta pede a capital {} | da tailândia=TH
sport-context | alexa a copa do mundo feminina vai ser no brasil e a seleção {} joga aqui qual é a capital de lá | da jamaica=JM
sport-context | alexa a copa de dois mil e trinta é em {} qual é a capital | portugal=PT
sport-context | alexa quem ganhou a são silvestre é {} qual a capital de lá | de uganda=UG
sport-context | alexa o tenista que tá jogando roland garros é {} qual a capital | da sérvia=RS
sport-context | alexa a vuelta passa perto da capital {} qual é | de andorra=AD
sport-context | alexa a ginasta que ganhou é {} qual é a capital de lá | da romênia=RO
sport-context | alexa a fórmula e vai correr na capital {} qual é | do méxico=MX; da arábia saudita=SA
sport-context | alexa o mundial de handebol é na capital {} qual é | da croácia=HR
sport-context | alexa nas olimpíadas de inverno quem ganhou foi {} qual é a capital | a áustria=AT
sport-context | alexa a etapa de surfe é {} qual é a capital de lá | em el salvador=SV; na indonésia=ID
travel-context | alexa eu vou pra patagônia e passo pela capital {} qual é | da argentina=AR
travel-context | alexa depois de machu picchu eu vou pra capital {} qual é | do peru=PE
travel-context | alexa pra ver a aurora boreal eu vou passar pela capital {} qual é | da islândia=IS
travel-context | alexa vou fazer um safári e vou chegar pela capital {} qual é | de botsuana=BW
travel-context | alexa antes das ilhas gregas eu paro na capital {} qual é | da albânia=AL
travel-context | alexa o transiberiano sai da capital {} qual é | da mongólia=MN
travel-context | alexa na rota sessenta e seis eu passo pelo estado {} qual é a capital | do novo méxico=US-NM; do arizona=US-AZ; de oklahoma=US-OK
travel-context | alexa vou ver a cerejeira florida na capital {} qual é | da coreia do sul=KR
travel-context | alexa vou ver as pirâmides e fico na capital {} qual é | do sudão=SD
travel-context | alexa pra ir a petra eu desço na capital {} qual é | de israel=IL
travel-context | alexa vou fazer voluntariado na áfrica na capital {} qual é | de serra leoa=SL; da guiné=GN
travel-context | alexa tenho uma escala em dubai e depois vou pra capital {} qual é | das maldivas=MV
travel-context | alexa vou de mochilão pela capital {} qual é | do laos=LA
travel-context | alexa meu voo faz conexão na capital {} qual é | do catar=QA
filler-hesitation | alexa é é qual é a capital {} | da nicarágua=NI; do burundi=BI; do lesoto=LS
filler-hesitation | alexa hum deixa eu pensar qual a capital {} | da guiné equatorial=GQ
filler-hesitation | alexa a capital {} é é qual mesmo hein | de dominica=DM; de são vicente e granadinas=VC
filler-hesitation | alexa então assim a a capital {} | de vanuatu=VU; das ilhas salomão=SB; de nauru=NR
filler-hesitation | alexa peraí como é que é a capital {} | de palau=PW; da micronésia=FM; das ilhas marshall=MH
filler-hesitation | alexa ô alexa a capital {} ahn | de tuvalu=TV; de kiribati=KI
filler-hesitation | alexa sabe aquela aquela capital {} | de antígua e barbuda=AG; de são cristóvão e névis=KN
filler-hesitation | alexa hã qual que é mesmo a capital {} | das comores=KM; de maurício=MU
filler-hesitation | alexa olha só eu queria saber é a capital {} | do timor leste=TL; de brunei=BN
trailing-words | alexa qual é a capital {} que eu esqueci | da eritreia=ER
trailing-words | alexa qual é a capital {} é pra ontem | da guiné=GN; da guiné bissau=GW; da gâmbia=GM
trailing-words | alexa qual a capital {} só isso | da serra leoa=SL; da libéria=LR
trailing-words | alexa me diz a capital {} aí valeu | de el salvador=SV
trailing-words | alexa capital {} rapidinho | da dominica=DM; de granada=GD; de barbados=BB
trailing-words | alexa qual é a capital {} tô esperando | do congo brazzaville=CG
trailing-words | alexa a capital {} qual é hein fala aí | de santa lúcia=LC; das bahamas=BS
politeness | alexa por gentileza qual é a capital {} | de cabo verde=CV; da guiné equatorial=GQ
politeness | alexa com licença você poderia me informar a capital {} | do burundi=BI; do sudão do sul=SS
politeness | alexa seria possível me dizer a capital {} por favor | de san marino=SM; de malta=MT; de andorra=AD
politeness | alexa faz um favor pra mim me diz a capital {} | da somália=SO
politeness | alexa se não for incômodo qual a capital {} | de madagascar=MG; das comores=KM
politeness | alexa desculpa incomodar mas qual é a capital {} | do quirguistão=KG
politeness | alexa muito obrigado desde já qual a capital {} | de singapura=SG
direct-question | alexa qual é a capital oficial {} | da costa do marfim=CI
direct-question | alexa que cidade é a capital {} | do canadá=CA
direct-question | alexa a capital {} fica em que cidade | da turquia=TR
direct-question | alexa como se chama a capital {} | de camarões=CM
direct-question | alexa qual cidade é capital {} | de mianmar=MM
direct-question | capital {} é qual alexa | do togo=TG
do-you-know | alexa tu sabes qual é a capital {} | do tadjiquistão=TJ
do-you-know | alexa será que você sabe a capital {} | de ruanda=RW
do-you-know | alexa você conhece a capital {} | do iêmen=YE; de omã=OM
do-you-know | alexa tem como você me dizer a capital {} | da papua nova guiné=PG; de fiji=FJ
do-you-know | alexa cê tem ideia de qual é a capital {} | de são tomé e príncipe=ST; da guiné equatorial=GQ
imperative | alexa fala pra mim a capital {} | da moldávia=MD
imperative | alexa responde a capital {} | do chade=TD
imperative | alexa procura aí a capital {} | de tuvalu=TV; de nauru=NR; de palau=PW
imperative | alexa me ensina a capital {} | do afeganistão=AF
imperative | alexa repete a capital {} que eu não ouvi | da mongólia=MN
bare-name | alexa {} | gâmbia=GM; quirguistão=KG
bare-name | alexa capital {} | madagascar=MG; eslovênia=SI; djibuti=DJ
bare-name | {} capital | suriname=SR; mauritânia=MR
bare-name | alexa e {} | botsuana=BW; zâmbia=ZM
bare-name | capital {} alexa | da letônia=LV; da jordânia=JO
follow-up | e a {} | da namíbia=NA
follow-up | tá e {} | a guiné=GN
follow-up | e {} alexa | o zimbábue=ZW
follow-up | beleza agora a {} | de bangladesh=BD
follow-up | e a capital {} então | da eslováquia=SK
follow-up | certo e o {} | butão=BT
follow-up | ah legal e {} qual é | a estônia=EE; a letônia=LV
follow-up | agora me diz a {} | da tunísia=TN
follow-up | e a da {} | síria=SY
follow-up | ok e do {} | irã=IR
follow-up | e a capital {} alexa mesma coisa | de fiji=FJ; de samoa=WS
follow-up | valeu e {} tu sabe | o níger=NE
follow-up | show e agora {} | a nicarágua=NI
yes-no-check | alexa a capital da austrália é sydney né | AU
yes-no-check | alexa a capital do canadá é toronto ou não | CA
yes-no-check | alexa é verdade que a capital da turquia é istambul | TR
yes-no-check | alexa a capital da suíça é genebra né | CH
yes-no-check | alexa a capital da nova zelândia é auckland certo | NZ
yes-no-check | alexa a capital do marrocos é casablanca né | MA
yes-no-check | alexa a capital da nigéria é lagos mesmo | NG
yes-no-check | alexa brasília é a capital do brasil confere | BR
yes-no-check | alexa lima é a capital do peru né | PE
yes-no-check | alexa a capital do vietnã é hanói isso mesmo | VN
yes-no-check | alexa a capital da índia é mumbai né | IN
yes-no-check | alexa a capital do cazaquistão ainda é almaty | KZ
yes-no-check | alexa a capital da tanzânia é dar es salaam né | TZ
yes-no-check | alexa quito é a capital do equador ou é guayaquil | EC
yes-no-check | alexa a capital do paquistão é karachi né | PK
yes-no-check | alexa a capital de mianmar é rangum ainda | MM
yes-no-check | alexa a capital da bolívia é só la paz né | BO
yes-no-check | alexa a capital dos estados unidos é nova york certo | US
yes-no-check | alexa a capital da escócia é glasgow né | GB-SCT
yes-no-check | alexa a capital da alemanha é berlim confirma pra mim | DE
yes-no-check | alexa a capital da itália é milão né | IT
yes-no-check | alexa será que a capital de camarões é douala | CM
yes-no-check | alexa a capital da costa do marfim é abidjan né | CI
yes-no-check | alexa a capital da bielorrússia é minsk né | BY
yes-no-check | alexa porto novo é capital do benin mesmo | BJ
yes-no-check | alexa a capital da califórnia é los angeles né | US-CA
yes-no-check | alexa é santa cruz a capital da bolívia | BO
yes-no-check | alexa a capital do amazonas é manaus né | BR-AM
yes-no-check | alexa a capital do japão é quioto ou é tóquio | JP
yes-no-check | alexa cidade do cabo é a capital da áfrica do sul né | ZA
yes-no-check | alexa a capital da coreia do sul é seul né | KR
yes-no-check | alexa é verdade que a capital de israel é tel aviv | IL
self-correction | alexa qual é a capital da eslováquia não pera da eslovênia | SI
self-correction | alexa a capital da áustria quer dizer da austrália | AU
self-correction | alexa qual a capital do níger desculpa da nigéria | NG
self-correction | alexa capital da suécia errei da suíça | CH
self-correction | alexa qual é a capital da guiné ou melhor da guiné bissau | GW
self-correction | alexa a capital do irã opa do iraque | IQ
self-correction | alexa qual a capital da colômbia na verdade da costa rica | CR
self-correction | alexa capital da letônia me confundi da lituânia | LT
self-correction | alexa qual é a capital do mali ai não do malaui | MW
self-correction | alexa a capital da mauritânia digo de maurício | MU
self-correction | alexa qual é a capital da gâmbia oxe errei da zâmbia | ZM
self-correction | alexa a capital do paraguai véi falei errado do uruguai | UY
self-correction | alexa capital da dinamarca não perdão da noruega | NO
self-correction | alexa qual a capital da armênia eu quis dizer da albânia | AL
self-correction | alexa qual a capital da hungria caraca troquei da bulgária | BG
self-correction | alexa qual é a capital do sudão ah não do sudão do sul | SS
self-correction | alexa a capital do togo espera do gabão | GA
self-correction | alexa a capital da islândia desculpa da irlanda | IE
self-correction | alexa qual é a capital de dominica não calma da república dominicana | DO
self-correction | alexa a capital do tadjiquistão arre égua errei do turcomenistão | TM
self-correction | alexa qual é a capital de samoa perdão de tonga | TO
self-correction | alexa a capital da eritreia sumimasen da etiópia | ET
self-correction | alexa qual é a capital do laos mudei de ideia do camboja | KH
self-correction | alexa a capital da síria melhor dizendo do líbano | LB
self-correction | alexa capital do equador não não do panamá | PA
self-correction | alexa qual é a capital de ruanda opa falei errado do burundi | BI
self-correction | alexa a capital da moldávia pera aí da romênia | RO
self-correction | alexa qual é a capital da geórgia o país não desculpa da armênia | AM
reverse-question | alexa nairóbi é capital de qual país | CITY:Nairóbi
reverse-question | alexa ulan bator é capital de onde | CITY:Ulan Bator
reverse-question | alexa bishkek é a capital de que país | CITY:Bishkek
reverse-question | alexa de que país tbilisi é a capital | CITY:Tbilisi
reverse-question | alexa windhoek é capital de qual lugar | CITY:Windhoek
reverse-question | alexa ouagadougou é capital de onde mesmo | CITY:Ouagadougou
reverse-question | alexa asmara é capital de qual país africano | CITY:Asmara
reverse-question | alexa de onde é capital a cidade de vientiane | CITY:Vientiane
reverse-question | alexa paramaribo é capital do quê | CITY:Paramaribo
reverse-question | alexa tegucigalpa é a capital de qual país | CITY:Tegucigalpa
reverse-question | alexa qual país tem como capital montevidéu | CITY:Montevidéu
reverse-question | alexa liubliana é capital de que país | CITY:Liubliana
reverse-question | alexa valeta é a capital de onde | CITY:Valeta
reverse-question | alexa canberra é capital de quê | CITY:Canberra
reverse-question | alexa a cidade de dacca é capital de que país | CITY:Dacca
reverse-question | alexa monróvia é capital de qual país | CITY:Monróvia
reverse-question | alexa kingston é capital de onde | CITY:Kingston
reverse-question | alexa lilongwe é a capital de que país | CITY:Lilongwe
reverse-question | alexa baku é capital de onde | CITY:Baku
reverse-question | alexa que país tem a capital chamada thimphu | CITY:Thimphu
reverse-question | alexa funafuti é capital de quê | CITY:Funafuti
reverse-question | alexa mbabane é capital de qual país | CITY:Mbabane
reverse-question | alexa rabat é a capital de onde | CITY:Rabat
reverse-question | alexa teresina é capital de qual estado | CITY:Teresina
reverse-question | alexa cuiabá é capital de que estado | CITY:Cuiabá
reverse-question | alexa sacramento é capital de qual estado americano | CITY:Sacramento
reverse-question | alexa nuuk é capital de onde | CITY:Nuuk
reverse-question | alexa papeete é capital de que lugar | CITY:Papeete
reverse-question | alexa a cidade de victoria é capital de onde | CITY:Victoria
reverse-question | alexa edimburgo é capital de quê | CITY:Edimburgo
reverse-question | alexa port louis é capital de qual país | CITY:Port Louis
official-name | alexa qual é a capital oficial {} no papel | da república federativa do brasil=BR; da república portuguesa=PT
official-name | alexa me diz o nome da capital {} | da república popular da china=CN; da federação russa=RU; da república helênica=GR
official-name | alexa qual a capital {} por favor | do estado plurinacional da bolívia=BO; da república bolivariana da venezuela=VE
official-name | alexa a capital {} qual é no nome oficial | da confederação suíça=CH; do grão ducado de luxemburgo=LU
official-name | alexa qual é a capital {} hein o nome completo | da república árabe síria=SY; da república libanesa=LB; da república tunisina=TN
official-name | alexa capital oficial {} | dos estados unidos mexicanos=MX; da república argelina democrática e popular=DZ
official-name | alexa qual que é a capital {} | da república democrática do congo=CD; da república do congo=CG
official-name | alexa a capital {} é qual | da república popular democrática da coreia=KP; da república da coreia=KR
official-name | alexa me fala a capital {} | da república federal da alemanha=DE; da república francesa=FR; da república italiana=IT
official-name | alexa no nome completo qual a capital {} | do reino unido da grã bretanha e irlanda do norte=GB; dos estados unidos da américa=US
official-name | alexa qual é a capital da república democrática de timor leste | TL
official-name | alexa qual é a capital da república eslovaca | SK
official-name | alexa qual é a capital da república centro africana oficialmente | CF
everyday-name | alexa qual a capital {} que o povo fala | da holanda=NL; dos emirados=AE; da república tcheca=CZ
everyday-name | alexa a capital {} qual é mesmo | da inglaterra=GB-ENG; da américa=US
everyday-name | alexa qual é a capital {} hoje | da birmânia=MM; do vaticano=VA
everyday-name | alexa me fala a capital {} ligeiro | da bósnia=BA; da macedônia=MK; de trinidad=TT
everyday-name | alexa qual é a capital {} dos árabes | dos emirados árabes=AE; da arábia saudita=SA
everyday-name | alexa me diz a capital {} meu | dos eua=US; da grã bretanha=GB
everyday-name | alexa qual é a capital {} lá no caribe | de são cristóvão=KN; de são vicente=VC
everyday-name | alexa qual é a capital do timor | TL
everyday-name | alexa capital da belarus | BY
everyday-name | alexa qual é a capital da eswatini | SZ
old-name | alexa qual era a capital {} | do daomé=BJ; do alto volta=BF; da rodésia=ZW
old-name | alexa qual é hoje a capital {} | do zaire=CD; do ceilão=LK; da pérsia=IR
old-name | alexa a capital {} agora qual é | da abissínia=ET; do sião=TH; da birmânia=MM
old-name | alexa no meu tempo era {} qual é a capital | a bechuanalândia=BW; a basutolândia=LS; a niassalândia=MW
old-name | alexa a capital {} como chama hoje | da suazilândia=SZ; das honduras britânicas=BZ
old-name | alexa qual é a capital {} daquele tempo | da costa do ouro=GH; da guiana inglesa=GY; da guiana holandesa=SR
old-name | alexa qual é a capital {} de antigamente | da formosa=TW; da kampuchea=KH; de tanganica=TZ
old-name | alexa qual é a capital da rússia branca | BY
shared-name | alexa qual é a capital do congo | CD+CG
shared-name | alexa a capital do congo qual é mano | CD+CG
shared-name | alexa e a capital dos dois congos | CD+CG
shared-name | alexa qual é a capital da coreia | KP+KR
shared-name | alexa me diz a capital das duas coreias | KP+KR
shared-name | alexa as coreias têm qual capital | KP+KR
shared-name | alexa qual é a capital da geórgia | GE+US-GA
shared-name | alexa capital da geórgia por favor | GE+US-GA
shared-name | alexa qual a capital da geórgia o país lá do cáucaso | GE
shared-name | alexa a capital do estado da geórgia nos estados unidos | US-GA
shared-name | alexa qual é a capital das ilhas virgens | VG+VI
shared-name | alexa ilhas virgens qual é a capital | VG+VI
shared-name | alexa qual é a capital das ilhas virgens britânicas | VG
shared-name | alexa e das ilhas virgens americanas | VI
shared-name | alexa qual é a capital do congo de kinshasa | CD
shared-name | alexa a capital do congo brazzaville | CG
shared-name | alexa qual é a capital da coreia lá de cima a do norte | KP
shared-name | alexa qual é a capital da coreia do kpop a do sul | KR
shared-name | alexa da coreia qual é a capital | KP+KR
plural-capitals | alexa quais são as capitais da bolívia | BO
plural-capitals | alexa a bolívia tem duas capitais quais são | BO
plural-capitals | alexa quais são as capitais da áfrica do sul | ZA
plural-capitals | alexa as três capitais da áfrica do sul quais são | ZA
plural-capitals | alexa quais são as capitais da holanda | NL
plural-capitals | alexa os países baixos têm quais capitais | NL
plural-capitals | alexa quais são as capitais da malásia | MY
plural-capitals | alexa me fala as duas capitais da malásia | MY
plural-capitals | alexa quais são as capitais do sri lanka | LK
plural-capitals | alexa siri lanka tem duas capitais quais são | LK
plural-capitals | alexa quais são as capitais do benin | BJ
plural-capitals | alexa o benin tem quantas capitais e quais são | BJ
plural-capitals | alexa quais são as capitais da costa do marfim | CI
plural-capitals | alexa me diz as capitais da costa do marfim véi | CI
plural-capitals | alexa quais são as capitais do essuatíni | SZ
plural-capitals | alexa quais são as capitais da suazilândia | SZ
plural-capitals | alexa quais são as capitais da palestina | PS
plural-capitals | alexa a palestina tem quais capitais | PS
plural-capitals | alexa quais são as capitais de montserrat | MS
plural-capitals | alexa montserrat tem duas capitais quais | MS
plural-capitals | alexa quais são as capitais do jammu e caxemira | IN-JK
plural-capitals | alexa quais são as capitais do uttarakhand | IN-UK
plural-capitals | alexa as capitais do uttarakhand quais são elas | IN-UK
plural-capitals | alexa a holanda tem duas capitais né quais são elas | NL
plural-capitals | ó lhó lhó alexa quais são as capitais dos países baixos | NL
plural-capitals | alexa estou a perguntar quais são as capitais do essuatíni | SZ
plural-capitals | alexa o reino de essuatíni tem duas capitais me diz quais | SZ
plural-capitals | alexa sababa quais são as duas capitais da palestina | PS
plural-capitals | alexa me fala as capitais da palestina que o professor pediu | PS
plural-capitals | alexa quais são as capitais dos territórios palestinos | PS
plural-capitals | alexa a costa do marfim tem duas capitais quais são elas | CI
subdivision | alexa qual é a capital do estado {} | do piauí=BR-PI; de sergipe=BR-SE; do amapá=BR-AP
subdivision | alexa capital {} qual é | do mato grosso=BR-MT; do tocantins=BR-TO; de rondônia=BR-RO
subdivision | alexa qual a capital {} aqui do brasil | do espírito santo=BR-ES; da paraíba=BR-PB; do acre=BR-AC
subdivision | alexa a capital {} é qual mesmo | de santa catarina=BR-SC; de goiás=BR-GO; de roraima=BR-RR
subdivision | alexa me diz a capital {} do nordeste | do rio grande do norte=BR-RN; de alagoas=BR-AL; do maranhão=BR-MA
subdivision | alexa qual é a capital {} nos estados unidos | do texas=US-TX; da flórida=US-FL; de nova york=US-NY
subdivision | alexa a capital {} lá dos estados unidos | do alasca=US-AK; do kentucky=US-KY; do nevada=US-NV
subdivision | alexa qual é a capital {} que fica nos estados unidos | da pensilvânia=US-PA; do illinois=US-IL; de washington o estado=US-WA
subdivision | alexa qual é a capital da província {} | de ontário=CA-ON; da colúmbia britânica=CA-BC; de alberta=CA-AB
subdivision | alexa qual é a capital {} no canadá | da nova escócia=CA-NS; do manitoba=CA-MB; do yukon=CA-YT
subdivision | alexa qual é a capital do estado {} na austrália | de queensland=AU-QLD; da nova gales do sul=AU-NSW; da austrália ocidental=AU-WA
subdivision | alexa qual é a capital {} na alemanha | da baviera=DE-BY; da saxônia=DE-SN; do hesse=DE-HE
subdivision | alexa qual é a capital do estado {} na índia | de kerala=IN-KL; de goa=IN-GA; do rajastão=IN-RJ
subdivision | alexa qual a capital {} no méxico | de jalisco=MX-JAL; do iucatã=MX-YUC; de oaxaca=MX-OAX
subdivision | alexa qual é a capital {} do reino unido | do país de gales=GB-WLS; da irlanda do norte=GB-NIR
subdivision | alexa capital de gales | GB-WLS
subdivision | alexa qual é a capital do território do norte da austrália | AU-NT
subdivision | alexa qual a capital da tasmânia | AU-TAS
subdivision | alexa qual é a capital do estado do rio | BR-RJ
subdivision | alexa qual é a capital de minas | BR-MG
territory | alexa qual é a capital {} | da groenlândia=GL; das ilhas faroé=FO; das bermudas=BM
territory | alexa a capital {} qual é essa | de porto rico=PR; de guam=GU; da polinésia francesa=PF
territory | alexa me diz a capital {} lá dos franceses | da nova caledônia=NC; da guiana francesa=GF; da martinica=MQ
territory | alexa qual a capital {} no caribe holandês | de aruba=AW; de curaçao=CW; de sint maarten=SX
territory | alexa qual é a capital {} hein | das ilhas cayman=KY; das ilhas turcas e caicos=TC; de anguila=AI
territory | alexa qual é a capital {} que é da frança | da reunião=RE; de guadalupe=GP; de mayotte=YT
territory | alexa qual é a capital {} lá no pacífico | das ilhas cook=CK; de niue=NU; das ilhas marianas do norte=MP
territory | alexa qual é a capital {} que é inglesa | de gibraltar=GI; de jersey=JE; da ilha de man=IM
territory | alexa qual é a capital das malvinas | FK
territory | alexa qual é a capital de santa helena | SH
territory | alexa qual é a capital das ilhas pitcairn | PN
territory | alexa qual é a capital de svalbard | SJ
territory | alexa qual é a capital das ilhas aland | AX
territory | alexa qual é a capital de são pedro e miquelão | PM
territory | alexa qual é a capital de wallis e futuna | WF
recognition-artefact | alexa qual e a capital {} | da eslovaquia=SK; do cazaquistao=KZ; da tunisia=TN
recognition-artefact | alexa qual a capital {} mesmo | do chá de=TD; do lá os=LA
recognition-artefact | alexa qual é a capital do {} | afeganistao=AF; paquistao=PK; uzbequistao=UZ
recognition-artefact | alexa qual é a capital de {} | ma da gáscar=MG; mo çambique=MZ; camarão=CM
recognition-artefact | alexa capital da {} | costadomarfim=CI; eritréia=ER
recognition-artefact | alexa qual a capital da {} | ar gélia=DZ; jor dânia=JO; li béria=LR
recognition-artefact | alexa qual é a capital das {} | felipinas=PH; seychelles=SC
recognition-artefact | alexa me diz a capital do {} | djibouti=DJ; azerbaidjão=AZ; tajiquistão=TJ
recognition-artefact | alexa qual é que é a capital {} | de usbequistão=UZ; do turcomenistao=TM
recognition-artefact | alexa capital de {} | zimbabue=ZW; hondurras=HN; belise=BZ
recognition-artefact | alexa qual é a capital da {} | ni caraguá=NI; vene zuela=VE
recognition-artefact | alexa e a capital do {} | qui nia=KE; vietna=VN
recognition-artefact | alexa qual é a capital do iêmem | YE
recognition-artefact | alexa qual é a capital da coréia do norte | KP
recognition-artefact | alexa qual é a capital do surinam | SR
recognition-artefact | alexa qual é a capital da micro nésia | FM
one-shot | alexa pergunta pro capitais do mundo qual é a capital {} | da eslovênia=SI
one-shot | alexa pede pro capitais do mundo a capital {} | da namíbia=NA
one-shot | alexa abre capitais do mundo e me diz a capital {} | do chile=CL
one-shot | alexa usa o capitais do mundo pra saber a capital {} | do nepal=NP
one-shot | alexa no capitais do mundo qual é a capital {} | da islândia=IS
one-shot | alexa capitais do mundo capital {} | da áustria=AT
one-shot | alexa fala pro capitais do mundo que eu quero a capital {} | do egito=EG
one-shot | alexa inicia capitais do mundo com a capital {} | da grécia=GR
launch | alexa abre o capitais do mundo | LAUNCH
launch | alexa abrir capitais do mundo por favor | LAUNCH
launch | alexa inicia capitais do mundo aí véi | LAUNCH
launch | alexa bora jogar capitais do mundo | LAUNCH
launch | alexa começa capitais do mundo | LAUNCH
launch | alexa quero brincar de capitais do mundo | LAUNCH
launch | alexa abre aquele capitais do mundo pra vovó | LAUNCH
launch | alexa liga o capitais do mundo | LAUNCH
launch | alexa ó lhó lhó abre capitais do mundo | LAUNCH
launch | oxe alexa abre capitais do mundo visse | LAUNCH
launch | alexa iniciar o jogo capitais do mundo | LAUNCH
launch | alexa executa capitais do mundo | LAUNCH
launch | alexa me abre o capitais do mundo que eu vou estudar | LAUNCH
launch | alexa coloca capitais do mundo pra gente | LAUNCH
launch | alexa capitais do mundo | LAUNCH
launch | alexa ativar capitais do mundo | LAUNCH
help | alexa como funciona esse capitais do mundo | HELP
help | alexa o que eu posso perguntar aqui | HELP
help | alexa me ajuda que eu não entendi nada | HELP
help | ajuda alexa | HELP
help | alexa como é que eu uso isso véi | HELP
help | alexa quais perguntas você responde | HELP
help | alexa me explica como joga | HELP
help | alexa tô perdida o que eu falo agora | HELP
help | alexa socorro como faz pra perguntar | HELP
help | alexa eu preciso de ajuda com esse jogo | HELP
help | alexa ô moça da caixinha me explica como funciona | HELP
help | alexa o que que esse negócio faz | HELP
help | alexa me dá uma ajuda aí mermão | HELP
help | alexa quais são as opções | HELP
help | alexa como eu pergunto uma capital | HELP
help | alexa me ensina a usar você | HELP
help | alexa estou a perguntar como isto funciona | HELP
help | alexa o que você sabe fazer nesse jogo | HELP
help | alexa e agora faço o quê | HELP
help | alexa ajuda por favor que eu sou nova nisso | HELP
help | alexa tem instrução | HELP
help | alexa dá uma dica de como usar | HELP
stop | alexa para | STOP
stop | alexa pare por favor | STOP
stop | alexa chega por hoje | STOP
stop | alexa sair do jogo | STOP
stop | alexa pode parar véi | STOP
stop | alexa desliga isso | STOP
stop | alexa para tudo | STOP
stop | alexa encerrar | STOP
stop | alexa chega de capital | STOP
stop | alexa cala a boca | STOP
stop | alexa para que a novela começou | STOP
stop | alexa sai daí | STOP
stop | oxe alexa para visse | STOP
stop | alexa já deu por hoje para | STOP
stop | alexa parar o capitais do mundo | STOP
stop | alexa fecha o jogo | STOP
stop | alexa encerra aí mermão | STOP
stop | alexa pode sair | STOP
stop | alexa para de falar | STOP
stop | alexa desliga que o bebê dormiu | STOP
stop | alexa sair por favor | STOP
stop | chega alexa | STOP
stop | alexa finaliza | STOP
stop | alexa tchau para o jogo | STOP
cancel | alexa cancela | CANCEL
cancel | alexa cancelar | CANCEL
cancel | alexa deixa pra lá | CANCEL
cancel | alexa esquece | CANCEL
cancel | alexa esquece isso véi | CANCEL
cancel | alexa cancela essa pergunta | CANCEL
cancel | alexa não quero mais | CANCEL
cancel | alexa deixa quieto | CANCEL
cancel | alexa cancela aí por favor | CANCEL
cancel | alexa esquece o que eu falei | CANCEL
cancel | alexa deixa pra lá mermão | CANCEL
cancel | alexa nada não | CANCEL
cancel | alexa cancela cancela | CANCEL
cancel | alexa deixa pra lá visse | CANCEL
cancel | alexa esquece a pergunta | CANCEL
cancel | alexa cancela isso aí | CANCEL
cancel | alexa deixa pra depois cancela | CANCEL
cancel | alexa pode cancelar | CANCEL
cancel | alexa esquece minha filha | CANCEL
cancel | alexa cancela que eu já achei no livro | CANCEL
cancel | alexa não precisa mais deixa pra lá | CANCEL
cancel | alexa cancela essa aí ó | CANCEL
stop | alexa para aí que a vovó cochilou | STOP
stop | alexa chega visse já aprendi demais | STOP
stop | tchá por deus alexa para com isso | STOP
stop | alexa sai do capitais do mundo que eu vou dormir | STOP
stop | alexa desliga aí que o ônibus chegou | STOP
stop | alexa para o jogo que a mainha chamou | STOP
stop | alexa pode encerrar o jogo das capitais | STOP
cancel | alexa esquece essa capital aí véi | CANCEL
cancel | alexa deixa pra lá que eu lembrei sozinho | CANCEL
cancel | alexa cancela que a professora já respondeu | CANCEL
cancel | oxe alexa esquece visse | CANCEL
cancel | alexa cancela essa que eu perguntei errado | CANCEL
cancel | alexa deixa quieto mermão | CANCEL
cancel | alexa cancela que o freguês já foi embora | CANCEL
cancel | alexa esquece a capital que eu já vi no mapa | CANCEL
cancel | alexa cancela minha pergunta por favor moça | CANCEL
cancel | ô moça da caixinha deixa pra lá | CANCEL
out-of-domain | alexa qual é a maior cidade da austrália | FB
out-of-domain | alexa qual é a cidade mais populosa do canadá | FB
out-of-domain | alexa qual a maior cidade da turquia | FB
out-of-domain | alexa qual é a moeda da suíça | FB
out-of-domain | alexa quanto vale o peso argentino hoje | FB
out-of-domain | alexa que língua se fala no suriname | FB
out-of-domain | alexa que idioma falam em moçambique | FB
out-of-domain | alexa que horas são em tóquio agora | FB
out-of-domain | alexa qual é o fuso horário de lisboa | FB
out-of-domain | alexa quais são as cores da bandeira da jamaica | FB
out-of-domain | alexa toca o hino da frança | FB
out-of-domain | alexa quem é o presidente do chile | FB
out-of-domain | alexa quem é o primeiro ministro do canadá | FB
out-of-domain | alexa quantos habitantes tem a nigéria | FB
out-of-domain | alexa qual é o tamanho da rússia | FB
out-of-domain | alexa qual é o prato típico do peru | FB
out-of-domain | alexa qual a distância de são paulo até lisboa | FB
out-of-domain | alexa precisa de visto pra ir pro japão | FB
out-of-domain | alexa qual é o ponto mais alto da argentina | FB
out-of-domain | alexa qual é o maior rio da áfrica | FB
out-of-domain | alexa quantos países tem na áfrica | FB
out-of-domain | alexa qual é o menor país do mundo | FB
out-of-domain | alexa qual é a religião da índia | FB
out-of-domain | alexa qual é o clima em buenos aires hoje | FB
out-of-domain | alexa como tá o tempo em paris | FB
out-of-domain | alexa em que continente fica o egito | FB
out-of-domain | alexa com quem o uruguai faz fronteira | FB
out-of-domain | alexa qual é o código de discagem da itália | FB
out-of-domain | alexa quando a namíbia ficou independente | FB
out-of-domain | alexa qual é a comida mais famosa da coreia do sul | FB
out-of-domain | alexa qual é a capital mundial do surfe | FB
out-of-domain | alexa o brasil ainda tem pena capital | FB
out-of-domain | alexa o que é pena capital | FB
out-of-domain | alexa o que significa capital humano | FB
out-of-domain | alexa como declarar ganho de capital no imposto de renda | FB
out-of-domain | alexa o que é capital estrangeiro | FB
out-of-domain | alexa toca a música do capitão américa | FB
out-of-domain | alexa o que foram as capitanias hereditárias | FB
out-of-domain | alexa qual é a capital nacional do carnaval | FB
out-of-domain | alexa qual a capital brasileira do chocolate | FB
out-of-domain | alexa qual é a capital do frevo | FB
out-of-domain | alexa qual é a capital mundial da moda | FB
out-of-domain | alexa como se escreve capital com letra maiúscula | FB
out-of-domain | alexa quanto de capital eu preciso pra abrir uma empresa | FB
out-of-domain | alexa toca capital inicial no spotify | FB
out-of-domain | alexa onde fica o capitólio | FB
out-of-domain | alexa qual é a capital dos açores | FB
out-of-domain | alexa qual é a capital da galícia | FB
out-of-domain | alexa qual é a capital da andaluzia | FB
out-of-domain | alexa qual é a capital da toscana | FB
out-of-domain | alexa qual a capital da patagônia | FB
out-of-domain | alexa qual é a capital da terra do fogo | FB
out-of-domain | alexa qual é a capital da ilha de páscoa | FB
out-of-domain | alexa qual é a capital das galápagos | FB
out-of-domain | alexa qual é a capital da província de mendoza | FB
out-of-domain | alexa qual é a capital da província de córdoba na argentina | FB
out-of-domain | alexa qual é a capital de sichuan | FB
out-of-domain | alexa qual é a capital do xinjiang | FB
out-of-domain | alexa qual é a capital da província da huíla | FB
out-of-domain | alexa qual é a capital de benguela | FB
out-of-domain | alexa qual é a capital da lombardia | FB
out-of-domain | alexa qual é a capital de hokkaido | FB
out-of-domain | alexa qual é a capital do tirol | FB
out-of-domain | alexa qual é a capital da valônia | FB
out-of-domain | alexa qual é a capital da bretanha francesa | FB
out-of-domain | alexa qual é a capital da provença | FB
out-of-domain | alexa qual é a capital da sardenha | FB
out-of-domain | alexa qual é a capital das baleares | FB
out-of-domain | alexa qual é a capital do império inca | FB
out-of-domain | alexa qual era a capital do império asteca | FB
out-of-domain | alexa qual é a capital de gotham city | FB
out-of-domain | alexa qual é a capital de hogwarts | FB
out-of-domain | alexa qual é a capital da lua | FB
out-of-domain | alexa qual é a capital do polo norte | FB
out-of-domain | alexa qual é a capital da oceania | FB
out-of-domain | alexa qual é a capital da américa do sul | FB
out-of-domain | alexa qual é a capital do sertão | FB
out-of-domain | alexa qual é a capital da chapada dos veadeiros | FB
out-of-domain | alexa qual é a capital do reino de arendelle | FB
out-of-domain | alexa qual é a capital do mundo | FB
out-of-domain | alexa toca um forró pra mim | FB
out-of-domain | alexa põe um alarme pras seis da manhã | FB
out-of-domain | alexa liga a luz da sala | FB
out-of-domain | alexa conta uma piada | FB
out-of-domain | alexa quanto tá o dólar | FB
out-of-domain | alexa qual foi o placar do fortaleza | FB
out-of-domain | alexa faz um timer de dez minutos pra tapioca | FB
out-of-domain | alexa adiciona farinha na lista de compras | FB
out-of-domain | alexa quem canta essa música | FB
out-of-domain | alexa toca uma rádio de brasília | FB
out-of-domain | alexa que dia é hoje | FB
out-of-domain | alexa me lembra de pagar o boleto amanhã | FB
out-of-domain | alexa lê as notícias do dia | FB
out-of-domain | alexa toca o barulho de chuva pra eu dormir | FB
out-of-domain | alexa quantos anos você tem | FB
out-of-domain | alexa você gosta de mim | FB
out-of-domain | alexa liga pra minha mãe | FB
out-of-domain | alexa manda uma mensagem pro meu filho | FB
out-of-domain | alexa como faz moqueca capixaba | FB
out-of-domain | alexa quanto é sete vezes oito | FB
out-of-domain | alexa como se diz obrigado em japonês | FB
out-of-domain | alexa traduz bom dia pro armênio | FB
out-of-domain | alexa qual o horário do voo pra dubai | FB
out-of-domain | alexa quanto custa uma passagem pra patagônia | FB
out-of-domain | alexa quem ganhou a copa de dois mil e dois | FB
out-of-domain | alexa quantas copas a alemanha tem | FB
out-of-domain | alexa qual é o time mais famoso da argentina | FB
out-of-domain | alexa onde fica machu picchu | FB
out-of-domain | alexa qual é o país mais frio do mundo | FB
out-of-domain | alexa quantos estados tem o brasil | FB
out-of-domain | alexa quantos estados tem os estados unidos | FB
out-of-domain | alexa qual é a língua oficial de angola | FB
out-of-domain | alexa qual a população de são paulo | FB
out-of-domain | alexa quem descobriu o brasil | FB
out-of-domain | alexa qual foi a primeira capital do brasil | FB
out-of-domain | alexa por que a capital do brasil mudou pro planalto | FB
out-of-domain | alexa qual é o aeroporto principal da tailândia | FB
out-of-domain | alexa quando é o carnaval de olinda | FB
out-of-domain | alexa o papagaio pode falar com você | FB
out-of-domain | alexa toca um kpop aí | FB
out-of-domain | alexa qual a senha do wi-fi | FB
out-of-domain | alexa qual é a maior cidade do marrocos | FB
out-of-domain | alexa qual é a cidade mais visitada da tailândia | FB
out-of-domain | alexa qual é a segunda maior cidade de portugal | FB
out-of-domain | alexa quantas horas de voo de recife pra lisboa | FB
out-of-domain | alexa qual é a moeda de cabo verde | FB
out-of-domain | alexa o que se fala na guiné equatorial | FB
out-of-domain | alexa que horas são lá em maputo | FB
out-of-domain | alexa quem governa o marrocos hoje | FB
out-of-domain | alexa qual é a bandeira que tem um dragão | FB
out-of-domain | alexa qual é a comida típica de angola | FB
out-of-domain | alexa qual é a capital do baião | FB
out-of-domain | alexa qual é a capital nacional do forró pé de serra | FB
out-of-domain | alexa qual é a capital da cerveja artesanal | FB
out-of-domain | alexa qual é a capital do pantanal mato-grossense | FB
out-of-domain | alexa qual é a capital da ilha da madeira | FB
out-of-domain | alexa qual é a capital da região da catalunha | FB
out-of-domain | alexa qual é a capital da cochinchina | FB
out-of-domain | alexa qual é a capital do oeste baiano | FB
out-of-domain | alexa qual é a capital do triângulo mineiro | FB
out-of-domain | alexa qual é a capital da zona da mata | FB
out-of-domain | alexa qual é o bairro mais antigo de salvador | FB
out-of-domain | alexa toca axé pra mim véi | FB
out-of-domain | alexa acende a luz do quarto das crianças | FB
out-of-domain | alexa qual é a previsão do tempo em florianópolis | FB
out-of-domain | alexa quanto tempo demora pra cozinhar tapioca | FB
"""

if __name__ == "__main__":
    build_round(30, "pt", LINES, sys.argv, "tests/Eval/pt/round30/source/build_corpus.py")
