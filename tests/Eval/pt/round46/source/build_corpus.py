"""Round 46, Portuguese (pt-BR): a new author's own mix, written blind at the start of the forty-ninth session (brief
WRITER55.md), with speakers, situations and wordings chosen apart from round 45 (gaúchos, baianos, pernambucanos,
paulistanos, capixabas, cuiabanos and sul-mato-grossenses, brasilienses, potiguares; a car repair shop, a pharmacy
counter, a bakery at dawn, a live streamer, a student house, a bus station) and from the groups round 45 lists as
avoided for round 44 (paraenses, maranhenses, mineiros, goianos, cariocas, manauaras, cearenses; a barbershop, a beauty
salon, a hospital night shift, delivery motoboys, a street market, home office).

Regions: curitibanos and paranaenses of Curitiba, Ponta Grossa, Londrina and Maringá ("daí", "piá", "vina", "leite
quente", the tube bus stops, Polish and Ukrainian grandparents); manezinhos of Florianópolis, the Ribeirão da Ilha,
Santo Antônio de Lisboa and the Lagoa ("ó-lhó-lhó", "tás tolo", "ó o quê", "dazumbanho", Azorean roots); the German
Vale do Itajaí of Blumenau, Pomerode, Brusque and Joinville ("opa", "oma", "naja", "bitte", the Oktoberfest);
paraibanos of João Pessoa, Campina Grande and Cajazeiras ("é massa", "lá ele", "vixe maria", "bichinho"); alagoanos of
Maceió, Arapiraca and Penedo ("oxe mermão", "bora bora", "ôia", sururu); sergipanos of Aracaju, Itabaiana, Lagarto and
Estância ("ô moço", "ói rapaz"); piauienses of Teresina, Parnaíba and Picos ("mah", "arriégua", "pense", cajuína);
tocantinenses of Palmas, Araguaína, Gurupi and the Jalapão ("uai", "trem", capim dourado); acreanos and rondonienses of
Rio Branco, Cruzeiro do Sul, Porto Velho and Ji-Paraná ("maninho", "rapá", baixaria, tacacá); amapaenses and roraimenses
of Macapá, Oiapoque, Santana, Boa Vista and Pacaraima ("égua", "pai d'égua", the Marco Zero).

Situations (each its own family): truck drivers on the CB radio at a BR-116 truck stop, a retirement home, a child's
geography homework, a seventh-grade geography teacher, ENEM and Itamaraty exam study, bar quiz night, the adedonha
(stop) word game, the War board game, crosswords in a puzzle magazine, a fishing colony boat, a soybean farm, a call
center break, an airport boarding gate and a Sunday family lunch. Learners: a Portuguese class for migrants (Nepali,
Ghanaian, Togolese, Beninese, Sudanese, Somali, Eritrean, Yemeni, Jordanian, Iraqi, Palestinian, Bissau-Guinean,
Malagasy, Zambian, Gambian, Burkinabe, Malian, Armenian, Georgian, Sri Lankan, South Sudanese, Bangladeshi and
Ethiopian speakers) and university exchange students (Spanish, Greek, Romanian, Hungarian, Finnish, Israeli,
Australian, Canadian, Irish, Indonesian, Mongolian, Kazakh, Czech, Croatian, New Zealander, Malaysian, Norwegian).
Code-switching: office English, and one family of other tongues (European Portuguese, Spanish, Italian, French,
German).

Out-of-domain: weather, music (forró, carimbó, Capital Inicial), smart-home, timers, alarms, lists, prices, recipes
(barreado, sururu de capote, maria isabel, baião de dois, arroz de cuxá), facts about countries (population, currency,
language, flag, time zone), football, "capital" in other senses (social, de giro, de risco, pena capital, pecados
capitais, Marx, "capital do forró", "do frio", "da moda", "nacional do chope"), regions with no capital in the data
(continents, the Sertão, the Cariri, the Jalapão, the Vale do Itajaí, Catalonia, Sicily, Patagonia, the Basque
Country, Corsica, Sardinia, Transnistria, Abkhazia, Zanzibar, Fernando de Noronha, the Azores, Madeira, the Canaries,
Aragon, Pomerania, Siberia), historical states (Rome, the Soviet Union, the Incas, the Ottoman and Aztec empires, West
and East Germany, Czechoslovakia, Yugoslavia, the Belgian Congo) and fictional lands (Wakanda, Narnia, Westeros,
Gotham, Atlantis, Hogwarts, Middle-earth, Far Far Away, Bikini Bottom).

Yes/no checks expect the place asked about, right or wrong; self-corrections expect the last place named after the
marker; reverse questions CITY:<capital> as languages/pt.json names it; a bare shared name every place in ordinal order.
Launch lines use the invocation name "capitais do mundo".

Sources: LINES below in the round-12 entry format (`family | frame or sentence | expected`; a fill carries its own
preposition and article), one locale (pt-BR), built by build_round(46, "pt", ...) of
tests/Eval/source/round12_hinl_corpus.py.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
curitibano-speech | alexa daí piá qual é a capital {} | da polônia=PL; da ucrânia=UA; da bielorrússia=BY
curitibano-speech | alexa tô no tubo esperando o ligeirinho me diz a capital {} | da rússia=RU; da moldávia=MD; da romênia=RO
curitibano-speech | alexa minha vó polaca quer saber a capital {} | da lituânia=LT; da letônia=LV; da estônia=EE
curitibano-speech | alexa comendo um pão com vina aqui qual a capital {} | da hungria=HU; da eslováquia=SK; da tchéquia=CZ
curitibano-speech | alexa aqui em ponta grossa tá um frio danado qual é a capital {} | da geórgia país=GE; da armênia=AM; do azerbaijão=AZ
curitibano-speech | alexa lá em londrina o piá perguntou a capital {} | do japão=JP; da coreia do sul=KR; de taiwan=TW
curitibano-speech | alexa credo esqueci a capital {} | do paraná=BR-PR; de santa catarina=BR-SC; de são paulo=BR-SP
curitibano-speech | alexa na feirinha do largo da ordem perguntaram a capital da ucrânia é kiev ou não | UA
curitibano-speech | alexa daí me fala aí a capital do cazaquistão | KZ
curitibano-speech | alexa o piá do penal azul quer a capital da bulgária | BG
curitibano-speech | alexa em maringá o pessoal do trabalho perguntou qual a capital da eslovênia | SI
curitibano-speech | alexa leite quente qual é a capital da sérvia | RS
manezinho-speech | alexa ó-lhó-lhó qual é a capital {} | de portugal=PT; da espanha=ES; de cabo verde=CV
manezinho-speech | alexa tás tolo não sei a capital {} me diz tu | de malta=MT; do chipre=CY; da islândia=IS
manezinho-speech | alexa lá no ribeirão da ilha o mané quer saber a capital {} | das maldivas=MV; de maurício=MU; das seicheles=SC
manezinho-speech | alexa ó o quê qual a capital {} | de madagascar=MG; de comores=KM; de são tomé e príncipe=ST
manezinho-speech | alexa aqui no santo antônio de lisboa o açoriano perguntou a capital {} | dos açores=FB; da madeira=FB; das canárias=FB
manezinho-speech | alexa mas que mané ninguém sabe a capital da irlanda | IE
manezinho-speech | alexa segue reto toda vida e me diz a capital da nova zelândia | NZ
manezinho-speech | alexa na lagoa da conceição o turista argentino perguntou a capital da jamaica | JM
manezinho-speech | alexa tu sabe qual é a capital de santa catarina é floripa né | BR-SC
manezinho-speech | alexa dazumbanho quer saber a capital das bahamas | BS
manezinho-speech | alexa ó-lhó-lhó e a capital do timor-leste | TL
vale-do-itajai-speech | alexa aqui em blumenau a oma quer saber a capital {} | da alemanha=DE; da áustria=AT; da suíça=CH
vale-do-itajai-speech | alexa na oktoberfest perguntaram a capital {} | da baviera=DE-BY; da saxônia=DE-SN; de hesse=DE-HE
vale-do-itajai-speech | alexa opa qual é a capital {} | da baixa saxônia=DE-NI; da turíngia=DE-TH; de brandemburgo=DE-BB
vale-do-itajai-speech | alexa lá em pomerode o opa quer saber a capital {} | da pomerânia=FB; da renânia do norte-vestfália=DE-NW; de schleswig-holstein=DE-SH
vale-do-itajai-speech | alexa naja me fala a capital {} | de liechtenstein=LI; do luxemburgo=LU; da dinamarca=DK
vale-do-itajai-speech | alexa em joinville a turma da fábrica quer saber a capital {} | da suécia=SE; da noruega=NO; da finlândia=FI
vale-do-itajai-speech | alexa em brusque perguntaram a capital do sarre | DE-SL
vale-do-itajai-speech | alexa bitte qual a capital de baden-württemberg | DE-BW
vale-do-itajai-speech | alexa a oma falou que a capital da renânia-palatinado é mainz tá certo | DE-RP
vale-do-itajai-speech | alexa opa qual é a capital do meclemburgo | DE-MV
vale-do-itajai-speech | alexa na festa do marreco perguntaram a capital da saxônia-anhalt | DE-ST
paraibano-speech | alexa é massa me diz a capital {} | de israel=IL; da jordânia=JO; do líbano=LB
paraibano-speech | alexa lá ele qual é a capital {} | da síria=SY; do iraque=IQ; do irã=IR
paraibano-speech | alexa aqui em campina grande no são joão perguntaram a capital {} | da arábia saudita=SA; dos emirados árabes=AE; do catar=QA
paraibano-speech | alexa vixe maria e a capital {} qual é | do kuwait=KW; do barein=BH; de omã=OM
paraibano-speech | alexa rapaz qual a capital do iêmen | YE
paraibano-speech | alexa bichinho me diz a capital da paraíba | BR-PB
paraibano-speech | alexa na praia de tambaú o gringo quis saber a capital da turquia | TR
paraibano-speech | alexa oxe a capital da palestina qual é | PS
paraibano-speech | alexa lá em cajazeiras o povo tá discutindo a capital do afeganistão | AF
paraibano-speech | alexa arretado me conta a capital do paquistão | PK
paraibano-speech | alexa é massa e a capital de pernambuco | BR-PE
alagoano-speech | alexa oxe mermão qual é a capital {} | da nigéria=NG; de gana=GH; do togo=TG
alagoano-speech | alexa aqui em maceió comendo sururu me diz a capital {} | do senegal=SN; da gâmbia=GM; da guiné=GN
alagoano-speech | alexa bora bora qual a capital {} | de serra leoa=SL; da libéria=LR; do mali=ML
alagoano-speech | alexa lá em arapiraca na feira do fumo perguntaram a capital {} | de burquina faso=BF; do níger=NE; da mauritânia=MR
alagoano-speech | alexa em penedo na beira do são francisco quero saber a capital de alagoas | BR-AL
alagoano-speech | alexa ôia qual a capital da guiné-bissau | GW
alagoano-speech | alexa mermão a capital do benin é porto novo | BJ
alagoano-speech | alexa ô xente me diz a capital de sergipe | BR-SE
alagoano-speech | alexa na pajuçara a jangadeira quer saber a capital do chade | TD
sergipano-speech | alexa ô moço qual é a capital {} | dos camarões=CM; do gabão=GA; da guiné equatorial=GQ
sergipano-speech | alexa aqui em aracaju na orla de atalaia me diz a capital {} | da república centro-africana=CF; do sudão=SD; do sudão do sul=SS
sergipano-speech | alexa ói rapaz qual a capital {} | da etiópia=ET; da eritreia=ER; de djibuti=DJ
sergipano-speech | alexa lá em itabaiana o caminhoneiro perguntou a capital {} | da somália=SO; do quênia=KE; de uganda=UG
sergipano-speech | alexa em lagarto a professora quer saber a capital {} | de ruanda=RW; do burundi=BI; da tanzânia=TZ
sergipano-speech | alexa ô moço a capital da república democrática do congo | CD
sergipano-speech | alexa ói e a capital da república do congo | CG
sergipano-speech | alexa aqui em estância no forró me diz a capital da bahia | BR-BA
sergipano-speech | alexa rapaz a capital do malaui qual é | MW
piauiense-speech | alexa mah qual é a capital {} | de angola=AO; da zâmbia=ZM; do zimbábue=ZW
piauiense-speech | alexa arriégua tomando uma cajuína aqui me diz a capital {} | de moçambique=MZ; da namíbia=NA; de botsuana=BW
piauiense-speech | alexa pense num calor em teresina qual a capital {} | do lesoto=LS; do egito=EG; da líbia=LY
piauiense-speech | alexa lá em parnaíba no delta perguntaram a capital {} | da tunísia=TN; da argélia=DZ; do marrocos=MA
piauiense-speech | alexa bicho me diz a capital do piauí | BR-PI
piauiense-speech | alexa em picos o pessoal do mel quer saber a capital do maranhão | BR-MA
piauiense-speech | alexa mah a capital da suazilândia é qual | SZ
piauiense-speech | alexa arriégua qual é a capital do saara ocidental | EH
piauiense-speech | alexa rapaz a capital da áfrica do sul qual é | ZA
piauiense-speech | alexa na serra da capivara o guia perguntou a capital do ceará | BR-CE
tocantinense-speech | alexa uai qual é a capital {} | do tocantins=BR-TO; de goiás=BR-GO; do mato grosso=BR-MT
tocantinense-speech | alexa aqui em palmas nesse calorão me fala a capital {} | da argentina=AR; do chile=CL; do peru=PE
tocantinense-speech | alexa lá no jalapão o guia quer saber a capital {} | do equador=EC; da colômbia=CO; da venezuela=VE
tocantinense-speech | alexa trem difícil qual a capital {} | da guiana=GY; do suriname=SR; do uruguai=UY
tocantinense-speech | alexa em araguaína o peão perguntou a capital do paraguai | PY
tocantinense-speech | alexa uai e a capital da bolívia | BO
tocantinense-speech | alexa em gurupi a criançada quer saber a capital do brasil | BR
tocantinense-speech | alexa fazendo artesanato de capim dourado me diz a capital do pará | BR-PA
tocantinense-speech | alexa uai sô a capital do maranhão é são luís né | BR-MA
acreano-speech | alexa maninho qual é a capital {} | do acre=BR-AC; de rondônia=BR-RO; do amazonas=BR-AM
acreano-speech | alexa aqui em rio branco comendo baixaria me diz a capital {} | do méxico=MX; da guatemala=GT; de belize=BZ
acreano-speech | alexa rapá qual a capital {} | de honduras=HN; de el salvador=SV; da nicarágua=NI
acreano-speech | alexa lá em cruzeiro do sul o parente perguntou a capital {} | da costa rica=CR; do panamá=PA; de cuba=CU
acreano-speech | alexa em porto velho tomando tacacá qual é a capital do haiti | HT
acreano-speech | alexa maninho a capital da república dominicana | DO
acreano-speech | alexa em ji-paraná o pessoal quer saber a capital de roraima | BR-RR
acreano-speech | alexa o acre existe mesmo qual é a capital dele | BR-AC
acreano-speech | alexa rapá na fronteira com o peru perguntaram a capital de madre de dios | FB
amapaense-speech | alexa égua qual é a capital {} | do amapá=BR-AP; da guiana francesa=GF; da frança=FR
amapaense-speech | alexa aqui no marco zero do meio do mundo me diz a capital {} | de trinidad e tobago=TT; de barbados=BB; de granada=GD
amapaense-speech | alexa pai d'égua qual a capital {} | de santa lúcia=LC; de são vicente e granadinas=VC; da dominica=DM
amapaense-speech | alexa lá no oiapoque o francês perguntou a capital {} | de antígua e barbuda=AG; de são cristóvão e névis=KN; da martinica=MQ
amapaense-speech | alexa em boa vista o venezuelano quer saber a capital de guadalupe | GP
amapaense-speech | alexa égua mana a capital de aruba | AW
amapaense-speech | alexa em pacaraima na fronteira me diz a capital de curaçao | CW
amapaense-speech | alexa pai d'égua a capital de roraima é boa vista né | BR-RR
amapaense-speech | alexa em santana no porto perguntaram a capital do pará | BR-PA
caminhoneiro-radio | alexa aqui na boleia parado no posto da br cento e dezesseis qual a capital {} | da china=CN; da mongólia=MN; do cazaquistão=KZ
caminhoneiro-radio | alexa câmbio me passa a capital {} | do uzbequistão=UZ; do turcomenistão=TM; do quirguistão=KG
caminhoneiro-radio | alexa positivo agora a capital {} | do tadjiquistão=TJ; da índia=IN; do nepal=NP
caminhoneiro-radio | alexa o colega no rádio px quer saber a capital {} | do butão=BT; de bangladesh=BD; do sri lanka=LK
caminhoneiro-radio | alexa carregando soja pra paranaguá me diz a capital {} | de mato grosso do sul=BR-MS; do rio grande do sul=BR-RS; de minas gerais=BR-MG
caminhoneiro-radio | alexa aqui na serra do cafezal tá parado qual é a capital da coreia do norte | KP
caminhoneiro-radio | alexa câmbio desligo mas antes a capital do japão | JP
caminhoneiro-radio | alexa na balança de registro o fiscal perguntou a capital do espírito santo | BR-ES
caminhoneiro-radio | alexa pé na estrada qual é a capital de myanmar | MM
caminhoneiro-radio | alexa na rodovia régis bittencourt alguém sabe a capital da tailândia | TH
vovo-casa-de-repouso | alexa minha filha faz um favor qual é a capital {} | da itália=IT; da grécia=GR; da bélgica=BE
vovo-casa-de-repouso | alexa no meu tempo a capital {} era outra qual é agora | do brasil=BR; da alemanha=DE; do cazaquistão=KZ
vovo-casa-de-repouso | alexa ô alexa a capital {} como era mesmo | da inglaterra=GB-ENG; da escócia=GB-SCT; do país de gales=GB-WLS
vovo-casa-de-repouso | alexa a enfermeira perguntou a capital da irlanda do norte você sabe | GB-NIR
vovo-casa-de-repouso | alexa meu neto mora no canadá qual é a capital de lá | CA
vovo-casa-de-repouso | alexa minha querida a capital da hungria é budapeste não é | HU
vovo-casa-de-repouso | alexa a dona cida do quarto ao lado quer saber a capital de portugal | PT
vovo-casa-de-repouso | alexa fala mais devagar qual é a capital do vaticano | VA
vovo-casa-de-repouso | alexa eu já fui pra lá em setenta e dois qual é a capital da iugoslávia | FB
vovo-casa-de-repouso | alexa na hora do bingo surgiu a dúvida a capital de mônaco | MC
vovo-casa-de-repouso | alexa deus te abençoe qual é a capital de san marino | SM
vovo-casa-de-repouso | alexa não tô escutando direito a capital da áustria | AT
crianca-dever-de-casa | alexa alexa qual é a capital {} | dos estados unidos=US; do canadá=CA; da austrália=AU
crianca-dever-de-casa | alexa a tia mandou pesquisar a capital {} | do egito=EG; da frança=FR; da china=CN
crianca-dever-de-casa | alexa pra tarefa de geografia eu preciso da capital {} | do rio de janeiro=BR-RJ; de minas gerais=BR-MG; da bahia=BR-BA
crianca-dever-de-casa | alexa mamãe falou pra eu te perguntar a capital {} | do japão=JP; da rússia=RU; da índia=IN
crianca-dever-de-casa | alexa eu tenho sete anos qual é a capital da argentina | AR
crianca-dever-de-casa | alexa alexa alexa a capital do méxico | MX
crianca-dever-de-casa | alexa no trabalho da escola tem que colocar a capital da nova zelândia | NZ
crianca-dever-de-casa | alexa a capital da espanha é a mesma coisa que o país | ES
crianca-dever-de-casa | alexa meu irmão disse que a capital da austrália é sydney é mentira dele né | AU
crianca-dever-de-casa | alexa pra prova de amanhã qual a capital do amazonas | BR-AM
crianca-dever-de-casa | alexa qual é a capital do pinguim | FB
crianca-dever-de-casa | alexa a capital da antártida | AQ
professor-geografia | alexa pra turma do sétimo ano qual é a capital {} | da croácia=HR; da sérvia=RS; da bósnia e herzegovina=BA
professor-geografia | alexa professor aqui confirmando pros alunos a capital {} | do montenegro=ME; da albânia=AL; da macedônia do norte=MK
professor-geografia | alexa projeta pra sala a capital {} | do kosovo=XK; da bulgária=BG; da eslovênia=SI
professor-geografia | alexa turma silêncio alexa qual é a capital do sudão do sul | SS
professor-geografia | alexa na aula sobre a guerra fria me diz a capital da alemanha oriental | FB
professor-geografia | alexa o aluno do fundão quer saber a capital de mianmar | MM
professor-geografia | alexa pra correção da prova a capital do cazaquistão mudou de nome né | KZ
professor-geografia | alexa na aula de regionalização qual a capital do distrito federal | BR-DF
professor-geografia | alexa pergunta do livro didático qual é a capital da nigéria | NG
professor-geografia | alexa pro mapa mudo qual a capital de burundi | BI
concurseiro-enem | alexa revisão pro enem qual a capital {} | da tailândia=TH; do vietnã=VN; do laos=LA
concurseiro-enem | alexa estudando pro concurso do itamaraty me diz a capital {} | do camboja=KH; de cingapura=SG; da indonésia=ID
concurseiro-enem | alexa questão de atualidades qual é a capital {} | das filipinas=PH; de brunei=BN; do timor leste=TL
concurseiro-enem | alexa simulado do enem qual é a capital {} | da malásia=MY; da coreia do sul=KR; da mongólia=MN
concurseiro-enem | alexa banca cespe adora perguntar a capital da costa do marfim qual é | CI
concurseiro-enem | alexa pro cacd qual a capital do burquina fasso | BF
concurseiro-enem | alexa flashcard número trinta a capital de tuvalu | TV
concurseiro-enem | alexa cursinho pré-vestibular quer saber a capital da bolívia oficial | BO
concurseiro-enem | alexa pra redação do enem preciso da capital do haiti | HT
concurseiro-enem | alexa última revisão antes da prova a capital da tanzânia | TZ
quiz-de-boteco | alexa valendo uma cerveja qual é a capital {} | de fiji=FJ; de papua-nova guiné=PG; das ilhas salomão=SB
quiz-de-boteco | alexa o garçom quer saber a capital {} | de vanuatu=VU; de samoa=WS; de tonga=TO
quiz-de-boteco | alexa rodada final do quiz a capital {} | de quiribati=KI; de nauru=NR; de palau=PW
quiz-de-boteco | alexa aposto uma porção de fritas que a capital {} | das ilhas marshall=MH; da micronésia=FM; da austrália=AU
quiz-de-boteco | alexa quem errar paga a conta qual é a capital da turquia | TR
quiz-de-boteco | alexa a mesa do canto tá brigando qual é a capital do marrocos | MA
quiz-de-boteco | alexa tira essa dúvida pra gente a capital da suíça é zurique | CH
quiz-de-boteco | alexa no quiz do bar perguntaram a capital do canadá é toronto ou ottawa | CA
quiz-de-boteco | alexa desempata aí a capital da nova caledônia | NC
quiz-de-boteco | alexa vale ponto dobrado a capital da polinésia francesa | PF
adedonha-game | alexa no stop deu a letra {} | b qual é a capital da bélgica=BE; l qual a capital do peru=PE; m qual é a capital da espanha=ES
adedonha-game | alexa jogando adedonha aqui confere a capital {} | do nepal=NP; do butão=BT; de bangladesh=BD
adedonha-game | alexa na adedonha a categoria é capital e a letra é t qual é a capital do japão | JP
adedonha-game | alexa stop stop a capital da colômbia começa com b | CO
adedonha-game | alexa adedonha vale a capital do sri lanka | LK
adedonha-game | alexa o primo falou que a capital das maldivas é malé vale ponto | MV
adedonha-game | alexa letra k qual capital do quênia | KE
adedonha-game | alexa na brincadeira de stop qual é a capital da ucrânia | UA
war-board-game | alexa jogando war qual é a capital {} | da groenlândia=GL; do alasca=US-AK; da islândia=IS
war-board-game | alexa no tabuleiro do war apareceu a capital {} | do egito=EG; da argélia=DZ; da sibéria=FB
war-board-game | alexa conquistei a áfrica no war qual a capital {} | do sudão=SD; do congo=CD+CG; de madagascar=MG
war-board-game | alexa no war tem vladivostok qual é a capital da rússia mesmo | RU
war-board-game | alexa o objetivo do war é conquistar a ásia qual a capital da china | CN
war-board-game | alexa jogando war com os primos qual é a capital do méxico | MX
war-board-game | alexa no war tem a califórnia qual a capital dela | US-CA
war-board-game | alexa acabou o war agora me diz a capital de nova york | US-NY
palavras-cruzadas | alexa na palavra cruzada pede a capital {} com cinco letras | da itália=IT; da noruega=NO; do peru=PE
palavras-cruzadas | alexa cruzadinha da revista capital {} | do catar=QA; de omã=OM; do chile=CL
palavras-cruzadas | alexa coquetel aqui a capital da letônia com quatro letras | LV
palavras-cruzadas | alexa na cruzada diz capital do iraque qual é | IQ
palavras-cruzadas | alexa a capital da albânia tem seis letras qual é | AL
palavras-cruzadas | alexa a horizontal doze é capital da síria | SY
palavras-cruzadas | alexa na cruzadinha a vertical pede a capital da jordânia | JO
palavras-cruzadas | alexa caça-palavras de capitais qual é a capital da mongólia | MN
pescador-barco | alexa aqui no barco na colônia de pescadores qual é a capital {} | das ilhas faroé=FO; da groenlândia=GL; das ilhas malvinas=FK
pescador-barco | alexa puxando a rede aqui me diz a capital {} | de santa helena=SH; das bermudas=BM; de gibraltar=GI
pescador-barco | alexa o pescador velho quer saber a capital {} | da noruega=NO; do japão=JP; do chile=CL
pescador-barco | alexa no rádio do barco falaram de svalbard qual a capital de lá | SJ
pescador-barco | alexa aqui em laguna com os botos qual é a capital da islândia | IS
pescador-barco | alexa o mestre do barco perguntou a capital das ilhas geórgia do sul | GS
pescador-barco | alexa recolhendo o camarão me fala a capital das ilhas cook | CK
pescador-barco | alexa qual é a capital de niue | NU
agro-fazenda | alexa aqui na fazenda de soja o comprador chinês falou da capital {} | da china=CN; de hong kong=HK; de macau=MO
agro-fazenda | alexa no meio da colheita me diz a capital {} | do iowa=US-IA; de nebraska=US-NE; do kansas=US-KS
agro-fazenda | alexa o agrônomo quer saber a capital {} | de illinois=US-IL; de indiana=US-IN; de ohio=US-OH
agro-fazenda | alexa no matopiba tem gente de tudo que é lugar qual é a capital do tocantins | BR-TO
agro-fazenda | alexa o cara da trading perguntou a capital da holanda | NL
agro-fazenda | alexa depois da ordenha me fala a capital da nova zelândia | NZ
agro-fazenda | alexa na exposição agropecuária perguntaram a capital de mato grosso | BR-MT
agro-fazenda | alexa o comprador da arábia quer saber a capital do egito | EG
call-center-pausa | alexa na pausa do atendimento qual é a capital {} | do texas=US-TX; da flórida=US-FL; da califórnia=US-CA
call-center-pausa | alexa o supervisor quer saber a capital {} | de ontário=CA-ON; de quebec=CA-QC; da colúmbia britânica=CA-BC
call-center-pausa | alexa no cafezinho da pausa me diz a capital {} | de nova jersey=US-NJ; da pensilvânia=US-PA; de massachusetts=US-MA
call-center-pausa | alexa cliente americano ligou de michigan qual é a capital de lá | US-MI
call-center-pausa | alexa a ligação caiu mas qual é a capital de alberta | CA-AB
call-center-pausa | alexa antes do próximo cliente a capital de nova escócia | CA-NS
call-center-pausa | alexa o ticket veio de manitoba qual a capital | CA-MB
call-center-pausa | alexa pausa de dez minutos qual é a capital do arizona | US-AZ
call-center-pausa | alexa o cliente era de saskatchewan qual é a capital de lá | CA-SK
aeroporto-portao | alexa no portão de embarque qual é a capital {} | das ilhas cayman=KY; de porto rico=PR; das ilhas turcas e caicos=TC
aeroporto-portao | alexa meu voo atrasou me diz a capital {} | de anguila=AI; de montserrat=MS; de são martinho=MF
aeroporto-portao | alexa conexão em guarulhos qual a capital {} | do catar=QA; de guam=GU; da samoa americana=AS
aeroporto-portao | alexa no free shop perguntaram a capital de jersey | JE
aeroporto-portao | alexa o comissário quer saber a capital da ilha de man | IM
aeroporto-portao | alexa voando pra reunião qual é a capital de sint maarten | SX
aeroporto-portao | alexa escala em lisboa qual é a capital da ilha da reunião | RE
aeroporto-portao | alexa no check-in perguntaram a capital de guernsey | GG
aeroporto-portao | alexa vou desembarcar em mayotte qual é a capital | YT
almoco-de-domingo | alexa o tio jura que a capital {} é outra qual é | de goiás=BR-GO; do paraná=BR-PR; do rio grande do norte=BR-RN
almoco-de-domingo | alexa na macarronada de domingo me diz a capital {} | de rondônia=BR-RO; do amapá=BR-AP; de sergipe=BR-SE
almoco-de-domingo | alexa a sogra quer saber a capital {} | do ceará=BR-CE; de pernambuco=BR-PE; da paraíba=BR-PB
almoco-de-domingo | alexa o cunhado falou que a capital do tocantins é araguaína | BR-TO
almoco-de-domingo | alexa passa a farofa e me diz a capital de alagoas | BR-AL
almoco-de-domingo | alexa a vó perguntou a capital do piauí de novo | BR-PI
almoco-de-domingo | alexa depois do pavê qual é a capital do acre | BR-AC
almoco-de-domingo | alexa é pavê ou pra comer a capital de roraima | BR-RR
learner-aula-portugues | alexa eu ser de nepal qual capital {} | de nepal=NP; de meu país nepal=NP; de índia=IN
learner-aula-portugues | alexa eu aluno da aula de português capital {} qual é | de gana=GH; de togo=TG; de benin=BJ
learner-aula-portugues | alexa eu moro em são paulo dois anos eu quero capital {} | de sudão=SD; de somália=SO; de eritreia=ER
learner-aula-portugues | alexa por favor professora falou perguntar capital {} | de iêmen=YE; de jordânia=JO; de iraque=IQ
learner-aula-portugues | alexa eu é palestino qual é capital de palestina | PS
learner-aula-portugues | alexa minha país é guiné-bissau capital qual | GW
learner-aula-portugues | alexa desculpa português ruim capital de madagascar | MG
learner-aula-portugues | alexa eu vem de zâmbia capital de zâmbia é | ZM
learner-aula-portugues | alexa eu gambiano trabalha na obra qual capital de gâmbia | GM
learner-aula-portugues | alexa capital de burkina faso onde é | BF
learner-aula-portugues | alexa eu do mali capital mali qual | ML
learner-aula-portugues | alexa fala devagar por favor capital de armênia | AM
learner-aula-portugues | alexa eu georgiano de tbilisi capital de geórgia é tbilisi sim | GE
learner-aula-portugues | alexa eu sri lanka pessoa capital de sri lanka qual | LK
learner-aula-portugues | alexa eu morar curitiba eu de sudão do sul capital | SS
learner-aula-portugues | alexa capital do bangladexe por favor | BD
learner-aula-portugues | alexa eu iraquiano capital de iraque bagdá sim | IQ
learner-aula-portugues | alexa como fala capital de etiópia | ET
intercambista-learner | alexa hola eu sou da espanha qual é a capital {} | de aragão=FB; da espanha=ES; de andorra=AD
intercambista-learner | alexa eu intercâmbio na usp qual é a capital {} | de grécia=GR; de romênia=RO; de hungria=HU
intercambista-learner | alexa eu estudante da finlândia por favor a capital {} | de finlândia=FI; de noruega=NO; de estônia=EE
intercambista-learner | alexa eu vim do israel para estudar a capital {} qual é | de israel=IL; de chipre=CY; de turquia=TR
intercambista-learner | alexa eu sou australiano capital {} | de queensland=AU-QLD; de tasmânia=AU-TAS; de victoria=AU-VIC
intercambista-learner | alexa eu sou do canadá capital {} qual é | de yukon=CA-YT; de nunavut=CA-NU; de terra nova=CA-NL
intercambista-learner | alexa eu irlandês e escocês amigo quer capital de escócia | GB-SCT
intercambista-learner | alexa meu colega da indonésia pergunta capital de indonésia mudou | ID
intercambista-learner | alexa eu sou da mongólia capital de mongólia | MN
intercambista-learner | alexa eu sou do cazaquistão a capital de meu país mudou nome | KZ
intercambista-learner | alexa eu tcheco de praga capital de tchéquia é praga | CZ
intercambista-learner | alexa eu croata qual capital de croácia | HR
intercambista-learner | alexa eu sou neozelandês a capital de nova zelândia | NZ
intercambista-learner | alexa eu estudante de malásia capital de malásia é | MY
intercambista-learner | alexa eu sou da noruega qual capital de svalbard | SJ
code-switch-english | alexa what's the capital {} | of brazil=BR; of portugal=PT; of scotland=GB-SCT
code-switch-english | alexa qual é a capital {} | de germany=DE; da south korea=KR; do new mexico=US-NM
code-switch-english | alexa me diz the capital {} | of oregon=US-OR; of nevada=US-NV; of colorado=US-CO
code-switch-english | alexa tipo qual é a capital de washington state | US-WA
code-switch-english | alexa na daily do time perguntaram the capital of kenya | KE
code-switch-english | alexa só um quick question qual a capital da tennessee | US-TN
code-switch-english | alexa fala pra mim in english the capital of louisiana | US-LA
code-switch-english | alexa qual a capital de north carolina | US-NC
code-switch-english | alexa what's the capital of the philippines por favor | PH
code-switch-english | alexa capital of ghana please qual é | GH
code-switch-english | alexa no meeting o gringo perguntou qual a capital de virginia | US-VA
code-switch-english | alexa what is the capital of minas gerais | BR-MG
code-switch-english | alexa basically qual é a capital do kentucky | US-KY
code-switch-english | alexa what are the capitals of malaysia | MY
code-switch-misc | alexa ó pá diz-me lá qual é a capital {} | do brasil=BR; de angola=AO; de moçambique=MZ
code-switch-misc | alexa cuál es la capital {} | de venezuela=VE; de panamá=PA; de ecuador=EC
code-switch-misc | alexa il padre italiano chiede qual è la capitale dell'italia | IT
code-switch-misc | alexa quelle est la capitale du sénégal | SN
code-switch-misc | alexa por favor dime la capital de costa rica | CR
code-switch-misc | alexa ó rapariga qual é a capital de timor | TL
code-switch-misc | alexa então diz-me a capital de são tomé | ST
code-switch-misc | alexa wie heißt die hauptstadt von österreich | AT
code-switch-misc | alexa oye cuál es la capital de honduras | HN
code-switch-misc | alexa ó alexa a capital de cabo verde é a praia pois é | CV
follow-up | e {} | a da suécia=SE; a do equador=EC; a da zâmbia=ZM
follow-up | e a capital {} | do laos=LA; de goiás=BR-GO; do chade=TD
follow-up | tá e {} | do líbano=LB; da guatemala=GT; da bahia=BR-BA
follow-up | alexa e {} | a do paraguai=PY; da lituânia=LT; de sergipe=BR-SE
follow-up | agora {} | a da polônia=PL; a do uruguai=UY; a do mali=ML
follow-up | beleza e a {} | da islândia=IS; do sudão=SD; do camboja=KH
follow-up | e aquela {} | do vietnã=VN; da argélia=DZ; de belize=BZ
follow-up | e no caso {} | da dinamarca=DK; do iêmen=YE; de alagoas=BR-AL
follow-up | ok e {} qual é | a da eslováquia=SK; a do quirguistão=KG; a da tunísia=TN
follow-up | valeu e a capital da mauritânia | MR
follow-up | e pra finalizar a da guiana | GY
follow-up | hum e a do congo | CD+CG
follow-up | e a do nepal | NP
follow-up | próxima a capital do brunei | BN
follow-up | alexa agora a da jamaica | JM
follow-up | e de cuba | CU
follow-up | mais uma a capital da estônia | EE
follow-up | e o piauí | BR-PI
plural-capitals | alexa quais são as capitais {} | da bolívia=BO; da áfrica do sul=ZA; da malásia=MY
plural-capitals | alexa me diz as capitais {} | do benin=BJ; da costa do marfim=CI; do sri lanka=LK
plural-capitals | alexa quais as duas capitais {} | dos países baixos=NL; de essuatíni=SZ; da palestina=PS
plural-capitals | alexa piá quais são as três capitais da áfrica do sul | ZA
plural-capitals | alexa mah a áfrica do sul tem quantas capitais e quais são | ZA
plural-capitals | alexa pro enem quais as capitais da áfrica do sul | ZA
plural-capitals | alexa lá ele quais são as capitais da bolívia | BO
plural-capitals | alexa no quiz do bar quais as capitais da bolívia la paz e sucre | BO
plural-capitals | alexa uai a bolívia tem duas capitais quais são | BO
plural-capitals | alexa oxe mermão quais são as capitais do benin | BJ
plural-capitals | alexa pra prova quais as duas capitais do benin | BJ
plural-capitals | alexa quais são as capitais da costa do marfim abidjan e | CI
plural-capitals | alexa ô moço quais as capitais da costa do marfim | CI
plural-capitals | alexa na cruzadinha quais são as capitais da costa do marfim | CI
plural-capitals | alexa ó-lhó-lhó quais as capitais do sri lanka | LK
plural-capitals | alexa revisão quais são as duas capitais do sri lanka | LK
plural-capitals | alexa quais as capitais do ceilão | LK
plural-capitals | alexa concurseiro aqui quais as capitais da malásia | MY
plural-capitals | alexa maninho quais são as capitais da malásia kuala lumpur e a outra | MY
plural-capitals | alexa opa quais são as capitais da holanda | NL
plural-capitals | alexa o comprador holandês falou que tem duas capitais quais são as da holanda | NL
plural-capitals | alexa quais as capitais dos países baixos amsterdã e haia | NL
plural-capitals | alexa quais são as capitais da suazilândia | SZ
plural-capitals | alexa arriégua quais as capitais de essuatíni | SZ
plural-capitals | alexa quais as capitais do reino de essuatíni | SZ
plural-capitals | alexa é massa quais são as capitais da palestina | PS
plural-capitals | alexa eu palestino quais capitais de palestina | PS
plural-capitals | alexa quais são as capitais de jammu e caxemira | IN-JK
plural-capitals | alexa quais as capitais do uttarakhand | IN-UK
plural-capitals | alexa quais são as capitais dos dois congos | CD+CG
plural-capitals | alexa quais são as capitais das duas coreias | KP+KR
subdivision | alexa sabe me dizer qual é a capital {} | do maine=US-ME; de vermont=US-VT; de new hampshire=US-NH
subdivision | alexa me fala a capital do estado {} | de connecticut=US-CT; de rhode island=US-RI; de delaware=US-DE
subdivision | alexa por acaso qual a capital {} | de maryland=US-MD; da virgínia ocidental=US-WV; da carolina do sul=US-SC
subdivision | alexa sabe a capital {} | do alabama=US-AL; do mississippi=US-MS; da luisiana=US-LA
subdivision | alexa a capital do estado americano {} | do arkansas=US-AR; do missouri=US-MO; de oklahoma=US-OK
subdivision | alexa diz a capital {} | de minnesota=US-MN; de wisconsin=US-WI; de iowa=US-IA
subdivision | alexa qual é a capital dos estados {} | de dakota do norte=US-ND; de dakota do sul=US-SD; de montana=US-MT
subdivision | alexa a capital {} é qual | de wyoming=US-WY; de idaho=US-ID; de utah=US-UT
subdivision | alexa qual é a capital do estado americano de {} | washington=US-WA; havaí=US-HI; nova iorque=US-NY
subdivision | alexa e a capital {} nos estados unidos qual é | da geórgia dos estados unidos=US-GA; da carolina do norte=US-NC; do novo méxico=US-NM
subdivision | alexa qual a capital do estado indiano {} | de maharashtra=IN-MH; de kerala=IN-KL; de tamil nadu=IN-TN
subdivision | alexa me diz a capital {} na índia | do punjab=IN-PB; de goa=IN-GA; do rajastão=IN-RJ
subdivision | alexa qual é a capital do estado {} | de bengala ocidental=IN-WB; de karnataka=IN-KA; de gujarat=IN-GJ
subdivision | alexa a capital do estado {} na índia qual é | de uttar pradesh=IN-UP; de bihar=IN-BR; de odisha=IN-OD
subdivision | alexa qual é a capital de {} | telangana=IN-TS; andhra pradesh=IN-AP; assam=IN-AS
subdivision | alexa capital {} | de sikkim=IN-SK; de meghalaya=IN-ML; de manipur=IN-MN
subdivision | alexa qual é a capital do território {} | de ladakh=IN-LA; de puducherry=IN-PY; de lakshadweep=IN-LD
subdivision | alexa preciso da capital {} | do himachal pradesh=IN-HP; de haryana=IN-HR; de madhya pradesh=IN-MP
subdivision | alexa capital de {} qual é | jharkhand=IN-JH; chhattisgarh=IN-CG; nagaland=IN-NL
subdivision | alexa qual é a capital de mizoram | IN-MZ
subdivision | alexa qual é a capital de tripura | IN-TR
subdivision | alexa e de arunachal pradesh a capital | IN-AR
subdivision | alexa qual é a capital das ilhas andamão e nicobar | IN-AN
subdivision | alexa qual a capital de dadrá e nagar aveli e damão e diu | IN-DH
subdivision | alexa qual é a capital de chandigarh | IN-CH
subdivision | alexa qual é a capital do estado mexicano {} | de jalisco=MX-JAL; de nuevo león=MX-NLE; de oaxaca=MX-OAX
subdivision | alexa me diz a capital {} no méxico | de chiapas=MX-CHP; de yucatán=MX-YUC; de quintana roo=MX-ROO
subdivision | alexa qual a capital mexicana {} | de sonora=MX-SON; de sinaloa=MX-SIN; de chihuahua=MX-CHH
subdivision | alexa a capital de {} qual é | veracruz=MX-VER; puebla=MX-PUE; guerrero=MX-GRO
subdivision | alexa a capital {} no méxico qual seria | da baixa califórnia=MX-BCN; da baixa califórnia do sul=MX-BCS; de coahuila=MX-COA
subdivision | alexa me fala a capital de {} | michoacán=MX-MIC; morelos=MX-MOR; tabasco=MX-TAB
subdivision | alexa qual a capital de {} no méxico | hidalgo=MX-HID; nayarit=MX-NAY; tamaulipas=MX-TAM
subdivision | alexa e a capital de {} | durango=MX-DUR; zacatecas=MX-ZAC; campeche=MX-CAM
subdivision | alexa no méxico qual é a capital de {} | aguascalientes=MX-AGU; guanajuato=MX-GUA; querétaro=MX-QUE
subdivision | alexa qual é a capital do estado do méxico | MX-MEX
subdivision | alexa capital de san luis potosí | MX-SLP
subdivision | alexa qual é a capital de tlaxcala | MX-TLA
subdivision | alexa e a de colima qual é a capital | MX-COL
subdivision | alexa qual é a capital {} na austrália | de nova gales do sul=AU-NSW; da austrália ocidental=AU-WA; da austrália meridional=AU-SA
subdivision | alexa qual a capital do território do norte | AU-NT
subdivision | alexa no canadá qual é a capital {} | da ilha do príncipe eduardo=CA-PE; de new brunswick=CA-NB; dos territórios do noroeste=CA-NT
subdivision | alexa qual a capital de terra nova e labrador | CA-NL
subdivision | alexa qual é a capital do território da capital australiana | AU-ACT
subdivision | alexa qual é a capital de berlim | DE-BE
subdivision | alexa qual é a capital do estado de hamburgo | DE-HH
subdivision | alexa a capital do estado de bremen | DE-HB
subdivision | alexa qual a capital do estado de são paulo | BR-SP
subdivision | alexa qual é a capital do estado do rio | BR-RJ
subdivision | alexa qual é a capital do rio grande do sul | BR-RS
subdivision | alexa qual a capital do mato grosso do sul | BR-MS
subdivision | alexa qual é a capital do espírito santo | BR-ES
subdivision | alexa qual é a capital do distrito federal brasileiro | BR-DF
subdivision | alexa qual é a capital da inglaterra | GB-ENG
subdivision | alexa qual é a capital do país de gales | GB-WLS
subdivision | alexa qual é a capital da irlanda do norte | GB-NIR
subdivision | alexa qual a capital da escócia | GB-SCT
subdivision | alexa qual é a capital das ilhas virgens britânicas | VG
subdivision | alexa qual é a capital das ilhas virgens americanas | VI
subdivision | alexa qual a capital das ilhas marianas do norte | MP
subdivision | alexa qual é a capital de são pedro e miquelão | PM
subdivision | alexa qual é a capital de wallis e futuna | WF
subdivision | alexa qual a capital das ilhas pitcairn | PN
subdivision | alexa qual é a capital de tokelau | TK
subdivision | alexa qual é a capital da ilha norfolk | NF
subdivision | alexa qual é a capital da ilha christmas | CX
subdivision | alexa qual é a capital das ilhas cocos | CC
subdivision | alexa qual a capital das ilhas aland | AX
subdivision | alexa qual é a capital de são bartolomeu | BL
subdivision | alexa qual é a capital de bonaire | BQ
subdivision | alexa qual a capital do território britânico do oceano índico | IO
subdivision | alexa qual é a capital dos territórios franceses do sul | TF
subdivision | alexa qual é a capital da ilha bouvet | BV
subdivision | alexa qual a capital das ilhas heard e mcdonald | HM
subdivision | alexa qual é a capital das ilhas menores distantes dos estados unidos | UM
subdivision | alexa qual é a capital da cidade do méxico | MX-CMX
subdivision | alexa qual é a capital de washington dc | US-DC
yes-no-check | alexa a capital {} é sydney né | da austrália=AU; de nova gales do sul=AU-NSW; do canadá=CA
yes-no-check | alexa é verdade que a capital da turquia é istambul | TR
yes-no-check | alexa confirma pra mim a capital do marrocos é casablanca | MA
yes-no-check | alexa a capital da nigéria é lagos ou não é | NG
yes-no-check | alexa tô certo que a capital do paquistão é islamabad | PK
yes-no-check | alexa a capital da suíça é genebra | CH
yes-no-check | alexa a capital dos estados unidos é nova york não é | US
yes-no-check | alexa rio de janeiro ainda é a capital do brasil | BR
yes-no-check | alexa salvador já foi capital do brasil e hoje qual é | BR
yes-no-check | alexa a capital da bahia é salvador certo | BR-BA
yes-no-check | alexa é curitiba a capital do paraná | BR-PR
yes-no-check | alexa a capital de minas é belo horizonte né | BR-MG
yes-no-check | alexa a capital da nova zelândia é auckland | NZ
yes-no-check | alexa a capital da índia é mumbai sim ou não | IN
yes-no-check | alexa a capital do vietnã é ho chi minh | VN
yes-no-check | alexa será que a capital da tanzânia é dar es salaam | TZ
yes-no-check | alexa a capital da califórnia é los angeles | US-CA
yes-no-check | alexa a capital do texas é houston né | US-TX
yes-no-check | alexa a capital de nova york é a própria nova york | US-NY
yes-no-check | alexa é verdade que a capital da flórida é miami | US-FL
yes-no-check | alexa a capital do quebec é montreal | CA-QC
yes-no-check | alexa a capital da baviera é munique certo | DE-BY
yes-no-check | alexa a capital do mianmar é rangum ainda | MM
yes-no-check | alexa a capital da china é xangai ou pequim | CN
yes-no-check | alexa a capital da escócia é glasgow | GB-SCT
yes-no-check | alexa a capital de goiás é goiânia mesmo | BR-GO
yes-no-check | alexa a capital do cazaquistão é almaty | KZ
yes-no-check | alexa a capital da colômbia é medellín | CO
yes-no-check | alexa a capital do equador é guayaquil né | EC
yes-no-check | alexa a capital de israel é tel aviv | IL
self-correction | alexa qual é a capital da suécia não pera {} | da noruega=NO; da finlândia=FI; da dinamarca=DK
self-correction | alexa a capital da áustria quer dizer {} | da austrália=AU; da alemanha=DE; da hungria=HU
self-correction | alexa qual a capital do peru ops {} | do chile=CL; do equador=EC; da bolívia=BO
self-correction | alexa me diz a capital do ceará digo {} | do piauí=BR-PI; do maranhão=BR-MA; do rio grande do norte=BR-RN
self-correction | alexa qual é a capital da eslováquia não da eslovênia | SI
self-correction | alexa capital da gâmbia opa errei da zâmbia | ZM
self-correction | alexa qual a capital do irã não do iraque | IQ
self-correction | alexa a capital da nigéria não não do níger | NE
self-correction | alexa a capital de mali melhor dizendo de malawi | MW
self-correction | alexa qual a capital da guiana francesa não só guiana | GY
self-correction | alexa capital da coreia do norte aliás do sul | KR
self-correction | alexa qual a capital da letônia espera lituânia | LT
self-correction | alexa a capital do sudão quer dizer do sudão do sul | SS
self-correction | alexa qual é a capital do acre ou melhor de rondônia | BR-RO
self-correction | alexa qual a capital da virgínia não da virgínia ocidental | US-WV
self-correction | alexa a capital de dakota do norte não dakota do sul | US-SD
self-correction | alexa qual é a capital do mato grosso do sul ah não só mato grosso | BR-MT
self-correction | alexa qual a capital de nova gales digo de queensland | AU-QLD
self-correction | alexa a capital de tonga não peraí de samoa | WS
self-correction | alexa qual é a capital da guiné equatorial não guiné-bissau | GW
self-correction | alexa capital da república dominicana desculpa da dominica | DM
self-correction | alexa qual a capital de honduras não el salvador | SV
reverse-question | alexa {} é capital de qual país | canberra=CITY:Canberra; ottawa=CITY:Ottawa; nairóbi=CITY:Nairóbi
reverse-question | alexa de que país é a capital {} | lima=CITY:Lima; quito=CITY:Quito; montevidéu=CITY:Montevidéu
reverse-question | alexa {} é a capital de onde | teresina=CITY:Teresina; porto velho=CITY:Porto Velho; macapá=CITY:Macapá
reverse-question | alexa qual país tem a capital {} | riga=CITY:Riga; zagreb=CITY:Zagreb; acra=CITY:Acra
reverse-question | alexa {} é capital de que estado | boise=CITY:Boise; sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee
reverse-question | alexa a capital {} é de qual país | ulan bator=CITY:Ulan Bator; windhoek=CITY:Windhoek; bishkek=CITY:Bishkek
reverse-question | alexa chandigarh é capital de quê | CITY:Chandigarh
reverse-question | alexa daí curitiba é capital do quê | CITY:Curitiba
reverse-question | alexa vixe joão pessoa é capital de qual estado | CITY:João Pessoa
reverse-question | alexa maceió é capital de onde | CITY:Maceió
reverse-question | alexa aracaju é a capital de que estado mesmo | CITY:Aracaju
reverse-question | alexa palmas é capital do quê | CITY:Palmas
reverse-question | alexa rio branco é capital de qual estado | CITY:Rio Branco
reverse-question | alexa de onde bamako é capital | CITY:Bamako
reverse-question | alexa tbilisi é capital de qual país | CITY:Tbilisi
reverse-question | alexa baku é a capital de que país | CITY:Baku
reverse-question | alexa manila é capital de onde | CITY:Manila
reverse-question | alexa suva é a capital de qual país | CITY:Suva
reverse-question | alexa a cidade de victoria é capital de quê | CITY:Victoria
reverse-question | alexa la paz é capital de que país | CITY:La Paz
reverse-question | alexa de qual país kingston é a capital | CITY:Kingston
reverse-question | alexa vaduz é capital do quê | CITY:Vaduz
reverse-question | alexa funafuti é capital de qual país | CITY:Funafuti
reverse-question | alexa hobart é capital de qual estado australiano | CITY:Hobart
reverse-question | alexa erfurt é capital de que estado alemão | CITY:Erfurt
reverse-question | alexa saint john's é capital de onde | CITY:Saint John's
reverse-question | alexa doha é a capital de qual país | CITY:Doha
reverse-question | alexa qual país tem como capital asgabate | CITY:Asgabate
reverse-question | alexa belmopan fica em qual país | CITY:Belmopan
reverse-question | alexa paramaribo é capital de que país | CITY:Paramaribo
official-name | alexa qual seria a capital {} | da república federativa do brasil=BR; da república popular da china=CN; da federação russa=RU
official-name | alexa me informe a capital {} | do reino da espanha=ES; da república francesa=FR; da confederação suíça=CH
official-name | alexa gostaria de saber a capital {} | da república islâmica do irã=IR; do estado plurinacional da bolívia=BO; da república bolivariana da venezuela=VE
official-name | alexa formalmente qual é a capital {} | da república oriental do uruguai=UY; dos estados unidos mexicanos=MX; da república argentina=AR
official-name | alexa qual é a capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | alexa qual é a capital da república da coreia | KR
official-name | alexa qual é a capital da república popular democrática da coreia | KP
official-name | alexa qual a capital dos estados unidos da américa | US
official-name | alexa qual é a capital da república federal da alemanha | DE
official-name | alexa qual a capital da república portuguesa | PT
official-name | alexa qual é a capital da república italiana | IT
official-name | alexa qual é a capital da comunidade da austrália | AU
official-name | alexa qual a capital do reino dos países baixos | NL
official-name | alexa qual a capital da república da áfrica do sul | ZA
official-name | alexa qual é a capital do reino da arábia saudita | SA
official-name | alexa qual é a capital da república árabe do egito | EG
official-name | alexa qual a capital da república democrática federal da etiópia | ET
official-name | alexa qual é a capital da república socialista do vietnã | VN
official-name | alexa qual é a capital do reino da tailândia | TH
official-name | alexa qual é a capital do estado da cidade do vaticano | VA
official-name | alexa qual a capital da república de moçambique | MZ
official-name | alexa qual é a capital do grão-ducado do luxemburgo | LU
official-name | alexa qual é a capital do principado de andorra | AD
official-name | alexa qual a capital da república da china taiwan | TW
official-name | alexa qual é a capital da república de cabo verde | CV
official-name | alexa qual a capital da república do kosovo | XK
everyday-name | alexa o povo fala assim qual é a capital {} | da holanda=NL; da inglaterra=GB-ENG; dos eua=US
everyday-name | alexa me fala a capital {} | da república tcheca=CZ; da birmânia=MM; da bielorússia=BY
everyday-name | alexa qual a capital {} hein | da macedônia=MK; da costa do marfim=CI; do timor=TL
everyday-name | alexa tu sabe a capital {} | de são tomé=ST; da suazilândia=SZ; de papua=PG
everyday-name | alexa me conta a capital {} | da rússia=RU; do congo belga=FB; da bósnia=BA
everyday-name | alexa qual é a capital dos emirados | AE
everyday-name | alexa qual a capital da arábia | SA
everyday-name | alexa qual é a capital da grã-bretanha | GB
everyday-name | alexa qual a capital da terra do tio sam | US
everyday-name | alexa qual é a capital da terra da rainha | GB
everyday-name | alexa qual a capital de são vicente | VC
everyday-name | alexa qual é a capital de trinidad | TT
everyday-name | alexa qual é a capital de antígua | AG
everyday-name | alexa qual a capital de são cristóvão | KN
everyday-name | alexa qual é a capital do vaticano | VA
everyday-name | alexa qual é a capital das malvinas | FK
everyday-name | alexa qual a capital das ilhas falkland | FK
everyday-name | alexa qual é a capital do tibete | FB
everyday-name | alexa qual é a capital da caxemira | IN-JK
shared-name | alexa qual é a capital {} por favor | do congo=CD+CG; da coreia=KP+KR; da geórgia=GE+US-GA
shared-name | alexa me diz a capital {} aí | das ilhas virgens=VG+VI; do congo=CD+CG; da coreia=KP+KR
shared-name | alexa capital {} qual é | da geórgia=GE+US-GA; das ilhas virgens=VG+VI; do congo=CD+CG
shared-name | alexa capital da geórgia | GE+US-GA
shared-name | alexa piá qual a capital da coreia | KP+KR
shared-name | alexa oxe e a capital do congo | CD+CG
shared-name | alexa lá ele a capital da geórgia qual é | GE+US-GA
shared-name | alexa quais as capitais das coreias | KP+KR
shared-name | alexa no war qual é a capital do congo | CD+CG
shared-name | alexa câmbio a capital das ilhas virgens | VG+VI
shared-name | alexa eu congolês qual capital congo | CD+CG
shared-name | alexa o coreano do restaurante perguntou a capital da coreia | KP+KR
out-of-domain | alexa como tá o tempo {} | em curitiba hoje=FB; lá em floripa amanhã=FB; em teresina agora=FB
out-of-domain | alexa vai chover {} | em blumenau no fim de semana=FB; em joão pessoa amanhã=FB; em palmas hoje à tarde=FB
out-of-domain | alexa qual a temperatura {} | em rio branco=FB; em macapá agora=FB; em aracaju na praia=FB
out-of-domain | alexa toca {} | um forró pé de serra=FB; uma música do jackson do pandeiro=FB; o hino do coritiba=FB
out-of-domain | alexa coloca {} | a rádio da paraíba=FB; um sertanejo raiz=FB; a playlist de são joão=FB
out-of-domain | alexa bota pra tocar {} | capital inicial=FB; legião urbana=FB; música de carimbó=FB
out-of-domain | alexa acende {} | a luz da sala=FB; a luz da varanda=FB; o abajur do quarto=FB
out-of-domain | alexa desliga {} | o ar-condicionado=FB; a tv da cozinha=FB; o ventilador=FB
out-of-domain | alexa põe um timer de {} | dez minutos pro arroz=FB; meia hora pro bolo=FB; cinco minutos pro café=FB
out-of-domain | alexa me acorda {} | às cinco da manhã=FB; amanhã cedo pra pegar a estrada=FB; daqui a vinte minutos=FB
out-of-domain | alexa adiciona na lista de compras {} | farinha de mandioca=FB; erva-mate=FB; queijo coalho=FB
out-of-domain | alexa quanto tá {} | o dólar hoje=FB; o euro=FB; a saca da soja=FB
out-of-domain | alexa receita de {} | barreado=FB; sururu de capote=FB; galinha caipira=FB
out-of-domain | alexa como faz {} | maria isabel=FB; baião de dois=FB; arroz de cuxá=FB
out-of-domain | alexa qual é a população {} | da frança=FB; do japão=FB; de curitiba=FB
out-of-domain | alexa qual é a moeda {} | da suíça=FB; da turquia=FB; do japão=FB
out-of-domain | alexa qual língua se fala {} | na suíça=FB; em moçambique=FB; na bélgica=FB
out-of-domain | alexa quantos habitantes tem {} | a china=FB; a índia=FB; o acre=FB
out-of-domain | alexa qual é o fuso horário {} | do acre=FB; de portugal=FB; do japão=FB
out-of-domain | alexa qual o maior {} do mundo | país=FB; rio=FB; deserto=FB
out-of-domain | alexa qual é a bandeira {} | da itália=FB; do japão=FB; da paraíba=FB
out-of-domain | alexa me diz qual é a capital {} | do forró=FB; do boi-bumbá=FB; do frio=FB
out-of-domain | alexa sabe qual é a capital {} | da europa=FB; da américa do sul=FB; da áfrica=FB
out-of-domain | alexa qual a capital {} | do império romano=FB; da união soviética=FB; do império inca=FB
out-of-domain | alexa tu sabe qual a capital {} | de wakanda=FB; de nárnia=FB; de westeros=FB
out-of-domain | alexa fala aí a capital {} | de gotham=FB; de atlântida=FB; de hogwarts=FB
out-of-domain | alexa qual seria a capital {} então | da catalunha=FB; da sicília=FB; da patagônia=FB
out-of-domain | alexa me conta qual é a capital {} | da serra da capivara=FB; do jalapão=FB; do vale do itajaí=FB
out-of-domain | alexa e qual é a capital {} | do norte do paraná=FB; do sertão=FB; do cariri=FB
out-of-domain | alexa quem ganhou o jogo {} | do flamengo ontem=FB; do coritiba=FB; do treze=FB
out-of-domain | alexa quando é o próximo jogo {} | do athletico=FB; do avaí=FB; do crb=FB
out-of-domain | alexa quanto tempo demora {} | de palmas até brasília de carro=FB; de curitiba a floripa=FB; de avião até lisboa=FB
out-of-domain | alexa qual é a distância {} | entre maceió e aracaju=FB; de rio branco a porto velho=FB; da terra à lua=FB
out-of-domain | alexa o que é {} | capital social=FB; capital de giro=FB; ganho de capital=FB
out-of-domain | alexa me explica {} | o que é pena capital=FB; os sete pecados capitais=FB; letra maiúscula capital=FB
out-of-domain | alexa quem escreveu {} | o capital=FB; os sertões=FB; vidas secas=FB
out-of-domain | alexa conta uma piada | FB
out-of-domain | alexa conta uma piada de português | FB
out-of-domain | alexa que horas são em tóquio | FB
out-of-domain | alexa que horas são agora | FB
out-of-domain | alexa qual é a data de hoje | FB
out-of-domain | alexa quanto é sete vezes oito | FB
out-of-domain | alexa como se diz obrigado em alemão | FB
out-of-domain | alexa traduz bom dia pra inglês | FB
out-of-domain | alexa quem é o presidente da frança | FB
out-of-domain | alexa quem é o primeiro-ministro de portugal | FB
out-of-domain | alexa quem descobriu o brasil | FB
out-of-domain | alexa quando foi a independência do brasil | FB
out-of-domain | alexa qual é o maior estado do brasil | FB
out-of-domain | alexa qual é a maior cidade da austrália | FB
out-of-domain | alexa qual a cidade mais populosa do brasil | FB
out-of-domain | alexa qual é o ponto mais alto do mundo | FB
out-of-domain | alexa onde fica o jalapão | FB
out-of-domain | alexa onde fica pomerode | FB
out-of-domain | alexa quantos estados tem o brasil | FB
out-of-domain | alexa quantos países tem na áfrica | FB
out-of-domain | alexa quantos países existem no mundo | FB
out-of-domain | alexa qual país tem mais capitais | FB
out-of-domain | alexa qual estado tem a menor capital | FB
out-of-domain | alexa qual é a capital mais fria do mundo | FB
out-of-domain | alexa qual a capital mais alta do mundo | FB
out-of-domain | alexa lista todas as capitais do nordeste | FB
out-of-domain | alexa quais são as capitais da região norte | FB
out-of-domain | alexa qual é a capital mais antiga do brasil | FB
out-of-domain | alexa curitiba é capital ecológica por quê | FB
out-of-domain | alexa por que brasília virou capital | FB
out-of-domain | alexa quem construiu brasília | FB
out-of-domain | alexa quantas letras tem a palavra capital | FB
out-of-domain | alexa como se escreve capital em inglês | FB
out-of-domain | alexa o que significa capital de risco | FB
out-of-domain | alexa qual o valor do capital investido no tesouro | FB
out-of-domain | alexa quanto rende o tesouro direto | FB
out-of-domain | alexa abre o spotify | FB
out-of-domain | alexa aumenta o volume | FB
out-of-domain | alexa abaixa o som | FB
out-of-domain | alexa próxima música | FB
out-of-domain | alexa que música é essa | FB
out-of-domain | alexa toca a rádio câmbio | FB
out-of-domain | alexa qual a previsão pra br cento e dezesseis | FB
out-of-domain | alexa como tá o trânsito na régis bittencourt | FB
out-of-domain | alexa onde tem posto de gasolina perto | FB
out-of-domain | alexa quanto tá o diesel hoje | FB
out-of-domain | alexa liga pra minha filha | FB
out-of-domain | alexa chama o enfermeiro | FB
out-of-domain | alexa qual o remédio das três horas | FB
out-of-domain | alexa me lembra de tomar o remédio da pressão | FB
out-of-domain | alexa reza um pai nosso comigo | FB
out-of-domain | alexa bota a novela das nove | FB
out-of-domain | alexa conta uma história pra dormir | FB
out-of-domain | alexa faz barulho de cachorro | FB
out-of-domain | alexa você gosta de mim | FB
out-of-domain | alexa qual é a sua cor favorita | FB
out-of-domain | alexa quanto é dois mais dois | FB
out-of-domain | alexa quando cai o enem esse ano | FB
out-of-domain | alexa qual é a nota de corte de medicina | FB
out-of-domain | alexa quando sai o edital do concurso | FB
out-of-domain | alexa quem foi getúlio vargas | FB
out-of-domain | alexa qual o maior rio do brasil | FB
out-of-domain | alexa qual é o bioma do piauí | FB
out-of-domain | alexa quanto tá a arroba do boi | FB
out-of-domain | alexa vai dar geada essa semana | FB
out-of-domain | alexa qual é a previsão da safra | FB
out-of-domain | alexa como tá a maré hoje em laguna | FB
out-of-domain | alexa que horas é a maré cheia | FB
out-of-domain | alexa vai ter vento sul amanhã | FB
out-of-domain | alexa qual é o meu voo | FB
out-of-domain | alexa meu voo pra lisboa tá atrasado | FB
out-of-domain | alexa qual é o portão do voo pra recife | FB
out-of-domain | alexa converte cem dólares pra reais | FB
out-of-domain | alexa quantos quilômetros tem uma milha | FB
out-of-domain | alexa quais as regras do war | FB
out-of-domain | alexa sorteia uma letra pra adedonha | FB
out-of-domain | alexa me dá uma palavra com sete letras | FB
out-of-domain | alexa joga um dado | FB
out-of-domain | alexa cara ou coroa | FB
out-of-domain | alexa faz uma pergunta de conhecimentos gerais | FB
out-of-domain | alexa quem ganhou a copa de setenta | FB
out-of-domain | alexa quantas copas o brasil tem | FB
out-of-domain | alexa onde passa o jogo do brasil | FB
out-of-domain | alexa manda uma mensagem pro meu supervisor | FB
out-of-domain | alexa quanto tempo falta pra acabar minha pausa | FB
out-of-domain | alexa marca uma reunião amanhã às dez | FB
out-of-domain | alexa lê minhas notificações | FB
out-of-domain | alexa qual é a capital do meu coração | FB
out-of-domain | alexa qual a capital da felicidade | FB
out-of-domain | alexa qual é a capital da moda | FB
out-of-domain | alexa qual a capital do pão de queijo | FB
out-of-domain | alexa qual é a capital nacional do chope | FB
out-of-domain | alexa qual a capital do cacau | FB
out-of-domain | alexa qual é a capital mundial do rodeio | FB
out-of-domain | alexa qual é a capital da pomerânia | FB
out-of-domain | alexa qual a capital do reino de portugal e algarves | FB
out-of-domain | alexa qual é a capital da alemanha ocidental | FB
out-of-domain | alexa qual era a capital da tchecoslováquia | FB
out-of-domain | alexa qual é a capital do império otomano | FB
out-of-domain | alexa qual a capital do império asteca | FB
out-of-domain | alexa qual é a capital da terra média | FB
out-of-domain | alexa qual a capital do reino de tão tão distante | FB
out-of-domain | alexa qual a capital de springfield dos simpsons | FB
out-of-domain | alexa qual é a capital de bikini bottom | FB
out-of-domain | alexa qual é a capital da oceania | FB
out-of-domain | alexa qual é a capital da amazônia | FB
out-of-domain | alexa qual a capital do nordeste | FB
out-of-domain | alexa qual a capital do pantanal mato-grossense | FB
out-of-domain | alexa qual a capital da escandinávia | FB
out-of-domain | alexa qual é a capital do país basco | FB
out-of-domain | alexa qual é a capital da córsega | FB
out-of-domain | alexa qual é a capital da sardenha | FB
out-of-domain | alexa qual é a capital da transnístria | FB
out-of-domain | alexa qual a capital da abecásia | FB
out-of-domain | alexa qual a capital do curdistão iraquiano | FB
out-of-domain | alexa qual é a capital de zanzibar | FB
out-of-domain | alexa qual é a capital de ilhabela | FB
out-of-domain | alexa qual a capital de fernando de noronha | FB
out-of-domain | alexa o que é uma capital | FB
out-of-domain | alexa tchau capital | FB
out-of-domain | alexa qual o melhor bairro de curitiba | FB
out-of-domain | alexa onde comer sururu em maceió | FB
out-of-domain | alexa o que fazer em aracaju | FB
out-of-domain | alexa qual a praia mais bonita da paraíba | FB
out-of-domain | alexa quando começa a oktoberfest | FB
out-of-domain | alexa qual é o prato típico do acre | FB
out-of-domain | alexa o que é tacacá | FB
out-of-domain | alexa onde fica o marco zero do equador | FB
out-of-domain | alexa qual é o idioma oficial de angola | FB
out-of-domain | alexa qual é o hino da paraíba | FB
help | alexa me ajuda aqui piá como funciona isso | HELP
help | alexa ó-lhó-lhó como é que usa essa skill | HELP
help | alexa opa o que eu posso perguntar | HELP
help | alexa é massa mas o que essa skill faz | HELP
help | alexa oxe mermão me explica como funciona | HELP
help | alexa ô moço como é que eu pergunto | HELP
help | alexa mah me ajuda que eu não entendi | HELP
help | alexa uai como mexe nisso | HELP
help | alexa maninho que que eu falo agora | HELP
help | alexa égua não sei usar me ajuda | HELP
help | alexa câmbio preciso de ajuda | HELP
help | alexa minha filha eu não sei mexer nisso me ajuda | HELP
help | alexa o que é pra eu falar | HELP
help | alexa a tia mandou pedir ajuda como funciona | HELP
help | alexa explica pros alunos como usar as capitais do mundo | HELP
help | alexa quais perguntas eu posso fazer | HELP
help | alexa que tipo de pergunta você responde | HELP
help | alexa como funciona esse jogo de capitais | HELP
help | alexa você responde capital de estado também | HELP
help | alexa dá pra perguntar capital de estado americano | HELP
help | alexa quais são as opções | HELP
help | alexa me dá umas dicas | HELP
help | alexa socorro não entendi nada | HELP
help | alexa ajuda por favor | HELP
help | alexa help me | HELP
help | alexa eu não entender como usa | HELP
help | alexa por favor ajuda eu aprender | HELP
help | alexa me ensina a usar | HELP
help | alexa como eu faço pra perguntar uma capital | HELP
help | alexa o que mais você sabe fazer aqui | HELP
help | ajuda | HELP
help | me ajuda | HELP
help | como funciona | HELP
help | o que eu posso dizer | HELP
help | alexa tô perdido aqui | HELP
help | alexa instruções | HELP
help | alexa manual de uso | HELP
help | alexa pode me orientar | HELP
help | alexa explica de novo como é | HELP
help | alexa não sei o que perguntar me dá uma ideia | HELP
help | alexa qual é o comando | HELP
help | alexa que que eu faço agora | HELP
stop | alexa para piá | STOP
stop | alexa ó-lhó-lhó para com isso | STOP
stop | alexa opa chega | STOP
stop | alexa oxe para | STOP
stop | alexa para mermão | STOP
stop | alexa ô moço pode parar | STOP
stop | alexa mah para aí | STOP
stop | alexa uai para | STOP
stop | alexa maninho para | STOP
stop | alexa égua para com isso | STOP
stop | alexa câmbio desligo | STOP
stop | alexa minha filha para que eu vou dormir | STOP
stop | alexa parou parou | STOP
stop | alexa chega de capital | STOP
stop | alexa para de falar | STOP
stop | alexa fica quieta | STOP
stop | alexa silêncio | STOP
stop | alexa cala a boca | STOP
stop | alexa desliga | STOP
stop | alexa sai daqui | STOP
stop | alexa sair | STOP
stop | alexa encerra | STOP
stop | alexa encerrar | STOP
stop | alexa fecha as capitais do mundo | STOP
stop | alexa para as capitais do mundo | STOP
stop | alexa já deu | STOP
stop | alexa já chega por hoje | STOP
stop | alexa acabou o quiz | STOP
stop | alexa fim | STOP
stop | alexa tchau | STOP
stop | alexa tchau tchau | STOP
stop | alexa valeu pode parar | STOP
stop | alexa obrigado é só isso | STOP
stop | alexa brigado era só isso mesmo | STOP
stop | para | STOP
stop | chega | STOP
stop | pode parar | STOP
stop | alexa eu parar agora | STOP
stop | alexa stop por favor | STOP
stop | alexa pare | STOP
stop | alexa parar | STOP
stop | alexa basta | STOP
stop | alexa sai do jogo | STOP
stop | alexa fecha a skill | STOP
stop | alexa desliga isso aí | STOP
cancel | alexa cancela piá | CANCEL
cancel | alexa ó-lhó-lhó cancela isso | CANCEL
cancel | alexa opa cancela | CANCEL
cancel | alexa oxe cancela aí | CANCEL
cancel | alexa cancela mermão | CANCEL
cancel | alexa ô moço cancela | CANCEL
cancel | alexa mah cancela | CANCEL
cancel | alexa uai cancela | CANCEL
cancel | alexa maninho cancela isso | CANCEL
cancel | alexa égua cancela | CANCEL
cancel | alexa câmbio cancela | CANCEL
cancel | alexa minha filha cancela isso que eu pedi | CANCEL
cancel | alexa cancela essa pergunta | CANCEL
cancel | alexa cancelar | CANCEL
cancel | alexa cancele | CANCEL
cancel | alexa cancela tudo | CANCEL
cancel | alexa esquece | CANCEL
cancel | alexa esquece isso | CANCEL
cancel | alexa deixa pra lá | CANCEL
cancel | alexa deixa quieto | CANCEL
cancel | alexa deixa isso pra lá | CANCEL
cancel | alexa não quero mais | CANCEL
cancel | alexa desisto | CANCEL
cancel | alexa nada não | CANCEL
cancel | alexa nada deixa | CANCEL
cancel | alexa anula | CANCEL
cancel | alexa anula essa | CANCEL
cancel | alexa volta | CANCEL
cancel | alexa cancela a pergunta anterior | CANCEL
cancel | alexa esquece a capital | CANCEL
cancel | alexa cancela que eu errei | CANCEL
cancel | alexa perguntei errado cancela | CANCEL
cancel | cancela | CANCEL
cancel | esquece | CANCEL
cancel | deixa pra lá | CANCEL
cancel | alexa eu cancelar | CANCEL
cancel | alexa cancel por favor | CANCEL
cancel | alexa cancela cancela | CANCEL
cancel | alexa não era isso cancela | CANCEL
cancel | alexa ignora | CANCEL
cancel | alexa ignora o que eu falei | CANCEL
cancel | alexa desconsidera | CANCEL
launch | alexa abre capitais do mundo | LAUNCH
launch | alexa abrir capitais do mundo | LAUNCH
launch | alexa abra capitais do mundo | LAUNCH
launch | alexa inicia capitais do mundo | LAUNCH
launch | alexa iniciar capitais do mundo | LAUNCH
launch | alexa começa capitais do mundo | LAUNCH
launch | alexa começar o capitais do mundo | LAUNCH
launch | alexa abre o capitais do mundo | LAUNCH
launch | alexa abre a skill capitais do mundo | LAUNCH
launch | alexa abrir a skill capitais do mundo | LAUNCH
launch | alexa piá abre capitais do mundo | LAUNCH
launch | alexa ó-lhó-lhó abre o capitais do mundo | LAUNCH
launch | alexa opa abre capitais do mundo | LAUNCH
launch | alexa oxe abre capitais do mundo | LAUNCH
launch | alexa ô moço abre capitais do mundo | LAUNCH
launch | alexa uai abre capitais do mundo | LAUNCH
launch | alexa égua abre capitais do mundo | LAUNCH
launch | alexa câmbio abre capitais do mundo | LAUNCH
launch | alexa minha filha abre o capitais do mundo | LAUNCH
launch | alexa vamos jogar capitais do mundo | LAUNCH
launch | alexa joga capitais do mundo | LAUNCH
launch | alexa jogar capitais do mundo | LAUNCH
launch | alexa quero jogar capitais do mundo | LAUNCH
launch | alexa bora capitais do mundo | LAUNCH
launch | alexa carrega capitais do mundo | LAUNCH
launch | alexa capitais do mundo | LAUNCH
launch | alexa entra no capitais do mundo | LAUNCH
launch | alexa usar capitais do mundo | LAUNCH
launch | alexa liga capitais do mundo | LAUNCH
launch | alexa pede pro capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo pra turma | LAUNCH
launch | alexa eu quero abrir capitais do mundo por favor | LAUNCH
vovo-casa-de-repouso | alexa no tempo da guerra meu pai falava da capital do reino unido qual é | GB
caminhoneiro-radio | alexa câmbio o colega quer a capital do reino unido | GB
launch | alexa daí piá inicia o capitais do mundo | LAUNCH
launch | alexa mah bota o capitais do mundo | LAUNCH
launch | alexa lá ele abre aí o capitais do mundo | LAUNCH
launch | alexa maninho começa o capitais do mundo | LAUNCH
launch | alexa naja abre o capitais do mundo pra oma | LAUNCH
launch | alexa pra aula de geografia abre o capitais do mundo | LAUNCH
launch | alexa valendo cerveja abre o capitais do mundo | LAUNCH
launch | alexa na pausa do atendimento abre o capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo que eu vou estudar pro enem | LAUNCH
launch | alexa no portão de embarque abre o capitais do mundo | LAUNCH
launch | alexa a criançada quer jogar o capitais do mundo | LAUNCH
launch | alexa ô moço inicia o capitais do mundo aí | LAUNCH
launch | alexa pai d'égua começa o capitais do mundo | LAUNCH
launch | alexa eu quer abrir capitais do mundo | LAUNCH
launch | alexa open capitais do mundo | LAUNCH
launch | alexa bichinho abre o capitais do mundo pra mim | LAUNCH
launch | alexa ôia abre o capitais do mundo | LAUNCH
launch | alexa tás tolo abre logo o capitais do mundo | LAUNCH
launch | alexa depois do almoço abre o capitais do mundo pra família | LAUNCH
launch | alexa inicia a skill das capitais do mundo | LAUNCH
stop | alexa daí piá chega de capital por hoje | STOP
stop | alexa tás tolo para com isso | STOP
stop | alexa naja pode parar | STOP
stop | alexa lá ele para aí | STOP
stop | alexa bora parar mermão | STOP
stop | alexa ói para de falar | STOP
stop | alexa arriégua chega | STOP
stop | alexa uai sô para com esse trem | STOP
stop | alexa rapá encerra aí | STOP
stop | alexa pai d'égua já deu | STOP
stop | alexa positivo encerra aí câmbio | STOP
stop | alexa a prova acabou pode parar | STOP
stop | alexa o quiz acabou encerra o capitais do mundo | STOP
stop | alexa o cliente voltou para agora | STOP
stop | alexa meu voo chamou pode parar | STOP
stop | alexa eu terminar obrigado parar | STOP
cancel | alexa daí piá esquece essa | CANCEL
cancel | alexa tás tolo cancela isso aí | CANCEL
cancel | alexa naja cancela | CANCEL
cancel | alexa lá ele deixa pra lá | CANCEL
cancel | alexa mermão esquece essa pergunta | CANCEL
cancel | alexa ói cancela aí | CANCEL
cancel | alexa arriégua esquece | CANCEL
cancel | alexa uai deixa quieto | CANCEL
cancel | alexa rapá cancela essa | CANCEL
cancel | alexa pai d'égua esquece isso | CANCEL
cancel | alexa negativo cancela câmbio | CANCEL
cancel | alexa a professora mandou cancelar | CANCEL
cancel | alexa no quiz não vale cancela essa | CANCEL
cancel | alexa o cliente desistiu cancela | CANCEL
cancel | alexa eu errado cancelar pergunta | CANCEL
cancel | alexa perguntei a capital errada deixa pra lá | CANCEL
help | alexa daí piá o que dá pra perguntar | HELP
help | alexa naja como funciona isso | HELP
help | alexa lá ele o que é que tu faz | HELP
help | alexa arriégua como é que pergunta | HELP
help | alexa pai d'égua me ajuda a usar | HELP
help | alexa positivo preciso de instrução câmbio | HELP
plural-capitals | alexa câmbio quais são as capitais do sri lanka | LK
plural-capitals | alexa eu sri lanka pessoa quais capitais de sri lanka | LK
plural-capitals | alexa uai o sri lanka tem duas capitais quais são elas | LK
plural-capitals | alexa pra cruzadinha quais as capitais do sri lanka colombo e kotte | LK
plural-capitals | alexa opa quais são as capitais da malásia | MY
plural-capitals | alexa câmbio a malásia tem duas capitais quais | MY
plural-capitals | alexa lá ele quais as capitais da malásia mesmo | MY
plural-capitals | alexa uai quais são as capitais do benin | BJ
plural-capitals | alexa câmbio o benin tem duas capitais quais são | BJ
plural-capitals | alexa eu beninense quais capitais de benin | BJ
plural-capitals | alexa uai quais são as capitais de essuatíni | SZ
plural-capitals | alexa câmbio as capitais da suazilândia quais são | SZ
plural-capitals | alexa pro concurso quais as duas capitais de essuatíni mbabane e lobamba | SZ
plural-capitals | alexa câmbio quais são as capitais da palestina | PS
plural-capitals | alexa uai a palestina tem duas capitais quais | PS
plural-capitals | alexa pra aula quais as capitais da palestina | PS
plural-capitals | alexa câmbio quais são as capitais da áfrica do sul | ZA
plural-capitals | alexa eu intercâmbio quais capitais de áfrica do sul | ZA
plural-capitals | alexa uai quais são as capitais da costa do marfim | CI
plural-capitals | alexa câmbio a costa do marfim tem duas capitais quais | CI
plural-capitals | alexa pra aula quais as capitais da holanda amsterdã e qual mais | NL
plural-capitals | alexa câmbio quais as capitais da bolívia | BO
"""

if __name__ == "__main__":
    build_round(46, "pt", LINES, sys.argv, "tests/Eval/pt/round46/source/build_corpus.py")
