"""Brazilian Portuguese (pt-BR): what people ask a voice assistant about capitals, written by hand.

A place is written as its subject form with the article Portuguese gives it ("a frança", "o japão", "os estados
unidos", "portugal", "israel"); the "de" form ("da frança", "do japão", "dos estados unidos", "de portugal") and
the bare name follow. Frames use {x}, {of}, {n}, {tem} (agreeing with a plural subject), {num} (number of
capitals), {estado} (a state's "de" form after "do estado"), {city} (a capital, for the reverse question).
"""

BR = "pt-BR"
LOCALES = {BR: 1}
SPOKEN = r"[a-zà-öø-ÿ]+(['-][a-zà-öø-ÿ]+)*( [a-zà-öø-ÿ]+(['-][a-zà-öø-ÿ]+)*)*"


def forms(subject, of=None, **extra):
    """{x}, {of}, {n}, {tem} of a place from its subject form: o japão -> do japão, os estados unidos -> dos."""
    for article, contracted, plural in (("o ", "do ", False), ("a ", "da ", False), ("os ", "dos ", True),
                                        ("as ", "das ", True)):
        if subject.startswith(article):
            bare = subject[len(article):]
            return {"x": subject, "of": of or contracted + bare, "n": bare, "tem": "têm" if plural else "tem", **extra}
    return {"x": subject, "of": of or "de " + subject, "n": subject, "tem": "tem", **extra}


def p(*names, **extra):
    return [forms(name, **extra) for name in names]


def state(subject):
    return forms(subject, estado=forms(subject)["of"])


PLACES = {
    "BR": p("o brasil"), "PT": p("portugal"), "FR": p("a frança"), "DE": p("a alemanha"), "IT": p("a itália"),
    "ES": p("a espanha"), "GB": p("o reino unido", "a grã-bretanha"), "US": p("os estados unidos", "os eua"),
    "JP": p("o japão"), "CN": p("a china"), "IN": p("a índia"), "RU": p("a rússia"), "AR": p("a argentina"),
    "CL": p("o chile"), "UY": p("o uruguai"), "PY": p("o paraguai"), "BO": p("a bolívia", num="duas"),
    "PE": p("o peru"), "CO": p("a colômbia"), "VE": p("a venezuela"), "EC": p("o equador"), "MX": p("o méxico"),
    "CA": p("o canadá"), "CU": p("cuba"), "AU": p("a austrália"), "NZ": p("a nova zelândia"), "EG": p("o egito"),
    "MA": p("o marrocos"), "ZA": p("a áfrica do sul", num="três"), "AO": p("angola"), "MZ": p("moçambique"),
    "CV": p("cabo verde"), "ST": p("são tomé e príncipe"), "TL": p("timor-leste"), "NG": p("a nigéria"),
    "KE": p("o quênia"), "ET": p("a etiópia"), "NL": p("a holanda", "os países baixos", num="duas"),
    "BE": p("a bélgica"), "CH": p("a suíça"), "AT": p("a áustria"), "GR": p("a grécia"), "TR": p("a turquia"),
    "PL": p("a polônia"), "HU": p("a hungria"), "CZ": p("a república tcheca", "a tchéquia"), "RO": p("a romênia"),
    "UA": p("a ucrânia"), "SE": p("a suécia"), "NO": p("a noruega"), "FI": p("a finlândia"),
    "DK": p("a dinamarca"), "IE": p("a irlanda"), "IS": p("a islândia"), "HR": p("a croácia"), "IL": p("israel"),
    "LB": p("o líbano"), "SY": p("a síria"), "IR": p("o irã"), "IQ": p("o iraque"), "SA": p("a arábia saudita"),
    "QA": p("o catar"), "AE": p("os emirados árabes unidos", "os emirados"), "AF": p("o afeganistão"),
    "PK": p("o paquistão"), "NP": p("o nepal"), "TH": p("a tailândia"), "VN": p("o vietnã"),
    "PH": p("as filipinas"), "ID": p("a indonésia"), "MY": p("a malásia", num="duas"),
    "LK": p("o sri lanka", num="duas"), "KR": p("a coreia do sul"), "KP": p("a coreia do norte"),
    "MN": p("a mongólia"), "SN": p("o senegal"), "CI": p("a costa do marfim", num="duas"),
    "BJ": p("o benim", num="duas"), "PS": p("a palestina", num="duas"),
    "SZ": p("o essuatíni", "a suazilândia", num="duas"), "JM": p("a jamaica"), "HT": p("o haiti"),
    "PA": p("o panamá"), "CR": p("a costa rica"), "GT": p("a guatemala"), "HN": p("honduras"),
    "SV": p("el salvador"), "NI": p("a nicarágua"), "KZ": p("o cazaquistão"), "SG": p("singapura"),
    "MC": p("mônaco"), "VA": p("o vaticano"), "AD": p("andorra"), "LU": p("luxemburgo", "o luxemburgo"),
    "MT": p("malta"), "CY": p("chipre"),
}
SEVERAL = ["ZA", "BO", "NL", "CI", "BJ", "LK", "MY", "PS", "SZ"]

