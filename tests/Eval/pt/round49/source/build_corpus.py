"""Round 49, Portuguese (pt-BR): a new author's own mix, written blind at the start of the fifty-fifth session (brief
WRITER61.md), with speakers, situations and wordings chosen apart from round 48 (dock workers of Santos, ABC
metalworkers, caiçaras of Ubatuba and Paraty, river people of Parintins, the Barretos rodeo, a law office, an army
barracks, a recycling cooperative, a capoeira group, Korean-Brazilians, Chinese-Brazilian shopkeepers, Portuguese
immigrants, Cape Verdeans and Guineans, Congolese refugees, Senegalese street vendors, Cuban doctors, Ukrainian and
Polish descendants, Brazilians back from the US, an American son-in-law, the tiozão at the barbecue, EJA evening
classes, a blind user, a Model UN simulation, the Geography Olympiad, a family road trip, a festa junina, a wedding, a
children's birthday party, Christmas dinner) and from the groups it lists as avoided (round 47's and round 46's
regions, jobs and situations: the caipira interior, Macaé, Foz do Iguaçu, nikkei, Bolivian, Haitian, Venezuelan,
Syrian-Lebanese and Angolan/Mozambican families, teenagers' slang, grandparents, app drivers, a doorman, a
construction site, a house cleaner, a church, a travel agency, a samba school, the sticker album, the Olympic parade,
Perfil, a quiz app, cooking, bedtime, a gincana, gamers, and the regional groups gaúchos, baianos, pernambucanos,
paulistanos, capixabas, cuiabanos, sul-mato-grossenses, brasilienses, potiguares, paraenses, maranhenses, mineiros,
goianos, cariocas, manauaras, cearenses, curitibanos, manezinhos, and the small Northern states).

Hobbies and work (each its own family): amateur radio operators ("dx", "qsl", "câmbio", "vinte metros"); stamp
collectors ("álbum", "envelope carimbado", "helvetia", "magyar posta"); Brazilian crew on cruise ships (ports of call,
days off on board); flight attendants (pernoite, escala, briefing); a public library; a community radio phone-in; a
travel vaccination clinic (yellow fever, certificado internacional); a chess club; a company karaoke; a geography
teacher preparing slides and tests; a kindergarten (small children's questions about animals); Formula 1 fans;
marathon runners; surfers on the world tour; a podcast recording; an export company (comércio exterior, despachante
aduaneiro, carta de crédito); backpackers in hostels; a hotel reception desk; the "tia do zap" checking family
WhatsApp rumours; a retired geography teacher whose capitals are out of date.

Regions and communities: paraibanos ("oxe", "visse", "mainha", "painho", "arretado", "vixe", "avexe não", "bichinha");
brasiguaios of the Paraguayan border (Guarani/jopará "che", "nde", "mba'éichapa", "aguyjevete", "che ra'a"); an
Italian-Brazilian nonna of the Bixiga ("mamma mia", "dio santo", "nona", "nono", "lascia stare"); Argentines living in
Búzios ("che", "boludo", "dale", "bárbaro", Spanish "cuál es"); Colombian students ("parce", "qué más", "chévere",
"mi amor", "olvídalo"); Peruvian cooks ("oe causa", "bacán", "olvídate"); Nigerian traders and students (Nigerian
Pidgin and English "abeg", "oga", "how far", "no wahala", "my sister"); Bangladeshi workers of the Santa Catarina meat
plants ("bhai", "dhonnobad", English "please", learner grammar); Afghan refugees ("salam", "tashakor", "bale", learner
grammar "eu quer saber").

Out-of-domain: weather, music (forró, cumbia, tango, polca paraguaia, afrobeat, tarantella), smart-home, timers,
alarms, shopping lists, currency and prices, flights and visas, facts about countries (population, language, time
zone, presidents, largest city, flag, anthem, plug type, dialling codes), football, Formula 1, surf, marathon and chess
facts, "capital" in other senses (social, de giro, intelectual, letra capital, pena capital, pecados capitais, Marx's
book, "capital do forró", "do surfe", "mundial do café", "da moda"), regions the data does not hold (continents, the
Caribbean, Sicily, Catalonia, Corsica, the Basque Country, Tuscany, Lombardy, Veneto, Sardinia, Patagonia, the
Pantanal, the sertão, the Cariri, the Agreste, Tibet, Chechnya, Crimea, Kurdistan, Pakistani Punjab and Kashmir,
Somaliland, Transnistria, Abkhazia, South Ossetia, Zanzibar, Easter Island, the Galápagos, Cusco, Antioquia, Mendoza,
Buenos Aires province, Lagos State, Kandahar, Chittagong, Ilhabela, the Paraguayan Chaco and Alto Paraná), historical
states (the Inca, Aztec, Ottoman, Byzantine and ancient Persian empires, Yugoslavia, Czechoslovakia), fictional lands
(Narnia, Westeros, Middle-earth, Gotham, Atlantis, the Marvel universe, Pokémon), the Moon and the North Pole,
questions about capitals in general and about Brasília, recipes, translation, calls, sums, routes and small talk.

Yes/no checks expect the place asked about, right or wrong; self-corrections expect the last place named after the
marker; reverse questions CITY:<capital> as languages/pt.json names it; a bare shared name every place in ordinal order.
Launch lines use the invocation name "capitais do mundo".

Sources: LINES below in the round-12 entry format (`family | frame or sentence | expected`; a fill carries its own
preposition and article), one locale (pt-BR), built by build_round(49, "pt", ...) of
tests/Eval/source/round12_hinl_corpus.py.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
radioamador | alexa fiz contato no rádio com um colega {} qual é a capital de lá | da mongólia=MN; do cazaquistão=KZ; do quirguistão=KG
radioamador | alexa o prefixo que entrou agora no vinte metros é {} me diz a capital | do butão=BT; do nepal=NP; do tadjiquistão=TJ
radioamador | alexa peguei um dx {} hoje cedo qual a capital desse país | das ilhas salomão=SB; de vanuatu=VU; de kiribati=KI
radioamador | alexa o cartão qsl chegou {} qual é a capital | de tonga=TO; de samoa=WS; de nauru=NR
radioamador | alexa na reunião do clube de radioamador perguntaram a capital do turcomenistão | TM
radioamador | alexa o colega do uzbequistão respondeu meu chamado qual é a capital do uzbequistão | UZ
radioamador | alexa câmbio qual é a capital da micronésia câmbio | FM
radioamador | alexa tô na escuta do quarenta metros e entrou a ilha de santa helena qual é a capital de santa helena | SH
radioamador | alexa o expedicionário tá transmitindo das ilhas pitcairn qual a capital das pitcairn | PN
radioamador | alexa o concurso de rádio valeu ponto pra tokelau qual a capital de tokelau | TK
radioamador | alexa a estação das ilhas cocos tá no ar qual é a capital | CC
radioamador | alexa copiei um colega das ilhas faroé qual é a capital delas | FO
filatelia | alexa comprei um selo antigo {} qual é a capital desse país | do laos=LA; do camboja=KH; de mianmar=MM
filatelia | alexa no meu álbum de selos tem uma página {} me fala a capital | da eritreia=ER; do djibuti=DJ; da somália=SO
filatelia | alexa o colecionador da feira de selos quer saber a capital {} | de liechtenstein=LI; de san marino=SM; de andorra=AD
filatelia | alexa esse selo com a rainha é das ilhas malvinas qual a capital de lá | FK
filatelia | alexa ganhei um envelope carimbado na groenlândia qual é a capital da groenlândia | GL
filatelia | alexa o selo veio da ilha de man qual é a capital | IM
filatelia | alexa tenho uma série de selos de mônaco qual é a capital de mônaco | MC
filatelia | alexa meu avô colecionava selos da iugoslávia qual a capital da sérvia hoje | RS
filatelia | alexa qual a capital da eslovênia preciso catalogar esse selo | SI
filatelia | alexa o selo diz magyar posta é da hungria qual é a capital | HU
filatelia | alexa o selo escrito helvetia é da suíça me fala a capital | CH
tripulante-de-cruzeiro | alexa amanhã o navio para {} qual é a capital de lá | em barbados=BB; na jamaica=JM; em granada=GD
tripulante-de-cruzeiro | alexa eu trabalho no navio e o próximo porto é {} qual a capital | em santa lúcia=LC; em são cristóvão e névis=KN; na dominica=DM
tripulante-de-cruzeiro | alexa a camareira do deck sete é {} qual é a capital do país dela | de honduras=HN; da nicarágua=NI; da guatemala=GT
tripulante-de-cruzeiro | alexa o garçom indonésio do navio perguntou a capital da indonésia | ID
tripulante-de-cruzeiro | alexa no meu dia de folga a bordo quero saber a capital de curaçao | CW
tripulante-de-cruzeiro | alexa o navio vai atracar em aruba qual é a capital de aruba | AW
tripulante-de-cruzeiro | alexa a tripulação filipina e indiana quer saber a capital da índia | IN
tripulante-de-cruzeiro | alexa o itinerário do cruzeiro passa pela martinica qual é a capital | MQ
tripulante-de-cruzeiro | alexa contrato de oito meses no mar e nem sei a capital das ilhas cayman | KY
tripulante-de-cruzeiro | alexa a próxima escala é nas ilhas turcas e caicos qual a capital | TC
tripulante-de-cruzeiro | alexa o navio vai pra porto rico qual é a capital de porto rico | PR
comissaria-de-bordo | alexa vou fazer pernoite {} qual é a capital desse país | em doha no catar=QA; no barein=BH; no kuwait=KW
comissaria-de-bordo | alexa minha escala da semana que vem é {} me fala a capital | na etiópia=ET; no quênia=KE; em ruanda=RW
comissaria-de-bordo | alexa o comandante anunciou que estamos sobrevoando {} qual é a capital | a argélia=DZ; a líbia=LY; o níger=NE
comissaria-de-bordo | alexa pousamos em abu dhabi mas qual é mesmo a capital dos emirados árabes | AE
comissaria-de-bordo | alexa a comissária nova perguntou a capital de omã e eu não sabia | OM
comissaria-de-bordo | alexa o voo foi desviado pra jordânia qual a capital da jordânia | JO
comissaria-de-bordo | alexa a passageira da poltrona doze é da arábia saudita qual é a capital | SA
comissaria-de-bordo | alexa no briefing do voo perguntaram qual é a capital do iêmen | YE
comissaria-de-bordo | alexa trocaram minha escala pra seicheles qual é a capital das seicheles | SC
comissaria-de-bordo | alexa o voo fretado vai pras maldivas qual a capital das maldivas | MV
comissaria-de-bordo | alexa a tripulação vai dormir em reykjavik qual é a capital da islândia mesmo | IS
biblioteca | alexa um leitor da biblioteca quer um livro sobre {} qual é a capital de lá | a armênia=AM; o azerbaijão=AZ; a geórgia o país=GE
biblioteca | alexa a bibliotecária tá organizando a estante de geografia qual é a capital {} | da bósnia e herzegovina=BA; da macedônia do norte=MK; de montenegro=ME
biblioteca | alexa no clube de leitura estamos lendo um autor {} qual é a capital desse país | da albânia=AL; da moldávia=MD; da romênia=RO
biblioteca | alexa um menino na biblioteca perguntou qual é a capital do afeganistão | AF
biblioteca | alexa silêncio na biblioteca mas me fala baixinho a capital da bulgária | BG
biblioteca | alexa o atlas da biblioteca tá rasgado bem na capital da letônia qual é | LV
biblioteca | alexa o livro de contos é da lituânia qual a capital da lituânia | LT
biblioteca | alexa a estudante de história pediu a capital da estônia | EE
biblioteca | alexa a pesquisa da senhora na biblioteca é sobre a bielorrússia qual a capital | BY
radio-comunitaria | alexa tamo ao vivo na rádio comunitária e o ouvinte ligou perguntando a capital {} | do senegal=SN; do mali=ML; da guiné=GN
radio-comunitaria | alexa no quadro de perguntas da rádio quem acertar a capital {} ganha um brinde qual é | de gâmbia=GM; de serra leoa=SL; da libéria=LR
radio-comunitaria | alexa o locutor da rádio do bairro quer a capital do burquina faso | BF
radio-comunitaria | alexa antes de tocar a próxima música me fala a capital da mauritânia | MR
radio-comunitaria | alexa a ouvinte dona cida mandou áudio perguntando a capital do chade | TD
radio-comunitaria | alexa o programa da manhã vai falar do camarões qual a capital de camarões | CM
radio-comunitaria | alexa intervalo comercial rapidinho qual é a capital do gabão | GA
radio-comunitaria | alexa a rádio do morro quer saber a capital da república centro-africana | CF
clinica-de-vacina | alexa vou tomar a vacina de febre amarela porque vou viajar pra {} qual é a capital | angola=AO; a zâmbia=ZM; o zimbábue=ZW
clinica-de-vacina | alexa a enfermeira da vacina perguntou pra onde eu vou e é {} qual a capital | a tanzânia=TZ; uganda=UG; o malaui=MW
clinica-de-vacina | alexa o certificado internacional de vacinação pede a capital {} | de moçambique=MZ; do lesoto=LS; da namíbia=NA
clinica-de-vacina | alexa na sala de espera da vacina fiquei curioso qual é a capital de botsuana | BW
clinica-de-vacina | alexa o médico do viajante falou de malária em madagascar qual é a capital | MG
clinica-de-vacina | alexa a vacina de hepatite é pra viagem ao sudão do sul qual a capital | SS
clinica-de-vacina | alexa vou pra guiné-bissau com a ong qual é a capital | GW
clinica-de-vacina | alexa preciso de vacina pra ir pra guiné equatorial qual é a capital | GQ
clinica-de-vacina | alexa a enfermeira da sala de vacina é fã de são tomé e príncipe qual a capital | ST
clube-de-xadrez | alexa o grande mestre que a gente estuda é {} qual é a capital desse país | da noruega=NO; da armênia lá do cáucaso=AM; do azerbaijão lá do cáucaso=AZ
clube-de-xadrez | alexa no torneio de xadrez online meu adversário era {} qual a capital | da ucrânia=UA; da polônia=PL; da índia lá da ásia=IN
clube-de-xadrez | alexa xeque-mate e agora me fala a capital da rússia | RU
clube-de-xadrez | alexa a olimpíada de xadrez desse ano é na hungria qual é a capital da hungria mesmo | HU
clube-de-xadrez | alexa o clube de xadrez da praça quer saber a capital da holanda | NL
clube-de-xadrez | alexa o grande mestre chinês ganhou qual é a capital da china | CN
clube-de-xadrez | alexa enquanto o relógio corre me diz a capital de cuba | CU
clube-de-xadrez | alexa o campeão mundial antigo era da letônia qual era a capital da letônia | LV
karaoke | alexa a música que eu vou cantar no karaokê é {} qual é a capital de lá | de porto rico=PR; da jamaica no reggae=JM; da colômbia=CO
karaoke | alexa no karaokê da firma cantaram uma música {} qual é a capital | da coreia do sul=KR; do japão=JP; da suécia=SE
karaoke | alexa a próxima do karaokê é uma canção da irlanda qual é a capital da irlanda | IE
karaoke | alexa cantei despacito e agora quero saber a capital de porto rico | PR
karaoke | alexa o cara do karaokê cantou em francês qual a capital da frança | FR
karaoke | alexa a música do karaokê era do abba qual a capital da suécia | SE
karaoke | alexa deu nota cem no karaokê qual é a capital de trinidad e tobago | TT
professora-de-geografia | alexa tô montando a aula do sétimo ano sobre {} qual é a capital | a oceania e a nova zelândia=NZ; a papua-nova guiné=PG; as ilhas fiji=FJ
professora-de-geografia | alexa preciso conferir pro slide da aula a capital {} | do paraguai=PY; do uruguai=UY; do equador=EC
professora-de-geografia | alexa pra prova bimestral confirma a capital {} | da venezuela=VE; do suriname=SR; da guiana=GY
professora-de-geografia | alexa a professora de geografia quer a capital do timor-leste pra aula de lusofonia | TL
professora-de-geografia | alexa no plano de aula sobre o oriente médio qual é a capital do líbano | LB
professora-de-geografia | alexa vou corrigir as provas qual é a capital da síria | SY
professora-de-geografia | alexa os alunos erraram a capital do iraque qual é a certa | IQ
professora-de-geografia | alexa preciso da capital do irã pro mapa mudo | IR
professora-de-geografia | alexa o livro didático traz a capital de israel qual é | IL
professora-de-geografia | alexa aula sobre o sudeste asiático qual é a capital de brunei | BN
educacao-infantil | alexa a tia da creche falou que o pinguim mora na antártida qual é a capital da antártida | AQ
educacao-infantil | alexa eu tenho cinco anos qual é a capital do canguru a austrália | AU
educacao-infantil | alexa o leão vem da áfrica qual é a capital do quênia | KE
educacao-infantil | alexa o panda mora na china qual que é a capital da china | CN
educacao-infantil | alexa meu desenho favorito é da inglaterra qual é a capital | GB-ENG
educacao-infantil | alexa a tia perguntou qual é a capital do egito das pirâmides | EG
educacao-infantil | alexa a capital do brasil é qual | BR
educacao-infantil | alexa o urso polar mora no canadá qual a capital do canadá | CA
educacao-infantil | alexa a minha professora falou do méxico qual a capital do méxico | MX
educacao-infantil | alexa o elefante mora na tailândia qual é a capital de lá | TH
formula-um | alexa o grande prêmio desse fim de semana é {} qual é a capital | no azerbaijão em baku=AZ; em mônaco=MC; na hungria=HU
formula-um | alexa a corrida de fórmula um de domingo é {} me fala a capital do país | na áustria=AT; na bélgica=BE; na holanda em zandvoort=NL
formula-um | alexa o piloto novato é {} qual é a capital de lá | da tailândia=TH; da finlândia=FI; da dinamarca=DK
formula-um | alexa a corrida noturna é em singapura qual é a capital de singapura | SG
formula-um | alexa o gp é no barein qual a capital do barein | BH
formula-um | alexa tô acordando de madrugada pra ver o gp do japão qual é a capital do japão | JP
formula-um | alexa o box da equipe fica na itália qual é a capital da itália | IT
formula-um | alexa o gp de las vegas é em nevada qual é a capital de nevada | US-NV
formula-um | alexa a corrida de miami é na flórida qual a capital da flórida | US-FL
formula-um | alexa o gp do canadá é em montreal qual é a capital do quebec | CA-QC
maratonistas | alexa vou correr a maratona {} qual é a capital desse lugar | de berlim=DE-BE; de boston em massachusetts=US-MA; de chicago em illinois=US-IL
maratonistas | alexa meu treinador de corrida vai pra uma prova {} qual é a capital | no quênia=KE; na etiópia lá na áfrica=ET; em portugal=PT
maratonistas | alexa o corredor que ganhou a são silvestre é de qual país ah da uganda qual a capital da uganda | UG
maratonistas | alexa depois do longão de domingo quero saber a capital da eritreia | ER
maratonistas | alexa vou correr a maratona de tóquio e queria saber a capital do japão | JP
maratonistas | alexa minha assessoria de corrida vai pra meia maratona no chile qual é a capital do chile | CL
maratonistas | alexa a maratona de nova york é no estado de nova york qual é a capital do estado | US-NY
surfistas | alexa o circuito mundial de surfe vai {} qual é a capital | pro taiti na polinésia francesa=PF; pra indonésia=ID; pra el salvador=SV
surfistas | alexa tô no outside esperando a série qual é a capital {} | do havaí=US-HI; da austrália=AU; da costa rica=CR
surfistas | alexa o surfista campeão treinou em jeffreys bay qual é a capital da áfrica do sul | ZA
surfistas | alexa a onda gigante de nazaré é em portugal qual é a capital de portugal | PT
surfistas | alexa a prova do circuito é no marrocos qual a capital do marrocos | MA
surfistas | alexa a trip de surfe vai pro peru qual é a capital do peru | PE
surfistas | alexa o surfista australiano é de queensland qual é a capital de queensland | AU-QLD
surfistas | alexa a galera vai surfar nas mentawai na indonésia qual é a capital de lá | ID
podcast | alexa tô gravando o episódio do podcast e preciso da capital {} | da tunísia=TN; do egito=EG; do sudão=SD
podcast | alexa pausa na gravação do podcast qual é a capital {} | da coreia do norte=KP; do vietnã=VN; do paquistão=PK
podcast | alexa o convidado do podcast falou de bangladesh qual é a capital de bangladesh | BD
podcast | alexa no podcast de história a gente vai falar da turquia qual a capital da turquia | TR
podcast | alexa o ouvinte do podcast mandou pergunta qual é a capital do sri lanka | LK
podcast | alexa edita aí não é contigo alexa qual é a capital do cazaquistão | KZ
podcast | alexa o tema do podcast é taiwan qual é a capital de taiwan | TW
podcast | alexa o podcast de política vai falar do kosovo qual é a capital do kosovo | XK
comercio-exterior | alexa o importador {} pediu uma cotação qual é a capital do país dele | da nigéria=NG; de gana=GH; da costa do marfim=CI
comercio-exterior | alexa o contêiner de café vai pra {} preciso da capital pro documento | a bélgica=BE; a alemanha=DE; a eslováquia=SK
comercio-exterior | alexa o cliente de frango halal é {} qual a capital | do catar=QA; dos emirados=AE; da arábia saudita=SA
comercio-exterior | alexa a carta de crédito veio de um banco da tchéquia qual é a capital | CZ
comercio-exterior | alexa a exportação de soja vai pra croácia qual é a capital da croácia | HR
comercio-exterior | alexa o agente de carga perguntou a capital da áustria | AT
comercio-exterior | alexa o comprador de carne é de chipre qual é a capital de chipre | CY
comercio-exterior | alexa na reunião com o despachante aduaneiro surgiu a capital de luxemburgo | LU
comercio-exterior | alexa vamos exportar pra mauritânia e pro senegal primeiro me fala a capital da mauritânia | MR
mochileiros | alexa tô de mochilão no hostel e o próximo destino é {} qual a capital | a bolívia=BO; o peru=PE; o equador=EC
mochileiros | alexa o mochileiro do beliche de cima é {} qual é a capital do país dele | da nova zelândia=NZ; da eslováquia=SK; da estônia=EE
mochileiros | alexa o ônibus do mochilão vai cruzar {} qual a capital | o laos=LA; o camboja=KH; o vietnã=VN
mochileiros | alexa tô no salar de uyuni qual é a capital da bolívia | BO
mochileiros | alexa a galera do hostel tá indo pra montenegro qual é a capital | ME
mochileiros | alexa vou pegar o trem pra albânia qual a capital da albânia | AL
mochileiros | alexa no mochilão pela ásia central qual é a capital do quirguistão | KG
mochileiros | alexa acabou o dinheiro do mochilão mas qual é a capital do nepal | NP
recepcao-de-hotel | alexa o hóspede do quarto trinta e dois é {} qual a capital de lá | da república dominicana=DO; do haiti=HT; de belize=BZ
recepcao-de-hotel | alexa tô na recepção do hotel e o hóspede preencheu a ficha {} qual é a capital | da bélgica=BE; da dinamarca=DK; do luxemburgo=LU
recepcao-de-hotel | alexa o casal de hóspedes é do panamá qual a capital do panamá | PA
recepcao-de-hotel | alexa o hóspede mostrou um passaporte das ilhas marshall qual é a capital | MH
recepcao-de-hotel | alexa no check-in o senhor disse que é de palau qual é a capital | PW
recepcao-de-hotel | alexa a reserva veio de um hóspede do nepal qual a capital do nepal | NP
recepcao-de-hotel | alexa o turista da recepção é de malta qual é a capital | MT
recepcao-de-hotel | alexa o hóspede é de mauritius quer dizer maurício qual é a capital | MU
tia-do-zap | alexa vi no grupo da família que a capital {} mudou é verdade qual é a capital | da indonésia=ID; da nigéria=NG; do cazaquistão=KZ
tia-do-zap | alexa minha sobrinha mandou no zap uma figurinha {} qual é a capital de lá | da suíça=CH; da grécia=GR; da turquia=TR
tia-do-zap | alexa a corrente do zap diz que a capital da austrália é sydney qual é a capital da austrália | AU
tia-do-zap | alexa minha comadre encaminhou um áudio falando da capital de mianmar qual é ela | MM
tia-do-zap | alexa no grupo das amigas da igreja perguntaram a capital do marrocos | MA
tia-do-zap | alexa mandaram no zap que a capital do canadá é toronto qual é a capital do canadá de verdade | CA
tia-do-zap | alexa a tia do zap quer saber a capital da nova zelândia pra mandar no grupo | NZ
tia-do-zap | alexa antes de encaminhar me confirma a capital da bolívia | BO
professora-aposentada | alexa no meu tempo de professora a capital {} era outra qual é hoje | do cazaquistão=KZ; da tanzânia=TZ; de mianmar=MM
professora-aposentada | alexa fui professora de geografia trinta anos e esqueci a capital {} | da costa do marfim=CI; de burundi=BI; da nigéria=NG
professora-aposentada | alexa a professora aposentada quer saber a capital de belize que antes era honduras britânica | BZ
professora-aposentada | alexa no meu tempo a alemanha era dividida qual é a capital da alemanha agora | DE
professora-aposentada | alexa dei aula no ginásio e não lembro mais a capital da tchecoslováquia digo da eslováquia | SK
professora-aposentada | alexa a ex-aluna me perguntou a capital de essuatíni | SZ
professora-aposentada | alexa no tempo da minha aula a capital do brasil era o rio e hoje qual é | BR
paraibanos | alexa oxe qual é a capital {} visse | da paraíba=BR-PB; de pernambuco=BR-PE; do piauí=BR-PI
paraibanos | alexa mainha quer saber a capital {} | do rio grande do norte=BR-RN; de alagoas=BR-AL; de sergipe=BR-SE
paraibanos | alexa arretado demais esse negócio me diz a capital do ceará | BR-CE
paraibanos | alexa lá de campina grande eu quero saber a capital da paraíba | BR-PB
paraibanos | alexa vixe maria qual é a capital de tocantins | BR-TO
paraibanos | alexa painho tá perguntando a capital do maranhão | BR-MA
paraibanos | alexa ô bichinha diga aí a capital de roraima | BR-RR
paraibanos | alexa avexe não me diga com calma a capital do amapá | BR-AP
brasiguaios | alexa che qual é a capital {} | do paraguai=PY; do mato grosso do sul=BR-MS; do paraná=BR-PR
brasiguaios | alexa mba'éichapa alexa qual é a capital do paraguai | PY
brasiguaios | alexa a minha avó fala guarani e quer saber a capital da argentina | AR
brasiguaios | alexa aqui na fronteira de ponta porã qual é a capital do paraguai che ra'a | PY
brasiguaios | alexa nde qual é a capital do uruguai | UY
brasiguaios | alexa sou brasiguaio de santa rita qual é a capital do brasil | BR
brasiguaios | alexa aguyjevete alexa e qual a capital de rondônia | BR-RO
nonna-italiana | alexa mamma mia qual é a capital {} | da itália=IT; de san marino=SM; da sicília digo da itália=IT
nonna-italiana | alexa a nonna lá do bixiga quer saber a capital do vaticano | VA
nonna-italiana | alexa dio santo essa máquina sabe a capital de malta | MT
nonna-italiana | alexa a nona pergunta qual é a capital do estado do espírito santo onde mora o primo | BR-ES
nonna-italiana | alexa o nono veio do vêneto e quer saber a capital da eslovênia | SI
nonna-italiana | alexa a nonna fez o macarrão de domingo e perguntou a capital da croácia | HR
nonna-italiana | alexa nonna quer saber a capital da suíça onde tem um primo | CH
argentinos-em-buzios | alexa che boludo qual é a capital {} | do brasil=BR; do chile=CL; do uruguai=UY
argentinos-em-buzios | alexa dale alexa me fala a capital da argentina | AR
argentinos-em-buzios | alexa sou argentino moro em búzios qual é a capital do rio de janeiro o estado | BR-RJ
argentinos-em-buzios | alexa la capital de paraguay cuál es digo qual é | PY
argentinos-em-buzios | alexa qual é a capital das malvinas que vocês chamam de falkland | FK
argentinos-em-buzios | alexa meu sócio argentino perguntou a capital de minas gerais | BR-MG
argentinos-em-buzios | alexa bárbaro e a capital do equador qual é | EC
colombianos | alexa parce qual é a capital {} | da colômbia=CO; do panamá=PA; da venezuela=VE
colombianos | alexa qué más alexa sou colombiano e quero a capital do peru | PE
colombianos | alexa chévere e qual é a capital de cuba | CU
colombianos | alexa a minha mamá de medellín quer saber a capital da costa rica | CR
colombianos | alexa estudo engenharia na unicamp sou de bogotá qual é a capital do estado de são paulo | BR-SP
colombianos | alexa oye parce a capital da nicarágua cuál es | NI
colombianos | alexa qual é a capital de honduras mi amor | HN
peruanos | alexa trabalho na cozinha de um restaurante peruano qual é a capital {} | do peru=PE; do equador=EC; da bolívia=BO
peruanos | alexa oe causa qual é a capital do chile | CL
peruanos | alexa o chef peruano quer saber a capital do japão por causa do nikkei | JP
peruanos | alexa entre um ceviche e outro qual é a capital da guatemala | GT
peruanos | alexa a cozinheira de arequipa pergunta a capital do méxico | MX
peruanos | alexa bacán e a capital de el salvador qual é | SV
nigerianos | alexa abeg tell me qual é a capital {} | da nigéria=NG; de gana=GH; de camarões=CM
nigerianos | alexa oga quer saber a capital do benin | BJ
nigerianos | alexa my sister qual é a capital do togo | TG
nigerianos | alexa eu nigeriano comerciante no brás quer saber capital de serra leoa | SL
nigerianos | alexa how far alexa qual a capital da libéria | LR
nigerianos | alexa no wahala só me fala a capital da gâmbia | GM
bangladeshis | alexa bhai qual é a capital {} | de bangladesh=BD; da índia=IN; do paquistão=PK
bangladeshis | alexa eu trabalha no frigorífico de chapecó qual capital de bangladesh | BD
bangladeshis | alexa dhonnobad alexa e qual é a capital do sri lanka | LK
bangladeshis | alexa meu colega do frigorífico é do nepal qual a capital do nepal | NP
bangladeshis | alexa a capital de santa catarina qual é please | BR-SC
bangladeshis | alexa the capital of bengala ocidental qual é | IN-WB
afegaos | alexa salam qual é a capital {} | do afeganistão=AF; do irã=IR; do tadjiquistão=TJ
afegaos | alexa tashakor alexa e qual a capital do uzbequistão | UZ
afegaos | alexa eu refugiado afegão aprendendo português qual capital de turcomenistão | TM
afegaos | alexa bale bale e qual é a capital do paquistão | PK
afegaos | alexa minha filha estuda em curitiba qual é a capital do paraná | BR-PR
afegaos | alexa eu quer saber capital de catar | QA
follow-up | alexa e {} | a de honduras=HN; a do quirguistão=KG; a de granada=GD
follow-up | alexa e a capital {} então | de angola=AO; do malaui=MW; de gâmbia=GM
follow-up | alexa tá e {} qual é | a da bielorrússia=BY; a do butão=BT; a da moldávia=MD
follow-up | alexa beleza agora a {} | do burundi=BI; de nauru=NR; de tuvalu=TV
follow-up | alexa valeu e a de cabo verde | CV
follow-up | alexa entendi e a do sudão do sul | SS
follow-up | alexa e aquela outra da etiópia | ET
follow-up | alexa mais uma a da eritreia | ER
follow-up | alexa e do lado a da libéria | LR
follow-up | alexa ótimo e a do vizinho uruguai | UY
follow-up | alexa agora faz a da nicarágua | NI
follow-up | alexa e a de são vicente e granadinas | VC
follow-up | alexa e a de antígua e barbuda | AG
follow-up | alexa então me fala a do djibuti agora | DJ
follow-up | alexa e a da guiana francesa | GF
follow-up | alexa e a de mayotte | YT
follow-up | alexa e a da ilha da reunião | RE
follow-up | alexa próxima a de guadalupe | GP
follow-up | alexa e a de wallis e futuna | WF
follow-up | alexa e a de niue | NU
follow-up | alexa e a das ilhas cook | CK
follow-up | alexa e a do território do norte da austrália | AU-NT
follow-up | alexa e a da tasmânia | AU-TAS
follow-up | alexa e a do saara ocidental | EH
follow-up | alexa e a de são pedro e miquelão | PM
follow-up | alexa e a de anguila | AI
follow-up | alexa e a de montserrat | MS
follow-up | alexa e a de guam | GU
follow-up | alexa e a da samoa americana | AS
subdivision | alexa qual é a capital do estado {} | do acre=BR-AC; do pará=BR-PA; do amazonas=BR-AM
subdivision | alexa me fala a capital {} | de goiás=BR-GO; do mato grosso=BR-MT; da bahia=BR-BA
subdivision | alexa qual que é a capital do estado {} | de santa catarina=BR-SC; do rio grande do sul=BR-RS; do espírito santo=BR-ES
subdivision | alexa capital {} | do texas=US-TX; da califórnia=US-CA; do alasca=US-AK
subdivision | alexa qual a capital do estado americano {} | de ohio=US-OH; de michigan=US-MI; da pensilvânia=US-PA
subdivision | alexa qual é a capital {} nos estados unidos | de illinois=US-IL; de washington o estado=US-WA; do colorado=US-CO
subdivision | alexa qual é a capital da província canadense {} | de ontário=CA-ON; de alberta=CA-AB; da colúmbia britânica=CA-BC
subdivision | alexa a capital da província {} qual é | de manitoba=CA-MB; de saskatchewan=CA-SK; da nova escócia=CA-NS
subdivision | alexa qual é a capital do estado australiano {} | de nova gales do sul=AU-NSW; de vitória=AU-VIC; da austrália ocidental=AU-WA
subdivision | alexa qual é a capital do estado indiano {} | de maharashtra=IN-MH; de kerala=IN-KL; de tamil nadu=IN-TN
subdivision | alexa na índia qual é a capital {} | do rajastão=IN-RJ; de goa=IN-GA; de karnataka=IN-KA
subdivision | alexa qual é a capital do estado alemão {} | da baviera=DE-BY; da saxônia=DE-SN; de hesse=DE-HE
subdivision | alexa qual a capital {} na alemanha | da baixa saxônia=DE-NI; da renânia do norte-vestfália=DE-NW; da turíngia=DE-TH
subdivision | alexa qual é a capital do estado mexicano {} | de jalisco=MX-JAL; de nuevo león=MX-NLE; de chiapas=MX-CHP
subdivision | alexa no méxico qual a capital {} | de sonora=MX-SON; de quintana roo=MX-ROO; de veracruz=MX-VER
subdivision | alexa qual é a capital da escócia | GB-SCT
subdivision | alexa qual a capital do país de gales | GB-WLS
subdivision | alexa me diz a capital da irlanda do norte | GB-NIR
subdivision | alexa qual é a capital do território de yukon | CA-YT
subdivision | alexa qual a capital de nunavut | CA-NU
subdivision | alexa capital da ilha do príncipe eduardo | CA-PE
subdivision | alexa qual é a capital de terra nova e labrador | CA-NL
subdivision | alexa qual a capital da austrália meridional | AU-SA
subdivision | alexa qual é a capital de uttar pradesh | IN-UP
subdivision | alexa qual é a capital de assam | IN-AS
subdivision | alexa capital de jammu e caxemira | IN-JK
subdivision | alexa qual é a capital de ladakh | IN-LA
subdivision | alexa qual a capital de baden-württemberg | DE-BW
subdivision | alexa qual é a capital de brandemburgo | DE-BB
subdivision | alexa qual é a capital de oaxaca | MX-OAX
subdivision | alexa qual a capital da baixa califórnia | MX-BCN
subdivision | alexa qual a capital de luisiana | US-LA
subdivision | alexa capital do tennessee | US-TN
subdivision | alexa qual é a capital do kentucky | US-KY
subdivision | alexa qual é a capital de massachusetts | US-MA
subdivision | alexa qual a capital da virgínia ocidental | US-WV
subdivision | alexa qual é a capital do distrito federal | BR-DF
subdivision | alexa qual a capital de hong kong | HK
subdivision | alexa qual é a capital de macau | MO
subdivision | alexa qual é a capital do território da capital australiana | AU-ACT
subdivision | alexa qual a capital de jersey | JE
subdivision | alexa qual é a capital de guernsey | GG
subdivision | alexa qual é a capital das bermudas | BM
subdivision | alexa qual a capital da nova caledônia | NC
subdivision | alexa qual a capital de svalbard | SJ
subdivision | alexa qual é a capital das ilhas aland | AX
subdivision | alexa qual é a capital das ilhas virgens britânicas | VG
subdivision | alexa qual é a capital das ilhas virgens americanas | VI
subdivision | alexa qual é a capital das ilhas marianas do norte | MP
subdivision | alexa qual a capital de sint maarten | SX
subdivision | alexa qual a capital de são martinho no caribe | MF
subdivision | alexa qual é a capital de são bartolomeu | BL
subdivision | alexa qual é a capital da ilha norfolk | NF
subdivision | alexa qual a capital da ilha christmas | CX
subdivision | alexa qual é a capital de gibraltar | GI
subdivision | alexa qual é a capital de bonaire | BQ
plural-capitals | alexa quais são as capitais {} | do benin=BJ; da bolívia=BO; da costa do marfim=CI
plural-capitals | alexa me fala as capitais {} | do sri lanka=LK; da malásia=MY; dos países baixos=NL
plural-capitals | alexa quais as capitais {} | de essuatíni=SZ; da áfrica do sul=ZA; da palestina=PS
plural-capitals | alexa o radioamador quer as capitais {} | da áfrica do sul=ZA; da malásia=MY; do benin=BJ
plural-capitals | alexa pro podcast preciso das duas capitais {} | da bolívia=BO; do sri lanka=LK; da palestina=PS
plural-capitals | alexa a professora de geografia quer as capitais {} pro slide | da costa do marfim=CI; de essuatíni=SZ; da holanda=NL
plural-capitals | alexa quantas e quais são as capitais da áfrica do sul | ZA
plural-capitals | alexa a áfrica do sul tem três capitais quais são | ZA
plural-capitals | alexa no navio o colega sul-africano perguntou as capitais do país dele | ZA
plural-capitals | alexa o mochileiro quer saber as capitais bolivianas | BO
plural-capitals | alexa la paz e sucre são as capitais da bolívia né me fala as duas | BO
plural-capitals | alexa o comprador da malásia quer saber as capitais da malásia | MY
plural-capitals | alexa kuala lumpur e putrajaya são capitais da malásia quais são as capitais | MY
plural-capitals | alexa o importador marfinense perguntou as capitais da costa do marfim | CI
plural-capitals | alexa quais são as duas capitais do país dos marfinenses | CI
plural-capitals | alexa o nigeriano perguntou as capitais do benin que é vizinho | BJ
plural-capitals | alexa porto-novo e cotonou são as capitais do benin quais são | BJ
plural-capitals | alexa o colega do frigorífico perguntou as capitais do sri lanka | LK
plural-capitals | alexa quais são as capitais de sri lanka o antigo ceilão | LK
plural-capitals | alexa o piloto holandês quer saber as capitais da holanda | NL
plural-capitals | alexa amsterdã e haia são as capitais dos países baixos quais são as capitais | NL
plural-capitals | alexa quais são as capitais do reino de essuatíni | SZ
plural-capitals | alexa a ex-aluna perguntou as capitais da suazilândia que hoje é essuatíni | SZ
plural-capitals | alexa no podcast de política quais são as capitais da palestina | PS
plural-capitals | alexa o refugiado palestino quer ouvir as capitais do país dele | PS
plural-capitals | alexa me diz todas as capitais da áfrica do sul pretória e as outras | ZA
plural-capitals | alexa a tia do zap quer as capitais da bolívia | BO
plural-capitals | alexa as capitais da malásia pra prova quais são | MY
plural-capitals | alexa preciso das capitais da costa do marfim pra fatura | CI
plural-capitals | alexa a rádio comunitária quer as capitais do benin | BJ
plural-capitals | alexa as capitais do sri lanka quais são mesmo | LK
plural-capitals | alexa a filatelista quer as capitais dos países baixos pro álbum | NL
plural-capitals | alexa a clínica de vacina quer as capitais de essuatíni | SZ
plural-capitals | alexa as capitais da palestina pra aula de história quais são | PS
yes-no-check | alexa é verdade que a capital {} | da austrália é sydney=AU; do canadá é toronto=CA; da turquia é istambul=TR
yes-no-check | alexa confere pra mim se a capital {} | da suíça é genebra=CH; do marrocos é casablanca=MA; da nigéria é lagos=NG
yes-no-check | alexa a capital {} né | da nova zelândia é auckland=NZ; do vietnã é hanói=VN; da tanzânia é dodoma=TZ
yes-no-check | alexa a capital {} ou não | do paquistão é islamabad=PK; do cazaquistão é astana=KZ; de mianmar é naypyidaw=MM
yes-no-check | alexa tô certo que a capital do brasil é brasília | BR
yes-no-check | alexa a capital dos estados unidos é nova york sim ou não | US
yes-no-check | alexa a capital da bahia é salvador confirma | BR-BA
yes-no-check | alexa é mesmo que a capital do equador é guayaquil | EC
yes-no-check | alexa belém é a capital do pará tá certo | BR-PA
yes-no-check | alexa o rio de janeiro ainda é a capital do brasil | BR
yes-no-check | alexa a capital da índia é mumbai ou eu tô errado | IN
yes-no-check | alexa a capital da califórnia é los angeles né | US-CA
yes-no-check | alexa é verdade que a capital da bolívia é la paz | BO
yes-no-check | alexa fala a verdade a capital da coreia do sul é seul | KR
yes-no-check | alexa a tia do zap disse que a capital da espanha é barcelona é isso mesmo | ES
yes-no-check | alexa a capital de goiás é goiânia confere | BR-GO
yes-no-check | alexa a capital da escócia é glasgow | GB-SCT
yes-no-check | alexa a capital de israel é tel aviv é isso | IL
yes-no-check | alexa apostei que a capital do camarões é douala acertei | CM
yes-no-check | alexa a capital do benin é cotonou sim ou não | BJ
self-correction | alexa rapidinho qual é a capital {} | da áustria não da austrália=AU; da suécia digo da suíça=CH; do níger quer dizer da nigéria=NG
self-correction | alexa me fala aí a capital {} | da eslováquia não pera da eslovênia=SI; do irã não do iraque=IQ; da gâmbia ops da zâmbia=ZM
self-correction | alexa a capital {} qual é | da guiné-bissau não da guiné equatorial=GQ; do paraguai quer dizer do uruguai=UY; da colômbia não da bolívia=BO
self-correction | alexa qual é a capital da letônia não espera da lituânia | LT
self-correction | alexa qual a capital de mônaco ou melhor de malta | MT
self-correction | alexa capital do mali desculpa do malaui | MW
self-correction | alexa qual é a capital da dominica não da república dominicana | DO
self-correction | alexa qual é a capital do sudão não do sudão do sul | SS
self-correction | alexa qual a capital de goiás não de goiânia eu quis dizer do tocantins | BR-TO
self-correction | alexa qual é a capital da geórgia o estado americano | US-GA
self-correction | alexa capital do congo ah não da república do congo | CG
self-correction | alexa qual é a capital da romênia errei da hungria | HU
self-correction | alexa qual a capital do canadá não calma do méxico | MX
self-correction | alexa qual é a capital da croácia não da sérvia | RS
self-correction | alexa capital da dinamarca ih não da noruega | NO
reverse-question | alexa {} é capital de qual país | ulan bator=CITY:Ulan Bator; bishkek=CITY:Bishkek; tashkent=CITY:Tashkent
reverse-question | alexa de que país é a capital {} | windhoek=CITY:Windhoek; gaborone=CITY:Gaborone; maputo=CITY:Maputo
reverse-question | alexa a cidade de {} é capital de onde | assunção=CITY:Assunção; montevidéu=CITY:Montevidéu; caracas=CITY:Caracas
reverse-question | alexa {} é a capital de que lugar | tbilisi=CITY:Tbilisi; ierevan=CITY:Yerevan; baku=CITY:Baku
reverse-question | alexa qual país tem a capital {} | nairóbi=CITY:Nairóbi; acra=CITY:Acra; dacar=CITY:Dakar
reverse-question | alexa katmandu é capital de qual país | CITY:Katmandu
reverse-question | alexa ouagadougou é a capital de onde | CITY:Ouagadougou
reverse-question | alexa de onde é a capital manágua | CITY:Manágua
reverse-question | alexa canberra é capital de onde | CITY:Canberra
reverse-question | alexa palmas é a capital de qual estado | CITY:Palmas
reverse-question | alexa teresina é capital de que estado | CITY:Teresina
reverse-question | alexa boa vista é capital de onde | CITY:Boa Vista
reverse-question | alexa a cidade de sacramento é capital de qual estado americano | CITY:Sacramento
reverse-question | alexa hobart é a capital de onde | CITY:Hobart
reverse-question | alexa thimphu é capital de qual país | CITY:Thimphu
reverse-question | alexa kingston é capital de onde | CITY:Kingston
reverse-question | alexa funafuti é capital de qual país | CITY:Funafuti
reverse-question | alexa a capital chamada porto-novo é de onde | CITY:Porto Novo
reverse-question | alexa lilongwe é capital de que país | CITY:Lilongwe
reverse-question | alexa ashgabat é capital de onde mesmo | CITY:Asgabate
official-name | alexa qual é a capital {} | da república federativa do brasil=BR; da federação russa=RU; da república popular da china=CN
official-name | alexa me fala qual é a capital {} | do reino da espanha=ES; da república árabe do egito=EG; dos estados unidos mexicanos=MX
official-name | alexa qual a capital {} | do reino unido da grã-bretanha e irlanda do norte=GB; da república islâmica do irã=IR; da república federal da alemanha=DE
official-name | alexa preciso da capital {} pro documento | do reino hachemita da jordânia=JO; da república da índia=IN; do estado do catar=QA
official-name | alexa qual é a capital da república democrática do congo | CD
official-name | alexa qual é a capital da república democrática federal da etiópia | ET
official-name | alexa qual a capital da república popular democrática da coreia | KP
official-name | alexa qual a capital da república da coreia | KR
official-name | alexa qual é a capital da república do quênia | KE
official-name | alexa qual é a capital da confederação suíça | CH
official-name | alexa qual é a capital do grão-ducado de luxemburgo | LU
official-name | alexa qual a capital do principado de liechtenstein | LI
official-name | alexa qual é a capital da república oriental do uruguai | UY
official-name | alexa qual é a capital da república bolivariana da venezuela | VE
official-name | alexa qual é a capital do estado plurinacional da bolívia | BO
official-name | alexa qual a capital da república socialista do vietnã | VN
official-name | alexa qual a capital do reino do camboja | KH
official-name | alexa qual é a capital da república democrática popular do laos | LA
official-name | alexa qual é a capital da comunidade da austrália | AU
official-name | alexa qual é a capital da república da china em taiwan | TW
official-name | alexa qual é a capital dos estados federados da micronésia | FM
everyday-name | alexa qual é a capital {} hoje em dia | da holanda=NL; da birmânia=MM; da república tcheca=CZ
everyday-name | alexa fala pra mim a capital {} | dos eua=US; da inglaterra=GB-ENG; da suazilândia=SZ
everyday-name | alexa a capital {} qual que é | da macedônia=MK; da bielorrússia que chamam de belarus=BY; do timor=TL
everyday-name | alexa qual é a capital {} mesmo | do vaticano=VA; da costa do marfim=CI; dos emirados=AE
everyday-name | alexa qual é a capital da américa | US
everyday-name | alexa qual a capital da grã-bretanha | GB
everyday-name | alexa capital das arábias digo da arábia saudita | SA
everyday-name | alexa qual é a capital do zaire | CD
everyday-name | alexa qual é a capital da rússia que antes era a união soviética | RU
everyday-name | alexa capital do congo brazzaville | CG
everyday-name | alexa capital do congo kinshasa | CD
everyday-name | alexa qual a capital da turquia que agora chamam de türkiye | TR
everyday-name | alexa qual a capital do ceilão | LK
everyday-name | alexa qual é a capital da pérsia que é o irã | IR
everyday-name | alexa qual é a capital dos states | US
everyday-name | alexa qual a capital da chéquia | CZ
everyday-name | alexa qual é a capital do quirguistão o quirguízia | KG
shared-name | alexa qual é a capital {} que eu esqueci | do congo=CD+CG; da coreia=KP+KR; da geórgia=GE+US-GA
shared-name | alexa me fala as capitais {} por favor | das duas coreias=KP+KR; dos dois congos=CD+CG; das carolinas=US-NC+US-SC
shared-name | alexa e quais são as capitais {} | das dakotas=US-ND+US-SD; das ilhas virgens=VG+VI; dos dois sudões=SD+SS
shared-name | alexa a capital da dominica e da república dominicana | DM+DO
shared-name | alexa o radioamador falou com a geórgia qual é a capital de lá | GE+US-GA
shared-name | alexa capital da coreia | KP+KR
shared-name | alexa qual é a capital das carolinas do norte e do sul | US-NC+US-SC
shared-name | alexa a capital do congo qual é | CD+CG
shared-name | alexa qual a capital das ilhas virgens no caribe | VG+VI
shared-name | alexa as capitais dos sudões | SD+SS
shared-name | alexa qual é a capital da dakota | US-ND+US-SD
shared-name | alexa geórgia qual é a capital | GE+US-GA
help | alexa {} como funciona esse jogo das capitais | me explica=HELP; me ensina=HELP; não entendi=HELP
help | alexa o que eu posso perguntar {} | pra você=HELP; nas capitais do mundo=HELP; aqui nesse negócio=HELP
help | alexa {} o que eu falo agora | socorro=HELP; me ajuda=HELP; tô perdido=HELP
help | alexa como é que eu pergunto uma capital {} | pra essa skill=HELP; direito=HELP; sem errar=HELP
help | alexa ajuda {} | por favor=HELP; aí=HELP; com as capitais=HELP
help | alexa quais perguntas {} | você responde=HELP; eu posso fazer=HELP; a skill aceita=HELP
help | alexa o radioamador não sabe usar isso me ajuda | HELP
help | alexa a nonna não entendeu como usa me explica | HELP
help | alexa tô na recepção e não sei mexer nisso como faz | HELP
help | alexa abeg help me como funciona | HELP
help | alexa bhai como eu uso isso | HELP
help | alexa parce no entiendo como funciona me ajuda | HELP
help | alexa che cómo funciona esto me ajuda | HELP
help | alexa a tia do zap quer saber como usar essa skill | HELP
help | alexa a professora aposentada pediu as instruções | HELP
help | alexa quais são os comandos | HELP
help | alexa você sabe fazer o quê | HELP
help | alexa me dá uma dica de como perguntar | HELP
help | alexa o que dá pra fazer aqui | HELP
help | alexa explica de novo como é que usa | HELP
help | alexa oxe e como é que pergunta isso | HELP
help | alexa eu não sei o que falar | HELP
help | alexa instruções por favor | HELP
help | alexa me orienta aí | HELP
help | alexa tashakor mas como usar | HELP
help | alexa preciso de ajuda com esse aplicativo de capitais | HELP
help | alexa o menino da biblioteca quer ajuda | HELP
stop | alexa {} por hoje | chega=STOP; para=STOP; encerra=STOP
stop | alexa {} que eu vou dormir | pode parar=STOP; desliga=STOP; sai=STOP
stop | alexa {} obrigado | tá bom pode parar=STOP; já deu=STOP; pode sair=STOP
stop | alexa {} o jogo das capitais | fecha=STOP; sai do=STOP; encerra de vez=STOP
stop | alexa {} já terminei | para tudo=STOP; pode desligar=STOP; fecha aí=STOP
stop | alexa o podcast começou {} | para de falar=STOP; fica quieta=STOP; silêncio=STOP
stop | alexa che basta | STOP
stop | alexa oxe para com isso | STOP
stop | alexa abeg stop | STOP
stop | alexa parce ya para | STOP
stop | alexa bhai stop now | STOP
stop | alexa mamma mia chega | STOP
stop | alexa câmbio desligo | STOP
stop | alexa o hóspede chegou pode parar | STOP
stop | alexa acabou o intervalo da rádio para | STOP
stop | alexa tá bom já sei o que eu queria tchau | STOP
stop | alexa sair das capitais do mundo | STOP
stop | alexa fim | STOP
stop | alexa encerrar sessão | STOP
stop | alexa pode ir embora | STOP
stop | alexa tchau tchau | STOP
stop | alexa a nenê dormiu para de falar | STOP
stop | alexa desliga a skill | STOP
stop | alexa xô para | STOP
stop | alexa deu por hoje valeu | STOP
stop | alexa já chega de capital | STOP
stop | alexa a enfermeira chamou meu nome para | STOP
stop | alexa o voo vai decolar desliga | STOP
cancel | alexa {} essa pergunta | cancela=CANCEL; esquece=CANCEL; deixa pra lá=CANCEL
cancel | alexa {} não era isso | cancelar=CANCEL; anula=CANCEL; desfaz=CANCEL
cancel | alexa {} | cancela aí=CANCEL; cancela tudo=CANCEL; pode cancelar=CANCEL
cancel | alexa {} perguntei errado | esquece aí=CANCEL; deixa quieto=CANCEL; ignora=CANCEL
cancel | alexa {} mudei de ideia | cancela isso=CANCEL; não precisa mais=CANCEL; esquece o que eu falei=CANCEL
cancel | alexa nada não {} | esquece=CANCEL; deixa=CANCEL; cancela=CANCEL
cancel | alexa che olvidate cancela | CANCEL
cancel | alexa oxe deixa pra lá | CANCEL
cancel | alexa abeg cancel am | CANCEL
cancel | alexa parce olvídalo | CANCEL
cancel | alexa bhai cancel | CANCEL
cancel | alexa lascia stare alexa esquece | CANCEL
cancel | alexa câmbio cancela a última | CANCEL
cancel | alexa a tia do zap disse pra cancelar | CANCEL
cancel | alexa o hóspede desistiu cancela | CANCEL
cancel | alexa não quero mais saber cancela | CANCEL
cancel | alexa volta não era essa pergunta | CANCEL
cancel | alexa cancela o pedido da capital | CANCEL
cancel | alexa esquece a capital que eu pedi | CANCEL
cancel | alexa não não cancela | CANCEL
cancel | alexa errei tudo cancela | CANCEL
cancel | alexa deixa essa pra depois cancela | CANCEL
cancel | alexa esquece a pergunta da maratona | CANCEL
cancel | alexa ops cancela | CANCEL
cancel | alexa pode esquecer viu | CANCEL
cancel | alexa cancela a pergunta do aluno | CANCEL
cancel | alexa não era pra você cancela | CANCEL
launch | alexa {} capitais do mundo por favor | abrir=LAUNCH; abre o=LAUNCH; iniciar=LAUNCH
launch | alexa {} capitais do mundo agora | começar=LAUNCH; abra=LAUNCH; entrar no=LAUNCH
launch | alexa {} capitais do mundo com a família | jogar=LAUNCH; bora jogar=LAUNCH; carregar o=LAUNCH
launch | alexa abre capitais do mundo {} | pro radioamador=LAUNCH; pra nonna=LAUNCH; pra turma do hostel=LAUNCH
launch | alexa inicia capitais do mundo {} | que a professora quer=LAUNCH; pro podcast=LAUNCH; pra aula=LAUNCH
launch | alexa quero usar capitais do mundo {} | agora=LAUNCH; de novo=LAUNCH; com as crianças=LAUNCH
launch | alexa che abrí capitais do mundo | LAUNCH
launch | alexa oxe abre aí capitais do mundo | LAUNCH
launch | alexa abeg open capitais do mundo | LAUNCH
launch | alexa parce abre capitais do mundo | LAUNCH
launch | alexa bhai open capitais do mundo please | LAUNCH
launch | alexa mamma mia abre o capitais do mundo | LAUNCH
launch | alexa câmbio abre capitais do mundo | LAUNCH
launch | alexa liga o capitais do mundo | LAUNCH
launch | alexa põe o capitais do mundo pra mim | LAUNCH
launch | alexa ativar capitais do mundo | LAUNCH
launch | alexa executa capitais do mundo | LAUNCH
launch | alexa chama o capitais do mundo | LAUNCH
launch | alexa vamos de capitais do mundo | LAUNCH
launch | alexa tia do zap quer abrir capitais do mundo | LAUNCH
help | alexa o que essa skill de capitais faz | HELP
help | alexa me mostra um exemplo de pergunta | HELP
help | alexa como eu peço as capitais de um estado | HELP
help | alexa dá pra perguntar de estado americano também me explica | HELP
help | alexa o que mais você sabe de capitais me ajuda | HELP
help | alexa fiquei confuso com as capitais me ajuda aí | HELP
help | alexa mba'éichapa como funciona isso | HELP
help | alexa salam me ajuda com isso | HELP
help | alexa ajuda pra nonna por favor | HELP
stop | alexa oe causa ya para | STOP
stop | alexa salam chega por hoje | STOP
stop | alexa no wahala pode parar | STOP
stop | alexa encerra que a rádio voltou | STOP
stop | alexa terminei o mochilão de perguntas tchau | STOP
cancel | alexa oe causa olvídate cancela | CANCEL
cancel | alexa bale cancela | CANCEL
cancel | alexa no wahala esquece | CANCEL
cancel | alexa cancela que o hóspede já foi | CANCEL
cancel | alexa esquece a do podcast | CANCEL
cancel | alexa esquece a capital do selo | CANCEL
cancel | alexa dá pra cancelar essa | CANCEL
cancel | alexa cancela a última pergunta da tia | CANCEL
out-of-domain | alexa como tá o tempo {} | em campina grande=FB; em búzios=FB; em chapecó=FB
out-of-domain | alexa vai chover {} | amanhã de manhã=FB; no fim de semana da maratona=FB; na hora do surfe=FB
out-of-domain | alexa qual a previsão do tempo {} | pro voo de amanhã=FB; pra lima no peru=FB; pra buenos aires=FB
out-of-domain | alexa toca {} | forró pé de serra=FB; uma cumbia colombiana=FB; música de karaokê=FB
out-of-domain | alexa coloca {} | um tango argentino=FB; polca paraguaia=FB; afrobeat nigeriano=FB
out-of-domain | alexa põe pra tocar {} | a rádio comunitária=FB; o podcast de geografia=FB; a tarantella da nonna=FB
out-of-domain | alexa qual é a moeda {} | do paraguai=FB; da nigéria=FB; de bangladesh=FB
out-of-domain | alexa quantos habitantes tem {} | o peru=FB; a colômbia=FB; o afeganistão=FB
out-of-domain | alexa que língua se fala {} | no afeganistão=FB; em bangladesh=FB; no paraguai=FB
out-of-domain | alexa que horas são {} | no japão=FB; em lagos=FB; em cabul=FB
out-of-domain | alexa qual é o fuso horário {} | de dubai=FB; da índia=FB; do acre=FB
out-of-domain | alexa quem é o presidente {} | da argentina=FB; da colômbia=FB; do peru=FB
out-of-domain | alexa qual é a maior cidade {} | da paraíba=FB; da nigéria=FB; do paraguai=FB
out-of-domain | alexa quanto tá o {} hoje | dólar=FB; euro=FB; peso argentino=FB
out-of-domain | alexa liga {} | a luz da sala=FB; o ventilador=FB; a tv=FB
out-of-domain | alexa desliga {} | a luz do quarto=FB; o ar-condicionado=FB; a cafeteira=FB
out-of-domain | alexa coloca um timer de {} | dez minutos=FB; meia hora pro ceviche=FB; vinte minutos pro molho da nonna=FB
out-of-domain | alexa me acorda {} | às cinco pro longão=FB; às quatro pro voo=FB; cedo pro turno=FB
out-of-domain | alexa adiciona {} na lista de compras | arroz=FB; limão pro ceviche=FB; farinha de mandioca=FB
out-of-domain | alexa quanto custa uma passagem {} | pra lima=FB; pra bogotá=FB; pra joão pessoa=FB
out-of-domain | alexa preciso de visto pra ir {} | pra nigéria=FB; pra índia=FB; pro afeganistão=FB
out-of-domain | alexa qual é a bandeira {} | do paraguai=FB; de bangladesh=FB; da nigéria=FB
out-of-domain | alexa quem ganhou o jogo {} | do flamengo=FB; do botafogo da paraíba=FB; do boca juniors=FB
out-of-domain | alexa quando é o próximo gp {} | de fórmula um=FB; do brasil=FB; de mônaco na tv=FB
out-of-domain | alexa quanto é {} | dois mais dois=FB; dez vezes doze=FB; cem dividido por quatro=FB
out-of-domain | alexa traduz {} pro português | tashakor=FB; dhonnobad=FB; aguyjevete=FB
out-of-domain | alexa como se diz {} em inglês | capital=FB; obrigado=FB; passaporte=FB
out-of-domain | alexa liga para {} | a mainha=FB; a nonna=FB; o despachante=FB
out-of-domain | alexa qual o caminho mais rápido {} | pro aeroporto=FB; pro porto=FB; pra biblioteca=FB
out-of-domain | alexa me conta {} | uma piada=FB; uma história de ninar=FB; uma curiosidade=FB
out-of-domain | alexa o que é capital {} | social=FB; de giro=FB; intelectual=FB
out-of-domain | alexa como calcular o capital {} | de giro da empresa=FB; inicial do negócio=FB; social da firma=FB
out-of-domain | alexa qual é a chamada capital {} | do forró=FB; do surfe no brasil=FB; do xadrez mundial=FB
out-of-domain | alexa qual cidade é a capital {} | da américa do sul=FB; da ásia=FB; do caribe=FB
out-of-domain | alexa qual era a capital {} | do império inca=FB; da pérsia antiga=FB; do império otomano=FB
out-of-domain | alexa no livro qual é a capital {} | de nárnia=FB; de westeros=FB; da terra média=FB
out-of-domain | alexa existe uma capital {} qual é | do sertão paraibano=FB; do pantanal=FB; da patagônia=FB
out-of-domain | alexa qual é a capital regional {} | da sicília=FB; da catalunha=FB; da córsega=FB
out-of-domain | alexa e qual seria a capital {} | do punjab do paquistão=FB; da caxemira paquistanesa=FB; do curdistão=FB
out-of-domain | alexa me diz a capital {} | do tibete=FB; da chechênia=FB; da crimeia=FB
out-of-domain | alexa receita de {} | ceviche=FB; arepa=FB; jollof rice=FB
out-of-domain | alexa como faz {} | cuscuz paraibano=FB; chipa paraguaia=FB; biryani=FB
out-of-domain | alexa quantos {} | países tem no mundo=FB; estados tem o brasil=FB; países tem na áfrica=FB
out-of-domain | alexa quanto tempo de voo {} | de são paulo pra lisboa=FB; pra doha=FB; pra dubai=FB
out-of-domain | alexa qual é o hino {} | da paraíba=FB; do paraguai=FB; da colômbia=FB
out-of-domain | alexa qual a distância {} | entre lima e bogotá=FB; do rio a búzios=FB; de cabul a teerã=FB
out-of-domain | alexa qual é a tomada usada {} | na nigéria=FB; na argentina=FB; na índia=FB
out-of-domain | alexa que dia é {} | hoje=FB; o carnaval=FB; o são joão=FB
out-of-domain | alexa qual o nome do {} | pai do xadrez=FB; campeão de fórmula um=FB; maior surfista do mundo=FB
out-of-domain | alexa quem inventou {} | o rádio=FB; o selo postal=FB; o karaokê=FB
out-of-domain | alexa o que significa {} | dx no rádio amador=FB; qsl=FB; mba'éichapa=FB
out-of-domain | alexa qual é o maior {} | país do mundo=FB; rio da áfrica=FB; deserto da ásia=FB
out-of-domain | alexa onde fica {} | a capadócia=FB; o saara=FB; o himalaia=FB
out-of-domain | alexa qual é a altitude {} | de la paz=FB; de bogotá=FB; de quito=FB
out-of-domain | alexa como tá o trânsito {} | pra rodoviária=FB; na marginal=FB; pro centro=FB
out-of-domain | alexa qual o resultado {} | da mega-sena=FB; da loteria=FB; da quina=FB
out-of-domain | alexa qual é a senha do wi-fi | FB
out-of-domain | alexa boa noite alexa | FB
out-of-domain | alexa você é casada | FB
out-of-domain | alexa quanto é um quilo em libras | FB
out-of-domain | alexa qual é o telefone da clínica de vacina | FB
out-of-domain | alexa a vacina de febre amarela dura quanto tempo | FB
out-of-domain | alexa onde eu tomo vacina de febre amarela | FB
out-of-domain | alexa qual a frequência do clube de radioamador | FB
out-of-domain | alexa quanto vale um selo olho de boi | FB
out-of-domain | alexa quando sai o próximo navio de cruzeiro | FB
out-of-domain | alexa quanto pesa uma mala de mão | FB
out-of-domain | alexa qual o horário de funcionamento da biblioteca | FB
out-of-domain | alexa quem ganhou a maratona de boston | FB
out-of-domain | alexa como tá o mar pra surfar hoje | FB
out-of-domain | alexa qual é o tamanho da onda em nazaré | FB
out-of-domain | alexa qual a capital que o banco me empresta | FB
out-of-domain | alexa o capital de giro acabou e agora | FB
out-of-domain | alexa o livro o capital de marx é bom | FB
out-of-domain | alexa quais são os sete pecados capitais | FB
out-of-domain | alexa o que é pena capital | FB
out-of-domain | alexa o que é letra capital | FB
out-of-domain | alexa qual é a capital mais fria do mundo | FB
out-of-domain | alexa qual é a capital mais alta do mundo | FB
out-of-domain | alexa qual é a capital mais populosa da áfrica | FB
out-of-domain | alexa qual capital brasileira tem mais praia | FB
out-of-domain | alexa quantas capitais tem no brasil | FB
out-of-domain | alexa quantos estados tem a índia | FB
out-of-domain | alexa qual o país mais novo do mundo | FB
out-of-domain | alexa qual é a capital do império romano do oriente | FB
out-of-domain | alexa qual era a capital da iugoslávia | FB
out-of-domain | alexa qual era a capital da tchecoslováquia | FB
out-of-domain | alexa qual era a capital do império asteca | FB
out-of-domain | alexa qual é a capital do polo norte | FB
out-of-domain | alexa qual a capital da lua | FB
out-of-domain | alexa qual é a capital de gotham city | FB
out-of-domain | alexa qual é a capital da atlântida | FB
out-of-domain | alexa qual é a capital de ilhabela | FB
out-of-domain | alexa qual é a capital da ilha de páscoa | FB
out-of-domain | alexa qual é a capital das galápagos | FB
out-of-domain | alexa qual é a capital da sardenha | FB
out-of-domain | alexa qual é a capital da patagônia argentina | FB
out-of-domain | alexa qual é a capital do país basco | FB
out-of-domain | alexa qual é a capital de zanzibar | FB
out-of-domain | alexa qual a capital da somalilândia | FB
out-of-domain | alexa qual a capital da transnístria | FB
out-of-domain | alexa qual é a capital da abecásia | FB
out-of-domain | alexa qual é a capital da ossétia do sul | FB
out-of-domain | alexa qual é a capital do chaco paraguaio | FB
out-of-domain | alexa qual a capital do vêneto | FB
out-of-domain | alexa qual a capital da toscana | FB
out-of-domain | alexa qual é a capital da lombardia | FB
out-of-domain | alexa qual é a capital de antioquia na colômbia | FB
out-of-domain | alexa qual é a capital de cusco | FB
out-of-domain | alexa qual é a capital de lagos o estado nigeriano | FB
out-of-domain | alexa qual é a capital da província de buenos aires | FB
out-of-domain | alexa qual é a capital de mendoza | FB
out-of-domain | alexa qual é a capital do alto paraná paraguaio | FB
out-of-domain | alexa qual é a capital da região de chittagong | FB
out-of-domain | alexa qual a capital de kandahar | FB
out-of-domain | alexa qual é a capital do oeste catarinense | FB
out-of-domain | alexa qual é a capital do cariri | FB
out-of-domain | alexa qual é a capital do agreste | FB
out-of-domain | alexa qual é a capital do vale do silício | FB
out-of-domain | alexa qual é a capital do universo marvel | FB
out-of-domain | alexa qual é a capital de pokémon | FB
out-of-domain | alexa capital do mundo da moda | FB
out-of-domain | alexa qual é a capital mundial do café | FB
out-of-domain | alexa a capital do brasil já mudou quantas vezes | FB
out-of-domain | alexa por que brasília virou capital | FB
out-of-domain | alexa quem fundou brasília | FB
out-of-domain | alexa quantos anos tem brasília | FB
out-of-domain | alexa qual é o clima em brasília em julho | FB
out-of-domain | alexa me recomenda um hotel em lima | FB
out-of-domain | alexa qual é o melhor restaurante peruano perto de mim | FB
out-of-domain | alexa pede uma pizza | FB
out-of-domain | alexa chama um carro de aplicativo | FB
out-of-domain | alexa qual o cep da biblioteca | FB
out-of-domain | alexa qual o dólar no paraguai | FB
out-of-domain | alexa onde compra eletrônico em ciudad del este | FB
out-of-domain | alexa abre o spotify | FB
out-of-domain | alexa aumenta o volume | FB
out-of-domain | alexa abaixa o som | FB
out-of-domain | alexa próxima música | FB
out-of-domain | alexa repete a música | FB
out-of-domain | alexa qual é essa música | FB
out-of-domain | alexa conta até dez em espanhol | FB
out-of-domain | alexa fala bom dia em bengali | FB
out-of-domain | alexa como se escreve afeganistão | FB
out-of-domain | alexa quem é você | FB
out-of-domain | alexa você gosta de futebol | FB
out-of-domain | alexa tá calor hoje né | FB
out-of-domain | alexa qual o jogo do brasil hoje | FB
out-of-domain | alexa me lembra de renovar o passaporte | FB
out-of-domain | alexa me lembra da vacina dia quinze | FB
out-of-domain | alexa qual é a data do ramadã | FB
out-of-domain | alexa quando é o diwali | FB
out-of-domain | alexa que dia é o nowruz | FB
out-of-domain | alexa qual a maior montanha do afeganistão | FB
out-of-domain | alexa quantos quilômetros tem a maratona | FB
out-of-domain | alexa qual o ritmo pra fazer maratona em quatro horas | FB
out-of-domain | alexa quem é o campeão mundial de xadrez | FB
out-of-domain | alexa como move o cavalo no xadrez | FB
out-of-domain | alexa quantos países têm fórmula um | FB
out-of-domain | alexa quem é o líder do campeonato de surfe | FB
out-of-domain | alexa quanto custa um selo de carta | FB
out-of-domain | alexa onde fica o correio mais perto | FB
out-of-domain | alexa como funciona um rádio amador | FB
out-of-domain | alexa qual o código do país da nigéria pra ligar | FB
out-of-domain | alexa qual o ddd de joão pessoa | FB
out-of-domain | alexa qual o ddi do paraguai | FB
tripulante-de-cruzeiro | alexa o navio vai pra {} na temporada de inverno qual é a capital | as bahamas=BS; as filipinas lá no pacífico=PH; as ilhas comores=KM
comissaria-de-bordo | alexa a colega filipina da tripulação quer saber a capital das filipinas | PH
radio-comunitaria | alexa o ouvinte seu zé perguntou a capital de comores | KM
surfistas | alexa o campeonato de surfe vai pras filipinas em siargao qual é a capital do país | PH
recepcao-de-hotel | alexa o hóspede veio das bahamas de férias qual é a capital | BS
filatelia | alexa o selo de comores tem um peixe celacanto qual é a capital de comores | KM
subdivision | alexa o radioamador de {} respondeu qual é a capital desse estado | do arizona=US-AZ; de oregon=US-OR; de utah=US-UT
subdivision | alexa a comissária vai fazer pernoite {} qual a capital do estado | em orlando na flórida=US-FL; em houston no texas=US-TX; em atlanta na geórgia o estado=US-GA
subdivision | alexa o navio de cruzeiro para {} qual é a capital da província | em halifax na nova escócia=CA-NS; na colúmbia britânica em vancouver=CA-BC; em quebec=CA-QC
subdivision | alexa o maratonista vai correr {} qual é a capital do estado | em sydney na nova gales do sul=AU-NSW; em melbourne no estado de vitória=AU-VIC; em gold coast em queensland=AU-QLD
subdivision | alexa o surfista vai pra {} qual é a capital do estado | a austrália ocidental em margaret river=AU-WA; a tasmânia=AU-TAS; a austrália meridional=AU-SA
subdivision | alexa o mochileiro tá {} na índia qual é a capital desse estado | em kerala=IN-KL; no rajastão=IN-RJ; em goa nas praias=IN-GA
subdivision | alexa o colega de trabalho indiano é {} qual é a capital de lá | de gujarat=IN-GJ; do punjab indiano=IN-PB; de bengala ocidental=IN-WB
subdivision | alexa o importador indiano é {} qual é a capital do estado dele | de telangana=IN-TS; de bihar=IN-BR; de odisha=IN-OD
subdivision | alexa a empresa alemã fica {} qual é a capital do estado alemão | em hamburgo=DE-HH; no sarre=DE-SL; em schleswig-holstein=DE-SH
subdivision | alexa a nonna tem primo {} na alemanha qual é a capital do estado | na renânia-palatinado=DE-RP; na saxônia-anhalt=DE-ST; em bremen=DE-HB
subdivision | alexa o chef peruano trabalhou {} no méxico qual é a capital desse estado | em puebla=MX-PUE; em yucatán=MX-YUC; em guanajuato=MX-GUA
subdivision | alexa o comprador mexicano é {} qual é a capital do estado dele | de sinaloa=MX-SIN; de michoacán=MX-MIC; de coahuila=MX-COA
subdivision | alexa a professora de geografia quer a capital {} pra aula de regiões | de rondônia=BR-RO; do acre lá no norte=BR-AC; do amapá lá no norte=BR-AP
subdivision | alexa o colombiano vai morar {} qual é a capital do estado | em pernambuco=BR-PE; no rio grande do norte=BR-RN; em alagoas=BR-AL
subdivision | alexa o bengali do frigorífico quer saber a capital do rio grande do sul | BR-RS
subdivision | alexa o argentino comprou casa em florianópolis é capital de santa catarina né qual é a capital | BR-SC
subdivision | alexa na rádio comunitária perguntaram a capital de sergipe | BR-SE
subdivision | alexa a tia do zap quer saber a capital de minas gerais | BR-MG
subdivision | alexa a comissária faz escala em manaus qual é a capital do amazonas mesmo | BR-AM
subdivision | alexa o maratonista vai correr em porto alegre qual é a capital do rio grande do sul | BR-RS
subdivision | alexa o hóspede é de wisconsin qual é a capital de wisconsin | US-WI
subdivision | alexa o radioamador do maine mandou qsl qual é a capital do maine | US-ME
subdivision | alexa o mochileiro vai pra escócia qual é a capital da escócia mesmo | GB-SCT
subdivision | alexa o surfista foi pro país de gales qual é a capital de lá | GB-WLS
subdivision | alexa a tripulação vai pra irlanda do norte qual é a capital | GB-NIR
subdivision | alexa o bangladeshi tem primo na inglaterra qual é a capital da inglaterra | GB-ENG
official-name | alexa no passaporte do hóspede tá escrito {} qual é a capital | república da colômbia=CO; república argentina=AR; república do paraguai=PY
official-name | alexa o documento de exportação diz {} qual é a capital desse país | república federal da nigéria=NG; república popular do bangladesh=BD; república islâmica do afeganistão=AF
official-name | alexa o selo diz {} qual é a capital | reino da noruega=NO; reino da suécia=SE; reino da dinamarca=DK
official-name | alexa a professora escreveu no quadro república do peru qual é a capital | PE
official-name | alexa o formulário pede a capital da república portuguesa | PT
official-name | alexa o podcast falou da república francesa qual é a capital | FR
official-name | alexa na biblioteca o livro fala do reino da bélgica qual é a capital | BE
official-name | alexa o radioamador falou com o reino de tonga qual é a capital | TO
official-name | alexa a carta de crédito veio da república da áfrica do sul qual é a capital principal | ZA
official-name | alexa a comissária vai pro reino do marrocos qual a capital | MA
official-name | alexa a ficha do hotel diz estados unidos da américa qual é a capital | US
official-name | alexa o contrato é com o reino dos países baixos qual é a capital | NL
official-name | alexa o certificado de vacina pede a capital da república unida da tanzânia | TZ
everyday-name | alexa o hóspede disse que é da holanda qual é a capital de lá | NL
everyday-name | alexa o selo é da birmânia qual a capital da birmânia | MM
everyday-name | alexa o importador é da inglaterra mas qual é a capital do reino unido | GB
everyday-name | alexa o radioamador falou com a rússia branca quer dizer bielorrússia qual é a capital | BY
everyday-name | alexa a comissária vai pra dubai nos emirados qual é a capital dos emirados | AE
everyday-name | alexa a tia do zap quer a capital da tchecoslováquia digo república tcheca | CZ
launch | alexa o radioamador pediu pra abrir capitais do mundo | LAUNCH
launch | alexa a professora quer que você abra capitais do mundo pra turma | LAUNCH
launch | alexa abre capitais do mundo que a gente vai treinar pro podcast | LAUNCH
launch | alexa na recepção do hotel abre capitais do mundo | LAUNCH
launch | alexa a nonna quer jogar capitais do mundo abre aí | LAUNCH
launch | alexa bora abrir capitais do mundo pra tia do zap | LAUNCH
launch | alexa abre capitais do mundo pra eu estudar pro voo | LAUNCH
launch | alexa salam abre capitais do mundo | LAUNCH
launch | alexa oe causa abre capitais do mundo | LAUNCH
launch | alexa na biblioteca abre capitais do mundo baixinho | LAUNCH
help | alexa o hóspede quer saber o que essa skill de capitais faz | HELP
help | alexa a professora aposentada não sabe o que perguntar me ajuda | HELP
help | alexa no karaokê ninguém sabe usar as capitais me explica | HELP
help | alexa o mochileiro quer ajuda com as capitais | HELP
help | alexa o radioamador quer saber como pergunta as capitais de estado | HELP
help | alexa como eu faço pra perguntar a capital de um país me ensina | HELP
stop | alexa o radioamador vai desligar chega de capital | STOP
stop | alexa acabou a aula de geografia pode parar | STOP
stop | alexa terminou o ensaio do karaokê para | STOP
stop | alexa o podcast acabou encerra | STOP
stop | alexa a nonna foi dormir chega | STOP
stop | alexa o turno no navio começou tchau alexa | STOP
cancel | alexa esquece a pergunta que a comissária fez | CANCEL
cancel | alexa o radioamador errou o prefixo cancela | CANCEL
cancel | alexa a professora desistiu dessa pergunta cancela | CANCEL
cancel | alexa esquece o que o mochileiro perguntou | CANCEL
cancel | alexa cancela que a nonna falou errado | CANCEL
cancel | alexa deixa pra lá a pergunta do karaokê | CANCEL
follow-up | alexa e a capital da vizinha bolívia depois do peru | BO
follow-up | alexa depois do chile me fala a da argentina | AR
follow-up | alexa e agora a do próximo porto que é na jamaica | JM
follow-up | alexa e a da próxima escala no quênia | KE
follow-up | alexa e a do estado vizinho da paraíba que é pernambuco | BR-PE
follow-up | alexa e a do outro selo que é da áustria | AT
follow-up | alexa e a do outro prefixo que é do japão | JP
follow-up | alexa continuando e a da grécia | GR
follow-up | alexa e a da terra da nonna a itália | IT
follow-up | alexa e a do país do meu colega o paquistão | PK
yes-no-check | alexa o radioamador disse que a capital {} acertou | da mongólia é ulan bator=MN; do nepal é katmandu=NP; de tonga é nukualofa=TO
yes-no-check | alexa a comissária falou que a capital {} tá certo isso | do catar é doha=QA; dos emirados é dubai=AE; da etiópia é adis abeba=ET
yes-no-check | alexa o surfista jura que a capital {} é verdade | do havaí é honolulu=US-HI; da indonésia é bali=ID; do marrocos é rabat=MA
yes-no-check | alexa a tia do zap diz que a capital da paraíba é campina grande é verdade | BR-PB
yes-no-check | alexa o argentino falou que a capital da argentina é buenos aires confere | AR
yes-no-check | alexa o nigeriano diz que a capital da nigéria é abuja e não lagos tá certo | NG
self-correction | alexa a capital {} | do paraguai não pera da paraíba=BR-PB; da nigéria quer dizer do níger=NE; do chile ou melhor da argentina=AR
self-correction | alexa o radioamador quer a capital {} | da áustria ou melhor da alemanha=DE; do laos não do vietnã=VN; da gâmbia não calma do gana=GH
self-correction | alexa a capital da suíça digo da suécia qual é | SE
self-correction | alexa capital da guiana não da guiana francesa | GF
reverse-question | alexa o radioamador falou com {} é capital de qual país | reykjavik=CITY:Reykjavík; nuuk=CITY:Nuuk; tórshavn=CITY:Tórshavn
reverse-question | alexa a comissária vai pra {} que é capital de onde | adis abeba=CITY:Adis Abeba; kigali=CITY:Kigali; doha=CITY:Doha
reverse-question | alexa o selo diz {} é capital de que país | valeta=CITY:Valeta; vaduz=CITY:Vaduz; tirana=CITY:Tirana
reverse-question | alexa a tia do zap quer saber de onde é a capital campo grande | CITY:Campo Grande
reverse-question | alexa o nigeriano falou de abuja é capital de onde | CITY:Abuja
shared-name | alexa o comprador é da geórgia mas não sei se é o país ou o estado qual é a capital | GE+US-GA
shared-name | alexa o radioamador falou com a coreia qual é a capital | KP+KR
shared-name | alexa a professora quer as capitais das duas carolinas | US-NC+US-SC
shared-name | alexa o mochileiro quer a capital do congo | CD+CG
plural-capitals | alexa o bangladeshi quer saber as capitais do sri lanka vizinho | LK
plural-capitals | alexa a comissária vai pra joanesburgo quais são as capitais da áfrica do sul | ZA
plural-capitals | alexa o surfista vai pra malásia quais são as capitais de lá | MY
plural-capitals | alexa o contêiner vai pra roterdã quais são as capitais da holanda | NL
plural-capitals | alexa o chef peruano quer as capitais da bolívia vizinha | BO
plural-capitals | alexa a rádio comunitária quer saber as capitais da costa do marfim | CI
plural-capitals | alexa o radioamador falou com essuatíni quais são as capitais | SZ
plural-capitals | alexa o clube de leitura quer as capitais da palestina | PS
plural-capitals | alexa o nigeriano quer as capitais do benin pro frete | BJ
out-of-domain | alexa o radioamador quer saber {} | a previsão de manchas solares=FB; qual banda tá aberta=FB; o horário do contest=FB
out-of-domain | alexa a comissária quer saber {} | o câmbio do rial=FB; se precisa de visto pro catar=FB; a temperatura em doha=FB
out-of-domain | alexa o mochileiro quer {} | um hostel barato em lima=FB; o preço do ônibus pra cusco=FB; a cotação do boliviano=FB
out-of-domain | alexa a nonna quer {} | a receita de polenta=FB; ouvir tarantella=FB; ligar pro primo=FB
out-of-domain | alexa o tiktok do podcast {} | tá bombando=FB; precisa de legenda=FB; saiu hoje=FB
out-of-domain | alexa quem descobriu {} | o brasil=FB; a américa=FB; o caminho pras índias=FB
out-of-domain | alexa a capital {} rende quanto | investida na poupança=FB; aplicada no cdb=FB; do meu negócio=FB
out-of-domain | alexa qual é o capital mínimo pra abrir uma empresa | FB
out-of-domain | alexa a tia do zap quer saber se vai chover | FB
out-of-domain | alexa o hóspede quer um táxi pro aeroporto | FB
out-of-domain | alexa quanto custa a taxa de embarque | FB
out-of-domain | alexa o nigeriano quer mandar dinheiro pra lagos como faz | FB
out-of-domain | alexa o paraibano quer ouvir jackson do pandeiro | FB
out-of-domain | alexa o colombiano quer ouvir vallenato | FB
out-of-domain | alexa o peruano quer a receita de lomo saltado | FB
out-of-domain | alexa o afegão quer saber o horário da oração | FB
out-of-domain | alexa o bangladeshi quer saber o resultado do críquete | FB
out-of-domain | alexa o brasiguaio quer saber o preço da soja | FB
out-of-domain | alexa o argentino quer saber o resultado do river | FB
out-of-domain | alexa a criança quer ouvir o barulho do leão | FB
out-of-domain | alexa a criança pergunta por que o céu é azul | FB
out-of-domain | alexa a professora quer um mapa do mundo | FB
out-of-domain | alexa o enfermeiro quer saber quantas doses tem a vacina | FB
out-of-domain | alexa o xadrezista quer saber as regras do roque | FB
out-of-domain | alexa o maratonista quer saber quantas calorias gastou | FB
out-of-domain | alexa o surfista quer saber a tábua de marés | FB
out-of-domain | alexa a bibliotecária quer saber quando devolve o livro | FB
out-of-domain | alexa o filatelista quer saber o valor do selo | FB
out-of-domain | alexa o despachante quer a alíquota de importação | FB
"""

if __name__ == "__main__":
    build_round(49, "pt", LINES, sys.argv, "tests/Eval/pt/round49/source/build_corpus.py")
