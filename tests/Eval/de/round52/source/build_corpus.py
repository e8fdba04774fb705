"""Round 52, German (de-DE): a new author's own mix, written blind at the start of the fifty-eighth session (brief
WRITER64.md). Speakers and situations chosen apart from round 51 (Lower Bavaria, the Lower Rhine, the Westerwald,
Carinthia, Central Switzerland, Lübeck and Travemünde, Luxembourgers, the Siegerland, the Emsland; Ukrainian, Greek,
Italian, Portuguese, Vietnamese, Croatian, Dutch-neighbour and Russian-German speakers and startup Denglisch; a bakery
early shift, a pub quiz, Rhine and Danube barge crews, geocaching, a choir, a model railway club, a chess club, the
board game Risiko, grandparents on a video call, a travel agency, university geography exams, a ski holiday, a public
library), from round 50 (Aachen, the Münsterland, Düsseldorf, Oldenburg and the Ammerland, North Frisia and Sylt,
Magdeburg and the Börde, the Uckermark and the Prignitz, the Rhön and Fulda, the Odenwald, the West Palatinate,
Hohenlohe, Vorarlberg, Burgenland, the Waldviertel, Graubünden and the Valais; Bulgarian, Finnish, Mongolian, Nepali,
Ethiopian, Peruvian and Kazakh speakers; Abitur revision, a volunteer fire brigade, an allotment garden, a
hairdresser's, a car workshop, TV quiz shows, Stadt Land Fluss, bedtime, a hotel reception) and from the groups round
51 says round 49 and rounds 46 to 48 used.
Regions: the Saarland (Saarlouis, Neunkirchen: "ei gudd", "wie hääßt", "vun", "alla hopp", "schwenken"), Upper
Franconia (Bamberg, Bayreuth: "sooch fei amol", "wos is'n", "aaner", "nämberch"), the Vogtland (Plauen: "nu", "gugge",
"ei verbibbsch"), the Allgäu (Kempten: "hoi", "was isch d hauptstadt vo", "viehscheid"), Upper Austria (Linz, the
Mühlviertel: "geh sag ma", "hauptstodt", "oida", "schnö"), Styria (Graz, Leoben: "geh bitte", "jo servas", "wie
hast"), Basel ("am rhy", "wänn wüsse", "grossmami", "schwiiz"), South Tyrol (Bozen: "sell woaß i net", "gean gschehn",
"der nono"), North Hesse (Kassel: "ei gugge ma", "ahle worscht", "hesse"), Leipzig ("leipzsch", "odder", "nu gugge
ma").
Migrants and learners: Turkish Germans ("lan", "abi", "yani", "tamam", "valla", a mother: "anne"), Polish workers
("no powiedz", "kurcze", "dzieki", "no dobra", a babcia), Syrians ("yalla", "wallah", "habibi", "inshallah", from
Aleppo), Romanian carers ("da", "mersi", "hai spune", "bine", a bunica), Spaniards ("oye", "vale", "tío", "hostia",
"venga"), Filipino nurses ("po", "salamat", "ate", "kuya", "naku", "ano ba"), Indian IT workers ("yaar", "acha", "arre",
"theek hai", "bhai"), American expats ("like", "awesome", "okay cool"), Eritreans ("selam", "yekenyeley", from Asmara).
Jobs and situations: a long-distance lorry driver at a service area and on the CB radio, a night shift in an old
people's home (memory training, "ostpreußen", "jugoslawien"), a train conductor on ICE and Nightjet, crossword puzzles
("mit vier buchstaben", "schwedenrätsel"), a Bundeswehr barracks ("der spieß", "auf der stube"), stamp collectors
("dahomey", "obervolta", "rhodesien"), a camper van holiday ("stellplatz"), cooking while asking ("paella", "gulasch",
"couscous"), a car trip with children on the back seat ("sind wir bald da").
Built by round12_hinl_corpus.py (build_round with round 52's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
saarland | alexa ei gudd wie hääßt dann die hauptstadt vun {} | algerien=DZ; ecuador=EC; estland=EE
saarland | alexa mir sinn in saarlouis unn wolle wisse was die hauptstadt vun {} is | frankreich=FR; luxemburg=LU; belgien=BE
saarland | alexa hol mol raus was die hauptstadt vun {} is | ägypten=EG; eritrea=ER; äthiopien=ET
saarland | alexa was is die hauptstadt vum saarland | DE-SL
saarland | alexa ich bin in neunkirchen geboor wie heischt die hauptstadt vun unserm land | FB
saarland | alexa alla hopp sa mol die hauptstadt vun lothringen | FB
saarland | alexa beim schwenken hat einer gefroot was die hauptstadt vun {} is | spanien=ES; finnland=FI; fidschi=FJ
saarland | alexa die hauptstadt vun rheinland-pfalz ei wie hääßt die noch | DE-RP
saarland | alexa mei omma will wisse was die hauptstadt vun grenada is | GD
saarland | alexa is saarbrücken die hauptstadt vum saarland | DE-SL
oberfranken | alexa sooch fei amol wos die hauptstadt vo {} is | mikronesien=FM; gabun=GA; georgien=GE
oberfranken | alexa mir sin in bamberg beim bier und wissen ned wos die hauptstadt vo {} is | ghana=GH; gambia=GM; guinea=GN
oberfranken | alexa wos is'n die hauptstadt vo oberfranken | FB
oberfranken | alexa in bayreuth hod aaner gfrogt wos die hauptstadt vo {} is | äquatorialguinea=GQ; griechenland=GR; guatemala=GT
oberfranken | alexa sooch mer fei die hauptstadt vo franken | FB
oberfranken | alexa wie haßt die hauptstadt vo thüringen des is doch glei nebenan | DE-TH
oberfranken | alexa etz sooch hald wos die hauptstadt vo guinea-bissau is | GW
oberfranken | alexa mei schwiecherva will wissen wie die hauptstadt vo guyana haßt | GY
oberfranken | alexa du wos is'n die hauptstadt vo sachsen | DE-SN
oberfranken | alexa wos is die hauptstadt vo bayern fei ned nämberch gell | DE-BY
vogtland | alexa nu sach mal was is denn de hauptstadt von {} | honduras=HN; kroatien=HR; haiti=HT
vogtland | alexa mir sitzen hier in plauen und wolln wissen was de hauptstadt von {} is | ungarn=HU; indonesien=ID; irland=IE
vogtland | alexa nu gugge mal was is de hauptstadt von tschechien des is ja gleich drüben | CZ
vogtland | alexa was is'n de hauptstadt vom freistaat sachsen | DE-SN
vogtland | alexa ei verbibbsch was war nochmal de hauptstadt von israel | IL
vogtland | alexa mei mudder fragt was de hauptstadt von {} is | indien=IN; irak=IQ; iran=IR
vogtland | alexa nu was is de hauptstadt vom vogtland | FB
vogtland | alexa sach mal de hauptstadt von island | IS
vogtland | alexa was is de hauptstadt von bayern do drüben hinter hof | DE-BY
allgaeu | alexa hoi sag mol was isch d hauptstadt vo {} | italien=IT; jamaika=JM; jordanien=JO
allgaeu | alexa mir send in kempten ond wend wisse was d hauptstadt vo {} isch | japan=JP; kenia=KE; kirgisistan=KG
allgaeu | alexa was isch d hauptstadt vo vorarlberg des isch jo glei do hinte | FB
allgaeu | alexa beim viehscheid hot oiner gfrogt was d hauptstadt vo kambodscha isch | KH
allgaeu | alexa was isch d hauptstadt vo baden-württemberg | DE-BW
allgaeu | alexa sag mol d hauptstadt vo {} | kiribati=KI; den komoren=KM; st kitts und nevis=KN
allgaeu | alexa was isch eigentlich d hauptstadt vom allgäu | FB
allgaeu | alexa d hauptstadt vo liechtestei wie hoißt dia | LI
allgaeu | alexa was isch d hauptstadt vo dr schweiz | CH
oberoesterreich | alexa geh sag ma wos is de hauptstodt vo {} | kuwait=KW; kasachstan=KZ; laos=LA
oberoesterreich | alexa mia san z linz und wissn ned wos de hauptstodt vo {} is | libanon=LB; st lucia=LC; sri lanka=LK
oberoesterreich | alexa wos is de hauptstodt vo oberösterreich | FB
oberoesterreich | alexa oida wos is de hauptstodt vo liberia | LR
oberoesterreich | alexa i hob koa ahnung wos de hauptstodt vo lesotho is | LS
oberoesterreich | alexa wos is de hauptstodt vo bayern drüm überm inn | DE-BY
oberoesterreich | alexa sog ma schnö de hauptstodt vo {} | litauen=LT; lettland=LV; libyen=LY
oberoesterreich | alexa wos is de hauptstodt vo österreich des woaß i eh owa mei bua ned | AT
oberoesterreich | alexa im mühlviertel frogt da opa wos de hauptstodt vo tschechien is | CZ
steiermark | alexa geh bitte wos is die hauptstodt vo {} | marokko=MA; monaco=MC; moldawien=MD
steiermark | alexa mir san in graz und wolln wissn wos die hauptstodt vo {} is | montenegro=ME; madagaskar=MG; den marshallinseln=MH
steiermark | alexa wos is die hauptstodt vo da steiermark | FB
steiermark | alexa jo servas wos is die hauptstodt vo slowenien | SI
steiermark | alexa wie hast die hauptstodt vo nordmazedonien | MK
steiermark | alexa sog ma die hauptstodt vo {} bitte | mali=ML; myanmar=MM; der mongolei=MN
steiermark | alexa wos is die hauptstodt vo kärnten und wos vo da steiermark | FB
steiermark | alexa mei tant in leoben frogt wos die hauptstodt vo mauretanien is | MR
basel | alexa was isch d hauptstadt vo {} | malta=MT; mauritius=MU; de maledive=MV
basel | alexa mir sin z basel am rhy und wänn wüsse was d hauptstadt vo {} isch | malawi=MW; mexiko=MX; mosambik=MZ
basel | alexa was isch d hauptstadt vom elsass | FB
basel | alexa sag mer bitte d hauptstadt vo dr schwiiz | CH
basel | alexa was isch d hauptstadt vom kanton basel-land | FB
basel | alexa weisch du d hauptstadt vo namibia | NA
basel | alexa was isch d hauptstadt vo {} bitte schön | niger=NE; nigeria=NG; nicaragua=NI
basel | alexa d hauptstadt vo baden-württemberg isch doch stuttgart oder | DE-BW
basel | alexa mi grossmami frogt was d hauptstadt vo frankriich isch | FR
suedtirol | alexa sell woaß i net wos isch die hauptstodt vo {} | norwegen=NO; nepal=NP; nauru=NR
suedtirol | alexa mir sein in bozen und megn wissen wos die hauptstodt vo {} isch | neuseeland=NZ; oman=OM; panama=PA
suedtirol | alexa wos isch die hauptstodt vo südtirol | FB
suedtirol | alexa gean gschehn sog mir die hauptstodt vo italien | IT
suedtirol | alexa wos isch die hauptstodt vo peru | PE
suedtirol | alexa die hauptstodt vo {} wos isch sell | papua-neuguinea=PG; den philippinen=PH; pakistan=PK
suedtirol | alexa wos isch die hauptstodt vo tirol drüben in österreich | FB
suedtirol | alexa der nono frog wos die hauptstodt vo polen isch | PL
nordhessen | alexa ei gugge ma was is die hauptstadt vun {} | portugal=PT; palau=PW; paraguay=PY
nordhessen | alexa mir sinn in kassel unn wolle wisse was die hauptstadt vun {} is | katar=QA; rumänien=RO; serbien=RS
nordhessen | alexa was is die hauptstadt vun hesse is des frankfurt | DE-HE
nordhessen | alexa ei was is die hauptstadt vun russland | RU
nordhessen | alexa bei der ahle worscht hat einer gefragt was die hauptstadt vun ruanda is | RW
nordhessen | alexa sach emol die hauptstadt vun niedersachse | DE-NI
nordhessen | alexa was is die hauptstadt vun {} ei sach schon | saudi-arabien=SA; den salomonen=SB; den seychellen=SC
nordhessen | alexa was is die hauptstadt vun nordhesse | FB
leipzig | alexa nu gugge ma was is'n de hauptstadt von {} | sudan=SD; schweden=SE; singapur=SG
leipzig | alexa mir sin in leipzsch un wolln wissen was de hauptstadt von {} is | slowenien=SI; der slowakei=SK; sierra leone=SL
leipzig | alexa nu is leipzsch de hauptstadt von sachsen odder dresden | DE-SN
leipzig | alexa was is'n de hauptstadt von sachsen-anhalt | DE-ST
leipzig | alexa ei verbibbsch was is de hauptstadt von san marino | SM
leipzig | alexa sach ma de hauptstadt von {} nu | senegal=SN; somalia=SO; suriname=SR
leipzig | alexa was is de hauptstadt von brandenburg | DE-BB
leipzig | alexa de hauptstadt von der ddr wie hieß'n die nu | FB
tuerkisch | alexa lan sag mal was ist die hauptstadt von {} | südsudan=SS; são tomé und príncipe=ST; el salvador=SV
tuerkisch | alexa abi fragt was ist die hauptstadt von {} yani | syrien=SY; eswatini=SZ; dem tschad=TD
tuerkisch | alexa was ist die hauptstadt von türkei istanbul oder | TR
tuerkisch | alexa tamam dann sag mir die hauptstadt von aserbaidschan | AZ
tuerkisch | alexa meine anne will wissen was die hauptstadt von zypern ist | CY
tuerkisch | alexa yani ich weiß nicht wie heißt die hauptstadt von {} | togo=TG; thailand=TH; tadschikistan=TJ
tuerkisch | alexa valla sag mal hauptstadt von nordzypern | FB
tuerkisch | alexa hauptstadt von kurdistan was ist das | FB
tuerkisch | alexa lan welche stadt ist hauptstadt von georgien | GE
tuerkisch | alexa abi hat gewettet ankara ist hauptstadt von türkei stimmt das | TR
polnisch | alexa no powiedz mi was ist hauptstadt von {} | timor-leste=TL; turkmenistan=TM; tunesien=TN
polnisch | alexa kurcze ich vergessen was ist hauptstadt von {} | tonga=TO; trinidad und tobago=TT; tuvalu=TV
polnisch | alexa was ist hauptstadt von polen warszawa ja | PL
polnisch | alexa dzieki und was ist hauptstadt von litauen | LT
polnisch | alexa meine babcia fragt hauptstadt von schlesien | FB
polnisch | alexa no dobra hauptstadt von ukraine bitte | UA
polnisch | alexa was ist hauptstadt von {} no | tansania=TZ; uganda=UG; uruguay=UY
polnisch | alexa ich arbeite auf baustelle kollege fragt hauptstadt von mecklenburg-vorpommern | DE-MV
syrisch | alexa yalla sag mir die hauptstadt von {} | usbekistan=UZ; st vincent und die grenadinen=VC; venezuela=VE
syrisch | alexa wallah ich weiß nicht was ist hauptstadt von {} | vietnam=VN; vanuatu=VU; samoa=WS
syrisch | alexa habibi was ist die hauptstadt von syrien | SY
syrisch | alexa inshallah du weißt die hauptstadt von jemen | YE
syrisch | alexa mein sohn hat hausaufgabe was ist hauptstadt von {} | südafrika=ZA; sambia=ZM; simbabwe=ZW
syrisch | alexa hauptstadt von libanon ist beirut oder | LB
syrisch | alexa yalla was ist hauptstadt von palästina | PS
syrisch | alexa ich komme aus aleppo was ist hauptstadt von jordanien | JO
syrisch | alexa hauptstadt von irak sag bitte | IQ
rumaenisch | alexa da sag mir was ist die hauptstadt von rumänien | RO
rumaenisch | alexa mersi und was ist die hauptstadt von {} | der republik moldau=MD; bulgarien=BG; serbien=RS
rumaenisch | alexa meine bunica fragt was die hauptstadt von siebenbürgen ist | FB
rumaenisch | alexa hai spune was ist hauptstadt von {} | ungarn=HU; der ukraine=UA; belarus=BY
rumaenisch | alexa ich bin pflegerin aus iasi was ist hauptstadt von moldawien | MD
rumaenisch | alexa was ist die hauptstadt von der walachei | FB
rumaenisch | alexa bine dann die hauptstadt von griechenland | GR
spanisch | alexa oye cuál es la hauptstadt von {} | kolumbien=CO; costa rica=CR; kuba=CU
spanisch | alexa vale und was ist die hauptstadt von {} tío | chile=CL; argentinien=AR; bolivien=BO
spanisch | alexa qué tal was ist die hauptstadt von spanien | ES
spanisch | alexa hostia ich weiß nicht mehr die hauptstadt von katalonien | FB
spanisch | alexa mi abuela fragt die hauptstadt von der dominikanischen republik | DO
spanisch | alexa venga sag mir die hauptstadt von andorra | AD
spanisch | alexa was ist die hauptstadt von galicien | FB
spanisch | alexa oye y la hauptstadt von portugal | PT
philippinisch | alexa po was ist die hauptstadt von den philippinen | PH
philippinisch | alexa salamat und die hauptstadt von {} po | brunei=BN; malaysia=MY; singapur=SG
philippinisch | alexa ate fragt was ist hauptstadt von {} | indonesien=ID; osttimor=TL; papua neuguinea=PG
philippinisch | alexa ich bin krankenschwester in essen was ist hauptstadt von guam | GU
philippinisch | alexa naku ich habe vergessen hauptstadt von taiwan | TW
philippinisch | alexa ano ba was ist hauptstadt von den nördlichen marianen | MP
philippinisch | alexa kuya will wissen hauptstadt von hawaii | US-HI
philippinisch | alexa hauptstadt von palau bitte po | PW
indisch | alexa yaar what is the hauptstadt von {} | indien=IN; bangladesch=BD; nepal=NP
indisch | alexa acha und was ist die hauptstadt von {} | bhutan=BT; sri lanka=LK; den malediven=MV
indisch | alexa was ist die hauptstadt von karnataka ich wohne in bengaluru | IN-KA
indisch | alexa arre sag mir die hauptstadt von maharashtra | IN-MH
indisch | alexa meine mummy fragt die hauptstadt von kerala | IN-KL
indisch | alexa theek hai und die hauptstadt von tamil nadu | IN-TN
indisch | alexa mein kollege aus hyderabad fragt hauptstadt von telangana | IN-TS
indisch | alexa bhai was ist die hauptstadt von goa | IN-GA
indisch | alexa yaar what is the capital of uttar pradesh | IN-UP
amerikanisch | alexa okay so like what is the hauptstadt von {} | kanada=CA; mexiko=MX; belize=BZ
amerikanisch | alexa hey äh what's the capital of {} in german bitte | texas=US-TX; kalifornien=US-CA; ohio=US-OH
amerikanisch | alexa awesome und was ist die hauptstadt von kentucky | US-KY
amerikanisch | alexa wie sagt man die hauptstadt von new york ist nicht new york city | US-NY
amerikanisch | alexa i'm from ohio was ist die hauptstadt von pennsylvania | US-PA
amerikanisch | alexa my kid asks the hauptstadt von illinois | US-IL
amerikanisch | alexa was ist die hauptstadt von washington state | US-WA
amerikanisch | alexa okay cool und die hauptstadt von michigan | US-MI
amerikanisch | alexa sorry mein deutsch ist schlecht hauptstadt von florida bitte | US-FL
eritreisch | alexa selam was ist die hauptstadt von eritrea | ER
eritreisch | alexa ich komme aus asmara was ist hauptstadt von {} | äthiopien=ET; dschibuti=DJ; sudan=SD
eritreisch | alexa yekenyeley und die hauptstadt von somalia | SO
eritreisch | alexa mein bruder in kassel fragt hauptstadt von kenia | KE
eritreisch | alexa hauptstadt von uganda was ist bitte | UG
eritreisch | alexa meine schwester ist in libyen was ist die hauptstadt dort | LY
fernfahrer | alexa ich steh aufm rasthof und will wissen was die hauptstadt von {} ist | dänemark=DK; schweden=SE; norwegen=NO
fernfahrer | alexa kollege am funk fragt was die hauptstadt von {} ist | der slowakei=SK; slowenien=SI; kroatien=HR
fernfahrer | alexa ich fahr morgen nach bratislava ist das die hauptstadt von der slowakei | SK
fernfahrer | alexa lenkzeit vorbei sag mir die hauptstadt von belarus | BY
fernfahrer | alexa ich lade in der türkei ab was ist die hauptstadt da | TR
fernfahrer | alexa wie heißt die hauptstadt von bosnien ich fahr grad durch | BA
fernfahrer | alexa auf der a sieben ist stau sag mir mal die hauptstadt von {} | lettland=LV; estland=EE; finnland=FI
fernfahrer | alexa was ist die hauptstadt von schleswig-holstein ich muss da hin | DE-SH
fernfahrer | alexa wie viele kilometer sind es bis zur hauptstadt von polen | FB
fernfahrer | alexa stell einen timer auf fünfundvierzig minuten pause | FB
fernfahrer | alexa die hauptstadt von montenegro wie heißt die | ME
fernfahrer | alexa was ist die hauptstadt von albanien ich war da noch nie | AL
altenpflege | alexa frau müller fragt was die hauptstadt von {} ist | ungarn=HU; österreich=AT; der schweiz=CH
altenpflege | alexa nachtschicht und herr schmidt will wissen die hauptstadt von {} | ostpreußen=FB; pommern=FB; schlesien=FB
altenpflege | alexa die bewohnerin fragt ob bonn noch die hauptstadt von deutschland ist | DE
altenpflege | alexa für unser gedächtnistraining was ist die hauptstadt von {} | italien=IT; spanien=ES; portugal=PT
altenpflege | alexa was ist die hauptstadt von jugoslawien | FB
altenpflege | alexa herr becker sagt die hauptstadt von der tschechoslowakei war prag stimmt das | FB
altenpflege | alexa die hauptstadt von ceylon will oma wissen | LK
altenpflege | alexa spiel mal was von heino | FB
altenpflege | alexa frau yilmaz fragt nach der hauptstadt von ägypten | EG
zugbegleiter | alexa im ice fragt ein fahrgast was die hauptstadt von {} ist | belgien=BE; den niederlanden=NL; luxemburg=LU
zugbegleiter | alexa ich hab feierabend nach der spätschicht was ist die hauptstadt von hamburg | DE-HH
zugbegleiter | alexa wie heißt die hauptstadt von bremen das ist doch auch ein land | DE-HB
zugbegleiter | alexa hat der zug nach berlin verspätung | FB
zugbegleiter | alexa der nightjet fährt nach wien ist das die hauptstadt von österreich | AT
zugbegleiter | alexa was ist die hauptstadt von {} da fährt der eurocity hin | ungarn=HU; der tschechischen republik=CZ; dänemark=DK
zugbegleiter | alexa welche stadt ist die hauptstadt von niedersachsen | DE-NI
zugbegleiter | alexa der kollege aus erfurt sagt erfurt ist die hauptstadt von thüringen stimmt das | DE-TH
zugbegleiter | alexa was ist die hauptstadt von hessen ich steig in frankfurt um | DE-HE
kreuzwortraetsel | alexa hauptstadt von {} mit vier buchstaben | peru=PE; kuba=CU; oman=OM
kreuzwortraetsel | alexa ich mach kreuzworträtsel hauptstadt von {} | lettland=LV; norwegen=NO; togo=TG
kreuzwortraetsel | alexa hauptstadt von mali fünf buchstaben | ML
kreuzwortraetsel | alexa wie schreibt man die hauptstadt von burkina faso | BF
kreuzwortraetsel | alexa hauptstadt in afrika mit sechs buchstaben | FB
kreuzwortraetsel | alexa schwedenrätsel hauptstadt von katar | QA
kreuzwortraetsel | alexa hauptstadt von nepal ich hab ein k am anfang | NP
kreuzwortraetsel | alexa was ist die hauptstadt von samoa im kreuzworträtsel steht a am anfang | WS
kreuzwortraetsel | alexa gesucht wird hauptstadt von bahrain | BH
kreuzwortraetsel | alexa welches land hat die hauptstadt lima | CITY:Lima
kreuzwortraetsel | alexa hauptstadt der schweiz mit vier buchstaben | CH
kreuzwortraetsel | alexa sag mir ein anderes wort für hauptstadt | FB
bundeswehr | alexa auf der stube fragt einer die hauptstadt von {} | afghanistan=AF; mali=ML; litauen=LT
bundeswehr | alexa wir gehen in den einsatz nach litauen was ist die hauptstadt da | LT
bundeswehr | alexa der spieß will wissen was die hauptstadt von kosovo ist | XK
bundeswehr | alexa was ist die hauptstadt von niger wir fliegen nächste woche hin | NE
bundeswehr | alexa stell einen wecker auf vier uhr dreißig | FB
bundeswehr | alexa in der kaserne wettet einer um die hauptstadt von {} | kasachstan=KZ; usbekistan=UZ; der mongolei=MN
bundeswehr | alexa was ist die hauptstadt von dschibuti da ist doch ein stützpunkt | DJ
bundeswehr | alexa hauptstadt von bosnien und herzegowina für den lehrgang | BA
bundeswehr | alexa kamerad fragt die hauptstadt von lettland | LV
briefmarken | alexa ich sortiere briefmarken was ist die hauptstadt von {} | helvetia=CH; magyar posta=FB; den färöern=FO
briefmarken | alexa auf der marke steht deutsches reich was war die hauptstadt | FB
briefmarken | alexa was ist die hauptstadt von dahomey | BJ
briefmarken | alexa die hauptstadt von obervolta gibt es das noch | BF
briefmarken | alexa ich hab eine marke aus rhodesien was ist da die hauptstadt | ZW
briefmarken | alexa hauptstadt von zaire für meine sammlung | CD
briefmarken | alexa was ist die hauptstadt von grönland auf der marke steht kalaallit nunaat | GL
briefmarken | alexa marke aus der vatikanstadt was ist deren hauptstadt | VA
briefmarken | alexa was ist die hauptstadt von den falklandinseln | FK
briefmarken | alexa die hauptstadt von st helena hab eine seltene marke | SH
briefmarken | alexa hauptstadt von tristan da cunha | FB
wohnmobil | alexa wir stehen mit dem wohnmobil in {} was ist die hauptstadt | kroatien=HR; der bretagne=FB; schottland=GB-SCT
wohnmobil | alexa auf dem campingplatz fragen die nachbarn die hauptstadt von {} | wales=GB-WLS; nordirland=GB-NIR; england=GB-ENG
wohnmobil | alexa wir fahren nach norwegen was ist die hauptstadt da oben | NO
wohnmobil | alexa wie ist das wetter morgen am gardasee | FB
wohnmobil | alexa wo ist der nächste stellplatz | FB
wohnmobil | alexa was ist die hauptstadt von korsika | FB
wohnmobil | alexa was ist die hauptstadt von sardinien | FB
wohnmobil | alexa unsere kinder fragen die hauptstadt von island | IS
wohnmobil | alexa was ist die hauptstadt von andalusien | FB
wohnmobil | alexa sind wir schon in der hauptstadt von portugal | FB
kochen | alexa ich koche gerade paella was ist eigentlich die hauptstadt von {} | valencia=FB; spanien=ES; mexiko=MX
kochen | alexa stell den timer auf zwölf minuten für die nudeln | FB
kochen | alexa während das gulasch kocht was ist die hauptstadt von ungarn | HU
kochen | alexa wie viel gramm sind ein becher mehl | FB
kochen | alexa ich mach pho was ist die hauptstadt von vietnam | VN
kochen | alexa wir machen heute couscous was ist die hauptstadt von {} | marokko=MA; tunesien=TN; algerien=DZ
kochen | alexa beim sushi rollen was ist die hauptstadt von japan | JP
kochen | alexa was ist die hauptstadt von jamaika wir machen jerk chicken | JM
kochen | alexa schreib tomaten auf die einkaufsliste | FB
kochen | alexa die hauptstadt von georgien wir machen chatschapuri | GE
autofahrt | alexa die kinder auf der rückbank fragen die hauptstadt von {} | australien=AU; neuseeland=NZ; südafrika=ZA
autofahrt | alexa sind wir bald da | FB
autofahrt | alexa spiel das lied von bibi und tina | FB
autofahrt | alexa mein sohn will wissen die hauptstadt von ägypten wegen der pyramiden | EG
autofahrt | alexa meine tochter fragt was die hauptstadt von {} ist | brasilien=BR; china=CN; kenia=KE
autofahrt | alexa papa sagt die hauptstadt von australien ist sydney stimmt das | AU
autofahrt | alexa was ist die hauptstadt von kanada die kleine sagt toronto | CA
autofahrt | alexa wie lange fahren wir noch bis zur hauptstadt von dänemark | FB
autofahrt | alexa welches land hat die hauptstadt kairo fragt mein großer | CITY:Kairo
subdivision | alexa was ist die hauptstadt vom bundesland {} | baden-württemberg=DE-BW; brandenburg=DE-BB; mecklenburg-vorpommern=DE-MV
subdivision | alexa welche stadt ist landeshauptstadt von {} | sachsen-anhalt=DE-ST; schleswig-holstein=DE-SH; dem saarland=DE-SL
subdivision | alexa wie heißt die landeshauptstadt von {} | thüringen=DE-TH; hessen=DE-HE; rheinland-pfalz=DE-RP
subdivision | alexa sag mir bitte die landeshauptstadt von {} | nordrhein-westfalen=DE-NW; niedersachsen=DE-NI; bayern=DE-BY
subdivision | alexa was ist die hauptstadt von berlin als bundesland | DE-BE
subdivision | alexa landeshauptstadt von sachsen | DE-SN
subdivision | alexa hat hamburg eine eigene hauptstadt | DE-HH
subdivision | alexa was ist die hauptstadt vom land bremen | DE-HB
subdivision | alexa was ist die landeshauptstadt von {} in österreich | tirol=FB; salzburg=FB; niederösterreich=FB
subdivision | alexa was ist der hauptort vom kanton {} | zürich=FB; graubünden=FB; tessin=FB
subdivision | alexa was ist die hauptstadt vom us-bundesstaat {} | alabama=US-AL; alaska=US-AK; arizona=US-AZ
subdivision | alexa hauptstadt von {} in amerika | arkansas=US-AR; colorado=US-CO; connecticut=US-CT
subdivision | alexa wie heißt die hauptstadt des staates {} | delaware=US-DE; georgia=US-GA; idaho=US-ID
subdivision | alexa was ist die hauptstadt von {} in den usa | indiana=US-IN; iowa=US-IA; kansas=US-KS
subdivision | alexa sag mal die hauptstadt von {} | louisiana=US-LA; maine=US-ME; maryland=US-MD
subdivision | alexa die hauptstadt von {} wie heißt die | massachusetts=US-MA; minnesota=US-MN; mississippi=US-MS
subdivision | alexa ich brauche die hauptstadt von {} | missouri=US-MO; montana=US-MT; nebraska=US-NE
subdivision | alexa welche stadt ist die hauptstadt von {} | nevada=US-NV; new hampshire=US-NH; new jersey=US-NJ
subdivision | alexa was ist eigentlich die hauptstadt von {} | new mexico=US-NM; north carolina=US-NC; north dakota=US-ND
subdivision | alexa was ist denn die hauptstadt von {} | oklahoma=US-OK; oregon=US-OR; rhode island=US-RI
subdivision | alexa kannst du mir sagen was die hauptstadt von {} ist | south carolina=US-SC; south dakota=US-SD; tennessee=US-TN
subdivision | alexa weißt du die hauptstadt von {} | utah=US-UT; vermont=US-VT; virginia=US-VA
subdivision | alexa wie lautet die hauptstadt von {} | west virginia=US-WV; wisconsin=US-WI; wyoming=US-WY
subdivision | alexa was ist die hauptstadt der kanadischen provinz {} | alberta=CA-AB; british columbia=CA-BC; manitoba=CA-MB
subdivision | alexa hauptstadt von {} in kanada | new brunswick=CA-NB; neufundland=CA-NL; nova scotia=CA-NS
subdivision | alexa was ist die hauptstadt von {} bitte | ontario=CA-ON; quebec=CA-QC; saskatchewan=CA-SK
subdivision | alexa wie heißt die hauptstadt vom territorium {} | yukon=CA-YT; nunavut=CA-NU; den nordwest-territorien=CA-NT
subdivision | alexa was ist die hauptstadt von prince edward island | CA-PE
subdivision | alexa was ist die hauptstadt vom australischen bundesstaat {} | queensland=AU-QLD; victoria=AU-VIC; new south wales=AU-NSW
subdivision | alexa welche stadt ist hauptstadt von {} in australien | tasmanien=AU-TAS; western australia=AU-WA; south australia=AU-SA
subdivision | alexa was ist die hauptstadt vom northern territory | AU-NT
subdivision | alexa was ist die hauptstadt vom australian capital territory | AU-ACT
subdivision | alexa was ist die hauptstadt vom brasilianischen bundesstaat {} | bahia=BR-BA; minas gerais=BR-MG; pernambuco=BR-PE
subdivision | alexa hauptstadt von {} in brasilien | amazonas=BR-AM; rio grande do sul=BR-RS; paraná=BR-PR
subdivision | alexa was ist die hauptstadt von {} das liegt in brasilien | santa catarina=BR-SC; ceará=BR-CE; pará=BR-PA
subdivision | alexa wie heißt die hauptstadt von {} in brasilien | goiás=BR-GO; maranhão=BR-MA; mato grosso=BR-MT
subdivision | alexa hauptstadt vom bundesstaat {} | mato grosso do sul=BR-MS; espírito santo=BR-ES; tocantins=BR-TO
subdivision | alexa was ist die hauptstadt von {} im norden brasiliens | roraima=BR-RR; amapá=BR-AP; rondônia=BR-RO
subdivision | alexa die hauptstadt von {} in brasilien bitte | acre=BR-AC; alagoas=BR-AL; sergipe=BR-SE
subdivision | alexa was ist die hauptstadt von {} im nordosten von brasilien | paraíba=BR-PB; piauí=BR-PI; rio grande do norte=BR-RN
subdivision | alexa ist rio de janeiro die hauptstadt vom bundesstaat rio de janeiro | BR-RJ
subdivision | alexa was ist die hauptstadt vom bundesstaat são paulo | BR-SP
subdivision | alexa was ist die hauptstadt vom mexikanischen bundesstaat {} | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | alexa hauptstadt von {} in mexiko | chiapas=MX-CHP; sonora=MX-SON; nuevo león=MX-NLE
subdivision | alexa welche stadt ist die hauptstadt von {} in mexiko | veracruz=MX-VER; guerrero=MX-GRO; quintana roo=MX-ROO
subdivision | alexa was ist die hauptstadt von {} mexiko | baja california=MX-BCN; baja california sur=MX-BCS; sinaloa=MX-SIN
subdivision | alexa was ist die hauptstadt vom bundesstaat {} in mexiko | tabasco=MX-TAB; tamaulipas=MX-TAM; michoacán=MX-MIC
subdivision | alexa die hauptstadt von {} wo ist die | coahuila=MX-COA; durango=MX-DUR; hidalgo=MX-HID
subdivision | alexa hauptstadt vom mexikanischen staat {} | morelos=MX-MOR; nayarit=MX-NAY; campeche=MX-CAM
subdivision | alexa was ist die hauptstadt von {} in zentralmexiko | puebla=MX-PUE; tlaxcala=MX-TLA; guanajuato=MX-GUA
subdivision | alexa sag die hauptstadt von {} in mexiko | zacatecas=MX-ZAC; chihuahua=MX-CHH; colima=MX-COL
subdivision | alexa was ist die hauptstadt von querétaro | MX-QUE
subdivision | alexa was ist die hauptstadt von aguascalientes | MX-AGU
subdivision | alexa was ist die hauptstadt von san luis potosí | MX-SLP
subdivision | alexa was ist die hauptstadt vom bundesstaat méxico | MX-MEX
subdivision | alexa was ist die hauptstadt vom indischen bundesstaat {} | rajasthan=IN-RJ; gujarat=IN-GJ; bihar=IN-BR
subdivision | alexa hauptstadt von {} in indien | assam=IN-AS; odisha=IN-OD; punjab=IN-CH+IN-PB
subdivision | alexa welche stadt ist die hauptstadt von {} in indien | madhya pradesh=IN-MP; andhra pradesh=IN-AP; westbengalen=IN-WB
subdivision | alexa was ist die hauptstadt von {} im himalaya | sikkim=IN-SK; himachal pradesh=IN-HP; uttarakhand=IN-UK
subdivision | alexa was ist die hauptstadt von {} im osten indiens | manipur=IN-MN; meghalaya=IN-ML; nagaland=IN-NL
subdivision | alexa die hauptstadt von {} in indien | mizoram=IN-MZ; tripura=IN-TR; arunachal pradesh=IN-AR
subdivision | alexa was ist die hauptstadt von {} indien | jharkhand=IN-JH; chhattisgarh=IN-CG; haryana=IN-HR
subdivision | alexa was ist die hauptstadt von ladakh | IN-LA
subdivision | alexa was ist die hauptstadt von jammu und kaschmir | IN-JK
subdivision | alexa was ist die hauptstadt von lakshadweep | IN-LD
subdivision | alexa was ist die hauptstadt von den andamanen | IN-AN
subdivision | alexa hauptstadt von puducherry | IN-PY
subdivision | alexa was ist die hauptstadt von {} im vereinigten königreich | schottland=GB-SCT; wales=GB-WLS; nordirland=GB-NIR
subdivision | alexa was ist die hauptstadt von england nicht großbritannien | GB-ENG
subdivision | alexa was ist die hauptstadt von cornwall | FB
subdivision | alexa was ist die hauptstadt von {} in frankreich | der normandie=FB; dem elsass=FB; der provence=FB
subdivision | alexa was ist die hauptstadt von {} in italien | der toskana=FB; sizilien=FB; der lombardei=FB
subdivision | alexa was ist die hauptstadt von {} in spanien | katalonien=FB; dem baskenland=FB; mallorca=FB
subdivision | alexa was ist die hauptstadt von texas ist das nicht houston | US-TX
subdivision | alexa was ist die hauptstadt von kalifornien los angeles | US-CA
subdivision | alexa wie heißt die hauptstadt von florida miami oder | US-FL
subdivision | alexa hauptstadt von new york state | US-NY
subdivision | alexa was ist die hauptstadt von kentucky | US-KY
subdivision | alexa hauptstadt von michigan ist das detroit | US-MI
subdivision | alexa hauptstadt von ohio | US-OH
subdivision | alexa was ist die hauptstadt von pennsylvania philadelphia | US-PA
subdivision | alexa hauptstadt von illinois chicago oder | US-IL
subdivision | alexa was ist die hauptstadt von washington dem bundesstaat | US-WA
subdivision | alexa was ist die hauptstadt von sibirien | FB
subdivision | alexa was ist die hauptstadt von tibet | FB
subdivision | alexa was ist die hauptstadt von grönland | GL
subdivision | alexa was ist die hauptstadt von den färöer inseln | FO
subdivision | alexa was ist die hauptstadt von puerto rico | PR
subdivision | alexa was ist die hauptstadt von {} in der karibik | aruba=AW; curaçao=CW; den kaimaninseln=KY
subdivision | alexa was ist die hauptstadt von {} im pazifik | neukaledonien=NC; französisch-polynesien=PF; den cookinseln=CK
subdivision | alexa was ist die hauptstadt von {} französisch | martinique=MQ; guadeloupe=GP; réunion=RE
subdivision | alexa hauptstadt von {} bitte | französisch-guayana=GF; mayotte=YT; st pierre und miquelon=PM
subdivision | alexa was ist die hauptstadt von {} im ärmelkanal | jersey=JE; guernsey=GG; der isle of man=IM
subdivision | alexa was ist die hauptstadt von gibraltar | GI
subdivision | alexa was ist die hauptstadt von bermuda | BM
subdivision | alexa was ist die hauptstadt von den {} | britischen jungferninseln=VG; amerikanischen jungferninseln=VI; turks und caicosinseln=TC
subdivision | alexa was ist die hauptstadt von {} im indischen ozean | der weihnachtsinsel=CX; den kokosinseln=CC; dem britischen territorium im indischen ozean=IO
subdivision | alexa was ist die hauptstadt von anguilla | AI
subdivision | alexa was ist die hauptstadt von montserrat | MS
subdivision | alexa was ist die hauptstadt von {} in der südsee | niue=NU; tokelau=TK; den pitcairninseln=PN
subdivision | alexa was ist die hauptstadt von amerikanisch-samoa | AS
subdivision | alexa hauptstadt von wallis und futuna | WF
subdivision | alexa was ist die hauptstadt von den ålandinseln | AX
subdivision | alexa was ist die hauptstadt von spitzbergen | SJ
subdivision | alexa was ist die hauptstadt von der westsahara | EH
subdivision | alexa was ist die hauptstadt von der norfolkinsel | NF
subdivision | alexa hauptstadt von st barthélemy | BL
subdivision | alexa hauptstadt von der französischen seite von st martin | MF
subdivision | alexa hauptstadt von sint maarten der holländische teil | SX
subdivision | alexa was ist die hauptstadt von bonaire | BQ
subdivision | alexa hauptstadt von hongkong | HK
subdivision | alexa was ist die hauptstadt von macau | MO
subdivision | alexa hauptstadt von südgeorgien | GS
subdivision | alexa was ist die hauptstadt von der antarktis | AQ
subdivision | alexa was ist die hauptstadt von den französischen süd und antarktisgebiete | TF
subdivision | alexa was ist die hauptstadt von schottland edinburgh oder glasgow | GB-SCT
subdivision | alexa was ist die hauptstadt von mexiko-stadt | MX-CMX
subdivision | alexa welche stadt ist hauptstadt vom bundesdistrikt in brasilien | BR-DF
subdivision | alexa was ist die hauptstadt vom bundesstaat delhi | IN-DL
subdivision | alexa was ist die hauptstadt von chandigarh | IN-CH
subdivision | alexa was ist die hauptstadt von dadra und nagar haveli | IN-DH
subdivision | alexa die hauptstadt vom staat hawaii | US-HI
subdivision | alexa was ist die hauptstadt von kärnten | FB
subdivision | alexa was ist die hauptstadt von flandern | FB
subdivision | alexa was ist die hauptstadt von quebec die provinz | CA-QC
plural-capitals | alexa was sind die hauptstädte von südafrika | ZA
plural-capitals | alexa südafrika hat drei hauptstädte welche sind das | ZA
plural-capitals | alexa nenn mir alle drei hauptstädte von südafrika | ZA
plural-capitals | alexa ei wie hääßen die hauptstädte vun südafrika | ZA
plural-capitals | alexa mein enkel sagt südafrika hat mehrere hauptstädte wie heißen die | ZA
plural-capitals | alexa welche städte sind in südafrika hauptstädte | ZA
plural-capitals | alexa die drei hauptstädte südafrikas bitte | ZA
plural-capitals | alexa kreuzworträtsel eine der hauptstädte von südafrika | ZA
plural-capitals | alexa was sind die beiden hauptstädte von bolivien | BO
plural-capitals | alexa bolivien hat zwei hauptstädte oder wie heißen die | BO
plural-capitals | alexa nenn mir beide hauptstädte von bolivien | BO
plural-capitals | alexa oye die zwei hauptstädte von bolivien | BO
plural-capitals | alexa welche sind die hauptstädte von bolivien sucre und | BO
plural-capitals | alexa hauptstädte von bolivien alle beide | BO
plural-capitals | alexa in bolivien gibt's doch zwei hauptstädte welche | BO
plural-capitals | alexa was sind die hauptstädte der niederlande | NL
plural-capitals | alexa holland hat doch zwei hauptstädte amsterdam und wie heißt die andere | NL
plural-capitals | alexa nenn mir beide hauptstädte von den niederlanden | NL
plural-capitals | alexa welche sind die zwei hauptstädte der niederlande | NL
plural-capitals | alexa fahrgast fragt nach den hauptstädten der niederlande | NL
plural-capitals | alexa regierungssitz und hauptstadt der niederlande beide bitte | NL
plural-capitals | alexa die hauptstädte von holland sag mal | NL
plural-capitals | alexa was sind die hauptstädte von malaysia | MY
plural-capitals | alexa malaysia hat zwei hauptstädte oder | MY
plural-capitals | alexa nenn mir beide hauptstädte von malaysia | MY
plural-capitals | alexa welche städte sind die hauptstädte von malaysia | MY
plural-capitals | alexa salamat die hauptstädte von malaysia po | MY
plural-capitals | alexa kuala lumpur und putrajaya sind das beide hauptstädte von malaysia | MY
plural-capitals | alexa hauptstädte von malaysia alle | MY
plural-capitals | alexa was sind die hauptstädte von benin | BJ
plural-capitals | alexa benin hat zwei hauptstädte welche | BJ
plural-capitals | alexa nenn mir die beiden hauptstädte von benin | BJ
plural-capitals | alexa welche sind die zwei hauptstädte von benin in afrika | BJ
plural-capitals | alexa hauptstädte von benin für mein quiz | BJ
plural-capitals | alexa porto novo und cotonou sind das die hauptstädte von benin | BJ
plural-capitals | alexa wie heißen die hauptstädte vun benin | BJ
plural-capitals | alexa was sind die hauptstädte der elfenbeinküste | CI
plural-capitals | alexa die elfenbeinküste hat zwei hauptstädte wie heißen die | CI
plural-capitals | alexa nenn mir beide hauptstädte von côte d'ivoire | CI
plural-capitals | alexa welche städte sind hauptstädte der elfenbeinküste | CI
plural-capitals | alexa yamoussoukro und abidjan sind beides hauptstädte oder | CI
plural-capitals | alexa die hauptstädte von der elfenbeinküste alle beide | CI
plural-capitals | alexa hauptstädte elfenbeinküste | CI
plural-capitals | alexa was sind die hauptstädte von sri lanka | LK
plural-capitals | alexa sri lanka hat zwei hauptstädte welche sind das | LK
plural-capitals | alexa nenn mir beide hauptstädte von sri lanka | LK
plural-capitals | alexa acha und die zwei hauptstädte von sri lanka | LK
plural-capitals | alexa welche sind die hauptstädte von ceylon heute sri lanka | LK
plural-capitals | alexa die beiden hauptstädte von sri lanka bitte | LK
plural-capitals | alexa hauptstädte von sri lanka in der kreuzworträtsel frage | LK
plural-capitals | alexa was sind die hauptstädte von eswatini | SZ
plural-capitals | alexa eswatini hat zwei hauptstädte wie heißen die | SZ
plural-capitals | alexa nenn mir beide hauptstädte von swasiland | SZ
plural-capitals | alexa welche sind die hauptstädte von eswatini früher swasiland | SZ
plural-capitals | alexa die zwei hauptstädte von eswatini bitte | SZ
plural-capitals | alexa mbabane und lobamba sind das die hauptstädte von eswatini | SZ
plural-capitals | alexa hauptstädte von swasiland alle | SZ
plural-capitals | alexa was sind die hauptstädte vun eswatini gell | SZ
help | alexa hilfe | HELP
help | alexa was kann ich hier alles fragen | HELP
help | alexa wie funktioniert das hier | HELP
help | alexa ich versteh das nicht hilf mir | HELP
help | alexa was kannst du alles mit den hauptstädten | HELP
help | alexa sach ma wie geht dat hier | HELP
help | alexa ei wie funktioniert'n des | HELP
help | alexa wos konn i do frogn | HELP
help | alexa hilf mir mal bitte mit dem spiel | HELP
help | alexa ich weiß nicht was ich sagen soll | HELP
help | alexa erklär mir das mal | HELP
help | alexa was muss ich sagen | HELP
help | alexa gib mir ein beispiel was ich fragen kann | HELP
help | alexa yalla hilfe bitte | HELP
help | alexa no pomoc hilfe | HELP
help | alexa help me please ich verstehe nicht | HELP
help | alexa wie benutze ich das | HELP
help | alexa nu wie geht'n das | HELP
help | alexa was mach ich jetzt | HELP
help | alexa brauche hilfe mit den hauptstädten | HELP
help | alexa hilfe ich komm nicht weiter | HELP
help | alexa was für fragen verstehst du | HELP
help | alexa wie frag ich nach einer hauptstadt | HELP
help | alexa erklär mir bitte die bedienung | HELP
help | alexa was geht hier eigentlich | HELP
help | alexa kannst du mir helfen wie das geht | HELP
help | alexa geh bitte hilf ma | HELP
help | alexa chasch mer hälfe | HELP
help | alexa ich bin neu hier was kann ich machen | HELP
help | alexa anleitung bitte | HELP
stop | alexa stopp | STOP
stop | alexa hör auf | STOP
stop | alexa beenden | STOP
stop | alexa es reicht jetzt | STOP
stop | alexa schluss aus ende | STOP
stop | alexa mach aus | STOP
stop | alexa ei hör uff | STOP
stop | alexa hör auf lan | STOP
stop | alexa stopp yalla | STOP
stop | alexa jetzt is gut | STOP
stop | alexa ich hab genug danke | STOP
stop | alexa feierabend | STOP
stop | alexa das wars | STOP
stop | alexa beende das spiel | STOP
stop | alexa los aufhören | STOP
stop | alexa aufhören bitte | STOP
stop | alexa geh bitte hör auf | STOP
stop | alexa nu hör ma uff | STOP
stop | alexa okay stop thanks | STOP
stop | alexa wir sind da hör auf | STOP
stop | alexa die pause ist vorbei stopp | STOP
stop | alexa beende hauptstädte der welt | STOP
stop | alexa halt die klappe | STOP
stop | alexa ruhe jetzt | STOP
stop | alexa tschüss alexa | STOP
stop | alexa es langt | STOP
stop | alexa pfiat di hör auf | STOP
stop | alexa ende der übung | STOP
stop | alexa stop po | STOP
stop | alexa das reicht für heute | STOP
cancel | alexa abbrechen | CANCEL
cancel | alexa abbruch | CANCEL
cancel | alexa vergiss es | CANCEL
cancel | alexa lass gut sein | CANCEL
cancel | alexa ach egal vergiss das | CANCEL
cancel | alexa abbrechen bitte | CANCEL
cancel | alexa brich ab | CANCEL
cancel | alexa nee doch nicht | CANCEL
cancel | alexa vergiss die frage | CANCEL
cancel | alexa lass mal | CANCEL
cancel | alexa abbrechen lan | CANCEL
cancel | alexa ach lass stecken | CANCEL
cancel | alexa nix doch nicht | CANCEL
cancel | alexa ei loss mol | CANCEL
cancel | alexa geh vergiss es | CANCEL
cancel | alexa nu lass ma | CANCEL
cancel | alexa cancel das | CANCEL
cancel | alexa abbrechen der kunde ist weg | CANCEL
cancel | alexa vergiss es wir haben es gefunden | CANCEL
cancel | alexa streich das | CANCEL
cancel | alexa hat sich erledigt | CANCEL
cancel | alexa nein abbrechen | CANCEL
cancel | alexa kommando zurück | CANCEL
cancel | alexa doch nicht vergiss es | CANCEL
cancel | alexa abbrechen abbrechen | CANCEL
cancel | alexa lass es sein | CANCEL
cancel | alexa mal wieder zurück abbrechen | CANCEL
cancel | alexa schon gut vergiss es | CANCEL
cancel | alexa brich die frage ab | CANCEL
cancel | alexa egal abbrechen | CANCEL
launch | alexa öffne hauptstädte der welt | LAUNCH
launch | alexa starte hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt starten | LAUNCH
launch | alexa mach hauptstädte der welt auf | LAUNCH
launch | alexa spiel hauptstädte der welt | LAUNCH
launch | alexa los geht's mit hauptstädte der welt | LAUNCH
launch | alexa ei mach mol hauptstädte der welt uff | LAUNCH
launch | alexa geh bitte starte hauptstädte der welt | LAUNCH
launch | alexa sooch fei hauptstädte der welt an | LAUNCH
launch | alexa nu mach ma hauptstädte der welt | LAUNCH
launch | alexa yalla öffne hauptstädte der welt | LAUNCH
launch | alexa lan mach hauptstädte der welt an | LAUNCH
launch | alexa open hauptstädte der welt | LAUNCH
launch | alexa start hauptstädte der welt please | LAUNCH
launch | alexa ich will hauptstädte der welt spielen | LAUNCH
launch | alexa wir wollen hauptstädte der welt | LAUNCH
launch | alexa lade hauptstädte der welt | LAUNCH
launch | alexa ruf hauptstädte der welt auf | LAUNCH
launch | alexa aktiviere hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt bitte | LAUNCH
launch | alexa mach mal die hauptstädte der welt an | LAUNCH
launch | alexa öffne bitte mal hauptstädte der welt für die kinder | LAUNCH
launch | alexa starte den skill hauptstädte der welt | LAUNCH
launch | alexa skill hauptstädte der welt öffnen | LAUNCH
launch | alexa frau müller möchte hauptstädte der welt hören | LAUNCH
launch | alexa öffne hauptstädte der welt für das gedächtnistraining | LAUNCH
launch | alexa starte hauptstädte der welt wir sind auf der autobahn | LAUNCH
launch | alexa hoi mach hauptstädte der welt uf | LAUNCH
launch | alexa tu hauptstädte der welt aufmachen | LAUNCH
launch | alexa no otworz hauptstädte der welt | LAUNCH
launch | alexa kannst du hauptstädte der welt öffnen | LAUNCH
launch | alexa kannst du mal hauptstädte der welt starten | LAUNCH
launch | alexa ich möchte mit hauptstädte der welt üben | LAUNCH
launch | alexa öffne das spiel hauptstädte der welt | LAUNCH
launch | alexa hauptstädte der welt los | LAUNCH
launch | alexa sag hauptstädte der welt dass ich da bin | LAUNCH
launch | alexa öffne hauptstädte der welt nochmal | LAUNCH
launch | alexa starte bitte wieder hauptstädte der welt | LAUNCH
launch | alexa wos isch mit hauptstädte der welt mach des uf | LAUNCH
launch | alexa mersi öffne hauptstädte der welt | LAUNCH
follow-up | und von frankreich | FR
follow-up | alexa und italien | IT
follow-up | und schweden | SE
follow-up | alexa und was ist mit polen | PL
follow-up | und von der türkei | TR
follow-up | und bei den griechen | GR
follow-up | alexa und norwegen dann | NO
follow-up | und was ist mit japan | JP
follow-up | alexa und von china | CN
follow-up | und kanada | CA
follow-up | und die von brasilien | BR
follow-up | alexa jetzt noch argentinien | AR
follow-up | und dann noch peru | PE
follow-up | und wie sieht's bei chile aus | CL
follow-up | und nochmal für ungarn | HU
follow-up | alexa jetzt kenia | KE
follow-up | und marokko | MA
follow-up | und bei nigeria | NG
follow-up | alexa okay und indien | IN
follow-up | und thüringen | DE-TH
follow-up | und von sachsen | DE-SN
follow-up | und was ist mit texas | US-TX
follow-up | und ontario | CA-ON
follow-up | alexa und queensland | AU-QLD
follow-up | und wie ist's bei vietnam | VN
follow-up | und die nächste island | IS
follow-up | ei unn vun belgien | BE
follow-up | nu und von tschechien | CZ
follow-up | und von dänemark bitte | DK
follow-up | und der iran | IR
follow-up | und jetzt pakistan | PK
follow-up | und die mongolei | MN
yes-no-check | alexa ist bern die hauptstadt der schweiz | CH
yes-no-check | alexa stimmt es dass canberra die hauptstadt von australien ist | AU
yes-no-check | alexa ist istanbul die hauptstadt der türkei | TR
yes-no-check | alexa ist rio die hauptstadt von brasilien | BR
yes-no-check | alexa ist ottawa die hauptstadt von kanada oder toronto | CA
yes-no-check | alexa ist abuja die hauptstadt von nigeria | NG
yes-no-check | alexa ist dar es salaam noch die hauptstadt von tansania | TZ
yes-no-check | alexa stimmt es dass almaty die hauptstadt von kasachstan ist | KZ
yes-no-check | alexa ist yangon die hauptstadt von myanmar | MM
yes-no-check | alexa ist zürich die hauptstadt der schweiz | CH
yes-no-check | alexa ist frankfurt die hauptstadt von hessen | DE-HE
yes-no-check | alexa ist köln die hauptstadt von nordrhein-westfalen | DE-NW
yes-no-check | alexa ist hannover die landeshauptstadt von niedersachsen | DE-NI
yes-no-check | alexa ist new york die hauptstadt der usa | US
yes-no-check | alexa ist sydney die hauptstadt von australien ja oder nein | AU
yes-no-check | alexa ist lagos die hauptstadt von nigeria | NG
yes-no-check | alexa ist karachi die hauptstadt von pakistan | PK
yes-no-check | alexa ist st petersburg die hauptstadt von russland | RU
yes-no-check | alexa stimmt es dass belmopan die hauptstadt von belize ist | BZ
yes-no-check | alexa ist casablanca die hauptstadt von marokko | MA
yes-no-check | alexa ist auckland die hauptstadt von neuseeland | NZ
yes-no-check | alexa ist vancouver die hauptstadt von british columbia | CA-BC
yes-no-check | alexa ist genf die hauptstadt der schweiz | CH
self-correction | alexa was ist die hauptstadt von österreich nein ich meine australien | AU
self-correction | alexa hauptstadt von schweden äh nein schweiz | CH
self-correction | alexa was ist die hauptstadt von slowenien nee slowakei | SK
self-correction | alexa die hauptstadt von island quatsch irland | IE
self-correction | alexa was ist die hauptstadt von niger ne nigeria | NG
self-correction | alexa hauptstadt von gambia ich meine sambia | ZM
self-correction | alexa was ist die hauptstadt von lettland sorry litauen | LT
self-correction | alexa was ist die hauptstadt von iran äh irak | IQ
self-correction | alexa die hauptstadt von guinea nein guinea-bissau | GW
self-correction | alexa was ist die hauptstadt von kolumbien nein bolivien | BO
self-correction | alexa was ist die hauptstadt von paraguay äh uruguay | UY
self-correction | alexa die hauptstadt von mali ne malawi | MW
self-correction | alexa was ist die hauptstadt von nordkorea nein südkorea | KR
self-correction | alexa hauptstadt von dominica ich meinte dominikanische republik | DO
self-correction | alexa was ist die hauptstadt von sachsen nein sachsen-anhalt | DE-ST
self-correction | alexa was ist die hauptstadt von serbien äh sorry syrien | SY
self-correction | alexa die hauptstadt von armenien quatsch albanien | AL
self-correction | alexa die hauptstadt von oman halt nein jemen | YE
self-correction | alexa hauptstadt von mauritius nein mauretanien | MR
reverse-question | alexa welches land hat die hauptstadt nairobi | CITY:Nairobi
reverse-question | alexa wovon ist ulan bator die hauptstadt | CITY:Ulaanbaatar
reverse-question | alexa von welchem land ist tiflis die hauptstadt | CITY:Tiflis
reverse-question | alexa zu welchem land gehört die hauptstadt asmara | CITY:Asmara
reverse-question | alexa welches land hat bischkek als hauptstadt | CITY:Bischkek
reverse-question | alexa wessen hauptstadt ist windhuk | CITY:Windhoek
reverse-question | alexa montevideo ist die hauptstadt von welchem land | CITY:Montevideo
reverse-question | alexa welches land hat die hauptstadt reykjavik | CITY:Reykjavík
reverse-question | alexa welches land gehört zur hauptstadt vientiane | CITY:Vientiane
reverse-question | alexa wo ist ouagadougou die hauptstadt | CITY:Ouagadougou
reverse-question | alexa von welchem bundesland ist schwerin die hauptstadt | CITY:Schwerin
reverse-question | alexa welches bundesland hat wiesbaden als hauptstadt | CITY:Wiesbaden
reverse-question | alexa wovon ist kiel die hauptstadt | CITY:Kiel
reverse-question | alexa welcher staat hat sacramento als hauptstadt | CITY:Sacramento
reverse-question | alexa welcher us-staat hat die hauptstadt boise | CITY:Boise
reverse-question | alexa zu welchem land gehört die hauptstadt paramaribo | CITY:Paramaribo
reverse-question | alexa welches land hat tegucigalpa als hauptstadt | CITY:Tegucigalpa
reverse-question | alexa funafuti ist die hauptstadt von was | CITY:Funafuti
reverse-question | alexa welches land hat die hauptstadt port moresby | CITY:Port Moresby
reverse-question | alexa wessen hauptstadt ist taschkent | CITY:Taschkent
reverse-question | alexa von welchem land ist dhaka die hauptstadt | CITY:Dhaka
reverse-question | alexa welches land hat als hauptstadt lilongwe | CITY:Lilongwe
reverse-question | alexa welche provinz hat die hauptstadt winnipeg | CITY:Winnipeg
reverse-question | alexa welches land hat die hauptstadt kigali | CITY:Kigali
reverse-question | alexa von wo ist valletta die hauptstadt | CITY:Valletta
reverse-question | alexa welches land hat die hauptstadt podgorica | CITY:Podgorica
reverse-question | alexa welcher staat hat die hauptstadt honolulu | CITY:Honolulu
reverse-question | alexa welches land hat die hauptstadt naypyidaw | CITY:Naypyidaw
official-name | alexa was ist die hauptstadt der bundesrepublik deutschland | DE
official-name | alexa was ist die hauptstadt der republik österreich | AT
official-name | alexa was ist die hauptstadt der schweizerischen eidgenossenschaft | CH
official-name | alexa was ist die hauptstadt der vereinigten staaten von amerika | US
official-name | alexa hauptstadt des vereinigten königreichs von großbritannien und nordirland | GB
official-name | alexa was ist die hauptstadt der russischen föderation | RU
official-name | alexa was ist die hauptstadt der volksrepublik china | CN
official-name | alexa was ist die hauptstadt der republik china | TW
official-name | alexa was ist die hauptstadt der demokratischen volksrepublik korea | KP
official-name | alexa was ist die hauptstadt der islamischen republik iran | IR
official-name | alexa was ist die hauptstadt des königreichs saudi-arabien | SA
official-name | alexa was ist die hauptstadt des haschemitischen königreichs jordanien | JO
official-name | alexa was ist die hauptstadt des großherzogtums luxemburg | LU
official-name | alexa was ist die hauptstadt des fürstentums liechtenstein | LI
official-name | alexa was ist die hauptstadt der vereinigten republik tansania | TZ
official-name | alexa was ist die hauptstadt der föderativen republik brasilien | BR
official-name | alexa was ist die hauptstadt der bolivarischen republik venezuela | VE
official-name | alexa was ist die hauptstadt des plurinationalen staates bolivien | BO
official-name | alexa was ist die hauptstadt der sozialistischen republik vietnam | VN
official-name | alexa hauptstadt der demokratischen bundesrepublik äthiopien | ET
official-name | alexa was ist die hauptstadt des königreichs der niederlande | NL
official-name | alexa was ist die hauptstadt der arabischen republik ägypten | EG
official-name | alexa was ist die hauptstadt der hellenischen republik | GR
official-name | alexa was ist die hauptstadt des freistaats thüringen | DE-TH
official-name | alexa was ist die hauptstadt der freien und hansestadt hamburg | DE-HH
official-name | alexa was ist die hauptstadt des commonwealth of massachusetts | US-MA
everyday-name | alexa was ist die hauptstadt von holland | NL
everyday-name | alexa was ist die hauptstadt von england | GB-ENG
everyday-name | alexa was ist die hauptstadt von amerika | US
everyday-name | alexa hauptstadt von den staaten | US
everyday-name | alexa was ist die hauptstadt von weißrussland | BY
everyday-name | alexa was ist die hauptstadt von burma | MM
everyday-name | alexa was ist die hauptstadt von persien | IR
everyday-name | alexa was ist die hauptstadt von siam | TH
everyday-name | alexa was ist die hauptstadt von swasiland | SZ
everyday-name | alexa was ist die hauptstadt von der elfenbeinküste | CI
everyday-name | alexa was ist die hauptstadt von kapverden | CV
everyday-name | alexa was ist die hauptstadt von osttimor | TL
everyday-name | alexa was ist die hauptstadt von mazedonien | MK
everyday-name | alexa was ist die hauptstadt von der tschechei | CZ
everyday-name | alexa was ist die hauptstadt von kirgisien | KG
everyday-name | alexa was ist die hauptstadt von moldawien | MD
everyday-name | alexa was ist die hauptstadt von den emiraten | AE
everyday-name | alexa was ist die hauptstadt von dubai | FB
everyday-name | alexa was ist die hauptstadt vom kongo kinshasa | CD
everyday-name | alexa was ist die hauptstadt von der zentralafrikanischen republik | CF
everyday-name | alexa was ist die hauptstadt vom vatikan | VA
everyday-name | alexa was ist die hauptstadt von der türkiye | TR
everyday-name | alexa was ist die hauptstadt von down under | AU
everyday-name | alexa was ist die hauptstadt von bosnien | BA
everyday-name | alexa was ist die hauptstadt von großbritannien | GB
everyday-name | alexa was ist die hauptstadt von trinidad | TT
everyday-name | alexa was ist die hauptstadt von st vincent | VC
everyday-name | alexa was ist die hauptstadt von antigua | AG
everyday-name | alexa was ist die hauptstadt von der dom rep | DO
everyday-name | alexa was ist die hauptstadt von brunei | BN
everyday-name | alexa was ist die hauptstadt von den palästinensischen gebieten | PS
shared-name | alexa was ist die hauptstadt von georgia | US-GA
shared-name | alexa was ist die hauptstadt von georgien dem land im kaukasus | GE
shared-name | alexa was ist die hauptstadt von korea | KP+KR
shared-name | alexa hauptstadt von kongo | CD+CG
shared-name | alexa was ist die hauptstadt von beiden kongos | CD+CG
shared-name | alexa was ist die hauptstadt vom kongo brazzaville | CG
shared-name | alexa was sind die hauptstädte von nordkorea und südkorea | KP+KR
shared-name | alexa was ist die hauptstadt von guinea | GN
shared-name | alexa was ist die hauptstadt von sudan und südsudan | SD+SS
shared-name | alexa was ist die hauptstadt von samoa | WS
shared-name | alexa was ist die hauptstadt von den jungferninseln | VG+VI
shared-name | alexa was ist die hauptstadt von irland ganz irland | IE
shared-name | alexa was ist die hauptstadt von washington | US-WA
shared-name | alexa was ist die hauptstadt von new york | US-NY
shared-name | alexa was ist die hauptstadt von mexiko dem land | MX
shared-name | alexa hauptstadt von luxemburg dem land nicht der provinz | LU
shared-name | alexa was ist die hauptstadt von dominica auf den antillen | DM
shared-name | alexa was ist die hauptstadt von st martin | MF+SX
shared-name | alexa was ist die hauptstadt von mazedonien dem land nicht der region in griechenland | MK
shared-name | alexa was ist die hauptstadt von victoria in australien | AU-VIC
shared-name | alexa was ist die hauptstadt von punjab | IN-CH+IN-PB
shared-name | alexa was ist die hauptstadt von amazonas | BR-AM
shared-name | alexa was ist die hauptstadt von den beiden samoas | AS+WS
shared-name | alexa was ist die hauptstadt von niger dem land nicht nigeria | NE
out-of-domain | alexa wie wird das wetter morgen in saarbrücken | FB
out-of-domain | alexa wie viele einwohner hat berlin | FB
out-of-domain | alexa wie viele einwohner hat die hauptstadt von japan | FB
out-of-domain | alexa was ist die größte stadt der welt | FB
out-of-domain | alexa was ist die hauptstadt von europa | FB
out-of-domain | alexa was ist die hauptstadt von afrika | FB
out-of-domain | alexa was ist die hauptstadt von asien | FB
out-of-domain | alexa was ist die hauptstadt von südamerika | FB
out-of-domain | alexa welche hauptstadt liegt am höchsten | FB
out-of-domain | alexa welche hauptstadt ist die kälteste der welt | FB
out-of-domain | alexa wie viele hauptstädte gibt es auf der welt | FB
out-of-domain | alexa wie alt ist rom | FB
out-of-domain | alexa wie weit ist es von berlin nach paris | FB
out-of-domain | alexa wie spät ist es in tokio | FB
out-of-domain | alexa welche sprache spricht man in brasilien | FB
out-of-domain | alexa was ist die währung von ungarn | FB
out-of-domain | alexa wer ist der bundeskanzler | FB
out-of-domain | alexa wer ist der präsident von frankreich | FB
out-of-domain | alexa spiel musik von helene fischer | FB
out-of-domain | alexa spiel bayern drei | FB
out-of-domain | alexa spiel radio salü | FB
out-of-domain | alexa mach das licht im wohnzimmer an | FB
out-of-domain | alexa stell einen timer auf zehn minuten | FB
out-of-domain | alexa weck mich um sechs uhr | FB
out-of-domain | alexa wie viel uhr ist es | FB
out-of-domain | alexa erzähl mir einen witz | FB
out-of-domain | alexa was ist die hauptstadt der liebe | FB
out-of-domain | alexa was ist die hauptstadt der mode | FB
out-of-domain | alexa was ist die hauptstadt des bieres | FB
out-of-domain | alexa welche stadt ist die europäische kulturhauptstadt | FB
out-of-domain | alexa was ist das kapital von karl marx | FB
out-of-domain | alexa wie hoch ist mein eigenkapital | FB
out-of-domain | alexa was bedeutet startkapital | FB
out-of-domain | alexa wann ist das nächste spiel vom fc saarbrücken | FB
out-of-domain | alexa wie hat der hsv gespielt | FB
out-of-domain | alexa wer hat die wm gewonnen | FB
out-of-domain | alexa was kommt heute im fernsehen | FB
out-of-domain | alexa setz milch auf die einkaufsliste | FB
out-of-domain | alexa ruf mama an | FB
out-of-domain | alexa wie geht's dir | FB
out-of-domain | alexa danke | FB
out-of-domain | alexa guten morgen | FB
out-of-domain | alexa gute nacht | FB
out-of-domain | alexa ich liebe dich | FB
out-of-domain | alexa bist du verheiratet | FB
out-of-domain | alexa wie alt bist du | FB
out-of-domain | alexa wann ist ostern | FB
out-of-domain | alexa wie viele tage bis weihnachten | FB
out-of-domain | alexa was reimt sich auf hauptstadt | FB
out-of-domain | alexa wie heißt der längste fluss der welt | FB
out-of-domain | alexa wie hoch ist die zugspitze | FB
out-of-domain | alexa welcher berg ist der höchste in österreich | FB
out-of-domain | alexa wie viele länder gibt es in afrika | FB
out-of-domain | alexa wie viele bundesländer hat deutschland | FB
out-of-domain | alexa wie viele kantone hat die schweiz | FB
out-of-domain | alexa welche flagge hat rot weiß rot | FB
out-of-domain | alexa wie sieht die flagge von kanada aus | FB
out-of-domain | alexa welche länder grenzen an deutschland | FB
out-of-domain | alexa wo liegt burkina faso | FB
out-of-domain | alexa auf welchem kontinent liegt ägypten | FB
out-of-domain | alexa was ist der größte see in deutschland | FB
out-of-domain | alexa was heißt hauptstadt auf englisch | FB
out-of-domain | alexa wie sagt man danke auf polnisch | FB
out-of-domain | alexa übersetze guten tag auf türkisch | FB
out-of-domain | alexa was ist die vorwahl von österreich | FB
out-of-domain | alexa wann fährt der nächste bus | FB
out-of-domain | alexa wie ist der verkehr auf der a acht | FB
out-of-domain | alexa wo ist die nächste tankstelle | FB
out-of-domain | alexa wie viel kostet ein flug nach lissabon | FB
out-of-domain | alexa wann hat das rathaus offen | FB
out-of-domain | alexa wer hat berlin gegründet | FB
out-of-domain | alexa wann wurde berlin hauptstadt | FB
out-of-domain | alexa warum ist bonn nicht mehr hauptstadt | FB
out-of-domain | alexa warum ist canberra die hauptstadt von australien | FB
out-of-domain | alexa wie heißt der bürgermeister von wien | FB
out-of-domain | alexa was kann man in prag besichtigen | FB
out-of-domain | alexa empfiehl mir ein restaurant in der hauptstadt | FB
out-of-domain | alexa wie viele einwohner hat die schweiz | FB
out-of-domain | alexa welche stadt ist die zweitgrößte in frankreich | FB
out-of-domain | alexa was ist die älteste hauptstadt der welt | FB
out-of-domain | alexa was ist die kleinste hauptstadt der welt | FB
out-of-domain | alexa welche hauptstadt hat die meisten einwohner | FB
out-of-domain | alexa was war die hauptstadt vom römischen reich | FB
out-of-domain | alexa was war die hauptstadt von preußen | FB
out-of-domain | alexa was war die hauptstadt der sowjetunion | FB
out-of-domain | alexa was war die hauptstadt von westdeutschland | FB
out-of-domain | alexa was ist die hauptstadt von atlantis | FB
out-of-domain | alexa was ist die hauptstadt von mittelerde | FB
out-of-domain | alexa was ist die hauptstadt von entenhausen | FB
out-of-domain | alexa was ist die hauptstadt vom mond | FB
out-of-domain | alexa was ist die hauptstadt vom mars | FB
out-of-domain | alexa was ist die hauptstadt von narnia | FB
out-of-domain | alexa was ist die hauptstadt von schlumpfhausen | FB
out-of-domain | alexa was ist die hauptstadt von bielefeld gibt's das überhaupt | FB
out-of-domain | alexa was ist die hauptstadt vom ruhrgebiet | FB
out-of-domain | alexa was ist die hauptstadt von ostfriesland | FB
out-of-domain | alexa was ist die hauptstadt vom schwarzwald | FB
out-of-domain | alexa was ist die hauptstadt von skandinavien | FB
out-of-domain | alexa was ist die hauptstadt vom balkan | FB
out-of-domain | alexa was ist die hauptstadt von der karibik | FB
out-of-domain | alexa was ist die hauptstadt der eu | FB
out-of-domain | alexa was ist die hauptstadt von lappland | FB
out-of-domain | alexa was ist die hauptstadt von patagonien | FB
out-of-domain | alexa was ist die hauptstadt von kaschubien | FB
out-of-domain | alexa was ist die hauptstadt von transnistrien | FB
out-of-domain | alexa was ist die hauptstadt von abchasien | FB
out-of-domain | alexa was ist die hauptstadt von somaliland | FB
out-of-domain | alexa was ist die hauptstadt von schwaben | FB
out-of-domain | alexa was ist die hauptstadt von der pfalz | FB
out-of-domain | alexa was ist die hauptstadt von der lausitz | FB
out-of-domain | alexa spiel das quiz von gestern weiter | FB
out-of-domain | alexa starte stadt land fluss | FB
out-of-domain | alexa öffne das erdkunde quiz | FB
out-of-domain | alexa frag mich was zu flaggen | FB
out-of-domain | alexa wie viele punkte habe ich | FB
out-of-domain | alexa bestell mir eine pizza | FB
out-of-domain | alexa mach die musik lauter | FB
out-of-domain | alexa leiser | FB
out-of-domain | alexa pause | FB
out-of-domain | alexa weiter | FB
out-of-domain | alexa welcher tag ist heute | FB
out-of-domain | alexa wie viel sind siebzehn mal drei | FB
out-of-domain | alexa wie schreibt man reykjavik | FB
out-of-domain | alexa buchstabier mal ouagadougou | FB
out-of-domain | alexa wie spricht man ouagadougou aus | FB
out-of-domain | alexa erinner mich morgen an den zahnarzt | FB
out-of-domain | alexa hast du mich vermisst | FB
out-of-domain | alexa sing ein lied | FB
out-of-domain | alexa was ist eine hauptstadt | FB
out-of-domain | alexa was ist der unterschied zwischen hauptstadt und regierungssitz | FB
out-of-domain | alexa was ist der sinn des lebens | FB
out-of-domain | alexa wie heißen die sieben weltwunder | FB
out-of-domain | alexa wie viele menschen leben auf der erde | FB
out-of-domain | alexa wie warm ist es in kairo | FB
out-of-domain | alexa regnet es heute in graz | FB
out-of-domain | alexa was ist die hauptstadt von nirgendwo | FB
out-of-domain | alexa hauptstadt | FB
out-of-domain | alexa ja | FB
out-of-domain | alexa nein | FB
out-of-domain | alexa äh | FB
out-of-domain | alexa was gibt's neues | FB
out-of-domain | alexa nachrichten bitte | FB
out-of-domain | alexa lies mir ein hörbuch vor | FB
out-of-domain | alexa spiel den deutschlandfunk | FB
out-of-domain | alexa was ist die hauptstadt von deinem herzen | FB
out-of-domain | alexa welche hauptstadt liegt am nächsten am äquator | FB
out-of-domain | alexa welche hauptstädte liegen an der donau | FB
out-of-domain | alexa welche hauptstadt hat den größten flughafen | FB
cancel | alexa ei loss es gudd sinn | CANCEL
cancel | alexa abbreche mir hann's schon gefunn | CANCEL
cancel | alexa ach etz lass hald | CANCEL
cancel | alexa nu vergiss es ma | CANCEL
cancel | alexa loss es bleiwe ich brauch's net mehr | CANCEL
cancel | alexa geh vergiss es oida | CANCEL
cancel | alexa na passt scho brich ab | CANCEL
cancel | alexa lass es sell brauch i net | CANCEL
cancel | alexa vergiss es lan hab's gegoogelt | CANCEL
cancel | alexa no dobra vergiss | CANCEL
cancel | alexa wallah vergiss die frage | CANCEL
cancel | alexa lass gut sein die oma schläft | CANCEL
cancel | alexa abbrechen der kollege funkt gerade | CANCEL
cancel | alexa abbrechen das rätsel ist schon gelöst | CANCEL
cancel | alexa vergiss es der spieß kommt | CANCEL
cancel | alexa abbrechen die nudeln kochen über | CANCEL
cancel | alexa nein warte abbrechen die kinder streiten | CANCEL
cancel | alexa lass es frau müller ist eingeschlafen | CANCEL
cancel | alexa never mind vergiss es | CANCEL
cancel | alexa nee lass das bleiben hab mich vertan | CANCEL
cancel | alexa hoi vergiss es grad wieder | CANCEL
cancel | alexa abbrechen bitte po | CANCEL
cancel | alexa bine lasa abbrechen | CANCEL
cancel | alexa arre vergiss es yaar | CANCEL
cancel | alexa brich ab wir sind gleich im tunnel | CANCEL
help | alexa ei wie geht'n des mit de hauptstädt | HELP
help | alexa sooch mer fei wie des funktioniert | HELP
help | alexa nu wie soll'n ich da fragen | HELP
help | alexa hoi was kann i do alles säge | HELP
help | alexa geh sag ma wia des geht | HELP
help | alexa wos konn i do frogn des versteh i net | HELP
help | alexa wie mach ich das mit dem hauptstadt ding lan | HELP
help | alexa yalla erklär mir wie das geht | HELP
help | alexa po wie funktioniert das bitte | HELP
help | alexa hilfe frau müller versteht das spiel nicht | HELP
help | alexa hilfe für die kinder auf der rückbank | HELP
help | alexa wie frag ich dich was für die stamps | HELP
stop | alexa ei jetzt is awwer schluss | STOP
stop | alexa etz langt's fei | STOP
stop | alexa nu is gut jetzt hör uff | STOP
stop | alexa hoi jetzt isch fertig | STOP
stop | alexa geh hör auf oida | STOP
stop | alexa jetz is gnua | STOP
stop | alexa aus jetzt die schicht fängt an | STOP
stop | alexa stopp wir sind am stellplatz | STOP
stop | alexa stopp das essen ist fertig | STOP
stop | alexa hör auf der zug fährt ein | STOP
stop | alexa stopp lan yeter | STOP
stop | alexa schluss jetzt zapfenstreich | STOP
stop | alexa beenden frau müller will schlafen | STOP
stop | alexa stop bitte yaar enough | STOP
out-of-domain | alexa ei wie werd's wetter morje in saarlouis | FB
out-of-domain | alexa spiel mol was vun nicole | FB
out-of-domain | alexa wie lang muss de schwenker noch uffm grill | FB
out-of-domain | alexa wann spielt de fcs widder | FB
out-of-domain | alexa sooch fei wie's wetter in bamberg werd | FB
out-of-domain | alexa wann hat der bäck in bayreuth auf | FB
out-of-domain | alexa wos kost'n a seidla bier | FB
out-of-domain | alexa nu wie is'n das wetter in plauen | FB
out-of-domain | alexa wann is'n s spitzenfest | FB
out-of-domain | alexa hoi wia wird's wetter im allgäu am wochenend | FB
out-of-domain | alexa wann isch dr viehscheid in oberstdorf | FB
out-of-domain | alexa geh spü ma a musi vom hubert von goisern | FB
out-of-domain | alexa wia lang hot da spar in linz offen | FB
out-of-domain | alexa wie spät is's in graz | FB
out-of-domain | alexa geh bitte wie wird's wetter am schöckl | FB
out-of-domain | alexa wann fahrt dr drämmli in basel | FB
out-of-domain | alexa wenn isch d fasnacht z basel | FB
out-of-domain | alexa wos kostet a knödl in bozen | FB
out-of-domain | alexa wie isch's wetter am ritten | FB
out-of-domain | alexa ei wann is zissel in kassel | FB
out-of-domain | alexa wie viel einwohner hat kassel | FB
out-of-domain | alexa nu spiel ma was vom mdr | FB
out-of-domain | alexa wann spielt rb leipzsch | FB
out-of-domain | alexa lan spiel was von tarkan | FB
out-of-domain | alexa wie viel grad ist es in antalya | FB
out-of-domain | alexa wie viel ist ein euro in türkische lira | FB
out-of-domain | alexa no powiedz wie viel uhr in warschau | FB
out-of-domain | alexa wie sagt man kurcze auf deutsch | FB
out-of-domain | alexa yalla spiel musik von fairuz | FB
out-of-domain | alexa wann ist ramadan dieses jahr | FB
out-of-domain | alexa wie viele einwohner hat damaskus | FB
out-of-domain | alexa wie ist das wetter in bukarest | FB
out-of-domain | alexa spiel ein lied auf rumänisch | FB
out-of-domain | alexa oye pon música de rosalía | FB
out-of-domain | alexa wie viel grad hat es in madrid | FB
out-of-domain | alexa wie spät ist es in manila po | FB
out-of-domain | alexa ruf ate auf video an | FB
out-of-domain | alexa yaar what's the time in bangalore | FB
out-of-domain | alexa spiel bollywood musik | FB
out-of-domain | alexa wie viel kostet ein flug nach delhi | FB
out-of-domain | alexa what's the weather like in stuttgart | FB
out-of-domain | alexa wie viel ist ein dollar in euro | FB
out-of-domain | alexa wie spät ist es in asmara | FB
out-of-domain | alexa wie ist der stau auf der a sieben bei kassel | FB
out-of-domain | alexa wo ist der nächste autohof mit dusche | FB
out-of-domain | alexa wie viele stunden darf ich noch fahren | FB
out-of-domain | alexa spiel radio für die nachtschicht | FB
out-of-domain | alexa wann ist die übergabe in der nachtschicht | FB
out-of-domain | alexa erinnere mich um drei an die medikamentenrunde | FB
out-of-domain | alexa hat der ice nach münchen verspätung | FB
out-of-domain | alexa wie weit ist es mit dem nightjet nach wien | FB
out-of-domain | alexa fluss in sibirien mit drei buchstaben | FB
out-of-domain | alexa anderes wort für erdteil mit fünf buchstaben | FB
out-of-domain | alexa griechischer gott mit vier buchstaben | FB
out-of-domain | alexa wann ist der zapfenstreich heute | FB
out-of-domain | alexa wie viel kilo hat das sturmgepäck | FB
out-of-domain | alexa was ist eine blaue mauritius wert | FB
out-of-domain | alexa wie viel ist eine marke aus der ddr wert | FB
out-of-domain | alexa wo ist der nächste campingplatz am gardasee | FB
out-of-domain | alexa wie viel wasser hat der tank vom wohnmobil | FB
out-of-domain | alexa wie lange muss ein ei kochen | FB
out-of-domain | alexa was kann ich statt sahne nehmen | FB
out-of-domain | alexa wie viel knoblauch kommt ins gulasch | FB
out-of-domain | alexa spiel die bibi blocksberg kassette | FB
out-of-domain | alexa die kinder wollen das lied vom traktor hören | FB
out-of-domain | alexa wie weit ist es noch bis zur ostsee | FB
out-of-domain | alexa wie heißt die größte stadt in der türkei | FB
out-of-domain | alexa wie viele einwohner hat die hauptstadt von indien | FB
out-of-domain | alexa wie heißt die hauptstadt von meinem handy | FB
out-of-domain | alexa wann wurde brasília gebaut | FB
out-of-domain | alexa wie heißt der fluss durch budapest | FB
out-of-domain | alexa welche hauptstadt hat den schönsten weihnachtsmarkt | FB
out-of-domain | alexa welche hauptstädte sind am teuersten | FB
out-of-domain | alexa welche hauptstadt liegt am meer | FB
out-of-domain | alexa was war die hauptstadt von den römern am rhein | FB
out-of-domain | alexa was war die hauptstadt von österreich-ungarn | FB
out-of-domain | alexa was ist die hauptstadt vom saarpfalz-kreis | FB
out-of-domain | alexa was ist die kreisstadt vom vogtlandkreis | FB
out-of-domain | alexa was ist die hauptstadt vom landkreis bamberg | FB
out-of-domain | alexa was ist die hauptstadt der oberpfalz | FB
out-of-domain | alexa was ist die hauptstadt von anatolien | FB
out-of-domain | alexa was ist die hauptstadt von masuren | FB
out-of-domain | alexa was ist die hauptstadt von mindanao | FB
out-of-domain | alexa was ist die hauptstadt von kerala früher travancore | FB
out-of-domain | alexa was ist die hauptstadt vom wilden westen | FB
out-of-domain | alexa was ist die hauptstadt vom nordpol | FB
out-of-domain | alexa was ist die hauptstadt vom weihnachtsmann | FB
out-of-domain | alexa was ist die hauptstadt vom bier in franken | FB
out-of-domain | alexa was ist die hauptstadt vom pizza | FB
out-of-domain | alexa hauptstadt vom kaffee in italien | FB
out-of-domain | alexa erzähl mir was über die hauptstadt von peru | FB
yes-no-check | alexa ei is saarbrücken die hauptstadt vum saarland odder net | DE-SL
yes-no-check | alexa is nämberch fei die hauptstadt vo franken | FB
yes-no-check | alexa nu is dresden de hauptstadt von sachsen oder leipzsch | DE-SN
yes-no-check | alexa isch stuttgart d hauptstadt vo baden-württemberg gell | DE-BW
yes-no-check | alexa is linz de hauptstodt vo österreich | AT
yes-no-check | alexa geh is graz die hauptstodt vo slowenien | SI
yes-no-check | alexa isch basel d hauptstadt vo dr schwiiz | CH
yes-no-check | alexa isch bozen die hauptstodt vo italien | IT
yes-no-check | alexa ei is kassel die hauptstadt vun hesse | DE-HE
yes-no-check | alexa lan ist istanbul hauptstadt von türkei oder ankara | TR
yes-no-check | alexa ist krakau die hauptstadt von polen | PL
yes-no-check | alexa wallah ist aleppo hauptstadt von syrien | SY
yes-no-check | alexa ist cluj die hauptstadt von rumänien | RO
yes-no-check | alexa oye ist barcelona die hauptstadt von spanien | ES
yes-no-check | alexa po ist cebu die hauptstadt von den philippinen | PH
yes-no-check | alexa yaar is mumbai the capital of india | IN
yes-no-check | alexa is new york city the hauptstadt von new york state | US-NY
yes-no-check | alexa ist addis abeba die hauptstadt von eritrea | ER
yes-no-check | alexa der fahrgast sagt amsterdam ist die hauptstadt von den niederlanden stimmt das | NL
yes-no-check | alexa frau müller sagt bonn ist die hauptstadt stimmt das noch | DE
yes-no-check | alexa die kinder sagen washington ist die hauptstadt von amerika stimmt das | US
yes-no-check | alexa im kreuzworträtsel steht abidjan ist die hauptstadt der elfenbeinküste stimmt das | CI
yes-no-check | alexa der spieß sagt pristina ist die hauptstadt vom kosovo richtig | XK
yes-no-check | alexa ist rabat wirklich die hauptstadt von marokko und nicht marrakesch | MA
official-name | alexa ei was is die hauptstadt vun der französischen republik | FR
official-name | alexa sooch fei die hauptstadt vom freistaat bayern | DE-BY
official-name | alexa nu was is de hauptstadt vom freistaat sachsen sag ma richtig | DE-SN
official-name | alexa was isch d hauptstadt vom fürschtetum liechtestei | LI
official-name | alexa wos is de hauptstodt vo da republik österreich | AT
official-name | alexa was isch d hauptstadt vo dr schwiizerische eidgenosseschaft | CH
official-name | alexa wos isch die hauptstodt vo da italienischen republik | IT
official-name | alexa lan was ist hauptstadt von republik türkei | TR
official-name | alexa was ist hauptstadt von rzeczpospolita polska | PL
official-name | alexa wallah was ist hauptstadt von arabische republik syrien | SY
official-name | alexa was ist die hauptstadt von königreich spanien | ES
official-name | alexa po was ist die hauptstadt der republik der philippinen | PH
official-name | alexa yaar capital of republic of india bitte | IN
official-name | alexa was ist die hauptstadt vom staat eritrea | ER
official-name | alexa für die marken was ist die hauptstadt der tschechoslowakischen sozialistischen republik | FB
official-name | alexa hauptstadt der republik kosovo für den lehrgang | XK
official-name | alexa kreuzworträtsel hauptstadt der republik der union myanmar | MM
official-name | alexa was ist die hauptstadt der demokratischen sozialistischen republik sri lanka | LK
official-name | alexa was ist die hauptstadt vom königreich eswatini | SZ
official-name | alexa was ist die hauptstadt der republik côte d'ivoire | CI
official-name | alexa was ist die hauptstadt der islamischen republik pakistan | PK
official-name | alexa was ist die hauptstadt der kooperativen republik guyana | GY
official-name | alexa was ist die hauptstadt der republik der union myanmar | MM
everyday-name | alexa ei was is die hauptstadt vun ammerika | US
everyday-name | alexa wos is'n die hauptstadt vo tschechei fei | CZ
everyday-name | alexa nu was is de hauptstadt von weißrussland | BY
everyday-name | alexa was isch d hauptstadt vo holland hoi | NL
everyday-name | alexa wos is die hauptstodt vo de piefke | DE
everyday-name | alexa was isch d hauptstadt vo dr tschechei | CZ
everyday-name | alexa wos isch die hauptstodt vo england | GB-ENG
everyday-name | alexa ei was is die hauptstadt vun engeland | GB-ENG
everyday-name | alexa nu de hauptstadt von russland dem großen land | RU
everyday-name | alexa lan was ist hauptstadt von amerika | US
everyday-name | alexa no co ist die hauptstadt von weißrussland | BY
everyday-name | alexa wallah was ist hauptstadt von emirate | AE
everyday-name | alexa hauptstadt von kapverde bitte | CV
everyday-name | alexa yaar capital of the us | US
everyday-name | alexa selam was ist hauptstadt von abessinien | ET
everyday-name | alexa für die marken was ist die hauptstadt von formosa | TW
everyday-name | alexa für die sammlung was ist die hauptstadt von britisch honduras | BZ
everyday-name | alexa im kreuzworträtsel hauptstadt von burma | MM
everyday-name | alexa der opa fragt die hauptstadt von persien | IR
everyday-name | alexa was ist die hauptstadt von siam wegen dem thai curry | TH
everyday-name | alexa die kinder fragen nach der hauptstadt von amiland | US
everyday-name | alexa was ist die hauptstadt von betschuanaland | BW
everyday-name | alexa was ist die hauptstadt von tanganjika | TZ
everyday-name | alexa was ist die hauptstadt von ostpakistan | BD
everyday-name | alexa was ist die hauptstadt von goldküste | GH
saarland | alexa ei was is die hauptstadt vun {} | armenien=AM; angola=AO; burundi=BI
oberfranken | alexa sooch mer fei die hauptstadt vo {} | barbados=BB; den bahamas=BS; botswana=BW
leipzig | alexa nu was is de hauptstadt von {} | kamerun=CM; antigua und barbuda=AG; den vereinigten arabischen emiraten=AE
plural-capitals | alexa ei wie hääße die zwei hauptstädt vun malaysia | MY
plural-capitals | alexa sooch fei die hauptstädte vo malaysia | MY
plural-capitals | alexa nu was sin'n de hauptstädte von malaysia | MY
plural-capitals | alexa yaar both capitals of malaysia bitte | MY
plural-capitals | alexa im kreuzworträtsel sind die hauptstädte von malaysia gefragt | MY
plural-capitals | alexa lan malaysia hat zwei hauptstädte sag mir beide | MY
plural-capitals | alexa geh sag ma die hauptstädt vo malaysia | MY
plural-capitals | alexa hoi was sind d hauptstädt vo malaysia | MY
plural-capitals | alexa wos san die zwoa hauptstädt vo südafrika | ZA
plural-capitals | alexa nu die hauptstädte von den holländern beide | NL
plural-capitals | alexa wallah welche hauptstädte hat eswatini | SZ
plural-capitals | alexa für den lehrgang alle hauptstädte der elfenbeinküste | CI
plural-capitals | alexa fahrgast will die zwei hauptstädte von sri lanka wissen | LK
plural-capitals | alexa sooch fei die hauptstädt vo bolivien | BO
plural-capitals | alexa ei die hauptstädte vun benin wie hääße die | BJ
launch | alexa ei mach mol die hauptstädte der welt an | LAUNCH
launch | alexa nu starte ma hauptstädte der welt fürs gedächtnistraining | LAUNCH
launch | alexa geh bitte mach hauptstädte der welt auf für die kinder | LAUNCH
launch | alexa hoi starte hauptstädte der welt im wohnmobil | LAUNCH
launch | alexa yaar open hauptstädte der welt | LAUNCH
launch | alexa po öffne hauptstädte der welt | LAUNCH
launch | alexa abi starte mal hauptstädte der welt | LAUNCH
launch | alexa oye abre hauptstädte der welt | LAUNCH
launch | alexa auf der stube starte hauptstädte der welt | LAUNCH
launch | alexa im ice öffne bitte hauptstädte der welt | LAUNCH
launch | alexa für das kreuzworträtsel starte hauptstädte der welt | LAUNCH
launch | alexa hallo hauptstädte der welt öffnen bitte | LAUNCH
eritreisch | alexa selam ich lerne deutsch was ist hauptstadt von tschad | TD
eritreisch | alexa mein sohn fragt was ist hauptstadt von ruanda | RW
eritreisch | alexa in der integrationskurs wir fragen hauptstadt von {} | deutschland=DE; italien=IT; israel=IL
eritreisch | alexa yekenyeley was ist hauptstadt von burundi | BI
eritreisch | alexa hauptstadt von äthiopien ist addis abeba richtig | ET
eritreisch | alexa ich habe cousin in kampala was ist das für hauptstadt | CITY:Kampala
eritreisch | alexa selam hauptstadt von südsudan bitte | SS
rumaenisch | alexa ich pflege herrn weber er fragt hauptstadt von {} | frankreich=FR; belgien=BE; schweden=SE
rumaenisch | alexa hai spune ce este hauptstadt von moldova | MD
rumaenisch | alexa da da und die hauptstadt von albanien | AL
rumaenisch | alexa mersi frumos was ist hauptstadt von bulgarien | BG
spanisch | alexa oye tío cuál es la capital de {} | mexiko=MX; peru=PE; uruguay=UY
spanisch | alexa venga vale und die hauptstadt von paraguay | PY
spanisch | alexa mi hijo fragt hauptstadt von ecuador | EC
spanisch | alexa qué fuerte die hauptstadt von venezuela ist caracas oder | VE
briefmarken | alexa auf der marke steht hrvatska was ist die hauptstadt | HR
briefmarken | alexa auf der marke steht suomi was ist die hauptstadt | FI
briefmarken | alexa meine marke sagt nippon was ist die hauptstadt | JP
briefmarken | alexa für den katalog die hauptstadt von st kitts und nevis | KN
briefmarken | alexa marke aus tuvalu was ist die hauptstadt davon | TV
wohnmobil | alexa wir stehen an der algarve was ist die hauptstadt von portugal | PT
wohnmobil | alexa nächste woche slowenien was ist die hauptstadt | SI
wohnmobil | alexa wir fahren über den brenner was ist die hauptstadt von südtirol | FB
wohnmobil | alexa mit dem womo nach schweden was ist die hauptstadt | SE
wohnmobil | alexa die nachbarn aus holland fragen die hauptstadt von belgien | BE
philippinisch | alexa naku was ist die hauptstadt von vietnam po | VN
philippinisch | alexa sa station fragt ein patient hauptstadt von {} | thailand=TH; kambodscha=KH; laos=LA
philippinisch | alexa ate sagt die hauptstadt von japan ist osaka stimmt das po | JP
indisch | alexa acha und die hauptstadt von rajasthan jaipur na | IN-RJ
indisch | alexa yaar was ist die hauptstadt von pakistan | PK
indisch | alexa mein manager fragt die hauptstadt von {} | singapur=SG; den vereinigten arabischen emiraten=AE; katar=QA
amerikanisch | alexa um like what's the hauptstadt von alaska | US-AK
amerikanisch | alexa dude was ist die hauptstadt von colorado | US-CO
amerikanisch | alexa my wife says the capital of nevada is las vegas stimmt das | US-NV
zugbegleiter | alexa durchsage vorbei was ist die hauptstadt von polen wegen dem berlin warschau express | PL
zugbegleiter | alexa fahrgast aus der schweiz fragt hauptstadt von {} | sachsen-anhalt=DE-ST; brandenburg=DE-BB; mecklenburg-vorpommern=DE-MV
bundeswehr | alexa für die ausbildung hauptstadt von estland | EE
bundeswehr | alexa der zugführer fragt die hauptstadt von rumänien wegen der übung | RO
bundeswehr | alexa was ist die hauptstadt von südsudan für die un mission | SS
autofahrt | alexa die kleine will die hauptstadt von island wissen wegen der vulkane | IS
autofahrt | alexa wir zählen hauptstädte mit a die hauptstadt von {} | griechenland=GR; der türkei=TR; ghana=GH
kochen | alexa der curry köchelt was ist die hauptstadt von indien | IN
kochen | alexa die pierogi sind fertig was ist die hauptstadt von polen | PL
kochen | alexa ich mach borschtsch was ist die hauptstadt von der ukraine | UA
altenpflege | alexa herr schmidt war in königsberg was ist heute die hauptstadt dort | FB
altenpflege | alexa für das quiz im aufenthaltsraum die hauptstadt von {} | norwegen=NO; dänemark=DK; finnland=FI
altenpflege | alexa frau krause fragt ob rom die hauptstadt von italien ist | IT
fernfahrer | alexa über funk fragt einer die hauptstadt von mazedonien | MK
fernfahrer | alexa ich fahr nach sofia ist das die hauptstadt von bulgarien | BG
kreuzwortraetsel | alexa rätselheft hauptstadt von {} sechs buchstaben | kenia=KE; uganda=UG; ruanda=RW
"""

if __name__ == "__main__":
    build_round(52, "de", LINES, sys.argv, "tests/Eval/de/round52/source/build_corpus.py")
