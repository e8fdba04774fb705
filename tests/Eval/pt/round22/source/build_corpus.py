"""Round 22, Portuguese (pt-BR): a new author's mix of speakers and situations, written blind.
Speakers chosen to differ from rounds 18 to 21: acreanos and rondonienses ("rapaz do céu", "mano véio", "tá doido"),
tocantinenses and piauienses ("pois é macho", "rapaz", "ei"), alagoanos and sergipanos ("oxe painho" left out for
"é rapaz", "mulé", "ói"), curitibanos ("vina", "piá" left out for "de certo", "bem capaz"), the baixada santista and
the caipira interior of Campinas and Piracicaba ("porrrta", "nóis", "sabe"), sul-mato-grossenses on the Paraguayan
border ("che", "mitaí", "tereré"), juiz-foranos ("uai sô" left out for "ô meu", "fala sério"); Brazilians abroad who
mix English (Framingham and Boston, "tipo the capital", "like", "whatever", "honey"), a Cape Verdean student in
Fortaleza ("nha", "mó"), a Timorese seminarian, a Goan grandmother, a Guarani-speaking teenager learning Portuguese, an
indigenous student in Manaus, Chinese-Brazilian twins doing homework; a retirement home (casa de repouso) quiz
afternoon, a grandmother with a new tablet and a slow voice, a church youth group planning a mission trip, a torcida
during the Copa and the Libertadores, a futsal coach, the geography olympiad (OBG), a scout troop, stamp and coin
collectors, a cruise-ship crew member, a call-centre worker on a break, a hospital waiting room, a wedding planner, a
hairdresser, a kitchen (feijoada, acarajé, a recipe from another country), the car on the Dutra and the Régis, small
children (age, drawing, a flag sticker album), a sleepy teenager at night.
Fillers ("é", "hã", "tipo", "então", "peraí", "deixa eu ver", "como é que é"), self-corrections ("não pera",
"quer dizer", "errei", "não não", "digo"), follow-ups, yes/no checks, reverse questions, official, old and everyday
names, shared names, Brazilian, US, Canadian, Australian, German, Indian and Mexican subdivisions, territories, and
what recognition may write (lost accents, split or joined words, misspellings).
`python3 tests/Eval/pt/round22/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 22's number; every line is pt-BR)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions.
direct-question | qual que é a capital {} afinal | do uzbequistão=UZ; do turcomenistão=TM; do tadjiquistão=TJ
direct-question | a capital {} é qual cidade mesmo | da mauritânia=MR; do mali=ML; do níger=NE
direct-question | que cidade que é a capital {} | da eritreia=ER; de djibuti=DJ; da somália=SO
direct-question | me fala qual a capital {} | da letônia=LV; da lituânia=LT; da estônia=EE
direct-question | qual é a capital {} hein | do malaui=MW; da zâmbia=ZM; de moçambique=MZ
direct-question | a capital {} qual é | da jordânia=JO; do líbano=LB; da síria=SY
direct-question | como chama a capital {} | de honduras=HN; da nicarágua=NI; da guatemala=GT
direct-question | qual cidade é capital {} | da costa rica=CR; do panamá=PA; de el salvador=SV
direct-question | sabe me dizer qual a capital {} agora | da mongólia=MN; do cazaquistão=KZ; do quirguistão=KG
direct-question | qual seria a capital {} | da croácia=HR; da eslovênia=SI; do montenegro=ME

polite-request | por favor alexa qual a capital {} | da áustria=AT; da hungria=HU; da romênia=RO
polite-request | você poderia por gentileza me dizer a capital {} | de camarões=CM; do gabão=GA; do chade=TD
polite-request | será que você me diz a capital {} por favor | do quênia=KE; de uganda=UG; de ruanda=RW
polite-request | eu gostaria de saber a capital {} obrigada | do paquistão=PK; do bangladesh=BD; do nepal=NP
polite-request | faz um favor pra mim me diz a capital {} | de portugal=PT; da espanha=ES; da irlanda=IE
polite-request | com licença alexa a capital {} qual é | da tunísia=TN; da argélia=DZ; do marrocos=MA
polite-request | me ajuda aqui rapidinho qual a capital {} | da finlândia=FI; da noruega=NO; da suécia=SE
polite-request | desculpa incomodar mas qual é a capital {} | do vietnã=VN; do camboja=KH; do laos=LA

do-you-know | você sabe a capital {} | da armênia=AM; do azerbaijão=AZ; de chipre=CY
do-you-know | cê sabe qual que é a capital {} | do butão=BT; das maldivas=MV; do sri lanka=LK
do-you-know | tu conhece a capital {} | de angola=AO; da namíbia=NA; de botsuana=BW
do-you-know | você faz ideia de qual é a capital {} | do belize=BZ; do paraguai=PY; do uruguai=UY
do-you-know | alexa tu sabe me dizer a capital {} | do equador=EC; da venezuela=VE; da colômbia=CO
do-you-know | será que você sabe a capital {} | da jamaica=JM; do haiti=HT; de cuba=CU

imperative | diz aí a capital {} | do iêmen=YE; de omã=OM; do catar=QA
imperative | me fala a capital {} ligeiro | do kuwait=KW; do barein=BH; dos emirados árabes unidos=AE
imperative | fala pra mim a capital {} | da tailândia=TH; do mianmar=MM; da malásia=MY
imperative | me responde a capital {} | de tuvalu=TV; de nauru=NR; de palau=PW
imperative | fala a capital {} aí | de vanuatu=VU; de samoa=WS; de tonga=TO

terse | capital {} | de brunei=BN; de fiji=FJ; de quiribati=KI
terse | capital {} rápido | da serra leoa=SL; da libéria=LR; da gâmbia=GM
terse | {} capital | burundi=BI; tanzânia=TZ; sudão=SD
terse | capital {} alexa | do lesoto=LS; do essuatíni=SZ; do zimbábue=ZW
terse | {} a capital | islândia=IS; dinamarca=DK; polônia=PL

trailing-words | qual é a capital {} muito obrigado viu | da eslováquia=SK; da tchéquia=CZ; da bulgária=BG
trailing-words | a capital {} qual é esqueci completamente | da sérvia=RS; da albânia=AL; da macedônia do norte=MK
trailing-words | qual é a capital {} valeu | do chile=CL; do peru=PE; da argentina=AR
trailing-words | qual a capital {} brigadão | do iraque=IQ; do irã=IR; do afeganistão=AF
trailing-words | qual é a capital {} tá bom | da arábia saudita=SA; de israel=IL; da turquia=TR

filler-hesitation | é hã qual é a capital {} | da líbia=LY; do egito=EG; do sudão do sul=SS
filler-hesitation | então tipo a capital {} é | do senegal=SN; da guiné=GN; da guiné-bissau=GW
filler-hesitation | peraí deixa eu ver qual a capital {} | da indonésia=ID; das filipinas=PH; de singapura=SG
filler-hesitation | hum como é que é a capital {} | da etiópia=ET; de madagascar=MG; de maurício=MU
filler-hesitation | é é qual é a capital {} | do japão=JP; da coreia do sul=KR; de taiwan=TW
filler-hesitation | ah tipo assim qual a capital {} | da rússia=RU; da china=CN; da índia=IN

# Regions of Brazil not used by earlier authors.
regional-speech | rapaz do céu qual é a capital {} | do acre=BR-AC; de rondônia=BR-RO; do amazonas=BR-AM
regional-speech | mano véio qual que é a capital {} | da bolívia=BO; do peru mano=PE; de roraima=BR-RR
regional-speech | pois é macho me diz a capital {} | do tocantins=BR-TO; do piauí=BR-PI; do maranhão=BR-MA
regional-speech | é rapaz qual é a capital {} | de alagoas=BR-AL; de sergipe=BR-SE; da paraíba=BR-PB
regional-speech | ói mulé a capital {} qual é | da bahia=BR-BA; de pernambuco=BR-PE; do ceará=BR-CE
regional-speech | de certo que a capital {} é qual | do paraná=BR-PR; de santa catarina=BR-SC; do rio grande do sul=BR-RS
regional-speech | bem capaz que eu não sei a capital {} | da ucrânia=UA; da polônia dai=PL; da alemanha=DE
regional-speech | nóis tava pensando aqui qual é a capital {} | de goiás=BR-GO; do mato grosso=BR-MT; do mato grosso do sul=BR-MS
regional-speech | che mitaí qual é a capital {} | do paraguai che=PY; da argentina che=AR; do uruguai che=UY
regional-speech | ô meu fala sério qual a capital {} | de minas gerais=BR-MG; do espírito santo=BR-ES; do rio de janeiro=BR-RJ
regional-speech | tá doido esqueci a capital {} | do pará=BR-PA; do amapá=BR-AP; do rio grande do norte=BR-RN

# Portuguese speakers from other countries living in Brazil.
lusophone-abroad | ó alexa qual é a capital {} diz-me lá | da roménia=RO; da polónia=PL; da eslovénia=SI
lusophone-abroad | nha alexa qual é a capital {} | de cabo verde=CV; da guiné equatorial=GQ; de são tomé e príncipe=ST
lusophone-abroad | alexa se faz favor a capital {} | de timor-leste=TL; da indonésia se faz favor=ID; da austrália=AU
lusophone-abroad | minha filha a capital {} qual é que é | de goa=IN-GA; do quénia=KE; do irão=IR
lusophone-abroad | ó pá a capital {} | de moscovo não da rússia=RU; do vietname=VN; da arménia=AM

# English mixed in.
anglicism | alexa what's the capital {} em português | do brasil=BR; da frança=FR; da itália=IT
anglicism | tipo the capital {} qual é | de massachusetts=US-MA; de connecticut=US-CT; do rhode island=US-RI
anglicism | honey a capital {} é qual | do canadá=CA; do méxico=MX; dos estados unidos=US
anglicism | like qual é a capital {} | da nova zelândia=NZ; da austrália like=AU; da irlanda like=IE
anglicism | whatever qual a capital city {} | da coreia do norte=KP; do japão whatever=JP; da grécia=GR
anglicism | então basically a capital {} é qual | da bélgica=BE; dos países baixos=NL; da suíça=CH

# Learners of Portuguese.
learner | qual é o capital de {} | frança=FR; alemanha=DE; itália=IT
learner | eu quero saber capital de {} | paraguai=PY; bolívia=BO; argentina=AR
learner | a capital do {} é qual | china=CN; rússia=RU; ucrânia=UA
learner | eu não sabe a capital de {} | gana=GH; nigéria=NG; costa do marfim=CI
learner | por favor capital da {} | peru=PE; venezuela=VE; equador=EC
learner | como se diz a capital de {} em português | amazônia=FB; manaus=FB; japão=JP

# Children.
child-speech | alexa eu tenho seis anos qual é a capital {} | do brasil=BR; do sol=FB; da lua=FB
child-speech | alexa minha professora perguntou a capital {} | do egito=EG; da grécia=GR; do quênia=KE
child-speech | alexa qual é a capital {} pro meu desenho | da frança=FR; da austrália=AU; do canadá=CA
child-speech | alexa no meu álbum de figurinha tem a bandeira {} qual é a capital | da croácia=HR; do marrocos=MA; do senegal=SN
child-speech | alexa alexa alexa capital {} | da inglaterra=GB-ENG; da escócia=GB-SCT; do país de gales=GB-WLS

# Elders.
elder-speech | minha querida a capital {} como é mesmo | da irlanda do norte=GB-NIR; da hungria=HU; da finlândia=FI
elder-speech | fala mais alto alexa qual é a capital {} | da espanha=ES; da alemanha=DE; da holanda=NL
elder-speech | no meu tempo a gente aprendia a capital {} qual é hoje | do brasil=BR; da alemanha ocidental=FB; da rússia=RU
elder-speech | dona alexa me faça a bondade a capital {} | do japão=JP; da china=CN; de portugal=PT
elder-speech | a senhora pode repetir a capital {} | da austrália=AU; da nova zelândia=NZ; da áfrica do sul=ZA

# Recognition artefacts.
recognition | qual e a capital {} | da noruega=NO; do equador=EC; da belgica=BE
recognition | qual a capital {} | do uzbequistao=UZ; do tajiquistao=TJ; do quirguistao=KG
recognition | qual é a capital {} | da republica tcheca=CZ; da bielorussia=BY; da coreia do norte=KP
recognition | qual é a capitau {} | do zimbabue=ZW; de mocambique=MZ; da zambia=ZM
recognition | quala capital {} | da eslovaquia=SK; da letonia=LV; da libia=LY
recognition | capital {} alexa me fala | do botsuana=BW; da nova zelandia=NZ; de trinidad e tobago=TT
recognition | qual é a capital de {} | cabo verdi=CV; são tome=ST; guine equatorial=GQ
recognition | qualé a capital {} | dos emirados arabes=AE; do afeganistao=AF; da eritreia alexa=ER
recognition | qual e capital {} | do nepau=NP; do benim=BJ; do mianma=MM
recognition | a capital {} qual e | da jordania=JO; da siria=SY; do libano=LB
recognition | capitau {} | da suissa=CH; da austria=AT; da tunisia=TN

# Quiz and games.
quiz-game | pra ganhar o quiz da igreja qual é a capital {} | do paquistão=PK; do iraque=IQ; do sudão=SD
quiz-game | no quiz da casa de repouso perguntaram a capital {} | da mongólia=MN; do laos=LA; do butão=BT
quiz-game | na olimpíada de geografia caiu a capital {} | do burundi=BI; da gâmbia=GM; do chade=TD
quiz-game | apostei um tereré com meu primo qual é a capital {} | do paraguai=PY; da bolívia=BO; do chile=CL
quiz-game | no jogo de perguntas do grupo da família qual a capital {} | da dominica=DM; de granada=GD; de santa lúcia=LC
quiz-game | pergunta valendo pizza qual é a capital {} | da eslováquia=SK; da letônia=LV; da suíça=CH
quiz-game | no bingo cultural da terceira idade qual a capital {} | da nova zelândia=NZ; das filipinas=PH; da irlanda=IE

# Travel.
travel | vou fazer uma missão da igreja qual a capital {} | de moçambique=MZ; de angola=AO; da guiné-bissau=GW
travel | tô no navio de cruzeiro a próxima parada é a capital {} qual é | das bahamas=BS; de barbados=BB; de são cristóvão e névis=KN
travel | vou de mochilão qual é a capital {} | da costa rica=CR; da colômbia=CO; de cuba=CU
travel | tô planejando a lua de mel qual a capital {} | das maldivas=MV; das seicheles=SC; de maurício=MU
travel | na dutra indo pro rio alexa qual a capital {} | do rio de janeiro=BR-RJ; de são paulo=BR-SP; de minas=BR-MG
travel | meu voo faz escala na capital {} qual é | do panamá=PA; da etiópia=ET; do catar=QA

# News and sport.
news-sport | no jornal falaram da capital {} qual é | do sudão=SD; do iêmen=YE; do haiti=HT
news-sport | na copa do mundo vai jogar o time {} qual a capital | da croácia=HR; da sérvia=RS; do uruguai=UY
news-sport | pela libertadores qual é a capital {} | do equador=EC; da bolívia=BO; da venezuela=VE
news-sport | na olimpíada o cara era {} qual a capital do país dele | da jamaica=JM; do quênia=KE; da etiópia=ET
news-sport | meu time de futsal vai jogar contra o time {} qual é a capital de lá | do irã=IR; do cazaquistão=KZ; do azerbaijão=AZ
news-sport | deu no noticiário a capital {} qual é mesmo | da ucrânia=UA; da venezuela mesmo=VE; do níger=NE

# Work breaks.
work-break | tô no intervalo do call center qual é a capital {} | do suriname=SR; da guiana=GY; da guiana francesa=GF
work-break | aqui no salão a cliente quer saber a capital {} | da grécia=GR; do líbano=LB; da turquia=TR
work-break | na sala de espera do hospital qual é a capital {} | da dinamarca=DK; da islândia=IS; da noruega=NO
work-break | pra decoração do casamento com tema de viagem qual a capital {} | da itália=IT; da frança=FR; do marrocos=MA
work-break | na cozinha fazendo um prato típico qual é a capital {} | do peru=PE; do méxico=MX; da tailândia=TH
work-break | tô catalogando selos qual é a capital {} | de mônaco=MC; de liechtenstein=LI; de san marino=SM
work-break | coleciono moedas qual é a capital {} | de andorra=AD; de malta=MT; do luxemburgo=LU

# Follow-ups.
follow-up | e {} | do peru=PE; a bolívia=BO; o equador então=EC
follow-up | e a {} | do paraguai=PY; do uruguai=UY; da guiana=GY
follow-up | tá e {} | o suriname=SR; a guiana francesa=GF; o belize=BZ
follow-up | beleza e {} | a eslovênia=SI; a bósnia=BA; o kosovo=XK
follow-up | e agora {} | o maine=US-ME; o vermont=US-VT; nova hampshire=US-NH
follow-up | e o {} | ohio=US-OH; michigan=US-MI; indiana=US-IN
follow-up | e {} alexa | a nigéria=NG; o gana=GH; o togo=TG
follow-up | certo e {} | o gabão=GA; a república centro-africana=CF; a república do congo=CG
follow-up | a mesma pergunta pra {} | o chade=TD; o sudão do sul=SS; a eritreia=ER
follow-up | e a capital {} então | da mauritânia=MR; do saara ocidental=EH; dos comores=KM
follow-up | e no caso {} | do cazaquistão=KZ; do uzbequistão=UZ; da mongólia=MN
follow-up | agora {} | a argentina=AR; o chile=CL; a colômbia=CO

# Several capitals, asked in the plural.
plural-capitals | quais são as capitais {} | da áfrica do sul=ZA; da bolívia=BO; do benin=BJ
plural-capitals | me fala as duas capitais {} | dos países baixos=NL; da malásia=MY; do sri lanka=LK
plural-capitals | por que que tem duas capitais {} quais são | na costa do marfim=CI; na bolívia=BO; no benin=BJ
plural-capitals | a áfrica do sul tem três capitais quais são elas | ZA
plural-capitals | me diz todas as capitais {} | do essuatíni=SZ; da palestina=PS; da costa do marfim=CI
plural-capitals | quais as capitais {} | da suazilândia=SZ; da holanda=NL; da malásia=MY
plural-capitals | quantas capitais tem {} e quais são | a áfrica do sul=ZA; o sri lanka=LK; a palestina=PS
plural-capitals | o benin tem duas capitais né quais são | BJ
plural-capitals | a bolívia tem quantas capitais e como chamam | BO
plural-capitals | quais são as cidades capitais {} | da palestina=PS; do essuatíni hoje=SZ; da holanda hoje=NL
plural-capitals | a costa do marfim tem duas capitais me fala as duas | CI
plural-capitals | o sri lanka tem capital administrativa e comercial quais são | LK
plural-capitals | a malásia tem duas capitais quais | MY

# Subdivisions.
subdivision | qual é a capital do estado {} | do texas=US-TX; da califórnia=US-CA; do oregon=US-OR
subdivision | a capital do estado de {} qual é | nova york=US-NY; wisconsin=US-WI; illinois=US-IL
subdivision | qual a capital da província {} | de alberta=CA-AB; do quebec=CA-QC; de ontário=CA-ON
subdivision | qual é a capital {} no canadá | da colúmbia britânica=CA-BC; do manitoba=CA-MB; do saskatchewan=CA-SK
subdivision | capital {} na alemanha | da baviera=DE-BY; da saxônia=DE-SN; do hesse=DE-HE
subdivision | qual a capital do estado alemão {} | de baden-württemberg=DE-BW; da renânia-palatinado=DE-RP; da baixa saxônia=DE-NI
subdivision | a capital do estado {} no méxico | de iucatã=MX-YUC; de jalisco=MX-JAL; de oaxaca=MX-OAX
subdivision | qual é a capital do estado indiano {} | de kerala=IN-KL; do rajasthan=IN-RJ; de maharashtra=IN-MH
subdivision | qual é a capital {} na austrália | de queensland=AU-QLD; da tasmânia=AU-TAS; da austrália ocidental=AU-WA
subdivision | capital do estado {} | do alasca=US-AK; do havaí=US-HI; da flórida=US-FL
subdivision | qual cidade é a capital {} lá nos estados unidos | da luisiana=US-LA; do kentucky=US-KY; do tennessee=US-TN
subdivision | qual a capital {} nos eua | do arizona=US-AZ; do nevada=US-NV; do colorado=US-CO
subdivision | a capital {} é qual | da pensilvânia=US-PA; de nova jérsei=US-NJ; do novo méxico=US-NM
subdivision | qual é a capital {} que é estado americano | da virgínia=US-VA; da virgínia ocidental=US-WV; do missouri=US-MO
subdivision | qual é a capital do estado {} na índia | de tamil nadu=IN-TN; do punjab=IN-PB; de bengala ocidental=IN-WB
subdivision | qual a capital do estado {} no brasil | de tocantins=BR-TO; do amapá=BR-AP; de rondônia=BR-RO
subdivision | e a capital do estado mexicano {} | de nuevo león=MX-NLE; de chiapas=MX-CHP; de veracruz=MX-VER
subdivision | qual é a capital {} aquele território do canadá | do yukon=CA-YT; do nunavut=CA-NU; dos territórios do noroeste=CA-NT

# Territories.
territory | qual é a capital {} alexa | da groenlândia=GL; das ilhas faroé=FO; de porto rico=PR
territory | capital {} qual é | de aruba=AW; de curaçao=CW; das bermudas=BM
territory | me diz a capital {} | da polinésia francesa=PF; da nova caledônia=NC; da martinica=MQ
territory | qual a capital {} que é da frança | de guadalupe=GP; da reunião=RE; de mayotte=YT
territory | qual a capital {} que é britânico | de gibraltar=GI; das ilhas malvinas=FK; das ilhas cayman=KY
territory | qual é a capital {} no pacífico | de guam=GU; da samoa americana=AS; das ilhas cook=CK

# Yes/no checks: the place asked about.
yes-no-check | a capital {} né | do canadá é toronto=CA; da austrália é sydney=AU; da turquia é istambul=TR
yes-no-check | é verdade que a capital {} | dos estados unidos é nova york=US; da suíça é zurique=CH; do marrocos é casablanca=MA
yes-no-check | confere pra mim a capital {} | do vietnã é hanói=VN; da nigéria é lagos=NG; do paquistão é karachi=PK
yes-no-check | a capital {} não é | da bahia salvador=BR-BA; do paraná curitiba=BR-PR; de goiás goiânia=BR-GO
yes-no-check | tô certo que a capital {} | da nova zelândia é auckland=NZ; da índia é mumbai=IN; da tanzânia é dar es salaam=TZ
yes-no-check | minha mãe disse que a capital {} é isso mesmo | do brasil é rio de janeiro=BR; da escócia é glasgow=GB-SCT; da califórnia é los angeles=US-CA
yes-no-check | {} é a capital da bolívia | la paz=BO; sucre=BO
yes-no-check | a capital do equador é guayaquil ou quito | EC

# Self-corrections: the second place.
self-correction | a capital {} | do peru não pera do chile=CL; da áustria digo da austrália=AU; da suécia quer dizer da suíça=CH
self-correction | qual a capital {} hein | da guiné não da guiné equatorial=GQ; do níger errei da nigéria=NG; da eslováquia não não da eslovênia=SI
self-correction | me diz a capital {} aí | do sudão do sudão do sul=SS; de uganda não de ruanda=RW; do gabão quer dizer de gana=GH
self-correction | a capital {} qual é que é | da letônia não da lituânia=LT; da islândia digo da irlanda=IE; do irã não do iraque=IQ
self-correction | qual é a capital {} opa | da colômbia não da colúmbia britânica=CA-BC; da virgínia não da geórgia o país=GE; de dominica não da república dominicana=DO

# Reverse questions.
reverse-question | {} é capital de que país | lusaka=CITY:Lusaka; windhoek=CITY:Windhoek; bamako=CITY:Bamako
reverse-question | de que país {} é a capital | nouakchott=CITY:Nouakchott; antananarivo=CITY:Antananarivo; kigali=CITY:Kigali
reverse-question | {} fica em que país | tashkent=CITY:Tashkent; bishkek=CITY:Bishkek; ulan bator=CITY:Ulan Bator
reverse-question | qual país tem {} como capital | vientiane=CITY:Vientiane; katmandu=CITY:Katmandu; thimphu=CITY:Thimphu
reverse-question | {} é capital do quê | ottawa=CITY:Ottawa; canberra=CITY:Canberra; wellington=CITY:Wellington
reverse-question | {} é a capital de qual estado | porto velho=CITY:Porto Velho; rio branco=CITY:Rio Branco; palmas=CITY:Palmas
reverse-question | de qual estado {} é capital | teresina=CITY:Teresina; aracaju=CITY:Aracaju; maceió=CITY:Maceió
reverse-question | a cidade de {} é capital de onde | tegucigalpa=CITY:Tegucigalpa; paramaribo=CITY:Paramaribo; georgetown=CITY:Georgetown
reverse-question | {} é capital de que lugar | saint john's=CITY:Saint John's; kingston=CITY:Kingston; victoria=CITY:Victoria

# Official names.
official-name | qual é a capital {} exatamente | da república federativa do brasil=BR; da república popular da china=CN; da federação russa=RU
official-name | a capital {} qual é ela | do reino unido da grã-bretanha e irlanda do norte=GB; da república árabe do egito=EG; do reino da espanha=ES
official-name | capital {} qual que é | da república da coreia=KR; da república democrática popular do laos=LA; do estado plurinacional da bolívia=BO
official-name | me diz qual é a capital {} | da república bolivariana da venezuela=VE; dos estados unidos mexicanos=MX; da confederação suíça=CH
official-name | qual a capital {} por favor | do reino dos países baixos=NL; da república islâmica do irã=IR; da república helênica=GR
official-name | e a capital {} | do principado de mônaco=MC; do grão-ducado do luxemburgo=LU; do reino hachemita da jordânia=JO
official-name | qual é a capital {} oficialmente | da república democrática do congo=CD; da república do congo=CG; da república centro-africana=CF

# Everyday names.
everyday-name | qual que é a capital {} | dos eua=US; da inglaterra=GB-ENG; da holanda=NL
everyday-name | capital {} qual é mesmo | da bósnia=BA; da macedônia=MK; dos emirados=AE
everyday-name | qual é a capital {} mesmo | da tchéquia=CZ; da república tcheca=CZ; da américa=US
everyday-name | me fala a capital {} | do congo kinshasa=CD; do congo brazzaville=CG; de trinidad=TT
everyday-name | a capital {} qual seria | de são vicente=VC; de antígua=AG; de papua=PG

# Old names.
old-name | qual era a capital {} | da birmânia=MM; do ceilão=LK; da pérsia=IR
old-name | a capital {} qual é hoje | do zaire=CD; da rodésia=ZW; do daomé=BJ
old-name | qual é a capital atual {} | do alto volta=BF; da abissínia=ET; do sião=TH
old-name | e a capital {} como fica | da suazilândia=SZ; da bielorrússia=BY; de formosa=TW

# Shared names.
shared-name | qual é a capital da {} | geórgia=GE+US-GA; coreia=KP+KR
shared-name | quais são as capitais {} todas | das duas coreias=KP+KR; dos dois congos=CD+CG; das ilhas virgens=VG+VI
shared-name | a capital {} é qual delas | da dominica e da república dominicana=DM+DO; do congo=CD+CG
shared-name | me fala a capital {} por favor | da geórgia alexa=GE+US-GA; das coreias=KP+KR; das duas carolinas=US-NC+US-SC
shared-name | as capitais {} quais são | das dakotas=US-ND+US-SD; do sudão e do sudão do sul=SD+SS; das samoas=AS+WS

# Launch and one-shot.
launch | abre capitais do mundo | LAUNCH
launch | alexa abrir capitais do mundo | LAUNCH
launch | quero jogar capitais do mundo | LAUNCH
launch | inicia o capitais do mundo | LAUNCH
launch | bora abrir capitais do mundo | LAUNCH
launch | começar capitais do mundo | LAUNCH
launch | alexa chama o capitais do mundo | LAUNCH
launch | ativa capitais do mundo | LAUNCH
launch | liga o capitais do mundo pra mim | LAUNCH
launch | entra no capitais do mundo | LAUNCH
launch | abre aquele capitais do mundo | LAUNCH
launch | alexa iniciar capitais do mundo por favor | LAUNCH
one-shot | pergunta pro capitais do mundo qual é a capital {} | da austrália=AU; do quênia=KE; da turquia=TR
one-shot | abre capitais do mundo e me diz a capital {} | da nigéria=NG; do canadá=CA; da noruega=NO
one-shot | pede pro capitais do mundo a capital {} | do egito=EG; da polônia=PL; do japão=JP
one-shot | usa o capitais do mundo pra saber a capital {} | da suécia=SE; da hungria=HU; do chile=CL

# Help.
help | como funciona isso aqui | HELP
help | o que eu posso perguntar pra você | HELP
help | não entendi como usa | HELP
help | me explica como funciona esse jogo | HELP
help | alexa socorro como é que faz | HELP
help | que tipo de pergunta você responde | HELP
help | me dá umas dicas de como usar | HELP
help | tô perdida o que eu faço agora | HELP
help | como é que eu pergunto uma capital | HELP
help | quais são os comandos | HELP
help | preciso de ajuda com essa skill | HELP
help | me ensina a usar isso | HELP
help | o que é que você sabe fazer | HELP
help | hã como assim o que eu falo | HELP
help | explica de novo como funciona | HELP
help | me ajuda não sei mexer nisso | HELP
help | pra que serve isso | HELP
help | ajuda aí por favor | HELP
help | alexa me orienta aqui | HELP
help | como eu jogo isso | HELP
help | o que é pra eu dizer | HELP
help | quais perguntas eu posso fazer | HELP
help | tô confusa me ajuda | HELP
help | instruções por favor | HELP
help | como que usa esse negócio de capital | HELP
help | help me aqui alexa | HELP

# Stop.
stop | chega por hoje alexa | STOP
stop | pode parar agora | STOP
stop | para tudo | STOP
stop | sair do jogo | STOP
stop | desliga isso | STOP
stop | fecha o capitais do mundo | STOP
stop | tchau alexa valeu | STOP
stop | encerra aí | STOP
stop | já deu por hoje | STOP
stop | para de falar por favor | STOP
stop | sai daqui alexa | STOP
stop | quero sair | STOP
stop | terminar | STOP
stop | encerrar o jogo | STOP
stop | pode fechar obrigado | STOP
stop | acabou chega | STOP
stop | desliga o jogo alexa | STOP
stop | tá bom já chega tchau | STOP
stop | fim | STOP
stop | para aí já tá bom | STOP
stop | boa noite alexa pode parar | STOP
stop | cala a boca alexa | STOP
stop | sair agora | STOP
stop | fecha isso pra mim | STOP
stop | alexa encerrar | STOP
stop | não quero mais jogar tchau | STOP

# Cancel.
cancel | cancela | CANCEL
cancel | esquece a pergunta | CANCEL
cancel | deixa pra lá | CANCEL
cancel | não deixa quieto | CANCEL
cancel | cancelar isso | CANCEL
cancel | esquece o que eu falei | CANCEL
cancel | não não cancela | CANCEL
cancel | deixa pra lá não precisa | CANCEL
cancel | ih esquece | CANCEL
cancel | cancela essa pergunta | CANCEL
cancel | desconsidera | CANCEL
cancel | deixa quieto já achei no livro | CANCEL
cancel | cancela por favor | CANCEL
cancel | esquece alexa | CANCEL
cancel | não quero mais saber deixa | CANCEL
cancel | anula isso | CANCEL
cancel | cancela aí | CANCEL
cancel | ah esquece não é nada | CANCEL
cancel | deixa isso pra lá alexa | CANCEL
cancel | cancelar a pergunta | CANCEL
cancel | esquece já lembrei | CANCEL
cancel | não precisa mais cancela | CANCEL
cancel | desiste dessa | CANCEL
cancel | esquece essa última | CANCEL
cancel | pode cancelar | CANCEL
cancel | cancela cancela | CANCEL

# Out of domain, with near-misses.
out-of-domain | quantos habitantes tem a nigéria | FB
out-of-domain | qual é a cor da bandeira da irlanda | FB
out-of-domain | qual a maior cidade do canadá | FB
out-of-domain | qual a distância de brasília até goiânia | FB
out-of-domain | o que é capital social de uma empresa | FB
out-of-domain | quanto eu preciso de capital de giro pra abrir uma loja | FB
out-of-domain | que horas são em tóquio | FB
out-of-domain | põe um timer de quinze minutos pro feijão | FB
out-of-domain | conta uma piada | FB
out-of-domain | como se diz capital em inglês | FB
out-of-domain | qual é o maior rio da áfrica | FB
out-of-domain | qual é o ddd de manaus | FB
out-of-domain | qual o ponto mais alto da argentina | FB
out-of-domain | que horas fecha a farmácia | FB
out-of-domain | que vinho combina com feijoada | FB
out-of-domain | quanto tempo de voo até lisboa | FB
out-of-domain | vai chover amanhã em cuiabá | FB
out-of-domain | quanto custa uma passagem pra cuba | FB
out-of-domain | quem é o presidente da argentina | FB
out-of-domain | qual a moeda do méxico | FB
out-of-domain | qual a capital mais fria do mundo | FB
out-of-domain | qual é a capital mais populosa da áfrica | FB
out-of-domain | que língua falam na suíça | FB
out-of-domain | toca um sertanejo aí | FB
out-of-domain | quanto tá a gasolina hoje | FB
out-of-domain | você me ama alexa | FB
out-of-domain | me acorda às seis horas | FB
out-of-domain | quem descobriu o brasil | FB
out-of-domain | qual o hino nacional da frança | FB
out-of-domain | quais são os pecados capitais | FB
out-of-domain | qual é a pena capital no japão | FB
out-of-domain | qual é a letra maiúscula de a | FB
out-of-domain | o que significa letra capital | FB
out-of-domain | quantos estados tem o brasil | FB
out-of-domain | quantos países tem na áfrica | FB
out-of-domain | qual o idioma oficial de angola | FB
out-of-domain | qual o fuso horário de moscou | FB
out-of-domain | qual é o prato típico do peru | FB
out-of-domain | quem ganhou a libertadores do ano passado | FB
out-of-domain | que horas começa o jogo do flamengo | FB
out-of-domain | qual o tamanho da rússia em quilômetros quadrados | FB
out-of-domain | onde fica a torre eiffel | FB
out-of-domain | qual é o país mais pequeno do mundo | FB
out-of-domain | qual a população de são paulo | FB
out-of-domain | me mostra o mapa da europa | FB
out-of-domain | liga a luz da sala | FB
out-of-domain | adiciona arroz na lista de compras | FB
out-of-domain | qual é o clima em lima nessa época | FB
out-of-domain | quando foi a independência do brasil | FB
out-of-domain | qual é a religião da índia | FB
out-of-domain | quantas horas de diferença pra portugal | FB
out-of-domain | qual a capital do meu coração | FB
out-of-domain | qual o telefone da embaixada da itália | FB
out-of-domain | preciso de visto pra ir pro japão | FB
out-of-domain | quanto vale um dólar em reais | FB
out-of-domain | quem é o primeiro-ministro do reino unido | FB
out-of-domain | qual o maior deserto do mundo | FB
out-of-domain | o rio amazonas passa por quais países | FB
out-of-domain | lê as notícias de hoje | FB
out-of-domain | toca a rádio gaúcha | FB
out-of-domain | faz uma receita de acarajé | FB
out-of-domain | quanto é sete vezes oito | FB
out-of-domain | qual é o continente do egito | FB
out-of-domain | que esporte é mais popular na índia | FB
out-of-domain | como tá o trânsito na régis bittencourt | FB
out-of-domain | onde eu invisto meu capital | FB
out-of-domain | quais são as capitais brasileiras com praia | FB
out-of-domain | qual capital tem o metrô mais antigo | FB
out-of-domain | me conta uma história de dormir | FB
out-of-domain | qual é a montanha mais alta da europa | FB
out-of-domain | que dia é hoje | FB
out-of-domain | qual o animal símbolo da austrália | FB
out-of-domain | como faz tereré | FB
out-of-domain | quem escreveu os lusíadas | FB
out-of-domain | quantos anos tem brasília | FB
out-of-domain | qual a altitude de la paz | FB
out-of-domain | onde nasceu o papa | FB
out-of-domain | qual é o time da capital paulista | FB
out-of-domain | vai ter feriado na semana que vem | FB
out-of-domain | toca a música da copa | FB
out-of-domain | como tá o dólar em angola | FB
out-of-domain | manda mensagem pra minha mãe | FB
out-of-domain | qual a bandeira que tem uma folha vermelha | FB
out-of-domain | quantos habitantes tem a capital da china | FB
out-of-domain | em que ano brasília virou capital | FB
out-of-domain | por que a capital saiu do rio de janeiro | FB
out-of-domain | qual foi a primeira capital do brasil | FB
out-of-domain | qual é o código postal de lisboa | FB
out-of-domain | que idioma se fala em moçambique | FB
out-of-domain | qual o pib do chile | FB
out-of-domain | a capital federal fica longe do mar | FB
out-of-domain | qual é o sobrenome mais comum em portugal | FB
out-of-domain | qual é o estado mais rico do brasil | FB
out-of-domain | qual é o maior país da américa do sul | FB
out-of-domain | me recomenda um restaurante em salvador | FB
out-of-domain | quanto tempo leva de carro de curitiba a floripa | FB
out-of-domain | quem canta garota de ipanema | FB
out-of-domain | desenha o mapa do mundo | FB
out-of-domain | qual é o aeroporto de brasília | FB
out-of-domain | qual a temperatura em rio branco agora | FB
out-of-domain | capital de risco o que é | FB
out-of-domain | quais são as sete maravilhas do mundo | FB
out-of-domain | quantas ilhas tem as filipinas | FB
out-of-domain | qual é a capital do mundo do forró | FB
# Second batch: cancel, launch, help and out-of-domain lines that survive the drop, and the last countries.
cancel | pera cancela isso aí que eu errei | CANCEL
cancel | não era isso cancela | CANCEL
cancel | cancela que eu pergunto depois | CANCEL
cancel | esquece minha filha já achei | CANCEL
cancel | deixa pra lá o piá já respondeu | CANCEL
cancel | ai cancela essa aí | CANCEL
cancel | não alexa esquece essa pergunta | CANCEL
cancel | opa cancela foi sem querer | CANCEL
cancel | desfaz isso cancela | CANCEL
cancel | nem precisa mais pode cancelar | CANCEL
cancel | esquece rapaz deixa quieto | CANCEL
cancel | never mind cancela | CANCEL
launch | alexa abre o jogo capitais do mundo | LAUNCH
launch | bota o capitais do mundo aí | LAUNCH
launch | vamos jogar capitais do mundo | LAUNCH
launch | alexa quero brincar de capitais do mundo | LAUNCH
launch | abre capitais do mundo pra minha neta | LAUNCH
help | não sei o que falar pra essa skill | HELP
help | como é que pergunta pra você vó não entendeu | HELP
help | me explica as regras desse capitais do mundo | HELP
help | que que eu faço aqui alexa me ajuda | HELP
out-of-domain | qual é o capital inicial pra abrir um mei | FB
out-of-domain | qual a população da capital do peru | FB
out-of-domain | que horas são agora em lisboa | FB
out-of-domain | qual é o nome do presidente de angola | FB
out-of-domain | qual é a língua oficial do paraguai | FB
out-of-domain | onde fica a micronésia no mapa | FB
out-of-domain | quantas pessoas moram em brasília | FB
out-of-domain | qual é a comida típica da moldávia | FB
out-of-domain | qual a bandeira das ilhas salomão | FB
out-of-domain | toca um forró pra gente dançar | FB
out-of-domain | quanto custa o tereré na feira | FB
out-of-domain | qual a capital que tem mais torcedores do flamengo | FB
direct-question | e qual é a capital {} sabe | da micronésia=FM; da moldávia=MD; das ilhas marshall=MH
quiz-game | na gincana da escola perguntaram a capital {} | das ilhas salomão=SB; da moldávia gincana=MD; de são tomé=ST
"""

if __name__ == "__main__":
    build_round(22, "pt", LINES, sys.argv, "tests/Eval/pt/round22/source/build_corpus.py")
