"""Round 49, German (de-DE): a new author's own mix, written blind at the start of the fifty-second session (brief
WRITER58.md). Speakers and situations chosen apart from round 48 (Rhenish Hesse and Mainz, the Kurpfalz, the Moselle and
the Hunsrück, the Bergisches Land, Hanover and Brunswick, Alsace, South Tyrol, Styria and Carinthia, German-speaking
Namibians, Banat Swabians and Transylvanian Saxons; Turkish, Polish, Levantine Arabic, Maghreb, Southern Cone, Swahili,
Indonesian and Scandinavian speakers, American soldiers and British expats; kindergarten children, gamers and streamers,
care-home residents, building-site workers, farmers, teachers, apprentices, game nights, a camper-van road trip, blind
users, integration-course learners, ASR mishearings) and from the groups it says rounds 46 and 47 used (the Upper
Palatinate, the Allgäu, Lake Constance, East Westphalia, the Emsland, the Eifel, the Westerwald, the Siegerland, Bremen,
the Lüneburg Heath, the Harz, the Altmark, Vienna, Tyrol, Basel, Bern, the Ruhr, the Sauerland, Lower Bavaria,
Mecklenburg and Vorpommern, Schleswig-Holstein, the Erzgebirge, Thuringia, the Vogtland, Lusatia, North Hesse; Tamil,
Indian, Pakistani, West and East African, Filipino, Japanese, Brazilian, Colombian, Mexican, Balkan, Czech, Lithuanian,
Georgian, Russian-German, Greek, Spanish, Italian, Ukrainian, Romanian, Vietnamese, Afghan, Iranian, Eritrean,
Albanian, Portuguese, Chinese, Korean, Hungarian, Nigerian, Dutch, Kurdish, Thai, Luxembourgish and Slovak speakers).
Regions: Cologne (Kölsch "sach ens", "jläuvs de", "wat es", "vun"), Frankfurt and South Hesse ("ei gell", "waast",
"ei verbibbsch", "ebbelwoi"), the Saarland ("hopp saa mol", "heischt", "schwenke"), Swabia and Stuttgart ("woisch",
"hanoi", "hoißt", "kehrwoch"), Franconia and Nuremberg ("etz", "fei", "allmächd", "hasst", "bassd scho"), Upper
Bavaria and Munich ("servus", "sag amoi", "wia hoaßt", "g'schwind", "wiesn"), Berlin ("wa", "icke", "keene ahnung",
"späti"), Hamburg and East Frisia ("moin", "digga", "teetied"), Saxony, Leipzig and Dresden ("nu", "gugge", "nu
gloar", "mei gudster"), Baden and Freiburg ("bisch so guet", "weisch", "vu"), Upper Austria and Salzburg ("geh bitte",
"griaß di", "na servas", "wü"), Zurich ("chasch mer säge", "grüezi", "sälü", "znüni"), German-speaking East Belgium
and Eupen ("allez", "dat", French mixed in). Migrants, their families and learners: Hebrew-speaking Israelis
("sababa", "ma ze", "achi", "beseder"), Armenians ("jan", "ara", "aper"), Congolese (Lingala and French "mbote",
"boyé", "matondo", "dis-moi la capitale"), Somalis ("walaal", "waryaa", "haye", "mahadsanid"), Bengalis from
Bangladesh and West Bengal ("dada", "bolo na", "accha", "bhai"), Egyptians ("ya basha", "ezzayak", "maalesh", "yani"),
Cubans and Venezuelans ("oye", "pana", "chamo", "asere qué bolá"), Irish and Australians (English mixed in, "mate",
"grand so", "reckon"), au pairs learning German (case, article and word-order errors). Situations and jobs:
primary-school homework, night shift on a hospital ward, long-distance lorry and taxi drivers, cabin crew and a cruise
ship, stamp collectors, radio amateurs and crossword puzzles, football, Olympics and Eurovision on TV, a student flat
share, cooking and Christmas baking.
Built by round12_hinl_corpus.py (build_round with round 49's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
koeln-koelsch | alexa sach ens wat es de hauptstadt vun {} | andorra=AD; de vereinigte arabische emirate=AE; afghanistan=AF
koeln-koelsch | alexa jläuvs de ich weiß nit wat de hauptstadt vun {} es | antigua un barbuda=AG; albanie=AL; armenie=AM
koeln-koelsch | alexa weißte wie de hauptstadt vun {} heiß | angola=AO; argentinie=AR; österreich=AT
koeln-koelsch | alexa hück om zoch hät mich einer jefrocht wat de hauptstadt vun australie es | AU
koeln-koelsch | alexa wat es dann de hauptstadt vun nordrhein-westfale dat es doch nit kölle | DE-NW
koeln-koelsch | alexa loss mer ens üvverläje wat es de hauptstadt vun aserbaidschan | AZ
koeln-koelsch | alexa em büdche stritte se sich üvver de hauptstadt vun bosnie | BA
koeln-koelsch | alexa sach ens wo es de hauptstadt vun barbados dat weiß jo keiner | BB
koeln-koelsch | alexa mer sin am kölsch drinke wat es de hauptstadt vun bangladesch | BD
koeln-koelsch | alexa wat es de hauptstadt vun belgie esu nöh an aache | BE
frankfurt-suedhessen | alexa ei gell du waast doch die hauptstadt vun {} | burkina faso=BF; bulgarie=BG; bahrain=BH
frankfurt-suedhessen | alexa ei verbibbsch wie hieß nochemal die hauptstadt vun {} | burundi=BI; brunei=BN; brasilie=BR
frankfurt-suedhessen | alexa am ebbelwoi tisch wolle se die hauptstadt vun {} wisse | de bahamas=BS; bhutan=BT; botswana=BW
frankfurt-suedhessen | alexa ei horsch emal is wiesbade die hauptstadt vun hesse oder frankfort | DE-HE
frankfurt-suedhessen | alexa ei des waas isch net was is die hauptstadt vun belarus | BY
frankfurt-suedhessen | alexa ei jetzt sach halt die hauptstadt vun belize | BZ
frankfurt-suedhessen | alexa mir sitze in sachsehause unn wolle die hauptstadt vun kanada wisse | CA
frankfurt-suedhessen | alexa ei die kolleesche am flughafe frache was die hauptstadt vun kamerun is | CM
saarland | alexa hopp saa mol was is die hauptstadt vun {} | chile=CL; china=CN; kolumbien=CO
saarland | alexa ei jo gell wie heischt die hauptstadt vun {} | costa rica=CR; kuba=CU; zypern=CY
saarland | alexa unn die hauptstadt vun {} wie heischt die dann | tschechien=CZ; dschibuti=DJ; dänemark=DK
saarland | alexa is saarbrigge die hauptstadt vum saarland | DE-SL
saarland | alexa beim schwenke hann mir gewett was die hauptstadt vun algerien is | DZ
saarland | alexa ei saa mol was is denn die hauptstadt vun ecuador | EC
saarland | alexa mei fraa will wisse wie die hauptstadt vun estland heischt | EE
saarland | alexa ei hopp unn jetzt noch ägypte | EG
schwaben-stuttgart | alexa woisch du die hauptstadt vo {} | eritrea=ER; spanie=ES; äthiopie=ET
schwaben-stuttgart | alexa sag amol was isch d hauptstadt vo {} | finnland=FI; fidschi=FJ; frankreich=FR
schwaben-stuttgart | alexa hanoi jetzt sag halt wie d hauptstadt vo {} hoißt | gabun=GA; grenada=GD; ghana=GH
schwaben-stuttgart | alexa isch stuagert d hauptstadt vo baden-württemberg | DE-BW
schwaben-stuttgart | alexa beim kehrwoch mache frag i mi was d hauptstadt vo gambia isch | GM
schwaben-stuttgart | alexa des goht mi nix a aber was isch d hauptstadt vo guinea | GN
schwaben-stuttgart | alexa mir schaffet grad aber sag schnell d hauptstadt vo griechenland | GR
schwaben-stuttgart | alexa jetzt gang her und sag mir d hauptstadt vo guatemala | GT
franken-nuernberg | alexa etz sag fei amal die hauptstadt vo {} | guinea-bissau=GW; guyana=GY; honduras=HN
franken-nuernberg | alexa allmächd wie hasst'n die hauptstadt vo {} | kroatien=HR; haiti=HT; ungarn=HU
franken-nuernberg | alexa gell du wasst die hauptstadt vo {} | indonesien=ID; irland=IE; israel=IL
franken-nuernberg | alexa aufm christkindlesmarkt fraagt mi aaner nach der hauptstadt vo indien | IN
franken-nuernberg | alexa etz sag halt wie die hauptstadt vom irak hasst | IQ
franken-nuernberg | alexa is etz nämberch die hauptstadt vo bayern oder net | DE-BY
franken-nuernberg | alexa a weng schneller bitte die hauptstadt vom iran | IR
franken-nuernberg | alexa bassd scho aber wos is die hauptstadt vo island | IS
oberbayern-muenchen | alexa servus sag amoi wos is'n de hauptstadt vo {} | italien=IT; jamaika=JM; jordanien=JO
oberbayern-muenchen | alexa geh weida wia hoaßt de hauptstadt vo {} | japan=JP; kenia=KE; kirgisistan=KG
oberbayern-muenchen | alexa sog mir g'schwind d'hauptstadt vo {} | kambodscha=KH; kiribati=KI; de komoren=KM
oberbayern-muenchen | alexa auf da wiesn woit oana wissn wos de hauptstadt vo st kitts und nevis is | KN
oberbayern-muenchen | alexa im biergartn is a streit wia de hauptstadt vo nordkorea hoaßt | KP
oberbayern-muenchen | alexa mia san mia aber wos is de hauptstadt vo südkorea | KR
oberbayern-muenchen | alexa ja mei sog hoid de hauptstadt vo kuwait | KW
oberbayern-muenchen | alexa mei bua fragt wos de hauptstadt vo kasachstan is | KZ
berlin | alexa sag ma wat is'n die hauptstadt von {} wa | laos=LA; dem libanon=LB; st lucia=LC
berlin | alexa icke will wissen wie die hauptstadt von {} heeßt | liechtenstein=LI; liberia=LR; lesotho=LS
berlin | alexa keene ahnung sag du mir die hauptstadt von {} | litauen=LT; luxemburg=LU; lettland=LV
berlin | alexa in der späti wettet eener um die hauptstadt von libyen | LY
berlin | alexa wat is denn nu die hauptstadt von brandenburg det is doch nich berlin oder | DE-BB
berlin | alexa ick hab keene zeit sag ma fix die hauptstadt von marokko | MA
berlin | alexa na klar weeß ick dit aber wat is die hauptstadt von monaco | MC
berlin | alexa jetze ma ehrlich wat is die hauptstadt von moldawien | MD
berlin | alexa in der ubahn hab ick jehört die hauptstadt von montenegro is podgorica stimmt dit | ME
hamburg-ostfriesland | alexa moin sach ma die hauptstadt von {} | madagaskar=MG; den marshallinseln=MH; nordmazedonien=MK
hamburg-ostfriesland | alexa moin moin wat is de hauptstadt von {} | mali=ML; myanmar=MM; der mongolei=MN
hamburg-ostfriesland | alexa digga was ist eigentlich die hauptstadt von {} | mauretanien=MR; malta=MT; mauritius=MU
hamburg-ostfriesland | alexa bi uns op de waterkant fragt een wat de hauptstadt vun hamborg is | DE-HH
hamburg-ostfriesland | alexa moin wat is de hauptstadt von niedersachsen is dat hannover oder | DE-NI
hamburg-ostfriesland | alexa beim teetied in leer fragt oma wat die hauptstadt von den malediven is | MV
hamburg-ostfriesland | alexa na denn sach mir ma die hauptstadt von malawi | MW
hamburg-ostfriesland | alexa auf'm fischmarkt hat einer gefragt was die hauptstadt von mexiko ist | MX
hamburg-ostfriesland | alexa lütten moment noch wat is de hauptstadt von mosambik | MZ
sachsen-leipzig-dresden | alexa nu sach ma was is'n die hauptstadt von {} | namibia=NA; niger=NE; nigeria=NG
sachsen-leipzig-dresden | alexa gugge ma wie heeßt denn die hauptstadt von {} | nicaragua=NI; norwegen=NO; nepal=NP
sachsen-leipzig-dresden | alexa nu gloar sach mir ma die hauptstadt von {} | nauru=NR; neuseeland=NZ; oman=OM
sachsen-leipzig-dresden | alexa is dresden nu die hauptstadt von sachsen oder leipzsch | DE-SN
sachsen-leipzig-dresden | alexa ei verbibbsch was is'n die hauptstadt von panama | PA
sachsen-leipzig-dresden | alexa nu ma ehrlich was is die hauptstadt von peru | PE
sachsen-leipzig-dresden | alexa mei gudster sach ma die hauptstadt von papua-neuguinea | PG
sachsen-leipzig-dresden | alexa ja nu was is die hauptstadt von sachsen-anhalt is das halle | DE-ST
baden-freiburg | alexa gell bisch so guet und sag mir d hauptstadt vu {} | den philippinen=PH; pakistan=PK; polen=PL
baden-freiburg | alexa jo was isch denn d hauptstadt vu {} | portugal=PT; palau=PW; paraguay=PY
baden-freiburg | alexa weisch du wie d hauptstadt vu {} heißt | katar=QA; rumänien=RO; serbien=RS
baden-freiburg | alexa mir sin im schwarzwald un wänn wisse was d hauptstadt vu russland isch | RU
baden-freiburg | alexa jetz aber was isch d hauptstadt vu ruanda | RW
baden-freiburg | alexa uff em münstermarkt fragt ebber d hauptstadt vu saudi-arabien | SA
baden-freiburg | alexa was isch d hauptstadt vu de salomone | SB
oberoesterreich-salzburg | alexa geh bitte sag ma wos de hauptstadt vo {} is | de seychellen=SC; sudan=SD; schwedn=SE
oberoesterreich-salzburg | alexa griaß di wos is de hauptstodt vo {} | singapur=SG; slowenien=SI; da slowakei=SK
oberoesterreich-salzburg | alexa na servas wia hoaßt denn de hauptstadt vo {} | sierra leone=SL; san marino=SM; senegal=SN
oberoesterreich-salzburg | alexa i bin aus linz wos is de hauptstadt vo somalia | SO
oberoesterreich-salzburg | alexa a so a schmarrn wos is jetzt de hauptstadt vo suriname | SR
oberoesterreich-salzburg | alexa mei tant in salzburg wü wissn wos de hauptstadt vom südsudan is | SS
oberoesterreich-salzburg | alexa passt scho aber wia hoaßt de hauptstadt vo são tomé und príncipe | ST
oberoesterreich-salzburg | alexa is salzburg de hauptstadt vo österreich oder is des wien | AT
zuerich | alexa chasch mer säge was d hauptstadt vo {} isch | el salvador=SV; syrie=SY; eswatini=SZ
zuerich | alexa grüezi wie heisst d hauptstadt vo {} | tschad=TD; togo=TG; thailand=TH
zuerich | alexa sälü was isch d hauptstadt vo {} | tadschikistan=TJ; osttimor=TL; turkmenistan=TM
zuerich | alexa isch züri d hauptstadt vo de schwiiz oder bärn | CH
zuerich | alexa merci vielmal und jetzt no d hauptstadt vo tunesie | TN
zuerich | alexa mir sind am znüni und wänd wüsse d hauptstadt vo tonga | TO
zuerich | alexa weisch du öppe d hauptstadt vo de türkei | TR
zuerich | alexa hoi zäme was isch d hauptstadt vo trinidad und tobago | TT
ostbelgien-eupen | alexa allez sag mal was ist die hauptstadt von {} | tuvalu=TV; tansania=TZ; der ukraine=UA
ostbelgien-eupen | alexa dat weiß ich nich sag mir die hauptstadt von {} s'il te plaît | uganda=UG; den usa=US; uruguay=UY
ostbelgien-eupen | alexa hier in eupen wollen wir die hauptstadt von {} wissen | usbekistan=UZ; dem vatikan=VA; venezuela=VE
ostbelgien-eupen | alexa allez hop was ist denn die hauptstadt von belgien brüssel oder | BE
ostbelgien-eupen | alexa sag mal die hauptstadt von st vincent und die grenadinen | VC
ostbelgien-eupen | alexa also dat ist die hauptstadt von vietnam wie heißt die noch mal | VN
ostbelgien-eupen | alexa une question die hauptstadt von vanuatu | VU
ostbelgien-eupen | alexa allez noch eine die hauptstadt von samoa | WS
israelisch-hebraeisch | alexa sababa sag mir die hauptstadt von {} | dem jemen=YE; sambia=ZM; simbabwe=ZW
israelisch-hebraeisch | alexa ma ze was ist die hauptstadt von {} | israel=IL; jordanien=JO; zypern=CY
israelisch-hebraeisch | alexa achi welche hauptstadt hat {} | der libanon=LB; ägypten=EG; syrien=SY
israelisch-hebraeisch | alexa toda aber was ist die hauptstadt von kosovo | XK
israelisch-hebraeisch | alexa beseder und was ist die hauptstadt von taiwan | TW
israelisch-hebraeisch | alexa yofi jetzt die hauptstadt von georgien dem land | GE
israelisch-hebraeisch | alexa ein moment ma hauptstadt von äthiopien | ET
armenisch | alexa jan sag mir bitte die hauptstadt von {} | armenien=AM; georgien=GE; aserbaidschan=AZ
armenisch | alexa ara was ist hauptstadt von {} | dem iran=IR; russland=RU; der türkei=TR
armenisch | alexa aper weißt du die hauptstadt von {} | frankreich=FR; libanon=LB; argentinien=AR
armenisch | alexa jan meine oma aus jerewan fragt welche stadt hauptstadt von kasachstan ist | KZ
armenisch | alexa shnorhakalutyun und was ist die hauptstadt von belarus | BY
armenisch | alexa lav lav und die hauptstadt von usbekistan | UZ
armenisch | alexa ara weißt du hauptstadt von berg karabach nein ich meine von armenien | AM
kongolesisch-lingala | alexa mbote sag mir die hauptstadt von {} | der demokratischen republik kongo=CD; der republik kongo=CG; angola=AO
kongolesisch-lingala | alexa eh papa was ist die hauptstadt von {} | ruanda=RW; burundi=BI; gabun=GA
kongolesisch-lingala | alexa boyé dis-moi la capitale de {} | la centrafrique=CF; du cameroun=CM; du tchad=TD
kongolesisch-lingala | alexa mbote na yo welche hauptstadt hat kongo kinshasa | CD
kongolesisch-lingala | alexa tata alingi koyeba die hauptstadt von kongo brazzaville | CG
kongolesisch-lingala | alexa eh mama na ngai was ist die hauptstadt von äquatorialguinea | GQ
kongolesisch-lingala | alexa matondo und die hauptstadt von der zentralafrikanischen republik | CF
somalisch | alexa walaal was ist die hauptstadt von {} | somalia=SO; kenia=KE; dschibuti=DJ
somalisch | alexa waryaa sag mal hauptstadt von {} | äthiopien=ET; eritrea=ER; jemen=YE
somalisch | alexa haye welche ist hauptstadt von {} | dem sudan=SD; uganda=UG; tansania=TZ
somalisch | alexa walaal mein cousin wohnt in somaliland was ist die hauptstadt von somalia | SO
somalisch | alexa mahadsanid und jetzt die hauptstadt von oman | OM
somalisch | alexa waryaa was ist die hauptstadt von saudi arabien | SA
somalisch | alexa haye walaal die hauptstadt von den emiraten bitte | AE
bengalisch | alexa dada bolo na was ist die hauptstadt von {} | bangladesch=BD; indien=IN; nepal=NP
bengalisch | alexa accha sag mir hauptstadt von {} | bhutan=BT; sri lanka=LK; myanmar=MM
bengalisch | alexa bhai welche stadt ist hauptstadt von {} | pakistan=PK; den malediven=MV; afghanistan=AF
bengalisch | alexa dada was ist die hauptstadt von westbengalen ist das kalkutta | IN-WB
bengalisch | alexa accha accha und die hauptstadt von assam | IN-AS
bengalisch | alexa ami jani na sag mir die hauptstadt von tripura | IN-TR
bengalisch | alexa bhai was ist hauptstadt von burma heute myanmar | MM
aegyptisch | alexa ya basha was ist die hauptstadt von {} | ägypten=EG; libyen=LY; tunesien=TN
aegyptisch | alexa ezzayak sag mir die hauptstadt von {} | marokko=MA; algerien=DZ; mauretanien=MR
aegyptisch | alexa ya salam welche hauptstadt hat {} | katar=QA; bahrain=BH; kuwait=KW
aegyptisch | alexa ya basha ana fi köln und will wissen die hauptstadt von jordanien | JO
aegyptisch | alexa maalesh noch mal die hauptstadt vom irak | IQ
aegyptisch | alexa yani was ist die hauptstadt von palästina | PS
aegyptisch | alexa ya basha die hauptstadt von westsahara gibt es die | EH
kubanisch-venezolanisch | alexa oye pana was ist die hauptstadt von {} | kuba=CU; venezuela=VE; kolumbien=CO
kubanisch-venezolanisch | alexa chamo sag mir mal die hauptstadt von {} | ecuador=EC; peru=PE; chile=CL
kubanisch-venezolanisch | alexa asere qué bolá welche hauptstadt hat {} | die dominikanische republik=DO; haiti=HT; jamaika=JM
kubanisch-venezolanisch | alexa chamo cuál es la capital de venezuela | VE
kubanisch-venezolanisch | alexa oye dime la capital de guyana porfa | GY
kubanisch-venezolanisch | alexa pana was ist die hauptstadt von puerto rico | PR
kubanisch-venezolanisch | alexa asere sag mal die hauptstadt von honduras | HN
kubanisch-venezolanisch | alexa chévere und die hauptstadt von panamá | PA
irisch-australisch | alexa mate what's the hauptstadt von {} | neuseeland=NZ; fidschi=FJ; samoa=WS
irisch-australisch | alexa grand so sag mir die hauptstadt von {} | irland=IE; schottland=GB-SCT; wales=GB-WLS
irisch-australisch | alexa i reckon die hauptstadt von {} ist sydney oder | australien=AU; new south wales=AU-NSW; dem australian capital territory=AU-ACT
irisch-australisch | alexa no worries mate und die hauptstadt von queensland | AU-QLD
irisch-australisch | alexa what's the story mit der hauptstadt von nordirland | GB-NIR
irisch-australisch | alexa cheers und was ist die hauptstadt von tasmanien | AU-TAS
irisch-australisch | alexa good on ya und die hauptstadt von western australia | AU-WA
irisch-australisch | alexa mate hauptstadt von papua new guinea bitte | PG
au-pair-lernende | alexa welche ist die hauptstadt für {} | kolumbien=CO; den philippinen=PH; brasilien=BR
au-pair-lernende | alexa du kannst mir sagen die hauptstadt von {} | thailand=TH; mexiko=MX; georgien=GE
au-pair-lernende | alexa ich möchte wissen was ist die hauptstadt in {} | kenia=KE; vietnam=VN; indonesien=ID
au-pair-lernende | alexa wie heißt die hauptstadt von die ukraine | UA
au-pair-lernende | alexa die familie hat gefragt mich was ist hauptstadt von baden württemberg | DE-BW
au-pair-lernende | alexa ich bin au-pair aus bolivien was ist die hauptstädte von bolivien | BO
au-pair-lernende | alexa sagst du mir wo ist hauptstadt für peru | PE
au-pair-lernende | alexa gibt es eine hauptstadt in den kamerun | CM
au-pair-lernende | alexa welche hauptstadt hat das land madagascar | MG
grundschule-hausaufgaben | alexa für meine hausaufgaben brauch ich die hauptstadt von {} | niedersachsen=DE-NI; thüringen=DE-TH; schleswig-holstein=DE-SH
grundschule-hausaufgaben | alexa mama sagt ich soll dich fragen was die hauptstadt von {} ist | bremen=DE-HB; mecklenburg-vorpommern=DE-MV; rheinland-pfalz=DE-RP
grundschule-hausaufgaben | alexa im sachunterricht haben wir {} was ist da die hauptstadt | hessen=DE-HE; sachsen=DE-SN; brandenburg=DE-BB
grundschule-hausaufgaben | alexa ich bin in der dritten klasse und will wissen was die hauptstadt von deutschland ist | DE
grundschule-hausaufgaben | alexa mein lehrer hat gesagt berlin ist auch ein bundesland was ist dann die hauptstadt von berlin | DE-BE
grundschule-hausaufgaben | alexa ich muss ein plakat über pinguine machen was ist die hauptstadt von der antarktis | AQ
grundschule-hausaufgaben | alexa mein papa kommt aus der türkei was ist die hauptstadt von der türkei | TR
grundschule-hausaufgaben | alexa was ist die hauptstadt vom saarland für meinen test morgen | DE-SL
grundschule-hausaufgaben | alexa wie heißt die hauptstadt von bayern mit ü oder mit u | DE-BY
nachtschicht-pflege | alexa leise bitte die hauptstadt von {} | litauen=LT; estland=EE; lettland=LV
nachtschicht-pflege | alexa auf station drei wollen die wissen welche hauptstadt {} hat | moldawien=MD; rumänien=RO; bulgarien=BG
nachtschicht-pflege | alexa kurz vor der übergabe noch die hauptstadt von {} | kroatien=HR; serbien=RS; bosnien und herzegowina=BA
nachtschicht-pflege | alexa der patient in zimmer zwölf fragt nach der hauptstadt von nordmazedonien | MK
nachtschicht-pflege | alexa meine kollegin aus den philippinen fragt was die hauptstadt von ihrem land ist manila oder | PH
nachtschicht-pflege | alexa ganz leise was ist die hauptstadt von albanien | AL
nachtschicht-pflege | alexa in der pause noch schnell die hauptstadt von slowenien | SI
nachtschicht-pflege | alexa herr müller möchte wissen welche hauptstadt montenegro hat | ME
fernfahrer-taxi | alexa ich fahr morgen durch {} was ist da die hauptstadt | die slowakei=SK; ungarn=HU; tschechien=CZ
fernfahrer-taxi | alexa der fahrgast will wissen die hauptstadt von {} | dänemark=DK; schweden=SE; norwegen=NO
fernfahrer-taxi | alexa an der raststätte wette ich grad um die hauptstadt von {} | polen=PL; litauen=LT; belarus=BY
fernfahrer-taxi | alexa ich lade in spanien ab und fahr dann nach portugal was ist dort die hauptstadt | PT
fernfahrer-taxi | alexa am brenner stau sag mir die hauptstadt von südtirol nein von italien | IT
fernfahrer-taxi | alexa mein beifahrer ist aus kasachstan wie heißt die hauptstadt da jetzt | KZ
fernfahrer-taxi | alexa der fahrgast kommt aus ghana welche hauptstadt hat ghana | GH
fernfahrer-taxi | alexa zwischen zwei touren was ist die hauptstadt von luxemburg | LU
flugbegleiter-kreuzfahrt | alexa nächster umlauf geht nach {} wie heißt die hauptstadt | bahrain=BH; katar=QA; oman=OM
flugbegleiter-kreuzfahrt | alexa unser schiff legt in {} an was ist die hauptstadt | barbados=BB; st lucia=LC; grenada=GD
flugbegleiter-kreuzfahrt | alexa für die bordansage brauche ich die hauptstadt von {} | den seychellen=SC; mauritius=MU; den malediven=MV
flugbegleiter-kreuzfahrt | alexa wir ankern vor dominica welche stadt ist dort die hauptstadt | DM
flugbegleiter-kreuzfahrt | alexa layover in singapur was ist nochmal die hauptstadt von malaysia | MY
flugbegleiter-kreuzfahrt | alexa die passagiere fragen nach der hauptstadt von antigua und barbuda | AG
flugbegleiter-kreuzfahrt | alexa crew fragt welche hauptstadt haben die bahamas | BS
flugbegleiter-kreuzfahrt | alexa nächster hafen ist curaçao was ist dort die hauptstadt | CW
flugbegleiter-kreuzfahrt | alexa wir fliegen nach kap verde welche hauptstadt hat das | CV
flugbegleiter-kreuzfahrt | alexa nach dem landeanflug auf tonga was ist die hauptstadt | TO
hobby-sammler-raetsel | alexa ich hab eine briefmarke aus {} was ist die hauptstadt | tuvalu=TV; nauru=NR; kiribati=KI
hobby-sammler-raetsel | alexa hab grad mit einem funker aus {} gesprochen was ist dort die hauptstadt | mikronesien=FM; palau=PW; den salomonen=SB
hobby-sammler-raetsel | alexa kreuzworträtsel hauptstadt von {} | burkina faso=BF; togo=TG; benin=BJ
hobby-sammler-raetsel | alexa kreuzworträtsel hauptstadt von tschad mit acht buchstaben | TD
hobby-sammler-raetsel | alexa meine sammlung hat marken aus obervolta was ist die hauptstadt von obervolta heute | BF
hobby-sammler-raetsel | alexa im rätselheft steht hauptstadt der elfenbeinküste | CI
hobby-sammler-raetsel | alexa qsl karte aus den marshallinseln wie heißt dort die hauptstadt | MH
hobby-sammler-raetsel | alexa für das sudoku brauch ich dich nicht aber was ist die hauptstadt von vanuatu | VU
hobby-sammler-raetsel | alexa marke aus den färöer welche hauptstadt haben die | FO
hobby-sammler-raetsel | alexa schwedenrätsel hauptstadt von grönland | GL
sport-und-tv | alexa beim esc hat {} zwölf punkte bekommen was ist deren hauptstadt | moldau=MD; san marino=SM; armenien=AM
sport-und-tv | alexa bei olympia läuft gerade {} welche hauptstadt haben die | jamaika=JM; kenia=KE; äthiopien=ET
sport-und-tv | alexa die nationalmannschaft spielt gegen {} was ist deren hauptstadt | uruguay=UY; paraguay=PY; costa rica=CR
sport-und-tv | alexa bei der wm spielt marokko was ist die hauptstadt von marokko | MA
sport-und-tv | alexa in der halbzeit was ist die hauptstadt von kroatien | HR
sport-und-tv | alexa die formel eins fährt in aserbaidschan was ist da die hauptstadt | AZ
sport-und-tv | alexa beim biathlon gewinnt norwegen schon wieder was ist deren hauptstadt | NO
sport-und-tv | alexa beim eurovision song contest singt australien mit was ist deren hauptstadt | AU
sport-und-tv | alexa beim darts spielt einer aus wales was ist die hauptstadt von wales | GB-WLS
sport-und-tv | alexa der super bowl ist in louisiana was ist die hauptstadt von louisiana | US-LA
wg-studenten | alexa wer verliert spült was ist die hauptstadt von {} | kirgisistan=KG; tadschikistan=TJ; turkmenistan=TM
wg-studenten | alexa wir streiten in der wg über die hauptstadt von {} | kanada=CA; australien=AU; brasilien=BR
wg-studenten | alexa ich hab nen kater aber sag mir die hauptstadt von {} | liechtenstein=LI; andorra=AD; monaco=MC
wg-studenten | alexa mein mitbewohner behauptet sydney ist die hauptstadt von australien stimmt das | AU
wg-studenten | alexa für die klausur in geo was ist die hauptstadt von tansania | TZ
wg-studenten | alexa beim trinkspiel wer die hauptstadt von nigeria nicht weiß trinkt | NG
wg-studenten | alexa erasmus party frage die hauptstadt von estland | EE
wg-studenten | alexa wie hieß die hauptstadt von myanmar früher und heute | MM
kueche-backen | alexa während die plätzchen backen sag mir die hauptstadt von {} | finnland=FI; island=IS; schweden=SE
kueche-backen | alexa ich koche was aus {} was ist da die hauptstadt | marokko=MA; vietnam=VN; äthiopien=ET
kueche-backen | alexa meine hände sind voller teig was ist die hauptstadt von {} | ungarn=HU; griechenland=GR; japan=JP
kueche-backen | alexa der timer läuft noch was ist die hauptstadt von sri lanka | LK
kueche-backen | alexa ich mach gerade thai curry welche hauptstadt hat thailand | TH
kueche-backen | alexa beim sauerbraten was ist die hauptstadt von nordrhein-westfalen | DE-NW
kueche-backen | alexa während die nudeln kochen was ist die hauptstadt von italien | IT
kueche-backen | alexa ich backe stollen was ist die hauptstadt von sachsen | DE-SN
kueche-backen | alexa das rezept ist aus laos was ist die hauptstadt von laos | LA
plural-capitals | alexa was sind die hauptstädte von {} | benin=BJ; bolivien=BO; sri lanka=LK
plural-capitals | alexa welche hauptstädte hat {} | die elfenbeinküste=CI; malaysia=MY; die niederlande=NL
plural-capitals | alexa nenn mir alle hauptstädte von {} | eswatini=SZ; südafrika=ZA; palästina=PS
plural-capitals | alexa wie heißen die beiden hauptstädte von {} | benin=BJ; bolivien=BO; malaysia=MY
plural-capitals | alexa südafrika hat doch drei hauptstädte welche sind das | ZA
plural-capitals | alexa ich hab gehört {} hat zwei hauptstädte welche | sri lanka=LK; eswatini=SZ; côte d'ivoire=CI
plural-capitals | alexa für die hausaufgaben die hauptstädte von {} | den niederlanden=NL; palästina=PS; südafrika=ZA
plural-capitals | alexa sag mir bitte beide hauptstädte der niederlande amsterdam und den haag oder | NL
plural-capitals | alexa in bolivien gibt es sucre und la paz was sind die hauptstädte genau | BO
plural-capitals | alexa moin was sind denn die hauptstädte von benin | BJ
plural-capitals | alexa servus wos san de hauptstädte vo südafrika | ZA
plural-capitals | alexa wie viele hauptstädte hat sri lanka und wie heißen die | LK
plural-capitals | alexa welches sind die hauptstädte von swasiland | SZ
plural-capitals | alexa die hauptstädte von elfenbeinküste bitte | CI
plural-capitals | alexa was sind die zwei hauptstädte von malaysia kuala lumpur und | MY
plural-capitals | alexa welche hauptstädte hat palästina ramallah oder jerusalem | PS
plural-capitals | alexa sach ens wat sin de hauptstädte vun holland | NL
plural-capitals | alexa nu sach ma die hauptstädte von bolivien | BO
plural-capitals | alexa chasch mer säge d hauptstädt vo benin | BJ
plural-capitals | alexa in erdkunde lernen wir die hauptstädte von eswatini | SZ
plural-capitals | alexa welche städte sind die hauptstädte von südafrika | ZA
plural-capitals | alexa nenn mir die hauptstädte von der elfenbeinküste | CI
plural-capitals | alexa walaal was sind die hauptstädte von palästina | PS
plural-capitals | alexa für die bordansage die hauptstädte von sri lanka | LK
plural-capitals | alexa ich koche malaysisch was sind die hauptstädte von malaysia | MY
plural-capitals | alexa crew fragt nach den hauptstädten der niederlande | NL
plural-capitals | alexa dada bolo na die hauptstädte von bolivien | BO
plural-capitals | alexa kreuzworträtsel hauptstädte von benin | BJ
plural-capitals | alexa was sind die regierungssitze und hauptstädte von südafrika | ZA
plural-capitals | alexa gugge ma die hauptstädte von eswatini | SZ
plural-capitals | alexa allez die hauptstädte von der côte d'ivoire | CI
plural-capitals | alexa was sind alle hauptstädte von palästina | PS
plural-capitals | alexa hopp saa mol die hauptstädte vun sri lanka | LK
plural-capitals | alexa mate what are the hauptstädte von malaysia | MY
plural-capitals | alexa mir sin in amsterdam was sind die hauptstädte von de niederlande | NL
plural-capitals | alexa welche hauptstädte hat jammu und kashmir | IN-JK
plural-capitals | alexa welche hauptstädte hat uttarakhand | IN-UK
plural-capitals | alexa ei gell was sin die hauptstädte vun südafrika | ZA
plural-capitals | alexa woisch du die drei hauptstädt vo südafrika | ZA
plural-capitals | alexa für die bordansage die drei hauptstädte von südafrika kapstadt und so weiter | ZA
plural-capitals | alexa servus wos san de zwoa hauptstädte vo sri lanka | LK
plural-capitals | alexa colombo oder kotte was sind die hauptstädte von sri lanka | LK
plural-capitals | alexa dada ceylon heute sri lanka hat welche hauptstädte | LK
plural-capitals | alexa mbabane und lobamba sind das die hauptstädte von eswatini | SZ
plural-capitals | alexa hopp saa mol die hauptstädte vun eswatini | SZ
plural-capitals | alexa welche zwei städte sind hauptstädte vom königreich eswatini | SZ
plural-capitals | alexa porto novo und cotonou sind das beide hauptstädte von benin | BJ
plural-capitals | alexa mbote was sind die hauptstädte von bénin | BJ
plural-capitals | alexa kuala lumpur und putrajaya sind das die hauptstädte von malaysia | MY
plural-capitals | alexa nu gloar was sin die hauptstädte von malaysia | MY
plural-capitals | alexa sag mir die zwei hauptstädte von malaysia für mein layover | MY
plural-capitals | alexa oye pana was sind die hauptstädte von bolivien sucre und la paz | BO
plural-capitals | alexa ich bin au-pair aus cochabamba sag mir hauptstädte von bolivien | BO
plural-capitals | alexa etz sag fei die hauptstädte vo bolivien | BO
plural-capitals | alexa welche hauptstädte hat die elfenbeinküste abidjan und | CI
plural-capitals | alexa grüezi was sind d hauptstädt vo holland | NL
plural-capitals | alexa achi welche hauptstädte hat palästina | PS
subdivision | alexa was ist die hauptstadt vom us bundesstaat {} | alabama=US-AL; alaska=US-AK; arizona=US-AZ
subdivision | alexa welche stadt ist hauptstadt von {} in amerika | arkansas=US-AR; kalifornien=US-CA; colorado=US-CO
subdivision | alexa sag mir die hauptstadt des bundesstaats {} | connecticut=US-CT; delaware=US-DE; florida=US-FL
subdivision | alexa was ist die hauptstadt von georgia dem us staat | US-GA
subdivision | alexa hauptstadt von hawaii ist das honolulu | US-HI
subdivision | alexa ich war im urlaub in {} was ist dort die hauptstadt | idaho=US-ID; illinois=US-IL; indiana=US-IN
subdivision | alexa welche hauptstadt hat der staat {} | iowa=US-IA; kansas=US-KS; kentucky=US-KY
subdivision | alexa mein austauschjahr war in {} wie heißt da die hauptstadt | maine=US-ME; maryland=US-MD; massachusetts=US-MA
subdivision | alexa bei der road trip planung was ist die hauptstadt von {} | michigan=US-MI; minnesota=US-MN; mississippi=US-MS
subdivision | alexa wie heißt die hauptstadt von {} in den usa | missouri=US-MO; montana=US-MT; nebraska=US-NE
subdivision | alexa ist las vegas die hauptstadt von nevada | US-NV
subdivision | alexa was ist die hauptstadt von {} im nordosten der usa | new hampshire=US-NH; new jersey=US-NJ; vermont=US-VT
subdivision | alexa die hauptstadt von new york ist nicht new york city oder | US-NY
subdivision | alexa wie heißt die hauptstadt von {} | new mexico=US-NM; north carolina=US-NC; north dakota=US-ND
subdivision | alexa in welcher stadt ist die regierung von {} | ohio=US-OH; oklahoma=US-OK; oregon=US-OR
subdivision | alexa die hauptstadt von {} ist doch philadelphia oder | pennsylvania=US-PA; rhode island=US-RI; south carolina=US-SC
subdivision | alexa hauptstadt von south dakota | US-SD
subdivision | alexa was ist die hauptstadt von tennessee nashville oder memphis | US-TN
subdivision | alexa welche hauptstadt hat texas houston oder dallas | US-TX
subdivision | alexa country musik läuft gerade was ist die hauptstadt von {} | utah=US-UT; virginia=US-VA; west virginia=US-WV
subdivision | alexa was ist die hauptstadt von washington dem bundesstaat nicht der stadt | US-WA
subdivision | alexa und die hauptstadt von {} | wisconsin=US-WI; wyoming=US-WY; alberta=CA-AB
subdivision | alexa was ist die hauptstadt der kanadischen provinz {} | british columbia=CA-BC; manitoba=CA-MB; new brunswick=CA-NB
subdivision | alexa welche stadt ist hauptstadt von {} in kanada | neufundland=CA-NL; nova scotia=CA-NS; ontario=CA-ON
subdivision | alexa was ist die hauptstadt der provinz {} | prince edward island=CA-PE; quebec=CA-QC; saskatchewan=CA-SK
subdivision | alexa was ist die hauptstadt vom {} territorium | yukon=CA-YT; nunavut=CA-NU; nordwest=CA-NT
subdivision | alexa was ist die hauptstadt vom bundesstaat {} in indien | rajasthan=IN-RJ; kerala=IN-KL; goa=IN-GA
subdivision | alexa welche hauptstadt hat {} im süden indiens | tamil nadu=IN-TN; karnataka=IN-KA; maharashtra=IN-MH
subdivision | alexa meine schwiegereltern kommen aus {} was ist die hauptstadt dort | gujarat=IN-GJ; punjab=IN-PB; bihar=IN-BR
subdivision | alexa hauptstadt von {} in indien | uttar pradesh=IN-UP; madhya pradesh=IN-MP; odisha=IN-OD
subdivision | alexa was ist die hauptstadt von {} im norden indiens | himachal pradesh=IN-HP; ladakh=IN-LA; haryana=IN-HR
subdivision | alexa was ist die hauptstadt von telangana | IN-TS
subdivision | alexa was ist die hauptstadt von andhra pradesh | IN-AP
subdivision | alexa was ist die hauptstadt vom brasilianischen bundesstaat {} | bahia=BR-BA; minas gerais=BR-MG; amazonas=BR-AM
subdivision | alexa in brasilien welche stadt ist hauptstadt von {} | rio grande do sul=BR-RS; paraná=BR-PR; pernambuco=BR-PE
subdivision | alexa ist rio de janeiro die hauptstadt vom bundesstaat rio de janeiro | BR-RJ
subdivision | alexa was ist die hauptstadt von são paulo dem bundesstaat | BR-SP
subdivision | alexa welche hauptstadt hat der mexikanische bundesstaat {} | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | alexa wir waren in {} in mexiko was ist dort die hauptstadt | quintana roo=MX-ROO; chiapas=MX-CHP; baja california=MX-BCN
subdivision | alexa was ist die hauptstadt von nuevo león | MX-NLE
subdivision | alexa was ist die hauptstadt vom australischen bundesstaat victoria | AU-VIC
subdivision | alexa hauptstadt vom northern territory in australien | AU-NT
subdivision | alexa was ist die hauptstadt von south australia | AU-SA
subdivision | alexa was ist die hauptstadt von {} dem britischen überseegebiet | den falklandinseln=FK; bermuda=BM; gibraltar=GI
subdivision | alexa welche hauptstadt hat {} die insel | grönland=GL; jersey=JE; guernsey=GG
subdivision | alexa welche hauptstadt hat {} in der karibik | aruba=AW; martinique=MQ; guadeloupe=GP
subdivision | alexa was ist die hauptstadt von französisch-polynesien | PF
subdivision | alexa was ist die hauptstadt von neukaledonien | NC
subdivision | alexa was ist die hauptstadt von la réunion | RE
subdivision | alexa was ist die hauptstadt von der isle of man | IM
subdivision | alexa was ist die hauptstadt von den kaimaninseln | KY
subdivision | alexa was ist die hauptstadt von guam | GU
subdivision | alexa was ist die hauptstadt von spitzbergen | SJ
subdivision | alexa was ist die hauptstadt von den cookinseln | CK
subdivision | alexa was ist die hauptstadt von den åland inseln | AX
subdivision | alexa was ist die hauptstadt von französisch guayana | GF
subdivision | alexa was ist die hauptstadt von amerikanisch samoa | AS
subdivision | alexa was ist die hauptstadt von england | GB-ENG
subdivision | alexa was ist die hauptstadt von schottland edinburgh oder glasgow | GB-SCT
subdivision | alexa was ist die hauptstadt von sankt helena | SH
subdivision | alexa was ist die hauptstadt von mayotte | YT
subdivision | alexa was ist die hauptstadt von den turks und caicosinseln | TC
subdivision | alexa was ist die hauptstadt von anguilla | AI
subdivision | alexa was ist die hauptstadt von den pitcairninseln wo die bounty leute lebten | PN
subdivision | alexa was ist die hauptstadt von hongkong | HK
subdivision | alexa was ist die hauptstadt von macau | MO
subdivision | alexa was ist die hauptstadt von sint maarten | SX
subdivision | alexa was ist die hauptstadt von bonaire | BQ
subdivision | alexa was ist die hauptstadt von der weihnachtsinsel | CX
subdivision | alexa was ist die hauptstadt von montserrat | MS
subdivision | alexa was ist die hauptstadt von niue | NU
subdivision | alexa was ist die hauptstadt von tokelau | TK
subdivision | alexa was ist die hauptstadt von wallis und futuna | WF
subdivision | alexa was ist die hauptstadt von saint pierre und miquelon | PM
subdivision | alexa was ist die hauptstadt von der norfolkinsel | NF
subdivision | alexa was ist die hauptstadt von den nördlichen marianen | MP
subdivision | alexa was ist die hauptstadt von saint barthélemy | BL
subdivision | alexa was ist die hauptstadt von der kokosinsel in australien | CC
subdivision | alexa was ist die hauptstadt von delhi | IN-DL
subdivision | alexa was ist die hauptstadt vom bundesdistrikt in brasilien | BR-DF
subdivision | alexa was ist die hauptstadt vom bundesstaat mexiko toluca oder | MX-MEX
subdivision | alexa was ist die hauptstadt von puducherry | IN-PY
subdivision | alexa welche hauptstadt hat sikkim | IN-SK
subdivision | alexa welche hauptstadt hat meghalaya | IN-ML
subdivision | alexa welche hauptstadt hat manipur | IN-MN
subdivision | alexa welche hauptstadt hat nagaland | IN-NL
subdivision | alexa welche hauptstadt haben die andamanen und nikobaren | IN-AN
subdivision | alexa welche hauptstadt hat sonora | MX-SON
subdivision | alexa welche hauptstadt hat veracruz | MX-VER
subdivision | alexa welche hauptstadt hat guerrero wo acapulco liegt | MX-GRO
subdivision | alexa welche hauptstadt hat santa catarina | BR-SC
subdivision | alexa welche hauptstadt hat ceará | BR-CE
subdivision | alexa welche hauptstadt hat pará | BR-PA
subdivision | alexa welche hauptstadt hat goiás | BR-GO
subdivision | alexa welche hauptstadt hat jharkhand | IN-JH
subdivision | alexa welche hauptstadt hat chhattisgarh | IN-CG
follow-up | alexa und von {} | frankreich=FR; spanien=ES; portugal=PT
follow-up | alexa und was ist mit {} | italien=IT; griechenland=GR; zypern=CY
follow-up | alexa okay und die hauptstadt von {} | schweden=SE; finnland=FI; estland=EE
follow-up | und {} | dänemark=DK; norwegen=NO; island=IS
follow-up | und jetzt {} | polen=PL; ungarn=HU; rumänien=RO
follow-up | und wie ist es bei {} | kanada=CA; mexiko=MX; argentinien=AR
follow-up | alexa gut und bei {} | chile=CL; peru=PE; bolivien=BO
follow-up | noch eine frage und {} | japan=JP; china=CN; der mongolei=MN
follow-up | alexa weiter mit {} | marokko=MA; tunesien=TN; libyen=LY
follow-up | alexa und das gleiche für {} | nigeria=NG; ghana=GH; senegal=SN
follow-up | und was ist die von {} | kenia=KE; uganda=UG; ruanda=RW
follow-up | alexa und die von {} bitte | indien=IN; pakistan=PK; nepal=NP
follow-up | und vom nachbarland {} | österreich=AT; tschechien=CZ; der schweiz=CH
follow-up | ach so und {} | vietnam=VN; kambodscha=KH; laos=LA
follow-up | alexa und wie sieht's mit {} aus | neuseeland=NZ; australien=AU; fidschi=FJ
follow-up | und bei den nachbarn in {} | belgien=BE; luxemburg=LU; den niederlanden=NL
follow-up | und texas | US-TX
follow-up | und was ist mit bayern | DE-BY
follow-up | alexa und ontario | CA-ON
follow-up | und dann noch kerala | IN-KL
yes-no-check | alexa ist {} | bern die hauptstadt der schweiz=CH; canberra die hauptstadt von australien=AU; ottawa die hauptstadt von kanada=CA
yes-no-check | alexa stimmt es dass {} | ankara die hauptstadt der türkei ist=TR; rio die hauptstadt von brasilien ist=BR; lagos die hauptstadt von nigeria ist=NG
yes-no-check | alexa ist es richtig dass {} | almaty die hauptstadt von kasachstan ist=KZ; dar es salaam die hauptstadt von tansania ist=TZ; abidjan die hauptstadt der elfenbeinküste ist=CI
yes-no-check | alexa hab ich recht {} | istanbul ist die hauptstadt der türkei=TR; zürich ist die hauptstadt der schweiz=CH; auckland ist die hauptstadt von neuseeland=NZ
yes-no-check | alexa ist {} oder nicht | washington die hauptstadt der usa=US; new york die hauptstadt der usa=US; karachi die hauptstadt von pakistan=PK
yes-no-check | alexa ja oder nein ist yangon die hauptstadt von myanmar | MM
yes-no-check | alexa ist bonn noch die hauptstadt von deutschland | DE
yes-no-check | alexa stimmt es dass kiel die hauptstadt von schleswig-holstein ist | DE-SH
yes-no-check | alexa ist erfurt oder weimar die hauptstadt von thüringen | DE-TH
yes-no-check | alexa ist schwerin die hauptstadt von mecklenburg-vorpommern oder rostock | DE-MV
yes-no-check | alexa liege ich richtig dass magdeburg die hauptstadt von sachsen-anhalt ist | DE-ST
yes-no-check | alexa ist potsdam wirklich die hauptstadt von brandenburg | DE-BB
yes-no-check | alexa ist sacramento die hauptstadt von kalifornien oder los angeles | US-CA
yes-no-check | alexa ist toronto die hauptstadt von kanada | CA
yes-no-check | alexa ist mumbai die hauptstadt von indien | IN
yes-no-check | alexa ist st petersburg die hauptstadt von russland | RU
yes-no-check | alexa ist genf die hauptstadt der schweiz | CH
yes-no-check | alexa ist casablanca die hauptstadt von marokko | MA
yes-no-check | alexa ist sydney die hauptstadt von new south wales | AU-NSW
yes-no-check | alexa ist vancouver die hauptstadt von british columbia | CA-BC
yes-no-check | alexa ist tel aviv die hauptstadt von israel | IL
yes-no-check | alexa ist brasília die hauptstadt von brasilien | BR
yes-no-check | alexa ist astana wieder die hauptstadt von kasachstan | KZ
yes-no-check | alexa ist gitega jetzt die hauptstadt von burundi | BI
yes-no-check | alexa ist kiew die hauptstadt der ukraine | UA
yes-no-check | alexa stimmt es dass die hauptstadt von bolivien la paz ist | BO
yes-no-check | alexa ist amsterdam die hauptstadt der niederlande | NL
yes-no-check | alexa ist den haag die hauptstadt von holland | NL
yes-no-check | alexa ist wellington die hauptstadt von neuseeland | NZ
yes-no-check | alexa ist lissabon die hauptstadt von portugal | PT
self-correction | alexa was ist die hauptstadt von schweden nein warte von norwegen | NO
self-correction | alexa hauptstadt von österreich äh ich meine von ungarn | HU
self-correction | alexa was ist die hauptstadt von slowenien nee slowakei | SK
self-correction | alexa die hauptstadt von nigeria quatsch niger | NE
self-correction | alexa was ist die hauptstadt von iran nein irak | IQ
self-correction | alexa hauptstadt von guinea ach nein von guinea-bissau | GW
self-correction | alexa was ist die hauptstadt von kolumbien sorry ich meine kambodscha | KH
self-correction | alexa die hauptstadt von mali äh malawi | MW
self-correction | alexa was ist die hauptstadt von nordkorea nee südkorea | KR
self-correction | alexa hauptstadt von lettland oder nein litauen | LT
self-correction | alexa was ist die hauptstadt von gambia nein sambia | ZM
self-correction | alexa hauptstadt von simbabwe moment ich meine sambia | ZM
self-correction | alexa was ist die hauptstadt von mauritius nee mauretanien | MR
self-correction | alexa hauptstadt von dominica äh der dominikanischen republik | DO
self-correction | alexa was ist die hauptstadt von australien quatsch österreich | AT
self-correction | alexa die hauptstadt von schweden oder warte ich meine die schweiz | CH
self-correction | alexa was ist die hauptstadt von tadschikistan nein usbekistan | UZ
self-correction | alexa hauptstadt von serbien äh von slowenien | SI
self-correction | alexa was ist die hauptstadt von bayern ne von baden-württemberg | DE-BW
self-correction | alexa hauptstadt von virginia nein west virginia | US-WV
self-correction | alexa was ist die hauptstadt von nord carolina nein south carolina | US-SC
self-correction | alexa hauptstadt von uruguay moment paraguay | PY
self-correction | alexa was ist die hauptstadt von niger sorry nigeria | NG
self-correction | alexa die hauptstadt von kongo ich meine von kamerun | CM
self-correction | alexa hauptstadt von hessen nee von sachsen | DE-SN
self-correction | alexa was ist die hauptstadt von island äh irland | IE
self-correction | alexa hauptstadt von tunesien falsch algerien | DZ
self-correction | alexa was ist die hauptstadt von bahrain nein bhutan | BT
self-correction | alexa die hauptstadt von samoa nein tonga | TO
self-correction | alexa was ist die hauptstadt von kirgisistan halt kasachstan | KZ
reverse-question | alexa von welchem land ist {} die hauptstadt | lima=CITY:Lima; quito=CITY:Quito; bogotá=CITY:Bogotá
reverse-question | alexa wovon ist {} die hauptstadt | canberra=CITY:Canberra; nairobi=CITY:Nairobi; ulan bator=MN
reverse-question | alexa zu welchem land gehört die hauptstadt {} | tiflis=CITY:Tiflis; eriwan=CITY:Eriwan; baku=CITY:Baku
reverse-question | alexa {} ist die hauptstadt von welchem land | ouagadougou=CITY:Ouagadougou; niamey=CITY:Niamey; bamako=CITY:Bamako
reverse-question | alexa welches land hat die hauptstadt {} | montevideo=CITY:Montevideo; asunción=CITY:Asunción; caracas=CITY:Caracas
reverse-question | alexa in welchem land liegt die hauptstadt {} | vaduz=CITY:Vaduz; valletta=CITY:Valletta; ljubljana=CITY:Ljubljana
reverse-question | alexa wessen hauptstadt ist {} | tallinn=CITY:Tallinn; vilnius=CITY:Vilnius; riga=CITY:Riga
reverse-question | alexa von welchem bundesland ist wiesbaden die hauptstadt | CITY:Wiesbaden
reverse-question | alexa hannover ist die hauptstadt von was | CITY:Hannover
reverse-question | alexa welcher us staat hat die hauptstadt sacramento | CITY:Sacramento
reverse-question | alexa welcher bundesstaat hat die hauptstadt austin | CITY:Austin
reverse-question | alexa von welchem land ist kingston die hauptstadt | CITY:Kingston
reverse-question | alexa wovon ist victoria die hauptstadt | CITY:Victoria
reverse-question | alexa chandigarh ist die hauptstadt von welchem bundesstaat | CITY:Chandigarh
reverse-question | alexa welches land hat thimphu als hauptstadt | CITY:Thimphu
reverse-question | alexa welches land hat port moresby als hauptstadt | CITY:Port Moresby
reverse-question | alexa wovon ist nuuk die hauptstadt | CITY:Nuuk
reverse-question | alexa zu welchem land gehört windhuk | CITY:Windhoek
reverse-question | alexa von welchem land ist dodoma die hauptstadt | CITY:Dodoma
reverse-question | alexa wovon ist antananarivo die hauptstadt | CITY:Antananarivo
reverse-question | alexa welches land hat die hauptstadt saint john's | CITY:Saint John's
reverse-question | alexa hauptstadt georgetown welches land ist das | CITY:Georgetown
reverse-question | alexa welche provinz hat die hauptstadt winnipeg | CITY:Winnipeg
reverse-question | alexa von wo ist la paz die hauptstadt | CITY:La Paz
official-name | alexa was ist die hauptstadt der {} | bundesrepublik deutschland=DE; volksrepublik china=CN; russischen föderation=RU
official-name | alexa hauptstadt der {} bitte | republik österreich=AT; schweizerischen eidgenossenschaft=CH; französischen republik=FR
official-name | alexa was ist die hauptstadt vom {} | vereinigten königreich großbritannien und nordirland=GB; königreich saudi-arabien=SA; staat katar=QA
official-name | alexa was ist die hauptstadt der vereinigten staaten von amerika | US
official-name | alexa was ist die hauptstadt der republik korea | KR
official-name | alexa was ist die hauptstadt der demokratischen volksrepublik korea | KP
official-name | alexa was ist die hauptstadt der islamischen republik iran | IR
official-name | alexa was ist die hauptstadt der islamischen republik pakistan | PK
official-name | alexa was ist die hauptstadt der republik der union myanmar | MM
official-name | alexa was ist die hauptstadt der sozialistischen republik vietnam | VN
official-name | alexa was ist die hauptstadt der arabischen republik ägypten | EG
official-name | alexa was ist die hauptstadt der föderativen republik brasilien | BR
official-name | alexa was ist die hauptstadt der vereinigten mexikanischen staaten | MX
official-name | alexa was ist die hauptstadt der republik moldau | MD
official-name | alexa was ist die hauptstadt des königreichs thailand | TH
official-name | alexa was ist die hauptstadt des königreichs der niederlande | NL
official-name | alexa was ist die hauptstadt der hellenischen republik | GR
official-name | alexa was ist die hauptstadt des großherzogtums luxemburg | LU
official-name | alexa was ist die hauptstadt des fürstentums liechtenstein | LI
official-name | alexa was ist die hauptstadt des königreichs eswatini | SZ
official-name | alexa was ist die hauptstadt der bolivarischen republik venezuela | VE
official-name | alexa was ist die hauptstadt des plurinationalen staates bolivien | BO
official-name | alexa was ist die hauptstadt der demokratischen sozialistischen republik sri lanka | LK
official-name | alexa was ist die hauptstadt der republik china auf taiwan | TW
official-name | alexa was ist die hauptstadt des staates palästina | PS
official-name | alexa was ist die hauptstadt der republik nordmazedonien | MK
official-name | alexa was ist die hauptstadt der demokratischen bundesrepublik äthiopien | ET
official-name | alexa was ist die hauptstadt der vereinigten republik tansania | TZ
official-name | alexa was ist die hauptstadt des haschemitischen königreichs jordanien | JO
official-name | alexa was ist die hauptstadt der republik côte d'ivoire | CI
official-name | alexa im atlas steht {} welche hauptstadt ist das | königreich marokko=MA; republik kasachstan=KZ; königreich kambodscha=KH
official-name | alexa auf der briefmarke steht {} was ist dort die hauptstadt | république du sénégal=SN; helvetia=CH; magyar posta=HU
official-name | alexa wie heißt die hauptstadt vom {} | königreich dänemark=DK; königreich norwegen=NO; königreich bhutan=BT
official-name | alexa für das formular brauch ich die hauptstadt der republik kroatien | HR
official-name | alexa ei gude die hauptstadt vun de bundesrepublik deutschland is doch berlin gell | DE
official-name | alexa moin was is die hauptstadt vom königreich schweden | SE
official-name | alexa servus wos is de hauptstadt vo da republik polen | PL
official-name | alexa walaal was ist die hauptstadt der bundesrepublik somalia | SO
official-name | alexa ya basha die hauptstadt vom königreich bahrain | BH
official-name | alexa chamo die hauptstadt der republik kuba | CU
official-name | alexa was ist die hauptstadt vom sultanat oman | OM
official-name | alexa was ist die hauptstadt vom staat israel | IL
official-name | alexa was ist die hauptstadt der kirgisischen republik | KG
official-name | alexa was ist die hauptstadt der volksrepublik bangladesch | BD
official-name | alexa was ist die hauptstadt der demokratischen republik timor-leste | TL
official-name | alexa was ist die hauptstadt der republik der philippinen | PH
official-name | alexa was ist die hauptstadt der unabhängigen republik papua-neuguinea | PG
official-name | alexa was ist die hauptstadt des commonwealth of australia | AU
official-name | alexa was ist die hauptstadt der orientalischen republik uruguay | UY
official-name | alexa was ist die hauptstadt der republik irak | IQ
official-name | alexa was ist die hauptstadt vom fürstentum andorra | AD
official-name | alexa was ist die hauptstadt der republik san marino | SM
official-name | alexa was ist die hauptstadt der föderierten staaten von mikronesien | FM
official-name | alexa was ist die hauptstadt der bundesrepublik nigeria | NG
official-name | alexa was ist die hauptstadt der republik südafrika | ZA
launch | alexa starte bitte die hauptstädte der welt für meinen opa | LAUNCH
launch | alexa hauptstädte der welt bitte leise starten | LAUNCH
launch | alexa ei gude starte mal die hauptstädte der welt | LAUNCH
everyday-name | alexa was ist nochmal die hauptstadt von {} | holland=NL; amerika=US; weißrussland=BY
everyday-name | alexa hauptstadt von {} | england=GB-ENG; tschechei=CZ; burma=MM
everyday-name | alexa was ist eigentlich die hauptstadt von {} | den staaten=US; swasiland=SZ; osttimor=TL
everyday-name | alexa sag mir die hauptstadt von {} | mazedonien=MK; kapverden=CV; großbritannien=GB
everyday-name | alexa welche hauptstadt hat eigentlich {} | der vatikan=VA; die emirate=AE; bosnien=BA
everyday-name | alexa was ist die hauptstadt von persien | IR
everyday-name | alexa was ist die hauptstadt von siam heute | TH
everyday-name | alexa was ist die hauptstadt von ceylon | LK
everyday-name | alexa was ist die hauptstadt von kirgistan | KG
everyday-name | alexa was ist die hauptstadt von abessinien | ET
everyday-name | alexa was ist die hauptstadt von zaire | CD
everyday-name | alexa was ist die hauptstadt von rhodesien | ZW
everyday-name | alexa was ist die hauptstadt von der elfenbeinküste | CI
everyday-name | alexa was ist die hauptstadt von kongo kinshasa | CD
everyday-name | alexa was ist die hauptstadt von trinidad | TT
everyday-name | alexa was ist die hauptstadt von st kitts | KN
everyday-name | alexa was ist die hauptstadt von antigua | AG
everyday-name | alexa was ist die hauptstadt von der türkiye | TR
everyday-name | alexa was ist die hauptstadt von bosnien herzegowina | BA
everyday-name | alexa was ist die hauptstadt von kalifornien dem sonnenstaat | US-CA
everyday-name | alexa was ist die hauptstadt von nrw | DE-NW
everyday-name | alexa was ist die hauptstadt von meck pomm | DE-MV
everyday-name | alexa was ist die hauptstadt von den färöer inseln | FO
everyday-name | alexa was ist die hauptstadt von timor | TL
everyday-name | alexa was ist die hauptstadt von moldawien | MD
everyday-name | alexa was ist die hauptstadt von dem kosovo | XK
everyday-name | alexa was ist die hauptstadt von süd afrika | ZA
shared-name | alexa was ist die hauptstadt von {} | kongo=CD+CG; korea=KP+KR; georgia=GE+US-GA
shared-name | alexa welche hauptstadt hat {} | der kongo=CD+CG; korea=KP+KR; georgia=GE+US-GA
shared-name | alexa sag mir die hauptstädte von {} | den jungferninseln=VG+VI; beiden kongos=CD+CG; nord und südkorea=KP+KR
shared-name | alexa wie heißt die hauptstadt vom kongo | CD+CG
shared-name | alexa was sind die hauptstädte der beiden koreas | KP+KR
shared-name | alexa welche hauptstadt hat georgia eigentlich | GE+US-GA
shared-name | alexa was ist die hauptstadt der virgin islands | VG+VI
shared-name | alexa was ist die hauptstadt von dominica und der dominikanischen republik | DM+DO
shared-name | alexa was sind die hauptstädte von sudan und südsudan | SD+SS
shared-name | alexa hauptstadt von den jungferninseln | VG+VI
shared-name | alexa nu sach ma die hauptstadt von korea | KP+KR
shared-name | alexa walaal die hauptstadt von kongo | CD+CG
shared-name | alexa was ist die hauptstadt von südkorea und nordkorea | KP+KR
shared-name | alexa was sind die hauptstädte vom sudan und vom südsudan | SD+SS
shared-name | alexa grüezi was isch d hauptstadt vo georgia | GE+US-GA
shared-name | alexa was ist die hauptstadt von den britischen jungferninseln | VG
shared-name | alexa was ist die hauptstadt von den amerikanischen jungferninseln | VI
shared-name | alexa was ist die hauptstadt von georgien in europa | GE
shared-name | alexa die hauptstädte von beiden kongo ländern | CD+CG
shared-name | alexa ich meine georgia in den usa was ist da die hauptstadt | US-GA
out-of-domain | alexa wie wird das wetter morgen in köln | FB
out-of-domain | alexa sach ens wie et wedder es | FB
out-of-domain | alexa spiel de bläck fööss | FB
out-of-domain | alexa wann ist rosenmontag | FB
out-of-domain | alexa ei wie spät is es dann | FB
out-of-domain | alexa spiel was von den rodgau monotones | FB
out-of-domain | alexa wie hat die eintracht gespielt | FB
out-of-domain | alexa hopp mach's licht aus | FB
out-of-domain | alexa wie viele einwohner hat saarbrücken | FB
out-of-domain | alexa wann fährt der nächste bus nach saarlouis | FB
out-of-domain | alexa woisch wie viel grad es draußen hat | FB
out-of-domain | alexa stell en wecker auf halb sechse | FB
out-of-domain | alexa wie weit isch es vo stuagert nach ulm | FB
out-of-domain | alexa etz spiel fei amal bayern drei | FB
out-of-domain | alexa wie lang hat der baumarkt in fürth offen | FB
out-of-domain | alexa servus wia werd's wedda am wochenend | FB
out-of-domain | alexa spui de biermösl blosn | FB
out-of-domain | alexa wann is des oktoberfest heuer | FB
out-of-domain | alexa sag ma wat läuft im kino am alex | FB
out-of-domain | alexa mach ma radio eins an | FB
out-of-domain | alexa wie komm ick zum flughafen ber | FB
out-of-domain | alexa moin wann is hochwasser in hamburg | FB
out-of-domain | alexa wie spät is dat in new york | FB
out-of-domain | alexa spiel ndr zwei | FB
out-of-domain | alexa nu wie wird'n das wetter in dresden | FB
out-of-domain | alexa spiel mal silbermond | FB
out-of-domain | alexa wie viele einwohner hat leipzig | FB
out-of-domain | alexa jo wie warm isch es im schwarzwald | FB
out-of-domain | alexa spiel swr drei | FB
out-of-domain | alexa wos kost a kilo erdäpfel | FB
out-of-domain | alexa spü ö drei | FB
out-of-domain | alexa wia hoch is da untersberg | FB
out-of-domain | alexa chasch mer s wetter für morn säge | FB
out-of-domain | alexa spiel radio srf drüü | FB
out-of-domain | alexa wie vill uhr isch es | FB
out-of-domain | alexa allez wie ist das wetter in eupen | FB
out-of-domain | alexa quelle heure est-il | FB
out-of-domain | alexa wie viele sprachen spricht man in belgien | FB
out-of-domain | alexa sababa spiel israelische musik | FB
out-of-domain | alexa wie spät ist es in tel aviv | FB
out-of-domain | alexa jan spiel armenische musik von aram asatryan | FB
out-of-domain | alexa wie hoch ist der ararat | FB
out-of-domain | alexa mbote spiel fally ipupa | FB
out-of-domain | alexa wie lang ist der kongo fluss | FB
out-of-domain | alexa walaal wie spät ist es in mogadischu | FB
out-of-domain | alexa wann ist ramadan dieses jahr | FB
out-of-domain | alexa dada spiel rabindra sangeet | FB
out-of-domain | alexa wie viel ist ein euro in taka | FB
out-of-domain | alexa ya basha spiel umm kulthum | FB
out-of-domain | alexa wie hoch sind die pyramiden von gizeh | FB
out-of-domain | alexa oye pon salsa | FB
out-of-domain | alexa chamo wie viel kostet ein flug nach caracas | FB
out-of-domain | alexa mate play some acdc | FB
out-of-domain | alexa what's the craic with the weather | FB
out-of-domain | alexa wie sagt man danke auf spanisch | FB
out-of-domain | alexa welche sprache spricht man in brasilien | FB
out-of-domain | alexa ich möchte lernen deutsch mit dir | FB
out-of-domain | alexa wie viele einwohner hat deutschland | FB
out-of-domain | alexa wie viele bundesländer hat deutschland | FB
out-of-domain | alexa erzähl mir einen witz über pinguine | FB
out-of-domain | alexa wie schreibt man hauptstadt | FB
out-of-domain | alexa was ist groß schreibung bei hauptwörtern | FB
out-of-domain | alexa wie viel ist sieben mal acht | FB
out-of-domain | alexa schalte das babyfon an | FB
out-of-domain | alexa wie spät ist es auf station | FB
out-of-domain | alexa erinnere mich um drei an die medikamente | FB
out-of-domain | alexa stell einen timer auf zwanzig minuten für die pause | FB
out-of-domain | alexa wie ist die verkehrslage auf der a sieben | FB
out-of-domain | alexa wo ist der nächste tankstelle mit diesel | FB
out-of-domain | alexa wie lange fahre ich von münchen nach wien | FB
out-of-domain | alexa wie viel uhr ist es in dubai | FB
out-of-domain | alexa welche zeitzone hat die karibik | FB
out-of-domain | alexa wie ist das wetter auf den malediven | FB
out-of-domain | alexa wie viel ist eine briefmarke aus mauritius wert | FB
out-of-domain | alexa was ist ein anderes wort für hauptstadt mit sechs buchstaben | FB
out-of-domain | alexa wie viele buchstaben hat das alphabet | FB
out-of-domain | alexa wer hat die letzte wm gewonnen | FB
out-of-domain | alexa wann spielt deutschland das nächste mal | FB
out-of-domain | alexa wer hat den eurovision song contest gewonnen | FB
out-of-domain | alexa wie viele medaillen hat deutschland bei olympia | FB
out-of-domain | alexa bestell eine pizza | FB
out-of-domain | alexa setz klopapier auf die einkaufsliste | FB
out-of-domain | alexa wer ist dran mit putzen | FB
out-of-domain | alexa wie lange kocht ein ei | FB
out-of-domain | alexa wie viel gramm mehl sind eine tasse | FB
out-of-domain | alexa stell den ofen timer auf zwölf minuten | FB
out-of-domain | alexa was ist das kapital von karl marx | FB
out-of-domain | alexa wie viel eigenkapital brauche ich für eine wohnung | FB
out-of-domain | alexa was bedeutet startkapital | FB
out-of-domain | alexa wie viel kapital hat die deutsche bank | FB
out-of-domain | alexa was ist ein kapitalverbrechen | FB
out-of-domain | alexa was ist ein kapitälchen in word | FB
out-of-domain | alexa was ist ein großbuchstabe | FB
out-of-domain | alexa was ist die hauptstraße in köln | FB
out-of-domain | alexa welche stadt hat die meisten einwohner in europa | FB
out-of-domain | alexa welche sprache spricht man in der schweiz | FB
out-of-domain | alexa wie groß ist kanada | FB
out-of-domain | alexa wie viele einwohner hat indien | FB
out-of-domain | alexa welche währung hat polen | FB
out-of-domain | alexa wer ist der präsident von frankreich | FB
out-of-domain | alexa wie heißt der bundeskanzler | FB
out-of-domain | alexa welcher ist der längste fluss der welt | FB
out-of-domain | alexa wie hoch ist die zugspitze | FB
out-of-domain | alexa wo liegt timbuktu | FB
out-of-domain | alexa welche flagge ist rot weiß rot | FB
out-of-domain | alexa was ist die größte stadt in australien | FB
out-of-domain | alexa was ist die größte stadt der türkei | FB
out-of-domain | alexa welche vorwahl hat österreich | FB
out-of-domain | alexa wie viele länder gibt es auf der welt | FB
out-of-domain | alexa wie viele kontinente gibt es | FB
out-of-domain | alexa was ist der höchste berg in afrika | FB
out-of-domain | alexa welche hauptspeise passt zu rotwein | FB
out-of-domain | alexa was ist der hauptbahnhof von hamburg für ein gleis | FB
out-of-domain | alexa was ist die hauptsache | FB
out-of-domain | alexa was ist die landeshauptstadt meiner tante in ihrem dorf | FB
out-of-domain | alexa wie weit ist berlin von paris entfernt | FB
out-of-domain | alexa welche stadt ist die schönste in italien | FB
out-of-domain | alexa in welchem land liegt mallorca | FB
out-of-domain | alexa welche insel gehört zu griechenland | FB
out-of-domain | alexa wie heißt der regierende bürgermeister von berlin | FB
out-of-domain | alexa was ist die partnerstadt von köln | FB
out-of-domain | alexa wann wurde berlin gegründet | FB
out-of-domain | alexa wann war die wiedervereinigung | FB
out-of-domain | alexa spiel die nationalhymne von brasilien | FB
out-of-domain | alexa übersetze hauptstadt ins englische | FB
out-of-domain | alexa was heißt hauptstadt auf türkisch | FB
out-of-domain | alexa wie sagt man capital auf deutsch | FB
out-of-domain | alexa guten morgen | FB
out-of-domain | alexa gute nacht schlaf gut | FB
out-of-domain | alexa wie geht es dir heute | FB
out-of-domain | alexa ich hab dich lieb | FB
out-of-domain | alexa bist du ein roboter | FB
out-of-domain | alexa mach die musik lauter | FB
out-of-domain | alexa leiser bitte die kinder schlafen | FB
out-of-domain | alexa spiel weihnachtslieder | FB
out-of-domain | alexa wie viele tage noch bis weihnachten | FB
out-of-domain | alexa ruf mama an | FB
out-of-domain | alexa schick eine nachricht an papa | FB
out-of-domain | alexa wie ist der dax heute | FB
out-of-domain | alexa was kostet bitcoin | FB
out-of-domain | alexa lies mir die nachrichten vor | FB
out-of-domain | alexa mach das licht in der küche an | FB
out-of-domain | alexa dimm das wohnzimmer auf dreißig prozent | FB
out-of-domain | alexa staubsauger starten | FB
out-of-domain | alexa wo ist mein handy | FB
out-of-domain | alexa welches datum ist heute | FB
out-of-domain | alexa welcher feiertag ist am montag | FB
out-of-domain | alexa hast du schon gegessen | FB
out-of-domain | alexa was ist der sinn des lebens | FB
out-of-domain | alexa sing mir ein lied | FB
out-of-domain | alexa erzähl mir eine gutenachtgeschichte | FB
out-of-domain | alexa wie viel kalorien hat ein döner | FB
out-of-domain | alexa wie alt ist angela merkel | FB
out-of-domain | alexa wer hat die glühbirne erfunden | FB
out-of-domain | alexa was ist die hauptstadt von atlantis | FB
out-of-domain | alexa was ist die hauptstadt von mittelerde | FB
out-of-domain | alexa was ist die hauptstadt von entenhausen | FB
out-of-domain | alexa was ist die hauptstadt von europa | FB
out-of-domain | alexa was ist die hauptstadt von afrika | FB
out-of-domain | alexa was ist die hauptstadt vom mond | FB
out-of-domain | alexa was ist die hauptstadt von narnia | FB
out-of-domain | alexa was ist die hauptstadt der liebe | FB
out-of-domain | alexa was ist die heimliche hauptstadt von deutschland | FB
out-of-domain | alexa was ist die hauptstadt der mode | FB
out-of-domain | alexa welche stadt ist die fahrradhauptstadt | FB
out-of-domain | alexa was ist die kulturhauptstadt europas dieses jahr | FB
out-of-domain | alexa was ist die hauptstadt von westfalen | FB
out-of-domain | alexa was ist die hauptstadt vom ruhrgebiet | FB
out-of-domain | alexa was ist die hauptstadt von oberbayern | FB
out-of-domain | alexa was ist die hauptstadt von sibirien | FB
out-of-domain | alexa was ist die hauptstadt von skandinavien | FB
out-of-domain | alexa was ist die hauptstadt von kalabrien | FB
out-of-domain | alexa was ist die hauptstadt von katalonien | FB
out-of-domain | alexa was ist die hauptstadt von bayern münchen dem verein | FB
out-of-domain | alexa was ist die hauptstadt von minecraft | FB
out-of-domain | alexa zeig mir fotos von paris | FB
out-of-domain | alexa buch mir ein hotel in rom | FB
out-of-domain | alexa wie ist das wetter in der hauptstadt | FB
out-of-domain | alexa wie viele einwohner hat die hauptstadt von frankreich | FB
out-of-domain | alexa wie weit ist es bis zur hauptstadt | FB
out-of-domain | alexa wie heißt der bürgermeister der hauptstadt von spanien | FB
out-of-domain | alexa welcher fluss fließt durch die hauptstadt von ungarn | FB
out-of-domain | alexa wann wurde die hauptstadt von brasilien gebaut | FB
out-of-domain | alexa welche sprache spricht man in der hauptstadt von belgien | FB
help | alexa sach ens wie dat hie funktioniert | HELP
help | alexa ei wie geht des dann | HELP
help | alexa hopp saa mol was ich do mache kann | HELP
help | alexa i versteh des ned wie goht des | HELP
help | alexa etz erklär mir fei amal wie des funktioniert | HELP
help | alexa wos kann i do eigentli frogn | HELP
help | alexa wat kann ick dich hier allet fragen | HELP
help | alexa moin wat kann ich hier machen | HELP
help | alexa nu wie funktioniert'n das hier | HELP
help | alexa was kann ma do alles mache | HELP
help | alexa wia geht des spü | HELP
help | alexa chasch mer erchläre wie das gaht | HELP
help | alexa allez wie funktioniert dat | HELP
help | alexa ma ze wie funktioniert das | HELP
help | alexa jan ich verstehe nicht was soll ich sagen | HELP
help | alexa mbote aide moi | HELP
help | alexa walaal ich brauche hilfe hier | HELP
help | alexa dada ich weiß nicht was ich fragen soll | HELP
help | alexa ya basha was kann ich fragen | HELP
help | alexa ayúdame por favor | HELP
help | alexa mate how does this work | HELP
help | alexa ich verstehe nicht was muss ich sagen | HELP
help | alexa wie ich soll fragen | HELP
help | alexa ich bin acht was muss ich sagen damit das geht | HELP
help | alexa welche länder kennst du alle | HELP
help | alexa kennst du auch bundesländer | HELP
help | alexa kann ich auch nach us staaten fragen | HELP
help | alexa wie frag ich nach einer hauptstadt | HELP
help | alexa hilfe ich komm nicht weiter | HELP
help | alexa was für fragen gehen hier | HELP
help | alexa gib mir mal ein beispiel | HELP
help | alexa was soll ich jetzt sagen | HELP
help | alexa erklär mir bitte das spiel | HELP
help | alexa was genau kann dieser skill | HELP
help | alexa wie funktionieren die hauptstädte der welt | HELP
help | alexa ich brauche eine anleitung | HELP
help | alexa was muss ich tun | HELP
help | alexa wie bediene ich das hier | HELP
help | alexa welche befehle gibt es | HELP
help | alexa weiß nicht weiter hilf mir | HELP
help | alexa kannst du mir helfen mit dem skill | HELP
help | alexa hä wie jetzt | HELP
help | alexa sag mir was ich fragen kann | HELP
help | alexa was kannst du mir über hauptstädte sagen | HELP
help | alexa hilfe bitte langsam | HELP
stop | alexa sach ens stopp jetz | STOP
stop | alexa hür op | STOP
stop | alexa ei hör uff | STOP
stop | alexa hopp jetzt is schluss | STOP
stop | alexa hör jetz uff | STOP
stop | alexa etz langt's | STOP
stop | alexa gib a ruah | STOP
stop | alexa is gut jetze | STOP
stop | alexa moin dat reicht | STOP
stop | alexa nu is gut | STOP
stop | alexa s'isch gnueg | STOP
stop | alexa is scho guad | STOP
stop | alexa es langet | STOP
stop | alexa allez c'est fini | STOP
stop | alexa dai stopp | STOP
stop | alexa jan stopp bitte | STOP
stop | alexa mbote c'est bon arrête | STOP
stop | alexa walaal stopp | STOP
stop | alexa bas dada stopp | STOP
stop | alexa khalas ya basha | STOP
stop | alexa para ya | STOP
stop | alexa mate that's enough | STOP
stop | alexa ich will nicht mehr spielen | STOP
stop | alexa feierabend | STOP
stop | alexa schluss für heute die schicht ist vorbei | STOP
stop | alexa aus jetzt | STOP
stop | alexa beende hauptstädte der welt | STOP
stop | alexa verlassen | STOP
stop | alexa programm beenden | STOP
stop | alexa stopp wir sind angekommen | STOP
stop | alexa halt die klappe | STOP
stop | alexa ruhe jetzt | STOP
stop | alexa das spiel ist aus | STOP
stop | alexa ich höre auf | STOP
stop | alexa stopp die plätzchen sind fertig | STOP
stop | alexa das wars für heute danke | STOP
stop | alexa wir machen schluss | STOP
stop | alexa genug hauptstädte für heute | STOP
stop | alexa tschüss alexa | STOP
stop | alexa ende aus | STOP
stop | alexa stopp das reicht mir | STOP
stop | alexa mach aus bitte | STOP
stop | alexa halt stopp | STOP
stop | alexa stopp ich muss los | STOP
stop | alexa ich bin fertig mit hausaufgaben | STOP
cancel | alexa loss et sin | CANCEL
cancel | alexa ei vergess es | CANCEL
cancel | alexa loss mol gut sin | CANCEL
cancel | alexa vergiss es halt | CANCEL
cancel | alexa etz lass fei bleim | CANCEL
cancel | alexa vergiss des | CANCEL
cancel | alexa lass ma | CANCEL
cancel | alexa vergiss dat | CANCEL
cancel | alexa nu lass ma | CANCEL
cancel | alexa lass es bleibe | CANCEL
cancel | alexa vergiss es wieda | CANCEL
cancel | alexa vergiss es grad | CANCEL
cancel | alexa allez laisse tomber | CANCEL
cancel | alexa lo mit abbrechen | CANCEL
cancel | alexa jan abbrechen bitte | CANCEL
cancel | alexa mbote annule | CANCEL
cancel | alexa walaal vergiss | CANCEL
cancel | alexa thak dada abbrechen | CANCEL
cancel | alexa maalesh vergiss es | CANCEL
cancel | alexa olvídalo | CANCEL
cancel | alexa never mind mate | CANCEL
cancel | alexa ich nicht will mehr abbrechen | CANCEL
cancel | alexa nein doch nicht | CANCEL
cancel | alexa abbrechen die kunde ist da | CANCEL
cancel | alexa abbruch | CANCEL
cancel | alexa storniere das | CANCEL
cancel | alexa das war falsch abbrechen | CANCEL
cancel | alexa nee lass mal doch nicht | CANCEL
cancel | alexa falsche frage vergiss es | CANCEL
cancel | alexa brich ab | CANCEL
cancel | alexa zurück | CANCEL
cancel | alexa nicht so wichtig vergiss es | CANCEL
cancel | alexa lass gut sein ich schau im atlas | CANCEL
cancel | alexa abbrechen ich hab mich versprochen | CANCEL
cancel | alexa abbrechen der patient klingelt | CANCEL
cancel | alexa abbrechen der fahrgast steigt aus | CANCEL
cancel | alexa vergiss die frage | CANCEL
cancel | alexa das hat sich erledigt | CANCEL
cancel | alexa ach egal | CANCEL
cancel | alexa nee passt schon | CANCEL
cancel | alexa abbrechen mein teig brennt an | CANCEL
cancel | alexa vergiss es die stunde ist um | CANCEL
cancel | alexa schon gut vergiss es | CANCEL
cancel | alexa hat sich erübrigt | CANCEL
cancel | alexa abbrechen wir sind beim landeanflug | CANCEL
launch | alexa sach ens starte hauptstädte der welt | LAUNCH
launch | alexa ei mach emal hauptstädte der welt uff | LAUNCH
launch | alexa hopp starte hauptstädte der welt | LAUNCH
launch | alexa mach amol hauptstädte der welt auf | LAUNCH
launch | alexa etz starte fei hauptstädte der welt | LAUNCH
launch | alexa servus spui hauptstädte der welt | LAUNCH
launch | alexa mach ma hauptstädte der welt an wa | LAUNCH
launch | alexa moin öffne hauptstädte der welt | LAUNCH
launch | alexa nu mach ma hauptstädte der welt uff | LAUNCH
launch | alexa chasch hauptstädte der welt starte | LAUNCH
launch | alexa allez öffne hauptstädte der welt | LAUNCH
launch | alexa jan öffne bitte hauptstädte der welt | LAUNCH
launch | alexa walaal starte hauptstädte der welt | LAUNCH
launch | alexa mate open hauptstädte der welt | LAUNCH
launch | alexa ich will spielen hauptstädte der welt | LAUNCH
launch | alexa für meine hausaufgaben hauptstädte der welt öffnen | LAUNCH
launch | alexa in der nachtschicht hauptstädte der welt starten | LAUNCH
launch | alexa während der fahrt hauptstädte der welt öffnen | LAUNCH
launch | alexa für die crew hauptstädte der welt starten | LAUNCH
launch | alexa für das kreuzworträtsel hauptstädte der welt öffnen | LAUNCH
launch | alexa in der halbzeit hauptstädte der welt spielen | LAUNCH
launch | alexa wg abend hauptstädte der welt starten | LAUNCH
launch | alexa beim backen hauptstädte der welt öffnen | LAUNCH
launch | alexa öffne den skill hauptstädte der welt für die kinder | LAUNCH
launch | alexa hauptstädte der welt aufmachen | LAUNCH
launch | alexa hauptstädte der welt öffnen und die hauptstadt von tonga nennen | TO
launch | alexa frag hauptstädte der welt was die hauptstadt von belize ist | BZ
launch | alexa sag hauptstädte der welt ich will die hauptstadt von eritrea wissen | ER
launch | alexa öffne hauptstädte der welt und frag nach der hauptstadt von kenia | KE
launch | alexa starte hauptstädte der welt mit der hauptstadt von island | IS
"""

if __name__ == "__main__":
    build_round(49, "de", LINES, sys.argv, "tests/Eval/de/round49/source/build_corpus.py")
