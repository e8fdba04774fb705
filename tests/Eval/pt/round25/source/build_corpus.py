"""Round 25, Portuguese (pt-BR): a new author's own mix, written blind, with speakers, situations and wordings chosen
apart from rounds 21 to 24. Speakers: baianos of Salvador ("oxe", "véi", "ó paí ó", "colé de mermo", "é barril",
"mainha", "painho"), recifenses ("oxente", "visse", "boy", "massa", "arretado"), cearenses of Fortaleza ("mah", "arre
égua", "eita"), manezinhos of Florianópolis ("ó o ó", "tás tolo", "queres ver", "dazumbanda",
"tu sabes"), cuiabanos ("tchá por deus", "djá", "pai do céu"), brasilienses ("pô véi", "de boa", the concurso público),
capixabas of Vitória ("ih rapaz"); Japanese-Brazilian nikkei of the Liberdade and a dekassegui back from
Japan ("nee", "sugoi", "a batchan", "o ditchan", "arigatô"), Mozambican students in Rio ("maningue", "estás a ver",
"ya pá", "madagáscar"); an oil-platform worker offshore from Macaé ("aqui embarcado"), an ICU nurse on the night shift
("no plantão"), an app driver with a passenger, a queijo-coalho seller on the beach, a tour guide in the Pelourinho
with foreigners, a carnavalesco writing a samba-enredo, a sommelier, a soldier in the barracks, a concurseiro in
Brasília, a farmer in a combine harvester in Mato Grosso, a dentist with a patient in the chair, a vet, a DJ, an
English teacher; small children (their age, "a tia da escola", a road trip "tá chegando", a doll), elders (memory
exercises at the senior centre, "fala mais alto minha filha", a retired railway worker, a rosary group). Situations:
GeoGuessr, the Perguntados app, adedonha, the board game War, Passa ou Repassa, a bar trivia, the family WhatsApp quiz,
a memory game of flags, Turkish soap operas, K-pop fans, a Twitch live chat, a podcast, the men's World Cup 2026,
Roland Garros, the TV news, a flight connection, a pilgrimage, a cruise, an exchange, a samba school's
Carnaval. Plus fillers and hesitations ("hã", "olha só", "como é o nome", "pera aí deixa eu lembrar"), tails ("visse",
"valeu véi", "arigatô", "deus lhe pague"), self-corrections ("não não", "confundi", "troquei", "melhor dizendo",
"opa"), follow-ups, yes/no checks with right and wrong cities, reverse questions, official, everyday and old names,
shared names (Congo, Coreia, Geórgia, Ilhas Virgens), every several-capital country, Montserrat, Jammu and Kashmir,
Uttarakhand and Palestine in the plural, subdivisions (Brazilian, US, Canadian, Australian, German, Indian and Mexican
states, the UK's nations), territories, one-shot requests and launches through the invocation name "capitais do
mundo", and what pt-BR recognition may write (accents, tildes and cedillas lost, split or joined words, "capitau",
"eritréia", "coréia", "lichtenstein", "casaquistão"). Out of domain: other facts about a named country (currency,
population, anthem, flag, dish, time zone, mountain, distance, plugs, flights, exchange rate), "capital" in other senses
(Capital Inicial, pena capital, pecado capital, capital humano, the capital of forró or of a product, capitalização,
letra capital, Capitão América), places the data lacks (the Azores, Madeira, Andalusia, Tuscany, Bali, Zanzibar,
Chechnya, the Basque Country, Westeros) and other skills' requests.
`python3 tests/Eval/pt/round25/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 25's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# regional speech: Salvador, Recife, Fortaleza, Florianópolis, Cuiabá, Brasília, Vitória
regional-dialect | oxe véi qual é a capital {} | da tanzânia=TZ; do quênia=KE; de uganda=UG
regional-dialect | ó paí ó qual é a capital {} | de angola=AO; de moçambique=MZ; da zâmbia=ZM
regional-dialect | colé de mermo alexa qual a capital {} | do zimbábue=ZW; do malaui=MW; de botsuana=BW
regional-dialect | mainha tá perguntando qual é a capital {} | de cabo verde=CV; da guiné-bissau=GW; de são tomé e príncipe=ST
regional-dialect | é barril viu qual é a capital {} | do togo=TG; da guiné=GN; da serra leoa=SL
regional-dialect | painho quer saber a capital {} véi | do lesoto=LS; da libéria=LR; da gâmbia=GM
regional-dialect | oxente qual é a capital {} visse | do mali=ML; do níger=NE; do chade=TD
regional-dialect | boy me diz aí a capital {} | da mauritânia=MR; do burundi=BI; de ruanda=RW
regional-dialect | massa e qual é a capital {} boy | da eritreia=ER; da etiópia=ET; da somália=SO
regional-dialect | arretado isso qual é a capital {} | de djibuti=DJ; do sudão do sul=SS; da república centro-africana=CF
regional-dialect | mah rapaz qual é a capital {} | do gabão=GA; de camarões=CM; da guiné equatorial=GQ
regional-dialect | eita eu não sei a capital {} não qual é | da namíbia=NA; do egito=EG; da líbia=LY
regional-dialect | arre égua alexa diz a capital {} pra mim | da islândia=IS; da noruega=NO; da finlândia=FI
regional-dialect | ó o ó tu sabes a capital {} | da letônia=LV; da lituânia=LT; da bielorrússia=BY
regional-dialect | tás tolo queres ver que eu esqueci a capital {} | da polônia=PL; da ucrânia=UA; da moldávia=MD
regional-dialect | dazumbanda qual é a capital {} | da hungria=HU; da romênia=RO; da bulgária=BG
regional-dialect | tchá por deus qual é a capital {} | do paraguai=PY; do peru=PE; do equador=EC
regional-dialect | djá me fala a capital {} | da colômbia=CO; da venezuela=VE; da guiana=GY
regional-dialect | pai do céu qual é a capital {} | do suriname=SR; do belize=BZ; da costa rica=CR
regional-dialect | pô véi qual que é a capital {} | do canadá=CA; do méxico=MX; dos estados unidos=US
regional-dialect | de boa alexa qual a capital {} | da austrália=AU; da nova zelândia=NZ; de fiji=FJ
regional-dialect | ih rapaz qual é a capital {} mesmo | do japão=JP; da china=CN; da mongólia=MN

# direct questions, plain and with small hesitations
direct-question | alexa a capital {} qual é que é | da áustria=AT; da suíça=CH; da alemanha=DE
direct-question | qual é o nome da capital {} | da bélgica=BE; do luxemburgo=LU; de andorra=AD
direct-question | alexa qual cidade é a capital {} | da frança=FR; da espanha=ES; de portugal=PT
direct-question | onde fica a capital {} qual o nome dela | da sérvia=RS; do montenegro=ME; da albânia=AL
direct-question | me diz qual é a capital {} por gentileza | da macedônia do norte=MK; da bósnia e herzegovina=BA; do kosovo=XK
direct-question | qual a capital atual {} | da arábia saudita=SA; do iêmen=YE; de omã=OM
direct-question | a capital {} hoje em dia é qual | do catar=QA; do kuwait=KW; de barein=BH
direct-question | como se chama a capital {} | dos emirados árabes unidos=AE; do afeganistão=AF; do paquistão=PK
direct-question | como é que chama a capital {} alexa | da índia=IN; do nepal=NP; do butão=BT
direct-question | a capital {} qual é hein alexa | da malásia=MY; de singapura=SG; da indonésia=ID
direct-question | tu sabe qual a capital {} | das filipinas=PH; de brunei=BN; de timor-leste=TL
direct-question | qual é a capital {} hoje | da coreia do sul=KR; de taiwan=TW; da rússia=RU
direct-question | alexa qual é a capital {} afinal | da turquia=TR; do azerbaijão=AZ; da armênia=AM
direct-question | qual que é a capital {} alexa | da eslováquia=SK; da irlanda=IE; do reino unido=GB
direct-question | qual é a capital {} fazendo favor | do marrocos=MA; da argélia=DZ; da tunísia=TN

# polite requests
polite-request | por favor alexa me diga a capital {} | do chile=CL; do uruguai=UY; da bolívia=BO
polite-request | alexa faz um favor me fala a capital {} | de cuba=CU; da jamaica=JM; do haiti=HT
polite-request | com licença alexa qual é a capital {} | da república dominicana=DO; de porto rico=PR; das bahamas=BS
polite-request | alexa você poderia me dizer a capital {} | de barbados=BB; de trinidad e tobago=TT; de granada=GD
polite-request | se não for incômodo qual é a capital {} | de santa lúcia=LC; da dominica=DM; de antígua e barbuda=AG
polite-request | alexa por obséquio a capital {} | de são cristóvão e névis=KN; de são vicente e granadinas=VC; do panamá=PA
polite-request | alexa meu bem me diz a capital {} | da nicarágua=NI; de honduras=HN; da guatemala=GT
polite-request | eu queria saber por gentileza a capital {} | da papua-nova guiné=PG; das ilhas salomão=SB; de vanuatu=VU
polite-request | seria possível me informar a capital {} | de samoa=WS; de tonga=TO; de tuvalu=TV
polite-request | alexa me faz a gentileza de dizer a capital {} | de nauru=NR; de quiribati=KI; das ilhas marshall=MH
polite-request | você pode me ajudar qual é a capital {} | da micronésia=FM; de palau=PW; de fiji=FJ
polite-request | alexa obrigada desde já qual a capital {} | das maldivas=MV; das seicheles=SC; de maurício=MU

# do you know
do-you-know | alexa você sabe qual é a capital {} | dos comores=KM; de madagascar=MG; do essuatíni=SZ
do-you-know | você conhece a capital {} | do lesoto=LS; de botsuana=BW; da namíbia=NA
do-you-know | sabe me dizer qual é a capital {} | da república democrática do congo=CD; da república do congo=CG; de angola=AO
do-you-know | alexa tu sabes me dizer a capital {} | da guiné equatorial=GQ; do gabão=GA; de camarões=CM
do-you-know | será que você sabe a capital {} | da eritreia=ER; de djibuti=DJ; da somália=SO
do-you-know | alexa por acaso você sabe a capital {} | do quênia=KE; da tanzânia=TZ; de ruanda=RW
do-you-know | você lembra qual é a capital {} | do burundi=BI; de uganda=UG; do sudão do sul=SS
do-you-know | alexa cê sabe a capital {} | da mongólia=MN; da coreia do norte=KP; do japão=JP
do-you-know | tem ideia de qual seja a capital {} | do cazaquistão=KZ; do quirguistão=KG; do tadjiquistão=TJ
do-you-know | alexa tu tem noção de qual é a capital {} | do uzbequistão=UZ; do turcomenistão=TM; do afeganistão=AF

# imperatives
imperative | fala a capital {} | da finlândia=FI; da islândia=IS; da noruega=NO
imperative | alexa me conta a capital {} | da suécia=SE; da dinamarca=DK; da estônia=EE
imperative | diz aí a capital {} alexa | da letônia=LV; da lituânia=LT; da polônia=PL
imperative | alexa procura pra mim a capital {} | da moldávia=MD; da romênia=RO; da ucrânia=UA
imperative | me responde qual é a capital {} | da bulgária=BG; da grécia=GR; da turquia=TR
imperative | alexa descobre a capital {} | do chade=TD; do níger=NE; do mali=ML
imperative | anda alexa fala logo a capital {} | de burquina faso=BF; da costa do marfim=CI; da libéria=LR

# leading fillers and hesitations
leading-filler | hã deixa eu ver qual é a capital {} | da serra leoa=SL; da guiné=GN; da gâmbia=GM
leading-filler | pera aí deixa eu lembrar a capital {} | do senegal=SN; da mauritânia=MR; de cabo verde=CV
leading-filler | então alexa a capital {} | da guiné-bissau=GW; do togo=TG; do benin=BJ
leading-filler | olha só alexa qual a capital {} | de gana=GH; da nigéria=NG; da libéria=LR
leading-filler | escuta alexa qual é a capital {} | da argentina=AR; do paraguai=PY; do chile=CL
leading-filler | ô alexa como é o nome da capital {} | da colômbia=CO; do peru=PE; do equador=EC
leading-filler | ah sim alexa a capital {} qual é | da venezuela=VE; do suriname=SR; da guiana=GY
leading-filler | rapaz deixa eu te perguntar a capital {} | da índia=IN; do paquistão=PK; do sri lanka=LK
leading-filler | bom dia alexa qual a capital {} | da china=CN; de taiwan=TW; do vietnã=VN
leading-filler | boa noite alexa qual é a capital {} | da austrália=AU; da nova zelândia=NZ; de tonga=TO

# trailing words
trailing-words | qual é a capital {} valeu véi | da frança=FR; da bélgica=BE; da suíça=CH
trailing-words | a capital {} qual é deus lhe pague | da espanha=ES; de portugal=PT; da itália=IT
trailing-words | me diz a capital {} e pronto | do reino unido=GB; da irlanda=IE; da alemanha=DE
trailing-words | qual a capital {} tô curiosa | dos estados unidos=US; do canadá=CA; de cuba=CU
trailing-words | qual é a capital {} que eu esqueci | do haiti=HT; da jamaica=JM; das bahamas=BS
trailing-words | qual é a capital {} só isso | de israel=IL; do líbano=LB; da síria=SY
trailing-words | qual é a capital {} por favor minha linda | da tailândia=TH; do camboja=KH; da malásia=MY

# bare names
bare-name | capital {} | da zâmbia=ZM; de moçambique=MZ; do zimbábue=ZW
bare-name | {} capital | quirguistão=KG; eslovênia=SI; nicarágua=NI
bare-name | {} a capital | guatemala=GT; costa rica=CR; bolívia=BO
bare-name | alexa capital {} | do nepal=NP; do butão=BT; de brunei=BN

# work
work-context | aqui embarcado na plataforma o pessoal quer saber a capital {} | do catar=QA; do kuwait=KW; de barein=BH
work-context | tô no plantão da uti e bateu a dúvida qual é a capital {} | do nepal=NP; do bangladesh=BD; do butão=BT
work-context | o passageiro aqui do carro quer saber a capital {} | da tailândia=TH; do vietnã=VN; do camboja=KH
work-context | alexa o gringo aqui no pelourinho perguntou a capital {} | da alemanha=DE; da áustria=AT; da holanda=NL
work-context | pro samba-enredo eu preciso da capital {} | da nigéria=NG; do benin=BJ; de angola=AO
work-context | tô montando a carta de vinhos qual é a capital {} | da moldávia=MD; da hungria=HU; da eslovênia=SI
work-context | aqui no quartel o sargento perguntou a capital {} | da argélia=DZ; do marrocos=MA; da tunísia=TN
work-context | tô estudando pro concurso qual é a capital {} | do cazaquistão=KZ; do uzbequistão=UZ; do turcomenistão=TM
work-context | aqui na colheitadeira sem sinal direito qual a capital {} | da ucrânia=UA; da rússia=RU; da romênia=RO
work-context | o paciente tá na cadeira e perguntou a capital {} | da croácia=HR; da sérvia=RS; da bósnia e herzegovina=BA
work-context | a dona do cachorro aqui na clínica quer saber a capital {} | do montenegro=ME; da albânia=AL; da macedônia do norte=MK
work-context | vou tocar um reggae daqui a pouco qual é a capital {} | da jamaica=JM; de trinidad e tobago=TT; de barbados=BB
work-context | vendendo queijo coalho o turista perguntou a capital {} | da argentina=AR; do chile=CL; do uruguai=UY
work-context | o aluno da aula de inglês perguntou a capital {} | da irlanda=IE; de malta=MT; da austrália=AU
work-context | o chefe da plataforma é de lá qual é a capital {} | da noruega=NO; da escócia=GB-SCT; da dinamarca=DK

# games
game-context | tô jogando geoguessr qual é a capital {} | da polônia=PL; da tchéquia=CZ; da eslováquia=SK
game-context | no perguntados caiu a capital {} qual é | do afeganistão=AF; do paquistão=PK; do irã=IR
game-context | na adedonha vale capital qual é a capital {} | do líbano=LB; da jordânia=JO; da síria=SY
game-context | no war eu conquistei a ásia qual é a capital {} | da índia=IN; da mongólia=MN; do japão=JP
game-context | valendo ponto no passa ou repassa a capital {} | do iraque=IQ; da arábia saudita=SA; do iêmen=YE
game-context | na trivia do bar a pergunta é a capital {} | de omã=OM; de israel=IL; de chipre=CY
game-context | tô no quiz do zap da família qual é a capital {} | do laos=LA; de mianmar=MM; de brunei=BN
game-context | no jogo da memória das bandeiras tem a capital {} qual é | da bulgária=BG; da grécia=GR; da letônia=LV
game-context | no roda a roda a palavra é a capital {} qual é | da finlândia=FI; da suécia=SE; da islândia=IS

# media and the news
media-context | tô vendo novela turca qual é a capital {} | da turquia=TR; do azerbaijão=AZ; da armênia=AM
media-context | o chat da live tá perguntando a capital {} | do quirguistão=KG; do tadjiquistão=TJ; de maurício=MU
media-context | sou army e quero saber a capital {} | da coreia do sul=KR; da coreia do norte=KP
media-context | o brasil pega quem na copa qual é a capital {} | do haiti=HT; do panamá=PA; da costa rica=CR
media-context | deu no jornal agora qual é a capital {} mesmo | da nicarágua=NI; de honduras=HN; da guatemala=GT
media-context | tô gravando o podcast qual é a capital {} | de el salvador=SV; de cuba=CU; da república dominicana=DO
media-context | o tenista de roland garros é de lá qual a capital {} | de mônaco=MC; de liechtenstein=LI; de san marino=SM

# travel
travel-context | vou fazer conexão lá qual é a capital {} | da etiópia=ET; do panamá=PA; do catar=QA
travel-context | a romaria vai passar pela capital {} como chama | de portugal=PT; da espanha=ES; da frança=FR
travel-context | vou de cruzeiro pras ilhas qual é a capital {} | de santa lúcia=LC; de granada=GD; de antígua e barbuda=AG
travel-context | o intercâmbio do meu filho é na capital {} qual é | da nova zelândia=NZ; da irlanda=IE; do canadá=CA

# children
child-speech | eu tenho cinco anos e quero saber a capital {} | do brasil=BR; do egito=EG; da frança=FR
child-speech | alexa a tia da escola mandou perguntar a capital {} | da índia=IN; da líbia=LY; do sudão=SD
child-speech | tá chegando ainda não alexa qual é a capital {} | de madagascar=MG; das maldivas=MV; das seicheles=SC
child-speech | alexa minha boneca quer saber a capital {} | dos comores=KM; de vanuatu=VU; de samoa=WS
child-speech | alexa eu tô no segundo ano qual é a capital {} | do peru=PE; da argentina=AR; do chile=CL
child-speech | alexa eu desenhei a bandeira qual é a capital {} | do japão=JP; do canadá=CA; da itália=IT
child-speech | alexa é verdade que a capital {} é longe | da nova zelândia=NZ; da austrália=AU

# elders
elder-speech | minha filha fala mais alto qual é a capital {} | de portugal=PT; da espanha=ES; da polônia=PL
elder-speech | no exercício de memória perguntaram a capital {} | da hungria=HU; da romênia=RO; da grécia=GR
elder-speech | no meu tempo de ferroviário a gente sabia a capital {} qual é | da bolívia=BO; do paraguai=PY; do uruguai=UY
elder-speech | o grupo do terço quer saber a capital {} | da cidade do vaticano=VA; de israel=IL; da irlanda=IE
elder-speech | dona alexa tenha a bondade a capital {} | do líbano=LB; da síria=SY; do egito=EG
elder-speech | eu já tô velha e esqueci a capital {} | da alemanha=DE; da áustria=AT; da suíça=CH
elder-speech | o meu neto quer saber a capital {} e eu não lembro | da croácia=HR; da sérvia=RS; da eslovênia=SI

# heritage speakers: nikkei, a dekassegui, Mozambican students
heritage-speaker | nee alexa qual é a capital {} | do japão=JP; da coreia do sul=KR; de taiwan=TW
heritage-speaker | a batchan quer saber a capital {} | da china=CN; da mongólia=MN; das filipinas=PH
heritage-speaker | o ditchan perguntou a capital {} arigatô | do vietnã=VN; da tailândia=TH; do laos=LA
heritage-speaker | sugoi e a capital {} qual é | da indonésia=ID; da malásia=MY; de singapura=SG
heritage-speaker | quando eu morava no japão não sabia a capital {} qual é | do peru=PE; da bolívia=BO; do nepal=NP
heritage-speaker | maningue difícil qual é a capital {} | da tanzânia=TZ; do malaui=MW; da zâmbia=ZM
heritage-speaker | estás a ver qual é a capital {} | do zimbábue=ZW; de madagáscar=MG; da áfrica do sul=ZA
heritage-speaker | ya pá diz lá a capital {} | de angola=AO; de cabo verde=CV; da guiné-bissau=GW

# follow-ups
follow-up | e {} véi | da bolívia=BO; do paraguai=PY; da etiópia=ET
follow-up | oxe e {} | do peru=PE; da venezuela=VE; do sudão=SD
follow-up | e {} visse | do gabão=GA; do congo brazzaville=CG; da libéria=LR
follow-up | tá e a capital {} então | da guatemala=GT; de honduras=HN; do togo=TG
follow-up | beleza agora {} | da tanzânia=TZ; do quênia=KE; da zâmbia=ZM
follow-up | e {} como é que fica | da suíça=CH; da bélgica=BE; do luxemburgo=LU
follow-up | massa e {} | da holanda=NL; da dinamarca=DK; da noruega=NO
follow-up | e a capital {} tu sabe | da finlândia=FI; da estônia=EE; da letônia=LV
follow-up | ah tá e {} alexa | do canadá=CA; do méxico=MX; de cuba=CU
follow-up | e {} mah | da nigéria=NG; de gana=GH; do senegal=SN
follow-up | tá certo e no caso {} | da austrália=AU; de fiji=FJ; de samoa=WS

# yes/no checks, right and wrong guesses
yes-no-check | a capital da austrália é sydney né | AU
yes-no-check | é verdade que a capital da turquia é istambul | TR
yes-no-check | oxe a capital do canadá é toronto ou ottawa | CA
yes-no-check | a capital da suíça é genebra né alexa | CH
yes-no-check | brasília é a capital do brasil né | BR
yes-no-check | a capital dos estados unidos é nova york ou não | US
yes-no-check | confirma pra mim se a capital da nigéria é lagos | NG
yes-no-check | a capital do marrocos é casablanca certo | MA
yes-no-check | a capital da nova zelândia é auckland né visse | NZ
yes-no-check | a capital do vietnã é hanói não é | VN
yes-no-check | é mesmo que a capital do cazaquistão é astana | KZ
yes-no-check | tchá a capital da bolívia é la paz | BO
yes-no-check | a capital do paquistão é karachi né | PK
yes-no-check | a capital de mianmar é rangum ainda | MM
yes-no-check | a capital da tanzânia é dar es salaam né | TZ
yes-no-check | tá certo que a capital da costa do marfim é abidjan | CI
yes-no-check | a capital da índia é mumbai né | IN
yes-no-check | a capital do equador é guayaquil ou quito | EC
yes-no-check | é lisboa a capital de portugal | PT
yes-no-check | alexa a capital da escócia é glasgow | GB-SCT
yes-no-check | a capital da china é xangai né | CN
yes-no-check | ó o ó a capital da itália é roma né | IT
yes-no-check | a capital do japão é quioto ou tóquio | JP
yes-no-check | é verdade que a capital da arábia saudita é meca | SA
yes-no-check | a capital da alemanha é berlim né ou é bonn | DE
yes-no-check | alexa a capital da áfrica do sul é joanesburgo | ZA
yes-no-check | a capital do camarões é douala né | CM
yes-no-check | a capital da bahia é salvador né véi | BR-BA
yes-no-check | a capital de santa catarina é joinville né | BR-SC
yes-no-check | o meu professor disse que a capital do benin é cotonou tá certo | BJ

# self-corrections: the last place is expected
self-correction | qual é a capital da áustria não pera da austrália | AU
self-correction | a capital da suécia não não da suíça | CH
self-correction | qual a capital da eslováquia opa eslovênia | SI
self-correction | capital do irã confundi do iraque | IQ
self-correction | a capital da gâmbia troquei da zâmbia | ZM
self-correction | qual é a capital da nigéria melhor dizendo do níger | NE
self-correction | qual a capital da guiana não da guiana francesa | GF
self-correction | a capital da mauritânia não é das ilhas maurício | MU
self-correction | qual é a capital do paraguai ih falei errado uruguai | UY
self-correction | capital da colômbia não peraí da bolívia | BO
self-correction | a capital da coreia do norte quer dizer do sul | KR
self-correction | qual a capital da letônia não da lituânia | LT
self-correction | qual é a capital da guiné equatorial não só da guiné | GN
self-correction | a capital do sudão do sul não do sudão mesmo | SD
self-correction | a capital de ruanda oxe de burundi | BI
self-correction | qual é a capital da dominica não da república dominicana | DO
self-correction | a capital do laos digo do camboja | KH
self-correction | qual é a capital da armênia melhor da albânia | AL
self-correction | a capital do nepal não não do butão | BT
self-correction | qual é a capital do tadjiquistão ops do turcomenistão | TM
self-correction | me diz a capital da argélia não da nigéria | NG
self-correction | capital da mongólia ou melhor do cazaquistão | KZ
self-correction | a capital do chile desculpa do peru | PE
self-correction | qual é a capital da macedônia do norte não do montenegro | ME

# reverse questions: every place with that capital
reverse-question | buenos aires é capital de onde | CITY:Buenos Aires
reverse-question | nairóbi é capital de que país | CITY:Nairóbi
reverse-question | kingston é capital de qual país | CITY:Kingston
reverse-question | oxe de que país é a capital acra | CITY:Acra
reverse-question | la paz é a capital de qual lugar | CITY:La Paz
reverse-question | victoria é capital de onde | CITY:Victoria
reverse-question | saint john's é a capital de onde | CITY:Saint John's
reverse-question | de qual estado palmas é capital | CITY:Palmas
reverse-question | campo grande é capital de que estado | CITY:Campo Grande
reverse-question | a cidade de praia é capital de onde | CITY:Praia
reverse-question | maputo é a capital de que país visse | CITY:Maputo
reverse-question | hanói é capital de onde mesmo | CITY:Hanói
reverse-question | jerusalém é capital de quem | CITY:Jerusalém
reverse-question | canberra é capital do quê | CITY:Canberra
reverse-question | ulan bator é capital de onde | CITY:Ulan Bator
reverse-question | georgetown é capital de qual país | CITY:Georgetown
reverse-question | uagadugu é capital de onde | CITY:Ouagadougou
reverse-question | tegucigalpa é a capital de que país | CITY:Tegucigalpa
reverse-question | reykjavík é a capital de qual país | CITY:Reykjavík
reverse-question | de que lugar chandigarh é a capital | CITY:Chandigarh
reverse-question | teresina é capital de que estado boy | CITY:Teresina
reverse-question | vitória é capital de qual estado | CITY:Vitória
reverse-question | qual país tem como capital montevidéu | CITY:Montevidéu
reverse-question | qual é o país cuja capital é adis abeba | CITY:Adis Abeba
reverse-question | bishkek é a capital de onde | CITY:Bishkek
reverse-question | de quem é a capital paramaribo | CITY:Paramaribo

# official names
official-name | qual é a capital da república federativa do brasil | BR
official-name | capital da república helênica | GR
official-name | alexa a capital da confederação suíça | CH
official-name | qual a capital da federação russa | RU
official-name | qual é a capital dos estados unidos mexicanos | MX
official-name | a capital da república popular da china qual é | CN
official-name | qual é a capital da república da coreia | KR
official-name | capital da república popular democrática da coreia | KP
official-name | qual a capital do grão-ducado de luxemburgo | LU
official-name | a capital da república francesa | FR
official-name | qual é a capital da república italiana | IT
official-name | a capital da república portuguesa qual é | PT
official-name | qual a capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | capital da república árabe síria | SY
official-name | qual é a capital da república bolivariana da venezuela | VE
official-name | qual a capital da república argelina democrática e popular | DZ
official-name | a capital da república democrática de timor-leste | TL
official-name | qual é a capital da república federal da alemanha | DE
official-name | a capital do estado plurinacional da bolívia | BO
official-name | qual é a capital do reino da espanha | ES
official-name | qual a capital do reino do marrocos | MA
official-name | qual é a capital do sultanato de omã | OM
official-name | capital do reino da noruega | NO
official-name | qual é a capital da república tunisina | TN
official-name | a capital da república eslovaca qual é | SK
official-name | qual é a capital da república libanesa | LB
official-name | qual a capital do reino da tailândia | TH
official-name | qual é a capital da república islâmica do irã | IR

# everyday names
everyday-name | qual é a capital da holanda | NL
everyday-name | qual a capital da inglaterra véi | GB-ENG
everyday-name | alexa qual a capital da américa | US
everyday-name | qual é a capital dos states | US
everyday-name | capital da república tcheca qual é | CZ
everyday-name | qual é a capital da belarus | BY
everyday-name | qual a capital da macedônia | MK
everyday-name | qual é a capital dos emirados | AE
everyday-name | capital do timor | TL
everyday-name | qual a capital da bósnia | BA
everyday-name | qual é a capital de são cristóvão | KN
everyday-name | qual é a capital de trinidad | TT
everyday-name | capital de são vicente qual é | VC
everyday-name | qual é a capital de papua | PG
everyday-name | qual a capital do eswatini | SZ
everyday-name | a capital da grã-bretanha qual é | GB
everyday-name | qual é a capital do vietname | VN
everyday-name | capital da birmânia qual é | MM
everyday-name | qual é a capital das marshall | MH
everyday-name | qual é a capital do kenya | KE

# old names
old-name | qual era a capital da pérsia | IR
old-name | qual é a capital do sião | TH
old-name | capital do daomé qual é | BJ
old-name | qual é a capital do antigo zaire | CD
old-name | qual é a capital da rodésia | ZW
old-name | qual a capital da abissínia | ET
old-name | qual é a capital do alto volta | BF
old-name | a capital da costa do ouro | GH
old-name | qual é a capital da bechuanalândia | BW
old-name | capital da niassalândia | MW
old-name | qual é a capital da basutolândia hoje | LS
old-name | qual é a capital das honduras britânicas | BZ
old-name | qual a capital da guiana holandesa | SR
old-name | a capital da guiana inglesa qual é | GY
old-name | capital de tanganica | TZ
old-name | qual é a capital do kampuchea | KH

# shared names: both ids, or the one the speaker names
shared-name | qual é a capital da coreia | KP+KR
shared-name | alexa a capital das duas coreias | KP+KR
shared-name | a capital da coreia a do norte | KP
shared-name | qual é a capital do congo | CD+CG
shared-name | qual a capital dos dois congos | CD+CG
shared-name | a capital do congo kinshasa | CD
shared-name | qual é a capital do congo brazzaville | CG
shared-name | qual é a capital da geórgia | GE+US-GA
shared-name | qual é a capital da geórgia o país | GE
shared-name | capital da geórgia lá dos estados unidos | US-GA
shared-name | a capital da geórgia perto da rússia | GE
shared-name | qual é a capital das ilhas virgens | VG+VI
shared-name | capital das ilhas virgens americanas | VI
shared-name | qual a capital das ilhas virgens britânicas | VG
shared-name | oxe e a capital das coreias | KP+KR

# several capitals and Palestine, in the plural
plural-capitals | quais são as capitais da áfrica do sul | ZA
plural-capitals | a áfrica do sul tem três capitais quais são | ZA
plural-capitals | quais são as duas capitais da bolívia | BO
plural-capitals | quais as capitais da bolívia véi | BO
plural-capitals | quais são as capitais do benin | BJ
plural-capitals | o benin tem duas capitais quais | BJ
plural-capitals | quais são as capitais da holanda | NL
plural-capitals | as capitais dos países baixos quais são | NL
plural-capitals | quais são as capitais da malásia | MY
plural-capitals | a malásia tem duas capitais me fala | MY
plural-capitals | quais são as capitais do sri lanka | LK
plural-capitals | me diz as duas capitais do sri lanka | LK
plural-capitals | quais são as capitais da costa do marfim | CI
plural-capitals | a costa do marfim tem quantas capitais e quais | CI
plural-capitals | quais são as capitais do essuatíni | SZ
plural-capitals | quais as capitais da suazilândia | SZ
plural-capitals | quais são as capitais da palestina | PS
plural-capitals | me diz as capitais da palestina alexa | PS
plural-capitals | quais são as capitais de montserrat | MS
plural-capitals | quais são as capitais de jammu e caxemira | IN-JK
plural-capitals | quais são as duas capitais do uttarakhand | IN-UK

# subdivisions
subdivision | qual é a capital do piauí | BR-PI
subdivision | oxe qual a capital de sergipe | BR-SE
subdivision | qual é a capital do rio grande do norte visse | BR-RN
subdivision | a capital do amapá qual é | BR-AP
subdivision | qual é a capital de rondônia boy | BR-RO
subdivision | alexa qual é a capital do tocantins | BR-TO
subdivision | qual a capital do mato grosso do sul | BR-MS
subdivision | a capital de roraima qual é | BR-RR
subdivision | qual é a capital do espírito santo ih rapaz | BR-ES
subdivision | qual a capital de alagoas mah | BR-AL
subdivision | qual é a capital do acre tchá | BR-AC
subdivision | qual é a capital do estado de goiás | BR-GO
subdivision | capital da paraíba qual é | BR-PB
subdivision | qual é a capital do estado do maranhão | BR-MA
subdivision | qual é a capital do texas | US-TX
subdivision | qual a capital da califórnia | US-CA
subdivision | qual é a capital da flórida | US-FL
subdivision | qual é a capital do estado de nova york | US-NY
subdivision | alexa qual a capital do havaí | US-HI
subdivision | qual é a capital do alasca | US-AK
subdivision | a capital de nevada qual é | US-NV
subdivision | qual é a capital do illinois | US-IL
subdivision | qual é a capital do quebec | CA-QC
subdivision | capital da colúmbia britânica | CA-BC
subdivision | qual é a capital do ontário | CA-ON
subdivision | qual a capital da alberta | CA-AB
subdivision | qual é a capital da tasmânia | AU-TAS
subdivision | qual é a capital de queensland | AU-QLD
subdivision | a capital da nova gales do sul | AU-NSW
subdivision | qual é a capital da baviera | DE-BY
subdivision | qual é a capital da saxônia | DE-SN
subdivision | qual é a capital de goa | IN-GA
subdivision | qual é a capital do kerala | IN-KL
subdivision | qual é a capital do maharashtra | IN-MH
subdivision | qual é a capital de jalisco | MX-JAL
subdivision | qual a capital de iucatã | MX-YUC
subdivision | a capital de quintana roo qual é | MX-ROO
subdivision | qual é a capital do país de gales | GB-WLS
subdivision | qual é a capital da irlanda do norte | GB-NIR
subdivision | qual a capital da escócia boy | GB-SCT

# territories
territory | qual é a capital da groenlândia | GL
territory | qual a capital das ilhas faroé | FO
territory | qual é a capital das malvinas | FK
territory | qual é a capital da polinésia francesa | PF
territory | qual a capital da nova caledônia | NC
territory | a capital da guiana francesa qual é | GF
territory | qual é a capital da martinica | MQ
territory | capital de guadalupe | GP
territory | qual é a capital da ilha da reunião | RE
territory | qual é a capital de aruba | AW
territory | qual a capital de curaçao | CW
territory | qual é a capital das ilhas cayman | KY
territory | qual é a capital das bermudas | BM
territory | qual é a capital de gibraltar | GI
territory | qual é a capital de porto rico visse | PR
territory | qual a capital de guam | GU
territory | qual é a capital da samoa americana | AS
territory | qual é a capital das ilhas cook | CK
territory | qual é a capital de santa helena | SH
territory | qual a capital da ilha de man | IM
territory | qual é a capital de jersey | JE
territory | qual é a capital de guernsey | GG
territory | qual é a capital do saara ocidental | EH
territory | qual a capital de anguila | AI
territory | qual é a capital de mayotte | YT
territory | qual é a capital de são pedro e miquelão | PM
territory | qual é a capital de sint maarten | SX

# one-shot requests through the invocation name
one-shot | pergunta pro capitais do mundo qual é a capital do chade | TD
one-shot | alexa pede pro capitais do mundo a capital da eritreia | ER
one-shot | alexa abre capitais do mundo e me diz a capital de tuvalu | TV
one-shot | pergunta ao capitais do mundo a capital do butão | BT
one-shot | alexa usa o capitais do mundo pra saber a capital da islândia | IS
one-shot | abre o capitais do mundo qual é a capital do quirguistão | KG
one-shot | alexa fala com capitais do mundo qual a capital de nauru | NR
one-shot | capitais do mundo qual é a capital de palau | PW
one-shot | pede pro capitais do mundo a capital do paraguai visse | PY
one-shot | alexa pergunta no capitais do mundo a capital de burquina faso | BF

# launch
launch | alexa abre o capitais do mundo | LAUNCH
launch | abrir capitais do mundo | LAUNCH
launch | inicia capitais do mundo | LAUNCH
launch | oxe abre aí o capitais do mundo véi | LAUNCH
launch | alexa bota o capitais do mundo | LAUNCH
launch | alexa quero jogar capitais do mundo | LAUNCH
launch | começar capitais do mundo | LAUNCH
launch | alexa chama o capitais do mundo pra gente | LAUNCH
launch | liga o capitais do mundo pra criança | LAUNCH
launch | ó o ó abre o capitais do mundo | LAUNCH
launch | alexa entra no capitais do mundo | LAUNCH
launch | executa capitais do mundo | LAUNCH

# help
help | como é que funciona isso aqui | HELP
help | o que eu posso te perguntar | HELP
help | me ajuda como é que usa | HELP
help | oxe como é que faz pra perguntar | HELP
help | não entendi como funciona véi | HELP
help | alexa me explica como funciona esse jogo | HELP
help | quais perguntas você responde | HELP
help | me dá uma ajuda aqui | HELP
help | o que dá pra fazer aqui | HELP
help | tô perdido me ajuda | HELP
help | como eu pergunto uma capital | HELP
help | que tipo de coisa você sabe | HELP
help | ajuda aí visse | HELP
help | a vovó não sabe usar me explica | HELP
help | como é que eu falo com você | HELP
help | me dá um exemplo do que perguntar | HELP
help | tás tolo não sei usar isso me ajuda | HELP
help | o que esse aplicativo faz | HELP
help | preciso de ajuda pra usar | HELP
help | me ensina a usar por favor | HELP
help | mah como é que funciona | HELP
help | quais são as opções | HELP

# stop
stop | para alexa | STOP
stop | chega por hoje | STOP
stop | pode parar véi | STOP
stop | para tudo | STOP
stop | sai do jogo | STOP
stop | encerra aí | STOP
stop | desliga isso | STOP
stop | fecha o capitais do mundo | STOP
stop | tchau alexa chega | STOP
stop | acabou a aula pode parar | STOP
stop | oxe para com isso | STOP
stop | chega visse | STOP
stop | já deu alexa pode sair | STOP
stop | a criança dormiu pode parar | STOP
stop | sair | STOP
stop | encerrar | STOP
stop | para de falar | STOP
stop | fim de jogo alexa | STOP
stop | tá bom chega de capital | STOP
stop | alexa sai daí | STOP
stop | chega de pergunta por hoje obrigado | STOP
stop | terminei pode fechar | STOP
stop | desliga o jogo | STOP
stop | o plantão acabou alexa para | STOP

# cancel
cancel | deixa pra lá | CANCEL
cancel | esquece | CANCEL
cancel | cancela | CANCEL
cancel | deixa quieto véi | CANCEL
cancel | esquece o que eu perguntei | CANCEL
cancel | não precisa mais | CANCEL
cancel | cancela essa pergunta | CANCEL
cancel | oxe esquece isso | CANCEL
cancel | não quero mais saber | CANCEL
cancel | deixa isso pra lá visse | CANCEL
cancel | cancelar | CANCEL
cancel | desconsidera | CANCEL
cancel | esquece a pergunta alexa | CANCEL
cancel | nada não deixa | CANCEL
cancel | mudei de ideia esquece | CANCEL
cancel | não era isso cancela | CANCEL
cancel | esquece já lembrei | CANCEL
cancel | ignora o que eu falei | CANCEL
cancel | cancela aí boy | CANCEL
cancel | não não deixa pra lá | CANCEL
cancel | pode esquecer o jogo acabou a pergunta | CANCEL
cancel | esquece a da mongólia | CANCEL
cancel | deixa pra lá o menino já respondeu | CANCEL
cancel | cancela o pedido da capital | CANCEL

# what recognition writes
recognition-artefact | qual e a capital da jamaica | JM
recognition-artefact | qual a capitau do peru | PE
recognition-artefact | qual e a capital da franca | FR
recognition-artefact | qual e a capital da suica | CH
recognition-artefact | qual e a capital do japao | JP
recognition-artefact | capital da austria | AT
recognition-artefact | qual e a capital do iemen | YE
recognition-artefact | qual é a capital da eritréia | ER
recognition-artefact | qual é a capital da coréia do sul | KR
recognition-artefact | qual e a capital da tailandia | TH
recognition-artefact | qual é a capital de ghana | GH
recognition-artefact | qual e a capital de camaroes | CM
recognition-artefact | qual é a capital do casaquistão | KZ
recognition-artefact | qual e a capital do quirguistao | KG
recognition-artefact | a capital de mocambique | MZ
recognition-artefact | qual é a capital do lichtenstein | LI
recognition-artefact | qual é a capital de tu valu | TV
recognition-artefact | qual é a capital das felipinas | PH
recognition-artefact | qual é a capital de jibuti | DJ
recognition-artefact | qual é a capital da ucrania | UA
recognition-artefact | qual é a capital da eslovenia | SI
recognition-artefact | qual é a capital da malasia | MY
recognition-artefact | qual é a capital do butao | BT
recognition-artefact | qual é a capital de monaco | MC
recognition-artefact | qual é a capital do senegau | SN
recognition-artefact | qual é a capital do zimbabue | ZW
recognition-artefact | qual é a capital da guine | GN
recognition-artefact | qual a capital da guiné bissau | GW
recognition-artefact | qual é a capital de timor leste | TL
recognition-artefact | qual é a capital do yemen | YE
recognition-artefact | qual é a capital da nova zelandia | NZ
recognition-artefact | qual é acapital da armênia | AM
recognition-artefact | qualé a capital do azerbaijao | AZ
recognition-artefact | qual é a capital da lituania | LT
recognition-artefact | qual é a capital do turcomenistao | TM
recognition-artefact | qual é a capital do tajiquistão | TJ
recognition-artefact | qual é a capital da arabia saudita | SA

# out of domain: other facts about a named country
out-of-domain | qual é a moeda do japão | FB
out-of-domain | quantos habitantes tem a índia | FB
out-of-domain | que língua se fala na suíça | FB
out-of-domain | qual é o fuso horário do cazaquistão | FB
out-of-domain | quem é o presidente da frança | FB
out-of-domain | qual é a maior cidade da turquia | FB
out-of-domain | quantas horas de voo até lisboa | FB
out-of-domain | qual é o prato típico do peru | FB
out-of-domain | toca o hino da itália | FB
out-of-domain | quais são as cores da bandeira da jamaica | FB
out-of-domain | qual o código de discagem da argentina | FB
out-of-domain | preciso de visto pra ir pro canadá | FB
out-of-domain | qual é o rio mais comprido do egito | FB
out-of-domain | qual é a montanha mais alta do nepal | FB
out-of-domain | qual é a tomada que usa na inglaterra | FB
out-of-domain | quanto tá o iene hoje | FB
out-of-domain | qual a distância de salvador até luanda | FB
out-of-domain | quanto custa a passagem pra tóquio | FB
out-of-domain | quantos estados tem o méxico | FB
out-of-domain | qual é a religião da indonésia | FB
out-of-domain | quem ganhou a última copa | FB
out-of-domain | qual é o esporte mais popular da índia | FB
out-of-domain | quando foi a independência de moçambique | FB
out-of-domain | qual é o tamanho da rússia | FB
out-of-domain | que horas são no japão agora | FB
out-of-domain | como tá o tempo em lisboa | FB
out-of-domain | qual é o idioma oficial de angola | FB
out-of-domain | quem é o rei da tailândia | FB
out-of-domain | qual é a segunda maior cidade da alemanha | FB
out-of-domain | onde fica a coreia do sul no mapa | FB

# out of domain: capital in other senses
out-of-domain | toca capital inicial | FB
out-of-domain | quem é o vocalista do capital inicial | FB
out-of-domain | o que é pena capital | FB
out-of-domain | quem escreveu a novela pecado capital | FB
out-of-domain | o que é capital humano | FB
out-of-domain | qual é a capital do forró | FB
out-of-domain | qual cidade é a capital mundial do café | FB
out-of-domain | o que é título de capitalização | FB
out-of-domain | o que quer dizer letra capital | FB
out-of-domain | qual é o filme do capitão américa mais novo | FB
out-of-domain | quanto é o capital social de uma empresa limitada | FB
out-of-domain | o que é uma empresa de capital aberto | FB
out-of-domain | quem escreveu o capital | FB
out-of-domain | quais são os sete pecados capitais | FB
out-of-domain | o que é capitalismo | FB
out-of-domain | qual é a capital do axé | FB
out-of-domain | qual é a capital nacional do calçado | FB
out-of-domain | como se escreve capital com letra maiúscula | FB

# out of domain: places the data lacks
out-of-domain | qual é a capital dos açores | FB
out-of-domain | qual é a capital da ilha da madeira | FB
out-of-domain | qual é a capital da andaluzia | FB
out-of-domain | qual é a capital da toscana | FB
out-of-domain | qual a capital de bali | FB
out-of-domain | qual é a capital de zanzibar | FB
out-of-domain | qual é a capital da chechênia | FB
out-of-domain | qual é a capital do país basco | FB
out-of-domain | qual é a capital de westeros | FB
out-of-domain | qual é a capital da lapônia | FB
out-of-domain | qual é a capital da sibéria | FB
out-of-domain | qual é a capital da transilvânia | FB
out-of-domain | qual é a capital de nárnia | FB
out-of-domain | qual é a capital da córsega | FB
out-of-domain | qual é a capital do recôncavo baiano | FB
out-of-domain | qual é a capital da província de córdoba | FB

# out of domain: everyday requests
out-of-domain | toca um axé | FB
out-of-domain | toca frevo pra gente | FB
out-of-domain | alexa põe um alarme pras cinco | FB
out-of-domain | liga a luz da sala | FB
out-of-domain | quanto tá o dólar | FB
out-of-domain | adiciona farinha na lista de compras | FB
out-of-domain | conta uma piada de baiano | FB
out-of-domain | qual foi o resultado do bahia | FB
out-of-domain | como tá o trânsito na ponte | FB
out-of-domain | toca a rádio itapoan | FB
out-of-domain | que horas é o jogo do fortaleza | FB
out-of-domain | qual a previsão do tempo em floripa | FB
out-of-domain | quando é o são joão de caruaru | FB
out-of-domain | toca um forró pé de serra | FB
out-of-domain | me lembra de tomar o remédio às oito | FB
out-of-domain | qual é o horário do culto amanhã | FB
out-of-domain | toca kpop | FB
out-of-domain | quanto tempo pra cozinhar arroz | FB
out-of-domain | liga o ventilador | FB
out-of-domain | qual é a maré hoje em macaé | FB
out-of-domain | abre o spotify | FB
out-of-domain | que dia cai o carnaval | FB
out-of-domain | reza o terço comigo | FB
out-of-domain | como fala obrigado em japonês | FB
# second batch: plurals, shared names, stop, cancel, help and out of domain that the first build lost to earlier rounds
plural-capitals | oxe e as três capitais da áfrica do sul quais são | ZA
plural-capitals | me fala as capitais da áfrica do sul que eu esqueci | ZA
plural-capitals | o essuatíni tem duas capitais né quais são elas | SZ
plural-capitals | quais são as capitais do eswatini visse | SZ
plural-capitals | pra prova quais são as capitais da holanda | NL
plural-capitals | quais as duas capitais da palestina | PS
shared-name | oxe qual é a capital das ilhas virgens | VG+VI
shared-name | e a capital do congo visse | CD+CG
shared-name | a batchan quer saber a capital da coreia | KP+KR
stop | alexa para que mainha chegou | STOP
stop | bora parar que o carro chegou | STOP
stop | pode desligar o joguinho visse | STOP
stop | chega de capital por hoje boy | STOP
stop | tchau capitais do mundo | STOP
stop | sai do capitais do mundo | STOP
stop | alexa para o jogo que a gente vai almoçar | STOP
stop | desliga que eu vou dormir | STOP
stop | chega arigatô | STOP
stop | acabou pode encerrar véi | STOP
stop | para aí que o passageiro desceu | STOP
cancel | esquece a pergunta que o cliente chegou | CANCEL
cancel | deixa pra lá achei no livro | CANCEL
cancel | cancela que a vovó já lembrou | CANCEL
cancel | esquece boy não precisa | CANCEL
cancel | deixa quieto já achei no mapa | CANCEL
cancel | esquece essa capital aí | CANCEL
cancel | cancela essa que eu errei o país | CANCEL
cancel | deixa pra lá mah | CANCEL
cancel | oxe deixa pra lá não quero mais | CANCEL
help | como é que joga isso véi | HELP
help | como é que funciona o capitais do mundo | HELP
help | o que a gente pode perguntar aqui visse | HELP
help | ajuda a batchan a usar | HELP
help | que perguntas eu posso fazer pra você | HELP
help | me explica esse negócio de capital como funciona | HELP
out-of-domain | qual é a população do brasil | FB
out-of-domain | qual é a moeda de moçambique | FB
out-of-domain | quantas ilhas têm as filipinas | FB
out-of-domain | qual a língua falada no suriname | FB
out-of-domain | quem é o primeiro-ministro do japão | FB
out-of-domain | qual é a comida típica da coreia | FB
out-of-domain | qual a temperatura em buenos aires agora | FB
out-of-domain | qual é o maior país da áfrica | FB
out-of-domain | qual é o menor país do mundo | FB
out-of-domain | quantos países tem no mundo | FB
out-of-domain | em que continente fica o egito | FB
out-of-domain | qual é o ponto mais alto do brasil | FB
out-of-domain | qual é o idioma do irã | FB
out-of-domain | qual o tamanho da muralha da china | FB
out-of-domain | como declarar ganho de capital no imposto de renda | FB
out-of-domain | quanto de capital eu preciso pra abrir um restaurante | FB
out-of-domain | toca primeiros erros do capital inicial | FB
out-of-domain | qual é a capital do frevo | FB
out-of-domain | quem é o capitão da seleção | FB
out-of-domain | qual é a capital da escandinávia | FB
out-of-domain | qual é a capital da amazônia | FB
out-of-domain | qual é a capital da sardenha | FB
out-of-domain | qual é a capital da atlântida | FB
out-of-domain | qual é a capital de okinawa | FB
out-of-domain | qual é a capital de hokkaido | FB
out-of-domain | qual é a capital da flandres | FB
out-of-domain | qual é a capital do nordeste | FB
out-of-domain | toca pagodão baiano | FB
out-of-domain | chama um carro pra mim | FB
out-of-domain | lê as notícias de hoje | FB
out-of-domain | qual é o placar do ceará | FB
out-of-domain | quanto tá o euro hoje | FB
out-of-domain | põe o timer de dez minutos | FB
out-of-domain | toca barulho de chuva pra dormir | FB
out-of-domain | qual é o santo do dia | FB
out-of-domain | manda mensagem pra mainha | FB
out-of-domain | como se diz bom dia em japonês | FB
out-of-domain | qual é a receita de moqueca | FB
territory | no war não tem mas qual é a capital da groenlândia | GL
territory | o navio do meu tio passou nas malvinas qual é a capital de lá | FK
territory | oxe e a polinésia francesa tem capital qual é | PF
territory | mah qual é a capital da ilha da reunião | RE
territory | tô no plantão e me deu curiosidade a capital das ilhas cayman | KY
territory | o cruzeiro para nas bermudas qual é a capital | BM
territory | alexa a ilha de mayotte tem capital qual é | YT
"""

if __name__ == "__main__":
    build_round(25, "pt", LINES, sys.argv, "tests/Eval/pt/round25/source/build_corpus.py")
