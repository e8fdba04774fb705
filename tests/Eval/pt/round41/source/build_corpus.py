"""Round 41, Portuguese (pt-BR): a new author's own mix, written blind at the start of the forty-second session (brief
WRITER48.md), with speakers, situations and wordings chosen apart from round 40 (gaúchos, mineiros, cearenses and
pernambucanos, paraenses and roraimenses, paulistanos, rural Mato Grosso and Goiás, Venezuelan, Chinese, Nigerian,
Bangladeshi, Afghan, Ukrainian, Syrian, Cuban, dekassegui, German, Congolese and Peruvian learners, Faria Lima English
and gamers) and round 39 (cariocas, baianos, manauaras, curitibanos, cuiabanos, capixabas, portunhol, Angolan,
Senegalese, Haitian and Korean learners).

Regions: goianos of Goiânia, Anápolis, Rio Verde and Caldas Novas ("ô", "cê", "nossa senhora", "é uai", the pamonha
and the pequi), brasilienses of the Plano Piloto, Taguatinga and the Esplanada ("véi", "pow", "de rocha", "massa",
"de boa", "candango", the Eixão), manezinhos of Florianópolis ("ó", "tás tola", "dazumbanda", "queridu", "ó o gajo",
"tanso", the Ribeirão da Ilha, the tainha, the renda de bilro), paraibanos and potiguares of João Pessoa and Campina
Grande ("oxe", "oxente", "massa", "mainha", "painho", "ô boy", "visse", "arretado", the São João), maranhenses and
piauienses of São Luís, Imperatriz and Teresina ("rapaz", "é mermo", "pequeno", "égua rapaz", the bumba meu boi, the
reggae of the Praia Grande, the Lençóis), sul-mato-grossenses of Campo Grande, Corumbá, Dourados and Ponta Porã (the
tereré, "che", the comitiva, the fishing rancho) and caipiras of the interior of São Paulo (Piracicaba, Bauru,
Ribeirão Preto: "ara", "ocê", "moço", "eta ferro", the sítio, the canavial, the festa do peão, the leilão).
Portuguese from Portugal living in Brazil ("diz-me lá", "pá", "ó filha", "olhe", European spellings as heard: "estónia",
"quénia", "vietname", "irão", "benim", "mónaco"). Learners and migrants: a Bolivian seamstress of the Brás, Mozambicans,
a Filipina nanny, a Lebanese of Foz do Iguaçu ("yalla", "habibi"), an Indian IT worker, a Colombian, a Russian
student, an American ("excuse me", "what is"), a Paraguayan, a French student, a Nepali, a Syrian, an Iranian.
Code-switching: developers ("deploy", "bug"), K-pop and K-drama fans ("oppa"), anime fans ("sugoi", "nani"), CrossFit,
surfers of the Joaquina ("swell", "crowd"), Twitch and podcasts, English country names ("new zealand", "switzerland").
Situations: a hospital night shift and a posto de saúde, a flight attendant, a pilot and air traffic control, motoboys
and app drivers, a hair salon and a barbershop, the barracks (recruta, sargento, missão de paz), the university (TCC,
RU, monitoria, orientador, UnB, UFSC), collectors (the World Cup sticker album, stamps, banknotes, passport stamps),
radio hams and a community radio ("câmbio", "qsl"), parties (the arraiá, the quadrilha, the carnival bloco, karaoke,
the church bingo, a baby shower, a wedding, a churrasco, New Year's Eve), diplomacy (the Rio Branco exam, the visa
queue, the Itamaraty), teenagers ("aff", "slk", "pfv", TikTok, Discord), children, elders and hesitations.

Out-of-domain: weather, music (Gusttavo Lima, Henrique e Juliano, Jackson do Pandeiro, reggae, Legião Urbana, BTS,
Almir Sater, Capital Inicial), football (Vila Nova, Goiás, Avaí, Botafogo-PB, Sampaio Corrêa), recipes (pamonha, arroz
de cuxá, tereré, galinhada), prices, smart-home and phone requests, app deliveries and rides, "capital" in other senses
(capital social, de giro, humano, intelectual, de risco, letra capital, crime capital, pecados capitais, Marx,
"capital do sertanejo", "capital do forró", "capital do reggae"), fictional places (Oz, Wakanda, Gondor, Arendelle,
Panem, Pasárgada, El Dorado, Hyrule, Sucupira, Bikini Bottom, Westeros, the Moon, Mars), historical states (Inca,
Aztec, Mongol, Austro-Hungarian empires, the Soviet Union, Yugoslavia, Prussia, the Confederação do Equador, the
República de Piratini, the state of Guanabara, the Território do Iguaçu), regions with no capital in the data
(Catalonia, Galicia, Lombardy, Sicily, Provence, Normandy, Flanders, Kurdistan, Transylvania, Tyrol, South Ossetia,
Abkhazia, Somaliland, Transnistria, Zanzibar, the Chaco, Tierra del Fuego, Easter Island, Bali, Madeira, the Pantanal,
the Chapada dos Veadeiros, the Recôncavo, the Sertão) and questions about capitals that are not "which is the capital".

Yes/no checks expect the place asked about, right or wrong; self-corrections expect the last place named after the
marker; reverse questions CITY:<capital> as languages/pt.json names it; a bare shared name every place in ordinal order.

Sources: LINES below in the round-12 entry format (`family | frame or sentence | expected`; a fill carries its own
preposition and article; every frame is used once with at most three fills), built by build_round of
tests/Eval/source/round12_hinl_corpus.py (round 41), dropping every (utterance, locale) pair of the earlier Portuguese
rounds. Every sentence was written by hand as one utterance."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
goiano-speech | ô alexa cê sabe a capital {} | da frança=FR; da alemanha=DE; da itália=IT
goiano-speech | alexa aqui de goiânia eu queria saber a capital {} | da espanha=ES; de portugal=PT; da irlanda=IE
goiano-speech | alexa nossa senhora esqueci qual é a capital {} | do reino unido=GB; da bélgica=BE; do luxemburgo=LU
goiano-speech | alexa depois da pamonha me fala a capital {} | da áustria=AT; da suíça=CH; de liechtenstein=LI
goiano-speech | alexa minha tia de anápolis perguntou a capital {} | da dinamarca=DK; da noruega=NO; da suécia=SE
goiano-speech | alexa é uai cê me conta a capital {} aí | da finlândia=FI; da islândia=IS; da estônia=EE
goiano-speech | alexa lá no pequi a turma quer saber a capital {} | da letônia=LV; da lituânia=LT; da polônia=PL
brasiliense-speech | alexa véi qual é a capital {} | da tchéquia=CZ; da eslováquia=SK; da hungria=HU
brasiliense-speech | alexa de rocha me fala a capital {} aí | da romênia=RO; da bulgária=BG; da grécia=GR
brasiliense-speech | pow alexa qual é a capital {} | da croácia=HR; da eslovênia=SI; da sérvia=RS
brasiliense-speech | alexa aqui da asa norte qual seria a capital {} | da bósnia e herzegovina=BA; de montenegro=ME; da albânia=AL
brasiliense-speech | alexa massa véi e a capital {} qual é | da macedônia do norte=MK; do kosovo=XK; da moldávia=MD
brasiliense-speech | alexa tô na esplanada e preciso da capital {} | da ucrânia=UA; da bielorrússia=BY; da rússia=RU
brasiliense-speech | alexa o pessoal da embaixada quer a capital {} | de andorra=AD; de mônaco=MC; de san marino=SM
brasiliense-speech | alexa no eixão hoje surgiu a dúvida da capital {} | de malta=MT; de chipre=CY; do vaticano=VA
manezinho-speech | ó alexa tás tola me diz a capital {} | da turquia=TR; da geórgia o país=GE; da armênia=AM
manezinho-speech | alexa dazumbanda qual é a capital {} queridu | do azerbaijão=AZ; do cazaquistão=KZ; do uzbequistão=UZ
manezinho-speech | ó o gajo alexa qual a capital {} | do turcomenistão=TM; do quirguistão=KG; do tadjiquistão=TJ
manezinho-speech | alexa lá no ribeirão da ilha querem saber a capital {} | do afeganistão=AF; do paquistão=PK; da índia=IN
manezinho-speech | alexa mas que tanso eu sou esqueci a capital {} | do nepal=NP; do butão=BT; de bangladesh=BD
manezinho-speech | alexa aqui de floripa qual é a capital {} | do sri lanka=LK; das maldivas=MV; do mianmar=MM
paraibano-speech | oxe alexa qual é a capital {} | da tailândia=TH; do laos=LA; do camboja=KH
paraibano-speech | alexa massa demais me diz aí a capital {} | do vietnã=VN; da malásia=MY; de singapura=SG
paraibano-speech | alexa mainha quer saber a capital {} | da indonésia=ID; das filipinas=PH; de brunei=BN
paraibano-speech | alexa lá de campina grande a gente quer a capital {} | de timor-leste=TL; da china=CN; da mongólia=MN
paraibano-speech | alexa painho tá perguntando a capital {} | do japão=JP; da coreia do sul=KR; da coreia do norte=KP
paraibano-speech | alexa ô boy me fala a capital {} | de taiwan=TW; da austrália=AU; da nova zelândia=NZ
maranhense-speech | rapaz alexa qual é a capital {} | de papua-nova guiné=PG; de fiji=FJ; das ilhas salomão=SB
maranhense-speech | alexa é mermo qual a capital {} | de vanuatu=VU; de samoa=WS; de tonga=TO
maranhense-speech | alexa aqui em são luís ninguém sabe a capital {} | de tuvalu=TV; de quiribati=KI; de nauru=NR
maranhense-speech | alexa me diz pequeno qual é a capital {} | de palau=PW; da micronésia=FM; das ilhas marshall=MH
maranhense-speech | alexa no bumba meu boi perguntaram a capital {} | do egito=EG; da líbia=LY; da tunísia=TN
maranhense-speech | alexa ei rapaz me ajuda com a capital {} | da argélia=DZ; do marrocos=MA; da mauritânia=MR
pantanal-speech | alexa tomando tereré aqui qual é a capital {} | do mali=ML; do níger=NE; do chade=TD
pantanal-speech | alexa lá de corumbá a gente quer saber a capital {} | do senegal=SN; da gâmbia=GM; da guiné-bissau=GW
pantanal-speech | alexa aqui de campo grande me diz a capital {} | de serra leoa=SL; da libéria=LR; da costa do marfim=CI
pantanal-speech | alexa o peão da comitiva perguntou a capital {} | de gana=GH; do togo=TG; do benin=BJ
pantanal-speech | alexa che me fala a capital {} | da nigéria=NG; de camarões=CM; do gabão=GA
pantanal-speech | alexa no rancho de pesca a gente apostou a capital {} | da guiné equatorial=GQ; de são tomé e príncipe=ST; da república centro-africana=CF
caipira-speech | alexa ara que eu não lembro a capital {} | do burquina faso=BF; de cabo verde=CV; da guiné=GN
caipira-speech | alexa lá em piracicaba o povo quer a capital {} | da república do congo=CG; da república democrática do congo=CD; de angola=AO
caipira-speech | alexa ocê sabe a capital {} por acaso | da zâmbia=ZM; do zimbábue=ZW; do malaui=MW
caipira-speech | alexa na roça aqui a gente pergunta a capital {} | de moçambique=MZ; da tanzânia=TZ; do quênia=KE
caipira-speech | alexa eta ferro qual é a capital {} | de uganda=UG; de ruanda=RW; do burundi=BI
caipira-speech | alexa no sítio do meu sogro perguntaram a capital {} | da etiópia=ET; da eritreia=ER; do djibuti=DJ
learner | alexa eu boliviano costura no brás qual capital {} | da somália=SO; do sudão=SD; do sudão do sul=SS
learner | alexa sou de moçambique e pergunto a capital {} | de madagascar=MG; de maurício=MU; das seicheles=SC
learner | alexa eu filipina babá aqui capital {} você sabe | dos comores=KM; da namíbia=NA; de botsuana=BW
learner | alexa desculpa meu português capital {} qual é | da áfrica do sul=ZA; do lesoto=LS; do essuatíni=SZ
learner | alexa eu venho do líbano trabalho em foz qual a capital {} | do líbano=LB; da síria=SY; da jordânia=JO
learner | alexa eu indiano trabalhar ti qual capital {} | de israel=IL; da palestina=PS; do iraque=IQ
learner | alexa sou colombiano me dizes la capital {} | do irã=IR; da arábia saudita=SA; do iêmen=YE
learner | alexa eu russo estudante capital {} como chama | de omã=OM; dos emirados árabes unidos=AE; do catar=QA
learner | alexa excuse me eu americano what is capital {} | do bahrein=BH; do kuwait=KW; da geórgia do cáucaso=GE
portugal-speech | alexa diz-me lá qual é a capital {} pá | do canadá=CA; dos estados unidos=US; do méxico=MX
portugal-speech | alexa olha cá qual é a capital {} | da guatemala=GT; do belize=BZ; de honduras=HN
portugal-speech | alexa ó filha diz-me a capital {} se faz favor | de el salvador=SV; da nicarágua=NI; da costa rica=CR
portugal-speech | alexa então qual é a capital {} | do panamá=PA; de cuba=CU; da jamaica=JM
portugal-speech | alexa sou do porto e vivo em são paulo qual é a capital {} | do haiti=HT; da república dominicana=DO; das bahamas=BS
code-switch | alexa tipo sem crise qual a capital {} | de barbados=BB; de trinidad e tobago=TT; da granada=GD
code-switch | alexa fazendo deploy aqui e bateu a dúvida da capital {} | de santa lúcia=LC; de são vicente e granadinas=VC; da dominica=DM
code-switch | alexa o oppa do meu k-pop nasceu onde mesmo qual a capital {} | de antígua e barbuda=AG; de são cristóvão e névis=KN; da coreia=KP+KR
code-switch | alexa sugoi qual é a capital {} | da colômbia=CO; da venezuela=VE; do equador=EC
code-switch | alexa no crossfit o coach perguntou a capital {} | do peru=PE; da bolívia=BO; do chile=CL
code-switch | alexa no swell de hoje na joaquina a galera quer a capital {} | da argentina=AR; do uruguai=UY; do paraguai=PY
code-switch | alexa meu bug não resolve e eu quero a capital {} | da guiana=GY; do suriname=SR; do brasil=BR
subdivision | alexa qual é a capital {} | do acre=BR-AC; de alagoas=BR-AL; do amapá=BR-AP
subdivision | alexa me fala rapidinho a capital {} | do amazonas=BR-AM; da bahia=BR-BA; do ceará=BR-CE
subdivision | alexa a capital {} é qual cidade | do espírito santo=BR-ES; de goiás=BR-GO; do maranhão=BR-MA
subdivision | alexa tô revisando pra prova qual a capital {} | de minas gerais=BR-MG; do mato grosso do sul=BR-MS; do mato grosso=BR-MT
subdivision | alexa qual cidade é a capital {} | do pará=BR-PA; da paraíba=BR-PB; de pernambuco=BR-PE
subdivision | alexa diz pra mim a capital {} | do piauí=BR-PI; do paraná=BR-PR; do estado do rio de janeiro=BR-RJ
subdivision | alexa capital {} qual é mesmo | do rio grande do norte=BR-RN; de rondônia=BR-RO; de roraima=BR-RR
subdivision | alexa me lembra a capital {} por favor | do rio grande do sul=BR-RS; de santa catarina=BR-SC; de sergipe=BR-SE
subdivision | alexa qual é a capitalzinha {} | do estado de são paulo=BR-SP; do tocantins=BR-TO; do distrito federal=BR-DF
subdivision | alexa qual é a capital do estado {} nos estados unidos | do alabama=US-AL; do alasca=US-AK; do arizona=US-AZ
subdivision | alexa lá nos estados unidos qual a capital {} | do arkansas=US-AR; da califórnia=US-CA; do colorado=US-CO
subdivision | alexa me fala a capital estadual {} | de connecticut=US-CT; de delaware=US-DE; da flórida=US-FL
subdivision | alexa vou pra disney e quero saber a capital {} | da flórida de verdade=US-FL; do havaí=US-HI; do idaho=US-ID
subdivision | alexa qual é a sede do governo {} | de illinois=US-IL; de indiana=US-IN; de iowa=US-IA
subdivision | alexa nos states qual a capital {} | do kansas=US-KS; do kentucky=US-KY; da luisiana=US-LA
subdivision | alexa qual é a capital {} lá na américa | do maine=US-ME; de maryland=US-MD; de massachusetts=US-MA
subdivision | alexa pergunta de inglês qual a capital {} | de michigan=US-MI; de minnesota=US-MN; do mississippi=US-MS
subdivision | alexa qual cidade manda {} | no missouri=US-MO; em montana=US-MT; no nebraska=US-NE
subdivision | alexa me diz onde fica a capital {} | de nevada=US-NV; de new hampshire=US-NH; de nova jersey=US-NJ
subdivision | alexa capital do estado {} | do novo méxico=US-NM; de nova york=US-NY; da carolina do norte=US-NC
subdivision | alexa a capital {} qual seria | da dakota do norte=US-ND; de ohio=US-OH; de oklahoma=US-OK
subdivision | alexa tô vendo série americana qual a capital {} | do oregon=US-OR; da pensilvânia=US-PA; de rhode island=US-RI
subdivision | alexa no mapa americano qual a capital {} | da carolina do sul=US-SC; da dakota do sul=US-SD; do tennessee=US-TN
subdivision | alexa o caubói do filme era {} qual a capital | do texas=US-TX; de utah=US-UT; de vermont=US-VT
subdivision | alexa qual é a capital {} nos eua | da virgínia=US-VA; do estado de washington=US-WA; da virgínia ocidental=US-WV
subdivision | alexa responde aí a capital {} | de wisconsin=US-WI; do wyoming=US-WY; da geórgia americana=US-GA
subdivision | alexa no canadá qual é a capital {} | de alberta=CA-AB; da colúmbia britânica=CA-BC; de manitoba=CA-MB
subdivision | alexa minha prima mora no canadá qual a capital {} | de nova brunswick=CA-NB; da terra nova e labrador=CA-NL; da nova escócia=CA-NS
subdivision | alexa intercâmbio no canadá qual a capital {} | de ontário=CA-ON; da ilha do príncipe eduardo=CA-PE; do quebec=CA-QC
subdivision | alexa lá no norte do canadá qual a capital {} | de saskatchewan=CA-SK; do yukon=CA-YT; dos territórios do noroeste=CA-NT
subdivision | alexa qual é a capital do território {} | de nunavut=CA-NU; do norte australiano=AU-NT; da capital australiana=AU-ACT
subdivision | alexa na austrália qual é a capital {} | de nova gales do sul=AU-NSW; de queensland=AU-QLD; da austrália meridional=AU-SA
subdivision | alexa mochilão na austrália qual a capital {} | da tasmânia=AU-TAS; de victoria=AU-VIC; da austrália ocidental=AU-WA
subdivision | alexa na alemanha qual é a capital {} | da baviera=DE-BY; de baden-württemberg=DE-BW; do brandemburgo=DE-BB
subdivision | alexa meu bisavô era alemão qual a capital {} | de hesse=DE-HE; da baixa saxônia=DE-NI; da renânia do norte-vestfália=DE-NW
subdivision | alexa qual é a capital do estado alemão {} | da renânia-palatinado=DE-RP; de schleswig-holstein=DE-SH; do sarre=DE-SL
subdivision | alexa intercâmbio na alemanha capital {} | da saxônia=DE-SN; da saxônia-anhalt=DE-ST; da turíngia=DE-TH
subdivision | alexa qual a capital {} lá da alemanha | de meclemburgo-pomerânia ocidental=DE-MV; do estado de bremen=DE-HB; do estado de hamburgo=DE-HH
subdivision | alexa na índia qual é a capital {} | de andhra pradesh=IN-AP; de arunachal pradesh=IN-AR; de assam=IN-AS
subdivision | alexa qual a capital do estado indiano {} | de bihar=IN-BR; de chhattisgarh=IN-CG; de goa=IN-GA
subdivision | alexa ioga na índia me diz a capital {} | do gujarat=IN-GJ; de haryana=IN-HR; de himachal pradesh=IN-HP
subdivision | alexa vi uma novela indiana qual é a capital {} | de jharkhand=IN-JH; de karnataka=IN-KA; de kerala=IN-KL
subdivision | alexa qual é a capital indiana {} | de madhya pradesh=IN-MP; de maharashtra=IN-MH; de manipur=IN-MN
subdivision | alexa lá no nordeste da índia qual a capital {} | de meghalaya=IN-ML; de mizoram=IN-MZ; de nagaland=IN-NL
subdivision | alexa o colega indiano falou {} qual a capital | de odisha=IN-OD; do punjab=IN-PB; do rajastão=IN-RJ
subdivision | alexa qual a capital {} na índia | de sikkim=IN-SK; de tamil nadu=IN-TN; de telangana=IN-TS
subdivision | alexa meu chefe indiano perguntou a capital {} | de tripura=IN-TR; de uttar pradesh=IN-UP; de bengala ocidental=IN-WB
subdivision | alexa qual é a capital do território indiano {} | das ilhas andamão e nicobar=IN-AN; de ladakh=IN-LA; de lakshadweep=IN-LD
subdivision | alexa no méxico qual é a capital {} | de aguascalientes=MX-AGU; da baixa califórnia=MX-BCN; da baixa califórnia do sul=MX-BCS
subdivision | alexa viajando pelo méxico qual a capital {} | de campeche=MX-CAM; de chiapas=MX-CHP; de chihuahua=MX-CHH
subdivision | alexa qual é a capital do estado mexicano {} | de coahuila=MX-COA; de colima=MX-COL; de durango=MX-DUR
subdivision | alexa assistindo chaves me deu vontade de saber a capital {} | de guanajuato=MX-GUA; de guerrero=MX-GRO; de hidalgo=MX-HID
subdivision | alexa mariachi bom é de {} qual a capital | jalisco=MX-JAL; michoacán=MX-MIC; morelos=MX-MOR
subdivision | alexa lá no méxico a capital {} qual é | do estado do méxico=MX-MEX; de nayarit=MX-NAY; de nuevo león=MX-NLE
subdivision | alexa me diz a capital mexicana {} | de oaxaca=MX-OAX; de puebla=MX-PUE; de querétaro=MX-QUE
subdivision | alexa vou pra cancún qual é a capital {} | de quintana roo=MX-ROO; de iucatã=MX-YUC; de tabasco=MX-TAB
subdivision | alexa qual é a capital {} no méxico | de sinaloa=MX-SIN; de sonora=MX-SON; de san luis potosí=MX-SLP
subdivision | alexa me fala a capital estadual {} mexicano | de tamaulipas=MX-TAM; de tlaxcala=MX-TLA; de veracruz=MX-VER
subdivision | alexa e a capital {} no reino unido | da inglaterra=GB-ENG; da escócia=GB-SCT; do país de gales=GB-WLS
territory | alexa lá no norte gelado qual é a capital {} | da groenlândia=GL; das ilhas faroé=FO; das ilhas aland=AX
territory | alexa me diz a capital {} | de porto rico=PR; de guam=GU; da samoa americana=AS
territory | alexa capital {} lá no caribe | de aruba=AW; de curaçao=CW; de sint maarten=SX
territory | alexa qual a capital do território {} | das bermudas=BM; das ilhas cayman=KY; das ilhas turcas e caicos=TC
territory | alexa no cruzeiro falaram de {} qual a capital | anguila=AI; montserrat=MS; guadalupe=GP
territory | alexa qual é a capital {} francesa | da martinica=MQ; da guiana=GF; da polinésia=PF
territory | alexa e a capital {} como é | da nova caledônia=NC; de wallis e futuna=WF; de são pedro e miquelão=PM
territory | alexa capital {} no oceano índico | da reunião=RE; de mayotte=YT; do território britânico do oceano índico=IO
territory | alexa me fala a capital {} lá longe | das ilhas malvinas=FK; de santa helena=SH; das ilhas pitcairn=PN
territory | alexa qual é a capital {} britânica | de gibraltar=GI; da ilha de man=IM; de jersey=JE
territory | alexa e {} qual é a capital | guernsey=GG; as ilhas cook=CK; niue=NU
territory | alexa qual a capital {} no pacífico | de tokelau=TK; da ilha norfolk=NF; das ilhas marianas do norte=MP
territory | alexa qual é a capital {} lá perto da austrália | da ilha christmas=CX; das ilhas cocos=CC; dos países baixos caribenhos=BQ
territory | alexa a capital {} qual é | de são bartolomeu=BL; de são martinho=MF; de svalbard=SJ
territory | alexa quero saber a capital {} | das ilhas virgens britânicas=VG; das ilhas virgens americanas=VI; do saara ocidental=EH
territory | alexa qual a capital {} lá no fim do mundo | da geórgia do sul=GS; dos territórios franceses do sul=TF; da antártida=AQ
subdivision | alexa qual é a capital de delhi o território | IN-DL
subdivision | alexa capital de puducherry | IN-PY
subdivision | alexa qual é a capital de chandigarh o território da índia | IN-CH
subdivision | alexa qual é a capital de dadrá e nagar-aveli e damão e diu | IN-DH
subdivision | alexa capital daquele território de damão e diu | IN-DH
subdivision | alexa qual é a capital da irlanda do norte | GB-NIR
subdivision | alexa qual é a capital da cidade do méxico | MX-CMX
subdivision | alexa qual é a capital de washington dc | US-DC
subdivision | alexa capital de hong kong tem | HK
subdivision | alexa qual é a capital de macau | MO
subdivision | alexa qual é a capital da ilha bouvet | BV
subdivision | alexa qual a capital das ilhas heard e mcdonald | HM
subdivision | alexa qual é a capital das ilhas menores distantes dos estados unidos | UM
subdivision | alexa a capital de berlim o estado | DE-BE
subdivision | alexa qual a capital de minas | BR-MG
subdivision | alexa capital do mato grosso do sul é campo grande né | BR-MS
subdivision | alexa capital de sergipe é aracaju ou maceió | BR-SE
subdivision | alexa a capital do tocantins foi criada quando não quer dizer qual é a capital do tocantins | BR-TO
subdivision | alexa qual é a capital do amapá que eu sempre confundo | BR-AP
subdivision | alexa qual é a capital da califórnia não é los angeles né | US-CA
subdivision | alexa qual é a capital do estado de nova iorque | US-NY
subdivision | alexa capital da nova inglaterra massachusetts | US-MA
subdivision | alexa capital de ontário é toronto ou ottawa | CA-ON
subdivision | alexa a capital do queensland | AU-QLD
subdivision | alexa qual é a capital da renânia do norte vestfália | DE-NW
subdivision | alexa capital de kerala aquele nome enorme | IN-KL
subdivision | alexa qual a capital de jalisco é guadalajara | MX-JAL
plural-capitals | alexa quais são as capitais da bolívia | BO
plural-capitals | alexa a bolívia tem duas capitais né quais são | BO
plural-capitals | alexa me fala as duas capitais do benin | BJ
plural-capitals | alexa quais as capitais da costa do marfim | CI
plural-capitals | alexa o sri lanka tem mais de uma capital quais são | LK
plural-capitals | alexa quais são as capitais da malásia | MY
plural-capitals | alexa a malásia tem quantas capitais e quais | MY
plural-capitals | alexa quais são as capitais da holanda | NL
plural-capitals | alexa me diz as capitais dos países baixos amsterdã e mais qual | NL
plural-capitals | alexa quais são as capitais do essuatíni | SZ
plural-capitals | alexa quais são as capitais da suazilândia | SZ
plural-capitals | alexa a áfrica do sul tem três capitais quais são elas | ZA
plural-capitals | alexa me conta as três capitais sul-africanas | ZA
plural-capitals | alexa quais são as capitais da palestina | PS
plural-capitals | alexa quais são as capitais de montserrat | MS
plural-capitals | alexa as duas capitais de jammu e caxemira | IN-JK
plural-capitals | alexa quais são as capitais do uttarakhand | IN-UK
plural-capitals | alexa véi o uttarakhand tem capital de verão e de inverno quais são | IN-UK
plural-capitals | alexa quais as capitais de jammu e kashmir | IN-JK
plural-capitals | oxe alexa o benin tem duas capitais é quais são | BJ
plural-capitals | alexa pra prova do itamaraty quais são as capitais da bolívia sucre e qual | BO
plural-capitals | alexa me diz as capitais da costa do marfim pra minha figurinha | CI
plural-capitals | alexa rapaz quais são as capitais do sri lanka que eu nunca sei falar | LK
plural-capitals | alexa as capitais da áfrica do sul pretória e as outras | ZA
plural-capitals | alexa quais capitais a palestina tem | PS
plural-capitals | alexa a malásia kuala lumpur e a outra capital qual é | MY
follow-up | alexa e a da argentina | AR
follow-up | e do chile alexa | CL
follow-up | alexa e a do uruguai | UY
follow-up | e a capital do paraguai | PY
follow-up | alexa agora a da grécia | GR
follow-up | e a do egito | EG
follow-up | alexa e do japão | JP
follow-up | alexa tá e a da coreia do sul | KR
follow-up | e a do vizinho peru | PE
follow-up | alexa beleza e a da colômbia | CO
follow-up | alexa valeu e a do méxico | MX
follow-up | alexa e a da nigéria então | NG
follow-up | e agora a de cabo verde | CV
follow-up | alexa ótimo e do quênia | KE
follow-up | e pra fechar a da islândia | IS
follow-up | alexa e a de moçambique | MZ
follow-up | alexa mais uma e a da tailândia | TH
follow-up | e do estado do acre alexa | BR-AC
follow-up | alexa e a de roraima | BR-RR
follow-up | alexa e a do texas | US-TX
follow-up | e a de quebec | CA-QC
follow-up | alexa e na baviera | DE-BY
follow-up | alexa e no piauí qual é | BR-PI
follow-up | alexa e se fosse o marrocos | MA
follow-up | alexa certo e a da escócia | GB-SCT
follow-up | alexa e a próxima é a do vietnã | VN
follow-up | alexa e a de timor | TL
follow-up | e a da jamaica agora | JM
follow-up | alexa bom e do canadá | CA
follow-up | alexa e lá na nova zelândia | NZ
follow-up | e a da hungria alexa | HU
follow-up | alexa próxima figurinha e a da croácia | HR
follow-up | alexa câmbio e a da polônia | PL
follow-up | alexa e o outro congo o de brazzaville | CG
yes-no-check | alexa a capital da austrália é sydney | AU
yes-no-check | alexa é verdade que a capital do canadá é toronto | CA
yes-no-check | alexa a capital da turquia é istambul né | TR
yes-no-check | alexa confirma pra mim a capital da suíça é zurique | CH
yes-no-check | alexa a capital dos estados unidos é nova york | US
yes-no-check | alexa brasília é a capital do brasil certo | BR
yes-no-check | alexa a capital do marrocos é casablanca | MA
yes-no-check | alexa a capital da nigéria ainda é lagos | NG
yes-no-check | alexa a capital do cazaquistão é almaty | KZ
yes-no-check | alexa a capital de mianmar é rangum | MM
yes-no-check | alexa lima é a capital do peru | PE
yes-no-check | alexa a capital da nova zelândia é auckland | NZ
yes-no-check | alexa santiago é capital do chile ou não | CL
yes-no-check | alexa a capital da índia é mumbai né | IN
yes-no-check | alexa a capital da tanzânia é dar es salaam | TZ
yes-no-check | alexa a capital de santa catarina é joinville | BR-SC
yes-no-check | alexa a capital da paraíba é campina grande né | BR-PB
yes-no-check | alexa é certo que goiânia é capital de goiás | BR-GO
yes-no-check | alexa a capital do rio grande do norte é natal | BR-RN
yes-no-check | alexa a capital do mato grosso do sul é dourados | BR-MS
yes-no-check | alexa a capital do maranhão é são luís mesmo | BR-MA
yes-no-check | alexa a capital da flórida é miami | US-FL
yes-no-check | alexa a capital de nova york é nova york | US-NY
yes-no-check | alexa a capital da alemanha era bonn ainda é | DE
yes-no-check | alexa pristina é a capital do kosovo | XK
yes-no-check | alexa a capital de taiwan é taipé | TW
yes-no-check | alexa a capital do vietnã é ho chi minh | VN
yes-no-check | alexa a capital do paquistão é karachi | PK
yes-no-check | alexa a capital da costa do marfim é abidjan | CI
yes-no-check | alexa a capital do quebec é montreal | CA-QC
yes-no-check | alexa a capital da escócia é glasgow | GB-SCT
yes-no-check | alexa a capital do benin é cotonou | BJ
self-correction | alexa capital da áustria não pera da austrália | AU
self-correction | alexa qual é a capital da suécia digo da suíça | CH
self-correction | alexa capital da eslováquia não eslovênia | SI
self-correction | alexa a capital da islândia ops irlanda | IE
self-correction | alexa qual a capital do niger não da nigéria | NG
self-correction | alexa capital da guiné não guiné-bissau | GW
self-correction | alexa capital de mali quer dizer malaui | MW
self-correction | alexa qual é a capital do irã ou melhor do iraque | IQ
self-correction | alexa a capital da colômbia não não da bolívia | BO
self-correction | alexa capital da dominica não república dominicana | DO
self-correction | alexa a capital da letônia perdão lituânia | LT
self-correction | alexa capital do mato grosso corrigindo mato grosso do sul | BR-MS
self-correction | alexa capital do paraná ops da paraíba | BR-PB
self-correction | alexa capital de sergipe não alagoas | BR-AL
self-correction | alexa qual a capital de rondônia não roraima | BR-RR
self-correction | alexa capital da carolina do norte não do sul | US-SC
self-correction | alexa capital da dakota do sul na verdade do norte | US-ND
self-correction | alexa a capital da áustria não espera da alemanha | DE
self-correction | alexa qual é a capital do congo do congo democrático | CD
self-correction | alexa capital da gâmbia errei zâmbia | ZM
self-correction | alexa capital da mauritânia não maurício | MU
self-correction | alexa qual a capital da eslováquia ai não tchéquia | CZ
self-correction | alexa capital de omã não do iêmen | YE
self-correction | alexa capital do uruguai foi mal paraguai | PY
self-correction | alexa capital da suazilândia quer dizer do lesoto | LS
self-correction | alexa capital de nova gales não de victoria | AU-VIC
reverse-question | alexa lisboa é capital de qual país | CITY:Lisboa
reverse-question | alexa de onde que nairóbi é capital | CITY:Nairóbi
reverse-question | alexa ulan bator é capital de que país | CITY:Ulan Bator
reverse-question | alexa caracas é a capital de onde | CITY:Caracas
reverse-question | alexa que país tem como capital bangkok | CITY:Bangkok
reverse-question | alexa vilnius é capital de qual país | CITY:Vilnius
reverse-question | alexa de que lugar tbilisi é a capital | CITY:Tbilisi
reverse-question | alexa qual país tem a capital em adis abeba | CITY:Adis Abeba
reverse-question | alexa kigali é capital de onde | CITY:Kigali
reverse-question | alexa montevidéu é a capital de qual país | CITY:Montevidéu
reverse-question | alexa teresina é capital de qual estado | CITY:Teresina
reverse-question | alexa palmas é a capital de que estado | CITY:Palmas
reverse-question | alexa porto velho é capital de qual estado | CITY:Porto Velho
reverse-question | alexa aracaju é capital de onde | CITY:Aracaju
reverse-question | alexa macapá é capital de qual estado | CITY:Macapá
reverse-question | alexa florianópolis é capital de qual estado | CITY:Florianópolis
reverse-question | alexa de que estado campo grande é a capital | CITY:Campo Grande
reverse-question | alexa sacramento é capital de onde | CITY:Sacramento
reverse-question | alexa tallahassee é a capital de qual estado americano | CITY:Tallahassee
reverse-question | alexa winnipeg é capital de qual província | CITY:Winnipeg
reverse-question | alexa kingston é capital de onde | CITY:Kingston
reverse-question | alexa victoria é capital de onde | CITY:Victoria
reverse-question | alexa saint john's é capital de qual lugar | CITY:Saint John's
reverse-question | alexa hamilton é a capital de onde | CITY:Hamilton
reverse-question | alexa georgetown é capital de que país | CITY:Georgetown
reverse-question | alexa de que país é a capital paramaribo | CITY:Paramaribo
reverse-question | alexa a cidade de praia é capital de onde | CITY:Praia
reverse-question | alexa bissau é capital de qual país | CITY:Bissau
reverse-question | alexa dili é capital de que país | CITY:Dili
reverse-question | alexa chandigarh é capital de onde | CITY:Chandigarh
reverse-question | alexa jerusalém é capital de quem | CITY:Jerusalém
reverse-question | alexa canberra é capital de onde | CITY:Canberra
reverse-question | alexa la paz é capital de onde | CITY:La Paz
official-name | alexa qual é a capital da república federativa do brasil | BR
official-name | alexa capital da república portuguesa | PT
official-name | alexa qual é a capital da república popular da china | CN
official-name | alexa capital da federação russa | RU
official-name | alexa qual é a capital da república francesa | FR
official-name | alexa capital da república federal da alemanha | DE
official-name | alexa a capital da república italiana | IT
official-name | alexa qual a capital do reino da espanha | ES
official-name | alexa capital do reino da bélgica | BE
official-name | alexa capital do reino da dinamarca | DK
official-name | alexa qual é a capital dos estados unidos mexicanos | MX
official-name | alexa capital da república argentina | AR
official-name | alexa qual é a capital da república oriental do uruguai | UY
official-name | alexa capital do estado plurinacional da bolívia | BO
official-name | alexa qual é a capital da república bolivariana da venezuela | VE
official-name | alexa capital da república do chile | CL
official-name | alexa qual é a capital da república de moçambique | MZ
official-name | alexa capital da república democrática de são tomé e príncipe | ST
official-name | alexa capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | alexa qual é a capital do reino hachemita da jordânia | JO
official-name | alexa capital do reino do marrocos | MA
official-name | alexa qual é a capital da república islâmica do irã | IR
official-name | alexa capital da república islâmica do paquistão | PK
official-name | alexa capital da república árabe do egito | EG
official-name | alexa qual é a capital da república federal democrática da etiópia | ET
official-name | alexa capital da república da coreia | KR
official-name | alexa capital da república popular democrática da coreia | KP
official-name | alexa qual é a capital da república socialista do vietnã | VN
official-name | alexa capital da comunidade da austrália | AU
official-name | alexa capital da confederação suíça | CH
official-name | alexa qual é a capital do grão-ducado do luxemburgo | LU
official-name | alexa capital do principado de mônaco | MC
official-name | alexa qual é a capital do estado da cidade do vaticano | VA
official-name | alexa capital da república da china taiwan | TW
official-name | alexa qual é a capital do estado da palestina | PS
official-name | alexa capital da república do kosovo | XK
official-name | alexa capital da república de cuba | CU
official-name | alexa capital do reino da tailândia | TH
everyday-name | alexa qual é a capital da holanda | NL
everyday-name | alexa capital da inglaterra o país dos beatles | GB-ENG
everyday-name | alexa qual é a capital da suazilândia | SZ
everyday-name | alexa capital da birmânia | MM
everyday-name | alexa capital do ceilão | LK
everyday-name | alexa qual é a capital da república tcheca | CZ
everyday-name | alexa qual é a capital da macedônia | MK
everyday-name | alexa capital da bielorrússia ou belarus | BY
everyday-name | alexa qual é a capital da terra do sol nascente | JP
everyday-name | alexa capital da terra dos cangurus | AU
everyday-name | alexa qual é a capital da terra do tango | AR
everyday-name | alexa capital da terrinha | PT
everyday-name | alexa qual é a capital da terra do fado | PT
everyday-name | alexa capital dos states | US
everyday-name | alexa qual é a capital da gringolândia dos estados unidos | US
everyday-name | alexa capital da terra do chocolate suíço | CH
everyday-name | alexa capital do país do cricket a índia | IN
everyday-name | alexa qual é a capital da terra dos kiwis nova zelândia | NZ
everyday-name | alexa capital de timor | TL
everyday-name | alexa capital do timor leste | TL
everyday-name | alexa capital da costa do marfim a côte d'ivoire | CI
everyday-name | alexa capital da bósnia | BA
everyday-name | alexa capital dos emirados | AE
everyday-name | alexa capital do daomé de antigamente | BJ
everyday-name | alexa capital do congo belga de hoje | CD
everyday-name | alexa capital do alto volta que hoje é burquina | BF
everyday-name | alexa capital da pérsia de hoje | IR
everyday-name | alexa capital do sião o país | TH
shared-name | alexa qual é a capital do congo | CD+CG
shared-name | alexa capital do congo | CD+CG
shared-name | alexa qual a capital dos dois congos | CD+CG
shared-name | alexa qual é a capital da geórgia | GE+US-GA
shared-name | alexa me diz a capital da geórgia | GE+US-GA
shared-name | alexa capital da coreia | KP+KR
shared-name | alexa qual é a capital das coreias | KP+KR
shared-name | alexa as duas coreias qual a capital de cada | KP+KR
shared-name | alexa qual é a capital das ilhas virgens | VG+VI
shared-name | alexa capital das ilhas virgens lá do caribe | VG+VI
shared-name | ô alexa cê sabe a capital da geórgia | GE+US-GA
shared-name | alexa oxe qual é a capital do congo visse | CD+CG
shared-name | alexa capital coreana | KP+KR
shared-name | alexa rapaz a capital dos congos | CD+CG
help | alexa como é que funciona esse jogo de capitais | HELP
help | alexa me explica o que eu posso perguntar aqui | HELP
help | ajuda alexa não tô entendendo nada | HELP
help | alexa o que esse negócio de capitais faz | HELP
help | alexa véi me ajuda aí como usa isso | HELP
help | ô alexa como é que eu pergunto as capitais | HELP
help | alexa oxe como é que mexe nisso | HELP
help | alexa tás tola me explica como funciona | HELP
help | alexa rapaz me dá uma ajuda aqui | HELP
help | alexa diz-me lá como isto funciona | HELP
help | alexa eu não sei usar me ajuda por favor | HELP
help | alexa quais perguntas dá pra fazer | HELP
help | alexa o que é que eu falo pra você agora | HELP
help | alexa socorro minha vó quer usar e não sabe como | HELP
help | alexa me dá umas instruções | HELP
help | alexa como eu faço pra saber a capital de um país | HELP
help | alexa tô perdido aqui o que eu faço | HELP
help | alexa help me please como funciona | HELP
help | alexa me ensina a usar esse jogo das capitais | HELP
help | alexa que tipo de coisa você responde | HELP
help | alexa preciso de orientação | HELP
help | alexa ajuda por gentileza | HELP
help | alexa como que eu jogo isso aqui | HELP
help | alexa pode me dar um exemplo do que perguntar | HELP
help | alexa não entendi o que é pra falar | HELP
help | alexa quais são as opções | HELP
help | alexa me explica de novo devagarinho | HELP
help | alexa eu sou novo aqui como começo | HELP
help | alexa professora pediu pra usar mas como usa | HELP
help | alexa me ajuda a entender esse trem | HELP
help | alexa que comandos tem | HELP
help | alexa como é que pede ajuda nisso | HELP
help | alexa dá uma mãozinha aqui | HELP
help | alexa o que você sabe fazer com capitais | HELP
help | alexa câmbio preciso de ajuda câmbio | HELP
stop | alexa para | STOP
stop | alexa para tudo | STOP
stop | alexa pode parar | STOP
stop | alexa chega por hoje | STOP
stop | alexa fica quieta | STOP
stop | alexa cala a boca | STOP
stop | alexa silêncio por favor | STOP
stop | alexa sai desse jogo | STOP
stop | alexa encerra | STOP
stop | alexa desliga esse jogo | STOP
stop | alexa já deu véi para | STOP
stop | alexa oxe para com isso | STOP
stop | alexa ó para com isso queridu | STOP
stop | alexa rapaz para aí | STOP
stop | alexa para lá com isso pá | STOP
stop | alexa acabou o jogo | STOP
stop | alexa sair | STOP
stop | alexa terminar | STOP
stop | alexa fecha as capitais | STOP
stop | alexa chega de capital | STOP
stop | alexa para de falar | STOP
stop | alexa pode encerrar agora | STOP
stop | alexa stop | STOP
stop | alexa quieta | STOP
stop | alexa tchau | STOP
stop | alexa fim | STOP
stop | alexa desliga | STOP
stop | alexa para que o neném dormiu | STOP
stop | alexa o plantão acabou para | STOP
stop | alexa câmbio desligo | STOP
stop | alexa sai fora | STOP
cancel | alexa cancela | CANCEL
cancel | alexa cancelar | CANCEL
cancel | alexa esquece | CANCEL
cancel | alexa deixa pra lá | CANCEL
cancel | alexa esquece isso | CANCEL
cancel | alexa não precisa mais | CANCEL
cancel | alexa cancela essa pergunta | CANCEL
cancel | alexa deixa quieto | CANCEL
cancel | alexa esquece o que eu falei | CANCEL
cancel | alexa deixa pra lá véi | CANCEL
cancel | alexa oxe esquece | CANCEL
cancel | alexa esquece queridu | CANCEL
cancel | alexa rapaz deixa pra lá | CANCEL
cancel | alexa esquece lá isso | CANCEL
cancel | alexa nada não esquece | CANCEL
cancel | alexa desconsidera | CANCEL
cancel | alexa cancela aí | CANCEL
cancel | alexa deixa isso pra lá | CANCEL
cancel | alexa não quero mais saber | CANCEL
cancel | alexa nem liga | CANCEL
cancel | alexa ignora | CANCEL
cancel | alexa anula essa | CANCEL
cancel | alexa esquece a capital | CANCEL
cancel | alexa deixa de lado | CANCEL
cancel | alexa cancela o pedido | CANCEL
cancel | alexa não era isso esquece | CANCEL
cancel | alexa esquece eu já achei no livro | CANCEL
cancel | alexa desiste dessa | CANCEL
cancel | alexa nem precisa deixa | CANCEL
cancel | alexa esquece o cliente já foi | CANCEL
cancel | alexa cancela câmbio | CANCEL
cancel | alexa pode esquecer | CANCEL
cancel | alexa deixa pra depois | CANCEL
launch | alexa abre capitais do mundo | LAUNCH
launch | alexa abrir capitais do mundo | LAUNCH
launch | alexa iniciar capitais do mundo | LAUNCH
launch | alexa começa capitais do mundo | LAUNCH
launch | alexa joga capitais do mundo | LAUNCH
launch | alexa quero jogar capitais do mundo | LAUNCH
launch | alexa bora capitais do mundo | LAUNCH
launch | alexa abre o capitais do mundo aí véi | LAUNCH
launch | alexa ô abre capitais do mundo pra mim | LAUNCH
launch | alexa liga as capitais do mundo | LAUNCH
launch | alexa abre a skill capitais do mundo | LAUNCH
launch | alexa chama capitais do mundo | LAUNCH
launch | alexa inicia o jogo capitais do mundo | LAUNCH
launch | alexa carrega capitais do mundo | LAUNCH
launch | alexa abra capitais do mundo por favor | LAUNCH
launch | alexa vamos de capitais do mundo | LAUNCH
launch | alexa abre world capitals | LAUNCH
launch | alexa abre capitais | LAUNCH
launch | alexa pede pro capitais do mundo | LAUNCH
launch | alexa ativa capitais do mundo | LAUNCH
launch | alexa executa capitais do mundo | LAUNCH
launch | alexa põe capitais do mundo | LAUNCH
launch | alexa abre lá as capitais do mundo pá | LAUNCH
launch | alexa oxe abre capitais do mundo | LAUNCH
launch | alexa rapaz abre as capitais do mundo | LAUNCH
launch | alexa quero praticar capitais do mundo | LAUNCH
out-of-domain | alexa vai chover em goiânia amanhã | FB
out-of-domain | alexa qual a previsão pra brasília no fim de semana | FB
out-of-domain | alexa tá ventando muito em floripa hoje | FB
out-of-domain | alexa como tá o mar na joaquina | FB
out-of-domain | alexa toca gusttavo lima | FB
out-of-domain | alexa toca henrique e juliano | FB
out-of-domain | alexa bota um forró de jackson do pandeiro | FB
out-of-domain | alexa toca reggae do maranhão | FB
out-of-domain | alexa toca legião urbana | FB
out-of-domain | alexa toca bts | FB
out-of-domain | alexa toca uma moda de viola | FB
out-of-domain | alexa toca almir sater | FB
out-of-domain | alexa quanto ficou o jogo do vila nova | FB
out-of-domain | alexa o goiás ganhou ontem | FB
out-of-domain | alexa quando joga o avaí | FB
out-of-domain | alexa o botafogo da paraíba subiu | FB
out-of-domain | alexa o sampaio corrêa jogou hoje | FB
out-of-domain | alexa tabela do brasileirão | FB
out-of-domain | alexa como faz pamonha | FB
out-of-domain | alexa receita de arroz de cuxá | FB
out-of-domain | alexa como prepara tereré | FB
out-of-domain | alexa receita de sequência de camarão | FB
out-of-domain | alexa como se faz galinhada | FB
out-of-domain | alexa quanto custa o litro da gasolina em goiânia | FB
out-of-domain | alexa quanto tá o dólar hoje | FB
out-of-domain | alexa qual a cotação do boi gordo | FB
out-of-domain | alexa liga o ventilador | FB
out-of-domain | alexa apaga a luz da varanda | FB
out-of-domain | alexa liga a tv na globo | FB
out-of-domain | alexa coloca um alarme pras seis | FB
out-of-domain | alexa timer de quinze minutos pro bolo | FB
out-of-domain | alexa adiciona leite na lista de compras | FB
out-of-domain | alexa liga pra mainha | FB
out-of-domain | alexa que horas são em lisboa | FB
out-of-domain | alexa me conta uma piada | FB
out-of-domain | alexa canta parabéns | FB
out-of-domain | alexa quem ganhou o bbb | FB
out-of-domain | alexa quanto é sete vezes oito | FB
out-of-domain | alexa quantos quilômetros de brasília a goiânia | FB
out-of-domain | alexa quem descobriu o brasil | FB
out-of-domain | alexa quem foi juscelino kubitschek | FB
out-of-domain | alexa quando brasília foi inaugurada | FB
out-of-domain | alexa quem projetou brasília | FB
out-of-domain | alexa quantos habitantes tem goiânia | FB
out-of-domain | alexa qual é o maior estado do brasil | FB
out-of-domain | alexa qual é o menor país do mundo | FB
out-of-domain | alexa qual é o rio mais comprido do mundo | FB
out-of-domain | alexa qual é a montanha mais alta do brasil | FB
out-of-domain | alexa qual é a moeda do japão | FB
out-of-domain | alexa que língua falam na suíça | FB
out-of-domain | alexa qual o fuso horário de manaus | FB
out-of-domain | alexa qual o ddd de florianópolis | FB
out-of-domain | alexa qual é o cep da esplanada dos ministérios | FB
out-of-domain | alexa quem é o governador de goiás | FB
out-of-domain | alexa quem é o prefeito de são luís | FB
out-of-domain | alexa quantos estados tem o brasil | FB
out-of-domain | alexa qual a população da paraíba | FB
out-of-domain | alexa qual é a bandeira do maranhão | FB
out-of-domain | alexa qual é o hino de santa catarina | FB
out-of-domain | alexa o que é capital social de uma empresa | FB
out-of-domain | alexa como calcular capital de giro | FB
out-of-domain | alexa o que é capital humano | FB
out-of-domain | alexa o que significa capital intelectual | FB
out-of-domain | alexa quanto capital preciso pra abrir um mei | FB
out-of-domain | alexa o que é capital de risco | FB
out-of-domain | alexa o que é uma letra capital | FB
out-of-domain | alexa o que quer dizer crime capital | FB
out-of-domain | alexa quais são os sete pecados capitais | FB
out-of-domain | alexa goiânia é a capital do sertanejo | FB
out-of-domain | alexa campina grande é a capital do forró | FB
out-of-domain | alexa qual é a capital mundial do café | FB
out-of-domain | alexa qual é a capital nacional do frango | FB
out-of-domain | alexa qual é a capital do reggae no brasil | FB
out-of-domain | alexa toca capital inicial fátima | FB
out-of-domain | alexa qual é a capital de oz | FB
out-of-domain | alexa qual é a capital de wakanda | FB
out-of-domain | alexa capital de gondor | FB
out-of-domain | alexa qual é a capital do reino de arendelle | FB
out-of-domain | alexa qual é a capital de panem | FB
out-of-domain | alexa capital de pasárgada | FB
out-of-domain | alexa qual é a capital de el dorado | FB
out-of-domain | alexa qual a capital de hyrule | FB
out-of-domain | alexa capital do reino de sucupira | FB
out-of-domain | alexa qual é a capital do bikini bottom | FB
out-of-domain | alexa qual era a capital do império inca | FB
out-of-domain | alexa qual era a capital do império asteca | FB
out-of-domain | alexa qual era a capital da união soviética | FB
out-of-domain | alexa qual era a capital da iugoslávia | FB
out-of-domain | alexa qual era a capital do império mongol | FB
out-of-domain | alexa qual era a capital do reino de portugal e algarves no brasil | FB
out-of-domain | alexa qual era a capital da prússia | FB
out-of-domain | alexa qual era a capital do império austro-húngaro | FB
out-of-domain | alexa qual era a capital da confederação do equador | FB
out-of-domain | alexa qual era a capital da república de piratini | FB
out-of-domain | alexa qual era a capital de goiás antes de goiânia | FB
out-of-domain | alexa qual é a capital da europa | FB
out-of-domain | alexa qual é a capital da áfrica | FB
out-of-domain | alexa qual é a capital da américa do sul | FB
out-of-domain | alexa qual é a capital do centro-oeste | FB
out-of-domain | alexa qual é a capital do pantanal | FB
out-of-domain | alexa qual é a capital da chapada dos veadeiros | FB
out-of-domain | alexa qual é a capital do recôncavo | FB
out-of-domain | alexa qual é a capital do sertão | FB
out-of-domain | alexa capital da catalunha | FB
out-of-domain | alexa qual é a capital da galícia | FB
out-of-domain | alexa qual é a capital da lombardia | FB
out-of-domain | alexa qual é a capital da sicília | FB
out-of-domain | alexa capital da provença | FB
out-of-domain | alexa qual é a capital da normandia | FB
out-of-domain | alexa qual é a capital da flandres | FB
out-of-domain | alexa qual é a capital do curdistão | FB
out-of-domain | alexa qual é a capital da transilvânia | FB
out-of-domain | alexa qual é a capital do tirol | FB
out-of-domain | alexa qual é a capital da ossétia do sul | FB
out-of-domain | alexa qual é a capital da abecásia | FB
out-of-domain | alexa qual é a capital da somalilândia | FB
out-of-domain | alexa qual é a capital da transnístria | FB
out-of-domain | alexa qual é a capital de zanzibar | FB
out-of-domain | alexa qual é a capital do chaco paraguaio | FB
out-of-domain | alexa qual é a capital da terra do fogo | FB
out-of-domain | alexa qual é a capital da ilha de páscoa | FB
out-of-domain | alexa qual é a capital de bali | FB
out-of-domain | alexa qual é a capital da madeira a ilha portuguesa | FB
out-of-domain | alexa qual é a capital de marte | FB
out-of-domain | alexa qual é a capital do céu | FB
out-of-domain | alexa qual é a capital da felicidade | FB
out-of-domain | alexa quanto tempo de voo de brasília pra lisboa | FB
out-of-domain | alexa quanto custa passagem pra buenos aires | FB
out-of-domain | alexa precisa de visto pra ir pro canadá | FB
out-of-domain | alexa onde fica a embaixada da frança em brasília | FB
out-of-domain | alexa qual o horário do metrô do df | FB
out-of-domain | alexa chama um uber | FB
out-of-domain | alexa pede uma pizza | FB
out-of-domain | alexa rastreia meu pedido | FB
out-of-domain | alexa qual o endereço da entrega | FB
out-of-domain | alexa quanto tá a corrida até o aeroporto | FB
out-of-domain | alexa qual o voo atrasado de confins | FB
out-of-domain | alexa qual o código do aeroporto de brasília | FB
out-of-domain | alexa quanto tempo dura o plantão de enfermagem | FB
out-of-domain | alexa qual a dose de dipirona pra criança | FB
out-of-domain | alexa qual a cor do cabelo da moda | FB
out-of-domain | alexa quanto custa uma progressiva | FB
out-of-domain | alexa qual o horário do quartel amanhã | FB
out-of-domain | alexa quantas figurinhas tem o álbum da copa | FB
out-of-domain | alexa quanto vale uma moeda de um real das olimpíadas | FB
out-of-domain | alexa qual a frequência do radioamador | FB
out-of-domain | alexa quando é a prova do itamaraty | FB
out-of-domain | alexa quando é a festa junina de campina grande | FB
out-of-domain | alexa quando começa o carnaval | FB
out-of-domain | alexa toca música de quadrilha | FB
out-of-domain | alexa canta um karaokê | FB
out-of-domain | alexa sorteia um número do bingo | FB
out-of-domain | alexa como se diz obrigado em coreano | FB
out-of-domain | alexa traduz saudade pro inglês | FB
out-of-domain | alexa o que significa oxe | FB
out-of-domain | alexa o que é tás tolo | FB
out-of-domain | alexa que dia é hoje | FB
out-of-domain | alexa qual é a tua cor favorita | FB
out-of-domain | alexa você namora | FB
out-of-domain | alexa você é de onde | FB
out-of-domain | alexa qual o nome do presidente da frança | FB
out-of-domain | alexa qual a língua oficial do paraguai | FB
out-of-domain | alexa qual é a moeda de moçambique | FB
out-of-domain | alexa quantos habitantes tem a capital do maranhão | FB
out-of-domain | alexa que horas são na capital do japão | FB
out-of-domain | alexa qual é o clima da capital da paraíba | FB
out-of-domain | alexa qual é o maior shopping da capital de goiás | FB
out-of-domain | alexa qual é a distância entre as capitais da bolívia | FB
out-of-domain | alexa quantas capitais tem no nordeste | FB
out-of-domain | alexa qual a capital mais fria do brasil | FB
out-of-domain | alexa qual a capital mais antiga do brasil | FB
out-of-domain | alexa qual a capital mais bonita do mundo | FB
out-of-domain | alexa qual capital tem mais gente no brasil | FB
out-of-domain | alexa me lembra de estudar as capitais amanhã | FB
out-of-domain | alexa quais são os países do mercosul | FB
out-of-domain | alexa quantos países tem na áfrica | FB
out-of-domain | alexa liste todas as capitais da europa | FB
out-of-domain | alexa quem inventou o mapa | FB
out-of-domain | alexa o que é o capital de marx | FB
out-of-domain | alexa toca a música brasília amarela | FB
out-of-domain | alexa o que é uma capital hereditária | FB
out-of-domain | alexa quais foram as capitanias hereditárias | FB
out-of-domain | alexa qual é a capital do estado de guanabara | FB
out-of-domain | alexa qual era a capital do território do iguaçu | FB
out-of-domain | alexa qual é a capital do estado do triângulo | FB
out-of-domain | alexa qual é a capital do norte de minas | FB
out-of-domain | alexa qual é a capital do vale do silício | FB
out-of-domain | alexa qual é a capital da lua | FB
out-of-domain | alexa qual é a capital de westeros não a de nárnia | FB
health-talk | alexa plantão da madrugada aqui no hugo qual é a capital do peru | PE
health-talk | alexa a paciente do leito quatro perguntou a capital da grécia | GR
health-talk | alexa enquanto o soro pinga me fala a capital da jordânia | JO
health-talk | alexa no posto de saúde a agente perguntou a capital do piauí | BR-PI
health-talk | alexa o doutor é cubano qual é a capital de cuba mesmo | CU
health-talk | alexa fisioterapia chata me distrai qual a capital da finlândia | FI
health-talk | alexa sala de espera do hospital qual é a capital da bulgária | BG
health-talk | alexa a técnica de enfermagem apostou comigo a capital do cazaquistão | KZ
health-talk | alexa a vó tá internada e quer saber a capital de portugal | PT
health-talk | alexa no pronto-socorro alguém falou da capital do quênia qual é | KE
health-talk | alexa teste de memória da neurologista qual a capital do brasil | BR
health-talk | alexa a enfermeira chefe pergunta a capital de sergipe | BR-SE
aviation-talk | alexa sou comissária e vou pernoitar na capital do panamá qual é | PA
aviation-talk | alexa o comandante falou que a gente vai pra capital da etiópia qual o nome | ET
aviation-talk | alexa escala em doha é a capital do catar né qual é a capital do catar | QA
aviation-talk | alexa no simulador de voo qual a capital da islândia | IS
aviation-talk | alexa o controlador de tráfego perguntou a capital de angola | AO
aviation-talk | alexa vou voar pra capital da tanzânia qual é ela | TZ
aviation-talk | alexa no aeroporto de brasília me diz a capital do senegal | SN
aviation-talk | alexa conexão em lisboa e depois a capital de cabo verde qual é | CV
aviation-talk | alexa a tripulação quer saber a capital do marrocos | MA
aviation-talk | alexa piloto de avião agrícola aqui qual a capital de tocantins | BR-TO
delivery-talk | alexa tô de moto no farol e quero saber a capital da argentina | AR
delivery-talk | alexa enquanto espero o pedido no restaurante qual a capital do japão | JP
delivery-talk | alexa motoboy aqui qual é a capital da índia | IN
delivery-talk | alexa o cliente da entrega era da capital do líbano qual é | LB
delivery-talk | alexa motorista de aplicativo aqui o passageiro perguntou a capital da austrália | AU
delivery-talk | alexa corrida longa passageiro gringo da capital da holanda qual é | NL
delivery-talk | alexa no trânsito do eixão me fala a capital da sérvia | RS
delivery-talk | alexa o passageiro é do maranhão qual a capital de lá | BR-MA
delivery-talk | alexa parado no sinal qual é a capital da noruega | NO
delivery-talk | alexa o gerente do app perguntou a capital do egito | EG
salon-talk | alexa no salão a cliente quer saber a capital da coreia do sul | KR
salon-talk | alexa fazendo escova aqui qual é a capital da frança | FR
salon-talk | alexa a manicure perguntou a capital da tailândia | TH
salon-talk | alexa enquanto a tinta pega me diz a capital da colômbia | CO
salon-talk | alexa barbearia aqui qual é a capital do uruguai | UY
salon-talk | alexa a cliente vai pra lua de mel na capital da grécia qual é | GR
salon-talk | alexa na fila do salão qual a capital de mônaco | MC
salon-talk | alexa o barbeiro disse que a capital da austrália é sydney qual é mesmo | AU
barracks-talk | alexa recruta aqui no quartel qual a capital da venezuela | VE
barracks-talk | alexa o sargento perguntou a capital do paraguai | PY
barracks-talk | alexa missão de paz qual é a capital do líbano | LB
barracks-talk | alexa no alojamento a gente apostou a capital da ucrânia | UA
barracks-talk | alexa o tenente quer a capital da república centro-africana | CF
barracks-talk | alexa capitão perguntou qual é a capital do haiti | HT
barracks-talk | alexa serviço militar aqui qual a capital do acre | BR-AC
barracks-talk | alexa na guarda da noite qual é a capital do suriname | SR
university-talk | alexa meu tcc é sobre a capital do chile qual é ela | CL
university-talk | alexa no ru da federal perguntaram a capital da nigéria | NG
university-talk | alexa estudando pra prova de geopolítica qual a capital do irã | IR
university-talk | alexa na república estudantil a gente discutiu a capital da turquia | TR
university-talk | alexa monitoria de geografia qual a capital da mongólia | MN
university-talk | alexa o professor da unb perguntou a capital da eslovênia | SI
university-talk | alexa no intercâmbio da ufsc qual é a capital da alemanha | DE
university-talk | alexa artigo sobre a capital de myanmar qual é | MM
university-talk | alexa seminário sobre o sudão qual é a capital | SD
university-talk | alexa o orientador perguntou a capital da tunísia | TN
collector-talk | alexa completando o álbum da copa qual é a capital da croácia | HR
collector-talk | alexa figurinha repetida do uruguai qual a capital | UY
collector-talk | alexa tirei a figurinha de gana qual é a capital | GH
collector-talk | alexa tenho um selo do nepal qual a capital de lá | NP
collector-talk | alexa moeda antiga da tchecoslováquia qual é a capital da eslováquia hoje | SK
collector-talk | alexa na feira de numismática apareceu uma nota do zimbábue qual a capital | ZW
collector-talk | alexa selo de são marino qual a capital | SM
collector-talk | alexa figurinha do catar qual é a capital | QA
collector-talk | alexa álbum da copa qual é a capital do equador | EC
collector-talk | alexa a figurinha do japão tá faltando qual a capital | JP
collector-talk | alexa carimbo no passaporte da capital da mongólia qual é | MN
radio-talk | alexa radioamador falando qual é a capital da guatemala câmbio | GT
radio-talk | alexa contato com estação de honduras qual a capital câmbio | HN
radio-talk | alexa qsl com um colega da capital da finlândia qual é | FI
radio-talk | alexa peguei sinal da nova zelândia qual é a capital | NZ
radio-talk | alexa na rádio comunitária o ouvinte perguntou a capital de roraima | BR-RR
radio-talk | alexa locutor aqui no ar qual é a capital do amazonas | BR-AM
radio-talk | alexa ouvinte ligou pra rádio pra saber a capital do rio grande do norte | BR-RN
party-talk | alexa no arraiá perguntaram a capital da paraíba | BR-PB
party-talk | alexa na quadrilha da escola qual é a capital de pernambuco | BR-PE
party-talk | alexa no bloco de carnaval qual é a capital da bahia | BR-BA
party-talk | alexa no karaokê apostaram a capital da irlanda | IE
party-talk | alexa no bingo da igreja perguntaram a capital da itália | IT
party-talk | alexa chá de bebê e a brincadeira é a capital da espanha | ES
party-talk | alexa no casamento a tia perguntou a capital do méxico | MX
party-talk | alexa no churrasco a galera quer a capital da bélgica | BE
party-talk | alexa aniversário do piá e ele quer saber a capital da rússia | RU
party-talk | alexa no réveillon em copacabana qual a capital da áustria | AT
diplomacy-talk | alexa estudando pro rio branco qual é a capital do butão | BT
diplomacy-talk | alexa concurso de diplomata qual a capital do turcomenistão | TM
diplomacy-talk | alexa na fila do visto a moça perguntou a capital do canadá | CA
diplomacy-talk | alexa a embaixada da eritreia fica onde qual é a capital da eritreia | ER
diplomacy-talk | alexa terceiro secretário aqui qual a capital de vanuatu | VU
diplomacy-talk | alexa vou ser removido pra capital do burquina qual é | BF
diplomacy-talk | alexa cursinho do itamaraty qual é a capital de brunei | BN
diplomacy-talk | alexa o embaixador vai pra capital de kiribati qual é | KI
diplomacy-talk | alexa na chancelaria perguntaram a capital do djibuti | DJ
teen-speech | alexa mano tipo qual é a capital da china | CN
teen-speech | alexa aff esqueci a capital da alemanha | DE
teen-speech | alexa pelo amor qual é a capital do canadá | CA
teen-speech | alexa slk qual é a capital da índia | IN
teen-speech | alexa me ajuda na lição qual é a capital da argentina | AR
teen-speech | alexa o grupo da sala tá brigando pela capital da austrália | AU
teen-speech | alexa tô no tiktok e apareceu a capital do cazaquistão qual é | KZ
teen-speech | alexa no discord perguntaram a capital do vietnã | VN
teen-speech | alexa bora qual é a capital da dinamarca rapidão | DK
teen-speech | alexa pfv qual é a capital da suécia | SE
child-speech | alexa qual é a capital do egito das pirâmides | EG
child-speech | alexa tia qual é a capital da frança da torre | FR
child-speech | alexa onde mora o papai noel é capital da finlândia | FI
child-speech | alexa qual é a capital do país do panda | CN
child-speech | alexa a minha professora perguntou a capital de goiás | BR-GO
child-speech | alexa qual é a capital do brasil eu tenho seis anos | BR
child-speech | alexa qual a capital do país dos canguru | AU
elder-speech | alexa minha filha me diz qual é a capital da polônia | PL
elder-speech | alexa no meu tempo a capital do brasil era o rio e agora qual é | BR
elder-speech | alexa o vovô quer saber a capital da hungria fala alto | HU
elder-speech | alexa a capital do japão pra vó que esqueceu | JP
elder-speech | alexa aposentado aqui qual é a capital da romênia | RO
elder-speech | alexa minha neta foi morar na capital da irlanda qual é | IE
elder-speech | alexa no grupo da terceira idade perguntaram a capital do chile | CL
elder-speech | alexa meu filho mora na capital da inglaterra qual é mesmo | GB-ENG
hesitation | alexa qual é a capital da é da é da noruega | NO
hesitation | alexa capital da hã da tunísia | TN
hesitation | alexa a capital do como é que chama aquele país o laos | LA
hesitation | alexa é é qual a capital da bolívia | BO
hesitation | alexa qual é a capital daquele negócio do quirguistão | KG
hesitation | alexa capital do do do camboja | KH
hesitation | alexa qual é a capital da hum deixa eu ver da etiópia | ET
hesitation | alexa a capital da pera aí da zâmbia | ZM
hesitation | alexa a capital do éh como fala o uzbequistão | UZ
hesitation | alexa qual é a capital da da libéria | LR
learner | alexa eu moçambicano quero saber capital de zimbábue | ZW
learner | alexa yo paraguayo qual es la capital de paraguai | PY
learner | alexa eu boliviano qual é capital de peru | PE
learner | alexa meu português é pouco capital de china qual | CN
learner | alexa sorry meu português capital de ireland | IE
learner | alexa eu americano onde é capital de brasil | BR
learner | alexa eu francês estudante qual est la capital de bélgica | BE
learner | alexa yalla habibi capital do líbano qual é | LB
learner | alexa capital de nepal eu nepali aqui | NP
learner | alexa eu de filipinas capital manila sim ou não | PH
learner | alexa capital de síria por favor eu sírio | SY
learner | alexa eu ser russo capital de russia moscou verdade | RU
learner | alexa eu iraniano capital de iran | IR
learner | alexa eu indiano capital de rajasthan qual | IN-RJ
learner | alexa eu colombiano capital de colombia bogotá sim | CO
portugal-speech | alexa diz-me a capital da madeira não espera diz-me a capital de portugal | PT
portugal-speech | alexa olhe qual é a capital da estónia | EE
portugal-speech | alexa ó pá qual é a capital da roménia | RO
portugal-speech | alexa diga-me cá a capital de moçambique | MZ
portugal-speech | alexa qual é a capital do quénia | KE
portugal-speech | alexa qual é a capital do vietname | VN
portugal-speech | alexa qual é a capital da polónia | PL
portugal-speech | alexa qual é a capital da república checa | CZ
portugal-speech | alexa qual é a capital do irão | IR
portugal-speech | alexa qual é a capital da arménia | AM
portugal-speech | alexa qual é a capital do barém | BH
portugal-speech | alexa qual é a capital da letónia | LV
portugal-speech | alexa qual é a capital do benim | BJ
portugal-speech | alexa qual é a capital do ruanda | RW
portugal-speech | alexa qual é a capital de singapura então | SG
portugal-speech | alexa diga-me a capital da macedónia do norte | MK
portugal-speech | alexa qual é a capital do mónaco | MC
portugal-speech | alexa capital de nova iorque o estado americano | US-NY
code-switch | alexa sorry a capital da holanda é amsterdam right | NL
code-switch | alexa no stream da twitch perguntaram a capital da colômbia | CO
code-switch | alexa crowd na praia e a dúvida é a capital do havaí | US-HI
code-switch | alexa qual a capital da new zealand | NZ
code-switch | alexa what's a capital da south africa | ZA
code-switch | alexa qual é a capital da switzerland | CH
code-switch | alexa k-drama aqui qual a capital da south korea | KR
code-switch | alexa qual é a capital do japan | JP
code-switch | alexa nani qual é a capital do japão | JP
code-switch | alexa no podcast a gente falou da capital da finland | FI
goiano-speech | ô alexa qual que é a capital do tocantins que era goiás antigamente | BR-TO
goiano-speech | alexa cê tá ligada qual é a capital do mato grosso | BR-MT
goiano-speech | alexa lá em rio verde o povo quer saber a capital da bahia | BR-BA
goiano-speech | alexa nossa qual é a capital do paraná gente | BR-PR
goiano-speech | alexa na pecuária de goiânia perguntaram a capital do uruguai | UY
goiano-speech | alexa ô trem difícil qual é a capital da nova zelândia | NZ
goiano-speech | alexa cê me fala a capital do ceará | BR-CE
goiano-speech | alexa no show sertanejo apostaram a capital do texas | US-TX
goiano-speech | alexa ô de casa qual é a capital de minas | BR-MG
goiano-speech | alexa aqui na caldas novas qual é a capital da argentina | AR
brasiliense-speech | alexa véi qual é a capital de goiás que é aqui do lado | BR-GO
brasiliense-speech | alexa de boa qual é a capital do paraguai | PY
brasiliense-speech | alexa no buraco do tatu lembrei qual é a capital da venezuela | VE
brasiliense-speech | alexa pow véi capital do pará | BR-PA
brasiliense-speech | alexa candango aqui qual é a capital da paraíba | BR-PB
brasiliense-speech | alexa aqui de taguatinga qual é a capital de pernambuco | BR-PE
brasiliense-speech | alexa sou servidor e preciso da capital do sudão do sul | SS
brasiliense-speech | alexa no ccbb perguntaram a capital do afeganistão | AF
brasiliense-speech | alexa massa véi qual é a capital da islândia | IS
brasiliense-speech | alexa no setor de embaixadas qual a capital de gana | GH
manezinho-speech | ó alexa qual é a capital do rio grande do sul | BR-RS
manezinho-speech | alexa tás tola qual é a capital do paraná | BR-PR
manezinho-speech | alexa ó queridu qual é a capital de portugal | PT
manezinho-speech | alexa lá na lagoa da conceição perguntaram a capital da austrália | AU
manezinho-speech | alexa dazumbanda qual é a capital do chile | CL
manezinho-speech | alexa ó o barco da tainha chegou qual é a capital da noruega | NO
manezinho-speech | alexa ó mas que coisa mais querida qual é a capital da itália | IT
manezinho-speech | alexa na renda de bilro a vó quer a capital dos açores não espera a capital de portugal | PT
manezinho-speech | alexa ó qual a capital do havaí que tem surf | US-HI
manezinho-speech | alexa ó que coisa qual a capital do peru | PE
paraibano-speech | oxe alexa e a capital do rio grande do norte qual é | BR-RN
paraibano-speech | alexa arretado qual é a capital de alagoas | BR-AL
paraibano-speech | alexa mainha perguntou a capital de sergipe | BR-SE
paraibano-speech | alexa painho quer saber a capital do piauí | BR-PI
paraibano-speech | alexa massa qual é a capital da frança visse | FR
paraibano-speech | alexa ô boy qual a capital do ceará | BR-CE
paraibano-speech | alexa lá em joão pessoa o povo quer saber a capital do egito | EG
paraibano-speech | alexa oxente qual é a capital da turquia | TR
paraibano-speech | alexa no são joão de campina apostaram a capital de israel | IL
paraibano-speech | alexa vixe maria qual a capital de pernambuco | BR-PE
maranhense-speech | rapaz alexa qual é a capital do piauí | BR-PI
maranhense-speech | alexa é mermo qual é a capital do pará | BR-PA
maranhense-speech | alexa aqui de imperatriz qual a capital do tocantins | BR-TO
maranhense-speech | alexa no reggae da praia grande perguntaram a capital da jamaica | JM
maranhense-speech | alexa lá nos lençóis a turista perguntou a capital da alemanha | DE
maranhense-speech | alexa égua rapaz qual é a capital do amapá | BR-AP
maranhense-speech | alexa aqui de teresina qual a capital do maranhão | BR-MA
maranhense-speech | alexa meu filho qual é a capital da frança | FR
maranhense-speech | alexa rapaz me diz a capital da guiana francesa | GF
pantanal-speech | alexa lá da fronteira com o paraguai qual é a capital do paraguai | PY
pantanal-speech | alexa no tereré da tarde perguntaram a capital da bolívia | BO
pantanal-speech | alexa aqui de dourados qual a capital do mato grosso | BR-MT
pantanal-speech | alexa o pescador de corumbá quer saber a capital de rondônia | BR-RO
pantanal-speech | alexa no pantanal qual é a capital do mato grosso do sul | BR-MS
pantanal-speech | alexa ponta porã aqui qual a capital do chile | CL
pantanal-speech | alexa a comitiva parou e o peão quer a capital de goiás | BR-GO
pantanal-speech | alexa no rancho qual é a capital do amazonas | BR-AM
caipira-speech | alexa ara qual é a capital de são paulo | BR-SP
caipira-speech | alexa sô caipira mesmo qual é a capital do paraná | BR-PR
caipira-speech | alexa lá no interior a gente quer a capital do espírito santo | BR-ES
caipira-speech | alexa na festa do peão perguntaram a capital de mato grosso | BR-MT
caipira-speech | alexa aqui em bauru qual é a capital de minas gerais | BR-MG
caipira-speech | alexa no canavial o pessoal quer a capital da índia | IN
caipira-speech | alexa no leilão de gado perguntaram a capital da austrália | AU
caipira-speech | alexa moço qual é a capital da bahia | BR-BA
caipira-speech | alexa lá em ribeirão preto qual é a capital do japão | JP
caipira-speech | alexa porta aberta porteira fechada qual a capital de santa catarina | BR-SC
subdivision | alexa a capital do estado do amazonas é qual | BR-AM
subdivision | alexa qual a capital do estado do ceará | BR-CE
subdivision | alexa capital do estado do rio grande do sul | BR-RS
subdivision | alexa qual é a capital capixaba | BR-ES
subdivision | alexa qual é a capital potiguar | BR-RN
subdivision | alexa qual é a capital gaúcha | BR-RS
subdivision | alexa qual é a capital mineira | BR-MG
subdivision | alexa qual é a capital baiana | BR-BA
subdivision | alexa qual é a capital paraense | BR-PA
subdivision | alexa qual é a capital paranaense | BR-PR
subdivision | alexa qual é a capital catarinense | BR-SC
subdivision | alexa qual é a capital paraibana | BR-PB
subdivision | alexa qual é a capital alagoana | BR-AL
subdivision | alexa qual é a capital sergipana | BR-SE
subdivision | alexa qual é a capital acreana | BR-AC
subdivision | alexa qual é a capital rondoniense | BR-RO
subdivision | alexa qual é a capital tocantinense | BR-TO
subdivision | alexa qual é a capital piauiense | BR-PI
subdivision | alexa qual é a capital maranhense | BR-MA
subdivision | alexa qual é a capital amapaense | BR-AP
subdivision | alexa qual é a capital roraimense | BR-RR
subdivision | alexa qual é a capital goiana | BR-GO
subdivision | alexa qual é a capital sul-mato-grossense | BR-MS
subdivision | alexa qual é a capital mato-grossense | BR-MT
subdivision | alexa qual é a capital cearense | BR-CE
subdivision | alexa qual é a capital pernambucana | BR-PE
subdivision | alexa qual é a capital amazonense | BR-AM
subdivision | alexa qual é a capital fluminense | BR-RJ
subdivision | alexa qual é a capital paulista | BR-SP
subdivision | alexa qual é a capital texana | US-TX
subdivision | alexa qual é a capital da bavária | DE-BY
subdivision | alexa qual é a capital da saxônia baixa | DE-NI
subdivision | alexa qual é a capital de tamil nadu que antes era madras | IN-TN
subdivision | alexa qual é a capital de bengala oeste | IN-WB
subdivision | alexa capital do estado de maharashtra | IN-MH
subdivision | alexa qual é a capital do yucatán | MX-YUC
subdivision | alexa qual é a capital de nuevo leon | MX-NLE
subdivision | alexa capital do país de gales | GB-WLS
subdivision | alexa qual é a capital da escócia | GB-SCT
subdivision | alexa capital da inglaterra | GB-ENG
subdivision | alexa qual é a capital do havaí | US-HI
subdivision | alexa qual é a capital do alasca | US-AK
subdivision | alexa qual é a capital da colúmbia britânica | CA-BC
subdivision | alexa qual é a capital da tasmânia | AU-TAS
subdivision | alexa qual é a capital de nova gales do sul | AU-NSW
plural-capitals | alexa no álbum da copa pergunta quais são as duas capitais da bolívia | BO
plural-capitals | alexa ô cê sabe as capitais da bolívia la paz e sucre né quais são | BO
plural-capitals | alexa ó queridu me diz as capitais do benin | BJ
plural-capitals | alexa pantanal aqui quais capitais tem o benin | BJ
plural-capitals | alexa costa do marfim tem capital política e econômica quais são | CI
plural-capitals | alexa véi quais são as capitais da costa do marfim | CI
plural-capitals | alexa diz-me lá as capitais do sri lanka | LK
plural-capitals | alexa quais as duas capitais do sri lanka câmbio | LK
plural-capitals | alexa a malásia tem putrajaya e mais qual capital | MY
plural-capitals | alexa oxe quais são as capitais da malásia | MY
plural-capitals | alexa países baixos tem duas capitais né amsterdã e haia quais são | NL
plural-capitals | alexa ara quais são as capitais da holanda | NL
plural-capitals | alexa quais são as duas capitais do essuatíni | SZ
plural-capitals | alexa me fala as capitais do reino de essuatíni | SZ
plural-capitals | alexa rapaz o essuatíni tem mbabane e lobamba quais são as capitais | SZ
plural-capitals | alexa concurso do itamaraty quais são as capitais da suazilândia hoje essuatíni | SZ
plural-capitals | alexa quais são as capitais da áfrica do sul pra prova | ZA
plural-capitals | alexa ô trem as três capitais da áfrica do sul quais são | ZA
plural-capitals | alexa quais as capitais da palestina jerusalém oriental e qual mais | PS
plural-capitals | alexa véi a palestina tem duas capitais quais | PS
plural-capitals | alexa montserrat tem duas capitais quais são | MS
plural-capitals | alexa me diz as capitais da ilha de montserrat | MS
plural-capitals | alexa no caribe quais capitais montserrat tem | MS
plural-capitals | alexa quais capitais tem jammu e caxemira no verão e no inverno | IN-JK
plural-capitals | alexa meu chefe indiano quer as capitais de uttarakhand | IN-UK
plural-capitals | alexa as duas capitais do uttarakhand dehradun e qual | IN-UK
yes-no-check | alexa a capital do essuatíni é mbabane né | SZ
yes-no-check | alexa é verdade que a capital da bolívia é la paz | BO
yes-no-check | alexa a capital de sergipe é aracaju certo | BR-SE
yes-no-check | alexa ô a capital de goiás é anápolis né | BR-GO
yes-no-check | alexa oxe a capital da paraíba é joão pessoa né | BR-PB
yes-no-check | alexa véi a capital do brasil é são paulo ou brasília | BR
yes-no-check | alexa ó a capital de santa catarina é florianópolis né queridu | BR-SC
yes-no-check | alexa rapaz a capital do piauí é teresina mesmo | BR-PI
yes-no-check | alexa a capital do mato grosso é campo grande né | BR-MT
yes-no-check | alexa a capital de portugal é o porto pá | PT
yes-no-check | alexa a capital da suíça é genebra | CH
yes-no-check | alexa a capital do equador é guayaquil | EC
yes-no-check | alexa a capital da bélgica é bruxelas né | BE
yes-no-check | alexa a capital da áfrica do sul é joanesburgo | ZA
yes-no-check | alexa a capital do camarões é duala | CM
yes-no-check | alexa a capital da austrália ocidental é perth confere | AU-WA
yes-no-check | alexa confere a capital do texas é houston | US-TX
yes-no-check | alexa confere pra mim se a capital da bahia é salvador | BR-BA
cancel | alexa esquece véi | CANCEL
cancel | alexa deixa quieto queridu | CANCEL
cancel | alexa esquece o que eu perguntei pá | CANCEL
cancel | alexa ô deixa pra lá cê não precisa | CANCEL
cancel | alexa oxe deixa isso visse | CANCEL
cancel | alexa cancela a pergunta da capital | CANCEL
cancel | alexa pode cancelar a última | CANCEL
cancel | alexa esquece a figurinha já achei | CANCEL
cancel | alexa nem esquenta esquece | CANCEL
cancel | alexa cancela que o paciente chamou | CANCEL
cancel | alexa esquece a corrida chegou | CANCEL
cancel | alexa deixa pra lá o sargento chegou | CANCEL
cancel | alexa esquece que a professora já respondeu | CANCEL
cancel | alexa cancela cancela | CANCEL
cancel | alexa deixa que eu lembrei | CANCEL
cancel | alexa esquece mainha já sabia | CANCEL
cancel | alexa nevermind esquece | CANCEL
cancel | alexa esquece essa capital aí | CANCEL
cancel | alexa cancela essa busca | CANCEL
cancel | alexa não não esquece não | CANCEL
cancel | alexa deixa pra lá rapaz não precisa | CANCEL
cancel | alexa esquece fala nada | CANCEL
cancel | alexa esquece o que eu disse | CANCEL
cancel | alexa cancela isso aí véi | CANCEL
stop | alexa chega véi | STOP
stop | alexa para ó | STOP
stop | alexa sai do jogo das capitais | STOP
stop | alexa para que o cliente chegou | STOP
stop | alexa desliga que eu vou dormir | STOP
stop | alexa para de perguntar | STOP
stop | alexa finaliza | STOP
stop | alexa encerra o jogo | STOP
stop | alexa cala a boca rapaz | STOP
stop | alexa oxe fica calada | STOP
stop | alexa já chega pá | STOP
stop | alexa fecha o jogo | STOP
stop | alexa para agora | STOP
stop | alexa sai daí | STOP
stop | alexa chega de geografia | STOP
stop | alexa fim de papo | STOP
stop | alexa para já | STOP
stop | alexa termina o jogo | STOP
help | alexa como funciona véi | HELP
help | alexa oxe me ajuda visse | HELP
help | alexa ajuda-me lá pá | HELP
help | alexa ó me ajuda queridu | HELP
help | alexa o que eu pergunto pra saber uma capital | HELP
help | alexa como é que eu falo com você nesse jogo | HELP
launch | alexa abre o jogo das capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo véi | LAUNCH
launch | alexa ó abre capitais do mundo | LAUNCH
launch | alexa abre-me lá as capitais do mundo | LAUNCH
launch | alexa começar capitais do mundo | LAUNCH
launch | alexa quero as capitais do mundo | LAUNCH
launch | alexa usa capitais do mundo | LAUNCH
launch | alexa entra em capitais do mundo | LAUNCH
subdivision | alexa e a capital de zacatecas lá no méxico qual é | MX-ZAC
subdivision | alexa meu sobrinho mora em adelaide qual é a capital da austrália meridional | AU-SA
subdivision | alexa véi a ilha bouvet tem capital | BV
subdivision | alexa no intercâmbio em berlim perguntaram a capital do brandemburgo em volta | DE-BB
subdivision | alexa ó a capital da irlanda do norte qual é queridu | GB-NIR
subdivision | alexa radioamador aqui as ilhas heard e mcdonald têm capital | HM
subdivision | alexa qual é a capital do território de delhi na índia | IN-DL
subdivision | alexa meu avô era de goa a capital de goa qual é | IN-GA
subdivision | alexa aquela antiga colônia francesa puducherry qual é a capital | IN-PY
subdivision | alexa macau fala português né qual é a capital de macau | MO
subdivision | alexa assistindo chaves de novo a cidade do méxico tem capital | MX-CMX
"""

if __name__ == "__main__":
    build_round(41, "pt", LINES, sys.argv, "tests/Eval/pt/round41/source/build_corpus.py")
