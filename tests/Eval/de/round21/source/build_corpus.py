"""Round 21, German (de-DE): a new author's own mix, written blind. Speakers chosen away from the regions and people
earlier German authors used: German-speaking Namibians ("is gut", "lekker", "ja nee", "man", "nou"), East Belgians
from Eupen and Sankt Vith with French words ("voilà", "s'il vous plaît", "dis donc", "allez"), Alsatians speaking
German ("jo", "hopla", "merci"), Vorarlberg and Tyrol ("jo mei", "gell", "servas"),
Carinthia ("na geh", "gel"), Mecklenburg and Vorpommern ("jo", "nee", "dat is"), the Münsterland ("jau", "nich"),
the Upper Palatinate ("etz"), Thuringia ("nu"), plus people by situation rather than
region: a night nurse on a ward, a baker at four in the morning, a taxi driver waiting at the rank, a volunteer
firefighter, a dairy farmer in the milking parlour, a pilgrim on the Way of St. James, a campervan couple, a Hurtigruten
passenger, a Skat and Doppelkopf evening, a genealogist tracing emigrated ancestors, a pen-pal exchange, a blind user
with a screen reader habit of precise commands, a touring musician, a retired geography teacher testing a grandchild,
Abitur revision with flash cards, a geography olympiad, a class trip, a DDR-born grandfather with old names
(Ceylon, Birma, Siam, Persien, Abessinien, Zaire, Swasiland, Tschechei, Moldawien, Holland), Gen-Z speakers mixing
English ("lowkey", "no cap", "safe", "cringe", "sheesh"), a Wikipedia editor, a podcaster preparing an episode, an
ice-hockey world championship evening, Wimbledon, the Paralympics, chess and e-sports, baking and cooking from a
country (baklava, pho, jollof, pierogi), a dating-app chat, an embassy appointment and visa forms, a cruise on the
Danube. Plus fillers ("ähm", "öhm", "also pass auf", "warte mal"), case and the genitive, terse keyword forms, tails,
the polite Sie, self-corrections, follow-ups, yes/no checks, reverse questions, official, old and everyday names,
shared names, one-shot requests and launches with the invocation name "hauptstädte der welt", and what de-DE recognition
writes: "haupt stadt", "hauptstatt", "haupstadt", lost or spelled-out umlauts, "ss" for ß, split or joined names and
misspellings.
`python3 tests/Eval/de/round21/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 21's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions in a neutral register.
plain-question | welche stadt ist eigentlich die hauptstadt von {} | kasachstan=KZ; burundi=BI; eritrea=ER
plain-question | sag mir bitte wie die hauptstadt von {} heißt | dschibuti=DJ; somalia=SO; ruanda=RW
plain-question | wie lautet die hauptstadt von {} | guatemala=GT; honduras=HN; nicaragua=NI
plain-question | in welcher stadt sitzt die regierung von {} | kanada=CA; indien=IN; brasilien=BR
plain-question | die hauptstadt von {} wie heißt die noch mal | mongolei=MN; bhutan=BT; nepal=NP
plain-question | kannst du mir die hauptstadt von {} nennen | usbekistan=UZ; tadschikistan=TJ; turkmenistan=TM
plain-question | was ist denn die hauptstadt {} | der ukraine=UA; der slowakei=SK; der türkei=TR
plain-question | und die hauptstadt {} wie heißt die | des tschad=TD; des libanon=LB; des sudan=SD
plain-question | ich hätte gern die hauptstadt von {} gewusst | uruguay=UY; paraguay=PY; venezuela=VE
plain-question | verrate mir mal die hauptstadt von {} | mali=ML; niger=NE; senegal=SN

# Fillers and hesitations.
filler-hesitation | ähm also die hauptstadt von äh {} | gabun=GA; kamerun=CM; togo=TG
filler-hesitation | öhm warte mal was ist die hauptstadt von {} | malawi=MW; sambia=ZM; simbabwe=ZW
filler-hesitation | also pass auf ähm die hauptstadt von {} bitte | kirgisistan=KG; armenien=AM; georgien=GE
filler-hesitation | hm hm wie war das noch die hauptstadt von {} | liberia=LR; guinea=GN; ghana=GH
filler-hesitation | äh ja ähm {} hauptstadt | estland=EE; lettland=LV; litauen=LT
filler-hesitation | na also ähm wo ist denn die hauptstadt von {} | jordanien=JO; syrien=SY; irak=IQ
filler-hesitation | sekunde äh die hauptstadt von {} wie heißt die | botsuana=BW; lesotho=LS; namibia=NA

# German-speaking Namibians.
namibia-german | ja nee man was ist die hauptstadt von {} | angola=AO; mosambik=MZ; tansania=TZ
namibia-german | is gut sag mal die hauptstadt von {} | kenia=KE; uganda=UG; äthiopien=ET
namibia-german | nou alexa wie heißt die hauptstadt von {} | südafrika=ZA; madagaskar=MG; mauritius=MU
namibia-german | lekker man und die hauptstadt von {} | sambia mein ich=ZM; eswatini=SZ; den seychellen=SC
namibia-german | ja nee weißt du was die hauptstadt von namibia ist | NA

# East Belgians with French words.
east-belgian | dis donc alexa was ist die hauptstadt von {} | marokko=MA; tunesien=TN; algerien=DZ
east-belgian | allez sag mal die hauptstadt von {} s'il vous plaît | luxemburg=LU; monaco=MC; andorra=AD
east-belgian | voilà und wie heißt die hauptstadt von {} | belgien=BE; frankreich=FR; der elfenbeinküste=CI
east-belgian | alors die hauptstadt von {} bitte | kongo brazzaville=CG; gabon=GA; haiti=HT

# Alsatians speaking German.
alsatian | hopla alexa was ist die hauptstadt von {} | der schweiz=CH; liechtenstein=LI; österreich=AT
alsatian | jo sag mal die hauptstadt von {} | spanien=ES; portugal=PT; italien=IT
alsatian | merci und was ist die hauptstadt von {} | griechenland=GR; zypern=CY; malta=MT

# Vorarlberg, Tyrol and Carinthia.
alpine-austrian | servas alexa wie heißt die hauptstadt von {} | slowenien=SI; kroatien=HR; ungarn=HU
alpine-austrian | jo mei was is die hauptstadt von {} gell | bosnien=BA; serbien=RS; montenegro=ME
alpine-austrian | na geh sag mir die hauptstadt von {} | albanien=AL; nordmazedonien=MK; bulgarien=BG
alpine-austrian | gel du weißt doch die hauptstadt von {} | rumänien=RO; moldawien=MD; tschechien=CZ

# Mecklenburg, Vorpommern and the Münsterland.
northern-plain | jo nee dat weiß ich nich was ist die hauptstadt von {} | schweden=SE; norwegen=NO; finnland=FI
northern-plain | jau alexa die hauptstadt von {} | dänemark=DK; island=IS; irland=IE
northern-plain | nee ne sach mal die hauptstadt von {} | polen=PL; belarus=BY; russland=RU
northern-plain | jau und {} hauptstadt | ecuador=EC; peru=PE; kolumbien=CO

# Thuringia and the Upper Palatinate.
thuringia-palatinate | nu alexa was is denn die hauptstadt von {} | vietnam=VN; laos=LA; kambodscha=KH
thuringia-palatinate | etz sag amal die hauptstadt von {} | thailand=TH; myanmar=MM; malaysia=MY
thuringia-palatinate | nu wie heißt'n die hauptstadt von {} | indonesien=ID; den philippinen=PH; brunei=BN

# Night shift, baker, taxi, fire brigade, farm.
work-situation | ich hab nachtschicht auf station und frag mich was die hauptstadt von {} ist | island=IS; grönland=GL; den färöern=FO
work-situation | während der teig geht wie heißt die hauptstadt von {} | pakistan=PK; bangladesch=BD; sri lanka=LK
work-situation | ich steh am taxistand und langweile mich was ist die hauptstadt von {} | katar=QA; bahrain=BH; kuwait=KW
work-situation | bei der feuerwehr wurde gewettet was ist die hauptstadt von {} | oman=OM; jemen=YE; saudi-arabien=SA
work-situation | ich bin gerade im melkstand alexa die hauptstadt von {} | neuseeland=NZ; australien=AU; fidschi=FJ
work-situation | in der mittagspause auf dem bau wollten wir wissen die hauptstadt von {} | afghanistan=AF; iran=IR; aserbaidschan=AZ

# Travel: pilgrimage, campervan, Hurtigruten, cruise, visa.
travel | wir laufen den jakobsweg und wollen danach nach {} was ist dort die hauptstadt | portugal=PT; andorra=AD; marokko=MA
travel | mit dem wohnmobil fahren wir durch {} wie heißt die hauptstadt | slowenien=SI; albanien=AL; montenegro=ME
travel | auf der hurtigruten frag ich mich wie die hauptstadt von {} heißt | norwegen=NO; spitzbergen=SJ; island=IS
travel | unsere donaukreuzfahrt geht bis {} wie heißt da die hauptstadt | rumänien=RO; bulgarien=BG; serbien=RS
travel | ich muss für das visum wissen was die hauptstadt von {} ist | usbekistan=UZ; kasachstan=KZ; nigeria=NG
travel | wir fliegen im herbst nach {} wie heißt die hauptstadt da | vietnam=VN; sri lanka=LK; costa rica=CR
travel | ich hab einen termin bei der botschaft von {} wo ist deren hauptstadt | kenia=KE; ghana=GH; äthiopien=ET

# Homework, Abitur, flash cards, olympiad, class trip.
school | für meine karteikarten brauche ich die hauptstadt von {} | burkina faso=BF; benin=BJ; mauretanien=MR
school | ich lerne fürs abi erdkunde was ist die hauptstadt von {} | südsudan=SS; sudan=SD; libyen=LY
school | bei der geografie olympiade kam die hauptstadt von {} dran wie heißt die | tuvalu=TV; nauru=NR; kiribati=KI
school | unsere klassenfahrt geht nach {} was ist da die hauptstadt | tschechien=CZ; polen=PL; ungarn=HU
school | mama sagt ich soll dich fragen was die hauptstadt von {} ist | brasilien=BR; argentinien=AR; chile=CL
school | meine lehrerin will dass wir die hauptstadt von {} wissen | ägypten=EG; äthiopien=ET; eritrea=ER
school | ich bin in der vierten klasse und wir lernen die hauptstadt von {} | frankreich=FR; italien=IT; spanien=ES
school | hausaufgabe nummer vier die hauptstadt von {} | japan=JP; china=CN; südkorea=KR

# Elders and grandparents.
elder | meine enkelin hat gefragt was die hauptstadt von {} ist und ich weiß es nicht mehr | kanada=CA; mexiko=MX; kuba=CU
elder | liebe alexa können sie mir sagen wie die hauptstadt von {} heißt | jamaika=JM; barbados=BB; grenada=GD
elder | früher in der schule haben wir das gelernt die hauptstadt von {} | rumänien=RO; ungarn=HU; albanien=AL
elder | ich bin dreiundachtzig und frage mich was die hauptstadt von {} ist heutzutage | kasachstan=KZ; myanmar=MM; nigeria=NG
elder | opa will wissen was die hauptstadt von {} ist | tansania=TZ; burundi=BI; côte d'ivoire=CI

# Gen-Z with English.
gen-z | lowkey keine ahnung was ist die hauptstadt von {} | kirgisistan=KG; kasachstan=KZ; mongolei=MN
gen-z | no cap was ist die capital von {} | australien=AU; kanada=CA; brasilien=BR
gen-z | sheesh alexa die hauptstadt von {} | bhutan=BT; nepal=NP; laos=LA
gen-z | safe weißt du die hauptstadt von {} oder nicht | vanuatu=VU; samoa=WS; tonga=TO
gen-z | bro was ist die hauptstadt von {} ich hab ne wette laufen | liechtenstein=LI; san marino=SM; vatikan=VA

# Games, quizzes and evenings.
games | beim trivial pursuit kam die frage nach der hauptstadt von {} | kamerun=CM; tschad=TD; niger=NE
games | skatabend und keiner weiß die hauptstadt von {} | moldau=MD; belarus=BY; georgien=GE
games | beim doppelkopf streiten wir über die hauptstadt von {} | australien=AU; neuseeland=NZ; südafrika=ZA
games | für die quizshow heute abend was ist die hauptstadt von {} | palau=PW; mikronesien=FM; marshallinseln=MH
games | im online quiz wurde nach der hauptstadt von {} gefragt | salomonen=SB; papua-neuguinea=PG; fidschi=FJ
games | beim scrabble kam mir die frage wie die hauptstadt von {} heißt | oman=OM; jemen=YE; katar=QA

# Sport evenings.
sport | bei der eishockey wm spielt {} mit was ist da die hauptstadt | lettland=LV; kasachstan=KZ; slowakei=SK
sport | in wimbledon spielt jemand aus {} wie heißt die hauptstadt | tunesien=TN; kroatien=HR; serbien=RS
sport | bei den paralympics hat {} gold geholt was ist die hauptstadt | usbekistan=UZ; aserbaidschan=AZ; iran=IR
sport | die schach wm ist diesmal in {} wie heißt die hauptstadt | singapur=SG; indien=IN; norwegen=NO
sport | das e-sports finale war in {} was ist die hauptstadt dort | südkorea=KR; china=CN; polen=PL
sport | die rallye dakar fährt heute durch {} wie heißt die hauptstadt | saudi-arabien=SA; marokko=MA; mauretanien=MR

# Kitchen.
kitchen | ich mache gerade baklava was ist nochmal die hauptstadt von {} | der türkei=TR; griechenland=GR; libanon=LB
kitchen | wir kochen pho und jetzt die frage die hauptstadt von {} | vietnam=VN; kambodscha=KH; thailand=TH
kitchen | beim jollof rice kochen wie heißt die hauptstadt von {} | nigeria=NG; ghana=GH; senegal=SN
kitchen | ich hab teig an den händen sag mir die hauptstadt von {} | polen=PL; litauen=LT; lettland=LV
kitchen | das rezept kommt aus {} was ist die hauptstadt | peru=PE; bolivien=BO; ecuador=EC

# Genealogy, pen pals, podcast, wiki, musician, dating.
hobby | meine vorfahren sind nach {} ausgewandert was ist dort die hauptstadt | brasilien=BR; argentinien=AR; chile=CL
hobby | meine brieffreundin wohnt in {} wie heißt dort die hauptstadt | uruguay=UY; guyana=GY; suriname=SR
hobby | für meinen podcast brauch ich die hauptstadt von {} | ruanda=RW; uganda=UG; kenia=KE
hobby | ich editiere einen wikipedia artikel über {} welche stadt ist die hauptstadt | eswatini=SZ; lesotho=LS; malawi=MW
hobby | wir sind mit der band auf tour in {} was ist da die hauptstadt | estland=EE; finnland=FI; schweden=SE
hobby | mein match auf der dating app kommt aus {} wie heißt die hauptstadt | kolumbien=CO; venezuela=VE; panama=PA

# News.
news | in den nachrichten kam gerade {} was ist dort die hauptstadt | sudan=SD; südsudan=SS; somalia=SO
news | im radio haben sie über {} berichtet wie heißt die hauptstadt | haiti=HT; kuba=CU; nicaragua=NI
news | die wahl in {} läuft gerade was ist eigentlich die hauptstadt | taiwan=TW; georgien=GE; armenien=AM

# Blind user: precise commands.
precise-command | hauptstadt von {} abfragen | dominica=DM; st lucia=LC; grenada=GD
precise-command | gib mir die hauptstadt von {} aus | trinidad und tobago=TT; barbados=BB; bahamas=BS
precise-command | lies mir die hauptstadt von {} vor | antigua und barbuda=AG; st kitts und nevis=KN; belize=BZ

# Terse keyword forms.
terse | hauptstadt {} | guinea-bissau=GW; gambia=GM; sierra leone=SL
terse | {} hauptstadt bitte | kap verde=CV; são tomé und príncipe=ST; äquatorialguinea=GQ
terse | {} hauptstadt | komoren=KM; malediven=MV; seychellen=SC
terse | hauptstadt von {} sofort | zentralafrikanische republik=CF; tschad=TD; dschibuti=DJ
terse | {} capital | irland=IE; island=IS; israel=IL

# Case and genitive forms.
genitive-case | wie heißt die hauptstadt {} | polens=PL; ungarns=HU; kanadas=CA
genitive-case | was ist die hauptstadt {} | der mongolei=MN; der malediven=MV; der komoren=KM
genitive-case | welche stadt ist hauptstadt {} | des jemen=YE; des irans=IR; des vatikans=VA
genitive-case | was ist die hauptstadt vom {} | kongo=CD+CG; oman=OM; niger=NE
genitive-case | sag mir {} hauptstadt | japans=JP; chinas=CN; indiens=IN

# Tails and politeness.
tail-politeness | was ist die hauptstadt von {} vielen dank | österreich=AT; belgien=BE; der schweiz=CH
tail-politeness | die hauptstadt von {} weißt du die zufällig | kuba=CU; jamaika=JM; haiti=HT
tail-politeness | wie heißt die hauptstadt von {} wenn ich fragen darf | singapur=SG; brunei=BN; osttimor=TL
tail-politeness | was ist die hauptstadt von {} bitte schön | algerien=DZ; libyen=LY; ägypten=EG

# Recognition artefacts.
asr-artefact | was ist die haupt stadt von {} | osterreich=AT; danemark=DK; sudafrika=ZA
asr-artefact | wie heißt die hauptstatt von {} | tuerkei=TR; aegypten=EG; rumaenien=RO
asr-artefact | was ist die haupstadt von {} | weissrussland=BY; grossbritannien=GB; elfenbein küste=CI
asr-artefact | wie heisst die hauptstadt von {} | neu seeland=NZ; saudi arabien=SA; ost timor=TL
asr-artefact | was is die hauptstadt von {} | nord korea=KP; süd korea=KR; papua neu guinea=PG
asr-artefact | die hauptstadt von {} bitte mal | kirgistan=KG; phillipinen=PH; aserbeidschan=AZ
asr-artefact | was ist die hauptstadt von {} eigentlich | botswana=BW; zimbabwe=ZW; mozambique=MZ
asr-artefact | was ist die hauptstadt von den {} | vereinigten arabischen emiraten=AE; marshall inseln=MH; salomon inseln=SB
asr-artefact | wie heißt die hauptstadt von {} nochmal | srilanka=LK; costarica=CR; elsalvador=SV

# Everyday names.
everyday-name | was ist die hauptstadt von {} | holland=NL; england=GB-ENG; amerika=US
everyday-name | wie heißt die hauptstadt von {} | weißrussland=BY; der tschechei=CZ; persien=IR
everyday-name | die hauptstadt von {} bitte | den usa=US; den emiraten=AE; burma=MM
everyday-name | was ist denn die hauptstadt von {} | swasiland=SZ; ceylon=LK; siam=TH
everyday-name | hauptstadt {} wie war das | zaire=CD; abessinien=ET; mazedonien=MK
everyday-name | was ist die hauptstadt von {} noch mal | den staaten=US; birma=MM; moldawien=MD
everyday-name | wie heißt die hauptstadt von {} eigentlich | türkiye=TR; kapverden=CV; kongo kinshasa=CD

# Official names.
official-name | was ist die hauptstadt der {} | bundesrepublik deutschland=DE; russischen föderation=RU; volksrepublik china=CN
official-name | wie heißt die hauptstadt der {} | französischen republik=FR; italienischen republik=IT; hellenischen republik=GR
official-name | nenne mir die hauptstadt der {} | vereinigten staaten von amerika=US; vereinigten mexikanischen staaten=MX; argentinischen republik=AR
official-name | sag mir die hauptstadt der {} | schweizerischen eidgenossenschaft=CH; slowakischen republik=SK; portugiesischen republik=PT
official-name | welche stadt ist hauptstadt der {} | föderativen republik brasilien=BR; tschechischen republik=CZ; kirgisischen republik=KG
official-name | was ist die hauptstadt der republik {} | österreich=AT; moldau=MD; kongo=CG
official-name | wie heißt die hauptstadt der demokratischen republik kongo | CD
official-name | was ist die hauptstadt der libanesischen republik | LB
official-name | was ist die hauptstadt des vereinigten königreichs | GB
official-name | die hauptstadt von brunei darussalam bitte | BN
official-name | was ist die hauptstadt von timor-leste | TL

# Shared names.
shared-name | welche hauptstadt hat {} eigentlich | korea=KP+KR; kongo=CD+CG; georgia=GE+US-GA
shared-name | wie heißen die hauptstädte von {} | nord und südkorea=KP+KR; beiden kongos=CD+CG; dominica und der dominikanischen republik=DM+DO
shared-name | sag mir die hauptstädte der beiden {} | koreas=KP+KR; kongo staaten=CD+CG
shared-name | was sind die hauptstädte von den jungferninseln | VG+VI
shared-name | hauptstadt von georgia | GE+US-GA
shared-name | welche hauptstadt hat korea | KP+KR

# Plural capitals: every several-capital country, Palestine.
plural-capitals | welche hauptstädte hat {} | südafrika=ZA; bolivien=BO; malaysia=MY
plural-capitals | was sind die hauptstädte von {} | benin=BJ; sri lanka=LK; eswatini=SZ
plural-capitals | wie heißen die beiden hauptstädte von {} | den niederlanden=NL; der elfenbeinküste=CI; palästina=PS
plural-capitals | südafrika hat doch drei hauptstädte welche sind das | ZA
plural-capitals | nenn mir alle hauptstädte von bolivien | BO
plural-capitals | hat holland zwei hauptstädte und welche | NL
plural-capitals | was sind die zwei hauptstädte malaysias | MY
plural-capitals | die hauptstädte von palästina bitte | PS
plural-capitals | benin hauptstädte | BJ
plural-capitals | zähl mal die hauptstädte von sri lanka auf | LK
plural-capitals | welche beiden städte sind hauptstädte von eswatini | SZ
plural-capitals | was sind die hauptstädte der côte d'ivoire | CI
plural-capitals | ja nee welche hauptstädte hat südafrika man | ZA

# Subdivisions.
subdivision | was ist die landeshauptstadt von {} | thüringen=DE-TH; sachsen-anhalt=DE-ST; mecklenburg-vorpommern=DE-MV
subdivision | wie heißt die landeshauptstadt von {} | rheinland-pfalz=DE-RP; dem saarland=DE-SL; schleswig-holstein=DE-SH
subdivision | welche stadt ist landeshauptstadt von {} | niedersachsen=DE-NI; brandenburg=DE-BB; hessen=DE-HE
subdivision | landeshauptstadt {} | nordrhein westfalen=DE-NW; baden württemberg=DE-BW; bayern=DE-BY
subdivision | was ist die hauptstadt vom bundesstaat {} | texas=US-TX; kalifornien=US-CA; florida=US-FL
subdivision | wie heißt die hauptstadt von {} in amerika | nevada=US-NV; oregon=US-OR; arizona=US-AZ
subdivision | die hauptstadt vom us bundesstaat {} | vermont=US-VT; kentucky=US-KY; illinois=US-IL
subdivision | was ist die hauptstadt von {} in den usa | montana=US-MT; wyoming=US-WY; south dakota=US-SD
subdivision | ich fahre durch {} was ist da die hauptstadt | new mexico=US-NM; utah=US-UT; colorado=US-CO
subdivision | was ist die hauptstadt der provinz {} | alberta=CA-AB; manitoba=CA-MB; saskatchewan=CA-SK
subdivision | wie heißt die hauptstadt von {} in kanada | nova scotia=CA-NS; yukon=CA-YT; nunavut=CA-NU
subdivision | was ist die hauptstadt von {} in australien | queensland=AU-QLD; tasmanien=AU-TAS; western australia=AU-WA
subdivision | was ist die hauptstadt von {} in brasilien | bahia=BR-BA; amazonas=BR-AM; minas gerais=BR-MG
subdivision | was ist die hauptstadt des mexikanischen bundesstaats {} | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | was ist die hauptstadt vom indischen bundesstaat {} | kerala=IN-KL; rajasthan=IN-RJ; goa=IN-GA
subdivision | was ist eigentlich die hauptstadt von {} | schottland=GB-SCT; wales=GB-WLS; nordirland=GB-NIR
subdivision | wie heißt eigentlich die hauptstadt von {} | grönland=GL; den färöer inseln=FO; puerto rico=PR
subdivision | welche stadt ist hauptstadt von {} | guadeloupe=GP; martinique=MQ; französisch-guayana=GF
subdivision | was ist der hauptort der {} | cookinseln=CK; kaimaninseln=KY; falklandinseln=FK
subdivision | wie heißt die hauptstadt von {} bitte | bermuda=BM; aruba=AW; curaçao=CW
subdivision | was ist der hauptort von {} | jersey=JE; guernsey=GG; der isle of man=IM
subdivision | und die hauptstadt von {} | neukaledonien=NC; französisch-polynesien=PF; réunion=RE
subdivision | welche stadt ist die hauptstadt von {} überhaupt | westsahara=EH; kosovo=XK; den ålandinseln=AX
subdivision | wie heißt der hauptort der {} | turks und caicos inseln=TC; britischen jungferninseln=VG; amerikanischen jungferninseln=VI
subdivision | und wie heißt die hauptstadt von {} gibt es da eine | mayotte=YT; st helena=SH; gibraltar=GI
subdivision | wo sitzt die landesregierung von {} | sachsen=DE-SN; bremen=DE-HB; hamburg=DE-HH
subdivision | was ist die hauptstadt von quebec in kanada | CA-QC
subdivision | was ist die hauptstadt von british columbia | CA-BC
subdivision | was ist die hauptstadt von new south wales | AU-NSW
subdivision | was ist die hauptstadt von neufundland | CA-NL
subdivision | was ist die hauptstadt von alaska | US-AK
subdivision | was ist die hauptstadt von hawaii | US-HI
subdivision | was ist die hauptstadt von new york state | US-NY
subdivision | was ist die hauptstadt von pennsylvania | US-PA
subdivision | was ist die hauptstadt von tamil nadu | IN-TN
subdivision | was ist die hauptstadt von westbengalen | IN-WB
subdivision | was ist die hauptstadt von maharashtra | IN-MH
subdivision | was ist die hauptstadt von rio grande do sul | BR-RS
subdivision | was ist die hauptstadt von baja california | MX-BCN
subdivision | was ist die hauptstadt von nuevo león | MX-NLE
subdivision | was ist die hauptstadt von amerikanisch samoa | AS
subdivision | was ist die hauptstadt von guam | GU
subdivision | was ist die hauptstadt von sint maarten | SX
subdivision | was ist die hauptstadt von anguilla | AI
subdivision | was ist die hauptstadt von montserrat | MS
subdivision | was ist die hauptstadt vom northern territory | AU-NT
subdivision | was ist die hauptstadt von victoria in australien | AU-VIC
subdivision | was ist die hauptstadt von south australia | AU-SA
subdivision | was ist die hauptstadt von ontario | CA-ON
subdivision | was ist die hauptstadt von new brunswick | CA-NB
subdivision | was ist die hauptstadt von prince edward island | CA-PE
subdivision | was ist die hauptstadt der nordwest territorien | CA-NT
subdivision | was ist die hauptstadt von spitzbergen | SJ
subdivision | was ist die hauptstadt von tokelau | TK
subdivision | was ist die hauptstadt von niue | NU
subdivision | was ist die hauptstadt von wallis und futuna | WF
subdivision | jau und die landeshauptstadt von niedersachsen | DE-NI
subdivision | nu und die landeshauptstadt von thüringen | DE-TH
subdivision | die hauptstadt von north carolina | US-NC
subdivision | die hauptstadt von massachusetts | US-MA
subdivision | die hauptstadt von louisiana | US-LA
subdivision | die hauptstadt von washington state | US-WA

# Follow-ups.
follow-up | und von {} | kenia=KE; uganda=UG; ruanda=RW
follow-up | und was ist mit {} | tansania=TZ; burundi=BI; malawi=MW
follow-up | okay und {} | lettland=LV; litauen=LT; estland=EE
follow-up | und wie ist es bei {} | chile=CL; argentinien=AR; peru=PE
follow-up | jetzt noch {} | ecuador=EC; kolumbien=CO; venezuela=VE
follow-up | und die von {} | guatemala=GT; belize=BZ; honduras=HN
follow-up | gut und {} dann | el salvador=SV; costa rica=CR; panama=PA
follow-up | is gut und {} | botsuana=BW; simbabwe=ZW; sambia=ZM
follow-up | und bei {} voilà | marokko=MA; algerien=DZ; tunesien=TN
follow-up | und das gleiche für {} | schweden=SE; norwegen=NO; dänemark=DK
follow-up | als nächstes {} | japan=JP; südkorea=KR; nordkorea=KP
follow-up | und wie heißt die von {} | usbekistan=UZ; turkmenistan=TM; tadschikistan=TJ
follow-up | und noch eins {} | fidschi=FJ; samoa=WS; tonga=TO
follow-up | jau und {} | irland=IE; schottland=GB-SCT; wales=GB-WLS

# Self-corrections.
self-correction | was ist die hauptstadt von {} gleich | österreich nein australien=AU; schweden äh ich meine schweiz=CH; slowakei quatsch slowenien=SI
self-correction | wie heißt denn die hauptstadt von {} | gambia nee sambia=ZM; guinea ach nein guyana=GY; niger also nigeria=NG
self-correction | die hauptstadt von {} | island nein irland=IE; iran äh irak=IQ; mali ne malta=MT
self-correction | sag mir die hauptstadt von {} | kolumbien sorry kambodscha=KH; lettland ähm litauen=LT; bolivien nein doch paraguay=PY
self-correction | was ist die hauptstadt von {} bitte | armenien nee albanien=AL; ungarn halt nein bulgarien=BG; monaco moment marokko=MA
self-correction | wie heißt die hauptstadt von {} noch | slowenien ich meine slowakei=SK; dominica nein dominikanische republik=DO; nordkorea äh südkorea=KR
self-correction | hauptstadt gesucht {} | kanada nein kenia=KE; chile ne china=CN; peru oder nein portugal=PT
self-correction | was ist die landeshauptstadt von sachsen nein sachsen-anhalt | DE-ST
self-correction | wie heißt die hauptstadt von texas ach nein von tennessee | US-TN
self-correction | ich meinte nicht schweden sondern norwegen was ist da die hauptstadt | NO

# Yes/no checks.
yes-no-check | ist {} | canberra die hauptstadt von australien=AU; sydney die hauptstadt von australien=AU; toronto die hauptstadt von kanada=CA
yes-no-check | stimmt es dass {} | ankara die hauptstadt der türkei ist=TR; istanbul die hauptstadt der türkei ist=TR; rio die hauptstadt von brasilien ist=BR
yes-no-check | ist die hauptstadt von {} | nigeria lagos=NG; marokko casablanca=MA; vietnam ho chi minh stadt=VN
yes-no-check | ich dachte {} stimmt das | zürich ist die hauptstadt der schweiz=CH; new york ist die hauptstadt der usa=US; almaty ist die hauptstadt von kasachstan=KZ
yes-no-check | richtig dass {} | dodoma die hauptstadt von tansania ist=TZ; gitega die hauptstadt von burundi ist=BI; naypyidaw die hauptstadt von myanmar ist=MM
yes-no-check | heißt die hauptstadt von {} | neuseeland auckland=NZ; pakistan karatschi=PK; bolivien la paz=BO
yes-no-check | ist bonn noch die hauptstadt von deutschland | DE
yes-no-check | ist wien die hauptstadt von österreich oder salzburg | AT
yes-no-check | ist kiew die hauptstadt der ukraine | UA
yes-no-check | ist astana immer noch die hauptstadt von kasachstan | KZ
yes-no-check | ist bern wirklich die hauptstadt der schweiz | CH
yes-no-check | ist yamoussoukro die hauptstadt der elfenbeinküste | CI
yes-no-check | ist die hauptstadt von brasilien brasília oder rio | BR
yes-no-check | jau ist kopenhagen die hauptstadt von dänemark | DK

# Reverse questions.
reverse-question | {} ist die hauptstadt von welchem land | ouagadougou=CITY:Ouagadougou; bischkek=CITY:Bischkek; ulaanbaatar=CITY:Ulaanbaatar
reverse-question | von welchem land ist {} die hauptstadt | windhoek=CITY:Windhoek; lusaka=CITY:Lusaka; harare=CITY:Harare
reverse-question | {} ist hauptstadt wovon | nuuk=CITY:Nuuk; tórshavn=CITY:Tórshavn; reykjavík=CITY:Reykjavík
reverse-question | welches land hat {} als hauptstadt | tiflis=CITY:Tiflis; eriwan=CITY:Eriwan; baku=CITY:Baku
reverse-question | zu welchem land gehört die hauptstadt {} | vientiane=CITY:Vientiane; phnom penh=CITY:Phnom Penh; hanoi=CITY:Hanoi
reverse-question | wovon ist {} die hauptstadt | kathmandu=CITY:Kathmandu; thimphu=CITY:Thimphu; dhaka=CITY:Dhaka
reverse-question | {} ist die hauptstadt welches staates | montevideo=CITY:Montevideo; asunción=CITY:Asunción; quito=CITY:Quito
reverse-question | in welchem land ist {} die hauptstadt | tegucigalpa=CITY:Tegucigalpa; managua=CITY:Managua; belmopan=CITY:Belmopan
reverse-question | welcher staat hat die hauptstadt {} | nouakchott=CITY:Nouakchott; niamey=CITY:Niamey; bamako=CITY:Bamako
reverse-question | die hauptstadt {} gehört zu welchem land | paramaribo=CITY:Paramaribo; georgetown=CITY:Georgetown; caracas=CITY:Caracas
reverse-question | welches bundesland hat {} als landeshauptstadt | schwerin=CITY:Schwerin; magdeburg=CITY:Magdeburg; potsdam=CITY:Potsdam
reverse-question | von welchem bundesstaat ist {} die hauptstadt | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; juneau=CITY:Juneau
reverse-question | wessen hauptstadt ist {} | ljubljana=CITY:Ljubljana; bratislava=CITY:Bratislava; vilnius=CITY:Vilnius
reverse-question | is gut und {} ist die hauptstadt von was | gaborone=CITY:Gaborone; maseru=CITY:Maseru; maputo=CITY:Maputo

# Launch and one-shot.
launch | alexa öffne hauptstädte der welt | LAUNCH
launch | starte hauptstädte der welt | LAUNCH
launch | hauptstädte der welt starten bitte | LAUNCH
launch | ich möchte hauptstädte der welt spielen | LAUNCH
launch | jau mach mal hauptstädte der welt auf | LAUNCH
launch | lowkey öffne mal hauptstädte der welt | LAUNCH
launch | allez starte hauptstädte der welt | LAUNCH
launch | öffne bitte die haupt städte der welt | LAUNCH
launch | aktiviere hauptstädte der welt | LAUNCH
launch | skill hauptstädte der welt öffnen | LAUNCH
one-shot | frag hauptstädte der welt nach der hauptstadt von {} | neuseeland=NZ; kanada=CA; mexiko=MX
one-shot | öffne hauptstädte der welt und sag mir die hauptstadt von {} | chile=CL; peru=PE; kuba=CU
one-shot | sag hauptstädte der welt ich will die hauptstadt von {} wissen | jordanien=JO; syrien=SY; israel=IL
one-shot | starte hauptstädte der welt was ist die hauptstadt von {} | taiwan=TW; japan=JP; mongolei=MN

# Help.
help | hilfe | HELP
help | was kann ich dich hier fragen | HELP
help | wie funktioniert das hier | HELP
help | was kann der skill alles | HELP
help | ich weiß nicht wie das geht hilf mir | HELP
help | erklär mir mal wie ich das benutze | HELP
help | was soll ich jetzt sagen | HELP
help | welche fragen verstehst du | HELP
help | ja nee wie geht das hier | HELP
help | dis donc wie funktioniert das | HELP
help | jau hilfe bitte | HELP
help | kannst du mir erklären was ich machen kann | HELP
help | was für befehle gibt es | HELP
help | ich brauche eine anleitung | HELP
help | hilfe ich komm nicht weiter | HELP
help | wie frage ich nach einer hauptstadt | HELP
help | lowkey versteh ich das nicht was muss ich sagen | HELP
help | gib mir mal ein paar beispiele | HELP
help | wie bediene ich das | HELP
help | hoppla was kann man hier machen | HELP
help | bitte um hilfe | HELP
help | nu wie geht'n das | HELP

# Stop: end the skill.
stop | stopp | STOP
stop | hör auf | STOP
stop | aufhören bitte | STOP
stop | schluss jetzt | STOP
stop | ende | STOP
stop | beenden | STOP
stop | skill beenden | STOP
stop | mach aus | STOP
stop | das reicht für heute tschüss | STOP
stop | jau das war's tschüss | STOP
stop | ich hab keine lust mehr hör auf | STOP
stop | sei still | STOP
stop | stopp stopp stopp | STOP
stop | alexa aus | STOP
stop | verlasse hauptstädte der welt | STOP
stop | genug jetzt danke tschüss | STOP
stop | is gut man tschüss | STOP
stop | allez tschüss alexa | STOP
stop | ruhe jetzt | STOP
stop | halt die klappe | STOP
stop | ciao und schluss | STOP
stop | beende das spiel | STOP

# Cancel: call off what is going on.
cancel | abbrechen | CANCEL
cancel | abbruch | CANCEL
cancel | vergiss es | CANCEL
cancel | vergiss die frage | CANCEL
cancel | nee lass mal | CANCEL
cancel | lass gut sein | CANCEL
cancel | ach egal vergiss es | CANCEL
cancel | brich ab | CANCEL
cancel | bitte abbrechen | CANCEL
cancel | storniere das | CANCEL
cancel | doch nicht | CANCEL
cancel | ich will doch nichts wissen | CANCEL
cancel | nee passt schon vergiss es | CANCEL
cancel | abbrechen bitte danke | CANCEL
cancel | vorgang abbrechen | CANCEL
cancel | hat sich erledigt | CANCEL
cancel | jau abbrechen | CANCEL
cancel | laisse tomber vergiss es | CANCEL
cancel | nu lass mal sein | CANCEL
cancel | schon gut abbrechen | CANCEL
cancel | vergiss das wieder | CANCEL
cancel | lieber doch nicht | CANCEL

# Out of domain: other facts about a named country.
out-of-domain | wie viele einwohner hat {} | kasachstan=FB; norwegen=FB; brasilien=FB
out-of-domain | welche sprache spricht man in {} | namibia=FB; belgien=FB; der schweiz=FB
out-of-domain | was ist die währung von {} | ungarn=FB; polen=FB; japan=FB
out-of-domain | wie groß ist {} | kanada=FB; russland=FB; australien=FB
out-of-domain | wer ist der präsident von {} | frankreich=FB; brasilien=FB; kenia=FB
out-of-domain | was ist die größte stadt von {} | australien=FB; der türkei=FB; kanada=FB
out-of-domain | wie hoch ist der höchste berg in {} | österreich=FB; nepal=FB; argentinien=FB
out-of-domain | wie spät ist es in {} | neuseeland=FB; japan=FB; mexiko=FB
out-of-domain | welche farben hat die flagge von {} | estland=FB; ghana=FB; nepal=FB
out-of-domain | wie lange fliegt man nach {} | thailand=FB; peru=FB; island=FB
out-of-domain | wie viele einwohner hat die hauptstadt von {} | ägypten=FB; indonesien=FB; mexiko=FB
out-of-domain | was ist die nationalhymne von namibia | FB
out-of-domain | wer regiert gerade in ungarn | FB
out-of-domain | wie heißt der längste fluss in afrika | FB
out-of-domain | wann wurde berlin hauptstadt | FB
out-of-domain | seit wann ist bonn nicht mehr hauptstadt | FB
out-of-domain | wie weit ist es von wien nach prag | FB
out-of-domain | wie ist das wetter in lissabon | FB
out-of-domain | wie viele länder gibt es auf der welt | FB
out-of-domain | welches land hat die meisten einwohner | FB
out-of-domain | was ist das größte land der welt | FB
out-of-domain | an welches land grenzt luxemburg | FB
out-of-domain | welche vorwahl hat belgien | FB
out-of-domain | brauche ich ein visum für vietnam | FB
out-of-domain | auf welchem kontinent liegt guyana | FB
out-of-domain | wie viele bundesländer hat österreich | FB
out-of-domain | wie viele bundesstaaten haben die usa | FB

# Out of domain: capital in other senses, near misses.
out-of-domain | was bedeutet hauptstadt auf englisch | FB
out-of-domain | wie schreibt man hauptstadt | FB
out-of-domain | ist paris die hauptstadt der mode | FB
out-of-domain | welche stadt ist die kulturhauptstadt europas dieses jahr | FB
out-of-domain | was ist die fahrradhauptstadt deutschlands | FB
out-of-domain | welche stadt ist die hauptstadt der liebe | FB
out-of-domain | wie viel eigenkapital brauche ich für ein haus | FB
out-of-domain | was heißt capital letter auf deutsch | FB
out-of-domain | ich wohne in der hauptstadt | FB
out-of-domain | spiel den song hauptstadt | FB
out-of-domain | wie viele hauptstädte gibt es auf der welt | FB
out-of-domain | was ist die schönste hauptstadt europas | FB
out-of-domain | welche hauptstadt liegt am höchsten | FB
out-of-domain | welche hauptstadt ist die kälteste der welt | FB
out-of-domain | was ist die hauptstadt des bösen im film | FB
out-of-domain | wie komme ich zum hauptbahnhof | FB
out-of-domain | welche stadt ist die weinhauptstadt der pfalz | FB
out-of-domain | was ist ein hauptsatz | FB
out-of-domain | wann fährt der nächste zug in die hauptstadt | FB
out-of-domain | zeig mir bilder von der hauptstadt | FB

# Out of domain: everyday assistant requests.
out-of-domain | stell einen timer auf zehn minuten | FB
out-of-domain | spiel musik von helene fischer | FB
out-of-domain | wie wird das wetter morgen | FB
out-of-domain | setz milch auf die einkaufsliste | FB
out-of-domain | mach das licht im wohnzimmer an | FB
out-of-domain | erzähl mir einen witz | FB
out-of-domain | wie spät ist es | FB
out-of-domain | weck mich um halb fünf | FB
out-of-domain | spiel die nachrichten ab | FB
out-of-domain | wie hat schalke gespielt | FB
out-of-domain | wer hat die eishockey wm gewonnen | FB
out-of-domain | ruf mama an | FB
out-of-domain | wie viel gramm mehl für einen hefeteig | FB
out-of-domain | was ist zwölf mal sieben | FB
out-of-domain | wie lange muss ich pho kochen | FB
out-of-domain | lies mir ein hörbuch vor | FB
out-of-domain | lowkey spiel was von apache | FB
out-of-domain | jau mach mal radio an | FB
out-of-domain | wie heißt der bürgermeister von eupen | FB
out-of-domain | wann schließt die apotheke | FB
# Second batch, after the first build (742 kept): stop, cancel, help and out-of-domain lines (many short ones were in
# earlier rounds), Germany and Saint Vincent, more questions.
stop | ich bin fertig mit dem quiz tschüss alexa | STOP
stop | okay danke das war alles für heute | STOP
stop | beende hauptstädte der welt | STOP
stop | feierabend alexa mach schluss | STOP
stop | jo mei jetzt reicht's aus | STOP
stop | nu is gut ende jetzt | STOP
stop | gute nacht alexa hör auf | STOP
stop | ich muss los beende den skill | STOP
stop | safe das war's bye | STOP
stop | stopp das quiz ist vorbei | STOP
stop | danke schön und aus | STOP
stop | merci das ist alles tschüss | STOP
stop | ja nee man ich hör jetzt auf | STOP
stop | servas und schluss für heute | STOP
stop | hör jetzt bitte auf zu reden | STOP
stop | schalte den skill aus | STOP
stop | ende gelände tschüss | STOP
stop | schicht ist vorbei alexa beende das | STOP
cancel | nee abbrechen ich hab mich verfragt | CANCEL
cancel | abbrechen falsche frage | CANCEL
cancel | ach vergiss die letzte frage | CANCEL
cancel | warte abbrechen abbrechen | CANCEL
cancel | lass die frage weg | CANCEL
cancel | ne doch nicht abbrechen | CANCEL
cancel | allez vergiss es | CANCEL
cancel | ja nee lass mal stecken | CANCEL
cancel | hopla abbrechen bitte | CANCEL
cancel | streich das | CANCEL
cancel | die frage ist hinfällig abbrechen | CANCEL
cancel | nimm das zurück | CANCEL
cancel | brich die frage ab | CANCEL
cancel | lowkey vergiss was ich gesagt hab | CANCEL
help | was kann ich in hauptstädte der welt alles fragen | HELP
help | servas wie funktioniert der skill | HELP
help | sag mir was ich hier sagen kann | HELP
help | ich bin neu hier was geht | HELP
help | welche länder kennst du und wie frag ich | HELP
help | merci und wie geht das jetzt genau | HELP
launch | servas öffne hauptstädte der welt | LAUNCH
launch | nu starte mal die hauptstädte der welt | LAUNCH
launch | ja nee mach hauptstädte der welt an | LAUNCH
launch | spiel hauptstädte der welt | LAUNCH
out-of-domain | wie viele einwohner hat {} eigentlich | eupen=FB; windhoek=FB; straßburg=FB
out-of-domain | wo liegt {} auf der karte | tuvalu=FB; bhutan=FB; eswatini=FB
out-of-domain | was kann man in {} besichtigen | riga=FB; tiflis=FB; hanoi=FB
out-of-domain | wie ist das wetter in {} morgen | kopenhagen=FB; reykjavík=FB; lima=FB
out-of-domain | wann ist {} unabhängig geworden | namibia=FB; indonesien=FB; kroatien=FB
out-of-domain | welche amtssprachen hat {} | belgien=FB; luxemburg=FB; südafrika=FB
out-of-domain | was isst man typisch in {} | georgien=FB; äthiopien=FB; peru=FB
out-of-domain | welche zeitzone hat {} | kasachstan=FB; indien=FB; chile=FB
out-of-domain | wie heißt der premierminister von kanada | FB
out-of-domain | wie heißt die hauptstraße in windhoek | FB
out-of-domain | welche stadt ist die heimliche hauptstadt deutschlands | FB
out-of-domain | was ist die hauptstadt von atlantis | FB
out-of-domain | was ist die hauptstadt von mittelerde | FB
out-of-domain | wer hat die hauptstadt von deutschland nach berlin verlegt | FB
out-of-domain | wie viel kostet ein flug nach tiflis | FB
out-of-domain | was ist großbuchstabe auf englisch | FB
out-of-domain | wie viel kapital braucht eine gmbh | FB
out-of-domain | spiel den podcast über hauptstädte | FB
out-of-domain | stell den wecker auf vier uhr ich muss in die backstube | FB
out-of-domain | wie wird das wetter auf dem jakobsweg | FB
out-of-domain | wer führt in der doppelkopf liste | FB
out-of-domain | wie viele punkte hat ein grand beim skat | FB
out-of-domain | welche stadt war die hauptstadt der ddr | FB
out-of-domain | wie viele einwohner hat ostbelgien | FB
out-of-domain | welche länder grenzen an namibia | FB
out-of-domain | erinnere mich morgen an den botschaftstermin | FB
out-of-domain | was ist die hauptstadt von narnia | FB
out-of-domain | übersetze hauptstadt ins französische | FB
out-of-domain | wie alt ist der papst | FB
out-of-domain | welcher fluss fließt durch budapest | FB
official-name | was ist die hauptstadt von der bundesrepublik | DE
everyday-name | und die hauptstadt von deutschland nu | DE
plain-question | welche stadt ist die hauptstadt von st vincent und die grenadinen | VC
follow-up | und was ist mit sankt vincent | VC
plural-capitals | was sind die beiden hauptstädte von bolivien gell | BO
plural-capitals | welche zwei städte sind hauptstädte von benin | BJ
plural-capitals | in eswatini gibt es zwei hauptstädte welche | SZ
plural-capitals | die hauptstädte von malaysia kuala lumpur und welche noch | MY
plural-capitals | zähl mir die hauptstädte von südafrika auf | ZA
plural-capitals | welche hauptstädte hat palästina | PS
namibia-german | ag man wie heißt nochmal die hauptstadt von {} | simbabwe=ZW; malawi=MW; lesotho=LS
east-belgian | bon alors die hauptstadt von {} wie heißt die | kamerun=CM; senegal=SN; mali=ML
alsatian | jo was ist jetzt die hauptstadt von {} | deutschland=DE; belgien=BE; ungarn=HU
alpine-austrian | servas was is die hauptstadt von {} | liechtenstein=LI; kroatien=HR; slowakei=SK
northern-plain | dat is doch {} oder wie heißt die hauptstadt da | lettland=LV; estland=EE; finnland=FI
thuringia-palatinate | etz sag halt die hauptstadt von {} | kuba=CU; haiti=HT; jamaika=JM
news | in der tagesschau war {} wie heißt die hauptstadt | niger=NE; mali=ML; burkina faso=BF
news | im podcast über {} kam die hauptstadt nicht vor welche ist es | myanmar=MM; bangladesch=BD; pakistan=PK
precise-command | nenne hauptstadt land {} | tonga=TO; kiribati=KI; nauru=NR
precise-command | abfrage hauptstadt {} | palau=PW; mikronesien=FM; salomonen=SB
tail-politeness | die hauptstadt von {} wäre nett | ruanda=RW; angola=AO; gabun=GA
kitchen | für die pierogi brauch ich kurz die hauptstadt von {} | polen=PL; der ukraine=UA; belarus=BY
elder | mein mann war früher in {} auf montage was ist da die hauptstadt | libyen=LY; irak=IQ; algerien=DZ
gen-z | cringe dass ich das nicht weiß die hauptstadt von {} | ungarn=HU; portugal=PT; griechenland=GR
"""

if __name__ == "__main__":
    build_round(21, "de", LINES, sys.argv, "tests/Eval/de/round21/source/build_corpus.py")
