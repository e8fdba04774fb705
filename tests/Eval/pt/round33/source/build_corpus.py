"""Round 33, Portuguese (pt-BR): a new author's own mix, written blind at the start of the thirty-fourth session (brief
WRITER40.md), with speakers, situations and wordings chosen apart from rounds 29 to 32.

Regions: teresinenses of Piauí ("rapaz", "é mermo", "pois tá", "home de deus", the Serra da Capivara), alagoanos of
Maceió's Pajuçara and Arapiraca ("oxe", "marminino", "vôte", "ô xente"), macapaenses on the equator line ("meio do
mundo"), acreanos of Rio Branco, porto-velhenses, palmenses of Tocantins, campo-grandenses with their tereré,
norte-mineiros of Montes Claros ("cumpade", "ocê", "trem bão", "ixi"), the Vale do Jequitinhonha ("ô minha filha"),
juiz-foranos, the Baixada Fluminense ("qual foi", "papo reto", "tá de sacanagem"), the port of Santos, caiçaras of
Ubatuba, caipiras of the Vale do Paraíba ("mecê"), the Campos Gerais of Ponta Grossa ("piá", "bah piá"), Lages in the
cold, the Chapada Diamantina ("ôxe meu pai"), Petrolina, the Baixo São Francisco, the ABC paulista, Caruaru's fair.
Immigrant and heritage speakers: Cuban doctors ("qué bolá", "asere"), Congolese refugees ("mbote", "bonjour je suis
congolais"), Nigerians of São Paulo ("abeg", "oga"), Colombians ("parce", "qué más"), Chileans ("cachai", "po"),
Paraguayans ("mba'éichapa"), Bissau-Guinean students of the Unilab ("mantenha"), Cape Verdeans ("nha"), a Timorese
student, Filipino seafarers ("salamat po"), a Vietnamese speaker ("xin chào"), German descendants of Pomerode ("ja
gut"), an American and an English expatriate ("okay so", "cheers mate"), a Bolivian seamstress ("pues"), an Indian in
Manaus ("namastê"), a Haitian friend asked about in Spanish, a Russian woman in Joinville ("privet"), an Italian tourist,
an Israeli ("shalom"), an Afghan in Curitiba, a Turk ("merhaba"), a Venezuelan of Boa Vista, a Senegalese, a retired
Japanese ("konnichiwa", "onegai"). Learners (learner grammar on purpose: "eu não saber capital", "capital onde ser",
"eu quer conhecer", "a capital de o marrocos", "você saber capital sim"). Children (a seven-year-old, a school model,
a doll's trip, a new classmate from abroad, Mundo Bita, a lost tooth, kangaroos, pandas, the Lion King). Teenagers
("sem enrolação", "mó preguiça", "tankei", "bugou", "slk", "manda a real", GeoGuessr, a crush, a study group). Elders
(a grandmother, "fala devagar", "no meu tempo a gente decorava", the late husband's travels, the nine o'clock soap
opera, a grandson abroad, the battery radio, "benza deus"). Work: a taxi driver, a hairdresser's client, a night-shift
nurse, an ENEM cram course, a ham-radio operator, a bakery, a customs broker, a newspaper crossword maker, a delivery
rider at a red light, a TV news desk, a tourist guide at Foz, a work visa, a fishing lodge, a librarian, a missionary.
Home: dinner, ironing, the shower, bedtime, pets named after capitals, watering plants, pão de queijo, packing, breakfast,
washing the yard, a cake in the oven. Games: Perfil, hangman, a world Banco Imobiliário, a geography bingo, Quem Sou Eu,
Jogo da Vida, a crossword, a bet for a brigadeiro, a quiz app. Sport: the Copa América, the Dakar rally, the Tour de
France, surfing in Tahiti and Fiji, the chess olympiad, a friendly against Croatia, the Paralympics, the Berlin
marathon, UFC, volleyball, Roland Garros, e-sports. Travel: a Mercosul backpacking trip, an au pair year, a honeymoon,
air miles, an exchange, a church excursion, a Caribbean cruise, a long stopover, a medical residency, offshore work, a
South-East Asian backpacking trip. ASR artefacts: split words ("u crânia", "cazaquis tão", "azerbai jão", "madagas
car", "ira que"), lost accents ("nova zelandia", "mexico", "afeganistao", "arabia saudita"), dropped endings ("hondura"),
tails ("sérvia e a", "filipinas é"). Self-corrections carry a marker ("não calma", "quer dizer não", "risca isso",
"peraí troquei", "falei errado", "ou melhor", "não não", "na real", "me expressei mal", "troca pro", "ops", "digo",
"esquece esse", "errei é", "corrigindo", "perdão", "não pera", "não espera", "desculpa", "quer dizer", "me enganei",
"opa", "hã não", "melhor dizendo", "aliás", "foi mal", "pensando bem"); the last place named is expected.

Sources: LINES below in the round-12 entry format (`family | frame or sentence | expected`; a fill carries its own
preposition and article, "do cazaquistão", "da guiné-bissau"), built by build_round of
tests/Eval/source/round12_hinl_corpus.py (round 33), dropping every (utterance, locale) pair of the earlier Portuguese
rounds. Sentences (not frame fills) that a first build found in earlier rounds were deleted from the source.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
regional-speech | rapaz alexa tu sabe a capital {} é mermo | do cazaquistão=KZ; do uzbequistão=UZ; do turcomenistão=TM
regional-speech | pois tá alexa aqui de teresina quero saber a capital {} | do quirguistão=KG; do tadjiquistão=TJ
regional-speech | vixe que calor alexa diga aí a capital {} | do sudão=SD; do sudão do sul=SS; do chade=TD
regional-speech | home de deus alexa qual é a capital {} | da mauritânia=MR; do mali=ML
regional-speech | oxe alexa lá da pajuçara eu te pergunto a capital {} | de cuba=CU; da jamaica=JM; do haiti=HT
regional-speech | marminino alexa me diz ligeiro a capital {} | da república dominicana=DO; de porto rico=PR
regional-speech | vôte alexa e a capital {} tu sabe | de barbados=BB; das bahamas=BS
regional-speech | aqui do meio do mundo em macapá alexa qual a capital {} | do suriname=SR; da guiana francesa=GF
regional-speech | égua mano lá do amapá pergunta pra ti a capital {} | da guiana=GY; da venezuela=VE
regional-speech | aqui no acre a gente quer saber alexa a capital {} | do peru=PE; da colômbia=CO
regional-speech | rapaz aqui de rio branco qual é mesmo a capital {} | do equador=EC; do chile=CL
regional-speech | lá de porto velho alexa fala a capital {} pra nós | do paraguai=PY; do uruguai=UY
regional-speech | cumpade alexa ocê sabe a capital {} | da hungria=HU; da áustria=AT; da croácia=HR
regional-speech | trem bão alexa me fala aí a capital {} | da polônia=PL; da tchéquia=CZ
regional-speech | ixi alexa aqui em montes claros ninguém sabe a capital {} | da lituânia=LT; da letônia=LV; da estônia=EE
regional-speech | ô alexa de juiz de fora pra você qual que é a capital {} | da bélgica=BE; da irlanda=IE
regional-speech | qual foi alexa papo reto qual a capital {} | da nigéria=NG; de gana=GH; do togo=TG
regional-speech | lá da baixada alexa manda a capital {} aí | de camarões=CM; do gabão=GA
regional-speech | tá de sacanagem alexa eu esqueci a capital {} | da argélia=DZ; da tunísia=TN; da líbia=LY
regional-speech | mano aqui do porto de santos qual que é a capital {} | da grécia=GR; de chipre=CY; de malta=MT
regional-speech | ô alexa caiçara de ubatuba aqui qual a capital {} | das maldivas=MV; de seicheles=SC; de maurício=MU
regional-speech | mecê sabe alexa a capital {} | da noruega=NO; da finlândia=FI; da suécia=SE
regional-speech | piá alexa me fala a capital {} daí | da dinamarca=DK; da islândia=IS
regional-speech | bah piá aqui de ponta grossa qual é a capital {} | da alemanha=DE; da suíça=CH; de liechtenstein=LI
regional-speech | ôxe meu pai alexa lá da chapada qual é a capital {} | da etiópia=ET; da eritreia=ER; de djibuti=DJ
regional-speech | aqui de petrolina alexa diz a capital {} | do quênia=KE; da tanzânia=TZ; de uganda=UG
regional-speech | ô minha filha alexa do jequitinhonha quer saber a capital {} | de ruanda=RW; do burundi=BI
regional-speech | rapaz de palmas do tocantins aqui qual é a capital {} | do camboja=KH; do laos=LA; do vietnã=VN
regional-speech | aqui de campo grande tomando tereré alexa qual a capital {} | da bolívia=BO; da argentina=AR
regional-speech | nó alexa que friaca em lages me fala a capital {} | da mongólia=MN; do nepal=NP; do butão=BT
regional-speech | dona alexa aqui do baixo são francisco qual é a capital {} | de angola=AO; de moçambique=MZ; da zâmbia=ZM
regional-speech | ei alexa lá do abc paulista qual é a capital {} | do japão=JP; da coreia do sul=KR; da china=CN
regional-speech | aqui da serra da capivara alexa a capital {} como é | do irã=IR; do iraque=IQ; da síria=SY
regional-speech | alexa tô aqui na feira de caruaru me diga a capital {} | do líbano=LB; da jordânia=JO; de israel=IL
regional-speech | ô xente alexa de arapiraca eu queria saber a capital {} | do iêmen=YE; de omã=OM; do catar=QA
immigrant-speech | qué bolá alexa yo soy cubano médico qual é a capital {} | da nicarágua=NI; de honduras=HN; de el salvador=SV
immigrant-speech | asere alexa a capital {} cuál é | da guatemala=GT; da costa rica=CR; do panamá=PA
immigrant-speech | mbote alexa eu sou congolês quero saber a capital {} | da república centro-africana=CF; do congo brazzaville=CG
immigrant-speech | alexa abeg tell me a capital {} | da nigéria por favor=NG; da libéria=LR; da serra leoa=SL
immigrant-speech | oga alexa eu sou nigeriano aqui em são paulo qual a capital {} | do benin mesmo=BJ; do níger=NE; de burquina faso=BF
immigrant-speech | parce alexa qué más me dice a capital {} | da venezuela hermano=VE; do equador parcero=EC
immigrant-speech | cachai alexa la capital {} cuál es po | do chile=CL; da argentina po=AR
immigrant-speech | mba'éichapa alexa eu paraguaio quero a capital {} | do paraguai=PY; da bolívia ne=BO
immigrant-speech | mantenha alexa eu estudante da guiné-bissau na unilab qual a capital {} | da guiné-bissau=GW; da guiné=GN; da guiné equatorial=GQ
immigrant-speech | nha alexa cabo-verdiano aqui fala a capital {} | de cabo verde=CV; de são tomé e príncipe=ST; da gâmbia=GM
immigrant-speech | alexa eu estudante timorense qual é capital {} | de timor-leste=TL; da indonésia=ID; da austrália=AU
immigrant-speech | salamat po alexa filipino marinheiro aqui qual a capital {} | das filipinas=PH; da malásia=MY; de brunei=BN
immigrant-speech | xin chào alexa eu vietnamita qual capital {} | do vietnã mesmo=VN; da tailândia=TH; de mianmar=MM
immigrant-speech | ja alexa gut aqui de pomerode qual é a capital {} | da áustria=AT; de luxemburgo=LU
immigrant-speech | hey alexa okay so americano aqui what's a capital {} | do canadá=CA; do méxico=MX
immigrant-speech | cheers alexa inglês aqui a capital {} qual é mate | da nova zelândia=NZ; de fiji=FJ
immigrant-speech | alexa eu ser boliviano costureiro a capital {} qual é | do peru pues=PE; da colômbia pues=CO
immigrant-speech | namastê alexa indiano em manaus qual é a capital {} | do paquistão=PK; do bangladesh=BD; do sri lanka=LK
immigrant-speech | alexa mi amigo haitiano pregunta a capital {} | do haiti=HT; da dominica=DM
immigrant-speech | alexa privet sou russa morando em joinville capital {} qual | da bielorrússia=BY; da ucrânia=UA; da moldávia=MD
immigrant-speech | ciao alexa turista italiano a capital {} qual è | de san marino=SM; de mônaco=MC; de andorra=AD
immigrant-speech | alexa shalom israelense aqui qual a capital {} | de chipre agora=CY; da turquia=TR
immigrant-speech | assalamu alaikum alexa afegão em curitiba qual a capital {} | do afeganistão=AF; do irã irmão=IR
immigrant-speech | alexa merhaba eu turco a capital {} qual | do azerbaijão=AZ; da armênia=AM; da geórgia o país=GE
immigrant-speech | alexa bonjour je suis congolais a capital {} c'est quoi | da república democrática do congo=CD; de camarões por favor=CM
immigrant-speech | alexa hola soy venezolano en boa vista a capital {} cuál es | de trinidad e tobago=TT; de granada=GD
immigrant-speech | alexa eu senegalês a capital {} qual | do senegal=SN; da mauritânia irmão=MR
immigrant-speech | alexa konnichiwa eu japonês aposentado a capital {} onegai | da coreia do norte=KP; de taiwan=TW
learner-speech | alexa eu não saber capital {} você fala | da eslovênia=SI; da eslováquia=SK; da sérvia=RS
learner-speech | alexa capital {} onde ser | do montenegro=ME; da bósnia e herzegovina=BA; da albânia=AL
learner-speech | alexa eu quer conhecer capital {} por favor | da macedônia do norte=MK; do kosovo=XK; da bulgária=BG
learner-speech | alexa me diga qual ser cidade principal {} | da romênia=RO; da hungria agora=HU
learner-speech | alexa eu aprender geografia qual capital é de {} | portugal=PT; espanha=ES; frança=FR
learner-speech | alexa por favor eu pergunta a capital de o {} | marrocos=MA; egito=EG
learner-speech | alexa eu chinês estudar português capital {} como chama | de singapura=SG; da coreia do sul hein=KR
learner-speech | alexa o capital {} qual é por favor | do zimbábue=ZW; de botsuana=BW; da namíbia=NA
learner-speech | alexa eu precisa saber capital {} para prova | do lesoto=LS; do malaui=MW; de madagascar=MG
learner-speech | alexa você saber capital {} sim | dos comores=KM; de samoa=WS; de tonga=TO
learner-speech | alexa qual capital tem {} | o reino unido=GB; a irlanda=IE; a islândia=IS
child-speech | alexa minha professora perguntou a capital {} e eu não sei | do egito=EG; da grécia=GR
child-speech | alexa eu tenho sete anos qual é a capital {} | do brasil=BR; do japão=JP; da itália=IT
child-speech | alexa o bob esponja mora no mar mas qual é a capital {} | do havaí=US-HI; da austrália tá=AU
child-speech | alexa pra minha maquete qual a capital {} | do canadá=CA; da rússia=RU
child-speech | alexa a minha boneca vai viajar pra capital {} qual é | da frança=FR; da inglaterra=GB-ENG
child-speech | alexa meu amigo novo da escola veio {} qual é a capital de lá | da síria=SY; da venezuela=VE; do haiti=HT
child-speech | alexa no desenho do mundo bita falou da capital {} qual é | da índia=IN; do quênia=KE
child-speech | alexa sabia que eu perdi um dente qual a capital {} | da noruega=NO; da escócia=GB-SCT
child-speech | alexa a tia falou que a capital {} é engraçada qual é | de burquina faso=BF; do butão=BT; de tuvalu=TV
child-speech | alexa qual é a capital {} que tem canguru | da austrália=AU
child-speech | alexa qual é a capital {} onde tem panda | da china=CN
child-speech | alexa a capital {} onde tem o leão do rei leão qual é | do quênia=KE; da tanzânia=TZ
teen-speech | alexa sem enrolação qual a capital {} | do catar=QA; dos emirados árabes unidos=AE; da arábia saudita=SA
teen-speech | alexa mó preguiça de pesquisar capital {} manda aí | do kuwait=KW; de barein=BH
teen-speech | alexa tankei a prova inteira menos a capital {} qual é | da nova zelândia=NZ; da papua-nova guiné=PG
teen-speech | alexa bugou minha cabeça qual é a capital {} | de nauru=NR; de palau=PW; de quiribati=KI
teen-speech | alexa no geoguessr caiu {} qual a capital | a mongólia=MN; o cazaquistão=KZ
teen-speech | alexa é sério tipo qual é a capital {} | das ilhas marshall=MH; da micronésia=FM; das ilhas salomão=SB
teen-speech | alexa meu crush é {} qual a capital de lá | da coreia do sul=KR; do japão=JP; da tailândia=TH
teen-speech | alexa slk qual é a capital {} | de vanuatu=VU; de fiji=FJ
teen-speech | alexa pelo amor qual a capital {} que eu tô no grupo de estudo | de angola=AO; de moçambique=MZ
teen-speech | alexa manda a real qual é a capital {} | do uruguai=UY; do paraguai=PY
elder-speech | ô alexa minha filha a vó quer saber a capital {} | de portugal=PT; da espanha=ES; da itália=IT
elder-speech | alexa fala devagar que eu não escuto bem qual é a capital {} | da alemanha=DE; da polônia=PL
elder-speech | alexa no meu tempo a gente decorava a capital {} como é mesmo | da tchéquia=CZ; da hungria=HU; da romênia=RO
elder-speech | alexa o meu falecido marido esteve {} qual é a capital | no líbano=LB; na síria=SY; no egito=EG
elder-speech | ô alexa pode me dizer com calma a capital {} | do marrocos=MA; da argélia=DZ; da tunísia=TN
elder-speech | alexa a novela das nove se passa {} qual é a capital de lá | na turquia=TR; na índia=IN; no marrocos=MA
elder-speech | alexa meu neto mora {} qual é a capital dali | na irlanda=IE; no canadá=CA; na austrália=AU
elder-speech | alexa eu sou do tempo do rádio de pilha qual é a capital {} | da rússia=RU; da ucrânia=UA
elder-speech | ô alexa benza deus me responde a capital {} | do vaticano=VA; da suíça=CH
work-context | alexa eu sou taxista e o passageiro perguntou a capital {} | da áustria=AT; da dinamarca=DK; da bélgica=BE
work-context | alexa aqui no salão a cliente quer saber a capital {} | da grécia=GR; da croácia=HR
work-context | alexa sou enfermeira no plantão e bateu a dúvida qual a capital {} | da jamaica=JM; de cuba=CU
work-context | alexa pro meu cursinho do enem qual é a capital {} | do iraque=IQ; do afeganistão=AF; do paquistão=PK
work-context | alexa sou radioamador e falei com alguém {} qual é a capital | da namíbia=NA; de botsuana=BW; do zimbábue=ZW
work-context | alexa na padaria o freguês perguntou a capital {} | da bolívia=BO; do peru=PE
work-context | alexa sou despachante aduaneiro qual a capital {} | da malásia=MY; de singapura=SG; da indonésia=ID
work-context | alexa pra cruzadinha que tô montando pro jornal qual a capital {} | do nepal=NP; do laos=LA; do camboja=KH
work-context | alexa sou entregador e tô parado no sinal qual a capital {} | do gabão=GA; do congo=CD+CG
work-context | alexa pra pauta do telejornal qual a capital {} | do sudão do sul=SS; da somália=SO; da eritreia=ER
work-context | alexa sou guia de turismo em foz qual é a capital {} | do paraguai de novo=PY; da argentina=AR
work-context | alexa pro meu visto de trabalho qual a capital {} | dos emirados árabes unidos=AE; do catar=QA
work-context | alexa aqui no pesqueiro o pessoal discutindo a capital {} | da libéria=LR; de serra leoa=SL; da guiné=GN
work-context | alexa sou bibliotecária e um aluno perguntou a capital {} | de malta=MT; do luxemburgo=LU; de andorra=AD
work-context | alexa missionária aqui vou viajar qual a capital {} | de moçambique=MZ; do malaui=MW; da zâmbia=ZM
home-context | alexa enquanto eu faço a janta me diz a capital {} | da finlândia=FI; da estônia=EE
home-context | alexa tô passando roupa qual é a capital {} | da lituânia=LT; da letônia=LV
home-context | alexa tô no banho grita aí a capital {} | da islândia=IS; da noruega=NO
home-context | alexa antes de dormir me diz a capital {} | da suécia=SE; da dinamarca=DK
home-context | alexa o cachorro se chama oslo e o gato qual é a capital {} | da finlândia mesmo=FI
home-context | alexa regando as plantas aqui qual a capital {} | da costa rica=CR; do panamá=PA
home-context | alexa fazendo pão de queijo qual é a capital {} | de honduras=HN; da nicarágua=NI
home-context | alexa tô arrumando a mala qual é a capital {} | do méxico=MX; da guatemala=GT; de el salvador=SV
home-context | alexa na hora do café da manhã me diz a capital {} | da etiópia=ET; do quênia=KE
home-context | alexa lavando o quintal aqui qual é a capital {} | do togo=TG; do benin=BJ; de gana=GH
home-context | alexa enquanto o bolo assa qual a capital {} | de ruanda=RW; do burundi=BI; de uganda=UG
game-context | alexa no perfil a carta diz capital {} qual é | da armênia=AM; do azerbaijão=AZ
game-context | alexa na forca a palavra é a capital {} qual é | do uzbequistão=UZ; do turcomenistão=TM; do tadjiquistão=TJ
game-context | alexa no banco imobiliário mundial tem a capital {} qual é | da arábia saudita=SA; do iêmen=YE; de omã=OM
game-context | alexa no bingo de geografia saiu a capital {} | do kuwait=KW; de barein=BH; da jordânia=JO
game-context | alexa no quem sou eu eu sou a capital {} qual é | da bielorrússia=BY; da moldávia=MD
game-context | alexa tô jogando o jogo da vida e caí {} qual a capital | na suíça=CH; na áustria=AT
game-context | alexa na cruzadinha tem seis letras a capital {} | do chile=CL; da síria=SY
game-context | alexa valendo um brigadeiro qual a capital {} | da mongólia=MN; do nepal=NP
game-context | alexa no quiz do aplicativo apareceu a capital {} | de santa lúcia=LC; de são vicente e granadinas=VC; de são cristóvão e névis=KN
game-context | alexa aposta aqui em casa qual é a capital {} | de antígua e barbuda=AG; do belize=BZ
sport-context | alexa a copa américa vai ser {} qual é a capital de lá | nos estados unidos=US; no equador=EC
sport-context | alexa o rali dakar passou {} qual é a capital | pela arábia saudita=SA; pelo senegal=SN
sport-context | alexa o tour de france termina {} qual a capital | na frança=FR
sport-context | alexa o medina vai surfar {} qual é a capital de lá | no taiti polinésia francesa=PF; em fiji=FJ
sport-context | alexa a olimpíada de xadrez vai ser {} qual a capital | no uzbequistão=UZ; na hungria=HU
sport-context | alexa o brasil joga contra {} amanhã qual é a capital | a croácia=HR; a sérvia=RS; a coreia do sul=KR
sport-context | alexa na paralimpíada o atleta era {} qual a capital | do quênia=KE; da etiópia=ET
sport-context | alexa a maratona de berlim é na alemanha mas qual é a capital {} | do quênia de novo=KE
sport-context | alexa o lutador do ufc é {} qual a capital de lá | da rússia=RU; da nigéria=NG; da geórgia=GE+US-GA
sport-context | alexa o time de vôlei {} qual é a capital | da polônia=PL; da eslovênia=SI; da itália=IT
sport-context | alexa no roland garros o campeão é {} qual é a capital | da espanha=ES; da sérvia=RS
sport-context | alexa torneio de e-sports vai ser {} qual a capital | na coreia do sul=KR; na china=CN
travel-context | alexa vou fazer mochilão pelo mercosul qual é a capital {} | do uruguai=UY; do paraguai=PY; da argentina=AR
travel-context | alexa vou de au pair {} qual a capital de lá | pros estados unidos=US; pra irlanda=IE
travel-context | alexa minha lua de mel vai ser {} qual é a capital | nas maldivas=MV; nas seicheles=SC; em maurício=MU
travel-context | alexa juntei milhas pra ir {} qual é a capital | pra portugal=PT; pra grécia=GR
travel-context | alexa vou fazer intercâmbio {} qual a capital | no canadá=CA; na nova zelândia=NZ; em malta=MT
travel-context | alexa a excursão da igreja vai {} qual a capital | pra israel=IL; pra jordânia=JO; pro egito=EG
travel-context | alexa vou de cruzeiro pelo caribe passando {} qual é a capital | por barbados=BB; pelas bahamas=BS; por granada=GD
travel-context | alexa escala de doze horas {} qual é a capital | no catar=QA; na etiópia=ET; na turquia=TR
travel-context | alexa residência médica {} qual a capital | em cuba=CU; na espanha=ES
travel-context | alexa vou trabalhar embarcado {} qual a capital | na noruega=NO; em angola=AO
travel-context | alexa nosso mochilão na ásia começa {} qual a capital | no vietnã=VN; no camboja=KH; no laos=LA
plural-capitals | alexa me explica as capitais da bolívia sucre e mais qual | BO
plural-capitals | alexa quais cidades são capital lá na bolívia | BO
plural-capitals | alexa fala as três capitais da áfrica do sul pra mim | ZA
plural-capitals | alexa quantas e quais capitais tem a áfrica do sul | ZA
plural-capitals | alexa os países baixos têm duas capitais quais são | NL
plural-capitals | alexa a holanda tem capital em amsterdã e onde mais | NL
plural-capitals | alexa quais são as cidades capitais da holanda amsterdã e haia | NL
plural-capitals | alexa a malásia tem mais de uma capital quais | MY
plural-capitals | alexa a malásia tem kuala lumpur e qual outra capital | MY
plural-capitals | alexa quais são as duas capitais do sri lanka | LK
plural-capitals | alexa o sri lanka tem capital dupla quais são | LK
plural-capitals | alexa as capitais do sri lanka quais são colombo e qual | LK
plural-capitals | alexa o benin tem duas capitais me diz quais | BJ
plural-capitals | alexa quais as capitais do benin porto novo e qual | BJ
plural-capitals | alexa o benin tem capital oficial e capital de fato quais são | BJ
plural-capitals | alexa a costa do marfim tem abidjan e qual outra capital | CI
plural-capitals | alexa me fala as capitais da costa do marfim oficial e econômica | CI
plural-capitals | alexa a suazilândia tem duas capitais quais | SZ
plural-capitals | alexa eswatini tem capital administrativa e real quais são | SZ
plural-capitals | alexa me diz as capitais que a palestina tem ramallah e qual | PS
subdivision | alexa qual é a capital {} aqui do brasil | do piauí=BR-PI; do tocantins=BR-TO; do amapá=BR-AP
subdivision | alexa me diz a capital do estado {} | do acre=BR-AC; de rondônia=BR-RO; de roraima=BR-RR
subdivision | alexa pra prova de geografia do brasil a capital {} | de alagoas=BR-AL; de sergipe=BR-SE; da paraíba=BR-PB
subdivision | alexa qual é a capital {} que eu sempre esqueço | do mato grosso do sul=BR-MS; do mato grosso=BR-MT; de goiás=BR-GO
subdivision | alexa a capital {} é qual mesmo | do espírito santo=BR-ES; de santa catarina=BR-SC; do paraná=BR-PR
subdivision | alexa criança perguntando a capital {} | do rio grande do norte=BR-RN; do ceará=BR-CE; do maranhão=BR-MA
subdivision | alexa qual é a capital estadual {} | do pará=BR-PA; do amazonas=BR-AM; da bahia=BR-BA
subdivision | alexa e minas gerais qual é a capital | BR-MG
subdivision | alexa qual a capital de pernambuco meu irmão | BR-PE
subdivision | alexa a capital do rio grande do sul é porto alegre ou pelotas | BR-RS
subdivision | alexa qual é a capital do estado {} nos estados unidos | do texas=US-TX; da califórnia=US-CA; da flórida=US-FL
subdivision | alexa a capital {} lá dos estados unidos qual é | de nova york=US-NY; do illinois=US-IL; da pensilvânia=US-PA
subdivision | alexa qual a capital estadual {} | do alasca=US-AK; do havaí=US-HI; do nevada=US-NV
subdivision | alexa qual é a capital {} que não é a maior cidade | do arizona=US-AZ; do colorado=US-CO; de ohio=US-OH
subdivision | alexa meu primo mora {} qual a capital do estado | em massachusetts=US-MA; no michigan=US-MI; na luisiana=US-LA
subdivision | alexa capital do estado americano {} | do tennessee=US-TN; do kentucky=US-KY; do oregon=US-OR
subdivision | alexa a capital da província {} no canadá | do ontário=CA-ON; do quebec=CA-QC; da colúmbia britânica=CA-BC
subdivision | alexa qual é a capital {} lá do canadá | da alberta=CA-AB; do manitoba=CA-MB; da nova escócia=CA-NS
subdivision | alexa qual é a capital do estado australiano {} | de nova gales do sul=AU-NSW; de queensland=AU-QLD; da tasmânia=AU-TAS
subdivision | alexa a capital {} na austrália qual é | da austrália ocidental=AU-WA; do território do norte=AU-NT
subdivision | alexa qual é a capital {} na alemanha | da baviera=DE-BY; da saxônia=DE-SN; do hesse=DE-HE
subdivision | alexa a capital do estado alemão {} | da renânia do norte-vestfália=DE-NW; da baixa saxônia=DE-NI; da turíngia=DE-TH
subdivision | alexa qual a capital do estado indiano {} | de kerala=IN-KL; de goa=IN-GA; do rajastão=IN-RJ
subdivision | alexa a capital {} na índia qual é | do maharashtra=IN-MH; de tamil nadu=IN-TN; do bengala ocidental=IN-WB
subdivision | alexa capital do estado mexicano {} | de jalisco=MX-JAL; de iucatã=MX-YUC; de oaxaca=MX-OAX
subdivision | alexa a capital {} no méxico qual é | de nuevo león=MX-NLE; de quintana roo=MX-ROO; de chiapas=MX-CHP
subdivision | alexa qual é a capital {} do reino unido | da escócia=GB-SCT; do país de gales=GB-WLS; da irlanda do norte=GB-NIR
subdivision | alexa qual é a capital da inglaterra a inglaterra mesmo não o reino unido | GB-ENG
subdivision | alexa qual é a capital da virgínia ocidental | US-WV
subdivision | alexa a capital da carolina do norte qual é | US-NC
territory | alexa qual é a capital {} | da groenlândia que é da dinamarca=GL; das ilhas faroé=FO
territory | alexa a capital {} qual é esse território | das bermudas=BM; das ilhas cayman=KY; de gibraltar=GI
territory | alexa qual é a capital {} aquele território francês | da martinica=MQ; de guadalupe=GP; da reunião=RE
territory | alexa a capital {} lá no pacífico qual é | da nova caledônia=NC; de guam=GU; da samoa americana=AS
territory | alexa qual é a capital {} no caribe | de aruba=AW; de curaçao=CW; de sint maarten=SX
territory | alexa me diz a capital {} que é ilha britânica | da ilha de man=IM; de jersey=JE; de guernsey=GG
territory | alexa qual a capital {} | das ilhas malvinas que os argentinos falam=FK; de porto rico ilha=PR
territory | alexa a capital {} qual é | das ilhas virgens britânicas=VG; das ilhas virgens americanas=VI; das ilhas turcas e caicos=TC
territory | alexa qual é a capital {} aquela ilha lá do napoleão | de santa helena=SH
territory | alexa qual é a capital de svalbard lá no norte | SJ
subdivision | alexa cumpade e a irlanda do norte tem capital qual é | GB-NIR
subdivision | alexa lá da baixada pergunto a capital do espírito santo papo reto | BR-ES
subdivision | alexa piá a capital do paraná é curitiba ou londrina | BR-PR
subdivision | alexa o time do meu tio joga na baviera qual a capital desse estado alemão | DE-BY
subdivision | alexa a capital do distrito federal é brasília mesmo ou taguatinga | BR-DF
territory | alexa meu vizinho pescador foi pras ilhas faroé qual é a capital de lá | FO
territory | alexa vou de cruzeiro até aruba qual é a capital da ilha | AW
territory | alexa marinheiro filipino aqui qual é a capital de curaçao | CW
territory | alexa e mayotte tem capital qual é | YT
territory | alexa a capital do saara ocidental qual é | EH
territory | alexa qual a capital de anguila | AI
territory | alexa qual a capital das ilhas cook | CK
plural-capitals | alexa oxe e a palestina tem capital em dois lugares né quais | PS
plural-capitals | alexa pro meu trabalho da faculdade as capitais da palestina quais são | PS
plural-capitals | alexa o uttarakhand lá da índia tem duas capitais me diz elas | IN-UK
plural-capitals | alexa e a ilha de montserrat tem capital velha e nova quais são | MS
yes-no-check | alexa confere pra mim a capital da turquia é istambul | TR
yes-no-check | alexa tô certo que a capital do canadá é toronto | CA
yes-no-check | alexa é verdade que a capital da austrália é canberra e não sydney | AU
yes-no-check | alexa será que a capital da suíça é genebra | CH
yes-no-check | alexa a capital do marrocos é casablanca ou tô viajando | MA
yes-no-check | alexa a capital da nigéria ainda é lagos | NG
yes-no-check | alexa me confirma a capital do vietnã é hanói certo | VN
yes-no-check | alexa a capital dos estados unidos é nova york sim ou não | US
yes-no-check | alexa lima é mesmo a capital do peru | PE
yes-no-check | alexa pode confirmar que quito é a capital do equador | EC
yes-no-check | alexa bogotá é capital da colômbia confere | CO
yes-no-check | alexa a capital do paquistão é karachi tá certo | PK
yes-no-check | alexa a capital da tanzânia é dar es salaam ou mudou | TZ
yes-no-check | alexa confirma aí que a capital do cazaquistão é astana | KZ
yes-no-check | alexa o meu pai disse que a capital da china é xangai é isso | CN
yes-no-check | alexa a capital da alemanha é berlim mesmo né | DE
yes-no-check | alexa minha tia jura que a capital do brasil é o rio tá certo | BR
yes-no-check | alexa a capital da bolívia é la paz ou sucre | BO
yes-no-check | alexa é praga a capital da tchéquia | CZ
yes-no-check | alexa estocolmo é a capital da noruega | NO
yes-no-check | alexa a capital de myanmar é rangum ainda | MM
yes-no-check | alexa a capital da costa do marfim é abidjan certo | CI
yes-no-check | alexa acertei a capital da islândia é reykjavík | IS
yes-no-check | alexa a capital da bahia é salvador né confirma | BR-BA
yes-no-check | alexa a capital de santa catarina é joinville ou florianópolis | BR-SC
yes-no-check | alexa a capital do texas é houston | US-TX
yes-no-check | alexa a capital da califórnia é los angeles verdade | US-CA
yes-no-check | alexa toronto é a capital do ontário correto | CA-ON
yes-no-check | alexa a capital da jamaica é kingston mesmo | JM
self-correction | alexa qual a capital da áustria não calma da austrália | AU
self-correction | alexa capital da suécia quer dizer não da suíça | CH
self-correction | alexa qual é a capital da eslováquia risca isso da eslovênia | SI
self-correction | alexa a capital do irã peraí troquei do iraque | IQ
self-correction | alexa qual a capital da nigéria falei errado do níger | NE
self-correction | alexa capital da guiné ou melhor da guiné-bissau | GW
self-correction | alexa qual é a capital da gâmbia não não da zâmbia | ZM
self-correction | alexa a capital da colômbia na real da bolívia | BO
self-correction | alexa qual a capital da mauritânia me expressei mal de maurício | MU
self-correction | alexa capital do paraguai troca pro uruguai | UY
self-correction | alexa qual é a capital da letônia ops da lituânia | LT
self-correction | alexa capital da dominica digo da república dominicana | DO
self-correction | alexa qual a capital do sudão esquece esse do sudão do sul | SS
self-correction | alexa a capital da armênia errei é da albânia | AL
self-correction | alexa capital da malásia corrigindo da indonésia | ID
self-correction | alexa qual a capital de honduras perdão da guatemala | GT
self-correction | alexa a capital da finlândia não pera da estônia | EE
self-correction | alexa qual é a capital do chile não espera da argentina | AR
self-correction | alexa a capital da coreia do norte desculpa da coreia do sul | KR
self-correction | alexa capital do congo quer dizer da república democrática do congo | CD
self-correction | alexa qual a capital do tocantins não do piauí | BR-PI
self-correction | alexa a capital do mato grosso me enganei do mato grosso do sul | BR-MS
self-correction | alexa qual é a capital da virgínia opa da carolina do sul | US-SC
self-correction | alexa a capital do quênia hã não de uganda | UG
self-correction | alexa qual a capital de camarões melhor dizendo do gabão | GA
self-correction | alexa capital da moldávia aliás da romênia | RO
self-correction | alexa qual a capital da nicarágua foi mal da costa rica | CR
self-correction | alexa a capital do laos pensando bem do camboja | KH
reverse-question | alexa ulan bator é capital de que país | CITY:Ulan Bator
reverse-question | alexa de onde que nairóbi é capital | CITY:Nairóbi
reverse-question | alexa montevidéu é capital de qual país | CITY:Montevidéu
reverse-question | alexa katmandu fica em que país | CITY:Katmandu
reverse-question | alexa reykjavík é a capital de onde | CITY:Reykjavík
reverse-question | alexa tbilisi é capital de que lugar | CITY:Tbilisi
reverse-question | alexa de qual país adis abeba é a capital | CITY:Adis Abeba
reverse-question | alexa caracas é capital de que país mesmo | CITY:Caracas
reverse-question | alexa kingston é a capital de que lugar | CITY:Kingston
reverse-question | alexa la paz é capital de onde mesmo | CITY:La Paz
reverse-question | alexa saint john's é capital de qual lugar | CITY:Saint John's
reverse-question | alexa a cidade de hanói é capital de qual país | CITY:Hanói
reverse-question | alexa bishkek é capital de que país | CITY:Bishkek
reverse-question | alexa em que país fica a capital chamada windhoek | CITY:Windhoek
reverse-question | alexa ouagadougou é capital de onde | CITY:Ouagadougou
reverse-question | alexa tirana é capital de que país | CITY:Tirana
reverse-question | alexa asmara é a capital de qual país africano | CITY:Asmara
reverse-question | alexa manágua é capital de qual país | CITY:Manágua
reverse-question | alexa paramaribo é a capital de onde | CITY:Paramaribo
reverse-question | alexa macapá é a capital de qual estado brasileiro | CITY:Macapá
reverse-question | alexa sacramento é capital de onde | CITY:Sacramento
reverse-question | alexa cardiff é capital do quê | CITY:Cardiff
reverse-question | alexa chandigarh é capital de qual estado indiano | CITY:Chandigarh
reverse-question | alexa bandar seri begawan é capital de qual país | CITY:Bandar Seri Begawan
official-name | alexa capital da república helênica | GR
official-name | alexa qual a capital da federação russa | RU
official-name | alexa a capital dos estados unidos mexicanos qual é | MX
official-name | alexa capital da confederação suíça qual é | CH
official-name | alexa a capital da república bolivariana da venezuela | VE
official-name | alexa qual é a capital da república francesa por favor | FR
official-name | alexa capital da república libanesa | LB
official-name | alexa a capital da república árabe síria qual é | SY
official-name | alexa a capital do grão-ducado de luxemburgo | LU
official-name | alexa capital da república popular democrática da coreia | KP
official-name | alexa qual a capital da república tunisina | TN
official-name | alexa capital da república eslovaca | SK
everyday-name | alexa capital dos eua qual é | US
everyday-name | alexa a capital da bósnia qual é | BA
everyday-name | alexa capital da bielo-rússia | BY
everyday-name | alexa qual é a capital de belarus | BY
everyday-name | alexa a capital de trinidad qual é | TT
everyday-name | alexa qual a capital de são cristóvão | KN
everyday-name | alexa capital de são vicente lá do caribe | VC
everyday-name | alexa capital da papua | PG
everyday-name | alexa qual a capital do burkina | BF
everyday-name | alexa capital do benim | BJ
everyday-name | alexa capital dos states | US
everyday-name | alexa qual a capital da inglaterra quer dizer do reino unido todo | GB
shared-name | alexa me fala a capital das duas coreias | KP+KR
shared-name | alexa as coreias têm que capital | KP+KR
shared-name | alexa qual é a capital do congo hein | CD+CG
shared-name | alexa capital dos dois congos | CD+CG
shared-name | alexa quais são as capitais dos congos | CD+CG
shared-name | alexa qual é a capital da geórgia hein | GE+US-GA
shared-name | alexa geórgia capital | GE+US-GA
shared-name | alexa a capital da geórgia a de atlanta | US-GA
shared-name | alexa a capital da geórgia o país do cáucaso | GE
shared-name | alexa a capital da coreia do kim jong un | KP
shared-name | alexa a capital da coreia do bts | KR
shared-name | alexa capital do congo de kinshasa | CD
shared-name | alexa qual a capital do congo francês | CG
shared-name | alexa capital das ilhas virgens dos americanos | VI
shared-name | alexa a capital da geórgia lá perto da turquia | GE
old-name | alexa capital da birmânia | MM
old-name | alexa a capital da pérsia | IR
old-name | alexa capital do daomé | BJ
old-name | alexa qual a capital do alto volta | BF
old-name | alexa a capital do zaire qual é | CD
old-name | alexa qual a capital da rodésia | ZW
old-name | alexa capital da abissínia | ET
old-name | alexa a capital da bechuanalândia | BW
old-name | alexa capital da niassalândia | MW
old-name | alexa a capital das honduras britânicas | BZ
old-name | alexa a capital da basutolândia | LS
old-name | alexa capital de tanganica | TZ
old-name | alexa capital do kampuchea | KH
bare-name | alexa e o tadjiquistão | TJ
bare-name | alexa burundi capital | BI
bare-name | alexa capital vanuatu | VU
bare-name | alexa djibuti | DJ
bare-name | alexa capital comores | KM
bare-name | alexa nauru | NR
bare-name | alexa capital essuatíni | SZ
bare-name | alexa capital eritreia | ER
bare-name | alexa palau capital | PW
follow-up | e a da finlândia | FI
follow-up | tá e a da estônia | EE
follow-up | beleza e a da letônia agora | LV
follow-up | e do uzbequistão qual é | UZ
follow-up | legal e do turcomenistão | TM
follow-up | agora do azerbaijão | AZ
follow-up | e a capital de uganda também | UG
follow-up | massa e de ruanda | RW
follow-up | e lá na zâmbia | ZM
follow-up | entendi e no zimbábue | ZW
follow-up | e a da bulgária me fala | BG
follow-up | agora a da macedônia do norte | MK
follow-up | e a do montenegro então | ME
follow-up | e pra sérvia | RS
follow-up | certo e a da croácia | HR
follow-up | hum e do gabão | GA
follow-up | e do chade qual é | TD
follow-up | e a da república centro-africana | CF
follow-up | show e a do sudão | SD
follow-up | valeu e a da líbia | LY
follow-up | e dos comores | KM
follow-up | e a de madagascar também | MG
follow-up | e do estado do amapá | BR-AP
follow-up | e a do acre | BR-AC
follow-up | e do alabama | US-AL
one-shot | alexa pede pro capitais do mundo a capital do butão | BT
one-shot | alexa abre capitais do mundo e me diz a capital da eritreia | ER
one-shot | alexa pergunta ao capitais do mundo a capital de tonga | TO
one-shot | alexa usa o capitais do mundo pra me falar a capital de samoa | WS
one-shot | alexa no capitais do mundo qual é a capital do lesoto | LS
one-shot | alexa fala com capitais do mundo qual a capital de djibuti | DJ
one-shot | alexa manda o capitais do mundo dizer a capital do quirguistão | KG
one-shot | alexa abre o capitais do mundo capital da jordânia | JO
one-shot | alexa inicia capitais do mundo e pergunta a capital de brunei | BN
one-shot | alexa pede pra capitais do mundo a capital do suriname | SR
one-shot | alexa pergunta pro jogo capitais do mundo qual a capital de palau | PW
one-shot | alexa capitais do mundo me diga a capital das ilhas salomão | SB
asr-artefact | alexa qual é a capital da u crânia | UA
asr-artefact | alexa qual a capital do cazaquis tão | KZ
asr-artefact | alexa capital da eti ópia | ET
asr-artefact | alexa qual é a capital do azerbai jão | AZ
asr-artefact | alexa qual a capital da nova zelandia | NZ
asr-artefact | alexa capital do mexico | MX
asr-artefact | alexa qual a capital do afeganistao | AF
asr-artefact | alexa capital da moçambique | MZ
asr-artefact | alexa capital da arabia saudita | SA
asr-artefact | alexa qual a capital do ira que | IQ
asr-artefact | alexa qual é a capital de madagas car | MG
asr-artefact | alexa qual a capital da sérvia e a | RS
asr-artefact | alexa capital de qatar | QA
asr-artefact | alexa qual é a capital da hondura | HN
asr-artefact | alexa qual a capital das filipinas é | PH
asr-artefact | alexa capital da guiana francesa né | GF
polite-request | alexa por gentileza qual é a capital da eslovênia | SI
polite-request | alexa se não for incômodo me diz a capital da letônia | LV
polite-request | alexa com licença qual é a capital da geórgia do cáucaso | GE
polite-request | alexa por obséquio a capital da tunísia | TN
polite-request | alexa faz um favorzinho me fala a capital do togo | TG
polite-request | alexa seria possível me dizer a capital do níger | NE
polite-request | alexa desculpa incomodar qual a capital da mauritânia | MR
polite-request | alexa obrigada desde já qual é a capital do malaui | MW
polite-request | alexa se puder me ajudar a capital de botsuana | BW
polite-request | alexa faz a gentileza de me falar a capital do lesoto | LS
leading-filler | alexa éé qual é a capital do paquistão | PK
leading-filler | alexa hum deixa eu ver a capital do bangladesh | BD
leading-filler | alexa então é assim qual a capital de omã | OM
leading-filler | alexa bom vamos lá capital do iêmen | YE
leading-filler | alexa tipo assim a capital da síria | SY
leading-filler | alexa ahn qual a capital do sri lanka | LK
leading-filler | alexa olha só qual é a capital do kuwait | KW
leading-filler | alexa escuta uma coisa qual a capital da jordânia | JO
leading-filler | alexa sabe o que é qual a capital do catar | QA
leading-filler | alexa é que assim eu queria a capital de barein | BH
trailing-words | alexa qual é a capital do quênia que eu esqueci | KE
trailing-words | alexa qual a capital da etiópia obrigado viu | ET
trailing-words | alexa a capital do gana só isso | GH
trailing-words | alexa qual é a capital de cabo verde valeu | CV
trailing-words | alexa qual é a capital da guiné equatorial tá bom | GQ
trailing-words | alexa qual a capital de são tomé e príncipe rapidinho | ST
trailing-words | alexa a capital da serra leoa pra ontem | SL
trailing-words | alexa qual a capital da libéria beleza | LR
trailing-words | alexa qual é a capital do senegal faz favor | SN
trailing-words | alexa a capital da gâmbia aí | GM
do-you-know | alexa você sabe qual é a capital do uruguai | UY
do-you-know | alexa tu sabe a capital do panamá | PA
do-you-know | alexa cê sabe a capital de el salvador | SV
do-you-know | alexa você conhece a capital da costa rica | CR
do-you-know | alexa será que você sabe a capital da dominica | DM
do-you-know | alexa aposto que você não sabe a capital de santa lúcia | LC
do-you-know | alexa duvido você saber a capital de granada | GD
do-you-know | alexa sabe me dizer a capital de antígua e barbuda | AG
do-you-know | alexa tu conhece a capital do belize | BZ
do-you-know | alexa você por acaso sabe a capital das bahamas | BS
imperative | alexa diz a capital da croácia | HR
imperative | alexa fala logo a capital da bósnia e herzegovina | BA
imperative | alexa responde a capital de montenegro | ME
imperative | alexa solta a capital da albânia | AL
imperative | alexa me conta a capital do kosovo | XK
imperative | alexa me passa a capital da macedônia do norte | MK
imperative | alexa informa a capital de chipre | CY
imperative | alexa procura a capital de malta | MT
direct-question | alexa capital de taiwan qual é | TW
direct-question | alexa onde fica a capital da mongólia | MN
direct-question | alexa como se chama a capital da micronésia | FM
direct-question | alexa qual é o nome da capital das ilhas marshall | MH
direct-question | alexa que cidade é a capital de quiribati | KI
direct-question | alexa qual cidade é capital de vanuatu | VU
direct-question | alexa me diz o nome da capital de nauru | NR
help | alexa como é que funciona esse negócio de capitais | HELP
help | alexa o que dá pra perguntar nesse jogo das capitais | HELP
help | alexa me ensina a usar as capitais do mundo | HELP
help | alexa não entendi nada como eu uso isso | HELP
help | alexa quais são os comandos que você aceita aqui | HELP
help | alexa tô perdido o que eu faço agora | HELP
help | alexa me dá uma ajudinha aqui | HELP
help | alexa socorro não sei mexer nisso | HELP
help | alexa preciso de instrução | HELP
help | alexa como eu pergunto uma capital pra você | HELP
help | alexa tem algum tutorial disso | HELP
help | alexa o que eu falo pra você me responder | HELP
help | alexa dá uma orientação aí | HELP
help | alexa mostra as opções | HELP
help | alexa não sei como começar me ajuda | HELP
help | alexa quais são as regras | HELP
help | alexa pode me explicar o que você faz | HELP
help | alexa como que eu pergunto de um estado | HELP
help | alexa ajuda por favor eu não tô conseguindo | HELP
help | alexa rapaz me ajuda aí que eu não sei usar | HELP
help | alexa meu filho quer saber como usa isso | HELP
help | alexa que que eu faço aqui | HELP
help | alexa quais perguntas são válidas | HELP
help | alexa me orienta como pergunto | HELP
help | alexa o que esse aplicativo sabe fazer | HELP
help | alexa me dá umas dicas de como usar | HELP
stop | alexa pode desligar isso | STOP
stop | alexa tchau tchau | STOP
stop | alexa fecha as capitais do mundo | STOP
stop | alexa já deu por hoje obrigado | STOP
stop | alexa boa noite pode parar | STOP
stop | alexa desliga esse jogo | STOP
stop | alexa cala a boquinha agora | STOP
stop | alexa encerrar sessão | STOP
stop | alexa tá bom pode sair | STOP
stop | alexa desativa | STOP
stop | alexa não quero mais jogar | STOP
stop | alexa tô indo embora pode fechar | STOP
stop | alexa fecha o aplicativo | STOP
stop | alexa sai daqui | STOP
stop | alexa vamos encerrar | STOP
stop | alexa interrompe | STOP
stop | alexa silêncio | STOP
cancel | alexa volta atrás | CANCEL
cancel | alexa não quero mais essa pergunta | CANCEL
cancel | alexa desiste | CANCEL
cancel | alexa desfaz | CANCEL
cancel | alexa deixa pra depois | CANCEL
cancel | alexa ignora | CANCEL
cancel | alexa esquece essa | CANCEL
cancel | alexa cancela aí rapaz | CANCEL
cancel | alexa esquece isso tudo | CANCEL
cancel | alexa deixa essa pra lá | CANCEL
cancel | alexa não responde não cancela | CANCEL
cancel | alexa anula | CANCEL
cancel | alexa cancelar operação | CANCEL
launch | alexa inicia capitais do mundo | LAUNCH
launch | alexa ativa capitais do mundo | LAUNCH
launch | alexa coloca o capitais do mundo pra mim | LAUNCH
launch | alexa iniciar o capitais do mundo | LAUNCH
stop | alexa rapaz pode parar que eu vou almoçar | STOP
stop | alexa égua chega por hoje fecha aí | STOP
stop | alexa minha filha pode desligar que a vó vai deitar | STOP
stop | alexa para o jogo que o ônibus chegou | STOP
stop | alexa tô saindo pro plantão encerra tudo | STOP
stop | alexa cumpade desliga isso aí | STOP
stop | alexa encerra as capitais do mundo agora | STOP
stop | alexa sai das capitais que a novela vai começar | STOP
cancel | alexa oxe cancela que eu me enrolei | CANCEL
cancel | alexa esquece essa pergunta que o menino fez | CANCEL
cancel | alexa cancela que eu perguntei errado | CANCEL
cancel | alexa deixa pra lá minha filha | CANCEL
cancel | alexa anula aí cumpade | CANCEL
cancel | alexa cancela essa que a professora já respondeu | CANCEL
cancel | alexa desconsidera que foi o cachorro latindo | CANCEL
cancel | alexa não precisa responder essa não cancela | CANCEL
cancel | alexa esquece rapaz já lembrei | CANCEL
cancel | alexa cancela essa daí piá | CANCEL
launch | alexa abre aí o capitais do mundo pra vó | LAUNCH
launch | alexa bota o capitais do mundo que a gente vai estudar | LAUNCH
launch | alexa inicia o jogo das capitais do mundo pros meninos | LAUNCH
launch | alexa égua abre o capitais do mundo | LAUNCH
launch | alexa quero jogar capitais do mundo com meu neto | LAUNCH
launch | alexa abre o capitais do mundo rapidinho | LAUNCH
launch | alexa ativa o capitais do mundo por gentileza | LAUNCH
out-of-domain | alexa quanto é o capital social mínimo pra abrir uma empresa | FB
out-of-domain | alexa o que é imposto sobre ganho de capital | FB
out-of-domain | alexa quem escreveu o livro o capital | FB
out-of-domain | alexa como se diz letra maiúscula em inglês capital letter | FB
out-of-domain | alexa quem foi a capitu de dom casmurro | FB
out-of-domain | alexa qual é a capital nacional do pequi | FB
out-of-domain | alexa qual cidade é a capital da moda | FB
out-of-domain | alexa qual é a capital do frio aqui no brasil | FB
out-of-domain | alexa qual é a capital do carnaval fora de época | FB
out-of-domain | alexa qual é a capital brasileira do sertanejo | FB
out-of-domain | alexa qual a capital nacional do queijo | FB
out-of-domain | alexa qual é a capital do tereré | FB
out-of-domain | alexa qual cidade é a capital do cacau | FB
out-of-domain | alexa qual é a capital da antártida | FB
out-of-domain | alexa qual a capital de macau | FB
out-of-domain | alexa qual a capital da cidade do méxico | FB
out-of-domain | alexa qual é a capital da ilha bouvet | FB
out-of-domain | alexa qual é a capital das ilhas canárias | FB
out-of-domain | alexa qual a capital das ilhas galápagos | FB
out-of-domain | alexa qual a capital da sibéria | FB
out-of-domain | alexa qual a capital da córsega | FB
out-of-domain | alexa qual é a capital da lapônia onde mora o papai noel | FB
out-of-domain | alexa qual a capital da chechênia | FB
out-of-domain | alexa qual a capital da ilha de páscoa | FB
out-of-domain | alexa qual a capital da escandinávia | FB
out-of-domain | alexa qual a capital da oceania | FB
out-of-domain | alexa qual é a capital da região nordeste | FB
out-of-domain | alexa qual a capital do sertão | FB
out-of-domain | alexa qual é a capital do vale do jequitinhonha | FB
out-of-domain | alexa qual é a capital de campinas | FB
out-of-domain | alexa qual a capital de wakanda | FB
out-of-domain | alexa qual é a capital de westeros | FB
out-of-domain | alexa qual a capital da atlântida | FB
out-of-domain | alexa qual era a capital da mesopotâmia | FB
out-of-domain | alexa qual era a capital do império otomano | FB
out-of-domain | alexa qual era a capital da gália | FB
out-of-domain | alexa quantos habitantes tem a capital do piauí | FB
out-of-domain | alexa qual a distância entre teresina e fortaleza | FB
out-of-domain | alexa como tá o tempo em macapá | FB
out-of-domain | alexa vai chover em campo grande amanhã | FB
out-of-domain | alexa qual a temperatura em porto velho | FB
out-of-domain | alexa qual o maior país do mundo | FB
out-of-domain | alexa qual é a bandeira da argentina | FB
out-of-domain | alexa quem é o presidente de portugal | FB
out-of-domain | alexa toca um forró das antigas | FB
out-of-domain | alexa toca aquela do gusttavo lima | FB
out-of-domain | alexa coloca a rádio jovem pan | FB
out-of-domain | alexa abaixa um pouquinho o som | FB
out-of-domain | alexa acende a luz da cozinha | FB
out-of-domain | alexa liga o ventilador do quarto | FB
out-of-domain | alexa põe um alarme pra tomar o remédio | FB
out-of-domain | alexa coloca leite na lista de compras | FB
out-of-domain | alexa manda mensagem pro joão | FB
out-of-domain | alexa conta uma história pra criança dormir | FB
out-of-domain | alexa qual o resultado do jogo do flamengo | FB
out-of-domain | alexa quando é o próximo jogo do remo | FB
out-of-domain | alexa quem ganhou o big brother | FB
out-of-domain | alexa qual é o horóscopo de escorpião hoje | FB
out-of-domain | alexa quanto é a raiz quadrada de cento e quarenta e quatro | FB
out-of-domain | alexa como se fala obrigado em japonês | FB
out-of-domain | alexa traduz bom dia pro espanhol | FB
out-of-domain | alexa receita de baião de dois | FB
out-of-domain | alexa como faz tapioca | FB
out-of-domain | alexa quanto tempo cozinha um ovo | FB
out-of-domain | alexa qual a cotação do dólar hoje | FB
out-of-domain | alexa quais as notícias de hoje | FB
out-of-domain | alexa quanto tá o jogo do bicho | FB
out-of-domain | alexa qual o resultado da mega-sena | FB
out-of-domain | alexa pede uma pizza | FB
out-of-domain | alexa chama um uber | FB
out-of-domain | alexa qual é a farmácia mais perto | FB
out-of-domain | alexa você me ama | FB
out-of-domain | alexa canta uma música | FB
out-of-domain | alexa qual é o dia da independência do méxico | FB
out-of-domain | alexa abre o spotify | FB
out-of-domain | alexa qual o telefone do posto de saúde | FB
out-of-domain | alexa qual é a senha do wi-fi | FB
out-of-domain | alexa faz barulho de chuva pra eu dormir | FB
out-of-domain | alexa qual é o voo mais barato pra lisboa | FB
out-of-domain | alexa qual o fuso horário de cuiabá | FB
out-of-domain | alexa qual é o ddd de teresina | FB
out-of-domain | alexa qual a população da china | FB
out-of-domain | alexa qual o prato típico do peru | FB
out-of-domain | alexa o que é capital aberto na bolsa | FB
out-of-domain | alexa quanto rende um capital de mil reais na poupança | FB
out-of-domain | alexa quantas capitais tem o nordeste | FB
out-of-domain | alexa qual capital brasileira é mais quente | FB
out-of-domain | alexa qual é a capital mais antiga da europa | FB
out-of-domain | alexa qual país tem mais capitais | FB
out-of-domain | alexa me dá um exemplo de capital de giro | FB
out-of-domain | alexa qual a capital do estado da guanabara | FB
out-of-domain | alexa qual é a capital do curdistão iraquiano | FB
out-of-domain | alexa qual é a capital do império do brasil | FB
out-of-domain | alexa quanto custa a passagem de macapá pra belém de barco | FB
out-of-domain | alexa qual o horário da balsa pra ilhabela | FB
out-of-domain | alexa toca um carimbó bem animado | FB
out-of-domain | alexa como faz paçoca de carne de sol | FB
out-of-domain | alexa quanto tá a saca do café hoje | FB
out-of-domain | alexa qual o telefone do pronto socorro de teresina | FB
out-of-domain | alexa lembra de virar o tereré às três | FB
out-of-domain | alexa qual é o santo do dia hoje | FB
out-of-domain | alexa reza um pai nosso comigo | FB
out-of-domain | alexa quando abre a inscrição do enem | FB
out-of-domain | alexa quanto tá o jogo do sampaio corrêa | FB
out-of-domain | alexa qual a previsão do tempo pra chapada diamantina no feriado | FB
out-of-domain | alexa quem ganhou o festival de parintins esse ano | FB
out-of-domain | alexa me acorda quando a roupa terminar de bater | FB
out-of-domain | alexa quantos quilômetros tem de rio branco até lima | FB
out-of-domain | alexa qual é a capital da república de palmares | FB
out-of-domain | alexa qual era a capital da república juliana | FB
out-of-domain | alexa qual é a capital mundial do peixe-boi | FB
out-of-domain | alexa qual é a capital do tibete chinês | FB
out-of-domain | alexa capital do mercosul fica onde | FB
out-of-domain | alexa qual é a capital do império bizantino | FB
"""

if __name__ == "__main__":
    build_round(33, "pt", LINES, sys.argv, "tests/Eval/pt/round33/source/build_corpus.py")
