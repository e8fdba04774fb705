"""Round 45, Portuguese (pt-BR): a new author's own mix, written blind at the start of the forty-seventh session (brief
WRITER53.md), with speakers, situations and wordings chosen apart from round 44 (paraenses, maranhenses, mineiros,
goianos, cariocas, manauaras, cearenses; a barbershop, a beauty salon, a hospital night shift, delivery motoboys, a
street market, home office) and the regions and situations round 44 lists as avoided for rounds 43 and 42.

Regions: gaúchos of Porto Alegre, the Campanha, the Uruguayan border, Pelotas, Caxias do Sul and Santa Maria ("bah",
"tchê", "tri", "guri", "capaz", chimarrão, CTG, rodeio); baianos of Salvador, the Recôncavo, Feira de Santana and
Vitória da Conquista ("ôxe", "meu rei", "véi", "mainha", "painho", "colé", "barril dobrado"); pernambucanos of Recife,
Olinda, Caruaru, Garanhuns and Petrolina ("visse", "oxente", "arretado", "mah", frevo, the Galo da Madrugada);
paulistanos of the Zona Leste, the Paulista, the Liberdade, the Brás and the ABC, and interioranos of Campinas and
Piracicaba ("mano", "meu", "firmeza", "ô loco", "tá ligado"); capixabas of Vitória, Vila Velha, Serra, Guarapari and
Pomeranian Domingos Martins (moqueca, the Terceira Ponte, "pocou"); cuiabanos and sul-mato-grossenses of Cuiabá,
Sinop, Rondonópolis, Campo Grande, Corumbá, Dourados and Ponta Porã ("tchá por deus", "pai do céu", "cumpadi",
tereré, the Pantanal); brasilienses of the Plano Piloto, Taguatinga, Ceilândia and Sobradinho ("véi", the Eixão, the
Esplanada, the Itamaraty); potiguares of Natal, Pipa, Mossoró and Caicó ("oxe", "massa", "vixe", buggies).

Situations: a car repair shop, a pharmacy counter, a bakery at dawn, a live streamer reading the chat, a student house
(república) and a bus station. Learners and migrants in clipped sentences: Uruguayan, Bolivian, Paraguayan,
Argentine, Haitian, Senegalese, Venezuelan, Chinese, Korean, Japanese-Brazilian, German, Italian, French, American,
English, Angolan, Nigerian, Congolese, Syrian, Lebanese, Afghan, Ukrainian, Russian, Filipino, Indian, Bengali,
Peruvian, Colombian, Cuban, Mexican, Chilean, Guyanese, Iranian, Turkish, Egyptian, Moroccan, Tunisian, Ethiopian,
Kenyan, Cameroonian, Polish, Dutch, Swedish, Portuguese, Cape Verdean, Mozambican, Timorese, Vietnamese, Thai,
Pakistani and South African speakers. Code-switching: streamer and office English, border Spanish, one German and one
French line.

Out-of-domain: weather, music (chamamé, axé, frevo, rasqueado, Capital Inicial), smart-home, timers, lists, prices,
recipes (arroz carreteiro, acarajé, bolo de rolo, moqueca, maria isabel, ginga com tapioca), football, "capital" in
other senses (social, de giro, ganho de capital, pecados capitais, pena capital, Marx, "capital do churrasco", "do
frevo", "do forró", "do sol"), regions with no capital in the data (Pantanal, Pampas, Serra Gaúcha, Recôncavo,
Agreste, Seridó, the ABC, continents, Catalonia, Sicily, Crimea, Kurdistan, Canaries, Fernando de Noronha),
historical states (Rome, Inca, West Germany, the República Rio-Grandense, the Soviet Union, Prussia, Nova França) and
fictional lands (Wakanda, Westeros, Middle-earth, Narnia, Hyrule, Pasárgada, El Dorado, Atlantis, Los Santos, Azeroth).

Yes/no checks expect the place asked about, right or wrong; self-corrections expect the last place named after the
marker; reverse questions CITY:<capital> as languages/pt.json names it; a bare shared name every place in ordinal order.
Launch lines use the invocation name "capitais do mundo".

Sources: LINES below in the round-12 entry format (`family | frame or sentence | expected`; a fill carries its own
preposition and article), one locale (pt-BR), built by build_round(45, "pt", ...) of
tests/Eval/source/round12_hinl_corpus.py.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
gaucho-speech | alexa bah tchê qual é a capital {} | da frança=FR; da alemanha=DE; da itália=IT
gaucho-speech | alexa tomando um chimarrão aqui me diz a capital {} | da espanha=ES; de portugal=PT; da irlanda=IE
gaucho-speech | alexa guri pergunta pra ti qual a capital {} | do reino unido=GB; da bélgica=BE; do luxemburgo=LU
gaucho-speech | alexa aqui na campanha a gurizada quer saber a capital {} | da áustria=AT; da suíça=CH; de liechtenstein=LI
gaucho-speech | alexa bah me esqueci agora qual é a capital {} | da dinamarca=DK; da noruega=NO; da suécia=SE
gaucho-speech | alexa lá de santana do livramento tu sabe a capital {} | do uruguai=UY; da argentina=AR; do paraguai=PY
gaucho-speech | alexa no galpão depois do churrasco perguntaram a capital {} | da finlândia=FI; da islândia=IS; da estônia=EE
gaucho-speech | alexa tri legal me conta a capital {} | da letônia=LV; da lituânia=LT; da polônia=PL
baiano-speech | alexa ôxe qual é a capital {} mesmo | da tchéquia=CZ; da eslováquia=SK; da hungria=HU
baiano-speech | alexa mainha quer saber a capital {} | da romênia=RO; da bulgária=BG; da grécia=GR
baiano-speech | alexa aqui no pelourinho um gringo perguntou a capital {} | da croácia=HR; da sérvia=RS; da eslovênia=SI
baiano-speech | alexa véi me diz aí a capital {} | da bósnia=BA; do montenegro=ME; da albânia=AL
baiano-speech | alexa lá no recôncavo minha tia quer saber a capital {} | de angola=AO; de moçambique=MZ; de cabo verde=CV
baiano-speech | alexa depois do ensaio do olodum me fala a capital {} | da nigéria=NG; de gana=GH; do benin=BJ
baiano-speech | alexa meu rei qual a capital {} | do togo=TG; do senegal=SN; da costa do marfim=CI
baiano-speech | alexa painho tá perguntando a capital {} | da guiné-bissau=GW; de são tomé e príncipe=ST; da guiné equatorial=GQ
pernambucano-speech | alexa visse qual é a capital {} | da macedônia do norte=MK; da moldávia=MD; da ucrânia=UA
pernambucano-speech | alexa oxente e a capital {} é qual | da bielorrússia=BY; da rússia=RU; de andorra=AD
pernambucano-speech | alexa aqui em caruaru a gente quer saber a capital {} | de mônaco=MC; de san marino=SM; de malta=MT
pernambucano-speech | alexa no marco zero um turista perguntou a capital {} | dos países baixos=NL; de chipre=CY; da turquia=TR
pernambucano-speech | alexa arretado me diz a capital {} | do egito=EG; da líbia=LY; da tunísia=TN
pernambucano-speech | alexa lá em olinda no carnaval perguntaram a capital {} | da argélia=DZ; do marrocos=MA; da mauritânia=MR
pernambucano-speech | alexa rapaz tu sabe dizer a capital {} | do mali=ML; do níger=NE; do chade=TD
pernambucano-speech | alexa a gente de boa viagem quer saber a capital {} | do sudão=SD; do sudão do sul=SS; da eritreia=ER
paulistano-speech | alexa mano qual é a capital {} | da etiópia=ET; de djibuti=DJ; da somália=SO
paulistano-speech | alexa meu aqui na paulista um cara perguntou a capital {} | do quênia=KE; de uganda=UG; da tanzânia=TZ
paulistano-speech | alexa tô no metrô lotado me fala a capital {} | de ruanda=RW; do burundi=BI; da república democrática do congo=CD
paulistano-speech | alexa lá na zona leste a molecada quer saber a capital {} | da república do congo=CG; do gabão=GA; de camarões=CM
paulistano-speech | alexa pô me ajuda aí qual a capital {} | da república centro-africana=CF; da nigéria=NG; da libéria=LR
paulistano-speech | alexa aqui em piracicaba ô loco qual a capital {} | da serra leoa=SL; da guiné=GN; da gâmbia=GM
paulistano-speech | alexa no ônibus pro abc lembrei de perguntar a capital {} | do burquina faso=BF; de gana=GH; do senegal=SN
capixaba-speech | alexa aqui de vila velha qual é a capital {} | da zâmbia=ZM; do zimbábue=ZW; do malaui=MW
capixaba-speech | alexa comendo moqueca capixaba me diz a capital {} | da namíbia=NA; de botsuana=BW; do lesoto=LS
capixaba-speech | alexa na praia de camburi perguntaram a capital {} | de madagascar=MG; de maurício=MU; das seicheles=SC
capixaba-speech | alexa lá no convento da penha uma turista quis saber a capital {} | dos comores=KM; da áfrica do sul=ZA; do essuatíni=SZ
cuiabano-speech | alexa tchá por deus qual é a capital {} | do brasil=BR; da bolívia=BO; do peru=PE
cuiabano-speech | alexa aqui de cuiabá no calorão me fala a capital {} | do chile=CL; do equador=EC; da colômbia=CO
cuiabano-speech | alexa cumpadi pergunta aí a capital {} | da venezuela=VE; da guiana=GY; do suriname=SR
cuiabano-speech | alexa lá no pantanal o piloteiro quer saber a capital {} | do méxico=MX; da guatemala=GT; de honduras=HN
cuiabano-speech | alexa em campo grande tomando tereré qual a capital {} | de el salvador=SV; da nicarágua=NI; da costa rica=CR
cuiabano-speech | alexa lá em bonito um guia perguntou a capital {} | do panamá=PA; de cuba=CU; da jamaica=JM
brasiliense-speech | alexa véi qual a capital {} | do haiti=HT; da república dominicana=DO; das bahamas=BS
brasiliense-speech | alexa aqui do plano piloto me diz a capital {} | de barbados=BB; de trinidad e tobago=TT; da granada=GD
brasiliense-speech | alexa lá em taguatinga a galera quer saber a capital {} | de santa lúcia=LC; de são vicente e granadinas=VC; da dominica=DM
brasiliense-speech | alexa no eixão no domingo perguntaram a capital {} | de antígua e barbuda=AG; de são cristóvão e névis=KN; do belize=BZ
brasiliense-speech | alexa trabalho na esplanada e preciso da capital {} | dos estados unidos=US; do canadá=CA; do méxico=MX
brasiliense-speech | alexa lá no itamaraty um diplomata perguntou a capital {} | da china=CN; do japão=JP; da coreia do sul=KR
potiguar-speech | alexa oxe qual é a capital {} | da coreia do norte=KP; da mongólia=MN; de taiwan=TW
potiguar-speech | alexa aqui em natal na ponta negra me diz a capital {} | do vietnã=VN; do laos=LA; do camboja=KH
potiguar-speech | alexa massa me fala a capital {} | da tailândia=TH; do mianmar=MM; da malásia=MY
potiguar-speech | alexa lá em pipa um surfista perguntou a capital {} | de singapura=SG; da indonésia=ID; das filipinas=PH
potiguar-speech | alexa em mossoró a gente quer saber a capital {} | de brunei=BN; de timor-leste=TL; da papua-nova guiné=PG
oficina-talk | alexa enquanto troco o óleo aqui qual a capital {} | da índia=IN; do paquistão=PK; do bangladesh=BD
oficina-talk | alexa o cliente do carro vermelho quer saber a capital {} | do nepal=NP; do butão=BT; do sri lanka=LK
oficina-talk | alexa tô debaixo do carro me fala a capital {} | das maldivas=MV; do afeganistão=AF; do irã=IR
oficina-talk | alexa o mecânico novo apostou comigo a capital {} | do iraque=IQ; da síria=SY; do líbano=LB
farmacia-talk | alexa aqui no balcão da farmácia qual é a capital {} | de israel=IL; da jordânia=JO; da palestina=PS
farmacia-talk | alexa a cliente esperando a receita quer saber a capital {} | da arábia saudita=SA; do iêmen=YE; de omã=OM
farmacia-talk | alexa o farmacêutico perguntou a capital {} | dos emirados árabes unidos=AE; do catar=QA; do kuwait=KW
farmacia-talk | alexa entre um remédio e outro me diz a capital {} | do barein=BH; da armênia=AM; do azerbaijão=AZ
padaria-talk | alexa enquanto sai o pão quentinho qual a capital {} | da geórgia=GE; do cazaquistão=KZ; do uzbequistão=UZ
padaria-talk | alexa o padeiro quer saber a capital {} | do turcomenistão=TM; do tadjiquistão=TJ; do quirguistão=KG
padaria-talk | alexa aqui no balcão do pão de sal me fala a capital {} | da austrália=AU; da nova zelândia=NZ; de fiji=FJ
padaria-talk | alexa a moça do caixa perguntou a capital {} | de samoa=WS; de tonga=TO; de vanuatu=VU
streamer-talk | alexa o chat tá perguntando a capital {} | das ilhas salomão=SB; de quiribati=KI; de tuvalu=TV
streamer-talk | alexa tô ao vivo aqui me diz rapidinho a capital {} | de nauru=NR; de palau=PW; da micronésia=FM
streamer-talk | alexa galera da live quer saber a capital {} | das ilhas marshall=MH; do kosovo=XK; do vaticano=VA
streamer-talk | alexa no mapa do jogo apareceu a capital {} qual é | da groenlândia=GL; de porto rico=PR; de hong kong=HK
republica-talk | alexa o pessoal da república apostou a capital {} | do uruguai=UY; da moldávia=MD; do cazaquistão=KZ
republica-talk | alexa meu colega de quarto quer saber a capital {} | da nova zelândia=NZ; do canadá=CA; da austrália=AU
republica-talk | alexa pra prova de geografia de amanhã qual a capital {} | da indonésia=ID; do egito=EG; da turquia=TR
rodoviaria-talk | alexa aqui na rodoviária esperando o ônibus qual a capital {} | do paraguai=PY; da bolívia=BO; do chile=CL
rodoviaria-talk | alexa o senhor do lado no guichê perguntou a capital {} | da argentina=AR; do peru=PE; da venezuela=VE
subdivision | alexa qual é a capital do estado {} | do acre=BR-AC; de alagoas=BR-AL; do amapá=BR-AP
subdivision | alexa me diz a capital {} por favor | do amazonas=BR-AM; da bahia=BR-BA; do ceará=BR-CE
gaucho-speech | alexa bah e a capital {} qual é | do espírito santo=BR-ES; de goiás=BR-GO; do maranhão=BR-MA
baiano-speech | alexa ôxe me diga a capital {} | de minas gerais=BR-MG; do mato grosso do sul=BR-MS; do mato grosso=BR-MT
republica-talk | alexa no trabalho de geografia caiu a capital {} | do pará=BR-PA; da paraíba=BR-PB; de pernambuco=BR-PE
subdivision | alexa qual a capital lá {} | do piauí=BR-PI; do paraná=BR-PR; do rio grande do norte=BR-RN
potiguar-speech | alexa oxe e qual é a capital {} hein | do rio grande do sul=BR-RS; de rondônia=BR-RO; de roraima=BR-RR
subdivision | alexa qual é a capital do estado {} aqui no brasil | de santa catarina=BR-SC; de sergipe=BR-SE; do tocantins=BR-TO
paulistano-speech | alexa mano a capital {} é o quê | de são paulo=BR-SP; do rio de janeiro=BR-RJ; do distrito federal=BR-DF
subdivision | alexa qual é a capital do estado americano {} | do alabama=US-AL; do alasca=US-AK; do arizona=US-AZ
subdivision | alexa nos estados unidos qual a capital {} | do arkansas=US-AR; da califórnia=US-CA; do colorado=US-CO
code-switch | alexa what's the capital {} em português | of connecticut=US-CT; of delaware=US-DE; of florida=US-FL
subdivision | alexa me fala a capital {} lá nos states | do havaí=US-HI; do idaho=US-ID; do illinois=US-IL
subdivision | alexa qual a capital do estado {} nos eua | de indiana=US-IN; de iowa=US-IA; do kansas=US-KS
streamer-talk | alexa o chat gringo perguntou a capital {} | do kentucky=US-KY; da louisiana=US-LA; do maine=US-ME
subdivision | alexa capital {} qual é | de maryland=US-MD; de massachusetts=US-MA; de michigan=US-MI
subdivision | alexa qual é a capital {} estado americano | de minnesota=US-MN; do mississippi=US-MS; do missouri=US-MO
rodoviaria-talk | alexa minha prima mora nos estados unidos e quer saber a capital {} | de montana=US-MT; de nebraska=US-NE; de nevada=US-NV
subdivision | alexa qual a capital {} lá nos estados unidos | de new hampshire=US-NH; de nova jersey=US-NJ; do novo méxico=US-NM
subdivision | alexa me diz qual é a capital do estado {} | de nova york=US-NY; da carolina do norte=US-NC; da dakota do norte=US-ND
oficina-talk | alexa o dono do mustang perguntou a capital {} | de ohio=US-OH; de oklahoma=US-OK; do oregon=US-OR
subdivision | alexa e a capital {} qual é | da pensilvânia=US-PA; de rhode island=US-RI; da carolina do sul=US-SC
subdivision | alexa qual é a capital do estado americano de {} | dakota do sul=US-SD; tennessee=US-TN; texas=US-TX
farmacia-talk | alexa a cliente que voltou de orlando quer saber a capital {} | de utah=US-UT; de vermont=US-VT; da virgínia=US-VA
subdivision | alexa qual a capital {} nos estados unidos | do estado de washington=US-WA; da virgínia ocidental=US-WV; de wisconsin=US-WI
subdivision | alexa qual é a capital {} o estado americano | do wyoming=US-WY; da geórgia=US-GA; do tennessee=US-TN
subdivision | alexa qual é a capital da província canadense {} | de alberta=CA-AB; da colúmbia britânica=CA-BC; de manitoba=CA-MB
subdivision | alexa no canadá qual a capital {} | de new brunswick=CA-NB; da terra nova e labrador=CA-NL; da nova escócia=CA-NS
subdivision | alexa me diz a capital {} no canadá | dos territórios do noroeste=CA-NT; de nunavut=CA-NU; de ontário=CA-ON
capixaba-speech | alexa meu filho fez intercâmbio no canadá e quer saber a capital {} | da ilha do príncipe eduardo=CA-PE; do quebec=CA-QC; de saskatchewan=CA-SK
subdivision | alexa qual é a capital {} lá no canadá | do yukon=CA-YT; da província de quebec=CA-QC; da província de ontário=CA-ON
subdivision | alexa qual a capital do estado australiano {} | de nova gales do sul=AU-NSW; de queensland=AU-QLD; da austrália do sul=AU-SA
subdivision | alexa na austrália qual é a capital {} | da tasmânia=AU-TAS; de victoria=AU-VIC; da austrália ocidental=AU-WA
subdivision | alexa me fala a capital {} na austrália | do território do norte=AU-NT; do território da capital australiana=AU-ACT; do estado de victoria=AU-VIC
subdivision | alexa qual é a capital do estado alemão {} | de baden-württemberg=DE-BW; da baviera=DE-BY; de berlim=DE-BE
gaucho-speech | alexa o vô era alemão e queria saber a capital {} | de brandemburgo=DE-BB; de bremen=DE-HB; de hamburgo=DE-HH
subdivision | alexa na alemanha qual a capital {} | de hesse=DE-HE; da baixa saxônia=DE-NI; de mecklemburgo-pomerânia ocidental=DE-MV
subdivision | alexa me diz a capital {} lá na alemanha | da renânia do norte-vestfália=DE-NW; da renânia-palatinado=DE-RP; do sarre=DE-SL
subdivision | alexa qual é a capital {} estado da alemanha | da saxônia=DE-SN; da saxônia-anhalt=DE-ST; de schleswig-holstein=DE-SH
subdivision | alexa e a capital {} na alemanha | da turíngia=DE-TH; do estado da baviera=DE-BY; da bavária=DE-BY
subdivision | alexa qual a capital do estado indiano {} | de andhra pradesh=IN-AP; de arunachal pradesh=IN-AR; de assam=IN-AS
subdivision | alexa na índia qual é a capital {} | de bihar=IN-BR; de chhattisgarh=IN-CG; de goa=IN-GA
subdivision | alexa me fala a capital {} na índia | do gujarat=IN-GJ; de haryana=IN-HR; do himachal pradesh=IN-HP
streamer-talk | alexa um viewer da índia perguntou a capital {} | de jharkhand=IN-JH; de karnataka=IN-KA; de kerala=IN-KL
subdivision | alexa qual a capital {} estado da índia | de madhya pradesh=IN-MP; de maharashtra=IN-MH; de manipur=IN-MN
subdivision | alexa qual é a capital do estado {} na índia | de meghalaya=IN-ML; de mizoram=IN-MZ; de nagaland=IN-NL
subdivision | alexa e a capital {} na índia qual é | de odisha=IN-OD; do punjab indiano=IN-PB; do rajastão=IN-RJ
subdivision | alexa me diz a capital do estado indiano {} | de sikkim=IN-SK; de tamil nadu=IN-TN; de telangana=IN-TS
subdivision | alexa qual é a capital {} lá na índia | de tripura=IN-TR; de uttar pradesh=IN-UP; de bengala ocidental=IN-WB
subdivision | alexa qual a capital do território indiano {} | das ilhas andamão e nicobar=IN-AN; de chandigarh=IN-CH; de ladakh=IN-LA
subdivision | alexa e a capital {} na índia | de dadrá e nagar aveli e damão e diu=IN-DH; de delhi=IN-DL; de lakshadweep=IN-LD
subdivision | alexa qual a capital do estado mexicano {} | de aguascalientes=MX-AGU; da baixa califórnia=MX-BCN; da baixa califórnia do sul=MX-BCS
subdivision | alexa no méxico qual é a capital {} | de campeche=MX-CAM; de chiapas=MX-CHP; de chihuahua=MX-CHH
subdivision | alexa me fala a capital {} no méxico | de coahuila=MX-COA; de colima=MX-COL; de durango=MX-DUR
padaria-talk | alexa o cliente mexicano da padaria quer saber a capital {} | de guanajuato=MX-GUA; de guerrero=MX-GRO; de hidalgo=MX-HID
subdivision | alexa qual é a capital {} estado do méxico | de jalisco=MX-JAL; de michoacán=MX-MIC; de morelos=MX-MOR
subdivision | alexa qual a capital {} lá no méxico | de nayarit=MX-NAY; de nuevo león=MX-NLE; de oaxaca=MX-OAX
subdivision | alexa e a capital {} no méxico | de puebla=MX-PUE; de querétaro=MX-QUE; de quintana roo=MX-ROO
subdivision | alexa me diz a capital do estado mexicano {} | de san luis potosí=MX-SLP; de sinaloa=MX-SIN; de sonora=MX-SON
subdivision | alexa qual é a capital do estado {} no méxico | de tabasco=MX-TAB; de tamaulipas=MX-TAM; de tlaxcala=MX-TLA
subdivision | alexa qual é a capital {} méxico | de veracruz=MX-VER; de yucatán=MX-YUC; de zacatecas=MX-ZAC
subdivision | alexa qual a capital {} no reino unido | da escócia=GB-SCT; do país de gales=GB-WLS; da irlanda do norte=GB-NIR
subdivision | alexa qual é a capital da inglaterra | GB-ENG
subdivision | alexa qual a capital do estado do méxico aquele que fica em volta da cidade do méxico | MX-MEX
subdivision | alexa a cidade do méxico tem capital | MX-CMX
subdivision | alexa qual é a capital de washington dc | US-DC
subdivision | alexa qual a capital do jammu e caxemira | IN-JK
subdivision | alexa qual é a capital de puducherry | IN-PY
subdivision | alexa qual a capital do uttarakhand | IN-UK
subdivision | alexa qual a capital de uttaranchal | IN-UK
subdivision | alexa qual é a capital de pondicherry na índia | IN-PY
subdivision | alexa qual é a capital de orissa | IN-OD
subdivision | alexa qual a capital de sergipe aquele estado pequeninho | BR-SE
subdivision | alexa capital do tocantins é qual | BR-TO
subdivision | alexa qual a capital de mato grosso | BR-MT
subdivision | alexa qual a capital de rondônia hein | BR-RO
subdivision | alexa qual a capital de roraima que eu sempre esqueço | BR-RR
subdivision | alexa qual é a capital do amapá mesmo | BR-AP
subdivision | alexa capital do espírito santo é vitória ou vila velha | BR-ES
subdivision | alexa qual é a capital do piauí aquela que é quente demais | BR-PI
subdivision | alexa qual a capital do estado da califórnia | US-CA
subdivision | alexa qual é a capital da flórida não é miami né | US-FL
subdivision | alexa qual a capital de nova iorque | US-NY
subdivision | alexa qual é a capital de illinois não é chicago | US-IL
subdivision | alexa qual a capital de pensilvânia | US-PA
subdivision | alexa qual a capital do estado de nevada onde fica las vegas | US-NV
subdivision | alexa capital de luisiana | US-LA
subdivision | alexa qual é a capital do estado de kentucky | US-KY
subdivision | alexa qual é a capital da columbia britânica | CA-BC
subdivision | alexa qual a capital de terra nova | CA-NL
subdivision | alexa qual é a capital de queensland na austrália | AU-QLD
subdivision | alexa qual a capital de nova gales do sul onde fica sydney | AU-NSW
subdivision | alexa qual é a capital do estado de hamburgo | DE-HH
subdivision | alexa qual a capital da renânia | DE-NW
subdivision | alexa qual é a capital de kerala | IN-KL
subdivision | alexa qual a capital de tamil nadu | IN-TN
subdivision | alexa qual a capital de jalisco onde tem mariachi | MX-JAL
subdivision | alexa qual é a capital de iucatã | MX-YUC
subdivision | alexa qual é a capital do estado de guerrero onde fica acapulco | MX-GRO
subdivision | alexa qual é a capital da escócia terra do uísque | GB-SCT
subdivision | alexa qual é a capital de gales | GB-WLS
territory | alexa qual é a capital da groenlândia | GL
territory | alexa qual é a capital das ilhas faroé | FO
territory | alexa qual a capital das ilhas aland | AX
territory | alexa qual é a capital de svalbard | SJ
territory | alexa qual a capital da ilha de man | IM
territory | alexa qual é a capital de jersey | JE
territory | alexa qual a capital de guernsey | GG
territory | alexa qual é a capital de gibraltar | GI
territory | alexa qual a capital das bermudas | BM
territory | alexa qual é a capital das ilhas cayman | KY
territory | alexa qual a capital das ilhas turcas e caicos | TC
territory | alexa qual é a capital de anguila | AI
territory | alexa qual a capital de montserrat | MS
territory | alexa qual é a capital das ilhas virgens britânicas | VG
territory | alexa qual a capital das ilhas virgens americanas | VI
territory | alexa qual é a capital de porto rico | PR
territory | alexa qual a capital de aruba | AW
territory | alexa qual é a capital de curaçao | CW
territory | alexa qual a capital de sint maarten | SX
territory | alexa qual é a capital de bonaire | BQ
territory | alexa qual a capital de são martinho a parte francesa | MF
territory | alexa qual é a capital de são bartolomeu | BL
territory | alexa qual a capital de guadalupe no caribe | GP
territory | alexa qual é a capital da martinica | MQ
territory | alexa qual a capital da guiana francesa | GF
territory | alexa qual é a capital de são pedro e miquelão | PM
territory | alexa qual a capital da ilha da reunião | RE
territory | alexa qual é a capital de mayotte | YT
territory | alexa qual a capital da nova caledônia | NC
territory | alexa qual é a capital da polinésia francesa | PF
territory | alexa qual é a capital do taiti | PF
territory | alexa qual a capital de wallis e futuna | WF
territory | alexa qual é a capital dos territórios franceses do sul | TF
territory | alexa qual a capital das ilhas malvinas | FK
territory | alexa qual é a capital das falklands | FK
territory | alexa qual a capital da geórgia do sul | GS
territory | alexa qual é a capital de santa helena | SH
territory | alexa qual a capital das ilhas pitcairn | PN
territory | alexa qual é a capital do território britânico do oceano índico | IO
territory | alexa qual a capital de diego garcia | IO
territory | alexa qual é a capital de guam | GU
territory | alexa qual a capital das ilhas marianas do norte | MP
territory | alexa qual é a capital da samoa americana | AS
territory | alexa qual a capital das ilhas cook | CK
territory | alexa qual é a capital de niue | NU
territory | alexa qual a capital de tokelau | TK
territory | alexa qual é a capital da ilha norfolk | NF
territory | alexa qual a capital da ilha christmas | CX
territory | alexa qual é a capital das ilhas cocos | CC
territory | alexa qual a capital do saara ocidental | EH
territory | alexa qual é a capital de macau | MO
territory | alexa hong kong tem capital | HK
territory | alexa a antártida tem capital | AQ
territory | alexa qual é a capital da ilha bouvet | BV
territory | alexa as ilhas heard e mcdonald têm capital | HM
territory | alexa qual a capital das ilhas menores distantes dos estados unidos | UM
territory | alexa qual é a capital do vaticano | VA
territory | alexa qual a capital da cidade do vaticano | VA
territory | alexa qual é a capital da palestina | PS
territory | alexa qual a capital de kosovo | XK
territory | alexa qual é a capital de taiwan | TW
plural-capitals | alexa quais são as capitais da bolívia | BO
plural-capitals | alexa a bolívia tem duas capitais quais são | BO
plural-capitals | alexa me fala as duas capitais da bolívia sucre e qual mais | BO
plural-capitals | alexa quais as capitais do benin | BJ
plural-capitals | alexa o benin tem mais de uma capital quais são elas | BJ
plural-capitals | alexa me diz as capitais do benim | BJ
plural-capitals | alexa quais são as capitais da costa do marfim | CI
plural-capitals | alexa a costa do marfim tem duas capitais né quais | CI
plural-capitals | alexa as capitais da costa do marfim quais são | CI
plural-capitals | alexa quais são as capitais do sri lanka | LK
plural-capitals | alexa o sri lanka tem duas capitais me fala elas | LK
plural-capitals | alexa quais as duas capitais do sri lanka | LK
plural-capitals | alexa quais são as capitais da malásia | MY
plural-capitals | alexa a malásia tem duas capitais quais são | MY
plural-capitals | alexa me diz as capitais da malásia kuala lumpur e a outra | MY
plural-capitals | alexa quais são as capitais da holanda | NL
plural-capitals | alexa os países baixos têm duas capitais quais são | NL
plural-capitals | alexa me fala as capitais dos países baixos | NL
plural-capitals | alexa quais são as capitais de essuatíni | SZ
plural-capitals | alexa a suazilândia tem duas capitais quais | SZ
plural-capitals | alexa me diz as capitais do eswatini | SZ
plural-capitals | alexa quais são as três capitais da áfrica do sul | ZA
plural-capitals | alexa a áfrica do sul tem três capitais me fala todas | ZA
plural-capitals | alexa quais as capitais da áfrica do sul | ZA
plural-capitals | alexa quais são as capitais da palestina | PS
plural-capitals | alexa a palestina tem duas capitais quais são | PS
plural-capitals | alexa me fala as capitais da palestina | PS
plural-capitals | alexa quais são as capitais de montserrat | MS
plural-capitals | alexa montserrat tem duas capitais quais são | MS
plural-capitals | alexa me diz as capitais de montserrat a antiga e a nova | MS
plural-capitals | alexa quais são as capitais de jammu e caxemira | IN-JK
plural-capitals | alexa jammu e caxemira tem duas capitais quais são | IN-JK
plural-capitals | alexa me fala as capitais da caxemira indiana | IN-JK
plural-capitals | alexa quais são as capitais do uttarakhand | IN-UK
plural-capitals | alexa o uttarakhand tem duas capitais quais | IN-UK
plural-capitals | alexa me diz as capitais de uttarakhand a de verão e a de inverno | IN-UK
plural-capitals | alexa quais as capitais da bolívia e do benin | BJ+BO
plural-capitals | alexa me fala as capitais da malásia e do sri lanka | LK+MY
plural-capitals | alexa quais países têm mais de uma capital | FB
plural-capitals | alexa bah quais são as capitais da bolívia tchê | BO
plural-capitals | alexa ôxe a áfrica do sul tem quantas capitais e quais são | ZA
plural-capitals | alexa visse quais são as capitais da holanda | NL
shared-name | alexa qual é a capital do congo | CD+CG
shared-name | alexa quais são as capitais dos dois congos | CD+CG
shared-name | alexa qual a capital da coreia | KP+KR
shared-name | alexa quais são as capitais das duas coreias | KP+KR
shared-name | alexa qual a capital das coreias | KP+KR
shared-name | alexa qual é a capital da geórgia | GE+US-GA
shared-name | alexa capital da geórgia | GE+US-GA
shared-name | alexa qual é a capital das ilhas virgens | VG+VI
shared-name | alexa me fala a capital das ilhas virgens | VG+VI
shared-name | alexa qual a capital da dominica e da república dominicana | DM+DO
shared-name | alexa me diz a capital do congo por favor | CD+CG
shared-name | alexa e as capitais das coreias do norte e do sul | KP+KR
shared-name | alexa oxente qual a capital da coreia | KP+KR
shared-name | alexa véi qual é a capital do congo | CD+CG
shared-name | alexa qual a capital da geórgia hein | GE+US-GA
shared-name | alexa capitais dos congos | CD+CG
official-name | alexa qual é a capital da república federativa do brasil | BR
official-name | alexa qual a capital da república francesa | FR
official-name | alexa qual é a capital da república federal da alemanha | DE
official-name | alexa qual a capital da república italiana | IT
official-name | alexa qual é a capital do reino da espanha | ES
official-name | alexa qual a capital da república portuguesa | PT
official-name | alexa qual é a capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | alexa qual a capital dos estados unidos da américa | US
official-name | alexa qual é a capital dos estados unidos mexicanos | MX
official-name | alexa qual a capital da república argentina | AR
official-name | alexa qual é a capital da república oriental do uruguai | UY
official-name | alexa qual a capital da república do paraguai | PY
official-name | alexa qual é a capital do estado plurinacional da bolívia | BO
official-name | alexa qual a capital da república bolivariana da venezuela | VE
official-name | alexa qual é a capital da federação russa | RU
official-name | alexa qual a capital da república popular da china | CN
official-name | alexa qual é a capital da república da coreia | KR
official-name | alexa qual a capital da república popular democrática da coreia | KP
official-name | alexa qual é a capital da república islâmica do irã | IR
official-name | alexa qual a capital do reino da arábia saudita | SA
official-name | alexa qual é a capital da república árabe do egito | EG
official-name | alexa qual a capital da república federal da nigéria | NG
official-name | alexa qual é a capital da república de angola | AO
official-name | alexa qual a capital da república de moçambique | MZ
official-name | alexa qual é a capital da república de cabo verde | CV
official-name | alexa qual a capital da república democrática de timor-leste | TL
official-name | alexa qual é a capital do reino dos países baixos | NL
official-name | alexa qual a capital do reino da bélgica | BE
official-name | alexa qual é a capital da confederação suíça | CH
official-name | alexa qual a capital do grão-ducado do luxemburgo | LU
official-name | alexa qual é a capital do principado de mônaco | MC
official-name | alexa qual a capital da república helênica | GR
official-name | alexa qual é a capital da república da turquia | TR
official-name | alexa qual a capital da república da índia | IN
official-name | alexa qual é a capital da república islâmica do paquistão | PK
official-name | alexa qual a capital da república socialista do vietnã | VN
official-name | alexa qual é a capital do reino da tailândia | TH
official-name | alexa qual a capital da república de cuba | CU
official-name | alexa qual é a capital da república da áfrica do sul | ZA
official-name | alexa qual a capital do reino do marrocos | MA
official-name | alexa qual é a capital da república da china em taiwan | TW
official-name | alexa qual a capital da república do kosovo | XK
official-name | alexa qual é a capital do estado da palestina | PS
official-name | alexa qual a capital da comunidade da austrália | AU
everyday-name | alexa qual é a capital da holanda | NL
everyday-name | alexa qual a capital da inglaterra o país todo | GB
everyday-name | alexa qual é a capital dos eua | US
everyday-name | alexa qual a capital da gringa | US
everyday-name | alexa qual é a capital da terra dos hermanos | AR
everyday-name | alexa qual a capital da terrinha | PT
everyday-name | alexa qual é a capital da república tcheca | CZ
everyday-name | alexa qual a capital da birmânia | MM
everyday-name | alexa qual é a capital da pérsia hoje | IR
everyday-name | alexa qual a capital do ceilão | LK
everyday-name | alexa qual é a capital da suazilândia | SZ
everyday-name | alexa qual a capital do zaire | CD
everyday-name | alexa qual é a capital do sião | TH
everyday-name | alexa qual a capital da abissínia | ET
everyday-name | alexa qual é a capital do alto volta | BF
everyday-name | alexa qual a capital do daomé | BJ
everyday-name | alexa qual é a capital da bielorrússia ou belarus | BY
everyday-name | alexa qual a capital de belarus | BY
everyday-name | alexa qual é a capital da macedônia | MK
everyday-name | alexa qual a capital do timor | TL
everyday-name | alexa qual é a capital dos emirados | AE
everyday-name | alexa qual a capital de dubai o país | AE
everyday-name | alexa qual é a capital da rússia a terra do putin | RU
everyday-name | alexa qual a capital da terra do sol nascente | JP
everyday-name | alexa qual é a capital da terra da rainha | GB
everyday-name | alexa qual a capital da bota o país da itália | IT
everyday-name | alexa qual é a capital de sampa o estado | BR-SP
everyday-name | alexa qual a capital do rio grande o estado gaúcho | BR-RS
everyday-name | alexa qual é a capital da terra do pequi | BR-GO
everyday-name | alexa qual é a capital da república dominicana a dominicana | DO
everyday-name | alexa qual a capital da costa do marfim a ivory coast | CI
everyday-name | alexa qual é a capital de burma | MM
everyday-name | alexa qual a capital de myanmar | MM
everyday-name | alexa qual é a capital de cabo verde as ilhas | CV
everyday-name | alexa qual a capital da turquia ou türkiye | TR
everyday-name | alexa qual é a capital da rodésia do sul hoje zimbábue | ZW
everyday-name | alexa qual a capital de formosa a ilha | TW
reverse-question | alexa de que país ottawa é capital | CITY:Ottawa
reverse-question | alexa canberra é capital de onde | CITY:Canberra
reverse-question | alexa de qual país a capital é nairóbi | CITY:Nairóbi
reverse-question | alexa ulan bator é capital de qual país | CITY:Ulan Bator
reverse-question | alexa tbilisi é capital de onde mesmo | CITY:Tbilisi
reverse-question | alexa de que lugar porto alegre é capital | CITY:Porto Alegre
reverse-question | alexa salvador é capital de qual estado | CITY:Salvador
reverse-question | alexa recife é capital de que estado | CITY:Recife
reverse-question | alexa cuiabá é a capital de qual estado | CITY:Cuiabá
reverse-question | alexa vitória é capital de onde | CITY:Vitória
reverse-question | alexa natal é capital de qual estado | CITY:Natal
reverse-question | alexa campo grande é capital de que estado | CITY:Campo Grande
reverse-question | alexa de onde é a capital montevidéu | CITY:Montevidéu
reverse-question | alexa assunção é capital de qual país | CITY:Assunção
reverse-question | alexa bishkek é capital de onde | CITY:Bishkek
reverse-question | alexa a cidade de windhoek é capital de qual país | CITY:Windhoek
reverse-question | alexa de que país é a capital reykjavík | CITY:Reykjavík
reverse-question | alexa sacramento é capital de qual estado americano | CITY:Sacramento
reverse-question | alexa springfield é capital de onde | CITY:Springfield
reverse-question | alexa de qual estado alemão munique é a capital | CITY:Munique
reverse-question | alexa victoria é capital de onde | CITY:Victoria
reverse-question | alexa saint john's é capital do quê | CITY:Saint John's
reverse-question | alexa de que país a capital é la paz | CITY:La Paz
reverse-question | alexa bah palmas é capital de onde tchê | CITY:Palmas
reverse-question | alexa ôxe aracaju é capital de qual estado | CITY:Aracaju
reverse-question | alexa o chat quer saber kigali é capital de qual país | CITY:Kigali
reverse-question | alexa teresina é capital de onde | CITY:Teresina
reverse-question | alexa de qual país liubliana é capital | CITY:Liubliana
yes-no-check | alexa a capital da austrália é sydney | AU
yes-no-check | alexa é verdade que a capital do canadá é toronto | CA
yes-no-check | alexa a capital da turquia é istambul né | TR
yes-no-check | alexa a capital do rio grande do sul é porto alegre certo | BR-RS
yes-no-check | alexa a capital da bahia é salvador ou feira de santana | BR-BA
yes-no-check | alexa confirma pra mim a capital de pernambuco é recife | BR-PE
yes-no-check | alexa a capital do mato grosso é cuiabá ou campo grande | BR-MT
yes-no-check | alexa a capital do mato grosso do sul é campo grande né | BR-MS
yes-no-check | alexa a capital do espírito santo é vitória mesmo | BR-ES
yes-no-check | alexa a capital do rio grande do norte é natal ou mossoró | BR-RN
yes-no-check | alexa a capital da suíça é zurique né | CH
yes-no-check | alexa é genebra a capital da suíça | CH
yes-no-check | alexa a capital do marrocos é casablanca | MA
yes-no-check | alexa a capital da nigéria ainda é lagos | NG
yes-no-check | alexa a capital da nova zelândia é auckland ou wellington | NZ
yes-no-check | alexa a capital do vietnã é ho chi minh | VN
yes-no-check | alexa é verdade que a capital da tanzânia não é mais dar es salaam | TZ
yes-no-check | alexa a capital do paquistão é karachi certo | PK
yes-no-check | alexa a capital dos estados unidos é nova york né | US
yes-no-check | alexa a capital da califórnia é los angeles | US-CA
yes-no-check | alexa a capital de nova york é a própria nova york | US-NY
yes-no-check | alexa a capital do equador é guayaquil | EC
yes-no-check | alexa a capital da colômbia é medellín ou bogotá | CO
yes-no-check | alexa bah a capital do uruguai é montevidéu né tchê | UY
yes-no-check | alexa visse a capital da paraíba é joão pessoa ou campina grande | BR-PB
yes-no-check | alexa o mecânico disse que a capital da índia é mumbai tá certo | IN
yes-no-check | alexa a capital do quebec é montreal | CA-QC
self-correction | alexa qual a capital do paraguai não pera do uruguai | UY
self-correction | alexa qual é a capital da áustria digo da austrália | AU
self-correction | alexa qual a capital da eslováquia quer dizer eslovênia | SI
self-correction | alexa capital do níger não da nigéria | NG
self-correction | alexa qual é a capital da gâmbia ops da zâmbia | ZM
self-correction | alexa qual a capital do irã não do iraque | IQ
self-correction | alexa qual é a capital da guiné equatorial não só da guiné | GN
self-correction | alexa qual a capital de mato grosso não do sul mato grosso do sul | BR-MS
self-correction | alexa qual é a capital do rio grande do norte não do sul | BR-RS
self-correction | alexa qual a capital da suécia não espera da suíça | CH
self-correction | alexa qual é a capital da mauritânia não maurício | MU
self-correction | alexa qual a capital da dominica digo da república dominicana | DO
self-correction | alexa qual é a capital da letônia opa lituânia | LT
self-correction | alexa qual a capital do sudão perdão do sudão do sul | SS
self-correction | alexa qual é a capital da guiana francesa não a guiana mesmo | GY
self-correction | alexa bah qual a capital da colômbia não tchê da venezuela | VE
self-correction | alexa ôxe qual a capital de sergipe não de alagoas | BR-AL
self-correction | alexa qual é a capital da virgínia ocidental não só virgínia | US-VA
self-correction | alexa qual a capital da carolina do sul errei da carolina do norte | US-NC
self-correction | alexa me diz a capital da nova escócia quer dizer da escócia | GB-SCT
self-correction | alexa qual é a capital de camarões não do camboja | KH
self-correction | alexa qual a capital do chipre ah não de creta não de chipre mesmo | CY
follow-up | alexa e a do chile | CL
follow-up | alexa e do uruguai | UY
follow-up | alexa e a da bahia | BR-BA
follow-up | alexa e pernambuco | BR-PE
follow-up | alexa e a capital do japão | JP
follow-up | alexa e o mato grosso | BR-MT
follow-up | alexa e a da escócia | GB-SCT
follow-up | alexa e do texas | US-TX
follow-up | alexa e agora a do quênia | KE
follow-up | alexa e a da suécia | SE
follow-up | alexa e da tailândia | TH
follow-up | alexa e o espírito santo | BR-ES
follow-up | alexa beleza e a da nova zelândia | NZ
follow-up | alexa tá e a do irã | IR
follow-up | alexa bah e a do paraguai | PY
follow-up | alexa ôxe e a de sergipe | BR-SE
follow-up | alexa e a da índia | IN
follow-up | alexa e o rio grande do norte | BR-RN
follow-up | alexa e agora a da baviera | DE-BY
follow-up | alexa e da mongólia | MN
follow-up | alexa show e a do canadá | CA
follow-up | alexa e a do marrocos hein | MA
follow-up | alexa valeu e a da polônia | PL
follow-up | alexa e a da coreia do sul | KR
follow-up | alexa e a do vietnã | VN
follow-up | alexa e do piauí | BR-PI
follow-up | alexa e a de goiás | BR-GO
follow-up | alexa e do egito | EG
help | alexa ajuda | HELP
help | alexa me ajuda aqui | HELP
help | alexa como é que funciona isso | HELP
help | alexa o que eu posso te perguntar | HELP
help | alexa como eu uso esse jogo das capitais | HELP
help | alexa bah não entendi como funciona tchê | HELP
help | alexa ôxe como é que faz aqui | HELP
help | alexa visse me explica como funciona | HELP
help | alexa mano como que usa isso | HELP
help | alexa o que é que tu sabe fazer | HELP
help | alexa quais perguntas eu posso fazer | HELP
help | alexa me dá umas instruções | HELP
help | alexa tô perdido me ajuda | HELP
help | alexa socorro como pergunto uma capital | HELP
help | alexa explica pra vovó como funciona | HELP
help | alexa o que eu falo agora | HELP
help | alexa me dá um exemplo de pergunta | HELP
help | alexa preciso de ajuda com as capitais | HELP
help | alexa como é que eu pergunto a capital de um país | HELP
help | alexa quais comandos tem | HELP
help | alexa ajuda aí véi | HELP
help | alexa me orienta aqui que eu não sei usar | HELP
help | alexa o chat quer saber como funciona a skill | HELP
help | alexa tu pode me explicar o que essa skill faz | HELP
help | alexa me ajuda por gentileza | HELP
help | alexa como é que joga isso cumpadi | HELP
help | alexa e agora o que eu faço | HELP
help | alexa não sei o que perguntar me ajuda | HELP
stop | alexa para | STOP
stop | alexa pare | STOP
stop | alexa chega por hoje | STOP
stop | alexa bah chega tchê | STOP
stop | alexa ôxe para com isso | STOP
stop | alexa fica quieta que o cliente chegou | STOP
stop | alexa desliga aí | STOP
stop | alexa sair | STOP
stop | alexa sai daqui | STOP
stop | alexa encerra o jogo | STOP
stop | alexa fecha a skill | STOP
stop | alexa pode parar | STOP
stop | alexa já deu | STOP
stop | alexa silêncio que o bebê tá dormindo | STOP
stop | alexa cala a boca véi | STOP
stop | alexa para que eu tô ao vivo | STOP
stop | alexa fecha capitais do mundo | STOP
stop | alexa tchau | STOP
stop | alexa sai do capitais do mundo | STOP
stop | alexa para tudo | STOP
stop | alexa fica calada um pouco | STOP
stop | alexa termina | STOP
stop | alexa encerrar | STOP
stop | alexa chega de capital | STOP
stop | alexa pode fechar obrigado | STOP
stop | alexa stop | STOP
cancel | alexa cancela | CANCEL
cancel | alexa cancelar | CANCEL
cancel | alexa esquece | CANCEL
cancel | alexa deixa pra lá | CANCEL
cancel | alexa deixa quieto | CANCEL
cancel | alexa esquece isso | CANCEL
cancel | alexa bah esquece tchê | CANCEL
cancel | alexa ôxe deixa pra lá | CANCEL
cancel | alexa não precisa mais | CANCEL
cancel | alexa esquece o que eu falei | CANCEL
cancel | alexa cancela a pergunta | CANCEL
cancel | alexa desconsidera | CANCEL
cancel | alexa deixa isso pra lá mano | CANCEL
cancel | alexa cancela isso aí | CANCEL
cancel | alexa não quero mais saber | CANCEL
cancel | alexa esquece a última pergunta | CANCEL
cancel | alexa deixa pra outra hora | CANCEL
cancel | alexa nada não esquece | CANCEL
cancel | alexa não era isso cancela | CANCEL
cancel | alexa deixa quieto véi | CANCEL
cancel | alexa esquece cumpadi | CANCEL
cancel | alexa cancela por favor | CANCEL
cancel | alexa ignora essa | CANCEL
cancel | alexa nem liga esquece | CANCEL
cancel | alexa cancel | CANCEL
launch | alexa abre capitais do mundo | LAUNCH
launch | alexa abrir capitais do mundo | LAUNCH
launch | alexa abre o capitais do mundo | LAUNCH
launch | alexa abre a skill capitais do mundo | LAUNCH
launch | alexa iniciar capitais do mundo | LAUNCH
launch | alexa inicia o capitais do mundo | LAUNCH
launch | alexa começar capitais do mundo | LAUNCH
launch | alexa jogar capitais do mundo | LAUNCH
launch | alexa quero jogar capitais do mundo | LAUNCH
launch | alexa bah abre capitais do mundo tchê | LAUNCH
launch | alexa ôxe abre aí capitais do mundo | LAUNCH
launch | alexa por favor abre capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo pra mim | LAUNCH
launch | alexa vamos jogar capitais do mundo | LAUNCH
launch | alexa ativa capitais do mundo | LAUNCH
launch | alexa executar capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo pra galera da live | LAUNCH
launch | alexa liga o capitais do mundo | LAUNCH
launch | alexa abre o jogo capitais do mundo | LAUNCH
launch | alexa capitais do mundo | LAUNCH
launch | alexa pode abrir capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo que a vó quer jogar | LAUNCH
launch | alexa iniciar a skill capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo véi | LAUNCH
launch | alexa abre aquela skill capitais do mundo | LAUNCH
out-of-domain | alexa como tá o tempo em porto alegre | FB
out-of-domain | alexa vai chover amanhã em salvador | FB
out-of-domain | alexa qual a temperatura em cuiabá agora | FB
out-of-domain | alexa toca um chamamé | FB
out-of-domain | alexa toca axé | FB
out-of-domain | alexa toca frevo | FB
out-of-domain | alexa toca uma música do capital inicial | FB
out-of-domain | alexa toca rasqueado cuiabano | FB
out-of-domain | alexa põe uma música gaúcha | FB
out-of-domain | alexa liga a luz da sala | FB
out-of-domain | alexa desliga o ventilador | FB
out-of-domain | alexa aumenta o volume | FB
out-of-domain | alexa diminui o som | FB
out-of-domain | alexa coloca um timer de dez minutos pro pão | FB
out-of-domain | alexa me acorda às cinco da manhã | FB
out-of-domain | alexa lembra de comprar fermento | FB
out-of-domain | alexa adiciona pó de café na lista de compras | FB
out-of-domain | alexa quanto tá o dólar hoje | FB
out-of-domain | alexa quanto custa um pneu aro quatorze | FB
out-of-domain | alexa qual o preço da gasolina | FB
out-of-domain | alexa como faz um arroz carreteiro | FB
out-of-domain | alexa receita de acarajé | FB
out-of-domain | alexa como faz bolo de rolo | FB
out-of-domain | alexa receita de moqueca capixaba | FB
out-of-domain | alexa como faz maria isabel | FB
out-of-domain | alexa receita de ginga com tapioca | FB
out-of-domain | alexa quem ganhou o grenal | FB
out-of-domain | alexa que horas é o jogo do bahia | FB
out-of-domain | alexa qual o placar do sport | FB
out-of-domain | alexa conta uma piada | FB
out-of-domain | alexa quem é você | FB
out-of-domain | alexa qual o sentido da vida | FB
out-of-domain | alexa que dia é hoje | FB
out-of-domain | alexa que horas são | FB
out-of-domain | alexa quanto é sete vezes oito | FB
out-of-domain | alexa como se diz obrigado em inglês | FB
out-of-domain | alexa qual o capital social de uma empresa limitada | FB
out-of-domain | alexa o que é capital de giro | FB
out-of-domain | alexa quanto capital eu preciso pra abrir uma padaria | FB
out-of-domain | alexa o que é ganho de capital no imposto de renda | FB
out-of-domain | alexa quais são os sete pecados capitais | FB
out-of-domain | alexa o que é letra maiúscula ou capital | FB
out-of-domain | alexa o que é pena capital | FB
out-of-domain | alexa quem escreveu o capital | FB
out-of-domain | alexa o que é capital humano | FB
out-of-domain | alexa o que é capital estrangeiro | FB
out-of-domain | alexa porto alegre é a capital do churrasco né | FB
out-of-domain | alexa salvador é a capital da alegria | FB
out-of-domain | alexa caruaru é a capital do forró | FB
out-of-domain | alexa recife é a capital do frevo né | FB
out-of-domain | alexa qual é a capital do rock | FB
out-of-domain | alexa qual a capital nacional do chope | FB
out-of-domain | alexa natal é a capital do sol né | FB
out-of-domain | alexa qual é a capital do agronegócio | FB
out-of-domain | alexa qual a capital mundial da moda | FB
out-of-domain | alexa qual a capital do pantanal | FB
out-of-domain | alexa qual é a capital dos pampas | FB
out-of-domain | alexa qual a capital da serra gaúcha | FB
out-of-domain | alexa qual é a capital do recôncavo baiano | FB
out-of-domain | alexa qual a capital do agreste | FB
out-of-domain | alexa qual é a capital da chapada dos guimarães | FB
out-of-domain | alexa qual a capital do seridó | FB
out-of-domain | alexa qual é a capital do abc paulista | FB
out-of-domain | alexa qual a capital do entorno do df | FB
out-of-domain | alexa qual é a capital do sul do brasil | FB
out-of-domain | alexa qual a capital da europa | FB
out-of-domain | alexa qual é a capital da áfrica | FB
out-of-domain | alexa qual a capital da américa do sul | FB
out-of-domain | alexa qual é a capital do caribe | FB
out-of-domain | alexa qual a capital da oceania | FB
out-of-domain | alexa qual é a capital da catalunha | FB
out-of-domain | alexa qual é a capital da sicília | FB
out-of-domain | alexa qual a capital da córsega | FB
out-of-domain | alexa qual é a capital da galícia | FB
out-of-domain | alexa qual a capital da toscana | FB
out-of-domain | alexa qual era a capital da nova frança | FB
out-of-domain | alexa qual a capital da chechênia | FB
out-of-domain | alexa qual é a capital da crimeia | FB
out-of-domain | alexa qual a capital da ossétia do sul | FB
out-of-domain | alexa qual é a capital da transnístria | FB
out-of-domain | alexa qual a capital da somalilândia | FB
out-of-domain | alexa qual é a capital do curdistão | FB
out-of-domain | alexa qual a capital da ilha de páscoa | FB
out-of-domain | alexa qual é a capital das canárias | FB
out-of-domain | alexa qual a capital do havaí antigo reino | FB
out-of-domain | alexa qual é a capital de fernando de noronha | FB
out-of-domain | alexa qual a capital da zona franca | FB
out-of-domain | alexa qual era a capital do império romano | FB
out-of-domain | alexa qual era a capital do império inca | FB
out-of-domain | alexa qual era a capital da alemanha ocidental | FB
out-of-domain | alexa qual era a capital da república rio-grandense | FB
out-of-domain | alexa qual era a capital da bahia no tempo do império | FB
out-of-domain | alexa qual era a capital de mato grosso antes de cuiabá | FB
out-of-domain | alexa qual era a capital do império austro-húngaro | FB
out-of-domain | alexa qual era a capital da união soviética | FB
out-of-domain | alexa qual era a capital do reino de portugal e brasil | FB
out-of-domain | alexa qual era a capital da prússia | FB
out-of-domain | alexa qual era a capital da mesopotâmia | FB
out-of-domain | alexa qual era a capital do egito antigo | FB
out-of-domain | alexa qual é a capital de wakanda | FB
out-of-domain | alexa qual a capital de westeros | FB
out-of-domain | alexa qual é a capital da terra média | FB
out-of-domain | alexa qual a capital de nárnia | FB
out-of-domain | alexa qual é a capital de hyrule | FB
out-of-domain | alexa qual a capital do reino de tão tão distante | FB
out-of-domain | alexa qual é a capital de pasárgada | FB
out-of-domain | alexa qual a capital de el dorado | FB
out-of-domain | alexa qual é a capital de atlântida | FB
out-of-domain | alexa qual a capital de los santos do gta | FB
out-of-domain | alexa qual é a capital de azeroth | FB
out-of-domain | alexa qual a capital do minecraft | FB
out-of-domain | alexa qual é a capital de springfield dos simpsons | FB
out-of-domain | alexa qual a capital da lua | FB
out-of-domain | alexa qual é a capital de júpiter | FB
out-of-domain | alexa quantos habitantes tem a capital da bahia | FB
out-of-domain | alexa quanto tempo de ônibus de natal até recife | FB
out-of-domain | alexa qual a distância de campo grande até cuiabá | FB
out-of-domain | alexa quanto custa a passagem pra capital do rio grande do sul | FB
out-of-domain | alexa que horas são na capital do japão | FB
out-of-domain | alexa qual é o fuso horário da capital de mato grosso | FB
out-of-domain | alexa quem é o prefeito da capital de pernambuco | FB
out-of-domain | alexa quem é o governador do espírito santo | FB
out-of-domain | alexa qual a população do brasil | FB
out-of-domain | alexa qual a moeda da argentina | FB
out-of-domain | alexa qual a língua oficial da suíça | FB
out-of-domain | alexa qual o maior país do mundo | FB
out-of-domain | alexa qual o maior estado do brasil | FB
out-of-domain | alexa quantos estados tem o brasil | FB
out-of-domain | alexa quantos países tem na áfrica | FB
out-of-domain | alexa qual a maior cidade da austrália | FB
out-of-domain | alexa qual é a cidade mais antiga do brasil | FB
out-of-domain | alexa por que a capital mudou do rio pra brasília | FB
out-of-domain | alexa quem fundou porto alegre | FB
out-of-domain | alexa qual é o hino do rio grande do sul | FB
out-of-domain | alexa qual a bandeira da bahia | FB
out-of-domain | alexa onde fica o pantanal | FB
out-of-domain | alexa qual o melhor remédio pra dor de cabeça | FB
out-of-domain | alexa a farmácia abre domingo | FB
out-of-domain | alexa quanto custa trocar a embreagem | FB
out-of-domain | alexa qual o óleo certo pro meu carro | FB
out-of-domain | alexa quando sai o próximo ônibus pra florianópolis | FB
out-of-domain | alexa qual a plataforma do ônibus pra são paulo | FB
out-of-domain | alexa quantos seguidores eu tenho | FB
out-of-domain | alexa abre o spotify | FB
out-of-domain | alexa liga a televisão | FB
out-of-domain | alexa abre o uber | FB
out-of-domain | alexa manda mensagem pra minha mãe | FB
out-of-domain | alexa liga pro meu pai | FB
out-of-domain | alexa abre perguntados | FB
out-of-domain | alexa abre o jogo das bandeiras | FB
out-of-domain | alexa abre o quiz de geografia | FB
out-of-domain | alexa abre a rádio gaúcha | FB
out-of-domain | alexa capital | FB
out-of-domain | alexa capitais | FB
out-of-domain | alexa quantas capitais tem o brasil | FB
out-of-domain | alexa quantas capitais existem no mundo | FB
out-of-domain | alexa qual capital é a mais fria do brasil | FB
out-of-domain | alexa qual a capital mais populosa do mundo | FB
out-of-domain | alexa qual a capital mais alta do mundo | FB
out-of-domain | alexa qual capital do nordeste tem mais praia | FB
out-of-domain | alexa bah qual é a capital do chimarrão | FB
out-of-domain | alexa ôxe qual é o melhor acarajé da capital | FB
out-of-domain | alexa oxente qual é a capital do são joão | FB
out-of-domain | alexa mano qual é a melhor pizzaria da capital | FB
out-of-domain | alexa véi onde tem show hoje na capital federal | FB
out-of-domain | alexa qual a capital do meu coração | FB
out-of-domain | alexa tô com fome | FB
out-of-domain | alexa obrigado | FB
out-of-domain | alexa valeu | FB
out-of-domain | alexa bom dia | FB
out-of-domain | alexa canta parabéns | FB
learner | alexa eu uruguaio trabalha aqui porto alegre capital de uruguai qual | UY
learner | alexa eu boliviano morar em corumbá capital de bolívia quais são | BO
learner | alexa eu paraguaio em campo grande qual é capital de paraguai | PY
learner | alexa eu argentino turista qual es la capital de chile | CL
learner | alexa eu haitiano trabalha na fábrica capital haiti qual | HT
learner | alexa eu senegalês vende na praia capital de senegal qual é | SN
learner | alexa eu venezuelana morar em cuiabá capital de venezuela | VE
learner | alexa eu chinês tem loja capital de china qual é | CN
learner | alexa eu coreana estudar português capital coreia do sul | KR
learner | alexa eu japonês descendente capital de japão qual | JP
learner | alexa eu alemão de intercâmbio capital de áustria bitte | AT
learner | alexa eu italiana capital de grécia qual è | GR
learner | alexa eu francês capital de bélgica qual é | BE
learner | alexa eu americano capital de canadá what is | CA
learner | alexa eu inglês capital de irlanda qual | IE
learner | alexa eu angolano estudante capital de namíbia qual é | NA
learner | alexa eu nigeriano capital de gana qual é please | GH
learner | alexa eu congolês capital de ruanda qual | RW
learner | alexa eu sírio refugiado capital de jordânia qual é | JO
learner | alexa eu libanês capital de síria qual é | SY
learner | alexa eu afegão capital de paquistão qual | PK
learner | alexa eu ucraniano capital de polônia qual é | PL
learner | alexa eu russa capital de cazaquistão qual | KZ
learner | alexa eu filipino marinheiro capital de indonésia qual | ID
learner | alexa eu indiano engenheiro capital de nepal qual é | NP
learner | alexa eu bengali capital de bangladesh qual é | BD
learner | alexa eu peruano capital de equador qual es | EC
learner | alexa eu colombiano capital de panamá cuál es | PA
learner | alexa eu cubano médico capital de república dominicana qual | DO
learner | alexa eu mexicano capital de guatemala qual es | GT
learner | alexa eu chileno capital de argentina cuál | AR
learner | alexa eu guianense capital de suriname qual é | SR
learner | alexa eu iraniano capital de iraque qual | IQ
learner | alexa eu turco capital de azerbaijão qual é | AZ
learner | alexa eu egípcio capital de sudão qual | SD
learner | alexa eu marroquino capital de argélia qual é | DZ
learner | alexa eu tunisiano capital de líbia qual | LY
learner | alexa eu etíope capital de eritreia qual é | ER
learner | alexa eu queniano capital de uganda qual | UG
learner | alexa eu camaronês capital de chade qual é | TD
learner | alexa eu polonês capital de lituânia qual | LT
learner | alexa eu holandês capital de dinamarca qual é | DK
learner | alexa eu sueco capital de noruega qual | NO
learner | alexa eu português de lisboa capital de espanha qual é | ES
learner | alexa eu cabo-verdiano capital de guiné-bissau qual | GW
learner | alexa eu moçambicano capital de malaui qual é | MW
learner | alexa eu timorense capital de austrália qual | AU
learner | alexa eu vietnamita capital de camboja qual é | KH
learner | alexa eu tailandês capital de laos qual | LA
learner | alexa eu paquistanês capital de afeganistão qual é | AF
learner | alexa eu sul-africano capital de zimbábue qual | ZW
learner | alexa eu haitiana costureira capital de cuba qual é | CU
code-switch | alexa what's the capital of uruguay | UY
code-switch | alexa qual é a capital da germany | DE
code-switch | alexa me fala the capital of spain | ES
code-switch | alexa tipo qual a capital de new zealand | NZ
code-switch | alexa qual a capital da south korea | KR
code-switch | alexa the capital of texas qual é | US-TX
code-switch | alexa qual é a capital de scotland | GB-SCT
code-switch | alexa chat what's the capital of sweden | SE
code-switch | alexa bro qual é a capital do japan | JP
code-switch | alexa qual a capital de switzerland | CH
code-switch | alexa cuál es la capital de uruguay | UY
code-switch | alexa cuál es la capital del paraguay | PY
code-switch | alexa oye la capital de bolivia cuáles son | BO
code-switch | alexa la capital de argentina cuál es | AR
code-switch | alexa qual é a capital del perú | PE
code-switch | alexa che cual es la capital de chile | CL
code-switch | alexa was ist die hauptstadt von deutschland | DE
code-switch | alexa qual é a capital da itália como se diz em italiano a capitale | IT
code-switch | alexa qual a capital do canadá in english please | CA
code-switch | alexa what are the capitals of south africa | ZA
code-switch | alexa what are the capitals of bolivia | BO
code-switch | alexa qual é a capital de the netherlands | NL
code-switch | alexa qual a capital do united kingdom | GB
code-switch | alexa what is the capital of bahia | BR-BA
code-switch | alexa o streamer pergunta what's the capital of mongolia | MN
code-switch | alexa qual a capital da austrália mate | AU
code-switch | alexa okay google ops alexa qual a capital da frança | FR
code-switch | alexa qual a capital da ireland | IE
code-switch | alexa capital of portugal qual é | PT
code-switch | alexa what's the capital of the ivory coast | CI
code-switch | alexa qual a capital de new york state | US-NY
code-switch | alexa qual é a capital de bavaria | DE-BY
code-switch | alexa what's the capital of quebec | CA-QC
code-switch | alexa qual a capital do méxico güey | MX
code-switch | alexa quelle est la capitale de la france | FR
code-switch | alexa qual a capital do marrocos sorry do egito | EG
hesitation | alexa qual é a capital da é da da finlândia | FI
hesitation | alexa hum qual a capital da hungria | HU
hesitation | alexa é qual é a capital do é do nepal | NP
hesitation | alexa qual a capital do como é o nome do país aquele cazaquistão | KZ
hesitation | alexa ahn a capital da da dinamarca | DK
hesitation | alexa qual é a capital de é de é da croácia | HR
hesitation | alexa peraí qual a capital da bulgária | BG
hesitation | alexa qual a capital do tipo do butão | BT
hesitation | alexa deixa eu ver qual é a capital da armênia | AM
hesitation | alexa hã qual a capital do sergipe | BR-SE
hesitation | alexa qual é a cap capital da lituânia | LT
hesitation | alexa qual a capital da da da islândia | IS
hesitation | alexa é a capital do é do quirguistão qual é | KG
hesitation | alexa qual é a capital daquele país a estônia | EE
hesitation | alexa hum deixa eu pensar a capital do tadjiquistão | TJ
hesitation | alexa qual a capital da ahn mauritânia | MR
hesitation | alexa qual é a capital do do do laos | LA
hesitation | alexa olha só qual a capital da eslováquia | SK
hesitation | alexa qual a capital de é de brunei | BN
hesitation | alexa é é qual a capital de fiji | FJ
hesitation | alexa qual é a capital das é das seicheles | SC
hesitation | alexa peraí peraí qual a capital da guiné | GN
hesitation | alexa qual a capital de é de roraima | BR-RR
hesitation | alexa é qual é a capital do acre existe né | BR-AC
hesitation | alexa qual a capital da hum da moldávia | MD
hesitation | alexa qual é a capital de é de vanuatu | VU
hesitation | alexa qual é a capital do turcom turcomenistão | TM
hesitation | alexa hum a capital de trinidad e tobago | TT
hesitation | alexa qual a capital do é uzbequistão | UZ
hesitation | alexa deixa eu lembrar a capital da libéria | LR
hesitation | alexa qual é a capital de é ah de djibuti | DJ
hesitation | alexa qual a capital de san marino hum | SM
hesitation | alexa qual é a capital da eritreia é | ER
hesitation | alexa pera qual a capital do tocantins | BR-TO
gaucho-speech | alexa bah tchê qual a capital do paraná | BR-PR
gaucho-speech | alexa capaz que tu sabe a capital de santa catarina | BR-SC
gaucho-speech | alexa me diz aí guria a capital da nova zelândia | NZ
gaucho-speech | alexa lá em pelotas o pessoal quer saber a capital do chile | CL
gaucho-speech | alexa bah que saudade da fronteira qual a capital do uruguai | UY
gaucho-speech | alexa em caxias do sul o nono quer saber a capital da itália | IT
gaucho-speech | alexa no ctg perguntaram a capital da argentina | AR
gaucho-speech | alexa ô loco de especial qual a capital da escócia | GB-SCT
gaucho-speech | alexa tri qual é a capital da polônia | PL
gaucho-speech | alexa bah e a capital da ucrânia | UA
gaucho-speech | alexa tchê qual a capital do rio grande do sul que a visita perguntou | BR-RS
gaucho-speech | alexa aqui em santa maria a gurizada quer a capital do japão | JP
gaucho-speech | alexa bah capaz qual é a capital do peru | PE
gaucho-speech | alexa entre uma cuia e outra me diz a capital da rússia | RU
gaucho-speech | alexa no rodeio crioulo perguntaram a capital do texas | US-TX
baiano-speech | alexa ôxe qual é a capital de sergipe | BR-SE
baiano-speech | alexa mainha perguntou a capital de alagoas | BR-AL
baiano-speech | alexa meu rei qual é a capital da nigéria | NG
baiano-speech | alexa lá em cachoeira meu avô quer saber a capital de angola | AO
baiano-speech | alexa véi que massa me diz a capital da jamaica | JM
baiano-speech | alexa no ferry boat pra itaparica lembrei qual a capital de cuba | CU
baiano-speech | alexa aqui em feira de santana qual é a capital do piauí | BR-PI
baiano-speech | alexa ô painho qual a capital do senegal | SN
baiano-speech | alexa oxe lá em vitória da conquista querem saber a capital de minas | BR-MG
baiano-speech | alexa colé qual a capital do gana | GH
baiano-speech | alexa na festa de iemanjá uma turista perguntou a capital da frança | FR
baiano-speech | alexa barril dobrado qual é a capital da etiópia | ET
baiano-speech | alexa ôxe e a capital do espírito santo | BR-ES
baiano-speech | alexa aqui no rio vermelho me diz a capital do benin | BJ
pernambucano-speech | alexa visse qual a capital da paraíba | BR-PB
pernambucano-speech | alexa oxente a capital de alagoas é qual | BR-AL
pernambucano-speech | alexa arretado demais me fala a capital do ceará | BR-CE
pernambucano-speech | alexa lá em petrolina perguntaram a capital da bahia | BR-BA
pernambucano-speech | alexa no galo da madrugada um gringo quis saber a capital da holanda | NL
pernambucano-speech | alexa aqui em garanhuns no frio qual a capital da suíça | CH
pernambucano-speech | alexa visse a capital de portugal é qual | PT
pernambucano-speech | alexa oxe qual é a capital da rússia | RU
pernambucano-speech | alexa painho do sertão quer saber a capital do rio grande do norte | BR-RN
pernambucano-speech | alexa na feira de caruaru perguntaram a capital do méxico | MX
pernambucano-speech | alexa mah qual é a capital da índia | IN
pernambucano-speech | alexa lá em recife antigo me diz a capital de israel | IL
pernambucano-speech | alexa tu sabe a capital da groenlândia visse | GL
paulistano-speech | alexa mano qual é a capital do paraná | BR-PR
paulistano-speech | alexa meu qual a capital da coreia do norte | KP
paulistano-speech | alexa no trânsito da marginal me diz a capital da colômbia | CO
paulistano-speech | alexa na liberdade perguntaram a capital do japão | JP
paulistano-speech | alexa mano do céu qual a capital do líbano | LB
paulistano-speech | alexa lá no brás a moça da loja quer saber a capital da bolívia | BO
paulistano-speech | alexa tá ligado qual é a capital da síria | SY
paulistano-speech | alexa no bom retiro a coreana perguntou a capital da coreia do sul | KR
paulistano-speech | alexa aqui em campinas qual a capital de goiás | BR-GO
paulistano-speech | alexa lá no mercadão perguntaram a capital da itália | IT
paulistano-speech | alexa meu na baixada santista qual é a capital do espírito santo | BR-ES
paulistano-speech | alexa firmeza qual a capital da argentina | AR
paulistano-speech | alexa mano a capital do estado de são paulo é são paulo mesmo | BR-SP
capixaba-speech | alexa aqui em vitória qual é a capital de minas gerais | BR-MG
capixaba-speech | alexa em guarapari o turista mineiro quer saber a capital da bahia | BR-BA
capixaba-speech | alexa na panela de barro das paneleiras perguntaram a capital do peru | PE
capixaba-speech | alexa lá em domingos martins o vô pomerano quer saber a capital da alemanha | DE
capixaba-speech | alexa aqui em cariacica qual a capital do rio de janeiro | BR-RJ
capixaba-speech | alexa na terceira ponte me diz a capital do canadá | CA
capixaba-speech | alexa meu tio em linhares quer saber a capital da itália | IT
capixaba-speech | alexa lá em colatina perguntaram a capital da áfrica do sul | ZA
capixaba-speech | alexa pocou qual é a capital da noruega | NO
capixaba-speech | alexa em serra perguntaram a capital de cabo verde | CV
cuiabano-speech | alexa tchá qual é a capital de rondônia | BR-RO
cuiabano-speech | alexa pai do céu qual a capital do acre | BR-AC
cuiabano-speech | alexa cumpadi e a capital do mato grosso do sul | BR-MS
cuiabano-speech | alexa lá em sinop perguntaram a capital do pará | BR-PA
cuiabano-speech | alexa em rondonópolis qual a capital de goiás | BR-GO
cuiabano-speech | alexa aqui em corumbá na fronteira qual a capital da bolívia | BO
cuiabano-speech | alexa em dourados perguntaram a capital do paraguai | PY
cuiabano-speech | alexa tomando tereré me fala a capital da argentina | AR
cuiabano-speech | alexa tchá por deus qual é a capital do japão | JP
cuiabano-speech | alexa na comitiva pantaneira perguntaram a capital do tocantins | BR-TO
cuiabano-speech | alexa em ponta porã qual a capital do uruguai | UY
cuiabano-speech | alexa lá em três lagoas me diz a capital de são paulo | BR-SP
brasiliense-speech | alexa véi qual é a capital de goiás | BR-GO
brasiliense-speech | alexa na rodoviária do plano perguntaram a capital do distrito federal | BR-DF
brasiliense-speech | alexa lá em ceilândia me diz a capital do maranhão | BR-MA
brasiliense-speech | alexa no congresso um assessor quer saber a capital do catar | QA
brasiliense-speech | alexa véi a capital do brasil é brasília mesmo | BR
brasiliense-speech | alexa na embaixada perguntaram a capital da eslovênia | SI
brasiliense-speech | alexa aqui no sudoeste qual a capital da bélgica | BE
brasiliense-speech | alexa em sobradinho a galera quer saber a capital da tanzânia | TZ
brasiliense-speech | alexa pô véi qual a capital do afeganistão | AF
brasiliense-speech | alexa na unb perguntaram a capital da mongólia | MN
brasiliense-speech | alexa no concurso do itamaraty caiu a capital do butão | BT
potiguar-speech | alexa oxe qual é a capital da paraíba | BR-PB
potiguar-speech | alexa massa demais e a capital do ceará | BR-CE
potiguar-speech | alexa aqui em natal perguntaram a capital de pernambuco | BR-PE
potiguar-speech | alexa lá em caicó me diz a capital do piauí | BR-PI
potiguar-speech | alexa no forte dos reis magos um turista quis saber a capital da holanda | NL
potiguar-speech | alexa em genipabu o bugueiro perguntou a capital da suécia | SE
potiguar-speech | alexa oxe a capital do rio grande do norte é natal né | BR-RN
potiguar-speech | alexa lá em parnamirim qual a capital dos estados unidos | US
potiguar-speech | alexa na praia da pipa um argentino perguntou a capital do chile | CL
potiguar-speech | alexa vixe qual é a capital do marrocos | MA
oficina-talk | alexa enquanto o carro tá no elevador qual a capital da alemanha | DE
oficina-talk | alexa o cliente do fusca quer saber a capital do japão | JP
oficina-talk | alexa passa a chave dez e me diz a capital da suécia | SE
oficina-talk | alexa aqui na funilaria qual a capital da coreia do sul | KR
oficina-talk | alexa o motor é italiano qual a capital da itália | IT
oficina-talk | alexa na borracharia perguntaram a capital da frança | FR
oficina-talk | alexa trocando a pastilha de freio lembrei qual a capital da china | CN
oficina-talk | alexa o peão da oficina quer saber a capital do tocantins | BR-TO
oficina-talk | alexa o carro é da república tcheca qual a capital | CZ
oficina-talk | alexa alinhamento e balanceamento e a capital da índia | IN
farmacia-talk | alexa a senhora do remédio de pressão perguntou a capital de cuba | CU
farmacia-talk | alexa aqui na drogaria qual é a capital da suíça | CH
farmacia-talk | alexa o balconista quer saber a capital da dinamarca | DK
farmacia-talk | alexa enquanto meço a pressão me fala a capital da irlanda | IE
farmacia-talk | alexa o remédio é alemão qual a capital da alemanha | DE
farmacia-talk | alexa no plantão da farmácia me diz a capital do piauí | BR-PI
farmacia-talk | alexa o estagiário de farmácia quer saber a capital da índia | IN
farmacia-talk | alexa a moça da vacina perguntou a capital de sergipe | BR-SE
padaria-talk | alexa o padeiro português quer saber a capital de angola | AO
padaria-talk | alexa aqui na padaria qual a capital da áustria | AT
padaria-talk | alexa enquanto o pão de queijo assa qual a capital de minas | BR-MG
padaria-talk | alexa o croissant é francês qual a capital da frança | FR
padaria-talk | alexa a dona da padaria quer saber a capital de portugal | PT
padaria-talk | alexa seis da manhã aqui no forno me diz a capital da finlândia | FI
padaria-talk | alexa o entregador de farinha perguntou a capital do paraná | BR-PR
padaria-talk | alexa o sonho tá no forno qual a capital do egito | EG
streamer-talk | alexa o chat tá perguntando a capital do brasil | BR
streamer-talk | alexa dá um salve e me diz a capital da argentina | AR
streamer-talk | alexa no geoguessr apareceu a capital da estônia qual é | EE
streamer-talk | alexa o mod quer saber a capital da croácia | HR
streamer-talk | alexa no quiz da live caiu a capital do quênia | KE
streamer-talk | alexa live on qual é a capital do azerbaijão | AZ
streamer-talk | alexa o donate pergunta a capital da nigéria | NG
streamer-talk | alexa a galera do discord quer saber a capital do vietnã | VN
streamer-talk | alexa no jogo de estratégia a capital da polônia qual é | PL
republica-talk | alexa o veterano perguntou a capital de rondônia | BR-RO
republica-talk | alexa no trote o bixo tem que saber a capital do amapá | BR-AP
republica-talk | alexa meu colega de intercâmbio quer a capital da colômbia | CO
republica-talk | alexa na festa da república apostaram a capital do canadá | CA
republica-talk | alexa estudando pra prova da federal qual a capital da etiópia | ET
republica-talk | alexa o morador novo quer saber a capital de santa catarina | BR-SC
republica-talk | alexa a gente tá no bandejão qual a capital do iraque | IQ
republica-talk | alexa a prova de geografia da faculdade pergunta a capital do sri lanka | LK
rodoviaria-talk | alexa aqui na rodoviária tietê qual a capital da bahia | BR-BA
rodoviaria-talk | alexa vou pegar o ônibus pra capital do paraná qual é | BR-PR
rodoviaria-talk | alexa o motorista do ônibus quer saber a capital do mato grosso | BR-MT
rodoviaria-talk | alexa na fila do guichê me diz a capital de alagoas | BR-AL
rodoviaria-talk | alexa no ônibus leito pra assunção qual a capital do paraguai | PY
rodoviaria-talk | alexa o ônibus pra cuiabá atrasou qual a capital do mato grosso do sul | BR-MS
rodoviaria-talk | alexa a senhora da poltrona ao lado quer saber a capital de pernambuco | BR-PE
rodoviaria-talk | alexa na parada do ônibus em registro qual a capital de santa catarina | BR-SC
rodoviaria-talk | alexa tô indo pra capital de roraima qual é mesmo | BR-RR
stop | alexa bah chega de capital por hoje tchê | STOP
stop | alexa ôxe para aí que mainha tá no telefone | STOP
stop | alexa visse pode parar agora | STOP
stop | alexa mano para que o cliente chegou na oficina | STOP
stop | alexa para que a live acabou | STOP
stop | alexa fica quieta que o farmacêutico tá falando | STOP
stop | alexa desliga que o pão tá saindo | STOP
stop | alexa encerra aí véi | STOP
stop | alexa cumpadi para com essas capitais | STOP
stop | alexa oxe chega de jogo | STOP
stop | alexa para o capitais do mundo | STOP
stop | alexa sai do jogo que o ônibus chegou | STOP
stop | alexa para de falar que eu tô no rádio | STOP
stop | alexa desliga isso aí que a prova é amanhã cedo | STOP
stop | alexa fecha o jogo das capitais | STOP
stop | alexa encerra a skill por favor | STOP
stop | alexa quieta | STOP
stop | alexa tá bom pode parar obrigado | STOP
stop | alexa chega que eu vou dormir | STOP
stop | alexa sai sai sai | STOP
cancel | alexa bah deixa quieto tchê | CANCEL
cancel | alexa ôxe esquece meu rei | CANCEL
cancel | alexa visse esquece essa pergunta | CANCEL
cancel | alexa mano cancela aí | CANCEL
cancel | alexa deixa pra lá o chat já respondeu | CANCEL
cancel | alexa esquece que o cliente já foi | CANCEL
cancel | alexa cancela essa que eu perguntei errado | CANCEL
cancel | alexa esquece véi não precisa | CANCEL
cancel | alexa pai do céu esquece isso | CANCEL
cancel | alexa oxe deixa quieto | CANCEL
cancel | alexa deixa pra lá que o ônibus chegou | CANCEL
cancel | alexa não quero mais cancela | CANCEL
cancel | alexa ah esquece pode cancelar | CANCEL
cancel | alexa desconsidera o que eu falei | CANCEL
cancel | alexa pode esquecer essa | CANCEL
cancel | alexa cancela essa pergunta aí | CANCEL
cancel | alexa deixa pra lá já lembrei | CANCEL
cancel | alexa esquece já achei no google | CANCEL
help | alexa bah como é que eu pergunto a capital tchê | HELP
help | alexa ôxe me ensina a usar isso | HELP
help | alexa visse o que é que eu posso perguntar | HELP
help | alexa mano me explica como joga | HELP
help | alexa o chat não entendeu como funciona explica aí | HELP
help | alexa como eu faço pra perguntar de um estado | HELP
help | alexa dá pra perguntar de estado também como faz | HELP
help | alexa me ajuda que eu não sei usar essa skill | HELP
help | alexa cumpadi como é que usa | HELP
help | alexa véi me dá uma ajuda aqui | HELP
help | alexa quais são as opções | HELP
launch | alexa bah abre o capitais do mundo pra gurizada | LAUNCH
launch | alexa ôxe bota capitais do mundo aí | LAUNCH
launch | alexa visse abre capitais do mundo | LAUNCH
launch | alexa mano abre capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo pro chat | LAUNCH
launch | alexa abre capitais do mundo enquanto o carro tá no elevador | LAUNCH
launch | alexa cumpadi abre capitais do mundo | LAUNCH
launch | alexa véi inicia capitais do mundo | LAUNCH
launch | alexa começa o capitais do mundo | LAUNCH
launch | alexa bora jogar capitais do mundo | LAUNCH
launch | alexa abre a skill do capitais do mundo por favor | LAUNCH
launch | alexa quero abrir capitais do mundo | LAUNCH
launch | alexa oxe abre o jogo capitais do mundo | LAUNCH
launch | alexa ativar a skill capitais do mundo | LAUNCH
launch | alexa pode iniciar capitais do mundo pra gente estudar | LAUNCH
launch | alexa abre capitais do mundo que a gente vai estudar pra prova | LAUNCH
shared-name | alexa bah qual é a capital do congo tchê | CD+CG
shared-name | alexa o chat quer saber a capital da coreia | KP+KR
shared-name | alexa visse qual a capital das ilhas virgens | VG+VI
shared-name | alexa mano qual é a capital da geórgia | GE+US-GA
shared-name | alexa me fala a capital de cada coreia | KP+KR
shared-name | alexa quais as capitais dos congos | CD+CG
shared-name | alexa o cliente quer saber a capital do congo | CD+CG
shared-name | alexa me diz as capitais das duas ilhas virgens | VG+VI
official-name | alexa qual a capital da república federativa do brasil tchê | BR
official-name | alexa qual é a capital da república oriental do uruguai tchê | UY
official-name | alexa qual a capital da república do chile | CL
official-name | alexa qual é a capital da república do peru | PE
official-name | alexa qual a capital da república da colômbia | CO
official-name | alexa qual é a capital da república do equador | EC
official-name | alexa qual é a capital do reino do butão | BT
official-name | alexa qual é a capital da república federal democrática da etiópia | ET
official-name | alexa qual a capital da república da guiné-bissau | GW
official-name | alexa qual é a capital da república democrática de são tomé e príncipe | ST
official-name | alexa qual a capital da república cooperativa da guiana | GY
official-name | alexa qual é a capital da república do suriname | SR
official-name | alexa qual a capital do reino da noruega | NO
official-name | alexa qual é a capital do reino da suécia | SE
official-name | alexa qual a capital do reino da dinamarca | DK
official-name | alexa qual é a capital da república da polônia | PL
official-name | alexa qual a capital da república da áustria | AT
official-name | alexa qual é a capital do reino hachemita da jordânia | JO
official-name | alexa qual a capital da república árabe síria | SY
official-name | alexa qual é a capital do estado de israel | IL
official-name | alexa qual a capital da república do iraque | IQ
official-name | alexa qual é a capital da república do líbano | LB
official-name | alexa qual a capital da república do quênia | KE
official-name | alexa qual é a capital da república unida da tanzânia | TZ
official-name | alexa qual a capital da república da indonésia | ID
official-name | alexa qual é a capital da república das filipinas | PH
official-name | alexa qual a capital da república democrática popular do laos | LA
official-name | alexa qual é a capital do reino do camboja | KH
official-name | alexa qual a capital da república de singapura | SG
official-name | alexa qual é a capital da república do cazaquistão | KZ
official-name | alexa qual a capital da república da ucrânia | UA
official-name | alexa qual é a capital da república da irlanda | IE
official-name | alexa qual a capital da república da finlândia | FI
official-name | alexa qual é a capital da república da islândia | IS
out-of-domain | alexa bah vai fazer frio em porto alegre amanhã | FB
out-of-domain | alexa ôxe que horas abre o mercado modelo | FB
out-of-domain | alexa visse qual a maré hoje em boa viagem | FB
out-of-domain | alexa mano como tá o trânsito na marginal | FB
out-of-domain | alexa quanto tá o quilo do pão francês | FB
out-of-domain | alexa que horas o pão sai do forno | FB
out-of-domain | alexa qual o horário da farmácia de plantão | FB
out-of-domain | alexa pode tomar dipirona com ibuprofeno | FB
out-of-domain | alexa qual a pressão normal de um adulto | FB
out-of-domain | alexa quanto custa uma bateria de carro | FB
out-of-domain | alexa qual a calibragem do pneu do gol | FB
out-of-domain | alexa toca um som pra live | FB
out-of-domain | alexa quantos inscritos tem o canal | FB
out-of-domain | alexa qual o melhor jogo de estratégia | FB
out-of-domain | alexa quanto custa a passagem de ônibus pra natal | FB
out-of-domain | alexa quanto tempo de viagem até cuiabá | FB
out-of-domain | alexa quando é a prova do enem | FB
out-of-domain | alexa quanto é o aluguel da república | FB
out-of-domain | alexa onde tem tereré gelado em campo grande | FB
out-of-domain | alexa qual o nome do rio que passa em cuiabá | FB
out-of-domain | alexa quem fundou brasília | FB
out-of-domain | alexa quando brasília foi inaugurada | FB
out-of-domain | alexa qual a capital do cerrado | FB
out-of-domain | alexa qual é a capital do vale do café | FB
out-of-domain | alexa qual a capital da fronteira oeste | FB
out-of-domain | alexa qual a capital do oeste baiano | FB
out-of-domain | alexa qual é a capital do sertão pernambucano | FB
out-of-domain | alexa qual a capital da costa do sauípe | FB
out-of-domain | alexa qual é a capital da região sudeste | FB
out-of-domain | alexa qual a capital da ásia central | FB
out-of-domain | alexa qual é a capital da escandinávia | FB
out-of-domain | alexa qual a capital dos bálcãs | FB
out-of-domain | alexa qual é a capital da patagônia argentina | FB
out-of-domain | alexa qual a capital da flandres | FB
out-of-domain | alexa qual é a capital do país basco espanhol | FB
out-of-domain | alexa qual a capital da bretanha francesa | FB
out-of-domain | alexa qual é a capital do tirol | FB
out-of-domain | alexa qual a capital da abcásia | FB
out-of-domain | alexa qual é a capital do tibete | FB
out-of-domain | alexa qual a capital de zanzibar | FB
out-of-domain | alexa qual é a capital do império asteca | FB
out-of-domain | alexa qual era a capital da gália | FB
out-of-domain | alexa qual era a capital dos confederados | FB
out-of-domain | alexa qual era a capital da iugoslávia antiga | FB
out-of-domain | alexa qual era a capital do mato grosso uno | FB
out-of-domain | alexa qual é a capital de gondor | FB
out-of-domain | alexa qual a capital de asgard | FB
out-of-domain | alexa qual é a capital de pallet town do pokémon | FB
out-of-domain | alexa qual a capital de pandora do avatar | FB
out-of-domain | alexa qual é a capital de sucupira | FB
out-of-domain | alexa qual a capital da república dos bruzundangas | FB
out-of-domain | alexa qual é a capital de macondo | FB
out-of-domain | alexa qual é a capital de marte | FB
out-of-domain | alexa qual a capital do meu bairro | FB
reverse-question | alexa porto alegre é capital do quê | CITY:Porto Alegre
territory | alexa bah qual a capital das malvinas tchê | FK
territory | alexa o chat quer saber a capital da groenlândia | GL
territory | alexa no geoguessr caiu a capital das ilhas faroé | FO
territory | alexa qual é a capital de porto rico que é dos estados unidos | PR
territory | alexa qual a capital da guiana francesa ali perto do amapá | GF
territory | alexa qual é a capital de aruba que é da holanda | AW
territory | alexa qual a capital de curaçao no caribe | CW
territory | alexa o cliente foi pra bermudas qual a capital | BM
territory | alexa qual é a capital da polinésia francesa onde fica o taiti | PF
territory | alexa qual a capital de guam dos americanos | GU
territory | alexa qual é a capital das ilhas caimã | KY
territory | alexa qual a capital do saara ocidental o território | EH
territory | alexa qual a capital de gibraltar que é inglês | GI
territory | alexa qual é a capital da ilha de jersey | JE
territory | alexa qual a capital de santa helena onde napoleão morreu | SH
territory | alexa qual é a capital da reunião a ilha francesa | RE
territory | alexa qual a capital da nova caledônia a francesa | NC
territory | alexa qual é a capital de wallis e futuna a ilha | WF
territory | alexa qual a capital de macau que falava português | MO
territory | alexa qual é a capital de hong kong | HK
territory | alexa qual a capital das ilhas cook perto da nova zelândia | CK
territory | alexa qual é a capital da ilha de guadalupe | GP
territory | alexa qual a capital de martinica | MQ
territory | alexa qual é a capital das ilhas marianas | MP
territory | alexa qual a capital de anguilla | AI
territory | alexa qual é a capital de turks e caicos | TC
territory | alexa qual a capital de são pedro e miquelon | PM
territory | alexa qual é a capital de bonaire no caribe holandês | BQ
territory | alexa qual a capital de sint maarten o lado holandês | SX
territory | alexa qual é a capital de mayotte perto de comores | YT
territory | alexa qual a capital da ilha de norfolk | NF
territory | alexa qual é a capital das ilhas pitcairn do motim do bounty | PN
territory | alexa qual a capital de svalbard na noruega | SJ
territory | alexa qual é a capital de taiwan ou formosa | TW
territory | alexa qual a capital do kosovo | XK
territory | alexa qual é a capital do estado da palestina hoje | PS
territory | alexa o chat quer saber se a antártida tem capital | AQ
territory | alexa bah qual é a capital da samoa americana tchê | AS
subdivision | alexa meu primo mora em hobart qual é a capital da tasmânia mesmo | AU-TAS
subdivision | alexa o intercambista de perth quer saber a capital da austrália ocidental | AU-WA
territory | alexa no geoguessr caiu as ilhas åland qual é a capital | AX
territory | alexa qual é a capital de são bartolomeu no caribe francês | BL
territory | alexa a ilha bouvet lá perto da antártida tem capital | BV
territory | alexa qual é a capital das ilhas cocos da austrália | CC
territory | alexa o mergulhador quer saber a capital de curaçao | CW
territory | alexa qual é a capital da ilha do natal a christmas island | CX
subdivision | alexa o carro é alemão de stuttgart qual a capital de baden-württemberg | DE-BW
subdivision | alexa mano qual é a capital da inglaterra só a inglaterra | GB-ENG
subdivision | alexa ôxe qual é a capital da irlanda do norte | GB-NIR
subdivision | alexa visse a capital do país de gales é qual | GB-WLS
territory | alexa qual é a capital da ilha de guernsey | GG
territory | alexa qual é a capital da geórgia do sul e sandwich do sul | GS
territory | alexa as ilhas heard e mcdonald lá da austrália têm capital | HM
territory | alexa o streamer quer saber a capital da ilha de man | IM
subdivision | alexa o cliente indiano da farmácia quer saber a capital de goa | IN-GA
territory | alexa qual é a capital da parte francesa de são martinho | MF
subdivision | alexa o mexicano da república quer saber a capital de oaxaca | MX-OAX
territory | alexa qual é a capital de niue lá no pacífico | NU
territory | alexa qual a capital de pitcairn | PN
territory | alexa cumpadi qual é a capital da reunião aquela ilha francesa | RE
territory | alexa qual é a capital da ilha de santa helena | SH
subdivision | alexa washington dc tem capital | US-DC
subdivision | alexa o dono da oficina foi pra virgínia ocidental qual é a capital de lá | US-WV
plural-capitals | alexa o chat quer saber as capitais da palestina | PS
plural-capitals | alexa ôxe a palestina tem quantas capitais e quais são | PS
plural-capitals | alexa bah me diz as três capitais da áfrica do sul tchê | ZA
plural-capitals | alexa o cliente sul-africano perguntou as capitais do país dele | ZA
plural-capitals | alexa quais as capitais de verão e de inverno do uttarakhand | IN-UK
plural-capitals | alexa o indiano da república quer as capitais do uttarakhand | IN-UK
plural-capitals | alexa visse quais são as duas capitais dos países baixos | NL
plural-capitals | alexa mano quais são as capitais da holanda amsterdã e mais qual | NL
plural-capitals | alexa quais são as capitais de montserrat lá no caribe | MS
plural-capitals | alexa o chat quer as capitais de montserrat | MS
plural-capitals | alexa ôxe quais são as capitais da costa do marfim | CI
plural-capitals | alexa o senegalês quer saber as capitais da costa do marfim | CI
plural-capitals | alexa bah quais são as capitais do essuatíni | SZ
plural-capitals | alexa a antiga suazilândia tem quais capitais | SZ
plural-capitals | alexa cumpadi quais são as capitais do sri lanka | LK
plural-capitals | alexa o cliente do sri lanka quer saber as capitais do país dele | LK
plural-capitals | alexa véi quais são as capitais do benin | BJ
plural-capitals | alexa o chat quer saber as capitais da bolívia | BO
plural-capitals | alexa mano quais são as capitais da malásia | MY
plural-capitals | alexa ôxe quais são as capitais de jammu e caxemira | IN-JK
territory | alexa o chat quer saber a capital de niue aquela ilha minúscula | NU
territory | alexa visse napoleão morreu em santa helena qual é a capital de lá | SH
plural-capitals | alexa visse quais são as capitais da costa do marfim abidjan é uma delas né | CI
plural-capitals | alexa me fala as capitais de montserrat que o vulcão destruiu a antiga | MS
plural-capitals | alexa quais as capitais da república da costa do marfim | CI
plural-capitals | alexa cumpadi montserrat tem quantas capitais e quais | MS
plural-capitals | alexa o farmacêutico quer saber as capitais do essuatíni | SZ
plural-capitals | alexa visse quais as capitais de eswatini a antiga suazilândia | SZ
plural-capitals | alexa o cliente africano perguntou as capitais do benin | BJ
plural-capitals | alexa bah quais são as capitais do benin porto novo e qual | BJ
plural-capitals | alexa véi a áfrica do sul tem três capitais né quais | ZA
plural-capitals | alexa cumpadi me fala as capitais da áfrica do sul | ZA
plural-capitals | alexa o holandês da oficina quer saber as capitais da holanda | NL
plural-capitals | alexa bah quais são as capitais dos países baixos | NL
plural-capitals | alexa na farmácia perguntaram as capitais da palestina | PS
plural-capitals | alexa visse me diz as duas capitais da palestina | PS
plural-capitals | alexa véi quais as capitais do estado da palestina | PS
plural-capitals | alexa o mecânico perguntou as capitais do sri lanka | LK
plural-capitals | alexa visse me fala as duas capitais do sri lanka colombo e a outra | LK
plural-capitals | alexa no geoguessr apareceu o sri lanka quais as capitais | LK
plural-capitals | alexa o padeiro quer saber as capitais da malásia | MY
plural-capitals | alexa bah quais as duas capitais da malásia | MY
plural-capitals | alexa visse quais são as capitais da malásia | MY
plural-capitals | alexa o boliviano da rodoviária quer saber as capitais da bolívia | BO
plural-capitals | alexa ôxe quais são as capitais da bolívia sucre e la paz né | BO
plural-capitals | alexa véi quais são as capitais da bolívia | BO
plural-capitals | alexa o viewer indiano quer as capitais de jammu e caxemira | IN-JK
plural-capitals | alexa visse quais as capitais da caxemira srinagar e qual | IN-JK
plural-capitals | alexa bah quais as capitais de jammu e caxemira tchê | IN-JK
plural-capitals | alexa ôxe quais são as capitais do uttarakhand | IN-UK
plural-capitals | alexa mano quais as capitais do uttarakhand | IN-UK
plural-capitals | alexa ôxe quais são as capitais de montserrat | MS
plural-capitals | alexa visse quais são as capitais do benin | BJ
"""

if __name__ == "__main__":
    build_round(45, "pt", LINES, sys.argv, "tests/Eval/pt/round45/source/build_corpus.py")
