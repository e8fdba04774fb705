"""Round 29, Portuguese (pt-BR): a new author's own mix, written blind, with speakers, situations and wordings chosen
apart from rounds 25 to 28. Regions: paraenses of Belém and the Ver-o-Peso ("égua", "pai d'égua",
"mana", "te mete", "é de rocha"), Santarém, manauaras ("mano", "leseira", the Encontro das Águas), Boa Vista and
Pacaraima in Roraima, gaúchos of Porto Alegre, Bagé and Uruguaiana ("bah", "tchê", "tri", "capaz", "barbaridade",
chimarrão), Curitiba ("daí", the cold), Lages and Chapecó, Blumenau's Oktoberfest, Belo Horizonte ("uai sô", "trem"),
Ouro Preto's student republics, Governador Valadares (a town of emigrants), the Mooca ("orra meu", "belo"), Niterói,
Petrópolis, Campos dos Goytacazes, Mossoró, the Cariri of Crato, Feira de Santana, Vitória da Conquista, Jericoacoara,
Barreirinhas in the Lençóis Maranhenses, Pirenópolis's cavalhadas, Corumbá, Bonito. Immigrant and heritage speakers:
Venezuelans in Roraima and delivery riders ("chamo", "pana", "vale", "qué fino"), Angolans ("ya kota", "bué",
"mambo"), Russians ("nu", "skaji", "da"), Ukrainian descendants of Prudentópolis (the "baba", "dyakuyu"), Polish
descendants of Curitiba (the "babcia"), a French speaker ("merci", "s'il vous plaît"), Chinese ("ni hao"), a Syrian
husband, Pakistanis and Bangladeshis of the Brás ("assalamu alaikum", "dhonnobad"), an Iranian father ("salam"),
Argentinians, Peruvians and Central Americans ("hola che", "oe", "ay dios"). Learners (learner grammar on purpose:
"eu não sabe", "eu estudar português", "me dizer o capital", "eu ser russa e eu precisa"). Children (six years old,
Galinha Pintadinha, Patrulha Canina, Turma da Mônica, Sítio do Picapau Amarelo, Mundo Bita, hide-and-seek, a school
trip, a birthday theme, a doll's trip, homework, a new classmate from abroad). Teenagers (Brawl Stars, Fortnite,
Naruto, Genshin, a crush, shipping; "papo reto", "tipo assim", "sextou", "tô bolado", "cê é loko", "flopou", "de
boas", "mó paia"). Elders ("ô fia", "meu filho", "seu alexa", crosswords of the Coquetel, word searches, a retired
merchant seaman, the parish bingo, the Jornal Nacional, a retired sergeant, a third-age coach trip, a granddaughter
abroad, the capitals of their school days). Work: a truck driver on the BR-116, a mechanic, a zookeeper, a hairdresser,
a firefighter, a mall night guard, an ICMBio ranger, a local radio announcer, a baggage handler at Guarulhos, a hotel
receptionist in Foz do Iguaçu, a cruise entertainer, a priest writing a homily, a bus conductor, a motoboy, a market
stallholder, a cattle auctioneer, a lab technician, a barista, a tailor, an ambulance driver, a school caretaker, a
chicken exporter, a customs broker, a forklift driver. Home: brigadeiro, a nappy change, a power cut, a rainy Sunday,
watering plants, the treadmill, the dinner table, a world-map jigsaw, walking the dog, the washing machine, sewing, the
oven. Games: Super Trunfo of countries, Perfil, Show do Milhão at home, Kahoot, Gartic, Football Manager, Euro Truck
Simulator, Duolingo, a gincana, a board game, a bet for a pizza or the last slice of cake. Sport: the women's national
team, the Volleyball Nations League, the Dakar rally, Rebeca Andrade, the 2032 Olympics, the Sul-Americana, the
Paralympics, boxing, the Chess Olympiad, marathon winners, the Cricket World Cup. Travel: a Mercosur bus trip, an
exchange, a graduation trip, moving abroad, a digital nomad, air miles, a ship along Africa, a connection, a train
through Europe, family visits, a Balkan backpacking trip, a church mission. Plus follow-ups, yes/no checks with right
and wrong cities, self-corrections with a marker ("não desculpa", "digo", "ops", "quer dizer", "não peraí", "me
enganei", "corrige aí", "falei bobagem", "perdão", "não é isso", "ai errei", "quero dizer", "não não não", "ou melhor",
"troquei", "ai meu deus errei", "não mana", "não tchê", "espera", "opa", "não pera", "aliás", "me confundi",
"corrigindo"), reverse questions, official, everyday and old names, shared names (Congo, Coreia, Geórgia, Ilhas
Virgens), every several-capital country, Palestine, Montserrat, Jammu and Kashmir and Uttarakhand in the plural,
subdivisions, territories, one-shot requests and launches through the invocation name "capitais do mundo", and what
pt-BR recognition may write (accents and tildes lost: "cazaquistao", "tunisia", "vietna"; split words: "bangla desh",
"eti ópia", "ira que", "lí bano", "mau ri tânia"; joined: "costarica"; foreign spellings: "qatar", "myanmar", "kenya",
"botswana", "zimbabwe", "lesotho"; a stray trailing "e"). Out of domain: other facts about a named country, "capital"
in other senses (capital do forró, capital nacional do queijo, capital de giro, capital social, Capital Inicial, the
seven deadly sins, Marx's O Capital, letra capital, a bank), places the data lacks (Sicily, Catalonia, Tibet, Crimea,
the Amazon, the Nordeste, Europe, Atlantis, Westeros, Czechoslovakia, Prussia, the Basque Country, Corsica, the
Canaries, Madeira, Kurdistan, Chechnya, Borneo, Flanders, Narnia, Pasárgada, Middle-earth, Mars, Wakanda, Yugoslavia,
East Germany, the Soviet Union, the Roman Empire, Scandinavia, Marajó, the Pantanal, Zanzibar, Siberia, Lapland, Bali,
Tatarstan, Transnistria, Abkhazia, Somaliland, South Ossetia, Northern Cyprus) and other skills' requests. Frames
that would have been said more than three times were given a tail or an opening of their own ("por favor", "hein",
"ô alexa", "me tira uma dúvida"...).
`python3 tests/Eval/pt/round29/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 29's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
regional-speech | égua mana alexa qual é a capital {} | da eslovênia=SI
regional-speech | aqui em belém tá chovendo de novo alexa me diz a capital {} | do senegal=SN
regional-speech | pai d'égua alexa agora me responde a capital {} | da namíbia=NA
regional-speech | te mete alexa é de rocha que tu sabe a capital {} | do quirguistão=KG
regional-speech | aqui no ver o peso o freguês quer saber a capital {} | da argélia=DZ
regional-speech | mano aqui em manaus tá um calor da peste qual é a capital {} | da malásia=MY
regional-speech | ô leseira minha alexa esqueci a capital {} | da croácia=HR
regional-speech | no encontro das águas o turista perguntou a capital {} | da hungria=HU; da lituânia=LT
regional-speech | aqui em santarém a gente quer saber a capital {} | da letônia=LV
regional-speech | aqui em boa vista roraima alexa qual é a capital {} | da guiana=GY
regional-speech | bah tchê alexa qual é a capital {} | da finlândia=FI
regional-speech | barbaridade alexa tu sabe me dizer a capital {} | da áustria=AT
regional-speech | capaz que tu não sabe alexa a capital {} | do azerbaijão=AZ
regional-speech | tri difícil essa alexa qual é a capital {} | de burquina faso=BF
regional-speech | aqui em bagé tomando chimarrão me veio a dúvida qual é a capital {} | do nepal=NP
regional-speech | lá em uruguaiana na fronteira a piazada quer saber a capital {} | da argentina=AR
regional-speech | aqui em curitiba tá um frio de renguear alexa qual é a capital {} | da islândia=IS; da estônia=EE
regional-speech | daí alexa me fala a capital {} daí | da ucrânia=UA
regional-speech | uai sô qual que é a capital {} | da bélgica=BE
regional-speech | ô trem difícil alexa a capital {} é qual mesmo | do burundi=BI; de ruanda=RW
regional-speech | aqui em beagá o povo tá discutindo a capital {} | do canadá=CA
regional-speech | orra meu alexa qual que é a capital {} meu | da síria=SY
regional-speech | belo alexa aqui na mooca a nona quer saber a capital {} | de malta=MT
regional-speech | lá em governador valadares metade da cidade mora fora qual é a capital {} | dos estados unidos=US
regional-speech | aqui em ouro preto na república os estudantes apostaram a capital {} | da macedônia do norte=MK; da albânia=AL
regional-speech | vixe alexa aqui em mossoró tá um calor danado qual é a capital {} | do chade=TD; do níger=NE
regional-speech | aqui no cariri no crato a gente quer saber a capital {} | da mauritânia=MR; do mali=ML
regional-speech | em feira de santana na feira o povo perguntou a capital {} | de gana=GH
regional-speech | lá em vitória da conquista tá frio alexa me diz a capital {} | da bolívia=BO
regional-speech | aqui em jeri o gringo quer saber a capital {} | da alemanha=DE
regional-speech | nas cavalhadas de pirenópolis surgiu a dúvida qual é a capital {} | da espanha=ES
regional-speech | aqui em chapecó alexa fala a capital {} | da tchéquia=CZ
regional-speech | em blumenau na oktoberfest o pessoal quer saber a capital {} | da dinamarca=DK
regional-speech | aqui em corumbá do lado da bolívia qual é a capital {} | do paraguai=PY
regional-speech | oxi alexa aqui em barreirinhas nos lençóis qual é a capital {} | das maldivas=MV; das seicheles=SC
regional-speech | aqui em bonito mergulhando no rio me lembrei qual é a capital {} | da costa rica=CR; do panamá=PA
regional-speech | em campos dos goytacazes o povo da cana quer saber a capital {} | de cuba=CU; da jamaica=JM
regional-speech | aqui em niterói olhando o rio do outro lado alexa qual é a capital {} | da china=CN
regional-speech | aqui na serra de petrópolis alexa me diz a capital {} | de chipre=CY
regional-speech | aqui em lages na serra catarinense tá nevando quase qual é a capital {} | da rússia=RU
immigrant-speech | chamo alexa qual es la capital {} | da colômbia=CO
immigrant-speech | pana me dice a capital {} vale | de trinidad e tobago=TT
immigrant-speech | qué fino alexa e a capital {} qual é | da república dominicana=DO; do haiti=HT
immigrant-speech | aqui em pacaraima na fronteira alexa a capital {} é qual | de aruba=AW; de curaçao=CW
immigrant-speech | ya kota alexa diz-me lá a capital {} | de são tomé e príncipe=ST
immigrant-speech | é bué difícil alexa qual é a capital {} | da namíbia pá=NA
immigrant-speech | mambo sério alexa a capital {} é qual | do malaui=MW
immigrant-speech | nu alexa skaji qual é a capital {} | da moldávia=MD
immigrant-speech | da da alexa eu sei mas esqueci a capital {} | do turcomenistão=TM; do tadjiquistão=TJ
immigrant-speech | a minha baba de prudentópolis quer saber a capital {} | da ucrânia da terra dela=UA
immigrant-speech | dyakuyu alexa e a capital {} | da geórgia o país=GE; da bulgária=BG
immigrant-speech | a babcia aqui em curitiba pergunta a capital {} | da lituânia por favor=LT
immigrant-speech | merci alexa e a capital {} s'il vous plaît | do gabão=GA
immigrant-speech | ni hao alexa eu quer saber capital {} | de taiwan=TW; de singapura=SG
immigrant-speech | alexa o meu marido sírio pergunta a capital {} | da jordânia=JO
immigrant-speech | assalamu alaikum alexa qual é a capital {} | de bangladesh=BD
immigrant-speech | aqui no brás o meu primo de bangladesh quer saber a capital {} | do sri lanka=LK
immigrant-speech | dhonnobad alexa e a capital {} | do butão=BT
immigrant-speech | salam alexa meu pai iraniano quer saber a capital {} | do afeganistão=AF
immigrant-speech | hola che perdón alexa qual é a capital {} | da venezuela pra minha vizinha=VE
immigrant-speech | oe alexa qual é a capital {} pues | de el salvador=SV
immigrant-speech | ay dios alexa a capital {} | da guatemala=GT; de honduras=HN
immigrant-speech | sou venezuelano e trabalho de entregador qual é a capital {} | da nicarágua=NI; do belize=BZ
learner-speech | alexa eu não sabe a capital {} você sabe | do camboja=KH; do laos=LA
learner-speech | eu estudar português alexa qual capital {} | do vietnã=VN
learner-speech | alexa capital {} qual é ela | das filipinas=PH
learner-speech | por favor alexa me dizer o capital {} | da eritreia=ER
learner-speech | alexa o capital {} onde fica | da somália=SO; de djibuti=DJ
learner-speech | eu ser russa e eu precisa saber a capital {} | da armênia pra prova=AM
learner-speech | alexa qual é o capital de {} | dinamarca=DK
learner-speech | alexa como se chama capital {} | de uganda=UG
learner-speech | desculpa meu português alexa capital {} é que cidade | do sudão=SD; do sudão do sul=SS
learner-speech | eu não entender bem qual é capital {} | da líbia=LY
child-speech | alexa eu tenho seis anos e quero saber a capital {} | do japão=JP
child-speech | alexa a professora perguntou a capital {} e eu não sei | da frança=FR
child-speech | alexa na galinha pintadinha falou {} qual é a capital | da itália=IT
child-speech | alexa o chase da patrulha canina foi pra {} qual é a capital de lá | o canadá=CA
child-speech | alexa a mônica e o cebolinha foram pra {} qual é a capital | o méxico=MX
child-speech | alexa no sítio do picapau amarelo a emília perguntou a capital {} | da índia=IN
child-speech | alexa quem ganhar no esconde-esconde sabe a capital {} | da rússia=RU
child-speech | alexa meu colega novo veio {} qual é a capital de lá | do haiti=HT
child-speech | alexa amanhã é o passeio da escola e eu quero saber a capital {} | da inglaterra=GB-ENG
child-speech | alexa meu irmão falou que a capital {} é paris é verdade | da espanha=ES
child-speech | alexa eu tô pintando a bandeira {} qual é a capital | da jamaica=JM
child-speech | alexa o mundo bita cantou sobre {} qual é a capital | a china=CN
child-speech | alexa eu vou fazer aniversário com tema {} qual é a capital | do havaí=US-HI
child-speech | alexa a minha boneca vai viajar pra {} qual é a capital | a tailândia=TH
child-speech | alexa qual é a capital {} eu tô fazendo o dever | da noruega pro dever=NO
teen-speech | papo reto alexa qual é a capital {} | do japão papo reto=JP
teen-speech | mano tipo assim qual é a capital {} | da islândia=IS
teen-speech | sextou alexa mas antes me diz a capital {} | da sérvia=RS
teen-speech | alexa no brawl stars tem um mapa {} qual é a capital | do méxico=MX
teen-speech | alexa no fortnite tão falando {} qual é a capital | da finlândia=FI
teen-speech | alexa eu tô vendo naruto e fiquei curiosa qual é a capital {} | do japão de verdade=JP
teen-speech | tô bolado alexa ninguém sabe a capital {} | do catar=QA
teen-speech | alexa cê é loko essa é difícil qual é a capital {} | de vanuatu=VU; de tuvalu=TV
teen-speech | alexa o meu crush é {} qual é a capital de lá | da colômbia=CO
teen-speech | alexa flopou minha prova de geografia qual é a capital {} | do nepal=NP
teen-speech | alexa de boas me fala a capital {} | da tunísia=TN
teen-speech | mó paia esse trabalho alexa qual é a capital {} | da argélia=DZ
teen-speech | alexa no genshin tem uma região inspirada {} qual é a capital | na china=CN
teen-speech | alexa tô shippando um casal {} qual é a capital | das filipinas=PH
elder-speech | ô fia alexa a vó quer saber a capital {} | de israel=IL
elder-speech | meu filho alexa faz favor a capital {} | da espanha=ES
elder-speech | alexa tô fazendo as palavras cruzadas da coquetel e pede a capital {} | do iêmen=YE; de omã=OM
elder-speech | alexa no caça-palavras tem a capital {} qual é | da noruega=NO
elder-speech | alexa eu era marinheiro mercante e já passei {} qual é a capital de lá | pela libéria=LR; por serra leoa=SL; pela guiné=GN
elder-speech | alexa no bingo da paróquia perguntaram a capital {} | do vaticano=VA; de san marino=SM
elder-speech | alexa no jornal nacional falaram {} qual é a capital | do sudão=SD; da ucrânia=UA
elder-speech | alexa sou sargento reformado e esqueci a capital {} | da coreia do norte=KP
elder-speech | alexa a excursão da terceira idade vai {} qual é a capital | pra hungria=HU; pra áustria=AT
elder-speech | alexa minha neta foi morar {} qual é a capital de lá | na irlanda=IE
elder-speech | alexa fala devagar que eu escuto pouco qual é a capital {} | de luxemburgo=LU
elder-speech | seu alexa me diga uma coisa qual é a capital {} | do egito=EG
elder-speech | alexa no meu tempo de escola a capital {} era outra qual é hoje | do brasil=BR
work-context | alexa sou caminhoneiro na br cento e dezesseis e quero saber a capital {} | do paraguai=PY
work-context | alexa tô aqui na oficina com a mão suja de graxa qual é a capital {} | da suécia=SE; da finlândia=FI
work-context | alexa sou tratador de zoológico e o leão veio {} qual é a capital | de botsuana=BW
work-context | alexa aqui no salão a cliente quer saber a capital {} | da grécia=GR
work-context | alexa sou bombeiro e tô de plantão qual é a capital {} | do chile=CL
work-context | alexa sou vigilante do shopping e tô de madrugada qual é a capital {} | do barein=BH
work-context | alexa sou guarda-parque do icmbio qual é a capital {} | da costa rica=CR
work-context | alexa sou locutor da rádio da cidade e um ouvinte pediu a capital {} | da geórgia país=GE
work-context | alexa sou carregador de bagagem em guarulhos e o voo veio {} qual é a capital | do catar=QA
work-context | alexa sou recepcionista de hotel em foz e o hóspede é {} qual é a capital | de taiwan=TW
work-context | alexa sou animador de navio de cruzeiro qual é a capital {} | das bahamas=BS; de barbados=BB
work-context | alexa sou padre e vou falar na homilia sobre {} qual é a capital | o líbano=LB
work-context | alexa sou cobrador de ônibus e o passageiro perguntou a capital {} | da dinamarca=DK
work-context | alexa sou motoboy e tô parado no sinal qual é a capital {} | da escócia=GB-SCT
work-context | alexa sou feirante e o freguês gringo é {} qual é a capital de lá | do togo=TG
work-context | alexa sou leiloeiro de gado e o comprador veio {} qual é a capital | do uruguai=UY
work-context | alexa sou técnica de laboratório e tô esperando a centrífuga qual é a capital {} | da eslováquia=SK
work-context | alexa sou barista e o cliente pediu um café {} qual é a capital de lá | da colômbia=CO
work-context | alexa sou alfaiate e tô fazendo um terno pra um diplomata {} qual é a capital | de gana=GH
work-context | alexa sou motorista de ambulância e tô esperando qual é a capital {} | da moldávia=MD; do montenegro=ME
work-context | alexa sou zeladora da escola e a criançada me perguntou a capital {} | do egito=EG
work-context | alexa trabalho com exportação de frango pro oriente médio qual é a capital {} | dos emirados árabes unidos=AE; do kuwait=KW
work-context | alexa sou despachante aduaneiro em santos e o contêiner veio {} qual é a capital | de cingapura=SG
work-context | alexa sou operador de empilhadeira e tô no intervalo qual é a capital {} | da mauritânia=MR; da gâmbia=GM
home-context | alexa tô fazendo brigadeiro e meu marido quer saber a capital {} | da bélgica=BE
home-context | alexa tô trocando a fralda do bebê qual é a capital {} | do peru=PE
home-context | alexa acabou a luz aqui mas você ainda fala me diz a capital {} | da mongólia=MN
home-context | alexa domingo chuvoso aqui em casa a gente quer saber a capital {} | do afeganistão=AF
home-context | alexa tô regando as plantas qual é a capital {} | da venezuela=VE
home-context | alexa tô na esteira aqui em casa qual é a capital {} | da polônia=PL; da hungria=HU
home-context | alexa na mesa do jantar a família tá brigando pela capital {} | do canadá=CA
home-context | alexa tô montando um quebra-cabeça do mapa-múndi qual é a capital {} | do chade=TD; da república centro-africana=CF
home-context | alexa tô passeando com o cachorro e lembrei qual é a capital {} | de fiji=FJ; de samoa=WS
home-context | alexa a máquina de lavar tá batendo e eu quero saber a capital {} | de madagascar=MG; de maurício=MU
home-context | alexa tô costurando aqui qual é a capital {} | da índia=IN
home-context | alexa a comida tá no forno e bateu a dúvida qual é a capital {} | da síria=SY
game-context | alexa no super trunfo de países caiu a carta {} qual é a capital | da mongólia=MN; do níger=NE; de palau=PW
game-context | alexa no perfil a dica é a capital {} qual é | de tonga=TO; de nauru=NR
game-context | alexa estamos jogando show do milhão em casa qual é a capital {} | do cazaquistão=KZ
game-context | alexa no kahoot da escola perguntaram a capital {} | de camarões=CM; do gabão=GA
game-context | alexa no gartic a palavra é a capital {} qual é | da rússia=RU
game-context | alexa no football manager meu time vai jogar {} qual é a capital | na sérvia=RS; na croácia=HR; na bósnia=BA
game-context | alexa no euro truck simulator tô entregando carga {} qual é a capital | na romênia=RO
game-context | alexa no duolingo tô aprendendo a língua {} qual é a capital | da suécia=SE
game-context | alexa valendo uma pizza qual é a capital {} | do butão=BT; do laos=LA
game-context | alexa na trilha da gincana pediram a capital {} | das ilhas salomão=SB; da micronésia=FM
game-context | alexa na carta do jogo de tabuleiro está {} qual é a capital | uzbequistão=UZ
game-context | alexa quem acertar a capital {} ganha o último pedaço de bolo | do zimbábue=ZW; da zâmbia=ZM
sport-context | alexa a seleção feminina vai jogar com {} qual é a capital de lá | a jamaica=JM; a zâmbia=ZM
sport-context | alexa na liga das nações de vôlei o brasil pega {} qual é a capital | a polônia=PL
sport-context | alexa o rali dakar passa {} qual é a capital | pela arábia saudita=SA; pelo marrocos=MA
sport-context | alexa a rebeca andrade vai competir {} qual é a capital | na indonésia=ID
sport-context | alexa as olimpíadas de dois mil e trinta e dois são na austrália qual é a capital {} | da austrália mesmo=AU
sport-context | alexa a sul-americana tem jogo {} qual é a capital | na venezuela=VE
sport-context | alexa na paralimpíada o atleta brasileiro pega um {} qual é a capital de lá | do uzbequistão=UZ
sport-context | alexa vai ter luta de boxe com um cara {} qual é a capital | de cuba=CU
sport-context | alexa na olimpíada de xadrez o brasil joga contra {} qual é a capital | a armênia=AM
sport-context | alexa o maratonista que ganhou é {} qual é a capital de lá | de uganda=UG
sport-context | alexa na copa do mundo de críquete tem {} qual é a capital | o afeganistão=AF; o bangladesh=BD
travel-context | alexa vou de ônibus pelo mercosul qual é a capital {} | do paraguai=PY
travel-context | alexa vou fazer intercâmbio {} qual é a capital | na irlanda=IE
travel-context | alexa a viagem de formatura vai ser {} qual é a capital | no peru=PE
travel-context | alexa tô me mudando pra {} qual é a capital | portugal=PT
travel-context | alexa sou nômade digital e vou morar {} qual é a capital | na indonésia=ID
travel-context | alexa juntei milhas e vou {} qual é a capital | pra turquia=TR
travel-context | alexa vou num navio pela costa da áfrica e paro {} qual é a capital | em cabo verde=CV; no senegal=SN
travel-context | alexa minha conexão é {} qual é a capital | na etiópia=ET; no panamá=PA
travel-context | alexa vou de trem pela europa e passo {} qual é a capital | pela áustria=AT; por liechtenstein=LI
travel-context | alexa vou visitar os parentes {} qual é a capital | no líbano=LB
travel-context | alexa tô planejando um mochilão pelos bálcãs qual é a capital {} | da albânia=AL; do kosovo=XK; da macedônia do norte=MK
travel-context | alexa a missão da igreja vai pra {} qual é a capital | moçambique=MZ; timor-leste=TL
everyday-name | qual a capital {} alexa | da grécia=GR; da romênia=RO; da bulgária=BG
everyday-name | alexa me conta qual é a capital {} | de granada=GD; de santa lúcia=LC; de dominica=DM
everyday-name | alexa sabe a capital {} | de são vicente e granadinas=VC; de antígua e barbuda=AG; de são cristóvão e névis=KN
everyday-name | capital {} qual é alexa | do brunei=BN; do timor-leste=TL
everyday-name | alexa qual é que é a capital {} | de andorra=AD; de mônaco=MC; de liechtenstein=LI
everyday-name | alexa e a capital {} como é que chama | da guiné equatorial=GQ; de comores=KM
everyday-name | alexa a capital {} é qual cidade | da serra leoa=SL; da libéria=LR
everyday-name | qual é a cidade que é capital {} alexa | da gâmbia=GM
everyday-name | alexa diz pra mim a capital {} | da papua-nova guiné=PG; das ilhas marshall=MH; de kiribati=KI
everyday-name | alexa onde fica a capital {} | do lesoto=LS
everyday-name | alexa capital {} | do iêmen=YE; de omã=OM
everyday-name | alexa fala a capital {} rapidinho | da somália=SO
official-name | alexa qual é a capital da república federativa do brasil | BR
official-name | alexa qual é a capital da república popular da china | CN
official-name | alexa qual é a capital dos estados unidos mexicanos | MX
official-name | alexa me diz a capital da federação russa | RU
official-name | alexa qual é a capital da república helênica | GR
official-name | alexa a capital da confederação suíça qual é | CH
official-name | alexa qual é a capital da república portuguesa por favor | PT
official-name | alexa qual é a capital do estado plurinacional da bolívia | BO
official-name | alexa qual é a capital da república bolivariana da venezuela | VE
official-name | alexa a capital da república árabe síria | SY
official-name | alexa qual é a capital do grão-ducado de luxemburgo | LU
official-name | alexa a capital da república popular democrática da coreia qual é | KP
official-name | alexa qual é a capital da república da coreia | KR
official-name | alexa me fala a capital da república argelina democrática e popular | DZ
official-name | alexa qual é a capital da república francesa hein | FR
official-name | alexa qual é a capital da república italiana | IT
official-name | alexa e a capital da república federal da alemanha | DE
official-name | alexa a capital da república libanesa por favor | LB
official-name | alexa qual é a capital da república democrática de timor-leste | TL
official-name | alexa qual é a capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | alexa qual a capital dos estados unidos da américa | US
official-name | alexa qual é a capital da república eslovaca | SK
official-name | alexa qual é a capital da república tunisina | TN
official-name | alexa qual é a capital da república democrática do congo | CD
official-name | alexa qual é a capital da república do congo | CG
official-name | alexa qual é a capital da república centro-africana | CF
official-name | alexa a capital da república tcheca qual é | CZ
official-name | alexa me diz a capital dos emirados árabes | AE
old-name | alexa qual era a capital {} | da pérsia=IR; do sião=TH; do ceilão=LK
old-name | alexa no meu atlas velho aparece {} qual é a capital | daomé=BJ; alto volta=BF; abissínia=ET
old-name | alexa qual é a capital {} que hoje tem outro nome | da rodésia=ZW; do zaire=CD; da birmânia=MM
old-name | alexa o meu avô falava {} qual é a capital | bechuanalândia=BW; basutolândia=LS; niassalândia=MW
old-name | alexa qual é a capital {} de antigamente | de tanganica=TZ; da costa do ouro=GH
old-name | alexa a capital {} como se chama agora | das honduras britânicas=BZ; da guiana holandesa=SR; da guiana inglesa=GY
old-name | alexa qual é a capital da kampuchea | KH
old-name | alexa qual é a capital da suazilândia hoje em dia | SZ
old-name | alexa antigamente era bielo-rússia qual é a capital | BY
old-name | alexa qual é a capital da rússia branca | BY
old-name | alexa qual é a capital da grã-bretanha | GB
shared-name | alexa qual é a capital do congo | CD+CG
shared-name | alexa me diz a capital da coreia | KP+KR
shared-name | alexa qual é a capital das duas coreias | KP+KR
shared-name | alexa qual é a capital dos dois congos | CD+CG
shared-name | alexa qual é a capital da geórgia | GE+US-GA
shared-name | alexa capital das ilhas virgens | VG+VI
shared-name | alexa e as ilhas virgens qual é a capital | VG+VI
shared-name | égua alexa qual é a capital do congo | CD+CG
shared-name | bah alexa qual é a capital da coreia | KP+KR
shared-name | alexa a capital da geórgia lá dos estados unidos | US-GA
shared-name | alexa a capital da geórgia o país perto da rússia | GE
shared-name | alexa qual é a capital da geórgia americana | US-GA
shared-name | alexa qual é a capital do congo kinshasa | CD
shared-name | alexa qual é a capital do congo brazzaville | CG
shared-name | alexa qual é a capital das ilhas virgens britânicas | VG
shared-name | alexa qual é a capital das ilhas virgens americanas | VI
shared-name | alexa qual é a capital das coreias | KP+KR
shared-name | alexa os congos qual é a capital | CD+CG
shared-name | alexa a professora perguntou a capital da geórgia | GE+US-GA
shared-name | alexa uai qual é a capital das ilhas virgens | VG+VI
plural-capitals | alexa quais são as capitais da áfrica do sul | ZA
plural-capitals | alexa a áfrica do sul tem três capitais quais são elas | ZA
plural-capitals | bah alexa me diz as capitais da áfrica do sul | ZA
plural-capitals | alexa quais são as capitais da bolívia | BO
plural-capitals | alexa a bolívia tem duas capitais né quais são | BO
plural-capitals | chamo alexa las capitales da bolívia quais são | BO
plural-capitals | alexa quais são as capitais da holanda | NL
plural-capitals | alexa quais são as duas capitais dos países baixos | NL
plural-capitals | alexa quais são as capitais da malásia | MY
plural-capitals | alexa a malásia tem duas capitais quais são | MY
plural-capitals | alexa quais são as capitais do sri lanka | LK
plural-capitals | alexa o sri lanka tem duas capitais me fala elas | LK
plural-capitals | alexa quais são as capitais da costa do marfim | CI
plural-capitals | merci alexa as capitais da costa do marfim quais são | CI
plural-capitals | alexa quais são as capitais do benin | BJ
plural-capitals | alexa o benin tem duas capitais quais são elas | BJ
plural-capitals | alexa quais são as capitais do essuatíni | SZ
plural-capitals | alexa quais são as capitais da suazilândia | SZ
plural-capitals | alexa quais são as capitais da palestina | PS
plural-capitals | alexa a palestina tem duas capitais quais são | PS
plural-capitals | alexa quais são as capitais de montserrat | MS
plural-capitals | alexa montserrat tem duas capitais quais são | MS
plural-capitals | alexa quais são as capitais de jammu e caxemira | IN-JK
plural-capitals | alexa jammu e caxemira tem capital de verão e de inverno quais são | IN-JK
plural-capitals | alexa quais são as capitais de uttarakhand | IN-UK
plural-capitals | alexa uttarakhand tem duas capitais quais são | IN-UK
plural-capitals | alexa tô no trabalho de geografia quais são as capitais da áfrica do sul | ZA
plural-capitals | alexa na cruzadinha pede as capitais da bolívia quais são | BO
plural-capitals | alexa as capitais da malásia quais são mesmo | MY
plural-capitals | alexa me diz as capitais do benim | BJ
subdivision | alexa qual é a capital {} | do pará=BR-PA; do amazonas=BR-AM; de roraima=BR-RR
subdivision | alexa aqui no sul qual é a capital {} | do rio grande do sul=BR-RS; de santa catarina=BR-SC; do paraná=BR-PR
subdivision | alexa minha prima mora {} qual é a capital de lá | no tocantins=BR-TO; em sergipe=BR-SE
subdivision | alexa qual é a capital do estado {} | de alagoas=BR-AL; do piauí=BR-PI; do amapá=BR-AP
subdivision | alexa a capital {} é qual | de minas gerais=BR-MG; do espírito santo=BR-ES; da paraíba=BR-PB
subdivision | alexa meu filho mora em boston qual é a capital {} | de massachusetts=US-MA
subdivision | alexa qual é a capital do estado {} nos estados unidos | da flórida=US-FL; do texas=US-TX; da califórnia=US-CA
subdivision | alexa e a capital {} | de nova york=US-NY; do alasca=US-AK; de nova jérsei=US-NJ
subdivision | alexa qual é a capital da província {} no canadá | de ontário=CA-ON; de quebec=CA-QC; da colúmbia britânica=CA-BC
subdivision | alexa qual é a capital {} na austrália | de queensland=AU-QLD; da tasmânia=AU-TAS; da nova gales do sul=AU-NSW
subdivision | alexa qual é a capital {} na alemanha | da baviera=DE-BY; da saxônia=DE-SN
subdivision | alexa qual é a capital do estado {} na índia | de goa=IN-GA; do rajastão=IN-RJ; de kerala=IN-KL
subdivision | alexa qual é a capital {} no méxico | de jalisco=MX-JAL; de iucatã=MX-YUC; de oaxaca=MX-OAX
subdivision | alexa qual é a capital {} no reino unido | do país de gales=GB-WLS; da irlanda do norte=GB-NIR
subdivision | bah alexa o meu time vai jogar {} qual é a capital de lá | no país de gales=GB-WLS; na irlanda do norte=GB-NIR
subdivision | alexa em blumenau tem gente com família {} qual é a capital de lá | na baviera=DE-BY; na saxônia=DE-SN
subdivision | alexa meu sobrinho faz intercâmbio {} na austrália qual é a capital | na tasmânia=AU-TAS
subdivision | alexa a capital {} qual é | de nevada=US-NV; do havaí=US-HI; da luisiana=US-LA
subdivision | alexa qual é a capital {} lá do canadá | de alberta=CA-AB; de manitoba=CA-MB; do yukon=CA-YT
subdivision | alexa me diz a capital {} | de mato grosso=BR-MT; do maranhão=BR-MA; de rondônia=BR-RO
territory | alexa qual é a capital {} por favor | da groenlândia=GL; das ilhas faroé=FO
territory | alexa me fala a capital {} | de porto rico=PR; de guam=GU; da samoa americana=AS
territory | alexa a capital {} qual é ela | da guiana francesa=GF; da martinica=MQ; de guadalupe=GP
territory | alexa qual é a capital {} no caribe | das ilhas cayman=KY; das bermudas=BM; de anguila=AI
territory | alexa a capital {} que é da frança | da nova caledônia=NC; da polinésia francesa=PF; da reunião=RE
territory | alexa qual é a capital {} que é britânica | de gibraltar=GI; das ilhas malvinas=FK; de santa helena=SH
territory | alexa e a capital {} qual é | da ilha de man=IM; de jersey=JE; de guernsey=GG
territory | alexa qual é a capital {} que fica no pacífico | das ilhas cook=CK; de niue=NU; de tokelau=TK
territory | alexa qual é a capital {} lá no caribe holandês | de sint maarten=SX; de bonaire=BQ
territory | alexa qual é a capital {} hein | de svalbard=SJ; das ilhas aland=AX; de mayotte=YT
territory | alexa qual é a capital das ilhas turcas e caicos | TC
territory | alexa qual é a capital de são pedro e miquelão | PM
territory | alexa qual é a capital de wallis e futuna | WF
territory | alexa qual é a capital das ilhas marianas do norte | MP
territory | alexa qual é a capital do saara ocidental | EH
territory | alexa qual é a capital das ilhas pitcairn | PN
territory | alexa qual é a capital de são bartolomeu | BL
territory | alexa qual é a capital da ilha christmas | CX
follow-up | e {} alexa | do uruguai=UY
follow-up | e a {} | da noruega=NO
follow-up | tá e {} qual é | do paraguai=PY
follow-up | beleza e agora a {} | da guatemala=GT; de honduras=HN
follow-up | e a capital {} então | do iraque=IQ
follow-up | agora me diz a {} | do senegal=SN
follow-up | e lá {} qual é a capital | na mongólia=MN; no nepal=NP
follow-up | massa e a {} alexa | do camboja=KH
follow-up | égua e a {} | de angola=AO; de moçambique=MZ
follow-up | bah e a {} tchê | da nova zelândia=NZ
follow-up | e a do vizinho {} | da bélgica=BE
follow-up | tá certo e {} | da suécia=SE
follow-up | uai e a {} sô | do irã=IR
follow-up | e pra {} alexa | a líbia=LY
follow-up | próxima pergunta capital {} | do quênia=KE; de uganda=UG
follow-up | outra alexa capital {} | do vietnã=VN
yes-no-check | alexa a capital {} é brasília né | do brasil=BR
yes-no-check | alexa a capital {} é sydney | da austrália=AU
yes-no-check | alexa é verdade que a capital {} é toronto | do canadá=CA
yes-no-check | alexa a capital {} é istambul | da turquia=TR
yes-no-check | alexa a capital {} é nova york né | dos estados unidos=US
yes-no-check | alexa é verdade que a capital {} é rio de janeiro | do brasil hoje=BR
yes-no-check | alexa a capital {} é lagos | da nigéria=NG
yes-no-check | alexa a capital {} é zurique né | da suíça=CH
yes-no-check | alexa a capital {} é buenos aires certo | da argentina=AR
yes-no-check | alexa a capital {} é lima | do peru=PE
yes-no-check | alexa a capital {} é almaty | do cazaquistão=KZ
yes-no-check | alexa a capital {} é casablanca | do marrocos=MA
yes-no-check | alexa a capital {} é ho chi minh | do vietnã=VN
yes-no-check | alexa a capital {} é auckland | da nova zelândia=NZ
yes-no-check | alexa a capital {} é dar es salaam | da tanzânia=TZ
yes-no-check | alexa a capital {} é rangum | de mianmar=MM
yes-no-check | alexa a capital {} é abuja né | da nigéria agora=NG
yes-no-check | alexa a capital {} é canberra mesmo | da austrália agora=AU
yes-no-check | alexa a capital {} é ottawa confere | do canadá agora=CA
yes-no-check | alexa a capital {} é genebra | da suíça agora=CH
yes-no-check | alexa é certo que a capital {} é karachi | do paquistão=PK
yes-no-check | alexa a capital {} é jidá | da arábia saudita=SA
yes-no-check | alexa a capital {} é porto | de portugal=PT
yes-no-check | alexa a capital {} é barcelona | da espanha=ES
yes-no-check | alexa a capital {} é milão | da itália=IT
yes-no-check | alexa a capital {} é santa cruz | da bolívia=BO
yes-no-check | alexa a capital {} é guayaquil | do equador=EC
yes-no-check | alexa a capital {} é dubai | dos emirados árabes unidos=AE
yes-no-check | alexa a capital {} é são paulo | de são paulo=BR-SP
yes-no-check | alexa a capital {} é nova york né | do estado de nova york=US-NY
yes-no-check | alexa a capital {} é los angeles | da califórnia=US-CA
yes-no-check | alexa a capital {} é miami | da flórida=US-FL
yes-no-check | alexa a capital {} é glasgow | da escócia=GB-SCT
yes-no-check | alexa a capital {} é joão pessoa | da paraíba=BR-PB
yes-no-check | alexa a capital {} é cotonou | do benin=BJ
yes-no-check | bah alexa a capital {} é montevidéu né | do uruguai=UY
self-correction | alexa qual é a capital {} mesmo | da áustria não desculpa da austrália=AU; da suécia digo da suíça=CH
self-correction | alexa a capital {} | da islândia ops irlanda=IE; do níger quer dizer da nigéria=NG
self-correction | alexa qual é a capital {} pra mim | da eslováquia não peraí da eslovênia=SI; do irã me enganei do iraque=IQ
self-correction | alexa me diz a capital {} por favor | da colômbia corrige aí da bolívia=BO; da mauritânia falei bobagem de maurício=MU
self-correction | alexa qual é a capital {} agora | da guiné perdão da guiné-bissau=GW; da gâmbia não é isso da zâmbia=ZM
self-correction | alexa a capital {} qual é mesmo | do paraguai ai errei do uruguai=UY; da coreia do norte quero dizer da coreia do sul=KR
self-correction | alexa qual é a capital do canadá não não não dos estados unidos | US
self-correction | alexa a capital da letônia ou melhor da lituânia | LT
self-correction | alexa qual é a capital da romênia troquei da bulgária | BG
self-correction | alexa capital da tunísia ai meu deus errei da líbia | LY
self-correction | égua alexa a capital do pará não mana do amapá | BR-AP
self-correction | bah alexa a capital da argentina não tchê do chile | CL
self-correction | alexa qual é a capital do sudão espera do sudão do sul | SS
self-correction | alexa a capital da dominica não desculpa da república dominicana | DO
self-correction | alexa qual é a capital da eslovênia digo da eslováquia | SK
self-correction | alexa a capital do nepal opa do butão | BT
self-correction | alexa qual é a capital de malta não pera de mônaco | MC
self-correction | alexa a capital da geórgia o país aliás da armênia | AM
self-correction | alexa qual é a capital do camboja me confundi do laos | LA
self-correction | alexa qual é a capital da áustria corrigindo da alemanha | DE
reverse-question | alexa {} é capital de qual país | nairóbi=CITY:Nairóbi; acra=CITY:Acra; cartum=CITY:Cartum
reverse-question | alexa {} é a capital de onde | tbilisi=CITY:Tbilisi; ulan bator=CITY:Ulan Bator; katmandu=CITY:Katmandu
reverse-question | alexa de que país {} é capital | bamako=CITY:Bamako; dacar=CITY:Dakar
reverse-question | alexa qual país tem capital {} | em lusaka=CITY:Lusaka; em harare=CITY:Harare; em gaborone=CITY:Gaborone
reverse-question | alexa {} é capital de que estado | são luís=CITY:São Luís; teresina=CITY:Teresina; porto velho=CITY:Porto Velho
reverse-question | alexa {} é capital do quê | mascate=CITY:Mascate; saná=CITY:Saná; doha=CITY:Doha
reverse-question | alexa a cidade de {} é capital de qual lugar | kingston=CITY:Kingston; victoria=CITY:Victoria
reverse-question | alexa {} é capital de que país mesmo | la paz=CITY:La Paz; assunção=CITY:Assunção; quito=CITY:Quito
reverse-question | alexa {} é a capital de qual estado americano | sacramento=CITY:Sacramento; austin=CITY:Austin
reverse-question | alexa qual país tem como capital {} | vilnius=CITY:Vilnius; riga=CITY:Riga; tallinn=CITY:Tallinn
reverse-question | alexa {} é capital de qual país mano | bishkek=CITY:Bishkek; duchambe=CITY:Duchambe; asgabate=CITY:Asgabate
reverse-question | alexa de qual país a capital é {} | port moresby=CITY:Port Moresby; honiara=CITY:Honiara; apia=CITY:Apia
reverse-question | alexa {} é capital de qual província | winnipeg=CITY:Winnipeg; halifax=CITY:Halifax
reverse-question | égua alexa {} é capital de onde | belém=CITY:Belém; macapá=CITY:Macapá
reverse-question | alexa {} é capital de quê | saint john's=CITY:Saint John's; georgetown=CITY:Georgetown
one-shot | alexa pergunta pro capitais do mundo qual é a capital {} | da jordânia=JO; da estônia=EE; do kuwait=KW
one-shot | alexa pede pro capitais do mundo a capital {} | do malaui=MW; de ruanda=RW
one-shot | alexa abre o capitais do mundo e me diz a capital {} | de chipre=CY; da macedônia do norte=MK
one-shot | alexa usa o capitais do mundo pra saber a capital {} | de madagascar=MG; de moçambique=MZ
one-shot | alexa no capitais do mundo qual é a capital {} | do sudão do sul=SS; da eritreia=ER
one-shot | alexa fala pro capitais do mundo me dizer a capital {} | de cabo verde=CV; de são tomé e príncipe=ST
one-shot | alexa capitais do mundo capital {} | do togo=TG; do suriname=SR
one-shot | égua alexa pergunta lá no capitais do mundo a capital {} | do belize=BZ
one-shot | alexa pergunta ao capitais do mundo as capitais da áfrica do sul | ZA
one-shot | alexa abre capitais do mundo qual é a capital do pará | BR-PA
one-shot | alexa manda o capitais do mundo falar a capital {} | da tchéquia=CZ; da letônia=LV
launch | alexa abre o capitais do mundo por favor | LAUNCH
launch | alexa bora jogar capitais do mundo | LAUNCH
launch | alexa quero brincar de capitais do mundo | LAUNCH
launch | alexa liga o capitais do mundo pra mim | LAUNCH
launch | égua alexa abre aí o capitais do mundo | LAUNCH
launch | bah alexa abre o capitais do mundo tchê | LAUNCH
launch | alexa pode iniciar o capitais do mundo | LAUNCH
launch | alexa chama o capitais do mundo | LAUNCH
launch | alexa eu quero o capitais do mundo | LAUNCH
launch | alexa põe o capitais do mundo pra vó | LAUNCH
launch | alexa executa capitais do mundo | LAUNCH
launch | alexa abrir a skill capitais do mundo | LAUNCH
launch | alexa carrega o capitais do mundo pras crianças | LAUNCH
launch | alexa vamos de capitais do mundo | LAUNCH
launch | alexa começa o capitais do mundo | LAUNCH
launch | uai alexa abre capitais do mundo sô | LAUNCH
help | alexa como é que funciona isso aqui | HELP
help | o que eu posso perguntar pra você | HELP
help | alexa me ajuda não entendi como usa | HELP
help | como é que eu faço pra perguntar uma capital | HELP
help | alexa quais perguntas você responde | HELP
help | égua não entendi nada me ajuda | HELP
help | bah como é que se usa isso tchê | HELP
help | alexa explica pra vó como funciona | HELP
help | me ensina a usar essa skill | HELP
help | alexa que que eu falo agora | HELP
help | alexa socorro não sei o que dizer | HELP
help | alexa me dá umas instruções | HELP
help | ajuda aí alexa tô perdido | HELP
help | alexa o que esse jogo faz | HELP
help | alexa como eu pergunto a capital de um país | HELP
help | alexa preciso de ajuda com as capitais | HELP
help | alexa me dá um exemplo do que eu posso falar | HELP
help | uai como é que mexe nisso | HELP
help | alexa não sei usar me explica devagar | HELP
help | alexa quais são os comandos | HELP
help | ajuda por favor alexa | HELP
help | alexa tô confusa me orienta | HELP
stop | alexa para de falar | STOP
stop | chega por hoje alexa | STOP
stop | alexa pode parar já deu | STOP
stop | alexa sai do jogo | STOP
stop | égua para alexa | STOP
stop | bah chega tchê | STOP
stop | alexa encerra aí | STOP
stop | alexa para tudo | STOP
stop | alexa desliga isso | STOP
stop | alexa fecha a skill | STOP
stop | alexa sair agora | STOP
stop | alexa já chega de capital | STOP
stop | alexa pode encerrar por favor | STOP
stop | para alexa o bebê tá dormindo | STOP
stop | alexa silêncio por favor | STOP
stop | alexa finaliza | STOP
stop | alexa cala a boca | STOP
stop | uai para com isso sô | STOP
stop | alexa termina o jogo | STOP
stop | alexa para para para | STOP
stop | alexa sai daí | STOP
stop | alexa chega de geografia por hoje | STOP
cancel | alexa cancela isso | CANCEL
cancel | deixa pra lá alexa | CANCEL
cancel | esquece alexa não precisa mais | CANCEL
cancel | alexa cancela a pergunta | CANCEL
cancel | égua esquece isso | CANCEL
cancel | bah deixa quieto | CANCEL
cancel | alexa esquece o que eu falei | CANCEL
cancel | alexa cancelar por favor | CANCEL
cancel | deixa quieto alexa | CANCEL
cancel | alexa desiste dessa | CANCEL
cancel | alexa não quero mais saber | CANCEL
cancel | alexa cancela cancela | CANCEL
cancel | alexa pode cancelar | CANCEL
cancel | uai esquece sô | CANCEL
cancel | alexa deixa isso pra lá | CANCEL
cancel | alexa cancela que eu já achei no livro | CANCEL
cancel | esquece a pergunta alexa | CANCEL
cancel | alexa cancela a minha última pergunta | CANCEL
cancel | alexa não precisa mais não deixa | CANCEL
cancel | alexa cancela que a vó já lembrou | CANCEL
cancel | alexa esquece essa capital | CANCEL
cancel | alexa anula isso | CANCEL
plural-capitals | alexa tô estudando os territórios britânicos quais são as capitais de montserrat | MS
plural-capitals | égua alexa montserrat tem duas capitais né me diz quais | MS
plural-capitals | alexa me fala as duas capitais de montserrat por causa do vulcão | MS
plural-capitals | alexa as capitais do essuatíni quais são mesmo | SZ
plural-capitals | alexa quais são as capitais do eswatini | SZ
plural-capitals | bah alexa quais são as duas capitais da costa do marfim tchê | CI
plural-capitals | alexa o meu colega da costa do marfim disse que tem duas capitais quais são | CI
stop | alexa pode parar que a comida tá pronta | STOP
stop | égua mana para que já deu por hoje | STOP
stop | bah tchê para com isso que eu vou dormir | STOP
stop | alexa sai do capitais do mundo | STOP
stop | alexa encerra que o ônibus chegou | STOP
stop | alexa para que a novela vai começar | STOP
stop | alexa chega que eu tô cansada | STOP
stop | alexa para de perguntar capital | STOP
stop | alexa desliga que o chefe chegou | STOP
stop | alexa já deu pode sair | STOP
stop | alexa para agora que a vó dormiu | STOP
stop | orra meu alexa para | STOP
stop | alexa encerrar o jogo das capitais | STOP
stop | ya kota alexa para lá com isso | STOP
stop | alexa fecha o capitais do mundo | STOP
stop | alexa para que meu turno acabou | STOP
stop | nu chega alexa | STOP
cancel | alexa esquece a capital que eu já lembrei | CANCEL
cancel | alexa cancela que a professora já falou | CANCEL
cancel | égua mana deixa pra lá | CANCEL
cancel | bah esquece isso tchê | CANCEL
cancel | alexa deixa pra lá não precisa responder | CANCEL
cancel | alexa cancela essa que eu perguntei errado | CANCEL
cancel | alexa esquece a pergunta da vó | CANCEL
cancel | alexa não era isso cancela | CANCEL
cancel | alexa cancela que o meu filho perguntou sem querer | CANCEL
cancel | orra meu esquece | CANCEL
cancel | alexa deixa quieto que eu vejo no livro | CANCEL
cancel | alexa pode esquecer essa pergunta | CANCEL
cancel | alexa cancela aí por favor | CANCEL
cancel | uai deixa pra lá sô | CANCEL
help | égua mana como é que funciona isso | HELP
help | alexa a vó não sabe usar me ajuda | HELP
help | alexa como eu jogo esse capitais do mundo | HELP
help | alexa o que eu posso fazer aqui nesse jogo | HELP
help | orra meu como que usa isso | HELP
help | alexa pode me dar uma ajuda aqui | HELP
launch | alexa abre o capitais do mundo que a criançada quer jogar | LAUNCH
launch | orra meu alexa abre o capitais do mundo | LAUNCH
launch | ya kota alexa abre lá o capitais do mundo | LAUNCH
recognition-artefact | ô alexa qual é a capital {} | do cazaquistao=KZ; da tunisia=TN; do paquistao=PK
recognition-artefact | alexa ô alexa qual é a capital {} | da armenia=AM; do azerbaijao=AZ
recognition-artefact | alexa a capital {} por favor | de bangla desh=BD; da eti ópia=ET; do ira que=IQ
recognition-artefact | alexa capital {} qual é | da nova zelandia=NZ; da polonia=PL; da romenia=RO
recognition-artefact | alexa me responde qual é a capital {} | de sri lanca=LK; do quirguistao=KG; do uzbequistao=UZ
recognition-artefact | alexa qual é a capital {} aí | de mali=ML; do mau ri tânia=MR
recognition-artefact | alexa escuta qual é a capital {} | da costarica=CR; do camarões=CM
recognition-artefact | alexa a capital {} qual é hein | do lí bano=LB; da jor dânia=JO; do ié men=YE
recognition-artefact | alexa qual é a capital {} você sabe | de catar=QA; do qatar=QA
recognition-artefact | alexa qual é a capital {} me fala | de myanmar=MM; do kenya=KE; do botswana=BW
recognition-artefact | alexa qual é a capital {} rapidinho | da guine bissau=GW; da guine equatorial=GQ
recognition-artefact | alexa qual é a capital da república de angola e | AO
recognition-artefact | alexa qual é a capital do equador e do | EC
recognition-artefact | alexa deixa eu te perguntar qual é a capital {} | do vietna=VN; da tailandia=TH
recognition-artefact | alexa agora qual é a capital {} | do bahrein=BH; da tanzania=TZ
recognition-artefact | alexa qual é a capital {} tô curioso | do zimbabwe=ZW; do lesotho=LS; da bielo rússia=BY
bare-name | {} | cazaquistão=KZ; azerbaijão=AZ
bare-name | capital {} | da eslovênia=SI; do togo=TG
bare-name | alexa {} | burquina faso=BF; quirguistão=KG; moldávia=MD
bare-name | e {} | suriname=SR; guiana=GY
bare-name | égua {} | mianmar=MM
bare-name | alexa {} capital | djibuti=DJ; eritreia=ER
bare-name | {} alexa | tuvalu=TV; vanuatu=VU
filler-hesitation | alexa hã qual é mesmo a capital {} | do gabão=GA; de camarões=CM
filler-hesitation | alexa é é é qual é a capital {} | da libéria=LR; da guiné=GN
filler-hesitation | alexa peraí deixa eu pensar qual é a capital {} | da república centro-africana=CF; do congo brazzaville=CG
filler-hesitation | alexa ahm me diz aí hum a capital {} | de maurício=MU
filler-hesitation | alexa então assim é qual é a capital {} | do níger=NE
filler-hesitation | alexa hum hum a capital {} como é que é | das maldivas=MV
filler-hesitation | alexa como é que chama aquela cidade a capital {} | de montenegro=ME
filler-hesitation | alexa tipo é qual é a capital {} sabe | da bósnia=BA; do kosovo=XK
filler-hesitation | alexa olha só hã a capital {} | de comores=KM; das seicheles=SC
filler-hesitation | alexa éé a capital {} | do haiti=HT; de cuba=CU
politeness | alexa por gentileza qual é a capital {} | do japão=JP; da coreia do sul=KR
politeness | alexa com licença você poderia me dizer a capital {} | da alemanha=DE; da frança=FR
politeness | alexa faz um favor me diz a capital {} | da índia=IN; do irã=IR
politeness | bom dia alexa tudo bem qual é a capital {} | do chile=CL; da argentina=AR
politeness | boa noite alexa desculpa incomodar qual é a capital {} | da indonésia=ID; das filipinas=PH
politeness | alexa se não for pedir muito a capital {} | de singapura=SG; do brunei=BN
politeness | alexa obrigada querida e a capital {} | do panamá=PA; da nicarágua=NI
politeness | alexa você é um amor me diz a capital {} | de el salvador=SV; da guatemala=GT
politeness | alexa seria possível me informar a capital {} | da arábia saudita=SA; de israel=IL
trailing-words | alexa qual é a capital {} que eu esqueci | do egito=EG; da síria=SY
trailing-words | alexa qual é a capital {} é pra prova de amanhã | da tanzânia=TZ; do quênia=KE
trailing-words | alexa qual é a capital {} valeu | da croácia=HR; da sérvia=RS
trailing-words | alexa qual é a capital {} tá | do equador=EC
trailing-words | alexa qual é a capital {} só isso | da holanda=NL; da bélgica=BE
trailing-words | alexa qual é a capital {} fala logo | da austrália=AU
trailing-words | alexa qual é a capital {} e obrigado viu | da irlanda=IE; da escócia=GB-SCT
trailing-words | alexa qual é a capital {} pra eu anotar aqui | de ruanda=RW; do burundi=BI
trailing-words | alexa qual é a capital {} responde aí | da islândia=IS; da groenlândia=GL
trailing-words | alexa qual é a capital {} que meu pai não lembra | de portugal=PT; de angola=AO
capital-city-phrasing | alexa qual é a cidade capital {} | de cabo verde=CV; da guiné-bissau=GW
capital-city-phrasing | alexa qual cidade é a capital {} | da nova zelândia=NZ; da turquia=TR; do marrocos=MA
capital-city-phrasing | alexa onde fica o governo {} qual é a capital | do brasil=BR
capital-city-phrasing | alexa qual é a sede do governo {} | da holanda=NL
capital-city-phrasing | alexa a cidade mais importante politicamente {} qual é a capital | da nigéria=NG
capital-city-phrasing | alexa qual é a principal cidade {} a capital | de samoa=WS; de fiji=FJ
capital-city-phrasing | alexa em que cidade fica a capital {} | do paquistão=PK
capital-city-phrasing | alexa qual o nome da capital {} | de tonga=TO; de kiribati=KI; de nauru=NR
out-of-domain | alexa qual é a língua falada {} | na suíça=FB; na bélgica=FB
out-of-domain | alexa quantos habitantes tem {} | a nigéria=FB
out-of-domain | alexa qual é a moeda {} | do japão=FB
out-of-domain | alexa quem é o presidente {} | da argentina=FB; da frança=FB
out-of-domain | alexa qual é a maior cidade {} | da austrália=FB; do canadá=FB
out-of-domain | alexa que horas são {} | no japão=FB; em portugal=FB
out-of-domain | alexa qual é o fuso horário {} | da china=FB
out-of-domain | alexa como é a bandeira {} | do quênia=FB; do butão=FB
out-of-domain | alexa qual é o prato típico {} | do peru=FB
out-of-domain | alexa quanto custa uma passagem pra {} | a europa=FB
out-of-domain | alexa qual é o hino {} | da itália=FB
out-of-domain | alexa quanto tá o peso {} hoje | argentino=FB; mexicano=FB
out-of-domain | alexa qual é a capital {} tô curiosa | da sicília=FB; da catalunha=FB
out-of-domain | alexa só uma pergunta qual é a capital {} | do tibete=FB; da crimeia=FB
out-of-domain | alexa qual é a capital {} de novo | da amazônia=FB; do nordeste=FB
out-of-domain | alexa qual é a capital {} então | da europa=FB; da áfrica=FB
out-of-domain | alexa oi qual é a capital {} | da atlântida=FB; de westeros=FB
out-of-domain | alexa qual é a capital {} mesmo hein | da tchecoslováquia=FB; da prússia=FB
out-of-domain | alexa ei qual é a capital {} | do país basco=FB; da córsega=FB
out-of-domain | alexa qual é a capital {} lá | das ilhas canárias=FB; da madeira=FB
out-of-domain | alexa me tira uma dúvida qual é a capital {} | do curdistão=FB; da chechênia=FB
out-of-domain | alexa qual é a capital {} fazendo favor | de bornéu=FB; da flandres=FB
out-of-domain | alexa qual é a capital do forró | FB
out-of-domain | alexa qual é a capital nacional do queijo | FB
out-of-domain | alexa quanto rende meu capital na poupança | FB
out-of-domain | alexa o que é capital de giro | FB
out-of-domain | alexa como abrir conta no banco capital | FB
out-of-domain | alexa toca legião urbana | FB
out-of-domain | alexa toca aquela música da capital inicial | FB
out-of-domain | alexa qual é a letra maiúscula de a | FB
out-of-domain | alexa o que significa letra capital | FB
out-of-domain | alexa qual é a capital do mundo do samba | FB
out-of-domain | alexa quais são os sete pecados capitais em ordem | FB
out-of-domain | alexa quem escreveu o capital | FB
out-of-domain | alexa capital social de uma empresa o que é | FB
out-of-domain | alexa qual é a distância entre brasília e lisboa | FB
out-of-domain | alexa quantos países existem no mundo | FB
out-of-domain | alexa qual é o maior país da áfrica | FB
out-of-domain | alexa qual é o menor país do mundo | FB
out-of-domain | alexa qual é o rio mais comprido do mundo | FB
out-of-domain | alexa qual é a montanha mais alta da américa | FB
out-of-domain | alexa onde fica a torre eiffel | FB
out-of-domain | alexa qual é a população de são paulo | FB
out-of-domain | alexa quantos estados tem o brasil | FB
out-of-domain | alexa qual é o continente da austrália | FB
out-of-domain | alexa em que continente fica o egito | FB
out-of-domain | alexa qual é o idioma oficial de moçambique | FB
out-of-domain | alexa liga o ventilador | FB
out-of-domain | alexa acende a luz da sala | FB
out-of-domain | alexa põe um alarme pras seis | FB
out-of-domain | alexa como tá o tempo em belém | FB
out-of-domain | alexa vai chover amanhã em porto alegre | FB
out-of-domain | alexa toca um carimbó | FB
out-of-domain | alexa toca tecnobrega | FB
out-of-domain | alexa toca uma música gaúcha | FB
out-of-domain | alexa conta uma piada | FB
out-of-domain | alexa qual é a receita de tacacá | FB
out-of-domain | alexa como faz chimarrão | FB
out-of-domain | alexa quanto é sete vezes oito | FB
out-of-domain | alexa adiciona açaí na lista de compras | FB
out-of-domain | alexa quem ganhou o jogo do remo | FB
out-of-domain | alexa qual é o placar do grenal | FB
out-of-domain | alexa liga pra minha mãe | FB
out-of-domain | alexa que dia é hoje | FB
out-of-domain | alexa me conta uma história pra dormir | FB
out-of-domain | alexa quanto tá o dólar | FB
out-of-domain | alexa qual a previsão do tempo pra manaus | FB
out-of-domain | alexa quem descobriu o brasil | FB
out-of-domain | alexa quando foi a independência do brasil | FB
out-of-domain | alexa qual é o maior deserto do mundo | FB
out-of-domain | alexa qual é a língua mais falada do mundo | FB
out-of-domain | chamo alexa pon una salsa | FB
out-of-domain | alexa ya kota toca kuduro | FB
out-of-domain | alexa nu toca uma música russa | FB
out-of-domain | alexa a babcia quer ouvir polca | FB
out-of-domain | alexa quanto tempo de voo até caracas | FB
out-of-domain | alexa preciso de visto pra ir pra angola | FB
out-of-domain | alexa qual é a tomada usada na argentina | FB
out-of-domain | alexa tem terremoto no chile hoje | FB
out-of-domain | alexa me fala uma curiosidade sobre a mongólia | FB
out-of-domain | alexa qual é o esporte mais popular da índia | FB
out-of-domain | alexa quem é a rainha da dinamarca | FB
out-of-domain | alexa qual é a religião do marrocos | FB
out-of-domain | alexa quantas línguas oficiais tem a áfrica do sul | FB
out-of-domain | alexa qual é o clima da islândia em dezembro | FB
out-of-domain | alexa onde nasceu o papa francisco | FB
out-of-domain | alexa qual é o dia nacional da frança | FB
out-of-domain | alexa quanto custa um café em paris | FB
out-of-domain | alexa qual é a altitude de la paz | FB
out-of-domain | alexa qual é o pib da alemanha | FB
out-of-domain | alexa que língua falam no paraguai | FB
out-of-domain | alexa qual é a capital de narnia | FB
out-of-domain | alexa qual é a capital de pasárgada | FB
out-of-domain | alexa qual é a capital da terra média | FB
out-of-domain | alexa qual é a capital do planeta marte | FB
out-of-domain | alexa qual é a capital do reino de wakanda | FB
out-of-domain | alexa qual é a capital da iugoslávia antiga | FB
out-of-domain | alexa qual é a capital da alemanha oriental | FB
out-of-domain | alexa qual é a capital da união soviética | FB
out-of-domain | alexa qual é a capital do império romano | FB
out-of-domain | alexa qual é a capital da escandinávia | FB
out-of-domain | alexa qual é a capital da ilha de marajó | FB
out-of-domain | alexa qual é a capital do pantanal | FB
out-of-domain | alexa qual é a capital de zanzibar | FB
out-of-domain | alexa qual é a capital da sibéria | FB
out-of-domain | alexa qual é a capital da lapônia | FB
out-of-domain | alexa qual é a capital de bali | FB
out-of-domain | alexa qual é a capital do tatarstão | FB
out-of-domain | alexa qual é a capital da transnístria | FB
out-of-domain | alexa qual é a capital da abecásia | FB
out-of-domain | alexa qual é a capital da somalilândia | FB
out-of-domain | alexa qual é a capital da ossétia do sul | FB
out-of-domain | alexa qual é a capital do chipre do norte | FB
"""

if __name__ == "__main__":
    build_round(29, "pt", LINES, sys.argv, "tests/Eval/pt/round29/source/build_corpus.py")
