"""Round 26, Dutch (nl-NL): a new author's own mix, written blind. Speakers chosen away from the regions and groups
earlier Dutch authors used: Twentenaren from Enschede, Hengelo and Almelo ("joa", "wet ie", "ik wet et nich", "nen",
"mooi wark", the noabers), Drenten ("hoe is het", "nee heur", "ik wiet et niet", the TT in Assen, the hunebedden),
Gentenaars ("mo", "gij", "ne keer", "plezant", the Gentse Feesten), bilingual Brusselaars with French in their Dutch
("allez", "bon", "dis", "enfin", "voilà", the metro, the Atomium), Moroccan-Dutch families ("wollah", "khoya",
"sahbi", "wejo"), Turkish-Dutch families ("abi", "abla", "yani", "tamam", "hadi"), Polish workers in a
distribution centre ("no", "tak", "dobrze", "prosze", learner word order), South Africans in the Netherlands with
Afrikaans in their Dutch ("ag man", "lekker", "jis", "baie dankie", "die"), Indonesian students in Wageningen and Delft
("ya", "dong", "sih", "kok", "kak"), English-speaking expats learning Dutch (de/het mistakes, English word order),
children of groep 3 and 4, teenage girls, a hard-of-hearing elderly couple, a retired schoolmaster; a hairdresser, a
bulb grower, a meal delivery rider, a cheese market in Alkmaar, an interpreters' agency, a painter on a ladder, a
forest ranger, a refuse collector; Wie is de Mol, the Eurovision Song Contest, the Olympic parade of nations, darts at
the Ally Pally, the Tour de France, Ticket to Ride, Triviant and 30 Seconds, a chess club; a cruise, skiing in
Austria, the walk to Santiago, backpacking in Asia, a school trip, a honeymoon. Plus follow-ups, yes/no checks,
self-corrections ("nee wacht", "ik bedoel", "sorry"), reverse questions, official, old and everyday names, shared
names, plurals, subdivisions and territories, one-shot requests through "hoofdsteden van de wereld", launch, help,
stop and cancel in those speakers' words, out-of-domain near misses, and what nl-NL recognition writes (lost
diaeresis, split and joined words, letters spelled out, homophones).
`python3 tests/Eval/nl/round26/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 26's number).
"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402
LINES = """
# Twentenaren
twents | joa alexa wet ie wat de hoofdstad van {} is | duitsland=DE; polen=PL; tsjechië=CZ
twents | mooi wark alexa en wat is de hoofdstad van {} dan | oostenrijk=AT; zwitserland=CH; liechtenstein=LI
twents | de noabers zeggen dat ze naar {} gaan wat is daar de hoofdstad | kroatië=HR; montenegro=ME; bosnië en herzegovina=BA
twents | in de kantine van fc twente vragen ze wat de hoofdstad van {} is | denemarken=DK; ierland=IE; ijsland=IS
twents | alexa goa ie mij effen vertellen wat de hoofdstad van {} is | albanië=AL; kosovo=XK; servië=RS
# Drenten
drents | nee heur dat wiet ik niet wat is de hoofdstad van {} | moldavië=MD; roemenië=RO; bulgarije=BG
drents | bij de tt in assen staan ze uit {} wat is daar de hoofdstad | italië=IT; japan=JP; australië=AU
drents | we lopen bij het hunebed en ik vroeg me af wat de hoofdstad van {} is | noord-macedonië=MK; griekenland=GR; cyprus=CY
drents | ik wiet et niet hoor de hoofdstad van {} | malta=MT; san marino=SM; monaco=MC
# Gentenaars
gents | mo alexa wat is de hoofdstad van {} ne keer | marokko=MA; tunesië=TN; algerije=DZ
gents | mo gij weet da wel wat de hoofdstad van soedan is | SD
gents | op de gentse feesten vraagt nen toerist wat de hoofdstad van {} is | senegal=SN; mali=ML; niger=NE
gents | mo ja da's plezant wat is de hoofdstad van {} | guinee=GN; gambia=GM; guinee-bissau=GW
gents | zegt ne keer alexa de hoofdstad van {} alstublieft | kameroen=CM; gabon=GA; equatoriaal-guinea=GQ
# Brusselaars
brussels | allez alexa c'est quoi euh wat is de hoofdstad van {} | zwitserland=CH; canada=CA; haïti=HT
brussels | in de metro naar het atomium vroeg mijn zoon de hoofdstad van {} | comoren=KM; djibouti=DJ; tsjaad=TD
brussels | voilà alexa en de hoofdstad van {} is welke stad | centraal-afrikaanse republiek=CF; burkina faso=BF; benin=BJ
brussels | allez une fois alexa de hoofdstad van {} | vaticaanstad=VA; ivoorkust=CI; mauritanië=MR
# Marokkaanse Nederlanders
marokkaans-nederlands | wollah alexa wat is de hoofdstad van {} | saoedi-arabië=SA; jemen=YE; oman=OM
marokkaans-nederlands | khoya vraag even aan alexa wat de hoofdstad van {} is | qatar=QA; bahrein=BH; koeweit=KW
marokkaans-nederlands | sahbi zeg jij maar wat de hoofdstad van {} is | jordanië=JO; libanon=LB; syrië=SY
marokkaans-nederlands | wejo alexa de hoofdstad van {} weet jij die | irak=IQ; iran=IR; afghanistan=AF
# Turkse Nederlanders
turks-nederlands | abi wat is de hoofdstad van {} yani | turkije=TR; azerbeidzjan=AZ; georgië=GE
turks-nederlands | hadi alexa zeg het de hoofdstad van {} | turkmenistan=TM; kirgizië=KG; tadzjikistan=TJ
turks-nederlands | abla wil weten wat de hoofdstad van {} is | mongolië=MN; pakistan=PK; bangladesh=BD
turks-nederlands | mijn opa komt uit konya en hij vraagt wat de hoofdstad van {} is | cyprus=CY; griekenland=GR; bulgarije=BG
# Poolse werknemers
poolse-werknemer | no alexa hoofdstad van {} is wat | polen=PL; oekraïne=UA; belarus=BY
poolse-werknemer | tak tak ik wil weten hoofdstad {} prosze | litouwen=LT; rusland=RU; slowakije=SK
poolse-werknemer | in het distributiecentrum collega vraagt wat is hoofdstad van {} | roemenië=RO; hongarije=HU; moldavië=MD
poolse-werknemer | dobrze alexa en welke is de hoofdstad van {} | noorwegen=NO; ijsland=IS; letland=LV
# Zuid-Afrikanen
zuid-afrikaans | ag man wat is die hoofdstad van {} | namibië=NA; botswana=BW; zimbabwe=ZW
zuid-afrikaans | jis alexa ek wil weet wat is die hoofdstad van {} | lesotho=LS; mozambique=MZ; zambia=ZM
zuid-afrikaans | lekker alexa en die hoofdstad van {} | malawi=MW; angola=AO; tanzania=TZ
zuid-afrikaans | my ouma het gevra wat is de hoofdstad van {} | nieuw-zeeland=NZ; australië=AU; mauritius=MU
# Indonesische studenten
indonesische-student | kak alexa wat is de hoofdstad van {} ya | indonesië=ID; maleisië=MY; singapore=SG
indonesische-student | ya alexa de hoofdstad van {} dong | thailand=TH; vietnam=VN; cambodja=KH
indonesische-student | in wageningen vraagt mijn huisgenoot de hoofdstad van {} sih | laos=LA; myanmar=MM; brunei=BN
indonesische-student | kok ik vergeet het altijd wat is de hoofdstad van {} | filipijnen=PH; oost-timor=TL; papoea-nieuw-guinea=PG
# Engelstalige expats
engelstalige-expat | eh alexa wat is het hoofdstad van {} | canada=CA; ierland=IE; verenigd koninkrijk=GB
engelstalige-expat | sorry alexa mijn nederlands is slecht wat is de capital van {} | jamaica=JM; barbados=BB; bahama's=BS
engelstalige-expat | ik wil weten de hoofdstad van {} please | belize=BZ; guyana=GY; trinidad en tobago=TT
engelstalige-expat | alexa hoe heet de hoofdstad van {} in het nederlands | antigua en barbuda=AG; fiji=FJ; samoa=WS
# Kinderen in groep 3 en 4
jonge-kinderen | alexa alexa wat is de hoofdstad van {} | brazilië=BR; argentinië=AR; chili=CL
jonge-kinderen | mama mag ik het vragen alexa wat is de hoofdstad van {} | peru=PE; colombia=CO; venezuela=VE
jonge-kinderen | alexa ik ben zes en ik wil weten de hoofdstad van {} | uruguay=UY; suriname=SR; mexico=MX
jonge-kinderen | wat is de hoofdstad van {} want daar wonen de leeuwen | kenia=KE; tanzania=TZ; botswana=BW
# Tienermeiden
tieners | heel random maar wat is de hoofdstad van {} | zuid-korea=KR; japan=JP; thailand=TH
tieners | alexa ik heb morgen een toets wat was de hoofdstad van {} | nepal=NP; bhutan=BT; sri lanka=LK
tieners | we maken een tiktok over {} wat is de hoofdstad daar | maldiven=MV; indonesië=ID; griekenland=GR
# Slechthorend echtpaar
slechthorend-echtpaar | wat zeg je alexa ik vroeg de hoofdstad van {} | oostenrijk=AT; hongarije=HU; polen=PL
slechthorend-echtpaar | harder alexa wat is de hoofdstad van {} | portugal=PT; italië=IT; spanje=ES
slechthorend-echtpaar | nog een keer alexa de hoofdstad van {} | ierland=IE; denemarken=DK; zweden=SE
# Gepensioneerde schoolmeester
oud-schoolmeester | veertig jaar voor de klas en nu vergeet ik de hoofdstad van {} | nicaragua=NI; honduras=HN; guatemala=GT
oud-schoolmeester | alexa overhoor me maar wat is de hoofdstad van {} | el salvador=SV; costa rica=CR; panama=PA
oud-schoolmeester | op de wandkaart in mijn lokaal stond de hoofdstad van {} maar welke was het | mongolië=MN; afghanistan=AF; nepal=NP
# Kapsalon
kapsalon | ik sta te knippen alexa wat is de hoofdstad van {} | libanon=LB; israël=IL; jordanië=JO
kapsalon | mijn klant gaat naar {} wat is daar de hoofdstad | dominicaanse republiek=DO; cuba=CU; jamaica=JM
kapsalon | mijn klant komt van sao tomé en principe wat is daar de hoofdstad | ST
# Bollenteelt
bollenteelt | we exporteren tulpen naar {} wat is daar de hoofdstad | kazachstan=KZ; verenigde arabische emiraten=AE; chili=CL
bollenteelt | tussen de bollen door alexa wat is de hoofdstad van {} | argentinië=AR; uruguay=UY; paraguay=PY
# Maaltijdbezorger
maaltijdbezorger | ik sta voor een stoplicht alexa wat is de hoofdstad van {} snel | vietnam=VN; laos=LA; cambodja=KH
maaltijdbezorger | mijn klant bestelde eten uit {} wat is daar de hoofdstad | eritrea=ER; ethiopië=ET; libanon=LB
# Kaasmarkt Alkmaar
kaasmarkt | op de kaasmarkt staan toeristen uit {} wat is hun hoofdstad | brazilië=BR; india=IN; china=CN
kaasmarkt | alexa wat is de hoofdstad van {} die mensen kopen allemaal gouda | zuid-afrika=ZA; taiwan=TW; singapore=SG
# Tolkenbureau
tolkenbureau | ik tolk morgen voor iemand uit {} wat is de hoofdstad daar | eritrea=ER; somalië=SO; zuid-soedan=SS
tolkenbureau | voor het dossier moet ik de hoofdstad van {} invullen | syrië=SY; irak=IQ; jemen=YE
# Schilder op de ladder
op-de-ladder | ik sta op de ladder alexa wat is de hoofdstad van {} | noorwegen=NO; finland=FI; estland=EE
op-de-ladder | met de kwast in mijn hand de hoofdstad van {} graag | slovenië=SI; kroatië=HR; bosnië=BA
# Boswachter
boswachter | in het bos hoor ik een vogel uit {} wat is de hoofdstad daarvan | gabon=GA; kameroen=CM; nigeria=NG
boswachter | alexa de excursiegroep vraagt wat de hoofdstad van {} is | ghana=GH; ivoorkust=CI; liberia=LR
# Vuilnisman
# Wie is de Mol
wie-is-de-mol | de kandidaten van wie is de mol zitten in {} wat is de hoofdstad | colombia=CO; georgië=GE; zuid-afrika=ZA
wie-is-de-mol | alexa wie is de mol reist dit jaar naar {} wat is daar de hoofdstad | vietnam=VN; mexico=MX; kirgizië=KG
# Songfestival
songfestival | het songfestival geeft twaalf punten aan {} wat is daar de hoofdstad | zweden=SE; oekraïne=UA; italië=IT
songfestival | wie wint er het songfestival ik denk {} wat is de hoofdstad daarvan | finland=FI; israël=IL; zwitserland=CH
songfestival | alexa wat is de hoofdstad van {} die zingen altijd zo raar | moldavië=MD; san marino=SM; malta=MT
# Olympische Spelen
olympische-spelen | bij de opening van de spelen loopt {} binnen wat is hun hoofdstad | tuvalu=TV; nauru=NR; palau=PW
olympische-spelen | de vlaggendrager van {} die kende ik niet wat is de hoofdstad | vanuatu=VU; kiribati=KI; tonga=TO
olympische-spelen | het defilé komt bij {} wat is de hoofdstad | marshalleilanden=MH; micronesië=FM; salomonseilanden=SB
# Darts
darts | de darter op de ally pally komt uit {} wat is de hoofdstad | schotland=GB-SCT; wales=GB-WLS; noord-ierland=GB-NIR
darts | one hundred and eighty en wat is de hoofdstad van {} | engeland=GB-ENG; ierland=IE; oostenrijk=AT
# Wielrennen
wielrennen | de tour start dit jaar in {} wat is daar de hoofdstad | denemarken=DK; spanje=ES; italië=IT
wielrennen | de renner uit {} zit in de kopgroep wat is de hoofdstad van zijn land | slovenië=SI; colombia=CO; eritrea=ER
wielrennen | alexa tijdens de etappe wat is de hoofdstad van {} | ecuador=EC; kazachstan=KZ; luxemburg=LU
# Bordspellen
bordspel | bij ticket to ride ligt er een kaart van {} wat is daar de hoofdstad | zwitserland=CH; duitsland=DE; frankrijk=FR
bordspel | triviant vraag wat is de hoofdstad van {} | eswatini=SZ; lesotho=LS; malawi=MW
bordspel | het is mijn beurt alexa snel wat is de hoofdstad van {} | rwanda=RW; burundi=BI; oeganda=UG
# Schaakclub
# Op reis
cruise | ons cruiseschip legt aan in {} wat is de hoofdstad | barbados=BB; saint kitts en nevis=KN; saint vincent en de grenadines=VC
cruise | alexa de volgende haven is in {} wat is daar de hoofdstad | bahama's=BS; dominica=DM; grenada=GD
wintersport | na de apres ski alexa wat is de hoofdstad van {} | oostenrijk=AT; zwitserland=CH; andorra=AD
wintersport | in de skilift vroeg mijn dochter wat de hoofdstad van {} is | italië=IT; frankrijk=FR; slowakije=SK
pelgrimstocht | op weg naar santiago vraag ik me af wat de hoofdstad van {} is | portugal=PT; spanje=ES; andorra=AD
pelgrimstocht | we lopen al drie weken alexa wat is de hoofdstad van {} | frankrijk=FR; belgië=BE; luxemburg=LU
backpacken | ik zit in een hostel in {} wat is de hoofdstad | laos=LA; cambodja=KH; myanmar=MM
backpacken | de volgende bus gaat naar {} wat is daar de hoofdstad van | maleisië=MY; brunei=BN; oost-timor=TL
schoolreis | op schoolreis naar {} wat is de hoofdstad | duitsland=DE; tsjechië=CZ; polen=PL
huwelijksreis | onze huwelijksreis gaat naar {} wat is daar de hoofdstad | maldiven=MV; seychellen=SC; mauritius=MU
huwelijksreis | schat vraag het even aan alexa de hoofdstad van {} | sri lanka=LK; fiji=FJ; bahama's=BS
# Vervolgvragen
follow-up | joa en van {} dan | zweden=SE; estland=EE; griekenland=GR
follow-up | mo en {} dan | senegal=SN; togo=TG; gabon=GA
follow-up | bon et en {} | rwanda=RW; haïti=HT; comoren=KM
follow-up | wollah en die van {} | qatar=QA; oman=OM; libanon=LB
follow-up | tamam en {} abi | georgië=GE; armenië=AM; oezbekistan=UZ
follow-up | lekker en wat van {} | namibië=NA; zambia=ZM; mozambique=MZ
follow-up | okay and euh en van {} | belize=BZ; guyana=GY; samoa=WS
follow-up | en nu {} alexa | peru=PE; chili=CL; paraguay=PY
follow-up | wat zeg je en die van {} | canada=CA; cuba=CU; mexico=MX
follow-up | goed zo en nu de hoofdstad van {} | nicaragua=NI; honduras=HN; panama=PA
follow-up | dezelfde vraag maar dan voor {} | estland=EE; slovenië=SI; kroatië=HR
follow-up | en van {} weet je die ook | tuvalu=TV; nauru=NR; kiribati=KI
follow-up | ok en de volgende is {} | seychellen=SC; madagaskar=MG; mauritius=MU
# Meervoud: landen met meer hoofdsteden
plural-capitals | joa wat zijn de hoofdsteden van {} | zuid-afrika=ZA; bolivia=BO; benin=BJ
plural-capitals | nee heur welke hoofdsteden heeft {} | nederland=NL; maleisië=MY; sri lanka=LK
plural-capitals | mo welke zijn de twee hoofdsteden van {} | ivoorkust=CI; eswatini=SZ; bolivia=BO
plural-capitals | bon alexa dis les euh de hoofdsteden van {} | benin=BJ; ivoorkust=CI; zuid-afrika=ZA
plural-capitals | khoya hoeveel hoofdsteden heeft {} en welke | palestina=PS; zuid-afrika=ZA; nederland=NL
plural-capitals | abi {} heeft toch meerdere hoofdsteden welke zijn het | maleisië=MY; sri lanka=LK; eswatini=SZ
plural-capitals | ag man wat is die drie hoofdsteden van zuid-afrika | ZA
plural-capitals | kak de hoofdsteden van maleisië ya | MY
plural-capitals | juf zei dat {} twee hoofdsteden heeft welke zijn dat | nederland=NL; bolivia=BO; palestina=PS
plural-capitals | alexa noem alle hoofdsteden van {} | swaziland=SZ; ceylon=LK; dahomey=BJ
plural-capitals | welke steden zijn allemaal hoofdstad van {} | jammu en kasjmir=IN-JK; uttarakhand=IN-UK; montserrat=MS
plural-capitals | in mijn tijd had {} er maar één nu zijn het er meer welke hoofdsteden zijn het | zuid-afrika=ZA; ivoorkust=CI; benin=BJ
plural-capitals | triviant vraag noem de hoofdsteden van {} | palestina=PS; sri lanka=LK; eswatini=SZ
plural-capitals | de hoofdsteden van holland welke zijn dat | NL
plural-capitals | jammu en kasjmir heeft er twee toch welke hoofdsteden zijn dat | IN-JK
# Deelgebieden
subdivision | joa over de grens in {} wat is daar de hoofdstad | nedersaksen=DE-NI; noordrijn-westfalen=DE-NW; sleeswijk-holstein=DE-SH
subdivision | alexa wat is de hoofdstad van de deelstaat {} | beieren=DE-BY; hessen=DE-HE; saksen=DE-SN
subdivision | de hoofdstad van de bondsstaat {} wet ie die | thüringen=DE-TH; brandenburg=DE-BB; saksen-anhalt=DE-ST
subdivision | mo wat is de hoofdstad van de provincie {} in canada | ontario=CA-ON; alberta=CA-AB; manitoba=CA-MB
subdivision | bon en de hoofdstad van {} in canada | quebec=CA-QC; new brunswick=CA-NB; nova scotia=CA-NS
subdivision | ag man wat is die hoofdstad van {} in australië | queensland=AU-QLD; tasmanië=AU-TAS; west-australië=AU-WA
subdivision | kak wat is de hoofdstad van de staat {} in india | kerala=IN-KL; gujarat=IN-GJ; rajasthan=IN-RJ
subdivision | mijn collega komt uit {} in india wat is daar de hoofdstad | tamil nadu=IN-TN; karnataka=IN-KA; maharashtra=IN-MH
subdivision | alexa de hoofdstad van de mexicaanse staat {} | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | in brazilië op reis wat is de hoofdstad van {} | bahia=BR-BA; amazonas=BR-AM; minas gerais=BR-MG
subdivision | wie is de mol zat in {} wat is de hoofdstad van die staat | pernambuco=BR-PE; paraná=BR-PR; ceará=BR-CE
subdivision | darts in cardiff en wat is de hoofdstad van {} | wales=GB-WLS; schotland=GB-SCT; engeland=GB-ENG
subdivision | wat is de hoofdstad van noord ierland alexa | GB-NIR
subdivision | de hoofdstad van het australische {} | noordelijk territorium=AU-NT; australian capital territory=AU-ACT
subdivision | en van de canadese {} | yukon=CA-YT; nunavut=CA-NU; saskatchewan=CA-SK
subdivision | in virginia woont mijn zus wat is de hoofdstad van virginia | US-VA
subdivision | wat is de hoofdstad van de staat new york echt niet new york toch | US-NY
# Gebieden
territory | wat is de hoofdstad van {} dat hoort toch bij denemarken | groenland=GL; faeröer=FO
territory | op de cruise stoppen we bij {} wat is daar de hoofdstad | bermuda=BM; kaaimaneilanden=KY; puerto rico=PR
territory | bon en la martinique wat is de hoofdstad van martinique | MQ
territory | allez wat is de hoofdstad van {} | guadeloupe=GP; réunion=RE; frans-guyana=GF
territory | mijn oom woont op {} wat is de hoofdstad daar | aruba=AW; curaçao=CW; sint-maarten=SX
territory | bonaire hoort bij ons wat is daar de hoofdstad | BQ
territory | alexa wat is de hoofdstad van {} bij engeland | guernsey=GG; jersey=JE; isle of man=IM
territory | en van {} in de stille oceaan | frans-polynesië=PF; nieuw-caledonië=NC; guam=GU
territory | wat is de hoofdstad van spitsbergen daar zijn ijsberen | SJ
territory | ik zag een documentaire over {} wat is de hoofdstad | pitcairneilanden=PN; sint-helena=SH; tokelau=TK
territory | en de hoofdstad van {} alexa | anguilla=AI; montserrat=MS; amerikaans-samoa=AS
territory | de hoofdstad van {} welke is dat | cookeilanden=CK; niue=NU; mayotte=YT
territory | wat is de hoofdstad van de westelijke sahara | EH
territory | hoofdstad van taiwan | TW
# Officiele namen
official-name | alexa wat is de hoofdstad van de {} | bondsrepubliek duitsland=DE; russische federatie=RU; helleense republiek=GR
official-name | de hoofdstad van het {} wet ie die | koninkrijk belgië=BE; koninkrijk noorwegen=NO; koninkrijk spanje=ES
official-name | bij het tolkenbureau schrijven we {} wat is daar de hoofdstad | islamitische republiek iran=IR; arabische republiek egypte=EG; islamitische republiek pakistan=PK
official-name | wat is de hoofdstad van de {} voor het dossier | volksrepubliek china=CN; democratische volksrepubliek korea=KP; republiek korea=KR
official-name | mo wat is de hoofdstad van de {} | zwitserse bondsstaat=CH; verenigde mexicaanse staten=MX; federatieve republiek brazilië=BR
official-name | de hoofdstad van de {} voor mijn werkstuk | verenigde staten van amerika=US; republiek polen=PL; franse republiek=FR
official-name | juf vraagt de hoofdstad van het {} | verenigd koninkrijk van groot-brittannië en noord-ierland=GB; koninkrijk der nederlanden=NL; koninkrijk marokko=MA
official-name | wat is de hoofdstad van de {} alexa | kirgizische republiek=KG; federale staten van micronesia=FM; democratische republiek oost-timor=TL
official-name | wat is de hoofdstad van de democratische republiek congo | CD
official-name | en van de republiek congo | CG
# Alledaagse namen
everyday-name | joa in de kroeg zeggen ze {} wat is daar de hoofdstad | holland=NL; amerika=US; engeland=GB-ENG
everyday-name | mo zegt ne keer de hoofdstad van {} | de emiraten=AE; wit-rusland=BY; de staten=US
everyday-name | de hoofdstad van {} ya | saudi-arabië=SA; birma=MM; macedonië=MK
everyday-name | alexa wat is de hoofdstad van {} abi | het vk=GB; de vs=US; de vae=AE
everyday-name | in de kantine zeggen ze {} wat is daar de hoofdstad | engeland=GB-ENG; brittannië=GB; groot-brittannië=GB
everyday-name | mijn collega zegt altijd {} wat is de hoofdstad daar | congo-kinshasa=CD; congo-brazzaville=CG; oost-timor=TL
everyday-name | ik zeg altijd {} wat is daar de hoofdstad van | bosnië=BA; trinidad=TT; antigua=AG
everyday-name | alexa de hoofdstad van saoedi zeg maar | SA
everyday-name | de hoofdstad van de drc alexa | CD
# Oude namen
old-name | in mijn tijd heette het {} wat is daar de hoofdstad | perzië=IR; siam=TH; abessinië=ET
old-name | vroeger op de wandkaart stond {} wat is nu de hoofdstad | zaïre=CD; rhodesië=ZW; opper-volta=BF
old-name | wat is de hoofdstad van {} zo heette het toen | brits-honduras=BZ; bechuanaland=BW; basoetoland=LS
old-name | de hoofdstad van {} ken je die nog | nyasaland=MW; goudkust=GH; ceylon=LK
old-name | alexa wat was de hoofdstad van {} en nu | kampuchea=KH; boven-volta=BF; dahomey=BJ
# Gedeelde namen
shared-name | joa wat is de hoofdstad van {} | congo=CD+CG; korea=KP+KR; georgia=GE+US-GA
shared-name | mo de hoofdstad van {} ne keer | congo=CD+CG; korea=KP+KR; de maagdeneilanden=VG+VI
shared-name | wollah wat is de hoofdstad van {} | korea=KP+KR; congo=CD+CG; georgia=GE+US-GA
shared-name | ag man die hoofdstad van {} | congo=CD+CG; georgia=GE+US-GA; maagdeneilanden=VG+VI
shared-name | alexa wat zijn de hoofdsteden van {} | de twee korea's=KP+KR; de twee congo's=CD+CG; beide korea's=KP+KR
shared-name | de hoofdstad van {} wat zijn die | noord en zuid korea=KP+KR; beide congo's=CD+CG; de beide korea's=KP+KR
shared-name | de hoofdstad van {} in amerika dus de staat | georgia=US-GA
shared-name | ik bedoel het land georgië bij turkije wat is de hoofdstad | GE
shared-name | en de hoofdstad van {} dan | de amerikaanse maagdeneilanden=VI; de britse maagdeneilanden=VG
shared-name | de kandidaten zitten in {} wat is de hoofdstad | noord-korea=KP; zuid-korea=KR
shared-name | hoofdstad van congo graag ik weet niet welke congo | CD+CG
shared-name | welke hoofdstad heeft georgia | GE+US-GA
shared-name | wat is de hoofdstad van de republiek korea en van noord-korea | KP+KR
# Ja of nee
yes-no-check | joa is {} de hoofdstad van duitsland | berlijn=DE; münchen=DE; bonn=DE
yes-no-check | mo is {} de hoofdstad van marokko | rabat=MA; casablanca=MA; marrakech=MA
yes-no-check | klopt het dat {} de hoofdstad van turkije is | ankara=TR; istanbul=TR; izmir=TR
yes-no-check | is de hoofdstad van australië {} | sydney=AU; canberra=AU; melbourne=AU
yes-no-check | ag man is kaapstad die hoofdstad van suid-afrika | ZA
yes-no-check | khoya is {} de hoofdstad van marokko wollah | fes=MA; tanger=MA
yes-no-check | kak is jakarta nog steeds de hoofdstad van indonesië | ID
yes-no-check | is de hoofdstad van canada {} | toronto=CA; ottawa=CA; montreal=CA
yes-no-check | alexa is {} de hoofdstad van zwitserland | zürich=CH; genève=CH; bern=CH
yes-no-check | mijn opa zegt dat {} de hoofdstad van brazilië is klopt dat | rio de janeiro=BR; são paulo=BR; brasilia=BR
yes-no-check | is {} de hoofdstad van nigeria of niet | lagos=NG; abuja=NG
yes-no-check | juf zei dat {} de hoofdstad van nieuw-zeeland is is dat waar | auckland=NZ; wellington=NZ
yes-no-check | is het waar dat {} de hoofdstad van pakistan is | karachi=PK; islamabad=PK; lahore=PK
yes-no-check | dobrze is krakau de hoofdstad van polen | PL
yes-no-check | is {} de hoofdstad van tanzania | dar es salaam=TZ; dodoma=TZ
yes-no-check | bon alexa is antwerpen de hoofdstad van belgië | BE
yes-no-check | hoe is het is groningen de hoofdstad van nederland | NL
yes-no-check | is {} de hoofdstad van de vs | new york=US; washington=US
yes-no-check | heb ik gelijk dat {} de hoofdstad van schotland is | glasgow=GB-SCT; edinburgh=GB-SCT
yes-no-check | is barcelona de hoofdstad van spanje abi | ES
yes-no-check | klopt het dat de hoofdstad van italië milaan is | IT
yes-no-check | is {} de hoofdstad van bolivia of is het een andere | la paz=BO; santa cruz=BO
yes-no-check | is {} de hoofdstad van ivoorkust | abidjan=CI; yamoussoukro=CI
yes-no-check | is {} de hoofdstad van de verenigde arabische emiraten | dubai=AE; abu dhabi=AE
yes-no-check | de quizmaster zegt dat {} de hoofdstad van ecuador is klopt dat | guayaquil=EC; quito=EC
# Zelfcorrecties
self-correction | wat is de hoofdstad van {} | oostenrijk nee wacht zwitserland=CH; zweden nee wacht noorwegen=NO; slowakije nee wacht slovenië=SI
self-correction | joa de hoofdstad van {} | letland ik bedoel litouwen=LT; estland ik bedoel letland=LV; polen ik bedoel tsjechië=CZ
self-correction | mo wa is de hoofdstad van {} | niger sorry nigeria=NG; gambia sorry zambia=ZM; guinee sorry guyana=GY
self-correction | alexa de hoofdstad van {} | irak nee wacht iran=IR; iran ik bedoel irak=IQ; syrië sorry libanon=LB
self-correction | khoya wat is de hoofdstad van {} | algerije nee wacht tunesië=TN; libië nee wacht egypte=EG
self-correction | abi de hoofdstad van {} yani | armenië ik bedoel azerbeidzjan=AZ; georgië sorry armenië=AM
self-correction | kak wat is de hoofdstad van {} ya | maleisië eh nee sorry indonesië=ID; laos nee wacht cambodja=KH; thailand ik bedoel vietnam=VN
self-correction | wat is de hoofdstad van austria sorry ik bedoel oostenrijk | AT
self-correction | ag man die hoofdstad van zimbabwe nee wacht zambia | ZM
self-correction | alexa zeg me de hoofdstad van {} | slovenië nee wacht slowakije=SK; kroatië ik bedoel servië=RS; montenegro sorry albanië=AL
self-correction | vertel eens de hoofdstad van {} | honduras nee wacht nicaragua=NI; panama ik bedoel costa rica=CR; guatemala sorry el salvador=SV
self-correction | in de quiz moet ik de hoofdstad van {} | mali nee wacht mauritanië=MR; senegal ik bedoel gambia=GM; benin sorry togo=TG
self-correction | de hoofdstad van {} is wat | kenia nee wacht oeganda=UG; rwanda ik bedoel burundi=BI; tanzania sorry malawi=MW
self-correction | wat is de hoofdstad van australië nee wacht van de staat victoria | AU-VIC
self-correction | de hoofdstad van beieren sorry ik bedoel saksen | DE-SN
# Omgekeerde vragen
reverse-question | {} is de hoofdstad van welk land | tbilisi=CITY:Tbilisi; jerevan=CITY:Jerevan; bakoe=CITY:Bakoe
reverse-question | joa van welk land is {} de hoofdstad | ljubljana=CITY:Ljubljana; bratislava=CITY:Bratislava; vilnius=CITY:Vilnius
reverse-question | mo {} is de hoofdstad van wat | ouagadougou=CITY:Ouagadougou; bamako=CITY:Bamako; niamey=CITY:Niamey
reverse-question | wollah {} is hoofdstad van welk land | rabat=CITY:Rabat; tunis=CITY:Tunis; algiers=CITY:Algiers
reverse-question | abi {} is de hoofdstad van welk land yani | ankara=CITY:Ankara; bisjkek=CITY:Bisjkek; asjchabad=CITY:Asjchabad
reverse-question | ag man {} is die hoofdstad van watter land | gaborone=CITY:Gaborone; windhoek=CITY:Windhoek; maseru=CITY:Maseru
reverse-question | kak {} itu hoofdstad van welk land ya | jakarta=CITY:Jakarta; manilla=CITY:Manilla; vientiane=CITY:Vientiane
reverse-question | welk land heeft {} als hoofdstad | ulaanbaatar=CITY:Ulaanbaatar; thimphu=CITY:Thimphu; kathmandu=CITY:Kathmandu
reverse-question | in welk land ligt de hoofdstad {} | montevideo=CITY:Montevideo; asunción=CITY:Asunción; caracas=CITY:Caracas
reverse-question | van welk land is {} de hoofdstad alexa | nuku'alofa=CITY:Nuku'alofa; funafuti=CITY:Funafuti; honiara=CITY:Honiara
reverse-question | waar is {} de hoofdstad van | ottawa=CITY:Ottawa; canberra=CITY:Canberra; wellington=CITY:Wellington
reverse-question | triviant vraag {} is de hoofdstad van | nouakchott=CITY:Nouakchott; conakry=CITY:Conakry; freetown=CITY:Freetown
reverse-question | welke staat heeft {} als hoofdstad | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; juneau=CITY:Juneau
reverse-question | welke deelstaat heeft {} als hoofdstad | wiesbaden=CITY:Wiesbaden; schwerin=CITY:Schwerin; potsdam=CITY:Potsdam
reverse-question | waarvan is {} eigenlijk de hoofdstad | victoria=CITY:Victoria; kingston=CITY:Kingston; georgetown=CITY:Georgetown
reverse-question | kaapstad is een van de hoofdsteden van welk land | CITY:Kaapstad
reverse-question | welk land heeft nuuk als hoofdstad ik denk groenland | CITY:Nuuk
reverse-question | putrajaya is de hoofdstad van welk land ya | CITY:Putrajaya
# Via de naam van de skill
one-shot | alexa vraag hoofdsteden van de wereld wat de hoofdstad van {} is joa | oezbekistan=UZ; turkmenistan=TM; tadzjikistan=TJ
one-shot | alexa vraag aan hoofdsteden van de wereld de hoofdstad van {} | gabon=GA; angola=AO; zimbabwe=ZW
one-shot | mo alexa vraag eens aan hoofdsteden van de wereld wat de hoofdstad van {} is | nicaragua=NI; honduras=HN; el salvador=SV
one-shot | alexa open hoofdsteden van de wereld en zeg de hoofdstad van {} | sierra leone=SL; liberia=LR; guinee=GN
one-shot | alexa laat hoofdsteden van de wereld de hoofdstad van {} zeggen | tsjaad=TD; niger=NE; centraal-afrikaanse republiek=CF
one-shot | alexa start hoofdsteden van de wereld wat is de hoofdstad van {} | bahrein=BH; koeweit=KW; qatar=QA
one-shot | wollah alexa vraag hoofdsteden van de wereld de hoofdstad van {} | libanon=LB; jordanië=JO; syrië=SY
one-shot | alexa vraag hoofdsteden van de wereld welke stad de hoofdstad is van {} | dominica=DM; grenada=GD; saint lucia=LC
one-shot | alexa vraag hoofdsteden van de wereld wat de hoofdsteden van {} zijn | zuid-afrika=ZA; bolivia=BO; nederland=NL
one-shot | ag man alexa vra vir hoofdsteden van de wereld die hoofdstad van namibië | NA
one-shot | kak alexa vraag hoofdsteden van de wereld hoofdstad van brunei ya | BN
one-shot | alexa vraag hoofdsteden van de wereld is canberra de hoofdstad van australië | AU
one-shot | alexa vraag hoofdsteden van de wereld van welk land is lima de hoofdstad | CITY:Lima
# Starten
launch | joa alexa start hoofdsteden van de wereld | LAUNCH
launch | mo alexa doe hoofdsteden van de wereld ne keer open | LAUNCH
launch | bon alexa lance euh open hoofdsteden van de wereld | LAUNCH
launch | wollah alexa open die hoofdsteden van de wereld | LAUNCH
launch | abi alexa hoofdsteden van de wereld starten | LAUNCH
launch | ag man alexa maak hoofdsteden van de wereld oop | LAUNCH
launch | kak alexa buka euh open hoofdsteden van de wereld | LAUNCH
launch | alexa ik wil hoofdsteden van de wereld spelen met mijn klas | LAUNCH
launch | alexa mag ik hoofdsteden van de wereld | LAUNCH
launch | alexa zet hoofdsteden van de wereld aan voor oma | LAUNCH
launch | alexa begin met hoofdsteden van de wereld we spelen triviant | LAUNCH
launch | alexa open hoofdsteden van de wereld harder graag | LAUNCH
launch | hoe is het alexa hoofdsteden van de wereld openen | LAUNCH
launch | alexa activeer hoofdsteden van de wereld | LAUNCH
launch | tamam alexa open hoofdsteden van de wereld | LAUNCH
# Hulp
help | joa wat kan ie allemaal dan | HELP
help | hoe werkt dat hier nou alexa ik wet et nich | HELP
help | mo hoe werkt da hier | HELP
help | bon alexa wat moet ik zeggen aidez moi | HELP
help | wollah ik snap er niks van hoe werkt dit | HELP
help | abi wat kan ik vragen yani | HELP
help | prosze hulp ik weet niet hoe het werkt | HELP
help | ag man hoe werk dit ding | HELP
help | kak bisa help ik weet niet wat ik moet zeggen | HELP
help | sorry how does this work euh hoe werkt het | HELP
help | alexa ik ben zes wat moet ik zeggen | HELP
help | wat zeg je ik snap het niet leg het nog eens uit | HELP
help | hoe moet ik de vragen stellen alexa | HELP
help | wat kan deze skill allemaal | HELP
help | uitleg graag ik weet niet wat ik kan vragen | HELP
help | help me even ik ben de weg kwijt in dit spel | HELP
help | nee heur ik snap het niet help | HELP
help | welke vragen snap jij eigenlijk | HELP
help | alexa geef eens een voorbeeld van wat ik kan vragen | HELP
help | tamam maar wat moet ik nu doen | HELP
# Stoppen
stop | joa dat is mooi wark stop maar | STOP
stop | hou maar op alexa ik wet genoeg | STOP
stop | mo stop ermee ne keer | STOP
stop | bon ça suffit stop alexa | STOP
stop | wollah stop nou | STOP
stop | yeter abi stop | STOP
stop | koniec stop alexa dziekuje | STOP
stop | ag man los dit nou stop | STOP
stop | sudah stop ya alexa | STOP
stop | okay that's enough stop maar | STOP
stop | alexa stop ik moet naar bed | STOP
stop | alexa stop de klant komt | STOP
stop | stop maar de bus komt eraan | STOP
stop | hou op we gaan eten | STOP
stop | stop het spel de mol begint | STOP
stop | genoeg hoofdsteden voor vandaag stop | STOP
stop | alexa stop mijn beurt is voorbij | STOP
stop | nee heur nou is het klaar stop | STOP
stop | stop ermee ik sta op de ladder | STOP
stop | alexa afsluiten we gaan slapen | STOP
# Annuleren
cancel | joa laat mar zitten | CANCEL
cancel | nee heur laat maar | CANCEL
cancel | mo laat da maar vallen | CANCEL
cancel | bon laisse tomber laat maar | CANCEL
cancel | wollah laat maar khoya | CANCEL
cancel | bosver abi laat maar | CANCEL
cancel | nie laat maar annuleren | CANCEL
cancel | ag man vergeet dit | CANCEL
cancel | tidak jadi laat maar ya | CANCEL
cancel | never mind laat maar | CANCEL
cancel | alexa laat maar ik weet het al | CANCEL
cancel | annuleer die vraag maar | CANCEL
cancel | vergeet die laatste vraag | CANCEL
cancel | laat maar zitten de klant is er | CANCEL
cancel | laat maar ik vraag het de juf | CANCEL
cancel | alexa annuleer dat ik zei iets verkeerds | CANCEL
cancel | hoeft niet meer alexa | CANCEL
cancel | laat die vraag maar schieten | CANCEL
cancel | nee doe maar niet | CANCEL
cancel | laat maar mama weet het | CANCEL
# Buiten het domein
out-of-domain | joa hoeveel inwoners heeft duitsland | FB
out-of-domain | hoe laat speelt fc twente zaterdag | FB
out-of-domain | wat is de hoofdstad van overijssel joa | FB
out-of-domain | is enschede groter dan hengelo | FB
out-of-domain | hoe laat begint de tt in assen | FB
out-of-domain | wat is de hoofdstad van drenthe nee heur | FB
out-of-domain | hoe oud zijn de hunebedden | FB
out-of-domain | mo wanneer beginnen de gentse feesten | FB
out-of-domain | wat is de hoofdstad van oost-vlaanderen mo | FB
out-of-domain | wat zijn stroppen in gent | FB
out-of-domain | bon hoe laat rijdt de metro naar het atomium | FB
out-of-domain | hoeveel talen spreken ze in brussel | FB
out-of-domain | wat is brussels hoofdstedelijk gewest | FB
out-of-domain | wollah hoe laat is het iftar vandaag | FB
out-of-domain | welke taal spreken ze in marokko | FB
out-of-domain | hoe ver is het vliegen naar nador | FB
out-of-domain | abi wat is het weer in istanbul | FB
out-of-domain | hoeveel lira is een euro | FB
out-of-domain | hoe zeg je hoofdstad in het turks | FB
out-of-domain | prosze wat is het weer in warschau | FB
out-of-domain | hoe laat begint mijn dienst in het distributiecentrum | FB
out-of-domain | vertaal dank je wel naar het pools | FB
out-of-domain | ag man hoe laat is dit in kaapstad nou | FB
out-of-domain | wie het die rugby gewen | FB
out-of-domain | wat is die wisselkoers van die rand | FB
out-of-domain | kak hoe laat gaat de bus naar wageningen | FB
out-of-domain | hoe koud wordt het vanavond in delft | FB
out-of-domain | wat is de grootste stad van indonesië | FB
out-of-domain | how do you say capital in dutch | FB
out-of-domain | is het de of het hoofdstad | FB
out-of-domain | alexa speel een liedje over de zee | FB
out-of-domain | alexa hoeveel poten heeft een olifant | FB
out-of-domain | alexa ik moet plassen | FB
out-of-domain | wie is de koning van spanje | FB
out-of-domain | heel random maar wie is de rijkste man van de wereld | FB
out-of-domain | zet mijn playlist op | FB
out-of-domain | welke kpop groep is het populairst | FB
out-of-domain | wat zeg je zet de tv harder | FB
out-of-domain | hoe laat komt de thuiszorg | FB
out-of-domain | welke dag is het vandaag gerrit | FB
out-of-domain | hoeveel leerlingen zaten er vroeger in een klas | FB
out-of-domain | wat betekent hoofdletter | FB
out-of-domain | hoe lang moet de verf inwerken | FB
out-of-domain | wat kost een knipbeurt gemiddeld | FB
out-of-domain | wanneer is de bollentijd in de bollenstreek | FB
out-of-domain | hoeveel tulpen gaan er naar japan | FB
out-of-domain | waar moet ik dit eten bezorgen | FB
out-of-domain | gaat het vandaag nog regenen | FB
out-of-domain | hoe laat begint de kaasmarkt in alkmaar | FB
out-of-domain | hoe zwaar is een kaas op de kaasmarkt | FB
out-of-domain | wat verdient een tolk per uur | FB
out-of-domain | hoe lang moet muurverf drogen | FB
out-of-domain | welke vogel zingt er nu | FB
out-of-domain | wanneer wordt het groen afval opgehaald | FB
out-of-domain | wie is de mol dit jaar | FB
out-of-domain | wanneer begint wie is de mol | FB
out-of-domain | wie won het songfestival vorig jaar | FB
out-of-domain | hoeveel punten kreeg nederland op het songfestival | FB
out-of-domain | hoeveel medailles heeft nederland gewonnen | FB
out-of-domain | wie wint de ally pally dit jaar | FB
out-of-domain | wie draagt de gele trui | FB
out-of-domain | hoe lang is de etappe vandaag | FB
out-of-domain | wat zijn de regels van ticket to ride | FB
out-of-domain | zet een timer van dertig seconden | FB
out-of-domain | hoe beweegt het paard bij schaken | FB
out-of-domain | hoe laat vertrekt het cruiseschip | FB
out-of-domain | hoe is de sneeuw in oostenrijk | FB
out-of-domain | hoeveel kilometer is het nog naar santiago | FB
out-of-domain | wat kost een hostel in bangkok | FB
out-of-domain | waar gaan we heen op schoolreis | FB
out-of-domain | wat is een leuk cadeau voor een huwelijksreis | FB
out-of-domain | wat is de hoofdstad van een woord | FB
out-of-domain | schrijf je hoofdstad met een hoofdletter | FB
out-of-domain | wat is startkapitaal | FB
out-of-domain | hoeveel kapitaal heb ik nodig voor een bv | FB
out-of-domain | wat is de hoofdzaak van dit verhaal | FB
out-of-domain | wat is de hoofdstad van atlantis | FB
out-of-domain | wat is de hoofdstad van de maan | FB
out-of-domain | wat is de hoofdstad van middle earth | FB
out-of-domain | wat is de hoofdstad van limburg in belgië | FB
out-of-domain | wat is de hoofdstad van catalonië | FB
out-of-domain | wat is de hoofdstad van sicilië | FB
out-of-domain | wat is de hoofdstad van bretagne | FB
out-of-domain | wat is de hoofdstad van de provincie utrecht | FB
out-of-domain | hoeveel mensen wonen er in de hoofdstad van frankrijk | FB
out-of-domain | welke taal spreekt men in de hoofdstad van zwitserland | FB
out-of-domain | wie is de burgemeester van de hoofdstad van nederland | FB
out-of-domain | hoe oud is de hoofdstad van italië | FB
out-of-domain | wat is het volkslied van noorwegen | FB
out-of-domain | welke munt gebruiken ze in zweden | FB
out-of-domain | hoe groot is canada in vierkante kilometer | FB
out-of-domain | welke kleur heeft de vlag van ierland | FB
out-of-domain | wat is het hoogste gebouw van dubai | FB
out-of-domain | hoe laat is het nu in japan | FB
out-of-domain | welke rivier stroomt door boedapest | FB
out-of-domain | alexa doe het licht uit | FB
out-of-domain | alexa bestel kattenvoer | FB
out-of-domain | vertel een mop | FB
out-of-domain | wat is twaalf keer twaalf | FB
out-of-domain | joa wat is het weer morgen in enschede | FB
out-of-domain | hoe heet de burgemeester van almelo | FB
out-of-domain | nee heur hoe laat gaat de supermarkt in emmen open | FB
out-of-domain | mo wat is een gentse neus | FB
out-of-domain | enfin wat is de hoofdstad van europa | FB
out-of-domain | bon welke taal spreken ze in wallonië | FB
out-of-domain | khoya hoeveel graden is het in casablanca | FB
out-of-domain | wollah wat is de beste pizza hier in de buurt | FB
out-of-domain | abi hoe maak je baklava | FB
out-of-domain | yani wie is de president van turkije | FB
out-of-domain | dobrze zet een wekker om vijf uur | FB
out-of-domain | hoe zeg je hoofdstad in het pools | FB
out-of-domain | ag man wat is die grootste stad van zuid-afrika | FB
out-of-domain | kak hoe laat sluit de bibliotheek van de universiteit | FB
out-of-domain | welk land heeft de meeste vulkanen | FB
out-of-domain | sorry how do i change the language of alexa | FB
out-of-domain | alexa hoe schrijf je giraf | FB
out-of-domain | alexa wil jij mijn vriendje zijn | FB
out-of-domain | welke landen doen er mee aan het songfestival | FB
out-of-domain | welk land heeft de meeste inwoners | FB
out-of-domain | wat is de kleinste hoofdstad van de wereld | FB
out-of-domain | wat is de koudste hoofdstad van europa | FB
out-of-domain | hoeveel hoofdsteden zijn er op de wereld | FB
out-of-domain | welke hoofdstad ligt het hoogst | FB
out-of-domain | noem drie landen in afrika | FB
out-of-domain | hoeveel tijdzones heeft rusland | FB
out-of-domain | wat is het nationale gerecht van peru | FB
out-of-domain | welke zee ligt naast kroatië | FB
# Wat de herkenning schrijft
asr-artefact | wat is de hoofdstat van {} | azerbeidjan=AZ; bangladesj=BD; kirgistan=KG
asr-artefact | wat is de hooftstad van {} | columbia=CO; filippijnen=PH; tjaad=TD
asr-artefact | wat is de hoofdstad van {} alexa | moldavie=MD; oekraine=UA; namibie=NA
asr-artefact | watis de hoofdstad van {} | kongo kinshasa=CD; kameroen=CM; kaap verdie=CV
asr-artefact | wat is de hoofdstad vande {} | filipijnen=PH; seychellen=SC; bahamas=BS
asr-artefact | wat is de hoofdstad van de {} | v s=US; v a e=AE; ve ka=GB
asr-artefact | wat is de hoofdstad van {} nou | noord korea=KP; zuid korea=KR; nieuw zeeland=NZ
asr-artefact | wat is de hoofd stad van {} | sri lanka=LK; san marino=SM; el salvador=SV
asr-artefact | wat is de hoofdstad van {} mo | zuid soedan=SS; equatoriaal guinea=GQ; centraal afrikaanse republiek=CF
asr-artefact | wat is de hoofdstad van {} please | saint kitts and nevis=KN; antigua and barbuda=AG; trinidad and tobago=TT
asr-artefact | hoofdstad van {} | mocambique=MZ; malawie=MW; lesoto=LS
asr-artefact | wat is de hoofdstad van de {} eilanden | marshall=MH; salomons=SB; cook=CK
asr-artefact | wat is de hoofdstad van {} khoya | saoedie arabie=SA; jemen=YE; libie=LY
asr-artefact | wat is de hoofd stat van {} | micronesie=FM; vanuatoe=VU; toevaloe=TV
asr-artefact | wat is de hoofdstad van sao tome en principe | ST
asr-artefact | wat is de hoofdstad van saint vincent and the grenadines | VC
asr-artefact | wat is de hoofdstad van guinee equatoriaal | GQ
asr-artefact | wat is de hoofdstad van eswatini of swazieland | SZ
asr-artefact | wat is de hoofdstad van de zalomonseilanden | SB
"""

if __name__ == "__main__":
    build_round(26, "nl", LINES, sys.argv, "tests/Eval/nl/round26/source/build_corpus.py")
