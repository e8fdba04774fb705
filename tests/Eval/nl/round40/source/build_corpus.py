"""Round 40, Dutch (nl-NL): a new author's own mix, written blind at the start of the fiftieth session (brief
WRITER56.md). Speakers chosen apart from the groups of the Dutch round 39 (Tukkers, Zeeuwen, Limburgers, Brabanders,
Friezen, Flemish people in the Netherlands, Rotterdammers, Amsterdammers, Surinamese Dutch, Antillean and Aruban Dutch,
Moroccan Dutch straattaal, Turkish Dutch families, Polish greenhouse workers, Ukrainian newcomers, Indo families,
English-speaking expats, the care home, primary school topografie, secondary school aardrijkskunde, the student house,
the pub quiz, truck drivers, bargemen, cabin crew, game night, cooking, holidays, working from home, cycling fans) and
from the groups it says round 38 used (Achterhoekers, Drenten, Utrechters, Afghan newcomers, Chinese Dutch restaurant
families, Brazilian Dutch, Germans across the border, Aalsmeer flower auction staff, taxi drivers, library staff, the
football canteen, Discord gamers, choirs, bedtime, the chess club): Groningers of Stad, Delfzijl and Winschoten ("moi",
"dat wait ik nait", "joa", "doar", "hait", "mien"), Hagenaars of Den Haag, Scheveningen and Loosduinen ("hebbie",
"ouwe", "lekker belangrijk", the embassies and the Vredespaleis), Nijmegenaren (the Vierdaagse, the Via Gladiola, the
Waalkade, "dè", "doe mar"), Volendammers ("hee", "ikke", "hullie", paling, the dijk), Urkers (the kotter, the marifoon,
the dominee, the zending), Syrian newcomers (learner Dutch, "yalla", "shukran", "inshallah", "habibi"), Eritrean
newcomers (learner Dutch, Tigrinya "selam", "yekenyeley"), Cape Verdean Rotterdammers of Delfshaven (Kriolu "modi",
"nha mai", "obrigadu", "kuze"), Ghanaian Dutch of Amsterdam Zuidoost (Twi "chale", "ete sen", "medaase"), Indian expats
in Amstelveen (Hindi-English code-switching "yaar", "accha", "theek hai", "basically"), Moluccan families (Maleis
"ayo", "beta", "bapa", "terima kasih", "sudah"), Spanish-speaking newcomers from Venezuela and Colombia ("oye", "mira",
"vale", "gracias"), inburgering learners (the KNM exam), kleuters, tieners ("bro", "lowkey", "no cap", the so topo),
grandparents on oppasdag, and at work: night-shift nurses, dairy farmers, train conductors, soldiers (uitzending, the
kazerne), diplomats of Buitenlandse Zaken, parcel couriers, canal-boat guides, a newsroom; and in situations: the
Songfestival on tv, the Olympics on tv, the kringverjaardag, Sinterklaas, Koningsdag, tv quizzes (Twee voor Twaalf, De
Slimste Mens, Lingo), genealogy (stamboomonderzoek) and university lectures (hoorcollege). Plus follow-ups, plural
capitals, subdivisions and territories, yes/no checks, self-corrections, reverse questions, official, everyday and old
names, shared names, launch by the invocation name "hoofdsteden van de wereld", help, stop and cancel in those
speakers' words, and out-of-domain requests and near misses.
`python3 tests/Eval/nl/round40/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 40's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Groningers (Stad, Ommelanden, Delfzijl, Winschoten): "moi", "dat wait ik nait", "joa", "doar", "hait", "mien"
groningers | moi alexa dat wait ik nait wat is de hoofdstad van {} | zweden=SE; estland=EE; letland=LV
groningers | joa alexa mien buurman op de tuunderij komt uit {} wat is doar de hoofdstad | polen=PL; litouwen=LT; belarus=BY
groningers | in stad op de grote markt stonden toeristen uit {} hoe hait de hoofdstad doar | denemarken=DK; noorwegen=NO; ijsland=IS
groningers | in de haven van delfzijl lag een schip uit {} wat is de hoofdstad van dat land | finland=FI; rusland=RU; georgië=GE
groningers | moi alexa wat is de hoofdstad van nedersaksen wij goan zaterdag noar leer | DE-NI
groningers | dat wait ik nait hoor wat is de hoofdstad van sleeswijk-holstein | DE-SH
groningers | mien opa uit winschoten is in de jaren vijftig naar {} gegoan wat is doar de hoofdstad | canada=CA; australië=AU; nieuw-zeeland=NZ
groningers | alexa hou hait de hoofdstad van de provincie alberta | CA-AB
groningers | moi alexa wat is de hoofdstad van manitoba mien nicht woont doar | CA-MB
# Hagenaars (Den Haag, Scheveningen, Loosduinen): "hebbie", "nou", "ouwe", "lekker", embassies and the Vredespaleis
hagenaars | nou alexa hebbie effe een momentje wat is de hoofdstad van {} | oostenrijk=AT; slowakije=SK; hongarije=HU
hagenaars | ik fiets elke dag langs de ambassade van {} in den haag wat is daar nou de hoofdstad | indonesië=ID; maleisië=MY; thailand=TH
hagenaars | bij het vredespaleis stond een delegatie uit {} wat is de hoofdstad van dat land | soedan=SD; zuid-soedan=SS; tsjaad=TD
hagenaars | op de boulevard in scheveningen liep een stel uit {} hoe heet de hoofdstad daar ouwe | argentinië=AR; paraguay=PY; uruguay=UY
hagenaars | lekker belangrijk maar wat is de hoofdstad van {} | bahrein=BH; qatar=QA; koeweit=KW
hagenaars | m'n ouwe vader uit loosduinen vraagt wat de hoofdstad van {} is | suriname=SR; guyana=GY; belize=BZ
hagenaars | hebbie het antwoord alexa de hoofdstad van nederland is toch den haag | NL
hagenaars | ik woon in de hofstad maar wat is eigenlijk de hoofdstad van nederland | NL
# Nijmegenaren (Nijmegen, de Vierdaagse, de Waalkade): "hoi", "dè", "doe mar"
nijmegenaren | tijdens de vierdaagse liep ik naast een militair uit {} wat is daar de hoofdstad | estland=EE; roemenië=RO; noord-macedonië=MK
nijmegenaren | op de via gladiola kreeg ik een bloem van een meisje uit {} welke stad is de hoofdstad van dat land | kroatië=HR; bosnië en herzegovina=BA; slovenië=SI
nijmegenaren | dè alexa op de waalkade zat een groep studenten uit {} wat is de hoofdstad daar | cyprus=CY; malta=MT; griekenland=GR
nijmegenaren | doe mar effe de hoofdstad van {} alexa | montenegro=ME; albanië=AL; servië=RS
nijmegenaren | in de zomerfeesten stond er een band uit {} op het podium hoe heet de hoofdstad | ierland=IE; schotland=GB-SCT; wales=GB-WLS
nijmegenaren | ik loop de vierdaagse met een vriend uit noord-ierland wat is de hoofdstad daar | GB-NIR
# Volendammers (Volendam, Edam, the dijk, paling, palingsound): "hee", "ikke", "hullie"
volendammers | hee alexa ikke wil effe weten wat de hoofdstad van {} is | spanje=ES; portugal=PT; andorra=AD
volendammers | op de dijk in volendam stond een bus chinezen en een bus uit {} wat is daar de hoofdstad | zuid-korea=KR; japan=JP; taiwan=TW
volendammers | m'n zwager die in de paling zit verkoopt aan {} hoe heet de hoofdstad daar | duitsland=DE; belgië=BE; frankrijk=FR
volendammers | hullie van de band gaan touren in {} wat is de hoofdstad van dat land | zwitserland=CH; liechtenstein=LI; luxemburg=LU
volendammers | hee alexa ikke zit in de kroeg en we wedden wat de hoofdstad van australië is | AU
# Urkers (Urk, fishing cutters, the church): "ons heer", "de dominee", "de kotter", "de marifoon"
urkers | onze dominee gaat op zendingsreis naar {} wat is daar de hoofdstad | malawi=MW; zambia=ZM; zimbabwe=ZW
urkers | op de kotter hoorden we op de marifoon een schip uit {} wat is de hoofdstad van dat land | mauritanië=MR; senegal=SN; gambia=GM
urkers | m'n broer vist nu vanuit {} hoe heet de hoofdstad daar | ierland=IE; de faeröer=FO; schotland=GB-SCT
urkers | de zending van onze kerk steunt een school in {} welke stad is daar de hoofdstad | oeganda=UG; rwanda=RW; burundi=BI
urkers | na de kerkdienst vroeg de ouderling wat de hoofdstad van israël is | IL
urkers | alexa wat is de hoofdstad van de falklandeilanden daar vissen ze op inktvis | FK
urkers | de visafslag verkoopt tong aan een handelaar op jersey wat is daar de hoofdstad | JE
urkers | alexa wat is de hoofdstad van guernsey | GG
# Syrian newcomers (learner Dutch, Arabic "yalla", "shukran", "inshallah", "habibi")
syrische-nieuwkomers | alexa yalla wat is hoofdstad van {} | syrië=SY; libanon=LB; jordanië=JO
syrische-nieuwkomers | mijn neef woont nu in {} wat is de hoofdstad van die land | irak=IQ; turkije=TR; egypte=EG
syrische-nieuwkomers | shukran alexa en wat is hoofdstad van {} | saoedi-arabië=SA; jemen=YE; oman=OM
syrische-nieuwkomers | ik heb familie in {} inshallah ik ga daar welke stad is hoofdstad | duitsland=DE; zweden=SE; oostenrijk=AT
syrische-nieuwkomers | habibi vraag aan alexa wat de hoofdstad van palestina is | PS
syrische-nieuwkomers | alexa wat zijn de hoofdsteden van palestina | PS
syrische-nieuwkomers | mijn dochter leert op school wat is hoofdstad van verenigde arabische emiraten | AE
# Eritrean newcomers (learner Dutch, Tigrinya "selam", "yekenyeley")
eritrese-nieuwkomers | selam alexa wat is de hoofdstad van {} | eritrea=ER; ethiopië=ET; djibouti=DJ
eritrese-nieuwkomers | ik kom van {} wat is daar hoofdstad alexa | soedan=SD; somalië=SO; libië=LY
eritrese-nieuwkomers | yekenyeley alexa en hoofdstad van {} wat is | kenia=KE; tanzania=TZ; oeganda=UG
eritrese-nieuwkomers | mijn broer woont in {} wat is de hoofdstad van dat land alsjeblieft | israël=IL; italië=IT; zwitserland=CH
eritrese-nieuwkomers | alexa wat is hoofdstad van eritrea is dat asmara | ER
# Cape Verdean Rotterdammers (Delfshaven, Kriolu "modi", "obrigadu", "nha mai", "kuze")
kaapverdiaanse-rotterdammers | modi alexa wat is de hoofdstad van {} | kaapverdië=CV; guinee-bissau=GW; sao tomé en principe=ST
kaapverdiaanse-rotterdammers | nha mai vraagt wat de hoofdstad van {} is | portugal=PT; angola=AO; mozambique=MZ
kaapverdiaanse-rotterdammers | obrigadu alexa en de hoofdstad van {} | brazilië=BR; luxemburg=LU; senegal=SN
kaapverdiaanse-rotterdammers | in delfshaven op het feest van de morna zat een man uit {} kuze is daar de hoofdstad | guinee=GN; sierra leone=SL; liberia=LR
kaapverdiaanse-rotterdammers | alexa is praia de hoofdstad van kaapverdië of is het mindelo | CV
# Ghanaian Dutch in Amsterdam Zuidoost (Twi "medaase", "chale", "ete sen", the Bijlmer, church)
ghanese-amsterdammers | chale alexa wat is de hoofdstad van {} | ghana=GH; togo=TG; burkina faso=BF
ghanese-amsterdammers | in de kerk in de bijlmer zit een pastor uit {} wat is de hoofdstad daar | nigeria=NG; kameroen=CM; ivoorkust=CI
ghanese-amsterdammers | ete sen alexa mijn tante gaat naar {} hoe heet de hoofdstad | benin=BJ; niger=NE; mali=ML
ghanese-amsterdammers | medaase alexa en wat is de hoofdstad van {} | gabon=GA; equatoriaal-guinea=GQ; de centraal-afrikaanse republiek=CF
ghanese-amsterdammers | alexa wat zijn de hoofdsteden van ivoorkust chale ik weet het nooit | CI
ghanese-amsterdammers | mijn oom zegt dat benin twee hoofdsteden heeft welke zijn dat | BJ
# Indian expats in Amstelveen (Hindi-English code-switching: "yaar", "accha", "theek hai", "basically")
indiase-expats | alexa yaar what is de hoofdstad van {} | india=IN; sri lanka=LK; bangladesh=BD
indiase-expats | accha alexa basically wat is de capital van {} | nepal=NP; bhutan=BT; maldiven=MV
indiase-expats | my colleague in amstelveen komt uit {} wat is de hoofdstad daar | pakistan=PK; afghanistan=AF; iran=IR
indiase-expats | theek hai alexa wat is de hoofdstad van {} | karnataka=IN-KA; maharashtra=IN-MH; kerala=IN-KL
indiase-expats | yaar mijn schoonmoeder komt uit {} what is the capital daar | tamil nadu=IN-TN; telangana=IN-TS; gujarat=IN-GJ
indiase-expats | alexa wat is de hoofdstad van uttar pradesh yaar | IN-UP
indiase-expats | accha en de hoofdstad van west-bengalen | IN-WB
indiase-expats | alexa wat zijn de hoofdsteden van sri lanka basically | LK
indiase-expats | my kids vragen wat de hoofdstad van rajasthan is | IN-RJ
# Moluccan families (Maleis "beta", "ayo", "sudah", "bapa", "terima kasih", the wijk in Capelle and Vaassen)
molukse-families | ayo alexa wat is de hoofdstad van {} | indonesië=ID; oost-timor=TL; papoea-nieuw-guinea=PG
molukse-families | beta wil weten wat de hoofdstad van {} is | filipijnen=PH; brunei=BN; singapore=SG
molukse-families | bapa vraagt wat de hoofdstad van {} is hij ziet het op het nieuws | vietnam=VN; cambodja=KH; myanmar=MM
molukse-families | terima kasih alexa sudah en wat is de hoofdstad van {} | fiji=FJ; vanuatu=VU; salomonseilanden=SB
molukse-families | in de molukse wijk zeggen ze dat maleisië twee hoofdsteden heeft welke zijn dat | MY
# Spanish-speaking newcomers (Venezuelans, Colombians; "oye", "vale", "gracias", "mira")
spaanstalige-nieuwkomers | oye alexa wat is de hoofdstad van {} | venezuela=VE; colombia=CO; ecuador=EC
spaanstalige-nieuwkomers | mira alexa mijn man komt uit {} hoe heet de hoofdstad | peru=PE; bolivia=BO; chili=CL
spaanstalige-nieuwkomers | gracias alexa vale en wat is de hoofdstad van {} | cuba=CU; de dominicaanse republiek=DO; puerto rico=PR
spaanstalige-nieuwkomers | alexa mijn vriendin werkt in {} wat is daar de hoofdstad | costa rica=CR; panama=PA; nicaragua=NI
spaanstalige-nieuwkomers | oye de hoofdstad van {} alexa por favor | honduras=HN; guatemala=GT; el salvador=SV
spaanstalige-nieuwkomers | vale alexa wat zijn de hoofdsteden van bolivia la paz en nog een | BO
spaanstalige-nieuwkomers | alexa wat is de hoofdstad van jalisco mira daar woont mijn tante | MX-JAL
spaanstalige-nieuwkomers | oye wat is de hoofdstad van nuevo león | MX-NLE
spaanstalige-nieuwkomers | alexa wat is de hoofdstad van yucatán | MX-YUC
# Inburgering learners (the inburgeringscursus, the KNM exam; learner grammar)
inburgering | alexa ik leer nederlands wat is de hoofdstad van nederland | NL
inburgering | de docent van inburgering vraagt wat is hoofdstad van {} | marokko=MA; tunesië=TN; algerije=DZ
inburgering | alexa kan je mij zeggen wat hoofdstad is van {} | mongolië=MN; kazachstan=KZ; oezbekistan=UZ
inburgering | voor het examen knm ik moet weten hoofdstad van {} | kirgizië=KG; tadzjikistan=TJ; turkmenistan=TM
inburgering | alexa ik begrijp niet welke stad is de hoofdstad van {} | armenië=AM; azerbeidzjan=AZ; georgië=GE
inburgering | alexa langzaam praten alsjeblieft wat is hoofdstad van {} | moldavië=MD; oekraïne=UA; bulgarije=BG
inburgering | in de les zegt de juf dat nederland twee hoofdsteden heeft is dat waar welke zijn | NL
inburgering | alexa wat is de hoofdstad van de provincie quebec | CA-QC
# Kleuters (four to six, with a parent nearby): short, repeated wake word, child words
kleuters | alexa alexa wat is de hoofdstad van {} | china=CN; egypte=EG; brazilië=BR
kleuters | alexa mijn knuffel komt uit {} waar woont de koning daar wat is de hoofdstad | engeland=GB-ENG; spanje=ES; denemarken=DK
kleuters | alexa weet jij de hoofdstad van {} | amerika=US; afrika=FB; italië=IT
kleuters | mama zegt ik mag het vragen alexa wat is de hoofdstad van frankrijk | FR
kleuters | alexa waar wonen de pinguïns wat is de hoofdstad van antarctica | AQ
kleuters | alexa hoe heet de hoofdstad van het land van de kangoeroes | FB
kleuters | alexa wat is de hoofdstad van {} daar wonen leeuwen | kenia=KE; tanzania=TZ; botswana=BW
# Tieners (thirteen to sixteen, homework with the phone next to them): "bro", "echt", "lowkey", "no cap", "skeer"
tieners | bro alexa wat is de hoofdstad van {} snel | australië=AU; canada=CA; zwitserland=CH
tieners | alexa lowkey weet ik het niet wat is de hoofdstad van {} | turkije=TR; brazilië=BR; nigeria=NG
tieners | alexa no cap wat is de hoofdstad van {} | noord-korea=KP; zuid-afrika=ZA; kazachstan=KZ
tieners | mijn vriend zegt dat sydney de hoofdstad van australië is dat klopt toch niet | AU
tieners | alexa ik heb morgen een so topo wat is de hoofdstad van {} | tsjechië=CZ; letland=LV; albanië=AL
tieners | echt alexa wat zijn de hoofdsteden van zuid-afrika ik moet het weten voor morgen | ZA
tieners | alexa wat is de hoofdstad van californië is dat niet los angeles | US-CA
tieners | alexa wat is de hoofdstad van new york bro | US-NY
tieners | alexa hoofdstad van texas | US-TX
# Grootouders op oppasdag (grandparents minding grandchildren on Wednesday): "opa", "oma", "lieverd", "schat"
grootouders-oppasdag | oma weet het niet meer lieverd vraag maar wat de hoofdstad van {} is alexa | tsjechië=CZ; slowakije=SK; hongarije=HU
grootouders-oppasdag | alexa opa was vroeger in {} met het leger wat is daar de hoofdstad | indonesië=ID; korea=KP+KR; libanon=LB
grootouders-oppasdag | schat zeg maar tegen alexa wat is de hoofdstad van {} | zweden=SE; noorwegen=NO; finland=FI
grootouders-oppasdag | alexa de kleine vraagt wat de hoofdstad van {} is ik weet het ook niet | madagaskar=MG; mauritius=MU; seychellen=SC
grootouders-oppasdag | toen wij jong waren heette het nog ceylon wat is nu de hoofdstad | LK
grootouders-oppasdag | alexa wat is de hoofdstad van birma tegenwoordig | MM
grootouders-oppasdag | alexa vroeger was bonn de hoofdstad van duitsland wat is het nu | DE
# Nachtdienst in het ziekenhuis (night-shift nurses, patients and colleagues from abroad)
nachtdienst-verpleging | alexa het is drie uur 's nachts en ik vraag me af wat de hoofdstad van {} is | paraguay=PY; uruguay=UY; ecuador=EC
nachtdienst-verpleging | de patiënt op kamer twaalf komt uit {} wat is daar de hoofdstad | polen=PL; roemenië=RO; bulgarije=BG
nachtdienst-verpleging | mijn collega op de ic is uit {} hoe heet de hoofdstad daar | filipijnen=PH; india=IN; portugal=PT
nachtdienst-verpleging | in de pauze van de nachtdienst alexa wat is de hoofdstad van {} | mauritius=MU; comoren=KM; madagaskar=MG
nachtdienst-verpleging | de tolk vandaag sprak de taal van {} wat is daar de hoofdstad | afghanistan=AF; eritrea=ER; somalië=SO
nachtdienst-verpleging | alexa zachtjes wat is de hoofdstad van saint lucia | LC
# Melkveehouders (dairy farmers in Friesland's border and the Gelderse Vallei): the koeien, the export, the loonwerker
melkveehouders | alexa onze kaas gaat naar {} wat is daar de hoofdstad | saoedi-arabië=SA; japan=JP; mexico=MX
melkveehouders | de loonwerker komt uit {} hoe heet de hoofdstad van dat land | polen=PL; litouwen=LT; kroatië=HR
melkveehouders | ik sta in de melkput alexa wat is de hoofdstad van {} | ierland=IE; nieuw-zeeland=NZ; denemarken=DK
melkveehouders | onze stier gaat als sperma naar {} wat is daar de hoofdstad | brazilië=BR; argentinië=AR; zuid-afrika=ZA
melkveehouders | alexa mijn zoon doet stage op een boerderij in wisconsin wat is daar de hoofdstad | US-WI
melkveehouders | alexa wat is de hoofdstad van iowa daar hebben ze veel mais | US-IA
melkveehouders | en wat is de hoofdstad van minnesota | US-MN
# Conducteurs (NS and international train staff: the ICE, the Eurostar, the nachttrein)
conducteurs | alexa de nachttrein gaat door naar {} wat is daar de hoofdstad | oostenrijk=AT; tsjechië=CZ; zwitserland=CH
conducteurs | in de ice zat een reiziger uit {} zonder kaartje wat is de hoofdstad daar | rusland=RU; oekraïne=UA; belarus=BY
conducteurs | alexa met de eurostar ben je zo in londen maar wat is de hoofdstad van {} | engeland=GB-ENG; schotland=GB-SCT; wales=GB-WLS
conducteurs | dames en heren wat is de hoofdstad van {} alexa | belgië=BE; luxemburg=LU; frankrijk=FR
conducteurs | alexa ik heb dienst op de trein naar berlijn wat is de hoofdstad van brandenburg | DE-BB
conducteurs | alexa wat is de hoofdstad van hessen daar rijdt de ice door | DE-HE
# Militairen (Defensie: uitzendingen, oefeningen, the kazerne)
militairen | alexa ik ga op uitzending naar {} wat is de hoofdstad daar | litouwen=LT; irak=IQ; jordanië=JO
militairen | op de kazerne oefenen we met een eenheid uit {} wat is daar de hoofdstad | noorwegen=NO; estland=EE; slowakije=SK
militairen | mijn vader was op missie in {} hoe heet de hoofdstad van dat land | mali=ML; afghanistan=AF; bosnië=BA
militairen | alexa wat is de hoofdstad van {} we hebben daar een fregat liggen | djibouti=DJ; bahrein=BH; cyprus=CY
militairen | alexa wat is de hoofdstad van kosovo daar was mijn oom met kfor | XK
militairen | alexa wat is de hoofdstad van curaçao daar ligt de marine | CW
# Diplomaten (Buitenlandse Zaken in Den Haag, the postenwissel): formal speech
diplomaten | alexa ik word geplaatst in {} wat is daar de hoofdstad | kirgizië=KG; tadzjikistan=TJ; mongolië=MN
diplomaten | alexa de ambassadeur van {} komt op bezoek wat is de hoofdstad van zijn land | laos=LA; nepal=NP; sri lanka=LK
diplomaten | mag ik vragen wat de officiële hoofdstad van {} is | ivoorkust=CI; tanzania=TZ; nigeria=NG
diplomaten | alexa de postenwissel staat voor de deur wat is de hoofdstad van {} | kaapverdië=CV; equatoriaal-guinea=GQ; burundi=BI
diplomaten | alexa in welke stad zit de regering van zuid-afrika en wat zijn de hoofdsteden | ZA
diplomaten | alexa waar zetelt de regering van bolivia wat zijn de hoofdsteden | BO
diplomaten | alexa wat zijn de hoofdsteden van eswatini | SZ
# Pakketbezorgers (parcel couriers in the bus, international returns)
pakketbezorgers | alexa dit pakket moet naar {} wat is daar de hoofdstad | zweden=SE; ierland=IE; spanje=ES
pakketbezorgers | de klant stuurt een retour naar {} welke stad is de hoofdstad | china=CN; hongkong=HK; taiwan=TW
pakketbezorgers | alexa ik sta in de bus vraagje wat is de hoofdstad van {} | monaco=MC; san marino=SM; vaticaanstad=VA
pakketbezorgers | alexa het adres is in gibraltar is dat een hoofdstad | GI
# Rondvaartgidsen (canal-boat guides in Amsterdam, Utrecht and Leiden): tourists from everywhere
rondvaartgidsen | alexa op mijn boot zaten vandaag mensen uit {} wat is daar de hoofdstad | zuid-korea=KR; vietnam=VN; thailand=TH
rondvaartgidsen | een toerist uit {} vroeg naar de hoofdstad van zijn eigen land voor de grap hoe heet die | brazilië=BR; colombia=CO; chili=CL
rondvaartgidsen | alexa de gids vraagt wat de hoofdstad van {} is | israël=IL; libanon=LB; cyprus=CY
rondvaartgidsen | de toeristen vragen altijd of amsterdam de hoofdstad van nederland is klopt dat | NL
rondvaartgidsen | alexa een amerikaan uit massachusetts zat op de boot wat is de hoofdstad daar | US-MA
rondvaartgidsen | alexa wat is de hoofdstad van pennsylvania | US-PA
# Nieuwsredactie (newsroom: journalists checking a fact before the bulletin)
nieuwsredactie | alexa snel voor het journaal wat is de hoofdstad van {} | niger=NE; burkina faso=BF; guinee=GN
nieuwsredactie | er is een staatsgreep in {} wat is de hoofdstad | gabon=GA; soedan=SD; myanmar=MM
nieuwsredactie | alexa de verkiezingen in {} wat is daar de hoofdstad | moldavië=MD; georgië=GE; armenië=AM
nieuwsredactie | alexa check even is de hoofdstad van kazachstan nog steeds astana | KZ
nieuwsredactie | alexa wat is de hoofdstad van jammu en kasjmir | IN-JK
nieuwsredactie | alexa wat is de hoofdstad van de westelijke sahara | EH
# Songfestival (watching Eurovision at home with a scoreboard and snacks)
songfestival | alexa welk land zingt nu {} wat is daar de hoofdstad | azerbeidzjan=AZ; armenië=AM; israël=IL
songfestival | twelve points go to {} alexa wat is de hoofdstad van dat land | zweden=SE; finland=FI; noorwegen=NO
songfestival | alexa het songfestival is volgend jaar in {} wat is de hoofdstad | zwitserland=CH; oostenrijk=AT; oekraïne=UA
songfestival | de punten van de jury uit {} komen binnen wat is daar de hoofdstad | san marino=SM; montenegro=ME; moldavië=MD
songfestival | alexa australië doet mee aan het songfestival wat is de hoofdstad van australië eigenlijk | AU
songfestival | alexa wat is de hoofdstad van ijsland die zingen altijd raar | IS
# Olympische Spelen op tv (watching the Olympics: the medal table)
olympische-spelen | alexa in de medaillespiegel staat {} boven ons wat is de hoofdstad | jamaica=JM; kenia=KE; ethiopië=ET
olympische-spelen | de schaatser uit {} won zilver wat is de hoofdstad van dat land | kazachstan=KZ; zuid-korea=KR; canada=CA
olympische-spelen | bij de opening liep de ploeg van {} binnen met één sporter wat is daar de hoofdstad | tuvalu=TV; nauru=NR; palau=PW
olympische-spelen | bij de opening kwam {} voorbij hoe heet de hoofdstad | kiribati=KI; marshalleilanden=MH; micronesia=FM
olympische-spelen | alexa de bokser uit {} heeft goud wat is de hoofdstad | cuba=CU; oezbekistan=UZ; tonga=TO
olympische-spelen | alexa de hardloper uit {} was heel snel wat is daar de hoofdstad | bahama's=BS; trinidad en tobago=TT; grenada=GD
# Kringverjaardag (the Dutch birthday in a circle, ooms and tantes arguing over coffee and cake)
kringverjaardag | alexa tante riet zegt dat de hoofdstad van {} iets anders is wie heeft gelijk | turkije=TR; australië=AU; canada=CA
kringverjaardag | oom henk beweert dat rio de janeiro de hoofdstad van brazilië is alexa wat is het echt | BR
kringverjaardag | alexa beslis jij maar wat is de hoofdstad van {} | nieuw-zeeland=NZ; zuid-afrika=ZA; marokko=MA
kringverjaardag | alexa de buurvrouw is net terug uit {} wat is daar de hoofdstad | vietnam=VN; sri lanka=LK; jordanië=JO
kringverjaardag | zwager zegt dat zürich de hoofdstad van zwitserland is alexa zeg jij het maar | CH
kringverjaardag | alexa wat is de hoofdstad van {} ik heb er een taart om gewed | pakistan=PK; nigeria=NG; vietnam=VN
# Sinterklaas (writing poems and surprises, the pakjesavond)
sinterklaas | alexa voor mijn sinterklaasgedicht wat rijmt er niet maar wat is de hoofdstad van spanje | ES
sinterklaas | alexa de sint komt uit spanje maar uit welke stad wat is de hoofdstad van spanje | ES
sinterklaas | voor de surprise maak ik een wereldbol wat is de hoofdstad van {} | peru=PE; chili=CL; bolivia=BO
sinterklaas | alexa de pieten willen weten wat de hoofdstad van {} is | turkije=TR; griekenland=GR; italië=IT
sinterklaas | alexa wat zijn de hoofdsteden van nederland dat moet in mijn gedicht | NL
# Koningsdag (the vrijmarkt, oranje, kids selling on a blanket)
koningsdag | alexa op de vrijmarkt verkoop ik een puzzel van {} wat is daar de hoofdstad | japan=JP; egypte=EG; india=IN
koningsdag | alexa de koning bezoekt op koningsdag niet {} maar wat is daar de hoofdstad | aruba=AW; curaçao=CW; sint maarten=SX
koningsdag | alexa wat is de hoofdstad van caribisch nederland | BQ
koningsdag | alexa op de vrijmarkt vroeg een kind wat de hoofdstad van bonaire is | BQ
koningsdag | alexa wat is de hoofdstad van aruba ik heb oranjestad geraden | AW
# TV-quiz (watching Twee voor Twaalf, De Slimste Mens and Lingo on the sofa)
tv-quiz | alexa bij twee voor twaalf vragen ze de hoofdstad van {} | burundi=BI; lesotho=LS; eswatini=SZ
tv-quiz | de slimste mens vraagt naar de hoofdstad van {} wie weet het | kirgizië=KG; bhutan=BT; palau=PW
tv-quiz | alexa de kandidaat zegt lagos is de hoofdstad van nigeria klopt dat | NG
tv-quiz | alexa pauze de tv even wat is de hoofdstad van {} | namibië=NA; angola=AO; zambia=ZM
tv-quiz | alexa bij lingo was het woord van vijf letters een hoofdstad van {} | jemen=YE; peru=PE; cuba=CU
tv-quiz | alexa de vraag was wat is de hoofdstad van dominica niet de dominicaanse republiek | DM
# Stamboomonderzoek (genealogy: great-grandparents who emigrated)
stamboomonderzoek | alexa mijn overgrootvader emigreerde naar {} wat is daar de hoofdstad | michigan=US-MI; iowa=US-IA; illinois=US-IL
stamboomonderzoek | in de archieven staat dat mijn familie in {} terecht kwam wat is daar de hoofdstad | ontario=CA-ON; brits-columbia=CA-BC; alberta=CA-AB
stamboomonderzoek | alexa een tak van de familie vertrok naar {} hoe heet de hoofdstad | west-australië=AU-WA; zuid-australië=AU-SA; victoria=AU-VIC
stamboomonderzoek | mijn oudoom werkte in nederlands-indië maar wat is nu de hoofdstad van indonesië | ID
stamboomonderzoek | alexa mijn familie kwam oorspronkelijk uit {} wat is daar de hoofdstad | pommeren=FB; oost-pruisen=FB; silezië=FB
stamboomonderzoek | alexa wat is de hoofdstad van paraná daar zijn veel nederlandse boeren | BR-PR
stamboomonderzoek | alexa in holambra in brazilië wonen nederlanders wat is de hoofdstad van são paulo | BR-SP
# Hoorcollege (university students: lectures, tentamens, the UB)
hoorcollege | alexa voor mijn tentamen internationale betrekkingen wat is de hoofdstad van {} | noord-korea=KP; iran=IR; venezuela=VE
hoorcollege | alexa in de ub kan ik geen wifi vinden wat is de hoofdstad van {} | haïti=HT; jamaica=JM; barbados=BB
hoorcollege | de professor noemde de hoofdstad van {} ik heb het gemist | nicaragua=NI; honduras=HN; guatemala=GT
hoorcollege | alexa wat is de hoofdstad van de europese unie | FB
hoorcollege | alexa voor mijn scriptie over {} wat is daar de hoofdstad | rwanda=RW; congo-brazzaville=CG; de democratische republiek congo=CD
hoorcollege | alexa wat is de hoofdstad van de staat maranhão | BR-MA
hoorcollege | alexa wat is de hoofdstad van bahia | BR-BA
# Follow-ups (a second question right after an answer)
follow-up | en van {} | kameroen=CM; gabon=GA; tsjaad=TD
follow-up | en die van {} dan | lesotho=LS; botswana=BW; namibië=NA
follow-up | oké en {} | oekraïne=UA; moldavië=MD; roemenië=RO
follow-up | alexa en wat is het bij {} | haïti=HT; jamaica=JM; bahama's=BS
follow-up | dankjewel en hoe zit het met {} | saint kitts en nevis=KN; antigua en barbuda=AG; saint vincent en de grenadines=VC
follow-up | nog eentje alexa {} | samoa=WS; tonga=TO; fiji=FJ
follow-up | alexa en de hoofdstad van het buurland {} | togo=TG; benin=BJ; liberia=LR
follow-up | en daarna {} alexa | oezbekistan=UZ; turkmenistan=TM; tadzjikistan=TJ
follow-up | dan nog de hoofdstad van {} graag | eritrea=ER; zuid-soedan=SS; centraal-afrikaanse republiek=CF
follow-up | wacht en van {} | yukon=CA-YT; nunavut=CA-NU; de northwest territories=CA-NT
follow-up | alexa en de rest van de staten {} | nevada=US-NV; utah=US-UT; arizona=US-AZ
follow-up | en van de deelstaat {} | saksen=DE-SN; saksen-anhalt=DE-ST; thüringen=DE-TH
follow-up | ja en {} dan | guam=GU; de noordelijke marianen=MP; amerikaans-samoa=AS
# Plural capitals (every several-capital country asked as "de hoofdsteden")
plural-capitals | alexa wat zijn de hoofdsteden van {} | bolivia=BO; zuid-afrika=ZA; benin=BJ
plural-capitals | welke hoofdsteden heeft {} | ivoorkust=CI; sri lanka=LK; maleisië=MY
plural-capitals | noem de twee hoofdsteden van {} | eswatini=SZ; nederland=NL; palestina=PS
plural-capitals | alexa hoeveel hoofdsteden heeft {} en welke | zuid-afrika=ZA; bolivia=BO; benin=BJ
plural-capitals | ik heb gehoord dat {} meer dan één hoofdstad heeft welke zijn dat | maleisië=MY; eswatini=SZ; ivoorkust=CI
plural-capitals | alexa geef me alle hoofdsteden van {} | sri lanka=LK; palestina=PS; nederland=NL
plural-capitals | alexa wat zijn de drie hoofdsteden van zuid-afrika | ZA
plural-capitals | alexa wat zijn de hoofdsteden van swaziland | SZ
plural-capitals | welke twee steden zijn de hoofdsteden van bolivia | BO
plural-capitals | alexa zeg de hoofdsteden van benin eens | BJ
plural-capitals | de hoofdsteden van côte d'ivoire alexa | CI
plural-capitals | alexa heeft maleisië echt twee hoofdsteden welke | MY
plural-capitals | hoofdsteden van sri lanka | LK
plural-capitals | alexa wat zijn volgens jou de hoofdsteden van nederland amsterdam en den haag | NL
plural-capitals | alexa welke hoofdsteden horen bij palestina | PS
# Subdivisions (states, provinces, Länder, nations) and territories, in the words people use
subdivision | alexa wat is de hoofdstad van de staat {} | alaska=US-AK; hawaï=US-HI; oregon=US-OR
subdivision | wat is de hoofdstad van {} in amerika | florida=US-FL; georgia=US-GA; virginia=US-VA
subdivision | welke stad is de hoofdstad van {} | kentucky=US-KY; tennessee=US-TN; missouri=US-MO
subdivision | de hoofdstad van {} alsjeblieft | louisiana=US-LA; mississippi=US-MS; alabama=US-AL
subdivision | alexa hoe heet de hoofdstad van {} | north carolina=US-NC; south carolina=US-SC; west virginia=US-WV
subdivision | wat is eigenlijk de hoofdstad van {} | montana=US-MT; wyoming=US-WY; idaho=US-ID
subdivision | weet jij de hoofdstad van {} | north dakota=US-ND; south dakota=US-SD; nebraska=US-NE
subdivision | alexa wat is de hoofdstad van de amerikaanse staat {} | kansas=US-KS; oklahoma=US-OK; arkansas=US-AR
subdivision | vertel me de hoofdstad van {} | new hampshire=US-NH; vermont=US-VT; maine=US-ME
subdivision | wat is de hoofdstad van {} in de vs | connecticut=US-CT; rhode island=US-RI; new jersey=US-NJ
subdivision | hoofdstad van {} alexa | delaware=US-DE; maryland=US-MD; ohio=US-OH
subdivision | alexa in welke stad zit de regering van {} | indiana=US-IN; colorado=US-CO; new mexico=US-NM
subdivision | wat is de hoofdstad van de canadese provincie {} | nova scotia=CA-NS; new brunswick=CA-NB; saskatchewan=CA-SK
subdivision | alexa wat is de hoofdstad van {} in canada | prins edwardeiland=CA-PE; newfoundland=CA-NL; ontario=CA-ON
subdivision | wat is de hoofdstad van de australische staat {} | nieuw-zuid-wales=AU-NSW; queensland=AU-QLD; tasmanië=AU-TAS
subdivision | alexa wat is de hoofdstad van het {} | noordelijk territorium=AU-NT; australisch hoofdstedelijk territorium=AU-ACT; saarland=DE-SL
subdivision | wat is de hoofdstad van de deelstaat {} | beieren=DE-BY; noordrijn-westfalen=DE-NW; rijnland-palts=DE-RP
subdivision | alexa wat is de hoofdstad van {} in duitsland | baden-württemberg=DE-BW; mecklenburg-voor-pommeren=DE-MV; nedersaksen=DE-NI
subdivision | alexa wat is de hoofdstad van de indiase deelstaat {} | punjab=IN-PB; haryana=IN-HR; bihar=IN-BR
subdivision | wat is de hoofdstad van {} in india | goa=IN-GA; assam=IN-AS; sikkim=IN-SK
subdivision | alexa de hoofdstad van {} | odisha=IN-OD; jharkhand=IN-JH; uttarakhand=IN-UK
subdivision | welke stad is de hoofdstad van {} in india | madhya pradesh=IN-MP; chhattisgarh=IN-CG; himachal pradesh=IN-HP
subdivision | alexa wat is de hoofdstad van de braziliaanse staat {} | minas gerais=BR-MG; amazonas=BR-AM; pernambuco=BR-PE
subdivision | wat is de hoofdstad van {} in brazilië | rio grande do sul=BR-RS; santa catarina=BR-SC; ceará=BR-CE
subdivision | alexa wat is de hoofdstad van de mexicaanse staat {} | chihuahua=MX-CHH; sonora=MX-SON; oaxaca=MX-OAX
subdivision | wat is de hoofdstad van {} in mexico | baja california=MX-BCN; quintana roo=MX-ROO; chiapas=MX-CHP
subdivision | alexa en wat is dan de hoofdstad van {} in mexico | veracruz=MX-VER; puebla=MX-PUE; sinaloa=MX-SIN
subdivision | wat is de hoofdstad van het eiland {} | réunion=RE; martinique=MQ; guadeloupe=GP
subdivision | alexa van welk land is {} een deel en wat is de hoofdstad | groenland=GL; nieuw-caledonië=NC; frans-polynesië=PF
subdivision | wat is de hoofdstad van de {} | kaaimaneilanden=KY; britse maagdeneilanden=VG; turks en caicoseilanden=TC
subdivision | alexa hoe heet de hoofdstad van het britse eiland {} | bermuda=BM; anguilla=AI; montserrat=MS
subdivision | alexa wat is de hoofdstad van frans-guyana | GF
subdivision | wat is de hoofdstad van mayotte | YT
subdivision | alexa wat is de hoofdstad van het isle of man | IM
subdivision | wat is de hoofdstad van sint-helena | SH
subdivision | alexa wat is de hoofdstad van de cookeilanden | CK
subdivision | alexa wat is de hoofdstad van engeland | GB-ENG
subdivision | wat is de hoofdstad van telangana | IN-TS
subdivision | alexa wat is de hoofdstad van andhra pradesh | IN-AP
subdivision | alexa wat is de hoofdstad van het federaal district in brazilië | BR-DF
subdivision | wat is de hoofdstad van de staat mexico | MX-MEX
subdivision | alexa wat is de hoofdstad van washington de staat niet de stad | US-WA
subdivision | alexa wat is de hoofdstad van saint-pierre en miquelon | PM
subdivision | wat is de hoofdstad van wallis en futuna | WF
subdivision | alexa wat is de hoofdstad van de pitcairneilanden | PN
subdivision | alexa wat is de hoofdstad van niue | NU
subdivision | wat is de hoofdstad van tokelau | TK
subdivision | alexa wat is de hoofdstad van de amerikaanse maagdeneilanden | VI
subdivision | alexa wat is de hoofdstad van christmaseiland | CX
subdivision | wat is de hoofdstad van ladakh | IN-LA
subdivision | alexa wat is de hoofdstad van goiás | BR-GO
subdivision | alexa wat is de hoofdstad van michoacán | MX-MIC
# Yes/no checks (a guess said aloud for the skill to confirm)
yes-no-check | alexa klopt het dat canberra de hoofdstad van australië is | AU
yes-no-check | is ottawa echt de hoofdstad van canada | CA
yes-no-check | alexa is istanbul de hoofdstad van turkije | TR
yes-no-check | is de hoofdstad van marokko casablanca of rabat | MA
yes-no-check | alexa is dodoma de hoofdstad van tanzania of dar es salaam | TZ
yes-no-check | klopt het dat de hoofdstad van nigeria abuja is | NG
yes-no-check | alexa is genève de hoofdstad van zwitserland | CH
yes-no-check | is new york de hoofdstad van amerika | US
yes-no-check | alexa is almaty nog de hoofdstad van kazachstan | KZ
yes-no-check | is yangon de hoofdstad van myanmar alexa | MM
yes-no-check | klopt het dat belmopan de hoofdstad van belize is | BZ
yes-no-check | alexa is karachi de hoofdstad van pakistan | PK
yes-no-check | is auckland de hoofdstad van nieuw-zeeland | NZ
yes-no-check | alexa is sucre de hoofdstad van bolivia | BO
yes-no-check | is kaapstad een hoofdstad van zuid-afrika | ZA
yes-no-check | alexa klopt het dat abidjan niet meer de hoofdstad van ivoorkust is | CI
yes-no-check | is colombo de hoofdstad van sri lanka | LK
yes-no-check | alexa is putrajaya de hoofdstad van maleisië | MY
yes-no-check | is cotonou de hoofdstad van benin | BJ
yes-no-check | alexa is lobamba een hoofdstad van eswatini | SZ
yes-no-check | is ramallah de hoofdstad van palestina | PS
yes-no-check | alexa is gitega nu de hoofdstad van burundi | BI
yes-no-check | klopt het dat ngerulmud de hoofdstad van palau is | PW
yes-no-check | alexa is chicago de hoofdstad van illinois | US-IL
yes-no-check | is toronto de hoofdstad van ontario | CA-ON
yes-no-check | alexa is sydney de hoofdstad van nieuw-zuid-wales | AU-NSW
yes-no-check | is münchen de hoofdstad van beieren | DE-BY
yes-no-check | alexa is bombay de hoofdstad van maharashtra | IN-MH
yes-no-check | is edinburgh de hoofdstad van schotland | GB-SCT
yes-no-check | alexa is nuuk de hoofdstad van groenland | GL
yes-no-check | is tórshavn de hoofdstad van de faeröer | FO
yes-no-check | alexa is willemstad de hoofdstad van curaçao | CW
yes-no-check | is philipsburg de hoofdstad van sint maarten | SX
yes-no-check | alexa is astana de hoofdstad van kazachstan | KZ
yes-no-check | is naypyidaw echt de hoofdstad van myanmar | MM
# Self-corrections (a slip put right in the same breath)
self-correction | alexa wat is de hoofdstad van oostenrijk nee wacht ik bedoel australië | AU
self-correction | wat is de hoofdstad van zweden eh zwitserland bedoel ik | CH
self-correction | alexa de hoofdstad van slovenië nee slowakije | SK
self-correction | wat is de hoofdstad van ijsland sorry ierland | IE
self-correction | alexa wat is de hoofdstad van guinee nee guinee-bissau | GW
self-correction | wat is de hoofdstad van niger of nee nigeria | NG
self-correction | alexa de hoofdstad van iran ik bedoel irak | IQ
self-correction | wat is de hoofdstad van gambia nee zambia | ZM
self-correction | alexa wat is de hoofdstad van mali eh malawi | MW
self-correction | wat is de hoofdstad van letland nee litouwen | LT
self-correction | alexa wat is de hoofdstad van de dominicaanse republiek nee dominica | DM
self-correction | hoofdstad van noord-korea nee zuid-korea alexa | KR
self-correction | alexa wat is de hoofdstad van colorado sorry colombia | CO
self-correction | wat is de hoofdstad van georgia ik bedoel het land georgië | GE
self-correction | alexa wat is de hoofdstad van victoria nee van queensland | AU-QLD
self-correction | wat is de hoofdstad van saksen nee saksen-anhalt | DE-ST
self-correction | alexa wat is de hoofdstad van armenië nee albanië | AL
self-correction | de hoofdstad van mauritanië eh mauritius | MU
self-correction | alexa wat is de hoofdstad van soedan nee zuid-soedan | SS
self-correction | wat is de hoofdstad van tonga nee togo | TG
self-correction | alexa wat is de hoofdstad van de seychellen nee de maldiven | MV
self-correction | wat is de hoofdstad van new york wacht new jersey | US-NJ
self-correction | alexa wat is de hoofdstad van kosovo nee bedoel ik servië | RS
self-correction | wat is de hoofdstad van austrië ik bedoel oostenrijk | AT
self-correction | alexa de hoofdstad van equador ecuador bedoel ik | EC
self-correction | wat is de hoofdstad van de filipijnen nee fiji | FJ
self-correction | alexa wat is de hoofdstad van paraguay eh uruguay | UY
self-correction | wat is de hoofdstad van slovenië ja slovenië | SI
# Reverse questions (a capital named, the country asked)
reverse-question | alexa van welk land is {} de hoofdstad | ouagadougou=CITY:ouagadougou; ulaanbaatar=CITY:ulaanbaatar; tbilisi=CITY:tbilisi
reverse-question | {} is de hoofdstad van welk land | canberra=CITY:canberra; reykjavik=CITY:reykjavik; bratislava=CITY:bratislava
reverse-question | alexa waar is {} de hoofdstad van | nairobi=CITY:nairobi; kampala=CITY:kampala; lusaka=CITY:lusaka
reverse-question | in welk land ligt de hoofdstad {} | vientiane=CITY:vientiane; thimphu=CITY:thimphu; tasjkent=CITY:tasjkent
reverse-question | alexa {} is de hoofdstad van wat | montevideo=CITY:montevideo; asunción=CITY:asunción; quito=CITY:quito
reverse-question | welk land heeft {} als hoofdstad | bisjkek=CITY:bisjkek; doesjanbe=CITY:doesjanbe; jerevan=CITY:jerevan
reverse-question | alexa van welke staat is {} de hoofdstad | sacramento=CITY:sacramento; tallahassee=CITY:tallahassee; albany=CITY:albany
reverse-question | alexa van welke provincie is {} de hoofdstad | halifax=CITY:halifax; regina=CITY:regina; winnipeg=CITY:winnipeg
reverse-question | alexa waarvan is wiesbaden de hoofdstad | CITY:wiesbaden
reverse-question | waarvan is porto-novo de hoofdstad | CITY:porto-novo
reverse-question | alexa van welk land is valletta de hoofdstad | CITY:valletta
reverse-question | alexa welk land hoort bij de hoofdstad windhoek | CITY:windhoek
# Official names (the country's full official name)
official-name | alexa wat is de hoofdstad van de {} | bondsrepubliek duitsland=DE; russische federatie=RU; volksrepubliek china=CN
official-name | en wat is de hoofdstad van de {} | islamitische republiek iran=IR; arabische republiek egypte=EG; helleense republiek=GR
official-name | zeg eens alexa wat is de hoofdstad van het {} | koninkrijk der nederlanden=NL; verenigd koninkrijk=GB; koninkrijk belgië=BE
official-name | alexa wat is de hoofdstad van de republiek {} | korea=KR; côte d'ivoire=CI; kroatië=HR
official-name | wat is de hoofdstad van de democratische volksrepubliek korea | KP
official-name | alexa wat is de hoofdstad van de plurinationale staat bolivia | BO
official-name | alexa wat is de hoofdstad van de bolivariaanse republiek venezuela | VE
official-name | wat is de hoofdstad van de verenigde mexicaanse staten | MX
official-name | alexa wat is de hoofdstad van het koninkrijk eswatini | SZ
official-name | wat is de hoofdstad van de republiek der unie van myanmar | MM
official-name | alexa wat is de hoofdstad van de verenigde staten van amerika | US
official-name | wat is de hoofdstad van de zwitserse bondsstaat | CH
official-name | alexa wat is de hoofdstad van de republiek türkiye | TR
official-name | wat is de hoofdstad van het hasjemitisch koninkrijk jordanië | JO
official-name | alexa wat is de hoofdstad van het groothertogdom luxemburg | LU
official-name | alexa wat is de hoofdstad van het vorstendom liechtenstein | LI
official-name | wat is de hoofdstad van de democratische socialistische republiek sri lanka | LK
official-name | alexa wat is de hoofdstad van de federale democratische republiek ethiopië | ET
official-name | alexa wat is de hoofdstad van timor-leste | TL
official-name | wat is de hoofdstad van de staat palestina | PS
# Everyday and old names
everyday-name | alexa wat is nou de hoofdstad van {} | holland=NL; amerika=US; wit-rusland=BY
everyday-name | wat is de hoofdstad van {} eigenlijk | de emiraten=AE; tsjechië=CZ; groot-brittannië=GB
everyday-name | alexa wat was de hoofdstad van {} en hoe heet het land nu | zaïre=CD; perzië=IR; siam=TH
everyday-name | de hoofdstad van {} | swaziland=SZ; macedonië=MK; birma=MM
everyday-name | alexa hoe heet de hoofdstad van de {} | vs=US; filipijnen=PH; kaaimaneilanden=KY
everyday-name | wat is de hoofdstad van {} alexa | bosnië=BA; papoea=PG; saoedi=SA
everyday-name | alexa wat is de hoofdstad van engeland schotland en zo het hele verenigd koninkrijk | GB
everyday-name | wat is de hoofdstad van oost-timor | TL
everyday-name | alexa wat is de hoofdstad van het vaticaan | VA
everyday-name | wat is de hoofdstad van de centraal-afrikaanse republiek | CF
everyday-name | alexa wat is de hoofdstad van congo-kinshasa | CD
everyday-name | alexa wat is de hoofdstad van de antillen curaçao | CW
everyday-name | wat is de hoofdstad van kaapverdië | CV
everyday-name | alexa wat is de hoofdstad van de bahama's | BS
everyday-name | wat is de hoofdstad van sao tomé | ST
everyday-name | alexa wat is de hoofdstad van guinee-conakry | GN
everyday-name | alexa wat is de hoofdstad van de marshalleilanden | MH
everyday-name | wat is de hoofdstad van st kitts | KN
everyday-name | alexa wat is de hoofdstad van trinidad | TT
everyday-name | alexa wat is de hoofdstad van micronesië | FM
# Shared names (one name for several places)
shared-name | alexa wat is de hoofdstad van georgia | GE+US-GA
shared-name | wat is de hoofdstad van congo | CD+CG
shared-name | alexa wat is de hoofdstad van korea | KP+KR
shared-name | wat is de hoofdstad van de maagdeneilanden | VG+VI
shared-name | alexa wat is de hoofdstad van het eiland sint maarten | MF+SX
shared-name | alexa wat is de hoofdstad van samoa | WS
shared-name | wat is de hoofdstad van guinea | GN
shared-name | alexa wat is de hoofdstad van luxemburg | LU
shared-name | wat is de hoofdstad van mexico | MX
shared-name | alexa wat is de hoofdstad van de staat washington | US-WA
shared-name | wat is de hoofdstad van victoria in australië | AU-VIC
shared-name | alexa wat is de hoofdstad van djibouti | DJ
shared-name | wat is de hoofdstad van punjab in india | IN-PB
shared-name | alexa wat is de hoofdstad van georgië het land | GE
shared-name | alexa wat is de hoofdstad van georgia in amerika | US-GA
shared-name | wat is de hoofdstad van saint-martin het franse deel | MF
shared-name | alexa wat is de hoofdstad van rio de janeiro de staat | BR-RJ
shared-name | alexa wat is de hoofdstad van de staat new york | US-NY
# Launch by the invocation name
launch | alexa open hoofdsteden van de wereld | LAUNCH
launch | alexa start hoofdsteden van de wereld | LAUNCH
launch | alexa begin hoofdsteden van de wereld | LAUNCH
launch | moi alexa open hoofdsteden van de wereld | LAUNCH
launch | alexa speel hoofdsteden van de wereld | LAUNCH
launch | alexa activeer hoofdsteden van de wereld | LAUNCH
launch | alexa ga naar hoofdsteden van de wereld | LAUNCH
launch | alexa open alsjeblieft hoofdsteden van de wereld | LAUNCH
launch | alexa mag ik hoofdsteden van de wereld | LAUNCH
launch | alexa zet hoofdsteden van de wereld aan | LAUNCH
launch | alexa open de skill hoofdsteden van de wereld | LAUNCH
launch | alexa start de app hoofdsteden van de wereld | LAUNCH
launch | alexa laten we hoofdsteden van de wereld spelen | LAUNCH
launch | alexa kun je hoofdsteden van de wereld openen | LAUNCH
launch | alexa wil je hoofdsteden van de wereld starten | LAUNCH
launch | yalla alexa open hoofdsteden van de wereld | LAUNCH
launch | bro alexa start hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden van de wereld voor de kinderen | LAUNCH
launch | alexa open hoofdsteden van de wereld we gaan oefenen voor de topo | LAUNCH
launch | oye alexa abre hoofdsteden van de wereld | LAUNCH
launch | alexa open capitals hoofdsteden van de wereld | LAUNCH
launch | alexa hoofdsteden van de wereld openen | LAUNCH
launch | alexa hoofdsteden van de wereld starten graag | LAUNCH
launch | alexa open even hoofdsteden van de wereld | LAUNCH
launch | alexa doe hoofdsteden van de wereld | LAUNCH
launch | chale alexa open hoofdsteden van de wereld | LAUNCH
launch | alexa opa wil hoofdsteden van de wereld | LAUNCH
launch | alexa ik wil hoofdsteden van de wereld doen | LAUNCH
launch | alexa open hoofdsteden van de wereld voor de verjaardag | LAUNCH
launch | alexa start het spel hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdstad van de wereld | LAUNCH
launch | alexa open hoofdsteden van wereld | LAUNCH
# Help
help | alexa help | HELP
help | help mij eens | HELP
help | hoe werkt dit | HELP
help | wat kan ik vragen | HELP
help | wat kan ik allemaal vragen aan deze skill | HELP
help | ik snap het niet | HELP
help | ik snap er niks van alexa | HELP
help | wat moet ik zeggen | HELP
help | hoe moet ik het vragen | HELP
help | wat doet deze skill eigenlijk | HELP
help | uitleg graag | HELP
help | geef eens uitleg | HELP
help | kun je me helpen | HELP
help | hulp | HELP
help | ik heb hulp nodig | HELP
help | moi hoe werkt dat hier | HELP
help | dat wait ik nait wat moet ik zeggen | HELP
help | hebbie hulp voor mij | HELP
help | ik begrijp niet wat moet ik doen | HELP
help | alexa langzaam uitleggen alsjeblieft | HELP
help | selam alexa help mij | HELP
help | yaar how does this werk | HELP
help | oye ayuda alexa hoe werkt het | HELP
help | wat zijn de opties | HELP
help | welke vragen mag ik stellen | HELP
help | geef een voorbeeld | HELP
help | geef me een voorbeeldvraag | HELP
help | hoe vraag ik een hoofdstad | HELP
help | wat weet jij allemaal | HELP
help | bro wat moet ik hier doen | HELP
help | oma weet niet hoe dit werkt | HELP
help | opa snapt dit ding niet help | HELP
help | mama hoe werkt alexa help | HELP
help | instructies | HELP
help | wat is de bedoeling | HELP
help | wat kan deze app | HELP
help | help help | HELP
help | ik weet niet wat ik moet vragen | HELP
help | vertel hoe het werkt | HELP
help | hoe gebruik ik dit | HELP
help | wat kun jij | HELP
help | sorry ik ben nieuw hoe werkt het | HELP
help | kun je dat uitleggen | HELP
help | hoe speel ik dit | HELP
help | wat kan ik hier mee | HELP
# Stop
stop | stop | STOP
stop | alexa stop | STOP
stop | stoppen | STOP
stop | hou op | STOP
stop | hou maar op | STOP
stop | ophouden | STOP
stop | klaar | STOP
stop | ik ben klaar | STOP
stop | we zijn klaar | STOP
stop | het is genoeg | STOP
stop | genoeg zo | STOP
stop | zo is het wel genoeg | STOP
stop | sluiten | STOP
stop | sluit af | STOP
stop | sluit de skill | STOP
stop | afsluiten | STOP
stop | uit | STOP
stop | zet uit | STOP
stop | doei | STOP
stop | dag alexa | STOP
stop | tot ziens | STOP
stop | welterusten alexa | STOP
stop | kop dicht | STOP
stop | mond dicht alexa | STOP
stop | stil | STOP
stop | wees stil | STOP
stop | houd je mond | STOP
stop | moi alexa we stoppen | STOP
stop | ouwe hou nou op | STOP
stop | shukran stop | STOP
stop | yaar stop it | STOP
stop | oye para alexa | STOP
stop | bro stop | STOP
stop | chale stop nu | STOP
stop | terima kasih sudah stop | STOP
stop | nu is het klaar | STOP
stop | het is bedtijd stop maar | STOP
stop | opa gaat slapen stop | STOP
stop | einde | STOP
stop | exit | STOP
stop | ik hoef niet meer | STOP
stop | laat maar zitten ik stop | STOP
stop | stop de quiz | STOP
stop | stop hoofdsteden van de wereld | STOP
stop | dat was het | STOP
stop | ik wil stoppen | STOP
# Cancel
cancel | annuleren | CANCEL
cancel | annuleer | CANCEL
cancel | alexa annuleer | CANCEL
cancel | annuleer dat | CANCEL
cancel | annuleer maar | CANCEL
cancel | laat maar | CANCEL
cancel | laat maar alexa | CANCEL
cancel | laat ook maar | CANCEL
cancel | vergeet het | CANCEL
cancel | vergeet het maar | CANCEL
cancel | vergeet wat ik zei | CANCEL
cancel | nee toch niet | CANCEL
cancel | toch maar niet | CANCEL
cancel | hoeft niet meer | CANCEL
cancel | hoeft al niet meer | CANCEL
cancel | niet nodig | CANCEL
cancel | niet meer nodig | CANCEL
cancel | laat zitten | CANCEL
cancel | laat maar zitten | CANCEL
cancel | ach laat ook maar | CANCEL
cancel | nee nee laat maar | CANCEL
cancel | sorry laat maar | CANCEL
cancel | ik bedoelde niks | CANCEL
cancel | ik zei niks | CANCEL
cancel | het was per ongeluk | CANCEL
cancel | per ongeluk alexa | CANCEL
cancel | dat wait ik nait laat moar | CANCEL
cancel | nou laat maar ouwe | CANCEL
cancel | shukran laat maar | CANCEL
cancel | yaar cancel that | CANCEL
cancel | oye olvídalo | CANCEL
cancel | bro laat maar | CANCEL
cancel | cancel | CANCEL
cancel | alexa cancel | CANCEL
cancel | afbreken | CANCEL
cancel | breek af | CANCEL
cancel | terug | CANCEL
cancel | ongedaan maken | CANCEL
cancel | die vraag niet | CANCEL
cancel | ik heb het al gevonden | CANCEL
cancel | ik weet het al | CANCEL
cancel | oma weet het al laat maar | CANCEL
cancel | de kleine vroeg het maar laat maar | CANCEL
cancel | nee ik wilde niks vragen | CANCEL
cancel | wacht nee laat maar | CANCEL
# Further lines: Ghana, and stop, cancel, help, launch and plural capitals in the speakers' own words
ghanese-amsterdammers | chale mijn moeder komt uit kumasi maar wat is de hoofdstad van ghana | GH
olympische-spelen | alexa de hardloopster uit ghana liep een record wat is daar de hoofdstad | GH
stop | moi alexa dat is genoeg veur vandaag | STOP
stop | joa alexa stop der mee | STOP
stop | nou ouwe kappe nou | STOP
stop | hee alexa ikke hoef niet meer stoppen | STOP
stop | de dominee komt stop maar alexa | STOP
stop | yalla stop alexa | STOP
stop | selam alexa stoppen alsjeblieft | STOP
stop | modi alexa stop | STOP
stop | medaase alexa je mag stoppen | STOP
stop | accha alexa band karo stop | STOP
stop | ayo alexa sudah stop | STOP
stop | gracias alexa ya basta stop | STOP
stop | alexa ik moet naar de les stop | STOP
stop | no cap stop nu alexa | STOP
stop | lieverd we stoppen met alexa | STOP
stop | alexa de patiënt belt stop | STOP
stop | alexa de koeien moeten gemolken stop | STOP
stop | alexa mijn trein vertrekt stop ermee | STOP
stop | alexa de tv-quiz begint stop maar | STOP
stop | de visite is er alexa stop | STOP
stop | alexa stop met de hoofdsteden | STOP
stop | alexa nu even niet meer | STOP
cancel | moi alexa laat moar zitten | CANCEL
cancel | nou laat maar hoor ik weet het al | CANCEL
cancel | hee alexa laat ook maar | CANCEL
cancel | yalla laat maar | CANCEL
cancel | selam alexa niet meer nodig | CANCEL
cancel | modi alexa deixa laat maar | CANCEL
cancel | chale forget it alexa | CANCEL
cancel | accha chhodo laat maar | CANCEL
cancel | ayo sudah laat maar | CANCEL
cancel | mira alexa no importa laat maar | CANCEL
cancel | lieverd laat maar opa weet het | CANCEL
cancel | alexa de vraag is al beantwoord door tante riet | CANCEL
cancel | alexa nee verkeerde vraag laat maar | CANCEL
cancel | alexa ik heb me vergist annuleer | CANCEL
cancel | alexa annuleer die vraag | CANCEL
cancel | alexa zoek maar niet verder | CANCEL
cancel | alexa hoeft niet de kandidaat wist het al | CANCEL
cancel | laat maar de juf zegt het morgen | CANCEL
help | moi alexa hou werkt dit ding | HELP
help | hebbie een handleiding voor me | HELP
help | shukran alexa ik weet niet wat ik kan zeggen | HELP
help | chale how does it werk alexa | HELP
help | accha alexa explain karo hoe werkt het | HELP
help | ayo alexa wat kan ik vragen | HELP
help | mira alexa qué puedo decir wat kan ik zeggen | HELP
help | alexa wat kan ik aan deze hoofdsteden skill vragen | HELP
help | alexa welke landen ken jij | HELP
help | lieverd vraag eens aan alexa hoe het werkt | HELP
help | alexa hoe vraag ik de hoofdstad van een provincie | HELP
help | alexa wat moet ik zeggen om een land te vragen | HELP
launch | moi alexa start hoofdsteden van de wereld moar | LAUNCH
launch | hebbie alexa open hoofdsteden van de wereld | LAUNCH
launch | hee alexa ikke wil hoofdsteden van de wereld | LAUNCH
launch | selam alexa open hoofdsteden van de wereld alsjeblieft | LAUNCH
launch | modi alexa abri hoofdsteden van de wereld | LAUNCH
launch | accha alexa open karo hoofdsteden van de wereld | LAUNCH
launch | ayo alexa buka hoofdsteden van de wereld | LAUNCH
launch | mira alexa open hoofdsteden van de wereld para mi hijo | LAUNCH
launch | alexa open hoofdsteden van de wereld voor het tentamen | LAUNCH
launch | alexa open hoofdsteden van de wereld voor de nachtdienst | LAUNCH
launch | alexa start hoofdsteden van de wereld voor de kringverjaardag | LAUNCH
launch | alexa open hoofdsteden van de wereld in de pauze | LAUNCH
launch | lieverd zeg maar alexa open hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden van de wereld oefenen voor twee voor twaalf | LAUNCH
launch | alexa open hoofdsteden van de wereld voor de inburgering | LAUNCH
plural-capitals | alexa voor de slimste mens wat zijn de hoofdsteden van bolivia | BO
plural-capitals | moi alexa welke hoofdsteden heeft zuid-afrika | ZA
plural-capitals | chale wat zijn de twee hoofdsteden van benin | BJ
plural-capitals | medaase alexa en de hoofdsteden van ivoorkust | CI
plural-capitals | accha en wat zijn de hoofdsteden van sri lanka yaar | LK
plural-capitals | ayo alexa de hoofdsteden van maleisië | MY
plural-capitals | hebbie de hoofdsteden van nederland voor me | NL
plural-capitals | selam alexa hoofdsteden van eswatini wat zijn die | SZ
plural-capitals | yalla de hoofdsteden van palestina alexa | PS
plural-capitals | beta vraagt welke twee steden de hoofdsteden van maleisië zijn | MY
plural-capitals | alexa voor mijn tentamen wat zijn de hoofdsteden van maleisië | MY
plural-capitals | de diplomaat vraagt naar de hoofdsteden van maleisië kuala lumpur en welke nog meer | MY
plural-capitals | alexa de rondvaartgids zegt dat nederland twee hoofdsteden heeft welke | NL
plural-capitals | joa alexa wat zijn nou de hoofdsteden van nederland | NL
plural-capitals | alexa voor de inburgering wat zijn de hoofdsteden van nederland | NL
plural-capitals | mijn tante in cotonou zegt dat benin meer hoofdsteden heeft welke zijn het | BJ
plural-capitals | alexa bij twee voor twaalf vroegen ze de hoofdsteden van benin | BJ
plural-capitals | alexa welke steden zijn allebei hoofdstad van benin | BJ
plural-capitals | mira alexa mijn man zegt dat bolivia twee hoofdsteden heeft welke | BO
plural-capitals | alexa op de kringverjaardag vragen ze de hoofdsteden van bolivia | BO
plural-capitals | alexa welke steden zijn de hoofdsteden van bolivia la paz en sucre toch | BO
plural-capitals | alexa op het nieuws zeiden ze mbabane maar wat zijn de hoofdsteden van eswatini | SZ
plural-capitals | medaase alexa welke twee hoofdsteden heeft eswatini | SZ
plural-capitals | alexa voor de postenwissel wat zijn de hoofdsteden van eswatini mbabane en lobamba | SZ
plural-capitals | alexa mijn collega uit colombo zegt dat sri lanka twee hoofdsteden heeft welke | LK
plural-capitals | alexa voor de slimste mens welke hoofdsteden heeft sri lanka | LK
plural-capitals | theek hai alexa noem de hoofdsteden van sri lanka | LK
plural-capitals | alexa mijn zwager in pretoria zegt dat zuid-afrika drie hoofdsteden heeft welke | ZA
plural-capitals | alexa voor de postenwissel wat zijn de hoofdsteden van zuid-afrika | ZA
plural-capitals | alexa welke drie steden zijn de hoofdsteden van zuid-afrika | ZA
# Out-of-domain: weather, music, timers, the house, other questions about countries, "hoofdstad" and "kapitaal" in other senses
out-of-domain | alexa wat voor weer wordt het morgen in {} | groningen=FB; urk=FB; volendam=FB
out-of-domain | hoe laat is het nu in {} | accra=FB; asmara=FB; mumbai=FB
out-of-domain | alexa hoeveel inwoners heeft {} | nigeria=FB; india=FB; suriname=FB
out-of-domain | alexa welke taal spreken ze in {} | eritrea=FB; kaapverdië=FB; ghana=FB
out-of-domain | wat is de munteenheid van {} | zwitserland=FB; polen=FB; japan=FB
out-of-domain | alexa hoe ver is het naar {} | groningen=FB; nijmegen=FB; urk=FB
out-of-domain | wie is de president van {} | syrië=FB; venezuela=FB; ghana=FB
out-of-domain | alexa speel muziek uit {} | kaapverdië=FB; ghana=FB; colombia=FB
out-of-domain | wat is het volkslied van {} | eritrea=FB; india=FB; molukken=FB
out-of-domain | alexa hoe zeg je dankjewel in het {} | arabisch=FB; tigrinya=FB; spaans=FB
out-of-domain | alexa zet een timer van {} | tien minuten=FB; een uur=FB; vijf minuten=FB
out-of-domain | alexa speel een nummer van {} | de palingsound=FB; bzn=FB; jan smit=FB
out-of-domain | alexa wat is eigenlijk de hoofdstad van de {} | molukken=FB; bijlmer=FB; ommelanden=FB
out-of-domain | alexa hoeveel kapitaal heeft {} | shell=FB; philips=FB; de rabobank=FB
out-of-domain | wat is het grootste land van {} | afrika=FB; europa=FB; zuid-amerika=FB
out-of-domain | wat is de hoogste berg van {} | nederland=FB; europa=FB; afrika=FB
out-of-domain | alexa wie won het songfestival in {} | tweeduizendnegentien=FB; zweden=FB; italië=FB
out-of-domain | hoeveel medailles heeft {} gewonnen | nederland=FB; jamaica=FB; kenia=FB
out-of-domain | wat is de hoofdstad van het {} | koninkrijk van de hemel=FB; noorderkwartier=FB; gooi=FB
out-of-domain | alexa wat is de grootste stad van {} | australië=FB; canada=FB; turkije=FB
out-of-domain | wat is een hoofdletter | FB
out-of-domain | hoe schrijf je hoofdstad met een hoofdletter | FB
out-of-domain | alexa wat betekent het woord kapitaal | FB
out-of-domain | wat is startkapitaal | FB
out-of-domain | wie schreef het kapitaal | FB
out-of-domain | alexa wat is een hoofdstuk | FB
out-of-domain | alexa lees hoofdstuk drie voor | FB
out-of-domain | wat is de hoofdstad van groningen | FB
out-of-domain | wat is de hoofdstad van gelderland | FB
out-of-domain | wat is de hoofdstad van flevoland | FB
out-of-domain | wat is de hoofdstad van de provincie zuid-holland | FB
out-of-domain | alexa wat is de hoofdstad van overijssel | FB
out-of-domain | wat is de hoofdstad van vlaanderen | FB
out-of-domain | wat is de hoofdstad van catalonië | FB
out-of-domain | wat is de hoofdstad van beijerland | FB
out-of-domain | wat is de hoofdstad van de wereld | FB
out-of-domain | wat is de hoofdstad van europa | FB
out-of-domain | wat is de hoofdstad van zuid-amerika | FB
out-of-domain | wat is de hoofdstad van oceanië | FB
out-of-domain | wat is de hoofdstad van de maan | FB
out-of-domain | wat is de hoofdstad van mars | FB
out-of-domain | wat is de hoofdstad van narnia | FB
out-of-domain | wat is de hoofdstad van spanje in het sinterklaasjournaal | FB
out-of-domain | wat is de hoofdstad van de mode | FB
out-of-domain | wat is de hoofdstad van het carnaval | FB
out-of-domain | wat is de hoofdstad van de paling | FB
out-of-domain | alexa welke stad is de fietshoofdstad van de wereld | FB
out-of-domain | alexa wat is de culturele hoofdstad van europa dit jaar | FB
out-of-domain | alexa wat is de gezondste hoofdstad om te wonen | FB
out-of-domain | welke hoofdstad heeft de meeste inwoners | FB
out-of-domain | welke hoofdstad ligt het noordelijkst | FB
out-of-domain | alexa hoeveel hoofdsteden zijn er in de wereld | FB
out-of-domain | alexa welke hoofdstad ligt het hoogst | FB
out-of-domain | noem alle hoofdsteden van europa | FB
out-of-domain | alexa wat is het kapitaal van mijn spaarrekening | FB
out-of-domain | wat is mijn saldo | FB
out-of-domain | alexa bestel nieuwe melkfilters | FB
out-of-domain | hoeveel liter melk geeft een koe per dag | FB
out-of-domain | wat is de melkprijs vandaag | FB
out-of-domain | alexa wanneer vertrekt de trein naar berlijn | FB
out-of-domain | heeft de trein naar amsterdam vertraging | FB
out-of-domain | alexa hoe laat gaat de nachttrein naar wenen | FB
out-of-domain | wat is de rang van een sergeant | FB
out-of-domain | alexa speel het taptoe signaal | FB
out-of-domain | hoeveel is een euro in dollar | FB
out-of-domain | alexa vertaal goedemorgen naar het tigrinya | FB
out-of-domain | alexa vertaal dank je wel naar het arabisch | FB
out-of-domain | hoe zeg je hoofdstad in het engels | FB
out-of-domain | wat is capital in het nederlands | FB
out-of-domain | alexa hoe spel je ouagadougou | FB
out-of-domain | alexa hoe spreek je reykjavik uit | FB
out-of-domain | wanneer is het koningsdag | FB
out-of-domain | hoe oud wordt de koning dit jaar | FB
out-of-domain | wanneer komt sinterklaas aan | FB
out-of-domain | alexa verzin een sinterklaasgedicht | FB
out-of-domain | wat rijmt er op hoofdstad | FB
out-of-domain | alexa wat rijmt er op spanje | FB
out-of-domain | alexa zet twee voor twaalf op | FB
out-of-domain | hoe laat begint de slimste mens | FB
out-of-domain | alexa wie presenteert lingo | FB
out-of-domain | wie is de slimste mens geworden | FB
out-of-domain | alexa wanneer is het songfestival | FB
out-of-domain | wie zingt er voor nederland op het songfestival | FB
out-of-domain | alexa speel het liedje van het songfestival | FB
out-of-domain | hoeveel punten kreeg nederland | FB
out-of-domain | alexa wanneer beginnen de olympische spelen | FB
out-of-domain | waar zijn de volgende olympische spelen | FB
out-of-domain | wie heeft de marathon gewonnen | FB
out-of-domain | alexa hoe lang is de vierdaagse | FB
out-of-domain | hoeveel kilometer loop je op de vierdaagse | FB
out-of-domain | wanneer is de vierdaagse | FB
out-of-domain | alexa hoe laat is het hoogwater in urk | FB
out-of-domain | wat is de windkracht op de noordzee | FB
out-of-domain | alexa speel psalm drieëntwintig | FB
out-of-domain | wanneer begint de kerkdienst | FB
out-of-domain | alexa hoe laat is het gebed | FB
out-of-domain | wanneer begint de ramadan | FB
out-of-domain | alexa hoe maak je hummus | FB
out-of-domain | hoe maak je cachupa | FB
out-of-domain | alexa recept voor jollof rice | FB
out-of-domain | alexa hoe maak je dal | FB
out-of-domain | hoe maak je rendang | FB
out-of-domain | alexa hoe maak je arepas | FB
out-of-domain | wat is het recept voor boerenkool | FB
out-of-domain | hoe lang moet een ei koken | FB
out-of-domain | alexa zet de wekker om half zeven | FB
out-of-domain | alexa wek me om zes uur voor de nachtdienst | FB
out-of-domain | alexa zet de verwarming hoger | FB
out-of-domain | doe de lamp in de keuken aan | FB
out-of-domain | alexa zet de tv aan | FB
out-of-domain | alexa speel het journaal af | FB
out-of-domain | wat is het laatste nieuws | FB
out-of-domain | alexa speel npo radio een | FB
out-of-domain | alexa speel qmusic | FB
out-of-domain | zet radio noord aan in de keuken | FB
out-of-domain | alexa speel de palingsound | FB
out-of-domain | alexa speel afrobeats | FB
out-of-domain | alexa speel bollywood muziek | FB
out-of-domain | alexa speel reggaeton | FB
out-of-domain | alexa speel kinderliedjes | FB
out-of-domain | alexa zing een liedje | FB
out-of-domain | alexa vertel een verhaaltje | FB
out-of-domain | alexa doe een dierengeluid | FB
out-of-domain | alexa wat zegt de koe | FB
out-of-domain | alexa tel tot tien | FB
out-of-domain | alexa vertel een mop | FB
out-of-domain | alexa ben jij slim | FB
out-of-domain | alexa ben jij een robot | FB
out-of-domain | alexa hoe oud ben jij | FB
out-of-domain | alexa waar woon jij | FB
out-of-domain | alexa hou je van mij | FB
out-of-domain | alexa wat is twee keer zeven | FB
out-of-domain | alexa hoeveel is honderd gedeeld door vier | FB
out-of-domain | wat is de wortel van vierenzestig | FB
out-of-domain | alexa wie was willem van oranje | FB
out-of-domain | wanneer was de tweede wereldoorlog afgelopen | FB
out-of-domain | alexa wie heeft amerika ontdekt | FB
out-of-domain | hoe hoog is de mount everest | FB
out-of-domain | wat is de langste rivier van de wereld | FB
out-of-domain | hoeveel landen zijn er in afrika | FB
out-of-domain | hoeveel landen zijn er in de europese unie | FB
out-of-domain | welk land is het kleinste van de wereld | FB
out-of-domain | welk land heeft de meeste inwoners | FB
out-of-domain | alexa wat is de vlag van ghana | FB
out-of-domain | welke kleuren heeft de vlag van eritrea | FB
out-of-domain | alexa waar ligt kaapverdië | FB
out-of-domain | waar ligt de bijlmer | FB
out-of-domain | alexa waar ligt urk | FB
out-of-domain | alexa bel oma | FB
out-of-domain | stuur een bericht naar papa | FB
out-of-domain | alexa zet melk op het boodschappenlijstje | FB
out-of-domain | wat staat er in mijn agenda | FB
out-of-domain | alexa wanneer is de afvalkalender | FB
out-of-domain | wanneer wordt het oud papier opgehaald | FB
out-of-domain | alexa waar is mijn pakket | FB
out-of-domain | alexa volg mijn pakket van postnl | FB
out-of-domain | hoeveel kost een postzegel naar amerika | FB
out-of-domain | alexa wat is de postcode van urk | FB
out-of-domain | alexa zoek een kapper in de buurt | FB
out-of-domain | hoe laat gaat het ziekenhuis open | FB
out-of-domain | alexa wat zijn de openingstijden van de bibliotheek | FB
out-of-domain | hoe laat sluit de albert heijn | FB
out-of-domain | alexa welk nummer is dit | FB
out-of-domain | alexa volgend nummer | FB
out-of-domain | alexa harder | FB
out-of-domain | alexa zachter | FB
out-of-domain | alexa pauze | FB
out-of-domain | alexa ga verder | FB
out-of-domain | alexa wat is het huiswerk | FB
out-of-domain | alexa help me met mijn wiskunde | FB
out-of-domain | alexa wat is een so | FB
out-of-domain | alexa wat betekent no cap | FB
out-of-domain | alexa wat betekent yaar | FB
out-of-domain | hoe lang duurt een vlucht naar accra | FB
out-of-domain | alexa is het visum nodig voor india | FB
out-of-domain | hoe laat is het in suriname | FB
out-of-domain | alexa wat is de hoofdstad | FB
out-of-domain | alexa hoofdstad | FB
out-of-domain | alexa wat is de hoofdstad van | FB
"""

if __name__ == "__main__":
    build_round(40, "nl", LINES, sys.argv, "tests/Eval/nl/round40/source/build_corpus.py")
