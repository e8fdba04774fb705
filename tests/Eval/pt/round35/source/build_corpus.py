"""Round 35, Portuguese (pt-BR): a new author's own mix, written blind at the end of the thirty-sixth session (brief
WRITER42.md), with speakers, situations and wordings chosen apart from rounds 31 to 34.

Regions: manezinhos of Florianópolis (Lagoa da Conceição, Ribeirão da Ilha: "queridu", "tás tolo", "ó o tamanho"),
cuiabanos and Várzea Grande ("tchapa e cruz", "djá", "pai"), paraibanos of Campina Grande and Patos ("arretado",
"painho"), alagoanos of Maceió (Pajuçara, Ponta Verde), ludovicenses of São Luís, teresinenses ("é pai d'égua",
"massa"), cariocas of the Zona Norte and Baixada (Madureira, Irajá, Penha, Nova Iguaçu: "caraca", "sinistro", "cria"),
caipiras of Piracicaba ("porrrta", "ocê"), santistas, norte-mineiros of Montes Claros and Uberaba ("uai", "cê"),
capixabas of Vila Velha, Vitória and Cachoeiro ("pocar"), manauaras ("mano"), amapaenses of Macapá and Santana ("égua
mana"), acreanos of Rio Branco, sergipanos of Aracaju and Lagarto ("oxente"), porto-velhenses, gaúchos of Pelotas and
Caxias ("bah"), roraimenses of Boa Vista, Ouro Preto and Divinópolis ("sô"), sul-mato-grossenses of Campo Grande and
Dourados ("pia"), tocantinenses of Palmas and Araguaína, Juiz de Fora, the Recôncavo. Immigrant and heritage speakers:
Venezuelans in Boa Vista ("chamo", "pana"), Bolivian seamstresses of the Brás and Bom Retiro, a Paraguayan of Ponta Porã,
Angolans ("kota", "bué fixe"), a Cape Verdean, Senegalese beach vendors ("nanga def"), nisseis and Japanese elders of
Registro and Bastos ("obachan", "ojiichan"), an American in Recife, a Lebanese of Foz ("habibi"), an Arab greeting
("sabah el kheir"), a Chinese student at USP, a Russian woman, a Congolese in Caxias, a Cameroonian, an Afghan refugee,
a Bangladeshi meat-packer, an Italian of Treviso, a Polish curitibana ("dzien dobry"), a Haitian in Chapecó, a
Nigerian student in Salvador, a German descendant of Pomerode. Learners (learner grammar on purpose: "eu quero sabe
capital", "você falar capital", "eu não entende"). Children (seven years old, "tia rose", a teddy bear, second
grade). Teenagers ("na moral", "tankei", "mó vergonha", "slk", TikTok, idols). Elders ("a vovó", an old people's home,
"no meu tempo", "fala devagar"). Work: an app delivery rider, a night-shift nurse, a bakery, a barbershop bet, an Uber
driver, a fisherman, a soybean farm, a tour guide in Foz, an EJA teacher, a pastel stall, a truck driver, the port of
Santos, a hairdresser. Home: rice on the stove, the washtub, coffee, homework, watering plants, a telenovela, tapioca,
sweeping the yard. Games: Stop, a church quiz, Perguntados, a festa junina bingo, a school gincana, a board game, Show
do Milhão. Sport: friendlies, the women's team, UFC, beach volleyball, Flamengo's foreigners, Formula One, road races.
Travel: backpacking in Indochina, a sister working abroad, an exchange, a Caribbean cruise, a flight connection, a
honeymoon.

Yes/no checks expect the place asked about, right or wrong; self-corrections expect the last place named after the
marker; reverse questions CITY:<capital> as languages/pt.json names it.

Sources: LINES below in the round-12 entry format (`family | frame or sentence | expected`; a fill carries its own
preposition and article), built by build_round of tests/Eval/source/round12_hinl_corpus.py (round 35), dropping every
(utterance, locale) pair of the earlier Portuguese rounds.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
regional-speech | ô querido alexa aqui da lagoa da conceição me diz a capital {} | da frança=FR; da bélgica=BE; da suíça=CH
regional-speech | tás tolo alexa e a capital {} qual é queridu | da holanda ou dos países baixos sei lá=NL; do luxemburgo=LU; da áustria=AT
regional-speech | ó o tamanho da dúvida alexa capital {} | da alemanha=DE; da polônia=PL; da tchéquia=CZ
regional-speech | alexa tchapa e cruz aqui de cuiabá qual é a capital {} | do paraguai=PY; da bolívia agora a de verdade=BO; do uruguai=UY
regional-speech | djá alexa fala pra mim a capital {} pai | do equador=EC; da colômbia=CO; da venezuela=VE
regional-speech | pai do céu alexa aqui do porto de cuiabá qual é a capital {} | do peru=PE; do chile=CL; da argentina=AR
regional-speech | arretado alexa aqui de campina grande me diga a capital {} | do marrocos=MA; da argélia=DZ; da tunísia=TN
regional-speech | painho quer saber alexa a capital {} aqui da paraíba | da líbia=LY; do egito=EG; do sudão=SD
regional-speech | alexa oxe aqui de maceió na pajuçara qual é a capital {} | do sudão do sul=SS; do chade=TD; da república centro-africana=CF
regional-speech | vixe alexa aqui da ponta verde fala a capital {} | de camarões=CM; do gabão=GA; da guiné equatorial=GQ
regional-speech | rapaz alexa aqui de são luís do maranhão qual é a capital {} | de cabo verde=CV; de são tomé e príncipe=ST; da guiné-bissau=GW
regional-speech | é pai d'égua alexa lá de teresina qual é a capital {} | do senegal=SN; da gâmbia=GM; da mauritânia=MR
regional-speech | alexa massa rapaz aqui do piauí me diz a capital {} | do mali=ML; do níger=NE; de burquina faso=BF
regional-speech | caraca alexa aqui de madureira qual é a capital {} | da costa rica=CR; do panamá=PA; da nicarágua=NI
regional-speech | sinistro alexa tu sabe a capital {} aqui de irajá | de honduras=HN; de el salvador=SV; da guatemala=GT
regional-speech | alexa qual que é a capital {} aqui da penha cria | do belize=BZ; de cuba=CU; da jamaica=JM
regional-speech | porrrta alexa aqui de piracicaba qual é a capital {} | do japão=JP; da china=CN; da mongólia=MN
regional-speech | ocê sabe alexa a capital {} aqui do interior de são paulo | da coreia do sul=KR; do vietnã=VN; do laos=LA
regional-speech | alexa aqui de santos no canal três me fala a capital {} | da tailândia=TH; do camboja=KH; do mianmar=MM
regional-speech | uai alexa lá de montes claros qual é a capital {} | da índia=IN; do paquistão=PK; do bangladesh=BD
regional-speech | alexa cê sabe a capital {} cá do norte de minas | do nepal=NP; do butão=BT; do sri lanka só uma=LK
regional-speech | alexa aqui de vila velha ô capixaba aqui qual é a capital {} | das maldivas=MV; do afeganistão=AF; do irã=IR
regional-speech | alexa pocar de curiosidade aqui em vitória qual é a capital {} | do iraque=IQ; da síria=SY; do líbano=LB
regional-speech | mano alexa aqui de manaus na cidade nova qual é a capital {} | da jordânia=JO; de israel=IL; da arábia saudita=SA
regional-speech | alexa égua mana aqui do amapá me diz a capital {} | do iêmen=YE; de omã=OM; dos emirados árabes=AE
regional-speech | alexa aqui de macapá no meio do mundo qual a capital {} | do catar=QA; do kuwait=KW; do barein=BH
regional-speech | alexa aqui do acre que existe sim qual é a capital {} | da turquia=TR; da grécia=GR; de chipre=CY
regional-speech | alexa aqui de rio branco rapaz qual é a capital {} | da geórgia o país do cáucaso=GE; da armênia=AM; do azerbaijão=AZ
regional-speech | alexa lá de aracaju no mercado qual é a capital {} | do cazaquistão=KZ; do uzbequistão=UZ; do turcomenistão=TM
regional-speech | alexa oxente aqui de lagarto em sergipe diz a capital {} | do quirguistão=KG; do tadjiquistão=TJ; da rússia=RU
regional-speech | alexa aqui de porto velho qual é a capital {} ô | da ucrânia=UA; da bielorrússia=BY; da moldávia=MD
regional-speech | bah alexa aqui de pelotas qual é a capital {} | da lituânia=LT; da letônia=LV; da estônia=EE
regional-speech | alexa aqui de caxias do sul báh me fala a capital {} | da finlândia=FI; da suécia=SE; da noruega=NO
regional-speech | alexa aqui de boa vista roraima qual é a capital {} | da guiana=GY; do suriname=SR; de trinidad e tobago=TT
regional-speech | alexa de cima do morro aqui em ouro preto qual é a capital {} | de portugal=PT; da espanha=ES; de andorra=AD
regional-speech | alexa sô aqui em divinópolis qual é a capital {} | da itália=IT; do vaticano=VA; de san marino=SM
regional-speech | alexa aqui de campo grande ô pia qual é a capital {} | de mônaco=MC; de liechtenstein=LI; de malta=MT
regional-speech | alexa de dourados aqui na fronteira qual é a capital {} | da irlanda=IE; do reino unido=GB; da islândia=IS
regional-speech | alexa aqui de palmas no tocantins qual é a capital {} | da dinamarca=DK; da hungria=HU; da eslováquia=SK
regional-speech | alexa aqui de araguaína me diz a capital {} por favor | da croácia=HR; da eslovênia=SI; da bósnia=BA
regional-speech | alexa aqui de juiz de fora qual é a capital {} | da sérvia=RS; do montenegro=ME; da albânia=AL
regional-speech | alexa aqui do recôncavo baiano qual é a capital {} minha filha | da macedônia do norte=MK; da bulgária=BG; da romênia=RO
immigrant-speech | buenas alexa chamo soy venezolano en boa vista cuál es la capital {} | de colombia=CO; de panamá=PA; de república dominicana=DO
immigrant-speech | alexa pana eu venezuelano aprendendo português qual capital {} | de aruba=AW; de curaçao=CW; de trinidad=TT
immigrant-speech | alexa yo trabajo en el brás soy boliviano cuál es la capital {} | del perú=PE; de chile=CL; de ecuador=EC
immigrant-speech | alexa eu boliviana costureira no bom retiro qual a capital {} | do paraguai por favor=PY; da argentina por favor=AR; do brasil mesmo=BR
immigrant-speech | alexa o kota aqui é angolano diz lá a capital {} | de angola=AO; de moçambique=MZ; da namíbia=NA
immigrant-speech | bué fixe alexa qual é a capital {} | da zâmbia=ZM; do zimbábue=ZW; do botsuana=BW
immigrant-speech | alexa sou cabo-verdiano da praia qual é a capital {} | do senegal mano=SN; da guiné-conacri=GN; da serra leoa=SL
immigrant-speech | alexa nanga def je suis sénégalais qual é a capital {} | da costa do marfim=CI; do togo=TG; do benim=BJ
immigrant-speech | alexa sou senegalês vendo óculos na praia qual capital {} | da libéria=LR; de gana=GH; da nigéria=NG
immigrant-speech | alexa konnichiwa a obachan quer saber capital {} | da coreia do norte=KP; de taiwan=TW; das filipinas=PH
immigrant-speech | alexa eu sou nissei de registro qual é a capital {} | da indonésia=ID; da malásia só uma=MY; de singapura=SG
immigrant-speech | alexa hey i'm american living in recife what's the capital {} | of brunei=BN; of timor-leste=TL; of papua new guinea=PG
immigrant-speech | alexa sou libanês de foz mas qual é a capital {} mesmo | da síria habibi=SY; da jordânia habibi=JO; do kuwait habibi=KW
immigrant-speech | alexa sabah el kheir qual é a capital {} | da palestina=PS; do egito yalla=EG; da arábia=SA
immigrant-speech | alexa ni hao eu estudante chinês na usp qual é capital {} | do cazaquistão=KZ; do quirguistão=KG; da mongólia=MN
immigrant-speech | alexa privet sou russa em são paulo qual a capital {} | da geórgia a do cáucaso=GE; do uzbequistão=UZ; do tadjiquistão=TJ
immigrant-speech | alexa salut sou congolês de kinshasa morando em caxias qual é a capital {} | de ruanda=RW; do burundi=BI; de uganda=UG
immigrant-speech | alexa bonjour sou camaronês qual é a capital {} | do quênia=KE; da tanzânia=TZ; da etiópia=ET
immigrant-speech | alexa sou afegão refugiado em são paulo qual capital {} | do paquistão=PK; do irã=IR; do turcomenistão=TM
immigrant-speech | alexa salam eu sou do bangladesh e trabalho em frigorífico capital {} qual é | do nepal=NP; da índia=IN; do butão=BT
immigrant-speech | alexa sou italiano de treviso qual è a capital {} | da croácia=HR; da eslovênia=SI; da áustria=AT
immigrant-speech | alexa dzien dobry sou polonesa de curitiba qual é a capital {} | da lituânia=LT; da ucrânia=UA; da bielorrússia=BY
learner-speech | alexa capital {} qual é ela | de fiji=FJ; de tonga=TO; de samoa=WS
learner-speech | alexa eu quero sabe capital {} | de vanuatu=VU; das ilhas salomão=SB; de nauru=NR
learner-speech | alexa você falar capital {} pra mim | de palau=PW; da micronésia=FM; das ilhas marshall=MH
learner-speech | alexa qual é capital de país {} | tuvalu=TV; quiribati=KI; nova zelândia=NZ
learner-speech | alexa como chama capital {} | do djibuti=DJ; da eritreia=ER; da somália=SO
learner-speech | alexa onde fica capital {} me diz | do madagascar=MG; de maurício=MU; das seicheles=SC
learner-speech | alexa eu não entende qual capital {} | dos comores=KM; do malaui=MW; do lesoto=LS
work-context | alexa tô fazendo entrega de aplicativo e o cliente perguntou a capital {} | da austrália=AU; do canadá=CA; dos estados unidos=US
work-context | alexa sou enfermeira no plantão e a colega quer saber a capital {} | da nova zelândia=NZ; da irlanda=IE; da escócia=GB-SCT
work-context | alexa aqui na padaria o freguês perguntou a capital {} | de portugal=PT; da frança=FR; da espanha=ES
work-context | alexa aqui na barbearia tá rolando aposta qual é a capital {} | da islândia=IS; da groenlândia=GL; da noruega=NO
work-context | alexa sou motorista de uber e o passageiro quer saber a capital {} | da turquia=TR; do azerbaijão=AZ; da armênia=AM
work-context | alexa tô no barco pescando e bateu a dúvida capital {} | de cabo verde=CV; da guiné-bissau=GW; de são tomé=ST
work-context | alexa aqui na fazenda de soja o comprador é {} qual a capital de lá | da china=CN; do vietnã=VN; da tailândia=TH
work-context | alexa sou guia de turismo em foz preciso da capital {} | do paraguai=PY; da argentina=AR; do uruguai=UY
work-context | alexa sou professora da eja e preciso da capital {} pra aula | de angola=AO; de moçambique=MZ; de timor-leste=TL
work-context | alexa na feira o moço do pastel perguntou a capital {} | do japão=JP; da coreia do sul=KR; de taiwan=TW
home-context | alexa enquanto o arroz cozinha me fala a capital {} | da hungria=HU; da romênia=RO; da bulgária=BG
home-context | alexa tô lavando roupa no tanque qual é a capital {} | do quênia=KE; da etiópia=ET; de uganda=UG
home-context | alexa tô passando café qual a capital {} | da colômbia=CO; da costa rica=CR; da guatemala=GT
home-context | alexa meu filho tá fazendo dever de casa e quer a capital {} | do egito=EG; da grécia=GR; do iraque=IQ
home-context | alexa tô regando as plantas me diz a capital {} | da holanda=NL; da bélgica=BE; da dinamarca=DK
home-context | alexa a novela se passa {} qual é a capital de lá | na turquia=TR; no marrocos=MA; na índia=IN
game-context | alexa no jogo do stop caiu a letra e qual é a capital {} | da estônia=EE; do equador=EC; da eritreia=ER
game-context | alexa é pergunta do quiz da igreja qual é a capital {} | de israel=IL; do líbano=LB; da jordânia=JO
game-context | alexa tô jogando perguntados e caiu a capital {} | do catar=QA; de omã=OM; do barein=BH
game-context | alexa no bingo da festa junina a prenda é pra quem sabe a capital {} | do peru=PE; da bolívia=BO; do chile=CL
game-context | alexa na gincana da escola pediram a capital {} | das bahamas=BS; de barbados=BB; da jamaica=JM
sport-context | alexa o brasil vai jogar contra {} qual é a capital deles | o japão=JP; a coreia do sul=KR; camarões=CM
sport-context | alexa a seleção feminina pega {} qual a capital de lá | a suécia=SE; a noruega=NO; a espanha=ES
sport-context | alexa o ufc vai ser {} qual é a capital | nos emirados=AE; na arábia saudita=SA; no catar=QA
sport-context | alexa o vôlei de praia vai ter etapa {} qual é a capital | na letônia=LV; na polônia=PL; no catar mesmo=QA
sport-context | alexa o jogador do flamengo é {} qual a capital do país dele | do uruguai=UY; do chile=CL; do equador=EC
travel-context | alexa vou de mochilão {} qual é a capital | pro vietnã=VN; pro camboja=KH; pro laos=LA
travel-context | alexa minha irmã foi trabalhar {} qual é a capital de lá | na irlanda=IE; em portugal=PT; no canadá=CA
travel-context | alexa vou fazer intercâmbio {} qual é a capital | na nova zelândia=NZ; na austrália=AU; em malta=MT
travel-context | alexa o cruzeiro passa {} qual a capital | em santa lúcia=LC; em granada=GD; em dominica=DM
travel-context | alexa meu voo faz escala {} qual é a capital de lá | na etiópia=ET; no panamá=PA; na turquia=TR
subdivision | alexa qual é a capital {} aqui no brasil | do acre=BR-AC; de rondônia=BR-RO; de roraima=BR-RR
subdivision | alexa a capital {} é qual mesmo que eu sempre esqueço | do amapá=BR-AP; do tocantins=BR-TO; do mato grosso do sul=BR-MS
subdivision | alexa minha sobrinha passou na federal {} qual é a capital | do piauí=BR-PI; do maranhão=BR-MA; de sergipe=BR-SE
subdivision | alexa vou prestar concurso {} qual é a capital do estado | em alagoas=BR-AL; na paraíba=BR-PB; no espírito santo=BR-ES
subdivision | alexa o caminhão vai descarregar na capital {} qual é | de goiás=BR-GO; do mato grosso=BR-MT; do pará=BR-PA
subdivision | alexa capital {} fala rapidinho | do amazonas=BR-AM; do ceará=BR-CE; de pernambuco=BR-PE
subdivision | alexa meu primo mora na capital {} que cidade é | de santa catarina=BR-SC; do paraná=BR-PR; do rio grande do sul=BR-RS
subdivision | alexa qual é a capital {} que eu sempre confundo | do rio grande do norte=BR-RN; da bahia=BR-BA; de minas=BR-MG
subdivision | alexa qual a capital do estado {} | de são paulo=BR-SP; do rio de janeiro=BR-RJ; do distrito federal=BR-DF
subdivision | alexa a minha tia mora {} qual é a capital de lá | no texas=US-TX; na flórida=US-FL; em massachusetts=US-MA
subdivision | alexa a série se passa {} qual é a capital do estado | em nova jersey=US-NJ; em ohio=US-OH; em nova york=US-NY
subdivision | alexa vou pra disney {} e queria saber a capital do estado | na flórida=US-FL; na califórnia=US-CA; em orlando=US-FL
subdivision | alexa qual é a capital {} nos estados unidos | do alasca=US-AK; do havaí=US-HI; do novo méxico=US-NM
subdivision | alexa o caminhoneiro americano do vídeo é {} qual é a capital | do wyoming=US-WY; de montana=US-MT; do nebraska=US-NE
subdivision | alexa qual é a capital {} lá no canadá | de ontário=CA-ON; de quebec=CA-QC; da colúmbia britânica=CA-BC
subdivision | alexa minha filha faz intercâmbio {} qual é a capital da província | em alberta=CA-AB; em manitoba=CA-MB; na nova escócia=CA-NS
subdivision | alexa qual é a capital {} da austrália | de queensland=AU-QLD; da tasmânia=AU-TAS; da austrália ocidental=AU-WA
subdivision | alexa qual é a capital {} do méxico | de jalisco=MX-JAL; de chiapas=MX-CHP; de veracruz=MX-VER
subdivision | alexa no estado mexicano {} qual é a capital | de sonora=MX-SON; de puebla=MX-PUE; de guanajuato=MX-GUA
subdivision | alexa qual é a capital {} na alemanha | da baviera=DE-BY; da saxônia=DE-SN; de baden-württemberg=DE-BW
subdivision | alexa qual a capital do estado indiano {} | de kerala=IN-KL; de goa=IN-GA; do punjab=IN-PB
subdivision | alexa qual é a capital {} no reino unido | do país de gales=GB-WLS; da irlanda do norte=GB-NIR; da inglaterra=GB-ENG
subdivision | alexa o time de futebol americano é {} qual é a capital do estado | da pensilvânia=US-PA; de minnesota=US-MN; do tennessee=US-TN
subdivision | alexa qual é a capital de illinois não é chicago não | US-IL
subdivision | alexa capital da carolina do sul | US-SC
subdivision | alexa qual é a capital do estado de washington lá em cima | US-WA
subdivision | alexa a capital do missouri por favor | US-MO
subdivision | alexa qual é a capital de oklahoma é a própria cidade | US-OK
subdivision | alexa a capital de yukon lá no frio | CA-YT
subdivision | alexa qual a capital de nunavut | CA-NU
subdivision | alexa e o estado de hidalgo no méxico tem qual capital | MX-HID
subdivision | alexa a capital do estado de karnataka da índia | IN-KA
subdivision | alexa capital da renânia do norte-vestfália | DE-NW
subdivision | alexa qual é a capital de hamburgo estado alemão | DE-HH
subdivision | alexa a capital do território do norte da austrália | AU-NT
territory | alexa qual é a capital {} que é território francês | da polinésia francesa=PF; da nova caledônia=NC; da guiana francesa=GF
territory | alexa minha prima casou com um francês e mora {} qual é a capital | na martinica=MQ; em guadalupe=GP; na reunião=RE
territory | alexa capital {} é ilha britânica né | das bermudas=BM; das ilhas cayman=KY; de gibraltar=GI
territory | alexa qual é a capital {} que os ingleses e argentinos brigam | das malvinas=FK; das ilhas falkland=FK; de santa helena=SH
territory | alexa qual a capital {} lá no caribe | de porto rico=PR; das ilhas turcas e caicos=TC; de anguila=AI
territory | alexa as ilhas faroé têm capital | FO
territory | alexa qual é a capital da groenlândia que o trump queria comprar | GL
territory | alexa capital de hong kong existe | HK
territory | alexa qual é a capital de jersey a ilha não o estado americano | JE
territory | alexa a ilha de man tem capital qual é | IM
territory | alexa qual é a capital de guam onde tem base americana | GU
territory | alexa kosovo tem capital qual é | XK
territory | alexa mayotte é francesa qual a capital | YT
territory | alexa capital das ilhas cook | CK
territory | alexa qual a capital de svalbard onde tem o banco de sementes | SJ
territory | alexa tokelau tem capital | TK
territory | alexa qual é a capital de montserrat | MS
plural-capitals | alexa é verdade que a áfrica do sul tem mais de uma capital quais são | ZA
plural-capitals | alexa a bolívia tem duas capitais né quais | BO
plural-capitals | alexa la paz e sucre as duas são capital da bolívia | BO
plural-capitals | alexa quais as capitais da holanda amsterdã e haia | NL
plural-capitals | alexa os países baixos têm duas capitais me explica | NL
plural-capitals | alexa kuala lumpur e putrajaya qual das duas é a capital da malásia | MY
plural-capitals | alexa quais são as capitais do sri lanka aquele nome comprido | LK
plural-capitals | alexa o sri lanka tem duas capitais quais são elas | LK
plural-capitals | alexa a costa do marfim tem duas capitais quais são | CI
plural-capitals | alexa abidjan ou yamoussoukro qual é capital da costa do marfim as duas | CI
plural-capitals | alexa o benim tem capital dupla porto novo e cotonou | BJ
plural-capitals | alexa a palestina tem capital ramallah ou jerusalém oriental | PS
plural-capitals | alexa me fala todas as capitais da áfrica do sul pretória e as outras | ZA
plural-capitals | alexa quais são as capitais oficiais da bolívia | BO
shared-name | alexa a capital do congo do lado de brazzaville | CG
shared-name | alexa capital da coreia | KP+KR
shared-name | alexa qual é a capital da coreia do kpop | KR
shared-name | alexa capital da coreia do kim jong un | KP
shared-name | alexa capital da geórgia o estado americano de atlanta | US-GA
shared-name | alexa qual é a capital da geórgia a ex república soviética | GE
shared-name | alexa qual a capital das ilhas virgens | VG+VI
shared-name | alexa capital das ilhas virgens americanas | VI
shared-name | alexa e das ilhas virgens britânicas qual é a capital | VG
shared-name | alexa qual é a capital do congo aquele da áfrica | CD+CG
yes-no-check | alexa a capital do canadá é ottawa certo | CA
yes-no-check | alexa confirma pra mim a capital da suíça é berna | CH
yes-no-check | alexa a capital de marrocos é casablanca ou tô viajando | MA
yes-no-check | alexa é mesmo que a capital do cazaquistão mudou de nome | KZ
yes-no-check | alexa a capital de minas é belo horizonte né sô | BR-MG
yes-no-check | alexa a capital de santa catarina é joinville | BR-SC
yes-no-check | alexa a capital da califórnia é los angeles não é | US-CA
yes-no-check | alexa montevidéu é capital do uruguai confere | UY
yes-no-check | alexa meu marido jura que a capital do paraguai é ciudad del este é isso | PY
yes-no-check | alexa a capital do pará é belém mesmo | BR-PA
yes-no-check | alexa é brasília a capital do brasil desde quando | BR
self-correction | alexa qual é a capital da suécia não da suíça | CH
self-correction | alexa a capital da áustria ou melhor da hungria | HU
self-correction | alexa capital da eslováquia digo eslovênia | SI
self-correction | alexa qual a capital do irã quer dizer do iraque | IQ
self-correction | alexa capital da colômbia não peraí da venezuela | VE
self-correction | alexa qual é a capital do sudão ops do sudão do sul | SS
self-correction | alexa a capital da nigéria aliás do níger | NE
self-correction | alexa capital da guiné não desculpa da guiné equatorial | GQ
self-correction | alexa qual é a capital da mauritânia não maurício | MU
self-correction | alexa capital do paraguai é errado quero do uruguai | UY
self-correction | alexa qual é a capital de goiás não calma de goiânia não do tocantins | BR-TO
self-correction | alexa qual a capital do maranhão eita troquei é do piauí | BR-PI
self-correction | alexa qual é a capital da letônia na verdade da lituânia | LT
self-correction | alexa capital da dominica peraí república dominicana | DO
self-correction | alexa a capital da islândia não irlanda | IE
self-correction | alexa qual é a capital da gâmbia perdão da zâmbia | ZM
self-correction | alexa qual é a capital do camboja não espera do laos | LA
self-correction | alexa capital do tadjiquistão foi mal quis dizer uzbequistão | UZ
reverse-question | alexa reykjavík é capital de onde | CITY:Reykjavík
reverse-question | alexa de que país é a capital ulan bator | CITY:Ulan Bator
reverse-question | alexa acra é capital de que lugar | CITY:Acra
reverse-question | alexa bishkek é a capital de qual país | CITY:Bishkek
reverse-question | alexa a cidade de lusaka é capital de quem | CITY:Lusaka
reverse-question | alexa paramaribo é capital de qual país da américa do sul | CITY:Paramaribo
reverse-question | alexa windhoek é a capital de qual país | CITY:Windhoek
reverse-question | alexa palmas é capital de que estado | CITY:Palmas
reverse-question | alexa springfield é capital de qual estado americano | CITY:Springfield
reverse-question | alexa georgetown é capital de onde | CITY:Georgetown
reverse-question | alexa kingston é capital de qual país | CITY:Kingston
reverse-question | alexa em que país fica a capital vientiane | CITY:Vientiane
reverse-question | alexa tbilisi é capital de que país | CITY:Tbilisi
reverse-question | alexa de onde é capital a cidade de riga | CITY:Riga
official-name | alexa capital da república popular da china | CN
official-name | alexa capital da república do congo | CG
official-name | alexa capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | alexa qual a capital da república islâmica do irã | IR
official-name | alexa capital da federação russa | RU
official-name | alexa qual a capital do reino da arábia saudita | SA
official-name | alexa capital da república checa | CZ
official-name | alexa qual é a capital do reino do marrocos | MA
official-name | alexa capital da confederação suíça | CH
official-name | alexa capital da república bolivariana da venezuela | VE
official-name | alexa qual a capital do grão-ducado do luxemburgo | LU
official-name | alexa capital do reino da tailândia | TH
everyday-name | alexa qual é a capital da inglaterra | GB-ENG
everyday-name | alexa capital da holanda | NL
everyday-name | alexa capital da suazilândia | SZ
everyday-name | alexa qual a capital da república tcheca | CZ
everyday-name | alexa capital da costa do marfim | CI
everyday-name | alexa qual é a capital dos states | US
everyday-name | alexa capital da terra do tio sam | US
everyday-name | alexa qual é a capital da gringa lá dos eua | US
everyday-name | alexa capital dos emirados | AE
everyday-name | alexa capital do timor | TL
everyday-name | alexa qual é a capital da terrinha | PT
everyday-name | alexa capital da bósnia | BA
everyday-name | alexa qual é a capital das arábias | SA
everyday-name | alexa capital do ceilão | LK
follow-up | alexa e a da espanha | ES
follow-up | alexa e da argentina | AR
follow-up | alexa agora a do japão | JP
follow-up | alexa e a do vizinho méxico | MX
follow-up | alexa tá e a da rússia | RU
follow-up | alexa beleza e da grécia | GR
follow-up | alexa e lá do egito | EG
follow-up | alexa e a dos estados unidos então | US
follow-up | alexa massa e do chile | CL
follow-up | alexa e a capital de pernambuco | BR-PE
follow-up | alexa e a do ceará | BR-CE
follow-up | alexa pronto agora faz a do peru | PE
follow-up | alexa e pra cuba | CU
follow-up | alexa e da nova zelândia | NZ
follow-up | alexa próximo país a índia | IN
follow-up | alexa ok e a da polônia | PL
follow-up | alexa show e a da turquia | TR
follow-up | alexa outra a da alemanha | DE
child-speech | alexa eu tenho sete anos qual é a capital {} | da austrália dos cangurus=AU; do egito das pirâmides=EG; da china do panda=CN
child-speech | alexa a minha professora tia rose perguntou a capital {} | da frança da torre=FR; da itália da pizza=IT; da inglaterra do rei=GB-ENG
child-speech | alexa o meu ursinho quer saber a capital {} | do canadá=CA; do japão=JP; do quênia dos leões=KE
child-speech | alexa qual é a capital do polo norte do papai noel | FB
child-speech | alexa qual é a capital da terra dos dinossauros | FB
child-speech | alexa eu sei a capital do brasil é brasília né | BR
child-speech | alexa qual é a capital da groenlândia do urso polar | GL
teen-speech | alexa mano na moral qual é a capital {} | da croácia=HR; da sérvia=RS; da albânia=AL
teen-speech | alexa tankei não a prova de geografia qual é a capital {} | do cazaquistão=KZ; da mongólia=MN; do nepal=NP
teen-speech | alexa é sério qual a capital {} mó vergonha não saber | do canadá=CA; da austrália=AU; da nova zelândia=NZ
teen-speech | alexa no tiktok falaram que a capital {} é outra qual é | da turquia=TR; do brasil=BR; da suíça=CH
teen-speech | alexa slk qual é a capital da coreia do sul dos idols | KR
teen-speech | alexa rapidão capital do marrocos que eu tô no grupo da escola | MA
elder-speech | alexa minha filha a vovó quer saber a capital {} | de portugal=PT; da espanha=ES; da itália=IT
elder-speech | alexa no meu tempo a capital {} era outra qual é agora | do cazaquistão=KZ; da nigéria=NG; do brasil=BR
elder-speech | alexa o seu joaquim aqui do asilo perguntou a capital {} | da polônia=PL; da lituânia=LT; da ucrânia=UA
elder-speech | alexa fala devagar qual é a capital da alemanha | DE
elder-speech | alexa meu neto tá morando no japão qual é a capital de lá | JP
old-name | alexa capital do sião | TH
old-name | alexa capital do alto volta | BF
old-name | alexa qual a capital da niassalândia | MW
old-name | alexa capital da formosa | TW
asr-artefact | alexa qual é a capital do quir guistão | KG
asr-artefact | alexa capital do a fega nistão | AF
asr-artefact | alexa qual a capital da mol dávia | MD
asr-artefact | alexa capital de bur kina faso | BF
asr-artefact | alexa qual é a capital do mala ui | MW
asr-artefact | alexa capital do tur come nistão | TM
asr-artefact | alexa qual é a capital de lich tenstein | LI
asr-artefact | alexa capital da papua nova guiné | PG
asr-artefact | alexa qual é a capital de esuatini | SZ
asr-artefact | alexa capital das sei cheles | SC
asr-artefact | alexa qual a capital do azer baijão | AZ
asr-artefact | alexa capital de djibouti | DJ
asr-artefact | alexa qual é a capital de são vicente e as granadinas | VC
asr-artefact | alexa capital de são cristóvão e nevis | KN
polite-request | alexa por gentileza qual é a capital {} | da dinamarca=DK; da finlândia=FI; da estônia=EE
polite-request | alexa você poderia me dizer a capital {} por favor | de antígua e barbuda=AG; de santa lúcia=LC; de são vicente e granadinas=VC
polite-request | alexa seria muito gentil se me dissesse a capital {} | de são cristóvão e névis=KN; de granada=GD; de dominica=DM
polite-request | alexa com licença qual é a capital {} | do haiti=HT; da república dominicana=DO; de el salvador=SV
leading-filler | alexa é é qual é a capital {} | da eslováquia=SK; da hungria=HU; da tchéquia=CZ
leading-filler | alexa hum deixa eu ver qual a capital {} | do sri lanka=LK; das maldivas=MV; de bangladesh=BD
leading-filler | alexa então tipo qual é a capital {} | do kuwait=KW; de chipre=CY; do iêmen=YE
leading-filler | alexa ah sim peraí a capital {} | da namíbia=NA; de botsuana=BW; do lesoto=LS
trailing-words | alexa qual é a capital {} valeu | da indonésia=ID; das filipinas=PH; de brunei=BN
trailing-words | alexa a capital {} obrigada viu | da eritreia=ER; do djibuti=DJ; da somália=SO
trailing-words | alexa qual a capital {} tá bom | de madagascar=MG; dos comores=KM; de maurício=MU
trailing-words | alexa capital {} é só isso | do gabão=GA; do chade=TD; do togo=TG
do-you-know | alexa você sabe qual é a capital {} | do vanuatu=VU; de samoa=WS; de tonga=TO
do-you-know | alexa cê sabe a capital {} | de fiji=FJ; de palau=PW; de nauru=NR
do-you-know | alexa tu conhece a capital {} | de tuvalu=TV; de quiribati=KI; das ilhas marshall=MH
do-you-know | alexa sabe me dizer a capital {} | da micronésia=FM; das ilhas salomão=SB; da papua-nova guiné=PG
imperative | alexa me fala a capital {} | do suriname=SR; da guiana=GY; do belize=BZ
imperative | alexa diz aí a capital {} | do ruanda=RW; do burundi=BI; do malaui=MW
imperative | alexa me conta qual é a capital {} | da guiné-bissau=GW; da gâmbia=GM; da serra leoa=SL
imperative | alexa fala pra mim a capital {} agora | do sudão=SD; do sudão do sul=SS; da líbia=LY
direct-question | alexa qual a capital {} | de barbados=BB; das bahamas=BS; de trinidad e tobago=TT
direct-question | alexa qual é a capital {} | da república centro-africana=CF; de camarões=CM; da guiné equatorial=GQ
direct-question | alexa qual é que é a capital {} | do zimbábue=ZW; da zâmbia=ZM; de moçambique=MZ
one-shot | alexa pergunta pro capitais do mundo qual é a capital {} | do afeganistão=AF; do turcomenistão=TM; do tadjiquistão=TJ
one-shot | alexa pede pro capitais do mundo a capital {} | do butão=BT; de singapura=SG; de timor-leste=TL
one-shot | alexa abre capitais do mundo e me diz a capital {} | da mauritânia=MR; do mali=ML; do níger=NE
bare-name | alexa {} | capital de angola=AO; capital do senegal=SN; capital da etiópia=ET
bare-name | alexa uruguai capital | UY
bare-name | alexa capital quênia | KE
bare-name | alexa jamaica | JM
help | alexa como é que eu uso esse negócio de capitais queridu | HELP
help | alexa tchapa e cruz não entendi nada como funciona isso | HELP
help | alexa painho não sabe mexer me ajuda aí com as capitais | HELP
help | alexa o que eu posso perguntar pra essa skill de capital | HELP
help | alexa me explica como pergunto a capital de um país | HELP
help | alexa quais comandos tem nesse jogo das capitais | HELP
help | alexa socorro como funciona esse capitais do mundo | HELP
help | alexa sou nova aqui como eu faço pra perguntar | HELP
help | alexa caraca me dá uma ajuda aí que eu tô perdido | HELP
help | alexa porrrta não sei usar isso me ensina | HELP
help | alexa o que que essa skill faz mesmo | HELP
help | alexa a vovó quer aprender a usar me ajuda | HELP
help | alexa yo no entiendo cómo funciona ayúdame | HELP
help | alexa help me please como funciona | HELP
help | alexa dá umas instruções aí pra mim | HELP
help | alexa tem algum tutorial dessa skill | HELP
help | alexa que tipo de pergunta você responde aqui | HELP
help | alexa me ajuda uai tô travado | HELP
help | alexa eu não sei o que falar pra você me orienta | HELP
help | alexa como que eu pergunto de estado brasileiro também | HELP
help | alexa dá exemplo de pergunta que eu posso fazer | HELP
help | alexa o kota não percebe nada ajuda lá | HELP
help | alexa explica de novo como é que funciona essa bagaça | HELP
help | alexa mana me ajuda aqui que eu não tô conseguindo | HELP
help | alexa ajuda por gentileza não sei mexer | HELP
stop | alexa pode parar queridu | STOP
stop | alexa chega por hoje djá | STOP
stop | alexa para com isso painho | STOP
stop | alexa desliga aí mano já deu | STOP
stop | alexa sai das capitais agora | STOP
stop | alexa encerra a skill por favor | STOP
stop | alexa tá bom já aprendi pode parar | STOP
stop | alexa para tudo o bebê dormiu | STOP
stop | alexa caraca para de falar | STOP
stop | alexa basta obrigada | STOP
stop | alexa termina o jogo das capitais | STOP
stop | alexa pode sair que eu já vou dormir | STOP
stop | alexa para ya basta | STOP
stop | alexa já deu por hoje tchau | STOP
stop | alexa para aí que o patrão chegou | STOP
stop | alexa desliga essa skill de geografia | STOP
stop | alexa cala a boca um pouquinho por favor | STOP
stop | alexa para com as capitais meu filho | STOP
stop | alexa sai fora dessa skill | STOP
cancel | alexa cancela queridu | CANCEL
cancel | alexa cancela essa pergunta aí | CANCEL
cancel | alexa deixa pra lá djá | CANCEL
cancel | alexa cancela cancela falei errado | CANCEL
cancel | alexa desconsidera a pergunta | CANCEL
cancel | alexa cancela que eu perguntei bobagem | CANCEL
cancel | alexa deixa quieto mano | CANCEL
cancel | alexa anula isso aí | CANCEL
cancel | alexa cancela oxe | CANCEL
cancel | alexa ignora o que eu disse | CANCEL
cancel | alexa deixa pra lá painho já sabe | CANCEL
cancel | alexa cancela por favor foi sem querer | CANCEL
cancel | alexa apaga essa pergunta | CANCEL
cancel | alexa cancela aí que o menino apertou | CANCEL
cancel | alexa cancela la pregunta | CANCEL
cancel | alexa volta atrás cancela | CANCEL
launch | alexa abre capitais do mundo queridu | LAUNCH
launch | alexa inicia o capitais do mundo | LAUNCH
launch | alexa começa a skill capitais do mundo | LAUNCH
launch | alexa liga o capitais do mundo pro menino | LAUNCH
launch | alexa abre aquela skill das capitais do mundo | LAUNCH
launch | alexa abre o capitais do mundo tchapa e cruz | LAUNCH
out-of-domain | alexa qual é a capital do pequi | FB
out-of-domain | alexa qual a capital mundial do café | FB
out-of-domain | alexa qual é a capital nacional do chocolate | FB
out-of-domain | alexa qual é a capital da moda | FB
out-of-domain | alexa qual é a capital da soja | FB
out-of-domain | alexa qual é a capital do agro | FB
out-of-domain | alexa qual é a capital do boi bumbá | FB
out-of-domain | alexa qual é a capital do recôncavo | FB
out-of-domain | alexa qual é a capital da serra da mantiqueira | FB
out-of-domain | alexa qual a capital da zona da mata | FB
out-of-domain | alexa qual a capital da europa | FB
out-of-domain | alexa qual é a capital da américa latina | FB
out-of-domain | alexa qual a capital da andaluzia | FB
out-of-domain | alexa qual a capital de nárnia | FB
out-of-domain | alexa qual é a capital de júpiter | FB
out-of-domain | alexa qual é a capital de vênus | FB
out-of-domain | alexa qual a capital de ribeirão preto | FB
out-of-domain | alexa qual é a capital de barcelona | FB
out-of-domain | alexa quanto de capital social precisa pra abrir mei | FB
out-of-domain | alexa o que é capital de giro numa padaria | FB
out-of-domain | alexa o que é letra maiúscula também chamada de capital | FB
out-of-domain | alexa toca a música natasha do capital inicial | FB
out-of-domain | alexa qual é o telefone do banco capital one | FB
out-of-domain | alexa como tá o trânsito na capital hoje | FB
out-of-domain | alexa vai chover na capital amanhã | FB
out-of-domain | alexa que horas são em tóquio | FB
out-of-domain | alexa quantos habitantes tem a china | FB
out-of-domain | alexa qual é o rio mais comprido do brasil | FB
out-of-domain | alexa qual é o hino da bahia | FB
out-of-domain | alexa quanto tempo de voo de são paulo a lisboa | FB
out-of-domain | alexa quanto tá o euro | FB
out-of-domain | alexa converte cem reais em pesos | FB
out-of-domain | alexa toca rasqueado cuiabano | FB
out-of-domain | alexa toca um pagode aí | FB
out-of-domain | alexa coloca a rádio gaúcha | FB
out-of-domain | alexa quanto foi o jogo do vasco | FB
out-of-domain | alexa quando é o próximo jogo do grêmio | FB
out-of-domain | alexa qual é a receita de arroz carreteiro | FB
out-of-domain | alexa como faz maria isabel | FB
out-of-domain | alexa quanto tempo cozinha o feijão na pressão | FB
out-of-domain | alexa adiciona pão na lista de compras | FB
out-of-domain | alexa manda mensagem pro meu marido | FB
out-of-domain | alexa qual é o signo de quem nasce em março | FB
out-of-domain | alexa que dia é o carnaval ano que vem | FB
out-of-domain | alexa quando é o feriado de corpus christi | FB
out-of-domain | alexa tá frio lá fora | FB
out-of-domain | alexa me lembra de tomar o remédio | FB
out-of-domain | alexa conta até dez em inglês | FB
out-of-domain | alexa como se fala bom dia em alemão | FB
out-of-domain | alexa qual é a distância da terra até a lua | FB
out-of-domain | alexa qual é o prefixo de ligação pra portugal | FB
out-of-domain | alexa qual é a capital da capitania de são vicente | FB
out-of-domain | alexa qual é a capital de fernando de noronha | FB
out-of-domain | alexa qual é a capital dos bálcãs | FB
out-of-domain | alexa qual é a capital do cáucaso | FB
out-of-domain | alexa qual é a capital do biafra | FB
out-of-domain | alexa qual é a capital do abc paulista | FB
out-of-domain | alexa qual é a capital do cerrado | FB
out-of-domain | alexa qual é a capital gaúcha da uva | FB
out-of-domain | alexa me recomenda um filme | FB
plural-capitals | alexa rapaz o essuatíni tem duas capitais mesmo quais são elas | SZ
plural-capitals | alexa mbabane e lobamba são as capitais da suazilândia é isso | SZ
plural-capitals | alexa queridu me diz as capitais do reino de essuatíni | SZ
plural-capitals | alexa caraca a palestina tem duas capitais fala aí quais | PS
plural-capitals | alexa mano quais as capitais da áfrica do sul que a professora pediu todas | ZA
plural-capitals | alexa a prova pergunta as capitais do benin no plural quais são | BJ
plural-capitals | alexa painho falou que a malásia tem duas capitais quais são | MY
out-of-domain | alexa queridu qual é a capital da ilha da magia | FB
out-of-domain | alexa tchapa e cruz qual é a capital do rasqueado | FB
out-of-domain | alexa qual é a capital do mato grosso do norte que ia ser criado | FB
out-of-domain | alexa arretado qual é a capital do são joão | FB
out-of-domain | alexa campina grande é a capital do forró né | FB
out-of-domain | alexa qual é a capital do sururu | FB
out-of-domain | alexa qual é a capital do bumba meu boi em são luís | FB
out-of-domain | alexa qual a capital da cajuína | FB
out-of-domain | alexa caraca qual é a capital do samba | FB
out-of-domain | alexa porrrta qual é a capital da pamonha de piracicaba | FB
out-of-domain | alexa uai qual é a capital do norte de minas | FB
out-of-domain | alexa qual é a capital da moqueca capixaba | FB
out-of-domain | alexa mano qual é a capital do tacacá | FB
out-of-domain | alexa qual é a capital mundial do açaí | FB
out-of-domain | alexa qual é a capital do oiapoque | FB
out-of-domain | alexa bah qual é a capital do chimarrão | FB
out-of-domain | alexa qual é a capital da fronteira oeste gaúcha | FB
out-of-domain | alexa qual é a capital do bico do papagaio | FB
out-of-domain | alexa qual é a capital da tríplice fronteira | FB
out-of-domain | alexa chamo qual es la capital de la gran sabana | FB
out-of-domain | alexa qual é a capital de cabinda | FB
out-of-domain | alexa o kota quer saber a capital da lunda norte | FB
out-of-domain | alexa qual é a capital da sibéria oriental | FB
out-of-domain | alexa qual é a capital do estado islâmico | FB
out-of-domain | alexa qual é a capital do reino de wakanda dos filmes | FB
out-of-domain | alexa qual é a capital do minecraft | FB
out-of-domain | alexa qual é a capital de marte no futuro | FB
out-of-domain | alexa qual é a capital da via láctea | FB
out-of-domain | alexa quanto eu preciso de capital pra abrir uma barbearia | FB
out-of-domain | alexa como calcula o capital próprio da empresa | FB
out-of-domain | alexa qual é a diferença entre capital aberto e fechado | FB
out-of-domain | alexa a empresa do meu patrão é de capital estrangeiro o que é isso | FB
out-of-domain | alexa o que quer dizer capital político | FB
out-of-domain | alexa quem cantou que país é esse | FB
out-of-domain | alexa toca a música capital da esperança | FB
out-of-domain | alexa qual é o time da capital que tá na série a | FB
out-of-domain | alexa quanto custa a passagem de ônibus na capital | FB
out-of-domain | alexa pede um uber pra rodoviária | FB
out-of-domain | alexa quantos quilômetros de cuiabá até a chapada | FB
out-of-domain | alexa como chego no mercado ver o peso | FB
out-of-domain | alexa qual é o melhor açaí de belém | FB
out-of-domain | alexa tá passando jogo do paysandu agora | FB
out-of-domain | alexa qual o horário da missa de domingo | FB
out-of-domain | alexa quanto tá a saca de soja hoje | FB
out-of-domain | alexa quanto tá o preço da arroba do boi | FB
out-of-domain | alexa vai dar maré alta hoje em são luís | FB
out-of-domain | alexa quando começa o festival de parintins | FB
out-of-domain | alexa qual capital brasileira é a mais quente | FB
out-of-domain | alexa qual a capital mais populosa da américa do sul | FB
out-of-domain | alexa qual país tem a capital mais alta do mundo | FB
out-of-domain | alexa me faz um quiz de capitais da europa | FB
stop | alexa para queridu que eu vou pra praia | STOP
stop | alexa chega que o pastel tá queimando | STOP
stop | alexa para já o menino tem que dormir djá | STOP
stop | alexa encerra aí mana vou sair | STOP
stop | alexa pode parar com as capitais o ônibus chegou | STOP
stop | alexa sai do capitais do mundo que eu vou ver o jogo | STOP
cancel | alexa cancela que eu troquei o país | CANCEL
cancel | alexa cancela aí queridu perguntei errado | CANCEL
cancel | alexa ah não cancela essa que a vó falou por cima | CANCEL
cancel | alexa cancela mano foi o grupo da escola falando | CANCEL
cancel | alexa djá cancela isso | CANCEL
cancel | alexa anula a pergunta que o papagaio falou | CANCEL
cancel | alexa cancela essa aí que o cachorro latiu junto | CANCEL
cancel | alexa esquece painho que já achei no livro | CANCEL
cancel | alexa cancela rapaz não era a capital que eu queria | CANCEL
cancel | alexa deixa pra lá uai | CANCEL
launch | alexa abre pra mim o capitais do mundo mana | LAUNCH
launch | alexa djá abre o capitais do mundo | LAUNCH
launch | alexa caraca abre o capitais do mundo aí | LAUNCH
launch | alexa bota pra rodar o capitais do mundo pra turma da eja | LAUNCH
launch | alexa liga o jogo capitais do mundo painho quer jogar | LAUNCH
launch | alexa entra no capitais do mundo uai | LAUNCH
launch | alexa abre o capitais do mundo que a vovó quer treinar | LAUNCH
yes-no-check | alexa queridu a capital da alemanha é munique né | DE
yes-no-check | alexa djá a capital do mato grosso é cuiabá confirma | BR-MT
yes-no-check | alexa caraca a capital do marrocos é rabat mesmo | MA
yes-no-check | alexa painho disse que a capital da bolívia é la paz tá certo | BO
yes-no-check | alexa o menino falou que a capital do amapá é macapá é isso | BR-AP
yes-no-check | alexa a capital da paraíba é campina grande ou joão pessoa | BR-PB
reverse-question | alexa rapaz ouagadougou é capital de onde | CITY:Ouagadougou
reverse-question | alexa mano porto velho é capital de qual estado | CITY:Porto Velho
reverse-question | alexa djá cuiabá é capital de que estado | CITY:Cuiabá
reverse-question | alexa chamo caracas é capital de que país | CITY:Caracas
official-name | alexa queridu qual a capital da república portuguesa | PT
official-name | alexa capital da república oriental do uruguai | UY
official-name | alexa qual é a capital da república argentina | AR
official-name | alexa capital do reino da noruega | NO
official-name | alexa qual a capital da república federal da alemanha | DE
old-name | alexa o vô pergunta a capital do ceilão de antigamente | LK
old-name | alexa qual é a capital da antiga birmânia | MM
old-name | alexa capital da rodésia do norte que agora é outro nome | ZM
old-name | alexa qual a capital do antigo daomé na áfrica | BJ
old-name | alexa capital do zaire do tempo do mobutu | CD
shared-name | alexa mano e a capital da coreia assim só coreia | KP+KR
shared-name | alexa caraca qual é a capital do congo que fica do lado de angola | CD+CG
shared-name | alexa qual a capital da geórgia onde nasceu o stalin | GE
shared-name | alexa djá qual é a capital da geórgia | GE+US-GA
regional-speech | alexa queridu aqui do ribeirão da ilha qual é a capital {} | do rio grande do sul=BR-RS; do paraná=BR-PR; de são paulo=BR-SP
regional-speech | alexa djá aqui de várzea grande me fala a capital {} | de rondônia=BR-RO; do acre=BR-AC; do amazonas=BR-AM
regional-speech | alexa mana aqui de santana no amapá qual é a capital {} | do pará=BR-PA; do maranhão=BR-MA; de roraima=BR-RR
regional-speech | alexa arretado aqui de patos na paraíba qual é a capital {} | de pernambuco=BR-PE; do rio grande do norte=BR-RN; do ceará=BR-CE
regional-speech | alexa caraca aqui de nova iguaçu fala a capital {} rapidinho | da bahia=BR-BA; de sergipe=BR-SE; de alagoas=BR-AL
regional-speech | alexa uai aqui de uberaba qual é a capital {} | de goiás=BR-GO; do tocantins=BR-TO; do mato grosso=BR-MT
regional-speech | alexa capixaba aqui de cachoeiro qual é a capital {} | do espírito santo=BR-ES; de minas gerais=BR-MG; do rio=BR-RJ
immigrant-speech | alexa eu haitiano em chapecó qual é capital {} | da república dominicana=DO; de cuba=CU; da jamaica=JM
immigrant-speech | alexa buenas soy paraguayo en ponta porã cuál es la capital {} | de bolivia=BO; de uruguay=UY; de argentina=AR
immigrant-speech | alexa eu sou nigeriano estudante em salvador capital {} qual é | do benin=BJ; de camarões=CM; do chade=TD
immigrant-speech | alexa hallo sou alemão de pomerode qual é a capital {} | da baviera=DE-BY; da saxônia=DE-SN; de hesse=DE-HE
immigrant-speech | alexa konnichiwa o ojiichan de bastos quer a capital {} | da coreia do sul=KR; da china=CN; do vietnã=VN
work-context | alexa sou caminhoneiro e a carga vai pra capital {} qual é | do paraná=BR-PR; de santa catarina=BR-SC; do mato grosso do sul=BR-MS
work-context | alexa trabalho no porto de santos e o navio veio {} qual é a capital | da holanda=NL; da china=CN; de singapura=SG
work-context | alexa sou cabeleireira e a cliente vai viajar {} qual a capital | pra grécia=GR; pro egito=EG; pra jordânia=JO
home-context | alexa tô fazendo tapioca me diz a capital {} | do maranhão=BR-MA; do piauí=BR-PI; da paraíba=BR-PB
home-context | alexa tô varrendo o quintal qual é a capital {} | da tunísia=TN; da argélia=DZ; da líbia=LY
game-context | alexa no jogo de tabuleiro caiu a carta {} qual é a capital | do afeganistão=AF; do cazaquistão=KZ; do iêmen=YE
game-context | alexa no show do milhão de brincadeira aqui perguntaram a capital {} | da mongólia=MN; do butão=BT; das maldivas=MV
sport-context | alexa o piloto da fórmula um é {} qual a capital do país dele | da tailândia=TH; da finlândia=FI; de mônaco=MC
sport-context | alexa a corrida de rua vai ser {} qual é a capital | no quênia=KE; na etiópia=ET; em uganda=UG
travel-context | alexa minha lua de mel vai ser {} qual é a capital | nas maldivas=MV; em maurício=MU; nas seicheles=SC
travel-context | alexa o cruzeiro para {} qual é a capital de lá | nas bahamas=BS; em barbados=BB; em aruba=AW
teen-speech | alexa pô tá osso qual é a capital {} mano | da eslovênia=SI; do montenegro=ME; da macedônia do norte=MK
elder-speech | alexa ô menina a vó aqui quer saber a capital {} | do líbano=LB; da síria=SY; da armênia=AM
child-speech | alexa eu tô no segundo ano qual é a capital {} | do acre=BR-AC; da bahia=BR-BA; do amapá=BR-AP
"""

if __name__ == "__main__":
    build_round(35, "pt", LINES, sys.argv, "tests/Eval/pt/round35/source/build_corpus.py")
