"""Round 47, Portuguese (pt-BR): a new author's own mix, written blind at the start of the fifty-first session (brief
WRITER57.md), with speakers, situations and wordings chosen apart from round 46 (curitibanos, manezinhos, the German
Vale do Itajaí, paraibanos, alagoanos, sergipanos, piauienses, tocantinenses, acreanos and rondonienses, amapaenses and
roraimenses; truck drivers on the CB radio, a retirement home, a child's homework, a geography teacher, ENEM and
Itamaraty study, bar quiz night, adedonha, the War board game, crosswords, a fishing colony, a soybean farm, a call
center, an airport gate, a Sunday family lunch; a Portuguese class for migrants, university exchange students, office
English) and from the groups round 46 lists as avoided (gaúchos, baianos, pernambucanos, paulistanos, capixabas,
cuiabanos and sul-mato-grossenses, brasilienses, potiguares, paraenses, maranhenses, mineiros, goianos, cariocas,
manauaras, cearenses; a car repair shop, a pharmacy, a bakery, a live streamer, a student house, a bus station, a
barbershop, a beauty salon, a hospital night shift, delivery motoboys, a street market, home office).

Regions: the caipira interior of São Paulo (Piracicaba, Tietê, Sorocaba: "ocê", "nóis", "sabê", "porta", "oia",
"cumpadi", "é mêmo"); oil workers of Macaé and Campos dos Goytacazes on offshore platforms ("embarcado", "folga",
"sonda"); the triple frontier of Foz do Iguaçu (portunhol, "che", Ciudad del Este).

Immigrant families and communities: Japanese-Brazilian (nikkei) families of Liberdade, Bastos and Registro ("batchan",
"ditchan", "okaasan", "itadakimasu", undokai, bon odori); Bolivian seamstresses of the Brás and the Kantuta fair
("pues", "no más", "oiga", Spanish word order); Haitian families in meat-packing towns ("bonjou", "mwen", "mèsi", "sil
vou plè"); Venezuelan families brought inland by the interiorização ("chamo", "pana", "qué fino", "vale pues");
Syrian-Lebanese families of the Vinte e Cinco de Março ("yalla", "habibi", "wallah", "inshallah", "jiddo", "teta");
African Lusophone students of UNILAB and elsewhere (Angolan "bué", "kota", "ya", "epá", "mais velho", Mozambican
"maningue", "xé").

Ages and jobs: small children, teenagers' slang ("mano", "slk", "pô véi", "na moral", "tmj"), grandparents on their
own with an Echo a grandchild set up, app drivers with passengers, a night doorman, a construction site at lunch, a
house cleaner (diarista), evangelical missionaries and a church cell group, a travel agency. Situations (each its own
family): a samba school's research for its enredo, the World Cup sticker album, the Olympic parade of nations on TV,
the Perfil board game, a phone quiz app, cooking, bedtime, a school gincana; gamers code-switching with English.

Out-of-domain: weather, music (moda de viola, kompa, kizomba, samba-enredo, Capital Inicial), smart-home, timers,
alarms, lists, prices, recipes (esfiha, salteña, quibe, missoshiru), facts about countries (population, currency,
language, time zone, flag, size, largest city, leaders), football, travel (visas, flights), "capital" in other senses
(social, de giro, aberto, de risco, pena capital, pecados capitais, Marx, "capital da moda", "do forró", "do café"),
regions with no capital in the data (continents, the Pantanal, the Amazon, the Nordeste, Scandinavia, Catalonia,
Sicily, the Basque Country, Patagonia, Siberia, Prussia, Okinawa, Hokkaido, Kabylia, Kurdistan, Tibet, Chechnya,
Flanders, Galicia, Tuscany, Easter Island, the Triângulo Mineiro, the Recôncavo), historical states (Rome, the Soviet
Union, the Incas, the Ottoman Empire, East Germany, Yugoslavia, Czechoslovakia, ancient Egypt) and fictional lands
(Wakanda, Narnia, Middle-earth, Asgard, Gotham, Far Far Away, Westeros, Pandora, Atlantis).

Yes/no checks expect the place asked about, right or wrong; self-corrections expect the last place named after the
marker; reverse questions CITY:<capital> as languages/pt.json names it; a bare shared name every place in ordinal order.
Launch lines use the invocation name "capitais do mundo".

Sources: LINES below in the round-12 entry format (`family | frame or sentence | expected`; a fill carries its own
preposition and article), one locale (pt-BR), built by build_round(47, "pt", ...) of
tests/Eval/source/round12_hinl_corpus.py.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
caipira-paulista | alexa ô sô me fala a capital {} que nóis esqueceu | da argentina=AR; do uruguai=UY; do paraguai=PY
caipira-paulista | alexa aqui em piracicaba o cumpadi quer sabê a capital {} | do chile=CL; do peru=PE; do equador=EC
caipira-paulista | alexa oia aqui ocê sabe a capital {} | da colômbia=CO; da venezuela=VE; da guiana=GY
caipira-paulista | alexa lá no sítio em tietê o povo perguntô qual é a capital {} | do suriname=SR; do panamá=PA; da costa rica=CR
caipira-paulista | alexa é mêmo qual é a capital {} hein | da nicarágua=NI; de honduras=HN; de el salvador=SV
caipira-paulista | alexa porta aberta aqui no rancho fala aí a capital da guatemala | GT
caipira-paulista | alexa nóis tá na moda de viola e o violeiro quer sabê a capital do méxico | MX
caipira-paulista | alexa em sorocaba tem um tal de belize qual a capital desse lugar | BZ
caipira-paulista | alexa vixi esqueci qual que é a capital de goiás | BR-GO
caipira-paulista | alexa ocê que sabe tudo a capital de mato grosso é cuiabá né | BR-MT
caipira-paulista | alexa fala pra mim a capital de cuba que eu tô curioso | CU
caipira-paulista | alexa o moço da festa do divino quer a capital da república dominicana | DO
offshore-macae | alexa tô embarcado na plataforma qual é a capital {} | da noruega=NO; da escócia=GB-SCT; da nigéria=NG
offshore-macae | alexa na folga de macaé me diz a capital {} | de angola=AO; do gabão=GA; da guiné equatorial=GQ
offshore-macae | alexa o técnico de campos dos goytacazes perguntou a capital {} | do catar=QA; do kuwait=KW; de omã=OM
offshore-macae | alexa lá no refeitório da sonda a galera quer a capital {} | dos emirados árabes unidos=AE; do barein=BH; da arábia saudita=SA
offshore-macae | alexa troca de turno aqui qual a capital do azerbaijão | AZ
offshore-macae | alexa o engenheiro que veio de aberdeen falou da escócia qual a capital de lá | GB-SCT
offshore-macae | alexa o helicóptero atrasou qual é a capital do turcomenistão | TM
offshore-macae | alexa o chefe de plataforma vai pra trinidad e tobago qual a capital | TT
offshore-macae | alexa vou embarcar pra guiana qual é a capital de lá | GY
offshore-macae | alexa capital do brunei por favor que o colega vai trabalhar lá | BN
offshore-macae | alexa aqui em macaé qual é a capital do estado do rio mesmo | BR-RJ
nikkei-family | alexa a batchan quer saber a capital {} | do japão=JP; da coreia do sul=KR; da china=CN
nikkei-family | alexa o ditchan lá de bastos perguntou a capital {} | da mongólia=MN; das filipinas=PH; do vietnã=VN
nikkei-family | alexa na liberdade o tio da pastelaria quer saber a capital {} | de taiwan=TW; da tailândia=TH; do camboja=KH
nikkei-family | alexa itadakimasu mas antes me diz a capital do laos | LA
nikkei-family | alexa o sansei da família quer saber qual é a capital de mianmar | MM
nikkei-family | alexa lá em registro plantando chá perguntaram a capital da indonésia | ID
nikkei-family | alexa a okaasan quer saber a capital da coreia do norte | KP
nikkei-family | alexa o primo que é dekassegui mora no japão qual é a capital de lá | JP
nikkei-family | alexa no undokai a criançada perguntou a capital de singapura | SG
nikkei-family | alexa qual é a capital do timor-leste que a obaachan esqueceu | TL
nikkei-family | alexa no bon odori alguém perguntou a capital do butão | BT
bolivian-seamstress | alexa pues qual é a capital {} | da bolívia=BO; do peru pues=PE; do chile pues=CL
bolivian-seamstress | alexa aqui na oficina de costura do brás me diz a capital {} | do paraguai=PY; do equador=EC; da argentina=AR
bolivian-seamstress | alexa no más me fala a capital {} | da espanha=ES; de cuba=CU; do uruguai=UY
bolivian-seamstress | alexa mi hija pergunta qual é a capital de la paz o de sucre da bolívia | BO
bolivian-seamstress | alexa na feira da kantuta o paisano quer a capital do brasil | BR
bolivian-seamstress | alexa yo no sé bem português qual capital de bolívia | BO
bolivian-seamstress | alexa a senhora de cochabamba quer saber a capital do méxico | MX
bolivian-seamstress | alexa oiga qual é a capital de são paulo o estado | BR-SP
haitian-family | alexa bonjou qual é a capital {} | do haiti=HT; da frança=FR; do canadá=CA
haitian-family | alexa mwen quer saber a capital {} | da jamaica=JM; de barbados=BB; das bahamas=BS
haitian-family | alexa meu irmão em santa catarina pergunta a capital {} | do senegal=SN; do benin=BJ; do togo=TG
haitian-family | alexa o pastor da igreja haitiana quer saber a capital de santa lúcia | LC
haitian-family | alexa eu haitiano trabalha no frigorífico qual capital de dominica | DM
haitian-family | alexa mèsi mas e a capital de granada o país | GD
haitian-family | alexa minha filha nasceu aqui quer saber a capital de são vicente e granadinas | VC
haitian-family | alexa qual é a capital de antígua e barbuda sil vou plè | AG
haitian-family | alexa minha tia mora em guadalupe qual a capital de lá | GP
haitian-family | alexa em são cristóvão e névis qual é a capital | KN
venezuelan-family | alexa chamo qual é a capital {} | da venezuela=VE; da colômbia=CO; do panamá=PA
venezuelan-family | alexa pana me diz a capital {} por favor | de trinidad=TT; de curaçao=CW; de aruba=AW
venezuelan-family | alexa viemos pela interiorização pra chapecó qual a capital {} | de santa catarina=BR-SC; do rio grande do sul=BR-RS; do paraná=BR-PR
venezuelan-family | alexa qué fino me diz a capital da guiana francesa | GF
venezuelan-family | alexa a minha mãe de maracaibo quer saber a capital de porto rico | PR
venezuelan-family | alexa no abrigo a criança perguntou a capital de roraima | BR-RR
venezuelan-family | alexa vale pues qual é a capital da república dominicana | DO
venezuelan-family | alexa qual é a capital de honduras que meu cunhado foi pra lá | HN
arab-brazilian | alexa yalla me diz a capital {} | do líbano=LB; da síria=SY; da jordânia=JO
arab-brazilian | alexa habibi qual é a capital {} | do egito=EG; do iraque=IQ; da palestina=PS
arab-brazilian | alexa na loja da vinte e cinco de março o patrício quer a capital {} | da turquia=TR; do chipre=CY; da armênia=AM
arab-brazilian | alexa inshallah a gente vai pro marrocos qual é a capital | MA
arab-brazilian | alexa o jiddo veio de zahle qual é a capital do líbano | LB
arab-brazilian | alexa a teta fazendo esfiha quer saber a capital da argélia | DZ
arab-brazilian | alexa lá em foz do iguaçu na mesquita perguntaram a capital da tunísia | TN
arab-brazilian | alexa wallah não lembro a capital da líbia | LY
arab-brazilian | alexa o primo de damasco perguntou qual a capital do iêmen | YE
arab-brazilian | alexa qual é a capital do irã o tio quer saber | IR
arab-brazilian | alexa a capital de israel qual é | IL
lusophone-students | alexa bué fixe me diz a capital {} | de angola=AO; de moçambique=MZ; de cabo verde=CV
lusophone-students | alexa ya mano qual é a capital {} | da guiné-bissau=GW; de são tomé e príncipe=ST; de timor-leste=TL
lusophone-students | alexa o kota lá da república quer saber a capital {} | da zâmbia=ZM; do zimbábue=ZW; do malaui=MW
lusophone-students | alexa maningue nice qual é a capital da tanzânia | TZ
lusophone-students | alexa sou estudante da unilab qual é a capital da namíbia | NA
lusophone-students | alexa epá a capital do congo brazzaville qual é | CG
lusophone-students | alexa aqui em redenção no ceará o colega pergunta a capital da república democrática do congo | CD
lusophone-students | alexa na residência estudantil querem saber a capital de botsuana | BW
lusophone-students | alexa o mais velho de luanda pergunta a capital do ruanda | RW
lusophone-students | alexa xé rapaz qual é a capital do burundi | BI
lusophone-students | alexa pá qual é a capital de portugal | PT
kids-young | alexa alexa qual é a capital {} | da alemanha=DE; da itália=IT; da inglaterra=GB-ENG
kids-young | alexa a minha professora falou da capital {} qual é | do egito=EG; da austrália=AU; do quênia=KE
kids-young | alexa eu tenho seis anos qual é a capital {} | do brasil=BR; dos estados unidos=US; da rússia=RU
kids-young | alexa alexa alexa a capital da frança | FR
kids-young | alexa mamãe deixou eu perguntar qual é a capital da índia | IN
kids-young | alexa sabe a capital do canguru a austrália | AU
kids-young | alexa qual é a capital do país dos pinguins a antártida | AQ
kids-young | alexa meu irmão falou que a capital da china é xangai é verdade | CN
kids-young | alexa qual é a capital da islândia onde tem vulcão | IS
kids-young | alexa onde mora o papai noel na finlândia qual é a capital | FI
kids-young | alexa eu quero saber a capital do país do leão rei o quênia | KE
teen-slang | alexa mano tipo qual é a capital {} | da coreia=KP+KR; do canadá=CA; da suécia=SE
teen-slang | alexa slk qual a capital {} | da dinamarca=DK; da polônia=PL; da ucrânia=UA
teen-slang | alexa pô véi me fala a capital {} rapidão | da croácia=HR; da sérvia=RS; da grécia=GR
teen-slang | alexa tô no rolê com os amigos qual é a capital da bélgica | BE
teen-slang | alexa tipo assim a capital da áustria é viena ou não | AT
teen-slang | alexa mano do céu qual a capital do nepal | NP
teen-slang | alexa real oficial qual é a capital da hungria | HU
teen-slang | alexa aí alexa sem zoeira a capital da estônia | EE
teen-slang | alexa tmj mas qual a capital da letônia | LV
teen-slang | alexa na moral qual é a capital da lituânia | LT
teen-slang | alexa crush perguntou a capital da irlanda e eu travei | IE
grandparents-alone | alexa minha filha por gentileza qual é a capital {} | de portugal=PT; da espanha=ES; da itália=IT
grandparents-alone | alexa a senhora sabe me dizer a capital {} | da suíça=CH; da holanda=NL; da tchecoslováquia não da tchéquia=CZ
grandparents-alone | alexa meu neto instalou você aqui me diz a capital {} | da iugoslávia digo da sérvia=RS; da alemanha=DE; da romênia=RO
grandparents-alone | alexa no meu tempo a capital da rússia era moscou ainda é | RU
grandparents-alone | alexa deus lhe pague qual é a capital da bulgária | BG
grandparents-alone | alexa ô moça fala mais devagar qual a capital da albânia | AL
grandparents-alone | alexa fazendo crochê aqui lembrei de perguntar a capital de luxemburgo | LU
grandparents-alone | alexa o padre falou do vaticano tem capital | VA
grandparents-alone | alexa minha mãe era de trás-os-montes a capital de portugal é lisboa não é | PT
grandparents-alone | alexa assistindo a novela falaram da turquia qual a capital | TR
grandparents-alone | alexa a capital da macedônia qual é minha querida | MK
app-driver | alexa o passageiro quer saber a capital {} | da etiópia=ET; do sudão=SD; da eritreia=ER
app-driver | alexa tô parado no trânsito da marginal qual a capital {} | do uzbequistão=UZ; do quirguistão=KG; do tadjiquistão=TJ
app-driver | alexa corrida longa aqui me fala a capital {} | do cazaquistão=KZ; da geórgia o país=GE; da moldávia=MD
app-driver | alexa o gringo no banco de trás quer a capital do paquistão | PK
app-driver | alexa cinco estrelas pra quem souber a capital do afeganistão | AF
app-driver | alexa o passageiro é da somália qual a capital de lá | SO
app-driver | alexa indo pro aeroporto de guarulhos qual é a capital do sudão do sul | SS
app-driver | alexa o cliente disse que é de djibuti qual a capital | DJ
app-driver | alexa bateu a meta do dia agora me fala a capital do bangladesh | BD
doorman-night | alexa madrugada na portaria qual é a capital {} | da eslováquia=SK; da eslovênia=SI; de montenegro=ME
doorman-night | alexa o morador do oitavo andar perguntou a capital {} | da bósnia=BA; do kosovo=XK; da macedônia do norte=MK
doorman-night | alexa no turno da noite aqui no condomínio me diz a capital {} | de malta=MT; de mônaco=MC; de andorra=AD
doorman-night | alexa chegou uma encomenda de liechtenstein qual é a capital de lá | LI
doorman-night | alexa o síndico quer saber a capital de san marino | SM
doorman-night | alexa enquanto ninguém chega me fala a capital da bielorrússia | BY
doorman-night | alexa o interfone tá quieto qual a capital da moldávia | MD
doorman-night | alexa a moradora do bloco b é da islândia qual a capital | IS
construction-site | alexa hora do almoço na obra qual é a capital {} | da mauritânia=MR; do mali=ML; do níger=NE
construction-site | alexa o mestre de obras quer saber a capital {} | do chade=TD; dos camarões=CM; da república centro-africana=CF
construction-site | alexa aqui na laje o peão perguntou a capital {} | de serra leoa=SL; da libéria=LR; da gâmbia=GM
construction-site | alexa enquanto o cimento seca qual é a capital de burquina faso | BF
construction-site | alexa o encarregado apostou que a capital da nigéria é lagos qual é | NG
construction-site | alexa na marmita de hoje a pergunta é a capital de gana | GH
construction-site | alexa o servente veio do haiti e quer saber a capital da guiné | GN
construction-site | alexa bate-estaca parou qual a capital da costa do marfim | CI
house-cleaner | alexa tô passando pano aqui qual é a capital {} | da finlândia=FI; da noruega=NO; da suécia=SE
house-cleaner | alexa a patroa saiu me diz a capital {} | de madagascar=MG; de maurício=MU; das seicheles=SC
house-cleaner | alexa limpando a estante achei um globo qual a capital {} | das maldivas=MV; de comores=KM; do lesoto=LS
house-cleaner | alexa enquanto a roupa bate na máquina qual a capital de essuatíni | SZ
house-cleaner | alexa no meu dia de faxina quero saber a capital da uganda | UG
house-cleaner | alexa o filho da patroa perguntou a capital do sri lanka eu não sei | LK
house-cleaner | alexa passando roupa aqui qual é a capital de moçambique | MZ
missionary-church | alexa a paz do senhor qual é a capital {} | do sudão=SD; da etiópia=ET; do níger=NE
missionary-church | alexa o irmão vai em missão pra ásia qual é a capital {} | do nepal=NP; do butão=BT; do laos=LA
missionary-church | alexa na célula de quinta perguntaram a capital {} | de papua-nova guiné=PG; de vanuatu=VU; das ilhas salomão=SB
missionary-church | alexa glória a deus a missionária chegou de fiji qual é a capital | FJ
missionary-church | alexa o pastor vai pra tonga qual é a capital de lá | TO
missionary-church | alexa oremos pelo povo de quiribati qual é a capital | KI
missionary-church | alexa a irmã da igreja vai pra micronésia qual a capital | FM
missionary-church | alexa na escola bíblica dominical perguntaram a capital de israel | IL
missionary-church | alexa a missão do ano que vem é no malaui qual a capital | MW
travel-agency | alexa o cliente quer pacote pra {} qual é a capital | tailândia=TH; grécia=GR; croácia=HR
travel-agency | alexa na agência de viagens me confirma a capital {} | da nova zelândia=NZ; da austrália=AU; das ilhas marshall=MH
travel-agency | alexa lua de mel nas {} qual é a capital | maldivas=MV; seicheles=SC; bahamas=BS
travel-agency | alexa o casal quer ir pra polinésia francesa qual a capital | PF
travel-agency | alexa cruzeiro pelo caribe passa em são martinho qual a capital | MF+SX
travel-agency | alexa pra montar o roteiro qual é a capital de palau | PW
travel-agency | alexa o cliente quer mochilão pela ásia central qual a capital do tadjiquistão | TJ
travel-agency | alexa pacote pra nauru existe qual a capital | NR
travel-agency | alexa o cliente vai pra tuvalu qual é a capital de lá | TV
travel-agency | alexa a cliente quer conhecer samoa qual é a capital | AS+WS
samba-school | alexa o enredo da escola é sobre {} qual é a capital | a nigéria=NG; o senegal=SN; o benin=BJ
samba-school | alexa o carnavalesco pesquisa a capital {} | do congo=CD+CG; de angola pro samba=AO; do egito antigo=FB
samba-school | alexa na quadra da escola no ensaio técnico qual é a capital de cuba | CU
samba-school | alexa o samba-enredo fala da guiné qual a capital | GN
samba-school | alexa a ala das baianas quer saber a capital de gana | GH
samba-school | alexa o puxador de samba perguntou a capital de moçambique | MZ
samba-school | alexa pra fantasia da comissão de frente qual é a capital do mali | ML
samba-school | alexa no barracão perguntaram a capital de trinidad e tobago do carnaval de lá | TT
world-cup-stickers | alexa tô colando a figurinha {} qual é a capital | do marrocos=MA; da croácia=HR; do catar=QA
world-cup-stickers | alexa faltou a figurinha {} no álbum qual a capital | da tunísia=TN; do irã=IR; da arábia saudita=SA
world-cup-stickers | alexa troquei figurinha repetida da seleção {} qual é a capital de lá | do uruguai=UY; do japão=JP; de gales=GB-WLS
world-cup-stickers | alexa o brilhante da costa rica saiu qual é a capital | CR
world-cup-stickers | alexa completando o álbum agora qual a capital da escócia | GB-SCT
world-cup-stickers | alexa na banca de jornal o menino quer saber a capital de camarões | CM
world-cup-stickers | alexa a figurinha de gana veio rasgada qual a capital | GH
world-cup-stickers | alexa álbum da copa qual é a capital da sérvia | RS
olympics-parade | alexa no desfile das nações entrou {} qual é a capital | o quirguistão=KG; o tadjiquistão=TJ; o turcomenistão=TM
olympics-parade | alexa a delegação {} passou agora qual a capital | da eritreia=ER; do djibuti=DJ; da somália=SO
olympics-parade | alexa na abertura das olimpíadas entrou a bandeira {} qual a capital | de tuvalu=TV; de nauru=NR; de palau=PW
olympics-parade | alexa o porta-bandeira de tonga sem camisa qual é a capital | TO
olympics-parade | alexa ouro no judô pra mongólia qual é a capital | MN
olympics-parade | alexa entrou a equipe de refugiados e agora o sudão do sul qual a capital | SS
olympics-parade | alexa o narrador falou de são marino qual é a capital | SM
olympics-parade | alexa o atleta de liechtenstein entrou sozinho qual a capital | LI
olympics-parade | alexa o comentarista não sabia a capital do burundi qual é | BI
olympics-parade | alexa no quadro de medalhas a jamaica qual é a capital | JM
perfil-board-game | alexa no jogo perfil a carta é um país {} qual é a capital | a guiné-bissau=GW; o gabão=GA; o togo=TG
perfil-board-game | alexa jogando perfil com a família a dica é capital {} | do marrocos=MA; da jordânia=JO; do omã=OM
perfil-board-game | alexa perfil valendo ponto qual a capital da mauritânia | MR
perfil-board-game | alexa na rodada de perfil minha tia chutou a capital do laos qual é | LA
perfil-board-game | alexa pra conferir a resposta do perfil qual é a capital do quirguistão | KG
perfil-board-game | alexa pedi a dica número sete qual é a capital do uzbequistão | UZ
perfil-board-game | alexa a carta de perfil diz país da áfrica austral qual a capital do lesoto | LS
perfil-board-game | alexa perdi no perfil qual é a capital de são tomé | ST
quiz-app | alexa o aplicativo de quiz perguntou a capital {} | do paquistão=PK; de bangladesh=BD; do sri lanka=LK
quiz-app | alexa no perguntados caiu a capital {} qual é | da austrália=AU; da nova zelândia=NZ; do canadá=CA
quiz-app | alexa tô duelando no celular qual é a capital {} | da etiópia=ET; do quênia=KE; da tanzânia=TZ
quiz-app | alexa faltam dez segundos qual a capital de myanmar | MM
quiz-app | alexa o quiz do instagram pergunta a capital da guiné equatorial | GQ
quiz-app | alexa a pergunta de um milhão é a capital do cazaquistão | KZ
quiz-app | alexa vou pedir ajuda aos universitários qual é a capital da mongólia | MN
quiz-app | alexa valendo a coroa do perguntados qual a capital da libéria | LR
kitchen-cooking | alexa tô com a mão na massa qual é a capital {} | da itália=IT; da grécia=GR; do líbano=LB
kitchen-cooking | alexa o arroz tá no fogo me diz a capital {} | do peru=PE; do méxico=MX; da tailândia=TH
kitchen-cooking | alexa fazendo cuscuz marroquino qual é a capital {} | do marrocos pra mim=MA; da argélia=DZ; da tunísia=TN
kitchen-cooking | alexa o feijão tá na pressão qual a capital da hungria do gulache | HU
kitchen-cooking | alexa a receita é da índia qual é a capital de lá | IN
kitchen-cooking | alexa picando cebola aqui qual é a capital do vietnã | VN
kitchen-cooking | alexa o bolo tá no forno qual a capital da áustria | AT
kitchen-cooking | alexa lavando a louça me fala a capital da bélgica | BE
bedtime | alexa antes de dormir o pequeno quer saber a capital {} | da dinamarca=DK; da holanda=NL; da polônia=PL
bedtime | alexa a história de hoje é no japão qual é a capital | JP
bedtime | alexa o bebê dormiu fala baixinho qual a capital da noruega | NO
bedtime | alexa a princesa do livro mora em mônaco qual a capital | MC
bedtime | alexa último pedido antes de apagar a luz qual é a capital da suíça | CH
bedtime | alexa o ursinho viaja pra rússia qual é a capital | RU
bedtime | alexa a lenda é da irlanda qual a capital | IE
triple-frontier | alexa aqui na tríplice fronteira qual é a capital {} | do paraguai=PY; da argentina=AR; da bolívia=BO
triple-frontier | alexa cruzei a ponte da amizade qual é a capital do paraguai asunción o assunção | PY
triple-frontier | alexa che qual é a capital do uruguai | UY
triple-frontier | alexa em ciudad del este o cambista perguntou a capital de taiwan | TW
triple-frontier | alexa em foz do iguaçu qual é a capital do paraná | BR-PR
triple-frontier | alexa el turista argentino quiere saber la capital de brasil | BR
triple-frontier | alexa na aduana perguntaram a capital do chile | CL
english-gamer | alexa gg qual é a capital {} | da finlândia=FI; da suécia=SE; da dinamarca=DK
english-gamer | alexa no lobby o player é {} qual a capital | da rússia=RU; da ucrânia=UA; do cazaquistão=KZ
english-gamer | alexa what's the capital of {} | the philippines=PH; singapore=SG; malaysia=MY
english-gamer | alexa o servidor é de bahrein qual a capital | BH
english-gamer | alexa afk rapidinho qual a capital da eslováquia | SK
english-gamer | alexa no geoguessr caiu a albânia qual é a capital | AL
english-gamer | alexa meu duo é do brunei qual a capital de lá | BN
english-gamer | alexa tô no ranked e o cara é do chipre qual a capital | CY
school-gincana | alexa na gincana da escola a tarefa é a capital {} | do zimbábue=ZW; da zâmbia=ZM; de ruanda=RW
school-gincana | alexa a equipe azul precisa da capital {} | da namíbia=NA; de botsuana=BW; de uganda=UG
school-gincana | alexa valendo ponto pra sala do sexto ano qual a capital de madagascar | MG
school-gincana | alexa a prova relâmpago da gincana é a capital da república centro-africana | CF
school-gincana | alexa o professor de educação física quer saber a capital do chade | TD
school-gincana | alexa a equipe vermelha errou qual é a capital de serra leoa | SL
school-gincana | alexa a coordenadora pediu a capital de santa lúcia | LC
school-gincana | alexa na gincana pediram a capital da eslovênia | SI
subdivision | alexa qual é a capital do estado {} | da califórnia=US-CA; do texas=US-TX; da flórida=US-FL
subdivision | alexa meu primo mora em {} qual é a capital do estado | nova jérsei=US-NJ; massachusetts=US-MA; connecticut=US-CT
subdivision | alexa o sobrinho foi fazer intercâmbio {} qual a capital do estado | em ohio=US-OH; em michigan=US-MI; em illinois=US-IL
subdivision | alexa a capital {} qual é mesmo | do alasca=US-AK; do havaí=US-HI; de nevada=US-NV
subdivision | alexa o caminhoneiro americano do filme passa por {} qual a capital | oklahoma=US-OK; kansas=US-KS; nebraska=US-NE
subdivision | alexa qual a capital de {} nos estados unidos | montana=US-MT; wyoming=US-WY; idaho=US-ID
subdivision | alexa o time da nba é {} qual é a capital do estado | de utah=US-UT; do colorado=US-CO; do arizona=US-AZ
subdivision | alexa vou pra disney em orlando qual a capital da flórida | US-FL
subdivision | alexa a capital de nova york não é nova york né qual é | US-NY
subdivision | alexa qual é a capital da pensilvânia | US-PA
subdivision | alexa me fala a capital da luisiana do jazz | US-LA
subdivision | alexa a capital {} dos estados unidos | do tennessee=US-TN; do kentucky=US-KY; da virgínia=US-VA
subdivision | alexa qual a capital do estado de {} lá nos eua | iowa=US-IA; minnesota=US-MN; wisconsin=US-WI
subdivision | alexa minha irmã é babá em {} qual a capital | maryland=US-MD; delaware=US-DE; rhode island=US-RI
subdivision | alexa a capital da carolina do norte | US-NC
subdivision | alexa e a capital da carolina do sul | US-SC
subdivision | alexa qual é a capital da dakota do sul | US-SD
subdivision | alexa qual é a capital de dakota do norte | US-ND
subdivision | alexa capital do vermont e do maine | US-ME+US-VT
subdivision | alexa a capital de nova hampshire | US-NH
subdivision | alexa qual a capital do mississippi e do alabama | US-AL+US-MS
subdivision | alexa a capital do arkansas e do missouri | US-AR+US-MO
subdivision | alexa a capital do novo méxico | US-NM
subdivision | alexa qual a capital de oregon | US-OR
subdivision | alexa capital de indiana | US-IN
subdivision | alexa qual a capital da virgínia ocidental | US-WV
subdivision | alexa a capital do estado de washington não a cidade | US-WA
subdivision | alexa qual é a capital da província {} no canadá | de quebec=CA-QC; de ontário=CA-ON; da colúmbia britânica=CA-BC
subdivision | alexa minha filha mora no canadá em {} qual a capital da província | alberta=CA-AB; manitoba=CA-MB; saskatchewan=CA-SK
subdivision | alexa lá no canadá qual a capital {} | da nova escócia=CA-NS; de nova brunswick=CA-NB; da ilha do príncipe eduardo=CA-PE
subdivision | alexa a capital de terra nova e labrador | CA-NL
subdivision | alexa e a capital do yukon | CA-YT
subdivision | alexa qual é a capital dos territórios do noroeste | CA-NT
subdivision | alexa a capital de nunavut lá no ártico | CA-NU
subdivision | alexa qual é a capital do estado australiano {} | de queensland=AU-QLD; da tasmânia=AU-TAS; de nova gales do sul=AU-NSW
subdivision | alexa capital da austrália ocidental | AU-WA
subdivision | alexa qual a capital da austrália meridional | AU-SA
subdivision | alexa a capital do território do norte da austrália | AU-NT
subdivision | alexa qual é a capital do estado de vitória na austrália | AU-VIC
subdivision | alexa qual é a capital do estado indiano {} | de kerala=IN-KL; de goa=IN-GA; do rajastão=IN-RJ
subdivision | alexa a capital {} na índia | de tamil nadu=IN-TN; de maharashtra=IN-MH; de karnataka=IN-KA
subdivision | alexa qual a capital de bengala ocidental | IN-WB
subdivision | alexa a capital do punjab indiano | IN-PB
subdivision | alexa qual é a capital de uttar pradesh | IN-UP
subdivision | alexa capital de gujarat | IN-GJ
subdivision | alexa a capital de telangana | IN-TS
subdivision | alexa qual a capital de assam | IN-AS
subdivision | alexa e a capital de sikkim | IN-SK
subdivision | alexa qual é a capital do estado alemão {} | da baviera=DE-BY; da saxônia=DE-SN; de hesse=DE-HE
subdivision | alexa a capital {} na alemanha | da baixa saxônia=DE-NI; da renânia do norte-vestfália=DE-NW; de baden-württemberg=DE-BW
subdivision | alexa qual a capital da turíngia | DE-TH
subdivision | alexa a capital de brandemburgo | DE-BB
subdivision | alexa qual é a capital de schleswig-holstein | DE-SH
subdivision | alexa capital da renânia-palatinado | DE-RP
subdivision | alexa a capital do sarre | DE-SL
subdivision | alexa qual a capital da saxônia-anhalt | DE-ST
subdivision | alexa a capital de meclemburgo | DE-MV
subdivision | alexa qual é a capital {} | de pernambuco=BR-PE; do ceará=BR-CE; da bahia=BR-BA
subdivision | alexa me diz a capital {} aqui do brasil | do maranhão=BR-MA; do pará=BR-PA; do amazonas=BR-AM
subdivision | alexa qual é a capital do estado nordestino {} | de alagoas=BR-AL; de sergipe=BR-SE; do piauí=BR-PI
subdivision | alexa a capital {} qual é | do rio grande do norte=BR-RN; da paraíba=BR-PB; do tocantins=BR-TO
subdivision | alexa lá no norte qual a capital {} | do acre=BR-AC; de rondônia=BR-RO; do amapá=BR-AP
subdivision | alexa qual é a capital de minas gerais | BR-MG
subdivision | alexa capital do espírito santo | BR-ES
subdivision | alexa qual a capital de mato grosso do sul | BR-MS
subdivision | alexa a capital do distrito federal | BR-DF
subdivision | alexa qual é a capital do estado mexicano {} | de jalisco=MX-JAL; de oaxaca=MX-OAX; de chiapas=MX-CHP
subdivision | alexa a capital {} no méxico | de nuevo león=MX-NLE; de sonora=MX-SON; de yucatán=MX-YUC
subdivision | alexa qual a capital de quintana roo onde fica cancún | MX-ROO
subdivision | alexa a capital da baixa califórnia | MX-BCN
subdivision | alexa qual é a capital de veracruz | MX-VER
subdivision | alexa a capital de guanajuato | MX-GUA
subdivision | alexa qual a capital de sinaloa | MX-SIN
subdivision | alexa capital de michoacán | MX-MIC
subdivision | alexa a capital de puebla | MX-PUE
subdivision | alexa qual é a capital do estado de chihuahua | MX-CHH
subdivision | alexa a capital da baixa califórnia do sul | MX-BCS
subdivision | alexa qual é a capital da irlanda do norte | GB-NIR
subdivision | alexa qual é a capital do país de gales | GB-WLS
subdivision | alexa a capital da inglaterra | GB-ENG
subdivision | alexa qual é a capital da groenlândia | GL
subdivision | alexa a capital das ilhas faroé | FO
subdivision | alexa qual é a capital de porto rico | PR
subdivision | alexa a capital da nova caledônia | NC
subdivision | alexa qual a capital da martinica | MQ
subdivision | alexa qual é a capital de guam | GU
subdivision | alexa capital das bermudas | BM
subdivision | alexa a capital das ilhas malvinas | FK
subdivision | alexa qual a capital das ilhas cayman | KY
subdivision | alexa qual é a capital de gibraltar | GI
subdivision | alexa qual é a capital da ilha da reunião | RE
subdivision | alexa a capital de mayotte | YT
subdivision | alexa qual a capital das ilhas cook | CK
subdivision | alexa qual é a capital da ilha de man | IM
subdivision | alexa a capital de jersey | JE
subdivision | alexa a capital de hong kong | HK
subdivision | alexa macau tem capital | MO
subdivision | alexa qual é a capital do saara ocidental | EH
subdivision | alexa a capital das ilhas turcas e caicos | TC
subdivision | alexa qual é a capital das ilhas virgens britânicas | VG
subdivision | alexa a capital de santa helena | SH
subdivision | alexa qual a capital de svalbard | SJ
subdivision | alexa a capital de anguila | AI
subdivision | alexa a capital de montserrat | MS
subdivision | alexa qual é a capital de wallis e futuna | WF
subdivision | alexa a capital da ilha norfolk | NF
subdivision | alexa qual a capital de tokelau | TK
subdivision | alexa a capital de niue | NU
follow-up | e a do chile | CL
follow-up | e a capital do peru | PE
follow-up | e da colômbia | CO
follow-up | e do equador alexa | EC
follow-up | alexa e a da venezuela | VE
follow-up | agora a da bolívia | BO
follow-up | e na argentina | AR
follow-up | e a de portugal então | PT
follow-up | e a da espanha também | ES
follow-up | alexa e a do vizinho a frança | FR
follow-up | tá e a da itália | IT
follow-up | beleza e da alemanha | DE
follow-up | e a da suécia agora | SE
follow-up | e a dos estados unidos | US
follow-up | e a do canadá hein | CA
follow-up | alexa e a do japão | JP
follow-up | ok e a da coreia do sul | KR
follow-up | e agora a da china | CN
follow-up | e do egito | EG
follow-up | alexa e do quênia | KE
follow-up | e a do texas | US-TX
follow-up | e da bahia | BR-BA
follow-up | e a de quebec | CA-QC
follow-up | e a da baviera | DE-BY
follow-up | e da escócia | GB-SCT
follow-up | alexa e a outra do uruguai | UY
follow-up | e a da nova zelândia então | NZ
follow-up | e a do paraguai tchê | PY
follow-up | legal e a da índia | IN
follow-up | valeu e a da austrália | AU
follow-up | e a da rússia que é grandona | RU
follow-up | e a da turquia | TR
follow-up | hum e a do irã | IR
follow-up | e aquela do méxico | MX
follow-up | e a da grécia por favor | GR
plural-capitals | alexa quais são as capitais da bolívia | BO
plural-capitals | alexa a bolívia tem duas capitais né quais são | BO
plural-capitals | alexa pues quais capitais tem a bolívia sucre e la paz | BO
plural-capitals | alexa me fala as duas capitais da bolívia | BO
plural-capitals | alexa quais são as capitais do benin | BJ
plural-capitals | alexa o benin tem quantas capitais e quais são | BJ
plural-capitals | alexa me diz as capitais do benin porto novo e a outra | BJ
plural-capitals | alexa quais são as capitais da costa do marfim | CI
plural-capitals | alexa a costa do marfim tem duas capitais me fala elas | CI
plural-capitals | alexa quais as duas capitais da costa do marfim abidjan e qual | CI
plural-capitals | alexa quais são as capitais do sri lanka | LK
plural-capitals | alexa o sri lanka tem mais de uma capital quais | LK
plural-capitals | alexa me fala as capitais do sri lanka colombo e a outra lá | LK
plural-capitals | alexa quais são as capitais da malásia | MY
plural-capitals | alexa kuala lumpur e putrajaya são as capitais da malásia quais são | MY
plural-capitals | alexa a malásia tem duas capitais quais são elas | MY
plural-capitals | alexa quais são as capitais dos países baixos | NL
plural-capitals | alexa a holanda tem duas capitais quais são | NL
plural-capitals | alexa me diz as capitais da holanda amsterdã e haia | NL
plural-capitals | alexa quais são as capitais de essuatíni | SZ
plural-capitals | alexa a suazilândia tem duas capitais quais são | SZ
plural-capitals | alexa me fala as capitais de eswatini | SZ
plural-capitals | alexa quais são as capitais da áfrica do sul | ZA
plural-capitals | alexa a áfrica do sul tem três capitais quais são | ZA
plural-capitals | alexa me diz as três capitais da áfrica do sul pretória e as outras | ZA
plural-capitals | alexa quais são as capitais da palestina | PS
plural-capitals | alexa a palestina tem duas capitais quais | PS
plural-capitals | alexa yalla quais as capitais da palestina | PS
plural-capitals | alexa o taxista perguntou quais são as capitais da áfrica do sul | ZA
plural-capitals | alexa tô na gincana quais as capitais da costa do marfim | CI
plural-capitals | alexa o jiddo quer saber as capitais da bolívia | BO
plural-capitals | alexa mano quais capitais tem a malásia | MY
plural-capitals | alexa no perfil caiu as capitais do benin quais são | BJ
plural-capitals | alexa bué quais são as capitais da áfrica do sul | ZA
plural-capitals | alexa pro álbum da copa quais as capitais dos países baixos | NL
plural-capitals | alexa na obra perguntaram as capitais do sri lanka | LK
plural-capitals | alexa a batchan quer as capitais da malásia | MY
plural-capitals | alexa passando pano aqui quais as capitais de essuatíni | SZ
yes-no-check | alexa a capital da austrália é sydney né | AU
yes-no-check | alexa é verdade que a capital do canadá é toronto | CA
yes-no-check | alexa a capital da turquia é istambul ou não | TR
yes-no-check | alexa confirma pra mim a capital da suíça é zurique | CH
yes-no-check | alexa tô certo que a capital do marrocos é casablanca | MA
yes-no-check | alexa a capital da nigéria ainda é lagos | NG
yes-no-check | alexa brasília é a capital do brasil né | BR
yes-no-check | alexa a capital dos estados unidos é nova york certo | US
yes-no-check | alexa a capital do estado do rio é niterói né | BR-RJ
yes-no-check | alexa a capital do vietnã é ho chi minh | VN
yes-no-check | alexa a capital do paquistão é karachi não é | PK
yes-no-check | alexa a capital da tanzânia é dar es salaam ou mudou | TZ
yes-no-check | alexa a capital de mianmar é rangum ainda | MM
yes-no-check | alexa a capital do cazaquistão continua sendo almaty | KZ
yes-no-check | alexa será que a capital da bolívia é la paz | BO
yes-no-check | alexa a capital da nova zelândia é auckland confere | NZ
yes-no-check | alexa me confirma se a capital da índia é mumbai | IN
yes-no-check | alexa a capital da califórnia é los angeles né | US-CA
yes-no-check | alexa a capital do texas é houston certo | US-TX
yes-no-check | alexa a capital de quebec é montreal né | CA-QC
yes-no-check | alexa a capital da baviera é munique | DE-BY
yes-no-check | alexa bruxelas é a capital da bélgica ou da europa | BE
yes-no-check | alexa aposta aqui a capital de israel é tel aviv | IL
yes-no-check | alexa a capital da escócia é glasgow ou edimburgo | GB-SCT
yes-no-check | alexa a capital de goiás é goiânia né | BR-GO
yes-no-check | alexa a capital de santa catarina é joinville | BR-SC
yes-no-check | alexa a capital do equador é guayaquil | EC
yes-no-check | alexa a capital da costa do marfim é abidjan mesmo | CI
yes-no-check | alexa a capital da colômbia é medellín | CO
yes-no-check | alexa a capital do benin é cotonou sim ou não | BJ
yes-no-check | alexa a capital da áfrica do sul é joanesburgo | ZA
yes-no-check | alexa nova délhi é a capital da índia certo | IN
yes-no-check | alexa a capital da alemanha é bonn ainda | DE
yes-no-check | alexa a capital da flórida é miami | US-FL
self-correction | alexa qual é a capital da áustria não pera da austrália | AU
self-correction | alexa a capital da suécia digo da suíça | CH
self-correction | alexa qual a capital da eslováquia quer dizer eslovênia | SI
self-correction | alexa capital do irã ops do iraque | IQ
self-correction | alexa qual a capital da nigéria não do níger | NE
self-correction | alexa a capital da guiana não espera do suriname | SR
self-correction | alexa qual é a capital da gâmbia não da zâmbia | ZM
self-correction | alexa capital da islândia quer dizer irlanda | IE
self-correction | alexa a capital da colômbia não da colúmbia britânica | CA-BC
self-correction | alexa qual a capital do paraná não do pará | BR-PA
self-correction | alexa a capital de mato grosso do sul não só mato grosso | BR-MT
self-correction | alexa me diz a capital da letônia ou melhor da lituânia | LT
self-correction | alexa qual é a capital de montenegro digo de macedônia do norte | MK
self-correction | alexa a capital da mauritânia não de maurício | MU
self-correction | alexa capital do chade errei é do sudão | SD
self-correction | alexa qual a capital da dominica não da república dominicana | DO
self-correction | alexa a capital da romênia peraí da bulgária | BG
self-correction | alexa qual a capital do uruguai ah não do paraguai | PY
self-correction | alexa a capital da coreia do norte não do sul | KR
self-correction | alexa qual a capital do camboja corrigindo da tailândia | TH
self-correction | alexa capital de honduras não espera de el salvador | SV
self-correction | alexa qual a capital da áustria pronto falei certo áustria mesmo | AT
self-correction | alexa a capital de ohio não de iowa | US-IA
self-correction | alexa qual a capital da turíngia não da saxônia | DE-SN
self-correction | alexa a capital de queensland quer dizer da tasmânia | AU-TAS
self-correction | alexa qual é a capital do sudão do sul não do sudão | SD
self-correction | alexa a capital da guiné-bissau não só guiné | GN
self-correction | alexa qual a capital do nepal esquece do butão | BT
self-correction | alexa a capital da argélia não pera da nigéria | NG
self-correction | alexa qual é a capital de kerala não de goa | IN-GA
reverse-question | alexa lisboa é capital de qual país | CITY:Lisboa
reverse-question | alexa de que país ouagadougou é a capital | CITY:Ouagadougou
reverse-question | alexa nairóbi é capital de onde | CITY:Nairóbi
reverse-question | alexa qual país tem a capital em ulan bator | CITY:Ulan Bator
reverse-question | alexa katmandu é a capital de que país | CITY:Katmandu
reverse-question | alexa montevidéu é capital de qual país | CITY:Montevidéu
reverse-question | alexa de onde é a capital reykjavík | CITY:Reykjavík
reverse-question | alexa cartum fica em que país é capital de lá | CITY:Cartum
reverse-question | alexa bishkek é capital do quê | CITY:Bishkek
reverse-question | alexa a cidade de praia é capital de que país | CITY:Praia
reverse-question | alexa kingston é capital de qual lugar | CITY:Kingston
reverse-question | alexa georgetown é a capital de quem | CITY:Georgetown
reverse-question | alexa saint john's é capital de onde | CITY:Saint John's
reverse-question | alexa chandigarh é capital de qual estado | CITY:Chandigarh
reverse-question | alexa de qual estado salvador é a capital | CITY:Salvador
reverse-question | alexa teresina é capital de que estado | CITY:Teresina
reverse-question | alexa porto velho é capital de onde | CITY:Porto Velho
reverse-question | alexa de que estado americano sacramento é a capital | CITY:Sacramento
reverse-question | alexa tallahassee é capital do quê | CITY:Tallahassee
reverse-question | alexa hobart é a capital de onde na austrália | CITY:Hobart
reverse-question | alexa winnipeg é capital de qual província | CITY:Winnipeg
reverse-question | alexa wiesbaden é capital de que estado alemão | CITY:Wiesbaden
reverse-question | alexa mérida é capital de onde | CITY:Mérida
reverse-question | alexa la paz é capital de qual lugar | CITY:La Paz
reverse-question | alexa victoria é capital de quê | CITY:Victoria
reverse-question | alexa vitória é capital de onde | CITY:Vitória
reverse-question | alexa de que país é a capital bangkok | CITY:Bangkok
reverse-question | alexa adis abeba é capital de qual país africano | CITY:Adis Abeba
reverse-question | alexa a capital chamada tbilisi é de onde | CITY:Tbilisi
reverse-question | alexa quem tem como capital porto príncipe | CITY:Porto Príncipe
reverse-question | alexa pristina é a capital de qual país | CITY:Pristina
reverse-question | alexa tegucigalpa é capital de qual país | CITY:Tegucigalpa
reverse-question | alexa bengaluru é capital de que estado indiano | CITY:Bengaluru
reverse-question | alexa hamilton é capital de onde | CITY:Hamilton
official-name | alexa qual é a capital da república federativa do brasil | BR
official-name | alexa a capital da república portuguesa | PT
official-name | alexa qual a capital da república francesa | FR
official-name | alexa capital da república federal da alemanha | DE
official-name | alexa qual é a capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | alexa qual a capital da federação russa | RU
official-name | alexa a capital da república popular da china | CN
official-name | alexa qual é a capital da república da coreia | KR
official-name | alexa a capital da república popular democrática da coreia | KP
official-name | alexa qual a capital dos estados unidos da américa | US
official-name | alexa capital dos estados unidos mexicanos | MX
official-name | alexa qual é a capital do reino da espanha | ES
official-name | alexa a capital do reino de marrocos | MA
official-name | alexa qual a capital do reino da arábia saudita | SA
official-name | alexa a capital da república islâmica do irã | IR
official-name | alexa qual é a capital da república árabe do egito | EG
official-name | alexa a capital do estado plurinacional da bolívia | BO
official-name | alexa qual é a capital da república bolivariana da venezuela | VE
official-name | alexa a capital da república oriental do uruguai | UY
official-name | alexa qual a capital da confederação suíça | CH
official-name | alexa a capital do reino dos países baixos | NL
official-name | alexa a capital do grão-ducado de luxemburgo | LU
official-name | alexa qual é a capital do principado de mônaco | MC
official-name | alexa qual a capital do reino hachemita da jordânia | JO
official-name | alexa a capital da república democrática federal da etiópia | ET
official-name | alexa qual a capital da república federal da nigéria | NG
official-name | alexa a capital da república unida da tanzânia | TZ
official-name | alexa a capital do reino do camboja | KH
official-name | alexa qual é a capital da república socialista do vietnã | VN
official-name | alexa a capital da república democrática popular do laos | LA
official-name | alexa qual é a capital da república da índia | IN
official-name | alexa a capital do estado da cidade do vaticano | VA
official-name | alexa qual é a capital da república do suriname | SR
official-name | alexa a capital da república cooperativa da guiana | GY
everyday-name | alexa qual é a capital da holanda | NL
everyday-name | alexa capital da inglaterra e do reino unido é a mesma | GB+GB-ENG
everyday-name | alexa a capital da terra do sol nascente | JP
everyday-name | alexa qual a capital dos states | US
everyday-name | alexa qual é a capital da birmânia | MM
everyday-name | alexa a capital da suazilândia | SZ
everyday-name | alexa qual é a capital da pérsia hoje | IR
everyday-name | alexa a capital do ceilão | LK
everyday-name | alexa qual a capital da república tcheca | CZ
everyday-name | alexa capital da bielo-rússia | BY
everyday-name | alexa qual é a capital da macedônia | MK
everyday-name | alexa a capital do timor | TL
everyday-name | alexa qual a capital dos emirados | AE
everyday-name | alexa capital da grã-bretanha | GB
everyday-name | alexa qual é a capital do congo kinshasa | CD
everyday-name | alexa a capital do congo brazzaville | CG
everyday-name | alexa qual a capital da terra do tio sam | US
everyday-name | alexa a capital da terrinha | PT
everyday-name | alexa qual é a capital da bósnia | BA
everyday-name | alexa capital do laos | LA
everyday-name | alexa qual é a capital da coreia do sul a coreia do k-pop | KR
everyday-name | alexa qual a capital da rússia da terra dos czares | RU
everyday-name | alexa capital do vaticano | VA
everyday-name | alexa qual é a capital da turquia ou türkiye | TR
everyday-name | alexa qual é a capital de são tomé | ST
everyday-name | alexa capital das filipinas | PH
everyday-name | alexa qual é a capital do estado de sp | BR-SP
everyday-name | alexa a capital da república checa | CZ
everyday-name | alexa qual é a capital da papua | PG
everyday-name | alexa a capital da costa rica dos ticos | CR
everyday-name | alexa capital da guiné conacri | GN
shared-name | alexa qual é a capital da geórgia | GE+US-GA
shared-name | alexa capital do congo | CD+CG
shared-name | alexa qual a capital de washington | US-DC+US-WA
shared-name | alexa a capital da coreia | KP+KR
shared-name | alexa qual é a capital das ilhas virgens | VG+VI
shared-name | alexa capital de samoa | AS+WS
shared-name | alexa qual a capital da carolina | US-NC+US-SC
shared-name | alexa a capital da dakota | US-ND+US-SD
shared-name | alexa me fala a capital da geórgia por favor | GE+US-GA
shared-name | alexa qual é a capital de são martinho | MF+SX
shared-name | alexa capital das guianas | GF+GY
shared-name | alexa a capital da georgia o estado americano | US-GA
shared-name | alexa a capital da geórgia o país do cáucaso | GE
shared-name | alexa e a capital de washington o estado | US-WA
shared-name | alexa qual a capital dos dois congos | CD+CG
shared-name | alexa me diz a capital das duas coreias | KP+KR
shared-name | alexa a capital das carolinas | US-NC+US-SC
shared-name | alexa a capital das dakotas | US-ND+US-SD
shared-name | alexa o congo qual é a capital | CD+CG
shared-name | alexa geórgia qual é a capital | GE+US-GA
launch | alexa abrir capitais do mundo | LAUNCH
launch | alexa abre o capitais do mundo | LAUNCH
launch | alexa iniciar capitais do mundo | LAUNCH
launch | alexa inicia capitais do mundo aí | LAUNCH
launch | alexa começar capitais do mundo | LAUNCH
launch | alexa bora jogar capitais do mundo | LAUNCH
launch | alexa quero usar o capitais do mundo | LAUNCH
launch | alexa pode abrir capitais do mundo pra mim | LAUNCH
launch | alexa chama o capitais do mundo | LAUNCH
launch | alexa liga o capitais do mundo | LAUNCH
launch | alexa carregar capitais do mundo | LAUNCH
launch | alexa executar capitais do mundo | LAUNCH
launch | alexa ô sô abre capitais do mundo | LAUNCH
launch | alexa mano abre capitais do mundo aí | LAUNCH
launch | alexa minha filha abre o capitais do mundo por favor | LAUNCH
launch | alexa yalla abre capitais do mundo | LAUNCH
launch | alexa bonjou abrir capitais do mundo | LAUNCH
launch | alexa pues abre capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo pra gincana | LAUNCH
launch | alexa abre capitais do mundo que a batchan quer jogar | LAUNCH
launch | alexa tô na portaria abre capitais do mundo | LAUNCH
launch | alexa open capitais do mundo | LAUNCH
launch | alexa start capitais do mundo | LAUNCH
launch | alexa eu quer abrir capitais do mundo | LAUNCH
launch | alexa capitais do mundo | LAUNCH
launch | alexa vamos de capitais do mundo | LAUNCH
launch | alexa entra no capitais do mundo | LAUNCH
launch | alexa pede pro capitais do mundo a capital do peru | PE
launch | alexa pergunta pro capitais do mundo qual é a capital da grécia | GR
launch | alexa usa o capitais do mundo e me diz a capital do chile | CL
launch | alexa abre a skill capitais do mundo | LAUNCH
launch | alexa ativar capitais do mundo | LAUNCH
help | alexa ajuda | HELP
help | alexa me ajuda aí | HELP
help | alexa como é que funciona isso | HELP
help | alexa o que eu posso perguntar | HELP
help | alexa não entendi como jogar | HELP
help | alexa socorro como usa | HELP
help | alexa o que você sabe fazer aqui | HELP
help | alexa me explica esse jogo | HELP
help | alexa como pergunto uma capital | HELP
help | alexa quais são as opções | HELP
help | alexa tô perdido me ajuda | HELP
help | alexa ô sô como que usa esse trem | HELP
help | alexa mano como funciona essa parada | HELP
help | alexa minha filha me ensina a usar | HELP
help | alexa eu não entender como funciona | HELP
help | alexa pues cómo funciona isso | HELP
help | alexa me dá uma ajuda aqui na portaria | HELP
help | alexa o que que eu falo agora | HELP
help | alexa instruções por favor | HELP
help | alexa me dá as instruções do jogo | HELP
help | alexa como faço pra perguntar de um estado | HELP
help | alexa posso perguntar de qualquer país | HELP
help | alexa help | HELP
help | alexa help me please | HELP
help | alexa e agora o que eu faço | HELP
help | alexa preciso de ajuda com as capitais | HELP
help | alexa explica de novo como é | HELP
help | alexa habibi me ajuda aqui | HELP
help | alexa bonjou preciso de ajuda | HELP
help | alexa o que dá pra fazer com essa skill | HELP
help | alexa quais perguntas você responde | HELP
help | alexa me orienta aí | HELP
help | alexa não sei o que dizer | HELP
help | alexa como é que joga isso chamo | HELP
help | alexa vovó não sabe usar me ajuda | HELP
help | alexa tem manual disso | HELP
help | alexa o que eu preciso falar pra saber uma capital | HELP
help | alexa dá um help aí | HELP
help | alexa ajuda por favor tô travado | HELP
help | alexa ajuda rapidinho | HELP
help | alexa me dá uma luz aqui | HELP
help | alexa como é que é isso mesmo | HELP
help | alexa ensina a criança a usar | HELP
help | alexa ajuda na gincana como funciona | HELP
help | alexa ajudinha aqui por favor | HELP
stop | alexa para | STOP
stop | alexa chega | STOP
stop | alexa pode parar | STOP
stop | alexa para com isso | STOP
stop | alexa cala a boca | STOP
stop | alexa silêncio | STOP
stop | alexa desliga | STOP
stop | alexa encerra | STOP
stop | alexa sair | STOP
stop | alexa sai do jogo | STOP
stop | alexa fecha o capitais do mundo | STOP
stop | alexa já deu | STOP
stop | alexa tá bom chega | STOP
stop | alexa pode encerrar obrigada | STOP
stop | alexa para aí sô | STOP
stop | alexa mano para | STOP
stop | alexa yalla chega | STOP
stop | alexa basta | STOP
stop | alexa basta ya | STOP
stop | alexa stop | STOP
stop | alexa para tudo | STOP
stop | alexa já terminei | STOP
stop | alexa fim de jogo | STOP
stop | alexa acabou a brincadeira | STOP
stop | alexa boa noite pode parar | STOP
stop | alexa tchau | STOP
stop | alexa tchau obrigado | STOP
stop | alexa até mais | STOP
stop | alexa finaliza | STOP
stop | alexa encerrar capitais do mundo | STOP
stop | alexa eu parar agora | STOP
stop | alexa chega por hoje | STOP
stop | alexa desliga que o bebê dormiu | STOP
stop | alexa pode sair já | STOP
stop | alexa sai fora | STOP
stop | alexa fica quieta | STOP
stop | alexa para de falar | STOP
stop | alexa chega de capital | STOP
stop | alexa pode desligar minha filha | STOP
stop | alexa já tá bom obrigado | STOP
stop | alexa o patrão chegou para | STOP
stop | alexa acabou o almoço desliga | STOP
stop | alexa para o jogo agora | STOP
stop | alexa encerra a gincana | STOP
stop | alexa mèsi pode parar | STOP
cancel | alexa cancela | CANCEL
cancel | alexa cancelar | CANCEL
cancel | alexa cancela isso | CANCEL
cancel | alexa cancela essa pergunta | CANCEL
cancel | alexa esquece | CANCEL
cancel | alexa esquece isso | CANCEL
cancel | alexa deixa pra lá | CANCEL
cancel | alexa deixa quieto | CANCEL
cancel | alexa não quero mais | CANCEL
cancel | alexa desiste | CANCEL
cancel | alexa anula | CANCEL
cancel | alexa cancela aí sô | CANCEL
cancel | alexa mano cancela | CANCEL
cancel | alexa esquece o que eu falei | CANCEL
cancel | alexa não era isso cancela | CANCEL
cancel | alexa falei errado cancela | CANCEL
cancel | alexa cancela a última | CANCEL
cancel | alexa desconsidera | CANCEL
cancel | alexa ignora | CANCEL
cancel | alexa ignora essa | CANCEL
cancel | alexa cancel | CANCEL
cancel | alexa cancela pues | CANCEL
cancel | alexa eu cancelar | CANCEL
cancel | alexa deixa pra outra hora | CANCEL
cancel | alexa nada não | CANCEL
cancel | alexa nada não esquece | CANCEL
cancel | alexa cancela por favor | CANCEL
cancel | alexa cancela minha querida | CANCEL
cancel | alexa cancela o pedido | CANCEL
cancel | alexa volta cancela | CANCEL
cancel | alexa não não cancela | CANCEL
cancel | alexa pode cancelar | CANCEL
cancel | alexa cancela que o passageiro desistiu | CANCEL
cancel | alexa esquece chamo | CANCEL
cancel | alexa cancela wallah | CANCEL
cancel | alexa deixa quieto mano | CANCEL
cancel | alexa cancela que errei o país | CANCEL
cancel | alexa esquece essa capital | CANCEL
cancel | alexa cancela tudo | CANCEL
cancel | alexa não precisa mais | CANCEL
cancel | alexa desfaz | CANCEL
cancel | alexa cancela isso aí | CANCEL
cancel | alexa esquece a pergunta | CANCEL
cancel | alexa cancela a rodada | CANCEL
cancel | alexa cancela a pergunta do perfil | CANCEL
out-of-domain | alexa como vai estar o tempo {} | amanhã em piracicaba=FB; no fim de semana=FB; hoje à noite=FB
out-of-domain | alexa vai chover {} | hoje=FB; em macaé amanhã=FB; na hora do almoço=FB
out-of-domain | alexa qual a temperatura {} | agora=FB; em lisboa=FB; lá fora=FB
out-of-domain | alexa toca {} | moda de viola=FB; um pagode=FB; música sertaneja raiz=FB
out-of-domain | alexa coloca {} pra tocar | kompa haitiano=FB; música árabe=FB; kizomba=FB
out-of-domain | alexa põe {} | um samba-enredo da mangueira=FB; a playlist da copa=FB; música de ninar=FB
out-of-domain | alexa {} o volume | aumenta=FB; abaixa=FB; diminui um pouco=FB
out-of-domain | alexa acende a luz {} | da sala=FB; da cozinha=FB; do quarto das crianças=FB
out-of-domain | alexa apaga {} | a luz da varanda=FB; o abajur=FB; todas as luzes=FB
out-of-domain | alexa liga {} | o ventilador=FB; o ar-condicionado=FB; a tv da sala=FB
out-of-domain | alexa coloca um timer de {} | dez minutos pro arroz=FB; vinte minutos pro bolo=FB; cinco minutos=FB
out-of-domain | alexa me acorda {} | às cinco da manhã=FB; às seis pra embarcar=FB; daqui a meia hora=FB
out-of-domain | alexa adiciona {} na lista de compras | feijão=FB; farinha de mandioca=FB; sabão em pó=FB
out-of-domain | alexa quanto tá {} hoje | o dólar=FB; o euro=FB; o peso argentino=FB
out-of-domain | alexa quantos habitantes tem {} | o japão=FB; a nigéria=FB; a índia=FB
out-of-domain | alexa qual é a moeda {} | do japão=FB; da bolívia=FB; do haiti=FB
out-of-domain | alexa que língua se fala {} | no haiti=FB; em angola=FB; na suíça=FB
out-of-domain | alexa qual é o fuso horário {} | do japão=FB; de portugal=FB; de manaus=FB
out-of-domain | alexa que horas são {} agora | em tóquio=FB; em luanda=FB; em caracas=FB
out-of-domain | alexa como é a bandeira {} | do líbano=FB; do japão=FB; da bolívia=FB
out-of-domain | alexa qual é o tamanho {} | da rússia=FB; do brasil=FB; do vaticano=FB
out-of-domain | alexa qual a maior cidade {} | dos estados unidos=FB; da austrália=FB; da turquia=FB
out-of-domain | alexa receita de {} | esfiha fechada=FB; pastel de feira=FB; salteña boliviana=FB
out-of-domain | alexa como faz {} | um cuscuz paulista=FB; quibe assado=FB; missoshiru=FB
out-of-domain | alexa quem ganhou o jogo {} | do palmeiras=FB; do corinthians=FB; do flamengo ontem=FB
out-of-domain | alexa quando é o próximo jogo {} | da seleção=FB; do santos=FB; do xv de piracicaba=FB
out-of-domain | alexa o que significa {} | capital social=FB; capital de giro=FB; capital aberto=FB
out-of-domain | alexa o que é {} | pena capital=FB; letra maiúscula capital=FB; capital de risco=FB
out-of-domain | alexa quais são os sete pecados {} | capitais=FB
out-of-domain | alexa quem escreveu o livro o capital | FB
out-of-domain | alexa toca capital inicial | FB
out-of-domain | alexa quanto de capital eu preciso pra abrir uma empresa | FB
out-of-domain | alexa qual a capital do mundo do café | FB
out-of-domain | alexa qual cidade é a capital {} | da moda=FB; do forró=FB; mundial do carnaval=FB
out-of-domain | alexa qual é a capital de todo o continente {} | da áfrica=FB; da europa=FB; da américa do sul=FB
out-of-domain | alexa capital {} | da catalunha=FB; da sicília=FB; do país basco=FB
out-of-domain | alexa qual era a capital {} | do império romano=FB; da união soviética=FB; do império inca=FB
out-of-domain | alexa me diz a capital {} | de wakanda=FB; de nárnia=FB; da terra média=FB
out-of-domain | alexa qual a capital {} do filme | de asgard=FB; de gotham=FB; do reino tão tão distante=FB
out-of-domain | alexa qual é a capital {} na série | de westeros=FB; de pandora=FB; de atlântida=FB
out-of-domain | alexa onde fica a capital {} | da patagônia=FB; da sibéria=FB; da prússia=FB
out-of-domain | alexa qual é a capital da alemanha oriental | FB
out-of-domain | alexa qual era a capital da iugoslávia | FB
out-of-domain | alexa qual a capital da tchecoslováquia | FB
out-of-domain | alexa qual a capital do império otomano | FB
out-of-domain | alexa qual é a capital do pantanal | FB
out-of-domain | alexa capital da amazônia | FB
out-of-domain | alexa qual a capital do nordeste | FB
out-of-domain | alexa qual é a capital da escandinávia | FB
out-of-domain | alexa qual a capital do oriente médio | FB
out-of-domain | alexa qual é a capital do caribe | FB
out-of-domain | alexa qual é a capital de okinawa | FB
out-of-domain | alexa qual a capital de hokkaido | FB
out-of-domain | alexa qual é a capital da cabília | FB
out-of-domain | alexa qual é a capital do curdistão | FB
out-of-domain | alexa qual a capital do tibete | FB
out-of-domain | alexa qual é a capital da chechênia | FB
out-of-domain | alexa qual é a capital da flandres | FB
out-of-domain | alexa qual a capital da galícia | FB
out-of-domain | alexa qual é a capital da toscana | FB
out-of-domain | alexa qual a capital da ilha de páscoa | FB
out-of-domain | alexa qual é a capital de ilhabela | FB
out-of-domain | alexa qual é a capital do triângulo mineiro | FB
out-of-domain | alexa qual a capital do recôncavo baiano | FB
out-of-domain | alexa quem é o presidente {} | da bolívia=FB; do haiti=FB; da venezuela=FB
out-of-domain | alexa quem é o primeiro-ministro {} | do japão=FB; do líbano=FB; de portugal=FB
out-of-domain | alexa onde fica {} | o japão no mapa=FB; a ponte da amizade=FB; o cristo redentor=FB
out-of-domain | alexa qual é o país mais {} do mundo | populoso=FB; pequeno=FB; frio=FB
out-of-domain | alexa quantos países tem {} | na áfrica=FB; no mundo=FB; na américa do sul=FB
out-of-domain | alexa quanto tempo de voo {} | de são paulo a tóquio=FB; até luanda=FB; pra porto príncipe=FB
out-of-domain | alexa preciso de visto {} | pra ir pros estados unidos=FB; pro japão=FB; pra angola=FB
out-of-domain | alexa traduz {} | obrigado pra japonês=FB; bom dia pra árabe=FB; bonjou pra português=FB
out-of-domain | alexa como se diz {} | obrigado em crioulo haitiano=FB; água em árabe=FB; oi em coreano=FB
out-of-domain | alexa conta {} | uma piada=FB; uma história pra dormir=FB; uma curiosidade=FB
out-of-domain | alexa liga pra {} | minha mãe=FB; o síndico=FB; a patroa=FB
out-of-domain | alexa manda mensagem {} | pro meu irmão em caracas=FB; pra minha tia no haiti=FB; pro grupo da igreja=FB
out-of-domain | alexa quanto é {} | sete vezes oito=FB; cem dividido por três=FB; vinte por cento de cinquenta=FB
out-of-domain | alexa como tá o trânsito {} | na marginal=FB; pra guarulhos=FB; na ponte rio-niterói=FB
out-of-domain | alexa qual é a previsão do mar em macaé | FB
out-of-domain | alexa que dia é hoje | FB
out-of-domain | alexa que horas são | FB
out-of-domain | alexa bom dia | FB
out-of-domain | alexa você me ama | FB
out-of-domain | alexa você é casada | FB
out-of-domain | alexa canta parabéns | FB
out-of-domain | alexa qual o sentido da vida | FB
out-of-domain | alexa tem figurinha da copa pra vender | FB
out-of-domain | alexa quantas figurinhas tem o álbum da copa | FB
out-of-domain | alexa quem carrega a bandeira do brasil na abertura | FB
out-of-domain | alexa quantas medalhas o brasil ganhou | FB
out-of-domain | alexa qual o enredo da mangueira esse ano | FB
out-of-domain | alexa quando começa o carnaval | FB
out-of-domain | alexa que dia é o bon odori da liberdade | FB
out-of-domain | alexa onde tem missa em árabe em são paulo | FB
out-of-domain | alexa qual o versículo do dia | FB
out-of-domain | alexa lê o salmo vinte e três | FB
out-of-domain | alexa quanto custa uma passagem pra bolívia | FB
out-of-domain | alexa tem ônibus pra foz do iguaçu hoje | FB
out-of-domain | alexa como mando dinheiro pro haiti | FB
out-of-domain | alexa como tirar o cpf sendo estrangeiro | FB
out-of-domain | alexa onde fica a polícia federal mais perto | FB
out-of-domain | alexa quanto é o salário mínimo | FB
out-of-domain | alexa quanto ganha um embarcado | FB
out-of-domain | alexa quando é a próxima folga | FB
out-of-domain | alexa chama um carro pro aeroporto | FB
out-of-domain | alexa qual o melhor caminho pra paulista | FB
out-of-domain | alexa quanto tempo o cimento leva pra secar | FB
out-of-domain | alexa como tira mancha de vinho do sofá | FB
out-of-domain | alexa qual a senha do wifi | FB
out-of-domain | alexa qual é a resposta do perfil | FB
out-of-domain | alexa joga um dado pra mim | FB
out-of-domain | alexa sorteia um número de um a dez | FB
out-of-domain | alexa cara ou coroa | FB
out-of-domain | alexa abre o spotify | FB
out-of-domain | alexa abre o jogo do milhão | FB
out-of-domain | alexa toca o hino nacional | FB
out-of-domain | alexa toca o hino da bolívia | FB
out-of-domain | alexa quem descobriu o brasil | FB
out-of-domain | alexa quando foi a independência do haiti | FB
out-of-domain | alexa quem construiu brasília | FB
out-of-domain | alexa por que a capital mudou do rio pra brasília | FB
out-of-domain | alexa qual foi a primeira capital do brasil | FB
out-of-domain | alexa quantas capitais tem o brasil | FB
out-of-domain | alexa qual capital do brasil tem mais gente | FB
out-of-domain | alexa qual é a capital mais fria do brasil | FB
out-of-domain | alexa qual a capital mais alta do mundo | FB
out-of-domain | alexa qual a distância de são paulo até assunção | FB
out-of-domain | alexa quantos quilômetros de piracicaba a campinas | FB
out-of-domain | alexa o que é geoguessr | FB
out-of-domain | alexa quem é o melhor jogador do mundo | FB
out-of-domain | alexa quanto custa um iphone | FB
out-of-domain | alexa faz uma oração | FB
out-of-domain | alexa lembra de mim de comprar pão | FB
out-of-domain | alexa qual é o dólar blue hoje | FB
out-of-domain | alexa qual o dia do undokai | FB
out-of-domain | alexa toca a música do show do milhão | FB
out-of-domain | alexa canta uma canção de ninar | FB
out-of-domain | alexa faz barulho de chuva | FB
out-of-domain | alexa qual o nome do presidente do brasil | FB
out-of-domain | alexa qual é o prato típico do líbano | FB
out-of-domain | alexa quantos anos tem a batchan | FB
plural-capitals | alexa ô sô quais que são as capitais da bolívia | BO
plural-capitals | alexa a costureira de el alto quer saber as capitais da bolívia | BO
plural-capitals | alexa no desfile das nações entrou a bolívia quais as capitais dela | BO
plural-capitals | alexa na tríplice fronteira quais são as capitais da bolívia | BO
plural-capitals | alexa no enredo sobre o benin quais são as capitais de lá | BJ
plural-capitals | alexa bonjou quais as capitais do benin | BJ
plural-capitals | alexa na gincana caiu quais são as capitais do benin | BJ
plural-capitals | alexa o passageiro é do benin quais as capitais do país dele | BJ
plural-capitals | alexa o servente quer saber as capitais da costa do marfim | CI
plural-capitals | alexa figurinha da costa do marfim quais são as capitais | CI
plural-capitals | alexa bué quais as capitais da costa do marfim | CI
plural-capitals | alexa a irmã vai em missão pra costa do marfim quais as capitais | CI
plural-capitals | alexa a diarista perguntou quais as capitais do sri lanka | LK
plural-capitals | alexa o cliente vai pro sri lanka quais são as capitais | LK
plural-capitals | alexa pro quiz do celular as capitais do sri lanka quais são | LK
plural-capitals | alexa o sri lanka tem quantas capitais e como chamam | LK
plural-capitals | alexa o duo é da malásia quais as capitais de lá | MY
plural-capitals | alexa pacote pra malásia quais são as duas capitais | MY
plural-capitals | alexa a delegação da malásia entrou quais as capitais | MY
plural-capitals | alexa o embarcado vai pra malásia quais são as capitais | MY
plural-capitals | alexa a holanda tem mais de uma capital quais são elas | NL
plural-capitals | alexa no perfil a carta pede as capitais da holanda | NL
plural-capitals | alexa o morador do oitavo andar quer as capitais dos países baixos | NL
plural-capitals | alexa o ditchan quer saber as capitais da holanda | NL
plural-capitals | alexa na escola bíblica perguntaram as capitais da palestina | PS
plural-capitals | alexa habibi me diz as capitais da palestina | PS
plural-capitals | alexa o jiddo quer as duas capitais da palestina | PS
plural-capitals | alexa na gincana quais são as capitais da palestina | PS
plural-capitals | alexa a patroa perguntou as capitais de essuatíni | SZ
plural-capitals | alexa no perguntados quais as capitais da suazilândia | SZ
plural-capitals | alexa essuatíni tem duas capitais me fala quais | SZ
plural-capitals | alexa o kota quer saber as capitais de essuatíni | SZ
plural-capitals | alexa o carnavalesco quer as três capitais da áfrica do sul | ZA
plural-capitals | alexa a seleção da áfrica do sul quais capitais tem aquele país | ZA
plural-capitals | alexa no jogo perfil quais são as capitais da áfrica do sul | ZA
cancel | alexa ô sô cancela essa aí que nóis errou | CANCEL
cancel | alexa cancela que a batchan mudou de ideia | CANCEL
cancel | alexa pues no más cancela | CANCEL
cancel | alexa mwen cancela por favor | CANCEL
cancel | alexa cancela chamo que me confundi | CANCEL
cancel | alexa yalla esquece essa pergunta | CANCEL
cancel | alexa epá cancela isso aí | CANCEL
cancel | alexa tá de boa cancela mano | CANCEL
cancel | alexa minha filha cancela que eu perguntei errado | CANCEL
cancel | alexa o passageiro desceu pode cancelar a pergunta | CANCEL
cancel | alexa o morador voltou cancela essa | CANCEL
cancel | alexa cancela que o mestre de obras chamou | CANCEL
cancel | alexa cancela que a patroa chegou | CANCEL
cancel | alexa cancela essa em nome de jesus | CANCEL
cancel | alexa o cliente desistiu da viagem cancela | CANCEL
cancel | alexa cancela que o ensaio vai começar | CANCEL
cancel | alexa esquece a figurinha já achei | CANCEL
cancel | alexa cancela que o narrador já falou | CANCEL
cancel | alexa cancela a carta do perfil | CANCEL
cancel | alexa o tempo do quiz acabou cancela | CANCEL
cancel | alexa cancela que o leite derramou | CANCEL
cancel | alexa cancela que o nenê acordou | CANCEL
cancel | alexa che cancela eso | CANCEL
cancel | alexa cancel that bro | CANCEL
cancel | alexa cancela que a equipe azul já respondeu | CANCEL
cancel | alexa esquece o que o menino pediu | CANCEL
cancel | alexa não é essa capital não cancela | CANCEL
cancel | alexa cancela essa pergunta da bolívia | CANCEL
cancel | alexa cancela que o helicóptero chegou | CANCEL
stop | alexa oia chega por hoje sô | STOP
stop | alexa a batchan cansou pode parar | STOP
stop | alexa pues ya para | STOP
stop | alexa mèsi chega por hoje | STOP
stop | alexa para chamo que vou dormir | STOP
stop | alexa wallah chega de pergunta | STOP
stop | alexa bué de perguntas já chega | STOP
stop | alexa slk para aí | STOP
stop | alexa encerra que a corrida acabou | STOP
stop | alexa para que o morador chegou na portaria | STOP
stop | alexa acabou o horário de almoço pode parar | STOP
stop | alexa desliga que a patroa não gosta | STOP
stop | alexa encerra que o culto vai começar | STOP
stop | alexa fecha que a loja vai abrir | STOP
stop | alexa para que a bateria da escola começou | STOP
stop | alexa para que terminei o álbum | STOP
stop | alexa chega que o desfile acabou | STOP
stop | alexa para que o perfil acabou | STOP
stop | alexa sai que o arroz queimou | STOP
stop | alexa encerra a gincana que o sinal tocou | STOP
stop | alexa gg para o jogo | STOP
stop | alexa che para ya | STOP
help | alexa ô sô como é que eu pergunto as capital | HELP
help | alexa a batchan não sabe usar como que faz | HELP
help | alexa pues como pergunto uma capital aqui | HELP
help | alexa mwen não sei usar me ajuda | HELP
help | alexa ajuda aí mano como funciona o capitais do mundo | HELP
help | alexa como que eu uso isso no turno da noite | HELP
help | alexa o passageiro quer saber como funciona | HELP
help | alexa como funciona pra saber capital de estado americano | HELP
help | alexa o que eu falo pra perguntar a capital de uma província | HELP
help | alexa ajuda a equipe da gincana a usar | HELP
help | alexa yalla me ensina como pergunta | HELP
help | alexa epá como é que isto funciona | HELP
launch | alexa ô sô abre aí o capitais do mundo pra nóis | LAUNCH
launch | alexa pues abre capitais do mundo pra mi hija | LAUNCH
launch | alexa chamo abre o capitais do mundo | LAUNCH
launch | alexa habibi abre capitais do mundo | LAUNCH
launch | alexa bué abre capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo pro passageiro | LAUNCH
launch | alexa na hora do almoço abre capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo pra gente jogar perfil | LAUNCH
launch | alexa abre o capitais do mundo pra conferir a figurinha | LAUNCH
launch | alexa bora capitais do mundo no desfile das nações | LAUNCH
launch | alexa abre capitais do mundo pra ajudar no enredo | LAUNCH
launch | alexa inicia capitais do mundo na obra | LAUNCH
launch | alexa gg abre capitais do mundo | LAUNCH
launch | alexa che abrí capitais do mundo | LAUNCH
caipira-paulista | alexa o cumpadi de capivari quer sabê a capital da áustria e da hungria | AT+HU
offshore-macae | alexa na plataforma p cinquenta perguntaram a capital do gabão | GA
nikkei-family | alexa na festa do japão perguntaram a capital da coreia do sul | KR
bolivian-seamstress | alexa oiga la capital de perú qual é | PE
haitian-family | alexa mwen pa konnen a capital do haiti me diz | HT
venezuelan-family | alexa chamo qual é a capital do amazonas | BR-AM
arab-brazilian | alexa yalla qual é a capital do kuwait | KW
lusophone-students | alexa ya a capital do quênia qual é | KE
bedtime | alexa o livro da girafa é da tanzânia qual a capital | TZ
bedtime | alexa o dinossauro do desenho vive na argentina qual a capital | AR
triple-frontier | alexa o paraguaio da loja quer saber a capital do mato grosso do sul | BR-MS
triple-frontier | alexa che boludo qual a capital da argentina | AR
"""

if __name__ == "__main__":
    build_round(47, "pt", LINES, sys.argv, "tests/Eval/pt/round47/source/build_corpus.py")
