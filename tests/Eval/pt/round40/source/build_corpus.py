"""Round 40, Portuguese (pt-BR): a new author's own mix, written blind at the start of the forty-first session (brief
WRITER47.md), with speakers, situations and wordings chosen apart from round 39 (cariocas, baianos, manauaras,
curitibanos, cuiabanos, capixabas, Argentine and Uruguayan portunhol, Angolan, Senegalese, Haitian and Korean learners).

Regions: gaúchos of the Campanha and Porto Alegre ("bah", "tchê", "tri", "bagual", "capaz", "barbaridade", "guri", the
chimarrão), mineiros of Divinópolis and the interior ("uai", "sô", "trem bão", "nó", "ocê", "procê", "cê"), cearenses and
pernambucanos of Caruaru and the Agreste ("vixe", "macho", "mah", "arretada", "visse", "ave maria", "eita diacho",
"mulher"), paraenses of Belém and Roraimenses of Boa Vista ("égua", "pai d'égua", "mana", "bora"), paulistanos of the
periphery and the Avenida Paulista ("mano", "meu", "tipo", "orra", "véi", "firmeza", "da hora"), and rural speakers of
Mato Grosso and Goiás (the fazenda, the rodeio of Barretos, the ordenha, the leilão, the trator). Immigrant and foreign
speakers: Venezuelans in Roraima ("chamo", "pana", "cuál es"), a Chinese shopkeeper of the 25 de Março, a Nigerian
student, Bangladeshi meatpacking workers of Chapecó, an Afghan refugee, Ukrainians, Syrians, a Cuban doctor, a returned
Japanese dekassegui, a German speaker ("bitte"), a Congolese and a Peruvian. English code-switching of Faria Lima office
work ("quick update", "deck", "call", "double check", "asap", "feedback", "onboarding") and gamers ("lag", "gg",
"server"). Situations: the frigorífico, an export spreadsheet, a truck driver, a pharmacy and a petshop counter, a call
centre, soy unloading; school (the geography teacher's simulado, the ENEM, the gincana, the cursinho, the mapa mudo, a
group assignment); games (adedonha, a bar quiz, Perfil, a million-real quiz show, board games, Banco Imobiliário, a
family WhatsApp challenge); elders (the vó, the aposentado, the radio, "fala devagar") and children (seven years old,
the professora, an older brother, a cartoon); hesitations ("é da é da", "hã", "como é que chama", "da da da").
Out-of-domain: weather, music (Teixeirinha, Milionário e José Rico, Skank, Luiz Gonzaga, tecnobrega, Racionais, Capital
Inicial), football (Grêmio, Inter, Cruzeiro, Galo, Fortaleza, Ceará, Paysandu, Remo, Corinthians, Palmeiras), recipes
(chimarrão, carreteiro, pão de queijo, baião de dois, maniçoba), prices, smart home and phone requests, "capital" in
other senses (capital social, capital de giro, capital próprio, ganho de capital, abrir capital, pecado capital, pena
capital, Marx's O Capital, "capital nacional do café", "capital do frevo"), fictional places (Nárnia, Westeros, Middle
Earth, Hogwarts, Atlantis, Far Far Away, Asgard, the Sítio do Picapau Amarelo, Pandora, Mars, the Moon), historical
states (Roman, Ottoman and Byzantine empires, East Germany, the Brazilian empire, Czechoslovakia, Mesopotamia),
continents and regions with no capital in the data (the Serra Gaúcha, the Pampa, the Triângulo Mineiro, the Cariri, the
Seridó, Marajó, the Basque Country, Andalusia, Tuscany, Sardinia, Brittany, Alsace, Crimea, Chechnya, Siberia, Lapland,
Patagonia, the Canaries, the Azores, Madeira, Fernando de Noronha, Tibet) and questions about a capital that are not
"which is the capital" (population, mayor, flight time, temperature).

Yes/no checks expect the place asked about, right or wrong; self-corrections expect the last place named after the
marker; reverse questions CITY:<capital> as languages/pt.json names it; a bare shared name every place in ordinal order.

Sources: LINES below in the round-12 entry format (`family | frame or sentence | expected`; a fill carries its own
preposition and article; every frame is used once with at most three fills), built by build_round of
tests/Eval/source/round12_hinl_corpus.py (round 40), dropping every (utterance, locale) pair of the earlier Portuguese
rounds. Every sentence was written by hand as one utterance."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
gaucho-speech | bah tchê alexa me diz a capital {} | da frança=FR; da alemanha=DE; da itália=IT
gaucho-speech | alexa tri importante guri precisa saber a capital {} | da espanha=ES; de portugal=PT; da irlanda=IE
gaucho-speech | alexa bagual me responde qual é a capital {} | do reino unido=GB; da bélgica=BE; dos países baixos=NL
gaucho-speech | capaz que tu sabe alexa a capital {} | da áustria=AT; da suíça=CH; do luxemburgo=LU
gaucho-speech | alexa lá da campanha a gente quer saber a capital {} | da dinamarca=DK; da noruega=NO; da suécia=SE
gaucho-speech | alexa o vô tá tomando chimarrão e perguntou a capital {} | da finlândia=FI; da islândia=IS; da estônia=EE
gaucho-speech | alexa barbaridade esqueci a capital {} | da letônia=LV; da lituânia=LT; da polônia=PL
mineiro-speech | uai alexa qual que é a capital {} sô | da tchéquia=CZ; da eslováquia=SK; da hungria=HU
mineiro-speech | alexa ocê sabe me falar a capital {} | da romênia=RO; da bulgária=BG; da grécia=GR
mineiro-speech | alexa trem bão me fala a capital {} | da croácia=HR; da eslovênia=SI; da sérvia=RS
mineiro-speech | alexa nó qual que é a capital {} mesmo | da bósnia=BA; de montenegro=ME; da albânia=AL
mineiro-speech | alexa cê lembra da capital {} pra mim | da macedônia do norte=MK; do kosovo=XK; da moldávia=MD
mineiro-speech | alexa aqui em divinópolis ninguém sabe a capital {} não | da ucrânia=UA; da bielorrússia=BY; da rússia=RU
mineiro-speech | alexa faz favor me fala a capital {} uai | de andorra=AD; de mônaco=MC; de san marino=SM
mineiro-speech | alexa procê que sabe tudo qual a capital {} | de liechtenstein=LI; de malta=MT; do chipre=CY
nordeste-speech | vixe alexa qual é a capital {} macho | da turquia=TR; da geórgia o país=GE; da armênia=AM
nordeste-speech | alexa arretada me diga a capital {} visse | do azerbaijão=AZ; do cazaquistão=KZ; do uzbequistão=UZ
nordeste-speech | alexa mah qual é a capital {} | do turcomenistão=TM; do quirguistão=KG; do tadjiquistão=TJ
nordeste-speech | alexa aqui de caruaru me diz a capital {} | do afeganistão=AF; do paquistão=PK; da índia=IN
nordeste-speech | alexa me dê uma força qual é a capital {} | de bangladesh=BD; do nepal=NP; do butão=BT
nordeste-speech | alexa ave maria que eu não sei a capital {} | do sri lanka=LK; das maldivas=MV; do irã=IR
nordeste-speech | alexa mulher me diga a capital {} pelo amor de deus | do iraque=IQ; da síria=SY; do líbano=LB
nordeste-speech | alexa eita diacho qual a capital {} | de israel=IL; da jordânia=JO; da arábia saudita=SA
norte-speech | égua alexa qual é a capital {} | do kuwait=KW; do bahrein=BH; do catar=QA
norte-speech | alexa pai d'égua me fala a capital {} mana | dos emirados árabes=AE; de omã=OM; do iêmen=YE
norte-speech | alexa aqui de belém a gente quer saber a capital {} | do egito=EG; da líbia=LY; da tunísia=TN
norte-speech | alexa bora lá qual é a capital {} | da argélia=DZ; do marrocos=MA; da mauritânia=MR
norte-speech | alexa tu sabe a capital {} mano | do mali=ML; do níger=NE; do chade=TD
norte-speech | alexa lá de boa vista qual é a capital {} | do sudão=SD; do sudão do sul=SS; da eritreia=ER
paulistano-speech | mano alexa qual é a capital {} | da etiópia=ET; do djibuti=DJ; da somália=SO
paulistano-speech | alexa meu tipo qual que é a capital {} | do quênia=KE; da uganda=UG; de ruanda=RW
paulistano-speech | orra alexa me fala aí a capital {} | do burundi=BI; da tanzânia=TZ; de moçambique=MZ
paulistano-speech | alexa véi sério qual é a capital {} | do malawi=MW; da zâmbia=ZM; do zimbábue=ZW
paulistano-speech | alexa trampo aqui na paulista e bateu a dúvida qual a capital {} | de botsuana=BW; da namíbia=NA; da áfrica do sul=ZA
paulistano-speech | alexa firmeza me passa a capital {} | do lesoto=LS; de essuatíni=SZ; de madagascar=MG
paulistano-speech | alexa da hora me conta a capital {} | das ilhas maurício=MU; das seychelles=SC; de comores=KM
work-talk | alexa no frigorífico tem colega novo e ele quer saber a capital {} | de angola=AO; do congo brazzaville=CG; do congo kinshasa=CD
work-talk | alexa pra fechar a planilha de exportação qual é a capital {} | do gabão=GA; da guiné equatorial=GQ; de são tomé e príncipe=ST
work-talk | alexa o caminhoneiro quer saber a capital {} | dos camarões=CM; da república centro-africana=CF; da nigéria=NG
work-talk | alexa o cliente da farmácia perguntou a capital {} | do benin=BJ; do togo=TG; de gana=GH
work-talk | alexa na central de atendimento apareceu ligação da capital {} qual é | da costa do marfim=CI; da libéria=LR; de serra leoa=SL
work-talk | alexa no petshop a cliente perguntou a capital {} | da guiné=GN; da guiné-bissau=GW; do senegal=SN
work-talk | alexa tô descarregando soja aqui e queria saber a capital {} | da gâmbia=GM; de cabo verde=CV; de burkina faso=BF
school-talk | alexa o professor de geografia passou a capital {} no simulado | da china=CN; do japão=JP; da coreia do sul=KR
school-talk | alexa pro enem eu preciso decorar a capital {} | da coreia do norte=KP; da mongólia=MN; de taiwan=TW
school-talk | alexa na gincana da escola caiu a capital {} | do vietnã=VN; do laos=LA; do camboja=KH
school-talk | alexa no cursinho a gente tá revisando a capital {} | da tailândia=TH; de mianmar=MM; da malásia=MY
school-talk | alexa a prova de amanhã tem a capital {} qual é | de singapura=SG; da indonésia=ID; das filipinas=PH
school-talk | alexa tô fazendo o mapa mudo qual é a capital {} | do brunei=BN; do timor leste=TL; da papua nova guiné=PG
school-talk | alexa no trabalho de grupo ficou comigo a capital {} | da austrália=AU; da nova zelândia=NZ; de fiji=FJ
game-talk | alexa no adedonha deu a letra e eu preciso da capital {} | das ilhas salomão=SB; de vanuatu=VU; de samoa=WS
game-talk | alexa tô no quiz do bar e a pergunta é a capital {} | de tonga=TO; de tuvalu=TV; de kiribati=KI
game-talk | alexa no perfil a dica é a capital {} qual é | de nauru=NR; de palau=PW; das ilhas marshall=MH
game-talk | alexa valendo um milhão qual é a capital {} | da micronésia=FM; do canadá=CA; dos estados unidos=US
game-talk | alexa no jogo de tabuleiro caiu a capital {} | do méxico=MX; da guatemala=GT; de belize=BZ
game-talk | alexa a gente tá jogando banco imobiliário e surgiu a capital {} | de honduras=HN; de el salvador=SV; da nicarágua=NI
game-talk | alexa no grupo da família tem um desafio qual a capital {} | da costa rica=CR; do panamá=PA; de cuba=CU
elder-speech | alexa minha filha a vó aqui quer saber a capital {} | da jamaica=JM; do haiti=HT; da república dominicana=DO
elder-speech | alexa fala devagar qual é a capital {} | das bahamas=BS; de barbados=BB; de trinidad e tobago=TT
elder-speech | alexa o seu aposentado aqui quer saber a capital {} | de granada=GD; de santa lúcia=LC; de são vicente e granadinas=VC
elder-speech | alexa no rádio falaram da capital {} e eu não ouvi | de dominica=DM; de antígua e barbuda=AG; de são cristóvão e névis=KN
child-speech | alexa eu tenho sete anos qual é a capital {} | da colômbia=CO; da venezuela=VE; do equador=EC
child-speech | alexa minha professora falou que eu tenho que saber a capital {} | do peru=PE; da bolívia=BO; do chile=CL
child-speech | alexa meu irmão disse que eu não sei a capital {} fala pra mim | da argentina=AR; do uruguai=UY; do paraguai=PY
child-speech | alexa no desenho apareceu a capital {} qual é | do brasil=BR; da guiana=GY; do suriname=SR
learner | alexa eu sou venezolano qual es a capital {} | da palestina=PS; do vaticano=VA; de israel=IL
subdivision | alexa qual a capital {} que eu vou de ônibus | do acre=BR-AC; de alagoas=BR-AL; do amazonas=BR-AM
subdivision | alexa o frete vai pra capital {} qual é ela | do amapá=BR-AP; do ceará=BR-CE; do espírito santo=BR-ES
subdivision | alexa minha cunhada mora na capital {} qual é | de goiás=BR-GO; do maranhão=BR-MA; de minas=BR-MG
subdivision | alexa pra concurso estadual qual a capital {} | do mato grosso do sul=BR-MS; do mato grosso=BR-MT; do pará=BR-PA
subdivision | alexa qual cidade é capital {} hein | da paraíba=BR-PB; de pernambuco=BR-PE; do piauí=BR-PI
subdivision | alexa me confirma a capital {} que eu vou fazer a mudança | do paraná=BR-PR; do rio grande do norte=BR-RN; de rondônia=BR-RO
subdivision | alexa a capital {} é qual cidade | de roraima=BR-RR; de santa catarina=BR-SC; de sergipe=BR-SE
subdivision | alexa o caminhão sai amanhã pra capital {} me lembra o nome | do tocantins=BR-TO; do rio grande do sul=BR-RS; da bahia=BR-BA
subdivision | alexa qual é a capital do estado {} | do texas=US-TX; da califórnia=US-CA; da flórida=US-FL
subdivision | alexa vou fazer intercâmbio qual a capital {} | de nova york=US-NY; da pensilvânia=US-PA; de ohio=US-OH
subdivision | alexa na série americana falaram da capital {} qual é | do illinois=US-IL; do michigan=US-MI; da geórgia estado americano=US-GA
subdivision | alexa minha prima mora nos estados unidos na capital {} qual é o nome | de massachusetts=US-MA; da carolina do norte=US-NC; da virgínia=US-VA
subdivision | alexa qual é a capital estadual {} | do alasca=US-AK; do havaí=US-HI; do nevada=US-NV
subdivision | alexa caminhoneiro que rodou nos states quer saber a capital {} | do arizona=US-AZ; do colorado=US-CO; do utah=US-UT
subdivision | alexa do jeito que tá o dólar nem vou mas qual a capital {} | do tennessee=US-TN; da luisiana=US-LA; do kentucky=US-KY
subdivision | alexa a capital {} por favor | do oregon=US-OR; do estado de washington=US-WA; do montana=US-MT
subdivision | alexa a capital {} eu sempre erro | do wyoming=US-WY; do dakota do sul=US-SD; do dakota do norte=US-ND
subdivision | alexa qual é a capital da província {} | de ontário=CA-ON; do quebec=CA-QC; da colúmbia britânica=CA-BC
subdivision | alexa meu filho vai morar no canadá qual a capital {} | de alberta=CA-AB; do manitoba=CA-MB; de saskatchewan=CA-SK
subdivision | alexa qual é a capital {} lá no canadá | da nova escócia=CA-NS; de nova brunswick=CA-NB; de terra nova e labrador=CA-NL
subdivision | alexa no norte do canadá qual é a capital {} | do yukon=CA-YT; de nunavut=CA-NU; dos territórios do noroeste=CA-NT
subdivision | alexa e a capital {} no canadá | da ilha do príncipe eduardo=CA-PE; do manitoba canadense=CA-MB; do território de yukon=CA-YT
subdivision | alexa tô vendo o australian open qual é a capital {} | de vitória na austrália=AU-VIC; de nova gales do sul=AU-NSW; de queensland=AU-QLD
subdivision | alexa a capital {} lá na austrália qual é | da austrália ocidental=AU-WA; da austrália meridional=AU-SA; da tasmânia=AU-TAS
subdivision | alexa meu tio foi pra austrália e tá na capital {} qual é | do território do norte=AU-NT; do território da capital australiana=AU-ACT; da austrália do sul=AU-SA
subdivision | alexa o time de futebol é da capital {} qual é | da baviera=DE-BY; da saxônia=DE-SN; da baixa saxônia=DE-NI
subdivision | alexa qual é a capital do estado alemão {} | de hesse=DE-HE; de baden-württemberg=DE-BW; da renânia do norte-vestfália=DE-NW
subdivision | alexa minha avó é de pomerode e quer saber a capital {} | da turíngia=DE-TH; do brandemburgo=DE-BB; do schleswig-holstein=DE-SH
subdivision | alexa qual é a capital {} na alemanha | da renânia-palatinado=DE-RP; do sarre=DE-SL; da saxônia-anhalt=DE-ST
subdivision | alexa qual é a capital do estado indiano {} | de kerala=IN-KL; do rajastão=IN-RJ; de maharashtra=IN-MH
subdivision | alexa vi uma novela indiana e quero saber a capital {} | de goa=IN-GA; do gujarat=IN-GJ; do punjab=IN-PB
subdivision | alexa lá na índia qual é a capital {} | de tamil nadu=IN-TN; de karnataka=IN-KA; do bengala ocidental=IN-WB
subdivision | alexa qual é a capital {} no méxico | de jalisco=MX-JAL; de yucatán=MX-YUC; de nuevo león=MX-NLE
subdivision | alexa vou de cruzeiro pro méxico qual é a capital {} | de quintana roo=MX-ROO; de oaxaca=MX-OAX; de chiapas=MX-CHP
subdivision | alexa no caribe mexicano e arredores qual a capital {} | de veracruz=MX-VER; da baixa califórnia=MX-BCN; de sonora=MX-SON
subdivision | alexa do reino unido qual é a capital {} | da escócia=GB-SCT; do país de gales=GB-WLS; da irlanda do norte=GB-NIR
subdivision | alexa tá rolando jogo da seleção da inglaterra qual a capital {} | da inglaterra=GB-ENG; da escócia mesmo=GB-SCT; de gales=GB-WLS
territory | alexa qual é a capital {} | da groenlândia=GL; das ilhas faroé=FO; de porto rico=PR
territory | alexa meu navio vai parar na capital {} qual é | de aruba=AW; de curaçao=CW; das bermudas=BM
territory | alexa vou mergulhar e queria saber a capital {} | da polinésia francesa=PF; da nova caledônia=NC; das ilhas cook=CK
territory | alexa qual é a capital {} que é da frança | da guiana francesa=GF; da martinica=MQ; de guadalupe=GP
territory | alexa a capital {} que é ilha britânica | de gibraltar=GI; das ilhas malvinas=FK; das ilhas cayman=KY
territory | alexa a capital {} é qual | de guam=GU; da samoa americana=AS; das ilhas virgens americanas=VI
territory | alexa no documentário falaram da capital {} qual é | da reunião=RE; de mayotte=YT; de santa helena=SH
territory | alexa e a capital {} existe | de jersey=JE; de guernsey=GG; da ilha de man=IM
territory | alexa qual a capital {} que fica lá no pacífico | de niue=NU; de tokelau=TK; das ilhas pitcairn=PN
territory | alexa meu amigo é de lá qual é a capital {} | de macau=MO; de hong kong=HK; do saara ocidental=EH
territory | alexa qual é a capital {} que ninguém conhece | das ilhas turcas e caicos=TC; de anguilla=AI; de montserrat=MS
territory | alexa a capital {} me fala | das ilhas virgens britânicas=VG; de são martinho=MF; de sint maarten=SX
plural-capitals | alexa quais são as capitais da bolívia tchê | BO
plural-capitals | alexa a bolívia tem duas capitais né quais são elas | BO
plural-capitals | uai alexa a áfrica do sul tem três capitais quais são | ZA
plural-capitals | alexa me fala as três capitais sul-africanas | ZA
plural-capitals | alexa por que a áfrica do sul tem tanta capital me diz quais são | ZA
plural-capitals | alexa quais são as capitais da holanda amsterdã e mais qual | NL
plural-capitals | alexa os países baixos têm duas capitais é isso quais são | NL
plural-capitals | alexa quais são as capitais do benin | BJ
plural-capitals | alexa o benin tem capital oficial e outra qual são elas | BJ
plural-capitals | alexa me diz as capitais da costa do marfim vixe | CI
plural-capitals | alexa costa do marfim tem duas capitais quais | CI
plural-capitals | alexa quais as capitais do sri lanka mano | LK
plural-capitals | alexa o sri lanka tem duas capitais me fala os nomes | LK
plural-capitals | alexa quais são as capitais da malásia | MY
plural-capitals | alexa a malásia tem capital administrativa também quais são as duas | MY
plural-capitals | alexa quais são as capitais de essuatíni | SZ
plural-capitals | alexa a suazilândia tem duas capitais quais são | SZ
plural-capitals | alexa as capitais da palestina quais são | PS
plural-capitals | alexa quais são as capitais de montserrat | MS
plural-capitals | alexa quais são as capitais do jammu e caxemira | IN-JK
plural-capitals | alexa uttarakhand tem duas capitais quais são | IN-UK
plural-capitals | alexa quais são as capitais da áfrica do sul e da bolívia | BO+ZA
plural-capitals | alexa lista as capitais da bolívia e da holanda | BO+NL
plural-capitals | alexa me dá as capitais do brasil da argentina e do chile | AR+BR+CL
plural-capitals | alexa quais são as capitais de portugal e de angola | AO+PT
plural-capitals | alexa as capitais do canadá e dos estados unidos | CA+US
plural-capitals | alexa quero as capitais da frança da itália e da espanha | ES+FR+IT
plural-capitals | alexa fala as capitais do paraná e de santa catarina | BR-PR+BR-SC
plural-capitals | alexa quais são as capitais do rio grande do sul e do uruguai bah | BR-RS+UY
plural-capitals | alexa capitais do japão e da china | CN+JP
plural-capitals | alexa quais as capitais de cabo verde e de moçambique | CV+MZ
shared-name | alexa qual é a capital do congo tchê | CD+CG
shared-name | alexa capital do congo qual dos dois sei lá | CD+CG
shared-name | alexa me fala a capital dos dois congos | CD+CG
shared-name | alexa qual é a capital da geórgia uai | GE+US-GA
shared-name | alexa a capital da geórgia qualquer uma | GE+US-GA
shared-name | alexa geórgia capital | GE+US-GA
shared-name | alexa qual a capital da coreia mano | KP+KR
shared-name | alexa quais são as capitais das coreias | KP+KR
shared-name | alexa a capital da coreia por favor | KP+KR
shared-name | alexa qual é a capital das ilhas virgens | VG+VI
shared-name | alexa capital das ilhas virgens me diz | VG+VI
shared-name | alexa as ilhas virgens têm capital qual é | VG+VI
shared-name | alexa qual é a capital da guiné | GN
shared-name | alexa qual é a capital das duas coreias égua | KP+KR
shared-name | alexa me diz a capital do congo que eu esqueci | CD+CG
shared-name | alexa a capital da geórgia que eu vi no mapa | GE+US-GA
shared-name | alexa quais as capitais dos congos | CD+CG
reverse-question | alexa lima é capital de qual país | CITY:Lima
reverse-question | alexa bamako fica em que país | CITY:Bamako
reverse-question | alexa ulan bator é capital do quê | CITY:Ulan Bator
reverse-question | alexa de que país é a capital tegucigalpa | CITY:Tegucigalpa
reverse-question | alexa cuiabá é capital de que estado | CITY:Cuiabá
reverse-question | alexa palmas é capital de onde | CITY:Palmas
reverse-question | alexa porto velho é capital de qual estado uai | CITY:Porto Velho
reverse-question | alexa macapá é capital de onde mesmo | CITY:Macapá
reverse-question | alexa de onde é capital a cidade de vientiane | CITY:Vientiane
reverse-question | alexa ouagadougou é capital de qual país | CITY:Ouagadougou
reverse-question | alexa canberra é capital do quê | CITY:Canberra
reverse-question | alexa qual país tem capital em nairóbi | CITY:Nairóbi
reverse-question | alexa de quem é a capital kinshasa | CITY:Kinshasa
reverse-question | alexa montevidéu é capital de que país bah | CITY:Montevidéu
reverse-question | alexa assunção é a capital de qual país mesmo | CITY:Assunção
reverse-question | alexa que país tem a capital chamada tbilisi | CITY:Tbilisi
reverse-question | alexa baku fica em que país é capital | CITY:Baku
reverse-question | alexa astana é capital de onde | CITY:Astana
reverse-question | alexa kingston é capital de onde | CITY:Kingston
reverse-question | alexa victoria é capital de quê | CITY:Victoria
reverse-question | alexa saint john's é capital de qual lugar | CITY:Saint John's
reverse-question | alexa chandigarh é capital de qual estado indiano | CITY:Chandigarh
reverse-question | alexa florianópolis é capital de que estado | CITY:Florianópolis
reverse-question | alexa aracaju é capital de qual estado visse | CITY:Aracaju
reverse-question | alexa teresina é a capital de onde | CITY:Teresina
reverse-question | alexa sacramento é capital de que estado americano | CITY:Sacramento
reverse-question | alexa edmonton fica em qual província é capital | CITY:Edmonton
reverse-question | alexa de que país é capital windhoek | CITY:Windhoek
reverse-question | alexa reykjavík é capital de qual país | CITY:Reykjavík
reverse-question | alexa liubliana é capital de onde | CITY:Liubliana
reverse-question | alexa manágua é capital de qual país da américa central | CITY:Manágua
reverse-question | alexa doha é capital de qual país da copa | CITY:Doha
reverse-question | alexa dili é capital de qual país que fala português | CITY:Dili
reverse-question | alexa bissau é capital de onde | CITY:Bissau
reverse-question | alexa hobart é capital de qual estado australiano | CITY:Hobart
yes-no-check | alexa a capital da austrália é sydney né | AU
yes-no-check | alexa é verdade que a capital da turquia é istambul | TR
yes-no-check | alexa a capital do canadá é toronto ou não | CA
yes-no-check | uai alexa a capital de minas é belo horizonte mesmo | BR-MG
yes-no-check | alexa confirma pra mim que a capital do rio grande do sul é porto alegre | BR-RS
yes-no-check | alexa a capital de santa catarina é joinville | BR-SC
yes-no-check | alexa tô certo que a capital da suíça é zurique | CH
yes-no-check | alexa a capital da nigéria é lagos sim ou não | NG
yes-no-check | alexa a capital do marrocos é casablanca né mana | MA
yes-no-check | alexa a capital dos estados unidos é nova york | US
yes-no-check | alexa é rio de janeiro a capital do brasil ainda | BR
yes-no-check | alexa a capital do paquistão é karachi | PK
yes-no-check | alexa a capital da bolívia é la paz ou sucre afinal | BO
yes-no-check | alexa a capital do vietnã é saigon ou hanói | VN
yes-no-check | alexa meu colega apostou que a capital da nova zelândia é auckland tá certo | NZ
yes-no-check | alexa a capital da tanzânia ainda é dar es salaam | TZ
yes-no-check | alexa a capital do mianmar é yangon não é | MM
yes-no-check | alexa a capital da costa do marfim é abidjan | CI
yes-no-check | alexa a capital do cazaquistão é almaty | KZ
yes-no-check | alexa a capital de pernambuco é olinda né visse | BR-PE
yes-no-check | alexa a capital da paraíba é campina grande | BR-PB
yes-no-check | alexa a capital do pará é belém né égua | BR-PA
yes-no-check | alexa a capital do mato grosso do sul é dourados | BR-MS
yes-no-check | alexa a capital da califórnia é los angeles | US-CA
yes-no-check | alexa a capital do texas é houston tá certo | US-TX
yes-no-check | alexa a capital da escócia é glasgow | GB-SCT
yes-no-check | alexa a capital da índia é mumbai ou nova délhi | IN
yes-no-check | alexa a capital do equador é guayaquil | EC
yes-no-check | alexa a capital da alemanha é bonn ainda | DE
yes-no-check | alexa a capital de israel é tel aviv | IL
yes-no-check | alexa a capital do benin é porto novo confere | BJ
yes-no-check | alexa a capital da baviera é munique mesmo | DE-BY
yes-no-check | alexa a capital do quebec é montreal | CA-QC
yes-no-check | alexa a capital de goiás é anápolis | BR-GO
self-correction | alexa qual a capital do peru não pera do paraguai | PY
self-correction | alexa capital da áustria não da austrália | AU
self-correction | alexa qual é a capital da eslováquia digo eslovênia | SI
self-correction | alexa capital da suécia ops suíça | CH
self-correction | alexa qual é a capital do irã quer dizer do iraque | IQ
self-correction | alexa me fala a capital da nigéria não do níger | NE
self-correction | alexa qual a capital da guiana francesa não a guiana só | GY
self-correction | alexa a capital do mali ou melhor do malawi | MW
self-correction | uai alexa capital de goiás não peraí de tocantins | BR-TO
self-correction | alexa qual a capital do maranhão ah não do piauí | BR-PI
self-correction | alexa a capital da colômbia quer dizer da colúmbia britânica | CA-BC
self-correction | alexa qual é a capital da dominica digo república dominicana | DO
self-correction | alexa capital da gâmbia não não da zâmbia | ZM
self-correction | alexa qual é a capital da letônia errei lituânia | LT
self-correction | alexa a capital do sudão do sul não só do sudão | SD
self-correction | alexa qual é a capital da mongólia peraí da moldávia | MD
self-correction | alexa capital de granada a ilha não a cidade espanhola | GD
self-correction | alexa qual a capital do uruguai tchê não do paraguai | PY
self-correction | alexa a capital de roraima ou melhor rondônia | BR-RO
self-correction | alexa capital do amapá digo do amazonas | BR-AM
self-correction | alexa qual é a capital da virgínia não da virgínia ocidental | US-WV
self-correction | alexa capital do kansas ah não arkansas | US-AR
self-correction | alexa qual a capital da eritreia não etiópia | ET
self-correction | alexa a capital de camboja ih errei tailândia | TH
self-correction | alexa capital da índia na verdade da indonésia | ID
self-correction | alexa qual é a capital do laos não do vietnã | VN
self-correction | alexa me diz a capital da tunísia quer dizer argélia | DZ
official-name | alexa qual é a capital da república federativa do brasil | BR
official-name | alexa a capital da república francesa qual é | FR
official-name | alexa capital da república popular da china | CN
official-name | alexa qual é a capital da federação russa | RU
official-name | alexa qual é a capital do reino da espanha | ES
official-name | alexa a capital da república portuguesa | PT
official-name | alexa qual a capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | alexa capital da república da coreia | KR
official-name | alexa qual é a capital da república popular democrática da coreia | KP
official-name | alexa qual é a capital da república islâmica do irã | IR
official-name | alexa capital da república árabe do egito | EG
official-name | alexa a capital do reino hachemita da jordânia | JO
official-name | alexa qual a capital da confederação suíça | CH
official-name | alexa capital da república bolivariana da venezuela | VE
official-name | alexa qual a capital do estado plurinacional da bolívia | BO
official-name | alexa capital da república oriental do uruguai | UY
official-name | alexa qual é a capital dos estados unidos mexicanos | MX
official-name | alexa a capital da república de moçambique | MZ
official-name | alexa capital da república democrática de são tomé e príncipe | ST
official-name | alexa a capital do reino da tailândia | TH
official-name | alexa qual é a capital do reino do marrocos | MA
official-name | alexa capital da república socialista do vietnã | VN
official-name | alexa qual a capital da república federal da alemanha | DE
official-name | alexa qual a capital da república da áfrica do sul | ZA
official-name | alexa capital do reino da bélgica | BE
official-name | alexa qual é a capital da república helênica | GR
official-name | alexa a capital da república democrática federal da etiópia | ET
official-name | alexa capital do sultanato de omã | OM
official-name | alexa qual é a capital do estado da cidade do vaticano | VA
official-name | alexa a capital da comunidade da austrália | AU
official-name | alexa capital da república da índia | IN
official-name | alexa qual a capital do grão-ducado do luxemburgo | LU
official-name | alexa a capital do principado de liechtenstein | LI
everyday-name | alexa qual é a capital da holanda | NL
everyday-name | alexa capital da inglaterra mano | GB-ENG
everyday-name | alexa qual é a capital da suazilândia | SZ
everyday-name | alexa capital da birmânia | MM
everyday-name | alexa qual é a capital da república tcheca | CZ
everyday-name | alexa a capital da terra dos cangurus | AU
everyday-name | alexa capital da terra do sol nascente | JP
everyday-name | alexa qual é a capital dos states | US
everyday-name | alexa capital da terrinha | PT
everyday-name | alexa qual a capital do país do tango | AR
everyday-name | alexa capital da costa do ouro | GH
everyday-name | alexa a capital do ceilão | LK
everyday-name | alexa capital da pérsia | IR
everyday-name | alexa qual é a capital da cisjordânia | PS
everyday-name | alexa capital do timor | TL
everyday-name | alexa qual é a capital da macedônia | MK
everyday-name | alexa capital da bielo-rússia | BY
everyday-name | alexa qual a capital do daomé | BJ
everyday-name | alexa capital do alto volta | BF
everyday-name | alexa qual é a capital do zaire | CD
everyday-name | alexa capital da rodésia | ZW
everyday-name | alexa qual a capital do sião | TH
everyday-name | alexa capital da formosa | TW
everyday-name | alexa qual é a capital de cabo verde a ilha | CV
everyday-name | alexa qual a capital das gerais | BR-MG
everyday-name | alexa qual é a capital do brasilzão | BR
everyday-name | alexa capital da türkiye | TR
everyday-name | alexa qual é a capital da grã-bretanha | GB
everyday-name | alexa capital da tchecoslováquia de hoje | CZ
follow-up | e a do chile tchê | CL
follow-up | e do uruguai bagual | UY
follow-up | e a de santa catarina | BR-SC
follow-up | e da argentina uai | AR
follow-up | e a do espírito santo sô | BR-ES
follow-up | e a de goiás então | BR-GO
follow-up | e a do ceará macho | BR-CE
follow-up | e do rio grande do norte visse | BR-RN
follow-up | e a de alagoas | BR-AL
follow-up | e a da paraíba mulher | BR-PB
follow-up | e a do amapá mana | BR-AP
follow-up | e a do acre égua | BR-AC
follow-up | e a de roraima | BR-RR
follow-up | e a do japão mano | JP
follow-up | e da coreia do sul | KR
follow-up | e a da tailândia | TH
follow-up | tá e a da nova zelândia | NZ
follow-up | beleza e a do canadá | CA
follow-up | e a da groenlândia | GL
follow-up | e a do méxico então | MX
follow-up | e a da bélgica | BE
follow-up | e a da áfrica do sul quais são | ZA
follow-up | e pro quênia | KE
follow-up | e o egito | EG
follow-up | e a da índia qual é | IN
follow-up | agora a da turquia | TR
follow-up | e a da califórnia | US-CA
follow-up | e a da baviera | DE-BY
follow-up | e a de ontário | CA-ON
follow-up | e a do marrocos | MA
follow-up | e a da colômbia | CO
follow-up | e da venezuela agora | VE
follow-up | e a de cuba | CU
follow-up | e a da escócia tchê | GB-SCT
follow-up | e a do país de gales | GB-WLS
follow-up | tá bom e a de angola | AO
follow-up | e a da guiné-bissau | GW
follow-up | e a de moçambique mano | MZ
follow-up | e aquela do peru | PE
follow-up | e a da polônia | PL
help | alexa como é que funciona esse negócio de capital | HELP
help | alexa me ajuda aí que eu não sei usar | HELP
help | ajuda tchê | HELP
help | alexa o que é que eu posso perguntar pra ti | HELP
help | uai como é que usa isso | HELP
help | alexa socorro não entendi nada | HELP
help | me explica como funciona | HELP
help | alexa quais perguntas eu posso fazer | HELP
help | o que que esse aplicativo faz | HELP
help | alexa dá uma ajuda aqui pro vô | HELP
help | como eu pergunto uma capital | HELP
help | alexa me dá umas instruções | HELP
help | vixe não sei o que falar me ajuda | HELP
help | égua como é que faz | HELP
help | mano como que usa essa skill | HELP
help | alexa o que eu faço agora | HELP
help | preciso de ajuda com a skill das capitais | HELP
help | alexa me ensina a usar | HELP
help | quais são os comandos | HELP
help | como funciona esse jogo de capitais | HELP
help | alexa tô perdida o que eu falo | HELP
help | me dá um exemplo de pergunta | HELP
help | alexa ajuda por favor minha filha | HELP
help | não tô entendendo como pergunta | HELP
help | alexa me orienta aí | HELP
help | o que dá pra fazer aqui | HELP
stop | para tchê | STOP
stop | alexa chega por hoje | STOP
stop | uai para com isso | STOP
stop | alexa desliga essa skill | STOP
stop | sai dessa skill | STOP
stop | alexa encerra | STOP
stop | fecha isso aí mano | STOP
stop | alexa pode parar já deu | STOP
stop | para de falar | STOP
stop | alexa fica quieta | STOP
stop | alexa cala a boca | STOP
stop | chega de capital | STOP
stop | alexa sair | STOP
stop | para tudo alexa | STOP
stop | alexa finaliza | STOP
stop | égua para | STOP
stop | vixe para alexa | STOP
stop | alexa silêncio | STOP
stop | acabou alexa pode sair | STOP
stop | alexa tchau | STOP
stop | tá bom chega obrigado | STOP
stop | alexa encerra as capitais | STOP
stop | alexa pare | STOP
stop | alexa quieta | STOP
cancel | alexa cancela isso tchê | CANCEL
cancel | deixa pra lá | CANCEL
cancel | alexa esquece | CANCEL
cancel | uai esquece isso | CANCEL
cancel | alexa cancelar | CANCEL
cancel | não quero mais deixa quieto | CANCEL
cancel | alexa deixa quieto | CANCEL
cancel | esquece o que eu falei | CANCEL
cancel | alexa cancela a pergunta | CANCEL
cancel | deixa pra lá mano | CANCEL
cancel | alexa esquece essa | CANCEL
cancel | não não cancela | CANCEL
cancel | alexa deixa isso pra lá | CANCEL
cancel | cancela vixe | CANCEL
cancel | esquece égua | CANCEL
cancel | alexa desconsidera | CANCEL
cancel | deixa alexa não precisa | CANCEL
cancel | cancela aí por favor | CANCEL
cancel | alexa esquece isso aí | CANCEL
cancel | ah deixa pra lá então | CANCEL
cancel | alexa cancela o que eu pedi | CANCEL
cancel | nada não esquece | CANCEL
cancel | alexa pode cancelar | CANCEL
cancel | esquece a pergunta | CANCEL
launch | alexa abrir capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo tchê | LAUNCH
launch | alexa iniciar capitais do mundo | LAUNCH
launch | alexa abre o capitais do mundo uai | LAUNCH
launch | alexa começar capitais do mundo | LAUNCH
launch | alexa quero jogar capitais do mundo | LAUNCH
launch | alexa abrir a skill capitais do mundo | LAUNCH
launch | alexa inicia capitais mundiais | LAUNCH
launch | alexa abre capitais mundiais | LAUNCH
launch | alexa capitais do mundo | LAUNCH
launch | alexa ativa capitais do mundo | LAUNCH
launch | alexa bora de capitais do mundo | LAUNCH
launch | alexa abrir capitais | LAUNCH
launch | alexa abre o jogo das capitais | LAUNCH
launch | alexa liga capitais do mundo | LAUNCH
launch | alexa abre aquele das capitais do mundo | LAUNCH
launch | alexa executar capitais do mundo | LAUNCH
launch | alexa chama capitais do mundo | LAUNCH
launch | alexa pede pro capitais do mundo | LAUNCH
launch | alexa usar capitais do mundo | LAUNCH
launch | alexa inicia capitais | LAUNCH
launch | alexa abre world capitals | LAUNCH
out-of-domain | alexa qual é a previsão do tempo pra porto alegre amanhã tchê | FB
out-of-domain | alexa toca uma música do teixeirinha | FB
out-of-domain | alexa quanto tá o jogo do grêmio | FB
out-of-domain | alexa o inter ganhou ontem | FB
out-of-domain | alexa como faz um chimarrão bem cevado | FB
out-of-domain | alexa qual é a receita de arroz carreteiro | FB
out-of-domain | alexa bah que horas são | FB
out-of-domain | alexa liga a luz do galpão | FB
out-of-domain | alexa qual é a capital da serra gaúcha | FB
out-of-domain | alexa qual é a capital do pampa | FB
out-of-domain | alexa quanto tá o preço da arroba do boi | FB
out-of-domain | alexa toca milionário e josé rico | FB
out-of-domain | uai alexa como faz pão de queijo | FB
out-of-domain | alexa qual é a capital do queijo canastra | FB
out-of-domain | alexa o cruzeiro joga que dia | FB
out-of-domain | alexa o galo ganhou | FB
out-of-domain | alexa qual é a capital do triângulo mineiro | FB
out-of-domain | alexa qual a capital do sul de minas | FB
out-of-domain | alexa toca skank | FB
out-of-domain | alexa quanto custa um quilo de doce de leite | FB
out-of-domain | alexa quantos quilômetros de bh até ouro preto | FB
out-of-domain | alexa qual a capital do vale do jequitinhonha mesmo | FB
out-of-domain | vixe alexa vai chover no sertão essa semana | FB
out-of-domain | alexa toca luiz gonzaga | FB
out-of-domain | alexa qual é a capital do forró pé de serra | FB
out-of-domain | alexa qual é a capital do cariri | FB
out-of-domain | alexa como faz baião de dois | FB
out-of-domain | alexa o fortaleza ganhou do ceará | FB
out-of-domain | alexa qual é a capital do agreste pernambucano | FB
out-of-domain | alexa quanto tá a passagem pra juazeiro do norte | FB
out-of-domain | alexa qual a capital do sertão do seridó | FB
out-of-domain | alexa conta uma piada de cearense | FB
out-of-domain | alexa que dia é o são joão de campina grande | FB
out-of-domain | égua alexa toca um tecnobrega | FB
out-of-domain | alexa como faz maniçoba | FB
out-of-domain | alexa que horas começa o círio de nazaré | FB
out-of-domain | alexa o paysandu ganhou do remo | FB
out-of-domain | alexa qual é a capital do marajó | FB
out-of-domain | alexa qual a capital da ilha do marajó | FB
out-of-domain | alexa quanto tá o quilo do açaí | FB
out-of-domain | alexa qual é a maré em salinópolis hoje | FB
out-of-domain | alexa qual é a capital da amazônia legal | FB
out-of-domain | mano alexa toca racionais | FB
out-of-domain | alexa como tá o trânsito na marginal | FB
out-of-domain | alexa o corinthians joga hoje | FB
out-of-domain | alexa o palmeiras tem mundial | FB
out-of-domain | alexa qual é a capital do interior paulista | FB
out-of-domain | alexa chama um uber pra pinheiros | FB
out-of-domain | alexa quanto tá o dólar hoje | FB
out-of-domain | alexa qual a cotação do bitcoin | FB
out-of-domain | alexa marca reunião às dez com o time de vendas | FB
out-of-domain | alexa qual o capital social mínimo de uma ltda | FB
out-of-domain | alexa o que é capital de giro | FB
out-of-domain | alexa como calcular o retorno sobre capital investido | FB
out-of-domain | alexa o que significa capital próprio e capital de terceiros | FB
out-of-domain | alexa toca capital inicial | FB
out-of-domain | alexa quem escreveu o capital | FB
out-of-domain | alexa o que é pecado capital | FB
out-of-domain | alexa quais são os sete pecados capitais | FB
out-of-domain | alexa o que é letra maiúscula também chamada de capital | FB
out-of-domain | alexa o que é pena capital | FB
out-of-domain | alexa qual é a capital nacional do café | FB
out-of-domain | alexa qual a capital mundial do carnaval | FB
out-of-domain | alexa qual é a capital do frevo | FB
out-of-domain | alexa qual é a capital brasileira do chocolate | FB
out-of-domain | alexa qual é a capital do vinho no brasil | FB
out-of-domain | alexa qual é a capital da moda | FB
out-of-domain | alexa qual é a capital de nárnia | FB
out-of-domain | alexa qual é a capital de westeros | FB
out-of-domain | alexa qual é a capital da terra média | FB
out-of-domain | alexa qual é a capital de hogwarts | FB
out-of-domain | alexa qual é a capital de atlântida | FB
out-of-domain | alexa qual é a capital do reino de tão tão distante | FB
out-of-domain | alexa qual a capital de asgard | FB
out-of-domain | alexa qual é a capital do sítio do picapau amarelo | FB
out-of-domain | alexa qual era a capital do império romano | FB
out-of-domain | alexa qual era a capital do império otomano | FB
out-of-domain | alexa qual era a capital da alemanha oriental | FB
out-of-domain | alexa qual era a capital do império bizantino | FB
out-of-domain | alexa qual era a capital do brasil império | FB
out-of-domain | alexa qual era a capital da tchecoslováquia | FB
out-of-domain | alexa qual a capital da mesopotâmia | FB
out-of-domain | alexa qual é a capital da europa | FB
out-of-domain | alexa qual é a capital da américa do sul | FB
out-of-domain | alexa qual é a capital da ásia | FB
out-of-domain | alexa qual é a capital da oceania | FB
out-of-domain | alexa qual é a capital do oriente médio | FB
out-of-domain | alexa qual é a capital da escandinávia | FB
out-of-domain | alexa qual é a capital do país basco | FB
out-of-domain | alexa qual é a capital da andaluzia | FB
out-of-domain | alexa qual é a capital da toscana | FB
out-of-domain | alexa qual é a capital da sardenha | FB
out-of-domain | alexa qual é a capital da bretanha francesa | FB
out-of-domain | alexa qual é a capital da alsácia | FB
out-of-domain | alexa qual é a capital da crimeia | FB
out-of-domain | alexa qual é a capital do curdistão iraquiano | FB
out-of-domain | alexa qual é a capital da chechênia | FB
out-of-domain | alexa qual é a capital da sibéria | FB
out-of-domain | alexa qual é a capital da lapônia | FB
out-of-domain | alexa qual é a capital da patagônia argentina | FB
out-of-domain | alexa qual é a capital das ilhas canárias | FB
out-of-domain | alexa qual é a capital dos açores | FB
out-of-domain | alexa qual é a capital da ilha da madeira | FB
out-of-domain | alexa qual é a capital de fernando de noronha | FB
out-of-domain | alexa qual é a capital da região sul | FB
out-of-domain | alexa qual é a capital do nordeste | FB
out-of-domain | alexa qual é a capital do centro-oeste | FB
out-of-domain | alexa qual é a capital do tibete | FB
out-of-domain | alexa quantos habitantes tem a capital do ceará | FB
out-of-domain | alexa qual é o prefeito da capital de goiás | FB
out-of-domain | alexa quanto tempo de voo da capital paulista até manaus | FB
out-of-domain | alexa qual a temperatura agora na capital da bahia | FB
out-of-domain | alexa qual é a maior cidade da austrália | FB
out-of-domain | alexa qual é o maior país do mundo | FB
out-of-domain | alexa qual é a língua falada no suriname | FB
out-of-domain | alexa qual é a moeda da suíça | FB
out-of-domain | alexa quantos países tem na áfrica | FB
out-of-domain | alexa qual é a bandeira da itália | FB
out-of-domain | alexa qual é o hino da frança | FB
out-of-domain | alexa quem é o presidente da argentina | FB
out-of-domain | alexa qual é o fuso horário do japão | FB
out-of-domain | alexa adiciona leite na lista de compras | FB
out-of-domain | alexa põe um alarme pras cinco da manhã | FB
out-of-domain | alexa liga o ventilador do quarto | FB
out-of-domain | alexa desliga a tv da sala | FB
out-of-domain | alexa toca o podcast do flow | FB
out-of-domain | alexa lê minhas notificações | FB
out-of-domain | alexa liga pra minha mãe | FB
out-of-domain | alexa manda mensagem pro meu chefe | FB
out-of-domain | alexa quanto é sete vezes oito | FB
out-of-domain | alexa qual é o resultado da mega-sena | FB
out-of-domain | alexa me conta uma história de dormir | FB
out-of-domain | alexa abre o spotify | FB
out-of-domain | alexa quem ganhou o big brother | FB
out-of-domain | alexa qual é o próximo feriado | FB
out-of-domain | alexa como se diz obrigado em japonês | FB
out-of-domain | alexa traduz capital pra inglês | FB
out-of-domain | alexa quantas letras tem a palavra capital | FB
out-of-domain | alexa o que rima com capital | FB
out-of-domain | alexa onde fica o pantanal | FB
out-of-domain | alexa qual é a altura do cristo redentor | FB
out-of-domain | alexa que dia começa o horário de verão | FB
out-of-domain | alexa quanto tá a gasolina em cuiabá | FB
out-of-domain | alexa quando sai a safra de soja de sorriso | FB
out-of-domain | alexa qual é a capital do agronegócio | FB
out-of-domain | alexa como tá a bolsa de valores hoje | FB
out-of-domain | alexa o que é ganho de capital na declaração do imposto de renda | FB
out-of-domain | alexa como abrir capital na bolsa | FB
out-of-domain | alexa tô com fome pede uma pizza | FB
out-of-domain | alexa qual é a capital de pandora do avatar | FB
out-of-domain | alexa qual é a capital do planeta marte | FB
out-of-domain | alexa qual é a capital da lua | FB
learner | alexa chamo qual é a capital da colômbia | CO
learner | alexa eu sou de maracaibo quero saber capital de venezuela | VE
learner | alexa pana me diz a capital de panamá | PA
learner | alexa cuál é la capital do equador por favor | EC
learner | alexa yo quero saber capital de roraima | BR-RR
learner | alexa eu chinês loja vinte cinco de março capital de china qual | CN
learner | alexa capital taiwan qual é obrigado | TW
learner | alexa por favor capital de hong kong | HK
learner | alexa eu estudante nigéria quero saber capital meu país | NG
learner | alexa what is capital of ghana em português | GH
learner | alexa eu de bangladesh trabalhar chapecó capital de bangladesh | BD
learner | alexa capital de santa catarina qual é eu trabalha aqui | BR-SC
learner | alexa eu afegão refugiado capital do afeganistão é qual | AF
learner | alexa eu sou da ucrânia diga capital da ucrânia por favor | UA
learner | alexa eu sou da síria morar em são paulo qual capital síria | SY
learner | alexa eu aprendendo português capital de polônia é | PL
learner | alexa capitale de itália qual | IT
learner | alexa senhora qual a capital de a hungria | HU
learner | alexa eu sou japonês dekassegui voltou capital de japão | JP
learner | alexa ich bin alemão capital da alemanha bitte | DE
learner | alexa capital de haiti eu esquecer | HT
learner | alexa eu sou de cuba médico qual é capital de cuba | CU
learner | alexa me fala capital de peru eu peruano | PE
learner | alexa eu congolês capital do congo kinshasa | CD
learner | alexa capital francesa é qual eu francês | FR
code-switch | alexa me dá um quick update qual a capital da austrália | AU
code-switch | alexa preciso pro meu deck qual é a capital da indonésia | ID
code-switch | alexa tô num call com o cliente de singapura qual é a capital de lá | SG
code-switch | alexa faz um double check na capital do canadá | CA
code-switch | alexa manda a capital do méxico asap | MX
code-switch | alexa qual é a capital da coreia do sul tipo seoul né | KR
code-switch | alexa mano o lag tá absurdo qual a capital da suécia | SE
code-switch | alexa gg agora fala a capital da finlândia | FI
code-switch | alexa no game o server é da capital da alemanha qual é | DE
code-switch | alexa capital da noruega please | NO
code-switch | alexa what's the capital of portugal fala em português | PT
code-switch | alexa meu feedback é me fala a capital da dinamarca | DK
code-switch | alexa qual é a capital da new zealand | NZ
code-switch | alexa capital da south africa quais são | ZA
code-switch | alexa qual a capital do united kingdom | GB
code-switch | alexa no meu onboarding perguntaram a capital da irlanda | IE
code-switch | alexa capital da ireland do norte | GB-NIR
code-switch | alexa fala a capital de new york state | US-NY
hesitation | alexa qual é a capital da é da é da grécia | GR
hesitation | alexa hum qual é a capital da hã da croácia | HR
hesitation | alexa peraí deixa eu lembrar qual é a capital do quênia | KE
hesitation | alexa qual a capital do como é que chama do uzbequistão | UZ
hesitation | alexa então é qual é a capital da é sérvia | RS
hesitation | alexa capital da da da tanzânia | TZ
hesitation | alexa ah qual é mesmo a capital do é do sudão do sul | SS
hesitation | alexa é o nome da capital do hum quirguistão | KG
hesitation | alexa qual é a capital hã do turcomenistão | TM
hesitation | alexa me fala a capital do ai como é o nome daquele país a eritreia | ER
hesitation | alexa qual é a capital do tá tadjiquistão | TJ
hesitation | alexa nossa esqueci qual é a capital do butão | BT
rural-speech | alexa o patrão aqui da fazenda quer saber a capital do mato grosso | BR-MT
rural-speech | alexa no rodeio de barretos perguntaram a capital do texas | US-TX
rural-speech | alexa lá da roça qual é a capital de tocantins | BR-TO
rural-speech | alexa tô no trator aqui qual é a capital do uruguai | UY
rural-speech | alexa o peão quer saber a capital da austrália | AU
rural-speech | alexa na ordenha a gente aposta qual é a capital da holanda | NL
rural-speech | alexa o comprador de gado é do paraguai qual a capital de lá | PY
rural-speech | alexa aqui no sítio não pega rádio fala a capital de rondônia | BR-RO
rural-speech | alexa a soja vai pra china qual é a capital deles | CN
rural-speech | alexa o gado vai pro egito qual é a capital do egito | EG
rural-speech | alexa no leilão falaram de arábia saudita qual a capital | SA
subdivision | alexa qual é a capital do uttar pradesh | IN-UP
subdivision | alexa capital de bihar | IN-BR
subdivision | alexa qual a capital de assam | IN-AS
subdivision | alexa qual é a capital do telangana | IN-TS
subdivision | alexa capital de odisha | IN-OD
subdivision | alexa a capital do madhya pradesh | IN-MP
subdivision | alexa qual é a capital do andhra pradesh | IN-AP
subdivision | alexa capital de himachal pradesh | IN-HP
subdivision | alexa qual é a capital de sikkim | IN-SK
subdivision | alexa qual a capital do jharkhand | IN-JH
subdivision | alexa qual é a capital de haryana | IN-HR
subdivision | alexa a capital do chhattisgarh | IN-CG
subdivision | alexa a capital de manipur | IN-MN
subdivision | alexa qual é a capital do nagaland | IN-NL
subdivision | alexa qual é a capital do meghalaya | IN-ML
subdivision | alexa capital de mizoram | IN-MZ
subdivision | alexa qual a capital de tripura | IN-TR
subdivision | alexa a capital do arunachal pradesh | IN-AR
subdivision | alexa qual é a capital do ladakh | IN-LA
subdivision | alexa capital de puducherry | IN-PY
subdivision | alexa qual a capital de lakshadweep | IN-LD
subdivision | alexa qual é a capital das ilhas andamão e nicobar | IN-AN
subdivision | alexa qual é a capital de delhi o território | IN-DL
subdivision | alexa qual é a capital de guanajuato | MX-GUA
subdivision | alexa a capital de michoacán | MX-MIC
subdivision | alexa capital de sinaloa | MX-SIN
subdivision | alexa qual é a capital de chihuahua | MX-CHH
subdivision | alexa qual a capital da baixa califórnia do sul | MX-BCS
subdivision | alexa a capital de puebla | MX-PUE
subdivision | alexa qual é a capital de guerrero onde fica acapulco | MX-GRO
subdivision | alexa capital de tamaulipas | MX-TAM
subdivision | alexa qual é a capital de coahuila | MX-COA
subdivision | alexa qual é a capital de durango | MX-DUR
subdivision | alexa a capital de zacatecas | MX-ZAC
subdivision | alexa capital de tabasco | MX-TAB
subdivision | alexa qual é a capital de querétaro | MX-QUE
subdivision | alexa qual é a capital de san luis potosí | MX-SLP
subdivision | alexa a capital de hidalgo no méxico | MX-HID
subdivision | alexa capital de morelos | MX-MOR
subdivision | alexa qual é a capital do estado do méxico | MX-MEX
subdivision | alexa qual é a capital de campeche | MX-CAM
subdivision | alexa a capital de nayarit | MX-NAY
subdivision | alexa capital de colima | MX-COL
subdivision | alexa qual é a capital de tlaxcala | MX-TLA
subdivision | alexa qual é a capital de aguascalientes | MX-AGU
subdivision | alexa qual é a capital do alabama | US-AL
subdivision | alexa capital do arkansas | US-AR
subdivision | alexa qual é a capital de connecticut | US-CT
subdivision | alexa a capital do delaware | US-DE
subdivision | alexa qual a capital do iowa | US-IA
subdivision | alexa capital de idaho | US-ID
subdivision | alexa qual é a capital de indiana | US-IN
subdivision | alexa a capital do kansas | US-KS
subdivision | alexa qual é a capital de maryland | US-MD
subdivision | alexa qual é a capital do maine | US-ME
subdivision | alexa capital de minnesota | US-MN
subdivision | alexa a capital do missouri | US-MO
subdivision | alexa qual é a capital do mississippi | US-MS
subdivision | alexa qual a capital de nebraska | US-NE
subdivision | alexa capital de new hampshire | US-NH
subdivision | alexa qual é a capital de nova jersey | US-NJ
subdivision | alexa a capital do novo méxico | US-NM
subdivision | alexa qual é a capital de oklahoma | US-OK
subdivision | alexa qual é a capital de rhode island | US-RI
subdivision | alexa capital da carolina do sul | US-SC
subdivision | alexa qual é a capital de vermont | US-VT
subdivision | alexa qual a capital de wisconsin | US-WI
subdivision | alexa capital da virgínia ocidental | US-WV
subdivision | alexa qual é a capital de mecklenburg | DE-MV
subdivision | alexa capital de hamburgo o estado | DE-HH
subdivision | alexa qual é a capital de bremen | DE-HB
subdivision | alexa capital de berlim o estado alemão | DE-BE
subdivision | alexa qual é a capital do distrito federal | BR-DF
subdivision | alexa a capital do rio de janeiro é qual | BR-RJ
subdivision | alexa qual é a capital do estado de são paulo | BR-SP
subdivision | alexa qual é a capital de jammu e caxemira no verão | IN-JK
territory | alexa qual é a capital da cidade do méxico | MX-CMX
territory | alexa qual a capital de washington dc | US-DC
territory | alexa qual é a capital de wallis e futuna | WF
territory | alexa capital de são pedro e miquelão | PM
territory | alexa qual é a capital de são bartolomeu | BL
territory | alexa capital de svalbard | SJ
territory | alexa qual é a capital das ilhas marianas do norte | MP
territory | alexa qual é a capital da ilha norfolk | NF
territory | alexa qual a capital da ilha christmas | CX
territory | alexa qual é a capital das ilhas cocos | CC
territory | alexa capital das ilhas aland | AX
territory | alexa qual é a capital de bonaire | BQ
territory | alexa qual é a capital do território britânico do oceano índico | IO
territory | alexa qual é a capital das terras austrais francesas | TF
territory | alexa qual é a capital da geórgia do sul | GS
territory | alexa qual é a capital da antártida | AQ
territory | alexa qual é a capital das ilhas malvinas ou falklands | FK
territory | alexa a capital de porto rico é qual | PR
help | bah alexa não entendi como funciona essa das capitais me explica | HELP
help | alexa o vô aqui quer saber como pergunta as capitais me ajuda | HELP
help | uai sô como é que eu faço pra perguntar a capital de um país | HELP
help | alexa me ajuda aqui que eu nunca usei esse trem | HELP
help | vixe alexa me explica direitinho como é que pergunta | HELP
help | égua mana como é que eu uso isso aqui | HELP
help | mano alexa como é que pergunta capital nessa parada | HELP
help | alexa eu sou novo no brasil como usar skill capital ajuda | HELP
help | alexa a professora mandou usar isso mas eu não sei como me ajuda | HELP
help | alexa tipo o que eu posso perguntar aqui dentro | HELP
help | alexa pode me dar umas dicas de como usar as capitais | HELP
help | alexa eu travei aqui o que que eu falo agora | HELP
help | alexa me explica as regras desse negócio de capital | HELP
help | alexa isso aqui serve pra quê me ajuda | HELP
help | alexa eu posso perguntar de estado também me explica | HELP
help | tchê me dá uma mão que não sei perguntar | HELP
help | alexa como é que faz pra saber a capital de um estado | HELP
help | alexa fala devagar como que eu uso isso | HELP
help | alexa ajuda o que dá pra perguntar aqui pra você | HELP
help | me ensina aí alexa que eu sou meio lerdo com isso | HELP
stop | bah chega alexa pode parar | STOP
stop | alexa para com as capitais que eu vou dormir | STOP
stop | uai alexa para esse trem | STOP
stop | vixe alexa para que o menino tá dormindo | STOP
stop | égua alexa para de falar mana | STOP
stop | mano alexa para aí | STOP
stop | alexa já deu por hoje pode fechar | STOP
stop | alexa sai fora das capitais | STOP
stop | alexa o patrão chegou para tudo | STOP
stop | alexa encerra que a aula acabou | STOP
stop | alexa para que o jogo começou | STOP
stop | alexa fica quietinha um pouco | STOP
stop | alexa sai daí que eu quero ouvir o rádio | STOP
stop | alexa desliga isso que a vó tá no telefone | STOP
stop | alexa fecha as capitais e tchau | STOP
stop | alexa pode sair do jogo das capitais | STOP
stop | alexa para para para | STOP
stop | alexa chega de geografia por hoje | STOP
stop | alexa encerrar agora por favor | STOP
stop | alexa desliga que eu vou sair | STOP
cancel | bah deixa pra lá alexa | CANCEL
cancel | uai esquece esse trem | CANCEL
cancel | vixe alexa esquece o que eu perguntei | CANCEL
cancel | égua mana deixa quieto | CANCEL
cancel | mano cancela aí esquece | CANCEL
cancel | alexa cancela essa pergunta que eu errei | CANCEL
cancel | alexa esquece já achei no livro | CANCEL
cancel | alexa deixa pra lá a professora já respondeu | CANCEL
cancel | alexa cancela que eu já lembrei | CANCEL
cancel | alexa esquece a capital | CANCEL
cancel | alexa deixa quieto não precisa mais | CANCEL
cancel | alexa esquece isso que o menino que perguntou | CANCEL
cancel | alexa cancela meu pedido | CANCEL
cancel | alexa não precisa mais deixa pra lá | CANCEL
cancel | tchê esquece essa | CANCEL
cancel | alexa desconsidera o que eu falei | CANCEL
cancel | alexa esquece foi sem querer | CANCEL
cancel | alexa cancela foi engano | CANCEL
cancel | alexa deixa pra lá eu pergunto depois | CANCEL
cancel | alexa nada não pode esquecer | CANCEL
launch | bah alexa abre capitais do mundo pra mim | LAUNCH
launch | uai alexa abre o capitais do mundo aí | LAUNCH
launch | alexa abre capitais do mundo que eu quero estudar | LAUNCH
launch | alexa quero estudar com capitais do mundo | LAUNCH
launch | égua alexa inicia capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo pro vô | LAUNCH
launch | mano alexa abre capitais do mundo | LAUNCH
launch | alexa começa capitais do mundo pra gincana | LAUNCH
out-of-domain | bah alexa que horas fecha o mercado público | FB
out-of-domain | alexa quanto tá o jogo do juventude | FB
out-of-domain | alexa toca os serranos | FB
out-of-domain | alexa vai gear amanhã em caxias | FB
out-of-domain | alexa como faz costela fogo de chão | FB
out-of-domain | uai alexa qual é a capital mundial do queijo | FB
out-of-domain | alexa toca clube da esquina | FB
out-of-domain | alexa quanto custa um feijão tropeiro | FB
out-of-domain | alexa que horas sai o ônibus pra montes claros | FB
out-of-domain | alexa acende a luz da cozinha sô | FB
out-of-domain | vixe alexa toca wesley safadão | FB
out-of-domain | alexa qual é a capital do xaxado | FB
out-of-domain | alexa como faz tapioca de coco | FB
out-of-domain | alexa qual o horário da feira de caruaru | FB
out-of-domain | alexa quanto tá o sport no brasileirão | FB
out-of-domain | égua alexa toca joelma | FB
out-of-domain | alexa como faz tacacá com tucupi | FB
out-of-domain | alexa que horas abre o ver-o-peso | FB
out-of-domain | alexa vai ter chuva à tarde em belém | FB
out-of-domain | alexa qual é a capital do carimbó | FB
out-of-domain | mano alexa toca mc ig | FB
out-of-domain | alexa qual a linha do metrô pra itaquera | FB
out-of-domain | alexa quanto tá o ingresso pro show do mano brown | FB
out-of-domain | alexa cadê meu pedido do ifood | FB
out-of-domain | alexa manda o relatório pro meu e-mail | FB
out-of-domain | alexa qual a taxa selic hoje | FB
out-of-domain | alexa qual é o capital da minha empresa | FB
out-of-domain | alexa o que é capital intelectual | FB
out-of-domain | alexa o que é mercado de capitais | FB
out-of-domain | alexa capital fechado o que significa | FB
out-of-domain | alexa como aumentar o capital social da empresa | FB
out-of-domain | alexa o que é capital cultural no bourdieu | FB
out-of-domain | alexa toca a música tédio do biquini cavadão | FB
out-of-domain | alexa qual é a capital do rodeio | FB
out-of-domain | alexa qual é a capital do sertanejo | FB
out-of-domain | alexa qual é a capital brasileira da cerveja | FB
out-of-domain | alexa qual é a capital do mundo do futebol | FB
out-of-domain | alexa qual é a capital da galáxia | FB
out-of-domain | alexa qual é a capital de wakanda do pantera negra | FB
out-of-domain | alexa qual é a capital de mordor | FB
out-of-domain | alexa qual é a capital de hyrule | FB
out-of-domain | alexa qual é a capital do reino do cogumelo | FB
out-of-domain | alexa qual é a capital da cidade de gotham | FB
out-of-domain | alexa qual era a capital da união soviética | FB
out-of-domain | alexa qual era a capital do império asteca | FB
out-of-domain | alexa qual era a capital dos incas | FB
out-of-domain | alexa qual era a capital da iugoslávia | FB
out-of-domain | alexa qual era a capital do reino de portugal e algarves no brasil | FB
out-of-domain | alexa qual era a capital da república rio-grandense | FB
out-of-domain | alexa qual é a capital da catalunha | FB
out-of-domain | alexa qual é a capital da galícia | FB
out-of-domain | alexa qual é a capital da sicília | FB
out-of-domain | alexa qual é a capital da córsega | FB
out-of-domain | alexa qual é a capital da transilvânia | FB
out-of-domain | alexa qual é a capital do cáucaso | FB
out-of-domain | alexa qual é a capital da caxemira paquistanesa | FB
out-of-domain | alexa qual é a capital da terra do fogo | FB
out-of-domain | alexa qual é a capital da amazônia peruana | FB
out-of-domain | alexa qual é a capital do chaco paraguaio | FB
out-of-domain | alexa qual é a capital da região dos lagos | FB
out-of-domain | alexa qual é a capital do recôncavo | FB
out-of-domain | alexa qual é a capital da chapada dos veadeiros | FB
out-of-domain | alexa qual é a capital do pontal do paranapanema | FB
out-of-domain | alexa quantos estados tem o brasil | FB
out-of-domain | alexa qual é o rio mais comprido do mundo | FB
out-of-domain | alexa qual é a montanha mais alta da áfrica | FB
out-of-domain | alexa qual é a língua oficial de angola | FB
out-of-domain | alexa qual é a população do japão | FB
out-of-domain | alexa quantos fusos horários tem a rússia | FB
out-of-domain | alexa qual a distância da terra até a lua | FB
out-of-domain | alexa quando foi a independência do brasil | FB
out-of-domain | alexa quem descobriu o brasil | FB
out-of-domain | alexa qual é a maior cidade do canadá | FB
out-of-domain | alexa qual a cidade mais fria do brasil | FB
out-of-domain | alexa qual é a sigla do estado do pará | FB
out-of-domain | alexa qual é o ddd de manaus | FB
out-of-domain | alexa qual é o cep da avenida paulista | FB
out-of-domain | alexa liga o ar-condicionado no vinte e dois | FB
out-of-domain | alexa fecha a cortina | FB
out-of-domain | alexa toca um forró pra dançar | FB
out-of-domain | alexa aumenta o volume | FB
out-of-domain | alexa qual é o meu saldo no banco | FB
out-of-domain | alexa me lembra de tomar o remédio da pressão | FB
out-of-domain | alexa onde tem farmácia aberta perto de mim | FB
out-of-domain | alexa o que é capitalismo | FB
out-of-domain | alexa o que quer dizer capitão | FB
out-of-domain | alexa o que é capitania hereditária | FB
game-talk | alexa na adedonha caiu a letra n e eu preciso da capital {} | de nauru=NR; da namíbia mesmo=NA; do nepal ali perto da índia=NP
truck-talk | alexa tô na br cento e dezesseis e quero saber a capital {} | da argentina pra onde vai a carga=AR; do chile dos vinhos=CL; do paraguai da fronteira=PY
truck-talk | alexa o posto aqui tem bandeira {} qual é a capital de lá | do uruguai=UY; da bolívia=BO; do peru=PE
truck-talk | alexa carregando pra capital {} me lembra o nome da cidade | do goiás=BR-GO; do mato grosso=BR-MT; de rondônia=BR-RO
fisher-talk | alexa aqui no barco em laguna o pescador quer saber a capital {} | da noruega do bacalhau=NO; do japão do atum=JP; da islândia=IS
fisher-talk | alexa o peixe foi exportado pra capital {} qual é | da espanha=ES; da coreia do sul=KR; da tailândia=TH
church-talk | alexa o missionário voltou da capital {} qual é mesmo | de moçambique=MZ; da guiné-bissau=GW; do timor-leste=TL
church-talk | alexa o padre falou na missa da capital {} como é o nome | do vaticano=VA; de israel=IL; da palestina=PS
church-talk | alexa a irmã da igreja vai em missão pra capital {} qual é | do quênia=KE; de uganda=UG; do malaui=MW
tv-talk | alexa na novela das nove apareceu a capital {} qual é | da turquia=TR; da índia=IN; do marrocos=MA
tv-talk | alexa no jornal nacional falaram da capital {} qual é | da ucrânia=UA; da rússia=RU; de israel=IL
tv-talk | alexa no big brother perguntaram a capital {} e ninguém sabia | da austrália=AU; do canadá=CA; da suíça=CH
tv-talk | alexa no programa do faustão perguntaram a capital {} | da nova zelândia=NZ; da irlanda=IE; da escócia=GB-SCT
sport-talk | alexa a seleção vai jogar na capital {} qual é | do catar=QA; da arábia saudita=SA; dos emirados árabes unidos=AE
sport-talk | alexa o grêmio vai jogar a libertadores na capital {} qual é | da colômbia=CO; do equador=EC; da venezuela=VE
sport-talk | alexa a fórmula um vai correr perto da capital {} qual é | do azerbaijão=AZ; do bahrein=BH; de singapura=SG
sport-talk | alexa o vôlei feminino joga na capital {} hoje qual é | da polônia=PL; da sérvia=RS; da turquia de novo=TR
sport-talk | alexa a olimpíada foi na capital {} qual é | da grécia=GR; do japão=JP; da frança=FR
travel-talk | alexa vou de mochilão pra capital {} qual é o nome | da tchéquia=CZ; da hungria=HU; da áustria=AT
travel-talk | alexa a passagem tá barata pra capital {} qual é | de portugal=PT; da itália=IT; da holanda=NL
travel-talk | alexa minha lua de mel vai ser na capital {} como chama | das maldivas=MV; de maurício=MU; das seychelles=SC
travel-talk | alexa a escala do voo é na capital {} qual é | da etiópia=ET; do panamá=PA; do marrocos=MA
travel-talk | alexa o cruzeiro para na capital {} qual é | das bahamas=BS; da jamaica=JM; de barbados=BB
family-talk | alexa meu bisavô veio da capital {} qual é o nome | do líbano=LB; da síria=SY; da armênia=AM
family-talk | alexa minha sogra nasceu na capital {} qual é | da polônia=PL; da ucrânia=UA; da lituânia=LT
family-talk | alexa meu marido é de cabo verde e quer que eu saiba a capital {} | de cabo verde=CV; de são tomé=ST; de angola=AO
family-talk | alexa a namorada do meu filho é da capital {} qual é | da coreia do sul=KR; da china=CN; das filipinas=PH
family-talk | alexa no churrasco de família apostaram a capital {} | da mongólia=MN; do butão=BT; do laos=LA
yes-no-check | bah alexa a capital do uruguai é montevidéu né | UY
yes-no-check | uai alexa a capital do espírito santo é vila velha sô | BR-ES
yes-no-check | vixe alexa a capital do ceará é juazeiro | BR-CE
yes-no-check | égua alexa a capital do amapá é santana é | BR-AP
yes-no-check | mano alexa a capital da austrália não é melbourne | AU
yes-no-check | alexa meu filho falou que a capital da argentina é córdoba isso tá certo | AR
yes-no-check | alexa a capital do acre é rio branco mesmo | BR-AC
yes-no-check | alexa a capital da china é xangai né | CN
yes-no-check | alexa a capital do japão é kyoto ou tóquio | JP
yes-no-check | alexa é brasília ou goiânia a capital do brasil | BR
yes-no-check | alexa a capital da rússia é são petersburgo | RU
yes-no-check | alexa a capital da itália é milão não é | IT
yes-no-check | alexa a capital da suíça é genebra | CH
yes-no-check | alexa a capital do camarões é douala | CM
reverse-question | alexa bah porto alegre é capital de qual estado | CITY:Porto Alegre
reverse-question | uai alexa belo horizonte é capital de onde | CITY:Belo Horizonte
reverse-question | égua alexa belém é capital de qual estado mesmo | CITY:Belém
reverse-question | alexa mano a cidade de boa vista é capital de qual estado | CITY:Boa Vista
reverse-question | alexa natal é capital de que estado | CITY:Natal
reverse-question | alexa em que país fica a capital luanda | CITY:Luanda
reverse-question | alexa maputo é capital de qual país africano | CITY:Maputo
reverse-question | alexa praia é capital de onde | CITY:Praia
reverse-question | alexa cartum é capital de qual país | CITY:Cartum
reverse-question | alexa qual país tem como capital katmandu | CITY:Katmandu
reverse-question | alexa hanói é capital de onde | CITY:Hanói
reverse-question | alexa a cidade de quito é capital de que país | CITY:Quito
reverse-question | alexa caracas é capital de qual país | CITY:Caracas
reverse-question | alexa pretória é capital de onde | CITY:Pretória
official-name | bah alexa capital da república oriental do uruguai tchê | UY
official-name | alexa qual é a capital da república argentina hoje | AR
official-name | alexa qual a capital da república do paraguai | PY
official-name | alexa capital da república do chile | CL
official-name | alexa a capital da república do peru | PE
official-name | alexa qual a capital da república de angola | AO
official-name | alexa capital da república de cabo verde | CV
official-name | alexa qual é a capital do reino da noruega | NO
official-name | alexa a capital do reino da suécia | SE
official-name | alexa capital do reino dos países baixos | NL
official-name | alexa a capital da república da turquia | TR
official-name | alexa capital dos emirados árabes unidos | AE
official-name | alexa qual é a capital da república democrática de timor-leste | TL
official-name | alexa capital da república da guiné-bissau | GW
everyday-name | uai alexa qual é a capital da terra da rainha | GB
everyday-name | alexa capital da terra do tio sam | US
everyday-name | alexa capital da terra do samba | BR
everyday-name | alexa qual é a capital da terra da pizza | IT
everyday-name | alexa qual é a capital da terra dos faraós | EG
everyday-name | alexa qual é a capital das arábias | SA
everyday-name | alexa capital da holanda os países baixos | NL
everyday-name | alexa qual é a capital do brasil de hoje e não a velha | BR
everyday-name | alexa qual é a capital do estados unidos da américa | US
everyday-name | alexa capital das coreia do sul | KR
everyday-name | alexa qual é a capital da ilha de cuba | CU
everyday-name | alexa capital do país da tequila | MX
"""

if __name__ == "__main__":
    build_round(40, "pt", LINES, sys.argv, "tests/Eval/pt/round40/source/build_corpus.py")
