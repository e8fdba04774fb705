"""Round 36, Portuguese (pt-BR): a new author's own mix, written blind at the end of the thirty-seventh session (brief
WRITER43.md), with speakers, situations and wordings chosen apart from rounds 32 to 35.

Regions: fortalezenses of Messejana, the Praia de Iracema and Sobral ("macho", "pense", "rapaz", "deixe de arrodeio",
"tá com a mulesta"), goianienses of Goiânia and Anápolis ("uai", "cê", "nó", "pequi", "pamonha"), the Grande BH
(Contagem, Betim: "nó sô", "ô trem", "cê qué"), campineiros and jundiaienses ("meu", "cê"), gonçalenses of São Gonçalo
("mermão", "papo reto", "caô"), ceilandenses and taguatinguenses ("véi", "doido", "massa"), feirenses of Feira de Santana
("ó paí ó", "véi", "barril"), parintinenses of the boi-bumbá ("maninho", Garantido and Caprichoso), marabaenses ("égua",
"mano"), maringaenses ("daí", "tipo"), Volta Redonda, corumbaenses of the Pantanal, rondonopolitanos, garanhuenses.
Immigrant and heritage speakers: Peruvians of the Brás ("causa", "pe"), Ukrainian descendants of Prudentópolis ("dobryi
den"), a Ghanaian ("chale"), an Uruguayan of the Chuí ("bo", "ta"), Portuguese living in Brazil ("pá", "estou a
perguntar"), a Spanish tourist ("vale", "tío"), a Mexican ("órale", "güey"), Dutch descendants of Holambra ("hoi"), a
Pakistani ("salaam"), a Greek of São Paulo ("yassou"), an Armenian ("barev"), a Chinese shopkeeper of the 25 de Março
("ni hao"), a French woman ("alors", "bonjour"), a Guinean student, an Ecuadorian, a Togolese, a Sri Lankan, a
Georgian, a Dominican. Learners (learner grammar on purpose). Children (five and eight years old, the Galinha
Pintadinha, a school play, a globe). Teenagers ("tipo", "tá ligado", "brisa", "sextou", "bizarro", Discord). Elders
(crochet, the rosary group, the club bingo, a retired railwayman, "minha filha", "não entendi nada"). Work: a postman, a
lawyer's secretary, a cargo pilot, a pharmacist, a mechanic, an airport check-in clerk, a school cook, a bricklayer, a
bank cashier, an estate agent, a radio presenter, a florist. Home: feijoada, hanging laundry, a sleeping baby, cleaning
the fridge, painting nails, brigadeiro. Games: Imagem e Ação, dominoes in the square, a bar trivia night, truco, Uno, an
escape room. Sport: the Libertadores, MotoGP, jiu-jitsu, capoeira abroad, the World Cup qualifiers, swimming, the Pan
American Games. Travel: a cheap flight, a mission trip, moving to Portugal, a visa interview, backpacking in Africa,
dekasegi work in Japan.

Yes/no checks expect the place asked about, right or wrong; self-corrections expect the last place named after the
marker; reverse questions CITY:<capital> as languages/pt.json names it.

Sources: LINES below in the round-12 entry format (`family | frame or sentence | expected`; a fill carries its own
preposition and article; a frame at most three fills and used once), built by build_round of
tests/Eval/source/round12_hinl_corpus.py (round 36), dropping every (utterance, locale) pair of the earlier Portuguese
rounds. Every sentence was written by hand as one utterance.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
regional-speech | macho alexa aqui de messejana me diga a capital {} | da frança=FR; da espanha=ES; de portugal=PT
regional-speech | pense numa dúvida alexa qual é a capital {} rapaz | da itália=IT; da grécia=GR; de malta=MT
regional-speech | alexa deixe de arrodeio e diga logo a capital {} | da irlanda=IE; da islândia=IS; da noruega=NO
regional-speech | alexa aqui da praia de iracema o gringo perguntou a capital {} | da suécia=SE; da finlândia=FI; da dinamarca=DK
regional-speech | rapaz alexa tô com a mulesta de curiosidade qual a capital {} | do cazaquistão=KZ; do uzbequistão=UZ; do quirguistão=KG
regional-speech | alexa lá de sobral macho qual é a capital {} | do tadjiquistão=TJ; do turcomenistão=TM; do azerbaijão=AZ
regional-speech | uai alexa cê sabe a capital {} | da romênia=RO; da bulgária=BG; da hungria=HU
regional-speech | nó alexa aqui de goiânia qual que é a capital {} | da eslováquia=SK; da tchéquia=CZ; da polônia=PL
regional-speech | alexa tô comendo pequi aqui em anápolis fala a capital {} pra mim | da estônia=EE; da letônia=LV; da lituânia=LT
regional-speech | ô trem difícil alexa qual é a capital {} | da bielorrússia=BY; da ucrânia=UA; da moldávia=MD
regional-speech | nó sô alexa aqui de contagem cê qué me falar a capital {} | da sérvia=RS; da croácia=HR; da bósnia e herzegovina=BA
regional-speech | alexa aqui de betim uai qual é a capital {} | da albânia=AL; do kosovo=XK; da macedônia do norte=MK
regional-speech | meu alexa aqui de campinas qual é a capital {} | do canadá=CA; do méxico=MX; dos estados unidos=US
regional-speech | alexa cê sabe me dizer a capital {} meu | de cuba=CU; da jamaica=JM; do haiti=HT
regional-speech | alexa aqui de jundiaí fala aí a capital {} | da república dominicana=DO; de porto rico=PR; das bahamas=BS
regional-speech | mermão alexa aqui de são gonçalo papo reto qual é a capital {} | da nigéria=NG; de gana=GH; do togo=TG
regional-speech | alexa sem caô qual que é a capital {} mermão | do benim lá=BJ; da libéria=LR; da serra leoa=SL
regional-speech | alexa lá do alcântara em são gonçalo fala a capital {} | da guiné=GN; do senegal=SN; da gâmbia=GM
regional-speech | véi alexa aqui da ceilândia qual é a capital {} | do japão=JP; da coreia do sul=KR; da china=CN
regional-speech | doido alexa qual a capital {} véi | da tailândia=TH; do camboja=KH; do laos=LA
regional-speech | alexa massa véi aqui de taguatinga me fala a capital {} | do vietnã=VN; de mianmar=MM; da malásia a principal=MY
regional-speech | ó paí ó alexa aqui de feira de santana qual é a capital {} | de angola=AO; de moçambique=MZ; da zâmbia=ZM
regional-speech | alexa véi que barril qual é a capital {} | do zimbábue=ZW; de botsuana=BW; da namíbia=NA
regional-speech | alexa maninho aqui de parintins qual é a capital {} | do peru=PE; da colômbia=CO; do equador=EC
regional-speech | alexa sou do garantido maninho me diz a capital {} | da venezuela=VE; da guiana=GY; do suriname=SR
regional-speech | alexa sou do caprichoso e quero saber a capital {} | da guiana francesa=GF; da martinica=MQ; de guadalupe=GP
regional-speech | égua alexa aqui de marabá qual a capital {} mano | do pará=BR-PA; do tocantins=BR-TO; do maranhão=BR-MA
regional-speech | alexa daí aqui de maringá tipo qual é a capital {} | do paraná=BR-PR; de santa catarina=BR-SC; do rio grande do sul=BR-RS
regional-speech | alexa aqui em volta redonda a gente quer saber a capital {} | do rio de janeiro=BR-RJ; do espírito santo=BR-ES; de minas gerais=BR-MG
regional-speech | alexa lá de corumbá no pantanal qual é a capital {} | do mato grosso do sul=BR-MS; do mato grosso=BR-MT; de rondônia=BR-RO
regional-speech | alexa aqui de rondonópolis ô qual que é a capital {} | de goiás=BR-GO; do distrito federal=BR-DF; de roraima=BR-RR
regional-speech | oxe alexa aqui de garanhuns qual é a capital {} | de pernambuco=BR-PE; de alagoas=BR-AL; de sergipe=BR-SE
regional-speech | alexa macho qual é a capital {} que eu esqueci | do ceará=BR-CE; do rio grande do norte=BR-RN; do piauí=BR-PI
regional-speech | alexa uai me lembra a capital {} | do amazonas=BR-AM; do acre=BR-AC; do amapá=BR-AP
regional-speech | alexa aqui de feira véi fala a capital {} | da bahia=BR-BA; da paraíba=BR-PB; de são paulo=BR-SP
regional-speech | alexa pense num lugar longe qual é a capital {} | de tuvalu=TV; de nauru=NR; de quiribati=KI
regional-speech | alexa nó que lugar é esse qual a capital {} | de vanuatu=VU; das ilhas salomão=SB; de palau=PW
regional-speech | alexa meu do céu qual que é a capital {} | da micronésia=FM; das ilhas marshall=MH; de tonga=TO
regional-speech | alexa égua mano tu sabe a capital {} | de samoa=WS; de fiji=FJ; da papua nova guiné=PG
regional-speech | alexa véi me dá a capital {} rapidinho | do butão=BT; do nepal=NP; de bangladesh=BD
regional-speech | alexa mermão a capital {} qual é | do paquistão=PK; do afeganistão=AF; do irã=IR
regional-speech | macho alexa e a capital {} | do iraque=IQ; da síria=SY; da jordânia=JO
regional-speech | alexa uai qual é a capital {} mesmo hein | do líbano=LB; de israel=IL; da turquia=TR
regional-speech | alexa daí me fala a capital {} por favor | da arábia saudita=SA; do iêmen=YE; de omã=OM
regional-speech | alexa ô maninho a capital {} | do catar=QA; do kuwait=KW; do barein=BH
regional-speech | alexa tipo assim véi a capital {} qual é | dos emirados árabes=AE; de chipre=CY; da geórgia o país=GE
regional-speech | alexa pense que eu não sei a capital {} | da armênia=AM; da mongólia=MN; do sri lanka a oficial=LK
regional-speech | alexa rapaz da mulesta qual a capital {} | da etiópia=ET; da eritreia=ER; do djibuti=DJ
regional-speech | alexa aqui de anápolis sô qual é a capital {} | da somália=SO; do quênia=KE; de uganda=UG
regional-speech | alexa égua qual a capital {} égua | da tanzânia=TZ; de ruanda=RW; do burundi=BI
regional-speech | alexa ô do céu qual é a capital {} | do malaui=MW; de madagascar=MG; de maurício=MU
regional-speech | alexa papo reto qual a capital {} | dos comores=KM; das seicheles=SC; das maldivas=MV
regional-speech | alexa tô na dúvida meu qual é a capital {} | do lesoto=LS; do gabão=GA; da guiné equatorial=GQ
regional-speech | alexa uai sô a capital {} é qual | de camarões=CM; do chade=TD; da república centro africana=CF
regional-speech | alexa véi qual é a capital {} fala aí | do sudão=SD; do sudão do sul=SS; do egito=EG
regional-speech | alexa macho diga a capital {} | da líbia=LY; da tunísia=TN; da argélia=DZ
regional-speech | alexa nó qual a capital {} | do marrocos=MA; da mauritânia=MR; do mali=ML
regional-speech | alexa mermão qual que é a capital {} | do níger=NE; de burkina faso=BF; de cabo verde=CV
regional-speech | alexa maninho tu sabe qual é a capital {} | de são tomé e príncipe=ST; da guiné bissau=GW; do timor leste=TL
regional-speech | alexa égua qual é a capital {} mana | da indonésia=ID; das filipinas=PH; de brunei=BN
regional-speech | alexa meu qual é a capital {} aí | de singapura=SG; da nova zelândia=NZ; da austrália=AU
regional-speech | alexa rapaz me diga qual a capital {} | da nicarágua=NI; de honduras=HN; da guatemala=GT
regional-speech | alexa uai cê lembra a capital {} | de el salvador=SV; da costa rica=CR; do panamá=PA
regional-speech | alexa véi qual é a capital {} que eu nunca sei | do belize=BZ; de barbados=BB; de trinidad e tobago=TT
regional-speech | alexa ô trem qual é a capital {} | de santa lúcia=LC; de granada=GD; da dominica=DM
regional-speech | alexa macho que diabo é a capital {} | de são vicente e granadinas=VC; de são cristóvão e névis=KN; de antígua e barbuda=AG
regional-speech | alexa aqui em campinas meu qual é a capital {} | da suíça=CH; da áustria=AT; de liechtenstein=LI
regional-speech | alexa véi me diz a capital {} | de andorra=AD; de mônaco=MC; de san marino=SM
regional-speech | alexa nó que eu não sei a capital {} | do luxemburgo=LU; da bélgica=BE; da alemanha=DE
regional-speech | alexa sem caô qual a capital {} | da eslovênia=SI; do montenegro=ME; do reino unido=GB
regional-speech | alexa égua aqui de marabá qual a capital {} | do uruguai=UY; do paraguai=PY; da argentina=AR
regional-speech | alexa maringá aqui daí qual é a capital {} | do chile=CL; do brasil=BR; da coreia do norte=KP
regional-speech | alexa cê sabe a capital {} uai | da rússia=RU; da índia=IN; da costa do marfim a oficial=CI
regional-speech | alexa aqui de messejana a minha vizinha perguntou a capital do cazaquistão | KZ
regional-speech | ô alexa aqui da vila da penha em são gonçalo qual é a capital do sudão | SD
regional-speech | alexa véi do céu qual é a capital da macedônia | MK
regional-speech | alexa rapaz aqui do crato não de fortaleza mesmo qual a capital da nigéria | NG
regional-speech | uai sô alexa a capital da etiópia é qual hein | ET
regional-speech | égua mana alexa me diz a capital da islândia | IS
regional-speech | alexa deixe de lesera e diga a capital da dinamarca | DK
regional-speech | alexa cê tá boa qual a capital do peru sô | PE
regional-speech | alexa meu mano tô aqui em campinas no barão geraldo qual é a capital da grécia | GR
regional-speech | alexa aqui no setor bueno em goiânia qual é a capital do tocantins | BR-TO
regional-speech | alexa aqui em parintins o boi tá no bumbódromo qual a capital do amazonas | BR-AM
regional-speech | alexa lá de corumbá pertinho da bolívia qual é a capital da bolívia a de verdade | BO
immigrant-speech | alexa oye causa soy peruano del brás qual é a capital {} pe | da bolívia onde fica o governo=BO; do equador=EC; do chile=CL
immigrant-speech | alexa causa eu trabalho na costura e quero saber a capital {} | da colômbia=CO; da venezuela=VE; do panamá=PA
immigrant-speech | alexa dobryi den sou de prudentópolis qual é a capital {} | da ucrânia=UA; da polônia=PL; da bielorrússia=BY
immigrant-speech | alexa meu avô veio da ucrânia e quer saber a capital {} | da moldávia=MD; da romênia=RO; da hungria=HU
immigrant-speech | alexa chale i'm from ghana qual a capital {} please | de gana=GH; da costa do marfim=CI; do burkina faso=BF
immigrant-speech | alexa bo ta sou uruguaio do chuí qual é a capital {} | do uruguai=UY; da argentina=AR; do paraguai=PY
immigrant-speech | alexa ó pá estou a perguntar qual é a capital {} | de angola=AO; de moçambique=MZ; de cabo verde=CV
immigrant-speech | alexa sou português cá no brasil diga me lá a capital {} | de são tomé e príncipe=ST; da guiné bissau=GW; de timor leste=TL
immigrant-speech | alexa vale tío soy español qual é a capital {} | de marrocos=MA; da argélia=DZ; de andorra=AD
immigrant-speech | alexa órale güey sou mexicano qual a capital {} | de guatemala=GT; de honduras=HN; de el salvador=SV
immigrant-speech | alexa hoi sou de holambra minha família é holandesa qual é a capital {} | da bélgica=BE; do luxemburgo=LU; da alemanha=DE
immigrant-speech | alexa salaam sou paquistanês qual é a capital {} | do paquistão=PK; do afeganistão=AF; do bangladesh=BD
immigrant-speech | alexa yassou sou grego de são paulo qual a capital {} | de chipre=CY; da albânia=AL; da bulgária=BG
immigrant-speech | alexa barev sou armênio qual é a capital {} | da armênia=AM; da geórgia ali do lado=GE; do azerbaijão=AZ
immigrant-speech | alexa ni hao eu loja vinte cinco de março qual capital {} | da china=CN; de taiwan=TW; da mongólia=MN
immigrant-speech | alexa bonjour alors je suis française qual é a capital {} | da frança=FR; da suíça=CH; de mônaco=MC
immigrant-speech | alexa eu estudante da guiné conacri quero saber a capital {} | da guiné=GN; de serra leoa=SL; da libéria=LR
immigrant-speech | alexa sou equatoriano e meu filho pergunta a capital {} | do equador=EC; do peru=PE; da costa rica=CR
immigrant-speech | alexa je suis togolais eu quer saber capital {} | do togo=TG; do benin o oficial=BJ; do níger=NE
immigrant-speech | alexa ayubowan sou do sri lanka qual é a capital {} | da índia=IN; do nepal=NP; das maldivas=MV
immigrant-speech | alexa gamarjoba sou georgiano da geórgia país qual é a capital {} | da rússia=RU; da turquia=TR; da ucrânia=UA
immigrant-speech | alexa klk mi pana sou dominicano qual a capital {} | da república dominicana=DO; do haiti=HT; de cuba=CU
immigrant-speech | alexa causa peruano aqui qual é a capital de lima não pera do peru | PE
immigrant-speech | alexa ni hao qual capital japão | JP
immigrant-speech | alexa ó pá diga me cá qual é a capital do brasil que eu estou sempre a confundir | BR
immigrant-speech | alexa dobryi den o baba quer saber a capital da ucrânia | UA
immigrant-speech | alexa je suis togolais et la capitale du togo c'est lomé né | TG
learner-speech | alexa eu não sabe qual capital {} você fala | da noruega=NO; da suécia=SE; da finlândia=FI
learner-speech | alexa capital {} qual ser por favor | da dinamarca=DK; da estônia=EE; da letônia=LV
learner-speech | alexa me falar capital {} obrigado | da lituânia=LT; da eslováquia=SK; da eslovênia=SI
learner-speech | alexa quero saber o capital {} | de jamaica=JM; de haiti=HT; de bahamas=BS
learner-speech | alexa qual é capital de o {} | quênia=KE; iraque=IQ; vietnã=VN
learner-speech | alexa você sabe a capital {} eu estudar português | do camboja=KH; da indonésia=ID; de singapura=SG
learner-speech | alexa eu preciso capital {} pra prova | de ruanda=RW; do malaui=MW; da zâmbia=ZM
learner-speech | alexa onde é capital de país {} | da tanzânia=TZ; da somália=SO; da eritreia=ER
learner-speech | alexa capital da itália é qual cidade eu não lembrar | IT
learner-speech | alexa por favor me diz o capital da áustria eu é turista | AT
learner-speech | alexa eu gostar saber capital de nova zelândia | NZ
child-speech | alexa eu tenho cinco anos qual é a capital {} | do japão=JP; da austrália=AU; da áfrica do sul uma delas=ZA
child-speech | alexa a tia da escola pediu pra saber a capital {} | do egito=EG; da índia=IN; do canadá=CA
child-speech | alexa eu vou ser a rainha na peça da escola qual é a capital {} | da inglaterra=GB-ENG; da escócia=GB-SCT; do país de gales=GB-WLS
child-speech | alexa no meu globo tem um país chamado {} qual é a capital dele | madagascar=MG; mongólia=MN; groenlândia=GL
out-of-domain | alexa a galinha pintadinha mora em qual capital do brasil | FB
child-speech | alexa mamãe falou pra perguntar a capital da itália | IT
child-speech | alexa eu tenho oito anos e quero saber a capital da rússia é grande né | RU
child-speech | alexa qual é a capital do pinguim da antártida | AQ
child-speech | alexa meu papai trabalha na capital do mato grosso qual é | BR-MT
child-speech | alexa meu amigo da sala é do haiti qual é a capital de lá | HT
teen-speech | alexa tipo qual é a capital {} tá ligado | da coreia do sul=KR; da tailândia=TH; das filipinas=PH
teen-speech | alexa sextou mas tenho prova qual é a capital {} | da islândia=IS; da irlanda=IE; da croácia=HR
teen-speech | alexa bizarro eu não sei a capital {} me ajuda | do cazaquistão=KZ; do paquistão=PK; do irã=IR
teen-speech | alexa tô no discord com os mano qual é a capital {} | do canadá=CA; da suécia=SE; da polônia=PL
teen-speech | alexa brisa total qual a capital {} | da nova zelândia=NZ; de fiji=FJ; de samoa=WS
teen-speech | alexa tipo rapidinho a capital da turquia é istambul ou não | TR
teen-speech | alexa mano minha crush é da colômbia qual é a capital de lá | CO
teen-speech | alexa fala a capital do egito sem textão | EG
elder-speech | alexa minha filha eu tô fazendo crochê me diz a capital {} | de portugal=PT; da espanha=ES; da itália=IT
elder-speech | alexa o grupo do terço quer saber a capital {} | do vaticano=VA; de israel=IL; do líbano=LB
elder-speech | alexa no bingo do clube perguntaram a capital {} | da hungria=HU; da áustria=AT; da tchecoslováquia que hoje é tchéquia=CZ
elder-speech | alexa eu sou ferroviário aposentado e quero saber a capital {} | da argentina=AR; do chile=CL; da bolívia a de la paz=BO
elder-speech | alexa não entendi nada fala de novo a capital da frança | FR
elder-speech | alexa minha filha fala devagarinho a capital do japão pra mim | JP
elder-speech | alexa a vó tá com oitenta e sete anos e quer saber a capital da rússia | RU
elder-speech | alexa meu falecido pai era da síria qual é a capital de lá | SY
work-context | alexa sou carteiro e tem uma carta {} qual é a capital | do marrocos=MA; da tunísia=TN; do senegal=SN
work-context | alexa sou secretária no escritório de advocacia e o cliente é {} qual é a capital de lá | da suíça=CH; de luxemburgo=LU; de liechtenstein=LI
work-context | alexa sou piloto de avião de carga e vou {} qual é a capital | pro quênia=KE; pra etiópia=ET; pra nigéria=NG
work-context | alexa sou farmacêutica e o remédio vem {} qual é a capital | da índia=IN; da china=CN; da alemanha=DE
work-context | alexa sou mecânico e a peça veio {} qual a capital | do japão=JP; da coreia do sul=KR; da itália=IT
work-context | alexa trabalho no check in do aeroporto e o passageiro vai {} qual é a capital | pra etiópia=ET; pro catar=QA; pros emirados=AE
work-context | alexa sou merendeira da escola e as crianças perguntaram a capital {} | do piauí=BR-PI; de alagoas=BR-AL; do ceará=BR-CE
work-context | alexa sou pedreiro e meu patrão é {} qual a capital de lá | do paraguai=PY; do uruguai=UY; da bolívia a sede do governo=BO
work-context | alexa sou caixa de banco e o cliente mandou dinheiro {} qual é a capital | pra angola=AO; pra moçambique=MZ; pra portugal=PT
work-context | alexa sou corretora de imóveis e o comprador é {} qual a capital | da holanda=NL; da dinamarca=DK; da noruega=NO
work-context | alexa sou locutor de rádio e vou falar {} qual é a capital | da mongólia=MN; do nepal=NP; do butão=BT
work-context | alexa sou florista e a tulipa vem {} qual é a capital de lá | da turquia=TR; do irã=IR; do afeganistão=AF
work-context | alexa o motoboy tá esperando mas me fala a capital do haiti | HT
work-context | alexa tô no plantão da farmácia qual é a capital da argélia | DZ
work-context | alexa o encarte da rádio pede a capital de burquina faso | BF
home-context | alexa tô fazendo feijoada me fala a capital {} | de angola=AO; de cabo verde=CV; da guiné equatorial=GQ
home-context | alexa tô estendendo a roupa qual é a capital {} | da croácia=HR; da sérvia=RS; da bósnia=BA
home-context | alexa fala baixinho que o bebê tá dormindo qual é a capital {} | do chile=CL; da argentina=AR; do peru=PE
home-context | alexa tô limpando a geladeira e bateu a dúvida qual a capital {} | do laos=LA; de mianmar=MM; do camboja=KH
home-context | alexa tô pintando a unha me diz a capital {} | da letônia=LV; da lituânia=LT; da estônia=EE
home-context | alexa o brigadeiro tá no fogo rapidinho qual é a capital {} | da jordânia=JO; do iraque=IQ; do kuwait=KW
home-context | alexa tô passando pano na casa qual é a capital do gabão | GA
home-context | alexa o feijão tá no fogo qual é a capital da guiana | GY
game-context | alexa no imagem e ação caiu a capital {} qual é | da rússia=RU; do egito=EG; da grécia=GR
game-context | alexa no dominó da praça o seu zé apostou a capital {} qual é | da áustria=AT; da suíça=CH; da bélgica=BE
game-context | alexa no quiz do bar a pergunta é a capital {} | da mongólia=MN; do cazaquistão=KZ; do azerbaijão=AZ
game-context | alexa no truco quem perder fala a capital {} qual é | da jamaica=JM; de trinidad e tobago=TT; de barbados=BB
game-context | alexa na sala de fuga a senha é a capital {} | da islândia=IS; da noruega=NO; da finlândia=FI
game-context | alexa jogando uno aqui valendo a capital {} | do zimbábue=ZW; da namíbia=NA; de botsuana=BW
game-context | alexa no quiz do bar perguntaram a capital de tuvalu | TV
game-context | alexa na gincana valendo ponto qual é a capital de nauru | NR
sport-context | alexa a final da libertadores vai ser {} qual é a capital | no paraguai=PY; no equador=EC; no uruguai=UY
sport-context | alexa a motogp corre {} qual a capital de lá | na malásia=MY; na tailândia=TH; na indonésia=ID
sport-context | alexa o campeonato de jiu jitsu vai ser {} qual é a capital | nos emirados árabes unidos=AE; no japão=JP; na coreia do sul=KR
sport-context | alexa o mestre de capoeira vai dar aula {} qual é a capital | na polônia=PL; na tchéquia=CZ; na hungria=HU
sport-context | alexa o brasil joga as eliminatórias contra {} qual é a capital | a venezuela=VE; a bolívia=BO; a colômbia=CO
sport-context | alexa a natação do mundial vai ser {} qual é a capital | em singapura=SG; no catar=QA; na austrália=AU
sport-context | alexa os jogos pan americanos vão ser {} qual é a capital | no peru=PE; no chile=CL; no canadá=CA
sport-context | alexa o lutador de jiu jitsu é do cazaquistão qual é a capital | KZ
travel-context | alexa achei passagem barata {} qual é a capital | pro panamá=PA; pra costa rica=CR; pra nicarágua=NI
travel-context | alexa vou na missão da igreja {} qual é a capital | pra moçambique=MZ; pro malaui=MW; pra zâmbia=ZM
travel-context | alexa vou me mudar {} qual é a capital | pra portugal=PT; pra irlanda=IE; pra espanha=ES
travel-context | alexa tenho entrevista do visto {} qual é a capital de lá | dos estados unidos=US; do canadá=CA; da austrália=AU
travel-context | alexa vou mochilar {} qual é a capital | na tanzânia=TZ; em uganda=UG; em ruanda=RW
travel-context | alexa vou de dekassegui {} qual é a capital | pro japão=JP; pra coreia do sul=KR; pra taiwan=TW
travel-context | alexa tô no aeroporto de guarulhos e o voo é pra adis abeba qual é a capital da etiópia mesmo | ET
travel-context | alexa a passagem pra lisboa saiu barata lisboa é a capital de portugal né | PT
follow-up | e a {} | da letônia agora=LV; do vizinho chile agora=CL; do togo então=TG
follow-up | tá e a capital {} | da zâmbia=ZM; do suriname=SR; de belize=BZ
follow-up | beleza agora a {} | da croácia=HR; do quênia=KE; do omã=OM
follow-up | e a da bielorrússia macho | BY
follow-up | e a do nepal uai | NP
follow-up | agora faz a da jordânia véi | JO
follow-up | e a capital da tanzânia também | TZ
follow-up | e a da austrália sô | AU
follow-up | ah legal e a do panamá | PA
follow-up | e a do paraguai mermão | PY
follow-up | próxima a da hungria | HU
follow-up | e depois a do camboja | KH
follow-up | mais uma a do uzbequistão | UZ
follow-up | e aquela do lado a da eslováquia | SK
follow-up | e do sudão do sul qual é | SS
follow-up | e a de cuba maninho | CU
plural-capitals | alexa macho quais são as capitais da bolívia sucre e la paz | BO
plural-capitals | alexa uai a holanda tem capital dupla amsterdã e haia como é que é | NL
plural-capitals | alexa quais as capitais dos países baixos véi | NL
plural-capitals | alexa me fala as duas capitais do benim | BJ
plural-capitals | alexa é yamoussoukro ou abidjan as capitais da costa do marfim | CI
plural-capitals | alexa o sri lanka tem capital oficial e capital comercial quais são | LK
plural-capitals | alexa a malásia tem duas capitais kuala lumpur e qual a outra | MY
plural-capitals | alexa quais são as capitais da malásia meu | MY
plural-capitals | alexa o essuatíni tem duas capitais quais são | SZ
plural-capitals | alexa quais as capitais da suazilândia que agora chama essuatíni | SZ
plural-capitals | alexa a palestina tem duas capitais ramallah e jerusalém oriental é isso | PS
plural-capitals | alexa todas as capitais da áfrica do sul por favor | ZA
plural-capitals | alexa a bolívia tem quantas capitais mermão | BO
plural-capitals | alexa montserrat tem duas capitais é verdade quais são | MS
subdivision | alexa qual é a capital do estado {} | do texas=US-TX; da califórnia=US-CA; da flórida=US-FL
subdivision | alexa meu primo mora {} qual é a capital do estado | em nova york=US-NY; em nova jérsei=US-NJ; em massachusetts=US-MA
subdivision | alexa a capital {} que eu sempre esqueço qual é | do alasca=US-AK; do havaí=US-HI; do arizona=US-AZ
subdivision | alexa nos estados unidos qual é a capital {} | do colorado=US-CO; do nevada=US-NV; do utah=US-UT
subdivision | alexa me fala a capital do estado americano {} | do kansas=US-KS; do iowa=US-IA; do arkansas=US-AR
subdivision | alexa qual a capital {} lá nos eua | da luisiana=US-LA; do mississippi=US-MS; do alabama=US-AL
subdivision | alexa o estado {} tem capital qual | do oregon=US-OR; do idaho=US-ID; de washington o estado=US-WA
subdivision | alexa qual a capital {} nos estados unidos | da virgínia=US-VA; da virgínia ocidental=US-WV; da carolina do norte=US-NC
subdivision | alexa a capital {} americano qual é | do maine=US-ME; do vermont=US-VT; de nova hampshire=US-NH
subdivision | alexa capital {} me fala | do dakota do norte=US-ND; do dakota do sul=US-SD; do indiana=US-IN
subdivision | alexa no canadá qual é a capital {} | do ontário=CA-ON; da colúmbia britânica=CA-BC; do saskatchewan=CA-SK
subdivision | alexa a província canadense {} tem qual capital | de nova brunswick=CA-NB; da nova escócia=CA-NS; da ilha do príncipe eduardo=CA-PE
subdivision | alexa qual é a capital {} no canadá | dos territórios do noroeste=CA-NT; do manitoba=CA-MB; de terra nova e labrador=CA-NL
subdivision | alexa na austrália qual é a capital {} | da nova gales do sul=AU-NSW; do queensland=AU-QLD; da austrália meridional=AU-SA
subdivision | alexa o estado australiano {} qual a capital | da tasmânia=AU-TAS; da austrália ocidental=AU-WA; de vitória=AU-VIC
subdivision | alexa na alemanha qual é a capital {} | da baviera=DE-BY; da saxônia=DE-SN; do brandemburgo=DE-BB
subdivision | alexa qual a capital do estado alemão {} | da renânia palatinado=DE-RP; do schleswig holstein=DE-SH; do sarre=DE-SL
subdivision | alexa qual é a capital {} lá na alemanha | da turíngia=DE-TH; da saxônia anhalt=DE-ST; da baixa saxônia=DE-NI
subdivision | alexa na índia qual é a capital {} | do rajasthan=IN-RJ; do kerala=IN-KL; do gujarat=IN-GJ
subdivision | alexa o estado indiano {} tem capital qual | do bihar=IN-BR; do assam=IN-AS; do odisha=IN-OD
subdivision | alexa qual é a capital {} na índia | do uttar pradesh=IN-UP; do maharashtra=IN-MH; do telangana=IN-TS
subdivision | alexa no méxico qual é a capital {} | de jalisco=MX-JAL; de oaxaca=MX-OAX; de yucatán=MX-YUC
subdivision | alexa o estado mexicano {} tem qual capital | de sonora=MX-SON; de sinaloa=MX-SIN; de chihuahua=MX-CHH
subdivision | alexa qual é a capital {} no méxico | de quintana roo=MX-ROO; de nuevo león=MX-NLE; de tabasco=MX-TAB
subdivision | alexa qual a capital {} no reino unido | da escócia=GB-SCT; da irlanda do norte=GB-NIR; do país de gales=GB-WLS
subdivision | alexa capital {} qual que é | de sergipe=BR-SE; do rio grande do norte=BR-RN; de roraima=BR-RR
subdivision | alexa qual é a capital {} que eu tenho prova amanhã | do amapá=BR-AP; do acre=BR-AC; de rondônia=BR-RO
subdivision | alexa me fala a capital {} por favor | de minas=BR-MG; do espírito santo=BR-ES; do mato grosso=BR-MT
subdivision | alexa qual é a capital {} do brasil | do estado do pará=BR-PA; do estado de goiás=BR-GO; do estado do tocantins=BR-TO
subdivision | alexa a capital do estado de pernambuco é qual | BR-PE
subdivision | alexa qual a capital do maranhão é são luís né | BR-MA
subdivision | alexa qual é a capital da paraíba | BR-PB
subdivision | alexa qual é a capital do rio grande do sul macho | BR-RS
subdivision | alexa qual a capital de santa catarina uai | BR-SC
subdivision | alexa qual é a capital do distrito federal é brasília mesmo | BR-DF
subdivision | alexa qual é a capital do ceará pra minha vó | BR-CE
subdivision | alexa a capital do estado de são paulo é a cidade de são paulo mesmo | BR-SP
subdivision | alexa capital da bahia qual é véi | BR-BA
subdivision | alexa qual é a capital do piauí que eu vou pra lá | BR-PI
subdivision | alexa qual a capital do amazonas é manaus né | BR-AM
subdivision | alexa a capital do illinois é chicago | US-IL
subdivision | alexa qual a capital do michigan | US-MI
subdivision | alexa e a capital da pensilvânia qual é | US-PA
subdivision | alexa capital do tennessee é nashville | US-TN
subdivision | alexa qual a capital da geórgia o estado americano | US-GA
subdivision | alexa qual é a capital de quebec a província | CA-QC
subdivision | alexa qual é a capital de alberta é calgary | CA-AB
subdivision | alexa qual é a capital do território do norte na austrália | AU-NT
subdivision | alexa capital de hamburgo lá na alemanha | DE-HH
subdivision | alexa qual a capital do punjab da índia | IN-PB
subdivision | alexa qual é a capital de goa na índia | IN-GA
subdivision | alexa qual a capital de veracruz | MX-VER
subdivision | alexa qual é a capital do estado de puebla no méxico | MX-PUE
subdivision | alexa capital da inglaterra é londres ou não | GB-ENG
territory | alexa qual é a capital {} | da groenlândia=GL; das ilhas faroé=FO; de svalbard=SJ
territory | alexa a ilha {} tem capital qual | de guam=GU; de porto rico=PR; de aruba=AW
territory | alexa qual a capital {} | das bermudas=BM; das ilhas cayman=KY; das ilhas turcas e caicos=TC
territory | alexa me diz a capital {} | da polinésia francesa=PF; da nova caledônia=NC; de wallis e futuna=WF
territory | alexa qual é a capital {} da frança | da reunião a ilha=RE; de mayotte=YT; de são pedro e miquelão=PM
territory | alexa capital {} qual é | de curaçao=CW; de sint maarten=SX; de bonaire=BQ
territory | alexa qual é a capital das ilhas malvinas ou falklands | FK
territory | alexa qual a capital de gibraltar | GI
territory | alexa qual a capital de guernsey | GG
territory | alexa qual a capital de santa helena a ilha do napoleão | SH
territory | alexa a ilha norfolk tem capital qual | NF
territory | alexa qual a capital da ilha christmas | CX
territory | alexa qual a capital das ilhas pitcairn | PN
territory | alexa qual é a capital de tokelau | TK
territory | alexa qual é a capital de são martinho a parte francesa | MF
yes-no-check | alexa a capital da austrália é sydney macho | AU
yes-no-check | alexa a capital do canadá é ottawa ou montreal | CA
yes-no-check | alexa confirma pra mim que a capital da suíça é zurique | CH
yes-no-check | alexa a capital do marrocos é casablanca uai | MA
yes-no-check | alexa rio de janeiro ainda é capital do brasil ou não | BR
yes-no-check | alexa é certo que nairóbi é a capital do quênia | KE
yes-no-check | alexa a capital do vietnã é ho chi minh né | VN
yes-no-check | alexa a capital de goiás é anápolis véi | BR-GO
yes-no-check | alexa a capital do paraná é londrina ou curitiba | BR-PR
yes-no-check | alexa é isso mesmo que a capital do mato grosso do sul é campo grande | BR-MS
yes-no-check | alexa a capital de nova york é a cidade de nova york | US-NY
yes-no-check | alexa a capital do paquistão é karachi ou islamabad | PK
yes-no-check | alexa a capital do cazaquistão é almaty ainda | KZ
yes-no-check | alexa bogotá é a capital da colômbia tô certo | CO
yes-no-check | alexa a capital do equador é guayaquil mano | EC
yes-no-check | alexa me diz se a capital da índia é mumbai | IN
yes-no-check | alexa a capital de mianmar é yangon ou não | MM
self-correction | alexa a capital da eslováquia opa eslovênia | SI
self-correction | alexa qual a capital da áustria não pera da austrália | AU
self-correction | alexa capital do níger quer dizer da nigéria | NG
self-correction | alexa qual a capital da guiné bissau não não da guiné equatorial | GQ
self-correction | alexa qual é a capital do irã ops do iraque | IQ
self-correction | alexa qual é a capital da letônia errei da lituânia | LT
self-correction | alexa capital da gâmbia digo da zâmbia | ZM
self-correction | alexa qual a capital de goiás ah não de minas | BR-MG
self-correction | alexa qual é a capital do mato grosso do sul não só do mato grosso | BR-MT
self-correction | alexa qual é a capital da colômbia xi falei errado da bolívia | BO
self-correction | alexa capital da dominica não a república dominicana | DO
self-correction | alexa qual é a capital do paraguai nada disso do uruguai | UY
self-correction | alexa qual é a capital de malta perdão de mônaco | MC
self-correction | alexa qual é a capital da mauritânia corrigindo de maurício | MU
self-correction | alexa a capital do sudão melhor dizendo do sudão do sul | SS
self-correction | alexa qual é a capital do texas uai não do arizona | US-AZ
self-correction | alexa qual é a capital da baviera macho esquece quero da saxônia | DE-SN
self-correction | alexa qual é a capital da armênia eita quis dizer da albânia | AL
self-correction | alexa qual é a capital do camboja vixe é do laos | LA
reverse-question | alexa asmara é a capital de qual país | CITY:Asmara
reverse-question | alexa vaduz é capital de qual país macho | CITY:Vaduz
reverse-question | alexa paramaribo fica em que país é capital de qual | CITY:Paramaribo
reverse-question | alexa windhoek é a capital de onde | CITY:Windhoek
reverse-question | alexa belmopan é capital de qual país uai | CITY:Belmopan
reverse-question | alexa bishkek é a capital de que lugar | CITY:Bishkek
reverse-question | alexa teresina é a capital de qual estado véi | CITY:Teresina
reverse-question | alexa de qual país ulan bator é a capital | CITY:Ulan Bator
reverse-question | alexa de que país é a capital chamada lilongwe | CITY:Lilongwe
reverse-question | alexa gitega é capital de onde | CITY:Gitega
reverse-question | alexa a cidade de skopje é capital de que país | CITY:Skopje
reverse-question | alexa funafuti é a capital de qual país | CITY:Funafuti
official-name | alexa qual a capital da república da áfrica do sul a administrativa | ZA
official-name | alexa qual a capital dos estados unidos mexicanos | MX
official-name | alexa qual é a capital do reino unido da grã bretanha e irlanda do norte | GB
official-name | alexa qual é a capital da república socialista do vietnã | VN
official-name | alexa qual é a capital da república democrática federal da etiópia | ET
official-name | alexa qual a capital do reino hachemita da jordânia | JO
everyday-name | alexa qual é a capital da inglaterra dos ingleses | GB-ENG
everyday-name | alexa qual a capital da suazilândia | SZ
everyday-name | alexa qual é a capital da pérsia de hoje o irã | IR
everyday-name | alexa qual é a capital da terra da rainha | GB
everyday-name | alexa qual a capital da nova guiné | PG
shared-name | alexa qual é a capital dos dois congos véi | CD+CG
shared-name | alexa qual é a capital do congo aquele de brazzaville | CG
shared-name | alexa qual é a capital do congo que era do zaire | CD
shared-name | alexa qual é a capital da coreia do ditador | KP
shared-name | alexa qual é a capital da coreia das novelas coreanas | KR
shared-name | alexa qual é a capital da geórgia o estado dos estados unidos | US-GA
shared-name | alexa qual é a capital da geórgia do lado da rússia | GE
shared-name | alexa qual a capital das ilhas virgens britânicas | VG
shared-name | alexa qual a capital da dominica e da república dominicana | DM+DO
old-name | alexa qual é a capital da rodésia que hoje é o zimbábue | ZW
old-name | alexa qual a capital do sião | TH
old-name | alexa qual é a capital do daomé | BJ
old-name | alexa qual a capital do zaire | CD
asr-artefact | alexa qual é a capital da mália | ML
asr-artefact | alexa qual a capital do cata | QA
asr-artefact | alexa qual é a capital do lasos | LA
asr-artefact | alexa qual é a capital da e tiópia | ET
asr-artefact | alexa qual é a capital do uzbe quistão | UZ
asr-artefact | alexa qual a capital de bare in | BH
asr-artefact | alexa qual é a capital do ômã | OM
asr-artefact | alexa qual é a capital da nova zelândia a a nova zelândia | NZ
asr-artefact | alexa alexa qual é a capital do quirguistão | KG
asr-artefact | alexa qual a capital da islândia islândia | IS
asr-artefact | alexa qual é a capital do tchad | TD
asr-artefact | alexa qual a capital da zâmbia zâmbia mesmo | ZM
leading-filler | alexa é é é qual é a capital da argélia | DZ
leading-filler | alexa hum deixa eu ver qual a capital do sudão | SD
leading-filler | alexa então assim qual é a capital da bulgária | BG
leading-filler | alexa olha só qual a capital do chipre | CY
leading-filler | alexa bom qual é a capital da guatemala | GT
leading-filler | alexa ah tá então qual a capital de honduras | HN
leading-filler | alexa pois é qual é a capital da somália | SO
leading-filler | alexa ó uma coisa qual é a capital do gabão | GA
leading-filler | alexa escuta aqui qual é a capital de moçambique | MZ
leading-filler | alexa tipo é qual a capital do líbano | LB
trailing-words | alexa qual a capital da sérvia obrigado viu | RS
trailing-words | alexa qual é a capital do camarões valeu | CM
trailing-words | alexa qual é a capital do haiti que eu fiquei curioso | HT
trailing-words | alexa qual a capital de madagascar sabe | MG
trailing-words | alexa qual é a capital da libéria me responde aí | LR
trailing-words | alexa qual a capital da mongólia se você souber | MN
trailing-words | alexa qual é a capital do chade pode ser | TD
trailing-words | alexa qual é a capital da eritreia por gentileza | ER
trailing-words | alexa qual a capital do butão brigado | BT
trailing-words | alexa qual é a capital de brunei e é isso | BN
do-you-know | alexa você sabe qual é a capital de seicheles | SC
do-you-know | alexa cê sabe a capital do lesoto | LS
do-you-know | alexa tu sabes qual é a capital do djibuti | DJ
do-you-know | alexa será que você sabe a capital de vanuatu | VU
do-you-know | alexa você conhece a capital do turcomenistão | TM
do-you-know | alexa sabe me dizer a capital do burundi | BI
do-you-know | alexa por acaso você sabe a capital da micronésia | FM
do-you-know | alexa tu conhece a capital de são tomé | ST
do-you-know | alexa você saberia a capital da serra leoa | SL
do-you-know | alexa sabe qual é a capital da guiné | GN
imperative | alexa me diz a capital da moldávia | MD
imperative | alexa fala a capital de palau | PW
imperative | alexa responde a capital das ilhas marshall | MH
imperative | alexa me conta a capital de tonga | TO
imperative | alexa diga a capital de quiribati | KI
imperative | alexa me passa a capital das ilhas salomão | SB
imperative | alexa informa a capital do timor leste | TL
imperative | alexa me lembra a capital de santa lúcia | LC
imperative | alexa manda a capital da república centro africana | CF
imperative | alexa solta aí a capital de granada | GD
polite-request | alexa por favor qual é a capital de são vicente e granadinas | VC
polite-request | alexa se não for incômodo me diz a capital de antígua e barbuda | AG
polite-request | alexa faz um favor pra mim qual a capital de são cristóvão e névis | KN
polite-request | alexa com licença qual é a capital de trinidad e tobago | TT
polite-request | alexa por gentileza a capital da guiana | GY
polite-request | alexa pode me ajudar com a capital do suriname por favor | SR
polite-request | alexa por obséquio qual é a capital de andorra | AD
polite-request | alexa desculpa incomodar mas qual é a capital de san marino | SM
polite-request | alexa me faz a gentileza de dizer a capital de liechtenstein | LI
polite-request | alexa eu agradeço se você me disser a capital de mônaco | MC
direct-question | alexa capital da nicarágua | NI
direct-question | alexa capital de el salvador | SV
direct-question | alexa qual é a capital do kuwait | KW
direct-question | alexa qual a capital do vaticano | VA
direct-question | alexa qual é a capital de taiwan | TW
direct-question | alexa qual é a capital do kosovo | XK
direct-question | alexa qual a capital dos comores | KM
one-shot | alexa pede pro capitais do mundo a capital da macedônia do norte | MK
one-shot | alexa abre o capitais do mundo e me diz a capital do azerbaijão | AZ
one-shot | alexa pergunta ao capitais do mundo a capital da tunísia | TN
one-shot | alexa usa o capitais do mundo pra me falar a capital do montenegro | ME
one-shot | alexa no capitais do mundo qual é a capital da bielorrússia | BY
one-shot | alexa capitais do mundo capital do tadjiquistão | TJ
one-shot | alexa inicia capitais do mundo e fala a capital da síria | SY
bare-name | alexa namíbia | NA
bare-name | alexa ruanda | RW
bare-name | alexa o quirguistão | KG
bare-name | alexa nova zelândia capital | NZ
bare-name | noruega | NO
bare-name | alexa botsuana e aí | BW
bare-name | alexa eslovênia | SI
bare-name | alexa cazaquistão | KZ
help | alexa macho como é que funciona esse negócio de capitais | HELP
help | alexa uai o que que eu posso perguntar pra esse trem | HELP
help | alexa véi me explica como usa o capitais do mundo | HELP
help | alexa mermão tô perdido aqui me ajuda | HELP
help | alexa sou nova nisso como é que pergunto uma capital | HELP
help | alexa o que esse aplicativo de capitais faz | HELP
help | alexa minha filha me ensina a usar isso aqui | HELP
help | alexa causa eu não entender como funciona ajuda | HELP
help | alexa quais perguntas eu posso fazer pras capitais | HELP
help | alexa dá umas dicas de como jogar isso | HELP
help | alexa tô sem saber o que falar me orienta aí | HELP
help | alexa o que que eu falo agora | HELP
help | alexa tem instrução pra isso aqui | HELP
help | alexa como faço pra saber a capital de um país | HELP
help | alexa me ajuda aí que eu não sei mexer nisso | HELP
help | alexa pode me explicar de novo como funciona | HELP
help | alexa nó que confusão me ajuda sô | HELP
help | alexa o vovô não sabe usar explica pra ele | HELP
help | alexa rapaz e agora o que eu faço | HELP
help | alexa ajuda pelo amor de deus | HELP
help | alexa socorro me ajuda com esse aplicativo | HELP
help | alexa tipo como é que funciona isso aqui véi | HELP
help | alexa eu não entendi o que é pra fazer | HELP
stop | alexa macho pode parar | STOP
stop | alexa chega por hoje uai | STOP
stop | alexa para tudo véi | STOP
stop | alexa mermão para aí | STOP
stop | alexa já deu pode desligar | STOP
stop | alexa sai desse jogo de capitais | STOP
stop | alexa tá bom obrigada pode parar agora | STOP
stop | alexa fecha isso aí | STOP
stop | alexa basta de capital por hoje | STOP
stop | alexa desliga que o bebê acordou | STOP
stop | alexa chega de geografia | STOP
stop | alexa para de falar minha filha | STOP
stop | alexa sair do aplicativo | STOP
stop | alexa tchau capitais | STOP
stop | alexa pode fechar o capitais | STOP
stop | alexa acabou a brincadeira para | STOP
stop | alexa cala a boca véi | STOP
stop | alexa para com isso já chega | STOP
stop | alexa termina por aqui | STOP
stop | alexa desliga essa coisa nó | STOP
stop | alexa tô indo dormir pode parar | STOP
cancel | alexa cancela macho | CANCEL
cancel | alexa cancela essa pergunta véi | CANCEL
cancel | alexa cancela aí mermão | CANCEL
cancel | alexa anula a pergunta | CANCEL
cancel | alexa cancelar a pergunta por favor | CANCEL
cancel | alexa cancela tudo | CANCEL
cancel | alexa ó pá cancele lá isso | CANCEL
cancel | alexa esquece pode cancelar | CANCEL
cancel | alexa cancela que eu errei | CANCEL
cancel | alexa volta não quero essa não | CANCEL
cancel | alexa deixa isso de lado | CANCEL
cancel | alexa cancela sô | CANCEL
cancel | alexa nada não pode cancelar | CANCEL
cancel | alexa cancela essa aí que eu mudei de ideia | CANCEL
cancel | alexa esquece minha filha cancela | CANCEL
launch | alexa abre o capitais do mundo macho | LAUNCH
launch | alexa uai abre aquele jogo capitais do mundo | LAUNCH
launch | alexa abre pra mim o capitais do mundo por favor | LAUNCH
launch | alexa ó pá abra o capitais do mundo | LAUNCH
launch | alexa toca o capitais do mundo véi | LAUNCH
launch | alexa entra em capitais do mundo | LAUNCH
out-of-domain | alexa macho vai chover em fortaleza hoje | FB
out-of-domain | alexa toca um forró do wesley safadão | FB
out-of-domain | alexa quanto tá o jogo do ceará | FB
out-of-domain | alexa qual o preço da pamonha em goiânia | FB
out-of-domain | alexa uai põe uma moda sertaneja | FB
out-of-domain | alexa nó que horas são | FB
out-of-domain | alexa qual é a capital mundial do pequi | FB
out-of-domain | alexa goiânia é a capital do sertanejo né | FB
out-of-domain | alexa caruaru é a capital do forró ou campina grande | FB
out-of-domain | alexa qual a capital do boi bumbá | FB
out-of-domain | alexa qual é a capital da castanha do pará | FB
out-of-domain | alexa maringá é a cidade canção por quê | FB
out-of-domain | alexa coloca um alarme pras seis | FB
out-of-domain | alexa mermão qual é o placar do flamengo | FB
out-of-domain | alexa qual o ônibus que vai pra niterói | FB
out-of-domain | alexa qual é o capital social de uma empresa | FB
out-of-domain | alexa quanto de capital eu preciso pra abrir um mei | FB
out-of-domain | alexa o que é capital de giro explica pra mim | FB
out-of-domain | alexa quem escreveu o capital o livro do marx | FB
out-of-domain | alexa o que é capitalismo véi | FB
out-of-domain | alexa qual é a letra maiúscula que chama capital em inglês | FB
out-of-domain | alexa me fala os sete pecados capitais | FB
out-of-domain | alexa o que é crime de pena capital no brasil | FB
out-of-domain | alexa qual é a cidade mais populosa do mundo | FB
out-of-domain | alexa qual o maior país da áfrica | FB
out-of-domain | alexa qual a moeda da argentina | FB
out-of-domain | alexa qual é o fuso horário de portugal | FB
out-of-domain | alexa qual é a bandeira do peru como é | FB
out-of-domain | alexa qual o maior rio do mundo | FB
out-of-domain | alexa qual o continente da austrália | FB
out-of-domain | alexa onde fica o deserto do saara | FB
out-of-domain | alexa qual é a capital da atlântida | FB
out-of-domain | alexa qual é a capital do sol | FB
out-of-domain | alexa qual é a capital do oceano pacífico | FB
out-of-domain | alexa qual é a capital da amazônia toda | FB
out-of-domain | alexa qual a capital do oriente médio | FB
out-of-domain | alexa qual a capital da sardenha | FB
out-of-domain | alexa qual a capital do tibete | FB
out-of-domain | alexa qual é a capital da provence | FB
out-of-domain | alexa qual é a capital do ártico | FB
out-of-domain | alexa qual era a capital do brasil antes de salvador | FB
out-of-domain | alexa qual a capital da moda no mundo | FB
out-of-domain | alexa qual é a capital do rock | FB
out-of-domain | alexa qual a capital nacional do calçado | FB
out-of-domain | alexa qual a capital do carnaval | FB
out-of-domain | alexa qual a capital do jiu jitsu | FB
out-of-domain | alexa qual a capital da capoeira | FB
out-of-domain | alexa capital do axé é salvador né | FB
out-of-domain | alexa qual é o time da capital paulista que tem mais título | FB
out-of-domain | alexa quantas capitais tem no nordeste | FB
out-of-domain | alexa qual capital do brasil é mais quente | FB
out-of-domain | alexa qual a capital mais fria do brasil | FB
out-of-domain | alexa qual é a distância de goiânia até brasília | FB
out-of-domain | alexa quanto tempo de voo de são paulo pra tóquio | FB
out-of-domain | alexa traduz capital pra inglês | FB
out-of-domain | alexa como se escreve capital em espanhol | FB
out-of-domain | alexa capital é masculino ou feminino | FB
out-of-domain | alexa o que quer dizer letra capitular | FB
out-of-domain | alexa canta parabéns pra minha mãe | FB
out-of-domain | alexa qual a receita de baião de dois | FB
out-of-domain | alexa adiciona arroz na lista de compras | FB
out-of-domain | alexa liga pra minha irmã | FB
out-of-domain | alexa qual é o cep de taguatinga | FB
out-of-domain | alexa quanto tá o dólar pro peso uruguaio | FB
out-of-domain | alexa toca a rádio gaúcha | FB
out-of-domain | alexa tá quente em campinas | FB
out-of-domain | alexa quem ganhou a libertadores ano passado | FB
out-of-domain | alexa quando começa a copa do mundo | FB
out-of-domain | alexa qual é o hino da bolívia | FB
out-of-domain | alexa põe a galinha pintadinha pra tocar | FB
out-of-domain | alexa tipo qual é o melhor jogo do discord | FB
out-of-domain | alexa sextou toca um funk | FB
out-of-domain | alexa minha filha reza o terço comigo | FB
out-of-domain | alexa qual é o número da sorte do bingo hoje | FB
out-of-domain | alexa quanto tempo leva pra cozinhar feijão na pressão | FB
out-of-domain | alexa lembra de tirar o brigadeiro do fogo | FB
out-of-domain | alexa quanto é um mais um | FB
out-of-domain | alexa qual o dia do aniversário de goiânia | FB
out-of-domain | alexa onde fica a capital do reino encantado do shrek | FB
out-of-domain | alexa qual a capital do minecraft | FB
out-of-domain | alexa qual a capital de pandora do avatar | FB
out-of-domain | alexa por que brasília virou capital | FB
out-of-domain | alexa quem construiu brasília | FB
out-of-domain | alexa qual o melhor bairro de fortaleza | FB
out-of-domain | alexa ganhei na loteria o capital inicial é quanto | FB
out-of-domain | alexa qual é a música fátima do capital inicial | FB
out-of-domain | alexa o que é uma capital de província no império | FB
out-of-domain | alexa quem é o prefeito da capital | FB
territory | alexa qual é a capital da groelândia que é da dinamarca | GL
out-of-domain | alexa macho a capital do forró é caruaru mesmo ou é conversa | FB
out-of-domain | alexa égua quem levou o festival de parintins o garantido ou o caprichoso | FB
out-of-domain | alexa véi acende a luz da cozinha aí | FB
out-of-domain | alexa ó pá quanto custa o voo de são paulo pra lisboa em janeiro | FB
out-of-domain | alexa uai quantos habitante tem o japão hoje | FB
out-of-domain | alexa causa que idioma falam lá na suíça | FB
out-of-domain | alexa bonjour quem é o presidente da frança agora | FB
out-of-domain | alexa qual é o pico mais alto da áfrica o kilimanjaro | FB
out-of-domain | alexa quantos países a europa tem mermão | FB
out-of-domain | alexa o batman mora em gotham e qual é a capital de gotham | FB
out-of-domain | alexa o pantera negra é de wakanda qual a capital de lá | FB
out-of-domain | alexa no livro de nárnia qual é a capital do reino | FB
out-of-domain | alexa na série do dragão qual é a capital de westeros | FB
out-of-domain | alexa no senhor dos anéis qual a capital da terra média | FB
out-of-domain | alexa tipo se tivesse gente em marte qual seria a capital | FB
out-of-domain | alexa o nordeste tem capital própria ou cada estado tem a sua | FB
out-of-domain | alexa a europa toda tem uma capital só qual é | FB
out-of-domain | alexa a américa do sul tem capital macho | FB
out-of-domain | alexa qual é a capital do continente africano inteiro | FB
out-of-domain | alexa o padrinho é da sicília qual é a capital de lá | FB
out-of-domain | alexa o napoleão nasceu na córsega qual a capital da ilha | FB
out-of-domain | alexa qual é a capital dos curdos o curdistão tem capital | FB
out-of-domain | alexa o país basco tem capital qual é | FB
out-of-domain | alexa qual é a capital de andaluzia onde fica sevilha | FB
out-of-domain | alexa a toscana tem capital é florença | FB
out-of-domain | alexa qual era a capital dos romanos antigamente | FB
out-of-domain | alexa qual cidade era a capital dos incas lá no peru antigo | FB
out-of-domain | alexa sou do garantido a capital do boi é parintins né | FB
out-of-domain | alexa anápolis é a capital do que mesmo | FB
out-of-domain | alexa a capital do sertanejo universitário é goiânia ou é barretos | FB
out-of-domain | alexa feira de santana é a princesa do sertão por quê | FB
out-of-domain | alexa quantas capitais o brasil tem no total véi | FB
out-of-domain | alexa qual é a capital mais próxima de anápolis | FB
out-of-domain | alexa macho me diga a previsão do tempo pra sobral amanhã | FB
out-of-domain | alexa bota o jornal da capital no rádio | FB
out-of-domain | alexa o capital inicial vai fazer show em brasília quando | FB
yes-no-check | alexa a capital da antártida é a base brasileira | AQ
out-of-domain | alexa me diz a população de volta redonda | FB
out-of-domain | alexa qual é o prato típico de corumbá | FB
out-of-domain | alexa quero pedir uma pizza em maringá | FB
out-of-domain | alexa toca o hino do goiás esporte clube | FB
out-of-domain | alexa qual é o ddd de marabá | FB
out-of-domain | alexa a capital mundial do jiu jitsu é o rio ou abu dhabi | FB
cancel | alexa rapaz cancela essa aí que eu nem sei mais | CANCEL
cancel | alexa véi deixa pra lá cancela | CANCEL
cancel | alexa nó sô esquece isso que eu falei | CANCEL
cancel | alexa ó pá cancele isto que eu enganei me | CANCEL
cancel | alexa causa cancela por favor não quero | CANCEL
cancel | alexa égua esquece essa pergunta maninho | CANCEL
cancel | alexa mermão não era isso não cancela aí | CANCEL
cancel | alexa pode desconsiderar a última pergunta | CANCEL
cancel | alexa cancela que o menino perguntou errado | CANCEL
cancel | alexa deixa quieto minha filha não precisa mais | CANCEL
stop | alexa macho encerra esse capitais aí | STOP
stop | alexa chega véi acabou a aula | STOP
stop | alexa pode encerrar que o feijão queimou | STOP
stop | alexa finaliza o jogo que a gente vai almoçar | STOP
help | alexa ó pá explique me lá como isto funciona | HELP
help | alexa me dá um exemplo do que perguntar uai | HELP
help | alexa quais comandos esse capitais do mundo entende | HELP
help | alexa macho me ajude que eu não sei o que dizer | HELP
launch | alexa macho abre aí o capitais do mundo | LAUNCH
launch | alexa véi inicia o capitais do mundo pra gente | LAUNCH
launch | alexa nó abre o jogo das capitais do mundo | LAUNCH
launch | alexa mermão bota o capitais do mundo aí | LAUNCH
launch | alexa quero brincar de capitais do mundo abre pra mim | LAUNCH
launch | alexa égua abre o capitais do mundo pros menino | LAUNCH
launch | alexa pode começar o capitais do mundo | LAUNCH
launch | alexa ativa o jogo capitais do mundo | LAUNCH
plural-capitals | alexa macho a bolívia tem duas capitais né quais são elas | BO
plural-capitals | alexa uai quantas capitais a áfrica do sul tem e quais são | ZA
plural-capitals | alexa véi as três capitais da áfrica do sul fala aí | ZA
plural-capitals | alexa o benin tem duas capitais porto novo e qual mais | BJ
plural-capitals | alexa a costa do marfim tem capital dupla fala as duas | CI
plural-capitals | alexa sou do sri lanka quais são as duas capitais do meu país | LK
plural-capitals | alexa me diz as duas capitais do sri lanka a oficial e a comercial | LK
plural-capitals | alexa quais são as capitais da palestina ramallah e qual | PS
plural-capitals | alexa a palestina tem quantas capitais me fala elas | PS
plural-capitals | alexa quais são as duas capitais do benim macho | BJ
plural-capitals | alexa me fala as duas capitais da costa do marfim uai | CI
official-name | alexa qual é a capital da república federativa da nigéria | NG
official-name | alexa qual a capital da república argentina | AR
official-name | alexa qual é a capital da república do chile | CL
everyday-name | alexa qual é a capital da holanda ô maninho | NL
everyday-name | alexa qual a capital da tchecoslováquia de hoje a república tcheca | CZ
everyday-name | alexa qual é a capital da bósnia véi | BA
everyday-name | alexa qual é a capital dos emirados de dubai | AE
everyday-name | alexa qual é a capital da grã bretanha | GB
everyday-name | alexa qual é a capital da costa rica dos ticos | CR
shared-name | alexa qual é a capital do congo macho | CD+CG
shared-name | alexa uai qual a capital da coreia | KP+KR
shared-name | alexa me diz a capital das coreias véi | KP+KR
shared-name | alexa qual é a capital da geórgia uai | GE+US-GA
shared-name | alexa qual é a capital das ilhas virgens do caribe | VG+VI
shared-name | alexa qual é a capital das ilhas virgens que são dos estados unidos | VI
old-name | alexa qual é a capital do ceilão que hoje é sri lanka | LK
old-name | alexa qual é a capital da antiga abissínia | ET
old-name | alexa qual é a capital da ilha formosa que é taiwan | TW
old-name | alexa qual era a capital do alto volta o país que virou burquina faso | BF
reverse-question | alexa macho tegucigalpa é capital de que país | CITY:Tegucigalpa
reverse-question | alexa a cidade de nuuk é capital de quem | CITY:Nuuk
reverse-question | alexa porto velho é capital de que estado do brasil | CITY:Porto Velho
reverse-question | alexa palmas fica em qual estado é capital de qual | CITY:Palmas
reverse-question | alexa tbilisi é capital de qual país véi | CITY:Tbilisi
reverse-question | alexa moroni é capital de que país | CITY:Moroni
reverse-question | alexa a capital chamada dodoma é de qual país | CITY:Dodoma
yes-no-check | alexa a capital da turquia é ancara mesmo uai | TR
yes-no-check | alexa lagos ainda é a capital da nigéria | NG
yes-no-check | alexa a capital da tanzânia mudou pra dodoma é verdade | TZ
yes-no-check | alexa a capital da califórnia é los angeles ou sacramento véi | US-CA
self-correction | alexa qual é a capital da suécia não péra da suíça | CH
territory | alexa qual é a capital da ilha de man lá na inglaterra | IM
territory | alexa qual a capital de jersey a ilha perto da frança | JE
territory | alexa qual é a capital do saara ocidental que o marrocos ocupa | EH
territory | alexa qual é a capital de hong kong se tiver | HK
territory | alexa qual é a capital da samoa dos americanos | AS
territory | alexa capital das ilhas cook que fica lá na nova zelândia | CK
territory | alexa qual é a capital de são bartolomeu onde os ricos vão | BL
territory | alexa qual é a capital de anguilla | AI
direct-question | alexa capital da palestina | PS
one-shot | alexa pergunta pro capitais do mundo a capital da estônia | EE
official-name | alexa macho qual é a capital da república francesa | FR
official-name | alexa qual é a capital do reino dos países baixos uai | NL
official-name | alexa véi qual a capital do reino da tailândia | TH
official-name | alexa qual é a capital da república popular democrática da coreia a do norte | KP
official-name | alexa qual é a capital da república da coreia a do sul | KR
everyday-name | alexa qual é a capital da macedônia que agora é do norte | MK
"""

if __name__ == "__main__":
    build_round(36, "pt", LINES, sys.argv, "tests/Eval/pt/round36/source/build_corpus.py")
