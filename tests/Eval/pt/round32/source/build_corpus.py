"""Round 32, Portuguese (pt-BR): a new author's own mix, written blind at the end of the thirty-first session (brief
WRITER38.md), with speakers, situations and wordings chosen apart from rounds 28 to 31.

Regions: paraenses of Belém and the Ver-o-Peso ("égua", "mana", "te orienta", the Círio), manezinhos of Florianópolis
and the Lagoa da Conceição ("ó-lhó-lhó", "queres", "tás tolo"), cuiabanos ("tchá por deus", "pai do céu"), gaúchos of
Pelotas ("bah", "tchê", "tri", "capaz", "faceiro"), recifenses ("visse", "arretado", "oxente"), cariocas of Madureira
("caraca", "mermão", "sinistro"), capixabas of Vila Velha, mineiros ("uai sô", "ô trem"), baianos ("meu rei", "painho"),
paulistanos of the periphery ("aí mano", "na moral"), manauaras, sergipanos of Aracaju. Immigrant and heritage
speakers: Venezuelans of Boa Vista and Pacaraima ("chamo", "pana", "oye"), Bolivian seamstresses of the Brás, Angolans
in Rio ("kota", "bué"), a Mozambican ("eh pá"), Japanese-Brazilians of Bastos ("ojisan", "arigatô"), Lebanese and
Syrian families ("habibi", "marhaba"), Italian descendants of the Serra Gaúcha ("ostrega", the nonna), Pomeranians of
Espírito Santo, German, Polish, Chinese, Korean, Russian, Indian, Afghan, Turkish and Senegalese speakers, a Syrian
refugee. Learners (learner grammar on purpose: "capital de país portugal", "qual é a capital de o brasil", "o capital
da áustria"). Children (Turma da Mônica, Peppa Pig, Bluey, Patrulha Canina, Minecraft, the zoo, homework). Teenagers
(Free Fire, Roblox, K-pop, TikTok, a geography test; "tipo", "rapidão", "tá ligado", "real oficial", "cringe").
Elders (a grandmother, a retired trucker, a rubber-tapper grandfather, a benzedeira, "fala mais alto", "repete
devagar"). Work: a customs officer of the port of Santos, a flight attendant, a call-centre agent, a cruise-ship
waiter, a geography teacher, a samba-school enredo, an IBGE mapmaker, a translator, a travel agent, a trucker, a pilot,
a newspaper editor, a consulate clerk. Home: washing up, a cake in the oven, the family lunch, laundry, a shower, a
barbecue, insomnia. Games: Stop/adedonha, War, Kahoot, a bar quiz, a pizza bet, Show do Milhão. Sport: the Los Angeles
Olympics, the volleyball Nations League, Formula One, the Libertadores, the World Cup, the São Silvestre, handball,
UFC. Travel: a backpacking trip, the Trans-Siberian, Interrail, a honeymoon, an exchange, a stopover, a safari, a
cruise. ASR artefacts: lost accents ("estonia", "japao"), split words ("guate mala", "singa pura", "ingla terra"),
dropped endings ("equado", "filipina"). Self-corrections carry a marker ("não pera digo", "ops quer dizer",
"desculpa", "não espera", "foi mal eu quis dizer", "errei", "corrigindo", "perdão", "aliás", "me confundi", "me
enganei", "opa na verdade", "corrige aí"); the last place named is expected.

Sources: LINES below in the round-12 entry format (`family | frame or sentence | expected`; a fill carries its own
preposition and article, "da estônia", "do quênia"), built by build_round of tests/Eval/source/round12_hinl_corpus.py
(round 32), dropping every (utterance, locale) pair of the earlier Portuguese rounds.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
regional-speech | égua mana alexa qual é a capital {} | da estônia=EE; da letônia=LV; do azerbaijão=AZ
regional-speech | te orienta alexa e me diz a capital {} | do quênia=KE; da etiópia=ET
regional-speech | lá no ver o peso o freguês perguntou a capital {} | do uruguai=UY; do paraguai=PY; do equador=EC
regional-speech | égua do troço alexa eu não sei a capital {} | do butão=BT; do nepal=NP
regional-speech | mana do céu alexa qual a capital {} hein | da mongólia=MN
regional-speech | ó-lhó-lhó alexa queres me dizer a capital {} | da noruega=NO; da islândia=IS
regional-speech | tás tolo alexa e a capital {} qual é | da dinamarca=DK; da suécia=SE
regional-speech | aqui da lagoa da conceição alexa me diz a capital {} | da nova zelândia=NZ; da austrália=AU
regional-speech | tchá por deus alexa qual que é a capital {} | da bolívia=BO; do peru=PE
regional-speech | pai do céu alexa me fala a capital {} que o menino quer saber | do chile=CL; da colômbia=CO
regional-speech | aqui de cuiabá alexa a capital {} é qual | da venezuela=VE; da guiana=GY
regional-speech | bah tchê alexa qual é a capital {} | da ucrânia=UA; da moldávia=MD; da romênia=RO
regional-speech | tri difícil essa alexa a capital {} qual é | da eslovênia=SI; da eslováquia=SK
regional-speech | capaz que tu não sabe alexa a capital {} | da bulgária=BG; da macedônia do norte=MK
regional-speech | lá de pelotas alexa me diz bem faceiro a capital {} | da albânia=AL; do montenegro=ME
regional-speech | visse alexa qual é a capital {} | da nigéria=NG; de gana=GH; do togo=TG
regional-speech | arretado demais alexa agora diz a capital {} | de camarões=CM; do gabão=GA
regional-speech | oxente alexa me diga aí a capital {} visse | da serra leoa=SL; da libéria=LR
regional-speech | caraca mermão alexa qual é a capital {} | da sérvia=RS; da croácia=HR
regional-speech | sinistro alexa qual é a capital {} | do cazaquistão=KZ; do uzbequistão=UZ
regional-speech | lá em madureira a gente tava discutindo a capital {} alexa | de angola=AO; de moçambique=MZ
regional-speech | capixaba aqui alexa me diz a capital {} | da tunísia=TN; da líbia=LY
regional-speech | lá de vila velha alexa a capital {} qual é | do sudão=SD; do sudão do sul=SS
regional-speech | uai sô alexa cê sabe a capital {} | da jordânia=JO; da síria=SY
regional-speech | ô trem alexa qual é a capital {} | do iraque=IQ; do irã=IR
regional-speech | ô meu rei alexa me diga a capital {} | de cabo verde=CV; de são tomé e príncipe=ST
regional-speech | painho quer saber alexa a capital {} | da guiné-bissau=GW; da guiné equatorial=GQ
regional-speech | aí mano alexa na moral qual é a capital {} | da indonésia=ID; das filipinas=PH
regional-speech | meu manauara alexa qual a capital {} égua | da guiana francesa=GF; do suriname=SR
regional-speech | rapaz aqui de aracaju alexa me diz a capital {} | de honduras=HN; da nicarágua=NI
regional-speech | tu vai me dizer alexa a capital {} ou não vai | da costa rica=CR; do panamá=PA
immigrant-speech | chamo alexa qual es la capital {} | da venezuela=VE; da colômbia=CO
immigrant-speech | pana alexa me diz a capital {} por favor | de cuba=CU; da república dominicana=DO
immigrant-speech | aqui em pacaraima alexa a capital {} qual é | da guiana=GY; de trinidad e tobago=TT
immigrant-speech | oye alexa cuál es la capital {} en portugués | do equador=EC; do peru=PE
immigrant-speech | lá do brás a costureira boliviana perguntou a capital {} | do paraguai=PY; da argentina=AR
immigrant-speech | kota alexa diz lá a capital {} | da namíbia=NA; da zâmbia=ZM; do zimbábue=ZW
immigrant-speech | é bué difícil alexa qual é a capital {} | do congo brazzaville=CG; do malaui=MW
immigrant-speech | eh pá alexa qual é a capital {} | de moçambique=MZ; de timor-leste=TL
immigrant-speech | ojisan aqui de bastos alexa qual é a capital {} | do japão=JP; da coreia do sul=KR
immigrant-speech | arigatô alexa e a capital {} | de taiwan=TW; do vietnã=VN
immigrant-speech | habibi alexa me diga a capital {} | do líbano=LB; da síria=SY; da jordânia=JO
immigrant-speech | marhaba alexa qual é a capital {} | do kuwait=KW; do catar=QA; de omã=OM
immigrant-speech | ostrega alexa qual è a capital {} | da itália=IT; de san marino=SM
immigrant-speech | nonna quer saber alexa a capital {} | do vaticano=VA; de malta=MT
immigrant-speech | guten tag alexa qual é a capital {} | da áustria=AT; de liechtenstein=LI
immigrant-speech | o vô pomerano quer saber alexa a capital {} | da polônia=PL; da alemanha=DE
immigrant-speech | ni hao alexa capital {} qual | da china=CN; da mongólia=MN
immigrant-speech | annyeong alexa a capital {} qual é | da coreia do norte=KP
immigrant-speech | privet alexa qual é a capital {} | da rússia=RU; da bielorrússia=BY
immigrant-speech | dzien dobry alexa a capital {} | da lituânia=LT
immigrant-speech | namastê alexa qual a capital {} | da índia=IN; do bangladesh=BD; do paquistão=PK
immigrant-speech | salam alexa me diz a capital {} | do afeganistão=AF; do tadjiquistão=TJ
immigrant-speech | merhaba alexa a capital {} é qual | da turquia=TR; de chipre=CY
immigrant-speech | bonjour alexa a capital {} c'est quoi | do senegal=SN; do mali=ML; do níger=NE
immigrant-speech | o refugiado sírio da minha rua quer saber alexa a capital {} | do iêmen=YE; da arábia saudita=SA
immigrant-speech | a vizinha angolana perguntou alexa a capital {} | da república democrática do congo=CD; de ruanda=RW
learner-speech | alexa capital {} é qual por favor | da finlândia=FI; da estônia=EE
learner-speech | alexa eu quero saber qual é capital {} | do canadá=CA; do méxico=MX
learner-speech | alexa por favor você diz para mim capital {} | da tailândia=TH; do camboja=KH; do laos=LA
learner-speech | alexa qual é a capital de o {} | brasil=BR; marrocos=MA
learner-speech | alexa me fala como se chama a cidade principal {} | da hungria=HU; da grécia=GR
learner-speech | alexa onde fica o governo {} qual cidade | da suíça=CH; da bélgica=BE
learner-speech | alexa eu estudo português qual é a capital {} | dos estados unidos=US; da irlanda=IE
learner-speech | alexa você sabe capital de país {} | portugal=PT; espanha=ES; frança=FR
learner-speech | alexa o capital {} qual é | da áustria=AT; do egito=EG
learner-speech | alexa tem capital {} | de madagascar=MG; de maurício=MU
child-speech | alexa a mônica quer saber a capital {} | da frança=FR; da inglaterra=GB-ENG
child-speech | alexa o cebolinha não sabe a capital {} | do japão=JP
child-speech | alexa a peppa foi pra {} qual é a capital de lá | austrália=AU; escócia=GB-SCT
child-speech | alexa no desenho da bluey eles falam da capital {} qual é | da austrália=AU
child-speech | alexa a patrulha canina foi pra capital {} qual é | do canadá=CA; da islândia=IS
child-speech | alexa no minecraft eu construí a capital {} como chama | do egito=EG; da grécia=GR; da itália=IT
child-speech | alexa minha professora perguntou a capital {} | do chile=CL; da argentina=AR
child-speech | alexa eu tenho seis anos qual é a capital {} | da china=CN; da rússia=RU
child-speech | alexa alexa alexa qual é a capital {} | do quênia=KE; da tanzânia=TZ
child-speech | alexa eu vi um leão no zoológico ele veio da capital {} qual é | da áfrica do sul=ZA
child-speech | alexa o pinguim mora na capital {} | da antártida=AQ
child-speech | alexa pra lição de casa a capital {} | do marrocos=MA; da argélia=DZ
child-speech | alexa a tia da escola quer a capital {} | do haiti=HT; da jamaica=JM
teen-speech | alexa tipo qual é a capital {} | do catar=QA; dos emirados árabes unidos=AE
teen-speech | alexa no free fire tem um mapa da capital {} como é o nome | da tailândia=TH; do vietnã=VN
teen-speech | alexa no roblox tem um servidor {} qual é a capital de lá | da coreia do sul=KR; da turquia=TR
teen-speech | alexa o meu idol de k-pop nasceu na capital {} qual é | da coreia do sul=KR
teen-speech | alexa vi no tiktok que ninguém sabe a capital {} e aí | do cazaquistão=KZ; do turcomenistão=TM; do quirguistão=KG
teen-speech | alexa rapidão a capital {} | de burquina faso=BF; do benin=BJ
teen-speech | alexa pô qual é a capital {} na real | da austrália=AU; do canadá=CA
teen-speech | alexa tá ligado a capital {} me fala aí | da jamaica=JM; das bahamas=BS
teen-speech | alexa pra prova de geografia de amanhã a capital {} | do zimbábue=ZW; de botsuana=BW
teen-speech | alexa real oficial qual é a capital {} | da suíça=CH; da holanda=NL
teen-speech | alexa cringe mas eu não sei a capital {} | da nova zelândia=NZ; da irlanda=IE
elder-speech | alexa minha querida a vovó quer saber a capital {} | de portugal=PT; da espanha=ES
elder-speech | ô moça da caixinha qual é a capital {} | da alemanha=DE; da polônia=PL
elder-speech | alexa no meu tempo de caminhoneiro eu ouvia falar da capital {} qual é | da argentina=AR; do uruguai=UY
elder-speech | alexa o vovô seringueiro quer saber a capital {} | da bolívia=BO; do peru=PE
elder-speech | alexa a benzedeira aqui quer saber a capital {} minha filha | de israel=IL; do egito=EG
elder-speech | alexa fala mais alto a capital {} | da hungria=HU; da tchéquia=CZ
elder-speech | alexa eu tenho oitenta e dois anos e nunca soube a capital {} | da finlândia=FI; da noruega=NO
elder-speech | alexa minha netinha qual a capital {} | da índia=IN; do sri lanka=LK
elder-speech | alexa repete devagar a capital {} | do azerbaijão=AZ; da geórgia país=GE
work-context | alexa aqui da alfândega do porto de santos o container veio {} qual é a capital | da indonésia=ID; da malásia=MY
work-context | alexa sou comissária de bordo amanhã vou pra capital {} qual é | do marrocos=MA; da etiópia=ET
work-context | alexa no call center o cliente ligou {} qual é a capital de lá | de portugal=PT; da irlanda=IE
work-context | alexa trabalho num navio de cruzeiro e a próxima parada é a capital {} qual é | das bahamas=BS; de barbados=BB; de santa lúcia=LC
work-context | alexa professora de geografia aqui qual é a capital {} | da eritreia=ER; de djibuti=DJ; da somália=SO
work-context | alexa a escola de samba vai fazer enredo sobre a capital {} qual é | da nigéria=NG; de benin=BJ
work-context | alexa no ibge estou montando um mapa qual é a capital {} | da guiné=GN; da gâmbia=GM
work-context | alexa sou tradutor e preciso da capital {} | da eslovênia=SI; da croácia=HR
work-context | alexa na agência de turismo o cliente quer a capital {} | das maldivas=MV; das seicheles=SC
work-context | alexa sou caminhoneiro e vou levar carga pra capital {} qual é | do paraguai=PY; da bolívia=BO
work-context | alexa o piloto quer saber a capital {} pro plano de voo | de cabo verde=CV; do senegal=SN
work-context | alexa o editor do jornal pediu a capital {} | de mianmar=MM; do sri lanka=LK
work-context | alexa aqui do consulado qual é a capital {} | de são vicente e granadinas=VC; de granada=GD
home-context | alexa enquanto eu lavo a louça me diz a capital {} | da letônia=LV; da lituânia=LT
home-context | alexa o bolo tá no forno e eu quero saber a capital {} | da áustria=AT; da suíça=CH
home-context | alexa na hora do almoço a família brigou pela capital {} qual é | da austrália=AU; da turquia=TR
home-context | alexa lá da lavanderia qual é a capital {} | do canadá=CA; dos estados unidos=US
home-context | alexa enquanto dobro a roupa me fala a capital {} | da nova zelândia=NZ; de fiji=FJ
home-context | alexa tô no banho me fala a capital {} | do brasil=BR
home-context | alexa o churrasco tá pronto e o povo quer saber a capital {} | da argentina=AR; do uruguai=UY
home-context | alexa de madrugada sem sono qual é a capital {} | da mongólia=MN; do cazaquistão=KZ
game-context | alexa no stop saiu a letra b qual é a capital {} | da bélgica=BE; da bulgária=BG
game-context | alexa no adedonha a gente precisa da capital {} | de botsuana=BW; do burundi=BI
game-context | alexa no war eu conquistei {} qual é a capital | a argélia=DZ; a mongólia=MN
game-context | alexa no kahoot da escola caiu a capital {} qual é | do cazaquistão=KZ; do uzbequistão=UZ
game-context | alexa é pergunta do quiz do bar qual é a capital {} | de palau=PW; da micronésia=FM; das ilhas marshall=MH
game-context | alexa a aposta é quem paga a pizza qual é a capital {} | de tonga=TO; de samoa=WS
game-context | alexa no jogo de tabuleiro a carta pede a capital {} | de quiribati=KI; de tuvalu=TV; de nauru=NR
game-context | alexa valendo um milhão qual é a capital {} | de andorra=AD; de mônaco=MC; de liechtenstein=LI
game-context | alexa no show do milhão perguntaram a capital {} qual é | do luxemburgo=LU
sport-context | alexa nas olimpíadas de los angeles o brasil vai jogar contra {} qual a capital | a sérvia=RS; a polônia=PL
sport-context | alexa na liga das nações de vôlei o jogo é na capital {} qual é | da turquia=TR; do japão=JP
sport-context | alexa a fórmula um vai correr {} qual é a capital de lá | no azerbaijão=AZ; no barein=BH; na hungria=HU
sport-context | alexa na libertadores o time vai jogar na capital {} | do equador=EC; da bolívia=BO
sport-context | alexa o brasil joga contra {} na copa qual é a capital de lá | a croácia=HR; o marrocos=MA; a coreia do sul=KR
sport-context | alexa o corredor da são silvestre veio {} qual é a capital | do quênia=KE; da etiópia=ET; de uganda=UG
sport-context | alexa a seleção de handebol vai jogar na capital {} qual é | da noruega=NO; da dinamarca=DK
sport-context | alexa o lutador do ufc é {} qual a capital de lá | da rússia=RU; da geórgia o país=GE
travel-context | alexa vou fazer mochilão pela capital {} qual é | da bolívia=BO; do peru=PE
travel-context | alexa no transiberiano a gente passa pela capital {} qual é | da mongólia=MN; da rússia=RU
travel-context | alexa de interrail vou chegar na capital {} qual é o nome | da eslováquia=SK; da áustria=AT
travel-context | alexa minha lua de mel vai ser {} qual é a capital | nas maldivas=MV; em maurício=MU
travel-context | alexa vou de intercâmbio pra {} qual a capital | irlanda=IE; malta=MT; nova zelândia=NZ
travel-context | alexa o voo faz escala na capital {} qual é | do panamá=PA; da etiópia=ET
travel-context | alexa vou fazer um safári {} e quero saber a capital | na tanzânia=TZ; em botsuana=BW; no quênia=KE
travel-context | alexa o cruzeiro passa pela capital {} qual é | da croácia=HR; do montenegro=ME
direct-question | alexa qual é a capital atual {} | do burundi=BI; da tanzânia=TZ; do cazaquistão=KZ
direct-question | alexa qual seria a capital {} | do gabão=GA; do congo kinshasa=CD
direct-question | alexa qual cidade é a capital {} | da costa do marfim=CI
direct-question | alexa qual é mesmo a cidade capital {} | da mauritânia=MR; do chade=TD; da república centro-africana=CF
direct-question | alexa como chama a capital {} | de comores=KM; de seicheles=SC
direct-question | alexa que cidade é a sede do governo {} | da bolívia=BO
direct-question | alexa onde fica a capital {} | do butão=BT; de brunei=BN
direct-question | alexa a capital {} como é que se chama | do belize=BZ; de el salvador=SV; da guatemala=GT
polite-request | alexa por gentileza me informe a capital {} | da dominica=DM; de antígua e barbuda=AG
polite-request | alexa se não for incômodo qual é a capital {} | de são cristóvão e névis=KN; de santa lúcia=LC
polite-request | alexa faz um favorzinho me diz a capital {} | da eritreia=ER; do lesoto=LS
polite-request | alexa desculpa incomodar qual é a capital {} | do essuatíni=SZ
polite-request | alexa com licença você poderia me dizer a capital {} | da papua-nova guiné=PG; das ilhas salomão=SB; de vanuatu=VU
polite-request | alexa muito obrigado desde já qual é a capital {} | de singapura=SG; de timor-leste=TL
polite-request | alexa seria possível me falar a capital {} | do sudão=SD; da libéria=LR
imperative | alexa responde aí a capital {} | do níger=NE; do mali=ML
imperative | alexa pesquisa a capital {} | do malaui=MW; de moçambique=MZ
imperative | alexa descobre pra mim a capital {} | de djibuti=DJ; da somália=SO
imperative | alexa manda a capital {} | de ruanda=RW; de uganda=UG
imperative | alexa lê pra mim a capital {} | da guiné=GN; de gana=GH
imperative | alexa fala logo a capital {} sem enrolar | da síria=SY; do líbano=LB
do-you-know | alexa tu sabes qual é a capital {} | de cuba=CU; do haiti=HT
do-you-know | alexa será que você sabe a capital {} | do barein=BH; do kuwait=KW
do-you-know | alexa você por acaso sabe a capital {} | do tadjiquistão=TJ; do quirguistão=KG
do-you-know | alexa cê faz ideia de qual é a capital {} | da mauritânia=MR; do senegal=SN
do-you-know | alexa tem como você me dizer a capital {} | da namíbia=NA; de angola=AO
leading-filler | é então alexa qual é a capital {} | da armênia=AM; da geórgia país=GE
leading-filler | hum deixa eu ver alexa a capital {} | da bósnia=BA; da albânia=AL
leading-filler | olha só alexa qual é a capital {} | do chipre=CY; da grécia=GR
leading-filler | então né alexa a capital {} | da sérvia=RS; do kosovo=XK
leading-filler | ah alexa tá bom e a capital {} | do afeganistão=AF; do irã=IR
leading-filler | ééé alexa hum qual é a capital {} | do nepal=NP; do bangladesh=BD
trailing-words | alexa qual é a capital {} por favor obrigada | da eslovênia=SI; de andorra=AD
trailing-words | alexa qual é a capital {} tá bom | do iêmen=YE; de omã=OM
trailing-words | alexa qual é a capital {} valeu | do paquistão=PK; do butão=BT
trailing-words | alexa qual é a capital {} beleza | do camboja=KH; de brunei=BN
trailing-words | alexa qual é a capital {} que eu esqueci de novo | da libéria=LR; da serra leoa=SL
trailing-words | alexa qual é a capital {} viu querida | de malta=MT; de mônaco=MC
bare-name | alexa capital {} | da ucrânia=UA; da jamaica=JM
bare-name | capital {} alexa | de san marino=SM; da dominica=DM
bare-name | alexa {} capital | tuvalu=TV; eritreia=ER
bare-name | alexa e o {} | cazaquistão=KZ
asr-artefact | alexa qual é a capital da estonia | EE
asr-artefact | alexa qual é a capital da colombia | CO
asr-artefact | alexa qual é a capital do japao | JP
asr-artefact | alexa qual é a capital da polonia | PL
asr-artefact | alexa qual é a capital do vietna | VN
asr-artefact | alexa qual é a capital do canada | CA
asr-artefact | alexa qual é a capital da romenia | RO
asr-artefact | alexa qual é a capital do afeganistao | AF
asr-artefact | alexa qual é a capital da bulgaria | BG
asr-artefact | alexa qual é a capital do paquistao | PK
asr-artefact | alexa qual é a capital da macedonia do norte | MK
asr-artefact | alexa qual é a capital da zambia | ZM
asr-artefact | alexa qual é a capital do guate mala | GT
asr-artefact | alexa qual é a capital da nova zelandia | NZ
asr-artefact | alexa qual é a capital da bielo russia | BY
asr-artefact | alexa qual é a capital da arabia saudita | SA
asr-artefact | alexa qual é a capital de baré in | BH
asr-artefact | alexa qual é a capital da tai lândia | TH
asr-artefact | alexa qual é a capital da ingla terra | GB-ENG
asr-artefact | alexa qual é a capital das filipina | PH
asr-artefact | alexa qual é a capital do equado | EC
asr-artefact | alexa qual é a capital da tchequia | CZ
asr-artefact | alexa qual é a capital do azerbaijao | AZ
asr-artefact | alexa qual é a capital do marrocos né | MA
asr-artefact | alexa qual é a capital de singa pura | SG
asr-artefact | alexa qual é a capital de tri nidad e tobago | TT
asr-artefact | alexa qual é a capital da islandia | IS
asr-artefact | alexa qual é a capital do chad | TD
asr-artefact | alexa qual é a capital da suecia | SE
asr-artefact | alexa qual é a capital de camaroes | CM
follow-up | alexa e {} | da bielorrússia=BY; do uzbequistão=UZ; da moldávia=MD
follow-up | e a capital {} alexa | da lituânia=LT; da tanzânia=TZ
follow-up | alexa tá e {} qual é | da armênia=AM; do camboja=KH; do laos=LA
follow-up | alexa agora a {} | da finlândia=FI; da argélia=DZ
follow-up | alexa beleza e a capital {} então | da namíbia=NA; da zâmbia=ZM
follow-up | alexa e da vizinha {} | guatemala=GT; costa rica=CR
follow-up | alexa e o vizinho de lado {} | o togo=TG; o benin=BJ
follow-up | alexa mais uma e a {} | da grécia=GR; de chipre=CY
follow-up | alexa certo e lá {} qual é | no nepal=NP; na eritreia=ER
follow-up | alexa e pra terminar a capital {} | do timor-leste=TL; da jordânia=JO
follow-up | alexa e aquela outra {} | da mongólia=MN; do iêmen=YE
yes-no-check | alexa a capital {} é lima né | do peru=PE; do chile=CL; da bolívia=BO
yes-no-check | alexa é verdade que a capital {} é sydney | da austrália=AU; da nova zelândia=NZ
yes-no-check | alexa a capital {} é istambul | da turquia=TR; da grécia=GR
yes-no-check | alexa confirma pra mim a capital {} é toronto | do canadá=CA; dos estados unidos=US
yes-no-check | alexa a capital {} é nova york certo | dos estados unidos=US
yes-no-check | alexa tô certa que a capital {} é berna | da suíça=CH; da áustria=AT
yes-no-check | alexa a capital {} é rio de janeiro ainda | do brasil=BR
yes-no-check | alexa tem certeza que a capital {} é camberra | da austrália=AU
yes-no-check | alexa a capital {} é lagos ou não é | da nigéria=NG; de gana=GH
yes-no-check | alexa eu acho que a capital {} é casablanca acertei | do marrocos=MA; da tunísia=TN
yes-no-check | alexa a capital {} é almati né | do cazaquistão=KZ; do quirguistão=KG
yes-no-check | alexa é dar es salaam a capital {} | da tanzânia=TZ; do quênia=KE
yes-no-check | alexa será que a capital {} é yangon | de mianmar=MM; da tailândia=TH
yes-no-check | alexa a capital {} é genebra sim ou não | da suíça=CH
yes-no-check | alexa a capital {} é auckland | da nova zelândia=NZ; de fiji=FJ
yes-no-check | alexa a capital {} continua sendo abidjan | da costa do marfim=CI
yes-no-check | alexa confere se a capital {} é karachi | do paquistão=PK; da índia=IN
yes-no-check | alexa a capital {} é quito confere | do equador=EC; da colômbia=CO
yes-no-check | alexa eu apostei que a capital {} é reykjavik ganhei | da islândia=IS; da noruega=NO
yes-no-check | alexa é bogotá a capital {} | da colômbia=CO; da venezuela=VE
self-correction | alexa qual é a capital da suécia não pera digo {} | da noruega=NO; da finlândia=FI
self-correction | alexa a capital da áustria ops quer dizer {} | da austrália=AU; da alemanha=DE
self-correction | alexa qual é a capital da eslováquia desculpa {} | da eslovênia=SI; da tchéquia=CZ
self-correction | alexa qual a capital da nigéria não espera {} | do níger=NE; da argélia=DZ
self-correction | alexa a capital da guiné equatorial foi mal eu quis dizer {} | da guiné-bissau=GW; da guiné=GN
self-correction | alexa qual é a capital do irã errei {} | do iraque=IQ
self-correction | alexa qual é a capital da coreia do norte corrigindo {} | da coreia do sul=KR
self-correction | alexa a capital da letônia perdão {} | da lituânia=LT; da estônia=EE
self-correction | alexa qual é a capital do uruguai aliás {} | do paraguai=PY
self-correction | alexa a capital da dominica não não eu falei errado {} | da república dominicana=DO
self-correction | alexa qual é a capital da mauritânia me confundi {} | de maurício=MU
self-correction | alexa a capital de gâmbia égua errei é {} | da zâmbia=ZM
self-correction | alexa a capital do sudão do sul bah me enganei {} | do sudão=SD
self-correction | alexa qual é a capital da áfrica do sul espera aí eu quis dizer {} | da república centro-africana=CF
self-correction | alexa qual é a capital de granada desculpa errei {} | de trinidad e tobago=TT
self-correction | alexa qual é a capital da arábia saudita pera quer dizer {} | dos emirados árabes unidos=AE; do catar=QA
self-correction | alexa a capital da bélgica opa na verdade {} | da holanda=NL
self-correction | alexa qual é a capital do turcomenistão corrige aí {} | do tadjiquistão=TJ
reverse-question | alexa lima é capital de qual país | CITY:Lima
reverse-question | alexa quito é capital de onde | CITY:Quito
reverse-question | alexa de que país ulan bator é a capital | CITY:Ulan Bator
reverse-question | alexa nairóbi é a capital de que país | CITY:Nairóbi
reverse-question | alexa a cidade de tbilisi é capital de qual lugar | CITY:Tbilisi
reverse-question | alexa tashkent fica em qual país | CITY:Tashkent
reverse-question | alexa canberra é capital do quê | CITY:Canberra
reverse-question | alexa de onde é capital a cidade de acra | CITY:Acra
reverse-question | alexa ouagadougou é capital de qual país mesmo | CITY:Ouagadougou
reverse-question | alexa riga é capital de que lugar | CITY:Riga
reverse-question | alexa vilnius é a capital de qual país | CITY:Vilnius
reverse-question | alexa minsk é capital de onde mana | CITY:Minsk
reverse-question | alexa kigali é a capital de que país | CITY:Kigali
reverse-question | alexa bishkek é capital de qual dos istões | CITY:Bishkek
reverse-question | alexa asunción ou assunção é capital de qual país | CITY:Assunção
reverse-question | alexa montevidéu é a capital de onde | CITY:Montevidéu
reverse-question | alexa qual país tem como capital katmandu | CITY:Katmandu
reverse-question | alexa qual país tem a capital em windhoek | CITY:Windhoek
reverse-question | alexa phnom penh é de qual país | CITY:Phnom Penh
reverse-question | alexa de que estado florianópolis é a capital | CITY:Florianópolis
reverse-question | alexa cuiabá é capital de qual estado | CITY:Cuiabá
reverse-question | alexa belém é a capital de qual estado | CITY:Belém
reverse-question | alexa de qual estado americano sacramento é capital | CITY:Sacramento
reverse-question | alexa victoria é capital de onde | CITY:Victoria
reverse-question | alexa saint john's é capital de onde | CITY:Saint John's
reverse-question | alexa kingston é capital de quê | CITY:Kingston
reverse-question | alexa la paz é capital de onde | CITY:La Paz
reverse-question | alexa georgetown é a capital de qual país | CITY:Georgetown
reverse-question | alexa paramaribo é capital de quem | CITY:Paramaribo
reverse-question | alexa hanói é a capital de qual país | CITY:Hanói
official-name | alexa qual é a capital da república federal da alemanha | DE
official-name | alexa a capital da república helênica qual é | GR
official-name | alexa qual é a capital da federação russa | RU
official-name | alexa qual é a capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | alexa qual é a capital dos estados unidos mexicanos | MX
official-name | alexa a capital da república popular da china | CN
official-name | alexa qual a capital da república bolivariana da venezuela | VE
official-name | alexa qual é a capital do estado plurinacional da bolívia | BO
official-name | alexa qual a capital da república democrática de timor-leste | TL
official-name | alexa me diz a capital da república argelina democrática e popular | DZ
official-name | alexa qual é a capital da confederação suíça | CH
official-name | alexa qual é a capital do grão-ducado de luxemburgo | LU
official-name | alexa qual é a capital da república popular democrática da coreia | KP
official-name | alexa e a capital da república da coreia | KR
official-name | alexa qual é a capital da república federativa do brasil | BR
official-name | alexa qual é a capital da república francesa | FR
official-name | alexa qual é a capital da república italiana | IT
official-name | alexa a capital da república portuguesa qual é | PT
official-name | alexa qual é a capital da república árabe síria | SY
official-name | alexa qual é a capital da república libanesa | LB
official-name | alexa qual a capital da república eslovaca | SK
official-name | alexa qual é a capital da república tunisina | TN
official-name | alexa qual a capital dos estados unidos da américa | US
official-name | alexa qual é a capital do reino da arábia saudita | SA
official-name | alexa qual é a capital do reino hachemita da jordânia | JO
everyday-name | alexa qual é a capital da holanda | NL
everyday-name | alexa qual é a capital dos emirados | AE
everyday-name | alexa qual é a capital da inglaterra que todo mundo fala | GB-ENG
everyday-name | alexa qual é a capital da bósnia | BA
everyday-name | alexa qual é a capital do vaticano | VA
everyday-name | alexa qual é a capital da república tcheca | CZ
everyday-name | alexa qual é a capital da macedônia | MK
everyday-name | alexa a capital de belarus | BY
everyday-name | alexa qual é a capital da birmânia | MM
everyday-name | alexa qual é a capital de são cristóvão | KN
everyday-name | alexa qual é a capital de são vicente | VC
everyday-name | alexa qual a capital de trinidad | TT
everyday-name | alexa qual é a capital da suazilândia | SZ
everyday-name | alexa qual é a capital dos eua | US
everyday-name | alexa qual é a capital da américa | US
everyday-name | alexa qual é a capital do timor | TL
everyday-name | alexa qual é a capital da papua | PG
everyday-name | alexa qual é a capital da bielo-rússia | BY
everyday-name | alexa qual é a capital do kenya | KE
old-name | alexa qual é a capital da pérsia | IR
old-name | alexa qual era a capital do ceilão | LK
old-name | alexa a capital do zaire | CD
old-name | alexa qual é a capital da abissínia | ET
old-name | alexa qual a capital do daomé | BJ
old-name | alexa qual é a capital do sião | TH
old-name | alexa qual é a capital da rodésia | ZW
old-name | alexa qual é a capital do alto volta | BF
old-name | alexa qual é a capital da costa do ouro | GH
old-name | alexa qual é a capital da bechuanalândia | BW
old-name | alexa qual era a capital da basutolândia | LS
old-name | alexa qual é a capital da niassalândia | MW
old-name | alexa qual é a capital das honduras britânicas | BZ
old-name | alexa a capital da guiana holandesa | SR
old-name | alexa a capital da guiana inglesa | GY
old-name | alexa qual é a capital de tanganica | TZ
old-name | alexa qual era a capital do congo belga | CD
old-name | alexa qual é a capital da kampuchea | KH
old-name | alexa qual é a capital de formosa | TW
plural-capitals | alexa quais são as capitais {} | do benin=BJ; da bolívia=BO; da costa do marfim=CI
plural-capitals | alexa me diz as duas capitais {} | do sri lanka=LK; da malásia=MY; dos países baixos=NL
plural-capitals | alexa quais são as três capitais {} | da áfrica do sul=ZA
plural-capitals | alexa o essuatíni tem duas capitais quais são elas | SZ
plural-capitals | alexa quais são as capitais da palestina | PS
plural-capitals | alexa égua quais são as capitais {} | do benim=BJ; da holanda=NL
plural-capitals | alexa a bolívia tem duas capitais né quais são | BO
plural-capitals | alexa me fala todas as capitais {} | da áfrica do sul=ZA; do essuatíni=SZ
plural-capitals | alexa pra prova preciso das capitais {} | da malásia=MY; do sri lanka=LK
plural-capitals | alexa quantas e quais são as capitais {} | da costa do marfim=CI; da palestina=PS
plural-capitals | alexa a suazilândia tem quais capitais | SZ
plural-capitals | alexa quais são as capitais dos territórios palestinos | PS
plural-capitals | alexa quais são as capitais de jammu e caxemira | IN-JK
plural-capitals | alexa quais as capitais do ceilão | LK
subdivision | alexa qual é a capital {} | do estado do pará=BR-PA; do amapá=BR-AP; de rondônia=BR-RO
subdivision | alexa me diz a capital {} | do tocantins=BR-TO; do piauí=BR-PI; de sergipe=BR-SE
subdivision | alexa égua qual é a capital {} | do acre=BR-AC; de roraima=BR-RR
subdivision | alexa a capital {} é qual mesmo | do mato grosso=BR-MT; do mato grosso do sul=BR-MS; do espírito santo=BR-ES
subdivision | alexa qual a capital {} tchê | do rio grande do sul=BR-RS; de santa catarina=BR-SC; do paraná=BR-PR
subdivision | alexa visse a capital {} | de pernambuco=BR-PE; da paraíba=BR-PB; de alagoas=BR-AL
subdivision | alexa qual é a capital do estado {} | do texas=US-TX; da califórnia=US-CA; da flórida=US-FL
subdivision | alexa qual é a capital do estado americano {} | de nevada=US-NV; de ohio=US-OH; de michigan=US-MI
subdivision | alexa qual a capital {} nos estados unidos | do colorado=US-CO; do oregon=US-OR; do kentucky=US-KY
subdivision | alexa qual é a capital da província {} | de quebec=CA-QC; de ontário=CA-ON; da alberta=CA-AB
subdivision | alexa qual é a capital {} no canadá | da colúmbia britânica=CA-BC; do manitoba=CA-MB; do yukon=CA-YT
subdivision | alexa qual é a capital {} lá na alemanha | da baviera=DE-BY; da saxônia=DE-SN; do hesse=DE-HE
subdivision | alexa qual é a capital do estado {} na austrália | de queensland=AU-QLD; da tasmânia=AU-TAS; da austrália ocidental=AU-WA
subdivision | alexa qual é a capital da {} | escócia=GB-SCT; irlanda do norte=GB-NIR
subdivision | alexa qual é a capital do país de gales | GB-WLS
subdivision | alexa qual é a capital do estado indiano {} | de kerala=IN-KL; de goa=IN-GA; do rajastão=IN-RJ
subdivision | alexa qual é a capital do estado mexicano {} | de jalisco=MX-JAL; de iucatã=MX-YUC; de oaxaca=MX-OAX
subdivision | alexa a capital do uttarakhand | IN-UK
subdivision | alexa qual é a capital {} na índia | do tamil nadu=IN-TN; do punjab=IN-PB
subdivision | alexa qual é a capital do estado de washington | US-WA
subdivision | alexa qual é a capital {} no méxico | de quintana roo=MX-ROO; de nuevo león=MX-NLE
subdivision | alexa qual é a capital de minas | BR-MG
subdivision | alexa qual é a capital do estado de nova york | US-NY
subdivision | alexa qual é a capital do havaí | US-HI
subdivision | alexa qual a capital do alasca | US-AK
territory | alexa qual é a capital oficial {} | da groenlândia=GL; das ilhas faroé=FO; de porto rico=PR
territory | alexa me diz qual é a capital {} | da guiana francesa=GF; da martinica=MQ; de guadalupe=GP
territory | alexa qual a capital {} que é da frança | da nova caledônia=NC; da polinésia francesa=PF; da reunião=RE
territory | alexa qual é a capital {} no caribe | de aruba=AW; de curaçao=CW; das ilhas cayman=KY
territory | alexa qual é a capital {} lá no atlântico | das bermudas=BM; das malvinas=FK; de santa helena=SH
territory | alexa e a capital {} qual é | de gibraltar=GI; da ilha de man=IM; de guam=GU
territory | alexa qual a capital do saara ocidental | EH
territory | alexa qual é a capital de hong kong | HK
territory | alexa qual é a capital de macau | MO
territory | alexa qual é a capital de svalbard | SJ
territory | alexa qual é a capital das ilhas turcas e caicos | TC
territory | alexa qual é a capital da samoa americana | AS
territory | alexa qual é a capital de mayotte | YT
territory | alexa qual é a capital das ilhas cook | CK
shared-name | alexa qual é a capital da geórgia égua | GE+US-GA
shared-name | alexa qual é a capital do congo tchê | CD+CG
shared-name | alexa qual a capital da coreia | KP+KR
shared-name | alexa me diz a capital das ilhas virgens | VG+VI
shared-name | alexa a capital da geórgia dos estados unidos | US-GA
shared-name | alexa qual é a capital da geórgia lá perto da rússia | GE
shared-name | alexa a capital do congo de kinshasa | CD
shared-name | alexa e a capital da república do congo | CG
shared-name | alexa qual é a capital das ilhas virgens britânicas | VG
shared-name | alexa qual é a capital das ilhas virgens americanas | VI
shared-name | alexa visse qual é a capital da coreia | KP+KR
shared-name | alexa qual é a capital da geórgia hein mana | GE+US-GA
shared-name | alexa a capital do congo qual é mermão | CD+CG
shared-name | alexa qual a capital do estado da geórgia | US-GA
one-shot | alexa pergunta pro capitais do mundo qual é a capital {} | da eritreia=ER; do butão=BT; de vanuatu=VU
one-shot | alexa abre o capitais do mundo e me diz a capital {} | da guiné=GN; de madagascar=MG
one-shot | alexa pede pro capitais do mundo a capital {} | do lesoto=LS; da gâmbia=GM
one-shot | alexa usa o capitais do mundo pra me falar a capital {} | de camarões=CM; do gabão=GA
one-shot | alexa no capitais do mundo qual é a capital {} | do burundi=BI; de quiribati=KI
one-shot | alexa fala pro capitais do mundo me dizer a capital {} | de são tomé e príncipe=ST; das comores=KM
one-shot | alexa inicia capitais do mundo e pergunta a capital {} | da micronésia=FM; de palau=PW
one-shot | alexa pergunta ao capitais do mundo quais são as capitais da bolívia | BO
one-shot | alexa pergunta pro capitais do mundo e a capital da geórgia | GE+US-GA
one-shot | alexa capitais do mundo capital {} | do chade=TD; da somália=SO
launch | alexa abre o capitais do mundo mana | LAUNCH
launch | alexa abrir capitais do mundo por favor querida | LAUNCH
launch | alexa bora jogar o capitais do mundo | LAUNCH
launch | alexa começa o capitais do mundo tchê | LAUNCH
launch | alexa liga o capitais do mundo pra criançada | LAUNCH
launch | alexa quero o capitais do mundo agora | LAUNCH
launch | alexa abre aí o jogo capitais do mundo visse | LAUNCH
launch | alexa executa capitais do mundo | LAUNCH
launch | alexa entra no capitais do mundo | LAUNCH
launch | alexa capitais do mundo égua | LAUNCH
launch | alexa chama o capitais do mundo | LAUNCH
launch | alexa carrega o capitais do mundo pra vovó | LAUNCH
launch | alexa abre a skill capitais do mundo | LAUNCH
launch | alexa inicia a habilidade capitais do mundo | LAUNCH
launch | alexa ativa o capitais do mundo | LAUNCH
launch | alexa toca o capitais do mundo | LAUNCH
help | alexa como é que funciona isso aqui mana | HELP
help | alexa me explica como usar essa skill | HELP
help | alexa o que que eu posso perguntar pra ti | HELP
help | alexa não entendi nada me ajuda | HELP
help | alexa socorro como eu pergunto uma capital | HELP
help | alexa preciso de ajuda com as capitais | HELP
help | alexa quais são as opções | HELP
help | alexa me dá uma dica de como perguntar | HELP
help | alexa tchê como funciona esse troço | HELP
help | alexa como é que eu uso o capitais do mundo | HELP
help | alexa ajuda aí por favor que a vovó não sabe mexer | HELP
help | alexa o que essa skill faz | HELP
help | alexa me ensina a usar isso | HELP
help | alexa quais perguntas eu posso fazer | HELP
help | alexa tô perdido me ajuda | HELP
help | alexa como é que pergunta a capital de um país | HELP
help | alexa égua e agora o que eu faço | HELP
help | alexa me orienta aí | HELP
help | alexa instruções por favor | HELP
help | alexa o que eu falo pra você | HELP
help | alexa ajuda do capitais do mundo | HELP
help | alexa visse como é que eu faço | HELP
stop | alexa para tudo | STOP
stop | alexa chega de capital por hoje | STOP
stop | alexa pode parar mana | STOP
stop | alexa fecha o capitais do mundo | STOP
stop | alexa sai dessa skill | STOP
stop | alexa desliga isso tchê | STOP
stop | alexa para de falar visse | STOP
stop | alexa encerrar por favor | STOP
stop | alexa tá bom já chega | STOP
stop | alexa cala a boca um pouquinho | STOP
stop | alexa acabou a brincadeira | STOP
stop | alexa para que a comida queimou | STOP
stop | alexa sair agora | STOP
stop | alexa fecha isso égua | STOP
stop | alexa termina o jogo | STOP
stop | alexa pode desligar obrigada minha filha | STOP
stop | alexa já deu por hoje | STOP
stop | alexa para para para | STOP
stop | alexa fim de papo | STOP
stop | alexa chega mermão | STOP
stop | alexa sai do capitais do mundo | STOP
stop | alexa para a skill | STOP
cancel | alexa cancela essa pergunta mana | CANCEL
cancel | alexa cancela tudo tchê | CANCEL
cancel | alexa cancelar por favor | CANCEL
cancel | alexa deixa pra lá cancela | CANCEL
cancel | alexa esquece o que eu perguntei | CANCEL
cancel | alexa cancela que eu mudei de ideia | CANCEL
cancel | alexa cancela isso aí visse | CANCEL
cancel | alexa anula essa pergunta | CANCEL
cancel | alexa cancela o pedido | CANCEL
cancel | alexa esquece égua | CANCEL
cancel | alexa cancela a pergunta do menino | CANCEL
cancel | alexa não quero mais cancela | CANCEL
cancel | alexa desfaz isso cancela | CANCEL
cancel | alexa cancela que a professora já respondeu | CANCEL
cancel | alexa cancela mermão | CANCEL
cancel | alexa pode cancelar querida | CANCEL
cancel | alexa cancela ó-lhó-lhó | CANCEL
cancel | alexa cancelar a consulta | CANCEL
cancel | alexa cancela a última | CANCEL
cancel | alexa esquece essa capital | CANCEL
cancel | alexa cancela isso uai | CANCEL
cancel | alexa cancela cancela | CANCEL
out-of-domain | alexa qual é a população da estônia | FB
out-of-domain | alexa qual a moeda da mongólia | FB
out-of-domain | alexa quantos habitantes tem o canadá | FB
out-of-domain | alexa qual é a bandeira da itália | FB
out-of-domain | alexa qual o fuso horário de lisboa | FB
out-of-domain | alexa qual é a montanha mais alta da américa do sul | FB
out-of-domain | alexa qual é o hino do uruguai | FB
out-of-domain | alexa qual é a comida típica do peru | FB
out-of-domain | alexa quanto tempo de voo até madri | FB
out-of-domain | alexa qual é a temperatura em moscou | FB
out-of-domain | alexa vai chover em belém hoje | FB
out-of-domain | alexa qual é o capital social de uma empresa limitada | FB
out-of-domain | alexa o que quer dizer pecado capital | FB
out-of-domain | alexa toca a música capital inicial | FB
out-of-domain | alexa qual é o significado de letra capital | FB
out-of-domain | alexa qual é a capital de marte | FB
out-of-domain | alexa qual é a capital do reino de tão tão distante | FB
out-of-domain | alexa qual é a capital da tchecoslováquia | FB
out-of-domain | alexa qual é a capital da catalunha | FB
out-of-domain | alexa qual é a capital da amazônia | FB
out-of-domain | alexa qual é a capital do nordeste | FB
out-of-domain | alexa qual é a capital do samba | FB
out-of-domain | alexa qual é a capital da bota | FB
out-of-domain | alexa toca uma música do calypso | FB
out-of-domain | alexa qual é a previsão do tempo pra amanhã | FB
out-of-domain | alexa adiciona feijão na lista de compras | FB
out-of-domain | alexa qual foi o placar do remo ontem | FB
out-of-domain | alexa quando é o círio de nazaré | FB
out-of-domain | alexa desliga a tv do quarto | FB
out-of-domain | alexa me acorda às sete | FB
out-of-domain | alexa qual a distância entre porto alegre e montevidéu | FB
out-of-domain | alexa quando foi a independência de moçambique | FB
out-of-domain | alexa qual é a área da rússia | FB
out-of-domain | alexa o japão fica em qual continente | FB
out-of-domain | alexa qual é o país mais pequeno do mundo | FB
out-of-domain | alexa quais países fazem fronteira com o brasil | FB
out-of-domain | alexa qual é o prato típico da bahia | FB
out-of-domain | alexa qual o código de telefone de portugal | FB
out-of-domain | alexa qual é o clima na noruega | FB
out-of-domain | alexa qual é a melhor época pra ir pra islândia | FB
out-of-domain | alexa qual é a cor da bandeira do japão | FB
out-of-domain | alexa quantos quilômetros tem a muralha da china | FB
out-of-domain | alexa qual é a sigla do estado do pará | FB
out-of-domain | alexa qual é o time da capital paulista | FB
out-of-domain | alexa qual o cep de florianópolis | FB
out-of-domain | alexa quantos habitantes tem cuiabá | FB
out-of-domain | alexa qual o prefeito de recife | FB
out-of-domain | alexa qual é o ponto turístico mais famoso de paris | FB
out-of-domain | alexa me recomenda um restaurante em roma | FB
out-of-domain | alexa tem voo barato pra buenos aires | FB
out-of-domain | alexa qual é o dia da independência dos estados unidos | FB
out-of-domain | alexa traduz obrigado para japonês | FB
out-of-domain | alexa como se diz bom dia em russo | FB
out-of-domain | alexa qual é a maior cidade do mundo | FB
out-of-domain | alexa qual é a capital mais alta do mundo | FB
out-of-domain | alexa qual capital tem mais habitantes | FB
out-of-domain | alexa quantas capitais tem o mundo | FB
out-of-domain | alexa me faz um quiz de bandeiras | FB
out-of-domain | alexa qual é a moeda da zona do euro | FB
out-of-domain | alexa toca o hino nacional | FB
out-of-domain | alexa qual é a raça de cachorro do tibete | FB
out-of-domain | alexa o que é uma capital federal | FB
out-of-domain | alexa quem fundou brasília | FB
out-of-domain | alexa quando brasília virou capital | FB
out-of-domain | alexa qual era a capital do brasil antes do rio | FB
out-of-domain | alexa me lembra de comprar pão | FB
out-of-domain | alexa quanto pesa um elefante | FB
plural-capitals | alexa a professora disse que {} tem mais de uma capital quais são | a bolívia=BO; a costa do marfim=CI; o benin=BJ
plural-capitals | alexa égua mana me diz as capitais {} | da bolívia=BO; da costa do marfim=CI; da palestina=PS
plural-capitals | alexa lá no brás a vizinha disse que a bolívia tem duas capitais quais são | BO
plural-capitals | alexa no stop caiu as capitais {} quais são | do benin=BJ; da malásia=MY
plural-capitals | alexa tchê quais são as capitais {} | da holanda=NL; do sri lanka=LK; da áfrica do sul=ZA
plural-capitals | alexa visse a palestina tem quais capitais | PS
plural-capitals | alexa a costa do marfim tem duas capitais né quais são | CI
plural-capitals | alexa o vô seringueiro quer as capitais {} | da bolívia=BO; do essuatíni=SZ
shared-name | alexa égua qual é a capital das ilhas virgens | VG+VI
shared-name | alexa tchê e a capital das ilhas virgens qual é | VG+VI
shared-name | alexa no quiz do bar caiu a capital da coreia qual é | KP+KR
shared-name | alexa no war eu peguei o congo qual é a capital | CD+CG
shared-name | alexa ó-lhó-lhó a capital da geórgia qual é | GE+US-GA
shared-name | alexa a capital da coreia de lá do k-pop | KR
everyday-name | alexa qual é a capital da grã-bretanha | GB
everyday-name | alexa qual é a capital do reino unido égua | GB
sport-context | alexa a seleção vai jogar contra {} qual é a capital de lá | o reino unido=GB; o país de gales=GB-WLS
travel-context | alexa vou morar {} qual é a capital | no reino unido=GB; na escócia=GB-SCT
stop | alexa para com isso mana | STOP
stop | alexa chega de geografia tchê | STOP
stop | alexa pode fechar que a novela começou | STOP
stop | alexa para o jogo das capitais | STOP
stop | alexa desliga que o menino dormiu | STOP
stop | alexa encerra visse | STOP
stop | alexa sai fora do jogo | STOP
stop | alexa para de perguntar capital | STOP
stop | alexa encerra o capitais do mundo égua | STOP
stop | alexa basta por hoje querida | STOP
cancel | alexa cancela que o churrasco tá pronto | CANCEL
cancel | alexa cancela essa do quiz | CANCEL
cancel | alexa cancela a última capital tchê | CANCEL
cancel | alexa cancela que eu perguntei errado visse | CANCEL
cancel | alexa desiste dessa pergunta | CANCEL
cancel | alexa cancela o que o vovô pediu | CANCEL
help | alexa me ajuda a usar o capitais do mundo mana | HELP
help | alexa como eu pergunto a capital de um estado | HELP
help | alexa o que dá pra fazer nesse jogo de capitais | HELP
help | alexa tô sem entender me dá uma ajuda tchê | HELP
out-of-domain | alexa qual é o idioma falado no suriname | FB
out-of-domain | alexa quantos habitantes tem a guiana francesa | FB
out-of-domain | alexa qual é a moeda do paraguai que os sacoleiros usam | FB
out-of-domain | alexa qual é o maior lago da áfrica | FB
out-of-domain | alexa qual é o deserto mais seco do mundo | FB
out-of-domain | alexa quem é o primeiro-ministro do canadá | FB
out-of-domain | alexa qual é a principal exportação da indonésia | FB
out-of-domain | alexa qual é a expectativa de vida no japão | FB
out-of-domain | alexa que língua se fala no paquistão | FB
out-of-domain | alexa qual é o esporte mais popular na índia | FB
out-of-domain | alexa qual o vulcão mais famoso da islândia | FB
out-of-domain | alexa qual é a altura do cristo redentor | FB
out-of-domain | alexa qual é o time do remo ou do paysandu | FB
out-of-domain | alexa quando é a festa do divino em cuiabá | FB
out-of-domain | alexa qual é a praia mais bonita de florianópolis | FB
out-of-domain | alexa como faz um açaí com farinha | FB
out-of-domain | alexa quanto tá o quilo do açaí no ver o peso | FB
out-of-domain | alexa qual é a receita de chimarrão | FB
out-of-domain | alexa toca uma música do pinduca | FB
out-of-domain | alexa qual é a letra do hino rio-grandense | FB
out-of-domain | alexa o que significa égua em belém | FB
out-of-domain | alexa quanto tempo de ônibus de pelotas até porto alegre | FB
out-of-domain | alexa qual é a capital do capitalismo | FB
out-of-domain | alexa o que significa capital de risco | FB
out-of-domain | alexa capital humano é o quê | FB
out-of-domain | alexa qual é a diferença entre capital e interior | FB
out-of-domain | alexa escreve capital com letra maiúscula | FB
out-of-domain | alexa quanto tempo leva pra abrir capital na bolsa | FB
out-of-domain | alexa qual é a capital da groenlândia dinamarquesa no século dezoito | FB
out-of-domain | alexa qual é a capital do mundo de minecraft | FB
out-of-domain | alexa qual é a capital da prússia | FB
out-of-domain | alexa qual é a capital do pagode | FB
out-of-domain | alexa qual é a capital do rodeio | FB
out-of-domain | alexa qual é a capital do açaí | FB
out-of-domain | alexa qual é a capital mundial do chocolate | FB
out-of-domain | alexa lembra de tirar o frango do congelador | FB
out-of-domain | alexa toca um podcast de história | FB
out-of-domain | alexa quanto tempo falta pro natal | FB
out-of-domain | alexa qual é o signo de quem nasce em maio | FB
out-of-domain | alexa faz um timer de dez minutos pro bolo | FB
out-of-domain | alexa que horas abre o mercado | FB
out-of-domain | alexa onde eu deixei a chave | FB
out-of-domain | alexa manda um beijo pra vó | FB
out-of-domain | alexa canta parabéns pra você | FB
out-of-domain | alexa qual é a tabela do brasileirão | FB
out-of-domain | alexa quando começa a libertadores | FB
out-of-domain | alexa qual a cotação do euro em portugal | FB
out-of-domain | alexa qual é o fuso de manaus | FB
"""

if __name__ == "__main__":
    build_round(32, "pt", LINES, sys.argv, "tests/Eval/pt/round32/source/build_corpus.py")
