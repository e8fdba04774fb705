"""Round 23, Portuguese (pt-BR): a new author's own mix, written blind, with speakers, situations and wordings chosen
apart from rounds 18 to 22. Speakers: dockworkers and fishermen of the Baixada Santista ("ô loco bicho", "demorô", "aqui
no porto"), Niterói and São Gonçalo ("qual foi", "sem caô"), German descendants of the Vale do Itajaí ("opa", "a oma",
Blumenau), Italian descendants of the Serra Gaúcha ("porca miséria"), the Oiapoque border with French Guiana,
Guyanese neighbours in Roraima mixing English ("man", "hey alexa"), Bolivian seamstresses in the Brás ("pues"),
Korean-Brazilian families of the Bom Retiro ("aigo"), Bissau-Guinean students in Redenção ("mantenha"), a capoeira
mestre of the Recôncavo ("ô camará"), a Pentecostal congregation ("a paz do senhor", "glória a deus"), a motoboy in
the traffic corridor, teenagers ("é sobre isso", "é pra ontem"), coffee pickers of the sul de Minas ("nossa
senhora esqueci"), a mechanic under a car, a tattoo artist, a beekeeper, a lottery clerk; small children ("tia alexa", their
age, painting a flag), elders (the radio on the porch, "dona alexa", learning capitals by heart). Situations: homework
(a blank map, the geography olympiad, a cursinho handout), the radio quiz, Miss Universe, a church bingo, a Big Brother
quiz, exchange and honeymoon plans, a cruise, a passport, the news (an earthquake, an election, a coup), sport (a
national-team opponent, a fighter, Formula One, the Olympics), Parintins. Plus fillers and hesitations ("é é", "hã",
"pera pera", "é que assim", "tipo assim", "olha alexa presta atenção"), tails ("valeu demais", "brigadinha", "deus abençoe", "que eu esqueci completamente"),
self-corrections ("não pera", "digo", "ops", "quer dizer", "perdão", "aliás", "me enganei"), follow-ups, yes/no checks
with right and wrong cities, reverse questions, official, everyday and old names (Zaire, Daomé, Alto Volta, Ceilão,
Sião, Pérsia, Rodésia, Basutolândia, Bechuanalândia, Niassalândia, Honduras Britânicas, Costa do Ouro, Birmânia,
Suazilândia, Kampuchea, Formosa, Abissínia, Guiana Holandesa and Inglesa, Congo Belga, Samoa Ocidental, Tanganica,
Sudão Francês, Paquistão Oriental), shared names (Congo, Coreia, Geórgia, Ilhas Virgens), every several-capital country
and Palestine in the plural, subdivisions (Brazilian, US, Canadian, Australian, German, Indian and Mexican states, the
UK's nations), territories, one-shot requests and launches through the invocation name "capitais do mundo", and what
pt-BR recognition may write (accents lost, "qual e", split or joined words, misspellings such as "cuaite", "capa
verde", "sri lanca", "micro nesia"). Out of domain: other facts about a named country (population, currency, language,
president, time, weather, flag, anthem, visa, plug, dialling code), "capital" in other senses (capital social, pena
capital, pecados capitais, letra capital, capital de giro, O Capital, capital do forró, capital do rock, capital
nacional do chocolate, capital humano, Capital Inicial), superlatives over capitals, and other skills' requests.
`python3 tests/Eval/pt/round23/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 23's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# direct questions: Baixada Santista, Niterói and São Gonçalo, the Vale do Itajaí, the Serra Gaúcha
direct-question | ô loco bicho qual que é a capital {} | da mongólia=MN; do cazaquistão=KZ; do quirguistão=KG
direct-question | opa alexa qual é a capital {} | da áustria=AT; da suíça=CH; da dinamarca=DK
direct-question | porca miséria qual é mesmo a capital {} | da itália=IT; da albânia=AL; de malta=MT
direct-question | aqui no porto a gente tava falando qual é a capital {} | do panamá=PA; da libéria=LR; de singapura=SG
direct-question | alexa a capital {} qual que é | da finlândia=FI; da noruega=NO; da suécia=SE
direct-question | qual cidade é a capital {} | da etiópia=ET; da somália=SO; do sudão=SD
direct-question | me responde uma coisa qual é a capital {} | do vietnã=VN; do laos=LA; do camboja=KH
direct-question | qual seria a capital {} | da eritreia=ER; de djibuti=DJ; da tanzânia=TZ
direct-question | alexa me fala rapidinho a capital {} | da sérvia=RS; da croácia=HR; da eslovênia=SI
direct-question | eu tô costurando aqui me diz qual é a capital {} | da bolívia=BO; do uruguai=UY; da argentina=AR
direct-question | alexa qual é a capital {} man | da guiana=GY; do suriname=SR; de barbados=BB
direct-question | como se chama a capital {} | do zimbábue=ZW; da zâmbia=ZM; do malaui=MW
direct-question | qual é o nome da capital {} | de moçambique=MZ; de angola=AO; da namíbia=NA
direct-question | qual a capital {} por favor | do paquistão=PK; do afeganistão=AF; do uzbequistão=UZ
direct-question | a paz do senhor alexa qual é a capital {} | de israel=IL; da jordânia=JO; do egito=EG
direct-question | ô camará qual é a capital {} | de angola=AO; da guiné=GN; do congo-brazzaville=CG
direct-question | mantenha alexa qual é a capital {} | da guiné-bissau=GW; de cabo verde=CV; de são tomé e príncipe=ST
direct-question | glória a deus me diz qual é a capital {} | da grécia=GR; de chipre=CY; da turquia=TR
direct-question | tô no corredor aqui pilotando qual é a capital {} | do japão=JP; da china=CN; da tailândia=TH
direct-question | aigo qual é a capital {} | da coreia do sul=KR; de taiwan=TW; das filipinas=PH
direct-question | é sobre isso qual é a capital {} | da islândia=IS; da irlanda=IE; da estônia=EE
direct-question | qual é a capital {} é pra ontem | da letônia=LV; da lituânia=LT; da bielorrússia=BY
direct-question | qual é a capital {} nossa senhora esqueci | do kuwait=KW; do barein=BH; da arábia saudita=SA
# polite
polite-request | alexa por gentileza qual seria a capital {} | do tadjiquistão=TJ; da macedônia do norte=MK; de montenegro=ME
polite-request | você poderia por favor me dizer a capital {} | da bósnia e herzegovina=BA; do kosovo=XK; da eslováquia=SK
polite-request | alexa querida me faz um favor qual é a capital {} | de fiji=FJ; de samoa=WS; de tonga=TO
polite-request | com todo respeito qual é a capital {} | de vanuatu=VU; das ilhas salomão=SB; de papua-nova guiné=PG
polite-request | se não for incômodo me diga a capital {} | de tuvalu=TV; de nauru=NR; de quiribati=KI
polite-request | alexa tem como você me passar a capital {} | de palau=PW; das ilhas marshall=MH; da micronésia=FM
polite-request | seria muita gentileza me dizer a capital {} | de brunei=BN; do timor-leste=TL; das maldivas=MV
polite-request | eu gostaria de saber qual é a capital {} obrigada | de antígua e barbuda=AG; de são cristóvão e névis=KN; de santa lúcia=LC
polite-request | poderia me informar a capital {} por gentileza | de são vicente e granadinas=VC; de granada=GD; da dominica=DM
polite-request | licença alexa queria saber a capital {} | de trinidad e tobago=TT; do canadá=CA; dos estados unidos=US
polite-request | faz favor me diz a capital {} | de madagascar=MG; de maurício=MU; das seicheles=SC
# imperative
imperative | fala a capital {} | do togo=TG; do benin=BJ; de gana=GH
imperative | me diz a capital {} agora | de camarões=CM; da república centro-africana=CF; da guiné equatorial=GQ
imperative | alexa manda a capital {} | do sudão do sul=SS; da eritreia=ER; da etiópia=ET
imperative | me conta a capital {} | de andorra=AD; de mônaco=MC; de san marino=SM
imperative | solta a capital {} aí alexa | de liechtenstein=LI; da cidade do vaticano=VA; de portugal=PT
imperative | fala pra mim a capital {} | da espanha=ES; da frança=FR; do reino unido=GB
imperative | procura a capital {} pra mim | do sri lanka=LK; de myanmar=MM; da malásia=MY
# do-you-know
do-you-know | alexa você sabe a capital {} | da tchéquia=CZ; da grécia=GR; da hungria=HU
do-you-know | tu conhece a capital {} | do quirguistão=KG; do tadjiquistão=TJ; da nigéria=NG
do-you-know | será que você sabe qual é a capital {} | do zimbábue=ZW; da serra leoa=SL; do congo-kinshasa=CD
do-you-know | alexa aposto que você não sabe a capital {} | do butão=BT; de tuvalu=TV; do suriname=SR
do-you-know | alguém aqui sabe a capital {} alexa você sabe | do egito=EG; da arábia saudita=SA; de cuba=CU
# leading filler and hesitation
leading-filler | é é qual é a capital {} | da polônia=PL; da áustria=AT; da bélgica=BE
leading-filler | pera pera qual é a capital {} | da eslováquia=SK; da eslovênia=SI; da croácia=HR
leading-filler | olha alexa presta atenção qual é a capital {} | do chile=CL; da bolívia=BO; do panamá=PA
leading-filler | então é assim eu queria saber a capital {} | do méxico=MX; da guatemala=GT; de honduras=HN
leading-filler | tipo assim qual é a capital {} | da ucrânia=UA; da romênia=RO; da moldávia=MD
leading-filler | é que assim minha filha perguntou a capital {} | da indonésia=ID; das filipinas=PH; do vietnã=VN
# trailing words
trailing-words | qual é a capital {} valeu demais | da tailândia=TH; da malásia=MY; de singapura=SG
trailing-words | a capital {} deus abençoe | de cabo verde=CV; de angola=AO; de moçambique=MZ
trailing-words | qual é a capital {} que eu esqueci completamente | do uzbequistão=UZ; do azerbaijão=AZ; da armênia=AM
trailing-words | qual é a capital {} brigadinha | da islândia=IS; da irlanda=IE; da noruega=NO
# bare names
bare-name | capital {} | do burundi=BI; de ruanda=RW; do malaui=MW
bare-name | alexa capital {} | do lesoto=LS; de madagascar=MG; dos comores=KM
bare-name | {} capital | sudão=SD; etiópia=ET; somália=SO
# follow-ups after a first answer
follow-up | e {} | do chile=CL; da bolívia=BO; do uruguai=UY
follow-up | e a capital {} | do equador=EC; da guiana=GY; do suriname=SR
follow-up | beleza agora {} | da dinamarca=DK; da noruega=NO; da suécia=SE
follow-up | certo e a {} qual é | do senegal=SN; do mali=ML; da guiné=GN
follow-up | e o {} | japão=JP; canadá=CA; egito=EG
follow-up | e a de {} | portugal=PT; angola=AO; moçambique=MZ
follow-up | ok e {} também | da grécia=GR; da turquia=TR; de chipre=CY
follow-up | massa e a {} | da coreia do sul=KR; da china=CN; do vietnã=VN
follow-up | e aí a {} | da rússia=RU; da ucrânia=UA; da bielorrússia=BY
follow-up | e lá {} | na argentina=AR; no chile=CL; no peru=PE
# plural capitals: every several-capital country and Palestine
plural-capitals | quais são as capitais {} | da bolívia=BO; da áfrica do sul=ZA; da malásia=MY
plural-capitals | quais são as duas capitais {} | do benin=BJ; do sri lanka=LK; da costa do marfim=CI
plural-capitals | me fala as capitais {} | dos países baixos=NL; do essuatíni=SZ; da palestina=PS
plural-capitals | a áfrica do sul tem três capitais quais são elas | ZA
plural-capitals | quais são as três capitais da áfrica do sul alexa | ZA
plural-capitals | a bolívia tem duas capitais né quais são | BO
plural-capitals | as capitais da bolívia são quais pues | BO
plural-capitals | é verdade que a holanda tem duas capitais quais são | NL
plural-capitals | quais as capitais da holanda | NL
plural-capitals | a malásia tem mais de uma capital quais são | MY
plural-capitals | capitais da malásia | MY
plural-capitals | quais são as capitais do sri lanka o antigo ceilão | LK
plural-capitals | o sri lanka tem quantas capitais e quais são | LK
plural-capitals | quais são as capitais da costa do marfim | CI
plural-capitals | a costa do marfim tem duas capitais me diz as duas | CI
plural-capitals | o benin tem duas capitais quais são | BJ
plural-capitals | me diz as capitais do benin | BJ
plural-capitals | quais são as capitais da suazilândia | SZ
plural-capitals | o essuatíni tem duas capitais né quais são elas | SZ
plural-capitals | quais são as capitais da palestina | PS
plural-capitals | a palestina tem duas capitais quais são | PS
plural-capitals | quais são as capitais dos territórios palestinos | PS
plural-capitals | quais as capitais de jammu e caxemira | IN-JK
plural-capitals | quais são as capitais do uttarakhand | IN-UK
# subdivisions
subdivision | qual é a capital do estado {} | do amapá=BR-AP; de roraima=BR-RR; do acre=BR-AC
subdivision | a capital {} é qual | do maranhão=BR-MA; do piauí=BR-PI; do ceará=BR-CE
subdivision | qual a capital {} | de santa catarina=BR-SC; do paraná=BR-PR; de goiás=BR-GO
subdivision | aqui em blumenau a oma perguntou a capital {} | do rio grande do sul=BR-RS; do espírito santo=BR-ES; de sergipe=BR-SE
subdivision | lá em parintins perguntaram a capital {} | do amazonas=BR-AM; do pará=BR-PA; de rondônia=BR-RO
subdivision | qual é a capital {} meu | da paraíba=BR-PB; de pernambuco=BR-PE; de alagoas=BR-AL
subdivision | qual é a capital {} no brasil | do tocantins=BR-TO; do mato grosso do sul=BR-MS; do mato grosso=BR-MT
subdivision | qual é a capital {} lá nos estados unidos | do texas=US-TX; da califórnia=US-CA; da flórida=US-FL
subdivision | qual é a capital do estado {} americano | de nova york=US-NY; de illinois=US-IL; de ohio=US-OH
subdivision | qual é a capital da província {} | de quebec=CA-QC; de ontário=CA-ON; de alberta=CA-AB
subdivision | qual é a capital {} no canadá | da colúmbia britânica=CA-BC; da nova escócia=CA-NS; do manitoba=CA-MB
subdivision | qual é a capital {} na austrália | de queensland=AU-QLD; da tasmânia=AU-TAS; da austrália ocidental=AU-WA
subdivision | qual é a capital {} na alemanha | da baviera=DE-BY; da saxônia=DE-SN; da turíngia=DE-TH
subdivision | qual é a capital {} na índia | de goa=IN-GA; de kerala=IN-KL; do rajastão=IN-RJ
subdivision | qual a capital do estado indiano {} | de maharashtra=IN-MH; de tamil nadu=IN-TN; de karnataka=IN-KA
subdivision | qual é a capital {} no méxico | de jalisco=MX-JAL; de iucatã=MX-YUC; de chiapas=MX-CHP
subdivision | e no reino unido qual é a capital {} | da escócia=GB-SCT; do país de gales=GB-WLS; da irlanda do norte=GB-NIR
subdivision | qual é a capital da inglaterra | GB-ENG
# territories
territory | lá no norte qual que é a capital {} | da groenlândia=GL; das ilhas faroé=FO; das ilhas malvinas=FK
territory | qual a capital {} aquele território lá | da polinésia francesa=PF; da nova caledônia=NC; de porto rico=PR
territory | lá do oiapoque dá pra ver a guiana francesa qual é a capital dela | GF
territory | qual é a capital {} que é da frança | da martinica=MQ; de guadalupe=GP; da reunião=RE
territory | a capital {} qual que é | de aruba=AW; de curaçao=CW; das ilhas cayman=KY
territory | qual é a capital {} no caribe | das bermudas=BM; de anguila=AI; de montserrat=MS
territory | qual é a capital {} dos ingleses | de gibraltar=GI; da ilha de man=IM; de jersey=JE
territory | me diz a capital {} | de guam=GU; da samoa americana=AS; das ilhas cook=CK
territory | e a capital {} alguém sabe | de santa helena=SH; de mayotte=YT; das ilhas turcas e caicos=TC
# yes/no checks: the place asked about
yes-no-check | a capital da austrália é sydney né | AU
yes-no-check | é verdade que a capital do canadá é toronto | CA
yes-no-check | a capital da turquia é istambul ou não | TR
yes-no-check | a capital da suíça é zurique certo | CH
yes-no-check | a capital da nigéria ainda é lagos | NG
yes-no-check | brasília é a capital do brasil né alexa | BR
yes-no-check | a capital do marrocos é casablanca | MA
yes-no-check | a capital dos estados unidos é nova york né | US
yes-no-check | confirma pra mim a capital do japão é tóquio | JP
yes-no-check | a capital da nova zelândia é auckland não é | NZ
yes-no-check | é certo que a capital da itália é roma | IT
yes-no-check | a capital do vietnã é ho chi minh | VN
yes-no-check | ô loco a capital da índia é mumbai | IN
yes-no-check | a capital da tanzânia é dar es salaam ainda | TZ
yes-no-check | a capital do cazaquistão é almaty né | KZ
yes-no-check | a capital do paquistão é karachi né | PK
yes-no-check | lima é a capital do peru confere | PE
yes-no-check | a capital da bolívia é la paz ou sucre | BO
yes-no-check | é berna a capital da suíça | CH
yes-no-check | a capital de mianmar é rangum | MM
yes-no-check | a capital da escócia é glasgow né | GB-SCT
yes-no-check | a capital da califórnia é los angeles | US-CA
yes-no-check | a capital de minas é belo horizonte né | BR-MG
yes-no-check | a capital do equador é guayaquil | EC
yes-no-check | a capital de santa catarina é joinville ou florianópolis | BR-SC
# self-corrections: the place said last
self-correction | qual é a capital da áustria não pera da austrália | AU
self-correction | qual é a capital da suécia digo da suíça | CH
self-correction | a capital da eslováquia não não da eslovênia | SI
self-correction | qual é a capital do níger ops da nigéria | NG
self-correction | capital da gâmbia quer dizer da zâmbia | ZM
self-correction | qual é a capital da guiné não da guiné-bissau | GW
self-correction | qual é a capital do irã perdão do iraque | IQ
self-correction | qual é a capital da colômbia aliás da costa rica | CR
self-correction | a capital do congo kinshasa não brazzaville | CG
self-correction | qual é a capital da mauritânia não é maurício que eu quero | MU
self-correction | qual é a capital da letônia não lituânia | LT
self-correction | qual é a capital de honduras errei de el salvador | SV
self-correction | capital do uruguai não paraguai | PY
self-correction | qual é a capital da dominica quer dizer república dominicana | DO
self-correction | alexa qual é a capital da malásia ahn não da indonésia | ID
self-correction | qual é a capital do quênia me enganei de uganda | UG
self-correction | qual é a capital da armênia não espera do azerbaijão | AZ
self-correction | a capital do mali desculpa do malaui | MW
# reverse questions: CITY:<capital>
reverse-question | {} é capital de qual país | nairóbi=CITY:Nairóbi; ouagadougou=CITY:Ouagadougou; bamako=CITY:Bamako
reverse-question | de que país {} é capital | cartum=CITY:Cartum; mogadíscio=CITY:Mogadíscio; asmara=CITY:Asmara
reverse-question | {} fica em que país | ulan bator=CITY:Ulan Bator; thimphu=CITY:Thimphu; katmandu=CITY:Katmandu
reverse-question | {} é a capital de onde | tbilisi=CITY:Tbilisi; yerevan=CITY:Yerevan; baku=CITY:Baku
reverse-question | a cidade de {} é capital de que país | riga=CITY:Riga; vilnius=CITY:Vilnius; tallinn=CITY:Tallinn
reverse-question | qual país tem {} como capital | liubliana=CITY:Liubliana; bratislava=CITY:Bratislava; podgorica=CITY:Podgorica
reverse-question | {} é capital do quê | montevidéu=CITY:Montevidéu; assunção=CITY:Assunção; caracas=CITY:Caracas
reverse-question | qual é o país cuja capital é {} | paramaribo=CITY:Paramaribo; georgetown=CITY:Georgetown; tegucigalpa=CITY:Tegucigalpa
reverse-question | {} é capital de que estado | macapá=CITY:Macapá; boa vista=CITY:Boa Vista; teresina=CITY:Teresina
reverse-question | de onde é a capital {} | dacar=CITY:Dakar; acra=CITY:Acra; lomé=CITY:Lomé
reverse-question | {} é a capital de que lugar | wellington=CITY:Wellington; canberra=CITY:Canberra; ottawa=CITY:Ottawa
# official names
official-name | qual é a capital da república federativa do brasil | BR
official-name | qual a capital dos estados unidos mexicanos | MX
official-name | capital da federação russa | RU
official-name | qual é a capital da república popular da china | CN
official-name | qual é a capital da confederação suíça | CH
official-name | qual é a capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | qual é a capital da república helênica | GR
official-name | qual a capital da república francesa | FR
official-name | qual é a capital da república italiana | IT
official-name | qual é a capital da república portuguesa | PT
official-name | qual é a capital da república árabe síria | SY
official-name | qual é a capital da república da coreia | KR
official-name | qual é a capital da república popular democrática da coreia | KP
official-name | qual é a capital da república argelina democrática e popular | DZ
official-name | capital do grão-ducado de luxemburgo | LU
official-name | qual é a capital da república bolivariana da venezuela | VE
official-name | qual é a capital da república democrática de timor-leste | TL
official-name | qual é a capital do reino da espanha | ES
official-name | qual é a capital do reino da noruega | NO
official-name | qual é a capital do reino do marrocos | MA
official-name | qual é a capital da república oriental do uruguai | UY
official-name | qual é a capital da república islâmica do irã | IR
official-name | qual é a capital do reino hachemita da jordânia | JO
official-name | qual é a capital da república federal da nigéria | NG
official-name | qual é a capital do reino da arábia saudita | SA
official-name | qual é a capital do principado de mônaco | MC
official-name | qual é a capital do sultanato de omã | OM
official-name | qual é a capital do estado plurinacional da bolívia | BO
official-name | qual é a capital da república federal da alemanha | DE
official-name | qual é a capital dos estados unidos da américa | US
official-name | qual é a capital da república unida da tanzânia | TZ
official-name | qual é a capital da república democrática do congo | CD
official-name | qual é a capital da república do congo | CG
official-name | qual é a capital da república tcheca | CZ
official-name | qual é a capital da república eslovaca | SK
official-name | qual é a capital da república libanesa | LB
official-name | qual é a capital do reino da tailândia | TH
# everyday names
everyday-name | qual é a capital da holanda | NL
everyday-name | qual é a capital da inglaterra meu | GB-ENG
everyday-name | qual é a capital dos eua | US
everyday-name | qual é a capital da américa | US
everyday-name | capital da bósnia | BA
everyday-name | qual é a capital dos emirados | AE
everyday-name | qual é a capital da macedônia | MK
everyday-name | qual é a capital do timor | TL
everyday-name | qual é a capital do vaticano | VA
everyday-name | qual é a capital da belarus | BY
everyday-name | qual é a capital de são tomé | ST
everyday-name | qual é a capital de trinidad | TT
everyday-name | qual é a capital da papua | PG
everyday-name | qual é a capital do congo-kinshasa | CD
everyday-name | qual é a capital da grã-bretanha | GB
everyday-name | qual a capital da república tcheca | CZ
everyday-name | qual é a capital da burkina faso | BF
everyday-name | qual é a capital do myanmar | MM
everyday-name | qual é a capital do estado do rio | BR-RJ
everyday-name | qual é a capital de minas | BR-MG
everyday-name | qual é a capital da santa sé | VA
everyday-name | qual é a capital das malvinas | FK
everyday-name | qual é a capital de são vicente | VC
everyday-name | qual é a capital de são cristóvão | KN
# old names
old-name | qual era a capital {} | do zaire=CD; do daomé=BJ; do alto volta=BF
old-name | no meu tempo era {} qual é a capital de lá | ceilão=LK; sião=TH; pérsia=IR
old-name | qual é a capital da antiga {} | rodésia=ZW; basutolândia=LS; bechuanalândia=BW
old-name | qual é a capital {} que agora tem outro nome | da niassalândia=MW; das honduras britânicas=BZ; da costa do ouro=GH
old-name | qual é a capital {} do meu atlas velho | da birmânia=MM; da suazilândia=SZ; do kampuchea=KH
old-name | qual é a capital da {} de antigamente | formosa=TW; abissínia=ET; guiana holandesa=SR
old-name | qual era mesmo a capital {} | do congo belga=CD; da guiana inglesa=GY; da samoa ocidental=WS
old-name | qual é a capital do antigo {} | tanganica=TZ; sudão francês=ML; paquistão oriental=BD
# shared names
shared-name | qual é a capital do congo | CD+CG
shared-name | qual é a capital do congo ô camará | CD+CG
shared-name | qual é a capital dos dois congos | CD+CG
shared-name | qual é a capital da coreia | KP+KR
shared-name | e as coreias qual é a capital | KP+KR
shared-name | qual é a capital das duas coreias | KP+KR
shared-name | qual é a capital da geórgia | GE+US-GA
shared-name | alexa capital da geórgia | GE+US-GA
shared-name | qual é a capital das ilhas virgens | VG+VI
shared-name | ilhas virgens qual é a capital | VG+VI
shared-name | a capital do congo qual é | CD+CG
shared-name | coreia capital | KP+KR
# recognition artefacts: lost accents, split or joined words, misspellings
recognition-artefact | qual e a capital {} | do cazaquistao=KZ; da tanzania=TZ; do turcomenistao=TM
recognition-artefact | qual a capital {} ai | do tadjiquistao=TJ; da jordania=JO; do bahrein=BH
recognition-artefact | qual que e a capital {} | da moldavia=MD; da lituania=LT; do sudao=SD
recognition-artefact | qual é a capital {} | da malasia=MY; do uzbequistao=UZ; do camerun=CM
recognition-artefact | capital {} alexa qual e | da mauritania=MR; do niger=NE; da libia=LY
recognition-artefact | qualé a capital {} | das ilhas salomao=SB; da guine equatorial=GQ; do afeganistao=AF
recognition-artefact | qual e a capital {} hein | de papua nova guine=PG; do sri lanca=LK; da micro nesia=FM
recognition-artefact | qual é a capital {} alexa | da capa verde=CV; do qatar=QA; do cuaite=KW
recognition-artefact | qual é acapital {} | do kirguistao=KG; do quirguistam=KG; da ucrania=UA
recognition-artefact | qual é a capital {} please | do zimbabwe=ZW; da eswatini=SZ; da zambia=ZM
# English mixed in
code-mixing | alexa what's the capital {} | da tailândia=TH; do vietnã=VN; da coreia do sul=KR
code-mixing | quick question qual é a capital {} | da dinamarca=DK; da islândia=IS; da noruega=NO
code-mixing | hey alexa qual é a capital {} man | de trinidad e tobago=TT; da guiana=GY; de barbados=BB
code-mixing | só um double check a capital {} é qual | da nova zelândia=NZ; da austrália=AU; do canadá=CA
# children
child | tia alexa eu tenho seis anos qual é a capital {} | da frança=FR; do egito=EG; do japão=JP
child | alexa o meu irmão disse que a capital {} é outra qual é | da espanha=ES; do canadá=CA; da rússia=RU
child | alexa eu tô pintando a bandeira qual é a capital {} | da itália=IT; do japão=JP; da jamaica=JM
child | mamãe mandou perguntar a capital {} | da alemanha=DE; da índia=IN; do méxico=MX
# elders
elder | ô minha filha qual é a capital {} | da áustria=AT; da hungria=HU; da polônia=PL
elder | alexa meu bem tô aqui na varanda escutando o rádio qual é a capital {} | da tchéquia=CZ; da romênia=RO; da bulgária=BG
elder | dona alexa o vovô quer saber a capital {} | do líbano=LB; da síria=SY; da turquia=TR
elder | no meu tempo a gente decorava qual é a capital {} | de portugal=PT; da espanha=ES; da bélgica=BE
# homework
homework | alexa tô fazendo o dever de geografia qual é a capital {} | da guiné-bissau=GW; do senegal=SN; da gâmbia=GM
homework | é pro trabalho da escola a capital {} | da etiópia=ET; do quênia=KE; de ruanda=RW
homework | a professora passou um mapa mudo qual é a capital {} | da bolívia=BO; do paraguai=PY; do equador=EC
homework | tô estudando pra olimpíada de geografia qual é a capital {} | de brunei=BN; do laos=LA; do camboja=KH
homework | pra apostila do cursinho qual é a capital {} | da argélia=DZ; da líbia=LY; da tunísia=TN
# quizzes and games
quiz | tô no quiz da rádio qual é a capital {} | da finlândia=FI; da estônia=EE; da letônia=LV
quiz | tô assistindo o miss universo qual é a capital {} | da venezuela=VE; das filipinas=PH; de porto rico=PR
quiz | no bingo da igreja caiu a pergunta a capital {} | da nicarágua=NI; de el salvador=SV; da costa rica=CR
quiz | pergunta do quiz do bbb qual é a capital {} | da suécia=SE; do catar=QA; dos emirados árabes unidos=AE
quiz | tô na lotérica e apostei com o cliente qual é a capital {} | da austrália=AU; do canadá=CA; da turquia=TR
# travel
travel | vou fazer um intercâmbio qual é a capital {} | da irlanda=IE; de malta=MT; da nova zelândia=NZ
travel | meu filho foi trabalhar fora qual é a capital {} | do japão=JP; da coreia do sul=KR; de portugal=PT
travel | vamos passar a lua de mel lá qual é a capital {} | das maldivas=MV; de maurício=MU; das seicheles=SC
travel | tô tirando o passaporte pra ir pra lá qual é a capital {} | da guiana francesa=GF; do suriname=SR; da guiana=GY
travel | o cruzeiro vai parar lá qual é a capital {} | das bahamas=BS; da jamaica=JM; de santa lúcia=LC
# news
news | deu no jornal agora qual é a capital {} | do sudão=SD; do iêmen=YE; do haiti=HT
news | tá passando na tv o terremoto qual é a capital {} | do nepal=NP; do afeganistão=AF; de myanmar=MM
news | falaram da eleição lá qual é a capital {} | da venezuela=VE; da argentina=AR; de taiwan=TW
news | teve golpe lá qual é a capital {} | do níger=NE; do gabão=GA; do burquina faso=BF
# sport
sport | o brasil vai jogar contra eles qual é a capital {} | da croácia=HR; da sérvia=RS; da suíça=CH
sport | o cara da luta é de lá qual é a capital {} | da rússia=RU; da geórgia o país=GE; do cazaquistão=KZ
sport | a corrida de fórmula um é lá qual é a capital {} | do barein=BH; do azerbaijão=AZ; de mônaco=MC
sport | o jogador novo do time é de lá qual é a capital {} | de camarões=CM; da costa do marfim=CI; de gana=GH
sport | olimpíadas qual é a capital {} | da jamaica=JM; do quênia=KE; da etiópia=ET
# work: the kitchen, the garage, the sewing machine, the coffee harvest
work | tô com a mão na massa aqui qual é a capital {} | do marrocos=MA; do líbano=LB; da índia=IN
work | tô debaixo do carro aqui qual é a capital {} | da coreia do sul=KR; da suécia=SE; da alemanha=DE
work | tô na colheita do café qual é a capital {} | da etiópia=ET; da colômbia=CO; da guatemala=GT
work | tô tatuando aqui o cliente quer saber a capital {} | da nova zelândia=NZ; de samoa=WS; de tonga=TO
work | tô no apiário com a roupa toda qual é a capital {} | da eslovênia=SI; da eslováquia=SK; da hungria=HU
# one-shot through the invocation name
one-shot | pergunta pro capitais do mundo qual é a capital {} | do peru=PE; da grécia=GR; da mongólia=MN
one-shot | alexa pede pro capitais do mundo a capital {} | do chile=CL; da tailândia=TH; da finlândia=FI
one-shot | abre o capitais do mundo e me diz a capital {} | da noruega=NO; de cuba=CU; do canadá=CA
one-shot | alexa usa o capitais do mundo qual é a capital {} | do egito=EG; da índia=IN; da argentina=AR
# launch
launch | abre capitais do mundo | LAUNCH
launch | alexa abrir capitais do mundo | LAUNCH
launch | iniciar capitais do mundo | LAUNCH
launch | começar o capitais do mundo | LAUNCH
launch | alexa abre aí o capitais do mundo faz favor | LAUNCH
launch | bora jogar capitais do mundo | LAUNCH
launch | alexa quero usar o capitais do mundo | LAUNCH
launch | ativa o capitais do mundo | LAUNCH
launch | alexa liga o capitais do mundo | LAUNCH
launch | abre o jogo capitais do mundo aí | LAUNCH
launch | capitais do mundo abrir | LAUNCH
launch | alexa entra no capitais do mundo | LAUNCH
# help
help | ajuda | HELP
help | alexa me ajuda como funciona isso | HELP
help | o que que eu posso perguntar pra você | HELP
help | como é que eu uso isso aqui | HELP
help | não entendi como funciona me explica | HELP
help | alexa o que esse capitais do mundo faz | HELP
help | quais perguntas eu posso fazer | HELP
help | socorro não sei usar isso | HELP
help | me dá uma ajuda aí como pergunta | HELP
help | o que você sabe fazer nesse jogo | HELP
help | tia alexa como que brinca disso | HELP
help | preciso de ajuda minha filha | HELP
help | como é que faz pra perguntar uma capital | HELP
help | me explica as regras | HELP
help | help alexa como funciona | HELP
help | quais são os comandos | HELP
help | me orienta aí que eu tô perdido | HELP
help | o que que tem pra fazer aqui | HELP
help | ajuda por favor | HELP
help | como funciona esse negócio de capitais | HELP
help | não sei o que falar me ajuda | HELP
help | alexa instruções | HELP
# stop
stop | para | STOP
stop | alexa para tudo | STOP
stop | chega por hoje | STOP
stop | tchau alexa | STOP
stop | sair | STOP
stop | pode parar | STOP
stop | alexa desliga isso | STOP
stop | já deu alexa para | STOP
stop | encerra | STOP
stop | fecha o capitais do mundo | STOP
stop | sai do jogo | STOP
stop | para de falar | STOP
stop | chega de capital | STOP
stop | terminei obrigado tchau | STOP
stop | alexa cala a boca | STOP
stop | fim | STOP
stop | para alexa o neném tá dormindo | STOP
stop | já chega valeu tchau | STOP
stop | encerrar capitais do mundo | STOP
stop | alexa sai daí | STOP
stop | tá bom pode parar agora | STOP
stop | para para para | STOP
# cancel
cancel | cancela | CANCEL
cancel | cancelar | CANCEL
cancel | alexa cancela isso | CANCEL
cancel | esquece | CANCEL
cancel | esquece o que eu perguntei | CANCEL
cancel | deixa pra lá | CANCEL
cancel | não quero mais | CANCEL
cancel | cancela a pergunta | CANCEL
cancel | ah deixa quieto | CANCEL
cancel | cancela aí alexa | CANCEL
cancel | esquece alexa não é nada | CANCEL
cancel | cancela cancela | CANCEL
cancel | deixa pra lá perguntei errado | CANCEL
cancel | nada não esquece | CANCEL
cancel | pode cancelar | CANCEL
cancel | alexa cancelar pergunta | CANCEL
cancel | desiste dessa | CANCEL
cancel | deixa isso pra lá minha filha | CANCEL
cancel | cancela essa aí | CANCEL
cancel | esquece essa capital | CANCEL
cancel | não precisa mais deixa | CANCEL
cancel | cancela por favor | CANCEL
# out of domain: other facts about a named country
out-of-domain | quantos habitantes tem a bolívia | FB
out-of-domain | qual é a moeda do japão | FB
out-of-domain | que língua se fala na suíça | FB
out-of-domain | qual é a população da índia | FB
out-of-domain | quem é o presidente da argentina | FB
out-of-domain | que horas são em portugal agora | FB
out-of-domain | como tá o tempo em lisboa | FB
out-of-domain | qual é a cor da bandeira da nigéria | FB
out-of-domain | quanto tá o euro hoje | FB
out-of-domain | qual é o maior país da áfrica | FB
out-of-domain | qual é a maior cidade do brasil | FB
out-of-domain | qual é a maior cidade da austrália | FB
out-of-domain | quantos estados tem o méxico | FB
out-of-domain | qual é o hino da frança | FB
out-of-domain | qual é a distância de são paulo até buenos aires | FB
out-of-domain | precisa de visto pra ir pro canadá | FB
out-of-domain | qual é a tomada usada na inglaterra | FB
out-of-domain | qual é o fuso horário do japão | FB
out-of-domain | qual é o idioma oficial de angola | FB
out-of-domain | onde fica o monte everest | FB
out-of-domain | qual é o rio mais comprido do mundo | FB
out-of-domain | quem ganhou a copa de noventa e quatro | FB
out-of-domain | qual é a comida típica do peru | FB
out-of-domain | quantos países tem na europa | FB
out-of-domain | qual é o ddi da itália | FB
out-of-domain | em que continente fica o egito | FB
out-of-domain | quem é o rei da espanha | FB
out-of-domain | qual é o prato típico da bahia | FB
out-of-domain | quantos habitantes tem a capital da frança | FB
out-of-domain | qual é a população de brasília | FB
out-of-domain | quando brasília foi inaugurada | FB
# out of domain: capital in other senses
out-of-domain | qual é o capital social da empresa | FB
out-of-domain | o que é pena capital | FB
out-of-domain | quais são os sete pecados capitais | FB
out-of-domain | como escreve letra capital | FB
out-of-domain | o que é capital de giro | FB
out-of-domain | quem escreveu o capital | FB
out-of-domain | qual é a capital do forró | FB
out-of-domain | qual cidade é a capital do rock | FB
out-of-domain | qual é a capital nacional do chocolate | FB
out-of-domain | qual é a capital mundial do café | FB
out-of-domain | qual é a capital mais fria do mundo | FB
out-of-domain | qual é a capital mais alta do mundo | FB
out-of-domain | quanto rende o capital no tesouro direto | FB
out-of-domain | toca a música da banda capital inicial | FB
out-of-domain | qual o horário de funcionamento do capital shopping | FB
out-of-domain | o que significa capital humano | FB
out-of-domain | qual é a capital europeia da cultura desse ano | FB
out-of-domain | quanto custa a passagem pra capital | FB
# out of domain: other skills' requests
out-of-domain | toca um samba de roda | FB
out-of-domain | coloca a rádio gaúcha | FB
out-of-domain | qual é o resultado da mega-sena | FB
out-of-domain | liga a luz da sala | FB
out-of-domain | põe um alarme pras seis horas | FB
out-of-domain | conta uma piada | FB
out-of-domain | quanto é sete vezes oito | FB
out-of-domain | qual vai ser a previsão do tempo amanhã | FB
out-of-domain | toca o boi garantido | FB
out-of-domain | adiciona farinha na lista de compras | FB
out-of-domain | me lembra de tirar o bolo do forno | FB
out-of-domain | quanto foi o jogo do santos | FB
out-of-domain | liga pra minha mãe | FB
out-of-domain | quanto tempo pra chegar no porto de santos | FB
out-of-domain | toca um louvor | FB
out-of-domain | qual é o versículo do dia | FB
out-of-domain | quem canta essa música | FB
out-of-domain | põe um timer de dez minutos | FB
out-of-domain | fala o horóscopo de escorpião | FB
out-of-domain | qual é a tabela do brasileirão | FB
out-of-domain | aumenta o volume | FB
out-of-domain | qual é o feriado do mês que vem | FB
# second batch: plural lines for Benin and Palestine and more for the others, shared names, stop, cancel, help, out of domain
plural-capitals | o benin tem duas capitais pues cuáles são | BJ
plural-capitals | mantenha alexa quais são as capitais do benin | BJ
plural-capitals | porca miséria o benin tem duas capitais quais são elas | BJ
plural-capitals | a professora falou que o benin tem duas capitais quais são | BJ
plural-capitals | ô loco bicho a palestina tem duas capitais quais são | PS
plural-capitals | deu no jornal da palestina quais são as capitais de lá | PS
plural-capitals | a paz do senhor quais são as capitais da palestina | PS
plural-capitals | sem caô quais são as três capitais da áfrica do sul | ZA
plural-capitals | tô no quiz da rádio quais são as capitais da malásia | MY
plural-capitals | opa quais são as duas capitais do essuatíni | SZ
plural-capitals | aigo quais são as capitais da malásia | MY
plural-capitals | pra prova de amanhã quais são as capitais da suazilândia | SZ
shared-name | tô no cruzeiro e vamos pras ilhas virgens qual é a capital | VG+VI
shared-name | opa qual é a capital das ilhas virgens | VG+VI
shared-name | aigo qual é a capital da coreia | KP+KR
shared-name | mantenha alexa qual é a capital do congo | CD+CG
shared-name | porca miséria qual é a capital da geórgia | GE+US-GA
shared-name | sem caô qual é a capital das coreias | KP+KR
stop | opa chega alexa obrigado | STOP
stop | demorô alexa pode parar | STOP
stop | para que o culto vai começar | STOP
stop | tchau tia alexa | STOP
stop | desliga que o cliente chegou | STOP
stop | já deu pra mim hoje sai | STOP
stop | parar o capitais do mundo | STOP
stop | chega tô indo dormir | STOP
cancel | esquece alexa a oma já lembrou | CANCEL
cancel | cancela que eu achei no mapa | CANCEL
cancel | deixa pra lá mano já sei | CANCEL
cancel | sem caô esquece essa pergunta | CANCEL
cancel | cancela essa pergunta que o menino já achou | CANCEL
cancel | ah esquece minha filha não precisa mais | CANCEL
cancel | cancela que eu vi no livro | CANCEL
cancel | deixa quieto pues | CANCEL
cancel | esquece o país que eu falei | CANCEL
cancel | cancela alexa perguntei a coisa errada | CANCEL
cancel | porca miséria esquece | CANCEL
cancel | cancela essa que não era isso | CANCEL
cancel | deixa pra lá que o professor já respondeu | CANCEL
cancel | não precisa mais cancela | CANCEL
help | tia alexa como eu faço pra perguntar | HELP
help | opa como é que funciona esse capitais do mundo | HELP
help | que tipo de pergunta dá pra fazer aqui | HELP
help | me ensina a usar isso aqui minha filha | HELP
out-of-domain | quantos habitantes tem o benin | FB
out-of-domain | qual é a moeda da bolívia pues | FB
out-of-domain | qual língua falam em guiné-bissau | FB
out-of-domain | qual é o maior porto da américa latina | FB
out-of-domain | que horas são na coreia do sul agora | FB
out-of-domain | quanto tá o dólar guianense | FB
out-of-domain | qual o clima da groenlândia | FB
out-of-domain | quem é o primeiro-ministro da índia | FB
out-of-domain | quantos quilômetros tem a costa do brasil | FB
out-of-domain | qual é a bandeira da alemanha | FB
out-of-domain | que língua se fala na guiana francesa | FB
out-of-domain | qual é o tamanho da rússia | FB
out-of-domain | quem descobriu o brasil | FB
out-of-domain | qual é a religião da indonésia | FB
out-of-domain | quantas ilhas tem as filipinas | FB
out-of-domain | quem fundou blumenau | FB
out-of-domain | qual é o maior estado do brasil | FB
out-of-domain | qual é o ponto mais alto da bolívia | FB
out-of-domain | onde fica a capital do brasil no mapa | FB
out-of-domain | quantos anos tem a cidade de niterói | FB
out-of-domain | qual é a capital de giro ideal pra uma lojinha | FB
out-of-domain | quanto é o capital mínimo pra abrir empresa | FB
out-of-domain | o que é crime capital | FB
out-of-domain | como faz letra capitular | FB
out-of-domain | quando começa o campeonato capixaba | FB
out-of-domain | quantos times tem na capital paulista | FB
out-of-domain | qual é a capital brasileira do samba | FB
out-of-domain | qual é a capital mundial do carnaval | FB
out-of-domain | qual é a capital da moda | FB
out-of-domain | qual é a menor capital do brasil | FB
out-of-domain | qual capital tem mais habitantes | FB
out-of-domain | quais capitais ficam no litoral | FB
out-of-domain | quantas capitais tem o brasil | FB
out-of-domain | me fala a previsão do tempo pra capital | FB
out-of-domain | toca capital inicial | FB
out-of-domain | quanto custa um chip pra viajar pra europa | FB
out-of-domain | toca uma música de capoeira | FB
out-of-domain | coloca o culto ao vivo | FB
out-of-domain | qual é o número da lotofácil de hoje | FB
out-of-domain | pede uma pizza | FB
out-of-domain | como tá o trânsito na ponte rio-niterói | FB
out-of-domain | manda mensagem pro meu irmão | FB
out-of-domain | quando é a oktoberfest | FB
out-of-domain | qual é a cotação do café hoje | FB
out-of-domain | quem ganhou o festival de parintins | FB
out-of-domain | traduz bom dia pra coreano | FB
out-of-domain | desliga a televisão | FB
out-of-domain | toca um kpop aí | FB
out-of-domain | quanto é um boliviano em real | FB
out-of-domain | qual a tábua de marés de santos | FB
direct-question | o chade fica lá no meio da áfrica né qual é a capital de lá | TD
direct-question | opa a oma nasceu perto do luxemburgo qual é a capital de lá | LU
"""

if __name__ == "__main__":
    build_round(23, "pt", LINES, sys.argv, "tests/Eval/pt/round23/source/build_corpus.py")
