"""Round 50, Portuguese (pt-BR): a new author's own mix, written blind at the start of the fifty-seventh session (brief
WRITER63.md), with speakers, situations and wordings chosen apart from round 49 (radio amateurs, stamp collectors,
cruise-ship crew, flight attendants, a public library, a community radio, a vaccination clinic, a chess club, a
company karaoke, a geography teacher, a kindergarten, Formula 1 fans, marathon runners, surfers, a podcast, an export
company, backpackers, a hotel reception, the "tia do zap", a retired geography teacher, paraibanos, brasiguaios, an
Italian-Brazilian nonna, Argentines in Búzios, Colombian students, Peruvian cooks, Nigerian traders, Bangladeshi
meat-plant workers, Afghan refugees) and from the groups it lists as avoided (round 48's, 47's and 46's: dock workers,
metalworkers, caiçaras, Parintins, rodeo, law office, barracks, recycling, capoeira, Korean-, Chinese-, Portuguese-,
Cape Verdean, Congolese, Senegalese, Cuban, Ukrainian, Polish, nikkei, Bolivian, Haitian, Venezuelan, Syrian-Lebanese
and Angolan families, teenagers' slang, grandparents, app drivers, doormen, churches, travel agencies, samba schools,
the sticker album, quiz apps, gamers, gincanas, and the regional groups gaúchos, baianos, pernambucanos, paulistanos,
capixabas, cuiabanos, sul-mato-grossenses, brasilienses, potiguares, paraenses, maranhenses, mineiros, goianos,
cariocas, manauaras, cearenses, curitibanos, manezinhos and the small Northern states).

Work and situations (each its own family): truck drivers at roadside posts ("boleia", "frete", "carreta", "rádio
px"); night-shift nursing staff ("plantão", "leito", "evolução"); a call centre ("pausa", "headset", "meta", "daily");
a beauty salon ("escova", "progressiva", "tinta"); a bakery before dawn; a pre-university course for the ENEM and
Fuvest ("simulado", "aulão", "flashcard"); a pub quiz night in a boteco; the board game War; adedonha / the "stop"
word game (where "stop" is the game, not a command); crosswords and the "cruzadinha" of the newspaper; exchange
students ("host family", "bolsa"); home office ("call", "daily", "dev"); moving house; the office World Cup bolão; a
gym and crossfit box; an escape room; a parent helping with fourth-grade homework.

Regions and communities: piauienses ("macho", "é mermo", "égua", "mah"); alagoanos ("oxente", "vixe", Arapiraca,
Pajuçara); sergipanos ("ó paí", "painho", Itabaiana); the Baixada Fluminense ("mermão", "papo reto", "caraca", "pô");
Pomeranian-Brazilians of Santa Maria de Jetibá ("oma", "opa", "na ja", "ja"); German-Brazilians of Blumenau and
Pomerode at the Oktoberfest ("prost"); Jewish families of Bom Retiro ("oy vey", "mazal tov", shabat, bar mitzvah);
Armenian-Brazilians ("barev", "shnorhakalutyun"); Indian IT workers in Campinas ("yaar", "actually", English
"please"); French expats in Rio ("alors", "bon", "merci", "oh là là", "annule"); Chileans in São Paulo ("po", "weón",
"cachai", Spanish "cuál es"); Russian-speaking learners ("privet", "spasibo", "nu", "da da", "hvatit", "otmena",
learner grammar "eu não entende", "capital de estônia qual").

Out-of-domain: weather, traffic, fuel prices, music (modão, forró, arrocha, funk, polca, klezmer, Bollywood, Piaf,
Violeta Parra, Tchaikovsky, Capital Inicial), timers, lists, smart-home, calls and messages, recipes (pão de queijo,
cajuína, cuca, guefilte fish, basturma, tikka masala, empanada), exams and schoolwork, football and the bolão, rules of
War and adedonha, crossword clues, visas and flights, currency, facts about countries (language, currency, population,
president, time, flag, anthem, dialling code, dish), "capital" in other senses (social, de giro, humano, inicial, pena
capital, pecados capitais, Marx's book, "capital do forró", "do caranguejo", "mundial do chocolate", "nacional do
calçado"), regions and places the data does not hold (Brittany, Corsica, Provence, Catalonia, Andalusia, Flanders,
Lapland, Scandinavia, the Caribbean, Europe, Latin America, Tibet, Bali, Siberia, Chechnya, Nagorno-Karabakh, Pakistani
Kashmir, Chilean Patagonia, Atacama, Easter Island, Zeeland, historic Pomerania, Prussia, Judah, the Soviet Union, the
Inca empire, ancient Egypt, Venezuela's Amazonas state, Brazil's Southeast region), fiction (Hogwarts, Wakanda,
Narnia, Middle-earth), Mars and the South Pole, sums, spelling and small talk.

Yes/no checks expect the place asked about, right or wrong; self-corrections expect the last place named after the
marker; reverse questions CITY:<capital> as languages/pt.json names it; a bare shared name every place in ordinal order.
Launch lines use the invocation name "capitais do mundo".

Sources: LINES below in the round-12 entry format (`family | frame or sentence | expected`; a fill carries its own
preposition and article), one locale (pt-BR), built by build_round(50, "pt", ...) of
tests/Eval/source/round12_hinl_corpus.py.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
caminhoneiro | alexa tô parado no posto da br cento e dezesseis qual é a capital {} | da argentina=AR; do uruguai=UY; do paraguai=PY
caminhoneiro | alexa vou levar carga até a fronteira e o despacho é pro {} qual a capital de lá | chile=CL; peru=PE; bolívia=BO
caminhoneiro | alexa o parceiro do rádio px falou que já rodou {} me diz a capital | pela colômbia=CO; pelo equador=EC; pela venezuela=VE
caminhoneiro | alexa enquanto o caminhão descarrega me fala a capital da guiana | GY
caminhoneiro | alexa na boleia aqui rolou uma aposta qual é a capital do suriname | SR
caminhoneiro | alexa fala pra mim a capital do piauí que amanhã eu tô descendo pra lá | BR-PI
caminhoneiro | alexa o frete é pra palmas mas palmas é capital de qual estado mesmo | CITY:Palmas
caminhoneiro | alexa tô chegando em mato grosso do sul qual é a capital | BR-MS
caminhoneiro | alexa a capital de rondônia é porto velho né | BR-RO
caminhoneiro | alexa qual é a capital {} que o colega vai puxar soja pra lá | de goiás=BR-GO; do tocantins=BR-TO; do maranhão=BR-MA
caminhoneiro | alexa o chefe mandou descer com a carreta pro nordeste qual a capital {} | de sergipe=BR-SE; de alagoas=BR-AL; da paraíba=BR-PB
enfermagem | alexa no intervalo do plantão a técnica perguntou a capital {} | da nigéria=NG; de gana=GH; do togo=TG
enfermagem | alexa o paciente do leito sete é {} qual é a capital de lá | da libéria=LR; de serra leoa=SL; da guiné=GN
enfermagem | alexa pra passar o tempo na madrugada qual a capital do burquina faso | BF
enfermagem | alexa plantão calmo hoje me diz a capital do níger | NE
enfermagem | alexa a médica residente fez intercâmbio {} qual é a capital | no mali=ML; na mauritânia=MR; no chade=TD
enfermagem | alexa enquanto eu faço a evolução dos pacientes qual a capital da gâmbia | GM
enfermagem | alexa a enfermeira chefe disse que a capital do senegal é dakar confere | SN
enfermagem | alexa a acompanhante do senhor do quarto dois é da república centro-africana qual a capital | CF
call-center | alexa na pausa do café o supervisor perguntou a capital {} | da estônia=EE; da letônia=LV; da lituânia=LT
call-center | alexa o cliente ligou {} e eu fiquei curiosa qual é a capital | da finlândia=FI; da noruega=NO; da suécia=SE
call-center | alexa a meta do mês tá batida agora me fala a capital da islândia | IS
call-center | alexa meu headset tá ruim mas me responde qual a capital da dinamarca | DK
call-center | alexa o atendimento bilíngue tem cliente {} qual é a capital de lá | da irlanda=IE; da bélgica=BE; de luxemburgo=LU
call-center | alexa o operador novo jura que a capital da suíça é zurique qual é a certa | CH
call-center | alexa no treinamento da operação perguntaram a capital da áustria | AT
salao | alexa enquanto a tinta age no cabelo me diz qual é a capital {} | da grécia=GR; da turquia=TR; de chipre=CY
salao | alexa a cliente da manicure voltou {} qual é a capital desse país | de malta=MT; da croácia=HR; da eslovênia=SI
salao | alexa a cabeleireira quer saber a capital da albânia | AL
salao | alexa fazendo escova aqui e ninguém sabe a capital da macedônia do norte | MK
salao | alexa a dona do salão vai pra lua de mel {} qual a capital | em montenegro=ME; na sérvia=RS; na bósnia=BA
salao | alexa a menina da sobrancelha perguntou a capital do kosovo | XK
salao | alexa secando o cabelo aqui qual é a capital da bulgária | BG
padaria | alexa enquanto o pão assa qual é a capital {} | da romênia=RO; da moldávia=MD; da ucrânia=UA
padaria | alexa o padeiro chegou às quatro da manhã e quer saber a capital da hungria | HU
padaria | alexa o freguês do pão francês perguntou qual é a capital da frança | FR
padaria | alexa o sonho de padaria veio da alemanha e a capital da alemanha é qual | DE
padaria | alexa o dono da padaria é {} qual é a capital da terra dele | da polônia=PL; da eslováquia=SK; da tchéquia=CZ
padaria | alexa atrás do balcão a gente quer saber a capital da bielorrússia | BY
padaria | alexa o croissant é francês mas qual é a capital da bélgica onde também se come muito | BE
cursinho | alexa tô revisando pro enem qual é a capital {} | do egito=EG; da líbia=LY; da tunísia=TN
cursinho | alexa o professor de geografia do cursinho passou a lista e eu esqueci a capital {} | da argélia=DZ; do marrocos=MA; do sudão=SD
cursinho | alexa caiu no simulado qual a capital do sudão do sul | SS
cursinho | alexa pro vestibular da fuvest preciso saber a capital {} | da etiópia=ET; da eritreia=ER; do djibuti=DJ
cursinho | alexa questão de atualidades qual é a capital da somália | SO
cursinho | alexa revisando oriente médio qual é a capital {} | do iraque=IQ; do irã=IR; da síria=SY
cursinho | alexa errei no simulado a capital da jordânia qual é | JO
cursinho | alexa a redação fala do conflito me diz a capital do líbano | LB
cursinho | alexa flashcard de geografia qual a capital de israel | IL
quiz-bar | alexa é noite de quiz no bar e a pergunta é a capital {} | da arábia saudita=SA; do iêmen=YE; de omã=OM
quiz-bar | alexa a mesa do fundo tá ganhando rápido qual é a capital {} | do catar=QA; do kuwait=KW; do barein=BH
quiz-bar | alexa valendo uma porção de fritas qual é a capital dos emirados árabes unidos | AE
quiz-bar | alexa o garçom trouxe a pergunta valendo a saideira qual a capital do afeganistão | AF
quiz-bar | alexa rodada de ásia central qual é a capital {} | do cazaquistão=KZ; do uzbequistão=UZ; do turcomenistão=TM
quiz-bar | alexa a gente tá empatado com a mesa do lado qual a capital do quirguistão | KG
quiz-bar | alexa pergunta de desempate qual é a capital do tadjiquistão | TJ
quiz-bar | alexa a cerveja tá gelada e a pergunta é qual é a capital do azerbaijão | AZ
quiz-bar | alexa o apresentador do quiz perguntou qual a capital da armênia | AM
jogo-war | alexa tô jogando war e conquistei {} qual é a capital de verdade | a mongólia=MN; a china=CN; o japão=JP
jogo-war | alexa no tabuleiro do war a gente tá brigando pela sibéria mas qual é a capital da rússia | RU
jogo-war | alexa meu objetivo no war é conquistar a ásia e a oceania qual é a capital {} | da índia=IN; da austrália=AU; da nova zelândia=NZ
jogo-war | alexa meu cunhado atacou {} no war e agora quer saber a capital | o vietnã=VN; a tailândia=TH; a indonésia=ID
jogo-war | alexa rolei os dados no war e perdi o alasca mas qual é a capital do alasca | US-AK
jogo-war | alexa no war tem groenlândia qual é a capital dela | GL
jogo-war | alexa a carta do war mandou eu conquistar a áfrica qual é a capital do congo | CD+CG
jogo-war | alexa o mapa do war tá velho qual é a capital do paquistão hoje | PK
adedonha | alexa tá rolando adedonha com a letra b e eu pus {} qual é a capital | butão=BT; brunei=BN; bangladesh=BD
adedonha | alexa na adedonha a categoria é capital e a letra é c de camarões qual é a capital de camarões | CM
adedonha | alexa jogo de stop com os primos a letra é n qual a capital do nepal | NP
adedonha | alexa no stop deu a letra m qual é a capital {} | de madagascar=MG; do malaui=MW; de moçambique=MZ
adedonha | alexa letra z na adedonha qual é a capital {} | da zâmbia=ZM; do zimbábue=ZW; da zelândia=FB
adedonha | alexa o primo escreveu kiribati na adedonha e qual é a capital de quiribati | KI
adedonha | alexa na adedonha deu letra t qual é a capital de tuvalu | TV
adedonha | alexa a prima perguntou na adedonha qual é a capital de timor-leste | TL
cruzadas | alexa palavras cruzadas capital {} com cinco letras qual é | do peru=PE; de cuba=CU; do quênia=KE
cruzadas | alexa na revista de palavras cruzadas pede a capital {} | da tanzânia=TZ; de uganda=UG; de ruanda=RW
cruzadas | alexa tô travada no passatempo qual a capital do burundi | BI
cruzadas | alexa seis letras na horizontal capital da namíbia | NA
cruzadas | alexa palavra cruzada difícil capital do botsuana | BW
cruzadas | alexa na cruzadinha do jornal qual a capital do lesoto | LS
cruzadas | alexa no caça-palavras tem a capital de angola qual é | AO
cruzadas | alexa na cruzadinha pede a capital do gabão com sete letras | GA
cruzadas | alexa falta uma palavra na vertical capital da guiné equatorial | GQ
intercambio | alexa vou fazer intercâmbio {} qual é a capital | na irlanda do norte=GB-NIR; na escócia=GB-SCT; no país de gales=GB-WLS
intercambio | alexa a agência de intercâmbio ofereceu {} qual a capital | o canadá=CA; a nova zelândia e a austrália=AU+NZ; malta=MT
intercambio | alexa minha host family mora em vancouver qual é a capital da colúmbia britânica | CA-BC
intercambio | alexa o curso de inglês é em toronto toronto é a capital de ontário né | CA-ON
intercambio | alexa a bolsa é pra estudar {} qual é a capital desse estado | na califórnia=US-CA; no texas=US-TX; na flórida=US-FL
intercambio | alexa meu colega de intercâmbio é de cabo verde qual é a capital de cabo verde | CV
intercambio | alexa tô indo fazer high school em ohio qual é a capital de ohio | US-OH
intercambio | alexa a universidade fica em massachusetts qual é a capital do estado | US-MA
intercambio | alexa meu intercâmbio na alemanha é em munique munique é capital de qual estado | CITY:Munique
home-office | alexa entre uma reunião e outra qual é a capital {} | de singapura=SG; da malásia=MY; das filipinas=PH
home-office | alexa a call com o time {} começa já já qual é a capital de lá | do méxico=MX; da espanha=ES; de portugal=PT
home-office | alexa com a câmera desligada me diz a capital da costa rica | CR
home-office | alexa o cliente do projeto é do panamá qual a capital do panamá | PA
home-office | alexa o fuso do time de taiwan é doido qual é a capital de taiwan | TW
home-office | alexa o dev novo trabalha remoto de {} qual é a capital | honduras=HN; el salvador=SV; guatemala=GT
home-office | alexa durante a daily alguém perguntou a capital da nicarágua | NI
home-office | alexa no home office com o gato no teclado qual é a capital de belize | BZ
mudanca | alexa tô encaixotando tudo e vou me mudar {} qual é a capital | pra portugal=PT; pro japão=JP; pra itália=IT
mudanca | alexa a transportadora vai levar a mudança pro {} qual é a capital desse estado | paraná=BR-PR; rio grande do sul=BR-RS; espírito santo=BR-ES
mudanca | alexa no meio das caixas da mudança qual é a capital do reino unido | GB
mudanca | alexa meu marido foi transferido pra holanda qual é a capital da holanda | NL
mudanca | alexa a gente vai morar em minas qual é a capital de minas gerais | BR-MG
mudanca | alexa estamos de mudança pra manaus manaus é a capital do amazonas né | BR-AM
mudanca | alexa minha filha vai morar na irlanda qual é a capital | IE
bolao | alexa no bolão da copa eu apostei {} qual é a capital desse país | na croácia=HR; na sérvia=RS; na suíça=CH
bolao | alexa o bolão do escritório tem jogo {} hoje qual a capital | da coreia do sul=KR; da arábia saudita=SA; do irã=IR
bolao | alexa o tio do bolão perguntou a capital {} | de gana=GH; da costa do marfim=CI; de camarões=CM
bolao | alexa quem ganhar o bolão tem que acertar a capital do uruguai | UY
bolao | alexa no grupo do bolão falaram que a capital da austrália é sydney é verdade | AU
bolao | alexa valendo ponto extra no bolão qual a capital do catar | QA
piauiense | alexa macho me diz aí qual é a capital {} | do piauí=BR-PI; do ceará=BR-CE; do maranhão=BR-MA
piauiense | alexa é mermo que teresina é a capital do piauí | BR-PI
piauiense | alexa rapaz de parnaíba aqui qual a capital {} | da jamaica=JM; do haiti=HT; da república dominicana=DO
piauiense | alexa ei macho fala a capital de cuba aí | CU
piauiense | alexa pois é alexa a capital de trinidad e tobago qual é | TT
piauiense | alexa mah a capital de barbados qual é | BB
piauiense | alexa égua alexa qual é a capital das bahamas | BS
alagoano | alexa oxente qual é a capital {} | de alagoas=BR-AL; de pernambuco=BR-PE; da bahia=BR-BA
alagoano | alexa aqui de arapiraca quero saber a capital {} | de granada=GD; de santa lúcia=LC; de dominica=DM
alagoano | alexa vixe esqueci a capital de são vicente e granadinas | VC
alagoano | alexa ô alexa me diz a capital de antígua e barbuda | AG
alagoano | alexa minha filha da pajuçara perguntou a capital de são cristóvão e névis | KN
alagoano | alexa oxe maceió é capital de alagoas mesmo | BR-AL
sergipano | alexa aqui de aracaju qual é a capital {} | de sergipe=BR-SE; do rio grande do norte=BR-RN; do pará=BR-PA
sergipano | alexa painho perguntou qual a capital de fiji | FJ
sergipano | alexa ó paí a capital de samoa qual é | WS
sergipano | alexa lá em itabaiana o povo quer saber a capital {} | de tonga=TO; de vanuatu=VU; das ilhas salomão=SB
sergipano | alexa qual a capital de palau ó | PW
sergipano | alexa menino me diz a capital das ilhas marshall | MH
baixada | alexa aqui de nova iguaçu qual é a capital {} | do rio de janeiro=BR-RJ; de são paulo=BR-SP; do distrito federal=BR-DF
baixada | alexa mermão qual é a capital da nigéria | NG
baixada | alexa pô alexa na van de duque de caxias rolou a dúvida qual a capital de angola | AO
baixada | alexa aí alexa a capital de moçambique qual é | MZ
baixada | alexa lá em belford roxo a gente quer saber a capital {} | da guiné-bissau=GW; de são tomé e príncipe=ST; de cabo verde=CV
baixada | alexa caraca a capital do timor-leste é qual | TL
baixada | alexa papo reto qual é a capital da micronésia | FM
pomerano | alexa aqui em santa maria de jetibá a oma quer saber a capital {} | da alemanha=DE; da áustria=AT; de liechtenstein=LI
pomerano | alexa na ja qual é a capital da polônia onde ficava a pomerânia | PL
pomerano | alexa ja alexa a capital {} qual é | da baixa saxônia=DE-NI; da baviera=DE-BY; da saxônia=DE-SN
pomerano | alexa o opa quer saber a capital do meclemburgo-pomerânia ocidental | DE-MV
pomerano | alexa depois do culto em pomerano a família quer saber a capital de schleswig-holstein | DE-SH
pomerano | alexa a capital de brandemburgo qual é ja | DE-BB
blumenau | alexa aqui na oktoberfest de blumenau qual é a capital {} | da baviera=DE-BY; de hesse=DE-HE; da turíngia=DE-TH
blumenau | alexa prost alexa qual a capital da renânia do norte-vestfália | DE-NW
blumenau | alexa no chope da vila germânica perguntaram a capital do sarre | DE-SL
blumenau | alexa o tio de pomerode perguntou a capital {} | da renânia-palatinado=DE-RP; de baden-württemberg=DE-BW; da saxônia-anhalt=DE-ST
blumenau | alexa a bandinha alemã quer saber a capital de hamburgo | DE-HH
judeu | alexa aqui no bom retiro minha avó quer saber a capital de israel | IL
judeu | alexa oy vey esqueci a capital {} | da lituânia=LT; da letônia=LV; da hungria=HU
judeu | alexa no jantar de shabat perguntaram qual é a capital {} | da polônia=PL; da ucrânia=UA; da romênia=RO
judeu | alexa mazal tov meu neto passou na prova qual é a capital da moldávia | MD
judeu | alexa o rabino perguntou qual a capital da palestina | PS
judeu | alexa no bar mitzvah do primo alguém perguntou a capital da argentina | AR
armenio | alexa sou armênio da rua armênia em são paulo qual é a capital da armênia | AM
armenio | alexa barev alexa qual a capital {} | da geórgia o país=GE; do azerbaijão=AZ; da turquia=TR
armenio | alexa meu avô nasceu perto do líbano qual é a capital do líbano | LB
armenio | alexa shnorhakalutyun alexa e qual a capital da síria | SY
armenio | alexa no almoço armênio com esfirra perguntaram a capital do irã | IR
indiano | alexa yaar what is the capital {} em português qual é a capital | da índia=IN; do nepal=NP; do sri lanka=LK
indiano | alexa actually eu trabalho com ti em campinas qual é a capital {} | de karnataka=IN-KA; de kerala=IN-KL; de tamil nadu=IN-TN
indiano | alexa meu colega de hyderabad pergunta capital {} | de telangana=IN-TS; de andhra pradesh=IN-AP; de maharashtra=IN-MH
indiano | alexa capital de goa please | IN-GA
indiano | alexa meu chefe é de punjab qual é a capital do punjab indiano | IN-PB
indiano | alexa yaar qual é a capital de uttar pradesh | IN-UP
indiano | alexa qual capital {} alexa | de bengala ocidental=IN-WB; do rajastão=IN-RJ; de gujarat=IN-GJ
indiano | alexa a capital de bihar qual é actually | IN-BR
indiano | alexa minha mãe é de assam qual é a capital | IN-AS
indiano | alexa qual é a capital de delhi é nova délhi | IN-DL
frances | alexa alors qual é a capital {} | da guiana francesa=GF; da martinica=MQ; de guadalupe=GP
frances | alexa bon eu sou francês e moro no rio qual é a capital da reunião | RE
frances | alexa bah alors a capital de mayotte qual é | YT
frances | alexa merci alexa e a capital da polinésia francesa | PF
frances | alexa eu quer saber a capital da nova caledônia | NC
frances | alexa oh là là a capital de são pedro e miquelão qual é | PM
frances | alexa bon alors qual é a capital de wallis e futuna | WF
frances | alexa alors a capital de mônaco é mônaco | MC
chileno | alexa oye po qual é a capital {} | do chile=CL; da bolívia=BO; da argentina=AR
chileno | alexa weón qual é a capital do peru cachai | PE
chileno | alexa sou chileno no brás e queria saber a capital do equador po | EC
chileno | alexa la capital de uruguay cuál es po | UY
chileno | alexa cachai alexa a capital da ilha de páscoa | FB
chileno | alexa po alexa a capital das ilhas malvinas | FK
russo | alexa privet qual é capital {} | da rússia=RU; do cazaquistão=KZ; da bielorrússia=BY
russo | alexa spasibo e capital da geórgia país não estado | GE
russo | alexa nu alexa eu estudo português qual capital de estônia | EE
russo | alexa da da e capital de moldávia qual | MD
russo | alexa eu não entende capital de uzbequistão qual | UZ
russo | alexa ja estudo português com aplicativo capital de mongólia qual é | MN
dever-de-casa | alexa minha filha tá fazendo lição de casa qual é a capital {} | do canadá=CA; dos estados unidos=US; do méxico=MX
dever-de-casa | alexa a tarefa do quarto ano pede as capitais do brasil qual é a capital {} | do acre=BR-AC; de roraima=BR-RR; do amapá=BR-AP
dever-de-casa | alexa o meu filho tem prova amanhã qual é a capital de mato grosso | BR-MT
dever-de-casa | alexa a professora mandou pesquisar a capital de santa catarina | BR-SC
dever-de-casa | alexa mamãe tá ajudando no dever qual a capital {} | do rio grande do sul=BR-RS; de pernambuco=BR-PE; de rondônia=BR-RO
dever-de-casa | alexa tô fazendo o mapa colorido qual é a capital do tocantins | BR-TO
dever-de-casa | alexa a tarefa de geografia pergunta a capital do brasil | BR
dever-de-casa | alexa na lição de casa pede a capital da bahia | BR-BA
academia | alexa entre uma série e outra qual é a capital {} | da noruega=NO; da finlândia=FI; da islândia=IS
academia | alexa tô na esteira e quero saber a capital do quênia | KE
academia | alexa o personal perguntou a capital da etiópia onde tem os maratonistas | ET
academia | alexa no descanso do supino qual a capital da jamaica | JM
academia | alexa no crossfit o coach é {} qual é a capital de lá | sul-africano=ZA; neozelandês=NZ; australiano=AU
escape-room | alexa a pista da sala de fuga é a capital {} | do egito=EG; do peru=PE; da grécia=GR
escape-room | alexa o cadeado pede a capital do camboja | KH
escape-room | alexa faltam cinco minutos na escape room qual é a capital do laos | LA
escape-room | alexa o enigma diz capital do mianmar qual é | MM
escape-room | alexa a senha do cofre é a capital da coreia do norte | KP
escape-room | alexa na sala do faraó a pista pede a capital do sudão | SD
follow-up | alexa e {} | da croácia=HR; do sri lanka=LK; da eslovênia=SI
follow-up | alexa e a capital {} | do vietnã=VN; da tailândia=TH; do japão=JP
follow-up | alexa e a {} qual é | do líbano=LB; da jordânia=JO; da síria=SY
follow-up | alexa e da argentina então | AR
follow-up | alexa beleza e a do chile | CL
follow-up | alexa tá e do peru qual é | PE
follow-up | alexa valeu e do equador | EC
follow-up | alexa agora a do uruguai | UY
follow-up | alexa próxima a da noruega | NO
follow-up | alexa e {} no caso | do paraná=BR-PR; de goiás=BR-GO; do ceará=BR-CE
follow-up | alexa certo e a capital do estado vizinho santa catarina | BR-SC
follow-up | alexa e agora me fala a do texas | US-TX
follow-up | alexa tá bom e a da escócia | GB-SCT
follow-up | alexa e a do país de gales | GB-WLS
follow-up | alexa ok e {} | de quebec=CA-QC; da nova escócia=CA-NS; de manitoba=CA-MB
follow-up | alexa anotei e a do marrocos | MA
follow-up | alexa entendi e a da tunísia | TN
follow-up | alexa legal e {} alexa | da hungria=HU; da áustria=AT; da eslováquia=SK
follow-up | alexa ah tá e a da coreia do sul | KR
follow-up | alexa mais uma a do nepal | NP
follow-up | alexa só mais uma e a da mongólia | MN
follow-up | alexa obrigada e a de angola | AO
follow-up | alexa show e a da nigéria | NG
follow-up | alexa perfeito e do senegal | SN
follow-up | alexa e a capital lá da irlanda | IE
plural-capitals | alexa quais são as capitais {} | do benin=BJ; da bolívia=BO; da costa do marfim=CI
plural-capitals | alexa me diz quais são as capitais {} | do sri lanka=LK; da malásia=MY; dos países baixos=NL
plural-capitals | alexa quais são mesmo as capitais {} | de essuatíni=SZ; da áfrica do sul=ZA; da palestina=PS
plural-capitals | alexa no cursinho o professor disse que a bolívia tem duas capitais quais são | BO
plural-capitals | alexa o caminhoneiro quer saber as duas capitais da bolívia | BO
plural-capitals | alexa a áfrica do sul tem três capitais quais são elas | ZA
plural-capitals | alexa no quiz do bar perguntaram as três capitais da áfrica do sul | ZA
plural-capitals | alexa me diz as capitais da holanda | NL
plural-capitals | alexa quais são as duas capitais da holanda amsterdã e haia | NL
plural-capitals | alexa a costa do marfim tem duas capitais né quais | CI
plural-capitals | alexa no bolão perguntaram as capitais da costa do marfim | CI
plural-capitals | alexa o benin tem mais de uma capital quais são | BJ
plural-capitals | alexa na cruzadinha pede as capitais do benin | BJ
plural-capitals | alexa a malásia tem duas capitais me fala quais | MY
plural-capitals | alexa o colega do home office disse que a malásia tem capital administrativa quais são as capitais | MY
plural-capitals | alexa quais as capitais do sri lanka que eu nunca sei falar | LK
plural-capitals | alexa o indiano do trabalho quer saber as capitais do sri lanka | LK
plural-capitals | alexa quais são as capitais da suazilândia | SZ
plural-capitals | alexa essuatíni tem duas capitais quais são | SZ
plural-capitals | alexa quais são as capitais da palestina | PS
plural-capitals | alexa o rabino e o vizinho palestino discutiram quais são as capitais da palestina | PS
plural-capitals | alexa me fala todas as capitais da áfrica do sul | ZA
plural-capitals | alexa tô revisando pro enem quais são as capitais da bolívia | BO
plural-capitals | alexa na escape room pede as capitais dos países baixos | NL
plural-capitals | alexa as capitais da costa do marfim quais são alexa | CI
plural-capitals | alexa as capitais do benin me diz | BJ
plural-capitals | alexa as capitais da malásia | MY
plural-capitals | alexa as capitais do sri lanka alexa | LK
plural-capitals | alexa as capitais de essuatíni | SZ
plural-capitals | alexa me diz as duas capitais da palestina | PS
plural-capitals | alexa quais cidades são capitais da áfrica do sul | ZA
plural-capitals | alexa a bolívia tem sucre e la paz qual delas é a capital ou são as duas | BO
plural-capitals | alexa sabe quais são as capitais {} | da índia e do paquistão=IN+PK; do chile e da argentina=AR+CL; da nigéria e de gana=GH+NG
plural-capitals | alexa as capitais {} quais são | das duas coreias=KP+KR; dos dois congos=CD+CG; dos sudões=SD+SS
subdivision | alexa qual é a capital {} | do arizona=US-AZ; do colorado=US-CO; de nevada=US-NV
subdivision | alexa me diz a capital do estado {} | de nova york=US-NY; de washington=US-WA; da pensilvânia=US-PA
subdivision | alexa a capital {} qual é | de illinois=US-IL; de michigan=US-MI; de wisconsin=US-WI
subdivision | alexa o primo mora em orlando qual é a capital da flórida | US-FL
subdivision | alexa qual é a capital do havaí | US-HI
subdivision | alexa minha tia mora em newark qual é a capital de nova jérsei | US-NJ
subdivision | alexa qual a capital {} nos estados unidos | da geórgia=US-GA; da virgínia=US-VA; do tennessee=US-TN
subdivision | alexa capital {} qual é | do kentucky=US-KY; do missouri=US-MO; do oregon=US-OR
subdivision | alexa me responde qual é a capital {} | de utah=US-UT; de idaho=US-ID; de montana=US-MT
subdivision | alexa qual é a capital do estado {} | de wyoming=US-WY; do novo méxico=US-NM; de oklahoma=US-OK
subdivision | alexa a capital {} alexa | de kansas=US-KS; de nebraska=US-NE; de iowa=US-IA
subdivision | alexa qual a capital {} | da luisiana=US-LA; do mississippi=US-MS; do alabama=US-AL
subdivision | alexa me fala a capital {} | do arkansas=US-AR; da carolina do sul=US-SC; da carolina do norte=US-NC
subdivision | alexa qual é a capital {} americano | do estado de maine=US-ME; do estado de vermont=US-VT; do estado de nova hampshire=US-NH
subdivision | alexa você sabe qual é a capital {} | de connecticut=US-CT; de rhode island=US-RI; de delaware=US-DE
subdivision | alexa e qual a capital {} | de maryland=US-MD; da virgínia ocidental=US-WV; de indiana=US-IN
subdivision | alexa a capital {} qual que é | de minnesota=US-MN; da dakota do norte=US-ND; da dakota do sul=US-SD
subdivision | alexa capital de alberta | CA-AB
subdivision | alexa qual é a capital {} no canadá | de saskatchewan=CA-SK; de nova brunswick=CA-NB; da ilha do príncipe eduardo=CA-PE
subdivision | alexa a capital {} qual é mesmo | de terra nova e labrador=CA-NL; do yukon=CA-YT; de nunavut=CA-NU
subdivision | alexa qual é a capital dos territórios do noroeste | CA-NT
subdivision | alexa a capital {} na austrália | de nova gales do sul=AU-NSW; de vitória=AU-VIC; de queensland=AU-QLD
subdivision | alexa por favor qual é a capital {} | da tasmânia=AU-TAS; da austrália ocidental=AU-WA; da austrália meridional=AU-SA
subdivision | alexa qual a capital do território do norte na austrália | AU-NT
subdivision | alexa qual é a capital do território da capital australiana | AU-ACT
subdivision | alexa qual é a capital {} no méxico | de jalisco=MX-JAL; de nuevo león=MX-NLE; de oaxaca=MX-OAX
subdivision | alexa a capital {} mexicano | do estado de chiapas=MX-CHP; do estado de sonora=MX-SON; do estado de veracruz=MX-VER
subdivision | alexa fui pra cancún qual é a capital de quintana roo | MX-ROO
subdivision | alexa qual que é a capital {} | do iucatã=MX-YUC; da baixa califórnia=MX-BCN; de puebla=MX-PUE
subdivision | alexa me diz a capital {} | de guerrero=MX-GRO; de sinaloa=MX-SIN; de michoacán=MX-MIC
subdivision | alexa capital do estado do méxico qual é | MX-MEX
subdivision | alexa qual a capital {} na índia | de madhya pradesh=IN-MP; de odisha=IN-OD; de jharkhand=IN-JH
subdivision | alexa a capital {} é qual | de sikkim=IN-SK; de manipur=IN-MN; de nagaland=IN-NL
subdivision | alexa capital de himachal pradesh | IN-HP
subdivision | alexa qual é a capital de jammu e caxemira | IN-JK
subdivision | alexa sabe me dizer qual é a capital {} | de porto rico=PR; das bermudas=BM; das ilhas cayman=KY
subdivision | alexa me diz qual a capital {} | de gibraltar=GI; da ilha de man=IM; de jersey=JE
subdivision | alexa me fala aí a capital {} | de aruba=AW; de curaçao=CW; de sint maarten=SX
subdivision | alexa pergunta rápida qual é a capital {} | de guam=GU; da samoa americana=AS; das ilhas marianas do norte=MP
subdivision | alexa sabe qual a capital {} | das ilhas faroé=FO; das ilhas aland=AX; de svalbard=SJ
subdivision | alexa a capital {} qual seria | das ilhas cook=CK; de niue=NU; de tokelau=TK
subdivision | alexa qual a capital do saara ocidental | EH
subdivision | alexa qual é a capital de hong kong | HK
subdivision | alexa capital de macau qual é | MO
subdivision | alexa tô na dúvida qual é a capital {} | das ilhas turcas e caicos=TC; de anguila=AI; de montserrat=MS
subdivision | alexa capital {} | de guernsey=GG; de santa helena=SH; da ilha norfolk=NF
subdivision | alexa qual a capital mesmo {} | de são martinho=MF; de são bartolomeu=BL; das ilhas virgens britânicas=VG
subdivision | alexa qual é a capital das ilhas virgens americanas | VI
subdivision | alexa qual a capital da inglaterra | GB-ENG
subdivision | alexa qual a capital da ilha christmas | CX
yes-no-check | alexa é verdade que a capital {} | da austrália é sydney=AU; do canadá é toronto=CA; da turquia é istambul=TR
yes-no-check | alexa a capital {} né | da suíça é berna=CH; da nova zelândia é wellington=NZ; do marrocos é rabat=MA
yes-no-check | alexa confere pra mim se a capital {} | do paquistão é karachi=PK; da nigéria é lagos=NG; do vietnã é hanói=VN
yes-no-check | alexa o caminhoneiro apostou que a capital de goiás é goiânia tá certo | BR-GO
yes-no-check | alexa a capital do amapá é macapá né | BR-AP
yes-no-check | alexa no quiz do bar disseram que a capital dos estados unidos é nova york tá certo | US
yes-no-check | alexa a capital do cazaquistão mudou de nome é isso mesmo | KZ
yes-no-check | alexa a capital de mianmar ainda é rangum | MM
yes-no-check | alexa é certo dizer que a capital da tanzânia é dar es salaam | TZ
yes-no-check | alexa a capital da califórnia é los angeles ou não | US-CA
yes-no-check | alexa tô certa que a capital da escócia é edimburgo | GB-SCT
yes-no-check | alexa a capital do quebec é montreal sim ou não | CA-QC
yes-no-check | alexa será que a capital da índia é mumbai | IN
yes-no-check | alexa a capital da bolívia é la paz mesmo | BO
yes-no-check | alexa a capital do equador é guayaquil correto | EC
yes-no-check | alexa é ottawa a capital do canadá | CA
yes-no-check | alexa roma ainda é a capital da itália | IT
yes-no-check | alexa minha sogra jura que a capital do japão é quioto é isso | JP
yes-no-check | alexa a capital da costa rica é san josé confirma | CR
yes-no-check | alexa a capital do acre é rio branco certinho | BR-AC
yes-no-check | alexa o menino falou que a capital de roraima é boa vista tá certo | BR-RR
yes-no-check | alexa a capital do brasil é o rio de janeiro | BR
yes-no-check | alexa na adedonha eu pus belmopan como capital de belize valeu | BZ
yes-no-check | alexa a capital da nova york é albany mesmo | US-NY
yes-no-check | alexa a capital da baviera é munique confere | DE-BY
self-correction | alexa me tira uma dúvida qual é a capital {} | da suécia não da suíça=CH; da áustria digo da austrália=AU; da eslováquia quer dizer eslovênia=SI
self-correction | alexa a capital {} | do irã ops do iraque=IQ; da gâmbia não da zâmbia=ZM; da guiné não da guiné-bissau=GW
self-correction | alexa qual que é a capital {} hein | da nigéria não do níger=NE; da mauritânia digo maurício=MU; de dominica não da república dominicana=DO
self-correction | alexa qual é a capital da colômbia não pera da colúmbia britânica | CA-BC
self-correction | alexa me diz a capital do paraná opa do paraguai | PY
self-correction | alexa a capital de malta não de malásia desculpa | MY
self-correction | alexa capital da letônia ai não da lituânia | LT
self-correction | alexa qual é a capital da eslovênia não eslováquia | SK
self-correction | alexa a capital da islândia ou melhor da irlanda | IE
self-correction | alexa qual a capital das maldivas não das seicheles | SC
self-correction | alexa a capital do camboja não perdão do laos | LA
self-correction | alexa qual é a capital do mali não da mauritânia | MR
self-correction | alexa a capital de granada digo da guiana | GY
self-correction | alexa capital da tunísia aliás da argélia | DZ
self-correction | alexa qual é a capital do benin não peraí do togo | TG
self-correction | alexa a capital do sergipe não de alagoas | BR-AL
self-correction | alexa capital do mato grosso do sul não só mato grosso | BR-MT
self-correction | alexa qual é a capital da virgínia ocidental não só virgínia | US-VA
self-correction | alexa a capital da dakota do norte quer dizer do sul | US-SD
self-correction | alexa capital de ruanda ai burundi | BI
self-correction | alexa a capital da guiné equatorial não da papua-nova guiné | PG
self-correction | alexa a capital do uruguai me enganei do paraguai | PY
self-correction | alexa a capital de kerala não de karnataka | IN-KA
self-correction | alexa qual é a capital da nova gales do sul errei da nova escócia | CA-NS
self-correction | alexa qual a capital de omã não espera do iêmen | YE
reverse-question | alexa {} é capital de que país | ulan bator=CITY:Ulan Bator; bishkek=CITY:Bishkek; tashkent=CITY:Tashkent
reverse-question | alexa de onde {} é capital | nairóbi=CITY:Nairóbi; adis abeba=CITY:Adis Abeba; kampala=CITY:Kampala
reverse-question | alexa {} é a capital de qual país | montevidéu=CITY:Montevidéu; assunção=CITY:Assunção; caracas=CITY:Caracas
reverse-question | alexa de qual estado {} é a capital | teresina=CITY:Teresina; aracaju=CITY:Aracaju; maceió=CITY:Maceió
reverse-question | alexa {} é capital de onde | cuiabá=CITY:Cuiabá; macapá=CITY:Macapá; boa vista=CITY:Boa Vista
reverse-question | alexa a cidade de {} é capital de qual país | riga=CITY:Riga; vilnius=CITY:Vilnius; tallinn=CITY:Tallinn
reverse-question | alexa canberra é a capital de onde | CITY:Canberra
reverse-question | alexa o caminhoneiro passou por assunção é capital de que país | CITY:Assunção
reverse-question | alexa ouagadougou é capital de qual país | CITY:Ouagadougou
reverse-question | alexa de que país {} é a capital | acra=CITY:Acra; dakar=CITY:Dakar; bamako=CITY:Bamako
reverse-question | alexa {} é a capital de quem | sacramento=CITY:Sacramento; austin=CITY:Austin; tallahassee=CITY:Tallahassee
reverse-question | alexa de qual país a capital é {} | lima=CITY:Lima; quito=CITY:Quito; bogotá=CITY:Bogotá
reverse-question | alexa a capital {} é de onde | helsinque=CITY:Helsinque; oslo=CITY:Oslo; estocolmo=CITY:Estocolmo
reverse-question | alexa kingston é capital de onde | CITY:Kingston
reverse-question | alexa victoria é capital de qual lugar | CITY:Victoria
reverse-question | alexa em que país fica a capital katmandu | CITY:Katmandu
reverse-question | alexa phnom penh é capital de que país | CITY:Phnom Penh
reverse-question | alexa vientiane é a capital de onde | CITY:Vientiane
official-name | alexa qual é mesmo a capital {} | da república federativa do brasil=BR; da república popular da china=CN; da república francesa=FR
official-name | alexa a capital {} por favor | do reino da espanha=ES; do reino da noruega=NO; do reino do marrocos=MA
official-name | alexa fala aí qual é a capital {} | da federação russa=RU; da república da coreia=KR; da república islâmica do irã=IR
official-name | alexa me diz a capital {} por favor | do estado plurinacional da bolívia=BO; da república bolivariana da venezuela=VE; da república oriental do uruguai=UY
official-name | alexa capital {} por favor | dos estados unidos mexicanos=MX; da república argentina=AR; da república do chile=CL
official-name | alexa fala qual a capital {} | do reino unido da grã-bretanha e irlanda do norte=GB; da confederação suíça=CH; do grão-ducado de luxemburgo=LU
official-name | alexa ei qual é a capital {} | da república democrática popular do laos=LA; da república socialista do vietnã=VN; da república popular democrática da coreia=KP
official-name | alexa a capital {} sabe qual é | do reino hachemita da jordânia=JO; do reino da arábia saudita=SA; do sultanato de omã=OM
official-name | alexa responde qual a capital {} | da república federal da alemanha=DE; da república italiana=IT; da república portuguesa=PT
official-name | alexa me fala rapidinho a capital {} | da república federal da nigéria=NG; da república árabe do egito=EG; da república unida da tanzânia=TZ
official-name | alexa qual é a capital da república da china em taiwan | TW
official-name | alexa qual é a capital do principado de andorra | AD
official-name | alexa qual a capital da república de san marino | SM
official-name | alexa capital do estado da cidade do vaticano | VA
official-name | alexa qual é a capital da república do iêmen | YE
official-name | alexa qual é a capital da comunidade das bahamas | BS
official-name | alexa qual é a capital da república da índia | IN
everyday-name | alexa qual seria a capital {} | da inglaterra=GB-ENG; da holanda=NL; da rússia=RU
everyday-name | alexa capital {} alexa me diz | da birmânia=MM; da suazilândia=SZ; da macedônia=MK
everyday-name | alexa qual a capital oficial {} | da república tcheca=CZ; da costa do marfim=CI; do cabo verde=CV
everyday-name | alexa me diz aí a capital {} | dos eua=US; da américa=US; dos states=US
everyday-name | alexa me lembra qual é a capital {} | da coreia do norte=KP; do congo belga=CD; da pérsia=IR
everyday-name | alexa capital {} qual que é | do ceilão=LK; do daomé=BJ; da abissínia=ET
everyday-name | alexa eu queria saber qual é a capital {} | do sião=TH; da formosa=TW; do alto volta=BF
everyday-name | alexa a capital {} me fala | da grã-bretanha=GB; da bielorrússia que o povo chama de belarus=BY; da tchecoslováquia=FB
everyday-name | alexa quero saber qual a capital {} | da papua=PG; da guiné conacri=GN; do zaire=CD
everyday-name | alexa capital do congo brazzaville | CG
everyday-name | alexa capital do congo kinshasa | CD
everyday-name | alexa qual é a capital do vaticano | VA
everyday-name | alexa qual a capital do timor | TL
everyday-name | alexa qual é a capital da micronésia | FM
everyday-name | alexa qual é a capital da bósnia | BA
everyday-name | alexa qual é a capital dos emirados | AE
everyday-name | alexa capital de são tomé | ST
everyday-name | alexa capital de trinidad | TT
shared-name | alexa qual é a capital da geórgia | GE+US-GA
shared-name | alexa capital do congo | CD+CG
shared-name | alexa qual a capital da coreia | KP+KR
shared-name | alexa qual é a capital da carolina | US-NC+US-SC
shared-name | alexa capital da dakota | US-ND+US-SD
shared-name | alexa qual é a capital das ilhas virgens | VG+VI
shared-name | alexa quais as capitais das duas coreias | KP+KR
shared-name | alexa as capitais dos dois congos | CD+CG
shared-name | alexa capitais das carolinas | US-NC+US-SC
shared-name | alexa qual a capital das dakotas | US-ND+US-SD
shared-name | alexa quais são as capitais dos dois sudões | SD+SS
shared-name | alexa a capital de dominica e da república dominicana | DM+DO
shared-name | alexa o bolão tem jogo da geórgia qual é a capital | GE+US-GA
shared-name | alexa no war eu conquistei o congo qual é a capital | CD+CG
shared-name | alexa capital da geórgia alexa | GE+US-GA
out-of-domain | alexa como tá o trânsito na br cento e dezesseis agora | FB
out-of-domain | alexa quantos quilômetros de teresina até fortaleza | FB
out-of-domain | alexa qual o preço do diesel hoje | FB
out-of-domain | alexa toca um modão de caminhoneiro | FB
out-of-domain | alexa vai chover na serra do cafezal hoje | FB
out-of-domain | alexa onde tem posto com banho na estrada | FB
out-of-domain | alexa quanto pesa uma carreta carregada | FB
out-of-domain | alexa desperta a enfermagem às cinco e meia | FB
out-of-domain | alexa qual a dose de dipirona pra adulto | FB
out-of-domain | alexa toca uma música calma pro plantão | FB
out-of-domain | alexa quanto tempo dura o plantão de doze por trinta e seis | FB
out-of-domain | alexa qual é a capital social da empresa do hospital | FB
out-of-domain | alexa o supervisor quer saber o tempo médio de atendimento | FB
out-of-domain | alexa toca um lofi pra eu aguentar o turno do call center | FB
out-of-domain | alexa quantas ligações eu fiz hoje | FB
out-of-domain | alexa marca a pausa de dez minutos | FB
out-of-domain | alexa qual o melhor tom de loiro pra pele morena | FB
out-of-domain | alexa quanto tempo deixa a tinta no cabelo | FB
out-of-domain | alexa toca pagode pro salão | FB
out-of-domain | alexa marca vinte minutos pra hidratação | FB
out-of-domain | alexa qual é a receita de pão de queijo | FB
out-of-domain | alexa a quantos graus asso o pão francês | FB
out-of-domain | alexa quanto custa o quilo da farinha de trigo | FB
out-of-domain | alexa coloca fermento na lista de compras | FB
out-of-domain | alexa quando é a prova do enem esse ano | FB
out-of-domain | alexa quanto é a nota de corte de medicina na usp | FB
out-of-domain | alexa explica o que é a revolução industrial | FB
out-of-domain | alexa qual a fórmula de bhaskara | FB
out-of-domain | alexa quem escreveu os sertões | FB
out-of-domain | alexa qual é a maior cidade da áfrica | FB
out-of-domain | alexa quantos países tem no oriente médio | FB
out-of-domain | alexa qual país tem o maior pib da américa do sul | FB
out-of-domain | alexa qual é a língua oficial do suriname | FB
out-of-domain | alexa qual a moeda da suíça | FB
out-of-domain | alexa quantos habitantes tem a índia | FB
out-of-domain | alexa quem é o presidente da frança | FB
out-of-domain | alexa que horas são no japão agora | FB
out-of-domain | alexa qual é o rio mais longo do mundo | FB
out-of-domain | alexa qual é a montanha mais alta da áfrica | FB
out-of-domain | alexa qual a bandeira que tem um cedro no meio | FB
out-of-domain | alexa qual é o hino da armênia | FB
out-of-domain | alexa qual é o código de discagem da alemanha | FB
out-of-domain | alexa qual é o prato típico do chile | FB
out-of-domain | alexa quantos estados tem a índia | FB
out-of-domain | alexa qual o maior estado do brasil | FB
out-of-domain | alexa quem ganhou a copa de setenta | FB
out-of-domain | alexa qual é o placar do jogo da seleção | FB
out-of-domain | alexa quando é o próximo jogo do brasil na copa | FB
out-of-domain | alexa quem é o artilheiro do bolão | FB
out-of-domain | alexa quanto eu ganho se acertar o placar no bolão | FB
out-of-domain | alexa quais são as regras do war | FB
out-of-domain | alexa quantos exércitos eu ganho no war com a américa do sul | FB
out-of-domain | alexa rola um dado de seis lados | FB
out-of-domain | alexa sorteia uma letra pra adedonha | FB
out-of-domain | alexa me dá uma fruta com a letra k | FB
out-of-domain | alexa marca um minuto pro stop | FB
out-of-domain | alexa qual é o sinônimo de alegre com seis letras | FB
out-of-domain | alexa rio da itália com quatro letras | FB
out-of-domain | alexa o que significa a palavra ósculo | FB
out-of-domain | alexa quanto custa um intercâmbio no canadá | FB
out-of-domain | alexa como tirar o visto de estudante americano | FB
out-of-domain | alexa traduz host family pra português | FB
out-of-domain | alexa quanto tá o dólar canadense | FB
out-of-domain | alexa qual o melhor horário pra falar com a austrália | FB
out-of-domain | alexa entra na reunião do teams | FB
out-of-domain | alexa silencia as notificações por uma hora | FB
out-of-domain | alexa lembra de mandar o relatório às três | FB
out-of-domain | alexa qual é a senha do wi-fi | FB
out-of-domain | alexa liga a luz do escritório | FB
out-of-domain | alexa quanto custa uma mudança de são paulo pra curitiba | FB
out-of-domain | alexa adiciona fita adesiva na lista | FB
out-of-domain | alexa como desmontar um guarda-roupa | FB
out-of-domain | alexa qual o telefone do chaveiro | FB
out-of-domain | alexa qual o clima em teresina hoje | FB
out-of-domain | alexa toca luiz gonzaga | FB
out-of-domain | alexa qual é a capital do forró no nordeste | FB
out-of-domain | alexa quanto tá o calor em parnaíba | FB
out-of-domain | alexa como faz cajuína | FB
out-of-domain | alexa oxente toca um arrocha | FB
out-of-domain | alexa onde fica a praia do francês | FB
out-of-domain | alexa qual a previsão do tempo pra maceió | FB
out-of-domain | alexa quanto custa o sururu na feira | FB
out-of-domain | alexa toca uma música de forró pé de serra | FB
out-of-domain | alexa qual é a maré na orla de atalaia | FB
out-of-domain | alexa qual é a capital do caranguejo | FB
out-of-domain | alexa que horas passa o trem da supervia | FB
out-of-domain | alexa toca funk da baixada | FB
out-of-domain | alexa qual o resultado do flamengo | FB
out-of-domain | alexa vai ter tiroteio na linha vermelha | FB
out-of-domain | alexa quanto custa a passagem do ônibus pra central | FB
out-of-domain | alexa toca uma polca alemã | FB
out-of-domain | alexa como se fala obrigado em pomerano | FB
out-of-domain | alexa quando começa a oktoberfest | FB
out-of-domain | alexa qual a receita de cuca de banana | FB
out-of-domain | alexa qual a capital regional da pomerânia histórica | FB
out-of-domain | alexa qual é a capital da prússia | FB
out-of-domain | alexa quando começa o shabat hoje | FB
out-of-domain | alexa toca klezmer | FB
out-of-domain | alexa qual a receita de guefilte fish | FB
out-of-domain | alexa que dia é o yom kippur | FB
out-of-domain | alexa qual era a capital do reino de judá | FB
out-of-domain | alexa toca música armênia | FB
out-of-domain | alexa qual é a capital de nagorno-karabakh | FB
out-of-domain | alexa quantos armênios vivem no brasil | FB
out-of-domain | alexa como faz basturma | FB
out-of-domain | alexa qual o placar do críquete índia e paquistão | FB
out-of-domain | alexa toca bollywood | FB
out-of-domain | alexa quando é o diwali | FB
out-of-domain | alexa qual é a capital de caxemira do paquistão | FB
out-of-domain | alexa converte rúpias em reais | FB
out-of-domain | alexa qual a receita de frango tikka masala | FB
out-of-domain | alexa toca édith piaf | FB
out-of-domain | alexa quanto tá o euro hoje | FB
out-of-domain | alexa qual é a capital da bretanha | FB
out-of-domain | alexa qual é a capital da córsega | FB
out-of-domain | alexa qual é a capital da provença | FB
out-of-domain | alexa traduz saudade pro francês | FB
out-of-domain | alexa toca violeta parra | FB
out-of-domain | alexa qual é a capital da patagônia chilena | FB
out-of-domain | alexa qual o resultado do colo-colo | FB
out-of-domain | alexa como faz empanada chilena | FB
out-of-domain | alexa qual é a capital do atacama | FB
out-of-domain | alexa toca tchaikovsky | FB
out-of-domain | alexa qual é a capital da sibéria | FB
out-of-domain | alexa qual é a capital da chechênia | FB
out-of-domain | alexa como se diz bom dia em russo | FB
out-of-domain | alexa qual era a capital da união soviética | FB
out-of-domain | alexa quanto é sete vezes oito | FB
out-of-domain | alexa como se escreve exceção | FB
out-of-domain | alexa quais são os planetas do sistema solar | FB
out-of-domain | alexa qual é a capital da região sudeste | FB
out-of-domain | alexa quantos estados tem o brasil | FB
out-of-domain | alexa quais são as capitais mais frias do brasil | FB
out-of-domain | alexa qual a capital mais populosa do nordeste | FB
out-of-domain | alexa conta até trinta pro descanso | FB
out-of-domain | alexa quantas calorias tem uma banana | FB
out-of-domain | alexa toca um eletrônico pra treinar | FB
out-of-domain | alexa quantos gramas de proteína eu preciso por dia | FB
out-of-domain | alexa marca três minutos de prancha | FB
out-of-domain | alexa dá uma dica pro enigma da escape room | FB
out-of-domain | alexa quanto tempo falta pra acabar a sala | FB
out-of-domain | alexa qual é a capital do antigo egito | FB
out-of-domain | alexa qual era a capital do império inca | FB
out-of-domain | alexa qual é a capital de hogwarts | FB
out-of-domain | alexa qual é a capital de wakanda | FB
out-of-domain | alexa qual é a capital de nárnia | FB
out-of-domain | alexa qual a capital da terra média | FB
out-of-domain | alexa qual é a capital de marte | FB
out-of-domain | alexa qual é a capital do polo sul | FB
out-of-domain | alexa qual é a capital da europa | FB
out-of-domain | alexa qual é a capital da américa latina | FB
out-of-domain | alexa qual é a capital da escandinávia | FB
out-of-domain | alexa qual é a capital do caribe | FB
out-of-domain | alexa qual é a capital da lapônia | FB
out-of-domain | alexa qual é a capital da catalunha | FB
out-of-domain | alexa qual é a capital da andaluzia | FB
out-of-domain | alexa qual é a capital da flandres | FB
out-of-domain | alexa qual é a capital do tibete | FB
out-of-domain | alexa qual é a capital de bali | FB
out-of-domain | alexa qual é a capital do amazonas venezuelano | FB
out-of-domain | alexa qual é a capital do vale do silício | FB
out-of-domain | alexa qual é a capital mundial do chocolate | FB
out-of-domain | alexa qual é a capital nacional do calçado | FB
out-of-domain | alexa o que é capital de giro | FB
out-of-domain | alexa o que quer dizer pena capital | FB
out-of-domain | alexa quais são os sete pecados capitais | FB
out-of-domain | alexa como escrever capital com letra maiúscula | FB
out-of-domain | alexa o que é capital humano | FB
out-of-domain | alexa qual é o capital inicial pra abrir uma padaria | FB
out-of-domain | alexa toca capital inicial | FB
out-of-domain | alexa quem escreveu o capital | FB
out-of-domain | alexa quanto rende meu capital na poupança | FB
out-of-domain | alexa qual o horário do voo pra lisboa | FB
out-of-domain | alexa precisa de visto pra ir pro chile | FB
out-of-domain | alexa qual tomada se usa na inglaterra | FB
out-of-domain | alexa quantas horas de voo até dubai | FB
out-of-domain | alexa boa noite alexa | FB
out-of-domain | alexa você gosta de geografia | FB
out-of-domain | alexa conta uma piada de caminhoneiro | FB
out-of-domain | alexa qual é a sua cor favorita | FB
out-of-domain | alexa liga pra mainha | FB
out-of-domain | alexa manda mensagem pro painho | FB
out-of-domain | alexa aumenta o volume | FB
out-of-domain | alexa abaixa o som um pouquinho | FB
out-of-domain | alexa qual o resultado da mega-sena | FB
out-of-domain | alexa liga o ventilador do quarto | FB
out-of-domain | alexa lê as notícias de hoje | FB
out-of-domain | alexa quanto tá a cotação da soja em rondonópolis | FB
out-of-domain | alexa qual é o país mais novo do mundo | FB
out-of-domain | alexa quantos países tem na áfrica | FB
out-of-domain | alexa qual é o menor país do mundo | FB
out-of-domain | alexa que língua se fala na bélgica | FB
out-of-domain | alexa qual é o continente da turquia | FB
help | alexa sou caminhoneiro e não sei usar isso me ajuda | HELP
help | alexa como é que funciona esse negócio de capitais | HELP
help | alexa o que eu posso perguntar pra você nessa skill | HELP
help | alexa socorro não entendi como pergunta a capital | HELP
help | alexa me explica como usa | HELP
help | alexa a técnica de enfermagem quer saber como funciona | HELP
help | alexa que tipo de pergunta você responde | HELP
help | alexa me dá umas instruções aí | HELP
help | alexa ajuda por favor tô perdida | HELP
help | alexa o que você sabe fazer com capitais | HELP
help | alexa como eu pergunto a capital de um estado | HELP
help | alexa tem algum exemplo de pergunta | HELP
help | alexa me ensina a usar as capitais do mundo | HELP
help | alexa macho como é que usa isso | HELP
help | alexa oxente e agora o que eu falo | HELP
help | alexa ó paí me ajuda aqui | HELP
help | alexa mermão como funciona isso | HELP
help | alexa na ja e agora como é | HELP
help | alexa oy vey não sei usar me ajuda | HELP
help | alexa help me please em português | HELP
help | alexa alors eu não compreende como funciona | HELP
help | alexa po no cacho nada como se usa | HELP
help | alexa eu não entende como usar ajuda | HELP
help | alexa minha filha não sabe o que perguntar ajuda ela | HELP
help | alexa o que mais dá pra perguntar | HELP
help | alexa quais são os comandos | HELP
help | alexa posso perguntar sobre estados também | HELP
help | alexa você responde capital de província também | HELP
help | alexa como funciona o jogo das capitais | HELP
help | alexa preciso de ajuda com essa skill | HELP
help | alexa tá difícil me orienta | HELP
help | alexa me fala o que dá pra fazer aqui | HELP
help | alexa não tô conseguindo me ajuda com isso | HELP
help | alexa qual é o jeito certo de perguntar | HELP
help | alexa me dá uma ajudinha | HELP
help | alexa o que é que essa skill faz | HELP
help | alexa a vovó quer ajuda pra perguntar | HELP
help | alexa pra que serve isso | HELP
help | alexa como eu começo | HELP
help | alexa no intervalo do cursinho me explica como funciona | HELP
help | alexa tem manual disso | HELP
help | alexa ajuda aí que a escape room tá acabando | HELP
help | alexa fala as opções | HELP
help | alexa como faço pra saber a capital de um país | HELP
stop | alexa para | STOP
stop | alexa chega de capital por hoje | STOP
stop | alexa pode parar que o cliente tá na linha | STOP
stop | alexa para tudo | STOP
stop | alexa encerra as capitais | STOP
stop | alexa sai dessa skill | STOP
stop | alexa já deu obrigado | STOP
stop | alexa tá bom pode fechar | STOP
stop | alexa fecha aí macho | STOP
stop | alexa oxente para com isso | STOP
stop | alexa ó paí pode parar | STOP
stop | alexa mermão para aí | STOP
stop | alexa genug alexa para | STOP
stop | alexa basta po | STOP
stop | alexa stop please | STOP
stop | alexa stop alors | STOP
stop | alexa nu hvatit para | STOP
stop | alexa fim de papo | STOP
stop | alexa desliga as capitais | STOP
stop | alexa sair | STOP
stop | alexa termina aqui | STOP
stop | alexa acabou o intervalo pode parar | STOP
stop | alexa o paciente chamou para | STOP
stop | alexa chegou a cliente da escova fecha | STOP
stop | alexa o pão tá pronto pode parar | STOP
stop | alexa para que a reunião começou | STOP
stop | alexa fim do quiz para | STOP
stop | alexa o caminhão tá carregado encerra | STOP
stop | alexa para de falar | STOP
stop | alexa silêncio | STOP
stop | alexa cala a boca | STOP
stop | alexa já chega | STOP
stop | alexa não quero mais | STOP
stop | alexa encerrar | STOP
stop | alexa finaliza | STOP
stop | alexa para por favor | STOP
stop | alexa tchau | STOP
stop | alexa sai fora | STOP
stop | alexa acabou a lição para | STOP
stop | alexa vou dormir fecha as capitais | STOP
stop | alexa para a skill | STOP
stop | alexa interrompe | STOP
stop | alexa deixa pra lá e fecha | STOP
stop | alexa desliga | STOP
stop | alexa pode encerrar o jogo | STOP
stop | alexa o treino acabou para | STOP
cancel | alexa cancela | CANCEL
cancel | alexa cancela essa pergunta | CANCEL
cancel | alexa cancela aí macho | CANCEL
cancel | alexa oxente cancela | CANCEL
cancel | alexa cancela ó paí | CANCEL
cancel | alexa mermão cancela essa | CANCEL
cancel | alexa ja cancela | CANCEL
cancel | alexa cancel please | CANCEL
cancel | alexa annule alexa cancela | CANCEL
cancel | alexa cancela po | CANCEL
cancel | alexa otmena cancela | CANCEL
cancel | alexa cancela que eu errei | CANCEL
cancel | alexa esquece | CANCEL
cancel | alexa esquece essa pergunta | CANCEL
cancel | alexa esquece o que eu falei | CANCEL
cancel | alexa deixa quieto | CANCEL
cancel | alexa deixa pra lá | CANCEL
cancel | alexa desconsidera | CANCEL
cancel | alexa anula essa | CANCEL
cancel | alexa cancela a última | CANCEL
cancel | alexa não era isso cancela | CANCEL
cancel | alexa perguntei errado cancela | CANCEL
cancel | alexa cancela o pedido | CANCEL
cancel | alexa desiste | CANCEL
cancel | alexa nada não esquece | CANCEL
cancel | alexa cancela a capital que eu pedi | CANCEL
cancel | alexa volta atrás cancela | CANCEL
cancel | alexa cancela que o cliente desligou | CANCEL
cancel | alexa cancela que o paciente chamou | CANCEL
cancel | alexa cancela que a tinta tá pronta | CANCEL
cancel | alexa cancela que a massa tá crescendo | CANCEL
cancel | alexa cancela que o professor chegou | CANCEL
cancel | alexa cancela a rodada do quiz | CANCEL
cancel | alexa cancela que a vez é do outro no war | CANCEL
cancel | alexa cancela que a letra já mudou | CANCEL
cancel | alexa cancela que eu já achei a palavra | CANCEL
cancel | alexa cancela que a daily começou | CANCEL
cancel | alexa cancela que o caminhão da mudança chegou | CANCEL
cancel | alexa cancela que o jogo vai começar | CANCEL
cancel | alexa cancela que minha filha já respondeu | CANCEL
cancel | alexa cancela que o personal chamou | CANCEL
cancel | alexa cancela que a gente abriu o cadeado | CANCEL
cancel | alexa oy cancela isso | CANCEL
cancel | alexa cancela por favor | CANCEL
cancel | alexa não quero mais essa resposta cancela | CANCEL
launch | alexa abre capitais do mundo | LAUNCH
launch | alexa abrir capitais do mundo | LAUNCH
launch | alexa iniciar capitais do mundo | LAUNCH
launch | alexa inicia capitais do mundo | LAUNCH
launch | alexa começa capitais do mundo | LAUNCH
launch | alexa começar capitais do mundo | LAUNCH
launch | alexa abre o capitais do mundo | LAUNCH
launch | alexa abre a skill capitais do mundo | LAUNCH
launch | alexa usar capitais do mundo | LAUNCH
launch | alexa joga capitais do mundo | LAUNCH
launch | alexa jogar capitais do mundo | LAUNCH
launch | alexa bota capitais do mundo | LAUNCH
launch | alexa coloca capitais do mundo | LAUNCH
launch | alexa liga capitais do mundo | LAUNCH
launch | alexa ativa capitais do mundo | LAUNCH
launch | alexa ativar capitais do mundo | LAUNCH
launch | alexa carrega capitais do mundo | LAUNCH
launch | alexa abre aí capitais do mundo macho | LAUNCH
launch | alexa oxente abre capitais do mundo | LAUNCH
launch | alexa mermão abre o capitais do mundo | LAUNCH
launch | alexa ja abre capitais do mundo | LAUNCH
launch | alexa open capitais do mundo please | LAUNCH
launch | alexa alors abre capitais do mundo | LAUNCH
launch | alexa po abre capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo pro cursinho | LAUNCH
launch | alexa abre capitais do mundo pra noite de quiz | LAUNCH
launch | alexa abre capitais do mundo pra tarefa da minha filha | LAUNCH
launch | alexa quero jogar capitais do mundo | LAUNCH
launch | alexa pede pra capitais do mundo | LAUNCH
launch | alexa capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo no intervalo do plantão | LAUNCH
launch | alexa inicia capitais do mundo pra escape room | LAUNCH
frances | alexa alors o vizinho é de {} qual é a capital | comores=KM; madagascar=MG; maurício=MU
sergipano | alexa ó paí a capital {} | das maldivas=MV; de nauru=NR; das seicheles=SC
caminhoneiro | alexa o motorista novo da transportadora é {} qual é a capital de lá | paraguaio=PY; boliviano=BO; argentino=AR
caminhoneiro | alexa na balança da polícia rodoviária o guarda perguntou a capital de alagoas | BR-AL
caminhoneiro | alexa tô fazendo a rota pro norte qual é a capital do pará | BR-PA
enfermagem | alexa a residente vai fazer congresso {} qual é a capital | na dinamarca=DK; na holanda=NL; na bélgica=BE
enfermagem | alexa no corredor da uti alguém perguntou a capital de moçambique | MZ
call-center | alexa o cliente de {} reclamou do fuso qual é a capital | portugal=PT; angola=AO; cabo verde=CV
call-center | alexa a fila tá vazia me diz a capital da guiné-bissau | GW
salao | alexa a cliente da progressiva vai pra {} qual é a capital | marrocos=MA; tailândia=TH; grécia=GR
padaria | alexa o confeiteiro aprendeu a fazer strudel na áustria qual é a capital | AT
padaria | alexa o freguês do café com leite é de {} qual é a capital | portugal=PT; espanha=ES; itália=IT
cursinho | alexa o professor de história falou da guerra {} qual é a capital | da bósnia=BA; do vietnã=VN; da coreia=KP+KR
cursinho | alexa no aulão de revisão perguntaram a capital do quirguistão | KG
quiz-bar | alexa última rodada do quiz qual é a capital {} | de brunei=BN; do butão=BT; das maldivas=MV
quiz-bar | alexa o quiz do boteco perguntou a capital das comores | KM
jogo-war | alexa no war a minha tropa tá {} qual é a capital | na argélia=DZ; no egito=EG; na áfrica do sul=ZA
jogo-war | alexa no war eu tenho o méxico e a califórnia qual é a capital da califórnia | US-CA
adedonha | alexa na adedonha com a letra s qual é a capital da somália | SO
adedonha | alexa letra g no stop qual é a capital {} | da guatemala=GT; da guiné=GN; do gabão=GA
cruzadas | alexa na cruzadinha capital de nauru com seis letras | NR
cruzadas | alexa no passatempo de domingo pede a capital {} | do iêmen=YE; do catar=QA; da eritreia=ER
intercambio | alexa o intercambista {} que vai ficar aqui em casa quer saber a capital do país dele | alemão=DE; japonês=JP; sueco=SE
home-office | alexa o recrutador {} me chamou qual é a capital de lá | canadense=CA; irlandês=IE; holandês=NL
mudanca | alexa a gente vai se mudar pro {} qual é a capital | canadá=CA; chile=CL; uruguai=UY
bolao | alexa no bolão todo mundo apostou {} qual a capital | na argentina=AR; na frança=FR; na inglaterra=GB-ENG
piauiense | alexa rapaz o primo foi trabalhar em {} qual é a capital de lá | angola=AO; portugal=PT; israel=IL
alagoano | alexa oxente a capital {} é qual | do piauí=BR-PI; de sergipe=BR-SE; do rio grande do norte=BR-RN
baixada | alexa aí a capital {} qual é mermão | do espírito santo=BR-ES; de minas=BR-MG; de são paulo=BR-SP
pomerano | alexa a oma nasceu {} qual é a capital de lá | na pomerânia polonesa=PL; na alemanha=DE; na suíça=CH
judeu | alexa minha bisavó veio {} qual é a capital | da bessarábia que hoje é moldávia=MD; da polônia=PL; da rússia=RU
armenio | alexa o tio armênio mora {} qual é a capital | em los angeles na califórnia=US-CA; na frança=FR; no uruguai=UY
indiano | alexa capital {} please | de chhattisgarh=IN-CG; de uttarakhand=IN-UK; de tripura=IN-TR
indiano | alexa minha esposa é de {} qual capital | meghalaya=IN-ML; mizoram=IN-MZ; arunachal pradesh=IN-AR
indiano | alexa capital de haryana actually | IN-HR
indiano | alexa qual é a capital de puducherry | IN-PY
indiano | alexa capital de ladakh qual é | IN-LA
chileno | alexa weón qual é a capital {} | do paraguai=PY; da venezuela=VE; da colômbia=CO
russo | alexa eu aprendo português capital de {} qual | ucrânia=UA; letônia=LV; lituânia=LT
dever-de-casa | alexa a tarefa pede a capital {} | do amazonas=BR-AM; do ceará=BR-CE; da paraíba=BR-PB
dever-de-casa | alexa meu filho perguntou qual é a capital {} | do japão=JP; da china=CN; da índia=IN
academia | alexa na bike ergométrica me diz a capital {} | da rússia=RU; da ucrânia=UA; da polônia=PL
escape-room | alexa o próximo enigma pede a capital {} | da turquia=TR; da índia=IN; do méxico=MX
subdivision | alexa preciso saber qual é a capital {} | de aguascalientes=MX-AGU; de querétaro=MX-QUE; de zacatecas=MX-ZAC
subdivision | alexa capital {} no méxico | de coahuila=MX-COA; de tamaulipas=MX-TAM; de durango=MX-DUR
subdivision | alexa consegue me dizer qual é a capital {} | de hidalgo=MX-HID; de morelos=MX-MOR; de tabasco=MX-TAB
subdivision | alexa me diz rapidinho a capital {} | da baixa califórnia do sul=MX-BCS; de nayarit=MX-NAY; de colima=MX-COL
subdivision | alexa boa tarde qual é a capital {} | de berlim=DE-BE; de bremen=DE-HB; da saxônia=DE-SN
subdivision | alexa bom dia qual é a capital {} | da polinésia francesa=PF; da groenlândia=GL; das malvinas=FK
subdivision | alexa qual é a cidade capital {} | das ilhas pitcairn=PN; das ilhas cocos=CC; da guiana francesa=GF
plural-capitals | alexa o benin tem porto-novo e cotonou quais são as capitais | BJ
plural-capitals | alexa quais são as capitais da áfrica do sul no bolão | ZA
plural-capitals | alexa o padeiro holandês quer saber as capitais dos países baixos | NL
plural-capitals | alexa as duas capitais da costa do marfim qual é qual | CI
plural-capitals | alexa o personal quer as capitais de essuatíni | SZ
plural-capitals | alexa quais são as capitais da malásia kuala lumpur e qual mais | MY
plural-capitals | alexa me fala as capitais do sri lanka que o indiano perguntou | LK
plural-capitals | alexa a palestina tem duas capitais quais são elas | PS
plural-capitals | alexa as capitais da bolívia pra cruzadinha | BO
plural-capitals | alexa o professor do cursinho pediu as capitais do benin | BJ
yes-no-check | alexa a capital {} tá certo | da nigéria é abuja=NG; do marrocos é casablanca=MA; da tanzânia é dodoma=TZ
yes-no-check | alexa a capital {} ou eu tô doido | de alagoas é maceió=BR-AL; do piauí é teresina=BR-PI; de sergipe é aracaju=BR-SE
self-correction | alexa a capital {} rapidinho | do chile não do peru=PE; da suécia digo da noruega=NO; da polônia ops da holanda=NL
reverse-question | alexa {} é capital de qual estado | florianópolis=CITY:Florianópolis; goiânia=CITY:Goiânia; são luís=CITY:São Luís
reverse-question | alexa de que lugar {} é capital | hobart=CITY:Hobart; perth=CITY:Perth; darwin=CITY:Darwin
everyday-name | alexa só uma pergunta qual é a capital {} | da eslováquia que era tcheca=SK; dos países baixos que o povo chama de holanda=NL; do laos=LA
follow-up | alexa e agora {} | do uzbequistão=UZ; da geórgia o país=GE; do kosovo=XK
follow-up | alexa e a {} então | da zâmbia=ZM; do zimbábue=ZW; do malaui=MW
judeu | alexa o primo do bom retiro foi esquiar em andorra qual é a capital de andorra | AD
salao | alexa a cliente das luzes comprou perfume em andorra qual a capital de lá | AD
stop | alexa para que o guarda da rodoviária tá chamando | STOP
stop | alexa para que o leito sete tá apitando | STOP
stop | alexa encerra que a pausa do call center acabou | STOP
stop | alexa para que a cliente chegou pra progressiva | STOP
stop | alexa chega de capital que a fornada tá saindo | STOP
stop | alexa para que o simulado vai começar | STOP
stop | alexa encerra que o garçom trouxe a conta | STOP
stop | alexa para que é minha vez de jogar no war | STOP
stop | alexa fecha que eu já terminei a cruzadinha | STOP
stop | alexa para que a host family chegou | STOP
stop | alexa encerra que o chefe entrou na call | STOP
stop | alexa para que o caminhão da mudança chegou | STOP
stop | alexa chega que o jogo do bolão começou | STOP
stop | alexa para macho que a mãe chamou | STOP
stop | alexa encerra mermão que a van chegou | STOP
stop | alexa ja ja pode parar que a oma chamou | STOP
stop | alexa para que o shabat vai começar | STOP
stop | alexa para yaar chega | STOP
stop | alexa bon ça suffit para | STOP
stop | alexa para ya po | STOP
cancel | alexa cancela que o frete mudou | CANCEL
cancel | alexa cancela que a enfermeira chefe respondeu | CANCEL
cancel | alexa cancela que o supervisor tá olhando | CANCEL
cancel | alexa cancela que a cliente da unha já sabia | CANCEL
cancel | alexa cancela que o padeiro já respondeu | CANCEL
cancel | alexa cancela que o gabarito do simulado saiu | CANCEL
cancel | alexa cancela que a mesa do lado já respondeu | CANCEL
cancel | alexa cancela que a letra era outra | CANCEL
cancel | alexa cancela que a agência de intercâmbio ligou | CANCEL
cancel | alexa cancela que a câmera ligou | CANCEL
cancel | alexa cancela que a oma já lembrou | CANCEL
cancel | alexa cancela que minha avó do bom retiro já sabia | CANCEL
cancel | alexa cancela yaar wrong question | CANCEL
cancel | alexa cancela weón me equivoqué | CANCEL
cancel | alexa cancela mermão foi mal | CANCEL
cancel | alexa cancela vixe perguntei errado | CANCEL
cancel | alexa cancela égua não era isso | CANCEL
cancel | alexa cancela ó paí me enganei | CANCEL
launch | alexa abre capitais do mundo que eu tô na boleia | LAUNCH
launch | alexa abre capitais do mundo pra galera do plantão | LAUNCH
launch | alexa inicia capitais do mundo na pausa do call center | LAUNCH
launch | alexa abre capitais do mundo pras clientes do salão | LAUNCH
launch | alexa abre capitais do mundo enquanto o pão assa | LAUNCH
launch | alexa começa capitais do mundo que eu vou revisar pro enem | LAUNCH
launch | alexa abre capitais do mundo pra gente jogar adedonha | LAUNCH
launch | alexa abre capitais do mundo pra me ajudar na cruzadinha | LAUNCH
launch | alexa abre capitais do mundo pro meu intercâmbio | LAUNCH
launch | alexa abre capitais do mundo entre uma reunião e outra | LAUNCH
launch | alexa inicia capitais do mundo no meio da mudança | LAUNCH
launch | alexa abre capitais do mundo pro pessoal do bolão | LAUNCH
launch | alexa oxente bota capitais do mundo pra mim | LAUNCH
launch | alexa égua macho abre capitais do mundo | LAUNCH
launch | alexa ó paí abre capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo pra oma | LAUNCH
launch | alexa abre capitais do mundo yaar | LAUNCH
launch | alexa bon ouvre capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo weón | LAUNCH
launch | alexa privet abre capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo pra dever de casa da minha filha | LAUNCH
launch | alexa abre capitais do mundo na academia | LAUNCH
launch | alexa abre capitais do mundo pra escape room | LAUNCH
launch | alexa abre capitais do mundo pro jogo de war | LAUNCH
launch | alexa começa capitais do mundo com a família toda | LAUNCH
plural-capitals | alexa a enfermeira do plantão quer saber as capitais do benin | BJ
plural-capitals | alexa no war eu conquistei o benin quais são as capitais dele | BJ
plural-capitals | alexa oxente o benin tem duas capitais me diz elas | BJ
plural-capitals | alexa o francês do rio disse que o benin tem capital política e econômica quais são | BJ
plural-capitals | alexa o coach sul-africano quer saber as capitais do país dele | ZA
plural-capitals | alexa pretória cidade do cabo e bloemfontein são as capitais da áfrica do sul | ZA
plural-capitals | alexa mermão quais são as capitais da áfrica do sul | ZA
plural-capitals | alexa na cruzadinha pede as três capitais sul-africanas | ZA
plural-capitals | alexa no cursinho caiu as capitais da áfrica do sul no simulado | ZA
plural-capitals | alexa a costa do marfim tem yamoussoukro e abidjan quais são as capitais | CI
plural-capitals | alexa o torcedor marfinense do bolão quer saber as capitais do país dele | CI
plural-capitals | alexa a oma quer saber as capitais da holanda | NL
plural-capitals | alexa amsterdã e haia são as duas capitais dos países baixos né | NL
plural-capitals | alexa quais são as capitais da palestina ramallah e jerusalém oriental | PS
plural-capitals | alexa no jantar de shabat perguntaram as capitais da palestina | PS
plural-capitals | alexa mbabane e lobamba são as capitais de essuatíni | SZ
plural-capitals | alexa ó paí quais são as capitais da suazilândia | SZ
plural-capitals | alexa putrajaya é uma das capitais da malásia quais são as outras | MY
plural-capitals | alexa yaar quais são as capitais da malásia | MY
plural-capitals | alexa colombo e kotte são as capitais do sri lanka | LK
plural-capitals | alexa o caminhoneiro boliviano quer saber as capitais da bolívia dele | BO
"""

if __name__ == "__main__":
    build_round(50, "pt", LINES, sys.argv, "tests/Eval/pt/round50/source/build_corpus.py")
