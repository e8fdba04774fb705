"""Round 34, German (de-DE): a new author's own mix, written blind (brief WRITER41.md). Speakers chosen away from
rounds 29-33: German Namibians ("ja nee man", "hoesit", "lekker", "is gut so"), Rhine-Hessians in Mainz ("ei gude
wie", "weschd du ebbes", "unn", "uff"), Salzburgers ("griaß di", "geh bitte", "pfiat di", "a bissl"), Allgäuers ("ha
noi des woiß i it", "etz sag amol gell"), people from Bremen and Bremerhaven ("moin", "büschen", "nö"), Lusatians and
Brandenburgers ("kiek ma", "wat", "wa", "jut", "ick"), Lower Rhinelanders ("kuck ma", "getz", "ne"), people from the
Magdeburg Börde ("och mal eem"), Transylvanian Saxon elders ("na jo"), Hunsrückisch speakers ("vun"), Sorbs ("dobry
den"). Migrant and heritage families: Polish ("no dobra", "dziekuje"), Greek ("ela re", the yiayia), Italian
("allora", "dai", the nonna), Syrian ("yalla", "habibi", "wallah"), Afghan ("bale", "tashakor"), Ukrainian
("dyakuyu", the babusya), Filipino nurses ("ay naku", "salamat po", the ate), Thai ("khop khun kha"), Vietnamese ("da
vang"), Brazilian ("nossa", "tá bom"), Ghanaian ("chale", "ei"), American soldiers near Ramstein ("okay so like") and
British expats ("right", "cheers"). Children (a seven-year-old, the lantern procession), teenagers ("digga", "bruder
wallah", "lowkey", "cringe", "safe"), old people ("ach gott", "junge frau", "ich bin zweiundachtzig"), learners
(deliberately ungrammatical: "ich lernen deutsch", "bitte sagen die hauptstadt für", "welche ist der hauptstadt in").
At work: a bakery at five, a night shift on the ward, a lorry driver on the A7, a hairdresser, a beekeeper, the
volunteer fire brigade, a taxi office, the dentist's waiting room, the Helgoland ferry, a stamp collector, a ski lift,
the sauna. Games and sport: the crossword, a pub quiz, Quizduell, Wer wird Millionär, an escape room, Trivial Pursuit,
a quiz in the care home, the Eurovision, the Tour de France, the World Cup draw, the Dakar rally, Formula One. Travel
and home: a round trip, a camper van, a cruise, a year abroad, backpacking, Work and Travel, the allotment, washing
up, a documentary, breakfast, the children asleep. Plus the genitive, the polite Sie, terse forms, follow-ups, yes/no
checks with right and wrong guesses, self-corrections (the last place named is expected), reverse questions
(CITY:<capital>), official, everyday and old names, shared names (Kongo, Korea, Georgia, Jungferninseln, Dominica),
plurals of every several-capital country and Palestine, subdivisions and territories, one-shot requests with
"hauptstädte der welt", launch, help, stop, cancel and out of domain (other requests, "Kapital" and "Hauptstadt" in
other senses, regions the data has no capital for).
`python3 tests/Eval/de/round34/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 34's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
regional-speech | ja nee man was is eigentlich die hauptstadt von {} | botsuana=BW; sambia=ZM; angola=AO
regional-speech | hoesit alexa weißt du die hauptstadt von {} lekker | südafrika=ZA; lesotho=LS; simbabwe=ZW
regional-speech | ja man in windhoek sagen sie mir nie die hauptstadt von {} | mosambik=MZ; malawi=MW; madagaskar=MG
regional-speech | is gut so alexa und wie heißt die hauptstadt von {} | namibia=NA; tansania=TZ; kenia=KE
regional-speech | ei gude wie alexa was is n die hauptstadt von {} | frankreich=FR; belgien=BE; luxemburg=LU
regional-speech | weschd du ebbes über die hauptstadt von {} | italien=IT; spanien=ES; portugal=PT
regional-speech | ei sach emol alexa die hauptstadt von {} unn zwar schnell | griechenland=GR; zypern=CY; malta=MT
regional-speech | griaß di alexa a bissl a frog wos is die hauptstadt vo {} | slowenien=SI; kroatien=HR; ungarn=HU
regional-speech | geh bitte alexa sag ma schnell die hauptstadt vo {} | tschechien=CZ; slowakei=SK; polen=PL
regional-speech | pfiat di glei aber vorher no die hauptstadt vo {} | liechtenstein=LI; schweiz=CH; andorra=AD
regional-speech | ha noi des woiß i it was isch d hauptstadt vo {} | island=IS; irland=IE; norwegen=NO
regional-speech | etz sag amol gell wie hoißt die hauptstadt vo {} | schweden=SE; finnland=FI; dänemark=DK
regional-speech | moin alexa büschen fragen was is die hauptstadt von {} | estland=EE; lettland=LV; litauen=LT
regional-speech | na alexa denn sach mal die hauptstadt von {} | russland=RU; belarus=BY; ukraine=UA
regional-speech | kiek ma alexa wat is denn die hauptstadt von {} wa | rumänien=RO; bulgarien=BG; serbien=RS
regional-speech | ick wollt ma wissen wat die hauptstadt von {} is jut | albanien=AL; montenegro=ME; nordmazedonien=MK
regional-speech | kuck ma alexa getz sach ma die hauptstadt von {} ne | bosnien und herzegowina=BA; san marino=SM; monaco=MC
regional-speech | och mal eem die hauptstadt von {} bitte | moldau=MD; georgien=GE; armenien=AM
regional-speech | na jo wie heißt die hauptstadt von {} mei kind | aserbaidschan=AZ; kasachstan=KZ; usbekistan=UZ
regional-speech | was is die hauptstadt vun {} weißt du das | kirgisistan=KG; tadschikistan=TJ; turkmenistan=TM
regional-speech | moin moin wat is de hauptstadt vun {} | mongolei=MN; nepal=NP; bhutan=BT
regional-speech | ei alexa wie heeßt n die hauptstadt von {} | bangladesch=BD; sri lanka=LK; malediven=MV

migrant-speech | no dobra alexa jaka äh was ist hauptstadt von {} | pakistan=PK; afghanistan=AF; iran=IR
migrant-speech | dziekuje alexa und jetzt die hauptstadt von {} bitte | irak=IQ; syrien=SY; jordanien=JO
migrant-speech | ela re alexa pes mou was ist die hauptstadt von {} | libanon=LB; israel=IL; ägypten=EG
migrant-speech | meine yiayia fragt welche hauptstadt hat {} | libyen=LY; tunesien=TN; algerien=DZ
migrant-speech | allora alexa la capitale di äh hauptstadt von {} | marokko=MA; mauretanien=MR; mali=ML
migrant-speech | dai alexa die nonna will wissen hauptstadt von {} | niger=NE; tschad=TD; sudan=SD
migrant-speech | yalla alexa wallah sag mir die hauptstadt von {} | südsudan=SS; äthiopien=ET; eritrea=ER
migrant-speech | habibi alexa was ist hauptstadt {} | dschibuti=DJ; somalia=SO; uganda=UG
migrant-speech | bale alexa tashakor aber welche hauptstadt hat {} | ruanda=RW; burundi=BI; kamerun=CM
migrant-speech | dyakuyu alexa meine babusya fragt nach der hauptstadt von {} | gabun=GA; äquatorialguinea=GQ; zentralafrikanische republik=CF
migrant-speech | ay naku alexa ate wants to know die hauptstadt von {} | philippinen=PH; indonesien=ID; malaysia=MY
migrant-speech | salamat po alexa und die hauptstadt von {} | thailand=TH; vietnam=VN; kambodscha=KH
migrant-speech | khop khun kha alexa welche stadt hauptstadt von {} | laos=LA; myanmar=MM; singapur=SG
migrant-speech | da vang alexa bitte hauptstadt von {} sagen | brunei=BN; osttimor=TL; papua-neuguinea=PG
migrant-speech | nossa alexa qual é a capital äh die hauptstadt von {} | brasilien=BR; uruguay=UY; paraguay=PY
migrant-speech | tá bom alexa e a hauptstadt von {} | argentinien=AR; chile=CL; peru=PE
migrant-speech | chale alexa ei what is the hauptstadt of {} | ghana=GH; togo=TG; benin=BJ
migrant-speech | ei chale alexa die hauptstadt von {} please | nigeria=NG; senegal=SN; gambia=GM
migrant-speech | hey alexa okay so like what's the capital of {} auf deutsch bitte | guinea=GN; guinea-bissau=GW; sierra leone=SL
migrant-speech | right alexa cheers what's the hauptstadt of {} then | liberia=LR; burkina faso=BF; elfenbeinküste=CI

work-context | ich steh hier in der backstube um fünf und frag mich die hauptstadt von {} | kolumbien=CO; venezuela=VE; ecuador=EC
work-context | nachtschicht auf station alexa was ist die hauptstadt von {} | bolivien=BO; guyana=GY; suriname=SR
work-context | lkw fahrer hier auf der a sieben sag mir die hauptstadt von {} | mexiko=MX; guatemala=GT; belize=BZ
work-context | beim haareschneiden kam die frage auf was die hauptstadt von {} ist | honduras=HN; el salvador=SV; nicaragua=NI
work-context | die kundin auf dem stuhl will wissen wie die hauptstadt von {} heißt | costa rica=CR; panama=PA; kuba=CU
work-context | ich bin imker und frag mich grad die hauptstadt von {} | jamaika=JM; haiti=HT; dominikanische republik=DO
work-context | feuerwehr probe ist vorbei alexa hauptstadt von {} | bahamas=BS; barbados=BB; trinidad und tobago=TT
work-context | taxi zentrale hier mein fahrgast fragt die hauptstadt von {} | grenada=GD; dominica=DM; antigua und barbuda=AG
work-context | ich sitz im wartezimmer beim zahnarzt was ist die hauptstadt von {} | st lucia=LC; st vincent und die grenadinen=VC; st kitts und nevis=KN
work-context | auf der helgoland fähre wettet einer über die hauptstadt von {} | fidschi=FJ; samoa=WS; tonga=TO
work-context | ich sortier briefmarken alexa welche hauptstadt hat {} | tuvalu=TV; nauru=NR; kiribati=KI
work-context | am skilift frag ich mich gerade die hauptstadt von {} | vanuatu=VU; salomonen=SB; palau=PW
work-context | in der sauna hat jemand behauptet er kennt die hauptstadt von {} | mikronesien=FM; marshallinseln=MH; neuseeland=NZ

game-context | beim kreuzworträtsel fehlt mir die hauptstadt von {} | australien=AU; japan=JP; südkorea=KR
game-context | kreuzworträtsel sieben buchstaben hauptstadt von {} | kanada=CA; china=CN; indien=IN
game-context | pubquiz frage elf was ist die hauptstadt von {} | vereinigte staaten=US; deutschland=DE; österreich=AT
game-context | wir spielen quizduell schnell die hauptstadt von {} | katar=QA; bahrain=BH; kuwait=KW
game-context | bei wer wird millionär kam gerade die hauptstadt von {} | oman=OM; jemen=YE; saudi-arabien=SA
game-context | im escape room brauchen wir die hauptstadt von {} | vereinigte arabische emirate=AE; türkei=TR; nordkorea=KP
game-context | trivial pursuit blaue frage hauptstadt von {} | mauritius=MU; seychellen=SC; komoren=KM
game-context | für das quiz im seniorenheim die hauptstadt von {} bitte | cabo verde=CV; são tomé und príncipe=ST; eswatini=SZ
game-context | der joker ist weg alexa welche stadt ist hauptstadt von {} | republik kongo=CG; demokratische republik kongo=CD; sambia=ZM

sport-context | beim eurovision punkte vergeben frag ich mich die hauptstadt von {} | aserbaidschan=AZ; armenien=AM; israel=IL
sport-context | die tour de france fährt heute nicht aber was ist die hauptstadt von {} | luxemburg=LU; belgien=BE; niederlande=NL
sport-context | bei der auslosung zur wm kam {} dran welche hauptstadt hat das | katar=QA; marokko=MA; südkorea=KR
sport-context | die rallye dakar fährt durch {} was ist da die hauptstadt | saudi-arabien=SA; mauretanien=MR; senegal=SN
sport-context | formel eins rennen in {} alexa und die hauptstadt davon | bahrain=BH; singapur=SG; ungarn=HU

child-speech | alexa alexa wie heißt die hauptstadt von {} | ägypten=EG; kenia=KE; japan=JP
child-speech | mama sagt ich soll dich fragen was die hauptstadt von {} ist | norwegen=NO; island=IS; australien=AU
child-speech | alexa weißt du wo der könig von {} wohnt also die hauptstadt | schweden=SE; dänemark=DK; thailand=TH
child-speech | beim laternenumzug hat mich die erzieherin gefragt die hauptstadt von {} | frankreich=FR; italien=IT; spanien=ES
child-speech | ich bin sieben und will die hauptstadt von {} wissen | brasilien=BR; mexiko=MX; kanada=CA
child-speech | alexa ähm ähm hauptstadt von {} | china=CN; indien=IN; russland=RU

teen-speech | digga alexa was ist die hauptstadt von {} safe nicht | polen=PL; türkei=TR; griechenland=GR
teen-speech | bruder wallah krass sag mal hauptstadt von {} | marokko=MA; tunesien=TN; libanon=LB
teen-speech | lowkey keine ahnung alexa hauptstadt von {} | südkorea=KR; japan=JP; vietnam=VN
teen-speech | alexa cringe frage aber was ist die hauptstadt von {} | belgien=BE; niederlande=NL; schweiz=CH
teen-speech | ey alexa ich brauch für erdkunde morgen die hauptstadt von {} digga | nigeria=NG; ghana=GH; äthiopien=ET

elder-speech | ach gott alexa mir fällt die hauptstadt von {} nicht mehr ein | rumänien=RO; ungarn=HU; bulgarien=BG
elder-speech | früher wusste ich das die hauptstadt von {} wie war das | portugal=PT; irland=IE; finnland=FI
elder-speech | junge frau alexa sagen sie mir mal die hauptstadt von {} | österreich=AT; tschechien=CZ; slowakei=SK
elder-speech | ich bin zweiundachtzig und frag mich die hauptstadt von {} | argentinien=AR; chile=CL; kolumbien=CO
elder-speech | na jo mei mann meint die hauptstadt von {} wisse er | serbien=RS; kroatien=HR; slowenien=SI

learner-speech | entschuldigung alexa ich lernen deutsch was ist hauptstadt von {} | syrien=SY; irak=IQ; afghanistan=AF
learner-speech | bitte sagen die hauptstadt für {} | eritrea=ER; somalia=SO; sudan=SD
learner-speech | welche ist der hauptstadt in {} | ukraine=UA; georgien=GE; moldau=MD
learner-speech | alexa wo ist die hauptstadt von land {} | pakistan=PK; bangladesch=BD; nepal=NP
learner-speech | ich möchte wissen die hauptstadt von {} danke schön | philippinen=PH; indonesien=ID; kamerun=CM

travel-context | ich flieg nächste woche nach {} welche stadt ist dort die hauptstadt | kuba=CU; costa rica=CR; panama=PA
travel-context | wir machen eine rundreise durch {} was ist die hauptstadt | vietnam=VN; kambodscha=KH; laos=LA
travel-context | mit dem wohnmobil nach {} alexa wie heißt die hauptstadt da | norwegen=NO; albanien=AL; montenegro=ME
travel-context | unsere kreuzfahrt hält in {} ist da die hauptstadt | jamaika=JM; barbados=BB; bahamas=BS
travel-context | meine tochter macht ein auslandsjahr in {} was ist die hauptstadt da | neuseeland=NZ; kanada=CA; irland=IE
travel-context | für den rucksacktrip nach {} brauch ich die hauptstadt | peru=PE; bolivien=BO; ecuador=EC

home-context | im schrebergarten fragt der nachbar die hauptstadt von {} | tansania=TZ; uganda=UG; ruanda=RW
home-context | beim abwasch alexa was ist die hauptstadt von {} | jordanien=JO; oman=OM; katar=QA
home-context | wir gucken grad eine doku über {} was ist da die hauptstadt | grönland=GL; island=IS; mongolei=MN
home-context | beim frühstück streiten wir über die hauptstadt von {} | australien=AU; brasilien=BR; türkei=TR
home-context | die kinder schlafen endlich alexa leise die hauptstadt von {} | kasachstan=KZ; usbekistan=UZ; kirgisistan=KG

polite-request | alexa wären sie so lieb und sagen mir die hauptstadt von {} | myanmar=MM; sri lanka=LK; malediven=MV
polite-request | ich hätte gern gewusst was die hauptstadt von {} ist falls das geht | fidschi=FJ; papua-neuguinea=PG; samoa=WS
polite-request | bitte sehr freundlich die hauptstadt von {} danke | venezuela=VE; guyana=GY; suriname=SR

genitive | wie heißt gleich die hauptstadt {} | dänemarks=DK; norwegens=NO; schwedens=SE
genitive | sag mir doch mal die hauptstadt {} | algeriens=DZ; libyens=LY; mauretaniens=MR
genitive | die hauptstadt {} weiß ich nicht mehr | der mongolei=MN; der zentralafrikanischen republik=CF; der dominikanischen republik=DO
genitive | was ist eigentlich die landeshauptstadt {} | bayerns=DE-BY; sachsens=DE-SN; hessens=DE-HE

terse | hauptstadt {} | lesotho=LS; gambia=GM; eswatini=SZ
terse | {} hauptstadt | bhutan=BT; tonga=TO; tuvalu=TV
terse | hauptstadt von {} schnell | malawi=MW; burundi=BI; togo=TG

follow-up | und von {} | ägypten=EG; peru=PE; kuba=CU
follow-up | und was ist mit {} | finnland=FI; estland=EE; lettland=LV
follow-up | okay und die von {} | mali=ML; niger=NE; tschad=TD
follow-up | gut und wie sieht es bei {} aus | indonesien=ID; malaysia=MY; brunei=BN
follow-up | und jetzt noch {} bitte | guatemala=GT; honduras=HN; el salvador=SV
follow-up | ja und bei {} | nicaragua=NI; belize=BZ; haiti=HT
follow-up | alles klar und {} | kenia=KE; somalia=SO; dschibuti=DJ
follow-up | dann noch {} hinterher | gabun=GA; kamerun=CM; angola=AO
follow-up | danke und wie ist es mit {} | litauen=LT; belarus=BY; polen=PL
follow-up | ach so und {} dann | tadschikistan=TJ; turkmenistan=TM; afghanistan=AF
follow-up | ei unn {} | luxemburg=LU; monaco=MC; san marino=SM
follow-up | ja nee man und {} | sambia=ZM; botsuana=BW; simbabwe=ZW
follow-up | und die hauptstadt von dem anderen land also {} | nordkorea=KP; südsudan=SS; zypern=CY

yes-no-check | ist sydney nicht die hauptstadt von australien | AU
yes-no-check | mein kollege sagt toronto ist die hauptstadt von kanada stimmt das | CA
yes-no-check | ja nee man ist kapstadt die hauptstadt von südafrika | ZA
yes-no-check | ei is frankfurt die hauptstadt von hesse | DE-HE
yes-no-check | geh bitte is salzburg die hauptstadt von österreich | AT
yes-no-check | stimmt des dass zürich die hauptstadt vo der schweiz isch | CH
yes-no-check | moin is bremen die hauptstadt von niedersachsen | DE-NI
yes-no-check | wa is potsdam die hauptstadt von brandenburg | DE-BB
yes-no-check | ist rio die hauptstadt von brasilien nossa ich glaub schon | BR
yes-no-check | ist lagos die hauptstadt von nigeria chale | NG
yes-no-check | ist almaty noch die hauptstadt von kasachstan | KZ
yes-no-check | die oma meint krakau ist die hauptstadt von polen hat sie recht | PL
yes-no-check | war das richtig dass wellington die hauptstadt von neuseeland ist | NZ
yes-no-check | ist ankara wirklich die hauptstadt der türkei | TR
yes-no-check | ist abuja die hauptstadt von nigeria oder lagos | NG
yes-no-check | kreuzworträtsel ist bern die hauptstadt der schweiz | CH
yes-no-check | ist dodoma echt die hauptstadt von tansania ich dachte daressalam | TZ
yes-no-check | ist karachi die hauptstadt von pakistan | PK
yes-no-check | ist münchen die landeshauptstadt von bayern gell | DE-BY
yes-no-check | is vancouver die hauptstadt von british columbia | CA-BC

self-correction | hauptstadt von schweden nee warte norwegen | NO
self-correction | was ist die hauptstadt von österreich ach nein der schweiz | CH
self-correction | ei die hauptstadt von belgien äh quatsch von holland | NL
self-correction | griaß di die hauptstadt vo ungarn naa vo rumänien | RO
self-correction | wat is die hauptstadt von lettland nee estland mein ick | EE
self-correction | hauptstadt von kenia oder halt stopp uganda | UG
self-correction | die hauptstadt von chile äh ne ne argentinien | AR
self-correction | hauptstadt von peru falsch gesagt bolivien | BO
self-correction | alexa die hauptstadt von syrien sorry ich meinte jordanien | JO
self-correction | was ist die hauptstadt von iran pardon irak | IQ
self-correction | dyakuyu die hauptstadt von russland nein nein ukraine | UA
self-correction | die hauptstadt von nepal ähm bhutan meine ich | BT
self-correction | sag mal die hauptstadt von tschechien besser gesagt der slowakei | SK
self-correction | hauptstadt von niger ach mist ich meinte nigeria | NG
self-correction | digga hauptstadt von marokko warte algerien | DZ
self-correction | die hauptstadt von honduras oh entschuldigung guatemala | GT
self-correction | was ist die hauptstadt von malta moment zypern | CY
self-correction | die hauptstadt von sachsen nee sachsen-anhalt | DE-ST
self-correction | ich will die hauptstadt von ghana wissen oder nee lieber togo | TG
self-correction | hauptstadt von kuba äh korrektur jamaika | JM
self-correction | die hauptstadt von laos falsch kambodscha | KH
self-correction | welche hauptstadt hat mali upps ich meine mauretanien | MR

reverse-question | zu welchem land gehört die hauptstadt eriwan | CITY:Eriwan
reverse-question | von welchem staat ist ouagadougou die hauptstadt | CITY:Ouagadougou
reverse-question | ich hab im kreuzworträtsel bischkek wovon ist das die hauptstadt | CITY:Bischkek
reverse-question | welches land hat die hauptstadt windhoek | CITY:Windhoek
reverse-question | ulaanbaatar ist hauptstadt von was | CITY:Ulaanbaatar
reverse-question | wo ist vientiane hauptstadt | CITY:Vientiane
reverse-question | paramaribo ist die hauptstadt von welchem land in südamerika | CITY:Paramaribo
reverse-question | ei von wem is n antananarivo die hauptstadt | CITY:Antananarivo
reverse-question | welches land regiert von tegucigalpa aus | CITY:Tegucigalpa
reverse-question | die hauptstadt maseru gehört zu welchem land | CITY:Maseru
reverse-question | funafuti ist die hauptstadt welches inselstaats | CITY:Funafuti
reverse-question | von welchem land ist naypyidaw die hauptstadt | CITY:Naypyidaw
reverse-question | welches land hat thimphu als hauptstadt | CITY:Thimphu
reverse-question | in welchem land ist ljubljana die hauptstadt | CITY:Ljubljana
reverse-question | vaduz ist die hauptstadt von wem | CITY:Vaduz
reverse-question | welcher bundesstaat hat die hauptstadt sacramento | CITY:Sacramento
reverse-question | welches bundesland hat als hauptstadt schwerin | CITY:Schwerin
reverse-question | zu welchem land gehört nuuk als hauptstadt | CITY:Nuuk
reverse-question | wessen hauptstadt ist asmara | CITY:Asmara
reverse-question | lilongwe ist hauptstadt von welchem land in afrika | CITY:Lilongwe

official-name | hauptstadt der republik österreich bitte | AT
official-name | welche hauptstadt hat die volksrepublik china | CN
official-name | die hauptstadt des vereinigten königreichs von großbritannien und nordirland | GB
official-name | welche hauptstadt hat das königreich der niederlande | NL
official-name | hauptstadt der vereinigten mexikanischen staaten | MX
official-name | die hauptstadt der arabischen republik ägypten | EG
official-name | was ist die hauptstadt des fürstentums liechtenstein | LI
official-name | die hauptstadt der republik indien | IN

everyday-name | ja man was ist die hauptstadt von den staaten | US
everyday-name | hauptstadt von großbritannien bitte | GB
everyday-name | meine yiayia sagt birma was ist da die hauptstadt | MM
everyday-name | hauptstadt der kapverden | CV
everyday-name | die hauptstadt von der tschechei | CZ
everyday-name | welche hauptstadt hat swasiland | SZ
everyday-name | hauptstadt vom vatikan | VA
everyday-name | was ist die hauptstadt von kirgisien | KG
everyday-name | die hauptstadt von der domrep | DO
everyday-name | wie heißt die hauptstadt von usa | US

old-name | was war die hauptstadt von ceylon also heute sri lanka | LK
old-name | wie heißt die hauptstadt von siam heute thailand | TH
old-name | hauptstadt von persien also iran | IR

shared-name | chale wie heißt die hauptstadt vom kongo | CD+CG
shared-name | hauptstadt von korea bitte | KP+KR
shared-name | ela was ist die hauptstadt von korea | KP+KR
shared-name | moin alexa hauptstadt von georgia | GE+US-GA
shared-name | die hauptstadt von den jungferninseln | VG+VI
shared-name | was ist die hauptstadt von den jungferninseln in der karibik | VG+VI
shared-name | hauptstadt vom us bundesstaat georgia | US-GA
shared-name | was ist die hauptstadt von georgia in den usa | US-GA
shared-name | was ist die hauptstadt von der britischen jungferninseln | VG
shared-name | was ist die hauptstadt von nordkorea eigentlich | KP
shared-name | was ist die hauptstadt von dominica und der dominikanischen republik | DM+DO

plural-capitals | welche hauptstädte hat bolivien eigentlich ich hab mal was von zwei gehört | BO
plural-capitals | stimmt es dass bolivien zwei hauptstädte hat welche sind das | BO
plural-capitals | südafrika hat doch drei hauptstädte welche denn | ZA
plural-capitals | ja nee man zähl mal alle hauptstädte von südafrika auf | ZA
plural-capitals | wie viele hauptstädte hat malaysia und welche | MY
plural-capitals | salamat po alexa malaysia hat zwei hauptstädte oder | MY
plural-capitals | welche hauptstädte hat sri lanka alle beide bitte | LK
plural-capitals | sri lanka hat doch auch zwei hauptstädte wie heißen die | LK
plural-capitals | welche hauptstädte haben die niederlande amsterdam und noch | NL
plural-capitals | die niederlande haben zwei hauptstädte oder nicht | NL
plural-capitals | chale nenn mir beide hauptstädte von benin | BJ
plural-capitals | die elfenbeinküste hat zwei hauptstädte oder nur eine | CI
plural-capitals | habibi palästina hat zwei hauptstädte oder | PS
plural-capitals | alle hauptstädte von bolivien aufzählen bitte | BO

subdivision | ei gude was is die landeshauptstadt von {} | rheinland-pfalz=DE-RP; saarland=DE-SL; baden-württemberg=DE-BW
subdivision | moin wat is de landeshauptstadt vun {} | schleswig-holstein=DE-SH; mecklenburg-vorpommern=DE-MV; niedersachsen=DE-NI
subdivision | kiek ma wat is die landeshauptstadt von {} wa | brandenburg=DE-BB; sachsen-anhalt=DE-ST; thüringen=DE-TH
subdivision | getz sach ma die landeshauptstadt von {} | nordrhein-westfalen=DE-NW; hessen=DE-HE; sachsen=DE-SN
subdivision | hey alexa what's the capital of {} in amerika | texas=US-TX; florida=US-FL; ohio=US-OH
subdivision | was ist die hauptstadt vom bundesstaat {} | kalifornien=US-CA; new york=US-NY; washington=US-WA
subdivision | wir fahren die route durch {} was ist da die hauptstadt | nevada=US-NV; arizona=US-AZ; utah=US-UT
subdivision | in ramstein fragt mein kumpel aus {} nach der hauptstadt | alabama=US-AL; kentucky=US-KY; tennessee=US-TN
subdivision | der austauschschüler kommt aus {} welche hauptstadt hat der bundesstaat | michigan=US-MI; illinois=US-IL; pennsylvania=US-PA
subdivision | die hauptstadt von {} in den usa | alaska=US-AK; hawaii=US-HI; louisiana=US-LA
subdivision | was ist die hauptstadt der kanadischen provinz {} | ontario=CA-ON; alberta=CA-AB; manitoba=CA-MB
subdivision | welche hauptstadt hat die provinz {} in kanada | nova scotia=CA-NS; saskatchewan=CA-SK; new brunswick=CA-NB
subdivision | im work and travel in {} wollt ich die hauptstadt wissen | queensland=AU-QLD; victoria in australien=AU-VIC; tasmanien=AU-TAS
subdivision | was ist die hauptstadt von {} in australien | western australia=AU-WA; new south wales=AU-NSW; south australia=AU-SA
subdivision | tá bom alexa qual a capital von {} | bahia=BR-BA; pernambuco=BR-PE; minas gerais=BR-MG
subdivision | die hauptstadt vom brasilianischen bundesstaat {} | amazonas=BR-AM; paraná=BR-PR; ceará=BR-CE
subdivision | was ist die hauptstadt des indischen bundesstaats {} | kerala=IN-KL; rajasthan=IN-RJ; tamil nadu=IN-TN
subdivision | mein kollege aus {} will wissen welche hauptstadt sein bundesstaat hat | karnataka=IN-KA; maharashtra=IN-MH; goa=IN-GA
subdivision | was ist die hauptstadt vom mexikanischen bundesstaat {} | jalisco=MX-JAL; yucatán=MX-YUC; oaxaca=MX-OAX
subdivision | was ist die hauptstadt von {} in großbritannien | schottland=GB-SCT; wales=GB-WLS; nordirland=GB-NIR
subdivision | was ist die hauptstadt vom nordwest territorium | CA-NT
subdivision | hauptstadt von nunavut | CA-NU
subdivision | hauptstadt von québec der provinz | CA-QC
subdivision | was ist die hauptstadt von bayern fragt die amerikanerin | DE-BY
subdivision | hauptstadt von england | GB-ENG
subdivision | was ist die hauptstadt von uttar pradesh | IN-UP
subdivision | hauptstadt von rio grande do sul | BR-RS
subdivision | welche hauptstadt hat der bundesstaat nuevo león | MX-NLE
subdivision | was ist die hauptstadt von vermont | US-VT
subdivision | hauptstadt von south dakota | US-SD
subdivision | was ist die hauptstadt von massachusetts | US-MA
subdivision | was ist die hauptstadt von colorado | US-CO
subdivision | hauptstadt von oregon bitte | US-OR

territory | was ist die hauptstadt von {} | grönland=GL; färöer=FO; gibraltar=GI
territory | welche hauptstadt hat {} eigentlich | puerto rico=PR; guam=GU; bermuda=BM
territory | ich mach urlaub auf {} welche stadt ist die hauptstadt | réunion=RE; martinique=MQ; guadeloupe=GP
territory | die hauptstadt von {} als französisches gebiet | neukaledonien=NC; französisch-polynesien=PF; französisch-guayana=GF
territory | was ist die hauptstadt von {} in der karibik | aruba=AW; curaçao=CW; sint maarten=SX
territory | was ist die hauptstadt der insel {} | jersey=JE; guernsey=GG; isle of man=IM
territory | was ist die hauptstadt der {} | kaimaninseln=KY; falklandinseln=FK; cookinseln=CK
territory | was ist die hauptstadt von mayotte | YT
territory | hauptstadt von st helena | SH
territory | hauptstadt vom kosovo | XK
territory | was ist die hauptstadt von der vatikanstadt | VA

one-shot | alexa frag hauptstädte der welt nach der hauptstadt von {} | usbekistan=UZ; aserbaidschan=AZ; mosambik=MZ
one-shot | alexa sag hauptstädte der welt ich will die hauptstadt von {} | burkina faso=BF; liberia=LR; sierra leone=SL
one-shot | alexa öffne hauptstädte der welt und sag mir die hauptstadt von {} | guinea=GN; äquatorialguinea=GQ; komoren=KM

launch | ei gude alexa mach mal hauptstädte der welt uff | LAUNCH
launch | moin alexa starte mal hauptstädte der welt | LAUNCH
launch | griaß di alexa tua ma hauptstädte der welt aufmachen | LAUNCH
launch | digga alexa hauptstädte der welt an | LAUNCH
launch | alexa starte bitte das hauptstädte der welt quiz | LAUNCH
launch | ja nee man alexa open hauptstädte der welt | LAUNCH
launch | alexa mach hauptstädte der welt für meine enkelin auf | LAUNCH
launch | alexa kannst du hauptstädte der welt öffnen | LAUNCH
launch | alexa lass uns hauptstädte der welt starten | LAUNCH
launch | alexa hauptstädte der welt aufmachen wa | LAUNCH

help | ei wie funktioniert des hier eichentlich | HELP
help | ja nee man ich versteh nicht wie das geht hilf mir | HELP
help | geh bitte erklär ma wia des funktioniert | HELP
help | ich weiß nicht was ich sagen soll hilfe bitte | HELP
help | moin was geht hier so alles | HELP
help | kiek ma wat kann ick hier machen | HELP
help | alexa was muss ich sagen damit du mir eine hauptstadt sagst | HELP
help | wie frag ich dich richtig nach einer hauptstadt | HELP
help | ich kapier das nicht was soll ich machen | HELP
help | entschuldigung ich verstehe nicht wie benutzen | HELP
help | welche fragen darf ich stellen | HELP
help | erklär mir bitte die regeln von dem hier | HELP
help | hilfe ich bin zweiundachtzig und kenn mich nicht aus | HELP
help | was für sachen weißt du denn so | HELP
help | ay naku how does this work alexa hilfe | HELP
help | was kannst du eigentlich alles alexa | HELP
help | zeig mir mal was man hier machen kann | HELP

stop | ei des langt jetzt hör uff | STOP
stop | geh bitte hör auf damit | STOP
stop | moin das reicht für heute tschüss | STOP
stop | kiek ma nu is schluss wa | STOP
stop | ja nee man mach aus | STOP
stop | alexa halt die klappe bitte | STOP
stop | hör jetzt auf ich muss zur nachtschicht | STOP
stop | pfiat di alexa i bin fertig | STOP
stop | aus jetzt die kinder schlafen | STOP
stop | digga stopp jetzt | STOP
stop | beende das bitte | STOP
stop | alexa sei still ich hab genug | STOP
stop | yalla alexa hör auf | STOP
stop | ich will nicht mehr spielen beenden | STOP
stop | feierabend alexa mach aus | STOP
stop | es reicht jetzt alexa danke tschüss | STOP
stop | alexa stopp stopp stopp | STOP
stop | ich bin müde hör bitte auf | STOP
stop | okay das wars für heute | STOP

cancel | ei lass mal gut sein | CANCEL
cancel | geh bitte vergiss des | CANCEL
cancel | ja nee man lass mal | CANCEL
cancel | abbrechen bitte ich hab mich vertan | CANCEL
cancel | brich das ab alexa | CANCEL
cancel | egal vergiss die frage | CANCEL
cancel | nee lass mal ich guck selber nach | CANCEL
cancel | moin ach nö abbrechen | CANCEL
cancel | wat ick wollte is egal lass ma | CANCEL
cancel | doch nicht so wichtig abbrechen | CANCEL
cancel | alexa nicht mehr nötig danke abbrechen | CANCEL
cancel | lass stecken alexa | CANCEL
cancel | ne lass gut sein das brauch ich nicht mehr | CANCEL
cancel | abbrechen die oma hat es schon gewusst | CANCEL

out-of-domain | ja nee man wie heiß wird es morgen in swakopmund | FB
out-of-domain | hoesit alexa spiel mal was von mi casa | FB
out-of-domain | ja man wann geht der flieger nach windhoek | FB
out-of-domain | lekker alexa wie macht man biltong selber | FB
out-of-domain | ei gude wann is rosenmontag in meenz | FB
out-of-domain | weschd du wer bei mainz nullfünf heut spielt | FB
out-of-domain | ei alexa wie viel kost en schoppe wein | FB
out-of-domain | griaß di wia wird as wetter in salzburg | FB
out-of-domain | geh bitte wann fangen die festspiele an | FB
out-of-domain | spiel mir was vom mozart alexa | FB
out-of-domain | ha noi wann treibet se d küah vom berg | FB
out-of-domain | etz sag amol wie lang hat d sennerei offe | FB
out-of-domain | moin wann kommt die nächste fähre nach bremerhaven | FB
out-of-domain | büschen musik von radio bremen bitte | FB
out-of-domain | kiek ma alexa wie spät is et | FB
out-of-domain | wat kost n die spreewaldgurken im angebot | FB
out-of-domain | getz sach ma wie spielt der msv heute | FB
out-of-domain | kuck ma alexa wann hat der aldi auf | FB
out-of-domain | dobry den alexa wie sagt man guten tag auf sorbisch | FB
out-of-domain | na jo wann ist der heimattag der siebenbürger sachsen | FB
out-of-domain | no dobra alexa wie viel ist ein euro in zloty | FB
out-of-domain | dziekuje alexa stell einen wecker auf sechs uhr | FB
out-of-domain | ela re alexa spiel griechische musik | FB
out-of-domain | meine yiayia fragt wie viel grad es in athen hat | FB
out-of-domain | allora alexa wie macht man eine carbonara ohne sahne | FB
out-of-domain | dai alexa wer hat gestern die serie a gewonnen | FB
out-of-domain | yalla alexa wann ist heute gebetszeit | FB
out-of-domain | habibi alexa ruf meinen bruder an | FB
out-of-domain | bale alexa übersetz danke auf dari | FB
out-of-domain | dyakuyu alexa wie lange dauert der zug nach kiew | FB
out-of-domain | ay naku alexa remind me my shift at six | FB
out-of-domain | salamat po alexa wie ist das wetter in manila | FB
out-of-domain | khop khun kha alexa wie koche ich pad thai | FB
out-of-domain | da vang alexa wie spät ist es in hanoi | FB
out-of-domain | nossa alexa toca um samba bitte | FB
out-of-domain | chale alexa who won the afcon | FB
out-of-domain | hey alexa okay so how far is it to kaiserslautern | FB
out-of-domain | right alexa cheers put the kettle on | FB
out-of-domain | in der backstube alexa stell den timer auf zwanzig minuten | FB
out-of-domain | nachtschicht alexa wie viel milligramm paracetamol darf man | FB
out-of-domain | lkw fahrer hier gibt es stau auf der a sieben | FB
out-of-domain | wie viel blondierung brauch ich für schulterlange haare | FB
out-of-domain | alexa wann schwärmen die bienen im mai | FB
out-of-domain | feuerwehr hier alexa wie viel bar hat ein c rohr | FB
out-of-domain | taxi zentrale alexa wo ist der nächste taxistand | FB
out-of-domain | wie lange dauert eine wurzelbehandlung | FB
out-of-domain | wann fährt die helgoland fähre morgen ab cuxhaven | FB
out-of-domain | wie viel kostet die tageskarte am skilift | FB
out-of-domain | wie heiß ist ein aufguss in der finnischen sauna | FB
out-of-domain | kreuzworträtsel fluss in italien mit drei buchstaben | FB
out-of-domain | wer hat den eurovision song contest zweitausendvierzehn gewonnen | FB
out-of-domain | wie viele etappen hat die tour de france | FB
out-of-domain | wie viele karten hat trivial pursuit | FB
out-of-domain | alexa wie lange braucht ein laternenumzug | FB
out-of-domain | alexa erzähl mir einen witz über dinosaurier | FB
out-of-domain | alexa wie groß ist ein blauwal | FB
out-of-domain | digga spiel mal was von apache | FB
out-of-domain | bruder wallah wie alt ist capital bra | FB
out-of-domain | spiel capital bra auf spotify | FB
out-of-domain | ach gott alexa welcher tag ist heute | FB
out-of-domain | junge frau alexa wann kommt meine tochter | FB
out-of-domain | entschuldigung alexa was bedeutet das wort hauptbahnhof | FB
out-of-domain | bitte sagen was ist der plural von haus | FB
out-of-domain | was macht der nachbar im schrebergarten mit den schnecken | FB
out-of-domain | wie lange müssen die kartoffeln kochen | FB
out-of-domain | wir gucken eine doku wie viele eisbären gibt es noch | FB
out-of-domain | alexa setz milch auf die einkaufsliste | FB
out-of-domain | alexa mach das licht im wohnzimmer aus | FB
out-of-domain | wie viel eigenkapital braucht man für einen hauskredit | FB
out-of-domain | wie hoch ist die kapitalertragssteuer | FB
out-of-domain | welche stadt ist die hauptstadt des fahrrads | FB
out-of-domain | was ist die kulturhauptstadt europas dieses jahr | FB
out-of-domain | was ist ein kapitälchen in word | FB
out-of-domain | wie weit ist es von berlin nach paris | FB
out-of-domain | was ist die hauptstadt von salzburg dem bundesland | FB
out-of-domain | welche hauptstadt hat das burgenland | FB
out-of-domain | was ist die hauptstadt von niederösterreich | FB
out-of-domain | hauptstadt vom kanton bern | FB
out-of-domain | was ist die hauptstadt der lausitz | FB
out-of-domain | hauptstadt vom niederrhein | FB
out-of-domain | hauptstadt der toskana | FB
out-of-domain | was ist die hauptstadt von bretagne | FB
out-of-domain | welche hauptstadt hat sibirien | FB
out-of-domain | hauptstadt von mittelerde | FB
out-of-domain | hauptstadt von afrika | FB
out-of-domain | wie viele einwohner hat die hauptstadt von ghana | FB
out-of-domain | wer ist bürgermeister der hauptstadt | FB
out-of-domain | wann wurde bonn hauptstadt | FB
out-of-domain | warum ist berlin die hauptstadt und nicht bonn | FB
out-of-domain | wie hoch ist der kilimandscharo | FB
out-of-domain | welche zeitzone hat mexiko | FB
out-of-domain | alexa spiel die nationalhymne von brasilien | FB
out-of-domain | wo liegt tuvalu | FB
out-of-domain | wer hat die hauptstadt berlin gegründet | FB
out-of-domain | was ist ein stadtstaat | FB
out-of-domain | alexa kauf mir eine weltkarte | FB
out-of-domain | ei alexa wie wird des wetter am wochenend in rheinhesse | FB
out-of-domain | hauptstadt von kurdistan | FB
out-of-domain | welche hauptstadt hat schottland gehabt bevor edinburgh | FB
out-of-domain | alexa wie spät ist es in canberra | FB
out-of-domain | alexa wer hat die wm zweitausendvierundzwanzig gewonnen | FB
out-of-domain | kennst du das spiel stadt land fluss | FB
out-of-domain | wie heißen die sieben weltwunder | FB

plural-capitals | ja nee man eswatini hat doch zwei hauptstädte mbabane und welche noch | SZ
plural-capitals | welche zwei städte sind in eswatini hauptstadt | SZ
plural-capitals | das frühere swasiland hat mehrere hauptstädte welche genau | SZ
plural-capitals | yalla welche hauptstädte gibt es für palästina | PS
plural-capitals | ei welche zwei hauptstädte hat die elfenbeinküste dann | CI
plural-capitals | porto novo und noch eine welche hauptstädte hat benin | BJ
plural-capitals | kreuzworträtsel welche hauptstädte hat südafrika alle drei | ZA
plural-capitals | malaysia kuala lumpur und was ist die andere hauptstadt | MY

help | ei alexa was soll isch do jetz sache | HELP
help | ja man wie geht das spiel mit den hauptstädten | HELP
help | griaß di i kenn mi ned aus wos muas i sogn | HELP
help | kiek ma ick versteh det nich hilf ma ma | HELP
help | alexa meine enkelin hat das eingerichtet wie geht das | HELP
help | habibi ich verstehe nicht was muss ich sagen | HELP
help | alexa sag mir was du hier kannst | HELP

stop | ei alexa mach aus des is genuch | STOP
stop | ha noi etz isch gnua | STOP
stop | büschen ruhe jetzt alexa aus | STOP
stop | alexa das spiel beenden wir jetzt | STOP
stop | dziekuje alexa koniec aufhören | STOP
stop | tschüssi alexa bis morgen aus | STOP

cancel | ei vergess es alexa | CANCEL
cancel | geh bitte lass es | CANCEL
cancel | ha noi des brauch i etz doch it | CANCEL
cancel | kiek ma nee lass ma det sein | CANCEL
cancel | ja nee man vergiss das lieber | CANCEL
cancel | die frage zurückziehen bitte | CANCEL
cancel | ach nee alexa ich hab die antwort schon gegoogelt | CANCEL
cancel | bale nein nicht mehr wichtig | CANCEL
cancel | halt abbrechen falsche frage | CANCEL
cancel | nimm das zurück alexa | CANCEL
cancel | moin ne lass man | CANCEL
cancel | vergiss die hauptstadt war nur so ne frage | CANCEL

launch | ei gude alexa hauptstädte der welt bidde | LAUNCH
launch | alexa öffne mal die hauptstädte der welt für die oma | LAUNCH
launch | ja nee man alexa start hauptstädte der welt | LAUNCH
launch | alexa ich will hauptstädte der welt üben | LAUNCH

out-of-domain | ei gude wie spät fährt die fassenachtsumzug | FB
out-of-domain | griaß di alexa wann hat der christkindlmarkt am dom offen | FB
out-of-domain | ha noi wie viel schnee liegt am nebelhorn | FB
out-of-domain | moin wann ist der freimarkt in bremen | FB
out-of-domain | kiek ma alexa wann fährt der kahn im spreewald | FB
out-of-domain | getz sach ma wann is die kirmes in kleve | FB
out-of-domain | no dobra alexa wie viel kostet ein bus nach breslau | FB
out-of-domain | ela alexa wie lange muss das lamm in den ofen | FB
out-of-domain | dai alexa quanto fa due più due | FB
out-of-domain | yalla alexa wann fängt der ramadan an | FB
out-of-domain | dyakuyu alexa wo ist das nächste jobcenter | FB
out-of-domain | chale alexa play some highlife music | FB
out-of-domain | alexa was heißt hauptstadt auf englisch | FB
out-of-domain | ist hauptstadt maskulin oder feminin | FB
out-of-domain | alexa welche hauptstädte hast du schon besucht | FB
out-of-domain | wie funktioniert der kapitalismus | FB
out-of-domain | was ist die hauptstadt vom saterland | FB
out-of-domain | hauptstadt der uckermark | FB
out-of-domain | was ist die hauptstadt von wallonien | FB
out-of-domain | welche hauptstadt hat die lombardei | FB
out-of-domain | alexa welche hauptstadt liegt am höchsten | FB
out-of-domain | wie alt ist die hauptstadt von ägypten | FB
out-of-domain | alexa buch mir ein hotel in der hauptstadt | FB

regional-speech | ja nee man ich wette mit meinem swaer um die hauptstadt von {} | kenia=KE; uganda=UG; äthiopien=ET
regional-speech | lekker braai heute und keiner weiß die hauptstadt von {} | mosambik=MZ; angola=AO; madagaskar=MG
regional-speech | ei wie heißt n nochmal die hauptstadt von {} des wääß isch doch | österreich=AT; ungarn=HU; rumänien=RO
regional-speech | meenzer fragt die hauptstadt von {} allemol | dänemark=DK; schweden=SE; finnland=FI
regional-speech | heast geh sag ma hoid die hauptstadt vo {} | bulgarien=BG; serbien=RS; albanien=AL
regional-speech | a bissl quiz alexa wos isch die hauptstadt vo {} | island=IS; irland=IE; portugal=PT
regional-speech | ha des wär jetzt intressant die hauptstadt vo {} | kroatien=HR; bosnien und herzegowina=BA; montenegro=ME
regional-speech | moin nö echt jetzt wie heißt die hauptstadt von {} | lettland=LV; estland=EE; litauen=LT
regional-speech | schiet ich komm nich drauf hauptstadt von {} | polen=PL; tschechien=CZ; slowakei=SK
regional-speech | jut dann sach ma die hauptstadt von {} wa | ukraine=UA; belarus=BY; moldau=MD
regional-speech | getz ma ehrlich wat is die hauptstadt von {} | marokko=MA; algerien=DZ; tunesien=TN
regional-speech | och nu sach mal eem wie die hauptstadt von {} heißt | georgien=GE; aserbaidschan=AZ; armenien=AM
regional-speech | na jo kind wie heißt denn die hauptstadt vun {} | rumänien=RO; moldau=MD; ungarn=HU
regional-speech | was is n die hauptstadt vun {} weeß das wer | argentinien=AR; uruguay=UY; paraguay=PY

migrant-speech | no to alexa was ist mit hauptstadt von {} | litauen=LT; lettland=LV; belarus=BY
migrant-speech | ela ela alexa schnell die hauptstadt von {} | zypern=CY; malta=MT; israel=IL
migrant-speech | mamma mia alexa ich vergesse immer die hauptstadt von {} | albanien=AL; kroatien=HR; slowenien=SI
migrant-speech | wallah ich schwöre ich wusste die hauptstadt von {} | jemen=YE; oman=OM; katar=QA
migrant-speech | inshallah weißt du die hauptstadt von {} | saudi-arabien=SA; kuwait=KW; bahrain=BH
migrant-speech | tashakor alexa die hauptstadt von {} wie heißt | iran=IR; tadschikistan=TJ; usbekistan=UZ
migrant-speech | meine babusya will wissen welche stadt hauptstadt von {} ist | kasachstan=KZ; kirgisistan=KG; turkmenistan=TM
migrant-speech | ay naku ich hab vergessen what's the hauptstadt of {} | palau=PW; mikronesien=FM; marshallinseln=MH
migrant-speech | nossa que difícil alexa die hauptstadt von {} | kolumbien=CO; venezuela=VE; bolivien=BO
migrant-speech | chale my sister say the hauptstadt of {} is what | burkina faso=BF; niger=NE; mali=ML
migrant-speech | okay so like alexa what's the hauptstadt von {} | mexiko=MX; kuba=CU; jamaika=JM
migrant-speech | right then alexa the capital of {} auf deutsch | neuseeland=NZ; australien=AU; fidschi=FJ

work-context | backstube frage von der azubine was ist die hauptstadt von {} | dominikanische republik=DO; haiti=HT; trinidad und tobago=TT
work-context | patient in zimmer drei will die hauptstadt von {} wissen | sri lanka=LK; bangladesch=BD; pakistan=PK
work-context | am rastplatz frag ich mich was die hauptstadt von {} ist | dänemark=DK; niederlande=NL; belgien=BE
work-context | die bienen sind versorgt alexa die hauptstadt von {} | slowenien=SI; montenegro=ME; nordmazedonien=MK
work-context | der fahrgast kommt aus {} und fragt ob ich die hauptstadt kenne | eritrea=ER; sudan=SD; südsudan=SS
work-context | im gerätehaus wetten wir um die hauptstadt von {} | kanada=CA; mexiko=MX; vereinigte staaten=US
work-context | beim briefmarken sortieren steht {} drauf welche hauptstadt hat das | st lucia=LC; grenada=GD; dominica=DM
work-context | auf der fähre ruft ein kind was ist die hauptstadt von {} | seychellen=SC; mauritius=MU; komoren=KM

game-context | quizduell runde drei hauptstadt von {} schnell | kamerun=CM; gabun=GA; republik kongo=CG
game-context | pubquiz tischnummer sieben braucht die hauptstadt von {} | salomonen=SB; vanuatu=VU; nauru=NR
game-context | die fünfzigtausend euro frage ist die hauptstadt von {} | kiribati=KI; tonga=TO; samoa=WS
game-context | escape room code ist die hauptstadt von {} | antigua und barbuda=AG; st kitts und nevis=KN; barbados=BB
game-context | im seniorenheim raten wir die hauptstadt von {} | ghana=GH; senegal=SN; guinea=GN

child-speech | alexa wo wohnt der präsident von {} in welcher hauptstadt | ägypten=EG; ghana=GH; brasilien=BR
child-speech | ich hab ein bild von {} gemalt was ist da die hauptstadt | japan=JP; china=CN; indien=IN
teen-speech | bro kurze frage hauptstadt von {} | kanada=CA; kolumbien=CO; chile=CL
teen-speech | sheesh alexa hauptstadt von {} sag schnell | katar=QA; jordanien=JO; syrien=SY
elder-speech | ach herrje alexa die hauptstadt von {} weiß ich nicht mehr | spanien=ES; frankreich=FR; italien=IT
elder-speech | meine frau sagt ich soll dich nach der hauptstadt von {} fragen | schweiz=CH; liechtenstein=LI; luxemburg=LU
learner-speech | alexa was ist hauptstadt der {} | niederlande=NL; vereinigte staaten=US; philippinen=PH
learner-speech | ich nicht weiß hauptstadt von {} du weißt | ruanda=RW; burundi=BI; tansania=TZ
travel-context | auf dem jakobsweg treff ich leute aus {} welche hauptstadt hat das | südkorea=KR; neuseeland=NZ; brasilien=BR
travel-context | im reisebüro wollt ich wissen die hauptstadt von {} | malediven=MV; mauritius=MU; seychellen=SC
home-context | beim bügeln fällt mir ein die hauptstadt von {} | nepal=NP; bhutan=BT; mongolei=MN
home-context | auf dem sofa mit tee alexa die hauptstadt von {} | kambodscha=KH; thailand=TH; myanmar=MM

"""

if __name__ == "__main__":
    build_round(34, "de", LINES, sys.argv, "tests/Eval/de/round34/source/build_corpus.py")
