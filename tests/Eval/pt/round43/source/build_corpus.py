"""Round 43, Portuguese (pt-BR): a new author's own mix, written blind at the start of the forty-fourth session (brief
WRITER50.md), with speakers, situations and wordings chosen apart from round 42 (alagoanos, sergipanos, acreanos,
rondonienses, amapaenses, tocantinenses, caiçaras; truck drivers, fishermen, school, church, football, quizzes, a call
center, the kitchen, family meals, children, elders) and the regions and situations round 42 lists as avoided for
rounds 41, 40 and 39.

Regions: norte-paranaenses of Londrina, Maringá, Apucarana, Cambé, Rolândia and Arapongas (the coffee harvest, the
"pé vermelho" red soil, "nossa senhora", "vixi", "piá"); people of the triple border at Foz do Iguaçu and Santa
Terezinha de Itaipu (the Ponte da Amizade, Itaipu, Ciudad del Este shoppers, Lebanese, Syrian, Chinese and Korean
shopkeepers, "che", "guri"); the Vale do Itajaí of German descent (Blumenau, Pomerode, Brusque, Gaspar, Timbó,
Indaial: "ja", "opa" and "oma", the Oktoberfest, enxaimel houses, marreco com repolho roxo, the 1983 flood); serranos
of Lages, São Joaquim, Urubici and Curitibanos (the cold and the snow, pinhão, the Festa do Pinhão, tropeiros, "bah",
"tchê", apple orchards); the Oeste catarinense of Italian descent (Chapecó, Concórdia, Xanxerê, Xaxim, São Miguel do
Oeste: "ostrega", "porca miséria", the nona and the nono, the meat-packing plants and their Haitian, Bangladeshi,
Senegalese and Venezuelan workers); and the Vale do São Francisco (Petrolina, Juazeiro, Lagoa Grande, Sobradinho, the
Ilha do Rodeadouro: grapes, mangoes and wine for export, the carrancas, "oxente", "vixe").

Situations: app drivers and their passengers, the gym (sets, the personal trainer, crossfit, zumba, jiu-jitsu), agro
(the cooperative, soy, maize, fertiliser, the agronomist), tourism at the Iguaçu falls (guides, tourists from abroad),
a knitwear factory of Blumenau, studying for public exams (concursos, flash cards), a building site, wedding and
honeymoon planning. Learners and migrants: Venezuelan, Haitian (one Kreyòl line), Paraguayan (Spanish and one Guarani
greeting), Senegalese, Bangladeshi, Lebanese, Syrian, Chinese, Cuban, Afghan, Russian, Ukrainian, Filipino, Nepali,
Ghanaian, Congolese, Peruvian, Bolivian, Colombian, Mexican, Iraqi, Japanese, American and German speakers.
Code-switching: gym English ("bro", "no pain no gain", "my bad"), English place names, German of the Vale ("ja",
"danke", "bitte", "die hauptstadt"), Spanish at the border.

Out-of-domain: weather and time in the speakers' cities, the falls and Itaipu, prices (dollar, guarani, soy, coffee,
cement), music (Gusttavo Lima, Capital Inicial, Oktoberfest), smart-home and phone requests, rides, recipes (marreco,
paçoca de pinhão, chipa), "capital" in other senses (capital social, de giro, humano, pena capital, pecados capitais,
ganho de capital, Marx, "capital da uva", "da manga", "do pinhão", "do frio", "da cerveja", "da malha"), fictional
places (Wakanda, Nárnia, Westeros, Terra Média, Hogwarts, Arendelle, Atlântida, El Dorado, Pasárgada, Gotham), historical
states (Inca, Aztec and Ottoman empires, Prussia, the Soviet Union, Yugoslavia, the Holy Roman Empire, the República
Rio-Grandense, the Contestado, the Território do Iguaçu, East Germany, Mesopotamia) and regions with no capital in the
data (Catalonia, Galicia, Tuscany, Sicily, Veneto, Lombardy, Tyrol, Patagonia, the Amazon, the Nordeste, the Sertão,
the Pantanal, the Norte do Paraná, the Oeste catarinense, the Vale do Itajaí, Siberia, Tibet, Chechnya, Crimea, the
Azores, Madeira, the Canaries, Kurdistan, Scandinavia, Flanders, the Basque Country, Corsica, Sardinia, Transylvania,
continents, the Moon, Mars, the pampas, the triple border).

Yes/no checks expect the place asked about, right or wrong; self-corrections expect the last place named after the
marker; reverse questions CITY:<capital> as languages/pt.json names it; a bare shared name every place in ordinal order.
The launch name "capitais do mundo" is the author's guess.

Sources: LINES below in the round-12 entry format (`family | frame or sentence | expected`; a fill carries its own
preposition and article), one locale (pt-BR), built by build_round(43, "pt", ...) of
tests/Eval/source/round12_hinl_corpus.py.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
norte-paranaense-speech | alexa aqui de londrina a gente tá querendo saber a capital {} | da frança=FR; da alemanha=DE; da itália=IT
norte-paranaense-speech | alexa nossa senhora esqueci qual é a capital {} | da espanha=ES; de portugal=PT; da irlanda=IE
norte-paranaense-speech | alexa lá em maringá meu tio perguntou a capital {} | do reino unido=GB; da bélgica=BE; do luxemburgo=LU
norte-paranaense-speech | alexa vixi me fala rapidinho a capital {} | da áustria=AT; da suíça=CH; do liechtenstein=LI
norte-paranaense-speech | alexa na colheita do café o pessoal discutiu a capital {} | da dinamarca=DK; da noruega=NO; da suécia=SE
norte-paranaense-speech | alexa pé vermelho aqui quer saber a capital {} | da finlândia=FI; da islândia=IS; da estônia=EE
fronteira-speech | alexa aqui em foz do iguaçu qual que é a capital {} | da letônia=LV; da lituânia=LT; da polônia=PL
fronteira-speech | alexa passando a ponte da amizade me lembrei da capital {} | da república tcheca=CZ; da eslováquia=SK; da hungria=HU
fronteira-speech | alexa che guri me diz a capital {} | da romênia=RO; da bulgária=BG; da grécia=GR
fronteira-speech | alexa perto de itaipu a gente quer a capital {} | da croácia=HR; da eslovênia=SI; da sérvia=RS
fronteira-speech | alexa na tríplice fronteira alguém sabe a capital {} | da bósnia e herzegovina=BA; do montenegro=ME; da albânia=AL
vale-itajai-speech | alexa ja aqui de blumenau qual é a capital {} | da macedônia do norte=MK; do kosovo=XK; da moldávia=MD
vale-itajai-speech | alexa a oma quer saber a capital {} | da ucrânia=UA; da bielorrússia=BY; da rússia=RU
vale-itajai-speech | alexa opa na oktoberfest surgiu a dúvida da capital {} | de andorra=AD; de mônaco=MC; de san marino=SM
vale-itajai-speech | alexa lá em pomerode perguntaram a capital {} | de malta=MT; de chipre=CY; do vaticano=VA
vale-itajai-speech | alexa aqui no vale do itajaí qual é mesmo a capital {} | da turquia=TR; da geórgia o país=GE; da armênia=AM
serrano-speech | alexa bah aqui em lages tá um frio e eu quero saber a capital {} | do azerbaijão=AZ; do cazaquistão=KZ; do uzbequistão=UZ
serrano-speech | alexa comendo pinhão me veio a dúvida da capital {} | do turcomenistão=TM; do quirguistão=KG; do tadjiquistão=TJ
serrano-speech | alexa lá em são joaquim nevou e a gente quer a capital {} | do afeganistão=AF; do paquistão=PK; da índia=IN
serrano-speech | alexa guri me responde qual é a capital {} | do nepal=NP; do butão=BT; de bangladesh=BD
serrano-speech | alexa na festa do pinhão perguntaram a capital {} | do sri lanka=LK; das maldivas=MV; da china=CN
oeste-catarinense-speech | alexa aqui em chapecó qual a capital {} | do japão=JP; da coreia do sul=KR; da coreia do norte=KP
oeste-catarinense-speech | alexa ostrega esqueci a capital {} | da mongólia=MN; de taiwan=TW; do vietnã=VN
oeste-catarinense-speech | alexa lá em concórdia a nona perguntou a capital {} | do laos=LA; do camboja=KH; da tailândia=TH
oeste-catarinense-speech | alexa porca miséria qual é a capital {} | de mianmar=MM; da malásia=MY; de singapura=SG
oeste-catarinense-speech | alexa no frigorífico um colega quer saber a capital {} | da indonésia=ID; das filipinas=PH; de brunei=BN
oeste-catarinense-speech | alexa aqui em xanxerê alguém sabe a capital {} | do timor leste=TL; da papua nova guiné=PG; da austrália=AU
sanfranciscano-speech | alexa aqui de petrolina me diz a capital {} | da nova zelândia=NZ; de fiji=FJ; das ilhas salomão=SB
sanfranciscano-speech | alexa oxente qual é a capital {} | de vanuatu=VU; de samoa=WS; de tonga=TO
sanfranciscano-speech | alexa em juazeiro na beira do rio a gente quer a capital {} | de tuvalu=TV; de kiribati=KI; de nauru=NR
sanfranciscano-speech | alexa colhendo manga me deu vontade de saber a capital {} | das ilhas marshall=MH; da micronésia=FM; de palau=PW
sanfranciscano-speech | alexa vixe mainha quer a capital {} | do egito=EG; da líbia=LY; da tunísia=TN
sanfranciscano-speech | alexa lá na vinícola perguntaram a capital {} | da argélia=DZ; do marrocos=MA; da mauritânia=MR
app-driver-talk | alexa tô parado esperando corrida qual a capital {} | do mali=ML; do níger=NE; do chade=TD
app-driver-talk | alexa o passageiro quer saber a capital {} | do sudão=SD; do sudão do sul=SS; da etiópia=ET
app-driver-talk | alexa entre uma corrida e outra me fala a capital {} | da eritreia=ER; de djibuti=DJ; da somália=SO
app-driver-talk | alexa o passageiro gringo perguntou a capital {} | do quênia=KE; de uganda=UG; de ruanda=RW
gym-talk | alexa no intervalo da série me diz a capital {} | do burundi=BI; da tanzânia=TZ; de moçambique=MZ
gym-talk | alexa o personal quer saber a capital {} | do malawi=MW; da zâmbia=ZM; do zimbábue=ZW
gym-talk | alexa terminando o treino qual é a capital {} | de botsuana=BW; da namíbia=NA; de angola=AO
agro-talk | alexa o agrônomo perguntou a capital {} | da áfrica do sul=ZA; do lesoto=LS; de essuatíni=SZ
agro-talk | alexa na cooperativa falaram da capital {} | de madagascar=MG; das ilhas maurício=MU; das seychelles=SC
agro-talk | alexa em cima do trator me fala a capital {} | de comores=KM; de cabo verde=CV; da guiné-bissau=GW
agro-talk | alexa o comprador de soja é de fora qual a capital {} | do senegal=SN; da gâmbia=GM; da guiné=GN
tourism-talk | alexa o turista nas cataratas perguntou a capital {} | de serra leoa=SL; da libéria=LR; da costa do marfim=CI
tourism-talk | alexa o grupo de turistas quer saber a capital {} | de gana=GH; do togo=TG; do benin=BJ
tourism-talk | alexa o guia não lembra a capital {} | da nigéria=NG; de camarões=CM; da guiné equatorial=GQ
tourism-talk | alexa no parque das aves uma senhora perguntou a capital {} | do gabão=GA; do congo brazzaville=CG; da república democrática do congo=CD
factory-talk | alexa na fábrica de malha o pessoal quer a capital {} | da república centro-africana=CF; de são tomé e príncipe=ST; do burkina faso=BF
factory-talk | alexa no almoço da tecelagem perguntaram a capital {} | da arábia saudita=SA; do iêmen=YE; de omã=OM
factory-talk | alexa no turno da noite me diz a capital {} | dos emirados árabes=AE; do catar=QA; do bahrein=BH
concurso-talk | alexa tô estudando pro concurso qual é a capital {} | do kuwait=KW; do iraque=IQ; do irã=IR
concurso-talk | alexa caiu na prova a capital {} me confirma | da síria=SY; do líbano=LB; da jordânia=JO
concurso-talk | alexa pra revisão de atualidades a capital {} | de israel=IL; da palestina=PS; da cidade do vaticano=VA
construction-talk | alexa aqui na obra o mestre quer saber a capital {} | do canadá=CA; dos estados unidos=US; do méxico=MX
construction-talk | alexa o pedreiro apostou comigo a capital {} | da guatemala=GT; de belize=BZ; de honduras=HN
construction-talk | alexa no café da obra perguntaram a capital {} | de el salvador=SV; da nicarágua=NI; da costa rica=CR
wedding-talk | alexa pra lua de mel a gente quer saber a capital {} | do panamá=PA; de cuba=CU; da jamaica=JM
wedding-talk | alexa a noiva perguntou a capital {} | do haiti=HT; da república dominicana=DO; das bahamas=BS
wedding-talk | alexa o cerimonialista quer saber a capital {} | de barbados=BB; de trinidad e tobago=TT; de granada=GD
wedding-talk | alexa pensando no destino da viagem qual é a capital {} | de santa lúcia=LC; de são vicente e granadinas=VC; da dominica=DM
code-switch | alexa what is the capital {} em português | de antígua e barbuda=AG; de são cristóvão e névis=KN; da guiana=GY
code-switch | alexa meu coach perguntou the capital {} | do suriname=SR; da venezuela=VE; da colômbia=CO
learner | alexa eu venezuelano morar aqui capital {} qual é | do equador=EC; do peru=PE; da bolívia=BO
learner | alexa eu paraguaio trabalhar em foz capital {} | do paraguai=PY; do uruguai=UY; da argentina=AR
learner | alexa eu haitiano trabalho chapecó você fala capital {} | do chile=CL; do brasil=BR; do haiti=HT
norte-paranaense-speech | alexa o piá da minha irmã em maringá quer saber a capital {} | do paraná=BR-PR; de santa catarina=BR-SC; do rio grande do sul=BR-RS
norte-paranaense-speech | alexa aqui em apucarana perguntaram a capital {} | de são paulo=BR-SP; de minas gerais=BR-MG; do rio de janeiro=BR-RJ
fronteira-speech | alexa aqui perto do marco das três fronteiras qual é a capital {} | do mato grosso do sul=BR-MS; do mato grosso=BR-MT; de goiás=BR-GO
fronteira-speech | alexa o cambista da ponte perguntou a capital {} | do espírito santo=BR-ES; da bahia=BR-BA; de sergipe=BR-SE
sanfranciscano-speech | alexa aqui na beira do velho chico qual a capital {} | de pernambuco=BR-PE; de alagoas=BR-AL; da paraíba=BR-PB
sanfranciscano-speech | alexa o barqueiro de juazeiro quer saber a capital {} | do rio grande do norte=BR-RN; do ceará=BR-CE; do piauí=BR-PI
sanfranciscano-speech | alexa da ilha do rodeadouro pergunto a capital {} | do maranhão=BR-MA; do pará=BR-PA; do amapá=BR-AP
app-driver-talk | alexa o passageiro é do norte e quer saber a capital {} | do amazonas=BR-AM; de roraima=BR-RR; do acre=BR-AC
app-driver-talk | alexa pra puxar assunto com o passageiro qual a capital {} | de rondônia=BR-RO; do tocantins=BR-TO; do distrito federal=BR-DF
construction-talk | alexa o engenheiro americano quer saber a capital {} | do alabama=US-AL; do alasca=US-AK; do arizona=US-AZ
construction-talk | alexa o mestre de obras trabalhou nos estados unidos e pergunta a capital {} | do arkansas=US-AR; da califórnia=US-CA; do colorado=US-CO
construction-talk | alexa quando eu trabalhei de pedreiro lá fora morei perto da capital {} | de connecticut=US-CT; de delaware=US-DE; da flórida=US-FL
gym-talk | alexa o aluno de intercâmbio da academia perguntou a capital {} | do estado da geórgia=US-GA; do havaí=US-HI; de idaho=US-ID
gym-talk | alexa no aquecimento me fala a capital {} | de illinois=US-IL; de indiana=US-IN; de iowa=US-IA
gym-talk | alexa o professor de crossfit quer a capital {} | do kansas=US-KS; do kentucky=US-KY; da louisiana=US-LA
code-switch | alexa minha prima em boston me perguntou qual é a capital {} | do maine=US-ME; de maryland=US-MD; de massachusetts=US-MA
code-switch | alexa for real qual é a capital {} | de michigan=US-MI; de minnesota=US-MN; do mississippi=US-MS
code-switch | alexa tipo assim what's the capital {} | do missouri=US-MO; de montana=US-MT; de nebraska=US-NE
wedding-talk | alexa a madrinha mora nos estados unidos e quer saber a capital {} | de nevada=US-NV; de new hampshire=US-NH; de nova jersey=US-NJ
wedding-talk | alexa a despedida de solteira vai ser em vegas mas qual é a capital {} | do novo méxico=US-NM; de nova york=US-NY; da carolina do norte=US-NC
tourism-talk | alexa o casal de turistas americanos quer saber a capital {} | da dakota do norte=US-ND; de ohio=US-OH; de oklahoma=US-OK
tourism-talk | alexa a guia bilíngue esqueceu a capital {} | do oregon=US-OR; da pensilvânia=US-PA; de rhode island=US-RI
tourism-talk | alexa o grupo de texanos perguntou a capital {} | da carolina do sul=US-SC; da dakota do sul=US-SD; do tennessee=US-TN
concurso-talk | alexa no simulado de inglês caiu a capital {} | do texas=US-TX; de utah=US-UT; de vermont=US-VT
concurso-talk | alexa anotando no caderno de resumos a capital {} | da virgínia=US-VA; do estado de washington=US-WA; da virgínia ocidental=US-WV
concurso-talk | alexa última revisão antes da prova qual é a capital {} | de wisconsin=US-WI; de wyoming=US-WY; de washington dc=US-DC
agro-talk | alexa o pessoal da feira agrícola no canadá quer saber a capital {} | de alberta=CA-AB; da colúmbia britânica=CA-BC; de manitoba=CA-MB
agro-talk | alexa o produtor que exporta pro canadá perguntou a capital {} | de new brunswick=CA-NB; da terra nova e labrador=CA-NL; da nova escócia=CA-NS
factory-talk | alexa o gerente canadense da fábrica quer a capital {} | de ontário=CA-ON; da ilha do príncipe eduardo=CA-PE; de quebec=CA-QC
factory-talk | alexa o fornecedor de fio é de lá e pergunta a capital {} | de saskatchewan=CA-SK; de yukon=CA-YT; de nunavut=CA-NU
serrano-speech | alexa lá na serra tá frio qual a capital {} | dos territórios do noroeste=CA-NT; da tasmânia=AU-TAS; da nova gales do sul=AU-NSW
serrano-speech | alexa meu guri foi trabalhar na austrália qual é a capital {} | de queensland=AU-QLD; de victoria na austrália=AU-VIC; da austrália ocidental=AU-WA
serrano-speech | alexa o tropeiro quer saber a capital {} | da austrália do sul=AU-SA; do território do norte=AU-NT; do território da capital australiana=AU-ACT
vale-itajai-speech | alexa o opa nasceu na alemanha e quer saber a capital {} | da baviera=DE-BY; de baden-württemberg=DE-BW; do hesse=DE-HE
vale-itajai-speech | alexa ja ja me diz a capital {} | da saxônia=DE-SN; da turíngia=DE-TH; da saxônia-anhalt=DE-ST
vale-itajai-speech | alexa os parentes de hamburgo perguntaram a capital {} | da baixa saxônia=DE-NI; do schleswig-holstein=DE-SH; de brandemburgo=DE-BB
vale-itajai-speech | alexa na aula de alemão do colégio a professora quis a capital {} | da renânia do norte-vestfália=DE-NW; da renânia-palatinado=DE-RP; do sarre=DE-SL
vale-itajai-speech | alexa o enxaimel da casa é igual ao de lá qual a capital {} | de meclemburgo-pomerânia=DE-MV; do estado de berlim=DE-BE; do estado de bremen=DE-HB
oeste-catarinense-speech | alexa o técnico indiano do frigorífico quer saber a capital {} | de andhra pradesh=IN-AP; de arunachal pradesh=IN-AR; de assam=IN-AS
oeste-catarinense-speech | alexa o colega da índia perguntou a capital {} | de bihar=IN-BR; de chhattisgarh=IN-CG; de goa=IN-GA
learner | alexa eu indiano trabalho aqui chapecó capital {} | de gujarat=IN-GJ; de haryana=IN-HR; de himachal pradesh=IN-HP
learner | alexa eu bengali trabalhar frigorífico capital {} sabe | de bengala ocidental=IN-WB; de jharkhand=IN-JH; de karnataka=IN-KA
concurso-talk | alexa estudando geografia da índia qual a capital {} | de kerala=IN-KL; de madhya pradesh=IN-MP; de maharashtra=IN-MH
concurso-talk | alexa pra questão de múltipla escolha qual a capital {} | de manipur=IN-MN; de mizoram=IN-MZ; de nagaland=IN-NL
tourism-talk | alexa a mochileira que vai pra índia quer a capital {} | de odisha=IN-OD; do punjab=IN-PB; do rajastão=IN-RJ
tourism-talk | alexa a turista de yoga perguntou a capital {} | de sikkim=IN-SK; de tamil nadu=IN-TN; de telangana=IN-TS
tourism-talk | alexa no hostel de foz um indiano quer saber a capital {} | de tripura=IN-TR; de uttar pradesh=IN-UP; de chandigarh=IN-CH
gym-talk | alexa a professora de yoga perguntou a capital {} | de ladakh=IN-LA; de lakshadweep=IN-LD; de puducherry=IN-PY
gym-talk | alexa o aluno novo é indiano e pergunta a capital {} | das ilhas andaman e nicobar=IN-AN; de dadrá e nagar aveli e damão e diu=IN-DH; do território de delhi=IN-DL
app-driver-talk | alexa o passageiro mexicano quer saber a capital {} | de aguascalientes=MX-AGU; da baja california=MX-BCN; da baja california sur=MX-BCS
app-driver-talk | alexa no trânsito parado me diz a capital {} | de campeche=MX-CAM; de chiapas=MX-CHP; de chihuahua=MX-CHH
learner | alexa eu mexicana casada brasileiro pergunta capital {} | de coahuila=MX-COA; de colima=MX-COL; de durango=MX-DUR
learner | alexa yo soy mexicano cuál es la capital {} | de guerrero=MX-GRO; de guanajuato=MX-GUA; de hidalgo=MX-HID
wedding-talk | alexa a lua de mel vai ser no méxico qual é a capital {} | de jalisco=MX-JAL; do estado do méxico=MX-MEX; de michoacán=MX-MIC
wedding-talk | alexa o noivo é mexicano e a sogra quer a capital {} | de morelos=MX-MOR; de nayarit=MX-NAY; de nuevo león=MX-NLE
factory-talk | alexa a fábrica tem filial no méxico qual a capital {} | de oaxaca=MX-OAX; de puebla=MX-PUE; de querétaro=MX-QUE
factory-talk | alexa o cliente mexicano perguntou a capital {} | de quintana roo=MX-ROO; de san luis potosí=MX-SLP; de sinaloa=MX-SIN
agro-talk | alexa o comprador de milho mexicano quer saber a capital {} | de sonora=MX-SON; de tabasco=MX-TAB; de tamaulipas=MX-TAM
agro-talk | alexa na feira do agro o mexicano perguntou a capital {} | de tlaxcala=MX-TLA; de veracruz=MX-VER; de yucatán=MX-YUC
agro-talk | alexa o veterinário da cooperativa quer a capital {} | de zacatecas=MX-ZAC; de meghalaya=IN-ML; de uttarakhand=IN-UK
norte-paranaense-speech | alexa meu filho vai fazer intercâmbio qual é a capital {} | da inglaterra=GB-ENG; da escócia=GB-SCT; do país de gales=GB-WLS
norte-paranaense-speech | alexa o primo que viaja muito perguntou a capital {} | da irlanda do norte=GB-NIR; de jammu e caxemira=IN-JK; da cidade do méxico=MX-CMX
tourism-talk | alexa a agência de viagem oferece cruzeiro qual a capital {} | de anguilla=AI; de aruba=AW; de curaçao=CW
tourism-talk | alexa o cruzeiro para em várias ilhas qual é a capital {} | das ilhas cayman=KY; das bermudas=BM; das ilhas turks e caicos=TC
wedding-talk | alexa a gente tá vendo pacote pro caribe qual a capital {} | das ilhas virgens britânicas=VG; das ilhas virgens americanas=VI; de porto rico=PR
wedding-talk | alexa lua de mel no caribe francês qual é a capital {} | de guadalupe=GP; da martinica=MQ; de são bartolomeu=BL
territory | alexa a ilha de são martinho na parte francesa qual é a capital | MF
territory | alexa e a parte holandesa qual é a capital {} | de sint maarten=SX; de bonaire=BQ; de montserrat=MS
territory | alexa a guiana francesa aqui do lado qual a capital {} | da guiana francesa=GF; de são pedro e miquelão=PM; da groenlândia=GL
territory | alexa no documentário de pinguim falaram da capital {} | das ilhas malvinas=FK; da geórgia do sul=GS; de santa helena=SH
territory | alexa pra ver no mapa qual é a capital {} | da polinésia francesa=PF; da nova caledônia=NC; de wallis e futuna=WF
territory | alexa nas ilhas do pacífico qual é a capital {} | de guam=GU; das ilhas marianas do norte=MP; da samoa americana=AS
territory | alexa o velejador quer saber a capital {} | das ilhas cook=CK; de niue=NU; de tokelau=TK
territory | alexa perdido no mapa do pacífico qual a capital {} | das ilhas pitcairn=PN; da ilha norfolk=NF; da ilha christmas=CX
territory | alexa perto da austrália tem a ilha e eu quero a capital {} | das ilhas cocos=CC; do território britânico do oceano índico=IO; dos territórios franceses do sul=TF
territory | alexa na europa tem essas ilhinhas qual é a capital {} | da ilha de man=IM; de jersey=JE; de guernsey=GG
territory | alexa no norte da europa qual é a capital {} | das ilhas faroé=FO; das ilhas aland=AX; de svalbard=SJ
territory | alexa no continente africano qual é a capital {} | da ilha da reunião=RE; de mayotte=YT; do saara ocidental=EH
territory | alexa o rochedo lá embaixo da espanha qual é a capital {} | de gibraltar=GI
territory | alexa lá na china tem capital {} | hong kong=HK; macau=MO
territory | alexa tem capital {} | a antártida=AQ; a ilha bouvet=BV; as ilhas heard e mcdonald=HM
territory | alexa as ilhas menores distantes dos estados unidos têm capital | UM
plural-capitals | alexa quais são as capitais da bolívia que eu sempre confundo | BO
plural-capitals | alexa o paraguaio disse que a bolívia tem duas capitais quais são | BO
plural-capitals | alexa me fala as duas capitais da bolívia pro concurso | BO
plural-capitals | alexa quais são as três capitais da áfrica do sul | ZA
plural-capitals | alexa o turista sul-africano disse que o país tem três capitais quais | ZA
plural-capitals | alexa capitais da áfrica do sul todas elas | ZA
plural-capitals | alexa quais são as capitais do benin | BJ
plural-capitals | alexa o benin tem mais de uma capital quais são | BJ
plural-capitals | alexa as capitais da costa do marfim quais são | CI
plural-capitals | alexa a costa do marfim tem duas capitais me fala elas | CI
plural-capitals | alexa quais são as capitais do sri lanka | LK
plural-capitals | alexa o sri lanka tem duas capitais né quais | LK
plural-capitals | alexa quais as capitais da malásia | MY
plural-capitals | alexa a malásia tem kuala lumpur e mais qual capital | MY
plural-capitals | alexa me diz as capitais da malásia pro trabalho | MY
plural-capitals | alexa quais são as capitais da holanda | NL
plural-capitals | alexa os países baixos têm duas capitais quais são | NL
plural-capitals | alexa quais as capitais de essuatíni | SZ
plural-capitals | alexa a suazilândia tem duas capitais quais são elas | SZ
plural-capitals | alexa quais são as capitais da palestina | PS
plural-capitals | alexa a palestina tem duas capitais me fala | PS
plural-capitals | alexa quais são as capitais de montserrat | MS
plural-capitals | alexa a ilha de montserrat tem duas capitais por causa do vulcão quais | MS
plural-capitals | alexa quais são as capitais de jammu e caxemira | IN-JK
plural-capitals | alexa jammu e caxemira tem capital de verão e de inverno quais são | IN-JK
plural-capitals | alexa quais são as capitais de uttarakhand | IN-UK
plural-capitals | alexa uttarakhand tem duas capitais quais são | IN-UK
plural-capitals | alexa ja quais são as capitais da áfrica do sul | ZA
plural-capitals | alexa vixi quantas capitais tem a bolívia e quais são | BO
plural-capitals | alexa che las capitales de bolivia quais são | BO
follow-up | alexa e a do chile | CL
follow-up | alexa e a do uruguai | UY
follow-up | alexa e a da argentina então | AR
follow-up | alexa e do paraguai qual é | PY
follow-up | alexa e a capital do equador | EC
follow-up | alexa tá e a da colômbia | CO
follow-up | alexa beleza e a da venezuela | VE
follow-up | alexa agora a do peru | PE
follow-up | alexa e a da alemanha | DE
follow-up | alexa e a da áustria | AT
follow-up | alexa e a da polônia hein | PL
follow-up | alexa e santa catarina | BR-SC
follow-up | alexa e a do paraná | BR-PR
follow-up | alexa e a do rio grande do sul | BR-RS
follow-up | alexa e da bahia qual é | BR-BA
follow-up | alexa e pernambuco | BR-PE
follow-up | alexa e o piauí | BR-PI
follow-up | alexa e a do japão | JP
follow-up | alexa e a da china agora | CN
follow-up | alexa e a do haiti | HT
follow-up | alexa e a do líbano | LB
follow-up | alexa e a da síria | SY
follow-up | alexa e do senegal | SN
follow-up | alexa e a do texas | US-TX
follow-up | alexa e a da flórida | US-FL
follow-up | alexa e a de quebec | CA-QC
follow-up | alexa e a da baviera | DE-BY
follow-up | alexa e o méxico qual é a capital | MX
follow-up | alexa e a mesma coisa pra noruega | NO
follow-up | alexa e a da escócia | GB-SCT
follow-up | alexa ok e o canadá | CA
follow-up | alexa e da índia | IN
follow-up | alexa e a do egito | EG
follow-up | alexa e a da turquia | TR
follow-up | alexa certo agora a da grécia | GR
shared-name | alexa qual é a capital do congo | CD+CG
shared-name | alexa a capital dos dois congos | CD+CG
shared-name | alexa o colega congolês falou da capital do congo qual é | CD+CG
shared-name | alexa as capitais dos congos | CD+CG
shared-name | alexa qual é a capital da coreia | KP+KR
shared-name | alexa as capitais das duas coreias | KP+KR
shared-name | alexa a capital das coreias | KP+KR
shared-name | alexa qual é a capital da geórgia | GE+US-GA
shared-name | alexa a capital da geórgia aquela que eu não sei qual é | GE+US-GA
shared-name | alexa me diz a capital da geórgia | GE+US-GA
shared-name | alexa qual é a capital das ilhas virgens | VG+VI
shared-name | alexa a capital das ilhas virgens no caribe | VG+VI
shared-name | alexa capital da coreia pro meu filho | KP+KR
shared-name | alexa o congo tem capital qual é | CD+CG
shared-name | alexa a geórgia capital | GE+US-GA
shared-name | alexa a capital da coreia que o coreano da loja falou | KP+KR
yes-no-check | alexa a capital da austrália é sydney né | AU
yes-no-check | alexa é verdade que a capital do canadá é toronto | CA
yes-no-check | alexa a capital da turquia é istambul | TR
yes-no-check | alexa a capital da suíça é genebra ou zurique | CH
yes-no-check | alexa curitiba é a capital do paraná né | BR-PR
yes-no-check | alexa a capital de santa catarina é joinville | BR-SC
yes-no-check | alexa a capital de santa catarina é blumenau ou florianópolis | BR-SC
yes-no-check | alexa londrina já foi capital do paraná | BR-PR
yes-no-check | alexa a capital do paraguai é ciudad del este | PY
yes-no-check | alexa assunção é a capital do paraguai mesmo | PY
yes-no-check | alexa a capital da argentina é buenos aires confirma pra mim | AR
yes-no-check | alexa petrolina é capital de pernambuco | BR-PE
yes-no-check | alexa juazeiro é a capital da bahia | BR-BA
yes-no-check | alexa a capital da bahia é salvador certo | BR-BA
yes-no-check | alexa a capital da alemanha é bonn ainda | DE
yes-no-check | alexa a capital da baviera é munique não é | DE-BY
yes-no-check | alexa a capital dos estados unidos é nova york | US
yes-no-check | alexa a capital da califórnia é los angeles | US-CA
yes-no-check | alexa a capital do texas é houston ou dallas | US-TX
yes-no-check | alexa a capital da flórida é miami né | US-FL
yes-no-check | alexa é certo que a capital de nova york não é nova york | US-NY
yes-no-check | alexa a capital do marrocos é casablanca | MA
yes-no-check | alexa a capital da nigéria é lagos | NG
yes-no-check | alexa a capital do haiti é porto príncipe né | HT
yes-no-check | alexa a capital da venezuela é caracas mesmo | VE
yes-no-check | alexa a capital do líbano é beirute tô certo | LB
yes-no-check | alexa a capital da síria é damasco ou alepo | SY
yes-no-check | alexa a capital do vietnã é ho chi minh | VN
yes-no-check | alexa a capital da china é xangai | CN
yes-no-check | alexa a capital da índia é mumbai | IN
yes-no-check | alexa a capital do paquistão é karachi | PK
yes-no-check | alexa a capital de bangladesh é daca confere | BD
yes-no-check | alexa a capital da nova zelândia é auckland | NZ
yes-no-check | alexa a capital do cazaquistão ainda é almaty | KZ
yes-no-check | alexa a capital de myanmar é yangon | MM
yes-no-check | alexa a capital da tanzânia é dar es salaam | TZ
yes-no-check | alexa a capital do senegal é dakar né | SN
yes-no-check | alexa é verdade que a capital do mato grosso é cuiabá | BR-MT
yes-no-check | alexa a capital de goiás é goiânia ou anápolis | BR-GO
yes-no-check | alexa a capital do piauí é teresina ou parnaíba | BR-PI
yes-no-check | alexa a capital do rio grande do norte é mossoró | BR-RN
yes-no-check | alexa a capital de minas é belo horizonte né | BR-MG
yes-no-check | alexa a capital da escócia é glasgow | GB-SCT
yes-no-check | alexa a capital da irlanda do norte é belfast confirma | GB-NIR
yes-no-check | alexa a capital de quebec é montreal | CA-QC
yes-no-check | alexa a capital da itália é roma ou milão | IT
yes-no-check | alexa ja a capital da alemanha é berlim sim | DE
yes-no-check | alexa a capital do equador é guayaquil | EC
yes-no-check | alexa a capital da bolívia é la paz só | BO
yes-no-check | alexa a capital da colômbia é medellín | CO
yes-no-check | alexa a capital do marrocos é rabat eu acertei | MA
yes-no-check | alexa a capital da arábia saudita é meca | SA
self-correction | alexa qual é a capital da áustria não da austrália | AU
self-correction | alexa capital da suécia quer dizer da suíça | CH
self-correction | alexa qual a capital do paraguai ops do uruguai | UY
self-correction | alexa a capital de santa catarina não pera do paraná | BR-PR
self-correction | alexa qual é a capital da eslováquia digo eslovênia | SI
self-correction | alexa qual a capital do níger não da nigéria | NG
self-correction | alexa capital da guiné não guiné-bissau | GW
self-correction | alexa qual é a capital da islândia ou melhor da irlanda | IE
self-correction | alexa capital do irã não do iraque | IQ
self-correction | alexa a capital do pernambuco quer dizer da paraíba | BR-PB
self-correction | alexa qual é a capital do mato grosso do sul não só mato grosso | BR-MT
self-correction | alexa qual é a capital da colômbia desculpa da colúmbia britânica | CA-BC
self-correction | alexa capital da virgínia não virgínia ocidental | US-WV
self-correction | alexa qual é a capital da letônia ai errei lituânia | LT
self-correction | alexa a capital da mauritânia não das ilhas maurício | MU
self-correction | alexa qual é a capital do sudão do sul não só sudão | SD
self-correction | alexa capital da gâmbia hã da zâmbia | ZM
self-correction | alexa qual a capital da dominica não república dominicana | DO
self-correction | alexa capital da áustria não espera austrália ocidental | AU-WA
self-correction | alexa qual é a capital da baixa saxônia opa da saxônia-anhalt | DE-ST
self-correction | alexa capital do rio grande do norte não do sul | BR-RS
self-correction | alexa capital da coreia do norte quer dizer do sul | KR
self-correction | alexa a capital de taiwan não tailândia | TH
self-correction | alexa a capital da mongólia pera da moldávia | MD
self-correction | alexa qual a capital do camboja digo do laos | LA
self-correction | alexa capital do chade não do sudão | SD
self-correction | alexa capital da argélia ou melhor nigéria | NG
self-correction | alexa qual é a capital de omã não do iêmen | YE
self-correction | alexa a capital do bahrein não do catar | QA
self-correction | alexa vixi errei não é da eritreia é da etiópia a capital | ET
self-correction | alexa capital de honduras não da nicarágua | NI
self-correction | alexa qual a capital do peru não do equador | EC
self-correction | alexa capital do azerbaijão quer dizer armênia | AM
self-correction | alexa a capital da eslovênia ai não croácia | HR
self-correction | alexa capital do ceará não do piauí | BR-PI
reverse-question | alexa curitiba é capital de qual estado | CITY:Curitiba
reverse-question | alexa florianópolis é capital de onde | CITY:Florianópolis
reverse-question | alexa teresina é a capital de que estado | CITY:Teresina
reverse-question | alexa natal é capital de qual estado | CITY:Natal
reverse-question | alexa boa vista é capital de onde mesmo | CITY:Boa Vista
reverse-question | alexa assunção é capital de que país | CITY:Assunção
reverse-question | alexa montevidéu é capital de qual país | CITY:Montevidéu
reverse-question | alexa caracas é a capital de qual país | CITY:Caracas
reverse-question | alexa porto príncipe é capital de onde | CITY:Porto Príncipe
reverse-question | alexa beirute fica em que país é capital de qual | CITY:Beirute
reverse-question | alexa damasco é capital de qual país | CITY:Damasco
reverse-question | alexa dakar é a capital de que país | CITY:Dakar
reverse-question | alexa daca é capital de onde | CITY:Dacca
reverse-question | alexa kingston é capital de qual lugar | CITY:Kingston
reverse-question | alexa victoria é capital de onde | CITY:Victoria
reverse-question | alexa saint john's é capital de qual lugar | CITY:Saint John's
reverse-question | alexa chandigarh é capital de quais estados | CITY:Chandigarh
reverse-question | alexa londres é capital de onde | CITY:Londres
reverse-question | alexa berlim é a capital de quê | CITY:Berlim
reverse-question | alexa canberra é capital de qual país | CITY:Canberra
reverse-question | alexa wellington é capital de que país | CITY:Wellington
reverse-question | alexa ottawa é capital de qual país | CITY:Ottawa
reverse-question | alexa nairóbi é a capital de onde | CITY:Nairóbi
reverse-question | alexa adis abeba é capital de qual país | CITY:Adis Abeba
reverse-question | alexa ulan bator é capital de onde | CITY:Ulan Bator
reverse-question | alexa tbilisi é capital de que país | CITY:Tbilisi
reverse-question | alexa reykjavik é capital de qual país | CITY:Reykjavík
reverse-question | alexa praia é capital de que país | CITY:Praia
reverse-question | alexa dili é capital de onde | CITY:Dili
reverse-question | alexa munique é capital de qual estado alemão | CITY:Munique
reverse-question | alexa sacramento é capital de qual estado americano | CITY:Sacramento
reverse-question | alexa austin é capital de que estado | CITY:Austin
reverse-question | alexa toronto é capital de qual província | CITY:Toronto
reverse-question | alexa mérida é capital de onde | CITY:Mérida
reverse-question | alexa guadalajara é capital de qual estado mexicano | CITY:Guadalajara
reverse-question | alexa de que país a capital é lima | CITY:Lima
reverse-question | alexa qual país tem a capital em bogotá | CITY:Bogotá
reverse-question | alexa santiago é capital de qual país | CITY:Santiago
reverse-question | alexa cuiabá é capital de qual estado | CITY:Cuiabá
reverse-question | alexa nova délhi é capital de quê | CITY:Nova Délhi
reverse-question | alexa hamilton é capital de onde | CITY:Hamilton
reverse-question | alexa georgetown é a capital de onde | CITY:Georgetown
official-name | alexa qual é a capital da república federativa do brasil | BR
official-name | alexa capital da república do paraguai | PY
official-name | alexa qual a capital da república oriental do uruguai | UY
official-name | alexa qual é a capital da república bolivariana da venezuela | VE
official-name | alexa capital do estado plurinacional da bolívia | BO
official-name | alexa qual é a capital da república argentina | AR
official-name | alexa qual a capital da república federal da alemanha | DE
official-name | alexa qual é a capital da confederação suíça | CH
official-name | alexa capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | alexa qual é a capital do reino da espanha | ES
official-name | alexa capital da república francesa | FR
official-name | alexa qual é a capital da república italiana | IT
official-name | alexa qual é a capital da república libanesa | LB
official-name | alexa capital da república árabe síria | SY
official-name | alexa capital da república do haiti | HT
official-name | alexa qual é a capital da república popular da china | CN
official-name | alexa qual é a capital da república popular do bangladesh | BD
official-name | alexa capital da república do senegal | SN
official-name | alexa capital da república islâmica do irã | IR
official-name | alexa qual a capital da república islâmica do paquistão | PK
official-name | alexa capital da república da índia | IN
official-name | alexa qual é a capital dos estados unidos da américa | US
official-name | alexa capital dos estados unidos mexicanos | MX
official-name | alexa qual a capital da federação russa | RU
official-name | alexa capital do reino dos países baixos | NL
official-name | alexa qual é a capital do reino da noruega | NO
official-name | alexa capital da república socialista do vietnã | VN
official-name | alexa qual a capital da república democrática popular do laos | LA
official-name | alexa qual é a capital da república democrática popular da coreia | KP
official-name | alexa capital da república da coreia | KR
official-name | alexa qual a capital do reino hachemita da jordânia | JO
official-name | alexa capital do reino do marrocos | MA
official-name | alexa qual é a capital da república da turquia | TR
official-name | alexa capital da comunidade da austrália | AU
official-name | alexa qual a capital do estado do paraná | BR-PR
official-name | alexa capital do estado livre da baviera | DE-BY
official-name | alexa capital da república da china taiwan | TW
official-name | alexa capital da república cooperativa da guiana | GY
official-name | alexa capital da república democrática federal da etiópia | ET
official-name | alexa capital do estado da cidade do vaticano | VA
everyday-name | alexa qual a capital da holanda | NL
everyday-name | alexa capital da inglaterra | GB-ENG
everyday-name | alexa qual é a capital dos eua | US
everyday-name | alexa capital da coreia do norte aquela do kim | KP
everyday-name | alexa qual a capital da birmânia | MM
everyday-name | alexa capital da suazilândia | SZ
everyday-name | alexa capital da tchéquia | CZ
everyday-name | alexa qual a capital do congo kinshasa | CD
everyday-name | alexa capital da bielorrússia | BY
everyday-name | alexa qual a capital da belarus | BY
everyday-name | alexa qual a capital dos emirados | AE
everyday-name | alexa capital da macedônia | MK
everyday-name | alexa qual é a capital da terra da rainha | GB
everyday-name | alexa a capital da pérsia de antigamente | IR
everyday-name | alexa qual é a capital do ceilão | LK
everyday-name | alexa capital da terra do tio sam | US
everyday-name | alexa qual é a capital da terra da garoa o estado | BR-SP
everyday-name | alexa capital das gerais | BR-MG
everyday-name | alexa qual a capital do timor | TL
everyday-name | alexa capital da rússia a antiga união soviética | RU
everyday-name | alexa a capital do zaire de antes | CD
everyday-name | alexa capital da república tcheca | CZ
everyday-name | alexa qual é a capital de essuatíni a antiga suazilândia | SZ
everyday-name | alexa capital do cabo verde | CV
everyday-name | alexa qual a capital da guiné conacri | GN
everyday-name | alexa qual é a capital do congo brazzaville | CG
everyday-name | alexa capital de formosa a ilha | TW
everyday-name | alexa capital do daomé | BJ
everyday-name | alexa qual a capital do sião | TH
everyday-name | alexa qual é a capital da abissínia | ET
everyday-name | alexa capital da terra do sol nascente | JP
everyday-name | alexa capital do país dos cangurus | AU
everyday-name | alexa qual a capital do país da bota | IT
everyday-name | alexa capital do alto volta | BF
out-of-domain | alexa como tá o tempo em londrina hoje | FB
out-of-domain | alexa vai chover em maringá amanhã | FB
out-of-domain | alexa qual a temperatura agora em lages | FB
out-of-domain | alexa vai nevar em são joaquim esse ano | FB
out-of-domain | alexa que horas são em foz do iguaçu | FB
out-of-domain | alexa a que horas abre o parque nacional do iguaçu | FB
out-of-domain | alexa quanto custa o ingresso das cataratas | FB
out-of-domain | alexa qual a cotação do dólar hoje | FB
out-of-domain | alexa quanto tá o guarani em reais | FB
out-of-domain | alexa quanto tá a saca de soja | FB
out-of-domain | alexa qual o preço do café arábica hoje | FB
out-of-domain | alexa toca uma música do gusttavo lima | FB
out-of-domain | alexa toca capital inicial | FB
out-of-domain | alexa toca o álbum da banda capital inicial de dois mil | FB
out-of-domain | alexa toca forró de petrolina | FB
out-of-domain | alexa toca música alemã de oktoberfest | FB
out-of-domain | alexa põe uma playlist de treino | FB
out-of-domain | alexa aumenta o volume | FB
out-of-domain | alexa acende a luz da sala | FB
out-of-domain | alexa desliga o ventilador do quarto | FB
out-of-domain | alexa liga o ar condicionado em vinte e dois graus | FB
out-of-domain | alexa coloca um timer de dez minutos pro pinhão | FB
out-of-domain | alexa me acorda às cinco da manhã | FB
out-of-domain | alexa adiciona leite na lista de compras | FB
out-of-domain | alexa liga pra mãe | FB
out-of-domain | alexa chama um uber pra rodoviária | FB
out-of-domain | alexa quanto tempo daqui até curitiba de carro | FB
out-of-domain | alexa qual o melhor caminho pra ponte da amizade | FB
out-of-domain | alexa a ponte da amizade tá com fila agora | FB
out-of-domain | alexa qual o horário do voo pra são paulo | FB
out-of-domain | alexa quanto custa um voo pra brasília | FB
out-of-domain | alexa o que é capital social de uma empresa | FB
out-of-domain | alexa como calcula o capital de giro | FB
out-of-domain | alexa o que é capital de giro na cooperativa | FB
out-of-domain | alexa quanto de capital eu preciso pra abrir uma academia | FB
out-of-domain | alexa o que significa capital humano | FB
out-of-domain | alexa quem escreveu o capital | FB
out-of-domain | alexa o que é o livro o capital de marx | FB
out-of-domain | alexa quais são os sete pecados capitais | FB
out-of-domain | alexa o que é pena capital | FB
out-of-domain | alexa o que é letra capitular | FB
out-of-domain | alexa o que é ganho de capital no imposto de renda | FB
out-of-domain | alexa o que é capital aberto na bolsa | FB
out-of-domain | alexa qual é a capital nacional da uva | FB
out-of-domain | alexa petrolina é a capital da manga | FB
out-of-domain | alexa qual é a capital nacional do pinhão | FB
out-of-domain | alexa qual é a capital do frio do brasil | FB
out-of-domain | alexa blumenau é a capital da cerveja | FB
out-of-domain | alexa qual é a capital mundial do café | FB
out-of-domain | alexa chapecó é a capital do agronegócio | FB
out-of-domain | alexa qual é a capital da moda íntima | FB
out-of-domain | alexa qual é a capital da malha do brasil | FB
out-of-domain | alexa qual é a capital de wakanda | FB
out-of-domain | alexa qual a capital de nárnia | FB
out-of-domain | alexa qual é a capital de westeros | FB
out-of-domain | alexa qual a capital da terra média | FB
out-of-domain | alexa qual é a capital de hogwarts | FB
out-of-domain | alexa qual a capital do reino de arendelle | FB
out-of-domain | alexa qual é a capital da atlântida | FB
out-of-domain | alexa qual é a capital de el dorado | FB
out-of-domain | alexa qual é a capital do reino de pasárgada | FB
out-of-domain | alexa qual a capital de gotham | FB
out-of-domain | alexa qual era a capital do império inca | FB
out-of-domain | alexa qual era a capital do império asteca | FB
out-of-domain | alexa qual era a capital da prússia | FB
out-of-domain | alexa qual era a capital da união soviética | FB
out-of-domain | alexa qual era a capital da iugoslávia | FB
out-of-domain | alexa qual era a capital do sacro império romano | FB
out-of-domain | alexa qual era a capital da república rio-grandense | FB
out-of-domain | alexa qual era a capital do contestado | FB
out-of-domain | alexa qual era a capital do território do iguaçu | FB
out-of-domain | alexa qual era a capital do brasil império | FB
out-of-domain | alexa qual era a capital da alemanha oriental | FB
out-of-domain | alexa qual era a capital do império otomano | FB
out-of-domain | alexa qual era a capital da mesopotâmia | FB
out-of-domain | alexa qual é a capital da catalunha | FB
out-of-domain | alexa qual é a capital da galícia | FB
out-of-domain | alexa qual é a capital da toscana | FB
out-of-domain | alexa qual é a capital da sicília | FB
out-of-domain | alexa qual a capital do vêneto | FB
out-of-domain | alexa qual é a capital da lombardia | FB
out-of-domain | alexa qual é a capital do tirol | FB
out-of-domain | alexa qual é a capital da patagônia | FB
out-of-domain | alexa qual é a capital da amazônia | FB
out-of-domain | alexa qual é a capital do nordeste | FB
out-of-domain | alexa qual a capital do sul do brasil | FB
out-of-domain | alexa qual a capital do norte do paraná | FB
out-of-domain | alexa qual é a capital do oeste catarinense | FB
out-of-domain | alexa qual é a capital do vale do itajaí | FB
out-of-domain | alexa qual é a capital do sertão | FB
out-of-domain | alexa qual é a capital do pantanal | FB
out-of-domain | alexa qual é a capital da europa | FB
out-of-domain | alexa qual é a capital da áfrica | FB
out-of-domain | alexa qual a capital da américa do sul | FB
out-of-domain | alexa qual é a capital do mundo | FB
out-of-domain | alexa qual é a capital da lua | FB
out-of-domain | alexa qual é a capital de marte | FB
out-of-domain | alexa qual é a capital da sibéria | FB
out-of-domain | alexa qual é a capital do tibete | FB
out-of-domain | alexa qual é a capital da chechênia | FB
out-of-domain | alexa qual é a capital da crimeia | FB
out-of-domain | alexa qual é a capital dos açores | FB
out-of-domain | alexa qual é a capital da ilha da madeira | FB
out-of-domain | alexa qual é a capital das canárias | FB
out-of-domain | alexa qual é a capital do curdistão | FB
out-of-domain | alexa qual é a capital da escandinávia | FB
out-of-domain | alexa qual é a capital da flandres | FB
out-of-domain | alexa qual é a capital do país basco | FB
out-of-domain | alexa qual é a capital da córsega | FB
out-of-domain | alexa qual é a capital da sardenha | FB
out-of-domain | alexa qual é a capital da transilvânia | FB
out-of-domain | alexa quantos habitantes tem a capital do paraguai | FB
out-of-domain | alexa quanto tempo de voo até a capital da alemanha | FB
out-of-domain | alexa qual a distância de foz até a capital do paraná | FB
out-of-domain | alexa qual o clima da capital de santa catarina | FB
out-of-domain | alexa qual é o melhor hotel na capital do líbano | FB
out-of-domain | alexa qual o fuso horário da capital do japão | FB
out-of-domain | alexa qual é o prato típico da capital da bahia | FB
out-of-domain | alexa quando foi fundada a capital do piauí | FB
out-of-domain | alexa quem é o prefeito da capital do paraná | FB
out-of-domain | alexa por que a capital do brasil mudou pra brasília | FB
out-of-domain | alexa por que curitiba é a capital e não londrina | FB
out-of-domain | alexa qual era a capital do paraná antes de curitiba | FB
out-of-domain | alexa qual foi a primeira capital de santa catarina | FB
out-of-domain | alexa quantas capitais tem o brasil | FB
out-of-domain | alexa qual é a maior capital do brasil | FB
out-of-domain | alexa qual capital é mais fria do brasil | FB
out-of-domain | alexa quantos países tem no mundo | FB
out-of-domain | alexa qual o maior país da áfrica | FB
out-of-domain | alexa qual a língua falada no haiti | FB
out-of-domain | alexa qual a moeda do paraguai | FB
out-of-domain | alexa como se diz obrigado em alemão | FB
out-of-domain | alexa traduz bom dia pro espanhol | FB
out-of-domain | alexa quantas calorias tem uma banana | FB
out-of-domain | alexa qual a receita de marreco recheado | FB
out-of-domain | alexa como faz paçoca de pinhão | FB
out-of-domain | alexa como se faz chipa paraguaia | FB
out-of-domain | alexa qual a data do próximo concurso do inss | FB
out-of-domain | alexa quanto rende a poupança | FB
out-of-domain | alexa conta uma piada | FB
out-of-domain | alexa qual é o resultado da mega sena | FB
out-of-domain | alexa quanto é dezessete vezes oito | FB
out-of-domain | alexa qual o próximo feriado | FB
out-of-domain | alexa quando começa a oktoberfest | FB
out-of-domain | alexa quem ganhou o jogo do athletico ontem | FB
out-of-domain | alexa lê minhas notificações | FB
out-of-domain | alexa manda mensagem pro meu marido que eu vou atrasar | FB
out-of-domain | alexa você é casada | FB
out-of-domain | alexa boa noite | FB
out-of-domain | alexa obrigada viu | FB
out-of-domain | alexa tudo bem com você | FB
out-of-domain | alexa capital | FB
out-of-domain | alexa o que quer dizer a palavra capital | FB
out-of-domain | alexa capital se escreve com letra maiúscula | FB
out-of-domain | alexa como escolhem uma capital | FB
out-of-domain | alexa qual cidade é a capital do meu coração | FB
out-of-domain | alexa quanto custa a passagem de ônibus pra capital | FB
out-of-domain | alexa qual é a senha do wi-fi | FB
out-of-domain | alexa onde fica a farmácia mais perto | FB
out-of-domain | alexa pede uma pizza de calabresa | FB
out-of-domain | alexa qual a previsão pra colheita da soja | FB
out-of-domain | alexa quantas séries de agachamento eu faço | FB
out-of-domain | alexa qual é o preço do cimento hoje | FB
out-of-domain | alexa quanto custa uma festa de casamento pra cem pessoas | FB
out-of-domain | alexa qual é o horário de pico do uber | FB
out-of-domain | alexa quantos metros tem a usina de itaipu | FB
out-of-domain | alexa qual a altura das cataratas do iguaçu | FB
out-of-domain | alexa qual é a capital dos pampas | FB
out-of-domain | alexa qual a capital da tríplice fronteira | FB
help | alexa como funciona isso aqui | HELP
help | alexa me ajuda que eu não sei o que perguntar | HELP
help | alexa o que eu posso perguntar pra você | HELP
help | alexa ajuda por favor | HELP
help | alexa socorro como usa | HELP
help | alexa não entendi como é que joga | HELP
help | alexa me explica como funciona o jogo das capitais | HELP
help | alexa quais perguntas eu posso fazer | HELP
help | alexa o que você sabe fazer | HELP
help | alexa me dá umas dicas de como usar | HELP
help | alexa bah não sei como começa me ajuda | HELP
help | alexa ja como é que eu pergunto | HELP
help | alexa vixe tô perdido me ajuda aí | HELP
help | alexa oxente como é que funciona | HELP
help | alexa explica de novo como faz | HELP
help | alexa preciso de ajuda com as capitais | HELP
help | alexa me dá um exemplo de pergunta | HELP
help | alexa o que é pra eu falar agora | HELP
help | alexa como é que eu peço uma capital | HELP
help | alexa ajuda aí guri | HELP
help | alexa tô com dúvida de como usar isso | HELP
help | alexa me orienta aqui por favor | HELP
help | alexa quais são os comandos | HELP
help | alexa help me por favor | HELP
help | alexa eu não sei falar direito como pergunto | HELP
help | alexa minha vó quer usar me explica como | HELP
help | alexa o passageiro quer saber como usa isso | HELP
help | alexa instruções | HELP
help | alexa pode me ensinar a usar | HELP
help | alexa o que tem nesse aplicativo | HELP
help | alexa como eu faço pra perguntar de um estado | HELP
help | alexa ajuda ajuda | HELP
stop | alexa para | STOP
stop | alexa para tudo | STOP
stop | alexa chega por hoje | STOP
stop | alexa pode parar | STOP
stop | alexa sai | STOP
stop | alexa sair do jogo | STOP
stop | alexa fica quieta | STOP
stop | alexa silêncio | STOP
stop | alexa cala a boca | STOP
stop | alexa já deu | STOP
stop | alexa bah chega | STOP
stop | alexa ja para agora | STOP
stop | alexa oxente para | STOP
stop | alexa encerra | STOP
stop | alexa desliga isso | STOP
stop | alexa fecha as capitais | STOP
stop | alexa pode encerrar obrigado | STOP
stop | alexa para de falar | STOP
stop | alexa tchau | STOP
stop | alexa tchau tchau | STOP
stop | alexa chega de capital | STOP
stop | alexa para que eu cheguei no passageiro | STOP
stop | alexa sai daí | STOP
stop | alexa finaliza | STOP
stop | alexa acabou | STOP
stop | alexa para por favor | STOP
stop | alexa quieta alexa | STOP
stop | alexa stop | STOP
stop | alexa chega guri | STOP
stop | alexa sair | STOP
cancel | alexa cancela | CANCEL
cancel | alexa cancelar | CANCEL
cancel | alexa esquece | CANCEL
cancel | alexa esquece isso | CANCEL
cancel | alexa deixa pra lá | CANCEL
cancel | alexa deixa quieto | CANCEL
cancel | alexa não precisa mais | CANCEL
cancel | alexa esquece o que eu falei | CANCEL
cancel | alexa cancela a pergunta | CANCEL
cancel | alexa deixa pra depois | CANCEL
cancel | alexa nada não | CANCEL
cancel | alexa bah esquece | CANCEL
cancel | alexa vixe deixa pra lá | CANCEL
cancel | alexa ja esquece | CANCEL
cancel | alexa oxente deixa | CANCEL
cancel | alexa ah deixa | CANCEL
cancel | alexa não era isso cancela | CANCEL
cancel | alexa esquece essa | CANCEL
cancel | alexa desconsidera | CANCEL
cancel | alexa pode cancelar | CANCEL
cancel | alexa cancela aí | CANCEL
cancel | alexa não quero mais | CANCEL
cancel | alexa esquece a capital | CANCEL
cancel | alexa deixa pra lá guri | CANCEL
cancel | alexa cancela cancela | CANCEL
cancel | alexa mudei de ideia | CANCEL
cancel | alexa esquece que o passageiro desceu | CANCEL
cancel | alexa deixa que eu olho no celular | CANCEL
cancel | alexa nem liga | CANCEL
cancel | alexa esquece tudo | CANCEL
cancel | alexa não nada esquece | CANCEL
cancel | alexa cancela por favor | CANCEL
launch | alexa abre capitais do mundo | LAUNCH
launch | alexa abrir capitais do mundo | LAUNCH
launch | alexa iniciar capitais do mundo | LAUNCH
launch | alexa começa capitais do mundo | LAUNCH
launch | alexa joga capitais do mundo | LAUNCH
launch | alexa quero jogar capitais do mundo | LAUNCH
launch | alexa bora capitais do mundo | LAUNCH
launch | alexa abre o jogo das capitais | LAUNCH
launch | alexa abre o capitais do mundo por favor | LAUNCH
launch | alexa inicia o aplicativo capitais do mundo | LAUNCH
launch | alexa ja abre capitais do mundo | LAUNCH
launch | alexa bah abre aí as capitais do mundo | LAUNCH
launch | alexa oxente abre capitais do mundo | LAUNCH
launch | alexa liga capitais do mundo | LAUNCH
launch | alexa vamos jogar capitais do mundo | LAUNCH
launch | alexa abre a skill capitais do mundo | LAUNCH
launch | alexa abrir skill das capitais | LAUNCH
launch | alexa abre world capitals | LAUNCH
launch | alexa open world capitals | LAUNCH
launch | alexa capitais do mundo | LAUNCH
launch | alexa pede pro capitais do mundo | LAUNCH
launch | alexa executa capitais do mundo | LAUNCH
launch | alexa chama o capitais do mundo | LAUNCH
launch | alexa coloca capitais do mundo pra gente | LAUNCH
launch | alexa abre aquele das capitais do mundo | LAUNCH
launch | alexa iniciar o jogo capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo pros passageiros | LAUNCH
launch | alexa quero estudar com capitais do mundo | LAUNCH
launch | alexa abre o capitais do mundo pra minha filha | LAUNCH
launch | alexa começar capitais do mundo agora | LAUNCH
norte-paranaense-speech | alexa nossa a capital do japão que meu avô veio de lá qual é | JP
norte-paranaense-speech | alexa em rolândia tem muito alemão qual é a capital da alemanha | DE
norte-paranaense-speech | alexa o ônibus pra capital do paraná sai cedo qual é mesmo a capital | BR-PR
norte-paranaense-speech | alexa minha sogra de cambé perguntou a capital da ucrânia | UA
norte-paranaense-speech | alexa tem muito ucraniano em prudentópolis qual a capital da ucrânia mesmo | UA
norte-paranaense-speech | alexa vixi qual a capital da holanda que eu tô vendo o jogo de carambola | NL
norte-paranaense-speech | alexa o café aqui vinha da colômbia também qual é a capital de lá | CO
norte-paranaense-speech | alexa no lago igapó meu filho perguntou a capital do peru | PE
norte-paranaense-speech | alexa o pessoal de arapongas quer saber a capital do quênia | KE
norte-paranaense-speech | alexa meu cunhado de umuarama quer a capital do paraguai | PY
norte-paranaense-speech | alexa nossa senhora qual é a capital do mato grosso | BR-MT
norte-paranaense-speech | alexa ô alexa a capital de são paulo é são paulo mesmo | BR-SP
norte-paranaense-speech | alexa aqui no norte do paraná qual a capital da etiópia | ET
norte-paranaense-speech | alexa a capital da nigéria é o quê | NG
norte-paranaense-speech | alexa meu pai de cornélio procópio pergunta a capital da espanha | ES
norte-paranaense-speech | alexa fala pra mim a capital de portugal | PT
fronteira-speech | alexa o lojista libanês quer saber a capital do líbano | LB
fronteira-speech | alexa aqui em foz tem mesquita qual é a capital da arábia saudita | SA
fronteira-speech | alexa do lado de lá é ciudad del este mas qual a capital do paraguai | PY
fronteira-speech | alexa do outro lado do rio é puerto iguazú qual a capital da argentina | AR
fronteira-speech | alexa o chinês da loja de eletrônicos perguntou a capital da china | CN
fronteira-speech | alexa a capital de taiwan que o taiwanês da galeria falou | TW
fronteira-speech | alexa os compristas de curitiba querem saber a capital do paraguai | PY
fronteira-speech | alexa che qual é a capital do uruguai | UY
fronteira-speech | alexa guri qual a capital da bolívia que eu esqueço sempre | BO
fronteira-speech | alexa aqui em santa terezinha de itaipu qual a capital do chile | CL
fronteira-speech | alexa o guia da itaipu binacional perguntou a capital do brasil | BR
fronteira-speech | alexa o irmão da minha esposa tá em assunção qual a capital do peru | PE
fronteira-speech | alexa o taxista paraguaio quer saber a capital do equador | EC
fronteira-speech | alexa tem muito sírio aqui em foz qual a capital da síria | SY
fronteira-speech | alexa o coreano do restaurante quer saber a capital da coreia do sul | KR
fronteira-speech | alexa a capital do irã o comerciante iraniano perguntou | IR
vale-itajai-speech | alexa ja o opa quer saber a capital da áustria | AT
vale-itajai-speech | alexa a capital da suíça que tem aquele chocolate | CH
vale-itajai-speech | alexa o enxaimel veio da pomerânia qual é a capital da polônia | PL
vale-itajai-speech | alexa na vila germânica perguntaram a capital da alemanha | DE
vale-itajai-speech | alexa a oma falava de hamburgo qual é a capital de hamburgo o estado | DE-HH
vale-itajai-speech | alexa aqui em brusque qual a capital da itália | IT
vale-itajai-speech | alexa a capital da dinamarca por favor | DK
vale-itajai-speech | alexa o marreco com repolho roxo vem de onde qual a capital da alemanha | DE
vale-itajai-speech | alexa em gaspar a gente quer saber a capital da noruega | NO
vale-itajai-speech | alexa a capital da turíngia o opa nasceu lá | DE-TH
vale-itajai-speech | alexa a minha bisavó era de schleswig qual é a capital do schleswig-holstein | DE-SH
vale-itajai-speech | alexa em timbó perguntaram a capital da áustria | AT
vale-itajai-speech | alexa na enchente de oitenta e três veio ajuda da alemanha qual a capital de lá | DE
vale-itajai-speech | alexa o primo de indaial quer saber a capital da hungria | HU
vale-itajai-speech | alexa qual é a capital da renânia de onde vieram os hunsriqueanos | DE-RP
serrano-speech | alexa bah qual a capital do rio grande do sul | BR-RS
serrano-speech | alexa aqui em lages faz menos calor que na capital de santa catarina qual é ela | BR-SC
serrano-speech | alexa na tropeada o pessoal perguntou a capital do uruguai | UY
serrano-speech | alexa guri qual é a capital do canadá onde neva igual aqui | CA
serrano-speech | alexa em urubici a gente quer saber a capital da finlândia | FI
serrano-speech | alexa capital da rússia que lá é frio de verdade | RU
serrano-speech | alexa em curitibanos perguntaram a capital da islândia | IS
serrano-speech | alexa bah me diz a capital do chile que eu vou de carro | CL
serrano-speech | alexa o pessoal da serra quer a capital da argentina | AR
serrano-speech | alexa capital da suécia tchê | SE
serrano-speech | alexa em são joaquim plantam maçã que nem na nova zelândia qual a capital de lá | NZ
serrano-speech | alexa bah tá frio igual na mongólia qual a capital | MN
serrano-speech | alexa e a capital da patagônia chilena digo do chile | CL
oeste-catarinense-speech | alexa a nona veio do vêneto qual é a capital da itália | IT
oeste-catarinense-speech | alexa ostrega qual a capital da bélgica | BE
oeste-catarinense-speech | alexa aqui em chapecó tem muito haitiano qual a capital do haiti | HT
oeste-catarinense-speech | alexa no frigorífico trabalha gente de bangladesh qual é a capital | BD
oeste-catarinense-speech | alexa a carne vai pra china qual é a capital da china | CN
oeste-catarinense-speech | alexa o frango vai pra arábia saudita qual é a capital | SA
oeste-catarinense-speech | alexa exportam pro japão qual é a capital do japão | JP
oeste-catarinense-speech | alexa em concórdia perguntaram a capital do senegal | SN
oeste-catarinense-speech | alexa o nono falava de trento qual é a capital da itália | IT
oeste-catarinense-speech | alexa em são miguel do oeste querem saber a capital da argentina | AR
oeste-catarinense-speech | alexa a capital de gana que tem um colega de lá | GH
oeste-catarinense-speech | alexa o colega venezuelano da linha quer a capital da venezuela | VE
oeste-catarinense-speech | alexa em xaxim a gente quer a capital da croácia | HR
oeste-catarinense-speech | alexa porca miséria qual é a capital da áustria | AT
sanfranciscano-speech | alexa oxente qual a capital de pernambuco | BR-PE
sanfranciscano-speech | alexa do lado de lá da ponte é juazeiro qual a capital da bahia | BR-BA
sanfranciscano-speech | alexa a uva daqui vai pra holanda qual é a capital de lá | NL
sanfranciscano-speech | alexa a manga vai pros estados unidos qual é a capital | US
sanfranciscano-speech | alexa vixe a capital da inglaterra que compra nossa uva | GB-ENG
sanfranciscano-speech | alexa em lagoa grande perguntaram a capital da frança do vinho | FR
sanfranciscano-speech | alexa o carranqueiro quer saber a capital do piauí | BR-PI
sanfranciscano-speech | alexa aqui em sobradinho perguntaram a capital do ceará | BR-CE
sanfranciscano-speech | alexa capital da paraíba que meu primo mora lá | BR-PB
sanfranciscano-speech | alexa no barco pra ilha do massangano qual a capital de alagoas | BR-AL
sanfranciscano-speech | alexa oxe qual é a capital de sergipe | BR-SE
sanfranciscano-speech | alexa o rio são francisco nasce em minas qual a capital de minas | BR-MG
sanfranciscano-speech | alexa a capital do chile que compra manga daqui | CL
sanfranciscano-speech | alexa vixe maria qual é a capital da espanha | ES
app-driver-talk | alexa o passageiro é de manaus qual a capital do amazonas | BR-AM
app-driver-talk | alexa passageira de boa vista perguntou a capital de roraima | BR-RR
app-driver-talk | alexa o passageiro francês quer saber a capital da frança | FR
app-driver-talk | alexa cinco estrelas se eu acertar a capital da grécia | GR
app-driver-talk | alexa corrida longa me fala a capital da islândia | IS
app-driver-talk | alexa o passageiro disse que é do maranhão qual a capital | BR-MA
app-driver-talk | alexa fiz uma corrida pro aeroporto e o cara perguntou a capital de angola | AO
app-driver-talk | alexa o passageiro angolano quer saber a capital de moçambique | MZ
app-driver-talk | alexa tô no posto abastecendo qual é a capital da nova zelândia | NZ
app-driver-talk | alexa o passageiro cubano perguntou a capital de cuba | CU
app-driver-talk | alexa na corrida pro shopping perguntaram a capital da suécia | SE
app-driver-talk | alexa o passageiro quer saber a capital do pará | BR-PA
gym-talk | alexa entre um supino e outro qual a capital da índia | IN
gym-talk | alexa o personal é de fortaleza qual é a capital do ceará | BR-CE
gym-talk | alexa na esteira me fala a capital da rússia | RU
gym-talk | alexa no alongamento qual a capital do egito | EG
gym-talk | alexa o monitor da academia quer a capital do marrocos | MA
gym-talk | alexa na bike me diz a capital da coreia do sul | KR
gym-talk | alexa no descanso da série a capital da tailândia | TH
gym-talk | alexa o cara do muay thai perguntou a capital da tailândia | TH
gym-talk | alexa qual a capital do quênia onde os maratonistas treinam | KE
gym-talk | alexa a professora de zumba é colombiana qual a capital da colômbia | CO
gym-talk | alexa o aluno de jiu-jitsu é dos emirados qual a capital de lá | AE
gym-talk | alexa capital da jamaica do usain bolt | JM
agro-talk | alexa a soja vai pra china qual a capital | CN
agro-talk | alexa o trator é americano qual é a capital dos estados unidos | US
agro-talk | alexa o fertilizante vem da rússia qual é a capital | RU
agro-talk | alexa o adubo vem do canadá qual é a capital | CA
agro-talk | alexa o potássio vem da bielorrússia qual é a capital | BY
agro-talk | alexa o agrônomo holandês quer a capital da holanda | NL
agro-talk | alexa o milho vai pro irã qual a capital | IR
agro-talk | alexa o frango vai pro egito qual é a capital do egito | EG
agro-talk | alexa na cooperativa tem um israelense da irrigação qual a capital de israel | IL
agro-talk | alexa o peão da fazenda quer saber a capital do mato grosso do sul | BR-MS
agro-talk | alexa o algodão vai pro vietnã qual a capital | VN
agro-talk | alexa o comprador de carne é da indonésia qual a capital | ID
tourism-talk | alexa o turista alemão das cataratas perguntou a capital do brasil | BR
tourism-talk | alexa o grupo de japoneses no marco das três fronteiras quer a capital do paraná | BR-PR
tourism-talk | alexa o turista inglês no macuco safari quer saber a capital do brasil | BR
tourism-talk | alexa a turista argentina quer a capital do uruguai | UY
tourism-talk | alexa o casal francês perguntou a capital de santa catarina | BR-SC
tourism-talk | alexa o grupo de israelenses quer saber a capital de pernambuco | BR-PE
tourism-talk | alexa o mochileiro australiano perguntou a capital da austrália | AU
tourism-talk | alexa o turista chinês quer saber a capital do rio grande do sul | BR-RS
tourism-talk | alexa o casal de portugal perguntou a capital da bahia | BR-BA
tourism-talk | alexa o grupo de coreanos quer a capital do rio de janeiro | BR-RJ
factory-talk | alexa as máquinas de costura vêm da china qual é a capital | CN
factory-talk | alexa a malha vai pra argentina qual é a capital | AR
factory-talk | alexa o técnico italiano da máquina quer saber a capital da itália | IT
factory-talk | alexa o fornecedor de algodão é da índia qual a capital | IN
factory-talk | alexa no intervalo a costureira perguntou a capital da turquia | TR
factory-talk | alexa o cliente da toalha é do chile qual a capital | CL
factory-talk | alexa o comprador é do panamá qual a capital do panamá | PA
factory-talk | alexa o supervisor perguntou a capital do paquistão | PK
concurso-talk | alexa flash card capital da nigéria | NG
concurso-talk | alexa questão vinte e três capital do cazaquistão | KZ
concurso-talk | alexa caiu no concurso da polícia a capital de mianmar | MM
concurso-talk | alexa pro resumo de geopolítica a capital do sudão do sul | SS
concurso-talk | alexa revisando capital da austrália | AU
concurso-talk | alexa pra prova do itamaraty qual a capital de burkina faso | BF
concurso-talk | alexa o professor do cursinho perguntou a capital do butão | BT
concurso-talk | alexa pra decorar capital da eritreia | ER
concurso-talk | alexa capital do turcomenistão pra prova | TM
concurso-talk | alexa atualidades capital da ucrânia | UA
concurso-talk | alexa revisão capital de roraima | BR-RR
concurso-talk | alexa pro concurso do ibge a capital do tocantins | BR-TO
construction-talk | alexa o azulejo vem de portugal qual é a capital | PT
construction-talk | alexa o porcelanato é da espanha qual a capital | ES
construction-talk | alexa o mestre é do maranhão qual é a capital do maranhão | BR-MA
construction-talk | alexa o servente é de alagoas qual a capital | BR-AL
construction-talk | alexa no almoço da obra perguntaram a capital da paraíba | BR-PB
construction-talk | alexa o engenheiro japonês quer a capital do japão | JP
construction-talk | alexa o eletricista é do amapá qual a capital de lá | BR-AP
construction-talk | alexa o pintor veio de rondônia qual é a capital | BR-RO
construction-talk | alexa o armador é do acre qual a capital | BR-AC
construction-talk | alexa o carpinteiro é de goiás qual a capital de goiás | BR-GO
wedding-talk | alexa a noiva quer lua de mel nas maldivas qual a capital | MV
wedding-talk | alexa o noivo quer ir pra grécia qual a capital | GR
wedding-talk | alexa a festa vai ter tema da itália qual a capital | IT
wedding-talk | alexa o buffet é de comida árabe qual a capital do líbano | LB
wedding-talk | alexa o convite veio de portugal qual é a capital | PT
wedding-talk | alexa a madrinha mora na suíça qual a capital | CH
wedding-talk | alexa o vestido veio da frança qual é a capital | FR
wedding-talk | alexa lua de mel em bali qual é a capital da indonésia | ID
wedding-talk | alexa a noiva é de natal qual a capital do rio grande do norte | BR-RN
wedding-talk | alexa o padrinho mora em vitória qual a capital do espírito santo | BR-ES
learner | alexa eu venezuelana capital de venezuela é caracas sim | VE
learner | alexa por favor capital de colômbia como é | CO
learner | alexa eu haitiano aprender português capital de haiti | HT
learner | alexa mwen bezwen capital de república dominicana | DO
learner | alexa eu senegalês vender na praia capital de mali | ML
learner | alexa eu bengali capital de índia qual nome | IN
learner | alexa eu libanês nascido beirute mas capital de síria qual | SY
learner | alexa eu chinês capital de brasil é brasília ou rio | BR
learner | alexa eu cubano médico capital de nicarágua | NI
learner | alexa eu sírio refugiado capital de jordânia | JO
learner | alexa eu afegão morar curitiba capital de afeganistão | AF
learner | alexa eu russa capital de cazaquistão como fala | KZ
learner | alexa eu alemão turista capital de estado paraná bitte | BR-PR
learner | alexa danke capital de santa catarina qual é | BR-SC
learner | alexa eu paraguaio capital de paraná curitiba sí | BR-PR
learner | alexa yo no sé la capital de paraguay es asunción | PY
learner | alexa eu colombiana capital de equador qual | EC
learner | alexa eu peruano trabalho obra capital de bolívia | BO
learner | alexa eu ganês capital de togo qual | TG
learner | alexa eu congolês capital de angola você sabe | AO
learner | alexa eu nepalês capital de nepal katmandu certo | NP
learner | alexa eu filipina babá capital de filipinas | PH
learner | alexa eu boliviano capital de peru qual é | PE
learner | alexa eu haitiana capital de cuba | CU
learner | alexa eu venezuelano capital de panamá | PA
learner | alexa eu sou de guiné-bissau capital de senegal | SN
learner | alexa eu iraquiano capital de kuwait | KW
learner | alexa eu ucraniana capital de moldávia | MD
learner | alexa eu japonês aprender capital de tailândia | TH
learner | alexa eu americano capital de estado de bahia | BR-BA
learner | alexa eu haitiano capital de estado rio grande sul | BR-RS
learner | alexa eu venezuelano capital de roraima onde eu entrei | BR-RR
code-switch | alexa what's the capital da alemanha | DE
code-switch | alexa capital of brazil em inglês mesmo | BR
code-switch | alexa tipo the capital of australia | AU
code-switch | alexa hey qual é the capital of canada | CA
code-switch | alexa my bad qual a capital da frança | FR
code-switch | alexa capital of germany please | DE
code-switch | alexa qual é a capital de new zealand | NZ
code-switch | alexa capital do switzerland | CH
code-switch | alexa ja und die hauptstadt von österreich qual é | AT
code-switch | alexa wie heißt qual a capital da alemanha | DE
code-switch | alexa die hauptstadt der schweiz por favor | CH
code-switch | alexa che la capital de argentina | AR
code-switch | alexa cuál es la capital de chile | CL
code-switch | alexa mba'éichapa qual é a capital do paraguai | PY
code-switch | alexa no pain no gain qual a capital da grécia | GR
code-switch | alexa bro qual a capital da irlanda | IE
code-switch | alexa okay google não alexa qual a capital da itália | IT
code-switch | alexa what is the capital of paraná | BR-PR
code-switch | alexa the capital of texas please | US-TX
code-switch | alexa la capital de méxico cuál es | MX
hesitation | alexa qual é a capital da hã da da dinamarca | DK
hesitation | alexa é é qual a capital do hã do chile | CL
hesitation | alexa capital da hum deixa eu ver da bélgica | BE
hesitation | alexa qual é a capital do do peru | PE
hesitation | alexa ah qual a capital como é o nome daquele país da lituânia | LT
hesitation | alexa qual é a hã capital da tanzânia | TZ
hesitation | alexa qual a capital do daquele estado o maranhão | BR-MA
hesitation | alexa hum a capital de de roraima | BR-RR
hesitation | alexa qual a capital da da etiópia | ET
hesitation | alexa é a capital do sudão qual que é | SD
hesitation | alexa peraí qual é a capital do hã do equador | EC
hesitation | alexa hã capital da como fala da eslovênia | SI
hesitation | alexa ah sei lá qual a capital da namíbia | NA
hesitation | alexa qual a capital do é do uzbequistão | UZ
hesitation | alexa capital do do do quirguistão | KG
hesitation | alexa qual é a capital do tocantins que eu esqueci | BR-TO
hesitation | alexa a capital da hã sérvia | RS
hesitation | alexa qual a capital deixa eu pensar da letônia | LV
subdivision | alexa qual é a capital do estado do paraná aqui onde eu moro | BR-PR
subdivision | alexa a capital catarinense qual é | BR-SC
subdivision | alexa qual a capital dos gaúchos | BR-RS
subdivision | alexa qual é a capital do estado do piauí | BR-PI
subdivision | alexa a capital potiguar qual é | BR-RN
subdivision | alexa me diz a capital do estado de roraima | BR-RR
subdivision | alexa qual é a capital paraense | BR-PA
subdivision | alexa qual a capital capixaba | BR-ES
subdivision | alexa a capital do estado da bahia por favor | BR-BA
subdivision | alexa qual a capital do estado de pernambuco | BR-PE
subdivision | alexa capital sul-mato-grossense | BR-MS
subdivision | alexa qual é a capital do mato grosso que eu sempre troco | BR-MT
subdivision | alexa qual é a capital do estado do amazonas | BR-AM
subdivision | alexa a capital do estado do rio é o rio mesmo | BR-RJ
subdivision | alexa capital do distrito federal tem | BR-DF
subdivision | alexa qual é a capital do estado do ceará | BR-CE
subdivision | alexa qual é a capital do estado americano da califórnia | US-CA
subdivision | alexa capital do estado de nova york | US-NY
subdivision | alexa a capital do estado do texas | US-TX
subdivision | alexa capital do estado da flórida onde fica a disney | US-FL
subdivision | alexa qual é a capital do havaí | US-HI
subdivision | alexa a capital do alasca | US-AK
subdivision | alexa qual é a capital da província de ontário | CA-ON
subdivision | alexa capital da província de quebec | CA-QC
subdivision | alexa qual a capital da colúmbia britânica onde fica vancouver | CA-BC
subdivision | alexa qual é a capital da província de alberta | CA-AB
subdivision | alexa capital do estado de nova gales do sul | AU-NSW
subdivision | alexa qual é a capital do estado de victoria na austrália | AU-VIC
subdivision | alexa capital do estado alemão da baviera | DE-BY
subdivision | alexa qual é a capital do estado de hesse onde fica frankfurt | DE-HE
subdivision | alexa capital do estado da renânia do norte | DE-NW
subdivision | alexa qual é a capital do estado de baden-württemberg | DE-BW
subdivision | alexa qual é a capital da escócia | GB-SCT
subdivision | alexa capital do país de gales | GB-WLS
subdivision | alexa qual a capital do estado indiano de kerala | IN-KL
subdivision | alexa capital do estado de maharashtra | IN-MH
subdivision | alexa qual é a capital do estado de goa | IN-GA
subdivision | alexa capital do rajasthan | IN-RJ
subdivision | alexa qual é a capital de karnataka onde fica bangalore | IN-KA
subdivision | alexa capital de tamil nadu | IN-TN
subdivision | alexa qual é a capital do estado mexicano de jalisco | MX-JAL
subdivision | alexa capital de yucatán | MX-YUC
subdivision | alexa qual é a capital de nuevo león | MX-NLE
subdivision | alexa capital da baixa califórnia | MX-BCN
subdivision | alexa a capital de quintana roo onde fica cancún | MX-ROO
subdivision | alexa qual é a capital de oaxaca | MX-OAX
subdivision | alexa capital do estado de hamburgo | DE-HH
subdivision | alexa qual é a capital do território do yukon | CA-YT
subdivision | alexa qual é a capital de delhi | IN-DL
subdivision | alexa capital da tasmânia | AU-TAS
stop | alexa para com isso bah | STOP
stop | alexa ostrega para | STOP
stop | alexa vixe para aí | STOP
stop | alexa encerra que o treino acabou | STOP
stop | alexa pode parar que o passageiro chegou | STOP
stop | alexa sai que eu vou dormir | STOP
stop | alexa para de falar de capital | STOP
stop | alexa fica quietinha um pouco | STOP
stop | alexa chega de pergunta | STOP
stop | alexa encerrar as capitais do mundo | STOP
stop | alexa para o jogo | STOP
stop | alexa para a brincadeira | STOP
stop | alexa fecha isso aí | STOP
stop | alexa silêncio que o bebê tá dormindo | STOP
stop | alexa quieta que a noiva tá falando | STOP
stop | alexa sai do aplicativo | STOP
stop | alexa termina por hoje | STOP
stop | alexa ja chega danke | STOP
stop | alexa já tá bom pode parar | STOP
stop | alexa oxente chega | STOP
stop | alexa para para para | STOP
stop | alexa desliga as capitais | STOP
stop | alexa tchau alexa até amanhã | STOP
stop | alexa sair agora | STOP
cancel | alexa esquece a pergunta guri | CANCEL
cancel | alexa ostrega esquece | CANCEL
cancel | alexa deixa pra lá que eu já lembrei | CANCEL
cancel | alexa esquece que eu vi no caderno | CANCEL
cancel | alexa cancela essa que a noiva mudou de ideia | CANCEL
cancel | alexa não precisa mais responder | CANCEL
cancel | alexa esquece o que eu perguntei | CANCEL
cancel | alexa deixa pra lá não era importante | CANCEL
cancel | alexa cancela essa pergunta aí | CANCEL
cancel | alexa nada esquece | CANCEL
cancel | alexa deixa a capital pra lá | CANCEL
cancel | alexa esquece que o mestre já sabia | CANCEL
cancel | alexa cancela que o turista foi embora | CANCEL
cancel | alexa não deixa | CANCEL
cancel | alexa bah deixa quieto | CANCEL
cancel | alexa oxente esquece isso | CANCEL
cancel | alexa esquece aí | CANCEL
cancel | alexa deixa pra lá por favor | CANCEL
cancel | alexa pode esquecer | CANCEL
cancel | alexa esquece essa pergunta que eu errei | CANCEL
cancel | alexa cancelar a pergunta | CANCEL
cancel | alexa esquece não precisa | CANCEL
launch | alexa abre as capitais do mundo aí | LAUNCH
launch | alexa bah abre capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo pro passageiro | LAUNCH
launch | alexa coloca o jogo capitais do mundo | LAUNCH
launch | alexa vixe abre capitais do mundo | LAUNCH
launch | alexa ostrega abre o capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo que eu vou estudar | LAUNCH
launch | alexa inicia capitais do mundo pra revisão | LAUNCH
launch | alexa abre capitais do mundo no intervalo | LAUNCH
launch | alexa liga o jogo das capitais do mundo | LAUNCH
launch | alexa começar o jogo das capitais | LAUNCH
launch | alexa abre o aplicativo das capitais | LAUNCH
launch | alexa abrir o capitais do mundo | LAUNCH
launch | alexa roda capitais do mundo | LAUNCH
plural-capitals | alexa quais são as capitais de montserrat depois do vulcão | MS
plural-capitals | alexa as capitais do sri lanka pro concurso | LK
plural-capitals | alexa me fala as capitais de essuatíni | SZ
plural-capitals | alexa quais são as duas capitais da costa do marfim | CI
plural-capitals | alexa as capitais do benin por favor | BJ
plural-capitals | alexa quais são as capitais da malásia kuala lumpur e | MY
plural-capitals | alexa quais são as capitais dos países baixos | NL
plural-capitals | alexa as duas capitais da palestina | PS
plural-capitals | alexa as capitais de uttarakhand no inverno e no verão | IN-UK
plural-capitals | alexa as capitais de jammu e caxemira pro resumo | IN-JK
plural-capitals | alexa quais as capitais da áfrica do sul pra lua de mel | ZA
plural-capitals | alexa as capitais da bolívia sucre e qual mais | BO
out-of-domain | alexa qual a capital da tchecoslováquia | FB
out-of-domain | alexa qual era a capital da rodésia | FB
out-of-domain | alexa qual a capital do reino de sodoma | FB
out-of-domain | alexa qual é a capital da região de kanto do pokémon | FB
out-of-domain | alexa qual é a capital do minecraft | FB
out-of-domain | alexa qual é a capital da aldeia do asterix | FB
out-of-domain | alexa qual era a capital dos farrapos | FB
out-of-domain | alexa qual é a capital da serra catarinense | FB
out-of-domain | alexa qual é a capital do cariri | FB
out-of-domain | alexa qual a capital do recôncavo | FB
out-of-domain | alexa qual é a capital da região dos lagos | FB
out-of-domain | alexa qual a capital da oceania | FB
out-of-domain | alexa qual é a capital do caribe | FB
out-of-domain | alexa qual a capital do oriente médio | FB
out-of-domain | alexa qual é a capital dos bálcãs | FB
out-of-domain | alexa qual é a capital da lapônia | FB
out-of-domain | alexa qual é a capital da bretanha | FB
out-of-domain | alexa qual é a capital da andaluzia | FB
out-of-domain | alexa qual é a capital do alentejo | FB
out-of-domain | alexa qual é a capital da ilha de páscoa | FB
out-of-domain | alexa qual é a capital de zanzibar | FB
out-of-domain | alexa qual é a capital da somalilândia | FB
out-of-domain | alexa qual é a capital da abecásia | FB
out-of-domain | alexa qual a capital da transnístria | FB
out-of-domain | alexa quantos quilômetros tem o rio são francisco | FB
out-of-domain | alexa qual é a melhor uva pra vinho | FB
out-of-domain | alexa toca música de carrossel de forró | FB
out-of-domain | alexa quanto tá a arroba do boi | FB
out-of-domain | alexa qual o endereço da cooperativa | FB
out-of-domain | alexa quantos passageiros eu levei hoje | FB
out-of-domain | alexa qual a capital do império romano do oriente | FB
out-of-domain | alexa qual é a capital do reino de portugal e algarves | FB
out-of-domain | alexa qual foi a capital do brasil antes do rio | FB
out-of-domain | alexa qual a capital mais bonita do mundo | FB
out-of-domain | alexa qual país tem mais capitais | FB
out-of-domain | alexa me ensina a decorar as capitais | FB
out-of-domain | alexa a capital do japão tem quantos habitantes | FB
out-of-domain | alexa quanto custa a passagem pra capital da argentina | FB
out-of-domain | alexa como é o trânsito na capital da tailândia | FB
territory | alexa aquelas ilhinhas do pacífico dos americanos as menores distantes têm capital | UM
territory | alexa qual é a capital das ilhas menores distantes dos eua | UM
plural-capitals | alexa quais capitais a costa do marfim tem hoje | CI
plural-capitals | alexa o jogador marfinense falou das capitais da costa do marfim quais são | CI
plural-capitals | alexa a holanda tem quantas capitais e quais | NL
plural-capitals | alexa o agrônomo holandês disse que tem duas capitais na holanda quais são | NL
plural-capitals | alexa quais são as capitais do benin na áfrica | BJ
plural-capitals | alexa o benin tem capital oficial e outra quais são as duas | BJ
plural-capitals | alexa o colega indiano falou das capitais de jammu e caxemira quais são | IN-JK
plural-capitals | alexa me diz as duas capitais de jammu e caxemira | IN-JK
plural-capitals | alexa o sri lanka tem colombo e qual outra capital | LK
plural-capitals | alexa quais são as capitais oficiais do sri lanka | LK
plural-capitals | alexa a professora de yoga falou das capitais de uttarakhand quais | IN-UK
plural-capitals | alexa me fala as capitais de uttarakhand pra prova | IN-UK
plural-capitals | alexa o lojista palestino de foz perguntou as capitais da palestina | PS
plural-capitals | alexa quais as capitais da palestina pra atualidades | PS
plural-capitals | alexa yamoussoukro e abidjan são as capitais da costa do marfim né quais são | CI
plural-capitals | alexa as capitais da costa do marfim que o turista perguntou | CI
plural-capitals | alexa o senegalês disse que o benin tem duas capitais quais | BJ
plural-capitals | alexa porto novo e qual mais são capitais do benin | BJ
plural-capitals | alexa o técnico malaio do frigorífico falou que a malásia tem duas capitais quais | MY
plural-capitals | alexa putrajaya e kuala lumpur são as capitais da malásia me confirma quais são | MY
"""

if __name__ == "__main__":
    build_round(43, "pt", LINES, sys.argv, "tests/Eval/pt/round43/source/build_corpus.py")
