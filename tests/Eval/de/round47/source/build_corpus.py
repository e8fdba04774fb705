"""Round 47, German (de-DE): a new author's own mix, written blind at the start of the forty-ninth session (brief
WRITER55.md). Speakers chosen apart from round 46 (the Ruhr, the Sauerland, Lower Bavaria and the Bavarian Forest,
Mecklenburg and Vorpommern, Schleswig-Holstein, the Erzgebirge, Thuringia, the Vogtland, Lusatia, North Hesse, and its
Ukrainian, Romanian, Vietnamese, Afghan, Iranian, Eritrean, Albanian, Portuguese, Chinese, Korean, Hungarian, Nigerian,
Dutch, Kurdish, Thai, Luxembourgish and Slovak speakers) and from the regions it says rounds 44 and 45 used (Munich,
Baden, the Palatinate, Hamburg, the Lower Rhine, the Münsterland, Aachen, Magdeburg, Swabia, Franconia, Saxony, Berlin,
Hesse and Frankfurt, East Frisia, the Saarland, Cologne, Brandenburg): the Upper Palatinate and the Allgäu ("fei",
"mogst", "etz", "isch"), Lake Constance Alemannic ("weisch", "gell", "sag mer"), East Westphalia and the Emsland ("mal
ebent", "moin wat is dor"), the Eifel and the Westerwald and the Siegerland ("ei", "sach mol", "wat ess"), Bremen and the
Lüneburg Heath ("moin moin", "na denn"), the Harz and the Altmark ("nu", "denne", "wat is'n"), Austrians from Vienna
and Tyrol living in Germany ("geh bitte", "schau", "griaß di", "ur"), Swiss from Basel and Bern ("sali", "säg mer",
"merci viu mau"). Migrants and their families: Tamils, Indians and Pakistanis ("vanakkam", "yaar bata na", "bhai jaan",
"anna"), West Africans (Ghanaian "chale", "charley how far", Senegalese French, Cameroonian "mon frère", Sierra Leonean
"abeg no vex"), East Africans (Somali "walaal", "waryaa", Ethiopian "ebakih"), Filipinos and Japanese in Düsseldorf
("ano po", "ate", "sumimasen", "chotto"), Latin Americans (Brazilian "nossa", "tipo", Colombian "parce", Mexican
"órale", "güey"), the Balkans (Croatian, Bosnian and Serbian "ajde", "brate", "hajde kaži mi", Bulgarian "molya te"),
Eastern Europe (Czech "prosim te", "ahoj", Lithuanian "labas", Georgian "gamarjoba", Russian-German "nu"), Southern
Europe (Greek "ela re", Spanish "oye tío", "hombre", Italian "allora"). Children (a class question, a Pixi book, a
cuddly toy), teenagers ("no cap", "diggi", "safe", "sheesh", "lowkey", "voll wild", GeoGuessr), seniors (stamps, a
crossword, a trip in 1980, a husband in the Bundeswehr, a granddaughter), work (a pilot, a lorry freight, customs
papers, a travel agency, a parcel sorter, an interpreter, a taxi driver, an embassy, a radio amateur), school and
university (the oral Abitur, Model United Nations, Erasmus, a Referat, Erdkunde homework), games (Stadt Land Fluss, a
quiz, Wer wird Millionär, Risiko, a pub quiz, a World Cup betting game, ESC voting, Trivial Pursuit, a radio quiz,
geocaching), home (cooking, a brother-in-law, dinner, a cruise, a call to grandma, crocheting a flag, a parcel),
learners (word-order, article and case errors), formal Sie requests, English code-switching and ASR slips (split
names, "haupt stadt", "fon"). Built by round12_hinl_corpus.py (build_round with round 47's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
oberpfalz-allgaeu | alexa sag mir fei amal die hauptstadt vo {} | andorra=AD; de emirate=AE; afghanistan=AF
oberpfalz-allgaeu | alexa mogst ma sagn wos die hauptstadt vo {} is | antigua und barbuda=AG; albanien=AL; armenien=AM
oberpfalz-allgaeu | alexa etz sag amol was isch d hauptstadt vo {} | angola=AO; argentinien=AR; österreich=AT
bodensee-alemannisch | alexa weisch du was d hauptstadt vo {} isch | australien=AU; aserbaidschan=AZ; bosnien und herzegowina=BA
bodensee-alemannisch | alexa gell sag mer schnell d hauptstadt vo {} | barbados=BB; bangladesch=BD; belgie=BE
bodensee-alemannisch | alexa du sag emol wie heißt d hauptstadt vo {} | burkina faso=BF; bulgarie=BG; bahrain=BH
ostwestfalen-emsland | alexa mal ebent wat is die hauptstadt von {} | burundi=BI; benin=BJ; brunei=BN
ostwestfalen-emsland | alexa moin wat is dor de hauptstadt van {} | bolivien=BO; brasilien=BR; de bahamas=BS
ostwestfalen-emsland | alexa sach ma ebent welche hauptstadt {} hat | bhutan=BT; botswana=BW; weißrussland=BY
eifel-westerwald | alexa ei sach mol wat is dann die hauptstadt vun {} | belize=BZ; kanada=CA; kongo kinshasa=CD
eifel-westerwald | alexa ei gell wat is de hauptstadt von {} | der zentralafrikanischen republik=CF; kongo brazzaville=CG; der schweiz=CH
eifel-westerwald | alexa sach ma wat ess de hauptstadt vo {} | der elfenbeinküste=CI; chile=CL; kamerun=CM
bremen-heide | alexa moin sach ma was ist'n die hauptstadt von {} | china=CN; kolumbien=CO; costa rica=CR
bremen-heide | alexa na denn sach mal eben die hauptstadt von {} | kuba=CU; den kapverden=CV; zypern=CY
bremen-heide | alexa moin moin welche stadt ist hauptstadt von {} | tschechien=CZ; deutschland=DE; dschibuti=DJ
harz-altmark | alexa nu sach ma was is denne de hauptstadt von {} | dänemark=DK; dominica=DM; der dominikanischen republik=DO
harz-altmark | alexa wat is'n de hauptstadt von {} | algerien=DZ; ecuador=EC; estland=EE
harz-altmark | alexa ach nu sag doch ma de hauptstadt von {} | ägypten=EG; eritrea=ER; spanien=ES
wien-tirol | alexa geh bitte sag ma die hauptstadt vo {} | äthiopien=ET; finnland=FI; fidschi=FJ
wien-tirol | alexa jo griaß di wos isch die hauptstadt vo {} | mikronesien=FM; frankreich=FR; gabun=GA
wien-tirol | alexa schau sag ma bitte wia die hauptstadt vo {} haßt | großbritannien=GB; grenada=GD; georgien=GE
basel-bern | alexa sali wie heisst d hauptstadt vo {} | ghana=GH; gambia=GM; guinea=GN
basel-bern | alexa säg mer bitte d hauptstadt vo {} | äquatorialguinea=GQ; griecheland=GR; guatemala=GT
basel-bern | alexa weisch du öppe d hauptstadt vo {} | guinea-bissau=GW; guyana=GY; honduras=HN
suedasien | alexa vanakkam hauptstadt von {} sagen bitte | kroatien=HR; haiti=HT; ungarn=HU
suedasien | alexa yaar bata na hauptstadt von {} kya hai | indonesien=ID; irland=IE; israel=IL
suedasien | alexa bhai jaan hauptstadt von {} batao | indien=IN; dem irak=IQ; dem iran=IR
westafrika | alexa chale what be di hauptstadt von {} | island=IS; italien=IT; jamaika=JM
westafrika | alexa s'il te plaît c'est quoi la hauptstadt von {} | jordanien=JO; japan=JP; kenia=KE
westafrika | alexa mon frère sag mir hauptstadt von {} | kirgisistan=KG; kambodscha=KH; kiribati=KI
ostafrika | alexa walaal hauptstadt von {} was ist | den komoren=KM; st kitts und nevis=KN; nordkorea=KP
ostafrika | alexa ebakih hauptstadt von {} sag mir | südkorea=KR; kuwait=KW; kasachstan=KZ
ostafrika | alexa wallahi ich will wissen hauptstadt von {} | laos=LA; dem libanon=LB; st lucia=LC
ostasien-philippinen | alexa ano po ang hauptstadt von {} | liechtenstein=LI; sri lanka=LK; liberia=LR
ostasien-philippinen | alexa sumimasen {} no hauptstadt wa | lesotho=LS; litauen=LT; luxemburg=LU
ostasien-philippinen | alexa ate ano yung hauptstadt von {} po | lettland=LV; libyen=LY; marokko=MA
lateinamerika | alexa nossa qual é a hauptstadt von {} | monaco=MC; moldawien=MD; montenegro=ME
lateinamerika | alexa oye parce cuál es la hauptstadt de {} | madagaskar=MG; marshallinseln=MH; nordmazedonien=MK
lateinamerika | alexa oye güey dime la hauptstadt von {} | mali=ML; myanmar=MM; der mongolei=MN
balkan | alexa ajde reci mi hauptstadt von {} | mauretanien=MR; malta=MT; mauritius=MU
balkan | alexa brate koji je glavni grad von {} | den malediven=MV; malawi=MW; mexiko=MX
balkan | alexa molya te kazhi mi hauptstadt von {} | malaysia=MY; mosambik=MZ; namibia=NA
osteuropa | alexa prosim te jaka je hauptstadt von {} | niger=NE; nigeria=NG; nicaragua=NI
osteuropa | alexa labas sag mir bitte hauptstadt von {} | den niederlanden=NL; norwegen=NO; nepal=NP
osteuropa | alexa gamarjoba hauptstadt von {} bitte | nauru=NR; neuseeland=NZ; oman=OM
suedeuropa | alexa ela re pes mou hauptstadt von {} | panama=PA; peru=PE; papua-neuguinea=PG
suedeuropa | alexa oye tío dime la hauptstadt von {} | den philippinen=PH; pakistan=PK; polen=PL
suedeuropa | alexa allora dimmi la hauptstadt von {} per favore | portugal=PT; palau=PW; paraguay=PY
kinder | alexa ich bin die mia und will wissen was die hauptstadt von {} ist | katar=QA; rumänien=RO; serbien=RS
kinder | alexa meine lehrerin hat gefragt was die hauptstadt von {} ist | russland=RU; ruanda=RW; saudi-arabien=SA
kinder | alexa weißt du die hauptstadt von {} ich weiß sie nämlich nicht | den salomonen=SB; den seychellen=SC; dem sudan=SD
jugend | alexa no cap was ist die hauptstadt von {} | schweden=SE; singapur=SG; slowenien=SI
jugend | alexa diggi sag mal safe die hauptstadt von {} | der slowakei=SK; sierra leone=SL; san marino=SM
jugend | alexa sheesh wie heißt nochmal die hauptstadt von {} | dem senegal=SN; somalia=SO; suriname=SR
senioren | alexa sei so gut und sag mir die hauptstadt von {} | dem südsudan=SS; são tomé und príncipe=ST; el salvador=SV
senioren | alexa meine enkelin will wissen wie die hauptstadt von {} heißt | syrien=SY; eswatini=SZ; dem tschad=TD
senioren | alexa früher wusste ich das noch die hauptstadt von {} | togo=TG; thailand=TH; tadschikistan=TJ
arbeit | alexa ich fahre morgen eine fracht nach {} was ist die hauptstadt dort | osttimor=TL; turkmenistan=TM; tunesien=TN
arbeit | alexa für die zollpapiere brauche ich die hauptstadt von {} | tonga=TO; der türkei=TR; trinidad und tobago=TT
arbeit | alexa kurze frage fürs büro die hauptstadt von {} | tuvalu=TV; tansania=TZ; der ukraine=UA
spiele | alexa stadt land fluss wir brauchen die hauptstadt von {} | uganda=UG; den usa=US; uruguay=UY
spiele | alexa beim quiz kam die frage nach der hauptstadt von {} | usbekistan=UZ; st vincent und die grenadinen=VC; venezuela=VE
spiele | alexa für unser wer wird millionär spiel die hauptstadt von {} | vietnam=VN; vanuatu=VU; samoa=WS
zuhause | alexa wir kochen heute was aus {} was ist da die hauptstadt | dem jemen=YE; südafrika=ZA; sambia=ZM
zuhause | alexa mein schwager kommt aus {} wie heißt da die hauptstadt | simbabwe=ZW; palästina=PS; dem kosovo=XK
zuhause | alexa beim abendessen kam die frage auf die hauptstadt von {} | taiwan=TW; dem vatikan=VA; dem oman=OM
lerner | alexa ich möchte wissen die hauptstadt von {} bitte | der mongolei=MN; äthiopien=ET; kolumbien=CO
lerner | alexa was ist hauptstadt von land {} | ukraine=UA; georgien=GE; armenien=AM
lerner | alexa bitte du sagst mir hauptstadt {} | kamerun=CM; ghana=GH; nigeria=NG
lerner | alexa wie heißt die hauptstadt in der {} | irak=IQ; iran=IR; sudan=SD
lerner | alexa in {} welche stadt ist die haupt | eritrea=ER; somalia=SO; afghanistan=AF
lerner | alexa ich habe frage wo ist hauptstadt von {} | syrien=SY; jemen=YE; libyen=LY
lerner | alexa kannst du mir sagen was ist die hauptstadt vom {} | tunesien=TN; algerien=DZ; marokko=MA
lerner | alexa ich komme aus {} und die hauptstadt ist was | vietnam=VN; bangladesch=BD; pakistan=PK
formal | alexa würden sie mir bitte die hauptstadt von {} nennen | kasachstan=KZ; usbekistan=UZ; kirgisistan=KG
formal | alexa ich bitte um auskunft über die hauptstadt von {} | tadschikistan=TJ; turkmenistan=TM; aserbaidschan=AZ
formal | alexa könnten sie mir freundlicherweise die hauptstadt von {} sagen | belarus=BY; der republik moldau=MD; litauen=LT
english-mix | alexa what's the capital of {} | germany=DE; france=FR; the united kingdom=GB
english-mix | alexa sorry mein deutsch what is the hauptstadt from {} | japan=JP; south korea=KR; the philippines=PH
english-mix | alexa kannst du mir quickly die capital von {} sagen | new zealand=NZ; australien=AU; kanada=CA
english-mix | alexa was ist die capital city von {} | brasilien=BR; argentinien=AR; chile=CL
english-mix | alexa hey what's the hauptstadt of {} again | ireland=IE; iceland=IS; norway=NO
asr-slips | alexa was ist die haupt stadt von {} | ecuador=EC; paraguay=PY; uruguay=UY
asr-slips | alexa was ist die hauptstadt von {} ähm | bo livien=BO; ven ezuela=VE; kolum bien=CO
asr-slips | alexa was is die hauptstadt vom {} | kongo=CD+CG; tschad=TD; niger=NE
asr-slips | alexa was is die hauptstadt fon {} | mada gaskar=MG; mosam bik=MZ; sim babwe=ZW
asr-slips | alexa wie heißt die haupt stadt von {} | tansa nia=TZ; keni ja=KE; ugan da=UG
arbeit | alexa ich bin pilotin und fliege morgen nach {} was ist die hauptstadt | nepal=NP; bhutan=BT; sri lanka=LK
arbeit | alexa im reisebüro fragt eine kundin nach der hauptstadt von {} | den malediven=MV; mauritius=MU; den seychellen=SC
arbeit | alexa ich sortiere pakete nach {} wie heißt die hauptstadt dort | lettland=LV; estland=EE; finnland=FI
arbeit | alexa für den dolmetschertermin brauch ich die hauptstadt von {} | eritrea=ER; dschibuti=DJ; äthiopien=ET
arbeit | alexa als taxifahrer werd ich immer nach der hauptstadt von {} gefragt | ruanda=RW; burundi=BI; uganda=UG
arbeit | alexa in der botschaft wollen sie die hauptstadt von {} wissen | gabun=GA; togo=TG; benin=BJ
arbeit | alexa ich bin funkamateur und hab jemand aus {} gehört was ist dort die hauptstadt | tonga=TO; kiribati=KI; fidschi=FJ
schule-uni | alexa für die mündliche abiprüfung die hauptstadt von {} | indonesien=ID; malaysia=MY; singapur=SG
schule-uni | alexa wir spielen model united nations und ich vertrete {} was ist meine hauptstadt | brasilien=BR; mexiko=MX; indien=IN
schule-uni | alexa mein erasmus semester ist in {} was ist die hauptstadt da | portugal=PT; spanien=ES; italien=IT
schule-uni | alexa für mein referat über {} brauch ich die hauptstadt | kambodscha=KH; laos=LA; thailand=TH
schule-uni | alexa in erdkunde haben wir {} was ist die hauptstadt davon | nicaragua=NI; honduras=HN; guatemala=GT
schule-uni | alexa die hausaufgabe ist die hauptstadt von {} | panama=PA; costa rica=CR; el salvador=SV
spiele | alexa wir spielen risiko und ich hab {} erobert was ist die hauptstadt | ägypten=EG; island=IS; grönland=GL
spiele | alexa beim pubquiz im irish pub kam die hauptstadt von {} | bahrain=BH; katar=QA; kuwait=KW
spiele | alexa wm tippspiel frage wie heißt die hauptstadt von {} | kroatien=HR; serbien=RS; montenegro=ME
spiele | alexa beim esc voting kam {} dran was ist denn die hauptstadt | moldau=MD; albanien=AL; zypern=CY
spiele | alexa trivial pursuit blaue frage hauptstadt von {} | dominica=DM; grenada=GD; st lucia=LC
spiele | alexa radio quiz ich bin in der leitung schnell die hauptstadt von {} | belgien=BE; luxemburg=LU; den niederlanden=NL
spiele | alexa beim geocachen steht im rätsel die hauptstadt von {} | liechtenstein=LI; andorra=AD; monaco=MC
zuhause | alexa wir planen eine kreuzfahrt nach {} wie heißt die hauptstadt | jamaika=JM; den bahamas=BS; barbados=BB
zuhause | alexa wir telefonieren gleich mit oma in {} was ist die hauptstadt | polen=PL; ungarn=HU; rumänien=RO
zuhause | alexa ich häkle eine flagge von {} was ist eigentlich die hauptstadt | schweden=SE; dänemark=DK; norwegen=NO
zuhause | alexa der briefträger hat ein paket aus {} gebracht welche hauptstadt hat das land | tschechien=CZ; der slowakei=SK; slowenien=SI
senioren | alexa wir waren neunzehnhundertachtzig in {} wie hieß die hauptstadt | jugoslawien=FB; der sowjetunion=FB; der tschechoslowakei=FB
senioren | alexa ich sammle briefmarken aus {} und suche die hauptstadt | san marino=SM; dem vatikan=VA; malta=MT
senioren | alexa mein mann war mit der bundeswehr in {} was ist dort die hauptstadt | mali=ML; litauen=LT; bosnien=BA
senioren | alexa im kreuzworträtsel hauptstadt von {} mit fünf buchstaben | peru=PE; kenia=KE; nepal=NP
kinder | alexa wo wohnt der präsident von {} in welcher hauptstadt | amerika=US; frankreich=FR; russland=RU
kinder | alexa ich hab ein pixi buch über {} wie heißt die hauptstadt | china=CN; japan=JP; australien=AU
kinder | alexa mein kuscheltier kommt aus {} was ist da die hauptstadt | kenia=KE; madagaskar=MG; tansania=TZ
jugend | alexa bro ich schwör was ist die hauptstadt von {} | saudi arabien=SA; den emiraten=AE; israel=IL
jugend | alexa voll wild frage aber was ist die hauptstadt von {} | nordkorea=KP; myanmar=MM; bangladesch=BD
jugend | alexa lowkey peinlich aber die hauptstadt von {} | kanada=CA; der schweiz=CH; österreich=AT
jugend | alexa geoguessr hat mich nach {} gesetzt was ist die hauptstadt | botswana=BW; namibia=NA; lesotho=LS
oberpfalz-allgaeu | alexa sog amal wie die hauptstadt vo {} hoaßt | tschechien=CZ; polen=PL; ungarn=HU
oberpfalz-allgaeu | alexa etz wart amol die hauptstadt vo {} isch was | der schweiz=CH; liechtenstein=LI; österreich=AT
bodensee-alemannisch | alexa chasch mer sage d hauptstadt vo {} | italie=IT; frankriich=FR; spanie=ES
wien-tirol | alexa ur schwer aber wie heißt die hauptstadt von {} | slowenien=SI; kroatien=HR; der slowakei=SK
wien-tirol | alexa sag ma bitte schnell die hauptstadt von {} gell | ungarn=HU; rumänien=RO; bulgarien=BG
basel-bern | alexa merci viu mau weisch d hauptstadt vo {} | schwede=SE; dänemark=DK; finnland=FI
suedasien | alexa anna please hauptstadt von {} sollen | sri lanka=LK; den malediven=MV; indien=IN
suedasien | alexa bhai nepal nahi {} ki hauptstadt batao | bhutan=BT; bangladesch=BD; afghanistan=AF
westafrika | alexa abeg no vex hauptstadt von {} | sierra leone=SL; liberia=LR; gambia=GM
westafrika | alexa ma soeur veut savoir la hauptstadt von {} | guinea=GN; dem senegal=SN; mauretanien=MR
westafrika | alexa charley how far hauptstadt von {} | ghana=GH; togo=TG; burkina faso=BF
ostafrika | alexa waryaa sag mir die hauptstadt von {} | kenia=KE; äthiopien=ET; dschibuti=DJ
ostasien-philippinen | alexa anong hauptstadt ng {} po | vietnam=VN; thailand=TH; indonesien=ID
ostasien-philippinen | alexa chotto {} no shuto wa doko | südkorea=KR; taiwan=TW; china=CN
lateinamerika | alexa tipo qual é a hauptstadt von {} | kolumbien=CO; venezuela=VE; ecuador=EC
lateinamerika | alexa órale cuál es la capital de {} en alemán | guatemala=GT; honduras=HN; kuba=CU
balkan | alexa ajde brate hauptstadt von {} | bosnien=BA; nordmazedonien=MK; montenegro=ME
balkan | alexa hajde kazi mi hauptstadt von {} | serbien=RS; dem kosovo=XK; albanien=AL
osteuropa | alexa nu sag mir bitte hauptstadt von {} | georgien=GE; armenien=AM; aserbaidschan=AZ
osteuropa | alexa ahoj hauptstadt von {} bitte sag | tschechien=CZ; polen=PL; der slowakei=SK
suedeuropa | alexa re file wie heißt die hauptstadt von {} | griechenland=GR; zypern=CY; der türkei=TR
suedeuropa | alexa hombre dime la hauptstadt de {} por favor | marokko=MA; portugal=PT; andorra=AD
subdivision | alexa was ist die landeshauptstadt von {} | bayern=DE-BY; hessen=DE-HE; niedersachsen=DE-NI
subdivision | alexa welche stadt ist landeshauptstadt in {} | nordrhein-westfalen=DE-NW; rheinland-pfalz=DE-RP; thüringen=DE-TH
subdivision | alexa wie heißt die landeshauptstadt vom {} | saarland=DE-SL; ländle=DE-BW; freistaat sachsen=DE-SN
subdivision | alexa sag mir mal die landeshauptstadt von {} | sachsen-anhalt=DE-ST; brandenburg=DE-BB; schleswig-holstein=DE-SH
subdivision | alexa was ist die landeshauptstadt von {} eigentlich | mecklenburg-vorpommern=DE-MV; baden-württemberg=DE-BW; nrw=DE-NW
subdivision | alexa hat {} eine landeshauptstadt oder ist das selbst eine | hamburg=DE-HH; bremen=DE-HB; berlin=DE-BE
subdivision | alexa was ist die hauptstadt vom us bundesstaat {} | kalifornien=US-CA; texas=US-TX; florida=US-FL
subdivision | alexa welche hauptstadt hat der bundesstaat {} | new york=US-NY; washington=US-WA; nevada=US-NV
subdivision | alexa in amerika der staat {} was ist da die hauptstadt | illinois=US-IL; pennsylvania=US-PA; ohio=US-OH
subdivision | alexa wie heißt die hauptstadt von {} in den usa | michigan=US-MI; georgia=US-GA; north carolina=US-NC
subdivision | alexa mein austauschjahr war in {} was ist dort die hauptstadt | wisconsin=US-WI; iowa=US-IA; minnesota=US-MN
subdivision | alexa ich fahre die route sechsundsechzig durch {} was ist die hauptstadt | oklahoma=US-OK; new mexico=US-NM; arizona=US-AZ
subdivision | alexa der nationalpark liegt in {} wie heißt die hauptstadt | wyoming=US-WY; utah=US-UT; montana=US-MT
subdivision | alexa hauptstadt von {} in amerika bitte | alaska=US-AK; hawaii=US-HI; oregon=US-OR
subdivision | alexa was ist die capital von {} | kentucky=US-KY; tennessee=US-TN; louisiana=US-LA
subdivision | alexa welche stadt ist hauptstadt vom staat {} | massachusetts=US-MA; new jersey=US-NJ; virginia=US-VA
subdivision | alexa die hauptstadt von {} bitte das ist ein us staat | vermont=US-VT; maine=US-ME; new hampshire=US-NH
subdivision | alexa was ist die hauptstadt von {} drüben in amerika | connecticut=US-CT; rhode island=US-RI; delaware=US-DE
subdivision | alexa und {} in den staaten die hauptstadt | maryland=US-MD; west virginia=US-WV; south carolina=US-SC
subdivision | alexa welche hauptstadt hat {} als bundesstaat | alabama=US-AL; mississippi=US-MS; arkansas=US-AR
subdivision | alexa die hauptstadt der amerikanischen staaten {} | missouri=US-MO; kansas=US-KS; nebraska=US-NE
subdivision | alexa sag mir die hauptstadt von {} usa | north dakota=US-ND; south dakota=US-SD; idaho=US-ID
subdivision | alexa welche hauptstadt hat {} in amerika | colorado=US-CO; indiana=US-IN; texas=US-TX
subdivision | alexa was ist die hauptstadt der kanadischen provinz {} | ontario=CA-ON; quebec=CA-QC; british columbia=CA-BC
subdivision | alexa meine tante wohnt in {} in kanada was ist die hauptstadt | alberta=CA-AB; manitoba=CA-MB; saskatchewan=CA-SK
subdivision | alexa hauptstadt von {} kanada | nova scotia=CA-NS; new brunswick=CA-NB; neufundland=CA-NL
subdivision | alexa wie heißt die hauptstadt von {} oben in kanada | yukon=CA-YT; nunavut=CA-NU; den nordwest territorien=CA-NT
subdivision | alexa welche stadt ist hauptstadt von {} | prince edward island=CA-PE; tasmanien=AU-TAS; queensland=AU-QLD
subdivision | alexa wir machen work and travel in {} was ist die hauptstadt | new south wales=AU-NSW; victoria in australien=AU-VIC; western australia=AU-WA
subdivision | alexa was ist die hauptstadt vom {} in australien | northern territory=AU-NT; bundesstaat south australia=AU-SA; australian capital territory=AU-ACT
subdivision | alexa was ist die hauptstadt des indischen bundesstaats {} | kerala=IN-KL; goa=IN-GA; rajasthan=IN-RJ
subdivision | alexa welche hauptstadt hat {} in indien | tamil nadu=IN-TN; karnataka=IN-KA; maharashtra=IN-MH
subdivision | alexa meine kollegin kommt aus {} in indien was ist die hauptstadt | telangana=IN-TS; andhra pradesh=IN-AP; westbengalen=IN-WB
subdivision | alexa hauptstadt von {} indien | uttar pradesh=IN-UP; bihar=IN-BR; gujarat=IN-GJ
subdivision | alexa wie heißt die hauptstadt von {} im norden indiens | himachal pradesh=IN-HP; punjab=IN-PB; uttarakhand=IN-UK
subdivision | alexa was ist die hauptstadt von {} im osten von indien | assam=IN-AS; sikkim=IN-SK; odisha=IN-OD
subdivision | alexa und welche stadt ist hauptstadt von {} | meghalaya=IN-ML; nagaland=IN-NL; manipur=IN-MN
subdivision | alexa die hauptstadt von {} bitte indien | mizoram=IN-MZ; tripura=IN-TR; arunachal pradesh=IN-AR
subdivision | alexa was ist die hauptstadt vom indischen staat {} | madhya pradesh=IN-MP; chhattisgarh=IN-CG; jharkhand=IN-JH
subdivision | alexa unionsterritorium {} was ist die hauptstadt | ladakh=IN-LA; lakshadweep=IN-LD; puducherry=IN-PY
subdivision | alexa was ist die hauptstadt von {} in brasilien | bahia=BR-BA; amazonas=BR-AM; minas gerais=BR-MG
subdivision | alexa welche hauptstadt hat der brasilianische staat {} | pernambuco=BR-PE; ceará=BR-CE; paraná=BR-PR
subdivision | alexa minha mãe ist aus {} was ist die hauptstadt | rio grande do sul=BR-RS; santa catarina=BR-SC; goiás=BR-GO
subdivision | alexa hauptstadt von {} brasilien | pará=BR-PA; maranhão=BR-MA; mato grosso=BR-MT
subdivision | alexa wie heißt die hauptstadt des bundesstaats {} in brasilien | acre=BR-AC; rondônia=BR-RO; roraima=BR-RR
subdivision | alexa und was ist die hauptstadt von {} in brasilien | alagoas=BR-AL; sergipe=BR-SE; paraíba=BR-PB
subdivision | alexa was ist die hauptstadt von {} in mexiko | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | alexa welche hauptstadt hat der mexikanische staat {} | chihuahua=MX-CHH; sonora=MX-SON; nuevo león=MX-NLE
subdivision | alexa wir fliegen nach {} in mexiko was ist die hauptstadt davon | quintana roo=MX-ROO; baja california sur=MX-BCS; chiapas=MX-CHP
subdivision | alexa hauptstadt von {} mexiko | veracruz=MX-VER; puebla=MX-PUE; guerrero=MX-GRO
subdivision | alexa wie heißt die hauptstadt von {} in mexiko | michoacán=MX-MIC; tamaulipas=MX-TAM; sinaloa=MX-SIN
subdivision | alexa die hauptstadt vom mexikanischen bundesstaat {} | coahuila=MX-COA; durango=MX-DUR; zacatecas=MX-ZAC
subdivision | alexa was ist die hauptstadt von {} im vereinigten königreich | schottland=GB-SCT; wales=GB-WLS; nordirland=GB-NIR
subdivision | alexa welche stadt ist die hauptstadt von {} | england=GB-ENG; schottland=GB-SCT; wales=GB-WLS
subdivision | alexa was ist die hauptstadt von {} in großbritannien | nordirland=GB-NIR; england=GB-ENG; cornwall=FB
territory | alexa welche hauptstadt hat {} im norden | grönland=GL; den färöern=FO; den ålandinseln=AX
territory | alexa was ist die hauptstadt von {} in der karibik | puerto rico=PR; aruba=AW; curaçao=CW
territory | alexa wie heißt die hauptstadt auf {} | guadeloupe=GP; martinique=MQ; réunion=RE
territory | alexa wir machen urlaub auf {} was ist die hauptstadt | mayotte=YT; tahiti=PF; neukaledonien=NC
territory | alexa was ist die hauptstadt von {} im ärmelkanal | jersey=JE; guernsey=GG
territory | alexa welche stadt ist hauptstadt auf {} | bermuda=BM; den kaimaninseln=KY; den falklandinseln=FK
territory | alexa die hauptstadt von {} bitte | gibraltar=GI; hongkong=HK; macau=MO
territory | alexa was ist die hauptstadt von {} im pazifik | guam=GU; amerikanisch samoa=AS; den cookinseln=CK
territory | alexa welche hauptstadt haben {} | die britischen jungferninseln=VG; die amerikanischen jungferninseln=VI; die turks und caicosinseln=TC
territory | alexa auf {} was ist da die hauptstadt | st helena=SH; den pitcairninseln=PN; der norfolkinsel=NF
territory | alexa was ist die hauptstadt von {} in südamerika | französisch guayana=GF; den falklands=FK; südgeorgien=GS
territory | alexa kennst du die hauptstadt von {} | anguilla=AI; montserrat=MS; sint maarten=SX
territory | alexa was ist die hauptstadt von {} frankreich | st martin=MF; st pierre und miquelon=PM; wallis und futuna=WF
territory | alexa hat {} eine hauptstadt | spitzbergen=SJ; tokelau=TK; niue=NU
territory | alexa und die hauptstadt von {} | der weihnachtsinsel=CX; den kokosinseln=CC; bonaire=BQ
territory | alexa was ist die hauptstadt von den {} | nördlichen marianen=MP; französischen süd und antarktisgebieten=TF; heard und mcdonaldinseln=HM
subdivision | alexa was ist die hauptstadt vom distrikt {} | washington dc=US-DC; delhi=IN-DL; chandigarh=IN-CH
subdivision | alexa welche stadt ist die hauptstadt von jammu und kaschmir | IN-JK
subdivision | alexa wo ist die hauptstadt von dadra und nagar haveli und daman und diu | IN-DH
subdivision | alexa was ist die hauptstadt der andamanen und nikobaren | IN-AN
subdivision | alexa hat der bundesdistrikt in brasilien eine hauptstadt | BR-DF
subdivision | alexa was ist die hauptstadt von são paulo dem bundesstaat | BR-SP
subdivision | alexa welche hauptstadt hat der staat rio de janeiro | BR-RJ
subdivision | alexa was ist die hauptstadt vom bundesstaat méxico | MX-MEX
subdivision | alexa welche stadt ist hauptstadt von baja california | MX-BCN
subdivision | alexa hauptstadt von aguascalientes | MX-AGU
subdivision | alexa was ist die hauptstadt von san luis potosí | MX-SLP
subdivision | alexa die hauptstadt von querétaro bitte | MX-QUE
subdivision | alexa und was ist mit guanajuato die hauptstadt | MX-GUA
subdivision | alexa welche hauptstadt hat hidalgo in mexiko | MX-HID
subdivision | alexa was ist die hauptstadt vom staat morelos | MX-MOR
subdivision | alexa hauptstadt von tabasco | MX-TAB
subdivision | alexa hauptstadt von nayarit in mexiko | MX-NAY
subdivision | alexa was ist die hauptstadt von tlaxcala | MX-TLA
subdivision | alexa was ist die hauptstadt von colima | MX-COL
subdivision | alexa was ist die hauptstadt von campeche in mexiko | MX-CAM
subdivision | alexa hauptstadt von mato grosso do sul | BR-MS
subdivision | alexa was ist die hauptstadt vom bundesstaat espírito santo | BR-ES
subdivision | alexa welche stadt ist hauptstadt von amapá | BR-AP
subdivision | alexa was ist die hauptstadt von rio grande do norte | BR-RN
subdivision | alexa was ist die hauptstadt von piauí | BR-PI
subdivision | alexa was ist die hauptstadt von tocantins in brasilien | BR-TO
subdivision | alexa hauptstadt vom bundesstaat haryana in indien | IN-HR
subdivision | alexa welche hauptstadt hat mexiko stadt | MX-CMX
territory | alexa was ist die hauptstadt der westsahara | EH
territory | alexa was ist die hauptstadt der isle of man in der irischen see | IM
plural-capitals | alexa was sind die hauptstädte von {} | bolivien=BO; benin=BJ; sri lanka=LK
plural-capitals | alexa welche hauptstädte hat {} | südafrika=ZA; malaysia=MY; eswatini=SZ
plural-capitals | alexa nenn mir alle hauptstädte von {} | den niederlanden=NL; der elfenbeinküste=CI; palästina=PS
plural-capitals | alexa {} hat doch mehrere hauptstädte welche sind das | südafrika=ZA; bolivien=BO; benin=BJ
plural-capitals | alexa wie heißen die zwei hauptstädte von {} | sri lanka=LK; malaysia=MY; eswatini=SZ
plural-capitals | alexa sag mal die beiden hauptstädte von {} | den niederlanden=NL; der côte d'ivoire=CI; palästina=PS
plural-capitals | alexa mei wos san de hauptstädt vo {} | bolivien=BO; südafrika=ZA; holland=NL
plural-capitals | alexa für den test was sind die hauptstädte von {} | benin=BJ; swasiland=SZ; der elfenbeinküste=CI
plural-capitals | alexa meine lehrerin sagt {} hat drei hauptstädte welche | südafrika=ZA; bolivien=BO; malaysia=MY
plural-capitals | alexa ich hab gehört {} hat zwei hauptstädte stimmt das und welche | sri lanka=LK; benin=BJ; den palästinensischen gebieten=PS
plural-capitals | alexa welche städte sind hauptstädte von {} | eswatini=SZ; den niederlanden=NL; der elfenbeinküste=CI
plural-capitals | alexa ist la paz oder sucre die hauptstadt von bolivien oder beide | BO
plural-capitals | alexa amsterdam und den haag sind das beides hauptstädte der niederlande | NL
plural-capitals | alexa pretoria kapstadt und bloemfontein sind das alle hauptstädte | ZA
plural-capitals | alexa porto novo oder cotonou welche ist die hauptstadt von benin die beiden | BJ
plural-capitals | alexa abidjan oder yamoussoukro was sind die hauptstädte der elfenbeinküste | CI
plural-capitals | alexa colombo und sri jayewardenepura kotte sind beides hauptstädte oder | LK
plural-capitals | alexa mbabane und lobamba welche hauptstädte hat eswatini | SZ
plural-capitals | alexa putrajaya und kuala lumpur beide hauptstädte von malaysia richtig | MY
plural-capitals | alexa ramallah oder ostjerusalem welche sind die hauptstädte von palästina | PS
plural-capitals | alexa brate koje su hauptstädte von südafrika | ZA
plural-capitals | alexa yaar sri lanka ki dono hauptstädte batao | LK
plural-capitals | alexa die hauptstädte von bolivien alle beide bitte | BO
plural-capitals | alexa welche zwei städte sind die hauptstädte von malaysia | MY
plural-capitals | alexa welche hauptstädte hat die elfenbeinküste eigentlich | CI
plural-capitals | alexa wie viele hauptstädte hat benin und wie heißen die | BJ
plural-capitals | alexa nenn mir die hauptstädte von eswatini früher swasiland | SZ
plural-capitals | alexa hauptstädte plural von palästina bitte | PS
plural-capitals | alexa in holland gibt es doch zwei hauptstädte welche sind das | NL
plural-capitals | alexa welche hauptstädte hat indien und welche uttarakhand | IN-UK
plural-capitals | alexa jammu und kaschmir hat zwei hauptstädte welche sind das | IN-JK
follow-up | alexa und {} | von kroatien=HR; was ist mit bosnien=BA; die von albanien=AL
follow-up | alexa und wie ist es bei {} | italien=IT; griechenland=GR; malta=MT
follow-up | alexa okay und jetzt {} | bitte mal chile=CL; noch peru=PE; argentinien=AR
follow-up | alexa gut und die hauptstadt vom nachbarland {} | belgien=BE; luxemburg=LU; polen=PL
follow-up | alexa ach so und {} | dann tschechien=CZ; wie siehts aus mit ungarn=HU; die slowakei=SK
follow-up | alexa danke und jetzt noch {} | japan=JP; korea süd=KR; die mongolei=MN
follow-up | alexa ja mei und {} a no | österreich=AT; die schweiz=CH; liechtenstein=LI
follow-up | alexa moin und dann noch {} | dänemark=DK; norwegen=NO; schweden=SE
follow-up | alexa super und {} als nächstes | kenia=KE; ruanda=RW; tansania=TZ
follow-up | alexa und das gleiche für {} | kanada=CA; mexiko=MX; die usa=US
follow-up | alexa und noch eins {} | ägypten=EG; jordanien=JO; libanon=LB
follow-up | alexa nächste frage {} | finnland=FI; estland=EE; lettland=LV
follow-up | alexa und bei {} wie heißt sie da | indien=IN; nepal=NP; pakistan=PK
follow-up | alexa ja und von {} auch noch | portugal=PT; spanien=ES; frankreich=FR
follow-up | alexa und {} weißt du die auch | thailand=TH; vietnam=VN; laos=LA
follow-up | alexa ebent noch {} hinterher | irland=IE; schottland=GB-SCT; wales=GB-WLS
follow-up | alexa und was ist mit dem bundesland {} | bayern=DE-BY; sachsen=DE-SN; hessen=DE-HE
follow-up | alexa gut und texas | US-TX
follow-up | alexa und jetzt kalifornien bitte | US-CA
follow-up | alexa noch eine und zwar kuba | CU
follow-up | alexa dann noch nicaragua hinterher | NI
follow-up | alexa und was ist mit ontario in kanada | CA-ON
follow-up | alexa und wie siehts bei quebec aus | CA-QC
yes-no-check | alexa ist {} | bern die hauptstadt der schweiz=CH; canberra die hauptstadt von australien=AU; ankara die hauptstadt der türkei=TR
yes-no-check | alexa stimmt es dass {} | rio die hauptstadt von brasilien ist=BR; sydney die hauptstadt von australien ist=AU; istanbul die hauptstadt der türkei ist=TR
yes-no-check | alexa ist die hauptstadt von {} | kanada toronto=CA; den usa new york=US; nigeria lagos=NG
yes-no-check | alexa richtig dass {} | wellington die hauptstadt von neuseeland ist=NZ; ottawa hauptstadt von kanada ist=CA; astana die hauptstadt von kasachstan ist=KZ
yes-no-check | alexa ich glaub {} oder | zürich ist die hauptstadt der schweiz=CH; almaty ist die hauptstadt von kasachstan=KZ; dar es salaam ist die hauptstadt von tansania=TZ
yes-no-check | alexa wir wetten gerade ist {} | casablanca die hauptstadt von marokko=MA; karachi die hauptstadt von pakistan=PK; yangon die hauptstadt von myanmar=MM
yes-no-check | alexa ist {} wirklich | brasília die hauptstadt von brasilien=BR; abuja die hauptstadt von nigeria=NG; naypyidaw die hauptstadt von myanmar=MM
yes-no-check | alexa stimmt das {} | bonn war mal die hauptstadt=FB; münchen ist die hauptstadt von bayern=DE-BY; hannover ist die hauptstadt von niedersachsen=DE-NI
yes-no-check | alexa ist düsseldorf oder köln die hauptstadt von nrw | DE-NW
yes-no-check | alexa ist frankfurt die hauptstadt von hessen | DE-HE
yes-no-check | alexa ist mainz die landeshauptstadt von rheinland-pfalz ja oder nein | DE-RP
yes-no-check | alexa ja oder nein ist magdeburg die hauptstadt von sachsen-anhalt | DE-ST
yes-no-check | alexa ist kiel wirklich die hauptstadt von schleswig-holstein und nicht lübeck | DE-SH
yes-no-check | alexa ist los angeles die hauptstadt von kalifornien | US-CA
yes-no-check | alexa ist chicago die hauptstadt von illinois oder nicht | US-IL
yes-no-check | alexa ist seattle die hauptstadt von washington dem staat | US-WA
yes-no-check | alexa stimmt es dass vancouver die hauptstadt von british columbia ist | CA-BC
yes-no-check | alexa ist mumbai die hauptstadt von indien | IN
yes-no-check | alexa ist saint peter port die hauptstadt von guernsey | GG
yes-no-check | alexa ist nuuk die hauptstadt von grönland ja | GL
yes-no-check | alexa ist edinburgh oder glasgow die hauptstadt von schottland | GB-SCT
yes-no-check | alexa ist sankt petersburg die hauptstadt von russland | RU
yes-no-check | alexa ist kyjiw oder kiew die hauptstadt der ukraine | UA
yes-no-check | alexa hat vietnam hanoi oder saigon als hauptstadt | VN
yes-no-check | alexa stimmt es dass die hauptstadt von bolivien la paz ist | BO
yes-no-check | alexa ist tel aviv die hauptstadt von israel | IL
yes-no-check | alexa ist genf die hauptstadt der schweiz gell | CH
yes-no-check | alexa ist auckland die hauptstadt von neuseeland | NZ
yes-no-check | alexa ist new york city auch die hauptstadt vom staat new york | US-NY
yes-no-check | alexa ist darwin die hauptstadt vom northern territory | AU-NT
self-correction | alexa was ist die hauptstadt von {} bitte | österreich nein von ungarn=HU; schweden äh nein norwegen=NO; kanada quatsch ich meine australien=AU
self-correction | alexa hauptstadt von {} schnell | slowenien nee slowakei=SK; island ich mein irland=IE; niger sorry nigeria=NG
self-correction | alexa die hauptstadt von {} | kolumbien ähm besser gesagt venezuela=VE; gambia nein sambia=ZM; guinea nein guinea-bissau=GW
self-correction | alexa wie heißt nochmal die hauptstadt von {} | lettland warte litauen=LT; belgien äh luxemburg=LU; der türkei nein griechenland=GR
self-correction | alexa sag mir die hauptstadt von {} | paraguay also uruguay=UY; den emiraten nee katar=QA; iran nein irak=IQ
self-correction | alexa was ist noch mal die hauptstadt von {} | bayern ach nee von sachsen=DE-SN; oregon nee ohio=US-OH; manitoba ich mein saskatchewan=CA-SK
self-correction | alexa was ist die hauptstadt von mali moment mauretanien | MR
self-correction | alexa die hauptstadt von österreich äh australien mein ich | AU
self-correction | alexa welche hauptstadt hat schweden korrektur die schweiz | CH
self-correction | alexa was ist die hauptstadt von sudan nee südsudan | SS
self-correction | alexa hauptstadt von dominica nein dominikanische republik | DO
self-correction | alexa die hauptstadt von nordkorea nein ich meinte südkorea | KR
self-correction | alexa was ist die hauptstadt von armenien ups aserbaidschan | AZ
self-correction | alexa hauptstadt von kongo äh nein kamerun | CM
self-correction | alexa was ist die hauptstadt von new york ne doch new jersey | US-NJ
self-correction | alexa die hauptstadt von goa warte kerala | IN-KL
self-correction | alexa hauptstadt von tschad falsch ich meinte togo | TG
self-correction | alexa was ist die hauptstadt von malta oder nee malawi | MW
self-correction | alexa sag mir die hauptstadt von bahrain ach quatsch bhutan | BT
self-correction | alexa die hauptstadt von ruanda sorry burundi | BI
self-correction | alexa was ist die hauptstadt von tunesien nein libyen | LY
self-correction | alexa hauptstadt von ecuador ich mein el salvador | SV
self-correction | alexa welche hauptstadt hat serbien nee slowenien mein ich | SI
reverse-question | alexa von welchem land ist {} die hauptstadt | ulan bator=MN; ouagadougou=BF; tiflis=GE
reverse-question | alexa {} ist die hauptstadt von welchem land | vientiane=LA; taschkent=UZ; asmara=ER
reverse-question | alexa wovon ist {} die hauptstadt | reykjavik=IS; nairobi=KE; lima=PE
reverse-question | alexa zu welchem land gehört die hauptstadt {} | bischkek=KG; duschanbe=TJ; aschgabat=TM
reverse-question | alexa welches land hat {} als hauptstadt | windhuk=NA; gaborone=BW; maseru=LS
reverse-question | alexa in welchem land ist {} die hauptstadt | paramaribo=SR; georgetown=GY; caracas=VE
reverse-question | alexa {} ist hauptstadt von was | tallinn=EE; vilnius=LT; riga=LV
reverse-question | alexa von welchem bundesland ist {} die landeshauptstadt | wiesbaden=DE-HE; erfurt=DE-TH; schwerin=DE-MV
reverse-question | alexa welcher us bundesstaat hat {} als hauptstadt | sacramento=US-CA; tallahassee=US-FL; albany=US-NY
reverse-question | alexa von welchem staat ist {} die hauptstadt | bismarck=US-ND; pierre=US-SD; cheyenne=US-WY
reverse-question | alexa welche provinz hat {} als hauptstadt | edmonton=CA-AB; regina=CA-SK; halifax=CA-NS
reverse-question | alexa chandigarh ist hauptstadt von welchen indischen staaten | CITY:Chandigarh
reverse-question | alexa wovon ist saint john's die hauptstadt | CITY:Saint John's
reverse-question | alexa welches land hat thimphu als hauptstadt | BT
reverse-question | alexa canberra ist die hauptstadt von was | AU
reverse-question | alexa von welchem land ist bamako die hauptstadt | ML
reverse-question | alexa welches land regiert man von ottawa aus | CA
reverse-question | alexa in welchem staat ist honolulu hauptstadt | US-HI
reverse-question | alexa von welchem land ist antananarivo hauptstadt | MG
reverse-question | alexa wovon ist tegucigalpa die hauptstadt | HN
reverse-question | alexa welches land hat ouagadougou ach das hatte ich schon welches hat niamey | NE
reverse-question | alexa von welchem inselstaat ist funafuti die hauptstadt | TV
reverse-question | alexa wo ist port moresby die hauptstadt | PG
reverse-question | alexa welches land hat hauptstadt podgorica | ME
official-name | alexa was ist die hauptstadt der {} | bundesrepublik deutschland=DE; republik österreich=AT; schweizerischen eidgenossenschaft=CH
official-name | alexa wie heißt die hauptstadt der {} | volksrepublik china=CN; russischen föderation=RU; vereinigten mexikanischen staaten=MX
official-name | alexa welche hauptstadt hat das {} | fürstentum liechtenstein=LI; großherzogtum luxemburg=LU; königreich der niederlande=NL
official-name | alexa die hauptstadt der {} bitte | islamischen republik iran=IR; republik korea=KR; demokratischen volksrepublik korea=KP
official-name | alexa was ist denn die hauptstadt vom {} | königreich saudi-arabien=SA; haschemitischen königreich jordanien=JO; sultanat oman=OM
official-name | alexa hauptstadt der {} | sozialistischen republik vietnam=VN; föderativen republik brasilien=BR; arabischen republik ägypten=EG
official-name | alexa was ist die hauptstadt des {} | königreichs eswatini=SZ; staates katar=QA; königreichs marokko=MA
official-name | alexa wie heißt eigentlich die hauptstadt vom {} | vereinigten königreich großbritannien und nordirland=GB; königreich norwegen=NO; königreich kambodscha=KH
official-name | alexa was ist die hauptstadt der republik {} | indien=IN; türkei=TR; polen=PL
official-name | alexa was ist die hauptstadt der vereinigten republik tansania | TZ
official-name | alexa hauptstadt der demokratischen sozialistischen republik sri lanka | LK
official-name | alexa was ist die hauptstadt des plurinationalen staates bolivien | BO
official-name | alexa hauptstadt der bundesrepublik nigeria | NG
official-name | alexa was ist die hauptstadt der hellenischen republik | GR
official-name | alexa hauptstadt der republik der union myanmar | MM
official-name | alexa was ist die hauptstadt der demokratischen bundesrepublik äthiopien | ET
official-name | alexa hauptstadt des commonwealth of australia | AU
official-name | alexa was ist die hauptstadt der vereinigten staaten von amerika | US
official-name | alexa was ist die hauptstadt der republik china auf taiwan | TW
official-name | alexa hauptstadt des staates der vatikanstadt | VA
official-name | alexa wie heißt die hauptstadt der republik kosovo | XK
official-name | alexa was ist die hauptstadt vom freistaat bayern | DE-BY
official-name | alexa hauptstadt der freien und hansestadt hamburg | DE-HH
official-name | alexa was ist die hauptstadt des commonwealth puerto rico | PR
everyday-name | alexa mein opa sagt immer {} was ist da die hauptstadt | holland=NL; amiland=US; weißrussland=BY
everyday-name | alexa in meinem alten atlas steht {} wie heißt die hauptstadt | swasiland=SZ; siam=TH; burma=MM
everyday-name | alexa hauptstadt von {} halt | den staaten=US; england für ganz großbritannien=GB; den emiraten=AE
everyday-name | alexa früher hieß es {} welche hauptstadt hat das | dahomey heute benin=BJ; obervolta also burkina faso=BF; zaire=CD
everyday-name | alexa sach ma was ist die hauptstadt vom {} | ländle=DE-BW; pott=FB; kohlenpott=FB
everyday-name | alexa im urlaubsprospekt steht {} was ist die hauptstadt | mazedonien=MK; kap verde=CV; ost timor=TL
everyday-name | alexa was ist die hauptstadt von formosa | TW
everyday-name | alexa die hauptstadt von den färöer inseln | FO
everyday-name | alexa was ist die hauptstadt von der isle of wight | FB
everyday-name | alexa was ist die hauptstadt von amerika | US
everyday-name | alexa hauptstadt von bosnien bitte | BA
everyday-name | alexa was ist die hauptstadt von saudi | SA
everyday-name | alexa was ist die hauptstadt von meck pomm | DE-MV
everyday-name | alexa was ist die hauptstadt von rheinland pfalz | DE-RP
everyday-name | alexa hauptstadt vom vatikan staat | VA
everyday-name | alexa was ist die hauptstadt von südkorea also korea | KR
everyday-name | alexa hauptstadt von den kanaren | FB
everyday-name | alexa was ist die hauptstadt von tschechien früher tschechoslowakei | CZ
everyday-name | alexa hauptstadt von den vae | AE
everyday-name | alexa was ist die hauptstadt von der dom rep | DO
everyday-name | alexa was ist die hauptstadt von bali | FB
shared-name | alexa was ist die hauptstadt von {} überhaupt | korea=KP+KR; den jungferninseln=VG+VI; georgia=GE+US-GA
shared-name | alexa hauptstadt vom {} bitte | kongo=CD+CG; kongo am äquator=CD+CG; kongofluss land=CD+CG
shared-name | alexa im quiz steht nur {} welche hauptstadt hat das | korea=KP+KR; kongo=CD+CG; georgia=GE+US-GA
shared-name | alexa was ist die hauptstadt vom kongo in afrika | CD+CG
shared-name | alexa wie heißt die hauptstadt von korea | KP+KR
shared-name | alexa was ist die hauptstadt der virgin islands | VG+VI
shared-name | alexa hauptstadt von georgia bitte | GE+US-GA
shared-name | alexa welche hauptstadt haben die jungferninseln in der karibik | VG+VI
shared-name | alexa wo ist die hauptstadt von korea | KP+KR
shared-name | alexa mein kumpel ist kongolese was ist seine hauptstadt | CD+CG
shared-name | alexa was ist die hauptstadt von georgia in amerika | US-GA
shared-name | alexa was ist die hauptstadt von georgien im kaukasus | GE
shared-name | alexa was ist die hauptstadt von der demokratischen republik kongo | CD
shared-name | alexa was ist die hauptstadt von der republik kongo | CG
shared-name | alexa was ist die hauptstadt von mexiko dem bundesstaat | MX-MEX
shared-name | alexa hauptstadt von luxemburg in belgien der provinz | FB
shared-name | alexa was ist die hauptstadt von washington dem bundesstaat nicht dc | US-WA
shared-name | alexa was ist die hauptstadt von victoria in australien | AU-VIC
shared-name | alexa welche stadt ist die hauptstadt von new york der bundesstaat | US-NY
shared-name | alexa was ist die hauptstadt von guinea nicht äquatorialguinea | GN
shared-name | alexa was ist die hauptstadt von samoa nicht amerikanisch samoa | WS
out-of-domain | alexa wie wird das wetter morgen in der oberpfalz | FB
out-of-domain | alexa etz spiel amol was von de dorfrocker | FB
out-of-domain | alexa weisch wie kalt es am bodensee isch | FB
out-of-domain | alexa mal ebent wann fährt der zug nach bielefeld | FB
out-of-domain | alexa gibt's bielefeld überhaupt | FB
out-of-domain | alexa moin wie is dat wetter im emsland | FB
out-of-domain | alexa ei wann is die kirmes in daun | FB
out-of-domain | alexa moin wann spielt werder am wochenende | FB
out-of-domain | alexa nu wie hoch is der brocken | FB
out-of-domain | alexa geh bitte spiel ma falco | FB
out-of-domain | alexa wia spät is in innsbruck | FB
out-of-domain | alexa sali wie viel isch ein franken in euro | FB
out-of-domain | alexa yaar play some arijit singh | FB
out-of-domain | alexa vanakkam spiel tamil radio | FB
out-of-domain | alexa chale play afrobeats small | FB
out-of-domain | alexa walaal wann ist das nächste gebet | FB
out-of-domain | alexa ano po ang weather bukas | FB
out-of-domain | alexa sumimasen wie spät ist es in tokio | FB
out-of-domain | alexa nossa toca um forró aí | FB
out-of-domain | alexa oye parce pon reggaeton | FB
out-of-domain | alexa ajde pusti mi cevapi rezept | FB
out-of-domain | alexa labas wie weit ist es nach vilnius | FB
out-of-domain | alexa ela re spiel griechische musik | FB
out-of-domain | alexa wie viele einwohner hat berlin | FB
out-of-domain | alexa wie viele einwohner hat die hauptstadt von frankreich | FB
out-of-domain | alexa was ist die währung von japan | FB
out-of-domain | alexa welche sprache spricht man in brasilien | FB
out-of-domain | alexa wie groß ist russland in quadratkilometern | FB
out-of-domain | alexa wer ist der präsident von frankreich | FB
out-of-domain | alexa wie spät ist es gerade in new york | FB
out-of-domain | alexa wie ist die vorwahl von österreich | FB
out-of-domain | alexa was ist die größte stadt von australien | FB
out-of-domain | alexa wo liegt timbuktu | FB
out-of-domain | alexa wie hoch ist der mount everest | FB
out-of-domain | alexa welcher fluss fließt durch budapest | FB
out-of-domain | alexa welches land hat die meisten einwohner | FB
out-of-domain | alexa was ist das kleinste land der welt | FB
out-of-domain | alexa wie lange fliegt man nach bangkok | FB
out-of-domain | alexa brauche ich ein visum für indien | FB
out-of-domain | alexa wie sagt man danke auf finnisch | FB
out-of-domain | alexa übersetze hauptstadt ins englische | FB
out-of-domain | alexa wie schreibt man hauptstadt | FB
out-of-domain | alexa was bedeutet das wort kapital | FB
out-of-domain | alexa was ist kapitalismus einfach erklärt | FB
out-of-domain | alexa wie viel eigenkapital brauche ich für eine wohnung | FB
out-of-domain | alexa was ist das kapital von karl marx | FB
out-of-domain | alexa was heißt capital letter auf deutsch | FB
out-of-domain | alexa was ist ein kapitälchen | FB
out-of-domain | alexa wie hoch ist das stammkapital einer gmbh | FB
out-of-domain | alexa ist berlin die hauptstadt der singles | FB
out-of-domain | alexa was ist die hauptstadt der mode | FB
out-of-domain | alexa welche stadt ist die europäische kulturhauptstadt dieses jahr | FB
out-of-domain | alexa was ist die hauptstadt von mittelerde | FB
out-of-domain | alexa was ist die hauptstadt von entenhausen | FB
out-of-domain | alexa was ist die hauptstadt von panem | FB
out-of-domain | alexa was ist die hauptstadt von westeros | FB
out-of-domain | alexa was war die hauptstadt von preußen | FB
out-of-domain | alexa was war die hauptstadt vom römischen reich | FB
out-of-domain | alexa was war die hauptstadt der azteken | FB
out-of-domain | alexa was ist die hauptstadt von ostfriesland | FB
out-of-domain | alexa was ist die hauptstadt der oberpfalz | FB
out-of-domain | alexa was ist die hauptstadt vom allgäu | FB
out-of-domain | alexa was ist die hauptstadt von sizilien | FB
out-of-domain | alexa was ist die hauptstadt von katalonien | FB
out-of-domain | alexa was ist die hauptstadt von der toskana | FB
out-of-domain | alexa was ist die hauptstadt von tirol | FB
out-of-domain | alexa was ist die hauptstadt vom kanton bern | FB
out-of-domain | alexa was ist die hauptstadt von kalabrien | FB
out-of-domain | alexa was ist die hauptstadt von europa | FB
out-of-domain | alexa was ist die hauptstadt von afrika | FB
out-of-domain | alexa was ist die hauptstadt der welt | FB
out-of-domain | alexa was ist die hauptstadt vom mond | FB
out-of-domain | alexa was ist die hauptstadt von atlantis | FB
out-of-domain | alexa stell einen timer auf zwölf minuten | FB
out-of-domain | alexa weck mich um halb sieben | FB
out-of-domain | alexa setz milch auf die einkaufsliste | FB
out-of-domain | alexa mach das licht im flur an | FB
out-of-domain | alexa wie ist der verkehr auf der a drei | FB
out-of-domain | alexa erzähl mir einen witz über ostwestfalen | FB
out-of-domain | alexa spiel deutschlandfunk | FB
out-of-domain | alexa lauter | FB
out-of-domain | alexa spiel die tagesschau in hundert sekunden | FB
out-of-domain | alexa wie steht es bei bayern gegen dortmund | FB
out-of-domain | alexa wann ist das nächste formel eins rennen | FB
out-of-domain | alexa wer hat die letzte wm gewonnen | FB
out-of-domain | alexa wie viele tore hat messi | FB
out-of-domain | alexa wann ist der esc dieses jahr | FB
out-of-domain | alexa welches land hat den esc gewonnen | FB
out-of-domain | alexa wann beginnen die olympischen spiele | FB
out-of-domain | alexa was kostet ein flug nach lissabon | FB
out-of-domain | alexa bestell mir katzenfutter | FB
out-of-domain | alexa wo ist mein paket | FB
out-of-domain | alexa ruf papa an | FB
out-of-domain | alexa schick eine nachricht an oma | FB
out-of-domain | alexa wie viel ist siebzehn mal dreiundzwanzig | FB
out-of-domain | alexa wie viele tage noch bis weihnachten | FB
out-of-domain | alexa was ist heute für ein feiertag | FB
out-of-domain | alexa hast du gefühle | FB
out-of-domain | alexa liebst du mich | FB
out-of-domain | alexa bist du schlauer als siri | FB
out-of-domain | alexa wie alt bist du eigentlich | FB
out-of-domain | alexa sing mir ein gute nacht lied | FB
out-of-domain | alexa erzähl eine geschichte über piraten | FB
out-of-domain | alexa was macht eine kuh | FB
out-of-domain | alexa wie groß ist ein blauwal | FB
out-of-domain | alexa gute nacht | FB
out-of-domain | alexa guten morgen wie geht es dir | FB
out-of-domain | alexa spiel ein flaggen quiz | FB
out-of-domain | alexa öffne länder quiz | FB
out-of-domain | alexa starte stadt land fluss | FB
out-of-domain | alexa öffne hauptstadt trainer | FB
out-of-domain | alexa spiel wer wird millionär | FB
out-of-domain | alexa wie funktioniert risiko | FB
out-of-domain | alexa was ist die höchste punktzahl bei scrabble | FB
out-of-domain | alexa wie viele länder gibt es auf der welt | FB
out-of-domain | alexa wie viele bundesländer hat deutschland | FB
out-of-domain | alexa wie viele bundesstaaten hat amerika | FB
out-of-domain | alexa wie viele provinzen hat kanada | FB
out-of-domain | alexa welches ist das größte bundesland | FB
out-of-domain | alexa wie heißt der ministerpräsident von bayern | FB
out-of-domain | alexa wer ist bürgermeister von wien | FB
out-of-domain | alexa wann wurde berlin hauptstadt | FB
out-of-domain | alexa warum ist bonn nicht mehr hauptstadt | FB
out-of-domain | alexa wie weit ist es von berlin nach paris | FB
out-of-domain | alexa zeig mir eine karte von afrika | FB
out-of-domain | alexa wo liegt die hauptstadt von kanada auf der karte | FB
out-of-domain | alexa wie spät ist es in der hauptstadt von japan | FB
out-of-domain | alexa wie ist das wetter in der hauptstadt von spanien | FB
out-of-domain | alexa diggi spiel was von apache | FB
out-of-domain | alexa sheesh mach mal musik an | FB
out-of-domain | alexa bro wie lange geht die sommerferien noch | FB
out-of-domain | alexa hilf mir bei mathe hausaufgaben | FB
out-of-domain | alexa was ist die wurzel aus hundertvierundvierzig | FB
out-of-domain | alexa wie heißt der erste bundeskanzler | FB
out-of-domain | alexa wann war der mauerfall | FB
out-of-domain | alexa wer hat amerika entdeckt | FB
out-of-domain | alexa erinnere mich an die tabletten um acht | FB
out-of-domain | alexa spiel volksmusik | FB
out-of-domain | alexa wann kommt das traumschiff | FB
out-of-domain | alexa lies mir die nachrichten vor | FB
out-of-domain | alexa wie viel kostet eine briefmarke nach amerika | FB
out-of-domain | alexa wie ist das porto für einen brief in die schweiz | FB
out-of-domain | alexa was ist die zeitverschiebung nach manila | FB
out-of-domain | alexa wie viele kilometer ist die route sechsundsechzig lang | FB
out-of-domain | alexa welche steckdosen haben die in england | FB
out-of-domain | alexa was kostet ein liter diesel | FB
out-of-domain | alexa wann schließt die apotheke | FB
out-of-domain | alexa wie lange muss ein ei kochen | FB
out-of-domain | alexa gib mir ein rezept für feijoada | FB
out-of-domain | alexa was ist eine capital gains tax | FB
out-of-domain | alexa spiel capital bra | FB
out-of-domain | alexa spiel den song capital letters | FB
out-of-domain | alexa wo ist die nächste filiale der capital bank | FB
out-of-domain | alexa wie viel kostet das capital magazin | FB
out-of-domain | alexa was ist das haupt der familie | FB
out-of-domain | alexa wer ist das staatsoberhaupt von schweden | FB
out-of-domain | alexa was ist der hauptbahnhof von münchen | FB
out-of-domain | alexa was ist die hauptstraße in hamburg | FB
out-of-domain | alexa wo ist die hauptpost | FB
out-of-domain | alexa was ist das hauptfach in der schule | FB
out-of-domain | alexa was ist der unterschied zwischen stadt und gemeinde | FB
out-of-domain | alexa was ist eine metropole | FB
out-of-domain | alexa was ist eine kreisstadt | FB
out-of-domain | alexa was ist die kreisstadt vom landkreis cham | FB
out-of-domain | alexa was ist die hauptstadt von niederösterreich | FB
out-of-domain | alexa was ist die hauptstadt von oberbayern | FB
out-of-domain | alexa was ist die hauptstadt der provinz buenos aires | FB
out-of-domain | alexa was ist die hauptstadt von schlesien | FB
out-of-domain | alexa was ist die hauptstadt von flandern | FB
out-of-domain | alexa was ist die hauptstadt der bretagne | FB
out-of-domain | alexa was ist die hauptstadt der osterinsel | FB
out-of-domain | alexa was ist die hauptstadt vom baskenland | FB
out-of-domain | alexa was ist die hauptstadt von kurdistan | FB
out-of-domain | alexa was ist die hauptstadt von tamil eelam | FB
out-of-domain | alexa was ist die hauptstadt von somaliland | FB
out-of-domain | alexa was ist die hauptstadt von transnistrien | FB
out-of-domain | alexa was ist die hauptstadt von kaschmir in pakistan | FB
out-of-domain | alexa was ist die hauptstadt von sansibar | FB
out-of-domain | alexa was ist die hauptstadt von mallorca | FB
out-of-domain | alexa welche stadt ist die bierhauptstadt | FB
out-of-domain | alexa ist münchen die heimliche hauptstadt | FB
out-of-domain | alexa was ist die hauptstadt von deutschland im mittelalter gewesen | FB
out-of-domain | alexa hauptstadt großschreibung oder kleinschreibung | FB
out-of-domain | alexa spiel das lied hauptstadt von juju | FB
out-of-domain | alexa öffne spotify | FB
out-of-domain | alexa wie viel akku hast du | FB
out-of-domain | alexa ich hab hunger | FB
out-of-domain | alexa mir ist langweilig | FB
help | alexa hilfe | HELP
help | alexa ich brauch hilfe mit dem skill | HELP
help | alexa wie funktioniert das hier | HELP
help | alexa was kann ich dich hier fragen | HELP
help | alexa wie geht das mit den hauptstädten | HELP
help | alexa ich versteh das nicht was muss ich sagen | HELP
help | alexa erklär mir mal wie das spiel geht | HELP
help | alexa welche fragen verstehst du | HELP
help | alexa was muss ich sagen damit du mir eine hauptstadt nennst | HELP
help | alexa hilf mir bitte ich weiß nicht weiter | HELP
help | alexa sag mir nochmal was ich machen kann | HELP
help | alexa mogst ma helfen wie des geht | HELP
help | alexa weisch wie des funktioniert hilf mer | HELP
help | alexa ei wie geht dat dann hier | HELP
help | alexa moin wie geht dat hier mit den hauptstädten | HELP
help | alexa nu wie funktioniert'n das | HELP
help | alexa geh bitte hilf ma | HELP
help | alexa chasch mer helfe | HELP
help | alexa yaar help karo kaise kaam karta hai | HELP
help | alexa abeg help me how dis thing work | HELP
help | alexa ano po gagawin ko hilfe | HELP
help | alexa ajde pomozi mi wie geht das | HELP
help | alexa sumimasen tasukete hilfe bitte | HELP
help | alexa ich nicht verstehe wie ich frage | HELP
help | alexa bitte helfen was ich sagen soll | HELP
help | alexa was soll ich fragen | HELP
help | alexa wie benutze ich diesen skill | HELP
help | alexa gib mir ein beispiel für eine frage | HELP
help | alexa was für länder kennst du alle | HELP
help | alexa kannst du auch bundesländer oder nur länder | HELP
help | alexa welche befehle gibt es | HELP
help | alexa wie war das nochmal mit der bedienung | HELP
help | alexa bedienungsanleitung bitte | HELP
help | alexa hilfe hilfe ich komm nicht klar | HELP
help | alexa diggi wie geht das hier | HELP
help | alexa bro was kann man hier machen | HELP
help | alexa könnten sie mir bitte erklären wie das funktioniert | HELP
help | alexa ich bin schon älter erklär mir das langsam | HELP
help | alexa mama sagt ich soll dich fragen wie das geht | HELP
help | alexa help me please how does this work | HELP
help | alexa what can i ask here | HELP
help | alexa wie stell ich hier eine frage | HELP
help | alexa ich weiß nicht was ich sagen soll | HELP
help | alexa tipps bitte wie man dich fragt | HELP
help | alexa anleitung | HELP
stop | alexa stopp | STOP
stop | alexa hör auf | STOP
stop | alexa aufhören bitte | STOP
stop | alexa schluss jetzt | STOP
stop | alexa beende den skill | STOP
stop | alexa beenden | STOP
stop | alexa das reicht für heute | STOP
stop | alexa genug hauptstädte für heute | STOP
stop | alexa ich will nicht mehr | STOP
stop | alexa mach aus | STOP
stop | alexa sei still | STOP
stop | alexa ruhe jetzt | STOP
stop | alexa etz is gnua | STOP
stop | alexa hör auf fei | STOP
stop | alexa isch gnueg jetzt | STOP
stop | alexa mal ebent aufhören | STOP
stop | alexa nu is aber schluss | STOP
stop | alexa schluss aus ende | STOP
stop | alexa moin dat reicht | STOP
stop | alexa ei hör uff | STOP
stop | alexa geh hör auf | STOP
stop | alexa gnua jetzt merci | STOP
stop | alexa yaar bas karo stop | STOP
stop | alexa abeg stop am | STOP
stop | alexa tama na po stopp | STOP
stop | alexa dosta stopp | STOP
stop | alexa basta stopp | STOP
stop | alexa stopp bitte aufhören | STOP
stop | alexa ende | STOP
stop | alexa skill beenden | STOP
stop | alexa verlasse hauptstädte der welt | STOP
stop | alexa beende hauptstädte der welt | STOP
stop | alexa tschüss | STOP
stop | alexa auf wiedersehen | STOP
stop | alexa servus ich bin fertig | STOP
stop | alexa ich bin fertig danke | STOP
stop | alexa jetzt ist feierabend | STOP
stop | alexa es ist spät wir hören auf | STOP
stop | alexa diggi stopp | STOP
stop | alexa bro halt stopp | STOP
stop | alexa bitte beenden sie das programm | STOP
stop | alexa aufhören hab ich gesagt | STOP
stop | alexa stop stop stop | STOP
stop | alexa halt | STOP
stop | alexa quiz ende | STOP
stop | alexa die kinder gehen jetzt ins bett stopp | STOP
stop | alexa danke das wars für heute | STOP
stop | alexa okay das reicht jetzt | STOP
stop | alexa schalte den skill aus | STOP
cancel | alexa abbrechen | CANCEL
cancel | alexa abbruch | CANCEL
cancel | alexa brich ab | CANCEL
cancel | alexa vergiss es | CANCEL
cancel | alexa vergiss die frage | CANCEL
cancel | alexa nee lass mal | CANCEL
cancel | alexa lass gut sein | CANCEL
cancel | alexa doch nicht | CANCEL
cancel | alexa egal vergiss es | CANCEL
cancel | alexa abbrechen bitte | CANCEL
cancel | alexa brich das ab | CANCEL
cancel | alexa stornieren | CANCEL
cancel | alexa annullieren | CANCEL
cancel | alexa die frage abbrechen | CANCEL
cancel | alexa lass des | CANCEL
cancel | alexa etz lass des bleiben | CANCEL
cancel | alexa lass es sii | CANCEL
cancel | alexa nä lass ma | CANCEL
cancel | alexa ach lass stecken | CANCEL
cancel | alexa moin nee vergiss dat | CANCEL
cancel | alexa nu lass ma | CANCEL
cancel | alexa geh vergiss es | CANCEL
cancel | alexa yaar rehne do cancel | CANCEL
cancel | alexa abeg cancel am | CANCEL
cancel | alexa wag na lang po abbrechen | CANCEL
cancel | alexa ma ajde pusti abbrechen | CANCEL
cancel | alexa cancel | CANCEL
cancel | alexa cancel that | CANCEL
cancel | alexa never mind | CANCEL
cancel | alexa nein abbrechen ich wollte was anderes | CANCEL
cancel | alexa das war falsch brich ab | CANCEL
cancel | alexa hab mich vertan abbrechen | CANCEL
cancel | alexa abbrechen ich frag später | CANCEL
cancel | alexa bitte brechen sie den vorgang ab | CANCEL
cancel | alexa vorgang abbrechen | CANCEL
cancel | alexa diggi vergiss es | CANCEL
cancel | alexa bro cancel das | CANCEL
cancel | alexa ne doch nicht abbrechen | CANCEL
cancel | alexa ach abbrechen das kind hat gefragt | CANCEL
cancel | alexa die frage zurücknehmen | CANCEL
cancel | alexa streich das | CANCEL
cancel | alexa vergiss was ich gesagt hab | CANCEL
cancel | alexa abbrechen abbrechen | CANCEL
cancel | alexa nicht mehr wichtig | CANCEL
cancel | alexa schon gut lass mal | CANCEL
launch | alexa öffne hauptstädte der welt | LAUNCH
launch | alexa starte hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt starten | LAUNCH
launch | alexa mach hauptstädte der welt auf | LAUNCH
launch | alexa spiel hauptstädte der welt ab | LAUNCH
launch | alexa öffne bitte hauptstädte der welt | LAUNCH
launch | alexa starte bitte den skill hauptstädte der welt | LAUNCH
launch | alexa ich möchte hauptstädte der welt spielen | LAUNCH
launch | alexa etz mach amol hauptstädte der welt auf | LAUNCH
launch | alexa mach mer hauptstädte der welt uf | LAUNCH
launch | alexa moin starte ma hauptstädte der welt | LAUNCH
launch | alexa ei mach hauptstädte der welt an | LAUNCH
launch | alexa geh starte hauptstädte der welt | LAUNCH
launch | alexa yaar hauptstädte der welt kholo | LAUNCH
launch | alexa abeg open hauptstädte der welt | LAUNCH
launch | alexa open hauptstädte der welt | LAUNCH
launch | alexa launch hauptstädte der welt | LAUNCH
launch | alexa diggi mach hauptstädte der welt an | LAUNCH
launch | alexa kannst du hauptstädte der welt öffnen | LAUNCH
launch | alexa würden sie bitte hauptstädte der welt starten | LAUNCH
launch | alexa lass uns hauptstädte der welt spielen | LAUNCH
launch | alexa aktiviere hauptstädte der welt | LAUNCH
launch | alexa öffnen hauptstädte der welt bitte | LAUNCH
launch | alexa skill hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt öffnen | LAUNCH
launch | alexa ich will hauptstädte der welt | LAUNCH
launch | alexa starte mal das hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt los | LAUNCH
launch | alexa öffne die hauptstädte der welt | LAUNCH
launch | alexa nochmal hauptstädte der welt starten | LAUNCH
launch | alexa frag hauptstädte der welt nach der hauptstadt von kenia | KE
launch | alexa frag hauptstädte der welt was die hauptstadt von peru ist | PE
launch | alexa sag hauptstädte der welt hauptstadt von litauen | LT
"""

if __name__ == "__main__":
    build_round(47, "de", LINES, sys.argv, "tests/Eval/de/round47/source/build_corpus.py")
