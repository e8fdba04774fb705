"""Round 48, Portuguese (pt-BR): a new author's own mix, written blind at the start of the fifty-third session (brief
WRITER59.md), with speakers, situations and wordings chosen apart from round 47 (the caipira interior of São Paulo,
offshore oil workers of Macaé, the Foz do Iguaçu triple frontier, nikkei families, Bolivian seamstresses, Haitian
families, Venezuelan families, Syrian-Lebanese families, African Lusophone students from Angola and Mozambique,
teenagers' slang, grandparents on their own, app drivers, a night doorman, a construction site, a house cleaner,
evangelical missionaries and a church cell group, a travel agency, a samba school, the World Cup sticker album, the
Olympic parade, the Perfil board game, a quiz app, cooking, bedtime, a school gincana, gamers) and from the groups it
lists as avoided (round 46's regions and situations: curitibanos, manezinhos, the German Vale do Itajaí, the
small Northern and Northeastern states, truck drivers, a retirement home, homework, ENEM, bar quiz, adedonha, War,
crosswords, a fishing colony, a soybean farm, a call center, an airport gate, Sunday lunch, a migrants' Portuguese
class, exchange students, office English; and round 46's own avoided list: gaúchos, baianos, pernambucanos,
paulistanos, capixabas, cuiabanos, sul-mato-grossenses, brasilienses, potiguares, paraenses, maranhenses, mineiros,
goianos, cariocas, manauaras, cearenses; a car repair shop, a pharmacy, a bakery, a live streamer, a student house, a
bus station, a barbershop, a beauty salon, a hospital night shift, motoboys, a street market, home office).

Regions and work: dock workers of the port of Santos ("estiva", "prático", "conferente", ships under flags of
convenience, "o peixe" for Santos FC); metalworkers of the ABC paulista car plants ("chão de fábrica", "peão do
turno", "ferramenteiro", the union); caiçaras of Ubatuba and Paraty ("tá bão", "perguntô", "sabê", "cerco", "festa da
tainha"); river people of Parintins and the Middle Amazon at the boi-bumbá festival ("mana", "maninho", "égua",
"curumim", "voadeira", "flutuante", "barco de recreio"); a rodeo at the Barretos Festa do Peão ("ê boi", "berranteiro",
"laçador", "boiadeiro"); a law office (offshore companies in tax havens); an army barracks (sargento, recruta, rancho,
peacekeeping missions); a recycling cooperative (catadores reading "made in" labels); a capoeira group going abroad
("camará", "axé", "batizado", "contramestre").

Immigrant families and communities: Korean-Brazilians of the Bom Retiro ("omma", "appa", "halmeoni", "unnie", "oppa",
"aigo", "kamsahamnida"); Chinese-Brazilian shopkeepers ("ni hao", "xiexie", the pastelaria, the R$ 1,99 shop);
Portuguese immigrants (European syntax and words: "ó pá", "diz-me lá", "tu sabes", "está bem", "fixe", "gajo", "se faz
favor", "vá lá"); Cape Verdeans and Guineans (Kriolu "nha", "manera", "obrigadu", "kumadri", "sábi"); Congolese
refugees (Lingala "mbote", French "s'il te plaît", "merci", "ma soeur"); Senegalese street vendors (Wolof "jërëjëf",
French "ça va", "mon ami"); Cuban doctors of the Mais Médicos ("oye", "asere", "qué bolá", "mira"); Ukrainian and
Polish descendants of Prudentópolis and Araucária ("dido", "baba", "babcia", "diakuiu", pêssanka, pierogi);
Brazilians back from the US ("tipo assim", "so", "anyway", "actually", "my bad", "the states"); an American son-in-law
learning Portuguese (deliberate gender and agreement errors: "o capital", "de austrália", "eu está aprendendo").

Ages and people: the "tiozão" at the family barbecue (pavê ou pacumê, bets, wrong certainties); adults learning to read
in EJA evening classes; a blind user who relies on the Echo (screen reader, braille, guide dog).

Situations (each its own family): a Model UN simulation at school, training for the Brazilian Geography Olympiad, a
family road trip, a festa junina quadrilha ("anarriê", "balancê", "olha a cobra"), a wedding reception whose tables are
named after countries, a "volta ao mundo" children's birthday party, Christmas dinner.

Out-of-domain: weather, music (toada de boi, morna, fado, k-pop, rumba, mbalax, Capital Inicial), smart-home, timers,
alarms, lists, dates, prices and currency, visas and flights, facts about countries (population, currency, language,
time zone, leaders, largest city, flag), football, "capital" in other senses (social, de giro, aberto, humano, pena
capital, pecados capitais, the book, "capital do rodeio", "do forró", "do boi-bumbá", "do frio", "do café"), regions the
data does not hold (continents, the Amazon, the sertão, the Serra Gaúcha, the Baixada Santista, the ABC, Lapland,
Andalusia, Sardinia, Crimea, Transylvania, Brittany, Normandy, Corsica, Easter Island, Zanzibar, Bali, Tierra del Fuego,
Fernando de Noronha, the Azores, Madeira, the Canaries, Biafra), historical states (the Roman, Aztec and Portuguese
empires, the Soviet Union, the Kingdom of Kongo, Babylon, imperial Brazil, West Germany), fictional lands (Hogwarts,
Arendelle, Mordor, Zootopia, Neverland, the Sítio do Picapau Amarelo, Wakanda, El Dorado), questions about capitals
in general, recipes, translation, calls, sums, routes and small talk.

Yes/no checks expect the place asked about, right or wrong; self-corrections expect the last place named after the
marker; reverse questions CITY:<capital> as languages/pt.json names it; a bare shared name every place in ordinal order.
Launch lines use the invocation name "capitais do mundo".

Sources: LINES below in the round-12 entry format (`family | frame or sentence | expected`; a fill carries its own
preposition and article), one locale (pt-BR), built by build_round(48, "pt", ...) of
tests/Eval/source/round12_hinl_corpus.py.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
santos-port | alexa aqui no porto de santos chegou um navio com bandeira {} qual é a capital de lá | da libéria=LR; do panamá=PA; das ilhas marshall=MH
santos-port | alexa o estivador do cais quer saber a capital {} | de malta=MT; das bahamas=BS; de chipre=CY
santos-port | alexa o contêiner veio {} e o conferente perguntou a capital | da grécia=GR; de singapura=SG; da china=CN
santos-port | alexa o prático do porto falou que o navio é {} qual a capital desse país | de antígua e barbuda=AG; de são vicente e granadinas=VC; de tuvalu=TV
santos-port | alexa na estiva hoje descarregamos um cargueiro de comores qual é a capital de comores | KM
santos-port | alexa o comandante do graneleiro é de palau qual a capital de palau | PW
santos-port | alexa o navio de cruzeiro atracou e veio das bermudas qual a capital das bermudas | BM
santos-port | alexa turno da noite no terminal qual que é a capital do togo | TG
santos-port | alexa o marinheiro filipino perguntou qual é a capital das filipinas e eu não soube | PH
santos-port | alexa lá na ponta da praia o pessoal do porto apostou a capital da noruega | NO
santos-port | alexa o agente marítimo precisa da capital de belize pra preencher o documento | BZ
santos-port | alexa o peixe joga domingo mas antes me fala a capital da costa rica | CR
santos-port | alexa aqui na baixada o navio de bandeira de gibraltar qual é a capital de gibraltar | GI
santos-port | alexa o container de suco de laranja vai pra bélgica qual é a capital da bélgica | BE
abc-metalworkers | alexa aqui na fábrica de são bernardo o engenheiro é {} qual a capital de lá | da alemanha=DE; do japão=JP; da suécia=SE
abc-metalworkers | alexa no chão de fábrica a peça veio {} qual é a capital | da itália=IT; da frança=FR; da tchéquia=CZ
abc-metalworkers | alexa o peão do turno da noite quer saber a capital {} | da eslováquia=SK; da espanha=ES; da áustria=AT
abc-metalworkers | alexa a montadora tem sede em stuttgart qual é a capital de baden-württemberg | DE-BW
abc-metalworkers | alexa a fábrica da bmw fica na baviera qual é a capital da baviera | DE-BY
abc-metalworkers | alexa o carro do sindicato veio de wolfsburg que fica na baixa saxônia qual a capital da baixa saxônia | DE-NI
abc-metalworkers | alexa o sindicato mandou gente pra detroit qual é a capital do michigan | US-MI
abc-metalworkers | alexa na hora do café da fábrica me fala a capital da coreia do sul | KR
abc-metalworkers | alexa o ferramenteiro quer saber a capital da índia porque a peça vem de lá | IN
abc-metalworkers | alexa na assembleia do sindicato perguntaram a capital da turquia | TR
abc-metalworkers | alexa o caminhão da scania vem da suécia e o ônibus da volvo também qual a capital | SE
abc-metalworkers | alexa o supervisor vai pra fábrica do méxico qual a capital do méxico | MX
abc-metalworkers | alexa o torneiro mecânico quer saber a capital do estado de ohio | US-OH
caicara-ubatuba | alexa tô aqui na canoa em ubatuba e quero sabê a capital {} | de fiji=FJ; de tonga=TO; de vanuatu=VU
caicara-ubatuba | alexa o pescador lá da praia do puruba perguntô a capital {} | de quiribati=KI; de nauru=NR; das ilhas salomão=SB
caicara-ubatuba | alexa a maré tá virando mas me diz a capital {} | das maldivas=MV; das seicheles=SC; de maurício=MU
caicara-ubatuba | alexa o turista do barco de paraty perguntô a capital da polinésia francesa | PF
caicara-ubatuba | alexa no cerco de peixe o compadre quer sabê a capital da nova caledônia | NC
caicara-ubatuba | alexa ó a capital de cabo verde é praia mesmo | CV
caicara-ubatuba | alexa tá bão me fala a capital da micronésia | FM
caicara-ubatuba | alexa o surfista gringo veio do havaí qual a capital do havaí | US-HI
caicara-ubatuba | alexa o velejador chegou da ilha de santa helena qual a capital de lá | SH
caicara-ubatuba | alexa na festa da tainha perguntaro a capital da papua-nova guiné | PG
parintins-ribeirinho | alexa mana aqui em parintins a gente quer saber a capital {} | do peru=PE; da colômbia=CO; do equador=EC
parintins-ribeirinho | alexa égua maninho qual é a capital {} | do suriname=SR; da guiana=GY; da guiana francesa=GF
parintins-ribeirinho | alexa no barco de recreio pro festival o pessoal quer a capital {} | de roraima=BR-RR; do acre=BR-AC; do amapá=BR-AP
parintins-ribeirinho | alexa o boi caprichoso ganhou e agora eu quero saber a capital de rondônia | BR-RO
parintins-ribeirinho | alexa o torcedor do garantido perguntou a capital do pará | BR-PA
parintins-ribeirinho | alexa aqui na comunidade da beira do rio qual é a capital da venezuela | VE
parintins-ribeirinho | alexa mana me diz a capital do estado do amazonas que o curumim perguntou | BR-AM
parintins-ribeirinho | alexa a professora da escola ribeirinha quer a capital da bolívia só uma | BO
parintins-ribeirinho | alexa na voadeira indo pra tefé me fala a capital do tocantins | BR-TO
parintins-ribeirinho | alexa o tio do flutuante quer saber a capital do maranhão | BR-MA
korean-family | alexa a omma quer saber a capital {} | da coreia do norte=KP; da mongólia=MN; do vietnã=VN
korean-family | alexa aqui no bom retiro a halmeoni perguntou a capital {} | do japão=JP; da tailândia=TH; do laos=LA
korean-family | alexa aigo esqueci a capital {} | do camboja=KH; de mianmar=MM; de taiwan=TW
korean-family | alexa kamsahamnida agora me fala a capital da coreia do sul | KR
korean-family | alexa o appa vai viajar a trabalho qual a capital das filipinas | PH
korean-family | alexa na loja de roupa da josé paulino a cliente perguntou a capital da china | CN
korean-family | alexa o oppa do k-pop nasceu em seul mas qual é a capital da coreia do norte | KP
korean-family | alexa a unnie quer saber qual é a capital da mongólia pra prova | MN
korean-family | alexa hoje tem kimchi no jantar e a dúvida é a capital do butão | BT
chinese-shopkeepers | alexa aqui na pastelaria o senhor wang quer saber a capital {} | de singapura=SG; da indonésia=ID; do brunei=BN
chinese-shopkeepers | alexa ni hao qual é a capital {} | do nepal=NP; de bangladesh=BD; do timor-leste=TL
chinese-shopkeepers | alexa o fornecedor da loja de importados perguntou a capital {} | de hong kong=HK; de macau=MO; da malásia=MY
chinese-shopkeepers | alexa xiexie agora me diz a capital de taiwan | TW
chinese-shopkeepers | alexa a mercadoria veio da china qual é a capital da china mesmo | CN
chinese-shopkeepers | alexa o neto do dono do mercadinho quer a capital do vietnã | VN
chinese-shopkeepers | alexa na loja de um e noventa e nove o cliente perguntou a capital do paquistão | PK
chinese-shopkeepers | alexa a dona mei quer saber a capital do sri lanka a principal | LK
portuguese-immigrant | alexa ó pá diz-me lá qual é a capital {} | de andorra=AD; do luxemburgo=LU; do mônaco=MC
portuguese-immigrant | alexa o senhor manuel da padaria quer saber a capital {} | da irlanda=IE; da suíça=CH; de portugal=PT
portuguese-immigrant | alexa ora bem qual é a capital {} | da escócia=GB-SCT; do país de gales=GB-WLS; da irlanda do norte=GB-NIR
portuguese-immigrant | alexa tu sabes a capital da inglaterra ou não sabes | GB-ENG
portuguese-immigrant | alexa está bem então diz-me a capital do reino unido | GB
portuguese-immigrant | alexa o meu primo emigrou para a frança qual é a capital da frança pá | FR
portuguese-immigrant | alexa a minha neta brasileira quer saber a capital de san marino | SM
portuguese-immigrant | alexa isto é fixe diz-me a capital da dinamarca se faz favor | DK
portuguese-immigrant | alexa o gajo do café disse que a capital da alemanha é bona é verdade | DE
portuguese-immigrant | alexa vá lá diz-me a capital do liechtenstein | LI
cape-verde-bissau | alexa nha mãe quer sabe a capital {} | da guiné-bissau=GW; de são tomé e príncipe=ST; do senegal=SN
cape-verde-bissau | alexa manera qual é a capital {} | da gâmbia=GM; da guiné=GN; do mali=ML
cape-verde-bissau | alexa o estudante da unilab de cabo verde pergunta a capital {} | da mauritânia=MR; de moçambique=MZ; da guiné equatorial=GQ
cape-verde-bissau | alexa obrigadu agora fala a capital de cabo verde | CV
cape-verde-bissau | alexa na morna da festa perguntaram a capital de angola | AO
cape-verde-bissau | alexa a minha kumadri de bissau quer sabe a capital da serra leoa | SL
cape-verde-bissau | alexa o primo de santiago quer saber a capital da libéria | LR
cape-verde-bissau | alexa sábi alexa qual a capital do gana | GH
congolese-refugee | alexa mbote qual é a capital {} | do congo kinshasa=CD; do congo brazzaville=CG; de ruanda=RW
congolese-refugee | alexa s'il te plaît a capital {} | do burundi=BI; de uganda=UG; da república centro-africana=CF
congolese-refugee | alexa na igreja congolesa perguntaram a capital {} | dos camarões=CM; do gabão=GA; do chade=TD
congolese-refugee | alexa merci agora me diz a capital da zâmbia | ZM
congolese-refugee | alexa eu congolês aprendendo português qual capital de tanzânia | TZ
congolese-refugee | alexa meu irmão está no campo de refugiado qual a capital do sudão do sul | SS
congolese-refugee | alexa o pastor da comunidade quer saber a capital da república democrática do congo | CD
congolese-refugee | alexa ma soeur pergunta a capital do malaui | MW
senegalese-vendor | alexa jërëjëf qual é a capital {} | de burquina faso=BF; do níger=NE; do marrocos=MA
senegalese-vendor | alexa eu vendedor na praia de copacabana quero saber a capital {} | da argélia=DZ; da tunísia=TN; da líbia=LY
senegalese-vendor | alexa ça va qual é a capital {} | do senegal=SN; da costa do marfim=CI; da nigéria=NG
senegalese-vendor | alexa o amigo da barraca de relógio quer saber a capital do togo | TG
senegalese-vendor | alexa inshallah hoje vende tudo me diz a capital da mauritânia | MR
senegalese-vendor | alexa meu primo está em dakar e quer saber a capital da gâmbia | GM
senegalese-vendor | alexa na mesquita da rua perguntaram a capital do mali | ML
senegalese-vendor | alexa mon ami capital do benin qual é | BJ
cuban-doctor | alexa oye qual é a capital {} | da nicarágua=NI; de honduras=HN; da guatemala=GT
cuban-doctor | alexa a médica cubana do posto de saúde quer a capital {} | de el salvador=SV; da república dominicana=DO; da jamaica=JM
cuban-doctor | alexa asere qual é a capital {} | de trinidad e tobago=TT; de barbados=BB; de granada=GD
cuban-doctor | alexa qué bolá me diz a capital de cuba | CU
cuban-doctor | alexa do mais médicos a doutora quer saber a capital do haiti | HT
cuban-doctor | alexa no postinho o doutor cubano quer saber a capital de santa lúcia | LC
cuban-doctor | alexa mira alexa a capital da dominica qual é | DM
cuban-doctor | alexa a enfermeira perguntou pro médico cubano a capital de são cristóvão e névis | KN
cuban-doctor | alexa el doctor quer saber a capital de porto rico | PR
ukrainian-polish-parana | alexa aqui em prudentópolis o dido quer saber a capital {} | da ucrânia=UA; da polônia=PL; da bielorrússia=BY
ukrainian-polish-parana | alexa diakuiu agora a capital {} | da lituânia=LT; da letônia=LV; da estônia=EE
ukrainian-polish-parana | alexa a baba fez pierogi e quer saber a capital {} | da moldávia=MD; da romênia=RO; da rússia=RU
ukrainian-polish-parana | alexa a babcia polonesa de araucária perguntou a capital da hungria | HU
ukrainian-polish-parana | alexa na igreja ucraniana o padre quer saber a capital da ucrânia | UA
ukrainian-polish-parana | alexa o tio da colônia polonesa quer saber a capital do paraná | BR-PR
ukrainian-polish-parana | alexa depois da pêssanka me fala a capital da eslovênia | SI
ukrainian-polish-parana | alexa a babcia disse obrigada em polonês e agora quer a capital da bulgária | BG
us-returnees | alexa tipo assim eu morei em boston e quero saber a capital {} | de massachusetts=US-MA; de connecticut=US-CT; de nova jérsei=US-NJ
us-returnees | alexa so qual é a capital {} | da flórida=US-FL; do estado de nova york=US-NY; da pensilvânia=US-PA
us-returnees | alexa anyway me fala a capital {} | do rhode island=US-RI; de new hampshire=US-NH; do maryland=US-MD
us-returnees | alexa eu voltei dos states e esqueci a capital da geórgia o estado americano | US-GA
us-returnees | alexa actually qual é a capital dos estados unidos | US
us-returnees | alexa meu filho nasceu em newark qual é a capital de new jersey | US-NJ
us-returnees | alexa lá em framingham todo mundo é brasileiro mas qual a capital do canadá | CA
us-returnees | alexa my bad qual é a capital da virgínia | US-VA
us-returnees | alexa eu trabalhei de housekeeping em orlando qual a capital da florida | US-FL
gringo-in-law | alexa minha sogra quer saber o capital {} | do brasil=BR; de austrália=AU; da nova zelândia=NZ
gringo-in-law | alexa eu sou americano casado com brasileira qual é capital {} | de minas gerais=BR-MG; de goiás=BR-GO; de espírito santo=BR-ES
gringo-in-law | alexa meu cunhado diz que eu não sabe a capital do canadá | CA
gringo-in-law | alexa eu está aprendendo português qual é a capital de estado de texas | US-TX
gringo-in-law | alexa como se diz a capital da irlanda em português | IE
gringo-in-law | alexa o gringo da família quer saber a capital da islândia | IS
gringo-in-law | alexa a família da minha esposa é de recife qual é capital de pernambuco | BR-PE
gringo-in-law | alexa por favor qual é a capital de a nova escócia no canadá | CA-NS
tiozao-churrasco | alexa o tio do churrasco apostou uma cerveja na capital {} | do uruguai=UY; da argentina=AR; do paraguai=PY
tiozao-churrasco | alexa pavê ou pacumê mas antes me fala a capital {} | da croácia=HR; do catar=QA; da arábia saudita=SA
tiozao-churrasco | alexa o tiozão jura que sabe a capital {} | da austrália=AU; do canadá=CA; da turquia=TR
tiozao-churrasco | alexa o tio disse que a capital da austrália é sydney tira essa dúvida | AU
tiozao-churrasco | alexa vira a picanha e me diz a capital da holanda | NL
tiozao-churrasco | alexa o tio do pavê quer saber a capital do marrocos | MA
tiozao-churrasco | alexa na beira da churrasqueira o cunhado perguntou a capital da nova zelândia | NZ
tiozao-churrasco | alexa o tio bêbado jura que a capital da suíça é genebra qual é | CH
tiozao-churrasco | alexa a picanha tá no ponto e o tio quer a capital da bahia | BR-BA
tiozao-churrasco | alexa o tio contou a piada do português e agora quer a capital de portugal | PT
tiozao-churrasco | alexa o tio reaça quer saber a capital de israel | IL
adult-literacy-eja | alexa eu tô aprendendo a ler na eja e quero saber a capital {} | do egito=EG; da jordânia=JO; do líbano=LB
adult-literacy-eja | alexa a professora da eja passou pra casa a capital {} | do ceará=BR-CE; do rio grande do norte=BR-RN; do piauí=BR-PI
adult-literacy-eja | alexa eu não sei escrever direito mas quero saber a capital {} | de sergipe=BR-SE; de alagoas=BR-AL; da paraíba=BR-PB
adult-literacy-eja | alexa na sala da eja de noite a dona cida perguntou a capital do rio grande do sul | BR-RS
adult-literacy-eja | alexa a minha filha me ensinou a falar com você qual a capital de santa catarina | BR-SC
adult-literacy-eja | alexa eu trabalhei a vida toda e nunca aprendi a capital do espírito santo | BR-ES
adult-literacy-eja | alexa o seu joão da eja quer saber a capital do mato grosso | BR-MT
adult-literacy-eja | alexa depois da aula de supletivo qual é a capital da etiópia | ET
army-barracks | alexa o sargento mandou o recruta decorar a capital {} | do iraque=IQ; do afeganistão=AF; da síria=SY
army-barracks | alexa aqui no quartel o cabo perguntou a capital {} | do kuwait=KW; do irã=IR; do iêmen=YE
army-barracks | alexa o tenente foi pra missão de paz e quer a capital {} | do líbano=LB; do sudão=SD; do timor-leste=TL
army-barracks | alexa no rancho do quartel o soldado quer saber a capital do haiti | HT
army-barracks | alexa o recruta tá de guarda e perguntou a capital do chipre | CY
army-barracks | alexa o coronel vai pra adidância em moscou qual é a capital da rússia | RU
army-barracks | alexa na formatura da brigada perguntaram a capital da república centro-africana | CF
army-barracks | alexa o soldado do batalhão de fronteira quer saber a capital de roraima | BR-RR
army-barracks | alexa o sargento falou pra decorar até amanhã a capital do saara ocidental | EH
recycling-cooperative | alexa aqui na cooperativa de reciclagem a embalagem veio {} qual é a capital | de bangladesh=BD; do camboja=KH; do paquistão=PK
recycling-cooperative | alexa a catadora achou uma lata escrito made in {} qual a capital de lá | vietnam=VN; thailand=TH; indonesia=ID
recycling-cooperative | alexa o rótulo da garrafa é {} qual a capital desse país | da escócia=GB-SCT; do chile=CL; da irlanda=IE
recycling-cooperative | alexa na triagem do papelão a gente achou uma caixa do sri lanka qual a capital | LK
recycling-cooperative | alexa o carrinheiro quer saber a capital de honduras | HN
recycling-cooperative | alexa o brinquedo quebrado veio da malásia qual é a capital da malásia | MY
recycling-cooperative | alexa na prensa da cooperativa a gente quer saber a capital da tunísia | TN
rodeo-barretos | alexa aqui na festa do peão de barretos o locutor quer saber a capital {} | do texas=US-TX; de oklahoma=US-OK; do wyoming=US-WY
rodeo-barretos | alexa ê boi o peão americano é {} qual a capital de lá | de montana=US-MT; do nebraska=US-NE; do kansas=US-KS
rodeo-barretos | alexa o boiadeiro quer saber a capital {} | do arizona=US-AZ; do novo méxico=US-NM; de alberta=CA-AB
rodeo-barretos | alexa o campeão do rodeio é australiano qual é a capital da austrália | AU
rodeo-barretos | alexa na arena o narrador perguntou a capital do colorado | US-CO
rodeo-barretos | alexa o tropeiro quer saber a capital de mato grosso do sul | BR-MS
rodeo-barretos | alexa o laçador da argentina quer saber a capital do uruguai | UY
rodeo-barretos | alexa o peão de boiadeiro montou no touro e agora quer a capital de idaho | US-ID
rodeo-barretos | alexa o berranteiro perguntou a capital do tennessee terra da música country | US-TN
law-office | alexa aqui no escritório de advocacia o cliente tem empresa {} qual é a capital | nas ilhas cayman=KY; nas ilhas virgens britânicas=VG; nas bermudas=BM
law-office | alexa o sócio do escritório quer saber a capital {} | de jersey=JE; de guernsey=GG; da ilha de man=IM
law-office | alexa a estagiária do direito precisa da capital {} | do liechtenstein=LI; de luxemburgo=LU; da suíça=CH
law-office | alexa o juiz da audiência citou o vaticano qual é a capital do vaticano | VA
law-office | alexa a advogada tributarista quer saber a capital do panamá | PA
law-office | alexa o processo é de um cliente de mônaco qual é a capital de mônaco | MC
law-office | alexa o desembargador perguntou a capital das ilhas turcas e caicos | TC
law-office | alexa pra petição eu preciso saber a capital de chipre | CY
capoeira-group | alexa o mestre de capoeira vai dar aula {} qual é a capital de lá | na finlândia=FI; na noruega=NO; na dinamarca=DK
capoeira-group | alexa camará o contramestre quer saber a capital {} | de israel=IL; da polônia=PL; da islândia=IS
capoeira-group | alexa na roda de capoeira o aluno gringo é {} qual a capital | da nova zelândia=NZ; da áfrica do sul=ZA; da namíbia=NA
capoeira-group | alexa axé qual é a capital de angola terra da capoeira angola | AO
capoeira-group | alexa o grupo vai pro batizado na frança qual a capital da frança | FR
capoeira-group | alexa o berimbau parou e o aluno japonês perguntou a capital do japão | JP
capoeira-group | alexa a aluna graduada vai morar na bélgica qual é a capital | BE
capoeira-group | alexa o mestre quer saber a capital de botsuana pro evento | BW
blind-user | alexa eu sou cego e uso muito você me fala a capital {} | da eritreia=ER; do djibuti=DJ; da somália=SO
blind-user | alexa sem enxergar o mapa fica difícil qual é a capital {} | de omã=OM; do quênia=KE; do zimbábue=ZW
blind-user | alexa o leitor de tela não leu direito qual é a capital {} | do lesoto=LS; de madagascar=MG; da etiópia=ET
blind-user | alexa eu tô estudando em braile e preciso da capital do barein | BH
blind-user | alexa o meu cão-guia tá dormindo e eu quero saber a capital da jordânia | JO
blind-user | alexa repete devagar a capital do quirguistão | KG
blind-user | alexa eu não enxergo o atlas qual é a capital do turcomenistão | TM
blind-user | alexa a professora do instituto de cegos pediu a capital de ruanda | RW
model-un | alexa na simulação da onu eu sou delegado {} qual a capital do meu país | da sérvia=RS; do kosovo=XK; da bósnia e herzegovina=BA
model-un | alexa a mesa do conselho de segurança quer saber a capital {} | do montenegro=ME; da macedônia do norte=MK; da albânia=AL
model-un | alexa o delegado {} esqueceu a própria capital qual é | da croácia=HR; da geórgia=GE; da armênia=AM
model-un | alexa no comitê da simulação eu represento a palestina qual a capital da palestina | PS
model-un | alexa a diretora do comitê perguntou a capital do azerbaijão | AZ
model-un | alexa na resolução do comitê precisa da capital do sudão | SD
model-un | alexa o delegado de israel na simulação quer confirmar a capital | IL
model-un | alexa na simulação da onu do colégio eu sou a síria qual é a capital | SY
model-un | alexa ponto de ordem qual é a capital da líbia | LY
model-un | alexa moção pra saber a capital do iêmen | YE
geography-olympiad | alexa pra olimpíada brasileira de geografia eu preciso da capital {} | do cazaquistão=KZ; do uzbequistão=UZ; do tadjiquistão=TJ
geography-olympiad | alexa treino da olimpíada de geografia rodada rápida capital {} | do quirguistão=KG; do turcomenistão=TM; da mongólia=MN
geography-olympiad | alexa a questão da olimpíada pediu a capital {} | de essuatíni=SZ; do lesoto=LS; de botsuana=BW
geography-olympiad | alexa a equipe da escola tá em dúvida sobre a capital do mianmar | MM
geography-olympiad | alexa a capital do burundi mudou pra gitega ou ainda é bujumbura | BI
geography-olympiad | alexa o professor da olimpíada quer a capital do cazaquistão depois que mudou de nome | KZ
geography-olympiad | alexa pergunta difícil da olimpíada qual é a capital de palau | PW
geography-olympiad | alexa o campeão da olimpíada de geografia perguntou a capital da costa do marfim a oficial | CI
geography-olympiad | alexa a pergunta bônus da olimpíada é a capital da nigéria | NG
geography-olympiad | alexa na fase nacional caiu a capital da tanzânia | TZ
road-trip | alexa tamo na estrada indo pro sul qual é a capital {} | do paraná=BR-PR; de santa catarina=BR-SC; do rio grande do sul=BR-RS
road-trip | alexa a gente vai de carro até {} qual a capital de lá | o chile=CL; o uruguai=UY; o paraguai=PY
road-trip | alexa no posto de gasolina da rodovia o menino perguntou a capital {} | de goiás=BR-GO; de minas=BR-MG; do distrito federal=BR-DF
road-trip | alexa tô dirigindo pela br cento e dezesseis qual a capital da bahia | BR-BA
road-trip | alexa falta muito pra chegar e as crianças querem a capital da bolívia | BO
road-trip | alexa na viagem de carro pro nordeste qual é a capital do piauí | BR-PI
road-trip | alexa o gps mandou pegar a estrada pro peru qual a capital do peru | PE
road-trip | alexa passamos a placa de divisa de estado qual a capital de são paulo | BR-SP
road-trip | alexa motor home na estrada qual é a capital da argentina | AR
festa-junina | alexa na quadrilha da escola o noivo quer saber a capital {} | da paraíba=BR-PB; de pernambuco=BR-PE; do maranhão=BR-MA
festa-junina | alexa anarriê e me diz a capital {} | do ceará=BR-CE; de alagoas=BR-AL; de sergipe=BR-SE
festa-junina | alexa no arraiá da igreja o quentão acabou e a dúvida é a capital do rio grande do norte | BR-RN
festa-junina | alexa olha a cobra é mentira qual a capital da bahia | BR-BA
festa-junina | alexa na barraca da pescaria da festa junina o menino perguntou a capital do piauí | BR-PI
festa-junina | alexa a quadrilha veio da frança então qual é a capital da frança | FR
festa-junina | alexa balancê e me diz a capital da paraíba de novo | BR-PB
wedding-reception | alexa no casamento cada mesa é um país e a mesa {} tem qual capital | da grécia=GR; da itália=IT; da croácia=HR
wedding-reception | alexa os noivos vão de lua de mel {} qual é a capital de lá | pras maldivas=MV; pra tailândia=TH; pra indonésia=ID
wedding-reception | alexa o cerimonialista quer a capital {} pra plaquinha da mesa | da áustria=AT; da hungria=HU; da tchéquia=CZ
wedding-reception | alexa a madrinha quer saber a capital de fiji porque é o destino da lua de mel | FJ
wedding-reception | alexa no buffet do casamento o garçom perguntou a capital da eslovênia | SI
wedding-reception | alexa o noivo é libanês qual é a capital do líbano | LB
wedding-reception | alexa a noiva quer a mesa de portugal perto da pista qual é a capital de portugal | PT
wedding-reception | alexa o pai da noiva é de goiânia mas qual a capital do tocantins | BR-TO
wedding-reception | alexa no brinde dos padrinhos alguém perguntou a capital de maurício | MU
kids-birthday | alexa a festa do meu filho é volta ao mundo qual é a capital {} | do egito=EG; do quênia=KE; de madagascar=MG
kids-birthday | alexa o aniversário da sofia tem decoração {} qual a capital | do japão=JP; da índia=IN; do méxico=MX
kids-birthday | alexa na hora do parabéns o primo perguntou a capital {} | da china=CN; do canadá=CA; da austrália=AU
kids-birthday | alexa a animadora da festa quer saber a capital da nova zelândia | NZ
kids-birthday | alexa o bolo tem a bandeira da jamaica qual a capital da jamaica | JM
kids-birthday | alexa a lembrancinha da festa é do marrocos qual a capital | MA
kids-birthday | alexa depois do brigadeiro me fala a capital da argélia | DZ
kids-birthday | alexa na cama elástica a criançada quer saber a capital da rússia | RU
christmas-dinner | alexa na ceia de natal a vó quer saber a capital {} | da finlândia=FI; da suécia=SE; da noruega=NO
christmas-dinner | alexa o papai noel mora {} qual a capital de lá | na finlândia=FI; no polo norte=FB; na groenlândia=GL
christmas-dinner | alexa antes do peru de natal me diz a capital {} | da islândia=IS; da dinamarca=DK; da polônia=PL
christmas-dinner | alexa no amigo secreto o tio perguntou a capital de israel | IL
christmas-dinner | alexa a missa do galo foi transmitida do vaticano qual é a capital | VA
christmas-dinner | alexa o panetone veio da itália qual é a capital da itália | IT
christmas-dinner | alexa na ceia a prima que mora na alemanha perguntou a capital da alemanha | DE
christmas-dinner | alexa depois da rabanada me diz a capital da áustria | AT
christmas-dinner | alexa o tender acabou e a discussão agora é a capital da lituânia | LT
plural-capitals | alexa quais são as capitais {} | do benin=BJ; da bolívia=BO; da costa do marfim=CI
plural-capitals | alexa me fala as duas capitais {} que eu sempre confundo | do sri lanka=LK; da malásia=MY; dos países baixos=NL
plural-capitals | alexa o livro diz que tem mais de uma capital {} quais são | em essuatíni=SZ; na áfrica do sul=ZA; na palestina=PS
plural-capitals | alexa a áfrica do sul tem três capitais quais são elas | ZA
plural-capitals | alexa no simulado do enem caiu as três capitais da áfrica do sul quais são | ZA
plural-capitals | alexa quais as capitais sul-africanas | ZA
plural-capitals | alexa o professor falou que a áfrica do sul tem capital administrativa legislativa e judiciária quais são | ZA
plural-capitals | alexa a bolívia tem duas capitais né quais são | BO
plural-capitals | alexa la paz e sucre são as capitais da bolívia me explica as capitais bolivianas | BO
plural-capitals | alexa quais são as capitais do estado plurinacional da bolívia | BO
plural-capitals | alexa me diz as capitais do benim | BJ
plural-capitals | alexa o benin tem porto novo e cotonou quais são as capitais do benin afinal | BJ
plural-capitals | alexa quantas e quais capitais tem o benin | BJ
plural-capitals | alexa a costa do marfim tem duas capitais quais são | CI
plural-capitals | alexa quais são as capitais da côte d'ivoire | CI
plural-capitals | alexa me lista as capitais marfinenses | CI
plural-capitals | alexa quais são as capitais do sri lanka a oficial e a comercial | LK
plural-capitals | alexa o sri lanka tem duas capitais me fala as duas | LK
plural-capitals | alexa as capitais do ceilão quais são | LK
plural-capitals | alexa kuala lumpur e putrajaya são as capitais da malásia me fala as capitais malaias | MY
plural-capitals | alexa quais são as capitais da malásia hoje em dia | MY
plural-capitals | alexa a malásia tem duas capitais quais são | MY
plural-capitals | alexa quais são as capitais da holanda amsterdã e haia | NL
plural-capitals | alexa a holanda tem duas capitais quais são | NL
plural-capitals | alexa me diz as capitais holandesas | NL
plural-capitals | alexa quais são as capitais da suazilândia | SZ
plural-capitals | alexa essuatíni tem duas capitais quais são elas | SZ
plural-capitals | alexa as capitais de eswatini me fala as duas | SZ
plural-capitals | alexa quais são as capitais palestinas | PS
plural-capitals | alexa a palestina tem duas capitais jerusalém oriental e ramallah quais são as capitais | PS
plural-capitals | alexa quais são as capitais do estado da palestina | PS
plural-capitals | alexa na aula de história perguntaram as capitais da palestina | PS
plural-capitals | alexa quais são as capitais da áfrica do sul e da bolívia | BO+ZA
plural-capitals | alexa o mestre de capoeira vai pra áfrica do sul quais são as capitais de lá | ZA
plural-capitals | alexa na simulação da onu perguntaram as capitais da costa do marfim | CI
plural-capitals | alexa na mesa do casamento da holanda quais são as capitais | NL
plural-capitals | alexa o tio do churrasco quer saber as capitais da bolívia | BO
plural-capitals | alexa o vendedor senegalês quer saber as capitais do benin | BJ
plural-capitals | alexa o navio veio da malásia quais são as capitais de lá | MY
plural-capitals | alexa a loja do bom retiro importa do sri lanka quais são as capitais | LK
plural-capitals | alexa a olimpíada de geografia quer as capitais de essuatíni | SZ
plural-capitals | alexa a dona da loja quer saber as capitais da costa do marfim | CI
plural-capitals | alexa o estudante do benin quer que você fale as capitais do país dele | BJ
plural-capitals | alexa quais são as capitais da holanda que o marinheiro perguntou | NL
plural-capitals | alexa quais são as capitais do sri lanka e da malásia | LK+MY
follow-up | alexa e {} | a do uruguai=UY; a da letônia=LV; a do sudão do sul=SS
follow-up | e a capital {} | da eslováquia=SK; do gabão=GA; da zâmbia=ZM
follow-up | alexa beleza e {} qual é | a do gana=GH; a do togo=TG; a do níger=NE
follow-up | alexa agora faz {} | a da romênia=RO; a da bulgária=BG; a da estônia=EE
follow-up | alexa tá e o {} | da moldávia=MD; de brunei=BN; do nepal=NP
follow-up | alexa e pro {} qual é | do sri lanka=LK; do laos=LA; do butão=BT
follow-up | e a de {} alexa | trinidad e tobago=TT; barbados=BB; granada=GD
follow-up | alexa certo e a capital {} então | da mauritânia=MR; da guiné=GN; da eritreia=ER
follow-up | alexa próxima {} | o malaui=MW; a namíbia=NA; o lesoto=LS
follow-up | alexa valeu agora a da dominica | DM
follow-up | alexa e a daquele outro estado o amapá | BR-AP
follow-up | alexa e a do tocantins que eu esqueci | BR-TO
follow-up | alexa e se fosse a da tasmânia | AU-TAS
follow-up | alexa e a da rússia | RU
follow-up | alexa massa e a de cingapura | SG
subdivision | alexa qual é a capital {} na austrália | de queensland=AU-QLD; de nova gales do sul=AU-NSW; de vitória=AU-VIC
subdivision | alexa me fala a capital {} da austrália | do território do norte=AU-NT; da austrália ocidental=AU-WA; da austrália meridional=AU-SA
subdivision | alexa qual é a capital da província {} no canadá | de quebec=CA-QC; de ontário=CA-ON; da colúmbia britânica=CA-BC
subdivision | alexa a capital {} no canadá qual é | de manitoba=CA-MB; de saskatchewan=CA-SK; de nova brunswick=CA-NB
subdivision | alexa qual a capital {} | do yukon=CA-YT; de nunavut=CA-NU; dos territórios do noroeste=CA-NT
subdivision | alexa capital {} na índia | de maharashtra=IN-MH; de bengala ocidental=IN-WB; de tamil nadu=IN-TN
subdivision | alexa qual a capital do estado indiano {} | de kerala=IN-KL; de karnataka=IN-KA; de goa=IN-GA
subdivision | alexa me diz a capital {} lá na índia | de rajasthan=IN-RJ; do punjab=IN-PB; de uttar pradesh=IN-UP
subdivision | alexa qual é a capital do estado alemão {} | da saxônia=DE-SN; da turíngia=DE-TH; de hesse=DE-HE
subdivision | alexa a capital {} na alemanha | de brandemburgo=DE-BB; de schleswig-holstein=DE-SH; da renânia do norte-vestfália=DE-NW
subdivision | alexa qual é a capital do estado mexicano {} | de jalisco=MX-JAL; de nuevo león=MX-NLE; de yucatán=MX-YUC
subdivision | alexa a capital {} lá no méxico | de chiapas=MX-CHP; de oaxaca=MX-OAX; de sonora=MX-SON
subdivision | alexa qual é a capital {} nos estados unidos | da califórnia=US-CA; do alasca=US-AK; de nevada=US-NV
subdivision | alexa capital do estado {} | de washington=US-WA; do oregon=US-OR; de utah=US-UT
subdivision | alexa qual a capital da {} | luisiana=US-LA; carolina do norte=US-NC; carolina do sul=US-SC
subdivision | alexa me fala a capital do {} | illinois=US-IL; kentucky=US-KY; wisconsin=US-WI
subdivision | alexa qual a capital de {} nos eua | minnesota=US-MN; iowa=US-IA; missouri=US-MO
subdivision | alexa a capital do estado de {} qual é | mississippi=US-MS; alabama=US-AL; arkansas=US-AR
subdivision | alexa qual a capital do estado de {} | dakota do norte=US-ND; dakota do sul=US-SD; virgínia ocidental=US-WV
subdivision | alexa capital de delaware | US-DE
subdivision | alexa capital do vermont por favor | US-VT
subdivision | alexa qual a capital de indiana | US-IN
subdivision | alexa qual é a capital do maine | US-ME
subdivision | alexa qual é a capital de quintana roo onde fica cancún | MX-ROO
subdivision | alexa qual é a capital da baixa califórnia | MX-BCN
subdivision | alexa a capital do estado de guerrero onde fica acapulco | MX-GRO
subdivision | alexa qual a capital de veracruz | MX-VER
subdivision | alexa qual a capital de sinaloa | MX-SIN
subdivision | alexa qual é a capital de telangana | IN-TS
subdivision | alexa qual é a capital de assam | IN-AS
subdivision | alexa qual é a capital da caxemira | IN-JK
subdivision | alexa me diz a capital do sarre na alemanha | DE-SL
subdivision | alexa qual é a capital de hamburgo | DE-HH
subdivision | alexa qual é a capital da ilha do príncipe eduardo | CA-PE
subdivision | alexa capital de terra nova e labrador | CA-NL
subdivision | alexa qual a capital do território da capital australiana | AU-ACT
subdivision | alexa qual é a capital de porto rico | PR
subdivision | alexa qual é a capital da groenlândia | GL
subdivision | alexa qual a capital de guam | GU
subdivision | alexa capital da ilha de aruba | AW
subdivision | alexa qual é a capital de curaçao | CW
subdivision | alexa qual a capital das ilhas malvinas | FK
subdivision | alexa capital das ilhas faroé | FO
subdivision | alexa qual é a capital da martinica | MQ
subdivision | alexa qual é a capital da ilha da reunião | RE
subdivision | alexa qual a capital de guadalupe no caribe | GP
subdivision | alexa qual é a capital das ilhas cook | CK
subdivision | alexa qual a capital de mayotte | YT
subdivision | alexa qual a capital de anguila | AI
subdivision | alexa qual é a capital de montserrat | MS
subdivision | alexa capital das ilhas virgens americanas | VI
subdivision | alexa qual é a capital de svalbard | SJ
subdivision | alexa qual a capital de tokelau | TK
subdivision | alexa qual a capital de niue | NU
subdivision | alexa qual a capital de wallis e futuna | WF
subdivision | alexa qual a capital das ilhas marianas do norte | MP
subdivision | alexa qual é a capital de são bartolomeu | BL
subdivision | alexa qual é a capital de são pedro e miquelão | PM
subdivision | alexa qual é a capital das ilhas pitcairn | PN
subdivision | alexa qual é a capital da ilha norfolk | NF
subdivision | alexa qual é a capital da ilha christmas | CX
subdivision | alexa qual a capital das ilhas cocos | CC
subdivision | alexa qual a capital das ilhas aland | AX
subdivision | alexa qual a capital da samoa americana | AS
subdivision | alexa capital de sint maarten | SX
subdivision | alexa qual é a capital do bonaire | BQ
subdivision | alexa qual é a capital das ilhas geórgia do sul | GS
subdivision | alexa qual é a capital dos territórios franceses do sul | TF
subdivision | alexa qual a capital do território britânico do oceano índico | IO
yes-no-check | alexa a capital do canadá é toronto né | CA
yes-no-check | alexa é verdade que a capital da turquia é istambul | TR
yes-no-check | alexa confirma pra mim a capital da austrália é canberra | AU
yes-no-check | alexa a capital da nigéria é lagos ou não | NG
yes-no-check | alexa a capital do marrocos é casablanca certo | MA
yes-no-check | alexa é isso mesmo que a capital do paquistão é islamabad | PK
yes-no-check | alexa a capital da suíça é zurique né não | CH
yes-no-check | alexa tô certo que a capital do vietnã é hanói | VN
yes-no-check | alexa a capital dos estados unidos é nova york correto | US
yes-no-check | alexa a capital de santa catarina é joinville né | BR-SC
yes-no-check | alexa é verdade que a capital da paraíba é campina grande | BR-PB
yes-no-check | alexa a capital de minas é belo horizonte confirma | BR-MG
yes-no-check | alexa a capital do rio grande do sul é porto alegre não é | BR-RS
yes-no-check | alexa confere se a capital da califórnia é los angeles | US-CA
yes-no-check | alexa a capital da flórida é miami ou não é | US-FL
yes-no-check | alexa a capital do texas é houston né | US-TX
yes-no-check | alexa é verdade que a capital do quebec é montreal | CA-QC
yes-no-check | alexa a capital da baviera é munique né | DE-BY
yes-no-check | alexa a capital da índia é nova délhi confirma | IN
yes-no-check | alexa a capital do cazaquistão ainda é almaty | KZ
yes-no-check | alexa a capital de myanmar é rangum né | MM
yes-no-check | alexa a capital da tanzânia é dar es salaam certo | TZ
yes-no-check | alexa a capital da bolívia é la paz sim ou não | BO
yes-no-check | alexa a capital da nova zelândia é auckland né | NZ
yes-no-check | alexa é verdade que a capital da escócia é glasgow | GB-SCT
yes-no-check | alexa a capital do equador é guayaquil né | EC
yes-no-check | alexa confirma se a capital da costa do marfim é abidjan | CI
yes-no-check | alexa a capital de goiás é goiânia mesmo né | BR-GO
yes-no-check | alexa a capital do japão é tóquio não é quioto | JP
yes-no-check | alexa a capital do pará é belém né | BR-PA
yes-no-check | alexa certeza que a capital da china é pequim e não xangai | CN
yes-no-check | alexa é verdade que a capital do brasil já foi o rio | BR
yes-no-check | alexa a capital de israel é tel aviv ou jerusalém | IL
yes-no-check | alexa a capital do nepal é katmandu né | NP
yes-no-check | alexa a capital da itália é roma né sô | IT
self-correction | alexa qual a capital da áustria não pera da austrália | AU
self-correction | alexa capital da eslováquia digo da eslovênia | SI
self-correction | alexa qual é a capital do irã ops do iraque | IQ
self-correction | alexa a capital da suécia quer dizer da suíça | CH
self-correction | alexa capital da gâmbia não da zâmbia | ZM
self-correction | alexa qual a capital de guiné-bissau não guiné equatorial | GQ
self-correction | alexa qual é a capital da nigéria não do níger | NE
self-correction | alexa capital do paraná ou melhor do pará | BR-PA
self-correction | alexa capital do mato grosso opa do mato grosso do sul | BR-MS
self-correction | alexa qual a capital da dominica digo da república dominicana | DO
self-correction | alexa qual é a capital da letônia pera lituânia | LT
self-correction | alexa capital da mauritânia não espera das ilhas maurício | MU
self-correction | alexa qual é a capital de honduras ai não de belize | BZ
self-correction | alexa capital da colômbia britânica errei da colúmbia britânica no canadá | CA-BC
self-correction | alexa a capital da virgínia não da virgínia ocidental | US-WV
self-correction | alexa qual a capital do congo quer dizer de camarões | CM
self-correction | alexa qual a capital de malta não de mônaco | MC
self-correction | alexa capital da armênia desculpa da albânia | AL
self-correction | alexa qual a capital do uruguai ou melhor do paraguai | PY
self-correction | alexa a capital de alagoas não espera de sergipe | BR-SE
self-correction | alexa qual é a capital do sudão não da somália | SO
self-correction | alexa qual é a capital da dinamarca me enganei da noruega | NO
self-correction | alexa capital do rio grande do norte digo do sul | BR-RS
self-correction | alexa a capital de taiwan não pera da tailândia | TH
self-correction | alexa qual a capital do camboja não do laos | LA
self-correction | alexa capital do kosovo ops da sérvia | RS
self-correction | alexa qual é a capital da jordânia na verdade do líbano | LB
self-correction | alexa qual a capital da áfrica do sul digo do sudão do sul | SS
self-correction | alexa capital da argélia não da nigéria | NG
self-correction | alexa qual a capital de iowa quer dizer de ohio | US-OH
reverse-question | alexa lima é capital de qual país | CITY:Lima
reverse-question | alexa de que país viena é a capital | CITY:Viena
reverse-question | alexa nairóbi é capital de onde | CITY:Nairóbi
reverse-question | alexa cartum é a capital de qual país | CITY:Cartum
reverse-question | alexa ulan bator é capital do quê | CITY:Ulan Bator
reverse-question | alexa canberra é capital de que país | CITY:Canberra
reverse-question | alexa de qual país a capital é acra | CITY:Acra
reverse-question | alexa tbilisi fica em qual país é capital de onde | CITY:Tbilisi
reverse-question | alexa manágua é a capital de qual país | CITY:Manágua
reverse-question | alexa qual país tem como capital paramaribo | CITY:Paramaribo
reverse-question | alexa qual país tem a capital chamada bishkek | CITY:Bishkek
reverse-question | alexa teresina é capital de qual estado | CITY:Teresina
reverse-question | alexa de qual estado palmas é a capital | CITY:Palmas
reverse-question | alexa boa vista é capital de que estado | CITY:Boa Vista
reverse-question | alexa aracaju é capital de onde | CITY:Aracaju
reverse-question | alexa porto velho é a capital de qual estado | CITY:Porto Velho
reverse-question | alexa campo grande é capital de que estado | CITY:Campo Grande
reverse-question | alexa vitória é capital de onde | CITY:Vitória
reverse-question | alexa belém é capital de qual lugar | CITY:Belém
reverse-question | alexa sacramento é a capital de qual estado americano | CITY:Sacramento
reverse-question | alexa honolulu é capital de onde | CITY:Honolulu
reverse-question | alexa saint john's é capital de quê | CITY:Saint John's
reverse-question | alexa kingston é capital de qual país | CITY:Kingston
reverse-question | alexa victoria é a capital de onde | CITY:Victoria
reverse-question | alexa la paz é capital de qual país | CITY:La Paz
reverse-question | alexa a cidade de praia é capital de onde | CITY:Praia
reverse-question | alexa monróvia é capital de que país | CITY:Monróvia
reverse-question | alexa de onde é a capital hamilton | CITY:Hamilton
reverse-question | alexa georgetown é capital de qual país | CITY:Georgetown
reverse-question | alexa chandigarh é capital de qual estado indiano | CITY:Chandigarh
reverse-question | alexa winnipeg é capital de qual província | CITY:Winnipeg
reverse-question | alexa hobart é capital do quê | CITY:Hobart
reverse-question | alexa mérida é capital de onde | CITY:Mérida
reverse-question | alexa dresden é a capital de qual estado alemão | CITY:Dresden
reverse-question | alexa cardiff é capital de onde | CITY:Cardiff
reverse-question | alexa de que país é a capital chamada dili | CITY:Dili
reverse-question | alexa vaduz é capital de qual país | CITY:Vaduz
reverse-question | alexa naypyidaw é capital de onde | CITY:Naypyidaw
reverse-question | alexa a cidade de columbia é capital de qual estado | CITY:Columbia
reverse-question | alexa o cairo é capital de qual país | CITY:Cairo
official-name | alexa qual é a capital da república federativa do brasil | BR
official-name | alexa capital do reino da espanha | ES
official-name | alexa qual a capital da república popular da china | CN
official-name | alexa qual é a capital dos estados unidos mexicanos | MX
official-name | alexa capital da confederação suíça | CH
official-name | alexa qual a capital da república islâmica do irã | IR
official-name | alexa capital do grão-ducado de luxemburgo | LU
official-name | alexa qual é a capital do principado de mônaco | MC
official-name | alexa capital da federação russa | RU
official-name | alexa qual a capital da república árabe do egito | EG
official-name | alexa qual a capital da república da coreia | KR
official-name | alexa qual a capital da república popular democrática da coreia | KP
official-name | alexa qual é a capital do reino unido da grã-bretanha e irlanda do norte | GB
official-name | alexa capital da república oriental do uruguai | UY
official-name | alexa qual a capital da república bolivariana da venezuela | VE
official-name | alexa qual é a capital do reino hachemita da jordânia | JO
official-name | alexa capital do reino do marrocos | MA
official-name | alexa qual é a capital da república socialista do vietnã | VN
official-name | alexa qual a capital da república federal da alemanha | DE
official-name | alexa capital da república helênica | GR
official-name | alexa qual é a capital do reino da tailândia | TH
official-name | alexa qual a capital do estado do kuwait | KW
official-name | alexa capital da república da china em taiwan | TW
official-name | alexa qual é a capital da república democrática federal da etiópia | ET
official-name | alexa capital da república do iêmen | YE
official-name | alexa qual é a capital da república da áfrica do sul a executiva | ZA
official-name | alexa qual a capital da comunidade da austrália | AU
official-name | alexa qual a capital da república do paraguai | PY
official-name | alexa capital do estado independente de samoa | WS
official-name | alexa qual é a capital da república da união de mianmar | MM
everyday-name | alexa qual é a capital da birmânia | MM
everyday-name | alexa capital da suazilândia | SZ
everyday-name | alexa qual a capital da república tcheca | CZ
everyday-name | alexa qual é a capital da bielorrússia ou belarus | BY
everyday-name | alexa capital da macedônia | MK
everyday-name | alexa qual a capital dos eua | US
everyday-name | alexa qual é a capital da terra do tio sam | US
everyday-name | alexa capital da terra do sol nascente | JP
everyday-name | alexa qual a capital do país dos cangurus | AU
everyday-name | alexa qual é a capital da terrinha | PT
everyday-name | alexa capital dos hermanos | AR
everyday-name | alexa qual a capital da gringolândia | US
everyday-name | alexa qual é a capital da holanda | NL
everyday-name | alexa qual a capital do timor | TL
everyday-name | alexa qual é a capital de são tomé | ST
everyday-name | alexa qual é a capital dos emirados | AE
everyday-name | alexa capital da inglaterra que a gente chama de terra da rainha | GB-ENG
everyday-name | alexa capital da grã-bretanha | GB
everyday-name | alexa qual a capital do congo belga | CD
everyday-name | alexa qual a capital da guiné conacri | GN
everyday-name | alexa qual é a capital da república checa | CZ
everyday-name | alexa qual é a capital da cingapura | SG
everyday-name | alexa capital da terra da garoa o estado de são paulo | BR-SP
everyday-name | alexa qual é a capital de sampa o estado | BR-SP
everyday-name | alexa qual a capital de mg | BR-MG
everyday-name | alexa qual a capital do rio o estado | BR-RJ
everyday-name | alexa qual é a capital de jampa a paraíba | BR-PB
everyday-name | alexa capital do país de gales que chamam de gales | GB-WLS
everyday-name | alexa qual a capital da turquia que agora chamam de türkiye | TR
everyday-name | alexa qual é a capital da terra dos faraós | EG
shared-name | alexa qual é a capital da geórgia | GE+US-GA
shared-name | alexa capital do congo | CD+CG
shared-name | alexa qual é a capital da coreia | KP+KR
shared-name | alexa quais as capitais das duas coreias | KP+KR
shared-name | alexa capital dos dois congos | CD+CG
shared-name | alexa qual é a capital das ilhas virgens | VG+VI
shared-name | alexa capital dos dois sudões | SD+SS
shared-name | alexa qual é a capital de samoa | AS+WS
shared-name | alexa qual é a capital de são martinho | MF+SX
shared-name | alexa capital da geórgia por favor | GE+US-GA
shared-name | alexa me fala a capital da coreia rapidinho | KP+KR
shared-name | alexa a capital do congo qual é | CD+CG
shared-name | alexa qual a capital das coreias | KP+KR
shared-name | alexa geórgia capital | GE+US-GA
shared-name | alexa congo | CD+CG
shared-name | alexa as ilhas virgens têm qual capital | VG+VI
shared-name | alexa capital coreana | KP+KR
shared-name | alexa capital congolesa | CD+CG
shared-name | alexa qual é a capital de são martinho no caribe | MF+SX
shared-name | alexa samoa qual a capital | AS+WS
launch | alexa abre capitais do mundo pra mesa dos noivos | LAUNCH
launch | alexa abre o capitais do mundo pro treino da olimpíada | LAUNCH
launch | alexa abre capitais do mundo aqui no quartel | LAUNCH
launch | alexa inicia capitais do mundo pra simulação da onu | LAUNCH
launch | alexa começa capitais do mundo na estrada | LAUNCH
launch | alexa abrir capitais do mundo por favor que o tio quer jogar | LAUNCH
launch | alexa ó pá abre lá o capitais do mundo | LAUNCH
launch | alexa omma quer abrir capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo na festa de aniversário | LAUNCH
launch | alexa joga capitais do mundo com a gente na ceia | LAUNCH
launch | alexa abre capitais do mundo pra mim que eu sou cego | LAUNCH
launch | alexa eu quer abrir o capitais do mundo | LAUNCH
launch | alexa oye abre capitais do mundo | LAUNCH
launch | alexa open capitais do mundo please | LAUNCH
launch | alexa bota o capitais do mundo pra tocar | LAUNCH
launch | alexa chama o capitais do mundo | LAUNCH
launch | alexa abre o jogo capitais do mundo aqui na cooperativa | LAUNCH
launch | alexa mbote abre capitais do mundo | LAUNCH
launch | alexa iniciar capitais do mundo na aula da eja | LAUNCH
launch | alexa abre capitais do mundo no arraiá | LAUNCH
launch | alexa manera abre capitais do mundo | LAUNCH
launch | alexa no intervalo do turno abre capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo pro pessoal da estiva | LAUNCH
launch | alexa liga capitais do mundo | LAUNCH
launch | alexa quero jogar capitais do mundo | LAUNCH
launch | alexa pede pro capitais do mundo começar | LAUNCH
launch | alexa abre aí capitais do mundo que a roda acabou | LAUNCH
launch | alexa executa capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo pro peão | LAUNCH
launch | alexa vamos de capitais do mundo | LAUNCH
help | alexa como funciona esse negócio de capitais | HELP
help | alexa o que eu posso perguntar pra você sobre as capitais | HELP
help | alexa me explica como joga isso | HELP
help | alexa não entendi nada como usa | HELP
help | alexa socorro como é que pergunta a capital | HELP
help | alexa me dá uma ajuda aqui | HELP
help | alexa ajuda por favor que eu tô perdido | HELP
help | alexa como eu faço pra perguntar de um estado | HELP
help | alexa quais perguntas esse jogo aceita | HELP
help | alexa o que esse aplicativo faz | HELP
help | alexa ó pá como é que isto funciona | HELP
help | alexa eu não sabe usar você me ajuda | HELP
help | alexa help me please não entendo | HELP
help | alexa oye cómo funciona isso | HELP
help | alexa me ensina a usar as capitais | HELP
help | alexa a vó quer saber como pergunta pra você | HELP
help | alexa o recruta não sabe usar me explica | HELP
help | alexa dá as instruções do jogo | HELP
help | alexa quais são as regras | HELP
help | alexa como é que eu uso você sem enxergar a tela | HELP
help | alexa me orienta aí que eu não sei o que falar | HELP
help | alexa que tipo de coisa você sabe responder | HELP
help | alexa tô travado me ajuda | HELP
help | alexa como pergunta de um país que tem duas capitais | HELP
help | alexa me diz os comandos | HELP
help | alexa pode me explicar o que dá pra fazer aqui | HELP
help | alexa a professora da eja quer saber como usa | HELP
help | alexa o tio não entendeu o jogo explica de novo | HELP
help | alexa me ajuda mbote | HELP
help | alexa é pra falar o quê | HELP
help | alexa tutorial | HELP
help | alexa preciso de ajuda com as capitais | HELP
help | alexa ajuda aí mano | HELP
help | alexa como que faz | HELP
help | alexa qual é o jeito certo de perguntar | HELP
help | alexa não sei o que perguntar me dá umas dicas | HELP
help | alexa opções | HELP
help | alexa menu de ajuda | HELP
help | alexa eu preciso de uma orientação | HELP
help | alexa explica pro gringo como funciona | HELP
help | alexa ajuda a omma a usar | HELP
help | alexa o que eu falo agora | HELP
help | alexa me dá um exemplo de pergunta | HELP
help | alexa como usa essa skill | HELP
help | alexa manual de instruções | HELP
stop | alexa para tudo | STOP
stop | alexa chega por hoje | STOP
stop | alexa para de falar por favor | STOP
stop | alexa pode parar | STOP
stop | alexa sai do jogo | STOP
stop | alexa encerra | STOP
stop | alexa fecha isso aí | STOP
stop | alexa desliga as capitais | STOP
stop | alexa tchau tchau | STOP
stop | alexa já deu | STOP
stop | alexa fim de jogo | STOP
stop | alexa acabou | STOP
stop | alexa silêncio | STOP
stop | alexa cala a boca | STOP
stop | alexa para que o bolo vai sair | STOP
stop | alexa para já pá | STOP
stop | alexa basta | STOP
stop | alexa para aí o sargento chegou | STOP
stop | alexa finaliza | STOP
stop | alexa sair | STOP
stop | alexa fecha o jogo das capitais | STOP
stop | alexa stop please | STOP
stop | alexa para que os noivos vão entrar | STOP
stop | alexa para o jogo que a quadrilha vai começar | STOP
stop | alexa para de falar que o bebê dormiu | STOP
stop | alexa encerrar capitais do mundo | STOP
stop | alexa desliga isso | STOP
stop | alexa chega de capital | STOP
stop | alexa para agora | STOP
stop | alexa fica quieta | STOP
stop | alexa para com isso | STOP
stop | alexa tchau alexa | STOP
stop | alexa pode fechar | STOP
stop | alexa não quero mais jogar | STOP
stop | alexa fecha aí que o turno acabou | STOP
stop | alexa para o jogo a visita chegou | STOP
stop | alexa oye para | STOP
stop | alexa parou parou | STOP
stop | alexa sai daí | STOP
stop | alexa sai fora | STOP
stop | alexa para de jogar | STOP
stop | alexa encerra a sessão | STOP
stop | alexa termina | STOP
stop | alexa desliga que eu vou dormir | STOP
stop | alexa pode desligar o jogo | STOP
stop | alexa fecha o aplicativo | STOP
stop | alexa chega de geografia | STOP
stop | alexa para a brincadeira | STOP
stop | alexa merci pode parar | STOP
cancel | alexa cancela | CANCEL
cancel | alexa cancela isso | CANCEL
cancel | alexa cancelar | CANCEL
cancel | alexa esquece | CANCEL
cancel | alexa esquece o que eu falei | CANCEL
cancel | alexa deixa pra lá | CANCEL
cancel | alexa deixa quieto | CANCEL
cancel | alexa nada não | CANCEL
cancel | alexa esquece a pergunta | CANCEL
cancel | alexa cancela a pergunta | CANCEL
cancel | alexa não era isso cancela | CANCEL
cancel | alexa cancela aí pá | CANCEL
cancel | alexa desconsidera | CANCEL
cancel | alexa ignora o que eu disse | CANCEL
cancel | alexa cancela que eu errei | CANCEL
cancel | alexa deixa isso pra lá | CANCEL
cancel | alexa esquece essa | CANCEL
cancel | alexa cancela o pedido | CANCEL
cancel | alexa anula | CANCEL
cancel | alexa deixa pra depois cancela | CANCEL
cancel | alexa cancela por favor | CANCEL
cancel | alexa cancela cancela | CANCEL
cancel | alexa não quero mais essa resposta cancela | CANCEL
cancel | alexa cancel that | CANCEL
cancel | alexa oye cancela eso | CANCEL
cancel | alexa cancela que a criança falou besteira | CANCEL
cancel | alexa esquece que o tio já respondeu | CANCEL
cancel | alexa cancela a última | CANCEL
cancel | alexa volta atrás | CANCEL
cancel | alexa deixa quieto que eu já achei no mapa | CANCEL
cancel | alexa cancelar a pergunta do recruta | CANCEL
cancel | alexa desiste | CANCEL
cancel | alexa esquece alexa | CANCEL
cancel | alexa cancela isso aí mano | CANCEL
cancel | alexa nem precisa mais | CANCEL
cancel | alexa não precisa responder | CANCEL
cancel | alexa deixa que eu pergunto depois | CANCEL
cancel | alexa cancela que eu perguntei errado | CANCEL
cancel | alexa apaga essa pergunta | CANCEL
cancel | alexa esquece a capital | CANCEL
cancel | alexa pode cancelar | CANCEL
cancel | alexa cancela merci | CANCEL
cancel | alexa ignora | CANCEL
cancel | alexa não era pra você cancela | CANCEL
cancel | alexa cancela que o sargento mudou a pergunta | CANCEL
out-of-domain | alexa vai chover amanhã em santos | FB
out-of-domain | alexa como tá a maré hoje em ubatuba | FB
out-of-domain | alexa qual a previsão do tempo pra parintins | FB
out-of-domain | alexa tá fazendo frio em prudentópolis | FB
out-of-domain | alexa vai fazer sol no fim de semana em barretos | FB
out-of-domain | alexa qual a temperatura agora em são bernardo | FB
out-of-domain | alexa vai chover no dia do casamento | FB
out-of-domain | alexa toca toada do boi garantido | FB
out-of-domain | alexa toca morna de cabo verde | FB
out-of-domain | alexa toca uma música de quadrilha junina | FB
out-of-domain | alexa toca música de rodeio | FB
out-of-domain | alexa toca k-pop pra omma | FB
out-of-domain | alexa toca música de capoeira angola | FB
out-of-domain | alexa toca salsa cubana | FB
out-of-domain | alexa toca rumba congolesa | FB
out-of-domain | alexa toca mbalax do senegal | FB
out-of-domain | alexa toca música de natal | FB
out-of-domain | alexa toca a valsa dos noivos | FB
out-of-domain | alexa toca parabéns pra você | FB
out-of-domain | alexa toca o hino nacional da ucrânia | FB
out-of-domain | alexa toca o hino do santos | FB
out-of-domain | alexa toca capital inicial ao vivo | FB
out-of-domain | alexa aumenta o volume | FB
out-of-domain | alexa abaixa o som que a vó tá dormindo | FB
out-of-domain | alexa acende a luz da sala | FB
out-of-domain | alexa apaga a luz do quarto das crianças | FB
out-of-domain | alexa liga o ventilador | FB
out-of-domain | alexa coloca um timer de quarenta minutos pro peru | FB
out-of-domain | alexa põe um alarme pras cinco da manhã que eu pego no turno | FB
out-of-domain | alexa me acorda às quatro que o navio atraca cedo | FB
out-of-domain | alexa adiciona carvão na lista de compras | FB
out-of-domain | alexa coloca farinha de mandioca na lista | FB
out-of-domain | alexa lembra de comprar as lembrancinhas amanhã | FB
out-of-domain | alexa que horas são | FB
out-of-domain | alexa que dia é hoje | FB
out-of-domain | alexa quantos dias faltam pro natal | FB
out-of-domain | alexa quando é o são joão este ano | FB
out-of-domain | alexa quando começa o festival de parintins | FB
out-of-domain | alexa quando é a festa do peão de barretos | FB
out-of-domain | alexa quanto tá o dólar hoje | FB
out-of-domain | alexa quanto tá o euro | FB
out-of-domain | alexa quanto custa uma passagem pra lisboa | FB
out-of-domain | alexa precisa de visto pra ir pros estados unidos | FB
out-of-domain | alexa precisa de passaporte pra ir pro uruguai | FB
out-of-domain | alexa quanto tempo de voo até seul | FB
out-of-domain | alexa qual é a população da china | FB
out-of-domain | alexa quantos habitantes tem a índia | FB
out-of-domain | alexa qual a moeda do japão | FB
out-of-domain | alexa qual é a moeda de cabo verde | FB
out-of-domain | alexa que língua se fala no senegal | FB
out-of-domain | alexa que idioma falam em angola | FB
out-of-domain | alexa qual a língua oficial da república democrática do congo | FB
out-of-domain | alexa que horas são na coreia do sul agora | FB
out-of-domain | alexa qual o fuso horário de cuba | FB
out-of-domain | alexa quem é o presidente da ucrânia | FB
out-of-domain | alexa quem é o primeiro-ministro de portugal | FB
out-of-domain | alexa quem é o rei da espanha | FB
out-of-domain | alexa qual o maior país da áfrica | FB
out-of-domain | alexa qual o menor país do mundo | FB
out-of-domain | alexa qual a maior cidade do canadá | FB
out-of-domain | alexa qual a maior cidade da austrália | FB
out-of-domain | alexa qual a cidade mais populosa do brasil | FB
out-of-domain | alexa como é a bandeira da libéria | FB
out-of-domain | alexa de que cor é a bandeira de cuba | FB
out-of-domain | alexa quantos países tem no mundo | FB
out-of-domain | alexa quantos estados tem os estados unidos | FB
out-of-domain | alexa quantos países fazem parte da onu | FB
out-of-domain | alexa qual o rio mais comprido do mundo | FB
out-of-domain | alexa qual a montanha mais alta da áfrica | FB
out-of-domain | alexa onde fica o kilimanjaro | FB
out-of-domain | alexa quanto mede o rio amazonas | FB
out-of-domain | alexa quem ganhou o festival de parintins ano passado | FB
out-of-domain | alexa quanto foi o jogo do santos | FB
out-of-domain | alexa quando o peixe joga de novo | FB
out-of-domain | alexa quem ganhou a copa de dois mil e dois | FB
out-of-domain | alexa quantas copas o uruguai tem | FB
out-of-domain | alexa quem é o artilheiro do brasileirão | FB
out-of-domain | alexa qual é o capital social mínimo de uma empresa limitada | FB
out-of-domain | alexa o que é capital de giro | FB
out-of-domain | alexa o que significa capital aberto | FB
out-of-domain | alexa o que é capital humano | FB
out-of-domain | alexa qual a diferença entre capital e juros | FB
out-of-domain | alexa quanto rende meu capital na poupança | FB
out-of-domain | alexa o que é crime hediondo e pena capital | FB
out-of-domain | alexa quais são os sete pecados capitais | FB
out-of-domain | alexa o que é letra maiúscula chamada capital | FB
out-of-domain | alexa quem escreveu o livro o capital | FB
out-of-domain | alexa qual é a capital do rodeio no brasil | FB
out-of-domain | alexa qual a capital nacional do forró | FB
out-of-domain | alexa qual é a capital do boi-bumbá | FB
out-of-domain | alexa qual cidade é a capital do frio | FB
out-of-domain | alexa qual é a capital mundial do café | FB
out-of-domain | alexa qual a capital do chocolate | FB
out-of-domain | alexa qual é a capital da europa | FB
out-of-domain | alexa qual a capital da áfrica | FB
out-of-domain | alexa qual a capital da ásia | FB
out-of-domain | alexa qual é a capital da américa do sul | FB
out-of-domain | alexa qual é a capital da oceania | FB
out-of-domain | alexa qual é a capital do caribe | FB
out-of-domain | alexa qual é a capital da amazônia | FB
out-of-domain | alexa qual é a capital do sertão | FB
out-of-domain | alexa qual é a capital da serra gaúcha | FB
out-of-domain | alexa qual a capital da baixada santista | FB
out-of-domain | alexa qual a capital do abc paulista | FB
out-of-domain | alexa qual é a capital da lapônia | FB
out-of-domain | alexa qual é a capital da andaluzia | FB
out-of-domain | alexa qual a capital da sardenha | FB
out-of-domain | alexa qual é a capital da crimeia | FB
out-of-domain | alexa qual é a capital da transilvânia | FB
out-of-domain | alexa qual é a capital da bretanha na frança | FB
out-of-domain | alexa qual é a capital da baixa normandia | FB
out-of-domain | alexa qual a capital da córsega | FB
out-of-domain | alexa qual a capital da ilha de páscoa | FB
out-of-domain | alexa qual é a capital de zanzibar | FB
out-of-domain | alexa qual a capital de bali | FB
out-of-domain | alexa qual é a capital da terra do fogo | FB
out-of-domain | alexa qual é a capital de fernando de noronha | FB
out-of-domain | alexa qual é a capital do arquipélago dos açores | FB
out-of-domain | alexa qual é a capital da ilha da madeira | FB
out-of-domain | alexa qual é a capital das canárias | FB
out-of-domain | alexa qual é a capital da biafra | FB
out-of-domain | alexa qual era a capital do império romano | FB
out-of-domain | alexa qual era a capital do império asteca | FB
out-of-domain | alexa qual era a capital da união soviética | FB
out-of-domain | alexa qual era a capital do império português | FB
out-of-domain | alexa qual era a capital do reino do congo | FB
out-of-domain | alexa qual era a capital da babilônia | FB
out-of-domain | alexa qual era a capital do brasil império | FB
out-of-domain | alexa qual era a capital da alemanha ocidental | FB
out-of-domain | alexa qual é a capital de hogwarts | FB
out-of-domain | alexa qual é a capital do reino de arendelle | FB
out-of-domain | alexa qual é a capital de mordor | FB
out-of-domain | alexa qual é a capital de zootopia | FB
out-of-domain | alexa qual é a capital da terra do nunca | FB
out-of-domain | alexa qual é a capital do sítio do picapau amarelo | FB
out-of-domain | alexa qual é a capital do reino de wakanda no filme | FB
out-of-domain | alexa qual é a capital de el dorado | FB
out-of-domain | alexa me conta uma piada | FB
out-of-domain | alexa me conta uma piada de português | FB
out-of-domain | alexa me conta uma história pra dormir | FB
out-of-domain | alexa qual é a receita de bolo de milho | FB
out-of-domain | alexa como faz quentão | FB
out-of-domain | alexa como faz kimchi | FB
out-of-domain | alexa receita de cachupa | FB
out-of-domain | alexa receita de pastel de nata | FB
out-of-domain | alexa como faz pierogi | FB
out-of-domain | alexa quanto tempo asso a picanha | FB
out-of-domain | alexa como se diz obrigado em coreano | FB
out-of-domain | alexa como se fala bom dia em ucraniano | FB
out-of-domain | alexa traduz cachorro pro inglês | FB
out-of-domain | alexa como se escreve prudentópolis | FB
out-of-domain | alexa liga pra minha filha | FB
out-of-domain | alexa manda mensagem pro meu filho | FB
out-of-domain | alexa qual o telefone da polícia federal | FB
out-of-domain | alexa onde fica o consulado de cabo verde em são paulo | FB
out-of-domain | alexa como tirar o protocolo de refugiado | FB
out-of-domain | alexa quanto é sete vezes oito | FB
out-of-domain | alexa quanto é vinte por cento de trezentos | FB
out-of-domain | alexa converte cem dólares em reais | FB
out-of-domain | alexa qual a distância de santos até lisboa | FB
out-of-domain | alexa quanto tempo leva de carro até florianópolis | FB
out-of-domain | alexa qual é a rota pra ciudad del este | FB
out-of-domain | alexa tem trânsito na anchieta | FB
out-of-domain | alexa qual o melhor caminho pra barretos | FB
out-of-domain | alexa quem inventou o berimbau | FB
out-of-domain | alexa quem foi mestre bimba | FB
out-of-domain | alexa quem foi zumbi dos palmares | FB
out-of-domain | alexa quando o brasil mudou a capital pra brasília | FB
out-of-domain | alexa por que mudaram a capital do brasil | FB
out-of-domain | alexa quem projetou brasília | FB
out-of-domain | alexa quantas capitais tem no mundo | FB
out-of-domain | alexa qual a capital mais fria do mundo | FB
out-of-domain | alexa qual é a capital mais alta do mundo | FB
out-of-domain | alexa qual a capital mais antiga do brasil | FB
out-of-domain | alexa qual capital brasileira tem praia | FB
out-of-domain | alexa qual a capital mais populosa da europa | FB
out-of-domain | alexa fala o nome de todos os países da áfrica | FB
out-of-domain | alexa que dia é o aniversário de são paulo | FB
out-of-domain | alexa como tá o tempo em lisboa | FB
out-of-domain | alexa quanto tá o jogo do flamengo | FB
out-of-domain | alexa você é casada | FB
out-of-domain | alexa bom dia | FB
out-of-domain | alexa boa noite alexa | FB
out-of-domain | alexa obrigado | FB
out-of-domain | alexa qual o seu nome | FB
stop | alexa para as capitais que o pastor vai começar o culto | STOP
stop | alexa encerra o jogo que o navio tá atracando | STOP
stop | alexa chega de capital que a sirene da fábrica tocou | STOP
stop | alexa para com as capitais que a maré subiu | STOP
stop | alexa para que o boi vai entrar na arena | STOP
stop | alexa fecha as capitais que o cliente chegou no escritório | STOP
stop | alexa encerra que o mestre vai puxar a ladainha | STOP
stop | alexa para o jogo que o delegado da onu vai discursar | STOP
stop | alexa fecha o jogo que chegamos no posto | STOP
stop | alexa para de falar de país que a ceia tá servida | STOP
stop | alexa para tudo que o parabéns vai começar | STOP
stop | alexa ó pá cala-te lá | STOP
stop | alexa sai do capitais do mundo | STOP
stop | alexa fecha capitais do mundo que a aula acabou | STOP
stop | alexa encerra capitais do mundo que eu vou trabalhar | STOP
stop | alexa para de jogar que o caminhão da reciclagem chegou | STOP
stop | alexa desliga o jogo que o sargento tá vindo | STOP
stop | alexa chega omma tá chamando pra jantar | STOP
stop | alexa para mbote já chega | STOP
stop | alexa basta oye ya | STOP
stop | alexa anyway pode parar | STOP
stop | alexa para que o quentão ficou pronto | STOP
stop | alexa sai que o tio vai contar piada | STOP
stop | alexa encerra que a professora da eja chegou | STOP
stop | alexa chega de olimpíada por hoje | STOP
cancel | alexa cancela que eu perguntei do país errado | CANCEL
cancel | alexa esquece a libéria era outro navio | CANCEL
cancel | alexa cancela essa que o tio já chutou | CANCEL
cancel | alexa deixa quieto que o mestre sabe | CANCEL
cancel | alexa cancela ó pá não era isso | CANCEL
cancel | alexa esquece a pergunta do peão | CANCEL
cancel | alexa cancela que a noiva mudou a mesa | CANCEL
cancel | alexa cancela a capital que eu pedi | CANCEL
cancel | alexa deixa pra lá que a omma já lembrou | CANCEL
cancel | alexa cancela que a criança mudou de ideia | CANCEL
cancel | alexa esquece a pergunta da olimpíada | CANCEL
cancel | alexa anula essa pergunta que o delegado retirou | CANCEL
cancel | alexa cancela mbote | CANCEL
cancel | alexa oye olvídalo cancela | CANCEL
cancel | alexa my bad cancela | CANCEL
cancel | alexa esquece essa capital aí | CANCEL
cancel | alexa cancela que o cliente desligou | CANCEL
cancel | alexa deixa pra lá que a vó já foi dormir | CANCEL
cancel | alexa cancela a pergunta da maré | CANCEL
cancel | alexa cancela que eu já vi no atlas em braile | CANCEL
cancel | alexa esquece que o recruta respondeu | CANCEL
cancel | alexa cancela essa do boi | CANCEL
help | alexa como eu pergunto a capital de um estado americano | HELP
help | alexa me explica como funciona o capitais do mundo | HELP
help | alexa o que o capitais do mundo sabe responder | HELP
help | alexa como joga isso no casamento | HELP
help | alexa a halmeoni não sabe usar me ajuda | HELP
help | alexa s'il te plaît ajuda | HELP
help | alexa como pergunto ao contrário de qual país é uma capital | HELP
help | alexa ajuda que o recruta travou | HELP
launch | alexa abre capitais do mundo pro dido | LAUNCH
launch | alexa abre capitais do mundo no navio | LAUNCH
launch | alexa inicia capitais do mundo pra gente treinar a prova | LAUNCH
launch | alexa abre capitais do mundo pra brincar na ceia de natal | LAUNCH
launch | alexa asere abre capitais do mundo | LAUNCH
launch | alexa abre capitais do mundo pra professora da eja | LAUNCH
official-name | alexa qual a capital da república da libéria | LR
official-name | alexa qual é a capital da república do senegal | SN
official-name | alexa capital da república de cuba | CU
official-name | alexa qual a capital da república de cabo verde | CV
official-name | alexa qual é a capital da república da guiné-bissau | GW
official-name | alexa qual a capital da república portuguesa | PT
official-name | alexa qual a capital do reino da noruega | NO
official-name | alexa qual é a capital da república da polônia | PL
official-name | alexa qual é a capital do reino dos países baixos só a oficial | NL
official-name | alexa qual a capital da república da índia | IN
official-name | alexa qual a capital da república cooperativa da guiana | GY
official-name | alexa qual a capital do reino do butão | BT
official-name | alexa qual a capital da república federal democrática do nepal | NP
official-name | alexa qual é a capital da república democrática socialista do sri lanka só a principal | LK
official-name | alexa qual a capital dos estados unidos da américa | US
official-name | alexa qual é a capital da república da ucrânia | UA
official-name | alexa capital do reino da arábia saudita | SA
official-name | alexa capital da república de moçambique | MZ
everyday-name | alexa qual a capital dos emirados árabes | AE
everyday-name | alexa qual é a capital da costa do marfim a que chamam de ivory coast | CI
everyday-name | alexa qual é a capital do congo zaire | CD
everyday-name | alexa capital da bósnia | BA
everyday-name | alexa qual é a capital de trinidad | TT
everyday-name | alexa qual a capital de antígua | AG
everyday-name | alexa qual a capital de são vicente no caribe | VC
everyday-name | alexa qual é a capital de são cristóvão | KN
everyday-name | alexa qual é a capital da papua | PG
everyday-name | alexa qual é a capital da guiné-equatorial do futebol | GQ
everyday-name | alexa qual a capital do quirguistão que o pessoal chama de quirguízia | KG
everyday-name | alexa qual é a capital da moldova | MD
everyday-name | alexa qual é a capital do tajiquistão | TJ
everyday-name | alexa qual é a capital do país do tango | AR
everyday-name | alexa qual é a capital da terra do papai noel a finlândia | FI
everyday-name | alexa qual é a capital do país da bota | IT
everyday-name | alexa qual é a capital da terra do samurai | JP
everyday-name | alexa capital dos states | US
shared-name | alexa qual é a capital da geórgia que o recruta perguntou | GE+US-GA
shared-name | alexa na olimpíada perguntaram a capital da geórgia sem dizer qual | GE+US-GA
shared-name | alexa qual é a capital do congo que o refugiado falou | CD+CG
shared-name | alexa a omma quer saber a capital da coreia | KP+KR
shared-name | alexa me diz a capital dos sudões | SD+SS
shared-name | alexa quais são as capitais das ilhas virgens | VG+VI
shared-name | alexa o navio veio das ilhas virgens qual é a capital | VG+VI
shared-name | alexa a mesa dos noivos é a samoa qual a capital | AS+WS
shared-name | alexa capital de samoa no pacífico | AS+WS
shared-name | alexa qual é a capital da ilha de são martinho | MF+SX
shared-name | alexa capital da república do congo e da república democrática do congo | CD+CG
shared-name | alexa me fala a capital do congo pro pastor | CD+CG
out-of-domain | alexa a que horas o navio de cruzeiro sai de santos hoje | FB
out-of-domain | alexa qual a tábua de maré de ubatuba pra amanhã | FB
out-of-domain | alexa quanto tá o preço do papelão na reciclagem | FB
out-of-domain | alexa quanto tá o quilo da latinha de alumínio | FB
out-of-domain | alexa qual o resultado do festival de parintins deste ano | FB
out-of-domain | alexa quem é o peão campeão de barretos | FB
out-of-domain | alexa quantos quilos tem um touro de rodeio | FB
out-of-domain | alexa quanto tempo o peão tem que ficar no touro | FB
out-of-domain | alexa que dia é o batizado de capoeira | FB
out-of-domain | alexa toca a ladainha de capoeira do mestre pastinha | FB
out-of-domain | alexa qual o horário da aula da eja | FB
out-of-domain | alexa lê pra mim as notícias de hoje | FB
out-of-domain | alexa qual o prazo pra entrar com recurso | FB
out-of-domain | alexa o que é habeas corpus | FB
out-of-domain | alexa o que diz o artigo quinto da constituição | FB
out-of-domain | alexa quando cai o pagamento do bolsa família | FB
out-of-domain | alexa que horas começa o turno da noite | FB
out-of-domain | alexa quando é a assembleia do sindicato | FB
out-of-domain | alexa qual a previsão de greve dos metalúrgicos | FB
out-of-domain | alexa quem é o secretário-geral da onu | FB
out-of-domain | alexa quais os membros permanentes do conselho de segurança | FB
out-of-domain | alexa o que é um país soberano | FB
out-of-domain | alexa quantos países tem na áfrica | FB
out-of-domain | alexa em que continente fica o cazaquistão | FB
out-of-domain | alexa qual país faz fronteira com o senegal | FB
out-of-domain | alexa quais países o rio amazonas atravessa | FB
out-of-domain | alexa qual o prato típico da ucrânia | FB
out-of-domain | alexa qual a comida típica de cabo verde | FB
out-of-domain | alexa onde fica a igreja ucraniana de prudentópolis | FB
out-of-domain | alexa quanto custa o aluguel de salão de festa | FB
out-of-domain | alexa que horas é a missa do galo | FB
out-of-domain | alexa toca forró pé de serra pro arraiá | FB
out-of-domain | alexa toca a música do boi caprichoso | FB
out-of-domain | alexa toca uma música de casamento pra entrada da noiva | FB
out-of-domain | alexa qual a capital nacional da moda praia | FB
out-of-domain | alexa qual é a capital do agronegócio | FB
out-of-domain | alexa o que é capital de risco | FB
out-of-domain | alexa quanto capital eu preciso pra abrir uma reciclagem | FB
out-of-domain | alexa o que é capital estrangeiro | FB
out-of-domain | alexa o que significa integralizar o capital social | FB
out-of-domain | alexa qual é a capital do polo norte | FB
out-of-domain | alexa qual é a capital da lua | FB
out-of-domain | alexa qual é a capital da galícia espanhola | FB
out-of-domain | alexa qual é a capital da catalunha | FB
out-of-domain | alexa qual é a capital da chechênia | FB
out-of-domain | alexa qual a capital do tibete | FB
out-of-domain | alexa qual a capital da sibéria | FB
out-of-domain | alexa qual é a capital da patagônia | FB
out-of-domain | alexa qual é a capital do punjab paquistanês | FB
out-of-domain | alexa qual é a capital da província de buenos aires | FB
out-of-domain | alexa qual é a capital do departamento de santa cruz na bolívia | FB
out-of-domain | alexa qual a capital do cantão de genebra | FB
out-of-domain | alexa qual é a capital da região de lisboa e vale do tejo | FB
out-of-domain | alexa qual é a capital do império otomano | FB
out-of-domain | alexa qual era a capital do império inca | FB
out-of-domain | alexa qual era a capital da iugoslávia | FB
out-of-domain | alexa qual é a capital de atlântida | FB
out-of-domain | alexa qual é a capital de nárnia | FB
out-of-domain | alexa qual é a capital do reino de tão tão distante | FB
out-of-domain | alexa qual é a capital de westeros | FB
out-of-domain | alexa qual é a capital do mundo bita | FB
santos-port | alexa o rebocador trouxe um navio {} qual é a capital | da dinamarca=DK; da coreia do sul=KR; da turquia=TR
santos-port | alexa no armazém do porto o despachante perguntou a capital dos emirados árabes unidos | AE
santos-port | alexa o navio de fertilizante veio de marrocos qual a capital do marrocos | MA
santos-port | alexa o tripulante ucraniano do navio quer saber a capital do brasil | BR
abc-metalworkers | alexa o técnico da montadora francesa vai pra {} qual a capital | eslovênia=SI; romênia=RO; marrocos=MA
abc-metalworkers | alexa o sindicalista vai pro congresso em genebra qual é a capital da suíça | CH
abc-metalworkers | alexa na linha de montagem a peça veio da argentina qual a capital | AR
caicara-ubatuba | alexa a canoa caiçara ficou famosa lá {} e o pescador quer a capital | no japão=JP; na austrália=AU; na indonésia=ID
caicara-ubatuba | alexa o barqueiro de paraty levou um turista das bahamas qual é a capital | BS
parintins-ribeirinho | alexa égua mana o turista que veio ver o boi é {} qual a capital | da itália=IT; dos estados unidos=US; da frança=FR
parintins-ribeirinho | alexa o curumim da escola do flutuante quer a capital do amazonas pra prova | BR-AM
korean-family | alexa o appa vai abrir loja {} qual é a capital | no paraguai=PY; na argentina=AR; no chile=CL
korean-family | alexa a halmeoni nasceu em busan qual é a capital da coreia do sul | KR
chinese-shopkeepers | alexa o primo da cantina chinesa vai morar {} qual a capital | no canadá=CA; na austrália=AU; no reino unido=GB
chinese-shopkeepers | alexa o senhor li do pastel quer saber a capital do quirguistão | KG
portuguese-immigrant | alexa o meu neto vai fazer erasmus {} diz-me lá a capital | na bélgica=BE; na holanda=NL; na áustria=AT
portuguese-immigrant | alexa ó pá a capital de espanha é madrid não é | ES
cape-verde-bissau | alexa nha fidju quer saber a capital {} | de angola=AO; de timor-leste=TL; de são tomé=ST
congolese-refugee | alexa o pastor congolês vai pregar {} qual a capital | em angola=AO; na zâmbia=ZM; no quênia=KE
senegalese-vendor | alexa o colega da barraca vai voltar {} qual a capital | pra guiné=GN; pro mali=ML; pra serra leoa=SL
cuban-doctor | alexa la doctora quiere saber a capital {} | do panamá=PA; da venezuela=VE; do equador=EC
ukrainian-polish-parana | alexa o primo da baba mora {} qual a capital | na eslováquia=SK; na tchéquia=CZ; na hungria=HU
us-returnees | alexa tipo o meu cunhado ficou em {} qual é a capital desse estado | atlanta=US-GA; miami=US-FL; nova york=US-NY
gringo-in-law | alexa eu não entende qual é a capital do estado de bahia | BR-BA
gringo-in-law | alexa minha sogro pergunta capital de estado amazonas | BR-AM
tiozao-churrasco | alexa o tio do churrasco jura que {} é capital de onde | buenos aires=CITY:Buenos Aires; lisboa=CITY:Lisboa; madri=CITY:Madri
adult-literacy-eja | alexa eu aprendi a escrever o nome da capital {} hoje qual é | do amapá=BR-AP; de rondônia=BR-RO; do acre=BR-AC
army-barracks | alexa o sargento quer a capital {} pra prova do curso de cabos | do paquistão=PK; da índia=IN; da china=CN
recycling-cooperative | alexa a sacola do supermercado veio {} qual a capital | da turquia=TR; do egito=EG; da grécia=GR
rodeo-barretos | alexa o competidor do laço veio {} qual a capital de lá | do canadá=CA; do méxico=MX; do paraguai=PY
law-office | alexa o cliente abriu uma offshore {} qual a capital de lá | em belize=BZ; nas bahamas=BS; em samoa=WS
capoeira-group | alexa o mestre recebeu convite {} qual a capital de lá | da rússia=RU; da ucrânia=UA; da alemanha=DE
blind-user | alexa o audiolivro falou {} e eu quero saber a capital | da tunísia=TN; da argélia=DZ; da líbia=LY
model-un | alexa na simulação o delegado {} quer saber a capital | do iraque=IQ; do irã=IR; do afeganistão=AF
geography-olympiad | alexa questão eliminatória capital {} | de tuvalu=TV; de quiribati=KI; das ilhas marshall=MH
road-trip | alexa na estrada pro nordeste a criança quer saber a capital {} | da paraíba=BR-PB; do ceará=BR-CE; de alagoas=BR-AL
festa-junina | alexa na fogueira de são joão o vizinho perguntou a capital {} | de pernambuco=BR-PE; da bahia=BR-BA; do piauí=BR-PI
wedding-reception | alexa a mesa dos padrinhos é {} qual a capital | o japão=JP; a coreia do sul=KR; a china=CN
kids-birthday | alexa no pula-pula o aniversariante quer a capital {} | do brasil=BR; da argentina=AR; da frança=FR
christmas-dinner | alexa o tio que chegou {} quer que você diga a capital de lá | de portugal=PT; da espanha=ES; da irlanda=IE
plural-capitals | alexa o fornecedor chinês mudou pra malásia quais são as duas capitais malásias | MY
plural-capitals | alexa na simulação da onu o delegado da malásia esqueceu as capitais do país dele quais são | MY
plural-capitals | alexa putrajaya é capital mesmo me fala todas as capitais da malásia | MY
plural-capitals | alexa o estudante beninense da unilab perguntou quais são as capitais do benin | BJ
plural-capitals | alexa na barraca do senegalês a dúvida é porto novo ou cotonou me fala as capitais do benin | BJ
plural-capitals | alexa quais são as capitais da república do benin pro trabalho da escola | BJ
plural-capitals | alexa o professor da olimpíada perguntou as capitais bolivianas sucre e la paz | BO
plural-capitals | alexa a costureira boliviana quer que você fale as capitais da bolívia | BO
plural-capitals | alexa na viagem de carro pra bolívia quais são as duas capitais de lá | BO
plural-capitals | alexa a doutora cubana quer saber as capitais da costa do marfim | CI
plural-capitals | alexa yamoussoukro e abidjan são as capitais da costa do marfim me fala as duas | CI
plural-capitals | alexa o vendedor marfinense quer ouvir as capitais do país dele | CI
plural-capitals | alexa o chá veio do sri lanka me fala as capitais de lá | LK
plural-capitals | alexa colombo é capital do sri lanka ou são duas capitais quais são | LK
plural-capitals | alexa na cooperativa achamos uma caixa do sri lanka quais são as capitais | LK
plural-capitals | alexa na simulação da onu a delegação palestina quer saber as capitais da palestina | PS
plural-capitals | alexa o colega de quarto é palestino quais são as capitais do país dele | PS
plural-capitals | alexa ramallah é uma das capitais da palestina qual é a outra me fala as duas | PS
plural-capitals | alexa a olimpíada perguntou as capitais da antiga suazilândia | SZ
plural-capitals | alexa mbabane e lobamba são as capitais de essuatíni me fala as capitais | SZ
plural-capitals | alexa o mestre de capoeira vai pra essuatíni quais são as capitais | SZ
plural-capitals | alexa o marinheiro holandês quer saber as capitais dos países baixos | NL
plural-capitals | alexa o neto vai fazer erasmus na holanda quais são as capitais de lá | NL
plural-capitals | alexa a peça da fábrica veio da holanda me fala as duas capitais holandesas | NL
plural-capitals | alexa pretória cidade do cabo e bloemfontein são as capitais da áfrica do sul confirma as capitais | ZA
plural-capitals | alexa o aluno sul-africano da capoeira quer que você diga as capitais do país dele | ZA
"""

if __name__ == "__main__":
    build_round(48, "pt", LINES, sys.argv, "tests/Eval/pt/round48/source/build_corpus.py")
