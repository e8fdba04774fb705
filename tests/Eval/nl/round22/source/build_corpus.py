"""Round 22, Dutch (nl-NL): a new author's own mix, written blind. Speakers chosen away from the regions and groups
earlier Dutch authors used: Zeeuwen from Walcheren and Zeeuws-Vlaanderen ("zeg is", "ik weet het nie", "wa is",
"hè"), Achterhoekers and Sallanders ("zeg es", "wat is het hoofdstad", "het is mie wat"), West-Friezen ("hoe hiet dat nou"),
people from the Veluwe and Urk in a careful, churchgoing register ("weet u dat", "als het u belieft", "met permissie"),
Indische Nederlanders and Moluccan families ("adoeh", "sajang", "tante", "ajo", "beta"), Chinese-Dutch restaurant
families (a teenager translating for a parent behind the counter), Eritrean and Afghan newcomers in a taalcafé (NT2
word order), Dutch pensioners who winter on the Costa Blanca and Dutch expats in Germany and Dubai (English and Spanish
words), members of a student corps ("amice", "waarde"), people from 't Gooi ("echt heel erg", "schat"), and, beside them,
kleuters and pubers, grandparents at a bingo afternoon, a nurse on a night ward. Situations: a dairy farm with a milking
robot, a mussel cutter off Yerseke, a Westland glasshouse, a bakery at four in the morning, a taxi at night, the
Nijmeegse Vierdaagse, a Koningsdag vrijmarkt, a scouting camp, a dentist's waiting room, a library reading hour, a nail
salon, the Zwarte Cross, a korfbal and a hockey club, speed skating on TV, a train stuck outside Utrecht, assembling an
IKEA cupboard, the garden centre, a wedding speech, a havo exam, a dike engineer, an escape from boredom on a rainy
Sunday. Plus fillers, tails, self-corrections, follow-ups, checks, reverse questions, official, old and everyday
names, shared names, subdivisions and territories, and what nl-NL recognition writes: split and joined words
("hoofd stad", "hoofdstadvan"), lost diaeresis ("belgie", "italie", "oekraine"), misheard names ("kazakstan",
"azerbaidzjan", "philippijnen").
`python3 tests/Eval/nl/round22/source/build_corpus.py [--check]`; the mechanics are in
tests/Eval/source/round12_hinl_corpus.py (build_round with round 22's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions in ordinary words.
plain-question | wat is eigenlijk de hoofdstad van {} | zambia=ZM; zimbabwe=ZW; mozambique=MZ
plain-question | welke stad is de hoofdstad van {} | rwanda=RW; oeganda=UG; kenia=KE
plain-question | weet jij wat de hoofdstad van {} is | paraguay=PY; uruguay=UY; ecuador=EC
plain-question | hoe heet de hoofdstad van {} ook weer | vanuatu=VU; samoa=WS; tonga=TO
plain-question | in welke stad zit de regering van {} | egypte=EG; algerije=DZ; libië=LY
plain-question | wat is tegenwoordig de hoofdstad van {} | kazachstan=KZ; myanmar=MM; tanzania=TZ
plain-question | noem de hoofdstad van {} eens | bahrein=BH; qatar=QA; oman=OM

# Fillers and hesitations.
filler-hesitation | eh de hoofdstad van eh {} | tsjaad=TD; niger=NE; mali=ML
filler-hesitation | uhm hoe heet nou de hoofdstad van {} | gabon=GA; kameroen=CM; togo=TG
filler-hesitation | wacht even uhm wat was de hoofdstad van {} nou | eswatini=SZ; lesotho=LS; malawi=MW
filler-hesitation | hm hm eh wat is de hoofdstad van {} | kirgizië=KG; tadzjikistan=TJ; turkmenistan=TM
filler-hesitation | nou eh zeg maar de hoofdstad van {} | benin=BJ; liberia=LR; sierra leone=SL
filler-hesitation | ja eh welke is de hoofdstad van eh {} dan | mauritanië=MR; senegal=SN; gambia=GM

# Zeeuwen from Walcheren and Zeeuws-Vlaanderen.
zeeuws | zeg is wa is de hoofdstad van {} | belgie=BE; luxemburg=LU; frankrijk=FR
zeeuws | ik weet het nie meer wat is de hoofdstad van {} hè | denemarken=DK; noorwegen=NO; zweden=SE
zeeuws | wa was nou de hoofdstad van {} | ierland=IE; ijsland=IS; finland=FI
zeeuws | m'n vrouw vraagt wa de hoofdstad van {} is | portugal=PT; spanje=ES; andorra=AD

# Achterhoekers and Sallanders.
achterhoeks | zeg es wat is het hoofdstad van {} | duitsland=DE; polen=PL; tsjechië=CZ
achterhoeks | het is mie wat hoe heet de hoofdstad van {} | slowakije=SK; hongarije=HU; oostenrijk=AT
achterhoeks | alexa wat is de hoofdstad van {} dan | roemenië=RO; bulgarije=BG; moldavië=MD

# West-Friezen.
westfries | hoe hiet dat nou de hoofdstad van {} | letland=LV; litouwen=LT; estland=EE
westfries | zeg hoe hiet de hoofdstad van {} | griekenland=GR; cyprus=CY; malta=MT

# Veluwe and Urk, a careful churchgoing register.
veluwe-urk | weet u wat de hoofdstad van {} is | israël=IL; jordanië=JO; libanon=LB
veluwe-urk | als het u belieft wat is de hoofdstad van {} | syrië=SY; irak=IQ; iran=IR
veluwe-urk | met permissie wat is de hoofdstad van {} | ethiopië=ET; eritrea=ER; soedan=SD
veluwe-urk | dominee had het over {} wat is daar de hoofdstad van | egypte=EG; turkije=TR; griekenland=GR

# Indische Nederlanders and Moluccan families.
indisch | adoeh wat is de hoofdstad van {} ook alweer | indonesië=ID; maleisië=MY; singapore=SG
indisch | tante wil weten wat de hoofdstad van {} is | oost-timor=TL; brunei=BN; filipijnen=PH
indisch | ajo alexa de hoofdstad van {} | papoea-nieuw-guinea=PG; thailand=TH; vietnam=VN
indisch | beta vraag wat is hoofdstad van {} | laos=LA; cambodja=KH; birma=MM

# Chinese-Dutch restaurant family, a teenager translating.
chinees-nederlands | mijn vader vraagt wat de hoofdstad van {} is | china=CN; mongolië=MN; japan=JP
chinees-nederlands | papa wil weten hoofdstad van {} | zuid-korea=KR; noord-korea=KP; taiwan=TW
chinees-nederlands | voor mijn moeder wat is de hoofdstad van {} | nepal=NP; bhutan=BT; bangladesh=BD

# Eritrean and Afghan newcomers in a taalcafé (NT2).
taalcafe-nieuwkomer | sorry ik leer nederlands wat is hoofdstad {} | afghanistan=AF; pakistan=PK; tadzjikistan=TJ
taalcafe-nieuwkomer | alsjeblieft zeggen hoofdstad van land {} | eritrea=ER; djibouti=DJ; somalië=SO
taalcafe-nieuwkomer | ik wil weten welke is hoofdstad in {} | soedan=SD; zuid-soedan=SS; tsjaad=TD
taalcafe-nieuwkomer | wat is de hoofdstad van {} ik spreek nog niet goed | oezbekistan=UZ; turkmenistan=TM; kirgizië=KG

# Pensioners on the Costa Blanca and expats abroad.
expat-costa | hier in spanje vragen ze wat de hoofdstad van {} is | marokko=MA; algerije=DZ; tunesië=TN
expat-costa | vale alexa de hoofdstad van {} | colombia=CO; venezuela=VE; peru=PE
expat-costa | we zitten in dubai en willen weten wat de hoofdstad van {} is | koeweit=KW; jemen=YE; saoedi-arabië=SA
expat-costa | hey alexa what's eh wat is de hoofdstad van {} | canada=CA; mexico=MX; verenigde staten=US

# Student corps.
studentencorps | amice wat is de hoofdstad van {} | kroatië=HR; slovenië=SI; servië=RS
studentencorps | waarde alexa vertel ons de hoofdstad van {} | montenegro=ME; albanië=AL; noord-macedonië=MK
studentencorps | bier ingezet wie weet de hoofdstad van {} | bosnië en herzegovina=BA; kosovo=XK; liechtenstein=LI

# 't Gooi.
gooi | schat wat is de hoofdstad van {} ook alweer | monaco=MC; san marino=SM; zwitserland=CH
gooi | echt heel erg maar ik weet de hoofdstad van {} niet | maldiven=MV; seychellen=SC; mauritius=MU
gooi | we gaan naar {} in de meivakantie wat is daar de hoofdstad | kaapverdië=CV; sri lanka=LK; barbados=BB

# Kleuters and pubers.
kinderen | mama zegt ik mag het vragen wat is de hoofdstad van {} | frankrijk=FR; italië=IT; engeland=GB-ENG
kinderen | alexa alexa wat is de hoofdstad van {} | australië=AU; nieuw-zeeland=NZ; fiji=FJ
kinderen | bruh wat is de hoofdstad van {} | brazilië=BR; argentinië=AR; chili=CL
kinderen | ik ben zes en wil weten de hoofdstad van {} | rusland=RU; china=CN; amerika=US

# Bingo afternoon and the night ward.
ouderen | mevrouw alexa wat is de hoofdstad van {} | suriname=SR; guyana=GY; venezuela=VE
ouderen | ik ben het kwijt wat is de hoofdstad van {} | hongarije=HU; oekraïne=UA; belarus=BY
ouderen | zuster vraagt wat de hoofdstad van {} is | georgië=GE; armenië=AM; azerbeidzjan=AZ
nachtdienst | stil even de patiënt slaapt wat is de hoofdstad van {} | nicaragua=NI; honduras=HN; el salvador=SV

# Farm, mussel cutter, glasshouse, bakery.
werk | de melkrobot piept maar wat is de hoofdstad van {} | nieuw-zeeland=NZ; ierland=IE; denemarken=DK
werk | aan boord hier wat is de hoofdstad van {} | noorwegen=NO; ijsland=IS; faeröer=FO
werk | in de kas vragen de polen wat de hoofdstad van {} is | kenia=KE; ethiopië=ET; marokko=MA
werk | het deeg moet rijzen wat is de hoofdstad van {} | turkije=TR; libanon=LB; tunesië=TN
werk | in de taxi vroeg een klant naar de hoofdstad van {} | nigeria=NG; ghana=GH; angola=AO

# Vierdaagse, Koningsdag, scouting, Zwarte Cross.
uitjes | onderweg op de vierdaagse wat is de hoofdstad van {} | belize=BZ; guatemala=GT; costa rica=CR
uitjes | op de vrijmarkt vraagt iemand de hoofdstad van {} | panama=PA; cuba=CU; jamaica=JM
uitjes | bij het kampvuur wat is de hoofdstad van {} | haïti=HT; dominicaanse republiek=DO; bahama's=BS
uitjes | op de zwarte cross wat is de hoofdstad van {} | grenada=GD; saint lucia=LC; dominica=DM

# Waiting rooms, library, nail salon.
wachtkamer | in de wachtkamer bij de tandarts wat is de hoofdstad van {} | madagaskar=MG; comoren=KM; mauritius=MU
wachtkamer | voorleesuurtje in de bieb wat is de hoofdstad van {} | namibië=NA; botswana=BW; zuid-afrika=ZA
wachtkamer | terwijl mijn nagels drogen wat is de hoofdstad van {} | burundi=BI; rwanda=RW; congo-brazzaville=CG

# Sport.
sport | de korfbalclub speelt tegen {} wat is de hoofdstad daar | taiwan=TW; tsjechië=CZ; portugal=PT
sport | bij het hockey tegen {} wat is hun hoofdstad | argentinië=AR; australië=AU; india=IN
sport | schaatsen op tv {} wint wat is de hoofdstad daarvan | noorwegen=NO; canada=CA; zuid-korea=KR
sport | het volleybal tegen {} waar ligt hun hoofdstad welke stad | servië=RS; polen=PL; brazilië=BR

# Train, IKEA, garden centre.
dagelijks | de trein staat stil bij utrecht wat is de hoofdstad van {} | zweden=SE; finland=FI; estland=EE
dagelijks | ik zit kast in elkaar te zetten wat is de hoofdstad van {} | zweden=SE; pakistan=PK; kazachstan=KZ
dagelijks | op de verpakking staat made in {} wat is daar de hoofdstad | vietnam=VN; bangladesh=BD; cambodja=KH

# Wedding speech, havo exam, dike engineer.
speech-examen | voor mijn speech op de bruiloft wat is de hoofdstad van {} | curaçao=CW; aruba=AW; suriname=SR
speech-examen | havo examen aardrijkskunde wat is de hoofdstad van {} | bangladesh=BD; nigeria=NG; indonesië=ID
speech-examen | voor een project over dijken wat is de hoofdstad van {} | bangladesh=BD; vietnam=VN; de maldiven=MV

# Kitchen.
keuken | mijn handen zitten in het gehakt wat is de hoofdstad van {} | griekenland=GR; italië=IT; libanon=LB
keuken | we maken rijsttafel wat is eigenlijk de hoofdstad van {} | indonesië=ID; sri lanka=LK; myanmar=MM
keuken | deze koffie komt uit {} wat is de hoofdstad daar | ethiopië=ET; guatemala=GT; colombia=CO

# Car and caravan.
auto | we staan in de file wat is de hoofdstad van {} | slovenië=SI; kroatië=HR; oostenrijk=AT
auto | met de caravan door {} welke stad is de hoofdstad | frankrijk=FR; zwitserland=CH; italie=IT
auto | de kinderen vragen achterin wat de hoofdstad van {} is | luxemburg=LU; belgië=BE; duitsland=DE

# News.
nieuws | op het journaal ging het over {} wat is de hoofdstad | soedan=SD; jemen=YE; haïti=HT
nieuws | in de krant stond {} maar wat is de hoofdstad daar | venezuela=VE; niger=NE; burkina faso=BF
nieuws | er was een aardbeving in {} wat is de hoofdstad | afghanistan=AF; nepal=NP; turkije=TR

# Terse keyword forms.
terse | hoofdstad {} | zweden=SE; ghana=GH; oman=OM
terse | {} hoofdstad | bolivia=BO; peru=PE; laos=LA
terse | hoofdstad van {} snel | mali=ML; guinee=GN; zambia=ZM
terse | {} de hoofdstad | nauru=NR; palau=PW; tuvalu=TV

# English mixed in.
engels-gemengd | wat is de capital van {} | kiribati=KI; marshalleilanden=MH; micronesia=FM
engels-gemengd | quick check capital city van {} | ghana=GH; guinee-bissau=GW; equatoriaal-guinea=GQ
engels-gemengd | wat is de capital city of {} | sao tomé en principe=ST; gabon=GA; kameroen=CM
engels-gemengd | sorry dumb question maar de hoofdstad van {} | canada=CA; australië=AU; singapore=SG

# Recognition artefacts.
herkenning | wat is de hoofd stad van {} | italie=IT; oekraine=UA; belgie=BE
herkenning | wat is de hoofdstadvan {} | spanje=ES; zweden=SE; chili=CL
herkenning | wat is de hoofstad van {} | kazakstan=KZ; azerbaidzjan=AZ; philippijnen=PH
herkenning | wat is de hooftstad van {} | tadjikistan=TJ; kirgistan=KG; oezbekistan=UZ
herkenning | de hoofdstad van {} | kroatie=HR; roemenie=RO; servie=RS
herkenning | wat is de hoofdstad van {} | ethiopie=ET; namibie=NA; tanzania=TZ

# One-shot through the invocation name.
one-shot | vraag hoofdsteden van de wereld wat de hoofdstad van {} is | bolivia=BO; ecuador=EC; paraguay=PY
one-shot | vraag aan hoofdsteden van de wereld de hoofdstad van {} | togo=TG; benin=BJ; niger=NE
one-shot | open hoofdsteden van de wereld en zeg de hoofdstad van {} | mongolië=MN; nepal=NP; laos=LA
one-shot | alexa vraag hoofdsteden van de wereld naar {} | cuba=CU; jamaica=JM; haïti=HT
one-shot | start hoofdsteden van de wereld wat is de hoofdstad van {} | iran=IR; irak=IQ; syrië=SY
# Follow-ups after an answer.
follow-up | en van {} | pakistan=PK; afghanistan=AF; iran=IR
follow-up | en hoe zit het met {} | bangladesh=BD; nepal=NP; sri lanka=LK
follow-up | oké en {} dan | brunei=BN; filipijnen=PH; indonesië=ID
follow-up | nog eentje {} | lesotho=LS; eswatini=SZ; botswana=BW
follow-up | en bij {} | bolivia=BO; chili=CL; argentinië=AR
follow-up | mooi en die van {} | nieuw-zeeland=NZ; fiji=FJ; salomonseilanden=SB
follow-up | en {} dan | gambia=GM; guinee=GN; ghana=GH
follow-up | dan nog {} | dominica=DM; saint kitts en nevis=KN; saint vincent en de grenadines=VC
follow-up | oh en wat is het bij {} | antigua en barbuda=AG; trinidad en tobago=TT; barbados=BB
follow-up | ja en voor {} | centraal-afrikaanse republiek=CF; democratische republiek congo=CD; verenigde arabische emiraten=AE
follow-up | top en die van {} dan | ivoorkust=CI; verenigd koninkrijk=GB; nederland=NL

# Plural: countries with several capitals.
plural-capitals | wat zijn de hoofdsteden van {} | zuid-afrika=ZA; bolivia=BO; nederland=NL
plural-capitals | welke hoofdsteden heeft {} | maleisië=MY; benin=BJ; sri lanka=LK
plural-capitals | {} heeft toch meerdere hoofdsteden welke zijn dat | eswatini=SZ; ivoorkust=CI; palestina=PS
plural-capitals | noem alle hoofdsteden van {} | zuid-afrika=ZA; bolivia=BO; maleisië=MY
plural-capitals | klopt het dat {} twee hoofdsteden heeft welke dan | holland=NL; benin=BJ; côte d'ivoire=CI
plural-capitals | wat zijn de twee hoofdsteden van {} | sri lanka=LK; eswatini=SZ; palestina=PS
plural-capitals | welke drie hoofdsteden heeft zuid-afrika ook alweer | ZA
plural-capitals | in welke steden zit de regering van bolivia en welke is de hoofdstad | BO
plural-capitals | nederland heeft amsterdam en den haag toch allebei als hoofdstad | NL
plural-capitals | hoeveel hoofdsteden heeft {} en welke | zuid-afrika=ZA; maleisië=MY; swaziland=SZ
plural-capitals | de hoofdsteden van {} graag | benin=BJ; ivoorkust=CI; de palestijnse gebieden=PS

# Subdivisions.
subdivision | wat is de hoofdstad van de provincie {} | alberta=CA-AB; manitoba=CA-MB; saskatchewan=CA-SK
subdivision | wat is de hoofdstad van de staat {} | texas=US-TX; californië=US-CA; florida=US-FL
subdivision | wat is de hoofdstad van de deelstaat {} | beieren=DE-BY; saksen=DE-SN; hessen=DE-HE
subdivision | wat is de hoofdstad van {} in amerika | nevada=US-NV; oregon=US-OR; kentucky=US-KY
subdivision | welke stad is de hoofdstad van {} in australië | queensland=AU-QLD; tasmanië=AU-TAS; victoria=AU-VIC
subdivision | wat is de hoofdstad van {} in india | kerala=IN-KL; rajasthan=IN-RJ; goa=IN-GA
subdivision | hoofdstad van {} in brazilië | bahia=BR-BA; amazonas=BR-AM; paraná=BR-PR
subdivision | wat is de hoofdstad van {} in mexico | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | wat is de hoofdstad van {} in canada | ontario=CA-ON; quebec=CA-QC; nova scotia=CA-NS
subdivision | mijn neef woont in {} wat is daar de hoofdstad | noordrijn-westfalen=DE-NW; nedersaksen=DE-NI; rijnland-palts=DE-RP
subdivision | we rijden door {} wat is daar de hoofdstad | sleeswijk-holstein=DE-SH; thüringen=DE-TH; brandenburg=DE-BB
subdivision | wat is de hoofdstad van {} binnen het vk | schotland=GB-SCT; wales=GB-WLS; noord-ierland=GB-NIR
subdivision | de hoofdstad van de amerikaanse staat {} | new york=US-NY; illinois=US-IL; pennsylvania=US-PA
subdivision | wat is de hoofdstad van {} in de vs | alaska=US-AK; hawaï=US-HI; vermont=US-VT
subdivision | wat is de hoofdstad van de indiase staat {} | maharashtra=IN-MH; tamil nadu=IN-TN; west-bengalen=IN-WB
subdivision | wat is de hoofdstad van {} daar in australië | west-australië=AU-WA; nieuw-zuid-wales=AU-NSW; zuid-australië=AU-SA
subdivision | en wat is de hoofdstad van {} in canada dan | brits-columbia=CA-BC; yukon=CA-YT; nunavut=CA-NU
subdivision | de hoofdstad van baden-württemberg | DE-BW
subdivision | hoofdstad van mecklenburg-voor-pommeren | DE-MV
subdivision | wat is de hoofdstad van saksen-anhalt | DE-ST
subdivision | wat is de hoofdstad van rio grande do sul | BR-RS
subdivision | wat is de hoofdstad van quintana roo | MX-ROO

# Territories and islands.
territory | wat is de hoofdstad van {} daar in de oceaan | groenland=GL; bermuda=BM; guam=GU
territory | welke stad is eigenlijk de hoofdstad van {} | puerto rico=PR; gibraltar=GI; aruba=AW
territory | hoofdstad van {} graag | curaçao=CW; sint-maarten=SX; caribisch nederland=BQ
territory | wat is de hoofdstad van die {} | faeröer=FO; kaaimaneilanden=KY; cookeilanden=CK
territory | op vakantie naar {} wat is daar de hoofdstad | réunion=RE; martinique=MQ; guadeloupe=GP
territory | de hoofdstad van {} eiland | jersey=JE; guernsey=GG; åland=AX
territory | wat is toch de hoofdstad van {} | frans-polynesië=PF; nieuw-caledonië=NC; frans-guyana=GF
territory | wat is de hoofdstad van bonaire | BQ
territory | wat is de hoofdstad van het eiland man | IM
territory | wat is de hoofdstad van spitsbergen | SJ

# Old names.
old-name | wat was de hoofdstad van {} | perzië=IR; siam=TH; ceylon=LK
old-name | hoe heette de hoofdstad van {} toen | rhodesië=ZW; dahomey=BJ; zaïre=CD
old-name | wat is de hoofdstad van het vroegere {} | opper-volta=BF; abessinië=ET; birma=MM
old-name | de hoofdstad van {} weet je die | nyasaland=MW; bechuanaland=BW; basoetoland=LS
old-name | wat is de hoofdstad van {} nu | brits-honduras=BZ; goudkust=GH; kampuchea=KH

# Official names.
official-name | wat is de hoofdstad van de {} | bondsrepubliek duitsland=DE; franse republiek=FR; russische federatie=RU
official-name | wat is de hoofdstad van het {} | koninkrijk der nederlanden=NL; koninkrijk belgië=BE; koninkrijk spanje=ES
official-name | hoofdstad van de {} | volksrepubliek china=CN; islamitische republiek iran=IR; verenigde staten van amerika=US
official-name | wat is volgens jou de hoofdstad van de {} | democratische volksrepubliek korea=KP; republiek korea=KR; helleense republiek=GR
official-name | welke is de hoofdstad van het {} | verenigd koninkrijk van groot-brittannië en noord-ierland=GB; koninkrijk marokko=MA; koninkrijk saoedi-arabië=SA
official-name | zeg me de hoofdstad van de {} | federatieve republiek brazilië=BR; verenigde mexicaanse staten=MX; republiek polen=PL
official-name | hoe heet de hoofdstad van de {} | zwitserse bondsstaat=CH; arabische republiek egypte=EG; federale staten van micronesia=FM
official-name | de hoofdstad van de {} alsjeblieft | republiek ierland=IE; portugese republiek=PT; tsjechische republiek=CZ
official-name | wat is de hoofdstad van het koninkrijk noorwegen | NO
official-name | wat is de hoofdstad van de republiek turkije | TR
official-name | wat is de hoofdstad van de democratische republiek oost-timor | TL

# Everyday names.
everyday-name | wat is de hoofdstad van {} nou | holland=NL; engeland=GB-ENG; amerika=US
everyday-name | hoofdstad van {} even | de vs=US; het vk=GB; de emiraten=AE
everyday-name | wat is nou de hoofdstad van {} | groot-brittannië=GB; wit-rusland=BY; swaziland=SZ
everyday-name | wat is de hoofdstad van {} eigenlijk precies | congo-kinshasa=CD; congo-brazzaville=CG; bosnië=BA
everyday-name | wat is de hoofdstad van {} ook alweer | macedonië=MK; kirgizstan=KG; saudi-arabië=SA
everyday-name | weet je de hoofdstad van {} | de vae=AE; de drc=CD; timor-leste=TL
everyday-name | wat is de hoofdstad van {} dan | trinidad=TT; antigua=AG; sint kitts=KN
everyday-name | de hoofdstad van {} eh | brittannië=GB; ivoorkust=CI; zwitserland=CH

# Shared names.
shared-name | en de hoofdstad van {} dan | korea=KP+KR; georgia=GE+US-GA; congo=CD+CG
shared-name | hoe heet de hoofdstad van {} eigenlijk | korea=KP+KR; congo=CD+CG; de maagdeneilanden=VG+VI
shared-name | en wat zijn de hoofdsteden van {} | de twee korea's=KP+KR; beide congo's=CD+CG; de beide korea's=KP+KR
shared-name | welke hoofdstad heeft {} | georgia=GE+US-GA; de maagdeneilanden=VG+VI; congo=CD+CG
shared-name | de hoofdsteden van noord en zuid-korea | KP+KR
shared-name | de hoofdstad van de britse maagdeneilanden | VG
shared-name | wat is de hoofdstad van de amerikaanse maagdeneilanden | VI
shared-name | wat is de hoofdstad van de amerikaanse staat georgia | US-GA
shared-name | wat is de hoofdstad van het land georgië | GE
shared-name | de hoofdstad van de democratische republiek congo | CD
shared-name | wat is de hoofdstad van de republiek congo | CG

# Self-corrections.
self-correction | eh wat is de hoofdstad van {} | slowakije nee slovenië=SI; niger o nee nigeria=NG; iran sorry irak=IQ
self-correction | zeg me de hoofdstad van {} | guinee nee guinee-bissau=GW; dominica ik bedoel de dominicaanse republiek=DO; soedan of nou ja zuid-soedan=SS
self-correction | wat is de hoofdstad van eh {} | oostenrijk eh nee australië=AU; zweden nee zwitserland=CH; letland ik bedoel litouwen=LT
self-correction | geef de hoofdstad van {} | gambia wacht zambia=ZM; mali nee malawi=MW; oman nee jemen=YE
self-correction | weet jij de hoofdstad van {} | colombia nee wacht costa rica=CR; paraguay sorry uruguay=UY; honduras ik bedoel guatemala=GT
self-correction | hoofdstad van {} | ijsland nee ierland=IE; noorwegen eh denemarken=DK; estland nee letland=LV
self-correction | wat is de hoofdstad van canada nee van mexico bedoel ik | MX
self-correction | wat is de hoofdstad van japan of nee zeg maar van china | CN
self-correction | de hoofdstad van armenië nee georgië het land | GE
self-correction | wat is de hoofdstad van nieuw-zeeland ah nee australië | AU
self-correction | hoofdstad van libië nee libanon | LB

# Yes-no checks.
yes-no-check | is {} de hoofdstad van australië | sydney=AU; canberra=AU; melbourne=AU
yes-no-check | klopt het dat {} de hoofdstad van turkije is | istanbul=TR; ankara=TR; izmir=TR
yes-no-check | is lagos nog steeds de hoofdstad van {} | nigeria=NG
yes-no-check | is almaty de hoofdstad van {} | kazachstan=KZ
yes-no-check | is rangoon de hoofdstad van {} | myanmar=MM
yes-no-check | klopt abidjan als hoofdstad van {} | ivoorkust=CI
yes-no-check | is {} de hoofdstad van canada | toronto=CA; montreal=CA; ottawa=CA
yes-no-check | is rio de janeiro de hoofdstad van brazilië | BR
yes-no-check | is dar es salaam de hoofdstad van tanzania | TZ
yes-no-check | is karachi nou de hoofdstad van pakistan | PK
yes-no-check | is zürich de hoofdstad van zwitserland of niet | CH
yes-no-check | het is toch new york de hoofdstad van amerika | US
yes-no-check | is casablanca de hoofdstad van marokko | MA
yes-no-check | ligt de regering van nederland in amsterdam | NL
yes-no-check | is auckland de hoofdstad van nieuw-zeeland | NZ
yes-no-check | klopt het dat bern de hoofdstad van zwitserland is | CH
yes-no-check | is ho chi minhstad de hoofdstad van vietnam | VN
yes-no-check | mijn zoon zegt dat sucre de hoofdstad van bolivia is klopt dat | BO
yes-no-check | is kiev de hoofdstad van oekraïne | UA
yes-no-check | klopt het dat jeruzalem de hoofdstad van israël is | IL

# Reverse questions.
reverse-question | {} is de hoofdstad van welk land | ouagadougou=CITY:Ouagadougou; bisjkek=CITY:Bisjkek; asmara=CITY:Asmara
reverse-question | waarvan is {} de hoofdstad | victoria=CITY:Victoria; kingston=CITY:Kingston; la paz=CITY:La Paz
reverse-question | van welk land is {} de hoofdstad | reykjavik=CITY:Reykjavik; valletta=CITY:Valletta; nicosia=CITY:Nicosia
reverse-question | welk land hoort bij de hoofdstad {} | windhoek=CITY:Windhoek; lusaka=CITY:Lusaka; harare=CITY:Harare
reverse-question | {} is de hoofdstad van wat | tbilisi=CITY:Tbilisi; jerevan=CITY:Jerevan; bakoe=CITY:Bakoe
reverse-question | in welk land ligt de hoofdstad {} | ulaanbaatar=CITY:Ulaanbaatar; thimphu=CITY:Thimphu; vientiane=CITY:Vientiane
reverse-question | van welk land is {} de hoofdstad eigenlijk | canberra=CITY:Canberra; wellington=CITY:Wellington; ottawa=CITY:Ottawa
reverse-question | welke hoofdstad is {} van welk land | paramaribo=CITY:Paramaribo; georgetown=CITY:Georgetown; caracas=CITY:Caracas
reverse-question | waar is {} de hoofdstad van | boekarest=CITY:Boekarest; belgrado=CITY:Belgrado; boedapest=CITY:Boedapest
reverse-question | {} is hoofdstad van welk land ook alweer | nairobi=CITY:Nairobi; kigali=CITY:Kigali; kampala=CITY:Kampala
reverse-question | welk land heeft als hoofdstad {} | doesjanbe=CITY:Doesjanbe; tasjkent=CITY:Tasjkent; asjchabad=CITY:Asjchabad
reverse-question | de hoofdstad {} hoort bij welk land | nuuk=CITY:Nuuk; tórshavn=CITY:Tórshavn; mariehamn=CITY:Mariehamn

# Launch.
launch | open hoofdsteden van de wereld | LAUNCH
launch | start hoofdsteden van de wereld | LAUNCH
launch | alexa start hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden van de wereld alsjeblieft | LAUNCH
launch | start hoofdsteden van de wereld even | LAUNCH
launch | eh open hoofdsteden van de wereld | LAUNCH
launch | speel hoofdsteden van de wereld | LAUNCH
launch | ik wil hoofdsteden van de wereld spelen | LAUNCH
launch | hoofdsteden van de wereld openen | LAUNCH
launch | zet hoofdsteden van de wereld aan | LAUNCH
launch | alexa hoofdsteden van de wereld starten | LAUNCH
launch | mag ik hoofdsteden van de wereld | LAUNCH
launch | begin met hoofdsteden van de wereld | LAUNCH
launch | open de hoofdsteden van de wereld | LAUNCH
launch | start de skill hoofdsteden van de wereld | LAUNCH
launch | open hoofdsteden van de wereld voor de kinderen | LAUNCH
launch | hoofd steden van de wereld openen | LAUNCH
launch | alexa laat hoofdsteden van de wereld maar beginnen | LAUNCH

# Help.
help | help | HELP
help | hulp | HELP
help | help mij eens | HELP
help | hoe werkt dit | HELP
help | hoe werkt dit eigenlijk | HELP
help | wat kan ik hier vragen | HELP
help | wat moet ik zeggen | HELP
help | wat kun jij allemaal | HELP
help | ik snap er niks van help | HELP
help | geef eens een voorbeeld | HELP
help | hoe moet ik dit doen | HELP
help | welke vragen kan ik stellen | HELP
help | ik weet niet wat ik moet vragen | HELP
help | leg eens uit hoe dit werkt | HELP
help | wat kan ik allemaal vragen over hoofdsteden | HELP
help | help ik kom er niet uit | HELP
help | uitleg graag | HELP
help | hoe gebruik ik dit | HELP
help | wat zijn de mogelijkheden | HELP
help | ik heb hulp nodig | HELP
help | wat moet ik nou doen | HELP
help | hoe stel ik een vraag | HELP

# Stop.
stop | stop | STOP
stop | stoppen | STOP
stop | stop maar | STOP
stop | hou op | STOP
stop | hou maar op | STOP
stop | ik wil stoppen | STOP
stop | stop ermee | STOP
stop | genoeg zo stop | STOP
stop | klaar stop | STOP
stop | uit | STOP
stop | alexa stop | STOP
stop | stop nu | STOP
stop | we stoppen ermee | STOP
stop | afsluiten | STOP
stop | sluit af | STOP
stop | hou er maar mee op | STOP
stop | stop het spel | STOP
stop | ik ben klaar stop maar | STOP
stop | doei stop | STOP
stop | stoppen alsjeblieft | STOP
stop | zo het is genoeg stop | STOP
stop | stop de skill | STOP

# Cancel.
cancel | annuleren | CANCEL
cancel | annuleer | CANCEL
cancel | annuleer dat | CANCEL
cancel | laat maar | CANCEL
cancel | laat maar zitten | CANCEL
cancel | laat ook maar | CANCEL
cancel | nee laat maar | CANCEL
cancel | vergeet het maar | CANCEL
cancel | laat maar ik weet het al | CANCEL
cancel | annuleer de vraag | CANCEL
cancel | nee nee laat maar | CANCEL
cancel | laat maar annuleren | CANCEL
cancel | annuleren graag | CANCEL
cancel | ach laat maar | CANCEL
cancel | laat maar hoor | CANCEL
cancel | vergeet die vraag | CANCEL
cancel | dat annuleren | CANCEL
cancel | ik bedenk me laat maar | CANCEL
cancel | laat maar zitten hoor | CANCEL
cancel | annuleer maar | CANCEL
cancel | oh laat maar ik zoek het zelf op | CANCEL
cancel | nee toch niet annuleer | CANCEL

# Out of domain: other facts about a named country.
out-of-domain | hoeveel inwoners heeft {} | canada=FB; nigeria=FB; mongolië=FB
out-of-domain | welke taal spreken ze in {} | brazilië=FB; belgië=FB; zwitserland=FB
out-of-domain | met welk geld betaal je in {} | hongarije=FB; polen=FB; japan=FB
out-of-domain | wie is de president van {} | frankrijk=FB; argentinië=FB; zuid-afrika=FB
out-of-domain | hoe ziet de vlag van {} eruit | nepal=FB; kenia=FB; bhutan=FB
out-of-domain | wat is de grootste stad van {} | australië=FB; turkije=FB; brazilie=FB
out-of-domain | hoe laat is het nu in {} | tokio=FB; sydney=FB; new york=FB
out-of-domain | hoe ver is het naar {} | wenen=FB; praag=FB; parijs=FB
out-of-domain | wat voor weer wordt het morgen in {} | madrid=FB; lissabon=FB; oslo=FB
out-of-domain | wat is de hoogste berg van {} | nepal=FB; chili=FB; oostenrijk=FB
out-of-domain | welke rivier stroomt door {} | boedapest=FB; caïro=FB; bagdad=FB
out-of-domain | hoe groot is {} in vierkante kilometer | rusland=FB; canada=FB; de vaticaanstad=FB
out-of-domain | wat is het volkslied van {} | italië=FB; duitsland=FB; schotland=FB
out-of-domain | wie is de koning van {} | spanje=FB; marokko=FB; thailand=FB
out-of-domain | wat eten ze in {} | peru=FB; ethiopië=FB; georgië=FB
out-of-domain | heb ik een visum nodig voor {} | india=FB; vietnam=FB; rusland=FB
out-of-domain | wat is het landnummer van {} | belgië=FB; marokko=FB; suriname=FB
out-of-domain | hoe lang vliegen we naar {} | curaçao=FB; bali=FB; kaapstad=FB
out-of-domain | hoeveel provincies heeft nederland | FB
out-of-domain | hoeveel staten heeft amerika | FB
out-of-domain | wat is de oudste stad van nederland | FB

# Out of domain: capital in other senses.
out-of-domain | wat betekent het woord kapitaal | FB
out-of-domain | hoe schrijf je hoofdstad met een hoofdletter | FB
out-of-domain | moet een landnaam met een hoofdletter | FB
out-of-domain | welke stad noemen ze de modehoofdstad van de wereld | FB
out-of-domain | hoeveel startkapitaal heb ik nodig voor een bv | FB
out-of-domain | wie schreef das kapital | FB
out-of-domain | wat is de hoofdstad van de liefde volgens de reclame | FB
out-of-domain | wat is een hoofdletter | FB
out-of-domain | hoeveel kapitaal heeft de bank | FB
out-of-domain | wat is de culturele hoofdstad van europa dit jaar | FB
out-of-domain | welke stad is de fietshoofdstad van nederland | FB
out-of-domain | wat is een hoofdstuk | FB

# Out of domain: other requests at home.
out-of-domain | speel iets van bløf | FB
out-of-domain | zet een timer op tien minuten | FB
out-of-domain | zet melk op het boodschappenlijstje | FB
out-of-domain | doe het licht in de woonkamer aan | FB
out-of-domain | hoe oud is de aarde | FB
out-of-domain | vertel een mop | FB
out-of-domain | wat is het weer vandaag | FB
out-of-domain | hoe laat is het | FB
out-of-domain | zet radio twee aan | FB
out-of-domain | wanneer rijdt de volgende trein naar utrecht | FB
out-of-domain | hoeveel gram is een kopje bloem | FB
out-of-domain | hoe lang moet een ei koken | FB
out-of-domain | wat is de uitslag van ajax | FB
out-of-domain | wie won de elfstedentocht in zevenennegentig | FB
out-of-domain | hoe laat begint het journaal | FB
out-of-domain | zet de verwarming op twintig graden | FB
out-of-domain | bel oma | FB
out-of-domain | wat staat er vandaag in mijn agenda | FB
out-of-domain | hoe spel je ouagadougou | FB
out-of-domain | vertaal huis naar het engels | FB
out-of-domain | hoeveel is zeven keer acht | FB
out-of-domain | wanneer is het koningsdag | FB
out-of-domain | wat is de snelste route naar nijmegen | FB
out-of-domain | lees een verhaaltje voor | FB
out-of-domain | wat is de hoofdprijs van de staatsloterij | FB
out-of-domain | hoe laat gaat de bakker open | FB
out-of-domain | welke hockeyclub staat bovenaan | FB
out-of-domain | wat is een goed recept voor nasi | FB
out-of-domain | wanneer is het eb in yerseke | FB
out-of-domain | hoeveel liter melk geeft een koe per dag | FB
out-of-domain | zet een wekker om vier uur | FB
out-of-domain | speel het wilhelmus | FB
out-of-domain | wat is de pincode van de bibliotheek | FB
out-of-domain | wie heeft de vierdaagse bedacht | FB
out-of-domain | welke tomaten groeien het best in een kas | FB
# Second batch: help, stop, cancel and launch in the speakers' own words.
help | zeg is hoe werkt dit ding nou | HELP
help | ik snap het nie wat moet ik zeggen | HELP
help | adoeh hoe moet dat nou met die hoofdsteden | HELP
help | sorry ik leer nederlands hoe werkt dit | HELP
help | amice leg eens uit wat jij kunt | HELP
help | mevrouw alexa ik weet niet hoe dit gaat help | HELP
help | wat kan ik jou vragen over landen | HELP
help | hoe vraag ik naar een hoofdstad | HELP
help | papa vraagt hoe dit werkt | HELP
help | help eh wat moet ik nou zeggen | HELP
help | help me even op weg | HELP
help | geef me wat tips hoe dit werkt | HELP
help | zeg es wat kan ik allemaal vragen | HELP
help | hoe werkt dat spelletje met de hoofdsteden | HELP
help | ik ben zes hoe moet het | HELP
help | help alsjeblieft ik snap het niet | HELP
stop | zeg is stop nou maar | STOP
stop | ik heb genoeg gehad stop maar | STOP
stop | adoeh stop maar sajang | STOP
stop | we gaan eten stop nu | STOP
stop | stop ermee de trein rijdt weer | STOP
stop | stoppen we zijn er | STOP
stop | alexa hou op met hoofdsteden | STOP
stop | stop hoofdsteden van de wereld | STOP
stop | sluit hoofdsteden van de wereld af | STOP
stop | afsluiten de patiënt wordt wakker | STOP
stop | stop amice het is mooi geweest | STOP
stop | mama zegt stop | STOP
stop | ik wil niet meer spelen stop | STOP
stop | stop maar het is bedtijd | STOP
stop | hou nou op | STOP
stop | stop het maar alexa | STOP
cancel | laat maar ik vraag het de juf wel | CANCEL
cancel | ik weet het al laat maar | CANCEL
cancel | adoeh laat maar zitten | CANCEL
cancel | laat maar papa weet het al | CANCEL
cancel | annuleer die vraag maar | CANCEL
cancel | laat maar het deeg moet eruit | CANCEL
cancel | nee wacht annuleren | CANCEL
cancel | laat maar de klant is al uitgestapt | CANCEL
cancel | annuleren ik zag het al op mijn telefoon | CANCEL
cancel | laat maar we zijn al over de grens | CANCEL
cancel | laat maar zitten amice | CANCEL
cancel | ach vergeet het maar | CANCEL
cancel | zeg es laat maar | CANCEL
cancel | annuleer dat maar | CANCEL
cancel | nee laat ook maar zitten | CANCEL
cancel | oeps laat maar | CANCEL
launch | zeg is open hoofdsteden van de wereld | LAUNCH
launch | adoeh start hoofdsteden van de wereld | LAUNCH
launch | alexa open hoofdsteden van de wereld voor mijn vader | LAUNCH
launch | amice start hoofdsteden van de wereld | LAUNCH
launch | open hoofdsteden van de wereld we gaan oefenen voor de toets | LAUNCH
launch | hoofdsteden van de wereld starten graag | LAUNCH
launch | alexa open eens hoofdsteden van de wereld | LAUNCH
launch | kun je hoofdsteden van de wereld openen | LAUNCH

# Second batch: plural questions in the speakers' own words.
plural-capitals | zeg is wa zijn de hoofdsteden van {} | nederland=NL; bolivia=BO; zuid-afrika=ZA
plural-capitals | adoeh welke hoofdsteden heeft {} allemaal | maleisië=MY; sri lanka=LK; benin=BJ
plural-capitals | amice noem de hoofdsteden van {} | eswatini=SZ; ivoorkust=CI; palestina=PS
plural-capitals | hoe zit dat met de hoofdsteden van {} zijn het er twee | nederland=NL; bolivia=BO; palestina=PS

# Second batch: yes-no checks in the speakers' own words.
yes-no-check | zeg is klopt het dat bern de hoofdstad van zwitserland is of nie | CH
yes-no-check | adoeh is jakarta nog steeds de hoofdstad van indonesië | ID
yes-no-check | amice is sydney de hoofdstad van australië ja of nee | AU
yes-no-check | mijn vader zegt shanghai is de hoofdstad van china klopt dat | CN
yes-no-check | is den haag de hoofdstad van nederland of amsterdam | NL
yes-no-check | is brussel ook de hoofdstad van belgie | BE
yes-no-check | klopt het dat astana de hoofdstad van kazachstan is | KZ
yes-no-check | is genève de hoofdstad van zwitserland | CH

# Second batch: out of domain near the skill.
out-of-domain | zeg is hoeveel mensen wonen er in {} | zeeland=FB; vietnam=FB; de filipijnen=FB
out-of-domain | adoeh hoe warm is het nu in {} | jakarta=FB; ambon=FB; bali=FB
out-of-domain | welke munt gebruiken ze in {} | marokko=FB; zwitserland=FB; curaçao=FB
out-of-domain | wat is de grootste haven van {} | nederland=FB; belgië=FB; duitsland=FB
out-of-domain | wie is de premier van {} | belgie=FB; canada=FB; india=FB
out-of-domain | waar ligt {} op de kaart | eritrea=FB; bhutan=FB; tuvalu=FB
out-of-domain | wat is de tijd in {} | dubai=FB; bangkok=FB; los angeles=FB
out-of-domain | welke sport is populair in {} | nieuw-zeeland=FB; india=FB; canada=FB
out-of-domain | hoeveel landen liggen er in afrika | FB
out-of-domain | wat is het grootste land van de wereld | FB
out-of-domain | welk land heeft de meeste inwoners | FB
out-of-domain | hoe heet de burgemeester van amsterdam | FB
out-of-domain | welke stad heeft de meeste inwoners van nederland | FB
out-of-domain | hoe schrijf je hoofdsteden | FB
out-of-domain | wat rijmt er op hoofdstad | FB
out-of-domain | hoeveel letters heeft hoofdstad | FB
out-of-domain | hoe zeg je hoofdstad in het spaans | FB
out-of-domain | bestel nieuwe nagellak | FB
out-of-domain | hoeveel kilometer is de vierdaagse | FB
out-of-domain | speel de top veertig | FB
out-of-domain | wie is de trainer van oranje | FB
out-of-domain | wanneer begint de zwarte cross | FB
out-of-domain | zet een herinnering voor de tandarts | FB
out-of-domain | hoe maak je sambal | FB
out-of-domain | wat is de waterstand in vlissingen | FB
out-of-domain | hoe laat vertrekt de boot naar texel | FB
out-of-domain | wat kost een kilo mosselen | FB
"""

if __name__ == "__main__":
    build_round(22, "nl", LINES, sys.argv, "tests/Eval/nl/round22/source/build_corpus.py")
