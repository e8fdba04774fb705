"""Round 21, Portuguese (pt-BR): a new author's mix of speakers and situations, written blind, chosen to differ from
the earlier Portuguese rounds. Regions: the sertão of Paraíba, Pernambuco and Rio Grande do Norte ("meu fi", "home",
"vôti", "eita", "diga aí menina"), maranhenses of São Luís ("rapá", "lá ele", "tu"), the periphery of São Paulo
("salve", "truta", "mó", "fortalece aí", "tá ligado"), the Pantanal and Mato Grosso do Sul (the chalana, the fishing
tourists, "companheiro"), Goiás ("cê", "uai", the pequi), caiçaras of the Paraty and Ubatuba coast. Immigrants and
refugees living in Brazil: Haitians ("mèsi", "bonjou"), Syrians and Lebanese ("yalla", "habibi", "inshallah"), Afghans
and Bangladeshis newly arrived, Chinese shopkeepers, Senegalese street sellers ("waaw"). Work and places: a barbershop,
a stall at the feira livre, a bakery opening at dawn, a gym between sets, a pharmacy, a public library, a pet shop, a
fishing boat, a flight attendant between flights, a customs broker, a dentist's waiting room. People: a blind user who
cannot read the map, a stroke patient practising speech with a speech therapist, a radio amateur logging contacts
("câmbio", "QSL"), a model United Nations delegate, scouts, a festa junina quiz, the bingo at a care home, a bar quiz,
a family WhatsApp argument, small children (their name and age, a birthday party), grandparents, homework and the
Brazilian geography olympiad, cooking a foreign dish, driving in a traffic jam, the news (a coup, a war, an
earthquake), sport (the national team's opponent, the Sul-Americana, Formula One, jiu-jitsu, the Olympics). Plus
fillers and hesitations ("é tipo hã", "peraí peraí", "ai meu deus deu um branco"), terse forms, tails, follow-ups,
self-corrections, yes/no checks, reverse questions (a capital given, its country or state asked), official, old and
everyday names, shared names, plural questions, subdivisions and territories, out-of-domain near-misses (other facts
about a named country, "capital" in other senses: capital social, capital de giro, pecados capitais, Capital Inicial,
capital da moda), help, stop, cancel, launch and one-shot requests through the invocation name "capitais do mundo";
and what recognition writes: lost accents and tildes ("qual e", "paquistao", "ira"), lost hyphens, joined or split
words, English spellings.
`python3 tests/Eval/pt/round21/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 21's number); every line is pt-BR."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions.
plain-question | qual que é a capital {} | da eslováquia=SK; do quirguistão=KG; da letônia=LV
plain-question | a capital {} qual é | do malaui=MW; da zâmbia=ZM; de botsuana=BW
plain-question | me diz qual cidade é a capital {} | da namíbia=NA; do lesoto=LS; de angola=AO
plain-question | você sabe qual é a capital {} | do turcomenistão=TM; do tadjiquistão=TJ; do uzbequistão=UZ
plain-question | qual a capital {} hein | da lituânia=LT; da estônia=EE; da moldávia=MD
plain-question | qual cidade é capital {} | do zimbábue=ZW; de moçambique=MZ; do quênia=KE
plain-question | qual é a capital {} mesmo | da dinamarca=DK; da holanda=NL; da bélgica=BE

# Fillers and hesitations.
filler-hesitation | é tipo hã qual é a capital {} | do iêmen=YE; de omã=OM; do catar=QA
filler-hesitation | peraí peraí como é que é a capital {} | de taiwan=TW; do kosovo=XK; do saara ocidental=EH
filler-hesitation | ai meu deus deu um branco qual a capital {} | da líbia=LY; da tunísia=TN; da etiópia=ET
filler-hesitation | ahn então deixa eu ver a capital {} | do camboja=KH; do laos=LA; do mianmar=MM
filler-hesitation | hum hum a capital {} é o quê mesmo | do gabão=GA; do congo brazzaville=CG; da república centro-africana=CF
filler-hesitation | olha só é é qual é a capital {} | do chade=TD; do níger=NE; de camarões=CM

# Terse forms and tails.
terse | capital {} rápido | do butão=BT; do nepal=NP; de brunei=BN
terse | {} capital qual | nauru=NR; tuvalu=TV; quiribati=KI
terse | capital {} só isso | de palau=PW; de vanuatu=VU; das ilhas salomão=SB
terse | {} a capital | belize=BZ; honduras=HN; guatemala=GT
terse | a capital {} valeu | da jordânia=JO; do kuwait=KW; do bahrein=BH
terse | capital {} obrigadão | do sri lanka=LK; das maldivas=MV; de maurício=MU

# The sertão of Paraíba, Pernambuco and Rio Grande do Norte.
sertanejo | ei alexa meu fi me diga a capital {} | do níger=NE; do chade=TD; do mali=ML
sertanejo | vôti home qual é a capital {} | da mauritânia=MR; do senegal=SN; da gâmbia=GM
sertanejo | eita que eu esqueci a capital {} me diga aí | da guiné=GN; da serra leoa=SL; da libéria=LR
sertanejo | diga aí menina qual é a capital {} que eu não me lembro | do togo=TG; de gana=GH; da nigéria=NG
sertanejo | mulher me diga uma coisa a capital {} é qual | do equador=EC; da venezuela=VE; da colômbia=CO

# São Luís, Maranhão.
maranhense | rapá qual é a capital {} | do suriname=SR; da guiana=GY; da guiana francesa=GF
maranhense | lá ele que eu não sei a capital {} diz aí alexa | do cazaquistão=KZ; do azerbaijão=AZ; da armênia=AM
maranhense | alexa me diz tu a capital {} | de cuba=CU; do haiti=HT; da jamaica=JM
maranhense | rapá tu sabe a capital {} | da argélia=DZ; do marrocos=MA; do egito=EG

# The periphery of São Paulo.
quebrada | salve alexa qual é a capital {} tá ligado | da etiópia=ET; do quênia=KE; da tanzânia=TZ
quebrada | mó dúvida aqui truta qual a capital {} | de uganda=UG; de ruanda=RW; do burundi=BI
quebrada | ô alexa fortalece aí a capital {} | do sudão=SD; do sudão do sul=SS; da eritreia=ER
quebrada | fala tu alexa a capital {} é qual | da somália=SO; de djibuti=DJ; da eritreia mano=ER

# The Pantanal, Goiás and the coast.
pantaneiro | tô aqui na chalana com uns turista {} e eles perguntaram a capital de lá | da argentina=AR; do uruguai=UY; do paraguai=PY
pantaneiro | companheiro me diz a capital {} | do mato grosso=BR-MT; de goiás=BR-GO; do tocantins=BR-TO
goiano | cê sabe a capital {} uai | do chile=CL; do peru=PE; da bolívia=BO
goiano | ô alexa cê me fala a capital {} | do canadá=CA; do méxico=MX; de cuba aí=CU
caicara | tô aqui no barco de pesca em paraty e o turista quer saber a capital {} | da noruega=NO; da islândia=IS; da irlanda=IE

# Immigrants and refugees living in Brazil.
immigrant | bom dia alexa eu sou do haiti qual é capital {} mèsi | da república dominicana=DO; de porto rico=PR; das bahamas=BS
immigrant | yalla alexa qual capital {} habibi | da síria=SY; do líbano=LB; da jordânia=JO
immigrant | alexa eu moro aqui tem pouco tempo capital {} é qual | do afeganistão=AF; do paquistão=PK; do bangladesh=BD
immigrant | desculpa meu português qual é a capital {} | da mongólia=MN; da china=CN; do butão=BT
immigrant | alexa inshallah você sabe capital {} | do iraque=IQ; do irã=IR; da arábia saudita=SA
immigrant | waaw alexa eu sou senegalês qual a capital {} | da costa do marfim=CI; de guiné-bissau=GW; de cabo verde=CV
immigrant | eu tenho loja no brás alexa qual capital {} | de taiwan ali=TW; da coreia do sul=KR; do japão=JP

# Accessibility and speech therapy.
accessibility | alexa eu não enxergo o mapa me fala a capital {} | do equador=EC; do peru=PE; do paraguai=PY
accessibility | a fonoaudióloga mandou eu treinar falando então qual é a capital {} | da croácia=HR; da sérvia=RS; da bósnia=BA
accessibility | sou deficiente visual e tô estudando pro concurso qual a capital {} | da indonésia=ID; das filipinas=PH; do timor-leste=TL

# Radio amateurs and a model United Nations.
radio-amateur | fiz contato no radioamador com um colega {} qual é a capital de lá | da nova zelândia=NZ; de tonga=TO; de fiji=FJ
radio-amateur | câmbio alexa qual é a capital {} câmbio | de palau=PW; da micronésia=FM; das ilhas marshall=MH
radio-amateur | peguei um qsl {} qual a capital desse país | de samoa=WS; de nauru=NR; de tuvalu=TV
model-un | eu vou ser a delegação {} na simulação da onu qual é a capital | da eslovênia=SI; da macedônia do norte=MK; do montenegro=ME
model-un | sou delegada {} no modelo da onu me fala a capital | de vanuatu=VU; de samoa=WS; de quiribati=KI

# Work.
work | tô aqui cortando cabelo e o cliente perguntou a capital {} | da nicarágua=NI; de honduras=HN; de el salvador=SV
work | aqui na feira o freguês quer saber a capital {} | do marrocos=MA; da argélia=DZ; da tunísia=TN
work | abrindo a padaria aqui de madrugada me diz a capital {} | da noruega=NO; da suécia=SE; da finlândia=FI
work | no intervalo da série aqui na academia qual a capital {} | da bulgária=BG; da romênia=RO; da hungria=HU
work | a moça da farmácia apostou comigo a capital {} qual é | da áustria=AT; da suíça=CH; de liechtenstein=LI
work | aqui na biblioteca uma criança perguntou a capital {} | da letônia=LV; da albânia=AL; de chipre=CY
work | sou despachante aduaneiro e tem uma carga indo {} qual é a capital | pra angola=AO; pra moçambique=MZ; pro congo kinshasa=CD

# Kitchen, car, travel.
kitchen | tô fazendo um prato típico {} qual é a capital de lá mesmo | da tailândia=TH; do vietnã=VN; da indonésia=ID
kitchen | a receita é {} e me deu curiosidade qual é a capital | do méxico=MX; da grécia=GR; da índia=IN
kitchen | mexendo a panela aqui alexa a capital {} | da itália=IT; da espanha=ES; de portugal=PT
car | tô dirigindo não posso pegar o celular qual é a capital {} | da argentina=AR; do chile=CL; do uruguai=UY
car | no engarrafamento aqui alexa me tira uma dúvida capital {} | da colômbia=CO; da venezuela=VE; do panamá=PA
car | as crianças no banco de trás tão perguntando a capital {} | da costa rica=CR; da nicarágua=NI; de el salvador=SV
travel | minha conexão é {} qual a capital desse país | no catar=QA; nos emirados=AE; no kuwait=KW
travel | vou de mochilão {} qual é a capital | pro laos=LA; pro camboja=KH; pro mianmar=MM
travel | sou comissária e amanhã tenho voo {} qual é a capital | pra dinamarca=DK; pra irlanda=IE; pra bélgica=BE
travel | a gente vai de cruzeiro {} qual a capital | pra barbados=BB; pra santa lúcia=LC; pra granada=GD

# News and sport.
news | deu no jornal uma notícia {} qual é a capital de lá | da ucrânia=UA; da rússia=RU; de israel=IL
news | ouvi no rádio que teve golpe {} qual é a capital | em burquina faso=BF; no gabão=GA; na guiné-bissau=GW
news | teve um terremoto {} qual é a capital desse país | no afeganistão=AF; no nepal=NP; na turquia=TR
sport | o jogo da seleção é contra {} qual é a capital deles | o japão=JP; a coreia do sul=KR; a austrália=AU
sport | a corrida de fórmula um desse fim de semana é {} qual é a capital do país | no bahrein=BH; em mônaco=MC; no azerbaijão=AZ
sport | o lutador de jiu-jitsu veio {} qual a capital de lá | do cazaquistão=KZ; da geórgia o país=GE; do quirguistão=KG
sport | meu time pega um time {} na sul-americana qual é a capital | do equador=EC; da bolívia=BO; do paraguai=PY

# Children and elders.
child | alexa eu tenho sete anos qual é a capital {} | do egito=EG; da china=CN; da frança=FR
child | alexa é a laurinha qual é a capital {} | do canadá=CA; da alemanha=DE; da inglaterra=GB-ENG
child | no meu aniversário a gente vai brincar de capital qual é a capital {} | da rússia=RU; da índia=IN; da argentina=AR
elder | ô alexa sua danadinha qual é a capital {} | da polônia=PL; da tchéquia=CZ; da eslováquia=SK
elder | no meu tempo a gente decorava a capital {} qual é mesmo | da albânia=AL; da grécia=GR; de chipre=CY
elder | tô aqui no bingo do asilo e perguntaram a capital {} | da islândia=IS; de malta=MT; de andorra=AD

# Homework and quizzes.
homework | tô fazendo um trabalho de geografia sobre {} qual é a capital | o senegal=SN; a costa rica=CR; o belize=BZ
homework | a olimpíada de geografia é semana que vem me diz a capital {} | de brunei=BN; de timor-leste=TL; das filipinas=PH
homework | a tarefa de casa pede a capital {} | do tadjiquistão=TJ; do turcomenistão=TM; da geórgia país=GE
quiz | tô num quiz no bar e a pergunta é a capital {} | de são tomé e príncipe=ST; de cabo verde=CV; da guiné equatorial=GQ
quiz | na gincana dos escoteiros caiu a capital {} | de djibuti=DJ; da somália=SO; dos comores=KM
quiz | no grupo da família tão brigando por causa da capital {} | de maurício=MU; das seicheles=SC; de madagascar=MG
quiz | no quiz da festa junina perguntaram a capital {} | da suazilândia=SZ; do lesoto=LS; de ruanda=RW

# Polite.
polite | com licença alexa poderia me informar a capital {} | de antígua e barbuda=AG; de barbados=BB; de granada=GD
polite | alexa seria muita gentileza sua me dizer a capital {} | da dominica=DM; de trinidad e tobago=TT; de santa lúcia=LC
polite | bom dia querida você pode me ajudar com a capital {} | do vaticano=VA; de san marino=SM; de mônaco=MC
polite | por favor alexa qual seria a capital {} | de são vicente e granadinas=VC; de são cristóvão e névis=KN; da jamaica=JM

# English mixed in.
code-mixing | alexa sorry mas qual é a capital {} | da escócia=GB-SCT; do país de gales=GB-WLS; da irlanda do norte=GB-NIR
code-mixing | tipo assim random question qual a capital {} | da nova zelândia=NZ; do canadá=CA; da austrália=AU
code-mixing | alexa just checking a capital {} é qual | da finlândia=FI; da suécia=SE; da estônia=EE

# Recognition artefacts.
asr-artefact | qual e a capital {} | da tanzania=TZ; da etiopia=ET; do quenia=KE
asr-artefact | qual e capital {} | do paquistao=PK; do afeganistao=AF; do uzbequistao=UZ
asr-artefact | qualé a capital {} | da arabia saudita=SA; do ira=IR; do iraque=IQ
asr-artefact | a capital {} qual que e | da micronesia=FM; da polinesia francesa=PF; da nova caledonia=NC
asr-artefact | capital {} qual e | de sao cristovao e nevis=KN; de santa lucia=LC; de sao vicente e granadinas=VC
asr-artefact | qual a capital {} | da papua nova guine=PG; de trinidad tobago=TT; da guine bissau=GW
asr-artefact | qual é a capital {} | do zimbabwe=ZW; do malawi=MW; de botswana=BW
asr-artefact | qual é capital {} | da bielorussia=BY; do tajiquistao=TJ; do quirguistao=KG

# Follow-ups.
follow-up | e {} | do gabão=GA; da zâmbia=ZM; do malaui=MW
follow-up | beleza agora {} | o vietnã=VN; a mongólia=MN; o nepal=NP
follow-up | e {} qual é | o quênia=KE; a eritreia=ER; o burundi=BI
follow-up | show e {} | da letônia=LV; da lituânia=LT; da estônia=EE
follow-up | agora me fala {} | a da moldávia=MD; a da ucrânia=UA; a da bielorrússia=BY
follow-up | e pra {} a mesma pergunta | croácia=HR; eslovênia=SI; sérvia=RS
follow-up | tá bom e {} | a do haiti=HT; a de cuba=CU; a da república dominicana=DO
follow-up | e a capital {} também | do uruguai=UY; do paraguai=PY; da argentina=AR
follow-up | massa e {} | de honduras=HN; da guatemala=GT; do panamá=PA

# Self-corrections.
self-correction | qual é a capital da suécia não pera {} | da noruega=NO; da dinamarca=DK; da finlândia=FI
self-correction | a capital do peru digo {} | do equador=EC; do chile=CL; da colômbia=CO
self-correction | capital da áustria ops {} | da austrália=AU; da alemanha=DE; da hungria=HU
self-correction | a capital da guiné não não da {} | guiné-bissau=GW; guiné equatorial=GQ; papua-nova guiné=PG
self-correction | me fala a capital do níger quer dizer da nigéria | NG
self-correction | capital do irã ou melhor do iraque | IQ
self-correction | eslováquia não eslovênia qual a capital | SI
self-correction | qual é a capital da islândia irlanda desculpa irlanda | IE
self-correction | a capital da suíça ai errei da suécia | SE
self-correction | capital de malta não de mônaco | MC
self-correction | qual é a capital do sudão do sul não só do sudão | SD
self-correction | a capital da mauritânia opa maurício | MU
self-correction | capital da armênia não me enganei da albânia | AL

# Yes/no checks.
yes-no-check | a capital da austrália é sydney né | AU
yes-no-check | é verdade que a capital da turquia não é istambul | TR
yes-no-check | a capital do canadá é toronto ou não | CA
yes-no-check | confirma pra mim a capital da nigéria é lagos | NG
yes-no-check | a capital dos estados unidos é nova york certo | US
yes-no-check | zurique é a capital da suíça | CH
yes-no-check | a capital do marrocos é casablanca ou rabat | MA
yes-no-check | a capital da índia é mumbai né | IN
yes-no-check | a capital do vietnã é ho chi minh | VN
yes-no-check | é dubai a capital dos emirados | AE
yes-no-check | a capital da califórnia é los angeles não é | US-CA
yes-no-check | é auckland a capital da nova zelândia | NZ
yes-no-check | a capital de goiás é anápolis né | BR-GO
yes-no-check | a capital de santa catarina é joinville né | BR-SC
yes-no-check | a capital do equador é guayaquil | EC
yes-no-check | a capital de camarões é douala né | CM
yes-no-check | a capital da tanzânia é dar es salaam ou mudou | TZ
yes-no-check | a capital do paquistão é karachi né | PK
yes-no-check | a capital da costa do marfim é só abidjan | CI
yes-no-check | é verdade que a capital de myanmar mudou | MM

# Reverse questions: a capital given, its country or state asked.
reverse-question | {} é capital de qual país | ulan bator=CITY:Ulan Bator; tegucigalpa=CITY:Tegucigalpa; bishkek=CITY:Bishkek
reverse-question | de que país {} é a capital | ouagadougou=CITY:Ouagadougou; nouakchott=CITY:Nouakchott; windhoek=CITY:Windhoek
reverse-question | qual país tem {} como capital | paramaribo=CITY:Paramaribo; vientiane=CITY:Vientiane; asmara=CITY:Asmara
reverse-question | a cidade de {} é capital do quê | teresina=CITY:Teresina; palmas=CITY:Palmas; aracaju=CITY:Aracaju
reverse-question | {} é capital de onde | kingston=CITY:Kingston; victoria=CITY:Victoria; la paz=CITY:La Paz
reverse-question | me diz de onde {} é capital | campo grande=CITY:Campo Grande; porto velho=CITY:Porto Velho; macapá=CITY:Macapá
reverse-question | {} é a capital de que estado | tallahassee=CITY:Tallahassee; sacramento=CITY:Sacramento; boa vista=CITY:Boa Vista
reverse-question | de qual país a capital é {} | nairóbi=CITY:Nairóbi; lusaka=CITY:Lusaka; harare=CITY:Harare

# Official names.
official-name | qual é a capital da república {} | francesa=FR; italiana=IT; portuguesa=PT
official-name | me diz a capital {} | da federação russa=RU; dos estados unidos mexicanos=MX; da república popular da china=CN
official-name | qual a capital oficial {} | da república federal da alemanha=DE; da república helênica=GR; do grão-ducado de luxemburgo=LU
official-name | qual é a capital oficial {} | da república bolivariana da venezuela=VE; da república árabe síria=SY; da república tunisina=TN
official-name | e a capital {} | do reino unido da grã-bretanha e irlanda do norte=GB; da república democrática de timor-leste=TL; da república popular democrática da coreia=KP
official-name | sabe a capital {} | da república argelina democrática e popular=DZ; da república libanesa=LB; da confederação suíça=CH
official-name | a capital {} é qual mesmo | da república eslovaca=SK; da república da coreia=KR; da república federativa do brasil=BR

# Everyday names.
everyday-name | qual a capital dos {} | eua=US; emirados=AE; states=US
everyday-name | a capital {} | da holanda=NL; da república tcheca=CZ; da bósnia=BA
everyday-name | me diz a capital do {} | congo kinshasa=CD; congo brazzaville=CG; burkina=BF
everyday-name | qual é a capital da {} | américa=US; macedônia=MK; papua=PG
everyday-name | qual é a capital de {} | belarus=BY; timor=TL; trinidad=TT
everyday-name | capital da {} | grã-bretanha=GB; inglaterra=GB-ENG; rússia branca=BY

# Old names.
old-name | meu avô ainda fala {} qual é a capital de lá | ceilão=LK; daomé=BJ; birmânia=MM
old-name | qual é a capital {} que agora tem outro nome | da rodésia=ZW; do alto volta=BF; da bechuanalândia=BW
old-name | no mapa antigo tá escrito {} qual é a capital | sião=TH; pérsia=IR; niassalândia=MW
old-name | capital {} | do zaire=CD; da basutolândia=LS; da costa do ouro=GH
old-name | qual era a capital {} | das honduras britânicas=BZ; do kampuchea=KH; da rodésia do sul=ZW

# Shared names.
shared-name | qual é a capital do congo | CD+CG
shared-name | capital da coreia | KP+KR
shared-name | qual é a capital da geórgia | GE+US-GA
shared-name | capital das ilhas virgens | VG+VI
shared-name | a capital das duas coreias | KP+KR
shared-name | me fala a capital dos dois congos | CD+CG
shared-name | alexa a capital da geórgia qual é | GE+US-GA
shared-name | qual a capital das coreias | KP+KR
shared-name | e a capital do congo qual é | CD+CG
shared-name | das ilhas virgens qual é a capital | VG+VI

# Several capitals, asked in the plural.
plural-capitals | quais são as capitais {} | da áfrica do sul=ZA; da bolívia=BO; da malásia=MY
plural-capitals | quais as capitais {} | dos países baixos=NL; do benin=BJ; da costa do marfim=CI
plural-capitals | me fala as capitais {} | do sri lanka=LK; do essuatíni=SZ; da palestina=PS
plural-capitals | a {} tem duas capitais quais são | bolívia=BO; malásia=MY; costa do marfim=CI
plural-capitals | o {} tem duas capitais né quais são elas | benin=BJ; sri lanka=LK; essuatíni=SZ
plural-capitals | a áfrica do sul tem três capitais me diz todas | ZA
plural-capitals | quais são as duas capitais da holanda | NL
plural-capitals | eu li que a palestina tem duas capitais quais são | PS
plural-capitals | minha professora falou que a bolívia tem mais de uma capital quais são | BO
plural-capitals | quais sao as capitais da africa do sul | ZA
plural-capitals | capitais da suazilândia | SZ
plural-capitals | quais são as capitais dos territórios palestinos | PS
plural-capitals | me diz todas as capitais da áfrica do sul por favor | ZA
plural-capitals | as capitais do daomé quais eram | BJ
plural-capitals | quais capitais tem a malásia | MY
plural-capitals | as duas capitais do sri lanka como é que fala | LK
plural-capitals | quais são as capitais dos países baixos hoje em dia | NL
plural-capitals | a costa do marfim tem quais capitais | CI

# Subdivisions.
subdivision | qual é a capital do estado {} | do piauí=BR-PI; de sergipe=BR-SE; de alagoas=BR-AL
subdivision | capital {} qual é | do tocantins=BR-TO; de rondônia=BR-RO; de roraima=BR-RR
subdivision | a capital {} é qual cidade | do amapá=BR-AP; do acre=BR-AC; do mato grosso do sul=BR-MS
subdivision | me diz a capital {} que eu vou viajar pra lá | da paraíba=BR-PB; do rio grande do norte=BR-RN; do ceará=BR-CE
subdivision | capital {} rapidinho | do maranhão=BR-MA; do pará=BR-PA; do amazonas=BR-AM
subdivision | qual é a capital lá de {} | minas=BR-MG; pernambuco=BR-PE; santa catarina=BR-SC
subdivision | nos estados unidos qual é a capital {} | do texas=US-TX; da flórida=US-FL; de nova york=US-NY
subdivision | a capital {} lá nos eua | do alasca=US-AK; do havaí=US-HI; do colorado=US-CO
subdivision | capital do estado {} nos estados unidos | do kentucky=US-KY; do tennessee=US-TN; da pensilvânia=US-PA
subdivision | no canadá qual a capital {} | da colúmbia britânica=CA-BC; do quebec=CA-QC; da alberta=CA-AB
subdivision | na austrália qual a capital {} | da tasmânia=AU-TAS; do queensland=AU-QLD; da austrália ocidental=AU-WA
subdivision | na alemanha a capital {} é qual | da baviera=DE-BY; da saxônia=DE-SN; do hesse=DE-HE
subdivision | na índia qual é a capital {} | do kerala=IN-KL; de goa=IN-GA; do rajasthan=IN-RJ
subdivision | no méxico a capital {} qual é | de jalisco=MX-JAL; de oaxaca=MX-OAX; de chiapas=MX-CHP
subdivision | a capital {} é qual | do rio grande do sul=BR-RS; do espírito santo=BR-ES; do paraná=BR-PR

# Territories.
territory | qual é a capital {} alexa | da groenlândia=GL; das ilhas faroé=FO; de aruba=AW
territory | capital {} me fala | das bermudas=BM; das ilhas cayman=KY; de curaçao=CW
territory | a capital {} qual seria | de guam=GU; da samoa americana=AS; de porto rico=PR
territory | qual é a cidade capital {} | da martinica=MQ; de guadalupe=GP; da reunião=RE
territory | tem capital {} | gibraltar=GI; a ilha de man=IM; jersey=JE
territory | e qual a capital {} | das ilhas malvinas=FK; de santa helena=SH; das ilhas cook=CK

# One-shot requests through the invocation name.
one-shot | pergunta pro capitais do mundo a capital {} | da eritreia=ER; do sudão=SD; do iêmen=YE
one-shot | abre capitais do mundo e me diz a capital {} | da lituânia=LT; da nicarágua=NI; da guiana=GY
one-shot | alexa pede pro capitais do mundo qual é a capital {} | da libéria=LR; da serra leoa=SL; do suriname=SR
one-shot | usa o capitais do mundo pra me dizer a capital {} | de singapura=SG; da malásia=MY; de brunei=BN

# Opening the skill.
launch | abre o capitais do mundo | LAUNCH
launch | abrir capitais do mundo | LAUNCH
launch | alexa iniciar capitais do mundo | LAUNCH
launch | começa o capitais do mundo | LAUNCH
launch | quero jogar capitais do mundo | LAUNCH
launch | bota o capitais do mundo aí | LAUNCH
launch | ativa capitais do mundo | LAUNCH
launch | alexa carrega o capitais do mundo | LAUNCH
launch | entra no capitais do mundo | LAUNCH
launch | liga o capitais do mundo pra mim | LAUNCH
launch | abre aquele jogo capitais do mundo | LAUNCH
launch | vamos de capitais do mundo | LAUNCH
launch | inicia a skill capitais do mundo | LAUNCH
launch | me abre o capitais do mundo por favor | LAUNCH
launch | alexa executar capitais do mundo | LAUNCH
launch | coloca o capitais do mundo pra minha filha | LAUNCH
launch | abre capitais do mundo pra gente estudar | LAUNCH
launch | alexa quero brincar de capitais do mundo | LAUNCH

# Help.
help | como é que funciona isso | HELP
help | o que eu posso te perguntar | HELP
help | me ajuda aqui | HELP
help | ajuda aí alexa | HELP
help | não entendi como usa | HELP
help | socorro como funciona essa skill | HELP
help | quais perguntas você responde | HELP
help | me explica como jogar | HELP
help | tô perdida o que eu faço agora | HELP
help | preciso de ajuda | HELP
help | me dá uma ajuda aqui | HELP
help | como eu pergunto uma capital | HELP
help | que que eu falo agora | HELP
help | me ensina a usar | HELP
help | o que dá pra fazer aqui | HELP
help | quais são os comandos | HELP
help | ajuda por favor | HELP
help | explica de novo como funciona | HELP
help | não sei o que falar | HELP
help | rapá como é que mexe nisso | HELP
help | vôti home como é que usa esse negócio | HELP
help | alexa eu não enxergo me explica como funciona | HELP
help | o que é que esse jogo faz | HELP
help | me dá umas dicas de como usar | HELP

# Stop.
stop | para | STOP
stop | pare | STOP
stop | chega por hoje | STOP
stop | pode parar | STOP
stop | sair | STOP
stop | encerrar | STOP
stop | fecha a skill | STOP
stop | desliga | STOP
stop | para tudo | STOP
stop | já deu alexa | STOP
stop | tchau tchau | STOP
stop | parar | STOP
stop | pode desligar | STOP
stop | para de falar | STOP
stop | fecha isso aí | STOP
stop | sair do jogo | STOP
stop | encerra por favor | STOP
stop | chega de capital por hoje | STOP
stop | tô indo dormir pode fechar | STOP
stop | pode encerrar o capitais do mundo | STOP
stop | salve alexa pode parar aí | STOP
stop | câmbio desligo | STOP
stop | sai do capitais do mundo | STOP
stop | acabou o jogo pode sair | STOP

# Cancel.
cancel | cancela | CANCEL
cancel | cancelar | CANCEL
cancel | cancela isso | CANCEL
cancel | cancela aí | CANCEL
cancel | pode cancelar | CANCEL
cancel | cancela a pergunta | CANCEL
cancel | esquece | CANCEL
cancel | esquece isso | CANCEL
cancel | esquece o que eu falei | CANCEL
cancel | deixa pra lá | CANCEL
cancel | deixa pra lá alexa | CANCEL
cancel | cancela por favor | CANCEL
cancel | cancela essa | CANCEL
cancel | cancela cancela | CANCEL
cancel | esquece a pergunta | CANCEL
cancel | não era isso cancela | CANCEL
cancel | cancela que eu perguntei errado | CANCEL
cancel | rapá cancela isso aí | CANCEL
cancel | vôti cancela home | CANCEL
cancel | cancela a última | CANCEL
cancel | esquece essa pergunta alexa | CANCEL
cancel | cancela o que eu pedi | CANCEL
cancel | mudei de ideia cancela | CANCEL
cancel | anula essa pergunta | CANCEL

# Out of domain: other facts about a named country.
out-of-domain | quantos habitantes tem a nigéria | FB
out-of-domain | qual é a moeda da suíça | FB
out-of-domain | que língua falam na bélgica | FB
out-of-domain | quem é o presidente da argentina | FB
out-of-domain | qual a maior cidade da austrália | FB
out-of-domain | que horas são no japão agora | FB
out-of-domain | qual é o fuso horário de lisboa | FB
out-of-domain | como é a bandeira do canadá | FB
out-of-domain | qual é o prato típico do peru | FB
out-of-domain | qual o maior rio da china | FB
out-of-domain | quantos quilômetros daqui até buenos aires | FB
out-of-domain | qual o ddi da itália | FB
out-of-domain | precisa de visto pra ir pro chile | FB
out-of-domain | qual é a religião do marrocos | FB
out-of-domain | quantos estados tem o méxico | FB
out-of-domain | qual o ponto mais alto do nepal | FB
out-of-domain | quando foi a independência de angola | FB
out-of-domain | qual é a língua oficial de moçambique | FB
out-of-domain | qual o idh da noruega | FB
out-of-domain | quantos habitantes tem a capital do japão | FB
out-of-domain | como tá o tempo na capital da argentina | FB
out-of-domain | qual é o tamanho da rússia | FB
out-of-domain | em que continente fica o cazaquistão | FB
out-of-domain | quem é o rei da espanha | FB
out-of-domain | qual é o hino da frança | FB
out-of-domain | quanto custa uma passagem pra portugal | FB
out-of-domain | que país faz fronteira com a bolívia | FB
out-of-domain | qual o time mais famoso da capital inglesa | FB
out-of-domain | qual é a população de são paulo | FB
out-of-domain | quantos países tem na áfrica | FB
out-of-domain | qual é a moeda do haiti mèsi | FB
out-of-domain | yalla alexa que horas são em damasco | FB
out-of-domain | qual o código do aeroporto de cartum | FB
out-of-domain | quem fundou brasília | FB
out-of-domain | qual é a sigla do estado do tocantins | FB
out-of-domain | qual o prefixo de rádio do japão | FB
out-of-domain | qual a distância de manaus até caracas | FB
out-of-domain | qual a língua que se fala no suriname | FB

# Out of domain: capital in other senses.
out-of-domain | quanto capital eu preciso pra abrir um mei | FB
out-of-domain | o que é capital social de uma empresa | FB
out-of-domain | como calcular capital de giro | FB
out-of-domain | qual a diferença entre capital aberto e fechado | FB
out-of-domain | toca capital inicial | FB
out-of-domain | quais são os sete pecados capitais | FB
out-of-domain | o que é capitalismo | FB
out-of-domain | qual é a capital nacional do forró | FB
out-of-domain | qual é a capital mundial da moda | FB
out-of-domain | o que significa pena capital | FB
out-of-domain | o que é capital humano | FB
out-of-domain | o que foram as capitanias hereditárias | FB
out-of-domain | quem escreveu o livro o capital | FB
out-of-domain | como tá o trânsito na capital agora | FB
out-of-domain | como se diz letra maiúscula em inglês | FB
out-of-domain | qual é o capital mínimo pra abrir uma empresa | FB
out-of-domain | toca a música que fala da capital do rock | FB
out-of-domain | o que é ganho de capital no imposto de renda | FB
out-of-domain | quantas capitais tem o brasil | FB
out-of-domain | qual capital brasileira tem mais habitantes | FB
out-of-domain | qual é a capital mais fria do mundo | FB
out-of-domain | me fala uma capital que começa com a letra u | FB
out-of-domain | qual o voo mais barato pra uma capital da europa | FB

# Out of domain: everyday requests.
out-of-domain | toca um forró pé de serra | FB
out-of-domain | põe um timer de dez minutos pro bolo | FB
out-of-domain | qual a previsão do tempo pra amanhã | FB
out-of-domain | conta uma piada | FB
out-of-domain | adiciona arroz na lista de compras | FB
out-of-domain | que dia é hoje | FB
out-of-domain | acende a luz da sala | FB
out-of-domain | quanto é sete vezes oito | FB
out-of-domain | me acorda às seis | FB
out-of-domain | qual foi o resultado do jogo do flamengo | FB
out-of-domain | quem descobriu o brasil | FB
out-of-domain | soletra paralelepípedo | FB
out-of-domain | salve alexa toca um rap nacional | FB
out-of-domain | vôti alexa vai chover hoje no cariri | FB
out-of-domain | quanto tá o dólar hoje | FB
out-of-domain | qual é a maré hoje em ubatuba | FB
out-of-domain | quando começa o bingo do asilo | FB
out-of-domain | liga pro meu filho | FB
out-of-domain | lê as notícias de hoje | FB
out-of-domain | quanto tempo de cozimento tem o feijão na pressão | FB
out-of-domain | qual farmácia tá aberta agora | FB
out-of-domain | qual é a frequência da rádio cbn | FB
out-of-domain | toca o hino do flamengo | FB
out-of-domain | fala uma curiosidade | FB
out-of-domain | onde eu compro pequi congelado | FB
out-of-domain | quantas calorias tem um pão francês | FB
out-of-domain | lá ele alexa conta uma história | FB
out-of-domain | repete a última música | FB
out-of-domain | rapá que horas fecha o mercado | FB
out-of-domain | quem canta asa branca | FB

# Second batch, after the first build (655 kept): stop, cancel, help, shared-name and out-of-domain lines in the
# speakers' own voices (short stop and cancel lines were in earlier rounds), more plural questions.
stop | ei alexa meu fi pode parar agora | STOP
stop | vôti chega home desliga isso | STOP
stop | rapá para com isso aí | STOP
stop | truta pode fechar o jogo aí | STOP
stop | desliga o capitais do mundo que o cliente chegou | STOP
stop | para alexa a padaria vai abrir agora | STOP
stop | encerra o jogo que a fono chegou | STOP
stop | fecha o capitais do mundo por hoje | STOP
stop | chega de pergunta alexa pode sair | STOP
stop | sai desse jogo aí alexa | STOP
stop | para já chega de geografia | STOP
stop | pode parar menina já deu | STOP
stop | para tudo e fecha a skill | STOP
stop | desliga isso que o bingo vai começar | STOP
stop | encerra aí que eu vou dormir | STOP
stop | sair do capitais do mundo agora | STOP
stop | acabou a aula pode fechar | STOP
stop | fecha tudo alexa tchau | STOP
cancel | ei alexa meu fi cancela essa aí | CANCEL
cancel | truta cancela essa pergunta | CANCEL
cancel | esquece essa capital aí | CANCEL
cancel | cancela que eu falei o país errado | CANCEL
cancel | cancela o pedido que eu fiz agora | CANCEL
cancel | deixa pra lá essa pergunta | CANCEL
cancel | esquece alexa não precisa mais | CANCEL
cancel | cancela essa que o freguês já foi embora | CANCEL
cancel | cancela isso que a criança já dormiu | CANCEL
cancel | esquece o que eu perguntei habibi | CANCEL
cancel | pode esquecer essa pergunta | CANCEL
cancel | cancela essa operação | CANCEL
cancel | cancela alexa cancela essa aí | CANCEL
cancel | não quero mais saber cancela | CANCEL
cancel | lá ele cancela isso rapá | CANCEL
cancel | cancela a pergunta da capital | CANCEL
cancel | anula o que eu disse | CANCEL
cancel | esquece essa última pergunta | CANCEL
help | ei alexa meu fi me explica como é que funciona | HELP
help | truta como que joga esse bagulho | HELP
help | o que eu tenho que falar pra perguntar uma capital | HELP
help | me ajuda a usar o capitais do mundo | HELP
help | desculpa meu português como usa isso | HELP
help | a professora mandou usar isso mas como funciona | HELP
help | como é que eu faço pra saber a capital de um país | HELP
help | que tipo de pergunta eu posso fazer | HELP
shared-name | ei alexa qual é a capital da coreia | KP+KR
shared-name | capital do congo qual que é | CD+CG
shared-name | qual é a capital das ilhas virgens hein | VG+VI
shared-name | me diz a capital da geórgia por favor | GE+US-GA
shared-name | e a coreia qual é a capital | KP+KR
shared-name | as capitais dos congos quais são | CD+CG
shared-name | a capital da geórgia é qual | GE+US-GA
plural-capitals | ô alexa quais são as capitais do benin | BJ
plural-capitals | quais são as três capitais da áfrica do sul | ZA
plural-capitals | as capitais da malásia quais são | MY
plural-capitals | me fala as duas capitais da bolívia | BO
plural-capitals | quais as capitais do essuatíni | SZ
plural-capitals | as capitais da palestina quais são | PS
plural-capitals | quais são as capitais da costa do marfim hoje | CI
plural-capitals | me diz as capitais do sri lanka | LK
plural-capitals | quais são as capitais da holanda | NL
out-of-domain | quantos habitantes tem o uruguai | FB
out-of-domain | qual é a moeda de angola | FB
out-of-domain | que língua se fala no paquistão | FB
out-of-domain | quem é o primeiro-ministro da índia | FB
out-of-domain | qual é a maior cidade da turquia | FB
out-of-domain | que horas são em lisboa agora | FB
out-of-domain | qual a comida típica da síria | FB
out-of-domain | quantos habitantes tem a capital da nigéria | FB
out-of-domain | qual é o clima da capital do egito | FB
out-of-domain | qual é o maior país da américa do sul | FB
out-of-domain | o haiti fica em que continente | FB
out-of-domain | qual é a bandeira do líbano | FB
out-of-domain | quem ganhou a eleição na venezuela | FB
out-of-domain | precisa de passaporte pra ir pro paraguai | FB
out-of-domain | qual é o esporte mais popular do afeganistão | FB
out-of-domain | qual é o maior lago da áfrica | FB
out-of-domain | quantos fusos horários tem a rússia | FB
out-of-domain | qual a temperatura em cuiabá agora | FB
out-of-domain | o que é uma capital federal | FB
out-of-domain | qual a diferença entre capital e metrópole | FB
out-of-domain | quanto rende o capital aplicado no tesouro | FB
out-of-domain | o que é capital de risco | FB
out-of-domain | toca música da banda capital inicial | FB
out-of-domain | qual é a capital da música sertaneja | FB
out-of-domain | quais capitais do nordeste têm praia | FB
out-of-domain | capitalize essa palavra | FB
out-of-domain | bota um alarme pra amanhã às cinco | FB
out-of-domain | como tá o trânsito na marginal | FB
out-of-domain | qual é o horóscopo de hoje | FB
out-of-domain | quanto custa um corte de cabelo degradê | FB
"""

if __name__ == "__main__":
    build_round(21, "pt", LINES, sys.argv, "tests/Eval/pt/round21/source/build_corpus.py")
