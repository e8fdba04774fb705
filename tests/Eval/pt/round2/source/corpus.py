"""Brazilian Portuguese (pt-BR), round 2: how Brazilians ask Alexa for a capital, written blind on 30 November 2026.
Transcripts lower case with accents kept, no punctuation, hyphens inside names ("guiné-bissau"), Brazilian spellings
("polônia", "irã", "vietnã", "quênia"). A name is written with its article where Brazilians say one ("a frança",
"o japão", "os estados unidos"); the frames contract it with "de" ("da frança", "do japão", "dos estados unidos",
"de portugal"). Brazilian states are asked about as Brazilians do ("capital do estado da bahia", "capital de são paulo")."""
from round2_world_corpus import family, place

LANGUAGE = "pt"
LOCALE = "pt-BR"
SEED = "round2-20261130-pt"
_WORD = "[a-zàáâãçéêíóôõúü]+(['-][a-zàáâãçéêíóôõúü]+)*"
TEXT = rf"{_WORD}( {_WORD})*"

_OF = {"a": "da", "o": "do", "as": "das", "os": "dos"}


def forms(name):
    """{subj} the name with its article ("a frança"), {de} after "de" ("da frança"), {x} without its article,
    {tem} the verb that agrees with it ("têm" for "os estados unidos")."""
    article, _, rest = name.partition(" ")
    if article in _OF:
        return {"subj": name, "de": f"{_OF[article]} {rest}", "x": rest,
                "tem": "têm" if article in ("as", "os") else "tem"}
    return {"subj": name, "de": "de " + name, "x": name, "tem": "tem"}


COUNTRIES = [
    place("FR", "a frança"), place("DE", "a alemanha"), place("IT", "a itália"), place("ES", "a espanha"),
    place("PT", "portugal"), place("GB", "o reino unido", "a grã-bretanha"), place("IE", "a irlanda"),
    place("CH", "a suíça"), place("AT", "a áustria"), place("BE", "a bélgica"), place("DK", "a dinamarca"),
    place("NO", "a noruega"), place("SE", "a suécia"), place("FI", "a finlândia"), place("IS", "a islândia"),
    place("PL", "a polônia"), place("CZ", "a república tcheca", "a tchéquia"), place("HU", "a hungria"),
    place("RO", "a romênia"), place("BG", "a bulgária"), place("GR", "a grécia"), place("TR", "a turquia"),
    place("HR", "a croácia"), place("RS", "a sérvia"), place("UA", "a ucrânia"), place("RU", "a rússia"),
    place("AR", "a argentina"), place("UY", "o uruguai"), place("PY", "o paraguai"), place("CL", "o chile"),
    place("PE", "o peru"), place("EC", "o equador"), place("CO", "a colômbia"), place("VE", "a venezuela"),
    place("SR", "o suriname"), place("MX", "o méxico"), place("US", "os estados unidos", "os eua"),
    place("CA", "o canadá"), place("CU", "cuba"), place("HT", "o haiti"), place("JM", "a jamaica"),
    place("PA", "o panamá"), place("CR", "a costa rica"), place("NI", "a nicarágua"), place("HN", "honduras"),
    place("GT", "a guatemala"), place("SV", "el salvador"), place("AO", "angola"), place("MZ", "moçambique"),
    place("CV", "cabo verde"), place("ST", "são tomé e príncipe"), place("TL", "timor-leste", "o timor leste"),
    place("EG", "o egito"), place("MA", "o marrocos"), place("DZ", "a argélia"), place("TN", "a tunísia"),
    place("LY", "a líbia"), place("KE", "o quênia"), place("ET", "a etiópia"), place("SN", "o senegal"),
    place("GH", "gana"), place("JP", "o japão"), place("CN", "a china"), place("KR", "a coreia do sul"),
    place("KP", "a coreia do norte"), place("IN", "a índia"), place("PK", "o paquistão"), place("IR", "o irã"),
    place("IQ", "o iraque"), place("IL", "israel"), place("LB", "o líbano"), place("SY", "a síria"),
    place("JO", "a jordânia"), place("SA", "a arábia saudita"), place("AE", "os emirados árabes unidos", "os emirados árabes"),
    place("QA", "o catar"), place("AF", "o afeganistão"), place("TH", "a tailândia"), place("VN", "o vietnã"),
    place("PH", "as filipinas"), place("ID", "a indonésia"), place("AU", "a austrália"),
    place("NZ", "a nova zelândia"), place("MN", "a mongólia"), place("KZ", "o cazaquistão"), place("NP", "o nepal"),
    place("BD", "bangladesh"), place("AM", "a armênia"), place("AZ", "o azerbaijão"), place("LU", "luxemburgo"),
    place("MC", "mônaco"), place("MT", "malta"), place("CY", "chipre"), place("AL", "a albânia"),
    place("SK", "a eslováquia"), place("SI", "a eslovênia"), place("LT", "a lituânia"), place("LV", "a letônia"),
    place("EE", "a estônia"), place("VA", "o vaticano"), place("TW", "taiwan"), place("XK", "kosovo"),
    place("BT", "o butão"), place("MM", "mianmar"), place("NG", "a nigéria"), place("BR", "o brasil"),
]