SHARED = [
    (forms("a coreia"), "KP+KR"), (forms("as duas coreias"), "KP+KR"), (forms("o congo"), "CD+CG"),
    (forms("a república democrática do congo"), "CD"), (forms("a guiné"), "GN"), (forms("a guiné-bissau"), "GW"),
    (forms("a guiné equatorial"), "GQ"), (forms("o níger"), "NE"), (forms("a dominica"), "DM"),
    (forms("a república dominicana"), "DO"), (forms("o sudão do sul"), "SS"), (forms("o sudão"), "SD"),
]

SUBDIVISIONS = [
    (state("a bahia"), "BR-BA"), (state("minas gerais"), "BR-MG"), (forms("minas", estado="de minas"), "BR-MG"),
    (state("o rio grande do sul"), "BR-RS"), (state("o paraná"), "BR-PR"), (state("pernambuco"), "BR-PE"),
    (state("o ceará"), "BR-CE"), (state("o amazonas"), "BR-AM"), (state("santa catarina"), "BR-SC"),
    (state("o pará"), "BR-PA"), (state("goiás"), "BR-GO"), (state("o espírito santo"), "BR-ES"),
    (state("o maranhão"), "BR-MA"), (state("alagoas"), "BR-AL"), (state("sergipe"), "BR-SE"),
    (state("o piauí"), "BR-PI"), (state("o tocantins"), "BR-TO"), (state("o acre"), "BR-AC"),
    (state("roraima"), "BR-RR"), (state("rondônia"), "BR-RO"), (state("o amapá"), "BR-AP"),
    (state("a paraíba"), "BR-PB"), (state("o rio grande do norte"), "BR-RN"), (state("mato grosso"), "BR-MT"),
    (state("mato grosso do sul"), "BR-MS"), (state("a califórnia"), "US-CA"), (state("o texas"), "US-TX"),
    (state("a flórida"), "US-FL"), (forms("a baviera"), "DE-BY"), (forms("a escócia"), "GB-SCT"),
    (forms("a inglaterra"), "GB-ENG"), (forms("a groenlândia"), "GL"),
]

CITIES = [
    ({"city": "nairóbi"}, "KE"), ({"city": "lisboa"}, "PT"), ({"city": "viena"}, "AT"), ({"city": "varsóvia"}, "PL"),
    ({"city": "oslo"}, "NO"), ({"city": "montevidéu"}, "UY"), ({"city": "lima"}, "PE"), ({"city": "bogotá"}, "CO"),
    ({"city": "assunção"}, "PY"), ({"city": "luanda"}, "AO"), ({"city": "maputo"}, "MZ"),
]

QUESTION = ["qual é a capital {of}", "qual a capital {of}", "você sabe qual é a capital {of}",
            "me fala a capital {of}", "qual é a capital {of} por favor"]

