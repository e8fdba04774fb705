"""Round 51, German (de-DE): a new author's own mix, written blind at the start of the fifty-sixth session (brief
WRITER62.md). Speakers and situations chosen apart from round 50 (Aachen, the Münsterland, Düsseldorf, Oldenburg and the
Ammerland, North Frisia and Sylt, Magdeburg and the Börde, the Uckermark and the Prignitz, the Rhön and Fulda, the
Odenwald, the West Palatinate, Hohenlohe, Vorarlberg, Burgenland, the Waldviertel, Graubünden and the Valais; Bulgarian,
Finnish, Mongolian, Nepali, Ethiopian, Peruvian and Kazakh speakers; Abitur revision, a volunteer fire brigade, an
allotment garden, a hairdresser's, a car workshop, TV quiz shows, Stadt Land Fluss, bedtime, a hotel reception) and from
the groups it says round 49 and rounds 46 to 48 used.
Regions: Lower Bavaria (Passau, Landshut, Dingolfing: "sog amoi", "wos is de hauptstod vo", "i woass ned"), the Lower
Rhine (Kleve, Wesel, Emmerich: "sach ma", "wat is dat denn fürne", "ja nee is klar"), the Westerwald (Montabaur,
Hachenburg: "gell", "wie hääßt", "vun", "gefroot"), Carinthia (Wörthersee, Villach, Klagenfurt: "hauptstodt", "jo eh",
"heast", "frogt"), Central Switzerland (Lucerne, the Vierwaldstättersee: "was isch d hauptstadt vo", "chasch mer säge",
"ufzgi"), Lübeck and Travemünde ("moin", Holstentor, Niederegger, a Baltic ferry), Luxembourgers speaking German and
Luxembourgish ("moien", "wat ass d'haaptstad vun", "lëtzebuerg", "meng bomi"), the Siegerland ("wie heißt'n", "unn",
the Hauberg), the Emsland (Meppen, Papenburg, Lingen, the moor).
Migrants and learners: Ukrainians ("pryvit", "dyakuyu", a carer, a mother from Kharkiv), Greeks ("ela", "yia sou",
"efcharisto", "po po po", a taverna, a pappous), Italians ("allora", "mamma mia", "ma dai", "ecco", an ice-cream parlour,
a nonno), Portuguese ("olá", "pois pois", "obrigado", "olha", an avó from Braga), Vietnamese in Berlin ("xin chao",
"cam on", "em", "chi", a nail studio), Croatians ("ajme", "hvala", "bog", "ajde bre", a tata from Split), Dutch neighbours
("hoi", "dank je", "gezellig", Dutch country names), Russian Germans ("nu davai", "spasibo", "nu ladno", a babushka from
Omsk), and startup English ("quick question", "asap", "onboarding deck", "reality check").
Jobs and situations: a bakery early shift, a pub quiz, Rhine and Danube barge crews, geocaching, a choir, a model railway
club, a chess club, the board game Risiko, grandparents on a video call with grandchildren, a travel agency, university
geography exams, a ski holiday, a public library.
Built by round12_hinl_corpus.py (build_round with round 51's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
niederbayern | alexa sog amoi wos is de hauptstod vo {} | andorra=AD; afghanistan=AF; albanien=AL
niederbayern | alexa mia san in passau und i woass ned wos de hauptstod vo {} is | österreich=AT; tschechien=CZ; ungarn=HU
niederbayern | alexa wia hoaßt na de hauptstod vo {} | armenien=AM; angola=AO; argentinien=AR
niederbayern | alexa in landshut beim stammtisch hod oana gfragt wos de hauptstod vo {} is | australien=AU; aserbaidschan=AZ; bosnien und herzegowina=BA
niederbayern | alexa wos is eigentlich de hauptstod vo bayern | DE-BY
niederbayern | alexa mei bua mog wissn wos de hauptstod vom freistaat is | DE-BY
niederbayern | alexa jetz sog hoid wos is de hauptstod vo barbados | BB
niederrhein | alexa sach ma wat is die hauptstadt von {} | bangladesch=BD; belgien=BE; burkina faso=BF
niederrhein | alexa wir sind hier in kleve anne grenze wat is nomma die hauptstadt von holland | NL
niederrhein | alexa bei uns in wesel wollt einer wissen wat die hauptstadt von {} is | bulgarien=BG; bahrain=BH; burundi=BI
niederrhein | alexa wat is dat denn fürne hauptstadt von {} | brunei=BN; brasilien=BR; die bahamas=BS
niederrhein | alexa ich krich dat nich zusammen wat is die hauptstadt von nordrhein-westfalen | DE-NW
niederrhein | alexa sach ma schnell die hauptstadt von bhutan | BT
westerwald | alexa gell wie hääßt die hauptstadt vun {} | botsuana=BW; belarus=BY; belize=BZ
westerwald | alexa mir sinn im westerwald do pfeift de wind wie hääßt die hauptstadt vun {} | kanada=CA; chile=CL; kamerun=CM
westerwald | alexa wat is die hauptstadt vun rheinland-pfalz gell | DE-RP
westerwald | alexa im montabaurer rathaus hann se gefroot wat die hauptstadt vun {} is | china=CN; kolumbien=CO; costa rica=CR
westerwald | alexa die hauptstadt vun kuba wie hääßt die nommol | CU
kaernten | alexa wos is denn die hauptstodt von {} | kap verde=CV; zypern=CY; dänemark=DK
kaernten | alexa jo eh aber wos is jetz die hauptstodt von {} | dschibuti=DJ; dominica=DM; die dominikanische republik=DO
kaernten | alexa mir san am wörthersee und mei frau frogt nach der hauptstodt von {} | slowenien=SI; italien=IT; kroatien=HR
kaernten | alexa wos is die hauptstodt vo kärnten eigentlich | FB
kaernten | alexa geh sog ma die hauptstodt von algerien | DZ
kaernten | alexa in villach hot mi ana gfrogt wos die hauptstodt von ecuador is | EC
zentralschweiz | alexa was isch d hauptstadt vo {} | estland=EE; ägypte=EG; eritrea=ER
zentralschweiz | alexa mir sind z luzern am see chasch mer säge was d hauptstadt vo {} isch | spanie=ES; äthiopie=ET; finnland=FI
zentralschweiz | alexa gäll was isch d hauptstadt vo de schwiiz | CH
zentralschweiz | alexa weisch du was d hauptstadt vo {} isch | fidschi=FJ; mikronesie=FM; frankriich=FR
zentralschweiz | alexa säg mer bitte d hauptstadt vo gabun | GA
zentralschweiz | alexa was isch d hauptstadt vo liechtestei | LI
luebeck | alexa moin sag mal was is die hauptstadt von {} | grenada=GD; georgien=GE; ghana=GH
luebeck | alexa wir sitzen hier am holstentor was is die hauptstadt von {} | gambia=GM; guinea=GN; äquatorialguinea=GQ
luebeck | alexa sag mal was is die hauptstadt von schleswig-holstein is das nich lübeck | DE-SH
luebeck | alexa in travemünde legt gleich die fähre an was is die hauptstadt von {} | schweden=SE; finnland=FI; lettland=LV
luebeck | alexa bei niederegger fragt mich wer nach der hauptstadt von griechenland | GR
luxemburger | alexa moien wat ass d'haaptstad vun {} | guatemala=GT; guinea-bissau=GW; guyana=GY
luxemburger | alexa ech sinn aus esch wat ass d'haaptstad vun {} | honduras=HN; haiti=HT; indonesien=ID
luxemburger | alexa wat ass d'haaptstad vu lëtzebuerg | LU
luxemburger | alexa wat ass d'haaptstad vun der belsch merci | BE
luxemburger | alexa sot mer wat d'haaptstad vun {} ass | irland=IE; israel=IL; indien=IN
siegerland | alexa wie heißt'n die hauptstadt von {} | irak=IQ; iran=IR; island=IS
siegerland | alexa mir sinn hier im siegerland wo's immer regnet wie heißt die hauptstadt von {} | jamaika=JM; jordanien=JO; japan=JP
siegerland | alexa unn wie heißt die hauptstadt von kenia | KE
siegerland | alexa in siegen auf der uni hat einer nach der hauptstadt von {} gefragt | kirgisistan=KG; kambodscha=KH; kiribati=KI
siegerland | alexa wie heißt'n die hauptstadt von hessen mir sinn ja gleich an der grenze | DE-HE
emsland | alexa was is denn die hauptstadt von {} | den komoren=KM; st kitts und nevis=KN; nordkorea=KP
emsland | alexa wir sind in meppen beim schützenfest was is die hauptstadt von {} | südkorea=KR; kuwait=KW; kasachstan=KZ
emsland | alexa in papenburg auf der werft ham die jungs gefragt was die hauptstadt von {} is | laos=LA; libanon=LB; st lucia=LC
emsland | alexa was is die hauptstadt von niedersachsen nu sach schon | DE-NI
ukrainian | alexa pryvit was ist die hauptstadt von {} | liechtenstein=LI; sri lanka=LK; liberia=LR
ukrainian | alexa dyakuyu und was ist hauptstadt von {} | lesotho=LS; litauen=LT; luxemburg=LU
ukrainian | alexa ich bin aus charkiw und ich lerne deutsch was ist die hauptstadt von {} | ukraine=UA; moldau=MD; polen=PL
ukrainian | alexa bitte sag mir hauptstadt von lettland | LV
ukrainian | alexa moja donka fragt welche hauptstadt hat libyen | LY
ukrainian | alexa was ist die hauptstadt von die krim | FB
greek | alexa ela was ist die hauptstadt von {} | marokko=MA; monaco=MC; montenegro=ME
greek | alexa yia sou sag mir die hauptstadt von {} | madagaskar=MG; den marshallinseln=MH; nordmazedonien=MK
greek | alexa in unserer taverne fragt ein gast nach der hauptstadt von {} | mali=ML; myanmar=MM; der mongolei=MN
greek | alexa efcharisto und jetzt die hauptstadt von zypern | CY
greek | alexa po po po was war noch die hauptstadt von mazedonien | MK
italian | alexa allora was ist die hauptstadt von {} | mauretanien=MR; malta=MT; mauritius=MU
italian | alexa mamma mia ich habe vergessen die hauptstadt von {} | den malediven=MV; malawi=MW; mexiko=MX
italian | alexa in der eisdiele fragt mein nonno nach der hauptstadt von {} | mosambik=MZ; namibia=NA; niger=NE
italian | alexa ma dai sag mir die hauptstadt von san marino | SM
italian | alexa senti was ist die hauptstadt von vatikan | VA
portuguese | alexa olá was ist die hauptstadt von {} | nigeria=NG; nicaragua=NI; norwegen=NO
portuguese | alexa pois pois und die hauptstadt von {} | nepal=NP; nauru=NR; neuseeland=NZ
portuguese | alexa obrigado und was ist die hauptstadt von portugal | PT
portuguese | alexa meine avó aus braga fragt nach der hauptstadt von {} | angola=AO; mosambik=MZ; são tomé und príncipe=ST
portuguese | alexa die hauptstadt von kap verde bitte obrigada | CV
vietnamese | alexa xin chao was ist die hauptstadt von {} | vietnam=VN; oman=OM; panama=PA
vietnamese | alexa em fragt was ist hauptstadt von {} | peru=PE; papua-neuguinea=PG; den philippinen=PH
vietnamese | alexa ich habe nagelstudio in lichtenberg und kunde fragt hauptstadt von {} | pakistan=PK; palau=PW; paraguay=PY
vietnamese | alexa cam on und die hauptstadt von laos | LA
vietnamese | alexa hauptstadt von kambodscha ist was | KH
croatian | alexa ajme was ist die hauptstadt von {} | katar=QA; rumänien=RO; serbien=RS
croatian | alexa hvala und jetzt die hauptstadt von {} | russland=RU; ruanda=RW; saudi-arabien=SA
croatian | alexa mein tata aus split will wissen was die hauptstadt von {} ist | den salomonen=SB; den seychellen=SC; sudan=SD
croatian | alexa was ist die hauptstadt von kroatien bre | HR
croatian | alexa ajde sag mir die hauptstadt von bosnien | BA
dutch-neighbour | alexa hoi wat is de hauptstadt von {} | singapur=SG; slowakei=SK; sierra leone=SL
dutch-neighbour | alexa dank je und die hauptstadt von {} | senegal=SN; somalia=SO; suriname=SR
dutch-neighbour | alexa wir kommen aus enschede was ist die hauptstadt von {} | südsudan=SS; el salvador=SV; syrien=SY
dutch-neighbour | alexa is de hauptstadt von nederland amsterdam of den haag | NL
dutch-neighbour | alexa wat is de hoofdstad von aruba | AW
russlanddeutsche | alexa nu davai was ist die hauptstadt von {} | tschad=TD; togo=TG; thailand=TH
russlanddeutsche | alexa meine oma aus omsk fragt was ist hauptstadt von {} | tadschikistan=TJ; osttimor=TL; turkmenistan=TM
russlanddeutsche | alexa spasibo und sag mir bitte hauptstadt von {} | tunesien=TN; tonga=TO; türkei=TR
russlanddeutsche | alexa nu was ist die hauptstadt von russland moskau oder | RU
russlanddeutsche | alexa ich will wissen hauptstadt von usbekistan wir haben dort gewohnt | UZ
startup-denglisch | alexa quick question was ist die hauptstadt von {} | trinidad und tobago=TT; tuvalu=TV; tansania=TZ
startup-denglisch | alexa wir haben gleich einen call mit dem client in {} was ist da die hauptstadt | uganda=UG; uruguay=UY; vanuatu=VU
startup-denglisch | alexa for the record was ist die capital von {} | venezuela=VE; samoa=WS; jemen=YE
startup-denglisch | alexa kannst du mal checken was die hauptstadt von {} ist asap | sambia=ZM; simbabwe=ZW; den vereinigten staaten=US
startup-denglisch | alexa unser neues office soll in die hauptstadt von estland wie heißt die nochmal | EE
startup-denglisch | alexa fürs onboarding deck brauch ich die hauptstadt von {} | den vereinigten arabischen emiraten=AE; irland=IE; singapur=SG
baeckerei-fruehschicht | alexa guten morgen während die brötchen backen was ist die hauptstadt von {} | st vincent und die grenadinen=VC; antigua und barbuda=AG; der zentralafrikanischen republik=CF
baeckerei-fruehschicht | alexa es ist vier uhr früh und ich will wissen was die hauptstadt von {} ist | großbritannien=GB; dem vereinigten königreich=GB; deutschland=DE
baeckerei-fruehschicht | alexa die chefin fragt beim teigkneten nach der hauptstadt von {} | frankreich=FR; österreich=AT; dänemark=DK
baeckerei-fruehschicht | alexa das croissant kommt ja aus frankreich aber was ist die hauptstadt von {} | belgien=BE; luxemburg=LU; der schweiz=CH
kneipenquiz | alexa runde drei beim kneipenquiz was ist die hauptstadt von {} | kosovo=XK; taiwan=TW; palästina=PS
kneipenquiz | alexa schnell bevor der quizmaster guckt die hauptstadt von {} | der elfenbeinküste=CI; côte d'ivoire=CI; eswatini=SZ
kneipenquiz | alexa joker frage welche stadt ist die hauptstadt von {} | swasiland=SZ; burma=MM; ceylon=LK
kneipenquiz | alexa wir haben am tisch gewettet ist die hauptstadt von {} | australien sydney=AU; kanada toronto=CA; der türkei istanbul=TR
kneipenquiz | alexa letzte frage des abends die hauptstadt von bolivien | BO
kneipenquiz | alexa das team nebenan sagt die hauptstadt von benin ist cotonou stimmt das | BJ
binnenschiffer | alexa wir liegen in duisburg im hafen was ist die hauptstadt von {} | der republik kongo=CG; der demokratischen republik kongo=CD; kongo kinshasa=CD
binnenschiffer | alexa auf dem rhein vor koblenz fragt der matrose nach der hauptstadt von {} | rheinland-pfalz=DE-RP; hessen=DE-HE; baden-württemberg=DE-BW
binnenschiffer | alexa wir fahren die donau runter bis zum schwarzen meer was ist die hauptstadt von {} | rumänien=RO; bulgarien=BG; serbien=RS
binnenschiffer | alexa schleuse ist zu also was ist die hauptstadt von malaysia | MY
geocaching | alexa der nächste cache verlangt die hauptstadt von {} | grönland=GL; island=IS; den färöern=FO
geocaching | alexa für das rätsel brauch ich die hauptstadt von {} | bermuda=BM; gibraltar=GI; den falklandinseln=FK
geocaching | alexa die koordinaten stecken in der hauptstadt von {} wie heißt die | neukaledonien=NC; französisch-polynesien=PF; la réunion=RE
chor | alexa nach der probe fragt der sopran nach der hauptstadt von {} | wales=GB-WLS; schottland=GB-SCT; nordirland=GB-NIR
chor | alexa wir singen nächstes jahr in der hauptstadt von {} wie heißt die | estland=EE; lettland=LV; litauen=LT
chor | alexa der dirigent will wissen was die hauptstadt von england ist | GB-ENG
modelleisenbahn | alexa für meine anlage im keller brauch ich die hauptstadt von {} | thüringen=DE-TH; sachsen-anhalt=DE-ST; brandenburg=DE-BB
modelleisenbahn | alexa im verein bauen wir die strecke nach der hauptstadt von {} nach | sachsen=DE-SN; mecklenburg-vorpommern=DE-MV; dem saarland=DE-SL
modelleisenbahn | alexa der zug auf meiner platte fährt in die hauptstadt von {} wie heißt die | der schweiz=CH; schweden=SE; norwegen=NO
schach | alexa zwischen zwei partien im schachclub was ist die hauptstadt von {} | armenien=AM; georgien=GE; aserbaidschan=AZ
schach | alexa mein gegner denkt ewig nach also was ist die hauptstadt von {} | indien=IN; norwegen=NO; ungarn=HU
risiko-brettspiel | alexa wir spielen risiko und ich greif gleich {} an was ist da die hauptstadt | kamtschatka=FB; ostafrika=FB; jakutien=FB
risiko-brettspiel | alexa beim risiko hab ich gerade {} erobert was ist die hauptstadt | brasilien=BR; argentinien=AR; peru=PE
risiko-brettspiel | alexa mein bruder hat {} besetzt was ist die hauptstadt davon | ägypten=EG; madagaskar=MG; indonesien=ID
enkel-videocall | alexa opa will wissen was die hauptstadt von {} ist der enkel ist da gerade | kanada=CA; neuseeland=NZ; australien=AU
enkel-videocall | alexa meine enkelin macht ein austauschjahr in {} was ist da die hauptstadt | ecuador=EC; costa rica=CR; chile=CL
enkel-videocall | alexa oma hier sag mal die hauptstadt von {} da wohnt mein enkel jetzt | kalifornien=US-CA; texas=US-TX; florida=US-FL
reisebuero | alexa die kundin will nach {} was ist die hauptstadt | mauritius=MU; den seychellen=SC; den malediven=MV
reisebuero | alexa für das angebot brauch ich die hauptstadt von {} | kuba=CU; jamaika=JM; der dominikanischen republik=DO
reisebuero | alexa wir haben eine rundreise durch {} im programm was ist dort die hauptstadt | marokko=MA; tunesien=TN; jordanien=JO
uni-klausur | alexa ich lerne für geografie was ist die hauptstadt von {} | kasachstan=KZ; nigeria=NG; pakistan=PK
uni-klausur | alexa in der klausur kommt bestimmt die hauptstadt von {} dran | tansania=TZ; myanmar=MM; der elfenbeinküste=CI
uni-klausur | alexa für mein referat über afrika brauch ich die hauptstadt von {} | südafrika=ZA; äthiopien=ET; kenia=KE
skiurlaub | alexa wir sind auf der hütte in ischgl was ist die hauptstadt von {} | tirol=FB; vorarlberg=FB; dem bundesland salzburg=FB
skiurlaub | alexa nach dem après ski will ich wissen was die hauptstadt von {} ist | andorra=AD; liechtenstein=LI; slowenien=SI
bibliothek | alexa leise bitte was ist die hauptstadt von {} | island=IS; dschibuti=DJ; eritrea=ER
bibliothek | alexa ich bin in der stadtbücherei und finde den atlas nicht was ist die hauptstadt von {} | gabun=GA; kamerun=CM; tschad=TD
plural-capitals | alexa was sind die hauptstädte von {} | bolivien=BO; benin=BJ; sri lanka=LK
plural-capitals | alexa welche hauptstädte hat {} eigentlich | malaysia=MY; holland=NL; eswatini=SZ
plural-capitals | alexa nenn mir alle hauptstädte von {} | südafrika=ZA; côte d'ivoire=CI; palästina=PS
plural-capitals | alexa sog amoi wos san de hauptstädt vo {} | südafrika=ZA; bolivien=BO; benin=BJ
plural-capitals | alexa wie viele hauptstädte hat {} und wie heißen die | sri lanka=LK; malaysia=MY; holland=NL
plural-capitals | alexa ich hab gehört {} hat zwei hauptstädte welche sind das | swasiland=SZ; die elfenbeinküste=CI; palästina=PS
plural-capitals | alexa quick question welche capitals hat {} | südafrika=ZA; bolivia=BO; malaysia=MY
plural-capitals | alexa ajme welche sind die hauptstädte von {} | benin=BJ; sri lanka=LK; den niederlanden=NL
plural-capitals | alexa was isch d hauptstädt vo {} | eswatini=SZ; elfebeiküschte=CI; palästina=PS
plural-capitals | alexa südafrika hat doch drei hauptstädte zähl die mal auf | ZA
plural-capitals | alexa im kneipenquiz wollen die alle drei hauptstädte von südafrika | ZA
plural-capitals | alexa stimmt es dass bolivien zwei hauptstädte hat la paz und sucre | BO
follow-up | alexa und {} | peru=PE; kolumbien=CO; venezuela=VE
follow-up | alexa unn wat is mit {} | belgien=BE; holland=NL; dänemark=DK
follow-up | alexa und wia schaut's mit {} aus | tschechien=CZ; der slowakei=SK; polen=PL
follow-up | alexa und jetzt {} bitte | ghana=GH; togo=TG; benin=BJ
follow-up | alexa okay und die von {} | mali=ML; niger=NE; burkina faso=BF
follow-up | alexa und dann noch {} | oman=OM; katar=QA; bahrain=BH
follow-up | alexa und was isch mit {} | österreich=AT; liechtestei=LI; italie=IT
follow-up | alexa und wie ist das bei {} | kuwait=KW; dem irak=IQ; dem iran=IR
follow-up | alexa gleiche frage für {} | japan=JP; china=CN; der mongolei=MN
follow-up | alexa und noch eine {} | laos=LA; thailand=TH; vietnam=VN
subdivision | alexa was ist die hauptstadt vom bundesstaat {} | new york=US-NY; nevada=US-NV; oregon=US-OR
subdivision | alexa wir fliegen nach {} was ist dort die hauptstadt | hawaii=US-HI; alaska=US-AK; arizona=US-AZ
subdivision | alexa in welcher stadt sitzt die regierung von {} | illinois=US-IL; pennsylvania=US-PA; michigan=US-MI
subdivision | alexa was ist die hauptstadt von {} in den usa | georgia=US-GA; washington=US-WA; virginia=US-VA
subdivision | alexa die hauptstadt des us bundesstaats {} bitte | massachusetts=US-MA; maryland=US-MD; maine=US-ME
subdivision | alexa welche stadt ist hauptstadt von {} | colorado=US-CO; utah=US-UT; wyoming=US-WY
subdivision | alexa was ist die hauptstadt von {} in amerika | louisiana=US-LA; mississippi=US-MS; alabama=US-AL
subdivision | alexa die landeshauptstadt von {} bitte | ohio=US-OH; indiana=US-IN; iowa=US-IA
subdivision | alexa was ist die hauptstadt von {} drüben in amerika | kansas=US-KS; nebraska=US-NE; oklahoma=US-OK
subdivision | alexa hauptstadt von {} in den staaten | montana=US-MT; idaho=US-ID; minnesota=US-MN
subdivision | alexa wie heißt die hauptstadt von {} usa | north carolina=US-NC; south carolina=US-SC; north dakota=US-ND
subdivision | alexa und was ist die hauptstadt von {} im nordosten der usa | vermont=US-VT; new hampshire=US-NH; connecticut=US-CT
subdivision | alexa was ist die hauptstadt von {} bei new york | new jersey=US-NJ; rhode island=US-RI; delaware=US-DE
subdivision | alexa was ist denn die hauptstadt von {} im süden | arkansas=US-AR; tennessee=US-TN; kentucky=US-KY
subdivision | alexa die hauptstadt von {} im westen der usa | new mexico=US-NM; south dakota=US-SD; west virginia=US-WV
subdivision | alexa welche stadt ist die hauptstadt der kanadischen provinz {} | ontario=CA-ON; québec=CA-QC; alberta=CA-AB
subdivision | alexa was ist die hauptstadt von {} in kanada | british columbia=CA-BC; manitoba=CA-MB; nova scotia=CA-NS
subdivision | alexa die hauptstadt von {} oben in kanada | yukon=CA-YT; nunavut=CA-NU; den nordwest-territorien=CA-NT
subdivision | alexa was ist die hauptstadt von {} kanada | new brunswick=CA-NB; neufundland=CA-NL; prince edward island=CA-PE
subdivision | alexa was ist die hauptstadt vom australischen bundesstaat {} | queensland=AU-QLD; victoria=AU-VIC; new south wales=AU-NSW
subdivision | alexa die hauptstadt von {} in australien | tasmanien=AU-TAS; western australia=AU-WA; south australia=AU-SA
subdivision | alexa was ist die hauptstadt vom {} in australien | northern territory=AU-NT; australian capital territory=AU-ACT; hauptstadtterritorium=AU-ACT
subdivision | alexa welche stadt ist hauptstadt des indischen bundesstaats {} | kerala=IN-KL; goa=IN-GA; rajasthan=IN-RJ
subdivision | alexa was ist die hauptstadt von {} in indien | tamil nadu=IN-TN; karnataka=IN-KA; maharashtra=IN-MH
subdivision | alexa in indien was ist die hauptstadt von {} | westbengalen=IN-WB; bihar=IN-BR; uttar pradesh=IN-UP
subdivision | alexa wie heißt die hauptstadt von {} im norden indiens | punjab=IN-PB; haryana=IN-HR; uttarakhand=IN-UK
subdivision | alexa und die hauptstadt von {} in indien | assam=IN-AS; sikkim=IN-SK; telangana=IN-TS
subdivision | alexa was ist die hauptstadt vom brasilianischen bundesstaat {} | bahia=BR-BA; são paulo=BR-SP; rio de janeiro=BR-RJ
subdivision | alexa die hauptstadt von {} in brasilien | amazonas=BR-AM; pernambuco=BR-PE; paraná=BR-PR
subdivision | alexa welche stadt ist die hauptstadt von {} brasilien | minas gerais=BR-MG; rio grande do sul=BR-RS; santa catarina=BR-SC
subdivision | alexa was ist die hauptstadt vom mexikanischen bundesstaat {} | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | alexa die hauptstadt von {} in mexiko | chiapas=MX-CHP; sonora=MX-SON; nuevo león=MX-NLE
subdivision | alexa wie heißt die hauptstadt von {} in mexiko | quintana roo=MX-ROO; baja california=MX-BCN; chihuahua=MX-CHH
subdivision | alexa was ist die landeshauptstadt von {} | bayern=DE-BY; niedersachsen=DE-NI; sachsen=DE-SN
subdivision | alexa sag mir die landeshauptstadt von {} | schleswig-holstein=DE-SH; hessen=DE-HE; thüringen=DE-TH
subdivision | alexa welche stadt ist landeshauptstadt von {} | nordrhein-westfalen=DE-NW; brandenburg=DE-BB; sachsen-anhalt=DE-ST
subdivision | alexa was ist die hauptstadt von {} auf dem atlantik | den azoren=FB; madeira=FB; den kanaren=FB
subdivision | alexa was ist die hauptstadt der insel {} | guernsey=GG; jersey=JE; der isle of man=IM
subdivision | alexa die hauptstadt von {} in der karibik | puerto rico=PR; curaçao=CW; den kaimaninseln=KY
subdivision | alexa was ist die hauptstadt der französischen insel {} | martinique=MQ; guadeloupe=GP; mayotte=YT
subdivision | alexa was ist die hauptstadt von {} im pazifik | guam=GU; den cookinseln=CK; tokelau=TK
subdivision | alexa was ist die hauptstadt von {} in china | hongkong=HK; macau=MO; tibet=FB
yes-no-check | alexa ist {} | bern die hauptstadt der schweiz=CH; canberra die hauptstadt von australien=AU; ankara die hauptstadt der türkei=TR
yes-no-check | alexa stimmt es dass {} | rio die hauptstadt von brasilien ist=BR; lagos die hauptstadt von nigeria ist=NG; almaty die hauptstadt von kasachstan ist=KZ
yes-no-check | alexa hab ich recht dass {} | bonn mal die hauptstadt von deutschland war=DE; ottawa die hauptstadt von kanada ist=CA; wellington die hauptstadt von neuseeland ist=NZ
yes-no-check | alexa is dat richtig dat {} | düsseldorf die hauptstadt von nrw is=DE-NW; hannover die hauptstadt von niedersachsen is=DE-NI; kiel die hauptstadt von schleswig-holstein is=DE-SH
yes-no-check | alexa gell {} | mainz is die hauptstadt vun rheinland-pfalz=DE-RP; wiesbaden is die hauptstadt vun hesse=DE-HE; saarbrücken is die hauptstadt vum saarland=DE-SL
yes-no-check | alexa isch {} | zürich d hauptstadt vo de schwiiz=CH; vaduz d hauptstadt vo liechtestei=LI; wien d hauptstadt vo öschtriich=AT
yes-no-check | alexa stimmt des dass new york die hauptstadt von amerika is | US
yes-no-check | alexa ist istanbul oder ankara die hauptstadt der türkei | TR
yes-no-check | alexa ist dar es salaam noch die hauptstadt von tansania | TZ
yes-no-check | alexa ist yangon die hauptstadt von myanmar oder nicht mehr | MM
self-correction | alexa was ist noch mal die hauptstadt von {} | österreich nee ich mein die schweiz=CH; schweden äh norwegen=NO; slowakei nein slowenien=SI
self-correction | alexa wie heißt gleich die hauptstadt von {} | island quatsch irland=IE; niger ne nigeria=NG; austria äh australien=AU
self-correction | alexa sag mir die hauptstadt von {} | iran nein irak=IQ; gambia äh sambia=ZM; mali nee malawi=MW
self-correction | alexa was ist die hauptstadt von kolumbien moment ich mein kambodscha | KH
self-correction | alexa wos is de hauptstod vo bayern na ned bayern baden-württemberg moan i | DE-BW
self-correction | alexa die hauptstadt von sachsen äh sachsen-anhalt | DE-ST
self-correction | alexa die hauptstadt von paraguay sorry uruguay | UY
self-correction | alexa was ist die hauptstadt von guinea nein guinea-bissau | GW
self-correction | alexa wat is die hauptstadt von nordkorea nee südkorea mein ich | KR
reverse-question | alexa von welchem land ist {} die hauptstadt | ulan bator=MN; wien=AT; bischkek=KG
reverse-question | alexa {} ist die hauptstadt von welchem land | ouagadougou=BF; tegucigalpa=HN; reykjavík=IS
reverse-question | alexa zu welchem land gehört die hauptstadt {} | vientiane=LA; windhoek=NA; paramaribo=SR
reverse-question | alexa in welchem land liegt die hauptstadt {} | canberra=AU; ottawa=CA; brasília=BR
reverse-question | alexa wos für a land hod {} ois hauptstod | prag=CZ; pressburg=SK; laibach=SI
reverse-question | alexa von welchem bundesland ist {} die hauptstadt | schwerin=DE-MV; potsdam=DE-BB; erfurt=DE-TH
reverse-question | alexa welcher us staat hat {} als hauptstadt | sacramento=US-CA; tallahassee=US-FL; albany=US-NY
reverse-question | alexa {} ist hauptstadt wovon | nuuk=GL; tórshavn=FO; valletta=MT
official-name | alexa was ist die hauptstadt der {} | bundesrepublik deutschland=DE; republik österreich=AT; schweizerischen eidgenossenschaft=CH
official-name | alexa was ist die hauptstadt vom {} | königreich der niederlande=NL; großherzogtum luxemburg=LU; fürstentum liechtenstein=LI
official-name | alexa wie heißt die hauptstadt der {} | volksrepublik china=CN; russischen föderation=RU; vereinigten mexikanischen staaten=MX
official-name | alexa die hauptstadt der {} bitte | arabischen republik ägypten=EG; islamischen republik iran=IR; republik korea=KR
official-name | alexa was ist die hauptstadt des {} | königreichs saudi-arabien=SA; staates israel=IL; sultanats oman=OM
official-name | alexa welche stadt ist hauptstadt der {} | demokratischen volksrepublik korea=KP; föderativen republik brasilien=BR; republik indien=IN
official-name | alexa und die hauptstadt vom {} | königreich thailand=TH; königreich marokko=MA; fürstentum monaco=MC
official-name | alexa nenn mir die hauptstadt der {} | vereinigten republik tansania=TZ; bundesrepublik nigeria=NG; hellenischen republik=GR
official-name | alexa was ist die hauptstadt vom vereinigten königreich großbritannien und nordirland | GB
official-name | alexa was ist die hauptstadt der republik moldau | MD
official-name | alexa was ist die hauptstadt vom plurinationalen staat bolivien | BO
everyday-name | alexa was ist die hauptstadt von {} | amerika=US; england=GB-ENG; holland=NL
everyday-name | alexa wie heißt die hauptstadt von {} | russland=RU; den emiraten=AE; der ddr=FB
everyday-name | alexa meine oma sagt immer {} was ist da die hauptstadt | tschechei=CZ; weißrussland=BY; persien=IR
everyday-name | alexa die hauptstadt von {} bitte | den usa=US; den staaten=US; uk=GB
everyday-name | alexa im alten schulatlas steht noch {} was ist die hauptstadt | mazedonien=MK; burma=MM; siam=TH
everyday-name | alexa wie heißt die hauptstadt von der {} | elfenbeinküste=CI; karibikinsel kuba=CU; dom rep=DO
everyday-name | alexa wat is die hauptstadt von {} | nrw=DE-NW; meck pomm=DE-MV; bawü=DE-BW
everyday-name | alexa kurze frage die hauptstadt von {} | ost timor=TL; kap verde=CV; moldawien=MD
shared-name | alexa was ist eigentlich die hauptstadt von {} | kongo=CD+CG; korea=KP+KR; den jungferninseln=VG+VI
shared-name | alexa wos is de hauptstod vo {} | kongo=CD+CG; korea=KP+KR; samoa=WS
shared-name | alexa sach ma die hauptstadt von {} | georgien=GE; georgia=US-GA; guinea=GN
shared-name | alexa welche hauptstadt hat {} | washington=US-WA; mexiko=MX; new york=US-NY
shared-name | alexa was ist die hauptstadt von luxemburg dem land nicht der provinz | LU
shared-name | alexa was ist die hauptstadt vom bundesstaat méxico | MX-MEX
shared-name | alexa die hauptstadt von punjab in indien | IN-PB
shared-name | alexa was ist die hauptstadt von irland der insel | IE
shared-name | alexa was ist die hauptstadt von sudan oder südsudan | SD+SS
out-of-domain | alexa wie wird das wetter morgen in {} | passau=FB; luzern=FB; lübeck=FB
out-of-domain | alexa spiel {} | radio bayern drei=FB; was von helene fischer=FB; die charts=FB
out-of-domain | alexa wie viele einwohner hat {} | berlin=FB; china=FB; die hauptstadt von frankreich=FB
out-of-domain | alexa welche sprache spricht man in {} | der schweiz=FB; belgien=FB; luxemburg=FB
out-of-domain | alexa was ist die währung von {} | polen=FB; der schweiz=FB; japan=FB
out-of-domain | alexa wie spät ist es in {} | new york=FB; tokio=FB; sydney=FB
out-of-domain | alexa wie weit ist es von hier nach {} | wien=FB; prag=FB; amsterdam=FB
out-of-domain | alexa was ist der größte fluss in {} | afrika=FB; europa=FB; deutschland=FB
out-of-domain | alexa wer ist der präsident von {} | frankreich=FB; amerika=FB; brasilien=FB
out-of-domain | alexa was ist das höchste gebäude in {} | dubai=FB; frankfurt=FB; der welt=FB
out-of-domain | alexa setz {} auf die einkaufsliste | mehl=FB; hefe=FB; butter=FB
out-of-domain | alexa stell einen timer auf {} | zehn minuten=FB; eine stunde=FB; zwanzig minuten=FB
out-of-domain | alexa mach {} | das licht aus=FB; die musik leiser=FB; das radio an=FB
out-of-domain | alexa erzähl mir {} | einen witz=FB; was über die antike=FB; eine gute nacht geschichte=FB
out-of-domain | alexa wie sagt man {} auf englisch | hauptstadt=FB; brötchen=FB; gemütlich=FB
out-of-domain | alexa was bedeutet {} | kapital=FB; kapitalismus=FB; metropole=FB
out-of-domain | alexa wie hat {} gespielt | der fc bayern=FB; schalke=FB; der hsv=FB
out-of-domain | alexa wann fährt der nächste zug nach {} | köln=FB; münchen=FB; hamburg=FB
out-of-domain | alexa wie viel kostet {} | ein flug nach rom=FB; eine bahncard=FB; der liter diesel=FB
out-of-domain | alexa ruf {} an | mama=FB; den chef=FB; die werkstatt=FB
out-of-domain | alexa was ist die größte stadt von {} | australien=FB; kanada=FB; der türkei=FB
out-of-domain | alexa wie hoch ist {} | die zugspitze=FB; der mount everest=FB; der eiffelturm=FB
out-of-domain | alexa wo liegt {} auf der karte | bhutan=FB; tuvalu=FB; das saarland=FB
out-of-domain | alexa welche vorwahl hat {} | österreich=FB; die schweiz=FB; italien=FB
out-of-domain | alexa was ist die nationalhymne von {} | frankreich=FB; italien=FB; der ukraine=FB
out-of-domain | alexa wie heißt der bürgermeister von {} | berlin=FB; wien=FB; paris=FB
out-of-domain | alexa wie viel {} hat die welt | länder=FB; einwohner=FB; kontinente=FB
out-of-domain | alexa wie schreibt man {} | ouagadougou=FB; reykjavík=FB; tegucigalpa=FB
out-of-domain | alexa was ist {} | die hauptstadt der mode=FB; die hauptstadt der liebe=FB; die heimliche hauptstadt deutschlands=FB
out-of-domain | alexa wie viel {} brauche ich für eine gmbh | stammkapital=FB; startkapital=FB; eigenkapital=FB
out-of-domain | alexa was ist das kapital von karl marx | FB
out-of-domain | alexa schreib das wort hauptstadt groß oder klein | FB
out-of-domain | alexa was ist ein großbuchstabe auf englisch capital letter | FB
out-of-domain | alexa wie viele bundesländer hat deutschland | FB
out-of-domain | alexa wie viele länder gibt es auf der welt | FB
out-of-domain | alexa welches ist das kleinste land der welt | FB
out-of-domain | alexa welches land hat die meisten einwohner | FB
out-of-domain | alexa was ist der längste fluss der welt | FB
out-of-domain | alexa gute nacht | FB
out-of-domain | alexa guten morgen wie geht's dir | FB
out-of-domain | alexa danke schön | FB
out-of-domain | alexa wie alt bist du | FB
out-of-domain | alexa sog amoi wia wird as wetter morgen in landshut | FB
out-of-domain | alexa wat gibbet neues im radio | FB
out-of-domain | alexa wie spät isch es | FB
out-of-domain | alexa moien wéi ass d'wieder | FB
out-of-domain | alexa wie wird de wetter im westerwald | FB
out-of-domain | alexa spiel wos vo de biermösl blosn | FB
out-of-domain | alexa mach ma an wecker auf fünf uhr | FB
out-of-domain | alexa stell den wecker auf drei uhr dreißig die brötchen warten | FB
out-of-domain | alexa wann ist die nächste schleuse auf der mosel offen | FB
out-of-domain | alexa wie ist der pegel in kaub | FB
out-of-domain | alexa was ist der nächste geocache in meiner nähe | FB
out-of-domain | alexa spiel die probeaufnahme vom chor ab | FB
out-of-domain | alexa wie viel kostet eine märklin lok | FB
out-of-domain | alexa wer hat die schachweltmeisterschaft gewonnen | FB
out-of-domain | alexa wie geht die eröffnung sizilianische verteidigung | FB
out-of-domain | alexa wie viele armeen bekomme ich für australien bei risiko | FB
out-of-domain | alexa ruf oma per video an | FB
out-of-domain | alexa wie ist das wetter in ischgl auf der piste | FB
out-of-domain | alexa bis wann hat die stadtbücherei heute offen | FB
out-of-domain | alexa verlängere meine bücher | FB
out-of-domain | alexa brauche ich ein visum für thailand | FB
out-of-domain | alexa was kostet eine pauschalreise nach mallorca | FB
out-of-domain | alexa wann ist die geografie klausur | FB
out-of-domain | alexa übersetz danke auf ukrainisch | FB
out-of-domain | alexa spiel griechische musik | FB
out-of-domain | alexa wie macht man tiramisu | FB
out-of-domain | alexa spiel fado von amália rodrigues | FB
out-of-domain | alexa wie kocht man pho | FB
out-of-domain | alexa spiel klapa musik aus dalmatien | FB
out-of-domain | alexa wie viel grad ist es in amsterdam | FB
out-of-domain | alexa spiel russische schlager | FB
out-of-domain | alexa schedule ein meeting für morgen um zehn | FB
out-of-domain | alexa wie steht der dax | FB
out-of-domain | alexa wie viel ist ein euro in dollar | FB
out-of-domain | alexa die hauptstadt ist doch egal spiel lieber musik | FB
out-of-domain | alexa wo ist die nächste apotheke | FB
out-of-domain | alexa wann ist heute sonnenuntergang | FB
out-of-domain | alexa mach die heizung wärmer | FB
out-of-domain | alexa welcher tag ist heute | FB
out-of-domain | alexa hat der bäcker am sonntag offen | FB
out-of-domain | alexa wie viele kalorien hat ein berliner | FB
out-of-domain | alexa was ist ein hamburger ohne hamburg | FB
out-of-domain | alexa was ist ein frankfurter kranz | FB
out-of-domain | alexa wie heißt das land mit der hauptstadt atlantis | FB
out-of-domain | alexa was ist die hauptstadt von mittelerde | FB
out-of-domain | alexa was ist die hauptstadt von entenhausen | FB
out-of-domain | alexa was ist die hauptstadt vom mond | FB
out-of-domain | alexa was ist die hauptstadt von europa | FB
out-of-domain | alexa was ist die hauptstadt von afrika | FB
out-of-domain | alexa welche stadt ist die fahrradhauptstadt deutschlands | FB
out-of-domain | alexa welche stadt ist die kulturhauptstadt europas dieses jahr | FB
out-of-domain | alexa wer war der erste bundeskanzler | FB
out-of-domain | alexa wann wurde berlin hauptstadt | FB
out-of-domain | alexa warum ist bonn nicht mehr hauptstadt | FB
out-of-domain | alexa wie viele hauptstädte gibt es auf der welt | FB
out-of-domain | alexa spiel ein quiz mit mir | FB
out-of-domain | alexa was kann man in lissabon unternehmen | FB
out-of-domain | alexa wie lange fliegt man nach hanoi | FB
out-of-domain | alexa wie viele inseln hat kroatien | FB
out-of-domain | alexa wo ist mein handy | FB
out-of-domain | alexa lauter | FB
out-of-domain | alexa leiser bitte | FB
out-of-domain | alexa nächstes lied | FB
out-of-domain | alexa wer singt das lied gerade | FB
out-of-domain | alexa erinnere mich morgen an den zahnarzt | FB
out-of-domain | alexa hast du einen freund | FB
out-of-domain | alexa nu davai spiel was von alla pugatschowa | FB
out-of-domain | alexa ajme wie wird das wetter in zagreb | FB
out-of-domain | alexa hoi hoe laat is het | FB
out-of-domain | alexa ela wie ist das wetter in thessaloniki | FB
out-of-domain | alexa allora was kochen wir heute | FB
out-of-domain | alexa pryvit wie ist die lage in kyjiw | FB
out-of-domain | alexa xin chao spiel vietnamesische musik | FB
out-of-domain | alexa wie lang ist der rhein | FB
out-of-domain | alexa wie tief ist der bodensee | FB
out-of-domain | alexa gib mir einen fun fact über island | FB
out-of-domain | alexa wie heißt der größte see in afrika | FB
out-of-domain | alexa was ist das nationalgericht von ungarn | FB
out-of-domain | alexa wie sagt man hallo auf finnisch | FB
out-of-domain | alexa welche farben hat die flagge von italien | FB
out-of-domain | alexa welche flagge ist rot weiß rot | FB
out-of-domain | alexa kapitel drei vorlesen | FB
out-of-domain | alexa lies mir die nachrichten vor | FB
out-of-domain | alexa wie ist der verkehr auf der a drei | FB
out-of-domain | alexa wie viel uhr ist es in kalifornien | FB
out-of-domain | alexa was ist die postleitzahl von montabaur | FB
out-of-domain | alexa was ist die hauptsache im leben | FB
out-of-domain | alexa wer hat das kneipenquiz letzte woche gewonnen | FB
out-of-domain | alexa wie spät ist es in der hauptstadt | FB
out-of-domain | alexa wo ist der hauptbahnhof | FB
out-of-domain | alexa schalt den fernseher ein | FB
out-of-domain | alexa ich hab hunger | FB
launch | alexa {} hauptstädte der welt | öffne=LAUNCH; starte=LAUNCH; spiel=LAUNCH
launch | alexa {} hauptstädte der welt bitte | mach mal=LAUNCH; öffne mal=LAUNCH; start=LAUNCH
launch | alexa kannst du hauptstädte der welt {} | aufmachen=LAUNCH; starten=LAUNCH; aktivieren=LAUNCH
launch | alexa sog amoi {} hauptstädte der welt | mach=LAUNCH; start=LAUNCH; öffn=LAUNCH
launch | alexa ich möchte {} | hauptstädte der welt öffnen=LAUNCH; hauptstädte der welt spielen=LAUNCH; mit hauptstädte der welt reden=LAUNCH
launch | alexa {} hauptstädte der welt auf | mach mir=LAUNCH; ruf=LAUNCH; mach bitte=LAUNCH
launch | alexa starte den skill hauptstädte der welt | LAUNCH
launch | alexa öffne bitte den skill hauptstädte der welt für die kinder | LAUNCH
launch | alexa moien maach hauptstädte der welt op | LAUNCH
launch | alexa quick mal hauptstädte der welt launchen | LAUNCH
launch | alexa wir machen kneipenquiz öffne hauptstädte der welt | LAUNCH
launch | alexa nu davai starte hauptstädte der welt | LAUNCH
launch | alexa tuen sie mal hauptstädte der welt aufmachen | LAUNCH
launch | alexa chasch mer hauptstädte der welt starte | LAUNCH
launch | alexa für die klausur öffne hauptstädte der welt | LAUNCH
launch | alexa opa möchte hauptstädte der welt spielen | LAUNCH
launch | alexa pryvit öffne hauptstädte der welt bitte | LAUNCH
launch | alexa lass uns hauptstädte der welt spielen | LAUNCH
launch | alexa sach ma mach hauptstädte der welt an | LAUNCH
launch | alexa ela öffne mir hauptstädte der welt | LAUNCH
launch | alexa mit hauptstädte der welt sprechen | LAUNCH
help | alexa {} | hilfe=HELP; hilf mir=HELP; ich brauche hilfe=HELP
help | alexa sag mal {} | wie funktioniert das=HELP; was kann ich fragen=HELP; was kann ich hier machen=HELP
help | alexa {} bitte | hilfe=HELP; erklär mir das=HELP; sag mir was ich sagen soll=HELP
help | alexa wie geht {} | das spiel=HELP; das hier=HELP; das mit den hauptstädten=HELP
help | alexa was muss ich {} | sagen=HELP; jetzt sagen=HELP; da machen=HELP
help | alexa ich {} | versteh das nicht=HELP; komm nicht weiter=HELP; weiß nicht wie das geht=HELP
help | alexa sog amoi wia geht des | HELP
help | alexa wos ko i do frogn | HELP
help | alexa wat soll ich dat fragen | HELP
help | alexa ich check das nicht kannst du mir helfen | HELP
help | alexa how does this work hilf mir mal | HELP
help | alexa hëllef | HELP
help | alexa chasch mer hälfe | HELP
help | alexa wie hääßt dat wat ich sage muss | HELP
help | alexa was für fragen verstehst du | HELP
help | alexa hilfe ich bin neu hier | HELP
help | alexa was kann dieser skill | HELP
help | alexa erklär mir bitte die regeln | HELP
help | alexa nu was soll ich machen | HELP
help | alexa hilf mir bitte ich verstehe nicht | HELP
help | alexa allora wie funktioniert das | HELP
help | alexa geh hilf ma amoi | HELP
help | alexa welche länder kennst du | HELP
help | alexa gib mir ein beispiel | HELP
help | alexa ich weiß nicht was ich fragen soll | HELP
help | alexa was sind die befehle | HELP
help | alexa opa braucht hilfe mit dem spiel | HELP
help | alexa wie benutz ich das | HELP
help | alexa kannst du mir das nochmal erklären | HELP
help | alexa optionen | HELP
stop | alexa {} sofort | stopp=STOP; halt=STOP; aus=STOP
stop | alexa {} jetzt | stopp=STOP; hör auf=STOP; sei still=STOP
stop | alexa {} bitte jetzt | aufhören=STOP; beenden=STOP; schluss=STOP
stop | alexa das reicht {} | für heute=STOP; jetzt=STOP; danke=STOP
stop | alexa {} hauptstädte der welt jetzt | beende=STOP; schließ=STOP; stopp=STOP
stop | alexa ich glaub ich {} | hab keine lust mehr=STOP; will aufhören=STOP; bin fertig=STOP
stop | alexa hör auf damit | STOP
stop | alexa jetz is gnua | STOP
stop | alexa los gut is | STOP
stop | alexa hör op | STOP
stop | alexa et ass genuch | STOP
stop | alexa isch guet jetzt | STOP
stop | alexa stopp das spiel | STOP
stop | alexa feierabend | STOP
stop | alexa ende | STOP
stop | alexa spiel beenden | STOP
stop | alexa quiz vorbei danke | STOP
stop | alexa nu hör auf | STOP
stop | alexa basta | STOP
stop | alexa shut up bitte | STOP
stop | alexa das war's | STOP
stop | alexa tschüss | STOP
stop | alexa gut nacht alexa schluss jetzt | STOP
stop | alexa mach aus | STOP
stop | alexa halt die klappe | STOP
stop | alexa ruhe | STOP
stop | alexa wir sind fertig mit dem quiz | STOP
stop | alexa schluss für heute die brötchen sind fertig | STOP
stop | alexa stop it | STOP
stop | alexa ende der probe | STOP
stop | alexa ich mach jetzt schluss | STOP
cancel | alexa {} einfach | abbrechen=CANCEL; abbruch=CANCEL; vergiss es=CANCEL
cancel | alexa {} bitte alexa | abbrechen=CANCEL; lass es=CANCEL; vergiss das=CANCEL
cancel | alexa {} das | brich ab=CANCEL; lass=CANCEL; storniere=CANCEL
cancel | alexa ach {} | vergiss es=CANCEL; egal=CANCEL; lass gut sein=CANCEL
cancel | alexa nee {} | doch nicht=CANCEL; abbrechen=CANCEL; lass mal=CANCEL
cancel | alexa {} vergiss die frage | ach nee=CANCEL; sorry=CANCEL; moment=CANCEL
cancel | alexa abbrechen hab mich vertan | CANCEL
cancel | alexa brich ab | CANCEL
cancel | alexa loss sei | CANCEL
cancel | alexa vergess et | CANCEL
cancel | alexa cancel | CANCEL
cancel | alexa cancel das bitte | CANCEL
cancel | alexa lass stecken | CANCEL
cancel | alexa vergiss was ich gesagt hab | CANCEL
cancel | alexa nicht so wichtig abbrechen | CANCEL
cancel | alexa lass des | CANCEL
cancel | alexa vergiss des | CANCEL
cancel | alexa nu lass | CANCEL
cancel | alexa abbruch abbruch | CANCEL
cancel | alexa doch nicht | CANCEL
cancel | alexa frage zurück | CANCEL
cancel | alexa ich nehm das zurück | CANCEL
cancel | alexa hat sich erledigt | CANCEL
cancel | alexa schon gut abbrechen | CANCEL
cancel | alexa falsche frage abbrechen | CANCEL
cancel | alexa nee lass mal gut sein | CANCEL
cancel | alexa abbrechen bitte danke | CANCEL
cancel | alexa ach vergiss es einfach | CANCEL
cancel | alexa egal vergiss es | CANCEL
niederbayern | alexa i hob a frog wos is de hauptstod vo {} | kanada=CA; japan=JP; brasilien=BR
niederbayern | alexa beim bulldog treffa in dingolfing wui oana wissn de hauptstod vo {} | amerika=US; russland=RU; england=GB-ENG
niederbayern | alexa de oma im woid frogt wos de hauptstod vo {} is | schweden=SE; norwegen=NO; finnland=FI
niederbayern | alexa wos is'n de hauptstod vo {} | kenia=KE; uganda=UG; ruanda=RW
niederrhein | alexa bei uns am altrhein is et ruhig wat is die hauptstadt von {} | mexiko=MX; guatemala=GT; honduras=HN
niederrhein | alexa mein kumpel aus emmerich fragt wat die hauptstadt von {} is | spanien=ES; portugal=PT; griechenland=GR
niederrhein | alexa ja nee is klar aber wat is die hauptstadt von {} | vietnam=VN; indonesien=ID; malaysia=MY
westerwald | alexa mei mudder will wisse wie die hauptstadt vun {} hääßt | italien=IT; frankreich=FR; spanien=ES
westerwald | alexa beim schützefest in hachenburg hann se die hauptstadt vun {} gesucht | polen=PL; litaue=LT; rumänien=RO
westerwald | alexa wat is dann die hauptstadt vum {} | saarland=DE-SL; bundesland bremen=DE-HB; freistaat sachse=DE-SN
kaernten | alexa heast wos is die hauptstodt von {} | slowakei=SK; tschechien=CZ; polen=PL
kaernten | alexa in klagenfurt am bahnhof frogt a tourist nach der hauptstodt von {} | deutschland=DE; ungarn=HU; der schweiz=CH
kaernten | alexa mei schwiegermutter aus friaul frogt nach der hauptstodt von {} | italien=IT; san marino=SM; malta=MT
zentralschweiz | alexa uf em vierwaldstättersee frögt eine was d hauptstadt vo {} isch | dütschland=DE; öschtriich=AT; italie=IT
zentralschweiz | alexa mini tochter het ufzgi und wott wüsse was d hauptstadt vo {} isch | brasilie=BR; kanada=CA; japan=JP
zentralschweiz | alexa was isch eigentlich d hauptstadt vo {} | tansania=TZ; kenia=KE; uganda=UG
luebeck | alexa das marzipan ist alle was is die hauptstadt von {} | dänemark=DK; estland=EE; polen=PL
luebeck | alexa moin moin und die hauptstadt von {} | hamburg=DE-HH; mecklenburg vorpommern=DE-MV; bremen=DE-HB
luebeck | alexa op de ostsee fragt de kaptein wat de hauptstadt von {} is | litauen=LT; russland=RU; schweden=SE
luxemburger | alexa wat ass d'haaptstad vun {} | frankräich=FR; däitschland=DE; portugal=PT
luxemburger | alexa meng bomi wëll wëssen wat d'haaptstad vun {} ass | kap verde=CV; italien=IT; montenegro=ME
siegerland | alexa beim hauberg im wald fragt der förster wie die hauptstadt von {} heißt | kroatien=HR; serbien=RS; albanien=AL
siegerland | alexa unn jetzt wie heißt die hauptstadt von {} | syrien=SY; libanon=LB; jordanien=JO
emsland | alexa im moor is nebel was is die hauptstadt von {} | irland=IE; schottland=GB-SCT; wales=GB-WLS
emsland | alexa mein opa aus lingen fragt immer nach der hauptstadt von {} | holland=NL; belgien=BE; luxemburg=LU
ukrainian | alexa ich bin pflegerin und patient fragt hauptstadt von {} | georgien=GE; armenien=AM; kasachstan=KZ
ukrainian | alexa mein sohn in der schule muss wissen hauptstadt von {} | deutschland=DE; frankreich=FR; spanien=ES
ukrainian | alexa was ist hauptstadt von {} ich habe vergessen | rumänien=RO; ungarn=HU; slowakei=SK
greek | alexa mein pappous fragt was ist die hauptstadt von {} | griechenland=GR; albanien=AL; bulgarien=BG
greek | alexa ela re sag mir schnell hauptstadt von {} | türkei=TR; ägypten=EG; libyen=LY
italian | alexa ecco und was ist die hauptstadt von {} | argentinien=AR; uruguay=UY; venezuela=VE
italian | alexa mio figlio fragt in der pizzeria die hauptstadt von {} | slowenien=SI; kroatien=HR; albanien=AL
portuguese | alexa olha was ist die hauptstadt von {} | brasilien=BR; guinea-bissau=GW; osttimor=TL
portuguese | alexa meu filho lernt für die schule die hauptstadt von {} | äquatorialguinea=GQ; marokko=MA; frankreich=FR
vietnamese | alexa chi fragt hauptstadt von {} bitte | südkorea=KR; japan=JP; china=CN
vietnamese | alexa meine tochter gymnasium fragt die hauptstadt von {} | singapur=SG; thailand=TH; myanmar=MM
croatian | alexa bog was ist die hauptstadt von {} | montenegro=ME; nordmazedonien=MK; kosovo=XK
croatian | alexa ajde bre die hauptstadt von {} | slowenien=SI; österreich=AT; ungarn=HU
dutch-neighbour | alexa gezellig hier en wat is de hauptstadt von {} | duitsland=DE; belgië=BE; denemarken=DK
dutch-neighbour | alexa wij zijn op vakantie im sauerland was ist de hauptstadt von {} | curaçao=CW; suriname=SR; indonesië=ID
russlanddeutsche | alexa babuschka fragt was ist hauptstadt von {} | kirgisien=KG; weißrussland=BY; moldawien=MD
russlanddeutsche | alexa nu ladno und hauptstadt von {} | estland=EE; lettland=LV; litauen=LT
startup-denglisch | alexa kurzer reality check was ist die hauptstadt von {} | indien=IN; brasilien=BR; südafrika=ZA
startup-denglisch | alexa mein cofounder fliegt morgen in die hauptstadt von {} wie heißt die | nigeria=NG; kenia=KE; ghana=GH
baeckerei-fruehschicht | alexa der ofen ist heiß und ich frag mich was die hauptstadt von {} ist | schweden=SE; dänemark=DK; norwegen=NO
baeckerei-fruehschicht | alexa zwischen laugenbrezel und semmel die hauptstadt von {} bitte | bayern=DE-BY; baden württemberg=DE-BW; berlin=DE-BE
kneipenquiz | alexa frage sieben kategorie erdkunde die hauptstadt von {} | kiribati=KI; nauru=NR; palau=PW
kneipenquiz | alexa die bonusfrage ist die hauptstadt von {} hilf uns | tuvalu=TV; den marshallinseln=MH; mikronesien=FM
binnenschiffer | alexa wir bringen kohle nach rotterdam was ist die hauptstadt von {} | den niederlanden=NL; belgien=BE; frankreich=FR
binnenschiffer | alexa am main bei aschaffenburg was ist die hauptstadt von {} | bayern=DE-BY; hessen=DE-HE; thüringen=DE-TH
geocaching | alexa im multi cache steht die hauptstadt von {} | st helena=SH; den pitcairninseln=PN; der norfolkinsel=NF
geocaching | alexa der owner will als lösung die hauptstadt von {} | spitzbergen=SJ; den ålandinseln=AX; der weihnachtsinsel=CX
chor | alexa wir fahren auf chorreise in die hauptstadt von {} wie heißt die | lettland=LV; ungarn=HU; tschechien=CZ
chor | alexa der tenor behauptet die hauptstadt von {} wäre groß was ist die hauptstadt | kanada=CA; brasilien=BR; nigeria=NG
modelleisenbahn | alexa mein nachbau zeigt den bahnhof der hauptstadt von {} wie heißt die stadt | der schweiz=CH; österreich=AT; italien=IT
schach | alexa der großmeister kommt aus {} was ist da die hauptstadt | aserbaidschan=AZ; usbekistan=UZ; der ukraine=UA
schach | alexa remis angeboten und jetzt die hauptstadt von {} | kuba=CU; island=IS; lettland=LV
risiko-brettspiel | alexa mein vater verteidigt {} was ist die hauptstadt | australien=AU; indonesien=ID; neuguinea=PG
enkel-videocall | alexa der kleine fragt oma nach der hauptstadt von {} | china=CN; japan=JP; indien=IN
enkel-videocall | alexa kannst du opa sagen was die hauptstadt von {} ist | frankreich=FR; italien=IT; england=GB-ENG
reisebuero | alexa die familie will einen roadtrip durch {} was ist die hauptstadt | kalifornien=US-CA; nevada=US-NV; arizona=US-AZ
reisebuero | alexa kundin fragt ob die hauptstadt von {} am meer liegt wie heißt sie | portugal=PT; kroatien=HR; montenegro=ME
uni-klausur | alexa lernkarte nummer vierzig die hauptstadt von {} | bhutan=BT; nepal=NP; bangladesch=BD
uni-klausur | alexa in der vorlesung hieß es die hauptstadt von {} hat sich geändert wie heißt sie jetzt | indonesien=ID; kasachstan=KZ; ägypten=EG
skiurlaub | alexa im lift fragt mein kumpel die hauptstadt von {} | der schweiz=CH; österreich=AT; frankreich=FR
bibliothek | alexa für meinen leseausweis frag ich dich die hauptstadt von {} | mauretanien=MR; namibia=NA; burundi=BI
subdivision | alexa und die hauptstadt vom bundesstaat {} | wisconsin=US-WI; missouri=US-MO; texas=US-TX
subdivision | alexa meine schwägerin kommt aus {} in brasilien was ist da die hauptstadt | goiás=BR-GO; ceará=BR-CE; pará=BR-PA
subdivision | alexa sag mir die hauptstadt von {} brasilien | alagoas=BR-AL; sergipe=BR-SE; piauí=BR-PI
subdivision | alexa die landeshauptstadt vom brasilianischen {} | maranhão=BR-MA; tocantins=BR-TO; rondônia=BR-RO
subdivision | alexa hauptstadt vom bundesstaat {} in brasilien | acre=BR-AC; amapá=BR-AP; roraima=BR-RR
subdivision | alexa was ist die hauptstadt von {} im südwesten brasiliens | mato grosso=BR-MT; mato grosso do sul=BR-MS; espírito santo=BR-ES
subdivision | alexa welche stadt regiert {} in brasilien | paraíba=BR-PB; rio grande do norte=BR-RN; dem bundesdistrikt=BR-DF
subdivision | alexa was ist denn die hauptstadt von {} in mexiko | michoacán=MX-MIC; guerrero=MX-GRO; tabasco=MX-TAB
subdivision | alexa die hauptstadt des bundesstaats {} mexiko | sinaloa=MX-SIN; durango=MX-DUR; coahuila=MX-COA
subdivision | alexa welche stadt ist die hauptstadt von {} in mexiko | tamaulipas=MX-TAM; hidalgo=MX-HID; morelos=MX-MOR
subdivision | alexa sag mir die hauptstadt von {} in mexiko | nayarit=MX-NAY; zacatecas=MX-ZAC; aguascalientes=MX-AGU
subdivision | alexa was ist die hauptstadt vom mexikanischen {} | campeche=MX-CAM; colima=MX-COL; tlaxcala=MX-TLA
subdivision | alexa und die hauptstadt von {} mexiko | san luis potosí=MX-SLP; querétaro=MX-QUE; baja california sur=MX-BCS
subdivision | alexa die hauptstadt von {} in indien bitte | odisha=IN-OD; jharkhand=IN-JH; chhattisgarh=IN-CG
subdivision | alexa welche stadt ist die hauptstadt vom indischen {} | madhya pradesh=IN-MP; andhra pradesh=IN-AP; gujarat=IN-GJ
subdivision | alexa was ist die hauptstadt von {} im nordosten indiens | manipur=IN-MN; meghalaya=IN-ML; nagaland=IN-NL
subdivision | alexa und was ist die hauptstadt von {} indien | mizoram=IN-MZ; tripura=IN-TR; arunachal pradesh=IN-AR
subdivision | alexa die hauptstadt vom unionsterritorium {} | ladakh=IN-LA; lakshadweep=IN-LD; puducherry=IN-PY
subdivision | alexa was ist die hauptstadt von {} in indien eigentlich | jammu und kashmir=IN-JK; himachal pradesh=IN-HP; chandigarh=IN-CH
subdivision | alexa und die hauptstadt der {} | andamanen und nikobaren=IN-AN; nordwest territorien=CA-NT; turks und caicosinseln=TC
subdivision | alexa was ist die hauptstadt von {} in der karibik bitte | anguilla=AI; montserrat=MS; den britischen jungferninseln=VG
subdivision | alexa welche stadt ist hauptstadt von {} karibik | sint maarten=SX; saint martin=MF; saint barthélemy=BL
subdivision | alexa die hauptstadt von {} in der südsee | niue=NU; wallis und futuna=WF; amerikanisch samoa=AS
subdivision | alexa was ist die hauptstadt von {} französisch | guayana=GF; saint pierre und miquelon=PM; neukaledonien=NC
subdivision | alexa welche stadt ist die hauptstadt von {} bei afrika | westsahara=EH; la réunion=RE; den kanarischen inseln=FB
subdivision | alexa welche stadt ist hauptstadt von {} unter den niederlanden | bonaire=BQ; aruba=AW; curaçao=CW
subdivision | alexa hat {} eine hauptstadt | die antarktis=AQ; die bouvetinsel=BV; bermuda=BM
subdivision | alexa was ist die hauptstadt der {} im pazifik | nördlichen marianen=MP; amerikanischen jungferninseln=VI; kokosinseln=CC
subdivision | alexa was ist die hauptstadt von {} in london | greater london=FB; westminster=FB; dem vereinigten königreich=GB
subdivision | alexa die hauptstadt von {} bitte deutschland | berlin=DE-BE; hamburg=DE-HH; bremen=DE-HB
subdivision | alexa sag mal die hauptstadt vom {} | bundesstaat washington=US-WA; distrikt columbia=US-DC; hauptstadtbezirk=US-DC
subdivision | alexa was ist die hauptstadt von {} unten in australien | der australischen hauptstadtregion=AU-ACT; westaustralien=AU-WA; südaustralien=AU-SA
subdivision | alexa die hauptstadt von {} mit dem südpol | südgeorgien=GS; den französischen süd und antarktisgebieten=TF; heard und mcdonald=HM
subdivision | alexa die hauptstadt vom {} im indischen ozean | britischen territorium=IO; chagos archipel=IO; mayotte=YT
subdivision | alexa was ist die hauptstadt der {} usa | amerikanischen überseeinseln=UM; virgin islands=VI; nördlichen marianen=MP
plural-capitals | alexa mein lehrer sagt {} hat mehrere hauptstädte welche denn | benin=BJ; eswatini=SZ; sri lanka=LK
plural-capitals | alexa wie heißen die beiden hauptstädte von {} | benin=BJ; bolivien=BO; eswatini=SZ
plural-capitals | alexa welche städte sind alles hauptstadt in {} | sri lanka=LK; benin=BJ; malaysia=MY
plural-capitals | alexa gib mir alle hauptstädte der {} | niederlande=NL; elfenbeinküste=CI; palästinensischen gebiete=PS
plural-capitals | alexa für die klausur brauch ich die hauptstädte von {} alle | südafrika=ZA; eswatini=SZ; benin=BJ
plural-capitals | alexa beim kneipenquiz fragen die nach beiden hauptstädten von {} | sri lanka=LK; bolivien=BO; der elfenbeinküste=CI
plural-capitals | alexa nu welche zwei hauptstädte hat {} | malaysia=MY; palästina=PS; holland=NL
plural-capitals | alexa wos san de zwoa hauptstödt vo {} | sri lanka=LK; benin=BJ; swasiland=SZ
plural-capitals | alexa hat {} wirklich zwei hauptstädte wie heißen die | die elfenbeinküste=CI; bolivien=BO; malaysia=MY
plural-capitals | alexa sach ma die hauptstädte von {} | den niederlanden=NL; südafrika=ZA; palästina=PS
cancel | alexa nee nee nee abbrechen | CANCEL
cancel | alexa loss mer dat | CANCEL
cancel | alexa vergiss et ganz einfach | CANCEL
cancel | alexa jo eh wurscht vergiss es | CANCEL
cancel | alexa loss es bleibn | CANCEL
cancel | alexa lass gut sein alexa | CANCEL
cancel | alexa das war die falsche frage vergiss es | CANCEL
cancel | alexa lass einfach sein | CANCEL
cancel | alexa ach ne brich das ab | CANCEL
cancel | alexa mamma mia vergiss es | CANCEL
cancel | alexa abbrechen der kunde ist schon weg | CANCEL
cancel | alexa never mind abbrechen | CANCEL
cancel | alexa nö lass mal stecken | CANCEL
cancel | alexa halt abbrechen ich frag später | CANCEL
cancel | alexa vergiss d frog | CANCEL
cancel | alexa stopp nee abbrechen mein ich | CANCEL
cancel | alexa abbrechen wir spielen was anderes | CANCEL
cancel | alexa moment mal vergiss es | CANCEL
cancel | alexa lass es sein opa hat's schon gewusst | CANCEL
cancel | alexa ach quatsch abbrechen | CANCEL
launch | alexa machst du mal hauptstädte der welt an | LAUNCH
launch | alexa hauptstädte der welt öffnen bitte | LAUNCH
launch | alexa geh amoi in hauptstädte der welt eine | LAUNCH
launch | alexa maak hauptstädte der welt open | LAUNCH
launch | alexa hauptstädte der welt aufrufen | LAUNCH
launch | alexa starte mal das spiel hauptstädte der welt | LAUNCH
launch | alexa ajde öffne hauptstädte der welt | LAUNCH
launch | alexa bitte hauptstädte der welt für meine klasse öffnen | LAUNCH
launch | alexa ich will hauptstädte der welt spielen | LAUNCH
launch | alexa olá starte hauptstädte der welt | LAUNCH
help | alexa was soll i do song | HELP
help | alexa ich brauch hilfe mit den hauptstädten | HELP
help | alexa wie fraag ech dat | HELP
help | alexa hilfe wie geht das hier | HELP
help | alexa wat kannste denn so | HELP
stop | alexa nu genug | STOP
stop | alexa aus jetzt | STOP
stop | alexa ich hör jetzt auf tschüss | STOP
stop | alexa stopp die brötchen brennen | STOP
stop | alexa jetzt ist schluss mit erdkunde | STOP
plural-capitals | alexa colombo oder kotte welche sind die hauptstädte von sri lanka | LK
plural-capitals | alexa opa fragt nach den zwei hauptstädten von sri lanka | LK
plural-capitals | alexa in sri lanka gibt es doch zwei hauptstädte oder wie heißen die | LK
plural-capitals | alexa sri lanka hauptstädte bitte beide | LK
"""

if __name__ == "__main__":
    build_round(51, "de", LINES, sys.argv, "tests/Eval/de/round51/source/build_corpus.py")