OFFICIAL = [
    place("BR", "a república federativa do brasil"), place("PT", "a república portuguesa"),
    place("FR", "a república francesa"), place("US", "os estados unidos da américa"),
    place("CN", "a república popular da china"), place("RU", "a federação russa"),
    place("GB", "o reino unido da grã-bretanha e irlanda do norte"), place("AR", "a república argentina"),
    place("UY", "a república oriental do uruguai"), place("ES", "o reino da espanha"),
    place("AO", "a república de angola"), place("MZ", "a república de moçambique"),
    place("CD", "a república democrática do congo"), place("BO", "o estado plurinacional da bolívia"),
    place("VE", "a república bolivariana da venezuela"), place("MX", "os estados unidos mexicanos"),
]

EVERYDAY = [
    place("US", "os eua", "estados unidos"), place("CZ", "a tchéquia"), place("MM", "a birmânia"),
    place("AE", "os emirados"), place("CG", "o congo-brazzaville"), place("CD", "o congo-kinshasa"),
    place("BY", "a bielorrússia", "belarus"), place("MK", "a macedônia"), place("GB", "a grã-bretanha"),
    place("TL", "o timor"), place("NL", "a holanda"),
]

SEVERAL = [
    place("ZA", "a áfrica do sul", tags="three"), place("BO", "a bolívia", tags="two"),
    place("NL", "a holanda", "os países baixos", tags="two"), place("CI", "a costa do marfim", tags="two"),
    place("BJ", "o benin", "benim", tags="two"), place("LK", "o sri lanka", tags="two"),
    place("MY", "a malásia", tags="two"), place("PS", "a palestina", tags="two"),
    place("SZ", "o essuatíni", "a suazilândia", tags="two"),
]

SHARED = [
    place("KP+KR", "a coreia"), place("CD+CG", "o congo"), place("GN", "a guiné"), place("GQ", "a guiné equatorial"),
    place("GW", "a guiné-bissau"), place("NE", "o níger"), place("NG", "a nigéria"), place("SD", "o sudão"),
    place("SS", "o sudão do sul"), place("DM", "dominica"), place("DO", "a república dominicana"),
    place("GE", "a geórgia"), place("VG+VI", "as ilhas virgens"), place("GY", "a guiana"),
    place("GF", "a guiana francesa"),
]

_BR = "br"
SUBDIVISIONS = [
    place("BR-SP", "são paulo", tags=_BR), place("BR-MG", "minas gerais", "minas", tags=_BR),
    place("BR-BA", "a bahia", tags=_BR), place("BR-RS", "o rio grande do sul", tags=_BR),
    place("BR-PE", "pernambuco", tags=_BR), place("BR-CE", "o ceará", tags=_BR), place("BR-PR", "o paraná", tags=_BR),
    place("BR-SC", "santa catarina", tags=_BR), place("BR-AM", "o amazonas", tags=_BR), place("BR-PA", "o pará", tags=_BR),
    place("BR-GO", "goiás", tags=_BR), place("BR-MT", "o mato grosso", "mato grosso", tags=_BR),
    place("BR-MS", "o mato grosso do sul", "mato grosso do sul", tags=_BR), place("BR-ES", "o espírito santo", tags=_BR),
    place("BR-MA", "o maranhão", tags=_BR), place("BR-PI", "o piauí", tags=_BR), place("BR-PB", "a paraíba", tags=_BR),
    place("BR-RN", "o rio grande do norte", tags=_BR), place("BR-AL", "alagoas", tags=_BR),
    place("BR-SE", "sergipe", tags=_BR), place("BR-TO", "o tocantins", tags=_BR), place("BR-RO", "rondônia", tags=_BR),
    place("BR-RR", "roraima", tags=_BR), place("BR-AC", "o acre", tags=_BR), place("BR-AP", "o amapá", tags=_BR),
    place("BR-RJ", "o rio de janeiro", tags=_BR), place("BR-DF", "o distrito federal"),
    place("US-CA", "a califórnia", tags="us"), place("US-FL", "a flórida", tags="us"),
]

POOLS = {"countries": COUNTRIES, "official": OFFICIAL, "everyday": EVERYDAY, "several": SEVERAL, "shared": SHARED,
         "subdivisions": SUBDIVISIONS}

