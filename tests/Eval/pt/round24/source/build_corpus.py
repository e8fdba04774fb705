"""Round 24, Portuguese (pt-BR): a new author's own mix, written blind, with speakers, situations and wordings chosen
apart from rounds 20 to 23. Speakers: paraenses of Belém ("égua", "mana", "de rocha", "pai d'égua", the COP in Belém,
the Re-Pa), manauaras ("mano", "leseira", "maninho"), gaúchos of Porto Alegre and the Campanha ("bah", "tchê", "tri",
"barbaridade", "capaz"), mineiros of Belo Horizonte ("uai sô", "cumé que chama", "ô trem"), paulistanos of the Mooca
("orra meu", "belo"), cariocas of the Zona Norte ("coé", "papo reto", "caraca", "mermão"); Venezuelan refugees in Boa
Vista mixing Spanish ("chamo", "pana", "oye", "cuál es"), Angolan students in São Paulo ("bué", "ya", "diz-me lá"),
Ukrainian descendants of Prudentópolis (the "baba"), Polish descendants in Curitiba (the "babcia"); a trucker on the
BR-163 hauling soya ("aqui na boleia", "no posto"), a Correios clerk sending parcels abroad, a TV newsroom producer
checking a caption before going on air, a candidate for the Itamaraty's diplomacy exam, a taxi driver at Guarulhos with
foreign passengers, a hotel receptionist in Foz do Iguaçu, a cook in a restaurant kitchen, a night doorman, a bank's
exchange clerk, a person who stutters ("a a a capital"); small children (their age, "a professora falou", "a mamãe
disse"), elders (crosswords with the letters counted, a retired merchant sailor remembering ports, "minha filha", "no
meu tempo"). Situations: the board game Perfil, crosswords, a Show do Milhão at the family Christmas, a Kahoot at
school, ENEM and vestibular revision, the CACD, the Re-Pa and volleyball's Nations League, the women's World Cup, the
Dakar rally, airline miles and a layover, a parcel to a son abroad, the news (the COP, the BRICS summit, a flood, an
election). Plus fillers and hesitations ("é é", "tipo", "deixa eu ver", "como é que é", "peraí"), tails ("viu",
"tá bom", "brigado", "pelo amor de deus"), self-corrections ("não não", "errei", "falei errado", "na verdade", "ou
melhor"), follow-ups, yes/no checks with right and wrong cities, reverse questions, official, everyday and old names,
shared names (Congo, Coreia, Geórgia, Ilhas Virgens), every several-capital country and Palestine in the plural,
subdivisions (Brazilian, US, Canadian, Australian, German, Indian and Mexican states, the UK's nations), territories,
one-shot requests and launches through the invocation name "capitais do mundo", and what pt-BR recognition may write
(accents and tildes lost, split or joined words, misspellings such as "cingapura", "tchade", "mossambique", "bangla
desh", "usbequistão"). Out of domain: other facts about a named country (population, currency, language, president,
time, weather, dialling code, visa, largest city), "capital" in other senses (ganho de capital, capital de risco, capital
social, capital de giro, capitania, capitão, Capitu, the Capitólio), places the data lacks (Catalonia, Tibet, Wakanda,
Sicily, Patagonia, Kurdistan) and other skills' requests.
`python3 tests/Eval/pt/round24/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 24's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# direct questions: Belém, Manaus, Porto Alegre, Belo Horizonte, the Mooca, the Zona Norte
direct-question | égua mana qual é a capital {} | da nicarágua=NI; de honduras=HN; da guatemala=GT
direct-question | mana tu sabes qual é a capital {} | do suriname=SR; da guiana=GY; da guiana francesa=GF
direct-question | de rocha agora qual é a capital {} | da colômbia=CO; do equador=EC; da venezuela=VE
direct-question | mano qual que é a capital {} mesmo | do peru=PE; da bolívia=BO; do paraguai=PY
direct-question | bah tchê qual é a capital {} | do uruguai=UY; da argentina=AR; do chile=CL
direct-question | mas bah qual é a capital {} | da irlanda=IE; da escócia=GB-SCT; do país de gales=GB-WLS
direct-question | uai sô qual que é a capital {} | da hungria=HU; da romênia=RO; da bulgária=BG
direct-question | cumé que chama a capital {} | da ucrânia=UA; da moldávia=MD; da bielorrússia=BY
direct-question | orra meu qual é a capital {} | da itália=IT; da grécia=GR; da albânia=AL
direct-question | meu qual que é a capital {} belo | da polônia=PL; da tchéquia=CZ; da eslováquia=SK
direct-question | coé alexa qual é a capital {} | de cuba=CU; da jamaica=JM; do haiti=HT
direct-question | papo reto qual é a capital {} | da nigéria=NG; de gana=GH; do senegal=SN
direct-question | alexa qual é que é a capital {} | do marrocos=MA; da argélia=DZ; da tunísia=TN
direct-question | qual é a capital {} hein | da líbia=LY; do egito=EG; do sudão=SD
direct-question | a capital {} é qual | do irã=IR; do iraque=IQ; da síria=SY
direct-question | qual cidade que é capital {} | do líbano=LB; da jordânia=JO; de israel=IL
direct-question | alexa me tira uma dúvida qual é a capital {} | da tailândia=TH; do vietnã=VN; do camboja=KH
direct-question | a a a capital {} qual é | da indonésia=ID; das filipinas=PH; da malásia=MY
direct-question | qual é a ca capital {} | do nepal=NP; do butão=BT; de bangladesh=BD
direct-question | como é que chama a capital {} | do cazaquistão=KZ; do uzbequistão=UZ; do turcomenistão=TM
direct-question | qual seria a capital {} hoje em dia | do quirguistão=KG; do tadjiquistão=TJ; do afeganistão=AF
direct-question | alexa a capital {} qual que é hein | da armênia=AM; do azerbaijão=AZ; da geórgia o país=GE
direct-question | qual é mesmo o nome da capital {} | da estônia=EE; da letônia=LV; da lituânia=LT
direct-question | qual é a capital atual {} | do cazaquistão=KZ; de myanmar=MM; do brasil=BR
direct-question | qual que é a capital {} que eu esqueci | da dinamarca=DK; da islândia=IS; da áustria=AT
# polite
polite-request | por favor alexa qual é a capital {} | da nova zelândia=NZ; da austrália=AU; de fiji=FJ
polite-request | alexa por obséquio me diga a capital {} | de portugal=PT; da espanha=ES; de andorra=AD
polite-request | minha filha me faz a gentileza de dizer a capital {} | de malta=MT; de chipre=CY; da turquia=TR
polite-request | você pode me dizer qual é a capital {} por gentileza | do quênia=KE; da tanzânia=TZ; de uganda=UG
polite-request | eu queria saber por favor a capital {} | de ruanda=RW; do burundi=BI; do congo-kinshasa=CD
polite-request | desculpa incomodar mas qual é a capital {} | de angola=AO; de moçambique=MZ; de cabo verde=CV
polite-request | alexa faz um favorzinho me diz a capital {} | de são tomé e príncipe=ST; da guiné-bissau=GW; do timor-leste=TL
polite-request | se puder me responder qual a capital {} | da eslovênia=SI; da croácia=HR; da sérvia=RS
polite-request | alexa meu bem qual é a capital {} | da bélgica=BE; da holanda=NL; do luxemburgo=LU
# imperative
imperative | fala aí a capital {} | da frança=FR; da alemanha=DE; da suíça=CH
imperative | me fala a capital {} logo | do canadá=CA; do méxico=MX; dos estados unidos=US
imperative | diz aí a capital {} mana | do panamá=PA; da costa rica=CR; de el salvador=SV
imperative | alexa responde a capital {} | do zimbábue=ZW; da zâmbia=ZM; do malaui=MW
imperative | busca pra mim a capital {} | da namíbia=NA; de botsuana=BW; do lesoto=LS
imperative | me passa a capital {} aí | do gabão=GA; de camarões=CM; do chade=TD
imperative | fala qual é a capital {} sem enrolar | do níger=NE; do mali=ML; da mauritânia=MR
imperative | manda aí a capital {} | da somália=SO; de djibuti=DJ; da eritreia=ER
# do-you-know
do-you-know | tu sabe a capital {} | da etiópia=ET; do sudão do sul=SS; da república centro-africana=CF
do-you-know | cê sabe qual que é a capital {} | da guiné=GN; de serra leoa=SL; da libéria=LR
do-you-know | você sabe me dizer a capital {} | da gâmbia=GM; do togo=TG; do benin=BJ
do-you-know | alexa será que você sabe a capital {} | da guiné equatorial=GQ; do gabão=GA; de madagascar=MG
do-you-know | tu conhece a capital {} | de maurício=MU; das seicheles=SC; dos comores=KM
do-you-know | sabe qual é a capital {} ou não sabe | de omã=OM; do catar=QA; do kuwait=KW
do-you-know | você por acaso sabe a capital {} | do barein=BH; dos emirados árabes unidos=AE; do iêmen=YE
do-you-know | alguém aqui sabe a capital {} alexa | da arábia saudita=SA; do brunei=BN; de singapura=SG
# hesitations and fillers before the question
leading-filler | é é qual é a capital {} | do laos=LA; do sri lanka=LK; das maldivas=MV
leading-filler | tipo assim qual é a capital {} | de tonga=TO; de samoa=WS; de tuvalu=TV
leading-filler | deixa eu ver hã qual é a capital {} | de nauru=NR; de palau=PW; de quiribati=KI
leading-filler | peraí como é que é a capital {} | das ilhas marshall=MH; da micronésia=FM; de vanuatu=VU
leading-filler | então alexa escuta qual a capital {} | das ilhas salomão=SB; de papua-nova guiné=PG; da nova zelândia=NZ
leading-filler | hum deixa eu pensar qual é a capital {} | de barbados=BB; das bahamas=BS; de granada=GD
leading-filler | olha só uma coisa qual é a capital {} | de santa lúcia=LC; da dominica=DM; de antígua e barbuda=AG
leading-filler | bom vamos lá qual é a capital {} | de são cristóvão e névis=KN; de são vicente e granadinas=VC; de trinidad e tobago=TT
leading-filler | ai ai ai qual é a capital {} | de belize=BZ; da república dominicana=DO; de honduras=HN
# tails after the question
trailing-words | qual é a capital {} viu | da macedônia do norte=MK; do montenegro=ME; da bósnia=BA
trailing-words | qual a capital {} tá bom | do kosovo=XK; de liechtenstein=LI; de mônaco=MC
trailing-words | qual é a capital {} brigado | de san marino=SM; do vaticano=VA; da irlanda=IE
trailing-words | qual é a capital {} pelo amor de deus | do reino unido=GB; da inglaterra=GB-ENG; da irlanda do norte=GB-NIR
trailing-words | me diz a capital {} que eu tô precisando | da coreia do norte=KP; de taiwan=TW; da palestina=PS
trailing-words | qual a capital {} pra ontem tá | do saara ocidental=EH; da eritreia de novo=ER; do congo-brazzaville=CG
trailing-words | qual é a capital {} que eu apostei com meu irmão | da costa do marfim=CI; do burquina faso=BF; de essuatíni=SZ
# bare names and terse questions
bare-name | capital da mongólia | MN
bare-name | capital do butão égua | BT
bare-name | nicarágua capital | NI
bare-name | capital tunísia | TN
bare-name | e a capital da argélia | DZ
bare-name | capital do quirguistão rápido | KG
bare-name | quênia capital qual | KE
bare-name | capital de ruanda alexa | RW
bare-name | capital do nepal por favor | NP
bare-name | capital das seicheles | SC
bare-name | lesoto a capital | LS
bare-name | capital do laos mano | LA
# regional speech
regional-speech | égua tu acredita que eu esqueci a capital {} | da austrália=AU; da índia=IN; da turquia=TR
regional-speech | pai d'égua essa pergunta qual é a capital {} | do marrocos=MA; do quênia=KE; do panamá=PA
regional-speech | mano que leseira esqueci a capital {} | do peru=PE; da colômbia=CO; da venezuela=VE
regional-speech | ô maninho me diz aí a capital {} | do equador=EC; do chile=CL; da bolívia=BO
regional-speech | bah que tri me diz a capital {} | da suíça=CH; da áustria=AT; da holanda=NL
regional-speech | barbaridade tchê como é a capital {} | da escócia=GB-SCT; da noruega=NO; da islândia=IS
regional-speech | capaz que tu não sabe a capital {} | do uruguai=UY; do paraguai=PY; da argentina=AR
regional-speech | ô trem difícil qual é a capital {} | do cazaquistão=KZ; do azerbaijão=AZ; da armênia=AM
regional-speech | uai cê sabe a capital {} sô | da hungria=HU; da grécia=GR; da polônia=PL
regional-speech | orra meu esqueci a capital {} | da itália=IT; de portugal=PT; da croácia=HR
regional-speech | coé mermão qual é a capital {} | da nigéria=NG; da jamaica=JM; de angola=AO
regional-speech | caraca qual é a capital {} papo reto | da rússia=RU; da ucrânia=UA; da china=CN
regional-speech | vixe maninho qual é a capital {} | do egito=EG; da etiópia=ET; de moçambique=MZ
# immigrants and heritage speakers
learner-speech | oye chamo cuál es a capital {} | da colômbia=CO; do panamá=PA; da venezuela=VE
learner-speech | pana qual es la capital {} | de cuba=CU; da república dominicana=DO; do peru=PE
learner-speech | alexa eu quer saber a capital {} | do equador=EC; da bolívia=BO; do chile=CL
learner-speech | ya mano diz-me lá a capital {} | de angola=AO; de são tomé e príncipe=ST; de moçambique=MZ
learner-speech | é bué difícil qual é a capital {} | da zâmbia=ZM; do congo-brazzaville=CG; da namíbia=NA
learner-speech | a baba quer saber qual é a capital {} | da ucrânia=UA; da polônia=PL; da bielorrússia=BY
learner-speech | a babcia perguntou a capital {} | da polônia=PL; da lituânia=LT; da eslováquia=SK
learner-speech | vale vale y la capital {} qual é | de honduras=HN; da guatemala=GT; de el salvador=SV
learner-speech | eu ainda não falo bem português qual capital {} | do vietnã=VN; do nepal=NP; de bangladesh=BD
# children
child-speech | alexa eu tenho sete anos qual é a capital {} | do japão=JP; da frança=FR; do egito=EG
child-speech | a professora falou pra gente descobrir a capital {} | do canadá=CA; da austrália=AU; do méxico=MX
child-speech | a mamãe disse que você sabe a capital {} | da china=CN; da índia=IN; da rússia=RU
child-speech | alexa eu tô fazendo o dever qual é a capital {} | da alemanha=DE; da espanha=ES; da itália=IT
child-speech | alexa é verdade que tem um país chamado {} qual é a capital dele | tuvalu=TV; butão=BT; djibuti=DJ
child-speech | eu tô pintando a bandeira {} qual é a capital | do brasil=BR; da argentina=AR; da jamaica=JM
child-speech | meu amigo falou que não existe capital {} existe | da groenlândia=GL; de madagascar=MG; do havaí=US-HI
# elders
elder-speech | minha filha qual é a capital {} que eu não lembro mais | da tchecoslováquia quer dizer tchéquia=CZ; da hungria=HU; da romênia=RO
elder-speech | no meu tempo a capital {} era outra qual é agora | do brasil=BR; da nigéria=NG; da costa do marfim=CI
elder-speech | quando eu era marinheiro passei por lá qual é a capital {} | da libéria=LR; do senegal=SN; de cabo verde=CV
elder-speech | alexa meu filho a capital {} qual é | do paquistão=PK; do iraque=IQ; do irã=IR
elder-speech | tô fazendo palavras cruzadas capital {} com cinco letras | do equador=EC; da bulgária=BG; do senegal=SN
elder-speech | palavra cruzada capital {} quatro letras | da itália=IT; do peru=PE; da noruega=NO
elder-speech | a senhora sabe me dizer a capital {} | da suécia=SE; da finlândia=FI; da dinamarca=DK
# games and study
game-context | no perfil caiu a capital {} qual é | do catar=QA; do kuwait=KW; dos emirados árabes unidos=AE
game-context | valendo um milhão qual é a capital {} | da austrália=AU; do canadá=CA; da turquia=TR
game-context | tá valendo um pavê qual é a capital {} | da nova zelândia=NZ; da suíça=CH; do marrocos=MA
game-context | tô no kahoot da escola rápido a capital {} | da arábia saudita=SA; do cazaquistão=KZ; da bélgica=BE
game-context | caiu no enem qual é a capital {} | do sudão do sul=SS; da síria=SY; do afeganistão=AF
game-context | tô estudando pro vestibular qual é a capital {} | da palestina=PS; de israel=IL; do líbano=LB
game-context | pro concurso do itamaraty preciso saber a capital {} | do burquina faso=BF; do níger=NE; do mali=ML
game-context | na forca aqui qual é a capital {} | do gabão=GA; do chade=TD; da mauritânia=MR
# work
work-context | aqui na boleia alexa qual é a capital {} | do paraguai=PY; da bolívia=BO; do uruguai=UY
work-context | tô no posto esperando carregar qual é a capital {} | do chile=CL; do peru=PE; da china=CN
work-context | o cliente quer mandar uma encomenda pra capital {} qual é | do japão=JP; da irlanda=IE; da nova zelândia=NZ
work-context | a arte tá pronta só confirma a capital {} | da ucrânia=UA; da venezuela=VE; do sudão=SD
work-context | a gente entra ao vivo em dois minutos qual a capital {} | do níger=NE; do haiti=HT; de myanmar=MM
work-context | o passageiro é {} qual é a capital de lá | da coreia do sul=KR; da eslovênia=SI; de gana=GH
work-context | tem um hóspede {} aqui qual é a capital de lá | do paraguai=PY; do líbano=LB; da índia=IN
work-context | aqui da portaria alexa qual é a capital {} | de portugal=PT; do equador=EC; da tailândia=TH
work-context | o cliente quer trocar dinheiro pra viajar pra capital {} qual é | da hungria=HU; da tchéquia=CZ; da polônia=PL
work-context | chef pediu um prato típico qual é a capital {} | do peru=PE; do vietnã=VN; da etiópia=ET
# news and sport
news-context | tô vendo o jornal nacional qual é a capital {} | do sudão=SD; do iêmen=YE; da somália=SO
news-context | falaram na cop aqui em belém da capital {} qual é | de vanuatu=VU; de tuvalu=TV; das ilhas marshall=MH
news-context | teve enchente lá qual é a capital {} | do paquistão=PK; de bangladesh=BD; da líbia=LY
news-context | na reunião do brics qual é a capital {} | da áfrica do sul=ZA; do egito=EG; da etiópia=ET
news-context | vai ter eleição lá qual é a capital {} | da moldávia=MD; da geórgia o país=GE; do kosovo=XK
sport-context | a seleção feminina vai jogar contra a {} qual é a capital de lá | jamaica=JM; zâmbia=ZM; nigéria=NG
sport-context | no vôlei o brasil pega a {} qual é a capital | sérvia=RS; polônia=PL; turquia=TR
sport-context | o rali dakar passa pela {} qual é a capital | arábia saudita=SA; mauritânia=MR; argentina=AR
sport-context | o remo vai enfrentar um time {} qual é a capital de lá | da bolívia=BO; do equador=EC; do paraguai=PY
# travel
travel-context | comprei passagem com milhas pra capital {} qual é mesmo | da colômbia=CO; do méxico=MX; do panamá=PA
travel-context | vou fazer conexão na capital {} qual é | da etiópia=ET; do catar=QA; da turquia=TR
travel-context | meu filho foi morar {} qual é a capital de lá | na irlanda=IE; na austrália=AU; no canadá=CA
travel-context | minha prima vai fazer intercâmbio {} qual é a capital | na nova zelândia=NZ; em malta=MT; na islândia=IS
travel-context | vou mandar um presente pro meu neto {} qual é a capital | no japão=JP; em portugal=PT; na suíça=CH
# follow-ups
follow-up | e a {} | da argentina=AR; da bolívia=BO; do chile=CL
follow-up | e {} égua | do uruguai=UY; do paraguai=PY; da guiana=GY
follow-up | e lá {} qual é | do peru=PE; da colômbia=CO; do suriname=SR
follow-up | tá e a {} | da hungria=HU; da áustria=AT; da eslováquia=SK
follow-up | beleza agora a {} | da bélgica=BE; da holanda=NL; do luxemburgo=LU
follow-up | e {} bah | do uruguai=UY; da escócia=GB-SCT; do país de gales=GB-WLS
follow-up | e a capital {} então | da nigéria=NG; do níger=NE; do chade=TD
follow-up | agora faz {} | o japão=JP; a coreia do sul=KR; a china=CN
follow-up | e se fosse {} | o canadá=CA; a austrália=AU; a nova zelândia=NZ
follow-up | e a {} mano | da venezuela=VE; da guiana francesa=GF; do equador=EC
follow-up | próxima {} | a síria=SY; o iraque=IQ; o irã=IR
# yes/no checks
yes-no-check | a capital da austrália é sydney né | AU
yes-no-check | é verdade que a capital da turquia é istambul | TR
yes-no-check | a capital do canadá é toronto ou não | CA
yes-no-check | a capital da suíça é genebra né mana | CH
yes-no-check | a capital do marrocos é casablanca | MA
yes-no-check | a capital da nova zelândia é auckland certo | NZ
yes-no-check | a capital da nigéria é lagos não é | NG
yes-no-check | a capital do paquistão é karachi né | PK
yes-no-check | a capital da tanzânia ainda é dar es salaam | TZ
yes-no-check | a capital dos estados unidos é nova york né sô | US
yes-no-check | a capital do vietnã é hanói né | VN
yes-no-check | a capital do peru é lima confere | PE
yes-no-check | a capital da hungria é budapeste mesmo | HU
yes-no-check | bah a capital do uruguai é montevidéu né | UY
yes-no-check | a capital da bolívia é la paz ou é sucre | BO
yes-no-check | a capital de myanmar é rangum né | MM
yes-no-check | a capital do cazaquistão é almaty ainda | KZ
yes-no-check | a capital da índia é mumbai | IN
yes-no-check | a capital da china é xangai né | CN
yes-no-check | é verdade que a capital da costa do marfim não é abidjan | CI
yes-no-check | a capital do equador é guayaquil ou quito | EC
yes-no-check | é roma a capital da itália né | IT
yes-no-check | lisboa é a capital de portugal né meu filho | PT
yes-no-check | a capital do benin é cotonou mesmo | BJ
yes-no-check | a capital do brasil já foi o rio né mas hoje é brasília certo | BR
yes-no-check | a capital da alemanha ainda é bonn | DE
yes-no-check | a capital da áfrica do sul é joanesburgo | ZA
yes-no-check | a capital da rússia é são petersburgo ou moscou | RU
yes-no-check | cairo é a capital do egito né | EG
yes-no-check | a capital do quênia é nairóbi né mano | KE
yes-no-check | a capital de camarões é douala | CM
yes-no-check | a capital da síria é damasco né | SY
# self-corrections
self-correction | qual é a capital da áustria não não da austrália | AU
self-correction | qual é a capital da suécia errei da suíça | CH
self-correction | me diz a capital da eslováquia ou melhor da eslovênia | SI
self-correction | qual a capital do níger falei errado da nigéria | NG
self-correction | capital da guiné quer dizer da guiné-bissau | GW
self-correction | qual é a capital da colômbia não peraí da costa rica | CR
self-correction | capital do irã na verdade do iraque | IQ
self-correction | qual é a capital da letônia ops da lituânia | LT
self-correction | bah qual é a capital do paraguai não do uruguai | UY
self-correction | qual é a capital da dominica digo da república dominicana | DO
self-correction | a capital da mauritânia ou melhor de maurício | MU
self-correction | me fala a capital do sudão não do sudão do sul | SS
self-correction | capital da gâmbia não da zâmbia | ZM
self-correction | qual a capital da islândia quer dizer da irlanda | IE
self-correction | a capital do congo ops da república democrática do congo | CD
self-correction | qual é a capital de granada não de guadalupe | GP
self-correction | me diz a capital do chile não da china | CN
self-correction | qual é a capital da armênia perdão da albânia | AL
self-correction | qual é a capital do butão é é do nepal | NP
self-correction | qual é a capital da índia errei da indonésia | ID
self-correction | capital do tadjiquistão não pera do turcomenistão | TM
self-correction | qual é a capital da eslovênia esquece da estônia | EE
self-correction | a capital de samoa americana não de samoa | WS
# reverse questions
reverse-question | lima é capital de qual país | CITY:Lima
reverse-question | nairóbi é capital de onde | CITY:Nairóbi
reverse-question | de que país acra é a capital | CITY:Acra
reverse-question | ulan bator é capital de que país | CITY:Ulan Bator
reverse-question | tbilisi é a capital de qual país | CITY:Tbilisi
reverse-question | égua mana bamako é capital de onde | CITY:Bamako
reverse-question | montevidéu é capital de qual país tchê | CITY:Montevidéu
reverse-question | a cidade de katmandu é capital de que país | CITY:Katmandu
reverse-question | windhoek é a capital de qual lugar | CITY:Windhoek
reverse-question | de onde é a capital kigali | CITY:Kigali
reverse-question | riga é capital de qual país | CITY:Riga
reverse-question | kingston é capital de onde | CITY:Kingston
reverse-question | saint john's é capital de qual país | CITY:Saint John's
reverse-question | qual país tem a capital chamada baku | CITY:Baku
reverse-question | qual país tem como capital paramaribo | CITY:Paramaribo
reverse-question | que país tem a capital em asmara | CITY:Asmara
reverse-question | bishkek é capital de onde mesmo | CITY:Bishkek
reverse-question | a capital nuku'alofa é de qual país | CITY:Nuku'alofa
reverse-question | canberra é capital de quê | CITY:Canberra
reverse-question | victoria é capital de onde | CITY:Victoria
reverse-question | manágua é capital de qual país centro-americano | CITY:Manágua
reverse-question | port moresby é a capital de qual país | CITY:Port Moresby
reverse-question | ottawa é capital de qual país meu | CITY:Ottawa
reverse-question | a capital vaduz é de onde | CITY:Vaduz
reverse-question | georgetown é capital de onde chamo | CITY:Georgetown
# official, everyday and old names
official-name | qual é a capital da república federativa do brasil | BR
official-name | capital da república francesa | FR
official-name | qual é a capital da federação russa | RU
official-name | a capital da república popular da china qual é | CN
official-name | qual a capital dos estados unidos mexicanos | MX
official-name | qual é a capital da república helênica | GR
official-name | me diz a capital da confederação suíça | CH
official-name | qual é a capital da república bolivariana da venezuela chamo | VE
official-name | qual a capital do estado plurinacional da bolívia | BO
official-name | qual é a capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | capital da república popular democrática da coreia | KP
official-name | qual é a capital da república da coreia | KR
official-name | qual é a capital da república árabe síria | SY
official-name | qual é a capital do grão-ducado de luxemburgo | LU
official-name | a capital da república democrática de timor-leste | TL
official-name | qual é a capital da república libanesa | LB
official-name | qual a capital da república argelina democrática e popular | DZ
official-name | qual é a capital da república tunisina | TN
official-name | qual é a capital da república eslovaca | SK
official-name | capital da república federal da alemanha | DE
official-name | qual é a capital da república portuguesa | PT
official-name | qual é a capital dos estados unidos da américa | US
everyday-name | qual é a capital da holanda | NL
everyday-name | capital da inglaterra qual é | GB-ENG
everyday-name | qual é a capital da américa | US
everyday-name | qual a capital da grã-bretanha | GB
everyday-name | qual é a capital dos emirados | AE
everyday-name | qual é a capital da bósnia mano | BA
everyday-name | qual é a capital da república tcheca | CZ
everyday-name | qual é a capital do vaticano mana | VA
everyday-name | qual é a capital da macedônia | MK
everyday-name | qual é a capital de trinidad | TT
everyday-name | qual é a capital da birmânia | MM
everyday-name | a capital da belarus qual é | BY
everyday-name | qual é a capital do timor | TL
everyday-name | qual é a capital de são vicente | VC
everyday-name | qual é a capital do burkina | BF
everyday-name | qual é a capital dos states | US
old-name | qual era a capital do zaire | CD
old-name | qual é a capital do daomé | BJ
old-name | qual a capital do alto volta | BF
old-name | capital da rodésia | ZW
old-name | qual é a capital do sião | TH
old-name | a capital da pérsia qual é | IR
old-name | qual é a capital do ceilão | LK
old-name | qual é a capital da abissínia | ET
old-name | qual é a capital da costa do ouro | GH
old-name | qual é a capital da bechuanalândia | BW
old-name | qual era a capital da basutolândia | LS
old-name | qual é a capital da niassalândia | MW
old-name | qual é a capital das honduras britânicas | BZ
old-name | qual é a capital da guiana holandesa | SR
old-name | qual é a capital da guiana inglesa | GY
old-name | qual a capital de tanganica | TZ
old-name | qual é a capital da rússia branca | BY
old-name | no meu tempo chamava rodésia do sul qual é a capital | ZW
# shared names
shared-name | qual é a capital do congo | CD+CG
shared-name | égua qual é a capital do congo | CD+CG
shared-name | qual é a capital dos dois congos | CD+CG
shared-name | qual é a capital da coreia | KP+KR
shared-name | qual é a capital das duas coreias | KP+KR
shared-name | qual a capital das coreias | KP+KR
shared-name | qual é a capital da geórgia | GE+US-GA
shared-name | capital da geórgia | GE+US-GA
shared-name | qual é a capital da geórgia o estado americano | US-GA
shared-name | qual é a capital da geórgia lá perto da rússia | GE
shared-name | qual é a capital das ilhas virgens | VG+VI
shared-name | ilhas virgens capital | VG+VI
shared-name | qual é a capital das ilhas virgens britânicas | VG
shared-name | qual é a capital das ilhas virgens americanas | VI
shared-name | qual é a capital do congo aquele que não é o democrático | CG
shared-name | qual a capital da coreia do norte e da coreia do sul | KP+KR
# several capitals and Palestine, in the plural
plural-capitals | quais são as capitais da áfrica do sul | ZA
plural-capitals | a áfrica do sul tem três capitais quais são elas | ZA
plural-capitals | quais as capitais da bolívia | BO
plural-capitals | bah quais são as duas capitais da bolívia | BO
plural-capitals | quais são as capitais do benin | BJ
plural-capitals | o benin tem duas capitais né quais | BJ
plural-capitals | quais são as capitais da holanda | NL
plural-capitals | quais as capitais dos países baixos | NL
plural-capitals | quais são as capitais da malásia | MY
plural-capitals | me diz as duas capitais da malásia | MY
plural-capitals | quais são as capitais do sri lanka | LK
plural-capitals | o sri lanka tem duas capitais quais são | LK
plural-capitals | quais são as capitais da costa do marfim | CI
plural-capitals | as capitais da costa do marfim quais são mana | CI
plural-capitals | quais são as capitais de essuatíni | SZ
plural-capitals | quais são as capitais da suazilândia | SZ
plural-capitals | quais são as capitais da palestina | PS
plural-capitals | a palestina tem quais capitais | PS
plural-capitals | quais são as capitais do jammu e caxemira | IN-JK
plural-capitals | quais as capitais do uttarakhand | IN-UK
plural-capitals | quais são as três capitais da áfrica do sul | ZA
plural-capitals | égua a áfrica do sul tem mais de uma capital quais são | ZA
plural-capitals | me fala as capitais da áfrica do sul mano | ZA
plural-capitals | a holanda tem duas capitais quais são | NL
plural-capitals | uai quais são as capitais da holanda sô | NL
plural-capitals | as capitais dos países baixos quais são tchê | NL
plural-capitals | quais são as capitais do essuatíni | SZ
plural-capitals | a suazilândia tem duas capitais quais são elas | SZ
plural-capitals | quais as capitais de eswatini | SZ
plural-capitals | quais são as capitais da palestina mano | PS
plural-capitals | égua quais são as capitais da malásia | MY
plural-capitals | quais são as capitais do benin mana | BJ
# subdivisions
subdivision | qual é a capital do pará | BR-PA
subdivision | égua qual é a capital do amapá | BR-AP
subdivision | mano qual é a capital do amazonas | BR-AM
subdivision | qual a capital de roraima chamo | BR-RR
subdivision | bah qual é a capital de santa catarina | BR-SC
subdivision | qual é a capital do rio grande do norte | BR-RN
subdivision | uai qual é a capital de minas | BR-MG
subdivision | qual é a capital do espírito santo | BR-ES
subdivision | qual é a capital do mato grosso do sul | BR-MS
subdivision | qual é a capital do tocantins | BR-TO
subdivision | qual é a capital de sergipe meu filho | BR-SE
subdivision | qual é a capital do maranhão | BR-MA
subdivision | qual é a capital da paraíba | BR-PB
subdivision | a capital do piauí qual é | BR-PI
subdivision | qual é a capital do paraná | BR-PR
subdivision | qual é a capital de rondônia | BR-RO
subdivision | qual é a capital do estado {} | do texas=US-TX; da califórnia=US-CA; de nova york=US-NY
subdivision | qual a capital {} lá nos estados unidos | da flórida=US-FL; do alasca=US-AK; do havaí=US-HI
subdivision | qual é a capital {} nos eua | do kentucky=US-KY; de illinois=US-IL; da pensilvânia=US-PA
subdivision | qual a capital {} americano | do estado de washington=US-WA; do estado de nevada=US-NV; do estado de michigan=US-MI
subdivision | qual é a capital {} no canadá | do quebec=CA-QC; da colúmbia britânica=CA-BC; do ontário=CA-ON
subdivision | qual é a capital da província {} | de alberta=CA-AB; da nova escócia=CA-NS; de manitoba=CA-MB
subdivision | qual é a capital do estado {} na austrália | de queensland=AU-QLD; da tasmânia=AU-TAS; de nova gales do sul=AU-NSW
subdivision | qual é a capital {} na alemanha | da baviera=DE-BY; da saxônia=DE-SN; da baixa saxônia=DE-NI
subdivision | capital do estado {} na índia | de kerala=IN-KL; de goa=IN-GA; do rajastão=IN-RJ
subdivision | qual é a capital {} no méxico | de jalisco=MX-JAL; de iucatã=MX-YUC; de oaxaca=MX-OAX
subdivision | qual a capital {} | do território do norte=AU-NT; do yukon=CA-YT; do nunavut=CA-NU
# territories
territory | qual é a capital da groenlândia | GL
territory | qual é a capital de porto rico | PR
territory | égua qual é a capital da guiana francesa | GF
territory | qual é a capital das ilhas faroé | FO
territory | qual é a capital da polinésia francesa | PF
territory | qual é a capital da nova caledônia | NC
territory | qual é a capital das bermudas | BM
territory | a capital de aruba qual é | AW
territory | qual é a capital de curaçao | CW
territory | qual é a capital das ilhas malvinas | FK
territory | qual é a capital de gibraltar | GI
territory | qual a capital da martinica | MQ
territory | qual é a capital da ilha da reunião | RE
territory | qual é a capital das ilhas cayman | KY
territory | qual é a capital de guam | GU
territory | qual é a capital da ilha de man | IM
territory | qual é a capital das ilhas cook | CK
territory | qual é a capital de santa helena | SH
territory | qual é a capital das ilhas turcas e caicos | TC
territory | qual é a capital das ilhas aland | AX
territory | qual é a capital de mayotte | YT
territory | qual é a capital de jersey | JE
# one-shot requests through the invocation name
one-shot | pergunta pro capitais do mundo qual é a capital {} | do peru=PE; da hungria=HU; do sudão do sul=SS
one-shot | abre o capitais do mundo e me diz a capital {} | do chile=CL; da etiópia=ET; de omã=OM
one-shot | pede pro capitais do mundo a capital {} | da mongólia=MN; do butão=BT; da letônia=LV
one-shot | no capitais do mundo qual é a capital {} | do togo=TG; do benin=BJ; de malta=MT
one-shot | alexa capitais do mundo capital {} | da islândia=IS; de palau=PW; da jamaica=JM
one-shot | usa o capitais do mundo pra ver a capital {} | do kosovo=XK; de serra leoa=SL; de fiji=FJ
one-shot | égua abre capitais do mundo qual a capital {} | do amapá=BR-AP; do pará=BR-PA; da guiana=GY
one-shot | pergunta pro capitais do mundo quais são as capitais da bolívia | BO
# launch
launch | abre o capitais do mundo | LAUNCH
launch | alexa abrir capitais do mundo | LAUNCH
launch | égua abre aí o capitais do mundo mana | LAUNCH
launch | bah abre o capitais do mundo tchê | LAUNCH
launch | orra meu abre o capitais do mundo | LAUNCH
launch | inicia o capitais do mundo por favor | LAUNCH
launch | quero jogar o capitais do mundo | LAUNCH
launch | começa o capitais do mundo pra criançada | LAUNCH
launch | entra no capitais do mundo | LAUNCH
launch | liga o capitais do mundo pra mim meu filho | LAUNCH
launch | ativa a skill capitais do mundo | LAUNCH
launch | bora abrir o capitais do mundo pra estudar | LAUNCH
launch | abre capitais do mundo aí mano | LAUNCH
launch | alexa iniciar capitais do mundo | LAUNCH
# help
help | ajuda | HELP
help | como funciona isso | HELP
help | o que eu posso perguntar | HELP
help | égua como é que usa isso mana | HELP
help | bah como funciona esse troço | HELP
help | uai sô como é que mexe nisso | HELP
help | orra meu me explica como funciona | HELP
help | não entendi o que eu falo agora | HELP
help | quais perguntas eu posso fazer | HELP
help | me ensina a usar essa skill | HELP
help | como é que eu pergunto uma capital | HELP
help | o que que você sabe fazer | HELP
help | alexa tô perdido me ajuda | HELP
help | minha filha eu não sei mexer nisso me ajuda | HELP
help | preciso de ajuda com as capitais | HELP
help | como que faz pra perguntar | HELP
help | me dá umas instruções aí | HELP
help | socorro não sei usar | HELP
help | como funciona esse jogo de capitais | HELP
help | ajuda aqui mano | HELP
help | o que dá pra fazer aqui | HELP
help | explica de novo como funciona | HELP
help | chamo como funciona | HELP
help | me ajuda que eu não sei o que falar | HELP
help | como que eu uso o capitais do mundo | HELP
help | me explica como funciona o capitais do mundo | HELP
help | égua não entendi nada me ajuda | HELP
help | bah não sei o que perguntar me ajuda tchê | HELP
help | chamo ayuda me ajuda aí | HELP
help | o que eu faço agora | HELP
help | como é que joga isso | HELP
help | minha filha como é que pergunta a capital nesse negócio | HELP
# stop
stop | para | STOP
stop | chega | STOP
stop | pare | STOP
stop | égua para mana | STOP
stop | bah chega tchê | STOP
stop | ô sô para com isso | STOP
stop | orra meu para aí | STOP
stop | chega por hoje | STOP
stop | pode parar alexa | STOP
stop | encerra | STOP
stop | pode encerrar obrigado | STOP
stop | sair do capitais do mundo | STOP
stop | fecha o capitais do mundo | STOP
stop | pode desligar já terminei o dever | STOP
stop | tchau alexa | STOP
stop | já deu por hoje | STOP
stop | para tudo | STOP
stop | acabou a brincadeira pode parar | STOP
stop | chega de capital | STOP
stop | sai daí alexa | STOP
stop | finaliza | STOP
stop | para de falar | STOP
stop | desliga isso mano | STOP
stop | pode sair | STOP
stop | para alexa | STOP
stop | já chega | STOP
stop | encerrar | STOP
stop | sair | STOP
stop | mana chega por hoje que eu vou dormir | STOP
stop | tchê pode fechar | STOP
stop | uai pode parar sô | STOP
stop | coé para aí mermão | STOP
stop | ya tá bom podes parar | STOP
stop | fecha isso aí que o chefe chegou | STOP
stop | chega que o jornal vai começar | STOP
stop | pode parar a gente vai entrar ao vivo | STOP
stop | desliga que eu vou pegar a estrada | STOP
stop | tá bom alexa obrigada pode parar | STOP
stop | encerra aí que o hóspede chegou | STOP
stop | acabou por hoje tchau | STOP
# cancel
cancel | cancela | CANCEL
cancel | cancelar | CANCEL
cancel | esquece | CANCEL
cancel | deixa pra lá | CANCEL
cancel | deixa quieto | CANCEL
cancel | égua esquece mana | CANCEL
cancel | bah deixa pra lá tchê | CANCEL
cancel | uai esquece sô | CANCEL
cancel | esquece o que eu perguntei | CANCEL
cancel | não precisa mais | CANCEL
cancel | mudei de ideia | CANCEL
cancel | desconsidera | CANCEL
cancel | cancela essa pergunta | CANCEL
cancel | esquece isso aí | CANCEL
cancel | ignora o que eu falei | CANCEL
cancel | deixa quieto mano | CANCEL
cancel | não quero mais saber | CANCEL
cancel | cancela aí chamo | CANCEL
cancel | foi sem querer cancela | CANCEL
cancel | perguntei errado esquece | CANCEL
cancel | deixa pra lá meu filho | CANCEL
cancel | esquece essa capital | CANCEL
cancel | nada não esquece | CANCEL
cancel | anula isso | CANCEL
cancel | cancela isso | CANCEL
cancel | esquece a pergunta | CANCEL
cancel | deixa pra lá não precisa | CANCEL
cancel | coé esquece mermão | CANCEL
cancel | orra meu esquece | CANCEL
cancel | olvida chamo esquece | CANCEL
cancel | ya esquece isso | CANCEL
cancel | cancela que eu já lembrei | CANCEL
cancel | esquece já achei no livro | CANCEL
cancel | deixa quieto que a professora já falou | CANCEL
cancel | não não deixa pra lá | CANCEL
cancel | esquece que o cliente desistiu | CANCEL
cancel | cancela que eu já sei a resposta | CANCEL
cancel | esquece mana já lembrei | CANCEL
cancel | deixa pra lá tchê já lembrei | CANCEL
cancel | nem precisa mais esquece | CANCEL
# what recognition writes
recognition-artefact | qual e a capital do japao | JP
recognition-artefact | qual e a capital da ucrania | UA
recognition-artefact | capital de cingapura | SG
recognition-artefact | qual é a capital do tchade | TD
recognition-artefact | qual é a capital de mossambique | MZ
recognition-artefact | qual é a capital de bangla desh | BD
recognition-artefact | qual é a capital do usbequistão | UZ
recognition-artefact | qual é a capital do cazaquistao | KZ
recognition-artefact | qual é a capital do butao | BT
recognition-artefact | qual é a capital da guine bissau | GW
recognition-artefact | qual é a capital de madagas car | MG
recognition-artefact | qual é a capital do azerbaidjão | AZ
recognition-artefact | qual é a capital do turquemenistão | TM
recognition-artefact | qual é a capital do quirguistao | KG
recognition-artefact | qual é a capital da bielo rússia | BY
recognition-artefact | qual é a capital do iemen | YE
recognition-artefact | qual é a capital do qatar | QA
recognition-artefact | qual é a capital do oman | OM
recognition-artefact | qual é a capital da suazilandia | SZ
recognition-artefact | qual é a capital de serra leo | SL
recognition-artefact | qual é a capital do sirilanka | LK
recognition-artefact | qual é a capital de kiribati | KI
recognition-artefact | qual é a capital de tu valu | TV
recognition-artefact | qual é a capital de vanu atu | VU
recognition-artefact | qual é a capital do kenya | KE
recognition-artefact | qual é a capital da estonia | EE
recognition-artefact | qual é a capital da eslovenia | SI
recognition-artefact | qual é a capital do zimbabue | ZW
recognition-artefact | qual é a capital da colombia | CO
recognition-artefact | qualé a capital da jordania | JO
recognition-artefact | cual é a capital do panama | PA
recognition-artefact | qual é a capital da republica centro africana | CF
recognition-artefact | qual é a capital de sao tome e principe | ST
recognition-artefact | qual é a capital da micro nésia | FM
recognition-artefact | qual é a capital das ilhas salomao | SB
recognition-artefact | qual é a capital da papua nova guine | PG
recognition-artefact | qual é a capital da tanzania | TZ
recognition-artefact | qual é a capital do camarões | CM
recognition-artefact | qual é a capitau da frança | FR
recognition-artefact | qual é a capital da siria | SY
# out of domain: other facts about a named country
out-of-domain | quantos habitantes tem a nigéria | FB
out-of-domain | qual é a moeda da hungria | FB
out-of-domain | que língua falam no suriname | FB
out-of-domain | quem é o presidente da argentina agora | FB
out-of-domain | que horas são no japão | FB
out-of-domain | como tá o tempo em lisboa | FB
out-of-domain | qual é o ddi da itália | FB
out-of-domain | precisa de visto pra ir pro canadá | FB
out-of-domain | qual é a maior cidade da austrália | FB
out-of-domain | qual é o maior país da áfrica | FB
out-of-domain | quanto tá o euro hoje | FB
out-of-domain | quantos quilômetros de belém até caiena | FB
out-of-domain | qual é o prato típico do peru | FB
out-of-domain | qual é a população de manaus | FB
out-of-domain | qual o fuso horário da venezuela | FB
out-of-domain | quanto custa uma passagem pra angola | FB
out-of-domain | que língua se fala em angola | FB
out-of-domain | qual é a religião do irã | FB
out-of-domain | quem é o primeiro-ministro da índia | FB
out-of-domain | qual é o hino da ucrânia | FB
out-of-domain | onde fica o deserto do saara | FB
out-of-domain | qual é o rio mais longo do mundo | FB
out-of-domain | qual é a montanha mais alta da américa do sul | FB
out-of-domain | quanto tempo de voo até lisboa | FB
out-of-domain | qual a temperatura em porto alegre agora | FB
out-of-domain | qual a cor da bandeira da polônia | FB
out-of-domain | qual país ganhou a copa feminina | FB
out-of-domain | qual é o idioma oficial da suíça | FB
out-of-domain | quantos estados tem o méxico | FB
out-of-domain | quantos países tem na áfrica | FB
out-of-domain | quantos habitantes tem a china | FB
out-of-domain | qual é a moeda da venezuela | FB
out-of-domain | que língua falam no paraguai | FB
out-of-domain | qual a distância de boa vista até caracas | FB
out-of-domain | quem é o rei da espanha | FB
out-of-domain | como é o clima na islândia | FB
out-of-domain | qual é o ddd de belém | FB
out-of-domain | quanto é o salário mínimo em portugal | FB
out-of-domain | qual o país mais rico da áfrica | FB
out-of-domain | quantos fusos horários tem a rússia | FB
out-of-domain | qual é a altitude de la paz | FB
out-of-domain | qual é a maior cidade da turquia | FB
out-of-domain | onde nasceu o papa francisco | FB
out-of-domain | qual é o maior estado do brasil | FB
out-of-domain | quantos municípios tem o pará | FB
# out of domain: capital in other senses
out-of-domain | o que é ganho de capital no imposto de renda | FB
out-of-domain | o que é capital de risco | FB
out-of-domain | como calcula o capital social de uma empresa | FB
out-of-domain | quanto de capital de giro eu preciso pra abrir um restaurante | FB
out-of-domain | quem é o capitão da seleção | FB
out-of-domain | quem é capitu | FB
out-of-domain | o que é o capitólio | FB
out-of-domain | o que foram as capitanias hereditárias | FB
out-of-domain | qual é a capital mundial do açaí | FB
out-of-domain | qual é a capital do tecnobrega | FB
out-of-domain | o que é capitalismo | FB
out-of-domain | quanto rende um título de capitalização | FB
out-of-domain | qual a diferença entre capital aberto e fechado | FB
out-of-domain | toca capital inicial | FB
out-of-domain | qual é a capital brasileira mais quente | FB
out-of-domain | qual é a capital mais fria do mundo | FB
out-of-domain | quantas capitais tem o brasil | FB
out-of-domain | qual é a capital mais populosa do mundo | FB
out-of-domain | qual a capital mais antiga da europa | FB
out-of-domain | o que significa pena capital | FB
out-of-domain | como investir meu capital | FB
out-of-domain | tenho que declarar ganho de capital na venda do carro | FB
out-of-domain | qual é a capital nacional da soja | FB
out-of-domain | qual é a capital do chimarrão | FB
out-of-domain | o que é capital intelectual | FB
# out of domain: places the data lacks
out-of-domain | qual é a capital da catalunha | FB
out-of-domain | qual é a capital do tibete | FB
out-of-domain | qual é a capital de wakanda | FB
out-of-domain | qual é a capital da sicília | FB
out-of-domain | qual é a capital da patagônia | FB
out-of-domain | qual é a capital do curdistão | FB
out-of-domain | qual é a capital da europa | FB
out-of-domain | qual é a capital da escandinávia | FB
out-of-domain | qual é a capital da transilvânia | FB
out-of-domain | qual é a capital de atlântida | FB
out-of-domain | qual é a capital do país basco | FB
out-of-domain | qual é a capital da chechênia | FB
out-of-domain | qual é a capital do sertão | FB
out-of-domain | qual é a capital da terra média | FB
out-of-domain | qual é a capital da bretanha | FB
out-of-domain | qual é a capital da andaluzia | FB
out-of-domain | qual é a capital de zanzibar | FB
out-of-domain | qual é a capital da córsega | FB
out-of-domain | qual é a capital da ossétia do sul | FB
out-of-domain | qual é a capital da lapônia | FB
# out of domain: everyday requests
out-of-domain | toca um tecnobrega | FB
out-of-domain | quanto foi o re-pa | FB
out-of-domain | põe o despertador pras cinco | FB
out-of-domain | liga a luz da sala | FB
out-of-domain | qual a previsão do tempo pra manaus | FB
out-of-domain | quanto tá o dólar hoje | FB
out-of-domain | toca uma música gaúcha | FB
out-of-domain | rastreia minha encomenda dos correios | FB
out-of-domain | quanto tempo de porto velho a cuiabá | FB
out-of-domain | me conta uma piada | FB
out-of-domain | qual é o preço da soja hoje | FB
out-of-domain | põe um timer de dez minutos | FB
out-of-domain | coloca na lista de compras farinha de mandioca | FB
out-of-domain | quem ganhou o grenal | FB
out-of-domain | qual é o santo do dia | FB
out-of-domain | acende a luz da cozinha | FB
out-of-domain | toca a voz do brasil | FB
out-of-domain | tem jogo do galo hoje | FB
out-of-domain | quanto tá o bolívar em real | FB
out-of-domain | liga pra minha mãe | FB
out-of-domain | me lembra de tomar o remédio às oito | FB
out-of-domain | qual a cotação do kwanza | FB
out-of-domain | como fala obrigado em ucraniano | FB
out-of-domain | conta uma história pra dormir | FB
out-of-domain | qual é a resposta da palavra cruzada de hoje | FB
out-of-domain | quem apresentava o show do milhão | FB
out-of-domain | que dia é hoje | FB
out-of-domain | toca carimbó | FB
out-of-domain | pede um açaí pra mim | FB
out-of-domain | toca um vanerão | FB
out-of-domain | que horas abre a agência dos correios | FB
out-of-domain | quem ganhou o jogo de vôlei do brasil | FB
out-of-domain | quando começa a cop | FB
out-of-domain | me acorda às quatro que eu vou pegar a estrada | FB
out-of-domain | como tá a estrada até santarém | FB
out-of-domain | qual é o horário da missa de domingo | FB
out-of-domain | toca um pagode | FB
"""

if __name__ == "__main__":
    build_round(24, "pt", LINES, sys.argv, "tests/Eval/pt/round24/source/build_corpus.py")
