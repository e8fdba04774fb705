"""Round 44, Portuguese (pt-BR): a new author's own mix, written blind at the start of the forty-fifth session (brief
WRITER51.md), with speakers, situations and wordings chosen apart from round 43 (norte-paranaenses, the triple border
at Foz do Iguaçu, the Vale do Itajaí, serranos of Santa Catarina, the Oeste catarinense, the Vale do São Francisco; app
drivers, the gym, agro, tourism at the falls, a knitwear factory, public exams, a building site, weddings) and the
regions and situations round 43 lists as avoided for round 42 (alagoanos, sergipanos, acreanos, rondonienses,
amapaenses, tocantinenses, caiçaras; truckers, fishermen, school, church, football, quizzes, a call center, the kitchen,
family meals, children, elders).

Regions: paraenses of Belém, Santarém and the Marajó boat ("égua", "mana", "maninho", "pai d'égua", açaí, the
Ver-o-Peso, the Círio de Nazaré, tecnobrega); maranhenses of São Luís, Imperatriz and the Lençóis ("é mermo", "rapaz",
reggae, the bumba-meu-boi); mineiros of Juiz de Fora and Barbacena ("uai", "sô", "trem", pão de queijo); goianos of
Goiânia and Anápolis (sertanejo shows, pamonha, the Pecuária, "moço"); cariocas of the Zona Norte and Madureira
("caraca", "mermão", "parceiro", the Central train, samba circles); manauaras of Manaus and Parintins ("mano",
"parente", the meeting of the waters, the Zona Franca, the boi festival); cearenses of Fortaleza and Juazeiro do Norte
("macho", "arre égua", "vôti", forró).

Situations: a barbershop, a beauty salon (escova, tinta, manicure, sobrancelha), a hospital night shift (nurses,
residents, patients), delivery motoboys, a street market (pastel, caldo de cana, stallholders), home office (Teams,
the daily, a remote boss and foreign clients). Learners and migrants: Venezuelan, Haitian, Cuban, Bolivian, Peruvian,
Colombian, Senegalese, Nigerian, Angolan, Chinese, Korean, Japanese, Syrian, Lebanese, Afghan, Ukrainian, Russian,
Filipino, Indian, Pakistani, Bangladeshi, Congolese, Ghanaian, Guinea-Bissau, Cape Verdean, Mozambican, São Tomé,
Timorese, American, French, German, Italian, Argentine, Uruguayan, Paraguayan, Chilean, Ecuadorian, Dominican, Guyanese,
Surinamese, French Guianese, Iranian, Turkish, Egyptian, Moroccan, Tunisian, Algerian, Ethiopian, Kenyan, Cameroonian,
Polish and Dutch speakers. Code-switching: office and salon English ("sorry", "by the way", "please", English place
names), Spanish of Venezuelans and Colombians in the North, French of the Guiana border, one German line.

Out-of-domain: weather, tides and boats, music (tecnobrega, reggae, sertanejo, funk, forró, the Parintins bois,
Capital Inicial), recipes (pato no tucupi, maniçoba, arroz de cuxá, pamonha, tacacá, baião de dois), prices (açaí,
dollar, arroba, tambaqui, tomato), smart-home, timers, shift and medication reminders, "capital" in other senses
(social, de giro, inicial, pena capital, pecados capitais, Marx, "capital do açaí", "do sertanejo", "do reggae", "do
boi", "da fé", "do forró"), fictional lands (Wakanda, Nárnia, Mordor, Tão Tão Distante, Pandora, Terra do Nunca,
Asgard, Sítio do Picapau Amarelo, Sucupira), historical states (Inca, Aztec and Byzantine empires, the Soviet Union,
Prussia, Czechoslovakia, the Grão-Pará, the Guanabara, West Germany, South Vietnam) and regions with no capital in the
data (the Amazon, Marajó, Cariri, the Zona da Mata, the Triângulo Mineiro, the Baixada Fluminense, Andalusia,
Catalonia, Siberia, Tibet, Scandinavia, continents, the Moon, Kurdistan, Transylvania, the Azores, Madeira, Sardinia).

Yes/no checks expect the place asked about, right or wrong; self-corrections expect the last place named after the
marker; reverse questions CITY:<capital> as languages/pt.json names it; a bare shared name every place in ordinal order.
Launch lines use the invocation name "capitais do mundo".

Sources: LINES below in the round-12 entry format (`family | frame or sentence | expected`; a fill carries its own
preposition and article), one locale (pt-BR), built by build_round(44, "pt", ...) of
tests/Eval/source/round12_hinl_corpus.py.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
paraense-speech | alexa égua mana qual é mesmo a capital {} | da frança=FR; da alemanha=DE; da itália=IT
paraense-speech | alexa aqui do ver-o-peso me diz a capital {} | da espanha=ES; de portugal=PT; da irlanda=IE
paraense-speech | alexa maninho pergunta qual a capital {} | do reino unido=GB; da bélgica=BE; do luxemburgo=LU
paraense-speech | alexa tomando açaí aqui deu vontade de saber a capital {} | da áustria=AT; da suíça=CH; de liechtenstein=LI
paraense-speech | alexa no círio uma romeira perguntou a capital {} | da dinamarca=DK; da noruega=NO; da suécia=SE
paraense-speech | alexa pai d'égua me ajuda com a capital {} | da finlândia=FI; da islândia=IS; da estônia=EE
paraense-speech | alexa lá na doca a galera discutindo a capital {} | da letônia=LV; da lituânia=LT; da polônia=PL
paraense-speech | alexa tô no barco pra marajó e quero saber a capital {} | da tchéquia=CZ; da eslováquia=SK; da hungria=HU
maranhense-speech | alexa é mermo qual a capital {} | da romênia=RO; da bulgária=BG; da grécia=GR
maranhense-speech | alexa aqui de são luís do maranhão qual é a capital {} | da croácia=HR; da eslovênia=SI; da sérvia=RS
maranhense-speech | alexa no ensaio do bumba meu boi falaram da capital {} | da bósnia=BA; do montenegro=ME; da albânia=AL
maranhense-speech | alexa tocando reggae aqui me diz a capital {} | da macedônia do norte=MK; da moldávia=MD; da ucrânia=UA
maranhense-speech | alexa rapaz qual é a capital {} hein | da bielorrússia=BY; da rússia=RU; de andorra=AD
maranhense-speech | alexa lá nos lençóis maranhenses um turista quis saber a capital {} | de mônaco=MC; de san marino=SM; de malta=MT
mineiro-speech | alexa uai sô qual que é a capital {} | de chipre=CY; da turquia=TR; da geórgia o país=GE
mineiro-speech | alexa aqui em juiz de fora o trem é o seguinte qual a capital {} | da armênia=AM; do azerbaijão=AZ; do cazaquistão=KZ
mineiro-speech | alexa ô trem bão me fala a capital {} | do uzbequistão=UZ; do turcomenistão=TM; do quirguistão=KG
mineiro-speech | alexa cê sabe a capital {} | do tadjiquistão=TJ; do afeganistão=AF; do paquistão=PK
mineiro-speech | alexa minha vó lá de barbacena quer a capital {} | da índia=IN; do nepal=NP; do butão=BT
mineiro-speech | alexa comendo pão de queijo aqui lembrei da capital {} | do bangladesh=BD; do sri lanka=LK; das maldivas=MV
goiano-speech | alexa aqui em goiânia o povo quer saber a capital {} | da china=CN; da mongólia=MN; da coreia do sul=KR
goiano-speech | alexa no show sertanejo alguém perguntou a capital {} | da coreia do norte=KP; do japão=JP; de taiwan=TW
goiano-speech | alexa comendo pamonha aqui qual a capital {} | do vietnã=VN; do laos=LA; do camboja=KH
goiano-speech | alexa lá em anápolis o menino perguntou a capital {} | da tailândia=TH; de mianmar=MM; da malásia=MY
goiano-speech | alexa na pecuária de goiânia discutiram a capital {} | de singapura=SG; da indonésia=ID; das filipinas=PH
goiano-speech | alexa moço me diz a capital {} | de brunei=BN; do timor-leste=TL; da papua-nova guiné=PG
carioca-speech | alexa caraca qual é a capital {} | da austrália=AU; da nova zelândia=NZ; de fiji=FJ
carioca-speech | alexa mermão me fala a capital {} | das ilhas salomão=SB; de vanuatu=VU; de samoa=WS
carioca-speech | alexa aqui da zona norte do rio qual a capital {} | de tonga=TO; de tuvalu=TV; de quiribati=KI
carioca-speech | alexa no trem da central o cara perguntou a capital {} | de nauru=NR; das ilhas marshall=MH; da micronésia=FM
carioca-speech | alexa lá em madureira a gente tá na dúvida da capital {} | de palau=PW; do egito=EG; da líbia=LY
carioca-speech | alexa na roda de samba surgiu a capital {} | da tunísia=TN; da argélia=DZ; do marrocos=MA
manauara-speech | alexa mano qual é a capital {} | da mauritânia=MR; do mali=ML; do níger=NE
manauara-speech | alexa aqui de manaus me diz a capital {} | do chade=TD; do sudão=SD; do sudão do sul=SS
manauara-speech | alexa no encontro das águas o turista quis saber a capital {} | da etiópia=ET; da eritreia=ER; do djibuti=DJ
manauara-speech | alexa parente me ajuda qual a capital {} | da somália=SO; do quênia=KE; de uganda=UG
manauara-speech | alexa lá em parintins no festival perguntaram a capital {} | de ruanda=RW; do burundi=BI; da tanzânia=TZ
manauara-speech | alexa na zona franca o gerente perguntou a capital {} | de moçambique=MZ; do malaui=MW; da zâmbia=ZM
cearense-speech | alexa macho qual é a capital {} | do zimbábue=ZW; de botsuana=BW; da namíbia=NA
cearense-speech | alexa arre égua esqueci a capital {} | da áfrica do sul=ZA; do lesoto=LS; de angola=AO
cearense-speech | alexa aqui da beira-mar de fortaleza qual a capital {} | de madagascar=MG; de maurício=MU; das seicheles=SC
cearense-speech | alexa lá em juazeiro do norte perguntaram a capital {} | dos comores=KM; do senegal=SN; da gâmbia=GM
cearense-speech | alexa vôti me diz ligeiro a capital {} | da guiné-bissau=GW; da guiné=GN; de serra leoa=SL
cearense-speech | alexa no forró de sábado o pessoal apostou a capital {} | da libéria=LR; da costa do marfim=CI; de gana=GH
barbershop-talk | alexa enquanto faço o degradê aqui qual é a capital {} | do togo=TG; do benin=BJ; da nigéria=NG
barbershop-talk | alexa o cliente na cadeira quer saber a capital {} | de camarões=CM; do gabão=GA; da guiné equatorial=GQ
barbershop-talk | alexa aqui na barbearia o pessoal quer a capital {} | de são tomé e príncipe=ST; do congo brazzaville=CG; da república democrática do congo=CD
barbershop-talk | alexa passa a navalha e me fala a capital {} | da república centro-africana=CF; de cabo verde=CV; do burkina faso=BF
salon-talk | alexa fazendo a escova aqui a cliente perguntou a capital {} | dos estados unidos=US; do canadá=CA; do méxico=MX
salon-talk | alexa no salão a manicure quer saber a capital {} | da guatemala=GT; de belize=BZ; de honduras=HN
salon-talk | alexa enquanto a tinta pega me fala a capital {} | de el salvador=SV; da nicarágua=NI; da costa rica=CR
salon-talk | alexa a moça da sobrancelha perguntou a capital {} | do panamá=PA; de cuba=CU; da jamaica=JM
hospital-talk | alexa no plantão da madrugada a enfermeira quer saber a capital {} | do haiti=HT; da república dominicana=DO; das bahamas=BS
hospital-talk | alexa aqui no posto de enfermagem qual é a capital {} | de barbados=BB; de trinidad e tobago=TT; de granada=GD
hospital-talk | alexa o residente perguntou a capital {} | de santa lúcia=LC; de são vicente e granadinas=VC; da dominica=DM
hospital-talk | alexa na troca de plantão surgiu a capital {} | de antígua e barbuda=AG; de são cristóvão e névis=KN; da colômbia=CO
motoboy-talk | alexa parado no semáforo me diz a capital {} | da venezuela=VE; da guiana=GY; do suriname=SR
motoboy-talk | alexa esperando o pedido sair qual é a capital {} | do equador=EC; do peru=PE; da bolívia=BO
motoboy-talk | alexa entre uma entrega e outra me fala a capital {} | do chile=CL; da argentina=AR; do uruguai=UY
motoboy-talk | alexa o cliente do ifood perguntou a capital {} | do paraguai=PY; do brasil=BR; de israel=IL
feira-talk | alexa aqui na feira o freguês quer saber a capital {} | do líbano=LB; da síria=SY; da jordânia=JO
feira-talk | alexa o pastel tá saindo e eu quero a capital {} | do iraque=IQ; do irã=IR; da arábia saudita=SA
feira-talk | alexa o feirante da banca do lado perguntou a capital {} | do kuwait=KW; do barein=BH; do catar=QA
feira-talk | alexa vendendo caldo de cana aqui qual a capital {} | dos emirados árabes=AE; de omã=OM; do iêmen=YE
home-office-talk | alexa na reunião do teams surgiu a capital {} | da holanda=NL; do kosovo=XK; da palestina=PS
home-office-talk | alexa meu chefe perguntou no chat a capital {} | do vaticano=VA; da eswatini=SZ; da suazilândia=SZ
subdivision | alexa a enfermeira australiana é de darwin qual a capital do território do norte | AU-NT
subdivision | alexa égua qual a capital da irlanda do norte mana | GB-NIR
subdivision | alexa o cliente galês perguntou a capital do país de gales | GB-WLS
subdivision | alexa o dev de monterrey perguntou a capital de nuevo león | MX-NLE
subdivision | alexa uai qual é a capital do estado do maine lá nos estados unidos | US-ME
territory | alexa hong kong tem capital ou não mano | HK
territory | alexa a cliente foi pra nouméa qual a capital da nova caledônia | NC
plural-capitals | alexa égua montserrat tem quantas capitais e quais | MS
plural-capitals | alexa o turista de montserrat falou das capitais da ilha quais são as capitais de montserrat | MS
plural-capitals | alexa uai quais as capitais da palestina hoje | PS
plural-capitals | alexa no home office falaram das capitais da palestina quais são | PS
plural-capitals | alexa ramallah e qual outra são as capitais da palestina | PS
plural-capitals | alexa mano a malásia tem capital administrativa e outra quais são as capitais | MY
plural-capitals | alexa o cliente de kuala lumpur falou das capitais da malásia me diz as duas | MY
plural-capitals | alexa uai quais são as capitais de uttarakhand de verão e de inverno | IN-UK
plural-capitals | alexa a paciente de dehradun falou das capitais de uttarakhand quais são | IN-UK
plural-capitals | alexa macho jammu e caxemira tem capital de verão e de inverno quais são as capitais | IN-JK
plural-capitals | alexa o colega de srinagar perguntou as capitais de jammu e caxemira | IN-JK
plural-capitals | alexa égua a áfrica do sul tem três capitais me diz todas | ZA
plural-capitals | alexa o residente vai pra cidade do cabo quais são as capitais da áfrica do sul | ZA
plural-capitals | alexa a manicure marfinense perguntou quais são as duas capitais do país dela a costa do marfim | CI
plural-capitals | alexa macho quais são as capitais da costa do marfim | CI
plural-capitals | alexa o feirante de ramallah perguntou as capitais da palestina quais são | PS
plural-capitals | alexa mermão me fala as capitais da palestina | PS
plural-capitals | alexa uai o benin tem porto novo e cotonou quais são as capitais | BJ
plural-capitals | alexa mano me diz as capitais do benin aquele da áfrica | BJ
plural-capitals | alexa parente quais as duas capitais da costa do marfim | CI
plural-capitals | alexa a costa do marfim tem capital política e econômica quais são as capitais | CI
paraense-speech | alexa égua qual é a capital {} | do pará=BR-PA; do amapá=BR-AP; do amazonas=BR-AM
paraense-speech | alexa a mana de santarém quer saber a capital {} | de roraima=BR-RR; do acre=BR-AC; de rondônia=BR-RO
maranhense-speech | alexa ó qual a capital {} | do maranhão=BR-MA; do piauí=BR-PI; do tocantins=BR-TO
maranhense-speech | alexa lá em imperatriz a professora perguntou a capital {} | do ceará=BR-CE; do rio grande do norte=BR-RN; da paraíba=BR-PB
cearense-speech | alexa macho e a capital {} qual é | de pernambuco=BR-PE; de alagoas=BR-AL; de sergipe=BR-SE
mineiro-speech | alexa uai e a capital {} | de minas gerais=BR-MG; do espírito santo=BR-ES; da bahia=BR-BA
goiano-speech | alexa aqui no cerrado qual é a capital {} | de goiás=BR-GO; do mato grosso=BR-MT; do mato grosso do sul=BR-MS
carioca-speech | alexa qual é a capital {} parceiro | do rio de janeiro=BR-RJ; de são paulo=BR-SP; do distrito federal=BR-DF
carioca-speech | alexa o gringo no bondinho perguntou a capital {} | do paraná=BR-PR; de santa catarina=BR-SC; do rio grande do sul=BR-RS
hospital-talk | alexa o paciente americano quer saber a capital {} | do texas=US-TX; da califórnia=US-CA; da flórida=US-FL
hospital-talk | alexa a médica fez intercâmbio e perguntou a capital {} | de nova york=US-NY; da pensilvânia=US-PA; de nova jersey=US-NJ
home-office-talk | alexa meu cliente de lá perguntou a capital {} | do estado de washington=US-WA; do oregon=US-OR; do alasca=US-AK
home-office-talk | alexa o time dos estados unidos quer saber a capital {} | do havaí=US-HI; do arizona=US-AZ; de nevada=US-NV
home-office-talk | alexa antes da daily me fala a capital {} | de utah=US-UT; do colorado=US-CO; do novo méxico=US-NM
home-office-talk | alexa o colega remoto falou da capital {} | de montana=US-MT; do wyoming=US-WY; de idaho=US-ID
motoboy-talk | alexa o motoboy que morou fora perguntou a capital {} | do dakota do norte=US-ND; do dakota do sul=US-SD; do nebraska=US-NE
motoboy-talk | alexa rapidinho a capital {} | do kansas=US-KS; de oklahoma=US-OK; do minnesota=US-MN
code-switch | alexa what's the capital {} em português | do iowa=US-IA; do missouri=US-MO; do arkansas=US-AR
code-switch | alexa tipo the capital {} sabe | da louisiana=US-LA; do mississippi=US-MS; do alabama=US-AL
code-switch | alexa please qual a capital {} | do tennessee=US-TN; do kentucky=US-KY; de ohio=US-OH
code-switch | alexa the capital {} qual é | do wisconsin=US-WI; de illinois=US-IL; de indiana=US-IN
salon-talk | alexa a cliente que mora em boston perguntou a capital {} | de michigan=US-MI; da geórgia o estado=US-GA; da carolina do sul=US-SC
salon-talk | alexa a cabeleireira vai pra disney e quer saber a capital {} | da carolina do norte=US-NC; da virgínia=US-VA; da virgínia ocidental=US-WV
salon-talk | alexa a moça do alisamento perguntou a capital {} | de maryland=US-MD; de delaware=US-DE; de connecticut=US-CT
salon-talk | alexa pra prova da minha filha qual a capital {} | de rhode island=US-RI; de massachusetts=US-MA; de vermont=US-VT
subdivision | alexa qual é a capital {} | de new hampshire=US-NH; do maine=US-ME; do ontário=CA-ON
subdivision | alexa me diz a capital da província {} | de quebec=CA-QC; da colúmbia britânica=CA-BC; de alberta=CA-AB
subdivision | alexa e a capital {} | de saskatchewan=CA-SK; de manitoba=CA-MB; da nova escócia=CA-NS
subdivision | alexa capital {} por favor | de new brunswick=CA-NB; da ilha do príncipe eduardo=CA-PE; de terra nova e labrador=CA-NL
subdivision | alexa qual a capital do território {} | do yukon=CA-YT; de nunavut=CA-NU; do noroeste=CA-NT
subdivision | alexa a capital do estado australiano {} | de nova gales do sul=AU-NSW; de victoria=AU-VIC; de queensland=AU-QLD
subdivision | alexa qual a capital {} na austrália | da austrália meridional=AU-SA; da austrália ocidental=AU-WA; da tasmânia=AU-TAS
subdivision | alexa qual é a capital {} da austrália | do território do norte=AU-NT; do território da capital=AU-ACT; de victoria o estado=AU-VIC
subdivision | alexa qual a capital do estado alemão {} | da baviera=DE-BY; de baden-württemberg=DE-BW; de hesse=DE-HE
subdivision | alexa me fala a capital {} na alemanha | da saxônia=DE-SN; da turíngia=DE-TH; de brandemburgo=DE-BB
subdivision | alexa a capital {} qual é | da baixa saxônia=DE-NI; da renânia do norte-vestfália=DE-NW; da renânia-palatinado=DE-RP
subdivision | alexa capital alemã {} | do sarre=DE-SL; de schleswig-holstein=DE-SH; da saxônia-anhalt=DE-ST
subdivision | alexa qual a capital do estado {} | de meclemburgo=DE-MV; de bremen=DE-HB; de hamburgo=DE-HH
subdivision | alexa qual a capital do estado indiano {} | de maharashtra=IN-MH; do kerala=IN-KL; de goa=IN-GA
subdivision | alexa me diz a capital {} na índia | do rajastão=IN-RJ; do gujarat=IN-GJ; do punjab=IN-PB
subdivision | alexa e a capital {} lá na índia | de tamil nadu=IN-TN; de karnataka=IN-KA; de telangana=IN-TS
subdivision | alexa capital {} índia | de bengala ocidental=IN-WB; de uttar pradesh=IN-UP; de bihar=IN-BR
subdivision | alexa qual é a capital do estado {} na índia | de odisha=IN-OD; de assam=IN-AS; de sikkim=IN-SK
subdivision | alexa a capital indiana {} | de andhra pradesh=IN-AP; de madhya pradesh=IN-MP; de himachal pradesh=IN-HP
subdivision | alexa o estado indiano {} tem qual capital | de haryana=IN-HR; de jharkhand=IN-JH; de chhattisgarh=IN-CG
subdivision | alexa qual a capital {} no nordeste da índia | de arunachal pradesh=IN-AR; de meghalaya=IN-ML; de manipur=IN-MN
subdivision | alexa qual a capital {} lá perto da birmânia | de mizoram=IN-MZ; de nagaland=IN-NL; de tripura=IN-TR
subdivision | alexa a capital do território indiano {} | de ladakh=IN-LA; de lakshadweep=IN-LD; de puducherry=IN-PY
subdivision | alexa qual a capital {} na índia | das ilhas andamão e nicobar=IN-AN; de dadrá e nagar aveli e damão e diu=IN-DH; de chandigarh o território=IN-CH
subdivision | alexa qual é a capital do estado mexicano {} | de jalisco=MX-JAL; de nuevo león=MX-NLE; de yucatán=MX-YUC
subdivision | alexa me diz a capital {} no méxico | de oaxaca=MX-OAX; de chiapas=MX-CHP; de quintana roo=MX-ROO
subdivision | alexa a capital {} do méxico | da baixa califórnia=MX-BCN; da baixa califórnia do sul=MX-BCS; de sonora=MX-SON
subdivision | alexa qual a capital {} mexicano | do estado de chihuahua=MX-CHH; do estado de coahuila=MX-COA; do estado de durango=MX-DUR
subdivision | alexa capital do estado {} méxico | de sinaloa=MX-SIN; de nayarit=MX-NAY; de zacatecas=MX-ZAC
subdivision | alexa e a capital do estado {} | de aguascalientes=MX-AGU; de san luis potosí=MX-SLP; de guanajuato=MX-GUA
subdivision | alexa qual é a capital do estado {} lá no méxico | de querétaro=MX-QUE; de hidalgo=MX-HID; de michoacán=MX-MIC
subdivision | alexa capital {} no méxico qual é | do estado do méxico=MX-MEX; de morelos=MX-MOR; de puebla=MX-PUE
subdivision | alexa qual a capital do estado mexicano de {} | tlaxcala=MX-TLA; veracruz=MX-VER; guerrero=MX-GRO
subdivision | alexa me fala a capital {} | de colima=MX-COL; de tabasco=MX-TAB; de campeche=MX-CAM
subdivision | alexa e a capital {} no méxico | de tamaulipas=MX-TAM; da cidade do méxico=MX-CMX; de sinaloa=MX-SIN
subdivision | alexa qual é a capital {} no reino unido | da escócia=GB-SCT; do país de gales=GB-WLS; da irlanda do norte=GB-NIR
plural-capitals | alexa quais são as capitais da bolívia | BO
plural-capitals | alexa a bolívia tem duas capitais né quais são elas | BO
plural-capitals | alexa o boliviano da feira disse que o país dele tem duas capitais quais são | BO
plural-capitals | alexa sucre e mais qual são as capitais bolivianas | BO
plural-capitals | alexa me fala as capitais da áfrica do sul | ZA
plural-capitals | alexa a áfrica do sul tem três capitais quais são | ZA
plural-capitals | alexa o paciente sul-africano falou que lá tem três capitais me diz quais | ZA
plural-capitals | alexa quais as três capitais sul-africanas | ZA
plural-capitals | alexa quais são as capitais da holanda | NL
plural-capitals | alexa os países baixos têm duas capitais quais | NL
plural-capitals | alexa amsterdã e haia são as duas capitais da holanda quais são mesmo | NL
plural-capitals | alexa quais são as capitais da costa do marfim | CI
plural-capitals | alexa a costa do marfim tem duas capitais me fala quais | CI
plural-capitals | alexa o jogador marfinense do remo disse que o país tem duas capitais quais são | CI
plural-capitals | alexa quais são as capitais do benin | BJ
plural-capitals | alexa o benin tem duas capitais quais são elas | BJ
plural-capitals | alexa o cliente beninense da barbearia falou das capitais do benin quais | BJ
plural-capitals | alexa quais são as capitais do sri lanka | LK
plural-capitals | alexa o sri lanka tem duas capitais me diz | LK
plural-capitals | alexa as capitais do ceilão quais são | LK
plural-capitals | alexa quais são as capitais da malásia | MY
plural-capitals | alexa a malásia tem duas capitais quais | MY
plural-capitals | alexa kuala lumpur e putrajaya são capitais da malásia me fala as duas | MY
plural-capitals | alexa quais são as capitais de essuatíni | SZ
plural-capitals | alexa a suazilândia tem duas capitais né quais | SZ
plural-capitals | alexa o eswatini tem duas capitais quais são elas | SZ
plural-capitals | alexa quais são as capitais da palestina | PS
plural-capitals | alexa a palestina tem duas capitais quais são | PS
plural-capitals | alexa o comerciante palestino da feira perguntou as capitais da palestina | PS
plural-capitals | alexa quais são as capitais de montserrat | MS
plural-capitals | alexa montserrat tem duas capitais quais | MS
plural-capitals | alexa a ilha de montserrat tem plymouth e outra capital quais são | MS
plural-capitals | alexa quais são as capitais de jammu e caxemira | IN-JK
plural-capitals | alexa jammu e caxemira tem duas capitais né quais | IN-JK
plural-capitals | alexa as capitais de jamu e cachemira quais são | IN-JK
plural-capitals | alexa quais são as capitais de uttarakhand | IN-UK
plural-capitals | alexa uttarakhand tem duas capitais quais são | IN-UK
plural-capitals | alexa o colega indiano do home office falou que uttarakhand tem duas capitais quais | IN-UK
plural-capitals | alexa quais países têm mais de uma capital | FB
plural-capitals | alexa me diz as capitais da bolívia e da áfrica do sul | BO+ZA
plural-capitals | alexa égua a bolívia tem duas capitais é mesmo quais são | BO
plural-capitals | alexa uai a áfrica do sul tem capital demais quais são todas | ZA
plural-capitals | alexa macho a holanda tem duas capitais ou é só uma quais são | NL
plural-capitals | alexa mano quais as capitais da malásia | MY
plural-capitals | alexa as duas capitais do sri lanka me fala aí | LK
plural-capitals | alexa mermão quais as capitais da costa do marfim | CI
plural-capitals | alexa quais capitais tem o benin | BJ
plural-capitals | alexa as capitais do reino de essuatíni | SZ
plural-capitals | alexa quais são as capitais do estado da palestina | PS
plural-capitals | alexa e quais são as capitais de montserrat lá no caribe | MS
plural-capitals | alexa me fala as duas capitais do território de jammu e caxemira | IN-JK
plural-capitals | alexa as capitais de uttarakhand verão e inverno quais são | IN-UK
follow-up | alexa e a do peru | PE
follow-up | alexa e a da argentina | AR
follow-up | alexa e do chile | CL
follow-up | alexa e a capital do pará | BR-PA
follow-up | alexa e o maranhão | BR-MA
follow-up | alexa e o ceará | BR-CE
follow-up | alexa e goiás | BR-GO
follow-up | alexa e a do japão | JP
follow-up | alexa e da coreia do sul | KR
follow-up | alexa e a de angola | AO
follow-up | alexa e moçambique | MZ
follow-up | alexa e a de cabo verde | CV
follow-up | alexa e agora a da grécia | GR
follow-up | alexa tá e a da turquia | TR
follow-up | alexa beleza e a do egito | EG
follow-up | alexa e aquela da nigéria | NG
follow-up | alexa e a do canadá então | CA
follow-up | alexa e a do méxico | MX
follow-up | alexa e a de cuba | CU
follow-up | alexa e a da venezuela | VE
follow-up | alexa certo e a do amazonas | BR-AM
follow-up | alexa e a de minas | BR-MG
follow-up | alexa e a da escócia | GB-SCT
follow-up | alexa e a da índia | IN
follow-up | alexa e a da china | CN
follow-up | alexa égua e a do amapá | BR-AP
follow-up | alexa uai e a do espírito santo | BR-ES
follow-up | alexa e a da rússia agora | RU
follow-up | alexa e a da noruega | NO
follow-up | alexa e a do vietnã | VN
follow-up | alexa entendi e a da austrália | AU
follow-up | alexa e a da nova zelândia | NZ
follow-up | alexa e a do texas | US-TX
follow-up | alexa e a do quebec | CA-QC
follow-up | alexa e a da baviera | DE-BY
subdivision | alexa qual é a capital da inglaterra | GB-ENG
subdivision | alexa qual a capital do distrito de colúmbia | US-DC
subdivision | alexa qual é a capital do estado de berlim | DE-BE
subdivision | alexa qual é a capital do território de delhi | IN-DL
subdivision | alexa capital do acre | BR-AC
subdivision | alexa qual é a capital do estado do pará | BR-PA
subdivision | alexa a capital de pernambuco qual é | BR-PE
subdivision | alexa qual a capital do estado do piauí | BR-PI
subdivision | alexa qual a capital de tocantins | BR-TO
subdivision | alexa qual a capital do estado de sergipe | BR-SE
subdivision | alexa a capital do rio grande do norte | BR-RN
subdivision | alexa qual a capital da califórnia | US-CA
subdivision | alexa qual é a capital da flórida | US-FL
subdivision | alexa qual é a capital do estado de nova york | US-NY
subdivision | alexa qual é a capital de ontário no canadá | CA-ON
subdivision | alexa a capital da colúmbia britânica | CA-BC
subdivision | alexa qual a capital da baviera | DE-BY
subdivision | alexa qual a capital de queensland | AU-QLD
subdivision | alexa qual é a capital de nova gales do sul | AU-NSW
subdivision | alexa qual é a capital de jalisco | MX-JAL
subdivision | alexa qual a capital do estado de kerala | IN-KL
subdivision | alexa qual a capital de goa | IN-GA
subdivision | alexa qual a capital de roraima | BR-RR
subdivision | alexa a capital de rondônia qual é | BR-RO
subdivision | alexa qual é a capital do mato grosso do sul | BR-MS
subdivision | alexa qual é a capital do estado da paraíba | BR-PB
subdivision | alexa qual a capital de alagoas | BR-AL
subdivision | alexa capital do maranhão | BR-MA
subdivision | alexa qual a capital do amapá | BR-AP
subdivision | alexa qual a capital do país de gales | GB-WLS
subdivision | alexa qual a capital da escócia | GB-SCT
subdivision | alexa qual é a capital do alasca | US-AK
subdivision | alexa qual a capital do havaí | US-HI
subdivision | alexa qual é a capital de yucatán | MX-YUC
subdivision | alexa qual é a capital de punjab | IN-PB
subdivision | alexa qual é a capital da tasmânia | AU-TAS
subdivision | alexa qual é a capital de washington dc | US-DC
subdivision | alexa tem capital a cidade do méxico | MX-CMX
subdivision | alexa a capital do estado de hamburgo | DE-HH
subdivision | alexa qual é a capital de bremen o estado | DE-HB
yes-no-check | alexa a capital da austrália é sydney | AU
yes-no-check | alexa é verdade que a capital do canadá é toronto | CA
yes-no-check | alexa a capital da turquia é istambul né | TR
yes-no-check | alexa a capital do pará é belém certo | BR-PA
yes-no-check | alexa é belém mesmo a capital do pará | BR-PA
yes-no-check | alexa a capital do maranhão é são luís né | BR-MA
yes-no-check | alexa a capital de minas é bh né | BR-MG
yes-no-check | alexa uai a capital de goiás é goiânia ou anápolis | BR-GO
yes-no-check | alexa a capital do ceará é fortaleza confirma pra mim | BR-CE
yes-no-check | alexa a capital do amazonas é manaus né mano | BR-AM
yes-no-check | alexa é certo que a capital dos estados unidos é nova york | US
yes-no-check | alexa a capital da suíça é zurique | CH
yes-no-check | alexa a capital da nigéria ainda é lagos | NG
yes-no-check | alexa a capital do marrocos é casablanca né | MA
yes-no-check | alexa a capital da nova zelândia é auckland | NZ
yes-no-check | alexa a capital do vietnã é ho chi minh | VN
yes-no-check | alexa é verdade que a capital do paquistão é karachi | PK
yes-no-check | alexa a capital de myanmar mudou pra naypyidaw é isso | MM
yes-no-check | alexa a capital do cazaquistão é almaty ou astana | KZ
yes-no-check | alexa a capital da tanzânia é dar es salaam | TZ
yes-no-check | alexa a capital do brasil já foi salvador né mas hoje é brasília certo | BR
yes-no-check | alexa a capital de israel é tel aviv | IL
yes-no-check | alexa a capital da califórnia é los angeles | US-CA
yes-no-check | alexa a capital do texas é houston ou austin | US-TX
yes-no-check | alexa é toronto a capital de ontário | CA-ON
yes-no-check | alexa a capital da escócia é glasgow | GB-SCT
yes-no-check | alexa a capital da baviera é munique confere | DE-BY
yes-no-check | alexa a capital do equador é guayaquil | EC
yes-no-check | alexa a capital da bolívia é la paz | BO
yes-no-check | alexa a capital da colômbia é medellín né | CO
yes-no-check | alexa é verdade que a capital do burundi mudou | BI
yes-no-check | alexa a capital de mato grosso é cuiabá né | BR-MT
yes-no-check | alexa a capital do rio grande do sul é porto alegre confere | BR-RS
yes-no-check | alexa a capital da índia é mumbai | IN
yes-no-check | alexa a capital da austrália ocidental é perth né | AU-WA
yes-no-check | alexa a capital de nova york é albany mesmo | US-NY
self-correction | alexa qual a capital da áustria não perdão da austrália | AU
self-correction | alexa capital do pará não do paraná | BR-PR
self-correction | alexa qual é a capital do paraguai digo do uruguai | UY
self-correction | alexa a capital da suécia ou melhor da suíça | CH
self-correction | alexa qual é a capital do irã não do iraque | IQ
self-correction | alexa capital da eslováquia não eslovênia | SI
self-correction | alexa qual a capital da guiana não guiana francesa | GF
self-correction | alexa me diz a capital do níger não nigéria | NG
self-correction | alexa qual é a capital da gâmbia ops zâmbia | ZM
self-correction | alexa capital do mali quer dizer malawi | MW
self-correction | alexa qual é a capital da dominica não república dominicana | DO
self-correction | alexa a capital do maranhão não peraí do piauí | BR-PI
self-correction | alexa qual a capital de rondônia não roraima | BR-RR
self-correction | alexa capital do mato grosso não espera goiás | BR-GO
self-correction | alexa qual é a capital da letônia digo lituânia | LT
self-correction | alexa a capital da mongólia não da mauritânia | MR
self-correction | alexa qual a capital do camboja não camarões | CM
self-correction | alexa a capital da coreia do sul não perdão do norte | KP
self-correction | alexa qual a capital do sudão do sul não só do sudão | SD
self-correction | alexa capital da áfrica do sul não do sudão do sul | SS
self-correction | alexa qual a capital da guiné equatorial não guiné-bissau | GW
self-correction | alexa qual é a capital de san marino não mônaco | MC
self-correction | alexa a capital do chile aliás da argentina | AR
self-correction | alexa qual é a capital de portugal quer dizer da espanha | ES
self-correction | alexa capital da islândia não irlanda | IE
self-correction | alexa qual é a capital do tadjiquistão não uzbequistão | UZ
self-correction | alexa égua qual a capital do amapá não do amazonas | BR-AM
self-correction | alexa uai qual a capital de minas ou melhor do espírito santo | BR-ES
self-correction | alexa a capital da geórgia o país não o estado americano | GE
self-correction | alexa a capital da virgínia não virgínia ocidental | US-WV
self-correction | alexa qual a capital do dakota do norte não do sul | US-SD
self-correction | alexa a capital da carolina do sul digo do norte | US-NC
self-correction | alexa qual é a capital de nova escócia não nova brunswick | CA-NB
self-correction | alexa qual é a capital da saxônia não baixa saxônia | DE-NI
reverse-question | alexa belém é capital de qual estado | CITY:Belém
reverse-question | alexa são luís é a capital de onde | CITY:São Luís
reverse-question | alexa de que estado a capital é teresina | CITY:Teresina
reverse-question | alexa goiânia é capital de quê | CITY:Goiânia
reverse-question | alexa fortaleza é capital de qual estado | CITY:Fortaleza
reverse-question | alexa manaus é capital do quê | CITY:Manaus
reverse-question | alexa de qual país lima é a capital | CITY:Lima
reverse-question | alexa canberra é capital de que país | CITY:Canberra
reverse-question | alexa ottawa é a capital de onde | CITY:Ottawa
reverse-question | alexa nairóbi é capital de qual país | CITY:Nairóbi
reverse-question | alexa acra é a capital de qual país | CITY:Acra
reverse-question | alexa de onde é a capital bamako | CITY:Bamako
reverse-question | alexa katmandu é a capital de que país | CITY:Katmandu
reverse-question | alexa ulan bator fica em qual país é capital de onde | CITY:Ulan Bator
reverse-question | alexa qual país tem como capital montevidéu | CITY:Montevidéu
reverse-question | alexa assunção é capital de qual país | CITY:Assunção
reverse-question | alexa caracas é a capital de que país | CITY:Caracas
reverse-question | alexa tegucigalpa é capital de onde | CITY:Tegucigalpa
reverse-question | alexa de que país é a capital manágua | CITY:Manágua
reverse-question | alexa porto velho é capital de qual estado | CITY:Porto Velho
reverse-question | alexa palmas é a capital de que estado | CITY:Palmas
reverse-question | alexa aracaju é capital de onde | CITY:Aracaju
reverse-question | alexa qual estado tem a capital natal | CITY:Natal
reverse-question | alexa cuiabá é capital de qual estado | CITY:Cuiabá
reverse-question | alexa boa vista é a capital de onde | CITY:Boa Vista
reverse-question | alexa sacramento é capital de que estado americano | CITY:Sacramento
reverse-question | alexa austin é a capital de qual estado | CITY:Austin
reverse-question | alexa edimburgo é capital de onde | CITY:Edimburgo
reverse-question | alexa chandigarh é capital de quê | CITY:Chandigarh
reverse-question | alexa kingston é capital de qual lugar | CITY:Kingston
reverse-question | alexa de onde taipei é capital | CITY:Taipei
reverse-question | alexa hanói é a capital de qual país | CITY:Hanói
reverse-question | alexa uai belo horizonte é capital de minas né ou de outro lugar | CITY:Belo Horizonte
reverse-question | alexa maputo é capital de que país | CITY:Maputo
reverse-question | alexa luanda é capital de onde mana | CITY:Luanda
reverse-question | alexa praia é capital de qual país | CITY:Praia
reverse-question | alexa qual país tem a capital chamada bissau | CITY:Bissau
official-name | alexa qual é a capital da república federativa do brasil | BR
official-name | alexa qual é a capital da república portuguesa | PT
official-name | alexa qual a capital da república francesa | FR
official-name | alexa qual é a capital da república federal da alemanha | DE
official-name | alexa qual é a capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | alexa qual é a capital dos estados unidos mexicanos | MX
official-name | alexa qual é a capital da república argentina | AR
official-name | alexa a capital da república oriental do uruguai | UY
official-name | alexa qual a capital da república bolivariana da venezuela | VE
official-name | alexa qual é a capital do estado plurinacional da bolívia | BO
official-name | alexa qual a capital da república popular da china | CN
official-name | alexa qual é a capital da federação russa | RU
official-name | alexa qual a capital do reino da espanha | ES
official-name | alexa qual a capital do reino da arábia saudita | SA
official-name | alexa qual é a capital do reino hachemita da jordânia | JO
official-name | alexa qual a capital da república islâmica do irã | IR
official-name | alexa qual é a capital da república democrática popular do laos | LA
official-name | alexa qual a capital da república socialista do vietnã | VN
official-name | alexa qual é a capital da comunidade da austrália | AU
official-name | alexa qual é a capital da república da coreia | KR
official-name | alexa qual a capital da república popular democrática da coreia | KP
official-name | alexa qual a capital da república de moçambique | MZ
official-name | alexa qual é a capital da república de angola | AO
official-name | alexa qual é a capital da república democrática de timor-leste | TL
official-name | alexa qual a capital da confederação suíça | CH
official-name | alexa qual é a capital do grão-ducado de luxemburgo | LU
official-name | alexa qual é a capital da república árabe do egito | EG
official-name | alexa qual é a capital da república da índia | IN
everyday-name | alexa qual a capital da holanda | NL
everyday-name | alexa qual é a capital da inglaterra o país todo | GB
everyday-name | alexa qual é a capital dos states | US
everyday-name | alexa qual é a capital da terrinha | PT
everyday-name | alexa qual a capital da birmânia | MM
everyday-name | alexa qual é a capital da pérsia | IR
everyday-name | alexa qual é a capital do ceilão | LK
everyday-name | alexa qual é a capital da república tcheca | CZ
everyday-name | alexa qual é a capital da suazilândia | SZ
everyday-name | alexa qual é a capital do zaire | CD
everyday-name | alexa qual é a capital da bielorrússia a rússia branca | BY
everyday-name | alexa qual é a capital da terra do tio sam | US
everyday-name | alexa qual a capital da terra do sol nascente | JP
everyday-name | alexa qual a capital de formosa | TW
everyday-name | alexa qual a capital da costa do ouro | GH
everyday-name | alexa qual a capital de sampa o estado | BR-SP
everyday-name | alexa qual a capital do daomé | BJ
everyday-name | alexa qual a capital da macedônia | MK
everyday-name | alexa qual é a capital da turquia a türkiye | TR
everyday-name | alexa qual é a capital do timor | TL
everyday-name | alexa qual é a capital das malvinas | FK
everyday-name | alexa qual é a capital de cabo verde as ilhas | CV
everyday-name | alexa qual a capital da terra da rainha | GB
everyday-name | alexa qual é a capital da rússia branca | BY
everyday-name | alexa qual a capital dos emirados | AE
shared-name | alexa qual é a capital do congo | CD+CG
shared-name | alexa capital da coreia | KP+KR
shared-name | alexa qual é a capital da geórgia | GE+US-GA
shared-name | alexa qual a capital das ilhas virgens | VG+VI
shared-name | alexa qual a capital dos dois congos | CD+CG
shared-name | alexa as capitais das duas coreias | KP+KR
shared-name | alexa e a capital das coreias | KP+KR
shared-name | alexa qual é a capital dos congos | CD+CG
shared-name | alexa a capital da geórgia qual é mano | GE+US-GA
shared-name | alexa égua qual a capital do congo | CD+CG
shared-name | alexa uai e as ilhas virgens qual a capital | VG+VI
shared-name | alexa qual é a capital das duas coreias do norte e do sul | KP+KR
shared-name | alexa capital da geórgia por favor | GE+US-GA
shared-name | alexa me fala a capital do congo africano | CD+CG
territory | alexa qual é a capital da groenlândia | GL
territory | alexa a capital da guiana francesa qual é | GF
territory | alexa égua a guiana francesa aqui do lado tem capital qual é | GF
territory | alexa qual a capital de porto rico | PR
territory | alexa qual a capital das bermudas | BM
territory | alexa qual a capital de aruba | AW
territory | alexa qual é a capital de curaçao | CW
territory | alexa a capital de sint maarten | SX
territory | alexa qual a capital de bonaire | BQ
territory | alexa qual é a capital da martinica | MQ
territory | alexa capital de guadalupe a ilha | GP
territory | alexa qual é a capital da ilha da reunião | RE
territory | alexa qual a capital de mayotte | YT
territory | alexa qual é a capital da polinésia francesa | PF
territory | alexa qual a capital do taiti a polinésia | PF
territory | alexa qual é a capital da nova caledônia | NC
territory | alexa qual a capital de wallis e futuna | WF
territory | alexa qual é a capital de são pedro e miquelão | PM
territory | alexa qual a capital de são bartolomeu | BL
territory | alexa qual a capital de são martinho a parte francesa | MF
territory | alexa qual é a capital das ilhas cayman | KY
territory | alexa qual é a capital das ilhas turcas e caicos | TC
territory | alexa qual é a capital de anguilla | AI
territory | alexa qual a capital das ilhas virgens britânicas | VG
territory | alexa qual é a capital das ilhas virgens americanas | VI
territory | alexa qual é a capital de gibraltar | GI
territory | alexa qual a capital da ilha de man | IM
territory | alexa qual é a capital de jersey | JE
territory | alexa qual é a capital de guernsey | GG
territory | alexa qual é a capital das ilhas faroé | FO
territory | alexa qual a capital das ilhas åland | AX
territory | alexa qual é a capital de svalbard | SJ
territory | alexa qual é a capital das ilhas malvinas | FK
territory | alexa qual a capital das falklands | FK
territory | alexa qual é a capital de santa helena | SH
territory | alexa qual a capital da geórgia do sul | GS
territory | alexa a ilha bouvet tem capital | BV
territory | alexa qual é a capital da antártida | AQ
territory | alexa as ilhas heard e mcdonald têm capital | HM
territory | alexa qual é a capital do território britânico do oceano índico | IO
territory | alexa qual a capital dos territórios franceses do sul | TF
territory | alexa qual é a capital de guam | GU
territory | alexa qual é a capital da samoa americana | AS
territory | alexa qual é a capital das ilhas marianas do norte | MP
territory | alexa as ilhas menores distantes dos estados unidos têm capital | UM
territory | alexa qual a capital das ilhas cook | CK
territory | alexa qual é a capital de niue | NU
territory | alexa qual é a capital de tokelau | TK
territory | alexa qual a capital das ilhas pitcairn | PN
territory | alexa qual é a capital da ilha norfolk | NF
territory | alexa qual é a capital da ilha christmas | CX
territory | alexa qual a capital das ilhas cocos | CC
territory | alexa qual é a capital do saara ocidental | EH
territory | alexa hong kong tem capital | HK
territory | alexa qual é a capital de macau | MO
territory | alexa capital de montserrat | MS
territory | alexa macau que fala português tem capital | MO
territory | alexa mano qual a capital das ilhas cayman onde os ricos guardam dinheiro | KY
help | alexa me ajuda | HELP
help | alexa como funciona isso aqui | HELP
help | alexa o que eu posso perguntar | HELP
help | alexa égua como é que usa isso | HELP
help | alexa uai que que eu faço agora | HELP
help | alexa macho não entendi como funciona | HELP
help | alexa mano me explica como joga | HELP
help | alexa ajuda aí por favor | HELP
help | alexa o que que você sabe fazer | HELP
help | alexa me dá uma ajuda que eu tô perdida | HELP
help | alexa como eu pergunto uma capital | HELP
help | alexa quais perguntas eu posso fazer | HELP
help | alexa socorro não sei mexer nisso | HELP
help | alexa me explica de novo como funciona | HELP
help | alexa preciso de ajuda com as capitais | HELP
help | alexa que comandos tem aqui | HELP
help | alexa o que dá pra fazer nessa skill | HELP
help | alexa minha avó quer saber como usa me ajuda | HELP
help | alexa tô no plantão e não sei usar me ajuda | HELP
help | alexa ajuda ajuda | HELP
help | alexa como é que eu faço pra perguntar de um país | HELP
help | alexa me orienta aí | HELP
help | alexa instruções por favor | HELP
help | alexa pode me ajudar aqui rapidinho | HELP
help | alexa me mostra o que dá pra perguntar | HELP
help | alexa eu não sei o que falar me ajuda | HELP
stop | alexa para | STOP
stop | alexa para tudo | STOP
stop | alexa chega | STOP
stop | alexa chega por hoje | STOP
stop | alexa pode parar | STOP
stop | alexa sai daí | STOP
stop | alexa fica quieta | STOP
stop | alexa cala a boca | STOP
stop | alexa silêncio | STOP
stop | alexa desliga | STOP
stop | alexa encerra | STOP
stop | alexa encerrar | STOP
stop | alexa sair | STOP
stop | alexa égua para com isso | STOP
stop | alexa uai para aí | STOP
stop | alexa macho chega | STOP
stop | alexa mano para | STOP
stop | alexa já deu para | STOP
stop | alexa fecha isso | STOP
stop | alexa finaliza | STOP
stop | alexa termina | STOP
stop | alexa para de falar | STOP
stop | alexa para que o paciente tá dormindo | STOP
stop | alexa para que o cliente chegou | STOP
stop | alexa tchau alexa | STOP
stop | alexa sai do jogo | STOP
stop | alexa quieta aí | STOP
stop | alexa para agora | STOP
cancel | alexa cancela | CANCEL
cancel | alexa cancelar | CANCEL
cancel | alexa esquece | CANCEL
cancel | alexa esquece isso | CANCEL
cancel | alexa deixa pra lá | CANCEL
cancel | alexa deixa quieto | CANCEL
cancel | alexa não precisa mais | CANCEL
cancel | alexa cancela a pergunta | CANCEL
cancel | alexa égua esquece | CANCEL
cancel | alexa uai deixa pra lá | CANCEL
cancel | alexa macho esquece isso | CANCEL
cancel | alexa mano deixa quieto | CANCEL
cancel | alexa desconsidera | CANCEL
cancel | alexa esquece o que eu falei | CANCEL
cancel | alexa não era isso cancela | CANCEL
cancel | alexa deixa pra depois | CANCEL
cancel | alexa nada não esquece | CANCEL
cancel | alexa mudei de ideia deixa pra lá | CANCEL
cancel | alexa cancela aí | CANCEL
cancel | alexa pode cancelar | CANCEL
cancel | alexa esquece essa capital | CANCEL
cancel | alexa deixa que a enfermeira já respondeu | CANCEL
cancel | alexa cancela que o freguês já foi embora | CANCEL
cancel | alexa não quero mais esquece | CANCEL
cancel | alexa deixa pra lá eu pesquiso no celular | CANCEL
cancel | alexa ignora | CANCEL
cancel | alexa ignora o que eu disse | CANCEL
cancel | alexa esquece a última | CANCEL
launch | alexa abre capitais do mundo | LAUNCH
launch | alexa abrir capitais do mundo | LAUNCH
launch | alexa abre o capitais do mundo | LAUNCH
launch | alexa inicia capitais do mundo | LAUNCH
launch | alexa iniciar capitais do mundo | LAUNCH
launch | alexa começa capitais do mundo | LAUNCH
launch | alexa por favor abre capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo por favor | LAUNCH
launch | alexa égua abre aí capitais do mundo | LAUNCH
launch | alexa uai abre capitais do mundo pra mim | LAUNCH
launch | alexa macho abre capitais do mundo | LAUNCH
launch | alexa mano abre o capitais do mundo aí | LAUNCH
launch | alexa quero jogar capitais do mundo | LAUNCH
launch | alexa vamos jogar capitais do mundo | LAUNCH
launch | alexa bora capitais do mundo | LAUNCH
launch | alexa executa capitais do mundo | LAUNCH
launch | alexa ativa capitais do mundo | LAUNCH
launch | alexa ativar capitais do mundo | LAUNCH
launch | alexa carrega capitais do mundo | LAUNCH
launch | alexa abre a skill capitais do mundo | LAUNCH
launch | alexa abre a skill capitais do mundo pra minha filha estudar | LAUNCH
launch | alexa liga o capitais do mundo | LAUNCH
launch | alexa entra no capitais do mundo | LAUNCH
launch | alexa me abre capitais do mundo | LAUNCH
launch | alexa pode abrir capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo que o cliente quer brincar | LAUNCH
launch | alexa capitais do mundo | LAUNCH
out-of-domain | alexa vai chover hoje em belém | FB
out-of-domain | alexa que horas começa o círio de nazaré | FB
out-of-domain | alexa quanto tá o litro do açaí | FB
out-of-domain | alexa toca uma música do pinduca | FB
out-of-domain | alexa toca tecnobrega | FB
out-of-domain | alexa toca gaby amarantos | FB
out-of-domain | alexa qual a maré hoje no ver-o-peso | FB
out-of-domain | alexa que horas sai o barco pra marajó | FB
out-of-domain | alexa receita de pato no tucupi | FB
out-of-domain | alexa receita de maniçoba | FB
out-of-domain | alexa quanto tempo de viagem de belém pra santarém | FB
out-of-domain | alexa toca reggae do maranhão | FB
out-of-domain | alexa quando é o são joão do maranhão | FB
out-of-domain | alexa receita de arroz de cuxá | FB
out-of-domain | alexa como chega nos lençóis maranhenses | FB
out-of-domain | alexa qual a temperatura em são luís agora | FB
out-of-domain | alexa receita de pão de queijo mineiro | FB
out-of-domain | alexa toca milton nascimento | FB
out-of-domain | alexa quanto tá o queijo canastra | FB
out-of-domain | alexa como chegar em ouro preto | FB
out-of-domain | alexa qual a previsão pra juiz de fora amanhã | FB
out-of-domain | alexa toca marília mendonça | FB
out-of-domain | alexa toca jorge e mateus | FB
out-of-domain | alexa receita de pamonha de sal | FB
out-of-domain | alexa quanto tá a arroba do boi | FB
out-of-domain | alexa quando é a pecuária de goiânia | FB
out-of-domain | alexa toca um funk carioca | FB
out-of-domain | alexa como tá o trânsito na avenida brasil | FB
out-of-domain | alexa que horas passa o trem pra deodoro | FB
out-of-domain | alexa quem ganhou o jogo do flamengo | FB
out-of-domain | alexa qual escola de samba ganhou o carnaval | FB
out-of-domain | alexa vai fazer sol no rio amanhã | FB
out-of-domain | alexa toca boi garantido | FB
out-of-domain | alexa toca boi caprichoso | FB
out-of-domain | alexa quanto tá o tambaqui | FB
out-of-domain | alexa o rio negro tá cheio | FB
out-of-domain | alexa receita de tacacá | FB
out-of-domain | alexa toca forró de wesley safadão | FB
out-of-domain | alexa previsão do tempo pra fortaleza | FB
out-of-domain | alexa receita de baião de dois | FB
out-of-domain | alexa quando é o show do falcão | FB
out-of-domain | alexa liga a luz da sala | FB
out-of-domain | alexa desliga o ar condicionado | FB
out-of-domain | alexa coloca um alarme pras cinco da manhã | FB
out-of-domain | alexa põe um timer de quarenta minutos pra tinta | FB
out-of-domain | alexa quanto tá o dólar hoje | FB
out-of-domain | alexa toca uma playlist de pagode | FB
out-of-domain | alexa liga pra minha mãe | FB
out-of-domain | alexa adiciona shampoo na lista de compras | FB
out-of-domain | alexa qual a dose de dipirona pra adulto | FB
out-of-domain | alexa que horas termina o plantão | FB
out-of-domain | alexa me lembra de dar a medicação às duas | FB
out-of-domain | alexa quanto é quinze por cento de oitenta | FB
out-of-domain | alexa qual a melhor rota pra entrega no centro | FB
out-of-domain | alexa quanto custa um corte degradê | FB
out-of-domain | alexa qual o horário da reunião de amanhã | FB
out-of-domain | alexa conta uma piada | FB
out-of-domain | alexa qual o sentido da vida | FB
out-of-domain | alexa o que é capital social | FB
out-of-domain | alexa o que é capital de giro | FB
out-of-domain | alexa como calcular o capital inicial de um investimento | FB
out-of-domain | alexa o que é pena capital | FB
out-of-domain | alexa quais são os sete pecados capitais | FB
out-of-domain | alexa quem escreveu o capital | FB
out-of-domain | alexa o que é letra capital | FB
out-of-domain | alexa toca capital inicial | FB
out-of-domain | alexa o que é capital aberto na bolsa | FB
out-of-domain | alexa o que significa capital intelectual | FB
out-of-domain | alexa belém é a capital do açaí | FB
out-of-domain | alexa goiânia é a capital do sertanejo | FB
out-of-domain | alexa juazeiro é a capital da fé | FB
out-of-domain | alexa são luís é a capital do reggae né | FB
out-of-domain | alexa parintins é a capital do boi | FB
out-of-domain | alexa qual é a capital do forró | FB
out-of-domain | alexa qual a capital mundial do café | FB
out-of-domain | alexa qual é a capital da moda | FB
out-of-domain | alexa qual a capital de wakanda | FB
out-of-domain | alexa qual é a capital de nárnia | FB
out-of-domain | alexa qual é a capital de mordor | FB
out-of-domain | alexa qual a capital do reino de tão tão distante | FB
out-of-domain | alexa qual é a capital de pandora do avatar | FB
out-of-domain | alexa qual a capital da terra do nunca | FB
out-of-domain | alexa qual a capital de asgard | FB
out-of-domain | alexa qual é a capital do sítio do picapau amarelo | FB
out-of-domain | alexa qual a capital de sucupira | FB
out-of-domain | alexa qual a capital do império inca | FB
out-of-domain | alexa qual era a capital do império bizantino | FB
out-of-domain | alexa qual era a capital da união soviética | FB
out-of-domain | alexa qual era a capital da prússia | FB
out-of-domain | alexa qual era a capital da tchecoslováquia | FB
out-of-domain | alexa qual era a capital do grão-pará | FB
out-of-domain | alexa qual foi a primeira capital do brasil | FB
out-of-domain | alexa qual era a capital de goiás antes de goiânia | FB
out-of-domain | alexa qual era a capital de minas antes de bh | FB
out-of-domain | alexa qual era a capital do império asteca | FB
out-of-domain | alexa qual era a capital da alemanha ocidental | FB
out-of-domain | alexa qual era a capital do vietnã do sul | FB
out-of-domain | alexa qual a capital da amazônia | FB
out-of-domain | alexa qual a capital do marajó | FB
out-of-domain | alexa qual a capital do cariri | FB
out-of-domain | alexa qual é a capital da zona da mata mineira | FB
out-of-domain | alexa qual é a capital do triângulo mineiro | FB
out-of-domain | alexa qual é a capital da baixada fluminense | FB
out-of-domain | alexa qual a capital da andaluzia | FB
out-of-domain | alexa qual a capital da catalunha | FB
out-of-domain | alexa qual é a capital da sibéria | FB
out-of-domain | alexa qual é a capital do tibete | FB
out-of-domain | alexa qual a capital da escandinávia | FB
out-of-domain | alexa qual é a capital da europa | FB
out-of-domain | alexa qual é a capital da áfrica | FB
out-of-domain | alexa qual a capital da américa do sul | FB
out-of-domain | alexa qual é a capital do caribe | FB
out-of-domain | alexa qual a capital da lua | FB
out-of-domain | alexa qual a capital do curdistão | FB
out-of-domain | alexa qual a capital da transilvânia | FB
out-of-domain | alexa qual é a capital dos açores | FB
out-of-domain | alexa qual é a capital da ilha da madeira | FB
out-of-domain | alexa qual é a capital da sardenha | FB
out-of-domain | alexa quantos habitantes tem a capital do pará | FB
out-of-domain | alexa qual a distância de goiânia até a capital federal | FB
out-of-domain | alexa quanto custa a passagem pra capital do ceará | FB
out-of-domain | alexa como tá o tempo na capital da argentina | FB
out-of-domain | alexa que horas são na capital do japão | FB
out-of-domain | alexa quem é o prefeito da capital do maranhão | FB
out-of-domain | alexa qual o melhor restaurante da capital de minas | FB
out-of-domain | alexa por que brasília virou capital | FB
out-of-domain | alexa quem construiu a capital do brasil | FB
out-of-domain | alexa qual o fuso horário da capital do amazonas | FB
out-of-domain | alexa quantos estados tem o brasil | FB
out-of-domain | alexa qual é o maior país do mundo | FB
out-of-domain | alexa qual a moeda do peru | FB
out-of-domain | alexa qual o idioma falado na suíça | FB
out-of-domain | alexa qual é a bandeira do japão | FB
out-of-domain | alexa quem é o presidente da frança | FB
out-of-domain | alexa qual o maior rio do mundo | FB
out-of-domain | alexa como se diz capital em inglês | FB
out-of-domain | alexa o que significa a palavra capital | FB
out-of-domain | alexa capital | FB
out-of-domain | alexa capitais | FB
out-of-domain | alexa quantas capitais tem no mundo | FB
out-of-domain | alexa qual capital é a mais fria do mundo | FB
out-of-domain | alexa qual a capital mais alta do mundo | FB
out-of-domain | alexa quem inventou as capitais | FB
out-of-domain | alexa me conta uma curiosidade sobre lisboa | FB
out-of-domain | alexa pede uma pizza | FB
out-of-domain | alexa chama um uber pra rodoviária | FB
out-of-domain | alexa toca o podcast de notícias | FB
out-of-domain | alexa aumenta o volume | FB
out-of-domain | alexa qual o resultado da mega-sena | FB
out-of-domain | alexa como faz escova progressiva | FB
out-of-domain | alexa quanto tempo deixa a tinta no cabelo | FB
out-of-domain | alexa qual o horário da feira de domingo | FB
out-of-domain | alexa quanto tá o quilo do tomate | FB
out-of-domain | alexa abre o spotify | FB
out-of-domain | alexa abre o jogo de perguntas e respostas | FB
out-of-domain | alexa qual a capital do estado da guanabara | FB
out-of-domain | alexa qual a capital do território do acre de antigamente | FB
out-of-domain | alexa qual era a capital do reino do congo antigo | FB
learner | alexa eu venezolano vivir em boa vista capital de venezuela qual é | VE
learner | alexa capital de haiti qual | HT
learner | alexa eu cubano médico aqui capital de cuba você sabe | CU
learner | alexa eu boliviana costureira capital de bolívia quais | BO
learner | alexa eu peruano trabalhar manaus capital de peru | PE
learner | alexa eu colombiano capital de colômbia por favor | CO
learner | alexa eu senegalês vender na feira capital de senegal | SN
learner | alexa eu nigeriano capital de nigéria é lagos ou abuja | NG
learner | alexa eu angolano capital de angola é luanda né | AO
learner | alexa eu chinês loja capital de china qual é | CN
learner | alexa eu coreano igreja aqui capital de coreia do sul | KR
learner | alexa eu japonês velho capital do japão tóquio sim | JP
learner | alexa eu sírio capital de síria qual | SY
learner | alexa eu libanês capital de líbano | LB
learner | alexa eu afegão capital de afeganistão qual é | AF
learner | alexa eu ucraniano capital de ucrânia | UA
learner | alexa eu russa capital de rússia moscou sim | RU
learner | alexa eu filipino enfermeiro capital de filipinas | PH
learner | alexa eu indiano trabalhar ti capital de índia | IN
learner | alexa eu paquistanês capital de paquistão | PK
learner | alexa eu bangladeshi capital de bangladesh | BD
learner | alexa eu congolês capital de congo kinshasa | CD
learner | alexa eu ganês capital de gana | GH
learner | alexa eu guineense capital de guiné-bissau | GW
learner | alexa eu cabo-verdiano capital de cabo verde | CV
learner | alexa eu moçambicano capital de moçambique | MZ
learner | alexa eu são-tomense capital de são tomé | ST
learner | alexa eu timorense capital de timor | TL
learner | alexa eu americano capital de estado pará | BR-PA
learner | alexa eu francês capital de estado de amazonas | BR-AM
learner | alexa eu alemão morar belém capital de alemanha berlim | DE
learner | alexa eu italiano capital de itália roma sim | IT
learner | alexa eu argentino capital de argentina buenos aires | AR
learner | alexa eu uruguaio capital de uruguai | UY
learner | alexa eu paraguaia capital de paraguai assunção | PY
learner | alexa eu chileno capital de chile santiago é | CL
learner | alexa eu equatoriano capital de equador | EC
learner | alexa eu dominicano capital de república dominicana | DO
learner | alexa eu guianense capital de guiana | GY
learner | alexa eu surinamês capital de suriname | SR
learner | alexa eu francês guiana capital de guiana francesa | GF
learner | alexa eu iraniano capital de irã teerã | IR
learner | alexa eu turco capital de turquia ancara | TR
learner | alexa eu egípcio capital de egito cairo | EG
learner | alexa eu marroquino capital de marrocos | MA
learner | alexa eu tunisiano capital de tunísia | TN
learner | alexa eu argelino capital de argélia | DZ
learner | alexa eu etíope capital de etiópia | ET
learner | alexa eu queniano capital de quênia | KE
learner | alexa eu camaronês capital de camarões | CM
learner | alexa eu polonês capital de polônia | PL
learner | alexa eu holandês capital de holanda quais | NL
learner | alexa capital estado de ceará | BR-CE
learner | alexa capital de estado goiás | BR-GO
learner | alexa capital de minas gerais belo horizonte sim | BR-MG
code-switch | alexa what's the capital of brazil em português | BR
code-switch | alexa what is the capital of pará | BR-PA
code-switch | alexa qual a capital da germany | DE
code-switch | alexa capital of france please | FR
code-switch | alexa me diz the capital of japan | JP
code-switch | alexa tipo assim capital of italy | IT
code-switch | alexa capital de new york state | US-NY
code-switch | alexa qual a capital of california | US-CA
code-switch | alexa the capital of texas qual é | US-TX
code-switch | alexa hey alexa what's the capital of canada | CA
code-switch | alexa sorry qual é a capital da holanda | NL
code-switch | alexa the capital of england please | GB-ENG
code-switch | alexa capital of scotland | GB-SCT
code-switch | alexa whats the capital of australia | AU
code-switch | alexa me fala the capital of mexico | MX
code-switch | alexa qual é a capital da south africa | ZA
code-switch | alexa the capitals of bolivia | BO
code-switch | alexa what are the capitals of the netherlands | NL
code-switch | alexa qual é a capital de ivory coast | CI
code-switch | alexa capital of new zealand | NZ
code-switch | alexa qual é a capital da ireland | IE
code-switch | alexa let me see qual é a capital da índia | IN
code-switch | alexa qual a capital de florida | US-FL
code-switch | alexa by the way qual a capital do peru | PE
code-switch | alexa cuál es la capital de venezuela | VE
code-switch | alexa la capital de colombia cuál es | CO
code-switch | alexa oye la capital de cuba | CU
code-switch | alexa cuál es la capital de guyana | GY
code-switch | alexa quelle est la capitale de la guyane | GF
code-switch | alexa la capitale du sénégal c'est quoi | SN
code-switch | alexa was ist die hauptstadt von österreich | AT
code-switch | alexa qual a capital de deutschland | DE
code-switch | alexa qual é a capital de nippon | JP
code-switch | alexa qual a capital de korea | KR
code-switch | alexa in english what is the capital of egypt | EG
code-switch | alexa meu cliente gringo quer saber capital of portugal | PT
hesitation | alexa qual é a capital da é da da suécia | SE
hesitation | alexa é a capital do hum do peru | PE
hesitation | alexa qual a capital da ah como é o nome da hungria | HU
hesitation | alexa capital do do do ceará | BR-CE
hesitation | alexa éé qual é a capital do maranhão | BR-MA
hesitation | alexa qual é a capital daquele país a tailândia | TH
hesitation | alexa hum deixa eu ver qual a capital da jordânia | JO
hesitation | alexa qual é a capital do como é que chama o cazaquistão | KZ
hesitation | alexa a capital da a da nicarágua | NI
hesitation | alexa então é qual a capital do laos | LA
hesitation | alexa peraí qual a capital da mongólia | MN
hesitation | alexa qual é a capital da ah da tanzânia | TZ
hesitation | alexa então tipo assim qual a capital da etiópia | ET
hesitation | alexa qual a capital é da do uzbequistão | UZ
hesitation | alexa hã qual é a capital de são tomé e príncipe | ST
hesitation | alexa é é a capital do malaui | MW
hesitation | alexa capital do é esqueci o nome do pará | BR-PA
hesitation | alexa qual a capital da da armênia | AM
hesitation | alexa olha qual é a capital da do zimbábue | ZW
hesitation | alexa deixa eu pensar qual a capital de tuvalu | TV
hesitation | alexa capital de de de roraima | BR-RR
hesitation | alexa a capital do do butão | BT
stop | alexa égua mana para que eu vou pegar o barco | STOP
stop | alexa é mermo para aí que o boi vai passar | STOP
stop | alexa uai sô para com esse trem | STOP
stop | alexa moço para que o show vai começar | STOP
stop | alexa mermão chega de capital por hoje | STOP
stop | alexa parente pode parar agora | STOP
stop | alexa arre égua para de falar | STOP
stop | alexa para que o cliente tá cochilando na cadeira | STOP
stop | alexa chega que o secador tá muito alto e não escuto nada | STOP
stop | alexa para que o médico tá passando visita | STOP
stop | alexa silêncio que a uti tá quieta | STOP
stop | alexa sai do aplicativo que o pedido saiu | STOP
stop | alexa para que o freguês tá pedindo pastel | STOP
stop | alexa para que a reunião começou | STOP
stop | alexa desliga que eu entrei na call | STOP
stop | alexa fica calada que eu tô no microfone | STOP
stop | alexa para com as capitais do mundo | STOP
stop | alexa encerra as capitais do mundo | STOP
stop | alexa sai das capitais do mundo | STOP
stop | alexa para o jogo das capitais | STOP
stop | alexa para por favor que a mana tá estudando | STOP
stop | alexa macho já chega que eu vou pro forró | STOP
cancel | alexa égua mana esquece essa pergunta | CANCEL
cancel | alexa é mermo deixa pra lá | CANCEL
cancel | alexa uai sô esquece esse trem | CANCEL
cancel | alexa moço deixa quieto essa | CANCEL
cancel | alexa mermão esquece que eu já lembrei | CANCEL
cancel | alexa parente cancela isso aí | CANCEL
cancel | alexa arre égua deixa pra lá | CANCEL
cancel | alexa cancela que o cliente já sabia | CANCEL
cancel | alexa esquece que a cliente mudou de assunto | CANCEL
cancel | alexa deixa pra lá que o residente respondeu | CANCEL
cancel | alexa cancela a pergunta que chegou entrega | CANCEL
cancel | alexa esquece que o freguês já pagou | CANCEL
cancel | alexa cancela que meu chefe já achou no google | CANCEL
cancel | alexa deixa quieto que a reunião acabou | CANCEL
cancel | alexa não pergunta mais nada esquece | CANCEL
cancel | alexa esquece a capital que eu pedi | CANCEL
cancel | alexa cancela essa que eu errei o país | CANCEL
cancel | alexa deixa essa pra lá mana | CANCEL
cancel | alexa pode esquecer macho | CANCEL
cancel | alexa desiste dessa pergunta | CANCEL
help | alexa égua mana como é que funciona esse negócio de capital | HELP
help | alexa é mermo como eu uso isso | HELP
help | alexa uai sô me explica esse trem | HELP
help | alexa moço como é que pergunta aqui | HELP
help | alexa mermão me ajuda a usar isso | HELP
help | alexa parente como é que joga | HELP
help | alexa o cliente da barbearia quer saber como usa | HELP
help | alexa a manicure não sabe usar me ajuda | HELP
help | alexa ajuda que eu nunca usei isso | HELP
help | alexa como faço pra perguntar capital de estado | HELP
help | alexa me ajuda com as capitais do mundo | HELP
help | alexa o que eu falo pra saber uma capital | HELP
help | alexa pode me ensinar a usar as capitais | HELP
help | alexa me explica o que essa skill faz | HELP
launch | alexa égua abre capitais do mundo pra mana estudar | LAUNCH
launch | alexa é mermo abre capitais do mundo | LAUNCH
launch | alexa uai sô abre o capitais do mundo | LAUNCH
launch | alexa moço inicia capitais do mundo | LAUNCH
launch | alexa mermão bota capitais do mundo aí | LAUNCH
launch | alexa parente abre capitais do mundo pra gente | LAUNCH
launch | alexa arre égua abre capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo que o cliente quer testar | LAUNCH
launch | alexa abre capitais do mundo enquanto a tinta pega | LAUNCH
launch | alexa abre capitais do mundo pra passar o plantão | LAUNCH
launch | alexa abre capitais do mundo na pausa do almoço | LAUNCH
launch | alexa inicia a skill capitais do mundo | LAUNCH
launch | alexa abre o jogo capitais do mundo | LAUNCH
launch | alexa quero abrir capitais do mundo | LAUNCH
launch | alexa pode iniciar capitais do mundo por favor | LAUNCH
launch | alexa bota o capitais do mundo | LAUNCH
launch | alexa abre aí o capitais do mundo mano | LAUNCH
launch | alexa me abre o capitais do mundo macho | LAUNCH
official-name | alexa égua qual a capital da república cooperativa da guiana | GY
official-name | alexa qual é a capital da república do suriname | SR
official-name | alexa uai qual a capital da república da colômbia | CO
official-name | alexa qual a capital da república do peru | PE
official-name | alexa qual a capital da república do equador | EC
official-name | alexa qual é a capital da república do chile | CL
official-name | alexa qual é a capital da república do paraguai | PY
official-name | alexa qual é a capital da república de cuba | CU
official-name | alexa qual a capital da república do haiti | HT
official-name | alexa qual a capital da república federal da nigéria | NG
official-name | alexa qual é a capital da república de cabo verde | CV
official-name | alexa qual é a capital da república democrática de são tomé e príncipe | ST
official-name | alexa qual a capital da república da guiné-bissau | GW
official-name | alexa qual a capital do reino do marrocos | MA
official-name | alexa qual a capital do reino da tailândia | TH
official-name | alexa qual a capital do reino da noruega | NO
official-name | alexa qual é a capital do reino dos países baixos | NL
official-name | alexa qual a capital da república helênica | GR
official-name | alexa qual é a capital da república italiana | IT
official-name | alexa qual é a capital da república da turquia | TR
official-name | alexa qual a capital do estado de israel | IL
official-name | alexa qual é a capital da república federal democrática da etiópia | ET
official-name | alexa qual a capital do estado independente de papua-nova guiné | PG
official-name | alexa qual a capital da república islâmica do paquistão | PK
official-name | alexa qual é a capital do sultanato de omã | OM
official-name | alexa qual é a capital do estado do catar | QA
official-name | alexa qual a capital da comunidade das bahamas | BS
official-name | alexa qual é a capital dos estados federados da micronésia | FM
everyday-name | alexa qual a capital da gringolândia | US
everyday-name | alexa égua qual a capital da guiana dos franceses | GF
everyday-name | alexa qual a capital da nossa terra mãe portugal | PT
everyday-name | alexa qual a capital do país dos cangurus | AU
everyday-name | alexa qual a capital da terra dos faraós | EG
everyday-name | alexa qual a capital da terra do tango | AR
everyday-name | alexa qual é a capital da terra das tulipas | NL
everyday-name | alexa qual é a capital da terra do samba o brasil | BR
everyday-name | alexa qual a capital do país do futebol | BR
everyday-name | alexa qual é a capital do estado das alterosas | BR-MG
everyday-name | alexa qual a capital da terra do pão de queijo | BR-MG
everyday-name | alexa qual é a capital da terra do açaí o pará | BR-PA
everyday-name | alexa qual a capital da suazilândia de antigamente | SZ
everyday-name | alexa qual é a capital da ilha de formosa | TW
everyday-name | alexa qual é a capital da coreia comunista | KP
everyday-name | alexa qual a capital da mãe rússia | RU
everyday-name | alexa qual a capital do kampuchea | KH
everyday-name | alexa qual é a capital do sião | TH
everyday-name | alexa qual a capital do alto volta | BF
everyday-name | alexa qual é a capital da abissínia | ET
everyday-name | alexa qual a capital das ilhas maurício | MU
everyday-name | alexa qual a capital da holanda caribenha | BQ
everyday-name | alexa qual a capital da república checa | CZ
everyday-name | alexa qual a capital da chéquia | CZ
everyday-name | alexa qual é a capital do burkina | BF
shared-name | alexa mano qual a capital do congo que fala francês | CD+CG
shared-name | alexa a capital da coreia macho | KP+KR
shared-name | alexa uai a capital da geórgia qual é | GE+US-GA
shared-name | alexa e a geórgia a capital | GE+US-GA
shared-name | alexa ilhas virgens capital | VG+VI
shared-name | alexa qual a capital das ilhas virgens do caribe | VG+VI
shared-name | alexa o cliente congolês perguntou a capital do congo | CD+CG
shared-name | alexa qual é a capital de cada coreia | KP+KR
shared-name | alexa as capitais dos dois congos quais são | CD+CG
shared-name | alexa capital da geórgia que eu vi no jornal | GE+US-GA
shared-name | alexa me diz a capital das coreias por favor | KP+KR
shared-name | alexa as ilhas virgens têm capital qual | VG+VI
territory | alexa égua qual é a capital da guiana francesa que faz fronteira com o amapá | GF
territory | alexa o paciente é da martinica qual a capital de lá | MQ
territory | alexa a cliente foi pra aruba qual é a capital de lá | AW
territory | alexa a manicure quer ir pra curaçao qual a capital | CW
territory | alexa meu chefe tá nas ilhas cayman qual a capital | KY
territory | alexa o motoboy quer saber a capital de porto rico | PR
territory | alexa uai qual a capital das bermudas | BM
territory | alexa o residente falou da groenlândia qual a capital | GL
territory | alexa mano qual a capital da ilha de guadalupe no caribe | GP
territory | alexa qual é a capital da reunião a ilha francesa | RE
territory | alexa macho qual a capital do taiti | PF
territory | alexa qual é a capital das ilhas faroe | FO
territory | alexa qual a capital da ilha de jersey | JE
territory | alexa qual a capital da ilha de guernsey | GG
territory | alexa mermão qual a capital de gibraltar | GI
territory | alexa qual a capital das ilhas falkland | FK
territory | alexa qual é a capital da ilha de santa helena onde napoleão morreu | SH
territory | alexa qual é a capital do arquipélago de svalbard | SJ
territory | alexa qual é a capital de aland | AX
territory | alexa qual a capital de sint maarten a parte holandesa | SX
territory | alexa qual é a capital de anguila | AI
territory | alexa qual a capital das turks e caicos | TC
territory | alexa qual é a capital de saint pierre e miquelon | PM
territory | alexa qual a capital de wallis e futuna no pacífico | WF
territory | alexa qual a capital de saint barth | BL
territory | alexa a capital de saint martin | MF
territory | alexa qual a capital de mayotte perto de madagascar | YT
territory | alexa qual é a capital da nova caledônia no pacífico | NC
territory | alexa qual a capital das ilhas marianas | MP
territory | alexa qual é a capital de guam a ilha americana | GU
territory | alexa qual é a capital da samoa americana que é dos estados unidos | AS
territory | alexa qual é a capital das ilhas cook na oceania | CK
territory | alexa niue tem capital qual | NU
territory | alexa qual é a capital de tokelau da nova zelândia | TK
territory | alexa qual é a capital das ilhas pitcairn do motim do bounty | PN
territory | alexa qual a capital da ilha norfolk na austrália | NF
territory | alexa qual é a capital da ilha do natal | CX
territory | alexa qual é a capital das ilhas cocos keeling | CC
territory | alexa qual a capital do saara ocidental do marrocos | EH
territory | alexa a antártica tem capital | AQ
territory | alexa qual é a capital de hong kong | HK
territory | alexa a capital de macau qual é | MO
territory | alexa qual é a capital da ilha de man no mar da irlanda | IM
territory | alexa qual é a capital das ilhas geórgia do sul e sandwich do sul | GS
territory | alexa qual a capital de diego garcia o território britânico | IO
territory | alexa qual a capital das terras austrais francesas | TF
territory | alexa as ilhas menores dos estados unidos têm capital | UM
territory | alexa a ilha bouvet da noruega tem capital | BV
territory | alexa heard e mcdonald tem capital | HM
territory | alexa qual a capital das ilhas virgens dos estados unidos | VI
territory | alexa qual a capital das ilhas virgens inglesas | VG
territory | alexa qual a capital de bonaire santo eustáquio e saba | BQ
paraense-speech | alexa égua mana qual a capital do amapá que é aqui do lado | BR-AP
paraense-speech | alexa maninho a capital do tocantins qual é | BR-TO
paraense-speech | alexa aqui de belém eu quero saber a capital do suriname | SR
paraense-speech | alexa a mana de santarém perguntou a capital da guiana | GY
paraense-speech | alexa égua que capital é a do maranhão | BR-MA
paraense-speech | alexa tô vendendo açaí pro gringo e ele quer saber a capital da holanda | NL
paraense-speech | alexa pai d'égua qual a capital da guiana francesa | GF
paraense-speech | alexa o turista japonês no ver-o-peso perguntou a capital do japão | JP
paraense-speech | alexa égua a capital de portugal é lisboa né mana | PT
paraense-speech | alexa lá no marajó me perguntaram a capital da frança por causa dos búfalos | FR
maranhense-speech | alexa é mermo a capital do piauí é teresina | BR-PI
maranhense-speech | alexa rapaz qual a capital do pará | BR-PA
maranhense-speech | alexa o jamaicano do reggae perguntou a capital da jamaica | JM
maranhense-speech | alexa lá em imperatriz qual a capital do tocantins | BR-TO
maranhense-speech | alexa é mermo qual a capital da frança que fundou são luís | FR
maranhense-speech | alexa no são joão o cantador perguntou a capital da paraíba | BR-PB
maranhense-speech | alexa rapaz me diz a capital do ceará | BR-CE
maranhense-speech | alexa o turista holandês nos lençóis quer saber a capital da holanda | NL
mineiro-speech | alexa uai qual a capital do rio de janeiro | BR-RJ
mineiro-speech | alexa sô qual é a capital de são paulo | BR-SP
mineiro-speech | alexa ô trem qual é a capital da bahia | BR-BA
mineiro-speech | alexa uai cê sabe a capital de goiás | BR-GO
mineiro-speech | alexa lá em barbacena perguntaram a capital da itália | IT
mineiro-speech | alexa uai qual é a capital do espírito santo que é vitória ou vila velha | BR-ES
mineiro-speech | alexa sô me fala a capital do distrito federal | BR-DF
mineiro-speech | alexa o primo que mora em boston quer a capital de massachusetts | US-MA
goiano-speech | alexa moço qual a capital do mato grosso | BR-MT
goiano-speech | alexa aqui em goiânia eu quero saber a capital do tocantins | BR-TO
goiano-speech | alexa no rodeio o peão perguntou a capital do texas | US-TX
goiano-speech | alexa moço qual é a capital do mato grosso do sul | BR-MS
goiano-speech | alexa a dupla sertaneja vai pra portugal qual a capital de lá | PT
goiano-speech | alexa lá em anápolis qual a capital de minas gerais | BR-MG
goiano-speech | alexa o boiadeiro quer saber a capital da austrália | AU
carioca-speech | alexa caraca qual a capital do espírito santo | BR-ES
carioca-speech | alexa mermão a capital de minas é bh mesmo | BR-MG
carioca-speech | alexa parceiro qual a capital da argentina | AR
carioca-speech | alexa aqui em madureira a tia quer saber a capital de angola | AO
carioca-speech | alexa o gringo na laje perguntou a capital da inglaterra | GB-ENG
carioca-speech | alexa caraca o rio já foi capital né mas qual é a capital do brasil hoje | BR
carioca-speech | alexa no trem da supervia me perguntaram a capital de são paulo | BR-SP
manauara-speech | alexa mano qual é a capital de roraima | BR-RR
manauara-speech | alexa parente a capital do acre é rio branco né | BR-AC
manauara-speech | alexa mano a capital da colômbia que é aqui perto | CO
manauara-speech | alexa aqui de manaus qual a capital do peru | PE
manauara-speech | alexa o colega da zona franca é coreano qual a capital da coreia do sul | KR
manauara-speech | alexa mano a capital da venezuela | VE
manauara-speech | alexa parente a capital de rondônia qual é | BR-RO
manauara-speech | alexa na fábrica de motos o japonês perguntou a capital do japão | JP
cearense-speech | alexa macho qual a capital do rio grande do norte | BR-RN
cearense-speech | alexa arre égua a capital do piauí qual é | BR-PI
cearense-speech | alexa vôti a capital de pernambuco é recife né | BR-PE
cearense-speech | alexa macho o italiano da beira-mar perguntou a capital da itália | IT
cearense-speech | alexa lá em juazeiro qual a capital da paraíba | BR-PB
cearense-speech | alexa macho a capital da alemanha pro alemão da praia de iracema | DE
cearense-speech | alexa o turista português quer a capital de portugal macho | PT
barbershop-talk | alexa o cliente na cadeira perguntou a capital do canadá | CA
barbershop-talk | alexa enquanto faço a barba aqui qual a capital do rio grande do sul | BR-RS
barbershop-talk | alexa o barbeiro apostou que a capital da austrália é sydney qual é | AU
barbershop-talk | alexa na barbearia discutiram a capital da turquia | TR
barbershop-talk | alexa o cliente que vai pra copa quer saber a capital do catar | QA
barbershop-talk | alexa passando a máquina aqui qual a capital de cuba | CU
barbershop-talk | alexa o menino do corte perguntou a capital da jamaica | JM
barbershop-talk | alexa o cliente que vai pra dubai quer a capital dos emirados árabes | AE
barbershop-talk | alexa o barbeiro venezuelano quer saber a capital do estado de roraima | BR-RR
barbershop-talk | alexa o cliente angolano perguntou a capital de angola | AO
salon-talk | alexa a cliente vai pra paris qual a capital da frança | FR
salon-talk | alexa a manicure perguntou a capital do ceará | BR-CE
salon-talk | alexa enquanto faço a unha me fala a capital da grécia | GR
salon-talk | alexa a cliente de lisboa quer saber a capital de pernambuco | BR-PE
salon-talk | alexa a moça do cabelo perguntou a capital de sergipe | BR-SE
salon-talk | alexa a noiva vai pras maldivas qual a capital de lá | MV
hospital-talk | alexa o paciente haitiano perguntou a capital do haiti | HT
hospital-talk | alexa a enfermeira vai pro canadá qual a capital de ontário | CA-ON
hospital-talk | alexa o residente vai fazer congresso na alemanha qual a capital da baviera | DE-BY
hospital-talk | alexa a técnica de enfermagem quer saber a capital do piauí | BR-PI
hospital-talk | alexa no plantão a gente apostou a capital do canadá | CA
hospital-talk | alexa a paciente de goa perguntou a capital do estado de goa | IN-GA
hospital-talk | alexa o médico cubano perguntou a capital de cuba | CU
motoboy-talk | alexa o cliente perguntou a capital de alagoas | BR-AL
motoboy-talk | alexa parado no posto qual a capital de sergipe | BR-SE
motoboy-talk | alexa o motoboy venezuelano quer saber a capital da venezuela | VE
motoboy-talk | alexa esperando no restaurante qual a capital do acre | BR-AC
motoboy-talk | alexa na chuva aqui qual a capital da inglaterra | GB-ENG
motoboy-talk | alexa o motoboy boliviano perguntou a capital da bolívia quais são | BO
feira-talk | alexa o feirante perguntou a capital do egito | EG
feira-talk | alexa a freguesa quer saber a capital do marrocos | MA
feira-talk | alexa o feirante japonês quer a capital do japão | JP
feira-talk | alexa aqui na banca de frutas qual a capital da bahia | BR-BA
feira-talk | alexa o vendedor de pastel chinês perguntou a capital da china | CN
feira-talk | alexa o senhor do caldo de cana quer a capital de pernambuco | BR-PE
feira-talk | alexa o feirante nordestino perguntou a capital do rio grande do norte | BR-RN
feira-talk | alexa a moça do queijo quer saber a capital de minas | BR-MG
home-office-talk | alexa o cliente de londres perguntou a capital da escócia | GB-SCT
home-office-talk | alexa o time de bangalore perguntou a capital de karnataka | IN-KA
home-office-talk | alexa a colega de toronto perguntou a capital do canadá | CA
home-office-talk | alexa o parceiro de munique quer a capital da alemanha | DE
home-office-talk | alexa o dev de lisboa perguntou a capital do brasil | BR
home-office-talk | alexa o cliente da cidade do méxico perguntou a capital de jalisco | MX-JAL
home-office-talk | alexa o time de hyderabad perguntou a capital de telangana | IN-TS
home-office-talk | alexa o cliente de sydney quer saber a capital da austrália | AU
home-office-talk | alexa meu chefe argentino perguntou a capital do uruguai | UY
yes-no-check | alexa égua a capital do amapá é macapá mesmo | BR-AP
yes-no-check | alexa a capital do tocantins é palmas né | BR-TO
yes-no-check | alexa é mermo a capital do maranhão é são luís ou imperatriz | BR-MA
yes-no-check | alexa uai a capital do espírito santo é vila velha | BR-ES
yes-no-check | alexa mermão a capital do rio é o rio mesmo | BR-RJ
yes-no-check | alexa mano a capital de roraima é boa vista | BR-RR
yes-no-check | alexa macho a capital da paraíba é campina grande | BR-PB
yes-no-check | alexa a capital de santa catarina é joinville | BR-SC
yes-no-check | alexa a capital da alemanha é munique né | DE
yes-no-check | alexa a capital da itália é milão | IT
yes-no-check | alexa a capital da espanha é barcelona | ES
yes-no-check | alexa a capital do japão é quioto ainda | JP
yes-no-check | alexa a capital da áfrica do sul é joanesburgo | ZA
yes-no-check | alexa a capital do equador é quito certo | EC
yes-no-check | alexa a capital da jamaica é kingston né | JM
reverse-question | alexa macapá é capital de qual estado | CITY:Macapá
reverse-question | alexa rio branco é capital de onde | CITY:Rio Branco
reverse-question | alexa joão pessoa é a capital de qual estado | CITY:João Pessoa
reverse-question | alexa maceió é capital de qual estado | CITY:Maceió
reverse-question | alexa paramaribo é capital de que país | CITY:Paramaribo
reverse-question | alexa caiena é capital de onde | CITY:Caiena
reverse-question | alexa georgetown é a capital de onde | CITY:Georgetown
reverse-question | alexa de que país a capital é quito | CITY:Quito
reverse-question | alexa adis abeba é capital de qual país | CITY:Adis Abeba
reverse-question | alexa de que país é a capital dacar | CITY:Dakar
reverse-question | alexa toronto é capital de quê | CITY:Toronto
reverse-question | alexa munique é a capital de onde | CITY:Munique
plural-capitals | alexa égua quais as capitais da bolívia mana | BO
plural-capitals | alexa o paciente boliviano falou das capitais da bolívia quais são | BO
plural-capitals | alexa o cliente sul-africano da barbearia falou das três capitais quais são as capitais da áfrica do sul | ZA
plural-capitals | alexa o colega de amsterdã perguntou as capitais dos países baixos | NL
plural-capitals | alexa o malaio do home office falou das capitais da malásia quais | MY
plural-capitals | alexa o enfermeiro do sri lanka perguntou as capitais do país dele | LK
plural-capitals | alexa o freguês palestino quer as capitais da palestina | PS
plural-capitals | alexa a cliente marfinense perguntou as capitais da costa do marfim | CI
plural-capitals | alexa o barbeiro do benin falou das capitais do benin quais são | BJ
plural-capitals | alexa as capitais de essuatíni que o paciente perguntou | SZ
out-of-domain | alexa égua que horas abre o mercado ver-o-peso | FB
out-of-domain | alexa quanto tá a passagem de barco pra soure | FB
out-of-domain | alexa toca o hino do paysandu | FB
out-of-domain | alexa toca o hino do remo | FB
out-of-domain | alexa qual a distância de belém pra macapá de barco | FB
out-of-domain | alexa é mermo que horas começa o bumba meu boi | FB
out-of-domain | alexa toca tribo de jah | FB
out-of-domain | alexa uai que horas sai o ônibus pra bh | FB
out-of-domain | alexa toca skank | FB
out-of-domain | alexa moço quanto tá a saca de soja em rio verde | FB
out-of-domain | alexa toca henrique e juliano | FB
out-of-domain | alexa caraca quanto tá o bilhete do trem | FB
out-of-domain | alexa toca zeca pagodinho | FB
out-of-domain | alexa mano vai chover em manaus hoje | FB
out-of-domain | alexa quando é o festival de parintins | FB
out-of-domain | alexa macho quanto tá o quilo da lagosta | FB
out-of-domain | alexa toca xand avião | FB
out-of-domain | alexa marca o próximo cliente pras três | FB
out-of-domain | alexa qual a melhor pomada pra cabelo | FB
out-of-domain | alexa quanto tempo leva uma progressiva | FB
out-of-domain | alexa qual o plantão de amanhã | FB
out-of-domain | alexa quantos mililitros tem uma ampola de soro | FB
out-of-domain | alexa qual o endereço da próxima entrega | FB
out-of-domain | alexa quanto tá a gasolina hoje | FB
out-of-domain | alexa quanto custa o pastel de carne | FB
out-of-domain | alexa me lembra da daily às nove | FB
out-of-domain | alexa agenda uma reunião com o cliente | FB
out-of-domain | alexa traduz bom dia pra inglês | FB
out-of-domain | alexa qual a capital do país basco | FB
out-of-domain | alexa qual a capital da lapônia | FB
out-of-domain | alexa qual é a capital da patagônia | FB
out-of-domain | alexa qual é a capital do sertão | FB
out-of-domain | alexa qual é a capital do nordeste | FB
out-of-domain | alexa qual a capital do planeta marte | FB
out-of-domain | alexa qual a capital da atlântida | FB
out-of-domain | alexa qual é a capital de hogwarts | FB
out-of-domain | alexa qual é a capital de gotham city | FB
out-of-domain | alexa o rio é a capital do samba | FB
out-of-domain | alexa qual é a capital brasileira mais quente | FB
out-of-domain | alexa qual capital do nordeste tem a melhor praia | FB
out-of-domain | alexa qual a capital do funk | FB
out-of-domain | alexa manaus é a capital da amazônia né | FB
out-of-domain | alexa qual era a capital do império otomano | FB
out-of-domain | alexa qual era a capital da iugoslávia | FB
out-of-domain | alexa qual era a capital do império português | FB
out-of-domain | alexa qual era a capital do brasil colônia | FB
out-of-domain | alexa quanto custa o voo pra capital do amazonas | FB
out-of-domain | alexa qual é o hotel mais barato na capital de portugal | FB
out-of-domain | alexa quais são as cores da bandeira do pará | FB
"""

if __name__ == "__main__":
    build_round(44, "pt", LINES, sys.argv, "tests/Eval/pt/round44/source/build_corpus.py")
