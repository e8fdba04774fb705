"""Brazilian Portuguese round-3 evaluation corpus (pt-BR), written blind on 30 November 2026.

python3 tests/Eval/pt/round3/source/build_corpus.py [--check]
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round3_romance_corpus import main  # noqa: E402

LANG = "pt"
SEED = "round3-20261130-pt"
WEIGHTS = {"pt-BR": 1}

COUNTRIES = """
BR o brasil
PT portugal
FR a frança
DE a alemanha
ES a espanha
IT a itália
GB o reino unido|a grã-bretanha
IE a irlanda
BE a bélgica
NL a holanda|os países baixos
LU luxemburgo|o luxemburgo
CH a suíça
AT a áustria
DK a dinamarca
SE a suécia
NO a noruega
FI a finlândia
IS a islândia
PL a polônia
CZ a república tcheca|a tchéquia
SK a eslováquia
HU a hungria
RO a romênia
BG a bulgária
GR a grécia
HR a croácia
SI a eslovênia
RS a sérvia
BA a bósnia
ME montenegro
AL a albânia
UA a ucrânia
BY a bielorrússia
MD a moldávia
LT a lituânia
LV a letônia
EE a estônia
RU a rússia
TR a turquia
CY chipre
MT malta
MC mônaco
AD andorra
GE a geórgia
AM a armênia
AZ o azerbaijão
KZ o cazaquistão
UZ o uzbequistão
AF o afeganistão
PK o paquistão
IN a índia
NP o nepal
BD bangladesh
CN a china
JP o japão
MN a mongólia
TW taiwan
VN o vietnã
LA o laos
KH o camboja
TH a tailândia
MM mianmar|a birmânia
ID a indonésia
PH as filipinas
SG singapura
TL o timor-leste|timor-leste
IR o irã
IQ o iraque
SY a síria
LB o líbano
IL israel
JO a jordânia
SA a arábia saudita
YE o iêmen
OM omã
AE os emirados árabes unidos|os emirados
QA o catar
KW o kuwait
EG o egito
LY a líbia
TN a tunísia
DZ a argélia
MA o marrocos
SN o senegal
ML o mali
GH gana
NG a nigéria
CM camarões
ET a etiópia
KE o quênia
UG uganda
RW ruanda
TZ a tanzânia
MG madagascar
MZ moçambique
AO angola
CV cabo verde
GW a guiné-bissau
ST são tomé e príncipe
ZM a zâmbia
ZW o zimbábue
NA a namíbia
BW botsuana
US os estados unidos|os eua|a américa
CA o canadá
MX o méxico
GT a guatemala
CU cuba
HT o haiti
JM a jamaica
PA o panamá
CR a costa rica
NI a nicarágua
HN honduras
SV el salvador
CO a colômbia
VE a venezuela
EC o equador
PE o peru
CL o chile
AR a argentina
UY o uruguai
PY o paraguai
GY a guiana
SR o suriname
AU a austrália
NZ a nova zelândia
FJ fiji
"""

OFFICIAL = """
BR a república federativa do brasil
PT a república portuguesa
US os estados unidos da américa
GB o reino unido da grã-bretanha e irlanda do norte
DE a república federal da alemanha
CN a república popular da china
RU a federação russa
KR a república da coreia
KP a república popular democrática da coreia|a coreia do norte
CD a república democrática do congo|o congo kinshasa
CG a república do congo|o congo brazzaville
VA a cidade do vaticano|o vaticano
DO a república dominicana
MX os estados unidos mexicanos
VE a república bolivariana da venezuela
"""

EVERYDAY = """
NL a holanda
US os eua|a américa|os states
GB a grã-bretanha|o reino unido
CZ a tchéquia
MM a birmânia
SZ a suazilândia
CI a costa do marfim
TL o timor
BY a bielorrússia
"""

SEVERAL = """
ZA a áfrica do sul #3
BO a bolívia #2
NL os países baixos|a holanda #2
CI a costa do marfim #2
BJ o benin #2
LK o sri lanka|sri lanka #2
MY a malásia #2
PS a palestina #2
SZ o essuatíni|a suazilândia #2
"""

SHARED = """
KP+KR a coreia|as duas coreias
CD+CG o congo|os dois congos
VG+VI as ilhas virgens
KR a coreia do sul
KP a coreia do norte
GN a guiné
GQ a guiné equatorial
GW a guiné-bissau
NE o níger
NG a nigéria
SD o sudão
SS o sudão do sul
DM a dominica
DO a república dominicana
"""

SUBDIVISIONS = """
BR-SP são paulo|o estado de são paulo
BR-RJ o rio de janeiro|o estado do rio de janeiro
BR-MG minas gerais|minas
BR-BA a bahia
BR-RS o rio grande do sul
BR-PR o paraná
BR-SC santa catarina
BR-PE pernambuco
BR-CE o ceará
BR-PA o pará
BR-AM o amazonas
BR-GO goiás
BR-MT mato grosso|o mato grosso
BR-MS mato grosso do sul|o mato grosso do sul
BR-ES o espírito santo
BR-MA o maranhão
BR-PI o piauí
BR-RN o rio grande do norte
BR-PB a paraíba
BR-AL alagoas
BR-SE sergipe
BR-TO o tocantins
BR-RO rondônia
BR-RR roraima
BR-AC o acre
BR-AP o amapá
BR-DF o distrito federal
US-TX o texas
US-CA a califórnia
US-FL a flórida
US-NY o estado de nova york
GB-ENG a inglaterra
GB-SCT a escócia
CA-QC o quebec
"""

FAMILIES = [
    ("direct-question", "countries", 30, [
        "qual é a capital {de}", "qual a capital {de}", "qual que é a capital {de}", "qual é a cidade capital {de}",
        "a capital {de} é qual", "que cidade é a capital {de}", "qual cidade é a capital {de}",
        "a capital {de} qual é", "como se chama a capital {de}",
    ]),
    ("polite-request", "countries", 22, [
        "me fala a capital {de}", "me diz qual é a capital {de} por favor", "me fala qual é a capital {de}",
        "eu queria saber a capital {de}", "por favor me diga a capital {de}", "você pode me dizer a capital {de}",
        "me conta qual é a capital {de}", "gostaria de saber qual a capital {de}",
    ]),
    ("indirect-question", "countries", 14, [
        "sabe qual é a capital {de}", "cê sabe qual é a capital {de}", "você sabe a capital {de}",
        "esqueci a capital {de}", "não lembro a capital {de}", "cê lembra qual é a capital {de}",
        "quero saber qual é a capital {de}",
    ]),
    ("leading-filler", "countries", 12, [
        "ô alexa qual é a capital {de}", "então qual é a capital {de}", "ei qual é a capital {de}",
        "tipo qual é a capital {de}", "olha me fala a capital {de}", "ah qual é a capital {de}",
    ]),
    ("trailing-words", "countries", 12, [
        "qual é a capital {de} mesmo", "qual é a capital {de} hein", "qual é a capital {de} por favor",
        "a capital {de} é qual mesmo", "qual a capital {de} né", "me fala a capital {de} aí",
    ]),
    ("topicalized", "countries", 12, [
        "{x} qual é a capital", "e {x} qual é a capital", "{x} {has} qual capital", "{x} a capital é qual",
        "no caso {de} qual é a capital",
    ]),
    ("terse", "countries", 12, [
        "capital {de}", "{x} capital", "a capital {de}", "{n} capital",
    ]),
    ("follow-up", "countries", 14, [
        "e {x}", "e a {de}", "e a capital {de}", "e {x} hein", "agora {x}", "e no caso {de}", "e {x} qual é",
    ]),
    ("self-correction", "countries", 10, [
        "qual é a capital {de2} não pera {de}", "me fala a capital {de2} quer dizer {de}",
        "a capital {de2} não desculpa {de}", "qual é a capital {de2} ops {de}",
    ]),
    ("official-name", "official", 14, [
        "qual é a capital {de}", "me fala a capital {de}", "qual a capital {de}",
    ]),
    ("everyday-name", "everyday", 9, [
        "qual é a capital {de}", "sabe qual é a capital {de}", "me diz a capital {de}",
    ]),
    ("plural-capitals", "several", 14, [
        "quais são as capitais {de}", "quantas capitais {x} {has}", "{x} {has} {num} capitais quais são",
        "me fala as {num} capitais {de}", "é verdade que {x} {has} {num} capitais", "quais as capitais {de}",
    ]),
    ("shared-name", "shared", 16, [
        "qual é a capital {de}", "me fala a capital {de}", "qual a capital {de}",
    ]),
    ("subdivision", "subdivisions", 34, [
        "qual é a capital {de}", "qual a capital {de}", "me fala a capital {de}", "{x} qual é a capital",
        "cê sabe qual é a capital {de}", "qual que é a capital {de}",
    ]),
]

OUT_OF_DOMAIN = [
    "qual é a moeda do japão", "quantos habitantes tem a argentina", "que língua falam na suíça",
    "qual é a maior cidade do canadá", "que horas são em tóquio", "como é a bandeira do chile",
    "qual é o hino nacional da frança", "qual o tamanho da rússia", "quem é o presidente de portugal",
    "qual é o maior rio do mundo", "quantos países tem na áfrica", "qual a montanha mais alta do brasil",
    "o que é capital social", "quanto de capital preciso pra abrir uma empresa", "toca a rádio capital",
    "o que é letra maiúscula", "qual é a capital mundial do café", "o que é pena capital",
    "toca uma música", "como vai estar o tempo amanhã em recife", "coloca um timer de dez minutos",
    "acende a luz da sala", "me conta uma piada", "adiciona leite na lista de compras",
    "quanto foi o jogo do flamengo", "me acorda às sete", "traduz obrigado pro inglês",
    "quanto é doze vezes oito", "quando é o feriado da independência", "quais países fazem fronteira com o brasil",
    "qual é a comida típica do peru", "quanto custa uma passagem pra lisboa", "qual o menor país do mundo",
    "quantos estados tem o brasil", "toca anitta", "qual a distância entre são paulo e rio",
    "quantos anos tem a rainha da dinamarca", "em que continente fica o egito", "qual é o vulcão mais alto do mundo",
    "que dia é hoje", "liga pra minha mãe", "lê as notícias de hoje", "qual é o prefixo telefônico da argentina",
    "quanto tá o dólar hoje", "qual a religião mais comum na índia", "capital de giro o que é",
    "qual a população de belo horizonte", "quem ganhou a copa de dois mil e dois", "qual o fuso horário de portugal", "o que são pecados capitais",
]

OTHER = [
    ("AMAZON.FallbackIntent", "out-of-domain", OUT_OF_DOMAIN),
    ("AMAZON.HelpIntent", "help", [
        "o que eu posso te perguntar", "como funciona isso aqui", "preciso de uma ajuda", "me explica como usa",
        "o que você sabe fazer", "me ajuda por favor", "não entendi como funciona", "como que eu uso essa skill", "o que eu tenho que falar pra você", "quais perguntas você responde",
    ]),
    ("AMAZON.StopIntent", "stop", [
        "para alexa", "chega", "pode parar", "fica quieta", "para com isso", "desliga isso", "sai da skill", "já chega alexa",
    ]),
    ("AMAZON.CancelIntent", "cancel", [
        "cancela isso", "deixa pra lá", "esquece isso", "cancela por favor", "deixa quieto", "deixa pra lá obrigado", "cancela a pergunta", "esquece o que eu falei",
    ]),
    ("LaunchRequest", "launch", ["abre capitais do mundo", "abrir capitais do mundo", "iniciar capitais do mundo"]),
]

POOLS = {"countries": COUNTRIES, "official": OFFICIAL, "everyday": EVERYDAY, "several": SEVERAL, "shared": SHARED,
         "subdivisions": SUBDIVISIONS}

if __name__ == "__main__":
    main(globals())
