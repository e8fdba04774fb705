"""Round 34, Portuguese (pt-BR): a new author's own mix, written blind at the start of the thirty-fifth session (brief
WRITER41.md), with speakers, situations and wordings chosen apart from rounds 30 to 33.

Regions: potiguares of Mossoró, Natal's Ponta Negra and Caicó in the Seridó ("eita bicho", "mah rapaz", "visse", "cabra
da peste"), brasilienses of the Asa Norte and the Eixão ("véi", "de rocha", "massa demais"), curitibanos and
londrinenses ("daí", "tipo assim", "bem capaz"), paulistanos of the Mooca ("orra meu", "ô meu"), gaúchos of the
Uruguayan border ("barbaridade", "bagual", "guri", "tchê") and of Porto Alegre's Cidade Baixa, sertanejos of Serra Talhada
and the Pajeú ("ave maria"), marajoaras and santarenos ("égua", "mana"), conquistenses and ilheenses of Bahia ("meu rei",
"painho"), the Triângulo Mineiro and Uberlândia ("sô", "cê", "trem"), Rio Verde in Goiás, cearenses of the Cariri and
Juazeiro do Norte ("arre égua", "macho", "meu padim"), niteroienses ("mermão"), Cabo Frio, Blumenau, Foz do Iguaçu.
Immigrant and heritage speakers: Haitians of the meat-packing plants ("bonswa", "mwen se ayisyen", "mèsi"), Argentine
tourists in Florianópolis ("che", "decime", in Spanish), Ukrainian descendants of Prudentópolis ("dobryi den"), a
Portuguese man from Porto ("ó pá", "ora pois"), Dutch descendants of Holambra ("dank je"), a Galician of Salvador, a
Frenchman ("alors", "c'est quoi"), a Mexican ("órale"), a Chinese shopkeeper of the 25 de Março, a Syrian, an Iranian,
an Algerian ("wesh"), a Ghanaian ("good morning me i am from ghana"), a Peruvian craftsman, a German in Gramado, a
Neapolitan, a Nepali ("namaskar"), a Nigerien ("sannu"), a Korean of the Bom Retiro, a New Zealander ("mate").
Learners (learner grammar on purpose: "eu não sabe capital", "capital do catar qual ser", "onde é capital de o
montenegro", "eu está aprendendo português"). Children (a six-year-old, a dinosaur drawing, Father Christmas, an aunt
abroad). Teenagers ("sem textão", "tá osso", "sem zoeira", "bagaça", GeoGuessr, a crush, an online test). Elders ("a vó
quer saber", "fala alto que eu sou surdo", a grandson abroad, eighty-two years old, "minha santa"). Work: a pharmacy
cashier, a truck driver at a fuel stop, a client's spreadsheet, a call centre, a geography teacher, a hairdresser's, a
house painter, a freight dispatcher, a restaurant kitchen, a cruise-ship waiter, an import order. Home: washing up,
cuscuz, waking up, bedtime, folding clothes, beans in the pressure cooker, a cat named Tóquio, sweeping the veranda.
Games: Stop (adedonha), Show do Milhão, flag cards, a pudding bet, a church gincana, War, a quiz app, a crossword.
Sport: friendlies, volleyball, Formula One, Neymar's clubs, Rayssa Leal, futsal, a marathon, women's handball. Travel:
backpacking in the Andes, a honeymoon on islands, a flight connection, air miles, an exchange, offshore work, a
pensioners' excursion, a Caribbean cruise.

Yes/no checks expect the place asked about, right or wrong; self-corrections (markers "não", "ou melhor", "digo", "não
pera", "ops", "quer dizer", "opa", "não peraí", "errei", "melhor", "esquece quero", "vixe não", "corrigindo", "ah não",
"não espera") expect the last place named; reverse questions CITY:<capital> as languages/pt.json names it.

Sources: LINES below in the round-12 entry format (`family | frame or sentence | expected`; a fill carries its own
preposition and article), built by build_round of tests/Eval/source/round12_hinl_corpus.py (round 34), dropping every
(utterance, locale) pair of the earlier Portuguese rounds.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
regional-speech | eita bicho alexa aqui de mossoró me diga a capital {} | da nigéria=NG; do níger=NE; do benin=BJ
regional-speech | mah rapaz alexa lá de natal quero saber a capital {} | de gana=GH; do togo=TG; de burquina faso=BF
regional-speech | ô alexa aqui na praia de ponta negra tu sabe a capital {} | da serra leoa=SL; da libéria=LR; da guiné=GN
regional-speech | véi alexa de rocha qual é a capital {} | da bielorrússia=BY; da moldávia=MD; da romênia=RO
regional-speech | alexa aqui da asa norte véi qual é a capital {} | da bulgária=BG; da sérvia=RS; da albânia=AL
regional-speech | massa demais alexa agora fala a capital {} pra mim véi | da eslovênia=SI; da eslováquia=SK; da macedônia do norte=MK
regional-speech | daí alexa tipo assim qual é a capital {} | da finlândia=FI; da noruega=NO; da suécia=SE
regional-speech | alexa aqui de curitiba daí me fala a capital {} | da dinamarca=DK; da islândia=IS; da irlanda=IE
regional-speech | orra meu alexa aqui da mooca qual é a capital {} | da itália=IT; de malta=MT; de san marino=SM
regional-speech | ô meu alexa fala aí a capital {} meu | de mônaco=MC; de andorra=AD; de liechtenstein=LI
regional-speech | barbaridade alexa aqui da fronteira qual é a capital {} guri | do uruguai=UY; da argentina=AR; do paraguai=PY
regional-speech | bagual alexa me conta a capital {} tchê | da bolívia=BO; do chile=CL; do peru=PE
regional-speech | oxe alexa aqui de serra talhada no sertão qual é a capital {} | da etiópia=ET; da eritreia=ER; de djibuti=DJ
regional-speech | ave maria alexa aqui no sertão do pajeú ninguém sabe a capital {} | da somália=SO; do quênia=KE; da tanzânia=TZ
regional-speech | égua alexa aqui do marajó qual é a capital {} | de uganda=UG; de ruanda=RW; do burundi=BI
regional-speech | lá da ilha do marajó alexa me diga a capital {} por favor | do malaui=MW; da zâmbia=ZM; do zimbábue=ZW
regional-speech | aqui de vitória da conquista alexa eu quero saber a capital {} | de botsuana=BW; da namíbia=NA; de angola=AO
regional-speech | rapaz alexa de uberlândia aqui qual a capital {} sô | de moçambique=MZ; de madagascar=MG; do lesoto=LS
regional-speech | alexa aqui do triângulo mineiro quero ver se ocê sabe a capital {} | dos comores=KM; de maurício=MU; das seicheles=SC
regional-speech | ó alexa aqui de londrina daí qual é a capital {} | do japão=JP; da china=CN; da mongólia=MN
regional-speech | alexa bem capaz que tu não sabe a capital {} | do vietnã=VN; do laos=LA; do camboja=KH
regional-speech | alexa aqui de niterói mermão qual a capital {} | da tailândia=TH; do mianmar=MM; da malásia=MY
regional-speech | aí alexa do lado de lá da ponte qual é a capital {} | da indonésia=ID; das filipinas=PH; de singapura=SG
regional-speech | eita porra alexa me diz a capital {} | do nepal=NP; do butão=BT; do bangladesh=BD
regional-speech | alexa ó aqui de blumenau a gente quer saber a capital {} | da áustria=AT; da suíça=CH; da alemanha=DE
regional-speech | mana alexa aqui de santarém qual que é a capital {} | do suriname=SR; da guiana=GY; da venezuela=VE
regional-speech | alexa aqui de rio verde goiás qual é a capital {} trem | do cazaquistão=KZ; do quirguistão=KG; do tadjiquistão=TJ
regional-speech | ô sô alexa cê sabe a capital {} | do uzbequistão=UZ; do turcomenistão=TM; do afeganistão=AF
regional-speech | arre égua alexa tu sabe a capital {} macho | do paquistão=PK; da índia=IN; do sri lanka=LK
regional-speech | alexa aqui de juazeiro do norte meu padim qual é a capital {} | do egito=EG; da líbia=LY; da tunísia=TN
regional-speech | alexa cabra da peste me responde a capital {} | da argélia=DZ; do marrocos=MA; da mauritânia=MR
regional-speech | rapaz alexa aqui em caicó tá um calor danado qual é a capital {} | do mali=ML; do senegal=SN; da gâmbia=GM
regional-speech | visse alexa e a capital {} tu sabe | da guiné-bissau=GW; de cabo verde=CV; de são tomé e príncipe=ST
regional-speech | alexa lá de mossoró terra do sal qual é a capital {} | do chade=TD; do sudão=SD; do sudão do sul=SS
regional-speech | véi alexa a galera aqui do eixão quer saber a capital {} | de camarões=CM; do gabão=GA; da guiné equatorial=GQ
regional-speech | alexa aqui da cidade baixa em porto alegre me diz a capital {} bah | da república centro-africana=CF; da república democrática do congo=CD; da república do congo=CG
regional-speech | alexa meu rei aqui de ilhéus qual a capital {} | de cuba=CU; da jamaica=JM; do haiti=HT
regional-speech | alexa painho aqui quer saber a capital {} | da república dominicana=DO; de barbados=BB; das bahamas=BS
regional-speech | alexa aqui de cabo frio qual é a capital {} mermo | de trinidad e tobago=TT; da granada=GD; de santa lúcia=LC
regional-speech | uai alexa a capital {} qual é que é | de são vicente e granadinas=VC; de são cristóvão e névis=KN; de antígua e barbuda=AG
regional-speech | alexa aqui de foz do iguaçu na tríplice fronteira qual a capital {} | da dominica=DM; do belize=BZ; da guatemala=GT
regional-speech | alexa rapaz aqui do cariri me diz a capital {} | de honduras=HN; de el salvador=SV; da nicarágua=NI
regional-speech | ei alexa daqui de boa vista do ramos qual é a capital {} | da costa rica=CR; do panamá=PA; do méxico=MX
immigrant-speech | bonswa alexa mwen se ayisyen qual é a capital {} | do haiti=HT; da república dominicana=DO; de cuba=CU
immigrant-speech | alexa eu haitiano trabalha no frigorífico qual é a capital {} | do canadá=CA; dos estados unidos=US; da frança=FR
immigrant-speech | mèsi alexa e agora a capital {} | da bélgica=BE; do luxemburgo=LU; da suíça=CH
immigrant-speech | che alexa boludo decime la capital {} | da austrália=AU; da nova zelândia=NZ; de fiji=FJ
immigrant-speech | alexa soy argentino de vacaciones en floripa cuál es la capital {} en portugués | do equador=EC; da colômbia=CO; da costa rica=CR
immigrant-speech | dobryi den alexa aqui de prudentópolis qual é a capital {} | da ucrânia=UA; da polônia=PL; da rússia=RU
immigrant-speech | alexa minha avó ucraniana pergunta a capital {} | da lituânia=LT; da letônia=LV; da estônia=EE
immigrant-speech | ó pá alexa sou do porto e quero saber a capital {} | de portugal=PT; da espanha=ES; de angola=AO
immigrant-speech | alexa ora pois diga lá a capital {} | de timor-leste=TL; de moçambique=MZ; do brasil=BR
immigrant-speech | dank je alexa aqui de holambra qual é a capital {} | da holanda=NL; da bélgica=BE; da dinamarca=DK
immigrant-speech | alexa hola soy gallego de salvador qual é a capital {} | da galiza=FB; da espanha=ES; da irlanda=IE
immigrant-speech | alors alexa je suis français a capital {} c'est quoi | do senegal=SN; da costa do marfim=CI; do marrocos=MA
immigrant-speech | alexa órale güey soy mexicano cuál es la capital {} | da guatemala=GT; de honduras=HN; de el salvador=SV
immigrant-speech | alexa ni hao eu vende na vinte e cinco de março qual capital {} | de taiwan=TW; de singapura=SG; da mongólia=MN
immigrant-speech | alexa salam aleikum eu sou sírio qual a capital {} | da síria=SY; do líbano=LB; da jordânia=JO
immigrant-speech | alexa eu sou iraniano me fala a capital {} por favor | do irã=IR; do iraque=IQ; do kuwait=KW
immigrant-speech | alexa wesh eu sou argelino qual capital {} | da argélia=DZ; da tunísia=TN; da líbia=LY
immigrant-speech | alexa good morning me i am from ghana qual é a capital {} | de gana=GH; da nigéria=NG; de serra leoa=SL
immigrant-speech | alexa eu peruano vendo artesanato qual é a capital {} | do peru=PE; da bolívia=BO; do equador=EC
immigrant-speech | alexa ich bin deutscher morando em gramado qual é a capital {} | da alemanha=DE; da áustria=AT; da hungria=HU
immigrant-speech | alexa ciao sono napoletano a capital {} qual è | da grécia=GR; de chipre=CY; da croácia=HR
immigrant-speech | alexa namaskar eu sou nepalês qual é a capital {} | do nepal=NP; do butão=BT; da índia=IN
immigrant-speech | alexa sannu eu sou do níger me fala a capital {} | do níger=NE; do chade=TD; do mali=ML
immigrant-speech | alexa eu sou coreano do bom retiro capital {} qual é | da coreia do sul=KR; do japão=JP; das filipinas=PH
immigrant-speech | alexa hello mate i'm from new zealand qual a capital {} | de tonga=TO; de samoa=WS; de vanuatu=VU
learner-speech | alexa eu não sabe capital {} me ajuda | da armênia=AM; do azerbaijão=AZ; da geórgia o país=GE
learner-speech | alexa capital {} qual ser por favor | do catar=QA; de omã=OM; do iêmen=YE
learner-speech | alexa eu precisa capital {} para escola | da arábia saudita=SA; dos emirados árabes unidos=AE; de barein=BH
learner-speech | alexa por favor falar capital {} | de israel=IL; da palestina=PS; da turquia=TR
learner-speech | alexa onde é capital de o {} | montenegro=ME; kosovo=XK; líbano=LB
learner-speech | alexa você conhece capital {} sim ou não | da bósnia e herzegovina=BA; da tchéquia=CZ; da eslovênia=SI
learner-speech | alexa eu está aprendendo português capital {} é qual | da papua-nova guiné=PG; das ilhas salomão=SB; de nauru=NR
learner-speech | alexa me dizer o capital {} obrigado | de tuvalu=TV; de quiribati=KI; de palau=PW
learner-speech | alexa qual é capital {} eu esquecer | das ilhas marshall=MH; da micronésia=FM; das maldivas=MV
child-speech | alexa minha professora perguntou a capital {} | do brasil=BR; da argentina=AR; do chile=CL
child-speech | alexa eu tenho seis anos qual é a capital {} | da frança=FR; da inglaterra=GB-ENG; da itália=IT
child-speech | alexa o dinossauro do meu desenho mora {} qual a capital de lá | na austrália=AU; no canadá=CA; no egito=EG
child-speech | alexa sabia que minha tia mora {} e qual é a capital de lá | no japão=JP; em portugal=PT; nos estados unidos=US
child-speech | alexa a capital {} é onde mora o papai noel | da finlândia=FI; da groenlândia=GL; da noruega=NO
child-speech | alexa o meu pai falou que a capital {} é bem longe qual é | da nova zelândia=NZ; da rússia=RU; da china=CN
teen-speech | alexa mano tô na prova online fala rápido a capital {} | do cazaquistão=KZ; da mongólia=MN; do butão=BT
teen-speech | alexa bora lá sem textão qual a capital {} | do brunei=BN; do camboja=KH; do laos=LA
teen-speech | alexa tá osso essa lição qual é a capital {} | da eslováquia=SK; da croácia=HR; da moldávia=MD
teen-speech | alexa meu crush vai viajar pra {} qual é a capital de lá | coreia do sul=KR; tailândia=TH; indonésia=ID
teen-speech | alexa no geoguessr caiu {} qual é a capital dessa bagaça | no quirguistão=KG; na eritreia=ER; no lesoto=LS
teen-speech | alexa é sério sem zoeira qual é a capital {} | da suazilândia=SZ; do essuatíni=SZ; de botsuana=BW
elder-speech | alexa minha filha a vó quer saber a capital {} | da polônia=PL; da hungria=HU; da romênia=RO
elder-speech | alexa meu neto foi morar {} qual é a capital de lá | na irlanda=IE; na espanha=ES; na austrália=AU
elder-speech | alexa fala alto que eu sou surdo qual é a capital {} | da tchecoslováquia=FB; da iugoslávia=FB; da alemanha oriental=FB
elder-speech | alexa no tempo do meu pai a capital {} era outra qual é agora | do brasil=BR; da nigéria=NG; do cazaquistão=KZ
elder-speech | alexa minha santa me diz a capital {} antes do jornal | de israel=IL; do vaticano=VA; de portugal=PT
elder-speech | alexa eu tô com oitenta e dois anos e nunca soube a capital {} | do canadá=CA; da austrália=AU; da turquia=TR
work-context | alexa tô fechando o caixa da farmácia me diz a capital {} | da jordânia=JO; da arábia saudita=SA; do iêmen=YE
work-context | alexa sou caminhoneiro tô parado no posto qual é a capital {} | do paraguai=PY; do uruguai=UY; da bolívia=BO
work-context | alexa pra planilha do cliente preciso da capital {} | dos emirados árabes unidos=AE; do catar=QA; de omã=OM
work-context | alexa a reunião é com o pessoal {} qual é a capital deles | da coreia do sul=KR; de taiwan=TW; de singapura=SG
work-context | alexa tô no call center e o cliente é {} qual a capital de lá | de angola=AO; de moçambique=MZ; de cabo verde=CV
work-context | alexa sou professora de geografia confirma pra mim a capital {} | do mianmar=MM; do sri lanka=LK; do paquistão=PK
work-context | alexa aqui no salão a cliente quer saber a capital {} | das maldivas=MV; das seicheles=SC; de maurício=MU
work-context | alexa tô pintando a parede e me deu vontade de saber a capital {} | do afeganistão=AF; do iraque=IQ; do kuwait=KW
work-context | alexa o frete vai {} qual é a capital de lá | pro chile=CL; pra argentina=AR; pro peru=PE
work-context | alexa tô na cozinha do restaurante qual é a capital {} | do líbano=LB; da síria=SY; da grécia=GR
work-context | alexa sou garçom no navio de cruzeiro qual é a capital {} | das bahamas=BS; de barbados=BB; de antígua e barbuda=AG
work-context | alexa o pedido de importação vem {} qual a capital deles | do vietnã=VN; da malásia=MY; da tailândia=TH
home-context | alexa enquanto eu lavo a louça me diz a capital {} | da islândia=IS; de malta=MT; de chipre=CY
home-context | alexa tô fazendo cuscuz e quero saber a capital {} | da mauritânia=MR; do senegal=SN; da gâmbia=GM
home-context | alexa acabei de acordar qual é a capital {} | da eslovênia=SI; da sérvia=RS; do montenegro=ME
home-context | alexa antes de eu dormir me fala a capital {} | de tonga=TO; de samoa=WS; de fiji=FJ
home-context | alexa dobrando roupa aqui qual é a capital {} | da namíbia=NA; da zâmbia=ZM; do malaui=MW
home-context | alexa o feijão tá na pressão enquanto isso a capital {} | da etiópia=ET; da somália=SO; do sudão=SD
home-context | alexa meu gato se chama tóquio qual é a capital {} | do japão=JP; do nepal=NP; da coreia do norte=KP
home-context | alexa tô varrendo a varanda qual é a capital {} | da guiné-bissau=GW; de são tomé e príncipe=ST; da guiné equatorial=GQ
game-context | alexa tô jogando stop e caiu a letra {} | k qual é a capital do quênia=KE; b qual é a capital de belize=BZ; m qual é a capital de moçambique=MZ
game-context | alexa no show do milhão a pergunta é a capital {} | da hungria=HU; da bulgária=BG; da albânia=AL
game-context | alexa no jogo de cartas de bandeira caiu {} qual a capital | a turquia=TR; a tunísia=TN; o gabão=GA
game-context | alexa aposta valendo pudim qual é a capital {} | do burundi=BI; de ruanda=RW; de uganda=UG
game-context | alexa na gincana da igreja perguntaram a capital {} | do togo=TG; do benin=BJ; de gana=GH
game-context | alexa no war tô atacando {} qual é a capital de verdade | a mongólia=MN; o japão=JP; a austrália=AU
game-context | alexa no quiz do aplicativo tem a capital {} | da micronésia=FM; de palau=PW; das ilhas marshall=MH
game-context | alexa tô fazendo palavra cruzada capital {} com seis letras | do japão=JP; do canadá=CA; da turquia=TR
sport-context | alexa o brasil vai jogar contra {} qual é a capital de lá | a sérvia=RS; a suíça=CH; camarões=CM
sport-context | alexa a seleção de vôlei pegou {} qual a capital | a polônia=PL; a eslovênia=SI; a argentina=AR
sport-context | alexa a fórmula um vai correr {} qual é a capital desse país | no azerbaijão=AZ; no barein=BH; em singapura=SG
sport-context | alexa o neymar jogou {} qual é a capital de lá | na arábia saudita=SA; na espanha=ES; na frança=FR
sport-context | alexa a rayssa leal vai competir {} qual é a capital | no japão=JP; na itália=IT; na austrália=AU
sport-context | alexa no futsal a gente pegou {} qual é a capital | o irã=IR; o cazaquistão=KZ; o paraguai=PY
sport-context | alexa o maratonista que ganhou é {} e a capital de lá qual é | da etiópia=ET; do quênia=KE; de uganda=UG
sport-context | alexa no handebol feminino a gente perdeu pra {} qual a capital | noruega=NO; dinamarca=DK; hungria=HU
travel-context | alexa vou fazer mochilão {} qual é a capital | no peru=PE; na colômbia=CO; no equador=EC
travel-context | alexa minha lua de mel vai ser {} qual a capital | nas maldivas=MV; em maurício=MU; em fiji=FJ
travel-context | alexa a conexão do voo é {} qual é a capital de lá | no panamá=PA; no catar=QA; nos emirados=AE
travel-context | alexa tô juntando milha pra ir {} qual é a capital | pra islândia=IS; pra irlanda=IE; pra escócia=GB-SCT
travel-context | alexa meu intercâmbio vai ser {} qual a capital de lá | no canadá=CA; na nova zelândia=NZ; na irlanda=IE
travel-context | alexa vou trabalhar embarcado perto {} qual é a capital | de angola=AO; da nigéria=NG; do gabão=GA
travel-context | alexa a excursão da terceira idade vai {} qual é a capital | pra portugal=PT; pro chile=CL; pra argentina=AR
travel-context | alexa o cruzeiro para {} qual é a capital de lá | na jamaica=JM; em barbados=BB; em santa lúcia=LC
plural-capitals | alexa quais são as capitais {} | da bolívia=BO; da áfrica do sul=ZA; da malásia=MY
plural-capitals | alexa é verdade que {} tem duas capitais quais são | o benin=BJ; a costa do marfim=CI; o sri lanka=LK
plural-capitals | alexa me fala todas as capitais {} | dos países baixos=NL; do essuatíni=SZ; da palestina=PS
plural-capitals | véi alexa a áfrica do sul tem três capitais né fala elas aí | ZA
plural-capitals | alexa minha professora disse que a bolívia tem mais de uma capital quais são | BO
plural-capitals | alexa quantas capitais tem a holanda e quais são | NL
plural-capitals | alexa eu vi que a malásia tem capital nova e velha quais são as duas | MY
plural-capitals | alexa capitais do benin as duas por favor | BJ
plural-capitals | alexa tipo a costa do marfim tem abidjan e mais qual outra capital | CI
plural-capitals | alexa do sri lanka quais são as capitais oficiais | LK
plural-capitals | alexa quais as duas capitais da suazilândia | SZ
plural-capitals | alexa me explica as capitais da palestina | PS
plural-capitals | alexa as três capitais sul-africanas quais são | ZA
plural-capitals | alexa a bolívia tem sucre e la paz né quais são as capitais dela | BO
plural-capitals | alexa lista as capitais do reino de essuatíni | SZ
plural-capitals | alexa quais são as sedes de governo e capitais da holanda | NL
plural-capitals | alexa a costa do marfim tem duas capitais me fala | CI
plural-capitals | alexa o benin é um país que tem duas capitais quais | BJ
plural-capitals | alexa a malásia tem quantas capitais | MY
plural-capitals | alexa ô sô quais são as capitais do sri lanka | LK
subdivision | alexa qual é a capital {} aqui no brasil | do rio grande do norte=BR-RN; do ceará=BR-CE; da paraíba=BR-PB
subdivision | alexa eita a capital {} qual é mesmo | de pernambuco=BR-PE; de alagoas=BR-AL; de sergipe=BR-SE
subdivision | alexa véi qual é a capital {} | de goiás=BR-GO; do tocantins=BR-TO; do mato grosso=BR-MT
subdivision | alexa tá difícil lembrar a capital {} | do mato grosso do sul=BR-MS; de rondônia=BR-RO; de roraima=BR-RR
subdivision | alexa pra prova de amanhã qual é a capital {} | do amapá=BR-AP; do amazonas=BR-AM; do acre=BR-AC
subdivision | alexa me fala a capital {} que eu sempre esqueço | do maranhão=BR-MA; do piauí=BR-PI; do pará=BR-PA
subdivision | alexa tchê qual é a capital {} | do rio grande do sul=BR-RS; de santa catarina=BR-SC; do paraná=BR-PR
subdivision | alexa mermão qual é a capital {} | do rio de janeiro o estado=BR-RJ; do espírito santo=BR-ES; de minas gerais=BR-MG
subdivision | alexa e a capital {} é qual | do estado de são paulo=BR-SP; da bahia=BR-BA; do distrito federal=BR-DF
subdivision | alexa qual a capital {} lá nos estados unidos | do texas=US-TX; da califórnia=US-CA; da flórida=US-FL
subdivision | alexa a capital {} qual é | do estado de nova york=US-NY; de nova jérsei=US-NJ; da pensilvânia=US-PA
subdivision | alexa meu primo mora {} qual é a capital do estado | em massachusetts=US-MA; em connecticut=US-CT; no michigan=US-MI
subdivision | alexa tô vendo série que passa {} qual é a capital de lá | no kentucky=US-KY; no tennessee=US-TN; na luisiana=US-LA
subdivision | alexa capital {} nos eua | do colorado=US-CO; do arizona=US-AZ; do nevada=US-NV
subdivision | alexa qual a capital {} | do alasca=US-AK; do havaí=US-HI; do oregon=US-OR
subdivision | alexa me diz a capital {} por favor | de ohio=US-OH; de illinois=US-IL; de wisconsin=US-WI
subdivision | alexa e a capital {} | da carolina do norte=US-NC; da carolina do sul=US-SC; da virgínia=US-VA
subdivision | alexa no canadá qual é a capital {} | do quebec=CA-QC; do ontário=CA-ON; da colúmbia britânica=CA-BC
subdivision | alexa a capital {} no canadá qual é | de alberta=CA-AB; de manitoba=CA-MB; da nova escócia=CA-NS
subdivision | alexa a capital {} sabe | do saskatchewan=CA-SK; do yukon=CA-YT; do nunavut=CA-NU
subdivision | alexa qual é a capital {} na austrália | de queensland=AU-QLD; da tasmânia=AU-TAS; da austrália ocidental=AU-WA
subdivision | alexa a capital {} qual que é | de nova gales do sul=AU-NSW; do estado de vitória na austrália=AU-VIC; do território do norte=AU-NT
subdivision | alexa na alemanha qual é a capital {} | da baviera=DE-BY; da saxônia=DE-SN; do hesse=DE-HE
subdivision | alexa me diz a capital {} lá da alemanha | da baixa saxônia=DE-NI; da renânia do norte-vestfália=DE-NW; da turíngia=DE-TH
subdivision | alexa qual a capital {} hein | da escócia=GB-SCT; do país de gales=GB-WLS; da irlanda do norte=GB-NIR
subdivision | alexa na índia qual é a capital {} | de goa=IN-GA; do kerala=IN-KL; do rajasthan=IN-RJ
subdivision | alexa a capital {} na índia | do maharashtra=IN-MH; do tamil nadu=IN-TN; de bengala ocidental=IN-WB
subdivision | alexa e no méxico a capital {} | de jalisco=MX-JAL; de iucatã=MX-YUC; de quintana roo=MX-ROO
subdivision | alexa qual é a capital {} lá no méxico | de oaxaca=MX-OAX; de nuevo león=MX-NLE; de chihuahua=MX-CHH
subdivision | alexa a capital da inglaterra é a mesma do reino unido qual é | GB-ENG
subdivision | alexa qual é a capital do estado de washington não a cidade | US-WA
subdivision | alexa capital do utah | US-UT
subdivision | alexa qual a capital do novo méxico | US-NM
territory | alexa qual é a capital {} | da groenlândia=GL; das ilhas faroé=FO; de svalbard=SJ
territory | alexa a capital {} qual é ela | da guiana francesa=GF; da martinica=MQ; de guadalupe=GP
territory | alexa me fala a capital {} | da polinésia francesa=PF; da nova caledônia=NC; da reunião=RE
territory | alexa qual a capital {} no caribe | de aruba=AW; de curaçao=CW; de porto rico=PR
territory | alexa a capital {} | das ilhas malvinas=FK; de gibraltar=GI; das bermudas=BM
territory | alexa qual é que é a capital {} | das ilhas cayman=KY; de guam=GU; da samoa americana=AS
territory | alexa e a capital {} sabe dizer | de taiwan=TW; do saara ocidental=EH; do kosovo=XK
territory | alexa qual é a capital da ilha de santa helena | SH
territory | alexa qual é a capital da ilha de man | IM
territory | alexa a capital de são pedro e miquelão | PM
territory | alexa qual é a capital de niue | NU
territory | alexa qual a capital das ilhas aland | AX
territory | alexa qual é a capital de são bartolomeu no caribe | BL
territory | alexa capital de anguila | AI
territory | alexa qual a capital das ilhas virgens americanas | VI
territory | alexa qual é a capital de sint maarten | SX
follow-up | e {} alexa | a do paraguai=PY; a do uruguai=UY; a da bolívia=BO
follow-up | e {} | o equador=EC; a venezuela=VE; a colômbia=CO
follow-up | tá e a capital {} então | da dinamarca=DK; da noruega=NO; da suécia=SE
follow-up | beleza agora {} | a do marrocos=MA; a da argélia=DZ; a do egito=EG
follow-up | e lá {} qual é | no laos=LA; no camboja=KH; no vietnã=VN
follow-up | agora faz {} | a bulgária=BG; a romênia=RO; a grécia=GR
follow-up | e agora a {} | do chile=CL; da argentina=AR; do peru=PE
follow-up | tá certo e {} | o quênia=KE; a tanzânia=TZ; uganda=UG
follow-up | ah tá e da {} | nigéria=NG; gana=GH; costa do marfim=CI
follow-up | ok próxima {} | a croácia=HR; a sérvia=RS; a bósnia=BA
follow-up | hum e a capital {} também | do japão=JP; da china=CN; da índia=IN
yes-no-check | alexa a capital {} né | da austrália é sydney=AU; do canadá é toronto=CA; da turquia é istambul=TR
yes-no-check | alexa é verdade que a capital {} | da suíça é genebra=CH; da nova zelândia é auckland=NZ; do marrocos é casablanca=MA
yes-no-check | alexa tô certo que a capital {} | do vietnã é hanói=VN; da nigéria é lagos=NG; do paquistão é karachi=PK
yes-no-check | alexa {} é a capital da bolívia ou não é | la paz=BO
yes-no-check | alexa confere pra mim se a capital {} | dos estados unidos é nova york=US; do brasil é o rio=BR; da índia é mumbai=IN
yes-no-check | alexa {} né alexa | a capital da alemanha é berlim=DE; a capital da espanha é barcelona=ES; a capital da itália é roma=IT
yes-no-check | alexa me tira uma dúvida {} | a capital do equador é guayaquil=EC; a capital de camarões é douala=CM; a capital da tanzânia é dar es salaam=TZ
yes-no-check | alexa a capital de minas é belo horizonte certo | BR-MG
yes-no-check | alexa a capital da bahia é feira de santana | BR-BA
yes-no-check | alexa é são paulo a capital do brasil né | BR
yes-no-check | alexa cairo é a capital do egito mesmo | EG
self-correction | alexa me responde qual é a capital {} | da áustria não da austrália=AU; da suécia ou melhor da suíça=CH; da eslováquia digo da eslovênia=SI
self-correction | alexa e a tal capital {} | do níger não pera da nigéria=NG; da guiné ops da guiné-bissau=GW; da islândia quer dizer da irlanda=IE
self-correction | alexa me fala aí a capital {} | do irã não do iraque=IQ; da gâmbia digo da zâmbia=ZM; do paraguai não não do uruguai=UY
self-correction | alexa e qual a capital {} | da mongólia opa da moldávia=MD; da letônia não da lituânia=LT; do sudão não do sudão do sul=SS
self-correction | alexa capital {} | da colômbia não peraí da costa rica=CR; do chile errei do peru=PE; do haiti não da jamaica=JM
self-correction | alexa qual é mesmo a capital {} | de malta não de chipre=CY; da líbia não da síria=SY; do togo melhor do benin=BJ
self-correction | alexa qual a capital da áfrica do sul esquece quero a de angola | AO
self-correction | alexa a capital do ceará não do piauí | BR-PI
self-correction | alexa me diz a capital do texas vixe não da flórida | US-FL
self-correction | alexa capital da eslovênia corrigindo da croácia | HR
self-correction | alexa a capital de omã ah não do iêmen | YE
self-correction | alexa qual é a capital da bélgica não espera da holanda | NL
reverse-question | alexa {} é capital de qual país | lima=CITY:Lima; quito=CITY:Quito; caracas=CITY:Caracas
reverse-question | alexa de onde que {} é capital | acra=CITY:Acra; dakar=CITY:Dakar; bamako=CITY:Bamako
reverse-question | alexa {} é a capital de que lugar | ottawa=CITY:Ottawa; canberra=CITY:Canberra; wellington=CITY:Wellington
reverse-question | alexa a cidade de {} é capital de onde | ulan bator=CITY:Ulan Bator; katmandu=CITY:Katmandu; thimphu=CITY:Thimphu
reverse-question | alexa qual país tem {} como capital | tbilisi=CITY:Tbilisi; yerevan=CITY:Yerevan; baku=CITY:Baku
reverse-question | alexa {} é capital do quê | victoria=CITY:Victoria; kingston=CITY:Kingston; la paz=CITY:La Paz
reverse-question | alexa de qual estado {} é a capital | cuiabá=CITY:Cuiabá; palmas=CITY:Palmas; boa vista=CITY:Boa Vista
reverse-question | alexa {} é capital de qual estado americano | sacramento=CITY:Sacramento; austin=CITY:Austin; albany=CITY:Albany
reverse-question | alexa porto novo é a capital de qual país | CITY:Porto Novo
official-name | alexa qual seria a capital {} | da república federativa do brasil=BR; dos estados unidos da américa=US; da federação russa=RU
official-name | alexa me diz a capital {} | da república popular da china=CN; da república islâmica do irã=IR; do reino da arábia saudita=SA
official-name | alexa hum capital {} | da confederação suíça=CH; do principado de mônaco=MC; do grão-ducado do luxemburgo=LU
official-name | alexa e a capital {} qual é | do estado plurinacional da bolívia=BO; da república bolivariana da venezuela=VE; da república oriental do uruguai=UY
official-name | alexa e agora a capital {} | do reino hachemita da jordânia=JO; do sultanato de omã=OM; do estado do catar=QA
official-name | alexa qual a capital {} mesmo | da república helênica=GR; da república socialista do vietnã=VN; dos estados federados da micronésia=FM
official-name | alexa a capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | alexa qual é a capital da república árabe do egito | EG
official-name | alexa qual é a capital do reino dos países baixos | NL
official-name | alexa capital da república democrática federal da etiópia | ET
everyday-name | alexa diz qual é a capital {} | da holanda=NL; da república tcheca=CZ; dos emirados=AE
everyday-name | alexa me fala rapidinho a capital {} | da macedônia=MK; do timor=TL; da grã-bretanha=GB
everyday-name | alexa aquela capital {} | dos eua=US; da belarus=BY; de são tomé=ST
everyday-name | alexa qual a capital da bósnia | BA
everyday-name | alexa capital de são vicente lá no caribe | VC
everyday-name | alexa qual é a capital de antígua | AG
everyday-name | alexa a capital da papua | PG
everyday-name | alexa capital de são cristóvão | KN
everyday-name | alexa qual é a capital da república centro africana | CF
everyday-name | alexa qual a capital da inglaterra | GB-ENG
shared-name | alexa então qual é a capital {} | da coreia=KP+KR; do congo=CD+CG; da geórgia=GE+US-GA
shared-name | alexa me fala agora a capital {} | das duas coreias=KP+KR; dos dois congos=CD+CG; das ilhas virgens=VG+VI
shared-name | alexa a capital {} qual é hein | da coreia comunista=KP; da coreia do samsung=KR; do congo de brazzaville=CG
shared-name | alexa e aí a capital {} | do congo belga o grandão=CD; da geórgia dos estados unidos=US-GA; da geórgia lá perto da rússia=GE
shared-name | alexa tô em dúvida qual é a capital das coreias | KP+KR
shared-name | alexa capitais dos congos | CD+CG
shared-name | alexa qual a capital da geórgia a do país não a do estado | GE
old-name | alexa me diz qual é a capital {} | do antigo zaire=CD; da antiga birmânia=MM; do antigo ceilão=LK
old-name | alexa qual era o nome e a capital {} hoje em dia | do daomé=BJ; do alto volta=BF; da abissínia=ET
old-name | alexa a capital {} que hoje é outro nome | do sião=TH; da pérsia=IR; do kampuchea=KH
old-name | alexa capital da formosa a ilha | TW
old-name | alexa qual é a capital da bechuanalândia que hoje é botsuana | BW
old-name | alexa qual é a capital da antiga niassalândia | MW
asr-artefact | alexa afinal qual é a capital {} | da ar mênia=AM; do quatar=QA; da nicarágua a=NI
asr-artefact | alexa capital {} por favor | do uz bequistão=UZ; da eslo vênia=SI; do cam boja=KH
asr-artefact | alexa a capital {} por favor | do bar rein=BH; da jor dânia=JO; de mó naco=MC
asr-artefact | alexa qual é a capital de lesto | LS
asr-artefact | alexa qual a capital de tu valu | TV
asr-artefact | alexa qual é a capital do quiribáti | KI
asr-artefact | alexa capital da sérvia ah | RS
asr-artefact | alexa qual a capital da papua nova guiné | PG
one-shot | alexa pergunta pro capitais do mundo qual é a capital {} | da hungria=HU; do cazaquistão=KZ; de ruanda=RW
one-shot | alexa abre capitais do mundo e me diz a capital {} | da letônia=LV; de nauru=NR; de vanuatu=VU
one-shot | alexa pede pro capitais do mundo a capital {} | das ilhas salomão=SB; de tuvalu=TV; de palau=PW
one-shot | alexa fala pro capitais do mundo me dizer a capital do brunei | BN
polite-request | alexa por gentileza me informa a capital {} | da dominica=DM; de granada=GD; de são vicente e granadinas=VC
polite-request | alexa se não for incômodo qual é a capital {} | do gabão=GA; do congo brazzaville=CG; do burundi=BI
polite-request | alexa fazendo favor qual é a capital {} | da eritreia=ER; de djibuti=DJ; da somália=SO
polite-request | alexa você poderia por obséquio me dizer a capital da armênia | AM
leading-filler | é é alexa a capital {} | da bielorrússia=BY; da estônia=EE; da finlândia=FI
leading-filler | então alexa é assim qual é a capital {} | da tunísia=TN; da líbia=LY; do chade=TD
leading-filler | hã alexa deixa eu ver a capital {} | da guatemala=GT; de honduras=HN; de belize=BZ
leading-filler | bom dia alexa hum hum qual a capital do quirguistão | KG
trailing-words | alexa qual a capital {} valeu | da zâmbia=ZM; do zimbábue=ZW; de botsuana=BW
trailing-words | alexa qual é a capital {} brigado viu | do lesoto=LS; do essuatíni=SZ; de moçambique=MZ
trailing-words | alexa capital {} faz favor aí tá | da costa do marfim=CI; da libéria=LR; da serra leoa=SL
trailing-words | alexa qual é a capital de são tomé e príncipe deus te abençoe | ST
do-you-know | alexa você sabe a capital {} | de quiribati=KI; da papua-nova guiné=PG; das ilhas marshall=MH
do-you-know | alexa tu conhece a capital {} | do turcomenistão=TM; do tadjiquistão=TJ; do afeganistão=AF
do-you-know | alexa cê faz ideia de qual é a capital {} | de brunei=BN; do timor-leste=TL; das filipinas=PH
do-you-know | alexa será que você sabe a capital de cabo verde | CV
bare-name | {} | alexa eritreia=ER; alexa madagascar=MG; alexa quirguistão=KG
bare-name | alexa a tal da capital {} | liechtenstein=LI; andorra=AD; mônaco=MC
bare-name | alexa {} capital | níger=NE; mali=ML; togo=TG
imperative | alexa diz aí a capital {} | da argélia=DZ; da mauritânia=MR; do senegal=SN
imperative | alexa responde a capital {} | do nepal=NP; do bangladesh=BD; do paquistão=PK
imperative | alexa procura a capital {} | de samoa=WS; de tonga=TO; de fiji=FJ
imperative | alexa descobre pra mim a capital de vanuatu | VU
direct-question | alexa qual é a capital {} hein | do sudão do sul=SS; da guiné equatorial=GQ; da república centro-africana=CF
direct-question | qual é a capital {} alexa | de omã=OM; do kuwait=KW; do barein=BH
direct-question | alexa capital {} é qual | de israel=IL; do líbano=LB; da palestina=PS
direct-question | alexa qual é a capital de moçambique | MZ
help | alexa o que que eu posso perguntar aqui | HELP
help | alexa não entendi nada como usa isso | HELP
help | alexa me ensina a usar esse negócio de capitais | HELP
help | alexa tô perdida o que eu faço agora | HELP
help | alexa me dá umas dicas de como perguntar | HELP
help | véi alexa como é que pergunta as paradas aqui | HELP
help | alexa ajuda aí que eu travei | HELP
help | alexa quais são os comandos dessa skill | HELP
help | alexa o que dá pra fazer nesse jogo das capitais | HELP
help | alexa tem instrução pra isso | HELP
help | alexa eu preciso de uma orientação | HELP
help | alexa pode me explicar o que você sabe fazer aqui | HELP
help | alexa e agora o que é que eu falo | HELP
help | alexa essa skill serve pra quê | HELP
help | alexa mi ajuda eu não entende como funciona | HELP
help | alexa quais perguntas posso fazer pra você | HELP
stop | alexa tá bom já chega de capital | STOP
stop | véi alexa para | STOP
stop | alexa silêncio que o bebê dormiu | STOP
stop | alexa chega minha filha | STOP
stop | alexa pode desligar obrigado | STOP
stop | alexa tchau | STOP
stop | alexa para com isso bicho | STOP
stop | alexa tá bom tá bom para | STOP
stop | alexa fim | STOP
stop | alexa já deu por hoje valeu | STOP
stop | alexa encerrar capitais do mundo | STOP
cancel | alexa não quero mais saber não | CANCEL
cancel | véi alexa esquece essa | CANCEL
cancel | alexa deixa pra lá não precisa | CANCEL
cancel | alexa nada não esquece | CANCEL
cancel | alexa mudei de ideia cancela | CANCEL
cancel | alexa volta não quero isso | CANCEL
cancel | alexa cancela essa pergunta que eu fiz errado | CANCEL
cancel | alexa deixa esse pedido de lado | CANCEL
cancel | alexa esquece bicho | CANCEL
cancel | alexa ah esquece deixa | CANCEL
launch | alexa carrega o capitais do mundo pra mim | LAUNCH
launch | alexa usar capitais do mundo | LAUNCH
out-of-domain | ô alexa qual é a capital {} | da sicília=FB; da catalunha=FB; da escandinávia=FB
out-of-domain | alexa me fala então a capital {} | da amazônia=FB; do agreste=FB; do recôncavo baiano=FB
out-of-domain | alexa a capital {} é qual mesmo | do nordeste=FB; da região sul=FB; do centro-oeste=FB
out-of-domain | alexa me diga qual a capital {} | do sertão do seridó=FB; da chapada dos veadeiros=FB; do marajó=FB
out-of-domain | alexa sabe a capital {} | de fernando de noronha=FB; da ilha grande=FB; de ilhabela=FB
out-of-domain | alexa qual é a capital {} do brasil | do forró=FB; do axé=FB; do sertanejo=FB
out-of-domain | alexa qual cidade é a capital {} | do chocolate=FB; da moda=FB; do calçado=FB
out-of-domain | alexa qual é a capital {} que existiu antigamente | do império romano=FB; da união soviética=FB; da prússia=FB
out-of-domain | alexa a capital {} fica onde | da ásia=FB; da áfrica=FB; da américa do sul=FB
out-of-domain | alexa qual a capital {} lá fora | da baviera antiga=FB; da toscana=FB; da andaluzia=FB
out-of-domain | alexa qual é a capital {} mesmo | da ilha de marajó no pará=FB; de atlântida=FB; de wakanda=FB
out-of-domain | alexa qual é a capital de mossoró | FB
out-of-domain | alexa qual é a capital de campina grande | FB
out-of-domain | alexa qual é a capital de natal | FB
out-of-domain | alexa capital de marte | FB
out-of-domain | alexa qual a capital da antártica | FB
out-of-domain | alexa qual é a capital da cidade do méxico | FB
out-of-domain | alexa qual a capital das ilhas heard e mcdonald | FB
out-of-domain | alexa quanto é o capital de giro que eu preciso pra abrir uma loja | FB
out-of-domain | alexa como calcular o capital social de uma empresa | FB
out-of-domain | alexa o que é letra capital | FB
out-of-domain | alexa toca a música primeiros erros do capital inicial | FB
out-of-domain | alexa qual o capital mínimo pra abrir mei | FB
out-of-domain | alexa qual é o capital da petrobras | FB
out-of-domain | alexa quando estreia o filme do capitão américa | FB
out-of-domain | alexa vai chover amanhã em mossoró | FB
out-of-domain | alexa toca luiz gonzaga | FB
out-of-domain | alexa qual é a temperatura em brasília agora | FB
out-of-domain | alexa coloca um alarme pra cinco e meia | FB
out-of-domain | alexa quanto tempo leva pra cozinhar macaxeira | FB
out-of-domain | alexa qual o resultado da mega sena | FB
out-of-domain | alexa apaga a luz do quarto | FB
out-of-domain | alexa quem ganhou o jogo do abc ontem | FB
out-of-domain | alexa que horas começa o jogo do flamengo | FB
out-of-domain | alexa põe um timer de dez minutos pro bolo | FB
out-of-domain | alexa qual é a receita de baião de dois | FB
out-of-domain | alexa qual é a moeda da argentina | FB
out-of-domain | alexa qual é a maior cidade do brasil | FB
out-of-domain | alexa quanto custa uma passagem pra paris | FB
out-of-domain | alexa qual a distância de natal até recife | FB
out-of-domain | alexa qual o rio mais comprido do mundo | FB
out-of-domain | alexa qual o hino da paraíba | FB
out-of-domain | alexa traduz obrigado pra inglês | FB
out-of-domain | alexa como se diz bom dia em japonês | FB
out-of-domain | alexa me lembra de tomar o remédio da pressão às oito | FB
out-of-domain | alexa liga pra minha filha | FB
out-of-domain | alexa toca a rádio globo | FB
out-of-domain | alexa qual é o santo de hoje | FB
out-of-domain | alexa quanto tá o preço do gás | FB
out-of-domain | alexa qual o placar do jogo da seleção | FB
out-of-domain | alexa quando é o próximo feriado | FB
out-of-domain | alexa o que é um país | FB
out-of-domain | alexa quem inventou a alexa | FB
out-of-domain | alexa qual é a raiz quadrada de cento e quarenta e quatro | FB
out-of-domain | alexa qual a previsão do tempo pra caicó | FB
out-of-domain | alexa toca xote das meninas | FB
out-of-domain | alexa me conta uma história de dormir | FB
out-of-domain | alexa faz um barulho de chuva | FB
out-of-domain | alexa qual o continente do egito | FB
out-of-domain | alexa em que país fica a torre eiffel | FB
out-of-domain | alexa o que é uma capitania hereditária | FB
out-of-domain | alexa quais foram as capitais do brasil na história | FB
out-of-domain | alexa qual é a capital nacional do forró | FB
out-of-domain | alexa qual é a capital do petróleo no brasil | FB
out-of-domain | alexa qual é a capital do sal | FB
out-of-domain | alexa qual era a capital do reino de nápoles | FB
out-of-domain | alexa qual a capital dos açores | FB
out-of-domain | alexa qual a capital do havaí antigo reino | FB
out-of-domain | alexa qual a capital da valônia | FB
out-of-domain | alexa qual a capital da lombardia | FB
out-of-domain | alexa qual é a capital da normandia | FB
out-of-domain | alexa qual é a capital da tartária | FB
out-of-domain | alexa qual é a capital de dubai | FB
out-of-domain | alexa qual é a capital de nova york a cidade | FB
out-of-domain | alexa qual é a capital de pindorama | FB
out-of-domain | alexa qual a capital de zanzibar | FB
out-of-domain | alexa capital ou interior qual é melhor pra morar | FB
out-of-domain | alexa qual a diferença entre capital e cidade | FB
out-of-domain | alexa o que quer dizer capital federal | FB
out-of-domain | alexa o que é uma capital | FB
out-of-domain | alexa onde fica o aeroporto da capital | FB
out-of-domain | alexa qual é o ônibus que vai pra capital | FB
help | eita alexa tô boiando aqui me explica como pergunto | HELP
help | véi alexa como é que essa parada funciona de rocha | HELP
help | alexa daí como que eu uso esse troço das capitais | HELP
help | barbaridade alexa não sei lidar com isso me ajuda tchê | HELP
help | alexa mwen pa konprann me ajuda como funciona | HELP
help | alexa a vó não sabe mexer fala devagar como é que faz | HELP
help | alexa sou novo aqui como faz pra perguntar uma capital | HELP
help | alexa o que eu falo pra você me dizer uma capital | HELP
help | alexa orra meu me dá uma luz aí como funciona | HELP
help | alexa me explica direitinho as regras do capitais do mundo | HELP
help | alexa posso perguntar de estado também ou só de país | HELP
help | alexa ajuda com o capitais do mundo | HELP
stop | alexa chega véi já deu | STOP
stop | eita alexa para aí bicho | STOP
stop | alexa orra meu para com essas capitais | STOP
stop | barbaridade alexa chega tchê | STOP
stop | alexa a novela vai começar para de falar | STOP
stop | alexa desliga que o patrão chegou | STOP
stop | alexa mèsi pode parar agora | STOP
stop | alexa para que eu vou dormir | STOP
stop | alexa encerra o capitais do mundo por hoje | STOP
stop | alexa chega de geografia pelo amor de deus | STOP
stop | alexa para de responder | STOP
stop | alexa fecha essa skill aí daí | STOP
stop | alexa tá bom minha filha pode desligar | STOP
stop | alexa sai do jogo das capitais | STOP
stop | alexa parou parou | STOP
stop | alexa termina a brincadeira de capital | STOP
cancel | véi alexa cancela essa aí | CANCEL
cancel | eita alexa esquece visse | CANCEL
cancel | alexa orra meu cancela isso | CANCEL
cancel | alexa deixa quieto tchê | CANCEL
cancel | alexa errei a pergunta cancela | CANCEL
cancel | alexa esquece essa capital aí | CANCEL
cancel | alexa anula a última pergunta | CANCEL
cancel | alexa daí esquece tá | CANCEL
cancel | alexa ah não cancela isso minha filha | CANCEL
cancel | alexa cancela o que eu pedi | CANCEL
cancel | alexa para não cancela só essa pergunta | CANCEL
cancel | alexa esquece o que eu pedi agora | CANCEL
cancel | alexa pode desconsiderar essa pergunta | CANCEL
cancel | alexa sem querer cancela | CANCEL
launch | alexa eita abre o capitais do mundo aí | LAUNCH
launch | véi alexa bota o capitais do mundo | LAUNCH
launch | alexa orra meu abre capitais do mundo | LAUNCH
launch | alexa inicia o jogo capitais do mundo por favor | LAUNCH
launch | alexa abre aquele das capitais do mundo | LAUNCH
launch | alexa abra capitais do mundo | LAUNCH
launch | alexa roda o capitais do mundo | LAUNCH
out-of-domain | alexa qual é a capital da ilha de itamaracá | FB
out-of-domain | alexa qual é a capital do seridó potiguar | FB
out-of-domain | alexa quanto tá o jogo do américa de natal | FB
out-of-domain | alexa toca um pagode da mooca | FB
out-of-domain | alexa qual o horário do ônibus pra taguatinga | FB
out-of-domain | alexa o eixão fecha domingo | FB
out-of-domain | alexa qual é o preço do chimarrão | FB
out-of-domain | alexa quando é a festa de são joão de mossoró | FB
out-of-domain | alexa qual é a capital da fronteira gaúcha | FB
out-of-domain | alexa qual a capital do pampa | FB
out-of-domain | alexa quantos graus tá em curitiba | FB
out-of-domain | alexa qual é a capital de holambra | FB
out-of-domain | alexa qual é a capital da cidade de blumenau | FB
out-of-domain | alexa qual a capital nacional das flores | FB
out-of-domain | alexa qual é a capital da oktoberfest | FB
out-of-domain | alexa mwen bezwen yon taksi | FB
out-of-domain | alexa quanto custa mandar dinheiro pro haiti | FB
out-of-domain | alexa qual é a capital do crato | FB
out-of-domain | alexa qual a capital do cariri | FB
out-of-domain | alexa qual é o capital que eu preciso pra investir na bolsa | FB
out-of-domain | alexa qual é a capital do carnaval | FB
out-of-domain | alexa quem é o governador do rio grande do norte | FB
launch | alexa mah rapaz abre aí o capitais do mundo | LAUNCH
launch | alexa daí abre o capitais do mundo pra piazada | LAUNCH
launch | alexa bonswa abre capitais do mundo | LAUNCH
cancel | alexa bem capaz esquece isso | CANCEL
cancel | alexa foi engano cancela aí | CANCEL
out-of-domain | alexa qual a capital da serra gaúcha | FB
out-of-domain | alexa toca o hino do potiguar de mossoró | FB
"""

if __name__ == "__main__":
    build_round(34, "pt", LINES, sys.argv, "tests/Eval/pt/round34/source/build_corpus.py")
