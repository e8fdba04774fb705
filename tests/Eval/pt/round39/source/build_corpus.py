"""Round 39, Portuguese (pt-BR): a new author's own mix, written blind at the end of the fortieth session (brief
WRITER46.md), with speakers, situations and wordings chosen apart from rounds 35 to 38.

Regions: cariocas of the subúrbio and the Baixada ("mermão", "caraca", "parada", "qual é", "tá ligada", "pô"), baianos of
Salvador and the Recôncavo ("oxente", "oxe", "ô meu rei", "véio", "barril", "painho", "mainha", "minha rainha"),
manauaras and amazonenses ("maninho", "maninha", "é mermo", "leseira"), curitibanos and paranaenses ("piá",
"piazada"), cuiabanos ("tchá por deus"), capixabas of Vila Velha, and a few general ones ("ô rapaz", "zé", "meu
consagrado", "pai do céu"). Immigrant and foreign speakers: Argentine and Uruguayan portunhol ("che", "cuál es", "mi
amigo"), Angolan, Senegalese, Haitian and Korean learners ("eu querer saber", "qual é capital de o", "eu ser
turista"), English code-switching ("what's the capital da", "capital of turkey qual é", "bro", "plis"), and situations
with a Senegalese delivery man, a Dominican hairdresser, a Haitian building worker, a Peruvian cook, a Cuban gym
instructor, a Paraguayan seamstress, a Syrian in-law, a Korean neighbour, Bolivians of the Bom Retiro, Japanese
descendants of Londrina. Work and places: the barbershop, a hospital night shift and a neonatal ICU, a lottery queue, a
bus stop, a motorcycle taxi, an app driver, a bank queue, a bar quiz, an office churrasco, a samba school's enredo, the
boi of Parintins, the Mercado Modelo, Guarulhos airport, the port of Santos, an oil tanker at Macaé, a church mission,
a supletivo class and a public-service exam, the Copa América, volleyball and the Mundial, the Sessão da Tarde, Netflix
documentaries, podcasts, anime, Turkish series. Children (six years old, third grade, the tia da escola, Frozen, BTS,
Harry Potter, "capitau", "quala"), elders (the nona, the Lebanese grandfather, crosswords, "no meu tempo era bonn",
"tô sem óculos", "fala mais alto"). Out-of-domain: smart-home, music (Zeca Pagodinho, Ivete, Olodum, Gaby Amarantos),
weather, tides, transport, prices, football (Ba-Vi, Flamengo, Vasco, Fluminense), recipes (moqueca, tacacá), and
near-misses with "capital" in other senses (capital social, capital de giro, capital aberto, ganho de capital, capital
humano, crime capital, Capital Inicial, Marx's O Capital, "capital do samba", "capital do axé", "capital do forró",
"capital nacional do pão de queijo", "capital da dança"), fictional and continental places (Wakanda, Nárnia, Gotham,
Pandora, Europe, Africa, the Caribbean), historical ones (USSR, Prussia, the Inca and Aztec empires, Yugoslavia) and
regions with no capital in the data (Galicia, Catalonia, Lombardy, Sicily, Normandy, Provence, the Algarve, the Minho,
the Azores, Madeira, Patagonia, Tierra del Fuego, Chaco, Tibet, Chechnya, Abkhazia, South Ossetia, Transnistria,
Somaliland, Kurdistan, Zanzibar, Corsica, Flanders, Siberia, the Recôncavo, the Chapada Diamantina, the Sertão, the
Agreste, the Serra Gaúcha, the Vale do Jequitinhonha, the Baixada Fluminense, the Zona da Mata).

Yes/no checks expect the place asked about, right or wrong; self-corrections expect the last place named after the
marker; reverse questions CITY:<capital> as languages/pt.json names it; a bare shared name every place in ordinal order.

Sources: LINES below in the round-12 entry format (`family | frame or sentence | expected`; a fill carries its own
preposition and article; a frame at most three fills and used once), built by build_round of
tests/Eval/source/round12_hinl_corpus.py (round 39), dropping every (utterance, locale) pair of the earlier Portuguese
rounds. Every sentence was written by hand as one utterance."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
regional-speech | caraca alexa qual é a capital {} mermão | da frança=FR; da alemanha=DE; da itália=IT
regional-speech | alexa ô parada maneira me diz aí a capital {} | da espanha=ES; de portugal=PT; da irlanda=IE
regional-speech | qual é alexa tá ligada na capital {} | do reino unido=GB; da bélgica=BE; dos países baixos=NL
regional-speech | alexa oxente qual é a capital {} viu | da áustria=AT; da suíça=CH; de luxemburgo=LU
regional-speech | ô alexa minha filha me diga a capital {} | da dinamarca=DK; da noruega=NO; da suécia=SE
regional-speech | alexa ô minha rainha me responda qual a capital {} | da finlândia=FI; da islândia=IS; da estônia=EE
regional-speech | alexa mainha perguntou qual é a capital {} | da letônia=LV; da lituânia=LT; da polônia=PL
regional-speech | alexa maninho qual é a capital {} é mermo | da tchéquia=CZ; da eslováquia=SK; da hungria=HU
regional-speech | alexa deixa de leseira e me fala a capital {} | da romênia=RO; da bulgária=BG; da grécia=GR
regional-speech | piá alexa qual que é a capital {} | da croácia=HR; da eslovênia=SI; da sérvia=RS
regional-speech | alexa me fala daí a capital {} que eu tô meio perdido | da bósnia e herzegovina=BA; do montenegro=ME; da albânia=AL
regional-speech | tchá por deus alexa qual é a capital {} | da macedônia do norte=MK; do kosovo=XK; da moldávia=MD
regional-speech | alexa pai do céu me ajuda com a capital {} | da ucrânia=UA; da bielorrússia=BY; da rússia=RU
regional-speech | alexa aqui de vila velha ninguém sabe a capital {} me fala | de andorra=AD; de mônaco=MC; de san marino=SM
regional-speech | alexa nem sei como é que fala mas qual é a capital {} | de liechtenstein=LI; de malta=MT; de chipre=CY
regional-speech | ei alexa moço qual a capital {} | da cidade do vaticano=VA; da turquia=TR; da geórgia no cáucaso=GE
direct-question | alexa a capital {} é qual | da armênia=AM; do azerbaijão=AZ; do cazaquistão=KZ
direct-question | alexa qual cidade é a capital {} | do uzbequistão=UZ; do turcomenistão=TM; do quirguistão=KG
direct-question | alexa onde fica a capital {} como é o nome | do tadjiquistão=TJ; do afeganistão=AF; do paquistão=PK
direct-question | alexa me diz o nome da capital {} | da índia=IN; do nepal=NP; do butão=BT
direct-question | alexa que cidade é capital {} | do bangladesh=BD; do sri lanka=LK; das maldivas=MV
direct-question | alexa capital {} qual é | da china=CN; da mongólia=MN; do japão=JP
polite-request | alexa por gentileza me informa a capital {} | da coreia do sul=KR; da coreia do norte=KP; de taiwan=TW
polite-request | alexa por favor querida qual a capital {} | do vietnã=VN; do laos=LA; do camboja=KH
polite-request | alexa se não for incômodo qual é a capital {} | da tailândia=TH; do mianmar=MM; da malásia=MY
polite-request | alexa faz um favor pra mim me diz a capital {} | de singapura=SG; da indonésia=ID; das filipinas=PH
polite-request | alexa com licença qual é a capital {} | de brunei=BN; de timor-leste=TL; da papua-nova guiné=PG
polite-request | alexa obrigada desde já qual a capital {} | da austrália=AU; da nova zelândia=NZ; de fiji=FJ
hesitation | alexa é é qual é a capital {} | das ilhas salomão=SB; de vanuatu=VU; de samoa=WS
hesitation | alexa hum deixa eu ver qual é a capital {} | de tonga=TO; de tuvalu=TV; de quiribati=KI
hesitation | alexa tipo assim ã qual que é a capital {} | de nauru=NR; de palau=PW; das ilhas marshall=MH
hesitation | alexa peraí ó qual a capital {} mesmo | da micronésia=FM; do canadá=CA; dos estados unidos=US
hesitation | alexa então né a capital {} qual seria | do méxico=MX; da guatemala=GT; do belize=BZ
hesitation | alexa é que assim eu queria saber a capital {} | de honduras=HN; de el salvador=SV; da nicarágua=NI
context-story | alexa o motorista do uber é de lá qual é a capital {} | da costa rica=CR; do panamá=PA; de cuba=CU
context-story | alexa o pagodinho de hoje é sobre viagem qual a capital {} | da jamaica=JM; do haiti=HT; da república dominicana=DO
context-story | alexa vi no jornal nacional qual é a capital {} | das bahamas=BS; de barbados=BB; de trinidad e tobago=TT
context-story | alexa o navio de cruzeiro passa por lá qual a capital {} | de santa lúcia=LC; de granada=GD; de são vicente e granadinas=VC
context-story | alexa meu sobrinho trabalha num resort de lá qual é a capital {} | de antígua e barbuda=AG; de são cristóvão e névis=KN; da dominica=DM
context-story | alexa tô vendo a copa américa qual é a capital {} | da colômbia=CO; da venezuela=VE; do equador=EC
context-story | alexa a novela se passa lá qual a capital {} | do peru=PE; do chile=CL; da argentina=AR
context-story | alexa o caminhoneiro vai pra lá qual é a capital {} | do paraguai=PY; do uruguai=UY; da guiana=GY
context-story | alexa a vizinha nova veio de lá qual a capital {} | do suriname=SR; do marrocos=MA; da argélia=DZ
context-story | alexa o pastor vai em missão pra lá qual é a capital {} | da tunísia=TN; da líbia=LY; do egito=EG
context-story | alexa a barbearia tá discutindo qual é a capital {} | do sudão=SD; do sudão do sul=SS; da etiópia=ET
context-story | alexa o meu professor de capoeira foi dar aula lá qual a capital {} | da eritreia=ER; de djibuti=DJ; da somália=SO
learner | alexa qual é capital de o {} | quênia=KE; uganda=UG; ruanda=RW
learner | alexa eu querer saber capital {} | do burundi=BI; da tanzânia=TZ; de moçambique=MZ
learner | alexa capital {} qual é ela por favor | de angola=AO; da zâmbia=ZM; do zimbábue=ZW
learner | alexa você sabe o capital {} | do malaui=MW; de botsuana=BW; da namíbia=NA
learner | alexa me diz capital de país {} | lesoto=LS; essuatíni=SZ; madagascar=MG
learner | alexa qual ser a capital {} | de maurício=MU; das seicheles=SC; dos comores=KM
regional-speech | alexa ô meu rei qual é a capital {} | de cabo verde=CV; da guiné-bissau=GW; de são tomé e príncipe=ST
regional-speech | alexa véio me diga aí a capital {} | do senegal=SN; da gâmbia=GM; da guiné=GN
regional-speech | alexa barril dobrado qual é a capital {} | da serra leoa=SL; da libéria=LR; da costa do marfim=CI
regional-speech | alexa zé qual é a capital {} rapidinho | de gana=GH; do togo=TG; do benin=BJ
regional-speech | alexa ô rapaz qual é mesmo a capital {} | da nigéria=NG; do níger=NE; do mali=ML
regional-speech | alexa mermão tô boiando qual a capital {} | do burquina faso=BF; da mauritânia=MR; do chade=TD
regional-speech | alexa pô qual é a capital {} hein | de camarões=CM; da república centro-africana=CF; do gabão=GA
regional-speech | alexa ei maninha sabe a capital {} | da guiné equatorial=GQ; da república do congo=CG; da república democrática do congo=CD
regional-speech | alexa a piazada aqui quer saber a capital {} | da áfrica do sul=ZA; da arábia saudita=SA; do iêmen=YE
regional-speech | alexa oxe me diz a capital {} | de omã=OM; dos emirados árabes unidos=AE; do catar=QA
regional-speech | alexa hein me fala a capital {} que o negócio tá feio aqui | do barein=BH; do kuwait=KW; do iraque=IQ
regional-speech | alexa qual é a capital {} meu consagrado | do irã=IR; da síria=SY; do líbano=LB
regional-speech | alexa ô coisa linda qual é a capital {} | da jordânia=JO; de israel=IL; do brasil=BR
out-of-domain | alexa toca um samba do zeca pagodinho | FB
out-of-domain | alexa bota aquele pagode do exaltasamba pra tocar | FB
out-of-domain | alexa acende a luz da sala | FB
out-of-domain | alexa apaga a luz do quarto das crianças | FB
out-of-domain | alexa liga o ventilador que tá um calor da porra | FB
out-of-domain | alexa vai chover amanhã em salvador | FB
out-of-domain | alexa qual a previsão do tempo pra manaus | FB
out-of-domain | alexa quanto tá o dólar hoje | FB
out-of-domain | alexa quanto tá o euro pra viagem | FB
out-of-domain | alexa que horas são em lisboa | FB
out-of-domain | alexa coloca um alarme pras cinco e meia | FB
out-of-domain | alexa me acorda às seis que tenho plantão | FB
out-of-domain | alexa quanto é sete vezes oito | FB
out-of-domain | alexa conta uma piada | FB
out-of-domain | alexa canta parabéns pra mainha | FB
out-of-domain | alexa qual foi o resultado do flamengo ontem | FB
out-of-domain | alexa que horas é o jogo do bahia | FB
out-of-domain | alexa o vasco ganhou | FB
out-of-domain | alexa toca a rádio globo | FB
out-of-domain | alexa toca axé do olodum | FB
out-of-domain | alexa adiciona feijão na lista de compras | FB
out-of-domain | alexa põe farinha de mandioca na lista do mercado | FB
out-of-domain | alexa quanto tempo leva pra cozinhar feijão na pressão | FB
out-of-domain | alexa receita de moqueca baiana | FB
out-of-domain | alexa como faz tacacá | FB
out-of-domain | alexa liga pra minha irmã | FB
out-of-domain | alexa manda mensagem pro painho | FB
out-of-domain | alexa quem ganhou o bbb | FB
out-of-domain | alexa qual é o telefone do samu | FB
out-of-domain | alexa qual a distância do rio pra são paulo | FB
out-of-domain | alexa qual é o maior rio do mundo | FB
out-of-domain | alexa quantos habitantes tem o brasil | FB
out-of-domain | alexa qual é a moeda do japão | FB
out-of-domain | alexa qual o idioma que falam na suíça | FB
out-of-domain | alexa qual é a bandeira da itália | FB
out-of-domain | alexa quem é o presidente da frança | FB
out-of-domain | alexa qual o hino da argentina | FB
out-of-domain | alexa qual é o ponto mais alto da áfrica | FB
out-of-domain | alexa quantos estados tem o méxico | FB
out-of-domain | alexa qual é o fuso horário de tóquio | FB
out-of-domain | alexa como se diz obrigado em alemão | FB
out-of-domain | alexa traduz bom dia pra inglês | FB
out-of-domain | alexa quanto custa uma passagem pra paris | FB
out-of-domain | alexa qual o voo mais barato pra miami | FB
out-of-domain | alexa quando é o carnaval do ano que vem | FB
out-of-domain | alexa quando começa o são joão de campina grande | FB
out-of-domain | alexa qual é o dia do feriado de iemanjá | FB
out-of-domain | alexa qual é o capital social mínimo pra abrir uma empresa | FB
out-of-domain | alexa como calcular capital de giro do meu salão | FB
out-of-domain | alexa o que é capital de giro | FB
out-of-domain | alexa quanto de capital preciso pra abrir uma barraca de praia | FB
out-of-domain | alexa o que é ganho de capital no imposto de renda | FB
out-of-domain | alexa toca capital inicial | FB
out-of-domain | alexa toca primeiros erros do capital inicial | FB
out-of-domain | alexa quais são os sete pecados capitais | FB
out-of-domain | alexa o que é pena capital | FB
out-of-domain | alexa quem escreveu o capital | FB
out-of-domain | alexa resumo do livro o capital de karl marx | FB
out-of-domain | alexa o que é letra capital | FB
out-of-domain | alexa qual a capital do samba | FB
out-of-domain | alexa por que salvador é chamada de capital da alegria | FB
out-of-domain | alexa qual cidade é a capital do axé | FB
out-of-domain | alexa qual é a capital mundial do café | FB
out-of-domain | alexa qual cidade é a capital nacional do churrasco | FB
out-of-domain | alexa capital do pagode é onde | FB
out-of-domain | alexa onde é a capital do boi bumbá | FB
out-of-domain | alexa qual é a capital da moda | FB
out-of-domain | alexa qual é a capital da cultura este ano | FB
out-of-domain | alexa o banco capital one é de onde | FB
out-of-domain | alexa qual é a capital da andaluzia | FB
out-of-domain | alexa qual é a capital do país basco | FB
out-of-domain | alexa qual a capital da sardenha | FB
out-of-domain | alexa qual é a capital da toscana | FB
out-of-domain | alexa qual é a capital da patagônia | FB
out-of-domain | alexa qual a capital do chaco | FB
out-of-domain | alexa qual é a capital da amazônia | FB
out-of-domain | alexa qual a capital do recôncavo baiano | FB
out-of-domain | alexa qual é a capital da chapada diamantina | FB
out-of-domain | alexa qual a capital da região dos lagos | FB
out-of-domain | alexa qual é a capital da baixada fluminense | FB
out-of-domain | alexa qual é a capital do sul de minas | FB
out-of-domain | alexa qual a capital da zona da mata | FB
out-of-domain | alexa qual é a capital da lua | FB
out-of-domain | alexa qual é a capital de marte | FB
out-of-domain | alexa qual a capital de wakanda | FB
out-of-domain | alexa qual é a capital de atlântida | FB
out-of-domain | alexa qual é a capital da terra média | FB
out-of-domain | alexa qual a capital da escandinávia | FB
out-of-domain | alexa qual é a capital da europa | FB
out-of-domain | alexa qual a capital da américa latina | FB
out-of-domain | alexa qual é a capital do oriente médio | FB
out-of-domain | alexa qual é a capital da sibéria | FB
out-of-domain | alexa qual é a capital da chechênia | FB
out-of-domain | alexa qual é a capital da transnístria | FB
out-of-domain | alexa qual a capital da córsega | FB
out-of-domain | alexa qual é a capital da flandres | FB
out-of-domain | alexa qual é a capital de zanzibar | FB
out-of-domain | alexa qual a capital da iugoslávia | FB
out-of-domain | alexa qual era a capital da união soviética | FB
out-of-domain | alexa qual é a capital do império romano | FB
out-of-domain | alexa quantas capitais tem o brasil | FB
out-of-domain | alexa quantos países tem na áfrica | FB
out-of-domain | alexa qual país tem mais capitais | FB
out-of-domain | alexa qual é a capital mais fria do mundo | FB
out-of-domain | alexa qual a capital mais populosa do brasil | FB
out-of-domain | alexa qual a capital mais alta do mundo | FB
out-of-domain | alexa toca um forró de luiz gonzaga | FB
out-of-domain | alexa pausa a música | FB
out-of-domain | alexa aumenta o volume | FB
out-of-domain | alexa abaixa o som que o bebê tá dormindo | FB
out-of-domain | alexa abre o spotify | FB
out-of-domain | alexa me conta uma história pra dormir | FB
out-of-domain | alexa qual é o horóscopo de escorpião hoje | FB
out-of-domain | alexa quem descobriu o brasil | FB
out-of-domain | alexa quem foi tiradentes | FB
out-of-domain | alexa quantas calorias tem um acarajé | FB
out-of-domain | alexa onde fica a farmácia mais perto | FB
out-of-domain | alexa liga a tv na globo | FB
out-of-domain | alexa quanto tá o bitcoin | FB
out-of-domain | alexa cadê meu pedido do ifood | FB
out-of-domain | alexa como tá o trânsito na avenida brasil | FB
out-of-domain | alexa abre o jogo de perguntas e respostas | FB
out-of-domain | alexa qual a sigla do estado do amazonas | FB
out-of-domain | alexa qual o ddd de curitiba | FB
out-of-domain | alexa qual é o cep do pelourinho | FB
out-of-domain | alexa quantos quilômetros tem a ponte rio niterói | FB
help | alexa como é que funciona esse negócio de capitais | HELP
help | alexa mermão não entendi nada como que joga isso | HELP
help | alexa o que é que eu posso perguntar pra você nas capitais | HELP
help | alexa me ajuda aqui oxente não sei usar | HELP
help | alexa ajuda por favor minha filha | HELP
help | alexa que que eu falo agora | HELP
help | alexa me dá um exemplo do que eu posso perguntar | HELP
help | alexa como eu pergunto uma capital pra você | HELP
help | alexa tô perdida aqui o que eu faço | HELP
help | alexa socorro não sei mexer nisso | HELP
help | alexa explica pra vovó como usa | HELP
help | alexa quais são as opções | HELP
help | alexa o que essa skill faz | HELP
help | alexa pra que serve o capitais do mundo | HELP
help | alexa me orienta aí maninho | HELP
help | alexa como é que pergunto de um estado | HELP
help | alexa que tipo de pergunta você responde | HELP
help | alexa me ensina a usar isso aqui | HELP
help | alexa preciso de ajuda com as capitais | HELP
help | alexa não sei o que dizer me ajuda | HELP
help | alexa quais comandos eu posso usar | HELP
help | alexa piá não sabe usar explica pra ele | HELP
help | alexa dá uma ajudinha aí | HELP
help | alexa help me por favor | HELP
help | alexa instruções | HELP
help | alexa como faço pra saber a capital de um país | HELP
stop | alexa para | STOP
stop | alexa para com isso mermão | STOP
stop | alexa chega por hoje | STOP
stop | alexa pode parar viu | STOP
stop | alexa desliga isso aí | STOP
stop | alexa sai do capitais do mundo | STOP
stop | alexa encerra | STOP
stop | alexa fecha o jogo | STOP
stop | alexa já deu | STOP
stop | alexa tá bom pode parar obrigado | STOP
stop | alexa cala a boca | STOP
stop | alexa silêncio que o nenê dormiu | STOP
stop | alexa para de falar | STOP
stop | alexa chega de capital | STOP
stop | alexa sair | STOP
stop | alexa finaliza aí | STOP
stop | alexa tchau | STOP
stop | alexa valeu tchau | STOP
stop | alexa deu por hoje minha filha | STOP
stop | alexa acabou a brincadeira | STOP
stop | alexa para tudo | STOP
stop | alexa fecha isso | STOP
stop | alexa quero sair | STOP
stop | alexa encerrar capitais do mundo | STOP
stop | alexa desliga que vou dormir | STOP
stop | alexa stop | STOP
cancel | alexa cancela | CANCEL
cancel | alexa cancela isso | CANCEL
cancel | alexa cancela aí | CANCEL
cancel | alexa deixa pra lá | CANCEL
cancel | alexa esquece | CANCEL
cancel | alexa esquece o que eu falei | CANCEL
cancel | alexa não quero mais | CANCEL
cancel | alexa deixa quieto | CANCEL
cancel | alexa deixa isso pra lá mermão | CANCEL
cancel | alexa cancela a pergunta | CANCEL
cancel | alexa desconsidera | CANCEL
cancel | alexa cancela essa pergunta aí | CANCEL
cancel | alexa nada não | CANCEL
cancel | alexa não era isso cancela | CANCEL
cancel | alexa deixa pra depois | CANCEL
cancel | alexa cancelar | CANCEL
cancel | alexa esquece isso | CANCEL
cancel | alexa ignora | CANCEL
cancel | alexa ignora o que eu pedi | CANCEL
cancel | alexa não precisa mais | CANCEL
cancel | alexa cancela por favor | CANCEL
cancel | alexa desiste | CANCEL
cancel | alexa deixa de lado | CANCEL
cancel | alexa esquece a capital | CANCEL
cancel | alexa anula essa | CANCEL
cancel | alexa cancela oxente que eu mudei de ideia | CANCEL
launch | alexa abre capitais do mundo | LAUNCH
launch | alexa abrir capitais do mundo | LAUNCH
launch | alexa inicia capitais do mundo | LAUNCH
launch | alexa iniciar o capitais do mundo | LAUNCH
launch | alexa começa capitais do mundo | LAUNCH
launch | alexa bora jogar capitais do mundo | LAUNCH
launch | alexa quero jogar capitais do mundo | LAUNCH
launch | alexa abre o jogo das capitais | LAUNCH
launch | alexa abre aí capitais do mundo mermão | LAUNCH
launch | alexa liga o capitais do mundo | LAUNCH
launch | alexa carrega capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo pra mainha | LAUNCH
launch | alexa vamo de capitais do mundo | LAUNCH
launch | alexa executa capitais do mundo | LAUNCH
launch | alexa abre a skill capitais do mundo | LAUNCH
launch | alexa pode abrir capitais do mundo por favor | LAUNCH
launch | alexa capitais do mundo | LAUNCH
launch | alexa chama o capitais do mundo | LAUNCH
launch | alexa roda capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo que o piá quer estudar | LAUNCH
follow-up | e a do chile | CL
follow-up | e do uruguai mermão | UY
follow-up | agora a da bolívia | BO
follow-up | e a do paraguai qual é | PY
follow-up | e o peru | PE
follow-up | beleza e a da colômbia | CO
follow-up | ah tá e da venezuela | VE
follow-up | tá e a do equador oxente | EC
follow-up | massa agora da argentina | AR
follow-up | e daquele país a nigéria | NG
follow-up | próxima a do quênia | KE
follow-up | e a capital da etiópia então | ET
follow-up | outra a da grécia | GR
follow-up | e da turquia | TR
follow-up | agora me diz a da coreia do sul | KR
follow-up | e a do japão maninho | JP
follow-up | ok e a da índia | IN
follow-up | e pra tailândia | TH
follow-up | e a do vietnã qual que é | VN
follow-up | e a do canadá | CA
follow-up | tá certo e dos estados unidos | US
follow-up | e agora a do méxico | MX
follow-up | e de cuba piá | CU
follow-up | e a da austrália hein | AU
follow-up | pode ser a do egito agora | EG
follow-up | e do marrocos | MA
follow-up | e a da áfrica do sul | ZA
follow-up | e a da rússia que é grandona | RU
follow-up | outra da polônia | PL
follow-up | e a da noruega ainda | NO
follow-up | e da bahia | BR-BA
follow-up | e a do amazonas | BR-AM
plural-capitals | alexa quais são as capitais da bolívia | BO
plural-capitals | alexa a bolívia tem duas capitais quais são | BO
plural-capitals | alexa meu vizinho boliviano disse que lá tem duas capitais quais são elas | BO
plural-capitals | alexa quais são as três capitais da áfrica do sul | ZA
plural-capitals | alexa a áfrica do sul tem três capitais me fala todas | ZA
plural-capitals | alexa é verdade que a áfrica do sul tem mais de uma capital quais | ZA
plural-capitals | alexa quais as capitais dos países baixos | NL
plural-capitals | alexa a holanda tem duas capitais né quais são | NL
plural-capitals | alexa quais são as capitais da holanda amsterdã e qual mais | NL
plural-capitals | alexa quais são as capitais do benin | BJ
plural-capitals | alexa o benin tem duas capitais quais | BJ
plural-capitals | alexa me diz as capitais do benin por favor | BJ
plural-capitals | alexa quais as capitais da costa do marfim | CI
plural-capitals | alexa a costa do marfim tem duas capitais né | CI
plural-capitals | alexa fala as duas capitais da costa do marfim | CI
plural-capitals | alexa quais são as capitais do sri lanka | LK
plural-capitals | alexa o sri lanka tem duas capitais quais são elas | LK
plural-capitals | alexa me fala as capitais do sri lanka que o nome é enorme | LK
plural-capitals | alexa quais são as capitais da malásia | MY
plural-capitals | alexa a malásia tem duas capitais kuala lumpur e qual | MY
plural-capitals | alexa as capitais da malásia quais são | MY
plural-capitals | alexa quais são as capitais do essuatíni | SZ
plural-capitals | alexa a suazilândia tem duas capitais quais são | SZ
plural-capitals | alexa me diz as duas capitais do essuatíni | SZ
plural-capitals | alexa quais são as capitais da palestina | PS
plural-capitals | alexa a palestina tem mais de uma capital quais são | PS
plural-capitals | alexa me fala as capitais da palestina | PS
plural-capitals | alexa quantas e quais capitais tem a bolívia | BO
plural-capitals | alexa quais as capitais de holanda oxente | NL
plural-capitals | alexa quais são todas as capitais da áfrica do sul | ZA
subdivision | alexa qual é a capital da bahia | BR-BA
subdivision | alexa qual a capital do amazonas maninho | BR-AM
subdivision | alexa capital do paraná é curitiba né | BR-PR
subdivision | alexa qual é a capital do espírito santo | BR-ES
subdivision | alexa qual é a capital de sergipe ô meu rei | BR-SE
subdivision | alexa qual a capital de alagoas | BR-AL
subdivision | alexa qual é a capital do mato grosso tchá | BR-MT
subdivision | alexa qual a capital do mato grosso do sul | BR-MS
subdivision | alexa qual é a capital de rondônia | BR-RO
subdivision | alexa qual é a capital de roraima | BR-RR
subdivision | alexa qual a capital do acre que dizem que não existe | BR-AC
subdivision | alexa qual é a capital do amapá | BR-AP
subdivision | alexa qual a capital do tocantins | BR-TO
subdivision | alexa qual é a capital do piauí | BR-PI
subdivision | alexa capital do maranhão | BR-MA
subdivision | alexa qual é a capital do rio grande do norte | BR-RN
subdivision | alexa qual a capital da paraíba | BR-PB
subdivision | alexa qual é a capital de pernambuco | BR-PE
subdivision | alexa qual a capital de santa catarina | BR-SC
subdivision | alexa qual é a capital do rio grande do sul | BR-RS
subdivision | alexa qual a capital de goiás | BR-GO
subdivision | alexa qual é a capital de minas gerais | BR-MG
subdivision | alexa qual a capital do estado do rio | BR-RJ
subdivision | alexa qual a capital do estado de são paulo | BR-SP
subdivision | alexa qual é a capital do pará | BR-PA
subdivision | alexa qual é a capital do ceará | BR-CE
subdivision | alexa qual a capital do distrito federal | BR-DF
subdivision | alexa qual é a capital da califórnia | US-CA
subdivision | alexa qual a capital do texas | US-TX
subdivision | alexa qual é a capital da flórida que a gente vai pra orlando | US-FL
subdivision | alexa qual a capital de nova york | US-NY
subdivision | alexa qual é a capital do massachusetts onde meu primo mora | US-MA
subdivision | alexa qual a capital de nova jersey | US-NJ
subdivision | alexa qual é a capital do havaí | US-HI
subdivision | alexa qual a capital do alasca | US-AK
subdivision | alexa qual é a capital do estado de washington | US-WA
subdivision | alexa qual a capital da baviera | DE-BY
subdivision | alexa qual é a capital da saxônia | DE-SN
subdivision | alexa qual a capital do quebec | CA-QC
subdivision | alexa qual é a capital de ontário | CA-ON
subdivision | alexa qual a capital da colúmbia britânica | CA-BC
subdivision | alexa qual é a capital da escócia | GB-SCT
subdivision | alexa qual a capital do país de gales | GB-WLS
subdivision | alexa qual é a capital da irlanda do norte | GB-NIR
subdivision | alexa qual a capital da inglaterra | GB-ENG
subdivision | alexa qual é a capital de jalisco | MX-JAL
subdivision | alexa qual a capital de iucatã | MX-YUC
subdivision | alexa qual é a capital de quintana roo onde fica cancún | MX-ROO
subdivision | alexa qual a capital da tasmânia | AU-TAS
subdivision | alexa qual é a capital de queensland | AU-QLD
subdivision | alexa qual a capital de nova gales do sul | AU-NSW
subdivision | alexa qual é a capital de goa | IN-GA
subdivision | alexa qual a capital do kerala | IN-KL
subdivision | alexa qual é a capital do maharashtra | IN-MH
subdivision | alexa qual a capital do rajastão | IN-RJ
subdivision | alexa qual é a capital do tamil nadu | IN-TN
subdivision | alexa qual a capital de minas uai não sou mineira mas quero saber | BR-MG
subdivision | alexa me fala a capital de tocantins que eu sempre esqueço | BR-TO
subdivision | alexa qual é a capital do louisiana | US-LA
subdivision | alexa a capital da geórgia americana | US-GA
yes-no-check | alexa a capital da austrália é sydney né | AU
yes-no-check | alexa é verdade que a capital do canadá é toronto | CA
yes-no-check | alexa a capital da turquia é istambul ou não | TR
yes-no-check | alexa brasília é a capital do brasil né | BR
yes-no-check | alexa a capital da suíça é zurique | CH
yes-no-check | alexa mermão a capital da nigéria é lagos né | NG
yes-no-check | alexa confirma pra mim a capital do marrocos é rabat | MA
yes-no-check | alexa a capital dos estados unidos é nova york sim ou não | US
yes-no-check | alexa tá certo que a capital da bolívia é la paz | BO
yes-no-check | alexa a capital do vietnã é hanói ou ho chi minh | VN
yes-no-check | alexa oxente a capital da bahia é salvador né | BR-BA
yes-no-check | alexa a capital de minas é belo horizonte confere | BR-MG
yes-no-check | alexa será que a capital da índia é mumbai | IN
yes-no-check | alexa a capital do paquistão é karachi né | PK
yes-no-check | alexa a capital da nova zelândia é auckland | NZ
yes-no-check | alexa meu filho disse que a capital da tanzânia é dodoma é isso mesmo | TZ
yes-no-check | alexa a capital da costa do marfim é abidjan | CI
yes-no-check | alexa a capital de myanmar ainda é rangum | MM
yes-no-check | alexa a capital do cazaquistão é almaty ou mudou | KZ
yes-no-check | alexa a capital da alemanha é berlim né maninho | DE
yes-no-check | alexa a capital do equador é guayaquil | EC
yes-no-check | alexa aposta aqui a capital do chile é santiago sim ou não | CL
yes-no-check | alexa a capital da arábia saudita é meca | SA
yes-no-check | alexa a capital do egito é o cairo certo | EG
yes-no-check | alexa a capital da escócia é glasgow | GB-SCT
yes-no-check | alexa a capital do rio grande do sul é porto alegre confirma | BR-RS
yes-no-check | alexa a capital da califórnia é los angeles né | US-CA
yes-no-check | alexa a capital do mato grosso é cuiabá tchá | BR-MT
yes-no-check | alexa a capital do paraná é londrina | BR-PR
yes-no-check | alexa a capital da itália é roma ou milão | IT
yes-no-check | alexa é verdade que a capital do japão já foi kyoto e agora é tóquio | JP
yes-no-check | alexa a capital de portugal é o porto né | PT
yes-no-check | alexa a capital da colômbia é medellín | CO
yes-no-check | alexa a capital da china é xangai | CN
yes-no-check | alexa a capital da bélgica é bruxelas né isso mesmo | BE
self-correction | alexa qual a capital da áustria não da austrália | AU
self-correction | alexa qual é a capital da suécia ops quis dizer suíça | CH
self-correction | alexa capital da eslováquia não pera eslovênia | SI
self-correction | alexa qual é a capital do níger digo da nigéria | NG
self-correction | alexa qual é a capital da gâmbia aliás da guiné | GN
self-correction | alexa qual é a capital do irã ou melhor do iraque | IQ
self-correction | alexa qual a capital da guiana não da guiana francesa | GF
self-correction | alexa a capital da colômbia opa da bolívia | BO
self-correction | alexa qual é a capital do paraguai não não do uruguai | UY
self-correction | alexa qual a capital da mauritânia errei da maurícia não maurício | MU
self-correction | alexa qual é a capital de honduras quer dizer da nicarágua | NI
self-correction | alexa qual é a capital da letônia não da lituânia | LT
self-correction | alexa capital da dominica não da república dominicana | DO
self-correction | alexa qual a capital de sergipe ai não de alagoas | BR-AL
self-correction | alexa qual é a capital do amapá aliás do pará | BR-PA
self-correction | alexa qual é a capital da paraíba espera do piauí | BR-PI
self-correction | alexa qual é a capital de angola não de moçambique | MZ
self-correction | alexa qual a capital do quênia melhor dizendo da tanzânia | TZ
self-correction | alexa qual a capital do camboja vixe me enganei do laos | LA
self-correction | alexa qual é a capital do sudão perdão do sudão do sul | SS
self-correction | alexa qual é a capital da coreia do norte não do sul | KR
self-correction | alexa qual é a capital da armênia corrigindo do azerbaijão | AZ
self-correction | alexa qual é a capital da sérvia não não da croácia | HR
self-correction | alexa qual a capital do texas pera da flórida | US-FL
self-correction | alexa qual é a capital da romênia não falei errado da bulgária | BG
self-correction | alexa qual a capital do senegal ops do mali | ML
self-correction | alexa qual é a capital da dinamarca ou melhor da groenlândia | GL
self-correction | alexa qual a capital do togo não é do benin | BJ
self-correction | alexa qual é a capital do chade mermão troquei do gabão | GA
self-correction | alexa qual é a capital da jamaica não de barbados | BB
self-correction | alexa capital do nepal digo do butão | BT
reverse-question | alexa lima é capital de qual país | CITY:Lima
reverse-question | alexa nairóbi é capital de onde | CITY:Nairóbi
reverse-question | alexa de que país é a capital ouagadougou | CITY:Ouagadougou
reverse-question | alexa bamako é capital de que país | CITY:Bamako
reverse-question | alexa a cidade de acra é capital de qual país | CITY:Acra
reverse-question | alexa kigali é a capital de que lugar | CITY:Kigali
reverse-question | alexa luanda é capital de onde mermão | CITY:Luanda
reverse-question | alexa maputo é a capital de qual país | CITY:Maputo
reverse-question | alexa praia é capital de qual país | CITY:Praia
reverse-question | alexa bissau é capital de onde | CITY:Bissau
reverse-question | alexa de onde é capital a cidade de díli | CITY:Dili
reverse-question | alexa montevidéu é capital de qual país | CITY:Montevidéu
reverse-question | alexa assunção é a capital de que país | CITY:Assunção
reverse-question | alexa quito é capital de onde | CITY:Quito
reverse-question | alexa caracas é capital de qual país | CITY:Caracas
reverse-question | alexa tegucigalpa é capital de onde oxente | CITY:Tegucigalpa
reverse-question | alexa manágua é capital de que país | CITY:Manágua
reverse-question | alexa paramaribo é a capital de qual país | CITY:Paramaribo
reverse-question | alexa georgetown é capital de onde | CITY:Georgetown
reverse-question | alexa ulan bator é capital de qual país | CITY:Ulan Bator
reverse-question | alexa katmandu é capital de onde | CITY:Katmandu
reverse-question | alexa vientiane é capital de qual país | CITY:Vientiane
reverse-question | alexa thimphu é a capital de qual país | CITY:Thimphu
reverse-question | alexa asgabate é capital de onde | CITY:Asgabate
reverse-question | alexa tbilisi é capital de que país | CITY:Tbilisi
reverse-question | alexa yerevan é a capital de qual país | CITY:Yerevan
reverse-question | alexa riga é capital de onde | CITY:Riga
reverse-question | alexa liubliana é capital de qual país | CITY:Liubliana
reverse-question | alexa bratislava é a capital de onde | CITY:Bratislava
reverse-question | alexa reykjavík é capital de qual país | CITY:Reykjavík
reverse-question | alexa wellington é capital de onde | CITY:Wellington
reverse-question | alexa canberra é capital de qual país | CITY:Canberra
reverse-question | alexa florianópolis é capital de qual estado | CITY:Florianópolis
reverse-question | alexa palmas é capital de que estado | CITY:Palmas
reverse-question | alexa macapá é capital de onde | CITY:Macapá
reverse-question | alexa sacramento é capital de qual estado americano | CITY:Sacramento
official-name | alexa qual é a capital da república federativa do brasil | BR
official-name | alexa qual a capital da república francesa | FR
official-name | alexa qual é a capital da república federal da alemanha | DE
official-name | alexa qual é a capital do reino da espanha | ES
official-name | alexa qual a capital da república portuguesa | PT
official-name | alexa qual é a capital da república popular da china | CN
official-name | alexa qual é a capital da federação russa | RU
official-name | alexa qual é a capital da república argentina | AR
official-name | alexa qual a capital dos estados unidos mexicanos | MX
official-name | alexa qual é a capital dos estados unidos da américa | US
official-name | alexa qual é a capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | alexa qual a capital do estado plurinacional da bolívia | BO
official-name | alexa qual é a capital da república bolivariana da venezuela | VE
official-name | alexa qual a capital da república oriental do uruguai | UY
official-name | alexa qual é a capital da república de angola | AO
official-name | alexa qual a capital da república de moçambique | MZ
official-name | alexa qual é a capital da república democrática de timor-leste | TL
official-name | alexa qual a capital da república da guiné-bissau | GW
official-name | alexa qual é a capital do reino da arábia saudita | SA
official-name | alexa qual a capital do reino hachemita da jordânia | JO
official-name | alexa qual é a capital da república islâmica do irã | IR
official-name | alexa qual é a capital da república árabe do egito | EG
official-name | alexa qual a capital do reino do marrocos | MA
official-name | alexa qual é a capital da confederação suíça | CH
official-name | alexa qual a capital do reino dos países baixos | NL
official-name | alexa qual é a capital da república democrática federal da etiópia | ET
official-name | alexa qual a capital da república socialista do vietnã | VN
official-name | alexa qual é a capital do reino da tailândia | TH
official-name | alexa qual a capital da república da coreia | KR
official-name | alexa qual é a capital da república popular democrática da coreia | KP
official-name | alexa qual é a capital da república da índia | IN
official-name | alexa qual a capital da república cooperativa da guiana | GY
everyday-name | alexa qual é a capital da holanda | NL
everyday-name | alexa qual é a capital da república tcheca | CZ
everyday-name | alexa qual a capital da birmânia | MM
everyday-name | alexa qual é a capital dos emirados | AE
everyday-name | alexa qual é a capital dos states | US
everyday-name | alexa qual a capital da gringolândia | US
everyday-name | alexa qual é a capital da suazilândia | SZ
everyday-name | alexa qual a capital da costa do marfim a ivory coast | CI
everyday-name | alexa qual é a capital do congo kinshasa | CD
everyday-name | alexa qual a capital do congo brazzaville | CG
everyday-name | alexa qual é a capital da rdc | CD
everyday-name | alexa qual a capital da macedônia | MK
everyday-name | alexa qual é a capital da bielo-rússia | BY
everyday-name | alexa qual é a capital da moldova | MD
everyday-name | alexa qual a capital de são tomé | ST
everyday-name | alexa qual é a capital da guiné conacri | GN
everyday-name | alexa qual a capital do timor | TL
everyday-name | alexa qual é a capital da papua | PG
everyday-name | alexa qual é a capital da terra do tio sam | US
everyday-name | alexa qual a capital da terrinha que o vô é português | PT
everyday-name | alexa qual é a capital da terra da rainha | GB
everyday-name | alexa qual é a capital do japão terra do sol nascente | JP
everyday-name | alexa qual a capital da bósnia | BA
everyday-name | alexa qual a capital da antígua | AG
everyday-name | alexa qual é a capital dos eua | US
everyday-name | alexa qual é a capital da grã-bretanha | GB
everyday-name | alexa qual a capital da turquia a türkiye | TR
everyday-name | alexa qual é a capital de trinidad | TT
shared-name | alexa qual é a capital do congo | CD+CG
shared-name | alexa qual a capital da coreia | KP+KR
shared-name | alexa qual é a capital da geórgia | GE+US-GA
shared-name | alexa capital do congo mermão | CD+CG
shared-name | alexa me diz a capital das duas coreias | KP+KR
shared-name | alexa quais as capitais dos dois congos | CD+CG
shared-name | alexa a geórgia tem capital qual é | GE+US-GA
shared-name | alexa qual é a capital das ilhas virgens | VG+VI
shared-name | alexa qual a capital da dominica e da república dominicana | DM+DO
shared-name | alexa oxente qual é a capital da coreia | KP+KR
shared-name | alexa me fala a capital do congo que o jogador é de lá | CD+CG
shared-name | alexa qual é a capital da geórgia que eu vi no mapa | GE+US-GA
shared-name | alexa qual é a capital da geórgia o país lá perto da rússia | GE
shared-name | alexa qual a capital da geórgia o estado americano | US-GA
shared-name | alexa qual é a capital do congo de kinshasa | CD
shared-name | alexa qual a capital da coreia do kim jong un | KP
shared-name | alexa qual é a capital da coreia do kpop | KR
shared-name | alexa qual é a capital das ilhas virgens britânicas | VG
shared-name | alexa qual a capital das ilhas virgens americanas | VI
shared-name | alexa qual a capital da coreia do norte e da do sul | KP+KR
shared-name | alexa capitais da coreia | KP+KR
shared-name | alexa capital da geórgia piá | GE+US-GA
shared-name | alexa qual é a capital do congo belga | CD
shared-name | alexa qual a capital do congo francês | CG
shared-name | alexa qual a capital da geórgia onde fica atlanta | US-GA
territory | alexa qual é a capital de porto rico onde nasceu o bad bunny | PR
territory | alexa qual a capital da martinica | MQ
territory | alexa qual é a capital de guadalupe no caribe | GP
territory | alexa qual a capital da ilha da reunião | RE
territory | alexa qual é a capital da nova caledônia | NC
territory | alexa qual a capital do taiti | PF
territory | alexa qual é a capital das bermudas | BM
territory | alexa qual a capital das ilhas cayman onde os ricaços guardam dinheiro | KY
territory | alexa qual é a capital de gibraltar | GI
territory | alexa qual a capital das ilhas faroé | FO
territory | alexa qual é a capital da groenlândia que o trump queria comprar | GL
territory | alexa qual a capital de hong kong | HK
territory | alexa qual é a capital de macau onde se fala português | MO
territory | alexa qual a capital de guam | GU
territory | alexa qual é a capital de santa helena onde napoleão morreu | SH
territory | alexa qual a capital de mayotte | YT
territory | alexa qual é a capital da ilha de man | IM
territory | alexa qual a capital de jersey | JE
territory | alexa qual é a capital de sint maarten | SX
territory | alexa qual a capital da samoa americana | AS
territory | alexa qual é a capital do saara ocidental | EH
territory | alexa qual a capital das ilhas cook | CK
territory | alexa qual é a capital de bonaire | BQ
territory | alexa qual a capital de anguila | AI
territory | alexa qual é a capital da antártida | AQ
territory | alexa qual a capital das turcas e caicos | TC
territory | alexa qual é a capital de são pedro e miquelão | PM
territory | alexa qual é a capital de svalbard | SJ
territory | alexa qual a capital da guiana francesa vizinha do amapá | GF
territory | alexa qual a capital das malvinas | FK
old-name | alexa qual é a capital do ceilão | LK
old-name | alexa qual a capital da pérsia | IR
old-name | alexa qual é a capital do sião | TH
old-name | alexa qual é a capital da rodésia | ZW
old-name | alexa qual a capital do daomé | BJ
old-name | alexa qual é a capital do alto volta | BF
old-name | alexa qual a capital do zaire | CD
old-name | alexa qual é a capital da abissínia | ET
old-name | alexa qual a capital da formosa | TW
old-name | alexa qual é a capital da birmânia antiga | MM
old-name | alexa qual a capital do kampuchea | KH
old-name | alexa qual é a capital da bechuanalândia | BW
old-name | alexa qual a capital da niassalândia | MW
old-name | alexa qual é a capital da tchecoslováquia hoje tchéquia | CZ
old-name | alexa qual a capital do siam que a vovó fala | TH
child-speech | alexa qual é a capitau da frança | FR
child-speech | alexa a tia da escola perguntou a capital do japão | JP
child-speech | alexa qual é a capital do país do canguru | AU
child-speech | alexa a capital do país dos pandas | CN
child-speech | alexa eu tenho seis anos qual é a capital da itália | IT
child-speech | alexa qual é a capital de onde mora o papai noel a finlândia | FI
child-speech | alexa qual capital do egito das pirâmides | EG
child-speech | alexa minha mãe disse pra perguntar a capital da argentina | AR
child-speech | alexa qual é a capital do país do messi | AR
child-speech | alexa qual é a capital do país do neymar | BR
child-speech | alexa qual a capital da frança da torre eiffel | FR
child-speech | alexa eu sei a capital do brasil é brasília e a do peru | PE
child-speech | alexa qual é a capitali da espanha | ES
child-speech | alexa alexa alexa qual a capital do méxico | MX
child-speech | alexa meu irmão falou que a capital do canadá é toronto é mentira né | CA
child-speech | alexa a professora mandou pesquisar a capital da grécia | GR
child-speech | alexa qual é a capital da rússia que é o maior país | RU
child-speech | alexa qual é a capital da inglaterra do harry potter | GB-ENG
child-speech | alexa qual é a capital da jamaica do bob marley | JM
child-speech | alexa a capital da índia do elefante | IN
child-speech | alexa qual é a capital da islândia que tem vulcão | IS
child-speech | alexa quero saber a capital de cuba pro trabalho da escola | CU
child-speech | alexa qual a capital da noruega do frozen | NO
child-speech | alexa quala capital da alemanha | DE
child-speech | alexa a capital da coreia do sul do bts | KR
child-speech | alexa me fala a capital do quênia pra lição | KE
child-speech | alexa qual é a capital da holanda das tulipas | NL
child-speech | alexa qual é a capital do país do papa | VA
elder-speech | alexa minha filha a vó quer saber a capital da hungria | HU
elder-speech | alexa no meu tempo a capital da alemanha era bonn e agora qual é | DE
elder-speech | alexa ô dona alexa qual é a capital do líbano que meu avô veio de lá | LB
elder-speech | alexa moça qual é a capital da síria | SY
elder-speech | alexa a senhora sabe a capital da polônia | PL
elder-speech | alexa fala mais alto qual é a capital da irlanda | IE
elder-speech | alexa qual é a capital da itália que a nona veio de lá | IT
elder-speech | alexa desculpa não escutei qual é a capital da espanha | ES
elder-speech | alexa repete devagar a capital da ucrânia | UA
elder-speech | alexa qual é a capital do japão que meu marido trabalhou lá | JP
elder-speech | alexa pelo amor de deus qual é a capital da áustria | AT
elder-speech | alexa tô fazendo palavra cruzada capital da noruega quatro letras | NO
elder-speech | alexa a capital da romênia é bucareste ou budapeste que eu confundo | RO
elder-speech | alexa graças a deus você tá aí qual é a capital da bélgica | BE
elder-speech | alexa vô aqui quer saber a capital da suécia | SE
elder-speech | alexa quero saber a capital da dinamarca minha neta tá lá | DK
elder-speech | alexa meu bisavô era de portugal qual a capital de lá | PT
elder-speech | alexa qual é a capital do paraguai que eu ia de excursão | PY
elder-speech | alexa cruzadinha capital do peru | PE
elder-speech | alexa ô menina qual a capital da grécia | GR
elder-speech | alexa me diz a capital da turquia do bordado | TR
elder-speech | alexa a capital do vietnã da guerra qual é | VN
elder-speech | alexa qual é a capital da china que meu genro vai a negócio | CN
elder-speech | alexa minha santinha qual a capital do chile | CL
elder-speech | alexa diz pra vó a capital da venezuela | VE
elder-speech | alexa na novela das seis falaram da capital da índia qual é | IN
elder-speech | alexa o padre foi pra israel qual é a capital | IL
elder-speech | alexa a capital da frança ainda é paris | FR
elder-speech | alexa não sei mexer direito mas qual é a capital do canadá | CA
elder-speech | alexa me lembra a capital da argentina | AR
learner | alexa hola qual é la capital de colômbia | CO
learner | alexa qual es a capital do chile por favor | CL
learner | alexa che qual é a capital da nova zelândia | NZ
learner | alexa eu ser turista qual capital da austrália | AU
learner | alexa qual é o capital do egito | EG
learner | alexa o capital do marrocos qual | MA
learner | alexa what is capital de quênia | KE
learner | alexa me fala capital da china eu aprender português | CN
learner | alexa qual é capital do angola | AO
learner | alexa qual capital de nigéria | NG
learner | alexa capital de índia como se chama | IN
learner | alexa eu angolano quero saber capital de moçambique | MZ
learner | alexa eu não falo bem qual é a capital de camarões | CM
learner | alexa qual é capital do senegal eu sou de lá | SN
learner | alexa cuál es a capital do peru | PE
learner | alexa qual a capitale da itália | IT
learner | alexa eu venho de haiti qual é capital | HT
learner | alexa eu não sei bem falar capital de síria | SY
learner | alexa por favor capital de afeganistão | AF
learner | alexa qual é a capital de o japão | JP
learner | alexa qual a capital de guiné-bissau eu estudante | GW
learner | alexa me diga qual é a capital de cabo verde eu estou aprender | CV
learner | alexa a capital de bangladesh qual é por favor | BD
learner | alexa qual é capital venezuela | VE
code-switch | alexa what's the capital da frança | FR
code-switch | alexa tell me a capital da alemanha | DE
code-switch | alexa qual é a capital of canada | CA
code-switch | alexa capital city do japão | JP
code-switch | alexa me diz the capital da austrália | AU
code-switch | alexa sorry qual é a capital da irlanda | IE
code-switch | alexa please a capital da escócia | GB-SCT
code-switch | alexa what is the capital of portugal em português | PT
code-switch | alexa bro qual é a capital da coreia do sul | KR
code-switch | alexa ok google ops alexa qual a capital da itália | IT
code-switch | alexa qual é a capital do méxico tipo the capital city | MX
code-switch | alexa hey qual a capital da espanha | ES
code-switch | alexa qual é a capital da south africa | ZA
code-switch | alexa capital da new zealand | NZ
code-switch | alexa what's the capital of brasil | BR
code-switch | alexa qual é a capital da índia fast | IN
code-switch | alexa capital de la argentina qual é | AR
code-switch | alexa cuál es la capital de uruguay | UY
code-switch | alexa qual a capital do united kingdom | GB
code-switch | alexa qual é a capital da switzerland | CH
code-switch | alexa plis a capital da rússia | RU
code-switch | alexa qual é a capital da germany | DE
code-switch | alexa the capital of egypt por favor | EG
code-switch | alexa qual a capital dos united states | US
code-switch | alexa capital of turkey qual é | TR
context-story | alexa tô no ponto do ônibus e bateu a dúvida qual é a capital da bolívia | BO
context-story | alexa o cliente da barbearia é haitiano qual a capital do haiti | HT
context-story | alexa tô no plantão do hospital e a colega perguntou a capital da eritreia | ER
context-story | alexa a escola de samba vai homenagear a nigéria qual é a capital | NG
context-story | alexa o enredo da mangueira é sobre angola qual é a capital | AO
context-story | alexa o pescador aqui jura que a capital de cabo verde é mindelo qual é | CV
context-story | alexa o motorista de aplicativo é venezuelano qual a capital da venezuela | VE
context-story | alexa a vizinha do sexto andar é coreana qual a capital da coreia do sul | KR
context-story | alexa lá no bom retiro tem muito boliviano qual é a capital da bolívia | BO
context-story | alexa a costureira é paraguaia qual é a capital do paraguai | PY
context-story | alexa o marido da minha prima é sírio qual é a capital da síria | SY
context-story | alexa o time vai jogar no catar qual é a capital | QA
reverse-question | alexa o voo de conexão é em adis abeba capital de onde mesmo | CITY:Adis Abeba
context-story | alexa o café que eu comprei é da etiópia qual a capital de lá | ET
context-story | alexa o vinho do jantar é chileno qual a capital do chile | CL
context-story | alexa o sushiman é japonês de verdade qual é a capital do japão | JP
context-story | alexa o padeiro é português qual a capital de portugal | PT
context-story | alexa na aula de geografia do supletivo caiu a capital da jordânia | JO
context-story | alexa to estudando pro concurso qual é a capital do omã | OM
context-story | alexa vou fazer intercâmbio no canadá qual é a capital | CA
context-story | alexa meu filho vai jogar futebol na tailândia qual a capital | TH
context-story | alexa minha irmã casou com um nigeriano qual a capital da nigéria | NG
context-story | alexa o documentário da netflix é sobre ruanda qual é a capital | RW
context-story | alexa o pastor voltou de moçambique qual é a capital de lá | MZ
context-story | alexa a gente tá no quiz do bar qual é a capital da mongólia | MN
context-story | alexa valendo uma cerveja qual é a capital do cazaquistão | KZ
context-story | alexa na fila do banco uma senhora perguntou a capital do uzbequistão | UZ
context-story | alexa o navio que chegou no porto de santos é da libéria qual a capital | LR
context-story | alexa o petroleiro em macaé veio da noruega qual a capital | NO
context-story | alexa o gringo do hostel é da letônia qual é a capital | LV
context-story | alexa o turista do pelourinho é da eslovênia qual a capital de lá | SI
context-story | alexa o jogador novo do vasco é do equador qual é a capital | EC
context-story | alexa o técnico do bahia é argentino qual a capital da argentina | AR
context-story | alexa o cantor de reggae é da jamaica qual é a capital | JM
context-story | alexa o boi de parintins homenageou o peru qual a capital | PE
context-story | alexa o chocolate é da suíça qual é a capital de lá | CH
context-story | alexa a série turca que eu assisto qual a capital da turquia | TR
context-story | alexa meu chefe foi pra singapura qual é a capital | SG
context-story | alexa o livro que tô lendo se passa no afeganistão qual é a capital | AF
context-story | alexa a missionária voltou da guiné-bissau qual é a capital | GW
context-story | alexa o anime se passa no japão mas qual é a capital | JP
context-story | alexa o filme se passa no irã qual é a capital de lá | IR
context-story | alexa no jogo de adedonha caiu a letra z capital da zâmbia | ZM
context-story | alexa tô na uti neonatal de plantão e quero saber a capital da finlândia | FI
context-story | alexa o vizinho angolano fez muamba qual é a capital de angola | AO
context-story | alexa minha tia mora em curitiba e perguntou a capital da ucrânia | UA
context-story | alexa os descendentes de japoneses de londrina perguntaram a capital do japão | JP
context-story | alexa a loja chinesa da vinte e cinco de março é de onde capital da china | CN
context-story | alexa tô no mototáxi perguntando qual a capital do sudão | SD
context-story | alexa o forró lá em casa tá discutindo a capital do líbano | LB
indirect-question | alexa sabe me dizer qual é a capital da islândia | IS
indirect-question | alexa gostaria de saber a capital da croácia | HR
indirect-question | alexa tô curioso pra saber a capital da estônia | EE
indirect-question | alexa queria que você me dissesse a capital da albânia | AL
indirect-question | alexa será que você sabe a capital da moldávia | MD
indirect-question | alexa não lembro de jeito nenhum a capital da sérvia | RS
indirect-question | alexa me tira uma dúvida a capital da eslováquia | SK
indirect-question | alexa fiquei na dúvida sobre a capital do montenegro | ME
indirect-question | alexa preciso saber a capital do kosovo pra prova | XK
indirect-question | alexa quero descobrir a capital da macedônia do norte | MK
indirect-question | alexa eu tava pensando qual seria a capital da bielorrússia | BY
indirect-question | alexa me conta qual é a capital da lituânia | LT
indirect-question | alexa você poderia me falar a capital de malta | MT
indirect-question | alexa esqueci a capital de chipre | CY
indirect-question | alexa tô tentando lembrar a capital de andorra | AD
indirect-question | alexa tem como você me dizer a capital do liechtenstein | LI
indirect-question | alexa me ajuda a lembrar a capital da bósnia | BA
indirect-question | alexa queria saber rapidinho a capital da armênia | AM
indirect-question | alexa dá pra me falar a capital do azerbaijão | AZ
indirect-question | alexa eu nunca sei a capital do quirguistão | KG
indirect-question | alexa vivo esquecendo a capital do tadjiquistão | TJ
indirect-question | alexa me refresca a memória capital do turcomenistão | TM
indirect-question | alexa tô em dúvida sobre a capital de brunei | BN
indirect-question | alexa quero confirmar a capital do laos | LA
indirect-question | alexa você me diz por favor a capital do camboja | KH
out-of-domain | alexa bota um funk das antigas aí mermão | FB
out-of-domain | alexa toca ivete sangalo no último volume | FB
out-of-domain | alexa toca parado no bailão da gaby amarantos | FB
out-of-domain | alexa toca a playlist do bumba meu boi | FB
out-of-domain | alexa qual é a maré hoje na ribeira | FB
out-of-domain | alexa tá dando onda na prainha hoje | FB
out-of-domain | alexa o metrô da linha dois tá funcionando | FB
out-of-domain | alexa o brt tá passando na transcarioca | FB
out-of-domain | alexa que horas fecha o mercado modelo | FB
out-of-domain | alexa quanto custa um acarajé no rio vermelho | FB
out-of-domain | alexa o boi garantido ganhou esse ano | FB
out-of-domain | alexa quando é o festival de parintins | FB
out-of-domain | alexa quanto tá o quilo do tambaqui | FB
out-of-domain | alexa a balsa pro careiro sai que horas | FB
out-of-domain | alexa quanto tá a passagem do ligeirinho | FB
out-of-domain | alexa onde tem vina boa em curitiba | FB
out-of-domain | alexa tá fazendo quantos graus na rua xv | FB
out-of-domain | alexa onde vende chipa em cuiabá | FB
out-of-domain | alexa quando abre a pesca no pantanal | FB
out-of-domain | alexa receita de moqueca capixaba sem dendê | FB
out-of-domain | alexa qual a melhor panela de barro de goiabeiras | FB
out-of-domain | alexa quem vai cantar no festival de verão de salvador | FB
out-of-domain | alexa qual o placar de ba vi | FB
out-of-domain | alexa o fluminense joga quando | FB
out-of-domain | alexa me lembra de pagar o boleto da luz amanhã | FB
out-of-domain | alexa quanto tá o gás de cozinha | FB
out-of-domain | alexa liga o ar condicionado no dezoito | FB
out-of-domain | alexa fecha a cortina da sala | FB
out-of-domain | alexa abre o portão da garagem | FB
out-of-domain | alexa liga o aspirador robô | FB
out-of-domain | alexa quanto tempo falta pro natal | FB
out-of-domain | alexa quem canta evidências | FB
out-of-domain | alexa qual a letra de garota de ipanema | FB
out-of-domain | alexa o que significa oxente | FB
out-of-domain | alexa quantos anos tem o caetano veloso | FB
out-of-domain | alexa tô com dor de cabeça o que eu tomo | FB
out-of-domain | alexa qual o resultado da mega sena | FB
out-of-domain | alexa toca o hino do flamengo | FB
out-of-domain | alexa a capital aberta na bolsa o que significa | FB
out-of-domain | alexa o que é uma empresa de capital aberto | FB
out-of-domain | alexa como investir meu capital no tesouro direto | FB
out-of-domain | alexa qual é a taxa de ganho de capital pra vender apartamento | FB
out-of-domain | alexa o que é capital humano | FB
out-of-domain | alexa o que significa crime capital | FB
out-of-domain | alexa o que é capital político | FB
out-of-domain | alexa qual é o capital da minha poupança | FB
out-of-domain | alexa o que quer dizer capital cultural do bourdieu | FB
out-of-domain | alexa qual cidade é a capital mundial do carnaval | FB
out-of-domain | alexa qual é a capital do forró no nordeste | FB
out-of-domain | alexa qual cidade é conhecida como a capital do boi | FB
out-of-domain | alexa qual é a capital brasileira do carnaval fora de época | FB
out-of-domain | alexa qual é a capital nacional do pão de queijo | FB
out-of-domain | alexa onde fica a capital do cacau na bahia | FB
out-of-domain | alexa joinville é a capital da dança | FB
out-of-domain | alexa qual é a capital da cerveja no brasil | FB
out-of-domain | alexa qual é a capital da galiza | FB
out-of-domain | alexa qual é a capital da catalunha | FB
out-of-domain | alexa qual a capital da lombardia | FB
out-of-domain | alexa qual é a capital da sicília | FB
out-of-domain | alexa qual a capital da normandia | FB
out-of-domain | alexa qual é a capital da provença | FB
out-of-domain | alexa qual é a capital do algarve | FB
out-of-domain | alexa qual a capital do minho | FB
out-of-domain | alexa qual é a capital dos açores | FB
out-of-domain | alexa qual a capital da ilha da madeira | FB
out-of-domain | alexa qual é a capital da patagônia argentina | FB
out-of-domain | alexa qual a capital da terra do fogo | FB
out-of-domain | alexa qual é a capital do caribe | FB
out-of-domain | alexa qual a capital da áfrica | FB
out-of-domain | alexa qual a capital do mundo | FB
out-of-domain | alexa qual é a capital da ásia | FB
out-of-domain | alexa qual é a capital da oceania | FB
out-of-domain | alexa qual a capital do nordeste brasileiro | FB
out-of-domain | alexa qual é a capital do sertão baiano | FB
out-of-domain | alexa qual é a capital do vale do jequitinhonha | FB
out-of-domain | alexa qual a capital do recôncavo | FB
out-of-domain | alexa qual é a capital da serra gaúcha | FB
out-of-domain | alexa qual a capital do agreste | FB
out-of-domain | alexa qual é a capital do quilombo dos palmares | FB
out-of-domain | alexa qual é a capital de gotham city | FB
out-of-domain | alexa qual é a capital de nárnia | FB
out-of-domain | alexa qual a capital do reino de tão tão distante | FB
out-of-domain | alexa qual é a capital de pandora do avatar | FB
out-of-domain | alexa qual é a capital do sol | FB
out-of-domain | alexa qual a capital da tartária | FB
out-of-domain | alexa qual é a capital de bougainville | FB
out-of-domain | alexa qual é a capital da ossétia do sul | FB
out-of-domain | alexa qual a capital da abecásia | FB
out-of-domain | alexa qual é a capital do tibete | FB
out-of-domain | alexa qual a capital da tchetchênia | FB
out-of-domain | alexa qual é a capital da baixa normandia | FB
out-of-domain | alexa qual a capital do curdistão iraquiano | FB
out-of-domain | alexa qual é a capital da somalilândia | FB
out-of-domain | alexa qual era a capital da prússia | FB
out-of-domain | alexa qual era a capital do império inca | FB
out-of-domain | alexa qual era a capital do império asteca | FB
out-of-domain | alexa qual era a capital do brasil antes do rio | FB
out-of-domain | alexa quando a capital mudou pra brasília | FB
out-of-domain | alexa quem construiu brasília | FB
out-of-domain | alexa quantas pessoas moram na capital da bahia | FB
out-of-domain | alexa qual é o prefeito da capital | FB
out-of-domain | alexa como tá o tempo na capital paulista | FB
out-of-domain | alexa qual o melhor restaurante da capital | FB
out-of-domain | alexa quantos quilômetros daqui até a capital | FB
out-of-domain | alexa qual é a letra m maiúscula capital em inglês | FB
help | alexa ô meu rei me explica como é esse jogo das capitais | HELP
help | alexa painho não entendeu o que é pra falar me ajuda aí | HELP
help | alexa mermão como é que eu uso essa parada de capital | HELP
help | alexa maninho tô boiando no capitais do mundo me ajuda | HELP
help | alexa minha filha a vó não sabe o que falar pra você me explica | HELP
help | alexa tchá por deus como funciona isso aqui | HELP
help | alexa o que eu tenho que dizer pra você me responder as capitais | HELP
help | alexa piá me explica como pergunta a capital | HELP
help | alexa ajuda aí que eu travei no capitais do mundo | HELP
help | alexa como que usa isso me fala as regras direitinho | HELP
help | alexa posso perguntar de estado também como é que faz | HELP
help | alexa me dá umas dicas de como usar o capitais do mundo | HELP
stop | alexa para aí mermão já deu | STOP
stop | alexa ô meu rei para que eu vou sair | STOP
stop | alexa chega maninho que a comida tá na mesa | STOP
stop | alexa para o capitais do mundo que a novela começou | STOP
stop | alexa encerra aí que o piá foi dormir | STOP
stop | alexa fecha o capitais do mundo tchá | STOP
stop | alexa pode parar que a vó cansou | STOP
stop | alexa sai dessa skill que eu vou trabalhar | STOP
stop | alexa chega de geografia por hoje | STOP
stop | alexa para de falar de capital oxente | STOP
stop | alexa desliga o jogo que o culto vai começar | STOP
stop | alexa encerra tudo que acabou o intervalo | STOP
stop | alexa já tá bom pode fechar | STOP
stop | alexa fecha e vai dormir você também | STOP
stop | alexa basta por agora | STOP
cancel | alexa esquece essa pergunta mermão | CANCEL
cancel | alexa deixa quieto maninho não precisa | CANCEL
cancel | alexa cancela que eu perguntei errado | CANCEL
cancel | alexa oxente cancela isso aí | CANCEL
cancel | alexa não é isso não cancela a pergunta | CANCEL
cancel | alexa deixa pra lá minha filha | CANCEL
cancel | alexa esquece que a menina já respondeu | CANCEL
cancel | alexa cancela que o professor já falou a resposta | CANCEL
cancel | alexa ah deixa pra lá esquece | CANCEL
cancel | alexa pode cancelar essa aí | CANCEL
cancel | alexa cancela tchá | CANCEL
cancel | alexa não quero saber mais não esquece | CANCEL
cancel | alexa esquece piá | CANCEL
cancel | alexa desconsidera essa que eu falei besteira | CANCEL
cancel | alexa cancela que eu vi no livro | CANCEL
cancel | alexa esquece essa capital aí | CANCEL
cancel | alexa cancelar essa pergunta por favor | CANCEL
cancel | alexa anula o que eu pedi | CANCEL
cancel | alexa deixa isso quieto que já achei no google | CANCEL
cancel | alexa não precisa responder mais não | CANCEL
launch | alexa ô meu rei abre o capitais do mundo | LAUNCH
launch | alexa abre o capitais do mundo pra gente estudar pra prova | LAUNCH
launch | alexa bota o capitais do mundo pra vó jogar | LAUNCH
launch | alexa abre o capitais do mundo tchá | LAUNCH
launch | alexa entra no capitais do mundo | LAUNCH
launch | alexa vamos jogar o capitais do mundo maninho | LAUNCH
launch | alexa inicia aí o jogo capitais do mundo | LAUNCH
shared-name | alexa o jogador do flamengo é do congo qual é a capital | CD+CG
shared-name | alexa ô meu rei qual é a capital da coreia | KP+KR
shared-name | alexa a missionária foi pro congo qual a capital de lá | CD+CG
shared-name | alexa capital da geórgia mermão | GE+US-GA
shared-name | alexa a novela coreana é de lá qual a capital da coreia | KP+KR
shared-name | alexa qual é a capital das ilhas virgens do caribe | VG+VI
shared-name | alexa tchá a geórgia qual é a capital | GE+US-GA
shared-name | alexa qual a capital da geórgia terra do stalin | GE
shared-name | alexa qual a capital do congo que era da bélgica | CD
shared-name | alexa qual a capital do congo do lado de brazzaville | CG
shared-name | alexa qual é a capital da coreia do sul a do gangnam style | KR
plural-capitals | alexa ô meu rei quais são as capitais da bolívia sucre e qual | BO
plural-capitals | alexa maninho quais são as capitais do sri lanka | LK
plural-capitals | alexa quais são as capitais administrativas da malásia | MY
plural-capitals | alexa a palestina tem duas capitais quais são elas | PS
plural-capitals | alexa me diz todas as capitais do essuatíni mermão | SZ
plural-capitals | alexa tchá quais são as capitais do benin | BJ
plural-capitals | alexa quais são as capitais dos países baixos piá | NL
plural-capitals | alexa o sri lanka tem capital oficial e comercial quais são | LK
plural-capitals | alexa quais são as capitais da costa do marfim oxente | CI
plural-capitals | alexa a áfrica do sul tem capitais diferentes pra cada poder quais são | ZA
subdivision | alexa ô meu rei qual é a capital da bahia que painho esqueceu | BR-BA
subdivision | alexa maninho qual é a capital de roraima que eu vou de ônibus | BR-RR
subdivision | alexa a capital de rondônia é porto velho ou ji paraná | BR-RO
subdivision | alexa qual é a capital do espírito santo mermão vitória ou vila velha | BR-ES
subdivision | alexa minha tia é do rio grande do norte qual a capital de lá | BR-RN
subdivision | alexa capital de pernambuco pra cruzadinha | BR-PE
subdivision | alexa tchá qual a capital do rio grande do sul | BR-RS
subdivision | alexa o time de futebol é do pará qual a capital | BR-PA
subdivision | alexa o concurso é pro amapá qual é a capital | BR-AP
subdivision | alexa o primo foi morar no acre qual a capital de lá | BR-AC
subdivision | alexa piá qual é a capital de santa catarina | BR-SC
subdivision | alexa qual é a capital da califórnia onde fica hollywood | US-CA
subdivision | alexa a capital do texas não é houston não né | US-TX
subdivision | alexa meu cunhado mora em boston qual a capital do massachusetts | US-MA
subdivision | alexa qual a capital da flórida que o povo vai pra disney | US-FL
subdivision | alexa qual é a capital do nevada de las vegas | US-NV
subdivision | alexa qual é a capital do illinois de chicago | US-IL
subdivision | alexa qual é a capital da pensilvânia | US-PA
subdivision | alexa qual a capital do colorado das montanhas | US-CO
subdivision | alexa qual é a capital do tennessee do country | US-TN
subdivision | alexa qual é a capital da escócia dos gaiteiros | GB-SCT
subdivision | alexa qual a capital do país de gales dos dragões | GB-WLS
subdivision | alexa qual a capital da baviera da oktoberfest | DE-BY
subdivision | alexa qual é a capital da renânia do norte-vestfália | DE-NW
subdivision | alexa qual é a capital do quebec que fala francês | CA-QC
subdivision | alexa qual é a capital da alberta | CA-AB
subdivision | alexa qual é a capital de nuevo león | MX-NLE
subdivision | alexa qual a capital de oaxaca | MX-OAX
subdivision | alexa qual é a capital da baixa califórnia | MX-BCN
subdivision | alexa qual é a capital de victoria na austrália | AU-VIC
subdivision | alexa qual é a capital da austrália ocidental | AU-WA
subdivision | alexa qual é a capital do punjab indiano | IN-PB
subdivision | alexa qual é a capital de bengala ocidental | IN-WB
subdivision | alexa qual a capital do uttar pradesh | IN-UP
yes-no-check | alexa ô meu rei a capital da austrália é melbourne né | AU
yes-no-check | alexa mermão a capital do canadá é vancouver | CA
yes-no-check | alexa aposto que a capital da turquia é ancara acertei | TR
yes-no-check | alexa a capital da suíça é genebra né maninho | CH
yes-no-check | alexa é certo dizer que a capital da bolívia é sucre | BO
yes-no-check | alexa a capital do vietnã é saigon ainda | VN
yes-no-check | alexa tá certo que a capital da nova zelândia é wellington | NZ
yes-no-check | alexa piá a capital do paraná é curitiba né | BR-PR
yes-no-check | alexa a capital de santa catarina é joinville ou florianópolis | BR-SC
yes-no-check | alexa a capital do espírito santo é vila velha | BR-ES
yes-no-check | alexa a capital do mato grosso do sul é dourados | BR-MS
yes-no-check | alexa a capital do marrocos é casablanca né | MA
yes-no-check | alexa a capital da áfrica do sul é joanesburgo | ZA
yes-no-check | alexa a capital do benin é cotonou mesmo | BJ
yes-no-check | alexa a capital dos emirados é dubai | AE
yes-no-check | alexa a capital do brasil já foi salvador e agora é brasília né | BR
official-name | alexa ô meu rei qual a capital da república federativa do brasil | BR
official-name | alexa pra prova qual a capital da república da colômbia | CO
official-name | alexa qual é a capital do reino da noruega | NO
official-name | alexa qual a capital do reino da suécia | SE
official-name | alexa qual é a capital da república helênica | GR
official-name | alexa qual a capital do reino da bélgica | BE
official-name | alexa qual é a capital do reino do camboja | KH
official-name | alexa qual a capital da república unida da tanzânia | TZ
official-name | alexa qual é a capital da república federal da nigéria | NG
official-name | alexa qual a capital da república da áfrica do sul | ZA
official-name | alexa qual é a capital do estado do catar | QA
official-name | alexa qual é a capital da república do paraguai | PY
official-name | alexa qual a capital do reino do lesoto | LS
official-name | alexa qual é a capital da república do cazaquistão | KZ
everyday-name | alexa mermão qual é a capital da holanda | NL
everyday-name | alexa ô meu rei a capital dos states qual é | US
everyday-name | alexa qual a capital da terra do bacalhau portugal | PT
everyday-name | alexa piá qual é a capital da tchéquia a república tcheca | CZ
everyday-name | alexa qual a capital dos emirados lá de dubai | AE
everyday-name | alexa qual é a capital da birmânia o mianmar | MM
everyday-name | alexa qual é a capital da ilha de cuba | CU
everyday-name | alexa a capital do timor leste qual é | TL
everyday-name | alexa qual é a capital da bielo rússia | BY
everyday-name | alexa a capital da rd congo qual é | CD
everyday-name | alexa qual é a capital das arábias | SA
territory | alexa meu primo foi trabalhar em porto rico qual a capital | PR
territory | alexa a capital da groenlândia é nuuk mesmo | GL
territory | alexa qual é a capital das bermudas do triângulo | BM
territory | alexa o mergulho é em curaçao qual é a capital | CW
territory | alexa qual a capital da polinésia francesa | PF
territory | alexa a capital de macau qual é | MO
territory | alexa qual a capital de hong kong se é que tem | HK
territory | alexa qual é a capital das ilhas faroé onde tem as ovelhas | FO
territory | alexa qual é a capital de aruba dos cruzeiros | AW
territory | alexa qual é a capital de gibraltar dos macacos | GI
territory | alexa qual a capital da ilha de guernsey | GG
territory | alexa qual é a capital das ilhas åland | AX
reverse-question | alexa ô meu rei lima é capital de onde | CITY:Lima
reverse-question | alexa mermão caracas é capital de qual lugar | CITY:Caracas
reverse-question | alexa a cidade de tbilisi é capital de onde | CITY:Tbilisi
reverse-question | alexa o avião vai pra quito que é capital de qual país | CITY:Quito
reverse-question | alexa montevidéu é de qual país | CITY:Montevidéu
reverse-question | alexa dacca é capital de qual país | CITY:Dacca
reverse-question | alexa jacarta é capital de onde | CITY:Jacarta
reverse-question | alexa harare é capital de que país | CITY:Harare
reverse-question | alexa windhoek é capital de onde piá | CITY:Windhoek
reverse-question | alexa gaborone é capital de qual país | CITY:Gaborone
reverse-question | alexa palikir é capital de que lugar | CITY:Palikir
reverse-question | alexa funafuti é capital de qual país | CITY:Funafuti
reverse-question | alexa boa vista é capital de qual estado | CITY:Boa Vista
old-name | alexa ô meu rei qual é a capital do ceilão antigo | LK
old-name | alexa na minha época era rodésia qual é a capital | ZW
old-name | alexa qual a capital da antiga birmânia | MM
old-name | alexa qual é a capital do antigo daomé | BJ
old-name | alexa qual é a capital do zaire de antigamente | CD
old-name | alexa qual a capital da antiga pérsia | IR
context-story | alexa tô no churrasco da firma e o pessoal apostou a capital da austrália | AU
context-story | alexa no bloco de carnaval o cara fantasiado de viking perguntou a capital da dinamarca | DK
context-story | alexa tô na fila da lotérica e me deu branco qual a capital da hungria | HU
context-story | alexa o entregador é senegalês qual é a capital do senegal | SN
context-story | alexa a moça do salão é dominicana qual a capital de lá | DO
context-story | alexa meu colega de obra é haitiano e perguntou se eu sei a capital do haiti | HT
context-story | alexa a cozinheira do restaurante é peruana qual é a capital do peru | PE
context-story | alexa o rapaz da academia é cubano qual é a capital de cuba | CU
context-story | alexa a igreja vai mandar oferta pra guiné equatorial qual é a capital | GQ
context-story | alexa a turma da faculdade vai pro congresso em portugal qual a capital | PT
context-story | alexa o jogador do palmeiras é paraguaio qual a capital do paraguai | PY
context-story | alexa tô vendo o mundial de vôlei contra a polônia qual a capital | PL
context-story | alexa o pessoal do grupo de whatsapp tá brigando sobre a capital da austrália | AU
context-story | alexa o camelô vende perfume árabe qual a capital da arábia saudita | SA
context-story | alexa a encomenda veio da china qual é a capital de lá | CN
context-story | alexa o tênis foi fabricado no vietnã qual a capital | VN
context-story | alexa o barco pesqueiro é de são tomé e príncipe qual a capital | ST
context-story | alexa a enfermeira nova veio de angola qual a capital de lá | AO
context-story | alexa o professor de inglês é da nigéria qual a capital | NG
context-story | alexa o cara do kebab é turco qual a capital da turquia | TR
context-story | alexa tô no aeroporto de guarulhos e o painel diz doha capital de qual país | CITY:Doha
context-story | alexa a prima casou com um grego qual a capital da grécia | GR
context-story | alexa o vizinho do interior de goiás foi pro japão trabalhar qual a capital | JP
context-story | alexa o time da várzea tem um ganês qual é a capital de gana | GH
context-story | alexa o programa de culinária é sobre o líbano qual a capital | LB
context-story | alexa o filme da sessão da tarde se passa na escócia qual a capital | GB-SCT
context-story | alexa o podcast falou do butão o país da felicidade qual a capital | BT
context-story | alexa no jornal falaram do terremoto no nepal qual a capital | NP
context-story | alexa a seleção jogou contra a sérvia qual é a capital | RS
context-story | alexa tô fazendo bolo e o marido perguntou a capital da islândia | IS
regional-speech | alexa ô meu rei me diz a capital da argentina que a gente vai de ônibus | AR
regional-speech | alexa égua não é meu sotaque mas qual a capital do peru maninho | PE
regional-speech | alexa mermão qual é a capital do méxico sem zoeira | MX
regional-speech | alexa oxe painho quer saber a capital da venezuela | VE
regional-speech | alexa tchá por deus qual é a capital da colômbia | CO
regional-speech | alexa piá me fala a capital da frança rapidinho | FR
regional-speech | alexa é mermo maninho qual é a capital do japão | JP
regional-speech | alexa barril qual é a capital da alemanha véi | DE
regional-speech | alexa aí meu consagrado qual a capital da inglaterra | GB-ENG
regional-speech | alexa vixe qual é a capital do egito que eu sempre esqueço | EG
child-speech | alexa qual é a capital do país dos cangurus pra tarefa | AU
child-speech | alexa eu e meu primo apostamos qual é a capital da suécia | SE
child-speech | alexa qual é a capital do canadá que tem urso | CA
child-speech | alexa minha vó não sabe a capital da irlanda você sabe | IE
child-speech | alexa qual é a capitau do peru | PE
child-speech | alexa eu tô no terceiro ano qual a capital do chile | CL
child-speech | alexa alexa qual é a capital dos estados unidos | US
child-speech | alexa a capital da áfrica do sul do mandela | ZA
child-speech | alexa qual é a capital da china da muralha | CN
child-speech | alexa me fala a capital do egito que tem múmia | EG
elder-speech | alexa meu bem a capital da holanda qual é que eu esqueci | NL
elder-speech | alexa ô minha filha qual é a capital da bolívia | BO
elder-speech | alexa a vó quer saber a capital do uruguai do mate | UY
elder-speech | alexa escuta aqui qual é a capital da rússia de hoje | RU
elder-speech | alexa meu neto me ensinou a perguntar qual a capital da finlândia | FI
elder-speech | alexa a capital da tchecoslováquia agora qual é | CZ
elder-speech | alexa eu tenho oitenta anos e quero saber a capital da nova zelândia | NZ
elder-speech | alexa tô sem óculos qual é a capital da suíça | CH
follow-up | e a da holanda mermão | NL
follow-up | e de portugal ô meu rei | PT
follow-up | e a da espanha maninho | ES
follow-up | e a do sergipe | BR-SE
follow-up | e a do tocantins então | BR-TO
follow-up | e pra suíça qual é | CH
follow-up | e a da irlanda | IE
follow-up | e a da escócia | GB-SCT
learner | alexa cuál es la capital de paraguay em português | PY
learner | alexa eu ser de argentina qual capital do brasil | BR
learner | alexa mi amigo qual é capital de bolivia | BO
learner | alexa qual la capital de guatemala | GT
learner | alexa capital de honduras me dice | HN
learner | alexa eu coreano quer saber capital de japão | JP
code-switch | alexa what's the capital da bahia | BR-BA
code-switch | alexa capital of texas qual que é | US-TX
code-switch | alexa qual é a capital da florida in english | US-FL
code-switch | alexa brother capital da irlanda | IE
"""

if __name__ == "__main__":
    build_round(39, "pt", LINES, sys.argv, "tests/Eval/pt/round39/source/build_corpus.py")
