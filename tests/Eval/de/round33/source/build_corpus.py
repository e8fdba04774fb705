"""Round 33, German (de-DE): a new author's own mix, written blind (brief WRITER40.md). Speakers chosen away from
rounds 29-32: Carinthians at the Kirchtag ("servas", "jo lei", "wos is denn die hauptstodt vo", "i moan", "gemma"),
Styrians in Graz ("heast", "waß des kaner", buying pumpkin-seed oil), Vorarlbergers on Lake Constance ("hoi zemma",
"luag amol", "wo isch d hauptstadt vo", "gwisst"), people from Baden in the Black Forest ("ha jo", "weisch", "vun",
"nit", "hör uf"), Thuringians in Erfurt ("nu", "ich wees es nich", "de hauptstadt vun", "weeßte", the bratwurst
stand), Upper Palatinates at the Zoigl ("wos is n dou", "mou i", "woiß"), German-speaking East Belgians in Eupen
("allez", "wat", "jung sach mir ma"), the Danish minority in Flensburg ("hej", "tak", "hvad er ne"), Croatian families
("ajme", "bok", "ma daj", the baka, "hvala"), Spanish families ("oye", "venga", "vale", the abuela), Portuguese
families ("olha", "pá", the avó, "obrigado"), Korean families ("aigoo", "ne ne", the halmeoni, "gamsahamnida"), Indian
IT families in Munich ("arre yaar", "achha", "theek hai", the nani, half in English), Romanian care workers ("hai",
"bine", "mersi", the doamna), Moroccan families ("wakha", "safi", the yemma, "choukran"), Nigerian students ("abeg",
"oya my guy", "na wa o", "wetin be", Pidgin), Chinese students ("aiya", "nage", "hao de"), Czech commuters ("ahoj",
"no jo"), Hungarian families ("szia", "köszi", the nagyi), Kurdish families ("spas", the bira), a six-year-old and a
child doing homework, very old people ("mein gott kind", "ich bin neunzig"), learners (deliberately ungrammatical:
"bitte du sagen mir", "ist welches stadt", "der hauptstadt für"). At work: a supermarket till, the grape harvest on
the Mosel, a pharmacy, mountain rescue waiting for the helicopter, a driving school, a zoo keeper, a shepherd, a
butcher's counter, museum staff after closing, the Lake Constance ferry captain, a nursery teacher, a radio presenter.
Games and sport: Risiko, Tabu, Kniffel, Schafkopf, Activity, the darts World Championship, handball, Wimbledon, the
medal table, a geography olympiad. Travel: the Way of St James, Route 66, Mallorca, Work and Travel, an Erasmus
semester, Lake Garda, a school exchange, a cruise. Home: carnival costumes, the Advent calendar, spring cleaning,
Tatort on Sunday, painting the flat, a barbecue, the Oktoberfest. Plus the genitive, the polite Sie, terse forms,
follow-ups, yes/no checks with right and wrong guesses, self-corrections (marked "nein", "äh ich mein", "sorry",
"moment nein", "ach quatsch", "nee", "pardon", "na i moan", "falsch ich meine", "korrigiere", "stopp ich meinte",
"ne warte", "mein fehler", "oh mist"; the last place named is expected), reverse questions (CITY:<capital>), official,
everyday and old names, shared names (Kongo, Korea, Georgia, Jungferninseln), plurals of every several-capital country
and Palestine, subdivisions and territories, one-shot requests with "hauptstädte der welt", launch, help, stop, cancel
and out of domain (other requests, "Kapital" and "Hauptstadt" in other senses, regions the data has no capital for).
`python3 tests/Eval/de/round33/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 33's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
plain-question | alexa was ist eigentlich die hauptstadt von {} weißt du das | kanada=CA; australien=AU; neuseeland=NZ
plain-question | welche stadt ist in {} die hauptstadt | china=CN; indien=IN
plain-question | in {} was ist da die hauptstadt | brasilien=BR; chile=CL; peru=PE
plain-question | sag mir bitte wie die hauptstadt von {} lautet | polen=PL; tschechien=CZ; ungarn=HU
plain-question | ich such die hauptstadt von {} | rumänien=RO; bulgarien=BG; serbien=RS
plain-question | was wäre denn die hauptstadt von {} | kroatien=HR; slowenien=SI; bosnien und herzegowina=BA
plain-question | hauptstadt von {} wie heißt die gleich | montenegro=ME; albanien=AL; nordmazedonien=MK
plain-question | mal ne frage welche hauptstadt hat {} | lettland=LV; litauen=LT; estland=EE
plain-question | wo sitzt denn die regierung in {} also welche stadt ist hauptstadt | bolivien=BO; ecuador=EC; paraguay=PY

genitive | wie lautet die hauptstadt {} | perus=PE; chiles=CL; argentiniens=AR
genitive | kennst du zufällig die hauptstadt {} | jordaniens=JO; syriens=SY; saudi-arabiens=SA
genitive | was ist denn die hauptstadt {} nochmal genau | des libanon=LB; des jemen=YE; des oman=OM
genitive | verrat mir die hauptstadt {} | der türkei=TR; der ukraine=UA; der slowakei=SK
genitive | die hauptstadt {} wie heißt die | nicaraguas=NI; kubas=CU; belizes=BZ
genitive | welches ist eigentlich die hauptstadt {} | der bahamas=BS; der komoren=KM; der marshallinseln=MH
genitive | ich wüsste gern die hauptstadt {} | sambias=ZM; simbabwes=ZW; namibias=NA
genitive | hauptstadt {} bitte | tansanias=TZ; äthiopiens=ET; eritreas=ER

polite | verzeihung könnten sie mir sagen was die hauptstadt von {} ist | dänemark=DK; norwegen=NO; schweden=SE
polite | würden sie mir bitte die hauptstadt von {} verraten | island=IS; irland=IE; finnland=FI
polite | hätten sie die güte mir die hauptstadt von {} zu nennen | portugal=PT; spanien=ES; andorra=AD
polite | sehr geehrte alexa welche hauptstadt hat {} | malta=MT; zypern=CY; griechenland=GR
polite | ich bitte sie höflichst um die hauptstadt von {} | san marino=SM; monaco=MC; liechtenstein=LI
polite | wenn es keine umstände macht die hauptstadt von {} bitte | uruguay=UY; venezuela=VE; kolumbien=CO

terse | {} hauptstadt schnell | jamaika=JM
terse | hauptstadt {} sofort | barbados=BB; grenada=GD; dominica=DM
terse | {} hauptstadt sag | katar=QA; bahrain=BH; kuwait=KW
terse | hauptstadt {} und fertig | laos=LA; kambodscha=KH; vietnam=VN
terse | {} hauptstadt was | mali=ML; niger=NE; tschad=TD

carinthian | servas alexa wos is denn die hauptstodt vo {} | italien=IT; slowenien=SI; kroatien=HR
carinthian | jo lei sog ma amol die hauptstodt vo {} | frankreich=FR; belgien=BE; luxemburg=LU
carinthian | i moan i woas es eh owa wos is die hauptstodt vo {} | schweiz=CH; österreich=AT; deutschland=DE
carinthian | heit beim kirchtag hom ma gstrittn wos die hauptstodt vo {} is | ungarn=HU; rumänien=RO; moldawien=MD
carinthian | gemma alexa hauptstodt vo {} oba flott | serbien=RS; kosovo=XK; bulgarien=BG
carinthian | jo eh klor owa wie hoaßt jetz die hauptstodt vo der mongolei | MN

styrian | heast oida naa sag ma liaba die hauptstodt vo {} | usbekistan=UZ; turkmenistan=TM; tadschikistan=TJ
styrian | do in graz waß des kaner wos is die hauptstodt vo {} | kasachstan=KZ; kirgisistan=KG; afghanistan=AF
styrian | jo passt eh und die hauptstodt vo {} | pakistan=PK; bangladesch=BD; nepal=NP
styrian | beim kernöl kaufen hot mi ana gfrogt wos die hauptstodt vo bhutan is | BT

vorarlberg | hoi zemma alexa wia hoaßt d hauptstadt vo {} | liechtenstein=LI; schweiz=CH; andorra=AD
vorarlberg | luag amol wo isch d hauptstadt vo {} | malaysia=MY; singapur=SG; brunei=BN
vorarlberg | i hätt gern gwisst was d hauptstadt vo {} isch | indonesien=ID; philippinen=PH; osttimor=TL
vorarlberg | mir sind am bodensee und streitet was d hauptstadt vo {} isch | dänemark=DK; schweden=SE; norwegen=NO

baden | ha jo alexa weisch du was die hauptstadt vun {} isch | frankreich=FR; spanien=ES; portugal=PT
baden | sag emol wie heißt die hauptstadt vun {} | marokko=MA; algerien=DZ; tunesien=TN
baden | mir sin do im schwarzwald und mir wisse die hauptstadt vun {} nit | ägypten=EG; libyen=LY; sudan=SD
baden | jetz sag halt die hauptstadt vun kamerun gell | CM

thuringian | nu alexa was is n de hauptstadt vun {} | belarus=BY; russland=RU; ukraine=UA
thuringian | ich wees es nich mehr was is de hauptstadt vun {} | lettland=LV; litauen=LT; polen=PL
thuringian | bei uns in erfurt am bratwurststand fragt einer nach der hauptstadt vun {} | armenien=AM; georgien=GE; aserbaidschan=AZ
thuringian | gelle alexa de hauptstadt vun {} die weeßte doch | slowakei=SK; tschechien=CZ; ungarn=HU

upper-palatinate | wos is n dou die hauptstodt vo {} | irak=IQ; iran=IR; israel=IL
upper-palatinate | beim zoigl hockma und kaner woiß die hauptstodt vo {} | jordanien=JO; libanon=LB; syrien=SY
upper-palatinate | mou i etz nomol frogn wos is die hauptstodt vo {} | zypern=CY; malta=MT; griechenland=GR

east-belgian | allez alexa wat is denn die hauptstadt von {} | belgien=BE; niederlande=NL; luxemburg=LU
east-belgian | wir sind hier in eupen un wissen die hauptstadt von {} nich | kongo-kinshasa=CD; ruanda=RW; burundi=BI
east-belgian | jung sach mir ma die hauptstadt von {} | frankreich=FR; senegal=SN; elfenbeinküste=CI

danish-minority | hej alexa hvad er ne was ist die hauptstadt von {} | dänemark=DK; grönland=GL; island=IS
danish-minority | jo moin tak schon mal welche hauptstadt hat {} | färöer=FO; norwegen=NO; finnland=FI
danish-minority | wir sind in flensburg an der förde und rätseln über die hauptstadt von {} | schweden=SE; estland=EE; lettland=LV

croatian-family | ajme alexa koja je äh welche ist die hauptstadt von {} | kroatien=HR; bosnien=BA; montenegro=ME
croatian-family | bok alexa meine baka will wissen die hauptstadt von {} | serbien=RS; slowenien=SI; nordmazedonien=MK
croatian-family | ma daj das weiß doch jeder die hauptstadt von {} hvala | albanien=AL; kosovo=XK; griechenland=GR

spanish-family | oye alexa cuál es la äh was ist die hauptstadt von {} | spanien=ES; mexiko=MX; argentinien=AR
spanish-family | venga alexa la abuela fragt nach der hauptstadt von {} | kolumbien=CO; venezuela=VE; ecuador=EC
spanish-family | vale vale und welche hauptstadt hat {} | panama=PA; costa rica=CR; guatemala=GT

portuguese-family | olha alexa qual é a capital de äh die hauptstadt von {} | portugal=PT; angola=AO; mosambik=MZ
portuguese-family | pá a avó quer saber die hauptstadt von {} obrigado | kap verde=CV; guinea-bissau=GW; sao tome=ST

korean-family | aigoo alexa was ist die hauptstadt von {} | südkorea=KR; nordkorea=KP; japan=JP
korean-family | ne ne meine halmeoni fragt hauptstadt von {} was ist | china=CN; mongolei=MN; taiwan=TW
korean-family | gamsahamnida alexa und jetzt die hauptstadt von {} | vietnam=VN; thailand=TH; myanmar=MM

indian-family | arre yaar alexa what is the hauptstadt von {} | indien=IN; pakistan=PK; sri lanka=LK
indian-family | achha alexa meine nani fragt die capital von {} theek hai | nepal=NP; bhutan=BT; bangladesch=BD
indian-family | we are in münchen for the it job und ich will wissen die hauptstadt von {} | malediven=MV; mauritius=MU; seychellen=SC

romanian-carer | hai alexa doamna will wissen was ist hauptstadt von {} | rumänien=RO; moldau=MD; ungarn=HU
romanian-carer | bine bine und die hauptstadt von {} mersi | bulgarien=BG; ukraine=UA; serbien=RS
romanian-carer | die frau müller fragt mich immer hauptstadt von {} ich weiß nicht | österreich=AT; italien=IT; frankreich=FR

moroccan-family | wakha alexa shnu hiya äh was ist die hauptstadt von {} | marokko=MA; algerien=DZ; mauretanien=MR
moroccan-family | yemma will wissen die hauptstadt von {} choukran | tunesien=TN; libyen=LY; ägypten=EG
moroccan-family | safi safi und die hauptstadt von {} | westsahara=EH; mali=ML; senegal=SN

nigerian-student | abeg alexa wetin be the hauptstadt of {} | nigeria=NG; ghana=GH; kamerun=CM
nigerian-student | oya my guy what is die hauptstadt von {} | benin=BJ; togo=TG; niger=NE
nigerian-student | na wa o alexa i forget the hauptstadt von {} | liberia=LR; sierra leone=SL; gambia=GM

chinese-student | aiya alexa nage was ist die hauptstadt von {} | china=CN; taiwan=TW; singapur=SG
chinese-student | hao de danke und die hauptstadt von {} bitte | malaysia=MY; indonesien=ID; laos=LA
chinese-student | entschuldigung mein deutsch ist nicht so gut hauptstadt von {} welche stadt | kambodscha=KH; brunei=BN; philippinen=PH

czech-commuter | ahoj alexa no jo was ist die hauptstadt von {} | tschechien=CZ; slowakei=SK; polen=PL
czech-commuter | ich fahr jeden tag über die grenze und frag mich die hauptstadt von {} | österreich=AT; ungarn=HU; slowenien=SI

hungarian-family | szia alexa a nagyi fragt die hauptstadt von {} | ungarn=HU; rumänien=RO; kroatien=HR
hungarian-family | köszi alexa und welche ist die hauptstadt von {} | serbien=RS; slowakei=SK; ukraine=UA

kurdish-family | spas alexa bira will wissen hauptstadt von {} | irak=IQ; iran=IR; türkei=TR
kurdish-family | ya alexa sag mal schnell hauptstadt von {} ist welche | syrien=SY; armenien=AM; georgien=GE
child | alexa mama sagt du weißt alles was ist die hauptstadt von {} | afrika=FB; australien=AU; brasilien=BR
child | alexa wo wohnt der könig von {} in welcher stadt | thailand=TH; spanien=ES; dänemark=DK
child | ich bin sechs und ich will wissen die hauptstadt von {} | ägypten=EG; kenia=KE; madagaskar=MG
child | alexa papa sagt die hauptstadt von {} heißt so komisch wie heißt die | burkina faso=BF; dschibuti=DJ; tuvalu=TV
child | alexa für meine hausaufgabe was ist die hauptstadt von {} | mexiko=MX; kanada=CA; argentinien=AR
child | alexaaa was ist die hauptstadt von den pinguinen | FB

elder | mein gott kind alexa wie hieß noch die hauptstadt von {} | ungarn=HU; jugoslawien=FB; portugal=PT
elder | alexa ich bin neunzig und vergesslich die hauptstadt von {} bitte | österreich=AT; schweiz=CH; polen=PL
elder | na sag doch mal mädchen was ist die hauptstadt von {} | spanien=ES; italien=IT; griechenland=GR
elder | früher wusste ich das noch die hauptstadt von {} | kanada=CA; chile=CL; kuba=CU
elder | alexa hörst du mich ich frag nach der hauptstadt von {} | norwegen=NO; finnland=FI; tschechien=CZ

learner | hallo alexa ich möchte wissen wo ist hauptstadt von {} | kenia=KE; uganda=UG; tansania=TZ
learner | alexa bitte du sagen mir hauptstadt von {} | eritrea=ER; somalia=SO; südsudan=SS
learner | die hauptstadt von {} ist welches stadt | gabun=GA; äquatorialguinea=GQ; zentralafrikanische republik=CF
learner | ich habe frage was ist der hauptstadt für {} | lesotho=LS; eswatini=SZ; botsuana=BW
learner | alexa kannst du mir sagen die hauptstadt vom {} | sudan=SD; tschad=TD; jemen=YE

work | ich steh hier an der kasse und die kundin fragt was die hauptstadt von {} ist | fidschi=FJ; samoa=WS; tonga=TO
work | wir sind bei der weinlese an der mosel und streiten was ist die hauptstadt von {} | südafrika=ZA; chile=CL; argentinien=AR
work | alexa ich bin apothekerin und ein kunde will die hauptstadt von {} wissen | kiribati=KI; nauru=NR; palau=PW
work | hier ist die bergwacht wir warten auf den hubschrauber was ist die hauptstadt von {} | nepal=NP; pakistan=PK; tadschikistan=TJ
work | fahrstunde ist vorbei und mein fahrschüler will die hauptstadt von {} wissen | mikronesien=FM; vanuatu=VU; salomonen=SB
work | ich bin tierpflegerin im zoo die giraffen kommen aus afrika also was ist die hauptstadt von {} | kenia=KE; tansania=TZ; namibia=NA
work | der schäfer hier fragt nach der hauptstadt von {} | neuseeland=NZ; australien=AU; irland=IE
work | ich steh an der fleischtheke was ist eigentlich die hauptstadt von {} | argentinien=AR; uruguay=UY; paraguay=PY
work | alexa wir sind das museum team nach feierabend welche stadt ist hauptstadt von {} | ägypten=EG; irak=IQ; griechenland=GR
work | hier bodensee fähre kapitän an alexa was ist die hauptstadt von {} | schweiz=CH; österreich=AT; liechtenstein=LI
work | ich bin erzieherin und die kinder wollen die hauptstadt von {} wissen | japan=JP; china=CN; indien=IN
work | moderation läuft gleich weiter schnell die hauptstadt von {} | suriname=SR; guyana=GY; belize=BZ

game | wir spielen risiko und ich greif gleich {} an was ist da die hauptstadt | kamtschatka=FB; ostafrika=FB; brasilien=BR
game | beim tabu darf ich das wort hauptstadt nicht sagen aber was ist die hauptstadt von {} | irland=IE; schottland=GB-SCT; wales=GB-WLS
game | wir spielen kniffel und der verlierer muss die hauptstadt von {} wissen | burundi=BI; ruanda=RW; malawi=MW
game | beim schafkopf wetten wir um a mass was ist die hauptstadt von {} | australien=AU; kanada=CA; brasilien=BR
game | alexa bei der darts wm spielt einer aus {} was ist dort die hauptstadt | den niederlanden=NL; belgien=BE; wales=GB-WLS
game | handball wm heute gegen {} und was ist da die hauptstadt | dänemark=DK; island=IS; ägypten=EG
game | wimbledon läuft gerade die spielerin kommt aus {} hauptstadt davon | kasachstan=KZ; tunesien=TN; belarus=BY
game | im medaillenspiegel steht {} ganz oben welche hauptstadt hat das | jamaika=JM; kenia=KE; äthiopien=ET
game | für die geographie olympiade brauch ich die hauptstadt von {} | aserbaidschan=AZ; kirgisistan=KG; turkmenistan=TM
game | activity runde pantomime war die hauptstadt von {} wie heißt die | peru=PE; kolumbien=CO; bolivien=BO

travel | wir pilgern auf dem jakobsweg und ich frag mich die hauptstadt von {} | spanien=ES; portugal=PT; frankreich=FR
travel | auf der route sechsundsechzig fragt mein mann was ist die hauptstadt von {} | den usa=US; mexiko=MX; kanada=CA
travel | wir fliegen nach mallorca und danach nach {} welche hauptstadt hat das | marokko=MA; tunesien=TN; malta=MT
travel | ich mach work and travel und will die hauptstadt von {} wissen | neuseeland=NZ; australien=AU; fidschi=FJ
travel | erasmus semester geht los was ist die hauptstadt von {} | slowenien=SI; litauen=LT; estland=EE
travel | am gardasee gefragt welche hauptstadt hat eigentlich {} | italien=IT; san marino=SM; vatikan=VA
travel | der schüleraustausch geht nach {} was ist dort die hauptstadt | kanada=CA; irland=IE; neuseeland=NZ

home | wir basteln karnevalskostüme mit flaggen und die tochter fragt nach der hauptstadt von {} | jamaika=JM; ägypten=EG; indien=IN
home | beim adventskalender ist hinter türchen zwölf ein rätsel was ist die hauptstadt von {} | finnland=FI; österreich=AT; polen=PL
home | alexa beim frühjahrsputz fällt mir ein was ist die hauptstadt von {} | ghana=GH; senegal=SN; elfenbeinküste=CI
home | tatort läuft gleich und die kommissare fahren nach {} hauptstadt davon | österreich=AT; schweiz=CH; luxemburg=LU
home | wir streichen grad die wohnung und mir fällt ein was ist die hauptstadt von {} | guinea=GN; mauritius=MU; komoren=KM
home | beim grillen im garten wettet der nachbar um die hauptstadt von {} | angola=AO; sambia=ZM; simbabwe=ZW
home | beim oktoberfest am tisch fragen die amis was die hauptstadt von {} ist | bayern=DE-BY; deutschland=DE; sachsen=DE-SN

one-shot | alexa frag hauptstädte der welt nach der hauptstadt von {} | uganda=UG; libanon=LB
one-shot | alexa öffne hauptstädte der welt und verrate mir die hauptstadt von {} | ecuador=EC; honduras=HN; el salvador=SV
one-shot | alexa sag hauptstädte der welt sie soll mir die hauptstadt von {} nennen | haiti=HT; guatemala=GT; nicaragua=NI
one-shot | alexa starte hauptstädte der welt für die hauptstadt von {} | kuba=CU; trinidad und tobago=TT; saint lucia=LC
one-shot | alexa bitte hauptstädte der welt wie heißt die hauptstadt von {} | antigua und barbuda=AG; sankt kitts und nevis=KN; sankt vincent und die grenadinen=VC
one-shot | alexa mach hauptstädte der welt auf und sag die hauptstadt von {} | gambia=GM; guinea=GN; sierra leone=SL
one-shot | alexa frag bei hauptstädte der welt was die hauptstädte von bolivien sind | BO
one-shot | alexa lass hauptstädte der welt mal sagen wovon tiflis die hauptstadt ist | CITY:Tiflis
one-shot | servas alexa frog hauptstädte der welt noch der hauptstodt vo kärnten | FB
one-shot | alexa hoi frog mol d hauptstädte der welt wia d hauptstadt vo dänemark hoaßt | DK

launch | alexa starte mal hauptstädte der welt für die kinder | LAUNCH
launch | alexa mach bitte hauptstädte der welt an | LAUNCH
launch | servas alexa start ma hauptstädte der welt | LAUNCH
launch | alexa ich möchte jetzt hauptstädte der welt spielen | LAUNCH
launch | alexa öffne doch bitte mal die hauptstädte der welt | LAUNCH
launch | hey alexa open hauptstädte der welt please | LAUNCH
launch | alexa hauptstädte der welt aufmachen bitte | LAUNCH
launch | alexa nu starte ma hauptstädte der welt | LAUNCH
launch | alexa geh mal in hauptstädte der welt rein | LAUNCH
launch | alexa wir wollen hauptstädte der welt zocken | LAUNCH
launch | alexa hauptstädte der welt öffnen wir sind beim spieleabend | LAUNCH
launch | alexa aktivier mal den skill hauptstädte der welt | LAUNCH
launch | hai alexa öffnen hauptstädte der welt bitte | LAUNCH
follow-up | und bei {} | nepal=NP; tibet=FB; bhutan=BT
follow-up | okay und jetzt noch {} | samoa=WS; tonga=TO; tuvalu=TV
follow-up | gut und was ist mit {} | nauru=NR; kiribati=KI; palau=PW
follow-up | aha und die von {} | ruanda=RW; burundi=BI; uganda=UG
follow-up | jo und {} dann | gabun=GA; kamerun=CM; äquatorialguinea=GQ
follow-up | nu und {} wie is es do | mali=ML; burkina faso=BF; niger=NE
follow-up | alles klar und von {} | somalia=SO; dschibuti=DJ; eritrea=ER
follow-up | und was hat {} für eine | lesotho=LS; eswatini=SZ; botsuana=BW
follow-up | na gut dann eben {} | mauretanien=MR; togo=TG; benin=BJ
follow-up | und wie schauts mit {} aus | tadschikistan=TJ; usbekistan=UZ; kasachstan=KZ
follow-up | ajme und {} | montenegro=ME; kosovo=XK; albanien=AL
follow-up | jetzt noch schnell die hauptstadt von {} hinterher | liberia=LR; guinea-bissau=GW; sierra leone=SL
follow-up | weiter gehts mit {} | vanuatu=VU; salomonen=SB; papua-neuguinea=PG

yes-no-check | ist {} oder nicht | zürich die hauptstadt der schweiz=CH; wien die hauptstadt von österreich=AT; istanbul die hauptstadt der türkei=TR
yes-no-check | mein opa behauptet {} hat er recht | bonn ist die hauptstadt von deutschland=DE; krakau ist die hauptstadt von polen=PL; st petersburg ist die hauptstadt von russland=RU
yes-no-check | ist die hauptstadt von {} richtig | marokko casablanca=MA; vietnam hanoi=VN; nigeria lagos=NG
yes-no-check | alexa heißt die hauptstadt von {} | kenia nairobi=KE; südafrika johannesburg=ZA
yes-no-check | ich glaub {} stimmt das | auckland ist die hauptstadt von neuseeland=NZ; die hauptstadt von myanmar ist rangun=MM; die hauptstadt von kasachstan ist almaty=KZ
yes-no-check | wette gilt {} ja oder nein | die hauptstadt von pakistan ist karatschi=PK; die hauptstadt von indien ist neu-delhi=IN; die hauptstadt von ägypten ist kairo=EG
yes-no-check | alexa ist reykjavik wirklich die hauptstadt von island | IS
yes-no-check | jo stimmts dass klagenfurt die hauptstadt von kärnten is | FB
yes-no-check | nu is erfurt de hauptstadt von thüringen oder weimar | DE-TH
yes-no-check | ist stuttgart die landeshauptstadt von baden-württemberg oder karlsruhe | DE-BW
yes-no-check | ajme ist split die hauptstadt von kroatien | HR
yes-no-check | abeg is abuja the hauptstadt of nigeria or lagos | NG
yes-no-check | hai stimmt das bukarest ist hauptstadt von rumänien | RO
yes-no-check | ist new york die hauptstadt vom bundesstaat new york | US-NY
yes-no-check | die hauptstadt von kalifornien ist doch los angeles oder | US-CA
yes-no-check | alexa ist chicago die hauptstadt von illinois | US-IL
yes-no-check | ist toronto die hauptstadt von ontario | CA-ON
yes-no-check | ist die hauptstadt von marokko nicht rabat | MA
yes-no-check | ist tel aviv die hauptstadt von israel ja oder nein | IL
yes-no-check | ist genf die hauptstadt der schweiz ich glaub schon | CH

self-correction | was ist denn die hauptstadt von {} | schweden nein norwegen=NO; österreich äh ich mein ungarn=HU; peru oh sorry chile=CL
self-correction | hauptstadt von {} bitte | kenia moment nein uganda=UG; island ach quatsch irland=IE; slowakei nee slowenien=SI
self-correction | alexa sag mir die hauptstadt von {} | niger nein nigeria=NG; guinea ach nein guyana=GY; österreich pardon australien=AU
self-correction | jo wos is die hauptstodt vo {} | kärnten na i moan slowenien=SI; italien na do moan i frankreich=FR; tirol naa bayern=DE-BY
self-correction | welche stadt ist die hauptstadt von {} | iran oder nein irak=IQ; lettland falsch ich meine litauen=LT; dänemark korrigiere niederlande=NL
self-correction | die hauptstadt von {} bitte | mali stopp ich meinte malawi=MW; sambia nein gambia=GM; togo äh tonga=TO
self-correction | aiya alexa hauptstadt von japan nein nein von korea süd | KR
self-correction | ich will die hauptstadt von paraguay wissen ne warte uruguay | UY
self-correction | abeg hauptstadt of ghana sorry i mean benin | BJ
self-correction | die hauptstadt von kolumbien oh mist ich meine kambodscha | KH
self-correction | die hauptstadt von mauritius mein fehler mauretanien | MR
self-correction | was ist die hauptstadt von slowenien quatsch slowakei | SK

reverse-question | {} ist die hauptstadt von welchem land | tegucigalpa=CITY:Tegucigalpa; ulan bator=CITY:Ulaanbaatar
reverse-question | zu welchem land gehört die hauptstadt {} | taschkent=CITY:Taschkent
reverse-question | von welchem staat ist {} die hauptstadt | paramaribo=CITY:Paramaribo; georgetown=CITY:Georgetown; belmopan=CITY:Belmopan
reverse-question | {} ist doch irgendwo hauptstadt aber wovon | windhuk=CITY:Windhoek; gaborone=CITY:Gaborone; maseru=CITY:Maseru
reverse-question | {} welches land hat die als hauptstadt | lilongwe=CITY:Lilongwe; kigali=CITY:Kigali; gitega=CITY:Gitega
reverse-question | ich hab {} gehört wovon ist das die hauptstadt | nuku'alofa=CITY:Nuku'alofa; apia=CITY:Apia; funafuti=CITY:Funafuti
reverse-question | jo von wos is {} die hauptstodt | vaduz=CITY:Vaduz; ljubljana=CITY:Ljubljana; podgorica=CITY:Podgorica
reverse-question | nu von welchem land is {} de hauptstadt | vilnius=CITY:Vilnius; riga=CITY:Riga; tallinn=CITY:Tallinn
reverse-question | in welchem land ist {} die hauptstadt | dschuba=CITY:Juba
reverse-question | {} ist hauptstadt wovon | bamako=CITY:Bamako; niamey=CITY:Niamey; nouakchott=CITY:Nouakchott
reverse-question | alexa welcher bundesstaat hat {} als hauptstadt | sacramento=CITY:Sacramento; tallahassee=CITY:Tallahassee; juneau=CITY:Juneau
reverse-question | abeg which country get {} as hauptstadt | abuja=CITY:Abuja; accra=CITY:Accra; freetown=CITY:Freetown

official-name | was ist die hauptstadt {} | des königreichs schweden=SE; der republik finnland=FI
official-name | welche hauptstadt hat die {} | bundesrepublik deutschland=DE; schweizerische eidgenossenschaft=CH
official-name | wie heißt die hauptstadt vom {} | königreich kambodscha=KH; sultanat brunei=BN
official-name | was ist die hauptstadt der {} nochmal | islamischen republik iran=IR; arabischen republik ägypten=EG; republik der union myanmar=MM
official-name | sag mir die hauptstadt vom {} | königreich saudi-arabien=SA; staat kuwait=KW
official-name | was ist die hauptstadt der {} eigentlich | föderativen republik brasilien=BR; argentinischen republik=AR; bolivarischen republik venezuela=VE
official-name | welche stadt ist hauptstadt der {} | hellenischen republik=GR; italienischen republik=IT; portugiesischen republik=PT
official-name | die hauptstadt des {} | vereinigten königreichs=GB; fürstentums monaco=MC
official-name | alexa hauptstadt der {} | demokratischen volksrepublik laos=LA; sozialistischen republik vietnam=VN; republik der philippinen=PH

everyday-name | was ist die hauptstadt von {} eigentlich nochmal | holland=NL; england=GB-ENG; amerika=US
everyday-name | hauptstadt {} wie heißt die | weißrussland=BY; tschechei=CZ; elfenbeinküste=CI
everyday-name | wie heißt eigentlich die hauptstadt von {} | kirgisien=KG; moldawien=MD; mazedonien=MK
everyday-name | sag mal die hauptstadt von {} | den emiraten=AE; saudi=SA; der dominikanischen republik=DO
everyday-name | und was ist die hauptstadt von {} | großbritannien=GB; kongo brazzaville=CG; osttimor=TL
everyday-name | was is n die hauptstadt von {} | den staaten=US; kap verde=CV; den vae=AE

old-name | alexa die hauptstadt von {} wie man früher gesagt hat | persien=IR; siam=TH; ceylon=LK
old-name | was ist heute die hauptstadt vom früheren {} | zaire=CD; abessinien=ET; obervolta=BF
old-name | mein opa sagt noch {} was ist dort die hauptstadt | birma=MM; rhodesien=ZW; swasiland=SZ
old-name | alexa hauptstadt von {} wie das früher hieß | dahome=BJ; betschuanaland=BW; formosa=TW

shared-name | sag mir mal die hauptstadt von {} | den jungferninseln=VG+VI; beiden koreas=KP+KR; dem kongo=CD+CG
shared-name | hauptstadt vom {} was ist das | kongo=CD+CG; großen kongo=CD; kleinen kongo=CG
shared-name | welche hauptstadt hat eigentlich {} | korea=KP+KR; georgia=GE+US-GA; nord und südkorea=KP+KR
shared-name | und was ist die hauptstadt von {} genau | dem us-bundesstaat georgia=US-GA; dem land georgien=GE; der demokratischen republik kongo=CD
shared-name | ajme die hauptstadt vom kongo der kleine kongo nicht der große | CG
shared-name | die hauptstadt vom kongo mit kinshasa oder brazzaville | CD+CG
shared-name | aigoo hauptstadt von korea bitte | KP+KR
shared-name | hauptstadt von georgia dem bundesstaat in amerika | US-GA
shared-name | was ist die hauptstadt von den amerikanischen jungferninseln | VI

plural-capitals | nenn mir alle hauptstädte von {} | den niederlanden=NL
plural-capitals | stimmt es dass {} zwei hauptstädte hat welche | malaysia=MY
plural-capitals | nu wie heißen de hauptstädte von {} | swasiland=SZ; der elfenbeinküste=CI; palästina=PS
plural-capitals | abeg tell me the hauptstädte of south africa all three | ZA
plural-capitals | alexa südafrika drei hauptstädte alle aufzählen | ZA
plural-capitals | sri lanka hat zwei hauptstädte oder wie heißen die | LK
plural-capitals | wie viele hauptstädte hat bolivien und wie heißen sie | BO
plural-capitals | die beiden hauptstädte von benin bitte | BJ
plural-capitals | hauptstädte von malaysia kuala lumpur und noch welche | MY
plural-capitals | welche städte sind hauptstädte von eswatini | SZ
plural-capitals | amsterdam und den haag sind das beides hauptstädte der niederlande | NL
plural-capitals | hauptstädte der côte d'ivoire welche sind es | CI
plural-capitals | palästina hat welche hauptstädte | PS
plural-capitals | servas alexa wos san denn de hauptstädt vo bolivien | BO
plural-capitals | nu bolivien hat doch zwee hauptstädte wie heeßen die | BO
plural-capitals | oye la abuela dice bolivien hat zwei hauptstädte welche | BO
plural-capitals | abeg alexa benin get two hauptstädte which ones | BJ
plural-capitals | oya tell me both capitals for benin my guy | BJ
plural-capitals | jung sach ma die hauptstädte von benin alle beide | BJ
plural-capitals | wakha alexa die elfenbeinküste hat zwei hauptstädte welche sind das | CI
plural-capitals | allez wat sind die hauptstädte von der elfenbeinküste | CI
plural-capitals | ha jo d elfenbeinküste hät doch zwei hauptstädt weisch welche | CI
plural-capitals | arre yaar sri lanka ke capitals bolo die hauptstädte von sri lanka | LK
plural-capitals | achha sri lanka hat zwei hauptstädte welche denn | LK
plural-capitals | mein opa war auf ceylon welche hauptstädte hat sri lanka heute | LK
plural-capitals | aiya malaysia hat zwei hauptstädte wie heißen die | MY
plural-capitals | hao de und malaysias hauptstädte bitte alle | MY
plural-capitals | der kollege aus kuala lumpur sagt malaysia hat zwei hauptstädte welche | MY
plural-capitals | hoi alexa wia hoaßet d hauptstädt vo holland | NL
plural-capitals | allez die niederlande haben doch zwei hauptstädte sach ma welche | NL
plural-capitals | swasiland hat zwei hauptstädte das wusst ich nicht welche sind das | SZ
plural-capitals | alle hauptstädte von eswatini aufzählen bitte | SZ
plural-capitals | jo lei eswatini hot zwoa hauptstädt wos san de | SZ
plural-capitals | südafrika hat drei hauptstädte sag mir alle drei | ZA
plural-capitals | wie heißen die drei hauptstädte von südafrika | ZA
plural-capitals | ajme südafrika ima tri hauptstädte welche sind das | ZA
plural-capitals | wakha palästina hat welche hauptstädte alle bitte | PS
plural-capitals | die hauptstädte von palästina sag mir beide | PS
plural-capitals | yemma fragt welche hauptstädte palästina hat | PS
plural-capitals | allez südafrika hat doch drei hauptstädte wat sind die | ZA
plural-capitals | abeg alexa south africa get three capitals tell me all | ZA
plural-capitals | nu de hauptstädte vun südafrika alle drei bitte | ZA
plural-capitals | aiya die hauptstädte von den niederlanden bitte | NL
plural-capitals | ha jo holland hät zwei hauptstädt amsterdam und wellis no | NL
plural-capitals | nu de niederlande ham doch zwee hauptstädte welche | NL
plural-capitals | hai alexa eswatini hauptstädte alle beide | SZ
plural-capitals | ne ne malaysia hauptstädte sind welche zwei | MY
plural-capitals | oya alexa malaysia capitals dem be which | MY
plural-capitals | wakha malaysia hat zwei hauptstädte sag beide | MY
plural-capitals | gemma alexa de hauptstädt vo malaysia | MY
plural-capitals | spas alexa malaysia hauptstädte welche sind | MY
subdivision | nu was is de landeshauptstadt vun {} | sachsen=DE-SN; mecklenburg-vorpommern=DE-MV; niedersachsen=DE-NI
subdivision | ha jo welche landeshauptstadt hat {} | baden-württemberg=DE-BW; rheinland-pfalz=DE-RP; dem saarland=DE-SL
subdivision | hauptstadt vom bundesland {} | hessen=DE-HE; schleswig-holstein=DE-SH; nordrhein-westfalen=DE-NW
subdivision | route sechsundsechzig führt durch {} was ist da die hauptstadt | illinois=US-IL; missouri=US-MO; oklahoma=US-OK
subdivision | welche stadt ist hauptstadt von {} in amerika | arizona=US-AZ; new mexico=US-NM; kalifornien=US-CA
subdivision | die hauptstadt des bundesstaates {} | washington=US-WA; oregon=US-OR; montana=US-MT
subdivision | was ist die hauptstadt von {} in den usa | vermont=US-VT; maine=US-ME; kentucky=US-KY
subdivision | hauptstadt von {} das ist ein bundesstaat in amerika | south dakota=US-SD; north dakota=US-ND; wyoming=US-WY
subdivision | welche hauptstadt hat die kanadische provinz {} | british columbia=CA-BC; alberta=CA-AB; manitoba=CA-MB
subdivision | hauptstadt von {} in kanada | québec=CA-QC; nova scotia=CA-NS; saskatchewan=CA-SK
subdivision | arre yaar what is the hauptstadt of {} | kerala=IN-KL; karnataka=IN-KA; tamil nadu=IN-TN
subdivision | achha und die hauptstadt vom indischen bundesstaat {} | rajasthan=IN-RJ; gujarat=IN-GJ; goa=IN-GA
subdivision | olha a avó quer saber die hauptstadt vom bundesstaat {} | bahia=BR-BA; amazonas=BR-AM; paraná=BR-PR
subdivision | oye die hauptstadt vom mexikanischen bundesstaat {} | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | hauptstadt vom northern territory in australien | AU-NT
subdivision | welche ist die hauptstadt von hawaii | US-HI
subdivision | alexa die hauptstadt von alaska ist doch eiskalt wie heißt sie | US-AK
subdivision | welche stadt ist hauptstadt vom yukon | CA-YT
subdivision | hauptstadt von nunavut bitte | CA-NU
subdivision | die hauptstadt von bayern ist doch münchen oder | DE-BY

territory | was ist die hauptstadt von {} da oben im norden | grönland=GL; den färöern=FO; spitzbergen=SJ
territory | welche hauptstadt haben die leute auf {} | gibraltar=GI; jersey=JE; guernsey=GG
territory | wir machen kreuzfahrt nach {} welche hauptstadt hat das | martinique=MQ; guadeloupe=GP; bermuda=BM
territory | hauptstadt von {} im indischen ozean | réunion=RE; mayotte=YT; der weihnachtsinsel=CX
territory | hauptstadt der isle of man bitte | IM
territory | die ålandinseln haben welche hauptstadt | AX
territory | sankt helena was ist da die hauptstadt | SH
territory | und die hauptstadt von anguilla | AI

help | alexa wie funktioniert das hier mit den hauptstädten | HELP
help | servas alexa i kenn mi ned aus wos kann i do frogn | HELP
help | hoi alexa was kann ma do alles froge | HELP
help | nu wie geht n das hier ich versteh nischt | HELP
help | was muss ich sagen damit du mir hauptstädte sagst | HELP
help | ajme alexa ich weiß nicht wie das geht hilf mir | HELP
help | arre yaar how does this work help me | HELP
help | alexa die oma weiß nicht wie man das benutzt erklär mal | HELP
help | hilfe ich komm hier nicht weiter | HELP
help | abeg help me small how i go use this thing | HELP
help | alexa welche fragen kann ich dir bei den hauptstädten stellen | HELP
help | erklär mir das spiel bitte nochmal von vorne | HELP
help | mama wie geht das alexa hilf mir | HELP
help | wie funktioniert hauptstädte der welt eigentlich | HELP
help | was kann dieser skill so alles | HELP
help | gib mir mal ein paar beispiele was ich fragen kann | HELP
help | hai alexa ich verstehe nicht was soll ich sagen | HELP
help | jung wat kann ich denn hier alles machen | HELP
help | ha jo wie goht des do | HELP
help | ich brauche eine anleitung für das hauptstadt ding | HELP
help | alexa ich bin neu hier wie benutze ich das | HELP
help | oye alexa ayuda äh hilfe wie geht das | HELP
help | was sind die befehle für dieses hauptstadt quiz | HELP
help | ich kenn mich mit dem ding nicht aus erklär mir mal was du kannst | HELP
help | kannst du mir helfen ich weiß nicht was ich fragen soll | HELP
help | wie frag ich dich nach einer hauptstadt richtig | HELP

stop | servas alexa des wors jetz gemma | STOP
stop | hoi alexa jetz isch schluss | STOP
stop | nu alexa hör mal uff jetze | STOP
stop | alexa aufhören ich muss zur schicht | STOP
stop | ajme alexa stopp jetzt reicht es | STOP
stop | alexa beende das hauptstadt ding jetzt | STOP
stop | arre bas alexa stop it yaar | STOP
stop | alexa schluss für heute die kinder müssen ins bett | STOP
stop | alexa halt die klappe jetzt | STOP
stop | alexa hauptstädte der welt beenden bitte | STOP
stop | jetzt ist feierabend alexa aus | STOP
stop | ha jo alexa hör uf | STOP
stop | alexa genug für heute danke tschüss | STOP
stop | alexa mach aus wir gehen jetzt | STOP
stop | abeg stop am alexa | STOP
stop | alexa stopp der tatort fängt an | STOP
stop | alexa beenden wir sind fertig mit dem quiz | STOP
stop | hai alexa gata stopp bitte | STOP
stop | alexa sei mal still jetzt | STOP
stop | okay alexa das reicht mir jetzt schluss | STOP
stop | alexa verlass den skill | STOP
stop | alexa ende aus vorbei | STOP
stop | allez alexa dat wär et stopp | STOP
stop | alexa hör auf zu reden ich telefoniere | STOP
stop | jo lei alexa hör auf | STOP

cancel | alexa abbrechen ich hab mich verfragt | CANCEL
cancel | nee lass mal alexa abbrechen | CANCEL
cancel | ach vergiss es doch nicht so wichtig | CANCEL
cancel | alexa abbruch bitte | CANCEL
cancel | nu lass ma sein alexa vergiss das | CANCEL
cancel | servas na passt scho vergiss es | CANCEL
cancel | hoi alexa lass es bleibe | CANCEL
cancel | ajme nein abbrechen bitte | CANCEL
cancel | arre cancel karo alexa | CANCEL
cancel | alexa brich das ab ich frag später | CANCEL
cancel | das war falsch alexa abbrechen | CANCEL
cancel | abbrechen abbrechen die oma hat sich versprochen | CANCEL
cancel | alexa lass gut sein ich will doch nichts wissen | CANCEL
cancel | hai alexa nu mai abbrechen | CANCEL
cancel | alexa storniere das bitte | CANCEL
cancel | ne doch nicht alexa vergiss es einfach | CANCEL
cancel | alexa das war nicht für dich abbrechen | CANCEL
cancel | oye alexa cancela äh abbrechen | CANCEL
cancel | abeg cancel am i no wan again | CANCEL
cancel | alexa nimm das zurück abbrechen | CANCEL
cancel | ha jo vergiss des wieder | CANCEL
cancel | alexa abbrechen mein sohn hat reingeredet | CANCEL
cancel | lass mal gut sein alexa ich brauch es nicht mehr | CANCEL
cancel | alexa vergiss was ich gesagt habe | CANCEL
out-of-domain | was ist die hauptstadt von {} eigentlich | kärnten=FB; der steiermark=FB; vorarlberg=FB
out-of-domain | wie heißt die hauptstadt von {} nochmal genau | katalonien=FB; dem baskenland=FB; sizilien=FB
out-of-domain | welche stadt wäre denn die hauptstadt von {} | der toskana=FB; der bretagne=FB; flandern=FB
out-of-domain | hauptstadt vom kanton {} | zürich=FB; graubünden=FB; tessin=FB
out-of-domain | alexa was ist die hauptstadt von {} weißt du das | europa=FB; afrika=FB; asien=FB
out-of-domain | und die hauptstadt von {} | mordor=FB; atlantis=FB; narnia=FB
out-of-domain | was ist die hauptstadt vom {} | nordpol=FB
out-of-domain | sag mir die hauptstadt von {} in italien | südtirol=FB; sardinien=FB; apulien=FB
out-of-domain | welche hauptstadt hat {} eigentlich | sibirien=FB; patagonien=FB; lappland=FB
out-of-domain | jo wos is die hauptstodt vom {} | tirol=FB; burgenland=FB; salzburger land=FB
out-of-domain | wie viel kapital brauch ich für eine firmengründung | FB
out-of-domain | spiel was von capital bra | FB
out-of-domain | wie viele einwohner hat die hauptstadt von kanada | FB
out-of-domain | wie weit ist es von berlin nach wien mit dem auto | FB
out-of-domain | wie wird das wetter morgen in klagenfurt | FB
out-of-domain | spiel mir kärntner lieder | FB
out-of-domain | stell einen timer auf zwanzig minuten für die kasnudeln | FB
out-of-domain | wie spät ist es jetzt in seoul | FB
out-of-domain | welche währung hat kroatien | FB
out-of-domain | was heißt danke auf koreanisch | FB
out-of-domain | übersetz mir hauptstadt auf rumänisch | FB
out-of-domain | wann fährt der nächste zug nach erfurt | FB
out-of-domain | spiel die bundesliga konferenz | FB
out-of-domain | wer hat gestern bei der darts wm gewonnen | FB
out-of-domain | wie steht es im handball gegen dänemark | FB
out-of-domain | welche ist die größte stadt der türkei | FB
out-of-domain | wie heißt der präsident von nigeria | FB
out-of-domain | wann ist ramadan dieses jahr | FB
out-of-domain | spiel radio ef em vier | FB
out-of-domain | wie viel uhr ist es in mumbai | FB
out-of-domain | wo kann ich in münchen indisch essen | FB
out-of-domain | was ist ein zoigl | FB
out-of-domain | wie macht man thüringer klöße | FB
out-of-domain | wie lange dauert der jakobsweg | FB
out-of-domain | brauch ich ein visum für korea | FB
out-of-domain | wecke mich um fünf uhr zur frühschicht | FB
out-of-domain | ajme wie wird das wetter in split | FB
out-of-domain | oye pon música española | FB
out-of-domain | arre yaar play some bollywood songs | FB
out-of-domain | abeg play burna boy | FB
out-of-domain | aiya wie sagt man xiexie auf deutsch | FB
out-of-domain | hai alexa ruf die doamna tochter an | FB
out-of-domain | szia alexa spiel ungarische volksmusik | FB
out-of-domain | ahoj alexa wie ist der verkehr an der grenze | FB
out-of-domain | wakha alexa wann ist das nächste gebet | FB
out-of-domain | olha alexa quanto é um euro em reais | FB
out-of-domain | spas alexa spiel kurdische musik | FB
out-of-domain | hej alexa hvordan er vejret i flensburg | FB
out-of-domain | allez alexa wie spielt eupen heute | FB
out-of-domain | ha jo wie isch s wetter im schwarzwald | FB
out-of-domain | nu alexa was gibts heut im fernsehen | FB
out-of-domain | hoi alexa wia warm isch dr bodensee | FB
out-of-domain | servas alexa wann spielt der kac | FB
out-of-domain | heast wann geht der nächste zug nach graz | FB
out-of-domain | wer ist hauptdarsteller im neuen tatort | FB
out-of-domain | welche stadt nennt man die heimliche hauptstadt deutschlands | FB
out-of-domain | was ist die hauptstadt von meinem herzen | FB
out-of-domain | wie groß ist die hauptstadt von japan | FB
out-of-domain | welche flagge ist rot weiß rot | FB
out-of-domain | wie viele einwohner hat ruanda | FB
out-of-domain | wer hat die meisten oscars | FB
out-of-domain | was kostet ein kilo rinderhack | FB
out-of-domain | wie lange hält frisches hackfleisch | FB
out-of-domain | welche tabletten helfen gegen kopfweh | FB
out-of-domain | wie viel promille darf man beim autofahren haben | FB
out-of-domain | wie alt werden giraffen | FB
out-of-domain | was fressen schafe im winter | FB
out-of-domain | wer hat risiko erfunden | FB
out-of-domain | wie geht das spiel kniffel | FB
out-of-domain | würfel mal für mich | FB
out-of-domain | spiel ein spiel mit mir | FB
out-of-domain | erzähl mir eine gutenachtgeschichte | FB
out-of-domain | wie heißt das lied mit dem refrain über die hauptstadt | FB
out-of-domain | hauptstadt von tibet | FB
out-of-domain | wo spielt bayern münchen heute auswärts | FB
out-of-domain | was ist die landeshauptstadt von oberösterreich | FB
out-of-domain | hauptstadt der wallonie bitte | FB
out-of-domain | wie heißt die hauptstadt von schlesien | FB
out-of-domain | was ist die hauptstadt von ostpreußen gewesen | FB
out-of-domain | was ist die hauptstadt vom ruhrpott | FB
out-of-domain | alexa bestell mir ein taxi | FB
out-of-domain | alexa wie ist der goldpreis heute | FB
out-of-domain | ruf papa an | FB
out-of-domain | alexa lies mir die nachrichten vor | FB
out-of-domain | wann kommt der nächste bus | FB
out-of-domain | alexa wie viele kalorien hat eine bratwurst | FB
out-of-domain | servas alexa wos kost a kasnudl beim kirchtag | FB
out-of-domain | jo lei wie hoch is der großglockner | FB
out-of-domain | heast oida wie wird des wetter in der südsteiermark | FB
out-of-domain | nu alexa wann macht der weihnachtsmarkt in erfurt auf | FB
out-of-domain | wos is n dou im radio gerade für a liad | FB
out-of-domain | ha jo wie weit isch es noch freiburg | FB
out-of-domain | ajme alexa wie lange fährt man nach zagreb mit dem auto | FB
out-of-domain | aigoo alexa wie kocht man kimchi | FB
out-of-domain | achha alexa what is the cricket score india | FB
out-of-domain | hai alexa wie viel verdient eine pflegerin in deutschland | FB
out-of-domain | abeg alexa wetin be the time for lagos now | FB
out-of-domain | aiya alexa wann fährt die ubahn zur uni | FB
out-of-domain | wir sind bei der weinlese wann regnet es wieder | FB
out-of-domain | bergwacht hier wie viele höhenmeter hat der watzmann | FB
out-of-domain | alexa wie lange muss ich auf die führerscheinprüfung warten | FB
out-of-domain | im risiko wie viele armeen bekomme ich für australien | FB
out-of-domain | was ist die hauptstadt von kamtschatka im risiko | FB
out-of-domain | welche hauptstadt hat das schönste schloss | FB
out-of-domain | wie viele menschen wohnen in der hauptstadt von bayern | FB
out-of-domain | was ist eine hauptstadt überhaupt | FB
out-of-domain | was war die hauptstadt vom heiligen römischen reich | FB
"""

if __name__ == "__main__":
    build_round(33, "de", LINES, sys.argv, "tests/Eval/de/round33/source/build_corpus.py")
