"""Round 37, Portuguese (pt-BR): a new author's own mix, written blind at the end of the thirty-eighth session (brief
WRITER44.md), with speakers, situations and wordings chosen apart from rounds 33 to 36.

Regions: recifenses and olindenses of Casa Amarela, Casanova and the Recife Antigo ("oxe", "visse", "arretado",
"painho"), caruaruenses and campinenses of the São João ("vixe"), gaúchos of Porto Alegre, Pelotas and Santa Maria
("bah", "tchê", "guri", "tri", "capaz"), manezinhos of the Lagoa da Conceição and the Ribeirão da Ilha ("ô istepô", "tás
tolo"), curitibanos of the Batel ("piá", "vina"), soteropolitanos of the Rio Vermelho and Itapuã ("oxente", "meu rei",
"mainha"), cariocas of Madureira, the Lapa and Niterói ("caraca", "maluco", "irmão", "mermã"), ludovicenses of the
Reviver ("é tu", "tu vai"), cuiabanos ("tchá por deus"), capixabas of Vila Velha ("ih rapaz"), paulistanos of the Mooca
("orra meu"), manauaras ("mana", "maninha"), potiguares, maceioenses, pessoenses, aracajuanos, teresinenses, palmenses,
boa-vistenses, macapaenses, acreanos, porto-velhenses, campo-grandenses (sobá), londrinenses, juiz-foranos, conquistenses,
paraenses of Belém and Santarém, ribeirão-pretanos, uberlandenses, blumenauenses, petrolinenses, juazeirenses ("meu
padim"), ilheenses, mossoroenses, iguaçuenses. Immigrant and heritage speakers: Angolans ("bué", "kota", "ya"),
Mozambicans ("maningue"), Cape Verdeans ("nha"), Haitians ("mèsi anpil", learner grammar), Venezuelans of Roraima and
Pacaraima ("chamo", "pana"), Bolivian seamstresses of the Bom Retiro ("ya pues"), Koreans ("annyeong"), Japanese
descendants ("ne", "batchan"), Italian descendants of Caxias do Sul ("porca miséria", "ostia", "nono"), Pomeranian and
German descendants of Pomerode ("oma"), Lebanese and Syrians of the 25 de Março and the Brás ("yalla", "habibi",
"salam"), a Senegalese ("jërëjëf"), a Congolese ("mbote"), an Argentine ("che", "boludo"), an Afghan refugee, a
Nigerian ("my friend"), a Filipino nanny, a Bengali of the Brás. Work: an Uber driver, a trucker on the BR-116, a night
nurse, a hairdresser, a fisherman, a teacher writing a test, a lottery clerk, a barber, a call-centre worker, a waiter, a
school librarian, a cane cutter, a street sweeper. Elders (the grandmother and grandfather, the third-age group, a
hearing aid, a soap opera), children (the school aunt, six years old, a geography assignment), teenagers ("mó
preguiça", "no cap", "tá osso"), learners ("qual é o capital", "eu quero sabe"). Home: cuscuz, ironing, bread dough,
watering plants. Games: stop, battleship, a bar quiz, crosswords, the Show do Milhão. Travel: an exchange year,
backpacking in Asia, a honeymoon, a Caribbean cruise, a church mission to Africa.

Yes/no checks expect the place asked about, right or wrong; self-corrections expect the last place named after the
marker; reverse questions CITY:<capital> as languages/pt.json names it.

Sources: LINES below in the round-12 entry format (`family | frame or sentence | expected`; a fill carries its own
preposition and article; a frame at most three fills and used once), built by build_round of
tests/Eval/source/round12_hinl_corpus.py (round 37), dropping every (utterance, locale) pair of the earlier Portuguese
rounds. Every sentence was written by hand as one utterance.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
regional-speech | oxe alexa aqui de olinda visse qual é a capital {} | da frança=FR; da espanha=ES; de portugal=PT
regional-speech | alexa painho quer saber a capital {} lá de casanova em recife | da itália=IT; da grécia=GR; de malta=MT
regional-speech | arretado isso alexa me diz aí qual a capital {} visse | da irlanda=IE; da islândia=IS; da noruega=NO
regional-speech | alexa aqui do recife antigo o turista perguntou qual é a capital {} oxe | da suécia=SE; da finlândia=FI; da dinamarca=DK
regional-speech | bah tchê alexa qual é a capital {} | da alemanha=DE; da áustria=AT; da suíça=CH
regional-speech | alexa o guri aqui de pelotas quer saber a capital {} tchê | da bélgica=BE; do luxemburgo=LU; da polônia=PL
regional-speech | capaz que tu não sabe alexa qual é a capital {} bah | do reino unido=GB; da tchéquia=CZ; da eslováquia=SK
regional-speech | alexa tri legal esse negócio me fala a capital {} aqui de porto alegre | da hungria=HU; da romênia=RO; da bulgária=BG
regional-speech | ô istepô alexa qual que é a capital {} | da sérvia=RS; da croácia=HR; da eslovênia=SI
regional-speech | alexa tás tolo aqui na lagoa da conceição ninguém sabe a capital {} | da bósnia=BA; do montenegro=ME; da albânia=AL
regional-speech | alexa o piá aqui de curitiba perguntou a capital {} | da macedônia do norte=MK; da moldávia=MD; da ucrânia=UA
regional-speech | alexa comendo uma vina aqui no batel me diz a capital {} | da bielorrússia=BY; da rússia=RU; da estônia=EE
regional-speech | oxente alexa meu rei qual é a capital {} | da letônia=LV; da lituânia=LT; de andorra=AD
regional-speech | alexa mainha mandou perguntar lá do rio vermelho a capital {} | de mônaco=MC; de san marino=SM; de liechtenstein=LI
regional-speech | alexa aqui de itapuã meu rei fala aí a capital {} | de chipre=CY; do brasil=BR; da argentina=AR
regional-speech | caraca alexa qual é a capital {} irmão | do uruguai=UY; do paraguai=PY; do chile=CL
regional-speech | alexa aqui de madureira maluco me fala a capital {} | do peru=PE; do equador=EC; da colômbia=CO
regional-speech | alexa o pessoal aqui de niterói tá discutindo a capital {} quem tá certo | da venezuela=VE; da guiana=GY; do suriname=SR
regional-speech | alexa é tu que sabe aqui de são luís qual é a capital {} | do méxico=MX; da guatemala=GT; do belize=BZ
regional-speech | alexa tu vai me dizer agora a capital {} que eu tô no reviver | de honduras=HN; de el salvador=SV; da nicarágua=NI
regional-speech | tchá por deus alexa aqui de cuiabá qual é a capital {} | da costa rica=CR; do panamá=PA; de cuba=CU
regional-speech | pai do céu alexa me ajuda qual é a capital {} que eu esqueci | da jamaica=JM; do haiti=HT; da república dominicana=DO
regional-speech | vixe alexa aqui de campina grande qual é a capital {} | das bahamas=BS; de barbados=BB; de trinidad e tobago=TT
regional-speech | alexa no são joão de campina grande apostaram a capital {} diga aí | de antígua e barbuda=AG; da dominica=DM; de granada=GD
regional-speech | ih rapaz alexa aqui de vila velha qual a capital {} | de são cristóvão e névis=KN; de santa lúcia=LC; de são vicente e granadinas=VC
regional-speech | alexa capixaba aqui querendo saber a capital {} | dos estados unidos=US; do canadá=CA; de angola=AO
regional-speech | orra meu alexa aqui da mooca qual é a capital {} | de moçambique=MZ; de cabo verde=CV; da guiné bissau=GW
regional-speech | alexa mano tô aqui na mooca comendo um cannoli me fala a capital {} | de são tomé e príncipe=ST; da guiné equatorial=GQ; da namíbia=NA
regional-speech | alexa aqui da ponta negra em manaus mana qual é a capital {} | de botsuana=BW; do zimbábue=ZW; da zâmbia=ZM
regional-speech | alexa maninha aqui do teatro amazonas perguntou a capital {} | do malaui=MW; da tanzânia=TZ; do quênia=KE
regional-speech | alexa aqui de natal lá de ponta negra qual é a capital {} | de uganda=UG; de ruanda=RW; do burundi=BI
regional-speech | alexa potiguar aqui sem saber a capital {} | do gabão=GA; de camarões=CM; da república centro africana=CF
regional-speech | alexa aqui de maceió na pajuçara qual é a capital {} meu filho | do chade=TD; do níger=NE; da nigéria=NG
regional-speech | alexa aqui de joão pessoa oxe diga a capital {} | do togo=TG; de gana=GH; do burquina faso=BF
regional-speech | alexa arretada me responde a capital {} que o povo daqui de caruaru não sabe | do mali=ML; do senegal=SN; da gâmbia=GM
regional-speech | bah alexa que tri se tu me disser a capital {} | da guiné=GN; da serra leoa=SL; da libéria=LR
regional-speech | alexa aqui de santa maria tchê qual é a capital {} | da mauritânia=MR; do marrocos=MA; da argélia=DZ
regional-speech | alexa aqui da lapa mermã qual a capital {} | da tunísia=TN; da líbia=LY; do egito=EG
regional-speech | alexa aqui de aracaju na orla de atalaia me fala a capital {} | do sudão=SD; do sudão do sul=SS; da etiópia=ET
regional-speech | alexa painho tá perguntando de novo a capital {} | da eritreia=ER; de djibuti=DJ; da somália=SO
regional-speech | alexa aqui de teresina no calor da mulesta qual é a capital {} | de madagascar=MG; das ilhas maurício=MU; das seychelles=SC
regional-speech | alexa ô de casa aqui de palmas qual é a capital {} | de comores=KM; do lesoto=LS; da china=CN
regional-speech | alexa aqui de boa vista em roraima qual é a capital {} | do japão=JP; da coreia do sul=KR; da coreia do norte=KP
regional-speech | alexa de macapá lá no meio do mundo qual a capital {} | da mongólia=MN; da índia=IN; do paquistão=PK
regional-speech | alexa aqui de rio branco no acre que existe sim qual é a capital {} | de bangladesh=BD; do nepal=NP; do butão=BT
regional-speech | alexa de porto velho aqui qual é a capital {} | das maldivas=MV; do afeganistão=AF; do irã=IR
regional-speech | alexa aqui de campo grande na feira central comendo sobá qual é a capital {} | do iraque=IQ; da síria=SY; do líbano=LB
regional-speech | alexa de florianópolis aqui no ribeirão da ilha qual é a capital {} | da jordânia=JO; de israel=IL; da arábia saudita=SA
regional-speech | alexa aqui de londrina pé vermelho qual é a capital {} | dos emirados árabes=AE; do catar=QA; do bahrein=BH
regional-speech | alexa ô sô aqui de juiz de fora qual é a capital {} | do kuwait=KW; de omã=OM; do iêmen=YE
regional-speech | alexa aqui de vitória da conquista rapaz qual é a capital {} | da turquia=TR; da armênia=AM; do azerbaijão=AZ
regional-speech | alexa de belém aqui no ver o peso qual é a capital {} | do cazaquistão=KZ; do uzbequistão=UZ; do turcomenistão=TM
regional-speech | alexa de santarém no tapajós qual é a capital {} | do tajiquistão=TJ; do quirguistão=KG; do vietnã=VN
regional-speech | alexa aqui de ribeirão preto no calorão me fala a capital {} | do laos=LA; do camboja=KH; da tailândia=TH
regional-speech | alexa aqui de uberlândia uai qual que é a capital {} | de mianmar=MM; de singapura=SG; da indonésia=ID
regional-speech | alexa de blumenau na oktoberfest qual é a capital {} | das filipinas=PH; de brunei=BN; do timor leste=TL
regional-speech | alexa aqui de petrolina na beira do são francisco qual é a capital {} | da austrália=AU; da nova zelândia=NZ; da papua nova guiné=PG
regional-speech | alexa aqui de juazeiro do norte meu padim qual é a capital {} | de fiji=FJ; das ilhas salomão=SB; de vanuatu=VU
regional-speech | alexa de ilhéus terra do cacau qual é a capital {} | de samoa=WS; de tonga=TO; de tuvalu=TV
regional-speech | alexa de mossoró aqui qual é a capital {} | de kiribati=KI; de nauru=NR; de palau=PW
regional-speech | alexa aqui de foz do iguaçu na tríplice fronteira qual é a capital {} | das ilhas marshall=MH; da micronésia=FM; do sri lanka=LK
immigrant-speech | alexa ya bué de tempo que eu quero saber a capital {} | de angola=AO; de moçambique=MZ; do congo democrático=CD
immigrant-speech | alexa o kota aqui de luanda pergunta qual é a capital {} | da zâmbia=ZM; da namíbia=NA; do zimbabwe=ZW
immigrant-speech | alexa maningue obrigado se me disser a capital {} | da áfrica do sul=ZA; do malawi=MW; da tanzânia=TZ
immigrant-speech | alexa nha amiga de cabo verde quer saber a capital {} | da guiné-bissau=GW; do senegal=SN; de são tomé=ST
immigrant-speech | alexa mèsi anpil qual é capital {} por favor | do haiti=HT; da república dominicana=DO; do canadá=CA
immigrant-speech | alexa eu sou haitiano eu quer saber capital {} | de cuba=CU; da jamaica=JM; das bahamas=BS
immigrant-speech | chamo alexa qual é a capital {} pana | da venezuela=VE; da colômbia=CO; do panamá=PA
immigrant-speech | alexa aqui em pacaraima pana me diz a capital {} | da guiana=GY; de trinidad=TT; do suriname=SR
immigrant-speech | alexa ya pues cuál es la capital {} digo qual é | da bolívia=BO; do peru=PE; do paraguai=PY
immigrant-speech | alexa eu trabalho na costura no bom retiro qual é a capital {} | do equador=EC; do chile=CL; da argentina=AR
immigrant-speech | alexa annyeong qual é a capital {} | da coreia do sul=KR; do japão=JP; da china=CN
immigrant-speech | alexa ne a batchan quer saber a capital {} | do japão=JP; de taiwan=TW; da mongólia=MN
immigrant-speech | alexa porca miséria o nono não lembra a capital {} | da itália=IT; de san marino=SM; do vaticano=VA
immigrant-speech | alexa o vô lá de caxias do sul perguntou a capital {} ostia | da áustria=AT; da eslovênia=SI; da croácia=HR
immigrant-speech | alexa a oma lá de pomerode quer saber a capital {} | da alemanha=DE; da polônia=PL; da dinamarca=DK
immigrant-speech | yalla alexa habibi qual é a capital {} | do líbano=LB; da síria=SY; da jordânia=JO
immigrant-speech | alexa meu tio libanês lá da vinte e cinco perguntou a capital {} | do iraque=IQ; do kuwait=KW; do catar=QA
immigrant-speech | alexa jërëjëf qual é a capital {} | do senegal=SN; da gâmbia=GM; da mauritânia=MR
immigrant-speech | alexa mbote eu sou congolês qual capital {} | da república do congo=CG; do gabão=GA; do burundi=BI
immigrant-speech | che alexa boludo cuál es la capital {} | do uruguai=UY; do chile=CL; do paraguai=PY
immigrant-speech | alexa eu sou afegão aprendendo português qual é capital {} | do afeganistão=AF; do paquistão=PK; do irã=IR
immigrant-speech | alexa my friend eu é nigeriano qual a capital {} | da nigéria=NG; de gana=GH; do benin=BJ
immigrant-speech | alexa eu sou filipina trabalho de babá qual é a capital {} | das filipinas=PH; da indonésia=ID; do vietnã=VN
immigrant-speech | alexa salam eu sou sírio da mesquita do brás me diz a capital {} | do egito=EG; da argélia=DZ; da tunísia=TN
immigrant-speech | alexa eu sou bengali do brás a capital {} qual é | de bangladesh=BD; do nepal=NP; da índia=IN
work-context | alexa tô no uber esperando passageiro qual é a capital {} | da hungria=HU; da bulgária=BG; da romênia=RO
work-context | alexa caminhoneiro aqui na br cento e dezesseis qual é a capital {} | da rússia=RU; da ucrânia=UA; da bielorrússia=BY
work-context | alexa plantão da madrugada aqui na enfermaria qual a capital {} | da eslováquia=SK; da tchéquia=CZ; da sérvia=RS
work-context | alexa tô fazendo escova numa cliente ela quer saber a capital {} | da grécia=GR; de chipre=CY; de malta=MT
work-context | alexa aqui no barco de pesca qual é a capital {} | da islândia=IS; da noruega=NO; da groenlândia=GL
work-context | alexa professora aqui montando a prova qual é a capital {} | da estônia=EE; da letônia=LV; da lituânia=LT
work-context | alexa aqui na lotérica o cliente perguntou a capital {} | da macedônia=MK; da albânia=AL; do kosovo=XK
work-context | alexa aqui na barbearia o freguês apostou a capital {} | do marrocos=MA; da líbia=LY; do sudão=SD
work-context | alexa tô no call center na pausa qual é a capital {} | da etiópia=ET; da eritreia=ER; da somália=SO
work-context | alexa sou garçom e o gringo da mesa quatro perguntou a capital {} | da austrália=AU; da nova zelândia=NZ; de fiji=FJ
work-context | alexa aqui na biblioteca da escola um aluno quer a capital {} | de madagascar=MG; de maurício=MU; dos comores=KM
work-context | alexa aqui no canavial na hora do almoço qual é a capital {} | do quênia=KE; de uganda=UG; de ruanda=RW
work-context | alexa sou gari e tô no intervalo me diz a capital {} | do mali=ML; do níger=NE; do chade=TD
elder-speech | alexa minha netinha qual é a capital {} que a vó esqueceu | da frança=FR; da inglaterra=GB-ENG; da espanha=ES
elder-speech | alexa meu bem o vovô quer saber a capital {} | de portugal=PT; da suíça=CH; da bélgica=BE
elder-speech | ô alexa faz favor qual é a capital {} que eu vi na novela | da turquia=TR; da índia=IN; do marrocos=MA
elder-speech | alexa aqui do grupo da terceira idade qual é a capital {} | do egito=EG; de israel=IL; da grécia=GR
elder-speech | alexa fala devagar que eu tô sem aparelho qual é a capital {} | do peru=PE; da bolívia=BO; do chile=CL
child-speech | alexa a tia da escola falou pra perguntar a capital {} | do brasil=BR; da argentina=AR; do japão=JP
child-speech | alexa eu tenho seis anos qual é a capital {} | da china=CN; da austrália=AU; do canadá=CA
child-speech | alexa a capital {} qual que é hein | do méxico=MX; dos estados unidos=US; da itália=IT
child-speech | alexa é pro trabalho de geografia qual a capital {} | do egito=EG; da rússia=RU; da alemanha=DE
teen-speech | alexa mó preguiça de pesquisar qual a capital {} | da coreia do sul=KR; da tailândia=TH; da indonésia=ID
teen-speech | alexa no cap qual é a capital {} | da nova zelândia=NZ; da noruega=NO; da suécia=SE
teen-speech | alexa tá osso essa lição qual é a capital {} | do cazaquistão=KZ; do uzbequistão=UZ; do azerbaijão=AZ
teen-speech | alexa tipo assim sério qual é a capital {} | de singapura=SG; da malásia=MY; das filipinas=PH
learner-speech | alexa qual é o capital {} | da frança=FR; da alemanha=DE; da holanda=NL
learner-speech | alexa capital {} é qual por favor | do japão=JP; da coreia=KP+KR; da china=CN
learner-speech | alexa eu quero sabe a capital {} | da hungria=HU; da áustria=AT; da polônia=PL
learner-speech | alexa onde é a capital {} | do canadá=CA; do méxico=MX; da austrália=AU
home-context | alexa tô fazendo cuscuz aqui me diz a capital {} | da argélia=DZ; da tunísia=TN; do marrocos=MA
home-context | alexa tô passando roupa qual é a capital {} | da suécia=SE; da finlândia=FI; da islândia=IS
home-context | alexa enquanto a massa do pão cresce qual é a capital {} | do líbano=LB; da armênia=AM; da geórgia o país=GE
home-context | alexa tô regando as plantas me fala a capital {} | do butão=BT; do nepal=NP; do laos=LA
game-context | alexa é pro stop a letra é t qual é a capital {} | da tailândia=TH; do timor leste=TL; de tonga=TO
game-context | alexa tô jogando batalha naval com meu filho qual é a capital {} | de cuba=CU; do haiti=HT; da jamaica=JM
game-context | alexa no quiz do boteco caiu a capital {} | de omã=OM; do iêmen=YE; do bahrein=BH
game-context | alexa palavra cruzada aqui seis letras capital {} | do quênia=KE; do peru=PE; do catar=QA
game-context | alexa no show do milhão perguntaram a capital {} | do camboja=KH; de mianmar=MM; do laos=LA
travel-context | alexa vou fazer intercâmbio qual é a capital {} | da irlanda=IE; do reino unido=GB; de malta=MT
travel-context | alexa vou de mochilão pela ásia qual é a capital {} | do vietnã=VN; do camboja=KH; da tailândia=TH
travel-context | alexa minha lua de mel vai ser lá qual é a capital {} | das maldivas=MV; das seicheles=SC; de maurício=MU
travel-context | alexa tô indo de cruzeiro pro caribe qual é a capital {} | de barbados=BB; de santa lúcia=LC; de granada=GD
travel-context | alexa a missão da igreja vai pra áfrica qual é a capital {} | de moçambique=MZ; do malaui=MW; da zâmbia=ZM
subdivision | alexa oxe qual é a capital {} | de pernambuco=BR-PE; da paraíba=BR-PB; do rio grande do norte=BR-RN
subdivision | alexa bah qual é a capital {} tchê | do rio grande do sul=BR-RS; de santa catarina=BR-SC; do paraná=BR-PR
subdivision | alexa o piá tá estudando os estados qual é a capital {} | do acre=BR-AC; de rondônia=BR-RO; de roraima=BR-RR
subdivision | alexa qual é a capital {} que eu sempre confundo | do amapá=BR-AP; do tocantins=BR-TO; do piauí=BR-PI
subdivision | alexa é pra prova do quarto ano qual a capital {} | do maranhão=BR-MA; do ceará=BR-CE; de alagoas=BR-AL
subdivision | alexa meu rei qual é a capital {} | da bahia=BR-BA; de sergipe=BR-SE; do espírito santo=BR-ES
subdivision | alexa qual é a capital {} sô | de minas gerais=BR-MG; de goiás=BR-GO; do mato grosso=BR-MT
subdivision | alexa aqui pra cruzadinha qual é a capital {} | do mato grosso do sul=BR-MS; do pará=BR-PA; do amazonas=BR-AM
subdivision | alexa qual é a capital {} mesmo | do estado do rio=BR-RJ; do estado de são paulo=BR-SP; do distrito federal=BR-DF
subdivision | alexa tô vendo basquete da nba qual é a capital {} | do texas=US-TX; da califórnia=US-CA; da flórida=US-FL
subdivision | alexa meu primo mora nos estados unidos qual é a capital {} | de massachusetts=US-MA; de nova jersey=US-NJ; da pensilvânia=US-PA
subdivision | alexa qual é a capital do estado {} lá nos eua | de nova york=US-NY; de illinois=US-IL; de washington=US-WA
subdivision | alexa pro meu curso de inglês qual é a capital {} | do alasca=US-AK; do havaí=US-HI; do colorado=US-CO
subdivision | alexa qual é a capital {} nos estados unidos | do nevada=US-NV; do arizona=US-AZ; do novo méxico=US-NM
subdivision | alexa qual que é a capital {} que tem muito brasileiro | de connecticut=US-CT; da geórgia americana=US-GA; da carolina do norte=US-NC
subdivision | alexa sabe a capital {} | do tennessee=US-TN; do kentucky=US-KY; da louisiana=US-LA
subdivision | alexa qual é a capital {} estado americano | do michigan=US-MI; do ohio=US-OH; do wisconsin=US-WI
subdivision | alexa vou trabalhar no canadá qual é a capital {} | do quebec=CA-QC; de ontário=CA-ON; da colúmbia britânica=CA-BC
subdivision | alexa qual é a capital da província {} | de alberta=CA-AB; da nova escócia=CA-NS; de manitoba=CA-MB
subdivision | alexa qual é a capital {} lá no norte do canadá | do yukon=CA-YT; do nunavut=CA-NU; dos territórios do noroeste=CA-NT
subdivision | alexa o time lá da alemanha é de onde qual é a capital {} | da baviera=DE-BY; da saxônia=DE-SN; do hesse=DE-HE
subdivision | alexa qual é a capital do estado alemão {} | da baixa saxônia=DE-NI; da turíngia=DE-TH; de brandemburgo=DE-BB
subdivision | alexa qual é a capital {} na austrália | de queensland=AU-QLD; da tasmânia=AU-TAS; da austrália ocidental=AU-WA
subdivision | alexa qual é a capital {} lá da austrália | de nova gales do sul=AU-NSW; de victoria=AU-VIC; do território do norte=AU-NT
subdivision | alexa qual é a capital {} na índia | de kerala=IN-KL; de goa=IN-GA; do rajastão=IN-RJ
subdivision | alexa qual é a capital do estado indiano {} | de maharashtra=IN-MH; de tamil nadu=IN-TN; de bengala ocidental=IN-WB
subdivision | alexa qual é a capital {} no méxico | de jalisco=MX-JAL; de yucatán=MX-YUC; de nuevo león=MX-NLE
subdivision | alexa qual é a capital {} onde fica cancún | de quintana roo=MX-ROO; da baixa califórnia=MX-BCN; de oaxaca=MX-OAX
subdivision | alexa qual é a capital {} no reino unido | da escócia=GB-SCT; do país de gales=GB-WLS; da irlanda do norte=GB-NIR
subdivision | alexa o vô é torcedor do celtic qual é a capital da escócia | GB-SCT
subdivision | alexa qual é a capital de sergipe que eu vou pra lá no carnaval | BR-SE
subdivision | alexa capital do tocantins é palmas né não é araguaína | BR-TO
subdivision | alexa a capital da índia quero dizer do estado de punjab | IN-PB
subdivision | alexa qual é a capital de utah onde tem os mórmons | US-UT
territory | alexa qual é a capital {} que é da dinamarca | da groenlândia=GL; das ilhas faroé=FO; das ilhas feroe=FO
territory | alexa qual é a capital {} que é da frança | da guiana francesa=GF; da martinica=MQ; de guadalupe=GP
territory | alexa qual é a capital {} lá no oceano | da polinésia francesa=PF; da nova caledônia=NC; da reunião=RE
territory | alexa qual é a capital {} ilha britânica | das bermudas=BM; das ilhas cayman=KY; de gibraltar=GI
territory | alexa qual é a capital {} holandesa | de aruba=AW; de curaçao=CW; de sint maarten=SX
territory | alexa qual é a capital {} dos americanos | de porto rico=PR; de guam=GU; das ilhas marianas do norte=MP
territory | alexa qual é a capital das malvinas que os argentinos querem | FK
territory | alexa qual é a capital de macau onde se fala português | MO
territory | alexa qual é a capital de hong kong oxe | HK
territory | alexa a antártida tem capital | AQ
territory | alexa qual a capital de santa helena onde napoleão morreu | SH
territory | alexa qual é a capital das ilhas pitcairn | PN
territory | alexa qual é a capital de mayotte | YT
territory | alexa qual a capital de guernsey | GG
territory | alexa qual é a capital de svalbard lá no polo norte | SJ
territory | alexa qual é a capital de taiwan | TW
territory | alexa qual é a capital das ilhas turcas e caicos | TC
territory | alexa qual é a capital de tokelau | TK
territory | alexa qual é a capital de niue | NU
territory | alexa qual a capital de wallis e futuna | WF
territory | alexa qual é a capital de são pedro e miquelão perto do canadá | PM
territory | alexa a cidade do vaticano tem capital | VA
plural-capitals | alexa quais são as capitais da bolívia oxe | BO
plural-capitals | alexa a bolívia tem duas capitais né quais são | BO
plural-capitals | alexa quais as capitais da áfrica do sul que são três | ZA
plural-capitals | alexa me diz as três capitais da áfrica do sul tchê | ZA
plural-capitals | alexa quais são as capitais da holanda que é amsterdã e haia | NL
plural-capitals | alexa os países baixos têm duas capitais quais | NL
plural-capitals | alexa quais são as capitais do benin | BJ
plural-capitals | alexa o benin tem capital dupla né quais são | BJ
plural-capitals | alexa quais são as capitais da costa do marfim | CI
plural-capitals | alexa é verdade que a costa do marfim tem duas capitais quais | CI
plural-capitals | alexa quais as capitais do sri lanka | LK
plural-capitals | alexa o sri lanka tem duas capitais me fala as duas | LK
plural-capitals | alexa quais são as capitais da malásia | MY
plural-capitals | alexa a malásia tem mais de uma capital quais são | MY
plural-capitals | alexa quais são as capitais da suazilândia | SZ
plural-capitals | alexa quais são as duas capitais de essuatíni | SZ
plural-capitals | alexa quais são as capitais da palestina | PS
plural-capitals | alexa a palestina tem duas capitais quais são elas | PS
plural-capitals | alexa me diz as capitais todas da bolívia sucre e la paz | BO
plural-capitals | alexa quais são as capitais de montserrat | MS
shared-name | alexa qual é a capital do congo oxe | CD+CG
shared-name | alexa me fala a capital dos dois congos bah | CD+CG
shared-name | alexa qual é a capital da coreia | KP+KR
shared-name | alexa as duas coreias têm capital qual | KP+KR
shared-name | alexa qual é a capital da geórgia | GE+US-GA
shared-name | alexa capital da geórgia tchê | GE+US-GA
shared-name | alexa qual é a capital da geórgia lá do cáucaso | GE
shared-name | alexa qual é a capital da geórgia o estado americano de atlanta | US-GA
shared-name | alexa qual é a capital do congo de kinshasa | CD
shared-name | alexa qual é a capital do congo brazzaville | CG
shared-name | alexa qual é a capital da coreia do kim jong un | KP
shared-name | alexa qual é a capital da coreia do kpop | KR
shared-name | alexa qual é a capital das ilhas virgens | VG+VI
shared-name | alexa qual é a capital das ilhas virgens inglesas | VG
shared-name | alexa qual é a capital das ilhas virgens americanas | VI
shared-name | alexa qual é a capital da dominica e da república dominicana | DM+DO
official-name | alexa qual é a capital da república federativa do brasil | BR
official-name | alexa qual é a capital da república portuguesa | PT
official-name | alexa qual é a capital do reino unido da grã bretanha e irlanda do norte | GB
official-name | alexa qual é a capital da federação russa | RU
official-name | alexa qual é a capital da república popular da china | CN
official-name | alexa qual é a capital dos estados unidos mexicanos | MX
official-name | alexa qual é a capital da república argentina | AR
official-name | alexa qual é a capital da república oriental do uruguai | UY
official-name | alexa qual é a capital da confederação suíça | CH
official-name | alexa qual é a capital do estado plurinacional da bolívia | BO
official-name | alexa qual é a capital da república bolivariana da venezuela | VE
official-name | alexa qual é a capital do reino de marrocos | MA
official-name | alexa qual é a capital da república islâmica do irã | IR
official-name | alexa qual é a capital da república de angola | AO
official-name | alexa qual é a capital do reino da espanha | ES
official-name | alexa qual é a capital da comunidade da austrália | AU
everyday-name | alexa qual é a capital da holanda | NL
everyday-name | alexa qual é a capital da inglaterra oxe | GB-ENG
everyday-name | alexa qual é a capital dos eua | US
everyday-name | alexa qual é a capital da república tcheca | CZ
everyday-name | alexa qual é a capital da birmânia | MM
everyday-name | alexa qual é a capital dos emirados | AE
everyday-name | alexa qual é a capital da costa do marfim | CI
everyday-name | alexa qual é a capital do timor | TL
everyday-name | alexa qual é a capital da suazilândia | SZ
everyday-name | alexa qual é a capital da grã bretanha | GB
everyday-name | alexa qual é a capital da bósnia herzegovina | BA
everyday-name | alexa qual é a capital da bielorússia | BY
everyday-name | alexa qual é a capital do vaticano | VA
old-name | alexa qual era a capital da pérsia que hoje é o irã | IR
old-name | alexa qual é a capital do antigo daomé | BJ
old-name | alexa qual é a capital do sião | TH
old-name | alexa qual é a capital da rodésia que agora é zimbábue | ZW
old-name | alexa qual é a capital do zaire | CD
old-name | alexa qual é a capital da antiga birmânia | MM
old-name | alexa qual é a capital do kampuchea | KH
old-name | alexa qual é a capital da bechuanalândia que é botsuana | BW
reverse-question | alexa luanda é capital de que país | CITY:Luanda
reverse-question | alexa maputo é a capital de onde | CITY:Maputo
reverse-question | alexa oxe bissau é capital de qual país | CITY:Bissau
reverse-question | alexa díli é capital de que país | CITY:Dili
reverse-question | alexa de que país é a capital acra | CITY:Acra
reverse-question | alexa ouagadougou é capital de qual país | CITY:Ouagadougou
reverse-question | alexa bah montevidéu é capital de onde tchê | CITY:Montevidéu
reverse-question | alexa assunção é capital de que país | CITY:Assunção
reverse-question | alexa liubliana é a capital de que lugar | CITY:Liubliana
reverse-question | alexa a cidade de riga é capital de que país | CITY:Riga
reverse-question | alexa cuiabá é capital de qual estado | CITY:Cuiabá
reverse-question | alexa florianópolis é capital de que estado | CITY:Florianópolis
reverse-question | alexa rio branco é capital de onde | CITY:Rio Branco
reverse-question | alexa katmandu é capital de qual país | CITY:Katmandu
reverse-question | alexa ulan bator é capital de que país | CITY:Ulan Bator
reverse-question | alexa astana é capital de que país mesmo | CITY:Astana
reverse-question | alexa camberra é capital de onde | CITY:Canberra
reverse-question | alexa wellington é capital de que país | CITY:Wellington
reverse-question | alexa sacramento é capital de qual estado americano | CITY:Sacramento
reverse-question | alexa reykjavik é a capital de que país | CITY:Reykjavík
yes-no-check | alexa a capital da austrália é sydney né | AU
yes-no-check | alexa a capital do canadá é toronto ou não | CA
yes-no-check | alexa é verdade que a capital da turquia não é istambul | TR
yes-no-check | alexa a capital da suíça é genebra oxe | CH
yes-no-check | alexa a capital de pernambuco é recife visse | BR-PE
yes-no-check | alexa a capital do rio grande do sul é porto alegre tchê | BR-RS
yes-no-check | alexa brasília é a capital do brasil desde quando o rio deixou de ser | BR
yes-no-check | alexa a capital de marrocos é casablanca | MA
yes-no-check | alexa a capital da nigéria ainda é lagos ou mudou | NG
yes-no-check | alexa a capital dos estados unidos é nova york né | US
yes-no-check | alexa a capital da bolívia é la paz ou é sucre | BO
yes-no-check | alexa a capital da nova zelândia é auckland | NZ
yes-no-check | alexa a capital do vietnã é hanói ou saigon | VN
yes-no-check | alexa a capital da alemanha era bonn e agora é berlim certo | DE
yes-no-check | alexa a capital de santa catarina é joinville | BR-SC
yes-no-check | alexa a capital do paquistão é karachi | PK
yes-no-check | alexa a capital da índia é mumbai ou nova délhi | IN
yes-no-check | alexa a capital da bahia é salvador mesmo meu rei | BR-BA
yes-no-check | alexa manaus é a capital do pará | BR-PA
yes-no-check | alexa a capital da tanzânia é dar es salaam | TZ
self-correction | alexa qual é a capital da áustria opa da austrália | AU
self-correction | alexa qual é a capital da eslováquia não da eslovênia | SI
self-correction | alexa qual é a capital do irã ou melhor do iraque | IQ
self-correction | alexa qual a capital da suécia vixe errei da suíça | CH
self-correction | alexa qual é a capital da gâmbia ih troquei da zâmbia | ZM
self-correction | alexa qual é a capital da nigéria não não do níger | NE
self-correction | alexa qual é a capital do paraguai espera do uruguai | UY
self-correction | alexa qual é a capital da guiné não péraí da guiana | GY
self-correction | alexa qual é a capital do mali digo da malásia | MY
self-correction | alexa qual é a capital da letônia não a da lituânia | LT
self-correction | alexa qual é a capital da colômbia oxe falei errado da costa rica | CR
self-correction | alexa qual é a capital da islândia bah me enganei da irlanda | IE
self-correction | alexa qual é a capital de mônaco aliás de malta | MT
self-correction | alexa qual é a capital do sudão do sul desculpa só do sudão | SD
self-correction | alexa qual é a capital do chile na verdade do peru | PE
self-correction | alexa qual é a capital de goiás não calma de alagoas | BR-AL
self-correction | alexa qual é a capital da dinamarca quer dizer da noruega | NO
self-correction | alexa qual é a capital do camboja ops do camarões | CM
follow-up | alexa e a da frança | FR
follow-up | alexa e da itália | IT
follow-up | alexa agora a do chile | CL
follow-up | alexa e do equador oxe | EC
follow-up | alexa e a capital do peru então | PE
follow-up | alexa beleza e da colômbia | CO
follow-up | alexa tá e da bolívia | BO
follow-up | alexa e do vizinho o paraguai | PY
follow-up | alexa valeu agora me diz da tunísia | TN
follow-up | alexa e a do quênia | KE
follow-up | alexa e a mesma coisa da etiópia | ET
follow-up | alexa legal e da rússia tchê | RU
follow-up | alexa e do japão visse | JP
follow-up | alexa e pra grécia | GR
follow-up | alexa e qual é a da alemanha | DE
follow-up | alexa show e da suécia | SE
follow-up | alexa e da bahia meu rei | BR-BA
follow-up | alexa e do ceará | BR-CE
follow-up | alexa beleza agora faz a da índia | IN
follow-up | alexa e a do egito | EG
help | alexa oxe como é que funciona esse capitais do mundo | HELP
help | alexa ajuda aí visse que eu não sei usar | HELP
help | alexa bah tchê me explica como joga isso | HELP
help | alexa o que que eu posso perguntar pra tu | HELP
help | alexa me ensina a usar esse negócio das capitais | HELP
help | alexa socorro não entendi como pergunta | HELP
help | alexa que que eu falo pra saber uma capital | HELP
help | alexa tô perdido aqui me ajuda | HELP
help | alexa quais são os comandos dessa skill | HELP
help | alexa me dá uma ajudinha aqui mana | HELP
help | alexa como que eu pergunto uma capital hein | HELP
help | alexa pode me explicar de novo como funciona | HELP
help | alexa o vovô não sabe mexer me ajuda aí | HELP
help | alexa eu sou estrangeiro como usar isso ajuda por favor | HELP
help | alexa ajuda pelo amor de deus | HELP
help | alexa não tô entendendo nada me orienta aí | HELP
help | alexa e aí como é que eu uso isso mano | HELP
help | alexa dá umas dicas de como perguntar | HELP
help | alexa exemplos do que eu posso perguntar | HELP
help | alexa o que essa skill faz | HELP
help | alexa preciso de ajuda com as capitais do mundo | HELP
help | alexa como é que joga meu rei | HELP
help | alexa me ajuda com essa parada aí | HELP
help | alexa tá complicado me socorre aqui | HELP
stop | alexa chega oxe | STOP
stop | alexa bah chega por hoje tchê | STOP
stop | alexa pode parar visse | STOP
stop | alexa para tudo | STOP
stop | alexa desliga isso aí | STOP
stop | alexa fica quieta agora | STOP
stop | alexa já deu por hoje | STOP
stop | alexa encerra o capitais do mundo | STOP
stop | alexa sai desse jogo | STOP
stop | alexa não quero mais obrigado | STOP
stop | alexa tá bom pode parar meu rei | STOP
stop | alexa para de falar mana | STOP
stop | alexa fecha a skill | STOP
stop | alexa chega de capital por hoje | STOP
stop | alexa cala a boca por favor | STOP
stop | alexa acabou pode desligar | STOP
stop | alexa finaliza aí | STOP
stop | alexa silêncio o bebê tá dormindo | STOP
stop | alexa encerrar | STOP
stop | alexa tchau tchau | STOP
stop | alexa sair | STOP
stop | alexa deu deu para | STOP
stop | alexa não quero mais saber de capital | STOP
stop | alexa para com isso agora | STOP
cancel | alexa cancela oxe | CANCEL
cancel | alexa cancela essa pergunta | CANCEL
cancel | alexa deixa pra lá | CANCEL
cancel | alexa esquece o que eu falei | CANCEL
cancel | alexa cancela isso aí tchê | CANCEL
cancel | alexa não era isso cancela | CANCEL
cancel | alexa esquece visse | CANCEL
cancel | alexa cancela a pergunta que eu fiz | CANCEL
cancel | alexa esquece essa aí mana | CANCEL
cancel | alexa deixa quieto | CANCEL
cancel | alexa cancelar | CANCEL
cancel | alexa desconsidera | CANCEL
cancel | alexa anula essa | CANCEL
cancel | alexa cancela por favor meu rei | CANCEL
cancel | alexa deixa pra lá não precisa mais | CANCEL
cancel | alexa esquece a capital que eu pedi | CANCEL
cancel | alexa cancela cancela | CANCEL
cancel | alexa nada não esquece | CANCEL
cancel | alexa não precisa responder cancela | CANCEL
cancel | alexa esquece bah | CANCEL
cancel | alexa cancela aí mano | CANCEL
cancel | alexa volta cancela isso | CANCEL
cancel | alexa deixa de lado essa pergunta | CANCEL
cancel | alexa cancela que eu me confundi | CANCEL
launch | alexa abre o capitais do mundo oxe | LAUNCH
launch | alexa bah abre as capitais do mundo | LAUNCH
launch | alexa inicia capitais do mundo | LAUNCH
launch | alexa começa o capitais do mundo | LAUNCH
launch | alexa abrir capitais do mundo | LAUNCH
launch | alexa quero jogar capitais do mundo | LAUNCH
launch | alexa liga o capitais do mundo pra mim | LAUNCH
launch | alexa abre aquele das capitais do mundo | LAUNCH
launch | alexa vamos jogar o capitais do mundo | LAUNCH
launch | alexa executar capitais do mundo | LAUNCH
launch | alexa abre a skill capitais do mundo visse | LAUNCH
launch | alexa carrega o capitais do mundo | LAUNCH
out-of-domain | alexa vou pra barcelona qual é a capital {} | da catalunha=FB; do país basco=FB; da andaluzia=FB
out-of-domain | alexa qual é a capital {} oxe | dos açores=FB; da ilha da madeira=FB; das canárias=FB
out-of-domain | alexa o nono era do sul da itália qual é a capital {} | da sicília=FB; da sardenha=FB; da córsega=FB
out-of-domain | alexa me diz a capital {} | do tibete=FB; do curdistão=FB; da chechênia=FB
out-of-domain | alexa qual é a capital {} tchê | da patagônia=FB; da lapônia=FB; da sibéria=FB
out-of-domain | alexa qual a capital {} | de wakanda=FB; de nárnia=FB; de hogwarts=FB
out-of-domain | alexa a professora perguntou qual é a capital {} | da europa=FB; da áfrica=FB; da américa do sul=FB
out-of-domain | alexa meu filho quer saber qual é a capital {} | de marte=FB; da lua=FB; do polo norte=FB
out-of-domain | alexa qual é que é a capital {} | do nordeste=FB; da amazônia=FB; do sertão=FB
out-of-domain | alexa vi no jornal me fala a capital {} | da crimeia=FB; da transnístria=FB; da somalilândia=FB
out-of-domain | alexa qual é a capital {} visse | da flandres=FB; da galícia=FB; da escandinávia=FB
out-of-domain | alexa tô sonhando com essa viagem qual é a capital {} | de zanzibar=FB; de fernando de noronha=FB; da ilha de páscoa=FB
out-of-domain | alexa que cidade é considerada a capital {} | do forró=FB; do agronegócio=FB; da moda=FB
out-of-domain | alexa qual é a capital social da minha empresa | FB
out-of-domain | alexa quanto de capital de giro eu preciso pra abrir uma padaria | FB
out-of-domain | alexa quais são os sete pecados capitais | FB
out-of-domain | alexa toca capital inicial | FB
out-of-domain | alexa toca primeiros erros do capital inicial | FB
out-of-domain | alexa o que é pena capital | FB
out-of-domain | alexa quem escreveu o capital | FB
out-of-domain | alexa o que é capitalismo | FB
out-of-domain | alexa como escreve letra capital | FB
out-of-domain | alexa qual é a capital mundial do café | FB
out-of-domain | alexa caruaru é a capital do forró né | FB
out-of-domain | alexa por que chamam campina grande de capital do trabalho | FB
out-of-domain | alexa qual é a capital da atlântida | FB
out-of-domain | alexa qual é a capital da terra média | FB
out-of-domain | alexa qual é a capital do mundo | FB
out-of-domain | alexa quanto tá o dólar hoje | FB
out-of-domain | alexa como tá o tempo em recife | FB
out-of-domain | alexa vai chover amanhã em porto alegre | FB
out-of-domain | alexa toca um forró do luiz gonzaga | FB
out-of-domain | alexa bota um axé aí | FB
out-of-domain | alexa toca música gaúcha | FB
out-of-domain | alexa que horas são | FB
out-of-domain | alexa põe um alarme pras seis | FB
out-of-domain | alexa liga a luz da sala | FB
out-of-domain | alexa apaga a luz do quarto | FB
out-of-domain | alexa quanto é sete vezes oito | FB
out-of-domain | alexa conta uma piada | FB
out-of-domain | alexa quem ganhou o jogo do sport ontem | FB
out-of-domain | alexa quando é o próximo jogo do grêmio | FB
out-of-domain | alexa quantos habitantes tem a frança | FB
out-of-domain | alexa qual é a língua falada na suíça | FB
out-of-domain | alexa qual é a moeda do japão | FB
out-of-domain | alexa qual é o maior país do mundo | FB
out-of-domain | alexa qual é o rio mais comprido do mundo | FB
out-of-domain | alexa quem é o presidente da argentina | FB
out-of-domain | alexa qual é o fuso horário de lisboa | FB
out-of-domain | alexa quanto tempo de voo de são paulo pra lisboa | FB
out-of-domain | alexa qual a população de são paulo | FB
out-of-domain | alexa qual é a bandeira da itália | FB
out-of-domain | alexa adiciona farinha de mandioca na lista de compras | FB
out-of-domain | alexa como faz tapioca | FB
out-of-domain | alexa receita de arroz carreteiro | FB
out-of-domain | alexa como faz chimarrão | FB
out-of-domain | alexa me lembra de tomar o remédio às oito | FB
out-of-domain | alexa liga pra minha mãe | FB
out-of-domain | alexa manda mensagem pro meu irmão | FB
out-of-domain | alexa qual é o cep da avenida boa viagem | FB
out-of-domain | alexa onde fica o shopping mais perto | FB
out-of-domain | alexa traduz obrigado pra inglês | FB
out-of-domain | alexa como se diz bom dia em japonês | FB
out-of-domain | alexa qual é o hino da frança | FB
out-of-domain | alexa toca o hino nacional | FB
out-of-domain | alexa quantos estados tem o brasil | FB
out-of-domain | alexa quantos países tem na áfrica | FB
out-of-domain | alexa qual é a maior cidade do brasil | FB
out-of-domain | alexa qual é a cidade mais fria do brasil | FB
out-of-domain | alexa qual país tem mais gente no mundo | FB
out-of-domain | alexa onde fica o monte everest | FB
out-of-domain | alexa quem descobriu o brasil | FB
out-of-domain | alexa em que ano foi a independência do brasil | FB
out-of-domain | alexa quando brasília foi inaugurada | FB
out-of-domain | alexa quanto custa uma passagem pra paris | FB
out-of-domain | alexa precisa de visto pra ir pro canadá | FB
out-of-domain | alexa aumenta o volume | FB
out-of-domain | alexa abaixa o som | FB
out-of-domain | alexa qual é o ddd de recife | FB
out-of-domain | alexa qual é o resultado da mega sena | FB
out-of-domain | alexa tem promoção de fralda na amazon | FB
out-of-domain | alexa compra ração pro cachorro | FB
out-of-domain | alexa abre o spotify | FB
out-of-domain | alexa toca a rádio gaúcha | FB
out-of-domain | alexa notícias de hoje | FB
out-of-domain | alexa qual a previsão pro fim de semana em florianópolis | FB
out-of-domain | alexa qual é o clima em salvador | FB
out-of-domain | alexa liga o ventilador | FB
out-of-domain | alexa me conta uma história pra dormir | FB
out-of-domain | alexa canta parabéns pra você | FB
out-of-domain | alexa você gosta de mim | FB
out-of-domain | alexa você é casada | FB
out-of-domain | alexa qual é o seu nome | FB
out-of-domain | alexa quanto tá o jogo do bahia | FB
out-of-domain | alexa qual é o santo do dia | FB
out-of-domain | alexa reza um pai nosso comigo | FB
out-of-domain | alexa o que é ser capitalista | FB
out-of-domain | alexa como investir no mercado de capitais | FB
out-of-domain | alexa o que é capital de risco | FB
out-of-domain | alexa qual a diferença entre capital e interior | FB
out-of-domain | alexa qual é o nome da novela das nove | FB
out-of-domain | alexa quando começa o carnaval | FB
out-of-domain | alexa onde vai ser a próxima copa do mundo | FB
out-of-domain | alexa como chego na rodoviária | FB
out-of-domain | alexa quanto é um real em euro | FB
out-of-domain | alexa qual é a senha do wifi | FB
out-of-domain | alexa timer de dez minutos pro feijão | FB
out-of-domain | alexa o que é um país | FB
out-of-domain | alexa bom dia | FB
out-of-domain | alexa boa noite meu amor | FB
out-of-domain | alexa tu é muito inteligente | FB
stop | alexa oxe chega visse já tá bom demais | STOP
stop | alexa bah tchê desliga esse troço | STOP
stop | alexa meu rei pode encerrar que eu vou dormir | STOP
stop | alexa para aí mana que a novela vai começar | STOP
stop | alexa encerra aí que o patrão chegou | STOP
stop | alexa chega de geografia por hoje guria | STOP
stop | alexa pode fechar o capitais do mundo obrigada | STOP
stop | alexa sai do jogo das capitais agora | STOP
stop | alexa para para para a neném acordou | STOP
stop | alexa tô indo trabalhar pode desligar | STOP
stop | alexa encerra tudo ya obrigado | STOP
stop | alexa chega que eu cansei dessas capitais | STOP
cancel | alexa oxe cancela essa que eu errei | CANCEL
cancel | alexa bah esquece essa pergunta tchê | CANCEL
cancel | alexa cancela aí meu rei não é essa não | CANCEL
cancel | alexa esquece essa capital aí mana | CANCEL
cancel | alexa deixa pra lá visse não precisa | CANCEL
cancel | alexa cancela que o menino falou besteira | CANCEL
cancel | alexa pode cancelar essa pergunta da vó | CANCEL
cancel | alexa cancela isso que eu perguntei errado | CANCEL
cancel | alexa desiste dessa aí | CANCEL
cancel | alexa apaga essa pergunta | CANCEL
cancel | alexa não era essa capital esquece | CANCEL
cancel | alexa volta atrás cancela | CANCEL
cancel | alexa cancela o pedido da capital | CANCEL
cancel | alexa ignora o que eu falei por favor | CANCEL
cancel | alexa deixa quieto não quero mais essa | CANCEL
cancel | alexa cancela que eu já achei no livro | CANCEL
launch | alexa oxe abre aí o capitais do mundo visse | LAUNCH
launch | alexa bah tchê bota o capitais do mundo | LAUNCH
launch | alexa meu rei abre o jogo das capitais do mundo | LAUNCH
launch | alexa mana inicia aí o capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo pro piá | LAUNCH
launch | alexa chama o capitais do mundo | LAUNCH
launch | alexa quero usar o capitais do mundo | LAUNCH
launch | alexa roda o capitais do mundo aí | LAUNCH
launch | alexa abre o capitais do mundo que a vó quer jogar | LAUNCH
launch | alexa ativa a skill capitais do mundo por favor | LAUNCH
official-name | alexa qual é a capital da república federal da alemanha | DE
official-name | alexa qual é a capital da república italiana | IT
official-name | alexa qual é a capital da república francesa oxe | FR
official-name | alexa qual é a capital da república de moçambique | MZ
official-name | alexa qual é a capital da república de cabo verde | CV
official-name | alexa qual é a capital da república helênica | GR
official-name | alexa qual é a capital do reino da bélgica | BE
official-name | alexa qual é a capital do reino da noruega | NO
official-name | alexa qual é a capital da república do paraguai | PY
official-name | alexa qual é a capital da república democrática de timor leste | TL
official-name | alexa qual é a capital da república árabe do egito | EG
official-name | alexa qual é a capital da república da índia | IN
everyday-name | alexa qual é a capital da inglaterra meu rei | GB-ENG
everyday-name | alexa qual é a capital da holanda bah | NL
everyday-name | alexa qual é a capital do congo belga | CD
everyday-name | alexa qual é a capital da tchecoslováquia que hoje é a tchéquia | CZ
everyday-name | alexa qual é a capital dos states | US
everyday-name | alexa qual é a capital da terra da rainha | GB
everyday-name | alexa qual é a capital do tio sam | US
everyday-name | alexa qual é a capital da terrinha | PT
everyday-name | alexa qual é a capital da república checa | CZ
everyday-name | alexa qual é a capital da costa rica dos ticos | CR
everyday-name | alexa qual é a capital da guiné conacri | GN
everyday-name | alexa qual é a capital de essuatini a antiga suazilândia | SZ
out-of-domain | alexa quem canta evidências | FB
out-of-domain | alexa toca um brega funk | FB
out-of-domain | alexa toca frevo que é carnaval | FB
out-of-domain | alexa bota um pagode do exaltasamba | FB
out-of-domain | alexa quanto tá o quilo do tambaqui | FB
out-of-domain | alexa qual é o horário do ônibus pra boa viagem | FB
out-of-domain | alexa quantos quilômetros de recife pra natal | FB
out-of-domain | alexa que dia cai o são joão esse ano | FB
out-of-domain | alexa quando é o círio de nazaré | FB
out-of-domain | alexa quem ganhou o grenal | FB
out-of-domain | alexa que horas joga o inter | FB
out-of-domain | alexa como faz um pão de queijo | FB
out-of-domain | alexa como faz acarajé | FB
out-of-domain | alexa como se fala pana em português | FB
out-of-domain | alexa qual é a tabela do brasileirão | FB
out-of-domain | alexa qual é a capital do meu coração | FB
out-of-domain | alexa qual é a capital inicial de uma empresa limitada | FB
out-of-domain | alexa qual é a capital nacional do chocolate | FB
out-of-domain | alexa qual cidade é a capital do pequi | FB
out-of-domain | alexa por que o rio já foi capital | FB
out-of-domain | alexa onde fica a capital federal mais perto de mim | FB
out-of-domain | alexa qual é a capital da república da pinga | FB
out-of-domain | alexa qual é a capital de pasárgada | FB
out-of-domain | alexa qual a capital do reino de wakanda do pantera negra | FB
out-of-domain | alexa qual é a capital da galáxia | FB
out-of-domain | alexa qual é a capital do vale do silício | FB
out-of-domain | alexa qual é a capital da região sul | FB
out-of-domain | alexa qual é a capital do oriente médio | FB
out-of-domain | alexa qual é a capital de okinawa | FB
out-of-domain | alexa qual é a capital da ilha de marajó | FB
out-of-domain | alexa qual é a capital da calábria onde o nono nasceu | FB
out-of-domain | alexa qual é a capital da pomerânia | FB
out-of-domain | alexa me ensina a fazer uma cuia de chimarrão | FB
out-of-domain | alexa qual a distância de porto alegre pra montevidéu | FB
out-of-domain | alexa traduz capital pra inglês | FB
out-of-domain | alexa qual é a capital que rima com amor | FB
out-of-domain | alexa capital de quanto eu preciso pra abrir um mei | FB
out-of-domain | alexa qual é o ponto turístico mais famoso de paris | FB
out-of-domain | alexa que língua falam em angola | FB
out-of-domain | alexa liga a tv na globo | FB
regional-speech | alexa eita bicho aqui de parnaíba qual é a capital {} | da dinamarca=DK; da finlândia=FI; da suécia=SE
regional-speech | alexa aqui no mercado de são josé visse me diz a capital {} | do quênia=KE; da etiópia=ET; de uganda=UG
regional-speech | alexa bah guria aqui da redenção qual é a capital {} | do uruguai=UY; da argentina=AR; do chile=CL
regional-speech | alexa tchê me conta aí a capital {} que eu tô tomando um mate | do paraguai=PY; da bolívia=BO; do peru=PE
regional-speech | alexa aqui no campeche ô tanso qual é a capital {} | de portugal=PT; da espanha=ES; da frança=FR
regional-speech | alexa piá de prédio aqui do água verde quer saber a capital {} | da polônia=PL; da ucrânia=UA; da rússia=RU
regional-speech | alexa meu rei aqui do pelourinho qual a capital {} | da nigéria=NG; do benin=BJ; de gana=GH
regional-speech | alexa aqui na barraca de praia em porto seguro qual é a capital {} | da argentina=AR; da itália=IT; de israel=IL
regional-speech | alexa aqui do complexo do alemão qual é a capital {} irmão | da alemanha=DE; da áustria=AT; da holanda=NL
regional-speech | alexa caraca mermão aqui de são cristóvão qual é a capital {} | de angola=AO; de cabo verde=CV; de moçambique=MZ
regional-speech | alexa aqui de imperatriz no maranhão qual é a capital {} | da índia=IN; do paquistão=PK; do sri lanka=LK
regional-speech | alexa lá de sinop no nortão qual é a capital {} | da china=CN; do japão=JP; da coreia do sul=KR
regional-speech | alexa aqui de dourados na fronteira qual é a capital {} | do paraguai=PY; da bolívia=BO; do uruguai=UY
regional-speech | alexa de chapecó aqui no oeste qual é a capital {} | da itália=IT; da suíça=CH; da áustria=AT
regional-speech | alexa aqui de montes claros uai qual é a capital {} | da grécia=GR; da turquia=TR; do egito=EG
regional-speech | alexa de parintins aqui no festival qual é a capital {} | do peru=PE; da colômbia=CO; da venezuela=VE
regional-speech | alexa ô bicho aqui de crato qual é a capital {} | do marrocos=MA; da argélia=DZ; da tunísia=TN
regional-speech | alexa de cabo frio aqui na praia do forte qual é a capital {} | da argentina=AR; do chile=CL; do canadá=CA
regional-speech | alexa aqui de pirenópolis na cavalhada qual é a capital {} | da espanha=ES; de portugal=PT; do marrocos=MA
regional-speech | alexa de tefé lá no interior do amazonas qual é a capital {} | da colômbia=CO; do peru=PE; do brasil=BR
immigrant-speech | alexa eu sou venezolano aprendendo qual é capital {} pana | do equador=EC; da guatemala=GT; de honduras=HN
immigrant-speech | alexa eu trabalho no frigorífico sou haitiano capital {} qual é | da república dominicana=DO; de porto rico=PR; de cuba=CU
immigrant-speech | alexa bué fixe se me disseres a capital {} | de portugal=PT; de são tomé e príncipe=ST; da guiné equatorial=GQ
immigrant-speech | alexa a minha avó de cabo verde pergunta a capital {} | de cabo verde=CV; da guiné bissau=GW; do senegal=SN
immigrant-speech | alexa sou boliviana da feira da kantuta qual é a capital {} | da bolívia=BO; do chile=CL; da argentina=AR
immigrant-speech | alexa o halmeoni do bom retiro quer saber a capital {} | da coreia do norte=KP; da coreia do sul=KR; do vietnã=VN
immigrant-speech | alexa sou senegalês vendo na praia qual é a capital {} | do mali=ML; da guiné=GN; da costa do marfim=CI
immigrant-speech | alexa eu sou do congo eu pergunta capital {} | de angola=AO; de ruanda=RW; da república centro africana=CF
immigrant-speech | alexa eu sou do peru trabalho de cozinheiro qual é a capital {} | do equador=EC; da bolívia=BO; do peru=PE
immigrant-speech | alexa sou sírio de homs vendo esfiha qual é a capital {} | da turquia=TR; do iraque=IQ; da arábia saudita=SA
immigrant-speech | alexa sou ucraniano de prudentópolis qual é a capital {} | da polônia=PL; da moldávia=MD; da romênia=RO
work-context | alexa tô no trator aqui no mato grosso qual é a capital {} | da argentina=AR; dos estados unidos=US; da china=CN
work-context | alexa sou manicure e a cliente quer saber a capital {} | da frança=FR; da itália=IT; da grécia=GR
work-context | alexa motoboy aqui parado no sinal qual é a capital {} | do japão=JP; da coreia do sul=KR; da tailândia=TH
work-context | alexa sou pedreiro e o mestre de obras perguntou a capital {} | de portugal=PT; da espanha=ES; da alemanha=DE
work-context | alexa aqui na feira da banana o freguês quer saber a capital {} | do equador=EC; da costa rica=CR; do panamá=PA
work-context | alexa sou guia turístico em foz qual é a capital {} | da argentina=AR; do paraguai=PY; da alemanha=DE
work-context | alexa aqui no posto de gasolina o gringo perguntou a capital {} | do uruguai=UY; do canadá=CA; da austrália=AU
subdivision | alexa qual é a capital {} que o meu tio mora | de nova jersey=US-NJ; do maryland=US-MD; da virgínia=US-VA
subdivision | alexa me fala a capital {} que eu vi no filme | do oregon=US-OR; do montana=US-MT; do wyoming=US-WY
subdivision | alexa tô estudando pro toefl qual a capital {} | de iowa=US-IA; do kansas=US-KS; do nebraska=US-NE
subdivision | alexa qual é a capital {} lá do sul dos estados unidos | do alabama=US-AL; do mississippi=US-MS; do arkansas=US-AR
subdivision | alexa qual é a capital {} americano | do minnesota=US-MN; do missouri=US-MO; do oklahoma=US-OK
subdivision | alexa oxe qual é a capital {} nos estados unidos | da carolina do sul=US-SC; do dakota do norte=US-ND; do dakota do sul=US-SD
subdivision | alexa bah qual é a capital {} lá dos eua | do vermont=US-VT; do maine=US-ME; de new hampshire=US-NH
subdivision | alexa qual é a capital {} no canadá | da ilha do príncipe eduardo=CA-PE; de saskatchewan=CA-SK; de terra nova=CA-NL
subdivision | alexa qual é a capital {} na alemanha onde eu fiz intercâmbio | da renânia do norte vestfália=DE-NW; do sarre=DE-SL; de schleswig holstein=DE-SH
subdivision | alexa qual é a capital {} estado mexicano | de chiapas=MX-CHP; de sonora=MX-SON; de veracruz=MX-VER
subdivision | alexa qual é a capital {} lá no méxico | de guanajuato=MX-GUA; de puebla=MX-PUE; de michoacán=MX-MIC
subdivision | alexa qual é a capital {} da índia | de karnataka=IN-KA; de gujarat=IN-GJ; de uttar pradesh=IN-UP
subdivision | alexa qual é a capital {} estado indiano | do assam=IN-AS; do bihar=IN-BR; de telangana=IN-TS
subdivision | alexa visse qual é a capital {} | de pernambuco=BR-PE; do ceará=BR-CE; do maranhão=BR-MA
subdivision | alexa tchê qual é a capital {} | de santa catarina=BR-SC; do paraná=BR-PR; do mato grosso do sul=BR-MS
subdivision | alexa mana qual é a capital {} | de roraima=BR-RR; do amapá=BR-AP; do pará=BR-PA
territory | alexa qual é a capital {} lá no caribe | de anguilla=AI; de montserrat=MS; das ilhas virgens britânicas=VG
territory | alexa qual é a capital {} lá longe | da ilha norfolk=NF; da ilha christmas=CX; das ilhas cocos=CC
territory | alexa qual é a capital das ilhas aland lá da finlândia | AX
shared-name | alexa oxe e a capital do congo visse | CD+CG
shared-name | alexa quais são as capitais das duas coreias tchê | KP+KR
shared-name | alexa qual é a capital da geórgia meu rei | GE+US-GA
shared-name | alexa qual é a capital da coreia lá de cima a comunista | KP
shared-name | alexa qual é a capital do congo que fala francês e fica do lado de angola a rdc | CD
shared-name | alexa qual é a capital da geórgia a ex república soviética | GE
old-name | alexa qual é a capital da antiga pérsia | IR
old-name | alexa qual é a capital da costa do ouro que hoje é gana | GH
old-name | alexa qual é a capital da antiga iugoslávia a sérvia | RS
help | alexa oxe me dá um exemplo do que perguntar visse | HELP
help | alexa bah tchê que que essa skill sabe fazer | HELP
help | alexa meu rei como é que eu uso o capitais do mundo | HELP
help | alexa o piá quer jogar mas ninguém sabe como me ajuda | HELP
yes-no-check | alexa a capital do equador é guayaquil oxe | EC
yes-no-check | alexa a capital do marrocos é rabat né tchê | MA
yes-no-check | alexa é certo que a capital de minas é belo horizonte | BR-MG
yes-no-check | alexa a capital da escócia é glasgow | GB-SCT
"""

if __name__ == "__main__":
    build_round(37, "pt", LINES, sys.argv, "tests/Eval/pt/round37/source/build_corpus.py")
