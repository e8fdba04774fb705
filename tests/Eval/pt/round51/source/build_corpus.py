"""Round 51, Portuguese (pt-BR): a new author's own mix, written blind at the end of the fifty-eighth session (brief
WRITER65.md), for the next session's tuner.

Chosen apart from round 50's groups (truck drivers, night-shift nursing, a call centre, a beauty salon, a bakery, a
pre-university course, a pub quiz, the board game War, adedonha, crosswords, exchange students, home office, moving
house, the office bolão, a gym, an escape room, fourth-grade homework, piauienses, alagoanos, sergipanos, the Baixada
Fluminense, Pomeranian-Brazilians, German-Brazilians of Blumenau, Jewish families of Bom Retiro, Armenian-Brazilians,
Indian IT workers, French expats, Chileans, Russian-speaking learners) and from the groups it lists as avoided (round
49's: radio amateurs, stamp collectors, cruise-ship crew, flight attendants, a public library, a community radio, a
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

Work and situations (each its own family): street-market stallholders ("xepa", "freguesa", "olha a laranja"); a
building site ("betoneira", "laje", "massa", "servente"); motorcycle couriers ("baú", "corrida", "entrega", "farol");
a lottery shop queue ("raspadinha", "caixa"); a pharmacy counter ("balconista", "genérico"); a car repair shop
("elevador", "junta do cabeçote"); a vet's waiting room ("totó", "castração"); a dentist's waiting room ("canal",
"anestesiada"); election poll workers ("mesário", "urna", "seção", "zona eleitoral"); IBGE census takers
("recenseamento", "questionário", "domicílio"); adult night school ("supletivo", "eja"); blind users ("deficiente
visual", "leitor de tela"); a school festa junina ("arraiá", "quentão", "anarriê", "pescaria"); a couple planning a
wedding ("lua de mel", "madrinha", "buffet"); a pregnant woman choosing names; insomnia at three in the morning; a
fee-fishing pond and camping ("pesque-pague", "tilápia", "molinete"); a seamstress ("bainha", "máquina de costura");
a tattoo studio ("traço fino").

Regions, migrants and learners: caipira speech of Piracicaba and the interior of São Paulo ("ocê", "nóis", "ô loco",
"cumé que é", "sô"); the north of Paraná, Londrina and Maringá ("piá", "vina"); the Uruguayan
border at Santana do Livramento and Rivera ("bo", "bárbaro", Spanish "cuál es"); Dutch-Brazilians of Holambra and
Carambeí ("hoi", "dank je", "doei", "oma"); Finnish-Brazilians of Penedo ("moi", "kiitos", the sauna); Greek-Brazilians
("yassou", "efcharistó", "yiayia"); Mozambican students ("maningue", "mamã", "txilar", marrabenta); Bissau-Guinean
students at UNILAB in Redenção ("kuma", "n'ka sibi", gumbé); American expats learning Portuguese ("hey", "okay so",
"sorry", "my wife", learner grammar "o capital", "eu esquecer").

Yes/no checks expect the place asked about, right or wrong; self-corrections expect the last place named after the
marker; reverse questions CITY:<capital> as languages/pt.json names it; a bare shared name every place in ordinal order.
Launch lines use the invocation name "capitais do mundo".

Built by round12_hinl_corpus.py (build_round with round 51's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
feirante | alexa enquanto eu arrumo a banca de tomate me fala a capital {} | da hungria=HU; da romênia=RO; da bulgária=BG
feirante | alexa a freguesa da barraca do pastel perguntou a capital {} | do japão=JP; da coreia do sul=KR; do vietnã=VN
feirante | alexa já é hora da xepa e ninguém sabe a capital {} | da croácia=HR; da sérvia=RS; da eslovênia=SI
feirante | alexa o rapaz da banca de banana jura que a capital da austrália é sydney é verdade | AU
feirante | alexa olha a laranja olha a laranja qual é a capital do marrocos | MA
feirante | alexa o japonês da banca do lado quer saber a capital da mongólia | MN
feirante | alexa tô descarregando o caixote de manga qual a capital {} | da tailândia=TH; do camboja=KH; do laos=LA
feirante | alexa pra ganhar a aposta do caldo de cana qual é a capital da islândia | IS
feirante | alexa a freguesa vai viajar pro {} qual a capital de lá moço | egito=EG; líbano=LB; irã=IR
feirante | alexa enquanto a feira não enche fala a capital da tanzânia | TZ
feirante | alexa a dona da barraca de peixe perguntou onde fica dodoma é capital de que país | CITY:Dodoma
feirante | alexa e do quênia qual é a capital | KE
feirante | alexa quanto tá o quilo do tomate hoje | FB
feirante | alexa que horas termina a feira livre de domingo | FB
obra | alexa enquanto a betoneira bate a massa me diz a capital {} | do cazaquistão=KZ; do uzbequistão=UZ; do quirguistão=KG
obra | alexa o mestre de obras quer saber a capital {} | da arábia saudita=SA; do kuwait=KW; do catar=QA
obra | alexa lá em cima da laje o servente perguntou a capital do tadjiquistão | TJ
obra | alexa o pedreiro novo veio {} qual é a capital | do haiti=HT; da república dominicana=DO; de cuba=CU
obra | alexa na hora do almoço da obra qual a capital do turcomenistão | TM
obra | alexa o engenheiro trabalhou {} antes me fala a capital | em omã=OM; no barein=BH; nos emirados árabes=AE
obra | alexa enquanto a massa seca qual é a capital de angola | AO
obra | alexa a capital do iêmen é saná mesmo | YE
obra | alexa o eletricista disse que a capital da síria é damasco confere | SY
obra | alexa o carpinteiro quer saber qual é a capital de goiás | BR-GO
obra | alexa quanto custa um saco de cimento | FB
obra | alexa toca um pagode aí pra turma da obra | FB
motoboy | alexa parado no farol esperando a entrega qual a capital {} | do chile=CL; do peru=PE; da colômbia=CO
motoboy | alexa entre uma corrida e outra me fala a capital da venezuela | VE
motoboy | alexa o baú tá cheio de pizza e eu quero saber a capital {} | da itália=IT; da grécia=GR; de malta=MT
motoboy | alexa o cliente do apartamento cento e dois é {} qual a capital de lá | da nigéria=NG; do senegal=SN; da costa do marfim=CI
motoboy | alexa rapidinho antes da próxima entrega capital da etiópia | ET
motoboy | alexa a capital do uruguai qual é | UY
motoboy | alexa o parceiro do grupo dos motoca falou que a capital do paraguai é assunção é isso | PY
motoboy | alexa chove muito hoje à noite | FB
motoboy | alexa qual o caminho mais rápido até a vila mariana | FB
loterica | alexa na fila da lotérica a senhora perguntou a capital {} | da suécia=SE; da noruega=NO; da dinamarca=DK
loterica | alexa enquanto eu confiro a raspadinha qual é a capital da finlândia | FI
loterica | alexa o moço do caixa da lotérica quer saber a capital {} | da irlanda=IE; da escócia=GB-SCT; do país de gales=GB-WLS
loterica | alexa qual é a capital da letônia que o cliente tá perguntando | LV
loterica | alexa a capital da lituânia é vilnius né | LT
loterica | alexa qual foi o resultado da mega-sena de ontem | FB
loterica | alexa quanto tá acumulada a quina | FB
farmacia | alexa no balcão da farmácia o cliente perguntou a capital {} | da suíça=CH; da áustria=AT; de liechtenstein=LI
farmacia | alexa enquanto eu separo o genérico qual é a capital da bélgica | BE
farmacia | alexa a balconista nova veio {} qual é a capital de lá | de moçambique=MZ; de cabo verde=CV; de são tomé e príncipe=ST
farmacia | alexa o farmacêutico fez estágio {} me diz a capital | em portugal=PT; na espanha=ES; na frança=FR
farmacia | alexa a capital de luxemburgo é luxemburgo mesmo | LU
farmacia | alexa esse remédio pode tomar com dipirona | FB
farmacia | alexa que horas fecha a farmácia de plantão | FB
oficina | alexa com o carro no elevador me fala a capital {} | da alemanha=DE; da polônia=PL; da tchéquia=CZ
oficina | alexa o mecânico trocando a junta do cabeçote perguntou a capital da eslováquia | SK
oficina | alexa a peça veio importada {} qual a capital | da coreia=KP+KR; do japão=JP; da índia=IN
oficina | alexa enquanto o óleo escorre qual é a capital da ucrânia | UA
oficina | alexa o dono da oficina falou que a capital da turquia é istambul tá certo | TR
oficina | alexa qual é a capital da bielorrússia | BY
oficina | alexa quanto custa trocar a embreagem de um gol | FB
oficina | alexa toca um rock dos anos oitenta na oficina | FB
veterinario | alexa na sala de espera do veterinário com o totó qual é a capital {} | do canadá=CA; do méxico=MX; dos estados unidos=US
veterinario | alexa a veterinária fez residência {} me diz a capital de lá | na nova zelândia=NZ; na austrália=AU; na irlanda do norte=GB-NIR
veterinario | alexa enquanto o gato toma vacina qual a capital de madagascar | MG
veterinario | alexa o cachorro se chama bagdá de qual país bagdá é capital | CITY:Bagdá
veterinario | alexa minha gata chama nairóbi nairóbi é capital de onde | CITY:Nairóbi
veterinario | alexa o papagaio do vizinho se chama lima lima é capital de qual país | CITY:Lima
veterinario | alexa quanto tempo dura a castração de um gato | FB
veterinario | alexa cachorro pode comer uva | FB
dentista | alexa esperando o canal ser feito me diz a capital {} | do nepal=NP; do butão=BT; de bangladesh=BD
dentista | alexa o dentista tem um quadro de {} na parede qual a capital | praga=CITY:Praga; viena=CITY:Viena; budapeste=CITY:Budapeste
dentista | alexa a recepcionista do consultório quer saber a capital do sri lanka | LK
dentista | alexa com a boca anestesiada qual a capital das maldivas | MV
dentista | alexa qual é a capital do paquistão | PK
dentista | alexa lembra de marcar a limpeza pra mês que vem | FB
mesario | alexa de mesário na seção eleitoral sem eleitor qual é a capital {} | de honduras=HN; da nicarágua=NI; de el salvador=SV
mesario | alexa a presidente da mesa perguntou a capital {} | da guatemala=GT; de belize=BZ; da costa rica=CR
mesario | alexa a urna tá parada e eu quero saber a capital do panamá | PA
mesario | alexa o fiscal do partido quer saber a capital do tocantins | BR-TO
mesario | alexa na zona eleitoral ninguém sabe a capital de roraima | BR-RR
mesario | alexa a capital do amapá é macapá né | BR-AP
mesario | alexa que horas fecha a votação | FB
mesario | alexa quem ganhou a eleição pra prefeito | FB
ibge | alexa fazendo o recenseamento do ibge o morador perguntou a capital {} | do acre=BR-AC; de rondônia=BR-RO; do amazonas=BR-AM
ibge | alexa o recenseador entrevistou uma família {} qual é a capital de lá | do sudão=SD; do sudão do sul=SS; da eritreia=ER
ibge | alexa no questionário do censo tem uma família que veio da somália qual é a capital | SO
ibge | alexa o morador disse que nasceu em djibuti qual a capital | DJ
ibge | alexa o domicílio é de uma família da guiné-bissau qual a capital | GW
ibge | alexa quantos habitantes tem o brasil segundo o censo | FB
ibge | alexa qual a população de são paulo | FB
eja | alexa a professora do supletivo perguntou a capital {} | de pernambuco=BR-PE; do ceará=BR-CE; da bahia=BR-BA
eja | alexa na aula da eja de noite a gente estudou a capital {} | do rio grande do norte=BR-RN; do paraná=BR-PR; de santa catarina=BR-SC
eja | alexa minha filha tá me ajudando no supletivo qual a capital do rio grande do sul | BR-RS
eja | alexa depois de velho voltei a estudar qual a capital de minas gerais | BR-MG
eja | alexa a capital do espírito santo é vitória certo | BR-ES
eja | alexa belém é capital de qual estado | CITY:Belém
eja | alexa como se escreve geografia | FB
eja | alexa quanto é sete vezes oito | FB
cego | alexa sou deficiente visual e uso você pra estudar qual é a capital {} | da jamaica=JM; de barbados=BB; das bahamas=BS
cego | alexa o leitor de tela travou me diz você a capital {} | de trinidad e tobago=TT; de granada=GD; de santa lúcia=LC
cego | alexa sem enxergar o mapa fica difícil qual é a capital de dominica | DM
cego | alexa repete devagar a capital de são vicente e granadinas | VC
cego | alexa pode falar mais alto qual é a capital de antígua e barbuda | AG
cego | alexa qual é a capital de são cristóvão e névis | KN
cego | alexa lê pra mim as notícias de hoje | FB
cego | alexa aumenta o volume | FB
junina | alexa no arraiá da escola a quadrilha vai representar {} qual a capital | a suíça=CH; a holanda=NL; a escócia=GB-SCT
junina | alexa enquanto o quentão esquenta me fala a capital da argentina | AR
junina | alexa anarriê a professora perguntou qual é a capital de portugal | PT
junina | alexa na barraca da pescaria o prêmio é pra quem souber a capital da nova zelândia | NZ
junina | alexa o noivo da quadrilha quer saber a capital do marrocos | MA
junina | alexa toca um forró de festa junina | FB
junina | alexa como faz canjica | FB
casamento | alexa a gente tá escolhendo a lua de mel entre {} qual é a capital | maldivas=MV; ilhas maurício=MU; seicheles=SC
casamento | alexa a madrinha vai morar {} me diz a capital de lá | em fiji=FJ; em samoa=WS; em tonga=TO
casamento | alexa o buffet do casamento é de comida grega qual a capital da grécia | GR
casamento | alexa meu noivo é {} qual a capital do país dele | polonês=PL; peruano=PE; sueco=SE
casamento | alexa o padrinho vai casar em chipre qual a capital | CY
casamento | alexa quantos dias faltam pro meu casamento | FB
casamento | alexa qual a melhor época pra viajar pras maldivas | FB
gestante | alexa tô grávida e pensei em chamar a menina de {} é capital de qual país | sofia=CITY:Sófia; vitória=CITY:Vitória; helena=CITY:Helena
gestante | alexa meu marido quer chamar o bebê de {} isso é capital de onde | santiago=CITY:Santiago; lorena=FB; victoria=CITY:Victoria
gestante | alexa se for menino vai ser lucas e se for menina vai ser paris paris é capital de qual país | CITY:Paris
gestante | alexa qual a capital da jordânia | JO
gestante | alexa quantas semanas tem uma gestação | FB
gestante | alexa toca uma música de ninar | FB
insonia | alexa são três da manhã e eu não durmo qual é a capital {} | do burundi=BI; de ruanda=RW; de uganda=UG
insonia | alexa perdi o sono me diz a capital {} | do malaui=MW; da zâmbia=ZM; do zimbábue=ZW
insonia | alexa já que eu tô acordado mesmo qual a capital da namíbia | NA
insonia | alexa madrugada sem sono qual a capital de botsuana | BW
insonia | alexa capital do lesoto | LS
insonia | alexa toca barulho de chuva pra eu dormir | FB
insonia | alexa que horas são | FB
pesqueiro | alexa no pesque-pague esperando a tilápia morder qual a capital {} | da guiana=GY; do suriname=SR; da guiana francesa=GF
pesqueiro | alexa acampado na beira do rio me fala a capital {} | do gabão=GA; de camarões=CM; da guiné equatorial=GQ
pesqueiro | alexa o molinete enroscou e o amigo perguntou a capital da república centro-africana | CF
pesqueiro | alexa qual é a capital do chade | TD
pesqueiro | alexa vai chover amanhã na represa | FB
pesqueiro | alexa qual a melhor isca pra tilápia | FB
costureira | alexa fazendo a bainha da calça me diz a capital {} | da armênia=AM; da geórgia=GE; do azerbaijão=AZ
costureira | alexa a cliente quer um vestido com a bandeira {} qual é a capital | da albânia=AL; da macedônia do norte=MK; de montenegro=ME
costureira | alexa enquanto a máquina de costura tá ligada qual a capital da moldávia | MD
costureira | alexa a capital da bósnia qual é | BA
costureira | alexa quantos metros de tecido pra uma saia rodada | FB
tatuagem | alexa o cliente quer tatuar o nome {} qual a capital | do quiribati=KI; de tuvalu=TV; de nauru=NR
tatuagem | alexa enquanto faço o traço fino me diz a capital {} | de palau=PW; das ilhas marshall=MH; da micronésia=FM
tatuagem | alexa a cliente vai tatuar as coordenadas de vanuatu qual é a capital | VU
tatuagem | alexa qual é a capital das ilhas salomão | SB
tatuagem | alexa tatuagem dói mais na costela ou no braço | FB
caipira | alexa ocê sabe a capital {} | de portugal=PT; do timor leste=TL; da papua-nova guiné=PG
caipira | alexa nóis aqui de piracicaba qué sabê a capital do brunei | BN
caipira | alexa ô loco meu qual que é a capital da indonésia | ID
caipira | alexa a capital das filipinas cumé que é | PH
caipira | alexa nóis vai pro mato grosso qual que é a capital de lá | BR-MT
caipira | alexa ô trem difícil qual a capital de singapura | SG
caipira | alexa toca uma moda de viola do tião carreiro | FB
norte-parana | alexa o piá da escola de londrina perguntou a capital {} | da china=CN; de taiwan=TW; de mianmar=MM
norte-parana | alexa aqui em maringá a gente quer saber a capital de hong kong | FB
norte-parana | alexa me fala a capital do paraná sem piada de curitiba | BR-PR
norte-parana | alexa compra vina pro cachorro quente | FB
norte-parana | alexa qual é a capital do mato grosso do sul pertinho daqui | BR-MS
fronteira | alexa aqui em livramento bo qual é a capital do uruguai | UY
fronteira | alexa tá bárbaro o tempo em rivera | FB
fronteira | alexa capital {} bo | de argentina=AR; do paraguai=PY; da bolívia=BO
fronteira | alexa o vizinho uruguaio diz que montevidéu é capital de que país | CITY:Montevidéu
fronteira | alexa la capital de chile cuál es em português | CL
fronteira | alexa cambia pra lista de compras do free shop | FB
holambra | alexa hoi me fala a capital da holanda | NL
holambra | alexa aqui na festa das flores de holambra o tio perguntou a capital {} | dos países baixos=NL; da bélgica=BE; de luxemburgo=LU
holambra | alexa dank je agora me diz a capital de aruba | AW
holambra | alexa a capital de curaçao qual é | CW
holambra | alexa a oma de carambeí quer saber se a capital da holanda é haia ou amsterdã | NL
holambra | alexa doei pode parar | STOP
holambra | alexa quando é a expoflora | FB
finlandes | alexa moi qual é a capital da finlândia | FI
finlandes | alexa aqui em penedo o vovô finlandês quer saber a capital {} | da estônia=EE; da suécia=SE; da rússia=RU
finlandes | alexa kiitos e qual é a capital das ilhas aland | AX
finlandes | alexa a capital da groenlândia qual é | GL
finlandes | alexa faz quantos graus na sauna | FB
grego | alexa yassou qual é a capital de chipre | CY
grego | alexa a yiayia da família quer saber a capital {} | da grécia=GR; da turquia=TR; do egito=EG
grego | alexa efcharistó agora a capital da albânia | AL
grego | alexa opa opa capital da macedônia do norte | MK
grego | alexa como faz moussaka | FB
mocambicano | alexa estudante moçambicano aqui qual é a capital de moçambique | MZ
mocambicano | alexa maningue curiosidade qual é a capital {} | da suazilândia=SZ; do malaui=MW; da tanzânia=TZ
mocambicano | alexa a mamã perguntou a capital da áfrica do sul | ZA
mocambicano | alexa txilar um pouco toca uma marrabenta | FB
mocambicano | alexa a capital do zimbábue é harare não é | ZW
mocambicano | alexa maputo é capital de onde mesmo | CITY:Maputo
guineense | alexa na unilab em redenção a gente é da guiné-bissau qual é a capital | GW
guineense | alexa kuma qual é a capital {} | da guiné=GN; do senegal=SN; da gâmbia=GM
guineense | alexa o colega de cabo verde quer saber a capital de cabo verde | CV
guineense | alexa bissau é capital de qual país | CITY:Bissau
guineense | alexa n'ka sibi a capital da mauritânia | MR
guineense | alexa toca gumbé | FB
americano | alexa hey qual é o capital da califórnia | US-CA
americano | alexa okay so qual é a capital {} | do texas=US-TX; da flórida=US-FL; de nova york=US-NY
americano | alexa sorry eu esquecer a capital de washington o estado | US-WA
americano | alexa my wife quer saber a capital {} | do havaí=US-HI; do alasca=US-AK; da geórgia o estado=US-GA
americano | alexa what is the capital de porto rico | PR
americano | alexa capital da illinois é chicago yes | US-IL
americano | alexa qual o capital do ohio | US-OH
americano | alexa liga o ar condicionado please | FB
plural-capitals | alexa a freguesa da feira quer saber as capitais da bolívia | BO
plural-capitals | alexa quais são as duas capitais da bolívia sucre e la paz | BO
plural-capitals | alexa ocê sabe as capitais da bolívia | BO
plural-capitals | alexa o motoboy boliviano perguntou quais são as capitais do país dele | BO
plural-capitals | alexa bo quais são as capitais de bolívia | BO
plural-capitals | alexa me fala as capitais da bolívia que o recenseador esqueceu | BO
plural-capitals | alexa quais são as três capitais da áfrica do sul | ZA
plural-capitals | alexa a mamã quer saber as capitais da áfrica do sul | ZA
plural-capitals | alexa pretória cidade do cabo e bloemfontein são as capitais de onde | ZA
plural-capitals | alexa na obra ninguém sabe as capitais da áfrica do sul | ZA
plural-capitals | alexa as capitais sul-africanas quais são | ZA
plural-capitals | alexa a lua de mel vai ser na áfrica do sul quais são as capitais | ZA
plural-capitals | alexa quais são as capitais da holanda | NL
plural-capitals | alexa hoi as duas capitais dos países baixos quais são | NL
plural-capitals | alexa amsterdã e haia são as duas capitais de qual país | NL
plural-capitals | alexa a oma perguntou as capitais dos países baixos | NL
plural-capitals | alexa o tio da festa das flores quer as capitais da holanda | NL
plural-capitals | alexa quais são as capitais da malásia | MY
plural-capitals | alexa a tatuadora quer saber as duas capitais da malásia | MY
plural-capitals | alexa kuala lumpur e putrajaya são capitais de onde | MY
plural-capitals | alexa a malásia tem duas capitais quais são elas | MY
plural-capitals | alexa no balcão da farmácia perguntaram as capitais da malásia | MY
plural-capitals | alexa quais são as capitais do sri lanka | LK
plural-capitals | alexa o sri lanka tem duas capitais né quais são | LK
plural-capitals | alexa a recepcionista do dentista quer as capitais do sri lanka | LK
plural-capitals | alexa me fala as duas capitais do sri lanka devagar | LK
plural-capitals | alexa colombo e aquela outra de nome comprido são capitais do sri lanka quais são as duas | LK
plural-capitals | alexa quais são as capitais da costa do marfim | CI
plural-capitals | alexa a costa do marfim tem duas capitais quais | CI
plural-capitals | alexa o cliente do apartamento é marfinense quais são as capitais do país dele | CI
plural-capitals | alexa yamoussoukro e abidjan são as capitais de qual país | CI
plural-capitals | alexa de mesário eu quero saber as capitais da costa do marfim | CI
plural-capitals | alexa quais são as capitais do benin | BJ
plural-capitals | alexa o benin tem duas capitais quais são | BJ
plural-capitals | alexa porto novo e cotonou são capitais de onde | BJ
plural-capitals | alexa no pesque-pague o amigo quer as capitais do benin | BJ
plural-capitals | alexa me diz as duas capitais do benin | BJ
plural-capitals | alexa as capitais do benim quais são | BJ
plural-capitals | alexa quais são as capitais de essuatíni | SZ
plural-capitals | alexa maningue difícil as capitais da suazilândia quais são | SZ
plural-capitals | alexa a suazilândia tem duas capitais me fala as duas | SZ
plural-capitals | alexa mbabane e lobamba são capitais de que país | SZ
plural-capitals | alexa as capitais de eswatini por favor | SZ
plural-capitals | alexa me diz as capitais da suazilândia que eu não lembro | SZ
plural-capitals | alexa quais são as capitais da palestina | PS
plural-capitals | alexa quais são as capitais da índia | IN
plural-capitals | alexa as capitais de jammu e caxemira quais são | IN-JK
plural-capitals | alexa ocê sabe as duas capitais da costa do marfim | CI
plural-capitals | alexa quais são todas as capitais da áfrica do sul | ZA
plural-capitals | alexa holanda tem duas capitais né fala as duas | NL
plural-capitals | alexa diz as capitais da malásia pro meu filho | MY
plural-capitals | alexa capitais do sri lanka | LK
plural-capitals | alexa capitais do benin e da bolívia | BJ+BO
help | alexa não sei usar essa skill me ajuda | HELP
help | alexa como eu pergunto uma capital pra você | HELP
help | alexa o que dá pra perguntar aqui | HELP
help | alexa sou deficiente visual me explica como funciona | HELP
help | alexa ajuda por favor não tô entendendo nada | HELP
help | alexa quais perguntas você responde | HELP
help | alexa me dá um exemplo de pergunta | HELP
help | alexa como funciona esse negócio de capitais | HELP
help | alexa socorro como é que usa | HELP
help | alexa ocê me ensina a usar isso | HELP
help | alexa me explica de novo o que eu posso falar | HELP
help | alexa tô perdido aqui o que eu faço | HELP
help | alexa a professora do supletivo mandou usar mas eu não sei como | HELP
help | alexa kuma como usa isso | HELP
help | alexa help me por favor | HELP
help | alexa instruções | HELP
help | alexa o que essa skill faz | HELP
help | alexa preciso de uma ajudinha aqui | HELP
help | alexa como eu faço pra saber a capital de um país | HELP
help | alexa quais são os comandos | HELP
help | alexa não entendi como funciona me orienta | HELP
help | alexa me ajuda com esse jogo de capitais | HELP
help | alexa tem algum tutorial | HELP
help | alexa o que eu falo agora | HELP
help | alexa pede ajuda pra capitais do mundo | HELP
help | alexa pergunta pra capitais do mundo como funciona | HELP
help | alexa e agora como continua | HELP
help | alexa pode me dar umas dicas de uso | HELP
stop | alexa para | STOP
stop | alexa chega por hoje | STOP
stop | alexa pode parar que a entrega chegou | STOP
stop | alexa para tudo que o cliente chegou na farmácia | STOP
stop | alexa sai dessa skill | STOP
stop | alexa encerra | STOP
stop | alexa desliga isso aí | STOP
stop | alexa fecha capitais do mundo | STOP
stop | alexa para de falar | STOP
stop | alexa chega de capital | STOP
stop | alexa tá bom já deu | STOP
stop | alexa sair | STOP
stop | alexa pode fechar que a feira acabou | STOP
stop | alexa para que o bebê dormiu | STOP
stop | alexa silêncio | STOP
stop | alexa finaliza a skill | STOP
stop | alexa stop | STOP
stop | alexa já chega obrigado | STOP
stop | alexa para aí que a urna abriu | STOP
stop | alexa desliga que eu vou dormir | STOP
stop | alexa ô loco para com isso | STOP
stop | alexa moi tchau pode parar | STOP
stop | alexa encerra que o dentista me chamou | STOP
stop | alexa chega de geografia por hoje | STOP
stop | alexa fecha o jogo | STOP
stop | alexa termina | STOP
stop | alexa quero sair | STOP
stop | alexa tchau capitais do mundo | STOP
stop | alexa para a skill agora | STOP
cancel | alexa cancela | CANCEL
cancel | alexa cancelar | CANCEL
cancel | alexa deixa pra lá | CANCEL
cancel | alexa esquece essa pergunta | CANCEL
cancel | alexa cancela isso | CANCEL
cancel | alexa não era isso cancela | CANCEL
cancel | alexa esquece | CANCEL
cancel | alexa desconsidera | CANCEL
cancel | alexa cancela que eu perguntei errado | CANCEL
cancel | alexa deixa quieto | CANCEL
cancel | alexa esquece o que eu falei | CANCEL
cancel | alexa cancela a pergunta | CANCEL
cancel | alexa não quero mais saber cancela | CANCEL
cancel | alexa ixi cancela | CANCEL
cancel | alexa cancela aí que a freguesa foi embora | CANCEL
cancel | alexa anula isso | CANCEL
cancel | alexa cancela essa aí | CANCEL
cancel | alexa deixa pra lá não precisa mais | CANCEL
cancel | alexa cancela cancela | CANCEL
cancel | alexa cancela a última | CANCEL
cancel | alexa esquece a capital | CANCEL
cancel | alexa cancela que o motoboy já respondeu | CANCEL
cancel | alexa não precisa mais esquece | CANCEL
cancel | alexa sorry cancela | CANCEL
cancel | alexa desiste dessa pergunta | CANCEL
cancel | alexa cancela nóis já sabe | CANCEL
cancel | alexa melhor não cancela | CANCEL
cancel | alexa apaga essa pergunta | CANCEL
cancel | alexa cancela o pedido | CANCEL
launch | alexa abre capitais do mundo | LAUNCH
launch | alexa abrir capitais do mundo | LAUNCH
launch | alexa iniciar capitais do mundo | LAUNCH
launch | alexa inicia o capitais do mundo | LAUNCH
launch | alexa começa capitais do mundo | LAUNCH
launch | alexa joga capitais do mundo | LAUNCH
launch | alexa quero jogar capitais do mundo | LAUNCH
launch | alexa bora de capitais do mundo | LAUNCH
launch | alexa chama o capitais do mundo | LAUNCH
launch | alexa ativa capitais do mundo | LAUNCH
launch | alexa ativar a skill capitais do mundo | LAUNCH
launch | alexa liga o capitais do mundo | LAUNCH
launch | alexa capitais do mundo | LAUNCH
launch | alexa abre aí o capitais do mundo pra mim | LAUNCH
launch | alexa abre a skill das capitais do mundo | LAUNCH
launch | alexa vamos jogar capitais do mundo | LAUNCH
launch | alexa quero estudar com capitais do mundo | LAUNCH
launch | alexa abre o capitais do mundo pra turma da obra | LAUNCH
launch | alexa abre capitais do mundo que eu tô sem sono | LAUNCH
launch | alexa abre capitais do mundo pro meu filho | LAUNCH
launch | alexa ocê abre o capitais do mundo | LAUNCH
launch | alexa hoi abre capitais do mundo | LAUNCH
launch | alexa moi abre capitais do mundo | LAUNCH
launch | alexa yassou abre capitais do mundo | LAUNCH
launch | alexa please open capitais do mundo | LAUNCH
launch | alexa executa capitais do mundo | LAUNCH
launch | alexa carrega capitais do mundo | LAUNCH
launch | alexa abre de novo o capitais do mundo | LAUNCH
launch | alexa entra no capitais do mundo | LAUNCH
launch | alexa usar capitais do mundo | LAUNCH
launch | alexa pede pro capitais do mundo começar | LAUNCH
launch | alexa inicia a skill capitais do mundo por favor | LAUNCH
launch | alexa abre capitais do mundo na sala de espera | LAUNCH
launch | alexa kuma abre capitais do mundo | LAUNCH
launch | alexa abre o joguinho capitais do mundo | LAUNCH
launch | alexa começar o capitais do mundo | LAUNCH
launch | alexa quero falar com capitais do mundo | LAUNCH
launch | alexa toca capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo no quarto | LAUNCH
launch | alexa bo abre capitais do mundo | LAUNCH
subdivision | alexa qual é a capital {} | da baviera=DE-BY; da saxônia=DE-SN; da turíngia=DE-TH
subdivision | alexa me diz a capital do estado {} | de hesse=DE-HE; do sarre=DE-SL; de brandemburgo=DE-BB
subdivision | alexa capital da baixa saxônia | DE-NI
subdivision | alexa qual a capital da renânia do norte-vestfália | DE-NW
subdivision | alexa capital de schleswig-holstein qual é | DE-SH
subdivision | alexa a capital {} qual que é | de ontário=CA-ON; de quebec=CA-QC; da colúmbia britânica=CA-BC
subdivision | alexa me fala a capital da província {} | de alberta=CA-AB; de manitoba=CA-MB; da nova escócia=CA-NS
subdivision | alexa qual é a capital do yukon | CA-YT
subdivision | alexa capital de nunavut | CA-NU
subdivision | alexa capital da terra nova | CA-NL
subdivision | alexa qual a capital {} na austrália | de queensland=AU-QLD; da tasmânia=AU-TAS; do território do norte=AU-NT
subdivision | alexa a capital do estado de vitória na austrália | AU-VIC
subdivision | alexa capital da austrália ocidental | AU-WA
subdivision | alexa qual é a capital de nova gales do sul | AU-NSW
subdivision | alexa qual a capital do estado {} no méxico | de jalisco=MX-JAL; de oaxaca=MX-OAX; de chiapas=MX-CHP
subdivision | alexa capital de quintana roo | MX-ROO
subdivision | alexa capital de nuevo león | MX-NLE
subdivision | alexa qual é a capital de iucatã | MX-YUC
subdivision | alexa a capital da baixa califórnia qual é | MX-BCN
subdivision | alexa qual é a capital {} na índia | de kerala=IN-KL; de goa=IN-GA; do punjab=IN-PB
subdivision | alexa capital de maharashtra | IN-MH
subdivision | alexa qual a capital de tamil nadu | IN-TN
subdivision | alexa capital do rajastão | IN-RJ
subdivision | alexa qual é a capital de uttar pradesh | IN-UP
subdivision | alexa qual é a capital do estado {} nos estados unidos | do colorado=US-CO; do arizona=US-AZ; de nevada=US-NV
subdivision | alexa capital {} lá dos estados unidos | de michigan=US-MI; do kentucky=US-KY; de massachusetts=US-MA
subdivision | alexa qual a capital da carolina do norte | US-NC
subdivision | alexa capital da pensilvânia | US-PA
subdivision | alexa qual é a capital do tennessee | US-TN
subdivision | alexa capital de nova jérsei | US-NJ
subdivision | alexa capital da luisiana | US-LA
subdivision | alexa qual é a capital do oregon | US-OR
subdivision | alexa qual a capital da inglaterra | GB-ENG
subdivision | alexa capital da irlanda do norte | GB-NIR
subdivision | alexa qual é a capital de pernambuco | BR-PE
subdivision | alexa capital do maranhão | BR-MA
subdivision | alexa qual é a capital da paraíba | BR-PB
subdivision | alexa capital de sergipe | BR-SE
subdivision | alexa capital de alagoas | BR-AL
subdivision | alexa capital do piauí | BR-PI
subdivision | alexa qual é a capital do distrito federal | BR-DF
subdivision | alexa qual a capital da groenlândia | GL
subdivision | alexa capital da polinésia francesa | PF
subdivision | alexa qual a capital da nova caledônia | NC
subdivision | alexa capital das ilhas malvinas | FK
subdivision | alexa capital das bermudas | BM
subdivision | alexa qual é a capital das ilhas faroé | FO
subdivision | alexa capital da martinica | MQ
subdivision | alexa qual a capital de guadalupe | GP
subdivision | alexa capital da ilha de man | IM
subdivision | alexa capital de gibraltar | GI
subdivision | alexa capital das ilhas cayman | KY
subdivision | alexa qual a capital de guam | GU
subdivision | alexa capital da samoa americana | AS
subdivision | alexa qual é a capital do saara ocidental | EH
subdivision | alexa qual é a capital do kosovo | XK
subdivision | alexa qual é a capital da catalunha | FB
subdivision | alexa qual a capital da sicília | FB
subdivision | alexa capital da lombardia | FB
subdivision | alexa capital do texas | US-TX
subdivision | alexa qual a capital da andaluzia | FB
subdivision | alexa capital da província de buenos aires | FB
subdivision | alexa qual é a capital do estado de são paulo | BR-SP
subdivision | alexa qual é a capital da região de flandres | FB
subdivision | alexa capital da baviera é munique né | DE-BY
subdivision | alexa qual é a capital da sibéria | FB
subdivision | alexa capital da califórnia do sul | FB
subdivision | alexa capital de mendoza | FB
subdivision | alexa qual a capital de ilhas canárias | FB
subdivision | alexa capital do havaí | US-HI
subdivision | alexa capital de wyoming | US-WY
subdivision | alexa qual a capital de porto rico | PR
subdivision | alexa qual a capital de reunião | RE
subdivision | alexa capital de mayotte | YT
subdivision | alexa capital de jersey | JE
subdivision | alexa capital de bengala ocidental | IN-WB
subdivision | alexa capital de assam | IN-AS
subdivision | alexa capital de sikkim | IN-SK
subdivision | alexa qual é a capital de karnataka | IN-KA
follow-up | e da argentina | AR
follow-up | e a do chile | CL
follow-up | e do peru | PE
follow-up | e a da suécia | SE
follow-up | e o japão | JP
follow-up | e na coreia do sul | KR
follow-up | e a noruega | NO
follow-up | e da bahia | BR-BA
follow-up | e do ceará | BR-CE
follow-up | e a do canadá | CA
follow-up | e da áustria | AT
follow-up | e da austrália | AU
follow-up | e o egito | EG
follow-up | e o quênia | KE
follow-up | e a da grécia | GR
follow-up | e do vietnã | VN
follow-up | e a polônia | PL
follow-up | e da hungria | HU
follow-up | e o marrocos | MA
follow-up | alexa e a do méxico | MX
follow-up | alexa e da colômbia | CO
follow-up | alexa e portugal | PT
follow-up | e a islândia | IS
follow-up | e de cuba | CU
follow-up | e pra nigéria | NG
follow-up | e a irlanda | IE
follow-up | e a do irã | IR
follow-up | e da turquia | TR
follow-up | e a tailândia | TH
follow-up | e a dinamarca | DK
follow-up | e de angola | AO
follow-up | agora a da finlândia | FI
follow-up | e a da escócia | GB-SCT
follow-up | agora faz a do paraná | BR-PR
follow-up | e de santa catarina | BR-SC
follow-up | e do texas | US-TX
yes-no-check | alexa {} | a capital da austrália é sydney=AU; a capital do canadá é toronto=CA; a capital da turquia é ancara=TR
yes-no-check | alexa é verdade que {} | a capital da suíça é genebra=CH; a capital do marrocos é rabat=MA; a capital da nigéria é lagos=NG
yes-no-check | alexa confirma pra mim se {} | brasília é a capital do brasil=BR; quito é a capital do equador=EC; la paz é a capital da bolívia=BO
yes-no-check | alexa tá certo que {} | a capital dos estados unidos é nova york=US; a capital da índia é mumbai=IN; a capital da china é xangai=CN
yes-no-check | alexa será que {} | bogotá é a capital da colômbia=CO; caracas é a capital da venezuela=VE; lima é a capital do peru=PE
yes-no-check | alexa é certo dizer que {} | a capital do vietnã é hanói=VN; a capital da rússia é são petersburgo=RU; a capital da alemanha é munique=DE
yes-no-check | alexa a capital da nova zelândia é auckland ou não | NZ
yes-no-check | alexa é dodoma ou dar es salaam a capital da tanzânia | TZ
yes-no-check | alexa a capital da bahia é salvador sim ou não | BR-BA
yes-no-check | alexa manaus é a capital do amazonas né | BR-AM
yes-no-check | alexa a capital de minas é belo horizonte certo | BR-MG
yes-no-check | alexa o cairo é a capital do egito | EG
yes-no-check | alexa a capital do paquistão é karachi | PK
yes-no-check | alexa é verdade que a capital de israel é tel aviv | IL
yes-no-check | alexa a capital do cazaquistão ainda é almaty | KZ
yes-no-check | alexa a capital de mianmar é rangum | MM
yes-no-check | alexa é verdade que a capital da costa do marfim é abidjan | CI
yes-no-check | alexa ancara é a capital da turquia ou é istambul | TR
yes-no-check | alexa a capital do texas é houston | US-TX
yes-no-check | alexa a capital de nova york é nova york | US-NY
yes-no-check | alexa joão pessoa é a capital da paraíba né | BR-PB
yes-no-check | alexa a capital de santa catarina é joinville | BR-SC
self-correction | alexa qual é a capital da áustria não pera da austrália | AU
self-correction | alexa capital da suécia digo da suíça | CH
self-correction | alexa qual é a capital da eslováquia quer dizer eslovênia | SI
self-correction | alexa me fala a capital da nigéria não do níger | NE
self-correction | alexa qual a capital da guiné não guiné-bissau | GW
self-correction | alexa capital da islândia ops irlanda | IE
self-correction | alexa qual é a capital do irã não do iraque | IQ
self-correction | alexa qual a capital da letônia ou melhor lituânia | LT
self-correction | alexa capital do paraguai não uruguai | UY
self-correction | alexa a capital da gâmbia não não da zâmbia | ZM
self-correction | alexa qual é a capital de mali errei é malta | MT
self-correction | alexa capital da colômbia digo da costa rica | CR
self-correction | alexa qual é a capital da áustria não espera da alemanha | DE
self-correction | alexa capital do mato grosso não do mato grosso do sul | BR-MS
self-correction | alexa capital do rio grande do sul quer dizer do norte | BR-RN
self-correction | alexa qual a capital da carolina do sul não do norte | US-NC
self-correction | alexa qual é a capital da dominica não república dominicana | DO
self-correction | alexa capital da mongólia ai não da moldávia | MD
self-correction | alexa qual é a capital da armênia peraí da albânia | AL
self-correction | alexa me diz a capital do congo não do gabão | GA
self-correction | alexa capital da bélgica digo da bielorrússia | BY
self-correction | alexa qual é a capital do sudão do sul não só sudão | SD
self-correction | alexa capital da eritreia não etiópia | ET
self-correction | alexa capital de omã não omã não quero dizer iêmen | YE
reverse-question | alexa {} é capital de qual país | camberra=CITY:Canberra; ottawa=CITY:Ottawa; wellington=CITY:Wellington
reverse-question | alexa de que país {} é a capital | acra=CITY:Acra; kigali=CITY:Kigali; harare=CITY:Harare
reverse-question | alexa qual país tem {} como capital | tegucigalpa=CITY:Tegucigalpa; manágua=CITY:Manágua; assunção=CITY:Assunção
reverse-question | alexa onde fica ulan bator | CITY:Ulan Bator
reverse-question | alexa katmandu é capital do quê | CITY:Katmandu
reverse-question | alexa tbilisi é a capital de que país | CITY:Tbilisi
reverse-question | alexa yerevan é capital de onde | CITY:Yerevan
reverse-question | alexa de que lugar baku é capital | CITY:Baku
reverse-question | alexa qual estado tem porto alegre como capital | CITY:Porto Alegre
reverse-question | alexa natal é capital de qual estado | CITY:Natal
reverse-question | alexa florianópolis é capital de qual estado | CITY:Florianópolis
reverse-question | alexa boa vista é a capital de onde | CITY:Boa Vista
reverse-question | alexa rio branco é capital de qual estado | CITY:Rio Branco
reverse-question | alexa sacramento é capital de qual estado americano | CITY:Sacramento
reverse-question | alexa edimburgo é capital de onde | CITY:Edimburgo
reverse-question | alexa cardiff é capital do quê | CITY:Cardiff
reverse-question | alexa de que país a capital é vaduz | CITY:Vaduz
reverse-question | alexa qual país tem a capital chamada windhoek | CITY:Windhoek
reverse-question | alexa freetown é capital de qual país | CITY:Freetown
reverse-question | alexa de qual país monróvia é capital | CITY:Monróvia
reverse-question | alexa thimphu é capital de onde | CITY:Thimphu
reverse-question | alexa vientiane é capital de qual país | CITY:Vientiane
reverse-question | alexa phnom penh é capital do quê | CITY:Phnom Penh
reverse-question | alexa qual país tem valeta como capital | CITY:Valeta
reverse-question | alexa georgetown é capital de qual país | CITY:Georgetown
reverse-question | alexa paramaribo é a capital de onde | CITY:Paramaribo
reverse-question | alexa bamako é capital de que país | CITY:Bamako
reverse-question | alexa niamey é a capital de onde | CITY:Niamey
reverse-question | alexa lusaka é capital de qual país | CITY:Lusaka
reverse-question | alexa mascate é capital de onde | CITY:Mascate
official-name | alexa qual é a capital da república federativa do brasil | BR
official-name | alexa capital da república francesa | FR
official-name | alexa qual a capital do reino da espanha | ES
official-name | alexa capital da república popular da china | CN
official-name | alexa qual é a capital da federação russa | RU
official-name | alexa capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | alexa capital da república islâmica do irã | IR
official-name | alexa qual a capital da república árabe do egito | EG
official-name | alexa capital do reino hachemita da jordânia | JO
official-name | alexa qual é a capital da república da coreia | KR
official-name | alexa capital da república popular democrática da coreia | KP
official-name | alexa capital da confederação suíça | CH
official-name | alexa qual a capital do grão-ducado de luxemburgo | LU
official-name | alexa capital do principado de mônaco | MC
official-name | alexa qual é a capital do principado de andorra | AD
official-name | alexa capital da sereníssima república de san marino | SM
official-name | alexa qual a capital do reino do marrocos | MA
official-name | alexa capital da república democrática federal da etiópia | ET
official-name | alexa capital da república unida da tanzânia | TZ
official-name | alexa qual é a capital da república socialista do vietnã | VN
official-name | alexa capital do reino da tailândia | TH
official-name | alexa qual a capital da república bolivariana da venezuela | VE
official-name | alexa capital do estado plurinacional da bolívia | BO
official-name | alexa capital da república oriental do uruguai | UY
official-name | alexa capital dos estados unidos mexicanos | MX
official-name | alexa capital da comunidade da austrália | AU
official-name | alexa capital do reino dos países baixos | NL
official-name | alexa qual a capital do estado da cidade do vaticano | VA
official-name | alexa capital da república democrática do congo | CD
official-name | alexa capital da república do congo | CG
official-name | alexa capital da república tcheca | CZ
official-name | alexa capital do reino do butão | BT
everyday-name | alexa qual é a capital da holanda | NL
everyday-name | alexa capital da inglaterra | GB-ENG
everyday-name | alexa qual a capital da rússia | RU
everyday-name | alexa capital dos estados unidos da américa | US
everyday-name | alexa qual a capital dos eua | US
everyday-name | alexa capital da tchéquia que todo mundo chama de república tcheca | CZ
everyday-name | alexa qual é a capital da birmânia | MM
everyday-name | alexa capital do ceilão | LK
everyday-name | alexa qual a capital da pérsia | IR
everyday-name | alexa capital do sião | TH
everyday-name | alexa capital da suazilândia | SZ
everyday-name | alexa capital do zaire | CD
everyday-name | alexa qual a capital da macedônia | MK
everyday-name | alexa capital da bielorrússia que o pessoal chama de belarus | BY
everyday-name | alexa capital de belarus | BY
everyday-name | alexa qual é a capital do timor | TL
everyday-name | alexa capital da costa do marfim | CI
everyday-name | alexa qual é a capital dos emirados | AE
everyday-name | alexa capital da república dominicana | DO
everyday-name | alexa capital do cabo verde | CV
everyday-name | alexa capital da guiné papua | PG
everyday-name | alexa capital da turquia que agora chama türkiye | TR
everyday-name | alexa capital da tchecoslováquia | FB
everyday-name | alexa capital da iugoslávia | FB
everyday-name | alexa capital da alemanha oriental | FB
everyday-name | alexa qual é a capital de bangladexe | BD
everyday-name | alexa capital do quirguistão | KG
everyday-name | alexa capital do vaticano | VA
everyday-name | alexa capital da gran bretanha | GB
everyday-name | alexa qual é a capital de são tomé | ST
shared-name | alexa qual é a capital da geórgia | GE+US-GA
shared-name | alexa capital da geórgia o país | GE
shared-name | alexa capital do estado da geórgia | US-GA
shared-name | alexa qual é a capital do congo | CD+CG
shared-name | alexa capital da coreia | KP+KR
shared-name | alexa qual a capital da guiné | GN
shared-name | alexa capital de washington | US-WA
shared-name | alexa capital da irlanda | IE
shared-name | alexa qual a capital do sudão | SD
shared-name | alexa capital da macedônia | MK
shared-name | alexa qual a capital de samoa | WS
shared-name | alexa capital da guiana | GY
shared-name | alexa qual é a capital de vitória | AU-VIC
shared-name | alexa capital de granada | GD
shared-name | alexa capital de são paulo | BR-SP
shared-name | alexa capital do rio de janeiro | BR-RJ
shared-name | alexa capital do méxico | MX
shared-name | alexa qual é a capital de luxemburgo o país | LU
out-of-domain | alexa como vai estar o tempo amanhã em recife | FB
out-of-domain | alexa vai fazer frio no fim de semana | FB
out-of-domain | alexa coloca um timer de quinze minutos pro bolo | FB
out-of-domain | alexa desperta às cinco e meia pra feira | FB
out-of-domain | alexa toca marília mendonça | FB
out-of-domain | alexa toca um sertanejo universitário | FB
out-of-domain | alexa toca samba de raiz | FB
out-of-domain | alexa toca a rádio gaúcha | FB
out-of-domain | alexa põe uma música do roberto carlos | FB
out-of-domain | alexa toca zeca pagodinho | FB
out-of-domain | alexa qual é a população da china | FB
out-of-domain | alexa quantos habitantes tem a capital do japão | FB
out-of-domain | alexa qual é a moeda da suíça | FB
out-of-domain | alexa qual língua falam na bélgica | FB
out-of-domain | alexa quem é o presidente da argentina | FB
out-of-domain | alexa que horas são em lisboa agora | FB
out-of-domain | alexa qual é o fuso horário de tóquio | FB
out-of-domain | alexa qual é o ddi da itália | FB
out-of-domain | alexa como é a bandeira do canadá | FB
out-of-domain | alexa toca o hino nacional | FB
out-of-domain | alexa qual é o prato típico do peru | FB
out-of-domain | alexa qual é a capital da europa | FB
out-of-domain | alexa qual é a capital da áfrica | FB
out-of-domain | alexa qual é a capital da américa do sul | FB
out-of-domain | alexa qual é a capital do mundo | FB
out-of-domain | alexa qual é a maior cidade do brasil | FB
out-of-domain | alexa qual a cidade mais antiga do mundo | FB
out-of-domain | alexa qual é o maior país do mundo | FB
out-of-domain | alexa qual é o rio mais comprido do mundo | FB
out-of-domain | alexa quantos países existem no mundo | FB
out-of-domain | alexa quanto está o dólar hoje | FB
out-of-domain | alexa quanto tá o euro | FB
out-of-domain | alexa acende a luz da cozinha | FB
out-of-domain | alexa apaga a luz do quarto | FB
out-of-domain | alexa liga o ventilador | FB
out-of-domain | alexa adiciona leite na lista de compras | FB
out-of-domain | alexa adiciona fermento e farinha na lista | FB
out-of-domain | alexa liga pra minha mãe | FB
out-of-domain | alexa manda mensagem pro zé dizendo que eu atrasei | FB
out-of-domain | alexa conta uma piada | FB
out-of-domain | alexa você me ama | FB
out-of-domain | alexa bom dia | FB
out-of-domain | alexa boa noite alexa | FB
out-of-domain | alexa obrigado | FB
out-of-domain | alexa quanto é cento e vinte dividido por quatro | FB
out-of-domain | alexa como se soletra paralelepípedo | FB
out-of-domain | alexa qual o resultado do jogo do flamengo | FB
out-of-domain | alexa quando é o próximo jogo do corinthians | FB
out-of-domain | alexa quem ganhou a copa de noventa e quatro | FB
out-of-domain | alexa qual é a capital social mínima pra abrir uma empresa | FB
out-of-domain | alexa o que é capital de giro | FB
out-of-domain | alexa quais são os sete pecados capitais | FB
out-of-domain | alexa o que é letra maiúscula capital | FB
out-of-domain | alexa toca capital inicial | FB
out-of-domain | alexa qual é a capital nacional do café | FB
out-of-domain | alexa qual é a capital mundial da moda | FB
out-of-domain | alexa qual é a capital brasileira do pão de queijo | FB
out-of-domain | alexa qual é a capital da patagônia argentina | FB
out-of-domain | alexa qual era a capital da gália | FB
out-of-domain | alexa qual a capital do império romano | FB
out-of-domain | alexa qual era a capital do brasil antes de brasília | FB
out-of-domain | alexa qual era a capital do império inca | FB
out-of-domain | alexa qual é a capital de atlântida | FB
out-of-domain | alexa qual é a capital de gotham | FB
out-of-domain | alexa qual é a capital de westeros | FB
out-of-domain | alexa qual é a capital da lua | FB
out-of-domain | alexa qual é a capital de júpiter | FB
out-of-domain | alexa qual é a capital do pantanal | FB
out-of-domain | alexa qual é a capital da amazônia | FB
out-of-domain | alexa qual é a capital do nordeste | FB
out-of-domain | alexa qual é a capital do oriente médio | FB
out-of-domain | alexa qual é a capital dos bálcãs | FB
out-of-domain | alexa qual é a capital do país basco | FB
out-of-domain | alexa qual é a capital da galícia | FB
out-of-domain | alexa qual é a capital da toscana | FB
out-of-domain | alexa qual é a capital do curdistão | FB
out-of-domain | alexa qual é a capital da transilvânia | FB
out-of-domain | alexa qual é a capital da crimeia | FB
out-of-domain | alexa qual é a capital da sardenha | FB
out-of-domain | alexa qual era a capital da nova frança | FB
out-of-domain | alexa qual é a capital do tirol | FB
out-of-domain | alexa qual é a capital da escandinávia | FB
out-of-domain | alexa qual a capital da união europeia | FB
out-of-domain | alexa qual é a capital do mercosul | FB
out-of-domain | alexa qual a capital do império otomano | FB
out-of-domain | alexa qual a capital da mesopotâmia | FB
out-of-domain | alexa qual é a capital da zona franca de manaus | FB
out-of-domain | alexa como faz feijoada | FB
out-of-domain | alexa receita de bolo de fubá | FB
out-of-domain | alexa quanto tempo cozinha um ovo | FB
out-of-domain | alexa qual a distância de são paulo até o rio | FB
out-of-domain | alexa quanto tempo de voo até lisboa | FB
out-of-domain | alexa preciso de visto pra ir pros estados unidos | FB
out-of-domain | alexa qual o horário do ônibus pra campinas | FB
out-of-domain | alexa tem trânsito na marginal | FB
out-of-domain | alexa quanto tá a gasolina | FB
out-of-domain | alexa quando é o feriado de tiradentes | FB
out-of-domain | alexa que dia é hoje | FB
out-of-domain | alexa quantos dias faltam pro natal | FB
out-of-domain | alexa me lembra de tomar o remédio às oito | FB
out-of-domain | alexa lê meu horóscopo | FB
out-of-domain | alexa qual o significado da palavra capital | FB
out-of-domain | alexa traduz capital pra inglês | FB
out-of-domain | alexa quem descobriu o brasil | FB
out-of-domain | alexa quem inventou a lâmpada | FB
out-of-domain | alexa quantos estados tem o brasil | FB
out-of-domain | alexa quantos estados tem os estados unidos | FB
out-of-domain | alexa qual é o estado mais populoso do brasil | FB
out-of-domain | alexa onde fica a torre eiffel | FB
out-of-domain | alexa qual é a altura do cristo redentor | FB
out-of-domain | alexa canta parabéns pra você | FB
out-of-domain | alexa faz um barulho de gato | FB
out-of-domain | alexa qual o nome do seu pai | FB
out-of-domain | alexa pede uma pizza | FB
out-of-domain | alexa qual a previsão do tempo pra capital | FB
out-of-domain | alexa quantos graus faz na capital paulista | FB
out-of-domain | alexa que horas abre o mercado | FB
out-of-domain | alexa toca um podcast de notícias | FB
out-of-domain | alexa qual o clima em brasília hoje | FB
out-of-domain | alexa toca uma música da anitta | FB
out-of-domain | alexa toca ivete sangalo | FB
out-of-domain | alexa quantos quilômetros tem a linha do equador | FB
out-of-domain | alexa qual é o idioma oficial do paraguai | FB
out-of-domain | alexa quem é o rei da inglaterra | FB
out-of-domain | alexa qual é a capital do pecado | FB
out-of-domain | alexa qual a capital do rock | FB
out-of-domain | alexa capital do forró é caruaru né | FB
out-of-domain | alexa qual a capital da polinésia grega | FB
out-of-domain | alexa qual é a capital da nova inglaterra | FB
out-of-domain | alexa qual a capital do grande chaco | FB
out-of-domain | alexa qual é a capital da terra do fogo | FB
out-of-domain | alexa qual a capital de bornéu | FB
out-of-domain | alexa qual é a capital de zanzibar | FB
out-of-domain | alexa qual é a capital da somalilândia | FB
out-of-domain | alexa qual é a capital da transnístria | FB
out-of-domain | alexa qual é a capital do tibete | FB
out-of-domain | alexa qual é a capital da ilha da madeira | FB
out-of-domain | alexa qual a capital dos açores | FB
out-of-domain | alexa qual é a capital de fernando de noronha | FB
out-of-domain | alexa qual a capital do estado da guanabara | FB
out-of-domain | alexa liga a tv da sala | FB
out-of-domain | alexa qual a senha do wi-fi | FB
out-of-domain | alexa tira uma foto | FB
out-of-domain | alexa fala uma curiosidade | FB
cancel | alexa cancela que a freguesa desistiu do tomate | CANCEL
cancel | alexa cancela essa pergunta que o servente já lembrou | CANCEL
cancel | alexa cancela que o farol abriu e eu tenho que ir | CANCEL
cancel | alexa esquece a pergunta que chamaram minha senha na lotérica | CANCEL
cancel | alexa cancela aí que o cliente da farmácia já foi embora | CANCEL
cancel | alexa deixa pra lá que o carro desceu do elevador | CANCEL
cancel | alexa cancela que o veterinário chamou o totó | CANCEL
cancel | alexa esquece que a dentista me chamou pra sala | CANCEL
cancel | alexa cancela que chegou eleitor na seção | CANCEL
cancel | alexa cancela essa que o morador já respondeu o questionário | CANCEL
cancel | alexa cancela que a professora do supletivo já corrigiu | CANCEL
cancel | alexa cancela a última pergunta que eu falei enrolado | CANCEL
cancel | alexa deixa quieto que a quadrilha já vai começar | CANCEL
cancel | alexa cancela a pergunta da lua de mel que a gente mudou de ideia | CANCEL
cancel | alexa esquece esse nome de bebê cancela | CANCEL
cancel | alexa cancela que eu quero tentar dormir | CANCEL
cancel | alexa cancela que o peixe mordeu a isca | CANCEL
cancel | alexa cancela que a cliente chegou pra prova do vestido | CANCEL
cancel | alexa cancela que o cliente da tatuagem chegou | CANCEL
cancel | alexa ocê cancela isso aí pra nóis | CANCEL
cancel | alexa cancela bo que ya sé | CANCEL
cancel | alexa dank je mas cancela essa pergunta | CANCEL
cancel | alexa kiitos mas pode cancelar | CANCEL
cancel | alexa cancela essa maningue errada | CANCEL
cancel | alexa n'ka kere mais cancela | CANCEL
cancel | alexa sorry wrong question cancela please | CANCEL
cancel | alexa o piá perguntou errado cancela | CANCEL
cancel | alexa cancela que a yiayia já sabia | CANCEL
cancel | alexa não não cancela essa pergunta do sudão | CANCEL
cancel | alexa cancela que a betoneira tá fazendo muito barulho | CANCEL
cancel | alexa cancela o que eu perguntei antes da entrega | CANCEL
cancel | alexa anula essa pergunta que eu mudei de ideia | CANCEL
stop | alexa para que a feira vai fechar e eu tenho que desmontar a banca | STOP
stop | alexa chega que o mestre de obras tá chamando | STOP
stop | alexa encerra que saiu entrega nova no aplicativo | STOP
stop | alexa para as capitais que minha vez na fila da lotérica chegou | STOP
stop | alexa fecha isso que o cliente do balcão precisa de mim | STOP
stop | alexa sai das capitais que o carro tá pronto | STOP
stop | alexa para que o veterinário chamou o nome do totó | STOP
stop | alexa encerra que a votação vai começar | STOP
stop | alexa chega de capital que o recenseamento acabou | STOP
stop | alexa pode parar que a aula do supletivo começou | STOP
stop | alexa para que a quadrilha vai entrar | STOP
stop | alexa fecha a skill que a noiva chegou | STOP
stop | alexa para que o sono finalmente chegou | STOP
stop | alexa desliga as capitais que o molinete tá puxando | STOP
stop | alexa encerra que a máquina de costura precisa de atenção | STOP
stop | alexa para tudo que eu vou tatuar agora | STOP
stop | alexa chega nóis já cansou | STOP
stop | alexa para bo que ya está | STOP
stop | alexa kiitos chega por hoje | STOP
stop | alexa efcharistó pode parar | STOP
stop | alexa okay stop it please | STOP
stop | alexa já deu maningue pode fechar | STOP
help | alexa sou mesário e nunca usei isso como funciona | HELP
help | alexa o motoboy quer saber como pergunta capital pra você | HELP
help | alexa a freguesa quer aprender a usar essa skill me ajuda | HELP
help | alexa meu leitor de tela não explica essa skill como eu uso | HELP
help | alexa o que eu posso perguntar pras capitais do mundo | HELP
help | alexa como funciona a skill capitais do mundo | HELP
help | alexa ocê explica como que pergunta | HELP
help | alexa hoi como funciona isso | HELP
help | alexa kuma n'ka sibi usar ajuda | HELP
help | alexa okay so how does this work ajuda | HELP
help | alexa a professora da eja pediu pra gente usar você me explica como | HELP
help | alexa dá pra perguntar estado e país nessa skill | HELP
help | alexa posso perguntar a capital de um estado também | HELP
help | alexa como eu faço pra perguntar ao contrário qual país tem tal capital | HELP
help | alexa me ajuda que a yiayia não sabe usar | HELP
help | alexa o que eu digo pra saber uma capital | HELP
help | alexa que tipo de coisa você sabe sobre capitais | HELP
help | alexa me explica as regras dessa skill | HELP
launch | alexa abre capitais do mundo que eu tô na fila da lotérica | LAUNCH
launch | alexa abre capitais do mundo enquanto a betoneira gira | LAUNCH
launch | alexa abre capitais do mundo pra turma do supletivo | LAUNCH
launch | alexa abre capitais do mundo pros mesários da seção | LAUNCH
launch | alexa abre capitais do mundo pra gente brincar na festa junina | LAUNCH
launch | alexa abre capitais do mundo pra ajudar a escolher a lua de mel | LAUNCH
launch | alexa abre capitais do mundo no pesque-pague | LAUNCH
launch | alexa abre capitais do mundo que o cliente da tatuagem quer jogar | LAUNCH
launch | alexa ocê abre aquele capitais do mundo pra nóis | LAUNCH
launch | alexa dank je abre capitais do mundo pra oma | LAUNCH
launch | alexa kiitos abre o capitais do mundo | LAUNCH
launch | alexa maningue vontade de abrir capitais do mundo | LAUNCH
launch | alexa kuma abre o capitais do mundo pra nós | LAUNCH
launch | alexa hey open the capitais do mundo skill | LAUNCH
launch | alexa pede pro capitais do mundo abrir que a yiayia quer jogar | LAUNCH
launch | alexa abre o capitais do mundo no leitor de tela | LAUNCH
loterica | alexa pergunta pro capitais do mundo qual a capital do lesoto | LS
cego | alexa pergunta pra capitais do mundo qual é a capital de andorra | AD
official-name | alexa a professora do supletivo escreveu república argelina democrática e popular qual é a capital | DZ
official-name | alexa na prova da eja perguntaram a capital da república tunisina | TN
official-name | alexa o recenseador anotou estado da líbia qual a capital | LY
official-name | alexa qual é a capital da república islâmica do paquistão que o morador falou | PK
official-name | alexa no questionário tá escrito república togolesa qual a capital | TG
official-name | alexa o passaporte do cliente diz república do gana qual a capital | GH
official-name | alexa qual a capital da união das comores | KM
official-name | alexa capital do estado de israel pro meu trabalho de escola | IL
official-name | alexa capital da república do mali pra aula de geografia | ML
official-name | alexa qual é a capital do reino do lesoto que o estudante moçambicano perguntou | LS
official-name | alexa qual a capital da república islâmica do afeganistão pra tarefa do supletivo | AF
official-name | alexa capital da república da bósnia e herzegovina pro questionário | BA
official-name | alexa a cliente do vestido é do principado de mônaco qual a capital | MC
official-name | alexa capital do burquina faso que antes era alto volta | BF
official-name | alexa qual é a capital da república do congo a de brazzaville | CG
official-name | alexa qual é a capital das ilhas salomão do pacífico sul | SB
official-name | alexa o passaporte do cliente diz república federal da alemanha qual a capital | DE
official-name | alexa a carta veio da república helênica qual é a capital | GR
official-name | alexa qual é a capital da república portuguesa pro trabalho da escola | PT
official-name | alexa a caixa da peça diz república da coreia qual é a capital | KR
official-name | alexa qual é a capital da república argentina pro meu filho | AR
official-name | alexa capital dos emirados árabes unidos pra lua de mel | AE
official-name | alexa a bandeira do vestido é da república da turquia qual a capital | TR
feirante | alexa a freguesa do queijo tá voltando {} qual é a capital | da argélia=DZ; da tunísia=TN; da líbia=LY
feirante | alexa o dono da barraca de temperos é {} me fala a capital do país dele | afegão=AF; paquistanês=PK; israelense=IL
feirante | alexa a moça do pastel quer saber a capital de gana | GH
feirante | alexa olha o abacaxi olha o abacaxi qual é a capital do togo | TG
feirante | alexa antes de desmontar a barraca qual é a capital das comores | KM
obra | alexa o servente novo veio {} qual é a capital de lá | da bósnia=BA; do mali=ML; do burquina faso=BF
obra | alexa subindo o bloco na laje me fala a capital da república do congo | CG
obra | alexa o mestre de obras jura que a capital da líbia é trípoli confere | LY
obra | alexa quanto tempo a laje precisa secar | FB
obra | alexa toca um arrocha pra animar a obra | FB
motoboy | alexa a entrega é num restaurante {} qual a capital de lá | libanês=LB; marroquino=MA; tailandês=TH
motoboy | alexa o farol fechou de novo me diz a capital de mônaco | MC
motoboy | alexa na garupa o colega quer saber a capital de andorra | AD
motoboy | alexa entregando no prédio da embaixada {} qual é a capital | de israel=IL; do paquistão=PK; do afeganistão=AF
motoboy | alexa quanto tá a taxa de entrega no aplicativo hoje | FB
motoboy | alexa tem radar na avenida do estado | FB
loterica | alexa o senhor atrás de mim na fila da lotérica quer saber a capital {} | do lesoto=LS; do mali=ML; de gana=GH
loterica | alexa a moça do caixa perguntou qual é a capital de israel | IL
loterica | alexa quanto custa uma aposta simples da mega | FB
farmacia | alexa a cliente tá indo pra {} e quer saber a capital antes de comprar o protetor | tunísia=TN; argélia=DZ; líbia=LY
farmacia | alexa o balconista disse que a capital do togo é lomé tá certo | TG
farmacia | alexa tem dipirona genérica em estoque | FB
oficina | alexa o carro do cliente veio da fronteira {} qual a capital | com o paraguai=PY; com a bolívia=BO; com a guiana francesa=GF
oficina | alexa o mecânico quer saber a capital da bósnia e herzegovina | BA
oficina | alexa qual óleo vai no motor do palio | FB
veterinario | alexa a cadela se chama {} isso é capital de onde | amã=CITY:Amã; riga=CITY:Riga; praia=CITY:Praia
veterinario | alexa o gato da vizinha chama quito quito é capital de que país | CITY:Quito
veterinario | alexa a ração do cachorro vem {} qual a capital de lá | do canadá=CA; da argentina=AR; da tchéquia=CZ
dentista | alexa esperando a limpeza me fala a capital {} | do afeganistão=AF; das comores=KM; do burquina faso=BF
dentista | alexa a recepcionista fez intercâmbio na líbia qual é a capital de lá | LY
dentista | alexa dente do siso precisa tirar sempre | FB
mesario | alexa o eleitor da seção nasceu {} qual é a capital | no lesoto=LS; em gana=GH; no togo=TG
mesario | alexa a mesária quer saber a capital de santa catarina pra ganhar a aposta | BR-SC
mesario | alexa quantos eleitores tem a minha zona eleitoral | FB
ibge | alexa a família entrevistada no censo veio {} qual a capital | da argélia=DZ; de israel=IL; do paquistão=PK
ibge | alexa o recenseador quer saber qual é a capital de mônaco | MC
ibge | alexa o morador disse que é das ilhas salomão qual é a capital | SB
eja | alexa na prova do supletivo caiu a capital {} | de rondônia=BR-RO; do acre=BR-AC; de roraima=BR-RR
eja | alexa a professora da eja perguntou a capital do amapá | BR-AP
eja | alexa teresina é capital de qual estado | CITY:Teresina
eja | alexa aracaju é capital de que estado | CITY:Aracaju
cego | alexa uso bengala e não vejo o mapa me diz a capital {} | da islândia=IS; da irlanda=IE; da noruega=NO
cego | alexa leitor de tela não funciona nesse site qual é a capital do uzbequistão | UZ
cego | alexa lê devagar a capital de burquina faso | BF
cego | alexa qual é a capital do togo fala pausado por favor | TG
junina | alexa na barraca do correio elegante perguntaram a capital {} | da espanha=ES; da frança=FR; da itália=IT
junina | alexa o sanfoneiro do arraiá quer saber a capital do paraguai | PY
junina | alexa quanto leva de gengibre no quentão | FB
casamento | alexa a gente vai casar e a lua de mel vai ser {} qual a capital | na tunísia=TN; no marrocos=MA; na jordânia=JO
casamento | alexa o noivo é {} qual a capital do país dele | ganense=GH; argelino=DZ; bósnio=BA
casamento | alexa a madrinha mora em lomé lomé é capital de qual país | CITY:Lomé
casamento | alexa quanto custa um buffet pra cem pessoas | FB
gestante | alexa minha cunhada grávida quer o nome {} pro bebê é capital de onde | kiara=FB; roma=CITY:Roma; florença=FB
gestante | alexa se o bebê for menina vai chamar doha doha é capital de qual país | CITY:Doha
gestante | alexa o pediatra é {} qual é a capital de lá | do líbano=LB; da síria=SY; da jordânia=JO
insonia | alexa de madrugada sem conseguir dormir qual a capital {} | da líbia=LY; da tunísia=TN; da argélia=DZ
insonia | alexa três e meia da manhã me fala a capital de israel | IL
insonia | alexa contar carneirinho não funciona qual é a capital das ilhas salomão | SB
insonia | alexa toca um som de mar pra dormir | FB
pesqueiro | alexa esperando o peixe no pesqueiro qual a capital {} | de gana=GH; do togo=TG; do benin=BJ
pesqueiro | alexa a barraca de camping é {} qual é a capital | sueca=SE; alemã=DE; chinesa=CN
pesqueiro | alexa que horas nasce o sol amanhã | FB
costureira | alexa a noiva quer o vestido igual de {} qual é a capital de lá | mônaco=MC; andorra=AD; san marino=SM
costureira | alexa enquanto eu corto o molde qual é a capital do paquistão | PK
costureira | alexa o tecido veio {} qual a capital | da índia=IN; de bangladesh=BD; do paquistão=PK
tatuagem | alexa o cliente quer tatuar o mapa {} qual é a capital | da bósnia=BA; do afeganistão=AF; da líbia=LY
tatuagem | alexa a tatuadora vai fazer convenção em {} qual é a capital de lá | israel=IL; malta=MT; chipre=CY
tatuagem | alexa a agulha quebrou e eu quero saber a capital do mali | ML
caipira | alexa nóis tá na porteira e o cumpadre quer sabê a capital {} | do togo=TG; do mali=ML; de gana=GH
caipira | alexa ô loco meu a capital da argélia cumé que é | DZ
caipira | alexa ocê sabe qual é a capital do tocantins | BR-TO
caipira | alexa toca uma moda de viola caipira no rádio | FB
caipira | alexa qual é a capital da bolívia sô | BO
norte-parana | alexa o piá da escola de maringá quer saber a capital {} | da áfrica do sul=ZA; da austrália=AU; da índia=IN
norte-parana | alexa em londrina o pessoal pergunta qual é a capital de israel | IL
norte-parana | alexa o piá quer saber se a capital de santa catarina é florianópolis | BR-SC
norte-parana | alexa que horas passa o ônibus pra maringá | FB
fronteira | alexa bo en livramento queremos saber la capital {} | de libia=LY; de túnez=TN; de argelia=DZ
fronteira | alexa bárbaro agora qual é a capital do rio grande do sul | BR-RS
fronteira | alexa quanto tá o peso uruguaio hoje | FB
holambra | alexa hoi o opa de holambra quer saber a capital {} | da alemanha=DE; da dinamarca=DK; da áustria=AT
holambra | alexa dank je e a capital de sint maarten qual é | SX
holambra | alexa doei mas antes me diz a capital da groenlândia | GL
holambra | alexa toca música holandesa de realejo | FB
finlandes | alexa moi o vovô de penedo quer saber a capital {} | da noruega=NO; da dinamarca=DK; da islândia=IS
finlandes | alexa kiitos e as capitais da holanda | NL
finlandes | alexa a capital da lituânia é vilnius kiitos | LT
finlandes | alexa moi qual é a temperatura em helsinque | FB
grego | alexa yassou a yiayia quer saber a capital {} | da itália=IT; da bulgária=BG; da macedônia do norte=MK
grego | alexa efcharistó e a capital de israel | IL
grego | alexa a yiayia diz que a capital da grécia sempre foi atenas é verdade | GR
grego | alexa opa toca música grega de sirtaki | FB
mocambicano | alexa maningue nice me diz a capital {} | do lesoto=LS; de madagascar=MG; das comores=KM
mocambicano | alexa a mamã perguntou as capitais da suazilândia | SZ
mocambicano | alexa na república aqui dos estudantes ninguém sabe a capital da zâmbia | ZM
mocambicano | alexa txilar com música toca mr bow | FB
guineense | alexa kuma o colega quer saber a capital {} | do mali=ML; do burquina faso=BF; do togo=TG
guineense | alexa na unilab perguntaram as capitais da costa do marfim | CI
guineense | alexa n'ka sibi qual é a capital de gana | GH
guineense | alexa toca música de kriol da guiné | FB
americano | alexa hey the capital de {} o que é | israel=IL; paquistão=PK; afeganistão=AF
americano | alexa okay so eu não sei o capital do kansas | US-KS
americano | alexa sorry o capital de virgínia ocidental | US-WV
americano | alexa my boss quer saber o capital de minnesota | US-MN
americano | alexa what's a capital de montana em português | US-MT
americano | alexa capital de connecticut please | US-CT
out-of-domain | alexa a freguesa quer saber quanto tá o quilo da cebola na ceasa | FB
out-of-domain | alexa qual a previsão de chuva pra feira de quarta de manhã | FB
out-of-domain | alexa quantos sacos de areia vai numa laje de vinte metros | FB
out-of-domain | alexa o mestre de obras quer saber a capital do cimento no brasil | FB
out-of-domain | alexa qual o endereço da próxima entrega do motoboy | FB
out-of-domain | alexa o motoboy quer saber se vai chover na marginal pinheiros | FB
out-of-domain | alexa quais os números sorteados na lotofácil ontem | FB
out-of-domain | alexa o balconista quer saber se amoxicilina precisa de receita | FB
out-of-domain | alexa o mecânico quer saber a calibragem do pneu do onix | FB
out-of-domain | alexa a veterinária quer saber quantos anos vive um cachorro | FB
out-of-domain | alexa quanto tempo dura um clareamento no dentista | FB
out-of-domain | alexa o mesário pode votar na própria seção | FB
out-of-domain | alexa qual é a população do amazonas segundo o ibge | FB
out-of-domain | alexa qual a área da capital do mato grosso em quilômetros | FB
out-of-domain | alexa quantas questões tem a prova do encceja | FB
out-of-domain | alexa liga o leitor de tela do celular | FB
out-of-domain | alexa toca quadrilha de são joão do luiz gonzaga | FB
out-of-domain | alexa qual a receita de pamonha doce | FB
out-of-domain | alexa quanto custa uma lua de mel nas maldivas | FB
out-of-domain | alexa qual o significado do nome helena | FB
out-of-domain | alexa quantas horas um bebê recém-nascido dorme | FB
out-of-domain | alexa me conta uma história chata pra eu dormir | FB
out-of-domain | alexa qual a melhor hora pra pescar pintado | FB
out-of-domain | alexa quantos centímetros de barra numa calça social | FB
out-of-domain | alexa tatuagem de henna sai em quantos dias | FB
out-of-domain | alexa ocê sabe a receita de pamonha de piracicaba | FB
out-of-domain | alexa em londrina vai gear essa semana | FB
out-of-domain | alexa o free shop de rivera abre domingo | FB
out-of-domain | alexa quando começa a expoflora de holambra | FB
out-of-domain | alexa como se diz obrigado em finlandês | FB
out-of-domain | alexa qual é a capital da grécia antiga esparta ou atenas | FB
out-of-domain | alexa como se diz bom dia em changana | FB
out-of-domain | alexa que horas são em bissau agora | FB
out-of-domain | alexa what time is it in new york | FB
out-of-domain | alexa qual é a moeda de moçambique | FB
out-of-domain | alexa qual é a língua oficial da guiné-bissau | FB
out-of-domain | alexa quem é o presidente do uruguai agora | FB
out-of-domain | alexa quantos habitantes tem a capital da finlândia | FB
out-of-domain | alexa qual é o ddi da holanda pra ligar pra família | FB
out-of-domain | alexa qual é o hino da grécia | FB
out-of-domain | alexa qual o prato típico de moçambique | FB
out-of-domain | alexa qual a capital da cultura europeia deste ano | FB
out-of-domain | alexa qual é a capital brasileira da tilápia | FB
out-of-domain | alexa qual é a capital nacional das flores | FB
out-of-domain | alexa piracicaba é a capital de quê | FB
out-of-domain | alexa qual é a capital da região metropolitana de campinas | FB
out-of-domain | alexa qual é a capital do vale do silício | FB
out-of-domain | alexa qual a capital do velho oeste | FB
out-of-domain | alexa qual é a capital do condado de orange | FB
out-of-domain | alexa qual a capital da lapônia finlandesa | FB
out-of-domain | alexa qual é a capital de creta | FB
out-of-domain | alexa qual é a capital da macedônia grega de alexandre | FB
out-of-domain | alexa qual é a capital da província de gaza em moçambique | FB
out-of-domain | alexa qual é a capital da região de cacheu | FB
out-of-domain | alexa qual é a capital do departamento de rivera | FB
out-of-domain | alexa qual era a capital do brasil no império | FB
out-of-domain | alexa qual é a capital de nárnia | FB
out-of-domain | alexa qual é a capital de marte | FB
out-of-domain | alexa qual é a capital do polo norte | FB
out-of-domain | alexa qual é a capital do sertão | FB
out-of-domain | alexa qual é a capital do triângulo mineiro | FB
out-of-domain | alexa qual é a capital do oeste paulista | FB
out-of-domain | alexa qual é a capital do caribe | FB
out-of-domain | alexa qual a capital da oceania | FB
out-of-domain | alexa qual é a capital do reino de wakanda | FB
out-of-domain | alexa qual é a capital da terra média | FB
out-of-domain | alexa qual é a capital do pecado capital da novela | FB
out-of-domain | alexa o que significa punição capital | FB
out-of-domain | alexa quanto de capital preciso pra abrir uma banca na feira | FB
out-of-domain | alexa o que é ganho de capital no imposto de renda | FB
out-of-domain | alexa qual o livro o capital de quem é | FB
out-of-domain | alexa toca a música capital do samba | FB
out-of-domain | alexa quantos minutos faltam pra meia-noite | FB
out-of-domain | alexa coloca um alarme pras seis da manhã | FB
out-of-domain | alexa pausa a música | FB
out-of-domain | alexa qual é a maior ilha do mundo | FB
out-of-domain | alexa qual o ponto mais alto do brasil | FB
out-of-domain | alexa quanto é dezessete mais vinte e seis | FB
out-of-domain | alexa como se escreve o nome da capital da moldávia letra por letra | FB
out-of-domain | alexa fala uma palavra difícil | FB
follow-up | e a capital da bolívia então | BO
follow-up | e aquela da guiné equatorial | GQ
follow-up | tá e a do sudão do sul | SS
follow-up | e pra eslovênia qual é | SI
follow-up | e a da nova zelândia | NZ
follow-up | hum e da libéria | LR
follow-up | e de serra leoa qual é | SL
follow-up | e a jamaica | JM
follow-up | ok e a do panamá | PA
follow-up | e da mongólia qual é | MN
follow-up | e a de roraima | BR-RR
follow-up | e a do acre então | BR-AC
follow-up | e lá da baviera | DE-BY
follow-up | e do estado de ontário | CA-ON
follow-up | beleza e a do nepal | NP
follow-up | e de madagascar qual é | MG
follow-up | e agora a da tchéquia | CZ
follow-up | e o uzbequistão qual é | UZ
follow-up | e na croácia | HR
follow-up | e da sérvia qual que é | RS
yes-no-check | alexa a freguesa jura que {} é isso mesmo | a capital do chile é santiago=CL; a capital da jamaica é kingston=JM; a capital de cuba é havana=CU
yes-no-check | alexa o servente apostou que {} quem ganhou | a capital da bélgica é bruxelas=BE; a capital da suécia é oslo=SE; a capital da dinamarca é estocolmo=DK
yes-no-check | alexa a professora da eja disse que {} tá certo isso | a capital do tocantins é palmas=BR-TO; a capital de rondônia é porto velho=BR-RO; a capital do acre é rio branco=BR-AC
yes-no-check | alexa ocê confirma que a capital da bolívia é la paz | BO
yes-no-check | alexa bo la capital de paraguay es asunción sí o no | PY
yes-no-check | alexa the capital of the netherlands é amsterdã right | NL
yes-no-check | alexa o motoboy disse que a capital da áfrica do sul é joanesburgo é verdade | ZA
yes-no-check | alexa a capital do benin é cotonou mesmo | BJ
yes-no-check | alexa a capital da malásia é kuala lumpur ou putrajaya | MY
self-correction | alexa a freguesa quer a capital da hungria não desculpa da romênia | RO
self-correction | alexa o servente perguntou a capital do chade não do sudão | SD
self-correction | alexa capital da suazilândia não perdão do lesoto | LS
self-correction | alexa ocê me fala a capital do peru não não do paraguai | PY
self-correction | alexa capital de tonga opa de samoa | WS
self-correction | alexa a capital de ruanda quer dizer do burundi | BI
self-correction | alexa sorry capital de iowa no no ohio | US-OH
self-correction | alexa capital da baviera não da saxônia | DE-SN
self-correction | alexa qual é a capital de quebec não de ontário | CA-ON
self-correction | alexa a capital de jalisco ai errei de chiapas | MX-CHP
reverse-question | alexa a freguesa perguntou {} é capital de qual país | bangkok=CITY:Bangkok; hanói=CITY:Hanói; manila=CITY:Manila
reverse-question | alexa o servente disse que nasceu em {} é capital de que país | porto príncipe=CITY:Porto Príncipe; santo domingo=CITY:Santo Domingo; havana=CITY:Havana
reverse-question | alexa a entrega é pra um cliente de {} isso é capital de onde | caracas=CITY:Caracas; bogotá=CITY:Bogotá; quito=CITY:Quito
reverse-question | alexa na prova da eja caiu cuiabá é capital de qual estado | CITY:Cuiabá
reverse-question | alexa o piá perguntou goiânia é capital de que estado | CITY:Goiânia
reverse-question | alexa ocê sabe campo grande é capital de onde | CITY:Campo Grande
reverse-question | alexa o vovô de penedo quer saber tallinn é capital de onde | CITY:Tallinn
reverse-question | alexa kuma conacri é capital de qual país | CITY:Conacri
reverse-question | alexa hey austin é capital de qual estado | CITY:Austin
reverse-question | alexa maceió é capital de qual estado brasileiro | CITY:Maceió
everyday-name | alexa a freguesa chama de holanda mas qual a capital dos países baixos | NL
everyday-name | alexa ocê sabe a capital da inglaterra lá de londres | GB-ENG
everyday-name | alexa o servente chama de estados unidos da américa qual a capital | US
everyday-name | alexa a capital da birmânia que agora é mianmar | MM
everyday-name | alexa o vovô ainda fala ceilão qual a capital do ceilão | LK
everyday-name | alexa a yiayia fala pérsia qual é a capital da pérsia | IR
everyday-name | alexa a mamã chama de suazilândia qual é a capital | SZ
everyday-name | alexa o mecânico fala rússia mas é a união soviética qual a capital | FB
everyday-name | alexa capital da daomé que o professor falou | BJ
everyday-name | alexa qual é a capital do alto volta que virou burquina | BF
everyday-name | alexa capital da abissínia do livro de história | ET
everyday-name | alexa qual é a capital da formosa que é taiwan | TW
everyday-name | alexa capital da rodésia | ZW
everyday-name | alexa capital da costa do ouro que virou gana | GH
shared-name | alexa a freguesa quer saber a capital da geórgia do cáucaso | GE
shared-name | alexa o motoboy perguntou a capital da geórgia lá dos estados unidos | US-GA
shared-name | alexa a capital do congo belga | CD
shared-name | alexa a capital do congo francês brazzaville | CG
shared-name | alexa qual é a capital das duas coreias | KP+KR
shared-name | alexa capital da guiné africana a de conacri | GN
shared-name | alexa capital da guiana inglesa | GY
shared-name | alexa a capital do estado de washington lá no norte | US-WA
shared-name | alexa a capital de vitória o estado australiano | AU-VIC
shared-name | alexa a capital de dominica a ilha não a república | DM
shared-name | alexa qual a capital do sudão o do norte | SD
norte-parana | alexa o piá da chácara em cambé quer saber a capital {} | da nova zelândia=NZ; do canadá=CA; da irlanda=IE
fronteira | alexa aqui na linha divisória em livramento qual é a capital {} | do chile=CL; do peru=PE; da venezuela=VE
finlandes | alexa moi depois da sauna o vovô quer saber a capital {} | da letônia=LV; da polônia=PL; da bielorrússia=BY
grego | alexa yassou o papu da família quer saber a capital {} | da romênia=RO; da sérvia=RS; da albânia=AL
mocambicano | alexa maningue saudade da mamã qual é a capital {} | de angola=AO; de são tomé e príncipe=ST; do quênia=KE
guineense | alexa kuma o colega de timor quer saber a capital {} | de timor-leste=TL; da indonésia=ID; da austrália=AU
dentista | alexa na cadeira do dentista com o sugador na boca qual a capital {} | da colômbia=CO; do equador=EC; da bolívia=BO
junina | alexa no arraiá o casamento caipira vai ser de noivos {} qual a capital | chilenos=CL; mexicanos=MX; japoneses=JP
plural-capitals | alexa na expoflora de holambra a oma quer saber quais são as capitais da holanda | NL
plural-capitals | alexa o farmacêutico perguntou as duas capitais dos países baixos amsterdã e qual outra | NL
plural-capitals | alexa ocê sabe as capitais da holanda que o cumpadre perguntou | NL
plural-capitals | alexa sorry quais são as capitais da holanda please | NL
feirante | alexa o seu ahmad da barraca de tâmara quer saber a capital da palestina | PS
feirante | alexa olha a melancia olha a melancia qual é a capital da palestina | PS
motoboy | alexa a entrega é num restaurante palestino me fala a capital da palestina | PS
insonia | alexa quatro da manhã e eu rolando na cama qual é a capital da palestina | PS
"""

if __name__ == "__main__":
    build_round(51, "pt", LINES, sys.argv, "tests/Eval/pt/round51/source/build_corpus.py")
