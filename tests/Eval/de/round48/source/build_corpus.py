"""Round 48, German (de-DE): a new author's own mix, written blind at the start of the fiftieth session (brief
WRITER56.md). Speakers chosen apart from round 47 (the Upper Palatinate, the Allgäu, Lake Constance, East Westphalia, the
Emsland, the Eifel, the Westerwald, the Siegerland, Bremen, the Lüneburg Heath, the Harz, the Altmark, Vienna, Tyrol,
Basel, Bern, and its Tamil, Indian, Pakistani, West and East African, Filipino, Japanese, Brazilian, Colombian, Mexican,
Balkan, Czech, Lithuanian, Georgian, Russian-German, Greek, Spanish and Italian speakers), from the groups it says round
46 used (the Ruhr, the Sauerland, Lower Bavaria, Mecklenburg and Vorpommern, Schleswig-Holstein, the Erzgebirge,
Thuringia, the Vogtland, Lusatia, North Hesse; Ukrainian, Romanian, Vietnamese, Afghan, Iranian, Eritrean, Albanian,
Portuguese, Chinese, Korean, Hungarian, Nigerian, Dutch, Kurdish, Thai, Luxembourgish and Slovak speakers) and from the
regions it says rounds 44 and 45 used: Rhenish Hesse and Mainz ("ei gude wie", "weschd du", "allemol"), the Kurpfalz and
Mannheim ("alla hopp", "ajo", "hajo"), the Moselle and the Hunsrück ("wat ass", "wie heescht"), the Bergisches Land and
Wuppertal ("hömma", "boah sach ma", "wat is dat denn"), Hanover and Brunswick ("nä sag mal", near-standard speech),
Alsace ("sàg mir", "jo gell", French mixed in), South Tyrol ("sog amol", "woasch", "dai", "passt schun"), Styria and
Carinthia ("heast", "oida", "sog amoi"), German-speaking Namibians ("ag man", "is mos so", "jirre", "lekker"), Banat
Swabians and Transylvanian Saxons ("na gelle", "bitteschön"). Migrants and their families: Turkish-German ("lan", "abi",
"vallah", "kanka", "moruk", "hadi"), Polish ("no to", "prosze", "sluchaj", written without Polish diacritics), Levantine
Arabic (Syrian, Lebanese, Palestinian "yalla", "shu", "ya akhi", "habibi"), the Maghreb (Moroccan and Algerian "wakha",
"safi", "wesh", "zahma", French), the Southern Cone (Argentine "che", "decime", Chilean "po", "cachai", Uruguayan "bo"),
Swahili speakers from Kenya and Tanzania ("sasa", "tafadhali", "mambo poa", "rafiki"), Indonesians ("tolong", "kak",
"dong", "apa ibukota"), Scandinavians ("hej", "tack", "kan du"), American soldiers and British expats (English mixed
in). Ages, jobs and situations: kindergarten children (the nursery teacher, picture books, penguins), gamers and
streamers (Twitch chat, GeoGuessr map challenges, Minecraft, Discord, Civilization), care-home residents (memory
training, hard of hearing, old names like Ceylon, Siam, Persia), building-site workers (breakfast break, the foreman,
bets), farmers (milking, the tractor, a farm intern from Iowa), teachers (marking, Kahoot, a cover lesson), apprentices
at vocational school (travel agency, freight forwarding, bank), game nights (Quizduell, Tabu, Gefragt Gejagt, a flag
quiz, Wer bin ich), a camper-van road trip (motorway, ferry, Route 66), blind users (slowly, repeat, screen reader),
integration-course learners (case and word-order errors) and ASR mishearings (split names, "haupt statt", "haut stadt").
Built by round12_hinl_corpus.py (build_round with round 48's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
rheinhessen-mainz | alexa ei gude wie sach emol was is'n die hauptstadt vun {} | andorra=AD; de emirate=AE; afghanistan=AF
rheinhessen-mainz | alexa ei weschd du wie die hauptstadt vun {} heeßt | antigua und barbuda=AG; albanien=AL; armenien=AM
rheinhessen-mainz | alexa ei jo dann sach mer halt die hauptstadt vun {} | angola=AO; argentinien=AR; österreich=AT
rheinhessen-mainz | alexa ei gude beim fassenachtsumzug hot einer gefragt was die hauptstadt vun australien is | AU
rheinhessen-mainz | alexa ei allemol welche hauptstadt hot rheinland-pfalz | DE-RP
rheinhessen-mainz | alexa ei sach emol is mainz die hauptstadt vun hesse oder vun rheinland-pfalz | DE-RP
rheinhessen-mainz | alexa ei gude mir sin beim weinfest und streite was is die hauptstadt vun aserbaidschan | AZ
rheinhessen-mainz | alexa ei horch emol wie heeßt die hauptstadt vun bosnien | BA
kurpfalz-mannheim | alexa alla hopp sag emol die hauptstadt vun {} | barbados=BB; bangladesch=BD; belgien=BE
kurpfalz-mannheim | alexa ajo was is dann die hauptstadt vun {} | burkina faso=BF; bulgarien=BG; bahrain=BH
kurpfalz-mannheim | alexa hajo wie hääßt'n die hauptstadt vun {} | burundi=BI; brunei=BN; brasilien=BR
kurpfalz-mannheim | alexa alla gut dann sag mer noch die hauptstadt vun de bahamas | BS
kurpfalz-mannheim | alexa ajo im quadrat in monnem streite mir grad was is die hauptstadt vun bhutan | BT
kurpfalz-mannheim | alexa alla weißt du die hauptstadt vun baden-württemberg | DE-BW
kurpfalz-mannheim | alexa hajo un was is die hauptstadt vun botswana | BW
kurpfalz-mannheim | alexa alla hopp nochemol die hauptstadt vun belize | BZ
mosel-hunsrueck | alexa sach mol wat ass dann die hauptstadt vun {} | belarus=BY; kanada=CA; der zentralafrikanischen republik=CF
mosel-hunsrueck | alexa wat ass de haaptstadt vun {} | der schweiz=CH; chile=CL; kamerun=CM
mosel-hunsrueck | alexa jo sach mir eemol wie heescht die hauptstadt vun {} | china=CN; kolumbien=CO; costa rica=CR
mosel-hunsrueck | alexa mir sinn beim weinlesen wat ass die hauptstadt vun kuba | CU
mosel-hunsrueck | alexa sach mol weess du die hauptstadt vun luxemburg mir sinn jo direkt an der grenz | LU
mosel-hunsrueck | alexa wat ass dann die hauptstadt vum saarland | DE-SL
mosel-hunsrueck | alexa sach mol wat ass die hauptstadt vun kap verde | CV
mosel-hunsrueck | alexa jo wat ass'n die hauptstadt vun zypern | CY
bergisches-land | alexa wat is dat denn für ne hauptstadt in {} | tschechien=CZ; dschibuti=DJ; dänemark=DK
bergisches-land | alexa boah sach ma wat is die hauptstadt von {} | dominica=DM; der dominikanischen republik=DO; algerien=DZ
bergisches-land | alexa hömma wie heißt die hauptstadt von {} | ecuador=EC; estland=EE; ägypten=EG
bergisches-land | alexa in der schwebebahn hat mich einer gefragt wat is die hauptstadt von eritrea | ER
bergisches-land | alexa sach ma is düsseldorf oder köln die hauptstadt von nordrhein-westfalen | DE-NW
bergisches-land | alexa boah ey wat is nochma die hauptstadt von spanien | ES
bergisches-land | alexa hömma kennste die hauptstadt von äthiopien | ET
bergisches-land | alexa wat is dat die hauptstadt von finnland | FI
hannover-braunschweig | alexa nä sag mal was ist eigentlich die hauptstadt von {} | fidschi=FJ; mikronesien=FM; frankreich=FR
hannover-braunschweig | alexa ey sag mal kurz welche stadt ist die hauptstadt von {} | gabun=GA; grenada=GD; ghana=GH
hannover-braunschweig | alexa mal ganz ehrlich was ist die hauptstadt von {} | gambia=GM; guinea=GN; äquatorialguinea=GQ
hannover-braunschweig | alexa ist hannover wirklich die hauptstadt von niedersachsen | DE-NI
hannover-braunschweig | alexa nä also die hauptstadt von griechenland ist doch athen oder | GR
hannover-braunschweig | alexa wir fahren mit der eintracht nach guatemala nein quatsch aber was ist da die hauptstadt | GT
hannover-braunschweig | alexa sag mal die hauptstadt von guinea-bissau | GW
hannover-braunschweig | alexa was ist denn bitte die hauptstadt von guyana | GY
elsass | alexa sàg mir was isch d hauptstadt vun {} | honduras=HN; kroatien=HR; haiti=HT
elsass | alexa jo gell wie heißt d hauptstadt vun {} | ungarn heute=HU; indonesien=ID; irland=IE
elsass | alexa merci weisch du d hauptstadt vun {} | israel=IL; indien=IN; dem irak=IQ
elsass | alexa bonjour sag mir emol d hauptstadt vun frankrich | FR
elsass | alexa ech bin vun strossburi was isch d hauptstadt vun elsass lothringen | FB
elsass | alexa jo was isch denn d hauptstadt vun iran | IR
elsass | alexa sàg mir d hauptstadt vun island s'il te plaît | IS
suedtirol | alexa sog amol wos isch die hauptstadt vu {} | italien=IT; jamaika=JM; jordanien=JO
suedtirol | alexa gell du woasch die hauptstadt vu {} | japan=JP; kenia=KE; kirgisistan=KG
suedtirol | alexa dai sog mir schnell die hauptstadt vu {} | kambodscha=KH; kiribati=KI; de komoren=KM
suedtirol | alexa passt schun und wos isch die hauptstadt vu st kitts und nevis | KN
suedtirol | alexa i bin aus bozen isch bozen a hauptstadt | FB
suedtirol | alexa sog amol die hauptstadt vu kuwait | KW
suedtirol | alexa woasch du wos die hauptstadt vu kasachstan isch | KZ
steiermark-kaernten | alexa heast sog amoi wos is die hauptstodt vo {} | laos=LA; libanon=LB; st lucia=LC
steiermark-kaernten | alexa oida wos is die hauptstadt vo {} | liechtenstein=LI; liberia=LR; lesotho=LS
steiermark-kaernten | alexa geh sog ma bitte die hauptstodt vo {} | litauen=LT; lettland=LV; libyen=LY
steiermark-kaernten | alexa heast wos is denn die hauptstodt vo marokko | MA
steiermark-kaernten | alexa i bin aus graz is graz die hauptstadt vo der steiermark | FB
steiermark-kaernten | alexa oida die hauptstadt vo monaco | MC
steiermark-kaernten | alexa sog amoi wia hoaßt die hauptstadt vo moldawien | MD
steiermark-kaernten | alexa heast wos is die hauptstadt vo montenegro | ME
namibia-deutsch | alexa ag man sag mal was ist die hauptstadt von {} | madagaskar=MG; den marshallinseln=MH; nordmazedonien=MK
namibia-deutsch | alexa is mos so ne was ist nou die hauptstadt von {} | mali=ML; myanmar=MM; der mongolei=MN
namibia-deutsch | alexa jirre ich weiß nicht mehr die hauptstadt von {} | mauretanien=MR; malta=MT; mauritius=MU
namibia-deutsch | alexa ich bin aus windhoek aber was ist die hauptstadt von namibia eigentlich offiziell | NA
namibia-deutsch | alexa lekker und jetzt die hauptstadt von den malediven | MV
namibia-deutsch | alexa ag nee man sag mir die hauptstadt von malawi | MW
namibia-deutsch | alexa wir fahren nach swakop und danach was ist die hauptstadt von südafrika | ZA
namibia-deutsch | alexa ag sag mal die hauptstadt von sambia | ZM
banat-siebenbuergen | alexa na sag mir bitte die hauptstadt von {} | mexiko=MX; mosambik=MZ; niger=NE
banat-siebenbuergen | alexa gelle du weißt doch die hauptstadt von {} | nigeria=NG; nicaragua=NI; norwegen=NO
banat-siebenbuergen | alexa meine großmutter kommt aus dem banat was ist die hauptstadt von {} | rumänien=RO; serbien=RS; ungarn heute=HU
banat-siebenbuergen | alexa bei uns in hermannstadt sagt man was ist die hauptstadt von nepal | NP
banat-siebenbuergen | alexa na gelle die hauptstadt von nauru | NR
banat-siebenbuergen | alexa was ist denn bitteschön die hauptstadt von neuseeland | NZ
banat-siebenbuergen | alexa na wie heißt die hauptstadt von oman | OM
banat-siebenbuergen | alexa war hermannstadt mal die hauptstadt von siebenbürgen | FB
tuerkisch-deutsch | alexa lan sag ma was is hauptstadt von {} | panama=PA; peru=PE; papua-neuguinea=PG
tuerkisch-deutsch | alexa abi was is die hauptstadt von {} | den philippinen=PH; pakistan=PK; polen=PL
tuerkisch-deutsch | alexa vallah ich schwöre ich weiß nicht was ist hauptstadt von {} | portugal=PT; palau=PW; paraguay=PY
tuerkisch-deutsch | alexa kanka ist istanbul die hauptstadt von der türkei | TR
tuerkisch-deutsch | alexa moruk was ist hauptstadt von katar | QA
tuerkisch-deutsch | alexa hadi sag schnell hauptstadt von russland | RU
tuerkisch-deutsch | alexa lan meine oma fragt was die hauptstadt von aserbaidschan ist | AZ
tuerkisch-deutsch | alexa abi was ist hauptstadt von nordzypern | FB
tuerkisch-deutsch | alexa kanka hauptstadt von ruanda | RW
polnisch-deutsch | alexa no to powiedz mi die hauptstadt von {} | saudi-arabien=SA; den salomonen=SB; den seychellen=SC
polnisch-deutsch | alexa prosze sag mir was ist die hauptstadt von {} | dem sudan=SD; schweden=SE; singapur=SG
polnisch-deutsch | alexa sluchaj was ist die hauptstadt von {} | slowenien=SI; der slowakei=SK; sierra leone=SL
polnisch-deutsch | alexa no to jaka jest stolica polski auf deutsch bitte | PL
polnisch-deutsch | alexa mein schwager aus stettin fragt was ist die hauptstadt von san marino | SM
polnisch-deutsch | alexa dobra to was ist hauptstadt von senegal | SN
polnisch-deutsch | alexa prosze die hauptstadt von somalia | SO
polnisch-deutsch | alexa no was ist die hauptstadt von ukraine | UA
levante-arabisch | alexa yalla shu hauptstadt von {} | suriname=SR; südsudan=SS; são tomé und príncipe=ST
levante-arabisch | alexa ya akhi was ist die hauptstadt von {} | el salvador=SV; syrien=SY; eswatini=SZ
levante-arabisch | alexa habibi sag mir bitte die hauptstadt von {} | dem tschad=TD; togo=TG; thailand=TH
levante-arabisch | alexa yalla ich komme aus damaskus was ist die hauptstadt von palästina | PS
levante-arabisch | alexa ya akhi hauptstadt von jordanien bitte | JO
levante-arabisch | alexa shu was ist hauptstadt vom libanon | LB
levante-arabisch | alexa habibti sag mir was ist die hauptstadt von tadschikistan | TJ
levante-arabisch | alexa yalla die hauptstadt von irak schnell | IQ
maghreb | alexa wakha sag mir die hauptstadt von {} | osttimor=TL; turkmenistan=TM; tunesien=TN
maghreb | alexa safi und was ist die hauptstadt von {} | tonga=TO; trinidad und tobago=TT; tuvalu=TV
maghreb | alexa wesh c'est quoi die hauptstadt von {} | tansania=TZ; uganda=UG; uruguay=UY
maghreb | alexa ana men casablanca ist casablanca die hauptstadt von marokko | MA
maghreb | alexa wakha dis moi la capitale de l'algérie bitte | DZ
maghreb | alexa safi was ist hauptstadt von westsahara | EH
maghreb | alexa wesh die hauptstadt von libyen | LY
maghreb | alexa zahma ich weiß nicht die hauptstadt von mauretanien | MR
cono-sur | alexa che decime cuál es die hauptstadt von {} | usbekistan=UZ; st vincent und die grenadinen=VC; venezuela=VE
cono-sur | alexa oye po cuál es la capital von {} | vietnam=VN; vanuatu=VU; samoa=WS
cono-sur | alexa che boludo was ist die hauptstadt von {} | dem jemen=YE; simbabwe=ZW; taiwan=TW
cono-sur | alexa che la capital de argentinien ist buenos aires oder | AR
cono-sur | alexa cachai weón was ist die hauptstadt von chile | CL
cono-sur | alexa bo ta wai was ist die hauptstadt von uruguay | UY
cono-sur | alexa che und die hauptstadt von paraguay | PY
cono-sur | alexa po sag mir die hauptstadt vom kosovo | XK
swahili-ostafrika | alexa sasa rafiki what is the hauptstadt von {} | kenia=KE; tansania=TZ; uganda=UG
swahili-ostafrika | alexa tafadhali sag mir die hauptstadt von {} | ruanda=RW; burundi=BI; äthiopien=ET
swahili-ostafrika | alexa mambo poa was ist die hauptstadt von {} | dem kongo kinshasa=CD; südsudan=SS; mosambik=MZ
swahili-ostafrika | alexa sasa ist dodoma oder daressalam die hauptstadt von tansania | TZ
swahili-ostafrika | alexa tafadhali wo ist die hauptstadt von sansibar | FB
swahili-ostafrika | alexa rafiki die hauptstadt vom vatikan | VA
swahili-ostafrika | alexa sawa sawa und die hauptstadt von somalia heute | SO
indonesisch | alexa tolong kak sag mir die hauptstadt von {} | indonesien=ID; malaysia=MY; brunei=BN
indonesisch | alexa eh apa ibukota von {} | timor leste=TL; den philippinen=PH; singapur=SG
indonesisch | alexa dong was ist die hauptstadt von {} | papua neuguinea=PG; thailand=TH; vietnam=VN
indonesisch | alexa ist jakarta noch die hauptstadt von indonesien oder schon nusantara | ID
indonesisch | alexa tolong ya die hauptstadt von bali | FB
indonesisch | alexa kak was ist die hauptstadt von myanmar sekarang | MM
skandinavisch | alexa hej kan du sagen die hauptstadt von {} | dänemark=DK; norwegen=NO; schweden=SE
skandinavisch | alexa tack und was ist die hauptstadt von {} | finnland=FI; island=IS; estland=EE
skandinavisch | alexa hej hej vad är die hauptstadt von {} | grönland=GL; den färöern=FO; den ålandinseln=AX
skandinavisch | alexa ja ja tack die hauptstadt von spitzbergen | SJ
skandinavisch | alexa hej ist oslo die hauptstadt von norwegen | NO
skandinavisch | alexa kan du mir sagen die hauptstadt von lettland bitte | LV
us-britisch-expats | alexa hey what's the hauptstadt of {} | der ukraine=UA; den usa=US; großbritannien=GB
us-britisch-expats | alexa sorry my german is bad the capital from {} please | schottland=GB-SCT; wales=GB-WLS; nordirland=GB-NIR
us-britisch-expats | alexa okay so was ist the capital city von {} | texas=US-TX; kalifornien=US-CA; ohio=US-OH
us-britisch-expats | alexa mate what's the hauptstadt von england innit | GB-ENG
us-britisch-expats | alexa i'm stationed in ramstein what's the capital of pennsylvania | US-PA
us-britisch-expats | alexa die hauptstadt von montana please | US-MT
us-britisch-expats | alexa hey alexa what's the capital of the republic of ireland auf deutsch | IE
us-britisch-expats | alexa cheers and the capital of gibraltar | GI
kita-kinder | alexa ich bin fünf und will wissen wo die hauptstadt von {} ist | frankreich=FR; italien=IT; spanien=ES
kita-kinder | alexa unsere erzieherin hat gesagt du weißt die hauptstadt von {} | australien=AU; brasilien=BR; kanada=CA
kita-kinder | alexa wie heißt die hauptstadt von {} wo die pinguine wohnen | der antarktis=AQ; grönland=GL; südgeorgien=GS
kita-kinder | alexa wo wohnt der könig von england in welcher hauptstadt | GB-ENG
kita-kinder | alexa ich hab ein elefantenbuch was ist die hauptstadt von indien | IN
kita-kinder | alexa mama fragt was ist die hauptstadt von ägypten wo die pyramiden sind | EG
kita-kinder | alexa was ist die hauptstadt von china wo die pandas sind | CN
kita-kinder | alexa ist die hauptstadt von deutschland berlin oder mama | DE
gamer-streamer | alexa bro kurz für den stream was ist die hauptstadt von {} | kasachstan=KZ; usbekistan=UZ; turkmenistan=TM
gamer-streamer | alexa chat will wissen die hauptstadt von {} | kirgisistan=KG; tadschikistan=TJ; der mongolei=MN
gamer-streamer | alexa ich bin in geoguessr auf nem map challenge was ist die hauptstadt von {} | lesotho=LS; eswatini=SZ; botswana=BW
gamer-streamer | alexa digga in minecraft bauen wir die hauptstadt von japan nach welche war das nochmal | JP
gamer-streamer | alexa gg und jetzt die hauptstadt von nordkorea für den clip | KP
gamer-streamer | alexa im discord sagen alle sydney ist die hauptstadt von australien stimmt das | AU
gamer-streamer | alexa ey kurz afk was ist die hauptstadt von grönland | GL
gamer-streamer | alexa für civilization was war die hauptstadt von persien | FB
gamer-streamer | alexa yo ich brauch die hauptstadt von ghana für ein achievement | GH
gamer-streamer | alexa chat spammt die ganze zeit eriwan ist das die hauptstadt von armenien | AM
pflegeheim-senioren | alexa beim gedächtnistraining fragt die schwester die hauptstadt von {} | portugal=PT; ungarn=HU; polen=PL
pflegeheim-senioren | alexa ich höre nicht mehr so gut sagen sie mir bitte langsam die hauptstadt von {} | italien=IT; griechenland=GR; der türkei=TR
pflegeheim-senioren | alexa mein enkel sagt du weißt alles was ist die hauptstadt von {} | jugoslawien=FB; tschechien=CZ; kroatien=HR
pflegeheim-senioren | alexa früher war doch bonn die hauptstadt und jetzt berlin von ganz deutschland oder | DE
pflegeheim-senioren | alexa wie heißt nochmal die hauptstadt von ceylon | LK
pflegeheim-senioren | alexa mein mann war in der marine in kiel ist kiel die hauptstadt von schleswig-holstein | DE-SH
pflegeheim-senioren | alexa liebe alexa die hauptstadt von sachsen-anhalt wo ich geboren bin | DE-ST
pflegeheim-senioren | alexa sagen sie mal was ist die hauptstadt von mecklenburg-vorpommern | DE-MV
pflegeheim-senioren | alexa ich war als junge frau in persien wie heißt da die hauptstadt heute | IR
pflegeheim-senioren | alexa was ist heute die hauptstadt von siam | TH
handwerk-baustelle | alexa mach mal kurz die hauptstadt von {} der kollege fragt | rumänien=RO; bulgarien=BG; der slowakei=SK
handwerk-baustelle | alexa auf der baustelle wetten wir was ist die hauptstadt von {} | serbien=RS; albanien=AL; dem kosovo=XK
handwerk-baustelle | alexa in der frühstückspause die hauptstadt von {} | nordmazedonien=MK; montenegro=ME; bosnien und herzegowina=BA
handwerk-baustelle | alexa der polier kommt aus erfurt ist erfurt die hauptstadt von thüringen | DE-TH
handwerk-baustelle | alexa mach mal lauter und sag die hauptstadt von brandenburg | DE-BB
handwerk-baustelle | alexa der neue azubi sagt die hauptstadt von bayern ist nürnberg stimmt das | DE-BY
handwerk-baustelle | alexa was ist die hauptstadt von sachsen dresden oder leipzig | DE-SN
landwirtschaft | alexa beim melken frag ich dich mal die hauptstadt von {} | neuseeland=NZ; irland=IE; argentinien=AR
landwirtschaft | alexa im stall haben wir eine wette was ist die hauptstadt von {} | uruguay=UY; paraguay=PY; brasilien=BR
landwirtschaft | alexa der lohnunternehmer kommt aus der ukraine wie heißt die hauptstadt von {} | der ukraine=UA; belarus=BY; moldau=MD
landwirtschaft | alexa auf dem trecker frage was ist die hauptstadt von hessen | DE-HE
landwirtschaft | alexa unser praktikant kommt aus iowa was ist die hauptstadt von iowa | US-IA
landwirtschaft | alexa die hauptstadt von nebraska wo die ganzen rinder sind | US-NE
landwirtschaft | alexa welche hauptstadt hat kansas | US-KS
landwirtschaft | alexa was ist die hauptstadt von saskatchewan | CA-SK
lehrkraefte | alexa für meinen erdkundeunterricht morgen die hauptstadt von {} | kenia=KE; nigeria=NG; kamerun=CM
lehrkraefte | alexa ich korrigiere gerade klausuren ist das richtig die hauptstadt von {} | benin=BJ; togo=TG; ghana=GH
lehrkraefte | alexa für das kahoot quiz der sieben b was ist die hauptstadt von {} | burkina faso=BF; niger=NE; mali=ML
lehrkraefte | alexa ich brauche für das arbeitsblatt die hauptstadt von côte d'ivoire | CI
lehrkraefte | alexa in der vertretungsstunde fragt ein schüler die hauptstadt von bhutan | BT
lehrkraefte | alexa für die elternsprechtage nein quatsch was ist die hauptstadt von laos | LA
lehrkraefte | alexa für den sachunterricht die landeshauptstadt von bremen | DE-HB
lehrkraefte | alexa welche stadt ist die hauptstadt von hamburg | DE-HH
azubis-berufsschule | alexa in der berufsschule fragt der lehrer die hauptstadt von {} | indien=IN; pakistan=PK; bangladesch=BD
azubis-berufsschule | alexa ich bin azubi im reisebüro die hauptstadt von {} | den malediven=MV; mauritius=MU; den seychellen=SC
azubis-berufsschule | alexa für die zwischenprüfung als speditionskaufmann die hauptstadt von {} | china=CN; vietnam=VN; kambodscha=KH
azubis-berufsschule | alexa ich bin azubi zum bankkaufmann was ist die hauptstadt von liechtenstein | LI
azubis-berufsschule | alexa im betrieb sagt der meister dubai ist die hauptstadt der emirate stimmt das | AE
azubis-berufsschule | alexa ich mach fachinformatiker aber sag mal die hauptstadt von estland | EE
azubis-berufsschule | alexa die hauptstadt von nordrhein westfalen für die berufsschule | DE-NW
quizduell-spieleabend | alexa bei quizduell kommt die frage hauptstadt von {} | kanada=CA; australien=AU; neuseeland=NZ
quizduell-spieleabend | alexa wir spielen tabu und ich brauch die hauptstadt von {} | schweden=SE; finnland=FI; dänemark=DK
quizduell-spieleabend | alexa beim flaggenquiz was ist die hauptstadt von {} | bhutan=BT; nepal=NP; sri lanka=LK
quizduell-spieleabend | alexa gefragt gejagt frage was ist die hauptstadt von wyoming | US-WY
quizduell-spieleabend | alexa beim wer bin ich spiel was ist die hauptstadt von brasilien | BR
quizduell-spieleabend | alexa joker was ist die hauptstadt von tuvalu | TV
quizduell-spieleabend | alexa schnell bevor die sanduhr abläuft die hauptstadt von kiribati | KI
quizduell-spieleabend | alexa schiedsrichter alexa was ist die hauptstadt von vanuatu | VU
quizduell-spieleabend | alexa wir spielen hauptstädte raten was ist die hauptstadt von samoa | WS
wohnmobil-roadtrip | alexa wir sind mit dem wohnmobil unterwegs was ist die hauptstadt von {} | slowenien=SI; kroatien=HR; montenegro=ME
wohnmobil-roadtrip | alexa auf der autobahn die hauptstadt von {} bitte | österreich=AT; der schweiz=CH; tschechien=CZ
wohnmobil-roadtrip | alexa die kinder fragen auf der rückbank die hauptstadt von {} | frankreich=FR; belgien=BE; holland=NL
wohnmobil-roadtrip | alexa wir fahren durch die toskana ist florenz die hauptstadt von italien | IT
wohnmobil-roadtrip | alexa auf der fähre nach korsika was ist die hauptstadt von korsika | FB
wohnmobil-roadtrip | alexa wir sind in andalusien was ist die hauptstadt von spanien nochmal | ES
wohnmobil-roadtrip | alexa im camper in kanada was ist die hauptstadt von british columbia | CA-BC
wohnmobil-roadtrip | alexa route sechsundsechzig was ist die hauptstadt von new mexico | US-NM
wohnmobil-roadtrip | alexa wir fahren die westküste runter die hauptstadt von oregon | US-OR
blinde-nutzer | alexa ich bin blind und lerne gerade geografie bitte die hauptstadt von {} | marokko=MA; algerien=DZ; tunesien=TN
blinde-nutzer | alexa bitte langsam und deutlich die hauptstadt von {} | libyen=LY; ägypten=EG; dem sudan=SD
blinde-nutzer | alexa sprich bitte etwas langsamer wie heißt die hauptstadt von {} | israel=IL; jordanien=JO; syrien=SY
blinde-nutzer | alexa wiederhole bitte die hauptstadt von saudi-arabien | SA
blinde-nutzer | alexa meine screenreader app geht nicht sag du mir die hauptstadt von oman | OM
blinde-nutzer | alexa die hauptstadt von bahrain bitte buchstabieren | BH
blinde-nutzer | alexa ich höre gern hörbücher über reisen was ist die hauptstadt von jemen | YE
integrationskurs | alexa ich lerne deutsch bitte sag mir was ist hauptstadt in {} | afghanistan mein land=AF; eritrea mein land=ER; somalia mein land=SO
integrationskurs | alexa meine lehrerin sagt ich muss üben wo ist die hauptstadt für {} | irak=IQ; iran=IR; syrien=SY
integrationskurs | alexa was ist der hauptstadt von {} | der deutschland=DE; den österreich=AT; die schweiz=CH
integrationskurs | alexa ich nicht wissen hauptstadt von bayern bitte sagen | DE-BY
integrationskurs | alexa im kurs wir lernen bundesländer was ist hauptstadt niedersachsen | DE-NI
integrationskurs | alexa welche ist die hauptstadt von baden württemberg ich wohne da | DE-BW
integrationskurs | alexa entschuldigung ich habe frage hauptstadt rheinland pfalz ist welche | DE-RP
integrationskurs | alexa wie heißt hauptstadt von saarland | DE-SL
integrationskurs | alexa bitte hauptstadt von sachsen anhalt magdeburg richtig | DE-ST
asr-verhoerer | alexa was ist die haupt statt von {} | ruanda=RW; burundi=BI; uganda=UG
asr-verhoerer | alexa was is die hauptstadt von {} | ka sachstan=KZ; usbe kistan=UZ; kirgi sistan=KG
asr-verhoerer | alexa hauptstadt vor {} | äthio pien=ET; mada gaskar=MG; gua temala=GT
asr-verhoerer | alexa was ist die haut stadt von polen | PL
asr-verhoerer | alexa was ist die hauptstadt von neu seeland | NZ
asr-verhoerer | alexa was ist die hauptstadt von nord korea | KP
asr-verhoerer | alexa was ist die hauptstadt von sie piern | CY
asr-verhoerer | alexa wie ist die hauptstadt von bel gien | BE
asr-verhoerer | alexa was ist die hauptstadt von kata | QA
subdivision | alexa welche stadt ist landeshauptstadt von {} | bayern=DE-BY; hessen=DE-HE; thüringen=DE-TH
subdivision | alexa wo sitzt die landesregierung von {} | sachsen=DE-SN; brandenburg=DE-BB; schleswig-holstein=DE-SH
subdivision | alexa in welcher stadt ist der landtag von {} | mecklenburg-vorpommern=DE-MV; niedersachsen=DE-NI; nordrhein-westfalen=DE-NW
subdivision | alexa ist berlin ein bundesland mit eigener hauptstadt | DE-BE
subdivision | alexa die landeshauptstadt vom stadtstaat bremen | DE-HB
subdivision | alexa hamburg ist ein stadtstaat aber was ist die hauptstadt | DE-HH
subdivision | alexa welche hauptstadt hat der us bundesstaat {} | vermont=US-VT; maine=US-ME; new hampshire=US-NH
subdivision | alexa in amerika die hauptstadt von {} | kalifornien=US-CA; florida=US-FL; new york=US-NY
subdivision | alexa was ist die hauptstadt vom bundesstaat {} | texas=US-TX; alaska=US-AK; hawaii=US-HI
subdivision | alexa meine tochter macht ein austauschjahr in {} was ist da die hauptstadt | michigan=US-MI; wisconsin=US-WI; minnesota=US-MN
subdivision | alexa der us staat {} welche hauptstadt | alabama=US-AL; arkansas=US-AR; arizona=US-AZ
subdivision | alexa hauptstadt des amerikanischen bundesstaats {} | colorado=US-CO; connecticut=US-CT; delaware=US-DE
subdivision | alexa was für eine hauptstadt hat {} in den usa | idaho=US-ID; illinois=US-IL; indiana=US-IN
subdivision | alexa bundesstaat {} hauptstadt | kentucky=US-KY; louisiana=US-LA; massachusetts=US-MA
subdivision | alexa welche stadt ist die hauptstadt des staates {} | maryland=US-MD; missouri=US-MO; mississippi=US-MS
subdivision | alexa wie heißt die hauptstadt von {} in amerika | north carolina=US-NC; north dakota=US-ND; nevada=US-NV
subdivision | alexa was ist die state capital von {} | new jersey=US-NJ; oklahoma=US-OK; rhode island=US-RI
subdivision | alexa sag mir die hauptstadt von {} usa | south carolina=US-SC; south dakota=US-SD; tennessee=US-TN
subdivision | alexa von dem bundesstaat {} die hauptstadt | utah=US-UT; virginia=US-VA; washington state=US-WA
subdivision | alexa die hauptstadt von {} in den vereinigten staaten | west virginia=US-WV; pennsylvania=US-PA; montana=US-MT
subdivision | alexa was ist die hauptstadt von georgia dem bundesstaat | US-GA
subdivision | alexa ist chicago die hauptstadt von illinois | US-IL
subdivision | alexa welche provinz hauptstadt hat {} in kanada | ontario=CA-ON; québec=CA-QC; alberta=CA-AB
subdivision | alexa die provinzhauptstadt von {} | manitoba=CA-MB; nova scotia=CA-NS; new brunswick=CA-NB
subdivision | alexa was ist die hauptstadt der kanadischen provinz {} | neufundland und labrador=CA-NL; prince edward island=CA-PE; british columbia=CA-BC
subdivision | alexa und welche hauptstadt hat das kanadische territorium {} | yukon=CA-YT; nunavut=CA-NU; nordwest territorien=CA-NT
subdivision | alexa was ist die hauptstadt vom australischen bundesstaat {} | queensland=AU-QLD; victoria=AU-VIC; tasmanien=AU-TAS
subdivision | alexa in australien die hauptstadt von {} | new south wales=AU-NSW; western australia=AU-WA; south australia=AU-SA
subdivision | alexa welche hauptstadt hat das northern territory | AU-NT
subdivision | alexa was ist die hauptstadt vom australian capital territory | AU-ACT
subdivision | alexa welche hauptstadt hat der indische bundesstaat {} | kerala=IN-KL; tamil nadu=IN-TN; karnataka=IN-KA
subdivision | alexa in indien die hauptstadt von {} | maharashtra=IN-MH; gujarat=IN-GJ; rajasthan=IN-RJ
subdivision | alexa was ist die hauptstadt von {} in indien | westbengalen=IN-WB; bihar=IN-BR; uttar pradesh=IN-UP
subdivision | alexa hauptstadt des indischen staates {} | goa=IN-GA; assam=IN-AS; sikkim=IN-SK
subdivision | alexa sag mir die hauptstadt vom staat {} in indien | telangana=IN-TS; odisha=IN-OD; madhya pradesh=IN-MP
subdivision | alexa welche stadt ist hauptstadt von {} | punjab=IN-PB; haryana=IN-HR; himachal pradesh=IN-HP
subdivision | alexa die hauptstadt vom unionsterritorium {} | ladakh=IN-LA; lakshadweep=IN-LD; puducherry=IN-PY
subdivision | alexa und die hauptstadt der andamanen und nikobaren | IN-AN
subdivision | alexa was ist die hauptstadt von jharkhand | IN-JH
subdivision | alexa welche hauptstadt hat chhattisgarh | IN-CG
subdivision | alexa wie heißt die hauptstadt von andhra pradesh | IN-AP
subdivision | alexa die hauptstadt von arunachal pradesh | IN-AR
subdivision | alexa was ist die hauptstadt von manipur und meghalaya | IN-ML+IN-MN
subdivision | alexa was ist die hauptstadt vom brasilianischen bundesstaat {} | bahia=BR-BA; pernambuco=BR-PE; ceará=BR-CE
subdivision | alexa in brasilien die hauptstadt von {} | amazonas=BR-AM; pará=BR-PA; minas gerais=BR-MG
subdivision | alexa welche hauptstadt hat {} in brasilien | rio grande do sul=BR-RS; santa catarina=BR-SC; paraná=BR-PR
subdivision | alexa die hauptstadt von {} brasilien | são paulo staat=BR-SP; goiás=BR-GO; mato grosso=BR-MT
subdivision | alexa was ist die hauptstadt von rondônia | BR-RO
subdivision | alexa welche hauptstadt hat der bundesstaat acre | BR-AC
subdivision | alexa was ist die hauptstadt von tocantins | BR-TO
subdivision | alexa welche hauptstadt hat der mexikanische bundesstaat {} | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | alexa in mexiko die hauptstadt von {} | chiapas=MX-CHP; sonora=MX-SON; chihuahua=MX-CHH
subdivision | alexa was ist die hauptstadt von {} in mexiko | quintana roo=MX-ROO; baja california=MX-BCN; baja california sur=MX-BCS
subdivision | alexa die hauptstadt vom staat {} mexiko | nuevo león=MX-NLE; veracruz=MX-VER; guerrero=MX-GRO
subdivision | alexa was ist die hauptstadt von michoacán | MX-MIC
subdivision | alexa welche hauptstadt hat sinaloa | MX-SIN
subdivision | alexa was ist die hauptstadt von tamaulipas | MX-TAM
subdivision | alexa welche stadt ist die hauptstadt von coahuila | MX-COA
subdivision | alexa die hauptstadt von schottland in großbritannien | GB-SCT
subdivision | alexa was ist die hauptstadt des landesteils wales | GB-WLS
subdivision | alexa welche stadt ist hauptstadt von nordirland belfast oder dublin | GB-NIR
subdivision | alexa die hauptstadt von england ist london richtig | GB-ENG
subdivision | alexa was ist die hauptstadt von puerto rico | PR
subdivision | alexa welche hauptstadt hat {} | guam=GU; französisch-polynesien=PF; neukaledonien=NC
subdivision | alexa die hauptstadt der insel {} | réunion=RE; martinique=MQ; guadeloupe=GP
subdivision | alexa wie heißt die hauptstadt von {} | bermuda=BM; den kaimaninseln=KY; den falklandinseln=FK
subdivision | alexa die hauptstadt von {} in der karibik | aruba=AW; curaçao=CW; anguilla=AI
subdivision | alexa welche hauptstadt hat die isle of man | IM
subdivision | alexa was ist die hauptstadt von jersey | JE
subdivision | alexa was ist die hauptstadt von guernsey | GG
subdivision | alexa was ist die hauptstadt von hongkong | HK
subdivision | alexa hat macau eine hauptstadt | MO
subdivision | alexa was ist die hauptstadt von mayotte | YT
subdivision | alexa was ist die hauptstadt von französisch guayana | GF
subdivision | alexa welche hauptstadt hat st helena | SH
subdivision | alexa die hauptstadt der cookinseln | CK
subdivision | alexa welche hauptstadt hat montserrat | MS
subdivision | alexa was ist die hauptstadt der nördlichen marianen | MP
subdivision | alexa was ist die hauptstadt von amerikanisch samoa | AS
subdivision | alexa hauptstadt der turks und caicosinseln | TC
subdivision | alexa was ist die hauptstadt der weihnachtsinsel | CX
subdivision | alexa die hauptstadt der norfolkinsel | NF
subdivision | alexa wie heißt die hauptstadt von sint maarten | SX
subdivision | alexa was ist die hauptstadt der pitcairninseln | PN
subdivision | alexa welche hauptstadt hat wallis und futuna | WF
subdivision | alexa was ist die hauptstadt von saint pierre und miquelon | PM
subdivision | alexa die hauptstadt von bonaire | BQ
subdivision | alexa welche hauptstadt hat der distrito federal in brasilien | BR-DF
subdivision | alexa hat washington dc eine hauptstadt | US-DC
subdivision | alexa was ist die hauptstadt von mexiko stadt | MX-CMX
subdivision | alexa was ist die hauptstadt von chandigarh | IN-CH
subdivision | alexa was ist die hauptstadt von delhi dem unionsterritorium | IN-DL
plural-capitals | alexa welche hauptstädte hat {} | bolivien=BO; benin=BJ; sri lanka=LK
plural-capitals | alexa {} hat doch zwei hauptstädte welche sind das | malaysia=MY; die niederlande=NL; eswatini=SZ
plural-capitals | alexa nenn mir alle drei hauptstädte von südafrika | ZA
plural-capitals | alexa was sind die hauptstädte der elfenbeinküste | CI
plural-capitals | alexa welche zwei hauptstädte hat palästina | PS
plural-capitals | alexa ich hab gelesen {} hat mehrere hauptstädte welche denn | südafrika=ZA; bolivien=BO; die elfenbeinküste=CI
plural-capitals | alexa was sind die hauptstädte von {} | benin eigentlich=BJ; palästina=PS; malaysia eigentlich=MY
plural-capitals | alexa sag mir beide hauptstädte von {} | sri lanka bitte=LK; swasiland=SZ; holland=NL
plural-capitals | alexa in bolivien gibt es la paz und sucre welche sind die hauptstädte | BO
plural-capitals | alexa amsterdam und den haag sind das beides hauptstädte der niederlande | NL
plural-capitals | alexa für meinen test welche hauptstädte hat côte d'ivoire | CI
plural-capitals | alexa nenn mir die hauptstädte von benin porto novo und noch eine | BJ
plural-capitals | alexa putrajaya oder kuala lumpur welche sind die hauptstädte von malaysia | MY
plural-capitals | alexa wie viele hauptstädte hat südafrika und welche | ZA
plural-capitals | alexa die zwei hauptstädte von sri lanka wie heißen die | LK
plural-capitals | alexa mbabane und lobamba sind das die hauptstädte von eswatini | SZ
plural-capitals | alexa ei gude die hauptstädte vun benin sach emol | BJ
plural-capitals | alexa abi benin hat zwei hauptstädte oder welche | BJ
plural-capitals | alexa für die erdkundearbeit die beiden hauptstädte von benin | BJ
plural-capitals | alexa hömma sri lanka hat doch zwei hauptstädte wat sind die | LK
plural-capitals | alexa colombo und noch eine welche hauptstädte hat sri lanka | LK
plural-capitals | alexa bei quizduell kam welche hauptstädte sri lanka hat | LK
plural-capitals | alexa che cuáles son las hauptstädte von bolivien | BO
plural-capitals | alexa sucre und la paz sind das beides hauptstädte boliviens | BO
plural-capitals | alexa nenn mir die regierungssitze und hauptstädte von bolivien | BO
plural-capitals | alexa ag man südafrika hat drei hauptstädte welche sind das nou | ZA
plural-capitals | alexa pretoria kapstadt und bloemfontein sind das alle hauptstädte von südafrika | ZA
plural-capitals | alexa für die kinder welche hauptstädte hat südafrika | ZA
plural-capitals | alexa yamoussoukro und abidjan die hauptstädte der elfenbeinküste richtig | CI
plural-capitals | alexa lan die niederlande hat zwei hauptstädte welche | NL
plural-capitals | alexa welche hauptstädte hat eswatini heute | SZ
plural-capitals | alexa kak malaysia punya dua hauptstädte welche | MY
plural-capitals | alexa yalla welche hauptstädte hat palästina ramallah und welche noch | PS
plural-capitals | alexa für den politikunterricht die hauptstädte palästinas bitte | PS
plural-capitals | alexa shu ostjerusalem und ramallah sind die beide hauptstädte von palästina | PS
plural-capitals | alexa welche hauptstädte hat jammu und kaschmir | IN-JK
plural-capitals | alexa uttarakhand hat zwei hauptstädte oder | IN-UK
plural-capitals | alexa was sind die hauptstädte von montserrat | MS
plural-capitals | alexa ramallah oder ostjerusalem was sind die hauptstädte von palästina | PS
follow-up | alexa und von {} | kroatien=HR; slowenien=SI; ungarn=HU
follow-up | alexa und was ist mit {} | polen=PL; litauen=LT; lettland=LV
follow-up | alexa okay und die von {} | estland=EE; finnland=FI; schweden=SE
follow-up | alexa und wie sieht's aus mit {} | norwegen=NO; island=IS; irland=IE
follow-up | alexa gut und jetzt {} | portugal=PT; spanien=ES; marokko=MA
follow-up | alexa danke und {} | senegal=SN; gambia=GM; mali=ML
follow-up | alexa und noch {} bitte | chile=CL; peru=PE; ecuador=EC
follow-up | alexa super und bei {} | kolumbien=CO; venezuela=VE; panama=PA
follow-up | alexa ach so und {} | japan=JP; südkorea=KR; der mongolei=MN
follow-up | alexa und das nachbarland {} | nepal=NP; bhutan=BT; myanmar=MM
follow-up | alexa und wie heißt die von {} | laos=LA; kambodscha=KH; thailand=TH
follow-up | alexa jetzt noch {} dann ist schluss | jamaika=JM; haiti=HT; kuba=CU
follow-up | alexa und die hauptstadt vom nachbarn {} | belgien=BE; luxemburg=LU; frankreich=FR
follow-up | alexa und das gleiche für {} | honduras=HN; nicaragua=NI; el salvador=SV
follow-up | alexa aha und was ist mit dem bundesland {} | bayern=DE-BY; sachsen=DE-SN; hessen=DE-HE
yes-no-check | alexa ist {} die hauptstadt von australien | sydney=AU; canberra=AU; melbourne=AU
yes-no-check | alexa stimmt es dass {} die hauptstadt von kanada ist | toronto=CA; ottawa=CA; montreal=CA
yes-no-check | alexa ist die hauptstadt von {} wirklich nicht die größte stadt | der türkei=TR; brasilien=BR; nigeria=NG
yes-no-check | alexa ist zürich die hauptstadt der schweiz | CH
yes-no-check | alexa ist rio die hauptstadt von brasilien | BR
yes-no-check | alexa ist new york die hauptstadt der usa | US
yes-no-check | alexa stimmt es dass almaty nicht mehr die hauptstadt von kasachstan ist | KZ
yes-no-check | alexa ist lagos noch die hauptstadt von nigeria | NG
yes-no-check | alexa ist karachi die hauptstadt von pakistan | PK
yes-no-check | alexa hat myanmar wirklich naypyidaw als hauptstadt | MM
yes-no-check | alexa stimmt das dass bonn noch zweiter regierungssitz ist oder ist berlin die hauptstadt | DE
yes-no-check | alexa ist tel aviv die hauptstadt von israel | IL
yes-no-check | alexa ist casablanca die hauptstadt marokkos | MA
yes-no-check | alexa ist auckland die hauptstadt von neuseeland | NZ
yes-no-check | alexa ist münchen die hauptstadt von bayern | DE-BY
yes-no-check | alexa ist los angeles die hauptstadt von kalifornien | US-CA
yes-no-check | alexa ist mumbai die hauptstadt von indien | IN
yes-no-check | alexa ist abidjan die hauptstadt der elfenbeinküste | CI
yes-no-check | alexa ist ho chi minh stadt die hauptstadt von vietnam | VN
yes-no-check | alexa daressalam ist doch die hauptstadt von tansania oder | TZ
yes-no-check | alexa ist istanbul die hauptstadt | TR
yes-no-check | alexa ist genf die hauptstadt der schweiz oder bern | CH
yes-no-check | alexa richtig dass quito die hauptstadt von ecuador ist | EC
self-correction | alexa was ist die hauptstadt von schweden nee ich meine norwegen | NO
self-correction | alexa die hauptstadt von österreich äh nein von ungarn | HU
self-correction | alexa hauptstadt von slowenien quatsch slowakei | SK
self-correction | alexa was ist die hauptstadt von island sorry irland | IE
self-correction | alexa die hauptstadt von nigeria nein niger | NE
self-correction | alexa was ist die hauptstadt von gambia ach nee guinea | GN
self-correction | alexa die hauptstadt von iran ich meine irak | IQ
self-correction | alexa hauptstadt von österreich äh australien | AU
self-correction | alexa was ist die hauptstadt von kolumbien warte ich meinte kambodscha | KH
self-correction | alexa die hauptstadt von mali oder nee malawi | MW
self-correction | alexa was ist die hauptstadt von lettland oh sorry litauen | LT
self-correction | alexa hauptstadt von dominica äh dominikanische republik | DO
self-correction | alexa die hauptstadt von mauritius nein mauretanien | MR
self-correction | alexa was ist die hauptstadt von sudan nein südsudan | SS
self-correction | alexa die hauptstadt von armenien ähm albanien | AL
self-correction | alexa was ist die hauptstadt von paraguay nein uruguay | UY
self-correction | alexa die hauptstadt von guinea nee guinea-bissau | GW
self-correction | alexa was ist die hauptstadt von tschad oder ich meine tschechien | CZ
self-correction | alexa hauptstadt von virginia sorry west virginia | US-WV
self-correction | alexa was ist die hauptstadt von sachsen nein sachsen-anhalt | DE-ST
self-correction | alexa die hauptstadt von north dakota äh south dakota | US-SD
self-correction | alexa was ist die hauptstadt von nicaragua nee ich mein honduras | HN
self-correction | alexa die hauptstadt von serbien nein montenegro sorry | ME
self-correction | alexa was ist die hauptstadt von zypern halt stopp ich meine malta | MT
self-correction | alexa die hauptstadt von indien nein indonesien | ID
self-correction | alexa die hauptstadt von schottland nein irland ähm nordirland | GB-NIR
self-correction | alexa welche hauptstadt hat kenia äh ich meinte tansania | TZ
self-correction | alexa die hauptstadt von new york falsch new jersey | US-NJ
reverse-question | alexa von welchem land ist {} die hauptstadt | ouagadougou=CITY:ouagadougou; bischkek=CITY:bischkek; windhoek=CITY:windhoek
reverse-question | alexa {} ist die hauptstadt von welchem land | ulaanbaatar=CITY:ulaanbaatar; tiflis=CITY:tiflis; eriwan=CITY:eriwan
reverse-question | alexa wovon ist {} die hauptstadt | canberra=CITY:canberra; victoria=CITY:victoria; kingston=CITY:kingston
reverse-question | alexa zu welchem land gehört die hauptstadt {} | montevideo=CITY:montevideo; asunción=CITY:asunción; caracas=CITY:caracas
reverse-question | alexa welches land hat {} als hauptstadt | vaduz=CITY:vaduz; valletta=CITY:valletta; tallinn=CITY:tallinn
reverse-question | alexa in welchem land liegt die hauptstadt {} | accra=CITY:accra; lomé=CITY:lomé; bamako=CITY:bamako
reverse-question | alexa {} ist hauptstadt wovon | chandigarh=CITY:chandigarh; saint john's=CITY:saint john's; la paz=CITY:la paz
reverse-question | alexa von welchem bundesstaat ist {} die hauptstadt | sacramento=CITY:sacramento; tallahassee=CITY:tallahassee; springfield=CITY:springfield
reverse-question | alexa welches bundesland hat {} als landeshauptstadt | wiesbaden=CITY:wiesbaden; schwerin=CITY:schwerin; potsdam=CITY:potsdam
reverse-question | alexa skopje ist die hauptstadt von was | CITY:skopje
official-name | alexa was ist die hauptstadt der {} | bundesrepublik deutschland=DE; republik österreich=AT; französischen republik=FR
official-name | alexa die hauptstadt der {} bitte | vereinigten mexikanischen staaten=MX; russischen föderation=RU; volksrepublik china=CN
official-name | alexa hauptstadt vom {} | vereinigten königreich=GB; königreich der niederlande=NL; königreich saudi-arabien=SA
official-name | alexa was ist die hauptstadt der republik {} | korea=KR; moldau=MD; nordmazedonien=MK
official-name | alexa welche hauptstadt hat die {} | schweizerische eidgenossenschaft=CH; islamische republik iran=IR; arabische republik ägypten=EG
official-name | alexa was ist die hauptstadt der demokratischen volksrepublik korea | KP
official-name | alexa was ist die hauptstadt der vereinigten staaten von amerika | US
official-name | alexa die hauptstadt der föderativen republik brasilien | BR
official-name | alexa die hauptstadt der demokratischen republik kongo | CD
official-name | alexa was ist die hauptstadt vom staat palästina | PS
official-name | alexa die hauptstadt der republik china auf taiwan | TW
official-name | alexa was ist die hauptstadt des staates vatikanstadt | VA
official-name | alexa hauptstadt der republik côte d'ivoire | CI
official-name | alexa hauptstadt der plurinationalen staat bolivien | BO
official-name | alexa die hauptstadt der republik der union myanmar | MM
official-name | alexa was ist die hauptstadt des haschemitischen königreichs jordanien | JO
official-name | alexa die hauptstadt der sozialistischen republik vietnam | VN
official-name | alexa was ist die hauptstadt des königreichs eswatini | SZ
official-name | alexa die hauptstadt der republik kosovo | XK
official-name | alexa welche hauptstadt hat die republik cabo verde | CV
everyday-name | alexa was ist die hauptstadt von {} | amerika=US; der tschechei=CZ; holland=NL
everyday-name | alexa hauptstadt von {} | weißrussland=BY; burma=MM; mazedonien=MK
everyday-name | alexa was ist die hauptstadt von {} eigentlich | den emiraten=AE; moldawien=MD; kirgistan=KG
everyday-name | alexa die hauptstadt von {} | swasiland=SZ; den kapverden=CV; osttimor=TL
everyday-name | alexa wie heißt die hauptstadt von {} nochmal | bosnien=BA; dem vatikan=VA; den staaten=US
everyday-name | alexa was ist die hauptstadt von {} oder wie das heißt | england als land=GB-ENG; zentralafrika=CF; der dom rep=DO
everyday-name | alexa die hauptstadt von den {} | usa=US; vae=AE; niederlanden=NL
everyday-name | alexa was ist die hauptstadt von st vincent | VC
everyday-name | alexa was ist die hauptstadt von trinidad | TT
everyday-name | alexa was ist die hauptstadt von papua | PG
everyday-name | alexa hauptstadt von kongo brazzaville | CG
everyday-name | alexa was ist die hauptstadt von ost timor | TL
everyday-name | alexa welche hauptstadt hat tschechei | CZ
everyday-name | alexa hauptstadt von antigua | AG
everyday-name | alexa die hauptstadt von são tomé | ST
everyday-name | alexa was ist die hauptstadt von st kitts | KN
everyday-name | alexa die hauptstadt von bosnien-herzegowina | BA
everyday-name | alexa hauptstadt von großbritannien oder uk | GB
everyday-name | alexa was ist die hauptstadt von britannien | GB
everyday-name | alexa was ist die hauptstadt von tahiti | PF
shared-name | alexa was ist nochmal die hauptstadt von {} | kongo=CD+CG; korea=KP+KR; den jungferninseln=VG+VI
shared-name | alexa weißt du welche hauptstadt {} hat | der kongo=CD+CG; georgia=GE+US-GA; die virgin islands=VG+VI
shared-name | alexa die hauptstadt von {} bitte | kongo=CD+CG; korea=KP+KR; georgia=GE+US-GA
shared-name | alexa wie heißt die hauptstadt von beiden koreas | KP+KR
shared-name | alexa was sind die hauptstädte von nord und südkorea | KP+KR
shared-name | alexa hauptstadt vom kongo aber welcher kongo weiß ich nicht | CD+CG
shared-name | alexa die hauptstädte der beiden kongos | CD+CG
shared-name | alexa was ist die hauptstadt von georgia | GE+US-GA
shared-name | alexa was ist die hauptstadt der jungferninseln in der karibik | VG+VI
shared-name | alexa die hauptstadt von georgien im kaukasus | GE
shared-name | alexa die hauptstadt von georgia in den usa | US-GA
shared-name | alexa hauptstadt der britischen jungferninseln | VG
shared-name | alexa hauptstadt der amerikanischen jungferninseln | VI
shared-name | alexa was sind die hauptstädte von sudan und südsudan | SD+SS
shared-name | alexa die hauptstädte von dominica und der dominikanischen republik | DM+DO
shared-name | alexa die hauptstadt von korea im süden | KR
shared-name | alexa die hauptstadt von korea im norden | KP
shared-name | alexa kongo hauptstadt | CD+CG
shared-name | alexa korea hauptstadt | KP+KR
shared-name | alexa georgia hauptstadt | GE+US-GA
shared-name | alexa was ist die hauptstadt des kongo | CD+CG
out-of-domain | alexa ei gude wie wird's wedder morgen in mainz | FB
out-of-domain | alexa alla hopp spiel mal was vun de söhne mannheims | FB
out-of-domain | alexa sach mol wie spät ass et | FB
out-of-domain | alexa hömma mach ma das licht im flur an | FB
out-of-domain | alexa nä wann spielt hannover sechsundneunzig am wochenende | FB
out-of-domain | alexa sàg mir wie s wetter in strossburi isch | FB
out-of-domain | alexa sog amol wie viel grad hat's in bozen | FB
out-of-domain | alexa heast spü ma an ö drei | FB
out-of-domain | alexa oida stell an wecker auf sechse | FB
out-of-domain | alexa ag man wie spät ist es in windhoek | FB
out-of-domain | alexa was kostet ein flug nach windhoek | FB
out-of-domain | alexa na gelle spiel mir ein lied von peter maffay | FB
out-of-domain | alexa lan spiel tarkan | FB
out-of-domain | alexa abi wie viel ist ein euro in lira | FB
out-of-domain | alexa vallah mach die musik leiser | FB
out-of-domain | alexa prosze wie wird das wetter in breslau | FB
out-of-domain | alexa no to spiel polnisches radio | FB
out-of-domain | alexa yalla spiel fairuz | FB
out-of-domain | alexa wann ist heute maghrib gebetszeit | FB
out-of-domain | alexa habibi wie spät ist es in damaskus | FB
out-of-domain | alexa wakha mach einen timer für zehn minuten | FB
out-of-domain | alexa wesh spiel mal rai musik | FB
out-of-domain | alexa che wie spielt boca juniors heute | FB
out-of-domain | alexa wie viele einwohner hat argentinien | FB
out-of-domain | alexa sasa wie ist das wetter in nairobi | FB
out-of-domain | alexa tolong wie viel uhr ist es in jakarta | FB
out-of-domain | alexa hej spiel abba | FB
out-of-domain | alexa wie heißt der könig von schweden | FB
out-of-domain | alexa hey what's the weather like tomorrow | FB
out-of-domain | alexa set a timer for the pizza | FB
out-of-domain | alexa spiel das lied von der raupe nimmersatt | FB
out-of-domain | alexa erzähl mir einen witz über pinguine | FB
out-of-domain | alexa wie macht der elefant | FB
out-of-domain | alexa ich hab mein kuscheltier verloren | FB
out-of-domain | alexa bro wie viele follower hat montanablack | FB
out-of-domain | alexa mach den stream timer an | FB
out-of-domain | alexa wer hat die meisten tore in der bundesliga geschossen | FB
out-of-domain | alexa digga spiel die neue von apache | FB
out-of-domain | alexa wann gibt es heute mittagessen | FB
out-of-domain | alexa ruf bitte meine tochter an | FB
out-of-domain | alexa welcher tag ist heute | FB
out-of-domain | alexa erinnere mich an meine tabletten um acht | FB
out-of-domain | alexa spiel volksmusik | FB
out-of-domain | alexa wie wird das wetter auf der baustelle morgen in kassel | FB
out-of-domain | alexa stell einen wecker auf halb fünf | FB
out-of-domain | alexa wie viel kostet ein sack zement | FB
out-of-domain | alexa wann kommt der regen heute | FB
out-of-domain | alexa was kostet der liter diesel gerade | FB
out-of-domain | alexa wie ist der milchpreis aktuell | FB
out-of-domain | alexa wie viel regen gab es letzte woche | FB
out-of-domain | alexa wann sind die sommerferien in niedersachsen | FB
out-of-domain | alexa setz kopierer auf die einkaufsliste | FB
out-of-domain | alexa wie viele einwohner hat nigeria | FB
out-of-domain | alexa wie lange dauert die zwischenprüfung | FB
out-of-domain | alexa was ist eine hauptstadtzulage | FB
out-of-domain | alexa was bedeutet eigenkapital | FB
out-of-domain | alexa wie hoch ist das stammkapital einer gmbh | FB
out-of-domain | alexa was ist ein großbuchstabe | FB
out-of-domain | alexa wie schreibt man kapital mit k oder c | FB
out-of-domain | alexa was ist das kapital von karl marx | FB
out-of-domain | alexa spiel das hörbuch das kapital | FB
out-of-domain | alexa was ist risikokapital | FB
out-of-domain | alexa wie viele punkte gibt es für eine hauptstadt bei siedler von catan | FB
out-of-domain | alexa würfel mal für uns | FB
out-of-domain | alexa stell einen timer für eine minute wir spielen tabu | FB
out-of-domain | alexa wie weit ist es noch bis zum gardasee | FB
out-of-domain | alexa gibt es in der nähe einen campingplatz | FB
out-of-domain | alexa navigiere zur nächsten tankstelle | FB
out-of-domain | alexa wann geht die fähre nach korsika | FB
out-of-domain | alexa brauche ich eine vignette in österreich | FB
out-of-domain | alexa lies mir die nachrichten vor | FB
out-of-domain | alexa wie viel prozent hat mein akku | FB
out-of-domain | alexa lies mir mein hörbuch weiter vor | FB
out-of-domain | alexa welche farbe hat die flagge von italien | FB
out-of-domain | alexa wie groß ist brasilien | FB
out-of-domain | alexa welche sprache spricht man in belgien | FB
out-of-domain | alexa welche währung hat die schweiz | FB
out-of-domain | alexa wie viele einwohner hat berlin | FB
out-of-domain | alexa wer ist der präsident von frankreich | FB
out-of-domain | alexa wie hoch ist der mount everest | FB
out-of-domain | alexa wo liegt madagaskar | FB
out-of-domain | alexa welcher fluss fließt durch wien | FB
out-of-domain | alexa wie lange fliegt man nach tokio | FB
out-of-domain | alexa wie viele länder gibt es auf der welt | FB
out-of-domain | alexa was ist das größte land der welt | FB
out-of-domain | alexa welche zeitzone hat mexiko | FB
out-of-domain | alexa was ist die vorwahl von spanien | FB
out-of-domain | alexa wann ist die nächste bundestagswahl | FB
out-of-domain | alexa wer ist bürgermeister von hamburg | FB
out-of-domain | alexa wie viele bundesländer hat deutschland | FB
out-of-domain | alexa was ist die größte stadt in australien | FB
out-of-domain | alexa was ist die nationalhymne von kanada | FB
out-of-domain | alexa welches land hat die meisten einwohner | FB
out-of-domain | alexa was essen die leute in äthiopien | FB
out-of-domain | alexa wie heißt der längste fluss afrikas | FB
out-of-domain | alexa wie sagt man danke auf japanisch | FB
out-of-domain | alexa übersetze hauptstadt ins englische | FB
out-of-domain | alexa was heißt hauptstadt auf türkisch | FB
out-of-domain | alexa wie schreibt man hauptstadt | FB
out-of-domain | alexa was ist die hauptstadt der mode | FB
out-of-domain | alexa welche stadt ist die kulturhauptstadt europas dieses jahr | FB
out-of-domain | alexa was ist die fahrradhauptstadt deutschlands | FB
out-of-domain | alexa welche stadt ist die bierhauptstadt der welt | FB
out-of-domain | alexa was ist die hauptstadt des verbrechens in deutschland | FB
out-of-domain | alexa welche stadt nennt man die hauptstadt der bewegung | FB
out-of-domain | alexa wer hat die stadt berlin gegründet | FB
out-of-domain | alexa wann wurde berlin hauptstadt | FB
out-of-domain | alexa warum ist bonn nicht mehr hauptstadt | FB
out-of-domain | alexa wie viele hauptstädte gibt es in europa | FB
out-of-domain | alexa hauptstädte der welt bewerten | FB
out-of-domain | alexa was ist die hauptstadt von atlantis | FB
out-of-domain | alexa was ist die hauptstadt von mordor | FB
out-of-domain | alexa was ist die hauptstadt von entenhausen | FB
out-of-domain | alexa was ist die hauptstadt vom mars | FB
out-of-domain | alexa was ist die hauptstadt von bayern münchen dem verein | FB
out-of-domain | alexa welche hauptstadt hat das ruhrgebiet | FB
out-of-domain | alexa was ist die hauptstadt von katalonien | FB
out-of-domain | alexa was ist die hauptstadt von schottland in kanada nova scotia ach egal | FB
out-of-domain | alexa was ist die hauptstadt von kurdistan | FB
out-of-domain | alexa was ist die hauptstadt von sibirien | FB
out-of-domain | alexa was ist die hauptstadt von südtirol | FB
out-of-domain | alexa was ist die hauptstadt von friesland | FB
out-of-domain | alexa was ist die hauptstadt von preußen | FB
out-of-domain | alexa was war die hauptstadt der ddr | FB
out-of-domain | alexa was ist die hauptstadt von europa | FB
out-of-domain | alexa was ist die hauptstadt von afrika | FB
out-of-domain | alexa was ist die hauptstadt von skandinavien | FB
out-of-domain | alexa welche hauptstadt hat die karibik | FB
out-of-domain | alexa was ist die hauptstadt vom allgäu nein quatsch vergiss es | FB
out-of-domain | alexa was ist der hauptbahnhof von köln | FB
out-of-domain | alexa wie komme ich zum hauptbahnhof | FB
out-of-domain | alexa was ist die hauptsache | FB
out-of-domain | alexa was ist ein hauptsatz | FB
out-of-domain | alexa was heißt haupt | FB
out-of-domain | alexa wie heißt der hauptdarsteller von titanic | FB
out-of-domain | alexa wer ist der hauptmann von köpenick | FB
out-of-domain | alexa alexa alexa | FB
out-of-domain | alexa | FB
out-of-domain | alexa ähm | FB
out-of-domain | alexa ach nichts | FB
out-of-domain | alexa hallo bist du da | FB
out-of-domain | alexa wie geht es dir | FB
out-of-domain | alexa liebst du mich | FB
out-of-domain | alexa bist du ein mensch | FB
out-of-domain | alexa was kannst du alles | FB
out-of-domain | alexa wer bist du | FB
out-of-domain | alexa gute nacht alexa | FB
out-of-domain | alexa mach das fenster zu | FB
out-of-domain | alexa schalte den fernseher aus | FB
out-of-domain | alexa staubsauger starten | FB
out-of-domain | alexa bestell mir toilettenpapier | FB
out-of-domain | alexa wo ist mein paket | FB
out-of-domain | alexa spiel deutschlandfunk | FB
out-of-domain | alexa spiel mal was entspanntes | FB
out-of-domain | alexa nächstes lied | FB
out-of-domain | alexa lauter bitte | FB
out-of-domain | alexa wie viel ist siebzehn mal dreiundzwanzig | FB
out-of-domain | alexa wie viele tage noch bis weihnachten | FB
out-of-domain | alexa hat der baumarkt heute offen | FB
out-of-domain | alexa wie viele kalorien hat eine banane | FB
out-of-domain | alexa wann geht die sonne unter | FB
out-of-domain | alexa ist heute ein feiertag in bayern | FB
out-of-domain | alexa sag mir ein gedicht | FB
out-of-domain | alexa flüster mir was | FB
out-of-domain | alexa sing ein lied | FB
out-of-domain | alexa was läuft heute im fernsehen | FB
out-of-domain | alexa spiel das quiz von gestern | FB
out-of-domain | alexa starte den flaggen skill | FB
out-of-domain | alexa öffne länder quiz | FB
out-of-domain | alexa frag die tagesschau nach den nachrichten | FB
out-of-domain | alexa wie ist die hauptverkehrszeit in stuttgart | FB
out-of-domain | alexa wie viele einwohner hat die hauptstadt von frankreich | FB
out-of-domain | alexa wie ist das wetter in der hauptstadt von spanien | FB
out-of-domain | alexa wie weit ist die hauptstadt von polen von berlin entfernt | FB
out-of-domain | alexa wie spät ist es in der hauptstadt von japan | FB
out-of-domain | alexa was kann man in der hauptstadt von portugal machen | FB
out-of-domain | alexa welche sprache spricht man in der hauptstadt von belgien | FB
help | alexa ei gude wie geht des hier | HELP
help | alexa alla was kann ich da jetzt sage | HELP
help | alexa hömma wie funktioniert dat | HELP
help | alexa heast i kenn mi ned aus | HELP
help | alexa oida wos muass i sogn | HELP
help | alexa sog amol wie geat des | HELP
help | alexa ag man ich versteh nicht wie das geht | HELP
help | alexa abi wie benutz ich das | HELP
help | alexa prosze pomoc ich brauche hilfe | HELP
help | alexa yalla hilfe bitte | HELP
help | alexa wesh comment ça marche | HELP
help | alexa che ayuda wie geht das | HELP
help | alexa tafadhali msaada hilfe | HELP
help | alexa tolong bantu ich brauche hilfe | HELP
help | alexa hej hjälp mig bitte | HELP
help | alexa how does this work | HELP
help | alexa what can i say here | HELP
help | alexa mama wie geht das spiel | HELP
help | alexa was muss ich jetzt machen | HELP
help | alexa wie frage ich nach einer hauptstadt | HELP
help | alexa bro wie geht der skill | HELP
help | alexa erklär mir bitte was ich sagen kann | HELP
help | alexa ich habe es nicht verstanden was soll ich sagen | HELP
help | alexa können sie mir bitte erklären wie das funktioniert | HELP
help | alexa welche befehle gibt es | HELP
help | alexa hilfe ich weiß nicht weiter | HELP
help | alexa anleitung bitte | HELP
help | alexa was kann dieser skill | HELP
help | alexa ich bin blind wie bediene ich das | HELP
help | alexa bitte erkläre mir langsam die regeln | HELP
help | alexa ich nicht verstehen wie funktioniert | HELP
help | alexa kannst du mir ein beispiel geben | HELP
help | alexa gib mir einen tipp wie ich fragen soll | HELP
help | alexa wie geht das hier mit den hauptstädten | HELP
help | alexa ich komm nicht klar hilf mir | HELP
help | alexa was kann ich alles fragen | HELP
help | alexa hilfe bitte für die kinder | HELP
help | alexa wie stelle ich eine frage | HELP
help | alexa unterstützung bitte | HELP
help | alexa ich brauch hilfe mit hauptstädte der welt | HELP
help | alexa ey hilf mal kurz | HELP
help | alexa wie spielt man das | HELP
help | alexa was sind die optionen | HELP
help | alexa was geht hier | HELP
stop | alexa ei gude des wars | STOP
stop | alexa alla hopp schluss jetzt | STOP
stop | alexa sach mol hör off | STOP
stop | alexa hömma is gut jetzt | STOP
stop | alexa nä danke das reicht | STOP
stop | alexa heast hör auf | STOP
stop | alexa oida gemma aus | STOP
stop | alexa passt schun aufhören | STOP
stop | alexa ag man stop now | STOP
stop | alexa lan halt die klappe | STOP
stop | alexa abi stopp | STOP
stop | alexa dosyc wystarczy | STOP
stop | alexa yalla khalas | STOP
stop | alexa safi baraka | STOP
stop | alexa che basta | STOP
stop | alexa sawa inatosha stopp | STOP
stop | alexa sudah stop | STOP
stop | alexa hej det räcker | STOP
stop | alexa that's enough thanks | STOP
stop | alexa stop it please | STOP
stop | alexa ich will nicht mehr spielen | STOP
stop | alexa bro ich bin raus | STOP
stop | alexa aus jetzt | STOP
stop | alexa beende das spiel bitte | STOP
stop | alexa feierabend alexa | STOP
stop | alexa wir sind fertig | STOP
stop | alexa schluss für heute danke | STOP
stop | alexa hauptstädte der welt beenden | STOP
stop | alexa schließe hauptstädte der welt | STOP
stop | alexa höre bitte auf zu reden | STOP
stop | alexa sei still | STOP
stop | alexa halt stopp | STOP
stop | alexa ende | STOP
stop | alexa verlassen | STOP
stop | alexa tschüss | STOP
stop | alexa mach aus | STOP
stop | alexa das spiel ist vorbei | STOP
stop | alexa ruhe jetzt | STOP
stop | alexa genug hauptstädte für heute | STOP
stop | alexa bitte beenden sie das | STOP
stop | alexa okay stopp danke | STOP
stop | alexa hör jetzt endlich auf | STOP
stop | alexa schluss aus ende | STOP
stop | alexa stopp das ganze | STOP
stop | alexa bis später alexa | STOP
cancel | alexa ei loss mol | CANCEL
cancel | alexa alla vergess es | CANCEL
cancel | alexa lass mol gut sein | CANCEL
cancel | alexa hömma vergiss dat | CANCEL
cancel | alexa nä lass mal doch nicht | CANCEL
cancel | alexa heast vergiss es | CANCEL
cancel | alexa oida lass guat sein | CANCEL
cancel | alexa na doch nicht gelle | CANCEL
cancel | alexa ag man forget it | CANCEL
cancel | alexa lan bosch ver | CANCEL
cancel | alexa abi vergiss es | CANCEL
cancel | alexa niewazne | CANCEL
cancel | alexa yalla khalas vergiss es | CANCEL
cancel | alexa wakha laisse tomber | CANCEL
cancel | alexa che olvídalo | CANCEL
cancel | alexa tolong batal | CANCEL
cancel | alexa hej glöm det | CANCEL
cancel | alexa never mind | CANCEL
cancel | alexa cancel that | CANCEL
cancel | alexa ach lass mal | CANCEL
cancel | alexa abbrechen bitte | CANCEL
cancel | alexa abbruch | CANCEL
cancel | alexa doch nicht | CANCEL
cancel | alexa nee doch nicht danke | CANCEL
cancel | alexa vergiss die frage | CANCEL
cancel | alexa storniere das | CANCEL
cancel | alexa brich das ab | CANCEL
cancel | alexa lass es | CANCEL
cancel | alexa nicht so wichtig | CANCEL
cancel | alexa egal | CANCEL
cancel | alexa ist egal vergiss es | CANCEL
cancel | alexa war ein versehen | CANCEL
cancel | alexa falscher knopf abbrechen | CANCEL
cancel | alexa ich hab mich vertan abbrechen | CANCEL
cancel | alexa zurück | CANCEL
cancel | alexa nein nicht das | CANCEL
cancel | alexa ne lass ma | CANCEL
cancel | alexa bro cancel | CANCEL
cancel | alexa das wollte ich nicht | CANCEL
cancel | alexa bitte abbrechen sie | CANCEL
cancel | alexa nee nee abbrechen | CANCEL
cancel | alexa hat sich erledigt | CANCEL
cancel | alexa vergiss was ich gesagt habe | CANCEL
cancel | alexa lass gut sein danke | CANCEL
cancel | alexa mach das rückgängig | CANCEL
launch | alexa ei gude starte hauptstädte der welt | LAUNCH
launch | alexa alla hopp mach hauptstädte der welt uff | LAUNCH
launch | alexa hömma starte ma hauptstädte der welt | LAUNCH
launch | alexa heast start hauptstädte der welt | LAUNCH
launch | alexa lan öffne hauptstädte der welt | LAUNCH
launch | alexa prosze otwórz hauptstädte der welt | LAUNCH
launch | alexa yalla hauptstädte der welt öffnen | LAUNCH
launch | alexa ag man open hauptstädte der welt | LAUNCH
launch | alexa hej starta hauptstädte der welt | LAUNCH
launch | alexa start the hauptstädte der welt skill | LAUNCH
launch | alexa bro mach mal hauptstädte der welt an für den stream | LAUNCH
launch | alexa wir wollen hauptstädte der welt spielen | LAUNCH
launch | alexa spiel hauptstädte der welt mit mir | LAUNCH
launch | alexa öffne bitte den skill hauptstädte der welt | LAUNCH
launch | alexa starte den skill hauptstädte der welt | LAUNCH
launch | alexa aktiviere den skill hauptstädte der welt bitte | LAUNCH
launch | alexa öffnen sie bitte hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt bitte | LAUNCH
launch | alexa hauptstädte der welt starten | LAUNCH
launch | alexa los hauptstädte der welt | LAUNCH
launch | alexa ich möchte hauptstädte der welt spielen | LAUNCH
launch | alexa mach hauptstädte der welt auf | LAUNCH
launch | alexa für die kita hauptstädte der welt öffnen | LAUNCH
launch | alexa öffne hauptstädte der welt für den unterricht | LAUNCH
launch | alexa starte hauptstädte der welt im auto | LAUNCH
launch | alexa wir spielen jetzt hauptstädte der welt | LAUNCH
launch | alexa frag hauptstädte der welt die hauptstadt von malta | MT
launch | alexa öffne hauptstädte der welt und sag mir die hauptstadt von chile | CL
launch | alexa frag hauptstädte der welt welche hauptstadt nepal hat | NP
launch | alexa bitte hauptstädte der welt nach der hauptstadt von kuba fragen | CU
"""

if __name__ == "__main__":
    build_round(48, "de", LINES, sys.argv, "tests/Eval/de/round48/source/build_corpus.py")