FAMILIES = [
    ("direct-question", "countries", 40, [
        "qual é a capital {of}", "qual a capital {of}", "qual que é a capital {of}", "como se chama a capital {of}",
        "a capital {of} é qual", "qual é o nome da capital {of}", "a capital {of} qual é",
        "qual é a capital atual {of}", "qual era a capital {of}"]),
    ("which-city", "countries", 20, [
        "que cidade é a capital {of}", "qual cidade é a capital {of}", "qual é a cidade que é capital {of}",
        "a capital {of} é que cidade", "qual cidade é capital {of}"]),
    ("polite-request", "countries", 30, [
        "me diga a capital {of}", "me fala a capital {of}", "me diz qual é a capital {of}",
        "me fala qual é a capital {of}", "você pode me dizer a capital {of}", "pode me dizer qual é a capital {of}",
        "você poderia me dizer a capital {of}", "eu quero saber a capital {of}", "queria saber qual é a capital {of}",
        "gostaria de saber a capital {of}", "a capital {of} por favor", "qual é a capital {of} por favor",
        "por favor me diga a capital {of}", "procura a capital {of}"]),
    ("do-you-know", "countries", 25, [
        "você sabe qual é a capital {of}", "sabe qual é a capital {of}", "você conhece a capital {of}",
        "você sabe a capital {of}", "não lembro a capital {of}", "esqueci a capital {of}",
        "me lembra a capital {of}", "não lembro qual é a capital {of}", "tu sabe qual é a capital {of}"]),
    ("topicalized", "countries", 18, [
        "{x} qual é a capital", "{x} a capital é qual", "a respeito {of} qual é a capital",
        "sobre {x} qual é a capital", "{x} tem qual capital"]),
    ("leading-filler", "countries", 16, [
        "ei qual é a capital {of}", "oi qual é a capital {of}", "olá qual a capital {of}",
        "então qual é a capital {of}", "escuta qual é a capital {of}", "uma pergunta qual é a capital {of}",
        "hum qual é a capital {of}", "ô qual é a capital {of}"]),
    ("trailing-words", "countries", 16, [
        "qual é a capital {of} mesmo", "qual é a capital {of} obrigado", "qual era a capital {of} mesmo",
        "qual é a capital {of} exatamente", "a capital {of} é qual mesmo", "qual é a capital {of} hein"]),
    ("bare-name", "countries", 16, ["capital {of}", "a capital {of}", "{n} capital", "capital {n}"]),
    ("follow-up", "countries", 16, [
        "e {x}", "e a capital {of}", "e {of}", "e {x} qual é", "agora {x}", "e sobre {x}",
        "mesma pergunta para {x}", "e {x} qual é a capital"]),
    ("everyday-name", "alternatives", 8, QUESTION),
    ("plural-capitals", "several", 14, [
        "quais são as capitais {of}", "quantas capitais {tem} {x}", "{x} {tem} quantas capitais",
        "quais são as {num} capitais {of}", "me fala as capitais {of}", "{x} {tem} {num} capitais quais são"]),
    ("shared-name", "shared", 14, QUESTION),
    ("subdivision", "subdivisions", 24, QUESTION[:4] + ["qual é a capital do estado {estado}"]),
    ("reverse-question", "cities", 8, [
        "{city} é capital de qual país", "{city} é a capital de que país", "qual país tem como capital {city}",
        "de que país {city} é a capital"]),
]

OUT_OF_DOMAIN = [
    "como está o tempo hoje", "vai chover amanhã", "coloca um timer de dez minutos", "que horas são",
    "me acorda às sete", "toca uma música", "me conta uma piada", "quantos habitantes tem o brasil",
    "que língua se fala na argentina", "qual é a moeda da suíça", "qual é o maior país do mundo",
    "qual é a maior cidade do brasil", "quem é o presidente da frança", "onde fica madagascar",
    "quanto é sete vezes oito", "traduz obrigado para o inglês", "adiciona leite na lista de compras",
    "acende a luz da sala", "o que é capital de giro", "qual é o seu nome", "quantos anos você tem",
    "qual é a altura do cristo redentor", "qual a distância até a lua", "qual é o maior rio do mundo",
    "toca sertanejo", "que horas são em tóquio", "qual o placar do flamengo",
    "qual é a bandeira do japão", "quantos países tem na áfrica", "o que é capital social", "toca as notícias", "que dia é hoje",
]
HELP = ["ajuda", "me ajuda", "preciso de ajuda", "como funciona", "o que eu posso perguntar", "o que você sabe fazer",
        "não sei o que dizer"]
STOP = ["para", "pare", "chega", "sair", "cala a boca", "parar"]
CANCEL = ["cancela", "cancelar", "deixa pra lá", "esquece", "não importa"]
