"""Round 42, Portuguese (pt-BR): a new author's own mix, written blind at the start of the forty-third session (brief
WRITER49.md), with speakers, situations and wordings chosen apart from round 41 (goianos, brasilienses, manezinhos,
paraibanos and potiguares, maranhenses and piauienses, sul-mato-grossenses, caipiras, speakers from Portugal, K-pop,
anime, developers, hospital, aviation, barracks, salon, university, radio, collectors) and the rounds it avoided
(round 40: gaúchos, mineiros, cearenses, pernambucanos, paraenses and roraimenses, paulistanos, gamers; round 39:
cariocas, baianos, manauaras, curitibanos, cuiabanos, capixabas, portunhol).

Regions: alagoanos of Maceió, Arapiraca and Penedo ("oxe", "bicha", "ei", "arre égua", "vixe", "ave maria", the
sururu, the Pajuçara), sergipanos of Aracaju, Itabaiana and Estância ("ô xente", "mainha", "painho", the Passarela do
Caranguejo, the Forró Caju), acreanos of Rio Branco, Cruzeiro do Sul, Xapuri and Brasiléia ("égua", "mano", the
baixaria breakfast, the Bolivian and Peruvian border, the seringueiro), rondonienses of Porto Velho, Ji-Paraná, Cacoal,
Vilhena and Guajará-Mirim (the Madeira river, the Madeira-Mamoré railway, the Jirau dam, migrants from the South),
amapaenses of Macapá, Santana, Oiapoque and Laranjal do Jari ("pai d'égua", "maninho", the Meio do Mundo, the
marabaixo, French Guiana across the river), tocantinenses of Palmas, Araguaína, Gurupi and Porto Nacional (the heat,
the Jalapão, the capim dourado, the Ilha do Bananal) and caiçaras of the coast of São Paulo and Rio (Ubatuba, Paraty,
Ilhabela, Cananéia, Santos, the Ilha Grande: canoes, tainha nets, the port and its ships' flags).
Brazilians abroad: Boston, Framingham, Newark, Orlando, Connecticut, London, Dublin, Lisbon, Coimbra, Toronto,
Vancouver, Sydney, Perth, Munich, Paris, Japan. Learners and migrants: Cape Verdean, Bissau-Guinean (UNILAB) and
Timorese students, Argentine tourists in Búzios, an Italian priest, a Polish nun, Moroccan, Turkish, Egyptian,
Vietnamese, Ghanaian, Angolan, Malian and São Tomé speakers, an Israeli backpacker, an old Japanese-born woman.
Code-switching: Brazilians who work in English ("boss", "bro", "what's the capital", English place names).
Situations: truck drivers (the BR-116, the BR-364, the Belém-Brasília, the PX radio, the customs queue), fishermen
(the rancho, the tarrafa, the jangada), school (the geography teacher, the ENEM cursinho, the EJA, the gincana, the
olimpíada), church (missions, the youth group, the choir, the Sunday school), football (the Cartola, CSA, CRB,
Confiança, Rio Branco-AC), quizzes (Show do Milhão, the bar trivia, the game of stop, crosswords), a call center
in Aracaju, the kitchen and the bakery, family meals, children, elders and hesitations.

Out-of-domain: weather and time in the speakers' cities, music (Djavan, Calcinha Preta, Xand Avião, marabaixo,
Capital Inicial), football, recipes (sururu de capote, caranguejo, baixaria, tapioca), prices, smart-home and phone
requests, app deliveries and rides, trivia about capitals that is not "which is the capital", "capital" in other
senses (capital social, de giro, humano, pena capital, pecados capitais, letra capital, ganho de capital, Marx,
"capital do forró", "do caranguejo", "do café", "da moda"), fictional places (Wakanda, Nárnia, Mordor, Atlântida, Tão
Tão Distante, Asgard, Macondo, the Sítio do Picapau Amarelo), historical states (the Roman, Ottoman and Byzantine
empires, Czechoslovakia, East Germany, Babylon, the Quilombo dos Palmares, the Território do Guaporé), and regions with
no capital in the data (Andalusia, Brittany, Tuscany, the Basque Country, Sardinia, Patagonia, the Amazon, the
Nordeste, the Sertão, the Triângulo Mineiro, the Azores, the Canaries, Siberia, Tibet, Chechnya, Crimea, Fernando de
Noronha, Scandinavia, continents).

Yes/no checks expect the place asked about, right or wrong; self-corrections expect the last place named after the
marker; reverse questions CITY:<capital> as languages/pt.json names it; a bare shared name every place in ordinal order.

Sources: LINES below in the round-12 entry format (`family | frame or sentence | expected`; a fill carries its own
preposition and article; every frame is used once with at most three fills), built by build_round of
tests/Eval/source/round12_hinl_corpus.py (round 42), dropping every (utterance, locale) pair of the earlier Portuguese
rounds. Every sentence was written by hand as one utterance."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
alagoano-speech | alexa painho aqui de maceió quer saber a capital {} | da frança=FR; da alemanha=DE; da itália=IT
alagoano-speech | alexa oxe qual é a capital {} visse | da espanha=ES; de portugal=PT; da irlanda=IE
alagoano-speech | alexa tô na pajuçara e me deu vontade de saber a capital {} | do reino unido=GB; da bélgica=BE; do luxemburgo=LU
alagoano-speech | alexa lá em arapiraca o povo quer saber a capital {} | da áustria=AT; da suíça=CH; de liechtenstein=LI
alagoano-speech | alexa ei bicha me diz a capital {} | da dinamarca=DK; da noruega=NO; da suécia=SE
alagoano-speech | alexa depois do sururu me responde a capital {} | da finlândia=FI; da islândia=IS; da estônia=EE
sergipano-speech | alexa aqui em aracaju a gente quer a capital {} | da letônia=LV; da lituânia=LT; da polônia=PL
sergipano-speech | alexa na orla de atalaia surgiu a pergunta qual a capital {} | da tchéquia=CZ; da eslováquia=SK; da hungria=HU
sergipano-speech | alexa mainha tá perguntando qual a capital {} | da romênia=RO; da bulgária=BG; da grécia=GR
sergipano-speech | alexa ô xente diz aí a capital {} | da croácia=HR; da eslovênia=SI; da sérvia=RS
sergipano-speech | alexa me ajuda aqui qual a capital {} rapaz | da bósnia=BA; de montenegro=ME; da albânia=AL
acreano-speech | alexa aqui de rio branco qual é a capital {} | da macedônia do norte=MK; do kosovo=XK; da moldávia=MD
acreano-speech | alexa égua mano me fala a capital {} | da ucrânia=UA; da bielorrússia=BY; da rússia=RU
acreano-speech | alexa o acre existe sim e eu quero saber a capital {} | de andorra=AD; de mônaco=MC; de san marino=SM
acreano-speech | alexa lá de cruzeiro do sul perguntaram a capital {} | de malta=MT; de chipre=CY; do vaticano=VA
rondoniense-speech | alexa aqui em porto velho a gente tava discutindo a capital {} | da turquia=TR; da geórgia no cáucaso=GE; da armênia=AM
rondoniense-speech | alexa em ji-paraná ninguém sabe a capital {} | do azerbaijão=AZ; do cazaquistão=KZ; do uzbequistão=UZ
rondoniense-speech | alexa na beira do madeira me diz a capital {} | do turcomenistão=TM; do quirguistão=KG; do tadjiquistão=TJ
amapaense-speech | alexa aqui no meio do mundo em macapá qual é a capital {} | do afeganistão=AF; do paquistão=PK; da índia=IN
amapaense-speech | alexa lá no oiapoque perguntaram a capital {} | do nepal=NP; do butão=BT; de bangladesh=BD
amapaense-speech | alexa pai d'égua me fala a capital {} | do sri lanka=LK; das maldivas=MV; da mongólia=MN
amapaense-speech | alexa na fortaleza de são josé apareceu a dúvida da capital {} | da china=CN; do japão=JP; da coreia do sul=KR
amapaense-speech | alexa maninho qual a capital {} | da coreia do norte=KP; de taiwan=TW; do vietnã=VN
tocantinense-speech | alexa aqui em palmas tá um calorão qual a capital {} | do laos=LA; do camboja=KH; da tailândia=TH
tocantinense-speech | alexa lá em araguaína o pessoal quer saber a capital {} | de mianmar=MM; da malásia=MY; de singapura=SG
tocantinense-speech | alexa lá no jalapão sem sinal eu anotei pra perguntar a capital {} | da indonésia=ID; das filipinas=PH; de brunei=BN
tocantinense-speech | alexa rapaz qual é mesmo a capital {} | do timor-leste=TL; de papua-nova guiné=PG; da austrália=AU
tocantinense-speech | alexa minha vó de porto nacional perguntou a capital {} | da nova zelândia=NZ; de fiji=FJ; de samoa=WS
caicara-speech | alexa aqui da canoa em ubatuba qual é a capital {} | de tonga=TO; de vanuatu=VU; das ilhas salomão=SB
caicara-speech | alexa o pescador de paraty quer saber a capital {} | de quiribati=KI; de tuvalu=TV; de nauru=NR
caicara-speech | alexa na rede de pesca a gente falou da capital {} | da micronésia=FM; das ilhas marshall=MH; de palau=PW
caicara-speech | alexa lá em santos no canal seis me diz a capital {} | do egito=EG; da líbia=LY; da tunísia=TN
caicara-speech | alexa na ilhabela o turista perguntou a capital {} | da argélia=DZ; do marrocos=MA; da mauritânia=MR
caicara-speech | alexa a maré tá baixa e eu quero a capital {} | do mali=ML; do níger=NE; do chade=TD
abroad-talk | alexa aqui em boston sem ninguém pra perguntar qual a capital {} | do senegal=SN; da gâmbia=GM; da guiné-bissau=GW
abroad-talk | alexa moro em londres faz dez anos e esqueci a capital {} | da guiné=GN; de serra leoa=SL; da libéria=LR
abroad-talk | alexa brasileira em dublin aqui qual é a capital {} | da costa do marfim=CI; de gana=GH; do togo=TG
abroad-talk | alexa no restaurante em framingham o patrão perguntou a capital {} | do benin=BJ; da nigéria=NG; de burkina faso=BF
abroad-talk | alexa aqui em lisboa os colegas querem a capital {} | de cabo verde=CV; de são tomé e príncipe=ST; da guiné equatorial=GQ
abroad-talk | alexa em newark no salão as meninas perguntaram a capital {} | de camarões=CM; do gabão=GA; da república centro-africana=CF
learner | alexa eu cabo-verdiano estudante aqui qual capital {} | da república do congo=CG; da república democrática do congo=CD; de angola=AO
learner | alexa sou guineense da unilab por favor capital {} | da zâmbia=ZM; do zimbábue=ZW; do malawi=MW
learner | alexa eu sou de timor estudar aqui você sabe capital {} | de moçambique=MZ; da tanzânia=TZ; do quênia=KE
learner | alexa eu argentino de vacaciones en búzios cuál es la capital {} | de uganda=UG; de ruanda=RW; do burundi=BI
learner | alexa io sono padre italiano qual é capital {} | da etiópia=ET; da eritreia=ER; de djibuti=DJ
learner | alexa eu marroquino mora em são paulo capital {} qual | da somália=SO; do sudão=SD; do sudão do sul=SS
trucker-talk | alexa tô na br cento e dezesseis parado no posto qual é a capital {} | da namíbia=NA; de botsuana=BW; da áfrica do sul=ZA
trucker-talk | alexa caminhoneiro aqui na boleia me fala a capital {} | do lesoto=LS; de essuatíni=SZ; de madagascar=MG
trucker-talk | alexa no rádio px o colega perguntou a capital {} | de maurício=MU; das seicheles=SC; de comores=KM
trucker-talk | alexa rodando a noite inteira me distrai com a capital {} | do canadá=CA; dos estados unidos=US; do méxico=MX
fishing-talk | alexa o peixe não tá pegando então me diz a capital {} | da guatemala=GT; de belize=BZ; de honduras=HN
fishing-talk | alexa lá no rancho de pesca do araguaia a turma quer a capital {} | de el salvador=SV; da nicarágua=NI; da costa rica=CR
fishing-talk | alexa jogando a tarrafa aqui qual é a capital {} | do panamá=PA; de cuba=CU; da jamaica=JM
school-talk | alexa professora de geografia aqui qual é a capital {} | do haiti=HT; da república dominicana=DO; das bahamas=BS
school-talk | alexa é pra prova de amanhã qual a capital {} | de barbados=BB; de trinidad e tobago=TT; de granada=GD
school-talk | alexa no cursinho pro enem caiu a capital {} | de santa lúcia=LC; de são vicente e granadinas=VC; de dominica=DM
school-talk | alexa a tia da escola pediu pra pesquisar a capital {} | de antígua e barbuda=AG; de são cristóvão e névis=KN; da guiana=GY
church-talk | alexa o pastor vai viajar em missão qual a capital {} | do suriname=SR; da venezuela=VE; da colômbia=CO
church-talk | alexa no grupo de jovens da igreja perguntaram a capital {} | do equador=EC; do peru=PE; da bolívia=BO
church-talk | alexa a irmã do coral quer saber a capital {} | do chile=CL; da argentina=AR; do uruguai=UY
church-talk | alexa o padre falou na missa da terra santa qual é a capital {} | do paraguai=PY; do brasil=BR; de israel=IL
football-talk | alexa a seleção vai jogar lá qual é a capital {} | da palestina=PS; do líbano=LB; da síria=SY
football-talk | alexa no cartola o pessoal apostou sobre a capital {} | da jordânia=JO; do iraque=IQ; do irã=IR
football-talk | alexa vai ter copa lá qual é a capital {} | da arábia saudita=SA; do catar=QA; do kuwait=KW
quiz-talk | alexa valendo um milhão qual a capital {} | do bahrein=BH; dos emirados árabes=AE; de omã=OM
quiz-talk | alexa no quiz do bar a pergunta é a capital {} | do iêmen=YE; da holanda=NL
subdivision | alexa qual é a capital {} | de alagoas=BR-AL; de sergipe=BR-SE; do acre=BR-AC
subdivision | alexa me diz rapidinho a capital {} | de rondônia=BR-RO; do amapá=BR-AP; do tocantins=BR-TO
subdivision | alexa a menina da terceira série quer a capital {} | de roraima=BR-RR; do amazonas=BR-AM; do pará=BR-PA
subdivision | alexa tô fazendo o mapa do brasil qual a capital {} | do maranhão=BR-MA; do piauí=BR-PI; do ceará=BR-CE
subdivision | alexa pro trabalho de estudos sociais qual é a capital {} | do rio grande do norte=BR-RN; da paraíba=BR-PB; de pernambuco=BR-PE
subdivision | alexa no caminhão a gente passou por lá qual a capital {} | da bahia=BR-BA; de minas gerais=BR-MG; do espírito santo=BR-ES
subdivision | alexa minha prima mudou pra lá qual é a capital {} | do rio de janeiro=BR-RJ; de são paulo o estado=BR-SP; do paraná=BR-PR
subdivision | alexa de ônibus eu vou atravessar o sul qual a capital {} | de santa catarina=BR-SC; do rio grande do sul=BR-RS; do mato grosso do sul=BR-MS
subdivision | alexa eu nunca lembro a capital {} | do mato grosso=BR-MT; de goiás=BR-GO; do distrito federal=BR-DF
subdivision | alexa o caminhoneiro americano perguntou a capital {} | do alabama=US-AL; do alasca=US-AK; do arizona=US-AZ
subdivision | alexa na série que eu tô vendo falaram da capital {} | do arkansas=US-AR; da califórnia=US-CA; do colorado=US-CO
subdivision | alexa meu cunhado mora nos estados unidos qual a capital {} | de connecticut=US-CT; de delaware=US-DE; da flórida=US-FL
subdivision | alexa lá nos states qual é a capital {} | do havaí=US-HI; de idaho=US-ID; de illinois=US-IL
subdivision | alexa pra aplicação do green card pediram a capital {} | de indiana=US-IN; de iowa=US-IA; do kansas=US-KS
subdivision | alexa no filme de faroeste falaram a capital {} | do kentucky=US-KY; da louisiana=US-LA; do maine=US-ME
subdivision | alexa a minha cliente americana perguntou a capital {} | de maryland=US-MD; de massachusetts=US-MA; de michigan=US-MI
subdivision | alexa tô estudando pro teste de cidadania qual a capital {} | de minnesota=US-MN; do mississippi=US-MS; do missouri=US-MO
subdivision | alexa qual a capital do estado americano {} | de montana=US-MT; de nebraska=US-NE; de nevada=US-NV
subdivision | alexa quero saber a capital {} lá nos estados unidos | de new hampshire=US-NH; de nova jersey=US-NJ; do novo méxico=US-NM
subdivision | alexa qual é a capital {} que não é a cidade grande | de nova york=US-NY; do texas=US-TX; da califórnia que não é los angeles=US-CA
subdivision | alexa no jogo de perguntas saiu a capital {} | da carolina do norte=US-NC; da dakota do norte=US-ND; de ohio=US-OH
subdivision | alexa o gringo do hostel perguntou a capital {} | de oklahoma=US-OK; do oregon=US-OR; da pensilvânia=US-PA
subdivision | alexa qual que é a capital {} hein | de rhode island=US-RI; da carolina do sul=US-SC; da dakota do sul=US-SD
subdivision | alexa a música country fala de lá qual a capital {} | do tennessee=US-TN; de utah=US-UT; de vermont=US-VT
subdivision | alexa e a capital {} qual é | da virgínia=US-VA; do estado de washington=US-WA; da virgínia ocidental=US-WV
subdivision | alexa sabe me dizer a capital {} | de wisconsin=US-WI; de wyoming=US-WY; da geórgia dos estados unidos=US-GA
subdivision | alexa a capital {} lá no canadá qual é | de ontário=CA-ON; do quebec=CA-QC; da colúmbia britânica=CA-BC
subdivision | alexa meu irmão foi fazer intercâmbio lá qual a capital {} | de alberta=CA-AB; de manitoba=CA-MB; de saskatchewan=CA-SK
subdivision | alexa província canadense qual a capital {} | da nova escócia=CA-NS; de new brunswick=CA-NB; da ilha do príncipe eduardo=CA-PE
subdivision | alexa lá no norte gelado do canadá qual é a capital {} | de terra nova e labrador=CA-NL; do yukon=CA-YT; dos territórios do noroeste=CA-NT
subdivision | alexa e a capital {} onde vivem os inuítes | do nunavut=CA-NU
subdivision | alexa fui de working holiday pra austrália qual a capital {} | de nova gales do sul=AU-NSW; de queensland=AU-QLD; de victoria=AU-VIC
subdivision | alexa na austrália qual a capital {} | da austrália ocidental=AU-WA; da austrália do sul=AU-SA; da tasmânia=AU-TAS
subdivision | alexa e lá na austrália a capital {} | do território do norte=AU-NT; do território da capital australiana=AU-ACT
subdivision | alexa na oktoberfest de blumenau perguntaram a capital {} | da baviera=DE-BY; de baden-württemberg=DE-BW; de hesse=DE-HE
subdivision | alexa estado alemão qual é a capital {} | da saxônia=DE-SN; da turíngia=DE-TH; da saxônia-anhalt=DE-ST
subdivision | alexa meu bisavô veio da alemanha de lá qual a capital {} | da pomerânia que hoje é meclemburgo-pomerânia ocidental=DE-MV; de schleswig-holstein=DE-SH; da baixa saxônia=DE-NI
subdivision | alexa no mapa da alemanha qual é a capital {} | da renânia do norte-vestfália=DE-NW; da renânia-palatinado=DE-RP; do sarre=DE-SL
subdivision | alexa qual é a capital do estado {} na alemanha | de brandemburgo=DE-BB; de bremen=DE-HB; de hamburgo=DE-HH
subdivision | alexa berlim é cidade e estado então qual a capital {} | de berlim o estado=DE-BE
subdivision | alexa no reino unido qual a capital {} | da escócia=GB-SCT; do país de gales=GB-WLS; da irlanda do norte=GB-NIR
subdivision | alexa e a capital {} é londres mesmo | da inglaterra=GB-ENG
subdivision | alexa no filme de bollywood falaram do estado {} qual a capital | de maharashtra=IN-MH; de kerala=IN-KL; de tamil nadu=IN-TN
subdivision | alexa o colega indiano da firma é {} qual é a capital de lá | de karnataka=IN-KA; de telangana=IN-TS; de andhra pradesh=IN-AP
subdivision | alexa estado da índia qual é a capital {} | de gujarat=IN-GJ; do rajastão=IN-RJ; do punjab=IN-PB
subdivision | alexa qual é a capital {} na índia | de uttar pradesh=IN-UP; de bihar=IN-BR; de bengala ocidental=IN-WB
subdivision | alexa a monja do centro de yoga falou {} qual a capital | de himachal pradesh=IN-HP; de haryana=IN-HR; de madhya pradesh=IN-MP
subdivision | alexa lá no nordeste da índia qual a capital {} | de assam=IN-AS; de meghalaya=IN-ML; de manipur=IN-MN
subdivision | alexa e a capital {} lá perto da china | de arunachal pradesh=IN-AR; de sikkim=IN-SK; de nagaland=IN-NL
subdivision | alexa na índia me fala a capital {} | de mizoram=IN-MZ; de tripura=IN-TR; de odisha=IN-OD
subdivision | alexa pro meu trabalho sobre a índia a capital {} | de jharkhand=IN-JH; de chhattisgarh=IN-CG; de goa=IN-GA
subdivision | alexa território da índia qual a capital {} | de chandigarh=IN-CH; de lakshadweep=IN-LD; das ilhas andaman e nicobar=IN-AN
subdivision | alexa qual é a capital {} na índia aquele território | de ladakh=IN-LA; de dadra e nagar haveli e daman e diu=IN-DH; de pondicherry=IN-PY
subdivision | alexa no méxico qual é a capital {} | de jalisco=MX-JAL; de nuevo león=MX-NLE; de yucatán=MX-YUC
subdivision | alexa vou pra cancún qual é a capital {} | de quintana roo=MX-ROO; de campeche=MX-CAM; de tabasco=MX-TAB
subdivision | alexa assistindo novela mexicana qual a capital {} | de veracruz=MX-VER; de puebla=MX-PUE; de oaxaca=MX-OAX
subdivision | alexa estado do méxico qual é a capital {} | de chiapas=MX-CHP; de guerrero=MX-GRO; de michoacán=MX-MIC
subdivision | alexa aquele estado mexicano {} qual é a capital | de sonora=MX-SON; de sinaloa=MX-SIN; de chihuahua=MX-CHH
subdivision | alexa no méxico do norte qual a capital {} | de coahuila=MX-COA; de tamaulipas=MX-TAM; de durango=MX-DUR
subdivision | alexa e a capital {} no méxico | da baixa califórnia=MX-BCN; da baixa califórnia do sul=MX-BCS; de nayarit=MX-NAY
subdivision | alexa o mariachi da festa é {} qual a capital de lá | de zacatecas=MX-ZAC; de aguascalientes=MX-AGU; de san luis potosí=MX-SLP
subdivision | alexa mexicano do curso qual é a capital {} | de guanajuato=MX-GUA; de querétaro=MX-QUE; de hidalgo=MX-HID
subdivision | alexa perto da cidade do méxico qual a capital {} | do estado de méxico=MX-MEX; de morelos=MX-MOR; de tlaxcala=MX-TLA
subdivision | alexa na costa do pacífico mexicano qual a capital {} | de colima=MX-COL
subdivision | alexa a cidade do méxico tem capital própria | MX-CMX
subdivision | alexa e washington dc tem capital | US-DC
subdivision | alexa qual é a capital de jammu e caxemira | IN-JK
subdivision | alexa qual a capital de uttarakhand | IN-UK
subdivision | alexa a capital de delhi o território qual é | IN-DL
territory | alexa qual seria a capital {} | da groenlândia=GL; das ilhas faroé=FO; de svalbard=SJ
territory | alexa território ultramarino qual a capital {} | da guiana francesa=GF; de guadalupe=GP; da martinica=MQ
territory | alexa lá do oiapoque dá pra ver a guiana e qual é a capital {} | da guiana francesa que fica do outro lado do rio=GF
territory | alexa no cruzeiro pelo caribe qual a capital {} | de aruba=AW; de curaçao=CW; de bonaire=BQ
territory | alexa no caribe a capital {} qual é | de porto rico=PR; das ilhas virgens americanas=VI; das ilhas virgens britânicas=VG
territory | alexa e a capital {} no caribe | das ilhas cayman=KY; das ilhas turcas e caicos=TC; de anguilla=AI
territory | alexa a capital {} qual é | de são martinho=MF; de sint maarten=SX; de são bartolomeu=BL
territory | alexa ô me diz a capital {} | das bermudas=BM; de montserrat=MS; das malvinas=FK
territory | alexa no oceano pacífico qual a capital {} | da polinésia francesa=PF; da nova caledônia=NC; de wallis e futuna=WF
territory | alexa e aquelas ilhas {} qual a capital | de guam=GU; das marianas do norte=MP; da samoa americana=AS
territory | alexa ilhas lá longe qual é a capital {} | das ilhas cook=CK; de niue=NU; de tokelau=TK
territory | alexa eu vi um documentário sobre {} qual é a capital | a ilha pitcairn=PN; a ilha norfolk=NF; a ilha christmas=CX
territory | alexa e a capital {} no índico | das ilhas cocos=CC; da reunião=RE; de mayotte=YT
territory | alexa do atlântico sul qual é a capital {} | de santa helena=SH; da geórgia do sul=GS; da ilha bouvet=BV
territory | alexa na europa qual a capital {} | de gibraltar=GI; da ilha de man=IM; de jersey=JE
territory | alexa e a capital {} no canal da mancha | de guernsey=GG
territory | alexa qual a capital {} na finlândia aquelas ilhas suecas | das ilhas aland=AX
territory | alexa e o território {} qual a capital | britânico do oceano índico=IO; francês do sul=TF; de são pedro e miquelão=PM
territory | alexa qual é a capital do saara ocidental | EH
territory | alexa a antártida tem capital | AQ
territory | alexa hong kong tem capital | HK
territory | alexa qual é a capital de macau onde falam português | MO
territory | alexa as ilhas menores distantes dos estados unidos têm capital | UM
territory | alexa as ilhas heard e mcdonald têm capital | HM
plural-capitals | alexa quais são as capitais da bolívia | BO
plural-capitals | alexa a bolívia tem duas capitais né quais são | BO
plural-capitals | alexa oxe a bolívia tem capital dupla quais são elas | BO
plural-capitals | alexa eu argentino la bolivia tiene dos capitales cuáles são | BO
plural-capitals | alexa quais são as três capitais da áfrica do sul | ZA
plural-capitals | alexa a áfrica do sul tem quantas capitais e quais são | ZA
plural-capitals | alexa me fala todas as capitais da áfrica do sul | ZA
plural-capitals | alexa quais são as capitais do benin | BJ
plural-capitals | alexa no quiz perguntaram as duas capitais do benin | BJ
plural-capitals | alexa quais as capitais da costa do marfim | CI
plural-capitals | alexa a costa do marfim tem duas capitais quais | CI
plural-capitals | alexa quais são as capitais do sri lanka | LK
plural-capitals | alexa o sri lanka tem duas capitais com nome comprido quais são | LK
plural-capitals | alexa quais são as capitais da malásia | MY
plural-capitals | alexa a malásia tem kuala lumpur e mais qual capital | MY
plural-capitals | alexa quais são as capitais da holanda | NL
plural-capitals | alexa os países baixos têm duas capitais quais são | NL
plural-capitals | alexa quais são as capitais de essuatíni | SZ
plural-capitals | alexa a antiga suazilândia tem duas capitais quais são | SZ
plural-capitals | alexa quais são as capitais da palestina | PS
plural-capitals | alexa a palestina tem mais de uma capital quais | PS
plural-capitals | alexa quais são as capitais de montserrat | MS
plural-capitals | alexa montserrat no caribe tem duas capitais né quais | MS
plural-capitals | alexa quais são as capitais de jammu e caxemira | IN-JK
plural-capitals | alexa jammu e caxemira tem capital de verão e de inverno quais são | IN-JK
plural-capitals | alexa quais são as capitais de uttarakhand | IN-UK
plural-capitals | alexa uttarakhand tem duas capitais quais são elas | IN-UK
plural-capitals | alexa quais as capitais do benim e da bolívia | BJ+BO
plural-capitals | alexa quais são as capitais da bolívia e do peru | BO+PE
plural-capitals | alexa me diz as capitais do chile e da argentina | AR+CL
plural-capitals | alexa quais são as capitais do uruguai e do paraguai | PY+UY
plural-capitals | alexa quero as capitais de alagoas e sergipe | BR-AL+BR-SE
plural-capitals | alexa as capitais do acre e de rondônia quais são | BR-AC+BR-RO
plural-capitals | alexa quais são as capitais da espanha e de portugal | ES+PT
plural-capitals | alexa capitais da noruega suécia e finlândia | FI+NO+SE
out-of-domain | alexa professora aqui quais são as capitais da região norte | FB
follow-up | alexa qual a capital do peru e da colômbia também | CO+PE
follow-up | alexa e a da venezuela | VE
follow-up | alexa e a do equador | EC
follow-up | alexa e do suriname | SR
follow-up | alexa e de sergipe qual é | BR-SE
follow-up | alexa e a de alagoas | BR-AL
follow-up | alexa tá e a do tocantins | BR-TO
follow-up | alexa beleza e a do amapá | BR-AP
follow-up | alexa e a de roraima mano | BR-RR
follow-up | alexa agora a do acre | BR-AC
follow-up | alexa e lá da guiana francesa | GF
follow-up | alexa e a capital da mongólia então | MN
follow-up | alexa ok e a da etiópia | ET
follow-up | alexa e a do vizinho cazaquistão | KZ
follow-up | alexa e o do lado da áustria a hungria | HU
follow-up | alexa tá certo e da tanzânia | TZ
follow-up | alexa e a da jamaica visse | JM
follow-up | alexa ah e do quênia qual é | KE
follow-up | alexa e a de goiás que eu esqueci | BR-GO
follow-up | alexa e do estado de washington | US-WA
follow-up | alexa então e a da escócia | GB-SCT
follow-up | alexa e a capital da baviera | DE-BY
follow-up | alexa e kerala | IN-KL
follow-up | alexa e yucatán | MX-YUC
follow-up | alexa e o quebec | CA-QC
follow-up | alexa e aí a da tasmânia | AU-TAS
follow-up | alexa massa e a da islândia | IS
follow-up | alexa e a capital do país vizinho o paraguai | PY
follow-up | alexa repete a capital do nepal | NP
follow-up | alexa pode repetir a capital do camboja | KH
follow-up | alexa não ouvi direito a capital da nigéria | NG
follow-up | alexa fala de novo a capital do cazaquistão mais devagar | KZ
follow-up | alexa e a de timor | TL
yes-no-check | alexa a capital de alagoas é maceió né | BR-AL
yes-no-check | alexa aracaju é a capital de sergipe | BR-SE
yes-no-check | alexa é verdade que a capital do acre é rio branco | BR-AC
yes-no-check | alexa porto velho é capital de rondônia ou de roraima | BR-RO
yes-no-check | alexa a capital do amapá é macapá certo | BR-AP
yes-no-check | alexa palmas é capital do tocantins mesmo | BR-TO
yes-no-check | alexa a capital da austrália é sydney | AU
yes-no-check | alexa a capital do canadá é toronto né | CA
yes-no-check | alexa a capital da turquia é istambul | TR
yes-no-check | alexa a capital da suíça é zurique ou genebra | CH
yes-no-check | alexa a capital do marrocos é casablanca né | MA
yes-no-check | alexa a capital da nigéria ainda é lagos | NG
yes-no-check | alexa a capital do vietnã é ho chi minh | VN
yes-no-check | alexa a capital da tanzânia é dar es salaam | TZ
yes-no-check | alexa a capital de mianmar ainda é rangum | MM
yes-no-check | alexa a capital do cazaquistão é almaty | KZ
yes-no-check | alexa a capital da nova zelândia é auckland certo | NZ
yes-no-check | alexa a capital dos estados unidos é nova york | US
yes-no-check | alexa confere pra mim se a capital do paquistão é karachi | PK
yes-no-check | alexa a capital da califórnia é los angeles | US-CA
yes-no-check | alexa a capital da flórida é miami né | US-FL
yes-no-check | alexa a capital do texas é houston | US-TX
yes-no-check | alexa a capital da escócia é glasgow | GB-SCT
yes-no-check | alexa a capital da baviera é munique | DE-BY
yes-no-check | alexa a capital de minas ainda é ouro preto né | BR-MG
yes-no-check | alexa a capital de pernambuco é olinda | BR-PE
yes-no-check | alexa tenho certeza que a capital de santa catarina é joinville tá certo | BR-SC
yes-no-check | alexa a capital do mato grosso do sul é campo grande ou cuiabá | BR-MS
yes-no-check | alexa a capital do benin é porto novo mesmo | BJ
yes-no-check | alexa a capital do quebec é montreal | CA-QC
yes-no-check | alexa a capital da índia é mumbai né | IN
yes-no-check | alexa a capital da bolívia é la paz ou sucre | BO
yes-no-check | alexa a capital da grécia é atenas ou esparta | GR
yes-no-check | alexa valendo um milhão a capital da eslovênia é liubliana | SI
self-correction | alexa qual a capital da suécia não da suíça | CH
self-correction | alexa capital da áustria ops austrália | AU
self-correction | alexa qual é a capital da eslováquia digo eslovênia | SI
self-correction | alexa capital do irã não do iraque | IQ
self-correction | alexa a capital da gâmbia quer dizer da zâmbia | ZM
self-correction | alexa capital de sergipe não pera de alagoas | BR-AL
self-correction | alexa qual é a capital de roraima não de rondônia | BR-RO
self-correction | alexa capital do acre opa do amapá | BR-AP
self-correction | alexa a capital da guiana não da guiana francesa | GF
self-correction | alexa qual a capital da nigéria não do níger | NE
self-correction | alexa capital da mauritânia ai errei de maurício | MU
self-correction | alexa qual é a capital da colômbia desculpa da costa rica | CR
self-correction | alexa capital do congo o democrático | CD
self-correction | alexa qual a capital da dominica não da república dominicana | DO
self-correction | alexa capital da virgínia a ocidental | US-WV
self-correction | alexa qual a capital da dakota do norte não do sul | US-SD
self-correction | alexa a capital da carolina do sul perdão do norte | US-NC
self-correction | alexa capital da baixa saxônia não só saxônia | DE-SN
self-correction | alexa qual a capital do punjab ou melhor de haryana | IN-HR
self-correction | alexa capital de guanajuato quer dizer de jalisco | MX-JAL
self-correction | alexa qual é a capital da letônia não lituânia | LT
self-correction | alexa capital do timor não do togo | TG
self-correction | alexa capital da eritreia ou melhor da etiópia | ET
self-correction | alexa a capital de tocantins hã não goiás | BR-GO
self-correction | alexa capital do laos ai não do camboja | KH
self-correction | alexa qual a capital da geórgia o país não o estado | GE
self-correction | alexa qual é a capital do mali quer dizer do malawi | MW
self-correction | alexa capital do sudão do sul não o sudão só | SD
reverse-question | alexa maceió é capital de qual estado | CITY:Maceió
reverse-question | alexa aracaju é capital de onde | CITY:Aracaju
reverse-question | alexa rio branco é capital do quê | CITY:Rio Branco
reverse-question | alexa porto velho é capital de que estado | CITY:Porto Velho
reverse-question | alexa macapá é capital de qual estado | CITY:Macapá
reverse-question | alexa palmas é capital de qual estado | CITY:Palmas
reverse-question | alexa boa vista é capital de onde mesmo | CITY:Boa Vista
reverse-question | alexa ulan bator é capital de que país | CITY:Ulan Bator
reverse-question | alexa de que país tegucigalpa é capital | CITY:Tegucigalpa
reverse-question | alexa ouagadougou é capital de onde | CITY:Ouagadougou
reverse-question | alexa bishkek é a capital de qual país | CITY:Bishkek
reverse-question | alexa paramaribo é capital de qual país | CITY:Paramaribo
reverse-question | alexa windhoek é capital de onde | CITY:Windhoek
reverse-question | alexa de onde é a capital vientiane | CITY:Vientiane
reverse-question | alexa montevidéu é capital de que país | CITY:Montevidéu
reverse-question | alexa tallahassee é capital de qual estado americano | CITY:Tallahassee
reverse-question | alexa cidade de sacramento é capital de onde | CITY:Sacramento
reverse-question | alexa edimburgo é capital do quê | CITY:Edimburgo
reverse-question | alexa munique é capital de qual estado alemão | CITY:Munique
reverse-question | alexa chandigarh é capital de qual estado | CITY:Chandigarh
reverse-question | alexa caiena é capital de onde | CITY:Caiena
reverse-question | alexa praia é capital de qual país | CITY:Praia
reverse-question | alexa dili é capital de que país | CITY:Dili
reverse-question | alexa maputo é capital de onde | CITY:Maputo
reverse-question | alexa kingston é capital de qual lugar | CITY:Kingston
reverse-question | alexa victoria é capital de onde | CITY:Victoria
reverse-question | alexa saint john's é capital de onde | CITY:Saint John's
reverse-question | alexa nuuk é capital de onde | CITY:Nuuk
help | alexa como funciona esse negócio das capitais | HELP
help | alexa oxe como é que eu uso isso | HELP
help | alexa me explica o que eu posso perguntar | HELP
help | alexa ajuda aqui que eu não entendi nada | HELP
help | alexa socorro como que joga | HELP
help | alexa que perguntas você responde | HELP
help | alexa o que é que esse aplicativo faz | HELP
help | alexa tô perdido me ajuda | HELP
help | alexa minha vó quer usar como ela pergunta | HELP
help | alexa égua mano como funciona | HELP
help | alexa preciso de uma ajudinha aqui | HELP
help | alexa quais são as opções | HELP
help | alexa eu posso perguntar de estado também como faz | HELP
help | alexa me dá umas instruções | HELP
help | alexa como que pergunta a capital de um país | HELP
help | alexa o que eu falo agora | HELP
help | alexa me ensina a usar | HELP
help | alexa help por favor | HELP
help | alexa eu sou estrangeiro como usar isso | HELP
help | alexa sou caminhoneiro e nunca usei isso como funciona | HELP
help | alexa pode me dar um exemplo de pergunta | HELP
help | alexa não sei o que dizer me ajuda | HELP
help | alexa como eu faço pra saber a capital de um estado | HELP
help | alexa que comandos tem aí | HELP
help | alexa maninho me ajuda aí | HELP
help | alexa o que dá pra fazer aqui | HELP
help | alexa ajuda por favor não tô entendendo | HELP
help | alexa ei bicha me explica como usa | HELP
stop | alexa para | STOP
stop | alexa para tudo | STOP
stop | alexa chega | STOP
stop | alexa chega por hoje | STOP
stop | alexa desliga | STOP
stop | alexa fica quieta | STOP
stop | alexa cala a boca | STOP
stop | alexa silêncio | STOP
stop | alexa sai | STOP
stop | alexa sair do jogo | STOP
stop | alexa encerra | STOP
stop | alexa encerrar | STOP
stop | alexa tchau | STOP
stop | alexa tchau tchau | STOP
stop | alexa já deu | STOP
stop | alexa já chega de capital | STOP
stop | alexa para de falar | STOP
stop | alexa oxe para | STOP
stop | alexa pode parar | STOP
stop | alexa pode desligar que eu vou dormir | STOP
stop | alexa fecha o jogo | STOP
stop | alexa sai daqui | STOP
stop | alexa stop | STOP
stop | alexa quieta mulher | STOP
stop | alexa termina | STOP
stop | alexa acabou | STOP
stop | alexa finaliza | STOP
stop | alexa para que o chefe chegou | STOP
stop | alexa desliga que a maré subiu | STOP
stop | alexa chega que o sermão vai começar | STOP
cancel | alexa cancela | CANCEL
cancel | alexa cancelar | CANCEL
cancel | alexa deixa pra lá | CANCEL
cancel | alexa esquece | CANCEL
cancel | alexa esquece isso | CANCEL
cancel | alexa deixa quieto | CANCEL
cancel | alexa não quero mais | CANCEL
cancel | alexa desisti | CANCEL
cancel | alexa esquece o que eu falei | CANCEL
cancel | alexa cancela essa pergunta | CANCEL
cancel | alexa deixa pra lá mano | CANCEL
cancel | alexa oxe esquece | CANCEL
cancel | alexa nada não | CANCEL
cancel | alexa deixa | CANCEL
cancel | alexa não precisa mais | CANCEL
cancel | alexa cancela aí | CANCEL
cancel | alexa esquece a capital | CANCEL
cancel | alexa deixa pra lá que eu já lembrei | CANCEL
cancel | alexa não era isso cancela | CANCEL
cancel | alexa anula | CANCEL
cancel | alexa pode cancelar | CANCEL
cancel | alexa deixa pra depois | CANCEL
cancel | alexa esquece maninho | CANCEL
cancel | alexa cancela que o pastor respondeu | CANCEL
cancel | alexa esquece que a professora já falou | CANCEL
cancel | alexa never mind | CANCEL
cancel | alexa deixa pra lá visse | CANCEL
cancel | alexa desconsidera | CANCEL
launch | alexa abrir capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo | LAUNCH
launch | alexa iniciar capitais do mundo | LAUNCH
launch | alexa inicia capitais do mundo | LAUNCH
launch | alexa abre o capitais do mundo | LAUNCH
launch | alexa joga capitais do mundo | LAUNCH
launch | alexa vamos jogar capitais do mundo | LAUNCH
launch | alexa bora jogar capitais do mundo | LAUNCH
launch | alexa abre a skill capitais do mundo | LAUNCH
launch | alexa abre o aplicativo das capitais | LAUNCH
launch | alexa pede pra capitais do mundo | LAUNCH
launch | alexa pergunta pra capitais do mundo | LAUNCH
launch | alexa carrega capitais do mundo | LAUNCH
launch | alexa oxe abre capitais do mundo | LAUNCH
launch | alexa liga capitais do mundo | LAUNCH
launch | alexa abre aquele jogo de capitais | LAUNCH
launch | alexa ativa capitais do mundo | LAUNCH
launch | alexa open world capitals | LAUNCH
launch | alexa abre capitais do mundo pra criançada | LAUNCH
launch | alexa abre capitais do mundo que a professora mandou | LAUNCH
launch | alexa coloca capitais do mundo | LAUNCH
launch | alexa quero jogar o jogo das capitais | LAUNCH
launch | alexa começa o jogo capitais do mundo | LAUNCH
official-name | alexa qual é a capital da república federativa do brasil | BR
official-name | alexa capital da república francesa | FR
official-name | alexa qual a capital da república federal da alemanha | DE
official-name | alexa qual é a capital do reino da espanha | ES
official-name | alexa capital da república portuguesa | PT
official-name | alexa qual a capital dos estados unidos mexicanos | MX
official-name | alexa capital da república argentina | AR
official-name | alexa qual é a capital do estado plurinacional da bolívia | BO
official-name | alexa capital da república bolivariana da venezuela | VE
official-name | alexa qual é a capital da república oriental do uruguai | UY
official-name | alexa capital da república popular da china | CN
official-name | alexa qual a capital da república da coreia | KR
official-name | alexa capital da república popular democrática da coreia | KP
official-name | alexa qual a capital da federação russa | RU
official-name | alexa capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | alexa qual é a capital do reino dos países baixos | NL
official-name | alexa qual a capital da república de angola | AO
official-name | alexa capital da república de moçambique | MZ
official-name | alexa qual é a capital da república de cabo verde | CV
official-name | alexa capital da república democrática de timor-leste | TL
official-name | alexa qual a capital da república islâmica do irã | IR
official-name | alexa capital do reino hachemita da jordânia | JO
official-name | alexa qual é a capital da república árabe do egito | EG
official-name | alexa capital da confederação suíça | CH
official-name | alexa qual a capital da comunidade da austrália | AU
official-name | alexa capital do estado da palestina | PS
official-name | alexa qual é a capital da república da china taiwan | TW
everyday-name | alexa qual é a capital da terra da rainha | GB
everyday-name | alexa capital da terra do tio sam | US
everyday-name | alexa qual a capital da terrinha | PT
everyday-name | alexa qual a capital da holanda | NL
everyday-name | alexa capital da inglaterra o país todo | GB
everyday-name | alexa qual é a capital da birmânia | MM
everyday-name | alexa capital do ceilão | LK
everyday-name | alexa qual a capital da pérsia | IR
everyday-name | alexa capital da suazilândia | SZ
everyday-name | alexa qual é a capital da república tcheca | CZ
everyday-name | alexa capital da costa do marfim | CI
everyday-name | alexa qual a capital do zaire | CD
everyday-name | alexa capital de burma | MM
everyday-name | alexa qual é a capital da terra do sol nascente | JP
everyday-name | alexa capital da terra dos cangurus | AU
everyday-name | alexa capital da terra do samba | BR
everyday-name | alexa qual é a capital de sampa o estado | BR-SP
everyday-name | alexa capital das minas gerais | BR-MG
everyday-name | alexa qual a capital da terra do cacau o estado da bahia | BR-BA
everyday-name | alexa capital de cabo verde a terra da morna | CV
everyday-name | alexa qual é a capital da ilha formosa | TW
everyday-name | alexa capital da boa terra | BR-BA
everyday-name | alexa capital da terra do frevo | BR-PE
out-of-domain | alexa qual é a capital do país das maravilhas | FB
shared-name | alexa qual é a capital do congo | CD+CG
shared-name | alexa capital dos dois congos | CD+CG
shared-name | alexa qual a capital da coreia | KP+KR
shared-name | alexa capital das duas coreias | KP+KR
shared-name | alexa qual é a capital da geórgia | GE+US-GA
shared-name | alexa capital da geórgia qual é | GE+US-GA
shared-name | alexa qual a capital das ilhas virgens | VG+VI
shared-name | alexa capital das ilhas virgens no caribe | VG+VI
shared-name | alexa as coreias qual a capital de cada uma | KP+KR
shared-name | alexa os congos têm qual capital | CD+CG
shared-name | alexa qual a capital congolesa | CD+CG
shared-name | alexa a capital coreana qual é | KP+KR
out-of-domain | alexa vai chover hoje em maceió | FB
out-of-domain | alexa qual a previsão do tempo pra aracaju amanhã | FB
out-of-domain | alexa tá fazendo quantos graus em palmas | FB
out-of-domain | alexa que horas são em rio branco | FB
out-of-domain | alexa quantas horas de diferença do acre pra brasília | FB
out-of-domain | alexa toca djavan | FB
out-of-domain | alexa toca uma música do calcinha preta | FB
out-of-domain | alexa bota xand avião | FB
out-of-domain | alexa toca forró pé de serra | FB
out-of-domain | alexa toca marabaixo do amapá | FB
out-of-domain | alexa toca a música capital inicial fátima | FB
out-of-domain | alexa toca hino da rondônia | FB
out-of-domain | alexa quanto tá o jogo do csa | FB
out-of-domain | alexa o confiança ganhou ontem | FB
out-of-domain | alexa quem ganhou o jogo do crb | FB
out-of-domain | alexa quando é o próximo jogo do santos | FB
out-of-domain | alexa tabela do brasileirão | FB
out-of-domain | alexa como faz tapioca | FB
out-of-domain | alexa receita de sururu de capote | FB
out-of-domain | alexa como faz caranguejo na panela | FB
out-of-domain | alexa receita de baixaria acreana | FB
out-of-domain | alexa como faz peixe assado na brasa | FB
out-of-domain | alexa quanto tá o dólar hoje | FB
out-of-domain | alexa quanto tá o litro do diesel | FB
out-of-domain | alexa quanto custa uma passagem pra boston | FB
out-of-domain | alexa acende a luz da sala | FB
out-of-domain | alexa liga o ventilador | FB
out-of-domain | alexa desliga o ar condicionado em dez minutos | FB
out-of-domain | alexa coloca um alarme pras quatro da manhã | FB
out-of-domain | alexa me lembra de tomar o remédio | FB
out-of-domain | alexa liga pra mainha | FB
out-of-domain | alexa manda mensagem pro meu marido | FB
out-of-domain | alexa adiciona farinha na lista de compras | FB
out-of-domain | alexa conta uma piada | FB
out-of-domain | alexa canta parabéns | FB
out-of-domain | alexa qual é o sentido da vida | FB
out-of-domain | alexa você é casada | FB
out-of-domain | alexa quanto é sete vezes oito | FB
out-of-domain | alexa quanto é mil e quinhentos dividido por três | FB
out-of-domain | alexa como se diz obrigado em francês | FB
out-of-domain | alexa traduz saudade pro inglês | FB
out-of-domain | alexa qual é a maior cidade do brasil | FB
out-of-domain | alexa qual é o maior estado do brasil | FB
out-of-domain | alexa quantos estados tem o brasil | FB
out-of-domain | alexa quantos países tem na áfrica | FB
out-of-domain | alexa qual é o país mais populoso do mundo | FB
out-of-domain | alexa qual é o rio mais comprido do mundo | FB
out-of-domain | alexa qual é a moeda do japão | FB
out-of-domain | alexa que língua falam em cabo verde | FB
out-of-domain | alexa qual é a população de maceió | FB
out-of-domain | alexa quantos habitantes tem a capital do acre | FB
out-of-domain | alexa qual a distância de aracaju pra salvador | FB
out-of-domain | alexa quanto tempo de carro de palmas até brasília | FB
out-of-domain | alexa qual é o melhor restaurante da capital de alagoas | FB
out-of-domain | alexa qual é a bandeira do amapá | FB
out-of-domain | alexa quem é o governador de sergipe | FB
out-of-domain | alexa quem é o prefeito de porto velho | FB
out-of-domain | alexa quem é o presidente da frança | FB
out-of-domain | alexa quando a capital do brasil mudou pra brasília | FB
out-of-domain | alexa por que a capital do tocantins é palmas | FB
out-of-domain | alexa qual foi a primeira capital de alagoas | FB
out-of-domain | alexa qual era a capital de sergipe antes de aracaju | FB
out-of-domain | alexa quantas capitais tem no brasil | FB
out-of-domain | alexa qual capital brasileira é mais quente | FB
out-of-domain | alexa qual é a capital mais alta do mundo | FB
out-of-domain | alexa qual é a capital mais fria do mundo | FB
out-of-domain | alexa o que é capital social | FB
out-of-domain | alexa o que é capital de giro | FB
out-of-domain | alexa quanto de capital eu preciso pra abrir um mei | FB
out-of-domain | alexa o que é capital humano | FB
out-of-domain | alexa o que quer dizer pena capital | FB
out-of-domain | alexa quais são os sete pecados capitais | FB
out-of-domain | alexa o que é letra capital | FB
out-of-domain | alexa quem escreveu o capital | FB
out-of-domain | alexa o que é ganho de capital no imposto de renda | FB
out-of-domain | alexa o que é mercado de capitais | FB
out-of-domain | alexa qual é a capital nacional do forró | FB
out-of-domain | alexa qual é a capital do caranguejo | FB
out-of-domain | alexa qual é a capital mundial do café | FB
out-of-domain | alexa qual é a capital da moda | FB
out-of-domain | alexa qual a capital de wakanda | FB
out-of-domain | alexa qual é a capital de nárnia | FB
out-of-domain | alexa qual é a capital de mordor | FB
out-of-domain | alexa qual a capital da terra média | FB
out-of-domain | alexa qual a capital de atlântida | FB
out-of-domain | alexa qual a capital do reino de tão tão distante | FB
out-of-domain | alexa qual é a capital de asgard | FB
out-of-domain | alexa qual é a capital de springfield dos simpsons | FB
out-of-domain | alexa qual a capital de pokémon kanto | FB
out-of-domain | alexa qual é a capital do sítio do picapau amarelo | FB
out-of-domain | alexa qual é a capital de macondo | FB
out-of-domain | alexa qual é a capital de júpiter | FB
out-of-domain | alexa qual a capital do império romano | FB
out-of-domain | alexa qual era a capital do império otomano | FB
out-of-domain | alexa qual era a capital da tchecoslováquia | FB
out-of-domain | alexa qual era a capital da alemanha oriental | FB
out-of-domain | alexa qual era a capital do império bizantino | FB
out-of-domain | alexa qual era a capital do império português no brasil | FB
out-of-domain | alexa qual era a capital do território do acre boliviano | FB
out-of-domain | alexa qual era a capital do território federal do guaporé | FB
out-of-domain | alexa qual era a capital do território de fernando de noronha | FB
out-of-domain | alexa qual era a capital da babilônia | FB
out-of-domain | alexa qual era a capital do quilombo dos palmares | FB
out-of-domain | alexa qual é a capital da andaluzia | FB
out-of-domain | alexa qual é a capital da bretanha francesa | FB
out-of-domain | alexa qual é a capital da toscana | FB
out-of-domain | alexa qual é a capital do país basco | FB
out-of-domain | alexa qual é a capital da sardenha | FB
out-of-domain | alexa qual é a capital da patagônia | FB
out-of-domain | alexa qual é a capital da amazônia | FB
out-of-domain | alexa qual é a capital do nordeste | FB
out-of-domain | alexa qual é a capital do sertão | FB
out-of-domain | alexa qual é a capital do agreste alagoano | FB
out-of-domain | alexa qual é a capital do vale do jequitinhonha | FB
out-of-domain | alexa qual é a capital do triângulo mineiro | FB
out-of-domain | alexa qual é a capital dos açores | FB
out-of-domain | alexa qual é a capital das canárias | FB
out-of-domain | alexa qual é a capital da sibéria | FB
out-of-domain | alexa qual é a capital do tibete | FB
out-of-domain | alexa qual é a capital da chechênia | FB
out-of-domain | alexa qual é a capital da crimeia | FB
out-of-domain | alexa qual é a capital de fernando de noronha | FB
out-of-domain | alexa qual é a capital da escandinávia | FB
out-of-domain | alexa qual é a capital da europa | FB
out-of-domain | alexa qual é a capital da áfrica | FB
out-of-domain | alexa qual é a capital da américa latina | FB
out-of-domain | alexa qual é a capital do oriente médio | FB
out-of-domain | alexa qual é a capital da lua | FB
out-of-domain | alexa qual é a capital do céu | FB
out-of-domain | alexa qual é a capital da alegria | FB
out-of-domain | alexa chama um uber pro aeroporto | FB
out-of-domain | alexa pede um açaí no ifood | FB
out-of-domain | alexa rastreia minha encomenda | FB
out-of-domain | alexa qual o resultado da mega sena | FB
out-of-domain | alexa que dia é hoje | FB
out-of-domain | alexa que dia cai o carnaval | FB
out-of-domain | alexa quando é o feriado de emancipação de alagoas | FB
out-of-domain | alexa qual a tábua de maré de ubatuba | FB
out-of-domain | alexa como tá o trânsito na ponte rio niterói | FB
out-of-domain | alexa tem radar na br cento e dezesseis | FB
out-of-domain | alexa qual versículo fala da terra prometida | FB
out-of-domain | alexa lê o salmo vinte e três | FB
out-of-domain | alexa qual a fórmula de bhaskara | FB
out-of-domain | alexa quem descobriu o brasil | FB
out-of-domain | alexa quanto pesa um boto cor de rosa | FB
out-of-domain | alexa o que é uma capital | FB
out-of-domain | alexa capital | FB
out-of-domain | alexa qual é a capitania hereditária de pernambuco | FB
out-of-domain | alexa onde fica o marco zero do equador em macapá | FB
out-of-domain | alexa onde fica a cidade de mossoró | FB
out-of-domain | alexa a capital de roraima é perto de manaus | FB
out-of-domain | alexa meu celular tá com quanto de bateria | FB
out-of-domain | alexa que dia é o enem | FB
out-of-domain | alexa você torce pra qual time | FB
out-of-domain | alexa bom dia | FB
out-of-domain | alexa obrigado | FB
out-of-domain | alexa valeu | FB
alagoano-speech | alexa oxe bicha qual é a capital do egito | EG
alagoano-speech | alexa vixe esqueci a capital da jordânia | JO
alagoano-speech | alexa painho quer saber se a capital da argentina é buenos aires | AR
alagoano-speech | alexa aqui em maceió ninguém sabe a capital da guiné equatorial | GQ
alagoano-speech | alexa ei me diga a capital de camarões | CM
alagoano-speech | alexa na feira do passarinho em maceió perguntaram a capital do chile | CL
alagoano-speech | alexa arre égua qual é a capital da nicarágua | NI
alagoano-speech | alexa o bicho qual é a capital de pernambuco que eu sempre confundo | BR-PE
alagoano-speech | alexa lá em penedo a gente quer saber a capital de sergipe do outro lado do rio | BR-SE
alagoano-speech | alexa oxente me fala a capital do rio grande do norte | BR-RN
alagoano-speech | alexa tô aqui na barraca da praia me diga a capital de cuba | CU
alagoano-speech | alexa a capital das seicheles que a turista falou qual é | SC
alagoano-speech | alexa ave maria qual é a capital da eritreia | ER
alagoano-speech | alexa arapiraca terra do fumo quer saber a capital da indonésia | ID
alagoano-speech | alexa a menina do maracatu quer a capital da nigéria | NG
alagoano-speech | alexa me diz aí a capital de quiribati bicha | KI
sergipano-speech | alexa ô xente qual é a capital do piauí | BR-PI
sergipano-speech | alexa aqui no mercado de aracaju qual a capital da mongólia | MN
sergipano-speech | alexa painho tá duvidando que a capital da alemanha é berlim | DE
sergipano-speech | alexa me diga rapaz a capital do gabão | GA
sergipano-speech | alexa lá em itabaiana o povo quer a capital da bahia | BR-BA
sergipano-speech | alexa tô na passarela do caranguejo e quero a capital do peru | PE
sergipano-speech | alexa a capital do líbano qual é mesmo | LB
sergipano-speech | alexa é capital do togo que eu quero saber | TG
sergipano-speech | alexa lá no forró caju perguntaram a capital da paraíba | BR-PB
sergipano-speech | alexa mainha pergunta a capital de madagascar | MG
sergipano-speech | alexa rapaz qual é a capital de vanuatu | VU
sergipano-speech | alexa aqui na orla qual a capital do catar | QA
sergipano-speech | alexa me responde a capital da costa rica visse | CR
sergipano-speech | alexa lá de estância quero a capital de alagoas | BR-AL
acreano-speech | alexa aqui no acre qual é a capital do peru que é vizinho | PE
acreano-speech | alexa na fronteira com a bolívia qual é a capital boliviana de verdade | BO
acreano-speech | alexa égua qual a capital do amazonas | BR-AM
acreano-speech | alexa mano a capital de rondônia é o quê | BR-RO
acreano-speech | alexa lá em xapuri perguntaram a capital da índia | IN
acreano-speech | alexa tô comendo baixaria aqui e quero saber a capital do japão | JP
acreano-speech | alexa aqui de rio branco qual a capital do acre só pra testar | BR-AC
acreano-speech | alexa na estrada do pacífico vou pra lima qual a capital do peru mesmo | PE
acreano-speech | alexa o seringueiro velho quer saber a capital da malásia | MY
acreano-speech | alexa capital de bangladesh mano | BD
acreano-speech | alexa aqui em brasiléia me fala a capital da bolívia | BO
acreano-speech | alexa qual é a capital do sudão égua | SD
rondoniense-speech | alexa aqui em porto velho qual é a capital do mato grosso | BR-MT
rondoniense-speech | alexa no café de cacoal perguntaram a capital do vietnã | VN
rondoniense-speech | alexa da ferrovia madeira mamoré pra cá me diz a capital da bolívia | BO
rondoniense-speech | alexa lá em vilhena qual a capital de goiás | BR-GO
rondoniense-speech | alexa capital do tocantins uai diz aí | BR-TO
rondoniense-speech | alexa aqui em ariquemes quero saber a capital da polônia | PL
rondoniense-speech | alexa meu pai é gaúcho mas mora aqui qual é a capital da ucrânia | UA
rondoniense-speech | alexa na usina de jirau o engenheiro perguntou a capital da china | CN
rondoniense-speech | alexa no flutuante do rio madeira qual a capital de roraima | BR-RR
rondoniense-speech | alexa qual é a capital do paraná que meu avô veio de lá | BR-PR
rondoniense-speech | alexa de guajará-mirim qual é a capital da bolívia | BO
amapaense-speech | alexa pai d'égua qual a capital do pará | BR-PA
amapaense-speech | alexa aqui na linha do equador qual a capital do equador o país | EC
amapaense-speech | alexa égua maninho me fala a capital do suriname | SR
amapaense-speech | alexa lá em oiapoque o francês perguntou a capital da frança | FR
amapaense-speech | alexa aqui em santana qual a capital da guiana | GY
amapaense-speech | alexa no marabaixo me perguntaram a capital do congo democrático | CD
amapaense-speech | alexa na ponte binacional qual é a capital da guiana francesa | GF
amapaense-speech | alexa mano do amapá aqui qual a capital do maranhão | BR-MA
amapaense-speech | alexa qual é a capital de macapá égua digo do amapá | BR-AP
amapaense-speech | alexa no açaí da tarde surgiu a dúvida da capital de angola | AO
amapaense-speech | alexa lá do laranjal do jari qual a capital de martinica | MQ
amapaense-speech | alexa me diz égua a capital do haiti | HT
tocantinense-speech | alexa aqui em palmas qual é a capital do distrito federal | BR-DF
tocantinense-speech | alexa rapaz lá no jalapão a gringa perguntou a capital da holanda | NL
tocantinense-speech | alexa de gurupi qual a capital de minas | BR-MG
tocantinense-speech | alexa no capim dourado a turista quer a capital da alemanha | DE
tocantinense-speech | alexa nossa qual é a capital do ceará | BR-CE
tocantinense-speech | alexa minha filha em araguaína quer a capital da noruega | NO
tocantinense-speech | alexa na praia da graciosa qual a capital do uruguai | UY
tocantinense-speech | alexa aqui no cerrado qual a capital do mato grosso do sul | BR-MS
tocantinense-speech | alexa capital da república dominicana rapaz | DO
tocantinense-speech | alexa ô xente qual é a capital do kuwait | KW
tocantinense-speech | alexa na ilha do bananal qual a capital do paraguai | PY
caicara-speech | alexa o barqueiro da ilha grande quer saber a capital de cabo verde | CV
caicara-speech | alexa aqui no litoral norte qual é a capital do rio de janeiro | BR-RJ
caicara-speech | alexa na cananéia a gente quer a capital de são paulo o estado | BR-SP
caicara-speech | alexa remando aqui qual a capital da grécia | GR
caicara-speech | alexa o turista argentino do barco perguntou a capital de portugal | PT
caicara-speech | alexa lá no porto de santos o navio é das bahamas qual a capital | BS
caicara-speech | alexa no trapiche de paraty qual é a capital da libéria | LR
caicara-speech | alexa na ilha do cardoso qual é a capital do panamá | PA
caicara-speech | alexa o navio veio de malta qual é a capital de lá | MT
caicara-speech | alexa a bandeira do navio é de singapura qual a capital | SG
caicara-speech | alexa qual a capital das ilhas marshall que o navio é de lá | MH
caicara-speech | alexa na pesca de tainha surgiu a capital da noruega | NO
abroad-talk | alexa aqui em boston qual é a capital do massachusetts | US-MA
abroad-talk | alexa morando em orlando ainda não sei a capital da flórida | US-FL
abroad-talk | alexa brasileiro em newark qual é a capital de nova jersey | US-NJ
abroad-talk | alexa aqui em londres qual é a capital do país de gales | GB-WLS
abroad-talk | alexa moro em toronto mas qual é a capital do canadá | CA
abroad-talk | alexa aqui em sydney qual é a capital da austrália | AU
abroad-talk | alexa moro em lisboa qual é a capital da espanha | ES
abroad-talk | alexa brasileira no japão aqui qual é a capital da coreia do sul | KR
abroad-talk | alexa faço faxina em connecticut qual é a capital daqui | US-CT
abroad-talk | alexa brasileiro em dublin qual a capital da irlanda do norte | GB-NIR
abroad-talk | alexa vivo em munique qual é a capital da baviera | DE-BY
abroad-talk | alexa aqui na suíça qual a capital do país que eu sempre erro | CH
abroad-talk | alexa estudo em coimbra qual é a capital de portugal | PT
abroad-talk | alexa trabalho em perth qual a capital da austrália ocidental | AU-WA
abroad-talk | alexa aqui em vancouver qual a capital da colúmbia britânica | CA-BC
abroad-talk | alexa moro em atlanta qual a capital da geórgia o estado | US-GA
abroad-talk | alexa aqui em paris qual a capital da bélgica | BE
abroad-talk | alexa aqui em londres qual é a capital da escócia | GB-SCT
learner | alexa eu cabo-verdiano qual é capital de guiné-bissau | GW
learner | alexa mi ê di cabo verde qual capital de senegal | SN
learner | alexa eu guineense pergunta capital da guiné conacri | GN
learner | alexa eu sou timorense qual capital da indonésia | ID
learner | alexa sou de díli capital de austrália qual é | AU
learner | alexa argentino acá cuál es la capital de brasil | BR
learner | alexa che boludo capital de uruguay | UY
learner | alexa io italiano capital de vaticano qual è | VA
learner | alexa padre italiano qual capitale de malta | MT
learner | alexa eu marroquino capital de argélia | DZ
learner | alexa sou turco capital de turquia é ancara né | TR
learner | alexa eu polonesa freira capital de lituânia | LT
learner | alexa eu vietnamita aprender português capital de camboja qual | KH
learner | alexa israelense mochileiro capital de jordânia please | JO
learner | alexa eu ganês estudar em fortaleza capital de gana qual é | GH
learner | alexa eu japonesa velha capital de coreia do norte | KP
learner | alexa sou egípcio qual capital de sudão | SD
learner | alexa eu venho de são tomé qual capital de gabão | GA
learner | alexa eu angolano capital de namíbia qual é | NA
learner | alexa capital de mali por favor eu malinês | ML
code-switch | alexa what's the capital da islândia | IS
code-switch | alexa qual é the capital of egypt | EG
code-switch | alexa tipo a capital do chile is santiago right | CL
code-switch | alexa sorry a capital da austrália é qual | AU
code-switch | alexa what's a capital do alaska | US-AK
code-switch | alexa capital de new york state qual é | US-NY
code-switch | alexa qual a capital da england | GB-ENG
code-switch | alexa capital do scotland | GB-SCT
code-switch | alexa qual é a capital da germany | DE
code-switch | alexa a capital do japan é tokyo né | JP
code-switch | alexa tipo assim what is the capital da nigéria | NG
code-switch | alexa capital de ireland please | IE
code-switch | alexa o meu boss perguntou a capital da hungary | HU
code-switch | alexa capital do peru bro | PE
code-switch | alexa fala a capital de norway aí | NO
trucker-talk | alexa tô indo pra porto velho pela br trezentos e sessenta e quatro qual a capital de rondônia | BR-RO
trucker-talk | alexa descarregando em manaus qual a capital de roraima | BR-RR
trucker-talk | alexa na balança da polícia rodoviária perguntaram a capital do piauí | BR-PI
trucker-talk | alexa caminhoneiro de chapecó aqui qual é a capital de santa catarina | BR-SC
trucker-talk | alexa levando soja pra paranaguá qual a capital do paraná | BR-PR
trucker-talk | alexa a carga vai pro chile qual é a capital de lá | CL
trucker-talk | alexa atravessando pro paraguai qual a capital | PY
trucker-talk | alexa o colega vai pra argentina qual a capital | AR
trucker-talk | alexa na fila da aduana de uruguaiana qual a capital da argentina | AR
trucker-talk | alexa no posto graal o frentista perguntou a capital do espírito santo | BR-ES
trucker-talk | alexa rodando na belém-brasília qual é a capital do pará | BR-PA
trucker-talk | alexa carreta tombada atrasou tudo me distrai qual a capital da romênia | RO
trucker-talk | alexa a mulher pergunta pelo rádio a capital da bulgária | BG
fishing-talk | alexa no barco de pesca de camarão qual a capital do gabão | GA
fishing-talk | alexa pegamos um tucunaré bonito agora me diz a capital do japão | JP
fishing-talk | alexa no rancho a isca acabou qual a capital da dinamarca | DK
fishing-talk | alexa pescando no rio tocantins qual a capital de marrocos | MA
fishing-talk | alexa o anzol enroscou enquanto isso qual a capital da finlândia | FI
fishing-talk | alexa o pescador velho disse que a capital da noruega é oslo confere | NO
fishing-talk | alexa a rede tá cheia qual é a capital da islândia | IS
fishing-talk | alexa na jangada de maceió me diz a capital das maldivas | MV
fishing-talk | alexa o barco de atum vem do equador qual é a capital | EC
fishing-talk | alexa pescaria de robalo em cananéia qual a capital do peru | PE
school-talk | alexa a professora quer a capital de mato grosso pra amanhã | BR-MT
school-talk | alexa o dever de casa pede a capital de rondônia | BR-RO
school-talk | alexa tia qual é a capital do amapá | BR-AP
school-talk | alexa pro simulado do enem qual a capital do cazaquistão | KZ
school-talk | alexa na olimpíada de geografia qual a capital de butão | BT
school-talk | alexa o professor disse que a capital do canadá não é toronto qual é então | CA
school-talk | alexa na aula de história perguntaram a capital da rússia | RU
school-talk | alexa pro seminário sobre áfrica qual a capital do burundi | BI
school-talk | alexa meu grupo ficou com a oceania qual a capital de palau | PW
school-talk | alexa pra maquete da américa central qual a capital de el salvador | SV
school-talk | alexa a prova de recuperação tem a capital do acre | BR-AC
school-talk | alexa na gincana da escola qual a capital de tuvalu | TV
school-talk | alexa tô no eja e preciso da capital de sergipe | BR-SE
school-talk | alexa pro trabalho de ciências humanas qual a capital da etiópia | ET
church-talk | alexa o missionário vai pra moçambique qual a capital | MZ
church-talk | alexa na escola dominical falaram de israel qual a capital | IL
church-talk | alexa a missão da igreja é na guiné-bissau qual é a capital | GW
church-talk | alexa o padre vai pra roma qual a capital da itália mesmo | IT
church-talk | alexa na campanha missionária é o nepal qual a capital | NP
church-talk | alexa a irmã vai pra angola servir qual a capital | AO
church-talk | alexa no culto oraram pelo sudão do sul qual a capital | SS
church-talk | alexa no retiro perguntaram a capital do egito do êxodo | EG
church-talk | alexa o pastor coreano é de lá qual a capital da coreia do sul | KR
church-talk | alexa a freira vem do líbano qual a capital | LB
church-talk | alexa o coral vai cantar na argentina qual a capital | AR
football-talk | alexa o brasil joga contra a sérvia qual a capital | RS
football-talk | alexa na copa o camarões qual a capital | CM
football-talk | alexa o atacante novo do csa é da colômbia qual a capital | CO
football-talk | alexa o jogador do confiança é de gana qual a capital | GH
football-talk | alexa na champions o time é da escócia qual a capital | GB-SCT
football-talk | alexa o goleiro é do uruguai qual a capital | UY
football-talk | alexa a seleção da croácia qual a capital | HR
football-talk | alexa o time de marrocos foi bem na copa qual a capital | MA
football-talk | alexa o técnico é português qual a capital de portugal | PT
football-talk | alexa no cartola o lateral é do equador qual a capital | EC
football-talk | alexa o jogo do rio branco do acre qual a capital do acre | BR-AC
football-talk | alexa o remo vai jogar no amapá qual a capital | BR-AP
quiz-talk | alexa pergunta do show do milhão qual a capital do azerbaijão | AZ
quiz-talk | alexa no quiz do bar qual a capital do lesoto | LS
quiz-talk | alexa no jogo de stop letra b capital de botsuana | BW
quiz-talk | alexa na trivia do aplicativo qual a capital de tonga | TO
quiz-talk | alexa pergunta de palavras cruzadas capital de bangladesh | BD
quiz-talk | alexa seis letras capital do quênia | KE
quiz-talk | alexa no desafio da família qual a capital de burkina faso | BF
quiz-talk | alexa no quiz valendo pizza qual a capital da estônia | EE
quiz-talk | alexa pergunta difícil capital da república centro-africana | CF
quiz-talk | alexa no stop com letra t capital do turcomenistão | TM
quiz-talk | alexa na noite de trivia qual a capital de nauru | NR
call-center-talk | alexa atendente de telemarketing aqui no intervalo qual a capital do chade | TD
call-center-talk | alexa o cliente ligou de lá qual a capital do amazonas | BR-AM
call-center-talk | alexa no call center de aracaju o supervisor perguntou a capital da tunísia | TN
call-center-talk | alexa no script tem a capital da paraíba qual é | BR-PB
call-center-talk | alexa a ligação caiu enquanto isso a capital do níger | NE
call-center-talk | alexa meu cliente é de são luís qual a capital do maranhão | BR-MA
call-center-talk | alexa na pausa do lanche qual a capital da síria | SY
call-center-talk | alexa o cliente disse que mora na capital do piauí qual é | BR-PI
call-center-talk | alexa atendendo o chile qual é a capital de lá | CL
call-center-talk | alexa o cliente é da bahia qual a capital | BR-BA
kitchen-talk | alexa mexendo a canjica aqui qual a capital do méxico | MX
kitchen-talk | alexa o bolo tá no forno qual a capital da áustria | AT
kitchen-talk | alexa fazendo cuscuz me fala a capital da argélia | DZ
kitchen-talk | alexa o feijão tá na pressão qual a capital do ceará | BR-CE
kitchen-talk | alexa fazendo macarrão qual a capital da itália | IT
kitchen-talk | alexa o café tá passando qual é a capital da colômbia | CO
kitchen-talk | alexa na padaria enquanto o pão assa qual a capital da frança | FR
kitchen-talk | alexa fazendo tapioca qual a capital de pernambuco | BR-PE
kitchen-talk | alexa o sushi chegou qual a capital do japão hein | JP
kitchen-talk | alexa fritando pastel qual a capital de taiwan | TW
family-talk | alexa meu neto perguntou a capital da tailândia | TH
family-talk | alexa meu filho quer saber a capital do canadá pra dormir | CA
family-talk | alexa vó aqui qual é a capital da espanha | ES
family-talk | alexa o papai e eu apostamos a capital da austrália | AU
family-talk | alexa no almoço de domingo brigaram pela capital da suíça | CH
family-talk | alexa minha sogra disse que a capital da turquia é istambul é isso | TR
family-talk | alexa no natal o tio perguntou a capital do cazaquistão | KZ
family-talk | alexa a gente vai viajar em família pra qual a capital da argentina | AR
family-talk | alexa meu marido não sabe a capital do rio grande do sul | BR-RS
family-talk | alexa minha irmã foi morar no acre qual é a capital | BR-AC
child-speech | alexa qual é a capital do brasil | BR
child-speech | alexa qual é a capital da terra do papai noel a finlândia | FI
child-speech | alexa capital da frança é a torre eiffel | FR
child-speech | alexa eu tenho seis anos qual a capital do egito das pirâmide | EG
child-speech | alexa capital da china que tem o panda | CN
child-speech | alexa qual a capital do quênia onde tem leão | KE
child-speech | alexa qual é a capital da índia dos elefante | IN
child-speech | alexa qual a capital da rússia que é grandona | RU
child-speech | alexa mamãe mandou perguntar a capital do peru | PE
elder-speech | alexa minha filha no meu tempo a capital era o rio qual é agora | BR
elder-speech | alexa minha senhora qual é a capital da tchecoslováquia hoje a tchéquia | CZ
elder-speech | alexa o meu pai lutou na itália qual é a capital | IT
elder-speech | alexa moça me diz a capital do japão por favor | JP
elder-speech | alexa qual a capital da alemanha que eu lembro que era bonn | DE
elder-speech | alexa a capital da iugoslávia que hoje é sérvia qual é | RS
elder-speech | alexa no meu tempo a capital do mato grosso era cuiabá e a do sul qual é | BR-MS
elder-speech | alexa eu tenho oitenta anos e quero saber a capital de israel | IL
elder-speech | alexa qual é a capital do congo belga que hoje é o democrático | CD
elder-speech | alexa a capital da rodésia hoje zimbábue qual é | ZW
hesitation | alexa qual é a capital da é da hungria | HU
hesitation | alexa hã a capital do hum do paquistão | PK
hesitation | alexa qual é a a capital da da tailândia | TH
hesitation | alexa é capital do éé do senegal | SN
hesitation | alexa peraí qual a capital da hum da ucrânia | UA
hesitation | alexa sabe aquele país a finlândia qual a capital | FI
hesitation | alexa qual a capital de de roraima | BR-RR
hesitation | alexa então tipo assim a capital do laos | LA
hesitation | alexa é é qual é a capital de rondônia | BR-RO
hesitation | alexa deixa eu ver qual a capital do hum iraque | IQ
hesitation | alexa aí como é o nome a capital de sergipe | BR-SE
hesitation | alexa hum capital da namíbia | NA
cancel | alexa oxe bicha esquece essa pergunta | CANCEL
cancel | alexa deixa pra lá que o peixe mordeu | CANCEL
cancel | alexa cancela que o cliente voltou na linha | CANCEL
cancel | alexa esquece que o bolo queimou | CANCEL
cancel | alexa deixa quieto maninho não precisa mais | CANCEL
cancel | alexa cancela que a balsa chegou | CANCEL
cancel | alexa esquece a pergunta do quiz que já acabou | CANCEL
cancel | alexa deixa pra lá égua | CANCEL
cancel | alexa não quero mais saber da capital nenhuma esquece | CANCEL
cancel | alexa cancela essa aí que eu perguntei errado | CANCEL
cancel | alexa esquece que meu neto já respondeu | CANCEL
cancel | alexa pera cancela que a professora corrigiu | CANCEL
cancel | alexa deixa pra lá que o pastor já explicou | CANCEL
cancel | alexa esquece que o juiz apitou | CANCEL
cancel | alexa cancela que a fila da aduana andou | CANCEL
cancel | alexa esquece rapaz deixa pra outra hora | CANCEL
cancel | alexa never mind esquece aí | CANCEL
cancel | alexa cancela que a maré virou | CANCEL
cancel | alexa esquece que eu achei no livro | CANCEL
cancel | alexa ô xente deixa pra lá | CANCEL
cancel | alexa cancela isso aí mano | CANCEL
cancel | alexa não não esquece cancela | CANCEL
cancel | alexa deixa pra lá que o google respondeu | CANCEL
cancel | alexa cancela que mainha chamou pro almoço | CANCEL
cancel | alexa esquece que a carreta tá saindo | CANCEL
cancel | alexa cancelar a pergunta por favor | CANCEL
stop | alexa chega de pergunta que o caminhão vai sair | STOP
stop | alexa para que o culto começou | STOP
stop | alexa desliga que o cliente tá na linha | STOP
stop | alexa para de falar bicha | STOP
stop | alexa chega égua já cansei | STOP
stop | alexa sai do jogo que a aula acabou | STOP
stop | alexa para que o jogo do csa começou | STOP
stop | alexa encerra que a gente vai pescar | STOP
stop | alexa fica calada que o bebê dormiu | STOP
stop | alexa desliga o jogo das capitais | STOP
stop | alexa para com isso maninho | STOP
stop | alexa já deu por hoje tchau | STOP
stop | alexa fecha isso aí | STOP
stop | alexa ô xente para | STOP
stop | alexa quieta que o pai tá no telefone | STOP
stop | alexa sair agora | STOP
stop | alexa para que a novela vai começar | STOP
stop | alexa encerra o quiz | STOP
stop | alexa chega de capital por hoje que amanhã tem prova | STOP
stop | alexa stop please | STOP
stop | alexa desliga que eu vou pra praia | STOP
stop | alexa para já | STOP
help | alexa a professora mandou usar mas como funciona | HELP
help | alexa pai d'égua como é que pergunta aí | HELP
help | alexa eu não sei usar isso me explica devagar | HELP
help | alexa sou novo nisso o que eu posso falar | HELP
help | alexa como é que eu pergunto de um estado dos estados unidos | HELP
help | alexa me diz como jogar esse jogo | HELP
help | alexa não entendi o que era pra falar | HELP
help | alexa what can i say aqui | HELP
help | alexa como eu peço a capital de uma ilha | HELP
help | alexa qual é o jeito certo de perguntar | HELP
help | alexa tem manual disso | HELP
help | alexa ajuda pro vô aqui | HELP
launch | alexa abre capitais do mundo bicha | LAUNCH
launch | alexa abre capitais do mundo pra gente jogar no caminhão | LAUNCH
launch | alexa abre o jogo capitais do mundo pro grupo de jovens | LAUNCH
launch | alexa égua abre capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo que eu quero estudar pro enem | LAUNCH
launch | alexa abre capitais do mundo pro quiz do bar | LAUNCH
launch | alexa bota capitais do mundo | LAUNCH
launch | alexa abre world capitals please | LAUNCH
launch | alexa pode abrir capitais do mundo | LAUNCH
launch | alexa quero abrir capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo maninho | LAUNCH
launch | alexa roda capitais do mundo | LAUNCH
out-of-domain | alexa qual a temperatura agora em macapá | FB
out-of-domain | alexa vai ter sol em ubatuba no fim de semana | FB
out-of-domain | alexa que horas são em boston | FB
out-of-domain | alexa que horas são em lisboa agora | FB
out-of-domain | alexa quantas horas de fuso entre o brasil e o japão | FB
out-of-domain | alexa toca calcinha preta você não vale nada | FB
out-of-domain | alexa toca uma música de forró pra dançar | FB
out-of-domain | alexa toca o hino do csa | FB
out-of-domain | alexa toca louvor | FB
out-of-domain | alexa toca a rádio gazeta de alagoas | FB
out-of-domain | alexa quanto foi o jogo do rio branco do acre | FB
out-of-domain | alexa quem é o artilheiro do brasileirão | FB
out-of-domain | alexa quanto tá o euro | FB
out-of-domain | alexa quanto tá o preço do açaí | FB
out-of-domain | alexa como faz moqueca de peixe | FB
out-of-domain | alexa como faz pé de moleque | FB
out-of-domain | alexa qual a receita do bolo de macaxeira | FB
out-of-domain | alexa desliga a tv | FB
out-of-domain | alexa aumenta o volume | FB
out-of-domain | alexa abaixa o som | FB
out-of-domain | alexa toca a próxima | FB
out-of-domain | alexa põe um timer de vinte minutos pro bolo | FB
out-of-domain | alexa liga pro meu filho em boston | FB
out-of-domain | alexa qual é a minha agenda amanhã | FB
out-of-domain | alexa como tá a estrada br trezentos e sessenta e quatro | FB
out-of-domain | alexa onde tem um posto de gasolina aberto | FB
out-of-domain | alexa quantos quilômetros de rio branco até porto velho | FB
out-of-domain | alexa qual é o maior peixe do rio amazonas | FB
out-of-domain | alexa qual a altura do pico da neblina | FB
out-of-domain | alexa qual o idioma oficial de timor-leste | FB
out-of-domain | alexa qual a moeda de cabo verde | FB
out-of-domain | alexa quantos habitantes tem a guiana francesa | FB
out-of-domain | alexa qual o clima da capital do tocantins | FB
out-of-domain | alexa quanto custa morar na capital de sergipe | FB
out-of-domain | alexa qual é a população da capital do japão | FB
out-of-domain | alexa qual o aeroporto da capital do amapá | FB
out-of-domain | alexa qual é o time da capital de rondônia | FB
out-of-domain | alexa qual a praia mais bonita da capital de alagoas | FB
out-of-domain | alexa em que ano palmas foi fundada | FB
out-of-domain | alexa por que a capital da austrália não é sydney | FB
out-of-domain | alexa qual país tem mais capitais | FB
out-of-domain | alexa qual era a capital do acre quando era da bolívia | FB
out-of-domain | alexa qual era a capital da prússia | FB
out-of-domain | alexa qual era a capital dos incas | FB
out-of-domain | alexa qual era a capital da união soviética | FB
out-of-domain | alexa qual é a capital do império de gondor | FB
out-of-domain | alexa qual a capital de hogwarts | FB
out-of-domain | alexa qual é a capital da terra do nunca | FB
out-of-domain | alexa qual é a capital de bikini bottom | FB
out-of-domain | alexa qual é a capital da catalunha | FB
out-of-domain | alexa qual é a capital da sicília | FB
out-of-domain | alexa qual é a capital da baixa normandia | FB
out-of-domain | alexa qual é a capital da cornualha | FB
out-of-domain | alexa qual é a capital do curdistão | FB
out-of-domain | alexa qual é a capital da caxemira paquistanesa | FB
out-of-domain | alexa qual é a capital da ilha de marajó | FB
out-of-domain | alexa qual é a capital do recôncavo | FB
out-of-domain | alexa qual é a capital do pantanal | FB
out-of-domain | alexa qual é a capital do litoral norte paulista | FB
out-of-domain | alexa qual é a capital da região sul | FB
out-of-domain | alexa qual é a capital da oceania | FB
out-of-domain | alexa qual a capital do meu coração | FB
out-of-domain | alexa qual é a capital do sertanejo universitário | FB
out-of-domain | alexa qual é a capital do rock | FB
out-of-domain | alexa qual é a capital do axé | FB
out-of-domain | alexa o que significa capital aberto | FB
out-of-domain | alexa o que é capital de risco | FB
out-of-domain | alexa o que é capital intelectual | FB
out-of-domain | alexa como se escreve capital em inglês | FB
out-of-domain | alexa qual o plural de capital | FB
out-of-domain | alexa capital é masculino ou feminino | FB
out-of-domain | alexa quem ganhou a copa de noventa e quatro | FB
out-of-domain | alexa pede uma pizza | FB
out-of-domain | alexa lê as notícias | FB
out-of-domain | alexa qual o horário do culto domingo | FB
out-of-domain | alexa me conta uma história da bíblia | FB
yes-no-check | alexa a capital de roraima é boa vista né maninho | BR-RR
yes-no-check | alexa o acre tem capital rio branco ou cruzeiro do sul | BR-AC
yes-no-check | alexa a capital do amapá é santana | BR-AP
yes-no-check | alexa a capital de alagoas é arapiraca | BR-AL
yes-no-check | alexa a capital de sergipe é itabaiana ou aracaju | BR-SE
yes-no-check | alexa a capital de rondônia é ji-paraná | BR-RO
yes-no-check | alexa a capital do tocantins é araguaína | BR-TO
yes-no-check | alexa a capital do pará é belém né pai d'égua | BR-PA
yes-no-check | alexa a capital da bahia é feira de santana | BR-BA
yes-no-check | alexa a capital do paraná é londrina | BR-PR
yes-no-check | alexa a capital do marrocos é marrakech | MA
yes-no-check | alexa a capital do camarões é douala | CM
yes-no-check | alexa a capital de angola é luanda mesmo | AO
yes-no-check | alexa a capital de cabo verde é mindelo | CV
yes-no-check | alexa a capital de timor é díli | TL
yes-no-check | alexa a capital da guiné-bissau é bissau né | GW
yes-no-check | alexa a capital do massachusetts é boston mesmo | US-MA
yes-no-check | alexa a capital de nova jersey é newark | US-NJ
yes-no-check | alexa a capital da colúmbia britânica é vancouver | CA-BC
yes-no-check | alexa a capital da austrália ocidental é perth | AU-WA
yes-no-check | alexa a capital da irlanda é dublin certo | IE
yes-no-check | alexa a capital da alemanha ainda é bonn | DE
yes-no-check | alexa a capital da bolívia é santa cruz | BO
yes-no-check | alexa a capital do equador é guayaquil | EC
yes-no-check | alexa a capital da colômbia é medellín | CO
official-name | alexa qual a capital da república de guiné-bissau | GW
official-name | alexa capital da república democrática de são tomé e príncipe | ST
official-name | alexa qual a capital da república do peru | PE
official-name | alexa capital da república do chile | CL
official-name | alexa qual é a capital da república da colômbia | CO
official-name | alexa capital da república do paraguai | PY
official-name | alexa qual a capital do reino do marrocos | MA
official-name | alexa capital da república da turquia | TR
official-name | alexa qual é a capital da república federal da nigéria | NG
official-name | alexa capital do estado de israel | IL
official-name | alexa qual a capital da república italiana | IT
official-name | alexa capital do reino da noruega | NO
official-name | alexa qual a capital da república da índia | IN
official-name | alexa capital do reino da tailândia | TH
official-name | alexa qual é a capital da república socialista do vietnã | VN
everyday-name | alexa qual a capital da terra do fado | PT
everyday-name | alexa capital da terra dos vikings a noruega | NO
everyday-name | alexa qual a capital da terra do tango | AR
everyday-name | alexa capital da terra da pizza | IT
everyday-name | alexa qual a capital do país dos faraós | EG
everyday-name | alexa capital das arábias a arábia saudita | SA
everyday-name | alexa qual é a capital do uzbequistão aquele dos stão | UZ
everyday-name | alexa capital da velha daomé | BJ
everyday-name | alexa qual a capital do alto volta | BF
everyday-name | alexa capital da rodésia do norte | ZM
everyday-name | alexa qual a capital do sião | TH
everyday-name | alexa capital da abissínia | ET
reverse-question | alexa cuiabá é capital de qual estado | CITY:Cuiabá
reverse-question | alexa de que estado natal é capital | CITY:Natal
reverse-question | alexa teresina é capital do quê | CITY:Teresina
reverse-question | alexa de qual estado são luís é capital | CITY:São Luís
reverse-question | alexa campo grande é capital de qual estado | CITY:Campo Grande
reverse-question | alexa florianópolis é capital de onde | CITY:Florianópolis
reverse-question | alexa manágua é capital de qual país | CITY:Manágua
reverse-question | alexa asmara é capital de onde | CITY:Asmara
reverse-question | alexa lilongwe é capital de qual país | CITY:Lilongwe
reverse-question | alexa iaundé é capital de onde | CITY:Iaundé
reverse-question | alexa gaborone é capital de que país | CITY:Gaborone
reverse-question | alexa skopje é capital de onde | CITY:Skopje
reverse-question | alexa podgorica é capital de que país | CITY:Podgorica
reverse-question | alexa astana é capital de qual país | CITY:Astana
reverse-question | alexa boise é capital de que estado | CITY:Boise
reverse-question | alexa hobart é capital de onde | CITY:Hobart
reverse-question | alexa iqaluit é capital de qual território | CITY:Iqaluit
reverse-question | alexa mérida é capital de qual estado mexicano | CITY:Mérida
plural-capitals | alexa quais capitais tem a bolívia mano | BO
plural-capitals | alexa quais são as capitais da bolívia égua | BO
plural-capitals | alexa professora pediu as três capitais da áfrica do sul | ZA
plural-capitals | alexa no quiz caiu as capitais da áfrica do sul quais são | ZA
plural-capitals | alexa o missionário vai pro benin quais são as capitais de lá | BJ
plural-capitals | alexa quais são as duas capitais da costa do marfim bicha | CI
plural-capitals | alexa o navio é da malásia quais são as capitais | MY
plural-capitals | alexa aqui em amsterdã qual é a outra capital da holanda | NL
plural-capitals | alexa o jogador é de essuatíni quais as capitais | SZ
plural-capitals | alexa as capitais do sri lanka pro simulado | LK
plural-capitals | alexa as capitais da palestina pra escola dominical | PS
plural-capitals | alexa quais as capitais de montserrat pro quiz | MS
plural-capitals | alexa e as capitais de jammu e caxemira na índia | IN-JK
plural-capitals | alexa e uttarakhand tem quais capitais | IN-UK
plural-capitals | alexa quais são as capitais do amapá e do pará | BR-AP+BR-PA
plural-capitals | alexa me diz as capitais do tocantins e de goiás | BR-GO+BR-TO
shared-name | alexa qual a capital da geórgia bicha | GE+US-GA
shared-name | alexa capital do congo égua | CD+CG
shared-name | alexa qual é a capital da coreia maninho | KP+KR
shared-name | alexa capital das ilhas virgens pro cruzeiro | VG+VI
shared-name | alexa qual a capital congolesa pro culto missionário | CD+CG
territory | alexa no documentário dos pinguins a antártida tem alguma capital | AQ
territory | alexa qual seria a capital da antártida onde só tem cientista | AQ
territory | alexa o iate do milionário tá em são bartolomeu qual a capital de lá | BL
territory | alexa a parte francesa de são martinho qual é a capital | MF
territory | alexa o marroquino falou do saara ocidental qual a capital de lá | EH
subdivision | alexa meghalaya onde mais chove no mundo qual a capital | IN-ML
subdivision | alexa cancún fica em quintana roo qual é a capital do estado | MX-ROO
subdivision | alexa e tabasco o estado do molho qual é a capital | MX-TAB
plural-capitals | alexa o pastor falou de ramallah quais são as capitais da palestina | PS
plural-capitals | alexa égua quais as capitais da palestina | PS
plural-capitals | alexa a holanda tem amsterdã e haia como capitais né quais são | NL
plural-capitals | alexa meu primo em roterdã quer saber as capitais dos países baixos | NL
plural-capitals | alexa o colega indiano falou que jammu e caxemira tem duas capitais quais | IN-JK
plural-capitals | alexa pro trabalho da índia as capitais de jammu e caxemira | IN-JK
plural-capitals | alexa o yogue falou de uttarakhand quais as capitais de lá | IN-UK
plural-capitals | alexa as duas capitais de uttarakhand pro quiz | IN-UK
plural-capitals | alexa o benin tem porto novo e cotonou quais são as capitais | BJ
plural-capitals | alexa a capital do benin são duas me fala as duas | BJ
plural-capitals | alexa o jogador do confiança é da costa do marfim quais as capitais | CI
plural-capitals | alexa me diz as capitais da costa do marfim pro simulado | CI
plural-capitals | alexa quais capitais tem a antiga suazilândia égua | SZ
plural-capitals | alexa o reino de essuatíni tem duas capitais me fala | SZ
"""

if __name__ == "__main__":
    build_round(42, "pt", LINES, sys.argv, "tests/Eval/pt/round42/source/build_corpus.py")