FAMILIES = [
    family("direct-question", "countries", 16,
           "qual é a capital {de}", "qual a capital {de}", "qual que é a capital {de}", "que cidade é a capital {de}",
           "qual cidade é a capital {de}", "qual é o nome da capital {de}", "como se chama a capital {de}",
           "qual é a capital {de}"),
    family("polite-request", "countries", 13,
           "me diz a capital {de}", "me fala a capital {de}", "você pode me dizer qual é a capital {de}",
           "por favor qual é a capital {de}", "qual é a capital {de} por favor", "me diga qual é a capital {de}",
           "eu queria saber a capital {de}", "queria saber qual é a capital {de}", "pode me falar a capital {de}",
           "você poderia me dizer a capital {de}", "eu gostaria de saber qual a capital {de}"),
    family("imperative", "countries", 9,
           "fala a capital {de}", "diz a capital {de}", "me dá a capital {de}", "pesquisa a capital {de}",
           "procura a capital {de}", "fala pra mim a capital {de}", "diga a capital {de}"),
    family("do-you-know", "countries", 10,
           "você sabe qual é a capital {de}", "sabe a capital {de}", "tu sabe qual é a capital {de}",
           "você sabe a capital {de}", "esqueci a capital {de}", "esqueci qual é a capital {de}",
           "me lembra a capital {de}", "você conhece a capital {de}", "será que você sabe a capital {de}"),
    family("leading-filler", "countries", 10,
           "é qual é a capital {de}", "então qual é a capital {de}", "tipo qual a capital {de}",
           "ô alexa qual é a capital {de}", "alexa qual a capital {de}", "olha qual é a capital {de}",
           "hum qual é a capital {de}", "ei qual é a capital {de}", "então me diz a capital {de}",
           "é então qual que é a capital {de}"),
    family("trailing-words", "countries", 10,
           "qual é a capital {de} mesmo", "qual é a capital {de} hein", "qual a capital {de} né",
           "qual é a capital {de} aí", "qual era a capital {de} mesmo", "qual é a capital {de} então",
           "qual é a capital {de} tipo", "qual é a capital {de} alexa"),
    family("topicalized", "countries", 8,
           "{subj} qual é a capital", "a capital {de} é qual", "a capital {de} qual é", "{subj} tem qual capital",
           "{subj} a capital é qual"),
    family("bare-name", "countries", 8,
           "capital {de}", "a capital {de}", "capital {de} por favor", "capital {x}", "{x} capital"),
    family("follow-up", "countries", 12,
           "e {subj}", "e {de}", "e a capital {de}", "e {subj} qual é a capital", "e {subj} hein", "e sobre {subj}",
           "e {subj} então", "agora {de}", "e qual a capital {de}"),
    family("official-name", "official", 9,
           "qual é a capital {de}", "qual a capital {de}", "me diz a capital {de}", "você sabe a capital {de}"),
    family("everyday-name", "everyday", 8,
           "qual é a capital {de}", "qual a capital {de}", "capital {de}", "e {subj}"),
    family("plural-capitals", "several", 12,
           "quais são as capitais {de}", "quantas capitais {tem} {subj}", "{subj} {tem} quantas capitais",
           ("quais são as duas capitais {de}", "two"), ("quais são as três capitais {de}", "three"),
           ("{subj} {tem} duas capitais né quais são", "two"), ("{subj} {tem} três capitais quais são elas", "three"),
           "me diz as capitais {de}", "{subj} {tem} mais de uma capital", "quais as capitais {de}"),
    family("shared-name", "shared", 12,
           "qual é a capital {de}", "qual a capital {de}", "me diz a capital {de}", "capital {de}",
           "qual que é a capital {de}"),
    family("subdivision", "subdivisions", 29,
           ("qual é a capital do estado {de}", _BR), "qual é a capital {de}", "qual a capital {de}", "capital {de}",
           ("me diz a capital do estado {de}", _BR), "qual que é a capital {de}",
           ("qual é a capital do estado {de} nos estados unidos", "us")),
]

OTHER = {
    "out-of-domain": ("AMAZON.FallbackIntent", [
        "como vai estar o tempo amanhã", "toca uma música da anitta", "coloca um timer de cinco minutos",
        "quantos habitantes tem a china", "qual é a moeda do japão", "que língua se fala na suíça",
        "que horas são em lisboa", "quem é o presidente da argentina", "qual é a maior cidade da austrália",
        "onde fica a nigéria", "qual a distância de são paulo até o rio", "me conta uma piada", "liga a luz da sala",
        "adiciona arroz na lista de compras", "qual é o capital social mínimo de uma empresa", "quanto tá o dólar hoje",
        "que dia é hoje", "quem ganhou o jogo do flamengo", "qual é o tamanho do brasil", "quando é o carnaval",
        "como é a bandeira da itália", "qual é o idioma oficial de angola"]),
    "help": ("AMAZON.HelpIntent", ["ajuda", "me ajuda", "como funciona", "o que eu posso perguntar",
                                   "o que você sabe fazer"]),
    "stop": ("AMAZON.StopIntent", ["para", "parar", "chega", "pare", "sair"]),
    "cancel": ("AMAZON.CancelIntent", ["cancela", "cancelar", "deixa pra lá", "esquece", "cancela isso"]),
}
