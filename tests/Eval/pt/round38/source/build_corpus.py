"""Round 38, Portuguese (pt-BR): a new author's own mix, written blind at the end of the thirty-ninth session (brief
WRITER45.md), with speakers, situations and wordings chosen apart from rounds 34 to 37.

Regions: mineiros of Belo Horizonte, Montes Claros and the Triângulo ("uai", "sô", "trem", "nó", "cê", "trem bão"),
goianos of Goiânia and Anápolis ("uai", "cê", the pequi), brasilienses of the Plano Piloto ("véi", "massa"), cearenses
of Fortaleza and the Praia de Iracema ("macho", "arriégua", "homi"), paraenses of Belém and the Ver-o-Peso ("égua",
"mana", "pai d'égua", tacacá, tecnobrega), paulistanos of the periferia and the zona leste ("mano", "tipo", "truta",
"quebrada"), caipiras of the interior ("ocê", "vixe maria"), piauienses and maranhenses. Heritage and immigrant
neighbours named in the situations: a Venezuelan motoboy, a Bolivian neighbour, a Peruvian stallholder, a Paraguayan
bricklayer, a Senegalese cook, a Haitian schoolgirl, an Angolan nurse, a Cuban doctor of the health post, a Chinese
pastel seller, a Polish parish priest, Ukrainian great-grandmothers of Prudentópolis, a Lebanese grandfather, learners
("qual é o capital", "eu quer saber") and English code-switching ("what's the capital", "hey tell me"). Work and
places: a manicure, a pharmacy counter, a dentist's waiting room, the Detran queue, a truck stop, a night shift, an
office betting pool, a church quiz and the third-age group, a cursinho for the ENEM and a public-service exam, a
geography test, homework. Home and leisure: beans in the pressure cooker, ironing, a cake, a churrasco, crosswords
and adedonha, a world-map puzzle, soap operas, the news, a World Cup match, volleyball, Formula One at Monaco, the
Dakar rally, K-dramas, TikTok, podcasts, a cruise to Aruba and Barbados, a honeymoon in the Maldives, an exchange year,
a church mission; products from abroad (Ethiopian coffee, Thai rice, Belgian chocolate, Moldovan wine, a Vietnamese
phone). Elders (the grandmother who cannot work the device, "no meu tempo a gente decorava"), children (seven years
old, a bet between brothers, the school aunt). Out-of-domain: smart-home and music requests, prices and weather, and
near-misses with "capital" in other senses (capital de giro, capital social, pena capital, pecados capitais, the band
Capital Inicial, "capital do forró", "capital mundial do açaí") and regions with no capital in the data (Catalonia,
Sicily, Madeira, the Azores, Tibet, Crimea, Kurdistan, the Pantanal, the Sertão, Marajó).

Yes/no checks expect the place asked about, right or wrong; self-corrections expect the last place named after the
marker; reverse questions CITY:<capital> as languages/pt.json names it.

Sources: LINES below in the round-12 entry format (`family | frame or sentence | expected`; a fill carries its own
preposition and article; a frame at most three fills and used once), built by build_round of
tests/Eval/source/round12_hinl_corpus.py (round 38), dropping every (utterance, locale) pair of the earlier Portuguese
rounds. Every sentence was written by hand as one utterance.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
regional-speech | uai sô alexa qual que é a capital {} | da frança=FR; da bélgica=BE; da áustria=AT
regional-speech | alexa nó sô me fala a capital {} que eu esqueci | da suíça=CH; da alemanha=DE; da itália=IT
regional-speech | alexa esse trem aqui sabe a capital {} uai | da espanha=ES; de portugal=PT; da irlanda=IE
regional-speech | alexa cê sabe qual é a capital {} uai | da islândia=IS; da noruega=NO; da suécia=SE
regional-speech | véi alexa qual é a capital {} | da finlândia=FI; da dinamarca=DK; da estônia=EE
regional-speech | alexa massa véi agora me diz a capital {} | da letônia=LV; da lituânia=LT; da polônia=PL
regional-speech | macho alexa diz aí a capital {} | da hungria=HU; da romênia=RO; da bulgária=BG
regional-speech | alexa égua mana qual é a capital {} | da grécia=GR; de chipre=CY; de malta=MT
regional-speech | alexa pai d'égua esse negócio me diz a capital {} | da croácia=HR; da eslovênia=SI; da sérvia=RS
regional-speech | mano alexa tipo qual que é a capital {} | da bósnia e herzegovina=BA; do montenegro=ME; da albânia=AL
regional-speech | alexa truta me salva aí qual é a capital {} | da macedônia do norte=MK; da moldávia=MD; da ucrânia=UA
regional-speech | arriégua alexa qual é a capital {} macho | da bielorrússia=BY; da rússia=RU; da tchéquia=CZ
regional-speech | alexa ocê sabe me dizer a capital {} | da eslováquia=SK; de luxemburgo=LU; de andorra=AD
regional-speech | alexa vixe maria qual é a capital {} hein | de mônaco=MC; de san marino=SM; de liechtenstein=LI
direct-question | alexa qual é a capital {} | do reino unido=GB; do kosovo=XK; do vaticano=VA
polite-request | alexa por gentileza me informe a capital {} | do brasil=BR; da argentina=AR; do uruguai=UY
polite-request | alexa faz favor me diga qual a capital {} | do paraguai=PY; do chile=CL; do peru=PE
imperative | alexa fala a capital {} rapidinho | do equador=EC; da colômbia=CO; da venezuela=VE
imperative | alexa me conta qual é a capital {} | da guiana=GY; do suriname=SR; do panamá=PA
do-you-know | alexa cê sabe a capital {} | da costa rica=CR; da nicarágua=NI; de honduras=HN
do-you-know | alexa por acaso você sabe qual é a capital {} | de el salvador=SV; da guatemala=GT; do belize=BZ
code-switching | alexa what's the capital {} quer dizer qual é a capital | do méxico=MX; de cuba=CU; da jamaica=JM
leading-filler | ahn alexa deixa eu ver qual é a capital {} | do haiti=HT; da república dominicana=DO; das bahamas=BS
leading-filler | então alexa é o seguinte qual a capital {} | de barbados=BB; de trinidad e tobago=TT; de granada=GD
trailing-words | alexa a capital {} qual é mesmo | de santa lúcia=LC; da dominica=DM; de são vicente e granadinas=VC
trailing-words | alexa qual é a capital {} por favor obrigado viu | de antígua e barbuda=AG; de são cristóvão e névis=KN; do canadá=CA
bare-name | alexa capital {} | dos estados unidos=US; do japão=JP; da china=CN
bare-name | alexa capital {} pra mim | da coreia do sul=KR; da coreia do norte=KP; da mongólia=MN
elder-speech | alexa minha filha a vó quer saber a capital {} | da índia=IN; do paquistão=PK; do bangladesh=BD
elder-speech | alexa meu bem como é que chama a capital {} que eu não lembro mais | do nepal=NP; do butão=BT; do sri lanka=LK
elder-speech | alexa o vô aqui tá perguntando a capital {} fala mais alto | do afeganistão=AF; do irã=IR; do iraque=IQ
child-speech | alexa a tia da escola pediu a capital {} | da síria=SY; do líbano=LB; da jordânia=JO
child-speech | alexa eu tenho sete anos e quero saber a capital {} | de israel=IL; da arábia saudita=SA; do iêmen=YE
child-speech | alexa a minha mãe disse pra perguntar pra você a capital {} | de omã=OM; dos emirados árabes unidos=AE; do catar=QA
learner | alexa qual é o capital {} | do barein=BH; do kuwait=KW; da turquia=TR
learner | alexa eu quer saber capital {} por favor | do azerbaijão=AZ; da armênia=AM; do cazaquistão=KZ
learner | alexa me fala o capital de país {} | do uzbequistão=UZ; do turcomenistão=TM; do quirguistão=KG
hesitation | alexa qual é a capital do do {} | tadjiquistão=TJ; laos=LA; camboja=KH
hesitation | alexa é é qual a capital {} | do vietnã=VN; da tailândia=TH; do mianmar=MM
regional-speech | alexa uai e a capital {} qual é | da malásia=MY; de singapura=SG; da indonésia=ID
regional-speech | alexa véi tô no ônibus pro plano piloto me diz a capital {} | das filipinas=PH; de brunei=BN; de timor-leste=TL
regional-speech | alexa macho aqui da praia de iracema me diz a capital {} | da austrália=AU; da nova zelândia=NZ; da papua-nova guiné=PG
regional-speech | alexa égua lá do ver-o-peso me diz a capital {} | de fiji=FJ; de samoa=WS; de tonga=TO
direct-question | alexa qual a capital {} | de vanuatu=VU; das ilhas salomão=SB; de quiribati=KI
direct-question | alexa qual é que é a capital {} | de tuvalu=TV; de nauru=NR; de palau=PW
direct-question | alexa qual que é a capital {} | das ilhas marshall=MH; da micronésia=FM; das maldivas=MV
regional-speech | alexa mano lá na quebrada ninguém sabe a capital {} | do egito=EG; da líbia=LY; da tunísia=TN
regional-speech | alexa trem bão esse me fala a capital {} | da argélia=DZ; do marrocos=MA; da mauritânia=MR
regional-speech | alexa cê me fala a capital {} uai goiânia inteira quer saber | do mali=ML; do níger=NE; do chade=TD
regional-speech | alexa macho do céu qual é a capital {} | do sudão=SD; do sudão do sul=SS; da eritreia=ER
regional-speech | alexa égua que eu não sei a capital {} | da etiópia=ET; de djibuti=DJ; da somália=SO
imperative | alexa diz pra mim a capital {} | do quênia=KE; de uganda=UG; da tanzânia=TZ
imperative | alexa responde aí a capital {} | de ruanda=RW; do burundi=BI; da república democrática do congo=CD
polite-request | alexa você podia me dizer a capital {} | da república do congo=CG; do gabão=GA; da guiné equatorial=GQ
polite-request | alexa será que você me fala a capital {} | de camarões=CM; da nigéria=NG; do benin=BJ
do-you-know | alexa tu sabe a capital {} | do togo=TG; de gana=GH; da costa do marfim=CI
do-you-know | alexa sabe me dizer a capital {} | da libéria=LR; da serra leoa=SL; da guiné=GN
code-switching | alexa hey tell me a capital {} | da guiné-bissau=GW; do senegal=SN; da gâmbia=GM
code-switching | alexa por favor the capital {} please | de cabo verde=CV; de são tomé e príncipe=ST; de burquina faso=BF
elder-speech | alexa a capital {} que o padre falou na missa qual é | da república centro-africana=CF; de angola=AO; da zâmbia=ZM
elder-speech | alexa no meu tempo a gente decorava a capital {} qual é mesmo | do zimbábue=ZW; do malaui=MW; de moçambique=MZ
child-speech | alexa eu e meu irmão apostamos a capital {} | da namíbia=NA; de botsuana=BW; da áfrica do sul=ZA
child-speech | alexa qual é a capital {} é pro dever de casa | do lesoto=LS; do essuatíni=SZ; de madagascar=MG
trailing-words | alexa a capital {} sabe me dizer não | de maurício=MU; das seicheles=SC; dos comores=KM
situation | alexa tô no carro indo pra uberlândia qual é a capital da bolívia | BO
situation | alexa enquanto o feijão cozinha me fala a capital da grécia | GR
situation | alexa tô fazendo a cruzadinha aqui capital do peru com quatro letras | PE
situation | alexa o jogo do brasil é contra a sérvia qual é a capital de lá | RS
situation | alexa o narrador falou de camarões qual a capital de camarões | CM
situation | alexa na copa do catar eu esqueci qual era a capital do catar | QA
situation | alexa a novela nova se passa na turquia qual é a capital da turquia | TR
situation | alexa tô vendo o jornal e falaram do sudão qual é a capital | SD
situation | alexa meu filho vai fazer intercâmbio na nova zelândia qual a capital de lá | NZ
situation | alexa vou de lua de mel pras maldivas qual é a capital delas | MV
situation | alexa o cursinho do enem perguntou a capital do cazaquistão | KZ
situation | alexa na fila do pão de queijo me diz a capital do canadá | CA
situation | alexa tô na manicure e a moça quer saber a capital da colômbia | CO
situation | alexa aqui na farmácia chegou um remédio da índia qual é a capital da índia | IN
situation | alexa no quiz da igreja caiu a capital de israel qual é | IL
situation | alexa estamos jogando adedonha e preciso da capital da jamaica | JM
situation | alexa o motoboy é venezuelano qual é a capital da venezuela mesmo | VE
situation | alexa meu vizinho é boliviano e falou que a capital lá é difícil qual é a capital da bolívia | BO
situation | alexa a professora de geografia quer a capital do japão | JP
situation | alexa tô montando o quebra-cabeça do mapa mundi cadê a capital da austrália | AU
situation | alexa meu chefe vai viajar a trabalho pra coreia do sul qual a capital | KR
situation | alexa tô arrumando a mala pra ir pro chile qual a capital de lá | CL
situation | alexa o pedreiro aqui jura que a capital da argentina é córdoba qual é a certa | AR
situation | alexa a moça do telemarketing falou que é da filipinas qual a capital das filipinas | PH
situation | alexa no churrasco deu discussão qual é a capital da suíça | CH
situation | alexa aqui no plantão a gente tá sem sono qual a capital da mongólia | MN
situation | alexa tô passando roupa e me bateu a dúvida qual a capital do egito | EG
situation | alexa o missionário da igreja foi pra moçambique qual a capital de lá | MZ
situation | alexa o time do meu filho vai jogar um torneio no paraguai qual a capital | PY
situation | alexa meu avô veio do líbano qual é a capital do líbano | LB
situation | alexa a cantora que eu gosto é da colômbia qual a capital de lá hein | CO
situation | alexa vi um documentário sobre o butão qual é a capital | BT
situation | alexa tô lendo um livro que se passa no afeganistão qual é a capital | AF
situation | alexa o cruzeiro passa por barbados qual é a capital de barbados | BB
situation | alexa no show do milhão de hoje caiu a capital da nigéria qual é | NG
situation | alexa pra prova de amanhã qual é a capital do marrocos | MA
situation | alexa meu sobrinho mora na irlanda qual é a capital de lá | IE
situation | alexa tô fazendo um bolo e me veio na cabeça a capital da hungria | HU
situation | alexa no aplicativo de idiomas apareceu a ucrânia qual a capital | UA
situation | alexa o caminhoneiro do lado disse que vai pro uruguai qual a capital | UY
situation | alexa a médica cubana do posto falou de cuba qual a capital de cuba | CU
situation | alexa o dono do pastel é chinês qual é a capital da china | CN
situation | alexa a enfermeira é angolana qual é a capital de angola | AO
situation | alexa a menina nova da sala é do haiti qual a capital do haiti | HT
situation | alexa a vendedora da feira é peruana qual é a capital do peru | PE
situation | alexa meu colega de obra é paraguaio qual a capital do paraguai | PY
situation | alexa o rapaz do restaurante é senegalês qual a capital do senegal | SN
situation | alexa o padre da paróquia é polonês qual a capital da polônia | PL
situation | alexa o professor de inglês é da escócia qual é a capital do reino unido | GB
situation | alexa a bisavó era ucraniana lá de prudentópolis qual a capital da ucrânia | UA
situation | alexa minha cunhada casou com um sírio qual é a capital da síria | SY
situation | alexa vou tatuar o mapa do vietnã qual é a capital do vietnã | VN
situation | alexa no podcast falaram da eritreia qual é a capital da eritreia | ER
situation | alexa o time de vôlei vai jogar na tailândia qual a capital da tailândia | TH
situation | alexa tô no cursinho pré vestibular e não lembro a capital da etiópia | ET
situation | alexa tô na sala de espera do dentista qual a capital da dinamarca | DK
situation | alexa antes de dormir me diz a capital da finlândia | FI
situation | alexa no grupo da família tão brigando pela capital da austrália qual é | AU
situation | alexa meu marido disse que a capital da turquia é istambul é isso | TR
situation | alexa qual é a capital do canadá o meu genro disse que é toronto | CA
situation | alexa capital da nova zelândia a minha filha jura que é auckland | NZ
situation | alexa o trabalho da faculdade é sobre o quênia qual a capital | KE
situation | alexa na live do ciclista ele tá passando pela eslovênia qual é a capital | SI
situation | alexa a série coreana que eu vejo se passa em seul mas qual é a capital da coreia do sul | KR
situation | alexa vou ver o grande prêmio de mônaco qual a capital de mônaco | MC
situation | alexa o jogador do flamengo é uruguaio qual é a capital do uruguai | UY
situation | alexa o vinho que eu comprei é da moldávia qual é a capital da moldávia | MD
situation | alexa o café que eu tomo vem da etiópia qual a capital de lá | ET
situation | alexa o chocolate é da bélgica qual a capital da bélgica | BE
situation | alexa o arroz é da tailândia qual é a capital | TH
situation | alexa a blusa foi feita em bangladesh qual é a capital do bangladesh | BD
situation | alexa o celular foi montado no vietnã qual é a capital de lá | VN
situation | alexa meu chá é do sri lanka qual é a capital do sri lanka | LK
direct-question | alexa me diz uma coisa qual é a capital do iêmen | YE
direct-question | alexa qual é a capital da armênia | AM
direct-question | alexa qual é a capital do azerbaijão hein | AZ
direct-question | alexa a capital de brunei qual é | BN
direct-question | alexa qual é a capital do laos hein alexa | LA
direct-question | alexa qual é a capital da papua nova guiné | PG
direct-question | alexa e timor leste qual é a capital | TL
direct-question | alexa qual cidade é a capital do camboja | KH
direct-question | alexa qual cidade é capital do níger | NE
direct-question | alexa qual a cidade capital do chade | TD
direct-question | alexa que cidade é a capital do mali | ML
direct-question | alexa qual é a sede do governo do burundi | BI
direct-question | alexa onde fica a capital da mauritânia | MR
direct-question | alexa onde fica a capital de djibuti | DJ
direct-question | alexa como se chama a capital da somália | SO
direct-question | alexa como chama a capital de ruanda | RW
direct-question | alexa como é o nome da capital de uganda | UG
direct-question | alexa qual o nome da capital da tanzânia | TZ
direct-question | alexa qual o nome da capital do gabão | GA
direct-question | alexa me diz o nome da capital da guiné equatorial | GQ
direct-question | alexa nome da capital da libéria | LR
direct-question | alexa qual é a capital da serra leoa alexa | SL
direct-question | alexa qual é a capital da guiné conacri | GN
direct-question | alexa qual é a capital da guiné bissau | GW
direct-question | alexa capital da gâmbia qual é | GM
direct-question | alexa qual é a capital de cabo verde meu amor | CV
direct-question | alexa e são tomé e príncipe qual é a capital | ST
direct-question | alexa qual é a capital do burkina faso | BF
direct-question | alexa qual a capital do togo | TG
direct-question | alexa capital de gana qual é que é | GH
direct-question | alexa qual é a capital da república centro africana | CF
direct-question | alexa qual é a capital da zâmbia | ZM
direct-question | alexa qual é a capital do zimbabwe | ZW
direct-question | alexa qual é a capital do malawi | MW
direct-question | alexa a capital da namíbia como é que é | NA
direct-question | alexa capital de botswana por favor | BW
direct-question | alexa qual é a capital do lesotho | LS
direct-question | alexa qual é a capital de madagáscar | MG
direct-question | alexa qual é a capital das ilhas maurício | MU
direct-question | alexa qual a capital de seychelles | SC
direct-question | alexa qual é a capital de comores | KM
direct-question | alexa qual é a capital do sudão do sul aquele país novo | SS
direct-question | alexa qual é a capital da líbia | LY
direct-question | alexa qual é a capital da tunísia alexa me ajuda | TN
direct-question | alexa qual é a capital da argélia meu anjo | DZ
direct-question | alexa qual a capital de fiji | FJ
direct-question | alexa qual a capital de samoa | WS
direct-question | alexa qual a capital do reino de tonga | TO
direct-question | alexa qual é a capital de vanuatu | VU
direct-question | alexa qual é a capital de kiribati | KI
direct-question | alexa qual é a capital de tuvalu | TV
direct-question | alexa qual é a capital de nauru aquela ilhazinha | NR
direct-question | alexa e palau qual a capital | PW
direct-question | alexa qual é a capital das ilhas marshall | MH
direct-question | alexa qual é a capital dos estados federados da micronésia | FM
direct-question | alexa qual é a capital das ilhas salomão | SB
direct-question | alexa qual é a capital de são cristóvão e neves | KN
direct-question | alexa qual a capital de antígua | AG
direct-question | alexa qual é a capital de santa lúcia no caribe | LC
direct-question | alexa qual é a capital de são vicente e granadinas | VC
direct-question | alexa qual é a capital de granada a ilha do caribe | GD
direct-question | alexa qual a capital da dominica a ilha | DM
direct-question | alexa capital de trinidad tobago | TT
direct-question | alexa qual a capital das bahamas | BS
direct-question | alexa qual é a capital de belize | BZ
direct-question | alexa qual é a capital de el salvador | SV
direct-question | alexa qual é a capital da guatemala | GT
direct-question | alexa qual é a capital de honduras | HN
direct-question | alexa qual é a capital da nicarágua | NI
direct-question | alexa qual é a capital da costa rica alexa | CR
direct-question | alexa qual é a capital do panamá | PA
direct-question | alexa qual é a capital da guiana | GY
direct-question | alexa qual é a capital do suriname | SR
direct-question | alexa qual é a capital do equador | EC
direct-question | alexa qual é a capital do uzbequistão | UZ
direct-question | alexa qual é a capital do turcomenistão | TM
direct-question | alexa qual é a capital do quirguistão | KG
direct-question | alexa qual é a capital do tajiquistão | TJ
direct-question | alexa qual é a capital da geórgia do cáucaso | GE
direct-question | alexa qual é a capital de omã | OM
direct-question | alexa qual é a capital do bahrein | BH
direct-question | alexa qual é a capital do kuwait | KW
direct-question | alexa qual é a capital dos emirados | AE
direct-question | alexa qual é a capital da jordânia | JO
direct-question | alexa qual é a capital do iraque | IQ
direct-question | alexa qual é a capital do irã | IR
direct-question | alexa qual é a capital do paquistão | PK
direct-question | alexa qual é a capital do nepal | NP
direct-question | alexa qual é a capital da indonésia | ID
direct-question | alexa qual é a capital de singapura | SG
direct-question | alexa qual é a capital de myanmar | MM
direct-question | alexa qual é a capital da coreia do norte | KP
direct-question | alexa qual é a capital de andorra | AD
direct-question | alexa qual é a capital de san marino | SM
direct-question | alexa qual é a capital de liechtenstein | LI
direct-question | alexa qual é a capital de luxemburgo | LU
direct-question | alexa qual é a capital de malta | MT
direct-question | alexa qual é a capital de chipre | CY
direct-question | alexa qual é a capital da macedônia | MK
direct-question | alexa qual é a capital do montenegro | ME
direct-question | alexa qual é a capital da albânia | AL
direct-question | alexa qual é a capital da bósnia | BA
direct-question | alexa qual é a capital da croácia | HR
direct-question | alexa qual é a capital da eslováquia | SK
direct-question | alexa qual é a capital da república tcheca | CZ
direct-question | alexa qual é a capital da bielorrússia | BY
direct-question | alexa qual é a capital da letônia | LV
direct-question | alexa qual é a capital da lituânia | LT
direct-question | alexa qual é a capital da estônia | EE
direct-question | alexa qual é a capital da islândia | IS
follow-up | e a da bolívia uai | BO
follow-up | e a do peru sô | PE
follow-up | e da argentina véi | AR
follow-up | agora a do chile | CL
follow-up | e a da frança macho | FR
follow-up | e a da itália mana | IT
follow-up | e do japão | JP
follow-up | tá e da china | CN
follow-up | beleza e a do canadá | CA
follow-up | show agora a da rússia | RU
follow-up | e o méxico | MX
follow-up | e o egito qual é | EG
follow-up | e a da alemanha então | DE
follow-up | hum e a da espanha | ES
follow-up | valeu e a de portugal | PT
follow-up | e agora a da austrália | AU
follow-up | e da índia | IN
follow-up | e a da coreia do sul mano | KR
follow-up | e a da grécia trem | GR
follow-up | legal e a de angola | AO
follow-up | e a de moçambique também | MZ
follow-up | e cuba | CU
follow-up | e a venezuela hein | VE
follow-up | agora faz a da colômbia | CO
follow-up | e a da turquia alexa | TR
follow-up | próxima a da suécia | SE
follow-up | e a da noruega | NO
follow-up | e a do marrocos égua | MA
follow-up | e a do quênia | KE
follow-up | e do vietnã | VN
follow-up | e a do irã | IR
follow-up | outra agora a do paraguai | PY
follow-up | e a de são paulo | BR-SP
follow-up | e a do ceará macho | BR-CE
follow-up | e a do texas | US-TX
follow-up | e a da baviera | DE-BY
follow-up | e a da irlanda | IE
follow-up | e a da holanda uai | NL
follow-up | e lá na nigéria | NG
follow-up | e na tailândia qual é | TH
follow-up | manda a do uruguai agora | UY
follow-up | e a da polônia sô | PL
plural-capitals | alexa quais são as capitais da bolívia | BO
plural-capitals | alexa a bolívia tem duas capitais né quais são | BO
plural-capitals | alexa uai a bolívia tem capital dupla me fala as duas | BO
plural-capitals | alexa véi quais as capitais da áfrica do sul | ZA
plural-capitals | alexa é verdade que a áfrica do sul tem três capitais quais | ZA
plural-capitals | alexa me fala as três capitais sul africanas | ZA
plural-capitals | alexa quais são as capitais da holanda | NL
plural-capitals | alexa a holanda tem duas capitais amsterdã e mais qual | NL
plural-capitals | alexa quais as capitais dos países baixos | NL
plural-capitals | alexa quais são as capitais da malásia | MY
plural-capitals | alexa a malásia tem mais de uma capital quais são | MY
plural-capitals | alexa macho a malásia tem quantas capitais | MY
plural-capitals | alexa quais são as capitais do sri lanka | LK
plural-capitals | alexa o sri lanka tem duas capitais me diz os nomes | LK
plural-capitals | alexa as capitais do sri lanka quais são | LK
plural-capitals | alexa quais são as capitais do benin | BJ
plural-capitals | alexa o benin tem duas capitais né me fala elas | BJ
plural-capitals | alexa capitais do benin | BJ
plural-capitals | alexa quais são as capitais da costa do marfim | CI
plural-capitals | alexa a costa do marfim tem duas capitais quais são | CI
plural-capitals | alexa as duas capitais da costa do marfim por favor | CI
plural-capitals | alexa quais são as capitais do essuatíni | SZ
plural-capitals | alexa a suazilândia tem duas capitais quais são | SZ
plural-capitals | alexa me diz as capitais de eswatini | SZ
plural-capitals | alexa quais são as capitais da palestina | PS
plural-capitals | alexa a palestina tem mais de uma capital quais | PS
plural-capitals | alexa égua quais as capitais da palestina mana | PS
plural-capitals | alexa quantas capitais tem a bolívia e quais são | BO
plural-capitals | alexa quais são todas as capitais da áfrica do sul uai | ZA
subdivision | alexa qual é a capital de minas gerais uai | BR-MG
subdivision | alexa qual a capital de goiás sô | BR-GO
subdivision | alexa qual é a capital do ceará macho | BR-CE
subdivision | alexa égua qual é a capital do pará | BR-PA
subdivision | alexa qual é a capital do amapá mana | BR-AP
subdivision | alexa qual é a capital do tocantins véi | BR-TO
subdivision | alexa mano qual é a capital de são paulo é são paulo mesmo | BR-SP
subdivision | alexa qual é a capital do piauí homi | BR-PI
subdivision | alexa qual é a capital do maranhão | BR-MA
subdivision | alexa qual é a capital do rio grande do norte | BR-RN
subdivision | alexa qual é a capital da paraíba | BR-PB
subdivision | alexa qual é a capital de pernambuco | BR-PE
subdivision | alexa qual é a capital de alagoas | BR-AL
subdivision | alexa qual é a capital de sergipe | BR-SE
subdivision | alexa qual é a capital da bahia | BR-BA
subdivision | alexa qual é a capital do espírito santo | BR-ES
subdivision | alexa qual é a capital do estado do rio | BR-RJ
subdivision | alexa qual é a capital do paraná | BR-PR
subdivision | alexa qual é a capital de santa catarina | BR-SC
subdivision | alexa qual é a capital do rio grande do sul | BR-RS
subdivision | alexa qual é a capital do mato grosso do sul | BR-MS
subdivision | alexa qual é a capital do mato grosso | BR-MT
subdivision | alexa qual é a capital de rondônia | BR-RO
subdivision | alexa qual é a capital do acre existe mesmo | BR-AC
subdivision | alexa qual é a capital do amazonas | BR-AM
subdivision | alexa qual é a capital de roraima | BR-RR
subdivision | alexa qual é a capital do distrito federal | BR-DF
subdivision | alexa meu primo mora no triângulo mineiro qual é a capital de minas | BR-MG
subdivision | alexa o caminhão vai pro tocantins qual é a capital de lá | BR-TO
subdivision | alexa qual é a capital da califórnia | US-CA
subdivision | alexa qual é a capital da flórida que eu vou pra orlando | US-FL
subdivision | alexa qual é a capital do estado de nova york | US-NY
subdivision | alexa qual a capital do texas | US-TX
subdivision | alexa qual é a capital de massachusetts onde fica boston | US-MA
subdivision | alexa qual é a capital do havaí | US-HI
subdivision | alexa qual é a capital do alasca | US-AK
subdivision | alexa qual é a capital de nova jersey que tem muito brasileiro | US-NJ
subdivision | alexa qual é a capital de illinois | US-IL
subdivision | alexa qual é a capital da pensilvânia | US-PA
subdivision | alexa qual é a capital do estado de washington | US-WA
subdivision | alexa qual é a capital de nevada onde fica las vegas | US-NV
subdivision | alexa qual é a capital do colorado | US-CO
subdivision | alexa qual é a capital da louisiana | US-LA
subdivision | alexa qual é a capital do tennessee | US-TN
subdivision | alexa qual é a capital da carolina do norte | US-NC
subdivision | alexa qual é a capital do arizona | US-AZ
subdivision | alexa qual é a capital de utah | US-UT
subdivision | alexa qual é a capital de connecticut | US-CT
subdivision | alexa qual é a capital da baviera | DE-BY
subdivision | alexa qual é a capital da saxônia | DE-SN
subdivision | alexa qual é a capital do estado de hesse | DE-HE
subdivision | alexa qual é a capital da baixa saxônia | DE-NI
subdivision | alexa qual é a capital de baden württemberg | DE-BW
subdivision | alexa qual é a capital da renânia do norte vestfália | DE-NW
subdivision | alexa qual é a capital do estado de goa | IN-GA
subdivision | alexa qual é a capital do kerala | IN-KL
subdivision | alexa qual é a capital do maharashtra | IN-MH
subdivision | alexa qual é a capital do rajastão | IN-RJ
subdivision | alexa qual é a capital do tamil nadu | IN-TN
subdivision | alexa qual é a capital de jalisco | MX-JAL
subdivision | alexa qual é a capital de yucatán onde fica cancún não | MX-YUC
subdivision | alexa qual é a capital de quintana roo onde fica cancún | MX-ROO
subdivision | alexa qual é a capital de oaxaca | MX-OAX
subdivision | alexa qual é a capital de nuevo león | MX-NLE
subdivision | alexa qual é a capital da baixa califórnia | MX-BCN
subdivision | alexa qual é a capital da nova gales do sul | AU-NSW
subdivision | alexa qual é a capital do queensland | AU-QLD
subdivision | alexa qual é a capital da tasmânia | AU-TAS
subdivision | alexa qual é a capital de victoria na austrália | AU-VIC
subdivision | alexa qual é a capital de quebec | CA-QC
subdivision | alexa qual é a capital do ontário | CA-ON
subdivision | alexa qual é a capital da colúmbia britânica onde fica vancouver | CA-BC
subdivision | alexa qual é a capital da alberta | CA-AB
subdivision | alexa qual é a capital da escócia | GB-SCT
subdivision | alexa qual é a capital do país de gales | GB-WLS
subdivision | alexa qual é a capital da irlanda do norte | GB-NIR
subdivision | alexa qual é a capital da inglaterra | GB-ENG
territory | alexa qual é a capital da groenlândia | GL
territory | alexa qual é a capital de porto rico | PR
territory | alexa qual é a capital da guiana francesa | GF
territory | alexa qual é a capital das bermudas | BM
territory | alexa qual é a capital de aruba que eu vou de cruzeiro | AW
territory | alexa qual é a capital de curaçao | CW
territory | alexa qual é a capital do taiti da polinésia francesa | PF
territory | alexa qual é a capital da nova caledônia | NC
territory | alexa qual é a capital da martinica | MQ
territory | alexa qual é a capital de guadalupe a ilha francesa | GP
territory | alexa qual é a capital das ilhas faroé | FO
territory | alexa qual é a capital das ilhas cayman | KY
territory | alexa qual é a capital das malvinas | FK
territory | alexa qual é a capital de gibraltar | GI
territory | alexa qual é a capital da ilha de man | IM
territory | alexa qual é a capital de guam | GU
territory | alexa qual é a capital do saara ocidental | EH
territory | alexa qual é a capital de taiwan | TW
territory | alexa qual é a capital da reunião a ilha | RE
territory | alexa qual é a capital de santa helena onde napoleão morreu | SH
territory | alexa qual é a capital de jersey a ilha | JE
territory | alexa qual é a capital das ilhas cook | CK
territory | alexa qual é a capital da samoa americana | AS
territory | alexa qual é a capital de bonaire | BQ
territory | alexa qual é a capital de sint maarten | SX
territory | alexa qual é a capital de mayotte | YT
territory | alexa qual é a capital de hong kong | HK
territory | alexa macau tem capital | MO
territory | alexa qual é a capital da antártida | AQ
out-of-domain | alexa vai chover amanhã em belo horizonte | FB
out-of-domain | alexa toca uma moda de viola aí uai | FB
out-of-domain | alexa quanto tá o dólar hoje véi | FB
out-of-domain | alexa que horas são em brasília | FB
out-of-domain | alexa põe um forró do wesley safadão macho | FB
out-of-domain | alexa liga a luz da cozinha | FB
out-of-domain | alexa desliga o ventilador do quarto | FB
out-of-domain | alexa coloca um alarme pras cinco e meia | FB
out-of-domain | alexa adiciona pão de queijo na lista de compras | FB
out-of-domain | alexa conta uma piada de mineiro | FB
out-of-domain | alexa quem ganhou o jogo do galo ontem | FB
out-of-domain | alexa qual o placar do fortaleza e ceará | FB
out-of-domain | alexa toca tecnobrega égua | FB
out-of-domain | alexa qual a receita de tacacá | FB
out-of-domain | alexa quanto tempo cozinha o feijão na panela de pressão | FB
out-of-domain | alexa timer de quinze minutos pro bolo | FB
out-of-domain | alexa quantos habitantes tem a china | FB
out-of-domain | alexa qual é a moeda do japão | FB
out-of-domain | alexa qual a língua que se fala na suíça | FB
out-of-domain | alexa qual é o maior país do mundo | FB
out-of-domain | alexa qual é a bandeira da itália | FB
out-of-domain | alexa qual o fuso horário de portugal | FB
out-of-domain | alexa quem é o presidente da frança | FB
out-of-domain | alexa qual é o rio mais comprido do mundo | FB
out-of-domain | alexa quantos países tem na áfrica | FB
out-of-domain | alexa qual é a montanha mais alta da américa do sul | FB
out-of-domain | alexa quanto é sete vezes oito | FB
out-of-domain | alexa como se diz obrigado em alemão | FB
out-of-domain | alexa traduz saudade pro inglês | FB
out-of-domain | alexa qual é o capital social mínimo pra abrir uma empresa | FB
out-of-domain | alexa o que é capital de giro | FB
out-of-domain | alexa quanto eu preciso de capital inicial pra abrir uma padaria | FB
out-of-domain | alexa o que significa pecado capital | FB
out-of-domain | alexa quais são os sete pecados capitais | FB
out-of-domain | alexa o que é letra maiúscula capital | FB
out-of-domain | alexa quem escreveu o capital do karl marx | FB
out-of-domain | alexa o que é pena capital | FB
out-of-domain | alexa me explica o que é capital aberto na bolsa | FB
out-of-domain | alexa quanto rende o capital na poupança | FB
out-of-domain | alexa o que é capitalismo | FB
out-of-domain | alexa toca a música capital inicial | FB
out-of-domain | alexa toca a banda capital inicial | FB
out-of-domain | alexa qual é a capital do bairro do barreiro | FB
out-of-domain | alexa qual é a capital da zona leste | FB
out-of-domain | alexa qual é a capital de sertãozinho | FB
out-of-domain | alexa qual é a capital de marte | FB
out-of-domain | alexa qual é a capital da lua | FB
out-of-domain | alexa qual é a capital de nárnia | FB
out-of-domain | alexa qual é a capital de wakanda | FB
out-of-domain | alexa qual é a capital da terra média | FB
out-of-domain | alexa qual é a capital do pantanal | FB
out-of-domain | alexa qual é a capital da amazônia | FB
out-of-domain | alexa qual é a capital da europa | FB
out-of-domain | alexa qual é a capital da áfrica | FB
out-of-domain | alexa qual é a capital do nordeste | FB
out-of-domain | alexa qual é a capital do sertão | FB
out-of-domain | alexa qual é a capital do triângulo mineiro | FB
out-of-domain | alexa qual é a capital do vale do jequitinhonha | FB
out-of-domain | alexa qual é a capital da serra gaúcha | FB
out-of-domain | alexa qual é a capital da catalunha | FB
out-of-domain | alexa qual é a capital da sicília | FB
out-of-domain | alexa qual é a capital da andaluzia | FB
out-of-domain | alexa qual é a capital da toscana | FB
out-of-domain | alexa qual é a capital da patagônia | FB
out-of-domain | alexa qual é a capital da sibéria | FB
out-of-domain | alexa qual é a capital da normandia | FB
out-of-domain | alexa qual é a capital da madeira | FB
out-of-domain | alexa qual é a capital dos açores | FB
out-of-domain | alexa qual é a capital do tibete | FB
out-of-domain | alexa qual é a capital da chechênia | FB
out-of-domain | alexa qual é a capital da galícia | FB
out-of-domain | alexa qual é a capital do país basco | FB
out-of-domain | alexa qual é a capital de fernando de noronha | FB
out-of-domain | alexa qual é a capital da ilha de marajó | FB
out-of-domain | alexa qual é a capital do mundo | FB
out-of-domain | alexa qual é a capital mundial do café | FB
out-of-domain | alexa qual é a capital nacional do forró | FB
out-of-domain | alexa qual é a capital do samba | FB
out-of-domain | alexa qual a capital do agronegócio | FB
out-of-domain | alexa caruaru é a capital do forró né | FB
out-of-domain | alexa qual é a capital mundial da moda | FB
out-of-domain | alexa qual é a capital da soja | FB
out-of-domain | alexa onde fica a capital mais próxima de mim | FB
out-of-domain | alexa quantos quilômetros de goiânia até brasília | FB
out-of-domain | alexa quanto tempo de voo de fortaleza pra lisboa | FB
out-of-domain | alexa quanto custa uma passagem pra paris | FB
out-of-domain | alexa qual o ddd de belém | FB
out-of-domain | alexa qual o cep da avenida paulista | FB
out-of-domain | alexa quantos estados tem o brasil | FB
out-of-domain | alexa quantas capitais tem o brasil | FB
out-of-domain | alexa qual é a maior capital do brasil | FB
out-of-domain | alexa qual é a capital mais fria do brasil | FB
out-of-domain | alexa qual capital brasileira tem mais praia | FB
out-of-domain | alexa quem fundou brasília | FB
out-of-domain | alexa em que ano brasília virou capital | FB
out-of-domain | alexa por que o rio deixou de ser capital | FB
out-of-domain | alexa abre o spotify | FB
out-of-domain | alexa abre o jogo de perguntas e respostas | FB
out-of-domain | alexa abre o uber | FB
out-of-domain | alexa chama o meu filho no celular | FB
out-of-domain | alexa liga pra vó | FB
out-of-domain | alexa manda mensagem pro zé | FB
out-of-domain | alexa qual é o horóscopo de libra hoje | FB
out-of-domain | alexa reza um pai nosso comigo | FB
out-of-domain | alexa qual o salmo do dia | FB
out-of-domain | alexa me lembra de tomar o remédio da pressão | FB
out-of-domain | alexa qual é a previsão do tempo pra fortaleza | FB
out-of-domain | alexa aumenta o volume | FB
out-of-domain | alexa abaixa o som aí trem | FB
out-of-domain | alexa toca ivete sangalo | FB
out-of-domain | alexa toca a rádio itatiaia | FB
out-of-domain | alexa toca marília mendonça | FB
out-of-domain | alexa quem é você | FB
out-of-domain | alexa você é casada | FB
out-of-domain | alexa você gosta de pequi | FB
out-of-domain | alexa canta parabéns pra minha mãe | FB
out-of-domain | alexa faz barulho de pum | FB
out-of-domain | alexa qual é o melhor time do mundo | FB
out-of-domain | alexa como faz pão de queijo | FB
out-of-domain | alexa o que é um estado | FB
out-of-domain | alexa qual é a diferença entre país e nação | FB
out-of-domain | alexa qual é o hino nacional da argentina | FB
out-of-domain | alexa qual é a comida típica do peru | FB
out-of-domain | alexa qual é a cidade mais populosa dos estados unidos | FB
out-of-domain | alexa qual é a maior cidade da austrália | FB
out-of-domain | alexa qual é o país mais pobre do mundo | FB
out-of-domain | alexa em que continente fica o egito | FB
out-of-domain | alexa o japão fica em qual continente | FB
out-of-domain | alexa qual é a população de lisboa | FB
out-of-domain | alexa fala alguma coisa em espanhol | FB
out-of-domain | alexa uai sô cê tá me ouvindo | FB
out-of-domain | alexa égua que calor hoje | FB
out-of-domain | alexa mano tô com fome | FB
out-of-domain | alexa véi me acorda às seis | FB
out-of-domain | alexa macho tu é doida | FB
out-of-domain | alexa é bom dia ou boa tarde | FB
out-of-domain | alexa capital | FB
out-of-domain | alexa o que é uma capital | FB
out-of-domain | alexa pede uma pizza de calabresa | FB
out-of-domain | alexa compra ração de cachorro | FB
out-of-domain | alexa onde fica a farmácia mais perto | FB
out-of-domain | alexa qual o resultado da mega sena | FB
out-of-domain | alexa qual a capital do condado de los angeles | FB
help | alexa uai como é que mexe nesse trem de capitais | HELP
help | alexa véi não entendi nada como funciona isso | HELP
help | alexa macho me explica como joga esse negócio | HELP
help | alexa égua mana o que eu falo pra ela responder | HELP
help | alexa mano tipo o que dá pra perguntar aqui | HELP
help | alexa ajuda a vó que ela não sabe usar | HELP
help | alexa me ensina a usar essa skill de capitais | HELP
help | alexa quais são os comandos dessa skill | HELP
help | alexa que tipo de pergunta você responde | HELP
help | alexa me dá umas instruções aí | HELP
help | alexa socorro como eu pergunto uma capital | HELP
help | alexa tô perdido me ajuda por favor | HELP
help | alexa como é que pergunta pra você | HELP
help | alexa o que é que essa skill faz afinal | HELP
help | alexa pode me dar uma ajudinha | HELP
help | alexa preciso de ajuda com o capitais do mundo | HELP
help | alexa explica de novo como funciona | HELP
help | alexa eu falo o nome do país e aí | HELP
help | alexa eu não sei o que falar me orienta | HELP
help | alexa cê me explica como usar sô | HELP
help | alexa me dá uma dica do que perguntar véi | HELP
help | alexa minha neta instalou isso aqui e eu não sei usar como é | HELP
help | alexa como é que faz pra saber a capital de um país | HELP
help | alexa o que mais você sabe fazer nessa skill | HELP
help | alexa me fala as opções | HELP
help | alexa que que eu faço agora | HELP
help | alexa não tô entendendo esse jogo | HELP
help | alexa ajuda macho | HELP
help | alexa manual de instruções | HELP
help | alexa como usa esse aplicativo das capitais | HELP
stop | alexa para uai | STOP
stop | alexa chega sô | STOP
stop | alexa para véi | STOP
stop | alexa para macho | STOP
stop | alexa para mana chega por hoje | STOP
stop | alexa deu mano valeu | STOP
stop | alexa encerra as capitais | STOP
stop | alexa sai dessa skill | STOP
stop | alexa fecha o capitais do mundo | STOP
stop | alexa desliga isso aí | STOP
stop | alexa pode parar já deu | STOP
stop | alexa tá bom chega de capital | STOP
stop | alexa acabou a brincadeira | STOP
stop | alexa já aprendi o suficiente pode fechar | STOP
stop | alexa vou dormir encerra | STOP
stop | alexa sair sair | STOP
stop | alexa para de falar | STOP
stop | alexa fica quieta | STOP
stop | alexa cala a boca trem | STOP
stop | alexa chega de geografia por hoje | STOP
stop | alexa termina o jogo | STOP
stop | alexa finaliza por favor | STOP
stop | alexa tchau obrigada | STOP
stop | alexa falou valeu tchau | STOP
stop | alexa pode desligar o jogo das capitais | STOP
stop | alexa sai daí | STOP
stop | alexa encerrar | STOP
stop | alexa para tudo | STOP
stop | alexa já chega égua | STOP
stop | alexa não quero mais jogar | STOP
cancel | alexa cancela uai | CANCEL
cancel | alexa cancela isso véi | CANCEL
cancel | alexa cancela macho | CANCEL
cancel | alexa cancela aí mana | CANCEL
cancel | alexa deixa pra lá mano | CANCEL
cancel | alexa esquece sô | CANCEL
cancel | alexa esquece essa pergunta | CANCEL
cancel | alexa cancela a pergunta | CANCEL
cancel | alexa não era isso cancela | CANCEL
cancel | alexa perguntei errado cancela | CANCEL
cancel | alexa desconsidera | CANCEL
cancel | alexa ignora o que eu falei | CANCEL
cancel | alexa deixa quieto | CANCEL
cancel | alexa nada não deixa | CANCEL
cancel | alexa nem liga | CANCEL
cancel | alexa cancelar cancelar | CANCEL
cancel | alexa volta cancela | CANCEL
cancel | alexa desfaz isso | CANCEL
cancel | alexa anula | CANCEL
cancel | alexa esquece tudo que eu disse | CANCEL
cancel | alexa cancela por favor foi sem querer | CANCEL
cancel | alexa foi engano cancela | CANCEL
cancel | alexa cancela que o menino apertou | CANCEL
cancel | alexa esquece essa capital | CANCEL
cancel | alexa esquece não precisa mais | CANCEL
cancel | alexa deixa pra outra hora | CANCEL
cancel | alexa cancela essa aí | CANCEL
cancel | alexa melhor não cancela | CANCEL
cancel | alexa mudei de ideia | CANCEL
launch | alexa abre capitais do mundo uai | LAUNCH
launch | alexa abrir capitais do mundo | LAUNCH
launch | alexa abre o jogo das capitais do mundo | LAUNCH
launch | alexa inicia capitais do mundo | LAUNCH
launch | alexa iniciar capitais do mundo | LAUNCH
launch | alexa começa capitais do mundo véi | LAUNCH
launch | alexa bora capitais do mundo | LAUNCH
launch | alexa quero jogar capitais do mundo | LAUNCH
launch | alexa vamos jogar capitais do mundo | LAUNCH
launch | alexa liga o capitais do mundo | LAUNCH
launch | alexa abre a skill capitais do mundo | LAUNCH
launch | alexa ativa capitais do mundo | LAUNCH
launch | alexa executa capitais do mundo | LAUNCH
launch | alexa carrega capitais do mundo | LAUNCH
launch | alexa abre aí capitais do mundo macho | LAUNCH
launch | alexa abre capitais do mundo mana | LAUNCH
launch | alexa chama o capitais do mundo | LAUNCH
launch | alexa eu quero o capitais do mundo | LAUNCH
launch | alexa abre o world capitals | LAUNCH
launch | alexa abre capitais do mundo pra criançada | LAUNCH
launch | alexa põe o capitais do mundo | LAUNCH
launch | alexa entra no capitais do mundo | LAUNCH
yes-no-check | alexa a capital da austrália é sydney né | AU
yes-no-check | alexa a capital do canadá é ottawa ou tô viajando | CA
yes-no-check | alexa é verdade que a capital da turquia é ancara | TR
yes-no-check | alexa a capital da suíça é genebra uai | CH
yes-no-check | alexa confere pra mim se a capital do marrocos é casablanca | MA
yes-no-check | alexa a capital dos estados unidos é nova york né véi | US
yes-no-check | alexa tá certo que a capital da nigéria é lagos | NG
yes-no-check | alexa a capital do brasil é o rio né | BR
yes-no-check | alexa a capital de goiás é goiânia sô | BR-GO
yes-no-check | alexa a capital do pará é belém né mana | BR-PA
yes-no-check | alexa a capital do ceará é fortaleza macho | BR-CE
yes-no-check | alexa a capital da bahia é salvador ou feira de santana | BR-BA
yes-no-check | alexa santa catarina a capital é joinville né | BR-SC
yes-no-check | alexa a capital do paraná é londrina | BR-PR
yes-no-check | alexa a capital da índia é mumbai | IN
yes-no-check | alexa a capital do vietnã é hanói ou ho chi minh | VN
yes-no-check | alexa a capital da tanzânia ainda é dar es salaam | TZ
yes-no-check | alexa a capital do paquistão é karachi | PK
yes-no-check | alexa a capital do cazaquistão é almaty | KZ
yes-no-check | alexa é lisboa a capital de portugal | PT
yes-no-check | alexa é berlim a capital da alemanha né | DE
yes-no-check | alexa roma é a capital da itália certo | IT
yes-no-check | alexa paris é a capital da frança confirma | FR
yes-no-check | alexa buenos aires é capital da argentina né | AR
yes-no-check | alexa a capital do chile é valparaíso | CL
yes-no-check | alexa a capital do equador é quito tô certo | EC
yes-no-check | alexa a capital da colômbia é medellín | CO
yes-no-check | alexa a capital da espanha é barcelona | ES
yes-no-check | alexa a capital da rússia é são petersburgo né | RU
yes-no-check | alexa a capital da china é xangai | CN
yes-no-check | alexa a capital do japão é quioto | JP
yes-no-check | alexa a capital da coreia do sul é busan | KR
yes-no-check | alexa a capital do egito é o cairo né | EG
yes-no-check | alexa a capital da califórnia é los angeles | US-CA
yes-no-check | alexa a capital da flórida é miami né | US-FL
yes-no-check | alexa a capital de nova york é a cidade de nova york | US-NY
yes-no-check | alexa a capital da baviera é munique | DE-BY
yes-no-check | alexa a capital do quebec é montreal | CA-QC
yes-no-check | alexa a capital de angola é luanda confere | AO
yes-no-check | alexa a capital de moçambique é maputo né | MZ
yes-no-check | alexa a capital de cabo verde é mindelo | CV
yes-no-check | alexa a capital da nova zelândia é wellington certo | NZ
self-correction | alexa qual é a capital da áustria não pera da austrália | AU
self-correction | alexa qual a capital da suécia não da suíça | CH
self-correction | alexa capital da eslováquia digo da eslovênia | SI
self-correction | alexa qual a capital do irã ops do iraque | IQ
self-correction | alexa qual é a capital da nigéria não do níger | NE
self-correction | alexa qual a capital da gâmbia não não da zâmbia | ZM
self-correction | alexa qual é a capital do paraguai quer dizer do uruguai | UY
self-correction | alexa qual a capital da colômbia não calma da bolívia | BO
self-correction | alexa qual é a capital da guiné não da guiné-bissau | GW
self-correction | alexa qual a capital da guiana ah não do suriname | SR
self-correction | alexa qual é a capital do mali ou melhor do malaui | MW
self-correction | alexa qual a capital da letônia errei da lituânia | LT
self-correction | alexa qual é a capital da mongólia opa da moldávia | MD
self-correction | alexa qual a capital da romênia não uai da bulgária | BG
self-correction | alexa qual a capital de goiás não sô de minas | BR-MG
self-correction | alexa qual a capital do piauí não do maranhão macho | BR-MA
self-correction | alexa qual é a capital do pará égua não do amapá | BR-AP
self-correction | alexa qual é a capital do amazonas não espera de roraima | BR-RR
self-correction | alexa capital do mato grosso não do mato grosso do sul | BR-MS
self-correction | alexa qual é a capital do texas desculpa do arizona | US-AZ
self-correction | alexa a capital da dinamarca quer dizer da noruega | NO
self-correction | alexa qual é a capital da hungria não pera da croácia | HR
self-correction | alexa a capital do camboja não do laos | LA
self-correction | alexa qual é a capital da tailândia não da malásia | MY
self-correction | alexa qual é a capital do quênia corrigindo de uganda | UG
self-correction | alexa qual a capital da tunísia me enganei da líbia | LY
self-correction | alexa qual a capital da jordânia aliás do líbano | LB
self-correction | alexa qual é a capital do benin não não do togo | TG
self-correction | alexa qual a capital de gana ou melhor da costa do marfim | CI
self-correction | alexa qual é a capital da islândia não é da irlanda | IE
self-correction | alexa a capital da finlândia ih falei errado da estônia | EE
self-correction | alexa qual a capital do peru não perdão do equador | EC
self-correction | alexa qual a capital do chile não mano da argentina | AR
self-correction | alexa qual é a capital do haiti não da república dominicana | DO
self-correction | alexa qual é a capital do sudão não do sudão do sul | SS
self-correction | alexa qual a capital da áfrica do sul não da namíbia | NA
self-correction | alexa qual é a capital da bélgica não da holanda | NL
self-correction | alexa qual é a capital da escócia não do país de gales | GB-WLS
reverse-question | alexa brasília é capital de que país | CITY:Brasília
reverse-question | alexa lima é capital de qual país | CITY:Lima
reverse-question | alexa de que país é a capital nairóbi | CITY:Nairóbi
reverse-question | alexa bogotá é a capital de onde | CITY:Bogotá
reverse-question | alexa assunção é capital de qual país uai | CITY:Assunção
reverse-question | alexa montevidéu é capital de que lugar | CITY:Montevidéu
reverse-question | alexa caracas é capital de qual país véi | CITY:Caracas
reverse-question | alexa luanda é a capital de que país | CITY:Luanda
reverse-question | alexa maputo é capital de onde mesmo | CITY:Maputo
reverse-question | alexa praia é capital de que país | CITY:Praia
reverse-question | alexa bissau é capital de onde | CITY:Bissau
reverse-question | alexa dili é capital de que país | CITY:Dili
reverse-question | alexa ancara é capital de qual país | CITY:Ankara
reverse-question | alexa cabul é capital de qual país | CITY:Cabul
reverse-question | alexa acra é capital de que país | CITY:Acra
reverse-question | alexa hanói é a capital de qual país | CITY:Hanói
reverse-question | alexa pequim é a capital de onde | CITY:Pequim
reverse-question | alexa canberra é capital do quê | CITY:Canberra
reverse-question | alexa ottawa é a capital de que país | CITY:Ottawa
reverse-question | alexa de onde é capital a cidade de riga | CITY:Riga
reverse-question | alexa tallinn é a capital de qual país | CITY:Tallinn
reverse-question | alexa vilnius é capital de onde | CITY:Vilnius
reverse-question | alexa sófia é a capital de que país | CITY:Sófia
reverse-question | alexa belgrado é capital de qual país | CITY:Belgrado
reverse-question | alexa zagreb é a capital de onde | CITY:Zagreb
reverse-question | alexa liubliana é capital de que país | CITY:Liubliana
reverse-question | alexa bratislava é capital de qual país | CITY:Bratislava
reverse-question | alexa tbilisi é a capital de qual país | CITY:Tbilisi
reverse-question | alexa baku é capital de que país | CITY:Baku
reverse-question | alexa ulan bator é capital de onde | CITY:Ulan Bator
reverse-question | alexa katmandu é capital de qual país | CITY:Katmandu
reverse-question | alexa manágua é capital de que país | CITY:Manágua
reverse-question | alexa tegucigalpa é capital de onde | CITY:Tegucigalpa
reverse-question | alexa paramaribo é a capital de qual país | CITY:Paramaribo
reverse-question | alexa georgetown é capital de que país | CITY:Georgetown
reverse-question | alexa goiânia é capital de qual estado | CITY:Goiânia
reverse-question | alexa belém é capital de qual estado | CITY:Belém
reverse-question | alexa palmas é capital de que estado | CITY:Palmas
reverse-question | alexa cuiabá é capital de qual estado | CITY:Cuiabá
reverse-question | alexa teresina é capital de onde | CITY:Teresina
reverse-question | alexa sacramento é capital de que estado americano | CITY:Sacramento
reverse-question | alexa a cidade de harare é capital do quê | CITY:Harare
official-name | alexa qual é a capital da república federativa do brasil | BR
official-name | alexa qual é a capital da república francesa | FR
official-name | alexa qual é a capital da república italiana | IT
official-name | alexa qual é a capital da federação russa | RU
official-name | alexa qual é a capital da república popular da china | CN
official-name | alexa qual é a capital dos estados unidos da américa | US
official-name | alexa qual é a capital dos estados unidos mexicanos | MX
official-name | alexa qual é a capital da república portuguesa | PT
official-name | alexa qual é a capital da república helênica | GR
official-name | alexa qual é a capital da confederação suíça | CH
official-name | alexa qual é a capital do grão-ducado de luxemburgo | LU
official-name | alexa qual é a capital da república da coreia | KR
official-name | alexa qual é a capital da república popular democrática da coreia | KP
official-name | alexa qual é a capital da república bolivariana da venezuela | VE
official-name | alexa qual é a capital do estado plurinacional da bolívia | BO
official-name | alexa qual é a capital da república oriental do uruguai | UY
official-name | alexa qual é a capital da república federal da alemanha | DE
official-name | alexa qual é a capital da república árabe síria | SY
official-name | alexa qual é a capital da república libanesa | LB
official-name | alexa qual é a capital da república tunisina | TN
official-name | alexa qual é a capital da república argelina democrática e popular | DZ
official-name | alexa qual é a capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | alexa qual é a capital da república democrática de timor-leste | TL
official-name | alexa qual é a capital da república eslovaca | SK
official-name | alexa qual é a capital da república democrática do congo | CD
official-name | alexa qual a capital da república do congo a de brazzaville | CG
official-name | alexa qual é a capital do reino da noruega | NO
official-name | alexa qual é a capital do reino da espanha | ES
official-name | alexa qual é a capital do reino do marrocos | MA
official-name | alexa qual é a capital da república da índia | IN
official-name | alexa qual é a capital da comunidade da austrália | AU
official-name | alexa qual é a capital do reino dos países baixos | NL
everyday-name | alexa qual é a capital da holanda sô | NL
everyday-name | alexa qual é a capital da inglaterra o país | GB-ENG
everyday-name | alexa qual é a capital dos states | US
everyday-name | alexa qual é a capital da américa | US
everyday-name | alexa qual a capital dos eua | US
everyday-name | alexa qual é a capital da birmânia | MM
everyday-name | alexa qual é a capital da suazilândia | SZ
everyday-name | alexa qual é a capital da pérsia | IR
everyday-name | alexa qual é a capital do ceilão | LK
everyday-name | alexa qual é a capital da grã-bretanha | GB
everyday-name | alexa qual é a capital do sião | TH
everyday-name | alexa qual é a capital da belarus | BY
everyday-name | alexa qual é a capital dos emirados árabes | AE
everyday-name | alexa qual é a capital da arábia | SA
everyday-name | alexa me fala a capital do vaticano aquele paisinho do papa | VA
everyday-name | alexa qual é a capital da santa sé | VA
everyday-name | alexa qual é a capital da rússia branca | BY
self-correction | alexa qual é a capital da tchecoslováquia digo da república tcheca | CZ
everyday-name | alexa qual é a capital do timor | TL
everyday-name | alexa qual é a capital de trinidad | TT
everyday-name | alexa qual é a capital do congo kinshasa | CD
everyday-name | alexa qual é a capital do congo brazzaville | CG
everyday-name | alexa qual é a capital da rdc | CD
everyday-name | alexa qual é a capital do zaire | CD
everyday-name | alexa qual é a capital da macedônia a que era da iugoslávia | MK
everyday-name | alexa qual é a capital do burkina | BF
everyday-name | alexa qual é a capital de são tomé | ST
everyday-name | alexa qual é a capital da papua | PG
everyday-name | alexa qual é a capital do vietname | VN
everyday-name | alexa qual é a capital do irão | IR
shared-name | alexa qual é a capital do congo uai | CD+CG
shared-name | alexa qual é a capital do congo | CD+CG
shared-name | alexa capital do congo véi | CD+CG
shared-name | alexa quais as capitais dos dois congos | CD+CG
shared-name | alexa qual é a capital da coreia | KP+KR
shared-name | alexa qual a capital da coreia macho | KP+KR
shared-name | alexa capital das coreias | KP+KR
shared-name | alexa qual é a capital da geórgia | GE+US-GA
shared-name | alexa capital da geórgia sô | GE+US-GA
shared-name | alexa e a geórgia qual a capital | GE+US-GA
shared-name | alexa qual é a capital da geórgia o estado americano | US-GA
shared-name | alexa qual é a capital da geórgia lá dos estados unidos | US-GA
shared-name | alexa qual a capital da geórgia o país perto da rússia | GE
shared-name | alexa qual é a capital da coreia a do sul | KR
shared-name | alexa capital da coreia do kim jong un | KP
shared-name | alexa qual é a capital das ilhas virgens | VG+VI
shared-name | alexa qual é a capital das ilhas virgens britânicas | VG
shared-name | alexa qual é a capital das ilhas virgens americanas | VI
shared-name | alexa qual é a capital da dominica e da república dominicana | DM+DO
old-name | alexa qual é a capital da abissínia | ET
old-name | alexa qual é a capital da rodésia | ZW
old-name | alexa qual é a capital do daomé | BJ
old-name | alexa qual é a capital do alto volta | BF
old-name | alexa qual é a capital da bechuanalândia | BW
old-name | alexa qual é a capital da basutolândia | LS
old-name | alexa qual é a capital da niassalândia | MW
old-name | alexa qual é a capital das honduras britânicas | BZ
old-name | alexa qual é a capital da guiana holandesa | SR
old-name | alexa qual é a capital do kampuchea | KH
old-name | alexa qual é a capital da costa do ouro | GH
old-name | alexa qual é a capital da tanganica | TZ
official-name | alexa uai qual que é a capital da república federativa do brasil pro concurso | BR
official-name | alexa no edital tá escrito república francesa qual a capital dela | FR
official-name | alexa o professor escreveu federação russa no quadro qual é a capital | RU
official-name | alexa égua qual é a capital da república popular da china mana | CN
official-name | alexa véi a capital dos estados unidos da américa é qual mesmo | US
official-name | alexa macho a capital dos estados unidos mexicanos é a cidade do méxico né | MX
official-name | alexa me fala a capital da república helênica que é a grécia | GR
official-name | alexa e a confederação suíça tem capital qual é | CH
official-name | alexa na prova apareceu grão ducado de luxemburgo qual a capital | LU
official-name | alexa qual que é a capital da república da coreia a do sul | KR
official-name | alexa mano a república popular democrática da coreia a capital é qual | KP
official-name | alexa sô a república bolivariana da venezuela tem capital em caracas né | VE
official-name | alexa o estado plurinacional da bolívia tem quais capitais | BO
official-name | alexa me diz a capital da república oriental do uruguai por favor | UY
official-name | alexa o passaporte diz república federal da alemanha qual a capital | DE
official-name | alexa no mapa tá república árabe síria qual é a capital | SY
official-name | alexa capital do reino unido da grã-bretanha e irlanda do norte uai | GB
official-name | alexa a república democrática de timor-leste tem capital em díli | TL
stop | alexa uai pode parar que eu já vou almoçar | STOP
stop | alexa para com as capitais que a novela começou | STOP
stop | alexa desliga esse jogo que o menino tem que dormir | STOP
stop | alexa sai do capitais do mundo véi | STOP
stop | alexa encerra aí macho que eu cansei | STOP
stop | alexa fecha essa skill mana que o ônibus chegou | STOP
stop | alexa tá bom por hoje pode sair das capitais | STOP
stop | alexa para o jogo agora que a mãe chamou | STOP
stop | alexa chega de pergunta sô vou tomar banho | STOP
stop | alexa termina aí mano valeu pela ajuda | STOP
cancel | alexa cancela essa pergunta uai que eu troquei o país | CANCEL
cancel | alexa esquece o que eu perguntei véi | CANCEL
cancel | alexa cancela aí macho que não era essa | CANCEL
cancel | alexa cancela mana que o menino falou besteira | CANCEL
cancel | alexa deixa pra lá essa capital aí | CANCEL
cancel | alexa cancela o último pedido | CANCEL
cancel | alexa desiste dessa pergunta | CANCEL
cancel | alexa anula essa pergunta que eu errei | CANCEL
launch | alexa abre o capitais do mundo que eu quero estudar | LAUNCH
launch | alexa uai abre aquele jogo capitais do mundo | LAUNCH
launch | alexa égua abre o capitais do mundo pra gente jogar | LAUNCH
launch | alexa mano inicia o capitais do mundo aí | LAUNCH
launch | alexa abre o capitais do mundo pra vó brincar | LAUNCH
out-of-domain | alexa quanto tá o quilo do pequi no ceasa | FB
out-of-domain | alexa liga o ar condicionado que tá um calor de matar | FB
out-of-domain | alexa toca aquela do zezé di camargo e luciano | FB
out-of-domain | alexa qual o horário da missa de domingo | FB
out-of-domain | alexa tem jogo do cruzeiro hoje | FB
out-of-domain | alexa o ônibus da linha dez já passou | FB
out-of-domain | alexa quanto tá a gasolina em anápolis | FB
out-of-domain | alexa me fala a cotação do euro | FB
out-of-domain | alexa qual a temperatura em belém agora | FB
out-of-domain | alexa me conta uma história pra dormir | FB
out-of-domain | alexa canta uma música de ninar pro bebê | FB
out-of-domain | alexa qual é o significado da palavra capitania | FB
out-of-domain | alexa o que eram as capitanias hereditárias | FB
out-of-domain | alexa quem foi o primeiro capitão do brasil | FB
out-of-domain | alexa o que faz um capitão do mato | FB
out-of-domain | alexa qual é a capital do meu coração | FB
out-of-domain | alexa qual é a capital mundial do pão de queijo | FB
out-of-domain | alexa belém é a capital mundial do açaí né | FB
out-of-domain | alexa juazeiro é a capital da fé | FB
out-of-domain | alexa barretos é a capital do rodeio | FB
out-of-domain | alexa qual a cidade que é a capital do chocolate | FB
out-of-domain | alexa capital de giro pra microempresa como calcula | FB
out-of-domain | alexa qual o capital da minha conta no banco | FB
out-of-domain | alexa quero investir meu capital onde | FB
out-of-domain | alexa qual é a capital da nova inglaterra | FB
out-of-domain | alexa qual é a capital da escandinávia | FB
out-of-domain | alexa qual é a capital da península ibérica | FB
out-of-domain | alexa qual é a capital do oriente médio | FB
out-of-domain | alexa qual é a capital do caribe | FB
out-of-domain | alexa qual é a capital da sardenha | FB
out-of-domain | alexa qual é a capital da córsega | FB
out-of-domain | alexa qual é a capital da crimeia | FB
out-of-domain | alexa qual é a capital do curdistão | FB
out-of-domain | alexa qual é a capital de zanzibar | FB
out-of-domain | alexa qual é a capital da transilvânia | FB
out-of-domain | alexa qual é a capital da prússia | FB
out-of-domain | alexa qual é a capital do império romano | FB
out-of-domain | alexa qual é a capital da atlântida | FB
out-of-domain | alexa qual é a capital de hogwarts | FB
out-of-domain | alexa qual é a capital da disney | FB
out-of-domain | alexa qual é a capital da região sul | FB
out-of-domain | alexa qual é a capital da ilha do bananal | FB
out-of-domain | alexa qual é a capital de cabo frio | FB
out-of-domain | alexa qual é a capital da grande são paulo | FB
out-of-domain | alexa quantas letras tem a palavra capital | FB
out-of-domain | alexa soletra capital pra mim | FB
out-of-domain | alexa escreve capital com letra bonita | FB
situation | alexa tô na fila do detran e bateu a dúvida qual a capital da eslovênia | SI
situation | alexa no bolão da firma perguntaram a capital da costa rica | CR
situation | alexa o vizinho peruano fez ceviche qual é a capital do peru dele | PE
situation | alexa a pulseira que eu ganhei é do nepal qual é a capital | NP
situation | alexa meu primo foi jogar futebol no azerbaijão qual é a capital de lá | AZ
situation | alexa tô assistindo vôlei e o time é da polônia qual a capital | PL
situation | alexa a minha tia mora em honduras qual a capital de lá | HN
situation | alexa o navio da petrobras foi pra angola qual é a capital | AO
situation | alexa o cantor de reggae é da jamaica qual é a capital | JM
situation | alexa o filme que eu vi é do irã qual a capital de lá | IR
situation | alexa a moça do salão fez intercâmbio em malta qual a capital | MT
situation | alexa a seleção vai pegar o catar qual é a capital deles | QA
situation | alexa tô com saudade do meu marido que tá trabalhando na guiana qual a capital | GY
situation | alexa o meu pastor foi em missão pro quênia qual a capital | KE
situation | alexa o carro que eu comprei veio do méxico qual é a capital de lá | MX
situation | alexa o menino tá desenhando a bandeira do japão qual é a capital | JP
situation | alexa o namorado da minha filha é islandês qual é a capital da islândia | IS
situation | alexa a prima casou com um argelino qual a capital da argélia | DZ
situation | alexa o time do meu coração contratou um equatoriano qual a capital do equador | EC
situation | alexa o jornal só fala da ucrânia qual é a capital de lá | UA
situation | alexa o pai tá vendo o rali dakar qual é a capital do senegal | SN
situation | alexa na aula de história falaram da mongólia e de gengis khan qual a capital | MN
situation | alexa a gente vai no restaurante etíope hoje qual é a capital da etiópia | ET
situation | alexa o livro de receita é da tailândia qual a capital de lá | TH
situation | alexa o cachorro da vizinha é um husky siberiano qual é a capital da rússia | RU
situation | alexa o menino do intercâmbio é da finlândia qual a capital | FI
situation | alexa no grupo da terceira idade perguntaram a capital da noruega | NO
situation | alexa meu neto tá na alemanha qual a capital de lá | DE
situation | alexa a menina da escola é filha de chinês qual a capital da china | CN
situation | alexa a feira internacional tem barraca da índia qual a capital dela | IN
situation | alexa vou fazer a rota do vinho no chile qual a capital | CL
situation | alexa o avião da lua de mel faz escala no panamá qual é a capital | PA
situation | alexa o meu cunhado mexe com exportação pra arábia saudita qual a capital | SA
situation | alexa o time de basquete é da sérvia qual é a capital dela | RS
situation | alexa comprei um tapete do marrocos qual a capital | MA
situation | alexa a moça do tiktok mora em singapura qual a capital de singapura | SG
situation | alexa o jogo de videogame se passa na escócia qual é a capital da escócia | GB-SCT
situation | alexa o meu tio trabalha numa plataforma na noruega e eu nunca sei a capital | NO
plural-capitals | alexa uai sô a holanda tem quantas capitais e quais | NL
plural-capitals | alexa o professor disse que a áfrica do sul tem capital executiva legislativa e judiciária quais são | ZA
plural-capitals | alexa véi me diz as duas capitais da bolívia sucre e a outra | BO
plural-capitals | alexa a costa do marfim tem capital oficial e capital econômica me fala as duas | CI
plural-capitals | alexa macho o benin tem capital dupla é porto novo e qual mais | BJ
plural-capitals | alexa a malásia tem kuala lumpur e outra capital qual é a outra | MY
plural-capitals | alexa égua o sri lanka tem duas capitais com nome enorme quais são | LK
plural-capitals | alexa mano a palestina tem duas capitais me fala as duas | PS
plural-capitals | alexa eswatini tem duas capitais quais são elas | SZ
shared-name | alexa égua e o congo qual a capital | CD+CG
shared-name | alexa me fala a capital da coreia sô | KP+KR
shared-name | alexa mano qual é a capital da geórgia | GE+US-GA
shared-name | alexa qual a capital do congo belga | CD
shared-name | alexa qual a capital da coreia do norte e da do sul | KP+KR
shared-name | alexa a geórgia americana qual é a capital dela | US-GA
old-name | alexa no tempo do meu avô tinha a rodésia do sul qual era a capital dela que hoje é o zimbábue | ZW
old-name | alexa a birmânia de antigamente qual é a capital hoje | MM
old-name | alexa o ceilão que a vó falava qual a capital | LK
old-name | alexa qual a capital do sião que hoje é a tailândia | TH
old-name | alexa no livro velho tá pérsia qual a capital dela hoje | IR
old-name | alexa o daomé de antigamente tem capital onde | BJ
everyday-name | alexa qual a capital da rússia branca a bielorrússia uai | BY
everyday-name | alexa qual é a capital dos emirados mana onde fica dubai | AE
everyday-name | alexa mano qual a capital da inglaterra a grã-bretanha toda | GB
everyday-name | alexa qual a capital dos states véi | US
everyday-name | alexa qual é a capital da holanda aquela de amsterdã | NL
everyday-name | alexa qual é a capital do timor que fala português | TL
everyday-name | alexa qual é a capital da suazilândia uai | SZ
everyday-name | alexa qual é a capital da américa dos estados unidos | US
everyday-name | alexa qual a capital do burkina que os jogadores são bons | BF
territory | alexa o cruzeiro para em aruba qual é a capital da ilha | AW
territory | alexa meu primo mora em porto rico qual é a capital de lá | PR
territory | alexa na guiana francesa perto do amapá qual é a capital | GF
territory | alexa o documentário é da groenlândia qual é a capital de lá | GL
territory | alexa vou mergulhar em curaçao qual a capital | CW
territory | alexa o perfume é da polinésia francesa qual a capital | PF
territory | alexa nas malvinas que os argentinos falam qual é a capital | FK
launch | alexa sô abre o capitais do mundo que o neto quer brincar | LAUNCH
launch | alexa véi começa aquele capitais do mundo de novo | LAUNCH
help | alexa égua como é que eu jogo o capitais do mundo | HELP
help | alexa mano me explica as regras do capitais do mundo | HELP
"""

if __name__ == "__main__":
    build_round(38, "pt", LINES, sys.argv, "tests/Eval/pt/round38/source/build_corpus.py")
